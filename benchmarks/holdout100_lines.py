"""Hold-out set 100 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-98 (holdout_data.py's docstring covers sets 1-96; sets 97 and 98 are described in
their own docstrings, which were read here), at the same time as set 99 (written by another helper; this set was checked
by the same script against set 99's lines as they stood at each run from the third on, unread: highest 0.377 at the end
among the lines whose closest group it is, as the script showed it), and kept unscored until it is scored once, blind.
The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened
nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no
file in benchmarks/ (no benchmark); holdout_data.py, holdout97_lines.py and holdout98_lines.py were opened only for
their module docstrings, printed with ast.get_docstring by the checkout's own Python (the labelling rules, the history
and topics of sets 1-98, the file format, the docstring style and the disguises and codes already used, to avoid
repeating them; their lines and the code below the docstrings were not read). The three docstrings were saved to the
writer's own temporary folder (made with mktemp -d; the same command checked this file's path with test -f, which found
nothing, and counted the saved docstrings' sizes with wc -c) and paged through there with cat (set 97's and set 98's
whole) and, for the holdout_data.py docstring, with head -c and tail -c, whose middle parts the tool cut, so its lines
150-205, 430-475, 476-500 and 500-512 were printed again with sed after a grep -n found where set 77's entry starts;
they were joined into one file with cat and searched with two loops of grep -o counting words and signs for the digit
scripts, lookalike letters, split characters, emoji, homophones and codes considered here: forty-six in the first (six
found: subscript only inside subscriptions, paper only in paperwork, papers left in a pigeonhole and exam papers, shoe
only in topics and a shoe cabinet, month only in a month's rent or fee, a free first month and festivals named for their
months, Odia only inside zodiac, inch only inside a carpool's id; a grep -n -o with context and a grep -n showed their
lines), twenty-three in the second, run after three codes had been changed (eight found: tarot only in set 67's topic,
area only in landlines' area codes and a flat's area, initial only in set 97's code by the order of the initials, radio
only in set 37's radio-style digits, size only in sizes counted and team sizes, double only in double-circled digits and
a double mattress; one grep -n -o with context showed them, and two more with context showed every line holding month
and shoe), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only run on this file,
from the checkout's root). The benchmarks folder was not listed; this file's own path was checked for existence by its
exact path (test -f) before it was first written; set 99's file was only checked for existence by its exact path (test
-f, before every run of the script) and only loaded by the similarity script, which never printed its lines. One slip to
report: at the first run the check found no file for set 99, but the same command line passed its path to the script all
the same (timed with time); the script stopped with a FileNotFoundError whose traceback showed two of the script's own
source lines (the one loading a file with runpy and the one reading the partner's lines), nothing of any set's lines;
the writer reran it at once without the partner file, and set 99's file existed at every later check and was passed to
every later run. The folder holding the similarity script was not listed and no file in it was opened; the script was
only run. Nothing else outside these limits was opened, listed or run. The lines were drafted as Python lists in the
writer's own temporary folder and written to this file by a small script of the writer's own (which also checked the
counts, that no line repeats and the absence of triple quotes, backslashes and line breaks), with a helper module there
that turned digits and letters into the other scripts below and spelt out the coded numbers from their tables; another
small script made the rewrites from lists of replacements, another wrapped this docstring to 120 columns of display
width, and one-line scripts printed the converted digits and coded lists, the lines' lengths per kind and, over this
set's own lines alone, their closest difflib pair; sed and grep printed the draft lists once for review; cp and diff
showed that ruff format left this file unchanged, and sed printed its first forty lines once to review this docstring.
The similarity script read this file: it printed this set's lines and ratios, never the dumps' or the partner's lines;
it was run nine times: once failing as above, twice at the required floor of 0.49 (the first of them without the partner
file, which did not exist yet), four times at 0.47, to find the lines standing just below it, and twice at 0.47 on the
finished file with this docstring (the script prints the highest ratio per group at any floor, so no lower floor was
needed). No line is copied from earlier sets or from the training lines: every line's difflib ratio against every line
of the hold-out dump is at most 0.49 (highest 0.468), against every line of the training dump at most 0.49 (highest
0.462), against set 99 at most 0.49 (highest 0.377 among the lines whose closest group it is; the script prints each
line's highest ratio only, so a line closer to a dump may stand a little nearer set 99, but under its own highest, at
most 0.468), and no two lines of this set exceed 0.49 against each other (0.411 at most, as the script and the writer's
own check showed it).

Fifty-one lines were rewritten for similarity, nine of them more than once (eight twice and one four times: sixty-two
rewrites), each time with new wording, not a synonym swap, most with a new subject. Three codes were changed, not only
reworded, as their lines stood high against the hold-out dump and earlier sets may have used them or one like them (the
docstrings read do not list every code of the earlier sets): a mobile in Roman numerals with X as zero (0.649), now a QQ
by the tarot's numbers; a QQ by snooker balls' values, its colours' names (0.667), then a WeChat id in the radio
alphabet (0.520), now the pinyin initials of a shop's name; a mobile by the ten heavenly stems (0.559, and 0.507
reworded), now the last digits of cities' area codes. In the first pass, at 0.49 and without set 99's file, thirty-nine
stood at 0.49 or more (0.765 at most, badminton courts booked, against the training dump), thirty-three against the
hold-out dump and six against the training dump: six positives (a brother's shoe-and-bag pick-up, 0.523; the heavenly
stems; the Roman numerals; a mobile written backwards, 0.523; the snooker balls; home haircuts replied for under the
message, 0.586) and thirty-three negatives (a 京东 order for toner, a copying fee's invoice, a parcel's pick-up code, a
meeting's number, a Wi-Fi password, a clinic's landline, a 淘宝 order for a stamp, a suitcase's wheel asked about, a
bicycle pump asked for, a fake passport text, test scores, a bike ride, a service charge, an annual party's budget,
uniform sizes, the group rule, an account removed, a class photo, a school's anniversary, a photo club's outing, a
weekly report, wontons, calligraphy homework, osmanthus, a canteen's pork, 0.741, an old watch, a jammed printer, an
angling trip, the badminton courts, an e-bike in a fire passage, dinner money unpaid, chairs dragged at night and the
first English line). In the second pass, at 0.49 with set 99's file, five (0.559 at most, a parcel locker's code: the
stems, the radio alphabet, the locker, a meeting's number and a lottery's prizes). A run at 0.47 then found sixteen
standing between 0.471 and 0.507 (the idioms, the Vietnamese numbers, a repair's waybill at 0.507, a 12315 case, a fake
lock check, old photos restored, free haircuts for the elderly, a stranger offering repairs, the group rule, a removed
account, the school's anniversary, boots resoled, a skipping rope, an evening run, training wheels and a cat chewing a
phone case), the next two (the Vietnamese numbers at 0.471 and a door card's number at 0.481), and the next none (0.468
at most). One line was then reworded for clarity (a price that read as a head count) and one chat line for this set's
own variety (it shared a subject with a question); the run after them, and the two on the finished file, found none.
Lengths run from 22 to 75 characters for the positives (the longest the idioms) and 14 to 49 for the Chinese negatives
(the English lines 88 and 84, the traditional ones 22 and 16). The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 100 focuses on small repairs and personal services sold into groups: shoe, bag, watch and glasses repair (a shoe
repairer's stall with a mobile, glasses mended by QQ, a watch repairer's landline, shoe and bag care with "V：", a 公众
号 for watches and glasses, a brother's shoe-and-bag pick-up in a mini-program, shoes mended in Devanagari digits and by
shoe sizes, watches by double-struck letters and by the trigrams, suitcases by idioms, a shoe stall at an estate's gate,
watch batteries left on a desk), locksmiths and key cutting (a locksmith's WeChat id, a husband's key shop, a locksmith
by 电讠舌 and by the tarot, keys cut at a guard room), tailoring alterations (a cousin's shop with a WeChat id,
alterations on 拼多多, in subscript digits and in Vietnamese, hems taken to the writer's flat), phone-case and film
stalls (a stall on 大众点评, printed cases by 微💌), printing, copying and photo printing (a print shop's 400 line, the
writer's family's print shop with a dashed mobile, photo printing with a spaced mobile, copying by 扣扣, a print shop by
paper sizes, old photos in Bengali digits), ID and passport photos (photos by e-mail, in Tibetan digits, taken in a
meeting room at noon), family portraits (a short link, squared letters, a community centre on National Day, a reunion's
photos), engraving and name stamps (a 淘宝 shop, Lao digits, month abbreviations, stamps ordered with @), sewing-machine
and umbrella repair (the writer's sewing machine on 闲鱼, a sewing group's number, repairs in a 君羊, umbrellas on 快手
and by area codes, umbrellas in an activity room), knife sharpening (a 抖音号, a father's in double-struck digits and at
a garage), haircuts at home for the elderly (小红书, a 视频号, 小洪书, a mobile written backwards, replies under the
message) and bicycle and pram repair (美团, 筷手, a brother's by pinyin initials, prams at a school gate); beside an
owners' group's rule, a removed advertiser, meetings, class photos and reunions, orders, waybills, invoices and tickets,
a colleague's and a helpline's numbers, members asking for repairers and photographers, repair and photo scams warned
of, ordinary chat in company work groups, family groups, parents' class groups, estate owners' groups, alumni groups and
hobby groups (cycling, angling, calligraphy, photography, table tennis).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a shoe repairer's mobile with his stall; a
locksmith's WeChat id; a cousin's alteration shop with a WeChat id; glasses repairs with a QQ; a watch repairer's
landline with an area code; a print shop's 400 line with a key to press; ID photos by e-mail; family portraits by a
short link, t.cn/…; name stamps to search on 淘宝 with the group's name for a discount; the writer's sewing machine in a
named 闲鱼 shop; knife sharpening with a 抖音号; haircuts for the elderly to search on 小红书; bicycle and pram repair
to search on 美团; a phone-film stall to search on 大众点评; umbrella repair with a 快手号; a sewing group by its
number; shoe and bag care with "V："; a husband's key shop with a mobile that is also WeChat; photo printing with a
spaced mobile; watch and glasses repairs by a 公众号 with a word to send; the writer's family's print shop with a dashed
mobile; alterations to search on 拼多多; home haircuts on a 视频号; a brother's shoe-and-bag pick-up by a mini-program
to search), 14 moderately, with disguises the docstrings read do not list (Devanagari digits १३९…; Bengali digits for a
QQ, ২৯৫…; Tibetan digits ༡༥༨…; Lao digits ໑໘໗…; subscript digits ₁₃₆…; double-struck digits 𝟙𝟟𝟟…; squared Latin capitals
for VX and an id, 🅅🅇：🄹🄸🄰…; double-struck small letters for wx and an id, 𝕨𝕩：𝕓𝕚𝕒…; the homophone 扣扣 for QQ; 筷手 for
快手; 小洪书 for 小红书; 群 split into 君羊; 话 split into 讠舌, 电讠舌; the love-letter emoji 💌 for 信, 微💌) and 10
heavily, with codes the docstrings read do not list (a mobile by the last digits of cities' area codes, 上海 as one, 北
京 as zero; a QQ by the numbers opening eight idioms, 三顾茅庐 as three; a QQ by the major arcana's numbers, 愚者 as
zero, 隐士 as nine; a mobile written backwards, to be turned round; a QQ by the Earlier Heaven trigrams' numbers, 乾 as
one to 坤 as eight; a WeChat id as the pinyin initials of a shop's seven-character name; a mobile by English month
abbreviations, JAN as one, OCT as zero; a mobile by A-series paper sizes, A0 as zero; a mobile by the units of shoe
sizes; a mobile in Vietnamese number words, một as one, không as zero) and 12 subtle (an offer with a price or a call to
action only): heels at twenty at an estate's east gate on Saturday mornings; keys cut at three left at a guard room; a
father's knife sharpening at five at building 3's garage on Sunday mornings; home haircuts at fifteen asked for under
the message with a building's unit; ID photos at ten for two sheets in a meeting room at noon; watch batteries at thirty
left on the writer's desk; umbrellas mended at ten in an activity room at the weekend; prams mended at a school gate
after a parents' meeting for the parts' price; trouser hems at ten brought to flat 502; name stamps at thirty and
eighty, @ the writer; family portraits at a hundred and twenty a family at a community centre on National Day, signed up
on a 接龙; group photos printed at ten at a class reunion. About a dozen positives are written the way members casually
sell in a group (a cousin's shop, the writer's sewing machine, a husband's key shop, the writer's family's print shop, a
brother's pick-up and bicycle repairs, a father's knife sharpening twice, the writer's ID photos, watch batteries, hems,
stamps and reunion photos).

-   `POSITIVE_100` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_100` (100 lines): 20 that look dangerous at first sight (a 京东 order's tail for toner with a wrong
  invoice title, a contract's SF waybill, a copying fee's invoice number, a property office's landline, a binding
  machine's engineer's mobile passed on to a colleague, a 拼多多 refund for a phone case, a child's library-card number,
  a passport's receipt number, the exit-entry bureau's 公众号, a consumer association's case number for a hearing aid, a
  美团 refund for a bicycle repair, a new colleague's e-mail account, a meeting room's Wi-Fi name and password, a staff
  number for a printing expense, a train's number and gate, an ID photo charged twice on 支付宝, a bank's 95566 line, a
  health centre's landline given to a mother, a 淘宝 order's tail for a stamp, a class's e-mail for one-inch photos); 10
  members asking or recommending (a suitcase's wheel, a shoe repairer recommended, blue-background photos, a sewing
  machine that skips stitches, a photo studio for a family portrait, glasses' arms welded, a tailor recommended, a ball
  pump, papers for a company seal, a locksmith); 10 warnings quoting or describing the scam or ad ("开锁十元起", a "门锁
  免费体检" card, "手机贴膜一元，扫码领取", a fake passport text, a knife grinder charging by the inch, "老照片翻新只要
  九块九", free haircuts leading to a mattress sale, "一元换底色" with a monthly renewal, "回收旧手表旧金表，上门估价",
  a stranger offering repairs and then investments); 17 lines with numbers that are not contacts (a hem's price, shoe
  sizes, a test's marks, pages printed, photo sizes, keys cut, a bike ride, paper used, a family portrait's head count,
  an anniversary, a slow watch, a pram's load, door-entry flats, a knife's years, steps walked, frames ordered, a
  reunion's head count); 7 organisers' and admins' own notices (an owners' group's rule banning ads and pulling members
  to other groups, an account removed for ads, an owners' committee meeting, a class photo, a school's anniversary, old
  printers collected, a photo club's outing); 27 lines of everyday chat (boots resoled, reading glasses sat on, a
  client's changes, felt pens, a grandfather's barber, an umbrella blown inside out, a lost staff badge, a walk by the
  river, pickled greens, a long meeting, an old bicycle in a photo, keys forgotten, a cold week, a classmate now a
  doctor, a sewing machine and a cat, calligraphy practice, a scooter's fall, pomegranates, a noodle shop, a
  grandfather's pocket watch, a copier out of toner, plaits, a grandmother's fan, a carp, a father's haircut, a
  table-tennis light, a dog and a sofa); 5 heated arguments without any selling (an e-bike charging in a corridor,
  team-building money unpaid, a broken paper tray, a notice unread, drilling at seven); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_100 = """
