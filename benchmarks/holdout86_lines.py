"""Hold-out set 86 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-84 (see holdout_data.py; sets 77 to 82 were studied in this
session, and sets 83 and 84 scored), at the same time as set 85 (written by another helper; this set was checked by
the same script against set 85's lines as they stood when this one was finished, unread: highest ratio 0.324 at the
end, as the script showed it), and kept unscored until it is scored once, blind. The writer read no detector code,
word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/, docs/
or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/ (no
benchmark); holdout_data.py was opened only for its module docstring (the labelling rules and the history and topics
of sets 1-84, which also names the disguises and calls earlier sets' errors led to), printed with ast.get_docstring,
and holdout83_lines.py and holdout84_lines.py only for their module docstrings, printed the same way (the file
format, the docstring style and the disguises and codes already used, to avoid repeating them; their lines and the
code below the docstrings were not read; the three docstrings were saved to the writer's own temporary folder and
paged through there with wc, cat, sed, a loop of greps counting thirty-five words and signs for the disguises and
codes planned here (most were not found; price stood in ordinary wording, regional once in a topic list and initial
in set 84's code by the pinyin initials' order, which is another code) and one grep showing the four lines that held
regional and initial, nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run
on this file, from the checkout's root). The benchmarks folder was not listed; this file's own path was once checked
for existence by its exact path (test -f) before it was first written; set 85's file was only checked for existence
by its exact path (test -f, before every run of the script; it existed at every run, and was always passed) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run. No slip to report: nothing outside these limits was
opened, listed or run. The lines were drafted in the writer's own temporary folder and written to this file by a
small script of the writer's own (which also turned digits and letters into the other scripts below, checked the
counts and the display widths and, over this set's own lines alone, their difflib ratios against each other), and
the similarity script then read it: it printed this set's lines and ratios, never the dumps' or the partner's lines;
it was run ten times: at the required floor of 0.49 and then at 0.47, to find the lines standing just below it, once
at 0.30 on the finished lines and once at 0.30 on the finished file with this docstring, only to read the highest
ratio per group for this docstring (no line changed after those runs). No line is copied from earlier sets or from
the training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest
0.466), against every line of the training dump at most 0.49 (highest 0.467), against set 85 at most 0.49 (highest
0.324 among the lines whose closest group it is; the script prints each line's highest ratio only, so a line closer
to a dump may stand a little nearer set 85, but under its own highest, at most 0.467), and no two lines of this set
exceed 0.49 against each other (the script showed 0.373 at most among the lines closest to this set; the writer's
own difflib check over this file's lines alone gives 0.347 for the closest pair).

Twenty-two lines were rewritten for similarity, three of them twice (twenty-five rewrites), each time with new
wording, not a synonym swap; two of the rewrites changed a code itself, not only its wording, and one a disguise;
one more edit, to an English line that had grown past the line length, only shortened it. In the first pass, at 0.49
and with set 85's file passed, nineteen stood at 0.49 or more (0.800 at most, a line telling members to dress warmly
as it turned colder, against the training dump), fourteen against the hold-out dump, four against the training dump
and one against set 85: five positives (a mobile with every digit taken from nine, 0.571 against set 85, which may
code alike, so it was dropped for a mobile in counting rods; a mobile with every digit raised by one, 0.548, dropped
for a QQ number taken from number idioms; a QQ number in the order of the solar terms, 0.559, and a mobile in the
order of the planets, 0.524, both reworded with the rule told another way and the planets' list put first; a
daughter's hair clips at the school gate, 0.554 against the training dump, now bows in front of a stationery shop)
and fourteen negatives (the cold weather; a parcel misdelivered to another block, 0.667; a quarrel over broken
glasses on a shoe cabinet, 0.653; a recommended optician by the lake, 0.621; a quarrel over chairs dragged at night,
0.619; a fake courier's claim for a lost bag warned of, 0.588; the English line asking where to replace a watch
strap, 0.567; a quarrel over a dog in a lift, 0.556 against the training dump; a member asking where to change a
watch battery, 0.553; "free perfume samples" warned of, 0.516; an SF waybill for a repaired watch, 0.543; a parcel
locker's pickup code for sunglasses, 0.542 against the training dump; a persimmon tree, 0.500; a quiet afternoon at
a shop's counter, 0.500). The chat lines and the quarrels that stood high were given new subjects (radish strips
taken by birds, rain and quilts, a lift under repair, a quiet counter's samples rearranged, a parcel blamed on a
neighbour, knocking at six in the morning, an air-conditioner dripping on a sill). In the second pass, at 0.49,
three: the fake-courier warning again (0.587, now a stall "purifying" silver into gold), rain and quilts (0.882) and
the lift under repair (0.710), both chat lines given new subjects again (modelling clay in a jewellery box, a
mother's dialect voice input); the English line was shortened then. A run at 0.49 then found none (0.487 at most).
In the third pass, at 0.47, three standing between 0.475 and 0.487: a watch lovers' QQ group (0.487), old gold for
new in Thai digits (0.475 against set 85, which may use the same digits, so they were changed to Gujarati ones, with
new wording) and a union's e-mail for badge designs (0.476). A run at 0.47 then found none (0.467 at most), and so
did one at 0.49, and runs at 0.49 and at 0.47 on the finished file with this docstring found none (the last run, at
0.30, only gave the figures above). Lengths run from 24 to 71 characters for the positives (the longest a list of
prices) and 14 to 45 for the Chinese negatives (the English lines 103 and 106). The lines are meant to be scored
once, blind; tuning on their errors would spoil them.

Set 86 focuses on jewellery, watches and accessories sold into groups: gold and silver jewellery (ancient-method
gold bangles with a spaced mobile and a name, a sister's gold shop with a mobile that is also her WeChat, 925 silver
with "V：", silver on a mini-program, old gold for new in Gujarati digits, gold live streams on the homophone 逗音,
gold earrings by an id from English words' initials, silver priced by a QQ in a price list's first digits, old
silver cleaned at the south gate on Saturday morning), custom rings (a studio by WeChat id, silver rings by Greek
lookalike letters νχ, resizing and soldering left at the writer's mother's shop), jade (a cousin's 抖音 live stream,
an uncle's jade shop by WeChat id, Hetian jade beads by 微 and a split 亻言, a bangle checked by a mobile in the
Mohs scale, an icy bangle shown at the writer's flat after eight), pearls (a mother's necklaces on 快手, pearl studs
on a short link, wholesale by e-mail, sea pearls in Myanmar digits, gems made to order by a QQ in birthstones, studs
from Zhuji ordered in the group), watch repair and second-hand watches (a repair shop's landline, a 400 line with a
key to press, the writer's Longines on 闲鱼, a watch lovers' QQ group, battery changes in Khmer digits, a Seiko on
闲🐟, old watches bought by a mobile in the planets, a retired father's repairs in a garage, the writer's Citizen
tried at the canteen door), glasses and sunglasses (sunglasses wholesale with a dashed mobile, a wife's frames shop
on 淘宝, driving sunglasses in Arabic-Indic digits, glasses on 淘💎, a sunglasses group-buy by counting rods, spare
polarised sunglasses at the guard room, a cousin's optician across from the market), handbags and their repair
(repairs on 小红书, a friend's leather-care shop, luxury bags bought up by WeChat id, vintage bags on 小纟工书, zips
and hardware by regional-indicator letters, repairs by a mobile with its odd and even places apart, bags left at a
dry cleaner's counter), perfume decants (a cousin's 拼多多 shop, decants by QQ, samples in superscript digits, a
split order by a QQ in solar terms, 5 ml decants ordered in the group), hair accessories (a 视频号 live stream,
wholesale on 快✋, a group order by a QQ in number idioms, bows in front of a stationery shop) and engraving (a
公众号 with a word to reply, a husband's laser engraving, stamps in Mongolian digits, a QQ hidden in sentences'
first characters, engraving at the writer's desk at lunch); beside ordinary chat in owners' and neighbourhood
groups, company work groups (an administration office, a union, a purchasing desk), a jewellery shop's own staff
group, family groups, a parents' class group, an alumni group and hobby groups (photography, running).

It keeps the mix real spam has: 24 lines plain or lightly disguised (gold bangles with a spaced mobile and a name;
custom rings with a studio's WeChat id; "抖音搜" a cousin's jade live stream; "快手搜" a mother's pearl necklaces; a
watch repair shop's landline; "闲鱼搜" the writer's own Longines; sunglasses wholesale with a dashed mobile; a
wife's frames shop named to search on 淘宝; "小红书搜" a bag repairer; a cousin's 拼多多 perfume shop; hair
accessories on a 视频号 with a private message; an engraving 公众号 with a word to reply; a silver mini-program to
search in WeChat; pearl studs on a short link, url.cn/…; wholesale pearls by e-mail; a watch repair 400 line with a
key to press; perfume decants by QQ; a sister's gold shop with a mobile that is also her WeChat; a friend's
leather-care shop with her mobile and name; 925 silver with "V："; a watch lovers' QQ group; a husband's laser
engraving with a mobile; luxury bags bought up by WeChat id; an uncle's jade shop by WeChat id), 14 moderately, with
disguises the docstrings read do not list (Gujarati digits ૧૮૬…; Khmer digits ១៥៨…; Myanmar digits ၁၃၃…;
Arabic-Indic digits ١٧٣…; superscript digits ¹⁵⁰…; Mongolian digits ᠑᠙᠙…; 信 split into 亻言, 微亻言; 红 split into
纟工, 小纟工书; the fish emoji for 鱼, 闲🐟; the hand emoji for 手, 快✋; the gem emoji for 宝, 淘💎; the homophone
逗音 for 抖音; Greek lookalike letters for vx, νχ; an id in regional-indicator letters, 🇧 🇦 🇴…) and 10 heavily, with
codes the docstrings read do not list (a mobile by the Mohs scale of hardness, talc as one and diamond's ten as
zero; a QQ number by the solar terms' order in the year, 立春 as one and 夏至, the tenth, as zero; a mobile as the
planets counted out from the sun, one character each, 水 as one, 冥 as nine and 日 as zero; a QQ number as the first
digits of a list of prices; a mobile given as its odd and its even places apart, to be interleaved; a mobile in
counting rods, 𝍠𝍧𝍨…, a bar on top as five; a QQ number by birthstones' months, garnet as one; a QQ number hidden in
the first characters of eight short sentences; a WeChat id as the initials of an English sentence in lower case with
a number added; a QQ number as the numbers in eight idioms, 一帆风顺 三顾茅庐…) and 12 subtle (an offer with a call
to action only, none quoted by the docstrings read): old silver cleaned at ten a piece at the estate's south gate on
Saturday morning; a retired father's watch repairs, batteries at fifteen, watches taken to his garage in building 7;
engraving at twenty a piece at the writer's desk at lunchtime; an icy jade bangle at three thousand eight hundred,
seen at the writer's flat after eight; pearl studs from Zhuji at thirty-five a pair, numbers replied in the group
and brought to the office on Friday; spare polarised sunglasses at sixty left at the guard room, paid to the guard;
bags repaired from eighty, left at a dry cleaner's counter for the writer; 5 ml perfume decants at thirty, chosen in
the group in the afternoon and brought to the office; a daughter's bows at eight in front of a stationery shop after
school on Friday; the writer's Citizen at four hundred, tried on at the canteen door at noon; a cousin's optician
with free eye tests, the writer found there on Sunday; rings resized and chains soldered from twenty, left in a bag
at the writer's mother's shop. About a dozen positives are written the way members casually sell in a group (a
cousin's jade stream, a mother's pearls, a wife's frames shop, a cousin's perfume shop, a sister's gold shop, a
friend's leather-care shop, a husband's engraving, an uncle's jade shop, a daughter's bows, a retired father's
repairs, the writer's own Longines, Citizen, bangle and sunglasses).

- `POSITIVE_86` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_86` (100 lines): 20 that look dangerous at first sight (a jeweller's invoice number kept for the
  warranty in a family group, an SF waybill for a watch back from a service centre, a watch movement's calibre
  number, the gold price on 中国黄金's official 公众号, an optician's receipt number, a watch supplier's mobile
  passed to purchasing by the administration office, a 淘宝 order number for missing hair clips, a necklace already
  paid at a counter and claimed as expenses, a customer's ring size and the last four digits of her mobile in a
  jewellery shop's staff group, a diamond report's number, a 拼多多 refund number for sunglasses, a 12315 complaint
  number about a gold shop's weights, a parcel locker's code for sunglasses, a 京东 order number for reading
  glasses, a 小红书 note on gold fineness passed on, a pearl necklace's repair slip, a union's e-mail for badge
  designs, a watch warranty card's serial number, Ray-Bans bought on 闲鱼, a goldsmith's 抖音 video); 10 members
  asking or recommending (a watch battery, an ancient-method or a plain gold bangle, an optician recommended, a
  broken bag strap, perfume decants online, hairbands for a schoolgirl, an engraving stall recommended, jadeite A
  and B grades, polarised sunglasses for fishing, words engraved in a wedding ring); 10 warnings quoting or
  describing the scam or ad ("黄金回收价比金店高三十", "原价八千的名表，海关罚没只要九百", "翡翠一元起拍", a free
  jewellery-cleaning stall that "mends" chains, perfume samples free but for postage, a stall "purifying" silver
  into gold, "珍珠养殖基地直供，一斤两百", "手表寄过来免费检测", "镜片全场一折", a fake Hermès bought second-hand);
  17 lines with numbers that are not contacts (a bangle's grams and the gold price, a watch losing forty seconds, a
  prescription, a bangle's size, ten years married, pearls of 8 and 9 mm, a six-year-old bag, 100 ml of perfume,
  fifteen lost hair ties, 100 m water resistance, reading glasses' strength, a queue at a gold shop, engraving paid
  for, an alumni class's silver badge, photos of a child in sunglasses, a bangle's weight, a watch's power reserve);
  7 organisers' and admins' own notices (a group rule banning gold buy-back, jade live-stream, replica watch and bag
  and perfume-decant ads, an account removed for selling silver in private chats, a shop manager's stock-take of
  gold, volunteers cleaning old people's glasses in the activity room, a class teacher's bead-bracelet craft lesson,
  an annual party's first prize, an alumni reunion's pins); 27 lines of everyday chat (some about a grandmother's
  silver bangle, forgotten sunglasses, a lost necklace found in a car, a grandson and reading glasses, meetings,
  canteen pork, radish strips taken by birds, a heart rate on a morning run, a butterfly hair clip, a grandmother's
  dowry earrings, a ring and a cat, glasses on a father's head, modelling clay in a jewellery box, a sports day, an
  old bag holding yarn, a class monitor's Shanghai watch, a power cut, too much perfume, a jade pendant, a mother's
  voice input, shoelaces, a hair clip blown away, a quiet counter, tidy ring trays, pearls photographed close up, a
  sun hat, a canvas watch strap); 5 heated arguments without any selling (a parcel blamed on a neighbour, clothes
  hung in a stairwell, gold called fake, knocking at six in the morning, an air-conditioner dripping); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_86 = """
