"""Hold-out set 106 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-104 (holdout_data.py's docstring covers sets 1-104; sets 103 and 104 are also
described in their own docstrings, which were read here), at the same time as set 105 (written by another helper; this
set was checked by the same script against set 105's lines as they stood at each run, unread), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or
detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no
git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout103_lines.py and holdout104_lines.py were
opened only for their module docstrings, printed with ast.get_docstring by the checkout's own Python straight into the
writer's own temporary folder (made with mktemp -d), counted there with wc -l and paged with sed and cat (the labelling
rules, the history and topics of sets 1-104, the file format, the docstring style and the disguises and codes already
used, to avoid repeating them; their lines and the code below the docstrings were not read). Sets 99-102's own
docstrings were not read, so any disguise or code they list and holdout_data.py does not may be repeated here
unknowingly. pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's
root). The benchmarks folder was not listed; this file's path and set 105's were checked with test -f before this file
was first written (set 105's existed, this one did not), and set 105's again before every run of the script (it existed
at every run and was passed to every run); set 105's file was only loaded by the similarity script, which never printed
its lines. The folder holding the similarity script and /tmp/prompts were not listed and no file in them was opened; the
script was only run. No slip to report: nothing outside these limits was opened, listed or run. The lines were drafted
as Python lists in the writer's own temporary folder, with a helper module there that turned digits into the other
scripts below and spelt out the coded numbers from their tables, and written to this file by a small script of the
writer's own (which also checked the counts per kind, that no line repeats and the absence of triple quotes, backslashes
and line breaks); another small script made the rewrites from lists of replacements, another wrapped this docstring to
120 columns of display width, and one-line scripts printed the converted digits, the coded lists, the lines' lengths per
kind and the highest difflib ratio between this set's own lines in the writer's drafts; a one-line check with the
checkout's Python loaded this file alone, to count its lines per constant and print its docstring's first line.

The similarity script read this file: it printed this set's lines and ratios, never the earlier sets', the training
lines or the partner's; it was run five times, every time at the default floor of 0.47 and with set 105's file. No line
is copied from earlier sets, from the training lines or from set 105: at the end no line of this set has a highest
difflib ratio at or above 0.47 against any earlier hold-out line, any training line, set 105's lines or this set's other
lines (the script printed no line in the last three runs, so every highest ratio is under 0.47, and under 0.49 too;
among this set's own lines the highest ratio is 0.361). In the first run thirty-nine lines stood at 0.47 or more (0.863
at most, an argument over a neighbour's ducks eating rice seedlings, since replaced by an argument of another subject):
eleven positives (wild honey with a WeChat id, 0.560; tea wholesale by e-mail, 0.510; piglets with "V："; a poultry QQ
group by its number; walnuts live on 斗音; a mobile by the pinyin initials, 0.619, which got new wording; a mobile by
the positions of digits of pi, 0.557, replaced by Latin number words; a mobile by sol-fa names, 0.514; free-range
chickens at a school gate; chilli seedlings left in a basket; dogs vaccinated in a square) and twenty-eight negatives
(three of the dangerous-looking lines, a 12315 complaint's number, 0.614, a SF waybill and a cooperative's meeting
number; one question; three warnings; five number lines; four admins' notices; ten chat lines; two arguments). Two pairs
among them were this set's own lines against each other (two lines on an early winter and an early New Year, 0.529; a
member's dog vaccinations and a village's, 0.500). All thirty-nine were rewritten with new wording and mostly a new
subject, none by a synonym swap. In the second run three stood at 0.47 or more (0.496 at most): the sol-fa line's first
rewrite, which then got a new framing and a new number, the honey line's replacement (wild gastrodia with a WeChat id,
now ganoderma with another id and wording) and a canteen chat line. In the third run none stood at 0.47 or more.
Thirty-nine lines were rewritten for similarity, forty-two rewrites in all, three lines twice. After the third run two
more lines were reworded (a paddy land transfer made the writer's own family's with the writer's mobile, not a village
accountant's, for a clearer label; a second seed agent's QQ line given the subject of earthworm farming), checked by the
fourth run, and the fifth run, on the finished file with this docstring, found none at 0.47 or more either. Lengths run
from 31 to 92 characters for the positives (the longest the Latin number words) and 11 to 53 for the Chinese negatives
(the English lines 150 and 131, the traditional ones 24 and 19). The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 106 focuses on farming and rural trade sold into groups: produce direct from the grower (the writer's new rice with
a mobile, the writer's navel oranges live on 抖音, an uncle's kiwis on 拼多多, the writer's white tea in a 微店, a
mother's bamboo shoots on 淘宝, a brother's fragrant rice from a pickup, grain on 萄宝, a mother's salted duck eggs in
Arabic-Indic digits, apples sold for orchard owners in superscript digits, organic vegetables delivered with a
Greek-lettered id and by a keyword cipher, roasted pumpkin seeds on 斗音, acacia honey replied for under the message,
spring tea tasted at an office, eggs from a car boot and live on a 视频号, wild ganoderma from a relative), seeds and
seedlings (vegetable seeds with a QQ and an agent in Gujarati digits, fruit-tree seedlings through a 公众号, aubergine
seedlings left at a village shop), fertiliser and pesticide (a farm-supply shop's landline, an organic fertiliser works
by the resistor colour code), farm machinery and spraying (machinery hire's 400 line, drone spraying on 快手, by the
solar terms and by 接龙, a used mini-tiller and sprayers on 闲鱼 and 贤鱼, tractor repairs in monospace digits, straw
baling in parenthesized digits), livestock, poultry and fish (goats in Thai digits, breeding sheep by sol-fa names,
black pork by e-mail, bighead carp after "V：", pigeons with 🐧, free-range geese, fish fry by Greek numerals, chickens
and ducks bought up by the order of 百家姓, a Spring Festival lamb), feed and veterinary services (a village vet's
mobile, feed and medicine in Myanmar digits, a retired vet's deworming), agritourism (strawberry picking by a short
link, a homestay on 小红书, a fishing pond on 美团 and one free for the first hour, a cousin's 农家乐 on 大众点评,
jujube picking with a code word), land transfer and greenhouse building (a family's paddy land with a dashed mobile,
greenhouses with a spaced mobile, orchard care by the pinyin initials, pond digging in Tamil digits), rural e-commerce
and live-stream selling, and cold storage and logistics (a cold store's mini-program, by Latin number words and at a
price behind a petrol station, earthworm farming by 千字文, mountain nuts bought by 正 tallies, growers' groups by a QQ
number and by 裙); beside village, cooperative, county, family, class, estate, alumni and hobby groups' ordinary life:
waybills, orders, hotlines, subsidies, claims, meeting numbers and a technician's mobile passed on for work, members
asking for seedlings, lamps, bees' care or a repair shop, rural scams warned of, harvests, prices and weather, and
arguments over roads, water, dividends and boundaries.

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's rice with a mobile; wild ganoderma
from a relative with a WeChat id; vegetable seeds with "Q："; a farm-supply shop's landline with an area code; machinery
hire's 400 line with a key to press; black-pork wholesale by e-mail; strawberry picking by a short link, url.cn/…; a
mother's bamboo shoots to search on 淘宝 with a gift for neighbours; the writer's used mini-tiller in a named 闲鱼
account; the writer's navel oranges with a 抖音号 and a word to type in the stream; drone spraying with a 快手号; a
village's homestay and orchard to search on 小红书; an uncle's kiwis' 拼多多 shop; a fishing pond on 美团; a cousin's 农
家乐 on 大众点评; eggs live on a 视频号; seedlings through a 公众号 with a word to send; cold storage in a mini-program
to search; a mushroom growers' QQ group by its number; bighead carp with "V："; a village vet's mobile that is also
WeChat; greenhouse building with a spaced mobile; the family's paddy land with a dashed mobile; the writer's white tea
in a 微店), 14 moderately, with disguises the docstrings read do not list (Thai digits ๑๕๙…; Gujarati digits for a QQ,
૩૭૫…; Tamil digits ௧௮௬…; Myanmar digits ၁၃၃…; Arabic-Indic digits ١٥٢…; superscript digits ¹³⁷…; parenthesized digits
⑴⑸⑻…; monospace mathematical digits 𝟷𝟽𝟾…; Greek capitals shaped like Latin ones in a WeChat id, ΤΙΑΝΥΕ…; a penguin 🐧
standing for QQ; the homophone 斗音 for 抖音; the homophone 裙 for 群; the homophone 萄宝 for 淘宝; the homophone 贤鱼
for 闲鱼) and 10 heavily, with codes the docstrings read do not list (a mobile by the order of 百家姓, 赵 as one, 陈 as
zero; a QQ by the first ten characters of 千字文, 天 as one, 月 as zero; a mobile by the order of the twenty-four solar
terms, 立春 as one, 夏至 as zero; a mobile by sol-fa names, do as one, si as seven, a rest as zero; a mobile by the
resistor colour code, 黑 as zero, 白 as nine; a mobile by tallies of the character 正, 〇 as zero; a WeChat that is a
mobile by a keyword cipher, CORNFIELDS, C as one, S as zero; a QQ in Greek alphabetic numerals, α as one, omicron as
zero; a mobile by the order of the pinyin initials table, b as one, k as zero; a mobile in Latin number words, unus to
nulla) and 12 subtle (an offer with a price or a call to action only): the writer's eggs at forty-five for thirty from a
car boot at an estate's west gate on Saturday morning; a brother's rice at five and a half a jin from his pickup in the
company car park after work; the family orchard's winter jujubes, entry free for saying "校友群" and half the market
price; acacia honey at seventy a jin, quantities replied under the message; the writer's drone spraying at eight a mu by
接龙; a father's geese at a hundred and sixty brought to a primary school's north gate on Friday; aubergine seedlings at
one yuan left at the village shop, money to the shopkeeper; the writer's fish pond free for the first hour to old
classmates on Sunday; a room of the family's cold store at three jiao a jin a month, behind the petrol station; spring
tea at three hundred a jin tasted at the writer's office on Thursday; a Spring Festival lamb at thirty-eight a jin,
ordered by the twentieth; a retired vet's deworming at twenty-five in the writer's yard. About a dozen positives are
written the way members casually sell in a group (the writer's rice, oranges, tiller, white tea, grain, eggs, spraying,
fish pond, tea and deworming; a relative's ganoderma, a mother's bamboo shoots and duck eggs, an uncle's kiwis, a
cousin's 农家乐, a brother's rice, a father's geese and sheep, a husband's pumpkin seeds, a nephew's drones, the
family's cold store, land and orchard).

-   `POSITIVE_106` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_106` (100 lines): 20 that look dangerous at first sight (a 韵达 waybill for peanut seed, a 京东 order for
  a sprayer, the 12316 farm hotline, a farm law-enforcement case number for fake pesticide, a new technician's mobile
  passed on for soil sampling, a machinery-subsidy invoice's number, a breeding lecture's meeting number, a
  land-transfer contract's number, a 95598 repair ticket for a pump's line, a subsidy card's tail, a cow's ear tag for
  an insurance claim, a cold-chain truck's plate, a 12345 ticket on a village road, a dog's vaccination certificate, the
  12121 weather line, a vet station's duty landline, a grafting course's code in an app, a train number, a ZTO waybill
  for crushed oranges, a farm loan's contract number); 10 members asking or recommending (chilli seedlings, solar insect
  lamps, a tractor repair shop recommended, grape picking without a ticket, keeping bees warm, sick hens, land-transfer
  terms, a dried-goods stall recommended, crystallised honey, a cold store's temperature for apples); 10 warnings
  quoting or describing the scam or ad ("亩产翻一番的进口玉米种", "帮农户卖滞销大蒜", a fake subsidy agent's fee, drip
  tape sold as "政府统一采购", "粮食补贴升级，需重新绑卡", "自家果园现摘" in live streams, "富硒营养肥", "高价收购老母鸡
  " as cover for theft, "认养一棵果树", a fake "兽药监管局" call); 17 lines with numbers that are not contacts (rapeseed
  and oil per mu, fertiliser and pesticide costs, a pig's weight, a greenhouse's temperature, a daughter's marks, eggs
  gathered, pears' weights, rainfall, sprays and buckets, a threshing floor's date, a canal's length, a fish pond's
  catch, a tea garden's yield, shoe sizes, a rotary tiller's fuel, a grain price, a basketball score); 7 organisers' and
  admins' own notices (a cooperative group's rule banning selling links and pulling to other groups, an account kicked
  for posing as a town official, a power cut, a straw-burning ban, a class's labour lesson, an alumni day moved, a
  cooperative's dividend); 27 lines of everyday chat (tired after the fields, a noodle shop's chilli, a father reading
  clouds, fog, a grandson and a cow, an open-air film, pickled cabbage, chestnuts on a hill, sweet potatoes from a
  colleague, ice on a water jar, a council meeting till dark, rain on drying rice, puppies, a narrowed river, a daughter
  wanting a lamb, a penalty kick, a grandmother's chives, hens not laying, new street lights, a canteen's potato strips,
  a card game short of a player, a family photo with an ox, lanterns before 腊八, sweet-potato noodles, a sheet in a
  chicken coop, a tug of war, a father's first video call); 5 heated arguments without any selling (a road cracked by a
  harvest truck, canal water for upstream plots first, a cooperative's accounts kept closed, objecting after a vote, a
  boundary stake moved); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_106 = """
