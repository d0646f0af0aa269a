"""Hold-out set 75 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-74 (see holdout_data.py; sets 69 to 74 were studied in this
session), at the same time as set 76 (written by another helper; this set was checked by the same script against set
76's lines as they stood when this one was finished, unread: highest ratio 0.465 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-74), printed with ast.get_docstring, and
holdout73_lines.py and holdout74_lines.py only for their module docstrings, printed the same way (the file format, the
docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below the
docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be paged through,
nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root). The benchmarks folder was not listed; set 76's file was only checked for existence by its exact path
(test -f, before every run of the script; it existed from the first run on) and only loaded by the similarity script,
which never printed its lines. The folder holding the similarity script was not listed and no file in it was opened;
the script was only run, always with set 76's file. No slip to report: nothing outside these limits was opened, listed
or run. The lines were drafted in the writer's own temporary folder and written to this file by a small script of the
writer's own (which also turned digits and letters into the other scripts below), and the similarity script then read
it: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run at the required floor
of 0.49 and then at 0.47, to find the lines standing just below it. No line is copied from earlier sets or from the
training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.468),
against every line of the training dump at most 0.49 (highest 0.462), against set 76 at most 0.49 (highest 0.465), and
no two lines of this set exceed 0.49 against each other (highest 0.387).

Forty lines were rewritten for similarity, eight of them twice and one of those a third time (forty-nine rewrites),
each time with new wording, not a synonym swap; besides, after the last pass six lines were made plainer for their
labels (three searches on 小红书, 视频号 and 大众点评 and one on 抖音 now say the shop or account is the writer's own, so that
none reads as a member recommending someone else's; the 《春晓》 code now asks for the first letters of the pinyin, as the
声母 of 春 would be ch; a class's costumes are for the New Year show, not 六一), then checked again at 0.47 (none stood
there). In the first pass, with set 76's file passed from the first run on, thirty-two stood at 0.49 or more (0.895 at
most, osmanthus in bloom downstairs, against the hold-out dump), twenty-five against the hold-out dump, seven against
the training dump (an intern's report, a nail's lost rhinestone, a factory's shop on 拼多多 in the variant 拼夛夛, a wife's
scalp care with a mobile, a badminton game, a down jacket's sleeves to shorten, the osmanthus again) and six against
set 76 (a day's steps, 0.828; a meeting moved, 0.667; the osmanthus, 0.579; the removed advertiser, 0.567; days of
leave, 0.545; the 12315 complaint line, 0.516): among the positives the 拼夛夛 shop (0.582), trousers to alter left on a
door handle (0.571), a clearance on a short link (0.554), the scalp care (0.529), a mobile set out in mahjong tiles
(0.528), a WeChat id from the initials of a line of 《春晓》 (0.523), a mobile in double-struck digits (0.522), one by
playing-card values and one by stroke counts (both 0.500): none of these codes is listed by the docstrings read, and
after rewording none stood near the floor again, so they were kept; among the negatives the osmanthus, the steps, the
meeting, a cold morning, the 12315 line, a ninety-year-old grandmother's monthly perm, the intern, a child's marks,
the removed advertiser, the canteen's braised pork, the rhinestone, a wig-agency warning, a quilt on the balcony, the
days of leave, the group rule, the badminton game, the alumni day's photo, an expense claim, the sleeves, a crowded
metro, a dress-hire contract's number, the company 公众号 and the second English line. In the second pass five that still
stood at 0.49 or more: a rope-skipping count (0.591 against the hold-out dump, now a grandfather's 1987 sewing
machine), a bird-watching trip asking to borrow a lens (0.588 against the training dump, now a reading club's
chapter), the English line again (0.581), the removed advertiser (0.525) and the contract (0.523), the last three
against the hold-out dump. In the third pass one: the English line a third time (0.496). A run at 0.49 then found
none. In the fourth pass, at 0.47, nine standing between 0.471 and 0.486: among the positives the writer's family
shoe-care shop on 拼多多 (0.484), a father's haircuts under a tree at the south gate (0.474, against the training dump)
and a mobile in the months' literary names, 正月 桂月 菊月… (0.478 against set 76, which seems to use a like code, so it was
dropped for snooker ball values); among the negatives the canteen a second time (0.486), an SF waybill for fabric
samples (0.481), a new assistant's mobile in the salon's staff group (0.480, against the training dump), a daughter
cutting a doll's hair (0.476), a parcel's pickup code (0.473) and the first English line (0.471). In the fifth pass
two: the first English line again (0.486) and the waybill again (0.479). In the sixth pass, at 0.47, none, and none
after the label edits above. Lengths run from 21 to 60 characters for the positives and 14 to 75 for the negatives.
The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 75 focuses on beauty, hair and nails, and clothing sold into groups by members and small shops: hair salons and
barbers with prepaid cards (a new salon at the estate's gate, a family salon's card, a salon pushing cards to meet its
target, a barber's shop on Xingfu Road, a salon's group-buy on 大众点评, a stylist's private clients by QQ, a retired
barber's haircuts under a tree), nail and eyelash studios working from home (a home studio in building 7, a nail
shop's styles on 小红书, nails done at the customer's home, lashes with a price list in the group album, an apprentice's
models, nails on a roof terrace at tea time), permanent make-up (brows, eyeliner and lips, an old brow artist, brows
by the stems' code, a tout leading a visit to a shop from a metro exit), skincare 'by a cousin who works at the
counter' (a cousin at a Lancôme counter, a cousin at a duty-free shop, anti-hair-loss shampoo through a friend, a
beauty parlour's first facial, one-to-one skin care), second-hand and surplus clothes (a daughter's outgrown clothes
on 闲鱼, one's own hanfu, Dongdaemun surplus on a short link, a factory's shop on 拼多多, surplus by the jin, a coat,
designer bags, a wardrobe cleared in a garage), tailoring and alterations (a tailor moved above the market, bespoke
suits by e-mail, alterations taught live on 快手 and qipaos cut live on 视频号, clothes remade for children, waistbands and
sleeves taken from a washing line), children's clothes handed down for a fee (a box of winter clothes at the
basketball court, kindergarten uniforms' surplus), shoe repair and cleaning (a cobbler's 公众号, heels and soles, shoes
washed from a basket by the parcel lockers, old shoes refurbished), laundry pick-up (a dry cleaner's mini-program, a
sister's laundry, dry cleaning from a lobby box, pick-up by a split 号, used clothes bought by weight on a 400 line, a
father buying old clothes), wig and hair-extension sellers (real-hair wigs live on 抖音, extensions and braids,
hand-made false lashes, wigs to try on at a seniors' university), beside ordinary chat in company work groups, a
department group, a salon's own staff group, neighbourhood and owners' groups, family groups, a parents' class group,
an alumni group and hobby groups (photography, a reading club).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a new salon's prepaid card with a spaced mobile
and the stylist's name; a home nail studio with a 微信 id; permanent make-up with a plain mobile and "同号微信"; a cousin's
counter-price skincare with "V："; a tailor's landline; a daughter's outgrown clothes with "闲鱼搜"; a cobbler's 公众号 to
order in; a dry cleaner's mini-program to search; wigs on an 抖音号's evening live stream; alterations with "快手搜" and a
快手号; Dongdaemun surplus on a short link, tb.cn/…; bespoke suits by e-mail; the writer's family shoe-care shop on 拼多多
by name; a stylist's private clients by QQ; a wife's eyelash studio with a dashed mobile; a sister's laundry with a
spaced mobile; the writer's nail shop on 小红书 by name; a barber's address and landline; "视频号搜" the writer's qipao live
stream; a friend's shampoo with a 微信号 and the group to note; one's own hanfu with a 闲鱼 ID; "大众点评搜" the writer's salon;
a wife's scalp care with a plain mobile; used clothes by the jin on a 400 line with an extension), 14 moderately, with
disguises the docstrings read do not list (Devanagari digits १३९…; Bengali digits ১৫৮…; Tibetan digits ༡༨༧…; Mongolian
digits ᠑᠓᠖…; counting-rod numerals 𝍠𝍢𝍧 with 〇 for zero; double-struck digits 𝟙𝟠𝟚…; Cyrillic Вх for VX; Fraktur letters
𝔳𝔵 and an id in Fraktur; the homophone 维新 for 微信; the homophone 掏宝 for 淘宝; 号 split into 口丂; 抖 split into 扌斗; 拼多多 spelt
with the variant 夛, 拼夛夛; 微信 spelt in pinyin with its tones, wēixìn) and 10 heavily, with codes the docstrings read do
not list (a mobile in the heavenly stems, 甲 丙 己…, 癸 as zero; a mobile in a resistor's colour bands, 棕 橙 灰…; a mobile
as the last digit of products from the multiplication rhyme, 三七 五七 三三…; a mobile as the stroke counts of characters, 一
雨 十…, ten strokes as zero; a mobile in mahjong tiles of the characters suit, 🀇🀉🀏…, the white dragon as zero; a WeChat
id as the first letters of the pinyin of "春眠不觉晓" plus four digits; a mobile as shapes' numbers of sides, 直线 三角 五边…,
the circle as zero; a mobile as playing-card values, A 5 9…, ten as zero; a mobile as snooker balls' values, 红 绿 黑…; a
mobile in English homophones, won ate tree, too oh won for…) and 12 subtle (an offer with a call to action only, none
quoted by the docstrings read): waistbands and sleeves altered at fifteen, the clothes pegged at the east end of
building 5's washing line with a name on the peg, collected every evening; dry cleaning at twelve, the clothes left in
a blue box in building 3's lobby before half past seven with a slip of the flat number in a pocket; nails done on the
twelfth-floor roof terrace at Friday's tea time, forty for a plain colour; a father, once a barber at a state-run
shop, cutting old men's hair under the big pagoda tree at the south gate on Tuesday mornings, ten a head; a box of
size-120 winter clothes for eighty, on the bench by the basketball court at nine on Saturday; shoes washed at twenty,
left in the plastic basket by the parcel lockers with a peg naming the building, returned on Thursday evening; a
cousin's duty-free creams, the money and a list clipped into the writer's desk calendar; wigs to try on at a table in
the seniors' university's ground-floor corridor from two to four; a visit to a brow shop from a metro exit at ten on
Sunday, twenty per cent off that day; a salon's card, one thousand with five hundred free, paid in cash in the canteen
queue; eyelashes at ninety-eight, a date written as a comment under the price list in the group album; thirty-odd
dresses and coats laid out at the writer's garage door on Sunday afternoon, the money into a biscuit tin. About a
dozen positives are written the way members casually sell in a group (a cousin's counter-price skincare, a daughter's
outgrown clothes, the writer's family shoe-care shop, a wife's eyelash studio, a sister's laundry, a friend's shampoo,
the writer's own hanfu, a wife's scalp care, a father's old-clothes buying, a father's haircuts, a cousin's duty-free
creams, the writer's own wardrobe and nails, the writer's salon's cards).

- `POSITIVE_75` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_75` (100 lines): 20 that look dangerous at first sight (a make-up artist's mobile passed to a colleague
  for a launch, a new salon assistant's mobile in the staff rota, a 京东 order number for a hair dryer's expenses, an SF
  waybill for fabric samples, the group company's 公众号 post on uniform sizes, a curling iron's price at the official
  store, the property's own mini-program for repairs, the 12315 platform for a salon that ran off with prepaid money,
  a client's mobile's last four digits in the salon's staff group, a uniform supplier's new contact for the accounts,
  a dry cleaner's ticket number, a dress-hire contract's deposit receipt, a school's official 公众号 for uniforms, show
  costumes bought on 拼多多 by the class teacher, a parcel's pickup code, a hotel's events landline, a company card's
  last four digits, a 美团 voucher's code, HR's e-mail for a medical report, the salon's own official 抖音 account in its
  staff group); 10 members asking or recommending (a tailor for a down jacket's sleeves, a children's barber, a
  cobbler at the mall, a wig for a mother after chemotherapy, washing after permanent brows, a school coat to borrow,
  a laundry at the east gate, nails thinned by manicures, non-iron work shirts, hanfu for a graduation); 10 warnings
  quoting or describing the scam or ad ("充值三千终身免费剪发", "专柜同款，工厂直供，一件代发", a free beauty trial that turns into a card
  sale, "旧衣上门回收，现场给钱" with rigged scales, "99元祛斑，无效退款", "发膜代理" and "宝妈在家也能月入两万", "洗衣卡充五百送五百", a fake refund call for a
  cashmere coat, a fake courier's "您的衣服丢了，加我理赔", home brow studios' "三百包做包补"); 17 lines with numbers that are not
  contacts (a waist and inseam, school uniforms by size, a barber's queue, a manicure's hours, a sewing machine's
  year, a day's steps, a washing machine's wool setting, a weekly report's columns, a pair of shoes resoled, a child's
  shoe size, a reunion's sign-ups, yarn for a jumper, days of leave, hair grown for four years, parking fees, travel
  receipts, sewing-machine needles); 7 organisers' and admins' own notices (a group rule banning salon cards, nails
  and lashes, brow tattooing, skincare 代购 and clothing ads, a removed account that pushed an eyelash serum by private
  message, a salon's stocktaking, the parents' committee handing out show costumes, the alumni day's gowns for the
  photo, new work uniforms measured, the old-clothes bin cleared by the street office); 27 lines of everyday chat
  (some about haircuts, nails, perms, hair dye, old coats, a qipao, shoes and school-uniform labels, and the salon's
  own busy day in its staff group); 5 heated arguments without any selling (dog hair on washing in the stairwell, hair
  dryers taken in the salon, a shared clothes-line hogged, a daughter's skirt criticised, an unflattering edited
  photo); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_75 = """
