"""Hold-out set 82 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-80 (see holdout_data.py; sets 77 and 78 were studied in this
session, and sets 79 and 80 were being studied), at the same time as set 81 (written by another helper; this set was
checked by the same script against set 81's lines as they stood when this one was finished, unread: highest ratio
0.467 at the end, as the script showed it), and kept unscored until it is scored once, blind. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in
benchmarks/ (no benchmark); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-80, which also names the disguises and calls earlier sets' errors led to), printed
with ast.get_docstring, and holdout79_lines.py and holdout80_lines.py only for their module docstrings, printed the
same way (the file format, the docstring style and the disguises and codes already used, to avoid repeating them;
their lines and the code below the docstrings were not read; the three docstrings were saved to the writer's own
temporary folder and paged through there with wc, cat, sed and one grep for the disguises planned here, nothing else in
them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's
root). The benchmarks folder was not listed; set 81's file was only checked for existence by its exact path (test
-f, before every run of the script; it existed at every run) and only loaded by the similarity script, which never
printed its lines. The folder holding the similarity script was not listed and no file in it was opened; the script
was only run, always with set 81's file passed. No slip to report: nothing outside these limits was opened, listed
or run. The lines were drafted in the writer's own temporary folder and written to this file by a small script of
the writer's own (which also turned digits and letters into the other scripts below and checked the counts and the
display width), and the similarity script then read it: it printed this set's lines and ratios, never the dumps' or
the partner's lines; it was run ten times: at the required floor of 0.49 and then at 0.47, to find the lines
standing just below it, and at lower floors (0.40 and 0.44 on the finished lines, 0.40 again once this docstring was
written) only to read the highest ratio per group for this docstring. No line is copied from earlier sets or from
the training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest
0.468), against every line of the training dump at most 0.49 (highest 0.457), against set 81 at most 0.49 (highest
0.467 among the lines whose closest group it is; the script prints each line's highest ratio only, so a line closer
to a dump may stand a little nearer set 81, but under its own highest, at most 0.468), and no two lines of this set
exceed 0.49 against each other (the script showed none closest to this set above 0.40; the writer's own difflib
check over this file's lines alone gives 0.338 for the closest pair).

Thirty lines were rewritten for similarity, one of them twice (thirty-one rewrites), each time with new wording, not
a synonym swap. In the first pass, at 0.49, twenty-two stood at 0.49 or more (0.654 at most, a seed station's
invoice number to attach to an expense claim, against the hold-out dump), nineteen against the hold-out dump, two
against the training dump and one against set 81: three positives (a spraying drone's 抖音号, 0.557, only
reworded; a mobile split into its odd and even digits, to be interleaved again, 0.615 against set 81, which may use
a like code, so it was dropped for a mobile counted off well-known sets, 月亮 五岳 八仙…; a mobile in the order of
the planets from the sun, 0.553, which may have been used before, so it was dropped, first for Vietnamese number
words and then, as those stood at 0.590 in the second pass and may have been used before too, for a mobile with
every digit taken from nine) and nineteen negatives (the invoice number; dancing in the square tonight, 0.645; the
group rule, 0.602; a boundary argument by a poplar, 0.600; a spray-drift argument, 0.583; a meeting's notebook,
0.571; straw mats for a cold morning, 0.571; sweet potatoes received, 0.552; a fake agriculture-bureau call
warned of, 0.548; a calf born, 0.545; a land certificate's number, 0.533; a red scarf left in a car, 0.529, and a
shop manager's stock-take, 0.522, both against the training dump; a night's rain, 0.524; a parcel pickup code,
0.521; a 淘宝 sprayer's waybill, 0.500; strawberries ripe in the greenhouse, 0.500; a traffic jam home, 0.500; a
well-drilling foreman's mobile passed to a colleague, 0.494). The parcel code, the waybill and the invoice number
became a grandfather's grain subsidy on a social-security card, a farm shop's payment code to check and a voucher
number for an expense claim; the chat lines that stood high (dancing, the meeting, the calf, sweet potatoes,
strawberries, the traffic jam, the red scarf) were replaced with lines on the set's own topic or with new subjects
(a ewe's triplets, peanut oil from home, tomatoes in the greenhouse, a village road paved, a weekly meeting on
fertiliser sales, a broad bean for a science class). In the second pass, at 0.49, one: the Vietnamese line above. A
run at 0.49 then found none (0.486 at most). In the third pass, at 0.47, eight standing between 0.471 and 0.486:
among the positives a land surveyor's e-mail (0.477), a chicken-feed mobile with "电话微信同号" (0.472) and
panel cleaning by QQ (0.486); among the negatives a farm supplier's tax code for an invoice (0.475), a member asking
about drone spraying on wheat (0.471), new rice milled (0.483, against the training dump, now a rice mill's smell in
autumn), an argument over a biogas pit's smell (0.478) and the English line (0.480, now a grandfather's well pump
tripping the breaker). A run at 0.47 then found none, and runs at 0.49 and at 0.47 on the finished file, this
docstring included, found none. Lengths run from 23 to 66 characters for the positives (the longest with spaces
and Latin words) and 12 to 47 for the Chinese negatives (the English lines 111 and 80). The lines are meant to be
scored once, blind; tuning on their errors would spoil them.

Set 82 focuses on rural and agricultural supplies and home energy sold into groups: fertiliser (compound fertiliser
delivered to the village with a spaced mobile, a cousin's farm-supply shop by "vx：", potassium sulphate in Thai
digits, organic fertiliser by the order of the solar terms, a QQ from the units digits of a fertiliser price list,
the last forty bags unloaded at the village committee's gate on Saturday morning), seeds and seedlings (maize seed
on 淘宝, a seed catalogue on a short link, vegetable seedlings on 小红书, hybrid rice in Khmer digits, melon
seedlings on 扌并多多, rice seed by counting well-known sets, upland rice samples on a corner shop's counter),
pesticides (a brother's 拼多多 shop, herbicides in Myanmar digits), farm machinery and parts (a 快手 parts live
stream, a dealer's landline, a childhood friend's tractor repairs, a Kubota harvester for hire, harvester belts in
Gujarati digits, used transplanter parts on 闲🐟, parts by a QQ sung in solfège, parts in a pickup at the school
gate), crop-spraying drones (an 抖音号, a mini-program, boron spraying in Arabic-Indic digits, a mobile with every
digit raised by one, wheat plots replied in the group), animal feed (a fattening-pig feed maker's WeChat id, layer
and broiler feed with "电话微信同号", a feed mill on 礻见频号, a sheep-feed group-buy by the numbers in idioms,
chicks and ducklings by counting-rod numerals, a lorry of pig feed at the writer's back-yard store), greenhouse film
and building (a 视频号 of film and shade nets, a greenhouse builders' 视频号, film in superscript digits, two rolls
of film measured out in the writer's yard after supper), water pumps and well drilling (a pump on 闲鱼, a dashed
mobile, a drip-irrigation cousin, well drilling in monospace digits, pump motors by the Greek alphabet's order, a
mobile with every digit taken from nine, a drilling team's price at a hamlet's threshing floor, burnt-out pumps
rewound at the writer's repair shop), rooftop solar (a 400 line with a key to press, panel cleaning by QQ, small
capital letters for wx and an id, French number words, the writer's own roof shown on Sunday morning), biogas and
stoves (a 公众号 with a word to reply, an id in Cherokee lookalike letters, stoves and valves at the farm-machinery
station's gate on market day), farm labour teams (a QQ group for a harvesting team, wheat cutters by the homophone
薇信, a rice-transplanting team's free days signed up by a 接龙 in the group) and land surveying (an e-mail, ✌️ for
V, a total station's free week with plots posted in the group); beside ordinary chat in village and township groups,
owners' and neighbourhood groups, a farmers' cooperative, company work groups (a fertiliser firm's sales, a feed
mill's warehouse, an office's solar car park), a farm-supply shop's own staff group, family groups, a parents' class
group and an alumni group.

It keeps the mix real spam has: 24 lines plain or lightly disguised (compound fertiliser with a spaced mobile and a
name; "淘宝搜" the writer's seed shop with a discount for naming the group; "拼多多搜" a brother's crop-protection
shop; a spraying drone's 抖音号; "快手搜" a parts seller's live stream; pig feed with a 微信 id; film and shade nets
on a 视频号; "闲鱼搜" the writer's used pump; well drilling with a dashed mobile; rooftop solar on a 400 line with a
key to press; biogas repairs through a 公众号 with a word to reply; a harvesting team's QQ群 number; land surveying
by e-mail; a machinery dealer's landline; a seed catalogue on a short link, dwz.cn/…; a drone crew's mini-program
named to search in WeChat; a cousin's farm-supply shop with "vx："; a childhood friend's tractor repairs with a
mobile; "视频号搜" a greenhouse builders' team; chicken feed with "电话微信同号"; panel cleaning with "Q："; a
harvester for hire with a mobile and the driver's name; "小红书搜" the writer's seedlings; a cousin's drip
irrigation with a WeChat id), 14 moderately, with disguises the docstrings read do not list (Thai digits ๑๓๙…;
Khmer digits ១៨៦…; Myanmar digits ၁၅၂…; Gujarati digits ૧૭૭…; Arabic-Indic digits ١٣٥…; superscript digits
¹³¹…; monospace digits 𝟷𝟾𝟿…; small capital letters for wx and an id, ᴡx：ʏᴀɴɢ…; Cherokee lookalike letters for
an id, ᎠᎪᏀᎬᎷᎪ; 拼 split into 扌并, 扌并多多; 视 split into 礻见, 礻见频号; the fish emoji for 鱼, 闲🐟; the
homophone 薇信 for 微信; the victory-hand emoji ✌️ for V) and 10 heavily, with codes the docstrings read do not list
(a mobile by the order of the twenty-four solar terms, 立春 as one, 〇 as zero; a QQ number as the numeral in each
of nine idioms, 三顾茅庐 六畜兴旺…, 零敲碎打 as zero; a mobile with every digit raised by one, nine written as zero,
to be lowered again; a mobile as the counts of well-known sets, 月亮 五岳 八仙 七仙女…; a QQ number in counting-rod
numerals, 𝍡𝍦〇…; a mobile by the order of the Greek alphabet, α as one, 〇 as zero; a mobile in French number
words, un huit deux…; a QQ number in solfège, do si mi 休…, a rest as zero; a mobile with every digit taken from
nine, to be taken from nine again; a QQ number as the units digits of a fertiliser price list) and 12 subtle (an
offer with a call to action only, none quoted by the docstrings read): the writer's last forty-odd bags of compound
fertiliser at a hundred and ten, unloaded at the village committee's gate on Saturday morning, cash brought along;
upland rice samples on the counter of the east end's corner shop at eighteen a jin, names left with the shopkeeper;
wheat sprayed by drone at seven a mu, plots and areas replied in the group; two rolls of film at twelve a metre,
measured out in the writer's yard after supper; a drilling team's discount of twenty a metre next week, talked over
with its foreman at the third hamlet's threshing floor; rooftop solar shown on the writer's own roof on Sunday
morning, the sums done in person; biogas stoves and valves at the farm-machinery station's gate on market day, old
stoves taken for thirty; a transplanting team's five free days at a hundred and twenty a mu, signed up by a 接龙 in
the group; a total station on hand this week, a plot measured for two hundred, its place and house number posted in
the group; a lorry of pig feed eight yuan a bag below the town's, loaded by tricycle at the writer's back-yard store;
burnt-out pumps rewound for eighty at the writer's repair shop by the village entrance; harvester blades, chains and
belts looked over at the writer's pickup by the school gate after the parents' meeting. About a dozen positives are
written the way members casually sell in a group (a brother's 拼多多 shop, a cousin's farm-supply shop, a
childhood friend's tractor repairs, a cousin's drip irrigation, the writer's own seed shop, used pump, seedlings,
fertiliser, film, roof, feed store and repair shop).

- `POSITIVE_82` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_82` (100 lines): 20 that look dangerous at first sight (a farm supplier's unified credit code for a VAT
  invoice, an SF waybill for a faulty pump returned to its maker, the county's agricultural-extension 公众号 on wheat
  rust, a machinery subsidy seen in the 惠农一卡通, a well-drilling foreman's mobile passed to a colleague, a drone
  spraying fee already paid to the cooperative, a 拼多多 order number for insect netting short-delivered, a solar
  grid-connection application number, a land-management certificate's number, a feed mill's 400 after-sales line
  passed to warehouse staff, a biogas safety check's household numbers, a well-drilling video on 抖音, a grain
  subsidy paid to a card ending 2206, a farm shop's payment code and its name to check, the cooperative's account
  ending 0917 for ploughing fees, a customer's mobile's last four digits in a shop's staff group, an academy's
  视频号 replay on dense maize, the grid's mini-program showing a day's output, acceptance papers mailed to the
  county bureau, a voucher number for seed costs); 10 members asking or recommending (a reliable drilling team, a
  farm-supply shop on the west street, solar's payback, drone-sprayed wheat, layer feed brands, PO or EVA film, a
  hand-pump well's depth, a pump repairer in the east of the village, what surveying costs, day labourers' pay); 10
  warnings quoting or describing the scam or ad ("免费装光伏，屋顶租给我们每年给你三千", "进口高产种子，亩产翻一番",
  a grain-subsidy call asking for a bank PIN, fake fertiliser's "含量50", "无人机飞手培训，包就业月入两万", "沼气池
  改造全额补助，先交押金", "纳米增产剂，兑水一喷增产三成", "包出水，不出水不要钱", "厂家直供，先打款后发货",
  "土地流转高价收，一亩一年两千"); 17 lines with numbers that are not contacts (a maize yield, urea's price, a
  greenhouse's heat, a well's depth, a month's solar output, a wheat seeding rate, pigs sold, a plot measured, a
  drone's tank, a class outing's fares already paid, the cooperative's seed order, a biogas pit's size, forty hours'
  rain, a pump's head, a tractor's service, a chicken house's temperature, an alumni class found again); 7
  organisers' and admins' own notices (a village group's rule banning fertiliser, pesticide, seed, well-drilling and
  solar ads, an account removed for drone-spraying ads and private chats, the cooperative's organic fertiliser
  handed out, the village committee's wheat talk, a farm-supply shop's stock-take, a class teacher's visit to an
  agricultural park, an office's solar car park closing the east lot); 27 lines of everyday chat (some about
  seedlings, a pump, maize on the threshing floor, a ewe's triplets, a gift of eggs, a new biogas stove, a drone
  chased by children, peanut oil from home, a drought, a school farm-work memory, greenhouse tomatoes, a tractor in a
  ditch, a pagoda tree in flower, dusty panels, canteen food, a child's mung beans, pig prices, pesticides shelved,
  frost, lunch in the field, a harvester, a dog and hens, well drillers, a road paved, a sales meeting, a broad
  bean for class and a rice mill); 5 heated arguments without any selling (irrigation water let into a field, herbicide
  drift on cotton, a moved boundary marker, a field ridge crushed by a harvester, a biogas pit left uncovered); two
  English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_82 = """
