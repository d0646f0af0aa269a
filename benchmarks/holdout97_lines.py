"""Hold-out set 97 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-96 (see holdout_data.py, whose docstring covers sets 1-96; sets 95 and 96 are also
described in their own docstrings, which were read here), at the same time as set 98 (written by another helper; this
set was checked by the same script against set 98's lines as they stood at each run from the second on, unread: at the
end no line of this set has set 98 as its closest group, so every line stands under its own highest, at most 0.467,
against set 98), and kept unscored until it is scored once, blind. The writer read no detector code, word list,
rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/,
imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark);
holdout_data.py, holdout95_lines.py and holdout96_lines.py were opened only for their module docstrings, printed with
ast.get_docstring (the labelling rules, the history and topics of sets 1-96, the file format, the docstring style and
the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings were not
read). The three docstrings were saved to the writer's own temporary folder (made with mktemp -d; the same command
counted their sizes with wc -c after checking this file's path and set 98's with test -f, which found neither) and paged
through there with cat (set 95's and set 96's whole, and the holdout_data.py docstring, whose middle the tool cut, so
its lines 150-330 and 330-510 were printed again with sed), joined into one file with cat and searched with two loops of
greps counting words and signs for the digit scripts, lookalike letters, split characters, emoji, homophones and codes
considered here: seventy-eight in the first (eleven found: Thai only in Thailand, Odia only inside another word, script
only as traditional script or another script, parenthesized only in set 95's parenthesized digits, regional only in
regional specialties, circled only in circled and double-circled digits, full-width only in the variant family's
full-width ASCII, solar only in solar panels, month only in a month's fee or first month, 百家姓 only in set 96's
replaced code, as read, ASCII only in full-width ASCII, as one grep -n -o and one grep -n -i showed, the second also
showing festivals for their months among the codes used, which kept the writer off the lunar months' names; one more
grep -o later showed Odia only inside zodiac), thirty-three in the second (four found: Go and Sol only inside other
words, colour only in watercolour and 正 only in 正规, as one grep -n and one grep -o counting words showed; a grep -n
-o before them printed nothing). The brief came as the unexpanded text of a shell command naming a file, so the writer
listed that file's folder under /tmp (three files, two of them not its own, one apparently the other helper's brief,
neither opened) and printed its own brief from it with cat and head; this is the one slip to report. pyproject.toml was
not opened (ruff format and ruff check were only run on this file, from the checkout's root). The benchmarks folder was
not listed; this file's own path was checked for existence by its exact path (test -f) before it was first written; set
98's file was only checked for existence by its exact path (test -f, before every run of the script: it did not exist at
the first run, which therefore compared this set with the dumps and itself only, and existed at every later one, when it
was passed) and only loaded by the similarity script, which never printed its lines. The folder holding the similarity
script was not listed and no file in it was opened; the script was only run. Nothing else outside these limits was
opened, listed or run. The lines were drafted as Python lists in the writer's own temporary folder and written to this
file by a small script of the writer's own (which also checked the counts, that no line repeats and the absence of
triple quotes, backslashes and line breaks), with a helper module there that turned digits into the other scripts and
letters into the lookalikes below; another small script made the rewrites from lists of replacements, another wrapped
this docstring to 120 columns of display width, and one-line scripts printed the lines' lengths per kind and, over this
set's own lines alone, their closest difflib pairs; awk, sort, grep, head, tail, cut and wc read the saved output of the
runs at 0.30 there to take the highest ratio per group. The similarity script read this file: it printed this set's
lines and ratios, never the dumps' or the partner's lines; it was run eleven times: three times at the required floor of
0.49, three times at 0.47, to find the lines standing just below it, three times at 0.30 (after one line was reworded
for accuracy, after the English line standing at 0.470 as printed was reworded, and after one line was reworded for this
set's own variety), and once at 0.47 and once at 0.30 on the finished file with this docstring, the runs at 0.30 to read
the highest ratio per group for this docstring and to see any line at 0.47 or more. No line is copied from earlier sets
or from the training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest
0.467, a negative; 0.465 among the positives), against every line of the training dump at most 0.49 (highest 0.465, a
positive; 0.464 among the negatives), against set 98 at most 0.49 (no line of this set has set 98 as its closest group
at the end, so each stands nearer set 98 by at most its own highest, 0.467), and no two lines of this set exceed 0.49
against each other (the script showed 0.369 at most among the lines closest to this set, a positive; the writer's own
difflib check over this set's lines alone gives 0.382 for the closest pair, two heavily disguised positives written on a
key of the same shape, one the first to count from and one to take as zero).

Forty-one lines were rewritten for similarity, fifty rewrites in all, each time with new wording and most with a new
subject, not a synonym swap; seven of them twice and one three times. One code was changed, not only reworded, as its
line rose against the hold-out dump when it was reworded and an earlier line may have used it (the docstrings read do
not list every code of the earlier sets): a mobile tallied in 正 strokes as votes are counted, 0.544 and then 0.569, now
a QQ by the accounting element codes. In the first pass, at 0.49 and on this file alone (set 98's file did not exist
yet), twenty-eight stood at 0.49 or more (1.000 at most, a reminder to bring in the washing, against the training dump),
twenty-five against the hold-out dump and three against the training dump: four positives (hair-salon apprentices with a
dashed mobile, 0.551, now an uncle's salon; the resistor colours, 0.563; the solar terms, 0.496; the 正 tally) and
twenty-four negatives (a 京东 order for a missing textbook, 0.560; a driving school's SF waybill, 0.522; a training
meeting's number, 0.514; a company's tax number on continuing-education invoices, 0.568; a staff number on a photocopied
certificate, 0.560; "不用考试直接拿证" quoted, 0.515; a fake text on a teacher's certificate, 0.493; a theory-test
score, 0.516; a child's maths score, 0.684; the group rule, 0.612; an alumni return day, 0.618; an exam finished, 0.643;
ginkgo leaves, 0.588; the washing; a meeting moved to four, 0.500 against the training dump; a mother's video calls,
0.564; an intern, 0.622 against the training dump; a broken lift, 0.643; a son who wants to cook, 0.550; twenty years
since graduation, 0.579; a run of five kilometres, 0.500; a dinner's money unpaid, 0.756; the second English line,
0.566; a traditional-script parents' meeting, 0.514). In the second pass, at 0.49, the first run with set 98's file,
five: the resistor colours (0.509, reworded with its key in brackets and no spaces), the 正 tally (0.569, its code
changed as above), the tax number (0.604, now an exam fee's e-invoice), an account removed for ads (0.636 against set
98, now a cartoon-bear account kicked out) and a riverside run (0.526, now a bike ride round a wetland park). A run at
0.49 then found none. In the fourth pass, at 0.47, fourteen standing between 0.471 and 0.490: a driving coach with "V：
", the writer's brother's study room, the ASCII codes (0.473, reworded keeping its code), an invoice number passed on,
the training meeting again, a 12123 appointment, a vehicle office's queue number (0.490 against set 98), a nurse's
licence renewal asked about, a fake "inside" caller for 一建, the ginkgo again, a spicy-soup stall by the old dormitory,
a sister's master's degree, a lost staff badge and a traditional-script exam dinner; in the fifth, two: the meeting
(0.500, now an exam fee's bank reference) and a borrowed flask (0.520, now a yoga mat in a car boot). A run at 0.47 then
found none. After it one number line was reworded for accuracy (a rule on 一建's four papers the writer was unsure of),
and the run at 0.30 printed the second English line at 0.470, under the floor by the script's count but rounded to it,
so it was reworded too (now a mother's Spanish course at sixty-two); the writer's own difflib check then showed two
plain and moderate positives built on one frame (0.441, both 一建 and 二建 materials with a QQ), so the 🐧 line was
reworded for variety, and the runs at 0.30 after it and on the finished file gave the figures above. Lengths run from 25
to 66 characters for the positives (the longest the solar terms) and 10 to 47 for the Chinese negatives (the English
lines 97 and 106, the traditional ones 18 and 19). The lines are meant to be scored once, blind; tuning on their errors
would spoil them.

Set 97 focuses on adult education, vocational certificates and exams sold into groups: adult degrees and self-study
exams (函授 degrees with a mobile, a cousin's 自考 coaching by WeChat id, 专升本 in Khmer digits, 成人高考 by fraktur
letters, 自考 materials by the 千字文's order, 自考 music education by solfège, a talk on the 成考 at an activity room,
adult degrees after a parents' meeting), vocational and professional certificates (一建 and 二建 courses by QQ, a wife's
京东 shop of 二建 books, accounting on a 400 line, intermediate accounting in Arabic-Indic digits and by the accounting
element codes, an accounting course account sold on, 经济师 with a mobile that is also WeChat, teachers' certificates by
e-mail and in Gujarati digits, teaching-exam notes at a front desk, nurses' certificates by a spaced QQ group and in
monospace digits, 健康管理师 books on 闲鱼, 社工 and counselling materials on 拼多多, fire-safety certificates with a 🐧
and at a reunion, 育婴师 at a school gate), civil-service and postgraduate exam courses (a provincial exam's short link,
a 国考 group in Malayalam digits, postgraduate English on 抖音, a retest in Thai digits, essays marked by 微亻言,
politics notes by the solar terms, maths by π, spare 肖四肖八 at a finance office), language classes for adults (IELTS
on 小红书 and by regional-indicator letters, evening English on a 视频号, Mandarin tests through a 公众号, by polygons'
sides and by the order of the initials, a Mandarin class at an owners' centre, a Japanese N2 class by WeChat id),
driving schools and practice with a coach (a school's landline, a coach with "V：", a cousin's school in Myanmar digits,
a coach by 威信, a coach by playing cards, practice met at a school's gate), skills training (baking on 快手, an uncle's
hair-salon apprentices with a dashed mobile, hairdressing in superscript digits, trainee haircuts at an estate's gate,
chefs' certificates with a mobile, electricians' and welders' licences on B站, in Kannada digits and by resistor
colours, welding practice in a workshop, C-language exams by ASCII codes), course and exam materials (a husband's 淘宝
shop) and study rooms (a brother's study room with a spaced mobile, the writer's own with a discount for flats'
numbers); beside a company's certificate refresher, exam fees and invoices, admission numbers, waybills and refunds,
members asking about courses and schools, exam and certificate scams warned of, scores and dates, ordinary chat in
company work groups, family groups, parents' class groups, estate owners' groups, alumni groups and hobby groups (a
reading club, dancing, calligraphy, angling, badminton).

It keeps the mix real spam has: 24 lines plain or lightly disguised (函授 degrees with a mobile and a teacher's surname;
a cousin's 自考 coaching with a WeChat id; 一建 and 二建 courses with a QQ and a remark; a driving school's landline
with an area code; accounting courses on a 400 line with a key to press; teachers' interview practice by e-mail; a
provincial-exam course on a short link, url.cn/…; postgraduate English to search on 抖音; the writer's spare 健康管理师
books to search on 闲鱼; a sister's baking stream with a 快手号; IELTS speaking to search on 小红书 with private
messages; electricians' courses to search on B站; a 公众号 with a word to send; evening English on a 视频号; a driving
coach with "V："; a nurses' question group by a spaced QQ group number; an uncle's hair salon with a dashed mobile; 经济
师 courses with a mobile that is also WeChat; a brother's study room with a spaced mobile; chefs' certificates with a
mobile; a 拼多多 shop to search with a discount for the group's name; a husband's 淘宝 shop with the group's name for
free shipping; a wife's 京东 shop; the writer's Japanese class with a WeChat id), 14 moderately, with disguises the
docstrings read do not list (Khmer digits ១៣៩…; Thai digits for a QQ, ๒๘๑…; Myanmar digits ၁၅၈…; Gujarati digits ૧૮૩…;
Kannada digits ೧೩೦…; Malayalam digits for a QQ group, ൫൬൩…; Arabic-Indic digits ١٧٧…; superscript digits ¹³⁶…; monospace
digits 𝟷𝟻𝟷…; fraktur letters for wx and an id, 𝔴𝔵：𝔠𝔥𝔢𝔫𝔤…; regional-indicator letters, spaced, for vx and an id; 信
split into 亻言, 微亻言; the penguin 🐧 for QQ; the homophone 威信 for 微信) and 10 heavily, with codes the docstrings
read do not list (a mobile by resistor colour bands, 黑 as zero to 白 as nine; a QQ by the solar terms' places from 立春
, 夏至 as zero; a QQ by the sides of polygons; a QQ by the first digits of the accounting element codes, 资产 as one to
损益 as six; a mobile by the order of the 声母 table, b as one and k as zero; a mobile by playing cards, A as one and 10
as zero; a QQ by the order of the 千字文's first characters, 天 as one and 月 as zero; a QQ as decimal ASCII codes; a QQ
by solfège names, do as one; a mobile as 1 and the eleventh to twentieth decimals of π) and 12 subtle (an offer with a
price or a call to action only): a 成考 talk at eighty at a community activity room on Saturday morning; driving
practice at a hundred and twenty an hour at an old school's gate at seven; teaching-exam notes at twenty left at a
third-floor front desk, signed up for in the group; an accounting course account at a hundred and fifty, replied for
under the message; adult degrees paid by instalments in a ground-floor reception room after a parents' meeting; the
writer's study room at two hundred a month with a week free and a discount for flats' numbers; welding practice at three
hundred in a workshop after work, @ the writer; trainee haircuts at ten at an estate's east gate on Wednesday afternoon;
spare 肖四肖八 at cost collected at the finance office at lunch; fire-safety training three hundred off, papers brought
to a class reunion; 育婴师 training at twelve hundred met at a school gate at pick-up time; Mandarin coaching at fifty a
lesson at an owners' centre on Sunday evenings. About a dozen positives are written the way members casually sell in a
group (a cousin's coaching, an uncle's salon, a husband's shop, the writer's books, a sister's stream, a brother's study
room, a wife's shop, the writer's class, a cousin's driving school, the writer's course account, study room and spare
books).

-   `POSITIVE_97` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_97` (100 lines): 20 that look dangerous at first sight (a 京东 order missing a textbook, a
  continuing-education e-invoice's number, a provincial exam authority's 公众号 named for scores, a driving school's SF
  waybill, a colleague's mobile passed on for a fire certificate's review, an admission-ticket number, 学信网 named for
  degrees, a 淘宝 refund for an online course, an exam fee's bank reference, the 12123 app for a licence's medical, a 拼
  多多 waybill for a tool box, a parents' committee's receipt number, a vehicle office's queue number, a
  continuing-education platform, a postgraduate registration number, a property manager's mobile for a study room's air
  conditioner, the 12333 line on training subsidies, an exam fee's e-invoice, an IELTS course's order tail on 抖音, a
  staff number on a certificate's copy); 10 members asking or recommending (teaching materials for accounting, a
  calligraphy class for a mother, a driving school recommended, a teachers' interview, free electricians' training, a
  library as a study room, a maths teacher, a nurse's licence renewal, a free kana course on B站, an adult degree and
  civil-service exams); 10 warnings quoting or describing the scam or ad ("免考拿证，三天寄到家", a fake "inside" caller
  for 一建, "学信网可查，全日制本科一年拿" deleted, a fake certificate text, "不用练车保过科目二", "老年人免费学电脑送鸡
  蛋", a fake exam authority's fee, "押中原题" materials, "交两万保证进国企编制", "挂证年薪三万"); 17 lines with numbers
  that are not contacts (accounting scores, a theory-test score, an IELTS band, a course's head count, a paper three
  marks short, a study seat's width, days to a licence, a postgraduate total, a chef's exam time, a Mandarin score, a
  textbook's pages, a results date, a training budget, a physics score, titles passed, a commute, an electricity bill);
  7 organisers' and admins' own notices (an exam group's rule banning course links and pulling members to other groups,
  an account removed for posting "学历提升找我", a company's certificate refresher, a parents' open day, a school's
  centenary, an estate study room closed for cleaning, a reading club moved); 27 lines of everyday chat (some about a
  last paper handed in, a father learning to drive, salty aubergine, badminton, ginkgo in a car park, a weekly report, a
  forgotten exercise book, a family photo, words forgotten, a quilt out before rain, a pancake stall by a university, a
  coach's note on steering, a meeting moved, a cat and exam notes, a mother filming in a seniors' college, angling, a
  new accountant, a stuck lift, a cousin's MBA, a yoga mat in a car boot, a dance class cancelled, mooncakes, a son's
  scrambled eggs, a graduation photo, a bike ride, calligraphy homework, parents arriving by train); 5 heated arguments
  without any selling (a failed exam blamed on a teacher, seats held with books, barbecue money unpaid, late voice
  messages, a coach's favourite); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_97 = """
