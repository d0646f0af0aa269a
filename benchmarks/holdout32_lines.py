"""Hold-out set 32 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-30 (see holdout_data.py), at the same time as set 31 (written by another helper; this set
was checked against set 31's file as it stood when this one was finished: highest ratio 0.439). The writer read no detector code, word list, rulebook, model,
training-data generator, test or detection doc, opened nothing under src/, tests/ or docs/, ran no detector
on these lines and did not run bench_holdout.py or any other benchmark; holdout_data.py (lines 1-160, its
docstring) was opened only for the labelling rules and the history of earlier sets, and holdout29_lines.py
and holdout30_lines.py only for the file format and their docstrings' topic lists and calls (to avoid
repeating them; their lines were not read). The two dumps (earlier hold-out lines, training lines) were only
read by a similarity script, never line by line. No line is copied from earlier sets or from the training
lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio()) against every line of the earlier
hold-out sets' dump and of the training-line dump is at most 0.5 (highest 0.500), and no two lines of this
set exceed 0.5 against each other (highest 0.381). The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 32 focuses on phone repair and second-hand phones (screens, batteries, ID-lock removal, flashing, phones
bought and sold), SIM, data and campus cards, eSIM and broadband, computer and printer repair, toner and
printer rental, smart-home and security-camera installers (fingerprint locks, video doorbells, routers),
door-to-door sales of water purifiers and rooftop solar panels (and solar water heaters), and community
group-buying leaders (团长) and their neighbourhood groups. It keeps the mix real spam has: 24 lines plain or
lightly disguised (a plain id, mobile number, landline or QQ number, "微信", "加v", "vx", "wx", "V❤", "加微",
"加微信", "加我微信", "微信同号", "vx同号", "联系人", "私我", a Taobao 淘口令, a husband's WeChat), 14
moderately (spaced digits, Chinese digits, circled digits with ⓪ and "微信同号", a spaced "🐧群" number, 幺
for 1 in Chinese digits, full-width digits, upper-case Chinese digits, "纸飞机" and "Telegram" with a handle,
a t.cn short link, "扣扣" with spaced Chinese digits, "微 信" with an id in spaced letters, "v" with a
full-width-letter id, a 抖音号) and 10 heavily (traditional script with the look-alike "威芯" and circled
digits; spaced pinyin with tone marks ("jiā wēi xìn"); the homophones "伽唯心" for 加微信; the split
characters "禾厶耳卯" for 私聊; double-struck mathematical letters "𝕧𝕩" with a double-struck id; circled
letters "ⓥⓧ" with a circled-letter id; parenthesized letters "⒱⒳" with a parenthesized id; traditional
script with "聯係" and Cyrillic "ѵх"; traditional script with the look-alike "徽信" and upper-case digits;
a phone number in keycap emoji digits) and 12 subtle (an offer with a call to action only, none listed by
earlier sets' docstrings that the writer read: "带上手机过来就行", "型号打在群里我一个个回",
"续费之前问问我", "把机器牌子拍个照发上来", "感兴趣的搬个凳子来", "把门口照片传到群相册",
"周末抱到8栋一单元来", "办公室要的说下打印机是哪一款", "周三前在群里排个名", "经过超市门口那张小折叠桌就是我",
"下午去物业旁边小仓库找我", "顺手捎一瓶，钱放我桌上的盒子里"). About 15 positives are written the way
members casually sell in a group (a spare iPhone 13, a used Huawei P40, an idle router, a husband who repairs
laptops, a used Lenovo laptop, home-made sausages, a Saturday screen-repair stall, old phones bought by
model, cheaper broadband renewal from a neighbour, a solar installer's talk, a PC fixed at home for parts
only, ink cartridges at cost, Wi-Fi 6 routers installed together, screen protectors at a folding table,
left-over chilli sauce).

- `POSITIVE_32` (60 lines): screen and battery repair, a spare iPhone, data cards, fibre broadband, PC
  clean-ups, printer repair, shop and estate CCTV, whole-home smart control, a water purifier paid after a
  month, zero-down rooftop solar, 团长 recruitment, a neighbouring estate's 团长 pulling members to her
  group, broken phones bought, a used P40, a router, fingerprint locks, a campus data card, ID-lock
  removal, a husband's laptop repair, a video doorbell on Taobao, a used laptop, a pan-tilt camera, solar
  panel cleaning, home-made sausages; then phone board repair (spaced digits), data cards (Chinese digits),
  broadband renewal (circled digits), a second-hand phone wholesale QQ group, PC repair (幺), CCTV
  (full-width), purifier agents (upper-case digits), overseas eSIM (纸飞机), US Apple IDs (Telegram), a solar
  franchise (short link), 团长 recruitment (扣扣), smart-home plans (spaced letters), printer rental
  (full-width letters), old phones bought (抖音号); the ten heavy lines (phone repair, solar panels, purifier
  trade-in, second-hand phones, CCTV, flashing and unbricking, data cards, broadband, printer repair, solar
  water heaters); and the 12 subtle lines.
- `NEGATIVE_32` (100 lines): 20 that look dangerous at first sight (a repairman's WeChat card passed on,
  10000 for broadband faults, the property front desk for fingerprint enrolment, a printer reported by
  私聊, a camera-installation order number, a colleague's new work number, a private message to the 团长
  about eggs, the network admin's extension, an installer added on WeChat, the operator's tariff page, the
  solar crew's phone on the notice board, an invoice reissued through a shop assistant, a broadband
  fitter's phone passed on, an IT notice against adding strangers' QQ, a frozen QQ, CCTV footage and the
  local police, a new neighbour pulled into the 团购群, a repair ticket number, a masked wrong number,
  moving WeChat chat history); 10 members asking or looking for something (a phone shop, a home printer, a
  camera with playback, a child's data card, whether to fit a purifier, real solar savings, a cheap used
  laptop, a full C drive, detergent in the next group-buy, the best broadband); 10 warnings or complaints
  quoting the ad (a fake telecom "按1转人工", a purifier "水质不合格" pitch, a "号码被标记" phishing text, a
  solar "补贴最后一批" deposit, "高价回收旧手机" flyers, "免费领摄像头只付邮费", a fake group-buy refund
  agent, "电脑远程修复先装软件", a fake gas-alarm swap, "永久9元100G" cards); lines with numbers that are
  not contacts (a battery price, a 接龙 list, broadband speeds, a toner model, data overage, a trade-in
  offer, a call-out fee, staff numbers as print codes, a 500-member group, a broadband modem fee, meeting
  minutes with a contract sum, a parcel locker, milk batch dates); organisers' and offices' own notices (a
  server-room outage, new-starter laptops, delivery of group-buy produce, a CCTV host swap, group rules, face
  recognition enrolment, an owners' vote on shared solar, new computers, solar crews on a roof); heated
  arguments and complaints (a camera facing a door, purifier boxes in the corridor, solar glare, a repair
  that failed again, a 团购 quarrel, a wrong size, a drilled water pipe); everyday chat; two English lines,
  two traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's or 团长's own notice inside its own
group is not, nor is a member asking for or recommending something inside the group, nor a contact passed
on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_32 = """
手机换屏换电池，苹果华为小米都能修，原装屏质保半年，微信 xiuji_laozhang88
闲置iPhone13 128G 国行无拆修，电池健康89%，2650出，要的加v 13902174486
流量卡上新了，29块月租100G通用流量不限速，办理找vx：liuliang_kk
新装宽带特惠，千兆光纤一年588还送路由器，小区上门安装，电话18673320195
电脑重装系统、清灰换硅脂，上门50一次，周末也接单，wx: diannao_xiaowu
打印机卡纸加粉不出墨，公司家用都接，联系人刘工 15820047731
店铺小区监控安装，4路套装含硬盘1280元包安装包调试，V❤ anfang_gz
全屋智能改造，灯光窗帘开关一个App控制，免费出设计方案，加微 zhijia2024
净水器先装后付，用满一个月觉得水好喝再给钱，师傅微信同号 17750326618
屋顶光伏零首付安装，自发自用余电上网，了解详情加我微信 guangfu_sd
团长招募！社区团购新平台佣金15%，手里有业主群就能做，加v tuanzhang_hub
我是隔壁金桂园的团长，每天平价菜和水果，想进我们团购群的加微信 jgy_tuan
收二手手机，碎屏的、进水的、开不了机的都要，价格公道，QQ 2873610459
自己换下来的华为P40，九新无划痕，1100自提，有意的微信 wangjie_1989
家里闲置的小米路由器AX3000，用了半年，80块拿走，要的私我
门锁换指纹锁，上门测量安装，包教会全家录指纹，电话 0755-26638410
学生专享上网卡，19元无限流量，开学季特价，vx同号 15077312864
苹果手机ID锁屏幕锁解除，远程处理不用寄机，wx：jiesuo_pro
我老公在电脑城修电脑十几年了，笔记本进水换主板都能弄，需要的加他微信 laoliu_pc
可视门铃智能猫眼，小区业主专享价立减30，复制淘口令 ￥Kp7dXqa2Ns￥ 打开淘宝
出一台联想小新笔记本 i5 16G 1500元，同城面交，电话15968020431
小米云台摄像头，装好送32G内存卡，需要的打电话给王师傅 13320458867
光伏板清洗维护，一块板5元十块起洗，清完发电量立马上来，加v gfqx_168
家里灌的腊肠晾好了，肥瘦三七开，68一斤，想尝的加我微信 lachang_mama
手机维修 主板 换屏 数据恢复，微信 1 3 8 2 6 5 1 9 0 4 7
不限速大流量卡，月租低，办卡找我 一八七 零三九六 二五四八
宽带续费优惠，比营业厅便宜，①⑧⑨②②④⑥⑦⑤③⓪ 微信同号
二手手机批发交流 🐧群 6 2 8 4 1 0 3 7 5 同行进
电脑上门维修装机，电话幺三五幺七二八零六四九
监控安装 小区商铺工厂都做，微信：１８２３７７６０４１９
净水器厂家直供招区域代理，电话 壹叁捌零伍柒贰陆叁玖壹
海外手机卡 eSIM 免实名，纸飞机 @simcard_vip
美区苹果ID账号 独享可改密 Telegram: @appleid_store
光伏加盟，一个县只招一家，详情 t.cn/A6xR2kLm
社区团长招募，带团有补贴，扣扣 二九七三 五五八 零六一
智能家居全屋方案 微 信 z h i j i a 6 6
打印机复印机租赁，一个月三百起，v：ｄａｙｉｎ＿ｚｕｌｉｎ
高价回收旧手机，抖音号 xiuji_aj66 看视频估价
手機維修換屏換電池 質保半年 加威芯 sj⑦⑦⑧⑧
guāng fú bǎn ān zhuāng, bǔ tiē hái yǒu, jiā wēi xìn gf8899
净水器以旧换新送一年滤芯 伽唯心 jsq2025
二手手机保真 价格美丽 有意 禾厶耳卯
监控安装维修 𝕧𝕩 𝕒𝕟𝕗𝕒𝕟𝟙𝟚𝟛
刷机解锁救砖 ⓥⓧ ⓢⓗⓤⓐⓙⓘ
大流量卡 手慢无 ⒱⒳：⒦⒜⒡⒜⒩
寬帶千兆 裝機送路由 聯係 ѵх kd_one
打印機維修加粉 徽信 壹伍玖 捌捌 零贰 叁叁
太阳能热水器维修 电话 1️⃣3️⃣7️⃣0️⃣2️⃣5️⃣9️⃣8️⃣4️⃣6️⃣1️⃣
屏幕碎了先别急着买新手机，周六上午我在小区南门摆摊换屏，带上手机过来就行
家里不用的旧手机别扔，我按型号给价，型号打在群里我一个个回
宽带快到期的先看看合同，续费之前问问我，比营业厅便宜一截
净水器滤芯该换的，把机器牌子拍个照发上来，我对着型号报价
我是做光伏安装的，这事一两句说不清，明晚七点在业主会客厅讲一场，感兴趣的搬个凳子来
干安防十年了，想装摄像头的把门口照片传到群相册，我看完给你出方案
电脑卡的周末抱到8栋一单元来，顺手就给你弄了，只收配件钱
通用墨盒我这堆了一箱，按进价出，办公室要的说下打印机是哪一款
想换WiFi6路由器的周三前在群里排个名，我凑够一车统一上门装
手机贴膜五块一张，晚上散步经过超市门口那张小折叠桌就是我
新到一批智能门锁样品，想摸摸手感的下午去物业旁边小仓库找我
今年新磨的辣椒酱还剩十几瓶，十五一瓶，明天团购提货时想要的顺手捎一瓶，钱放我桌上的盒子里
""".strip()

NEGATIVE_32 = """
维修师傅的微信我推给你了，他说明天上午十点到，记得家里留个人
小区宽带报修打10000就行，我刚打过，说是光猫坏了明天来换
李姐你加下物业前台小王，录门禁指纹要先跟她预约，周三周五下午才办
打印机又卡纸了，行政说报修私聊她就行，别在大群里刷屏
摄像头安装单号 AZ20261124037，师傅到了会打我电话，麻烦前台放一下行
各位同事，我工作手机换号了，新号码已经更新到企业通讯录，旧号下周停
团长我刚给你发了私信，昨天那份的鸡蛋碎了两个，方便时候看看
网管老陈分机8026，电脑开不了机的直接打他，别找我了
加了装修队师傅的微信，他说监控线可以跟网线一起走，费用另算
发个运营商官网的宽带资费页面给你，自己对比一下，别听上门业务员瞎说
楼顶光伏是物业统一报备的，施工队负责人电话贴在一楼公告栏
手机店开的发票抬头写错了，我加了店员微信让她重新开一张
宽带师傅说要业主本人签字，我把他电话发你，你自己约个时间
IT部通知：远程协助一律用内网工具，不要加陌生人QQ，更不要给验证码
我的QQ突然登不上了，提示异常，谁帮我看看是不是被冻结了
门口那段监控我申请调了，物业说要派出所开证明，已经联系片警
群主，新搬来的邻居让我拉她进团购群，我已经拉进来了哈
报修单号 WX-0375 是我的，电脑蓝屏，IT同事有空来三楼东区看一下
师傅留的号码是152****3388，我打过去说是空号，是不是抄错了
张叔的旧手机给了孙子，他问能不能把微信聊天记录转到新手机上
有没有靠谱的修手机的店推荐？iPhone12充不进电了
求推荐个家用打印机，主要打孩子作业和试卷，要能彩印的
谁家装的摄像头能手机看回放？想给老人房间装一个，什么牌子好用
想给孩子办张流量卡，营业厅办的靠谱还是网上的靠谱？
问下大家净水器有必要装吗，我家烧水壶底全是白垢
有邻居装了光伏的吗？一年到底能省多少电费，想听点真实的
想收一台二手笔记本给我爸看视频，五百以内就行，谁家有不用的吗
有懂电脑的吗，C盘红了，不敢乱删东西
团长，下次能不能团一次洗衣液，上回那个牌子挺好用
谁知道咱们小区哪家宽带晚上不卡，移动还是电信？
大家注意，有人冒充电信打电话说"宽带欠费即将停机，按1转人工"，千万别按
又有上门推销净水器的，说什么"自来水检测不合格，免费换滤芯"，都是套路别开门
手机收到"您的号码已被标记为诈骗电话，点此申诉解除"，这是钓鱼短信
楼里有人挨家敲门说"光伏补贴最后一批，交两千定金就能装"，已经报给物业
提醒下电线杆上"高价回收旧手机，上门现金秒结"的小广告，卖了数据会被恢复
群里那条"免费领智能摄像头，只需付邮费"是骗邮费的，发的人已被踢，码千万别扫
我妈接到电话说是"团购平台客服，退款要先验证银行卡"，幸好她挂了
别信什么"电脑远程修复，先装个软件"，我同事就这么被转走了三千
冒充物业的人上门说要换"智能燃气报警器，一个三百八"，物业说从没安排过
那个吹"永久9元100G"的流量卡就是坑，用两个月就开始扣费
我这台Mate40换电池花了289，比官方售后便宜一百多
团购接龙截至今晚十点：张阿姨鸡蛋两板、7栋小刘大米一袋、陈老师牛奶一箱
宽带测速下载才86M，合同签的是300M，明天打电话投诉
打印机碳粉型号是CF283A，行政下次采购别再买错了
会议室投影又连不上了，查了是HDMI线坏了，已经报IT
团购的西瓜坏了两个，团长说下周补上，大家先别吵
你家摄像头正对着我家门口什么意思？侵犯隐私懂不懂！
说了多少遍了，别在楼道里堆净水器纸箱，消防检查要罚款的
楼上那家光伏板反光直射我家窗户，跟物业说了三次没人管
上周修好的电脑又黑屏了，修电脑的还说不关他事，气死我了
监控拍到的是外卖小哥拿错了，不是偷，大家别乱传
今天下午两点到四点机房断电维护，请大家提前保存文件
新员工请到五楼IT领取电脑，资产编号贴在机器底部
这个月流量超了，被扣了68块，这套餐太坑人
手机屏碎了条缝，先凑合用着，等双十一再换
明晚六点菜品到货，摆在二号楼一层，各家对照标签自取，别拿错
物业通知：11月28日上午更换小区监控主机，期间画面可能中断
群规再强调一遍：团购问题找团长，邻里事务找楼长，发广告拉人的直接移出
小孩把我手机密码输错十次，要等一小时才能解锁，我哭了
我家路由器放客厅，卧室就一格信号，加个中继有用吗
昨晚光伏讲座来了四十多人，物业说下次换到活动中心
电脑城三楼那个老板修得挺实在，上次换键盘才收120
财务那台打印机脱机了，谁动过后面的网线？
这个月的宽带费报销单交到我这，30号截止
iPhone 15 Pro 官方以旧换新才给2400，压得太狠了
吵什么吵，团购本来就是自愿的，不想买不下单就是了
你自己没看清尺寸就下单，现在回头怪团长？
业主大会投票：是否同意在楼顶装公共光伏，同意的在群里回复"同意"加房号
摄像头的硬盘只能存七天，上个月的录像早就覆盖了
妈，你手机上那个"清理大师"别再点了，全是广告
净水器用了三年，TDS还是个位数，挺省心的
小区门禁升级人脸识别，请各户周六带身份证到物业登记
老板说下月统一换新电脑，旧电脑里的资料先别乱删
师傅上门修洗衣机光上门费就收了150，这正常吗？
手机进水放米缸里泡了一晚上，居然开机了
太阳能热水器一到冬天就不够热，还得开电辅热
团长辛苦了，这次的橙子真甜，孩子一口气吃了三个
系统升级后打印预览一片空白，有人遇到过吗
我家网络每天晚上九点准时掉线，客服说是区域故障
The printer on floor 5 is out of toner again, ticket #4471 logged.
Who took the HDMI adapter from room 302? Please put it back.
門口攝像頭昨晚拍到有人偷快遞，已經報警了
這次團購的米有蟲，團長說可以退，拍照給她就行
电费单：１１月用电２３６度，光伏发了１８０度，还不错
王哥帮我刷的机，现在流畅多了，改天请他吃饭
安装师傅电钻打穿了水管，楼下漏水了，这到底谁负责？
每个人工号后四位就是打印机的取件密码，别告诉别人
团购群满500人了，群主开了二群，老住户不用动
装宽带的时候师傅说要换光猫收了我100，后来才知道是免费的
手机卡实名认证要本人去营业厅，别人代办不了
别老在群里@我，我修电脑也是半吊子，搞不定的找专业的
今天团购的猪肉少了半斤，我把电子秤的照片发上来了
同事电脑中了勒索病毒，大家别乱点陌生邮件的附件
会议纪要：1.监控项目下周验收 2.光伏合同金额86.4万 3.售后对接人是工程部
爸，你手机字太小我给你调大了，设置里别乱动
我的快递在12号柜，取件码好像发错了，谁能帮我问下驿站
扫地机器人连不上家里WiFi，是不是只支持2.4G的
光伏安装队今天在5号楼顶作业，楼下停车的注意一下
我的旧手机恢复出厂前记得先退出账号，不然新机主激活不了
团长说这周的牛奶换了批次，日期是11月20号的
""".strip()
