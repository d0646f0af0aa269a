"""Hold-out set 29 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-28 (see holdout_data.py), at the same time as set 30 (written by another helper; this set
was checked against set 30's file as it stood when this one was finished: highest ratio 0.41). The writer read
no detector code, word list, rulebook, model, training-data generator, test or detection doc, ran no detector
on these lines and did not run bench_holdout.py or any other benchmark; holdout_data.py (lines 1-135, its
docstring) was opened only for the labelling rules and the history of earlier sets, and holdout27_lines.py and
holdout28_lines.py only for the file format and their docstrings' topic lists and calls (to avoid repeating
them; their lines were not read). The two dumps (earlier hold-out lines, training lines) were only read by a
similarity script, never line by line. No line is copied from earlier sets or from the training lines: every
line's difflib ratio (SequenceMatcher(None, a, b).ratio()) against every line of the earlier hold-out sets'
dump and of the training-line dump is at most 0.5, and no two lines of this set exceed 0.5 against each other
(the highest pair within the set is 0.41). The lines are meant to be scored once, blind; tuning on their
errors would spoil them.

Set 29 focuses on hotels, guesthouses and B&B (民宿) operators, exhibitions, trade fairs and event planning,
advertising and media agencies, translation and interpreting services, and cross-border e-commerce sellers
(Amazon, Temu, TikTok Shop) and their suppliers. It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain id, phone number, landline, QQ number or link, "加v", "vx", "wx", "V❤", "加微", "加微信",
"微信", "vx同号", "微信同号", "联系人", a 1688 shop name, a Taobao shop link) and 14 moderately (spaced digits,
Chinese digits, circled digits with ⓪, a spaced 🐧 group number, 幺 for 1, full-width digits, upper-case
Chinese digits, "纸飞机" and "Telegram" with a handle, t.cn and url.cn short links, "微 信" with an id spelt in
spaced letters, "v" with a spaced-letter id, "扣扣" with Chinese digits, 〇 and 幺) and 10 heavily
(traditional script with the look-alike "溦訫", run-together pinyin for an Amazon store-incubation ad
("tianjia weixin"), the homophone "卫星", the split "耳关系" for 联系 with Chinese digits, Cyrillic "ԝх",
mathematical monospace "𝚟𝚡" with a monospace id, small capitals "ᴡx" with a small-capital id, regional-indicator
letters "🇻 🇽", traditional script with "聯絡電話" and upper-case digits with 〇, negative squared "🆅🆇") and 12
subtle (an offer with a call to action only, none listed by earlier sets' docstrings that the writer read:
"报个日子我给你留房", "明早撤展前到5号馆B12拿", "要的文件直接转我就行", "看中了给我点个赞我来找你",
"在群里报个行业，我按行业排档期", "需要订房的把行程截图戳我", "要的门口挂个袋子", "提前三天打个招呼就行",
"回个收货城市明天统一发顺丰", "谁家需要的直接派活给她", "行程定了先来占个位", "来厂里喝茶慢慢谈").
About 15 positives are written the way members casually sell in a group (a family guesthouse by a stone
bridge, a husband who interprets, leftover Christmas lights, relabelling in a small Yiwu warehouse, roll-up
banners and trusses left from a fair, weekend rooms, sample shelves from a booth, CV and abstract
translation, osmanthus rice wine, an emcee and magician, a daughter studying German, a market-tour
interpreter, pet leashes from a family factory, a hotel employee's staff rate, trade-fair work passes).

- `POSITIVE_29` (60 lines): off-season B&B rooms, Canton Fair hotel rooms, booth design and building, Amazon
  store management, minor-language translation, a TikTok Shop store for sale, Temu fulfilment from Yiwu, bus
  and lift advertising, event planning, a guesthouse for transfer (link), Amazon review-boosting, simultaneous
  interpreting equipment, WeChat Moments and Douyin ad accounts, FBA packaging, Sanya hotels, printed
  exhibition gifts, an overseas warehouse, hotel linen laundry, certified document translation, and the
  casual lines above; then a booth factory (spaced digits), B&B management (Chinese digits), a shared
  product-research tool (circled digits), a Temu QQ group, a translation agency (幺), trade-fair coaches
  (full-width), signboards (upper-case digits), Amazon payment accounts and VAT (纸飞机), TikTok influencer
  outreach (Telegram), overseas-fair packages and B&B interior design (short links), live-stream interpreting
  jobs and Shopify sites (spaced letters), CIIE work passes (扣扣); a guesthouse to sublet (traditional),
  Amazon store incubation (pinyin), contract translation (卫星), light boxes (耳关系), Amazon refund reviews
  (Cyrillic), buffet vouchers (monospace), Temu listing work (small capitals), a parcel line (regional
  indicators), conference interpreting (traditional), hostesses and promoters (🆅🆇); and the 12 subtle lines.
- `NEGATIVE_29` (100 lines): 21 that look dangerous at first sight (a new receptionist's WeChat, passes in
  the organiser's mini-program, a housekeeping supervisor's phone, a draft sent by 私聊, an Amazon warning
  with "加我", a finance officer's WeCom card, the organiser's landline and extension, an Amazon order
  number, a door code, a DingTalk build-up group, a sound engineer's phone sent privately, an influencer's
  agent, a forwarder's QQ asked for, an interpreter's phone tail, a booth number, Temu price-check links, a
  temporary front-desk number, ad-account passwords, the organiser's operator added on WeChat, an invitation
  letter by e-mail, work on WeCom rather than private WeChat); 11 members asking or looking for something
  (a German translator, a dog-friendly B&B, a Canton Fair hotel, a booth builder, first-leg freight, TikTok
  commission rates, mattress makers, a court-certified translation firm, a CIIE pass, a magician, an
  exhibitor list); 11 warnings or complaints quoting the ad (review jobs, a free-booth deposit, a fake
  complaint text to B&B owners, a zero-cost TikTok store, ad-posting side jobs, a "booth confirmation fee",
  fake front-desk refunds, translation membership fees, a fake Temu manager, a warehouse that held goods,
  fake invoices reported); lines with numbers that are not contacts (occupancy and room numbers, exhibitor
  counts, ad spend and ROI, a staff number, an invoice amount, room rates, live-stream orders, visitor
  counts, parking fees, booth and hall numbers); organisers' and firms' own notices and sign-up lists (a
  trade-fair 接龙, a weekly meeting, a B&B association meeting, vehicle entry for set-up, fire checks, group
  rules, a team outing, a VAT deadline); heated arguments and complaints (late booth builders, low
  translation rates, check-out time, a logo, renders against the real booth, an impossible deadline, a
  picky client); ordinary work chat; two traditional-script lines, one with full-width digits, and two English
  or mixed lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's or firm's own notice inside its own
group is not, nor is a member asking for or recommending something inside the group, nor a contact passed
on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_29 = """
大理洱海边民宿淡季特价，海景房198一晚含早，订房加v：erhai_stay88
广交会期间琶洲附近酒店还能拿到二十几间协议房，急需的vx：canton_room2026
专业展台设计搭建，特装标摊都做，深圳会展中心常驻团队，电话13826471953
亚马逊店铺代运营，新品打造、广告调价、listing优化一条龙，wx：amz_yunying01
英日韩德法小语种笔译口译，合同、说明书、专利都接，加微 fanyi_laowang
TikTok Shop美区小店出售，已过审带保证金，有意的私我V❤：tkshop_us7
Temu半托管卖家看过来，义乌仓一件代发，承接家居小件，微信同号15957926310
公交车身、电梯框架广告位招商，本月签约送两周，联系人刘经理 18607315528
婚礼、年会、开业庆典活动策划执行，舞台灯光音响全包，加微信 huodong_xiaozhou
莫干山精品民宿整栋转让，12间房证照齐全，详情看 https://minsu-zr.cn/mgs12
亚马逊测评补单，真实买家账号，留评率高，vx同号 17788465203
商务会议同传设备出租，可以带译员，加v：tongchuan_rent
朋友圈广告、抖音信息流开户代投，返点高，wx：xinxiliu_kaihu
跨境电商包装盒、气泡袋工厂直供，FBA箱规都能做，1688店铺搜“恒利包装”
去三亚玩的可以找我订酒店，协议价比平台便宜一两百，微信 sanya_jiudian_ling
展会礼品定制，帆布袋、U盘、保温杯印logo，三天出货，电话0579-85321674
海外仓一件代发，美西美东都有仓，Temu和TikTok卖家都在用，联系Q：2837465091
酒店布草清洗配送，床单被套毛巾日结，民宿老板加我微信lincao_xiyi
证件翻译盖章，出国留学签证都认，当天出件，拍这个店下单 https://shop562093817.taobao.com
我家民宿就在古镇石桥边，国庆还剩两间，想来住的加我v：guzhen_ajie
老公做同声传译十几年了，谁单位开会缺人可以找他，电话13957318824
自己卖亚马逊剩下的圣诞灯串还有三百多条，成本价清，加微 xiaomei_dengchuan
我在义乌有个小仓库，顺便帮人贴标换标，一件五毛，需要的加v：yw_tiebiao
上周展会剩下的易拉宝和桁架便宜处理，人在广州，vx：zhanjia_chuli
深圳本地展台工厂，木结构铝型材都能做，报价透明，电话 1 3 8 2 6 5 4 1 7 0 9
民宿代运营托管，OTA上线、保洁、接单全包，联系 一三九 六八七二 五五四零
亚马逊选品工具共享账号，月付三十，Q ①⑧⑤⑦③⑥④②⑨⓪
Temu核价和选品技巧交流，🐧群 763 829 150 进群备注类目
正规翻译社，母语译员审校，出国材料加急，电话幺三八 幺七六五 四二九零
广交会期间包车接送客商，大巴中巴商务车都有，电话：１５８６７２３４９０１
户外大牌、门头招牌、喷绘写真一条龙，联系壹伍玖捌柒陆伍肆叁贰壹
亚马逊美国站收款账户、欧洲VAT注册代办，纸飞机 @amzvat_helper
TikTok达人建联和寄样外包，按单收费，Telegram：tk_kol_link
德国、迪拜海外展会签证机票酒店打包价，行程表戳 t.cn/A6xK3pQz
民宿软装设计，北欧侘寂原木风都做过，案例合集 url.cn/4Qd7xTb
日韩语直播间翻译兼职，日结工资，微 信：f a n y i 0 7 7
跨境独立站搭建，Shopify主题定制开发，v：s h o p i f y _ d a v e
我们做进博会展台的还有几个工作证名额，要的扣扣 三〇七九二幺五八八
民宿客棧整棟轉租，三十間房帶院子，有意請加溦訫：kezhan_lj
Yamaxun xindian fuhua, sanshi tian bao chudan, you xuyao de tianjia weixin amz_fuhua66
合同标书专利说明书翻译接单，价格实惠，加我卫星 fanyi_jie
门头灯箱广告牌制作安装，耳关系 一八六〇七三二五五四八
Amazon测评返款，好评返现一单结一单，加ԝх：cp_fankuan
五星酒店自助餐券低价转，𝚟𝚡：𝚑𝚘𝚝𝚎𝚕𝚚𝚞𝚊𝚗𝟾𝟾
Temu半托管上新代做，主图详情页全包，加ᴡx：ᴛᴇᴍᴜ_ʙᴀɴᴛᴜᴏ
跨境小包专线，美国七天妥投，加🇻 🇽 wuliu_zhuanxian
專業會議口譯陪同，英俄阿語，聯絡電話：壹叁捌〇柒伍贰陆肆玖壹
展会模特礼仪、临时促销员都能派，🆅🆇：liyi_paidan
古镇上我家的民宿这周末还空三间，报个日子我给你留房
展位上撤下来的样品货架八成新，一百一个，明早撤展前到5号馆B12拿
简历、论文摘要英译中译英都行，千字一百五，要的文件直接转我就行
Temu爆款小风扇工厂尾货两千个，单价六块，看中了给我点个赞我来找你
公司电梯屏下个月还有空档，想投放的老板在群里报个行业，我按行业排档期
在锦江酒店做销售，员工价开放给群友，需要订房的把行程截图戳我
民宿自酿的桂花酒酿，一罐三十，下周回城顺便捎，要的门口挂个袋子
年会主持、暖场魔术都能接，价格好商量，老板们提前三天打个招呼就行
我们厂做手机支架，亚马逊卖家拿样免费，想要的回个收货城市明天统一发顺丰
女儿德语专业在读，寒假想接点翻译，价格随意，谁家需要的直接派活给她
带外商逛义乌市场的陪同翻译，一天八百，行程定了先来占个位
自家工厂的宠物牵引绳，Temu核价都能过，卖家朋友们来厂里喝茶慢慢谈
""".strip()

NEGATIVE_29 = """
前台新来的小陈微信是 xc_qiantai，夜班有客人投诉直接找她
参展证统一在主办方小程序里领，入口我放群公告了，陌生人发的链接别点
客房部王姐电话13706452281，明天布草盘点有问题直接问她
翻译稿我私聊发你了，第三段那几个术语你再核一下
亚马逊后台账户健康有个黄色警告，运营小李加我一下，截图发你看
客户说发票抬头写错了字，让他直接找财务孙姐，孙姐的企业微信名片发你了
这次对接人是主办方周经理，座机020-89127765转806
订单号114-3826571-2093347的买家说收到的杯子碎了，谁跟一下
民宿大门密码改成250813了，保洁阿姨记一下，别往外说
布展期间工作群改到钉钉，二维码在公告里，外包的搭建师傅也要进
酒店201会议室明早八点交给我们，音响师的电话我私聊给你了
那个美妆达人的经纪人联系方式我要到了，回公司再细说
物流群里谁有那个货代的QQ？上一票货的提单到现在还没给我
明天到的日本客户由翻译小赵陪同，她手机尾号4471，接机时打给她
我们展位在3.1馆D28，客户到了报公司名字就能进
Temu后台的核价通知只看商家中心，群里转的链接一律别点
前台座机坏了，今天先用0898-88213065，携程上的电话也同步改了
投放后台的账号密码在共享表格里，千万别在群里直接发
我刚加了主办方运营的微信问过了，撤展是15号下午四点开始
签证邀请函的英文版译好了，发你邮箱了，有问题私聊我
求推荐靠谱的德语译员，技术手册大概三万字，急
有没有人知道西湖附近能带狗的民宿？两个人住两晚
广交会三期附近哪家酒店性价比高，预算五百以内，住过的说说
想找个做展台搭建的，十八平米标摊改特装，大家有推荐吗
亚马逊新手请教一下，大家头程都走哪家，时效稳不稳
有做过TikTok美区的吗，想问问达人佣金一般给几个点
我们酒店想换一批床垫，有合作过的厂家吗，推荐一下
急求能盖翻译专用章的翻译公司，材料是交给法院的
谁手里有多余的进博会工作证？单位临时多去一个人
年会想请个魔术师暖场，群里有认识的吗，预算三千左右
又有人在群里发“亚马逊测评日赚三百”，别信，上个月咱群就有人被骗两千
刚有个号私聊我说能免费拿广交会展位，先交五百押金，大家当心
收到短信说“您的民宿在平台被投诉需缴纳保证金”，附个链接，纯骗子
那个喊“TikTok小店0元开店包出单”的已经踢了，谁再发直接拉黑
“代发朋友圈广告月入过万”这种别再转进来了，群主说过见一条删一条
有自称主办方的打电话让交“展位确认费”，我问了官方，根本没这项
提醒：冒充酒店前台打电话说房费扣款失败、让扫码重付的，千万别扫
翻译兼职说先交会员费才派单的都是套路，我同学被坑了八百
有人冒充Temu招商经理收“绿色通道费”，官方早说过从不收任何费用
上回有人推的那个海外仓，货压了三个月不发，现在电话都打不通
今晚入住率92%，1208和1210还没打扫完，客房部抓紧
去深圳展会的接龙：1.张总 2.李姐 3.老周 4.小方，还要去的往后接
下周三例会改到三楼小会议室，各部门带上本月业绩
你们搭建商又拖到凌晨，明早开展前搭不完，罚款谁出？
这批FBA入仓少了12箱，物流说签收了亚马逊说没收到，正在扯皮
客人在平台上打了一星，说隔音差，老房子真没办法
谁帮我看下这句怎么翻：we regret to inform you that your booth has been relocated
千字八十连成本都不够，你们压价也得有个底线，这单我不接了
民宿协会周五下午开会，讨论淡季统一定价，会员都来一下
本届展会参展商1200家，预计观众八万人次，安保加倍
门上贴的是0506不是0605，客人今天又走错房间了
这个月广告消耗18万，ROI才1.3，老板脸都黑了
吵什么吵，退房时间中午十二点，入住单上写得清清楚楚
亚马逊又改规则了，带电池的产品危险品审核现在要等两周
工号A0317的保洁今天请假，三楼谁帮忙顶一下
发票金额43860元，税点6个，你那边对一下数
Temu今天核价又被砍了一刀，这价格我们工厂真做不了
明天布展车辆从东门进，车牌号发我，我统一报给主办方登记
晚上九点前把今天的译稿传到共享盘，文件名带上自己名字
客人把充电宝落在305了，前台先收着，等他回电话
这次展会签了14个意向客户，回来挨个跟进，别放凉了
会展中心停车一天一百二，建议大家坐地铁过去
谁把会议室投影仪的遥控器拿走了？下午还要用
上次那个客户拖了三个月款，这次合作必须先付一半
今天起标间268，大床房298，周五周六各加50，前台改一下系统
昨晚直播卖了370单，但退货率有点高，得查查原因
同传箱少了两个接收器，明天开会之前必须找到
今年年会定在酒店宴会厅，20桌，每个部门出一个节目
你这logo放那么大，客户说了要简洁，改了三版还是这样
我不是针对谁，展台效果图跟现场差太多，这钱我不认
民宿老板们注意，下月起消防检查要看烟感和灭火器，自查一下
备货别太猛，去年黑五我们压了两千件到现在还在仓里
英语不是问题，问题是这份合同里的法律术语，得找专业的人
泰国那边的酒店订好了，两晚含早，发票抬头用公司全称
供应商寄来的样品颜色偏深，我已经拍照给他们了，等回复
明天早班六点交接，夜班的别走太早，交接本要签字
这届展会人明显比去年少，很多老外都没来
客户要的德文版说明书周四交，来得及吗？来不及我跟他说
今天有个外国客人问附近哪里能换钱，我指路去了中国银行
广告牌审批下来了，下周二晚上吊装，物业那边我去说
酒店那边说包场要押金两万，我觉得太高了，再谈谈
店铺被判侵权了，是那个图案的问题，律师说可以申诉
刚在展会上碰到老同学，他现在做跨境物流，聊了一下午
加湿器放前台了，谁冷谁拿，别拿回宿舍
我们的TikTok号粉丝破十万了，大家辛苦，周五请喝奶茶
那个翻译把“保修期”译成了warranty period，没问题啊，客户瞎挑
本群只聊民宿经营，推销的、拉人进别的群的，群主看见就请出去
周日团建去农家乐，家属可以带，人数今晚报给小何
欧洲站VAT这个季度的申报截止是月底，财务记得
The booth number is Hall 5 B12, please bring your badge tomorrow
大床房那个客人又来要加床，我说加床一百他就不乐意了
别再用私人微信跟客户谈价格了，公司规定全部走企业微信留痕
老板你这个要求做不到，三天出两百页翻译，神仙也不行
有人在群里说能帮酒店开假发票，这是违法的，已经举报给平台了
哪位有上次展会的参展商名录？我想翻翻有没有老客户
旺季房价涨了，老客户打电话来抱怨，我只能说平台定的
我们部门新来的实习生叫林可，负责亚马逊客服，大家多带带
這次展會的燈光不錯，我們展位的照片拍得很好看
民宿院子裡的桂花開了，今天入住的客人都在拍照
今天客流统计：上午３２００人，下午４１００人，明天预计更多
""".strip()
