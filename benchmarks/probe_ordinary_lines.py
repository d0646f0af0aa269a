"""Probe set 900 (blind, ordinary talk only): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 15 as a false-alarm probe: all 300 lines are negatives, so the set measures only how often a detector
flags everyday group talk as an ad, and says nothing about recall. It is meant to be scored once, blind; tuning on its
errors would spoil it.

The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened,
listed or grepped nothing under src/, tests/ or docs/, imported nothing from qungui, ran no qungui command and no file
in benchmarks/. holdout54_lines.py was opened only for its module docstring (printed through ast.get_docstring, for the
docstring style; its lines and code were not read), and pyproject.toml only for its ruff settings (the printout began at
the first [tool.ruff] table and showed nothing else). The benchmarks folder was not listed; three `git status --short`
runs to check the working tree showed file names only (untracked holdout55_lines.py and holdout56_lines.py, later
bench_ordinary.py, in benchmarks/, and, modified, docs/spam-training.md and src/qungui/rules/detectors/spam.py, all
other sessions' work), none of which was opened. The two dumps (the lines of the earlier hold-out sets, the training
lines) were only read by the similarity script, which printed this set's lines and their ratios, never the dumps' lines.
No line is copied from earlier sets or from the training lines: by that script's highest difflib ratio, every line is at
most 0.5 against the hold-out dump (highest 0.500, three lines exactly at it), at most 0.5 against the training dump
(highest 0.500, four lines exactly at it), and no two lines of this set exceed 0.5 against each other (highest 0.476).
The first draft had 50 lines above 0.5 (highest 0.780 against the hold-out dump, 0.840 against the training dump, 0.667
within the set; mostly short stock phrases such as a bare "received, transferred", a late-parcel complaint, a
meeting-room change, a duty roster, a parked car blocking a fire lane, a red-packet thank-you and a 'returns within
seven days' reply). All 50 were rewritten with new wording; six of the rewrites still stood above 0.5 (0.625 at most: a
jammed printer, a meeting moved, a misdelivered SF parcel, a call for annual-party acts, a mother forwarding health
articles, a broken watch strap) and were rewritten again, so 56 rewrites in all. Afterwards four lines were reworded to
carry more of the target words (a red packet, WeChat video and scan-to-pay lessons, a return address sent on WeChat, a
cloud-drive link for a contract), and the whole set was checked again with the same figures.

Make-up: 30 lines each from ten kinds of group: parents' class groups (class fees collected by the class committee, a
treasurer's payment code, uniforms, exercise books, an outing's bus fare, homework photos, pick-up favours, a lost water
bottle, a lunch-fee notice that says not to pay individuals); neighbourhood groups (misdelivered parcels, a stuck lift,
water and power cuts, property fees, a car blocking the fire lane, renovation noise, a lost dog with its owner's mobile,
a borrowed drill, the property office's landline); company work groups (expense claims, invoice titles and e-invoice
formats, meeting rooms, a Tencent Meeting number, an SF waybill for samples, overtime meals, a duty roster, a client's
complaint); family groups (red packets, train tickets home, a grandmother's cataract operation, who buys what for the
new-year dinner, a father's and a sister-in-law's new mobiles passed on, the home WiFi password); colleagues and friends
sharing costs (AA hot pot and barbecue bills, petrol for carpooling, a shared taxi, a group gift for a colleague's baby,
a birthday cake, a group collection, the last four digits of a card); elderly members (pensions, medical-insurance
claims, morning exercise, children explaining scan-to-pay and receiving transfers, a community clinic's hours, a
transfer sent to a stranger, a friend's mobile); hobby groups (running, fishing, photography, choir, badminton courts
booked and split); alumni and classmates (reunion deposits and accounts, a wedding and gift money, a teacher's death and
a wreath, job news, a classmate's number passed by private message); members asking for things for themselves (a tutor,
an orthopaedist, a plumber, a locksmith, a maternity nurse, a second-hand cot, bike, desk and car seat, where to buy
tangyuan or printing paper); and a store's VIP customer group run by the store (pick-up times, a delayed delivery, a
refund, warranty, exchanges, points, a missing parcel, a holiday closure, with no promotion pushed). No line sells,
advertises, recruits or invites anyone to another group, account, shop or platform for business; a badminton group's own
rule on late-comers and the store's own notices stay inside their own group, and one elderly member asks the group not
to post health-supplement items.

Ad-like features carried on purpose: 94 lines contain Arabic digits (amounts and per-head splits, dates and times, room
and flat numbers, an order number, an SF waybill, a meeting number, parcel and card tails, five mobile numbers of known
people inside family, neighbourhood and elderly groups, a property office's landline, a WiFi password); the words 微信,
群, 加, 私聊, 转账, 红包, 收款码, 收款, 链接 and 扫码 occur innocently; many lines ask for or mention prices, refunds,
shipping, recommendations and favours. 94 lines are 4-15 characters long and 23 are over 30. Ten lines are in
traditional characters (two of them Cantonese) and five in English.

- `NEGATIVE_900` (300 lines): in the order class groups, residents' groups, work groups, family groups, cost sharing,
  elderly members, hobby groups, alumni, members asking, store VIP group; one message per line.
"""

