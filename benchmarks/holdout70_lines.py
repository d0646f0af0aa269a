"""Hold-out set 70 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 21 on 2026-11-25, after sets 1-68 (see holdout_data.py; sets 67 and 68 were studied in this
session), at the same time as set 69 (written by another helper; this set was checked by the same script against set
69's lines as they stood when this one was finished, unread: highest ratio 0.462 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-68), printed with ast.get_docstring, and
holdout67_lines.py and holdout68_lines.py only for their module docstrings, printed the same way (the file format, the
docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below the
docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be paged through,
nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root). The benchmarks folder was not listed; set 69's file was only checked for existence by its exact path
(test -f, before every run of the script; it existed from the first run on) and only loaded by the similarity script,
which never printed its lines. The folder holding the similarity script was not listed and no file in it was opened;
the script was only run, always with set 69's file. No slip to report: nothing outside these limits was opened, listed
or run. The lines were drafted in the writer's own temporary folder and written to this file, which the script then
read: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run at the required
floor of 0.49 and then at 0.47, to find the lines standing just below it. No line is copied from earlier sets or from
the training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest
0.467), against every line of the training dump at most 0.49 (highest 0.467), against set 69 at most 0.49 (highest
0.462), and no two lines of this set exceed 0.49 against each other (highest 0.421).

Thirty-five lines were rewritten, eleven of them twice and three of those a third time (forty-nine rewrites), each time
with new wording, not a synonym swap; besides, before the first run, one heavy positive was shortened and one short
acknowledgement lengthened to keep the lengths between 10 and 75 characters. In the first pass thirty that stood at
0.49 or more (0.688 at most, a traditional-script line about a grandmother's scarf), twenty-seven against the hold-out
dump and three against the training dump: among the positives a parking space's link, a charging-pile fitter's mobile in
subscript digits, a mobile spelt in English number words (0.593: that trick may have been used before, so it was
replaced by French number words), a parking space's 🆅🆇 and two heavy codes (a mobile sung in numbered musical notation
and a mobile taken from the numbers in idioms, 0.537 and 0.535: both replaced, as earlier sets may have used them);
among the negatives a booking app, a driving school for a son, a pump to borrow, a subsidy phishing text, a too-cheap
e-bike, tyre pressure, a safety meeting's room, a child's marks, the removed advertiser, a garage's power cut, a car
club's trip, cold on an e-bike, laundry in the rain, a meme, a meeting time, a bike ride, a new car, a finished
project, autumn leaves, the first English line, both traditional-script lines and two of the arguments (an e-bike in
the lift, a taken parking space). In the second pass sixteen standing at 0.47 or more: the two new heavy codes (a
mobile as Greek letters by their place, 0.545 against the hold-out dump, and a mobile as the months of festivals, 0.618
against set 69, which seems to use a like code: both dropped for other codes), five positives between 0.478 and 0.500
and nine negatives between 0.476 and 0.615, reworded for a margin. In the third pass three that still stood between
0.487 and 0.506 (the parking space's link, the parking space's 🆅🆇 and the English line), rewritten again. Lengths run
from 20 to 73 characters for the positives and 10 to 70 for the negatives. The lines are meant to be scored once,
blind; tuning on their errors would spoil them.

Set 70 focuses on electric vehicles and two-wheelers sold into groups: e-bike and e-scooter dealers (a shop's new
models, 新国标 trade-ins, a shared e-scooter's monthly pass), batteries and battery swapping (a swap cabinet's monthly
card, lead-acid to lithium conversions, battery repair and recycling, a swap franchise), charging piles installed at
home (a fitter who handles the grid application, an electrician who has fitted a whole estate), private charging in
garages (a neighbour's own pile rented by the kWh), e-bike licence plates and helmets (plate agents, 3C helmets from
the factory, a helmet group-buy), EV car sales and test drives (a 4S shop's weekend test drive, a test drive with a
charging card), EV insurance and maintenance (quotes compared through a 公众号, maintenance cheaper than a petrol car's),
tyre and repair services (tyres mended at the parking space, a father's repair stall, an in-law's repair shop),
second-hand EVs and e-bikes (a used Model Y, a nearly new Li L7, used 小牛 and 九号 e-bikes, a member's own modified
e-bike), car wrap and window film (PPF, a film flash sale on a live stream, a husband who fits film), driving-school and
licence help (a cousin at a driving school, a practice partner by the hour, a question-bank group, a "pass guaranteed"
class), and parking spaces (spaces with piles let by the month), beside ordinary chat in company work groups, a
department group, a tyre shop's staff group, neighbourhood and owners' groups, family groups, a parents' class group,
an alumni group, a car club and hobby groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (an e-bike shop with a mobile and the owner's name;
a swap cabinet's 400 line; a charging-pile fitter's 微信号 and a photo of the space; a 4S shop's Hangzhou landline with an
extension; plate agents with “Q：”; helmets on an 抖音号; EV insurance through a 公众号 with a word to send; a tyre
mini-program to search; “转转搜” a used-bike dealer; “大众点评搜” a wrap shop with the group's name for a gift; a
question-bank QQ group's number; a parking space's short link; fleet leasing by e-mail; lithium conversion with
“V：”; a neighbour's private pile with a WeChat id; “美团搜” a maintenance centre; a shared e-scooter's 支付宝
mini-program; a window-film flash sale on a live-stream id; “懂车帝搜” a used-EV dealer; a cousin at a driving school
with a spaced mobile; e-bike repair on call with a spaced mobile; battery recycling with a mobile; an owner's Model Y
with a WeChat id; “拼多多搜” an e-bike flagship store), 14 moderately, with disguises the docstrings read do not list
(superscript digits ¹³⁹…; subscript digits ₁₅₈…; Thai digits ๑๓๗…; Arabic-Indic digits ١٨٨…; Khmer digits ១៥៣…;
French number words, “un trois huit…”; the homophone 卫星 for 微信; 蔻蔻 for QQ; 陡音 for 抖音; 小老鼠 for @ and 句点 for
the dot in an e-mail; 淘 split into 氵匋; negative squared letters 🆅🆇 for VX; wx and a franchise's id in small capitals, ᴡx：ʜᴜᴀɴ…;
Chinese and Arabic digits alternating, “一3八2六0…”) and 10 heavily, with codes the docstrings read do not list (the
planets by their order from the sun, the sun as zero, 水 地 海 木…; playing-card ranks, A one, 10 as zero; the ASCII codes
of the digits, “每个数减48”; the strokes of tally marks in the character 正, 一 丅 下 止 正, 空 as zero; the letter counts
of the words of an English sentence; the character counts of slash-separated phrases; a WeChat id in the NATO spelling
alphabet, Delta Charlie Hotel…; a mobile after its leading 1 as letters on the phone's nine-key pad, d t w g…; a WeChat
id in the tap code, a 5×5 square by row and column, 53 45 15…; a WeChat id in the Atbash cipher, a for z, b for y)
and 12 subtle (an offer with a call to action only, none quoted by the docstrings read): a member's own modified
e-bike at building 3's bike shed at eight tonight, “看中直接推走”; home charging piles, parking-space numbers posted in
the group and visits at the weekend; a brother-in-law's e-bike repair shop, the factory's name for tyres at cost;
lithium batteries, room numbers written in the register at the property desk, fitted on Saturday; a husband's window
film fitted in the company's back car park on Sunday; a helmet group-buy, sizes and colours given in person after the
meeting; a spare parking space shown at the B1 lift after work; a test drive with a charging card, a cousin's name
said at the 4S shop's door; tyre mending at a father's stall by the east gate, “提‘业主群’打八折”; driving-school
enrolment, meeting at the school gate at ten tomorrow for 800 off; used e-bikes, “在这条下面打个🔋”; plate
registration run for a fee of fifty, papers left on the writer's desk. About a dozen positives are written the way
members casually sell in a group (a neighbour's private pile, a cousin at a driving school, a colleague's own Model Y,
an estate's own electrician, and most subtle lines).

- `POSITIVE_70` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_70` (100 lines): 20 that look dangerous at first sight (the property office's landline passed on for pile
  applications, the official traffic app for test bookings, a swap-cabinet contractor's mobile passed on to an engineer,
  a helmet's 京东 waybill, a new car's invoice number, an e-bike deposit refused on 闲鱼, the company 公众号's e-bike
  parking rule, a tyre shop's order number, insurance renewed in the insurer's own app, a shared pile's price, helmets
  checked at the school gate, a 4S salesman's card passed to a husband, a parking-space certificate's number, a brake
  video on 抖音, a 钉钉 group's claim template, a 淘宝 battery taken for recycling, the traffic police 公众号 on plates, a
  shop's mini-program bookings, a mother's e-bike insurance renewed on 支付宝, a driving coach's free slot); 10 members
  asking or recommending (a pile installer, a tyre mender, a mobility scooter for parents, a driving school near the
  metro, a used e-bike brand, window film, EV insurance, a pump to borrow, the swap cabinet at the gate, maintenance
  outside the 4S shop); 10 warnings quoting or describing the scam (“电动车免费上牌，只收200工本费”, a subsidy phishing
  text, “九成新电动车只要三百，还包邮”, “内部价转让” parking spaces, “驾照代考包过”, “充电桩安装补贴三千，先交押金”,
  “锂电池升级终身保修”, “改装提速电动车”, “以旧换新免费领头盔”, “这车没泡过水”); 17 lines with numbers that are not
  contacts (a charge in kWh and yuan, range left, a parking space, a theory-test score, tyre pressure, a department's
  electricity claim, a pile's meter readings, a service mileage, a safety training's room, a child's test mark, a new
  car's on-road price, a claim paid, battery health, a car park's monthly card, a speed limit, a VIN's last digits, an
  inspection date); 7 organisers' and admins' own notices (a group rule banning e-bike sales, battery swaps, charging
  piles, driving-school agents and film and wrap ads, a removed account that pushed buying old e-bikes, a garage's
  power cut, e-bikes parked by the school's west gate, a car club's December drive, new charging spaces at the office
  park, an alumni basketball match); 27 lines of everyday chat (some about the members' own e-bikes and cars); 5 heated
  arguments without any selling (e-bikes in the lift, a taken parking space, flying-lead charging from the fifth floor,
  a turn without signalling, an e-bike blocking the fire door); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_70 = """