足金手镯、古法金吊坠都有现货，按当天金价加工费另算，要看款的打139 2604 7715，找小周
定制对戒，内圈刻名字刻日期都行，工作室微信 ringlab_lin，图发过去三天出稿
我表哥在瑞丽做翡翠直播，晚上八点开播，抖音搜“瑞丽阿坤翡翠”，镯子有捡漏价
诸暨的淡水珍珠，我妈自己串的项链，快手搜“珠妈手作”，群里的说一声包邮
名表维修保养，换电池洗油换表镜，店里电话0571-8862 3490，文三路口那家
闲置一块浪琴名匠，16年买的，盒子证书都在，闲鱼搜“老陈的表柜”就能看到
墨镜批发，厂家直出一副起拿，做带货的也能供，电话188-0571-6623
老婆在淘宝开了个眼镜框小店叫“方框眼镜铺”，配近视片送清洗液，淘宝直接搜店名
包包掉皮补色、换五金，修前修后对比都发在小红书了，搜“修包的阿May”
表妹在拼多多做香水分装，大牌5ml小样，拼多多搜“小瓶子香氛馆”，新人有券
手工发夹发圈每天更新，视频号“晚晚的发饰”晚上直播，喜欢哪款私信我留
打火机、钢笔、保温杯都能刻字，关注公众号“一刀刻字”，回复“价目”看价格
银饰新款上了，微信小程序搜“银匠小铺”下单，同城当天送到
珍珠耳钉今晚秒杀，点链接 url.cn/8KzQ2m 进去拍，拍完截图给我
批发澳白和大溪地珍珠，量大的把要求发邮箱 pearlwu@163.com，报价当天回
手表进水走时不准都能修，全国服务热线400-820-5177，按2转维修
香水分装接单，香奈儿迪奥祖玛珑都有，Q 2385716094 备注群名
我姐的金店搬到步行街了，旧金换新不收工费，她手机15867732081，也是微信
朋友开的皮具护理店，包包洗护上色，找她就说是群里的：177 1806 4329 王丽
925银手链、耳坠工厂价，V：yinshi_8866，朋友圈每天上新
玩表的来我们Q群 768203915 一起交流，平时群里有人转让二手表，申请时写上你戴的型号
我老公做激光刻字，戒指内圈、手镯、狗牌都能刻，有需要打他电话 13506528817
回收二手奢侈品包包，LV古驰爱马仕都收，可以上门估价，微信hsp_recycle
我舅在四会开玉器店，手镯挂件源头价，要的加他微信 sihui_jade88，报我名字
旧金首饰拿来换新款，克价比银行还低点，打 ૧૮૬ ૭૨૩૦ ૫૪૧૯ 问当天价
修表换电池十块钱一次，可以上门取表，号码 ១៥៨ ៣៩០៦ ២៧៤៧
海水珍珠项链清仓，七毫米正圆，要的打 ၁၃၃ ၀၈၅၂ ၆၉၁၄
偏光墨镜开车戴的，成本价出了，电话١٧٣ ٤٤٠٢ ٨١٥٦
香水小样十种味道一套，试完再买正装，联系¹⁵⁰⁶⁸⁸²³⁰⁷⁴
手工刻章刻字，印章木牌书签都做，手机 ᠑᠙᠙ ᠕᠘᠒᠐ ᠓᠓᠖᠑
和田玉籽料手串，家里收藏的几串匀出来，微亻言：hetian_xu0519
中古包包每周上新，想淘货的去小纟工书搜“中古盒子”
二手精工机械表，走时准，表带九成新，闲🐟搜“表叔的抽屉”
发饰批发一元起拿，快✋搜“义乌小花发饰”，批发价直播
近视配镜镜片送膜，淘💎搜“明视眼镜”，学生证再减二十
金银首饰直播每晚有福袋，逗音搜“金姐说金”点关注
定制925银戒指，刻名字刻指纹都行，νχ：silverfox_77
包包修复换拉链换五金，微信号：🇧 🇦 🇴 🇽 🇮 🇺 19
帮看玉镯真假，电话按莫氏硬度写（金刚石10算0）：滑石 黄玉 正长石 方解石 石英 石膏 金刚石 磷灰石 滑石 刚玉 萤石
想拼香水分装的加我Q，节气在一年里排第几就是几，排第十的夏至算0：雨水 立春 芒种 清明 春分 谷雨 小满 惊蛰 立夏
水地冥日土金海火天木水——这串是我收旧表的手机，行星由近到远数，水星是1，冥王星是9，日头当0
银饰接单，Q号是下面每个价的头一位：银戒380 耳钉150 手链620 吊坠490 发簪260 胸针730 脚链110 耳夹850 手镯990
修包的电话拆开写：单数位1 5 2 8 3 1，双数位3 7 9 0 6，交叉拼回去就是
墨镜团购报名，手机号用算筹摆的，竖几根就是几，上面一横当五，〇是0：𝍠𝍧𝍨𝍥𝍣𝍡𝍦𝍢𝍤𝍠𝍨
宝石定制，Q号用诞生石的月份写（一月石榴石是1）：紫水晶 祖母绿 橄榄石 海蓝宝 石榴石 红宝石 珍珠 钻石 蓝宝石
刻字接单，Q号藏在每句头一个字：三天出货，一字五元，九点前下单，二次免费，七日包退，五折开业，八折续单，六色可选
手工金耳环，加微信，号是这句每个词的首字母小写再加26：Gold Earrings Made Lovingly In Ningbo
发饰拼单，Q：一帆风顺 三顾茅庐 八面玲珑 四海为家 二话不说 七窍生烟 六神无主 九霄云外，取成语里的数
周六上午我在小区南门摆个小桌，旧银镯子旧耳环拿来洗，一件十块，洗完跟新的一样
我家老头子修了四十年表，换电池十五，洗油一百二，表拿到7栋一楼车库找他就行
刻字的找我，中午十二点半到一点在我工位，钥匙扣保温杯都是二十一个
一只冰种飘花镯子，圈口56，家里人戴不了，三千八，想看的晚上八点后来2单元602
我妹从诸暨批回来一箱珍珠耳钉，一对三十五，要几对在群里回个数，周五带到公司
店里多出二十几副偏光墨镜，六十一副，放传达室了，拿的时候把钱交给门卫刘师傅
我在楼下干洗店帮人修包，掉皮的、拉链坏的交给前台说找小何，一个八十起，下周三取
香水分装5毫升三十块，要哪几款今天下午在群里报，明早我拿到办公室
闺女手工缠的蝴蝶结攒了一整盒，八块一个，这周五放学后她在学校对面文具店门口摆，喜欢的带孩子去看看
我那块用了三年的西铁城光动能，四百出，明天中午食堂门口可以试戴
表姐的眼镜店搬到菜场对面了，验光不要钱，周日我在那边帮忙，直接过去找我
戒指改圈口、断链焊接都能做，东西装小袋写上名字放我妈的小卖部，三天后去拿，二十起
"""

NEGATIVE_86 = """
周大福的发票号是0342 7781，保修要用，我拍在家庭群相册了，别再问了
维修中心回寄走的顺丰，运单SF1409 8823 7716，物流显示已经到杭州转运中心
修表师傅说机芯是2824，问我要不要整个换掉，我还在犹豫
中国黄金的官方公众号上看了，今天足金挂牌价每克812，比上周涨了十块
眼镜店回执单号YJ2026110387，下周二取镜，谁顺路帮我拿一下
行政部：年会抽奖手表的供应商是王经理，138 1120 4498，采购小张对接一下
淘宝订单号3921 5677 0184 2236，发夹少发了两个，已经找客服补发了
项链在专柜刷卡付过了，2680，发票开的公司抬头，明天找财务报销
上午那位客人的戒指圈口是14号，手机尾号6621，到货记得通知她
鉴定证书编号GIA 2215834076，官网能查到，放心戴
拼多多退款编号2511 2406 1893，那副墨镜退了，钱三天内原路回
金店克价虚标的事12315我已经打了，受理号1125 0087，等他们回复
丰巢短信里的码是60231，墨镜放在北门那组柜子，爸你散步时顺手拿一下
京东买的老花镜订单尾号5172，妈你收到了说一声
小红书那篇讲金饰成色怎么看的笔记挺实用，买金前可以翻翻
珍珠项链的维修单ZB00387我放抽屉里了，周四你下班顺路去取
纪念徽章是工会统一定做的，想改尺寸或图案的写好发 gonghui@zjtd.cn，这周五前
表的保卡序列号A7K0 3392，售后电话印在保卡背面，你自己打过去问
闲鱼上买的那副雷朋到了，验过是真的，卖家很爽快，九十块没亏
抖音刷到老师傅手工打金的视频，一看就看了半小时，手艺真好
卡西欧停了两天，我猜是没电了，咱们这片哪儿有修表摊？
想给我妈买个金手镯当生日礼物，古法金和普通足金选哪个好
配眼镜可以去文二路那家老字号，师傅查得细，也不硬推贵镜片，我家一直在那配
包的肩带断了，这种能修吗还是直接换一根，懂的说说
问一下，网上香水分装靠谱吗，怕买到兑了水的
给女儿挑发箍，绒面的和珍珠的哪种小学生戴更合适
商场二楼那个刻字摊不错，我给爸刻的钢笔字很清楚，价格也公道
翡翠A货B货怎么分，有懂行的群友吗，婆婆送了一只不敢戴
偏光墨镜和普通的区别大吗？想买一副钓鱼戴
婚戒内圈想刻字，刻英文还是刻日期好，过来人给点意见
注意，有人私加说“黄金回收价比金店高三十”，上门称重时做手脚，别信
又看到“原价八千的名表，海关罚没只要九百”，这种全是高仿
直播间喊“翡翠一元起拍”的，拍下来运费鉴定费要几百，我同事刚被坑
小心那种免费洗首饰的摊子，洗完说你金链子断了要焊，一焊就是几百
说专柜小样白送、只收运费的那种别信，我收到一看是三无香精，涂完手腕起红疹
小区门口那个说能把旧银镯子“提纯成足金”的摊位别去，我姑拿去一圈，回来少了好几克
别信“珍珠养殖基地直供，一斤两百”那种，塑料珠涂的层，一擦就掉
说“手表寄过来免费检测”的，寄过去就说机芯坏了要换，不换不退表
“镜片全场一折”那个传单是引流的，进店就推两千多的镜片
朋友在二手平台买了个说是九五新的爱马仕，鉴定是假的，卖家早拉黑了
金价又涨了，三年前买的镯子三十二克，现在能多值六千多
这块表一天慢四十秒，师傅说要调一下游丝
近视又深了，左眼475右眼500，还多了点散光
婆婆那只翡翠镯子圈口54，我手腕粗戴不进去
结婚十周年了，十年前的戒指现在戴着有点紧
珍珠8毫米和9毫米看着差挺多，柜台一比才知道
这个包背了六年，边角都磨白了，还能再背两年
香水一瓶100毫升，我一年都用不完一半
女儿一年弄丢了十五个发圈，我算服了
我的表防水100米，游泳戴着都没事
爸的老花镜从150换到了250，这两年眼睛退得快
金店门口排了二十多个人，都是来买金豆的
刻字三块一个字，我们俩名字加日期一共十一个字，已经付了
我们96级毕业快三十年了，去年聚会每人发了一枚银质校徽
这个月手机里拍了三百多张娃戴墨镜的照片，笑死
这个镯子58克，戴一天手腕都酸
机械表上一次链能走42小时，周末不戴周一就停了
群规补充：本群禁止发黄金回收、翡翠直播、高仿表包、香水分装等广告，发一次踢
刚才私聊推销银饰的那个账号已经移出本群，再有私聊卖东西的直接截图给我
店长：明早九点盘点柜台金饰，各人负责自己的柜，克重逐件核对
业委会：下周六志愿者来小区免费帮老人清洗眼镜、调鼻托，在活动室
班主任：周三手工课做串珠手链，请家长给孩子准备一根弹力线，其他材料学校发
行政：年会一等奖定了是一块机械表，各部门周五前把节目报上来
校友会：本月聚会在母校礼堂，纪念胸针现场发，每人一枚，不另收钱
今天戴了奶奶留下的银镯子，同事都说款式老但好看
出门忘了戴墨镜，太阳晃得眼睛都睁不开
老公送的项链扣坏了，一上午才发现没了，幸好掉在车里
小孙子把我的老花镜当玩具，镜腿都掰歪了
下午的会开到六点，腰都坐断了
食堂今天的红烧肉有点咸，明天还是吃面吧
阳台上晒的萝卜干被鸟叼走了好几根
早上跑了五公里，手表显示心率一百六，有点吓人
闺女非要戴她的蝴蝶发卡去上学，说全班就她的最亮
周末回老家，外婆拿出她陪嫁的金耳环给我看，说以后留给我
洗碗时把婚戒摘了放窗台上，差点被猫扒下去
爸又把眼镜推在头上满屋子找眼镜
儿子把橡皮泥塞进了我的首饰盒，两对耳钉上全粘的绿色
儿子运动会跑了个第三，回来得意得不行
那只旧包我拿来装毛线了，大小正合适
同学聚会上老班长还戴着那块上海牌手表，说是他爸留下的
家里突然停电了，有谁家也停了吗
香水喷多了，电梯里被邻居看了一眼，好尴尬
婆婆送的玉坠我天天戴着，夏天贴着皮肤凉凉的
老妈学会用语音输入了，今天发来一段三分钟的，方言转出来全是乱码
女儿今天终于学会自己系鞋带了
骑车上班风太大，头发全乱了，发夹还吹飞了一个
今天下午柜台就来了两个看链子的，闲得把样品全重新摆了一遍
新来的小姑娘把戒指托盘摆得特别整齐，表扬一下
今天试拍了一组首饰微距，珍珠的光泽真难拍
周末陪我妈去湖边走走，她戴着新遮阳帽，说比墨镜舒服
我那块表的表带换成帆布的了，夏天不闷手
你在群里说我拿了你家门口的快递，监控都调出来了不是我，道歉呢？
说了多少次别在楼道晾衣服，你那一排衣架挡得人都过不去
凭什么说我戴的是假金？你看过发票吗就在群里乱讲
每天早上六点你家阳台就开始敲东西，说了两次还这样，是故意的吧
空调外机滴水滴到我家窗台上一整个夏天，找你三回都说没空修？
Running club question: has anyone had a GPS watch strap replaced locally, or is ordering online easier?
Just a heads-up for Friday's class trip: kids should bring sunglasses and a hat, it will be sunny all day.
外婆那對老銀耳環洗乾淨了，戴起來還是很好看
今天眼鏡店排隊排了一個小時，驗光師說我度數沒變
"""