复合肥到货了，45含量的一百二一袋，五袋起送到村里，电话 139 5427 0836 找老孙
自家育的玉米种，今年试种发芽率九成八，淘宝搜“丰禾种业小铺”就是我的店，报群名减五块
拼多多搜“绿田植保”，杀虫剂除草剂叶面肥都有，我弟开的店，正品假一赔十
打药不用再人背了，我这台T40一天能飞三百亩，八块钱一亩，作业视频都在抖音 feifang_laowang
拖拉机旋耕机的配件我这儿基本都有，快手搜“东风农机配件老马”，直播间天天发货
育肥猪饲料厂家直供，比镇上便宜两百一吨，微信 siliao_zhang88 加我报价
大棚膜、遮阳网、卷帘机，视频号“老周大棚材料”里都有实拍，下单包送到地头
家里闲置一台三寸自吸水泵，九成新，闲鱼搜“河边老李”就能看到，二百出
打井，一米一百二，包出水，深井浅井都能打，有需要的打 137-2618-4095
屋顶光伏免费上门测算，现在装还有补贴，拨 400-813-6620 按 2 号键转安装部
沼气池维修、沼气灶更换，关注公众号“乡村沼气服务站”，回复“维修”两个字就能预约
秋收缺人手的看过来，我带的割稻队十二个人，进QQ群 583207164 报日子排班
分家分地要丈量的，我们测绘所三天出图，四至界址标得清清楚楚，资料请寄 celiang_hu@163.com
收割机插秧机以旧换新，店里座机 0531-8726 4410，周末也有人值班
今年的蔬菜种子目录整理好了，点 dwz.cn/k8Tq2 就能看，价格都标着
微信里搜小程序“飞防约”，填上地块位置和亩数，我们机手上门打药
我表哥在镇上开农资店，化肥农药种子一条龙，vx：nongzi_chen66，说是我介绍的
发小修拖拉机二十年了，柴油机大修、换离合都行，手机 158 3962 7104
建温室大棚、钢架棚，我们队这几年做了三百多个，视频号搜“鲁南建棚队”
养鸡的老乡看一眼，我家自己配的蛋鸡料和肉鸡料，满一吨拉到鸡场，18654093172 打电话加微信都行
屋顶上的板子好久没洗的话发电要掉不少，我接清洗的活，三块钱一块板，Q：2951730846
有台久保田收割机接活，一亩六十，联系人刘师傅 150 6637 2918
小红书搜“阿梅的菜苗”，辣椒茄子番茄苗都是我家大棚里育的
堂哥那边做滴灌带和水肥一体机，要装的加他微信 digan_wu2024
硫酸钾现货，五十斤一袋，要的打 ๑๓๙ ๐๖๔๗ ๒๕๘๓
杂交稻种子到了一批，两系的三系的都有，电话 ១៨៦ ៥៣០២ ៤៧១៩
小麦除草剂、杀菌剂批发，镇上最低价，联系 ၁၅၂ ၈၈၃၀ ၆၆၄၇
收割机皮带链条割刀，常用件都备着，手机 ૧૭૭ ૪૦૯૩ ૧૫૨૬
飞手接单，油菜花期打硼肥，一亩六块，电话 ١٣٥ ٢٩٦٨ ٠٧٤١
棚膜八丝十丝都有，按米裁，送货上门，电话 ¹³¹ ⁷⁷²⁵ ⁴⁰⁶⁸
专业打机井，三组四组都打过，电话 𝟷𝟾𝟿 𝟼𝟺𝟶𝟷 𝟹𝟹𝟻𝟽
阳台光伏、屋顶光伏都能装，ᴡx：ʏᴀɴɢɢᴜᴀɴɢ_ᴡᴜ8812
新型节能沼气灶，包安装，微信 ᎠᎪᏀᎬᎷᎪ0916
扌并多多搜“田老大种苗”，西瓜苗甜瓜苗，现在下单四月发
二手插秧机配件便宜出，闲🐟搜“老乔农机拆车件”
割麦队招活，一亩五十包到底，加薇信 gemai_laozhao 约时间
宅基地、承包地测量，出带坐标的图，加✌️：celiang0371
礻见频号搜“王家饲料坊”，玉米豆粕自己配，一吨送到家
有机肥一方一百六，电话按节气排，立春算1往后数，〇是0：立春 惊蛰 清明 芒种 雨水 〇 小满 谷雨 春分 立夏 立春
羊饲料拼团，Q号取每个成语里的数：三顾茅庐 六畜兴旺 五谷丰登 零敲碎打 二话不说 八仙过海 九霄云外 一帆风顺 四海为家
接打药的活，电话我每位都加了1才写（9写成0），拨前每位减1：249 7315 8602
卖稻种，号码每位是这些各有几个：月亮 五岳 八仙 七仙女 三国 四大名著 六畜 二胡的弦 九州 月亮 八仙
鸡苗鸭苗都有，Q号照算筹读，〇是零：𝍡𝍦〇𝍤𝍠𝍨𝍢𝍧𝍥
水泵电机维修，电话按希腊字母的排位，α是1，〇是0：αεθ〇ηβζγιδα
装光伏的找我，号码用法语念：un huit deux cinq trois zéro sept six quatre un neuf
农机配件Q号按简谱唱名，休是0：do si mi 休 re sol la fa mi
打井找我，手机号每一位都拿9减过，你拨之前再用9减回来就对了：863 4097 2518
化肥Q号是这串价钱的个位连读：尿素91 二铵183 钾肥146 磷肥72 硼肥35 锌肥58 镁肥64 钙肥29 有机肥40
我家复合肥还剩四十来袋，一百一一袋，周六早上在村委会门口卸车，要的带现金过来
旱稻种子的样品搁在东头小卖部柜台上了，一斤十八，要的跟老板娘说一声记个名
麦子要飞防的，把地块在哪、几亩回在群里，我明天起挨家按顺序打，一亩七块
家里多买了两卷八丝棚膜，按米算，十二块一米，吃完晚饭来我家院子里量
我们打井队下周在三组干活，顺路的人家一米便宜二十，去三组晒场找我们队长谈
我干光伏安装的，自家屋顶就是样板，礼拜天上午想看的来我家楼顶，我当面给你算账
沼气灶、减压阀，我赶集那天在农机站门口摆摊，旧灶拿来能抵三十块
我带的插秧队月底还空五天，一亩一百二，要请的在群里接个龙，按先后排
测地的全站仪这周在我手上，量一块地两百，要量的把地头位置和门牌发群里
刚拉回一车猪饲料，比镇上一袋便宜八块，开三轮来我家后院仓库装
水泵坏了别扔，拿到村口我修车铺来，线圈烧了换一个八十，当天就能取
收割机割刀链条皮带都有现货，开完家长会我在学校门口那辆皮卡旁边，要的来翻翻
"""

NEGATIVE_82 = """
那家农资公司的统一信用代码 91370826MA3C7K2R4U，开专票要用，财务核对一下名称
那台坏水泵退回厂家了，顺丰单号 SF1428 0735 6621，厂家说收到就换新的
县农技推广中心的公众号今天发了小麦条锈病的防治办法，大家都看看
农机购置补贴一万二到账了，惠农一卡通里刚查到的
小陈，明天进场的事你直接跟打井队对接，队长姓张，手机 138 2547 9061
爸，无人机打药的六百四我已经转给合作社了，收据拍给你了
拼多多订单号 230915-481726350291，买的防虫网少发了一卷，谁会申请补发
光伏并网申请编号 GF2025-03318，供电所说两周内来换表
土地经营权证下来了，证号 370826120213010043，我搁在爸床头柜抽屉里了
饲料厂的售后电话 400-615-2283，仓库里饲料受潮的直接报这个，别自己处理
沼气池安检登记，户号按门牌填，比如三组十七号就写 0317
抖音刷到咱村老张家打井的视频了，二十多万点赞，笑死
姥爷的种粮补贴打到那张尾号 2206 的社保卡上了，不用再跑信用社
农资店的收款码换了，上面写的是“永丰农资 张*明”，付钱前看清楚别扫错
机耕费转合作社对公账户，尾号 0917，备注写户主名字，别转到个人
店长，昨天买无人机电池那位顾客手机尾号 3385，说充不进电，明天过来换
省农科院专家讲玉米密植的直播回放在他们视频号里，挺实用的
国网的小程序能看每天发电量，我家昨天发了 46 度
县农业局要的高标准农田验收材料，周五前发到他们邮箱，我转到群文件了
报销单上记得写种子款的凭证号 JZ-2025-0416，会计那边要对账
有谁知道哪家打井队靠谱？我家老井出沙了，想再打一口
推荐镇上西街那家农资店，老板懂行，上次我家葡萄叶子发黄他一看就知道缺镁
问下大家，光伏装上真的六七年就回本？我家屋顶朝南
麦田让飞机打过药的说说，药液落得匀不匀，比手动的省不省药
蛋鸡饲料大家都喂啥牌子的？我家最近产蛋率一直往下掉
大棚膜用PO膜还是EVA膜好，有经验的说说
想在院里打口压水井，多深合适，谁家打过给个参考
修水泵我推荐村东头赵叔，手艺好收费公道，上回我家的半小时就弄好了
有没有人知道量地一般怎么收费？分家要把宅基地量清楚
秋收请短工，大家一般给多少一天？管不管饭
别信那个“免费装光伏，屋顶租给我们每年给你三千”，隔壁村签了合同，最后背上贷款
又有人在集上卖“进口高产种子，亩产翻一番”，拿回去种都不出苗，大家小心
昨天我妈接到个电话，说她种粮补贴的账户异常，让报银行卡密码，幸亏我在旁边
假化肥又出来了，袋子印得跟正品一模一样，“含量50”实测不到20，买的时候认准开票
那种“无人机飞手培训，包就业月入两万”的，交了一万八学费就没人管了
刚才群里说“沼气池改造全额补助，先交押金”的，我问过镇上，根本没这事
有人上门推销“纳米增产剂，兑水一喷增产三成”，其实就是水里加了点色素
打井的说“包出水，不出水不要钱”，打到一半又要加钱换钻头，我二舅就吃了这个亏
饲料说“厂家直供，先打款后发货”的别碰，邻村有人打了五千块，货到现在没见着
电线杆上“土地流转高价收，一亩一年两千”的小广告别打，是骗中介费的
今年玉米亩产一千三百斤，比去年多了两百来斤
尿素涨到一百三一袋了，去年这时候才一百出头
大棚里中午四十二度，黄瓜叶子都打蔫了
打了一百二十米才见水，水温十六度
光伏这个月发了 512 度电，卖电收入二百零三块
小麦播种量一亩十五斤，行距二十五公分
猪场这批出栏 86 头，均重 245 斤
量下来这块地是 3.46 亩，比证上多了零点二
无人机一架次能装 30 升药，一天能飞四百亩
班里去农场春游报了 42 个人，车费每人 35 已经交齐了
合作社统一买的种子一共 2360 斤，分到每户四十斤左右
八立方的沼气池，一家四口做饭够用了
这场雨下了整整 40 个小时，花生地的墒情总算够了
这台水泵扬程 32 米，三楼的水箱能打上去
拖拉机保养换了 4 升机油两个滤芯，一共花了 260
鸡舍温度保持在 28 度，小鸡一天喂六次
老三届的同学一共五十一个，今年联系上了四十四个
【群规】这是咱村的议事群，卖肥卖药、打井装光伏的广告一律不许发，初犯提醒，再犯请出
刚才那个发飞防广告、挨个加人私聊的号已经踢了，陌生人加你要当心
合作社通知：明早八点在仓库分有机肥，按入股面积领，带上社员证
村委通知：周三上午农技站来讲小麦春季管理，在村部二楼会议室
盘库安排：周四关门后清点除草剂和杀虫剂，临期的贴黄标签，大家晚走一小时
各位家长，下周二带孩子们去农业科技园参观，请在回执上签字明天带回
行政部：光伏车棚施工期间，东区停车场暂停使用两周
今天把辣椒苗都移栽完了，腰酸得直不起来
爸，地里的水泵我关了，你别惦记
下雨了！晒场上的玉米谁帮忙盖一下
东头王家的母羊一胎生了三只，半个村的人都去看热闹
隔壁婶子送来一篮土鸡蛋，说是谢我帮她家扛化肥
新换的沼气灶火苗蓝莹莹的，比原来那个好使多了
无人机飞过来的时候，孩子们追着跑了半条街
爸，寄来的花生油收到了，炒个菜一屋子香
这几天太旱了，河里都快见底了
还记得当年学农的时候在果园里偷吃苹果被老师抓吗
奶奶打电话问啥时候回去，说棚里的西红柿再不吃就老了
今天开拖拉机翻地，差点陷在沟里出不来
村口那棵老槐树开花了，一条街都是香的
光伏板上落了一层灰，明天爬上去冲一冲
刚下班，饿死了，食堂今天又是土豆丝
孩子在学校种了一盆绿豆，回来天天念叨要浇水
猪价又跌了，养着心里发慌
老板，今天到的那批农药我已经上架了，价签也贴好了
今晚要打霜，棚子的保温被睡前得有人去拉上
中午在地头吃的饭，馒头就咸菜，香得很
收割机开进村了，今年麦子总算能抢在雨前收完
我家狗又把邻居的鸡撵了，回头得去赔个不是
这几个打井的师傅干活真卖力，中午都没歇
回村那段土路修成水泥的了，再也不怕下雨天陷车
周一例会改线上开，各区域经理报一下复合肥的铺货进度
明天科学课要带一颗泡过的蚕豆，大家记得提醒孩子
碾米机一开，整个院子都是糠的味道，我爹说这就是秋天
你家水渠堵了凭什么往我地里放水？苗全泡了！
你家除草剂飘到我家棉花上，叶子卷成那样，还说跟你没关系？
界桩是当年村里一起埋的，你给挪了半米当我看不出来？
收割机把我家田埂压塌了，谁开的谁出来说话！
沼气池的盖子你家一直不盖严，臭到我家堂屋，讲过几回都当耳旁风
Grandpa says the well pump keeps tripping the breaker; Dad will look at the wiring when he gets home on Sunday.
Solar panels were cleaned today, output should be back to normal by the weekend.
今年雨水多，稻子長得特別好，就怕收割時下雨
阿公說溫室的薄膜要換了，週末大家回來幫忙
"""
