"""Hold-out set 83 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-82 (see holdout_data.py; sets 77 to 80 were studied in this
session, and sets 81 and 82 were being scored), at the same time as set 84 (written by another helper; this set was
checked by the same script against set 84's lines as they stood when this one was finished, unread: highest ratio
0.431 at the end, as the script showed it), and kept unscored until it is scored once, blind. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in
benchmarks/ (no benchmark); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-80, which also names the disguises and calls earlier sets' errors led to), printed with
ast.get_docstring, and holdout81_lines.py and holdout82_lines.py only for their module docstrings, printed the same
way (the file format, the docstring style and the disguises and codes already used, to avoid repeating them; their
lines and the code below the docstrings were not read; the three docstrings were saved to the writer's own temporary
folder and paged through there with wc, cat, sed and three greps, one for the disguises and codes planned here and
two for the words count, emoji and split, nothing else in them). pyproject.toml was not opened (ruff format and ruff
check were only run on this file, from the checkout's root). The benchmarks folder was not listed; set 84's file was
only checked for existence by its exact path (test -f, before every run of the script; it did not exist at the first
run, so that run was made on this file alone, and existed at every run after, when it was always passed) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run. No slip to report: nothing outside these limits was
opened, listed or run. The lines were drafted in the writer's own temporary folder and written to this file by a
small script of the writer's own (which also turned digits into the other scripts below, checked the counts and the
display widths and, over this set's own lines alone, their difflib ratios against each other), and the similarity
script then read it: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run
thirteen times: at the required floor of 0.49 and then at 0.47, to find the lines standing just below it, and twice
at 0.40 (once before two edits for labelling told below, once on the finished file with this docstring) only to read
the highest ratio per group for this docstring. No line is copied from earlier sets or from the training lines:
every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.464), against every
line of the training dump at most 0.49 (highest 0.465), against set 84 at most 0.49 (highest 0.431 among the lines
whose closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may stand a
little nearer set 84, but under its own highest, at most 0.465), and no two lines of this set exceed 0.49 against
each other (the script showed none closest to this set above 0.40; the writer's own difflib check over this file's
lines alone gives 0.340 for the closest pair).

Forty-nine lines were rewritten, forty-eight for similarity and one to keep two codes apart, two of them more than
once (fifty-two rewrites), each time with new wording, not a synonym swap; six of them changed the code itself, not
only its wording. In the first pass, at 0.49 and on this file alone (set 84's file did not exist yet), thirty-three
stood at 0.49 or more (0.765 at most, a motorway speed limit followed behind lorries, against the hold-out dump),
twenty-seven against the hold-out dump and six against the training dump: eight positives (wedding cars by e-mail,
0.523; a tyre shop's landline, 0.526, against the training dump; car film by "vx：", 0.548; car hire by 微信 in
zhuyin, 0.509; a subtle offer of seat covers, 0.500; and three codes that may have been used before, so they were
dropped: a mobile by the order of the ten heavenly stems, 0.587, for a substitution keyed on a ten-character
road-safety motto; a QQ number in 正 tally marks, 0.577, for one written upside down; a mobile in Roman numerals,
0.632, for a QQ number as one to nine with two digits swapped; a mobile written backwards, not flagged, was then
changed too, as the upside-down line already reverses, for a mobile with its two parts swapped) and twenty-five
negatives (the speed limit; an insurance policy number in a family group, 0.675; an airport car park's fee, 0.688; a
renewed car insurance, 0.611; the group rule, 0.590; a parking-space argument, 0.585; fuel consumption, 0.565; the
removed account, 0.562; the English line, 0.552; a parking receipt's number, 0.531; a member asking for a parking
space to rent, 0.531; a theory-test score, 0.533; a ginger cat on a bonnet, 0.533; a fake traffic-police text,
0.523; an old Jetta scrapped, 0.522; a hallway e-bike argument, 0.524; a garage with no signal, 0.516; an SF waybill
for a dash cam, 0.506; a garage cleaning notice, 0.508; new charging piles, 0.500; and, against the training dump, a
trip's tolls, 0.636, frost on a windscreen, 0.629, canteen food, 0.562, a member asking where to mend a tyre, 0.541,
and a parking space offered for a deposit in a private chat, 0.536). The chat lines that stood high were given new
subjects (beef stew in the canteen, paw prints on a bonnet, a high-speed-rail car park, a ring road's limit, a
road-sign question missed in a test) and the number lines new sums. In the second pass, at 0.49, with set 84's file
passed from then on, four: three positives against set 84 (a sister-in-law's 拼多多 shop, 0.507; a car owners'
group-buy group, 0.500; a QQ number in playing-card values, 0.510, which set 84 may code alike, so it was dropped
for square roots) and the parking invoice's number that had replaced the receipt (0.494, against the hold-out dump).
In the third pass, at 0.49, one: that invoice line again (0.515, now a vehicle office's receipt for a lost licence).
A run at 0.49 then found none (0.489 at most). In the fourth pass, at 0.47, twelve standing between 0.472 and 0.489:
among the positives the tyre shop's landline (0.477), car washing in Devanagari digits (0.484), detailing on 扌斗音
(0.480), the square roots (0.472), a WeChat id in the NATO spelling alphabet (0.484) and the used Corolla to try at
the east gate (0.486, against the training dump); among the negatives a recommended car wash (0.478), a member
asking for a dash cam (0.489), winter tyre pressure (0.486, against the training dump), a roadside "free battery
check" warned of (0.481), a daughter failing the driving test (0.474, against the training dump) and a car in the
fire lane (0.489). In the fifth pass, at 0.47, one: the NATO line, reworded, rose to 0.536 against the hold-out dump
(the code may have been used before), so it was dropped for an id spelt as a phrase's full pinyin. A run at 0.47
then found none (highest 0.465), and so did one at 0.49 and one at 0.40 after it; after two edits for labelling, not
similarity (a price added to a holiday car-hire offer, an evening's dinner to a chauffeur's), a run at 0.47 found
none, and so did the last three, at 0.49, 0.47 and 0.40, on the finished file with this docstring (only the count of
runs above was corrected after them). Lengths run from 15 to 72 characters for the positives (the longest with Latin
words) and 14 to 50 for the Chinese negatives (the English lines 118 and 99). The lines are meant to be scored once,
blind; tuning on their errors would spoil them.

Set 83 focuses on cars and car services sold into groups: car washing and detailing (a brother's car wash with a
spaced mobile, the writer's detailing on 小红书, a mini-program for washes at one's parking space, washing in a
garage in Devanagari digits, waxing on 扌斗音, a QQ by counting cars, washes in basement B2 on Saturday morning,
ceramic coating booked through the corner shop's owner), tyres and batteries (the family tyre shop on 淘宝, a tyre
shop's landline at its new address, battery delivery by a dashed mobile, tyres in Bengali digits, batteries in
double-struck digits, tyres mended by a mobile in Spanish number words, jump-starts at the garage entrance at seven,
winter tyres laid out under a block), used cars (a dealer's 抖音号, the writer's Civic on 闲鱼, a QQ group of
used-car stock, used cars in Tibetan digits, inspections on 小🔴书, a mobile with its two parts swapped, the
writer's Corolla to try at the east gate), car rentals and chauffeurs (rentals on 快手, wedding cars by e-mail, a
chauffeur's 视频号, car hire by 微信 in zhuyin, long-distance hire by Cyrillic lookalike letters, monthly hire by
square roots, a chauffeur's id from his licence plate, holiday hire replied in the group, a chauffeur in a blue vest
at a restaurant's door), vehicle inspection and licence agents (a 公众号 with a word to reply, a classmate's licence
renewals, an id in negative squared letters, a QQ as one to nine with two digits swapped, inspections driven off on
Wednesday from licences posted in the group), parking spaces to rent or sell (a space for sale by WeChat id, a
civil-defence space with a mobile, a space in subscript digits, a QQ written upside down, a space shown from block 3
in the evening), driving-test help (a theory-test bank by QQ, practice by 🐧, practice by a ten-character motto,
practice by a mobile doubled, practice at the driving school's back lot on Sunday), car accessories and dash cams
(dash cams on a short link, a sister-in-law's 拼多多 shop, dash cams in Lao digits, mats and seat covers on 氵匋宝,
accessories by an id in full pinyin, a car owners' group-buy group for oil and wipers, dash cams fitted in the
company car park after work, leather seat covers shown from a car boot at block 9), body repairs and film (a wife's
film shop by "vx", a cousin's panel beating with "手机号就是微信") and roadside help (a 400 line with a key to
press, an uncle's tow truck, roadside help by the homophone 卫星); beside ordinary chat in owners' and neighbourhood
groups, company work groups (a fleet, an office, a parts store), a car-wash shop's own staff group, family groups, a
parents' class group, an alumni group and hobby groups (badminton, fishing).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a brother's car wash with a spaced mobile;
"淘宝搜" the family tyre shop; a used-car dealer's 抖音号 and daily live stream; "快手搜" a car-hire account;
"小红书搜" the writer's detailing diary; "闲鱼搜" the writer's own Civic; "拼多多搜" a sister-in-law's shop of
winter accessories; a chauffeur's 视频号 with a private message; a licence and inspection 公众号 with a word to
reply; a car-wash mini-program to search in WeChat; dash cams on a short link, t.cn/…; wedding cars by e-mail; a
tyre shop's landline; roadside help on a 400 line with a key to press; a parking space for sale with a WeChat id; a
theory-test bank by QQ; batteries with a dashed mobile; a wife's film shop with "vx"; a cousin's panel beating with
"手机号就是微信"; a QQ group of used-car stock; a classmate's licence renewals with a WeChat id; an uncle's tow
truck with a mobile and his surname; a civil-defence parking space with a mobile and a name; a car owners' group-buy
group with a WeChat id), 14 moderately, with disguises the docstrings read do not list (Devanagari digits १३९…;
Bengali digits ১৮৬…; Tibetan digits ༡༣༧…; Lao digits ໑໕໐…; subscript digits ₁₅₉…; double-struck digits 𝟙𝟛𝟞…; 微信 in
zhuyin, ㄨㄟ ㄒㄧㄣˋ; the penguin emoji 🐧 for QQ; 抖 split into 扌斗, 扌斗音; 淘 split into 氵匋, 氵匋宝; Cyrillic
lookalike letters for vx and an id, ѵх：хіаосһе…; an id in negative squared letters, 🅽🅹🅰…; the homophone 卫星 for
微信; the red circle 🔴 for 红, 小🔴书) and 10 heavily, with codes the docstrings read do not list (a mobile by a
substitution keyed on a ten-character road-safety motto, its tenth character as zero; a QQ number as the square
roots of nine listed squares; a QQ number written upside down, to be read with the phone turned half round; a QQ
number as the number of cars in each group of car emojis, an empty bracket as zero; a mobile with its first five and
last six digits swapped; a mobile in Spanish number words, uno tres siete…; a QQ number as one to nine in order with
two named digits swapped; a WeChat id as the writer's licence plate without its province character and dot, in lower
case, with a suffix; a WeChat id as the full pinyin of a quoted three-character phrase and a number; a mobile given
doubled, to be halved) and 12 subtle (an offer with a call to action only, none quoted by the docstrings read): cars
washed in basement B2 on Saturday morning at twenty-five, keys handed over; the writer's parking space at three
hundred a month, shown from block 3 in the evening; driving practice at eighty an hour on the driving school's back
lot on Sunday morning; the writer's old Corolla at eighty thousand, tried at the east gate on Saturday afternoon,
keys on hand; six dash cams fitted for a hundred and fifty in the company car park after work; holiday car hire at a
hundred and eighty a day, dates and models replied in the group; flat batteries jump-started free at the garage
entrance at seven, new ones at two hundred and eighty; inspections at a hundred a car, licences photographed into
the group and cars driven off on Wednesday; ceramic coating at three hundred and eighty, booked through the corner
shop's owner; a chauffeur in a blue vest at the restaurant's door after a dinner, fifty within ten kilometres;
leather seat covers at three hundred and eighty, shown from the writer's car boot at block 9, the door knocked on;
winter tyres laid out under a block on Wednesday evening, licences brought to check the size. About a dozen
positives are written the way members casually sell in a group (a brother's car wash, a sister-in-law's shop, a
wife's film shop, a cousin's panel beating, a classmate's licence renewals, an uncle's tow truck, the writer's own
Civic, Corolla, parking space, dash cams, seat covers and winter tyres).

-  `POSITIVE_83` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
-  `NEGATIVE_83` (100 lines): 20 that look dangerous at first sight (a speeding fine seen on 交管12123, compulsory
  insurance renewed for a father on an insurer's app, a car-wash card used up, a tow driver's mobile passed to a
  colleague, an SF waybill for a dash cam back from repair, a 4S shop's service order number, a vehicle office's
  receipt number for a lost licence, an inspection booked on 12123, a 京东 order number for tyres, toll invoices
  from the ETC 公众号 for an expense claim, a rental deposit refunded to a card ending 6628, a driving school's
  official 公众号 for test dates, a customer's plate in a car-wash shop's staff group, a VIN for brake pads in a
  parts store, a company car booked by an OA number, an insurer's 95518 for a rear-end crash, a mall's parking
  mini-program code, a funny 抖音 video of a car wash, a used car fridge bought on 闲鱼, a traffic accident report's
  number); 10 members asking or recommending (where to mend a slow puncture, a car wash at the east gate, a
  third-party check on a used car, a parking space to rent long-term, hours of practice before the road test, a dash
  cam with parking mode, which battery, a quick inspection station, a car-hire platform, winter tyre pressure); 10
  warnings quoting or describing the scam or ad ("驾照包过，不用考科目一", "免费领行车记录仪，只付邮费", a fake
  traffic-bureau text about points, "车主出国急售，半价转让", "代办年检不用上线", a roadside "免费测电瓶", a parking
  space "sold" for a deposit in a private chat, a car-wash card's "充一千送一千", a fake ETC text, "拖车只要五十");
  17 lines with numbers that are not contacts (fuel consumption, tyre pressure, a station car park's fee, a mileage,
  a car-wash queue, a test score, a car's price, a trip home, a cold start, three cars and one space, a renewal
  quote, a garage's spaces, oil-change intervals, an outing's cars, a ring road's limit, a licence's cost, a trip's
  tolls); 7 organisers' and admins' own notices (an owners' group's rule banning parking-space, car-wash card,
  chauffeur, used-car and driving-test ads, an account removed for car-hire ads and private chats, the property's
  garage cleaning, a car-wash shop manager's shifts, a class teacher's autumn outing, an office's new parking
  permits, an alumni reunion's parking); 27 lines of everyday chat (some about leaves on a car roof, parking into a
  bay, a car wash with a child, seat covers and a cat, a father's wipers, a garage with no signal, a morning jam,
  charging piles, a boy who wants a digger, a classmate now driving a bus, a no-driving day, canteen food, paw
  prints on a bonnet, washer fluid, ginkgo trees, badminton, a daughter failing the test, an old song, a broken
  barrier, a carsick grandmother, frost, a reservoir road, a Jetta scrapped, counting cars for homework, a quiet day
  at the car wash, a learner's sign, lost car keys); 5 heated arguments without any selling (a car in the fire lane,
  a parking space taken, full beams, e-bikes charged in the hallway, car-wash water freezing at a door); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_83 = """
