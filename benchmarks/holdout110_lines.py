"""Hold-out set 110 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-108 (holdout_data.py's docstring covers sets 1-104; sets 107 and 108 are described
in their own docstrings, which were read here), at the same time as set 109 (written by another helper; this set was
checked by the same script against set 109's lines as they stood at each run from the second on, unread), and kept
unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no
qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout107_lines.py and
holdout108_lines.py were opened only for their module docstrings, printed with ast.get_docstring by the checkout's own
Python straight into the writer's own temporary folder (made with mktemp -d), counted there with wc -l, paged with sed
and cat, and searched there with grep for the names of candidate disguises and codes (the labelling rules, the history
and topics of sets 1-108, the file format, the docstring style and the disguises and codes already used, to avoid
repeating them; their lines and the code below the docstrings were not read). The own docstrings of sets 99-106 were not
read, so a disguise or code they list and the three docstrings read do not may be repeated here unknowingly.
pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's root). The
benchmarks folder was not listed; this file's path was checked with test -f once before it was first written (it did not
exist), and set 109's path with test -f before every run of the script (it did not exist at the first run, which was
made without it, and existed at every later run, to which it was passed); set 109's file was only loaded by the
similarity script, which never printed its lines. The folder holding the similarity script and /tmp/prompts were not
listed and no file in them was opened; the script was only run. No slip to report: nothing outside these limits was
opened, listed or run. The lines were drafted as Python lists in the writer's own temporary folder, with a helper module
there that turned digits and letters into the other scripts below and spelt out the coded numbers and ids from their
tables, and written to this file by a small script of the writer's own (which also checked the counts per kind, that no
line repeats and the absence of triple quotes, backslashes and line breaks); small scripts made the rewrites from lists
of replacements, another wrapped this docstring to 120 columns of display width, and one-line scripts printed the
converted digits, the coded lists, the weekdays of three dates, the lines' lengths per kind and the highest difflib
ratio between this set's own lines in the writer's drafts; a one-line check with the checkout's Python loaded this file
alone, to count its lines per constant and print its docstring's first line.

The similarity script read this file: it printed this set's lines and ratios, never the earlier sets', the training
lines or the partner's; it was run four times, every time at the default floor of 0.47. No line is copied from earlier
sets, from the training lines or from set 109: at the end no line of this set has a highest difflib ratio at or above
0.47 against any earlier hold-out line, any training line, set 109's lines or this set's other lines (the script printed
no line in the last two runs, so every highest ratio is under 0.47, and under 0.49 too; among this set's own lines the
highest ratio is 0.368). In the first run, without set 109's file (which did not exist yet), forty-two lines stood at
0.47 or more (0.857 at most, a neighbour's drilling upstairs, since replaced by a Samoyed blow-dried on a balcony):
eight positives (a QQ in ASCII codes, 0.629, replaced by Greek alphabetic numerals; a mobile by tally strokes of 正,
0.596, replaced by Turkish number words; a mobile by the solar terms, 0.579, and one by the order of the Hundred Family
Surnames, 0.568, both kept their code with a new framing, the key after the list; smartphone lessons for the elderly,
0.545, moved to a seniors' university with a new price; a repair mini-program, 0.508, made a husband's with a first
visit's perk; a WeChat id by the pinyin initials of a phrase, 0.486, given a new phrase; a data-recovery centre's
landline, 0.476, now a lab recovering RAID arrays) and thirty-four negatives (eleven chat lines: the drilling, a father
answering the remote control, a child who wants to be a programmer, a teacher's cold-weather note, salty braised pork, a
stopped metro, a ginger cat on an e-bike, a mother's first video call, a pothos on a printer, a science museum, a hike;
six number lines, a battery's health at 0.848, an electricity bill, a child's height, a machine room's heat, computers
counted, a run; nine of the dangerous-looking lines, a 10000 fault call at 0.690, a printer's IP, the 96110 line, a
locker's code, a test server, an invoice, a meeting number, a 顺丰 waybill, a serial number; three questions, a router,
a paper jam, a phone shop; one warning, an Office-renewal text; two notices, an alumni dinner and a class group's rule;
both English lines). Forty of them were rewritten with new wording and mostly a new subject, not a synonym swap; two
chat lines (the metro and the cat) were missed in that pass. In the second run, with set 109's file, fifteen stood at
0.47 or more (0.750 at most, a child's first bus ride, the teacher's note's replacement, now a child taking apart a
coding robot): the two missed lines, two lines not flagged before (so near set 109's lines: a 12345 ticket over broken
fibre, 0.585, replaced by a petition over dark stairwell cameras, and a 12315 complaint's number, 0.474, now a refund
voucher's) and eleven first replacements (the bus ride, both English lines, a waybill, a meeting number, an alumni
reading corner, a pickup code, a mini printer, a fake broadband text, a mother's voice messages and the pinyin code's
new phrase, 0.471, replaced by an id typed one key to the right); all fifteen were rewritten. Forty-four lines were
rewritten for similarity, fifty-five rewrites in all, eleven lines twice, none by a synonym swap. The third run found
none at 0.47 or more, and the fourth, on the finished file with this docstring after ruff format, found none either.
Lengths run from 29 to 74 characters for the positives (the longest the Turkish and Swahili number words) and 11 to 47
for the Chinese negatives (the English lines 109 and 104, the traditional ones 18 and 19). The lines are meant to be
scored once, blind; tuning on their errors would spoil them.

Set 110 focuses on technology and IT services sold into groups: website, mini-program and app development (a
mini-program maker for restaurants and nail shops with a WeChat id, company sites and independent stores by e-mail,
factory showcase sites in Gujarati digits, websites by the Hundred Family Surnames, mini-programs by an Atbash id, a
son's sites at home, a chamber member's sites at a booth), computer and printer repair (the writer's shop with a mobile,
laptop screens in Thai digits, printer repair in Arabic-Indic digits, board repair by resistor colour bands, PC cleaning
by the solar terms, repairs in Swahili, a husband's repair mini-program, toner refills at a desk), data recovery (a
lab's landline, Myanmar digits, an id typed one key off), software installation and activation (remote installs with a
QQ, activation in Khmer digits and in Greek alphabetic numerals, reinstalls at lunch), IT outsourcing for small offices
(a 400 line, an id in Greek capitals, a group split as 钅丁钅丁), network and CCTV installation (cabling with a dashed
mobile, CCTV with a 快手号, in parenthesized digits, by the Thousand Character Classic, a husband's cameras),
social-media account operation and follower growth (小红书 operation, followers with "V：", 围脖 for 微博, an 抖音
course by function keys, video editing), online-shop setup (shops opened through a 钉钉 group), AI tools and courses (a
short link, a QQ group, superscript digits, a 视屏号 live, a B站 course, children's AI coding, résumé polishing),
second-hand computers and parts (淘宝 parts, ThinkPads on 闲鱼, monitors on 视频号 and at a warehouse, GPUs with a
Fraktur id, built PCs on 拼哆哆, keyboards and cards at a building), phone unlocking and flashing (an 抖音号, a mobile
that is also WeChat, monospace digits, Turkish, a nephew's battery stall) and a family's 京东 network shop, a cable
factory on 拼多多, a 公众号 for printer rental and a 微店 of phone accessories; beside company, family, class, estate,
alumni, photography and chamber groups' ordinary life: orders, waybills, invoices, tickets, meeting and exam logins,
passwords, asset and serial numbers, hotlines and an engineer's and a teacher's contacts passed on for work, members
asking for repairers, computers, Wi-Fi and AI tools, IT scams warned of, prices, speeds, scores, sizes and dates, and
arguments over a broken network, excuses, a scratched car, voice messages and a delayed project.

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's computer repair shop with a mobile for
neighbours; mini-programs for shops with a WeChat id; remote software installs with a QQ and the group's name as a note;
a data-recovery lab's landline with an area code; small companies' IT maintenance by a 400 line with a key to press;
company websites by e-mail, ten per cent off for the group; an AI drawing and copywriting camp by a short link, t.cn/…;
the writer's second-hand parts on 淘宝 with a screwdriver set for the group; a company's used ThinkPads on 闲鱼; the
writer's phone flashing live with an 抖音号; 小红书 operation for shops, searched on 小红书; an AI-tools QQ group by its
number; printer rental through a 公众号 with a word to reply; a husband's repair mini-program searched by its name with
a first visit's perk; a cousin's network shop on 京东, the writer's name for a discount; the family's cable factory on
拼多多; used monitors on a 视频号 live at eight; CCTV installation with a 快手号; a Python office course by a B站 UP主's
name; online shops opened through a 钉钉 group by its number; the writer's 微店 of phone cases and chargers; network
cabling with a dashed mobile; phone unlocking with a mobile that is also WeChat; follower growth with "V："), 14
moderately, with disguises the docstrings read do not list (Thai digits ๑๓๖…; Khmer digits for a QQ, ៣១០…; Myanmar
digits ၁၅၈…; Gujarati digits ૧૩૯…; Arabic-Indic digits ١٧٧…; mathematical monospace digits 𝟷𝟻𝟸…; parenthesized digits
⑴⑶⑼…, a number without a zero; superscript digits ¹⁵⁹…; Greek capitals shaped like Latin ones in a WeChat id after VX;
Fraktur small letters in a WeChat id after 微; the homophone 视屏号 for 视频号; the homophone 拼哆哆 for 拼多多; 钉
split into 钅丁, 钅丁钅丁群; the homophone 围脖 for 微博) and 10 heavily, with codes the docstrings read do not list (a
mobile by resistor colour bands, 黑 as zero and 棕 as one; a QQ in Greek alphabetic numerals, α as one, θ as nine and ο
as zero; a mobile by the order of the Hundred Family Surnames, 赵 as one and 陈 as zero; a mobile by the first ten
characters of the Thousand Character Classic, 天 as one and 月 as zero; a mobile by the solar terms, 立春 as one and
夏至 as zero; a mobile in Turkish number words; a mobile in Swahili number words; a QQ by function keys, F10 as zero; a
WeChat id in the Atbash cipher, a for z; a WeChat id typed one key to the right on the keyboard) and 12 subtle (an offer
with a price or a call to action only): the writer's system reinstalls at fifty at a third-floor desk at lunchtime; a
son's company websites at fifteen hundred in the winter holiday, asked for in the group; twenty used monitors at a
hundred at an old warehouse's door on Saturday morning; a husband's two cameras with installation at three hundred,
registered at the property desk; smartphone lessons for retirees, four for a hundred, on Tuesday mornings at a seniors'
university; toner refills at fifteen left on the writer's desk with a note; a children's AI coding trial at ninety-nine
by 接龙 under the message; a nephew's phone batteries at a hundred and twenty at the estate's south gate on Saturday;
the writer's short-video editing at thirty a clip, the material posted with an @; the writer's company's websites at
thirty per cent off for chamber members, at the writer's booth after the meeting; keyboards, mice and graphics cards
from three hundred, seen below a building after seven; résumé polishing with AI, the first free to alumni who reply a
word. About a dozen positives are written the way members casually sell in a group (the writer's repair shop, parts,
flashing, 微店, laptop repairs, built PCs, reinstalls, toner, editing, company sites and spare keyboards; a husband's
mini-program and cameras; a son's websites; a nephew's batteries; a cousin's 京东 shop; the family's cable factory).

-   `POSITIVE_110` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_110` (100 lines): 20 that look dangerous at first sight (a 京东 order's tail for a laser printer, a 德邦
  waybill for three switches, a VAT invoice's last digits for graphics cards, an IT ticket's number, a security exam's
  login from an ID's last digits and a staff number, a 联通 fault report's number, a machine-room engineer's mobile
  passed on for work, an IT support mailbox for new staff, a meeting room's Wi-Fi name and password, a retired laptop's
  asset number, a refund voucher for a refurbished computer, a unit code for the anti-fraud app, a copier's admin
  account and default password, an OA system's first password, a 丰巢 pickup code for a boss's keyboard, a chamber's
  dues transfer's serial number, a licensed Office's activation code on a shared drive, a 浙里办 petition's number over
  dark cameras, an IT teacher's office landline with an extension, an HP service order's number); 10 members asking or
  recommending (a laptop repairer, a used computer for a father, phone photo backup recommended, tablet or computer for
  online classes, recovering chats from a wet phone, the cost of access control and cameras, an AI tool for weekly
  reports, whole-house Wi-Fi, a library's free Python course recommended, sharing one printer among three computers); 10
  warnings quoting or describing the scam or ad ("远程帮你清理手机病毒" and money moved, likes paid per order, a call
  threatening to cut a number, a cheap AI money course's upsell, a free computer check that finds a broken board, a fake
  IT mail asking for passwords, a new laptop at three thousand and then blocked, a deposit to open a shop, an unlocking
  shop that bricked a phone, "不成功不收费" data recovery at two thousand); 17 lines with numbers that are not contacts
  (a new computer's parts and price, a broadband speed, a coding contest's score, a printer's pages, a monitor on a
  narrow desk, hours saved on weekly reports, phones sold and bought, working network ports, typing speed, humidity, a
  short cable, a disk's real size, a Saturday's date and a party's, a class fee's rise, photos downloaded, an old
  computer's weight, USB sticks then and now); 7 organisers' and admins' own notices (a machine room's power cut, a
  class group's owner against course links, a chamber's talk on going digital, an estate's camera upgrade, an alumni
  council's computer donation and meeting, an IT department's antivirus installs, a photography group's outing); 27
  lines of everyday chat (a slow old computer, a cousin's dog and a robot vacuum, a server moved at night, a guard's cat
  on a turnstile, a father's all-in-one, rain, a 3D-printed pen holder, a loud keyboard, a cardboard garage for a robot
  vacuum, a noodle shop's queue, a hidden network cable, a birthday cake, a grandfather's opera videos, old photos on an
  old disk, a money tree in the draught, snow, an AI family portrait with six fingers, a blue screen, an intern who
  fixes printers, a grandmother's dress for video meetings, a stuck lift, a forgotten tablet password, a party's
  rehearsal, contacts moved to a new phone, a coding robot taken apart, a Samoyed blow-dried, an alma mater's new
  computer room); 5 heated arguments without any selling (a broken network blamed, excuses in every meeting, a scratched
  car on camera, voice messages, a delayed project blamed on the technical department); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_110 = """
