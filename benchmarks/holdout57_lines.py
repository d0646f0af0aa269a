"""Hold-out set 57 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 16 on 2026-11-25, after sets 1-56 (see holdout_data.py), at the same time as set 58 (written by
another helper; this set was checked by the same script against set 58's lines as they stood when this one was
finished, unread: highest ratio 0.468, so no line of this set needed rewriting for it), and kept unscored until it is
scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or
detection doc, opened nothing under src/, tests/ or docs/, imported nothing from qungui, ran no qungui command and no
file in benchmarks/ (bench_holdout.py or any other benchmark included); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-56), printed with ast.get_docstring, and
holdout55_lines.py and holdout56_lines.py only for their module docstrings, printed the same way (the file format, the
docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below
holdout_data.py's docstring were not read); pyproject.toml was searched only for its ruff settings (the search showed
the [tool.ruff], lint and per-file-ignores sections and nothing else). The benchmarks folder was not listed and set
58's file was only checked for existence by its name, but one `git status --short` run in the repository showed the
names (not the contents) of changed and untracked files, among them two training-data files under src/ and one other
file in benchmarks/; none of them was opened. Set 58's file was only loaded by the similarity script, which never
printed its lines. The two dumps (every line of hold-out sets 1-56, training lines) were only read by a similarity
script that printed this set's lines and ratios, never the dumps' lines; to find lines standing at exactly 0.500 (the
script prints only lines above 0.5) it was also run on chunks of this set's own lines and on single lines. No line is
copied from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio()
with the default settings, taken both ways round) against every line of the earlier hold-out sets' dump is at most 0.5
(highest 0.489), against every line of the training-line dump at most 0.5 (highest 0.480), no two lines of this set
exceed 0.5 against each other (highest 0.353), and against set 58 the highest is 0.468. Twenty lines were rewritten,
one of them three times (twenty-two rewrites), each time with new wording, all of them ordinary lines (no positive line
needed rewriting): fifteen that first stood above 0.5, fourteen against the hold-out dump (0.712 at most: short lines
with numbers such as a pickup code, a licence plate, exam scores, a parcel left at the wrong flat and a blood-pressure
reading; a parcel station's landline; three organisers' notices, a removed advertiser, a water cut and a parents'
meeting; two everyday lines, a new noodle shop and lost keys; a heated line about a stolen charger; the English line
and a traditional-script line) and one against the training dump only (0.522, a line about a cold snap); then five
more that stood between 0.491 and 0.500 (an expense-claim extension, an online meeting number, a store's anniversary
notice and a chamber-of-commerce meeting against the hold-out dump; an alumni photo line against the training dump),
reworded to keep a margin, and the licence-plate line twice more (0.500, then 0.522 against the hold-out dump). The
lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 57 focuses on jobs and gig work pushed into groups: factory hiring agents with rebates (电子厂直招, 小时工, 返费, 劳务派遣, 暑假工,
a relative's 劳务公司, a bus to a Wuxi factory), delivery-rider and ride-hailing sign-ups (美团众包 with an invitation code,
蜂鸟专送, 滴滴 car rental, 网约车挂靠, 网约车双证 training), live-stream host and e-commerce anchor recruiting (带货主播, 主播培训, a casting
in an office tower), at-home piecework with a deposit (串珠, 手工贴标, 料包押金, 手工活群派单), typing and data-labelling side jobs
(打字录入, AI数据标注, 图片标注, a fee to 'open an account'), 宝妈 part-time work, paid training that turns into a loan (学费分期, 签合同
with ID and bank card), overseas 'easy' jobs (新加坡建筑工, 日本农场, 海外文员), security guard and cleaner agencies (驻场保安, 写字楼保洁, a
couple's own cleaning team, a sister's cleaner), and temp event staff (礼仪小姐, 横店群演, 充场), beside ordinary chat in company
work groups, factory and rider groups, neighbourhood groups, parents' groups, family groups, an alumni group, a store's
VIP customer group and a chamber of commerce. It keeps the mix real spam has: 24 lines plain or lightly disguised (a
plain id after “加我微信”; an app invitation code, “填我的邀请码”; an e-mail for CVs and a video; a mobile after “拨” and a name,
for the writer's own bead work; a “群号”; “联系QQ”; a mobile after “直接打我电话” (the writer's own car for hire);
“在群里@我一下，我拉你们进他的招工群”; a jinshuju form link; “vx:”; a 400 hotline; an 抖音号 to follow; a 58同城 shop to search; a 公众号 with a
reply word; “先加微信…视频面谈”; a BOSS直聘 name to search; a 淘宝 shop to search with a deposit link; a mobile for the writer's
own cleaning team, “我老公接”; a CV e-mail with a subject line; a landline with an area code and a foreman's name; “进QQ群”;
a B站 UP主 and her shop window; a 飞书 group link; a Telegram @name) and 14 moderately (the slang “加卫星” with an id ending
in Chinese digits; the look-alike “嶶信” with “➕”; “🐧群” in negative circled digits “❾❼❹ ❷⓿❸…”; “扣我” with the number in
pinyin, “yi er liu, ba ling wu…”; a mobile with look-alike letters for digits, “l3B O57l 2946”; “某音搜”; “小红薯搜”; the
homophone “咸鱼” for 闲鱼; “拼夕夕搜”; “wēi xìn” in toned pinyin; “➕Ⅴ” with a Roman-numeral Ⅴ for the letter V and Chinese
digits; “站 长 电 话” spaced with cheque numerals in groups; the look-alike “徵信”; the slang “滴滴我” beside “Q一下” and a number
in Chinese digits) and 10 heavily, with disguises the docstrings read do not list (a mobile number in Braille digits,
“⠼⠁⠉⠊ ⠼⠚⠛⠃⠙…”, “写成盲文了”; a group number in dice faces, “⚂⚀⚄ ⚅⚁⚃ ⚀⚂⚄”; a mobile number as tally strokes of the character
正, “一 下 正下 / 正 正丅…”, “圈是零”; a QQ number in four-bit binary, “0011 0101 0111…”; a mobile number as a sum, “135 0000 0000
再加上 628 4517”; a group number in jianpu solfège, “哆咪嗦 发拉来…”, “休止符当零”; “🇻 🇽” and an id in spaced regional-indicator
letters; a group number in playing cards, “红桃A、黑桃7、 方块3…”, “小王算零”; a mobile number as atomic numbers, “氢 氧 碳，氮 锂 氦 硼…”;
a mobile number in the old merchants' secret code, “由人羊 王大夫工 中井非由”, “由中人工大王夫井羊是一到九，非当零”) and 12 subtle (an offer with a
call to action only, none quoted by the docstrings the writer read): a white coach on the high-speed station's north
square at seven, “带身份证和两寸照直接上车”; twenty film extras, “在这条消息下面点个赞，我按点赞的先后排车”; labels to stick with a deposit,
“明天上午十点在菜场二楼楼梯口等我拿货”; a store-opening crowd at two on Thursday, “到了找举黄色小旗的姑娘签到”; farm work in Japan, “护照在手的今晚在群里吱一声”;
ride-hailing training paid in instalments, “周六带身份证和银行卡到培训中心一楼前台签合同”; a sister's cleaner, “谁家要开荒的拍一拍我”; a host casting,
“带两套不同风格的衣服到银泰写字楼十二楼”; a typing job, “钱转给群主就行，备注自己名字”; rider sign-up with a name to say, “就说是老周带来的”; etiquette girls
picked at a mall's east gate, “明早九点穿黑色高跟鞋”; the writer's own bead bracelets, “今晚八点在三号楼下摆个小桌子”. About a dozen positives
are written the way members casually sell in a group (the writer's own bead work and bracelets, the writer's own car
for hire and scooters for riders, a cousin's labour agency, a couple's own cleaning team, a sister's cleaner, a
relative's security firm, a 咸鱼 listing of the writer's family, a labelling worker's own 小红书 page, and most subtle
lines).

- `POSITIVE_57` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_57` (100 lines): 20 that look dangerous at first sight (a rebate unpaid after seventy days, a first day on
  美团众包, a registered dispatch agency checked in person, a bead-work deposit lost to a switched-off phone, a cousin's
  day as a film extra, a son's hourly job at a parcel station, 12333 on dispatch workers' contracts, a husband who gave
  up 滴滴, unpaid wages won back from an etiquette agency, the ride-hailing licence on the transport bureau's app, an old
  e-bike sold on 闲鱼 to a rider, interviews from BOSS直聘, a 快手 host's boast laughed at, a label printer bought on 淘宝,
  a driving school's ride-hailing course with an invoice, a parcel station's moved address and landline, hourly wages
  at the labour market, paid label work through the residents' committee, etiquette staff booked by the company's
  admin, a milk-tea shop asking a uniform fee); 10 members asking or recommending (a factory with day shifts for a
  father of 52, buying or renting a rider's e-bike, a housekeeping firm across from the market, dispatch against
  outsourcing, mall etiquette work for a child, honest summer jobs, data labelling at the big-data park, deposits for
  home crafts, a ride-hailing driver's daily takings, a kind security guard); 10 warnings quoting or describing the scam
  (a craft deposit, “打字员日结两百，先交会员费”, free host training that ends in a loan, “出国务工月薪三万”, order-brushing for
  mothers, fake agents' check-up and uniform fees, a paid crowd that signs people up for credit cards, a fake rider
  station master's equipment fee, “零基础学数据标注，培训完包就业”, a cleaning course promising nanny jobs); 17 lines with numbers that
  are not contacts (a work-uniform order number, a safety meeting in room 305, a month's hourly pay, an expense-claim
  extension, a parcel locker code, a licence plate at a charging post, exam scores, a child's weight, work badges on
  December 3rd, a dormitory's utilities split four ways, an online meeting number, an e-bike battery's price, a parcel
  left at the wrong flat, a canteen meal's price, a rider's orders and takings, an alumni dinner, a blood-pressure
  reading); 7 organisers' and admins' own notices (a rule banning hiring, rebate, piecework and side-job ads, a removed
  account that pushed label work, a clock-in time, a water cut, a small shop's anniversary to its regular customers, a
  chamber's annual meeting, a parents' meeting moved); 27 lines of everyday chat; 5 heated arguments without any
  selling (endless complaints about the factory, a missing charger, a dog in the lift, overtime pay, unpaid dinner
  shares); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_57 = """
