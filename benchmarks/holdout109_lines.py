"""Hold-out set 109 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-108 (holdout_data.py's docstring covers sets 1-104; sets 107 and 108 are described
in their own docstrings, which were read here; the docstrings of sets 99-106 were not read, so a disguise or code they
list and holdout_data.py, set 107 and set 108 do not may be repeated here unknowingly), at the same time as set 110
(written by another helper; this set was checked by the same script against set 110's lines as they stood at each run,
unread), and kept unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model,
training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from
qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py,
holdout107_lines.py and holdout108_lines.py were opened only for their module docstrings, printed with ast.get_docstring
by the checkout's own Python straight into the writer's own temporary folder (made with mktemp -d), counted there with
wc -l and paged with sed and cat (the labelling rules, the history and topics of sets 1-108, the file format, the
docstring style and the disguises and codes already used, to avoid repeating them; their lines and the code below the
docstrings were not read). One small deviation to report: those saved docstrings were also searched there with grep (wc
-l, grep -c and grep -n on the three saved text files only) for the names of about eighty candidate disguises and codes,
to check that none was listed; nothing else was searched. pyproject.toml was not opened (ruff format and ruff check were
only run on this file, from the checkout's root). The benchmarks folder was not listed; this file's path was checked
with test -f once before it was first written (it did not exist), and set 110's path was checked with test -f before
every run of the script (it existed at every run and was passed to every run); set 110's file was only loaded by the
similarity script, which never printed its lines. The folder holding the similarity script and /tmp/prompts were not
listed and no file in them was opened; the script was only run. Nothing else outside these limits was opened, listed or
run. The lines were drafted as Python lists in the writer's own temporary folder, with a helper module there that turned
digits into the other scripts below and spelt out the coded numbers from their tables, and written to this file by a
small script of the writer's own (which also checked the counts per kind, that no line repeats and the absence of triple
quotes, backslashes and line breaks); small scripts made the rewrites from lists of replacements, another wrapped this
docstring to 120 columns of display width, and one-line scripts printed the converted digits and coded lists, the lines'
lengths per kind and the highest difflib ratio between this set's own lines in the writer's drafts; a one-line check
with the system's Python loaded this file alone, to count its lines per constant and print its docstring's first line
and widest line.

The similarity script read this file: it printed this set's lines and ratios, never the earlier sets', the training
lines or the partner's; it was run five times, every time at the default floor of 0.47 and with set 110's file. No line
is copied from earlier sets, from the training lines or from set 110: at the end no line of this set has a highest
difflib ratio at or above 0.47 against any earlier hold-out line, any training line, set 110's lines or this set's other
lines (the script printed no line in the last three runs, so every highest ratio is under 0.47, and under 0.49 too;
among this set's own lines the highest ratio is 0.387). In the first run twenty-seven lines stood at 0.47 or more (0.614
at most, an estate group's admin rule against pet-shop, boarding and bathing ads, since replaced by a cat group's Friday
photo night): eight positives (a mobile by the solar terms' order, 0.522, given a new subject, a car ride home with
pets; a mobile in tally strokes, 0.500, a mobile by the trigram numbers, 0.495, and a mobile in solfège, 0.483, each
kept its code with new wording and its items joined by a separator or by none instead of spaces; a grooming shop's
mobile, 0.509, replaced by a wife's hand-sewn dog clothes; poodle puppies at an estate's east gate, 0.507, replaced by
ragdoll kittens seen at home after dinner; a turtle keepers' QQ group, 0.505, replaced by a call-duck keepers' one; a
folding cage on 闲鱼, 0.477, replaced by a son's hamster cage) and nineteen negatives (six of the dangerous-looking
lines: a 12345 ticket over a stray dog's bite, a 京东 order for a pet feeder, a 顺丰 waybill for cat-food samples, a
pet-fair venue manager's mobile passed on, an animal centre's tax number, a 12315 complaint over a sick kitten; three
questions: a golden retriever that wrecks the house, a vet for a cat with blood in its urine, an automatic litter box;
two warnings, a fake vet's refund call and a phishing link's account removed; a cat's creatinine; two chat lines, a
stray tortoiseshell's kittens and a cat that prefers a box; three notices, the admin rule above, a chamber's meeting at
a pet-food factory and a science lesson's pet photos; an argument over an unleashed dog; the English line about a
puppy's second shot). All twenty-seven were rewritten with new wording, most of them with a new subject (a few kept
theirs with a new framing: the three codes above, samples sent to a client, an order refunded, an invoice, a complaint's
number), none by a synonym swap. In the second run two stood at 0.47 or more, both replacements from the first run: a
class's farm lesson feeding lambs (0.513), replaced by a class's silkworms taken home in turns, and a text about a "pet
medical insurance card" (0.512), replaced by a dog IQ-test mini-program. The third run found none. Twenty-seven lines
were rewritten for similarity, twenty-nine rewrites in all, two lines twice. The fourth and fifth runs, on the finished
file with this docstring, after ruff format (the fifth after the docstring's last edit), found none at 0.47 or more
either. Lengths run from 36 to 82 characters for the positives (the longest the German number words) and 17 to 55 for
the Chinese negatives (the English lines 116 and 96, the traditional ones 25 and 27). The lines are meant to be scored
once, blind; tuning on their errors would spoil them.

Set 109 focuses on pets and animal services sold into groups: grooming and bathing (cat grooming at home in Thai digits,
dog washing from a van with a mobile that is also WeChat, grooming by counted barks, the writer's free nail clipping
with baths, a cousin's pet shop with a perk), boarding and pet-sitting (the writer's cat-feeding visits, a husband's
boarding yard, cat boarding in Khmer digits, the writer's dog boarding over the holiday, the writer feeding colleagues'
cats), dog walking and training (a walking mini-program, walks in Myanmar digits, training notes on 小红书, training on
斗音, an obedience class by the digit-shape rhyme, a free trial lesson), vets and vaccinations (a clinic's vaccines by a
landline, the family's clinic on 美团, a retired vet's home visits in Gujarati digits), pet food, treats and supplies
(cat food by a short link, treats on 拼多多, bird seed in a 微店, raw cat food in Persian digits, cat litter on 拼哆哆,
strollers on 天犭苗, a cousin's scratching boards on 淘宝, dog clothes, birthday cakes for dogs, hamster food, used
cages and tanks), breeding and selling puppies, kittens, birds and reptiles (cockatiels with a QQ, golden retrievers
with a dashed mobile, corgis in superscript digits, geckos on 微博 and in Greek numerals, snakes on 视屏号, racing
pigeons with 口口, mastiffs by the trigrams, British shorthairs in solfège, lop rabbits in tally strokes and at a school
gate, kittens in German, hwamei birds by the 千字文, ragdolls at home, call ducks in a QQ group), aquariums and
ornamental fish (a father's fish on 抖音, tanks built and cleaned with a spaced mobile, clownfish and coral in
parenthesized digits, discus by resistor colours, the writer's aquarium shop for alumni), pet photography (portraits by
e-mail, home shoots in monospace digits, family photos in a community room), pet funerals (a memorial 公众号, cremation
with a Greek-letter id), pet transport (a 400 line, a pet taxi with "wx：", a car ride home by the solar terms) and a
cat café on 大众点评; beside company, family, class, estate, alumni, cat-lovers', dog-walkers' and chamber groups'
ordinary life: waybills, orders, tickets, invoices, records, hotlines, a microchip's number and a teacher's extension
passed on for work, members asking about vets, boarding, tortoises, rabies shots, a shy kitten, a moulting budgie, a GPS
collar and a fish tank, pet scams warned of, weights, costs, sizes, temperatures and dates, and arguments over a lift, a
cat's noise, a drone, feeding bowls and dog mess.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a wife's hand-sewn dog clothes with the writer's
mobile; the writer's cat-feeding visits with a WeChat id and a note to add; a husband's boarding yard with his WeChat
id; home-bred cockatiels with "Q我"; a clinic's cat vaccines by a landline with an area code; inter-provincial pet
transport by a 400 line with a key to press; pet portraits by e-mail; a grain-free cat-food group-buy by a short link,
dwz.cn/…; a cousin's scratching boards to search on 淘宝 with five yuan back for a note; a son's hamster cage on 闲鱼,
searched by the writer's account; a call-duck keepers' QQ group by its number and an answer to give; the writer's
dog-training notes on 小红书 with one-to-one lessons; a father's ornamental fish with a 抖音号; a pet memorial's 公众号
with a word to reply; the family's animal clinic on 美团 with a new customers' deal; a dog-walking mini-program to
search; the writer's reptile account on 微博; a mother-in-law's freeze-dried treats on 拼多多; dog washing with a mobile
that is also WeChat; a pet taxi with "wx："; golden retriever puppies with a dashed mobile; aquariums built and cleaned
with a spaced mobile; the writer's bird-seed 微店; the writer's cat café on 大众点评), 14 moderately, with disguises the
docstrings read do not list (Thai digits ๑๓๗…; Khmer digits ១៥៩…; Myanmar digits ၁၈၆…; Gujarati digits ૧૩૩…; extended
Arabic-Indic (Persian) digits ۱۵۲… after 加微; superscript digits ¹³⁹…; parenthesized digits for a QQ, ⑶⑸⑼…;
mathematical monospace digits 𝟷𝟾𝟻…; Greek letters shaped like Latin ones, νχ for vx and an id ΡΕΤΗΟΜΕ…; the homophone 拼
哆哆 for 拼多多; the homophone 斗音 for 抖音; 猫 split into 犭苗, 天犭苗; the homophone 视屏号 for 视频号; 口口 for QQ)
and 10 heavily, with codes the docstrings read do not list (a mobile by resistor colour bands, 棕 as one and 黑 as zero;
a mobile by the children's rhyme on the digits' shapes, 铅笔 as one and 鸡蛋 as zero; a mobile by the Earlier Heaven
trigram numbers, 乾 as one to 坤 as eight, with no nine or zero in it; a mobile in solfège syllables joined by dashes,
do as one and the rest 休止 as zero; a QQ by the number of barks, one 汪 each; a mobile in 正 tally strokes, 一 as one
to 正止 as nine; a QQ in Greek alphabetic numerals, α as one, stigma ϛ as six, θ as nine; a mobile by the order of the
solar terms, 立春 as one and 夏至 as zero; a mobile in German number words; a mobile by the order of the 千字文's
opening characters, 天 as one and 月 as zero) and 12 subtle (an offer with a price or a call to action only): the
writer's ragdoll kittens at four thousand five hundred, seen at the writer's home after dinner; the writer's free nail
clipping under building 2 on Sunday afternoon, baths at forty-one; a wife's dog birthday cakes at a hundred and eight,
ordered under the message with the dog's name and the date; the writer feeding travelling colleagues' cats at twenty a
night, the key left in the writer's drawer; the writer's old 1.2-metre tank with its filter at three hundred in the
company car park's B area, seen before the end of work; the writer's dog boarding over the National Day holiday at fifty
a day, three dogs only, first come first served; a cousin's pet shop at the south gate, thirty per cent off a bath for
saying the owners' committee group's name; the family's lop rabbits at a hundred and fifty at a primary school's gate at
pick-up time; the writer's hamster food at fifteen a jin brought to the office tea room, shares said in the group; pet
family photos at ninety-nine in a community room, times by 接龙; the writer's free trial dog-training lesson on a
riverside lawn, then a hundred and ten a lesson; the writer's new aquarium shop behind the old school, twenty per cent
off for the class's number. About a dozen positives are written the way members casually sell in a group (the writer's
cat visits, cage, training, reptiles, bird seed, cat café, kittens, nail clipping, cat feeding, tank, boarding, hamster
food, photos, training lesson and aquarium shop; a wife's dog clothes and cakes; a husband's boarding yard; a father's
fish; a mother-in-law's treats; a cousin's scratching boards and pet shop; a brother's reptiles; the family's clinic,
strollers and rabbits).

-   `POSITIVE_109` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_109` (100 lines): 20 that look dangerous at first sight (a 德邦 waybill for freeze-dried samples stuck at
  a hub, a 浙里办 request's number over rooftop pigeons, a cat's medical record number for a follow-up, a dog's
  immunisation book number for the licence check, the 119 line for a stray cat in a ventilation shaft, a school's
  biology teacher's extension passed on for a turtle's care, a cat-food review's 腾讯会议 number, a group-buy order's
  number for a faulty tank heater, a dog's flight and air waybill, a 美团 order's tail for wrongly delivered cat litter,
  an animal clinic's invoice number for a reissue, a market office's registration number over a parrot with psittacosis,
  a cat café's Wi-Fi name and password for team building, a boarding contract's number for reimbursement, the 120 line
  for an old neighbour who fell, a dog's microchip number, a property repair ticket for a stuck pet gate, a specialist's
  queue number at an animal hospital, a 中通 waybill for a science class's silkworm eggs, a recalled cat food's official
  400 registration line); 10 members asking or recommending (a vet for a guinea pig's teeth, boarding without cages, a
  grooming shop recommended, a tortoise for a child, the rabies shot's interval, a kitten hiding under a sofa, a
  moulting budgie, a GPS collar, a domestic cat food recommended "not an ad", fish for a front-desk tank); 10 warnings
  quoting or describing the scam or ad ("免费领养纯种布偶，只收运费" with fees after fees, "上门洗狗三十九全包" with a
  big-dog surcharge, "狗狗智商测评，测完送定制铭牌" asking for ID and bank card, "繁殖场直销，赛级血统，包健康一年" and
  parvovirus, "宠物殡葬一条龙，骨灰能做成钻石" with a deposit gone, "低价进口狗粮" sold by private chat and the account
  kicked, a fake property notice "统一办理狗证，每户先交两百", "宠物空运全国包到家" with treatment fees, "终身包活" at
  an aquarium shop, "领养一只猫送三个月猫粮" tied to an instalment loan); 17 lines with numbers that are not contacts (a
  cat's weight, a neutering's cost, steps on dog walks, a tank's size and litres, a biology mark, cat food's price and
  use, an old dog's age, a heater's temperature, households with dogs and cats, hay eaten, a dog's temperature, goldfish
  multiplied, a corgi's sprint time, pet insurance paid and claimed, a leash's length, a parrot's words, a booster
  shot's deadline); 7 organisers' and admins' own notices (free rabies shots from the property, a cat group's Friday
  photo night, a parents' committee's silkworm rota, an alumni reunion at a farm-stay with dogs and 接龙, an alumni
  association's veterinary faculty anniversary, the admin department feeding the office cats, a dog-walkers' clean-up
  morning); 27 lines of everyday chat (a toppled Christmas tree, a dog that hates rain, a mother's new myna, a magpie's
  chicks on a clothes rail, silkworms and mulberry leaves, guppy fry at the front desk, a hedgehog on a walk, a tortoise
  called boss, a cat yowling in a taxi, a dog's first snow, braised pork fed in secret, a hamster in a slipper, a
  friendly golden retriever, a cat tree finally accepted, a dog waiting for a motorbike, a succulent eaten by the office
  cat, a bone for a stray, a parrot drawing on a classroom wall, a pleco bigger than the goldfish, a class monitor's
  dormitory cat's descendants, a snoring dog, a rabbit that comes when called, a thrush waking the building, a cat
  watching pigeons, dog owners met at a pet park, a dog waiting after overtime, a goose chasing a nephew); 5 heated
  arguments without any selling (a dog urinating in the lift, a cat called noisy against a child's piano at midnight, a
  drone scaring a dog into the road, feeding bowls left at a door, dog mess caught on camera); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_109 = """
