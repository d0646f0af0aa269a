"""Hold-out set 77 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-76 (see holdout_data.py; sets 69 to 76 were studied in this
session), at the same time as set 78 (written by another helper; this set was checked by the same script against set
78's lines as they stood when this one was finished, unread: highest ratio 0.432 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-76, which also names the disguises and calls
earlier sets' errors led to), printed with ast.get_docstring, and holdout75_lines.py and holdout76_lines.py only for
their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls
already used, to avoid repeating them; their lines and the code below the docstrings were not read; the three
docstrings were saved to the writer's own temporary folder to be paged through, nothing else in them). pyproject.toml
was not opened (ruff format and ruff check were only run on this file, from the checkout's root). The benchmarks
folder was not listed; set 78's file was only checked for existence by its exact path (test -f, before every run of
the script; it existed from the first run on) and only loaded by the similarity script, which never printed its
lines. The folder holding the similarity script was not listed and no file in it was opened; the script was only run,
always with set 78's file. No slip to report: nothing outside these limits was opened, listed or run. The lines were
drafted in the writer's own temporary folder and written to this file by a small script of the writer's own (which
also turned digits and letters into the other scripts below), and the similarity script then read it: it printed this
set's lines and ratios, never the dumps' or the partner's lines; it was run at the required floor of 0.49 and then at
0.47, to find the lines standing just below it. No line is copied from earlier sets or from the training lines: every
line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.464), against every line of
the training dump at most 0.49 (highest 0.462), against set 78 at most 0.49 (highest 0.432), and no two lines of this
set exceed 0.49 against each other (highest 0.464).

Thirty-eight lines were rewritten for similarity, eight of them twice and four of those a third time (fifty
rewrites), each time with new wording, not a synonym swap; besides, after the sixth pass two plain positives were
made plainer for their labels (a 快手 search and a 视频号 live room now say the account is the writer's own, so that
neither reads as a member recommending someone else's) and the number coded in ASCII was changed, as it shared its
first six digits with the Python-slice code's number. In the first pass, with set 78's file passed from the first run
on, thirty stood at 0.49 or more (0.708 at most, a fake class teacher's fee QR code, against the hold-out dump),
twenty-seven against the hold-out dump, four against the training dump (two of them against both: a printer jammed
and a crowded science museum) and one against set 78 (an electric piano's price, 0.586): eight positives (the 亻言
split for 信 in a 志愿-filling offer, 0.667, kept after rewording as it did not stand near the floor again; a mobile
read out in French numbers, 0.597, one in the numbers inside eleven idioms, 0.579, and one sung in 简谱 solfège, do mi
sol…, 0.557: all three may have been used before, so all three were dropped, for ASCII codes, square roots and 工尺谱;
an art studio's 公众号, 0.552, and a coding class's mini-program, 0.500, both against the training dump; the writer's 微店
of classics for children, 0.523; a 高三 cramming class's landline, 0.500) and twenty-two negatives (the fake class
teacher, the cold week, a blank fishing day, a ball kicked in the stairwell, the lift broken, the printer, mid-term
marks, the parents' meeting notice, the piano's price, borrowing a physics workbook, the SF waybill for sample books,
a push in the playground, asking for a piano teacher, shoelaces tied, the science museum, a day's steps, a pickup
code at a 菜鸟 station, a training firm's mobile for an invoice, the alumni reunion's sign-ups, the removed advertiser,
the group rule and the first English line). In the second pass four: the square roots (0.556 against the hold-out
dump and 0.505 against set 78: that code may have been used before, so it was dropped for primes counted by their
order), the pickup code (0.533), the 微店 (0.532) and the English line (0.491). In the third pass two: the 微店 a third
time (0.542, now its own short k.weidian.com link and a price) and the pickup code a third time (0.500, now a parcel
locker's code). A run at 0.49 then found none. In the fourth pass, at 0.47, ten standing between 0.471 and 0.486:
among the positives a WeChat id in a Caesar cipher (0.486 against the hold-out dump: that code may have been used
before, so it was dropped for a Python slice to run) and the 先天八卦 numbers (0.471); among the negatives an electricity
bill (0.486, against the training dump), a meeting moved (0.481), a school bus driver's new mobile (0.479, against
the training dump), the removed advertiser again (0.478), a badminton court fee (0.476), the waybill again (0.475),
road works at the school gate (0.474) and a dark playground (0.471, against the training dump). In the fifth pass
two: the waybill a third time (0.500, now a ZTO waybill) and the meeting again (0.481). In the sixth pass, at 0.47,
none; after the label edits above, the ASCII code stood at 0.485, and once reworded at 0.495, against the hold-out
dump: that code may have been used before, so in the seventh and eighth passes it was reworded and then dropped, for
the powers of two. In the ninth pass, at 0.47, none. Lengths run from 27 to 61 characters for the positives and 13 to
73 for the negatives. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 77 focuses on education and tutoring sold into groups, above all parents' class groups: after-school tutoring and
homework clubs (a 托管班 open till seven with meals, homework help opposite the east gate, a 托管部 taking ten more
children), one-to-one tutors (a serving maths teacher moonlighting at weekends, a husband who is a postgraduate, a
Zhejiang University student on 小红书, a third-year student at the normal university, a teacher cooking up extra lessons
at home), exam prep for the 中考 and 高考 (a 高三 cramming class, 中考 PE training, essay templates, essay correction, a
maths class, 奥数, an informatics camp, 志愿-filling advice by mobile and in a tea house on results day), art, music and
dance lessons (an art studio's 公众号, a daughter's dance studio on 抖音, street dance on 大众点评, an aunt's piano room, a
music shop's guitar lessons, an 二胡 tutor at the children's palace, a piano accompanist, sketching taught on 快手 by a
nephew, a dance class taking latecomers), children's coding and robotics (a mini-program's coding class, LEGO EV3 on
B站, a robotics winter camp, a Python summer camp, a robotics room's open day), study-abroad and international-school
agents (essays by e-mail, a 企业微信 adviser, international-school planning, a 400 line, American summer schools, spoken
English with a foreign teacher), summer and winter camps (astronomy, a camp with six places left), reading and book
sales to parents (levelled readers on a short link, encyclopaedias on 视频号, used revision books on 闲鱼, a cousin's
picture-book shop on 拼多多, classics printed by the writer, a cousin's science books left with the guard, picture books
by the box), handwriting and abacus classes (copybooks on 淘宝, 练字 on 快手, a family calligraphy room, abacus camps, a 练字
class met in a tea shop, 珠心算 at the estate's square), Go, pinyin and 周易 classes for children, and an 'insider' school
place through a cousin at the education bureau; beside ordinary chat in parents' class groups, a school's own staff
group, company work groups, a department group, neighbourhood groups, family groups, an alumni group and hobby groups
(badminton, fishing, photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (an after-school 托管班 with a spaced mobile; a
moonlighting maths teacher with a WeChat id; a 高三 cramming class with a landline; essay correction by QQ; an art
studio's 公众号 to book a trial through; "微信小程序搜" a coding class; a daughter's dance studio by its 抖音号; "快手搜" the
writer's own handwriting live stream, with a word to type in the live room; encyclopaedias in the writer's 视频号 live
room; levelled readers on a short link, dwz.cn/…; study-abroad essays by e-mail; "闲鱼搜" used revision books; "拼多多搜" a
cousin's picture-book shop; an aunt's piano room with a plain mobile and "微信同号"; "淘宝搜" the writer's copybooks; "小红书搜"
a student tutor; the writer's B站 account for LEGO courses; the writer's own 微店 on a short link, k.weidian.com/…; a 中考
PE camp's QQ群 number; "大众点评搜" the writer's street-dance studio; an adviser's 企业微信 by its quoted name; a 钉钉群 number
for a physics course; "V：" an international-school planner; a study-abroad 400 line with an extension), 14
moderately, with disguises the docstrings read do not list (Thai digits ๑๘๖…; Khmer digits ១៣៧…; Myanmar digits ၁၅၉…;
Gujarati digits ૧૮૨…; Persian digits ۱۳۶…; monospace digits 𝟷𝟻𝟸…; superscript digits ¹⁷⁷…; circled letters ⓥⓧ and an
id in circled letters; the homophone 威芯 for 微信; 蔻蔻 for QQ; 筷手 for 快手; 信 split into 亻言; 拼 split into 扌并, 扌并多多; 公众号 as
its pinyin initials, gzh) and 10 heavily, with codes the docstrings read do not list (a mobile in 工尺谱 notation, 上 六
工…, 上 as one; a mobile as the order of primes, 2 5 19…; a mobile as the first ten decimals of e with a 1 before them;
a mobile as a Python slice to run, print('a1b5…'[1::2]); a mobile in right-hand piano fingering, 拇 中 小…, a fist as
zero; a mobile as the answers of eleven sums, 9-8 6÷2 3+4…; a mobile as the powers of two, 2 8 256…; a mobile as the
planets' order from the sun, 水星 地球 木星…; a mobile as the tones of a ten-character saying, the neutral tone as zero; a
mobile in the 先天八卦 numbers, 乾 巽 坤…) and 12 subtle (an offer with a call to action only, none quoted by the docstrings
read): a maths-thinking trial class in the community room on Saturday at nine, the child and a pencil brought along;
extra lessons at the writer's home, names left with the writer's wife at her tofu stall in the market; a 托管部 taking
ten more children, names and grades written on the small whiteboard at its door; a cousin's science books from a
publisher at eighty a set, left in building 3's guard room, the money paid to the guard on duty; a 练字 class met on
Wednesday after school in the tea shop opposite the gate, a page of the child's writing brought along; a summer
camp's six places, the forms slipped into the children's school bags by the writer's son, returned with the deposit;
an 'insider' place at the experimental primary school, talked over on Friday at seven in a hotel's private room, a
cousin at the education bureau; a robotics room's open day in a mall, a free model car for children who come in
school uniform; a dance class taking latecomers, children brought straight to room 306 of the children's palace, the
first lesson free if not liked; an abacus summer class met at eight tonight on the estate's square, the writer at a
table beside the dancers, in a red coat; a student's English tutoring met in the city library's study area, papers
brought for a first free session; 志愿 filling one-to-one on results day in a tea house's room, queued by the result
slip. About a dozen positives are written the way members casually sell in a group (a daughter's dance studio, a
cousin's picture-book shop, an aunt's piano room, a husband's tutoring, the family's calligraphy room, a nephew's
sketching, a wife at the tofu stall, a cousin's science books, a son carrying the camp's forms, a cousin at the
education bureau, the writer's own copybooks, revision books, classics and picture-book shop).

- `POSITIVE_77` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_77` (100 lines): 20 that look dangerous at first sight (a training firm's contact's mobile passed to a
  colleague for an invoice, a 京东 order number for a class's bookshelf, a ZTO waybill for sample books returned to a
  publisher, the school's 公众号 with the autumn admissions, an electric piano's price already paid, a 12345 complaint's
  reference number against a tutoring firm that ran off, the district education bureau's site for school catchments,
  HR's e-mail for degree verification codes, the national smart-education platform's app, a 中考 registration number, a
  pupil's parent's mobile passed to the school nurse, the school's 企业微信 leave app, an invoice's tax number, a library
  card's number, the class's own 钉钉群 for homework, a tutoring refund's sums, a parcel locker's code, a school bus
  driver's new mobile, a company training form's e-mail, a workbook's ISBN); 10 members asking or recommending (a
  piano teacher for a six-year-old, the library's free reading hour, whether coding is worth it, a used physics
  workbook to borrow, a swimming class at the sports centre, a physics tutor, the children's palace's cheaper classes
  on its official 公众号, a military summer camp, whether abacus is worth it, free calligraphy classes at the cultural
  centre); 10 warnings quoting or describing the scam or ad ("内部名额，交五万保进重点班", a fake "教育局补贴" call, a 托管班 gone with
  prepaid fees, a "免费学习能力测评" that sells a course, "志愿填报专家", a fake class teacher's "资料费" QR code, "保过班，不过全额退", "押题卷"
  before an exam, "保录取名校", a reading check-in cash-back that needs five recruits); 17 lines with numbers that are not
  contacts (mid-term marks, a day's homework pages, a choir's sign-ups, a son's height, the school run's times, a
  piano grade, a meeting moved, overtime hours, a sports day's long jump, a day's steps, a test's hardest questions,
  an alumni reunion's sign-ups, a badminton court fee, a summer timetable, a department's training rate, an
  electricity bill, words learnt in a winter); 7 organisers' and admins' own notices (a group rule banning tutoring,
  托管, interest-class and revision-book ads, a removed account that pushed a "名师提分" QR code, the parents' meeting,
  exam invigilation in the school's staff group, the alumni day, a company's new-staff training, the neighbourhood
  committee's free after-school room); 27 lines of everyday chat (some about homework, school shoes, the school run,
  a teacher's praise, an open day, the science museum, old poems learnt by heart, a colleague's child admitted to
  Zhejiang University and a grandmother's wish for 奥数); 5 heated arguments without any selling (a ball against a
  door, marks shown off in the group, the parents' committee's accounts, a push in the playground, a plan taken at a
  meeting); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_77 = """
