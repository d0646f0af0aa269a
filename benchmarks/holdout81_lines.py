"""Hold-out set 81 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-80 (see holdout_data.py; sets 77 and 78 were studied in this
session, and sets 79 and 80 were being studied), at the same time as set 82 (written by another helper; this set was
checked by the same script against set 82's lines as they stood when this one was finished, unread: highest ratio
0.444 at the end, as the script showed it), and kept unscored until it is scored once, blind. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in
benchmarks/ (no benchmark); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-80, which also names the disguises and calls earlier sets' errors led to), printed with
ast.get_docstring, and holdout79_lines.py and holdout80_lines.py only for their module docstrings, printed the same
way (the file format, the docstring style and the disguises and codes already used, to avoid repeating them; their
lines and the code below the docstrings were not read; the three docstrings were saved to the writer's own temporary
folder and paged through there with cat and sed, nothing else in them). pyproject.toml was not opened (ruff format
and ruff check were only run on this file, from the checkout's root). The benchmarks folder was not listed; set 82's
file was only checked for existence by its exact path (test -f, before every run of the script; it did not exist at
the first run, so that run was made on this file alone, and existed at every run after, when it was always passed)
and only loaded by the similarity script, which never printed its lines; this file's own path was once checked the
same way before it was first written. The folder holding the similarity script was not listed and no file in it was
opened; the script was only run. No slip to report: nothing outside these limits was opened, listed or run. The
lines were drafted in the writer's own temporary folder and written to this file by a small script of the writer's
own (which also turned digits into the other scripts below, checked the counts and the display widths and, over this
set's own lines alone, their difflib ratios against each other), and the similarity script then read it: it printed
this set's lines and ratios, never the dumps' or the partner's lines; it was run ten times: at the required floor of
0.49 and then at 0.47, to find the lines standing just below it, and twice at 0.40 (after an edit for length below,
and on the finished file), only to read the highest ratio per group for this docstring. No line is copied from
earlier sets or from the training lines: every line's difflib ratio against every line of the hold-out dump is at
most 0.49 (highest 0.464), against every line of the training dump at most 0.49 (highest 0.464), against set 82 at
most 0.49 (highest 0.444 among the lines whose closest group it is; the script prints each line's highest ratio
only, so a line closer to a dump may stand a little nearer set 82, but under its own highest, at most 0.464), and no
two lines of this set exceed 0.49 against each other (the script showed none closest to this set above 0.435; the
writer's own difflib check over the set's lines gives 0.435 at most).

Thirty-five lines were rewritten for similarity, three of them more than once (thirty-nine rewrites), each time with
new wording, not a synonym swap; two of them changed the code itself, not only its wording. In the first pass, at
0.49 and on this file alone (set 82's file did not exist yet), twenty-four stood at 0.49 or more (0.811 at most, a
child who has just learnt to ride a bike, against the hold-out dump), nineteen against the hold-out dump and five
against the training dump: four positives (a used road bike with "V：", 0.630; a mobile in solfège syllables, do mi
sol…, with a rest as zero, 0.525; a mobile as 13 and the first nine decimals of π, 0.576; a mobile with each digit
taken from nine, 0.575; all reworded) and twenty negatives (the child on the bike; a cold night camping, 0.636,
against the training dump; a member asking where to mend a cracked carbon frame, 0.632; bikes in the fire escape,
0.625; a fishless afternoon in the sun, 0.556; overtime that put off fishing, 0.595, against the training dump; a
hike in the rain, 0.579; the English line on a Sunday ride, 0.573; the removed account, 0.571; a recommended
tyre-mender at the east gate, 0.567; the boss's milk tea, 0.562; a study base's landline passed to parents, 0.552; a
bike-shed repairer's mobile passed to a colleague, 0.538, against the training dump; the group rule, 0.526; a shop
manager's stock-take, 0.526, against the training dump; an SF waybill for a broken derailleur, 0.519; a mother's
wool at a parcel station, 0.514; an alumni reunion, 0.513; a bike shop's repair slip, 0.508; a marathon bib, 0.500,
against the training dump). In the second pass, at 0.49, with set 82's file passed from then on, four: a mobile
written as its odd and even digits to be interleaved (0.615 against set 82, which may use a like code, so it was
dropped for Mayan numerals), the solfège line again (0.496), the wool parcel again (0.500) and the English line
again (0.497, now tent poles borrowed and broken), all three against the hold-out dump. In the third pass, at 0.49,
one: the solfège line a third time (0.513 against the hold-out dump; the code may have been used before, so it was
dropped for compass bearings). A run at 0.49 then found none. In the fourth pass, at 0.47, ten standing between
0.471 and 0.489: among the positives the family tackle shop (0.475, against the training dump), a WeChat id by
letter positions (0.471) and a mobile by idioms' numerals (0.489, now other idioms), against the hold-out dump;
among the negatives a Lego order number for missing parts (0.474), a member asking for a cheap first drone (0.488),
a fake DJI after-sales call (0.483), a "Lego insider price" text (0.476), a photo walk in the park (0.483), the
English line on the drone club (0.482), all against the hold-out dump, and a new café (0.483, against the training
dump, now one in an office block's lobby). A run at 0.47 then found none (highest 0.464). Besides, the idioms line
was then shortened (its opening clause, for length), and a run at 0.40 found none at or above 0.47; so did the last
three runs, at 0.49, 0.47 and 0.40, on the finished file with this docstring (only the count of runs above was
corrected after them), with the same highest ratios per group. Lengths run from 23 to 58 characters for the
positives and 12 to 50 for the Chinese negatives (the English lines 80 and 81). The lines are meant to be scored
once, blind; tuning on their errors would spoil them.

Set 81 focuses on hobby and outdoor gear sold into groups: bicycles and bike repairs (a repair shop outside the
south gate with a spaced mobile, a brother's 拼多多 parts shop, a repairer's 视频号, a used road bike by "V：", a
repairer in Thai digits, brake pads in mathematical bold digits, a repairer's mobile with each digit typed twice,
cycling jerseys in Mayan numerals, repairs at building 3's bike shed on Sunday morning, a used road bike to try at
the east gate), fishing tackle and fishing trips (a family tackle shop by WeChat id, a tackle wholesaler's landline,
a classmate's lure-fishing pond by QQ, rods in Khmer digits, a tackle box on 闲🐟, a bait seller's id by letter
positions, a boat trip to the reservoir booked through the tackle shop's Lao Liu, spare rods shown from a car boot
after a reunion dinner), camping and hiking gear (a cousin's gear with a dashed mobile, the writer's 小红书 camping
account, a 400 line for rentals, camping carts in Myanmar digits, camp lights on 🥢手, tents by the order of the
planets, a sports watch by compass bearings, hiking gear by nine's complement, tents and sleeping bags from a car
boot at the north gate's car park), knitting yarn and handicrafts (hand-spun wool on 抖音, crochet dolls with
"手机微信同号", a wife's felt brooches, knitting in Gujarati digits, yarn on 小纟工书, scarves and hats at the
seniors' room), model kits, Lego and collectible figures (a husband's model kits on 快手, Lego on 闲鱼, figures on a
short link, kit painting in Kannada digits, Lego in Arabic-Indic digits, a kit shop on 扌并多多, a WeChat id shifted
one letter, proxy bids for figures by a QQ with its pairs swapped, a son's Lego at a reunion, kits painted at the
writer's desk), photography gear rental (a lens-rental mini-program, camera gear by "微信：", cameras by π, lenses
asked for at the first-floor photo studio), kites (a family kite shop on 淘宝, a brother's kite works in superscript
digits, kites by an id in Greek lookalike letters, kites sold at the riverside square), drones for hobbyists
(aerial-photo classes by e-mail, a used DJI drone by WeChat id, drone lessons on 逗音, lessons by idioms' numerals,
lessons on the school's football field) and outdoor clubs charging fees (a hiking club's 公众号, a mountaineering
club by "Q：", a cycling group's yearly fee, a club's trip to Huangshan paid at the company gate); beside ordinary
chat in owners' and neighbourhood groups, company work groups (a finance desk, a union, a design department), a
tackle shop's own staff group, family groups, a parents' class group, an alumni group and hobby groups (cycling,
fishing, hiking, drones).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a bike repair shop with a spaced mobile; a
family tackle shop with a WeChat id; a cousin's outdoor gear with a dashed mobile; "抖音搜" the writer's wool shop;
a husband's 快手号 for model kits; "小红书搜" the writer's camping account; "闲鱼搜" the writer's Lego; "淘宝搜" the
family kite shop; "拼多多搜" a brother's cycling parts; the writer's 视频号 for bike repairs with a private message;
a hiking club's 公众号 with a word to reply; a lens-rental mini-program to search in WeChat; figures on a short
link, dwz.cn/…; drone classes by e-mail; tackle wholesale on a landline; camping gear rental on a 400 line with a
key to press; a classmate's fishing pond by QQ; crochet dolls with "手机微信同号"; a used road bike with "V："; a
mountaineering club with "Q："; a wife's felt brooches with a mobile; camera gear with "微信："; a used drone with a
WeChat id; a cycling group's fee with the group owner's id), 14 moderately, with disguises the docstrings read do
not list (Thai digits ๑๓๘…; Khmer digits ១៥៩…; Myanmar digits ၁၈၇…; Gujarati digits ૧૩૫…; Kannada digits ೧೭೭…;
Arabic-Indic digits ١٥٢…; superscript digits ¹³⁶…; mathematical bold digits 𝟏𝟖𝟗…; Greek lookalike letters for vx and
an id, νχ：κιτε…; the fish emoji for 鱼, 闲🐟; the chopsticks emoji for 快, as 筷 sounds like it, 🥢手; 红 split
into 纟工, 小纟工书; 拼 split into 扌并, 扌并多多; the homophone 逗音 for 抖音) and 10 heavily, with codes the
docstrings read do not list (a mobile by the planets' order from the sun, Mercury as one to Neptune as eight and the
sun as zero; a mobile by compass bearings, north as zero and one more for every 45 degrees clockwise; a WeChat id
with each letter shifted one place on; a WeChat id as letters' places in the alphabet, 6 9 19 8, and 8848; a mobile
as 13 and the first nine decimals of π; a mobile as 139 and the numerals that open eight idioms; a mobile in Mayan
numerals, a dot as one, a bar as five, the shell as zero; a mobile with each digit typed twice; a mobile with each
digit taken from nine; a QQ number with each pair of digits swapped) and 12 subtle (an offer with a call to action
only, none quoted by the docstrings read): bikes mended at building 3's bike shed on Sunday morning, brakes at ten
and tyres at fifteen, bikes wheeled over; the writer's family boat to the reservoir on Saturday at two hundred a
head, booked through Lao Liu at the tackle shop; tents and sleeping bags at forty a day, picked from the writer's
car boot at the north gate's car park on Friday evening; scarves and hats at eighty a set, tried on at the seniors'
room on Wednesday afternoon; a son's Lego brought to next week's class reunion for cash; lenses at thirty a day,
fetched from A Jie at the first-floor photo studio by the writer's name; hand-made kites sold at the riverside
square on Saturday afternoon; drone lessons at a hundred on the school's football field on Sunday morning, drones
brought along; a club's Huangshan trip at six hundred and eighty paid to the writer at the company gate after work
on Friday; kits painted from fifty, left on the writer's desk in the design department; spare rods at half price
shown from the writer's car boot after a reunion dinner; a used road bike at nine hundred, tried at the east gate on
Sunday at four. About a dozen positives are written the way members casually sell in a group (a cousin's outdoor
gear, a husband's model kits, a brother's cycling parts, a classmate's fishing pond, a wife's felt brooches, a
brother's kite works, the writer's family tackle shop and kite shop, a son's Lego, the writer's family boat, spare
rods, a used road bike and drone).

- `POSITIVE_81` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_81` (100 lines): 20 that look dangerous at first sight (an SF waybill for a broken derailleur sent home
  by a mother, a bike-shed repairer's mobile passed to a colleague, a 京东 order number for a company drone's
  invoice, a club's activity fee already paid to the leader, DJI's official 公众号 on a firmware update, a fishing
  licence on an official mini-program, a study base's landline passed to parents, a customer's mobile's last four
  digits in a tackle shop's staff group, a camera rental's deposit refunded, a 淘宝 order number for missing Lego
  parts, a ZTO waybill for a tent, a campsite ticket's 美团 code, a cycling insurance policy number, a drone's
  real-name registration number, a bike shop's repair slip already paid, a fishing association's receipt number, a
  gear supplier's e-mail passed to a colleague, a marathon bib number, a scenic area's rescue landline, a
  parcel-station code for a mother's wool); 10 members asking or recommending (a cracked carbon frame, a first drone
  for a child, a light tent for two, a tackle shop for a stream rod, the tyre-mender at the east gate, lens rental
  for a wedding, crochet tutorials, a Lego castle set, hiking shoes, a quiet place to fly kites); 10 warnings
  quoting or describing the scam or ad ("钓鱼竿一元秒杀，付邮费就送", a camping-gear "厂家清仓" with a deposit, a
  model drone sent for a used one on 闲鱼, a cycling club gone with its fees, a fake DJI after-sales call, a
  "乐高限量款内部价" text, "相机免押金租赁" with a deposit kept, a "进口鱼饵一包爆护" repackaged,
  "工厂直发，先付款后排单" yarn, a fake hike leader collecting "保险费"); 17 lines with numbers that are not
  contacts (a day's ride, a catch, a tent's weight, a sweater's days, a Lego set's bricks, a drone's height limit, a
  kite line, a hike's climb, tyre pressure, a camping trip's sign-ups, a lens's rental days, a model's scale, a
  household's rods, a fishing match, a club's kilometres, a sleeping bag's rating, children who can ride); 7
  organisers' and admins' own notices (a group rule banning tackle, tent and drone sales, a member removed for
  pulling people into a cycling-gear group in private chats, the property's ban on flying drones, a class teacher's
  autumn outing, a tackle shop manager's stock-take, a union's cycling team day, an alumni group's return day); 27
  lines of everyday chat (some about a cold night camping, a cat and Lego, a near miss on a bike, tangled kite
  lines, a long scarf, a broken Gundam, a fishless afternoon, a tight helmet, sweaters for grandchildren, an old rod
  borrowed, a hike in the rain, a school kite, a drone in a tree, a dropped chain, a tent airing, a figure cabinet's
  light, a photo walk, a child learning to ride, cyclists in kit, a night fishing trip put off, a dropped stitch); 5
  heated arguments without any selling (bikes on the pavement, bikes in the fire escape, litter at the reservoir, a
  drone outside a window, muddy boots in the stairwell); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_81 = """
