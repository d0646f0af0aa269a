"""Hold-out set 88 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-86 (see holdout_data.py; sets 85 and 86 are its latest, scored but
not printed), at the same time as set 87 (written by another helper; this set was checked by the same script against
set 87's lines as they stood when this one was finished, unread: highest ratio 0.381 at the end, as the script showed
it), and kept unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model,
training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing
from qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was
opened only for its module docstring (the labelling rules and the history and topics of sets 1-86, which also names
the disguises and calls earlier sets' errors led to), printed with ast.get_docstring, and holdout85_lines.py and
holdout86_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings were not
read). The three docstrings were saved to the writer's own temporary folder and paged through there with wc, cat, head
and tail, a loop of greps counting about a hundred and fifty words and signs for the scripts, disguises and codes
considered here (most were not found; zodiac order and stroke counts were, as codes of earlier sets, and were not
used) and two greps for the sentences holding six or seven of those words (the first printed nothing; the second
showed five short passages), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only
run on this file, from the checkout's root). The benchmarks folder was not listed; this file's own path was once
checked for existence by its exact path (test -f) before it was first written; set 87's file was only checked for
existence by its exact path (test -f, before every run of the script but the first run at 0.30; it existed at every
check) and only loaded by the similarity script, which never printed its lines. The folder holding the similarity
script was not listed and no file in it was opened; the script was only run. One slip to report: at the first run set
87's file existed (test -f said so just before) but was not passed, so that run compared this set with the dumps and
itself only; every later run passed it. Nothing outside these limits was opened, listed or run. The lines were drafted
in the writer's own temporary folder and written to this file by a small script of the writer's own (which also turned
digits into the other scripts and codes below, checked the counts and the display widths and, over this set's own
lines alone, their difflib ratios against each other), and the similarity script then read it: it printed this set's
lines and ratios, never the dumps' or the partner's lines; it was run eleven times: at the required floor of 0.49 and
then at 0.47, to find the lines standing just below it, once at 0.30 on the finished lines and, on the finished file
with this docstring, once at 0.47 and once at 0.30, only to read the highest ratio per group for this docstring (no
line changed after the first run at 0.30). No line is copied from earlier sets or from the training lines: every
line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.469), against every line of
the training dump at most 0.49 (highest 0.462), against set 87 at most 0.49 (highest 0.381 among the lines whose
closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may stand a little
nearer set 87, but under its own highest, at most 0.469), and no two lines of this set exceed 0.49 against each other
(the script showed 0.322 at most among the lines closest to this set; the writer's own difflib check over this file's
lines alone gives 0.338 for the closest pair).

Forty-nine lines were rewritten for similarity, nine of them more than once (sixty-two rewrites), each time with new
wording, not a synonym swap; four of the rewrites changed a code or a disguise itself, not only its wording, and two
more the way a code is written. In the first pass, at 0.49 and without set 87's file (the slip above), thirty-nine
stood at 0.49 or more (0.857 at most, the property's renovation hours, against the hold-out dump), thirty-four against
the hold-out dump and five against the training dump: twelve positives (a curtain shop's landline, 0.493; a leak
repairer's 400 line, 0.493; an appliance cleaner on 快手, 0.525; a formaldehyde 公众号 with a word to send, 0.543; a
window-screen mini-program, 0.500; second-hand furniture bought up by WeChat id, 0.517; a smart lock in keycap digits,
0.508; a hardware shop on 🧩多多, 0.491; the heavenly stems, 0.571; the square roots, 0.547, all reworded; and a
mobile written backwards, 0.623, which may have been coded so before, so it was dropped for Roman numerals; the
English months, 0.496, reworded) and twenty-seven negatives (the renovation hours; a blood pressure, 0.750; a hardware
shop recommended, 0.720; an account removed, 0.667; a formaldehyde reading, 0.655; a test score, 0.652; a hike, 0.647;
the moon, 0.615; a mattress sold on 闲鱼, 0.600; canteen pork, 0.595; sunflowers, 0.585; a morning meeting, 0.579; a
tax number, 0.575; the English and traditional lines, 0.569, 0.532 and 0.537; a 48-hour water test, 0.565; a 小红书
list passed on, 0.559; a pre-filter asked about, 0.545; a gas-meter text warned of, 0.535; a meeting room moved,
0.524; a water heater's 60 litres, 0.514; a supplier's mobile passed on, 0.511; topping up refrigerant, 0.511; rain
and washing, 0.500; an annual party's date, 0.500; the group rule, 0.494). The chat lines that stood high were given
new subjects (a bike ride round a lake, a father's weight, greens too oily, a sheet blown onto a lawn, a purple
sunset, a snail in a nature corner, a printer). In the second pass, at 0.49, with set 87's file passed from then on,
ten: the 400 line again (0.494), the square roots (0.613, now written as Chinese numerals), the Roman numerals (0.654,
dropped for air-conditioner temperatures less sixteen), a QQ in ASCII codes (0.547 against set 87, which may code
alike, dropped for tally marks in 正), the tax number (0.494), the group rule (0.494), the printer (0.579), a meeting
called off (0.625), a photographers' sunrise outing (0.500 against set 87) and rubbish in a fire lane (0.533 against
set 87), the last four given new subjects (a water dispenser, a quarterly report, egrets back at a wetland, an old
door frame in a stairwell). In the third pass, three: the tax number (0.551, now a special invoice's buyer number),
the water dispenser (0.783, now a pothos drowned on a desk) and the quarterly report (0.511, now a new intern); in the
fourth, one: the intern (0.583, now a meeting room's remote taken to a desk). A run at 0.49 then found none (0.488 at
most). In the fifth pass, at 0.47, eight standing between 0.471 and 0.488: the keycap digits (0.488; they may have
been used before, so they were dropped for Kannada digits), the playing cards (0.482, now named in words, 黑桃A…, with
new wording), a 12345 complaint number (0.471 against set 87), the property's repair line (0.474 against the training
dump), formaldehyde treatment asked about (0.475), an alumni count (0.488), a closed bun shop (0.488) and a quarrel
over drilling at seven (0.481 against the training dump); in the sixth, at 0.47, one: the complaint number (0.533
against set 87, now the property's complaint register number). A run at 0.47 then found none (0.469 at most), and runs
at 0.47 and at 0.30 on the finished file with this docstring gave the figures above. Lengths run from 28 to 76
characters for the positives (the longest a hand of playing cards) and 16 to 53 for the Chinese negatives (the English
lines 104 and 88). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 88 focuses on home renovation, furnishing and appliances sold into groups: decoration firms and foremen (old flats
renovated with a spaced mobile and a name, a show flat visited in building 18, a crew's mobile in the heavenly stems),
custom wardrobes and cabinets (a brother-in-law's shop by WeChat id, designs by Cyrillic lookalike letters, a wardrobe
fitter's mobile counted on fingers), furniture new and second-hand (the writer's spare bed by QQ, office furniture
with "V：", a furniture factory's QQ group, old furniture on 忄夬手, redwood furniture by the lunar months' names, a
removal's furniture by playing cards, children's desks in a van at the school gate, folding chairs at a reunion,
chairs re-painted at the north gate), curtains and blinds (a curtain shop's landline, a mother's crocheted curtains,
blackout curtains in Tibetan digits, a curtain fitter by the Hundred Family Surnames, a cousin's curtain samples at
the writer's desk), flooring and tiles (tiles by e-mail, a floor fitter's spaced mobile, floor waxing in Bengali
digits, tiling on 晓红书, a grouting live stream on 视频号, spare floorboards at flat 502), paint and waterproofing
(leaks on a 400 line, spare paint on 闲鱼, repainting in Lao digits, waterproofing by the south-gate shop), water
purifiers and water heaters (a purifier on a short link, heater repairs by a mobile that is also WeChat, heaters in
Devanagari digits, purifier service by square roots, water tested at the east gate), smart door locks (a family shop
on 淘宝, locks in Kannada digits, lock cylinders by English months), lighting (a cousin's 拼多多 lamp shop, lights in
double-struck digits, an electrician by the resistor colour code), appliance installation, cleaning and repair (a 快手
cleaner, a brother's range-hood cleaning, air-conditioner cleaning by remote-control temperatures, a 视屏号 repairer,
an air-conditioner group-buy in the group, range hoods booked at the activity room, odd jobs booked by @),
formaldehyde testing and removal (a 公众号 with a word to send, a tester hired by 🐧), window screens and security
windows (a mini-program, a dashed mobile, screens in subscript digits, screens swapped under building 3), home
networking (a QQ in tally marks) and hardware (a shop on 🧩多多), second-hand appliances bought up and old doors on
门木鱼; beside ordinary chat in owners' and neighbourhood groups, company work groups (an administration office,
finance, HR, a union), family groups, a parents' class group, an alumni group and hobby groups (cycling, bird
photography, running).

It keeps the mix real spam has: 24 lines plain or lightly disguised (old flats renovated with a spaced mobile and a
name; a brother-in-law's custom cabinets with a WeChat id; the writer's spare bed with a QQ; a curtain shop's
landline; a leak repairer's 400 line with a key to press; tiles by e-mail; a water purifier's trial on a short link,
dwz.cn/…; "抖音搜" a husband's carpentry videos; an appliance cleaner named on 快手; a family lock shop to search on
淘宝; a cousin's 拼多多 lamp shop named; spare paint to search on 闲鱼; "小红书搜" a soft-furnishing account with
private messages; a grouting 视频号's live stream; a formaldehyde 公众号 with a word to send; a window-screen
mini-program; office furniture with "V："; water-heater repairs with a mobile that is also WeChat; security windows
with a dashed mobile; a mother's crocheted curtains with her WeChat id; a floor fitter's spaced mobile; used furniture
and appliances bought up by WeChat id; a furniture factory's QQ group; a brother's range-hood cleaning with his
mobile), 14 moderately, with disguises the docstrings read do not list (Devanagari digits १३८…; Bengali digits ১৮৬…;
Tibetan digits ༣༧༥…; Lao digits ໑໕໓…; Kannada digits ೧೩೯…; subscript digits ₁₃₆…; double-struck digits 𝟙𝟠𝟠…; Cyrillic
lookalike letters for wx and an id, ԝх：јіаѕһејі; 快 split into 忄夬, 忄夬手; 闲 split into 门木, 门木鱼; the penguin
emoji for QQ, 🐧：; the homophone 视屏号 for 视频号; the jigsaw emoji for 拼, 🧩多多; the homophone 晓红书 for 小红书)
and 10 heavily, with codes the docstrings read do not list (a mobile in the resistor colour code, brown as one and
black as zero; a mobile in the ten heavenly stems, 甲 as one and 癸 as zero; a mobile by the first ten surnames of the
Hundred Family Surnames, 赵 as one and 陈 as zero; a mobile by the lunar months' flower names, 正 as one and 阳, the
tenth, as zero; a QQ as playing cards' values, the ace as one and ten as zero; a mobile as the square roots of a list
of squares written in Chinese numerals; a mobile as air-conditioner remote temperatures less sixteen; a mobile as
English month abbreviations, Oct as zero; a mobile counted on fingers, the left hand's one to five and the right
hand's six to zero; a QQ as tally marks in the strokes of 正) and 12 subtle (an offer with a call to action only, none
quoted by the docstrings read): window screens swapped at forty under building 3 on Saturday morning; six spare
floorboards at ten and grout, knocked for at 502 after eight; odd jobs at thirty a point booked by an @ in the group;
a cousin's curtain samples at fifty at the writer's desk at one; an air-conditioner cleaning group-buy at sixty-five
if ten homes sign in the group; water tested free at the east gate at nine with three hundred off a purifier;
children's desks at 699 in a white van at the school gate; folding chairs at eighty-five brought to a reunion; a show
flat open in building 18 with free switches for who signs; chairs re-painted from a hundred by the north gate on
Sunday; range hoods cleaned at a hundred, signed up at the activity room; waterproofing at four hundred a day, the
writer found at the south-gate shop after work. About a dozen positives are written the way members casually sell in a
group (a brother-in-law's cabinets, a husband's carpentry, a family lock shop, a cousin's lamp shop, a mother's
curtains, a brother's range-hood cleaning, a cousin's curtain samples, the family's furniture shop, the writer's own
spare bed, paint, floorboards, furniture and chairs).

- `POSITIVE_88` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_88` (100 lines): 20 that look dangerous at first sight (a 京东 order number for a missing lampshade in a
  family group, an SF waybill for a broken water heater sent back, an administration office passing on a curtain
  supplier's mobile, the property's complaint register number for night drilling, a 淘宝 refund number for a faulty
  lock, a special invoice's buyer number for tiles, the market regulator's 公众号 on formaldehyde meters, a 拼多多
  return number for a vanity unit, the property's new repair line, a Gree service ticket, a 抖音 video on hollow
  tiles, a mattress sold on 闲鱼, a purifier's warranty card number, a renovation contract's number, a takeaway's flat
  number, a class teacher passing on an air-conditioner fitter's mobile, an electricity account number, a 小红书 note
  passed on, a list of registered firms on 浙里办, a parcel locker's code for wardrobe boards); 10 members asking or
  recommending (a pre-filter, a wooden door's colour, a hardware shop recommended, grey bathroom tiles, refrigerant's
  price, a tiler praised, a heater for old people, quiet curtain tracks, airing against formaldehyde, IKEA bookcases
  recommended); 10 warnings quoting or describing the scam or ad (free gas-pipe checks, "装修贷零利息，先装修后付款",
  water purifiers sold with a reagent, a gas-meter text with a link, "三万八全包一百平", air-conditioner cleaning at
  9.9, "业主专享，地板工厂价" in private chats, security windows "to be replaced", "免费领智能门锁，只付安装费",
  formaldehyde tests for one yuan); 17 lines with numbers that are not contacts (a living room's size, a wardrobe's
  cost, a water test of two days, formaldehyde readings, a 60-litre heater, test scores, a curtain box's 20 cm, boxes
  of tiles, five and a half months of work, a 1.5 hp air-conditioner, 137 alumni, a 10 km run, an electricity bill, a
  lock's battery, an annual party moved, paint drying, a father's weight); 7 organisers' and admins' own notices (an
  owners' group rule banning formaldehyde, appliance-cleaning and renovation ads, an account removed for selling
  waterproofing in private chats, renovation hours, renovation rubbish, a class teacher's tidy-desk day, a union's
  visit to a fire museum, an alumni party's seats); 27 lines of everyday chat (some about a new sofa, a door carried
  in a lift, a pothos drowned on a desk, a drawing of a new house, a bike ride, an osmanthus tree, oily greens, a cat
  on curtains, a sheet blown away, sun in a living room, a smart speaker, old photos, a meeting room's remote, a
  composition, square dancing, cards on a new table, egrets, a power cut, a wardrobe's mirror, a sunset, pomelos, a
  new mattress, a snail, bright lamps, a team outing, a bun shop closed, an aunt's study); 5 heated arguments without
  any selling (drilling before eight, an old door frame in a stairwell, a leak blamed, an outdoor unit under a window,
  a meeting's minutes); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_88 = """