NEGATIVE_900 = """
各位家长，本学期班费每人200元，家委会统一收，请在周五前转账给李妈妈，备注孩子名字。
已付，李妈妈查收一下
校服尺码表明天中午12点截止，还没填的家长抓紧在群里接龙一下
王老师通知：下周三秋游去植物园，车费35元，自带午饭和水
放学时有个蓝色保温杯落在走廊，杯底写着陈子墨三个字，是哪位小朋友的？
今天作业：语文练习册第18-19页，数学口算两页，拍照发给老师就行，不用发群里
我家孩子今天没带英语书回来，哪位家长方便拍一下第45页发我？谢谢
周四下午我临时加班，能不能麻烦乐乐妈妈帮忙接一下我家朵朵，4点20校门口
班费收支明细已经贴在群公告里了，上学期结余86.5元，滚到这学期用
老师发的阅读打卡链接打不开，有人一样吗？
原定周五的家长会挪到周六早上九点，302教室，来一位家长就够
练习本每人两本，学校统一订，费用12元，明天交给班主任
收款码是家委会会计张姐的，别扫错了，扫完截图发群里
孩子发烧请假一天，已经跟班主任微信说了
秋季运动会那天缺六个帮忙维持秩序的爸爸妈妈，能来的接个龙
我们家的已经交了，请张姐核对一下，转账尾号是3721
明天學校拍團體照，請孩子穿整齊的校服，不要戴帽子
天气预报说明早只有3度，给娃多套件外套
娃说数学老师布置的练习忘了抄，哪位家长知道是哪几页？
第23页
班级合影已经传到群相册了，需要原图的私聊我
学校通知：下月午餐费按21天算，共315元，在校园缴费平台交，别转给个人
教室的绿植谁家方便周末带回去浇水？
元旦联欢会买零食的钱从班费出，我和周爸爸去超市，小票回来拍给大家
老师辛苦了🌹
孩子的跳绳忘在操场了，黄色把手，谁看到了说一声
谁家娃的接送卡弄丢了，去传达室登记补一张，10块钱
下周一要交体检表，记得让孩子带回来签字
今天放学晚半小时，排练节目，五点十分来接
谢谢大家配合，班费已全部收齐，共42人，8400元
哪位姓刘的邻居？你的顺丰被放到我这层了，单子上电话后四位6623
三栋二单元的电梯停在7楼不动了，物业那边说维修工二十分钟到
明天上午8点到下午5点停水，管道维修，提前接点水
物业通知：周六晚上10点到12点停电检修配电房
今年物业费每平米1.8元一个月，前台交或者转账都行，记得要发票
1801装修天天七点不到就开电锤，孩子都被吵醒了，物业管不管
请问谁家有电钻可以借用一下？挂个画框，用完马上还
我家有，1502，上来拿吧
谁家的橘猫跑丢了？在地下车库B2看到一只，戴红色项圈
我家比熊走丢了，白色的，叫豆豆，有看到的请打我电话13912346578，谢谢大家
负一层117号位旁边有辆黑色轿车横着停，别人的车都出不去了
快递柜满了，今天超时取件要收费了吗？
菜鸟驿站几点关门？
晚上九点半
4栋的邻居，你们家空调外机滴水滴到我阳台上了
小区门口那棵树倒了，大家出门小心
换电梯的表决结果贴在一楼大厅了，326户赞成，超过三分之二
有人知道小区燃气卡在哪里充吗？
明天消防来查，五楼楼梯间堆的那些快递盒子麻烦主人今晚搬走
电费交了但还是没来电，有谁也这样吗
刚问了供电所，线路故障，预计两小时修好
谁捡到一串钥匙，上面挂着小熊，放在保安亭了
大廈今晚十點到凌晨兩點停水，記得先儲水
晚上十一点还有人在广场上放音乐，太吵了
我家梯子借给12栋的王哥了，谁要用找他
门禁卡坏了，物业说补一张要30元
今天垃圾车没来，楼下的桶都满了
楼下的共享单车堆满了，进出不方便
挡在消防通道上的白色SUV，尾号578，保安喊了半天没人应
半夜水管爆了就打物业值班座机0571-87654321，今晚是小吴守着
这个月的报销单周三前交到财务，发票抬头别写错
发票要开公司全称，税号在群公告里
今天例会推迟，15:00开始，地点5F-小会，笔记本带上
会议室B被占了，改到606
和深圳客户的线上会改成明早十点，腾讯会议835 226 714，密码发邮件了
样品中午交给顺丰了，运单SF1402387765521，客户说明天上午要
加班到八点以后的可以点餐，40块以内公司出，发票记得拍照
下周的值班：一张二李三是我，四陈五赵，有冲突的自己换
差旅费超标的部分要部门经理签字
合同扫描件的网盘链接发邮箱了，今天内下载，链接7天失效
复印机卡了张A3在里面，抽不出来
客户要的报价单我放共享盘里了，文件名带日期
出差的机票酒店统一走公司平台订，不要自己垫付
Client call moved to 3pm, room 1204, please bring the printed contract.
明白，十分钟后给你
王总说季度总结推迟到下周五交
谁的外卖放前台了？黄焖鸡，尾号0812
明天早上九点之前把PPT发我
电子发票的PDF和OFD都要，只发图片财务不收
团建预算人均三百，公司报，多出来的各自掏
介绍一下，这是设计部新来的小周，座位在我旁边
打车去客户那边的，记得开行程单
这批货的物流单号发客户了吗？对方在催
刚刚客户打来电话，说包装有破损，需要补发两箱
这个月薪水晚两天，15号才能发，财务刚通知的
请假记得在OA上提，口头说的不算
我的电脑开不了机，IT的同事在吗
下午有个供应商来访，前台登记一下，姓郑
年终晚会每个组都要出节目，名单和时长本周五交
新版周报表格我传上来了，用新的填
谢谢妈的压岁钱🙏
新年快乐！发个红包大家抢🧧
大姑发的红包我抢到最多，哈哈
回家的火车票抢到了，腊月二十八下午的，G1234次，晚上7点到
老爸换号了：13857201946，旧号下个月停，大家改一下通讯录
奶奶明天住院做白内障手术，在市一院眼科8楼，谁有空去陪一下
我明天上午可以去，下午换小妹
年夜饭谁买什么说一下：我买海鲜，二哥买酒，小姨买水果
鱼我来订，菜市场老李那里，要两条
外婆说今年在她家吃，别订饭店了
舅舅刚学会用微信，我把他拉进群了，大家跟他打个招呼
妈，朋友圈那些吃某某能治病的说法信不得
高铁票改签了，晚一班，大概9点半到
谁去接站？
阿嫲下星期三覆診，邊個得閒陪佢去？
爷爷的检查结果出来了，医生说问题不大
医药费先是我垫的，一共3260，回头我们几个平摊
钱打你卡上了，查下到没到
小雅研究生录取通知书到了，全家骄傲🎉
初二去姥姥家，初三去婆家
家里的WiFi密码改了，是88886666
小叔家的宝宝满月酒定在下个月18号，中午12点
妈，我给你买的按摩仪到了吗？快递说放门卫了
群里照片太多了，我存不下，谁整理一下放相册
利是已經收到，多謝姑媽！
爸，转账要点“收款”才算收到，你点一下
姐，我的车票钱你先帮我付一下，我回来还你
今年过年不放鞭炮了，小区禁放
哥，嫂子的电话是多少？我有事找她
嫂子电话18967432015，她下午在上班，晚点打
昨晚火锅一共486，六个人，每人81，转我就行
已转81
蛋糕是268的，我们八个人分，每人33.5
拼车去公司的，这周油费一人50，周五结
打车一共42，我付的，你们俩各转14
小王生宝宝了，我们组凑份子买个礼物，每人100，转给我统一买
礼物买好了，婴儿推车，发票我留着
唱歌费用AA，一共720，九个人
我发个群收款吧，大家点一下
停车费和过路费算进去了吗？
算了，高速费85，停车20
明天谁开车？我的车限号
早上7点40在地铁口等，晚了不候哈
烧烤那家一共389，抹零按380，五人每人76
我还没转，晚上回去转
谁还没给李姐生日礼物的钱？差两个人
上周的奶茶钱你们还欠我，一人23
周六爬山，门票每人60，车我来开，油费大家分
订的包厢有最低消费1500，我们十个人应该够
下次我请，这次你们别跟我抢
昨晚聚餐共三千二，八個人，每人四百，轉帳給我就好
Dinner was 540 for six, so 90 each, no rush.
滴滴拼车比我们自己开还便宜
下班一起打车回去吗？顺路的举手
退休的老刘送别宴，每人出200
这顿我先刷的卡，尾号5589，回头发明细
OK收到，钱齐了
蛋糕店说可以写字，写什么？
送同事的花篮一共360，剩的钱买了张贺卡
差价我补上了，不用转了
养老金今天到账了吗？我的还没看到
到了，每个月15号
闺女，手机上怎么付钱啊？扫那个方块就行吗？
扫码后输入金额，再按密码就好了，别给陌生人扫
医保报销的单子要拿去哪里？社区还是医院？
住院的发票原件加出院小结，拿到区医保中心二楼窗口
明早6点半公园跳操，下雨就不去了
今天打太极的人少，都去体检了
社区医院周六周日只开上午，八点到十一点半，下午不看诊
量血压免费，不用挂号
老张，你上次说的降压药叫什么名字？
我儿子给我转了500，怎么收啊？
点那个橙色的框，收款就行
高龄补贴要带身份证和户口本去街道办
今天早上的广场舞视频我发群里了
谁知道医保卡丢了怎么补？
去银行柜台补，带身份证，不收钱
天冷了，晨练晚点出门
老伴儿住院，谢谢大家关心
群里别发那些保健品的东西，都是骗人的
下周二街道给六十五岁以上的做体检，不要钱，早上别吃饭
我的手机字太小了，怎么调大？
设置里找“字体大小”，往右拉
王阿姨今天过生日，祝您身体健康！
交电费在微信里哪里交？孙子不在家
長者卡到期了，要去哪裡換新的？
门诊报销比例提高到60%了，社区医院还高一点
老李的电话是13605718842，他说回老家了，有事打他手机
下午三点老年活动室有志愿者教大家用微信视频和扫码付款
我转错账了，给了一个不认识的人，怎么办？
周日早上6点半，西湖边跑10公里，老地方集合
今天配速5分40，舒服
羽毛球场订好了，周三晚7-9点，2号和3号场，场地费240，八个人每人30
球我带了一筒，用完大家再分摊
下周钓鱼去水库，谁带饵？
昨天钓了条三斤的草鱼，哈哈
周四晚排练照常，新曲子的谱我传群里了，大家先打印
摄影群周末外拍，主题是老街，早上7点光线好
这张照片光圈多少？好漂亮
f2.8，快门1/500
马拉松报名中签了吗？我又没中
中了！半马
場地費月底統一收，誰先墊的記一下
明天的球局有人请假吗？人数不够要退一个场
我腿伤了，这周不跑了
镜头借我用一下行吗？下周还你
指挥说高音部再练练第三段
雨太大了，今天的活动取消
钓鱼证今年要换新的吗？
谁的跑步手表落在更衣室了？
活动经费还剩215，下次买水用
羽毛球群规：迟到超过15分钟算缺席，场费照付
Court booked for Sunday 9-11, 25 each, I'll send the split later.
这个季节鲫鱼在深水还是浅水？
周末拍的银杏照片，大家看看
上次的冠军奖品我还没拿到😂
十公里跑完了，累死
合唱比赛定在12月8号下午两点，穿白衬衫黑裤子
鱼竿断了，心疼
打完球一起吃宵夜吗？AA
毕业二十年聚会定在国庆，每人先交500，多退少补
班长收款码已发，转完在接龙里写名字
聚会地点在学校对面那家老饭馆，已经订了三桌
张伟下个月结婚，大家有空的去喝喜酒啊
婚礼10月2号，在锦江饭店，中午11点58分开席
份子钱我们统一给，每人600
惊闻李老师去世，深表哀悼，追悼会周六上午在殡仪馆
我们以班级名义送个花圈，钱我先垫
愿老师安息
老刘升职了，恭喜！
我换工作了，现在在杭州，来了找我吃饭
谁还有王芳的联系方式？她电话换了
她的新号码我私聊发你
当年的毕业照谁还有？发一张来看看
哈哈哈，那时候好年轻
聚会账目：收入12500，支出11820，剩680给下次
周末有人回学校吗？校庆80周年
校庆的邀请函发到邮箱了
老同学家里遇到困难，大家量力而行
已经转给班长了，一点心意
小陈生了个女儿！
我在上海，谁也在上海的一起约个饭
Anyone still in touch with Mr. Liu? I heard he retired last year.
谁能找到赵老师的电话？我想去看看她
宿舍四个人好久没聚了
请大家把真名加到昵称里，有的认不出来了
今年的班费还有2300，明年聚会再用
畢業三十週年聚餐訂在十一月九日，每人先付八百元
他家老人走了，明天出殡，在老家
祝新人百年好合🎉
想吃猪油芝麻汤圆了，咱这附近哪个超市有宁波产的？
想给孩子找个数学家教，初二，有靠谱的推荐吗？
有没有好的骨科医生推荐？老人腰疼
厨房水槽下面一直滴水，谁家有熟的修水管师傅号码？
宝宝要睡小床了，谁家有闲置的婴儿床愿意转让？
哪里能买到便宜点的打印纸？办公室用
有推荐的儿童牙科吗？要价格实在的
想买台空气净化器，大家用的什么牌子？
请问市一院皮肤科哪个医生看湿疹好？
谁家用过小区附近的洗衣店？干洗一件大衣多少钱？
家里马桶堵了，有没有通下水道的电话？
想找个钢琴老师，孩子6岁，零基础
二手自行车哪里买比较靠谱？上班骑
搬家公司有推荐的吗？三楼搬到五楼，东西不多
想找个装修师傅刷墙，两个房间
请问哪个药店24小时营业？
给老人买轮椅，哪种好用？
表链掉了一节，附近谁知道能修的摊子？
想买个二手的书桌，大家有没有闲置的？
有谁知道哪家驾校通过率高？
牙疼得厉害，周末哪家医院牙科有门诊？
求推荐靠谱的月嫂，明年三月预产期
哪里有卖搬家用的纸箱？
請問有人知道附近哪間診所看小兒科比較好？
家里的热水器不出热水了，谁知道维修电话？
收一个二手的婴儿安全座椅，九成新就行
哪里配眼镜便宜又好？
家里想请个做晚饭的阿姨，每天两小时，有熟人介绍吗？
有没有人知道开锁的电话？钥匙锁家里了
推荐一下附近好吃的早餐店
12月3号那批到货了，下单的会员早九晚九随时来店里拿
尾号4521的顾客，您的订单已到店，请凭取件码取货
物流那边压仓了，大家的货要晚两天，实在不好意思
王女士，您那笔退款已经退回原支付账户，银行那边三到五天显示
请问我上个月买的电饭煲，保修是一年还是两年？
整机保修一年，内胆两年，凭购物小票
我的订单号20231205887，怎么还没发货？
已经帮您查了，今天下午发出，单号稍后私聊发您
上周买的运动鞋偏大，拿去换小一号可以吗？
可以的，七天内不影响二次销售就能换
今天台风，门店提前到下午5点关门
退货运费我们出，寄回的地址已经微信发您了
东西拿到了👍
积分攒了好多，结账时能当钱用吗？
积分在收银台可以查，100积分抵1元
物流说已签收，可家里和门卫都没有啊
抱歉给您添麻烦了，我们联系快递核实，一有结果回复您
发票已经开好了，电子版发到您邮箱
维修的吸尘器修好了，周六来拿就行
过年店里除夕至初三关门，初四开门
您的订单因缺货取消了，钱已退回
您訂的行李箱已經到貨，週末前來門市取即可
周日买的酸奶明天就过期了，能退吗？
可以退，带着小票来
送货师傅下午两点到，您家里有人吗？
装空调的师傅说今天排不上，明天上午
请问取货需要带什么？
报手机后四位就行
Hi, my order 58214 still shows pending, could you check when it ships?
我的会员卡找不到了，余额还在吗？
"""
