"""Hold-out set 49 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 14, after sets 1-48 (see holdout_data.py), at the same time as set 50 (written by another helper;
this set was checked by the same script against set 50's 160 lines as they stood when this one was finished, unread:
highest ratio 0.419, so no line of this set needed rewriting for it), and not scored yet. The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or
docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/ on these lines (bench_holdout.py
or any other benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-48), printed up to its closing triple quote, and holdout47_lines.py and holdout48_lines.py
only for their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls
already used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not read); the
benchmarks folder was listed only for its file names, and pyproject.toml was opened only for its ruff settings. The two
dumps (every line of hold-out sets 1-48, training lines) were only read by a similarity script that printed this set's
lines and ratios, never the dumps' lines (apart from that script, only their line counts were taken). No line is copied
from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the
default settings, taken both ways round) against every line of the earlier hold-out sets' dump is at most 0.5 (highest
0.497), against every line of the training-line dump at most 0.5 (highest 0.464), no two lines of this set exceed 0.5
against each other (highest 0.293), and against set 50 the highest is 0.419. Thirteen lines that first stood above 0.5
against the hold-out dump (0.750 at most) were rewritten, six of them twice (an office landline, an e-invoice number, a
pickup code and a WhatsApp number among them); none stood above 0.5 against the training lines. The lines are meant to
be scored once, blind; tuning on their errors would spoil them.

Set 49 focuses on paid knowledge and digital resources: AI courses and "AI side-hustle" training (AI副业,
用AI写文案和做图接单, AI数字人口播, AI绘本, 宝妈副业训练营), shared and resold accounts (ChatGPT Plus 合租 and 共享号,
GPT team seats, Midjourney 拼车 and 月卡, Claude 独享号 and 代充, 剪映 membership), pirated online courses and e-book
bundles (考研 and 公考 网课资源, 翻录 paid courses from 极客时间 or 慕课网, 樊登/得到/喜马拉雅 audio, 电子书合集 in epub
and pdf), paid communities (知识星球, 付费社群, 星球 content resold at ten yuan), self-media and short-video training
camps (短视频起号, 剪辑, 投流, 带货, 自媒体培训学校, 一对一陪跑), and exam question banks for sale (教资, 一建二建,
注会, 公考, 考研复试, 小升初, 刷题软件激活码, 押题卷), beside ordinary chat about AI tools at work, online classes,
e-books, exams and courses in company work groups, teachers' and parents' groups, alumni groups, a training school's
student group and hobby groups (a running club, a photography class, a reading club). It keeps the mix real spam has: 24
lines plain or lightly disguised (a plain id after "加我微信"; "加vx："; "加v："; "wx："; "V❤："; "QQ："; a "群号" for a
paid community; "私我" (a cousin's short-video camp); "私聊"; a course's purchase link; an e-mail address for audio
bundles; a t.me channel after "电报频道"; a discord.gg invite; a WhatsApp number with 60; a 抖音号; a 小红书 name to
search (a younger sister's AI design course); a B站 UP主 to search; a 公众号 with a reply word; a 淘宝 shop name; a 闲鱼
name; a husband's mobile after "打他电话"; "（微信同号）" after the number; a 知识星球 name to search in its app; a
视频号 name to search) and 14 moderately (digits spaced in groups; Chinese digits run together with 零; circled digits
with ⓪; 幺/两/洞 in groups; "扣扣" with Chinese digits; "企鹅" with every digit spaced; "绿泡泡" with an id; the
homophone "薇信"; a full-width id after "加ｖｘ"; "w x" with a spaced-letter id; a t.cn short link without its scheme;
digits grouped by slashes "186/2037/5914"; "纸飞机上搜" an @handle; digits mixing Arabic and Chinese "1五9 3七0二
6八4一") and 10 heavily, with disguises the docstrings read do not list (keycap emoji digits "1️⃣3️⃣5️⃣…"; Suzhou numerals
"〡〣〧 〤〢〩〦 〥〡〨〣", "老会计都认得苏州码子"; a mobile number as solfège syllables of numbered musical notation,
"do mi sol fa la re si…"; a WeChat number as English digit words, "one five eight two…"; a QQ number in hexadecimal,
"0x8D4A3F1B，自己换算成十进制"; an id in the NATO spelling alphabet, "Kilo Echo Papa Alpha Sierra Sierra 八八"; a mobile
number with every digit shifted down by one, "每位数字加一才是我的号码"; circled letters "ⓥⓧ：ⓐⓘⓛⓐⓞⓓⓐⓘ"; a mobile number
read as three quantities, "一百八十九、五千零六十三、两千七百四十一"; a group number as dice faces "⚄⚀⚂⚅…") and 12
subtle (an offer with a call to action only, none quoted by the docstrings the writer read): “想要考公题库的把群昵称改成
“名字+上岸”，今晚十点以后我按昵称一个个发”, “教资真题打印版一套二十，要的把钱和写了名字的纸条塞进3号楼302门缝，第二天挂
你门把手上”, “ChatGPT合租还差两个位置，想上车的在这条消息底下回个🚗，凑满四个人就开”, “周六下午三点市图书馆一楼咖啡角，
我带着移动硬盘，考研网课全套现场拷，一次五十”, “剪映带货训练营下周一开营，学费我已经用群收款发起了，点进去付了就算报上
名”, “明晚沙龙散场后我就站在门口那个蓝色易拉宝旁边，AI副业课现场报名立减两百”, “要电子书合集的同事把U盘放我工位上，贴好
名字，我晚上加班顺手给你们拷，一个十块”, “Midjourney拼车的在教室后面白板上写名字，周五上课前我统一收钱”, “家长会那天我在
教室门口放几套小升初题库打印本，旁边一个信封，一套三十自己取”, “知识星球年卡内部价一百五，发个专属红包给我，领了当晚就把
邀请码@你发群里”, “跑团有想学短视频拍摄的，周日晨跑完别急着走，我在终点那个亭子讲一小时，一人三十”, “一建题库分科卖，我
发的那张海报上把你要的科目圈出来，截图回到群里就行”. About 15 positives are written the way members casually sell in a
group (the writer's own AI side-hustle classes, a cousin's short-video camp, the writer's own 知识付费 on 抖音, a
younger sister's AI design course, the writer's own B站 editing course and 闲鱼 shop, a husband's self-media school, the
writer teaching AI avatar videos and sharing orders, and the subtle lines' printed papers under a dormitory door, the
hard disk at the library café, U盘 on the office desk, the whiteboard at the training school, the honesty envelope at
the parents' meeting and the talk after the club's Sunday run).

- `POSITIVE_49` (60 lines): AI side-hustle copywriting (加我微信), a shared Plus seat (vx), Midjourney 拼车 (加v), 考研
  math courses (wx), an e-book bundle (V❤), 教资 question banks (QQ), the writer's 知识星球 (name to search), a paid
  cross-border e-commerce community (群号), a cousin's short-video camp (私我), 一建 mock papers and banks (私聊), the
  writer's AI painting course (link), paid audio bundles (e-mail), pirated tech courses (电报), Midjourney prompts
  (Discord), overseas GPT accounts (WhatsApp), the writer's 抖音 knowledge-business class (抖音号), a sister's AI design
  course (小红书), the writer's editing course (B站), 公考 banks (公众号), an e-book shop (淘宝), Claude top-ups (闲鱼),
  a husband's self-media school (mobile), 注会 courses (微信同号), AI picture books (视频号); then short-video selling
  courses (spaced digits), exam-app activation codes (Chinese digits), a shared ChatGPT account (circled digits), 考研
  English courses (幺), an e-book group (扣扣), AI writing courses (企鹅), a mothers' side-hustle camp (绿泡泡), resold
  星球 content (薇信), Midjourney monthly cards (full-width), 剪映 membership and courses (spaced letters), a
  pirated-course site (short link), 教资 interview banks (slashes), re-recorded courses (纸飞机), 高考 application
  courses (mixed digits); the ten heavy lines (AI avatar videos, accounting banks, music-theory courses, GPT team seats,
  freelance programming, Claude accounts, 考公 banks, an AI side-hustle community, short-video coaching, 考研 interview
  banks); and the 12 subtle lines.
- `NEGATIVE_49` (100 lines): 20 that look dangerous at first sight (12315 for a course refund, the IT colleague's mobile
  for the company's ChatGPT accounts, the academic affairs office's landline, a Tencent Meeting number for AI-tool
  training, a refund number from a course platform, an e-invoice number for a training fee, ntce.neea.edu.cn,
  basic.smartedu.cn, a member's own new number after a lost phone, 96110 against paid communities that vanish, 12390 for
  pirated courses, the alumni office's landline and mailbox, a ZTO number for textbooks, a new colleague's e-mail for AI
  work, osta.org.cn for skill certificates, a school counselling room's extension, a training contract number, the
  library's landline for 知网, 12333 for skill subsidies, a city human-resources site listing free training); 10 members
  asking or recommending (whether AI side-hustle courses pay off, Andrew Ng on Coursera, a 教资 app, free politics
  lectures, Kimi or 豆包 for weekly reports, coding classes for a fifth-grader, borrowing a Kindle, a 初级会计 app,
  得到's year card, books on Python data analysis); 10 warnings or complaints quoting the ad or scam ("AI副业，日入五
  百，零基础包教包会", "ChatGPT永久账号只要19.9", "全网网课1元一门", a fake class teacher's "教资押题卷，内部资料，扫码
  领取", "知识星球带你月入十万", a call about "名师冲刺班", "自媒体训练营，学完保底接单" with a loan,
  "出售一建真题，考前泄题", a reported "电子书合集五万册", "免费领取AI课程，转发三个群即可"); 17 lines with numbers that
  are not contacts (a training-camp score, a 教资 score, classroom 305, 42 sign-ups, an e-book's price, a 考研
  countdown, 50 Copilot licences, a child's marks, a membership's end date, questions done, an alumni dinner, course
  codes, followers, a fee rise, days of check-ins, a pickup code, an average score); 7 organisers' and admins' own
  notices (a ban naming AI side-hustle, shared-account, course-resource, e-book, 知识星球 and paid-community and
  question-bank ads, a training school's deadline for final work, a parents' committee meeting, the company's learning
  hours, a removed account that posted course links, an alumni meeting online, a class teacher's holiday homework); 27
  lines of everyday chat about an AI-written year-end report, reading on the phone, eyesight and tablets, Midjourney's
  hands, AI meeting notes, a 考研 book done three times, a talk that was all selling, seats in the old library, learning
  to edit, AI-written essays, a finance course that earned nothing, a slow ChatGPT account, a 教资 pass, AI slides,
  short-video teachers, a paid community gone quiet, reading originals, paper books, prompt tips, sitting in on
  lectures, an intern's AI code, AI in classrooms, 星球 "干货", a father learning to cook from 抖音, a night-photography
  class, 考公 questions, a robot at the science museum; 5 heated arguments without any selling; two English lines and
  two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_49 = """
