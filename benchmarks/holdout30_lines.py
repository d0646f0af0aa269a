"""Hold-out set 30 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-28 (see holdout_data.py), at the same time as set 29 (written by another helper; this
set was checked against set 29's file as it stood when this one was finished: highest ratio 0.406).
The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing
under src/, tests/ or docs/, ran no detector on these lines and did not run bench_holdout.py or any other
benchmark; holdout_data.py (lines 1-135, its docstring) was opened only for the labelling rules and the
history of earlier sets, and holdout27_lines.py and holdout28_lines.py only for the file format and their
docstrings' topic lists and calls (their lines were not read). The two dumps (earlier hold-out lines,
training lines) were only read by a similarity script, never line by line. No line is copied from earlier
sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio()) against
every line of the earlier hold-out sets' dump and of the training-line dump is at most 0.5 (highest 0.500),
and no two lines of this set exceed 0.5 against each other (highest 0.382). The lines are meant to be scored
once, blind; tuning on their errors would spoil them.

Set 30 focuses on mother-and-baby care (月嫂, 育儿嫂, lactation help, confinement meals, maternity and baby
goods), housekeeping and domestic services (保洁, 钟点工, 保姆, home organising, appliance cleaning),
elder-care workers and care homes, moving companies, pest control, laundry and dry-cleaning, and
second-hand goods, recycling and scrap (废品回收) dealers. It keeps the mix real spam has: 24 lines plain or
lightly disguised (a plain phone number, id, QQ number or landline, "加微信", "加v", "vx", "wx", "V❤", "加微",
"微信", "微信同号", "加v同号", "联系电话", "私我", "加我微信" without an id, a Taobao short item link, a named
contact with a phone), 14 moderately (spaced digits, Chinese digits with 零, circled digits with ⓪ after
"微", a spaced "🐧群" number, 幺 for 1 in Chinese digits, full-width digits, upper-case Chinese digits,
"纸飞机" with a handle, a url.cn and an mrw.so short link, a 小红书号, a 快手号, an id spelt with spaced
letters after a spaced "v x", a phone mixing 幺 with Arabic digits and a letter O for zero) and 10 heavily
(traditional script with the look-alike "徾信" and an id split by middle dots, full pinyin with the number in
pinyin words, the homophone "喂信", the look-alike "溦" with the split "亻言" and an id spelt in English
number words, Greek "ν" with the multiplication sign "×", monospace mathematical "𝚟𝚡" with a monospace id,
spaced regional-indicator letters "🇻 🇽", negative circled "🅥🅧", traditional script with the homophone
look-alike "維芯", a phone number spelt in English words after "call") and 12 subtle (an offer with a call
to action only, none listed by earlier sets' docstrings: "把预产期和住哪报给我", "提前三天把楼层和大件件数告诉我",
"要做的在门口贴张纸写上门牌号", "拎到楼道口打个招呼", "装袋子挂我家门把手上", "周日带宝宝来小区会所",
"三轮车停东门，拎下来现场过秤", "想先尝尝的留个楼号", "到住院部三楼护士站问周阿姨",
"在我这条下面点个赞", "直接拎来二楼活动室", "今晚八点楼下花坛边等我"). About 15 positives are
written the way members casually sell in a group (a used cot, a husband's small lorry, a family laundry, a
retired mother minding children, a used breast pump, home-cooked confinement meals, hand-sewn muslin
bibs, a used car seat, booking a maternity nurse, door-to-door cockroach bait, old appliances collected
after work, washing hung on a door handle, a recycler's tricycle, confinement-meal tasters, formula samples).

- `POSITIVE_30` (60 lines): a gold-medal 月嫂, a live-in 育儿嫂, a van removal, termite and rodent control,
  a dry-cleaner's opening offer, old appliances bought, a used cot, hospital carers, move-in cleaning,
  nappies on Taobao, used office furniture and appliances bought, care-home beds, lactation massage, mattress
  mite cleaning, a husband's lorry, long-distance removals, baby-hair brushes and hand- and footprints,
  appliance cleaning, curtain and carpet washing, after-school minding, a breast pump, confinement meals, an
  hourly cleaner, cardboard and paper bought, a removal crew (spaced digits), a 育儿嫂 (Chinese digits), old
  phones and computers (circled digits), a cleaners' day-pay QQ group, the "four pests" for canteens, muslin
  bibs (full-width digits), a live-in carer (upper-case digits), second-hand luxury bags on Telegram, baby
  group-buying (short link), home organising (小红书), a confinement-centre tour, a car seat, cockroach and
  ant bait wholesale (快手), wheelchairs and care beds to rent (short link), the ten heavy lines (maternity
  nurses, a removal man, a live-in carer, pest control, leather-coat cleaning, gold, watches and bags bought,
  Australian formula, whole-home appliance clearing, cleaners, night carers) and the 12 subtle lines.
- `NEGATIVE_30` (100 lines): 22 that look dangerous at first sight (a 月嫂's phone sent privately, a removal
  foreman's WeChat passed on, the property office's disinfection notice with its landline, a carer asking
  extra on WeChat, a dry-cleaning ticket number, vaccine booking through the clinic's official account, a
  育儿嫂's CV in 私聊, invoice details sent privately, a cleaner's staff number, a recycler's new number in
  the group notice, care records in the family group, booking the lift through the property office, the
  nanny added to the group, a cot's QR-code video, a pest-control work order, a contract clause "联系公司",
  a care-home gatehouse extension, a parent's WeChat for the teacher, a removal list in the family group, a
  parcel-locker code, a washing machine's 400 line, a clothes-bank moved); 11 members asking to buy, borrow
  or for a recommendation (a 月嫂, a removal firm, a pram to borrow, a dry-cleaner for cashmere, a live-in
  carer's rate, cockroach bait, a used high chair, an old sofa, an hourly cleaner's rate, a washing-machine
  mechanic, a laundry recommended); 11 warnings or complaints quoting the ad (free cockroach bait from a fake
  property office, "月嫂培训包就业", "旧手机换鸡蛋", "搬家99元全包", cut-price imported formula, free basins for
  old clothes, agency deposits, old medicines bought, a fake refund text, "除甲醛除螨一次管三年", a stay-at-home
  side-job bait); lines with numbers that are not contacts (a 月嫂's wage, millilitres of milk, a flat
  number's boxes in a fire lane, a clothes-recycling sign-up list, a blood pressure, a laundry bill, a
  laundry-room dryer, a care grade and subsidy, a 36-week scan, a carer's day rate, a training room, staff
  appraisal numbers, a swimming card); organisers' notices (a baby-group rule, a water-pipe repair, a crawling
  contest, bulky-rubbish nights, visiting hours, a mosquito-kit handout, book donations, a moving checklist
  in the group files, a hospital-bag list); arguments and complaints (a cracked fish tank, salty cooking,
  night carers asleep, a yellowed shirt, a grandmother and a 月嫂 arguing, a bird's-nest accusation, photos
  with location, paying for rodent control); and everyday chat (scrap prices, eczema, airing after pest
  control, a farewell after moving, cans sold, a cat and cockroach bait, a lost remote, baby clothes donated),
  two English lines, two traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own notice or sign-up inside its own
group is not, nor is a member asking for or recommending something inside the group, nor a contact passed
on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_30 = """
金牌月嫂26天一单，带过双胞胎和早产宝宝，持证上岗，宝妈们加微信 yuesao_lin88 详聊
住家育儿嫂，会做辅食会早教，做六休一，电话13862047715 李姐
小面包车搬家180起，楼层另算，床柜拆装不加钱，加v：banjia-xiaoliu
白蚁防治、灭鼠灭蟑，餐馆和小区都接，包半年不反弹，vx 15907326641
新店开业，羽绒服干洗39元一件，两件起上门取送，wx: xiyi_jingdian
高价回收旧空调冰箱洗衣机，拆机搬运我们来，现场结钱，V❤ huishou6677
孩子大了，实木婴儿床带床垫转出去，九成新，350自提，微信同号13574490826
医院陪护找我们，24小时护工，男女都有，按天按月都行，加微 hugong_zhang2
新房开荒打扫，玻璃窗台厨房卫生间全包，按面积算，找刘姐18681529034
年底囤货季，纸尿裤拉拉裤按箱卖，比超市便宜一截，链接 https://m.tb.cn/h.5xQk2rT
收二手办公桌椅、餐厅设备和旧家电，上门估价，王师傅17733820561
康养中心还有六张床位，半失能老人也收，月费3200起，咨询0731-85526610
专业催乳通乳，产后堵奶上门处理，不疼不打针，微信: cuiru_chen520
床垫沙发除螨深度清洗，上门带机器，加v同号13088271934
我老公在家开小卡车，周末能帮人拉点家具，市区内一百块，要的加我微信
跨省长途搬家，钢琴保险柜也能搬，全程打包，QQ 2874410352
胎毛笔手足印上门制作，满月宝宝也能做，预约加v：taimao_bi
空调洗衣机油烟机清洗，年前特价88一台，约师傅加微信 jiadianqx01
我家开洗衣店的，小区里要洗窗帘地毯的可以上门拆装，电话13952276643
我妈退休在家闲着，可以帮忙接孩子放学、管晚饭，就在三期，需要的私我
闲置吸奶器，双边电动的，只用了一个月，六百带走，感兴趣加v：mumu_0612
在家做月子餐给附近宝妈送，一天三正三点，一周980，vx：yuezican_huahua
钟点工阿姨，做饭打扫一小时35，附近几个小区都跑，电话15216630098
大量收购废纸箱旧书报塑料瓶，量大上门过秤，微信 feipin_laozhao
小区搬家我们最熟，不收楼层费，师傅电话 139 2286 0471
育儿嫂带过三胎，做饭干净，联系一三八零七六五二二九一
回收旧手机旧电脑，数据当面销毁，微 ①⑤⑧②⑦③⑥④⑨⓪①
保洁兼职日结群，想接活的进 🐧群 6 3 2 0 1 8 5 7 4
灭鼠灭蚊除四害，单位食堂包年，热线 幺三五八八幺七二零四六
自己手工做的婴儿口水巾纱布被，纯棉无荧光，要的找我 １８９６２３４０５７１
住家保姆照顾老人，有护理证，电话 壹捌陆柒叁零贰伍伍捌玖
二手奢侈品包回收寄卖，鉴定后当天打款，纸飞机 @lux_resale_sh
母婴用品拼团每天上新，点 url.cn/5Ym2Qa 进团
整理衣橱厨房储物间，上门一次收拾利索，作品都发在小红书号 shoulaoshi_home
月子会所探店预约，v x ： y z h s 2 0 2 6
二手宝得适安全座椅，没出过事故，四百出，手机 幺8幺 2033 687O
防蟑防蚁药饵批发，物业公司可长期合作，快手号 miechong88
轮椅护理床按月租，老人出院在家用正好，详情 mrw.so/4vXk2P
專業月嫂育兒嫂，持證上崗，請加徾信：yuesao·hua·520
Banjia la jiaju zhao Laolin, jiage gongdao bu luan jiaqian, WeiXin: laolin-banjia-2088
老人陪护住家，阿姨手脚麻利，喂信 peihu_mei，诚信服务
灭蟑灭鼠上门服务，加溦 亻言：mie shu zero zero seven
干洗皮衣改色翻新，ν×：ganxi_pi88
回收黄金名表名包，𝚟𝚡 𝚑𝚞𝚒𝚜𝚑𝚘𝚞_𝟿𝟿
澳洲奶粉保健品直邮代购，🇻 🇽 aozhou_daigou
旧家电整屋收，空调热水器都要，🅥🅧 zhengwu_shou
家政保潔鐘點工，擦玻璃做飯都行，維芯：baojie_fang
护工上门，夜间陪护也接，call one eight six two two one zero five five three one
谁家快生了要订月嫂的，把预产期和住哪报给我，我给你排档期
搬家提前三天把楼层和大件件数告诉我，当天一车拉完
我周四带药挨家上门灭蟑，要做的在门口贴张纸写上门牌号
旧冰箱旧电视别扔，拎到楼道口打个招呼，我下班顺路收走给钱
要洗的衣服装袋子挂我家门把手上，洗好熨好给你挂回去，一件十块
想让阿姨试工的，周日带宝宝来小区会所，当面看阿姨怎么抱娃
纸箱塑料瓶都攒着，每周六早上三轮车停东门，拎下来现场过秤
月子餐想先尝尝的，留个楼号，明天中午送一份试吃的
住院家属需要护工的，到住院部三楼护士站问周阿姨，夜班白班都能排
要除螨的在我这条下面点个赞，我按点赞顺序上门
有闲置婴儿用品想出的，直接拎来二楼活动室，我看了当场给价
要试用装奶粉的宝妈，今晚八点楼下花坛边等我
""".strip()

NEGATIVE_30 = """
月嫂王姐电话我发你私信了，合同下周一签，押金先别转
周六来的搬家队长叫小赵，他微信我已经推你，几点出发你们自己商量
【物业通知】本周四下午统一做灭蟑消杀，养宠物的请关好门窗，有问题打物业前台 0571-88660302
护工李阿姨加了我微信，说夜里陪护每晚要另加五十，这正常吗
羽绒服送洗的小票编号XD20261124037，取的时候要出示
打疫苗要在社区医院公众号里约号，群里转发的代约都别信
私聊你了，看下那个育儿嫂的简历，我觉得挺合适
家政公司开发票要的抬头和税号，我已经私发给财务了
保洁阿姨工号0417，活干得细，下次还点她
收废品的老陈换手机了，新号我放群公告里，旧号打不通
护理记录表我发家属群了，各位家属看完签个字
搬家那天电梯要提前预约，物业电话贴在电梯口
我家阿姨进群了，以后买菜做饭的事直接在群里跟她说
婴儿床安装视频扫底板上的二维码就能看
灭虫公司的施工单拍给我，看看保修期写了几个月
月嫂合同第七条写了，中途换人要提前三天联系公司
奶奶那个养老院门卫电话是85526转8，白天一般有人接
老师你加一下我爱人的微信，接孩子的事以后找她
搬家公司给的清单我转到家庭群了，你们看看还缺啥
谁下楼顺便去快递柜帮我拿下纸尿裤，取件码6-2-1105，谢啦
洗衣机售后的400电话是官网查的，我刚打了，明天上门
居委会收旧衣物的箱子挪到3号楼西边了，别放错
有没有靠谱的月嫂推荐？预产期明年三月，想找带过黄疸宝宝的
求推荐搬家公司，两室一厅从滨江搬到城西，大概多少钱
谁家有不用的婴儿推车，想借两个月，用完还你再送箱水果
附近哪家干洗店洗羊绒大衣不缩水？上次洗坏了一件
想给我爸找个住家保姆，半失能，现在行情大概多少一个月
家里厨房蟑螂灭不完，大家都用的什么药
谁家孩子大了用不上的儿童餐椅，想买一把，价格你们开
旧沙发太大扔不掉，收废品的会要吗，还是得叫物业
请钟点工一般怎么收费？做饭的话是不是要另外加钱
滚筒洗衣机不转了，有认识靠谱修的师傅吗
楼下那家洗衣店我一直在用，衬衫熨得特别平，老板娘也不坑人
大家注意，有人冒充物业说"免费上门灭蟑，加微信领药"，物业从没发过这种
刚才发"月嫂培训包就业月入两万"的已经踢了，别加
别信"旧手机换鸡蛋"，我妈换完回来手机里照片被人翻了个遍
群里那个"搬家99元全包"，到了楼下改口一千二，邻居就被坑了
又有人私聊我"进口奶粉代购三折"，截图在这，管理员处理一下
小区门口"回收旧衣服送不锈钢盆"的要登记身份证号，千万别给
说"保姆中介押金随时可退"的那家，交完钱就拉黑了，大家避雷
那条"高价上门回收老人药品"的是倒卖药的，已经报警了
收到短信说"您的家政订单异常，点链接退款"，别点，是假的
所谓"除甲醛除螨一次管三年"，我家做完味道一点没少，骗钱的
谁再往群里发"宝妈在家做兼职日赚三百"直接移出
月嫂这个月工资8800，春节那几天按三倍算，多出来四千多
孩子今天吃了120毫升奶，睡了两个半小时，阿姨都记在本子上了
1202的业主，你家搬家的纸箱堵在消防通道了，麻烦今天清掉
旧衣回收周六上午9点开始，已登记：3栋502两袋，5栋1101一袋，还没登记的抓紧
提醒一下新进来的宝妈：这里只聊带娃的事，发广告拉人的管理员会清
物业说周四上午要检修水管，洗衣机那会儿别开
搬家那天工人把我家鱼缸磕了个角，公司说最多赔两百，气死了
阿姨做饭太咸了，说了三次还这样，我都不知道怎么开口
你们护工晚上睡觉，老人按铃半天没人来，这叫24小时陪护？
废品价格跌了，纸板才七毛一斤，我攒了一阳台不想卖了
宝宝湿疹用了医生开的药膏，三天就好多了
干洗店把我白衬衫洗黄了，老板说是面料问题，不肯赔
灭蟑以后家里要通风两个小时，小孩先别进厨房
二手群的规矩：发闲置要写成色和价格，别光发图
婆婆和月嫂又吵起来了，一个要捂一个说不用捂，我夹在中间
养老院周日上午家属探视，体温正常才能进
搬到新小区了，谢谢群里各位这几年照顾，以后常回来看看
家政服务评价表每月25号前交，交到我这
昨天收旧电器的来了，那台空调给了150，比我想的多
社区本周六搞宝宝爬行比赛，报名在居委会，限30组
爷爷今天量的血压140/90，偏高，护士站已经知道了
我家娃第一次自己坐起来了，激动得拍了二十张
垃圾分类新规：大件家具周三周六晚上放到南门指定点
衣服送洗清单：大衣2件，羽绒服1件，西装一套，合计186
保姆合同到期不续了，下周三最后一天，工资已经结清
洗衣房301的烘干机坏了，先别用，已经报修
那家搬家公司挺好的，我去年用过，没加价，就是来得有点晚
老人护理等级评估结果出来了，二级，补贴每月300
收废品的大爷今天没来，听说腿摔了，唉
Our nanny starts on Monday, please add her to the class pick-up list
今天請的清潔阿姨很細心，連冰箱裡面都擦了
明早８点楼下集合，一起去社区领免费驱蚊包
你说阿姨偷吃了燕窝，证据呢？没证据别乱说
都说了别在群里晒娃照片带定位，你们就是不听
我就问一句，物业费收那么多，灭鼠为什么还要业主自己掏？
宝宝36周，胎位正了，医生说可以准备待产包了
待产包清单我整理好了，放群文件里，自己下载
上次那个育儿嫂面试问了哪些问题？我明天也要面
月嫂走了第一晚，我跟老公轮流起来喂了四次
二手书捐给山区小学的活动周五截止，放前台就行
群文件里有搬家前要办的事：水电燃气过户、网线迁移、户口
楼下洗衣店老板说下个月房租涨了，价格可能也要涨
今天卖了两麻袋易拉罐，换了二十八块，够买菜了
我婆婆住院那两周请的护工，一天260，医院统一安排的
钟点工说下周回老家，这周的钱我先结了
有谁知道旧衣服捐赠箱的衣服最后去哪了吗
蟑螂药放在灶台下面，猫够不着吧？有点担心
阿姨说宝宝大便有点稀，要不要去医院看看？
房东说搬走前要做一次保洁，押金才退，这合理吗
下周三在会议室3B开家政服务标准培训会，记得带笔记本
本月家政员考核：12号、25号两位不合格，需要复训
The movers arrived at 8:30 and finished by noon, only one lamp broke
外婆在養老院過得挺好，還學會了用手機視頻
孩子的小衣服太多穿不完，我打算捐给社区，不卖
刚搬家，找不到遥控器，翻了十个箱子了
婴儿游泳馆的次卡还剩6次，孩子不爱去了，店里说不能退也不能转
""".strip()
