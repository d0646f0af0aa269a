"""Hold-out set 96 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-94 (see holdout_data.py, whose docstring covers sets 1-94; sets 93 and 94 are
described in their own docstrings, which were read here, and sets 89-92 in theirs, which were not), at the same time as
set 95 (written by another helper; this set was checked by the same script against set 95's lines as they stood at each
run from the third on, unread: highest 0.426 at the end among the lines whose closest group it is, as the script showed
it), and kept unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model,
training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from
qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py,
holdout93_lines.py and holdout94_lines.py were opened only for their module docstrings, printed with ast.get_docstring
(the labelling rules, the history and topics of sets 1-94, the file format, the docstring style and the disguises and
codes already used, to avoid repeating them; their lines and the code below the docstrings were not read). The three
docstrings were saved to the writer's own temporary folder (made with mktemp -d; the same command counted their sizes
with wc -c and checked set 95's path with test -f: it did not exist then) and paged through there with cat (set 94's and
set 93's whole) and with head -c and tail -c (the holdout_data.py docstring in two halves; the tool cut both outputs in
the middle, so after wc -l and one grep -n for two sets' headings its lines 150-200, 465-495 and 440-466 were printed
again with sed), joined into one file with cat and searched with two loops of greps counting words and signs for the
digit scripts, lookalike letters, split characters, emoji, homophones and codes considered here: forty-three in the
first (three found: subscript only inside subscriptions, tarot only as set 67's topic, string only inside other words,
as one grep -n for the first two and one grep -n -w for the third showed; a grep -o before them printed nothing) and
eighteen in the second, for the codes chosen in the rewrites (only wedding found, in the topics of weddings and wedding
planners), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only run on this file,
from the checkout's root). The benchmarks folder was not listed; this file's own path was checked for existence by its
exact path (test -f) before it was first written, in the same command that checked set 95's; set 95's file was only
checked for existence by its exact path (test -f, before every run of the script, the first included: it did not exist
at the first two runs, which therefore compared this set with the dumps and itself only, and existed at every later one,
when it was passed) and only loaded by the similarity script, which never printed its lines. The folder holding the
similarity script was not listed and no file in it was opened; the script was only run. No slip to report. Nothing
outside these limits was opened, listed or run. The lines were drafted as Python lists in the writer's own temporary
folder and written to this file by a small script of the writer's own (which also checked the counts, that no line
repeats and the absence of triple quotes, backslashes and line breaks), with a helper module there that turned digits
into the other scripts and letters into the lookalikes below and spelt out the coded numbers from their tables; another
small script made the rewrites from lists of replacements, another wrapped this docstring to 120 columns of display
width, and one-line scripts printed the converted digits, the coded lines with their lengths for review, a check that
this file's strings equal the drafted lists after ruff format, the lengths of the lines and, over this set's own lines
alone, their difflib ratios against each other; awk, sort, uniq, grep, head, cut, wc and a small script read the saved
output of the runs at 0.30 there to take the highest ratio per group. The similarity script read this file: it printed
this set's lines and ratios, never the dumps' or the partner's lines; it was run ten times: three times at the required
floor of 0.49, two times at 0.47, to find the lines standing just below it, once at 0.30, then once at 0.47 and once at
0.30 after three subtle lines were reworded for clarity (see below), and once at 0.47 and once at 0.30 on the finished
file with this docstring, the runs at 0.30 only to read the highest ratio per group for this docstring. No line is
copied from earlier sets or from the training lines: every line's difflib ratio against every line of the hold-out dump
is at most 0.49 (highest 0.468, a positive; 0.467 among the negatives), against every line of the training dump at most
0.49 (highest 0.465, a negative; 0.438 among the positives), against set 95 at most 0.49 (highest 0.426 among the lines
whose closest group it is, two negatives and one positive; the script prints each line's highest ratio only, so a line
closer to a dump may stand a little nearer set 95, but under its own highest, at most 0.468), and no two lines of this
set exceed 0.49 against each other (the script showed 0.417 at most among the lines closest to this set, a negative; the
writer's own difflib check over this set's lines alone gives 0.417 for the closest pair, two negatives: complaints
logged on the 12315 and 12345 lines).

Thirty-four lines were rewritten for similarity, eight of them twice (forty-two rewrites), each time with new wording,
not a synonym swap; four coded lines had their code itself changed, not only reworded, as their ratios against the
hold-out dump suggested an earlier line written on the same list or rule, though the docstrings read do not name it (a
mobile in the ten heavenly stems, 0.581, now the order of Jin Yong's novels in his couplet; a QQ as the numerals missing
from idioms, 0.552, now wedding anniversaries; a mobile as the squares of its digits, 0.568, now intervals' semitones; a
mobile by the order of the first ten surnames of the 百家姓, 0.641, now the lunar mansions from 角). In the first pass,
at 0.49 and on this file alone (set 95's file did not exist yet), thirty stood at 0.49 or more (0.800 at most, a choir's
rehearsal moved, against the training dump), twenty-seven against the hold-out dump and three against the training dump:
five positives (a lacquer-fan class's 公众号, 0.521, and the four codes above) and twenty-five negatives (a guitar's SF
waybill, 0.541; a sound supplier's mobile passed on, 0.500; a 12315 complaint, 0.513; a 12345 ticket about drumming,
0.500; a guzheng repairer asked for, 0.514; an easel to borrow, 0.520; a fake ticket-refund text, 0.571; a piano grade's
score, 0.565; daily practice minutes, 0.500; steps walked, 0.774; the group rule, 0.509; the removed advertiser, 0.582;
the choir; an alumni reunion's 接龙, 0.492; a mother told not to cook much, 0.545 against the training dump; meeting
minutes by e-mail, 0.703; sketching moved for rain, 0.529; a printer jammed, 0.741; osmanthus in bloom, 0.615; an old
classmate still painting, 0.621; salty braised pork, 0.643; a lost staff badge, 0.629; an angling meet, 0.538 against
the training dump; piano played late at night, 0.610; the first English line, 0.514). In the second pass, at 0.49, still
on this file alone, eight negatives, each given a new subject: the waybill (0.600, now a ukulele's lacquer), the easel
(0.625, now a calligraphy class's mid-term places), the steps (0.600, now a bronze gallery's exhibits), the removed
advertiser (0.645, now one removed after six posts), the mother (0.558, now a father's pills), the osmanthus (0.591, now
a violinist on the metro), the braised pork (0.545, now a colleague's chrysanthemum tea) and the late piano (0.500, now
a grade exam as an excuse). A run at 0.49, the first with set 95's file, then found none (0.479 at most). In the fourth
pass, at 0.47, four standing between 0.471 and 0.479: a framing shop's landline (0.479 against the training dump), the
ages' tens digits (0.471 against set 95), a sketch exam's score (0.474) and a stamp album's face value (0.478); a run at
0.47 then found none (0.468 at most), and a run at 0.30 gave the figures above. After it, three subtle lines were
reworded only for clarity, not for similarity (two prices that could be read as counts and a reply's wording); a run at
0.47 found none (0.468) and one at 0.30 gave the same figures, as did the runs on the finished file. Lengths run from 28
to 75 characters for the positives (the longest the Italian number words) and 13 to 49 for the Chinese negatives (the
English lines 101 and 110, the traditional ones 16 and 18). The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 96 focuses on art, music, culture and collectibles sold into groups: musical instruments sold and repaired (a
husband's small shop behind the cultural palace mending erhu and pipa by WeChat id, the writer's spare keyboard by QQ,
guitars and ukuleles repaired with a dashed mobile, a brother's accessory shop on 京东, a second-hand guzheng in Tibetan
digits, folk instruments consigned by their strings, guqin made to order by the twelve pitch pipes), piano tuning and
moving (a tuner's mobile, a tuner in a lobby on Saturday, pianos moved by intervals), calligraphy and paintings (a
seal-carving father on 拼多多, ink-painting lessons with a mobile that is also WeChat, calligraphy classes in
small-capital letters, signboards by Jin Yong's novels, oil portraits by tarot numbers, flower-and-bird lessons by the
ages' names, seal carving by the lunar mansions, copybooks at the writer's desk, couplets written at the estate's gate),
framing (a framing shop's landline, frames by 微✉, framing left at the guard room), antiques and collectibles (coins and
stamp albums by "V：", an uncle's stall buying old coins by WeChat id, silver dollars bought in Bengali digits, vinyl
records in counting-rod numerals, old coins streamed on 块手, Guangxu coins brought to an alumni gathering), tea
ceremony and incense (a tea lovers' QQ group, an incense stream on 视频号, tea performances in Telugu digits, kungfu tea
taught in a tea room, incense coils in a car park), pottery and handicraft workshops (a relative's blue-and-white cups
on 快手, a pottery taster on 小红书, a lacquer-fan class's 公众号, a cousin's silk fans on a short link, a mother's
embroidery by her WeChat id, a pottery wheel in double-struck digits, wood-fired pots on 小虹书, a parents' class by
wedding anniversaries, clay in an activity room), performance troupes and bands for hire (bands and string quartets on a
400 line, lion dancers with a spaced mobile, a djembe group by 君羊, a rehearsal room in Lisu letters, a wedding band in
negative squared letters, a band for shop openings @ed in the group), art supplies (the writer's spare paints on 闲鱼, a
淘宝 shop of brushes and paper, oil pastels at the school gate), music lessons and rooms (a guzheng stream on 抖音, a
practice-room mini-program, watercolour in Lao digits, exam accompaniment in subscript digits, bel canto in Italian, a
theory course by sharps, guitar lessons from a son) and art exam coaching (a studio's course by e-mail, a sketch course
at a second-floor art room); beside a school art festival, concert and theatre tickets and their order numbers, a member
sharing a painting, exhibitions and a library's heritage show recommended, a museum's and a grand theatre's official
accounts named, scam warnings about appraisal, auction fees, art investment and fake paintings, ordinary chat in company
work groups, family groups, parents' class groups, an alumni group and hobby groups (calligraphy, a choir, a reading
club, angling, hiking).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a piano tuner with a mobile and surname; a
husband's instrument shop with a WeChat id; the writer's keyboard with a QQ; a framing shop's landline with an area
code; bands and quartets on a 400 line with an extension; a studio's course by e-mail; a cousin's fans on a short link,
t.cn/…; the writer's 抖音号; a relative's cups to search on 快手; the writer's paints to search on 闲鱼; a named 淘宝
shop with a remark for free shipping; a father's seals to search on 拼多多; a pottery taster on 小红书 with private
messages; an incense stream on a 视频号; a 公众号 with a word to send; a mini-program to search in WeChat; coins and
stamp albums with "V："; lion dancers with a spaced mobile; instrument repairs with a dashed mobile; lessons with a
mobile that is also WeChat; a mother's embroidery with her WeChat id; a tea group by a spaced QQ group number; an
uncle's coin stall with his WeChat id; a brother's 京东 shop), 14 moderately, with disguises the docstrings read do not
list (Tibetan digits ༡༣༩…; Lao digits for a QQ, ໓໘໕…; Bengali digits ১৮৭…; Telugu digits ౧౫౯…; counting-rod numerals
with 〇 for zero, 𝍠𝍢𝍢…; double-struck digits 𝟙𝟛𝟠…; subscript digits ₁₇₇…; small-capital letters for wx and an id,
ᴡx：ᴍᴏꜰᴀɴɢ…; Lisu lookalike letters for VX and an id, ꓦꓫ：ꓓꓣꓴꓟ…; negative squared letters for vx and an id, 🆅🆇：🅽🅰🅽…; 群
split into 君羊; ✉ for 信, 微✉; the homophone 小虹书 for 小红书; the homophone 块手 for 快手) and 10 heavily, with codes
the docstrings read do not list (a QQ as the strings of folk and other instruments, 独弦琴 as one and 古琴 as seven; a
mobile by the twelve pitch pipes' order, 黄钟 as one and 南吕 as zero; a mobile by the order of Jin Yong's novels in his
couplet, 飞狐 as one and 神雕 as zero; a QQ as the tarot major arcana's numbers, 愚者 as zero; a mobile in Italian
number words; a QQ as the years of wedding anniversaries, 纸婚 as one; a mobile as the tens digit of the classical names
for ages, 志学 as one and 期颐 as zero; a mobile as the semitones in intervals, 纯一度 as zero; a mobile by the lunar
mansions from 角, 女 as zero; a QQ as the sharps of major keys) and 12 subtle (an offer with a price or a call to action
only): a tuner in building 3's lobby on Saturday at a hundred and fifty, flats posted in the group; copybooks at twenty
at the writer's desk; clay modelling at eighty in an activity room on Sunday, numbers replied under the message; a
sketch course at eighteen hundred at a second-floor art room after a parents' meeting; a band for shop openings at eight
hundred, @ the writer in the group; kungfu tea taught at thirty in a seventh-floor tea room at Wednesday's lunch break;
framing at fifteen a square chi, work left at the guard room; Guangxu coins from three hundred brought to an alumni
gathering; incense coils at twenty a box by the writer's car in the car park; a son's guitar lessons at fifty an hour in
the activity room downstairs; spare oil pastels at cost at the school gate in the morning; couplets at twenty at the
estate's east gate from the twentieth of the twelfth month. About a dozen positives are written the way members casually
sell in a group (a husband's shop, the writer's keyboard, paints, stream and coins, a cousin's fans, a relative's cups,
a father's seals, a mother's embroidery, an uncle's stall, a brother's shop, a son's guitar lessons).

-   `POSITIVE_96` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_96` (100 lines): 20 that look dangerous at first sight (a concert order still issuing, a ukulele's SF
  waybill, a sound and lighting supplier's mobile passed on for an annual party, a piano's VAT invoice, a 淘宝 refund
  number for dried paints, a 12315 registration about a studio that closed with fees, a provincial museum's 公众号 named
  for bookings, a 抖音 video of a bamboo-flute maker, a 大麦 order for a choir's concert, a class teacher passing on the
  school art office's landline, a 京东 order for a piano bench, a 拼多多 after-sales number for crayons, a museum's
  lost-property number, a grading exam's ticket number, a theatre refund's number, a 小红书 post on tea caddies as
  vases, a grand theatre's 公众号 for a New Year concert, a 12345 ticket about a drummer, a costume payment's tail
  number, a projector's asset number); 10 members asking or recommending (a guzheng bridge cracked, a pottery class
  recommended, a quarter-size violin, a calligraphy class's places, a framing shop, a coin's authenticity, a 凤凰单丛
  recommended, 欧体 or 颜体, a tuner's fee, a library's heritage show recommended); 10 warnings quoting or describing
  the scam or ad ("藏品 免费鉴定，高价代拍", leaflets buying old coins for auction fees, art-share investment, art
  training pushed in private, a fake piano prize, a "master-made" 紫砂 teapot from a stream, a fake ticket-refund text,
  free tea tastings, museum products at "inside" prices, famous paintings dirt-cheap); 17 lines with numbers that are
  not contacts (a piano grade's score, a frame's size, an erhu's price, a performance's dates, tea's weight and water
  temperature, a sketch exam's score, pottery cups cracked, an annual party's acts, a guitar's action, ticket prices, a
  stamp album's face value, xuan paper's size, a choir's voices, practice minutes, a utility bill, a bronze gallery's
  exhibits, badminton split); 7 organisers' and admins' own notices (a calligraphy group's rule banning ads, pulling
  members to other groups, pushed courses and consigned works, an account removed for posting "老物件上门鉴宝" six
  times, a school art festival, a union's calligraphy and painting show, a choir's rehearsal moved, an alumni reunion in
  an old hall, a community's paper-cutting morning); 27 lines of everyday chat (some about a painting shared, a child
  collected, a father's pills, review minutes, a Monet show, a grandfather's erhu, sketching moved indoors, hiking
  photos, a printer eating paper, 人间词话, a daughter's drum kit, a grandmother's eightieth, a violinist on the metro,
  an intern from an art academy, two potatoes, an old classmate's self-portrait, a colleague's tea, a clay pig, a team
  outing, a staff badge, 天空之城 played through, reading glasses, angling at a dam, a father's couplets, an
  annual-party sketch, a grandmother's teapot, vinyl at home); 5 heated arguments without any selling (piano late at
  night, a programme's credit, clay pieces broken, a band in a meeting room, paintings hung beyond a share); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_96 = """
