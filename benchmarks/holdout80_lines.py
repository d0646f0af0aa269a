"""Hold-out set 80 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-78 (see holdout_data.py; sets 77 and 78 were studied in this
session), at the same time as set 79 (written by another helper; this set was checked by the same script against set
79's lines as they stood when this one was finished, unread: highest ratio 0.442 at the end), and kept unscored
until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui,
ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for
its module docstring (the labelling rules and the history and topics of sets 1-78, which also names the disguises
and calls earlier sets' errors led to), printed with ast.get_docstring, and holdout77_lines.py and
holdout78_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings were
not read; the three docstrings were saved to the writer's own temporary folder and paged through there with sed,
nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from
the checkout's root). The benchmarks folder was not listed; set 79's file was only checked for existence by its
exact path (test -f, before every run of the script; it existed at every run) and only loaded by the similarity
script, which never printed its lines. The folder holding the similarity script was not listed and no file in it was
opened; the script was only run, always with set 79's file passed. No slip to report: nothing outside these limits
was opened, listed or run. The lines were drafted in the writer's own temporary folder and written to this file by a
small script of the writer's own (which also counted the lines and their display widths), and the similarity script
then read it: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run thirteen
times: at the required floor of 0.49 and then at 0.47, to find the lines standing just below it, and three times at
lower floors (0.43 and 0.40 after the first edit for sense below, 0.40 again on the finished file) only to read the
highest ratio per group for this docstring. No line is copied from earlier sets or from the training lines: every
line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.465), against every line of
the training dump at most 0.49 (highest 0.467), against set 79 at most 0.49 (highest 0.442 among the lines whose
closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may stand a little
nearer set 79, but under its own highest, at most 0.467), and no two lines of this set exceed 0.49 against each
other (the script showed none closest to this set above 0.40; difflib over the set's own lines gives 0.385 at most).

Thirty-seven lines were rewritten for similarity, three of them twice (forty rewrites), each time with new wording,
not a synonym swap; besides, after the last rewrite pass two positives were edited for their sense (office chairs at
八十一把, which reads as "eighty-one chairs", now 八十块一把; a part-load line to Xinjiang that could read as a
member passing on someone else's service now says the run is the writer's own), then checked again at 0.49 and at
0.47 (none stood there). In the first pass, at 0.49, twenty-eight stood at 0.49 or more (0.897 at most, a member
asking who will go hiking at the weekend, against the hold-out dump), twenty against the hold-out dump, five against
the training dump and three against set 79: five positives (a mobile in keycap emoji, 1️⃣5️⃣…, 0.574; a mobile in Roman
numerals with N as zero, 0.582; a WeChat id in the NATO spelling alphabet, 0.581; a WeChat id from the pinyin
initials of a line of a famous poem, 0.588: all four may have been used before, so all four were dropped, for
Malayalam digits, the order of the 百家姓, a substitution key of ten characters and two English words; and a mobile
in playing cards with the ace as one, 0.586 against set 79, which may use a like code, so it was dropped for a QQ
number made of the three emergency numbers) and twenty-three negatives (the hiking; a parcel locker full, 0.786,
against the training dump; a meeting moved, 0.812, against set 79; osmanthus in flower, 0.686; the property's water
cut, 0.667, against the training dump; a parents' meeting notice, 0.656; the chamber's preparatory meeting, 0.636;
lunch at a new noodle-soup stall, 0.600; the removed account, 0.593; a day's steps, 0.585; a water bottle to change,
0.583, against the training dump; twenty years since graduation, 0.579, against set 79; a child's marks, 0.564; a
fishing catch, 0.562; a taxpayer number for an invoice, 0.557; the group rule, 0.548; a member asking for a
bookkeeper, 0.526; a boss's roast duck, 0.522, and a shop manager's delivery, 0.511, both against the training dump;
an SF waybill for returned samples, 0.507; the English line, 0.500; a fake logistics claim warned of, 0.493; an
annual-party notice, 0.492). The numbers and chat lines that stood high (steps, marks, fishing, hiking, lunch,
flowers, the meeting) were replaced with lines on the set's own topic or with new everyday subjects. In the second
pass, at 0.49, three, all against the hold-out dump: the removed account again (0.507, now a new member removed for
pushing cartons in private chats), the company notice again (0.600, an annual party's prize list, now a fire drill)
and the English line again (0.520, now a container held in customs). A run at 0.49 then found none. In the third
pass, at 0.47, nine standing between 0.471 and 0.488: among the positives a mobile in 正-tally strokes (0.481
against the hold-out dump; reworded, it stood below 0.47 from then on, so the code was kept); among the negatives a
member asking about a store at the logistics park (0.488, against the training dump), the argument over uniform
sizes (0.488), a mother's parcel pickup code (0.479, now a wife's parcel-locker code), the finance department's
dance at the annual party (0.480), a badminton fee (0.476, now loading fees), a packaging works checked in the
national enterprise credit system (0.471, now on 企查查), bulky goods sent home by SF or Deppon (0.471, now samples
to Chengdu by weight or volume) and a lorry stuck on the motorway in the rain (0.471, against set 79, now a
long-distance driver sleeping at a service area). A run at 0.47 then found none; after the first edit for sense a
run at 0.49 found none, after the second runs at 0.49 and at 0.47 found none, and so did runs at 0.49 and at 0.47 on
the finished file, this docstring included. Lengths run from 28 to 56 characters for the positives and 12 to 48 for
the Chinese negatives (the English lines 75 and 93). The lines are meant to be scored once, blind; tuning on their
errors would spoil them.

Set 80 focuses on logistics and small-business supplies sold into groups: express-delivery discounts and parcel
agents (a pick-up point beside a 驿站 with a spaced mobile, monthly-account rates for companies on a 400 line,
parcels sent in Bengali digits, parcels sent for neighbours by the days of the week, a table beside the south gate's
驿站 on Saturday morning), freight and truck or van hire (a Shanghai-Chengdu line by WeChat id, a 4.2-metre box van
with a dashed mobile, a fleet's mini-program, a brother-in-law's cold-chain van, a van in Devanagari digits, a
9.6-metre truck in Malayalam digits, a 快手 live stream spelt 忄夬手, a van by the order of the 百家姓, a full-truck
line by area codes, an empty lorry back to Suzhou with destinations replied in the group, part-loads to Xinjiang
dropped at a logistics park's gate), warehouse and storage space (a Jiaxing warehouse on 抖音, a Hangzhou
drop-shipping warehouse by QQ, a brother-in-law's store in Tamil digits, a Jiashan store by the heavenly stems, a
store by a substitution key, a factory floor asked about at the gatehouse), packaging materials (a family 包材 shop
on 拼多多, cartons priced on a short link, a childhood friend's printing and packaging works, bubble wrap in Lao
digits, a factory's 淘宝 shop spelt 氵匋宝, a neighbour's boxes and film in a garage), factory surplus and wholesale
stock (children's clothes by the jin on 闲鱼, a husband's wholesale live stream on 快手, vacuum flasks with a
mobile, office chairs in Tibetan digits, flasks by a QQ made of emergency numbers, flasks at staff price at the
canteen door), uniforms and corporate gifts (a 淘宝 workwear shop, a gift maker on 小红书, work clothes in
double-struck digits, gifts by a penguin for QQ, embroidered uniforms by tally strokes, a cousin's uniform samples
in the meeting room, Mid-Autumn gift boxes left with the chamber's secretary), trade-show booths (a Shenzhen fair's
booths by e-mail, a stand builder with a mobile, booths by an id in Cyrillic lookalikes, a stand builder by
polygons' sides, Canton Fair booths talked over at the chamber's dinner), bookkeeping and tax agents (a landline, a
WeChat id, subscript digits, 小洪书, a wife's mobile written backwards, contracts shown after a meeting), office
water and green plants (water by a 公众号, plants on 视频号, an opening-day supplier by WeChat id, plants by two
English words, sample plants in the lobby) and business-matching dinners (a QQ group, a cousin in Gurmukhi digits,
seats at three hundred and eighty with trades replied in the group); beside ordinary chat in owners' and
neighbourhood groups, company work groups (a warehouse, a factory, a finance department, HR), a gift shop's own
staff group, family groups, a parents' class group, an alumni group, a fishing group and a chamber of commerce.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a parcel pick-up point with a spaced mobile; a
freight line with a 微信 id; a box van with a dashed mobile and the driver's name; a warehouse with the writer's
抖音号; "拼多多搜" the writer's family packaging shop; "闲鱼搜" the writer's ID for surplus children's clothes; a
husband's 快手号 for wholesale live streams; "淘宝搜" the writer's workwear shop; "小红书搜" the writer's corporate
gifts; trade-fair booths by e-mail; bookkeeping on a landline; office water through a 公众号; "视频号搜" the
writer's plant hire; a business-matching dinner's QQ群 number; company parcel rates on a 400 line with a key to
press; a fleet's own mini-program named to search in WeChat; cartons on a short link, suo.im/…; a childhood friend's
packaging works with a mobile; a brother-in-law's cold-chain van with "vx："; surplus flasks with "电话微信同号";
tax filing with a WeChat id; drop-shipping with "Q："; a stand builder with a mobile and his name; an office
supplier with a WeChat id), 14 moderately, with disguises the docstrings read do not list (Devanagari digits १३७…;
Bengali digits ১৫৯…; Tamil digits ௧௮௬…; Lao digits ໑໓໑…; Tibetan digits ༡༨༩…; subscript digits ₁₃₅…; double-struck
digits 𝟙𝟟𝟟…; Malayalam digits ൧൫൦…; Gurmukhi digits ੧੩੮…; Cyrillic lookalike letters for vx and an id, ѵх：сехро…;
淘 split into 氵匋, 氵匋宝; 快 split into 忄夬, 忄夬手; the penguin emoji 🐧 for QQ; the homophone 小洪书 for
小红书) and 10 heavily, with codes the docstrings read do not list (a mobile by the order of the 百家姓, 赵 as one
and 陈 as zero; a mobile in the heavenly stems, 甲 as one and 癸 as zero; a QQ number as the three emergency
numbers, 110 119 120, with 66 added; a mobile written backwards, to be read from right to left; a mobile in 正-tally
strokes, one group a digit, 〇 as zero; a mobile as 13 and the area codes of Hangzhou, Shenzhen and Nanjing without
their zeros, and an 8; a mobile by a substitution key of ten characters stated in the message, 货 as zero to 运 as
nine; a WeChat id as two English words for 绿色 and 植物 and a number; a mobile as 1 and the numbers of sides of
shapes, a circle as zero; a mobile in the days of the week, Sunday as zero) and 12 subtle (an offer with a call to
action only, none quoted by the docstrings read): parcels sent at four yuan at a table beside the south gate's 驿站
on Saturday morning, things brought along; an empty lorry back to Suzhou on Thursday, destinations replied in the
group; three hundred square metres on a factory's first floor, asked about after work of Lao Zhou at the gatehouse;
boxes and bubble wrap at a yuan a bundle, a bag brought to the writer's garage in building 12; surplus vacuum flasks
at staff price laid out at the canteen door at tomorrow's lunch; a cousin's uniform samples brought to the meeting
room on Friday to feel the cloth; two Canton Fair booths talked over at the writer's table at the chamber's annual
dinner; bookkeeping with tax filing at two hundred a month, the writer staying after the meeting with sample
contracts; office plants at fifteen a pot, samples in the lobby on Wednesday morning; the writer's business-matching
dinner with three seats left at three hundred and eighty, trades replied in the group; Mid-Autumn gift-box samples
left at the chamber's office, orders written down with its secretary; part-loads to Xinjiang dropped at a logistics
park's gate at eight each morning. About a dozen positives are written the way members casually sell in a group (a
husband's wholesale stall, a brother-in-law's cold-chain van, a sister's husband's store, a childhood friend's
packaging works, a cousin's business dinners, a cousin's uniforms, a wife's bookkeeping, the writer's family
packaging shop, garage and factory floor, a chamber member's gift boxes).

- `POSITIVE_80` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_80` (100 lines): 20 that look dangerous at first sight (an SF waybill for faulty goods returned to a
  supplier, a forklift repairer's number sent privately to a colleague, a Deppon driver's mobile passed to a
  colleague for a pick-up, a 京东 order number for a water dispenser's invoice, bookkeeping fees already paid, the
  VAT deadline in the 电子税务局, the company's 公众号 vote on annual-party gifts, a parcel-locker code for a wife,
  a 货拉拉 fare already paid in the app, a Canton Fair booth number, a warehouse lease's contract number, a taxpayer
  number for a uniform invoice, a customer's mobile's last four digits in a shop's staff group, Deppon's official
  line 95353, a packaging order approved in 企业微信, a stand builder's card passed to a manager, a China-Europe
  rail bill of lading, the new water-delivery man's mobile passed on by the admin, booth fees already paid to the
  chamber, a packaging works checked on 企查查); 10 members asking or recommending (a bookkeeper for a new company,
  a carrier from Shanghai to Guangzhou for furniture, office plants bought or hired, winter work clothes, an old
  carton works in the east of town, samples to Chengdu by weight or volume, a small store at the logistics park,
  annual-party gifts under a hundred, standard or custom booths at the Canton Fair, the parcel point downstairs); 10
  warnings quoting or describing the scam or ad (an "SF inside price" with a deposit,
  "工厂直销尾货，一件也是批发价，加V看图", a fake logistics claims agent's "理赔群", a fake licence-inspection call,
  "展会免费展位，只收搭建费", "零申报代账一年三百", a text on an undeliverable parcel, a warehouse lease-back's
  deposit, a business-matching dinner's "会务费", "企业定制礼品，贴牌出厂价" with deposits taken); 17 lines with
  numbers that are not contacts (a warehouse's day of orders, cartons' size and price, a truck's height limit, a
  month's courier fees, business cards from a fair, uniform sizes, water bottles in a week, a tax refund, the
  warehouse's heat, loading fees, the return rate, containers loaded, a stock-take's days, an alumni reunion's
  replies, returned parcels, a pothos's watering, a container's freight); 7 organisers' and admins' own notices (an
  owners' group rule banning freight, packaging and bookkeeping ads, a new member removed for pushing cartons in
  private chats, the chamber's flights to a Dubai fair, a shop manager's stock-take, the property's ban on delivery
  vans, a class teacher's study trip to a sorting centre, HR's fire drill); 27 lines of everyday chat (some about
  couriers, the parcel station, a warehouse cat, a supplier's visit, a fair's lunch boxes, new uniforms, an office
  plant, a driver in the rain, saved boxes, a cold snap, an annual party's dance, a leaking water dispenser,
  bookkeeping's busy days, the chamber's gifts, a forklift, the carton collector and a cold-chain van); 5 heated
  arguments without any selling (a parcel opened at the front desk, a car blocking a forklift, uniform sizes,
  cartons in the stairwell, a partner missing from the stand); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_80 = """