修鞋换底、钉鞋掌、补皮包，老周干这行二十年了，电话13863927415，东门菜场进去左手第三家
配钥匙开门锁换锁芯，小区周边半小时上门，微信号 suoshi_wang88，晚上十点前都接
我表姐在步行街开了个改衣铺，裤脚改短十五块，加她微信 lin_gaiyi2020 先拍照问价
镜片换新、镜腿松了、鼻托发黄都能弄，QQ 2846193057 留言，下班统一回
换手表电池、换表带、表壳抛光，钟表维修部座机 0571-86239471，周一店休
图文快印做名片、展板、标书胶装，服务热线 400-617-2839，按2转门店
证件照签证照出电子版，照片发到 zhaopian_xiaochen@163.com 注明尺寸和底色，当天回图
全家福、老人寿宴跟拍，档期在这里约：t.cn/A6kQx2 ，填好日期我来联系
刻名章、藏书章、木头闲章都接，淘宝搜“石头记篆刻小铺”，报群名打九折
我家那台脚踏缝纫机闲置好几年了，机头很好，挂在闲鱼，搜“芳姐的小仓库”
上门磨刀，菜刀剪刀园艺剪都行，抖音号 modao_laoli 有视频，需要的私信
专给老人上门理发，腿脚不便的我去家里剪，小红书搜“银发理发师小吴”看手艺
修自行车、童车、婴儿推车，补胎换胎调刹车，美团搜“老街单车修理”能预约
手机贴膜换壳的摊子从地铁口搬到商场B1了，大众点评搜“膜法小铺”有团购券
雨伞换骨换布，老式长柄伞也能修，快手号 xiusan666 里有修伞视频
想学缝补的阿姨们，我建了个缝纫交流群，群号 736029184，进群送纸样
皮鞋护理、包包补色翻新，V：baoyang_ajie 发照片过来估价
我老公开了家钥匙店，门禁卡电梯卡都能复制，手机同微信 15927460318
冲洗照片、修复老照片，电话 139 2751 8406，可以先把照片拍过来看看
钟表眼镜小修小补，关注公众号“老杨修表铺”，回复“地址”看门店位置
我家开的打印店，复印一毛一张，彩打一块，打 186-2937-4510 能送到写字楼
拼多多搜“小叶改衣坊”，改腰围换拉链都能线上下单，寄过去改好寄回
上门剪发，专做卧床老人，视频号“周师傅流动理发”主页有预约方式
我弟在做鞋包上门取送的小生意，小程序里搜“跑腿修鞋阿凯”就能下单，开胶一双二十五
修鞋修包配拉链，电话 १३९५७२८४६१३，师傅姓孟，早八点到晚六点
老照片翻新上色，一张二十，QQ ২৯৫৭৩০১৮৬৪，发原图就行
证件照、护照照、简历照，拍完当场出电子版，手机 ༡༥༨༣༦༠༩༧༢༡༤
刻章刻字，木头牛角石头都有，电话 ໑໘໗໒໖໔໐໕໓໙໑ 找老汪
改衣服改裤脚，换拉链缝扣子，我家就在三小对面，手机₁₃₆₀₇₈₅₂₉₄₁
我爸在家帮人磨刀，五块一把，要的打他手机 𝟙𝟟𝟟𝟜𝟡𝟚𝟞𝟛𝟘𝟠𝟝
全家福、亲子照上门拍，🅅🅇：🄹🄸🄰🄽🄶🄿🄰🄸66
换表蒙、洗机芯、配表带，𝕨𝕩：𝕓𝕚𝕒𝕠𝕛𝕚𝕒𝕟𝕘_𝕝𝕚𝕦 ，拍表的照片发来
复印打印扫描，文件扣扣发我 3816294075，下楼就能拿
单车修理，变速调校十块，筷手搜“阿飞修车铺”有教程也能约上门
上门给老人剪头，小洪书搜“剪刀王阿姨”，主页私信预约
缝纫机、锁边机维修交流君羊：547216839，师傅在里面答疑，配件也有
开锁换锁，全城上门，电讠舌 13681725490，不开不收钱
手机壳定制印照片，一个三十五，加微💌：kezi_studio 发图
补伞换伞骨，十五块起，电话取这些城市区号的末位：上海 重庆 成都 天津 南京 北京 西安 武汉 沈阳 上海 重庆
行李箱修轮子修拉杆，Q号藏在这些成语打头的数字里：三顾茅庐 七嘴八舌 五光十色 九死一生 二龙戏珠 八面玲珑 四海为家 六神无主
配钥匙换锁芯都上门，Q号按塔罗大阿卡那的编号读（愚者为0）：教皇 女皇 隐士 愚者 皇帝 恋人 魔术师 战车
老人理发上门，一位二十。号码末位写在最前面了，整串颠倒一下就能打：84825096731
修机械表、洗油，QQ按先天八卦数，乾一兑二到坤八：离巽艮乾坤兑震坎
我弟修单车换链条，二十起，微信号是“老刘单车修理铺”七个字的拼音首字母，小写连着打
手工刻章，名章八十起，手机按英文月份缩写排，OCT当0：JAN AUG JUN OCT APR MAR MAY JAN SEP FEB JUL
复印打印胶装都做，老板手机只看A后面的数：A1 A3 A3 A0 A1 A8 A5 A7 A2 A6 A4
修鞋换跟补鞋底，电话取这串鞋码的个位：41 35 39 44 40 36 42 38 43 37 45
本人越南人，家里有缝纫机，衣服改短改瘦都接，号码按越南语读：một ba tám bảy hai sáu không bốn năm một chín
修鞋摊每周六上午在小区东门，换鞋跟二十，补鞋面十五，鞋直接带过来
配钥匙三块一把，门禁卡复制二十，钥匙放门卫室写上门牌，第二天来取
我爸退休在家，磨菜刀五块一把，剪刀也磨，周日上午拿到3号楼车库门口
爷爷奶奶腿脚不好下不了楼的，留个单元号在这条下面，周三下午我拎着推子挨户剪，一位十五
单位要交证件照的，明天中午我在二楼会议室架灯拍，十块两版，过时不候
手表要换电池的放我工位上，贴个名字，一块三十，周五统一拿回来
坏了的雨伞周末都拿到活动室，我来修，一把收十块材料费
婴儿车轮子松了刹车不灵的，家长会散了推到校门口，我帮着修，换件收个零件钱
改裤脚十块，改腰二十五，衣服直接送到502我家，两天后来取
刻名字章，牛角八十、木头三十，要刻的@我报字
国庆在社区活动中心拍全家福，一家一百二，含两张六寸精修，在群里接龙报名
同学聚会那天我带相机，合影加洗七寸十块一张，要的聚会上找我登记
"""

NEGATIVE_100 = """
部门那批硒鼓是京东自营下的单，订单尾号 9128，发票抬头少了“有限”两个字，得重开
合同原件已经顺丰寄出，单号 SF1302748865197，对方签收后财务再付款
财务说复印费那张票的号码 04528137 查不到验真结果，让我重新找店家开
门锁坏了别找小广告，物业管理处座机 0755-26139840，报房号就给派单
王姐，装订机厂家售后叫陈工，电话 13716284905，你约他明早十点来看
拼多多买的手机壳颜色发错了，申请了仅退款，商家已经同意
孩子的借书证编号 L00861427 找到了，原来夹在语文书里
护照的受理回执编号 E2308174，窗口说十五个工作日能拿
出入境的公众号能查办证进度，输身份证号就行，不用跑窗口
给我妈配的助听器退不了，消协那边受理了，案件号 ZJ2026-3317，让等十个工作日
美团上约的自行车维修师傅没来，钱已经原路退回了
新同事的邮箱开通了，账号 zhou.lin@hx-tech.cn ，初始密码让他找IT改
五楼小会议室的无线网名字换成 Office-5F 了，口令 hx20261125，访客用另一个
报销系统里填工号 A10367，部门选行政，附件传打印费小票
明天的动车 G1875 次，08:12 开，检票口 B6，大家别迟到
支付宝账单显示证件照的钱扣了两次，已经在订单里点了申诉
打了银行客服95566，说卡片挂失得本人带身份证去网点
妈，街道卫生服务中心的号码是 0571-85210764，你的血压复查得先打过去约
行政订的那个光敏印章走的淘宝，单号尾数 1556，物流显示放在一楼收发室了
班主任让把孩子的一寸照发到班级邮箱 class3_2026@school.cn，文件名写学号加名字
出差把登机箱的万向轮摔裂了，这种小件附近有地方能换吗
推荐东门菜场里修鞋的老大爷，补得又平又牢，才收十块
请问孩子入学要的蓝底照片，哪里拍出片快一点
小区里有没有懂缝纫机的，我妈那台蝴蝶牌老是跳针
想给爸妈拍一组全家福，大家去过的照相馆哪家灯光好？
眼镜腿断了，镜框还想留着，能焊吗还是只能换？
之前问的改衣店我找到了，银行隔壁那家，改得很服帖，推荐给大家
楼里谁有篮球打气针？带孩子们玩球发现球软了
请问刻一个公司财务章要带哪些材料？行政第一次办
有没有靠谱的开锁师傅推荐，楼上邻居说上次那个乱要价
楼道里贴的“开锁十元起”别打，到了就说锁芯不行，张口三百八
单元门上被人塞了张“门锁免费体检”的卡片，问了物业，根本没这回事，别打上面的号
群里刚才那条“手机贴膜一元，扫码领取”是引流的，扫了就让你填手机号
妈你别点那个，说护照制好了要先交快递费的短信是假的，出入境都是现场领
菜场门口那个磨刀的，磨之前说五块，磨完说按寸算，要了我六十
说是“老照片翻新只要九块九”，付了钱又说要加钱才给高清原图，套路
那帮在公园给老人免费剪头的，剪完就拉去听讲座卖床垫，我爸差点交了钱
证件照小程序写着“一元换底色”，我用完才发现开了包月自动续费
又是“回收旧手表旧金表，上门估价”的传单，上次邻居的表被掉包了
有陌生号借着群成员的身份加我，说自己会修伞修鞋，聊两句就问我要不要投资，大家当心
改一条西裤的裤脚花了十八块，比去年涨了三块
女儿的脚又长了，从33码换到35码，鞋才穿了四个月
儿子这次单元测验错了四道应用题，扣了 12 分，他自己都没想到
打印了 346 页资料，双面的话能省一半纸
一寸照片是 25×35 毫米，二寸是 35×49，别弄混了
钥匙一共配了 6 把，我家 2 把，爸妈 2 把，保姆和邻居各 1 把
周日环湖骑了一圈，码表显示 47.6 公里，后半程逆风，腿都软了
算了一下，部门每月打印 1800 张纸，一箱 5 包，差不多用掉四箱
全家福那天来了 17 个人，四代同堂，最小的 8 个月
爸妈结婚 45 周年，12 月 3 号在老家办两桌
手表慢了 3 分钟，换了电池还是每天慢几秒
婴儿车承重 15 公斤，我家老二已经 13 公斤了
我们单元一共 24 户，装了新门禁的有 19 户，剩下 5 户说下周装
那把菜刀用了 11 年，刃口还是挺快的
这周步数 8 万 6 千，排群里第三
订全家福相框：12 寸的一个，7 寸的三个，6 寸的十张，一共花了 340
我们毕业 15 年了，班上 48 个人，这次来了 31 个
管理员提醒：这个群只用于本栋水电、维修和安全通知，广告和拉群一律不允许
卡通头像那个“裁缝小美”被我移出群了，她一天发了八遍广告
本周六上午九点，业委会在活动室开会，讨论单元门门禁更换
班主任通知：六年级集体照改在周四第二节课拍，白衬衫深色裤子，头发梳整齐
母校建校九十年，庆典在五月第三个周六上午，要回去的在群里报个名，我好订车
公司通知：本周五下午行政统一收旧打印机，请各部门把机器贴好标签
摄友们，下个月的采风地点换成老城墙根，天亮前出发，车辆我来安排
修鞋师傅给我那双靴子换了个橡胶底，走路终于不打滑了
我妈又把老花镜压坏了，这是今年第三副
客户临时加了三页需求，今晚估计又要改到十点
女儿的水彩笔没水了一半，开学前还得补一盒
老爷子非说楼下剃头的比理发店剪得好，每个月都去
刚才雷阵雨，伞被风吹翻了，骨头折了两根
有人看到我的工牌了吗？早上好像落在打印机旁边
今晚有人约滨江步道快走吗？八点从喷泉那边出发
外婆腌的雪里蕻送来一大罐，配面条一绝
今天这个会开得真长，腿都坐麻了
老照片翻出来了，我爸年轻时候骑二八大杠，帅得很
钥匙又忘带了，在门口等老婆下班
下周降温，大家把厚衣服找出来
毕业照里站我旁边的那个同学，现在在北京当医生了
刚学会用缝纫机踩直线，给猫做了个小垫子
今天临的是颜体的“勤礼碑”，横画老是写得头重脚轻
儿子骑滑板车冲下坡，膝盖蹭破一大块，还嘴硬说不疼
单元门口那棵石榴树结果了，小孩天天仰着头数
楼下新开的米粉店汤头一般，辣椒倒是香
翻抽屉找到外公那块老怀表，表盖上还有刻的字
三楼那台复印机显示缺墨粉已经两天了，没人管吗
女儿今天自己扎的辫子，歪歪扭扭的还挺可爱
周末去外婆家，她还在用那把补过三次的蒲扇
钓友们，昨天在下游那个回水湾上了条三斤的鲤鱼，手都抖了
早上给我爸剪了头发，他说比外面剪得还精神
乒乓球台那边灯坏了一盏，晚上打球的注意看着点
狗把沙发扶手啃出个洞，海绵掉了一地
楼道里那辆电瓶车是谁的？充电线拖到门口，真出事谁负责？
上次团建垫的钱到今天还差两个人，非要我点名是吧
谁把复印机的纸盒拉坏了不说一声？害我等了一上午
你自己没看通知怪谁？群里发了三遍了
你家装修天天早上七点就开电钻，周末也不停，还讲不讲道理
Our office printer jammed again and IT says the new roller won't arrive until next week.
My grandpa still fixes our bikes in the garage and won't let anyone else touch them.
今天幫外婆把老照片都掃描存檔了，好多都發黃了
週末同學會大家記得帶畢業紀念冊來
"""
