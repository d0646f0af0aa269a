"""Hold-out set 54 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 15, after sets 1-52 (see holdout_data.py), at the same time as set 53 (written by another helper;
this set was checked by the same script against set 53's 160 lines as they stood when this one was finished, unread:
highest ratio 0.431), and not scored yet. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/ or docs/, imported nothing from qungui, ran no
qungui command and no file in benchmarks/ (bench_holdout.py or any other benchmark included); holdout_data.py was opened
only for its module docstring (the labelling rules and the history and topics of sets 1-52), printed up to its closing
triple quote, and holdout51_lines.py and holdout52_lines.py only for their module docstrings, printed the same way (the
file format, the docstring style and the disguises and calls already used, to avoid repeating them; their lines and the
code below holdout_data.py's docstring were not read); pyproject.toml was searched only for its ruff settings (the
search also showed a few neighbouring lines: part of the dev dependency list and the package data), the benchmarks
folder was not listed (set 53's file was only checked for existence by its name), and set 53's file was only loaded by
the similarity script, which never printed its lines. The two dumps (every line of hold-out sets 1-52, training lines)
were only read by a similarity script that printed this set's lines and ratios, never the dumps' lines. No line is
copied from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio()
with the default settings, taken both ways round) against every line of the earlier hold-out sets' dump is at most 0.5
(highest 0.493), against every line of the training-line dump at most 0.5 (highest 0.500), no two lines of this set
exceed 0.5 against each other (highest 0.370), and against set 53 the highest is 0.431. Eight lines that first stood
above 0.5 were rewritten, one of them twice (nine rewrites): seven against the hold-out dump (0.582 at most: a warning
quoting a fake ETC notice, which stood at 0.554 after its first rewrite and was rewritten again as a description without
the quote, a wedding date and time, a group rule banning this topic's ads, a removed advertiser's notice, an English
line about a nail salon, a hair salon's WhatsApp ad and a mobile number spaced digit by digit, the last also at 0.537
against the training dump) and one against the training dump only (0.509: a member asking for a barber for a small boy);
none stood above 0.5 against set 53. One heavy line was reworded afterwards to name its offer (a nail apprentice class),
and all lines were checked again. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 54 focuses on fake service notices and phishing pushed into groups (a 'JD after-sales' full refund for faulty
appliances, 'SF' and courier lost-parcel compensation at three times the fee, ETC cards 'stopped' after a system upgrade
and 'activation' at the door, medical-insurance cards 'replaced' or 'activated' with a paid health card, student-loan
accounts to 'cancel' for one's credit record, flight cancellations with a link for rebooking and compensation, frozen
Alipay and WeChat accounts 'unfrozen' by a team, a 'refund' that starts with a screenshot of one's balance) and on
beauty and wedding trades (outdoor wedding photos in Sanya, ID and Korean-style portraits, a worn-once wedding dress,
bridal make-up at four in the morning, wedding planners and hosts, wedding-car fleets, wedding videographers, nail
salons and home manicures, eyelash extensions, hair salons and home hairdressers, beauty parlours pushing prepaid cards
and skin care, tattoo studios and eyebrow embroidery with its free touch-ups), beside ordinary chat in brides' and
bridesmaids' groups, beauty-shop customer groups, a beauty salon's VIP customer group, neighbourhood groups, company
work groups, a parents' class group and an alumni group. It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain id after “加我微信”; “vx：”; “加v：”; “wx：”; “V❤：”; “QQ” with a number; a “群号” with the wedding date as a
note; “私我” (a wife's nail salon); “私聊”; a phishing link; an e-mail address; a WhatsApp number with +65; an “电报” @handle;
a younger sister's 抖音号; a 小红书 name to search; a 闲鱼 name to search; a mobile after “请致电” and a name; “（微信同号）” after the
number; a 公众号 with a reply word; a cousin's wedding videos on 快手; a salon's landline; a 微博 @name with “私信”; a 大众点评 name
to search; a LINE ID) and 14 moderately (every digit spaced; Chinese digits run together; circled digits with ⓪; 腰/洞
mixed with cheque numerals; “扣扣” with Chinese digits; “鹅群” with Chinese digits in groups; the homophone “薇❤”; a
full-width id after “ｖｘ”; “w e i x i n” spelt out with a spaced-letter id; a t.cn short link without its scheme; digits
mixing Arabic and Chinese; the homophone “徽信”; the slang “卫星” for 微信; the penguin emoji “🐧” for QQ) and 10 heavily, with
disguises the docstrings read do not list (a mobile number in look-alike letters, “l3B ZGT OSI gA”, “字母当数字认”; a mobile
number read out as one big quantity, “一百五十九亿二千七百三十八万四千零六十一”; digits as the letters' places in the alphabet, “a h g c f d
i b j e a”, “j当零”; a WeChat id in regional-indicator letters, “🇻 🇽 ： 🇲 🇪 🇮…”; a group number as playing cards, “♠3 ♥8 ♣4
♦6… A算一”; a mobile number with a combining strike-through on every digit, “1̶8̶6̶2̶…”, “横线不用管”; a QQ number in solfège,
“咪嗦来西哆拉拉发咪”, “哆是一西是七”; a group number as dice faces, “⚂⚄⚀⚅⚁…”, “数点数就行”; 微信 and the digits in zhuyin (bopomofo), “ㄨㄟˊ
ㄒㄧㄣˋ：ㄧ ㄙㄢ ㄑㄧ ㄅㄚ…”; “ᴠx” and the id in small capitals, “ʜᴜɴʟɪᴄᴇʜᴜᴀ_ᴢʜᴏᴜ”) and 12 subtle (an offer with a call to action
only, none quoted by the docstrings the writer read): a free eyebrow sketch in the clubhouse on Saturday at two with
embroidery on the spot, “来了报楼号就行”; two prepaid beauty cards sold on, “谁要今晚把钱转我，明天带你去店里改名字”; an ETC 're-certification'
mini program, “点我头像旁边那个小程序”; lost parcels, “回复“理赔”两个字加上你的单号”; home eyelash extensions with a 接龙 of free times the seller
starts; a medical-insurance card 'activation' tent at the village committee's gate at nine; wedding videography,
“把请帖拍一张甩群里”; a live stream on cancelling student-loan accounts, “直播间入口挂在我朋友圈置顶”; a hairdresser working from home on
Mondays, “提前一天在群里说时间”; a 'refund' that asks for screenshots of Alipay balances in the group; a tattoo shop above the KFC
with a password, “进门说暗号“老街坊””; bridal make-up booked with a 200-yuan red packet, “先到先得”. About 15 positives are written
the way members casually sell in a group (a wife's nail salon, a younger sister's tattoo studio, a cousin's wedding
videos, the writer's own worn-once wedding dress, the writer's own home manicures, bridal make-up and eyebrow touch-ups,
and the subtle lines' eyebrow sketches in the clubhouse, prepaid cards sold on, home eyelashes, wedding videography,
home haircuts, a childhood friend's tattoo shop and bridal make-up for a red packet).

- `POSITIVE_54` (60 lines): a 'JD' refund (加我微信), outdoor wedding photos (vx), eyelash extensions (加v), a fake ETC stop
  (wx), eyebrow embroidery (V❤), student-loan 'cancellation' (QQ), a bridal make-up group (群号), a wife's nail salon
  (私我), medical-insurance card 'replacement' (私聊), flight-cancellation 'compensation' (link), wedding plans and quotes
  (e-mail), a hair salon in Singapore (WhatsApp), 'unfreezing' accounts (电报), a younger sister's tattoo studio (抖音号), a
  photo studio (小红书), a worn-once wedding dress (闲鱼), lost-parcel 'compensation' (mobile), bridal make-up (微信同号), a
  beauty parlour's double top-up (公众号), a cousin's wedding videos (快手), a hair salon's anniversary cards (landline),
  wedding planning (微博), eyelashes and nails (大众点评), eyebrows for Taiwan (LINE); then free eyebrow touch-ups (spaced
  digits), a wedding-car fleet (Chinese digits), home manicures (circled digits), a 'refund line' (腰/洞 and cheque
  numerals), student-loan 'cancellation' (扣扣), an embroidery course group (鹅群), nail designs (薇❤), skin care
  (full-width), wedding photos (spelt-out weixin), lost-parcel 'compensation' (short link), ETC 'activation' at the door
  (mixed digits), a 'JD refund' (徽信), a wedding host (卫星), tattoo designs (🐧); the ten heavy lines (eyebrow embroidery,
  a wedding-car fleet, a 'claims officer', eyelash extensions, a bridal make-up course group, lost-parcel
  'compensation', a nail apprentice class, a beauty parlour's members' group, flight rebooking, wedding planning); and
  the 12 subtle lines.
- `NEGATIVE_54` (100 lines): 20 that look dangerous at first sight (SF's official 95338 on insured parcels, a bank
  counter on the ETC text, a wedding-shop contract number, a nail girl who added the writer on WeChat, a wedding
  company's group for the run of the day, 12393 for medical insurance, 学信网 and the state bank's app for student loans,
  95530 after a cancelled flight, a hair-salon card after a transfer, bridesmaids' sizes ordered on Taobao, a refund
  e-mail deleted, an eyebrow shop's prices, a parcel station's number on its door, the planner's mobile passed on to the
  groomsmen, Taobao's own after-sales page, 12315 after a beauty parlour closed, 95188 after a frozen account, photos on
  a cloud drive sent to the bride, a store's balance mini program, the banquet manager's number given to a father); 10
  members asking or recommending (a studio without forced extras, an eyelash artist, checking a medical-card text, a
  lost parcel, a barber for a small boy, washing after eyebrow embroidery, bargaining on banquet tables, a refund after
  a cancelled flight, repaying a student loan early, baby photos at home); 10 warnings or complaints quoting or
  describing the scam (a fake JD 'double compensation' with screen sharing, a fake ETC certification text, 'cancel your
  student loan or hurt your credit', flight 'compensation' with a deposit, the prepaid-card routine on the massage bed,
  'your medical card will be frozen', 'free touch-ups for life', a wedding company vanishing with deposits,
  courier-claim callers who know your parcel number, 'pay a fee to unfreeze'); 17 lines with numbers that are not
  contacts (a refund's order number, a banquet's lucky hour, a manicure appointment, an SF tracking number, bridesmaid
  dresses, a Tencent Meeting number, a hospital bill refunded, a delayed flight and gate, a flat number, a student loan
  paid off, a finance extension, a perm's price, a parents' meeting room, a property fee, a pickup code, a double ETC
  toll, an alumni dinner); 7 organisers' and admins' own notices (a ban naming prepaid beauty cards, eyebrow and tattoo
  touting, photo studio and wedding touting and fake refund 'customer service', a removed fake claims officer, a warning
  about bank-card links, an anti-fraud talk, a beauty salon's VIP members' day, a company's party costumes, class photos
  without make-up); 27 lines of everyday chat (bare-faced ID photos, a new short haircut, a long day of wedding photos,
  many weddings in October, a mother's tea ceremony, nails and dishes, rain and outdoor shots, a groom's fumbled vows, a
  late parcel, the ETC 'inspection' that was fake, itchy eyelashes, a rented suit's lost button, a family photo, make-up
  at the annual party, a loud new barber, removing tattoos, red envelopes at a wedding, an airport hotel, student loans
  in hindsight, a flattering beautician, a flying veil, uneven eyebrows, parents' medical cards on the phone, two lost
  parcels in a month, a closing wedding shop, a bunk-mate now a father, a child's essay); 5 heated arguments without any
  selling; two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Fake service
notices that send members to an outside contact, link or mini program count as solicitation. Genuinely ambiguous lines
were dropped. One message per line.
"""

