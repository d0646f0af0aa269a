"""Hold-out set 53 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 15, after sets 1-52 (see holdout_data.py), at the same time as set 54 (written by another helper;
this set was checked by the same script against set 54's 160 lines as they stood when this one was finished, unread:
highest ratio 0.431, so no line of this set needed rewriting for it), and not scored yet. The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or
docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/ (bench_holdout.py or any other
benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and the history and
topics of sets 1-52), printed up to its closing triple quote, and holdout51_lines.py and holdout52_lines.py only for
their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls already
used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not read);
pyproject.toml was opened only for its ruff settings, and set 54's file was only loaded by the similarity script, which
never printed its lines. The two dumps (every line of hold-out sets 1-52, training lines) were only read by a similarity
script that printed this set's lines and ratios, never the dumps' lines. No line is copied from earlier sets or from
the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the default settings, taken
both ways round) against every line of the earlier hold-out sets' dump is at most 0.5 (highest 0.494), against every
line of the training-line dump at most 0.5 (highest 0.473), no two lines of this set exceed 0.5 against each other
(highest 0.444), and against set 54 the highest is 0.431. Nine lines that first stood above 0.5 were rewritten once
each with new wording: eight against the hold-out dump (0.565 at most; short ordinary lines with a date, a room number
or an amount, an admin's ban and a removed advertiser's notice, a trip to the science museum, an English line about a
camp fee, and an ad with a WhatsApp number) and one against the training dump only (0.558; a member asking for a
swimming class). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 53 focuses on children's education and activities: covert tutoring and one-to-one classes despite the
double-reduction ban (上门家教, 清北学霸, 不挂牌的小班, 托管班照样补课, 外教一对一线上不怕查, 奥数杯赛押题), school-place and
admission brokers (择校, 民办点招, 一年级入学名额, 借读 and 学籍挂靠, 香港国际学校插班), paid competitions and bought awards
(科技创新大赛省一包拿, 科技特长生证书, 作文大赛一等奖名额, 少儿书法比赛 with medals to choose, 编程 and 机器人比赛保奖), 研学
study tours and camps (名校研学营, 冰雪冬令营, 英国 and 美国游学, 日本研学营, 军事夏令营), child model and acting casting
with paid shoots (童模招募, 试镜照, 定妆照, 童模大赛 with an entry fee, 童星经纪), and eye-care, height-growth and 'brain
development' products (护眼仪, 护眼贴, 护眼台灯, 骨龄检测 and 增高营养包, 增高鞋垫, 右脑开发, 蒙眼识字, 专注力训练), beside
ordinary chat in parents' class groups, company work groups, neighbourhood groups, alumni groups and a children's
clothing store's VIP customer group. It keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id
after “加我微信”; a cousin's small class after “vx：”; “加V：”; “QQ” with a number; a mobile after “打” and a name; “私我”;
“私聊”; a registration link; a “群号”; a 小红书 name to search; an 抖音号's shop window; a 视频号 name to search; a 公众号
with a reply word; a 钉钉号; an e-mail address; a WhatsApp number with +852; a landline with an area code; “微信同号”; a
淘宝 shop to search; a 拼多多 shop to search; an aunt's B站 account; a 快手号; a 闲鱼 name to search; a 400 hotline) and
14 moderately (Chinese digits in groups after “加微”; “薇❤”; full-width digits; “🐧” with keycap-emoji digits; the
homophone “徽信” with a spaced id; “Q裙” with every digit spaced; “d h” with digits joined by dots; “➕V” with an id
ending in negative circled digits; a domain with “点” for its dot; “威～信” with a spaced id and “下划线”; a husband's
mobile in negative circled digits with “⓿”; “微 / 信” split; Chinese digits in comma-separated groups; “绿色聊天软件搜”)
and 10 heavily, with disguises the docstrings read do not list (a mobile number as dice faces, “骰子点数连起来：⚀⚂⚄
⚁⚅⚅⚃…”; a number sung in solfège with a rest for zero, “按简谱唱：do mi sol，la re fa si，休止…”; a number as three sums
to work out, “十二乘十二减五，接着两千加四百六十八…”; Latin letters that look like digits, “lSq ZBbO lSBZ”; English digit
names transliterated into characters, “万、奈恩、塞温，兔、佛…”; a number hidden in package codes, “A138、B0627、C4591，去
掉字母连起来”; a number in Japanese kana, “いち、きゅう、なな…”; a WeChat id in small capital letters, “ᴡx：ᴛᴏɴɢᴍᴏ_ꜱᴛᴀʀ”; an
id spelt in the NATO alphabet, “取每个单词的首字母：Zulu Hotel Alpha…”; a number in Morse code, “·−−−− −−−·· …”) and 12
subtle (an offer with a call to action only: a café at a time with the last test paper, a deposit to hold a 借读
place, reply “奖” to be entered for an award, a 接龙 for the last camp places, a free casting at the studio across
the gate, eye patches from the parent in yellow at the school gate, a group-buy of height powder paid by transfer with
the building number, a reading class at home by posting the child's name, a free brain-training trial by posting the
child's age, school-place talk at the milk-tea shop after drop-off, money in the writer's letterbox for a robot
contest, camp forms by the parcel lockers handed in with a deposit). About a dozen positives are written the way
members casually sell in a group (a cousin's small class, a son's eye-care gadget, an aunt's calligraphy contest, a
husband's English lessons, the writer's own study notes on 闲鱼, and most subtle lines).

- `POSITIVE_53` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_53` (100 lines): 20 that look dangerous at first sight (12345 for tutoring reports, the school's payment
  mini-program for a study tour, the city's admission platform, a teacher added on WeChat, a camp's insurance policy
  number, a hospital's 公众号 for eye appointments, a school notice on its own study tour, a free essay contest, homework
  in a QQ group, a class 钉钉群, a growth clinic visit, a head teacher's private chat, sports-day fees, a clothing store's
  VIP group trading points for an eye-care lamp, a camp's changed meeting time, a paid coding contest regretted, a
  colleague's 200,000 for a school place won back after half a year, the property office's free homework room, a free
  借读 certificate, an eye-care lamp recommended without kickback); 10 members asking or recommending (school catchments,
  ortho-k lenses, a swimming class, invoices for a study tour, a school camp's food, a short child, after-school hours,
  the youth palace's dance class, a child wanting to act in ads, a union's education subsidy); 10 warnings quoting the
  ad or scam (“交三千可以保送实验班”, “入学指标”, “童模大赛海选，包上杂志封面”, “眼贴一贴，半年摘掉眼镜”, “增高药十天长两厘米”, “报名即获奖”, “全脑开发，蒙眼识字”,
  “一对一上门辅导，清北学霸授课”, “先付全款锁位”, “花钱借读名校”); 17 lines with numbers that are not contacts (a maths score, a meeting room, a
  study-tour order number, an SF number for uniforms, a height and weight, a Tencent Meeting number, a company meeting
  with an office extension, a camp's cost, skipping counts, a student number, an eye check date, class funds, notebook
  prices, a broken lift, a reunion date, a piano grade, lunch fees); 7 organisers' and admins' own notices (a ban naming
  tutoring, school-choice, paid-contest, study-tour, child-model and eye-care and height ads, a removed tutoring
  advertiser, results on the school platform, a safety talk, an alumni anniversary, a store's birthday picture book, a
  community children's safety day); 27 lines of everyday chat; 5 heated arguments without any selling; two English lines
  and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_53 = """
