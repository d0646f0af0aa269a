"""Hold-out set 38 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-36 (see holdout_data.py), at the same time as set 37 (written by another helper; this set
was checked against set 37's file as it stood when this one was finished: highest ratio 0.474).
The writer read no detector code, word list, rulebook, model, training-data generator,
test or detection doc, opened nothing under src/, tests/ or docs/, ran no detector on
these lines and did not run bench_holdout.py or any other benchmark; holdout_data.py (lines 1-160, its docstring)
was opened only for the labelling rules and the history of earlier sets, and holdout35_lines.py and
holdout36_lines.py only for the file format and their docstrings' topic lists and calls (to avoid repeating
them; their lines were not read, except that a grep for the file's structure showed the first words of set 36's
two English lines). The two dumps (earlier hold-out lines, training lines) were only read by a similarity
script, never line by line. No line is copied from earlier sets or from the training lines: every line's
difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line of the earlier
hold-out sets' dump and of the training-line dump is at most 0.5 (highest 0.488), and no two lines of this set
exceed 0.5 against each other (highest 0.391). The lines are meant to be scored once, blind; tuning on their
errors would spoil them.

Set 38 focuses on tickets, memberships and deals: concert, theatre, livehouse, music-festival and sports tickets,
scalpers and ticket-grabbing (演唱会门票, 黄牛, 抢票, 代抢, 抢票脚本), video, music and cloud-drive memberships and
account sharing (视频会员, 爱优腾, 网盘会员, Netflix 合租, 家庭共享, 兑换码), coupons, rebates and cash-back groups
(优惠券, 隐藏券, 返利, 返现, 外卖红包群, 神券), takeaway and shopping-app deals (美团, 饿了么, 拼多多助力, 京东
plus, 88VIP, coffee and milk-tea vouchers, supermarket and JD gift cards), and the neighbourhood, office,
parents' and fan groups where these come up. It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain id after "加我微信", "微信", "V❤", "加vx", "加微", "加v", "vx", "加她微信", "加微信", "V"; a
mobile number with "微信同号" or "电话"; "私我", "私聊我", "私我报场次"; a landline; "扣号" and "QQ" numbers; a
sign-up link; a t.me link) and 14 moderately (spaced digits with dashes, Chinese digits with 零, circled digits
with ⓪, 幺 in grouped Chinese digits, upper-case Chinese digits in groups, "扣扣" with grouped Chinese digits,
"企鹅" with spaced digits, "纸飞机" with a bot handle, a dwz.cn short link, a full-width id after "ｖｘ", "v 信"
with a spaced-letter id, grouped full-width digits, a 抖音 account whose page has the group, digits mixing
Arabic and Chinese "1三8 0九7二") and 10 heavily, with disguises the docstrings read do not list (spaced
pinyin with tone marks "jiā wǒ wēi xìn"; traditional script with the homophone "威信"; double-struck letters
and digits "𝕧𝕩"; keycap digits "1️⃣3️⃣6️⃣"; bold script letters "𝓿𝔁"; parenthesized letters and digits "⒱⒳
⑴⑸"; circled letters "ⓦⓔⓘⓧⓘⓝ" with ⓪ and double-circled ⓵; the split "禾厶 耳卯" for 私聊; the slang
homophone "卫星号" for a WeChat id; a mobile number in radio-operator readings "幺三拐 两洞勾五 拐幺三两") and 12
subtle (an offer with a call to action only, none listed by the earlier sets' docstrings that the writer read:
"想去的给我发个🎫，按顺序给", "上车的直接转我28，备注手机尾号", "下午三点以后到我单元楼下扫码",
"想买的把群昵称改成“团-名字”", "买东西前先把商品链接丢给我", "明早八点半我拿着在幼儿园门口，要的顺路过来",
"先发个定金红包占位", "把商品截图贴在我这条后面", "今晚七点后在快递驿站边上摆个小摊，过来扫",
"周末我在南门停车场，带卡来当场结", "谁想要今晚群语音里说一声", "要的明天开会把钱放我桌上就行"). About 15
positives are written the way members casually sell in a group (Jay Chou tickets given up for a business trip, a
JD Plus family plan shared, a friend's Mayday seats, a daughter's takeaway-coupon group, a husband's work-issued
Tencent Video codes, spare KFC vouchers, hoarded Luckin vouchers, spare Jacky Cheung tickets, a Tencent Video
family plan, a cloud-drive account lent by the day downstairs, video cards handed over at the kindergarten gate,
a coffee-voucher stall by the parcel station, Eason Chan tickets, Ele.me cards paid for at a meeting, a
Pinduoduo ordering errand for a small fee).

- `POSITIVE_38` (60 lines): Jay Chou tickets, a four-platform video membership, Baidu cloud-drive super
  membership, a takeaway red-packet group, paid ticket-grabbing (微信同号), a JD Plus family plan, Tmall hidden
  coupons and rebates, NetEase Cloud and QQ Music top-ups, a Pinduoduo bargaining group, Mayday seats, a
  rebate app (link), Netflix sharing, a daughter's coupon group, theatre and livehouse tickets (landline),
  Quark and Aliyun drive memberships (t.me), Starbucks and Luckin ordering, Tencent Video codes, cash-back
  order tasks, cinema tickets, KFC vouchers, Dewu and VIP.com discounts, CBA final tickets, Bilibili top-ups,
  music-app memberships (QQ); then concert seats (spaced digits), video memberships (Chinese digits), a Meituan
  coupon group (circled digits), a cloud-drive carpool (幺), rebate-group agents (upper-case digits), a
  ticket-grabbing script (扣扣), a second red-packet group (企鹅), foreign-drama sharing (纸飞机), coupon lookup
  (short link), Jason Zhang tickets (full-width letters), video top-ups (spaced letters), Luckin ordering
  (full-width digits), Ele.me monthly cards (抖音), music-festival early-bird tickets (mixed digits); the ten
  heavy lines (floor tickets, concert tickets, a lifetime cloud drive, a coupon group, rebates, scalper tickets,
  a membership bundle, milk-tea and takeaway vouchers, ticket grabbing, video annual cards); and the 12 subtle
  lines.
- `NEGATIVE_38` (100 lines): 21 that look dangerous at first sight (the 96110 anti-fraud line quoted in a
  warning, a show company contact's phone passed on for work, a Meituan order number, invoices sent by 私聊
  between organisers, a Tencent Docs list of year-end show tickets, a class teacher's phone, a reimbursement
  template after "加你微信", cinema codes sent to work mail, Damai's dynamic QR code, a coupon write-off sheet sent
  by WeChat, the estate service centre's landline, a department training video on a cloud-drive link, company
  video accounts sent privately to heads of department, an organiser's real-name notice with damai.cn, Ele.me's
  company edition, a tour guide's WeChat pushed to the group, ticket invoice titles by 私信, a parcel's tracking
  tail, a shop's work WeChat for a refund, a school site's sign-up notice, an organiser's phone at the stadium);
  10 members asking (Zhou Shen tickets at face value, a family video plan, a cheap cloud drive, Meituan coupons,
  a musical partner, expired supermarket cards, how to grab Dao Lang tickets, a cheap grocery app, JD Plus
  against 88VIP, borrowing a Youku account); 10 warnings or complaints quoting the ad or scam ("内场票低价转，先付
  定金锁票", "刷单返利一单赚三十" removed by the owner, a fake auto-renewal text, a "外卖红包群" task trap, a scalper's
  "保证有票，出不了全额退", a "百度网盘永久会员19.9", fake "演唱会工作证", "点赞关注就返现", a "百万保障" call,
  "优惠券内部渠道，先交99会员费"), plus scalpers shouting "要票吗" and an owner's warning about fake admins; lines
  with numbers that are not contacts (a coach 接龙, floor and stand prices, a queue of nine hundred, annual and
  monthly fees, takeaway discounts, seat numbers, vote counts, a match date, minutes listened, egg prices, a
  takeaway bill, a sign-in streak, an orange 接龙, a programme order, scores, full-width official prices);
  organisers' own notices (a cinema evening, a takeaway-invoice deadline, a school film sign-up 接龙, an open-air
  film, a team-building vote, a group rule banning coupon links, a car-park cleaning notice); everyday chat
  about concerts, memberships and deals; two English lines, two traditional-script lines and one with
  full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own notice inside its own group is not,
nor is a member asking for or recommending something inside the group, nor a warning quoting an ad, nor a
contact passed on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_38 = """
单位临时派我去成都出差，南京站周杰伦的内场两张只好让出去，票面价就行，微信 zjl_nanjing2026
🔥影视会员大促🔥爱腾优芒随便挑，独享账号一年88，掉线包换，V❤：yingshi_vip88
百度网盘超级会员，月卡9.9，季卡25，下单当天开通，需要的私我
每天都能领外卖大额红包🧧美团饿了么都有，一群已满，加vx：waimai_hb365 拉你进二群
演唱会代抢，成功才收钱，票面另加200手续费，全国场次都接，微信同号13862049157
我开了个京东plus家庭版，还能带三个人，一人一年30块，谁要私我
天猫淘宝隐藏券，买一件也能用，返利最高六成，加微 fanli_xiaoqi 进内部群
网易云黑胶VIP、QQ音乐绿钻低价代充，可查单可售后，扣号 2874501936
拼多多互相助力群，每天一起砍一刀，人满即开，加v：pdd_kanjia666
朋友手里有五月天鸟巢的看台四连座，380一张，想去的私聊我
注册就送5元！优惠券返利App，邀请一位好友再得3元，下载👉 https://fanli-app.cn/reg?code=8832
Netflix 4K合租还缺一位，一个月18，已经稳定跑了半年，vx：nf_hezu2025
我闺女在做外卖优惠券分享群，每单能省三五块，想进的邻居加她微信 lele_quan88
话剧、音乐剧、livehouse的票低于票面出，大麦抢不到的打电话 0571-86290351
夸克SVIP、阿里云盘会员一年68，自动发货，链接在这 t.me/pan_vip_shop
星巴克瑞幸喜茶代下单，比App便宜三到五折，加我微信：kafei_daixia
老公单位发的腾讯视频年卡兑换码用不完，70一张出了，加v tx_hs0508
小红书抖音下单返全款，拍一件返一件，宝妈学生在家就能做，加微信 fanxian_dd
全国影院电影票代购，基本比App便宜十块，想选座的私我报场次
家里多了两张肯德基全家桶兑换券，50一张，有要的微信 kfc_lijie
得物唯品会大牌内部折扣，每天上新，款式看我朋友圈 V：dewu_jiejie
CBA总决赛上海主场二层票还有，现场交易，电话 15921736048
B站大会员年卡代充，可以先充后付 😊 加我vx：bzhan_dahuiyuan
QQ音乐、酷狗、汽水音乐会员都能开，有意者QQ：3160947725
薛之谦巡演内场前十排有路子，需要的加 1 3 9 - 6 2 0 7 - 4 4 8 1
各大视频会员全网最低价，微信一三七五二八零六九四一
美团外卖神券群，早中晚三次发券，进群找 ①⑧⑥①⓪②⑦⑤③⑨④
百度网盘会员拼车，还差两人，要上车的联系 幺五二 幺七三八 零零六五
返利群招代理，宝妈兼职一个月三四千，详询 壹叁玖 肆零贰陆 捌柒伍壹
抢票脚本，北上广演唱会秒杀成功率九成，扣扣 二七六 三九零 四一五八
外卖红包二群开了🧧要进的加企鹅 4 0 3 8 1 7 2 6 9
美剧日剧韩剧会员共享，纸飞机搜 @haiju_share_bot 自助上车
淘宝京东拼多多一键查券，返利到账快 → dwz.cn/k8Qz3T
张杰演唱会门票转让，内场看台都有，ｖｘ：ｐｉａｏｗｕ２０２６
视频会员充值秒到，加 v 信：y s h y 7 7 5
我自己囤的瑞幸券用不完，9.9一杯帮你们下，手机 １５８ ３６０４ ２７１９
饿了么会员月卡五块一个，抖音号 shengqian_aran 主页有群
音乐节早鸟票团购，比官方便宜一百多，电话1三8 0九7二 6四5一
xiǎng yào nèi chǎng piào de jiā wǒ wēi xìn：piao_dai_qiang
演唱會內場還有幾張，價錢好商量，加威信：piaozi_8866
网盘会员永久不限速，𝕧𝕩：𝕡𝕒𝕟𝕧𝕚𝕡𝟠𝟠
饿了么美团神券群每天三波，晚饭前那波最大，拉群找 1️⃣3️⃣6️⃣5️⃣2️⃣0️⃣8️⃣4️⃣7️⃣1️⃣9️⃣ 报暗号“干饭”
各平台返利最高七成，𝓿𝔁：𝓯𝓪𝓷𝓵𝓲𝓽𝓸𝓷𝓰
黄牛票源稳定，周末两场都能出，⒱⒳ ⑴⑸⑼⑵⑻⑷⑹⑴⑶⑺⑵
全家桶会员一次开齐：爱奇艺芒果腾讯，ⓦⓔⓘⓧⓘⓝ：ⓥⓘⓟⓗⓔ⓪⓪⓵
奶茶券外卖券低价出，要的禾厶 耳卯 我
代抢演唱会、话剧、脱口秀的票，卫星号 qiangpiao_xiaoma 随时在
视频会员年卡便宜出，电话幺三拐 两洞勾五 拐幺三两，中午以后打
周六张学友的票还剩三张，原价让，想去的给我发个🎫，按顺序给
腾讯视频家庭年卡拼车差两个位，上车的直接转我28，备注手机尾号
网盘会员号一天两块钱，想用的下午三点以后到我单元楼下扫码
我这有音乐节套票的渠道，凑够十人每张再便宜80，想买的把群昵称改成“团-名字”
我在做淘宝返利，买东西前先把商品链接丢给我，我转一个带券的回你，每单还能返点
爱优腾会员卡十张，明早八点半我拿着在幼儿园门口，要的顺路过来
林俊杰那场我有渠道，比黄牛低一截，谁想要先发个定金红包占位
拼多多新人券可以帮下单，一单只收两块跑腿费，想省钱的把商品截图贴在我这条后面
瑞幸库迪的电子券囤了一堆，今晚七点后在快递驿站边上摆个小摊，过来扫
京东E卡、超市购物卡回收，价格公道，周末我在南门停车场，带卡来当场结
陈奕迅广州站看台连座两张，1280一张不加价，谁想要今晚群语音里说一声
饿了么超级吃货卡多买了几张，要的明天开会把钱放我桌上就行
""".strip()

NEGATIVE_38 = """
接到电话说你会员要自动扣费让你操作退订的，先挂掉，拿不准就打96110问反诈中心
小王，演出公司对接人的电话发你了：139 2175 6048，张经理，他说下午三点前都在办公室
订单号2026112508154739，美团退款三天了还没到账，有人遇到过吗
社区团购那批发票我私聊你了，你报销的时候一起交给财务
年会演出票由行政统一发，名单在这个在线表格里：https://docs.qq.com/sheet/DZkNpa2xQRUFv
观影那天谁家孩子来不了，提前给班主任李老师打个电话：13605718822，她统计人数
已经加你微信了，会员费报销的模板刚发过去，你看下格式对不对
工会发的电影兑换码今天下午统一发到大家企业邮箱，没收到的找小陈
入场别用截图！要打开大麦App里的动态二维码，截图进不去的
张姐，上个月优惠券核销的汇总表已经微信发你了，群里刷得太快，怕你翻不到
物业服务中心电话 0571-8802 3316，快递柜满了可以先打这个让管家帮忙收
部门培训视频的网盘链接过期了，重新发一下：pan.baidu.com/s/1Tq8xWmA 提取码 k7m2
公司统一买的视频会员账号，每个部门一个，账号密码已经私发给各部门负责人
主办方公告：本场演出实名入场，一人一证一票，转让无效，详情看 damai.cn 的公告页
各位同事，饿了么企业版开通了，加班餐用公司账号点，不用自己垫钱再报销
导游的微信已经推到群里了，看演出那天集合有问题就找她
需要开门票发票的把抬头和税号私信我，我这边统一开
前台收到个顺丰件，单号尾号6650213，小盒子，写的收件人是“阿杰”，哪位同事的？
淘宝客服让我加她们的企业微信处理退款，加了之后确实当天就退了，是正规渠道
学校组织的演出活动报名在官网通知里：https://www.hzsyxx.edu.cn/notice/1125 ，家长按要求填
大家到了体育馆找不到队伍就打我手机 136 0172 4493，我在三号门口举着小红旗
周深杭州那场谁有多的票吗？想带我妈去，按原价收，加价的就算了
求一个靠谱的视频会员家庭共享，最好是大家认识的人一起拼，有推荐吗
谁知道网盘会员哪家便宜点，孩子的照片视频手机快存不下了
楼里有人会领美团的神券吗？我每次都找不到入口，教教我
想找个伴一起去看音乐剧，周日下午场，一个人去有点怂
请问超市购物卡过期了还能用吗？收拾柜子翻出来两张
有懂抢票的吗，我妈想看刀郎，我连抢三次都没抢到，求方法
求推荐买菜便宜点的App，最近菜价涨得有点离谱
京东plus和88VIP到底哪个划算？用过的姐妹说说
谁家有不用的优酷账号借我两天？孩子发烧在家想看动画片
说一下，那个在群里喊“内场票低价转，先付定金锁票”的人，我同事转了800就被拉黑了，大家千万别信
“刷单返利一单赚三十”这条我已经删了，发的人也踢了，再有类似的直接私信我处理
又收到短信“您的视频会员即将自动扣费，点击链接取消”，都是骗子，千万别点
提醒一下，那种“外卖红包群”进去就让你下App做任务，最后让你垫钱，我表哥就是这样被骗的
黄牛拍胸脯说“保证有票，出不了全额退”，结果开演前一天就拉黑了，买票还是走官方吧
网上卖的“百度网盘永久会员19.9”根本用不了，我买了两天就封号了
有人私聊群里的人卖“演唱会工作证”，群主已经处理了，收到的别理
又来“点赞关注就返现”，先给你几块钱甜头，后面就让你充值，别上当
警惕自称客服说你开通了“百万保障”要关闭的电话，我婆婆差点把存款转出去
“优惠券内部渠道，先交99会员费”这种昨天群里有人发过，已经截图举报了
周六一起坐大巴去看演唱会的：1.王磊 2.陈晓 3.小敏 4.刘阿姨 5.老周一家三口
内场1680，看台880，看了看工资条，还是看台吧 😂
昨天抢票前面排了九百多人，五分钟就显示售罄了
算了一下，腾讯视频单月买一年要两百多，还是等活动买年卡划算
百度网盘下载速度才几十K，这是逼着人开会员
今天点外卖满30减15，又叠了个5块的红包，一顿饭才花了12块
双十一凑满减凑到凌晨两点，最后一算还不如直接买
群公告：本周五晚观影活动，万达三号厅，七点开场，请提前十分钟到
买到的是2排18号！离舞台好近，激动得睡不着
投票结果：第一名12票，第二名9票，年会包场就看《流浪地球》了
小区组织一起看球赛，12月3号晚上在活动室，啤酒零食管够
我家的爱奇艺被我弟登了五台设备，我自己反倒被挤下线了
今年双十二好像没什么值得买的，越来越没意思
外卖小哥又把我的奶茶送到隔壁楼了，这个月第三次
群规：本群禁止发优惠券链接、返利群二维码和任何代购，发一次警告，两次移出
五月天最后一首全场大合唱，哭得稀里哗啦
看完演唱会嗓子哑了，明天还要开早会，救命
行政通知：下周三前把本月外卖餐补发票交到前台，过期不补
抢到了抢到了！周日下午场第三排🎉🎉🎉
我女儿追星，一张票两千多，我说你还不如给我买件羽绒服
电影院周二半价，上次去才25一张，比在家看还值
优惠券领完要七天内用，我老是忘，最后全过期了
拼单的卫生纸一共八提，按人头每家两提，钱我先垫了，回头一起算
明天部门聚餐投票：火锅5票，烤肉3票，那就火锅了
网盘满了，光孩子的视频就占了两百多个G
家长们，学校组织亲子观影，每家限两张票，需要的在群里接龙写上孩子班级和姓名
我妈把视频会员密码改了又忘了，全家都登不上，哈哈哈
上次团购的车厘子挺甜的，这次不知道还有没有
今晚3比1赢了，去现场的都值回票价了
外卖超时四十分钟，商家赔了一张5元券，聊胜于无吧
这次刀郎的票被炒到一万二，疯了吧
公司发的京东卡面值500，我拿去换了个空气炸锅
周末带娃去看了儿童剧，票不贵，孩子看得可开心了
各位业主：本周六晚小区广场放露天电影，免费，自带小板凳
领导说年会抽奖有演唱会门票，大家好好表现
网易云年度报告出来了，我今年听了3862分钟，比去年还多
小区超市今天会员日，鸡蛋5.98一板，排队排到门外
打车券和外卖券能不能一起用？我试了下不行
谁说抢票一定要用电脑，我这次用手机反倒快
下单时记得勾上准时宝，超时了能赔钱
这个月外卖花了一千二，看账单吓一跳，下个月得自己做饭了
The concert tickets sold out in 3 minutes, I never even got to the payment page.
My kid wants the new cartoon movie, so we are booking the 10 am show on Saturday, cheap seats lol
演唱會門票真的太難搶了，我連排隊頁面都沒進去
今天外賣紅包只有三塊，平台越來越摳了
官方票价出来了：看台５８０、７８０，内场１２８０，下周一中午十二点开抢
群主提醒：最近有人冒充管理员私聊大家卖票，管理员从不私下卖东西，请注意
年底团建投票：看电影 / 剧本杀 / 密室逃脱，明天中午12点截止
我每次抢优惠券都是抢了个寂寞
孩子用我的会员看动画片，现在首页推荐全是小猪佩奇
排了四十分钟队买奶茶，就为了第二杯半价，图啥
周杰伦那场没抢到，在直播间看了一晚上也算参与了
昨天体育馆门口全是黄牛，一直追着问“要票吗要票吗”，烦死了
签到打卡第15天，再坚持15天能换一张20元的券
上周团的那箱橙子接龙到32号了，明天下午到货
年会节目单定了：第1个舞蹈，第2个小品，第3个大合唱
家里宽带续费送了一年视频会员，挺划算
物业通知：12月1日至3日地下车库清洗，车辆请挪到地面
今晚比分98:95，最后一秒绝杀！
""".strip()
