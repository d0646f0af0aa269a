"""Hold-out set 79 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-78 (see holdout_data.py; sets 77 and 78 were studied in this
session), at the same time as set 80 (written by another helper; this set was checked by the same script against set
80's lines as they stood when this one was finished, unread: highest ratio 0.442 at the end, as the script showed
it), and kept unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model,
training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing
from qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was
opened only for its module docstring (the labelling rules and the history and topics of sets 1-78, which also names
the disguises and calls earlier sets' errors led to), printed with ast.get_docstring, and holdout77_lines.py and
holdout78_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings were
not read; the three docstrings were saved to the writer's own temporary folder to be paged through, nothing else in
them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's
root). The benchmarks folder was not listed; set 80's file was only checked for existence by its exact path (test
-f, before every run of the script; it did not exist at the first run and existed at every run after) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run. No slip to report: nothing outside these limits was
opened, listed or run. The lines were drafted in the writer's own temporary folder and written to this file by a
small script of the writer's own (which also turned digits and letters into the other scripts below and checked the
counts and the display width), and the similarity script then read it: it printed this set's lines and ratios, never
the dumps' or the partner's lines; it was run at the required floor of 0.49 and then at 0.47, to find the lines
standing just below it, and twice at 0.38 (the second after this docstring was written, with the same figures) to
see each group's highest (the script names only the group each line is closest to, and no line was closest to this
set's own lines at 0.38; the writer's own difflib check over this file's lines alone gave 0.348 for the closest
pair). No line is copied from earlier sets or from the training lines: every line's difflib ratio against every line
of the hold-out dump is at most 0.49 (highest 0.469), against every line of the training dump at most 0.49 (highest
0.464), against set 80 at most 0.49 (highest 0.442, as above), and no two lines of this set exceed 0.49 against each
other (highest 0.348).

Twenty-six lines were rewritten for similarity, four of them twice (thirty rewrites), each time with new wording,
not a synonym swap; besides, after the last pass three subtle positives were edited for their sense (prices written
四十一小时, 三十一户 and 五十一次 read as "forty-one hours", "thirty-one homes" and "fifty-one times", now
四十块一小时, 三十块一户 and 五十块一次), then checked again at 0.49 and at 0.47 (none stood there). In the first
pass, on this file alone (set 80's file did not exist yet), eighteen stood at 0.49 or more (0.917 at most, a
one-line reminder of a cold day, against the training dump), twelve against the hold-out dump and six against the
training dump: five positives (a mobile in Roman numerals with N as zero, 0.622: that code may have been used
before, so it was dropped for the resistor colour code; a drain-unblocker's landline, 0.568; a mobile laid out in
playing cards, 0.522, only reworded; a cousin's 月嫂 dates by WeChat id, 0.500; a carer's e-mail, 0.495) and
thirteen negatives (the cold day; a member asking a 月嫂's monthly price, 0.700; a badminton match's scores, 0.612;
a meeting moved, 0.593; a noodle shop opened at the gate, 0.588; a class teacher's cleaning-day sign-up, 0.581;
osmanthus in bloom, 0.571; an office's deep-clean notice, 0.540; the group rule, 0.526; an alumni reunion's
sign-ups, 0.509; the property's repair landline, 0.507; the removed advertiser, 0.493; a warning about a fake
property notice for free drain unblocking, 0.492). In the second pass, with set 80's file passed from then on, five:
the playing cards again (0.508 against set 80: set 80 may use a like code, so it was dropped for a mobile written as
the differences between its digits), a property's water-cut notice (0.571 against set 80, now a rubbish-collection
time notice), an alumni member not knowing himself in old dormitory photos (0.579 against set 80, now a
military-training photo), the cold day again (0.600 against the training dump, now a quilt aired in the sun) and the
cousin's 月嫂 dates again (0.494 against the training dump). After a run at 0.49 found none, in the third pass, at
0.47, six standing between 0.471 and 0.489: against the hold-out dump a cleaning firm's tax number posted for
expense claims (0.489, now one that does not match the contract), an electricity bill (0.489, now the cleaners a
family had in a year), a complaint's ticket number against an upstairs leak (0.488), a waterproofer's id in
Roman-numeral letters (0.486) and a dry cleaner's J&T waybill (0.472); against set 80 a fishing day rained off
(0.471). In the fourth pass one: the fishing day again (0.500 against the hold-out dump, now bird photographers in a
wetland). In the fifth pass, at 0.49 and at 0.47, none; once this docstring was written, the file was checked again
at 0.49 and at 0.47 (none). Lengths run from 30 to 63 characters for the positives and 14 to 85 for the negatives.
The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 79 focuses on household and home services sold into groups: housekeeping and hourly cleaners (a cleaner of five
years in the estate with a spaced mobile, a cousin's housekeeping firm by WeChat id, chores in Bengali digits, a
WeChat id from an acrostic of four foods, an aunt met in building 5's lobby, a broom-emoji QQ), nannies (a 小红书
nanny diary, a live-in nanny by "V：", nannies on 绿泡泡), 月嫂 and elderly carers (a cousin's 月嫂 dates by WeChat
id, a 月嫂 in Devanagari digits, a mobile from two children's birthdays, a sister-in-law's free slots talked over in
the community centre's mother-and-baby room, a hospital carer by e-mail, a QQ group of carers from the home village,
a carer's id in Fraktur letters, night care asked for through the seniors' room), deep cleaning and mite removal
(mite removal on 抖音, an after-renovation clean on 视频号, end-of-tenancy cleaning by WeChat id, a used mite vacuum
on 闲鱼, cleaning taught live on 扌斗音, wardrobe organising on 小鸿书, a mite machine booked by a reply in the
group), moving and rubbish removal (a 400 line with an extension, rubbish cleared by tricycle, small moves in
double-struck digits, a reversed mobile, a husband's van asked for through the guard), pest control (a 公众号 with a
word to reply, a brother's 拼多多 shop, mosquito spraying in Lao digits, a QQ in the heavenly stems, cockroach gel
laid in the property hall), locksmiths (a dashed mobile, Tibetan digits, a WeChat id in the NATO alphabet), pipe
unclogging and plumbing (a landline, a friend's plumbing by mobile, subscript digits, the resistor colour code, a
mobile written as differences, a plumber in building 8 called in the group), waterproofing and leak repair (a
mini-program of the writer's own, a 淘宝 shop of the writer's family, an id after ⅴⅹ, a free check at the pavilion
bench), drinking-water and gas-cylinder delivery (a short link, a gas mobile with "微信同号", an uncle's spring
water on 拼哆哆, empty buckets left at the door, cylinders changed at the east gate's bike shed, a QQ of three
public hotline numbers), laundry pick-up (a 快手 live room, parenthesised digits after 扣扣, bags hung on door
handles) and errand runners (a QQ, a 🐧 QQ, a weekday-coded mobile, a notebook at the corner shop's counter), beside
ordinary chat in owners' and neighbourhood groups, company work groups (including an office's facilities), a laundry
shop's own staff group, family groups, a parents' class group, an alumni group and hobby groups (badminton, fishing,
bird photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (an hourly cleaner with a spaced mobile; a
cousin's 月嫂 dates with a WeChat id; moving on a 400 line with an extension; drain unblocking with a landline; mite
removal live on an 抖音号; pest control on a 公众号 with a word to reply for a voucher; "微信小程序搜" the writer's
own leak-finding mini-program; water delivery on a short link, t.cn/…; laundry pick-up with "快手搜" and a live
room; "小红书" a nanny diary with a private message; a hospital carer by e-mail; a locksmith with a dashed mobile;
gas cylinders with a plain mobile and "微信同号"; errands by QQ; "闲鱼搜" the writer's used mite vacuum; "拼多多搜"
a brother's cockroach-gel shop; the writer's 视频号 for after-renovation cleaning; rubbish removal with a dashed
mobile; a cousin's housekeeping firm with a WeChat id and the group to name; a friend's plumbing with a spaced
mobile; a nanny with "V："; "淘宝搜" the writer's family's waterproofing shop and 旺旺; end-of-tenancy cleaning with
"微信："; carers from the home village pulled into a QQ group), 14 moderately, with disguises the docstrings read do
not list (Bengali digits ১৩৭…; Devanagari digits १८६…; Lao digits ໑໕໐…; Tibetan digits ༡༣༥…; double-struck digits
𝟙𝟠𝟡…; subscript digits ₁₅₉…; parenthesised digits ⑵⑹⑻… after the homophone 扣扣 for QQ; the slang 绿泡泡 for 微信;
🐧 for QQ; 抖 split into 扌斗, 扌斗音; the small Roman numerals ⅴⅹ for vx; the homophone 小鸿书 for 小红书; the
homophone 拼哆哆 for 拼多多; Fraktur letters for wx and an id, 𝔴𝔵：𝔥𝔲𝔤𝔬𝔫𝔤…) and 10 heavily, with codes the
docstrings read do not list (a QQ number as the count of broom emoji in each group, 〇 as zero; a QQ number in the
heavenly stems, 丙 甲 戊…, 癸 as zero; a mobile as days of the week, 一五日…, Sunday as seven; a mobile in the
resistor colour code with its key given, 棕 橙 灰…; a mobile written backwards, to be read from its last digit; a
WeChat id as the pinyin initials of four foods plus 2025; a WeChat id spelt in the NATO alphabet, Lima Oscar Charlie
Kilo, plus two 8s; a mobile as 139 and two birthdays, month and day two digits each; a mobile as 1 and the
differences between its digits, +4 +3 -5…; a QQ number as three public hotlines joined, 火警 查号台 急救) and 12
subtle (an offer with a call to action only, none quoted by the docstrings read): an aunt's hourly cleaning at forty
an hour, met in building 5 unit 2's lobby on Saturday at nine; mattresses de-mited at sixty, a building number
replied in the group, the writer calling in the evening; a husband's van at two hundred a move, asked for through
old Li at the north gate's guard post; spring water at fifteen a bucket delivered at seven, empty buckets left at
the door with the floor on a slip; gas cylinders changed at a hundred and twenty in cash at the east gate's bike
shed on Tuesday mornings; laundry at eight a piece, bags hung on door handles before seven with the flat number; a
sister-in-law's 月嫂 slots from March, talked over on Sunday afternoon in the community centre's mother-and-baby
room; night care for bedridden elders at two hundred and sixty, asked for through Auntie Zhou at the seniors' room;
cockroach gel at thirty a home, the writer waiting in the property hall on Thursday at seven; drains unblocked at
fifty by a plumber in building 8, the building named in the group; a student's errands at five a trip, needs written
in a notebook at the corner shop's counter; a free leak check on Saturday morning, photos of the stain brought to
the bench by the pavilion. About a dozen positives are written the way members casually sell in a group (a cousin's
月嫂 dates, a brother's 拼多多 shop, a cousin's housekeeping firm, a friend's plumbing, an uncle's spring water, an
aunt's hourly cleaning, a husband's van, a sister-in-law's 月嫂 slots, the writer's own used mite vacuum, the
family's waterproofing shop, carers from the home village, a plumber living in building 8).

- `POSITIVE_79` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_79` (100 lines): 20 that look dangerous at first sight (an office cleaning contractor's mobile passed to
  a colleague for a contract, a 京东 order number for a broken mopping robot, the gas company's official 公众号 for
  safety checks, a move by 货拉拉 already paid, a complaint's ticket number at the citizens' hotline against an
  upstairs leak, a tax number that does not match a cleaning contract, a customer's masked mobile in a laundry
  shop's staff group, a 58同城 order number for a 月嫂 interview, a carer's mobile passed to a mother, a door lock's
  temporary code for a cleaner, the community's own mini-program for home health checks, a 月嫂's final payment and
  receipt number, a procurement mailbox for cleaning quotes, an old sofa sold on 闲鱼, the fire brigade's 视频号 on
  gas cylinders, a mattress's 400 after-sales line passed to a husband, a water meter's number and bill, a J&T
  waybill for a coat back from the dry cleaner, the property's new repair landline, a property plumber coming to fix
  a meeting room's leak); 10 members asking or recommending (an hourly cleaner, a 月嫂's price gap, whether a mite
  vacuum is worth it, the property's free spring pest control, a locksmith when locked out, a bottled-water brand,
  moving by 货拉拉 oneself, a hospital carer for a father, bathroom waterproofing materials, the dry cleaner
  downstairs); 10 warnings quoting or describing the scam or ad ("开锁15元" cards, a fake property notice for free
  drain unblocking by QR code, a housekeeping agency gone with a deposit, "搬家一百元全包", "免费检测螨虫", a 月嫂's
  fake certificate, "洗衣9块9三件" with a prepaid card, an unblocker's fifty that turns to eight hundred,
  "灭蟑一次终身保", "预存五百送两桶"); 17 lines with numbers that are not contacts (a cleaner's hours and pay, a new
  flat's area, a 月嫂 contract's days, a baby's weight, a move's boxes, cleaners in a year, a badminton game, an
  alumni visit's count, a night's rain, water carried up seventeen floors, a review meeting moved, a fishing catch,
  a child's marks, a dryer's capacity, a water heater's temperature, a bucket of water's days, a laundry shop's day
  in its staff group); 7 organisers' and admins' own notices (a group rule banning housekeeping, cleaning, moving,
  locksmith and drain ads, a removed account that posted drain-unblocking cards and pulled members into its own
  group, the property's rubbish-collection times, a class's cleaning day, an office's floor waxing, a laundry shop
  manager's rota, a badminton club's new court); 27 lines of everyday chat (some about cleaners, nannies, mite
  removal, unpacking after a move, carers, bottled water, gas cylinders, cockroaches, a 月嫂's lessons, ironed
  shirts, new keys, a smelly floor drain, knocking pipes, a lost laundry ticket, an aired quilt and errand runners);
  5 heated arguments without any selling (a leak from upstairs, a lift held for a move, renovation rubbish in a fire
  escape, a nanny's unleashed dog, drilling at lunchtime); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_79 = """