放学托管班开到晚上七点，管饭管作业，四年级以下，联系王老师 139 5827 4613
我是在职初中数学老师，周末可以一对一，不招本校学生，微信 zhang_shuxue88
我们学校旁边的高三全日制冲刺班，理化每班不超过八人，电话 0571-8862 3049
作文批改一篇二十，小学初中都行，QQ 2875163094 发我照片就行
想让孩子学素描的，关注我们工作室的公众号“青禾美术”，里面能直接预约周末试听
我们做的少儿编程课在微信小程序搜“码小鸭”就能约，Scratch入门第一节九块九
我闺女的舞蹈工作室抖音号 ds_xiaoyue2019，晚上八点直播中国舞基本功
快手搜“老周练字”就是我，每晚直播硬笔楷书，想报班的在直播间扣“报名”
整套儿童百科在我的视频号“悦读妈妈”直播间秒杀，今晚九点开播
分级绘本原版套装清仓，一百九一套，链接 dwz.cn/Rk8mZt 手慢无
美本文书和推荐信代改，往届学生都拿了offer，邮箱 essayhelp_lin@163.com
孩子用过的五三和王后雄全套转手，闲鱼搜“南湖二手教辅”都是我挂的
儿童绘本拼多多搜“小橡树童书馆”，是我表姐开的店，正版保证
我小姨开的钢琴教室在翠苑二区，一节课一百二，电话 15867203391 微信同号
淘宝搜“墨香字帖小店”，我自己设计的控笔练习本，一年级刚好用
小红书搜“浙大学姐小林”，寒假接高中英语家教，线上线下都行
我在B站的号叫“机器人老陈”，乐高EV3课程全集，想系统学的私信我报名
千字文注音本是我自己排版找印厂印的，五本一套三十八，k.weidian.com/Xp3Ra7Q 下单
中考体育冲刺训练营QQ群 618 273 905，进群看课表，名额有限
大众点评搜“跃动少儿街舞”，是我们自己的店，新学员九十九元四节
加我企业微信“启航留学-周顾问”，英国澳洲硕士申请免费评估背景
暑假初二物理预习网课，钉钉群号 38725061，进群先听两节再交钱
国际学校升学规划，V：ibplan_grace 备注孩子年级
留学咨询热线 400-826-1937 转 6，美加英澳全程服务，今年签约打九折
我老公是师大的研究生，寒假接初中数理化，电话 ๑๘๖ ๐๕๗๓ ๔๒๙๘
少儿围棋启蒙班周末开课，报名打 ១៣៧ ២៩៨៤ ៦០៥១
珠心算寒假集训班还剩五个位，手机 ၁၅၉ ၈၃၂၆ ၇၄၀၁
我家开的书法教室招暑期生，软笔硬笔都教，联系 ૧૮૨ ૪૦૬૭ ૫૩૩૯
美国夏校申请还来得及，顾问电话 ۱۳۶ ۵۲۸۰ ۹۱۴۷
我是琴行老板，吉他尤克里里一对一，微信就是手机号 𝟷𝟻𝟸 𝟼𝟾𝟶𝟷 𝟹𝟽𝟺𝟻
小学语数英作业辅导，就在东门对面二楼，号码 ¹⁷⁷ ³⁰⁶⁵ ⁸¹²⁴
英语外教口语小班课，一周两次，加ⓥⓧ：ⓜⓘⓢⓢⓨⓔⓝⓖ
少儿编程机器人冬令营，五天四晚全包，威芯 robokid_camp 详聊
中考满分作文模板合集，需要的加蔻蔻 3318920475
我侄子在筷手教零基础素描，号是 sumiao_ajie ，先看他直播再决定
出分后帮孩子看志愿的，我带过六届高三，方案按分数定，加微亻言 zhiyuan_tian
儿童绘本整箱出，扌并多多搜“豆豆妈绘本屋”，我自己的店
关注gzh“满分作文研究所”，后台回复“中考”领范文，报班另有优惠
少年宫二胡私教，手机用工尺谱记（上=1）：上六工 乙尺凡五 工上六尺
初中数学提分班，手机每位是下面质数排第几个：2 5 19 11 3 17 13 2 7 23 5
奥数竞赛辅导，手机号是自然常数e小数点后前十位，前面补个1
少儿Python夏令营，报名电话自己跑：print('a1b5c0d9e3f7g2h6i4j8k1'[1::2])
钢琴陪练上门，号码按右手指法：拇中小 食无名拇拳 小中无名食，拳头是0
口算提速班，电话是这十一题得数：9-8 6÷2 3+4 1+2 10-5 3×3 8÷4 2×4 7-7 12÷3 2+4
信息学集训营招初中生，老师手机每位是这些数为2的几次方：2 8 256 32 16 1 4 128 8 64 2
天文夏令营报名电话，按行星离太阳的次序：水星地球木星 金星火星土星海王星 天王星水星火星金星
拼音班手机号是“天马行空，想到就马上做吧”每字的声调，轻声记0
周易启蒙小课堂收学生，电话照先天八卦的序数念：乾巽坤 离兑坎震 艮乾兑离
我在社区活动室开数学思维体验课，周六上午九点，带孩子和一支铅笔来，第一节不收钱
我周末在家给初三孩子开小灶，两小时一百五，想报的把名字告诉我爱人，菜场卖豆腐那个就是她
我们托管部下学期还收十个，家长在托管部门口的小白板上写孩子姓名年级，我每晚收
表姐从出版社清出来的整套科普书，一套八十，放在三号楼门卫室，钱交给值班老李就能拿走
练字班新学期开班，周三放学我在校门对面的奶茶店坐着，带孩子写的一页字来当面看
我办的夏令营还剩六个名额，报名表明天让我儿子塞进各家孩子的书包侧袋，填好夹着押金带回来
想让孩子进实验小学的，周五晚七点锦江饭店二楼牡丹厅，我表哥在教育局管招生，来了当面谈
我们机器人教室周日开放，万达三楼，穿校服来的孩子免费拼一台小车带走，当天报课八折
我的舞蹈班下周一起收插班生，放学直接把孩子送到少年宫306，第一节跳完不满意不收钱
珠心算暑假班要报的家长，今晚八点来小区广场，我在跳舞队旁边摆了张桌子，穿红外套
我是师大大三的，寒假补初中英语一小时六十，明天下午在市图书馆二楼自习区，带卷子来先免费讲一次
出分那天我们在学校对面的茶楼包了个厅，志愿填报一对一，带成绩条来排号，一家三百
"""

NEGATIVE_77 = """
小李，给咱们做内训那家公司的刘经理手机是 13916620487，发票开错抬头让他重开
班级图书角书架的京东订单号 3048571926634，到货了麻烦家委会签收一下
教研组那箱要退的样书走的中通，单号 78341269055102，出版社签收了我在群里说
学校公众号刚推了秋季招生简章，划片范围和报名时间都在里面，大家自己看
双十一抢的那台雅马哈电钢付了四千二，今天旗舰店直接标三千六，心态崩了
那家跑路的英语机构我已经打12345投诉了，受理编号 2611240387，大家也去打
学区查询直接上区教育局官网，输入房产证上的地址就能查到对应小学
学历认证报告的在线验证码请发到 hr_zp@hengda-group.com，本周五前
寒假作业的视频讲解在国家中小学智慧教育平台上有，APP里按年级找
中考报名号是学籍号后八位，各位家长核对一下别填错了
三班陈同学家长电话 18857320916，孩子下午发烧了，麻烦校医联系一下
请假统一走学校企业微信里的“教职工请假”应用，别再私下发我了
报销培训费的发票税号填 91330106MA2CK8R41P，抬头写全称
孩子的借书证号 0027163，上次借的两本到期了，谁顺路帮忙还一下
本班钉钉群号 56208347，只拉本班家长，网课作业在里面提交
学而思那边退费了，秋季班一共交了三千八，退回来两千九
丫头的新练习册在丰巢柜里，开箱码 540913，今晚十点前谁下楼顺手取一下
校车王师傅手机丢了，补办的新号 13675810294，班主任们通讯录里改一下
公司内训报名表发到 training@xinlian-tech.com，截止周三下班
教辅的书号 ISBN 978-7-5337-9125-6，家委会核对一下是不是这一版
想给六岁的女儿找个钢琴启蒙老师，小区附近有没有上过觉得好的
推荐社区图书馆每周六的亲子阅读，免费的，我家去了三次都说好
问一下，少儿编程到底有没有必要学？身边好多人报了我有点慌
谁家哥哥姐姐初二的物理辅导书还留着？想拿来翻两页，看合不合适再去买
游泳还是去体育中心那个班吧，教练是退役运动员，我家老二在那学会的
求推荐物理家教，高一，成绩中等偏下，周末能上门的最好
少年宫的兴趣班比外面便宜一半，报名在它官方公众号上，大家可以看看
去年谁家孩子去过那种一周的军事夏令营？回来有变化吗
纠结要不要让孩子学珠心算，听说上了初中就没用了，大家怎么看
书法的话少年宫和文化馆都有公益课，我闺女在文化馆学了一年
提醒一下，有人私聊说“内部名额，交五万保进重点班”，这种都是骗子
又接到“教育局补贴”电话，说孩子有两千学习补助，要我银行卡号，直接挂了
小区门口那家托管班上个月卷着预付款跑了，大家千万别一次交一年的钱
所谓“免费学习能力测评”，测完就说孩子注意力有问题，然后推一万多的课
高考后冒出一堆“志愿填报专家”，收几千块，其实就是拿软件一填，别上当
班级群里混进一个假班主任，头像名字一模一样，发了个“资料费”收款码，已经有两家转了
“保过班，不过全额退”——我同事信了，最后退费拖了一年多
考前卖“押题卷”的都是骗钱的，真题出来之前谁也拿不到
留学中介嘴上说“保录取名校”，合同里又写着不保证结果，签之前看仔细
打卡读绘本三十天返现，最后要你拉五个人才给钱，就是个拉人头
期中卷子发回来了，语文错在阅读理解，数学粗心丢了七分
今天作业：数学练习册第34到36页，语文第五课生字抄三遍
班里一共43个孩子，报名合唱团的有17个
儿子一米五二了，比开学时长了四厘米
早上七点二十出门，到学校正好七点四十五，路上堵了十分钟
钢琴八级终于过了，练了整整五年，手指头都磨出茧了
教研会往后挪了半小时，周五四点开始，换到302那间小会议室
这个月加班二十六个小时，调休只批了一天半
运动会报了60米和跳远，跳远跳了3米12
手环显示今天一万两千多步，早上送、中午送饭、傍晚接，全在去学校的路上
试卷一共24道题，最后两道压轴题全班只有5个人做对
十二月十四号的同学聚会，目前三十八个人确认，三班和五班的还没报上来
老时间周四晚上八点打球，体育馆涨价了，这回每人摊25
暑假40天，我给他排了每天一小时阅读、半小时跳绳
第三季度部门培训完成率87%，还有6个人没考试
家里两台空调开了一个月，电费单出来三百一十二，我妈心疼得直念叨
背了一个寒假单词，1200个里面记住了大概800
【群规】本群仅用于三(2)班家校沟通，补课、托管、各类兴趣班及教辅书推广一律不准发，发了就移出
发“名师提分”码的那个号刚被我请出去了，之前点过链接的家长查一下支付记录
期中家长会安排：周四14:30，各班教室，家长按孩子座位入座，会后可单独找科任老师
下周期末考试的监考安排已发到工作群文件里，各位老师查看自己的场次
校友会通知：返校日定在十二月二十号，上午参观新图书馆，中午在食堂聚餐
公司十二月的新员工培训在总部五楼，HR会逐一通知到人
社区通知：寒假期间居委会开设免费四点半课堂，由志愿者看护写作业，报名到居委会
今天的数学作业最后一题我也不会，小学题怎么这么难
孩子说明天要穿白球鞋，家里那双刷了还没干
下雨了，谁顺路能帮我把孩子从学校带回来？我还在加班
刚开完会，头都大了，下午还有两个
老妈，周日我们回来吃饭，孩子点名要吃你做的红烧鱼
今天陪写作业又吼了，冷静下来想想他其实也挺累的
二单元的电梯这礼拜第三回停了，我背着书包抱着老二走上十一层
英语老师今天表扬他了，回家高兴了一晚上
还记得当年四食堂的麻辣烫吗，听说今年拆了
上周输得太惨，这周我要报仇
水库边蹲了整整一下午，浮漂一动没动，只喂饱了蚊子
下午的光线太好了，在公园拍了几张银杏
财务室那台打印机一直闪红灯，纸盒里明明有纸，谁懂这个
明天第二节我和王老师换课，学生那边我来说
外婆说孩子小时候学的那首儿歌她还会唱
女儿学了舞蹈之后，走路都挺直了不少
寒假作业太多了，孩子说比上学还累
今天家长开放日听了一节课，老师讲得真不错
上周日的科技馆跟赶集似的，机器人表演那个厅挤都挤不进去
我家那位把孩子的水杯落在车上了，今天只能喝学校的水
小家伙今早自己系了个蝴蝶结鞋带，歪歪扭扭的，非要我拍照发给他爸
周三开始下雪，孩子的羽绒服我昨晚已经塞进书包了
校门口那段路挖开在换水管，今天早上送娃绕到菜市场那边才过去
小区儿童滑梯那块路灯坏了半个月，晚上孩子玩看不清，物业管管吧
昨晚孩子背古诗背到睡着，手里还攥着书
同事的孩子今年考上了浙大，请我们全组喝奶茶
婆婆非要给孩子报个奥数，我看他明明更喜欢画画
你家孩子把皮球往我家防盗门上砸了一晚上，咚咚咚的，家里老人心脏受得了吗！
不是我说，群里天天晒成绩有意思吗？能不能照顾一下别人的感受
家委会买东西的账到现在都不公开，凭什么不让问？
监控拍得清清楚楚，你家儿子在操场上先动的手，现在倒打一耙说我们欺负他？
开会的时候你拿我的方案去汇报，这事你今天必须给个说法
Parents evening is Thursday now. Please sign the report card before then.
My son finished his volcano project at last, and the kitchen is a mess.
今天孩子的鋼琴課老師請假，改到下週三再上。
週末帶孩子去圖書館，借了五本繪本回來。
"""
