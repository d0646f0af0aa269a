"""Hold-out set 102 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-100 (holdout_data.py's docstring covers sets 1-100; sets 99 and 100 are also
described in their own docstrings, which were read here), at the same time as set 101 (written by another helper; this
set was checked by the same script against set 101's lines as they stood at each run from the second on, unread), and
kept unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model,
training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from
qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py,
holdout99_lines.py and holdout100_lines.py were opened only for their module docstrings, printed with ast.get_docstring
by the checkout's own Python (the labelling rules, the history and topics of sets 1-100, the file format, the docstring
style and the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings
were not read). The three docstrings were first printed together to the tool, which cut their middle, then saved to the
writer's own temporary folder (made with mktemp -d), counted with wc -l and paged there with sed and cat; they were
joined into one file with cat and searched with one loop of grep -c -i counting about sixty words and signs for the
digit scripts, lookalike letters, split characters, emoji, homophones and codes considered here (six found, each only in
another sense or for a code not used here: fish and solar in topics, grade in belt grades and degree upgrades, shape in
letters shaped like Latin ones, shift in Shift-typed digits, tarot in set 67's topic and set 100's code; two grep -n -o
with context showed the lines of the first five), nothing else in them. pyproject.toml was not opened (ruff format and
ruff check were only run on this file, from the checkout's root). The benchmarks folder was not listed; this file's own
path was checked for existence by its exact path (test -f) before it was first written; set 101's file was only checked
for existence by its exact path (test -f, before every run of the script: it did not exist at the first run, which was
made without it, and existed before every later run, when it was passed) and only loaded by the similarity script, which
never printed its lines. The folder holding the similarity script was not listed and no file in it was opened; the
script was only run. No slip to report: nothing outside these limits was opened, listed or run. The lines were drafted
as Python lists in the writer's own temporary folder, with a helper module there that turned digits and letters into the
other scripts below and spelt out the coded numbers from their tables, and written to this file by a small script of the
writer's own (which also checked the counts, that no line repeats and the absence of triple quotes, backslashes and line
breaks); another small script made the rewrites from lists of replacements, another wrapped this docstring to 120
columns of display width, and one-line scripts printed the converted digits and coded lists, the lines with their
lengths per kind and, over this set's own lines alone, their closest difflib pair (0.345); head -c printed the start of
this docstring's draft once.

The similarity script read this file: it printed this set's lines and ratios, never the dumps' or the partner's lines;
it was run seven times, all at the default floor of 0.47: five times on the drafts and twice on the finished file with
this docstring. No line is copied from earlier sets, the training lines or set 101: at the end every line's highest
difflib ratio against any earlier hold-out line, training line, set 101's lines or this set's other lines is under 0.47
(highest 0.469), so under 0.49 too. In the first run, without set 101's file (which did not exist yet), fifty-seven
lines stood at 0.47 or more (0.952 at most, a chat line about a review meeting put off to four o'clock, since replaced
by another subject): fourteen positives (a nursery's landline, a 月嫂 with "V：", nine of the ten coded lines and three
subtle offers: a calligraphy class in an activity room, a garage art class and a second-hand piano) and forty-three
negatives (seven of the dangerous-looking lines: a 京东 order, a 顺丰 waybill, a 12345 case, a student number, an
education bureau's 公众号, a class e-mail, a meeting's number; six of the ten questions and recommendations, two of the
warnings, eight of the number lines, the group rule, the removed account, twelve of the chat lines, three of the
arguments, both English lines and one traditional line). All fifty-seven were rewritten with new wording and mostly a
new subject. In the second run, with set 101's file, eleven of those rewrites still stood at 0.47 or more (0.596 at
most, a unit test's marks; the others the Hundred Surnames code, the 京东 order, the 12345 case, a meeting's number, a
月嫂 booked in time, a growing child, a plait, an intern, an English line and the traditional line); in the third one
(the meeting's number again, 0.486, now a volunteers' live-stream room); in the fourth one line that had passed before
(the resistor code, 0.476, reworded); in the fifth none (0.469). Fifty-seven lines were rewritten for similarity, twelve
of them more than once (eleven twice, one three times: seventy rewrites), none by a synonym swap. After that one
moderately disguised line dropped a homophone for QQ close to one the docstrings list, keeping only its digit script;
the two runs on the finished file found none at 0.47 or more (highest 0.469). Lengths run from 20 to 79 characters for
the positives (the longest the school-grade code) and 15 to 43 for the Chinese negatives (the English lines 99 and 81,
the traditional ones 26 and 19). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 102 focuses on children and parenting sold into groups: tutoring and homework clubs (a homework room in Myanmar
digits, a retired maths teacher's Olympiad lessons with a mobile that is also WeChat, physics on B站, composition
marking by 耳关系, Chinese and poems by the opening of 静夜思, Olympiad maths by the Greek alphabet, an evening club by
school grades, one-to-one Olympiad maths at a desk on the twelfth floor, a box of workbooks at a property office),
after-school care and pick-up (a club with a mobile, care by the 正 tally, a lunch club in building 3, a pick-up from
the kindergarten met at the south gate), interest classes (piano practice with a WeChat id, piano by solfège, Scratch
with a QQ, Lego robotics in superscript digits, a robot-car class by resistor colour bands, chess in Thai digits and a
weekend chess class kept at the gate, calligraphy on a 公众号 and by the Hundred Surnames, sketching in Khmer digits,
clay and baking on 小红书, go with a 🐧 and on 抖音, a daughter's Latin dance on a 视屏号, phonics by parenthesized
letters, the writer's father's Chinese painting at a seniors' centre, watercolours in a garage, a second-hand upright
piano), toys, picture books and second-hand children's goods (Lego and books on 闲鱼, a cot and pram on 闲🐟, a
picture-book library on a 视频号 and by the number rhyme, a swap group by its number, balance bikes from a cousin's shop
with a dashed mobile), baby goods and formula (formula from abroad with a spaced mobile, a food maker by 微亻言),
children's clothes and school uniforms (hanfu on 淘宝, uniforms on 掏宝, a mother-in-law's knitting on 拼多多, clearance
by Greek capitals, outgrown uniforms at a parents' meeting, knitted gloves at the school gate), babysitters and nannies
(月嫂 and 育儿嫂 in a mini-program, a nanny in Gurmukhi digits, a sister's lactation help with "V：", a wife's daytime
care with replies under the message), camps (a ski camp by a short link, a nature camp by the solar terms), children's
photography and parties (a 400 line, a sister's 快手, a party venue on 美团, a barber on 大众点评, balloons with dates
left as replies), baby swimming by a shifted id and study-abroad and exam agents (an e-mail, Eastern Arabic digits);
beside parents' class groups, teachers' notices, homework and fees, refunds, waybills and hotlines, members asking for
tutors, doctors and 月嫂, child-related scams warned of, marks, sizes and dates, and ordinary chat in company work
groups, family groups, estate owners' groups, alumni groups and hobby groups (hiking, a reading club, photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's after-school club with a mobile; piano
practice with a WeChat id; Scratch with a QQ; a nursery's landline with an area code; children's photography with a 400
line and a key to press; study abroad by e-mail; a ski camp by a short link, dwz.cn/…; the writer's hanfu shop to search
on 淘宝; the writer's books and Lego in a named 闲鱼 account; a husband's go lessons with a 抖音号; clay and baking to
search on 小红书; a party venue to search on 美团; a children's barber to search on 大众点评; a mother-in-law's knitting
in a named 拼多多 shop; a sister's photography with a 快手号; a picture-book library's 视频号; calligraphy on a 公众号
with a word to send; physics on B站 by an UP主's name; nannies in a mini-program to search; a swap group by its number;
a sister's lactation help with "V："; a spouse's Olympiad lessons with a mobile that is also WeChat; formula with a
spaced mobile; a cousin's balance bikes with a dashed mobile), 14 moderately, with disguises the docstrings read do not
list (Thai digits ๑๓๗…; Khmer digits ១៥៨…; Myanmar digits for a QQ, ၆၂၉…; Gurmukhi digits ੧੮੯…; Eastern Arabic digits
١٣٦…; superscript digits for a QQ, ³⁰⁷…; parenthesized small letters for wx and an id, ⒲⒳：⒫⒣⒪…; Greek capitals shaped
like Latin ones for an id, ΚΙΚΟ_…; the homophone 掏宝 for 淘宝; the homophone 视屏号 for 视频号; 信 split into 亻言, 微
亻言; 联 split into 耳关, 耳关系; the penguin 🐧 for QQ; the fish 🐟 for 鱼, 闲🐟) and 10 heavily, with codes the
docstrings read do not list (a mobile by resistor colour bands, 黑 as zero and 白 as nine; a mobile by the order of the
Hundred Surnames, 赵 as one and 陈, the tenth, as zero; a QQ by the first ten characters of 静夜思, 床 as one and 霜 as
zero; a QQ by solfège, do as one and a rest as zero; a mobile by the strokes of the 正 tally, a circle as zero; a mobile
by the Greek alphabet's order, alpha as one and kappa as zero; a mobile by the order of the solar terms, 立春 as one and
夏至, the tenth, as zero; a mobile by school grades, 初一 to 初三 as seven to nine and kindergarten as zero; a mobile by
the things of the kindergarten number rhyme, 铅笔 as one and 鸡蛋 as zero; a WeChat id with each letter shifted one
place on, to be shifted back) and 12 subtle (an offer with a price or a call to action only): a lunch club at eight
hundred a month seen at the writer's flat after seven; kindergarten pick-up at fifteen a time, met at the south gate; a
son's workbooks at fifty at the property office with a building's number; a father's Chinese painting at forty at a
seniors' centre; three outgrown uniforms at a hundred after a parents' meeting; a wife's daytime baby care at two
hundred a day, replies with a floor under the message; summer watercolours at four hundred and fifty in the writer's
garage, @ the writer; one-to-one Olympiad maths at a hundred and twenty an hour at a twelfth-floor desk; party balloons
at three and five hundred, dates left as replies; a second-hand upright piano at three thousand five hundred at flat 302
of building 5; knitted gloves and hats at sixty at the school gate; a chess class at twelve hundred a term kept for
whoever says so at pick-up. About a dozen positives are written the way members casually sell in a group (the writer's
club, hanfu, books and Lego, cot and pram, food maker, workbooks, uniforms, piano and knitting; a husband's go lessons,
a spouse's maths lessons, a wife's baby care, a mother-in-law's knitting, two sisters' trades, a cousin's shop, a
daughter's dance class, a father's painting class and the family's homework room and swimming pool).

-   `POSITIVE_102` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_102` (100 lines): 20 that look dangerous at first sight (a 京东 order for a desk lamp, a 顺丰 waybill for
  health reports, a bookshelf's invoice number, the 12320 health line, a trainer's mobile passed on to a colleague, a
  camp's refund number, a school's fee account's tail, a 12345 case number for a traffic light, a kindergarten's
  duty-room landline, a hospital queue number, a children's medical-insurance voucher number, the education bureau's
  enrolment system, a vaccination booking code, a formula invoice's order tail, a 拼多多 return's waybill, a 12315
  complaint about an early-education centre, an 支付宝 transfer's reference, a teacher's work e-mail, a volunteers'
  DingTalk live room, the 95588 bank line); 10 members asking or recommending (a chemistry tutor, an allergy
  paediatrician, a pottery class recommended, booking a 月嫂 in time, the library's story time recommended, coding in
  third grade, a live-in or day nanny, after-school care near the office, a children's health clinic recommended, the
  age to start the cello); 10 warnings quoting or describing the scam or ad (a fake teacher's "资料群", "零基础三个月英
  语流利", a student-insurance phishing text, "免费测视力送护眼灯", a fake nanny company's "回访", "加群领免费绘本，只付
  邮费", "奶粉工厂内部价", a fake "补交午餐费", a call about a child hurt at school, "包进重点中学，内部指标"); 17 lines
  with numbers that are not contacts (a quiz's marks, a foot's length, uniform sizes, class money spent, sit-ups, head
  size, an outing's head count, formula prices, a zither grade, books read, a race's date, shoe sizes, a meeting's
  attendance, exercise books, sleep, an aquarium's bill, the winter holiday's dates); 7 organisers' and admins' own
  notices (a class group's rule banning product links, canvassing and training ads, an account removed for selling
  writing classes, an early dismissal, insurance fees, a playground closed for repair, a school's anniversary, a reading
  club's book); 27 lines of everyday chat (lipstick on a wall, a weekly meeting moved, a grandmother asked to pick up,
  socks in the snow, a lost mitten, a class monitor in a photo, a cat and a Lego castle, a projector, dinosaurs, a
  grandfather's chess, a test server down, calligraphy practice, ducklings, a wife away, a salty canteen dish,
  silkworms, a chemistry teacher retired, a hike's meeting time, a child crying at the kindergarten, a hidden remote,
  oranges, a borrowed monitor, a baby's first word, a drawing in the lift, sunset photos, a haircut, fog); 5 heated
  arguments without any selling (a ball bounced at night, purchases decided by a few, homework signed by parents, a push
  on the playground, a dog off its lead); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_102 = """