一对一上门家教还在偷偷上，清北在读学生带初中数学物理，周末时段不多了，加我微信 qbjiajiao2026 约试听
表姐开的小班还在做，语数英都有，六个人一班，地点在她家不挂牌，vx：biaojie_xiaoban 问名额
小升初民办摇号之外还有别的路子，名额不多，有意向的家长加V：zexiao_laozhou 详谈
想进实验小学借读的，户口不在片区也能想办法，费用面谈，QQ 2876519043
今年一年级入学名额还剩两个，不用买学区房，想要的打 139 0612 4478 找周老师
全国青少年科技创新大赛省一等奖包拿，课题论文代写加答辩辅导，要的私我
科技特长生评级证书有渠道，中考能加分，具体的私聊
暑假北京名校研学营七日，清华北大名师带队，报名戳 https://yanxue-camp.cn/bj7
哈尔滨冰雪冬令营，八到十四岁，一人四千八含往返机票，群号 618244057 进群报名
童模招募，三到十二岁，拍一组试镜照就能上平台接单，小红书搜“星童童模工作室”
我儿子的视力就是用这个护眼仪拉回来的，半年降了一百度，链接挂在我抖音号 shiliyou8899 的橱窗里
长高有方法，骨龄检测加增高营养包，一个疗程涨三公分，视频号搜“成长加油站王医生”
右脑开发全脑速读班，五岁开始练，蒙眼识字，关注公众号“天才脑力营”回复“试听”
外教英语一对一，线上上课不怕查，钉钉号 wk_english2 加我拉你进班
奥数金牌教练私下开班，杯赛真题押题，报名发邮件到 aoshujinpai@163.com
深圳家长想让娃转去香港读国际学校的，插班考试我这边有往年真题和面试陪练，WhatsApp找我 +852 6732 9015
我家孩子参加的那个儿童模特大赛还在招人，报名费九百九，保底进全国总决赛，咨询 0571-8826 3390
英国游学夏令营还剩三个位置，十二天，牛津剑桥都去，微信同号 186 2037 5514
护眼台灯工厂直发，比商场便宜一半，淘宝搜店铺“明眸护眼小铺”
增高鞋垫加拉伸课，学校里好多孩子都在用，拼多多搜“跳高高成长馆”下单
小姑在办少儿书法比赛，交钱就有证书，金奖银奖自己选，B站搜她的号“墨香少儿书法”
周末托管班照样补课，作业辅导加新课预习，环境视频在我快手号 tuoguan_xiaoli
初中教辅全套押题电子版打包卖，学霸手写笔记都有，闲鱼搜“清华学姐笔记铺”
演艺学校招小演员，剧组直接来选角，先交三千八拍定妆照，咨询热线 400-086-2317
高中物理一对一，老师是重点中学在编的，不方便露脸，加微：一五八 二七三零 六九四一
钢琴考级保过班，考官熟人，薇❤：gangqin_baoguo 聊细节
小升初择校咨询，民办学校的“点招”名额有门路，电话 １３７ ６６０８ ２９１５
童模拍摄套餐三千六，十套造型送平台推荐，🐧：2️⃣9️⃣4️⃣0️⃣7️⃣1️⃣8️⃣6️⃣3️⃣
护眼贴代理招募，一盒赚六十，徽信 hu yan tie 888 找我拿货
夏令营军事营十五天，专治孩子叛逆，报名加 Q裙 7 7 3 0 2 9 4 5 1
借读名校一条龙，学籍挂靠加转学手续，d h：1.5.9.3.6.2.0.8.4.7.1
作文大赛一等奖名额，一个两千，交了就上榜，➕V：zuowen❶❷❸
美国夏校游学，斯坦福营地，资料都在 summer-camp点top/us 自己看
脑力开发课，三个月让孩子记忆力翻倍，威～信：nao li kai fa 下划线 666
一对一英语私教，老公在外企做培训，想学的找他：❶❸❺ ❷❹❻❼ ❽⓿❶❾
长高营养粉，吃三个月长五公分，代购找我，微 / 信：zhang_gao_fen
研学营报名，名额最后十个，电话一八六，零三七二，五五九一，问王老师
童星经纪，签约上综艺，绿色聊天软件搜 tongxing_jingji 验证写“童星”
宝宝专注力训练营，骰子点数连起来就是我电话：⚀⚂⚄ ⚁⚅⚅⚃ ⚀⚄⚂⚁
小提琴一对一私教，不在机构上不怕查，电话按简谱唱：do mi sol，la re fa si，休止 do mi sol，会看谱的家长都懂
名校借读指标还有两个，号码自己算：十二乘十二减五，接着两千加四百六十八，最后一万减一千零二十七，三段连起来打
少儿编程比赛保奖班，把字母看成长得像的数字就是我手机：lSq ZBbO lSBZ
托福小班外教私授，电话用英文念：万、奈恩、塞温，兔、佛、西克斯、诶特，贼肉、思瑞、万、发艾夫，英语好的孩子一看就会
暑期研学三个套餐编号：A138、B0627、C4591，去掉字母连起来打过来就能报名
日本东京研学营八天，带队老师电话用日语念：いち、きゅう、なな，ろく、に、さん、はち，ぜろ、よん、ご、いち
童模试镜内推，ᴡx：ᴛᴏɴɢᴍᴏ_ꜱᴛᴀʀ，报名拍照一条龙
增高营养素招代理，v信取每个单词的首字母：Zulu Hotel Alpha November Golf Golf Alpha Oscar，后面再跟两个八
机器人竞赛集训营，学编程的孩子都会解，电话用摩尔斯码写：·−−−− −−−·· −····  −−−−− ···−− ····· −−···  ··−−− ····− −−−−· ·−−−−
这周六上午九点我在万达三楼星巴克，想给孩子找一对一物理的家长直接过来，带上最近一次的卷子
实验小学借读还能办两个，要的先转两千定金给我锁名额，开学前办不成全退
想让孩子拿省级作文比赛奖的，群里回个“奖”字，我统一拉名单报上去，一个一千二
研学营最后五个位置，要去的直接在群里接龙写孩子名字和年级，满了就截止
明天下午三点我们工作室童模试镜，就在小区南门对面二楼，带孩子过来免费拍两张
护眼贴手上还剩二十盒，一盒一百二，要的放学时到校门口找穿黄衣服那个就是我
增高营养粉团购五盒起拼，想拼的今晚十点前把钱转我，备注楼号，周末到货
周日在我家开个阅读小班，四个孩子，一次两百，家里有五年级娃的在下面报个名字
全脑开发体验课这周三免费，名额十个，想来的把孩子年龄发群里我排座位
学位的事不方便在群里细说，有需要的明早送完孩子来校门口奶茶店找我
机器人比赛还能多报一个队，奖牌保底，交八百就行，钱放我家门口信箱里写上孩子班级
冬令营报名表我放在三号楼快递柜旁边了，想去的拿一张填好连同押金交给保安
"""

NEGATIVE_53 = """
教育局的举报电话是12345转教育，发现有机构偷偷补课的可以直接打
班主任说研学费用统一在学校的缴费小程序里交，一人三百八，不要私下转给任何人
今年小学新生报名都在市教育局的入学服务平台网上填，截止到六月二十日
刘老师那边我已经加上了，她让大家把手抄报拍照周四前交，不用交纸质的
家委会说夏令营的保险单号是 PA20260712008734，需要报销的自己记一下
市一医院眼科挂号在他们的公众号“市一医院”上约就行，不用找黄牛
学校通知：研学旅行由学校统一组织，收费每生四百五，有疑问在群里问，不接受私人报名
孩子们的作文比赛是区教育局免费办的，不收报名费，谁收你钱那肯定有问题
昨天在QQ群里交作业系统卡了，老师让明天重新传一遍
我加了班级的钉钉群，但是看不到课表，有人知道怎么弄吗
成长门诊约的周四下午，骨龄片拍出来说孩子还有十厘米空间，先不用打针
年级组长私聊我说孩子最近上课走神，让家长多注意睡眠
运动会报名费每人二十块，班长收齐了转给体育老师，目前已收三十二人
童装店VIP群：本周会员日全场八折，积分满五百可以换一盏护眼台灯，到店领取
夏令营集合时间改到七点四十，还是学校东门，带队老师的手机德育处已经发给大家了
去年报那个编程比赛花了两百八报名费，结果就发个电子证书，今年不报了
我姐说她们单位有人为孩子择校花了二十万，最后没进去，钱要了半年才要回来
小区活动室周六下午开放给孩子写作业，免费的，物业让大家别在群里发广告
表弟在北京上学，借读证明是学校教务处开的，没花钱，按政策办就行
上次有家长问的护眼灯，我买的是国产那款，三百多，用着还行，没收谁的好处
有没有家长知道咱们区公办初中的划片范围今年变没变
孩子近视两百度了，角膜塑形镜到底靠不靠谱，戴过的家长说说
二小附近哪家游泳馆教小孩比较耐心？闺女怕水，想放假学学
请问研学旅行的费用能开发票吗？单位能报一部分
谁家孩子去年参加过学校组织的冬令营，吃住怎么样
孩子个子矮，班里站第一排，需要去医院查吗还是再等等
想问下大家，学校课后服务几点结束，我这周加班接不了
有人知道少年宫的舞蹈班什么时候开始报名吗
孩子说想去拍广告，我有点担心，有家长了解这行的吗
公司群：谁知道咱们工会有没有子女教育补贴，怎么申请
提醒一下，有人冒充老师在群里说“交三千可以保送实验班”，学校从来没有这种事，别信
最近有自称教育局的人打电话说能办“入学指标”，要先交定金，都是骗子，已经有家长被骗五万
看到朋友圈有“童模大赛海选，包上杂志封面”，去了就让交三千多拍摄费，照片也不给，大家小心
那种说“眼贴一贴，半年摘掉眼镜”的别买，我家买过，一点用没有，度数还涨了
所谓“增高药十天长两厘米”都是激素或者骗局，医生说千万别给孩子吃
有家长转发“国际青少年艺术大赛，报名即获奖”，我查了这个协会根本不存在，别交钱
群里刚才有人发的“全脑开发，蒙眼识字”视频大家别当真，早被曝光过好几次了
警惕“一对一上门辅导，清北学霸授课”这类小广告，隔壁小区有家长交了一万课时费人就跑了
有人加我说“研学营名额紧张，先付全款锁位”，我问了学校才知道学校的研学从来不找外人收钱
派出所通报：有人冒充招生办称可以“花钱借读名校”，请家长通过学校官方渠道核实
孩子这次期中数学考了92，比上次高了十分
提醒下周三那个家长会挪到了302，别走错去原来的阶梯教室
研学旅行的订单号 YX2026071503，发票开出来了，我放班级共享文件夹了
快递单号 SF1408836271553 是学校订的校服，到了放门卫室
体检单上写着身高132厘米，体重28公斤，都在正常范围
腾讯会议号 618 553 902，今晚七点半开班级家长会，大家准时进
公司群：明天上午十点在6楼会议室开季度总结会，有事打行政分机8203
暑假营一共走了七天，花了四千六，孩子回来瘦了两斤
我家闺女跳绳一分钟182个，体育老师都夸了
孩子的学籍号是G开头的十九位，报名时填身份证号就行，不用找人
眼科复查约在7月18日上午9:40，门诊三楼
这学期班费花掉八百多，还剩1263.5，买奖状和绿植的小票都贴在公告里了
校门口新开的文具店，本子一块五一本，比超市便宜
小区群：5栋2单元电梯坏了，物业说明天上午修好
同学会定在12月20日，预计来38人，人均三百
钢琴考级成绩出来了，八级，87分
这学期午餐费每天十五块，按一百个工作日算一千五
重申一下群规：这里只谈孩子在校的事，补课班、择校中介、付费比赛、研学营、童模拍摄、护眼增高产品的广告一概不许发，发了直接踢
那个冒充家长推销一对一补课的人我已经清理出去了，他私下加过谁的话别理他
管理员：期末成绩不在群里公布，请各位家长登录学校平台查看
家委会通知：本周五下午学校组织安全教育讲座，有空的家长可以到报告厅旁听
校友群通知：母校七十周年校庆定于十月十日，报名请填群里的问卷
门店VIP群：本月起会员生日当月可领一本儿童绘本，凭会员码到收银台领取
小区业主群公告：周末暑期儿童安全活动在中心广场举行，社区主办，免费参加
今天孩子放学回来说想当宇航员，昨天还说要当厨师
我家那个写作业磨蹭到十点，真的崩溃
下雨了，谁家孩子没带伞的可以先在学校门卫那等等
科技馆周日排队排到门外，娃只玩了两个展区就喊累，亏大了
学校的菜单这周有红烧肉，孩子高兴坏了
现在不让补课了，周末反而多出时间带孩子爬山
孩子近视了，我们现在每天强制户外两小时
别再给孩子买那么多练习册了，根本做不完
二年级的古诗背得我都会了
家长会上老师说孩子最近上课积极举手了，挺开心的
我家老大当年择校折腾了一整年，最后还是在对口学校读，现在也挺好
研学回来孩子写了一篇游记，写得比我还好
童模那行太辛苦了，我同事家孩子拍一天衣服哭好几次
个子的事别太焦虑，我老公初三才开始长的
公司群：下午的会推迟到四点，大家手头工作先忙
校友群：看到老班长晒的照片，教学楼都翻新了
今天接孩子的时候才发现校门口多了个交警
孩子说想养只仓鼠，我还在犹豫
昨晚陪孩子做手工做到十二点，明天要交
他们班的足球队拿了区里第三名，小家伙高兴得睡不着
期末考完了，终于可以睡个懒觉
我们家是不让孩子玩平板的，但是作业要用，挺矛盾
暑假打算让孩子回老家住一个月，跟爷爷奶奶种菜
她说班上一半同学都戴眼镜了，我小时候一个班也就两三个
新来的英语老师是刚毕业的，孩子们都很喜欢她
中午下楼吃饭的带我一份，我要开会走不开
今天雾霾有点重，记得给孩子戴口罩
你家孩子推了我家孩子，你不道歉还在群里说风凉话，什么意思？
你别老在群里阴阳怪气，谁家孩子成绩好就是补课补出来的？
家委会收的钱到现在没公布账目，问了三次都不回，今天必须给个说法
老师布置作业是老师的事，你凭什么在群里指责别的家长不配合
说了多少遍接孩子别把车停在校门口，堵成这样你们都看不见吗
Quick question: is the coach to the camp site paid separately or already in the 450?
My son finally passed his swimming test today, so proud of him.
今天孩子學校開運動會，我請了半天假去看
請問有沒有家長知道下學期的課本什麼時候發
"""