钟点工：本人在咱们小区做保洁五年了，35一小时三小时起，擦窗收纳都行，电话 139 0571 2846
我表姐的月嫂档期过完年那两个月空着，会催乳会做月子餐，她带宝宝的朋友圈在微信 yuesao_lijuan88
同城搬家，金杯车加两个师傅，市内三百起，楼层不另加钱，预约请拨 400-826-3317 转 2
老周通下水道三十年，蹲坑、洗菜池、阳台地漏都能通，一般半小时就到，家里座机 0571-86623049
床垫沙发窗帘除螨，我每天在抖音直播上门现场，抖音号：qingjie_ajun，来看看吸出来多少脏东西
灭蟑灭鼠灭白蚁，关注公众号“安居除虫记”，回复“小区”两个字领上门费减免券
卫生间漏水不用砸砖，微信小程序搜“补漏侠”，免费查漏点，这个小程序是我自己做的
桶装水送货上楼，18.9升一桶十二块，十桶起送，下单点 t.cn/A6xQ9kPz ，下午四点前下单当天到
上门取衣，洗好熨好送回，衬衫六块一件，快手搜“城西小刘洗衣”，我的直播间也能下单
家里要找住家保姆的，可以看我小红书“阿芳家政日记”，阿姨都是我亲自面试的，私信我排期
我在市一院做了六年护工，现在也接居家的活，想看我的证书和报价，写邮件到 huli_zhang@163.com
开锁换锁芯，公安备案，24小时随叫随到，139-6821-5574，报小区名字打九折
液化气送罐到家，十五公斤一瓶一百一，电话 15857264130 微信同号，钢瓶都检测过
跑腿代办：排队挂号、取药、代买菜、送钥匙都接，五块起，QQ 2873164059 留言就行
搬家后剩下一台除螨仪和一台布艺沙发清洗机，九成新，闲鱼搜“小杨的旧货铺”就是我
我弟在拼多多开了家灭蟑药的店，胶饵效果好，拼多多搜“老弟灭蟑专营”，比超市便宜一半
开荒保洁一平米五块，擦玻璃除胶都包，我视频号“开荒小队长”里有干活的视频，可以直接预约
装修垃圾、旧家具清运，小三轮一车一百五，周末也拉，电话：138-5710-9265
我堂哥开了家家政公司，钟点工保姆月嫂都有，加他微信 jiazheng_wang2019 说是咱群介绍的
朋友干了十几年水电，水管漏水、换龙头、装热水器都会，手机 136 5802 7713 找老孟
阿姨周一到周五白天有空，做饭接孩子都可以，月薪好商量，V：ayi_chenxia
淘宝搜“防水补漏材料店”，我家的店，外墙窗台漏水可以自己刷，不会刷的旺旺问我
新房开荒、退租保洁、油烟机拆洗一条龙，可开发票，微信：bj_kaihuang 备注小区名
老家来的护工姐妹有二十多个，要找护工的我拉你进我们的QQ群 653208147，自己挑
做家务找我，擦窗拖地整理衣柜，一次三小时一百，电话 ১৩৭ ৬৫২০ ৯৪১৮ 晚上八点前都接
月嫂阿红，带过二十多个宝宝，会做月子餐，号码是 १८६ ०७३१ ५२४९ ，过年期间也能上户
夏天蚊子多，我们做整栋楼的灭蚊消杀，物业也能签，打 ໑໕໐ ໓໗໒໘ ໖໔໑໙ 找吴师傅
钥匙丢了别着急砸门，专业开锁换锁芯二十分钟到，电话 ༡༣༥ ༨༢༦༠ ༣༧༤༩
小件搬家、学生宿舍搬运、单件家具上楼都接，报价打 𝟙𝟠𝟡 𝟛𝟝𝟙𝟘 𝟞𝟚𝟟𝟜 ，周末不加价
马桶地漏下水道疏通，不通不收钱，师傅电话 ₁₅₉ ₄₀₆₈ ₂₃₇₁ ，全市都跑
我家洗衣房接上门收送，被子窗帘都能洗，下单加扣扣 ⑵⑹⑻⑷⑸⑶⑼⑺ ，三天内送回
住家保姆、白班保姆我这边有好几个阿姨在等活，绿泡泡搜 baomu_xiaoqin 看阿姨资料
跑腿帮忙：医院取报告、给老人送饭、代缴水电费，🐧：3915706284 ，附近两公里内八块
我在扌斗音上直播怎么洗空调外机和纱窗，号叫“洁净老秦”，直播间能约上门
阳台窗框渗水、外墙裂缝进水，我们打胶加涂层，质保三年，做过的房子照片都在 ⅴⅹ：fangshui_lao8 朋友圈
我在小鸿书上分享收纳整理，搜“衣柜整理师小鹿”，上门整理一次四个小时起
我舅家在山里灌的山泉水，五升一桶，在拼哆哆搜“舅舅家山泉水”就能下单
护工刘姐，住院陪护和居家照顾都做，有护理证，𝔴𝔵：𝔥𝔲𝔤𝔬𝔫𝔤_𝔩𝔦𝔲
保洁接单，QQ号一位一个数，数每组扫帚有几把，〇代表0：🧹🧹 🧹 🧹🧹🧹 🧹🧹 〇 🧹 🧹 🧹🧹🧹
灭鼠灭蟑找我，QQ按天干的顺序念，甲是1，癸是0：丙 甲 戊 壬 丁 乙 辛 庚 己
跑腿电话，每一位是星期几，星期日算7：一五日 二三四六 一五二日，白天随时打
水电师傅手机照电阻色环读（黑0棕1红2橙3黄4绿5蓝6紫7灰8白9）：棕 橙 灰 黑 绿 白 红 蓝 紫 棕 黄
搬家报价找我，号码从最后一位往前念就对了：1495 3027 681，搬不完不收钱
钟点工预约微信：下面四样吃的拼音首字母连起来，再跟上2025：白菜、饺子、西瓜、面条
开锁微信ID用航空字母念的：Lima Oscar Charlie Kilo，后面跟两个8，半夜也出门
月嫂预约打电话：前三位是139，后八位是我家两个孩子的生日，月日各两位：六月十四，十一月三号
换水龙头修暖气片，手机头一位是1，后面每个数写的是比前一位多几少几：+4 +3 -5 -3 +9 -7 +5 -3 +2 -5
送气上门，加我QQ，号码就是火警、查号台、急救三个电话连在一起，送罐不收上楼费
我小姨做钟点工十多年了，四十块一小时，想试试的这周六上午九点到5栋2单元大堂，她在那等着认识一下
我新买了台商用除螨机，床垫一张六十，要的直接在群里回个楼号，我晚上挨家上门
我老公有辆厢式货车，市区搬家两百一趟，有需要的跟北门门卫老李说一声，他会转告我们
山泉水十五一桶，每天早上七点送，要的晚上把空桶放门口，桶上贴张写着楼层的纸条
周二上午我在东门自行车棚那换液化气罐，空罐带过来，一百二现付
上门收衣服去洗，八块一件，两天送回，想洗的今晚七点前把袋子挂在自家门把手上，写上门牌
我嫂子是金牌月嫂，明年三月起有空档，春天要生的准妈妈周日下午来社区中心二楼母婴室坐坐聊聊
我专做卧床老人的夜间陪护，一晚两百六，家里需要的问老年活动室的周阿姨，她认识我
蟑螂胶饵上门投放三十块一户，周四晚七点我带工具在物业大厅等，来的时候报个门牌
我就住8栋，干水电十几年，疏通五十块一次，谁家堵了在群里说一声楼号，下午六点后过去
放假接跑腿，取快递买菜排队都行，一趟五块，要帮忙的在小卖部柜台那本小本子上写下来，我中午晚上各去看一次
卫生间漏水的，这周六上午我免费上门查漏点，把天花板水渍照片带到凉亭边长椅那给我看，要修的按平方算
"""

NEGATIVE_79 = """
小陈，写字楼保洁外包那边对接人是孙经理，电话 13758204613，合同续签的事你明天跟他对一下
上个月在京东买的拖地机器人坏了，订单号 318620457713，售后让我拍视频上传
燃气公司的官方公众号可以预约入户安检，不用等人上门敲门，我刚约了周四上午
昨天用货拉拉搬的家，两个师傅加小面包车一共付了380，比我想的便宜
楼上往下渗水两个月了，昨天投诉到市民热线，工单号 2025110804417，街道说下周派人来协调
这季度的保洁外包费要走报销，财务说税号 91330106MA2H3K5X7Q 跟合同对不上，谁手上有原件？
店长，尾号5521的顾客送来的羽绒服三天了还没取，手机 138****5521 打不通，先挂在二号架上
在58同城约的月嫂面试，平台订单号 JZ20251102337，明天下午两点阿姨来家里
妈，护工张阿姨的手机 159 6730 2248 你存一下，明早八点她直接到病房
给保洁阿姨设了门锁临时密码 482913，下午四点后自动失效，你们不用等她
社区的“幸福邻里”小程序能预约免费的老人上门体检，我给我爸约上了
月嫂尾款 8800 已经通过平台付清了，电子收据编号 HT-0931，合同放在书房抽屉
采购那边要保洁报价单，统一发到 caigou@hzxinyu.com ，标题写部门名称
旧沙发昨天在闲鱼卖掉了，三百块买家自己来拉的，客厅终于空出来了
市消防支队的视频号发了液化气罐怎么查漏气的短片，家里还在用罐的看一下
老公，床垫售后电话 400-820-5566 在保修卡背面，你周六打过去约人来看塌陷的事
水表编号 0032741，这个月用水十四吨，水费五十块四已经自动扣了
妈寄去干洗的那件羊绒大衣已经发回来了，极兔 JT5102348876521，她让我帮着盯一下物流
物业前台的报修座机换了，电梯里那张通知上写的是 0571-87920315，旧号作废
张工，明天来修会议室漏水的是物业的赵师傅，他到了会打前台电话，你去接一下
有没有人知道靠谱的钟点工？一周两次，主要是擦地和洗衣服，小区里的阿姨最好
预产期在四月，想请月嫂，咱们这边金牌和普通的差价大吗？怕被中介忽悠
除螨仪到底有没有用啊，孩子老是过敏，想买又怕是智商税
推荐一下物业每年春天免费的灭蟑，去年放完药我家就再没见过
急！钥匙锁家里了，谁知道附近哪里有开锁的，物业能不能帮忙联系
大家家里喝的桶装水是哪个牌子的？我家那个最近有股塑料味
搬家我上次自己用货拉拉叫的车，比找搬家公司省不少，东西不多的可以试试
想给我爸找个住院陪护的护工，大概一周，有经验的邻居说说怎么找
卫生间重做防水的邻居，你们用的是涂料还是卷材？闭水试验做了几天
楼下干洗店洗羽绒服挺干净的，上次洗完一点没结块，推荐
门上又被贴了“开锁15元”的小卡片，千万别信，上门就说锁芯高级要三百起
有个号在隔壁小区群里发“物业统一免费通下水道，扫码预约”，物业经理说不是他们发的，别扫
朋友找的家政中介收了两千押金，阿姨没来人也联系不上了，找中介一定看营业执照
说什么“搬家一百元全包”的，装上车就加价，不给钱不卸货，我同事就遇到了
上门“免费检测螨虫”的都是卖除螨仪的，显微镜里看到的东西根本不是你家的
有月嫂拿的是网上买的假证，面试时让她出示证书编号，上人社局网站查一下
那家“洗衣9块9三件”的店让办八百的卡，办完一个月就关门了，别充值
管道疏通先报五十，通完说管子老化必须换，张口八百，这种套路大家小心
“灭蟑一次终身保”的广告别信，蟑螂药过几个月就得补，哪有终身的
送水的说“预存五百送两桶”，结果送的是杂牌水，人也换了号，大家别预存太多
钟点工阿姨今天干了三个半小时，厨房卫生间阳台全擦了，给了一百四
新家一百零八平，开荒保洁说要两个人干一整天
月嫂合同是二十六天，算下来一天四百多，比我想的贵
宝宝出生时三千二，满月称了四千六，长得真快
今天搬家打包了二十三个纸箱，光书就占了九箱
这一年家里换了三个钟点工阿姨，现在这位做得最久，八个月了
周日双打打到第三局，十九平的时候我发球下网了，太可惜
返校那天班长数了一下，我们班来了二十九个，比十周年那次还多
昨晚下了四十多毫米的雨，地下车库进了点水
我家在十七楼，电梯停了那天扛了两桶水上去，腿软了三天
周四的评审会推迟四十分钟，十点二十在五楼开
钓鱼今天收获一般，两条鲫鱼一条小鲤鱼，加起来不到三斤
孩子这次数学九十二分，错的两题都是粗心
烘干机一次能烘八公斤，被子也能塞进去
热水器设的五十五度，冬天洗澡刚好
一桶水我家三口人大概能喝五天
店里今天收衣服六十七件，送出去五十二件，还剩十五件明天熨
【群规】本群只聊小区的事，家政保洁、搬家开锁、通下水道这类广告都不许发，发了直接踢
@所有人 那个冒充邻居、天天发通马桶小广告照片的微信号我已经踢了，他私下拉的群也别进
物业：下周二起生活垃圾改成晚上七点到九点定时投放，桶边有志愿者，大件垃圾放南门围栏里
各位家长，下周一教室大扫除，需要四位家长下午三点来帮忙搬桌椅，方便的在下面写孩子名字
后勤通知：周六保洁公司进场给地面打蜡，没干之前各层走廊不能走，周日上午可以正常加班
店长：双十二前后衣服多，大家这周轮休往后挪一挪，排班表已更新
羽毛球群：本周日场地改到体育中心二号馆，八点开始，别走错了
钟点工阿姨把我家冰箱里过期的东西都清出来了，太不好意思了
家里请了住家保姆以后，我妈终于不用每天跑过来做饭了
除完螨那天床睡起来真的不一样，孩子晚上也没怎么咳
搬家最累的不是搬，是拆包，一个月了还有三箱没打开
我爸住院这周全靠护工，晚上我去换她吃个饭
楼道里堆了好多快递纸箱，周末谁有空一起收拾下扔了吧
今天的桶装水送晚了，师傅说电梯排队排了半小时
换了煤气罐以后灶火大多了，原来那罐快见底了
晚上蟑螂从下水道爬出来，吓得我女儿尖叫
月嫂教我怎么给宝宝拍嗝，学了三天才学会
洗衣店送回来的衬衫熨得比我自己弄的平多了
新换的锁芯钥匙太多了，我给每把都贴了颜色标签
卫生间地漏返臭，倒了点开水下去好像好点了
老房子的水管一到冬天就叮当响，像有人敲
今天店里那位阿姨把干洗单子弄丢了，还好系统里能查
今天晾的被子收回来一股太阳味，我家猫直接钻进去不出来了
周末小区广场有跳蚤市场，我准备把孩子的旧玩具拿去换换
开会时空调太冷了，谁带了外套借我一下
翻出大学军训时的合影，那时候我们寝室六个人晒得一样黑
拍鸟的几位老哥在湿地蹲了一早上，只拍到两只白鹭的背影，回来还挺乐呵
孩子说班上同学都在学跳绳，一分钟要跳到一百八
周末大扫除把窗帘拆下来洗了，晾了一整个阳台
奶奶说以前没有送水的，都是去井边挑
刚下班，路上堵得厉害，晚饭大家先吃不用等我
傍晚湖边的芦苇被风吹得哗哗响，带孩子去走了一圈
跑腿小哥把药送到我妈家还帮她拎上楼，真暖心
南门那家早点铺换了老板，油条比以前脆多了
楼上的你家卫生间漏到我家天花板第三次了，再不修我就找物业调监控看你们什么时候在家！
搬家就搬家，把电梯占一上午还拿纸箱卡着门，别人不用上下楼吗？
谁把装修垃圾堆在消防通道的？说了多少次了，出了事谁负责！
你家保姆每天在楼道里遛狗不牵绳，说她还翻白眼，你们家管不管？
中午一点还在电钻，休息日也不让人睡个午觉，规定的时间是看不见吗！
Our cleaner is off next week for Diwali, so the kids' rooms are on us until Monday.
The plumber finally fixed the dripping tap, and the bathroom is quiet at night again.
外婆說新來的看護很細心，每天推她去公園曬太陽。
這次搬家丟了一箱碗盤，到現在還想不起來放哪裡了。
"""
