"""Hold-out set 94 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-92 (see holdout_data.py, whose docstring covers sets 1-88; sets 91 and 92 are
described in their own docstrings, which were read here, and sets 89 and 90 in theirs, which were not), at the same time
as set 93 (written by another helper; this set was checked by the same script against set 93's lines as they stood at
each run from the second on, unread: highest 0.466 at the end among the lines whose closest group it is, as the script
showed it), and kept unscored until it is scored once, blind. The writer read no detector code, word list, rulebook,
model, training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported
nothing from qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py,
holdout91_lines.py and holdout92_lines.py were opened only for their module docstrings, printed with ast.get_docstring
(the labelling rules, the history and topics of sets 1-92, the file format, the docstring style and the disguises and
codes already used, to avoid repeating them; their lines and the code below the docstrings were not read). The three
docstrings were saved to the writer's own temporary folder (made with mktemp -d; the same command counted their sizes
with wc -c and checked set 93's path with test -f) and paged through there with cat (set 92's and set 91's whole) and
sed (the holdout_data.py docstring in three parts, lines 1-120, 120-300 and 300-597; the last output was cut in the
middle by the tool, so its lines 435 to 462 were printed again with sed), joined into one file with cat and searched
with three loops of greps counting words and signs for the digit scripts, lookalike letters, split characters, emoji,
homophones and codes considered here: ninety-two in the first (thirteen found: Greek, Odia, script, keycap, hand, sign,
solar, swap, odd, even, wheel, 轮 and finger; one grep -o printed nothing and one grep -n showed the lines holding eight
of them: Greek only in set 91's note of an earlier docstring's "Greek alphabet", so Greek letters were avoided, keycap
only in the same note, solar only in solar panels, swap only in swaps of goods and rewrites, odd, wheel and finger
inside other words, 轮 only in 脉轮), twenty-three in the second (four found: Cyrillic, pair, 位置 and 二十四; one grep
-n showed the lines holding 两位, 位置, pair and term: pair only in pairs of sets and lines and inside other words, 位置
only in a keypad's positions, 二十四 only in 二十四小时) and eight in the third (only grade found, with one grep -n for
grade and Mon showing grade in degree upgrades, a piano grade and third-grade workbooks), nothing else in them.
pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's root). The
benchmarks folder was not listed; this file's own path was checked for existence by its exact path (test -f) before it
was first written; set 93's file was only checked for existence by its exact path (test -f, before every run of the
script: it did not exist at the first run, which therefore compared this set with the dumps and itself only, and existed
at every later one, when it was passed) and only loaded by the similarity script, which never printed its lines. The
folder holding the similarity script was not listed and no file in it was opened; the script was only run. No slip to
report. Nothing outside these limits was opened, listed or run. The lines were drafted as Python lists in the writer's
own temporary folder and written to this file by a small script of the writer's own (which also checked the counts, that
no line repeats and the absence of triple quotes and backslashes), with a helper module there that turned digits into
the other scripts below and spelt out the coded numbers; another small script made the rewrites from lists of
replacements, another wrapped this docstring to 120 columns of display width, and one-line scripts printed the converted
digits and coded numbers, the names of the lookalike letters (unicodedata), the draft lines with their lengths for
review and, over this set's own lines alone, their difflib ratios against each other; awk, sort, grep, head, tail and a
small script read the saved output of the runs at 0.30 there to take the highest ratio per group. The similarity script
read this file: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run nine times:
three times at the required floor of 0.49, three times at 0.47, to find the lines standing just below it, once at 0.30
on the finished lines, and once at 0.47 and once at 0.30 on the finished file with this docstring, the runs at 0.30 only
to read the highest ratio per group for this docstring (no line changed after the first run at 0.30). No line is copied
from earlier sets or from the training lines: every line's difflib ratio against every line of the hold-out dump is at
most 0.49 (highest 0.468; 0.462 among the positives), against every line of the training dump at most 0.49 (highest
0.467; 0.444 among the positives), against set 93 at most 0.49 (highest 0.466 among the lines whose closest group it is,
all three of them negatives; the script prints each line's highest ratio only, so a line closer to a dump may stand a
little nearer set 93, but under its own highest, at most 0.468), and no two lines of this set exceed 0.49 against each
other (the script showed 0.355 at most among the lines closest to this set, a positive; the writer's own difflib check
over this file's lines alone gives 0.368 for the closest pair, two negatives: eighty-six zongzi wrapped and mooncakes
received).

Thirty-three lines were rewritten for similarity, five of them more than once (thirty-nine rewrites), each time with new
wording, not a synonym swap; three coded lines had their code itself changed, as their ratios suggested an earlier line
written on the same list (Spanish number words, 0.720, then a mobile read as one large number in 亿 and 万, 0.597, now a
QQ in English weekday abbreviations; the twenty-four solar terms, 0.628, now school years), and two were reworded
keeping their code (resistor colour bands and swapped digit pairs). In the first pass, at 0.49 and on this file alone
(set 93's file did not exist yet), twenty-nine stood at 0.49 or more (0.741 at most, a printer jammed, against the
hold-out dump), twenty-five against the hold-out dump and four against the training dump: four positives (the resistor
bands, 0.545; the solar terms; the swapped pairs, 0.557; the Spanish words) and twenty-five negatives (a 淘宝 refund for
a leaking cake tin, 0.494, now a mousse ring's 圆通 waybill; a 12315 complaint about expired zongzi, 0.536; a
regulator's 公众号, 0.494; a pickup code for sausages, 0.586; a 小红书 rice-cooker cake, 0.491; a 12345 hotline, 0.500;
lunch boxes that keep warm, 0.537 against the training dump; a child's maths score, 0.615; a half marathon, 0.514, now
ten kilometres; a baby's weight, 0.667, now sausages filled; the group rule, 0.560; the removed seller, 0.531; an alumni
dinner, 0.552; dumplings thanked for, 0.533 against the training dump, now a plate returned; radish drying in the rain,
0.611; a mother told not to cook much, 0.529; a weekly meeting moved, 0.643 against the training dump; the printer; a
new intern, 0.605, now an accountant; a composition on zongzi, 0.615, now a diary; a lunch box left in a microwave,
0.500, now a box in a fridge; a reading club, 0.571 against the training dump; cured pork smoking in a stairwell, 0.509,
now hanging there; lateness at meetings, 0.732, now a team leader's blame; a property fee, 0.588, now hair in canteen
food). In the second pass, at 0.49, with set 93's file passed from then on, three: the large number (0.597, now the
weekdays), a parcel locker's code (0.585, now a canteen's pickup number) and the maths score again (0.550, now a
skipping count). A run at 0.49 then found none (0.485 at most). In the fourth pass, at 0.47, six standing between 0.471
and 0.485: the skipping count (0.478, now a child's height and a uniform's size), the community canteen's notice (0.484,
now evening meals), sweet potatoes taken by a cat (0.471, now a jar of 雪里蕻 opened), a spring outing's snacks (0.485,
now white trainers for a sports day) and both English lines (0.482 and 0.473, now a casserole dish and quarterly
numbers); in the fifth, one: the trainers (0.605 against the hold-out dump, now a go exam and hotpot). A run at 0.47
then found none (0.468 at most), and runs at 0.30, and at 0.47 and 0.30 on the finished file with this docstring, gave
the figures above. Lengths run from 23 to 60 characters for the positives (the longest the 水浒 ranks) and 12 to 49 for
the Chinese negatives (the English lines 110 and 95, the traditional ones 15 and 16). The lines are meant to be scored
once, blind; tuning on their errors would spoil them.

Set 94 focuses on food and drink made at home or by small producers sold into groups: home bakers and cakes to order
(birthday cakes by WeChat id, egg-yolk pastries by e-mail, a bakery mini-program, custom cakes by Cherokee lookalike
letters, six-inch cakes ordered at a parents' meeting, a baking group by QQ group), dumplings and buns (frozen dumplings
by a split 信, dumplings by a 接龙 in the group, buns from a cart at the north gate, fried dough twists in Myanmar
digits), pickles and chili sauce (a 淘宝 pickle shop, a grandmother's 梅干菜 with a dashed mobile, chili oil at the
school gate, pickled beans ordered on a paper on the door, Hakka stuffed tofu in Gujarati digits, hotpot base in Kannada
digits), festival foods (zongzi on a 视频号 stream, zongzi replied for under the message, zongzi by the 水浒 ranks,
mooncake gift boxes on a 400 line, Suzhou mooncakes in monospace digits, mooncakes at a stall in the owners' committee
room, a sister's 青团 on a short link, rice cakes under the village's old tree, rice cakes by the 洛书 square, 糍粑 on
拼多多, tang yuan by odd and even places), private kitchens and lunch boxes for office workers (a banquet landline, a
private kitchen's 公众号, office lunch boxes on 小红书, lunch boxes by double-circled digits, lunch boxes signed up at
the writer's desk, a private kitchen by swapped pairs, braised meats by a spaced mobile, milk puddings in superscript
digits), homemade wine and craft beer (the writer's spare craft beer on 闲鱼, bayberry wine by "V：", a brewing group by
solfège, grape wine by weekdays, IPA brought to an alumni gathering, rice wine from the tea room, fermented rice in
Malayalam digits), local specialities sent from home towns (mountain goods on 快手, a husband's 烧饼 on 抖音,
north-eastern rice with a mobile that is also WeChat, a co-op's eggs on 微店, flower cakes on 京东, buckwheat on 逗音, a
father's ham in Khmer digits, beef jerky by a calculator read upside down, 腌笃鲜 on 礻见频号, salted egg yolks on 闲🐟,
a bread machine sold by WeChat id) and cured meats (the writer's sausages by mobile and in a car park, a cousin's smoked
pork by QQ, Cantonese cured meats by fraktur letters, smoked duck by resistor bands, pork by school years); beside a
canteen's menu, a class's potluck, food-safety notices and scam warnings, recipes and ratios, takeaway order numbers, a
neighbour thanked for dumplings, ordinary chat in owners' and neighbourhood groups, company work groups (administration,
finance, a canteen), family groups, parents' class groups, an alumni group and hobby groups (baking, badminton, a choir,
a reading club, angling).

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's sausages with a mobile; a home baker's
cakes with a WeChat id; a cousin's smoked pork with a QQ; a restaurant's banquets on a landline with an area code;
mooncake boxes on a 400 line with an extension; pastries' prices by e-mail; a sister's 青团 on a short link, t.cn/…; a
husband's 抖音号; a classmate's goods to search on 快手; a named 淘宝 shop with a remark for a discount; an uncle's 糍粑
to search on 拼多多; the writer's spare beer to search on 闲鱼; lunch boxes on 小红书 with private messages; zongzi on a
视频号; a 公众号 with a word to send; a mini-program to search in WeChat; bayberry wine with "V："; braised meats with a
spaced mobile; a grandmother's 梅干菜 with a dashed mobile; rice with a mobile that is also WeChat; the writer's bread
machine with a WeChat id; a baking group by a spaced QQ group number; a co-op's 微店 shop; a cousin's 京东 shop), 14
moderately, with disguises the docstrings read do not list (Gujarati digits ૧૩૭…; Kannada digits for a QQ, ೨೭೬…; Khmer
digits ១៥៨…; Myanmar digits ၁၈၉…; Malayalam digits ൧൩൩…; monospace digits 𝟷𝟹𝟻…; superscript digits ¹⁵⁵…; double-circled
digits for a QQ, ⓸⓺⓶…; Cherokee lookalike letters for wx and an id, Ꮃx：ᏴᎪᏦᎬᎡ…; fraktur letters for vx and an id,
𝔳𝔵：𝔤𝔷…; 信 split into 亻言, 微亻言; 视 split into 礻见, 礻见频号; the fish emoji for 鱼, 闲🐟; the homophone 逗音 for
抖音) and 10 heavily, with codes the docstrings read do not list (a mobile as resistor colour bands, 棕 as one and 黑 as
zero; a mobile as places on the 洛书 square, 上中 as nine; a QQ as the strokes of a tally's 正, 一丅下止正, with 〇 as
zero; a QQ group in solfège names, 哆 as one to 西 as seven and 空 as zero; a QQ as school years, 一年级 as one to 初三
as nine and 幼儿园 as zero; a mobile as the 水浒 heroes' ranks, 宋江 as one and 柴进, tenth, as zero; a mobile with each
pair of digits swapped; a QQ split into its odd and even places; a QQ as English weekday abbreviations, Mon as one; a
mobile typed on a calculator and read upside down) and 12 subtle (an offer with a price or a call to action only, none
quoted by the docstrings read): sausages at forty-five a jin weighed in building 6's car park on Saturday afternoon;
zongzi at five each, building and count replied under the message; office lunch boxes at eighteen, signed up at the
writer's desk before ten; mooncakes at eighty-eight a box at a stall in the owners' committee room; chili oil at
twenty-five at the school gate from 小宇妈妈; six-inch cakes at a hundred and twenty-eight ordered in person at the
parents' meeting; IPA at twenty a bottle brought to an alumni gathering; rice cakes at twelve a jin under the village's
old locust tree on Sunday; pickled beans at fifteen a jar, names written on a paper on the writer's door; frozen
dumplings at thirty-five a bag by a 接龙 in the group; buns at two from a cart at the north gate at half past six; rice
wine at thirty a jin from the tea room at lunch. About a dozen positives are written the way members casually sell in a
group (the writer's sausages, spare beer and bread machine, a cousin's smoked pork and flower cakes, a sister's 青团, a
husband's 烧饼, a classmate's mountain goods, an uncle's 糍粑, a grandmother's 梅干菜, the writer's bayberry wine and a
father's ham).

-  `POSITIVE_94` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-  `NEGATIVE_94` (100 lines): 20 that look dangerous at first sight (a 美团 order for dumplings that came cold, an SF
  waybill for cured pork, an administration notice passing on a vegetable supplier's mobile, a mooncake purchase's
  special invoice, a mousse ring's 圆通 waybill, a complaint's number about expired zongzi, a regulator's 公众号 named
  for sampling results, a 抖音 video of a grandmother's braised beef, a 京东 order for a pan, a parents' committee's
  invoice with the school's tax number, a 饿了么 order's tail number, the gas company's repair line, a class teacher
  passing on the school nurse's landline, a 拼多多 after-sales number for frozen dumplings, a canteen's pickup number, a
  小红书 rice-cooker chiffon, the 12345 hotline, a restaurant's booking number, a union's zongzi voucher code, a
  takeaway platform's compensation number); 10 members asking or recommending (a sugar-free cake, a steamed-bun stall
  recommended, white film on pickles, warm lunch boxes, mooncake moulds, clean lunch boxes near the office, rice-wine
  yeast, zongzi leaves to borrow, a braised-meat stall recommended, drying sausages); 10 warnings quoting or describing
  the scam or ad ("家庭自制月饼…加微信领试吃", a fake regulator's deposit, a private-baking course, fake farm honey sold
  in private, free zongzi for a scan, "内部员工价" Moutai, a cash-back text, a soft ad about leftovers, a mouldy "Jinhua
  ham" from a van, a fake reunion deposit); 17 lines with numbers that are not contacts (oven temperatures, zongzi
  wrapped, triglycerides, a child's height, a class dinner's total, cured pork's weight loss, a family's grocery bill,
  ten kilometres, a rice-wine ratio, a kitchen's length, attendance, chili jars, a grandmother's age, lamb skewers, an
  English exam score, a courier fee, sausages filled); 7 organisers' and admins' own notices (a baking group's rule
  banning links, group-buys and other groups' QR codes, a zongzi seller removed for adding members in private, a
  canteen's lunch change, a parents' open day potluck, a fire drill, a class reunion at an old canteen, a community
  canteen's evening meals); 27 lines of everyday chat (some about a dumpling plate returned, lunch brought from the
  canteen, 雪里蕻 opened, a train home, a meeting room's projector, chicken legs at school, an old canteen's 锅包肉, a
  father's medicinal wine, a go exam, a copier out of paper, badminton, salted duck eggs, a new accountant, charcoal for
  a barbecue, hiking photos, a bakery's smell, rice cakes boiled to mush, mooncakes received, a child's diary, a box in
  a fridge, dumplings or 汤圆 at the winter solstice, a choir, crucian carp, a great-grandmother, egg tarts, a reading
  club, 腊八粥 shared); 5 heated arguments without any selling (cured pork hung in a stairwell, a cake eaten from a
  shared fridge, a class dinner's hotpot, a team leader's blame, hair in canteen food); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_94 = """
