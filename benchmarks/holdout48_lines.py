"""Hold-out set 48 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 14, after sets 1-46 (see holdout_data.py), at the same time as set 47 (written by another helper;
this set was checked by the same script against set 47's 160 lines as they stood when this one was finished, unread:
highest ratio 0.473, so no line of this set needed rewriting for it), and not scored yet. The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or
docs/, imported nothing from qungui, ran no detector or qungui command on these lines and did not run bench_holdout.py
or any other benchmark; holdout_data.py (lines 1-218, its docstring) was opened only for the labelling rules and the
history and topics of earlier sets, holdout45_lines.py and holdout46_lines.py only for their module docstrings, printed
up to the closing triple quote (the file format, the docstring style and their topic lists, contact forms, disguises and
calls, to avoid repeating them; their lines were not read), the benchmarks folder only for its list of file names, and
pyproject.toml only for its ruff settings. The two dumps (earlier hold-out lines of sets 1-46, training lines) were only
read by a similarity script that printed this set's lines and ratios, never the dumps' lines (apart from that script,
only their line counts were taken). No line is copied from earlier sets or from the training lines: every line's difflib
ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line of the earlier hold-out sets' dump
is at most 0.5 (highest 0.494), against every line of the training-line dump at most 0.5 (highest 0.429), and no two
lines of this set exceed 0.5 against each other (highest 0.329). Ten lines that first stood above 0.5 against the
hold-out dump (0.733 at most; none against the training lines) were rewritten, two of them three times. The lines are
meant to be scored once, blind; tuning on their errors would spoil them.

Set 48 focuses on counterfeit and grey goods: replica luxury goods and shoes (高仿, A货, 一比一, 复刻 watches, 莆田鞋 and 纯原
sneakers, replica bangles and bags), duty-free and smuggled goods (水货 phones, iPads and camera lenses, 港版, 免税店代购 from 三亚
cdf, 仁川 and Bangkok, Macau duty-free cigarettes and 飞天, 海关罚没 wine, Hong Kong milk powder), fake and "substitute"
invoices (代开发票, 增值税专票, 普票, 进项票 for deduction, 点数), seal carving and fake certificates (刻章, 公章, 财务章, 办证, diplomas 学信网可查,
职称, 上岗证), VPN "ladders" (梯子, 翻墙, 机场节点, 加速器, 拼车), lucky phone numbers and account rental or sale (靓号 ABAB/AAAB and 8888,
吉祥号码, 王者 and 吃鸡 accounts for rent, 原神 accounts, a five-year 抖音 account), beside ordinary chat about invoices, seals,
fakes, duty-free shopping and old phone numbers in chamber-of-commerce, finance and accounting staff, shareholder,
clothing-store VIP customer, colleagues' and alumni groups. It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain id after "加我微信"; a cousin's leather-market replicas after "vx："; "加v："; "wx:" with a licence photo to
send; "V❤："; "QQ" with a number; a "群号" for a duty-free group; "私我" (a wife's Hong Kong phones); "私聊"; a shop link; a 淘宝
shop name to search; an e-mail address for certificate papers; a Telegram @bot after "电报"; a WhatsApp number with +853;
an uncle's mobile in 华强北 after "找他打"; "（微信同号）" after the number; a LINE id; a younger brother's "抖音号"; a 小红书 name to
search; a "钉钉群" number; a 公众号 to follow with a reply; a brother-in-law's seal shop after "他微信"; a 闲鱼 name to search; an
accelerator's own website) and 14 moderately (digits grouped by dots "137.2908.4451"; Chinese digits run together;
circled digits with ⓪; 幺/两/洞 in groups; "扣扣" with Chinese digits; "企鹅" with every digit spaced; "绿泡泡" with an id; the
homophone "围信" for 微信; a full-width id after "ｖｘ"; "w x" with a spaced-letter id; a dwz.cn short link without its
scheme; upper-case Chinese digits in groups; "纸飞机找" an @handle; digits mixing Arabic and Chinese "1八6 2零七三 5九4一") and 10
heavily, with disguises the docstrings read do not list (superscript digits "¹⁸⁹ ⁰⁶²⁷ ³⁵⁴¹"; double-struck digits
"𝟙𝟝𝟠𝟛…"; a mobile number written backwards, "倒过来念"; the ten Heavenly Stems for digits, "甲是1，癸是0"; small-capital letters
"加ᴠ：ᴘᴜᴛɪᴀɴᴀʜᴜɪ"; an id upside down, "把手机倒过来看"; regional-indicator letters spaced apart "🇼 🇽：🇫 🇶 …"; letters of an id
given by Chinese sound-alikes, "杰诶欧 四四七，字母按读音拼"; a mobile number with a zero-width space between every digit; a mobile
number in mahjong 万 tiles, "白板是零") and 12 subtle (an offer with a call to action only, none listed by the earlier sets'
docstrings that the writer read: "莆田货，要哪双就拍一拍我，拍了我就知道是谁，鞋码颜色我回头在群里一个个问", "周六上午我车停在万达地下B2层C区，尾箱开着，A货包包随便挑，现金或者扫车窗上贴的码都行",
"代开增值税专票，点数低，开票信息做成表格传到群文件里，文件名写你公司简称，我每天晚上下载", "免税店带回来的口红面霜清单我传群相册了，想要哪样就在那张图下面评论序号",
"手上两个尾号8888的靓号竞拍，在群接龙里填你的出价，周日晚九点最高的拿走", "刻章办证的材料复印件装进信封，送到人民路88号报刊亭，跟老板说转给阿海，三天后同一个地方取",
"梯子包年八十，直接在群里给我转账，转账留言写你的邮箱，配置文件当晚发过去", "每周四晚上我在夜市第三排摆摊卖A货表，摊子上挂红灯笼的就是我，去了报群名打九五折",
"出个五年的抖音号，两万粉，想要的把心理价位写在便利贴上，贴到公司茶水间冰箱门上", "香港带回来的水货奶粉到了，要订的明早送孩子时跟保安亭刘叔说一声要几罐，他会帮我记",
"今晚八点我开群语音，想要莆田鞋的进来报鞋码和款式，语音里直接下单", "下个月同学聚会我拉一箱高仿包过去，想先挑的那天早点到，吃饭前在包间里看货"). About 15 positives are written the way
members casually sell in a group (a cousin buying at the 白云 leather market, a wife's Hong Kong phone trade, the writer's
own duty-free shop on 淘宝, the writer in Macau carrying cigarettes and 飞天, an uncle's grey phones in 华强北, a younger
brother's 莆田 running shoes on 抖音, a brother-in-law's seal shop, the writer's own game accounts on 闲鱼, a relative's
confiscated wine, a wife's Japanese duty-free shopping, and the subtle lines' car boot at the mall, night-market stall,
milk powder noted by the guard and bags brought to the class reunion).

- `POSITIVE_48` (60 lines): 莆田 sneakers (加我微信), a cousin's leather-market replicas (vx), invoices for hire (加v), seal
  carving (wx), VPN ladders (V❤), game accounts for rent (QQ), a 三亚 duty-free buying group (群号), a wife's Hong Kong
  phones (私我), mobile numbers with nice endings (私聊), replica watches (link), the writer's Korean duty-free cosmetics
  (淘宝), diplomas and certificates (e-mail), VPN "airports" (电报), Macau cigarettes and 飞天 (WhatsApp), an uncle's grey
  phones (mobile), ordinary invoices (微信同号), Thai duty-free goods (LINE), a younger brother's 莆田 shoes (抖音号), replica
  dad shoes (小红书), input invoices for deduction (钉钉群), lucky numbers (公众号), a brother-in-law's seal shop (他微信), the
  writer's game accounts (闲鱼), a VPN accelerator (website); then A货 bags (dotted digits), fake diplomas (Chinese
  digits), matched invoices (circled digits), a relative's confiscated wine (幺), game accounts (扣扣), replica bangles
  (企鹅), shared VPNs (绿泡泡), seals and certificates (围信), 莆田 factory shoes (full-width), grey iPads (spaced letters),
  duty-free price lists (short link), invoices (upper-case digits), VPN nodes (纸飞机), a wife's Japanese duty-free
  shopping (mixed digits); the ten heavy lines (A货 watches, VAT invoices, consecutive lucky numbers, seals and
  certificates, 莆田 shoes, replica bags, VPN year cards, game accounts, grey camera lenses, duty-free cigarettes and
  wine); and the 12 subtle lines.
- `NEGATIVE_48` (100 lines): 20 that look dangerous at first sight (the invoice verification site
  inv-veri.chinatax.gov.cn, the 12366 tax line, a cashier's office extension, an EMS number for special invoices, a
  Tencent Meeting number for VAT training, 12315 for fake goods, the customs 12360 line, the police-registered seal
  shop's landline, a member's own new number after a broken phone, 10086 for choosing a number, a chamber dinner's
  sign-in code, an SF number for returned goods, a voided invoice's number and its replacement, gsxt.gov.cn, 12377 for
  VPN scams, a listed company's investor-relations line, the finance department's shared invoice mailbox, a store's VIP
  member code, a client's new buyer's mobile passed on for work, a parcel pickup code); 10 members asking or
  recommending (authenticating a used bag, where to carve seals, invoices from the tax office for freelance pay, Hainan
  offshore duty-free, 得物, Google Scholar through the school VPN, certifying input invoices, a lucky number at the
  counter, 闲鱼's inspection service, an old leather-repair shop); 10 warnings or complaints quoting the ad or scam
  ("代开各行业发票，点数低，可验真", "一比一高仿名表，支持专柜验货", "办证刻章，加微信秒回", "免费梯子，扫码下载", "出租你的微信号，一天赚三百", "海关罚没物资内部低价处理", "免税店员工内部价，香水五折",
  "高价收购你的旧QQ号", a fake special invoice, "尾号8888靓号只要388"); 17 lines with numbers that are not contacts (a sneaker's
  price, input and output tax, the annual dinner, a share price, a dividend, shoe sizes, VIP points, a badminton score,
  meeting rooms, five seals handed over, the duty-free quota, invoice code lengths, a VIP sale, reunion sign-ups, the
  tax filing deadline, a watch's warranty number, a shareholder vote); 7 organisers' and admins' own notices (a ban
  naming replica, invoice, seal and certificate, VPN and number or account ads, a chamber's members' meeting, the
  finance department's claim deadline, a store's new arrivals for VIP members, a removed "A货包包" account, alumni fees, no
  insider talk or stock tips); 27 lines of everyday chat about 莆田's real factories, fake shoes coming apart, queues at
  三亚 duty-free, all-electronic invoices, seals in the safe, a father's twenty-year number, going over the wall for
  papers at university, Hong Kong iPhones, replicas fooling counter staff, a month of invoices, a stolen game account,
  gifts to be registered, a coat tried on, back taxes for a false invoice, second-hand luxury, milk powder carried by
  hand, an old seven-digit QQ number, a quick passport, copper seals, Japanese duty-free prices, year-end
  reconciliation, a lost diploma, leather versus workmanship, the store's member day, people jailed for selling bank
  cards and WeChat accounts, a dinner in 莆田, an intern who never heard of special invoices); 5 heated arguments without
  any selling; two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_48 = """