老房翻新找我们，水电改造、贴砖、吊顶一条龙，先上门量房不收钱，电话 139 5817 2046 徐工
我姐夫开的全屋定制店，衣柜橱柜都用E0级板材，本群业主报小区名打九折，微信 lin_dingzhi88
搬家多出来一张1.8米实木床，九成新，350自提，想要的加我QQ 2849107735
我们窗帘店在建材城二楼，打座机0571-88623194预约，量窗户不收钱，礼拜天也开门
老房卫生间往楼下渗水的，不砸砖注浆就能堵住，打400-826-3317，语音提示后按2找维修师傅
瓷砖厂清库存，600×1200的大板按片卖，要报价的发邮件到 tilesale_hz@163.com，注明面积
净水器新品试用名额，点这个报名：dwz.cn/k8PqW2，前五十名送一年滤芯
我老公在抖音拍木工视频，抖音搜“木匠老周的小院”，定做书架鞋柜都接
洗空调洗油烟机都找阿明，快手名字叫“阿明家电清洗”，同城下午也能排上
家里小店卖智能门锁的，淘宝搜“安居锁匠铺”，拍下备注群名包安装
拼多多上我表妹的灯具店叫“暖光小屋”，吸顶灯比实体店便宜一半，姐妹们支持一下呀
装修剩的两桶乳胶漆还没开封，挂闲鱼了，闲鱼搜“剩料不浪费”就能看到
小红书搜“软装阿May”，出租屋改造的案例都在上面，私信可以帮你免费搭配
视频号“老杨瓷砖美缝”每天晚上八点直播，直播间下单送一支清洁剂
甲醛测过才心里有数，公众号“安心除醛”里发“检测”，第一次上门只收八十
纱窗坏了不用跑市场，小程序“纱窗到家”里填好尺寸挑个颜色，两天给你装好
公司搬迁清出来一批二手办公桌椅，V：bangong_qing2024，整批打包价更低
热水器不出热水、漏水的找我，修不好不收钱，电话同微信18760243195
304不锈钢防盗窗现做，一平方三百二，量尺电话：137-2290-6418
我妈退休在家钩的门帘和桌布都是纯棉的，喜欢的加她微信 huamei_1962 看图
地板安装师傅，强化复合、实木都装，接小区散活，手机 158 0319 7742
旧家电旧家具收购，拍张照片发我估个价，合适就上门拉，微信号 jiujiu_huishou
家具厂直营群每周上新样品特价，想进的加群号 734105926
我弟做油烟机清洗的，拆洗一次一百二，周边小区都跑，打他 15927716308 说是我介绍的
电热水器安装换新，旧机器折价回收，电话：१३८ ०५७२ ६४१९
木地板打蜡翻新，一平米十五，师傅手机 ১৮৬ ৪৪২০ ৯৩১৭
遮光窗帘定做，样册可以送上门挑，扣扣 ༣༧༥༨༢༠༡༤༦
墙面刷新、旧墙翻新，老师傅带队干，电话 ໑໕໓ ໒໖໘໐ ໔໗໑໙
换智能锁的业主看这里，指纹款三百九起含安装，拨 ೧೩೯ ೫೨೮೭ ೪೦೬೩
隐形纱窗、金刚网定做，量尺免费，手机 ₁₃₆ ₉₈₂₇ ₀₄₅₁
客厅灯具换新找我们，无主灯设计安装一条龙，电话 𝟙𝟠𝟠 𝟚𝟘𝟛𝟞 𝟟𝟙𝟝𝟡
全屋定制柜子出效果图免费，加我 ԝх：јіаѕһејі_08
忄夬手搜“二手家具老陈”，实木八仙桌、老式五斗柜都有，直播间下单包送
门木鱼上挂了几套九成新的橱柜门板，搜“小周闲置装修料”，便宜出
甲醛检测仪出租，一天二十，押金两百，🐧：2960418375
视屏号搜“老刘修空调”，每周直播教大家自己洗滤网，也接上门
五金小件别去建材市场挨宰了，我家店在🧩多多上叫“好邻居五金”，角阀花洒都有
晓红书搜“瓦工小李日记”，卫生间贴砖案例挺多，预约看主页
干电工的都认色环：我手机就按电阻色环报，棕 橙 灰 黑 红 黄 白 绿 蓝 紫 棕，灯具插座开关都装，老小区换线也接
泥瓦水电一条龙的施工队，联系方式拿十天干记了：甲丙庚己乙癸戊辛壬丁甲，甲对1，往后顺延，癸对0
窗帘上门测量，电话按百家姓开头十个姓的顺序排（赵一，陈零）：赵孙王吴钱陈李冯郑周周
二手红木家具看货，手机号按农历月份的别称念，十月阳月算零：正榴桂阳杏菊槐荷兰桃正
下个月搬去外地，沙发茶几电视柜都得出掉，企鹅号是几张牌的点数，尖儿是1，十算0：黑桃A、红心7、梅花3、方块9、黑桃10、红心4、梅花8、方块2、黑桃6
净水器售后上门，我的号是这些数各自开方以后连起来：一、六十四、九、零、二十五、三十六、四、八十一、四十九、十六、一
夏天前空调拆洗排单了，电话是遥控器上这几个温度各减16：17℃ 19℃ 21℃ 23℃ 17℃ 25℃ 18℃ 24℃ 20℃ 16℃ 22℃
换锁芯修指纹锁，拨号前把这些月份换成数字，十月当零：Jan Aug Sep Feb Jun Apr Jul Oct Mar May Jan
衣柜定制量尺，号码按手指数：左手拇指到小指是1到5，右手拇指到小指是6到0，左拇、左小、右无名、左中、右食、左食、右拇、左无名、右小、左拇、右中
全屋智能、网络布线找我，扣扣用画正字的方法记的，一个字一位：下 止 正一 正止 正 正下 一 止 丅
周六上午我在3号楼下摆摊换纱窗、磨菜刀，纱窗一扇四十，有需要的拿下来就行
新房搬进来剩了六块木地板和半桶美缝剂，地板十块一片，晚上八点后来502敲门拿
我在家接小活：换插座、装挂画、装窗帘杆，一个点位三十，要弄的在群里@我约时间
各位同事，我表哥的窗帘厂有一批样品布，整幅五十，中午一点来我工位挑
我们店接空调清洗团购，凑够十家每台六十五，要洗的直接在群里接龙写门牌号
明早九点我们店在小区东门给大家免费测水质，测完当场装净水器立减三百，带个空瓶装点自来水来
家长们，我家开家具店的，儿童学习桌椅这周特价699，放学接孩子时到校门口左边那辆白色面包车看样品
同学会那天我带几把折叠椅样品来，自己厂里做的户外家具，一把八十五，想要的当天找我
新交房的业主，我们施工队这周在18栋做样板间，签约送全屋开关插座，下午两点到五点随时上来看
旧家具改色翻新，一把椅子一百起，周日我全天在小区北门修车铺旁边，搬过来就行
油烟机深度清洗一次一百，这周末我在物业活动室门口登记，排好号按顺序上门
卫生间闭水和防水补刷我干了十几年，人工一天四百材料另算，有意的下班后到南门小卖部找老刘
"""

NEGATIVE_88 = """
京东订单号 3128846702931，买的吸顶灯少发了一个灯罩，客服说补发，咱家别重复下单了
顺丰单号 SF1402 8837 6651 是我寄回厂家的坏热水器，厂家要是再打电话来就说已经寄了
行政部提醒：会议室换窗帘的事交给华美布艺了，张经理会过来，电话138 0571 6627，前台明早帮忙开门
跟物业投诉了楼上夜里装修的噪音，给了个登记号TS-1125-047，说明早派人上门沟通
淘宝那个门锁的退款 2916 4473 0058 1236 已经到账，确实是质量问题，卖家认了
这批瓷砖的专票开好了，购方识别号 91330105MA27QW4N1E 我核对过没错，明天交给出纳
市场监管总局的公众号发了甲醛检测仪的抽检结果，不合格的牌子都列出来了，买之前可以对一下
拼多多退货单号 PDD260112883 填好了，寄回去的是尺寸不对的那个浴室柜
物业客服中心：原报修座机月底停用，以后水电急修请拨0571-8651 2230，全天有人接
格力售后工单号 GL20261124-0375，师傅说明天下午来看空调外机，家里留个人
抖音上刷到一个讲瓷砖空鼓怎么查的视频，拿小锤子敲一敲听声音，挺实用
那张旧床垫挂闲鱼两天就出手了，人家开着小货车自己来搬的
净水器质保卡编号 WF-0923-7718，滤芯三年内免费换，我拍照存到家庭群相册了
装修合同编号 JZ-2026-0815 我发你邮箱了，你看看增项那一条是不是多算了
外卖备注写的 7 栋 2 单元 1402，骑手打电话我没接到，谁在家帮我下楼拿一下
班主任：明天教室装新空调，施工方联系人王师傅 186 5712 0394，值日的家长七点半到校开门
电费户号 3300 1245 6789 已经交过了，新房的电表也过户到你名下了
转个小红书笔记：全屋定制哪些钱不该花，写得挺清楚，快定柜子的可以看看
住建局备案的装修企业名单在“浙里办”APP能查到，签合同前可以先查一查
丰巢取件码 6628，衣柜的板材在北门驿站，老公下班记得去搬
前置过滤器到底有没有必要？装了以后洗澡水压小不小，用过的说说
请问群里谁家的木门是在哪儿买的，那个胡桃色挺好看
楼下那家老五金铺子真的良心，我买个合页老板还送两颗螺丝
想问问大家，卫生间用灰色瓷砖显不显脏？
空调不制冷了，师傅说要加氟，报价三百五，这个价正常吗？
上回王姐推荐的瓦工确实靠谱，我家阳台的砖贴得特别平
家里老人怕冷，电暖器和油汀哪个更好用？求推荐
窗帘轨道有必要用静音的吗，还是普通的就行
家里有孕妇，新刷的墙靠开窗散味够不够，还是得请人做治理？大家怎么弄的
我觉得宜家的书柜性价比挺高，孩子房间就用的那款，自己装也简单
大家注意，最近楼道里贴了“免费检测燃气管道”的单子，上门就说要换管子收几百，物业说根本没安排
又看到“装修贷零利息，先装修后付款”的广告了，这种合同里的手续费算下来高得吓人，别信
提醒一下：有自称物业的人上门推销净水器，说自来水不合格，其实就是拿试剂变色吓人
我妈手机收到一条“燃气表即将停用，点链接更新”的短信，差点点了，幸亏先问了我
“三万八全包一百平”这种一口价，后面都是拼命加项，我邻居就被坑了两万多
九块九上门洗空调的别信，来了就说要加氟换电容，最后收你好几百
刚有人私聊我说“业主专享，地板工厂价”，查了根本不是什么工厂，大家别加他
有人上门说防盗窗要统一拆了换新，业委会根本没通知，都是打着旗号推销
公司有同事被“免费领智能门锁，只付安装费”骗了，锁装上三天就打不开
看到群外有人转“一块钱测甲醛”的链接，点进去要填身份证号，大家小心
客厅量了一下，4.2米乘5.6米，铺地板得二十五个平方左右
衣柜最后花了一万六千八，比预算多出两千
闭水泡了两天两夜，下楼问了阿姨，人家天花板一点没湿
请人复测了，卧室0.06，客厅0.05，都在0.08以内，总算能住了
三口之家60升的电热水器够吗？我们家洗到第三个人就温了
这次单元测验数学96分，语文88，作文扣得最多
窗帘盒预留了20公分，双层帘够用
瓷砖买了32箱，最后剩下三箱没拆
装修从三月开工到八月底，整整五个半月
1.5匹的空调装十四平的卧室够不够？
这次校庆签到表统计了一下，到场137位，八八级来得最齐
周日跑了10公里，平均配速5分40，下次争取进5分半
这个月电费328块，新装的地暖是真费电
门锁电池用了十个月才提示换，还挺省电
HR说年会挪到12月28号了，比原计划晚一周，节目还得再排练
油漆刷完七天了，还有一点味道，准备再晾两周
爸今天称体重掉了3公斤，说是天天去公园快走的功劳
新进群的邻居看一下置顶：除甲醛、家电清洗、装修建材这几类广告在本群发了就踢，不提醒第二次
跟大家说一声，昨晚挨个私聊卖防水涂料的那个号我已经踢了，谁付过定金赶紧找他退
业主们，再说一遍装修时段：周一到周五白天可以干活，中午十二点到两点停工，周末整天不能有大动静
装修的业主请注意，装修垃圾袋装后放到北门指定堆放点，不要堆在楼道
班主任：下周一开展“整理小书桌”活动，请家长帮孩子准备一个收纳盒
工会通知：本周五下午组织员工家庭参观消防体验馆，报名找行政部
校友会秘书处：年会座位已排好，请各班联络人周四前确认人数
今天新家的沙发终于到了，坐上去那一刻觉得装修的苦都值了
早上电梯里碰到装修工人扛着门板，差点撞一块
谁把我桌上那盆绿萝浇透了？叶子都泡黄了，心疼
儿子画了一张新房子的图，说他要住有滑梯的那间
周末有没有人一起去骑车？绕湖一圈大概三个小时
外婆说老房子那棵桂花树今年开得特别香
食堂新来的师傅炒的青菜太油了，吃了两口就放下
家里猫特别喜欢新买的窗帘，天天往上爬，已经抓出两个洞了
起风了，六楼阳台的床单被吹到楼下草坪上了，谁家的？
搬进来才发现客厅朝南阳光这么好，冬天晒着太舒服
老爸学会用智能音箱开灯了，每天晚上跟它聊天
同学们，毕业十五年了，旧照片翻出来大家都好年轻
会议室的空调遥控器被谁顺回工位了？里面热得像蒸笼
孩子作文写的是《我家的新书房》，老师给了个优
楼下广场舞的音乐今天好像换了一首
吃完饭一家人在新餐桌上打了两局牌，很开心
拍鸟的几位，湿地公园的白鹭回来了，周六清早去，镜头带长一点的
刚才停电了十分钟，现在冰箱灯又亮了，应该没事
奶奶把旧衣柜的镜子拆下来靠在门口，说出门照着方便
今晚的晚霞紫得发粉，拍了好几张都没拍出那种颜色
给你们寄的柚子收到了吗？应该到了吧
换了新床垫第一晚睡得腰有点酸，可能要适应几天
女儿在学校的自然角养了一只蜗牛，每天回来汇报它爬了多远
新装的灯太亮了，老公说像在手术室吃饭
部门团建投票结果出来了，大多数人选了去农家乐
东门那家开了二十年的包子铺这周关张了，以后早饭不知道去哪吃
小姨家装修完请我们去吃饭，她家阳台改成了书房
七点不到就开始砸墙，我家孩子刚睡着又被吵醒，规定八点以后才能施工，你们施工队是不认字吗？！
楼道里那堆拆下来的旧门框是谁家的？挡着我家门一个礼拜了，再不搬我就叫物业直接清走！
凭什么说是我家漏水？你家天花板的水渍明明是从你自己卫生间渗的
空调外机装在我家窗户正下面，吵得一晚上睡不着，你们装之前问过我吗
会上讲好的方案，你现在又说不是这么定的，那会议记录算什么？
Quick question: are we allowed to do renovation work on Sunday afternoons here? My builder keeps asking.
Measured twice and the roller blinds still came out two centimetres short, unbelievable.
我家新裝的地板顏色比樣品深了一點，不過也還算好看
今天冷空氣南下，陽台的多肉記得搬進來，不然一晚就凍壞了
"""