驿站旁边我开了个寄件点，中通圆通韵达首重三块五，139 2874 5106，大件也能上门取
本人跑上海到成都专线，整车零担都接，微信 wl_chengdu668，发重量和方数过来报价
4米2厢式货车带司机出租，拉货搬厂都行，138-0571-6629 张师傅
嘉兴三千平标准仓出租，带月台能停9米6的车，实拍视频在我抖音号 cangku_jx2026
拼多多搜“顺达包材”，我家开的，纸箱快递袋气泡柱都有，下单备注群名送胶带
外贸童装尾单按斤出，都是厂里清出来的，闲鱼搜 尾货老陈在义乌 有实拍
我老公在临沂批发城做日用百货，每晚八点快手直播拿货价，快手号 ly_baihuo88
淘宝搜“衣诚工装”，我自己的店，工作服厨师服保安服都能绣字，报群名九折
企业礼品定制做了十年，年会伴手礼员工福利都能出方案，小红书搜“礼遇定制阿May”
明年3月深圳礼品展还有两个特装位，要的发邮件 expo_lin@163.com，平面图发你
小规模公司代账一年两千四，零申报更便宜，座机 0571-8826 3917 找刘会计
写字楼桶装水配送，十八升十六块一桶，关注公众号“清泉到家”下单，半小时上楼
办公室绿植租摆养护，一盆每月十块起，视频号搜“绿意租摆”看我们摆过的公司
每月一场老板资源对接饭局，做外贸和工厂的优先，进QQ群 738265190 报名
企业寄件签月结协议价，全国首重四块起，400-826-7315 按2转商务
我们车队做了个拉货小程序叫“顺风拉货”，微信里一搜就有，下单自动派最近的车
纸箱定做五百个起，尺寸印刷都能改，报价表戳 suo.im/6Yt2Qe
我发小在东莞开印刷包装厂，彩盒手提袋都做，找他报我名字，135 1246 8807
我小舅子开冷链车，生鲜冻品长沙周边当天到，vx：lenglian_xu0731
不锈钢保温杯尾货两千个打包走，六块一个，电话微信同号 186 2039 4457
个体户汇算清缴、税务筹划都能代办，在财务公司干了八年，加微信 kuaiji_wangjie 免费问
杭州有仓帮网店一件代发，入库打包发货一条龙，Q：2756309148
展台设计搭建，桁架木结构都做，进博会档期还能接两家，何工 159 0172 6638
公司开业要的花篮、绿植、桶装水、打印纸我这都能一起供，加微信 bangong_gz 送样上门
同城拉货别找平台了，我面包车起步三十，电话 १३७ ०२६४ ८९१५
快递代寄全网最低，发淘宝退货也行，手机 ১৫৯ ৬৮২০ ৩৭৪১
我姐夫在物流园有个小仓库，月租便宜，要的打他 ௧௮௬ ௭௨௪௦ ௫௯௩௮
气泡膜珍珠棉批发，量大送货，电话 ໑໓໑ ໕໗໙໒ ໐໔໘໖ 陈姐
工厂倒闭清仓一批办公椅，八十块一把，要的联系 ༡༨༩ ༣༠༥༧ ༢༦༡༤
代理记账报税，老会计了，打我 ₁₃₅ ₂₄₀₈ ₇₁₉₆ 先聊不收钱
厂服定做两百件起，绣字印字都行，联系电话 𝟙𝟟𝟟 𝟠𝟘𝟛𝟙 𝟝𝟚𝟞𝟜
搬厂拉设备找我，九米六高栏车空车在等，号码 ൧൫൦ ൩൬൯൨ ൮൪൭൧
我表哥做商务饭局对接的，每周都有场子，想认识人的找他 ੧੩੮ ੨੯੫੦ ੬੧੭੪
展位转让、搭建一站式，ѵх：сехро_88，加的时候备注商会
氵匋宝搜“诚达包装”，我厂里开的网店，快递箱定做五百个起
忄夬手搜 huoyun_laozhang，每晚直播物流园行情，整车零担都能接
企业定制礼品，保温杯U盘笔记本都能印logo，🐧 2861 4037 59
小洪书搜“阿琳的财税小屋”，注册公司、代账、报税我一个人全包
拉货找我，金杯面包车都有，电话照百家姓的排位数，赵是1，陈当0：赵周王 钱郑孙陈 李冯吴赵
嘉善两百平小仓库出租带货架，看场地打手机，按天干读，癸算零：甲丙辛 甲己戊癸 乙壬丁庚
尾货保温杯三块一个，加Q问，号是报警、火警、急救三个电话连着写，后面再添66
代账找我老婆，她手机我倒着写了，从右往左念：8143 0265 771
绣字工服两百件起做，号码用画正字的法子记的，每格一位，圈是0：一 正 正下 下 正丅 丅 正止 〇 一 正一 止
整车专线找我，手机是13接上杭州、深圳、南京的区号（都去掉0），末位是8
仓库出租看场地打我，把“货仓车箱包邮单票件运”依次当0到9：仓箱运 票单车货 邮仓件包
绿植租摆加我V，号是“绿色”“植物”两个英文单词连着拼，再接365
展位搭建找我，电话1开头，后面是图形的边数，圆算0：三角 九边 圆 五边 七边 方块 八边 六边 三角 圆
帮大家代寄快递，手机号用星期几写的，周日当0：一三七 日五二六 四一七日
我在南门驿站边上摆了张桌子代寄，首重四块，周六上午带着东西直接过来
这周四我空车回苏州，顺路要捎货的在群里回个目的地，我排一下顺序
厂里二楼空出来三百平，想租了放货的，下班后到门卫室问老周
纸箱气泡膜我家堆了一屋子，开网店的邻居要用，拿个袋子来12栋车库找我，一块钱一捆
厂里清库存一批保温杯，员工价二十，明天中午我在食堂门口摆出来
公司要定工服的话，我表姐厂里做的，样衣周五我带到会议室，大家来摸摸料子，价比外面低
广交会还有两个标摊转让，商会年会那天我坐第三桌，有意的过来聊
小规模代账我一个月两百连报税，开完会留一下，我带了合同样本
办公室绿植租摆一盆一月十五，周三上午我带几盆样品到楼下大厅，各家前台可以下来看
我组的企业家对接饭局下周二还剩三个位，每位三百八，想来的直接在群里报行业
中秋企业定制礼盒的样品我放商会秘书处了，路过去看看，要订跟秘书小林登记就行
我专跑新疆零担，要发货的把货拉到物流园B区17号门口，我每天早上八点都在那收
"""

NEGATIVE_80 = """
退给供应商的那箱次品我寄了，SF1428 6730 9915，到了让对方拍个开箱视频
仓库叉车修理师傅的电话我私发给你了，明早八点他过来换电瓶，你开一下门
小周，这批货的物流对接人是德邦李师傅 159 3376 2014，你直接跟他约提货时间
行政买饮水机的京东订单号 3021 8847 6612，开票抬头写公司全称，财务记得报
今年的代账费两千四已经转给记账公司了，发票放我抽屉里，审计要的话自己拿
这个月增值税申报15号截止，进项发票都在电子税务局上传，有问题问财务小陈
公司公众号今天发了年会礼品投票，大家点进去选一下，保温杯和蓝牙音箱二选一
老婆，你那箱纸尿裤在楼下丰巢，开柜码447108，我手机上能看到，下班顺手拿
搬办公室叫的货拉拉，车费286已经在APP上付过了，司机到了不用再给钱
我们广交会的展位号是 11.2H 18-19，值班表发群里了，周三你和小吴守摊
仓库合同编号 CK-2026-0417，续租三年老板已经签了，月租按一万二走账
财务说工服那笔要开专票，纳税人识别号 91330105MA28K3Q71X，发过去前再核一遍地址
下午来取礼盒的那位客户手机尾号6725，单子压在收银台下面，他到了直接给
德邦的官方客服是95353，货丢了就打这个，别理私下加你的“理赔专员”
采购包装箱的单子我在企业微信走审批了，老板批完财务当天就打款
张总，这是展台搭建公司项目经理的名片：陈涛 0755-8364 2910，下周一他来公司对方案
中欧班列的提单号 CNSHA7719045 已经发给货代了，清关资料下周一前要齐
送水的换人了，新师傅姓马，177 0152 9386，行政让我转告各部门没水了直接打给他
商会统一订的展位每家摊了三千五，钱已经交秘书处了，收据找小林拿
那家包装厂我在企查查上看了，注册八年，没有被执行记录，合作应该没问题
刚开了个小公司，业务不多，代账一般是找个人会计还是找公司？大家都怎么弄的
求推荐上海发广州的物流，家具两方左右，不着急
大家办公室的绿植都是买的还是租的？租的到底划不划算
想给员工订一批冬季工服，群里有谁订过，哪家面料好点
城东那家老纸箱厂我们用了三年，箱子厚交货也准，有需要的可以去看看
六十斤的样品寄成都，走快运是按重量算还是按体积算啊，第一次寄这么重的
物流园那边的小库房现在什么行情，有租过的吗，我想要个一百平上下的
公司年会想订伴手礼，预算一百以内，大家有什么好主意
参加过广交会的老板说说，标摊和特装差别大吗，第一次去心里没底
推荐咱们楼下那个快递点，寄件比小程序上便宜，老板人也实在
有人私发说能拿顺丰内部价，首重两块，要先交押金，大家别信，就是骗押金的
又是这种：“工厂直销尾货，一件也是批发价，加V看图”，上次我同事买了一箱全是次品
我舅被自称物流客服的骗了，说货压坏了双倍赔，让他扫码进“理赔群”，最后被转走三千
有人打电话说营业执照年检不交两百就异常，工商年报是自己在公示系统免费填的
所谓“展会免费展位，只收搭建费”，到了现场位置在厕所旁边，搭建费要两万
“零申报代账一年三百”这种广告看到就划走，后面各种加钱，还可能把税报错
收到短信说快递地址不详无法派送，让点链接重新填，这是钓鱼的，官方不会这样
有个仓储公司说包租仓库给返租金，先交五万保证金，这种就是圈钱的
那种商务对接饭局，进门交八百“会务费”，一桌坐的全是卖保险和卖课的，别去
有人在群外发“企业定制礼品，贴牌出厂价”，收了定金就拉黑，商会已经有两家中招了
今天仓库发了1380单，比昨天多两百，打包组辛苦了
这批纸箱60×40×40的要了500个，单价3块2，比上次便宜两毛
货车限高3米2，桥下过不去，绕了十五公里
这个月快递费花了4670，老板说要压到四千以内
展会三天收了两百多张名片，有意向的37家
工服尺码统计：S码12件，M码30件，L码25件，XL码9件
饮水机一周换了9桶水，办公室二十个人喝得真快
今年汇算清缴退了1260块，比去年多
仓库今天38度，两个叉车师傅中暑了
这周装卸费结算：二号仓7个人，每人发了380
这个月退货率降到2.3%，上个月还是4%多
今天装了三个柜，一个40尺两个20尺，弄到晚上九点
下周库存盘点改成两天，周二周三，每天八小时
校友会回复参加的已经47人了
仓库这周收了126个退件，多半是尺码不合适
绿萝半个月浇一次就行，我那盆养了4年了
40尺集装箱运费涨到3200美金，比上个月涨了一半
再提醒一次：这是业主群不是广告群，拉货的、卖包装的、做记账的，谁再发链接我直接踢
刚移出一个新进群的，进来不到十分钟就私聊一圈人推销纸箱，被举报的截图我存了
各位会员，今年去迪拜展的统一订机票，护照首页周五前发秘书处邮箱，过期自行安排
店里今晚盘点，晚班的别急着走，清完货架再下班，宵夜我请
物业：下周一起快递车不许进小区，快递统一放南门驿站，业主自行去取
班主任：下周研学去物流园参观分拣中心，费用全免，回执明天交给课代表
人事：明天消防演练，十点警报一响按楼层从东边楼梯下，别坐电梯
快递小哥说双十一件太多，他们站点加班到凌晨
驿站的老板娘今天又多给了我一个塑料袋，人真好
仓库那只猫又生了，五只小猫挤在一个纸箱里
供应商来厂里参观，老板让我们把车间地面拖了三遍
展会的盒饭太难吃了，三十块一份
新工服的颜色比样衣深了好多，穿上像保安
办公室那盆发财树快死了，谁往里倒了咖啡
雨太大，跑长途的老刘在服务区睡了一夜才走
我爸又把快递盒子攒了一阳台，说要卖废品
儿子问我快递员为什么晚上还在送
货运司机群里说下周寒潮，跑北方的都备好防滑链
包装组的小李今天请假回老家了
我家那口子搬完货腰疼，躺了一天
年会财务部要跳女团舞，听说排练的时候会计姐姐自己先笑场了
茶水间的饮水机漏水了，地上湿了一大片，小心滑
物流园门口那家拉面馆关门了，以后午饭只能吃盒饭
记账这行真熬人，月初那几天天天加班
今年商会年会的伴手礼是茶叶，挺实用
当年宿舍六个人，现在有三个在做外贸，真巧
女儿作业要家长签字，我又忘了
钓鱼组的老王今天又空军了
今早雾大，高速封了，早班车全堵在收费站
刚学会开叉车，差点撞到货架
收纸箱的大爷好几天没来了，不知道是不是病了
昨天看到一辆冷链车在小区门口卸海鲜
跟妈视频，她说菜园里的辣椒都红了
下午开会太困，喝了两杯咖啡还是打哈欠
谁把我放在前台的快递拆了？写着我名字你也拆？
你车天天停仓库门口，叉车出不来，说了多少次了
尺码表明明是你收的，现在工服小了一号，倒要我自己出钱去换？
纸箱堆在楼道里，消防来查罚的是整栋楼，你能不能有点公德心
展会那天你人呢？一整天就我一个人守摊，你还好意思说累
The courier left our pallet in the rain again, half the cartons are soaked.
Our forwarder says the container is stuck in customs till Friday, so the Monday launch slips.
今天倉庫盤點到晚上十點，大家辛苦了，明天晚點來沒關係
我們家的快遞又被送到隔壁棟，管理員說下次會注意
"""
