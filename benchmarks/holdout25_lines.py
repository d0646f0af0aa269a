"""Hold-out set 25 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-22 (see holdout_data.py), at the same time as sets 23, 24 and 26 (written by other
helpers: set 23 on health, elderly members, travel, transport, sports and pets; set 24 on students, exams and
job seekers, gaming and fans, and overseas Chinese; set 26 on restaurants and catering, beauty and hair,
clothing boutiques, live-streaming sellers, tea, jade and collectibles; this set stays away from those). The
writer read no detector code, word list, rulebook, model, training-data generator or detection doc, ran no
detector on these lines and did not run bench_holdout.py; holdout_data.py (lines 1-80, its docstring) was
opened only for the labelling rules, and holdout21_lines.py and holdout22_lines.py only for the file format
and their docstrings' topic lists (to avoid repeating them). No line is copied from earlier sets or from the
training lines: every line's difflib ratio against every line of the earlier hold-out sets' dump and of the
training-line dump is at most 0.5, and no two lines of this set exceed 0.5 against each other. The lines are
meant to be scored once, blind; tuning on their errors would spoil them.

Set 25 focuses on car owners' clubs, home renovation and homeowners' (业主) groups, weddings and family
events, photography and video, insurance and bank customers' groups, and the work groups of construction
firms, property management and car dealerships, with both members and outsiders advertising. It keeps the
mix real spam has: 24 lines plain or lightly disguised (a plain id, phone number or link, "加v", "vx", "wx",
"V❤", "加微", "微信", "微信同号", a bare name and phone), 14 moderately (spaced digits, Chinese digits,
circled digits, 幺 for 1, 🐧 and "扣扣" for QQ, a QQ group, "Telegram" and "纸飞机" with a handle, a dwz.cn
short link, upper-case Chinese digits with 〇 in the text, full-width digits, a Xiaohongshu id, "☎" with
Chinese digits and 幺), 10 heavily (traditional script with "徽信", "嶶信", "威芯", the split "威亻言" and
"蔻蔻" for 扣扣, full pinyin for two lines, "weixin" spelt with Cyrillic е and і and Armenian ո,
full-width "ＷＸ" with a full-width id, double-struck "𝕧𝕩") and 12 subtle (an offer with a call to
action only, none listed by earlier sets' docstrings:
"车主们路过停一下", "想定的把日子和新人名字报上来", "业主们有空拿着户型图来坐坐", "想装的先把车位号发我",
"想看车的下班去地库B2转一圈", "想要报价的把面积户型甩过来", "有活儿递个话", "要办喜事的给个数就行",
"想见面聊的，约个咖啡我请", "要的把车开过来直接换", "谁要来我家车库搬走", "缺人的时候在群里点我名").
About 15 positives are written the way members casually sell in a group (leftover floor tiles, a wedding
dress worn once, surplus wedding-sweet boxes, two used cameras, a husband who does plumbing and wiring, a
used drone, a car-film stall at the estate gate, a home charging-point fitter, a member's own SUV, paper-cut
wedding decorations and red packets, four new tyres, a roof box, a wedding MC and an aerial-photo man), and
three are under 15 characters.

- `POSITIVE_25` (60 lines): car paint-protection film and wraps, new-flat cleaning, wedding cars, hiring
  builders' certificates from their holders, whole-house fitted furniture, wall and balcony leak repair,
  credit-card limit raising, formaldehyde testing, wedding filming with a link, an excavator for hire,
  traffic-fine and inspection agency, car insurance quotes, leftover tiles, a wedding dress, facade cleaning
  offered in a property-management group, short-video lead generation for car dealers, wedding sweets,
  cameras, party balloon decoration with a link, car-title loans, spoil and rubble removal, curtains, used
  cars bought, a husband plumber, smart locks, lift maintenance outsourcing, used and flood-damaged cars
  bought, ID and family photos at home, drone-licence training, a wedding MC, a self-drive car club QQ group,
  a high-yield "guaranteed" scheme on Telegram, steel fixers and carpenters wanted, floor-heating cleaning,
  reversing cameras, flat inspection on handover, lens hire, exterior insulation and stone paint, used luxury
  cars on consignment, free design drawings, seaside wedding photos, credit-card repayment (pinyin), a
  renovation package (pinyin), car tuning and ECU remaps, refused insurance claims, wedding filming and
  editing, construction labour licences, a used drone, a car-film stall, wedding planning dates, a
  fitted-furniture showroom opening, home charging points, a member's SUV, renovation quotes, aerial filming,
  paper-cut decorations, tyres, a roof box, security and cleaning staff outsourcing.
- `NEGATIVE_25` (100 lines): 15 members asking for or recommending something inside the group without
  pulling anyone out (a waterproofer, a plumber recommended with his phone as a favour, a lens to borrow,
  gearbox oil, a wedding photographer, a tyre shop, masking tape and corner guards, a bank's mortgage
  officer, insurance-claim papers, wedding-car prices, tile brands, a family-portrait photographer, a
  charging point, a photo app, a used child car seat); 15 lines with numbers that are not contacts (an order
  number, a number plate, a flat and a repair ticket, property and parking fees, a policy number's last
  digits, wedding-banquet tables, a car-insurance premium, concrete volumes, a VIN, a mortgage rate, a lift
  stop, a bank transfer, a shutter count, a door code, a group accident-insurance premium); channel words
  used innocently (a photo-contest link, a relatives' group for the wedding day, the property's QR code and
  official account, a customer added on WeChat by a car salesman, 私我 for a parcel, 私聊 for wedding
  originals, a new safety officer's phone, a found car key, an insurer's app, a bank's app); 10 scam
  warnings, most quoting the bait (a fake gas-check notice, a fake car-inspection text, insurance refund
  cash-back, a "safe account", cheap wedding photos, "free design" renovators, a fake project manager,
  credit "repair", fake 4S-store coupons, a "cash buyer" for flats); 9 heated arguments and complaints
  (drilling upstairs, wedding flowers, 4S-store servicing prices, garage lights, broken paving, blurry
  photos, parking spaces not for sale, a parking quarrel, a slow insurer); work groups of a construction
  site, a property-management company and a car dealership (safety meetings, tower cranes, topping out,
  water cuts, uniforms, sales targets, test-drive keys, parts delays, rebar inspection, gardening, a motor
  show rota, deposits only to the company account, cement certificates, a fire drill); organisers' and
  stores' own notices in their own groups (a car club's free check-up, a bank branch's holiday hours, the
  owners' committee's door-replacement sign-up and charging-point group purchase, a car-club dinner 接龙, a
  photography club outing, an insurer's claims talk, a wedding-day schedule); family events, jokes and
  chat; three traditional-script lines (a car-club annual dinner, a wedding, an owners' vote), two with
  full-width letters, and three English or mixed lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); a store associate inviting VIP members to the store's
own event inside the store's VIP group is not, nor is a member asking for or recommending something inside
the group. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_25 = """
汽车隐形车衣、改色膜都做，施工质保十年，来店先看样板车，vx tiemo_laozhou
新房开荒保洁，玻璃擦到发亮，一百平三小时搞定，电话 15837620491
新人接亲用车，九台奔驰S级清一色黑，头车鲜花我们包了，加v hunche_team
二建、一建市政证书长期收，挂一年价格全市最高，wx zhengshu_gk
业主们好，我是做全屋定制的，橱柜衣柜榻榻米免费出图，微信同号 13671928405
阳台外墙渗水、窗台返潮都能修，修好保三年，老韩 18932047615
信用卡额度太低刷不动的找我，专业提额三天见效，vx tie_e_kuaile
甲醛检测加治理，出CMA报告，入住前做一次放心，加微 quanjia_jiaquan
婚礼跟拍双机位，当天晚宴就出快剪，样片看这里 https://hunli-pai.cn/yp
挖机出租 vx wajj6
违章代处理、六年免检代办，不用自己跑车管所，微信 nianjian_dai
车险快到期的车友可以找我报个价，比4S店便宜两三成，V❤ chexian_xiaoma
我家装修剩了六箱800x800的浅灰地砖，按原价一半出，微信 liangjia_zx
结婚只穿过一次的婚纱，M码，已经干洗，便宜转给有缘人，vx hunsha_zhuan
各位物业同行，外墙清洗、高空作业我们公司专业做，资质齐全，电话 17726481093
专给4S店做抖音同城引流，一个月保底三百条留资，wx tuoke_car
女儿婚礼订多了喜糖礼盒，还剩四十来盒，按进价给群里，微信 xitang_linjie
闲置两台佳能5D4，镜头一起打包出，有意的私聊 vx canon_5d4
宝宝宴寿宴场地布置，气球拱门背景墙一条龙，案例 https://qiqiu-buzhi.com/anli
车抵贷不押车，当天放款，征信花了也能做，电话 19923057148
渣土清运、建筑垃圾外运，手续齐全晚上也能拉，加v zhatu_qy
窗帘上门测量安装，本小区业主专享价，微信 chuanglian_ding
收二手车 vx shc_88
老公是干水电的，咱们小区谁家要改水电直接找他，电话 13762058314
指纹锁人脸锁换装，顺带把旧锁芯收走，1 7 7 8 2 0 4 6 3 9 1 小王
电梯维保外包，跟小区物业长期合作价，一三五 二七六八 零四九二
二手车高价收购，事故车泡水车都要，①⑧⑥②⑤⑦⓪④③⑨①
证件照、全家福上门拍，老人小孩都能拍，幺五九 六二零三 幺八七四
无人机执照培训，理论加实操包过，🐧 3829104756
婚礼主持风趣不尬场，档期查询扣扣 2749160385
本地车友自驾群，每周跑山露营，加QQ群 618273049
年化百分之十八的稳健项目，保本保息，Telegram @gaoxi_licai
钢筋工木工日结，工地包住，纸飞机 @laowu_gongdi
地暖清洗、暖气片改造，价格表 dwz.cn/Dn4rT7x
加装原厂倒车影像和三百六全景，二〇年以后的车型都能装，电话壹捌伍叁贰柒零陆肆玖捌
收房验房一次三百，空鼓裂缝全给你查出来，１５８２７０３６４９１
相机镜头出租，婚礼活动按天租，押金可免，小红书号 jingtou_zulin
外墙保温、真石漆施工队，有活找我 ☎ 幺三八 零七二九 五六四一
二手豪車寄賣，保真里程，可驗車，加徽信 haoche_jm
裝修設計免費出圖，量房不收錢，嶶信 sheji_mf
海邊婚紗照外景跟拍，服裝隨便換，威芯 waijing_sy
Xinyongka daihuan, tie e, fenqi dou neng ban, jia weixin xyk_daihuan
Zhuangxiu gongsi mianfei liangfang, quanbao taocan da zhe, WX: zx_quanbao
玩车的兄弟看过来，排气轮毂刷ECU都能做，wеіхіո gaizhuang_boy
车险被拒赔的别急，专业协助理赔，ＷＸ：ｌｉｐｅｉ＿ｂａｎｇ
婚庆跟拍加视频剪辑一条龙，𝕧𝕩 jianji_studio
建築勞務資質、安許證快速下證，威亻言 zizhi_ban
閒置大疆mini3，飛了不到十次，配件全，蔻蔻 2739104658
周末我在小区门口摆摊贴车膜，车主们路过停一下
我们婚庆今年十月只剩两个周六的档期，想定的把日子和新人名字报上来
全屋定制工厂店开业，业主们有空拿着户型图来坐坐
新能源车家用充电桩安装，想装的先把车位号发我，我去看电表
我自己开的途观L准备换了，想看车的下班去地库B2转一圈
装修公司十一活动价，想要报价的把面积户型甩过来
航拍一场八百，有活儿递个话
媳妇剪的喜字和手工红包，家里要办喜事的给个数就行
做了十年婚礼司仪，新人想见面聊的，约个咖啡我请
刚买的四条米其林装不上我车，原价转，要的把车开过来直接换
换车了，原来车上的行李框和行李包用不上，开SUV的谁要来我家车库搬走
物业保安保洁外包，全市都能派人，各位项目经理缺人的时候在群里点我名
""".strip()

NEGATIVE_25 = """
有没有业主知道哪家防水做得靠谱？我家卫生间漏到楼下去了
我家水电是三栋业主介绍的李师傅做的，线管横平竖直，13982047615，提我名字他就知道
群里谁有70-200的镜头，周末想拍孩子运动会，能借我两天吗，请你吃饭
车友们，我这车开了六万公里，变速箱油是不是该换了？
求推荐婚礼跟拍，预算五千左右，最好是群里有人用过的
上个月在东门那家汽修店补胎，老板挺实在，才收三十，顺手推荐一下
装修快收尾了，谁家有用剩的美纹纸和护角条，匀我一点
我们网点的客户经理小周服务很耐心，要办房贷的可以去人民路支行问她
请问车险理赔要准备哪些材料？我上周被人追尾了
有人租过婚车吗，头车一般一天多少钱？
问下各位装修用的瓷砖是什么牌子，想参考一下颜色
下周六我爸七十大寿，想请个会拍照的朋友帮忙拍全家福，有偿的
谁知道小区装充电桩找物业怎么申请，要交什么资料？
手机修图大家用什么软件？我一直用醒图，调色总觉得假
想收一台二手儿童安全座椅，家里有不用的可以出给我吗
订单号DD20261118004732的窗帘到底什么时候发货？等了快一个月了
我车牌粤B·7K3Q9，昨晚停地库被人刮了一道，有看到的吗
7栋1502漏水已经报修，维修单号WX-2611-083，麻烦跟进一下
本月起物业费标准：住宅2.8元/平方米，车位管理费150元/月
保单号后四位3726的客户，续保提醒已经发到您邮箱了
婚宴定在12月18号，二十二桌，每桌2888，人多的话现场加桌
这次车险一共交了4632，比去年多了八百多，就因为出了两次险
今天浇筑C30混凝土186方，明早七点泵车到位
VIN尾号048215的那台已经到店了，请销售顾问通知客户来提车
公积金贷款那部分现在按3.05%算，我上个月提前还了二十万，亏没亏？
1号楼电梯停运检修，预计18:00恢复，给大家带来不便敬请谅解
回单上是转账¥56,800，客户说是首付款，财务核一下
快门次数已经十五万了，是不是该换快门组了
门禁新密码#2618，本周五起生效，不要外传
今年团体意外险人均保费120元，名单周三前报给人事
摄影协会的年度作品征集链接在群公告里，月底截止
男方这边的亲戚我单独拉了个群，方便通知接亲时间
业主报修可以扫电梯里贴的二维码，物业公众号上也能报
客户要看车，我加了他微信，把配置单和报价发过去了
门卫室有个快递，收件人手机尾号8837，谁的私我一下
婚礼当天的照片都传网盘了，要原图的私聊我，我发你链接
项目部新来的安全员张工，电话15902748163，有安全问题直接找他
在二期门口捡到一把大众车钥匙，失主加我微信认领一下
理赔进度在保险公司APP里就能查，不用一直打客服
信用卡账单分期别在陌生链接里办，直接用银行官方APP
今天楼道里贴了张“燃气安全检查，扫码缴费”，不是物业贴的，已经撕了，别扫
车主注意，年检季又有人发“车辆检验逾期将注销号牌”的短信，里面那个网址是仿交管的
提醒车友：什么“车险退保返现，加微信办理”都是骗子，已经有人被骗两千
银行不会打电话让你把钱转到“安全账户”，家里老人一定要叮嘱
有人收到“婚纱照免费拍，只收300底片费”的传单，去了一加再加到五千，别上当
那种“免费设计还送家电”的装修公司，签完合同就各种增项，别信
有人用王经理的头像加了财务小陈，开口就要预付材料款，幸亏她打电话问了一下
截图里这个“征信修复，逾期可删除”是骗局，征信记录只有银行能改
假冒4S店的短信说“保养券即将过期，点此领取”，是钓鱼链接
有人在业主群里喊“低价收房，全款现结”，还要先交评估费，大家小心
十八楼那家周末也开电锤，七点不到就开始，还让不让人睡了
说好的婚庆布置三十束花，到场一数只有十八束，还不认账
4S店保养一次九百多，就换了机油机滤，也太黑了
地库B区的灯黑了半个月，报了三次修，物业就回个“已登记”
施工队把我家门口的地砖压碎了，到现在也没人来管
摄影师拍的一半都是糊片，还好意思催尾款
凭什么车位只租不卖，开发商卖房的时候可不是这么说的
你别在群里阴阳怪气，停车的事去找物业，找我有什么用
保险公司拖了两个月还不赔，客服只会说在审核中
明天上午九点安全晨会，所有班组长到项目部集合
塔吊司机注意，今天风大，六级以上停止吊装作业
三号楼主体今天封顶，大家辛苦了，周五项目部聚餐
物业各岗位注意，今晚十点停水，提前在各楼栋张贴通知
保安班明天起换冬装，下班前到库房领
本月展厅目标交车六十台，目前才四十一，最后一周冲一冲
试驾车钥匙用完放回前台，别揣自己兜里带走
售后这周有三台车等配件，客户问就统一回复下周三到
监理说二层梁的钢筋间距不合格，今天必须返工整改完
绿化组明天修剪中心花园，注意别让枝条砸到业主的车
周六车展需要八个人值班，自愿报名，后面给调休
销售顾问注意，客户订金一律打公司对公账户，不许私收
材料员把这周进场水泥的合格证拍照发到群里
消防演练定在下周二下午三点，各楼栋管家提前通知业主
【车主俱乐部】本周六到店免费检测，送玻璃水一瓶，预约请联系您的服务顾问
【支行通知】春节网点值班安排：除夕和初一到初三暂停对公业务，自助设备正常
业委会组织的入户门统一更换，确认要换的在群里接龙，周五截止
车友会年底聚餐接龙：1.老张+1 2.阿飞+2 3.小米
这周日拍湿地秋芦苇，想拍日出的五点半停车场碰头，带脚架
保险客户群通知：下周三下午公司三楼有理赔知识讲座，欢迎来听
婚礼当天流程：十点接亲，十二点开席，伴郎伴娘九点前到新郎家
业委会把充电桩安装合同审完了，团购价明天在公告栏公示
姑妈家表弟下个月订婚，那天大家都空出来啊
表姐让我给她当伴娘，紧张死了😂
老爸七十大寿的酒店订好了，还是老地方
哈哈哈这张把二舅拍成表情包了
满月酒的礼金账本我记好了，回头跟妈对一下
新车提回来第一天就被鸟屎砸中，这算好兆头吗🤣
车友会新logo投票结果出来了，二号方案胜出
到底要不要做吊顶，我跟老公吵了一晚上
交房一年了还在跟开发商扯皮，有同样遭遇的吗
雨夜拍街景太出片了，路面反光绝了
今天在工地碰到十年前的老同事，世界真小
車友會年會定在十二月二十號，地點另行通知
婚禮現場佈置得好漂亮，新娘也美哭了
業主大會投票結果：同意更換物業公司的佔七成
ＳＵＶ和ＭＰＶ今年的商业险费率有没有调整？
ＡＢ区的门禁卡周五前统一换新
Anyone still have the RAW files from the Zhang wedding? My SD card died
The test drive car is booked from 2 to 4pm, please don't take it out
这个lens的bokeh是真的creamy，值了
""".strip()
