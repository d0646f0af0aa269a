"""Hold-out set 40 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-38 (see holdout_data.py), at the same time as set 39 (written by another helper; this set
was checked by the same script against set 39's lines as they stood when this one was finished, unread: highest
ratio 0.483).
The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc,
opened nothing under src/, tests/ or docs/, imported nothing from qungui, ran no detector or qungui command on
these lines and did not run bench_holdout.py or any other benchmark; holdout_data.py (lines 1-180: its docstring
and the first imports) was opened only for the labelling rules and the history of earlier sets, holdout37_lines.py
and holdout38_lines.py only for their module docstrings (the file format and their topic lists and calls, to avoid
repeating them; their lines were not read, except that a grep for set 38's structure showed its assignment lines,
its line count and the last two characters of its last line), and pyproject.toml only for its ruff settings. The
two dumps (earlier hold-out lines of sets 1-38, training lines) were only read by a similarity script that printed
this set's lines and ratios, never the dumps' lines. No line is copied from earlier sets or from the training
lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line
of the earlier hold-out sets' dump is at most 0.5 (highest 0.493), against every line of the training-line dump at
most 0.5 (highest 0.476), and no two lines of this set exceed 0.5 against each other (highest 0.326). The lines are
meant to be scored once, blind; tuning on their errors would spoil them.

Set 40 focuses on fake engagement and ghost-writing services: bought followers, likes, views and trending slots
(刷粉, 刷赞, 刷播放, 完播率, 买热搜, 点赞涨粉, 阅读量, 直播间人气), ghost-written essays and theses, plagiarism
checks and rewording (代写论文, 论文降重, 查重, 润色, 盲审, 留学生 essay), online-course and exam proxies
(网课代刷, 代上, 代考, 四六级, 计算机二级, 考研复试), PPT, résumé and speech writing for pay (PPT代做, 简历代写,
演讲稿代写, 述职报告, 年终总结, 入党申请书), video editing and account management for hire (短视频剪辑接单,
口播, 婚礼vlog, 代运营, 账号代管), and review and rating manipulation (好评返现, 刷好评, 删差评, 店铺评分), in
work, student, class-parent, creator and small-business groups. It keeps the mix real spam has: 24 lines plain
or lightly disguised (a plain id after "加我微信", "vx", "加v", "wx", "V❤" and "加她微信"; a mobile number after
"电话", with "微信同号", with "电话微信都是" and in three groups after "找他"; a landline with a manager's name; a
"QQ" number; a "Q群" number; "私我"; "私聊"; a 闲鱼 shop name to search; a m.tb.cn order link; a jinshuju sign-up
link; a t.me link after "电报"; an e-mail address; a DingTalk "钉钉号"; a Telegram handle after "TG"; a 公众号
name with a keyword to reply; a 小红书 id to search) and 14 moderately (spaced digits with dashes, Chinese digits
with 零, circled digits with ⓪, 幺/两/洞 in grouped digits, upper-case Chinese digits in groups, "扣扣" with
Chinese digits, "企鹅" with dash-grouped digits, "绿泡泡" with an id, "纸飞机" with a handle, a suo.im short link,
a full-width id after "ＶＸ", "v x" with a spaced-letter id, digits mixing Arabic and Chinese "1五9 2八6七", the
homophone "加薇") and 10 heavily, with disguises the docstrings read do not list (mathematical monospace letters
and digits "𝚟𝚡：𝚕𝚞𝚗𝚠𝚎𝚗𝟾𝟾𝟼"; superscript digits "¹³⁶⁰⁵⁵…"; digit homophones with an instruction "按谐音念：衣伞酒
舞溜妻爸 儿寺衣灵"; a number reversed with an instruction "号码倒过来输"; Cyrillic look-alike letters "ѵх：rеsоu_88";
small-capital letters "ᴡᴇɪxɪɴ：ᴊɪᴀɴʟɪ_ᴘᴘᴛ"; regional-indicator letters "🇻 🇽"; the pinyin initials "jwx" for
加微信; the split "亻言" for 信 in "V 亻言"; a mobile number interleaved with letters "字母去掉就是电话：1a3b9c…")
and 12 subtle (an offer with a call to action only, none listed by the earlier sets' docstrings that the writer
read: "明天中午十二点半在三食堂二楼靠窗那桌，要代写毕业论文的带着任务书过来", "想降重的回复“降重”两个字，我一个个
拉进小群", "我的收款码就在上面，扫完备注你的抖音号", "把学校、账号、密码写纸条上，周五前塞进6栋302门缝",
"要刷好评的店主在下面留个手机号，工作室的人会挨个打过去", "想删差评的老板先转我五十，删不掉原路退回", "要做的在
评论区打上主题和页数", "样片周四下午在公司茶水间放给大家看，感兴趣的下班晚走十分钟", "要的今晚把题目填进班级
共享表格第三页", "晚上九点图书馆东门台阶上等，认准黑色双肩包", "晒完图把截图跟收款码一起贴在这条底下，我统一
发", "需要的老板下次商会例会带上营业执照复印件来找我谈"). About 15 positives are written the way members
casually sell in a group (a cousin who worked at a publisher polishing and rewording theses, a second son editing
wedding vlogs, a cousin running shop operations for better ratings, a wife managing accounts, a colleague
polishing résumés after work, a brother-in-law at a university library running plagiarism checks, the writer's own
résumé and PPT side work, a son editing talking-head clips, a neighbour's lad doing online courses, a former
supervisor ghost-writing theses in the canteen, a dorm mate doing online courses by a slip under the door, a
daughter making PPTs in the summer holiday, a younger brother showing editing samples in the tea room, flag-raising
speeches ghost-written for twenty yuan, a nephew's operations agency at the chamber meeting).

- `POSITIVE_40` (60 lines): thesis rewording (加我微信), Douyin followers and likes, undergraduate theses, 小红书
  likes and saves, online-course proxies (V❤), résumé writing and mock interviews, a cousin's thesis polishing
  (微信同号), Taobao reviews and deleted bad reviews (landline), PPTs (QQ), a video-editing job group (Q群), a
  second son's wedding vlogs, a cousin's shop operations, a 闲鱼 thesis studio, 公众号 read counts (order link),
  speech-contest scripts (sign-up link), overseas essays (t.me), Weibo trending slots (e-mail), a wife's account
  management, postgraduate and CET exam proxies (钉钉号), live-room audiences (TG), a cash-back-for-reviews 公众号,
  a colleague's résumé polishing, 视频号 and Bilibili views (小红书 id), year-end and application writing; then
  reviews and bad-review removal (spaced digits), a brother-in-law's plagiarism checks (Chinese digits),
  online-course proxies (circled digits), CET-4 proxies (幺), trending slots (upper-case digits), the writer's
  résumés and PPTs (扣扣), views and completion rates (企鹅), a follower package (绿泡泡), overseas course and
  exam proxies (纸飞机), cash back for reviews (short link), shop operations (full-width), speeches (spaced
  letters), a son's talking-head clips (mixed digits), likes and comments (加薇); the ten heavy lines (theses,
  followers and likes, a neighbour's online courses, computer-exam proxies, trending slots, résumés and PPTs,
  views, thesis rewording, bad-review removal, account management); and the 12 subtle lines.
- `NEGATIVE_40` (100 lines): 22 that look dangerous at first sight (the academic office's landline, a colleague's
  mobile for a Douyin data report, a CNKI check order number, an SF waybill for bound theses, a video-editing
  invoice number, the library's official checking site, "加我微信" to a classmate named first for thesis
  templates, a college 公众号 QR code for a writing lecture, the 12315 consumer line for unpaid cash back, a
  supervisor's e-mail, a platform appeal ticket about malicious reviews, a Tencent Meeting number for a defence,
  a company cloud-drive link and code for footage, a budget sheet sent by 私聊, a class teacher's mobile passed on,
  colleagues asked to like the company's own video, a plagiarism report number, the school IT centre's phone, a
  new editor found by name in 企业微信, a substitute teacher's e-mail, a marketing colleague's extension, the
  student union's e-mail for a form); 10 members asking (free checks per year, editing software, PPT animations,
  what shop operators charge, model speeches, starting a shop's Douyin without an agency, AI rewording, a résumé
  template, a wedding-video editor, reporting a review-farming shop); 11 warnings or complaints quoting the ad or
  scam ("刷粉一千只要九块", "论文包过盲审，先付一半", "网课代刷保满分", "五星好评返现20，加客服领", "替考包过、不过
  退款", "删差评找我，一条五十", a bought trending slot that lasted ten minutes, "简历代写保进大厂", "涨粉套餐" and
  "点赞任务" banned by the owner, an account banned after course proxying, a "五星好评返现5元" card in a parcel);
  21 lines with numbers that are not contacts (lessons left, a similarity rate, followers, a PPT rehearsal 接龙,
  a defence room, review counts, speech scores, views, word counts, printing prices, PPT page shares, an exam
  timetable, editing hours, a check fee, a weekly report, a lunch order, design grades, draft numbers, contest
  entries, a room number, full-width word count and rate); 7 organisers' and admins' own notices (a rule against
  ghost-writing and course ads, a thesis meeting, an editing training, a rule against cash-back and review
  farming, parents asked to let children write their speeches, an account handover, a student-union defence);
  19 lines of everyday chat about bought fans, rewording, face checks in online courses, a birthday video, shops
  that never pay for reviews, résumés, PPT colours, an influencer's overnight followers, nerves, a boss ordering
  likes, a one-star review, thesis nights, AI checks, a throttled account, a child wanting fans, bought comments,
  a mother's vote-begging, a third revision, a vlog with 37 views; 6 heated arguments without any selling; two
  English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own notice inside its own group is not,
nor is a member asking for or recommending something inside the group, nor a warning quoting an ad, nor a
contact passed on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_40 = """
知网维普万方三家都能降，毕业前最后一批名额，加我微信 jiangchong_laoli，发题目给你报价
抖音快手刷粉刷赞，一千粉二十八，当天到账不掉粉，vx：zf_dy2026
毕业季代写本科论文，文理科都接，按千字算，加v：bylw_9981
小红书笔记点赞收藏包上热门，商家可以月结，wx：hongshu-tui66
网课代刷：学习通、智慧树、U校园全包，期末前保证刷完，V❤：wk_shuake
简历代写加模拟面试一条龙，应届生打八折，电话 13857720416
我表姐在出版社待过好多年，现在接论文润色和降重，不满意不收钱，微信同号 15967302284
淘宝刷好评、删差评，店铺权重三天拉起来，座机 0755-26614093 找陈经理
接各类PPT代做，答辩汇报述职都行，一页十五，QQ 2917734650
短视频剪辑接单交流群，Q群：736120584，进群就有活分
我家老二在传媒学院读大三，周末接视频剪辑，婚礼vlog都剪过，要的私我
我表弟就是做店铺代运营的，美团点评评分能帮你拉到4.8，有需要的私聊
闲鱼店铺「小鹿论文工作室」，降重查重格式调整都有，闲鱼直接搜店名
公众号文章的阅读和在看都能做，10w+ 一篇包到位，拍这个 https://m.tb.cn/h.5xQ2Lp
演讲比赛稿子代写还能配背景音乐，先填这个登记 https://jinshuju.net/f/Yh72Kd
海外留学生 essay 代写，GPA 保底，电报 t.me/essay_helper_uk
微博买热搜、上实时榜，明星工作室都在用，合作请发邮件 hotsearch2026@163.com
我老婆在做账号代管，抖音快手小红书一起管，一个月八百，加她微信 lw_yunying88
考研复试、四六级代考，钉钉号 dk20260519，先考后付
刚开播场观个位数？我们派真人账号进房间撑场子，按场结算，TG @zhibo_renqi
关注公众号「好评返现站」，后台回复 返现 两个字就能进群领钱
我同事下班接简历美化，外企格式那种，一份五十，需要的找他 182 0591 7736
视频号、B站播放量一万起刷，老客户都在小红书上搜 bofang_99 找我
代写年终总结、述职报告、入党申请书，电话微信都是 17625583041
差评能删、好评能刷，老店主都找我们，联系 1 5 8 - 3 3 0 2 - 7 4 6 1
我姐夫在高校图书馆上班，能帮忙查重降重，手机一八七 六二零五 三九一八
网课代刷找我，全网最低价，①③⑨②⑦⑦④⓪⑧①⑥
英语四级代考，包过，电话幺五两 洞八幺七 三两洞九
买热搜上榜，价格好商量，联系：壹捌陆 贰零柒叁 伍伍玖捌
我自己课余接简历代写和PPT代做，扣扣 三八七六二一九零五
刷播放刷完播率，日结，企鹅：264-0811-753
新开的抖音号想涨粉的，万粉套餐两百出头，绿泡泡 zhangfen_a1 直接搜
留学生网课代上、代考都做，纸飞机 @proxyexam_hk
好评返现活动，五星晒图返八块，详情点 suo.im/4Gk2Wj
淘宝京东店铺代运营，全托管不用你操心，ＶＸ：ｄａｉｙｕｎｙｉｎｇ０７
演讲稿代写，三小时出稿，v x : y a n j i a n g 2 2
我儿子大学学剪辑的，抖音口播一条三十，找他1五9 2八6七 3零4一
点赞涨粉刷评论一条龙，加薇 dianzan_520，量大从优
论文代写保过盲审，𝚟𝚡：𝚕𝚞𝚗𝚠𝚎𝚗𝟾𝟾𝟼
刷粉刷赞找我，价格美丽，号码¹³⁶⁰⁵⁵⁸²⁷⁹⁴
我邻居小伙子专门网课代刷，号码按谐音念：衣伞酒 舞溜妻爸 儿寺衣灵
计算机二级代考，不过退款，号码倒过来输：5 2 7 0 3 8 1 4 6 8 1
微博热搜代上，明星同款渠道，ѵх：rеsоu_88
简历精修和PPT美化都接，ᴡᴇɪxɪɴ：ᴊɪᴀɴʟɪ_ᴘᴘᴛ
刷播放量包上热门，🇻 🇽 ：bofang_king
代写论文降重，jwx：lwjc520，备注群名优先
删差评一条五十，加 V 亻言：shancp_01
接抖音账号代管，字母去掉就是电话：1a3b9c0d5e8f2g7h7i4j6
我以前带过毕业生，明天中午十二点半在三食堂二楼靠窗那桌，要代写毕业论文的带着任务书过来
想降重的回复“降重”两个字，我一个个拉进小群
涨粉一千只要三十，我的收款码就在上面，扫完备注你的抖音号
我们宿舍有个哥们专门刷网课，一门八十，把学校、账号、密码写纸条上，周五前塞进6栋302门缝
要刷好评的店主在下面留个手机号，工作室的人会挨个打过去
想删差评的老板先转我五十，删不掉原路退回
我闺女暑假在家接PPT代做，一页十块，要做的在评论区打上主题和页数
我弟接剪辑单，样片周四下午在公司茶水间放给大家看，感兴趣的下班晚走十分钟
下周升旗的演讲稿我能代笔，一篇二十，要的今晚把题目填进班级共享表格第三页
代考的事不方便群里说，晚上九点图书馆东门台阶上等，认准黑色双肩包
好评返现五块，晒完图把截图跟收款码一起贴在这条底下，我统一发
我侄子开了家代运营公司，需要的老板下次商会例会带上营业执照复印件来找我谈
""".strip()

NEGATIVE_40 = """
教务处座机 0571-88203316，网课学分没同步的同学上班时间打过去问
小周手机 13967128840，今天抖音后台的数据报表找她要，我在外面开会
我的知网查重订单号 TM20261118093372，报告出来了，导师让交PDF
装订好的三本论文已经寄给学院，运单 SF1408836127735，教秘记得查收
财务退回了一张剪辑费发票，号码 04518820，公司名少了个字，得找外包重新开
学校规定只认图书馆官网的查重入口 lib.zjxy.edu.cn，别去淘宝乱买
阿杰，加我微信吧，开题模板跟格式规范我打包发你
学院公众号今天推送里有二维码，扫码报名本周五的论文写作规范讲座
商家答应的返现一直不给就打12315，我去年就这样拿回来十五块
导师邮箱 wanglaoshi@zjxy.edu.cn，初稿周日晚上十点前发过去，别晚了
平台申诉工单号 7720331985，客服说恶意差评三个工作日内处理
答辩用腾讯会议，会议号 893 221 507，早上九点准时进，摄像头要开
片子原始素材传到公司网盘了 pan.baidu.com/s/1xK3dQ，码 7k3d，剪辑组的同事自取
活动预算表我私聊发你了，赵总，记得看一下第二页
王老师让我转告：她手机 138 5712 0963，孩子生病请假打这个，晚上九点后发短信
公司视频号周五发新品宣传片，同事们看到了顺手点个赞转一下
查重报告编号 VIP-2026-553817，教秘说要跟纸质版核对
学习通登不上的，学校信息中心电话 0571-86915500，别找群里那些所谓代刷
运营部新来的剪辑师叫陆洋，企业微信搜陆洋就能找到，有片子直接派给他
这学期代课的刘老师邮箱是 liu.hong@school.cn，作业交到这里
我们部门对接MCN的是市场部钱姐，分机8026，合同的事找她
学生会换届的报名表交到 xsh2026@zjxy.edu.cn 这个邮箱，周日截止
有没有人知道学校的免费查重一年能用几次？
求推荐个好上手的剪辑软件，电脑配置一般，剪娃的视频用
谁会做答辩PPT的动画，能不能在群里教教我，请你喝奶茶
群里有没有做过店铺代运营的朋友，想问问一般怎么收费，靠谱吗
孩子学校要交三分钟演讲稿，有家长知道去哪找范文参考吗
想给我家小店做个抖音号，有懂的朋友在群里指点一下吗，不打算找代运营
有人用过那种AI改写降重吗？会不会被导师看出来
求个应届生简历模板，群里有人能分享一下吗
想找个剪婚礼视频的，预算两千左右，大家有认识靠谱的推荐一下吗
谁知道怎么举报刷单的店铺？在哪个入口
又有人私信我“刷粉一千只要九块”，钱转过去就被拉黑了，大家别上当
刚才那个发“论文包过盲审，先付一半”的已经被我踢了，谁加了他赶紧删
提醒各位家长：有人冒充老师说“网课代刷保满分”，让交三百，千万别信
我买的衣服里夹着“五星好评返现20，加客服领”，加了之后让我刷单，差点被骗
代考是违法的！那些说“替考包过、不过退款”的，抓到要判刑
有个号在评论区刷“删差评找我，一条五十”，我举报了，大家也帮忙举报下
朋友花了八百找人买热搜，结果就挂了十分钟，钱也要不回来
别信什么“简历代写保进大厂”，我表弟花了一千二，拿回来还是模板套的
群里再有人发“涨粉套餐”“点赞任务”这类广告，直接截图给我，我来处理
网课代刷把我同学账号搞封了，学分全清零，这种事真不能碰
刚收的快递里塞了张“五星好评返现5元”的卡片，店叫晨光家居，有人也买过吗
这学期网课还剩12节，截止到1月15号，大家抓紧
查重率从31.6%降到了8.9%，改了整整三个通宵
我们店抖音号粉丝涨到1.2万了，全是自己一条条拍出来的
PPT预检接龙 ①王丽 ②张强 ③陈晨 ④李一鸣 ⑤
答辩地点改到B栋305，时间下午两点十分，每人八分钟
上个月店里好评128条，差评3条，都是说发货慢
演讲比赛结果：一班92.5分，三班90分，二班88分
视频播放量昨天到了3.4万，比上周多了一倍
论文字数要求本科一万二，硕士三万起，别写超太多
简历打印一份两块，学院打印店今天开到晚上九点半
PPT一共23页，我负责第1到8页，你们俩分一下后面的
期末考试安排：12月28日上午9:00-11:00，考场在明德楼204
我们这条视频剪了4个小时，成片才1分20秒
知网查重一次要198，学校给的免费额度只有两次
这周周报：新增粉丝846，点赞2310，评论177
订了26份午饭，一份18块，到时候AA
毕业设计分数出来了，我78，室友86
第3组的演讲稿写到第五稿了，还差个结尾
这次剪辑大赛报名了47个人，入围名单周三公布
房间号改了，答辩组在1203，不是1302
我的毕业论文终稿字数：３２５６１字，查重率：６.２％
群公告：本群只讨论课程和作业，禁止发代写、代考、刷课广告，发现一次踢一次
明天上午十点开毕业论文动员会，地点学术报告厅，没请假的都得到
本周五下午三点剪辑培训，公司三楼会议室，自带电脑
请各位商家注意，本群不允许发好评返现、刷单的内容，违者移出
家长们，孩子的演讲稿请让孩子自己写，学校会抽查原创
账号交接：运营部的小红书号下周由小林接手，密码走公司流程
学生会换届答辩下周二，名单已经传到班级群文件了
我觉得刷出来的粉没用，播放量一看就是假的，还不如认真拍
论文降重真的磨人，一句话改八遍还是标红
现在网课都有人脸识别了，挂机根本没用
昨天给娃剪了个生日视频，剪映真好用，模板一套就行
我们店从来不做好评返现，靠的就是回头客
简历还是自己写靠谱，面试官一问就露馅了
做PPT最头疼的就是配色，每次都改到半夜
看到那个网红一夜涨粉十万，八成是买的
这次演讲我没用稿子，紧张得手一直在抖
老板让我们每人每天给公司抖音点赞评论，这不就是自己刷自己吗
被顾客打了个一星差评，气得我一晚上没睡着
毕业那会儿熬夜写论文的日子，现在想想都怕
听说今年查重系统又升级了，AI写的也能查出来
小红书限流了，发了十篇都没人看
孩子非要当up主，天天问我怎么才能有粉丝
现在连评论都能买，看评论区已经判断不了东西好坏了
我妈在朋友圈求大家给我表妹投票点赞，我都不好意思转
客户说视频要改第三版了，今晚又得通宵剪
剪了一晚上的vlog，发出去才37个播放，心态崩了
你自己论文抄的还好意思说别人？有本事把查重报告发出来看看
差评是顾客自己打的，你冲我发什么火？有话好好说行不行
你那视频剪得跟PPT似的还嫌别人慢，有本事你自己来
吵什么吵，PPT谁做的谁上台讲，谁也别推
你说我刷好评？拿证据出来，不然别在这造谣
我们组的论文都是自己一个字一个字写的，凭什么被怀疑是代写
Quick question: does our school's similarity checker accept papers written in English?
Heads-up, Thursday's editing workshop has moved to room 402, same time.
我們小店從來不刷好評，客人喜歡自然會回來
論文終於交上去了，今晚誰要一起去吃火鍋
""".strip()
