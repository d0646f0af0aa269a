"""Hold-out set 89 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-88 (see holdout_data.py for sets 1-86; sets 87 and 88 are described in their own
docstrings), at the same time as set 90 (written by another helper; this set was checked by the same script against
set 90's lines as they stood at each run, unread: highest 0.376 at the end among the lines whose closest group it is,
as the script showed it), and kept unscored until it is scored once, blind. The writer read no detector code, word
list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or
.ci/, imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark);
holdout_data.py, holdout87_lines.py and holdout88_lines.py were opened only for their module docstrings, printed with
ast.get_docstring (the labelling rules, the history and topics of sets 1-88, the file format, the docstring style and
the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings were not
read). The three docstrings were saved to the writer's own temporary folder (made with mktemp -d) and paged through
there with wc, cat (the holdout_data.py docstring's output was cut in the middle, so its lines 155 to 410 were then
printed with sed in two parts), grep -c, three loops of greps counting 103, 74 and 31 words and signs for the scripts,
disguises and codes considered here (most were not found; those found were seen to be other things: T9 only inside
holdout9, moon only as a chat line of set 88 and in moonlighting teachers, circled only for circled digits, a question
only as the sums puzzle), one grep -n for eight words that showed nine passages (matches inside zodiac and holdout9,
keycap digits, Hangul, regional specialties, piano tuning, the last digits of a relative's mobile and of an order),
one grep -n for five words that showed three, and one grep -o that printed nothing, nothing else in them.
pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's root). The
benchmarks folder was not listed; this file's own path was checked for existence by its exact path (test -f) before it
was first written, and set 90's file the same way before every run of the script, the first included; it existed at
every check, was passed to every run and was only loaded by the script, which never printed its lines. The folder
holding the similarity script was not listed and no file in it was opened; the script was only run. No slip to report.
Nothing outside these limits was opened, listed or run. The lines were drafted in the writer's own temporary folder
and written to this file by a small script of the writer's own (which also turned digits into the other scripts and
codes below, checked the counts, the lengths and the display widths of this docstring and, over this set's own lines
alone, their difflib ratios against each other). The similarity script then read this file: it printed this set's
lines and ratios, never the dumps' or the partner's lines; it was run nine times: three times at the required floor of
0.49, three times at 0.47, to find the lines standing just below it, once at 0.30 on the finished lines, and once at
0.47 and once at 0.30 on the finished file with this docstring, the 0.30 runs only to read the highest ratio per group
for this docstring (no line changed after the first run at 0.30). No line is copied from earlier sets or from the
training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.462),
against every line of the training dump at most 0.49 (highest 0.464), against set 90 at most 0.49 (highest 0.376 among
the lines whose closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may
stand a little nearer set 90, but under its own highest, at most 0.464), and no two lines of this set exceed 0.49
against each other (the script showed 0.435 at most among the lines closest to this set; the writer's own difflib
check over this file's lines alone gives 0.435 for the closest pair, two negatives with numbers: a 京东 order for
school trousers and a 中通 waybill for returned hanfu).

Twenty-eight lines were rewritten for similarity, seven of them more than once (thirty-five rewrites), each time with
new wording, not a synonym swap; four of the rewrites changed a code itself, not only its wording, and one more the
way a code is written. In the first pass, at 0.49, twenty-two stood at 0.49 or more (0.780 at most, a pair of leather
shoes resoled twice in seven years, against the hold-out dump), fifteen against the hold-out dump, three against the
training dump and four against set 90: five positives (a shoe-cleaning 公众号 with a word to send, 0.492, reworded; a
mobile by the planets' order from the sun, 0.559 against set 90, which may code alike, dropped for the solar terms;
one in solfège, 0.515 against set 90, dropped for a children's quiz; one by the star signs' order, 0.550 against the
training dump, which may hold it, dropped for bopomofo; snooker's ball values, 0.642 against the hold-out dump,
reworded and laid out with 、) and seventeen negatives (the leather shoes; a graduation reunion's photos, 0.760; a
navy coat left in a meeting room, 0.636 against set 90; the group rule, 0.633; the first English line, 0.603; a
meeting moved, 0.579, and a new noodle shop, 0.531, against the training dump; a zip to replace, 0.556; a courier's
"lost clothes" call, 0.545; a grandfather's visit, 0.537; a tax number for an invoice, 0.528; a 10.5 km run, 0.520; an
SF waybill, 0.519; a false class teacher's QR code, 0.516; a 12315 complaint, 0.506; a cat in a new jumper, 0.500
against set 90; a parcel's pickup code, 0.493). The chat lines that stood high were given new subjects (a red bobble
hat left on a coach, latte art, a restored graduation photo, a dog and a ball of wool, an uncle home for the new
year). In the second pass, at 0.49, six: the solar terms (0.530 against the hold-out dump; they may have been used
before, so they were dropped for the nine's complement), the SF waybill (0.494), the parcel (0.513, now a 丰巢
locker), the tax number (0.577, now a school's credit code's last four characters), the courier's call (0.543 against
the training dump, now a mother nearly fooled into a meeting app) and the false teacher (0.560, now the teacher's own
word). A run at 0.49 then found none (0.483 at most). In the fourth pass, at 0.47, six standing between 0.471 and
0.483: a shoe repairer recommended (0.483), a cardigan's wool (0.474), uniform fees taken from the class fund (0.478,
now the fund's account), down jackets aired (0.476), a neighbour met in a lift (0.478, now ginkgo trees) and the
weekend line in traditional script (0.471 against the training dump, now an old jumper unravelled); in the fifth, at
0.47, one: the ginkgo trees (0.596 against the hold-out dump, now a hedgehog carried back to a lawn). A run at 0.47
then found none (0.464 at most), and runs at 0.30, and at 0.47 and 0.30 on the finished file with this docstring, gave
the figures above. Lengths run from 22 to 72 characters for the positives (the longest the children's quiz) and 16 to
52 for the Chinese negatives (the English lines 99 and 98, the traditional ones 26 and 25). The lines are meant to be
scored once, blind; tuning on their errors would spoil them.

Set 89 focuses on clothing, shoes and tailoring sold into groups: clothes from live streams and wholesale markets (the
writer's knitwear stream on 抖音, a husband's menswear stall at 四季青 on 快手, a dress stall's catalogue by e-mail, a
knitwear maker on 微店, a wholesale stall's live prices on 筷手, down jackets from a wholesale market hung at the
writer's desk, export-surplus down jackets in Thai digits), children's clothes and school uniforms (outgrown down
jackets by WeChat id, a uniform mini-program, second-hand uniforms in Arabic-Indic digits, children's wear by a QQ as
a children's quiz, children's shoes on 闲🐟 and by shoe sizes less 35, two spare school tracksuits tried on at flat
302), hanfu and costume rental (hanfu on a short link, 马面裙 on 小红书, hanfu photography on 小纟工书, cosplay
costumes by a QQ group, hanfu for a spring outing at the community centre), tailoring, alterations and hemming (a
cousin's tailor shop with a spaced mobile, a laundry-and-tailoring shop's landline, alterations in Khmer digits,
tailoring lessons on 礻见频号, suits made to measure in superscript digits, qipao by the places of a poem's characters
and at the writer's home, an alterations shop by a numeric keypad's arrows, trousers hemmed at a market stall),
knitting and knitted goods (a mother-in-law's slippers on 淘宝, a mother's jumpers by her mobile and her hats under
the message, knitted baby clothes by Greek lookalike letters, scarves in a 天🐱 shop, jumpers by the moon's phases),
shoe repair and cleaning (a repairer's 视频号, a cleaning shop's 公众号, the writer's repair stall with a dashed
mobile, cleaning in Myanmar digits, refinishing by the nine's complement, handmade shoes by Greek letters' order,
sneakers cleaned from a laundry-room basket), sneakers resold (a worn-once AJ1 by QQ, stall sneakers with "V：", spare
Dunks on 得物, AF1s by a guard hut), underwear and socks (modal underwear agents, the family's sock shop on 拼多多,
socks left at a gatehouse, boxer shorts at the school gate), sportswear outlets (a discount warehouse's 400 line, a
factory shop in monospace digits, sports jackets brought to the office) and second-hand clothes (coats on 闲鱼, used
clothes collected by snooker's ball values and sold by the jin by a basketball court, a factory's staff-purchase
group, small designer clothes by circled letters, workwear by bopomofo); beside ordinary chat in owners' and
neighbourhood groups, company work groups (an administration office, finance, a union, a product team), family groups,
parents' class groups, an alumni group and hobby groups (badminton, cycling, a reading club, a hanfu club).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a cousin's tailor shop with a spaced mobile and
the master's surname; outgrown down jackets with a WeChat id; a worn-once AJ1 with a QQ; a laundry-and-tailoring
shop's landline; a sportswear warehouse's 400 line with a key to press; a dress stall's catalogue by e-mail; hanfu
rental on a short link, t.cn/…; the writer's knitwear stream by its 抖音号; a husband's menswear stall to search on
快手; a mother-in-law's knitted goods in a named 淘宝 shop; the family's sock shop on 拼多多; the writer's coats to
search on 闲鱼 by user name; 马面裙 on 小红书 with private messages; a shoe repairer's 视频号; a shoe-cleaning 公众号
with a word to send; a uniform mini-program to search in WeChat; stall sneakers with "V："; the writer's repair stall
with a dashed mobile; modal underwear agents with a mobile that is also WeChat; a factory's staff-purchase group by
WeChat id; the writer's spare Dunks to search on 得物; a knitwear maker on 微店; cosplay costumes by a QQ group; a
mother's hand-knitted jumpers with her spaced mobile), 14 moderately, with disguises the docstrings read do not list
(Thai digits ๑๓๗…; Khmer digits ១៨៦…; Myanmar digits ၁၅၉…; Gujarati digits ૩૮૪…; superscript digits ¹³⁸…; Arabic-Indic
digits for a QQ; monospace mathematical digits 𝟷𝟾𝟽…; Greek lookalike letters for vx and an id, νχ：τaοτaο…; circled
letters for wx and an id, ⓦⓧ：ⓛⓘⓝⓖⓔ88; 红 split into 纟工, 小纟工书; 视 split into 礻见, 礻见频号; the fish emoji for
鱼, 闲🐟; the cat emoji for 猫, 天🐱; the homophone 筷手 for 快手) and 10 heavily, with codes the docstrings read do
not list (a mobile with every digit taken from nine, to be taken from nine again; a mobile in snooker's ball values,
red as one to black as seven, written with 、; a mobile as the places of the characters of 白日依山尽黄河入海流, 流 as
zero; a QQ in clothing sizes, XS as zero up to 6XL as nine; a QQ as the answers to nine children's questions, an egg's
bones as zero; a mobile as the Greek letters' places in their alphabet, ω as zero; a mobile in bopomofo's order, ㄅ as
one and ㄎ as zero; a mobile as shoe sizes less 35; a mobile as the arrows of a computer's numeric keypad, the middle
key drawn as ●; a mobile in the moon's phases, the new moon as zero) and 12 subtle (an offer with a call to action
only, none quoted by the docstrings read): trousers hemmed at ten at a sewing stall by the market's north gate on
Saturday morning; a mother's knitted hats at forty-five, head size and colour replied under the message; sneakers
cleaned at twenty-five from a basket by building 6's laundry room, collected on Sunday evening; two spare school
tracksuits at eighty, tried on at flat 302 in the evening; hanfu for a spring outing at sixty a day, tried on at the
community centre's second floor on Sunday; sports jackets cleared, sizes replied in the group and brought to the
office on Friday; AF1s at six hundred and fifty seen by the east gate's guard hut after work; cotton socks at
twenty-five for ten left at the gatehouse and paid to the guard; wholesale down jackets at 199 with a sample at the
writer's desk; used clothes at five a jin at a stall by the basketball court on Saturday; qipao made to measure at 380
with the fabric, measured at the writer's home after seven; a factory's boxer shorts at three for thirty-nine brought
to the school gate at pick-up. About a dozen positives are written the way members casually sell in a group (a
cousin's tailor shop, a husband's stall, a mother-in-law's knitting, a mother's jumpers and hats, the family's sock
shop, the writer's own down jackets, AJ1s, coats, Dunks, repair stall, tracksuits, AF1s and socks).

-  `POSITIVE_89` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
-  `NEGATIVE_89` (100 lines): 20 that look dangerous at first sight (a 京东 order number for school trousers in the
  wrong size, an SF waybill for a mother's returned down jacket, an administration office passing on a workwear
  supplier's mobile, a 淘宝 refund number for a shrunken jumper, a sports-day shirt invoice's number for a claim, a
  12315 complaint's number against a shoe shop, the education bureau's 公众号 with a uniform tender, a tailor's video
  seen on 抖音, a 丰巢 locker number for a missing dance costume, a 得物 authentication with an order's last digits, a
  class teacher passing on the school's general-affairs landline, a coat's return address in a family group, a dry
  cleaner's ticket number, a 唯品会 after-sales ticket, a 中通 waybill for returned hanfu, a changing-room locker
  number, a jacket's item number in a family group, a found child's coat with the property desk's number, a 小红书
  note on down fill passed on, a school's credit code's last characters for a uniform invoice); 10 members asking or
  recommending (a zip puller lost, a shoe repairer at the east gate recommended, uniform sizes for a child of 1.35 m,
  silk shirts in a machine, a white shirt to borrow for a show, outlets for sports shoes, Decathlon's quick-dry shirts
  recommended, 褙子 with 马面裙, dance socks that do not snag, wool for a father's scarf); 10 warnings quoting or
  describing the scam or ad (a courier's "lost clothes" call with a meeting app, "工厂倒闭，羊绒大衣九十九清仓",
  "加我领免费试穿" then a shipping fee, "莆田一比一" fakes, a stream's "原价八百今天只要59" shoes, uniform fees asked
  for to a personal account, "免费上门量体改衣" leading to costly suits, a text on a late return's compensation,
  "旧衣上门回收按斤给现金" with rigged scales, a class teacher who never takes fees in private chats); 17 lines with
  numbers that are not contacts (a foot's 21.5 cm, trousers altered to 98 and 78, a down jacket's price drop, a son's
  height and weight, shoulders and chest, 87 work uniforms, a skipping score, a 13 km run, a cardigan's 21 days,
  temperatures, the class fund's balance, a wash at 60 degrees, a grandfather's shoes from 1998, a size chart's chest,
  party dresses rented, a weekly meeting at 9:40, a skirt's 68 cm); 7 organisers' and admins' own notices (a parents'
  committee group rule banning clothes-selling, live-stream and used-clothes posts, a new member removed for selling
  children's clothes in private chats, a class teacher's winter uniform order by a 接龙, a union's winter workwear, an
  alumni party in old school uniforms, a cycling club's hi-vis jerseys, the property's clothes-donation bin); 27 lines
  of everyday chat (some about down jackets aired, light-up shoes, a white shirt washed pink with a red skirt, a red
  bobble hat left on a coach, a grandmother knitting for a great-grandson, odd socks, shoe shopping, a sole come off
  in a PE lesson, an old army coat, a cold school gate, a review moved, latte art, cloth shoes, a restored graduation
  photo, badminton in new shoes, a dog and a ball of wool, long down jackets like penguins, a wedding suit too tight,
  wet shoes, an uncle coming home, a reading club, a hedgehog in a stairwell, sequins, shoes on the wrong feet, a
  report mailed, a scarf left in a car, a hanfu club's photos); 5 heated arguments without any selling (washing
  dripping onto a balcony, clothes thrown on a laundry-room floor, uniform fees charged twice, a plan blamed despite
  the minutes, an unleashed dog tearing a child's trousers); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_89 = """