我在建设路口开了家电脑维修铺，台式笔记本都收，上门检测不要钱，本群邻居打13907316628找小罗
餐饮店、美甲店想做点单小程序的老板看过来，会员储值预约都能做，七天上线，加微信 xcx_dev_laolin 聊需求
Office、PS、CAD、SolidWorks远程帮装，装不好不收钱，周末也在线，QQ 2847716093 备注群名
我们实验室做硬盘开盘和RAID阵列恢复，企业服务器也接，来电0571-86094427约检测时间，地址科技大厦608
小公司犯不着养网管，电脑网络打印机包年维护两千八起，全国统一400-827-6613，接通后按2转技术部
做企业官网、外贸独立站的，把需求发到 jianzhan_quote@163.com，两个工作日内回报价，群友打九折
AI绘图加写文案的周末实战营还剩十个名额，报名戳 t.cn/A6kQm2Rv ，第一节免费试听不满意可退
拆机内存条、固态硬盘都挂在我淘宝店里，搜“老周二手配件铺”，保三个月，群友拍之前吱一声送螺丝刀套装
公司换下来一批ThinkPad，i5加16G，九成新，都挂闲鱼了，搜“阿杰的库存本”，同城能自提
安卓刷机、去广告、解BL锁我在抖音直播教，也接单帮刷，抖音号 shuaji_ah88，晚上九点后在线
帮实体小店代运营小红书，写笔记拍图修图一条龙，一个月涨粉两千起步，小红书搜“青禾运营社”看案例
每天免费分享AI工具和提示词模板，想学的进Q群 739502186，进群先看公告领资料包
打印机复印机出租，每月两百起，含墨粉含上门修，关注公众号“智印办公”回复“租赁”拿报价单
我家那口子会修电脑，自己做了个约上门的小程序，名字是“老街电脑急诊”，第一回上门不收路费
我表哥在京东开了家网络设备店，路由器交换机光猫都有，搜“锐通网络旗舰店”，报我名字还能再便宜
家里开了个做网线水晶头的小厂，六类网线一百米六十九，拼多多搜“联邦线缆工厂店”就是我们家的
今晚八点视频号“二手显示器老陈”开播，二十四寸IPS屏一百五一台，直播间下单包邮
装监控来找我，家里店里都能装，四路带硬盘九百八包安装，快手号 anfang_xiaoqiang 里有装机视频
我在B站讲Python自动化办公，UP主名字“表格终结者老吴”，系统课九十九永久回看，同事报名送源码
帮人开淘宝店、抖店、视频号小店，资料齐了三天下店，一家收三百，进钉钉群 35718842 找客服对接
手机壳钢化膜充电头，我自己的微店“小满数码”都有，比商场便宜一半，群里下单备注送数据线
新房要布网线、装弱电箱的，我们包工包料，一个点位八十，电话 186-2753-0941 王师傅
苹果ID锁、安卓忘了锁屏密码都能解，解不开不收费，电话同微信15817264093
抖音快手涨粉点赞播放量，真人粉不掉，一千粉三十块，有需要的V：fensi_kuaizhang
笔记本换屏换键盘找我，厂里好几个同事的电脑都是我修好的，电话๑๓๖ ๐๗๔๒ ๘๕๑๙
Windows和Office正版激活一台三十五，远程五分钟弄好，Q：៣១០៦ ៥៨៤២៧
手机进水、硬盘坏道、电脑误格式化，数据都能救回来，找恢复师傅老贺 ၁၅၈ ၃၉၂၀ ၄၇၁၆
给工厂做产品展示网站，三千八一套含域名服务器一年，手机૧૩૯ ૭૨૮૬ ૦૪૫૩ 周经理
上门修打印机、换定影组件、清洗喷头，城区一小时到，电话 ١٧٧ ٠٥١٩ ٦٣٨٢
苹果安卓屏幕锁、账号锁都能处理，老客户介绍八折，号码𝟷𝟻𝟸 𝟼𝟶𝟺𝟷 𝟹𝟾𝟿𝟽
家用监控四个摄像头一千出头，手机远程看，包布线包调试，联系⑴⑶⑼ ⑸⑻⑹⑵ ⑺⑺⑷⑴
零基础AI办公课，教你用AI写方案做表格剪视频，报名找助教，手机¹⁵⁹ ⁷²⁰³ ⁶⁴¹⁸
小办公室电脑网络打印机出问题都能上门，包月三百，VX：ΖΗΑΟ_ΙΤ_ΜΑΝ
二手显卡、CPU、主板回收也卖，价格透明当面验货，微：𝔵𝔦𝔲𝔡𝔦𝔞𝔫𝔫𝔞𝔬88
每晚八点我在视屏号“小杨教你用AI”直播，课程六十九元，直播间小黄车就能拍
自己攒的二手主机，i7加3060打游戏够用了，拼哆哆搜“攒机小能手”，我店里同款还有三台
十人以下办公室的IT外包，电脑维护加网络加数据备份，钅丁钅丁群号 62904157 进群详聊
微博涨粉、热门评论、转发都能做，围脖搜“星火涨粉工作室”，私信发“套餐”给你价目表
主板芯片级维修，我的手机号按色环电阻的颜色读，黑当零：棕 橙 蓝 黑 红 紫 黄 白 棕 灰 绿
系统软件激活一台二十，扣扣号用希腊字母记数写的，α是1、θ是9、ο是0：βηζεοϛγθα
做网站找我，电话是一串姓：赵周王郑孙冯钱陈李吴赵，照《百家姓》开头的先后换成数，排第十的陈记作零
监控安装找我，手机号照千字文前十个字的次序，天为一，月算零：天玄荒日宙地月宇洪黄玄
电脑上门清灰换硅脂，手机号是这串节气：立春 小满 谷雨 雨水 立夏 夏至 惊蛰 清明 芒种 立春 春分，从立春数起，数到第十个夏至算零
手机刷机解锁都能做，号码我拿土耳其语报给你们：bir üç yedi beş dokuz iki sıfır altı bir dört sekiz
电脑上门维修，电话用斯瓦希里语念的：moja tano tisa sifuri sita mbili nane tatu nne saba moja
想学抖音运营的加扣，号码按键盘功能键报，F10代表0：F3 F9 F7 F1 F10 F2 F6 F5 F8 F4
做小程序的加我微信，号是字母表反过来对的，a换z、b换y依此类推：cxcpzruz2026
数据恢复加我微信：koijio0755，字母都是往键盘右边错了一格敲的，往左挪回来才是真号
午休时间我在三楼工位帮人重装系统，一台五十，把电脑和充电器带上就行
我儿子大学学计算机的，寒假在家接做网站的活，企业展示站一千五一个，要做的群里说一声
单位淘汰下来的二十台戴尔显示器，一百块一台，周六上午在老厂区仓库门口，先到先挑
谁家想装监控的，我老公这周末有空，两个摄像头连安装三百，在物业前台登个记就行
退休的叔叔阿姨们，扫码挂号打车这些我包教会，四节课一百，每周二上午在老年大学三楼
打印机加粉我这能弄，一支十五，放我桌上留张纸条写名字，下班前给你弄好
家长们，我开了少儿AI编程体验课，周日下午两节，一人九十九，想报的在这条下面接龙
我侄子会给手机换电池，苹果的一百二包工，这周六在小区南门摆摊，要换的带手机过去
我自己接短视频剪辑，一条三十，素材直接丢群里@我，当天出片
咱们商会的会员企业做官网，我公司一律七折，散会后到我展位来聊
家里闲置的机械键盘、鼠标、显卡一大堆，显卡三百起，晚上七点后来5栋楼下看货
各位校友，我在做AI润色简历的服务，校友第一份免费，想要的回复“简历”我来安排
"""

NEGATIVE_110 = """
京东订单尾号4471的那台激光打印机明天到，行政记得签收，发票我开好了放你抽屉
给分公司的三台交换机走德邦发了，运单号DPK300478215596，签收后让他们拍张照
研发部那批显卡的增值税专票到了，票号末八位05873916，报销找小孙
我在IT工单系统提了单，编号IT-20261125-0087，三楼网络还是连不上
网络安全考试入口在OA首页第三个图标，考号是身份证后四位加工号，周五前考完
光猫红灯一直闪，我在联通APP上报了障碍，受理编号Z11260315，说四小时内回电
机房空调维保是张工在跟，他手机13962180457，有事直接找他，我周一开始休假
新员工开邮箱账号发邮件到 itsupport@hengda-group.cn，写清部门和姓名
会议室Wi-Fi名字HD-Meeting-5G，密码hd20261126，开会的同事自己连
报废登记表里那台联想的资产编号是HD-IT-0391，机身贴纸快掉了，我拍照存档了
电脑城那台翻新机投诉完退款了，退款凭证号TK20261120358，说三天到账
派出所要求装国家反诈中心APP，单位代码填3301060052，装好截图发我统计
复印机管理后台账号是admin，初始密码就是机身贴纸上那8位数，改完告诉我一声
OA新系统今天上线，初始密码是工号后六位，第一次登录先改密码
丰巢取件码611482发你了，07号格是老板的新键盘，帮忙拿上来放他桌上
会费三百已经转到商会对公账户，转账流水号2026112600371125，请秘书处查收
公司买的正版Office授权到了，激活码在共享盘“软件授权”文件夹里，别外传
楼道监控半个月不亮，我在“浙里办”提了诉求，编号ZLB20261119047，说五个工作日答复
信息课王老师说电脑室账号有问题找她，办公室电话0571-88023345转612
惠普售后的服务单号E2611-58834，工程师明早十点来修那台彩色打印机
有没有靠谱的修笔记本的店推荐？风扇响得跟拖拉机一样
想给我爸买台二手电脑看新闻，预算一千左右，大家觉得买什么好
推荐大家打开手机自带的照片云备份，我妈换了新机一张照片都没丢
孩子学校要装网课软件，买平板还是电脑好？求过来人说说
谁知道哪里能恢复微信聊天记录？手机进水了，里面全是孩子小时候的照片
公司想装门禁加监控，有没有弄过的同事说说大概要多少钱
大家写周报用的AI工具哪个顺手？免费的最好
新家一百四十平三室两厅，想问全屋Wi-Fi是装AP面板好，还是子母路由就够了
强烈推荐市图书馆的免费Python公益课，我上了三次，老师讲得很细
家里三个人三台电脑，打印机放在书房，怎么让大家都能连上？求个简单的办法
别信“远程帮你清理手机病毒”那种，我同事让人远程操作，卡里的钱被转走了
又有人私聊我说“抖音点赞一单三块，日结”，这就是刷单骗局，先让你垫钱
奶奶接到电话说她的号码“涉嫌违规即将停机，按1转人工”，她真按了，幸亏我在旁边
那种“九块九学会AI赚钱”的课，听完就让你交三千九进高级班，别上当
小心“免费上门检测电脑”，来了就说主板坏了要换，开口一千多
有人冒充公司IT发邮件让大家“重新验证邮箱密码”，财务已经有人中招了
二手群里“全新苹果笔记本三千出”的，基本都是先付款后拉黑
“代开网店包出单，先交五千保证金”，我表弟交了，店没开起来人也找不到了
有个刷机店说“解ID锁包成功”，结果手机变砖还不退钱，大家避雷
数据恢复说“不成功不收费”的，拿到手就说要开盘，张口两千，注意点
新电脑到了，16G内存加1T固态，一共花了五千三
测了下家里网速，下载才87兆，办的可是500兆的宽带
儿子编程比赛拿了二等奖，286分，差一分就一等
这台打印机打了三万八千张，还是当年两千块买的
显示器27寸，桌子只有一米二宽，摆上去有点挤
这周用AI写了五份周报，每份大概省下四十分钟
旧手机卖了四百，新的花了三千九，心疼
咱们这层一共四十七个网口，能用的只有三十一个
孩子信息技术考试打字一分钟45个，老师说刚好及格
加湿器开了一整晚，早上湿度计才到百分之四十二
光猫到路由器的网线才两米，够用了
新买的移动硬盘标着2T，插上电脑只显示1.81T，查了才知道是算法不同
周六是11月28号，年会定在12月20号
这学期学校收的信息课耗材费一人三十五，比去年涨了十块
一共下载了2.3G的照片，传了一下午
老台式机连显示器一起称了，十七斤半，搬下五楼差点闪了腰
U盘64G的才三十多，十年前128M的要一百多
【通知】周六上午九点到十二点机房断电检修，大家周五下班前把文件存到服务器
群主提醒：最近有人借孩子名义推销电脑课，本群不许发任何课程链接，看到请@我处理
商会下周三下午在会议中心办数字化转型分享会，会员免费，请在群里回复参加人数
业主群公告：小区监控升级改造下周一开工，施工期间东门摄像头暂停使用
校友会理事会决定给母校机房捐二十台电脑，明晚八点开线上会，各位理事别缺席
【IT部】公司电脑统一装杀毒软件，明天上午信息部同事挨个工位装，请勿关机
摄影群周日活动改在湿地公园，八点半北门集合，迟到不等
我家那台电脑开机要五分钟，老得跟我一样
表姐家的小狗学会了踩扫地机器人的开关，专挑半夜大家睡着的时候踩
今天加班到十点，服务器总算迁移完了
门卫养的那只三花今天趴在扫码闸机上不肯挪窝，大家只好侧着身子过
我爸把那台一体机当扫描仪用了三年，今天才发现它还能直接复印
昨晚下了场大雨，今早空气特别好
儿子在3D打印社团做了个笔筒，歪得像比萨斜塔，他自己得意得不行
同事的键盘声太响，像在打鼓
女儿拿纸箱给扫地机器人搭了个车库，门口还贴了张手写的门牌
公司楼下新开的兰州拉面，队一直排到门口的共享单车那边
老婆嫌我玩电脑，把网线拔了藏起来
群里谁今天生日？看到有人发蛋糕了
外公八十了，学会了用手机看戏曲，天天外放
今天终于把旧硬盘里的老照片翻出来了，都是二十年前的
办公室那盆发财树被空调吹掉半边叶子，行政说再这样就换成假的
下雪了，同学们注意路滑
那个AI画的全家福，把我爸画成六根手指
电脑突然蓝屏，写了一上午的报告没保存，想哭
新来的实习生会修打印机，全办公室都把他当宝
我奶奶问我视频会议是不是要穿正装
早上电梯卡在七楼和八楼中间，我在里面把年终总结背了半篇
孩子把平板密码改了，自己也忘了
年会彩排把《相亲相爱一家人》唱了三遍，嗓子到现在还是哑的
刚换了新手机，通讯录导了一下午
娃把学校发的编程机器人拆了，说要看看里面是不是住着小人
隔壁单元有人在阳台拿吹风机吹一条洗完澡的萨摩耶，整栋楼都听见它在嚎
好久没回母校了，听说机房都换成新电脑了
你说网是我弄断的，拿出证据来，别张口就赖人
每次开会你都说电脑有问题，借口能不能换一个
监控拍到是你家孩子划的车，还嘴硬什么
群里发这么多语音谁听得过来，打字会死吗
项目延期凭什么全怪技术部？需求改了八遍你们怎么不说
Grandpa video-called me holding the tablet upside down again, so I spent ten minutes chatting with his thumb.
My daughter built a tiny website for her hamster, with a guestbook and a visitor counter stuck at seven.
家裡的網路今天又斷了，打了一下午電話
週末一起去看電腦展嗎？聽說有很多新產品
"""
