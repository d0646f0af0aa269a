"""Hold-out set 5 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-4 were used up (see holdout_data.py). The writer read no detector code, word list,
rulebook, model, training-data generator or detection doc, ran no detector on these lines and did not run
bench_holdout.py; holdout_data.py, holdout3_lines.py and holdout4_lines.py were opened only for the file
format and the labelling rules. No line is copied from sets 1-4: every line's difflib ratio against every
line of sets 1-4 is at most 0.5. The lines are meant to be scored once, blind; tuning on their errors would
spoil them.

Set 5 deliberately varies products, disguises and work topics from set 4:

- `POSITIVE_5` (60 lines): spam posted in Chinese work, community and store groups — pet food, licence-point
  selling, ride-hailing and construction jobs, company deregistration, wedding photos, movers, concert
  tickets, game boosting and gold, account unbanning and selling, fetal-sex tests, milk powder, SIM cards for
  verification codes, spot gold, forex, fishing gear, typing jobs, exam cheating, "relationship recovery",
  medical-beauty loans, escorts, lottery and casino, counterfeit bags, credit-card limits, moments ads, bead
  piece-work, stock "rescue", IVF, detox teas, phone recycling, visas, hairdressing schools, fortune
  telling, Amazon shops, free samples, children's training, air tickets, car loans, mom groups, live-stream
  boosting, handmade soap, medical-insurance cash-out, debt collection, luxury recycling, hairy crabs, micro
  business teams, drop-shipping, eyelash salons, gym cards, streaming memberships, fake reviews, pre-IPO
  shares, driving schools, folk remedies, sneakers. Contacts and disguises: slang for WeChat and QQ
  (绿泡泡, 卫星, 球球, 叩叩, k k, v 芯, 薇亻言), parenthesised, negative-circled, full-stop, superscript,
  mathematical-bold, keycap, full-width and Chinese (幺/洞/拐, financial) digits, separators, pinyin,
  traditional script, emoji, small-caps letters, Telegram/WhatsApp/DingTalk ids, invite codes, links and
  shorteners, plus subtle lines with only a call to action ("小窗我", "单独找我", "地址私我", "dd 我") or an
  id alone after a pitch.
- `NEGATIVE_5` (100 lines): ordinary messages from company (factory, warehouse, hotel, software, logistics),
  department, chamber-of-commerce, shareholder and stores' VIP customer groups (bakery, gym, pet shop,
  optician, tea house), deliberately hard: outbound, QC, receipt, invoice, waybill, room, extension,
  meeting and batch numbers, amounts, stock codes, dial-in and 400 numbers, IP addresses, pickup codes with
  separators; contact details shared between colleagues; 微信/QQ/加/群/二维码/链接/优惠/红包/VPN/融资 in
  ordinary use (store staff announcing the store's own offers and events inside its VIP group); scam
  warnings; heated arguments; emoji and English.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); a store associate inviting VIP members to the store's
own event inside the store's VIP group is not. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_5 = """
家里狗狗挑食的试试我们家的冻干，买二送一，绿泡泡搜 cw_dongan
驾照分不够扣的找我，代消分一分一百五，球球 ⑶⑦⑼⑵⑧⑷⑹⑸⑴
网约车带车加盟，不收押金，跑满月入过万，联系 幺三八 洞洞幺两 拐拐五四
各位老板，公司注销、税务异常、社保开户一条龙，微: ❶❸❻❷❹❺❽❾⓿❶❼
婚纱照年底特惠，九百九拍全套送相册，wechat id: hs_photo_2026
搬家拉货找小王，同城三小时内上门，电话 𝟏𝟓𝟖 𝟐𝟐𝟔𝟕 𝟑𝟗𝟎𝟒
周杰伦演唱会内场连座，原价出还送荧光棒，t.me/piao_zhuanrang
王者荣耀代练上星耀，三天搞定，价格美丽，企鵝 叁肆柒零捌贰玖伍陆
微信被封了别慌，专业解封，成功再付款，加 V➕ jf_kefu01
怀孕七周就想知道男女的宝妈，香港验血，准确率百分百，私聊我
進口奶粉澳洲直郵，一罐比超市便宜八十塊，請加薇 au_naifen
本人有几张闲置手机卡，可接码注册各种平台，一张五十，要的➕Q
现货黄金一对一指导，周收益百分之二十，扫码进直播间 https://bit.ly/3xGold8
🎣 海钓装备清仓，鱼竿鱼轮半价甩，看图加 wei：dy_yugan
兼职打字员，日结八十到两百，招满即止，k k：②⑤⑧③⑦①④⑥⑨
代考四六级、计算机二级，包过，不过全退，联系方式在我主页
分手了想复合的，情感导师一对一挽回，成功率九成，加卫星 qg_wanhui
医美分期零首付，割双眼皮征信花了也能批，v 芯：ym_fenqi
同城约，学生少妇都有，点这看照片 👉 https://s.id/tc88
彩票计划群，跟着买一天稳赚三五百，下载 APP 填邀请码 772019 进群
工地招电工焊工，一天四百包吃住，电话 壹捌柒·叁贰零伍·陆陆玖捌
宝宝们，自己家熬的辣椒酱，零添加，二十五一瓶，想尝鲜的滴滴
一比一高仿包包，做工专柜都看不出，加我 VX 看实拍视频：gf_bags
信用卡想提额的来，内部通道，最高能批五十万，我这有路子
jia wo kou kou 2 7 6 4 9 1 3 5 8, mian fei ling you xi pi fu
🐧群 ⑧③⑥⑥②⑨⑦④① 手工活外发，在家穿珠子，计件日结
被套的股民朋友，免费诊股解套，添加助理 1️⃣3️⃣9️⃣ 2️⃣4️⃣6️⃣8️⃣ 0️⃣1️⃣3️⃣5️⃣
外汇跟单，MT4 账户托管，保本保收益，WhatsApp +852 6123 4471
出微信老号、实名支付宝号，价格好商量，✈️ @acc_shop2026
不孕不育专科，试管包成功，咨询热线 ４００－８８６－１２３４
今晚开局，真人百家乐，首存一百送一百，地址 yl8866。vip
想瘦的亲，这款酵素三天排宿便，喝了见效再说，小窗我领试用装
回收旧手机旧电脑旧硬盘，现金秒结，同城上门，➕V 幺五九幺二三四拐八拐零
代办签证，日韩美申根都能办，被拒过也能做，加 薇 ❤ ❤ visa_xu
游戏金币装备出售，比官方充值便宜一半，叩叩 1·9·2·8·3·7·4·6·5
招学徒学美发，包教包会包分配，学费可分期，电话一三五拐拐零八二二三幺
起名改名、八字合婚，大师一对一看，加老师薇亻言 qm_dashi
群里有做跨境的吗？亚马逊老店铺出租，带评分，有兴趣扣我
免费领价值三百的大牌护肤小样，只付邮费，戳 xhslink.com/a/Kq8Pz2
孩子写作业磨蹭？专注力训练营免费测评，家长加V 🆔 zx_xunlian
机票酒店内部价，比携程便宜三成，出票快，需要的朋友单独找我
车贷房贷征信花了也能下，押车不押人，电话微信同号 ⒈⒏⒉⒈⒍⒌⒋⒎⒎⒊⒐
加我好友拉你进宝妈交流群，天天分享育儿干货还有免费福利
直播间刷人气、点赞、评论，一千个一块钱，懂的来扣 ⁷⁸²⁶³⁹⁴¹⁵
手工皂材料包，学会了能自己摆摊开店，想学的+ＶＸ：ｓｈｏｕｇｏｎｇｚａｏ
医保卡里的钱可以提现了，九折秒到账，咨询 V x：yb_tixian
欠钱不还的找我们，专业追债，不成功不收费，w.e.i.x.i.n：zz_team
二手奢侈品鉴定回收，LV 香奈兒愛馬仕都收，價格公道，加 V：lux_huishou
进群就送十块话费，群满为止 ➡ 钉钉群号 3 5 8 2 0 6 1 9 4
正宗阳澄湖大闸蟹，公四两母三两，八只一百八，订购戳 http://u.jd-xie.top/8kd
想做微商又不知道卖啥的，来我团队，我手把手带，dd 我
淘宝无货源开店，一件代发全程陪跑，老师 V: wuhuoyuan_t
有没有姐妹要种睫毛的，新店开业三十九一位，地址私我
健身房年卡转让，还剩十个月，一千二出，有意者私聊
全网影视会员低价，爱奇艺腾讯优酷一年三十，拍这里 https://tb.cn/h.5QwErT
淘宝京东拼多多刷信誉刷好评，量大从优，Ｑ：１１３５７９２４６８
内部原始股认购，明年上市翻十倍，名额有限，加 ᴡx：ysg_touzi
學車找我，C1 四千八包拿證，週末也能練，電話 幺八八 洞兩拐幺 五五三九
痛风祖传秘方，一个疗程见效，要的加我 wei-xin: tf_mifang
莆田一手货源球鞋批发，纯原版本 ➜ pt_xie001
""".strip()

NEGATIVE_5 = """
出库单 CK-2611-0457 少了两箱，仓库麻烦再核对一下
质检报告 QC20261120-08 已上传 PLM，请工艺部确认签字
二号线注塑机温度报警，维修班长电话 136 2209 8871，夜班有事直接打他
供应商张经理加了我微信，说报价明天上午发过来
新来的采购小何我已经拉进供应链群了，大家多带带他
谁能把我拉进 618 复盘群？我是运营部新来的 Kevin
下午的面试候选人改到 3 号会议室，有问题打 HR 分机 3105
公司内推奖励提到 3000 元，岗位清单在 HR 昨天发的邮件里
客户款到了，回单号 20261124889012，金额 128,000.00，请财务核销
帮我取下快递，柜子取件码 5-3-0-7-2-2，谢谢啦
前台通知：1817 房客人申请延迟退房到下午两点，客房部注意
车牌沪B·6K215 的送货车到东门了，谁下去接一下
本周值班：周一老周（分机 8866），周二小林（分机 8867）
服务器 10.0.8.22 明天凌晨 2 点停机维护，预计 40 分钟
产品评审线上开，入会 ID 9037 2215 846，没装客户端的用网页版
谁拿了我的充电宝？白色的，背面贴了个小熊🐻
老板说这个月业绩达标的每人发五百红包，周五统一发
本月销冠是华南区阿杰，回款 236 万，大家鼓掌👏👏
别在工作群里发拼多多砍一刀了，消息都被刷没了
刚接到电话说我快递丢了要加微信理赔，一听就是骗子，大家小心
再提醒一次：财务从不在微信上让人转账，所有付款一律走 OA
说了多少遍改需求要走变更流程！现在临时加功能，谁来加班？
你自己数据填错了还怪我们？原始表在这，自己看第 42 行
行了都少说两句，下午三点会议室当面对一下
明天降温到 3 度，跑外勤的同事多穿点🧣
Release v2.14.0 已发布，changelog 在 wiki，有问题提 issue
staging 的数据库密码换了，找运维小陈要，别发群里
Sorry 刚在开会，quotation 我晚点发你
加班餐补调到 30 元一餐，晚上 10 点后打车可以报销
请扫会议室门口的二维码签到，后面要算培训学时
体检报告出来了，在“健康管理”小程序里输入工号就能查
工会中秋福利：月饼一盒加 500 元超市卡，到 506 工会办公室领
新人问一下，公司 VPN 怎么连？账号是工号吗
VPN 客户端下载地址在 IT 群公告，装完用域账号登录就行
王总助理的电话我存了，要的话私我，别公开发群里
有下班顺路去城西的同事吗？想拼个车，油费 AA
这批发票 12 张，号码从 00385061 到 00385072，已交财务
麻烦把深圳客户群的二维码重新发一下，之前那个过期了
竞品价格表整理好了，他们的优惠力度比我们大 15%
市场部本周任务：公众号推文两篇、直播一场，周五前出数据
谁有上次展会的客户名单？我要跟进几个意向客户
年终述职 PPT 请在 11 月 28 日前发到 hr@company.cn
周末团建去安吉漂流，周三截止报名，费用公司出
商会秘书处：12 月 6 日（周六）上午九点召开理事会，会所二楼多功能厅
欢迎瓯海眼镜行业协会的朋友来访，明天中午在商会食堂接待
请各会员企业把明年的用工需求报给秘书处小郑，电话 0577-8862 3390
政府惠企政策汇编放群文件了，重点看第 4 页的贷款贴息
商会帮一位会员打听：谁家做冷链物流？有意向的请联系秘书处统一对接
感谢李副会长为助学基金捐款 20 万元🙏
银行专场融资对接会下周四举行，有需求的会员向秘书处报名
本会从不通过个人微信收取任何费用，会费只转商会对公账户
下月越南考察名单已定，护照复印件请本周内交齐
会长交代：群里只发商会事务，个人广告请勿发，谢谢配合
元旦联谊会征集节目，有才艺的会员私信秘书处报名
002594 尾盘拉了 3 个点，量能一般
公告：拟回购股份 1.2 亿元，回购价格上限 45 元/股
业绩说明会的录像投资者关系网站上能看，1 小时 20 分钟
除权除息日是 7 月 3 号，到时别又问股价怎么少了一块
谁说这票要翻倍？翻倍你怎么不全仓，天天在这吹
我就问一句，半年报毛利率掉了五个点，管理层给过解释没有？
要是有人私聊说有内幕消息让你转账，直接拉黑举报
688981 股东户数环比减少 8%，筹码在集中
明天股东大会谁去现场？可以拼车，从高铁站过去四十分钟
董秘办电话 0755-2668 1234，我打了三次都没人接
存货周转天数从 62 天升到 75 天，这个要警惕
别吵了，看财报说话，有分歧很正常
亲爱的会员们，本周三会员日，全场面包第二件半价🥐
明早 9 点蛋黄酥新品出炉，限量 80 盒，到店排队，不接预留哦
上周订生日蛋糕的张女士（尾号 6620），蛋糕做好了请到店自提🎂
刚才那条卖保健品的不是本店发的，人已经移出群了，大家别信
满 100 减 20 的券已经发到各位会员账户，周日前有效
群里抢红包手气最佳的前三位，到店送一杯奶茶🧋
请问你们的全麦吐司是无糖的吗？家里老人血糖高
周六上午 10 点瑜伽团课，会员免费，限 20 人，群里接龙报名
私教课本月续费九折，有需要的会员找前台或者自己的教练
储物柜 A-36 的会员，您的柜子没锁，东西先帮您收在前台了
猫咪洗护这周都约满了，周四以后才有空位，抱歉啦🐱
配镜满一年的会员可以免费来店里清洗、调整镜架
昨天在你们店买的狗粮，批号 20260915，狗吃了拉肚子，怎么处理？
说好的积分翻倍怎么没到账？问了三次客服都说在查！
是不是有人冒充店员加好友？我刚被一个叫“店长小美”的加了，让我先付定金
本店店员的微信昵称都带“茗香茶舍”前缀，其他人加你都不是我们，请勿转账
新到的明前碧螺春到店可以免费品尝，周末茶艺老师在店，欢迎来坐坐
店庆活动的照片传到群相册了，找找有没有你家娃😄
门店在解放路 218 号，停车场入口在楼后面，会员停车 2 小时免费
你们周日几点关门？我下班过去可能要八点多
邀请好友注册送积分的活动结束了，已经到账的积分不受影响
今天发成都的整车，运单号 DB7788120435，预计周四到
电话会议拨入号 400-810-5566 转 2217#，参会密码 900133
客户要求加个 logo，设计的小美看下需求文档第二页
人事部小刘换号了，新号 186 1209 3347，通讯录我已经更新
下周起打卡改用企业微信，原来的考勤机下个月拆掉
今天谁去银行？帮我存张支票，金额 4,560 元
小李，对外发报价别用 QQ 邮箱了，改用公司邮箱
刚才群里那个链接别点，是钓鱼网站，域名和公司官网差一个字母
OK 这个 deal 基本敲定，下周一签 MOU，legal 那边 review 一下条款
项目预算超了 8 万，我找财务申请追加，批下来再通知
谁有电工师傅的电话？三楼茶水间又跳闸了
新工服到了，按登记尺码领，S 码还缺 6 件
下个月起食堂早餐涨到 6 块，刷工卡扣
""".strip()