我表姐在老城区开了个裁缝铺，改裤脚十块、换拉链十五，旗袍也接定做，电话 139 5721 0846 找许师傅
娃穿小的羽绒服家里还剩三件，130和140码各有，九成新便宜出，微信 linlin_mama0612
去年抢的AJ1芝加哥，42.5码就上过一次脚，鞋盒吊牌都在，想收的Q 2847731906 聊价
校服熨烫、西装工装量身订做，恒美洗衣定制座机 0573-86127749，下午两点后接单
运动品牌折扣仓这周末清货，满三件再打八折，看货预约拨 400-663-1828 按2
本档口做女装连衣裙一手货源，支持一件代发，要图包和报价的发邮件到 qiaoyi_fz@163.com
汉服租赁带妆造，三小时168元，选款预约点 t.cn/A6xR2kPq
今晚八点我开播清外贸尾单针织衫，抖音号 ysy_knit88，进直播间有福袋抽
我老公在四季青档口批男装，快手搜“阿彬男装四季青”，每天早上六点开播
婆婆手织的毛线拖鞋和围巾上架淘宝了，店名叫“王阿婆手作毛线”，大家帮忙捧个场
纯棉袜子十双二十九块九，自家拼多多店“袜小满”一搜就有，宝妈们可以囤点
衣柜清出来一堆没怎么穿的大衣，都挂闲鱼了，搜用户名“周周的旧衣橱”，同城能自提
马面裙可以定制，面料绣花随便挑，小红书搜“云裳阁马面”私信报身高腰围
修鞋换底的视频都发在视频号“老郑修鞋铺”，店里接活，外地寄过来也能修
我们店开了个公众号叫“鞋护士”，后台发“首单”两个字送一次免费洗护，鞋子上门收
幼儿园园服、小学校服都能线上订，微信里搜小程序“童衣校服通”，填班级就下单
鞋子都是档口直发，支持验货，款多不一一发了，V：kk_shoes2580
鞋开胶、补跟、换拉头，隔壁小区门口的修鞋摊就是我，电话 136-5820-3417 先问一声
莫代尔内衣内裤招代理，拿货价在朋友圈，电话同微信 18867354102
想进我们厂内购群的加我微信 fangfang_zhizao，每周上新童装，价格比商场低一半
闲置一双Nike Dunk熊猫，40码，挂在得物上，得物搜“小陈的鞋柜”就能看到
针织毛衫源头厂家，微店搜“桐乡毛衫直供”，可以一件代发
漫展cos服出租，原神和崩铁的都有，进Q群 736218405 看图册
我妈退休在家织毛衣，纯羊毛手工款三百五一件，尺寸可以按人织，有需要打她电话 158 0671 2394
外贸原单羽绒服清仓，一百一件，电话：๑๓๗ ๕๘๒๖ ๔๐๙๑
改衣服收边锁边都可以找我，手机 ១៨៦ ០៧៣៩ ២៥៤៨
球鞋清洗翻新一双三十，号码 ၁၅၉ ၈၂၄၃ ၇၀၆၁ 直接打
童装尾货按斤打包处理，Q：૩૮૪૭૧૯૫૦૬
私人订制西装，一套起做，量体约时间 ¹³⁸ ⁰⁵⁷² ⁶¹⁹³
二手校服和书包低价转，扣扣 ٣١٥٨٢٧٠٤٦
品牌运动服工厂店内部价，手机 𝟷𝟾𝟽 𝟸𝟶𝟼𝟺 𝟻𝟿𝟹𝟷
宝宝手工毛衣毛裤现织，νχ：τaοτaο_κιds
原创设计小众女装，ⓦⓧ：ⓛⓘⓝⓖⓔ88，每周二上新
汉服妆造跟拍，作品都在小纟工书，搜“青柠汉服跟拍”
裁缝教学和改衣接单，礻见频号搜“巧手李姐改衣”
九成新童鞋一堆，闲🐟搜“多多妈的鞋架”，包邮
老板娘自己设计的羊绒围巾，天🐱店搜“绒语小铺”
批发市场档口每天直播拿货价，筷手搜“杭女装阿梅”
鞋面补色翻新接单，号码我用九减了一遍，每一位再拿九减回去：85069743512
上门收旧衣服，电话照台球桌上彩球的分值念：红、绿、黑、粉、蓝、黄、咖啡、红、蓝、黑、绿
定做旗袍的手机，按“白日依山尽黄河入海流”的字序，流当0：白尽入日流山黄河依白海
Q号按尺码从小到大排，XS是0，往上一码加一：L S 4XL XS 2XL M 5XL XL 3XL
童装批发，Q号每位是一道题的答案：一只手的指头、红绿灯的颜色、一周的天数、鸡蛋里的骨头、一年的季节、人的鼻子、骰子最大的点、一双筷子、彩虹的颜色
手工皮鞋定做，电话是希腊字母的顺序，ω当0：αθγζβιεωηαδ
工装批发找我，电话按注音符号排第几来读，ㄎ当0：ㄅㄋㄋㄆㄍㄈㄎㄌㄉㄊㄇ
童鞋清仓，电话每位都是鞋码减35：36 38 44 35 41 36 40 37 43 42 39
改衣铺手机按电脑小键盘的方向读，中间那个键画成●：↙↘↑→↖↗←●↓↙↘
毛衣定织手机用月相写，新月是0，往后每相加一：🌒🌔🌖🌘🌑🌓🌗🌕🌒🌖🌔
裤脚改短一条十块，周六上午我在菜场北门的缝纫摊，带着裤子来就行
我妈织的毛线帽四十五一顶，要的在这条下面报个头围和颜色
球鞋清洗一双二十五，放6栋楼下洗衣房门口的筐里，周日晚上来取
学校的冬季运动服我家多订了两套，150码，八十一套，想要的晚上来302试
春游拍照的汉服一天六十，周日下午在社区活动中心二楼可以试穿
运动外套清一批，尺码颜色回在群里，周五我带到公司
刚收的一双AF1，42码，六百五，下班在东门保安亭旁边看货
纯棉袜子二十五块十双，放门卫室了，拿了把钱给门卫大爷
批发市场拿的羽绒服一百九十九，样衣挂在我工位上，可以过来摸摸面料
旧衣服五块钱一斤打包，周六上午在篮球场旁边摆摊，自己挑
旗袍量身做，连面料三百八，晚上七点以后到我家量尺寸
工厂的男士平角裤三条三十九，明天接孩子的时候在校门口带给你们
"""

NEGATIVE_89 = """
京东买的校裤尺码发错了，订单号312856470921，客服说换货要等五天
SF1408827365192这个单子帮我查查到哪了，我妈退的羽绒服，商家说还没收到
行政部：工服改尺寸统一找供应商李师傅，手机13857206614，报部门和姓名，费用公司结
毛衣洗一次就缩了，淘宝退款编号4021887653309，商家一直拖，我申请了小二介入
财务提醒：运动会班服的发票号码04417382，抬头写学校全称，交给我报销
鞋底才换一周就开口，店家死活不认，我在全国12315平台投诉了，编号Z2026112500317，等调解
教育局公众号今天发了校服采购公示，中标厂家和单价都在里面，可以去看看
昨晚抖音刷到一个老裁缝改西装的视频，手艺真是绝了
舞蹈服显示已签收，可丰巢里没有，柜号12-07，有谁看见一个粉色袋子吗
得物鉴定结果出来了，订单尾号6630显示正品，总算放心了
班主任：校服尺码有问题请联系学校总务处0571-86093321（工作日），不要私下找厂家
妈，那件大衣的退货地址我抄好了：湖州织里镇振兴路77号售后组，记得别选到付
干洗店的取衣单号A0739我放你桌上了，周五前去拿西装
唯品会买的两双运动鞋只到了一双，售后工单VIP20261125088，说48小时内回复
汉服还回去了，中通单号75318826640921，押金三天内退
更衣室B-217是我的柜子，工服在里面，钥匙放前台了
那款冲锋衣货号KF23617，黑色XL，老公你下班去专柜看看还有没有
捡到一件蓝色儿童棉服，领口绣着名字，失主请到物业前台认领，电话85096612
小红书上有人整理了羽绒服充绒量怎么看，我截图发群里了，买之前对照一下
校服发票开成个人抬头了，报不了账，学校信用代码末四位K3P5，麻烦厂家重开一张
羽绒服拉头掉了，是不是得整条换？咱们这片有会弄的店吗
东门那个修鞋大爷手艺真不赖，我马丁靴前掌磨穿了，他补得几乎看不出来，大家鞋坏了可以找他
孩子一米三五，校服买140还是150合适？去年买小了
求问真丝衬衫能不能机洗，洗标上只画了个手
哪位家长家里有穿不下的演出白衬衫，借一下周五用，用完洗干净还
大家买运动鞋都去哪个奥特莱斯？想周末带孩子去逛逛
我觉得迪卡侬的速干衣挺适合爬山，便宜又耐穿
汉服新手想问下，褙子配马面裙怎么穿不显矮？
求推荐不容易勾丝的舞蹈袜，孩子一周要破两双
想给我爸织条围巾，有没有阿姨推荐什么毛线不扎脖子
我妈今天差点被骗：对方说她网购的棉衣丢件了要赔，让下载个会议软件，幸好她先问了我
又来这种“工厂倒闭，羊绒大衣九十九清仓”的广告，全是化纤，别上当
群里那个说“加我领免费试穿”的，其实是先让你交运费再拉黑，好几个人中招了
提醒一下，朋友圈卖“莆田一比一”的都是假货，穿坏了售后找不到人
直播间喊“原价八百今天只要59”的皮鞋我买过，两周就开胶了
有陌生人打电话说孩子校服费没交要补，让转到个人账户，学校从来不这样收
别的群有人发“免费上门量体改衣”，上门后就推销高价定做西装，大家留个心
收到短信说退货快递超时要补偿，链接点进去要输验证码，这就是骗子
那种“旧衣上门回收按斤给现金”的，秤上做手脚，一大袋衣服才给几块钱
王老师刚说了，她从没私聊收过校服钱，谁收到这种私聊直接截图给她
量了孩子脚长21.5厘米，买34码正好还是35码留点余量？
西裤裤长改成98，腰围从82收到78，一共花了三十五
双十一买的羽绒服付了899，今天降到749，价保只退了100
儿子又长了，136厘米29公斤，去年的衣服全短了
我肩宽42胸围96，平时穿L，这家偏小是不是该拿XL
这批工服一共87套，男款52，女款35，周三前到货
运动会成绩出来了，跳绳一分钟168下，年级第二
新跑鞋首跑13公里，平均心率148，脚后跟居然没磨破
开衫织到第21天才收针，中间拆了两回，毛线一共用掉六团多
周四降到3度，周六又回到15度，出门带件外套
班费账目：冬季校服每人两套共360元已扣除，目前余额1275元
洗标写的40度，我开了60度，毛衣小了一圈
爷爷那双三接头皮鞋是1998年买的，鞋匠说鞋面还能再撑二十年
尺码表上胸围88到92是M，我92穿着有点紧
年会礼服租一天120，押金500，我们部门一共租了六套
周会挪到周四上午9:40，在4号楼三层小会议室，带上季度数据
裙长量出来68厘米，她想改到60，刚过膝盖
群公告：这里只聊家委会的事，谁再发卖衣服、拉直播间、收旧衣的链接，第一次提醒，第二次请出群
刚才有位新进群的私加家长卖童装，已经移出群了，大家不要回复他的私聊
各位家长：冬季校服开始征订，棉服一件一百六，请在本周五前在接龙里填尺码，费用统一交学校
工会通知：冬季工装下周一发放，请各部门派人到二楼仓库领取
校友会：周六聚会请大家穿当年的校服来拍合照，没有的不强求
下周日骑行活动统一穿荧光色骑行服，早上七点西湖文化广场集合
物业通知：小区衣物捐赠箱周三清运，请不要把生活垃圾投进去
太阳难得这么好，我把压箱底的羽绒服全翻出来晒，一拍全是灰
孩子非要穿那双会亮灯的鞋去上学，老师说上课一闪一闪的
老婆把我的白衬衫和她的红裙子一起洗了，现在我有一件粉衬衫
周五团建谁把一顶毛线帽丢在大巴最后一排了？红色带个绒球，司机师傅收着呢
我奶奶八十了还在给重孙织小毛裤，说外面买的不暖和
开会时发现两只袜子颜色不一样，还好一直坐着没人看见
周末陪孩子去商场买鞋，试了一下午，最后还是买了去年那个牌子
今天体育课女儿跑得鞋底掉了，回来哭了一路
爸，你那件旧军大衣还留着吗？我想拍张照片发给朋友看
校门口早上好冷，孩子们都裹成粽子了
下午的需求评审推迟到四点，产品那边还在改原型
楼下咖啡店换了新的拉花师傅，今天我的拿铁上是只兔子
外婆做的布鞋穿着最舒服，可惜她眼睛不好做不了了
初中班长把咱们的毕业照修复上色了，我一眼就认出后排的自己
周六羽毛球打得太爽了，就是新球鞋有点磨脚
家里的狗把我织了一半的毛线球叼到床底下，线全缠在桌腿上
儿子说班里流行穿长款羽绒服，一排站着像小企鹅
年会要求穿正装，我翻出结婚那套西装，居然扣不上了
雨太大了鞋子湿透，进办公室第一件事就是换拖鞋
妈，舅舅说腊月二十回来，那间小屋要不要先把被褥晒一晒
读书会这周聊《平凡的世界》，还没读完的抓紧
楼道里钻进来一只迷路的小刺猬，物业大叔拿纸箱把它端回了草坪
演出服上的亮片掉了一地，扫了半天
宝宝第一次自己穿鞋，左右穿反了还挺得意
报表我发邮箱了，王总回复说下午再看
哥你的围巾落我车上了，明天给你带过去
汉服社今天拍的照片好好看，背景的银杏林绝了
你家晾衣服能不能别滴到我家阳台？说了三次了，我的被子又湿了
谁把我放洗衣房的衣服扔地上了？排队也讲个先来后到吧！
校服费凭什么要家长再交一次？上学期明明交过，收据我都留着！
方案是你自己说不用改的，现在出问题又怪我，会议纪要写得清清楚楚
你遛狗不牵绳，把我孩子新裤子都扯破了，还说是孩子先招惹的？
Is the school uniform shop by the north gate open this Sunday? My son's blazer is a size too small.
Reminder: casual Friday is cancelled this week because of the client visit, please dress formally.
這件外套送洗後袖口變形了，洗衣店說要看收據才能處理。
天氣轉涼了，媽媽說要把舊毛衣拆了給外孫織一件背心。
"""