我老婆手工缝狗衣服，按尺寸量身做，加棉小袄一件六十五，要做的直接打我手机13916274083，报一下狗的胸围和背长。
春节要出远门的铲屎官看过来，我可以上门喂猫铲屎，一天两趟每趟四十，钥匙当面交接，微信miaojie_2046，备注“上门”。
老公在郊区弄了个寄养小院，有草坪能放风，中大型犬一晚九十，春节名额剩得不多了，要订的加他微信dahuang-farm88。
养了十几年鹦鹉，自家孵的玄凤宝宝已经能上手了，需要的同好Q我：2875160493，只送本市不发快递。
我们诊所新到一批猫三联疫苗，周末全天接种，来之前先打座机0571-86924135预约，记得带上原来的免疫本。
跨省宠物托运全程空调车、专人押送，过年回老家要带猫狗的，拨400-817-2639再按2号键查路线和报价。
工作室接宠物写真和带毛孩子的全家福，样片和价目表发邮件来要：pawframe@163.com，周末档期先到先排。
进口无谷猫粮的内部团第三批今晚开，点dwz.cn/Mx7q2Ka直接下单，比旗舰店便宜一截，错过要等下个月。
表妹手工做的剑麻猫抓板和逗猫棒上架淘宝了，搜店名“橘子家猫窝”，群里的朋友下单备注“三楼”返五块。
儿子毕业了，他养仓鼠那套亚克力笼子和跑轮我挂到闲鱼了，搜“阿南的小仓库”能看到，同城自取。
我们几个养柯尔鸭的拉了个群，讲孵化讲喂料，想入门的进来，QQ群693052871，验证填“柯尔鸭”，每个月有人出种蛋。
我在小红书记录训狗日常，也接一对一上门训练，搜账号“阿哲训犬笔记”，私信约时间就行。
我爸退休以后在抖音直播卖观赏鱼，抖音号yulaoban1959，每晚八点开播，亲戚们有空去捧个场。
关注公众号“彩虹桥宠物纪念”，回复“告别”两个字就能看到单独火化和骨灰盒的价目，节假日照常接。
我家动物诊所上美团了，搜“安康动物诊所”，新客驱虫套餐九块九，体内体外一起做。
上门遛狗的小程序叫“遛遛它”，微信里一搜就有，按次下单三十五，半小时后带回遛狗照片和路线。
我在微博开了个号叫“小蜥蜴饲养所”，守宫和鬃狮蜥苗子每周上新，想留种的微博私信我。
婆婆在拼多多开了家冻干零食店，搜“鸡胸肉干老王家”，新人首单减八块，都是自家烘的不加盐。
专业上门洗狗，自带烘干箱和浴缸车，手机号同微信15867302914，同一小区满三家一起约打九折。
宠物专车接送，打疫苗、做美容、去机场都能跑，wx：chongwudidi666，市区内起步价五十。
金毛一窝八只，父母都有血统证书，满月驱虫做完了，看狗提前打电话136-5821-7094，在城西老厂房那边。
水族箱定做、造景、上门换水洗缸，干了十几年了，电话188 2705 6431，周一到周六都在店里。
我的微店“嘎嘎鸟粮铺”上了新配的牡丹鹦鹉粮，谷子都是自己一粒粒筛的，群友直接进店拍就行。
我开的猫咖在大众点评搜“慢吞吞猫咖啡”就有，带学生证半价，二十多只布偶和英短随便撸。
猫咪洗澡美容可以上门做，不用抱猫出门受惊吓，洗澡加剃脚底毛八十，电话๑๓๗ ๔๒๘๖ ๑๐๙๕。
家里有间带阳台的空房专门寄养猫，一只一天三十五，监控随时能看，联系我១៥៩ ០៦៣៧ ២៨៤១
下班没空遛狗的可以交给我，早晚各一次，包月六百，电话၁၈၆ ၂၄၉၀ ၇၃၅၁，先见面让狗认认人。
退休兽医上门打针、剪指甲、看皮肤病，家里老人不方便出门的尤其合适，手机૧૩૩ ૮૦૫૭ ૬૪૨૯
自己做的鲜肉猫饭，冷冻分装好一周量一百二，要订的加微۱۵۲ ۷۳۰۸ ۹۴۶۱，每周三统一送。
家里柯基生了四只，两公两母，第一针打完了，想抱的来电¹³⁹ ⁰⁶⁵² ⁸⁷⁴³，不卖狗贩子。
小丑鱼和珊瑚断枝都是自己缸里繁的，QQ⑶⑸⑼⑵⑺⑴⑷⑻，联系好了上门看缸自提。
上门给毛孩子拍写真，三十张精修三百九，档期问手机𝟷𝟾𝟻 𝟸𝟿𝟶𝟹 𝟼𝟷𝟺𝟽，节前的周末快约满了。
宠物走了不知道怎么处理的，我们能单独火化留骨灰，二十四小时上门接，νχ：ΡΕΤΗΟΜΕ520
猫砂囤货找我，豆腐砂六袋装五十九包邮，拼哆哆搜“猫砂小铺阿宁”就能看到。
我在斗音上教狗狗定点上厕所、随行、不扑人，号是xunquan_laozhou，直播间能连麦问问题。
自家厂里做的宠物推车和航空箱在天犭苗上架了，搜“行走的窝旗舰店”，群里拍下备注返现二十。
我弟在视屏号直播卖爬宠，玉米蛇、豹纹守宫都有，搜“阿斌爬宠屋”，晚上九点开播。
养鸽子的老哥们，今年的赛鸽幼鸽出一批，口口3729415806细聊血统和价钱。
水族店新到一批七彩神仙，老板手机按电阻色环读：棕 绿 灰 红 黑 紫 黄 蓝 棕 白 橙，玩电子的一看就懂。
周末开幼犬基础服从课，报名电话照数字儿歌念：铅笔 耳朵 麻花 鸭子 秤钩 鸡蛋 哨子 镰刀 勺子 红旗 耳朵。
藏獒幼崽出两只，父本是青海带回来的，想看狗先来电，号码用先天卦数：乾离坤兑艮巽震坎乾离震
蓝白英短两只待出窝，已经会用猫砂，我手机照简谱唱出来是do-mi-la-re-休止-fa-si-sol-re-do-mi，休止符算零
上门剃毛洗澡，Q号就数狗叫了几声：汪汪 汪 汪汪汪 汪汪汪汪 汪 汪汪汪 汪汪 汪汪。
兔舍里的垂耳兔满两个月了，看兔打我手机，号码是记账那种画正字：一｜下｜正下｜丅｜止｜正一｜正丅｜一｜正止｜下｜正
守宫苗子按基因分窝出，Q号写成希腊字母记数了：βζδαθεγηϛβ，自己换算。
过年开车回东北，后座能捎两只猫狗，一路有人照看，手机照二十四节气的排位记，夏至当零：立春、惊蛰、芒种、雨水、夏至、清明、谷雨、春分、立夏、小满、惊蛰
猫舍从德国引进的种猫生了，微信就是手机号，德语念：eins drei sieben fünf null acht zwei neun vier sechs eins
出几只会叫的画眉，电话按《千字文》开头的次序排：天 玄 荒 地 日 宇 月 宙 洪 黄 玄。
我家布偶这窝有两只蓝双色，一只四千五，疫苗和证书都齐，这几天晚饭后我都在家，楼上楼下的可以来抱抱看。
这周日下午我在2号楼底下给大家的狗剪指甲，不收钱，顺便洗澡的四十一只，毛巾自带。
老婆烤的狗狗生日蛋糕，鸡肉南瓜馅，六寸一百零八，想订的在这条下面回个狗名和日子。
出差的同事家里猫要人喂的可以找我，我下班顺路，一晚二十，钥匙放我工位抽屉就行。
鱼缸换了大的，原来那个一米二的连过滤器三百出，放在公司地下车库B区，今天下班前来看。
国庆我在老家不出门，谁家狗要寄养的一天五十，院子够大，只收三只，先到先得。
我表哥在南门开的宠物店，进门报“业委会群”洗澡打七折，就是门口挂黄招牌那家。
家里兔子下了一窝垂耳的，一只一百五，放学那会儿我在实验小学门口，想给孩子看的过来。
自己配的仓鼠粮一斤装十五，明天带到办公室茶水间，想要的先在群里报个份数。
周末在社区活动室给毛孩子拍全家福，一组九十九含三张冲印，灯和背景布我带，时间在下面接龙。
谁家狗爱扑人咬东西的，周六下午我在滨江公园草坪上免费带一节体验课，第二节起一百一节。
老同学们，我刚在学校后街开了家水族店，报咱们班的班号，水草和小鱼一律八折。
"""

NEGATIVE_109 = """
小周，发成都经销商的那箱冻干，德邦单号DPK360481957726一直滞留在中转站，你打德邦问问什么原因。
楼顶有人违规养了几十只鸽子，鸽粪把排水沟堵了，我在浙里办提了诉求，编号ZJ2611-55903，等街道来处理。
我家猫的病历号是A20931，复诊时前台报这个就能调出上次的化验单，妈你带着它去的时候说一下。
狗证年检要带免疫证，我家那本编号330106-2025-04718，你们也翻出来看看过没过期。
流浪猫卡在三号楼通风井里出不来，刚打了119，消防说二十分钟左右到，大家先别围着。
张老师，学校饲养角的乌龟归生物组陈老师管，她的分机是8207，周末谁来换水你问她就清楚了。
明天上午十点猫粮新品评审会，腾讯会议号482-693-175，市场部和品控部都要参加。
鱼缸加热棒漏电跳闸了，拼单的订单编号251126-338471902，视频我拍给商家了，等他们处理退款。
狗跟的是CA1503航班托运，落地后去货运区提，提货单号999-43857621，爸你拿身份证去。
美团订单尾号7731那单猫砂送错了，是一楼前台代收的，谁拿错了麻烦放回前台。
动物医院的发票抬头开成了分公司，财务说要把原票号26332000000071845那张一起退回才能重开。
上个月在花鸟市场买的鹦鹉得了鹦鹉热，我去市场管理处登记了，单号HN-0932，说会让摊主退钱。
下午团建在猫咖，无线网MEOW_5G，密码mimi2024，到了自己连，别用流量。
寄养合同编号JY-20260118-06，押金收据拍清楚发我，报销的时候要附上。
遛狗时碰到楼下的老人摔倒了，我打了120，救护车从东门进来，门口的车麻烦挪一挪。
我家狗植入的芯片号900215004382617，万一走丢了，谁捡到带去医院一扫就知道是谁家的。
物业报修单号WX-88213，门禁旁边的宠物通道卡住了，维修师傅说下午两点来。
动物医院周六的专家号挂上了，排第14号，上午九点半之前要到，我先去排队。
中通75318264097312是学校寄来的科学课蚕卵，家长们收到后先放阴凉处，别晒太阳。
那批猫粮被召回了，官方公告里写的登记电话是400-820-6655，我刚打过去登记了退款。
我家荷兰猪牙太长吃不了东西，有哪家医院会看异宠的？去的那家说只看猫狗。
过年要回老家，谁知道哪里寄养狗比较放心？不想要那种一直关笼子的。
推荐城北那家叫“毛毛头”的美容店，我家比熊剪得圆滚滚的，老板对狗特别有耐心。
想给孩子养只乌龟，哪个品种好养活？冬天需不需要加热棒？
请问狗的狂犬疫苗是一年一针还是三年一针？两个社区医院说的不一样。
有谁给狗用过带GPS的项圈吗？老家的狗老往山上跑，想知道定位准不准。
群里有懂鹦鹉的吗？我家虎皮这两天掉毛掉得厉害，是换羽还是生病了？
问一下养猫的前辈，新接回来的小猫一直躲在沙发底下，三天没怎么吃东西，要不要带去医院？
给大家推荐个国产猫粮，鸡肉味的，我家三只吃了便秘都好了，纯分享不是广告。
公司想在前台摆个鱼缸，谁有经验？养什么鱼皮实不容易死？
大家当心网上“免费领养纯种布偶，只收运费”那种，交完运费又要检疫费、保险费，最后根本没有猫。
昨天业主群有人发“上门洗狗三十九全包”，我朋友约了，人到了说狗太大要加一百五，别上当。
别信那种“狗狗智商测评，测完送定制铭牌”的小程序，最后要你填身份证号和银行卡才能领铭牌，就是骗信息的。
说是“繁殖场直销，赛级血统，包健康一年”，买回来一周就查出细小，卖家直接把人拉黑了。
朋友圈那个“宠物殡葬一条龙，骨灰能做成钻石”的，先收了三千定金，后来人就联系不上了。
有个头像是柯基的号在私聊大家卖“低价进口狗粮”，让先付定金，我已经踢了，被它私聊过的直接拉黑。
有人冒充物业在群里说“统一办理狗证，每户先交两百”，物业根本没发过这个通知，别转钱。
小心那种“宠物空运全国包到家”的，半路说狗病了要交加急治疗费，一次一次地要钱。
水族店说的“终身包活”就是个套，鱼死了让你再买一套药，孩子攒的零花钱全搭进去了。
有人转“领养一只猫送三个月猫粮”，其实是让你签分期贷款买猫，合同一定要看清楚再签字。
橘猫今天称了一下七点八公斤，医生说要减到六公斤以下，从今天起猫粮减量。
这次绝育加术前检查一共花了一千三百六，比去年给狗做的时候便宜一点。
狗每天遛两趟，今天手机记了两万一千四百步，我腿都软了。
鱼缸是一米二乘四十五乘五十的，装满水两百七十升左右，得两个人抬。
女儿期末生物考了96分，最后一道大题写的就是我们家仓鼠的一天。
猫粮十公斤一袋四百二，三只猫一个月能吃掉一袋半。
我家老狗今年十四岁了，换算成人的年纪差不多快八十了。
昨晚降到零下四度，我把乌龟缸的加热棒调到了二十六度。
小区统计了一下，养狗的有63户，养猫的41户，比去年多了不少。
兔子一天能吃掉半斤提摩西草，一包五斤也就撑十天。
给狗量了体温三十九度一，医生说狗本来就比人高一度多，不算发烧，虚惊一场。
金鱼从三条生到了二十七条，原来的缸已经住不下了。
周日宠物运动会，我家柯基五十米跑了第三名，9.6秒。
宠物保险一年交了六百八，这次报销回来一千一，总算没白买。
狗绳买了一米五的太短，遛起来老拽着它，下次换三米的。
鹦鹉会说的词到今天是23个了，最新学会的是“下班啦”。
十一月三十号之前给猫打完加强针，那天正好是周日，我请不了假的就约周六。
【物业通知】本周六上午九点到十一点，社区卫生服务站在中心广场免费给犬只打狂犬疫苗，请带犬证并牵好绳。
管理员说明：本群每周五晚上固定是“晒猫夜”，其余时间少刷屏，有人发猫生病求助的帖子请大家优先回复。
家委会提醒：班里那盒蚕宝宝寒假要轮流带回家养，按学号排，第一周是一到五号同学，桑叶已经冻在办公室冰箱里。
同学会通知：十二月十四号周六聚会改到湖边农家乐，可以带狗来，费用照旧AA，去的在下面接龙。
校友会通知：母校动物医学系六十周年系庆定在明年四月，准备返校的校友请在共享表格里填好年级和人数。
行政部：办公室那两只猫春节期间由我们部门轮流来喂，值班表已经发到各位邮箱。
明早七点滨江公园门口集合，一起捡草坪上的狗便便，夹子和袋子我带，大家记得给狗挂好狗牌。
我家猫今天把圣诞树推倒了，还蹲在旁边一脸无辜地看着我。
下雨天狗死活不肯出门，站门口嫌弃地看了一眼就回窝了。
我妈说再也不养鸟了，结果今天又从花鸟市场提了只八哥回来。
总来我家阳台的那只喜鹊今天带了两只小的来，三只站在晾衣杆上排成一排。
孩子非要养蚕，我现在每天下班绕路去河边摘桑叶。
公司前台那缸孔雀鱼又生了一窝，小鱼细得跟针一样。
早上遛狗碰到一只刺猬，狗吓得躲在我腿后面不敢动。
我爸给乌龟起名叫“老板”，每天喊“老板吃饭了”。
今天带猫去打针，它在航空箱里叫了一路，网约车司机都笑了。
狗子第一次见雪，在草坪上打滚打了半个小时不肯回家。
婆婆偷偷给狗喂红烧肉，被我撞见了，两个人都不吭声。
仓鼠越狱了，全家找了一晚上，最后在我爸的拖鞋里找到了。
隔壁单元那只金毛每次见到我都要凑过来蹭一下腿。
买了个带暖垫的猫爬架，猫嫌弃了整整一个礼拜，今天终于肯屈尊上去睡了。
老家的狗一听到我爸摩托车的声音就跑到村口去等。
同事桌上那盆多肉被办公室的猫啃掉了一半。
中午食堂阿姨悄悄给后门的流浪狗留了根大骨头。
女儿画了我们家的鹦鹉，老师把画贴在教室后墙上了。
鱼缸里的清道夫现在长得比金鱼还大了。
毕业二十年了，班长还养着当年宿舍楼下捡的那只猫的后代。
昨晚狗打呼噜比我老公还响，吵得我一夜没睡好。
兔子会认人了，一叫它名字就蹦过来。
爷爷的画眉一早上叫起来，整栋楼都醒了。
猫蹲在窗台上看鸽子，尾巴一甩一甩的，看了一下午。
今天带狗去宠物公园，认识了好几个同一个小区的狗主人。
加班到十点回家，狗还趴在门口等我，一下就不累了。
侄子被邻居家的大鹅追着跑了半条街，哭着回来的。
你家狗在电梯里尿了不是一回两回了，你说擦了，擦了还那么臭？下次我直接找物业！
什么叫我家猫吵？你家孩子半夜十二点弹钢琴怎么不说，别双标好不好！
你在草坪上放无人机把我家狗吓得窜到马路上，还好意思怪我没拴好？公园门口禁飞的牌子你看不见？
喂流浪猫的能不能把碗收走，单元门口全是猫粮和苍蝇，说了多少遍了！
别在群里嘴硬了，狗屎就在你家楼下，监控拍得清清楚楚。
Our office cat knocked the quarterly report off the printer again; honestly she has better judgement than the board.
My daughter named the new goldfish after her maths teacher and refuses to explain why at dinner.
今天帶狗去公園，牠看到鴿子就拚命追，差點把我拖倒。
阿嬤養的那隻老貓今年十八歲了，還是每天趴在門口曬太陽。
"""