POSITIVE_54 = """
【京东售后】近期部分家电订单因质检不合格可申请全额退款，群里收到通知的朋友加我微信 jdsh_tuikuan88 核对订单，款项原路退回
婚纱照外景国庆档还剩四个空位，三亚双机位含服装造型六千八，vx：yuguang_studio
美睫店新开业，单根嫁接前三十位只要九十九，需要的加v：meijie_xiaotao
车主请注意：ETC卡因系统升级本周五起停用，未重新认证的尽快办理，wx：etc_renzheng365
半永久雾眉线条眉都做，自然不晕染，明星同款眉形，V❤：wenxiu_anna
学生贷账户注销通知：已毕业未注销的将影响个人征信，联系注销专员 QQ 2861473095
新娘跟妆交流群，化妆师档期和报价都在群里，群号 738216549，进群备注婚期
我老婆开的美甲店这个月做款式送手部护理，住附近的私我
医保卡年底统一换新，旧卡一律作废，不会在手机上弄的私聊，我帮你们线上办好
因天气原因航班取消的旅客，请点击 http://hangban-gaiqian.cc/cx 办理改签并领取补偿，需填写身份证和银行卡
婚礼策划方案和报价单要的发邮件到 xiyue_wedding@163.com，我们两天内回复
人在新加坡的朋友烫发染发可以来我们店，老板和师傅都讲中文，WhatsApp 联系 +65 8271 4093
支付宝、微信账户被风控冻结的可以解，专业团队处理，电报 @jiedong_kefu
我妹开的纹身工作室，作品都发在抖音上，搜抖音号 cicitattoo_77 就能看到
想拍韩式证件照和写真的去小红书搜“光影里照相馆”，下单备注群友立减五十
婚纱只穿过一次，九成新，闲鱼搜“小鹿的衣橱”就挂在那，便宜出
快递丢件理赔：快递员已登记您的单号，请致电 15923847061 王专员办理，赔付三倍运费
上门新娘化妆，凌晨四点出门也接，13718265490（微信同号）
美容院会员卡充三千送三千，关注公众号“悦颜美学”回复“充值”领取名额
我表哥做婚礼跟拍的，快手搜“阿强婚礼跟拍”，价格很实在，提我名字还能少点
丽发美发沙龙周年庆，充一千送八百，烫染护理全场通用，预约电话 0571-87623941
做过的婚礼案例我都发在微博了，微博搜@小满婚礼策划，私信拿报价
睫毛嫁接和美甲大众点评搜“睫语美学”，到店说群里来的送下睫毛
台湾的朋友想做雾眉可以找我，LINE ID：meibrow_tw88，照片先传给我看
眉毛掉色的老顾客可以回店免费补，预约号码 1 3 9 2 8 4 7 6 0 1 5
婚车车队出租，奔驰十二辆头车加花，电话一五九零二七三八四六一
上门美甲不用出门，手机①③⑥⑦⑤⓪②⑧④⑨①，约时间就行
退款专线：腰三捌 贰洞肆柒 伍腰玖陆，订单有问题的都可以打
学生贷注销找扣扣：三八二七五一九零四，半小时办完
想学纹绣技术的进鹅群 四七二 八八一 零六三，包教包会
做指甲的加薇❤ xiaolu-nail，款式图我发你挑
ｖｘ：ｍｅｉｒｏｎｇ０８，皮肤管理体验价六十八一次
w e i x i n：h u n s h a 2 0 2 6，拍婚纱照的来咨询
t.cn/A6x8Kp 点进去填单号，丢失的包裹按价值赔付
ETC激活补办找我，1五8 二7六3 9零4一，上门服务
徽信 jd-kefu007，退款没到账的找我查
婚礼主持司仪档期还有，加卫星：hunli_xiaozhou，视频先发你看
🐧：4928 3617 05，纹身图案免费设计
约纹眉打这个号，字母当数字认：l3B ZGT OSI gA
婚车租赁找我，手机号当成一个数念就是一百五十九亿二千七百三十八万四千零六十一
理赔专员手机：a h g c f d i b j e a，字母排第几就是几，j当零
嫁接睫毛一百九十九全包，想约的加 🇻 🇽 ： 🇲 🇪 🇮 🇯 🇮 🇪 🇱 🇮 🇳
新娘化妆学习群，群号藏在牌里：♠3 ♥8 ♣4 ♦6 ♠5 ♥2 ♣A 按顺序读，A算一
丢件三倍赔付，联系李专员 1̶8̶6̶2̶3̶9̶4̶7̶0̶5̶1̶ 中间那条横线不用管，照着打就行
美甲学徒班还收三个人，Q号用简谱唱出来：咪嗦来西哆拉拉发咪，哆是一西是七，学过音乐的都会
美容院会员福利群，群号是掷骰子掷出来的：⚂⚄⚀⚅⚁⚃⚄⚀⚂，数点数就行
航班取消改签找ㄨㄟˊ ㄒㄧㄣˋ：ㄧ ㄙㄢ ㄑㄧ ㄅㄚ ㄌㄧㄥˊ ㄙˋ ㄐㄧㄡˇ ㄦˋ ㄌㄧㄡˋ ㄨˇ ㄧ，注音看得懂的来
婚礼策划一站式，场地布置到司仪全包，ᴠx：ʜᴜɴʟɪᴄᴇʜᴜᴀ_ᴢʜᴏᴜ
周六下午两点我在小区会所给大家免费画眉形，画好了满意的当场纹，三百八一位，来了报楼号就行
美容院储值卡还剩两张转让，充五千送两千五那种，三千五就出，谁要今晚把钱转我，明天带你去店里改名字
ETC要重新认证的点我头像旁边那个小程序，车牌和卡号填进去就行，今天不弄明天就停用
快递丢了别找快递公司，回复“理赔”两个字加上你的单号，我统一帮大家报上去
下周三上门做睫毛，一人一百二，想做的接龙写上哪天几点有空：1. 小敏 下午三点
医保卡要激活的明早九点带身份证到村委会门口蓝色帐篷，现场帮办，健康卡一百元一张顺便办了
婚礼跟拍十月还有三天空档，一天两千五，谁家要办酒的把请帖拍一张甩群里，我挨个联系
今晚九点我直播教大家注销学生贷账户，一个账户收九十九，直播间入口挂在我朋友圈置顶
发型师周一店休，我在家接活，剪发三十烫染两百，想来的提前一天在群里说时间，五号楼二单元
退款的事不急，先把支付宝余额页面截图发群里，我一个个看谁能退
纹身店老板是我发小，群友去打八五折，就在步行街肯德基楼上，进门说暗号“老街坊”
新娘跟妆还能接两单，四月二十和五一当天，想定的给我发个两百的红包当定金，先到先得
"""