新到一批雅迪冠能，续航一百二，老顾客减两百，看车打13867452091找老周
换电柜进小区了，月卡不限次，办卡咨询400-816-2273，报楼号上门开通
家用充电桩包安装，国网报装我们跑，微信号 zhuang_zhuang_ev 发我车位照片先估价
本周末比亚迪海豹到店试驾，送保养一次，预约电话0571-86932418转销售部
电动车上牌不用排队，材料帮你备好，Q：2871450963 拍发票给我就行
3C认证头盔厂家直发，透气款三十九一顶，抖音号 toukui_laochen 直播间下单
电车保险别直接续，关注“安途车保”公众号发个“比价”，平安人保太平洋同时报
补胎换胎上门，微信小程序搜“快胎侠”，下单两小时内师傅到你车位
二手九号电动车，电池刚换，转转搜“阿彬二手车行”，同城送车
隐形车衣、前挡膜都能做，大众点评搜“膜坊汽车美容”，到店说群名送镀晶
科目一科目四刷题群 638201947，考前三天集中带刷
人在外地，家里那个带桩的车位一直闲着，想租的看 https://t.cn/A6xEvPk2 里的图
公司团体用车想换电动的，我们做长租方案，需求发 fleet@lvxing-zulin.cn 两天内回
铅酸换锂电，48V改60V跑得远一倍，V：dianping-lidian 约时间到店
楼下私桩夜里空闲，邻居来充按一块二一度算，微信hzx19880306提前约
电车保养比油车省一半，美团搜“电车管家养护中心”，首次检测免费
共享电滑板车月租，支付宝小程序搜“滑呗出行”，新用户首月九块九
车窗膜今晚直播秒杀，整车三百八，抖音直播号 tiemo8899
准新车理想L7一手转让，懂车帝搜“杭州小林二手新能源”能看检测报告
考驾照的找我表哥，市里驾校报名直接拿优惠，电话 159 6723 0418
电动车不走了、刹车松了，一个电话上门修：136 5820 7713，二十分钟到
旧电瓶高价回收，以旧换新再抵一百，收电瓶师傅 18706552314
自用特斯拉Model Y转让，零事故，有意的微信 ymodel_2022zhang 细聊
新国标电动车以旧换新补五百，拼多多搜“绿驹电动旗舰店”
电池掉电快的拿来修复，师傅手机 ¹³⁹⁵⁷⁰²⁴⁸⁶¹
老吴给咱小区装过二十多个桩了，找他打 ₁₅₈₂₆₃₉₀₄₇₁
二手小牛电动车三台，价格美丽，联系 ๑๓๗๒๖๔๘๕๐๙๓
驾校陪练一小时八十，打 ١٨٨٥٣٠٢٦٧٤٩ 约车
车衣贴膜老板手机：១៥៣៧៨២០៤៦៩១
电瓶没电也不怕，上门换新，拨 un trois huit sept deux zéro cinq neuf quatre un six
汽车贴膜团购价，想贴的加个卫星：tiemo_xiaofang
电动车牌照代办，蔻蔻 3304918725
二手电动车每天直播验车，陡音搜 ddc_laoma
新能源车保险询价，资料发 baoxian.wang 小老鼠 163 句点 com
头盔雨衣挡风被都有，氵匋宝搜“骑士装备小铺”
地库靠电梯那个位子可月付可年付，适合电车，🆅🆇：lao_qian_0521
换电套餐招加盟，合作加 ᴡx：ʜᴜᴀɴᴅɪᴀɴ520
科目二科目三包过班招生，电话 一3八2六0五7九4一 找刘教练
电动车急出，号码按离太阳第几颗行星念，太阳本身算0：水 地 海 木 金 日 土 天 火 冥 水
装充电桩师傅电话按扑克点数记：A 3 8 7 2 5 10 9 4 6 A，10当0
贴膜师傅手机号，每个数减48就是一位：49 56 55 50 53 51 48 54 57 52 49
电瓶修理老师傅电话，按画正字的笔画数念：一、正、正下、正止、正一、丅、止、正丅、下、空、一（空是0）
装桩电话=每词字母数：I will install the piles at garage tomorrow for neighbors soon
看车电话是每段的字数：我/电动车/刚买了三个月了/搬家了骑不上/卖掉/有意就赶快来看/不讲价了/价格很低/送头盔还送雨衣/联系/我
私人装充电桩，微信号按无线电拼读：Delta Delta Charlie Hotel Echo，后面接6688
上门补胎，号码1打头，后面十位按九宫格字母键拨：d t w g a m p j t w
学车报名加微信，号是敲击码（5×5方阵，先行后列）：53 45 15 13 23 15，再加88
车衣工作室微信号做了字母反转（a换z，b换y……），自己换回来：xsvnluzm_2026
我自己改装的电动车卖了，九成新，今晚八点3号楼车棚，看中直接推走
需要在家装充电桩的，把车位号回在群里，我周末挨个上门量距离
小舅子在城西开电瓶车修理铺，去了报咱们厂名，换胎只收成本价
要换锂电池的在物业前台那个本子上登记个房号，我周六统一上门换
我老公贴车窗膜十几年了，周日想贴的把车开到公司后门停车场，现场贴，比店里便宜
头盔团购第二批，散会后留两分钟，要的把尺码颜色当面报给我
家里闲置车位月租，想看的下班后在B1电梯口等我，我带你去
试驾送一千度充电卡，这周六去城北4S店，进门提我表姐“小雯”就行
轮胎修补，小区东门那个修车摊就是我爸，提“业主群”打八折
想学车的，明天上午十点驾校门口我等你们，跟我去报名能少八百
家里二手电动车还有几台，要的在这条下面打个🔋，我挨个回
电动车上牌我帮着跑，收个跑腿费五十，身份证复印件和发票明早放我桌上
"""

NEGATIVE_70 = """
物业让我转一下：充电桩报装要先去物业盖章，物业办公室0571-88213045，工作日打
约科目三考试直接用官方那个交管App，别给黄牛钱，我十分钟搞定
王工，换电柜那边的对接人手机是13957726104，你明早跟他确认安装位置
京东买的头盔到了，单号JD0087321569412，尺码偏小准备退
新车发票号后八位是40218876，保险公司让我核对，是看右上角那个吗
闲鱼上看中一辆二手电动车，卖家要我先付定金，我没付，还是线下看车踏实
公司公众号发了电动车停放新规，今天起B区车棚只停员工的车
店长，客户说补的胎又漏气，订单TX20261123-045，我已经免费给他重补了
车险续保是在保险公司官方App里点的，不是短信链接，放心
小区充电桩扫码付费一度一块五，我觉得比家里贵不少
学校要求骑电动车接送必须戴头盔，交警这两天在校门口查
我把4S店销售的名片拍给老公了，他想周末自己去试驾看看
车位证号是B2-113，物业让把复印件交到前台
抖音上刷到教换电动车刹车片的视频，我照着弄，居然弄好了
出差打车票据的报销模板在部门钉钉群文件里，贴好交给我
我家电瓶是淘宝买的，用了两年鼓包了，准备拿去社区回收点
交警支队公众号说下月起电动车不上牌不能上路，大家抓紧办
店里小程序今天新增12单换胎预约，明早九点前把师傅排好
妈，你的电动车保险我在支付宝上续好了，保单截图发你微信了
驾校教练说下周二下午可以补约科目二练车，我先去问问有没有空位
有没有人知道哪家能装充电桩？我家车位在B1，物业说要先电力报装
推荐城东那家补胎的，师傅不乱加钱，补一个三十
想给爸妈买个老年代步车，大家觉得三轮的稳还是四轮的好？
想让儿子暑假学车，群里哪位知道地铁口附近有靠谱的驾校
二手电动车买哪个牌子保值？预算一千五左右
车窗膜有懂的吗？隔热贵的和便宜的到底差在哪
去年买的电车，第二年保险涨了不少，大家都续的哪家
后轮扎了没气，哪位邻居有打气筒？5栋，用完就还
小区门口的换电柜挺好用，比在家充快多了，几分钟就换好
新能源车保养一定要去4S店吗？外面的店靠不靠谱
有人私聊发“电动车免费上牌，只收200工本费”，骗人的，上牌本来就不收钱
有人收到“新能源购车补贴今日截止，点此领取”的短信吗？是钓鱼链接，别填卡号
闲鱼上那些“九成新电动车只要三百，还包邮”的，付了款人就消失
车位说“内部价转让”的多半是骗定金，先看产权证
别信“驾照代考包过”，查到了要吊销还要罚款
“充电桩安装补贴三千，先交押金”这种全是套路，电力公司从不这么收
有人上门推销“锂电池升级终身保修”，装完人就跑了，找都找不到
新闻说有人买了“改装提速电动车”，一上路就被扣
提醒一下，“以旧换新免费领头盔”的摊子要你扫码填身份证，别填
卖车的拍胸脯说“这车没泡过水”，结果座椅底下全是泥，验车要仔细
今天充了38.6度电，花了23块
续航显示还剩62公里，够我来回
我家车位是B2-217，电梯口左边那个
科目一考了96分，下周约科目二
早上看了下胎压，四个轮子都在2.4上下
本月部门电费报销合计1468元，发票已交财务
充电桩电表今天读数3025，上个月是2811
车子保养里程到10000公里了，下周去做
电动车停放安全培训改到周四15:00，地点三楼302
儿子单元测验87分，错的全是应用题
新车落地价23万8，比预算多了一万
理赔款4120元今天到账了
电池健康度从100%掉到91%，两年了还行
停车场月卡300一个月，今年涨了50
高速限速120，我一路开的110
车架号后六位是305217，保单上写错了一位
12月3号年检，记得带行驶证
群规：本群禁止发电动车销售、换电池、装充电桩、驾校代办、贴膜车衣等广告，违者移出
收旧电瓶车那个广告号我已移出，以后谁拉人卖东西同样处理
物业：周六9:00-12:00车库线路检修，那段时间地下充电桩都用不了，请提前充好
各位家长，下周一起电动车接送请停在校门西侧，别堵大门
车友会十二月的自驾去安吉，7号出发，想去的在下面接龙，油费平摊
公司通知：园区新增二十个充电车位，员工按工号预约，不收费
校友会篮球赛周日下午两点，体育馆集合，带好球衣
这天骑电驴跟受刑一样，两层手套都挡不住风
爸，你的电动车停院子里了吧？晚上要下冻雨
晚上吃火锅还是烧烤？
我到楼下了，你下来吧
刚刷到一个视频，笑得我在地铁上憋不住
周六团建坐大巴，7:50公司南门发车，过点不等
老公车停哪了？我找了一圈没找到
考了三次，驾照终于到手了，感动哭
昨天试驾了一下电车，提速是真的猛
孩子又把头盔落在学校了
路上堵死了，我晚到十分钟
这周末要是不下雨，想带闺女去江边骑单车
电动车被贴了条，说停在消防通道了，这回怪我
今天的会开得太久了，饿
奶奶说冬至回老家包饺子
好的张姐，钥匙我明天上午去你家拿
提车了！今晚我请客，地方你们挑
车库信号太差，消息都发不出去
今天加班，晚饭不回来吃了
我也想换电车，就是怕冬天续航缩水
猫又跳到车顶上睡觉了，一身梅花印
项目总算上线了，大家这两周熬得都不容易
车棚里谁的电动车一直在叫，吵了一晚上
今晚月亮好圆，出来看看
妹妹说下周回来，给她把房间收拾一下
刚洗完车就下雨，我服了
小区里的树叶全黄了，一刮风落满车顶
Saturday lake ride, anyone? I'm packing snacks and a spare inner tube.
My scooter battery died halfway home, had to push it two kilometers.
今天騎電動車上班，逆風騎得好累
這週六家族聚餐改到中午，別遲到了
电梯里又有人推电瓶车上楼，出了火灾谁担得起？监控都拍着呢！
那辆白车天天停我的固定车位，车主自己看着办，明天就让物业上锁
飞线充电那家能不能有点公德心？电线从五楼吊下来，出事谁负责
明明是你转弯没打灯，还怪我骑太快？
楼道里那辆电动车挡着消防门，说了两次都不理，你到底想怎样
"""
