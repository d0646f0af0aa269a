"""Hold-out set 58 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 16, after sets 1-56 (see holdout_data.py), at the same time as set 57 (written by another helper;
this set was checked by the same script against set 57's lines as they stood when this one was finished, unread: highest
ratio 0.468 at the end), and kept unscored until it is scored once, blind. The writer read no detector code, word list,
rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or docs/, imported
nothing from qungui, ran no qungui command and no file in benchmarks/ (bench_holdout.py or any other benchmark
included); holdout_data.py was opened only for its module docstring (the labelling rules and the history and topics of
sets 1-56), printed with ast.get_docstring, and holdout55_lines.py and holdout56_lines.py only for their module
docstrings, printed the same way (the file format, the docstring style and the disguises and calls already used, to
avoid repeating them; their lines and the code below holdout_data.py's docstring were not read); pyproject.toml was
searched only for its ruff settings (the search showed the ruff, lint and per-file-ignore tables and nothing else), the
benchmarks folder was not listed (set 57's file and this one were only checked for existence by their names), and set
57's file was only loaded by the similarity script, which never printed its lines. The folder holding the similarity
script was listed by file name once; no file in it but the script was run, and none was opened; git status was run
twice (the first showed nothing, the last only the names of files other sessions had changed or added; none was
opened). The two dumps (every
line of hold-out sets 1-56, training lines) were only read by the similarity script, which printed this set's lines and
ratios, never the dumps' lines; as it prints only lines above 0.5, it was also run on temporary files holding subsets of
this set's own lines, to find the lines standing between 0.49 and 0.5. No line is copied from earlier sets or from the
training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the default settings, taken both
ways round) against every line of the earlier hold-out sets' dump is at most 0.5 (highest 0.481), against every line of
the training-line dump at most 0.5 (highest 0.453), no two lines of this set exceed 0.5 against each other (highest
0.364), and against set 57 the highest is 0.468. Twenty-one lines were rewritten, each once, each time with new wording:
twelve that first stood above 0.5 against the hold-out dump (0.765 at most, a line counting a day's catch; the others
short ordinary lines with numbers, a parcel-shelf pickup code, a licence plate, a parents' meeting (0.558 against the
training dump too) and store points; four organisers' notices, a group ban on this topic's ads, a removed advertiser, a
store's members' day and an alumni meeting moved online; a short everyday line about the cold (0.667 against both
dumps); a traditional-script line about a hike called off; and one subtle ad, a home-made snack ordered by a like, at
0.516); six that stood between 0.49 and 0.5, reworded to keep a margin (a warning quoting a card-transfer scam, an SF
parcel number, a company's fire drill notice, two everyday lines and an English line); and three everyday lines against
set 57 (0.588 and 0.514, and one at exactly 0.500 reworded for the margin). The lines are meant to be scored once,
blind; tuning on their errors would spoil them.

Set 58 focuses on sport, fitness and the outdoors: gym and swimming cards passed on or sold (私教课转让, 游泳馆年卡, 游泳次卡, 健身房月卡),
private trainers and boxing, yoga and pilates studios with prepaid packages (拳击馆开业团课, 器械普拉提小班, 普拉提年卡, 瑜伽瘦身营, a Keep
live class, 减脂带练), fishing (黑坑开塘, 黑坑饵料, 钓竿测评, 钓箱钓椅, 路亚假饵, a reservoir farm-restaurant with fishing, sea-fishing boats with
钓位), hiking and camping clubs that charge (轻徒步 with AA coach and insurance, 徒步俱乐部年费, 露营装备全包, a new camp site), ski trips and
gear rental (崇礼雪具租赁, 北海道二世谷滑雪团, 滑雪教练一对一, Japanese gear 代购), cycling kit and used bikes (公路车, 山地车, 骑行服), marathon
and race entry slots (半马转让名额, 全马名额), badminton and tennis courts and coaching (羽馆订场, 网球私教, 网球场夜场), martial-arts and
children's sports clubs (少儿武术暑期班, 少儿游泳寒假班, 跆拳道冬令营) and sports supplements and protein powder (乳清蛋白, 补剂清仓, 蛋白粉拼团,
低脂牛肉条), beside ordinary chat in gym, running, fishing, hiking and badminton groups, company work groups, neighbourhood
groups, families, a parents' class group, an alumni group and a sports store's VIP customer group. It keeps the mix
real spam has: 24 lines plain or lightly disguised (“微信号” with an id and “备注”; “加vx：”; “QQ” with a number and “下单”; a
mobile after “订位找” and a name; “进群报名 群号”; a survey link after “戳链接填信息”; “私我” (the writer's husband's whey); “私聊” (the
writer's own road bike); “抖音搜” (a cousin's boxing gym); “大众点评搜” a studio with its branch; a shop's landline with an area
code; “微信小程序搜” a court-booking mini program; “电话微信一个号” after a boat captain's name; “悦跑圈搜” a running club; a 公众号 with
a reply word; “淘宝搜店铺” (the family's factory); “闲鱼搜”; a 400 hotline; an e-mail address for booking lessons; “Keep搜” (the
writer's own live class); “B站搜UP主”; a LINE ID; “视频号搜”; “快手搜” (a brother-in-law's reservoir restaurant)) and 14 moderately
(“卫星” as slang for WeChat; “扣扣🐧” with O and l for 0 and 1; “某宝搜”; “dian hua” in pinyin with digits split by slashes; “V信”
with an id split by ski emoji; the homophone “咸鱼搜”; “球球群” with Chinese digits in groups; the homophone “手肌” with
full-width digits; the homophone “威鑫” with an id; the homophone “抖荫号”; “红薯搜” as slang for 小红书; “➕v” with an id whose
letters and digits are joined by dots; the homophone “寇寇号” with unbroken Chinese digits; a phone number split by tennis
emoji) and 10 heavily, with disguises the docstrings read do not list (a mobile number in counting-rod numerals,
“𝍠𝍧𝍦 〇𝍤𝍢𝍨…”, “〇是零”; a mobile number in Thai digits, “๑๕๖ ๗๓๐๒…”; a QQ number in Braille digit cells, “⠃⠊⠚⠉…”, “一个点的那个是1”; a
mobile number sung in numbered musical notation, “哆咪西 来拉休止嗦…”, “休止符就是零”; a mobile number as atomic numbers of
elements, “按原子序数念：氢氧氧 氦氮锂氢…”; a group number as a sum to work out, “二亿九千一百三十万加上…”; a WeChat id spelt in the NATO
alphabet, “Victor X-ray… Foxtrot India Tango…”; “vx” and an id in spaced regional-indicator letters, “🇻 🇽：🇧 🇴 🇽…”; “wx” and an
id with a combining underline under every character, “w͟x͟：p͟a͟o͟…”; a mobile number given as its odd and even places, “单数位是…
双数位是…交叉着拼起来”) and 12 subtle (an offer with a call to action only, none quoted by the docstrings the writer read): a
pay-on-site fishing day below a reservoir dam, “到了找开白色皮卡的老王”; a swimming card, “谁要直接发个五百的红包，我明天去前台给你过户”; a
boxing gym's trial week, “进门跟前台说一句“出拳””; a badminton court short of five, “在下面跟一句“算我一个””; a mother's beef jerky,
“给这条点个赞，我挨个打包寄出”; three places on a boat, “明早五点码头集合…现金上船交”; a protein-powder 群收款, “点进去付钱就行”; home-made lures
at the gatehouse, “扫桌上的收款码自取”; ski coaching at an indoor slope, “我在租鞋那儿等”; a taekwondo winter camp, “把孩子名字和年龄发到群里，
我统一登记收费”; a yoga class at a park's east gate, “第一节不收钱，觉得好再按月交三百”; a marathon slot, “谁需要直接@我”. About fifteen
positives are written the way members casually sell in a group (the writer's own personal-training and swimming cards,
bait, road bike, fishing box, Keep class, marathon slot, lures and rowing machine, a husband's whey, a cousin's boxing
gym, the family's cycling-wear factory, a brother-in-law's reservoir restaurant, a mother's jerky, and most subtle
lines).

- `POSITIVE_58` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_58` (100 lines): 20 that look dangerous at first sight (12315 after a trainer vanished, a pay pond owner
  added on WeChat to ask the stocking time, a swimming card the pool will not let be passed on, caked protein powder
  from Taobao, a marathon draw's text message, a sports hall's booking landline already called, a taekwondo grading fee,
  a snapped line from a Douyin live room, a trainer's gainer that is mostly maltodextrin, a hike's coach-and-insurance
  money with its invoice, an old bike sold on Xianyu, a sea-fishing deposit refunded, ski gear rented in the resort's own
  mini program, a union refunding a gym card, free roller-skating lessons from the property office, a smelly yoga mat from
  Pinduoduo, a closed pilates studio whose owner blocked the writer, the sports bureau's 公众号 listing free venues, a
  boxing gym seen on Xiaohongshu, a trainer's certificate); 10 members asking or recommending (a pool for a child, a knee
  support, what to take to a pay pond, a first road bike, a ski resort for beginners, a protein powder for the lactose
  intolerant, an easy hike for parents, sanda or forms for a boy, a first tennis racket, a post-natal pilates teacher);
  10 warnings quoting or describing the scam without its contact (a fake marathon committee's transfer fee, “年卡半价让给你，
  交三百订金就帮你改名”, “黑坑回鱼，包你爆护”, fake outdoor clubs, “进口蛋白粉一折清仓”, “转我微信押金立减一百”, “预存五千送终身会员”, stolen
  bikes too cheap, “海钓船包位，先付全款”, a free fitness band link); 17 lines with numbers that are not contacts (an order
  number, a meeting room, a fitness-test time, weight and body fat, a parcel-shelf code, a finance extension, a plate's
  last characters, a catch, badminton scores, a team-building fee, a property fee, a parents' meeting, an SF waybill's
  last digits, an alumni dinner, a bike's price paid, pool hours, store points); 7 organisers' and admins' own notices (a
  fishing group's ban naming bait, pay ponds, pulling to other groups, gym cards and personal training, a removed
  account that posted stocking news, a lift repair, a fire-extinguisher drill, a running club's changed start, a sports
  store's anniversary sale to its VIP members, an alumni New Year meeting moved online); 27 lines of everyday chat; 5
  heated arguments without any selling (a fishing spot taken, unpaid camping AA money, a cancelled badminton court, a
  child kicking in the pool, cycling on the pavement); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_58 = """