自家灌的川味香肠，麻辣和广味两种，68一斤，顺丰包邮，要的直接打我手机15923417706
楼里有想订生日蛋糕的吗？我在家做烘焙三年了，动物奶油不加色素，款式加微信 tangtang_bake 看
老家湖南寄来的腊肉腊鱼，表哥在乡下用柴火熏的，QQ 2849107736 找他，报我名字就行
本店承接公司年会、团建桌餐和自助餐，二十人起订，订餐座机 0571-86923154
月饼礼盒企业团购热线400-873-2616转3，盒子可印LOGO，满一百盒送货上门
节前最后一批手工蛋黄酥开始预订，详细价目请发邮件到 xiaomai.kitchen@163.com 索取
我姐做的低糖青团上新了，艾草是她自己上山摘的，下单戳 t.cn/A6xKq2Zm
我老公在抖音天天直播做烧饼，抖音号 laowang_shaobing888，晚上七点开播，大家关注一下呗
快手搜“秦岭山货阿勇”，核桃木耳土蜂蜜都是他家自己收的，我初中同学，人实在
淘宝店“陈嫂酱菜坊”开张啦，萝卜干豆腐乳剁辣椒都有，群里朋友拍下备注邻居减五块
拼多多搜“老周家糍粑”，宜宾的红糖糍粑，我舅舅厂里直接发货
家里囤多了两箱精酿，比利时小麦和世涛各一箱，挂闲鱼了，搜“阿杰的酒柜”，自提便宜点
我在小红书记录每天做的便当，也接附近写字楼的午餐单，搜“饭盒姐姐Lily”私信我
今晚视频号直播包粽子，碱水粽、蛋黄肉粽现包现发，视频号搜“嘉兴阿芳粽子”
关注公众号“山城私厨”，回复“菜单”看本周家宴套餐，六位起上门做
微信里搜小程序“巷口烘焙”，蛋糕面包都能线上订，下午四点前下单当天送
自酿杨梅酒，高粱烧泡了一整年，一斤装五十，V：ym_jiu2019
卤味熟食外卖，鸭脖鸭掌卤猪耳都有，订餐电话 138 0571 4692，小区内半小时送到
孩子外婆晒的梅干菜，绍兴乡下的，一斤装三十五，要的联系 186-5807-3319
东北大米、黏豆包、冻梨老家黑龙江直发，手机同微信 13604518827
家里那台面包机只用过两次，连一袋高筋粉一起出，150拿走，微信号 momo_6612
烘焙爱好者交流群，每周分享配方，也拼单买模具和面粉，Q群 731 206 485 欢迎进
我们村合作社在微店卖土鸡蛋和咸鸭蛋，微店搜“黄陂田园合作社”就有
外地亲戚想要云南鲜花饼的，可以上京东搜“彩云手作坊”，我堂妹开的店
客家酿豆腐和咸菜干，都是自家做的，电话૧૩૭ ૬૦૨૮ ૪૫૯૧
私房牛油火锅底料，一锅炒出来分二十袋，Q：೨೭೬೧೦೪೮೩೫
宣威火腿整只或切片都可以，我爸做了二十年，电话 ១៥៨ ៧២៦៣ ០៤៤៩
手工麻花、馓子、油糕，过年走亲戚送礼合适，订货请拨 ၁၈၉ ၂၂၀၆ ၇၅၁၃
甜酒酿一罐十五，三罐起送，号码 ൧൩൩ ൦൯൧൪ ൮൮൨൬
苏式鲜肉月饼现烤现卖，中秋前可以预订，𝟷𝟹𝟻 𝟿𝟷𝟸𝟶 𝟼𝟹𝟶𝟽
双皮奶、姜撞奶做好冷藏配送，手机 ¹⁵⁵ ⁰⁶⁷⁸ ²³¹⁴
家常盒饭周一到周五供应，两荤一素十八块，Q ⓸⓺⓶⓽⓵⓷⓻⓹
接蛋糕定制和甜品台，Ꮃx：ᏴᎪᏦᎬᎡᎷᎪᎷ66
广州腊味自家晒的，腊肠腊肉润肠都有，𝔳𝔵：𝔤𝔷𝔩𝔞𝔴𝔢𝔦88
手工水饺三十五一百个，韭菜三鲜玉米猪肉都有，加微亻言 qiaoqiao_jz
礻见频号搜“阿婆的腌笃鲜”，咸肉春笋每周三发一次货
闲🐟搜“囡囡家的咸蛋黄”，流油的红心蛋，我妈亲手腌的
逗音搜“大凉山苦荞阿木”，荞麦茶荞麦面都是他家种的
熏腊鸭三十八块一只，号码我画成电阻上的色环了，修过电路的一看就懂：棕橙灰红黑紫绿黄白蓝棕
订年糕的电话照洛书九宫报方位，上中是九：下中 左中 上中 正中 右中 右上 左上 左下 右下 右上 下中
卖辣子鸡的，Q号用记票画正字的笔画写：下，正丅，〇，正，正止，一，正一，丅
自酿精酿的品鉴群，群号用简谱唱名写，空是零：嗦咪哆西拉空来发发
卖自家养的土猪肉，Q号照年级往下排，幼儿园是零：五年级 初二 二年级 初三 三年级 六年级 幼儿园 四年级 初一
梁山好汉座次就是号码，柴进第十当零：宋江 吴用 秦明 柴进 林冲 卢俊义 关胜 呼延灼 宋江 公孙胜 花荣，订粽子打这个
想订私房菜的注意，手机号相邻两位互换过，尾数没动，3168714025 6，换回来再打
手工汤圆的Q号单数位是24516，双数位是8703，自己穿起来加
自家酿的葡萄酒，Q号我按星期写了，周一就是1：Wed Mon Fri Sun Tue Thu Sat Mon Wed
在计算器上按出我的手机号再倒过来看，就是 IGOSgZhELBI，老家寄来的牛肉干要的找我
自己做的腊肠四十五一斤，周六下午两点到四点在6栋地下车库拿，现场称
肉粽五块一个，十个四十五，要的在这条消息下面回楼号和个数，端午前一天送到
工作日午饭盒饭十八一份，十一点半送到前台，想订的十点前来我工位登记
中秋前一周我在业委会活动室摆两天摊，流心月饼一盒六个八十八，来了先尝
自家熬的油辣子二十五一瓶，放学时间我在校门口，找小宇妈妈拿
六寸奶油蛋糕一百二十八，提前两天说，开家长会那天当面找我订
自酿IPA二十一瓶，校友聚会我带一箱过去，空瓶带回来抵两块
手打年糕十二块一斤，周日上午在村口老槐树下，去晚了就没了
酸豆角十五一罐，门上贴了张纸，要的写上名字和罐数，晚上我挨家送
手工冻水饺在群里接龙写袋数，三十五一袋，周五晚上八点前截单
每天早上六点半在北门推车卖包子，肉包两块菜包一块五，有豆浆
家里酿的米酒三十一斤，想要的午休时来茶水间找我，有试喝的小杯
"""

NEGATIVE_94 = """
美团外卖单号 2411 2518 0034 7719，送来的饺子全凉了，商家让找骑手，骑手让找商家
顺丰单号SF1408 2277 3561，我妈寄的腊肉显示在丰巢柜，谁下楼顺手帮我取一下
【行政】食堂换了蔬菜供应商绿源配送，对接人周经理 137 2580 6614，明早各部门报菜量找他
中秋月饼采购的专票号码 04451872 已经交给财务了，报销单上把这个号补上
慕斯圈尺寸发错了，售后说给补寄，补发的圆通单号 YT7720 1934 5568，周四能到
过期粽子那件事有下文了，区里回电说门店已经下架，当时登记的编号是 JS2026061800472
“江宁市场监管”这个号每周五出一期抽检名单，上周有两款月饼没过，囤了的翻翻盒子
抖音上刷到一个老奶奶做酱牛肉的视频，看得我口水直流，步骤比我想的简单
京东订单 2918 4406 1573 的电饼铛一直没发货，客服让再等三天
家委会：端午包粽子活动的食材发票已开，抬头是学校，税号 12320000466008127K
饿了么订单尾号8831的那位同事，你的奶茶放前台了，冰都快化完了
物业提醒：燃气公司抢修电话96777，厨房闻到煤气味别开灯，直接打
班主任：明天秋游午餐由学校食堂统一配送，有食物过敏的请打校医室 025-5821 6630 说明
拼多多买的冻饺子包装破了，售后单号 2603177823，客服让拍照上传
食堂小炒窗口叫到A086半天没人应，是不是咱们部门谁点的
照着小红书的方子拿电饭锅做戚风，底糊了，上头还是生的
小摊的凉皮吃坏了肚子，打市民热线12345反映以后，第三天就有人来查了
今晚部门聚餐订在湘菜馆二楼，订座确认号 A0713，报这个号就能入座
工会发的粽子礼券兑换码 K8F3-29QX，六月二十号到期，别忘了去领
外卖平台的餐损赔付单号 PF88210394，退了我十二块，算它识相
谁知道附近哪家能订无糖生日蛋糕？我爸血糖高，又想让他吹个蜡烛
推荐一下菜场二楼那家老面馒头，碱放得刚刚好，我吃了两年了，不是托
有人会做泡菜吗，我家坛子里长了一层白膜，还能吃吗
孩子中午吃自带的饭，到点都凉透了，各位家长用的什么饭盒能保温？
求推荐靠谱的月饼模具，网上看花眼了，125克的
咱们单位附近哪家盒饭干净点？食堂周末不开门
问问大家，自己做米酒酒曲放多少，上次做酸了
谁家有多余的粽叶借我十几张，明天买了新的还你
东头那家卤菜摊味道是真不错，住得近的可以去试试
请教一下腊肠晒几天合适，今年太潮了怕发霉
别信那种“家庭自制月饼，零添加，加微信领试吃”的，我们楼好几个人吃坏肚子了
又有人冒充市场监管打电话，说你家做的蛋糕被举报了，先交保证金，这是骗子
朋友圈那个“三天学会私房烘焙，月入两万”的课，我同事交了三千多就给了几段视频
提醒一下：有人私聊邻居卖“农家土蜂蜜”，其实是糖浆兑的，已经有人上当
发传单写着“扫码领免费粽子”的别扫，扫完要填身份证和银行卡
所谓“内部员工价”的茅台，付了款就拉黑，我表哥被骗了八千
小心“好评返现”的短信，说先转三十九块激活账户才能返，纯属骗局
家族群里转的“隔夜菜致癌”那篇是卖净化器的软文，别再转了
路边面包车卖的“正宗金华火腿”，邻居买了切开全是霉斑，千万别贪便宜
有人打着“同学聚会交定金”的名义收钱，班长根本没发过，大家别转
烤箱上火170下火150，烤了45分钟，中间还是湿的
今年端午一共包了86个粽子，吃不完冻了40个
体检报告甘油三酯2.8，医生让少吃腊肉少喝酒
这学期孩子蹿了4厘米，校服得换160码的了
班级聚餐人均68，四十个人一共收了2720
腊肉挂了21天，掉秤差不多三成
我们家五口人，上个月买菜花了3200多
周日那趟十公里跑了52分钟，下楼梯膝盖有点疼
米酒按一斤糯米配2克酒曲，温度保持在30度左右
新租的房子厨房只有2.4米长，冰箱得挑窄的
三季度出勤率96.5%，人事让没打卡的补一下记录
十斤辣椒炒出来才装了七瓶
奶奶今年89岁了，一下午还能包一百多个饺子
团建烧烤订了300串羊肉，剩了60多串
英语六级这次考了512，总算过了
寄两斤腊肠快递费要12块，还不如自己带
灌了一下午香肠，14斤肉出来31根，手都酸了
本群规矩：这里只聊做面包做蛋糕的手艺，商品链接、团购接龙、别的群的二维码一律别发，发了直接请出去
卖粽子那位私下加了十几个群友，管理员已经把他请出去了，收到好友申请的直接忽略
【食堂通知】下周一起午餐改自选，早餐延长到九点，请各位同事知悉
周五家长开放日，请每家带一道家常菜，下午三点前放教室后面的长桌上
本周六小区消防演练，上午十点前请把燃气总阀关好
九八届聚会的场地订好了，老校区食堂二楼，费用从校友基金走，名单在群文件里自己填
社区食堂从十二月起加开晚餐，五点到六点半，凭长者卡就餐
三楼王姐，饺子盘子我洗好放你家鞋柜上了，那馅儿调得太香了
今天加班，谁去食堂帮我带份饭，红烧肉就行
外公那缸雪里蕻今天开坛了，整个院子都是酸香味
妈，车票买好了，周六晚上到，给我留碗酸菜鱼
明早项目会挪到二号会议室，那边投影仪好像坏了，谁去行政借一个
孩子说今天学校午饭有鸡腿，回来高兴坏了
老同学们，当年三食堂的锅包肉还有人记得吗
爸，你那坛泡的药酒少喝点，医生都说了伤肝
儿子围棋考级过了，回家嚷着要吃顿火锅庆祝
三楼复印机缺纸了，整箱的纸放哪个柜子里
今晚羽毛球还有人来吗，场地订到八点
外婆腌的咸鸭蛋流油了，我早上一口气吃了俩
财务新调来的会计姓于，报销单以后交给她
烧烤的炭谁负责买？别到时候又忘了
周末爬山的照片我都传群相册了
楼下面包店每天早上的香味都把我馋醒
我家那位把年糕煮成了一锅糊糊
今年月饼又收了好几盒，根本吃不完
儿子的日记写的是帮爷爷剥毛豆，写了满满一页
冰箱第二层那个贴小熊贴纸的保鲜盒是谁的，放了一礼拜了
冬至吃饺子还是汤圆，我们家讨论了一晚上
合唱团这首歌下周就排，大家在家多练练
今天钓了三条鲫鱼，晚上炖汤
二舅说明年回老家过年，一起去看太奶奶
刚学会做蛋挞，第一次就成功了，发个图给你们看
这个月读书会轮到我选书，想选汪曾祺的《人间草木》，大家有意见吗
腊八粥熬了一大锅，家里有小孩的来端一碗
楼道是公共地方，你家腊肉从二楼一直挂到四楼，谁上下楼都碰头
谁把我放冰箱的蛋糕吃了？公用冰箱也不是谁都能随便拿吧！
选火锅的是你，现在嫌贵的也是你，你到底想怎样
方案是你拍板的，出了问题全推给干活的人，有这么当组长的吗
食堂这个月第三次在菜里吃出头发了，跟后勤说了几回都讲整改，整改个啥
Could whoever took my blue casserole dish home from Saturday's potluck bring it back sometime? No rush at all.
The quarterly numbers look fine to me; let's go over the travel budget after Tuesday's standup.
阿嬤今年做的蘿蔔糕比去年還好吃
明天聚餐記得自己帶餐具，環保一點
"""
