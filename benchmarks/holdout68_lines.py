"""Hold-out set 68 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 20 on 2026-11-25, after sets 1-66 (see holdout_data.py; sets 65 and 66 were studied in this
session), at the same time as set 67 (written by another helper; this set was checked by the same script against set
67's lines as they stood when this one was finished, unread: highest ratio 0.456 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-66), printed with ast.get_docstring, and
holdout65_lines.py and holdout66_lines.py only for their module docstrings, printed the same way (the file format, the
docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below the
docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be paged through,
nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root). The benchmarks folder was not listed; set 67's file was only checked for existence by its exact path
(test -f) and only loaded by the similarity script, which never printed its lines. The folder holding the similarity
script was not listed and no file in it was opened; the script was only run. One slip: the first run of the script
was made without set 67's file although the test -f had just found it (the script then showed 0.000 against the
partner); every later run passed it. The lines were drafted in the writer's own temporary folder and written to this
file, which the script then read: it printed this set's lines and ratios, never the dumps' or the partner's lines; it
was run at the required floor of 0.49 and also at 0.47, to find the lines standing just below it. No line is copied
from earlier sets or from the training lines: every line's difflib ratio against every line of the hold-out dump is at
most 0.49 (highest 0.471), against every line of the training dump at most 0.49 (highest 0.455), against set 67 at
most 0.49 (highest 0.456), and no two lines of this set exceed 0.49 against each other (highest 0.371).

Thirty-one lines were rewritten, four of them twice (thirty-five rewrites), each time with new wording, not a synonym
swap. In the first pass twenty-one that stood at 0.49 or more (0.774 at most, a cat tearing a curtain), all against
the hold-out dump but one (a short acknowledgement, 0.571 against the training dump): among the positives a pet
funeral's 400 line, a photo shoot whose mobile was written in emoji keycaps 1️⃣3️⃣… (0.545: keycaps may have been used
before, so the trick was dropped for each digit written twice) and a cremation whose mobile was written backwards;
among the negatives a cage sold second-hand, an invoice number, a waybill, a carrier to borrow, a parents' meeting's
room, a meeting id, a parcel-locker code, a school's open day, a curtain, a laugh, dinner plans, a dog in the snow, the
acknowledgement, a hike, dog pee in the lift, a cat running at night, the first English line and a traditional-script
typhoon line. In the second pass two of them again: the backwards number (0.512; reversal may have been used, so
replaced by Roman numerals in three groups) and the new English line (0.538, and 0.506 against set 67). In the third
pass five standing between 0.480 and 0.489 (a vet open at weekends, a child's marks, wind and laundry, the second
English line, a traditional-script dog learning a trick), reworded for a margin, and in the fourth one of those again
(0.556). Last, five positives were shortened so that the lengths vary (13 to 65 characters for the positives, 10 to 74
for the negatives); one of them then stood at 0.486 and was rewritten once more. The lines are meant to be scored once,
blind; tuning on their errors would spoil them.

Set 68 focuses on pets sold and served into groups: pet shops, catteries and kennels (British shorthairs, ragdolls,
silver and golden chinchillas, golden retrievers, teddies, border collies, Tibetan mastiffs), reptile breeders (corn
snakes, leopard and crested geckos, bearded dragons) and small pets (hamsters, lop rabbits, chinchillas), grooming and
bathing (an anniversary price list, annual cards, a grooming van, home grooming), boarding, cat cafés and home visits
(feeding over the Spring Festival and National Day), dog walking and training (a training base's coach, basic
obedience, a training camp, a Saturday class on a basketball court), vets and pet vaccines (neutering, a retired vet's
home visits, 妙三多 and 卫佳捌 vaccines, a relative's clinic), pet food and home-made treats (freeze-dried chicken,
fresh dog meals, cat meals, duck biscuits, portioned kibble, birthday cakes), pet photography, pet taxis and shipping
(a cross-province pet car, a city pet taxi, pets taken abroad, two cats carried to Hefei), pet funerals and cremation,
rehoming with a fee (a corgi, Siamese kittens, three country kittens) and pet gear (a self-cleaning litter box, a
reptile tank with its lamp, kennels and cat trees), beside ordinary chat in company work groups, a pet shop's staff
group, neighbourhood and owners' groups, family groups, a parents' class group, an alumni group, a rescue group and
hobby groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a litter of British shorthairs with a mobile; a
shop's anniversary prices with a WeChat id; Spring Festival cat-sitting with “V：”; a golden retriever with 扣扣 and a
spaced number; dog training with a Hangzhou landline and the coach's name; a photo studio's 抖音号; a 400 line for pet
funerals; freeze-dried chicken, “淘宝搜”; a pet car's mini-program to search; neutering with a clinic's 企业微信 name; dog
walking with “薇” and the building as the note; gecko babies, “闲鱼搜”; vaccines at home, “需要打的业主私我”; a daughter's
cat café with “v：”; a grooming card with a 公众号 and a word to reply; a ragdoll cattery's e-mail; a corgi rehomed for a
fee with a spaced mobile; pets taken abroad with a form's link; “小红书搜” fresh dog meals; a bearded dragon on a 快手号; a
teddy's deposit to a 支付宝 that is a mobile; a grooming van with a Chengdu landline; a cousin's pet funerals with a
mobile; wholesale litter and freeze-dried food in a Q群), 14 moderately, with disguises the docstrings read do not list
(Roman numeral characters, ⅠⅢⅨ〇…; parenthesised digits ⑴⑸⑻…; digits with a full stop, ⒉⒏⒌…, after 扣; each digit
written twice, “11 33 66 00…”; a combining low line under each digit, 1̲5̲2̲…; pinyin digits with tone marks, “yāo wǔ
jiǔ…”; 绿泡泡 for WeChat; 🐧 for QQ; xhs for 小红书; a WeChat id with Cyrillic look-alike letters, о е с і а; digits
interleaved with letters to skip, “1a3b9c…（字母跳过）”; 威信 for 微信; double-struck digits 𝟙𝟠𝟠…; a run of a digit
counted out, “159后面三个8，再接24617”) and 10 heavily, with codes the docstrings read do not list (mahjong tiles of the
character suit, 🀇 one to 🀏 nine, 白板 🀆 zero; counting-rod numerals 𝍠𝍢𝍧 with 〇 zero; Tibetan digits ༡༨༧…; the
heavenly stems, 甲 one to 癸 zero; a WeChat id with every letter moved one on, to be moved back; a mobile as the stroke
counts of eleven characters, 一大狗羊花人犬田狮大田; a mobile in three groups of Roman numbers, “CLIX MMMDCCXXIV
MMCMXVI”; a price list whose figures run together make the mobile; a WeChat id split between the message's start and
end; a WeChat id from the pinyin initials of a phrase, “听话的狗狗不拆家”, plus 2026) and 12 subtle (an offer with a call
to action only): free nail trims by the south gate's parcel lockers on Saturday morning; a relative's vet clinic
opposite the market, the group's name for 20% off vaccines; duck biscuits left in building 1's lobby, paid by scanning;
holiday cat feeding, “在群里吱一声”, keys handed over in person; a cousin's pet funerals, “跟我讲，我帮你牵线”; pet
portraits on a riverside lawn, the photographer in a yellow hoodie, “说‘毛孩子’”; the writer's own geckos and snakes at
the flower-and-bird market's east gate, “报‘群友’立减二十”; a dog-training class for whoever replies “训”; two cats
carried to Hefei, “要的跟帖”; portioned 冠能 kibble, “要的接龙”; pet birthday cakes at a shop on 幸福路 for whoever
shows a screenshot of the message; three kittens rehomed for 200, “明天上午来12栋楼下看”. About a dozen positives are
written the way members casually sell in a group (a daughter's cat café, a cousin's funerals, a relative's clinic, the
writer's own biscuits, geckos and kittens, and most subtle lines).

- `POSITIVE_68` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_68` (100 lines): 20 that look dangerous at first sight (a free rabies-vaccine day with the disease-control
  centre's landline, a litter supplier's salesman's mobile passed on to the shop manager for returns, a scratcher from
  淘宝, an old cage sold second-hand, an invoice's last digits, a grooming shop's rating on 美团, a dog's microchip
  number, the company 公众号's rule on pets at work, a dog-licence mini-program, a vaccine batch checked on the NIFDC
  site, a pet-shop owner who added the writer on WeChat, a raincoat's waybill for a mother, chew sticks learnt on 抖音, a
  neutering receipt for the union's fund, pets at the annual party in 钉钉, the shop's own 公众号 for reviews with staff
  told not to add customers, a nail-clipping video on 小红书, a 京东 order short of a bag, IATA crates for air transport, a
  closed shop's membership balance); 10 members asking or recommending (a clinic open on Saturday night, a vet who
  cured a skin disease, boarding for a shy cat, a cat bag to borrow, dog food for tear stains, a new grooming shop that
  does not push cards, a gecko off its food, a rescue centre for an adult cat, training school or at home, a proper
  cremation); 10 warnings quoting or describing the scam (“纯种布偶包邮到家只要300”, “宠物上门免费体检”, “猫在机场被扣要交
  检疫罚款”, “犬瘟细小包治好”, “免费领养，只付运费”, “狗证代办，本人不用去”, “宠物殡葬送骨灰钻石”, “进口疫苗，比医院便宜一半”,
  “遛狗月卡99元”, “会员卡升级先转200”); 17 lines with numbers that are not contacts (a dog's weight, a cat's temperature,
  a month's pet spending, a booster's date, stitches out in a clinic's room, a meeting id, a flat's number and a
  barking dog, a child's test mark, a step count, a dewormer's dose, a blood count, a quarter's baths, a storage
  locker, a badminton score, an electricity reading, a team dinner per head, a number-plate restriction); 7 organisers'
  and admins' own notices (a group rule banning pet sales, breeding, boarding and grooming, pet food and funeral ads, a
  removed account that pushed pet shipping, dogs on leads, a class's pet photos for a science lesson, a rescue group's
  adoption day, pets out of the office, an alumni return day); 27 lines of everyday chat; 5 heated arguments without
  any selling (dog pee in the lift, an unleashed dog, a cat running at 3 a.m., rat poison in a flower bed, a cat
  accused of stealing fish); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_68 = """