私教课转让：我在星动健身办的私教还剩二十二节，工作调到外地用不上了，原价八千六，四千五转，教练可以换，微信号 xingdong_amy0412，备注私教
游泳馆年卡转，游了不到两个月发现怀孕了没法去，恒温池带淋浴，到明年九月才过期，要的加vx：yuyu_swim1990
自己配的黑坑饵料，鲤鱼鲫鱼都好使，二十块一包，三包起发，QQ 2837701946 下单
城北新开的黑坑周六开塘，放了两千斤大青，一百八一杆五小时，订位找老周 135 8812 6630
周末轻徒步来不来？这周走九龙溪古道，全程十二公里，AA包车加保险一人一百二，进群报名 群号 741296035
杭州半马还有三个转让名额，走官方改名渠道，手慢无，戳链接填信息：https://wj.paobu-club.cn/hz2026
我老公从澳洲背回来的乳清蛋白，巧克力味五磅装还剩六桶，比旗舰店便宜两百，私我
出一辆闲置公路车，崔克Domane AL2，骑了不到一千公里，送码表和锁鞋，一口价三千二，感兴趣私聊
我表哥开的拳击馆在做开业活动，十节团课三百九，抖音搜“铁拳会拳击馆”能看到环境
器械普拉提一对二小班，首单体验九块九，大众点评搜“柔韧普拉提（滨江店）”直接下单
雪季开了！崇礼雪板雪服全套租赁，一天一百五，送头盔雪镜，门店电话 0313-5478862
东区体育馆五到八号羽毛球场周末还有空档，微信小程序搜“东区羽馆订场”，选好时段直接付
海钓船周六凌晨四点开船，钓黑鲷和石斑，一船限八人，船长阿福电话微信一个号 139 6027 4481
悦跑圈搜“江畔夜跑团”，每周二周四晚上沿江跑十公里，入团交一百年费送团服
露营装备全包，帐篷天幕桌椅炊具都有，拎包入住三百八一晚，关注公众号“野趣营地”回复“露营”看营地照片
我家工厂自己做的骑行服，速干面料，夏季短袖套装一百二，淘宝搜店铺“风驰骑行服饰工厂店”
健身补剂清仓，肌酸氮泵BCAA都有，临期的半价，闲鱼搜“撸铁小王补剂铺”
少儿武术暑期班开始报名了，五到十二岁，散打套路都教，全国统一热线 400-806-3357
网球私教，前省队队员，一对一两百一小时，场地我来订，约课发邮件到 tennis.coachzhou@163.com
我在Keep上开了直播减脂课，每天早上六点半，Keep搜“燃脂阿杰”关注一下，开会员就能跟练
钓竿测评视频都放B站了，想买竿子的去B站搜UP主“野河老钓”，评论区置顶有团购价
二月北海道滑雪团，二世谷六天五晚，含雪票住宿接送，名额不多，LINE ID：niseko_snowtrip
瑜伽馆开冬季瘦身营，二十一天打卡，视频号搜“静心瑜伽苏老师”看课程安排
我姐夫在水库边开的农家乐能钓鱼，钓上来的可以现场做，快手搜“老杨水库鱼庄”
全马名额转一个，本人膝盖受伤跑不了，加卫星：run_daxiong_77
二手钓箱钓椅打包出，九成新，扣扣🐧 8O5 3l9 2674
蛋白粉正品低价，某宝搜“肌肉工坊营养”，比专柜省一半
游泳次卡还剩八十次，dian hua：158/3307/6219，下午下班后联系
滑雪教练一对一，零基础三小时上道，V信：ski🎿zhang🎿88
二手山地车好几辆，捷安特美利达都有，咸鱼搜“老单车回收铺”
钓友交流，每周发黑坑放鱼信息，球球群：六三八 二七零 四一九
拳击手套护具批发价走，手肌１５９ ２２８０ ７７３１
普拉提大器械团课年卡，最后五张，威鑫 pilates_mona 咨询
钓鱼直播间天天放福利，抖荫号：laoli_diaoyu520
新开业的露营地，红薯搜“山野有风营地”，看笔记就知道多出片
户外徒步群招新，➕v：h.i.k.e.r.2.0.2.6 拉你进群
健身房月卡转让，离家太远不想去了，要的找寇寇号七四一二八六三九零
网球场夜场特价，订场电话 139🎾2046🎾7788
徒步俱乐部收会员，年费八百全年活动免费，手机用算筹写的：𝍠𝍧𝍦 〇𝍤𝍢𝍨 𝍥𝍠𝍣𝍧，〇是零
日本滑雪装备代购，雪板固定器都能找，泰文数字就是我的手机：๑๕๖ ๗๓๐๒ ๔๘๙๑
蛋白粉拼团，企鹅号按盲文数字读：⠃⠊⠚⠉⠋⠁⠙⠑⠓，一个点的那个是1
少儿游泳寒假班找王教练报名，号码按简谱唱：哆咪西 来拉休止嗦 发咪哆拉，休止符就是零
出一台划船机，九成新，电话按原子序数念：氢氧氧 氦氮锂氢 硼氟铍碳
钓鱼俱乐部招会员，群号自己算：二亿九千一百三十万加上五千六百七十八万四千二百一十
减脂带练，vx 是 Victor X-ray，号是 Foxtrot India Tango Lima Echo Oscar，后面再跟两个7
拳击私教课，🇻 🇽：🇧 🇴 🇽 🇮 🇳 🇬 🇫 🇺，加的时候字母全小写
二手跑步机便宜出，w͟x͟：p͟a͟o͟b͟u͟j͟i͟_͟8͟8͟0͟
海钓船周日还有两个位，电话的单数位是1 9 3 7 5 9，双数位是8 0 4 6 2，交叉着拼起来
周六早上六点半，南湖水库大坝下面，带竿来就行，一人一百五管午饭，到了找开白色皮卡的老王
我的游泳卡还剩四十次，不想折腾了，谁要直接发个五百的红包，我明天去前台给你过户
拳馆这周试营业，晚上七点到九点都能来打，进门跟前台说一句“出拳”体验课全免
周三晚上我订了两片羽毛球场，还差五个人，想打的在下面跟一句“算我一个”，到场一人四十
我妈在家烘的低脂牛肉条，撸铁的垫肚子刚好，想来点的给这条点个赞，我挨个打包寄出
明早五点码头集合，船上还剩三个钓位，鱼获归自己，现金上船交
蛋白粉拼单的群收款已经发起来了，两桶起拼，要的点进去付钱就行，周五截单
自己做的路亚假饵放小区南门门卫室了，一个十五，扫桌上的收款码自取
想学滑雪的周五晚上到万达冰雪世界二楼，我在租鞋那儿等，第一次陪练不收钱，之后一小时两百
少儿跆拳道冬令营还剩最后六个名额，想报的把孩子名字和年龄发到群里，我统一登记收费
周日下午两点体育公园东门，带瑜伽垫来，第一节不收钱，觉得好再按月交三百
马拉松名额还剩一个能转，谁需要直接@我，照片身份证准备好，八百拿走
"""

NEGATIVE_58 = """
上个月在健身房办的私教课，教练人跑了，课还剩三十节，我已经打了12315，被坑的可以一起去登记
那个黑坑老板的微信我加了，只是问他下周几点放鱼，他说会发在朋友圈
游泳馆前台说年卡不能转让，只能退余额，还要扣百分之二十手续费，太坑了
淘宝买的蛋白粉打开是结块的，客服非说是正常现象，我已经申请退款了
我抽中上马了！中签短信截图发群里让大家沾沾喜气
体育馆订场电话是0571-86903321，我刚打过去问了，这周末的场全满了
儿子跆拳道馆交了三千六一年，道馆又说黄带考级另收两百，你们家也交了吗
钓鱼装备是在抖音直播间买的，到手发现鱼线是断的，找了三天客服才给补发
教练让我喝增肌粉，我看了成分表全是麦芽糊精，还不如多吃两个鸡蛋
徒步那次的一百二是包车加保险的钱，发票在我这儿，财务要报销的话来我工位拿
旧自行车终于在闲鱼卖掉了，买家当面验的车，三百块，阳台总算腾出来了
海钓那天浪太大船长决定不开船，定金已经原路退回，大家查一下微信零钱
滑雪场雪具是在官方小程序上租的，押金说三到五个工作日退回
公司工会今年给每人报销一次健身卡，上限一千五，发票抬头写公司全称
物业请了个轮滑教练，每周六上午在小区广场免费教小朋友，不收一分钱
拼多多买的瑜伽垫味道太大，阳台晾了一周还有味，已经给了差评
普拉提馆突然关门，老板微信把我拉黑了，卡里还剩二十节课，有人知道去哪维权吗
市体育局公众号发了全民健身日免费开放的场馆名单，我们小区旁边的游泳馆也在里面
在小红书看到有人说这家拳馆教练很凶，我家孩子上了两节倒觉得还行
老陈的私教证我看过，正规的国职，他问的那个腰伤我还是建议先去医院拍个片
有没有人知道附近哪个游泳馆水质好点，孩子暑假要学游泳
我跑步用的护膝是迪卡侬的，四十多块，跑了半年没坏，膝盖不好的可以试试
想问下第一次去黑坑要带什么，饵料是自己带还是塘里买？
新手想入一辆公路车，预算五千左右，群里大佬们给点建议呗
谁知道崇礼哪个雪场适合零基础？想带孩子去玩两天
我喝的是京东自营那款蛋白粉，没什么怪味，乳糖不耐受的可以选分离乳清
周末想带爸妈爬山，有没有不太累的路线，最好有缆车的
孩子想学武术，散打和套路哪个更适合八岁男孩？
网球初学者买什么拍子合适？不想一上来就花太多钱
求推荐个靠谱的产后修复普拉提老师，最好在城东这边
提醒一下，最近有人冒充马拉松组委会发短信，说名额可以转，要先交八百手续费，全是假的
又有陌生号私聊我，开口就是“年卡半价让给你，交三百订金就帮你改名”，我同事就栽在这上面，交了钱人就没影了
那种“黑坑回鱼，包你爆护”的广告别信，就是骗你去交年费的
注意：有假冒的户外俱乐部收了报名费就失联，去年我们这边好几个人被骗了三百
看到“进口蛋白粉一折清仓”这种千万别买，多半是三无产品
滑雪押金不要转到私人账户，有人说“转我微信押金立减一百”，这就是骗子
跆拳道馆说“预存五千送终身会员”，前年城西那家就是收完钱就倒闭了
二手自行车便宜得离谱的要小心是偷来的，买了被警察找上门很麻烦
钓友群里有人说“海钓船包位，先付全款”，结果船根本不存在，已经报警了
千万别点“免费领取运动手环”那种链接，填了手机号就一直接到推销电话
订单号4392017756128，前天买的跳绳到现在还没发货
下午两点半的会改到三楼305，带上季度报表
这次体测一千米跑了四分十二秒，比上回快了十八秒
现在体重71.5公斤，体脂率22%，目标是年底降到18%
菜鸟驿站货架7-2-4415那个长条箱子是我的泳圈，下午有人顺路不
报销的问题直接打财务分机8217
体育馆门口斜停的白色SUV，尾号K352，把大巴的道堵死了，司机在找人
收竿！水库蹲了九个钟头，上了七尾板鲫，头尾加起来才四斤出头
羽毛球决赛比分21:18、19:21、21:15，老刘拿了冠军
上周团建每人一百八十六，已经从工会经费里出了
物业费一平米两块四，这季度十二月十五号前交
周四晚七点的家长会大家别忘，班主任说顺便讲冬季长跑体测的安排
雪裤尺码偏小，今天寄回去了，顺丰运单尾号2741，商家说收到就退款
同学聚会定在12月28号中午，聚福楼二楼牡丹厅，一桌坐十二个
家里那辆自行车是2019年买的，花了一千三，现在骑着还挺顺
游泳馆周一闭馆，周二到周日早上6:30开到晚上9:00
攒了2460分，离兑换那副防雾泳镜的3000分还差好远，再去买两双袜子凑凑
管理员提醒：钓友群只聊钓技和鱼情，卖饵料、推塘口、拉人去别的群、转健身卡私教课这类一概不许发，头一回删帖，再犯直接请出去
昨晚混进来刷放鱼信息的号已经清掉了，谁被它加了好友直接拉黑，别回
通知：明天上午十点检修电梯，二号楼电梯停用两个小时
行政部通知：周五四点全员到楼下空地集合练习灭火器使用，大约半小时，届时电梯暂停
跑团本周日的长距离训练改到早上七点，集合地点不变，下雨就取消
感谢各位老会员一年来的照顾，本周六店庆，跑鞋和篮球鞋统一八五折，消费积分翻倍，结账时报一下会员号
因为场地没订上，体育学院校友今年的新年聚会只能在线上开了，时间定下来再通知
今天练腿练到下楼都腿软
早上去公园跑了五公里，空气太好了
又下雨了，周末徒步估计要泡汤
哈哈哈这条鱼比你脸还大
我家狗一看到我拿钓竿就开始兴奋地转圈
孩子游泳课上完饿得像头狼
老妈说我天天往健身房跑，还不如回家帮她拖地
晚上吃啥？想吃火锅但在减脂期
部门经理中了年会二等奖，说明天早上给每个工位发一份煎饼果子
刚下班，地铁挤成沙丁鱼罐头了
半夜爬起来看欧冠，点球大战输了，气得睡不着
楼下那只橘猫又胖了一圈
第一次滑雪摔了二十多跤，屁股现在还疼
登顶的时候碰到一队小学生，一个个蹦蹦跳跳，我们几个大人喘得像风箱
群主辛苦了，上次活动组织得特别好
寒潮要来了，晨跑的兄弟们把手套帽子戴上
骑车上班一个月了，感觉精神头足多了
瑜伽老师今天让我们做头倒立，差点没把我送走
刚跟老公吵完架出去跑了一圈，气消了
老同学们有空回学校看看，操场翻新了
我爸钓了一辈子鱼，从来没钓到过十斤以上的
天冷起不来床，打卡又迟到了
这周的周报还有谁没交？
奶奶九十了还天天在院子里打太极，我们这些晚辈都自愧不如
小区新装的健身器材挺好用，早上老人家都在那儿转腰
闺女今天体育课测跳绳，一分钟跳了一百六
收到这么多祝福有点感动，等我今年练出腹肌请大家吃饭
你占了我的钓位还有理了？我天没亮就来打窝了！
说好AA的露营费你一直不转，拖了两个月，还好意思在群里发自拍？
谁又把羽毛球场取消了？我们八个人都到了才发现没场地，能不能长点心！
你家孩子在泳池里踢人，说两句你还翻白眼，什么家教
骑车就骑车，别在人行道上飙，上次差点撞到我妈，你还骂人？
Who else is doing the riverside loop on Saturday? I could use someone to keep my pace honest.
My knee is still sore after the hike, I think I'll skip the gym this week.
今天在泳池游了兩千米，手臂痠到抬不起來
颱風要來，這週六的溯溪改期，裝備先別急著買
"""
