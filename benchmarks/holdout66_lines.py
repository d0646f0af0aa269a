"""Hold-out set 66 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 19 on 2026-11-25, after sets 1-64 (see holdout_data.py; sets 63 and 64 were studied in this
session), at the same time as set 65 (written by another helper; this set was checked by the same script against set
65's lines as they stood when this one was finished, unread: highest ratio 0.453 at the end), and kept unscored
until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui,
ran no qungui command, no git command and no file in benchmarks/; holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-64), printed with ast.get_docstring (and saved
to the writer's own temporary file to be paged through, nothing else in it), and holdout63_lines.py and
holdout64_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and calls already used, to avoid repeating them; their lines and the code below holdout_data.py's
docstring were not read). pyproject.toml was not opened (ruff format and ruff check were only run on this file). The
benchmarks folder was not listed; set 65's file was only checked for existence by its exact path (test -f) and only
loaded by the similarity script, which never printed its lines. Of the folder holding the similarity script, only
the script's opening docstring (its usage, four lines) was printed, with ast.get_docstring, and the script run; one
listing of that folder was started by mistake with its output thrown away unseen (piped to head -0), and no other
file there was opened or run. The lines were drafted in the writer's own temporary folder and written to this file,
which the similarity script then read: it printed this set's lines and ratios, never the dumps' or the partner's
lines; it was run at the required floor of 0.49 and also at 0.47, to find the lines standing just below it. No line
is copied from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a,
b).ratio() with the default settings, taken both ways round) against every line of the hold-out dump is at most 0.49
(highest 0.476), against every line of the training dump at most 0.49 (highest 0.471), no two lines of this set
exceed 0.49 against each other (highest 0.389), and against set 65 the highest is 0.453.

Forty-two lines were rewritten, one of them three times and five twice (forty-nine rewrites), each time with new
wording, not a synonym swap. In the first pass thirty-six that stood at 0.49 or more (1.000 at most: a short
good-night line, word for word a training line): against the hold-out dump a train and seat, the canteen's salty
pork, the first English line, a parcel locker's code, the chamber's council meeting, a badminton score, a new noodle
shop, an electricity bill, a meeting id, the 秋秋群 positive, a member asking to borrow an oven (also against the
training dump), an unpaid dinner bill, a parent asking for a baking class, the solfège positive, a member's wontons,
yellow leaves, a fake takeaway-service call, a water cut, an expense claim, the second English line, the removed
advertiser, a milk-tea invoice, overtime and takeaway, the store's anniversary, a traditional-script family dinner,
a thanks to a teacher, frozen dumplings and a step count; against the training dump only the good-night line, colder
weather, a 大众点评 shop search, a laugh, a short acknowledgement, a meeting room, a fishing trip and a QQ cake order.
In the second pass ten: six of the first pass still above 0.5 (0.560 at most, the electricity bill; the solfège
positive at 0.541 was replaced by another code, as a solfège number may well have been used before) and four
standing between 0.483 and 0.488 (an annual dinner's sign-in, a blood-sugar reading, a member asking for a New
Year's Eve room, a member asking for soy sauce), reworded for a margin; in the third the takeaway-scam warning again
(0.519), replaced by another scam. Against set 65, loaded once it appeared, two more: exam marks (0.606) and the
idiom-coded positive (0.514), whose code was replaced by the planets (set 65 may use idioms). Last, both English
lines were shortened to keep every line within 80 characters; the first, so shortened, stood at 0.504 against set 65
and 0.493 against the hold-out dump, and was replaced by another English line (fifty-two rewrites in all).

Set 66 focuses on food service and catering: restaurants and new-shop openings (a noodle shop opposite a market, a
beef-noodle shop on 大众点评, a pig's-trotter rice shop on 美团, a snail-noodle takeaway), takeaway and delivery (office
lunches by mini-program, box lunches from a tricycle), milk-tea, coffee, bakery, fried-chicken and braised-food
franchises (加盟), canteen and box-lunch contracting (factory and school canteens, nutrition meals for kindergartens
and care homes, group catering), banquet and party catering (weddings, birthdays and 满月酒 at home, a cousin's banquet
trade, New Year's Eve dinners from a private kitchen, tea breaks for annual meetings), prepared dishes (预制菜) and
frozen food wholesale (a factory's dishes on 1688, frozen wings and prawns for restaurants, dumplings and meatballs
from a van, tasting packs at the guard room), kitchen equipment (a closed restaurant's stoves and freezers, steel
worktables and steamers, coffee machines for rent, hoods repaired, used equipment bought), chefs for hire (a retired
chef, a Thai cook, a banquet cook), cooking classes (children's baking, Lanzhou noodles, bread at home, French
pastry, dough work) and street-food carts (a fried-skewer cart for sale and one under the north gate's lamp), beside
ordinary chat in company work groups, neighbourhood and owners' groups, family groups, a parents' class group, an
alumni group, a bakery's VIP customer group, a chamber of commerce and hobby groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a franchise manager's mobile; a WeChat id for
bread; a canteen contractor's Hangzhou landline; a mini-program to search; a 400 line for banquets; “1688搜”; a
mobile that is also the WeChat, with a cold-store stall's address; “闲鱼搜” a seller's name; a retired chef's mobile; a
视频号 to search; a 淘宝 shop; “美团搜” with the group's name as the order note; a QQ number; an e-mail for a quote;
“私聊我拉你进团购群”; a 大众点评 search; a rental site; a brother-in-law's 快手号; a 企业微信 name; a 公众号 with a word to reply; a
Lanzhou landline; “VX：” with an id; a mobile given as the WeChat for wontons; a warehouse mobile with a name), 14
moderately, with disguises the docstrings read do not list (superscript digits ¹³⁹…; subscript digits ₁₅₈…; the
homophone 喂心 for 微信; 秋秋群 for a QQ group; a mobile spread over words with a door number in the middle; 🍠 for 小红书; ➕
with 🛰️ (卫星) for 微信; small-capital letters ᴡx; 信 split into 亻言; look-alike letters for digits, “l3B O2S7 44l6”; a
WeChat id spelt in words joined by 加; 丝我 for 私我; 🪿了么 for 饿了么; 圈A for @ with the domain in Chinese numerals) and 10
heavily, with codes the docstrings read do not list (the earthly branches, 子 one to 酉 zero; the eight trigrams' 先天
numbers, 乾 one to 坤 eight; atomic numbers, “H Li O He C…”; one followed by pi's first ten digits; Thai digits ๑๕๘…;
French number words for a QQ number; each digit taken from nine; playing cards, “♥A ♠3 ♦6…，10只看个位”; the planets by
distance from the sun, 水 one to 海 eight; a WeChat id printed upside down and backwards) and 12 subtle (an offer with
a call to action only, none quoted by the docstrings read): a new noodle shop, “报群名进门送一碟凉菜”; box lunches from a
tricycle at building B at half past eleven; bread classes, “带个围裙来我家”; frozen food in the boot of a white van after
the meeting; a skewer cart under the north gate's lamp with a password word; a banquet room for whoever brings a
screenshot of this message to the front desk; tasting packs at the guard room, “在登记本上写个门牌号”; a husband's
braised-duck stall in the market's third row; a kitchen-equipment quote, “拍张灶台照片发群里”; a cousin's banquet trade,
“跟帖报个日子”; coffee franchise talk at a mall café on Friday night; a private kitchen's last two tables on New Year's
Eve. About a dozen positives are written the way members casually sell in a group (the writer's own bread, a closed
family restaurant's stoves, a brother-in-law's liangpi, the writer's wontons, a member's own steamers, a cousin's
banquets, a husband's stall, and most subtle lines).

- `POSITIVE_66` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_66` (100 lines): 20 that look dangerous at first sight (a new canteen contractor's manager and mobile
  passed on by the office, a 美团 refund with an order's last digits, a school 公众号's lunch menu, a milk-tea invoice's
  tax id in the group notice, an afternoon tea already booked at a café, 淘宝 vouchers for a team dinner, a canteen
  repair extension, a banquet menu e-mailed, a 大众点评 rating, elderly meal cards topped up only at the residents'
  committee, a wrong takeaway and a phone's last digits, air-fryer wings learnt on 抖音, prepared-dish gift boxes
  signed for, a cook's certificate only on the official site, a baking teacher added on WeChat, a coffee machine's
  manual in a 钉钉 group, a kindergarten's meal mini-program, a restaurant owner's business card, an old bread machine
  sold on 闲鱼, frozen dumplings with a waybill's last digits); 10 members asking or recommending (a room for thirty
  on New Year's Eve, a canteen contractor, an oven to borrow, a children's baking class, less-sweet milk tea, a used
  freezer, frozen-food wholesale, a hotel or a village banquet crew, a north-eastern cook, a cake shop that
  delivers); 10 warnings quoting or describing the scam (“奶茶加盟零经验，三个月回本”, “免费试吃预制菜，只付邮费九块九”, a rider's
  order-grabbing tool, a refund for a New Year's dinner shop that “closed”, “招外卖打单员，日结三百”, a fake canteen contractor
  collecting deposits, “大厨上门做饭只要99”, a skewer cart with a “formula”, fake QR codes on restaurant tables,
  “咖啡加盟保底分红”); 17 lines with numbers that are not contacts (lunch counts, a meeting id, an annual dinner's sign-in,
  a parents' meeting's date and room, a blood-sugar reading, an electricity bill, exam marks, a meeting room, a
  parcel locker's code, an oven's temperature, an expense claim, a badminton score, a step count, a train, a water
  meter, a dinner's cost per head, a health check's date); 7 organisers' and admins' own notices (a group rule
  banning franchise, prepared-dish, frozen-food, kitchenware, chef and cooking-class ads, a removed account that
  pushed braised-food franchise links, a water cut, a bakery's anniversary for its members, a chamber's council
  meeting, an alumni New Year dinner, a class lunch from a central kitchen); 27 lines of everyday chat; 5 heated
  arguments without any selling (complaints about the canteen, chopping at one in the morning, an uncollected
  takeaway, an unpaid dinner bill, kitchen fumes into a neighbour's window); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_66 = """