南门外新开的修车铺是我的，补胎换链条调刹车都行，电话 139 2756 4180，上门另算。
我家钓具店开了五年，这周店庆，竿子线组都打八折，加 diaoyu_laozhang 我发实拍图
我表哥在做户外装备，帐篷睡袋防潮垫比商场便宜不少，有需要打他手机 158-3376-0912。
自己纺的羊毛线到货了，颜色二十多种，抖音搜“阿芬的线团铺”，晚上八点开播。
我老公在快手卖拼装模型，高达军舰都有现货，快手号 mxq2086 关注一下。
小红书搜“周末去露营吧”是我的号，平时发营地攻略，也出二手天幕和折叠桌。
孩子上初中了乐高不玩了，几十盒都挂在闲鱼，搜“积木爸爸清仓”就能看到。
淘宝搜“山野风筝坊”，我家三代扎风筝，两米的老鹰和小孩玩的软风筝都有。
我弟开了家骑行配件店，码表尾灯水壶架都便宜，拼多多搜“骑行配件老陈”。
视频号“老杨修单车”每天更新，店里接变速调校和轮组，视频号私信我约时间。
城东户外每周六徒步，报名费六十含大巴，关注公众号“城东户外”回复“徒步”看线路。
我和朋友做了个租镜头的小程序，微信里搜“镜头随身租”，按天算钱，押金减半。
盲盒整箱拆出来的重复款，手办一律三十五，都放这里了 dwz.cn/Fg7kQ，包邮。
无人机航拍周末班开课，报名发邮件到 feixing_school@163.com，写清姓名和年龄。
渔具批发门市在花鸟市场二楼，电话 0571-8692 3307，量大可以送货。
帐篷炉具营地灯出租，按天计费，打 400-618-2753 转 2 号键预约。
我同学在郊区开了个路亚钓场，周末有船出湖，QQ 2790153386 提前订位。
钩针小玩偶接定做，照着宠物照片勾，一个一百二，手机微信同号 137 0815 4962。
骑了一年的105套件公路车要出，价格一千八，车停在我家楼下，看车找 V：qiche_dage99
登山俱乐部招新，年费三百含保险，Q：418822650 加我时备注“登山”。
我老婆做羊毛毡挂件和胸针，婚礼伴手礼也接，手机 186 2049 7731 找她。
单反镜头稳定器出租，学生凭证九折，微信：zuji_rent，当天可取。
大疆迷你闲置，飞了不到十次，三块电池全在，想要的加我微信 djfly_0601。
我们骑行群还差几个人，一年一百会费，想进的加群主 qixing_ahui，他拉你。
修自行车可上门，老师傅十几年了，电话 ๑๓๘ ๒๗๔๕ ๖๐๙๑，周末也在。
搬家清出来一批鱼竿鱼轮，全部半价，手机 ១៥៩ ៣៨៧២ ៦០៤៥ 看实物。
露营推车天幕组团买，满十人出厂价，联系 ၁၈၇ ၄၂၀၆ ၃၅၉၁。
帮人织毛衣，线自己出也行我出也行，电话 ૧૩૫ ૦૬૨૮ ૭૭૪૩。
模型代工上色，战车飞机都接，手机 ೧೭೭ ೩೯೦೨ ೫೬೪೮ 发图报价。
家里乐高绝版套装转让几盒，盒子都在，电话 ١٥٢ ٦٠٣٩ ٨٤٧١。
我哥的风筝厂清库存，大风筝三十块一个，电话 ¹³⁶ ⁰⁵⁹² ⁴⁸¹⁷。
山地车换刹车片加调变速，一共八十，预约 𝟏𝟖𝟗 𝟐𝟑𝟒𝟎 𝟓𝟔𝟕𝟏。
手作风筝和竹蜻蜓批发，幼儿园活动可以定做，νχ：κιτεκοκο66
闲🐟搜“老胡的钓箱”，自用的钓箱钓椅都在上面，价格好商量。
🥢手搜“露营老K”，每晚直播卖营地灯和户外炉，新人有券。
小纟工书搜“毛线姑娘小满”，我平时发编织教程，成品和线材都卖。
扌并多多搜“拼装模型小马哥”，我自己的店，新人下单送胶水。
逗音搜“航拍阿飞”，我在上面教无人机，直播间报名打八折。
户外手表闲置，电话按罗盘方位记，正北0，顺时针每45度加1：东北 东南 西南 西北 东 北 南 西 西 东北 东南
帐篷出租，手机按行星离太阳远近写，水星1到海王星8，太阳0：水地土阳火木天金海地水。
乐高出几盒，微信号每个字母都往后挪了一位：mfhpxboh2019，挪回来就能加我。
鱼饵散装批发，加微信时把 6 9 19 8 换成英文第几个字母，尾巴是 8848
出租相机，我的手机号好记：13后面跟着π的小数部分前九位。
带飞无人机，号码139接成语头一个数：五光十色 二龙戏珠 七嘴八舌 零零星星 六六大顺 八仙过海 四平八稳 一石二鸟
骑行服团购，手机用玛雅数字写的，一点是一、一横是五、贝壳是零：𝋡𝋣𝋨𝋢𝋧𝋤𝋦𝋠𝋥𝋩𝋡
修车电话每个数字我都敲了两遍，去重就行：1155006633992288447711。
登山杖冲锋衣出租，联系电话的每一位我都换成了它和9的差：86234790517
手办代拍，QQ号每两位调了个个儿：8274916350，换回来加我。
我周日上午在三号楼车棚帮人修车，调刹车十块补胎十五，车推过来就行。
我家的船周六去水库，一人两百含饵料和早饭，想上船的找钓具店老刘报名。
帐篷睡袋出租一天四十，周五晚七点后我在北门停车场，后备箱里自己挑。
我织的围巾帽子一套八十，周三下午带到老年活动室，喜欢的当场试戴。
儿子的乐高套装打包出，下周同学聚会我带过去，想要的到时候翻一翻，现金就行。
镜头按天出租，一天三十，去二楼照相馆找阿杰，报我名字他给你拿。
我手扎的风筝周六下午拿到江边广场卖，大的六十小的二十，带孩子来挑。
教无人机入门，一节一百，周日早上在学校足球场，自己的机子带上。
我们俱乐部下周去爬黄山，一人六百八含车和住宿，周五下班到公司门口找我交钱。
模型上色接单，一台五十起，套件放我设计部的工位上，周末做完还你。
多出来几根鱼竿半价处理，聚完餐到停车场，我后备箱打开给大家看。
自用公路车出了，九百，周日四点东门口可以试骑。
"""

NEGATIVE_81 = """
坏掉的变速器我妈帮我寄回来了，单号 SF1428 0937 5516，顺丰的，谁在家帮我收一下。
王工，车棚那边负责维修的李师傅，138 0571 6624，进场时间你们俩直接定。
公司那台航拍无人机的京东订单号 3198 7725 0416，财务说开票要用。
户外活动费我已经转给领队了，两百四，截图发群里对个账。
大疆官方公众号刚推了固件更新，飞之前都先升一下。
钓鱼证在“渔政通”小程序上就能办，免费的，我昨天刚弄好。
研学基地对接的李老师留了个座机 0571-86013352，学校说出了状况家长可以打。
刚才买路亚竿的顾客手机尾号 4417，说下午来取，竿子放柜台下面了。
相机租赁的押金退回来了，一千五，支付宝已到账。
买的那盒积木少了一袋零件，淘宝订单 2739 4410 8825，客服答应补寄了。
帐篷的中通单号 7531 2089 4463 显示到驿站了，明天下班去拿。
营地票在美团买的，核销码 8826 5104，到了给前台扫一下。
骑行险保单号 8806 3321 0457，摔车那次的医药费今天报下来了。
无人机实名登记号 UAS03715892 已经贴在机身上了，民航局网站上能查到。
修车单号 0927 先拍给你们，明天拿这个取车，维修费付过了。
钓鱼协会的会费交过了，收据编号 No.00317，拍照发你。
小周，器材供应商那边对接人是刘经理，邮箱 liujl@sheying-tech.com，合同你发他。
明天我跑马拉松，号码 1283，谁在终点附近的话帮我抓拍一张。
进山前存一下景区救援电话 0571-6312 5580，山里信号差先打这个。
妈，淘的那几团毛线今天到了，菜鸟给的码 3-5-2107，你别下楼了我去取。
碳纤维车架裂了一道缝，本地有能修的地方吗？还是只能换？
孩子想要无人机，入门款两三百能买到靠谱的吗？大家家里用的啥牌子？
求推荐适合新手的帐篷，两个人用，不要太重。
小区附近哪家钓具店老板靠谱？想配一根溪流竿。
东门修车铺的补胎五块钱，老板实在，不乱加钱，我补了好几年了。
有谁租过相机镜头吗？拍婚礼用一天，去哪租比较好？
想学钩针，大家有推荐的教程吗，B站的也行。
乐高那套城堡现在还能买到吗？孩子生日想要。
徒步鞋推荐一下，经常走碎石路，预算六百以内。
放风筝哪里人少？江边那块地现在还让放吗？
大家别信那种“钓鱼竿一元秒杀，付邮费就送”的链接，我同事付了就再也没发货。
有人在群外私聊说“露营装备厂家清仓，先付定金”，骗子，别转钱。
提醒一下，二手无人机在闲鱼上被骗了，对方发的是模型机，还不给退。
最近有个“骑行俱乐部”收了报名费就解散群了，大家交钱前问清楚。
接到个自称大疆售后的电话，说我的无人机到期要年审收钱，我直接挂了，大家当心。
我也收到那条“乐高限量款内部价”的短信了，里面的链接千万别点。
那种“相机免押金租赁，只需缴纳保证金”的小广告，保证金交了就不退。
钓场那边有人卖“进口鱼饵一包爆护”，其实就是普通饵料换了包装。
毛线团购群里“工厂直发，先付款后排单”，我妈付了三百等了两个月。
徒步群里有人冒充领队收“保险费”，真领队从来不单独收钱。
今天骑了 68 公里，均速 24，腿废了。
水库钓了三条鲫鱼一条鲤鱼，最大那条 2.3 斤。
帐篷重 1.8 公斤，收起来 45 厘米，背着还行。
这件毛衣织了 27 天，用了九团线。
乐高那套 4000 多块颗粒，拼了两个周末。
无人机限高 120 米，离机场 8 公里内不能飞。
风筝线放了三百米，差点收不回来。
上周徒步 18 公里，爬升 900 米。
车胎气压打到 90 psi 就行，别超过 110。
这次露营 13 户报名，43 个人，车位够不够？
镜头租了 3 天，还回去时多算了半天。
模型比例 1:144，做了 6 个小时。
家里鱼竿已经 11 根了，老婆说再买就扔掉。
钓鱼协会今年比赛 32 人参赛，冠军 18.6 斤。
骑行俱乐部今年累计 5600 公里。
零下 5 度，睡袋舒适温度 -10 的够用吗？
孩子班上 42 个同学，有 17 个会骑车了。
群规补充一条：渔具、帐篷、无人机这类的买卖都不要发到群里，发了就移出。
那个在私聊里拉大家进骑行装备团购群的人，我已经移出了，收到邀请别点。
物业通知：小区内禁止放飞无人机，如需航拍请先到物业登记。
周五秋游去植物园，孩子自带水和午餐，不用带风筝。
明早八点盘点，鱼线那个柜台先理好，标签对齐。
本周六工会组织骑行团建，费用工会出，报名截至周三。
返校日安排在10月12日，上午合影，下午自由活动。
上山露营那晚温度降到三度，羽绒服裹着还是冻醒了两次。
我家那个积木被猫拨得满地都是。
早上骑车上班，下坡差点撞到狗。
今天河边放风筝的人真多，线都缠在一起了。
我妈织的围巾太长了，能绕三圈。
刚拼完的高达被儿子掰断了一条腿。
坐在河边一整个下午，浮漂没动过一次，脸倒是晒成了红苹果。
大家明天团建记得带防晒。
新买的头盔有点紧，戴久了头疼。
婆婆说过年要给每个孙子织一件毛衣。
爸，你那根老鱼竿还在阳台吗？我周末想借。
晚饭吃啥？我想吃楼下那家面。
周六要是下雨，徒步还照常吗？领队给个准话。
孩子说学校科技节要做风筝，家里有竹条吗？
聚会上好几个同学发福了，我差点没认出班长。
无人机第一次飞就挂树上了，笑死。
车链条掉了，在路边修了半小时，手全黑了。
今天早上小区停电了吗？我家电梯不动。
帐篷晾在阳台上，邻居以为我家在办活动。
手办柜的灯坏了一颗，晚上看着怪怪的。
老板请全组喝奶茶，今天下午的会好像没那么难熬了。
周日下午谁有空，带上相机去公园转转，拍拍银杏。
儿子学骑车，膝盖摔破了还不肯下来，倔得很。
下班路上看见一群骑行的，穿得跟运动员一样。
最近天天加班，约好的夜钓又泡汤了。
钩针勾了半天，发现少数了一针，全拆了。
写字楼一层开了家咖啡店，豆子是现磨的，味道还行。
你们骑车的能不能别在人行道上冲？我孩子差点被撞！
消防通道又被几辆自行车堵死了，物业贴了通知也没人理，到底是谁的！
在水库边钓鱼就算了，垃圾能不能带走？太没素质了！
无人机别在我家窗户外面飞，拍到我家里算怎么回事？
露营回来把泥鞋放楼道，味道大得要命，你家门口不能放吗？
The tent poles I borrowed from Mike snapped in the wind, so I owe him a new set.
The field is flooded again, so the drone club has switched to Thursday this week.
週末去釣魚，結果下大雨，整個人淋濕了。
這套樂高拼了一個月，終於完成了，好有成就感。
"""
