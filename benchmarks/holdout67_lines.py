"""Hold-out set 67 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 20 on 2026-11-25, after sets 1-66 (see holdout_data.py; sets 65 and 66 were studied in this session),
at the same time as set 68 (written by another helper; this set was checked by the same script against set 68's lines as
they stood when this one was finished, unread: highest ratio 0.456 at the end), and kept unscored until it is scored
once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or detection
doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git
command and no file in benchmarks/; holdout_data.py was opened only for its module docstring (the labelling rules and
the history and topics of sets 1-66), printed with ast.get_docstring, and holdout65_lines.py and holdout66_lines.py only
for their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls
already used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not read; the
three docstrings were saved to the writer's own temporary folder to be paged through, nothing else in them).
pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's root). The
benchmarks folder was not listed; set 68's file was only checked for existence by its exact path (test -f) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not listed
and no file in it was opened; the script was only run, on this file alone until set 68's file appeared and then on both.
The lines were drafted in the writer's own temporary folder and written to this file, which the script then read: it
printed this set's lines and ratios, never the dumps' or the partner's lines; it was run at --floor 0.49 and also at
0.47, to find the lines standing just below the threshold. No slip to report: nothing outside these limits was opened,
listed or run. No line is copied from earlier sets or from the training lines: every line's difflib ratio against every
line of the hold-out dump is at most 0.49 (highest 0.474), against every training line at most 0.49 (highest 0.444),
against set 68 at most 0.49 (highest 0.456; one run while set 68 was still being written showed 0.506 for a moment, and
the next, unchanged on this side, 0.456), and no two lines of this set exceed 0.49 against each other (highest 0.343).

Thirty-eight lines were rewritten, nine of them twice (forty-seven rewrites), each time with new wording, not a synonym
swap. In the first pass thirty-two that stood at 0.49 or more in the first run (0.816 at most, a neighbour dragging
chairs at night), all against the hold-out dump and five also against the training dump (0.667 at most there, a short
good-night line): three positives (a mobile in keycap emoji digits, 0.589, and a mobile given as the stroke counts of
characters, 0.575, both replaced by other disguises, a homoglyph id and mahjong tiles, as earlier sets may well have
used those two; a heavenly-stems code, 0.529, reworded), a class teacher's WeChat passed on, a listening membership's
invoice, a community questionnaire link, a free library reading club, a phishing text about test results, a room number,
a speech contest's score, a meeting id, maths marks, a parcel code, a child's height, the removed advertiser, a water
cut, a chamber's meeting, colder weather, a meeting-weary line, a meme, a short acknowledgement, ginkgo leaves, laundry
in the rain, a parking place, good night, a thanks to a teacher, lateness, the chair-dragging neighbour, e-bikes in the
lift, both English lines and the first traditional-script line. In the second pass six of those still between 0.500 and
0.612 (a hotel room, a parcel code, a child's height, a lift inspection, a meme, noise upstairs), replaced by other
subjects. In the third pass seven standing between 0.478 and 0.488 (the retreat's e-mail line, the phishing warning, a
team dinner's share, an expense claim, a step count, homework, a relative's forwarded health tips), reworded for a
margin; two of them came out higher (0.565 and 0.542) and were replaced again in a fourth pass (a reading club's
accounts, a watch's stand reminders). Apart from these, the homoglyph positive's closing words were changed once for
sense and the second English line shortened to keep it within 80 characters. Two extra heavy positives drafted at first
(a number one above each digit, a number as sums and products) were dropped before any run, as too close to codes the
docstrings list (digits taken from nine, sums and differences).

Set 67 focuses on counselling and self-improvement sold into groups: psychological counselling and emotional coaching (a
national-grade counsellor by the hour, teenage school refusal, emotional first aid in the evening, online counselling
for Chinese abroad, company group sessions, a wife who counsels), emotional and marriage "rescue" (getting an ex back,
marriage repair, a cousin's marriage studio), tarot, astrology and "energy" readings (tarot by the question or the
month, birth charts and couples' charts, 八字, chakra clearing and energy-field tests, live readings on short-video apps,
sound baths with crystal gifts), personal-growth and public-speaking courses (weekend speaking camps, private speaking
lessons, a trial class in a chamber's meeting room, leadership training for managers), paid knowledge communities and
reading clubs with fees (a 知识星球 circle, an early-risers' community, a reading club's yearly fee, a private board of
peers), parenting and marriage courses (正面管教, parent-child communication, a 9.9 parenting camp at the school gate), life
coaching and "mindset" seminars (a life coach's free first talk, a "wealth mindset" weekend in Shenzhen, tickets for an
"awakening" conference, a morning talk after a run) and meditation retreats (Dali, Moganshan, a Tibetan ten-day retreat,
a 21-day meditation camp, sleep meditation on 小红书), beside ordinary chat in company work groups, neighbourhood and
owners' groups, family groups, a parents' class group, an alumni group, a reading club, a yoga club, a chamber of
commerce and hobby groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a counsellor's 微信 id; “薇：” for tarot; “V：” for
birth charts; a speaking camp's spaced mobile; “知识星球搜”; a reading club's 扣扣群; a mini-program to search; a 400 line for
marriage rescue; an e-mail for a Dali retreat; a life coach's mobile that is also the WeChat; a link for a seminar; a
微信号 for getting an ex back; an 抖音号 for chakra work; a Shanghai landline; “淘宝搜店铺”; “小红书搜”; a 公众号 with a word to reply; a
QQ number for teenage counselling; a group to join through a “V”; “喜马拉雅搜”; a 视频号 live stream; “企业微信搜”; “千聊搜”; a “wx：”
for a private board) and 14 moderately, with disguises the docstrings read do not list (a WeChat id in Cyrillic
look-alike letters, ѕhuхіn…; parenthesized digits ⑴⑸⑻…; circled letters ⓦⓧ for wx and the id; ✌️ for V; the look-alike
徽信 for 微信; 咖 for 加 with 绿泡泡 for WeChat; 🐧号 for a QQ number; the homophone 公粽号; “dou音” for 抖音; 知识⭐球 for 知识星球; a mobile in
pinyin with tone marks, yī wǔ líng…; 艾特 and 点 in an e-mail address; a mobile given last four first, then the first
seven; the homophone 叮叮 for 钉钉) and 10 heavily, with codes the docstrings read do not list (the tarot's major arcana by
number, 魔术师 one to 愚者 zero; the seven chakras counted from the root, 海底 one to 顶 seven; mahjong tiles by their number,
白板 as zero; clock-face emoji 🕒🕖🕐…, ten o'clock as zero; Roman numerals Ⅰ Ⅲ Ⅸ…; Tibetan digits ༡༨༧…; Devanagari digits
१५९…; a WeChat id read out as Chinese names of English letters, 艾克斯、艾、恩…; an id made of the pinyin initials of “幸福婚姻”
and 1314; the heavenly stems, 甲 one to 癸 zero) and 12 subtle (an offer with a call to action only, none quoted by the
docstrings read): a tarot table in the estate's clubhouse café corner on Saturday afternoon; a wife's counselling,
“群里跟我说一声”; a paid reading club in the community library, “到门口说‘书虫’”; a Moganshan retreat, names in the group before ten
tonight; a speaking trial class on the chamber's third floor, bring a three-minute self-introduction; parenting-camp
leaflets at the milk-tea shop by the school gate after the parents' meeting; birth charts, birth date, time and city
posted below, reports tomorrow; a cousin's marriage studio on Wednesday evenings, “报我名字”; a sound bath in the
second-floor yoga room, “说是业主群来的”; conference tickets at the finance department on the twelfth floor; a “富足心态” talk at
the east-gate pavilion after the morning run, deposits on the spot; a heartbreak tea on Sunday before a 21-day healing
camp. About a dozen positives are written the way members casually sell in a group (a life coach's own talks, a private
board, a wife's and a cousin's counselling, a reading club's fee, and most subtle lines).

- `POSITIVE_67` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_67` (100 lines): 20 that look dangerous at first sight (a company's EAP hotline passed on by HR, a school
  公众号's counselling sign-up, a company 得到 account in the group files, a street counselling station's landline, a school
  counselling teacher's card passed on by the class teacher, a training camp's refund with an order number, the official
  浙里办 mini-program for hospital numbers, tarot cards bought on 淘宝, a meditation blogger followed for free, a 9.9
  speaking-course ad scrolled past, a leadership training paid by the company, a parents' meeting's recording and
  password, an auto-renewal to cancel, a department's reading group on QQ, training notes to an HR e-mail, a
  counsellor's address for one's own sessions, a listening membership claimed back, a residents' committee's free
  mindfulness questionnaire, a company 公众号's article to share, counsellor certificates checked on the official site); 10
  members asking or recommending (a teenage counsellor, a book on courage, sleep-meditation apps, a free library reading
  salon, speech therapy, a licensed marriage counsellor, the women's federation's free parenting talk, a temple retreat,
  speaking practice, audiobooks on the commute); 10 warnings quoting or describing the scam (“免费测你的情绪指数”, a tarot
  reader's “血光之灾”, “三天改变命运” seminars and credit cards, “情感挽回成功率99%”, “心理咨询师速成拿证”, a “专注力训练营”, “冥想能治抑郁，可以停药”,
  “进群送价值万元课程”, “心灵能量” crystal bracelets for the elderly, a “心理测评结果异常” phishing text); 17 lines with numbers that are not
  contacts (a reading club's turnout and next date, an SCL-90 score, sleep, a hotel room, meditation days, a speech
  score, a meeting id, a reading club's accounts, blood pressure, maths marks, a questionnaire's length, an electricity
  bill, an expense claim, a child's growth, a train and seat, a watch's stand reminders, a gas meter); 7 organisers' and
  admins' own notices (a group rule banning counselling, tarot, growth-course, paid-community and retreat ads, a removed
  account that pushed a 21-day healing camp, a reading club's Saturday meeting, a yoga club's new room, an alumni
  dinner, a school counsellor's talk for parents, a chamber's salon on contracts); 27 lines of everyday chat (some about
  the members' own reading, sleep and meditation); 5 heated arguments without any selling (a project's delay blamed on
  design, a reading club's shared costs, “情绪化”, a dog at the door, cartons in the fire escape); two English lines and
  two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_67 = """