零基础学AI做副业，我已经带了三期学员，用ChatGPT写种草文案接单，有兴趣加我微信 aifuye_laochen 细聊
家里那个Plus账号还空着一个席位，谁想用，每月分摊三十五，加vx：gpt_hezu77
Midjourney 标准版会员拼车，账号我负责续费，一人一个月四十，加v：mj_pinche_2026
考研数学全程班的网课资源，几个名师的都齐，网盘永久有效，wx：kaoyan_ziyuan9 先发你目录看
整理了两万本电子书合集，epub、mobi、pdf 全格式，Kindle 直接能读，V❤：shuhai_2026
教资笔试科目一二三题库，历年真题带逐题解析，QQ：2837164590
我的知识星球「AI搞钱研究所」今天重新开放，前一百名一百九十九一年，在知识星球APP里搜名字就能找到
付费社群每天拆解一个跨境电商案例，入群费九十九，群号 681427395，申请时备注群名
我表哥在做短视频起号训练营，带出过好几个十万粉的号，想学剪辑和投流的私我
一级建造师四科押题卷加内部题库，去年学员通过率挺高，需要的私聊
我的课程《AI绘画从入门到接单》今天半价，购买页 https://ke.aihuahua.cn/course/88 手机能直接看
樊登、得到、喜马拉雅的付费音频我都打包好了，要的发邮件到 tingshu_pack@163.com 自动回网盘
极客时间、慕课网、拉勾教育的课全有，每天更新，电报频道 t.me/wangke_cangku
Midjourney 提示词合集和出图教程都放在我建的 Discord 服务器里，邀请链接 discord.gg/mjPromptCN
海外GPT独享号，吉隆坡朋友帮忙注册的，联系方式 WhatsApp：60-17-3928415
我自己在抖音做知识付费做到了月入两万，现在开小班带人，抖音号 liulaoshi_zmt，主页置顶有报名方式
我妹在小红书教人用AI修图做海报，零基础两周出师，小红书搜“阿雅的AI设计课”就是她
B站搜UP主“剪辑老王在加班”，充电专属视频就是我那套完整剪辑课，一个月三十
公考行测申论全套题库，关注公众号“上岸题库君”，后台回复“资料”自动发，领完还有付费精讲
淘宝店搜“知行电子书坊”，三千本经典书籍电子版打包九块九，拍下秒发
闲鱼搜“Claude代充小陈”，Pro 月付年付都能充，当天到账，我自己的店
我老公办的自媒体培训学校在新区招第二期了，抖音快手视频号都教，报名直接打他电话13906284715
注会六科精讲班加真题库，比机构便宜一大截，18762039145（微信同号）
视频号搜“AI副业星球”，今晚八点直播讲怎么用AI画绘本卖钱，想报名的直播间下单
短视频带货实操课，从选品拍摄到投流一条龙带你跑通，vx 157 3904 2861
一建二建刷题软件激活码，永久使用不限设备，电话一三八七二零九五四六一
ChatGPT 共享号一个月只要二十，登录即用，联系①⑤⑧②⑦④⓪⑨③⑥①
考研英语网课全套，几位名师的课都在，打幺三六 两洞四七 九幺八五
电子书合集永久更新群，进群费十块，扣扣 三八五七二六一九四
AI写作课程送全套提示词模板，学完就能接代写单，企鹅 2 9 1 6 0 4 7 3 8
宝妈在家也能做的副业训练营，用AI做图接单，绿泡泡 baoma_ai88 找我报名
知识星球的付费内容我都能搞到，十块钱一个星球随便挑，薇信 xq_fenxiang
Ｍｉｄｊｏｕｒｎｅｙ 月卡现货，秒开，加ｖｘ：ｍｊ＿ｙｕｅｋａ６
剪映专业版会员加整套剪辑课程打包出，w x：j i a n y i n g 0 3
全网付费课程一站式搜索下载，网址 t.cn/A6kQz9vB 自己挑
教资面试结构化题库和试讲模板，有需要的联系 186/2037/5914
翻录的付费网课一门五块，纸飞机上搜 @kecheng_fanlu
高考志愿填报课程加近五年录取数据库，家长需要的找 1五9 3七0二 6八4一
帮商家做AI数字人口播这门手艺我包教包会，学费两千，学会了单子我也能分你一些，号码 1️⃣3️⃣5️⃣2️⃣8️⃣0️⃣4️⃣7️⃣6️⃣9️⃣1️⃣
老会计都认得苏州码子：〡〣〧 〤〢〩〦 〥〡〨〣，财会题库和做账实操课找这个号
会识谱的自己唱出来：do mi sol fa la re si do re mi la，乐理网课全集就在这个手机号上
GPT 团队版席位转让，一个位置一个月一百，微信按英文读：one five eight two six zero three nine four one seven
程序员接私活训练营，QQ号写成十六进制了：0x8D4A3F1B，自己换算成十进制再加
Claude 独享号出售，微信号用航空字母表念：Kilo Echo Papa Alpha Sierra Sierra 八八
考公电子题库一套三十，下面这串每位数字加一才是我的号码：04751362501
AI副业社群内推名额，ⓥⓧ：ⓐⓘⓛⓐⓞⓓⓐⓘ
短视频运营一对一陪跑，手机号分三段念：一百八十九、五千零六十三、两千七百四十一
考研复试题库和导师联系模板打包出，群号按骰子点数读：⚄⚀⚂⚅⚁⚃⚃⚀⚄
想要考公题库的把群昵称改成“名字+上岸”，今晚十点以后我按昵称一个个发
教资真题打印版一套二十，要的把钱和写了名字的纸条塞进3号楼302门缝，第二天挂你门把手上
ChatGPT合租还差两个位置，想上车的在这条消息底下回个🚗，凑满四个人就开
周六下午三点市图书馆一楼咖啡角，我带着移动硬盘，考研网课全套现场拷，一次五十
剪映带货训练营下周一开营，学费我已经用群收款发起了，点进去付了就算报上名
明晚沙龙散场后我就站在门口那个蓝色易拉宝旁边，AI副业课现场报名立减两百
要电子书合集的同事把U盘放我工位上，贴好名字，我晚上加班顺手给你们拷，一个十块
Midjourney拼车的在教室后面白板上写名字，周五上课前我统一收钱
家长会那天我在教室门口放几套小升初题库打印本，旁边一个信封，一套三十自己取
知识星球年卡内部价一百五，发个专属红包给我，领了当晚就把邀请码@你发群里
跑团有想学短视频拍摄的，周日晨跑完别急着走，我在终点那个亭子讲一小时，一人三十
一建题库分科卖，我发的那张海报上把你要的科目圈出来，截图回到群里就行
"""

NEGATIVE_49 = """
网课退费机构一直拖着不给，直接打12315投诉，我上个月就是这样要回来两千八
公司统一采购的ChatGPT企业版账号，开通问IT部小宋，他手机13705218846，工作时间再打
补考报名的事找教务处，座机0571-86723190，午休时间一般打不通
本周五下午AI工具培训，腾讯会议号 628 417 903，密码 2026，全员参加
网课平台终于同意退了，给了个退款单号E202611250073418让我留着查进度
报销培训费要附电子发票，票号那一长串25447911836502274930我核对过了
教资报名一定走官网 ntce.neea.edu.cn，别点群里乱七八糟的链接
国家中小学智慧教育平台 basic.smartedu.cn 上课程全免费，老师们可以推给家长
手机丢了干脆换了个号，现在用15168203947，以前那个别再打了
遇到付费社群收了钱跑路的，可以打96110反诈专线问问怎么处理
盗版网课可以打12390举报，扫黄打非办管侵权盗版这块
校友会秘书处电话 010-62718845，聚会回执发到 xyh_mishuchu@163.com
教材快递到了，中通单号 75389214066701，还没收到的自己查一下
新来的同事杨帆负责AI项目，他邮箱 yangfan@kechuang-tech.com，需求直接发他抄送我
职业技能等级证书可以在 osta.org.cn 查，输入证书编号就能验真伪
学生有情绪问题可以打学校心理咨询室内线 6032，周一到周五都有人
培训机构合同编号 PX-2026-0318，退费时要报这个编号
知网是学校统一买的，校外访问有问题打图书馆 0731-88830127 问
拿了职业技能证书可以打12333问补贴，我考完领了一千五
市人社局官网 rsj.linhai.gov.cn 公布了今年免费职业培训的机构名单
有没有人报过那种AI副业课的？到底能不能回本，想听句真话
推荐吴恩达在Coursera上的机器学习课，可以申请助学金，免费听
谁知道教资题库哪个APP好用？粉笔和一起考教师纠结中
考研政治我推荐直接看徐涛的强化课，官方免费放出来的
咱们群有没有人在用Kimi或者豆包写周报的，效果怎么样
求推荐适合五年级孩子的编程网课，正规机构的，别太贵
公司图书角能借Kindle吗？想看几本管理类的书
初级会计有没有靠谱的刷题软件，会计学堂那个要收费吗
我觉得得到APP的年卡还行，薛兆丰那门经济学值得听
想系统学Python数据分析，大家有推荐的纸质书吗
“AI副业，日入五百，零基础包教包会”这种广告别信，我姨交了6980，就给了几个录屏
刚有人私聊我说“ChatGPT永久账号只要19.9”，买了当天就封，大家别上当
小心那种“全网网课1元一门”的，付完钱给你个失效网盘链接就拉黑
有人冒充班主任在群里发“教资押题卷，内部资料，扫码领取”，已经踢了，千万别扫
同事被“知识星球带你月入十万”骗了三千，星主现在连星球都关了
家长们注意，有人打电话说“孩子被选进名师冲刺班，先交报名费”，这是诈骗
看到一个帖子写“自媒体训练营，学完保底接单”，结果学费要走分期贷款，大坑
“出售一建真题，考前泄题”这种一听就是骗子，真泄题是要坐牢的
群里那个发“电子书合集五万册”的号我已经举报了，链接点开是个病毒
我妈转发的“免费领取AI课程，转发三个群即可”别再转了，都是收集信息的
这期AI训练营结业考试我考了87分，勉强过线
教资科目二差一分，69，真的想哭
下周二的Python培训在3楼305教室，上午九点开始
本周剪辑课一共42人报名，已经满员了
那本电子书才28块，还不如支持正版
考研倒计时27天，大家稳住心态
公司买了50个Copilot账号，按部门人数分
孩子期中数学92，英语88，语文只有79
会员到期时间显示是2027年3月31日
题库刷到第1460题了，还剩八百多道
下个月校友聚餐，暂定十二月十三号周六晚上，AA每人一百八左右
课程编号AI-301是进阶班，AI-101才是入门班，别选错了
我的抖音涨到3200粉了，离开橱窗还差一点点
学费从3980涨到4580，涨得也太狠了吧
今天打卡第68天，单词背了5000多个
帮我个忙，谁下楼时去驿站把8-3-2017那个件捎上来
这套卷子满分150，全班平均才96.5
【群规】本群是学员交流群，禁止发AI副业课、ChatGPT或Midjourney共享号、网课资源、电子书合集、知识星球和付费社群、题库等广告，发一次踢
各位学员，第三期短视频班的结业作品明天中午截止提交，逾期不计成绩
家委会通知：下周三下午两点开家长会，地点在各班教室，请准时参加
行政通知：公司学习平台上线了，每人每年需完成20学时，有问题找人力
群主：刚那个一进群就甩课程网址的号，我已经清出去了，网址千万别打开
校友会通知：今年年会改线上开，具体时间等秘书处再发
班主任：寒假作业电子版已上传群文件，家长自行下载打印，不需要另外买资料
用AI写了个年终总结，老板说写得太像机器人了哈哈
现在谁还看纸质书啊，我全在手机上看
这学期上课一半都在平板上，孩子视力从5.0掉到4.8了
Midjourney画的图真好看，就是手指老画成六根
我们部门现在开会全靠AI做纪要，省事多了
考研那年我把一千题刷了三遍，现在想想都头大
昨天去听了个知识付费的讲座，全程在卖课，浪费一晚上
老同学们还记得当年图书馆占座吗，现在的孩子都在家看网课了
剪辑这东西光看教程没用，得自己上手剪
我闺女说她们班一半同学在用AI写作文，老师都管不过来
我家那位报了个理财课，学了半年啥也没赚到
公司的ChatGPT账号一到下午就卡，几乎用不了
教资终于过了！三战上岸，谢谢群里姐妹们一路打气
今天试了一下用AI做PPT，排版一般，内容还得自己改
现在的短视频博主十个里有八个在教别人做短视频
付费社群我进过一个，前两个月挺热闹，后来就没人说话了
孩子的英语老师说背单词APP不如多读原版书
电子书看多了还是喜欢纸质书翻起来的手感
下午培训讲的提示词技巧挺实用，回去试试
有点怀念以前大学里到处蹭课的日子
我们组那个实习生用AI写代码，bug比代码还多
学校在推AI进课堂，可我们老师自己都还没搞明白
知识星球里那些所谓的干货，其实网上都搜得到
老爸退休后天天刷抖音学做菜，做得还挺像样
这周摄影课去江边拍夜景，三脚架差点被风吹倒
考公的题真是越来越难了，常识判断全靠蒙
上周末孩子在科技馆跟AI机器人下五子棋，输了三盘，回家还在念叨
你天天在群里说AI会取代老师，取代个啥，你自己连PPT都不会做
别拿你那套读书无用论来说事，不读书你看谁要你
我说网课没用怎么了？你花八千学出什么名堂了，别急着怼我
谁说看盗版电子书就是小偷？你下的电影都是正版吗，少在这装清高
又在吵孩子该不该学编程，能不能别把你的焦虑传染给别的家长
Quick question: does our Copilot licence include Excel, or only Word and Outlook?
Great session today on prompt engineering, thanks everyone for staying late!
我覺得用AI寫作業還是不太好，孩子會越來越懶
今天讀書會討論的那本書，下次記得帶紙本過來
"""
