"""Hold-out set 108 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-106 (holdout_data.py's docstring covers sets 1-104; sets 105 and 106 are described
in their own docstrings, which were read here), at the same time as set 107 (written by another helper; this set was
checked by the same script against set 107's lines as they stood at each run, unread), and kept unscored until it is
scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or
detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no
git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout105_lines.py and holdout106_lines.py were
opened only for their module docstrings, printed with ast.get_docstring by the checkout's own Python straight into the
writer's own temporary folder (made with mktemp -d), counted there with wc -l and paged with sed and cat (the labelling
rules, the history and topics of sets 1-106, the file format, the docstring style and the disguises and codes already
used, to avoid repeating them; their lines and the code below the docstrings were not read). The own docstrings of sets
99-104 were not read, so a disguise or code they list and holdout_data.py does not may be repeated here unknowingly.
pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's root). The
benchmarks folder was not listed; this file's path and set 107's were checked with test -f before this file was first
written (set 107's existed, this one did not), and set 107's again before every run of the script (it existed at every
run and was passed to every run); set 107's file was only loaded by the similarity script, which never printed its
lines. The folder holding the similarity script and /tmp/prompts were not listed and no file in them was opened; the
script was only run. No slip to report: nothing outside these limits was opened, listed or run. The lines were drafted
as Python lists in the writer's own temporary folder, with a helper module there that turned digits and letters into the
other scripts below and spelt out the coded numbers from their tables, and written to this file by a small script of the
writer's own (which also checked the counts per kind, that no line repeats and the absence of triple quotes, backslashes
and line breaks); small scripts made the rewrites from lists of replacements, another wrapped this docstring to 120
columns of display width, and one-line scripts printed the converted digits, the coded lists, the lines' lengths per
kind and the highest difflib ratio between this set's own lines in the writer's drafts; a one-line check with the
checkout's Python loaded this file alone, to count its lines per constant and print its docstring's first line.

The similarity script read this file: it printed this set's lines and ratios, never the earlier sets', the training
lines or the partner's; it was run five times, every time at the default floor of 0.47 and with set 107's file. No line
is copied from earlier sets, from the training lines or from set 107: at the end no line of this set has a highest
difflib ratio at or above 0.47 against any earlier hold-out line, any training line, set 107's lines or this set's other
lines (the script printed no line in the last two runs, so every highest ratio is under 0.47, and under 0.49 too; among
this set's own lines the highest ratio is 0.421). In the first run forty-one lines stood at 0.47 or more (0.727 at most,
an argument over an e-bike left in a fire lane, since replaced by an argument over a car taking two parking spaces): ten
positives (a mobile by English month abbreviations, 0.630, replaced by Roman numerals; a van's removals in Devanagari
digits, 0.603, which got a new subject, rubbish removal; a WeChat id in the NATO spelling alphabet, 0.579, replaced by
Bopomofo; a mobile in Vietnamese number words, 0.578, replaced by Hebrew letter numerals; a hospital escort with 微亻言,
0.564; the Caesar-shifted id, 0.562; a car-pool in subscript digits, 0.538, which became parcel errands; the Major
Arcana, 0.504; appliance cleaning with a 抖音号, 0.494; the Heavenly Stems, 0.494) and thirty-one negatives (ten of the
dangerous-looking lines: the 12315 line over a deposit, 0.603, a storage invoice, a flight, a 12345 ticket over a van in
a fire lane, a Wi-Fi password, a 滴滴 plate, a pickup code, a colleague's mobile, a meeting number and a 顺丰 waybill;
three warnings, a fake lost-parcel refund, hospital touts and door-lock stickers; six number lines, a newborn's weight
and a maths score at 0.650, an electricity bill, steps walked, a half marathon and a shoe size; two notices, a chamber's
meeting and a company's move; five chat lines, an osmanthus tree, a forklift, a sports day, a grandfather's bicycle and
a parcel station; one question on a washing machine; two arguments; the English line on a recycling truck; the
traditional line on a first night in a new flat). All forty-one were rewritten with new wording, most with a new
subject; ten kept their subject or their code with a new framing and new wording (two of them, the Devanagari and
subscript lines, only their digit script, with a new subject), none by a synonym swap. In the second run four stood at
0.47 or more (0.538 at most): the Roman numerals, replaced in turn by Cantonese Jyutping number words; the English
line's replacement (a pharmacy's Sunday hours, 0.505, now a new nanny and a glittery card); a dog's weight (0.500), the
newborn's replacement; and a child tying his shoelaces (0.500), the sports day's replacement, now a solar water heater
blown crooked. In the third run one stood at 0.47 or more: the dog's replacement, a water meter (0.545), replaced by a
persimmon tree's yield. The fourth run found none. Forty-one lines were rewritten for similarity, forty-six rewrites in
all (one number line three times, three lines twice). The fifth run, on the finished file with this docstring, after
ruff format, found none at 0.47 or more either. Lengths run from 28 to 85 characters for the positives (the longest the
idioms' code) and 11 to 46 for the Chinese negatives (the English lines 108 and 115, the traditional ones 23 and 21).
The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 108 focuses on moving, logistics and household services sold into groups: moving companies and vans (the writer's
own 依维柯 with a mobile, a moving company's landline, a company relocation by e-mail, a cousin's moving videos on 快手,
a company on 伍八同城, a brother's piano movers by the Heavenly Stems, a classmate's moving company by the idioms, the
writer's car for small moves, packing materials on 拼多多, used boxes at a gate), couriers and freight (the writer's
part-load freight with a QQ, same-city couriers in Bengali digits, overseas parcel consolidation by Telegram, sea
freight to Vietnam in Hebrew letter numerals, the writer fetching parcels from a station), errand runners and queueing
for others (an errand mini-program, parcels and breakfasts in subscript digits, queueing by the Major Arcana, the writer
queueing at a hospital for a fee, hospital escorts with 微亻言 and at the writer's department), storage units (a
mini-storage's 400 line, the writer's garage on 闲鱼, a cold store's cubicles by the flower months, a basement storage
room), housekeeping, cleaning and deep cleaning (a husband's hourly cleaning, deep cleaning by a short link, with a
spaced mobile, in Lao digits and in Cantonese Jyutping, the writer's shop on 58同城, the writer's cleaning sprays in a
微店, the writer's tidying videos on 块手, a mother's hourly cleaning), nannies, 月嫂 and elder carers (a cousin's
agency on 小红书, a housekeeping 公众号, carers with "V：", a mother's childminding in Tibetan digits, a 月嫂's id in
small capitals, carers by playing cards, an aunt as a live-in 月嫂), pest control (an uncle's firm on 美团, Mongolian
digits, a Caesar-shifted id, the writer's cockroach bait), appliance cleaning (a 抖音号, a mini-program split as
小禾呈序, a cousin's range-hood cleaning), unlocking and lock changing (a locksmith's mobile, fingerprint locks with a
dashed mobile, double-struck digits, the lunar mansions, a husband's lock cylinders), car-pooling and chartered cars (a
QQ group, a mobile that is also WeChat, a 君羊 of ride-sharers, a long-distance driver in Bopomofo, seats home for the
New Year) and rubbish removal (Devanagari digits) and a movers' group on 叮叮; beside company, family, class, estate,
alumni, choir, badminton and chamber groups' ordinary life: waybills, orders, tickets, invoices, hotlines, meeting
numbers and a client's contact passed on for work, members asking for movers, cleaners, storage, lifts and locksmiths,
moving and housekeeping scams warned of, costs, sizes, weights and dates, and arguments over parking, a scraped
stairwell, washing, a rota and a budget.

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's own van removals with a mobile and
fifty off for the group; a husband's hourly cleaning with a WeChat id; the writer's part-load freight with "Q"; a moving
company's landline with an area code; a mini-storage's 400 line with a key to press and the group's name for a free
first deposit; company relocation quotes by e-mail; move-in cleaning by a short link, t.cn/…; a cousin's 月嫂 agency to
search on 小红书; an uncle's pest control on 美团 with a note for a free recheck; appliance cleaning with a 抖音号; a
car-pool QQ group by its number; chartered cars with a mobile that is also WeChat; a locksmith's mobile; the writer's
garage for storage on 闲鱼; a housekeeping 公众号 with a word to reply; an errand mini-program to search; a cousin's
moving videos with a 快手号; elder carers with "V："; overseas parcel consolidation with a Telegram handle; the writer's
housekeeping shop on 58同城; fingerprint locks with a dashed mobile; deep cleaning with a spaced mobile; a
mother-in-law's packing materials on 拼多多; the writer's own cleaning sprays in a 微店), 14 moderately, with disguises
the docstrings read do not list (Devanagari digits १३७…; Bengali digits for a QQ, ২৯৪…; Lao digits ໑໘໒…; Tibetan digits
༡༥༠…; Mongolian digits ᠑᠓᠕…; double-struck digits 𝟙𝟠𝟞…; subscript digits ₁₅₈…; small capital letters in a WeChat id
after ᴠx, ʏᴜᴇꜱᴀᴏ…; the homophone 伍八同城 for 58同城; the homophone 块手 for 快手; 群 split into 君羊; 信 split into
亻言, 微亻言; 程 split into 禾呈, 小禾呈序; the homophone 叮叮群 for 钉钉群) and 10 heavily, with codes the docstrings
read do not list (a mobile by the Heavenly Stems, 甲 as one, 癸 as zero; a mobile by playing-card characters' pips, ten
as zero; a mobile in Cantonese Jyutping number words, jat to ling; a mobile by the flower months, 梅 as one, 芙蓉 as
zero; a mobile by the first ten lunar mansions, 角 as one, 女 as zero; a mobile by the Major Arcana's numbers, 愚者 as
zero; a mobile in Hebrew letter numerals, with no zero in it; a mobile by the numeral opening each idiom, 零零散散 as
zero; a WeChat id in Bopomofo with two sevens after it; a WeChat id with each letter shifted one place on, to be shifted
back) and 12 subtle (an offer with a price or a call to action only): the writer's car for moves inside the estate at
two hundred a trip on a Saturday afternoon, the building said under the message; a mother's hourly cleaning at
forty-five, met at the guard room at noon; the writer queueing at a provincial hospital at eighty a number, with "私我";
a storage room in the writer's basement at a hundred and fifty a month, seen by the B2 lift after work; a husband's lock
cylinders changed at sixty and a hundred and twenty, at the property desk at the weekend; seats in the writer's car home
for the New Year at a hundred and eighty, by 接龙; an aunt as a live-in 月嫂 at twelve thousand eight hundred for
twenty-six days, met in the canteen; a cousin's range-hood cleaning at ninety-nine, half price for the first three, @
the writer; the writer's own cockroach bait at thirty a box at the school gate, quantities under the post; parcels
fetched from a station for two yuan each, asked for in the group; forty used boxes at three yuan on Sunday at the north
gate, while they last; the writer's weekend hospital escort at a hundred and fifty a half day, at the HR department on
the third floor. About a dozen positives are written the way members casually sell in a group (the writer's van,
freight, garage, housekeeping shop, sprays, tidying, car, queueing, basement room, cockroach bait, parcel errands, boxes
and hospital escort; a husband's cleaning and locks; a mother's childminding and cleaning; an aunt's 月嫂 work; a
cousin's agency, moving videos and range-hood cleaning; an uncle's pest control; a mother-in-law's packing shop; a
brother's piano movers; a classmate's moving company).

-   `POSITIVE_108` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_108` (100 lines): 20 that look dangerous at first sight (a ZTO waybill for samples, a 货拉拉 order for a
  company move's reimbursement, a street office's registration number over full parcel lockers, a property repair ticket
  for a door lock, a quarterly review's meeting number, a courier's monthly statement number, a client's purchasing
  contact's landline and extension passed on for work, a 丰巢 locker's pickup code for a grandmother's medicine, the
  12348 legal-aid line over a nanny's contract, the 110 line after someone tried a door handle, a mini-storage lease's
  number for archives, a 京东 return for a vacuum cleaner, a father's queue number at a clinic, a taxi's plate, a police
  station's household-registration landline, a train and seat for a grandmother, the 12333 line on a nanny's social
  insurance, a lost access card's number, a delayed flight, an EMS waybill for an admission letter); 10 members asking
  or recommending (movers across town, a cleaner recommended, a 月嫂's going rate, storage for a dormitory's things, a
  home remedy for cockroaches, a lift to the airport, papers for a locksmith, a fridge that ices up, an errand app for
  an old man's medicine, a week's childminding); 10 warnings quoting or describing the scam or ad ("搬家九十九全包" with
  floors and distance charged, "保洁三小时八十八" that pushes a yearly card, a "开锁换锁" card under the door, a 月嫂
  course's "包就业包证书", a fake logistics customer service's "核查" transfer, "加急号" sold at a children's clinic,
  "一次处理终身保" pest control, a car-pool fare paid first and the sender blocked, a temporary warehouse gone,
  "九十九一台" air-conditioner cleaning with parts added); 17 lines with numbers that are not contacts (a move's cost
  and the piano's share, boxes packed, a flat's size, a fridge carried to the sixth floor, a parcel's weight and
  postage, a cleaner's hours and pay, a nanny's pay this year and last, a persimmon tree's yield, minus three degrees, a
  listening test's mistakes, a balcony's depth, a term's dates, a drive's distance, rope skips, curtains' sizes, a
  car-pool's fuel, steps on moving day); 7 organisers' and admins' own notices (moving hours and lift mats in an estate,
  a class group's rule against housekeeping and training ads, badges at a new campus, a reunion's coach, a chamber's
  year-end dinner, rodent control in the stairwells, a badminton court's AA shares); 27 lines of everyday chat (tired
  after a move, a wonton shop like home's, a hiding cat, someone else's durians, a sparrow and a clean window, a
  father's forgotten keys, a newborn waking at night, a nanny's sweet braised pork, a detour in the rain, a parcel
  station's keeper, an old flat's keys, a primary-school essay book, a neighbour's renovation, sold-out ribs, an old
  ceiling fan, a mother's soup sent by an errand app, fog on a summit, a solar water heater, a shorter commute, a piano
  on a tricycle, a grandmother's voice messages, a neighbour's dog, solstice dumplings, a night shift's lunch box, a
  choir's costumes, snow, a castle of moving boxes); 5 heated arguments without any selling (a car taking two spaces, a
  stairwell scraped in a move, a duty rota ignored, a nanny's washing dripping in the stairwell, a budget blamed on one
  member); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_108 = """
