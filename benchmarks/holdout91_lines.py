"""Hold-out set 91 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-90 (see holdout_data.py, whose docstring covers sets 1-86; sets 87 and 88 are
described in their own docstrings, which were not read here, and sets 89 and 90 in theirs), at the same time as set 92
(written by another helper; this set was checked by the same script against set 92's lines as they stood at each run,
unread: highest 0.431 at the end among the lines whose closest group it is, as the script showed it), and kept
unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran
no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout89_lines.py and
holdout90_lines.py were opened only for their module docstrings, printed with ast.get_docstring (the labelling rules,
the history and topics of sets 1-90, the file format, the docstring style and the disguises and codes already used, to
avoid repeating them; their lines and the code below the docstrings were not read). The three docstrings were saved to
the writer's own temporary folder (made with mktemp -d) and paged through there with wc -c and cat (the
holdout_data.py docstring's output was cut in the middle, so its lines 150 to 440 were then printed with sed in two
parts), joined there into one file with cat, and searched with a loop of greps counting ninety-seven words and signs
for the scripts, disguises and codes considered here (fifteen were found: subscript, negative, month, flower, 倒, rod,
T9, flag, card, alphabet, 字母, hand, keycap, regional and emoji), one grep -o that printed nothing and one grep -n
showing the lines that held those fifteen (none as a code or disguise of this set: subscript only in subscriptions,
month in festivals for their months and in prices by the month, flower in a succulent in flower and in set 33's topic,
aquarium fish, flowers and bonsai, beekeeping, birds and fishing ponds, which is near this one's, 字母 in letters
counted per word, T9 only in set 89's note that it was not found, 倒 only in 工厂倒闭, alphabet in the Greek alphabet,
keycap, regional and emoji in earlier writers' notes or in other senses, the rest inside other words), and a second
loop counting forty more words for the codes and disguises chosen later (ASCII, 铅笔, 儿歌, Caesar, 凯撒, reverse,
倒着, 八卦, 天干, 百家, 成语, 功劳, 一串红, 门木, 立日, 夕夕, 薇, 🔴, 📹, Cyrillic, Bengali, Tibetan, Lao, Devanagari
and others; only ASCII, count and subscript were found), with three greps showing lines (ASCII only in the full-width
ASCII variant, count only in other senses, among them letters counted per word and stroke counts, and Shift for a
number typed with Shift held), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were
only run on this file, from the checkout's root). The benchmarks folder was not listed; this file's own path was
checked for existence by its exact path (test -f) before it was first written, and set 92's file the same way before
every run of the script, the first included; it existed at every check, was passed to every run and was only loaded by
the script, which never printed its lines. The folder holding the similarity script was not listed and no file in it
was opened; the script was only run. No slip to report. Nothing outside these limits was opened, listed or run. The
lines were drafted in the writer's own temporary folder and written to this file by a small script of the writer's own
(which also turned digits into the other scripts and letters into the lookalikes below, checked the counts, the
absence of triple quotes and backslashes and, with others, the lengths, the display widths of this docstring and, over
this set's own lines alone, their difflib ratios against each other; the writer printed its own draft lines there to
review them, and saved the output of the runs there to take the highest ratio per group from it). The similarity
script then read this file: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was
run eight times: three times at the required floor of 0.49, twice at 0.47, to find the lines standing just below it,
once at 0.30 on the finished lines and, on the finished file with this docstring, once at 0.47 and once at 0.30, the
0.30 runs only to read the highest ratio per group for this docstring (no line changed after the first run at 0.30).
No line is copied from earlier sets or from the training lines: every line's difflib ratio against every line of the
hold-out dump is at most 0.49 (highest 0.469), against every line of the training dump at most 0.49 (highest 0.459),
against set 92 at most 0.49 (highest 0.431 among the lines whose closest group it is; the script prints each line's
highest ratio only, so a line closer to a dump may stand a little nearer set 92, but under its own highest, at most
0.469), and no two lines of this set exceed 0.49 against each other (the script showed 0.372 at most among the lines
closest to this set; the writer's own difflib check over this file's lines alone gives 0.372 for the closest pair, two
negatives with numbers: a pigeon loft's complaint number and a DingTalk approval number).

Thirty lines were rewritten for similarity, five of them twice (thirty-five rewrites), each time with new wording, not
a synonym swap; one of the rewrites changed a code itself, not only its wording. In the first pass, at 0.49,
twenty-four stood at 0.49 or more (0.774 at most, osmanthus in bloom downstairs, against the hold-out dump), twenty
against the hold-out dump, three against the training dump and one against set 92: four positives (a fertiliser price
list by e-mail, 0.510, reworded; a QQ group in the heavenly stems, 甲 as one and 癸 as zero, 0.568, dropped as a code
an earlier set may have used, for a QQ typed as letters of a phone's nine-key pad; the 百家姓 code, 0.495, reworded;
succulents picked at flat 502, 0.492 against the training dump, reworded) and twenty negatives (an SF waybill for a
clivia, 0.500; a parcel's pickup code, 0.537; an orchid-deposit scam warned of, 0.530; a pet-insurance text, 0.543; a
flower market's spending, 0.552 against the training dump; a daughter's marks, 0.491; a half marathon, 0.565; the
group rule, 0.625; the removed account, 0.536; an alumni meeting, 0.623 against set 92; the osmanthus; a tortoise
hibernating, 0.585; a weekly meeting moved, 0.500; quilts before the rain, 0.588; a choir's rehearsal called off,
0.516 against the training dump; a printer jam, 0.710; canteen pork, 0.636; calligraphy, 0.526; a dog digging in a
vegetable patch, 0.533; the first English line, 0.586). The chat lines that stood high were given new subjects (a
neighbour's bougainvillea, a tortoise burrowing in sand, a father's voice typing, a new tenor, a water dispenser, a
stopped metro, a copybook character, a crowing cockerel, an orchid's yellow leaf tips). In the second pass, at 0.49,
six: a lakeside ride (0.696, now a lemon tree's fruit), the removed account (0.563, reworded), the meeting moved again
(0.510, now a finance seal locked away), the voice typing (0.600, now a myna copying a cough), withered lotus leaves
(0.550 against set 92, now narcissus bulbs) and the copybook (0.491, now orchids painted). A third run at 0.49 then
found none (its highest shown as 0.490, under the floor). In the fourth pass, at 0.47, five standing between 0.481 and
0.490: a pigeon complaint's number (0.485, now a complaint to the street office), a compost recipe asked for (0.481
against the training dump, now pine needles), a rabbit's weight (0.490, now a lop-eared rabbit's check-up), a class
reunion (0.488, now an old sports-day photo) and a team-building hike (0.486, now an annual party's dance). A run at
0.47 then found none (0.469 at most), and runs at 0.30, and at 0.47 and 0.30 on the finished file with this docstring,
gave the figures above. Lengths run from 29 to 73 characters for the positives (the longest the plant names) and 15 to
52 for the Chinese negatives (the English lines 100 and 88, the traditional ones 20 and 16). The lines are meant to be
scored once, blind; tuning on their errors would spoil them.

Set 91 focuses on flowers, plants, gardening and small pets kept at home sold into groups: florists and bouquets (the
writer's Qixi bouquets with a spaced mobile and a name, a sister-in-law's new flower shop by WeChat id, Mother's Day
carnations on a short link and collected at the south gate, a flower subscription in a mini-program, a florist's new
number in Bengali digits), potted plants and succulents (the writer's greenhouse succulents on 淘宝, leaf cuttings by
parenthesized letters, a succulent platter by flowers counted, succulents picked at flat 502), bonsai (a father's 抖音
account, a bonsai class by the 百家姓, bonsai trimmed at a community centre's tea room), seeds, soil and fertiliser (a
cousin's seed shop on 拼多多, a mother's orchid mix on 微店, wholesale fertiliser by e-mail, seeds from an honesty
basket, sheep-dung compost by a bike shed, a gardening 公众号 with a word to send), orchids and nursery trees (a
father-in-law's orchids by a spaced mobile, an uncle's nursery trees by a dashed mobile, orchid pots on 薇信,
seedlings by plant names' numbers), garden design and lawn care (a garden firm's 400 line with a key to press, lawn
care on a landline, garden landscaping in Tibetan digits, lawns in Lao digits, balcony makeovers on 小🔴书, turf on
拼夕夕, fruit trees pruned by ASCII codes, lawns mown for a house number left under the message, garden tools by
Cyrillic lookalikes), aquarium fish, tanks and water plants (the writer's old tank on 闲鱼, a water-plant landscaper
on 小红书, a fish shop with "V：", plant trimmings by QQ, goldfish blind boxes on 📹号, aquasoil by idioms, koi food
by a Caesar shift, a tank set up at the writer's desk, a landscape tank ordered on the fourth floor), birds and cage
accessories (bamboo cages on 快手, a cousin's pet shop by a mobile that is also WeChat, the writer's cockatiel chicks
by WeChat id, bird food on 抖立日, a parrot group by the nine-key pad, finches by a number written backwards, a
father's cages at the park's bird-walking corner), crickets and insect keeping (the writer's crickets by QQ, katydids
in double-struck digits, a cricket group by the Eight Trigrams, crickets at a flower-and-bird market stall), and
hamsters and reptiles (hamster pups on 视频号, a gecko and python QQ group, tortoises in Devanagari digits, a hamster
cage in subscript digits, a reptile tank on 门木鱼, hamster sitting by a children's rhyme, hamster pups seen at the
writer's home, geckos brought to a school gate); beside a building's rule on balcony pots, a watering roster, a
school's plant-care homework, a lost parrot, a vet's receipt and ordinary chat in owners' and neighbourhood groups,
company work groups (administration, finance, a workshop), family groups, parents' class groups, an alumni group and
hobby groups (a choir, calligraphy, angling).

It keeps the mix real spam has: 24 lines plain or lightly disguised (Qixi bouquets with a spaced mobile and a name; a
sister-in-law's flower shop with a WeChat id; the writer's succulents to search on 淘宝; the writer's old fish tank to
search on 闲鱼; a father's bonsai account on 抖音; a garden firm's 400 line with a key to press; lawn care on a
landline with an area code; wholesale fertiliser by e-mail; a cousin's seed shop named on 拼多多; bamboo bird cages to
search on 快手; a water-plant landscaper's 小红书 with private messages; hamster pups on a 视频号 stream; a gecko and
python group by a spaced QQ group number; the writer's crickets by a spaced QQ; a flower subscription's mini-program;
a gardening 公众号 with a word to send; Mother's Day carnations on a short link, dwz.cn/…; a fish shop with "V："; an
uncle's nursery trees with a dashed mobile; a cousin's pet shop with a mobile that is also WeChat; the writer's
cockatiel chicks with a WeChat id; a mother's orchid mix on 微店; the writer's water-plant trimmings by QQ; a
father-in-law's orchids with a spaced mobile), 14 moderately, with disguises the docstrings read do not list (Bengali
digits ১৮৯…; Devanagari digits for a QQ; Tibetan digits ༡༥༢…; Lao digits ໑໓໖…; double-struck digits 𝟙𝟟𝟟…;
subscript digits ₁₅₈…; Cyrillic lookalike letters for wx and an id; parenthesized letters for vx and an id, ⒱⒳…;
闲 split into 门木, 门木鱼; 音 split into 立日, 抖立日; the red circle for 红, 小🔴书; the video camera for 视频,
📹号; the nickname 拼夕夕 for 拼多多; the homophone 薇信 for 微信) and 10 heavily, with codes the docstrings read do
not list (a mobile as the numbers in plant names, 一串红 as one and 十大功劳 as zero; a QQ group typed as letters on a
phone's nine-key pad; a mobile by the places of the first ten surnames of the 百家姓, 陈 as zero; a QQ as the numbers
opening seven idioms; a QQ as flowers counted in clusters, a leaf as zero; a QQ group by the Eight Trigrams' numbers
in the earlier-heaven order; a QQ as English number words with every letter moved one place on; a mobile written
backwards; a mobile by the children's rhyme of what each digit looks like, a pencil for one and an egg for zero; a
mobile as ASCII codes) and 12 subtle (an offer with a price or a call to action only, none quoted by the docstrings
read): carnations at thirty-nine with building and count replied in the group, collected at the south gate on
Saturday; succulents at five picked at flat 502 after dinner; bonsai trimmed at eighty a pot at a community centre's
tea room on Sunday morning; a tank set up for three hundred, talked over at the writer's desk after a meeting; hamster
pups at twenty, sixty with a cage, seen at the writer's home after work; seeds at three packets for ten from a basket
on the letterboxes, paid into a tin; lawns mown at two a square metre, house numbers left under the message; crickets
from fifty at a market stall by the east gate on Sunday; compost at fifteen a bag by a bike shed, paid to the writer;
a father's bamboo cages at a hundred and fifty at the park's bird-walking corner at six; landscape tanks at five
hundred ordered on the fourth floor before three; gecko hatchlings at a hundred and twenty brought to the school gate
at pick-up. About a dozen positives are written the way members casually sell in a group (a sister-in-law's flower
shop, a father's bonsai, a cousin's seed shop and pet shop, an uncle's nursery trees, a mother's orchid mix, a
father-in-law's orchids, the writer's own old tank, hamster pups, crickets, cockatiel chicks and water-plant
trimmings).

-  `POSITIVE_91` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
-  `NEGATIVE_91` (100 lines): 20 that look dangerous at first sight (a 京东 order for a flower stand signed for but
  missing, an SF waybill for a clivia sent to a father, an office-plant invoice's number for a claim, an
  administration notice passing on a landscaper's mobile, a 拼多多 refund number for dead fighting fish, a pigeon
  loft's complaint number, a parks bureau's 公众号 for chrysanthemum shows, a 抖音 video of a balcony orchard, a vet's
  receipt number, a parcel's pickup code for a class's pothos, a found parrot with the property desk's number, a 淘宝
  order number for mouldy soil, a DingTalk approval number, a 12306 order for a flower expo, a 小红书 tip on
  eggshells, a school's general-affairs landline, a pet-insurance claim number, a 中通 waybill for a bird cage, a
  community 视频号's flower-arranging video, a heater's repair ticket from a 400 line); 10 members asking or
  recommending (a tortoise's swollen eyes, herbs on a north balcony, a florist recommended, pruning shears to borrow,
  a hamster chewing its cage, where to buy katydids, a vet recommended, fish for an office, a yellowing lawn,
  pine-needle compost); 10 warnings quoting or describing the scam or ad (an orchid deposit,
  "一元领多肉盆栽，只需付邮费", dyed blue cacti, a fake vet's call with an app, "包活包开花" rose cuttings,
  "进口观赏鱼，死了包赔", a "talking" myna with a recorder, a pet-insurance phishing text, "加盟花店，零经验月入三万",
  a stolen photo of an old boxwood); 17 lines with numbers that are not contacts (a balcony's measurements,
  sixty-three flowers, water changes, a balcony's accounts, a sunflower's height, a rabbit's weight, a green ratio, a
  hamster's age, cuttings struck, trees per class, a daughter's marks, an electricity bill, a workshop's output, a
  mother's birthday dinner, a lemon tree's fruit, a cage's size, a tank's pH); 7 organisers' and admins' own notices
  (a flower group's rule banning seedling, fertiliser and fish links, an account removed for posting fish tanks, the
  property's rule on balcony pots, an office watering roster, a class teacher's bean-sprout homework, a community's
  tree adoption, an alumni day's photo); 27 lines of everyday chat (some about a neighbour's bougainvillea, a lost
  parrot, a tortoise in sand, a finance seal, a pothos cutting, a cat eating succulents, a sports-day photo,
  silkworms, a myna's cough, a new intern, bird walking, a tenor, cherry tomatoes, a water dispenser, a botanical
  garden, a stopped metro, a future vet, narcissus bulbs, angling, a cactus in flower, an annual party's dance, an old
  goldfish, orchids painted, a quarterly report, a spider plant, a bent wintersweet, a grandfather's grapes); 5 heated
  arguments without any selling (a crowing cockerel, a bougainvillea cut in a stairwell, water dripping from pots
  upstairs, a plan blamed despite the minutes, parents pressing a teacher for photos); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_91 = """
