"""Hold-out set 64 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 18 on 2026-11-25, after sets 1-62 (see holdout_data.py), at the same time as set 63 (written by
another helper; this set was checked by the same script against set 63's lines as they stood when this one was
finished, unread: highest ratio 0.480 at the end), and kept unscored until it is scored once, blind. The writer read
no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/ or docs/, imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/
(bench_holdout.py or any other benchmark included); holdout_data.py was opened only for its module docstring (the
labelling rules and the history and topics of sets 1-62), printed with ast.get_docstring, and holdout61_lines.py and
holdout62_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and calls already used, to avoid repeating them; their lines and the code below holdout_data.py's
docstring were not read); pyproject.toml was not opened (only that ruff is configured there was known, and ruff
format and ruff check were run on this file). The benchmarks folder was not listed; this file and set 63's were only
checked for existence by their exact paths (test -f), and set 63's file was only loaded by the similarity script,
which never printed its lines. The folder holding the similarity script was not listed; only the script's opening
docstring (its usage, five lines) was printed, with ast.get_docstring, and no other file in that folder was run or
opened. The two dumps (every line of hold-out sets 1-62 and the probes, every training line) were only read by the
similarity script, which printed this set's lines and ratios, never the dumps' or the partner's lines; as at the
required floor of 0.49 it prints only lines above 0.49, it was also run at a floor of 0.47 to find the lines standing
just below 0.49, and those above 0.485 were reworded for a margin. No line is copied from earlier sets or from the
training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the default settings, taken both
ways round) against every line of the hold-out dump is at most 0.5 (highest 0.479), against every line of the
training dump at most 0.5 (highest 0.462), no two lines of this set exceed 0.5 against each other (highest 0.366),
and against set 63 the highest is 0.480.

Thirty-nine lines were rewritten, three of them twice and one three times (forty-four rewrites), each time with new
wording, not a synonym swap. In the first pass thirty-five: twenty-seven that stood above 0.5 (0.929 at most, an
everyday line about osmanthus in bloom): twenty-two against the hold-out dump only (two heavy positives, one of which
was given another code at once, a raffle QR code, store points, a member asking for a piano teacher, a stationery
shop recommended, two warnings, an order number, a parcel-station code, exam marks, the group's ban on this topic's
ads, the removed advertiser, a store's members' day, overtime and the canteen, rain and the office umbrellas, the
osmanthus, colder weather, a fishing trip, two heated lines and the first English line), three against both dumps
(meeting minutes in the group files, 0.800 against the training dump, the alumni day and a waybill) and two against
the training dump only (a hotel room's repair slip, 0.619, and a parents' meeting notice); five at exactly 0.500 (a
piano tuner's landline, a 小红书 knitting account, a water cut, left-over dumplings and a thanks to a teacher); and
three between 0.49 and 0.5 (a 钉钉 group for swapping workbooks, an invoice header and an invoice number). In the
second pass four of them again, still above 0.5 (the other heavy positive, 0.547, then given another code; the exam
marks; the osmanthus line, 0.739, replaced by a pot plant; the English line). In the third pass five lines that the
run at 0.47 showed between 0.485 and 0.49 (an optician's 400 hotline, magnetic building tiles, a child's first piece
on the piano, a football match and the English line a third time).

Set 64 focuses on small shops and crafts: stationery and school supplies (wholesale pens and exercise books, a new
shop's opening days, pencil cases from a family factory, leftover coloured pencils), second-hand textbooks and
workbooks (a child's junior-school books, a full senior-three set, a swap group, a parents' 钉钉 group), children's
toys and picture books (a sister's toy wholesale clearance, a son's LEGO, a picture-book library's year card, a
reading camp, boxes of picture books), musical instruments and piano tuning (a tuner's landline, a husband who tunes
pianos, an electronic keyboard, a guitar, a violin, an upright piano, ukuleles, a student who accompanies practice),
knitting (made-to-order hats and scarves, a grandmother's leftover wool, knitting classes, crocheted bags, scarves
sold by the writer), DIY and handicraft kits (resin, candle and clay kits, embroidery kits, soap kits), calligraphy
and painting supplies (brushes, ink and xuan paper, summer calligraphy classes, mounting and restoring paintings),
glasses and optical shops (an optician's anniversary, a husband's factory price, a new shop's trade-in, small
repairs), tailoring and alterations (a mother who has been a tailor for thirty years, an old street's tailor,
curtains, trouser hems, qipao), shoe, bag and watch repair (bag hardware, handmade shoes, a cobbler who also cuts
keys, watch batteries and servicing), beside ordinary chat in company work groups, neighbourhood and owners' groups,
family groups, a parents' class group, an alumni group, a store's VIP customer group, a chamber of commerce and hobby
groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a wholesaler's mobile with a name; “要的私我” for a
child's old textbooks; a WeChat id for a picture-book library; a landline with a tuner's name; “V：” with an id,
“微信同名”; “淘宝搜店名”; a QQ number; a 400 hotline; a mother's mobile; a 微信小程序 to search; an 抖音号; “闲鱼搜” a seller's name; a
钉钉 group number; an e-mail; a short link; “电话微信同号”; a sister's WeChat id; a 小红书 account; “拼多多搜”; “私聊我”; “私信我”; a QR
code pinned in the writer's Moments; a tailor's landline and street address; a QQ group), 14 moderately, with
disguises the docstrings read do not list (a mobile in mathematical bold digits 𝟏𝟑𝟗…; parenthesized digits ⑴⑶⑸…;
digits with a full stop ⒈⒏⒐…; circled ideographs ㊀㊂㊇… with 〇; parenthesized ideographs ㈠㈤㈥…; the homophone “店话” with
double-struck digits 𝟙𝟟𝟟…; “🐧群” for a QQ group; “🍑宝” for 淘宝; “闲🐟” for 闲鱼; the look-alike “徵信”; Cyrillic letters
inside a Latin id after “Vх”; squared letters “🆀🆀群”; WeChat in katakana, “ウィーチャット”; “𝓿𝔁” in mathematical script
letters) and 10 heavily, with codes the docstrings read do not list (a mobile as Chinese characters' stroke counts,
“一大星、正十李木…，每个字几画就是几”; a mobile in hexadecimal, “339F81703”; the heavenly stems, “甲丙戊 己壬庚乙…，癸当零”; clock-face emoji,
“🕐🕗🕔…，十点算零”; Devanagari digits, “१५९…”; Russian number words, “один три семь…”; Japanese number words in kana, “いち はち
ろく…”; Roman numerals digit by digit, “I V VIII · III N…，N代表零”; a WeChat id in a mirrored alphabet,
“A换Z、B换Y…：nrmtsfz”; counting-rod numerals, “𝍠𝍤𝍥 𝍦𝍧〇𝍣…”) and 12 subtle (an offer with a call to action only, none
quoted by the docstrings read): a senior-three set of workbooks by a garage door, “钱放旁边铁盒里”; a husband's piano
tuning, “在自家门上贴张便利贴”; scarves, “发条语音报给我”; a new optician, “戴着旧眼镜来，旧镜框还能抵三十”; trouser hems, “挂我家门把手上”; a cobbler,
“放一楼快递柜旁边的纸箱里”; watch batteries at lunch, “拿着表进来就行，门不关”; picture books, “看见我牵着那只金毛就叫住我”; brushes and paper after a
class, “桌角贴着付款码”; soap kits, “把钱夹在作业本里”; a stationery shop by the school's north gate, “放学顺路进来看看”; ukuleles,
“听到琴声就是我”. About a dozen positives are written the way members casually sell in a group (a child's textbooks, a
mother's tailoring, a child's keyboard, a sister's toy shop, a grandmother's leftover wool, a husband's factory
glasses, a guitar, coloured pencils, a son's LEGO, a violin, an upright piano, and most subtle lines).

- `POSITIVE_64` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_64` (100 lines): 20 that look dangerous at first sight (workbooks from 拼多多 refunded, exercise books only
  from the school shop and not from 淘宝, a colleague added on WeChat for a concert photo, an optician's receipt number
  kept, a cobbler's stall approved by the street office, an invoice header for glasses, calligraphy videos in a 钉钉
  group, a watch repairer's mobile passed to a colleague for the boss, a keyboard sold on 闲鱼, wool socks learnt from
  小红书, a parents' committee's art kits paid by group collection, a stolen WeChat account and classmates re-added, a
  tuner's quote checked at a piano shop, a watch-restoring video on 抖音, moe.gov.cn on workbook lists, a raffle QR
  code at the annual meeting, the chamber's 400 number, a book bought in a second-hand group, a tailor's payment
  code, store points); 10 members asking or recommending (watch batteries, a piano teacher, an optician, a physics
  workbook to copy, knitting for a mother, a cobbler at the market, magnetic tiles, a stationery shop, brushes for a
  class, a tailor for a qipao); 10 warnings quoting or describing the scam (“教材代购九折，先付定金”, a text about a glasses
  order, free piano tuning that ends in a bill, “手工串珠在家做…先交押金”, a watch stall swapping movements, a fake teacher
  collecting money, “二手乐器高价上门回收”, “儿童益智玩具零元领”, “配镜全免费，只需扫码注册”, calligraphy “masters” taking fees); 17 lines with
  numbers that are not contacts (an order number, an expense claim, an exam room and ticket digits, a waybill,
  stationery issued, a staff number, a prescription, a parcel-station code, a meeting room and date, exam marks, an
  invoice number, a licence plate, balls of wool, a hotel room and repair slip, a step count, uniform sizes, a
  meeting id and password); 7 organisers' and admins' own notices (a group rule banning stationery, workbook,
  instrument, glasses and shoe and watch repair ads, a removed account that pushed second-hand textbooks, a parents'
  meeting, a water cut, a store's members' day, a chamber's spring gathering, an alumni anniversary); 27 lines of
  everyday chat; 5 heated arguments without any selling (piano practice late at night, a moved bicycle, expenses
  unpaid, snide remarks in the group, months of drilling); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_64 = """
