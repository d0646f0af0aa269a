"""Hold-out set 78 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-76 (see holdout_data.py; sets 69 to 76 were studied in this
session), at the same time as set 77 (written by another helper; this set was checked by the same script against set
77's lines as they stood when this one was finished, unread: highest ratio 0.432 at the end), and kept unscored
until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui,
ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for
its module docstring (the labelling rules and the history and topics of sets 1-76, which also names the disguises
and calls earlier sets' errors led to), printed with ast.get_docstring, and holdout75_lines.py and
holdout76_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and calls already used, to avoid repeating them; their lines and the code below the docstrings were
not read; the three docstrings were saved to the writer's own temporary folder to be paged through, nothing else in
them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's
root). The benchmarks folder was not listed; set 77's file was only checked for existence by its exact path (test
-f, before every run of the script; it did not exist at the first three runs and existed at every run after) and
only loaded by the similarity script, which never printed its lines. The folder holding the similarity script was
not listed and no file in it was opened; the script was only run. One slip to report, of procedure only: at the
fourth run (at 0.47) the check found set 77's file, but the command that followed ran the script on this file alone;
the run was repeated at once with set 77's file passed, and every line that the first of the two printed was also
printed by the second, which the rewrites followed. Besides, one run repeated the one before it on an unchanged
file, as the writer's own script had refused to write a line over the length. Nothing outside the limits above was
opened, listed or run. The lines were drafted in the writer's own temporary folder and written to this file by a
small script of the writer's own, and the similarity script then read it: it printed this set's lines and ratios,
never the dumps' or the partner's lines; it was run at the required floor of 0.49 and then at 0.47, to find the
lines standing just below it. No line is copied from earlier sets or from the training lines: every line's difflib
ratio against every line of the hold-out dump is at most 0.49 (highest 0.468), against every line of the training
dump at most 0.49 (highest 0.464), against set 77 at most 0.49 (highest 0.432), and no two lines of this set exceed
0.49 against each other (highest 0.452).

Thirty-two lines were rewritten for similarity, three of them twice (thirty-five rewrites), each time with new
wording, not a synonym swap; besides, after the last pass two positives were edited for their sense (an
air-conditioner top-up in Thai digits gave its price as 八十一次, which reads as "eighty-one times", now 八十块一次; the
square-number code's squares were changed, as they spelt the same mobile as the CCTV code below), then checked again
at 0.49 and at 0.47 (none stood there). In the first pass, on this file alone (set 77's file did not exist yet),
twenty-two stood at 0.49 or more (0.694 at most, an electronics shop's staff group on a day's TV sales, against the
hold-out dump), twenty against the hold-out dump and two against the training dump (a member asking for an
air-conditioner cleaner, 0.566; a phone-repair shop's battery price with a mobile, 0.493): seven positives (a mobile
sung in numbered musical notation, do mi si…, with the rest as zero, 0.602; a mobile with every digit taken from
nine, 0.579; a mobile in the first characters of eleven idioms, 0.567: all three codes may have been used before, so
all three were dropped, for Spanish number words, the numbers of five moves of Chinese chess and square numbers; a
mobile after 186 in the first decimals of π, 0.517, and one in clock-face emoji, 0.517, both only reworded; a repair
mini-program to search, 0.500; the battery price) and fifteen negatives (the TV sales; a trade-in subsidy claimed in
云闪付, 0.610; a warranty-renewal text scam, 0.609; a child's marks, 0.604; the air-conditioner cleaner; an electricity
bill, 0.545; the group rule, 0.543; an outdoor unit under a neighbour's window, 0.536; a photography club's outing,
0.536; an SF waybill for a laptop back from repair, 0.533; a camera facing a neighbour's door, 0.531; a parcel's
pickup code, 0.522; the property's power cut, 0.517; a broadband speed test, 0.510; the removed account, 0.509). In
the second pass two, both against the hold-out dump: the pickup code again (0.538, now a fan bought for a mother)
and the new square-number code (0.517: reworded, it stood below 0.47 from then on, so the code was kept). After a
run at 0.49 found none, in the third pass, at 0.47 and with set 77's file passed from then on, ten standing between
0.474 and 0.586: against set 77 an air conditioner's price already paid at 苏宁 (0.586, the only line at 0.49 or more
against set 77) and a mobile in the Former Heaven trigrams, 乾 离 坤… (0.478: set 77 may use a like code, so it was
dropped for CCTV's channel numbers); against the hold-out dump a washing machine spinning at midnight (0.480), a
broken router blamed (0.478), a mobile split into its odd and even places (0.477), the first English line (0.476), a
recycler's id after Greek νχ (0.475), the IT department's network cut-over (0.475) and ginkgos turning yellow
(0.474); against the training dump a fake gas inspector's valve (0.476). The English line's first rewrite, at 82
characters, was reworded for length before it was checked (not counted). In the fourth pass one: the English line
again (0.564 against the hold-out dump, now a father's video calls; its first wording, at 80 characters, was
trimmed, not counted). In the fifth pass, at 0.49 and at 0.47, none. Lengths run from 27 to 62 characters for the
positives and 16 to 72 for the negatives. The lines are meant to be scored once, blind; tuning on their errors would
spoil them.

Set 78 focuses on home appliances and electronics sold into groups: air-conditioner installation, cleaning and gas
top-ups (a repairman of twelve years with a spaced mobile, a cleaner's 抖音 live stream, top-ups by a QQ number read
in Spanish, a sign-up sheet in the lift, moving and refitting by a split 微信), water heaters and range-hood cleaning
(a deep clean by WeChat id, a water heater repaired at home, a couple cleaning hoods in the evenings, an id from a
riddle), washing-machine deep cleaning (a 公众号's discount voucher, a 视频号 lesson with cleaner on sale, a stall under
building 3's open ground floor), appliance recycling and trade-ins (a trade-in subsidy arranged by a landline, a 400
line with an extension, a robot vacuum bought by chess moves, old fridges carted off a tricycle by the north gate),
second-hand phones, laptops and tablets (phones bought and sold by QQ, a 闲鱼 shop of ThinkPads and iPads, a used iPad
Air on 闲鱼, an office's old laptops, an iPhone 12 met at a café, ThinkPads on a canteen table, tablets by square
numbers), phone screen and battery repair (a 快手 live room, a market stall's battery price, screens changed opposite
the school gate, a number in two rows), smart TVs, projectors and installation (a 淘宝 live room's clearance,
projector brackets, TV mounting on 抖音, a cousin's projector samples at the parcel lockers, TVs hung for classmates),
routers and home Wi-Fi set-up (a short link to a mesh plan, mesh by an id in small capitals, a register at the
property desk, a QQ from the digits one to nine), surveillance cameras (a four-camera kit with a mobile, cameras
booked through the guard, a number in CCTV's channels), appliance 'extended warranties' (a 延保 id after V, a 公众号
spelt 宫众号, a colleague's warranty against an invoice) and a relative's appliance shop (a brother-in-law's appliance
mall, a family spare-parts shop on 拼多多 and spelt 拚多多, a water purifier's 微店), beside ordinary chat in owners' and
neighbourhood groups, company work groups (including an IT department), an electronics shop's own staff group,
family groups, a parents' class group, an alumni group and hobby groups (cycling, fishing, badminton, photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (air-conditioner cleaning and top-ups with a
spaced mobile and the building to give; water heaters and range hoods with a 微信 id; a trade-in subsidy with a
landline; phones bought and sold by QQ, photos sent for a quote; a 公众号 with a word to reply for a voucher; a repair
mini-program of the writer's own named to search in WeChat; "闲鱼搜" the writer's own ThinkPads and iPads; "拼多多搜" the
writer's family spare-parts shop; air-conditioner cleaning live on an 抖音号; screens changed in a 快手 live room by its
number; a shop's 淘宝 live room by name at half past seven; a mesh plan on a short link, t.cn/…; laptops and monitors
for companies by e-mail; a camera kit with a dashed mobile and the fitter's name; a brother-in-law's appliance mall
with a WeChat id and the group to name; a phone-repair stall with a plain mobile; extended warranties with "V：";
projector fitting with a mobile split 5-3-3; a cousin's laptop repairs by QQ; recycling on a 400 line with an
extension; the writer's own used tablet with a 闲鱼 ID; "小红书搜" the writer's appliance shop; the writer's 视频号 lesson
with cleaner on sale; the writer's family's filters on a 微店 link), 14 moderately, with disguises the docstrings read
do not list (Thai digits ๑๓๙…; Khmer digits ១៥៨…; Myanmar digits ၁၈၇…; Gujarati digits ૧૩૩…; superscript digits
¹³⁶…; monospace digits 𝟷𝟾𝟿…; Greek νχ for vx; small capitals for wx and an id, ᴡx：ᴋᴏɴɢ…; the homophone 筷手 for 快手;
the homophone 陡音 for 抖音; 信 split into 亻言, 微亻言; 闲鱼 written 闲🐟; 拼多多 spelt with the variant 拚, 拚多多; the homophone 宫众号
for 公众号) and 10 heavily, with codes the docstrings read do not list (a QQ number in Spanish number words, ocho dos
siete…; a mobile as 186 and the first eight decimals of π; a mobile in clock-face emoji, 🕐🕔🕗…, ten o'clock as zero;
a mobile in CCTV's channel numbers by their names, 综合 综艺 电视剧…, 科教 as zero; a WeChat id as the pinyin of a character
riddle's answer plus a year; a WeChat id as the English abbreviation of 空调, a surname's pinyin and a flat number; a
mobile as square numbers to take the roots of, 1 9 81…; a mobile split into its odd and even places; a mobile as 1
and the numbers of five moves of Chinese chess, 炮三平八 马九进四…; a QQ number as the digits one to nine with two left out
and a zero added) and 12 subtle (an offer with a call to action only, none quoted by the docstrings read):
air-conditioner cleaning at sixty a unit, flat numbers written on a sheet in the lift, the writer calling door to
door on Saturday; a used iPhone 12 for eight hundred, the writer waiting at the café below the office on Friday
afternoon; washing machines cleaned at eighty at a stall on building 3's open ground floor at the weekend, the
machines wheeled down; an office's retired ThinkPads, bought up by the writer and laid out on a long table at the
canteen door at lunch, three hundred and fifty each; range hoods cleaned by the writer and spouse on Tuesday and
Thursday evenings, called by an @ in the group; a three-year warranty for two hundred, the invoice brought to the
writer's desk before the next day's meeting; a router set up at the weekend for fifty a home, the building and time
written in the register at the property desk; a cousin's projector samples at thirty per cent off, tried at the east
gate's parcel lockers on Sunday at ten; cameras at two hundred and eighty fitted, asked for through Master Wang at
the guard post; old fridges and washing machines paid for on the spot at the writer's tricycle beside the
bike-repair stall at the north gate on Wednesday mornings; phone screens changed on the spot at the milk-tea shop
opposite the school gate at Friday's pick-up; TVs hung at a classmate's price, asked for at the reunion, the writer
coming with tools at the weekend. About a dozen positives are written the way members casually sell in a group (a
brother-in-law's appliance mall, a cousin's laptop repairs, a cousin's projector samples, the writer's family
spare-parts shops and filters, the writer's own used tablet and iPhone, a colleague's retired ThinkPads and
warranties, a couple's range-hood cleaning, the writer's tricycle, a classmate's TV mounting).

- `POSITIVE_78` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_78` (100 lines): 20 that look dangerous at first sight (a server-room air conditioner's maintenance
  contact's mobile passed to a colleague, a 京东 order number for a projector's invoice, an SF waybill for a laptop
  back from repair, the group company's 公众号 post on the office network, an air conditioner's price already paid at
  苏宁, a customer's masked mobile in an electronics shop's staff group for a lost phone, the property's 公众号 for
  repairs, the 国家反诈中心 app on a recycling site, new computers requested in 企业微信, a TV's warranty-card number, the gas
  company's repair line 96777, a fridge's price after the trade-in subsidy, a router supplier's contact card passed
  to a manager, the subsidy's coupon in a bank's app, a parcel's pickup code for a mother, iPhone cost prices in the
  shop's group files, monitors' asset labels, the property's repair landline, a tablet's serial number for a father,
  the school's 公众号 on a projector); 10 members asking or recommending (an air-conditioner cleaner, a router for
  three rooms, a study tablet, a phone-repair shop at the east gate, a water heater that will not light, where to
  buy a used laptop, whether to deep-clean a washing machine, cameras and the property, a projector or a TV, a range
  hood's official service); 10 warnings quoting or describing the scam or ad (a fake gas inspector's valve,
  "空调加氟只要30元", a fake after-sales call with screen sharing, "苹果13只要999", "旧手机高价回收，扫码估价", "路由器免费升级千兆", "您家电视欠费马上停机",
  a range-hood cleaner's dismantling fee, "监控摄像头免费装，只收流量费", "品牌工厂内购机"); 17 lines with numbers that are not contacts
  (an air conditioner's night at 26 degrees, a day's screen time, a washing machine's kilograms, a projector's
  lumens, a broadband speed, an electricity bill, a child's test, a badminton court fee, a water heater's
  temperature, an alumni reunion's replies, a router's distance, a shop's stock of rice cookers and fans, a day's
  steps, days of leave, a computer's memory, a fishing match's catch, a meeting moved); 7 organisers' and admins'
  own notices (a group rule banning appliance repair, phone recycling and extended-warranty ads, a removed account
  that pulled members into a fake "appliance subsidy" group, a shop manager's Double Twelve call-in, the property's
  power cut, a class teacher's online parents' meeting, the IT department's network cut-over, a photography club's
  night outing); 27 lines of everyday chat (some about air-conditioner filters, remotes, robot vacuums, phones,
  water heaters, routers, range hoods, old monitors, TVs, washing machines, laptops and projectors, and the shop's
  day in its staff group); 5 heated arguments without any selling (an outdoor unit dripping on washing, a washing
  machine at midnight, a camera facing a door, a projector left on, a broken switch blamed); two English lines and
  two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_78 = """