NEGATIVE_54 = """
我刚打顺丰官方的95338问过了，丢件按保价赔，没保价的最多赔运费的七倍
ETC停用那条短信我拿去银行柜台问了，人家说压根没这回事，卡好好的
婚纱店合同编号HS20261103-027，尾款写的是到店刷卡，不走个人转账
给我做指甲的小姑娘加了我微信，每次做完都发新款式照片给我，挺用心的
婚庆公司拉了个对流程的群，司仪摄像化妆师都在里面，我已经进去了
医保卡有问题打12393问医保局，别的陌生号码一律不用理
助学贷款的事去学信网和国开行的官方app查，别信电话里说的什么注销
航班取消我是在东航app里自己改签的，打95530排了四十分钟才接通
理发店那张卡我还剩八百多，老板说转店了照样认，我明天当面问问他
伴娘们把尺码报一下，S码M码各几件，我在淘宝统一下单
QQ邮箱收到一封退款通知，发件地址一串乱码，我直接删了
那家纹眉店我问过价，雾眉一千二，送一次补色，我没办卡就走了
驿站丢件找驿站自己，电话就贴在驿站门口的玻璃上，别在群里留手机号
婚礼当天对接人是策划小周，她的手机号我私发给伴郎伴娘了，大家存一下
淘宝退款就在订单页点申请售后，正规客服从来不会让你加个人微信
我在美容院充了两千，老板卷钱跑了，12315那边已经受理，回执我截图了
支付宝冻结是我自己输错五次密码，打95188解的，半小时就恢复了
摄影师把底片传到网盘了，链接我单独发给新娘，其他人别外传哈
店长说会员卡余额在店里的小程序就能查，不用每次打电话问前台
男方那边一共三十二桌，酒店宴会经理的电话我已经给你爸了
有没有哪家婚纱摄影不强制加钱的？上次选片被加到怕了
求推荐个手艺稳的美睫师，上次接的一周就掉了一半
问一下大家，收到短信说医保卡月底停用，这个怎么核实真假
快递丢了商家说不归他管，到底该找谁？懂的姐妹说说
想找个给小男孩理发手艺好的师傅，咱们这附近有熟悉的吗，光会推卡的就算了
纹完眉结痂期间能洗脸吗，做过的说说经验
婚宴酒店你们都是怎么砍价的，一桌三千八是不是贵了点
航班被取消，航司只给改签不给退票，这种能争取全退吗
有人提前还过生源地助学贷款吗，要去哪里办手续
想给闺女拍百天照，有没有上门拍的推荐，不想抱着孩子跑影楼
大家注意，有人冒充京东客服说“您买的商品有质量问题，可以申请双倍赔偿”，接着让你开屏幕共享，千万别照做
ETC那套骗局又轮到我家老爷子了：短信里放个网址，吓唬说不去认证就停卡扣费，他差点照着填了
提醒一句：说“学生贷账户不注销会影响征信”的电话全是骗子，助学贷款没有注销这一说
刚才那个说航班取消能领三百补偿、先要你交保证金的，别理他
美容院推卡的路数：先说免费体验，躺上床了就说你皮肤问题很严重，不办卡不让走
看到有人转“医保卡即将冻结，请联系医保专员处理”，医保卡根本不是这么冻结的
纹绣店嘴上说“终身免费补色”，一年后老板换人了，终身就没了，别信这种话
新闻说有家婚庆公司收了几十对新人的定金后人间蒸发，定金能少交就少交
快递理赔的骗局是这样的：对方报得出你的名字和单号，然后让你下个会议软件，大家小心
千万别信“账户异常需缴纳解冻金”，支付宝和银行从来不收这种钱
订单尾号7720那笔退款到账了，前后用了五个工作日
提醒亲戚们：十月十八号中午的喜酒吉时是11:58，上三楼宴会厅，电梯在大堂左手边
我约了周四下午三点半做指甲，做完刚好去接孩子放学
单号SF1402876635291，在转运中心躺了三天没动
伴娘服一套268，六个人一共1608，钱我先垫上了
腾讯会议 852-316-947，下午两点线上对一下婚礼流程，新人都要在
医保报销到账了，住院花了一万二，报回来八千四
MU5137推迟到晚上九点四十，登机口改成C16了
我家是1203，门口那箱快递不是我的，谁的赶紧拿走
学生贷一共借了三万二，今年最后一期还完了，终于轻松
报销找财务打分机8023，小林这周都在
那家店烫一次头380，我半年才去一次
五年级二班家长会周五下午四点，在二楼305教室
物业费每平米2.8元，12月31号前交清打九五折
取件码6-2-3017，我帮你拿了放你家门口鞋柜上
ETC同一段路扣了两次，每次42块，已经申请退回一笔
校友会聚餐定12月6号，目前报了37个人，每人AA一百五
新群规今天起执行：办卡推销、纹绣纹身拉客、影楼婚庆揽活，还有所谓退款理赔客服的消息都不许发，违者先警告，再犯移出
那个自称快递理赔员的已经被我移出去了，谁私下加过他的注意，收到的验证码别告诉任何人
管理员提醒：物业从来不会在群里让大家填银行卡信息，看到这类链接截图发我
本周六上午社区有防诈骗讲座，地点在居委会二楼，欢迎带家里老人来听
VIP群通知：本月会员日是25号，当天到店消费积分翻倍，储值卡价格不变
年会服装统一租借，尺码表周三下班前交给行政小陈
下周一拍毕业照，请孩子们穿校服来，女孩子不要化妆
我觉得还是素颜拍证件照最好看，修多了反而不像本人
昨天去剪了个短发，同事都说年轻了五岁
婚纱照拍了一整天，脚都站肿了，化妆师倒是挺有耐心
今年结婚的人好多，十月份我已经收了四张请帖了
我妈非要在婚礼上加个敬茶环节，我和老公都拗不过她
做了一次美甲以后手都不敢洗碗了，我老公只好全包
又下雨了，明天外景怕是拍不成，只能改室内
新郎紧张得誓词念错两次，全场都笑疯了
我那快递到现在都没到，客服说在找，先等等吧
今天去银行才知道ETC卡要年检是假的，白担心一晚上
接睫毛真的不适合我，眼睛痒了三天，以后不弄了
伴郎团的衣服是租的，还的时候发现少了一颗扣子
周末带孩子去拍了全家福，老大全程不配合，就一张能用
我们公司年会要求女生化妆，我连粉底都没有
楼下新开了一家理发店，门口天天放很大声的音乐
纹身这种东西还是想清楚再弄，洗掉比纹上去疼多了
婚礼那天好多亲戚都是第一次见，红包收得手软
航班取消后在机场酒店住了一晚，航司安排的，条件还行
刚毕业那会儿觉得学生贷好多，现在回头看也就那样
美容院的小姑娘嘴太甜了，每次去都夸我皮肤好
我同学婚礼办在草坪上，风一吹头纱直接飞了
今天发现眉毛左右不对称，对着镜子修了半小时
爸妈的医保卡我帮着在手机上绑定了，以后看病直接扫码
快递员说丢件的概率很小，结果我一个月丢了两次
小区门口那家婚纱店要关门了，橱窗里的衣服都撤了
毕业十年了，当年睡我上铺的兄弟现在都当爸爸了
老师说孩子这次作文写得挺有意思，晚上回家好好夸了他一顿
你们的婚礼跟拍也太敷衍了，整场下来就拍了两百张，一半还是糊的
明明说好的剪短一点，你给我剪成板寸，叫你们店长出来说话
退款拖了一个月都没到，每次打客服都说在处理，你们还要处理多久
群里那个一直刷屏的能不能消停会儿，谁都没问你
你说美容院好那你自己去办卡，别天天在群里劝别人，烦不烦
Got my refund from the airline after three weeks, only by calling their official hotline.
Any nail place near our office that will do a manicure without booking on a Saturday morning?
婚紗照終於拿到了，相冊比想像中厚，很滿意
大家收到「包裹遺失理賠」的簡訊千萬別點連結，那是假的
"""