成人本科函授今年秋季还能报，学信网可查，有意向的打我电话 13857246190 王老师
我表姐在做自考本科辅导，汉语言专业通过率挺高，她微信 zk_linjie2024，加的时候说是群里的
一建二建考前押题班开课了，资料包免费领，QQ 2786451903 备注“建造师”
驾校暑假班学费直降五百，报名请打驾校座机 0571-86923415
会计初级中级全程班，报名咨询 400-817-2639 转 3
教师资格证面试一对一模拟，试讲稿和答辩题可以发你，邮箱 msjs_zhang@163.com 写上科目
公务员省考冲刺课限时拼团，戳链接 url.cn/k7Hq2X 三人成团立减两百
我家老公在淘宝开了个考证资料店，搜“老周证书资料铺”，报群名包邮
考研英语真题逐句精讲，抖音搜“考研阿May老师”，每晚八点直播
自己考完健康管理师剩的教材和笔记，闲鱼搜“小满的旧书角”，三本一起出
想学烘焙的姐妹看过来，我妹在快手直播教蛋糕裱花，快手号 huahua_bake88
雅思口语陪练外教课，小红书搜“听澜英语”，私信发你试听课
电工证焊工证培训考证一条龙，B站搜“老陈带你考电工”看实操视频，报名私信
普通话等级测试考前辅导，关注公众号“声声慢普通话”，后台回复“测试”领模拟题
成人英语零基础夜校，视频号“晚八点英语课”有公开课，课程可以在里面直接下单
下班后想练科目三的，我有辆双刹教练车，晚上七点到九点都能约，V：peilian_laoliu
护士资格证考前刷题群，群号 7 3 6 1 5 0 2 8 4，进群发题库
我姑父的理发店招美发学徒，三个月教会剪烫染，学完留店里干也行，找他 139-5812-6470
中级经济师培训我做了五年，手机号就是微信 15267391842，课程表加我发你
我弟在万达后面盘了间自习室，独立卡座带台灯，学生月卡三百八，电话 186 5723 0941 找小吴
厨师证中式烹调师考证班下月开班，食堂后厨实操，报名找李师傅 13706582943
社工证、心理咨询师证备考资料全套，拼多多搜店“一页书考证”，群里报名字优惠五块
我爱人在京东开了家教辅书店，二建一建教材都有，京东搜“知行建工书店”
日语N2周末班还剩三个名额，我是授课老师，微信 ri_yu_sensei_hu 加了发课表
自考本科专升本报名，学位英语一起辅导，陈老师电话 ១៣៩៦២៧៤០៨១៥
考研复试调剂一对一指导，QQ ๒๘๑๖๔๙๓๐๗๕，名额有限
我表哥的驾校在城北，C1拿证快，他手机 ၁၅၈၀၇၃၁၈၂၆၄
教资笔试面试全程班，报名打 ૧૮૩૬૭૦૫૨૯૧૪
焊工证、电工证考证培训，实操基地在开发区，联系 ೧೩೦೫೯೮೬೨೪೭೧
国考省考备考交流群，群号 ൫൬൩൧൮൪൯൨൭，进群领申论范文
中级会计实务精讲班，联系电话 ١٧٧٩٤٠٢٦٣٥٨
美发学徒班包吃住，学成推荐上岗，店长电话 ¹³⁶⁰⁸⁵²⁷¹⁹⁴
护士资格证考前冲刺，刷题班加 𝟷𝟻𝟷𝟽𝟸𝟿𝟶𝟼𝟹𝟺𝟾
成人高考函授报名，学费分期，𝔴𝔵：𝔠𝔥𝔢𝔫𝔤𝔨𝔞𝔬_𝔩𝔦𝔲
雅思托福一对一外教，我自己带的课，加 🇻 🇽：🇮 🇪 🇱 🇹 🇸 _ 🇦 🇲 🇾
考研英语作文批改，一篇二十，微亻言 kaoyan_pigai
消防工程师考友互助，题库按章节分好了，🐧号 3058216749，加的时候说在哪个群看到的
驾照科目三陪练，老司机带你跑考试路线，威信 lk_jiapei99
电工班还有四个名额，我手机是照电阻色环写的（黑0棕1，往下类推）：棕橙灰红黑紫黄白蓝绿棕
考研政治背诵资料我整理好了，要的加我Q，号码是节气的排位，从立春数起，夏至记0：雨水 清明 立春 芒种 惊蛰 小满 谷雨 夏至 春分
普通话培训报名Q号，每个图形数一数有几条边：五边形 三角形 八边形 六边形 九边形 四边形 七边形 三角形 五边形
中级会计陪跑群要进的加群主Q，干会计的看得懂，号码是科目类别的编码：成本、负债、资产、损益、权益、共同、损益、资产、权益
普通话老师手机按声母表顺序数，b是1，k当0：b n l d m g k t p f b
驾校教练电话用扑克报，A是1，10当0：梅花A 红桃3 黑桃7 方块2 红桃6 梅花10 黑桃4 方块8 红桃5 黑桃9 梅花A
自考资料群主Q号照千字文开头的字序，天是1，月当0：地 宇 天 洪 月 黄 日 宙 玄 荒
二级C语言陪考，Q号是十个字符的ASCII十进制码：51 54 49 55 50 57 53 56 48 52
自考音乐教育专业辅导，QQ按唱名读，do是1：mi sol re si do fa la re si mi
考研数学一对一，电话是1后面接圆周率小数点后第11到20位
成人高考考前串讲，周六上午在社区活动室，一次八十，想听的直接过来
科目二陪练一小时一百二，每天早上七点我在老驾校门口等，带上学员证就行
教资笔试真题和笔记打印版二十块一套，明早放三楼前台，要的在群里接个龙
中级会计的网课账号我还有半年，一百五转给需要的，在这条下面回个“要”
家长会结束后想了解成人本科的，到一楼接待室找我，学费可以分期
我在三号楼底商开了间自习室，月卡两百，这个月办卡送一周，报房号打八折
焊工证考前实操，下班后在二号车间练，一人三百包材料，想练的@我
理发学徒练手，周三下午在小区东门剪，只收十块材料费
考研政治肖四肖八我多买了一套，原价出，午休时来财务室拿
同学会上说的消防设施操作员证培训，报名费减三百，聚会那天带身份证复印件给我
育婴师证培训还有名额，一千二包考，放学接孩子时在校门口找我
普通话二甲考前辅导，每周日晚在业主活动中心，一节课五十，先来先占座
"""

NEGATIVE_97 = """
京东那单教材少了《法规》那本，订单 285139627401，售后说明天补寄
行政小王：上月的会计继续教育发票是电子的，号码 04718263，已经转到各位邮箱
成绩可以在考试院的公众号“浙江考试”里查，别点别人发的链接
驾校寄来的学员手册到了，运单 SF1402857396312，放在传达室了，姓赵的那位自己去拿
王工的手机 13916270584 我发给你了，消防证年审的事你直接跟他对接
准考证号 1430219065 打印好了，考场在二中，周六别迟到
学历在学信网上就能查，网址 chsi.com.cn，别信那些说能改档案的
淘宝退款编号 3917205841，卖家同意了，网课的钱三天到账
公司给报二建的同事统一交了报名费，转账流水号 7302 8841 5567，有问题找出纳
孩子他爸，你的驾照体检可以在12123上直接提交，不用跑车管所了
拼多多买的电工工具箱到了，物流单号 YT7284019365，少了一把螺丝刀
家委会的收款码发群里了，资料费 35 元，收据编号 0027
明天带奶奶去车管所换证，排队号拿到了，A1095，估计要等一个小时
继续教育学时在“国家专技人员继续教育平台”上学，账号是身份证号
考研报名序号 172536814，报名费交了记得截图
物业刘经理电话 13501837264，自习室空调坏了的业主直接找他
人社局12333热线打过了，技能补贴申请要等二十个工作日
考试费发票在“浙江省电子票据”里下载，票号 0038271546，打印两份交财务
抖音上那个雅思课我是在官方旗舰店买的，订单尾号 6627
打印机上有张二级建造师证书的复印件，右上角写着工号20731，是谁的来领一下
有没有人考过初级会计？零基础自学能过吗，求推荐教材
想给我妈报个老年大学书法班，大家知道哪里报名吗
推荐一下城东那个驾校，教练不骂人，我侄女一个月就拿证了
群里有考过教资的吗，面试结构化怎么准备
请问社区的免费电工培训还招人吗，我家小伙想学门手艺
之前问的自习室，我去了图书馆三楼，免费还安静，推荐给备考的
考研数学跟哪个老师比较好？求过来人说说
想问问做护士的朋友，执业证六年到期了，延续注册是去医院还是卫健委办？
B站上有免费的日语五十音教程，我跟着学了两周挺有用
有家长知道成人本科学历能不能考公务员吗
今天又有陌生号私聊我“免考拿证，三天寄到家”，哪有这种好事，大家删了别理
别接那个自称“建设厅内部人员”的电话，说一建能包过，先要五千定金，我们组长差点转了
刚才那条“学信网可查，全日制本科一年拿”的广告已经删了，大家别加
我妈收到条短信“教师资格证过期作废，请点链接重新认证”，她都退休十年了，明显是骗子
驾校门口发传单说“不用练车保过科目二”，交了钱人就找不着了
我妈差点信了“老年人免费学电脑送鸡蛋”，最后是卖保健品的
冒充考试院打电话让交“补考费”的都是诈骗，考试院不会打电话收钱
那个号称“押中原题”的考研资料，买的人说就是网上免费的PDF打包
别信“交两万保证进国企编制”，我表哥就是这样被骗的
有人在小区贴“挂证年薪三万”的小广告，挂证是违法的，会被查
我初级会计考了78分和65分，两科都过了
老公科目一第三次终于过了，96分，这回全家可以安心吃饭了
雅思6.5，口语拖了后腿只考了5.5
这次消防证培训一共42人报名，分两个班
一建实务这次差3分，另外三门都过了
自习室一个座位宽度大概80厘米，有点挤
学车从报名到拿证用了87天
考研总分362，比去年国家线高了40多分
厨师证实操考试做了三道菜，限时90分钟
普通话测试91.5分，一级乙等
教材一共1280页，背到第300页就忘了前面的
十月二十六号是二建成绩公布的日子
年终培训预算12万，分给六个部门
女儿说她这次物理考了88，全班第七，比她上次强多了
今年公司报考中级职称的有15个人，过了9个
每天通勤两个半小时，只能在地铁上背单词
电费这个月413块，空调开太多了
群主说两句：本群是二建考友群，只聊题和经验，发课程链接或拉人去别的群的，直接踢
那个卡通熊头像的号在群里刷“学历提升找我”，已经踢了，以后见一个踢一个
公司通知：下周三下午安全员证复训，在二楼会议室，带身份证
家委会通知：本周五家长开放日，下午两点在学校礼堂
老同学们，母校百年校庆定在十二月九号，回校的在群里接龙，秘书处统一订饭
业委会提醒：小区自习室周一闭馆消毒，周二恢复开放
读书会本月改在周日下午，地点不变，读《额尔古纳河右岸》
最后一门《财务管理》交卷了，出考场腿都是软的
我爸六十岁了还去学驾照，教练都夸他胆子大
晚上吃什么，食堂的红烧茄子又咸了
下班一起去打羽毛球吗
今年银杏黄得早，公司停车场那棵底下铺满了，像地毯一样
周报我晚点交，正在改PPT
孩子的作业本忘带了，谁家今天去学校帮拿一下
奶奶说过年要全家一起拍张照
背了一晚上单词，第二天全忘了
阳台的被子还晒着呢，快下雨了谁在家帮我收一下
大学后门那家卖鸡蛋灌饼的阿姨还在，上个月回去还给我多加了根肠
今天练车被教练说方向盘打太早
技术部的周会挪到四点了，地点换成三楼小会议室
我家猫把考研资料撕了两页，哭笑不得
我妈现在天天在老年大学学拍抖音，拍得比我还好
周末钓鱼去不去，水库那边听说鲫鱼多
财务新来的小姑娘做凭证又快又准，科长都夸了
七号楼电梯又卡在九楼了，物业修了半天还没好
表妹在职读的MBA今天答辩通过了，她说比生孩子还累
老公把我的瑜伽垫拿去垫车后备箱了，气死
晚上的舞蹈课取消了，老师感冒
刚收到的月饼好甜，分给大家尝尝
儿子看了一集做饭节目，非要给我们做番茄炒蛋，盐放了一大勺
翻到大学毕业照，那时候班长的头发还那么多
周末带女儿骑车绕了湿地公园一圈，她说明年还要来
书法班的作业写了三遍还是歪的
爸妈明天到，我去高铁站接
你自己不复习考不过，怪什么老师讲得不好
谁把自习室的座位用书占了一整天？人不来还占着，太过分了
说好AA的烧烤钱你拖了一个多月了，每次问都说忘了，有意思吗
说了多少次晚上十点以后别在群里发语音，吵得人睡不着
教练凭什么只让你练倒库，我们交的钱一样多
Passed my driving theory test this morning, now I just need to survive the parallel parking part.
My mum signed up for a beginners' Spanish course at sixty-two and now corrects my pronunciation at dinner.
三姑說表哥拿到律師執照了，下個月請客
兒子說下週三要開家長會，老師讓爸媽都到
"""
