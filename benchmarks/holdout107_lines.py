"""Hold-out set 107 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-106 (holdout_data.py's docstring covers sets 1-104; sets 105 and 106 are described
in their own docstrings, which were read here), at the same time as set 108 (written by another helper; this set was
checked by the same script against set 108's lines as they stood at each run from the second on, unread), and kept
unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no
qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout105_lines.py and
holdout106_lines.py were opened only for their module docstrings, printed with ast.get_docstring by the checkout's own
Python straight into the writer's own temporary folder (made with mktemp -d), counted there with wc and paged with sed
and cat, and searched there with grep for the names of candidate disguises and codes (the labelling rules, the history
and topics of sets 1-106, the file format, the docstring style and the disguises and codes already used, to avoid
repeating them; their lines and the code below the docstrings were not read). The docstrings of sets 99-104 were not
read, so a disguise or code they list and holdout_data.py does not may be repeated here unknowingly. pyproject.toml was
not opened (ruff format and ruff check were only run on this file, from the checkout's root). The benchmarks folder was
not listed; set 108's path was checked with test -f before every run of the script (it did not exist at the first run,
which was made without it, and existed at every later run, to which it was passed); set 108's file was only loaded by
the similarity script, which never printed its lines. The folder holding the similarity script and /tmp/prompts were not
listed and no file in them was opened; the script was only run. One slip to report: before this file was first written,
the existence of this file's path and set 108's was checked once with ls on those two exact paths instead of test -f (it
answered only that neither existed; no folder was listed and nothing else was shown). Nothing else outside these limits
was opened, listed or run. The lines were drafted as Python lists in the writer's own temporary folder, with a helper
module there that turned digits into the other scripts below and spelt out the coded numbers from their tables, and
written to this file by a small script of the writer's own (which also checked the counts per kind, that no line repeats
and the absence of triple quotes, backslashes and line breaks); small scripts made the rewrites from lists of
replacements, another wrapped this docstring to 120 columns of display width, and one-line scripts printed the converted
digits, the coded lists, the weekdays of four dates, the lines' lengths per kind and the highest difflib ratio between
this set's own lines in the writer's drafts; a one-line check with the checkout's Python loaded this file alone, to
count its lines per constant and print its docstring's first line.

The similarity script read this file: it printed this set's lines and ratios, never the earlier sets', the training
lines or the partner's; it was run six times, every time at the default floor of 0.47. No line is copied from earlier
sets, from the training lines or from set 108: at the end no line of this set has a highest difflib ratio at or above
0.47 against any earlier hold-out line, any training line, set 108's lines or this set's other lines (the script printed
no line in the last three runs, so every highest ratio is under 0.47, and under 0.49 too; among this set's own lines the
highest ratio is 0.348). In the first run, without set 108's file (which did not exist yet), twenty-five lines stood at
0.47 or more (0.723 at most, an argument over a canteen's food, since replaced by an argument over who always picks the
restaurant): six positives (a QQ by English month abbreviations, 0.582, a mobile in French number words, 0.552, and one
by playing cards, 0.508, all three replaced by other codes; a mobile written backwards, 0.507, given a new subject and
wording; beef-tallow hotpot base left at a property desk, 0.500, replaced by mushroom beef sauce left on a front-desk
cabinet; a bakery's mini-program, 0.486, reworded with a new shop and delivery terms) and nineteen negatives (five of
the dangerous-looking lines: a dinner's invoice, a 12345 ticket over food poisoning, a 京东 waybill for liquor, a 顺丰
waybill for mooncakes, a gas leak's repair line; seven chat lines: a son who wants to be a cook, a bun shop closed, a
noodle shop's queue, the winter solstice, a box of cured pork, a farm-stay's chicken, salty aubergines; two number
lines, a check-up's date, 0.605, and steps walked; two warnings, a review card's cash-back and a free steak tasting; a
chamber's annual dinner; the English line about a birthday dinner, 0.498). All twenty-five were rewritten with new
wording and mostly a new subject, not a synonym swap. In the second run, with set 108's file, three stood at 0.47 or
more (0.571 at most, the cured pork's first replacement, a grandmother's medicinal wine, replaced in turn by a
colleague's first 螺蛳粉): that line, the month code's first replacement (0.478, reworded with a new framing and a note
on the zero) and the heavenly-stems line (0.489, not flagged in the first run, so near a line of set 108 or of this set;
given a new framing and a new number). In the third run two stood at 0.47 or more, neither flagged before (so near set
108's lines as they then stood): a mobile in Roman numerals (0.538), replaced by the billiard-ball code, and cake sizes
per number of guests (0.500), replaced by a steamed perch. Twenty-eight lines were rewritten for similarity, thirty
rewrites in all, two lines twice, none by a synonym swap; the billiard line's name for the ninth ball was also made
plainer before the fourth run. In the fourth run none stood at 0.47 or more, and the fifth and sixth runs, on the file
with this docstring after ruff format (the sixth after the docstring's last edit), found none at 0.47 or more either.
Lengths run from 27 to 81 characters for the positives (the longest the dish-name code) and 13 to 53 for the Chinese
negatives (the English lines 147 and 140, the traditional ones 22 and 24). The lines are meant to be scored once, blind;
tuning on their errors would spoil them.

Set 107 focuses on restaurants and food service sold into groups: restaurants and their private rooms (the writer's
Hunan restaurant with a mobile, a tea house's dim sum by a landline, a cousin's hotpot on 大众点评, a seafood 大排档 by
微亻言, a restaurant's banquets by dish names, a palace-cuisine restaurant by dynasties, a billiards diner by ball
colours, the family's room free for a code phrase), takeaway and delivery (a noodle shop on 美团, a sister's dumplings
on 饿了么, 黄焖鸡 on 鹅了么, breakfast to desks in Bengali digits, milk tea in Lao digits), canteens and catering for
offices (office lunches by a 400 line, canteen contracting by e-mail and by heavenly stems, a community lunch card in
circled letters, site box lunches by a shifted id, the writer's own box lunches by 接龙), bakeries and cake shops
(home-made fondant cakes with a QQ, a bakery's mini-program, birthday cakes in subscript digits, a brother's cakes at a
school gate, a baking group-buy by 君羊), milk-tea, tea houses and coffee shops (a milk-tea franchise by a short link, a
friend's café on 小红书, a tea house's 公众号, coffee beans by old month names, a tarot dessert house, a milk-tea shop's
perk and its transfer, a lakeside tea house), hotpot and barbecue (a husband's barbecue with a WeChat id, hotpot base in
double-struck digits, roast lamb with a Cyrillic id, a night-market skewer stall), liquor, wine and beer sellers
(Bordeaux with "V：", craft beer with a mobile that is also WeChat, 酱香 in a 微店, sorghum liquor in counting-rod
numerals, a craft-beer franchise by the NATO alphabet, osmanthus rice wine, a sister's craft beer), group buying of food
(a frozen-food QQ group, a sister's 螺蛳粉 on 淘宝, cured sausages on 拼多多, an uncle's beef live on 抖音, yak jerky in
Tibetan digits, braised trotters on 筷手), a chef for hire (a private chef on 视频号, a Sichuan cook in Devanagari
digits, a husband's home banquets, a brother's banquet cooking on 快手), food franchises and shop transfers (a fast-food
shop's transfer with a dashed mobile, a used oven on 闲鱼); beside dinner invoices, takeaway orders and refunds,
waybills, booking codes, health certificates, a licence number, hotlines and a canteen contractor's mobile passed on for
work, members asking for a private room, a cook, a caterer or a halal restaurant, food scams warned of, and ordinary
chat in company work groups, family groups, parents' class groups, estate owners' groups, alumni groups, a hiking group
and a chamber of commerce.

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's Hunan restaurant's private rooms with
a mobile and the group's name for a free dish; a husband's barbecue catering with a WeChat id; home-made cakes with a
QQ; a tea house's dim sum by a landline with an area code; office lunches by a 400 line with a key to press; canteen
contracting by e-mail; a milk-tea franchise by a short link, t.cn/…; a sister's 螺蛳粉 to search on 淘宝 with three yuan
off for group members; the family's noodle shop on 美团 with a new customers' discount; a sister's dumpling shop on 饿了
么; a cousin's hotpot on 大众点评 with a free dessert; an uncle's sauce beef with a 抖音号; the writer's café to search
on 小红书; the family's cured sausages on 拼多多; a brother's banquet cooking with a 快手号; a private chef on 视频号; a
tea house's 公众号 with a word to send; a bakery's mini-program to search; a frozen-food group-buy by its QQ group
number; a used commercial oven on 闲鱼; Bordeaux wine with "V："; a fast-food shop's transfer with a dashed mobile;
craft beer with a mobile that is also WeChat; 酱香 liquor in the writer's 微店), 14 moderately, with disguises the
docstrings read do not list (Devanagari digits १५८…; Bengali digits ১৩৭…; Lao digits ໑໘໙…; Tibetan digits ༡༣༥…;
mathematical double-struck digits 𝟙𝟟𝟛…; subscript digits ₁₃₈…; counting-rod numerals with 〇 for zero, 𝍠𝍤𝍨〇…; Cyrillic
letters shaped like Latin ones in a WeChat id, ѕһаокао…; small capitals for vx and an id, ᴠx：ᴍᴀʟᴀ…; circled small
letters for vx and an id, ⓥⓧ ⓣⓤⓐⓝ…; the homophone 鹅了么 for 饿了么; the homophone 筷手 for 快手; 群 split into 君羊; 信
split into 亻言, 微亻言) and 10 heavily, with codes the docstrings read do not list (a mobile by the heavenly stems, 甲
as one and 癸 as zero; a mobile by the numeral opening each of a list of dish names, 十全大补汤 as zero; a QQ by the old
names of the lunar months, 端月 as one and 阳月 as zero, with 扣扣 for QQ; a mobile by the numbers of the tarot's major
arcana, 愚者 as zero; a mobile by the order of the dynasties, 夏 as one and 元 as zero; a mobile by billiard-ball
colours, 黄 as one and the white cue ball as zero; a WeChat id spelt in the NATO phonetic alphabet; a mobile written
backwards; a WeChat id with every letter shifted one on; a mobile by the old merchants' code 由申人工大王夫井羊非, 由 as
one and 非 as zero) and 12 subtle (an offer with a price or a call to action only): the writer's braised duck necks at
thirty-eight a box at an estate's east gate on Saturday morning; a husband's home banquets at four hundred and eighty
for eight dishes and a soup, dates replied in the group; the family's milk-tea shop opposite the office, free toppings
for the department's name at the counter; the writer's osmanthus rice wine at sixty a jin, poured into bottles brought
to the writer's desk on Friday; the family's restaurant room for fourteen, its room fee waived for the code phrase of an
estate's phase; the writer's box lunches at eighteen, ordered by 接龙 before ten and brought to a tea room; the writer's
skewer stall at the night market, twenty per cent off for old classmates naming their class; a brother's eight-inch
cakes at a hundred and twenty-eight, ordered under the message and handed over at a school gate; the writer's milk-tea
shop transferred with its equipment for sixty thousand, seen at the shop after eight; a sister's craft beer at
twenty-five a litre, a tasting glass for the first five replies; the writer's lakeside tea house, the first hour free to
alumni on Sunday afternoon; the writer's mushroom beef sauce at twenty-five a jar on a front-desk cabinet, paid after
taking. About a dozen positives are written the way members casually sell in a group (the writer's own or the family's
restaurant, café, sausage workshop, oven, 微店, duck necks, rice wine, box lunches, skewer stall, milk-tea shop, tea
houses and beef sauce; a husband's barbecue and home banquets; a sister's 螺蛳粉, dumplings and craft beer; a brother's
banquet cooking, braised trotters and cakes; a cousin's hotpot; an uncle's sauce beef; the family's noodle shop, 黄焖鸡,
seafood 大排档 and braised food stall).

-   `POSITIVE_107` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_107` (100 lines): 20 that look dangerous at first sight (a 美团 order's tail for a wrong dish, an 饿了么
  refund's number, a 邮政 waybill for yellow wine, a complaint's number at the market regulator for food poisoning, a
  year-end dinner's e-invoice, a canteen contractor's manager's mobile passed on for work, a canteen committee's 腾讯会
  议 number, a private room's confirmation code, a hotpot queue's number, two kitchen helpers' health certificate
  numbers, a shop's food-business licence number, a private room's Wi-Fi name and password, a 中通 waybill for 粽子, the
  120 line for an allergy at a New Year's Eve dinner, a New Year's Eve dinner's booking number, an admin mailbox for
  lunch orders, the 110 line at a barbecue stall's fight, a restaurant lift's 96333 line, a cake's pick-up code, a
  rider's virtual number with an extension); 10 members asking or recommending (a private room for twelve, a bakery's
  Basque cheesecake recommended, a cook for a father's seventieth, sugar-free milk tea, a hotpot's fresh tripe
  recommended, catering for a fifty-person training, yellow wine for braised pork, dim sum for parents with a lift,
  milk-tea franchises, a halal restaurant for a colleague); 10 warnings quoting or describing the scam or ad ("零元加
  盟，总部包装修包运营" with a brand deposit, a fake 美团 service call, "代订网红餐厅位子" paid and then blocked, "特价
  土蜂蜜" that is syrup, "茅台原箱出" in private chat, a fake rider asking for a code, a buffet's "充一千送五百" before
  it closed, "店铺转让零转让费" with a viewing fee, "霸王餐体验官" with a deposit, "九块九抢两百元火锅代金券" phishing);
  17 lines with numbers that are not contacts (a dinner's bill split, weight gained, a canteen's price rise, a
  takeaway's minutes, dumplings made, a milk tea's calories, a basketball score, a New Year's Eve dinner's dishes, an
  oven's heat and time, bottles of beer, a daughter's mark, a queue's numbers, coffee beans' price, a child's bowls of
  rice, a steamed perch's minutes, milk teas at half price, a freezer's temperature); 7 organisers' and admins' own
  notices (a canteen closed for renovation with a meal allowance, a class group's admin against takeaway and cake-shop
  promotion, a property ban on balcony barbecues, an alumni dinner's AA sign-up, a chamber's meeting and lunch at a
  member's tea factory, a hiking group's lunch, a grandfather's birthday lunch); 27 lines of everyday chat (egg-drop
  soup without egg, a niece's first fried egg, a pancake stall closed for a day, a wish for hotpot in the rain, a
  swapped oat latte, shepherd's-purse wontons, a loaf like a brick, a pressure cooker against a clay pot, a durian in
  the office fridge, pickled cabbage in a warm year, coriander despite the note, a neighbour's chillies, a colleague's
  first 螺蛳粉, a reunion's pickled-cabbage fish, too much milk tea, burnt cola wings, a canteen's tomato and egg, cheap
  crabs, egg tarts for tea, sashimi, a grandfather's congee, a greasy sink, a food documentary, a canteen lady who
  remembers, a Thai restaurant's tom yum, dumplings and a floury dog, snow and instant noodles); 5 heated arguments
  without any selling (one member always picking Sichuan restaurants, a ground-floor shop's cooking fumes, a short AA
  transfer, milk tea bought for a child against the rule, dog-meat photos in the group); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_107 = """