七夕的花束我店里还能接二十来单，想给老婆个惊喜的提前订，电话 138 2467 5590 找小周
我嫂子在南门开了间花坊，开业这周鲜切花打八折，她微信 huafang_lin520，提我名字就行
自己大棚里种的多肉，老桩、群生都有，淘宝搜“肉肉慢生活”就是我家，运费险都带着
换了大缸，原来那个六十公分的鱼缸连过滤灯都挂闲鱼了，搜“老郑的闲置”，同城自提便宜五十
我爸退休后天天捣鼓盆景，在抖音上开了号叫“郑伯的小松柏”，喜欢的去关注下，作品也能卖
别墅庭院设计施工一站式，免费上门量房出方案，全国热线 400-861-3372 转 2
草坪修剪、补种、打孔透气都接，小区物业合作价，座机 0571-8826 4413 白天有人
我们厂的羊粪有机肥和泥炭营养土只走批发，花店苗圃要价目表的写封邮件给我：nongfei_sales@163.com
阳台种菜的看过来，我表弟的种子店在拼多多，店名“小满种籽铺”，番茄辣椒生菜一块钱一包
手工竹编鸟笼，画眉笼八哥笼都能定做，快手搜“竹笼老李”，每晚八点直播编笼子
做水草造景七八年了，办公室前台的缸也接，作品都发在小红书“青苔与石”，私信聊价
家里仓鼠生了一窝，金丝熊和布丁都有，视频号“团子仓鼠屋”今晚直播挑崽
玩守宫和球蟒的可以进我们交流群，群里出苗子也收苗子，Q群 613 927 408
今年收的山东宁津蛐蛐还剩十几条，好品相的都在，QQ 2954 81736 问，秋天过了就不养了
每周一束鲜花送到家，包月一百六十八，微信小程序搜“周一花事”就能下单
关注公众号“阳台园丁日记”，后台回“月季”领我整理的养护手册，苗子也在里面卖
母亲节康乃馨花束开始预订了，满两束同城免费配送，下单链接 dwz.cn/mq58Kd
孔雀鱼、灯科、小精灵都有现货，水族店开在菜场后门，V：shuizu_a7
我大伯家苗圃的桂花树、樱花树便宜处理，胸径五到八公分，要的打 159-3806-2271
我表姐开的宠物店进了一批虎皮鹦鹉和文鸟，186 0752 9134 电话微信同号
家里玄凤下了三只崽，已经能自己吃饭了，一只三百五，加 yingwu_ma1988 看视频
我妈自己配的兰花植料，松鳞加椰糠，微店搜“兰姨植料”，十斤装包邮
缸里水草疯长，剪下来的红宫廷、牛毛毡一份十块，要的加我QQ 8830 26417
我岳父养了三十年兰花，开春分株出了一批春兰和蕙兰，老人家只接电话 133 1679 4058
花店换号了，订花打 ১৮৯ ২৬৪০ ৭৭১৫，母亲节前都能送
养乌龟的朋友有兴趣可以加个Q：३७२०९१५८，我这边有草龟苗、黄缘苗
上门做庭院绿化，假山鱼池也包，联系 ༡༥༢ ༠༣༧༩ ༤༦༨༨
小区草坪我承包修剪好几年了，别的小区也接，电话 ໑໓໖ ໘໒໕໐ ໓໗໙໔
我家蝈蝈、油葫芦都是自己孵的，叫声亮，𝟙𝟟𝟟𝟘𝟠𝟛𝟝𝟚𝟞𝟙𝟜 微信搜这个
仓鼠笼子、跑轮、浴沙整套转让，用了两个月，电话 ₁₅₈ ₀₉₄₁ ₂₇₃₆
园艺工具、修枝剪、嫁接刀批发零售，ԝх：уuаnуі_88
多肉叶插苗一块钱三片，懒得一个个回了，⒱⒳：⒭⒪⒰⒭⒪⒰_⒣⒰⒜
刚换下来的爬宠箱、加热垫和UVB灯，都挂门木鱼了，搜“蜥蜴阿飞”，打包拿走更便宜
我老公在抖立日上卖鸟食和保健砂，账号“老吴鸟粮”，同城下午就能送到
阳台花园改造的案例都放在小🔴书了，号叫“方寸绿”，想改的私我报价
每周六晚我在📹号直播开盲盒金鱼，号名“金鱼阿婆”，鱼都是自己鱼场的
庭院草籽、马尼拉草皮我在拼夕夕上也有店，搜“绿茵草业”，批量找我还能再让
兰花盆、紫砂盆清仓，全是我家仓库的，要看实拍图加薇信 penyi_wang
要苗的打电话，号码按花名里的数字来，十大功劳的十当0：一串红 三角梅 八角金盘 五针松 十大功劳 九里香 七里香 二月兰 四季海棠 六月雪 三角梅
养鹦鹉的鸟友群欢迎来玩，群号我用九宫格键盘的字母打的：fqbvkxhn，自己按回数字
报盆景课找我，手机藏在《百家姓》头十个姓里，第几个就是几，第十个“陈”当0：赵孙郑周陈王李冯钱吴孙
水草泥团购加Q，号是每个成语开头的数：五湖四海 九牛一毛 三心二意 八面玲珑 六神无主 二话不说 七嘴八舌
多肉拼盘接单，Q号数花就行，🍃是0：🌸🌸🌸🌸 🌸🌸 🌸🌸🌸🌸🌸🌸🌸 🍃 🌸🌸🌸🌸🌸🌸🌸🌸🌸 🌸 🌸🌸🌸🌸🌸
斗蛐蛐的老哥进我Q群，群号按先天八卦数：离 坤 乾 坎 震 兑 艮 巽
锦鲤开口料团购，想进群的加我Q，号码英文单词每个字母都往后挪了一位：gpvs tfwfo uxp ojof afsp gjwf pof
家里的文鸟出窝了，要的打电话，号码倒着写的：6473 1950 881
仓鼠寄养、上门喂食都接，电话按“1像铅笔2像鸭”那首儿歌来：铅笔 耳朵 葫芦 镰刀 鸡蛋 鸭子 勺子 小旗 钩子 哨子 耳朵
修剪果树的活儿找我，手机每位写成了ASCII码：49 53 50 48 55 51 54 52 56 49 57
母亲节康乃馨花束每束三十九，要的在群里报楼号和数量，周六上午在小区南门自取
我家的熊童子和桃蛋拆盆拆出来几十棵，五块钱随便挑，吃完晚饭来5栋502，敲门就行
盆景修剪造型八十一盆，周日上午我在社区活动中心二楼茶室，把花搬过来就行
办公室想装鱼缸的同事，开缸加造景我一条龙做，三百块，开完会来我工位聊
仓鼠宝宝满月了，一只二十，带笼子六十，下班后来我家看，就在公司对面那栋
自家留的菜籽，辣椒茄子黄瓜三包十块，放在一楼信报箱上面的篮子里，自己拿，钱丢篮子里的铁盒
别墅区的业主，草坪修剪两块钱一平，想约的在这条下面留门牌号
周日花鸟市场东门第三个摊位是我，今年的蛐蛐五十一条起，叫声不好不要钱
院子里堆的羊粪肥发酵好了，十五一袋，放在自行车棚边上，拿的时候把钱交给我
我爸手工编的竹鸟笼，一个一百五，明早六点他在公园遛鸟那片，想要的过去看
前台那缸水草造景是我做的，部门想弄的五百一缸包材料，下午三点前来四楼找我
豹纹守宫的苗一百二一条，放学接孩子的时候带到校门口，要的提前在群里说一声
"""

NEGATIVE_91 = """
阳台花架的京东订单 3267 1150 8842 显示签收了，可我家门口啥也没有，物业能帮忙看下监控吗
爸，君子兰今天用顺丰发出去了，单号SF1460 2273 9815，盆是我裹了三层泡沫的，到了先别急着拆
行政：办公室绿植租摆的发票开好了，发票号码 0438 1927，报销时写“绿化养护费”
园区换季换花的事我跟绿化公司对好了，对接人刘师傅 139 5821 0476，各楼层花箱有问题直接找他
网上买的斗鱼到了就翻肚，拼多多申请了退款，退款编号 2511 2409 3378，商家还没处理
顶楼鸽棚的味道投诉到街道了，受理编号 FW2025 1107 8831，网格员说下周来现场看
市园林局公众号“杭州园林”今天发了各公园菊展的时间，想带孩子去的可以查一下
昨天刷抖音刷到一个视频，大爷把阳台种成了小果园，葡萄挂得满满的，真羡慕
豆豆的绝育单子拿回来了，宠物医院收据编号 No.0087214，一共八百六，保险能报一部分
班级植物角的绿萝到货了，放在驿站，取件码 6-2-4187，接孩子的时候哪位家长方便带到教室门口
捡到的那只鹦鹉已经送物业了，失主直接去物业前台认领，前台电话 8765 2210
淘宝买的营养土结块发霉，订单号 3928 4410 5762 1198，客服让拍照，照片已经传了
园区绿化维护的审批在钉钉上，审批编号 202511250931，王经理记得点一下
昆明花博会的票在12306订好了，订单号 E582217390，周五早上七点半的车
小红书上看到有人用鸡蛋壳养多肉，我试了一个月，根真的长得好
学校的植物角归总务处管，有问题打总务处 8896 3301，不用找班主任
宠物险的理赔单号 PA2025 1118 0042 审核通过了，猫住院的钱报了七成
鸟笼子寄回厂家换底盘了，中通单号 7731 2094 8856 0，应该下周能回来
社区视频号发了上周插花活动的视频，第二排穿红衣服的是我妈
买的鱼缸加热棒坏了，打了售后400电话，报修单号 RX88120457，说寄回去换新
有没有懂龟的，我家巴西龟眼睛肿得睁不开，是不是得去医院？
想在阳台种点薄荷和紫苏，朝北的阳台能活吗？求有经验的说说
推荐一下城西那家“绿野”花店，上周在那买的百合到现在还开着，老板人也实在
谁家有修枝剪借我用一下？周末想把院子里的石榴修一修，用完就还
问下大家，仓鼠一直啃笼子是缺什么吗？晚上吵得睡不着
给孩子买蝈蝈去哪个市场比较好？他们科学课要观察一周
宠物医院我推荐和平路那家，医生看鸟看得很细，不乱开药
想给公司前台放一缸鱼，好养又不太费事的，大家觉得养什么合适？
草坪发黄一块一块的，是浇水多了还是生虫了，有人懂吗
前阵子有人讲松针沤肥，具体要沤多久来着？聊天记录翻不到了
大家注意，有个头像是兰花的号专门私聊群友，说自家有“名种兰花跳楼价，先交一百定金”，交了人就消失
朋友圈那种“一元领多肉盆栽，只需付邮费”的，基本都是套路，邮费比花还贵
花鸟市场有人卖“染色的蓝色仙人球”，回家浇两次水颜色就掉了，大家别上当
有人打电话说是“宠物医院回访”，让下载APP领优惠券，我问了医院根本没这事
网上“包活包开花”的月季苗我买过，寄来全是枯枝，客服还说是你不会养
看到广告写“进口观赏鱼，死了包赔”，结果赔的是同样病恹恹的鱼，别买
小区门口摆摊卖“会说话的八哥”的，其实是藏了个录音机，鸟根本不会说
我妈收到条短信，“宠物险即将到期，点此链接一键续保”，我们家根本没给猫买过保险，明显是钓鱼
那种“加盟花店，零经验月入三万”的讲座，去了就是让交加盟费，我表妹亏了五万
转发的“百年黄杨老桩，原价两万现价两千”，图片是从网上偷的，同一张图我见过好几次
阳台晾衣杆到栏杆 1.2 米，放两层花架刚好，宽 40 公分
我那盆蟹爪兰今年开了 63 朵，比去年多了二十多朵
鱼缸换水一般 7 到 10 天一次，每次换三分之一，水温别差超过 2 度
收拾阳台算了下账：花架 129，六个陶盆 54，土和肥 38，这个月种花花了 221
孩子种的向日葵长到 1 米 68 了，比他爸还高
垂耳兔复查，体重从 2.6 降到 2.1 公斤，医生夸我们提草喂得好
小区绿化率 32%，物业说明年要补种 150 棵树
仓鼠寿命大概 2 到 3 年，我家那只已经活了 3 年零 4 个月了
月季扦插 20 根活了 14 根，成活率七成
上次植树节每个班分了 6 棵，今年是 8 棵
月考出来了，女儿数学 97 物理 84，老师说她物理再稳一点就能进前十
今年电费比去年多了 380 块，全是鱼缸的加热棒和灯
车间今天出货 1260 件，比计划多 60 件，大家辛苦了
老妈 72 岁生日，订了 12 号晚上 6 点的包厢，一共 3 桌
阳台那棵柠檬树今年结了 17 个果，最大的一个称了 186 克
鹦鹉笼子尺寸 60×45×80，放在客厅角落不挡路
水族箱 PH 值测出来 6.8，硬度 8，水草刚好
管理员说两句：这里是花友交流的地方，谁再往群里发卖苗、卖肥、卖鱼的链接，一次警告，两次踢
“鱼乐无穷”这个号进群三天发了五回水族箱，已被我踢掉，群规第二条大家再看看
物业通知：阳台外侧不得悬挂花盆，已挂的请本周五前收进室内，以免高空坠物
本周办公室绿植浇水轮值：周一小陈，周三老赵，周五阿敏，浇完在表上打个勾
班主任：下周科学作业是养一盆绿豆芽，每天拍照记录高度，周五交观察表
社区周日上午在中心花园组织认养树苗，愿意参加的在群里接龙，工具社区提供
九八届返校日那天上午十点在礼堂合影，各班班长把要来的名单今晚前报给我
隔壁老王阳台上的三角梅长到我家窗口来了，红艳艳一片
谁看到一只绿色的和尚鹦鹉？早上从3栋飞出去的，脚上有蓝色脚环
我家那只草龟一入冬就钻进沙子里不出来，女儿每天放学都要扒开看看它还在不在
王姐把财务章锁在柜子里出差了，钥匙谁那有备用的？
妈，你那盆绿萝分我一枝吧，我拿回去水培
昨晚加班到十一点，回家发现猫把我的多肉全啃了
班长翻出了我们初三运动会的照片，那时候谁都没戴眼镜
孩子今天把科学课的蚕宝宝带回家了，说要养到结茧
舅舅养的那只八哥会学外公咳嗽，学得一模一样，全家笑疯了
新来的实习生挺靠谱，表格做得比我还快
爸今天去公园遛鸟，跟一群老头聊到中午才回来
合唱团新来的男高音嗓子真亮，一开口大家都愣了
菜园里的小番茄红了，摘了一碗给邻居送去
饮水机没水了，谁下楼顺便扛一桶上来
周末带娃去植物园，温室里的热带植物太震撼了
今天地铁停了二十分钟，进公司刚好九点整，差点迟到
孩子说长大想当兽医，因为喜欢小动物
水仙球泡上水了，估计过年刚好开
钓鱼社这周去水库，天冷了鱼不太开口
奶奶的仙人掌开花了，她高兴得给每个亲戚都打了电话
年会节目抽签抽到我们部门跳广场舞，谁来领个头
那条金鱼养了六年了，比我女儿年纪还大
今晚书法课改成了画兰草，老师说撇叶要一笔到底，我手抖了好几回
刚把季度报表发到邮箱了，麻烦领导过目
隔壁班的孩子送了我们班一盆吊兰，放在窗台上了
雪下得真大，院子里那棵腊梅压弯了
周末回老家，爷爷的葡萄架今年结得特别好
你家鸡一大早就打鸣，我们一家三口天天五点被吵醒，跟你说多少回了还不管？
谁把我放在楼道的三角梅给剪了？剪成这样还不如直接拔了，太过分了
楼上浇花的水每天往我家晾的衣服上滴，说了也不改，你家花比人重要？
方案是你定的，客户不满意你现在说是我的问题？会议纪要白纸黑字写着呢
家长群里天天催老师发照片，老师也要上课的好吧，能不能体谅一下
Does anyone know why my orchid's leaves are turning yellow at the tips? I only water it once a week.
Our hamster escaped last night and we found him asleep in my son's slipper this morning.
陽台的繡球花終於開了，藍紫色的，好看極了
週末去花市逛了一圈，人多得擠不動
"""
