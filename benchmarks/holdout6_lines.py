"""Hold-out set 6 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-5 were used up (see holdout_data.py). The writer read no detector code, word list,
rulebook, model, training-data generator or detection doc, ran no detector on these lines and did not run
bench_holdout.py; holdout_data.py, holdout3_lines.py, holdout4_lines.py and holdout5_lines.py were opened
only for the file format and the labelling rules. No line is copied from sets 1-5: every line's difflib
ratio against every line of sets 1-5 is at most 0.5. The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 6 varies products, disguises and work topics from sets 4 and 5, in roughly the mix real spam has: many
lines plain or lightly disguised (a plain WeChat id or phone number, "加V", "vx", "威信"), some moderately
(Chinese or financial digits, full-width, spaced or circled digits, emoji stand-ins, links), some heavily
(pinyin, traditional script, look-alike letters for digits, split ids), and some subtle (a call to action
alone, or an id alone after a pitch).

- `POSITIVE_6` (60 lines): spam posted in Chinese work, community and store groups — navel oranges and
  free-range eggs sold by members, baijiu, credit repair and loans, gift-card and Baitiao/Huabei cash-out,
  renting out bank cards, like-and-follow and order-brushing jobs, stay-at-home-mum side jobs, thesis
  rewriting, lottery tips, private detectives, duty-free cigarettes, lucky phone numbers, shared AI accounts,
  home manicure, residence-permit agents, study-abroad essays, football tips, e-shop operation, bookkeeping,
  steak, dating groups, second-hand phones, replica watches, online mahjong, fake bank statements,
  luxury-liquor recycling, maternity nurses, coupon groups, male-health pills, civil-service exam classes,
  factory recruiting, Hong Kong insurance, USDT exchange, payment "score running", follower buying,
  slimming, phone top-up, piano tutoring, kids' English, locksmiths, appliance cleaning and repair, lottery
  apps, adult content and "lonely neighbours" apps, stock margin, jujubes, credit-card repayment, overseas
  warehouses, group invite links, official-account and Xiaohongshu/Douyin pulls, home renovation, Telegram
  bots. Contacts: plain ids and phone numbers, 威信, 徽, 薇信, vx, ⓥⓧ, V言, 扣扣, 🐧, QQ groups,
  Telegram/WhatsApp, WeChat Work and mini-program links, shorteners, invite codes, l/O for 1/0.
- `NEGATIVE_6` (100 lines): ordinary messages from company (trading, software, manufacturing, logistics,
  sales), department, chamber-of-commerce, shareholder (listed-company and a café's own shareholders) and
  stores' VIP customer groups (supermarket, florist, baby shop, bookstore, wine shop, car dealer, clothing),
  deliberately hard: sales-order, reimbursement, purchase-order, outbound, lot, tax, tracking, merchant,
  staff, room, extension, meeting and pickup numbers, amounts, stock codes, plate numbers, landlines and a
  colleague's mobile number, e-mail addresses; contact details shared between colleagues; 微信/QQ/加/群/
  链接/优惠/红包/兼职/加油卡/融资 in ordinary use (store staff announcing the store's own offers inside its
  VIP group); scam warnings; heated arguments; emoji and English.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); a store associate inviting VIP members to the store's
own event inside the store's VIP group is not. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_6 = """
自家果园的赣南脐橙开始摘了，10斤装包邮58，要的直接加我微信 gn_qicheng888
53度酱香纯粮酒，酒厂直供，价格只有超市一半，老板们需要的加V：MT-jiuye2026
征信花了、网贷逾期都能做，当天放款不看负债，详询威信 dk_8899kk
高价收京东E卡、沃尔玛卡、中石化加油卡，92折秒结，联系 1 3 9 · 2 7 1 6 · 0 4 5 8
出租个人银行卡一张每月给三千，安全不冻卡，有意者私聊
招兼职：抖音点赞关注一单2元，手机就能做，日结，进群领任务 群号 七三六二一九五零八
宝妈在家也能做，每天两小时，月入五千加，想了解的滴滴我
专业论文降重，知网维普万方都能过，本硕博均可，扣扣：二四七五八一三零六
六合彩内部资料，每期稳中三肖，想跟的来 tg：@lhc_neibu
私家侦探：查人找人、婚外取证，全国可接，电话 186-0217-4493
免税烟一手货源，中华、软玉溪、黄鹤楼都有，需要的看我朋友圈
手机靓号出售，尾号8888、6666、1314都有，价格美丽，vx: lianghao_168
ChatGPT Plus、Midjourney 共享账号，月付29，稳定不封号，加薇 aizhanghao01
京东白条、花呗额度秒变现，手续费低至6个点 ➕V 👉 hb6dian
上门美甲美睫，工作室的价格上门服务，东城西城都能约，微信同手机 158 1032 7769
农村散养土鸡蛋，一箱30枚45元，同城送货上门，要的群里@我或者私我
居住证、积分落户代办，包过，不成功全额退，咨询请加❤ jifenluohu-sh
英国澳洲留学文书代写，保录取，PS推荐信都能写，wechat: uk_offer_2026
足球推单，昨天红单五连，免费跟单，进群 https://t.me/+k9ZpQ2xLr0
淘宝店代运营，七天上首页，不出效果不收费 🐧 1 0 7 3 5 8 2 6 4 9
老板们公司需要做账报税的找我，小规模一个月200，电话同微 13718825046
原切牛排，酒店同款，一箱十片99包邮，下单戳链接 m.tb.cn/h.5xQzR2k
刷单返佣：垫付一单返3元，做满10单另有奖励，接单找客服 Q：3０7６2９41８
同城单身交友群，真人认证，男女比例1:1，进群先加群主 V言：tc-jiaoyou520
出二手 iPhone 15 Pro 256G，电池91%，无拆修，3900不刀，看上的私
高仿名表1:1复刻，劳力士欧米茄都有，视频验货，薇信号 ｗａｔｃｈ６６８
线上麻将斗地主真人局，上下分秒到，加微 qp-xiaoyu 上分
银行流水、工资流水代做，贷款签证都能用，纸飞机 @liushui_pro
家里有闲置茅台、五粮液、冬虫夏草的，高价回收上门看货，电话 一三五 二二一零 七七八六
金牌月嫂、育婴师，26天一万二起，有需要的宝妈私信我
jia wo wei xin: x i a o m e i 6 6 9，带你一起做副业
淘宝天猫内部券群，每天几百款五折以下，群满了，想进的扣1我拉你
男性功能调理，进口特效药，隐私包装发货，📞 +86 177 2039 5518
考公上岸班，内部押题，面试不过退费，ⓥⓧ：kaogong_2026
東莞工廠直招普工，包吃包住，月薪七千，日結可借支，聯繫微信 dg_zhaogong
香港美元分紅保單，複利六厘，比存銀行強多了，有興趣的 WhatsApp 我 852-9347-1206
USDT 高价收，现金或转卡都行，量大价优，飞机 @usdt_huilv88
跑分项目，有闲置的支付宝微信就能做，一天几百，进群 🔗 t.cn/A6kQm2Lx
抖音小红书粉丝、播放量、点赞都有，一万粉只要88，DY号：zhangfen_666
🌸减肥不节食🌸 一个月瘦15斤不反弹，宝子们戳我头像了解
全网最低价话费充值，100到账只要85，加Ｑ群：５８２７４０１３６
音乐学院老师线上钢琴陪练，一节课30，感兴趣的家长加我 wx：peilian_piano
少儿英语外教课，免费试听两节，预约复制 #小程序://外教说/Xk8s9L 打开
专业开锁换锁芯，24小时上门，电话 ①③②⑥⑤⑧⑧⓪②④⑦
空调油烟机清洗团购价一台69，拼团的加我 vx→ qingxi_jiazheng
新开的彩票平台，注册就送38元，首充翻倍，下载地址 www.cp88k.vip
成人视频网盘资源，几百G打包只要30，懂的来➡️🐧8053317962
附近寂寞的姐姐在线一对一视频，下载 APP 填邀请码 8K2M9 免费聊
股票配资一比十，秒到账不查征信，详情➕徽 pz-caifu
冰箱洗衣机热水器维修，师傅上门，电话微信同号 幺叁捌零贰柒陆伍肆玖叁
老家亲戚种的新疆和田大枣、薄皮核桃，需要的可以跟我说，给大家成本价
专业代还信用卡，手续费千五，当天到账。kh2233zz
做海外仓、FBA头程的老板，小窗聊 📦 qq:2086639471
副业交流群已经三百多人了，直接点进来 https://work.weixin.qq.com/gm/8a2c4e19f3b7
yao mai jiu de zhao wo, wei xin hao: laojiu9527, bao zhen
关注公众号【每天薅羊毛】回复 888，领50元无门槛券
同款包包都在我小红书，搜 沪上闲置姐 就能看到，私信发价格
装修找我，全包设计施工一条龙，同事价打八折，有需要私我
全国各地同城资源，每天更新，飞机搜 @tongcheng_fuli_bot
兼职打字员，在家就能做，加我微信：l59O2l3O8ll
""".strip()

NEGATIVE_6 = """
订单号 SO20261124-0387 客户要求改收货地址，仓库那边谁在？
BX-2026-11-0429 这张单子卡在部门经理那儿三天了，谁去催一下审批
赵总的手机号我私发你了，报价确认完今天务必回他
3F-308 会议室下午被占了，改到五楼小会议室，腾讯会议号 482 731 905
新来的同事小周还没进项目群，@李姐 麻烦拉一下
开票信息：上海恒泰机械有限公司，税号 91310115MA1HB2L47X，发票月底前交齐
SF1402837765921 这单显示派送异常，客户在催，物流组看一下
内线分机：前台 8001，行政 8012，IT 8030，有事直接打
工号 A10386 的同学体检报告还没交，HR 在催
大家注意：最近有人冒充老板加微信让财务转账，任何转账必须电话核实！
别在群里发红包了，领导都在群里呢😂
今天下午周会推迟到 4:30，会议链接不变
客户那边报价 12.8 万，含税含运费，我觉得还能再压一压
这个 bug 在 v2.3.1 上复现了，issue #1472，明天发 hotfix
你们到底谁负责跟这个单？客户投诉三次了，每次都说下周，下周都过去一个月了！
别甩锅行不行，需求文档 11 月 3 号就发群里了，自己不看怪谁
年会节目报名截止周五，想参加的在群里接龙
团建人均预算 300，超出部分自理，有意见私下找我
加班餐统一点了，要的在表格里填名字，表格链接在群公告
新人入职资料在共享盘 HR/入职 文件夹里，自己去拷
商户号 1623448901 的结算又延迟了，财务跟进一下微信支付那边
谁有钉钉管理员权限？帮忙把实习生加进部门群
沪A·7K29D 的车停消防通道了，车主赶紧下来挪一下
明早 7 点 3 号月台装车，一共 46 托，司机电话我已经发给调度了
质检不合格批次 LOT2311-07 全部隔离，不准出库
PO 4500128837 已经审批，通知供应商可以开票了
企业邮箱今天发不出外部邮件，QQ 邮箱那边一直退信
客户要的合同扫描件我发你企业微信了，注意查收
大群消息刷太快，核心几个人单独开个小群吧，我来拉
10 月工资条已经发到各位邮箱，打开密码是身份证后六位
市场部本周投放预算还剩 2.3 万，小红书那块先停
本月销冠小刘，业绩 186 万，公司奖励红包 2000 🎉
研发一组今晚上线，10 点开始，回滚方案见 wiki 页面 33810
社保基数调整，公积金比例从 7% 调到 10%，有疑问找 HR 分机 8015
客服热线 400-820-6633 今晚系统维护，零点到两点无法接入
这批纸箱供应商报价 2.35 一个，比上次贵了两毛，我还在谈
商会通知：12 月 6 日年会在国际会展中心 B 馆，请各位会长提前确认出席人数
2026 年度会费 5000 元，请转商会对公账户，备注企业名称，秘书处开收据
感谢张会长赞助本次活动的 20 箱矿泉水 👍
会员企业想了解银行贷款新政的，周四下午商会请了工行客户经理来讲
本商会群禁止发广告，发现一次移出群聊，请大家配合
上次考察团的照片传到群相册了，要原图的找秘书处小何
李总，你说的那个厂房我们去看了，层高不够，下次再说吧
春节前商会组织回乡慰问，捐款自愿，最后统一在群里公示
茅台今天又绿了，600519 拿着的别慌，基本面没变
股东大会 12 月 18 日召开，网络投票时间 9:15-15:00，具体看公告
今年每 10 股才派 3.5 元，比去年少了一块，小股东太吃亏了
那些说稳赚的荐股群全是骗子，大家别信，我去年被割了两万
互动易上说二期明年 Q2 投产，这话能信几成？
谁有公司三季报的 PDF？官网打不开，发群里一下
主力都在出货了你们还拿着？我已经清仓了
清仓了就别在这儿唱空，看不上就退群
300750 和 002594 哪个更有前景？纯讨论，不构成建议
11 月店里营业额 8.7 万，成本 5.1 万，股东分红下月 10 号前打到大家卡上
这周的会员日挪到周日，满 300 减 50，当天消费积分按两倍算 🎁
圣诞花束预订开始啦，群里接龙，12 月 20 号前下单送手写贺卡 💐
新到的奶粉生产批号 20261009，保质期到 2028 年，宝妈们放心选
今晚 8 点群内抢红包，手气最佳的送 50 元购物券 🧧
上次活动的赠品到了，凭小票来店里领，小票号 V11 开头的都可以
周日下午三点作者签售会，名额 40 个，在群里接龙报名
新到一批波尔多，会员价 268 一支，店里可以先品鉴再买
您的车保养快到期了，需要预约的在群里回复车牌号，我们安排工位
店里 Wi-Fi 密码改成 vip88888 了，到店的姐妹直接连
本群只有本店会员，陌生人加你微信说是店员的一律别理，我们不会私下收款
线上商城链接在群公告里，会员价自动生效，有问题群里 @店长
取货码 6-2-0-4，到前台报码就行，今天营业到晚上 9 点
会员积分兑换 12 月 31 号截止，积分在小程序“我的”页面里查
上周买的羊毛衫起球了，能换吗？订单号 202611170093
店长，我昨天加了你们店的企业微信，怎么一直没人回我？
这次优惠力度也太小了吧，隔壁都打七折了
退款收到了，谢谢小美 ❤️
楼下快递柜 12 号格子谁的？放了三天了
公司旁边新开了家面馆，18 块一碗，味道还行
我 139 开头那个号停机了，有事打座机 021-6483 2210
张经理的微信号就是他手机号，客户要联系的话直接搜
有个自称银行的人让我下载 APP 做验证，我直接报警了，大家小心
帮忙投个票，公司内部优秀员工评选，每人限投一票，链接在群公告
Zoom ID 856 2210 4471, passcode 2026, 3pm sharp, English only please
Please review PR #238 before EOD, thx 🙏
我把客户拉进对接群了，以后技术问题就在群里直接沟通
别再私下加客户微信接私单了，公司已经查到两起，一律开除
快递员说放在 B 座 1203 门口了，谁帮我拿一下
出差住全季酒店 816 房，有急事打我手机
公司加油卡余额不够了，谁去财务领一下新卡
年会抽奖的奖品采购好了，一共 36 份，先放在行政仓库
老王，你 PPT 第 7 页数据错了，Q3 是 1.24 亿不是 1.42 亿
地铁口有人发传单说日赚五百兼职，这种一看就是刷单骗局
我工资卡换成招行的了，尾号 6602，HR 记得改一下
本群只讨论工作，吃饭八卦请去部门闲聊群
CK-1124-0291 数量对不上，实发 48 箱，系统里是 50
这周值班：周一小赵，周二阿May，周三我，有问题打 6021
明天上午 9 点面试在 1806，候选人到前台报名字就行
报价单已经发到 purchase@hengtai-mech.com，请查收
下午两点停电检修，服务器提前关机，数据记得先备份到 NAS
那个加我好友说是你表弟的人是真的吗？他找我借 3000
刚收到短信说我 ETC 失效了要点链接认证，是不是诈骗？
饮水机换桶找行政小李，电话 13816627450，别直接打给水站
实习生工资按 150 一天结算，周五统一发
下周二投资人路演，BP 用最新的 v7，融资额写 3000 万
群主能不能清一下不说话的，群都快 500 人满了
""".strip()