空调清洗加氟找我，家电维修干了十二年，电话 139 1742 8053，报楼号上门
燃气热水器、油烟机深度清洗，一次一百二，微信 kitchen_clean_zhang 预约
小区里有要换旧空调的吗？以旧换新补贴我这能办，座机 0571-8652 3094
二手苹果手机回收出售，验机包换七天，QQ 2871405639 发图给我报价
关注公众号"老周家电服务"，回复"洗机"领取滚筒洗衣机清洗八折券
我们搞了个小程序叫"楼下修电器"，微信里搜名字就能下单，师傅多半两小时到
闲鱼搜"阿杰数码"，我自己收来的ThinkPad和iPad都在上面，每台都验过
拼多多搜"鑫源家电配件"，遥控器滤网排水管都有，是我自家开的店
抖音号 zhangshifu_ac 每晚八点我直播拆洗空调，直播间下单送加氟
快手号 8853027，我在直播间现场换手机屏，下单比门店便宜一半
今晚七点半我们店淘宝直播间"小米家电折扣仓"开播，电视投影仪清库存
全屋路由器组网方案看这里 t.cn/A6xq9Lm2 ，我们公司专做小区上门装
公司批量采购笔记本和显示器的，需求发我邮箱 wangsales@hw-it.cn 出报价
监控摄像头安装，一套四路一千二含硬盘，电话 135-2608-9417 找刘工
我姐夫开的家电城双十二搞活动，格力美的都有，加他微信 gd_jiadian88 说是群里的
我在菜场二楼开修手机的铺子，换电池四十起步，碎屏当天取，打18657402316
延保服务了解一下，冰箱洗衣机空调都能保，三年只要一百九，V：yanbao_li
投影仪装吊架、拉线、调试一条龙，我们同城上门，联系 13968 205 741
需要修笔记本、装系统的同事可以找我表弟，他QQ 502837164，价格好商量
家电回收，旧彩电冰箱空调上门称重给钱，热线 400-820-5716 转 3
我自己店里的二手平板，iPad Air 5 九五新，闲鱼ID：数码小铺老陈
小红书搜"周周的电器铺"，是我开的，智能马桶盖和扫地机都有团购价
我的视频号"刘师傅修家电"今晚直播教大家洗洗衣机，直播间有清洗剂卖
我家净水器滤芯的微店链接 k.youshop10.com/Hq8Zp3 ，群友一律九折
空调加氟上门，八十块一次，师傅电话 ๑๓๙ ๕๒๖๔ ๗๑๘๐
公司换下来的二手笔记本低价出，联系 ១៥៨ ៣០៧២ ៤៦៩១ 看货
油烟机拆洗，一台一百，下午晚上都能约，手机 ၁၈၇ ၂၆၄၀ ၅၃၉၁
热水器不出热水、打不着火的，我上门修，号码 ૧૩૩ ૮૦૫૧ ૬૭૪૨
修手机屏找我，原装屏现场换，半小时取机，¹³⁶ ⁴⁷⁰⁸ ²⁵⁹¹
智能电视装机、挂架、投屏设置都做，电话 𝟷𝟾𝟿 𝟶𝟹𝟸𝟼 𝟺𝟽𝟻𝟷
收旧手机、旧平板，当面验当面付钱，嫌跑腿麻烦的加νχ：huishou_918 我上门
家里Wi-Fi有死角的，我帮你上门做Mesh组网，ᴡx：ᴋᴏɴɢᴛɪᴀᴏ666
筷手搜"阿强修电脑"，我每天中午直播装机，配件价格透明
陡音号 tvguazai_wang，我的视频都是上门挂电视的现场，同城可约
空调移机、装机、补管都接，微亻言：yiji_laosun，报小区名
闲🐟搜"小区数码回收站"，是我开的号，二手手机耳机都收都卖
拚多多店铺"老吴家电配件"是我家的，洗衣机进水管排水管都有现货
关注宫众号"安心延保"，家电延保三年一百五，是我们公司自己做的
空调加氟，QQ号拿西班牙语念给你：ocho dos siete cinco tres cero uno seis
打算卖旧电脑的找我收，号码186开头，后面八位照着π的小数部分往后抄
上门修电脑，手机号对着表盘读：🕐🕔🕗🕒🕖🕙🕑🕘🕓🕕🕐，指着十点的算0
装监控（CCTV）找我，手机号按央视频道读：综合 综艺 电视剧 体育 军事 财经 电影 中文国际 综艺 综合 科教，科教当0
油烟机清洗预约，微信号是谜底的拼音加2025，谜面：一口咬掉牛尾巴
洗空调加我微信，号是"空调"的英文缩写，加"王"的拼音和门牌1602
闲置的平板转手，号码我写成了平方数，挨个开方就是：1 9 81 4 36 0 25 49 64 16 1
换屏的号码我分成两排写：第1、3、5…位是 1 5 4 7 2 0，第2、4、6…位是 3 9 1 6 8
回收扫地机，手机1开头，后十位是这几步棋里的数：炮三平八 马九进四 车二退七 兵一进六 相五进四
路由器上门调试，QQ号就是一到九连着写，去掉4和7，末尾再添个0
要洗空调的把门牌号写在电梯里那张纸上，周六我挨家上门，挂机一台六十
换下来的iPhone 12，电池健康九成，八百出，周五下午我在公司楼下咖啡店等
这周末我在三号楼架空层摆摊洗洗衣机，一台八十，把机器推下来就行
公司淘汰的ThinkPad我收了一批，系统装好了，中午摆在食堂门口长桌上，三百五一台
油烟机拆洗我和我爱人两个人做，周二周四晚上有空，在群里艾特我一下就来
刚买电视的同事，延保我这能做三年两百，明天开会前把发票拿到我工位
路由器组网我周末上门帮调，一户五十，写楼号和时间到物业前台的登记本上
我表哥的投影仪样机清仓，周日上午十点在东门快递柜旁边，现场试投，七折
装摄像头的跟保安亭王师傅说一声就行，他会转给我，一台连安装两百八
旧冰箱旧洗衣机我三轮每周三早上停在北门修车铺旁，抬下来现场给钱
接孩子的家长，手机屏碎了的周五放学带来，我在校门对面奶茶店，当场换屏
同学们谁家要挂电视的，聚会那天跟我说一声，周末我带工具上门，收同学价
"""

NEGATIVE_78 = """
王工，机房空调的维保单位联系人是赵师傅，13905718264，明早让他带滤网来
京东订单号 312870459621，部门那台投影仪的发票抬头开错了，麻烦行政重开
IT部：送修的那台财务笔记本今天寄回来了，运单 SF1429037586213，到了放前台
集团公众号今天推了新办公楼网络改造的通知，访客Wi-Fi怎么连都写在里面
国庆在苏宁下单的那台挂机付了三千二，今天刷到直播间便宜两百，后悔下手早了
顾客刘女士 138****6712 的手机落在三号柜台了，今天谁值班给她打个电话
物业公众号能报修楼道灯和门禁，业主家里的电器坏了他们是不管的
用"国家反诈中心"App查了一下，那个回收旧手机的网址已经被标成风险网站
新电脑领用统一在企业微信"资产管理"里提交，审批完去三楼IT室拿
电视的保修卡编号 A2026-1183-07 拍下来存手机里，以后报修要用
咱家热水器的报修打燃气公司 96777，别打贴在楼道里的那种小广告号码
帮我妈抢到了以旧换新的国补，冰箱原价四千，补完实际付了三千二
张经理，供应商对接路由器的是小陈，她的名片我已经推给你了，你们直接谈
国补的券要先在银行App里抢，抢到了再去店里付款才能减，我试了两次才成
妈，给你买的小电扇到了，在西门驿站的货架上，报6-3-2108给店员就能拿
今天新到的苹果16进货价单子在群文件里，只给店里同事看，别往外发
这批采购的显示器型号是 DELL U2424H，资产标签从 IT-0831 开始往后贴
物业维修部座机 8769 2210 夜里也有人接，电梯困人直接打这个
老爸，你那台华为平板的序列号在盒子侧面，去官网输进去就能查保修
学校公众号说电教室换投影仪，下周一的家长会挪到多功能厅开
家里挂机两年没清洗了，一开就一股霉味，邻居们有用过觉得靠谱的师傅吗？
大家家里路由器用的什么牌子？一百四十平三室，主卧信号老是断
想给孩子买个学习平板，各位家长有用过觉得好的吗，预算两千以内
东门那家修手机的可以去，上次我换电池一百二，老板干活挺细的
热水器打不着火，是不是该换电池了？有懂行的邻居帮忙说一下
问一下，二手笔记本在哪买比较放心？怕买到翻新机又没处说理
我们家洗衣机用了五年，你们觉得深度清洗到底有没有必要？
自家门口装监控要不要先跟物业报备？怕拍到对门引起矛盾
投影仪和电视买哪个好？客厅只有三米五，求用过的人给点意见
油烟机清洗我上回约的品牌官方售后，洗得挺干净，大家可以去官网约
邻居们当心，最近有穿蓝工服的敲门说查热水器，查完硬说阀门老化要换，开口六百
别信"空调加氟只要30元"，人一上门就说铜管漏了，张口就要八百
有个自称家电售后的打电话说保修要过期，让下载会议软件共享屏幕，我赶紧挂了
朋友圈那种"苹果13只要999，全新未拆封"，不是假货就是骗定金的
同事被"旧手机高价回收，扫码估价"坑了，寄过去就说屏有问题只给五十
小心那种上门说"路由器免费升级千兆"的，装完给你绑两年宽带合约
提醒家里老人：电话里说"您家电视欠费马上停机"的都是骗子，直接挂
上门洗油烟机的说"拆开了不洗也得收拆机费"，遇到这种别让进门
"监控摄像头免费装，只收流量费"，后面每个月偷偷从你卡里扣钱
所谓"品牌工厂内购机，比官网便宜一半"的笔记本，多半是拆机翻新的
空调设在26度开一整晚，电表只走了四度，比去年那台老的省多了
今天手机屏幕使用时间7小时42分，真得控制一下了
洗衣机从7公斤换成了10公斤，被子终于能塞进去洗了
会议室新投影仪亮度3000流明，白天不拉窗帘也看得清
家里千兆宽带，手机连上只跑到三百多，是路由器太老了还是手机不行？
九月空调开得少，电费单一百七十多，比八月直接砍掉一半
娃这回单元测验错了三道填空，扣了九分，晚上关了电视陪她订正
羽毛球周六场地费120，八个人分摊一人十五，已经付了
热水器温度调到55度就够用了，调到75太费气
校友会回执已经收了143份，还差三个班没交上来
路由器摆在客厅正中间，离主卧门6米，信号还是只有两格
仓库还剩38台电饭煲、17台电风扇，下周促销的时候清一清
今天走了12460步，一大半是在电器城里来回比价走出来的
请假3天，周四回来，机房巡检那周的排班麻烦谁帮我顶一下
电脑内存从8G加到32G，剪视频终于不卡了
钓鱼比赛头名7.3斤，第二名5.8斤，全是鲫鱼
周会从9点半改到10点，网络改造的进度表大家记得带上
给大家立个规矩：修家电的、收旧手机的、卖延保的，别在这个群打广告，看见就请出去
管理员说一下：冒充物业拉人进"家电补贴内部群"的那个微信已经移出，别通过他的好友申请
店长通知：周六双十二活动，全员早上八点到店，样机提前擦干净
物业服务中心：因变压器检修，11月27日上午全小区断电三小时，电梯停运，请错开出行
家长们注意，下周三家长会线上开，提前把腾讯会议装好，手机平板都可以
IT部：周五晚上八点开始切换办公网络，大概两小时，走之前把文档存好、电脑别关
影友会下个月的活动改拍老城区夜景，周五晚七点钟楼底下碰头，记得带快门线
今天终于把空调滤网拆下来洗了，黑得吓人，以前吸的都是啥
我妈又把电视遥控器藏起来了，找了半小时，最后在冰箱顶上
新买的扫地机器人第一天就钻进沙发底下出不来了，叫它也不理
东门外那排银杏一夜全黄了，早上送娃看见好几个阿姨在底下拍照
周末回老家，帮我爸把手机字体调到最大，他说终于看得清了
中午吃啥？楼下新开的米线店排队排到马路上了
热水器换了台新的，洗澡再也不用干等五分钟了，幸福
孩子说想学编程，我说先把今天的作业写完再说
昨晚打雷，路由器自己重启了三次，追剧追得心累
我家猫特别爱趴在路由器上睡觉，估计是那里暖和
油烟机洗完真不一样，炒菜时厨房安静多了
老同学们还记得学校机房那排大头显示器吗，当年下课抢着去
明早八点的会别迟到，老板要亲自来听汇报
把旧手机给我奶奶当收音机用了，她天天拿着听越剧
冰箱里那块芒果蛋糕是谁的？明天过期了赶紧吃掉
骑行群的兄弟们，周日路线我画好了，绕湖一圈四十公里
电视挂上墙了，比放在柜子上显得客厅大多了
这周加班太狠，回家只想瘫着刷手机
我爸说他年轻时修收音机是一把好手，现在连Wi-Fi密码都输不对
老婆说洗衣机甩干的时候像要起飞，明天打售后让人来看看
笔记本风扇呼呼响，估计里面全是灰，周末拆开清一清
门店群：刚盘完今天的账，彩电比昨天多卖三台，明天早班的记得补货
孩子体育课八百米跑了第二，回家一直在炫耀
楼下小朋友在练钢琴，一个月下来弹得越来越顺了
周末去钓鱼，坐了一下午就上来一条巴掌大的鲫鱼
投影仪装好第一晚，全家窝在沙发上看了部老电影
同学聚会定在老地方了，班长说这回一定要把班主任也请来
你们家新装的外机滴水全滴在我晾的被子上，说了三次了还不接根管子？
都几点了还在甩干？楼板跟着震，你们家就不能白天洗吗，我孩子明天还考试
门口那个摄像头天天对着我们家拍，你装的时候问过我一句没有？
说了多少遍会议室投影仪用完要关，又亮了一整夜，谁最后走的？
机房交换机坏了就赖我？把门禁记录调出来看看，我昨天一整天都在客户那
Dad finally learned video calls on his new tablet and rang me six times.
Our new TV arrived today but the wall bracket is missing two screws.
家裡的冷氣終於修好了，今晚總算可以好好睡一覺
阿嬤說電視太小看不清楚，下個月帶她去挑台大一點的
"""
