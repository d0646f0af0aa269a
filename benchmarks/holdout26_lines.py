"""Hold-out set 26 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-22 (see holdout_data.py), at the same time as sets 23, 24 and 25 (written by other
helpers: set 23 on health, elderly members, travel, transport, sports and pets; set 24 on students, exams and
job seekers, gaming and fans, and overseas Chinese; set 25 on car owners, home renovation and homeowners,
weddings, photography, insurance and banks; this set stays away from those). The writer read no detector
code, word list, rulebook, model, training-data generator or detection doc, ran no detector on these lines
and did not run bench_holdout.py; holdout_data.py (lines 1-80, its docstring) was opened only for the
labelling rules, and holdout21_lines.py and holdout22_lines.py only for the file format and their docstrings'
topic lists (to avoid repeating them). The two dumps (earlier hold-out lines, training lines) were only read
by a similarity script, never line by line. No line is copied from earlier sets or from the training lines:
every line's difflib ratio against every line of the earlier hold-out sets' dump and of the training-line dump
is at most 0.5, and no two lines of this set exceed 0.5 against each other. The lines are meant to be scored
once, blind; tuning on their errors would spoil them.

Set 26 focuses on restaurants and catering (chefs, takeaway, banquets other than weddings), beauty salons,
nail studios and hairdressers, clothing boutiques and tailors, live-streaming and online-shop sellers, tea,
jade, antiques, calligraphy and other collectibles, and on the work groups of restaurants, retail chains and
e-commerce firms. It keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id, phone
number or link, "加v", "vx", "wx", "V❤", "加微", "微信", "微信号", "微信同号", "v:", a Douyin id, a Taobao shop
link), 14 moderately (spaced digits, Chinese digits twice, circled digits, a spaced QQ-group number, 🐧,
"Telegram" with a handle, a t.cn short link, 幺 for 1, full-width digits, upper-case Chinese digits, "纸飞机"
with a handle, a Xiaohongshu shop name, an id spelt with spaced letters), 10 heavily (traditional script with
the look-alikes "維芯" and "徵信", full pinyin for two lines (one with tone marks), Cyrillic "ԛԛ" for QQ, full-width "ｗｘ" with a
full-width id, double-struck "𝕧𝕩" with a double-struck id, the homophone "卫星", "wei亻言" with a split 信 in
traditional script, negative-circled "🅥🅧") and 12 subtle (an offer with a call to action only, none listed
by sets 21 and 22: "想要的在群里报个数", "姐妹们记得蹲一下", "喜欢的回个“看”", "想弄头发的提前一天约", "想喝的
给我留个收件地址", "想尝的路过门卫室顺手捎一包走", "活儿送到三楼东头那户就行", "喜欢的出个价", "订的在这条
下面跟个数", "想看样子的我拉个视频给你看", "要订的赶紧占位", "要的吭声"). About 15 positives are written the
way members casually sell in a group (pickled-cabbage fish, a home-baked birthday cake, home haircuts, qipao
alterations, a chef husband's home banquets, hand-knitted sweaters, chilli sauce, a used sewing machine,
home shaving, zongzi in pinyin, brown-sugar rice cakes, dried persimmons, alterations and curtains,
calligraphy scrolls, a daughter's bracelets, zongzi), and three are under 15 characters.

- `POSITIVE_26` (60 lines): pickled-cabbage fish, full-month and birthday banquets catered at home, home-baked
  birthday cakes, a nail studio, home haircuts, qipao alterations, a livestream's wool coats by a shop link,
  Pu'er tea, jadeite bangles, old coins, badges, ration coupons and porcelain bought, calligraphy commissions, a
  Taobao shop of cloth shoes, a roast-meat shop, a hair-care salon opening, a Douyin livestream of roasted
  seeds, export surplus dresses, a restaurant's rooms for birthday and company dinners, eyebrow tattooing, a
  Yixing teapot, a chef cooking home banquets, Xiaohongshu and Douyin shop management, Hetian jade pendants,
  hand-knitted sweaters, a food-tasting group with free meals, chilli and beef sauce, party and stage make-up,
  a sewing machine and overlocker, a Pu'er QQ group, old coins and silver dollars, bought livestream views,
  boutique clearance, traditional shaving, takeaway-shop rating management, birthday banquet tables,
  jadeite-rough gambling livestreams, made-to-measure suits and shirts, hairpins, tea wholesale, Dianhong tea,
  antiques and paintings bought, a hair-care salon and zongzi in pinyin, hanfu rental, beauty-salon annual
  cards, made-to-measure qipao, jadeite bangles, a private-kitchen restaurant, stage make-up, rice cakes,
  cashmere clearance in a livestream, jadeite pendants, a salon's discount week, Longjing tea, dried
  persimmons, alterations and curtains, calligraphy scrolls, mooncakes, bracelets, New Year's Eve dinner
  tables, zongzi.
- `NEGATIVE_26` (100 lines): 11 members asking to buy or borrow (a steamer for a birthday banquet, a trouser
  hem, a jade bangle to be judged, tea for a boss, a short haircut, an old clock repaired, takeaway boxes, a
  tailor for a padded jacket, a livestream fill light, xuan paper, a used sewing machine wanted); 7 members
  recommending a tradesman or shop they used, some with its phone (a banquet chef, a cobbler, a tailor's
  landline, a barber, a framing shop, a home-banquet chef's number sent privately, a porcelain riveter); 6 of
  the group's own group-buys and sign-up chains (tea, rice cakes, a department dinner vote, mooncakes,
  sausages, a calligraphy society's paper); 8 notices of stores and organisers in their own groups (a hair
  salon's closed day, a boutique's new season, a restaurant's full New Year's Eve bookings, a tea house's
  tasting, a tailor's year-end deadline, a live-streamer's fan group, a nail studio's points, an antique
  market's fire check); 6 contacts passed on for a reason (a new kitchen supervisor, a lost umbrella, a
  supplier's new number, a customer whose phone is dead, a courier, a cold-store repair line); 10 scam warnings,
  most quoting the bait (points expiring, resin sold as jade, a livestream "free order" deposit, antique
  appraisal fees, a fake Meituan agent, painting buyers, salon "shareholders", paid reviews, a fake head-office
  accountant on DingTalk, one-yuan jade auctions); 13 lines with numbers that are not contacts (an order tail
  number, a table, takings, an item number, a member-card tail, a private room and deposit, a jade price, a
  stocktaking date, a pick-up code, tea cost prices, a staff number, a coupon code, a return rate); 11
  innocent uses of 私聊, 私我, 加我微信, 链接, 扫码, 企业微信, 群 and 拉进群; 10 jokes, complaints and arguments
  (a kitchen knife, a haircut like a film star's, shrinking clothes, a fake "glass" jade, a review calling
  Hunan food salty, tea and money, a traced "calligraphy", a lagging livestream, spilt soup, shifts); 15 lines
  from restaurant, retail-chain and e-commerce work groups (lunch rush, beef delivery, quality checks, support
  response times, packing tape, store displays, a sick streamer, product copy, hood cleaning, a GMV record, a
  frozen till, an SKU list, KPIs, a banquet hall's set-up, a sleeve complaint); three traditional-script lines
  (a tea gathering, char siu, calligraphy practice), one with full-width letters, and three English or mixed
  lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); a store associate inviting VIP members to the store's
own event inside the store's VIP group is not, nor is a member asking for or recommending something inside
the group. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_26 = """
自家腌的酸菜鱼片，真空包装一袋两斤，解冻下锅就行，要的加v suancaiyu_ahua
承接满月酒、寿宴上门包办，八凉十热，厨师帮工餐具全带，电话 13917264058
生日蛋糕我在家烤，六寸一百二，城东能送，微信号 cake_by_momo
纯手工美甲，猫眼跳色晕染都能做，工作室在万达三楼，wx meijia_kiki
男士平头、小孩剪发可以上门，一位十五，电话 15836072914
旗袍改尺寸、裤脚锁边、换拉链，铺子在菜场二楼，微信同号 18725093164
直播间福利款羊毛大衣两百九，库存就三十件，拍的戳 https://shop.yzlady-wear.cn/item/2281
云南古树普洱，亲戚山头采的，饼茶两百一提，加微 puer_laoyang
冰糯种手镯，老场口料子，一件一证，vx jade_rl0915
收老物件：铜钱、像章、粮票、老瓷器，上门看货当场给钱，电话 13605817392
书法作品定制，中堂对联牌匾店招都写，省书协会员，vx moxiang_zhai
我的淘宝店开张啦，卖手工千层底布鞋，群里姐妹下单送鞋垫 https://buxie-shouzuo.taobao.com
烧腊店开业，叉烧烧鹅现斩，五公里内送，订餐 17726408153
养发馆开业，头皮检测加护理体验价39，名额有限，V❤ yangfa_xiaoli
每晚九点我在抖音直播卖自家炒的瓜子花生，抖音号 guazi_dashu 点个关注
外贸女装尾货，连衣裙三十五一条随便挑，拿货加微信 nvzhuang_weihuo
酒楼包厢大厅都能订：生日宴、乔迁宴、公司年会，订桌 13581946027
纹眉 vx wenmei66
朱泥西施壶，宜兴老师傅亲手做的，三百起，wx zisha_gu
我家那口子是大厨，周末能上门做家宴，八菜一汤四百，加v jiayan_chushi
代运营小红书和抖店，起号、投流、剪视频一条龙，微信 daiyunying_pro
和田玉籽料挂件，原皮原石，价格只有直播间一半，v: hetian_yu_88
代织毛衣 vx zhimao
建了个美食探店群，每周都有霸王餐名额，进群加v tandian_xiaomi
自己熬的辣椒酱、香菇牛肉酱，一瓶二十，电话 139 2741 6085
上门化妆修眉，年会妆舞台妆都接，微信：一五八 三六二七 四零九一
工作室不开了，二手缝纫机锁边机便宜出，联系 ①⑧⑥⑤⑦②③⑨⑥④⓪
新茶到货先在我们普洱茶友群里开抢，扣扣群号 73 826 1054
古钱币银元真品出售，支持鉴定，🐧 2847193065
直播间涨人气：点赞、评论、在线人数按小时算，Telegram @zhibo_renqi
女装清仓一件不留，秒杀入口 t.cn/A6x9Kq2 手慢无
上门剃头刮脸，手艺三十年，幺三八 五七二零 四幺九六
外卖店代运营，美团饿了么评分帮你做到4.8，电话１５２６０３８４７１９
寿宴包席一桌八百八起，订席电话 壹叁柒 贰玖零捌 陆伍肆壹
翡翠原石赌石直播，一刀穷一刀富，纸飞机 @jade_dushi
西服衬衫量身做，布料上百种，扣扣 三九一〇七六二八五
手作发簪、流苏步摇，小红书搜「簪花娘子阿蛮」下单
茶叶批发零售，微信 t e a _ 1 9 9 2
正宗雲南滇紅，茶廠直發，量大從優，加維芯 dianhong_cha
古玩字畫回收，上門鑒定，現金交易，加徵信 guwan_shou
xin kai de yangfaguan, toupi huli tiyan 9.9 yuan, weixin: hufa_ys
Zòngzi zìjǐ bāo de, xiānròu dànhuáng, wǔ kuài yī zhī, jiā V: zongzi_ma
汉服出租，拍照出片，一天六十，ԛԛ 2750418396
美容院年卡拓客，做一送三，ｗｘ：ｍｅｉｒｏｎｇ＿ｌｉｎ
私人定制旗袍，量体裁衣，𝕧𝕩 𝕢𝕚𝕡𝕒𝕠_𝕫𝕙𝕦
翡翠手镯源头价，加卫星 feicui_laoliu 看实拍
私房菜館包廂預訂，主廚拿手菜每天限量，訂位請加 wei亻言 sifang_guan
舞台妆跟妆都接，🅥🅧 huazhuang_ann
红糖米发糕，自己发的面，一块五一个，想要的在群里报个数，我明早一起蒸
周六晚上我直播清库存，羊绒衫全场五折，姐妹们记得蹲一下
新到一批冰种飘花吊坠，喜欢的回个“看”，我挨个发视频
店里这周剪发染发全部七折，想弄头发的提前一天约
明前龙井刚炒好，一斤五百八，想喝的给我留个收件地址
院里柿子做的柿饼，十块一包，想尝的路过门卫室顺手捎一包走
改衣服做窗帘都接，活儿送到三楼东头那户就行
书房清出来几幅字，不是名家但写得规矩，喜欢的出个价
中秋月饼开始接预订，五仁和蛋黄莲蓉两种，订的在这条下面跟个数
闺女编的手链，十几个款，想看样子的我拉个视频给你看
年夜饭还剩六桌，十八个菜一千八，要订的赶紧占位
自包粽子，要的吭声
""".strip()

NEGATIVE_26 = """
谁家有大号蒸笼，周末给我爸办寿宴想借两天，用完洗干净还
求推荐个改裤脚的地方，新买的西裤长了一大截
有懂和田玉的吗？朋友送了个镯子，想找人帮忙掌掌眼
想买点正山小种送领导，群里喝茶的给点建议，别太贵
附近哪家剪短发剪得好？上次剪得跟狗啃的一样
请问谁知道哪能修老式座钟？家里传下来的，停了好几年
有没有多余的打包盒，食堂今天不够，先借一箱明天还
想给我妈做件中式棉袄，有认识手艺好的裁缝吗
谁有闲着的直播补光灯借我一晚，明早就还
求问宣纸生熟有啥区别，刚开始练字买哪种
有出二手缝纫机的吗，想收一台给我妈踩着玩
上次我家满月酒请的刘师傅，菜地道价钱也公道，他电话13706218594，就说老王介绍的
楼下修鞋铺能改皮带打孔，老板实在，上回都没收我钱
问改衣服的那位，西门菜场二楼张姨手艺好，我改过三条裤子，她铺子电话 0571-86243197
我常去的那家剪发店在小区北门，托尼话不多但剪得准，推荐
上周群里问装裱的，我找的文化街墨韵斋，裱得平整价格也不贵
谁要找厨师做家宴，我表哥请过的那位挺好，号码我私发给你们
古玩街锔瓷的老周手巧，我摔裂的壶他补好了，他不用手机，直接去店里找
【本周茶叶团购接龙】明前龙井半斤装一百六：1. 李姐 2包 2. 小周 1包
这周年糕团购周四晚截止，接龙写楼号和份数，周六在活动室统一发
接龙：周五部门聚餐，想吃火锅的写1，想吃粤菜的写2
上次团购的月饼到了，还没领的找群主，放在社区活动室
团长说腊肠这批少了五斤，接龙靠后的几位要等下一批，抱歉啊
书法社统一买宣纸，一刀一百二，要的在群里接龙，周末社长去拿
【丽人美发会员群】本周三店休一天，已预约的客人我们会挨个电话确认
各位会员，店里到了秋冬新款，凭会员码九折，周末欢迎到店试穿
本店年夜饭预订已满，感谢老顾客支持，初五起正常营业
茶馆会员们，周六下午开白茶品鉴，免费喝，想来的在群里报个人数
裁缝铺通知：年前活多，腊月二十以后送来的衣服要年后才能取，请谅解
咱们粉丝群的宝宝们，今晚八点半开播，福利款在三号链接，别错过哦
【美甲店VIP群】积分可以换一次手部护理，需要兑换的到店跟前台说
古玩城商户群：本周日上午消防检查，各店铺务必留人开门
新来的后厨主管姓郭，电话15927360418，备货的事以后直接找他
谁在二楼包间落了一把黑伞和一个保温杯？失主联系前台 18660473925
订菜的注意：张师傅手机号改成13858206713了，老号不用了
今天来取旗袍的王女士留的电话打不通，有认识她的帮忙转告一声
快递员说门店的货放隔壁奶茶店了，他电话17195038264，有问题直接问他
冷库又报警，我打了制冷公司的400电话，说今晚十点前派人来
注意！有人冒充咱们店给会员发短信“积分即将清零，点击链接兑换”，我们从不发这种，别点
又有人在别的群发“和田玉原石九十九包邮，加v看货”，收到的全是树脂，别上当
“直播间抢到免单，需先交保证金”这种都是骗子，我同事被骗了八百
刚才那个说“古董免费鉴定、拍卖保底成交”的，先收鉴定费再失联，新闻报过好多次
美团“客服”来电说评分异常要退保证金，还让装会议软件共享屏幕，是骗子，店长们都挂掉
我妈收到一条“老字画高价回收，专家上门”，人来了就说是假的，压价到几十块
刚被踢的那位发的“美容院股东招募，月分红两万”，大家别加他
那种“刷好评返现，一单赚十五”的兼职别碰，店铺被判刷单是要封的
提醒各位店长，有人冒充总部财务在钉钉上让转货款，一律先电话核实
「翡翠直播间一元起拍」都是套路，拍下说是原石要切，切开就是废料
顾客说少了份米饭，单号尾号3871，是哪个骑手拿的单
8号桌加两瓶啤酒、一份蒜蓉粉丝扇贝，记账上
今天营业额一万二千六，比上周三多了一千八
货号 QP-2318 的真丝旗袍，M码还剩三件，L码断了
会员卡尾号0625的顾客说积分没到账，前台帮忙查查
203包厢订的晚上六点，十二位，已经付了五百定金
这块玉标价3800，老板说3500能走，我还是觉得贵
11月26号晚上盘点，所有门店九点后闭店
取餐码A047，到了喊一下
这批龙井进价一斤四百二，零售定六百八合适吗
2号店工号1037是新员工，排班表上补一下
优惠码 WINTER30 今晚失效，还没用的抓紧
上个月退货率4.7%，比行业平均低一点，客服组辛苦了
私聊我的那几位，排班我晚点统一回，先别急
刚才那单的截图你私我一下，我去后台查
新同事先加我微信，我拉你进排班群
这个培训链接要先登录工号才能看
顾客扫码点餐老是跳不出来，是不是桌贴的二维码坏了
书法展的照片群里发太糊，加我微信我传原图给你
老板说以后报销走企业微信，别再发个人微信了
别在大群里发顾客电话，拉个小群说
直播回放运营已经发在工作群了，没看的补一下
扫码付款时看清收款人是不是咱们店
我把我姐拉进群了，她也爱喝茶，大家多关照
你们谁又拿后厨的菜刀切水果了，刃都卷了
理发师问我想剪成什么样，我说彭于晏，他说那得先换个头
这家的衣服洗一次就缩水，跟店员磨了半天说不给退，气死
你那块根本不是老坑玻璃种，别在群里吹了
又是差评，说菜太咸，大哥我们是湘菜馆啊
喝了一辈子茶也没喝明白，越喝越穷哈哈
那幅字是打印了再描的，看笔画边缘就知道，别争了
每次直播都卡，网费没少交，还不如去楼下小卖部蹭wifi
骑手把汤洒了一半，顾客骂的是我们，找谁说理去
店长又临时调班，我周六本来约了人的
今天午市人手不够，前厅的先来帮忙传菜
鲜切牛肉到了，在冷库第二层，先进先出
明天品控部来抽查，各档口把食材标签贴好
大促预热期间，客服首次响应控制在三十秒内
打包台胶带用完了，谁去采购那边领一箱
各门店本月陈列照片周五前发群里，总部要检查
主播嗓子哑了明天请假，副播顶一下，脚本我晚上发
新品文案写好了，美工把主图再调亮一点
厨房排烟罩下周三清洗，当天后厨九点前不开火
昨天直播GMV破十万，晚上一起吃宵夜，老板请
今年茶會定在臘月十八，地點還在老地方，記得帶自己的杯子
這家老店的叉燒真的好吃，排隊四十分鐘也值
ＰＯＳ机今天又死机了，收银台的先用手机记账
Pls check the SKU list before 6pm, the livestream starts at 8
Boss说这周KPI不看GMV，看复购率
宴会厅明天两场寿宴，桌布和转盘今晚提前布置好
顾客投诉师傅把袖子改短了两公分，明天店长去沟通一下
練字不能急，先把橫豎寫穩了再說
""".strip()
