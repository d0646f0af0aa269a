"""Hold-out set 71 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-70 (see holdout_data.py; sets 69 and 70 were studied in this
session), at the same time as set 72 (written by another helper; this set was checked by the same script against set
72's lines as they stood when this one was finished, unread: highest ratio 0.411 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-70), printed with ast.get_docstring, and
holdout69_lines.py and holdout70_lines.py only for their module docstrings, printed the same way (the file format, the
docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below the
docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be paged through,
nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root). The benchmarks folder was not listed; set 72's file was only checked for existence by its exact path
(test -f, before every run of the script; it did not exist at the first run and existed at every check after) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run. Two slips to report, neither showing a line of any set:
once a failed draft build skipped both the cd and the test -f, so the script was started from the writer's own folder
without the check and without set 72's file; it could not find this file, and its Python traceback showed two lines of
its own code (a call reading a file and an ast.parse), nothing else of it. The next run was made on this file alone
although the test -f just before it had found set 72's file (the command did not pass it); the script was run again at
once with set 72's file, and every later run passed it. The lines were drafted in the writer's own temporary folder
and written to this file, which the script then read: it printed this set's lines and ratios, never the dumps' or the
partner's lines; it was run at the required floor of 0.49 and then at 0.47, to find the lines standing just below it.
No line is copied from earlier sets or from the training lines: every line's difflib ratio against every line of the
hold-out dump is at most 0.49 (highest 0.462), against every line of the training dump at most 0.49 (highest 0.462),
against set 72 at most 0.49 (highest 0.411), and no two lines of this set exceed 0.49 against each other (highest
0.375).

Twenty-eight lines were rewritten for similarity, eight of them twice (thirty-six rewrites), each time with new
wording, not a synonym swap; besides, before the first run a short acknowledgement was lengthened to reach 10
characters, two rewrites of the English line about the Great Ocean Road were shortened to stay within 75 characters,
and after the last pass a member's own 视频号 day trips were given a price per head so that the line reads plainly as a
sale (checked again at 0.47). In the first pass, on this file alone (set 72's file did not exist yet), twenty stood at
0.49 or more (0.667 at most, a line about ginkgo trees turning yellow, against the hold-out dump), nineteen against
the hold-out dump and one against the training dump: seven positives (a May Day tour page's short link, 0.580; a hire
car's mobile in pinyin digit names with tones, 0.571: that spelling may well have been used before, so it was replaced
by Mongolian digits; a Thai charter driver's WhatsApp number, 0.565; a B&B owner's WeChat id in alphabet positions,
0.527, a mobile in the strokes of characters, 0.508, and a mobile in Roman numerals, 0.505, the three codes kept with
their rules reworded; camping gear on 扌斗音, 0.500) and thirteen negatives (the ginkgo trees, a meme, a
flight-cancellation phishing text, the removed advertiser, a flight's times, a found suitcase's SF waybill, a
photography club's wetland morning, 0.513 against the training dump, an argument over money advanced for a trip, both
English lines, a check-out time, thanks to the study tour's teachers and a school 公众号's study-tour notice). In the
second pass, with set 72's file passed from then on, four at 0.49 or more: three of the first pass again (the phishing
text, 0.528, now a delay-compensation text; the Thai driver, 0.505, replaced by a Da Nang driver on Zalo; the English
Great Ocean Road line, 0.492) and a 快手 ticket flash sale at 0.500 against set 72. In the third pass one: the ginkgo
line's rewrite at 0.522 against set 72 (which seems to have a like line; replaced by osmanthus fallen in a yard). In
the fourth pass, at 0.47, ten standing between 0.473 and 0.487: four positives (the stroke-count code, 0.476 against
set 72, which may use a like code: dropped for the western star signs in their order; the short link again, 0.487; a
spouse's airport shuttle, 0.481; the camping gear on 扌斗音 again, 0.474) and six negatives (a flight's order number for
expenses, 0.486; a B&B owner's mobile passed to a mother, 0.484 against the training dump; an RV in the fire lane; a
coach's invoice title and tax number on 钉钉; a hotel confirmation number; the company 公众号's outing photo). In the fifth
pass one: the invoice line again, 0.473. Lengths run from 23 to 60 characters for the positives and 12 to 75 for the
negatives. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 71 focuses on travel and tourism sold into groups: tour groups and package trips (a Sanya five-day flight package,
a Yunnan small group without shops, Jiuzhaigou from Chengdu, Huangshan and the Li river, a Xinjiang loop, slow tours
for the elderly, a "free" day trip with a sales talk), flights and hotels (international and student tickets, cheap
bookings below the official price, airline miles and hotel points bought and spent, a five-star stay on points, B&Bs
in Moganshan and by the sea, a youth hostel's monthly bed), cruises (a Mediterranean cruise's last cabins, shared
cabins, a sister's sea-view cabins), study tours and summer camps abroad (Cambridge, Japan, a UK summer camp's last
places), airport transfers and chartered cars with drivers (a spouse's seven-seat shuttle, shared airport rides, a
neighbour's early run, chartered drivers in Thailand, Vietnam and Kyoto, self-drive hire), scenic-spot and theme-park
tickets (Disney and Legoland, Universal Studios passes passed on, safari-park family tickets on a live stream, annual
passes and a group-buy, bamboo rafts), travel photography (wedding shoots in Dali, a husband's shoots in Sanya),
campsites and RV rentals (a bamboo campsite, a barbecue package, gear for hire, RVs in Dali and from a family's
garage), outbound SIM cards and portable Wi-Fi, and travel agencies recruiting part-time agents, beside ordinary chat
in company work groups (including a company outing to Qiandao Lake), a department group, a travel agency's own staff
group, neighbourhood and owners' groups, family groups planning a holiday, a parents' class group, an alumni group and
a photography club.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a Sanya trip with a mobile and the organiser's
name; a Yunnan tour's 400 line with an extension; a Chengdu travel shop's landline; a Da Nang charter driver with a
Zalo number; flight tickets with a 微信号 and a note to give; miles and points bought with "Q"; a cruise through a 公众号
with a word to reply; theme-park tickets, a mini-program to search; "携程搜" a B&B; wedding travel photography on an 抖音号;
safari-park tickets on a 快手 live stream; cheap tours on a short link; a Cambridge summer study tour by e-mail; the
writer's own Universal Studios tickets, "闲鱼搜"; outbound SIM cards, "拼多多搜" a flagship store; a campsite, "小红书搜"; an RV
in Dali with "V："; a spouse's airport shuttle with a spaced mobile; a Kyoto charter driver with a LINE id; a travel
agency recruiting part-time agents with a WeChat id; a cousin at a travel agency with a spaced mobile; "美团搜" a
campsite's barbecue package; portable Wi-Fi, "淘宝搜"; the writer's own 视频号 day trips with sign-up in the comments), 14
moderately, with disguises the docstrings read do not list (Devanagari digits १३९…; Bengali digits ১৫৮…; mathematical
double-struck digits 𝟙𝟟𝟟…; parenthesized digits ⑴⑶⑹…; digits with a full stop ⒈⒏⒍…; counting-rod numerals 𝍠𝍤𝍧… with 〇
for zero; Mongolian digits ᠑᠓᠗…; the homophone 徽信 for 微信; 丘丘 for QQ; 抖 split into 扌斗; parenthesized letters ⒱⒳ for VX;
圈a for @ and 点 for the dot in an e-mail; 公粽号 for 公众号; 飞🐷 for 飞猪) and 10 heavily, with codes the docstrings read do not
list (the heavenly stems by their order, 甲 one, 癸 zero; the western star signs by their order from Aries, 摩羯 zero;
cities by their UTC offset in winter, 巴黎 卡拉奇 东京…; mahjong character tiles, the white dragon as zero; each digit raised
by three, only the units kept; one small sum per digit, 9-8 6÷2 2×4…; a WeChat id in alphabet positions, 19 21 14…,
plus four digits; a WeChat id with each letter moved one on, a Caesar shift; Chinese hand signs for the digits, 勾指
nine, 拳头 zero; a mobile in three chunks of Roman numerals, CXXXIX…) and 12 subtle (an offer with a call to action
only, none quoted by the docstrings read): a "free" day trip with a half-hour talk, the coach boarded at the market
gate on Thursday at seven; a sister-in-law's Moganshan B&B, an estate's name said at the front desk for a hundred off;
camping gear in the writer's garage, its door left open after work on Friday; outbound SIM cards at sixty, found at
tea break in the twelfth-floor pantry; a UK summer camp's last places, the child's name on a slip handed to the
writer's daughter; a husband's travel photography, found by his cap after the owners' meeting; a safari-park ticket
group-buy, money paid at the ground-floor lift at half past eight; the family RV hired out, seen in the B2 garage
after dinner; cheap flights, dates and heads on a sticky note by the writer's monitor; a sister's cruise cabins, held
by a like on the pinned post in the writer's Moments; an early airport run, luggage left at the gate-house the night
before; a Jiuzhaigou winter tour, a table in the community room on Saturday morning, ID brought along. About a dozen
positives are written the way members casually sell in a group (a spouse's airport shuttle, a cousin at a travel
agency, the writer's own theme-park tickets and 视频号 trips, a sister-in-law's B&B, a neighbour's camping gear, a
colleague's SIM cards, a parent's camp places, a husband's photography, the family RV, a colleague's flight booking, a
sister's cruise cabins, a neighbour's airport run).

- `POSITIVE_71` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_71` (100 lines): 20 that look dangerous at first sight (a travel agency manager's mobile passed to the
  admin about the outing's coach, the official 12306 app for rail tickets, a business trip's flight order number for
  expenses, a hotel confirmation number, the company 公众号's outing photo, a hotel's price already paid on 携程, a visa
  centre's booking line in a screenshot, a found suitcase's SF waybill, online check-in on 航旅纵横, an airline's service
  line during a delay, the Palace Museum's official mini-program, a guide's WeChat passed to drivers in the agency's
  staff group, a pickup car's plate, a travel insurance policy number, the school 公众号's study-tour notice, a portable
  Wi-Fi's deposit refunded, a campsite seen on 抖音, a B&B owner's mobile passed to a mother, a coach's invoice title
  and tax number on 钉钉, a Disney annual pass renewed in the official app); 10 members asking or recommending (a Yunnan
  tour without shops, a SIM card or Wi-Fi for Japan, a campsite with showers, last year's guide, a cruise line for the
  elderly, a camp without English lessons, driving an RV, an app for flights, free photo spots on Gulangyu, Universal
  Studios on a weekday); 10 warnings quoting or describing the scam ("零元游云南包吃包住", a delay-compensation text asking for
  a card number, "机票一折起", "旅游兼职代理，发圈日入三百", "环球影城内部票半价", "高价回收航空里程", "免费送邮轮名额，只收港务费", "签证包过，拒签全退", "出境流量卡无限量不限速",
  "夏令营保证一个月英语提升两级"); 17 lines with numbers that are not contacts (a delayed flight, Lhasa's altitude, a suitcase's
  weight, the yen's rate, an outing's sign-up count, hotel rooms, a boarding gate, a road trip's distance, a budget
  per head, a step count, a train seat, a check-out time, campsite nights and price, annual leave left, Sanya's
  temperature, a study tour's fee, air miles saved); 7 organisers' and admins' own notices (a group rule banning tour,
  ticket, flight-booking, SIM card and agent-recruiting ads, a removed account that pushed flight-and-hotel packages,
  a company outing to Qiandao Lake signed up on OA, a class's study tour to the science museum, an alumni return to
  school, the property's spring outing coach, a photography club's morning at the wetland); 27 lines of everyday chat
  (some about the members' own trips, camping, cruises and study tours, and a guide's tour in the agency's staff
  group); 5 heated arguments without any selling (the outing always a hike, money advanced for Sanya, an RV in the
  fire lane, a study tour's fee and the pupils left behind, a guide and a route blamed on the weather); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_71 = """
