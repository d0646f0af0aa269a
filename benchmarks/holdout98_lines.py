"""Hold-out set 98 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-96 (see holdout_data.py, whose docstring covers sets 1-96; sets 95 and 96 are also
described in their own docstrings, which were read here), at the same time as set 97 (written by another helper; this
set was checked by the same script against set 97's lines as they stood at each run, unread: highest 0.377 at the end
among the lines whose closest group it is, as the script showed it), and kept unscored until it is scored once, blind.
The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened
nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no
file in benchmarks/ (no benchmark); holdout_data.py, holdout95_lines.py and holdout96_lines.py were opened only for
their module docstrings, printed with ast.get_docstring by the checkout's own Python (the labelling rules, the history
and topics of sets 1-96, the file format, the docstring style and the disguises and codes already used, to avoid
repeating them; their lines and the code below the docstrings were not read). The three docstrings were saved to the
writer's own temporary folder (made with mktemp -d; the same command checked this file's path and set 97's with test -f,
which found set 97's file already there, and counted the saved docstrings' lines with wc -l) and paged through there
with cat (set 95's and set 96's whole, and the holdout_data.py docstring, whose middle the tool cut, so its lines
150-330 and 330-510 were printed again with sed), joined into one file with cat and searched with three loops of greps
counting words and signs for the digit scripts, lookalike letters, split characters, emoji, homophones and codes
considered here: sixty-seven in the first (twelve found: Thai, parenthesized, regional, flower, month, colour, card, do,
re, solar, team and sport; a grep -o printed two lines and two grep -n showed the lines holding the others: Thai only in
trips to Thailand, parenthesized only in set 95's parenthesized digits, regional only in regional specialties, flower
and month only in topics, a free month and festivals named for their months, colour in watercolour, solar in solar
panels, card, team and sport only in topics, do and re inside other words), fourteen in the second (seven found, none a
disguise: script, emoji, homophone and Li in the notes' prose, 企 in 企业微信, 扣 in 扣1, 扣钱 and 折扣, three kin in a
note on kin referrals; a grep -n for emoji and script, its output cut with head, and a grep -n for 企 and 扣 showed
their lines) and five in the third (Beaufort, wind, 风级, 星座, constellation: one grep -n showed wind only inside
window), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only run on this file,
from the checkout's root). The benchmarks folder was not listed; this file's own path was checked for existence by its
exact path (test -f) before it was first written; set 97's file was only checked for existence by its exact path (test
-f, before every run of the script: it existed at every check, so it was passed to every run) and only loaded by the
similarity script, which never printed its lines. The folder holding the similarity script was not listed and no file in
it was opened; the script was only run (the first run timed with time). No slip to report. Nothing outside these limits
was opened, listed or run. The lines were drafted as Python lists in the writer's own temporary folder and written to
this file by a small script of the writer's own (which also checked the counts, that no line repeats and the absence of
triple quotes, backslashes and line breaks), with a helper module there that turned digits and letters into the other
scripts below and spelt out the coded numbers from their tables; another small script made the rewrites from lists of
replacements, another wrapped this docstring to 120 columns of display width, and one-line scripts printed the converted
digits and coded lists, the count of the search words and the lines' lengths; sed printed this file's lines once for
review; cp and diff showed that ruff format left the file unchanged, and a one-line script run by the checkout's Python
read this file back and counted its lines and distinct lines. The similarity script read this file: it printed this
set's lines and ratios, never the dumps' or the partner's lines; it was run seven times: three times at the required
floor of 0.49, two times at 0.47, to find the lines standing just below it, and twice at 0.47 on the finished file with
this docstring, the second after this account of the checks was completed (the script prints the highest ratio per group
at any floor, so no lower floor was needed). No line is copied from earlier sets or from the training lines: every
line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.468), against every line of the
training dump at most 0.49 (highest 0.456), against set 97 at most 0.49 (highest 0.377 among the lines whose closest
group it is; the script prints each line's highest ratio only, so a line closer to a dump may stand a little nearer set
97, but under its own highest, at most 0.468), and no two lines of this set exceed 0.49 against each other (0.326 at
most, as the script showed it).

Thirty-nine lines were rewritten for similarity, eight of them more than once (six twice and two three times: forty-nine
rewrites), each time with new wording, not a synonym swap, most with a new subject; one code was changed, not only
reworded, as its line stood at 0.543 against the hold-out dump and earlier sets may have used it (the docstrings read do
not list every code of the earlier sets): a QQ sung in numbered musical notation, sol as five and a rest as zero, now
the Beaufort scale's names for wind forces. In the first pass, at 0.49, thirty-three stood at 0.49 or more (0.882 at
most, ginkgo trees by a gate, against set 97), twenty-four against the hold-out dump, six against the training dump and
three against set 97: five positives (the writer's own flat with a mobile, 0.500; furniture on 闲鱼, 0.548; a shop
transferred, 0.521; an apartment block's mini-program, 0.500; the musical code) and twenty-eight negatives (an invoice,
a waybill, a contract's number, a gas hotline, a 京东 order, a repair slip, an electricity account, a locker's code,
boxes asked for, 0.791 against the training dump, school scores, 0.609 against set 97, boxes packed, steps walked,
badminton split, the group rule, 0.649, an account removed, 0.636 against set 97, an owners' meeting, an alumni reunion,
a stray cat, office plants, a crowded metro, 0.857, last night's match, twenty years since graduation, the ginkgo,
colder weather, 0.667 against the training dump, expense forms, homework signed, drilling at seven and the second
English line). In the second pass, at 0.49, seven of the new lines (0.663 at most, the English line), and in the third
two (a persimmon tree, 0.605, and a dormitory's six, 0.511). A run at 0.47 then found seven standing between 0.471 and
0.488 (the 闲🐟 shop, the playing cards, a supplier's mobile passed on, a 12345 ticket, a 12315 case, a removed account
and a traditional-script line), and a last run at 0.47 found none (0.468 at most). Lengths run from 25 to 67 characters
for the positives (the longest the solar terms) and 15 to 48 for the Chinese negatives (the English lines 90 and 112,
the traditional ones 15 and 16). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 98 focuses on housing sold into groups: rooms and flats for rent and sublet (a mother-in-law's one-room flat, a
single room sublet on a transfer to Suzhou, a flat with appliances in Thai digits, a two-room flat by the 千字文, a
top-floor room by a hand of cards, a piano room by the wind scale, apartments in a mini-program, a room near the office
shown at noon, two rooms by a school shown after a parents' meeting, a spare room for alumni in Beijing), property
agents (an agency's landline, an agent's listings on 贝壳, a 链家 agent's WeChat id, a brother on 快手, listings on 莲家
, an agent seeking sellers on 威信, a rough flat shown under building 12), shop and office space (a whole floor by
e-mail, shared desks on 安居客, a stew shop transferred, a small office in Khmer digits, a siheyuan for a tea house by
dynasties, a shop front offered at the market, factory storage in regional-indicator letters), parking spaces (two
spaces on 58同城, a space sold in keycap digits, a space let under the message), moving and removal vans (a removals 400
line, the writer's van with "V：", heavy items with a dashed mobile, long-distance moves in Arabic-Indic digits, helpers
by team sizes, the writer's van on a 接龙), storage (a mini-storage 公众号, a storeroom by the gate, storage cells by
tally marks, a storage cell passed on with @, a small warehouse asked for at the guard room), short-let flats and
homestays (a homestay's short link, a husband's Sanya flats on 抖音, a sister's Dali homestay on 小红书, day rooms by a
children's hospital, day and hourly rooms in a 裙, a homestay in bold-script letters, a riverside loft by 静夜思, a farm
cottage by the solar terms, an old home let to relatives' visitors), room-mates wanted (a flatmate by QQ, a flat-share
group's number, flatmates in Gujarati digits, student beds on 企鹅), furniture left behind (the writer's furniture on 闲
鱼, mattress and desks in superscript digits, washer and fridge on 闲🐟, shelves carried off at a door, a mattress
handed over at a gate) and property management extras (empty flats looked after with a spaced mobile, office cleaning
and bills paid through 微亻言, a second-hand flat's inspection by the 河图, rented rooms' repairs by resistor colours);
beside an owners' group's rule, a water cut and a removed advertiser, an office move, rent and deposit numbers, a gas
hotline, complaints, members asking for movers and rents, rent scams warned of, ordinary chat in company work groups,
family groups, parents' class groups, owners' groups, alumni groups and hobby groups (cycling, table tennis, angling, a
reading club, a choir).

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's mother-in-law's flat with a mobile; a
sublet with a WeChat id; a flat-share with a QQ; an agency's landline with an area code; a removals company's 400 line
with a key to press; office space by e-mail; a homestay's short link, suo.im/…; an agent's listings to search on 贝壳;
the writer's furniture in a named 闲鱼 shop; parking spaces to search on 58同城; a husband's flats with an 抖音号; a
sister's homestay on 小红书 with the writer's name as a remark; a storage 公众号 with a word to send; a flat-share group
by a spaced group number; the writer's van with "V："; a shop transferred with a mobile that is also WeChat; empty flats
looked after with a spaced mobile; removals with a dashed mobile; a 链家 agent's WeChat id; shared desks to search on 安
居客; day rooms with a mobile; an apartment block's mini-program to search in WeChat; a brother's listings on 快手; a
storeroom with a surname and mobile), 14 moderately, with disguises the docstrings read do not list (Thai digits ๑๓๖…;
Khmer digits ១៥៨…; the homophone 莲家 for 链家; Gujarati digits for a QQ, ૩૮૪…; Arabic-Indic digits ١٨٧…; superscript
digits ¹³⁹…; keycap emoji digits 1️⃣5️⃣0️⃣…; mathematical bold-script letters for wx and an id, 𝔀𝔁：𝓵𝓾𝓼…;
regional-indicator letters for VX, 🇻 🇽; the homophone 威信 for 微信; 企鹅 for QQ; the homophone 裙 for 群; 信 split into
亻言, 微亻言; the fish emoji for 鱼, 闲🐟) and 10 heavily, with codes the docstrings read do not list (a mobile by the
places of the 千字文's first ten characters, 天 as one and 月 as zero; a QQ by the 河图's generating and completing
numbers, 生水 as one and 成土 as zero; a mobile by resistor colour bands, 黑 as zero to 白 as nine; a mobile as a hand
of playing cards, A as one and 10 as zero; a mobile by the dynasties' order, 夏 as one and 元 as zero; a QQ by the
Beaufort scale's Chinese names, 无风 as zero to 烈风 as nine; a mobile by the solar terms' order from 立春, 夏至 as
zero; a QQ in 正-character tally marks, 一 丅 下 止 正 and 正 with a remainder; a QQ as the players of one side in nine
sports, singles as one and baseball as nine; a mobile by the places of 静夜思's first two lines' characters, 霜 as zero)
and 12 subtle (an offer with a price or a call to action only): shelves and a shoe cabinet at fifty carried off at a
building's door before seven; a parking space at two hundred and eighty replied for under the message; a room near the
office at fifteen hundred shown from the front desk at noon; an old home at eighty a day let to relatives' visitors,
signed up at an activity room on Saturday; a double mattress at a hundred handed over at the east gate after work; a
storage cell at three hundred, the writer named with @ in the group; two rooms by a school at thirty-two hundred talked
over at the school gate after a parents' meeting; a small warehouse at six hundred asked for at the guard room on
Wednesday morning; a shop front at two thousand, the writer found at the market's second row; a van's removal at a
hundred and fifty signed up on a 接龙 with building numbers; a spare room in Beijing at eight hundred talked over at an
alumni gathering; a rough flat at 1.2 million shown under building 12 at nine. About a dozen positives are written the
way members casually sell in a group (a mother-in-law's flat, the writer's sublet, furniture, van, storeroom, mattress,
shelves and parking space, a husband's flats, a sister's homestay, a brother's listings, the writer's own shop and old
home).

-   `POSITIVE_98` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_98` (100 lines): 20 that look dangerous at first sight (a rent invoice's number with a wrong tax id, a
  removal van's plate, a key sent by 闪送 with an order's tail number, a supplier's fitter's mobile passed on for an
  office move, an online filing's number, a 12345 ticket about renovation noise, a 贝壳 refund of a viewing deposit, a
  gas emergency line, a 天猫 order sent to an old address, a housing bureau's 公众号 for filings, a class teacher
  passing on a sub-district office's landline, utilities' transfer receipt, a leak's repair number, a gas account number
  for a father, an access card's number, a staff number for a rent allowance, a 货拉拉 order whose driver chipped a
  bedside table, a 12315 case about a vanished rental company, a 自如 repair number, a notary's appointment number); 10
  members asking or recommending (a moving company, photos of a furniture list, a careful mover recommended, parking
  rents, renting near a school, boxes to spare, moving an air-conditioner, a homestay for elderly parents recommended, a
  deposit kept for dirty walls, commuting in Nanshan); 10 warnings quoting or describing the scam or ad ("房子急租，先交
  定金锁房", "月租八百住市中心精装公寓" as rent loans, a buyer's appraisal fee, "空调加氟、开锁换锁" leaflets, "代办房产
  过户，包税费", movers' prices raised once loaded, a host asking for transfers off the platform, a paid lottery place
  for a flat, "长租公寓一次交一年送两个月", "您的车位租赁合同即将到期，点击链接续签"); 17 lines with numbers that are
  not contacts (a flat's measured area, rent split three ways, a standing long jump, clothes packed, a sofa and a lift
  door, a mortgage rate, six flats' prices, a balcony's size, a service charge raised, a grandfather's age, table tennis
  split, a parking space's width, alumni donations, a quarter's occupancy, a renovation's days, a commute, a fridge's
  size); 7 organisers' and admins' own notices (an owners' group rule sending sales to the notice board, an account
  removed for pushing day rooms, a water cut, an office move, a parents' meeting, an alumni reunion, a cycling ride
  cancelled); 27 lines of everyday chat (a west-facing window, a video for a mother, a lift repaired, earphones found
  under a sofa, a weekly report put off, a new school's canteen, a father's old wardrobe, thin walls, a desk by a
  window, a commute by bike, a grandmother's wontons, a football match, a classmate teaching at the old school, a first
  night, keys handed back, reeds by a river, a cold wave, angling at a reservoir, 繁花, a health check, succulents,
  tomatoes from a neighbour, a dinosaur-green wall, old certificates, a leaking car park, a choir, a kind flatmate); 5
  heated arguments without any selling (an e-bike in a fire passage, rubbish in a flat-share, a dog in the lift, a
  relative in a rented space, house prices blamed on the committee); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_98 = """
