"""Hold-out set 52 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 14, after sets 1-50 (see holdout_data.py), at the same time as set 51 (written by another helper;
this set was checked by the same script against set 51's 160 lines as they stood when this one was finished, unread:
highest ratio 0.462), and not scored yet. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/ or docs/, imported nothing from qungui, ran no
qungui command and no file in benchmarks/ (bench_holdout.py or any other benchmark included); holdout_data.py was opened
only for its module docstring (the labelling rules and the history and topics of sets 1-50), printed up to its closing
triple quote, and holdout49_lines.py and holdout50_lines.py only for their module docstrings, printed the same way (the
file format, the docstring style and the disguises and calls already used, to avoid repeating them; their lines and the
code below holdout_data.py's docstring were not read); the benchmarks folder was listed only for its file names,
pyproject.toml was opened only for its ruff settings, and set 51's file was only loaded by the similarity script, which
never printed its lines. The two dumps (every line of hold-out sets 1-50, training lines) were only read by a similarity
script that printed this set's lines and ratios, never the dumps' lines (apart from that script, only their line counts
were taken). No line is copied from earlier sets or from the training lines: every line's difflib ratio
(SequenceMatcher(None, a, b).ratio() with the default settings, taken both ways round) against every line of the earlier
hold-out sets' dump is at most 0.5 (highest 0.500), against every line of the training-line dump at most 0.5 (highest
0.486), no two lines of this set exceed 0.5 against each other (highest 0.373), and against set 51 the highest is 0.462.
Ten lines that first stood above 0.5 were rewritten once each: nine against the hold-out dump (0.759 at most; an English
line about a car wash, an e-invoice number, a pickup code, a queue ticket, a 12345 complaint, an admin's removal notice,
spaced letters, superscript digits and a van for hire among them), one of which also stood at 0.571 against set 51, and
one heavy line at 0.556 against set 51 only, which was given a new disguise (the heavenly stems for digits); none stood
above 0.5 against the training lines. One more line was reworded afterwards for clarity (a reversed number whose offer
was only implied) and all lines were checked again. The lines are meant to be scored once, blind; tuning on their errors
would spoil them.

Set 52 focuses on cars and transport services: window tinting and wraps (隔热膜, 3M and 龙膜, 改色膜, 车衣 TPU),
dashcams and tyres (前后双录, 停车监控, 马牌, 米其林, 倍耐力, 清库存, 四轮定位), annual inspection and licence-plate
agents (代检, 年审代办, 上午交车下午拿标, 选号, 靓号, 连号, 尾号 888), used-car dealers and export (收车, 准新车 on 懂车
帝, 免费上门评估, exports to Central Asia, Russia, Dubai, Vietnam and the Middle East, Korean imports), chauffeur
services (代驾, 商务代驾包月), airport and inter-city carpools for hire (跨城拼车, 机场接送, 专车送机, 顺路带人), trucks
and vans for hire (4米2 厢货, 六米八高栏, 金杯, 依维柯, 拖车 and 高速救援) and driving-test shortcuts (内部题库, 约考往
前排, 科目二考场有人, 包教包会), beside ordinary chat in car owners' and car-club groups, homeowners' groups, company
work groups (a fleet, an administration office), a car dealer's VIP customer group and chamber-of-commerce groups. It
keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id after “加我微信”; a cousin's dashcams after
“vx：”; “加v：”; “wx：”; “V❤：”; “QQ” with a number; a “群号” for a weekly carpool; “私我” (a husband's 代驾); “私聊”; a
link to a wrap shop's page; an e-mail address for export to Central Asia; a WhatsApp number with +971; a Telegram
@handle after “TG：”; a dealer's name to search on 懂车帝; a younger brother's 抖音号; a 小红书 name to search; a 闲鱼
name to search; a mobile after “直接打” and a name; “（微信同号）” after the number; a 公众号 with a reply word; an
uncle's trucks on 快手; a KakaoTalk id; a 视频号 name to search; a Zalo number for export to Vietnam) and 14 moderately
(digits spaced in groups; Chinese digits run together; circled digits with ⓪; 幺/两/洞 in groups; “扣扣” with Chinese
digits; “企鹅” with every digit spaced; “绿泡泡搜” an id; the homophone “威信”; a full-width id after “加ｗｘ”; “w x”
with a spaced-letter id; a dwz.cn short link without its scheme; digits grouped by hyphens; digits mixing Arabic and
Chinese; “飞机号” with an @handle) and 10 heavily, with disguises the docstrings read do not list (Roman numerals “Ⅰ Ⅲ Ⅸ
Ⅴ Ⅶ…”, “罗马数字自己认”; mahjong tiles of the characters suit “🀇🀉🀎 🀋🀊🀈🀌…”, “打麻将的都看得懂”; the heavenly stems for
digits, “甲是一癸是零：甲丙庚 戊辛乙壬…”; superscript digits “¹⁸⁶ ³⁰⁴⁷ ²⁹⁵¹”; mathematical double-struck digits “𝟙𝟝𝟡𝟠𝟚
𝟘…”; parenthesized digits “⑴⑶⑹ ⑵⑷⑻⑼…”; a mobile number written backwards, “号码倒过来念”; a WeChat id with Cyrillic
look-alike letters, “wх：сhеmо_dа666”; negative squared letters “🆅🆇：🅻🅰🅾🅻🅸🆄🅲🅰🆁”; a mobile number typed with the shift
key, “!#& *$@% ^(#!”, “对着键盘换回数字”) and 12 subtle (an offer with a call to action only, none quoted by the
docstrings the writer read): “这周六我在小区东门空地支个棚贴膜，前挡加侧后挡一千二，要贴的早上八点把车开过来排队”, “行车
记录仪多进了五台，四百一台含安装，想装的在挡风玻璃上夹张纸写上房号，我晚上下地库看到就去敲门”, “年检可以帮跑，一百五一辆
不用排队，需要的把行驶证复印件和钱装信封放门卫室，信封上写车牌”, “想要连号车牌的，明早九点车管所大厅门口穿红马甲那个就是
我，说是群里来的打八折”, “我那台开了四年的凯美瑞要出，十一万，就停在3号楼下，雨刮器底下夹着车况单，看中了在背面留个房
号”, “今晚有酒局的别找平台了，我下班后接代驾，二十公里内六十，要的回个🚗再加饭店名，我按顺序过去”, “明早五点半我开车去机
场，还能坐三个，一人八十，想搭的在群接龙里写名字和航班号，车费下车再给”, “我家金杯周末空着，搬家拉货半天三百，要用的把群
昵称改成“搬家+日期”，我看到就给你排上”, “科目二考场有人，一人三千，想走这条路的周四晚七点到驾校对面沙县小吃，最里面那
桌”, “米其林轮胎手上有十几条库存，比店里便宜三成，要的拍张轮胎侧面的尺寸发群里，我挨个报价”, “每周五下午回老家都空着三个
座，顺路带人单程五十，想坐的往我工位抽屉里塞张纸条写上名字”, “改色膜样板册我放物业前台了，二十多个颜色，挑中的把那页折个
角写上楼号，我上门量车”. About 15 positives are written the way members casually sell in a group (a cousin's dashcams, a
husband's 代驾, a younger brother's wrap studio, the writer's own used tyres, an uncle's trucks, the family's idle 依维
柯, a brother-in-law's garage, the family's tint shop in mahjong tiles, the family's used van in heavenly stems, the
writer's own ride-hailing car in squared letters, and the subtle lines' own Camry with its sheet under the wiper, 代驾
after work, a seat to the airport, the family's 金杯 and the spare seats on the Friday drive home).

- `POSITIVE_52` (60 lines): window film (加我微信), a cousin's dashcams (vx), tyre clearance (加v), inspection agent
  (wx), lucky plates (V❤), buying used cars (QQ), a Suzhou-Nanjing carpool group (群号), a husband's 代驾 (私我), a
  driving-test question bank with earlier test dates (私聊), wrap colours (link), export to Central Asia (e-mail), Land
  Cruisers for Dubai (WhatsApp), parallel exports to Russia (TG), a dealer's nearly-new cars (懂车帝), a younger
  brother's wrap studio (抖音号), film heat tests (小红书), the writer's used tyres (闲鱼), a box van for moves
  (mobile), airport transfers (微信同号), 科目三 lessons (公众号), an uncle's trucks (快手), Korean imports (KakaoTalk),
  dashcam live streams (视频号), pickups for Vietnam (Zalo); then a family minibus (spaced digits), tinting in the car
  park (Chinese digits), a brother-in-law's garage (circled digits), an inter-city carpool (幺), plate numbers (扣扣), a
  driving school's VIP class (企鹅), free car valuations (绿泡泡), monthly 代驾 for bosses (威信), dashcams wholesale
  (full-width), paint protection film (spaced letters), highway rescue and towing (short link), an airport car
  (hyphens), inspection agent (mixed digits), an export group for the Middle East (飞机号); the ten heavy lines (lucky
  plates, a tint shop, a used van, 代驾, tyres wholesale, a box van with driver, a 科目二 pass, wraps and film, a
  ride-hailing car, airport carpools); and the 12 subtle lines.
- `NEGATIVE_52` (100 lines): 20 that look dangerous at first sight (12122 for a highway blow-out, the 12123 app, the
  plate-selection hall's landline, a JD order number for a dashcam invoice, an SF parcel number for tyres, a fleet's
  fuel e-invoice number, a Tencent Meeting number for a car club, gab.122.gov.cn for inspection bookings, an admin
  colleague's mobile for registering a company car, a member's own new number in a fleet group, 95518 after a scrape,
  12345 against street car washing, a 4S shop's service landline, queue tickets at the vehicle office, a driving-school
  contract number, a dealer's new service adviser's mobile in its VIP group, a company car's policy number, the property
  office's landline for a broken barrier, a chamber secretariat's e-mail for a car-club sign-up, the traffic police's 公
  众号 for detour maps); 10 members asking or recommending (a tint shop, a mirror dashcam, 代驾 platform fees, the 途虎
  downstairs, sharing a taxi to Pudong, 货拉拉, an inspection station, choosing plates, buying from a dealer or an
  owner, tips for 科二); 10 warnings or complaints quoting the ad or scam (“驾照包过，不用考试”, “您的车辆年检逾期，点击
  链接补缴”, a removed “代检不上线，当天出标”, “低价选靓号，内部渠道”, “高价收车，先付定金”, an airport tout's “一百块送
  到 市区”, “改色膜五折，原厂质保十年”, “出口二手车入股，年化三十”, a fake 代驾 offering 代检, “轮胎清仓一百元一条”); 17
  lines with numbers that are not contacts (a film quote, test scores, fuel use, an on-road price, a fleet's trips, tyre
  pressures, a parking space, a departure time, a seventh-year inspection, a used Tiguan's mileage, a memory card, a
  toll, a meeting room, ride-share orders and rating, a parcel-locker code, twelve points lost, cabin temperatures); 7
  organisers' and admins' own notices (a ban naming tinting and wrap, inspection-agent, plate-selection, car-buying, 代
  驾 and carpool and test-pass ads, a car club's drive to 千岛湖, a dealer's free check-up month, company-car rules, a
  removed 代驾 advertiser, an owners' committee poll on chargers, a chamber meeting's parking); 27 lines of everyday
  chat about blistered film, scratched cars in the car park, winter tyres, a wife's first drive, a wrap and pressure
  washers, a short arrival note, an inspection queue, a 代驾 driver's folding scooter, airport parking, a holiday jam, a
  dashcam after a rear-end crash, an old Jetta, reversing lessons, the fire lane, an overturned truck, tyre noise, a
  boss driving himself, dealers' low offers, a smoking carpool driver, a first refuel, plates full of 4, a van too
  small, new chargers, a scented gift at the dealer, fleet tyres and the budget, car exports to Kazakhstan, very dark
  film; 5 heated arguments without any selling; two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_52 = """