三亚双飞五日游，含酒店和接送机，成人2680，儿童1580，报名找张姐 13857261934
云南小团六人成行不进店，旅行社直客热线 400-862-3175，转2号线路顾问
成都出发九寨沟三日游每周二、五发团，春熙路门市电话 028-85316427
岘港会安包车，司机会说中文，一天八百人民币，Zalo：+84 905 318 627
国际机票出票快，留学生票可改期，微信号 fly_lulu2020，加的时候备注"机票"
收航空里程和酒店积分，国航南航万豪都收，当天结清，Q 2874615093
地中海邮轮十月尾舱特价，关注公众号"海上慢时光"，回复"尾舱"看航线
上海迪士尼、乐高乐园门票比官网便宜，微信小程序搜"小麦票务"直接下单
携程搜"云栖·溪畔民宿"，莫干山竹林里那家，工作日住两晚送一晚
婚纱旅拍样片都在抖音，抖音号 lvpai_ayun，大理洱海海景套餐3999起
长隆野生动物园亲子票我周三晚上在快手开播卖，比窗口便宜四十，快手号 changlong668
特价线路每天在变，我做了个页面实时更新：https://t.cn/A6hQx2Rk 五一前下单才有
英国剑桥暑期游学两周，课程表和报价请发邮件索取 summer@cambridgeway.cn
环球影城两日票两张，临时去不了低价转，闲鱼搜"阿乐的小铺"就是我
日本韩国流量卡，落地插卡即用，拼多多搜"出境网卡旗舰店"下单包邮
小红书搜"野趣营地小陈"，安吉竹林营地周末帐篷位还剩八个
大理房车出租，带厨房卫生间可自驾，一天八百，V：rv_dali_99
家里那位专跑萧山机场，七座商务车进城一百五，夜班航班也接，电话 189 6734 2105
京都大阪包车，司机会讲中文，一天三万日元，LINE：kyoto_chen88
招旅游兼职代理，零门槛，发朋友圈就有佣金，感兴趣的加微信 tour_dl520
表姐在康辉旅行社做计调，报团能拿同行价，她电话 136 5821 9047
美团搜"星空露营基地（临安店）"，天幕烧烤套餐两人199
随身WiFi欧洲三十国通用，一天十五元免押金，淘宝搜"漫游猫wifi"
我自己拍的周边游视频号叫"老周带你玩"，下周去千岛湖人均三百，想跟的评论区报名
海岛自由行机票加酒店打包价，比自己订省一千多，找小吴：१३९ ०५७२ ८६४१
研学营报名咨询周老师 ১৫৮ ৬৭২৩ ৪০১৯，名额不多
长白山滑雪三日游，雪具全含，报名电话𝟙𝟟𝟟𝟘𝟠𝟞𝟝𝟛𝟚𝟜𝟙
机场拼车接送每位六十，电话⑴⑶⑹⑸⑺⑵⑼⑻⑷⑶⑴
黄山两日游跟团，导游阿芳⒈⒏⒍⒌⒎⒊⒉⒐⒋⒍⒈
桂林漓江竹筏票便宜出，号码 𝍠𝍤𝍧𝍢〇𝍥𝍡𝍨𝍣𝍦𝍤
出境旅游保险和签证材料代办，徽信 visa_helper7
五星酒店积分代订，比官网低三成，丘丘 3517264980
全套露营装备按天租，搭法视频都在扌斗音，搜 yeying_zu 能看到
国内游散客拼团天天发，⒱⒳：pintuan_wei08
日本游学团资料可以发你，写信到 youxue2026圈a163点com
每周特价机票都发在公粽号「抢票小分队」，关注了就能看到
飞🐷搜「途遇旅行专营店」，新疆环线十二日游立减五百
自驾租车找我，SUV七座都有，电话 ᠑᠓᠗᠕᠒᠘᠐᠙᠖᠔᠓
带老人的慢游团，电话按天干排（癸当零）：甲丙戊庚乙癸辛壬丁己丙
订房打这个号，按星座顺序排（白羊是1，摩羯算0）：白羊 狮子 天蝎 巨蟹 金牛 摩羯 处女 射手 双子 天秤 巨蟹
包车司机的手机按冬令时UTC+几来拼：巴黎 卡拉奇 东京 开罗 曼谷 迪拜 伦敦 北京 达卡 莫斯科 罗马
邮轮拼舱电话藏在牌里，万子几就是几，白板算零：🀇🀍🀉🀆🀋🀈🀏🀊🀌🀎🀇
签证加急代办，电话每位我都加了3，过9只留个位，自己减回去：48163502794
青旅床位包月，手机号一位一道题：9-8，6÷2，2×4，7-2，1+1，3×3，8-8，5+2，12÷2，2+2，0+1
民宿老板微信是一串字母加2026，字母换成了它在26个字母里排第几：19 21 14 8 15 13 5
景区门票团购，群主微信我把每个字母往后错了一位防屏蔽：qjbpxv88，自己倒回去
游学营报名电话按手势念：食指、三指、勾指、六、四指、拳头、巴掌、V、捏三指、八字、三指
房车营位订位电话：CXXXIX / MMDCCXLI / MCMLXXXVI（罗马数字，三截连起来）
免费一日游，只要听半小时讲座，想去的周四早上七点在菜场门口上大巴，带上老年卡
我小姨子在莫干山开民宿，到了跟前台说是"阳光花园的"，房费直接减一百
露营装备我家车库都有，帐篷天幕一天二十，周五下班车库门开着，自己进来挑
出境流量卡我这剩七张，一张六十，下午茶歇我在十二楼茶水间，先到先得
暑假英国夏令营还剩三个名额，孩子姓名班级写张纸条，明早让孩子交给我家朵朵
我老公做旅拍五年了，三亚两天一夜三千八，周日业主大会散场后找戴鸭舌帽那个就是他
长隆门票团购凑满二十张打七折，想拼的明早八点半一楼电梯口交钱拿码
家里房车国庆闲着，一天六百租出去，想看车的今晚饭后到地库B2东头来
代订机票比官网便宜一两百，出发日期和人数写在便利贴上，贴我显示器边上就行
邮轮舱位我姐手里还剩两间海景房，去我朋友圈置顶那条点个赞就算占位
去机场的邻居，前一晚把行李放门卫室写好楼号，第二天五点我车到门口统一拉，一人四十
想订九寨沟冬季团的，这周六上午我在社区活动室摆个桌子，带身份证来就能报
"""

NEGATIVE_71 = """
行政小李，旅行社对接的王经理电话13906572418，大巴几点到你直接跟她确认
春运抢票只认12306官方App，别信朋友圈那些加速包
出差那张机票的订单号1408856237我报给财务了，发票还得等航司开
到了前台直接说确认号HT20261118093，房是用我名字订的
团建那天的合影放到公司公众号上了，找找自己在第几排
我在携程订的全季两晚，一共花了七百六，含早
下周去德国参展的同事，签证中心的预约电话在官网上，我截图放群文件了
行李箱终于找回来了，航司托顺丰送上门，SF1402786631529，路上走了四天
航旅纵横上已经能值机了，我选了第12排靠窗
航班延误了，南航客服95539打了半天才通，改到明早七点那班
故宫要提前七天在官方小程序实名预约，周末的票一早就没了
明天接团的导游小周微信是zhou_dy88，各位司机跟她对一下集合点
来接我们的车牌浙A·D3K21，白色埃尔法，司机姓孙
旅游意外险保单号PA8823104576，出了事直接报这个号给保险公司
研学通知学校在公众号上发了，老师说自愿报名，不参加的不用另外说明
机场租的随身WiFi还回去了，押金五百已经退到支付宝
抖音上刷到一个湖边营地，视频拍得好看，不知道实际怎么样
妈，你们到了村口别乱走，给民宿老板打电话138 2957 4106，他骑电动车来接
团建包车要开票，公司抬头和税号我整理成一张图放钉钉了，报销时附上
迪士尼官方App上年卡续了，九百九十九一年，明年还能去
有人带爸妈去过云南吗？想找个不进购物店的团，求推荐
下个月去日本，流量卡还是随身WiFi好用？去过的说说
杭州周边带娃露营哪个营地有厕所和淋浴，求靠谱的
我们去年跟的那个导游讲得细又不催人，下次还想找她，名字我问问老公
给老人选邮轮，歌诗达和皇家加勒比哪个餐更清淡？
孩子暑假想去个营，纯玩的那种，不要学英语的，大家有经验吗
谁租过房车自驾？C照能开的那种倒车难不难
订机票你们一般用哪个App，我比了三个价格都不一样
厦门鼓浪屿拍照，有没有去过的推荐几个不用门票的点
环球影城我觉得工作日去最好，上周二去几乎不用排队，推荐
看到"零元游云南包吃包住"的千万别去，到了天天拉你进玉石店
我爸手机上来了条短信，说航班延误可理赔三百，要先填卡号，幸好他先问了我一句
那种"机票一折起"的网站都是钓鱼的，付完钱出不了票
群里转的"旅游兼职代理，发圈日入三百"，我同事试过，先交了八百会员费
有人在门口发传单"环球影城内部票半价"，别买，进不了闸机
提醒一下：所谓"高价回收航空里程"，就是骗你登录账号把里程全转走
"免费送邮轮名额，只收港务费"这种电话直接挂，我妈差点交了两千
说"签证包过，拒签全退"的中介别信，领馆从来不给谁打包票
朋友圈那个"出境流量卡无限量不限速"，我买了，到泰国一天就限速了
"夏令营保证一个月英语提升两级"这种宣传语，家长们看看就好
爸妈那班CA1703晚点四十分钟，估计一点半才能出来
拉萨海拔三千六，第一天别洗澡，慢慢走
托运限额23公斤，我箱子称了24.5，只能拿两件出来
今天汇率一百日元兑四块七毛八，比上个月又低了
团建报名到现在一共46人，还差技术部没统计
我们住1208，爸妈住1210，就隔一间
登机口改到32号了，大家往那边走
这次自驾一共开了1860公里，油费一千一
人均预算两千八，五天四晚，大家看行不行
今天在西湖走了两万三千步，脚都废了
G7581，06车F座，下午三点十分到宁波
明天得十二点前退房，闹钟都定好，谁也别赖床
营地订了三晚，周五到周日，每晚两百八
我今年还剩五天年假，想凑个国庆出去
三亚这两天32度，紫外线强，带好防晒
孩子研学费用学校公示是每人1650，含保险
里程攒到四万二了，够换一张国内往返
群规：禁止发旅游团、门票、机票代订、流量卡和招代理的广告，发一次踢
发双飞游广告那个号我踢了，已经私下加了他的自己当心
公司秋季团建定在千岛湖两天一夜，本周五前在OA里报名，家属可带一位
各位家长：下周三研学去科技馆，七点四十校门口集合，请穿校服
校友会十一月底组织回母校走走，报名找各班联络人
物业通知：春游活动大巴停在东门，八点准时出发，请带好水
周六清晨湿地拍鹭鸟，六点停车场集合，长焦不够的可以和老会员换着用
团建的照片谁拍的，把我拍得太胖了哈哈
爸，你身份证记得带，上次就是忘了差点上不了车
刚落地，一出机场就闻到海的味道
这次露营下雨，帐篷漏了一夜，但孩子说是最开心的一次
国庆哪儿都是人，我决定在家躺平
酒店早餐的小笼包不错，比上次那家好吃多了
女儿研学回来晒黑了一圈，说还想再去
大家出门玩注意安全，到了报个平安
周末去爬了北高峰，下山腿一直在抖
邮轮上晕得厉害，吃了药才好点
行程表我打印出来了，明天每人发一份
晚上在民宿院子里烤串，老板家狗一直蹲在边上
上次在大理拍的照片终于修好了，发相册了
姐，你那个旅行箱还用吗，下周借我出差
今天带孩子去动物园，熊猫一直在睡
飞机上信号没了，落地再聊
从美国回来一周了，时差还没倒过来
明早的团我带，游客名单核对完了，少一个人电话打不通
谢谢带队的老师们，研学那几天天天在群里发照片，家长安心多了
爸妈第一次坐邮轮，兴奋得一晚上没睡
团建那天谁开车？我可以带三个人
我把攻略存成共享文档了，大家随便改
看天气预报周六有雨，烧烤要不要改到室内
刚才谁发的那个熊猫头，笑死，说的就是周一例会上的我
收到，谢谢李姐，我这就去改
楼下那几棵桂花谢了，满地都是小黄点，扫地阿姨直叹气
毕业十年了，下次聚会一定要回学校看看
团建年年去爬山，你们行政能不能问问大家意见？每次都是拍板就定
三亚那趟我先垫了一万二，别人早转了，就你一直已读不回，什么意思
消防通道不是你家车库！房车一停半个月，救护车进不来谁负责？
研学一千六又不是小数，凭什么不去的孩子要在学校自习被区别对待
导游是你找的，行程你定的，现在出事了怪我没看天气预报？
We land around six, so don't wait for us at dinner; see you in the lobby.
Is the Great Ocean Road doable in two days with a toddler and a 7-year-old?
我們下週去台南玩，有人知道哪家牛肉湯最早開門嗎
阿嬤說這次去日本，一定要買那個藥膏回來給她
"""