钢琴调律可以上门，城区一台两百不收路费，约时间打13817426695，我姓蒋。
我老公在文化宫后门开了个小琴行，二胡蒙皮松了、琵琶断弦都能修，他微信 erhu_laozhou
家里那台雅马哈电子琴闲着落灰，九成新连琴架五百出，想要的QQ 2751093864 找我
立轴、手卷、镜片都能裱，我们店做了三十年了，电话0571-86923417，周一店休。
承接公司年会驻场乐队和婚礼弦乐四重奏，全国热线400-867-2391转3，档期先到先得。
我们画室寒假素描色彩集训开始报名了，课表和收费发邮件索取：mslinart@163.com
表姐手绘的真丝团扇，工笔花鸟都是她一笔一笔画的，样图放这儿了 t.cn/A6hQx2Vk
每晚八点我在抖音弹古筝直播，也带线上陪练，抖音号 guzheng_xiaoman 欢迎来捧场
景德镇的亲戚自己烧的青花杯子，快手上搜“瓷都阿华”就能刷到，价格真的不贵。
毕业搬家清出一堆马利水粉和画板，都挂闲鱼了，搜“美院毕业清仓小陈”能看到。
淘宝店“墨香斋文房”新到湖笔和三尺生宣，群里的朋友拍的时候备注群名就包邮。
我爸退休在家刻印章，名章闲章都接，拼多多搜“老周篆刻”，比外面店里便宜一半。
周末陶艺体验课又放了几个名额，小红书搜“陶土日记Mia”，私信报名字留位置。
今晚视频号“听香阁”开播，讲沉香和线香怎么挑，直播间里有粉丝专享价。
大漆团扇手作课下个月开班，想报的先关注“大漆手作坊”这个公众号，发“体验”两个字给八折。
练琴房按小时出租，微信里搜小程序“琴房时租”就能下单，新用户首小时九块九。
手上有几套纪念币和邮票年册想转出去，品相都好，需要的 V：qianbi_8866
舞龙舞狮、锣鼓队、腰鼓队都能出，开业婚庆价格好商量，139 5082 7716 王师傅
吉他尤克里里换品丝、调弦距、修开胶，学生价，电话186-2390-4471随时打。
国画专业毕业，周末接小朋友美术一对一，到家或线上都行，手机微信同号15267730518
我妈闲下来绣的苏绣小摆件，有猫有花鸟，想要看图的加她微信 sxmama1962
茶艺爱好者的Q群 783 215 904，进群每周有免费的线上品鉴试听课。
我舅在潘家园有个摊子，专收老钱币老票证，家里有东西想出手的加他微信 pjy_laoli
我弟在京东开了个乐器配件店，琴弦、琴包、变调夹都有，京东搜“弦音乐器配件”。
转一台二手古筝，163的标准款，琴码指甲都配齐，电话 ༡༣༩༦༢༠༤༥༨༡༧
周日下午开成人零基础水彩小班，一节课一百二，感兴趣的加Q ໓໘໕໒໐໗໑໖໔
回收老银元、袁大头、机制币，免费上门看货，手机 ১৮৭৯০৩৪৬২৫১
茶会布置和茶艺表演可以请我们，开业雅集都做过，联系 ౧౫౯౬౮౭౧౦౩౪౨
黑胶老唱片收售，邓丽君原版都有，打这个 𝍠𝍢𝍢〇𝍦𝍨𝍡𝍤𝍣𝍥𝍧 问
亲子拉坯体验一人九十八含烧制，想约周末的打 𝟙𝟛𝟠𝟞𝟘𝟚𝟙𝟟𝟝𝟡𝟜
钢琴考级陪练，十年教龄，一节课八十，手机 ₁₇₇₁₂₀₈₅₃₉₆
软笔书法周末班招生，楷书行书都教，ᴡx：ᴍᴏꜰᴀɴɢ_ꜱʜᴜꜰᴀ
乐队排练室对外出租，鼓和音箱齐全，ꓦꓫ：ꓓꓣꓴꓟꓣꓳꓳꓟ_88
我们乐队接婚礼和酒吧驻唱，曲库三百多首，🆅🆇：🅽🅰🅽🅵🅴🅽🅶🅱🅰🅽🅳
想学非洲鼓的进我们的君羊，号 5829 36071，周四晚上有免费体验课。
画框定做、油画内框绷布，尺寸随便报，微✉：kuangzi_77
柴烧的杯子碗碟每周上新，小虹书搜“阿陶的窑”就是我，开窑那天有折扣。
家里几千枚老钱币慢慢出，块手搜“老钱币李哥”，每晚九点直播一枚一枚讲。
二手民乐器寄卖，Q号是这几样乐器的弦数连着写：三弦 古琴 二胡 吉他 琵琶 独弦琴 古琴 吉他 三弦
斫琴定制，电话按十二律的次序取位，黄钟算一，南吕当零：黄钟 姑洗 林钟 大吕 南吕 蕤宾 太簇 仲吕 夷则 夹钟 黄钟
刻字写匾都接，手机号照金庸那副对联里各部书的先后来排，神雕算零：飞狐 连城 白马 书剑 射雕 雪山 笑傲 神雕 天龙 鹿鼎 飞狐
油画肖像照片定制，Q号照塔罗大阿卡纳的编号读：女祭司、愚者、隐士、皇后、教皇、皇帝、力量、恋人、魔术师、战车
美声私教一对一，手机号用意大利语念：uno sette sette cinque sei tre due zero nove quattro otto
陶艺亲子课报名，Q号是这些结婚纪念日各是第几年：皮婚 陶婚 木婚 纸婚 柳婚 布婚 铁婚 丝婚 铜婚
想跟我学写意花鸟的，电话是这几个年岁别称对应的十位数字：志学 耄耋 花甲 期颐 而立 古稀 弱冠 知命 志学 不惑 鲐背
钢琴搬运托运，电话是下面这些音程各含几个半音：小二度 纯四度 大六度 小三度 小六度 大三度 三全音 小二度 大二度 纯一度 纯五度
篆刻私课，电话按二十八宿从角宿数起的次序，女宿当零：角氐心斗箕女房尾亢角牛
乐理网课开班，Q号是这串大调各自的升号个数：B D 升C A G 升F C E D
下周六我请调律师傅来3号楼大堂，一台一百五，要调琴的在群里报个楼号。
多买了十几本田英章的字帖，一本二十按原价转，想要的上班时到我工位拿。
周日上午社区活动室捏陶，一人八十含泥料和烧制，要来的在这条下面回一下去几个人。
素描冲刺班只剩三个名额了，一期一千八，开完家长会直接来二楼美术室找我。
我们几个人的乐队接店铺开业暖场，一场八百包设备，哪家店需要在群里@我。
周三午休我在七楼茶水间教泡功夫茶，一人三十连茶叶，想来的提前跟我说声。
顺手帮人裱画，一平尺十五块，东西包好写上名字放门卫室就行，三天来取。
手上几枚光绪元宝准备出，一枚三百起，周末校友聚会我带过去，想看的现场上手。
自己打的香篆盘香，一盒二十，下班后到地库B区我车旁边拿。
我儿子暑假在家教吉他入门，一小时五十，就在楼下活动室，家长直接把孩子带来。
樱花油画棒多订了二十盒，原价转给班里，明早送孩子时校门口找我。
腊月二十开始我在小区东门摆桌写春联，一副二十，现写现拿，福字送。
"""

NEGATIVE_96 = """
周杰伦演唱会的订单 D2025112634870192 到现在还是出票中，有人跟我一样吗
上周寄给师傅重新做漆的尤克里里，单号SF1420873365921，今天签收了，颜色比原来还亮
年会音响灯光用的是王总介绍的供应商，孙经理，电话13706618420，舞台那块你们组直接跟他对
学校买钢琴的增值税发票开好了，号码04582917，经手的老师到财务室签字领
颜料寄来一半是干的，淘宝退款编号3198204471552086，卖家两天了都不理
画室卷钱跑路那事，我已经在12315平台登记了，编号20251124-0732，同样被坑的可以一起
省博物馆公众号今天发了预约通知，周六的名额上午十点放，大家记得去抢
抖音刷到一个老爷子用竹子做笛子，看得我一个钟头没挪窝
合唱团专场演出的票是大麦上买的，订单号8810236754，取票码在短信里
班主任：艺术节彩排时间有调整，有事打学校艺术组办公室0512-65283307找刘老师
京东买的琴凳到了，订单298374615520，打开一看螺丝少两颗
儿童画材套装少了一盒蜡笔，拼多多售后单号 2511230987612 已经提交
我在美术馆丢了把伞，前台说去失物招领处登记，编号是A-1127
孩子的考级准考证号2025330118，考场在少年宫三楼302
话剧票退票申请号 TK88213406，说三到五个工作日原路退回
小红书上看到有人把旧茶叶罐改成插花的花器，挺有意思
大剧院公众号推了元旦新年音乐会，早鸟票周五中午截止
楼上那个鼓手凌晨一点还在敲，我已经在12345留了单，JD25112300417，看他们管不管
演出服的钱已经从班费里转给服装厂了，转账流水尾号6630
展厅那台投影仪资产编号ZC-2019-0332，今天又不亮了，已经报修
古筝的琴码裂了道缝，咱这附近谁知道有能修民乐器的地方？
推荐少年宫的陶艺课，老师特别有耐心，我家孩子上了一学期还想上
想给孩子买把1/4的入门小提琴，大家有什么牌子可以推荐吗
有没有家长知道少年宫的书法班下学期还收插班生？
求推荐个靠谱的装裱店，爷爷写的字想裱起来挂在客厅
咱们群里有懂钱币的吗？帮我看看这枚是不是真的
城南那家茶叶铺的凤凰单丛不错，上回喝了一次到现在还惦记
想从零开始练毛笔字，楷书先临欧体好还是颜体好？
前几天谁说的那个调琴师傅，收费大概多少
市图书馆这周末有非遗展，剪纸皮影都有，免费的，推荐带孩子去
“藏品免费鉴定，高价代拍”这种电话千万别信，先收你几千块鉴定费
小区门口有人发传单说高价回收老钱币，其实是骗人去交拍卖费的
当心什么艺术品份额投资，嘴上说年化三成，本质就是拉人头
有人私下加家长推销美术集训，说包过联考，大家不要理
有人冒充琴行打电话说中了一台钢琴，只要付运费，纯属诈骗
那个直播间卖的大师手作紫砂壶，到手是机器灌浆的，我妈被坑了三百
有条短信冒充票务平台，说我的演唱会票失效了要点链接办退款，可我压根没买票
景区那种免费品茶最后都逼你买几千块的茶叶，去过的都懂
说能内部买到博物馆文创限量款、要先转定金的，都是骗子
网上那些名家字画白菜价，十有八九是印刷品盖个章
钢琴十级成绩出来了，92，小家伙说终于不用天天坐琴凳了
画框量好了：宽68厘米，高45厘米，边框2.5厘米
这把二胡当年花了380，拉了十五年音色还是好
演出定在12月20日晚七点，彩排是18号下午两点
一泡投7克，水温95度，第一泡十秒就出汤
联考素描拿了247，比一模多了二十来分，色彩还得再冲一冲
陶艺课做了4个杯子，烧出来裂了1个
年会每个节目控制在5分钟以内，总共14个
我这把吉他12品弦距2.8毫米，是不是偏高了
门票成人60，学生半价，65岁以上免费
翻出一本九八年集的邮册，那时候整本加起来面值不到二十块
宣纸四尺对开是69乘69厘米吧？
合唱团一共38人，女高音太多，男低音只有5个
现在每天盯他练琴四十分钟，周末加到九十分钟，嗓子都喊哑了
上个月水电费加起来312，比去年冬天少一点
青铜馆一圈走下来一百二十多件展品，孩子记了满满三页笔记
羽毛球馆两小时80，AA下来每人16
本群规矩再说一遍：只聊书法，不许发广告、不许拉人去别的群、不许推课和代卖作品，发了就踢
刚移出一个号，进群三分钟连发六条“老物件上门鉴宝”，以后新人先禁言一天
班主任：本周五下午学校艺术节，每班一个节目，孩子穿白衬衫黑裤子
工会通知：下周四晚上三楼多功能厅办书画展，欢迎带自己的作品来挂
本周合唱排练挪到周六上午九点，还在老排练厅，没看到的帮忙转一下
年底校友聚会场地敲定了，就在老校区大礼堂，来的人在下面接龙，方便订餐
社区通知：周日上午非遗剪纸进社区，免费参加，材料社区准备
刚画完一幅小荷才露尖尖角，献丑了
今晚要加班，谁能帮我去幼儿园接下孩子
爸，你的降压药我放电视柜第二层了，别又翻箱倒柜找半天
今天评审会的记录整理好发大家邮箱了，有出入的直接回邮件改
昨天去看了莫奈展，人太多，排了一个小时
爷爷又在阳台上拉二胡了，邻居说好听
天气预报说明天大雨，户外写生挪到画室里画静物
周末爬山的照片谁拍的？发一下原图
三楼那台打印机又吞纸了，抽出来一半还卡在里面，谁有经验
这周读书会读《人间词话》，大家先看前二十则
我女儿非要学架子鼓，我头都大了
奶奶八十大寿的视频剪好了，发群里了
今早地铁上有个小伙子拉小提琴，整节车厢都安静下来了
新来的实习生是美院毕业的，PPT做得真好看
晚饭吃啥？冰箱里就剩俩土豆
老班长你现在还画油画吗？当年你那幅自画像我到现在还记得
开完会才发现我端着喝了半天的是隔壁工位的菊花茶
孩子在学校捏了个泥小猪带回家，摆在鞋柜上
周五团建看话剧还是去唱歌？投个票
谁在小会议室捡到一张工牌？挂蓝绳子的那个是我的
那首《天空之城》我终于能完整弹下来了
爸的老花镜找到了，在沙发缝里
老哥们，明天天不亮就出发，水库大坝下面老位置碰头
爸说今年春联他自己写，红纸都买好了
单位年会我们部门报了个小品
外婆的老茶壶裂了，舍不得扔
晚上在家听黑胶，老唱片的声音真暖
楼上琴声响到半夜，敲门还说孩子要考级，考级就能不让别人睡觉了？
这个节目是我们组排的，凭什么最后署你的名？
谁把我放在工作室的陶坯碰碎了？碰了也不说一声
你们乐队排练能不能别占会议室，下午客户要来
说好书画展每人挂两幅，你一个人挂了六幅算怎么回事
Is the city museum closed on Mondays? My parents want to see the Ming porcelain before they fly home.
Great rehearsal today, everyone. Please bring your music folders on Thursday and don't forget the black shoes.
今晚的音樂會真好聽，謝謝大家的票
爺爺的書法作品得獎了，全家都替他高興
"""