婆婆搬来跟我们住了，她那套五楼的一居室就空着，月租一千九，有意打我15967203418
工作调去苏州，合同还剩七个月的单间转租，押金退你一半，微信 zhouyu_0923 聊
滨江那边三居室找个女生合租，主卧带阳台1500，爱干净不养宠物，Q 2847109365
宏基置业新到一批学区二手房，门店就在菜场对面，座机0571-86432917
顺达搬家同城小件一百起，钢琴冰箱都能搬，预约拨4008-617-325转2
科技园B座整层办公室招租，带装修可注册，要报价的发邮件到 leasing.kyq@163.com
我们在千岛湖的民宿十一还剩三间湖景房，订房点 suo.im/5Xq2Lk 直接选日期
我在贝壳上挂了十几套本小区的房源，搜“阳光里 老陈”都是我的
月底回老家，实木餐桌、上下铺、旧书柜全清，闲鱼店铺“吴家断舍离”里都挂了，得自己来拉
地下车库B2两个车位出租，一个月三百五，我在58同城发了帖，搜“翠湖苑车位”
老公在三亚做海景公寓短租，每天直播看房，抖音号 sanya_haijing77
我妹在大理开的院子民宿，小红书上搜“洱海边的阿月”，报我名字打九折
迷你仓按月租，放换季衣服行李箱正合适，关注公众号“格子存”回复“租仓”看价格
在张江上班想找室友的，可以进我们合租交流群，群号 728 406 193
自己有辆厢式货车，周末接小搬家，市区两百一车，V：banjia_laozhang
我在菜场门口那间卤味铺子不做了，连冰柜灶台一起转，转让费面议，电话同微信13816259074
帮业主托管空房，定期开窗通风、收快递、交水电，包月一百八，有需要打 139 5820 7416
拆旧家具、搬钢琴、清运装修垃圾都接，师傅电话 186-2904-7735
本人链家经纪人，专做城西整租，一居到三居都有房，加我微信 lj_xiaotang2024 发你房源
写字楼共享工位六百一个月起，安居客搜“创客空间 徐经理”有实拍
儿童医院旁边有日租房，陪护家长住很方便，一晚一百二，电话17751830629
我们公寓刚装完的二十间单身房上线了，微信小程序“栖居青年寓”里能VR看房，年付送一个月
我哥在县城做二手房，快手搜“房哥老贺”天天发新房源
小区门口那间储藏室出租，十二平，放电动车杂物都行，月租两百，周先生18905127436
我那套一室户空出来了，家电全配，月租两千二，看房打 ๑๓๖๒๑๙๘๔๐๗๕
小型办公室带前台，两人间起租，水电网全包，电话 ១៥៨០៣៧២៦៤៩១
莲家上搜“城东 小葛”，我手上有一批降价急售的房，比挂牌低不少
找两个室友分摊房租，每人一千一，包网费，Q：૩૮૪૭૧૦૫૯૬
长途搬家跨省也跑，按方数算价，联系 ١٨٧٥٥٠٩٢٣٦٤
退租前要把床垫书桌餐椅都处理掉，打包价三百，电话¹³⁹⁷⁰⁴⁶⁸²⁵¹
车位出售，产权清晰，离电梯口近，有意打1️⃣5️⃣0️⃣6️⃣2️⃣9️⃣3️⃣7️⃣4️⃣8️⃣0️⃣
我家民宿周末还有亲子房，带小院能烧烤，𝔀𝔁：𝓵𝓾𝓼𝓱𝓮𝓷𝓰𝓳𝓾
城南厂房仓库出租，五百到两千平都有，🇻 🇽：cangku_zhao88
小区里有想卖房的，我这里客户多，加威信 fang_ayi66 免费评估
学生公寓床位月付，离大学城步行五分钟，企鹅号 2065193847
日租房、钟点房信息都在我们裙里，裙号 914627385，进来直接问
写字楼保洁、空调清洗、物业代缴都能做，加微亻言 wuye_helper9
房子退了，滚筒洗衣机和对开门冰箱带不走，都挂在闲🐟小店“杨杨清屋”，自提更便宜
两房整租，拎包入住，看房电话照《千字文》开头十个字的次序：天玄荒宇月地洪日天黄宙（月算0）
二手房验房一套三百，Q号按河图生数成数写：成火 生木 成水 生水 成金 生金 生火 生土 成木
电工出身，顺带接出租屋的水电维修，电话按色环读：棕灰蓝红紫黑绿橙白棕黄
老小区顶楼单间月付九百，房东爱打牌，电话就按他这把牌念（10算0）：♠A ♥3 ♣5 ♦9 ♠2 ♥8 ♣6 ♦10 ♠4 ♥7 ♣A
老城区四合院出租，适合开茶馆，房东手机按朝代顺序排：夏汉隋周元唐晋秦宋夏商（夏是1，元当0）
琴房连立式钢琴一起租，月租六百，Q号按风力等级的名字排：清劲风 软风 疾风 微风 轻风 无风 强风 和风 软风
农家小院整租给城里人周末住，一年一万二，电话按节气排位：立春 立夏 惊蛰 芒种 谷雨 夏至 雨水 春分 清明 小满 立春（夏至当0）
小区储物间还有四格空着，一格每月八十，Q号是我唱票记的正字：止 正止 下 正下 丅 正丅 正一 一 正
周末搬家帮手按小时收费，Q号是每项一队上场几人：篮球 羽毛球双打 排球 棒球 三人篮球 乒乓单打 八人单桨 四乘一百接力 手球
江边loft短租，一晚两百八，手机号是《静夜思》头两句的字序，霜当0：床地霜月是明光疑前上霜
搬家剩下的书架和鞋柜，一共五十块，今晚七点前来3号楼2单元门口抬走
我家楼下车位这个月起空着，月租两百八，要的在这条消息下面回复
公司附近的单间还空一间，一千五包物业，明天中午我在前台，想看的跟我一起去
老家房子短租给来看病的亲戚朋友，一天八十，要的周六到社区活动室找我登记
家里闲置的双人床垫，一百块，自提，今天下班后在小区东门交接
三个月的储物格帮忙转手，原价四百现三百，要的群里@我
学校旁边两室出租，月租三千二，家长会结束后我在校门口，想了解的过来聊
厂房隔出来的小仓库月租六百，有意的周三上午到门卫室问老孙
想把临街小铺面租出去，二十平月租两千，有兴趣的直接到菜市场第二排找我
我有小货车，周日可以帮忙搬家，市区跑一趟一百五，需要的接龙报楼号
校友里要在北京找落脚的，我那儿次卧空着，八百一个月，聚会那天见面细说
楼下那套毛坯房要出手，一百二十万可谈，想看的明早九点我在12栋楼下带看
"""

NEGATIVE_98 = """
报销退回来了，说房租发票No.05821937上的税号错了一位，得找房东重开
搬家公司的车牌是浙A·D72519，司机说十分钟后到小区南门
钥匙我用闪送寄给新租客了，订单尾号 6618，骑手说二十分钟到
采购那边转来：新办公室空调安装是供应商的孔师傅负责，13602874519，约时间找他
网签备案查到了，编号 ZL-2026-118734 跟中介给的那张纸上一致，放心了
楼上装修噪音投诉到 12345 了，回访短信里的工单编号 20261118004271 我先存着
贝壳的退款申请提交了，看房押金 500 元原路返回，单号 BK90873152
厨房有点煤气味，已经打了燃气抢修 96777，师傅说半小时到，先开窗了
天猫超市的米面油送到旧地址去了，订单 4102775693218 改不了，只能麻烦老邻居先收着
房管局的公众号“住在杭州”上可以查备案，输入合同号就行
班主任转发：开学要的居住证明，街道办电话 0571-87201655 可以咨询
水电燃气过户回执编号 HS0931276，明天带身份证去营业厅
卫生间漏到楼下了，物业给了个报修编号 WX-1121-037，说今天排不上明天一早来
爸，燃气缴费的户号 8801 2749 3306 我贴在冰箱门上了，别又打电话问我
新门禁卡卡号 00A73F92 登记好了，物业说今晚之后刷卡就能进单元门
报销租房补贴要填工号 E20471 和银行卡后四位 6673
货拉拉订单 HLL56204391 的司机把我的床头柜磕坏了，平台说会赔
长租公寓跑路那事，市场监管局给了受理号 3301260114，说等调解通知
自如APP 里报修记录显示单号 ZR7713045，师傅说周四来
公证处给的预约号 A0389，下周二去办房产继承公证
有没有人知道附近哪家搬家公司靠谱的？下个月要从六楼搬到隔壁小区
想问下大家，租房签合同时家具清单要不要拍照留底？
推荐一下上次帮我搬家的那家，师傅很小心，一件没磕，就是小区门口那辆蓝色货车
我们小区地下车位现在租金大概什么行情？有懂的说说
孩子明年上初中，想在学校附近租房陪读，大家觉得两居室够不够？
楼里有谁刚搬完家的？打包用过的大纸箱能不能匀我五六个
大家装空调移机一般找谁？房东让我自己搞定
上回说的那家民宿真不错，老人住一楼很方便，推荐给要带爸妈出去玩的
请教一下，退租时房东扣押金说墙面脏了，这种合理吗？
有没有同学在深圳南山租过房？想知道哪片通勤方便点
提醒各位：最近有人冒充房东发“房子急租，先交定金锁房”，千万别转账
朋友圈那种“月租八百住市中心精装公寓”的，基本都是租金贷，别信
刚接到电话说我的房子有买家出高价，让我先交评估费，明显骗子，大家注意
楼道里又贴了“空调加氟、开锁换锁”的小广告，物业说那些号码都不正规
看到有人在群外发“代办房产过户，包税费”，这种都是套钱的，去不动产中心自己办
别信那种搬家前报价三百，装上车再加到两千的，我同事就被坑过
民宿平台外让你私下转账的“房东”，十有八九是假房源
有人私聊我说能帮忙摇号买房，收五万好处费，这明显是诈骗
那个“长租公寓一次交一年送两个月”的，去年好几家都跑路了，别一次交太多
小心短信“您的车位租赁合同即将到期，点击链接续签”，物业从来不发这种
新房子实测套内面积 87.6 平，比合同上少了 1.4 平
这个月房租 4200，水电 318，网费 100，三个人分下来每人 1539 多
女儿立定跳远跳了 1 米 86，比班里好几个男生还远
整理下来衣服一共装了 9 个收纳袋，鞋子 23 双，难怪柜子塞不下
沙发长 2.4 米，电梯门只有 1.1 米宽，得走楼梯抬上去
房贷利率降到 3.05% 了，我算了下每月少还 412 块
看了六套房，报价从 215 万到 248 万不等，同一栋楼差了三十多万
阳台量了一下 4.2 米乘 1.6 米，放个洗衣机和晾衣架够了
物业费从每平 2.8 涨到 3.2，一年多出来六百多
爷爷今年 88 了，身体还硬朗，每天下楼遛弯两圈
乒乓球馆一小时 45，这次来了 6 个人打了两小时，每人摊 15
车位 2.5 米宽，我家车 1.85 米，停进去两边还能开门
校友会捐款已到账 36 笔，合计 18650 元
第三季度出租率 92%，空置 7 间，比上季度好一点
装修工期 65 天，预计 1 月 20 号完工
新家离公司 14.5 公里，地铁 38 分钟，比以前省了一半时间
我家那台冰箱 1.8 米高、70 公分深，搬家师傅说要拆门才能进
群主提醒：这里只聊小区公共事务，出租出售请去门口公告栏贴，群里发一次警告，发两次请出群
管理员：刚踢掉一个进群三分钟就私聊人推日租房的号，再有人收到直接截图给我
物业公告：本月 28 号上午九点到十二点全小区停水，检修二次供水设备，请提前储水
公司通知：下周一起搬到新办公楼 11 层，周五下班前请把个人物品装箱贴好工号
三年二班家长注意：下周三家长会，请准时到教室，会后讨论春游安排
建筑系九八级的各位，毕业聚会初定明年五一回母校，能来的在我这条下面写名字
骑行群通知：本周日活动因降雨取消，改到下周同一时间
新家的窗户朝西，下午晒得厉害，得赶紧装个窗帘
妈，我搬完了，晚上给你视频看看新房间
今天物业终于把电梯修好了，不用再爬十八楼
搬家时在沙发底下找到了三年前丢的耳机，居然还有电
周报今天先不交了，领导说周一一起汇报
孩子说新学校食堂比以前好吃多了
老爸非要把旧衣柜也搬过去，说是结婚时打的，舍不得扔
租的房子隔音太差，隔壁打呼噜我都能听见
新工位靠窗，下午能晒太阳，就是屏幕有点反光
今天换了条通勤路线，骑车到地铁站反而快了十分钟
姥姥包的荠菜馄饨，冻了一冰箱，周末回来拿
昨晚国足那场谁看到最后了？我中场就睡着了
毕业这么多年，只有老周还留在母校当老师，上次回去他请我们吃了食堂
今天是搬进新家的第一晚，有点睡不着
钥匙交给房东了，押金当场退回，挺顺利
小区后面河边的芦苇白了一片，傍晚去走走挺舒服
气象台说周四有寒潮，阳台上晾的被子记得收
钓鱼群的兄弟们，今天水库只钓上来两条小鲫鱼
这周的读书会读《繁花》，有没有人读完了？
下周二全员体检，前一晚十点以后别吃东西
我家阳台的多肉冻死了两盆，心疼
楼上邻居送了一袋自家种的小番茄，好甜
儿子非说新房间的墙要刷成恐龙绿，我和他爸都没同意
收拾旧房子翻出了小时候的奖状，一堆
下雨天停车场漏水，物业说明天来补
合唱团今晚照常排练，我可能晚到十分钟
新室友挺好相处的，还帮我修好了台灯
你每次都把电动车停在楼道口，说了多少遍了，堵着消防通道你不知道吗？
合租说好轮流倒垃圾，这周又是我一个人倒，你们好意思吗
你家狗天天在电梯里撒尿，监控都拍到了还说不是你家的，脸呢？
车位是我先租的，凭什么你家亲戚来了就占着不走？
群里说话客气点，房价跌了又不是业委会的错，别什么都往别人头上扣
Just moved into the new flat, the kitchen is tiny but the view from the balcony is lovely.
The removal van was two hours late and one chair got scratched, but at least everything is in the new place now.
搬家累死了，紙箱還沒拆完一半。
鑰匙放在門口地墊下面，你先進去。
"""