自家英短蓝猫生了一窝，三弟两妹，疫苗打过两针，1800一只，电话13862047591，晚上打。
宠物店周年庆：小型犬洗澡38，大型犬88，地址丰台花乡桥东50米，预约微信 pawhouse_bj
猫咪上门喂养，春节七天包价420，每天两次铲屎换水拍视频给你，V：miaomiao_wei77
金毛幼犬，纯种带证，父母都能看，两个月大，有意向的加扣扣 2739 1846 05
专业训犬：随行、定点排便、不扑人，三周一期2600，报名打0571-8672 3094找孙教练
宠物摄影工作室开业啦，单只一组九张精修299，样片在抖音号 paopaopet_studio
毛孩子的最后一程我们来送：专车接回、独立火化、全程可看，夜里也有人接，热线400-690-2718
自己做的鸡胸肉冻干，啥也不加，500g 68块，淘宝搜“阿柚家手作宠食”
跨省宠物专车，不走货运，北京到成都1600起，微信里搜小程序“萌宠专车到家”
母猫绝育560、公猫260，含术前血检，预约加瑞安动物诊所的企业微信“瑞安前台小周”
代遛狗，早晚各一趟，一个月600，同小区步行就到，薇 lucky_dogwalk 备注几栋几单元
守宫苗150起，冬天顺丰包活，闲鱼搜“爬宠老周”
妙三多、卫佳捌、狂犬疫苗都到货了，需要打的业主私我，上门打针不收出诊费
群友们，我闺女开了家猫咖兼寄养，一晚45，有需要的加她v：catcafe_xiaoyu
狗狗洗护年卡999不限次数，充卡送一次驱虫，关注公众号“毛孩子洗护中心”回复“年卡”
布偶猫舍直售，海豹双色、蓝双都有，CFA血统可视频看猫，发邮件到 ragdoll_house@163.com
一岁半柯基转让，工作调外地带不走，收800护理费主要为了筛人，手机159 2836 0471
带猫狗出国全程代办：芯片、抗体检测、检疫证，上海出发，表格填这里 https://petgo-sh.cn/form
小红书搜“汪汪的私房饭”，鲜肉狗饭15一盒，满20盒送到小区门口
鬃狮蜥今晚开播，快手号 ReptileKing888
我家狗舍泰迪小体红色，满月2000，先付500定金，支付宝就是手机号18770492635
洗狗车开到你楼下洗，小型犬60全套，打028-8541 6632约时间
家里毛孩子走了不知道怎么办的，找我表哥，他干宠物殡葬十来年了，138 0571 9264
开宠物店的，冻干猫砂走批发价，进Q群735028164看货
退休兽医上门打针、剪指甲、挤肛门腺，一次80，电话ⅠⅢⅨ〇 ⅣⅦⅡⅥ ⅧⅤⅠ
全自动猫砂盆新款清仓，原价899现在399，要的打 ⑴⑸⑻ ⑵⑹⑶⑺ ⑴⑼⑷0
仓鼠、垂耳兔、龙猫都有，买就送笼子，扣⒉⒏⒌⒋⒎⒈⒐⒍⒊
给你家主子拍套写真，草坪外景连影棚488，档期问 11 33 66 00 22 77 55 88 44 11 99（每位写了两遍）
家庭式寄养不关笼，中秋还剩三个位，找我1̲5̲2̲0̲8̲6̲3̲7̲4̲1̲9̲
狗狗基础训练，坐下握手等待，一节120，手机：yāo wǔ jiǔ líng sān liù bā èr sì qī wǔ
自制猫饭三文鱼鸡心款，一周七顿140，绿泡泡 momo_catfood 下单
爬宠箱、加热垫、UVB灯整套转手350，🐧 481 736 2095
宠物告别仪式布置加单独火化1280，案例去xhs搜“星星宠物告别”
纯种边牧幼崽，智商在线，3500起，wx：bоrdеrсоllіе_tіаn
狗粮团购，皇家渴望都有，比京东便宜两成，电话1a3b9c2d7e4f0g6h8i1j5（字母跳过）
上门喂猫50一次，威信xiaoman_pets
宠物专车，去医院去美容都能接送，市内30起步，叫车𝟙𝟠𝟠 𝟞𝟙𝟘𝟚 𝟟𝟛𝟜𝟡
三只暹罗找新家，收300疫苗费，电话159后面三个8，再接24617
猫舍接预定，银渐层金渐层都有。电话按麻将万子念，白板当零：🀇🀋🀏🀆🀍🀈🀎🀊🀉🀌🀇
老式手艺做狗窝猫爬架，来电用算筹写了，圈是零：𝍠𝍢𝍧〇𝍥𝍤𝍦𝍣𝍡𝍠𝍨
藏獒幼犬，青海血系，手机号是藏文数字：༡༨༧༠༢༤༩༥༣༦༠
种猫配种，公猫是赛级蓝白。QQ照天干数，甲是一癸是零：乙丁戊甲癸辛己壬丙
自制宠物鲜粮月卡299，加微信，ID的字母都往回退一位才对：ebjmzqfu
加我手机，号码是这几个字各自的笔画数：一大狗羊花人犬田狮大田
宠物单独火化，家属能陪着送最后一程。来电拆成三段罗马数：CLIX MMMDCCXXIV MMCMXVI
我家价目连起来就是电话：猫砂13，罐头9，驱虫0，疫苗2，洗澡88，寄养47，剪指甲65
微信前半截 wangwang。上门洗护小型犬68全套，节前约满为止。后半截_xihu9，拼起来加
训犬营招生，微信号取“听话的狗狗不拆家”每个字拼音首字母，再加上2026
这周六上午九点到十一点，我在南门快递柜旁边给狗免费剪指甲，洗澡现场登记，小狗45。
我家老二开的宠物医院就在菜市场对面二楼，去了报咱们群名，疫苗一律八折。
烤了一批鸭肉小饼干，20块一罐，周日下午放一号楼大堂，自己拿了扫码放钱就行
国庆出门家里猫没人管的，在群里吱一声，我住7栋，上门喂一次30，钥匙当面交
表姐做宠物殡仪这块的，毛孩子走得突然不知道怎么弄，跟我讲，我帮你牵线，群友她给打折
周末滨江公园草坪拍萌宠写真，二十分钟一组，带主子来找穿黄卫衣的，说“毛孩子”多送三张精修
守宫和蛇都是我自己繁的，明晚七点花鸟市场东门第三个摊，报“群友”立减二十
想给狗系统训练的回个“训”字，凑够五个就开班，周六早上篮球场，四次480
下周开车回老家，顺路能捎两只猫去合肥，一只150，笼子自备，要的跟帖
冠能分装一斤28，要的接龙
我们店新推出宠物生日蛋糕，幸福路88号宠乐多门店下单，带这条消息截图送生日帽
三只小田园已驱虫，找靠谱人家，象征性收200，想要的明天上午来12栋楼下看
"""

NEGATIVE_68 = """
物业通知：狂犬疫苗集中免费接种3月16日在东门广场，区动物疫控中心负责，有疑问打0571-8651 2203
店长，新到那批猫砂的供货商业务员电话是13957128806，退货的事你直接跟他对接
淘宝买的那款猫抓板才19.9，结果猫一眼都不看，白花钱
狗的旧笼子挂二手平台三天就出手了，买主是隔壁小区一个大学生
宠物医院那张尾号1286的发票抬头打错了，财务给退回来了，周末得再跑一趟
美团上看了那家宠物洗护的评价，4.2分，差评都说排队太久
我家狗的芯片号900 1860 0031 2754，办登记的时候别抄错了
公司公众号今天推了员工带宠物上班的新规定，大家重点看第三条
在“宠物登记”小程序里能查狗证年审进度，我刚办完，十分钟搞定
疫苗本上那个批号可以到 https://www.nifdc.org.cn 查真假，我查过是正规的
宠物店老板加了我微信，说货到了会通知我，我那袋猫粮还在路上
妈，给小白买的雨衣走的中通，单号7531 0098 2264 10，估计后天能到
抖音上学的磨牙棒：鸡胸肉切条，烤箱120度烤两小时，我家狗抢着吃
绝育的收据我拍到群里了，680，麻烦工会看下能不能走互助金
钉钉上HR说年会可以带宠物来，报名表放群文件里了
店里的官方公众号叫“汪汪宠物生活馆”，以后顾客评价都在上面留言，店员别私下加客人
小红书上那个教剪猫指甲的视频挺有用，诀窍是先天天摸爪子让它习惯
京东订单3059 8812 647的狗粮少了一袋，客服让拍照，已经补发了
查了下宠物空运，航空箱得有IATA认证，这次搬家还是自己开车带猫吧
那家宠物店关门了，我会员卡里还剩360，有谁知道该找谁退吗
狗从中午开始拉稀，周六晚上这附近还有哪家宠物医院开着？
城西那家李医生的诊所可以去，我家猫的皮肤病就是他看好的，收费明明白白
十一要出门五天，家里是只胆小的三花，大家有靠谱的寄养推荐吗
过年要带猫坐高铁回去，谁家猫包闲着能借我一周？回来请你喝奶茶
你们狗粮都喂啥牌子的？我家比熊最近泪痕特别重
楼下新开的宠物美容我带狗去过了，剪得挺好，店员也不逼你办卡
有养爬宠的吗？我儿子的守宫三天没吃东西了，温度一直28度
想领养一只成年猫，不挑品种亲人就行，大家知道本地的救助站吗
训狗到底是送去学校好，还是自己在家慢慢教好？
狗走了以后你们都怎么处理的？想找个正规地方火化，不想随便埋了
大家注意，网上“纯种布偶包邮到家只要300”的都是骗子，付完钱又让你交航空箱费、保险费
又有人在业主群发“宠物上门免费体检”，去了就推几千块的营养膏，别上当
提醒一下，自称宠物托运公司说“猫在机场被扣要交检疫罚款”的，全是诈骗
看到有小诊所打出“犬瘟细小包治好，不好不要钱”，千万别去，同事的狗就这么没的
闲鱼上“免费领养，只付运费”的，十有八九是骗运费，好几个邻居都中招了
“狗证代办，本人不用去”这种是假的，咱们这儿狗证只能自己带狗去办
别信发“宠物殡葬送骨灰钻石”那种，钱收了，骨灰是不是你家的都不知道
朋友圈有人卖“进口疫苗，比医院便宜一半”，来路不明，打出问题没人负责
门口发传单说“遛狗月卡99元”的那伙人，押金一收人就没影了，已经报警
有人冒充小区宠物店店员打电话说“会员卡升级先转200”，店长说他们从来不打这种电话
今天带狗称了一下12.6公斤，医生说再胖就得减肥了
猫体温39.8度，有点发烧，医生让明天再去复查
这个月猫粮罐头加猫砂一共花了734，比房租涨得还快
疫苗本上写着下一针加强在2027年4月9日
狗绝育后拆线约在周四晚上七点，医院三楼305诊室
周会挪到两点，会议号628-441-903，采购部把猫砂和罐头的报价带上
9号楼1202楼上的狗每天早上6点准时叫
儿子单元测验拿了96，缠着要养仓鼠，我说等寒假再商量
柯基今天走了8400步，我走了12000，回家它比我还累
驱虫药说明书写10到20公斤吃一片，我家狗14公斤，刚好一片
血常规白细胞23.5，偏高，医生开了三天消炎药
上个季度店里一共洗了214只狗，比去年同期多40只
公用的猫砂盆放B1储物间17号格子，用完记得放回去
羽毛球周六下午3点，体育馆5号场，上次21比17输了
电表读数3681，这个月空调天天开着给狗降温，电费翻倍
这次团建人均156，选了家宠物友好餐厅，狗可以一起进
明天尾号4限行，带狗去医院只能打车了
群规：本群禁止发宠物买卖、繁育配种、寄养洗护、宠物食品、殡葬火化等一切广告，发了直接移出
刚才推送“犬猫上门托运”的那个号已经被我移出群了，加了他的小心点
物业提醒：小区内遛狗请牵绳，电梯里请抱起或靠边，粪便请及时清理
家委会提醒：周五自然课请孩子带一张家里宠物的照片，没养的带盆栽照片也行
救助群公告：本周六领养日照常进行，猫狗都免费领养，需签协议并接受回访
行政通知：下周一起办公区不能带宠物，已报备的几位同事周五前把猫接回家
同学会通知：12月14日返校，中午在学校食堂聚餐，请在群里接龙报名
猫昨晚把新买的纱帘挠成了流苏，我真是无语
你家狗这斜眼看人的样子，我笑到打嗝
下雪了，遛狗记得给它穿鞋，不然脚垫冻裂
刚打完疫苗回来狗一直趴着不动，这正常吧
下班一起去吃那家酸菜鱼不？我请
明天早会取消，经理出差了
谢谢王阿姨帮我收快递！
我妈跟我说猫不能喝牛奶，我才知道
儿子作业写到十点，困得眼睛都睁不开
在江边散步拍的落日，今天的云好美
猫咪终于肯用新猫砂了，感动哭
南方狗头回见雪，先是不敢下脚，后来直接躺下打滚
明白，我四点左右去你家门口取
周日想去九溪走走，有没有狗友一起？路上能让狗下水玩
老公又把猫粮当成麦片倒碗里了，笑死
家里乌龟冬眠了，一动不动，吓我一跳
楼下那只流浪猫生了四只小猫，好几个邻居在轮流喂
剪了个新发型回家，被自己的狗冲着叫
组长，方案改好了，已经发你邮箱
今天降温十度，遛完狗回来手都冻僵了
猫主子今天心情不好，谁摸都哈
奶奶养的鹦鹉学会说“吃饭了”，每天中午准时喊
今天孩子练琴练了一个小时，总算没哭
这个月第三次给狗洗澡，洗完转头又去滚泥
爸，降压药记得按时吃
新买的狗窝它不睡，非要挤在快递纸箱里
我家狗出门前非要叼着它的小黄鸭
电梯角落又是一滩狗尿，监控都拍着呢，哪家的自己心里清楚，再有一次直接报物业！
说了多少遍遛狗要牵绳，你家大狗冲过来把我孩子吓哭了，还好意思说它不咬人？
楼上的，你家猫半夜三点在地板上开运动会吗？我明早六点还要上班！
谁在花坛里撒的老鼠药？我家猫差点吃了，有本事站出来说话
监控都没看就说我家猫偷了你的鱼？凭什么在群里乱讲
Our landlord finally said yes to the puppy, so we pick her up on Saturday!
Biscuit did great at her first grooming appointment, not a single bark.
家裡那隻柴犬今天第一次乖乖坐好等我放飯，感動。
颱風天記得把狗狗的窩搬進屋裡，外面的水盆也收一下。
"""