国家二级心理咨询师，一对一咨询300元/50分钟，失眠焦虑婚姻都能聊，微信 xinqing_liu2019
塔罗占卜一问29.9，感情事业都能看，准不准你说了算，薇：taluo_ann77
星盘解读88一次，看你今年的流年运势，V：xingpan_qiqi
演讲口才训练营周末班开课啦！两天1980元，不敢上台的来，报名 139 1734 5520
知识星球搜“认知觉醒圈”，199一年，每天一篇成长干货
我们读书会今年收会费365，每周线上领读，感兴趣的加扣扣群628174903
正面管教家长课，8节1280，孩子磨蹭顶嘴的家长看过来，小程序搜“慢慢成长家长学堂”
婚姻挽回、情感修复，专业团队，全国咨询热线400-806-2173
洱海边七日禅修，每天止语打坐四小时，3800全包，报名写邮件给 chanxiu_dali@163.com
我做生命教练五年了，第一次对话免费，想理清方向的打我手机18621437056，同微信
《财富心态》三天两夜特训，深圳场12月13日，早鸟价2980，报名链接 https://jinyu-xintai.cn/bm
分手想复合的姐妹别自己瞎折腾，找导师分析，微信号qinggan_xiaomei
脉轮疏通、能量场检测199元，线上也能做，抖音号 nengliang_lin888 私信
心理咨询预约：021-6418 3357（徐汇工作室），周一到周六9:00-21:00
手工塔罗牌和疗愈水晶都有，淘宝搜店铺“月光疗愈屋”
小红书搜“Coco的冥想日记”，睡眠冥想课49元一套，跟着练一周见效
关注公众号“慢下来心理”，回复“焦虑”领免费测评，深度解读19.9
青少年厌学、叛逆、手机成瘾，一对一家庭辅导，扣扣 2837465019
免费听三节情绪管理课，进群就能听，群满了加我V拉你：qingxu_lele
喜马拉雅搜“三十天学会好好说话”，原价199，今天69
今晚8点视频号“林老师讲亲子”直播，家长课9.9秒杀，记得预约
企业微信搜“心安咨询-周老师”，公司员工心理团体辅导可以上门，价格好谈
千聊搜“亲密关系修炼课”，12节课99元，老公不沟通的来听听
我自己办的成长私董会，年费6800，每月一次线下，想进的加我wx：sidonghui_zhao
情绪疏导一次200，晚上也接，微信：ѕhuхіn_lаoshі，手动输入哦
塔罗月卡88元，一个月随便问，号码⑴⑸⑻⑵⑹⑷⑺⑶⑼⑴⑵
亲子沟通课第三期招生，780元六次课，ⓦⓧ：ⓜⓐⓜⓐⓚⓔ
冥想入门营21天199，加✌️：mingxiang_sun，备注“群友”
专业星座合盘，情侣看缘分，66一次，徽信 hepan_dd
演讲私教课一小时500，咖我绿泡泡 koucai_zhou
考研焦虑、工作倦怠都能聊，心理陪伴150一小时，🐧号 3049 1726 85
婚姻经营课免费试听三节，公粽号搜“和鸣家庭学院”
能量解读直播每晚十点，dou音搜“灵犀姐姐”，连麦一次50
付费成长社群99元一年，每天早起打卡互相监督，知识⭐球搜“早起俱乐部”
读书会会员199一年，联系我：yī wǔ líng èr liù sān sān qī bā jiǔ yī
海外华人在线心理咨询，中英文都可以，邮箱 zhixin.care艾特gmail点com
塔罗加雷诺曼双牌阵，一次58，手机后四位3127，前七位1890576
公司中层沟通力内训，两天报价一万二，叮叮号搜 liangyan_hr
塔罗私人解读一小时168，电话按大阿卡纳编号来：魔术师 女皇 隐者 战车 恋人 愚者 女祭司 教皇 魔术师 女皇 皇帝
能量疗愈单次399，微信就是手机号，按脉轮从下往上数：海底 太阳 顶 脐 心 喉 眉心 海底 顶 太阳 心
正念觉察私教课，手机按麻将牌点数记：一万 五条 九筒 三万 二条 八万 白板 四筒 六条 七万 一筒（白板是0）
正念冥想周末营880，QQ按钟点看：🕒🕖🕐🕘🕔🕗🕑🕕🕙（十点算0）
亲子关系咨询首次半价，电话用罗马数字写：Ⅰ Ⅲ Ⅸ Ⅴ Ⅷ Ⅱ Ⅵ Ⅳ Ⅶ Ⅰ Ⅲ
藏地禅修十日营6800，报名电话：༡༨༧ ༢༣༦༤ ༥༩༡༨
瑜伽冥想加能量平衡私教，每节260，微信同号 १५९ ३८२६ ४७१०
星盘深度报告128元，微信号用英文字母念：艾克斯、艾、恩、吉、艾勒、优，再接2026
夫妻关系修复课3980，我的微信是“幸福婚姻”四个字的拼音首字母加上1314
四柱八字精批一份288，号码换成天干，甲一乙二往下数、癸当零：甲丙辛乙己丁戊庚壬癸甲
周六下午我在小区会所咖啡角摆塔罗桌，一个问题30，路过坐下聊聊就行
我爱人是二级心理咨询师，孩子不想上学、沉迷手机的，群里跟我说一声，第一次半价
我们的付费读书会每周四晚七点在社区图书室，年费199，到门口说“书虫”立减二十
莫干山三天两夜禅修，1680含住宿，还剩四个名额，想去的今晚十点前在群里报名字
演讲体验课本周日下午两点在商会三楼会议室，只收39，带一段三分钟自我介绍来
家长会散了我在校门口奶茶店发“9.9元亲子沟通营”的单子，可以现场报名
想看本命星盘的把出生日期、时间和城市跟帖写上，我按顺序排盘，每人88，明天统一发报告
我表姐做婚姻咨询十几年了，周三晚上在万达写字楼5楼的工作室，报我名字打八折
周五晚7:30二楼瑜伽室做颂钵音疗，128一位，进门说是业主群来的送一块小水晶
下月“觉醒人生”大会门票399，我手里有几张团体价的，来12楼财务部找我拿
明早晨跑完我在东门亭子讲十分钟“富足心态”，正式课一期2980，想报的当场交定金
失恋走不出来的姐妹，周日下午茶我请，聊完觉得有用再报我的21天疗愈营，599
"""

NEGATIVE_67 = """
HR：公司EAP心理热线换新号了，400-820-7765，员工和直系家属免费打，24小时有人接
学校心理老师周三下午开放预约，在学校公众号“心理健康”栏目里填表就行
公司统一买了得到App的企业账号，登录方式在群文件里，学完记得写读书笔记
街道心理服务站的座机0571-86093125，政府免费的，谁家老人需要可以打
班主任把心理委员老师的名片推到群里了，秋游分组的事直接问她就行
退款终于到账了¥1980，订单号202611230417，那个训练营再也不碰了
我表妹在市七院上班，她说挂号就用“浙里办”小程序，千万别找黄牛
淘宝买的塔罗牌到了，78张，说明书全是英文，谁英语好帮我看看
小红书那个冥想博主我关注半年了，免费音频够用，一分钱没花
抖音刷到个9.9的口才课广告，评论区全是托，直接划走了
人力资源部：下周二的领导力培训讲师是公司请的，不用个人交费，签到二维码会前发群里
家长会回放链接发在班级群公告了，腾讯会议录屏，密码6688
微信支付显示又扣了299，是那个试听课的自动续费，谁知道在哪关掉？
部门读书分享会的QQ群是573920018，只拉本部门同事，链接别往外转
培训心得周五前发到 hr_train@hzxinhe.com，王总要看，字数不限
我的咨询师把工作室地址发我了，周四下午第三次咨询，这几次聊完轻松多了
听书会员公司给报销，记得开电子发票，抬头别写成个人名字
居委会发的正念减压公益课报名问卷：https://wj.qq.com/s2/1836，名额30个，不收费
我们公司的公众号今天推了篇“职场焦虑自测”，大家帮忙转一下，运营要冲阅读量
心理咨询师的证现在要去人社局官网查，别信中介说的包过，我上周刚问清楚
有没有人知道靠谱的青少年心理咨询？孩子最近不肯上学，求推荐
推荐一下《被讨厌的勇气》，我读了两遍，对人际关系没那么焦虑了
谁用过潮汐或者Now冥想？想找个睡前听的
市图书馆每月第二个周六有免费读书沙龙，有人想结伴去吗？
家里孩子说话有点结巴，有没有家长知道哪家医院的语言训练正规？
求推荐婚姻咨询师，最好是医院里有执照的，不要那种挽回机构
上个月去听了市妇联的家长课，免费，讲得挺实在，大家可以去
有人参加过灵隐寺那边的禅修吗？是不是要提前预约
想练一下当众讲话，除了报班还有什么办法？
通勤路上听书一年了，推荐给爱看书但没时间坐下来读的
大家注意，有人在群里发“免费测你的情绪指数”，测完就让你交399做疏导，别点
塔罗师说你“有血光之灾，要做能量净化”，全是骗钱的，我妈差点转了2000
那个“三天改变命运”的成功学大会，进去就是逼你刷信用卡买课，我同事被套了两万八
别信“情感挽回成功率99%”，先收定金后面各种加钱，维权都找不到人
有人打着“心理咨询师速成拿证”的旗号招生，那个二级证2017年就取消了
家长群里传的“专注力训练营”，说孩子不听话是大脑问题，纯属贩卖焦虑
“冥想能治抑郁，可以停药”这种话太危险了，生病一定要去医院
知识付费群说“进群送价值万元课程”，其实是拉你买更贵的高阶班，我已经退群了
提醒家里老人：公园里讲“心灵能量”的那伙人，最后都是卖几千块的水晶手串
有短信冒充医院说“心理测评结果异常”让点链接，我爸差点点了，大家提醒下家里老人
这周读书会到场18人，下次定在12月6日
我的SCL-90测了，总分132，医生说在正常范围
昨晚睡了6小时47分，深睡只有52分钟
培训的住宿排好了，我跟小周一间，1208，我多带了个插线板
本月冥想打卡第23天，一天没断
小李演讲拿了92.5，全场最高，部门请奶茶！
家长会改线上了：会议号735-281-604，入会记得把名字改成孩子的
读书会账本：这季度收了2400，买书花了1630，还剩770
体检报告血压128/82，心率76，算正常吧
儿子这回数学87，进步11分，奖励他周末去趟科技馆
这次心理测评问卷一共90道题，我做了25分钟才交
11月电费236.4，比上月多了快一百
差旅报销走完了，1560块，财务说下周二统一打到工资卡
女儿这学期长了4厘米，秋天买的裤子全短了一截
高铁G7352，12号车厢8F，下午4:15到
今天在工位坐了九个小时，手表提醒我站起来十一次
燃气表读数0862，物业说月底来抄
群规：禁止发心理咨询、塔罗占卜、成长课程、付费社群、禅修营等任何广告，违者直接移出
推“21天情绪疗愈营”那位已经被我踢了，私加过他的自己留意一下
本周六读书会在社区图书室，读《活着》第三章，自带水杯
瑜伽社通知：十二月起周二晚课挪到地下一层活动室，垫子自带
校友会：年度聚会定在12月20日，报名接龙见群公告
班级通知：下周三下午学校心理老师给家长做讲座，请准时到阶梯教室
商会秘书处：下周会员沙龙请了律师讲合同风险，费用商会出，报名找秘书处
冷空气明早到，最低只有零下一度，孩子的羽绒服该翻出来了
连着三个会，嗓子都说哑了，谁有润喉糖分我一颗
谁中午一起去吃面？楼下新开那家
今晚作文改了三遍还没写完，我和孩子都要崩了
笑到打鸣，谁做的这张图太有才了
王姐发的排班表收到，我周二那天没问题
明天早上谁能帮我带个早饭，我要晚到半小时
那本《蛤蟆先生去看心理医生》我看完了，挺治愈的
最近睡得不好，试了试睡前不看手机，好像有点用
植物园的银杏大道人山人海，拍照都排队
家族群里二舅又转了一篇“喝醋软化血管”，我都不想回了
妈，晒台的被子记得收，预报说三点有雨
晚上练了半小时冥想，结果睡着了😂
这次演讲比赛我们组抽到第三个上场，紧张死了
老公今天主动洗碗了，看来上周吵完架有效果
小区门口的桂花都谢了
打羽毛球的今晚还去吗？我可以晚点到
今年的年终总结还没动笔，救命
刚跑完五公里，配速还行
有人看到我家橘猫吗？早上溜出去还没回来
车停地库B区了，电梯旁边那排，你下来就能看到
读书会上周那本讨论得挺热闹，下次我想推荐《认知觉醒》
孩子今天主动跟我说学校里的事了，开心
困了，先睡了，明天还要早起送娃
这周五下午茶是谁订的？蛋糕很好吃
谢谢陈老师，孩子说心理课上画的那幅“情绪小怪兽”要带回家贴墙上
我也觉得焦虑的时候出去走走就好多了
项目延期怪设计？你自己的接口文档晚交了一周，怎么不说
你家狗第三次在单元门口拉了，照片拍给你你还说不是你家的？
读书会的钱是你自己说要AA的，现在又说不公平，什么意思？
别动不动就说我情绪化，你自己说话什么语气自己不清楚吗
群里说了几遍不要占消防通道，今天又堆了一堆纸箱，能不能自觉点
Is the meditation group still meeting in room 3 this week, or did it move?
My therapist says journaling helps, so I now write ten minutes each night.
讀書會這次輪到我帶點心，大家有什麼忌口先說一聲
最近工作壓力好大，還好週末可以回家陪爸媽吃飯
"""