莆田纯原AJ1、倒钩、熊猫都有现货，四十到四十四码齐，加我微信 ptxie_azhuo 发实拍给你挑
我表哥在广州白云皮具城拿货，老花、马衔扣这些一比一的都有，想看图的vx：biaoge_pj2024
代开增值税专票普票，各行业都能开，点数好商量，加v：kp8826zs
刻章：公章、财务章、法人章，当天就能取，wx: kezhang_laosun，营业执照拍照发过来报价
梯子稳定不掉线，看油管刷推特都流畅，月卡二十五年卡一百八，V❤：fq_kuaiche9
王者国服V10号出租，两百多个皮肤，按小时计费，QQ 2847716093
三亚cdf每周扫一次货，口红香水比专柜便宜三成，免税代购群号 738204615，进群看价目表
我老婆在香港做水货手机，港版iPhone比国行便宜八百左右，要的私我
手里有几个ABAB和AAAB的移动号码，尾号都挺顺，转让，价格私聊
绿水鬼复刻，3235机芯，盘面细节图都在这里 https://wd.kouyixia.cn/s/rlx116610
淘宝搜店铺“阿珍日韩免税小铺”，都是我自己从仁川机场带回来的雪花秀和后，便宜出
学历、职称、上岗证都能代办，材料发我邮箱 banzheng_wang@163.com，三天内回复
机场节点稳定，奈飞迪士尼都能解锁，电报 @feiji_jiedian_bot 自助下单
人在澳门，可以帮忙带免税烟和飞天，需要的WhatsApp +853 6628 4107
我叔在华强北倒腾水货十几年了，三星苹果二手都有，找他打 13927461085
代开各地普通发票，住宿费餐饮费会议费都行，15806234917（微信同号）
人在曼谷，泰国免税店的燕窝和乳胶枕可以代购，LINE：mali_thaishop
我弟新开了个号专门卖莆田跑鞋，抖音号 ptpaoxie_didi，直播间比外面便宜二三十
顶级版本的巴黎世家老爹鞋，上脚效果去小红书搜“鞋柜里的阿七”看
会计朋友们，缺进项票抵扣的进钉钉群 41827733，票源多，几个点就拿走
吉祥号码现货选号，关注公众号“吉祥号码铺”回复你想要的尾号就能查价
我小舅子在公安局门口开了家刻章店，三个章一套一百五，他微信 xiaojiu_kz8，报我名字打九折
出几个满级的原神号和崩铁号，都是我自己玩的，闲鱼搜“退坑大甩卖小林”
翻墙加速器，新用户免费试用三天，官网 www.shunfengti.net 下载客户端
A货包包一手货源，做代理不压货，图册随时发，联系 137.2908.4451
毕业证学位证都能做，要学信网可查的另外谈价钱，电话一五九二七零三六八四四
进项销项都能配，专票当天出，微信 ①⑧⑥⑦④⓪⑨②⑤③①
老家亲戚做海关罚没的波尔多红酒，一箱六瓶才三百，电话幺三八 两洞四七 幺九五六
出租吃鸡号王者号，全皮肤，押金退还，扣扣：三七八二九零一四六
卡地亚钉子手镯高仿，925银镀18k金，企鹅 2 9 3 8 4 7 1 0 5 6
梯子拼车，一个月十块钱，三台设备随便用，绿泡泡 ti_zi_pinche
刻章办证一条龙，围信：kzbz0771
莆田鞋厂直发，没有中间商，ｖｘ：ｐｔｘｉｅ＿ｃｈａｎｇ０２
港版水货iPad，比行货便宜一千，w x：h k s h u i h u o
免税店提货攻略和代购价目表都放在这了 dwz.cn/mS7kQ2
代开发票点数最低，电话壹叁伍 捌贰零陆 柒肆玖叁
VPN节点出售，包月包年都有，纸飞机找 @jichang_laozhou
我老婆在做日本免税店代购，资生堂、安耐晒这些要的加她 1八6 2零七三 5九4一
A货手表厂家批发，支持看货再付款，电话 ¹⁸⁹ ⁰⁶²⁷ ³⁵⁴¹
增值税票代开，票面可查，微信 𝟙𝟝𝟠𝟛𝟟𝟘𝟚𝟞𝟡𝟜𝟙
几个尾号连号的靓号低价出，我手机号倒过来念就是：0962 4185 731
刻章办证，号码用天干记：甲丙庚，乙丁壬癸，戊己甲丙，甲是1，癸是0
莆田鞋开学季特价，加ᴠ：ᴘᴜᴛɪᴀɴᴀʜᴜɪ
高仿包包清仓，把手机倒过来看：uıl‾oɐqoɐq :xʌ
梯子年卡一百二，🇼 🇽：🇫 🇶 🇱 🇦 🇴 🇱 🇮
卖游戏账号，满V带典藏皮肤，加V：杰诶欧 四四七，字母按读音拼
日本水货相机镜头，索尼佳能都有，电话1​3​6​0​7​2​4​9​5​8​3
免税烟酒，号码按麻将万子念：🀇🀋🀎 🀊🀆🀌🀉 🀏🀈🀍🀇，白板是零
莆田货，要哪双就拍一拍我，拍了我就知道是谁，鞋码颜色我回头在群里一个个问
周六上午我车停在万达地下B2层C区，尾箱开着，A货包包随便挑，现金或者扫车窗上贴的码都行
代开增值税专票，点数低，开票信息做成表格传到群文件里，文件名写你公司简称，我每天晚上下载
免税店带回来的口红面霜清单我传群相册了，想要哪样就在那张图下面评论序号
手上两个尾号8888的靓号竞拍，在群接龙里填你的出价，周日晚九点最高的拿走
刻章办证的材料复印件装进信封，送到人民路88号报刊亭，跟老板说转给阿海，三天后同一个地方取
梯子包年八十，直接在群里给我转账，转账留言写你的邮箱，配置文件当晚发过去
每周四晚上我在夜市第三排摆摊卖A货表，摊子上挂红灯笼的就是我，去了报群名打九五折
出个五年的抖音号，两万粉，想要的把心理价位写在便利贴上，贴到公司茶水间冰箱门上
香港带回来的水货奶粉到了，要订的明早送孩子时跟保安亭刘叔说一声要几罐，他会帮我记
今晚八点我开群语音，想要莆田鞋的进来报鞋码和款式，语音里直接下单
下个月同学聚会我拉一箱高仿包过去，想先挑的那天早点到，吃饭前在包间里看货
"""

NEGATIVE_48 = """
发票真假可以上全国增值税发票查验平台查，网址 inv-veri.chinatax.gov.cn，输发票代码、号码和金额就出来
开票信息拿不准的直接打12366问税务局，比在群里问我们靠谱
报销单被退回来的去找出纳小周，她座机 0571-8602 3317 转 206
王总，贵司上月那几张专票我们已用EMS寄出，单号 1187 4420 9365 5，请财务查收
明天下午三点财务共享中心有线上培训，讲增值税新政，腾讯会议号 582 347 116
在网上买到假货别自认倒霉，12315受理投诉，我去年那双鞋就是靠它退的款
从香港过关东西超额要主动申报，不清楚限额的打海关12360问
公司新章得去公安备案的刻章点刻，市局指定的那家在解放路，座机 0731-8455 0129，工作日去
各位同学，我手机摔坏换了张卡，13684209715 是我现在在用的，旧号别打了——王海
想换个好号的直接去营业厅或者打10086问，官方选号不加价
商会年会的签到码贴在酒店大堂入口，扫一下填姓名和企业名称就行
退回来那批货走的顺丰，SF1423 0987 6612，明天应该到库，收的时候拍个开箱
号码04582917那张抬头写错了，已经红冲，重开的是04582933
想知道一家公司是不是正规注册的，上国家企业信用信息公示系统 gsxt.gov.cn 查一下
碰到翻墙软件骗钱的，可以去12377举报，是网信办的平台
公司投资者关系热线 021-6138 7720，对年报有疑问的股东工作日可以打过去问
供应商的电子票让他们直接发 piaoju_hz@hengtaikeji.cn，这个是财务公共邮箱，大家都能看到
VIP会员码在小程序“我的”页面里，结账时给店员看一下就能打折
客户那边换对接人了，新来的采购叫刘敏，手机 159 3702 8841，明天起合同的事找她
你的取件码 6-3-2087，在东门驿站，我帮你瞄了一眼，好像是个鞋盒
有没有人知道哪能鉴定二手包的真假？我妈网上买了个LV，心里一直不踏实
公司注册完要刻章，大家一般去哪刻？备案的一套大概多少钱
问下，个人收了劳务费对方要发票，是不是能去税务局代开？要带什么材料
去海南免税店，离岛以后多久之内能买？有去过的说说经验
推荐得物，我这两年买鞋都在上面，带鉴定证书，比小店放心
孩子写论文要上谷歌学术，有没有正规途径？学校给的VPN能用吗
新来的会计还不会勾选认证进项发票，哪位老师有空带她一下
想给我爸选个好记的号，营业厅那种靓号是不是要预存话费？
群里有人用过闲鱼的验货宝吗？卖鞋的时候靠不靠谱
修包包推荐中山路那家老皮具店，换拉链换五金都不贵，师傅手艺好
刚有人私聊我“代开各行业发票，点数低，可验真”，大家别搭理，这是违法的
又收到“一比一高仿名表，支持专柜验货”的短信了，谁信谁傻
朋友圈看到“办证刻章，加微信秒回”，我同学信了，八百块换了张查不到的假证
别扫那种“免费梯子，扫码下载”的二维码，我们部门有台电脑装了就中木马
有人在外面拉人说“出租你的微信号，一天赚三百”，那是给诈骗团伙用的，千万别租
接到电话说“海关罚没物资内部低价处理”，要先交保证金，一听就是骗子
“免税店员工内部价，香水五折”这种直播全是假的，我买的那瓶一闻味儿就不对
提醒一下，所谓“高价收购你的旧QQ号”，其实是拿去冒充你找亲友借钱
有客户拿来一张“增值税专用发票”，一查是假的，以后收票一律先查验再入账
那个“尾号8888靓号只要388”的广告别信，交完钱号根本过不了户
这双AJ1专柜1299，我一直等，等到打折899才下手
上季度进项税额126,480.35，销项198,210.77，下周一前核对完
年会定在12月21号晚上六点半，酒店三楼宴会厅，一共18桌
今天收盘12.36，跌了2.8%，我成本14块，心累
今年分红方案出来了，10派3.2，除权那天是7月8号，比去年多了五毛
我穿42.5，耐克得买43，阿迪42就刚好
积分满3000能换一条丝巾，我现在2860，再买件T恤就够了
校友羽毛球联赛半决赛，我们两局21:17、21:19拿下，决赛在下周日
会议室改到1608了，原来那间1205在装修
公章、财务章、合同章、发票专用章、法人章，一共五枚，交接时都登记过了
离岛免税额度是每人每年十万，次数不限
发票代码12位，号码8位，全电发票号码是20位，填的时候别搞混
VIP专场满2000减300，还能叠加会员九五折
同学会已经报了47个，再来三个正好坐满五桌
个税汇算截止到6月30号，还剩一周，没弄的抓紧
我那只表保卡上的编号是M79230-0045，官网查得到
股东大会第6项议案赞成票占98.7%，顺利通过
群规重申：本群禁止发高仿A货、代开发票、刻章办证、翻墙梯子、靓号买卖以及租号卖号的广告，发现直接移出
商会秘书处通知：下周三上午九点在会馆二楼开会员大会，请各位会长、副会长准时到
财务部：25号以后交的报销单顺延到下月处理，抬头不全的直接打回
本店VIP群通知：周六新款到店，群成员凭会员卡九折，限量款先到先得
管理员：刚刚那个刷“A货包包”的已清出群，他要是加你好友别通过
校友会今年的会费每人200，转给财务委员张老师，年底公示账目
股东交流群提醒：群内不得讨论内幕消息，不得荐股，违者移出
莆田那边其实有很多正品代工厂，就是仿的也多，名声才坏了
我老公前几天买了双假鞋，才穿两天鞋底就开胶了
上次去三亚免税店，排了一个小时队，最后就买了两支口红
现在全电发票了，不用再跑税务局领票，方便多了
我们公司的章都锁在保险柜里，用一次要登记签字
我爸那个号用了二十年，尾号三个6，说什么都不肯换
读研那会儿查外文文献得翻墙，现在学校图书馆有正规通道了
香港买的iPhone其实是港行，不算水货，就是保修不一样
我表妹在专柜上班，说现在有些高仿连她们都得仔细看
这个月的发票太多了，我眼睛都看花了
去年我的游戏号被盗，找客服找了三个月才要回来
老板说以后客户送的礼都得登记，烟酒也算
昨天去店里试了那件大衣，版型真好，就是有点小贵
我们公司上个月查出一张虚开的发票，补税加滞纳金好几万
买奢侈品还是去专柜吧，二手市场水太深
以前海淘奶粉都靠托人带，现在跨境电商直接就能下单
我那个QQ号是初中申请的，七位数，一直舍不得丢
现在办护照好快，一个礼拜就拿到了
说起刻章，我们厂当年的老公章还是铜的，现在都换成光敏章了
去日本出差发现，免税店的化妆品其实没比国内便宜多少
年底对账真头大，进项票总有几张对不上
我同学毕业证丢了，学校只给开证明书，原件不补
正品和仿品差得最多的其实是皮料，做工反而差不多
那家店会员日挺划算的，我上次买了两件羽绒服
看新闻说有人卖银行卡和微信号被判了，真不值当
莆田的朋友请吃饭，满桌海鲜，莆田人是真热情
我们组新来的实习生居然不知道增值税专票是什么
你非说买高仿没问题？那是侵权，别在这装懂
发票的事我上周就提醒过你，现在出问题了倒怪我？
股价跌成这样管理层还好意思涨薪？这次股东大会我肯定投反对票
你这说法太离谱了，穿假鞋怎么就丢人了，我花自己的钱碍着谁了
会费交了一年一次活动都没搞，秘书处到底在干嘛，给个说法
Quick question: is the Hainan offshore duty-free quota still 100k per person per year?
Has anyone filed the Q3 input VAT yet? My spreadsheet total doesn't match what the tax portal shows.
上次在香港機場免稅店買的香水，回來發現專櫃也在打折，虧大了
公司的發票章找不到了，誰最後用過？財務那邊急著要
"""