开学季文具批发，中性笔、作业本、包书皮一箱起批，量大价优，联系王老板 13967214853
孩子初中三年的课本和《五三》都用不上了，整箱便宜出，要的私我
绘本馆会员年卡特价399，借阅不限本数还能送书上门，加微信 huiben_mama2026 报名
老琴调律修音、换弦槌，二十多年手艺，搬琴也接，请打座机 0571-86213470 找沈师傅
手工毛线帽子围巾接定制，颜色尺寸随你挑，V：zhiyi_knit，微信同名
周末亲子手工材料包，滴胶、香薰蜡烛、超轻黏土都有，淘宝搜店名「巧手小屋」
湖笔徽墨宣纸厂家直销，书画社团购另有折扣，QQ 2847163590 咨询
眼镜店开业五周年，电脑验光不收钱，配第二副镜片只要半价，订位打 400-820-6137
我妈在家做了三十年裁缝，改衣服缝拉链换裤腰都行，价钱好商量，她手机 15837260914
修鞋修包换拉链，皮具护理翻新，微信小程序搜“老周皮具”能在线下单，上门取件
手表维修保养，换电池洗油抛光，国产表瑞士表都接，店在哪、修表视频都在抖音号 laoli_watch
闲置一台雅马哈电子琴，孩子不学了，八成新八百块，闲鱼搜“琴声依旧”就是我
教辅互换的钉钉群号 736281945，出书收书都在里头，进群把备注改成孩子班级
承接学校美术课材料包、书法用品定制，批量报价请发邮件到 moxiang_art@163.com
暑假少儿硬笔书法网课开始报名了 https://kurl.cn/8FhT2q 前五十名送字帖一套
本人上门钢琴调音、老琴修复，电话微信同号 18657320491 刘师傅
我姐开的玩具批发店清库存，乐高积木遥控车都有，要的加她微信 xiaoyu_toys88
我平时钩的编织包和图解都放小红书了，账号叫“棒针阿绵”，看中哪个能直接拍
自家厂里做的学生笔袋文具盒，拼多多搜“乐学文具坊”，跟超市同款只要一半价
给外孙织毛衣剩了好多毛线，纯羊毛的，五块钱一团处理掉，有需要的私聊我
我老公在眼镜厂上班，能拿内部价配近视镜，一百多就能配副好的，想配的私信我
书画爱好者交流群每周有老师直播点评作品，想进的扫我朋友圈置顶那张二维码
城东老街张记裁缝铺，西装旗袍定做、改衣改裤，地址老街十八号，电话 0512-65238714
钢琴陪练一对一，音乐学院在读学生，第一节课免费，QQ群 592847316
二手民谣吉他一把，琴弦刚换的，三百自提，电话 𝟏𝟑𝟗 𝟎𝟔𝟐𝟖 𝟕𝟒𝟓𝟏
上门改衣服改窗帘，量好尺寸当天做好，手机⑴⑶⑸⑵⑺⑻⑷⑼⑹⑹⑴
修表换表带，老师傅手艺，电话⒈⒏⒐ ⒎⒉⒊⒋ ⒌⒍⒏⒐
少儿书法暑期班招生啦，咨询手机 ㊀㊂㊇ ㊄㊆㊁㊈ 〇㊃㊅㊅
家里囤的彩铅水彩笔太多了，低价转给大家，加我 ㈠㈤㈥㈡㈧㈣〇㈦㈨㈢㈠，微信就是这个
眼镜维修换鼻托换镜腿五块起，店话 𝟙𝟟𝟟 𝟚𝟘𝟛𝟡 𝟠𝟞𝟝𝟜
绘本分级阅读打卡营，9.9元21天，进🐧群 618273954 领电子资料
手工刺绣材料包，苏绣入门款，🍑宝搜“绣娘小院”，新人领五元券
儿子的乐高城市系列全套出，盒子说明书都在，闲🐟搜用户名“积木老爸”
专业修包换五金、补皮面，加徵信 xiubao_laoma 发图报价
钢琴陪练老师，在校音乐生，一小时八十，Vх：lіn_pіаnо88
毛线编织班开课了，零基础包教会，🆀🆀群 470359128
定制手工皮鞋，量脚打版，老手艺，ウィーチャット：shoemaker_chen
二手小提琴4/4尺寸，琴弓琴盒松香全套，𝓿𝔁：violin2hand
修表的老师傅号码按笔画数拼：一大星、正十李木、林米〇一，每个字几画就是几，〇是零
钢琴调律预约，手机号换成十六进制是 339F81703，自己换回十进制再打
二手教辅成套出，手机号用天干写：甲丙戊 己壬庚乙 丁辛癸甲，甲是一、乙是二，依次往下，癸当零
毛衣编织代工，微信号就是手机号，照钟面念：🕐🕗🕔 🕓🕖🕑🕙 🕒🕘🕕🕐，十点算零
书画装裱、老画修复，电话用印度数字写的：१५९ ३२७८ ०४६१
二手立式钢琴出，联系我手机：один три семь, два ноль пять восемь, шесть четыре девять один
做手工皮具的，电话用日语念：いち はち ろく、きゅう ゼロ さん に、なな よん ご はち
旗袍定制改衣，手机号每位写成罗马数字，N代表零：I V VIII · III N IX VI · II VII IV I
儿童绘本整箱处理，微信号的字母按A换Z、B换Y那样对调过：nrmtsfz，后面跟2046
修鞋兼配钥匙，老汪的联系电话写成算筹了：𝍠𝍤𝍥 𝍦𝍧〇𝍣 𝍨𝍡𝍤𝍢，〇是零
高三全套教辅九成新，一套八十，周六上午摆在三号楼车库门口，自己翻，钱放旁边铁盒里
我家老公调钢琴二十年了，一次一百五，想调的在自家门上贴张便利贴，他周日沿着楼栋挨个敲门
织了十几条围巾，一条六十，羊绒的，想要哪个颜色发条语音报给我，晚上统一发货
新开的眼镜店配镜全场六折，戴着旧眼镜来，旧镜框还能抵三十，就在地铁C口右手边第二家
改裤脚十块一条，把要改的裤子用夹子夹好写上门牌，挂我家门把手上，第二天来取
修鞋换跟的师傅傍晚来收活，把鞋装袋放一楼快递柜旁边的纸箱里，修好原样放回，钱回头给他
换手表电池一个二十块，明天午休我带着工具坐在会议室B，拿着表进来就行，门不关
家里绘本太多了，三十本打包五十，晚上下楼看见我牵着那只金毛就叫住我
毛笔宣纸墨汁按批发价处理，周末书法班下课我把货摆在教室后排桌上，桌角贴着付款码
手工香皂材料包十五一套，想给孩子做的把钱夹在作业本里，让孩子交给我家小宝
文具店开业三天凭学生证买一送一，就在学校北门斜对面黄色招牌那家，放学顺路进来看看
二手尤克里里两把，一百二一把，晚上八点小区凉亭那边听到琴声就是我，过来试弹
"""

NEGATIVE_64 = """
孩子的教辅是在拼多多买的，今天到了一看缺了二十页，已经申请退款了
班主任说练字本统一在学校小卖部买，别在淘宝上另买，格子规格不一样
张姐，刚加了你微信，周五钢琴演出的合影原图发你了，记得查收
眼镜店说镜片质保一年，小票上的单号 YJ20261103-058 我拍照存了，坏了好找他们
物业说小区门口那个修鞋摊是街道批过的便民点，大家放心用
上回团购防蓝光眼镜的发票，抬头开成了分公司，财务退回来让重开，我下午跑一趟店里
学校发的书法课视频在班级钉钉群里，家长们记得让孩子看一下
@小周 王总的表走时不准要修，师傅电话 136 8845 1207，你帮王总约周四下午
刚在闲鱼把儿子的电子琴卖掉了，买家就是隔壁小区的，自己开车来搬走的
在小红书看到有人教织毛线袜，跟着学了一晚上，总算织出了一只
家委会统一采购的美术材料包每人45元，群收款已经发了，周五截止
之前的微信号被盗了，群里的同学我都重新加了一遍，没通过的看看验证消息
上门调音的师傅说琴的击弦机要换，报价一千二，我先去琴行问问再说
抖音上那个修复老怀表的视频太解压了，我昨晚刷到一点多
教育部网站 moe.gov.cn 上有今年的教辅目录通知，家长不用再另外买了
年会大屏上那个码是抽奖用的，扫完填自己工号，一等奖是支万宝龙，别跟签到码搞混了
群公告里那个400电话是商会秘书处的，会费的事打那个问就行
在二手群里收了一套《新概念英语》，卖家人挺好，还送了她的笔记
刚扫了裁缝店墙上的付款码，改裤脚才十五，比我想的便宜多了
我手上还剩两千多积分，店员说月底作废，打算换两本手账本给闺女
谁知道附近哪里能换手表电池？商场里那家关门了
闺女吵着要学琴，六岁半一点基础没有，二小附近谁家孩子跟过觉得有耐心的老师？
三楼那家眼镜店验光挺仔细的，我女儿在那配了两年，度数一直很准
谁家有初二的物理练习册，借我复印几页，明天一早就还
想教我妈织毛衣，大家有推荐的入门书或者视频吗
菜市场门口修鞋的老爷子手艺真好，我那双靴子开胶了，他十分钟就粘好了
谁家小朋友玩过那种磁力拼搭片？我家老二生日想送，又怕玩两天就扔角落
东门拐角那家小文具店的笔芯论盒卖比超市实惠不少，老板还帮孩子包书皮，真心推荐
书法班用的毛笔是兼毫还是狼毫？老师上次说了我没记住
有认识会改旗袍的裁缝吗？我妈那件腰大了，想收一收
大家注意，有人私聊家长说“教材代购九折，先付定金”，别信，学校根本不让代购
我妈手机收到一条说她配镜的单子出问题、让点网址退差价的，一看就是骗人的，已经帮她删了
小区里有人上门说免费调钢琴，调完说零件坏了要收八百，三楼邻居已经被坑了
那个“手工串珠在家做，一件两块，先交押金领材料”的全是骗局，我表姐交了三百没下文
别去天桥下面那个修名表的摊子，有人的机芯被换成便宜货了
今天又有个假冒的“王老师”小号拉家长进新群收练习册钱，真王老师就在这个群，认准头像
提醒一下，“二手乐器高价上门回收”的传单是骗人的，来了就往死里压价
网上说“儿童益智玩具零元领，只付邮费”，结果偷偷扣了三个月会员费，大家小心
有人在业主群发“配镜全免费，只需扫码注册”，我已经举报了，大家别扫
那些自称书法大师收徒的，先收几万拜师费，家长们擦亮眼睛
描红本那单 2026112584731 还差一本没发，客服说缺货要等到下礼拜
报销单第0347号，采购办公文具合计1286.50元，请财务审核
钢琴考级在305教室，上午九点半开始，准考证号后四位6172
顺丰 SF1402986537214 在中转站卡了两天，图画书怕是周末前到不了
本月文具领用：签字笔48支，A4纸12包，订书钉6盒
我工号20417，年会居然抽中了一支钢笔
验光单上写着右眼350度，左眼400度，还有75度散光
毛线到菜鸟驿站了，码是 6-3-2089，谁顺路帮我带上来，搁门口鞋柜上就行
12月3号下午两点，商会B205会议室，议题是明年年会的安排
数学考了97，语文只有81，作文扣了十二分，回家又哭了一场
画架那张票的号码是04418823，560块，我贴在报销单背面了
浙A7K392的车主，你的车灯一直亮着没关
这件毛衣用了11团线，每团50克，前后织了两个星期
酒店1507那间的热水器不出热水，前台给了张维修单 R-33810，说半小时内上来
今天走了18236步，跑了三个菜市场才配到合适的纽扣
校服尺码统计：110码5件，120码13件，130码9件
腾讯会议号573 921 806，密码862441，十点准时开始
再强调一遍：群里不许推销学习用品、教辅、乐器、配镜和修鞋修表这些生意，看到一次踢一次
那个冒充家长、隔三差五甩二手课本代卖链接的微信号，管理员刚踢了，顺手拉黑就好
下周四晚七点开本学期第二次家长会，就在咱们三班，爸妈来一位就可以，进门记得签到
物业通知：管网检修，本周六早八点到中午十二点整个小区停水，楼顶水箱也放空，请各户先接好水
本店VIP会员日这个周日开场，全场九折，收银时报手机尾号查会员就可以
商会新春联谊会报名到月底截止，请各会员企业在群里接龙
母校建校七十年的庆典放在十月中旬，打算回去的校友麻烦在接龙里写上届别和班级
九点才从工位上下来，意外发现二楼食堂还留着一锅番茄炒蛋
突然下大雨了，前台柜子里还有两把公用伞，急着走的先拿
小丫头今天头一回没看谱把《欢乐颂》右手弹下来了，在琴凳上蹦了半天
奶奶织的毛衣又大了一圈，她说明年还能穿
这周的周报大家周五下班前交一下哈
阳台那盆绿萝爬了满窗，今天终于狠心剪短了一半
新配的眼镜还不太习惯，下台阶有点晃
儿子把橡皮切成小块说要刻印章，桌上全是渣
我爸那块表戴了三十年还在走，真是老物件了
明天谁去接孩子？我下午要开会
今晚的书法课改到七点半，老师临时有点事
刚把冬天的被子晒了，今天太阳真好
皮鞋的鞋跟磨歪了，走路一瘸一拐的，哈哈
同学们还记得高三那本翻烂了的英语词汇书吗？我居然还留着
昨天包了一百多个饺子，吃不完全塞冰箱冷冻层了，够吃一礼拜
周末带孩子去公园写生，他画了一下午的鸭子
这个月团建想去哪儿，大家投个票
妈，你的老花镜我放在电视柜上了
今天开会老板表扬我们组了，晚上奶茶我请
手工课做的黏土小猪被弟弟捏扁了，哭了半天
钢琴搬到客厅以后，猫天天在琴键上散步
昨晚那场球谁熬夜看了？补时阶段那个头球我从沙发上直接跳起来
外套扣子掉了一颗，晚上回去自己缝一下
天气预报说周一要降八度，老人孩子记得把秋裤翻出来
周二评审会的记录我理了一遍，重点用黄色标出来了，在群共享里
谢谢刘老师，孩子回家一直念叨今天美术课画的那只刺猬
钓友们，周六早上五点水库老地方集合，谁带了多余的饵料？
你家孩子晚上十一点还在练琴，我们家老人心脏不好经不起吵，讲了三次了当耳旁风？
谁把我放在楼道的自行车挪走了？有本事站出来说！
报销拖了三个月了，财务到底是干什么吃的
有话直说行不行，在群里拐弯抹角骂人算什么本事
你家装修敲了一个月墙了，周末都不让人歇，太过分了
My son needs glue sticks by Monday; does the small stationery shop downstairs open at weekends?
Thanks for the knitting pattern, my scarf finally looks like a scarf.
阿嬤的老花眼鏡又找不到了，最後在冰箱上面找到
今天書法課寫了一整張「永」字，手都酸了
"""