店里新到一批3M和龙膜的隔热膜，整车贴下来比4S店便宜一半，感兴趣加我微信 tiemo_laozhou88
我表弟在汽配城做行车记录仪，前后双录带停车监控，装好三百八，要的vx：jlyi2077
全新马牌轮胎清库存，205/55R16的一条三百二，包动平衡，加v：luntai_ahua
年检不想请假的找我，上午交车下午拿标，wx：daijian-0571
想要好车牌的来，选号有门路，888、666这种尾号都能谈，V❤：haopai_vip9
收二手车，不限车型，高于车商估价两千，当天过户打款，QQ 2856194073
每周五晚上苏州到南京拼车，固定司机固定时间，进群报名，群号 738264915
我老公晚上跑代驾，五年驾龄从没出过事，市区一口价五十，有需要的私我
科目一科目四题库我有内部版，考前刷两遍稳过，还能帮忙约考往前排，私聊
改色膜新款到了，电光蓝、奶咖、液态银都有，样车图和价格在这 https://gaisemo.cc/k7
承接二手车出口中亚，手续报关运输全包，有车源的把资料发到 export.car@qiaoyun-trade.com
迪拜那边要二手陆巡和普拉多，收车价比国内高一截，WhatsApp +971 52 418 7730
俄罗斯平行出口现车二十多台，要车源的TG：@kazan_autos
我们店的准新车都挂在懂车帝上了，搜“鑫驰二手车”就能看到，价格实在
我弟开了个车衣改色工作室，每天发施工视频，抖音号 chefu_xiaodi 关注一下
在小红书搜“贴膜的阿凯”，各品牌膜的隔热对比我都测过发上去了，要做的那边下单
换车了，原车四条倍耐力才跑八千公里，闲鱼搜“橙子爱开车”，便宜出
4米2厢货，搬家拉货随叫随到，市内起步两百，直接打 15936218047 找老郑
机场接送包车，七座商务，提前一天约，18672043591（微信同号）
科目三包教包会，不过免费补考，关注公众号“驰远学车”回复“报名”
我舅舅在县里出租六米八高栏，长途短途都接，快手搜“老杨货运”有他电话
韩国二手车进口代办，现代起亚都带检测报告，KakaoTalk：kimauto77
每晚在视频号直播拆装记录仪，搜“车载小林”，直播间下单送32G卡
出口越南的二手皮卡长期收，手续我们办，Zalo：0912 447 386
自家的依维柯闲着，跑婚车拉人都行，一天六百，电话 139 5072 8416
贴膜师傅上门，小区地库就能做，约时间打一五八二六四七三零九一
我姐夫开修理厂，换新胎送四轮定位，微：①⑤②⑧⓪⑦③⑥④⑨①
跨城拼车回老家，每天早晚两班，订座幺三八 两洞四七 幺九六五
吉利车牌提前锁定，选号找我，扣扣：三八七五二零九四六
驾校VIP班，科目二练到会为止，企鹅 2 7 6 4 0 5 9 1 3
二手车免费上门评估，绿泡泡搜 pinggu_chen 预约
商务代驾包月，接送老板应酬，威信：dj_wangge9
行车记录仪批发，一件也发，加ｗｘ：ｊｌｙ＿ｐｉｆａ６６
我家车衣是正品TPU，施工质保五年，想了解的加 w x ： y i n d u n 8 8
高速救援拖车全省都到，下单入口 dwz.cn/Tc8qP
机场大巴停了，我们这有专车送机，一位九十，电话 177-3091-5268
年审代办，不用请假，加我 1三7 四9二5 8零六3
二手车出口中东的群，想进的找飞机号：@mideast_car_cn
车牌靓号手上还有几个，要的加微：Ⅰ Ⅲ Ⅸ Ⅴ Ⅶ Ⅱ Ⅳ Ⅷ Ⅵ Ⅰ Ⅲ，罗马数字自己认
打麻将的都看得懂：🀇🀉🀎 🀋🀊🀈🀌 🀏🀍🀇🀉，我家贴膜店报群名打九折
家里那台二手面包车便宜出，电话用天干写的，甲是一癸是零：甲丙庚 戊辛乙壬 己丁甲丙
夜里喝多了不用愁，我这边代驾半小时内到，号码 ¹⁸⁶ ³⁰⁴⁷ ²⁹⁵¹ 存一下
轮胎批发价拿货，微 𝟙𝟝𝟡𝟠𝟚𝟘𝟟𝟛𝟞𝟜𝟙
四米二厢货出租，带司机，电话⑴⑶⑹ ⑵⑷⑻⑼ ⑸⑺⑴⑶
科目二能保过，细节群里不方便说，号码倒过来念：8304 1962 571
改色贴膜接单，wх：сhеmо_dа666
跑滴滴那台车想转出去，🆅🆇：🅻🅰🅾🅻🅸🆄🅲🅰🆁
拼车去机场的看这：!#& *$@% ^(#!，按着shift打的，对着键盘换回数字
这周六我在小区东门空地支个棚贴膜，前挡加侧后挡一千二，要贴的早上八点把车开过来排队
行车记录仪多进了五台，四百一台含安装，想装的在挡风玻璃上夹张纸写上房号，我晚上下地库看到就去敲门
年检可以帮跑，一百五一辆不用排队，需要的把行驶证复印件和钱装信封放门卫室，信封上写车牌
想要连号车牌的，明早九点车管所大厅门口穿红马甲那个就是我，说是群里来的打八折
我那台开了四年的凯美瑞要出，十一万，就停在3号楼下，雨刮器底下夹着车况单，看中了在背面留个房号
今晚有酒局的别找平台了，我下班后接代驾，二十公里内六十，要的回个🚗再加饭店名，我按顺序过去
明早五点半我开车去机场，还能坐三个，一人八十，想搭的在群接龙里写名字和航班号，车费下车再给
我家金杯周末空着，搬家拉货半天三百，要用的把群昵称改成“搬家+日期”，我看到就给你排上
科目二考场有人，一人三千，想走这条路的周四晚七点到驾校对面沙县小吃，最里面那桌
米其林轮胎手上有十几条库存，比店里便宜三成，要的拍张轮胎侧面的尺寸发群里，我挨个报价
每周五下午回老家都空着三个座，顺路带人单程五十，想坐的往我工位抽屉里塞张纸条写上名字
改色膜样板册我放物业前台了，二十多个颜色，挑中的把那页折个角写上楼号，我上门量车
"""

NEGATIVE_52 = """
高速上爆胎了千万别蹲车边换，先打12122，人站到护栏外面去
违章和年检预约都在交管12123上弄，别信什么代办，app里自己点就行
车管所选号大厅的咨询电话0571-8765 4210，我今天打过，周六上午也开门
行车记录仪那单京东订单号 3049 2817 5563，谁帮我看下能不能开专票，财务要
轮胎的顺丰单号SF1438 6620 9517，下午到公司前台，行政帮忙收一下
车队上月油费的电子发票号 24332000000185726419 我已经传到报销系统了，大家别重复提交
车友会年会筹备今晚八点腾讯会议 628 417 395，每个区出一个人参加
年检预约官方入口就是 gab.122.gov.cn，别点搜索结果里的广告
明天去车管所上牌的事找行政部小吴，她手机13816452097，我已经跟她打过招呼了
我换号了，新号18950316247，车队排班有事打这个，旧号下周停
刚才在路口被蹭了，人保报案电话95518，说半小时派人过来
有人天天在小区门口占道洗车，已经打12345反映了，等他们回复
保养预约我一般直接打4S店售后前台 0755-2369 1184，比找销售靠谱
车管所排到我还有二十多个号，我手里A0162，刚才才叫到A0137
驾校报名合同编号JX2026-0815，收据丢了的拿这个去财务补
各位车主，本店服务顾问小陈的新手机13705819264，下周起保养预约都联系他
公司那台GL8的保单号 PDAA202633010000587412，出险时报这个
地库道闸又坏了，物业工程部电话 0571-8603 2275，晚上也有人值班
商会车队联谊报名表发秘书处邮箱 chehui2026@163.com，周五前统一汇总
“杭州交警”公众号发了春运高速绕行图，出门前都看一眼
谁知道哪里贴膜靠谱？不要太贵，前挡想贴个透光率高点的
求推荐个行车记录仪，要后视镜一体的那种，预算五百以内
群里有人跑过代驾吗，平台抽成到底多少？我下班想试试
推荐楼下那家途虎，换胎送定位，师傅干活很细
下周三有没有一起去浦东机场的，想拼个出租分摊一下车费
下个月搬家，大家用过货拉拉吗？靠不靠谱
@王哥 你上次说的那个年检站是不是在北环那边？排队人多吗
群里哪位在车管所附近上班，选号是现场选还是网上选？
想买台五六万的代步车，去车商那看还是找个人车主好？
孩子科二挂了两次，有没有练车的窍门，求指点一下
又有人在停车场往车窗上塞卡片：“驾照包过，不用考试”，百分百骗子，大家别信
刚接到电话说“您的车辆年检逾期，点击链接补缴”，千万别点，我查了根本没逾期
昨天群里那个“代检不上线，当天出标”已经被踢了，这种都是违法的
朋友在网上找“低价选靓号，内部渠道”，交了三千人就失联了，长点心
小心“高价收车，先付定金”的套路，车一开走尾款就不给了，我邻居就中招了
机场门口拉客的说“一百块送到市区”，半路加到三百，以后别坐黑车
有人挨家贴纸条“改色膜五折，原厂质保十年”，质保找谁去？别上当
那个说“出口二手车入股，年化三十”的，典型庞氏，别往里砸钱
加我的那个“代驾师傅”说能“顺便帮你代检”，我直接举报了
“轮胎清仓一百元一条”这种视频里的全是翻新胎，别贪便宜
前挡报价一千八，侧后挡八百，加起来比预算多了一千
科一96，科四98，就差路考了
今天跑了312公里，油耗7.8，比上回好一点
落地十八万六，裸车价谈下来一万二
我们车队这个月一共出车47趟，比上月多九趟
胎压前轮2.5后轮2.4，冬天别打太足
我家车位B2-068，旁边那台白色SUV老压线，谁认识提醒一下
明早7:40从公司出发，9:10前要到展馆，迟到的自己打车
我这车第七年了，今年开始得每年上线检
那台二手途观表显十二万公里，要价六万八，值不值
记录仪卡是128G的，循环录像大概能存三天
杭州到上海过路费单程一百一十五
会议室改到602，车辆管理制度讨论挪到下午三点
顺风车这半年我接了83单，评分4.96
谁下楼顺路帮我取下车载充电器，丰巢码 7-3-0412，谢了
这次12分扣完了，得去学七天
贴完膜测了下，中午车里从52度降到41度
群公告：禁止发贴膜改色、代检代办、选号、收车卖车、代驾拼车、驾考包过等广告，发一次直接踢
周日上午九点车友会自驾千岛湖，高速口服务区集合，请提前加满油
尊敬的车主们，本店十二月免费检测开始了，凭行驶证到店即可，售后时间八点半到五点半
行政通知：公车使用需提前一天在OA申请，周末用车要部门负责人签字
管理员：代驾广告那个号已移出，各位如果被陌生人私加，截图发我
业委会通知：地库充电桩安装意见征集到本周五截止，请在小程序里投票
商会秘书处：下周三会员大会在酒店三楼，自驾的停负二层，凭会员证免停车费
洗车的时候发现侧窗膜起泡了，才贴了半年
早上地库好几台车被划了，物业说监控看不清
冬天换雪地胎真有必要吗？我们这边好几年没下雪了
我老婆终于拿到驾照了，第一天上路就把后视镜刮了
改色膜贴完是挺酷，就是洗车店都不敢拿高压水枪冲
到了，停B区
年检排了两个小时，就为换块玻璃上的标，现在都电子的了
昨晚叫了代驾，小哥骑个折叠电动车来的，塞后备箱里
机场停车一天八十，还不如打车
春节回家高速堵了七个小时，孩子在后座睡了三觉
记录仪关键时刻真管用，上次追尾全靠它说清楚
我家那台老捷达舍不得卖，开了十五年一点毛病没有
教练说我倒库打方向太晚，明天再去练
隔壁单元那家天天把车停消防通道，说了好几次也不听
上班路上看到一辆货车侧翻，幸好没人受伤
原厂胎噪太大了，上了高速跟坐飞机似的
老板今天自己开车，说司机请假了，一路上没说话
车商收车压价太狠，我还是自己挂平台慢慢卖
上次拼车回老家，司机一路抽烟，再也不坐了
第一次自己加油，找了半天油箱盖开关在哪
选号随机出来五个，全带4，最后挑了个最不难看的
搬家那天租的面包车太小，来回跑了四趟
小区新装的充电桩，晚上充一次才二十几块
昨天去店里保养，服务顾问送了个车载香薰，味道还行
公司那几台车该换胎了，后勤说等年底预算
商会有位老板往哈萨克斯坦出口车，说那边很认国产SUV
膜贴好了，真黑
你车停我车位上一整晚还有理了？打你电话也不接！
谁说贴深色膜安全？晚上根本看不清，你自己出事别拉上别人
你懂什么车？德系就一定比日系好？开三年再来说话
按喇叭按了半分钟，我孩子刚睡着，有没有点素质
每次拼车都是你迟到，一车人等你一个，下回别来了
Quick question: do we need to book the basement car wash, or just show up?
Got my licence plate today, finally no more temporary permit.
今天去驗車，排隊排到中午，下次要早點去。
新車的隔熱紙貼得不錯，夏天開車舒服多了。
"""
