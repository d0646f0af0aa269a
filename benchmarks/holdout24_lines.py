"""Hold-out set 24 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-22 (see holdout_data.py), at the same time as set 23 (written by another helper, on
health, elderly members, travel, transport, sports and pets; this set stays away from those). The writer read
no detector code, word list, rulebook, model, training-data generator or detection doc, ran no detector on
these lines and did not run bench_holdout.py; holdout_data.py (lines 1-80, its docstring) was opened only for
the labelling rules, and holdout21_lines.py and holdout22_lines.py only for the file format and their
docstrings' topic lists (to avoid repeating them). No line is copied from earlier sets or from the training
lines: every line's difflib ratio against every line of the earlier hold-out sets' dump and of the
training-line dump is at most 0.5, and no two lines of this set exceed 0.5 against each other. The lines are
meant to be scored once, blind; tuning on their errors would spoil them.

Set 24 moves to groups that sets 21 and 22 did not cover: university and vocational students, exam
preparation (kaoyan, civil-service exams, teaching licences, CET, IELTS, JLPT) and job seekers, gaming, anime
and fan communities (concert tickets, merch "谷子", game accounts and boosting, cosplay), renting among young
people, overseas-Chinese groups (代购, currency exchange, parcels home, visas), and the work groups of tech,
media and education firms. It keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id,
phone number or link, "vx", "wx", "加v", "加微", "微信", "V❤", "微信同号"), 14 moderately (spaced digits,
Chinese digits with ☎ and 幺 for 1, circled digits in a 🐧 QQ group, "扣扣" with Chinese digits, a Telegram
handle, "纸飞机" with a handle, a t.cn short link, full-width digits, upper-case Chinese digits, a Bilibili
uid, a Steam friend code, a Discord invite, a Xiaohongshu search name, 🐧 glued to a number), 10 heavily
(traditional script with "溦信", full pinyin for two lines, "Wechat" spelt with Cyrillic Ԝ, е, с and а,
full-width "ｗｘ" with a full-width id, double-struck "𝕧𝕩", circled "ⓥⓧ" in traditional script, the split
"威亻言", small-capital ᴠ with Cyrillic х, Cyrillic "ԚԚ" for QQ) and 12 subtle (an offer with a call to action
only, none listed by earlier sets' docstrings that the writer saw: "先报一下现在的段位", "下课来图书馆二楼靠窗
那桌找我", "把目标院校报给我", "把实物图甩过来我估价", "想带的把清单列好", "需要的老乡说个金额", "约的提前一天
说楼号", "在三教门口摆摊，随便翻", "回个暗号", "把拍照日期报过来", "提前三天来占档", "滴滴我"). About 15
positives are written the way members casually sell in a group (dorm clear-out at graduation, Zhou Shen and
Mayday tickets, a room sublet and a flatmate wanted, a used Switch, a shared parcel box home from Tokyo, a
colleague's PPT-template shop, a lab's spare Raspberry Pis, merch, used textbooks, home-drawn badges,
Australian dollars to change, a suitcase with room from Osaka, a law-textbook stall), and three are under 15
characters.

- `POSITIVE_24` (60 lines): kaoyan politics papers, a dorm clear-out, an Honor of Kings account, Genshin
  boosting, concert tickets, Australian milk powder, pounds to yuan, US visa forms, a JLPT N1 course,
  civil-service interview coaching, CV polishing for big tech, a room sublet, a flatmate wanted, a used
  Switch, IELTS speaking practice, thesis plagiarism checks, gold-farming studio jobs, duty-free buying,
  a parcel box home from Tokyo, PPT templates, teaching-licence interviews, cosplay costume hire, Raspberry
  Pis, merch, kaoyan maths tutoring, a game account by QQ, a merch-swap QQ group, coursework projects done for
  pay, USDT exchange, Mayday tickets, essay polishing, physics tutoring, a Canadian study permit, commissioned
  drawings, CS2 skins, cheap in-game top-ups on Discord, used textbooks, boosting, thesis ghost-writing,
  kaoyan English (pinyin), Korean and Japanese 代购, rank boosting, ticket grabbing, currency exchange, video
  editing, visa rush service, shipping home with customs (pinyin), Genshin starter accounts, rank boosting
  by the star, home-drawn badges, 408 notes, buying old game cartridges and figures, carrying goods from
  Osaka, Australian dollars, dorm moving, law textbooks, internship diaries written for pay, graduation-photo
  make-up, cosplay make-up, game codes.
- `NEGATIVE_24` (100 lines): 16 members asking for or recommending something inside the group without pulling
  anyone out (a calculus textbook to borrow, used exam papers, thesis binding, an umbrella, a ticket at face
  value, a used graphics card's price, parcel carriers home, a CPA study partner, renting near Wangjing, a
  selfie stick at a con, a laptop repairer with his number, a copy shop, an estate agent, a bank counter for
  exchange in Toronto, a removal man with his number, a study room); 12 of the group's own arrangements or a
  store's or organiser's own notices (a graduation-photo 接龙, class T-shirts, an anime club's magazine,
  CET headphones, keyboards bought by IT, fan light-sticks, a figure shop's after-sales group, a script-murder
  shop, a training centre's mock exam, a board-game bar, a 代购's dispatch list, a live Q&A); 6 contact
  details passed on for a reason (a lost campus card, a found wallet, a colleague's extension, an HR
  interview notice, a new landlord, new lab members); 10 scam warnings, most quoting the bait (CET pass
  guarantees, click-farming, cheap concert tickets, exchange above the bank rate, three-day visas, free game
  skins, training fees before a job, a landlord abroad, a fake supervisor, bought civil-service posts); 14
  lines with numbers that are not contacts (an admission number, a parcel pick-up, a dorm room, a Genshin UID
  for co-op, a CET score, a rent, an exchange rate, an order number, a staff number, a concert date and gate,
  a template version, a meeting room, course credits, a parcel's weight); 11 innocent uses of channel words
  (a lab group QR code, a Tencent Meeting link, a code-review link, adding a classmate for group work, a family
  group, a QR sign-in, a voice-channel link, 微信 and 支付宝 for class funds, "私我干嘛", a broken sign-up link, a
  notice group); 8 jokes and complaints (a gaming roommate, ticket scalpers, campus Wi-Fi, kaoyan panic,
  otaku jokes, a client's seventh revision, a landlord and an air-conditioner, scalpers again); 11 lines from
  work groups of tech, media and education firms (a release, an alert, a topic meeting, an interviewee's
  contact, open classes, a video's views, homework marking, an admin address, year-end slides, live-stream
  shifts, refunds); 8 overseas-Chinese lines (a consulate passport day, a bank account, luosifen from home, a
  visa, a deposit, books through customs, asking a 代购 member, exchange through a bank); one traditional-script
  line (a graduation), two English or mixed lines and one with full-width letters.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); a store associate or organiser posting the store's or
group's own notice inside its own group is not, nor is a member asking for or recommending something inside
the group. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_24 = """
考研政治肖四肖八加腿姐押题电子版，打包十五块，网盘秒发，vx kaoyan_ziliaobao
毕业清宿舍：台灯、小冰箱、电脑椅、收纳箱都便宜出，北区12栋楼下自取，vx biye_qingsu
王者V8号出，皮肤一百四十多个，五个典藏，可换绑实名，wx wzry_zhanghao66
原神代肝日常、深渊十二层满星、活动全清，包月价美丽，加v ys_daigan_7
周深南京场内场两张，临时要加班去不了，原价出不加价，微信 shen_nj1124
澳洲直邮a2奶粉和swisse，每周两批货，物流全程可查，微信同号 13681924705
英镑换人民币，汇率比中行好，伦敦本地可当面可转账，vx gbp_huihuan_ldn
美签DS160代填、面签辅导，拒签过的也能帮你分析原因，加v meiqian_xiaozhu
N1冲刺直播课开班了，真题精讲加作文批改，报名戳 https://n1chongci.cn/join
考公面试一对一模拟，学姐去年省考上岸，专治一开口就紧张，wx kaogong_xuejie
互联网大厂简历优化+模拟面试，前字节HR亲自改，加微 jianli_dachang
主卧带独卫转租，离地铁口五分钟，限女生，押一付一，电话 15827394016
次卧找合租室友，月租2200含物业，能养猫，微信 hezu_xiaowang
自用switch续航版出，带塞尔达和马车两张卡，九五新，wx ns_ershou_01
雅思口语一对一陪练，母语外教，八十一节课，先免费试一节，vx yasi_peilian_kk
毕业论文查重降重，知网维普格子达都能查，当天出报告，加v chachong_kuai
游戏工作室招搬砖打金，在家挂机就能做，日结，微信 banzhuan_gzs
乐天免税店现场代拍，拍照对价，兰芝的水乳也有，V❤ letian_paipai
在东京的姐妹们，要寄东西回国的一起拼箱，比EMS便宜一半，wx riben_pinxiang
各位同事，我下班做的PPT模板小店开张了，年终汇报用得上，vx ppt_moban_a
教资面试结构化+试讲辅导，小学初中高中都带，微信同号 17703928461
二次元cos服日租，整套五十块，假毛鞋子另配，加v cosfu_rizu
实验室搬家，一批树莓派、传感器和面包板用不上了，做毕设的拿去，十块一个，电话 18926403517
出谷子，vx guzi_77
数学系研二，带考研数一数二，一周三次课，微信 1 9 3 0 6 4 2 8 5 7 7
出王者国服韩信号，巅峰两千二，扣扣 三九八二七一六五五
二次元谷子交换出物群🐧群⑦⑧⑥⑤④③②①⑨，进群先看公告
C语言课设、数据库大作业代做，包答辩讲解，TG @kese_helper
USDT换人民币、澳币，秒到账，纸飞机 @huilv_aud_ok
抢到两张五月天鸟巢看台，室友不去了，要的打☎ 幺五九二八三七零四六幺
留学生essay润色、降AI率，价目表在这 t.cn/A6qYxK2m
北大在读接高中物理家教，线上线下都行，手机 １３７９２０４６８３１
加拿大学签续签材料代办，不过不收费，联系 壹叁玖零贰捌柒陆肆伍叁
接稿：头像、立绘、Q版小人，b站uid 38291047 主页有价目
CS2饰品低价出，steam好友码 418293047，加了直接发报价
日服代充原石比官方便宜三成，Discord服务器 discord.gg/jpTopup9
大一到大四专业课二手教材都有，小红书搜「学长书摊0712」
代练🐧58203714
代寫論文，保證過審，聯係溦信 lunwen_dx88
kao yan ying yu zhen ti quan tao, mai yi song yi, tian jia v xin kyyy2025
日韓代購，專櫃正品，免稅價，加 Ԝесhаt: daigou_seoul
王者荣耀代练上星，当天开打，ｗｘ：ｄａｉｌｉａｎ＿ｘｉｎｇ
各大巡演门票代拍，手速党专业出手，没抢到一分不收，𝕧𝕩 tour_miao
出國換匯找我，美金日元英鎊都收，匯率好談，ⓥⓧ huanhui_zhuan
接b站和抖音视频后期，调色字幕都包，一条八十起，威亻言 houqi_aming
申根英签美签加急，材料清单照着填就行，ᴠх visa_kuaiban
gang xiu wan kuai di hui guo, hai yun bao qing guan, wei xin tong hao 13902846175
原神初始号批发，自抽号也有，ԚԚ 2708461395
代打上分，钻石到星耀一颗星十块，有意的先报一下现在的段位
自己画的原创吧唧做多了几个，十五一个，喜欢的下课来图书馆二楼靠窗那桌找我
408四门课的笔记我整理成PDF了，二十一份，把目标院校报给我，我顺便说说往年分数线
收旧游戏卡带和手办，价格好说，想出的把实物图甩过来我估价
下周从大阪回国，行李箱还空一半，药妆零食可以帮带，收一成辛苦费，想带的把清单列好
手上有五千澳币想换成人民币，按今天中间价，需要的老乡说个金额
周末帮搬宿舍，小面包车加两个人，一趟一百五，约的提前一天说楼号
法学全套二手教材九成新，今晚下了自习在三教门口摆摊，随便翻
代写实习周记和实习报告，按篇算价，心动的宝子回个暗号“周记”
毕业照妆造，学校旁边的小工作室，五十一位，想约的把拍照日期报过来
cosplay跟妆，漫展当天可以到场补妆，需要的提前三天来占档
出游戏兑换码，滴滴我
""".strip()

NEGATIVE_24 = """
有没有学长学姐有同济第七版高数的，想借一学期，用完原样还
谁有考研英语一05到10年的纸质真题，想收二手的，群里有的话吱一声
求问校内哪里能给毕业论文胶装，明天就要交了
谁带了多余的伞，图书馆门口等我一下，下午还你
周深南京场还有人有多的票吗？原价收一张，黄牛勿扰
有没有懂行的，二手3060现在大概什么价收比较合适
在英国的朋友，寄包裹回国大家一般用哪家，丢件多吗
想找个一起备考CPA的搭子，每天互相打卡监督，纯学习
明年七月去望京入职，想问问那边租房哪个小区性价比高，预算四千
谁知道漫展那天场馆让不让带自拍杆和三脚架
电脑进水的别慌，东门那家修电脑的老板挺实在，上次才收我八十，他电话13705826194，报我名字也没优惠哈哈
推荐后街那家复印店，论文胶装十块一本，比图书馆门口便宜一半
我租房找的那个中介小姐姐挺靠谱，没乱收钱，谁需要我把她名片推给你
多伦多这边换汇我一直去唐人街那家银行柜台，汇率一般但安全
上次群里问搬家的，我找的周师傅不错，小件一百出头，电话 18637402915
学长推荐的那家考研自习室还行，一个月三百，有空调有储物柜
#接龙 毕业照加洗，六寸十块一张，要几张写几张 1. 王晨 2张 2. 刘畅 1张
班委统一订班服，尺码在共享表里填，周五截止，钱交给生活委员
漫研社这个月的社刊印好了，社员免费领，放在活动室门口桌上，一人一本
学院统一订四六级听力耳机，要的在班群接龙，班长周三收钱
公司统一采购机械键盘，IT部在收需求，想换的在表格里填型号
应援物发放：灯牌在体育馆北门领，报后援会群昵称核对
【店铺通知】本群是小店售后群，预售的初音手办到货了，已下单的宝子留意物流
本店周六下午场剧本杀还差两个人，老顾客直接在群里报名就行
各位学员，本周日模考照常，考场在培训中心三楼，带好准考证和2B铅笔
本周桌游吧新到了两款德式桌游，周末来店里玩的可以先试
这周日本那批货的发货单已经发给各位了，请核对一下收件地址，有错的今天改
今晚八点直播答疑，没空看的课后回放会发在本群
谁的校园卡掉在二食堂了，名字是陈思远，我交到一楼失物招领处了
刚在操场捡到一个黑色钱包，里面有身份证，失主打我电话 15903821746 来拿
新同事小李负责报销，以后发票都交给她，她分机8217
面试通知：明天上午十点B座12层，有问题联系HR王老师 13802957461
房东换人了，新房东的电话我放群公告了，水电有问题直接找他
导师让我把课题组新同学拉进来，这是研一的三个师弟师妹，大家欢迎
提醒：最近有人冒充学生会发“四六级包过，加v”的消息，全是骗钱的，别信
同学被骗了三千，对方说“刷单返利，一单赚二十”，先让你垫钱，垫完就拉黑
小心那种“演唱会内场低价转让”的，收了定金发个假截图就消失，我朋友刚中招
换汇一定要当面或者走银行！前几天那个说“汇率比银行高”的已经被举报了
注意：“签证加急，三天出签”这种都是假的，领馆根本没有这项服务
游戏里有人私信说“送你限定皮肤，点链接领取”，点了号就被盗了，千万别点
假HR的套路：“入职前先交八百培训费”，正规公司不会让你先掏钱
租房碰到说“房东在国外，先转押金再寄钥匙”的，百分百是骗子
警惕冒充导师的号，换了头像昵称让你帮忙买购物卡，先打电话核实
“考公内部名额，花钱包进编制”这种广告又冒出来了，谁信谁是韭菜
我的准考证号3201240918，第17考场，有同一个考场的吗
晚课九点才下，驿站八点半关门，同宿舍的能帮我领个件吗，手机尾号4417
宿舍南区7栋412，晚上开黑的直接过来敲门
原神UID 128473920，缺草主突破材料，世界等级够的帮我开下门
这次四级425，就差一分，哭死
房租每月3800，押一付三，水电另算，你们觉得贵不贵
今天汇率到7.23了，学费要不要趁现在先换
订单号20261124883019，手办店说周五统一发货
我工号A2041，下周一开始轮岗，请多关照
演唱会12月7号晚上七点半开始，5号门进场，别记错了
周报模板更新到v3.2了，下周起统一用这个版本
下午两点需求评审，会议室9F-03
这门课2.5学分，期末占70%，平时分30%
包裹6.8公斤，海运算下来四百多，比空运便宜一半
进组的同学扫码加一下课题组的群，二维码贴在实验室门上
今天的腾讯会议链接发在上面了，会议号482 917 305，准时上线
代码review的链接我贴在PR下面了，有空帮忙看一眼
小组汇报的分工我拉了个表，没加我好友的同学先加一下
我妈非拉我进家族群，一进去全是转发的文章，受不了
新来的实习生先扫码签到，工牌下午行政统一发
今晚九点开黑，语音频道的链接在群文件里
微信转不了的可以用支付宝，班费转给我就行
私我干嘛，有事就群里说，大家都能看到
学校公众号上的报名链接打不开，有人成功了吗
兄弟们这是实验室通知群，闲聊去另一个群啊
室友又凌晨两点打游戏，键盘声跟打铁似的，我要疯了
三个平台抢票全军覆没，黄牛倒是一抓一大把，气死
这破校园网一到晚上就卡，排位掉线三次了
考研倒计时三十天，真题还没刷完，我还有救吗
你们都是二次元，我是三次元，反正都没对象哈哈哈
甲方又改需求了，第七版，我真的会谢
房东说空调是我弄坏的要我赔，明明就是老化了，气人
别吵了，抢到票的请奶茶，没抢到的一起骂黄牛
今晚十点发版，服务端的同学留一下，有问题及时在群里同步
线上告警：订单服务P99延迟升到800ms，@值班的同学看一下
选题会改到周三下午，编辑部的同事把本周选题提前放到共享文档
采访对象的联系方式我已经给小周了，稿子周四前交
教研组通知：下周公开课已排好，请各位老师确认自己的时间
这期视频播放量破百万了，感谢剪辑组连续加班
学员作业批改周日截止，超时的请在系统里备注原因
新版后台地址没变，账号权限会统一开通
年终述职PPT统一用公司模板，在内网共享盘里
直播排班：周二晚场是小林和阿杰，记得提前半小时调设备
有家长问退费的，统一回复按合同走，别私下答应
墨尔本的同学注意，这周六领馆集中办理护照换发，需要提前预约
刚到伦敦，问一下开银行账户一般要准备什么材料
谁最近回国能帮我带两包螺蛳粉，我出钱再给跑腿费
签证终于下来了！！等了整整六周，可以去报到了
同一个房东的，上个租客押金被扣一半，签合同前一定拍照留底
有人知道寄书回国海关查得严吗，我有一箱专业书
群里做代购的姐妹过年还营业吗，想买两瓶香水送我妈
换汇还是老老实实走银行吧，手续费贵点但安心
畢業典禮下週五舉行，記得穿學士服，全班合照在圖書館前
Anyone selling a desk lamp? 宿舍的灯坏了，二手的就行
Design review deadline is Friday, 稿子记得传到Figma
ＰＰＴ已经改好了，放在群文件里，大家看看还有没有要改的
""".strip()