我家在开发区开的湘菜馆新装了三个包间，最大坐十六人，公司聚餐订座打我电话13907318426，报群名送一盘剁椒鱼头
老公的烧烤摊现在接公司团建上门烤，肉串现穿，木炭自带，档期加他微信zhou_kaochuan问
自己在家做的翻糖和奶油蛋糕都能定制，生日、满月、开业的都做过，图片多，加QQ 2847519036看相册
我们茶楼早茶点心新换了一批师傅，虾饺烧卖都是现包，订位电话020-8762 3419，十人以上送一壶普洱
写字楼团餐配送，两荤两素一汤十八元起，公司订餐统一打400-618-2739转2号键，试吃一周不满意不收费
本公司承接机关、工厂食堂托管，厨师和帮厨全套派驻，需要方案和报价的发邮件到shitang_tuoguan@163.com
自创奶茶品牌招合伙人，单店投入十二万起，技术配方全教，加盟政策看这个 t.cn/A6xKp2Qz
我姐在柳州做螺蛳粉三年了，酸笋自己腌的，淘宝搜“阿珍柳州螺蛳粉”，拍下备注群友再减三块
我家牛肉面馆上美团外卖了，店名“老谭牛肉面”，这个月新客满三十减八，写字楼三公里内都能送
二姐的东北饺子馆在饿了么上叫“王二姐手工水饺”，酸菜猪肉和三鲜的卖得最好，晚上十点前都接单
表哥在南坪开的重庆火锅，大众点评搜“蜀渝老灶火锅”，收藏店铺到店送冰粉，锅底是他自己炒的
小舅每天晚上八点在抖音直播卤牛肉，抖音号laoliu_jiangniu，直播间拍三斤包邮
我和朋友在老城区开了家小咖啡馆，手冲豆子都是我们自己烘的，小红书搜“巷尾咖啡Alley”有菜单
我家作坊的广式腊肠今年灌好了，拼多多店铺叫“陈记腊味坊”，五斤装比超市便宜一截
我弟在老家专做流水席大锅菜，一百桌也能包，快手号dgc_xiaowu2019，视频里都是他现场做的
接上门私厨，四人到二十人家宴都做，每周在视频号“厨子阿彬”直播做菜，想约档期直播间留言
我们茶馆的公众号叫“半山茶事”，关注后回复“会员”领首次包间半价券，周末下午还有古琴
我家面包房上了小程序，微信搜“小麦与炉”进去点，工作日下午三点前下单当天配送
附近几个小区拼单买冻品的QQ群：613728459，牛排鸡翅虾仁都是批发价，进群备注楼号
店里撤下来一台三门商用烤箱，九成新，闲鱼挂了，搜“老周烘焙设备转”，同城自提
庄园直供的波尔多红酒到了一批，原瓶进口有报关单，单位年会用酒找我，V：jiuzhuang_lee
因家里有事，科技园旁边六十平的快餐店整体转让，设备齐全客源稳定，转让费面议，电话138-2746-9153
自家酿的精酿啤酒，IPA和小麦都有，五升桶装送酒头，团购找我，186 5270 3948同微信
老家酒厂出的纯粮酱香，五十三度，自己开了个微店“黔北老窖坊”，整箱拿价格好谈
川菜厨师一枚，周末可以上门做家宴，八个菜起，手机 १५८ ३२७६ ०४१९
早餐配送到工位，豆浆油条小笼包都有，八点前送达，订餐电话 ১৩৭ ৬৫২০ ৮৮৩১
新开的奶茶店在地铁口，开业三天买一送一，外卖订单打 ໑໘໙ ໒໔໖໐ ໓໗໕໑
我家牦牛肉干和酥油茶粉都是拉萨自家厂子的，需要的打电话 ༡༣༥ ༨༠༩༡ ༤༦༧༢
老火锅底料批发，餐馆和个人都供，十斤起发，电话 𝟙𝟟𝟛 𝟘𝟠𝟚𝟞 𝟝𝟙𝟜𝟘
生日蛋糕当天订当天取，六寸到十二寸都有，电话₁₃₈₅₂₀₇₆₉₄₁
散装高粱酒坊，五十斤一坛，办酒席的打这个：𝍠𝍤𝍨〇𝍢𝍦𝍡𝍧𝍣𝍥𝍠
烤全羊上门，一只起订，现杀现烤，微信 ѕһаокао_рара
私房川菜小馆只接预订，一天两桌，订位加 ᴠx：ᴍᴀʟᴀ_ᴊɪᴀ2025
社区团餐月卡，午饭一个月三百九，要的 ⓥⓧ ⓣⓤⓐⓝⓒⓐⓝ_ⓜⓘⓝ
楼下我家的黄焖鸡米饭，鹅了么搜“杨妈黄焖鸡”，今天起满二十五免配送费
我哥在筷手上直播做卤猪蹄，搜“卤味大刘”，直播时下单再送一份豆干
做了个烘焙团购君羊，面包吐司每周二团一次，想进的君羊号 572 309 841
家里开的海鲜大排档接生日宴和同学聚会，包厢能坐二十人，订位加微亻言 haixian_dpd88
学校和工厂的食堂我们都能承包，师傅帮厨二十来号人全持证上岗，号码藏在这串天干里，逐个换成它在十干里的位次（癸记作0）：甲戊辛丙己癸乙壬丁庚甲
我家酒楼订席的电话藏在这串菜名的头一个字里，十全大补汤算零：一品豆腐 八宝饭 六月黄 三杯鸡 五香牛肉 两面黄 十全大补汤 七星鱼丸 四喜丸子 九转大肠 一品豆腐
手工烘的咖啡豆，挂耳一盒二十片，想要的扣扣我，号码拿农历月份的别名写的（十月叫阳月，这里记作0）：桃月 荷月 阳月 桂月 花月 端月 槐月 菊月 榴月 巧月
塔罗主题甜品屋接下午茶和生日甜品台，手机按大阿卡纳牌的编号排，愚者是零：魔术师 教皇 隐士 女祭司 力量 皇后 皇帝 愚者 恋人 战车 魔术师
仿膳宫廷菜馆的订席热线照朝代先后排，夏为一，元当零：夏汉元商隋周晋秦唐夏宋，寿宴谢师宴都接
我开的台球餐吧有牛排意面套餐，订台电话照台球的颜色报，全色球按1到8、黄条纹球是9、白色母球代0：黄 红 棕 白 绿 蓝 紫 黄条 黑 黄 橙
精酿酒吧招商加盟，微信号按航空字母念：Bravo Echo Echo Romeo Hotel Uniform Bravo
山里散养的跑山鹅，炖好连锅端到你家，想订的拨这个号码的反序（从右往左念）：36805427931
接工地和厂区盒饭，一天三百份也能做，微信号每个字母往后挪了一位，往回推一位就是：ifgbo_mbpyv
菜市场门口我家的卤菜摊接单位订货，电话按老秤暗码写，由是一、非当零：由人王井由大羊非申夫工
自己做的卤鸭脖鸭掌，一盒三十八，周六上午十点在小区东门摆一小时，不用预订
我老公是酒店退下来的厨师，现在接家宴，八个菜加一个汤连人工四百八，要的在群里回个日子
我家奶茶店就在公司对面，在柜台报“七楼财务”加料免费，到月底都有效
今年泡的桂花米酒有二十来斤，一斤六十，要的周五带空瓶来我工位打
我家酒楼那间能坐十四人的包厢，业主来吃说“三期业主”就免包间费，下周末还空着
我中午顺手做盒饭，一份十八，一荤两素，每天十点前在群里接龙，十二点送到五楼茶水间
我在北门夜市摆的烤串摊今晚开张，老同学来报班级名字打八折，九点以后人少
我哥做的八寸生日蛋糕一百二十八，要的把尺寸和日子回在这条下面，放学时在校门口交货
我那家奶茶店做不过来了，连设备一起转，转让费六万，有意的晚上八点后直接过来店里看
我妹酿的精酿二十五一升，前五个在群里回复的送一个品鉴杯
我在湖边开的小茶馆，校友周日下午来喝茶，头一个小时不收钱
我熬的香菇牛肉酱还剩十几瓶，一瓶二十五，下班前放在三楼前台柜子上，拿了转我就行
"""

NEGATIVE_107 = """
美团那单送错了，我点的是黄焖鸡送来的是麻辣烫，订单尾号8063，已经申请退款了
饿了么客服说退款三个工作日到账，退款编号 TK20261124093316，先记在这儿
给老丈人订的那箱绍兴黄酒物流卡在中转站了，邮政单号 9812734650183，客服说明天派
吃坏肚子那事我已经向市场监管局投诉了，受理编号SJ2611-0437，说五个工作日内回复
年会那顿饭的电子发票开好了，税号填的是新公司的，金额两千八百六十四，要报销的跟我对一下
食堂新换的承包方负责人是赵经理，手机13681927405，周一起菜品有问题直接反映给她，这是行政让我转的
明早九点食堂伙食委员会线上开会，腾讯会议号 536-274-918，每个部门出一个代表
周五晚上的包厢订好了，确认码 R7Q3K9，到了报这个就行，六点半开席
海底捞排到号了，A086，前面还有二十三桌，你们慢慢过来不着急
新来的两个帮厨健康证编号记一下：4403062026112，4403062026118，明天交到人事
我们店的食品经营许可证号是JY14403050187264，贴在收银台后面了，检查的要看就指给他
包间Wi-Fi是XiangYun_VIP，密码88889999，点菜扫桌上的码
给客户寄的两箱粽子走的中通，单号75391826407315，让对方签收前先看包装
年夜饭上表叔吃虾过敏，脸都肿了，已经打了120，我们跟车去市一医院
酒店年夜饭预订单号NYF-2027-0213-06，十桌，定金收据在我这儿
中午订餐的表格发到行政邮箱 xingzheng@hongtai-tech.com，不要在群里接龙了
烧烤摊那边有人喝多了打起来，已经报110了，大家别往那边凑
餐厅电梯卡在二楼了，已经打了电梯上的96333，维保说十五分钟到
蛋糕店短信发了取货码 635281，下午谁先到公司谁去取一下
外卖小哥电话打不通，显示的虚拟号是170****3385转分机2317，谁的外卖下去看看
公司附近有没有能坐十二个人的包间，下周三部门聚餐，人均一百左右
推荐一下人民路那家面包房的巴斯克芝士，不太甜，昨天买了全家都说好
有没有人认识靠谱的厨师？我爸七十大寿想在家里摆五桌
哪家奶茶能做无糖的又不难喝？最近在控糖
老火锅真心推荐解放碑那家的鲜毛肚，七上八下脆得很，不是广告，自己吃了好几回
我们单位六月有个五十人的培训，中午想叫外面送餐，大家有合作过的推荐吗
做红烧肉用的黄酒哪里买，超市那种料酒总感觉不对味
带爸妈喝早茶哪家好？要有电梯的，老人腿不好
有人了解奶茶加盟吗？表弟想加盟一家，怕被割韭菜
新同事是回族，下周聚餐大家知道附近哪有清真馆子吗
刷到个广告“零元加盟，总部包装修包运营”，朋友去了先交了四万八的“品牌保证金”，店到现在没影
有人冒充美团客服打电话说我外卖超时要赔钱，让我开什么备用金，大家别信
有个号在群里说“代订网红餐厅位子，一个位五十”，付完钱就拉黑了，大家长点心
菜市场有人推着车喊“特价土蜂蜜十块一斤”，回家一化全是糖水，别贪便宜
群里私聊我“茅台原箱出，一千五一瓶”的，一看就是假酒，正价都买不到
冒充外卖骑手说送错了，要你把收到的验证码报给他，那是你的支付验证码
小区门口那家自助餐上个月搞“充一千送五百”，这周卷帘门拉下来人跑了，充了卡的赶紧去派出所登记
网上说“店铺转让零转让费”，结果过去要先交两千“信息服务费”才带看，典型的转让骗局
招“霸王餐体验官”的，说先交一百九十九押金就能天天免费吃，押金交了群就解散了
那个“九块九抢两百元火锅代金券”的链接是钓鱼网站，填了手机号就一直收验证码
昨晚十个人吃了一千三百六，AA每人一百三十六
三斤的鲈鱼清蒸要十二分钟，我蒸了十五分钟，肉老了
国庆在家吃了七天，称了一下胖了四斤二两
食堂午餐从十二块涨到十四块了，加个鸡腿另算三块
今天外卖五十二分钟才到，汤全洒了
包了三百二十个饺子，冻了两百个，剩下今晚吃
一杯全糖奶茶差不多五百大卡，跑步要跑四十分钟才消耗掉
周末篮球赛我们队58比61输了，差一个三分
老家年夜饭摆了十二道菜，剩了一半，热了三天
烤箱预热一百八十度，烤二十五分钟，蛋糕没塌
一箱啤酒二十四瓶，昨晚喝了十七瓶，剩七瓶放冰箱
奶茶第二杯半价，两杯一共花了二十一块五
女儿期末数学九十六，说好的带她去吃烤肉
火锅店排队等了一个半小时，叫号从A12到A57
那家咖啡豆二百五十克要一百一十八，有点贵
我家孩子一顿能吃三碗米饭，才一米二的个子
我家冰箱冷冻层零下十八度，冻的虾放了两个月还能吃吧
【行政通知】二楼食堂下周一至周三装修暂停供餐，期间每人每天餐补二十元随工资发，请大家自行解决午饭
各位家长，本群只用于班级事务，请勿发团购、外卖、蛋糕店推广，发了一律移出，谢谢配合
物业提醒：阳台和楼顶禁止烧烤，上周五有住户烤肉引发烟感报警，再发现将报消防处理
班长通知：十二月十三号晚上六点同学聚会定在老地方湘里人家，AA每人二百，要来的在群里接龙
秘书处通知：下月例会改在会员企业李总的茶厂开，参观完一起在厂里食堂吃午饭，不收费
本周日徒步午饭在山顶农家乐统一吃，费用已经含在活动费里，不用另外带饭
周六爷爷生日饭订在聚丰园二楼，中午十一点半，大家别迟到，红包就不用准备了
今天的紫菜蛋花汤里一颗蛋花都没捞着
那家新开的泰国菜试营业，冬阴功酸得我直皱眉
隔壁工位的小伙子第一次吃螺蛳粉，被酸笋味熏得跑出去透气
下雨天就想吃火锅，谁晚上一起
侄女第一次自己煎荷包蛋，锅铲都拿反了，笑死
刚点的咖啡被同事错拿了，他喝了一口才发现是我的燕麦拿铁
婆婆包的荠菜馄饨太香了，一口气吃了二十个
周末在家试着烤面包，结果烤成了砖头
老爸非说高压锅炖的排骨没有砂锅香
办公室谁的榴莲放冰箱了，整层楼都是味儿
老家今年腌的酸菜比往年酸，我奶奶说是天太暖了
外卖又给我多放了香菜，备注写了不要也没用
楼上邻居每天晚上炒辣椒，呛得我家直咳嗽，哈哈也习惯了
单位对面的煎饼摊阿姨今天没出摊，一问是去医院陪老伴了
同学聚会那家店的酸菜鱼还是当年的味道
今天奶茶喝多了，晚上睡不着
老婆做的可乐鸡翅又糊了，我还得说好吃
孩子在学校说食堂的番茄炒蛋最好吃，回家嫌我做的不好
早上路过菜市场，螃蟹便宜了不少
部门下午茶点的蛋挞到了，自己去茶水间拿
昨天吃的日料生鱼片很新鲜，就是吃不饱
爷爷今天自己煮了一锅粥，还挺骄傲
厨房水池堵了，全是油，叫了物业来通
看了一晚上美食纪录片，半夜饿醒
社区食堂的阿姨记得我不吃葱，每次都帮我挑出来
周末带孩子包饺子，面粉撒了一地，狗都变白了
雪下得太大，外卖都停了，只能泡面
每次聚餐都是你定地方，全是你爱吃的川菜，别人不吃辣就活该饿着？
凭什么你家在一楼开店油烟往我们楼上飘，投诉了几回还装聋
上次聚餐说好AA，你转我三十算什么意思？一共四百八除以六你算算
说了孩子不能喝奶茶，你又偷偷给他买，你这当爸的到底听不听
你吃狗肉是你的事，凭什么在群里发照片恶心人，下次再发我直接@群主
Does anyone know if the canteen is open during the holiday week? I forgot to bring lunch and the vending machine on the third floor is empty again.
Quick reminder: the potluck is moved to Saturday at Lisa's place, so please bring a dish that travels well and tell her about any allergies.
今晚的火鍋湯底太辣了，我喝了三杯豆漿才緩過來
阿嬤煮的蘿蔔糕還是小時候的味道，過年一定要回家吃
"""