我在小区开了个托管班，放学接娃、辅导作业、管一顿晚饭，一个月一千六，需要的打我电话13857206143
钢琴陪练一对一线上课，四十分钟九十元，第一节免费试，微信号 lin_piano0712
少儿编程Scratch入门班周六开课，八到十二岁都能学，报名加Q 2958107364
我们托育园新铺了地暖，一岁半以上的宝宝半日托每月两千二，约参观请拨 0571-86239014
童年印象儿童摄影周岁照套餐九九八，拨打400-618-2371转2预约档期
英国低龄留学申请、监护人和寄宿家庭一条龙，成绩单发邮箱 ukstudy_helen@163.com 免费评估
冬令营滑雪营报名开始了，七天六晚含教练和保险，详情戳 dwz.cn/kXq7Yt2
自家缝的儿童汉服和小马甲，淘宝搜店名“豆丁小衣橱”就是我家
孩子大了，绘本和乐高清一批，都挂闲鱼了，搜“糖糖妈的闲置”
我老公在抖音教小朋友下围棋，每晚八点直播答疑，抖音号 weiqi_laochen
手工黏土课和亲子烘焙周末都有，小红书搜“小满手作工作室”能看往期作品和价格
孩子生日派对场地包场，气球布置加蛋糕，美团搜“奇趣堡儿童乐园”下单立减五十
新开的儿童理发店，大众点评搜“剪剪乐童发”，首单十九块九
婆婆手织的宝宝毛衣毛裤，拼多多店叫“奶奶的毛线筐”，一套一百二
我姐做儿童写真跟拍，快手号 xiaoyu_paipai，满月百天都能上门
我们绘本馆每周三晚上视频号直播讲故事，搜“橡树绘本屋”关注一下，借阅卡九折
寒假书法集训班报名，关注公众号“墨香少年”，回复“寒假”看课表和收费
初中物理难题我在B站录了讲解，搜UP主“老周讲物理”，一对一辅导也可以私信
育儿嫂月嫂都能约，微信小程序搜“贴心家政宝”，持证上岗，可面试
二手童装童鞋置换群开了，群号 735180246，进群免费换，还能低价买
我妹是高级催乳师，产后通乳上门一次两百八，V：cuiru_xiaomei
我爱人是退休小学数学老师，周末在家辅导奥数，一节一百，手机同微信 15967302418
荷兰原装奶粉代购，整箱包邮，要的打 139 2604 7153
表哥开的儿童自行车店到了一批平衡车，三百出头，电话 186-5017-3392
国际象棋启蒙班，八节课六百八，报名电话 ๑๓๗๐๖๔๘๒๕๑๙
暑假素描速写班，小学生也收，联系手机 ១៥៨៣៩០២៧៦៤១
我家开的作业辅导室还有三个空位，加Q ၆၂၉၀၄၈၃၁၇
育儿嫂王阿姨，带娃细心，能住家，手机 ੧੮੯੦੫੫੨੭੩੬੪
雅思托福小班冲刺，周末两天全天课，电话 ١٣٦٥٢٠٩٨٤٧٣
乐高机器人课试听一次五十，Q：³⁰⁷¹⁵⁹⁶²⁴⁸
小学英语自然拼读小班课，⒲⒳：⒫⒣⒪⒩⒤⒞⒮⒜⒩⒩
童装尾货清仓，一件二十，微信 ΚΙΚΟ_ΒΑΒΥ
学生校服定做、改尺寸，掏宝搜“校园衣事”
我闺女跳拉丁拿了奖，现在周末也带小朋友，视屏号“舞动小葡萄”看视频报名
宝宝辅食机和温奶器九成新，一起一百五，要的加微亻言 tiantian_2019
小学作文网课批改，一篇三十，家长耳关系：zuowen_laoyang
寒假围棋冲段班，线上上课，报名找🐧 583027194
家里的婴儿床和推车要出掉，挂在闲🐟了，搜“栗子妈家的小物”
寒假机器人小车班我自己带，还剩两个名额。电阻上的色环会认吧？我手机就是棕橙灰黑红黄蓝紫绿白橙（黑0白9）
练小楷的寒假班开在我家书房，一周三次。手机号按《百家姓》开头十姓的位置，陈是第十姓写作0：赵孙王冯吴钱陈李郑周孙
孩子古诗背不下来的，我带过六年语文，Q号取李白那首床前明月光的前十个字，床1前2依次往后，霜是0：月是床疑前明霜地光
钢琴启蒙我在家里一对一带，四岁就能上；QQ照简谱唱名写的，休止当0：mi·sol·do·la·休止·re·fa·si·do
放学托管我这还空两张小床，电话按老师记票画正字那样写，一笔算一，圆圈是零：一/正/正止/下/正一/○/丅/正下/止/正丅/一
我带的初中奥数小组下个月开新班，号码是希腊字母排位，阿尔法第一、约塔第九、卡帕记0——αθβζκγιδηεα
带孩子认识节气的户外营下周报名，我的手机就藏在节气次序里，立春第一，夏至第十记作零：立春清明立夏夏至芒种惊蛰小满雨水谷雨春分立春
晚托班收人，手机号用年级记，小学几年级就是几，初一至初三是7至9，幼儿园是0：一年级、三年级、初三、五年级、二年级、幼儿园、初一、一年级、四年级、初二、六年级
绘本馆办卡送一节亲子课，号码我用幼儿园那首数字儿歌的东西来说（1像铅笔、0像鸡蛋）：铅笔麻花秤钩鸡蛋耳朵镰刀小鸭勺子哨子小旗铅笔
我家开的婴儿游泳馆，新客三次体验九十九，微信号每个字母往前退一位就对了：cbcz_txjn
我在三号楼一单元开了个午托，中午管饭加午睡，一个月八百，想了解的晚上七点后来家里看看
幼儿园放学我顺路接，小区里的孩子一次十五，想托的家长明早在南门找我
儿子初中的教辅资料一大箱，五十全拿走，周六上午放物业门口，来了报楼号
我爸退休前是中学美术老师，周日上午在老年活动中心教孩子国画，一次四十，想学的带上宣纸直接去
女儿穿小的校服三套，一百块，明天家长会我带过去，需要的会后找我
我老婆是育婴师，满月后的宝宝可以白天帮带，一天两百，有需要的在下面回个楼层
我家车库改成了小画室，暑假每周一三五下午上水彩，一个月四百五，想给孩子报的艾特我一下
小学奥数一对一，每小时一百二，想约的下班后到十二楼工位找我聊
儿童生日派对气球布置我接单，小场三百，大场五百，需要的家长留言日子
家里那台珠江立式琴闲着落灰，三千五自己找人搬，想试音的周末下午到五栋302敲门
给孩子织的手套帽子多做了几套，一套六十，开学那天我在校门口摆着
国际象棋周末班还剩两个位子，一学期一千二，接孩子时跟我说一声就给留
"""

NEGATIVE_102 = """
上个月京东下单的护眼台灯一直闪，订单号28741963025，换货申请今天批了
体检报告学校统一寄回来了，顺丰 SF1409328765412，签收要家长本人
家委会买图书角书架的发票号 04418362 已上传到群文件，大家可以核对
孩子半夜发烧拿不准的，可以先打12320卫生热线问问，晚上也有医生值班
小赵，明天来培训的讲师手机 13602785194，你十点前跟他确认会场
报的那个夏令营取消了，钱原路退回，退款单号 TK8823017 今天到账了
学校代收学费的账户尾号是6215，户名是学校全称，别转给任何个人
学校门口斑马线的红绿灯坏了一周，我反映到12345了，编号2611260447，等回复
请假直接打幼儿园值班室 0755-26718803，或者跟班主任说一声
儿童医院挂上号了，序号37，下午两点半那场
少儿医保缴费后会有一个电子凭证号，截图留好，住院报销要用
户口本和房产证扫描件要传到区教育局的招生系统，网址在学校发的告知书第二页
疫苗预约成功，预约码584210，下周二上午九点带接种本
奶粉发票抬头开错了，订单尾号7721，我已经联系客服重开
拼多多买的儿童雨衣尺码不对，退货单号 YT7760321849 已经填了
早教中心不给退课，我打了12315，对方说三个工作日内回电
午餐费我转错到张姐个人支付宝了，流水号最后六位938512，张姐帮看下
手抄报拍照发到李老师工作邮箱 li.art@fzxx.edu.cn，文件名写上学号
护学岗志愿者培训在钉钉直播，直播间编号618294357，晚上看不了的明天有回放
学费扣款失败的可以打工行95588问问，是不是卡没开代扣
孩子高一化学跟不上，想找个大学生来家里讲讲题，大家有认识的师范生吗
求推荐看小儿过敏比较好的儿科医生，孩子一入冬就起疹子
青少年宫的陶艺课我家去年上过，老师很有耐心，费用也合理，可以考虑
产科护士说月嫂最好孕中期就定，我现在七个月了还来得及吗
推荐一下市图书馆少儿区，周末有免费的绘本故事会，孩子很喜欢
小学三年级学编程是不是太早了？身边有家长试过的吗
想问问育儿嫂住家和白班哪个更合适，我们是双职工
公司旁边有没有靠谱的晚托？我五点半下班，孩子四点就放学了
区妇幼保健院的儿保科不用排太久，上次十分钟就看上了，供参考
女儿想学大提琴，但手还小，请问有家长知道几岁起步比较好吗
有人用和赵老师一样的头像拉家长进“资料群”收298元，真老师说她没建过别的群
又是“零基础三个月英语流利”的托管广告，交了钱人就找不到了，别信
收到“您孩子的学生平安险即将失效，请点链接续保”的短信别点，学校说没这回事
提醒一下：校门口有人发传单“免费测视力送护眼灯”，最后是推销几千块的仪器
隔壁小区有人上门说是“育儿嫂公司回访”，要进屋看宝宝，物业说根本没这回事
那种“加群领免费绘本，只付邮费”的，后面会拉你买九百多的课，我婆婆上过当
朋友圈里“奶粉工厂内部价，一箱三百”的别买，我查了批号是假的
警惕冒充老师私聊要“补交午餐费”的，头像和名字都一模一样
有人打电话说孩子在学校摔伤了要先转医药费，千万先给老师打电话核实
“包进重点中学，内部指标”这种话听听就算了，上届有家长被骗了八万
数学小测87，粗心把加号看成减号，这孩子啥时候能细心点
老大脚长到22厘米了，比我妈的脚都大
校服登记：我家老大穿150，老二穿130
家委会这学期买绿萝和图书一共花了一千八百六，发票都贴在群相册了
体育课测仰卧起坐，我家那个一分钟做了42个，老师说及格了
宝宝六个月体检，头围43.5，一切正常
秋游一共去了41个孩子、9位家长，大巴两辆
奶粉又涨价了，900克一罐从268涨到289
上周古筝考了六级，评委给了良好，孩子自己说手抖了
上学期读了36本绘本，老师奖了一张小奖状
冬季长跑比赛挪到12月9号，穿校服和运动鞋，家长不用到场
棉鞋买了34码，孩子试了说顶脚，只好换35
家长会统计：到了38位，请假4位
作业本一共要买12本，田字格4本，拼音本8本
孩子每天睡十个小时，早上六点五十起
去海洋馆玩了一天，两大一小门票花了四百六，中午饭又是两百
寒假从1月18号开始，2月23号开学，一共37天
各位家长，本群仅发学校和班级通知，请勿转发商品链接、拉票和各类培训信息，谢谢配合
有个新进来的号私加家长推销作文课，已踢出，大家收到陌生好友申请先问问我
【班主任】明天下午三点半提前放学，请家长按时来接，不能来的回复一下
家委会通知：本周五交下学期的保险费，金额以学校通知为准，在班级小管家里交
业主群通知：小区儿童游乐区周三翻修，期间请勿让孩子进入
母校六十周年校庆定在明年五月，筹备组正在征集老照片，有的发群里
本月读书会共读《小王子》，周日晚八点语音分享，自愿参加
闺女把我口红当蜡笔，在墙上画了一整排小太阳
周会改到明天上午了，PPT我晚上再改一版发群里
妈，下周三我加班，乐乐放学能不能你帮着接一下
下雪了，记得给孩子多带一双袜子，上次湿透了
二楼楼道里有只小孩的棉手套，粉色带兔耳朵的，我挂在扶手上了
二十年没见，照片里一眼就认出班长了，还是那么爱笑
我家猫把孩子的乐高城堡推倒了，哭了一晚上
会议室投影仪又连不上，谁会弄帮我看看
我儿子问我恐龙是不是被冻死的，我答不上来，只能去翻百科
爷爷今天去公园下棋赢了三盘，回来一直哼歌
测试环境又挂了，我先跟运维说一声，大家别急着提单
孩子练字坐不住，写三个字就要喝水上厕所
公园湖边的鸭子今年多了好几只小的，娃看了半小时不肯走
老婆出差三天，我一个人带两个娃，已经崩溃
今天中午的番茄炒蛋咸得发苦，厨师是不是换人了
班里养的蚕宝宝吐丝了，女儿每天放学第一件事就是讲它们
还记得咱们初中那个教化学的胖老师吗？听说退休了
周六爬山的集合时间改成七点了，带够水，山顶没有小卖部
孩子今天在幼儿园哭着不让我走，心都碎了
老大要期末考了，家里电视遥控器我藏起来了
舅舅寄来的一箱橘子，孩子一天能吃五六个，手都吃黄了
隔壁组借走的那台显示器什么时候还？我这边双屏用惯了
宝宝终于会叫爸爸了，虽然是对着狗叫的
电梯里贴的那张儿童画是谁家孩子画的，太可爱了
昨天拍的日落谁有原图，想要一张
今天带儿子去理发，他全程盯着镜子里的自己笑
今早雾大得看不见对面楼，送孩子的路上开了双闪
楼上那家每天夜里十一点还在拍球，我上去敲了两回门都不开，太过分了！
凭什么每次买东西都是你们几个说了算，问一句就说我们事多？
作业是布置给孩子的，不是布置给家长的，天天让我们签字拍照烦不烦
你儿子推了我女儿还不道歉，当家长的就这么教？
你家狗不拴绳在儿童区跑来跑去，吓哭我儿子你还笑，有没有点公德心！
Parents, please pack a spare set of clothes for the little ones; the sandpit gets muddy after rain.
My toddler just learned to say no and now uses it for everything, even ice cream.
兒子第一次自己坐公車去外婆家，我一路跟在後面不敢出聲
老師說下週一要交美勞作業，記得準備紙盒
"""
