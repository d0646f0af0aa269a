"""Hold-out set 36 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-32 (see holdout_data.py), at the same time as set 35 (written by another helper; this set
was checked against set 35's lines as they stood when this one was finished: highest ratio 0.451). The writer
read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened
nothing under src/, tests/ or docs/, ran no detector on these lines and did not run bench_holdout.py or any
other benchmark; holdout_data.py (lines 1-160, its docstring) was opened only for the labelling rules and the
history of earlier sets, and holdout31_lines.py and holdout32_lines.py only for the file format and their
docstrings' topic lists and calls (to avoid repeating them; their lines were not read). The two dumps (earlier
hold-out lines, training lines) were only read by a similarity script, never line by line. No line is copied
from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(),
taken both ways round) against every line of the earlier hold-out sets' dump and of the training-line dump is
at most 0.5 (highest 0.500), and no two lines of this set exceed 0.5 against each other (highest 0.379). The
lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 36 focuses on food and drink traded in groups: baijiu and wine (白酒, 酱香, 米酒, 红酒, wine glasses and
decanters, old liquor bought back), cigarettes (duty-free and "channel" cigarettes, pipe tobacco and e-liquid),
seafood and frozen food (带鱼, 梭子蟹, 大闸蟹 and crab vouchers, frozen shrimp, beef and mutton), regional
specialties (特产: cured meat, 鲜花饼, 火腿, honey, salted duck eggs, free-range eggs and chickens), home bakers
and cakes, 私房菜 and home cooking to order (家宴, 年夜饭, dumplings, braised dishes, steamed buns), fruit
wholesale, rice and cooking oil, mooncakes and festival gift boxes. It keeps the mix real spam has: 24 lines
plain or lightly disguised (a plain id after "加我微信" or "微信", a mobile number with
"微信同号", "V❤", "私我", "vx", a landline, "加v", "QQ", a 微店 link, "私聊我", "wx", "vx同号", "加我", "加微",
"V", a qm.qq.com group link, a Taobao shop name to search, a recruiter's e-mail, "加我vx") and 14 moderately
(spaced digits with a dash, Chinese digits with 零, circled digits with ⓪, "企鹅" with spaced digits, 幺 in
grouped Chinese digits, full-width digits, upper-case Chinese digits in groups, "纸飞机" with a handle, t.cn and
url.cn short links, "扣扣" with grouped Chinese digits, "v x" with a spaced-letter id, a dash-grouped "Q群"
number, a 小红书 account with 私信) and 10 heavily, with disguises the docstrings read do not list (traditional
script with small Roman-numeral letters "ⅴⅹ" and a Roman-numeral id; a mobile number in homophone characters
"要山巴 思酒灵饵 柳舞琪要"; bold mathematical letters and digits "𝐯𝐱"; subscript digits; the reversed word
order "信微加"; dingbat negative circled digits with ⓿; superscript letters "ʷˣ" with a superscript id; the
split "力口" with the look-alike 薇 and the split "亻言"; Greek "νχ" with an id mixing Greek and Cyrillic
letters; digit-full-stop digits "⒈⒊⒌") and 12 subtle (an offer with a call to action only, none listed by the
earlier sets' docstrings that the writer read: "想要的转个红包备注楼栋门牌", "想订的戳一戳我头像",
"给这条点个赞的按先后匀给大家", "带个桶来装", "拿空瓶子来6栋门口打", "把桌数和日期回在这条下面",
"明早六点前报数，八点去地下车库B区提", "在群里发“油+桶数”", "头天晚上在楼道那张纸上签个名",
"谁要把地址贴出来我直接寄", "来了现场下单打八折，记得自带杯子", "把蛋糕样图发群里再@我"). About 15
positives are written the way members casually sell in a group (home-brewed rice wine, Guizhou cured meat made
in excess, an upstairs mum's cakes, a cousin's pressed rapeseed oil, unused crab vouchers from work, home-made
dumplings, a family's braised snacks, an uncle's mountain honey, salted duck eggs, a mother's eggs and chickens,
a helper's braised pork, egg-yolk pastries before Mid-Autumn, a spare box of crabs, a father's osmanthus rice
wine, work-issued cooking oil, morning buns, parents' selenium rice).

- `POSITIVE_36` (60 lines): home rice wine, a Maotai-town sauce-aroma distillery, imported wine clearance,
  cigarettes (私我), Zhoushan seafood, a frozen-food wholesaler (landline), Guizhou cured meat, a home baker's
  cakes, a 私房菜 chef at home, Gannan navel oranges (微店), Wuchang rice, rapeseed oil, corporate mooncake
  boxes, crab vouchers, duty-free cigarettes, home-made dumplings, a baijiu agency, Aksu apples, braised
  snacks, a fruit wholesaler's QQ group, Yunnan flower cakes and ham (a Taobao shop), a frozen-food sales job,
  wine glasses, new-year gift boxes; then sorghum liquor (spaced digits), seafood gift packs (Chinese digits),
  a wine estate's franchise (circled digits), 私房菜 group meals (企鹅), a mooncake contract maker (幺), old
  liquor bought back (full-width), frozen beef and mutton (upper-case digits), duty-free tobacco (纸飞机), a
  baking crash course (t.cn), durians (扣扣), mountain honey (spaced letters), a grain-and-oil wholesale group
  (Q群), a baijiu tasting (url.cn), lava-custard mooncakes (小红书); the ten heavy lines (sauce-aroma baijiu,
  hairy crabs, frozen shrimp and squid, salted duck eggs, home cooking delivered, pipe tobacco and e-liquid,
  mooncake boxes, long-grain rice, seafood drop-shipping, free-range eggs and chickens); and the 12 subtle lines.
- `NEGATIVE_36` (100 lines): 20 that look dangerous at first sight (a mooncake deliveryman's phone passed on for
  work, the 12315 food-safety hotline, a cherry order number, a purchaser's card sent by 私聊, a baking teacher's
  phone from the organiser, the national standard on mooncake packaging with its site, "私聊我" between year-end
  party organisers, "加我微信" to a colleague for a purchase sheet, the customs 12360 hotline, the estate's
  cold-storage notice, an unclaimed fresh-food parcel's tail number, a drinks supplier added for a contract,
  mooncake vouchers only through the official mini-program, a class e-mail for a baking sign-up form, the
  canteen's extension, a wine invoice for expenses, an internal purchasing group, the 12345 hotline, a cake
  pick-up code, the estate butler's phone and a cold-chain delivery); 10 members asking to buy or for a
  recommendation (hand-made beef balls, a cake shop for a child allergic to mango, a mooncake swap, a chef for
  new-year's eve dinner, an honest durian seller, the price of rice, Helan Mountain wine, old Fenjiu wanted,
  Hunan specialties as gifts, the frozen-food market's Sunday hours); 10 warnings or complaints quoting the ad
  or scam ("茅台原箱内部价，先付款后发货", "免费领大米，只需付运费", "阳澄湖蟹券一折收", "出口转内销香烟",
  "进口红酒投资，年化收益30%", a fake group-buy admin's membership fee, 9.9 egg-yolk pastries, an admin
  threatening cigarette sellers, "散装酱酒15元一斤纯粮", farmed fish sold as wild); lines with numbers that are not
  contacts (mooncake and rice prices, a gift-box 接龙, wine strength, tables and bottles at a year-end party, oven
  temperatures, cherry grades, an AA dinner, shrimp prices, apple sizes, a private room number, a lantern-riddle
  接龙, a vote deadline, candles, steaming times, a barbecue shopping list, a snack budget, a supermarket
  discount, tar content); organisers' own notices (a dumpling afternoon, fruit inspection rules, a tea-break
  budget, a smoking area, mooncakes for every staff member, a school's rule on zongzi); complaints and everyday
  chat (a full freezer, a collapsed cake, grandfather's buried wine, salty canteen fish, dripping sausages, a
  fake Wuliangye, gout, a thick duck skin, a member asking the owner to ban sales); two English lines, two
  traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own notice inside its own group is not,
nor is a member asking for or recommending something inside the group, nor a warning quoting an ad, nor a
contact passed on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_36 = """
自家酿的米酒，52度纯粮，十斤一桶二百八，要的加我微信 hjl_jiuwu88
茅台镇坤沙酱酒厂家直供，婚宴用酒量大从优，电话 13907738412（微信同号）
进口红酒清仓，法国波尔多原瓶，整箱六支只要399，V❤：redwine_lulu
要烟私我，中华都有😏
舟山渔船直发带鱼、梭子蟹，冷链到家，vx：zsyu_haixian2
冻品批发：牛排、鸡翅、虾滑，餐馆食堂都供，联系0571-86623190
我老家贵州的腊肉香肠今年做多了，真空包装，一斤七十，加v：lxm19880612
楼上宝妈自己在家烤的戚风和奶油蛋糕，用的都是动物奶油，不加防腐剂也不加色素，孩子过生日、老人做寿都可以做，六寸起做，图案能按要求画，提前两天订就行，小区内免费送上门，微信同号15867204391
私房菜上门，八菜一汤家宴，厨师有十年酒店经验，QQ：2837461095
赣南脐橙今年果园自摘，个大汁多，十斤包邮到家，微店链接 weidian.com/s/1193520774 直接拍
东北五常大米新米上市，农户直供，25公斤一袋，团购价私聊我
小榨菜籽油，我表哥自家油坊压的，一桶五升九十块，要的加我wx：yzh_caiziyou
广式月饼礼盒接企业团购，可印logo，电话18620475396 找王经理
中秋大闸蟹礼券，公司发的用不完，原价688现在300出，vx同号 13512869047
代购免税烟，整条便宜，需要加我 yanyan_5566
家里包的手工水饺和馄饨，冻好的，五十个一袋三十元，送货到楼下，微信 dumpling_mama
招白酒区域代理，零库存一件代发，加微了解 jiudaili888
新疆阿克苏冰糖心苹果，果园直发，一箱九斤68元，V：akesu_guoyuan
我们家做的卤味，鸭脖鸭掌牛肉都有，周末可以预订，联系小周 17756328410
水果批发档口直供，榴莲山竹车厘子，团长拿货价，进批发群点这 https://qm.qq.com/q/7hKd3xW2
云南鲜花饼、宣威火腿，亲戚开的店，淘宝搜“彩云小铺”，报我名字打九折
酒店冻品供应链招业务员，底薪五千加提成，简历发 hr_dongpin@163.com
有要红酒杯、醒酒器的吗，批发价处理，微信：jiujuwang_2
过年送礼的坚果特产礼盒，量大可开票，加我vx详聊：nianhuo_dali
老酒坊散装高粱原浆，六十度烈得很，打酒找我 1 3 9 5 0 7 2 - 4 8 6 3
海鲜大礼包，年货首选，微信号：一三八零五七二六九一四
红酒庄园直销，加盟热线 ①⑤⑨②⑧③⑦⓪④⑥①
私房菜接团餐订单，10人起，企鹅 3 0 5 8 2 7 7 4 1
月饼代工厂家，小批量也接，手机 幺三九 二零八七 幺五六四
烟酒回收，高价收茅台五粮液老酒，电话１５０３７７６２９０８
冷冻牛羊肉批发，vx：壹叁柒 伍伍捌陆 贰零肆玖
免税烟酒渠道货，纸飞机 @yanjiu_cheap
家庭烘焙速成班，三天学会裱花，报名点 t.cn/A6kPx2Qz
泰国金枕榴莲空运包邮，扣扣：四七八 二一九 三零六五
我舅舅山里养的土蜂蜜，纯的，要的 v x：f e n g m i _ 9 9
粮油批发群每天更新报价，Q群 864-219-5303 进来看
酱香白酒品鉴会，免费喝，名额有限，报名 url.cn/5xkQ2Lm
手工流心奶黄月饼，小红书搜“阿琳烘焙日记”，私信订
純糧醬香酒廠家直銷，婚宴壽宴都能供，加 ⅴⅹ：ⅿⅰⅼⅼ2020
正宗阳澄湖大闸蟹，公母搭配八只装，打这个：要山巴 思酒灵饵 柳舞琪要
冻虾仁鱿鱼圈批发价走量，𝐯𝐱：𝐡𝐚𝐢𝐱𝐢𝐚𝐧𝟔𝟔𝟖
家里腌的红心咸鸭蛋，一箱三十个，联系 ₁₈₇₅₂₀₃₆₄₉₁
家常私房菜订餐，午晚餐都送，『信微加』chufang_77
进口烟丝、电子烟油，要货打 ❶❸❻⓿❷❽❹❼❾❺❶
月饼礼盒厂价拿货，ʷˣ：ʸᵘᵉᵇⁱⁿᵍ⁸⁸
老乡自家地里收的长粒香米，力口薇亻言 mi_laoxiang
海鲜冻品一件代发，νχ：ηаіхіаη_01
我妈养的土鸡蛋、跑山鸡，现杀现发，号码⒈⒊⒌⒍⒎⒏⒉⒐⒋⒊⒈
我家阿姨做的梅干菜扣肉，这周做了二十份，想要的转个红包备注楼栋门牌，周六统一送。
中秋前最后一批手工蛋黄酥，想订的戳一戳我头像，拍到的都给留～
老家寄来的大闸蟹多了一箱，吃不完，给这条点个赞的按先后匀给大家，一只二十五。
周五傍晚篮球场边停一辆白色冷藏车，舟山梭子蟹现称现卖，带个桶来装🦀
我爸酿的桂花米酒，想喝的拿空瓶子来6栋门口打，十块一斤。
私房年夜饭今年照常接单，冷盘八道热菜十道，鸡鸭鱼肉都是老家带来的，除夕当天下午四点前做好送到府上，人手有限只接十二桌，菜单放群文件了，挑好了把桌数和日期回在这条下面。
我在批发市场有档口，今晚到一批芒果荔枝，比外面便宜一半，明早六点前报数，八点去地下车库B区提。
单位发的鲁花油吃不完，5升的还剩六桶，一百一桶，要的在群里发“油+桶数”。
家里蒸的馒头包子，每天早上七点出锅，要的头天晚上在楼道那张纸上签个名。
爸妈种的富硒米今年收成好，三十斤一袋，谁要把地址贴出来我直接寄。
红酒试饮会周六下午在我家楼下花园，来了现场下单打八折，记得自带杯子🍷
生日蛋糕定制，奶油水果都能做，需要的把蛋糕样图发群里再@我，照着做。
""".strip()

NEGATIVE_36 = """
张师傅的电话是13816027749，月饼礼盒明天上午送到公司前台，行政直接跟他对接。
食品安全投诉打12315，买到过期冻品的一定留好小票。
订单号 20261123008417，这箱车厘子我已经申请售后了，大家不用再帮我问。
@李姐 你要的采购部小何的名片我私聊发你了，白酒报价直接找他。
王老师手机号 139 5521 0867，孩子周五烘焙课要带围裙，有问题直接打给她。
月饼礼盒不能超过三层包装，这是国家标准，原文贴这儿了 gb.samr.gov.cn 自己查
老陈你私聊我一下，明天年会的酒水清单还差两项没确认。
小刘加我微信，我把年货采购的Excel表发你，群里传太大了。
海关12360热线能查进口红酒的报关信息，之前有人问过。
物业通知：团购的海鲜放在快递柜旁边冷柜，取件码会短信发到手机上。
门卫室有个泡沫箱没人领，面单尾号9021，写着生鲜，谁的赶紧拿。
好嘞，酒水供应商那边我已经加上了，明早让他们把合同传过来签。
公司月饼券兑换请走官方小程序，不要加陌生人的“兑换客服”微信。
家长们，烘焙活动报名表在班级群文件里，填好发班主任邮箱 banji3@school.edu.cn
食堂新的订餐电话是内线8062，以后订工作餐打这个。
红酒那家店的发票和营业执照我拍给你了，报销用，看私聊。
采购群的群号我刚改了，是公司内部群，新同事找刘主管拉。
12345市民热线说了，菜市场卖注水牛肉的可以直接举报。
蛋糕店说取货码是8426，我下班顺路帮你拿回来。
各位业主，这次社区统一订的年货粮油和冻品明天下午两点左右由冷链车送到小区东门，各单元长负责清点分发，没在家的放单元门口登记表上签字后由单元长代收，管家电话已经放在群公告里了，有问题直接打。
潮汕牛肉丸哪家是手打的？老爷子就好这口，想买点回去孝敬。
求推荐靠谱的生日蛋糕店，孩子对芒果过敏，要不含芒果的。
谁家有多的月饼吗？我想换两个五仁的，拿蛋黄莲蓉跟你换😄
今年不想自己下厨了，十口人的年夜饭，有没有上门做饭的大厨能介绍？
请问小区附近哪家水果店的榴莲比较实在，不坑秤？
问一下，二十斤装的东北大米现在大概什么价，别被超市坑了
有喝过宁夏贺兰山红酒的吗？想买几瓶送人，不知道好不好。
求购：想收几瓶2015年以前的老汾酒，自己喝的，群里谁家有闲置的吗
过年想给领导带点家乡特产，湖南这边有什么拿得出手的？
帮忙问问，谁知道冻品市场周日开不开门？
大家注意，又有人在群里发“茅台原箱内部价，先付款后发货”，这种百分百是骗子。
我妈刚被“免费领大米，只需付运费”的电话骗了五十九，各位家里老人看紧点。
别信朋友圈那个“阳澄湖蟹券一折收”，我同事转过去就被拉黑了。
举报一下，刚退群那个号一直私聊大家卖“出口转内销香烟”，截图已经给群主了。
提醒：所谓“进口红酒投资，年化收益30%”都是套路，别碰。
昨天有个陌生号加我，头像还用的咱们小区大门照片，说是“小区海鲜团购群管理员”，要我扫码交五十块会费才能继续在群里买，我问了群主根本没这回事，大家千万别上当，看到这人就拉黑。
直播间九块九十个的蛋黄酥我买过，全是植物奶油，硬得硌牙。
谁再往群里发卖烟的广告直接踢，卖烟违法的不知道吗
网上那种“散装酱酒15元一斤纯粮”的，基本都是勾兑的，喝坏身体划不来。
我在菜场买的“野生黄鱼”回家一看是养殖的，老板还不认账，气死。
今年月饼一盒六个，蛋黄莲蓉卖到198，太离谱了。
接龙：中秋礼盒领取 1. 302 王芳 2. 507 李建 3. 1201 赵姐 4. 806 小周
通知：本周六上午九点在社区活动室包饺子，材料社区出，大家带孩子来玩。
昨天那瓶红酒14.5度的，我喝了两杯就上头了
大米涨价了，上个月两块八一斤，现在三块一。
公司年会白酒按每桌两瓶算，一共18桌，各部门今天下班前把人数报上来。
我家冰箱冷冻室满了，那只三斤重的鸡不知道往哪塞😂
蛋糕烤出来塌了，是不是温度太高？180度烤了35分钟。
收到，车厘子J级和JJ级的差别主要是个头。
我爸说这坛酒是他结婚那年埋的，三十多年了，谁都不许动。
今晚聚餐AA，人均86，群收款我发了，大家点一下。
中午食堂的红烧带鱼太咸了，阿姨手一抖。
群公告：团购水果到货后请在24小时内验收，有坏果拍照发群里，统一找供应商补。
海南那边今年芒果减产，价格比去年贵了快一倍。
我奶奶包的粽子是咸蛋黄加五花肉的，一年就包一次。
那瓶五粮液是假的吧？瓶盖的码扫出来是空的。
今天买了两桶5升的花生油，一桶一百零九，超市会员价。
家长会后的茶歇要准备水果和点心，家委会预算600元，有意见的今晚说。
3号楼张阿姨送的红糖发糕太好吃了，谢谢阿姨🙏
比分2:1，我们部门赢了，晚上那箱啤酒归我们！
抽烟的同事请去楼下吸烟区，别在楼梯间抽，烟味都飘到办公室了。
腊肠挂阳台晒了一礼拜，楼下说油滴到他家衣服上了，我得去道个歉。
今天菜市场基围虾68一斤，昨天才58。
有一说一，巷子里那家私房菜的酸菜鱼比连锁店好吃多了。
谁家孩子的饭盒落在烘焙教室了？蓝色的，上面贴了小熊。
周末回老家，给大家带点麻糖尝尝，不要钱哈。
冻肉解冻最好放冷藏室一晚上，别用热水泡。
老板说这批苹果是80果，一箱36个左右。
周三部门聚餐定在湘菜馆，6点半，包间206。
我泡的杨梅酒今天开坛了，颜色特别好看，等下发个图。
元宵节社区猜灯谜，奖品是汤圆和米，报名接龙：1.李 2.黄 3.钱阿姨
月饼券我已经兑了，顺丰两天就到了，效率挺高。
大家投票：年货福利选A 粮油组合 还是 B 坚果礼盒，今天18:00截止。
蛋糕上的数字蜡烛买错了，插成61了，孩子才16岁🤣
烤鸭皮太厚，差评
海鲜吃多了痛风又犯了，这周只能喝粥。
大闸蟹蒸15分钟就够了，蒸久了肉会老。
Does the Costco in Pudong still sell the big bags of jasmine rice?
這批月餅的保質期到十月五號，記得早點吃。
团建烧烤食材清单：羊肉串200串、鸡翅60个、玉米30根、啤酒8箱。
第三季度部门零食预算还剩１２００元，大家想买什么报给我。
油价涨了菜价也跟着涨，一把小葱都要三块。
老面还是酵母？
我反正不喝白酒，年会能不能准备点果汁。
红酒醒了半小时，口感确实柔和多了。
昨天的排骨炖藕谁做的？盘子还在我这，来拿一下。
好的，月饼按人头发，每人一盒，外包同事也有。
楼下那家水果店关门了，老板回老家了。
这周轮到我值日，冰箱里过期的酸奶我都清掉了啊
孩子学校通知端午节别带粽子进教室，怕有同学过敏。
群主，能不能规定一下群里别发卖东西的，最近太多了。
双十一囤的米还没吃完，又要过年了。
婚宴用酒我们最后定了剑南春，一桌两瓶，一共22桌。
Happy Mid-Autumn everyone! 🥮 Don't eat too many mooncakes.
哈哈哈你那个蛋糕裱花像一坨奶油山
下单了，快递单号我截图发你了，注意查收。
年货节超市满300减50，我凑单买了两桶油。
老妈炖的萝卜牛腩，今天吃了三碗饭。
請問這個紅酒要冷藏嗎？還是常溫放就行。
烟盒上写焦油量10mg和8mg，差别大吗，我爸非说8的好。
""".strip()