新开的茶饮品牌招加盟，县城店投资十二万左右，总部包选址培训，详情打给招商部小何 13958207614
自家烘焙的欧包贝果每周二周五出炉，小区内免费送，要的加我微信 mianbao_lulu
厂里食堂、学校食堂都能承包，十年团餐经验，肖经理 0571-86723419
工作餐配送，写字楼二十份起送，微信搜小程序“好邻盒饭”下单
婚宴寿宴满月酒上门承办，桌椅餐具厨师全包，订席热线 400-826-3317
预制菜源头工厂，酸菜鱼小酥肉梅菜扣肉都有，餐馆批发价，1688搜“鲜厨汇食品”
冻品批发：鸡翅鸡腿牛排虾仁，开饭店的来拿货，电话同微信 18673320945，地址城东冷链市场C区12号
我家饭店关了，商用六眼灶和两台冰柜便宜处理，闲鱼搜“老周转厨具”
退休大厨，川湘粤都拿手，家宴上门十人起，电话 15120873366 找老贺
周末亲子烘焙课，小朋友自己做蛋挞饼干，视频号搜“麦田小厨房”有课程表
网红炸串小推车整车出售，带燃气灶和招牌，淘宝店“街角小吃车”可以看实物图
我们店上美团了！搜“阿珍猪脚饭”，群友下单备注群名送卤蛋
动物奶油生日蛋糕至少提前一天订，扣扣上找我 2875136640，市区内免费送到家
公司年会、团建下午茶茶歇，报价单发邮箱 catering_mei@163.com 索取
烧烤食材套餐，串好的，冻好的，私聊我拉你进团购群
新店开业！点评上搜“老城墙根牛肉面”，到店出示群聊页面满三十立减十元
商用咖啡机租赁，月租一百九起，送半年维护，网址 www.zumache88.cn
小舅子在做凉皮擀面皮批发，早餐店夜市摊都供，他快手号 liangpi_zhang666
私房菜接年夜饭订单，八人桌六百八，想订的加我企业微信，名字叫“小满私厨”
卤味加盟不收加盟费只收设备钱，关注公众号“卤之源餐饮”回复“加盟”
学做正宗兰州拉面，包教包会包推荐工作，报名电话 0931-8462270
给幼儿园、养老院做营养配餐的可以聊聊，我是做这块的，VX：yingyang_pc
纯手工荠菜鲜肉大馄饨，一袋五十只卖四十，在五栋楼下自提，微信13679014528留言数量
新到一批不锈钢操作台和蒸箱，饭店装修的朋友来看看，仓库王姐 17708815243
承包单位食堂，价格公道，联系 ¹³⁹⁶⁰⁴²⁷⁵⁸⁸ 秦师傅
奶茶店设备整套转让，八成新，电话₁₅₈₂₂₆₁₀₃₇₄
想开咖啡小店的可以喂心我：kafei_dage，开店选址、设备、培训一条龙
爱做甜品的姐妹可以进我们的秋秋群 736201958，群主每晚直播教裱花
宴席外包，号码头是一三九，中间四位是我们饭店门牌2206，最后是8817
小🍠搜“阿满烘焙”，私人定制翻糖蛋糕
做炸鸡汉堡加盟的➕我🛰️：zhaji_laowu
冻品直供饭店 ᴡx：ᴅᴏɴɢᴘɪɴ_ʟᴀᴏʟɪ
预制菜代理招募，加微亻言 yzc_agent01 详聊
厨房排烟罩安装维修，电话 l3B O2S7 44l6
蛋糕订制，微信是 cake 加 lady 加 2020 连着写
上门做年夜饭的还有几天空档，价格好商量，丝我
外卖小店开张，🪿了么搜「陈记螺蛳粉」，新客立减8块
承接团餐报价，邮箱 tuancan_wu圈A一二六.com
酱料配方和技术转让，电话用地支写的：子寅未 辰巳午卯 巳申丑辰，子是1，顺着往下数，酉当0
奶茶店开业指导找我，号码用先天八卦数写：乾离艮〇巽兑坎震乾巽离，乾为一坤为八
冻品批发，手机号是元素周期表：H Li O He C Be B F N H O，第几号元素就是几
想学面点的找我，号码=1后面跟着圆周率前十位，小数点不要
泰国菜厨师上门，电话是泰文数字：๑๕๘ ๒๗๓๐ ๔๙๖๑
法式甜点私教课，QQ用法语念：sept deux neuf quatre zéro un six huit trois
餐饮设备回收，号码每一位都拿9减过了：86042739581，自己算回来
团餐承包，电话是几张牌：♥A ♠3 ♦6 ♣9 ♥2 ♠8 ♦4 ♣7 ♥10 ♠5 ♦A，A是1，10只看个位
宴席师傅的电话按行星离太阳远近来排：水地海 木金火天 土水海地，水星算1，往外数
私厨订餐，微信号是倒着印的，把手机转半圈看：88nɥɔoɐıx
我们那家小面馆下周一在幸福路菜场对面开张，报“三号楼群”进门送一碟凉菜
从明天起每天中午十一点半，我的三轮车停在园区B栋门口，两荤一素十五块，卖完就收
想学做面包的周日下午两点带个围裙来我家，一次八十，材料我备好
散会后去停车场看一眼我那辆白色面包车，后备箱里是厂里直供的冻饺子和牛肉丸，价格比超市低一截
炸串车每晚七点停北门路灯下，群里的朋友说句暗号“邻居”多给两串
办年会的拿这条群消息截图到我们酒楼前台，包厢免服务费
预制菜试吃装放在门卫室了，尝了觉得行的，在门卫的登记本上写个门牌号，周末我挨家送
明早菜市场第三排卖卤鸭脖那家是我老公，说是群里的邻居给你多称点
想要换厨房设备的，拍张灶台照片发群里，我看了直接报价，这行干了十五年
我表姐做上门宴席的，谁家要办寿宴满月酒的，跟帖报个日子我帮你们排
咖啡加盟的事周五晚上我在万达三楼那家店，想了解的直接过来，我请喝一杯
私厨年夜饭一桌八百起，除夕那天还剩两桌，先到先得
"""

NEGATIVE_66 = """
行政说新的食堂承包商对接人是刘经理，13872246019，菜品有意见直接打给他，别在大群吵
美团那单退款18.5元已到账，订单尾号4471，谢谢群主帮忙催商家
学校公众号发了下周营养午餐的菜单，家长们自己点进去看下
上周订的四十杯奶茶发票开出来了，财务要的税号我已经补在群公告里
楼下那家咖啡店年会下午茶我已经订好了，大家不用再去问老板
团建餐厅定了，淘宝上买的代金券300抵400，发票找我报
食堂蒸饭柜又坏了，后勤报修分机是8203，谁路过帮忙打一下
年会酒店把菜单发我邮箱了，我转到群文件“年会”里了
大众点评上那家粤菜评分4.7，周五部门聚餐就定那吧
社区食堂的老年就餐卡在居委会充值，别在外面扫码充
外卖送错了，我这多了一份黄焖鸡米饭，手机尾号0932的是谁？
抖音上学的空气炸锅鸡翅，二十分钟搞定，孩子吃了两盘
公司发的预制菜年货到了，每人两箱，前台签收表上签个名
考中式烹调师证的去人社局官网报名，第三方网站别交钱
我加了你推荐的那个烘焙老师的微信，她说这期课已经报满了
咖啡机说明书PDF我传到钉钉群文件了，别再乱按按钮
幼儿园订餐小程序每周日晚八点前选好下周的，过了时间就默认套餐
饭店老板给了张名片，说下次订包厢打上面电话，我夹在会议记录本里了
闲鱼上卖掉了家里那台旧面包机，60块，总算不占地方了
团购的冻水饺到了，顺丰单号尾号7730，在东门驿站
想问问大家，今年除夕要订个能坐三十人的包间，哪家饭店还有位置？
厂里食堂要换承包方，求推荐靠谱点的团餐公司
想周末给老妈烤个生日戚风，家里没烤箱，谁那儿闲着的能借我用两天吗
我家闺女最近迷上做饼干，咱们这附近有适合八九岁小孩的烘焙课吗？有上过的家长说说
附近哪家奶茶少糖也好喝？求安利
群里有人转让二手商用冰柜吗，小卖部用
开小吃店想找个冻品批发的地方，本地有没有靠谱的市场
婚宴放酒店办还是请流水席师傅来村里办，大家觉得哪个划算
家里老人想吃正宗东北菜，有没有会做的阿姨可以推荐
求一家能送到开发区的生日蛋糕店，周六要
又有人私信我“奶茶加盟零经验，三个月回本”，这种都是割韭菜的，别信
“免费试吃预制菜，只付邮费九块九”，我妈付完就被拉黑了
别买什么“外卖骑手抢单神器”，交了钱就失联
我婶子上当了：对方说她订的年夜饭套餐那家店倒闭了，想退款得先交一笔保证金，交完人就没影了
“招外卖打单员，日结三百”，其实是刷单，已经有人被骗
有人冒充新的食堂承包商挨个部门收押金，行政说根本没这事
“大厨上门做饭只要99”，到家后说食材另算，收了我六百多
那个“炸串车设备加配方一万块包教会”的，配方就一包调料粉，大家注意
餐桌上贴的扫码领红包是别人贴的假码，店家说不是他们的，别扫
去年好几个人信了“咖啡加盟保底分红”，钱都没要回来
周四午餐统计：A餐23份，B餐17份，素食4份
招标评审改成线上了，入会ID 738-205-416，进去记得改名为部门加姓名
年会报到时间改了，五点半在酒店三楼东厅门口领工牌
家长会12月3日晚7点，301教室，带笔
老爸复查空腹血糖降到六点一了，医生让继续少吃主食
这月电费账单吓我一跳，两百多，全是那台暖风机烧的
期中成绩出来了，闺女数学九十六、语文八十八，英语拖了后腿
周三订的是东楼六层605小会议室，九点半到十一点，投影仪我提前去调
菜鸟柜取件码 58-4-7702，我在开会，哪位顺手帮我提上来
戚风175度烤40分钟，底层放一盘水
上周招待客户那顿饭的报销我走了钉钉审批，三百五十六，编号BX20261120-07
昨晚双打第三局被人家追到19平，最后还是输了两分
陪客户逛了一整天展会，计步器显示一万两千多步，脚都起泡了
我坐的D2285晚点二十分钟，到站估计快十点了，饭你们先吃
我家水表这个月走了14吨
聚餐人均128，还差三个人没转
体检预约在11月30日上午8点，空腹去
群规补充：本群禁止发奶茶咖啡加盟、预制菜冻品批发、厨具推销、上门厨师和烹饪课程广告，发一次移出
管理员：刚才那个连着刷卤味加盟链接的账号已移除，谁要是被他私加了直接拉黑
物业刚贴了告示，二期周六上午换水管，中午前都没水，家里有老人的先存点
【店长通知】本周五是我们烘焙坊三周年，会员到店积分翻倍，还能换一个小切块
商会秘书处：原定本月二十号的理事会顺延到二十八号，请各位理事互相转告
校友会元旦聚餐报名截止本周日，接龙写名字
班级通知：下周一起午餐改为中央厨房统一配送，过敏的孩子私信班主任
二楼食堂今天那个土豆烧排骨，盐是不要钱吗，喝了三杯水
下雨了，谁带伞了
试了东门那家新面馆，牛肉给得挺实在，就是面煮过头了
晚上吃啥，纠结
哈哈哈我家狗子叼着外卖袋在门口等我，这谁顶得住
婆婆一口气包了三百多个白菜饺子，冷冻室塞得关不上门
周末带娃去公园，天气真好
好的好的，辛苦王老师帮忙统计
中午点了份麻辣烫，辣到怀疑人生🥵
明天最低零下两度，出门记得给娃戴帽子围巾
这奶茶甜得齁，下次要三分糖
老公第一次做蛋糕，塌成饼了😂
谁明天路过永辉，顺手给我捎一桶生抽和两斤鸡蛋，回头转你
群里有人去过新开的那个商场没，人多不多
又被留下改方案，第三天晚饭靠外卖续命
早上遛弯看到河边那排银杏黄透了，拍了几张发相册里
孩子今天在幼儿园自己吃完了一整碗饭，老师表扬了
早上在公司楼下喝了杯美式，困意全无
老张，这礼拜六水库那边还去不去甩两竿？
我家猫把桌上的鱼偷吃了
年会节目还没排，急
好久没吃火锅了，馋
外婆九十大寿，全家在老家摆了几桌，热闹
今天厨房油烟机声音好大，是不是该洗了
辛苦大家了，周报都收齐了
👌明白，下午我把餐费表填好
困了困了，明早还得六点起送孩子，先睡了各位
你天天在群里抱怨食堂，有本事自己带饭啊
凌晨一点还在楼上剁饺子馅，能不能考虑下别人
点外卖不拿，放门口一天都臭了，谁的赶紧拿走！
三个月前唱K加宵夜那顿一共九百多，到今天你一分没出，好意思天天在群里晒旅游？
你家油烟直排到我家窗户，说了多少遍了，再这样我就报物业
Who took my lunchbox from the office fridge? Blue lid, my name on the tape.
Auntie Lin, your pork buns were amazing, the kids ate all six!
阿嬤說冬至那天全家回老屋吃湯圓，堂哥負責買菜，大家別忘了
這家點心真的好吃，下次再一起來
"""