昆山电子厂直招普工，小时工二十二一小时，做满六十天返费三千，有意向的加我微信 ks_laowu_zhou，周一统一带去面试
美团众包骑手这个月注册送头盔和保温箱，下载APP后填我的邀请码 MT7Q4K 就能开始接单，不会操作的我手把手教
快手直播间招带货主播，底薪八千加提成，新手有老主播带，把简历和一段自我介绍视频发邮箱 zhubo_hr@163.com
我自己在接的串珠活，厂家给得太多做不完，分一些出来，一串五毛，料包押金两百做完退，要做的拨15973846210找刘姐
宝妈兼职交流群，带娃的间隙就能做，每天两小时左右，群号 638290175，进去先看群公告里的要求
打字录入员长期招，一千字十二块，当天结算，手机电脑都能做，有兴趣联系QQ 2290478163
我那台比亚迪秦闲着没人开，想跑滴滴的可以租去，一个月两千二，保险齐全，直接打我电话 18657102396
我表哥在苏州开劳务派遣公司的，正规备案，进厂不扣中介费，要去的在群里@我一下，我拉你们进他的招工群
AI数据标注兼职，按条结算，一条三毛，做得多审核快，报名表在这 https://jinshuju.net/f/bZ7kQa 填完等电话通知
新商场开业，周末两天需要礼仪小姐，身高一米六五以上，形象好，一天四百，有意者vx: liyi_xiaomei_88
保安公司招驻场保安，包吃包住月薪四千五，年龄五十五周岁以内，全国统一招聘热线 400-817-2635
横店群演长期招人，想过把演员瘾的关注抖音号 hengdian_qunyan520，每天晚上发第二天的通告
写字楼日常保洁招阿姨，早七点到下午三点，月休四天，58同城搜“洁净家政服务”就是我们家，在线投递就行
零基础直播带货培训，一个月就能独立开播，学费能分期，关注公众号“星火主播学院”后台回复“试听”领课
新加坡建筑工出国劳务，不要求外语，包机票包住宿，想了解的先加微信 xinjiapo_lw2025 视频面谈
饿了么蜂鸟专送城南站招骑手，单价比众包高，需自带电动车，BOSS直聘搜“蜂鸟城南站”直接投简历
在家手工贴标，一张标签两分钱，货送上门，要料的去淘宝搜“巧手外发加工坊”，拍下押金链接就发第一箱
我们两口子自己的保洁队，开荒、擦玻璃、油烟机都接，本小区邻居打八折，电话 13806571294 我老公接
电商公司招夜班客服，打字快就行，可以居家，简历投到 hr_kefu@qq.com，邮件标题写“居家客服+姓名”
服装厂招熟练平车工，计件多劳多得，厂址在工业园B区，座机 0769-85230417，上班时间打过来找何主管
周末日结兼职，超市理货搬货，一天一百八，中午管一顿饭，想干的进QQ群 917364028 报名
B站搜UP主“阿敏的副业日记”，里面有在家贴标、穿珠子的全套教程，材料包就挂在她的橱窗里，我买了两套了
飞书群招图片标注员，有电脑能坐得住就行，点链接直接进群领任务：https://applink.feishu.cn/client/chat/chatter/add_by_link?link_token=8fQx2
网约车司机招募，自带车辆挂靠我们公司，代办网约车双证，Telegram @wyc_guakao 详聊，不接受电话
暑假工十六周岁就要，电子厂返费高，车接车送，加卫星：dianzi_chang 六六八
年底进厂正是时候，青岛劳务直招，加嶶信 ➕ qd-laowu321，报名即送被褥
🐧群 ❾❼❹ ❷⓿❸ ❺❻，宝妈手工活每天在群里派单，做完拍照就结钱
打字兼职一小时能挣三四十，有意向的扣我：yi er liu, ba ling wu, jiu er qi
跑外卖缺电动车的找我租，一天十五，站长电话：l3B O57l 2946（白天打）
某音搜“快乐小蜜蜂手工坊”，直播间每晚发手工活，押金拍下当天就发料
居家贴标我做了半年了，小红薯搜“贴标小王”，主页置顶那篇有详细说明
我家在咸鱼上挂了串珠外发的链接，搜“串珠外发 包回收”第一个就是，拍下就寄料
拼夕夕搜“宝妈在家手工”，销量最高那家就是我们，料包包邮，做好寄回结账
网约车驾驶员证培训包过，wēi xìn：qiche_peixun 九五，考不过全额退
充场的活两小时五十，坐着就行，想做的➕Ⅴ：chongchang 二八八九
外卖骑手招募，不看学历，站 长 电 话：壹伍玖 柒叁捌 贰零陆壹
保安保洁岗位多，六十岁以内都收，加个 徵信：baoan_wang1965，每天更新岗位
想接打字单的滴滴我，或者Q一下 三二七九零 八八一四五，新人先给小单练手
海外高薪文员岗，不用外语，签证我们办，手机号写成盲文了：⠼⠁⠉⠊ ⠼⠚⠛⠃⠙ ⠼⠑⠓⠁⠋
宝妈手工群的群号用骰子摆出来了：⚂⚀⚄ ⚅⚁⚃ ⚀⚂⚄，能看懂的自己进
电子厂返费五千，站长手机照画正字的笔数念：一 下 正下 / 正 正丅 丅 ○ / 正止 止 正一 一，圈是零
数据标注内推，企鹅号每一位写成了四位二进制：0011 0101 0111 1000 0010 1001 0110 0100 0001
想跑网约车的打这个号，别嫌麻烦自己算一下：135 0000 0000 再加上 628 4517，算出来就是
主播培训试听群，群号用简谱唱：哆咪嗦 发拉来 咪哆西 休止，休止符当零
礼仪兼职统一找我，🇻 🇽：🇱 🇮 🇾 🇮 🇹 🇪 🇦 🇲 后面跟二八，字母分开写的
群演日结群，群号照扑克牌点数排：红桃A、黑桃7、方块3、梅花9、小王、红桃5、黑桃2、方块8、梅花6，小王算零
打字员内推，手机号按元素周期表的原子序数念：氢 氧 碳，氮 锂 氦 硼，铍 氟 氢 〇
老家亲戚开的保安公司招人，电话用老买卖人的暗码写：由人羊 王大夫工 中井非由（由中人工大王夫井羊是一到九，非当零）
明早七点，高铁站北广场停一辆白色大巴，去无锡电子厂的带身份证和两寸照直接上车，车费厂里报
横店明天缺二十个群演，包盒饭一天一百五，想去的在这条消息下面点个赞，我按点赞的先后排车
在家贴标的活又来了，一箱三千张，押金一百五，明天上午十点在菜场二楼楼梯口等我拿货
周四下午两点万达三楼新店充场，站两小时五十块现结，到了找举黄色小旗的姑娘签到
日本农场打工，包吃包住月入两万，护照在手的今晚在群里吱一声，名额只有五个
网约车资格证培训学费三千八，钱不够平台帮你办分期，周六带身份证和银行卡到培训中心一楼前台签合同就能上课
我二姐家请的保洁阿姨干活特别麻利，周末还有空档，谁家要开荒的拍一拍我，我帮你们约时间
直播主播试镜，这周六下午带两套不同风格的衣服到银泰写字楼十二楼，面试过了当场签约
打字员兼职先交九十九开通账号，钱转给群主就行，备注自己名字，开通后就给你派单
外卖骑手我带你注册，车我这有得租，明早八点到城东站点报到，就说是老周带来的，押金能少交一百
商场礼仪明天还差三个，身高一米六八以上，符合的明早九点穿黑色高跟鞋到商场东门，我在门口挑人
串珠手链都是我晚上自己穿的，做了一大盒，二十块一条，今晚八点在三号楼下摆个小桌子，下楼就能挑
"""

NEGATIVE_57 = """
我在电子厂干满七十天了，说好的返费三千到现在一分没见，中介说要等厂里打款，群里有同样情况的吗
昨天下了美团众包试着跑了六单，挣了四十二块，爬楼爬得腿都软了
小区门口那家劳务派遣公司我专门去问过，营业执照和人社局的许可证都挂在墙上，不是野中介
我老婆在家做串珠，押金交了两百，现在对方电话关机了，这种情况报警有用吗
我表妹上周去横店当了一天群演，说一百块站了十个小时，回来发誓再也不去了
我儿子暑假在快递站做小时工，一小时十八，老板挺实在，每天下班就结钱
打了12333问过了，劳务派遣的也必须签劳动合同、交社保，别听厂里瞎说
老公开了三年滴滴，今年把车卖了，说平台抽成越来越高，不如回厂里上班
礼仪公司拖了我女儿两个月工资，最后是劳动监察大队出面才要回来的
网约车资格证是交通局统一考的，在官方APP上报名，根本不用找任何中介
我在闲鱼上把旧电动车四百块卖给了一个跑外卖的小伙子，他说明天就去站点报到
姐妹们，我在BOSS直聘上投了三家，两家已经回我约面试了，求好运
刚刷到快手上有人晒直播带货月入十万，评论区一排托，看得我直乐
淘宝买的标签打印机到了，下周开始店里的货都自己贴，不用再请临时工了
去年考网约车证花了八百，是驾校统一组织的，发票我还留着
菜鸟驿站换地方了，搬到西门洗车店隔壁，驿站座机0571-88236104没变，老板娘让我在群里转告一声
昨天去人力市场转了一圈，小时工普遍二十一到二十三，比去年涨了两块
上个月我在家贴标挣了三百多，是社区居委会对接的助残项目，一分押金没收
公司年会要请礼仪，行政小张已经在跟酒店对接了，预算每人三百，大家不用操心
我女儿暑假去奶茶店打工，老板张口就让先交五百服装费，我直接让她别去了
有没有人知道附近哪个厂招长白班的？我爸五十二了，夜班实在熬不住
想问问大家，送外卖是自己买电动车划算，还是站点租的划算？
推荐一下菜场对面那家家政，阿姨都是他们自己培训的，我家用了一年多，干活很细
请问劳务派遣和劳务外包到底有啥区别？合同上签的是哪家公司才算数？
谁家孩子做过商场礼仪？一天大概多少钱，会不会很累
孩子暑假想找个兼职锻炼一下，大家有什么正经的渠道吗，先交钱的那种就算了
我觉得想做数据标注还是去正规公司应聘稳当，市里大数据产业园就有好几家在招
各位宝妈，有在家做手工的吗？是不是都得先交押金？我心里有点打鼓
有开网约车的朋友吗？想了解一下现在一天大概能跑多少流水
咱们小区的保安老陈人特别好，昨天还帮我把快递扛上六楼，建议物业给他发个奖
提醒大家，最近有人私加群友说“手工活在家做，先交三百押金拿材料”，钱一到手就拉黑，千万别信
凡是说“打字员日结两百，先交会员费”的都是骗子，正经公司哪有让你先掏钱的
有个所谓免费的主播培训，上到第三天就让你签分期贷款，我同事中招了，背了一万二
“出国务工月薪三万，包吃包住免费出国”这种话听听就好，护照一交人就难回来了
小心那种“宝妈刷单兼职”，前两单给你返几块甜头，后面让你垫大钱就再也不退了
今天派出所来小区宣讲，说冒充劳务中介收体检费、服装费的骗局最近又多起来了
朋友圈有人发“充场不用干活，坐两小时拿八十”，去了才知道是让你当场办信用卡
听说有人冒充美团站长拉人注册骑手，收什么装备费，真站点的装备是押金，不干了能退
网上那些“零基础学数据标注，培训完包就业”的，最后就是卖课，一分钱都别交
我妈差点被一个“保洁速成班，结业安排高薪月嫂”骗走三千八，幸亏银行柜员拦了下来
订单号 4208 8173 6652 0931 的那套工作服尺码发错了，我已经找客服换货了
下午三点在305会议室开安全生产会，各班组长务必到场
这个月小时工一共干了218个小时，按二十一块算是四千五百七十八，工资条核对了没问题
这次出差的报销单据贴好后交给财务部吴会计，她分机是8027，过了周五就要等下个月了
谁下楼顺手帮我取个件？丰巢第三排那个柜，码是 62-3-0417，一箱纸巾不重，回头请你喝饮料
地库B区的充电桩被一辆浙A·7K29M的汽油车占了一整天，我的电车快没电了，谁认识这位邻居说一声
期中成绩出来了，数学96英语88都还行，作文扣了十一分，语文老师说他字写得像蚯蚓爬
刚给儿子称了体重，34.5公斤，比上学期重了三斤
12月3号上午九点半在三楼大厅发工作证，记得带两张一寸照
宿舍这个月水电213.4，四个人平摊每人53.35，我先垫上了
季度复盘改成线上开，腾讯会议 587 203 946，明早十点准时入会，各组长准备五分钟汇报
上周换的电动车电池花了1280，店家说能跑一百公里，实际六十都悬
快递员把1502的一个大纸箱错放在我们1402门口，写的是姓吴的，吴姐下班了上来搬一下
我们厂食堂一顿饭12块，两荤一素，比外面便宜一半
今天跑了37单，到手226，明天给自己放一天假
同学会定在11月30日晚上六点，人均180，到时候群里AA
单位体检我高压138低压88，医生说临界了，从今天起腌菜咸鸭蛋都戒掉
群规重申：本群禁止发任何招工、返费进厂、手工活外发、刷单兼职广告，发一次直接移出
管理员说明：昨晚那个拿“贴标日入三百”到处私聊群友的账号，已经踢出并举报，被他加过的千万别交料费
明天早上8:30前完成打卡，迟到的按公司考勤制度处理，请各部门互相提醒
物业服务中心：因二次供水水箱清洗，周六9:00—12:00全区停水，高层住户请备好用水，给大家添麻烦了
老顾客专属群：周日是小店开业五周年，进店报手机号后四位就能享八八折，积分当钱花
商会秘书处：年度会员大会定在下月十五号下午，在会员单位名单上打勾的请在本条下回复到会几位
班主任留言：原定明天两点半的家长会推迟到四点，还是在三楼阶梯教室，麻烦家长们调整一下时间
今天食堂的红烧肉终于不咸了，感动
下班路上看到彩虹了，可惜手机没电没拍到
我家猫今天把鱼缸里的鱼捞出来一条，现在正蹲着研究第二条
周末有人去爬山吗？天气预报说晴天
老板今天心情好，下午给全组点了奶茶
我妈学会发表情包了，现在每天早上群里第一个说早安的就是她
小区南门那家新开的牛肉面汤头挺正，就是中午排到门外，我等了二十分钟
今天终于把驾照考下来了，科目三一次过
一夜之间从二十度掉到五度，我穿着单衣出门冻得直哆嗦，你们别学我
儿子说长大要当外卖员，因为可以天天骑电动车，我笑喷了
刚开完会，脑子嗡嗡的，谁有咖啡续命
昨晚那场球看了吗，最后三分钟逆转太刺激了
外婆今天九十大寿，一家人齐齐整整吃了顿饭
周一的报表我做完了，放在共享盘里，大家有空看一眼
阳台上的番茄红了三个，今年总算没白种
傍晚打球把车钥匙落在篮球场边的长椅上了，挂着个粉色小熊，哪位看见了放门卫那就行
学校门口又在修路，接孩子的家长记得早点出门
毕业二十年聚会那天的合影我修了半天，明天一起传到群相册，谁闭眼了别怪我
早上地铁坐过站了，迟到五分钟，被组长瞄了一眼
今天是我们结婚十周年，老公居然记得，还订了花
这周轮到我们组值日，垃圾记得分类
谁知道社区医院周末打疫苗要不要预约？
刚学会包饺子，形状一言难尽，但味道还行
小区的桂花开了，晚上散步整条路都是香的
我爸又把遥控器藏起来了，说我们看电视太久
明天降温加下雨，晾在外面的被子记得收
孩子今天第一次自己系鞋带，激动得拍了视频给奶奶看
你天天在群里说厂里这不好那不好，嫌差你倒是辞了啊，都抱怨三个月了
三楼楼道里我那个电动车充电器又不见了，这是第二回了，拿的人自己放回来，录像我已经找物业要了
你家狗又在电梯里尿了，说了多少遍了，出门能不能牵个绳！
凭什么加班费按最低工资算？组长自己都说不合理，人事别在这装傻
上次聚餐的钱到现在还有三个人没转，一个个装没看见是吧？
Quick question: my badge stopped opening the east gate this morning, did HR change the access system again?
Thanks everyone for the birthday wishes, the cake from the team was amazing!
下週三公司體檢，前一天晚上十點以後就不要吃東西了
聽說今晚颱風登陸，我把曬在頂樓的蘿蔔乾全收了，你們家窗戶也要關緊一點
"""