小区门口“剪刀手”理发店新开张，充500送200，预约电话 138 2716 4059 找阿杰
在家做美甲美睫，工作室在碧桂园7栋，纯色39，猫眼58，微信：nail_xiaoyu0612
半永久雾眉、美瞳线、水晶唇，老纹眉修复也能做，手机15937208846，同号微信
表姐在商场兰蔻专柜，员工内购价拿小黑瓶和粉水，需要的加我V：lancou_jiejie88
裁缝铺搬到菜场二楼了，改裤脚、换拉链、旗袍定做都接，座机 0571-8826 3417
闺女穿小的童装，九成新，110到130码都有，一袋五十块，闲鱼搜“朵朵妈的衣柜”
洗鞋补鞋、包包翻新，上门收件，公众号“鞋匠老周”里直接下单，三天送回
干洗上门取送，衬衫8元一件，羽绒服45，微信小程序搜“洁衣到家”下单
真人发假发、接发片都有，化疗后的阿姨也能来挑，抖音号 fafa_wig2021 每晚八点直播
快手搜“阿梅改衣服”，每天下午直播教改旧衣，也接单，快手号 amei6688
韩版女装尾货，走的是东大门的货，二十九起，戳 https://tb.cn/x7KqP2m 进店
定制西装衬衫，量体上门，面料样册可以寄，邮件联系 tailor.lin@163.com
我家自己开的鞋护店上了拼多多，店名“小胖鞋油护理”，鞋刷鞋油套装九块九包邮
发型师接私单，烫染七折，周一到周五下午都有空，QQ 2873516490
睫毛嫁接学徒招模特，材料费30，我老婆的工作室，电话 186-0294-7713
同事们，我妹妹开了家小洗衣店，送洗三件以上上门取，号码 177 0518 2936
我家美甲店在小红书叫“青禾美甲”，一百多个款都在笔记里，看中了截图来店里做
男士理发十五，老人十块，幸福路128号“老陈理发”，电话 0755-2641 3308
视频号搜“王姐做衣裳”就是我，每天中午直播裁布做旗袍，报尺寸可以定做
防脱洗发水，朋友代理的，保证正品，微信号 hair_dr_zhao，加的时候备注群名
卖自己攒的汉服，穿过一两次，都在闲鱼，ID：汉服阿柒
我们店大众点评搜“剪发小馆（万达店）”，团购39元洗剪吹，周末也不用排队
我爱人学的头皮护理，在家里给人做，一小时一百三十八，要做的打 13651987204
上门收旧衣服按斤算，羽绒服另外计价，打 400-882-5107 转 3
自家理发店办卡充三百送八十，手机 १३९ ०६२७ ४८१५ 找小刘
美甲上门，做一套送卸甲，电话 ১৫৮ ৩৯২০ ৭৪৬১，晚上也接
二手名牌包和大衣低价出，看货打 ༡༨༧ ༤༥༠༣ ༩༢༦༨
纹眉老师傅，做了二十年，号码 ᠑᠓᠖ ᠒᠘᠑᠔ ᠐᠗᠕᠓
补鞋换跟钉掌都做，号码 𝍠𝍢𝍧 〇𝍤𝍥𝍡 𝍦𝍣𝍨𝍠
幼儿园园服厂家尾单，码全，一手拿货找唐姐 𝟙𝟠𝟚 𝟟𝟛𝟘𝟡 𝟞𝟙𝟜𝟠
接发、编发、假发片都有，Вх：jiefa_lulu520
皮肤管理一对一，𝔳𝔵：𝔪𝔦𝔫𝔤𝔶𝔞𝔫_𝔰𝔨𝔦𝔫
旧衣改童装，一件八十，我维新号 gaiyi_chen77
掏宝搜“喵喵假睫毛”，手工单簇的，我自己店
洗衣上门取件，手机口丂 152 6083 9471
扌斗音搜“剪发的老王”就是我，教在家给孩子剪头，也接上门
拼夛夛上我们厂的店叫“布衣坊女装”，厂里直发，价格差不多是商场的一半
wēixìn：meiyi_studio，美容院新客体验脸部护理九十九
纹绣预约，手机按天干的顺序念，癸算零：甲丙己 戊乙癸壬 庚辛丁甲
洗护上门，电话按电阻色环读：棕橙灰 红黑紫黄 蓝白绿棕
我家改衣服，号码是这些口诀得数的个位：三七 五七 三三，七九 五六 四八 四四，四七 三八 三九 三七
约美甲的手机号数笔画就出来了，十画的字算0：一 雨 十，衣 家 美 我，大 中 田 雨
我爸收旧衣服，他号码我用麻将摆的，万字几就是几，白板是零：🀇🀉🀏 🀌🀆🀈🀍 🀋🀇🀎🀊
女装尾货论斤卖，加我的话，vx是孟浩然“春眠不觉晓”五个字拼音的头一个字母，再跟0817
剪发预约，手机号按图形的边数，圆算零：直线 三角 五边，圆 正方 六边 八边，九边 七边 三角 正方
卖闲置大衣，号码是我按扑克点数写的（A当1，10当0）：A 5 9，2 10 7 3，8 6 4 A
烫染找我，电话按斯诺克各色球的分值念：红 绿 黑，黄 蓝 粉 棕，绿 红 黑 黄
旧鞋翻新，电话用英文谐音写的：won ate tree, too oh won for, ate tree oh too
改裤腰改袖长一件十五，衣服用夹子夹在五号楼晾衣绳最东头，夹子上贴名字，我每天傍晚收一趟
干洗一件十二，明早七点半前把衣服放到三号楼大堂的蓝色箱子，口袋里塞张写房号的纸条
周五下午茶时间我带工具去十二楼露台，想做美甲的带上手就行，纯色四十
我爸以前是国营理发店的老师傅，周二上午在南门大槐树底下给老人推平头，十块一位
一整箱120码冬装，羽绒服都有，八十块打包，周六上午九点在篮球场边的长椅上，先到先拿
洗鞋二十一双，放一楼快递柜旁边的塑料筐，鞋舌夹个写楼号的晾衣夹，周四晚送回
表妹在免税店上班，带回一批面霜精华，比专柜便宜三成，钱和要的东西写纸上夹我台历里
假发新到一批，中老年短卷发居多，明天下午两点到四点我在老年大学一楼走廊摆桌，可以试戴
想做半永久眉的，周日早上十点地铁B口集合，我带你们去店里看效果，当天做打八折
我在的理发店冲业绩，充一千送五百，转账不方便的明天中午食堂排队时直接给我现金
在家做睫毛，单根嫁接九十八，想约哪天就在群相册那张价目表下面评论个日期
搬家清衣柜，连衣裙大衣三十多件，周日下午铺在我家车库门口，十块二十块随便挑，钱投饼干盒
"""

NEGATIVE_75 = """
王姐，明天发布会的化妆师电话是 139 2417 6085，你直接跟她对一下到场时间
排班表更新了：新来的助理小周周末上全天，她手机 158 3306 9127，调班先问她
我在京东买的吹风机，订单号 2948 1673 0582，发票抬头开的公司，谁帮我报一下
给工厂寄的布料小样已发顺丰，SF3069 7152 8804，周四能到，跟单的盯一下
集团公众号发了工服尺码登记的推文，表格链接在推文最下面，本周五前填完
上周在官方旗舰店买的卷发棒399，今天降到329了，能申请价保吗
物业的小程序“悦居管家”能报修楼道灯，我刚试了，半小时就有人来修
理发店关门卷款的，在12315平台上能在线登记，充值小票和聊天截图都要留好
客户李女士手机尾号4471，约的是周三下午两点烫发，大家别排重了
工服供应商换了对接人，新联系人陈经理 186 5520 3194，财务跟她对账
干洗店取衣单号A0827，我今天走不开，谁路过帮我取一下，钱已经付过了
年会礼服的租赁合同法务审完了，押金收据第0419号，明天一起交财务
校服在学校官方公众号“实验二小家校通”里订，尺码表也在里面
孩子的演出服是班主任统一在拼多多买的，每件46元，收据我发群文件了
驿站给我发了个取件码 6-2-3108，是给老妈网购的羊毛衫，谁顺路帮我捎上楼
酒店会务组的座机 021-6254 8830，化妆间的事直接打这个问
卡尾号3306的是公司卡，只能刷差旅，别拿去买私人的东西
刚在美团团的洗剪吹，付了58，券码 8837 2016，店员说明天还能用
人事的邮箱 hr@chenguang-tech.com，入职体检报告扫描发过去就行
店里抖音官方号昨天发的剪发视频播放过万了，大家有空去点个赞
我这件羽绒服袖子长了三指宽，这种能改吗？附近有会改的裁缝吗
求推荐小区附近给小孩剪头发的店，我家娃一剪就哭
万达三楼那家修鞋的手艺不错，我的靴子换底才四十，比买新的划算
想给我妈买一顶假发，她化疗后头发掉得厉害，大家在哪买过吗
问一下，做了半永久眉以后多久能洗脸？我明天约了
谁家有130码的校服外套穿不下的？想借一件救个急，孩子那件洗了没干
推荐东门那家洗衣店，羽绒服洗完蓬松得很，价格也公道
有没有姐妹知道美甲做完指甲变薄了怎么养回来
大家平时在哪买上班穿的衬衫？要免烫的，我这几件一洗就皱
想问问老师，毕业典礼的汉服是统一租还是各家自己准备？
楼下发传单说“充值三千终身免费剪发”，那店开了两个月就跑路了，别信
又来了，“专柜同款，工厂直供，一件代发”，这种面霜八成是三无产品
美容院说“免费体验一次”，结果躺上去就开始推卡，我婆婆被哄着刷了八千
最近有人在小区群发“旧衣上门回收，现场给钱”，称重时做手脚，别上当
提醒一下，抖音上那种“99元祛斑，无效退款”的，我同事脸都烂了
那种拉人做“发膜代理”的，开口就是“宝妈在家也能月入两万”，说到底是让你先囤货
“洗衣卡充五百送五百”这种，去年街口那家就是这样卷钱跑的
接到电话说我网购的羊绒大衣有质量问题要退款，让下载会议软件，明显是骗子
有人冒充快递员说“您的衣服丢了，加我理赔”，千万别点他发的链接
纹眉千万别去那种家庭作坊，说是“三百包做包补”，感染了没人管
量了一下，我腰围二尺一，裤长一百零二，这条裤子还得改短三公分
这次校服一共订了42套，120码8套，130码20套，140码14套
理发店排队我前面还有7个人，估计得等一个半小时
美甲店一套做了两个半小时，手都坐麻了
家里那台蝴蝶牌缝纫机是1987年外公结婚时买的，现在还能踩
陪丈母娘逛了一整天商场，就买了条围巾，手机上显示两万一千步
洗衣机说明书上写的是羊毛模式水温不超过30度
周报模板改了，第3栏填本周工时，第5栏写下周计划，别填反了
我这双鞋穿了五年，鞋底换过两次，还能再穿两年
孩子的鞋码一年涨了两个，去年还穿31，今年33都有点挤
同学聚会报名的有37个，比去年多了9个
一斤毛线能织一件150码的毛衣，我织了三个礼拜
还有5天年假没休，领导说过了年底就作废
头发长到腰了，留了整整四年，舍不得剪
车位费一年2400，物业说下个月开始交
这个月差旅报销一共18张票，打车的就占了11张
缝纫机针用的是14号，牛仔布要换16号的才扎得透
群规补一条：理发办卡、美甲睫毛、纹眉纹绣、代购护肤和卖衣服的广告一律不准发，发了就踢
刚清掉一个小号，进群就挨个私聊人买“睫毛增长液”，已拉黑，收到他消息直接删
店里通知：本周六盘点，上午不接预约，下午一点照常营业，请各位发型师调好班
家委会通知：下周三元旦演出服统一发放，放学后在班级门口领，不用另交钱
校友会通知：返校日合影统一穿学位服，没有的到二号楼领，拍完当场交回
行政通知：明年新工服下周一开始量尺寸，各部门按时间表到三楼培训室
业委会通知：小区西门的旧衣回收箱周五由街道统一清运，请勿堆放杂物
今天剪了个短发，老公回家愣了半天没认出来
我妈非要给我织毛裤，说冬天不穿老了腿疼
周末带儿子去理发，他非要剪个闪电图案
早上出门太急，两只鞋穿了不一样的，到公司才发现
衣柜又满了，明明一年穿的就那几件
刚做的法式美甲，洗个碗就崩了个角，气得我
下午的会谁去记一下，我要去接孩子
外婆的那件呢子大衣我一直留着，今年拿出来还能穿
隔壁组的打印机又卡纸了，都跑到我们这边来排队打
小区东边那排银杏全黄了，周末带孩子去捡了一兜叶子夹书里
食堂换了新师傅，番茄炒蛋居然放糖，北方来的同事集体抗议
店里今天客人特别多，大家辛苦了，晚上我请喝奶茶
烫头发那股药水味三天了还没散
闺女把芭比娃娃的头发全剪光了，说她以后要开理发店
读书会这个月读《围城》，周四晚上谁来领读第三章？
爸，您那双皮鞋我拿去修好了，周日回家带给您
天冷了，大家出门多穿点，别光顾着好看
毕业二十年了，看到老照片里的喇叭裤笑死我了
头一回自己染发，把卫生间的瓷砖染黄了一块
孩子校服的名字标签掉了，今晚得缝上
晚高峰地铁太挤，新买的大衣扣子被挤掉了一颗
今天的摄影作业谁交了？光圈那块我还没弄明白
太姥姥过九十大寿，非要穿那件枣红色缎面袄拍全家福
新买的白球鞋第一天就被踩了一脚
晚上读书会改到线上，会议号群主晚点会发
我老公自己学着给儿子推头，推成了狗啃的
第一次用烘干机，我那件羊毛衫缩成了童装
你家狗天天在楼道里掉毛，我刚洗的衣服挂外面全是狗毛，能不能管管！
谁把吹风机拿走不还？店里就三个，你们自己心里没数吗
晾衣杆是公用的，你家被子一晒就是一星期，别人还用不用了
你凭什么说我女儿的裙子太短？管好你自己家孩子吧
上次聚会把我P得那么胖还发群里，删了行不行，我都说三遍了
The salon downstairs adopted a grey cat and it naps on the waiting sofa.
My daughter begged for purple streaks before the school concert. I gave in.
今天去剪頭髮，師傅手藝真好，就是等太久了
外婆留下的那件旗袍，我請裁縫改了改，婚禮上穿正合適
"""