周末我开自己的依维柯帮人搬家，市区一趟三百五，六楼以上另加，电话13862047519，群里报名字让五十
我老公接钟点工的活，擦玻璃、收拾厨房都行，一小时四十，微信 liu_jiazheng88 ，加的时候写小区名
寄大件回老家可以找我，我在物流园做零担，比走快递省一半，Q 2871036654 ，把地址和件数发过来
安居搬家公司：居民搬家、单位搬迁、钢琴吊装，预约电话 0571-86925143 ，提前一天订打九折
城东迷你仓开业了，一立方的小柜子也能租，统一热线400-612-7730转2，报本群名字免首月押金
公司要整体搬迁的老板，把面积、楼层和日期发到 zhang.banqian@163.com ，我们出方案报价，不收勘察费
开荒保洁和除螨这周还有空档，点链接自己挑时间：t.cn/A6xQ2mKp ，新客立减三十
我表姐做月嫂中介十年了，小红书搜“暖暖母婴护理”，阿姨的证书和雇主评价都在上面
家里闹蟑螂闹老鼠的，美团搜“净安除虫”，我舅舅开的，下单备注邻居群送一次复查
拆洗挂机柜机和烟机，拆装都录像，抖音 qingjie_laozhou 里有案例，咱们楼里免上门费
每周五下班拼车回县城的，我们建了个QQ群 635018427 ，车主乘客都在，进群报一下出发点
包车去机场、高铁站、周边景点，七座商务车，电话微信同号 15967203418 ，随叫随到
开锁换锁修保险柜，二十四小时上门，公安备案的，师傅手机 18705126693 ，半夜也接
我家车库腾出来了，闲鱼搜“老陈的小仓库”，按月租，放杂物放电动车都行，那条就是我挂的
找育儿嫂的家长关注公众号“安心家政服务站”，回复“育儿”就出在岗阿姨名单和价格
医院排号、代取报告、代缴水电，微信小程序搜“小马跑腿帮”，第一单免跑腿费
我表弟搬家的活都发在快手，快手号 banjia_xiaowu ，搬钢琴搬冰箱的视频都有，看中了私聊他
照顾卧床老人的护工男女都有，住家白班都行，V：hugong_wang66 ，先试工三天再谈工钱
做海外集运的，淘宝买的东西寄到我们仓库合箱发美国加拿大，Telegram @jiyun_amy 问运费
58同城搜“顺心家政李姐”，擦窗、收纳、做饭都接，这是我自己开的店，晒好评返十块
换指纹锁、加防盗链，咱小区已经装了二十多户，有需要打 136-5702-8841 找小孙
深度保洁、地板打蜡、布艺沙发清洗，电话 139 5821 0476 ，三室两厅一天做完
搬家纸箱、气泡膜、封箱胶带，我婆婆在拼多多开的店，搜“周家打包材料”，十个箱子起包邮
我在微店卖自己配的除螨喷雾和洗衣机槽清洁剂，店名“勤快妈妈小铺”，用过的都回购
装修垃圾、旧沙发旧床垫清运，三轮车上门一车一百二，号码 १३७०६२८४९१५ 周末不休
同城急送、文件代送，半小时上门取件，Q号：২৯৪৭১০৫৮৬ ，加的时候说是业主群的
要开荒保洁的看过来，我们五个人一队，一百平四小时搞定，手机 ໑໘໒໐໖໓໗໕໔໒໙
我妈退休后帮人带孩子，带大过三个，白天托管一个月四千，电话 ༡༥༠༩༨༦༣༢༧༤༡
白蚁、蟑螂、臭虫都能处理，进口药对孩子和宠物无害，电话：᠑᠓᠕᠒᠖᠐᠘᠗᠓᠔᠑
钥匙锁屋里了先别砸门，开锁师傅 𝟙𝟠𝟞𝟝𝟘𝟛𝟚𝟜𝟙𝟟𝟡 ，十五分钟到，开了再收钱
帮楼里代取快递、代买早餐，单元内一律两块一单，找我：₁₅₈₂₀₄₉₃₆₇₁
金牌月嫂，带过双胞胎，会做月子餐，月底有档期，ᴠx：ʏᴜᴇꜱᴀᴏ_ʜᴜᴀɴɢ 先视频面试
在伍八同城搜“兄弟搬场”，大中小车都有，我们家搬东西不拆箱不加价
块手搜“钟点工小芳”，我平时拍整理衣柜的视频，也接上门收纳的活
本市顺风车互助君羊，每天都有车主发行程，君羊号 7 1 5 2 0 4 6 8 3 ，进来看看
外地亲戚来省城看病没人陪的，我帮着跑科室、拿片子，微亻言：peizhen_xiaoli
洗衣机、油烟机上门清洗，微信里打开小禾呈序，搜“家电洗洗”，两台起上门
搬家师傅接零活的群在叮叮上，叮叮群号 39817026 ，找人帮忙抬东西的都在里面发
我哥开了个钢琴搬运队，楼梯再窄都能抬，号码按天干排，甲一乙二到癸为零：甲丙壬戊辛乙癸丁庚甲己
家里老人要陪护的，护工电话就是这几张牌的点数，10当0：🂡🃘🃘🃃🂺🂥🂶🂩🃔🂲🃇
做深度保洁的王师傅是广州人，预约电话他用粤拼写的，会讲白话的一看就懂：jat ng gau ling cat saam ji luk sei baat jat
小冷库隔间出租，号码用花信月份记，正月梅花是一，十月芙蓉当零：梅 桃 荷 杏 牡丹 芙蓉 桂 石榴 菊 梅 凤仙
开锁换锁芯的电话，照二十八宿开头十个的次序，角为一，女为零：角斗亢氐牛房尾女心箕角
排队取号、帮抢限购的东西都接，号码按塔罗大牌的序号读，第零张愚者就是零：魔术师 战车 战车 愚者 教皇 女皇 魔术师 力量 女祭司 恋人 皇帝
发越南、泰国的海运拼箱，电话用希伯来字母记的数，א是1，ט是9：א ג ח ה ז ט ד ו א ב ח
搬家公司老板是我同学，电话是每个成语打头那个数，零零散散算0：一路顺风 五湖四海 三顾茅庐 六六大顺 八面玲珑 零零散散 二话不说 九牛一毛 一路顺风 七上八下 四海为家
跑长途包车的老郑，微信号是这两个注音符号的拼音再加77：ㄎㄞ ㄔㄜ
上门除螨的小吴怕号被扒，微信故意把每个字母往后挪了一格，大家往回推一位：njfdipoh_xv
这周六下午我的车空着，小区里挪个柜子搬张床的，一趟两百，在这条下面说一声几号楼
我妈做钟点工十几年了，一小时四十五，活干得细，想约的中午到门卫室跟她碰个面
明早我去省人民医院排号，顺带帮人排，一个号八十，要的私我
我家地下室隔出来一间储物间，一个月一百五，下班后B2电梯口等，想看的过来
我老公会换锁芯，普通的六十包换，C级的一百二，周末在物业前台那边等大家
腊月二十六开车回安庆，后排还能坐三个，一人一百八，高速费我出，接龙报名
我姨是住家月嫂，二十六天一万二千八，明天中午在食堂二楼，想了解的过来聊聊
表哥做油烟机深度清洗，九十九一台，前三家半价，@我报门牌就行
我自己配的蟑螂胶饵，一盒三十，明天放学在校门口带过来，要几盒跟帖写
每天下班路过菜鸟驿站，帮楼里取件，一件两块，放你家门口，要的群里说一声
搬家剩了四十多个纸箱，八成新，三块一个，周日上午在北门，来晚就没了
谁家老人要人陪着去医院的，我周末接，半天一百五，来三楼人事部找我
"""

NEGATIVE_108 = """
小陈，样品用中通发出去了，运单 78514093226105 ，客户说周五前要收到
上次公司搬迁的货拉拉订单号 HL2024103188 ，财务说报销要截图，谁存了发我一下
楼下快递柜天天满格，我给街道打了电话，对方给了个登记号 JD-3317 让等消息
物业报修单 BX-0917 已经派给维修工了，单元门的电子锁明天上午来修
季度复盘的会议号 913 442 058 ，明早十点，要投屏的材料先发我邮箱
快递月结的对账单编号 DZ-11-2093 ，金额差了六十，谁去跟网点核一下
客户那边新对接人是采购部周敏，座机 021-68051372 转806 ，下周的托盘直接找她
外婆，药到北门丰巢柜了，取件码 731958 ，我晚上下班帮你拿
保姆合同的纠纷我问了12348法律援助热线，说可以先走劳动仲裁
半夜有人拧我家门把手，吓死了，已经打了110，民警说明天调监控
档案室的箱子挪到迷你仓了，租赁合同编号 CC-2026-0448 ，钥匙在行政那里
吸尘器退货单号 JD8830417265 ，京东小哥下午三点来取，家里记得留人
爸，你的挂号是十七号，诊室在三楼B区，叫到号再进去
小姨上的出租车牌号苏E·T6528，我截图留着了，到了报个平安
办居住证要去派出所，户籍窗口电话 0512-65270110 ，去之前先问清楚带什么
奶奶的车票买好了，G7368次，12车8F，二十九号下午两点零五开
给保姆交社保的事问了12333，说灵活就业可以自己交
门禁卡 0038172 号丢了一张，已经让保卫处挂失了
表舅那班 MU5137 延误到凌晨一点二十，接机改成我去，你们早点睡
录取通知书走的EMS，单号 1190384275611 ，孩子说已经在派送了
下个月从城西搬到城东，两室一厅，大家有靠谱的搬家公司推荐吗
上回物业介绍来的刘阿姨做保洁特别仔细，连空调滤网都洗了，真心推荐
请月嫂现在一般什么价位啊，二十六天那种，想先心里有个数
放暑假两个月，宿舍的东西想找地方寄存，学长们以前都放哪
家里有蟑螂的可以试试硼酸拌洋葱的土办法，我家用着还行，比买药便宜
周五有人开车去萧山机场吗，想蹭个车，油费我出
防盗门锁坏了，找开锁的要准备身份证吗，第一次碰到这种事
冰箱冷藏室老结冰，是温控坏了还是门没关严，有懂的吗
用跑腿软件帮老人买药靠谱吗，他一个人在家我不太放心
家里保姆下个月回老家，临时找人带一周孩子该怎么弄，有经验的说说
别信门口贴的“搬家九十九全包”，我同事搬完被要了八百，说楼层和距离另算
那种“保洁三小时八十八”，人来了就推三千的年卡，不办就敷衍着干
门缝里又塞了张“开锁换锁”的卡片，上回邻居叫来收了三百，锁还弄坏了
有个月嫂培训喊“包就业包证书”，交了六千学费，最后就发了张结业证
有人冒充物流客服打电话，说包裹里查出违禁品，要配合转账“核查”，听到就挂
儿科门口有人兜售“加急号”，说交两百保证今天看上，护士说根本没这回事
灭蟑公司说“一次处理终身保”，半年后又有了，再打电话就没人接
网上约的顺风车让先转车费，转完人就把我拉黑了，拼车还是上车再付
小区边上那家临时仓库跑路了，好多人的家具拿不回来，租之前先看营业执照
上门洗空调说“九十九一台”，洗一半说要换配件，一开口几百，我直接让他走了
这次搬家一共花了两千三，光钢琴就占了六百
打包了三十七个箱子，书还没装完
新家一百零八平，比原来大了二十平
六楼没电梯，冰箱是两个师傅扛上去的，中间歇了三回
这个包裹称了一下十二点五公斤，运费四十八
保洁阿姨干了五个小时，按小时算付了二百二
去年请育儿嫂一个月六千五，今年问了都涨到七千了
老家院子那棵柿子树今年结了二百来个，我爸搭梯子摘了整整一上午
昨晚零下三度，车窗上全是霜
女儿英语听力二十道错了四道，老师说这水平算稳的
昨晚跳绳跳了一千二百下，今早起床小腿直抽筋
下学期三月二号开学，二月二十八号返校报到
从老家开回来五百四十公里，加了两次油
阳台量了一下进深才一米三，那个柜子放不下
窗帘量好了，宽两米八高两米六，明天去布料市场挑
单位四个人拼车上班，一个月油费一共九百
搬家那天手机记了一万八千步，第二天下楼梯腿直打颤
【物业通知】搬家请提前一天到前台登记，电梯只在早八点到晚六点使用，请铺好保护垫
本群是三年二班家长群，请勿发家政、保洁、培训等广告，发一次提醒，再发移出
行政通知：新园区门禁下周一启用，工牌统一到前台换，旧卡周五作废
同学会那天统一坐大巴，早上八点在学校南门集合，自驾的同学在群里说一下人数
秘书处：年终答谢宴定在十二月十九号晚上，请各会员单位把参加人数报给我
业委会：下周一到周三物业统一做楼道灭鼠，家里有宠物的请看好
群主：周六的场地订好了，八点到十点，AA每人二十五，到场交给我
总算搬完了，累得一口饭都不想吃
新家楼下有家馄饨店，味道跟我们老家一模一样
我家猫搬家以后躲在沙发底下两天没出来
今天快递小哥送错了，给我搬来一箱别人家的榴莲
阿姨把窗户擦得太干净，早上一只麻雀撞上去了
爸又把钥匙忘在单位了，在楼下等了一个小时
月子里的宝宝一晚上醒三次，我眼睛都睁不开
奶奶说新保姆做的红烧肉太甜，还是爱吃自己做的
今天下雨，拼车的师傅绕了好远的路
驿站老板娘记性真好，一看见我就把包裹递过来了
老房子的钥匙交了，住了十几年，还有点舍不得
搬家的时候翻出我小学的作文本，笑死
昨晚楼上装修砸墙，孩子被吵醒哭了半天
食堂今天的糖醋排骨卖完了，晚来一步
学弟发来照片，我们宿舍那台老吊扇居然还在转，一眼就认出来了
我妈学会用跑腿软件给我送汤了，送到还是热的
周末去爬山，山顶雾太大，啥也没看见
楼顶的太阳能热水器被大风吹歪了，物业说明天派人爬上去看
新办公室离地铁站近了，早上能多睡二十分钟
下班路上看到有人用三轮车拉着一架钢琴，太厉害了
外婆学会发语音了，一上午给我发了二十多条
隔壁的狗每次电梯门一开就冲我摇尾巴
冬至快到了，家里准备包荠菜馅的饺子
今天夜班的盒饭是土豆烧鸡，难得有一回不咸
我们合唱团下周演出，衣服还没发下来
刚看了一眼窗外，下雪了
女儿把搬家的纸箱做成了一个城堡，钻进去不肯出来
你搬家把楼道墙蹭成这样，一句道歉都没有？物业监控都拍下来了
值日表贴在门口谁也不看，垃圾堆了三天没人倒，合着这层就我一个人住？
楼下那辆五菱天天一个车占两个位，纸条我贴了三回，你是看不见还是装看不见
你家保姆天天在楼道晾衣服，滴得满地是水，我都说三次了
预算是大家一起定的，现在又说我乱花钱，账单都在这儿你自己看
The movers finally left at nine; half the boxes are labelled wrong, so tonight we eat takeaway on the floor.
Our new nanny starts on Monday, and the twins have already made her a welcome card with far too much glitter on it.
搬家那天下大雨，紙箱全濕透了，書泡壞了好幾本。
阿嬤說明天要自己坐車來看孫子，勸都勸不住。
"""