我弟在小区南门开了家洗车店，普洗二十五，精洗六十，预约打 139 2716 4803，报名字就行
自家的轮胎店开淘宝了，淘宝搜“老韩轮胎仓”，米其林马牌都有，同城包安装
收二手车也卖二手车，抖音号 chezhu_aqiang，每天下午直播带大家看车
过年回家要租车的抓紧了，快手搜“阿彬租车”，七座商务也有，押金可免
汽车内饰清洗、镀晶、打蜡我都接，小红书搜“小雨的洗美日记”能看案例
我自己那台19年的思域要出，闲鱼搜“思域一手车主”就是，价格好商量
冬天的方向盘套、加热坐垫，拼多多搜“暖车小铺”，我小姨子开的店，九块九起
代驾、长途代开都能接，视频号“老周代驾”私信我，全城二十分钟到
驾照到期换证、年检代办，关注公众号“车务小帮手”，回复“年检”看流程
上门洗车不用排队，微信里搜小程序“楼下洗车侠”，选好车位就能下单
前后双录的行车记录仪清仓了，戳 t.cn/Rc8dKq2 下单，包邮还包安装
下个月结婚的看过来，头车加跟车八台一条龙，日期和路线写邮件发 hunche_liu@163.com
我们修车铺从老菜场搬到新华路42号，换胎补胎照旧，打座机 0571 88623107 先约好不用等
夜里车子趴窝别慌，道路救援拨 400-826-5137 转 2，搭电拖车都有
地下车位一个出售，B2靠电梯口，产权清晰，有意加微信 wang_chewei88 详谈
科目一科目四题库我整理好了，要的加我QQ 2819 4637，发你模拟卷
电瓶送货上门，旧的折价回收，打 136-5021-7448 找小孙
老婆的贴膜店开业，隐形车衣打八折，加她 vx tiemo_xiaokai 发车型报价
表哥在修理厂做钣金喷漆，小刮小蹭一百五起，手机号就是微信 158 3092 6617
本地二手车源都在这个QQ群 718402596，车商个人都有，进来看车
驾照补证换证找我同学，她做这个好几年了，微信 jiazhao_xiaomei
我舅开拖车的，高速上出事了打他电话 187 4420 9361，姓钟
人防车位转让，两万八，随时看位，联系 135 7702 3849 陈先生
机油、玻璃水、雨刮都能团，车友拼单群人满了开二群，微信 yq_chetuan 拉你，备注几栋
车停地库不用挪，我上门给你洗，洗一台三十，手机：१३९ ०८४२ ७७१५
轮胎换季特价，打 ১৮৬ ৫৫২০ ৩৯৭১ 找阿峰，装完再付钱
二手车收售找我，过户包办，电话 ༡༣༧ ༦༠༩༤ ༢༨༣༡
记录仪到货了，要装的打 ໑໕໐ ໓໗໒໘ ໖໔໐໙
车位出租，月租四百，电话 ₁₅₉ ₂₈₃₆ ₀₄₇₁
电瓶上门更换，手机 𝟙𝟛𝟞 𝟠𝟘𝟙𝟟 𝟝𝟚𝟜𝟡
五一自驾想租SUV的，押金可谈，加ㄨㄟ ㄒㄧㄣˋ zuche_dapeng 问空车
科目二科目三陪练，🐧：3057 19264
打蜡抛光封釉，每天的施工过程都发在扌斗音“洗车小熊”，想做的私信
汽车脚垫座套，氵匋宝搜“车之家纺”
长途包车带司机，ѵх：хіаосһе_88
年检代办，微信 🅽🅹🅰🅶🅴🅽🆃
道路救援搭电补胎，加我卫星 jiuyuan_laoma，半小时到
二手车检测避坑，小🔴书搜“验车老顾”，约检测三百一台
驾校陪练，电话按“慢行让人保平安勿抢道”十个字的顺序换，第十个当零：慢让勿 保行平抢 道人安慢
包月租车的看这里：16 1 81 49 0 36 4 64 25，每个开根号连起来就是我Q号
车位出租，Q号我是把手机转半圈上下颠倒着写的：980ᄅㄥ⇂ϛƐ
洗车预约Q，数每组车的个数，空括号是零：🚗🚗 🚗 🚗🚗🚗 🚗 🚗🚗 （） 🚗🚗🚗🚗 🚗
二手车收购，手机号我把前五位和后六位对调了：130472 15869
上门补胎换胎，手机用西班牙语念：uno tres siete cero cuatro ocho nueve dos seis cinco uno
年检代办，Q号好记：1到9顺着写一遍，然后把3和8换个位置
我开代驾的，微信号就是我车牌去掉“苏”和点，字母小写，后面加dj：苏E·7K29Q
车载用品按拿货价走，微信号是“开车品”三个字的全拼，末尾再接66
科目三陪练，手机号乘二以后是 27831484136，自己除回去
周六上午我在地库B2给大家洗车，一台二十五，车停好把钥匙拿下来给我
我家地下车位空出来了，月租三百，想租的晚上来3栋找我看位置
科目二老挂的，周日上午来驾校后门那块空地，我带你练两圈，一小时八十
家里换了新车，旧卡罗拉八万出，周六两点到四点我在东门的临停位，钥匙带着，谁想试开一圈都行
行车记录仪我手上还有六个，装好一百五，下班后在公司停车场等我
国庆要租车回老家的，五座一天一百八，在群里报日期和车型，我统一安排
冬天电瓶亏电的，明早七点我在车库入口，搭电不要钱，换电瓶两百八
年检不想跑的，把行驶证拍照发群里，我周三统一开去，一台一百
镀晶做一次三百八，想做的问下小卖部老板娘，她帮我排时间
今晚聚餐喝了酒开不了车的，散场后在饭店门口找穿蓝马甲的我，十公里内代驾五十
手工皮座套三百八一套，样品今晚放我后备箱，车停9栋门口，看上了直接敲9栋201的门
过冬的雪地胎我进了一批，下周三晚上在单元楼下摆出来，带上行驶证看尺寸
"""

NEGATIVE_83 = """
交管12123上看到上周在环城路被拍了，超速不到百分之十，罚两百没扣分
爸，交强险我帮你在保险公司App上续了，明年十一月才到期，不用再管
楼下洗车店充的五百今天刚用完，办卡那会儿真是冲动了
小赵，公司那台依维柯在沪宁高速抛锚了，拖车师傅电话 13962084517，你跟他对一下位置
返修的记录仪厂家已经签收，说七个工作日寄回，快递单号是SF1428873306215
4S店的保养工单号 WO20251118-0427，明天下午取车记得带上
车管所窗口给了张回执，受理号 B0578-2291，说补的行驶证五个工作日后去取
年检在12123上预约好了，周四上午九点半，检测站在城北
京东买的四条轮胎到了指定门店，订单号 3125 4478 9063，周六去装
出差的高速通行费在ETC公众号里开票，抬头写公司全称，发财务邮箱
租车押金三千已经退到尾号6628的卡上了，神州的效率还行
驾校的官方公众号能查约考结果，科目二排到下周二了
苏A·3N7P2那台精洗做完了，车主十二点来取，钥匙在前台第二格
配件仓库：车架号 LSVNV2182N2105539 的刹车片到货了，放二号货架
公司用车在OA里提了申请，单号 YC-1107，司机是老马，明早七点楼下等
追尾了先别吵，打保险公司的95518报案，四个角都拍好照片
商场停车费在入口贴的小程序码里交，我刚试了，出口直接抬杆
看到个抖音视频，有人自动洗车忘关天窗，车里全是泡沫，笑死
在闲鱼上淘了个二手车载冰箱，一百二，夏天钓鱼正好用
交警给的事故认定书编号 3201152025110733，保险那边要这个
左前轮慢撒气好几天了，大伙儿平时在哪儿补？别推荐那种张口就让换胎的
给大家说个良心店：东门口那家手工洗车，门缝、油箱盖里面都擦，不加价
新手买二手车，大家觉得有没有必要找第三方检测？
家里添了第二台车，5栋边上谁家车位闲着能长租的吗
科目三考前大家都练了多少小时？我心里没底
想给车装个带停车监控的记录仪，三百块以内，大家有用得好的型号吗
电瓶换原厂的还是换瓦尔塔？师傅说差不多
南湖路那家检测站做年检挺快的，我上次半小时就出来了
国庆想租车自驾，大家平时用的哪个平台？
冬天胎压该打高一点还是低一点？我这几天早上老亮灯
别信那种“驾照包过，不用考科目一”的，都是骗定金
“免费领行车记录仪，只付邮费”，到手就是个塑料壳，我同事上当了
今天我妈手机上来了条短信，号称交管局，说她扣满十二分要点链接处理，她根本没车
“车主出国急售，半价转让”这种二手车广告，都是骗看车费的
“代办年检不用上线”听着省事，被查出来要罚款的，别贪方便
遇到过路边摆摊“免费测电瓶”的吗？测一下准说你不行，非让你换个新的
私聊我的那个人说车位一万五转，先押一千给他，我去物业一问，那个车位早卖了
洗车卡“充一千送一千”，上个月那家店就跑路了，大家别充大额
ETC卡失效的短信是假的，别按里面的链接操作
“拖车只要五十”，到了现场开口两千，不给钱不放车，大家留个心
市区跑了两千公里，仪表显示油耗八点一，高速上能到五点九
早上胎压灯亮了，左后只有1.9，打到2.4就灭了
高铁站停了四天车，出来一看一百六十块，早知道打车了
我爸那台老车里程表过了28万公里，发动机还挺安静
周六洗车店门口排了十二台车，我等了一个多小时
科目四昨天考的，九十八分，就错在一道标志题
那台车落地十三万五，比上个月便宜了六千
回老家480公里，中间服务区歇了两次
零下十二度，电瓶没撑住，打了三次才着
我们家三台车，一个车位，天天挪车挪到崩溃
今年出了两次险，续保报价涨到五千一了，肉疼
咱楼地库146个车位，有车的也就一百来户
机油说明书写的是五千公里一换，我都拖到七千
秋游那天一共出了五辆车，坐了二十三个人
绕城那段限速一百，我一直开九十五，还被后车闪灯
考驾照花了四千八，练了两个月才拿证
上周末开车去千岛湖，来回六百公里，过路费一百四
【群公告】本群只聊小区的事，车位买卖、洗车卡、代驾、二手车、驾考代办一律不许发，发一次警告，两次移出
管理员：9栋那位一直发“同城租车”的，被好几位业主投诉私聊骚扰，已移出本群并拉黑
物业：本周六地库做地坪保洁，早八点开始，B1停车的邻居请头天晚上先把车开到地面
店长：明天起精洗工位改两班，早班八点到，晚班九点下班，镀晶单子登记在白板上
班主任：周五秋游去植物园，开车送孩子的家长请在校门口右侧临停，不要堵路
行政通知：园区停车证十二月一日起换新，请各部门把车牌号报给小林统计
校友会：周日返校聚会，学校东门停车场给我们留了四十个车位，报班级进
下了一夜雨，早上车顶全是落叶
今天第一次自己倒车入库，一把进，发个朋友圈纪念一下
老公说周末带孩子去洗车，其实是想让孩子帮他擦轮毂
新换的座套颜色有点浅，猫一上去全是毛
爸，你那车的雨刮器该换了，下雨天刮不干净
地下车库一点信号都没有，刚上来手机叮叮叮响个不停
早高峰堵了四十分钟，到公司卡点打卡
东区新装的充电桩今晚开放，去转了一圈，已经停满了
儿子说长大要开挖掘机，不开小汽车
还记得当年老周骑摩托带我们去水库吗，现在他在开大巴
今天车限号，坐地铁发现也挺快
今天食堂的土豆炖牛腩，打饭阿姨手都没抖
早上开车门，发现引擎盖上一串梅花脚印，肯定又是那只橘猫
给车加了瓶玻璃水，才知道之前一直加的是自来水
周末去郊区看银杏，路上全是车
羽毛球活动周四照常，场地还是体育馆三号
闺女科目二又没过，坡起熄火了，晚饭都没吃
今天车里放了首老歌，一下子想起大学宿舍
停车场出口那个杆子又坏了，保安在手动抬
奶奶说坐后排晕车，下次让她坐副驾
今晚零下，明早出门得先化霜，别拿热水浇玻璃
上周末水库那边的路修好了，车能直接开到坝上
开了十五年的老捷达今天送去报废，拍了最后一张合影
今晚的作业是数一数家门口一分钟过几辆车
店里今天没啥客人，下午把洗车房的墙刷了一遍
新手上路贴的“实习”标志，后面的车都离得远远的
有人看到我落在会议室的车钥匙吗，上面挂了个小熊
消防通道上那台黑车谁的？昨晚救护车在外面绕了十分钟，太过分了
那台白色SUV又停我车位了，贴了三次条子都不管用，物业也不管，明天我就堵住它
会车开远光灯的，下次别让我碰到，眼睛都要被晃瞎了
楼道里天天充电瓶车，真起火了整栋楼跑得掉吗？说了几次还是照样
洗车水全流到我家门口了，冬天结冰摔了人你赔吗
Anyone know whether the underground garage by block 5 lets visitors park on weekends? My sister drives over on Sunday.
Just renewed my driving licence at the vehicle office downtown, took forty minutes, not bad at all.
昨晚停車場的燈壞了，大家倒車的時候小心一點
我爸開了三十年車，從來沒被罰過，今天第一次吃了張罰單
"""