自家稻田今年收的新米，没打农药，十斤一袋九十五，要的打我电话13907356281，县城范围我骑三轮送。
山里亲戚采的野生灵芝切片晒好了，半斤一包两百八，先看实物视频再付钱，微信号 lingzhi_qinjia 。
出售大棚番茄、黄瓜的种子，都是今年新包装的，量大从优，Q：2871504396，发货走邮政。
化肥农药门市搬到镇东头了，复合肥、尿素、杀虫剂都有货，订货电话0734-6218507，满一吨送到地头。
收割机、插秧机、旋耕机租赁，按亩算钱，全省上门作业，预约请拨400-617-2085转2号键。
本地黑猪肉分割批发，食堂、饭店可以长期供，要报价的请发邮件到 heizhu_farm@126.com，写上每周用量。
周末带娃来摘草莓吧，大棚就在高速出口旁，二十块一位进园，预约链接 url.cn/caomei7 填好人数直接来。
我妈做的笋干、梅干菜放淘宝上卖了，店名搜“外婆的竹山”，群里老邻居下单备注一下送一包辣椒粉。
家里那台二手微耕机用了两季，现在不种地了，挂闲鱼了，闲鱼号“老陈的旧农具”，自提便宜两百。
今晚八点我在抖音直播卖脐橙，果园现摘现发，抖音号 gannan_chengzi88，进来的扣个“群友”有优惠。
无人机打药接单，小麦玉米水稻都能飞，快手号 feishou_xiaowang ，看作业视频再决定。
我们村的民宿和采摘园上了小红书，搜“青石湾农家小院”，住一晚送第二天早饭和一篮桃子。
我舅家猕猴桃熟了，拼多多店铺“秦岭猕猴桃舅舅家”，下单拍两箱的包邮，坏果包赔。
钓鱼塘营业了，鲫鱼草鱼放得足，美团搜“柳湾垂钓园”买票比现场便宜十块。
我表哥开的农家乐在大众点评上，叫“荷塘边土菜馆”，柴火鸡做得好，去之前评论区看看。
每天早上六点半视频号直播捡鸡蛋，散养的草鸡蛋三十个一箱，视频号搜“山坳里的鸡舍”就能看到。
果树苗、花椒苗、核桃苗现货，关注公众号“丰源苗木基地”，回复“价目”自动发当季报价。
冷库还有空位，水果蔬菜冻品都能存，微信小程序搜“安心冷链仓”直接下单预约，按天计费。
种蘑菇的朋友加我这个食用菌QQ群：683104297，菌包、温控都在群里聊，每周有人出菌种。
自家鱼塘的鳙鱼起塘了，十斤以上的大头鱼，V：yongyu_laohu，要的报斤数，冷链送县城。
乡下上门看猪牛羊的病，骟猪、打针、接生都行，手机13688025417同微信，晚上也能出诊。
大棚搭建、钢架和薄膜一条龙，做了十几年了，电话 158 7263 0914 ，免费上门量地。
我们兄弟三家的六十亩水田想流转出去，租期十年，水源好能机耕，有意向的打我 139-4015-2876。
我自己种的高山白茶开了个微店，微店搜“云岭茶农阿春”，群里买的都按出厂价走。
自家放养的黑山羊出栏了，活羊过秤，要整只半只的打我手机 ๑๕๙๓๖๒๘๐๔๗๑ 。
蔬菜种子招乡镇代理，做了十几年的品牌，扣扣 ૩૭૫૯૨૦૪૮૬ 详谈。
鱼塘清淤挖塘修坝，挖机带师傅，电话 ௧௮௬௦௩௭௫௨௯௪௧ ，按方计价。
兽药饲料厂家直供，养殖场拿货有返点，联系 ၁၃၃၀၈၄၆၁၅၇၂ 。
我妈腌的咸鸭蛋，稻田里放养的鸭子下的，二十个一盒，手机 ١٥٢٨٦٠٣٩٤١٧ 。
帮山里果农代卖红富士，冷库直发全国，电话¹³⁷²⁶⁹⁰⁴⁵⁸¹。
秸秆打捆、上门回收，一吨给到两百，电话 ⑴⑸⑻⑶⑼⑵⑺⑷⑹⑴⑼ 。
农用三轮车、拖拉机上门维修，电话𝟷𝟽𝟾𝟻𝟺𝟶𝟼𝟿𝟹𝟷𝟸，二十公里内不收路费。
有机蔬菜每周两次送到小区门口，按月订，微信号 ΤΙΑΝΥΕ_88 。
肉鸽养殖技术包教包会，种鸽也供应，🐧 2093857164 。
家里新炒的南瓜子放斗音小店了，店名“南坡瓜子铺”，我老公每晚九点在斗音上直播。
种植户交流裙 752318064 ，每天有人出低价化肥和农膜，进裙报村名。
萄宝搜“黑土地小杂粮”，我家地里种的小米、绿豆、红小豆，新粮刚上架。
贤鱼上挂了两台八成新的电动喷雾器，贤鱼搜“喷雾器王叔”，同城可以送。
收土鸡土鸭，上门现钱，电话我按百家姓排了：赵是1，钱是2，往后数到陈当0——赵孙王李郑钱吴陈周冯赵。
养蚯蚓的技术和种苗我都能提供，QQ号用《千字文》开头十个字排，天是一，月当零：地日黄月宙荒玄洪宇天。
我侄子回乡搞无人机植保，他手机号按二十四节气顺序记（立春为1，夏至算0）：立春、清明、夏至、立夏、惊蛰、小满、谷雨、春分、雨水、芒种、夏至。
种公羊、母羊羔都能来圈里挑，我爸的号按简谱唱名记，1是do一直到7是si，0就唱成空拍：do sol si mi la re 空拍 fa si do la，羊圈在水库边。
有机肥厂招经销商，号码照电阻色环读（黑0棕1…白9）：棕灰白红绿黑橙蓝黄棕紫。
收山核桃板栗，手机用“正”字计数写，〇代表零：一 下 正止 正一 丅 正丅 〇 正 一 止 正下。
卖自家种的有机菜，微信是手机号，用CORNFIELDS当密码本，C是1，S是0：CFENIRSODLC。
鱼苗花鲢草鱼苗批发，扣扣号用希腊数字写，α=1，ο当0：γ ο η α ϛ ζ β δ ε θ。
修剪嫁接、果园托管都接，号码藏在小学的声母表里，b p m f d t n l g k 排第几就是几，k排第十算零——b n m g k p t f l b d。
我家冷库空出两间，按吨按月算钱，手机号用拉丁文数词写的：unus tres sex nulla quinque octo septem quattuor unus duo novem。
我家自己养的土鸡蛋，三十个四十五块，周六早上八点我在小区西门停车场，车后备箱里，来拿就行。
我哥自家种的香米，五块五一斤，下班后他的皮卡停在公司停车场B区，要的直接过去称。
我们家果园的冬枣可以摘了，进园说是“校友群”来的，门票全免，摘多少按市场价一半算。
今年的槐花蜜摇出来了，一斤装七十，要几瓶在这条下面回复数量，周末统一送。
我买了台植保无人机，下周给小麦飞防，一亩八块，要打的在群里接龙，写上姓名和亩数。
我爸放养在山上的老鹅，一只一百六，周五下午我开车带进城，停在二小北门，要的提前报。
我家茄子苗育多了，一块钱一棵，放在村口小卖部门口，要的自己拿，钱交给店老板。
我承包的鱼塘这个周日对老同学开放，带上竿子来钓，第一个钟头不要钱。
我家冷库腾出一间，存苹果三毛一斤一个月，有需要的过来仓库看看，就在加油站后面。
今年的春茶我留了几斤，三百一斤，周四下午在我办公室泡给大家尝，喜欢再拿。
过年的羊我今年还是杀，整只半只都行，三十八一斤，要的二十号前跟我说一声。
我是镇上兽医站退休的，这个周末在自家院子给猫狗驱虫，二十五一只，抱过来就行。
"""

NEGATIVE_106 = """
侄子寄回来的两包花生种到了，韵达单号 4319 0825 7736 6，在菜鸟驿站放着，谁路过帮我带一下。
京东上买的电动喷雾器坏了，订单号 283049175562，我申请换货了，师傅周四上门取件。
种子有问题可以打12316三农热线，县农业局会派人来田里看，我去年就是这么处理的。
县农业执法大队回了短信，说假农药那个案子立案了，案号是农执罚〔2026〕第47号，让我们把空瓶留好。
新来的技术员小周负责东片区的测土，手机 13876204519，各组长存一下，取样的事直接找他。
农机购置补贴的发票号码是 04417386，开票日期11月18日，报给村会计就行。
育种技术讲座改在线上，腾讯会议号 827 4610 359，周二上午十点，进会的把名字改成村名加姓名。
土地流转合同编号 LZ-2026-0316 的那几户，明天带身份证去村委会签补充协议。
抽水泵那条线停电了，我打了95598报修，工单号 11260893，说下午来人。
我家那张尾号6620的一卡通，种粮补贴今天到账了，一亩一百零八块。
牛的耳标号是 370521008814，保险公司理赔要拍照片，我昨天拍好发给理赔员了。
冷链车的车牌是鲁H·5K328，明早五点到村口装菠菜，装车的几位别迟到。
12345 回复了，我们反映的乡道烂路问题，工单 2611200173，说年底前铺好。
防疫站的表里要填狂犬疫苗接种证编号，我家狗的是 QY20260457，照着格式写。
天气预报打12121能听到，明后两天有霜冻，大棚记得加一层膜。
镇兽医站夜里有人值班，值班座机 0534-2261375，上周我家母猪难产就是打这个叫来的人。
嫁接培训的课程码是 HJ7302，在农技耘APP里输入就能看回放。
我买了周五的高铁 G1562，回老家帮忙收玉米，下午三点到站。
上周寄的那箱柑橘被压坏了，中通单号 78302619457331，客服说三个工作日内赔付。
涉农贷款的合同号我发给你了，HT-NX-0829，你把这个填在申请表第二页。
请问大家谁知道哪里能买到抗病的辣椒苗？我家去年的全死了。
有没有人用过那种太阳能杀虫灯，管不管用？想给果园装几盏。
推荐一下镇上老杨家的修理铺，我的拖拉机在他那修了两次，价格公道，手艺也好。
想带孩子周末去摘葡萄，咱们附近哪个园子不用门票？
有哪位知道冬天怎么给蜜蜂保暖？我家两箱蜂最近掉了不少。
我家鸡最近老拉稀，有懂行的给说说该喂点啥药？
想问下土地流转合同一般签几年合适，租金是一年一付还是一次付清？
县城农贸市场二楼那家卖干货的，香菇木耳都挺好，推荐给想囤年货的。
蜂蜜结晶了还能吃吗？有没有懂的亲。
冷库温度设几度存苹果最好？零下还是零上？
大家注意，有人在群外推销“亩产翻一番的进口玉米种”，去年隔壁乡好几户买了，结果根本不出苗。
朋友圈转的“帮农户卖滞销大蒜，一斤一毛钱”是假的，图片都是几年前别的省的。
有人冒充农业局打电话说能代办土地流转补贴，先要交五百手续费，这是骗子，村里从来不收钱。
听说有人打着“政府统一采购”的旗号上门卖滴灌带，价格比镇上贵一倍，大家问清楚再说。
有人往老人手机上发“粮食补贴升级，需重新绑卡”的短信，附的网址是假的，谁家老人收到了先别动。
直播间喊“自家果园现摘”的，很多是从批发市场拿的货，箱子一模一样。
上门推销“富硒营养肥，一袋顶三袋”的，留神，我拿去农技站测过，就是普通的土。
有人挨家挨户喊“高价收购老母鸡”，趁人不注意把院里的鸡顺走了，老人在家的看好门。
网上那种“认养一棵果树，年底分红三千”的，其实就是集资，跑路的好几家了。
接到说是“兽药监管局”的电话，说你家买的药违规要罚款，让转账到安全账户，直接挂掉。
今年的油菜籽每亩打了三百六十斤，榨出来一百二十斤油，够吃一年。
这季化肥花了三千四，农药又花了八百多，算下来利润薄得很。
家里那头猪称了一下，二百六十斤，过年杀正好。
大棚里今早温度只有四度，外面零下三度。
女儿这次英语听力拿了满分30，作文扣了4分，总分112。
今天捡了四十三个鸡蛋，创新高了。
这批梨最大的一个一斤二两，最小的也有七两多。
上周降雨量有六十毫米，地里的水还没退。
给果园打了三遍药，每遍兑水三十桶。
十一月二十八号打谷场要腾出来，堆的玉米秆得拉走。
村里的水渠一共长2.3公里，今年修了一半。
鱼塘今年出了一千八百斤草鱼，均价六块五。
我们家茶园就三亩半，采了一百二十斤干茶。
侄女的鞋码是35，外甥穿38，过年回来给他们带。
这台旋耕机油耗一小时大概两升半。
镇上收粮的价格一斤一块三毛二，比上周低了两分钱。
村篮球赛打到第四节，我们队落后九分硬是追平了，加时赛又赢了三分。
【群公告】本群是种植合作社社员群，只发生产和通知，谁再发卖货链接、拉人进别的群，直接移出。
群里刚有人冒充镇干部发收费通知，那个账号我踢了，以后镇上的事以村委会公众号为准。
镇里要求这段时间严禁焚烧秸秆，各家收完玉米把秆子打捆堆放，村干部每天巡查。
村委通知：周四供电所检修变压器，全村停电一天，冰柜里的东西提前处理。
班级通知：周五下午的劳动课在学校菜地，孩子们穿旧衣服、带一双手套。
校友会：十二月六号返校活动改到体育馆，到时候签到处领胸牌。
合作社通知：今年的社员分红下周一发放，按入股亩数算，有疑问找理事会。
今天下地回来累得不想动，晚饭就煮了碗面条。
后山的板栗掉了一地，刺球扎手，捡了半天才装满一小盆。
我爸非说手机上的天气不准，每天还是看天上的云。
早上起了大雾，开车去镇上只敢开二十码。
小孙子第一次见到牛，吓得直往我身后躲。
昨晚村里放电影，好多年没在露天看过了。
老妈腌的酸菜又酸又脆，就着粥能吃两碗。
镇上新开的面馆油泼辣子随便加，我中午去吃了两碗，出了一身汗。
同事带来一筐自家种的红薯分给大家，烤着吃真甜。
今早水缸结了一层薄冰，鸭子在冰上滑了好几跤。
理事会从下午两点议到天黑，就为了定明年种什么品种。
下午那场雨来得急，晒的稻谷差点没收回来。
邻居家的狗生了五只小狗，天天有小孩去看。
周末回老家，发现小时候的那条河变窄了。
闺女说她最想要的生日礼物是一只小羊，我哭笑不得。
群里谁看了昨晚的球赛？最后那个点球太悬了。
我外婆天不亮就去地里掐韭菜，说带露水的韭菜最嫩。
这几天鸡都不怎么下蛋，可能是天太冷了。
新修的村道晚上有路灯了，散步方便多了。
今天厂里食堂的土豆丝切得跟筷子一样粗，大师傅肯定换人了。
晚上打牌三缺一，谁来？
翻出一张九几年的全家福，背景里那头老黄牛还在呢。
腊八还没到，村口的小卖部已经挂上灯笼了。
奶奶做的红薯粉条，放在火锅里煮最好吃。
风把晾衣杆刮倒了，刚洗的床单掉进了鸡圈里，白洗。
班里组织的拔河比赛，我们输了，孩子们哭成一片。
刚学会用手机给老爸视频，他一直问我能不能看见他。
你收玉米的车把我家门口的水泥路压裂了，一句道歉没有，还怪路修得薄？
凭什么水渠先给上游那几家放水？我们下游的地都裂口了！
分红的账凭什么不公开？理事会几个人说了算是吧？
群里表决的时候你一声不吭，现在定下来了又跳出来反对，早干嘛去了？
那块地边界明明是我家的，你家把桩往这边挪了两米，当我不知道？
Just got back from the county fair: the winning pumpkin weighed over three hundred kilos, and the kids would not stop talking about the tractor rides.
Our daughter is home from university for the harvest break and spent the whole afternoon teaching grandma how to make a video call.
今年颱風過後，果園裡的柚子掉了一大半，心疼死了。
阿嬤說冬至要搓湯圓，大家記得早點回家。
"""
