"""Hold-out set 61 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 16 on 2026-11-25, after sets 1-60 (see holdout_data.py), at the same time as set 62 (written by
another helper; this set was checked by the same script against set 62's lines as they stood when this one was
finished, unread: highest ratio 0.450 at the end), and kept unscored until it is scored once, blind. The writer read
no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/ or docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/
(bench_holdout.py or any other benchmark included); holdout_data.py was opened only for its module docstring (the
labelling rules and the history and topics of sets 1-60), printed with ast.get_docstring, and holdout59_lines.py and
holdout60_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and calls already used, to avoid repeating them; their lines and the code below holdout_data.py's
docstring were not read); pyproject.toml was searched only for its ruff settings (the search showed the ruff, lint and
per-file-ignore tables and nothing else). The benchmarks folder was not listed and git was never run; this file and
set 62's were only checked for existence by their names, and set 62's file was only loaded by the similarity script,
which never printed its lines. The folder holding the similarity script was not listed; only the script's own opening
docstring (its usage, five lines) was printed, and no other file in that folder was run or opened. The two dumps
(every line of hold-out sets 1-58, training lines) were only read by the similarity script, which printed this set's
lines and ratios, never the dumps' or the partner's lines. As it prints only lines above 0.5, it was also run on every
line of this set alone (its per-group maximum then shows values below 0.5) and on temporary files holding, for every
line, each variant with a short window of characters cut out (a window of about three per cent of the pair's length,
so a line standing between about 0.47 and 0.5 shows above 0.5 in some variant), to find the lines near the threshold.
No line is copied from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a,
b).ratio() with the default settings, taken both ways round) against every line of the earlier hold-out sets' dump is
at most 0.5 (highest 0.485), against every line of the training-line dump at most 0.5 (highest 0.444), no two lines of
this set exceed 0.5 against each other (highest 0.308), and against set 62 the highest is 0.450. Twenty-nine lines
were rewritten, six of them twice (thirty-five rewrites), each time with new wording: twenty that first stood above 0.5,
fourteen against the hold-out dump (0.714 at most, an everyday line about a milk-tea flavour; a moderate ad with a
mobile in keycap emoji digits, 0.624, whose disguise was then changed to digits with a combining low line; a wedding's
raw photos in a cloud drive; a parcel-station code, exam marks, an electricity reading, a blood-pressure reading and a
courier waybill; four organisers' notices, a group ban on this topic's ads, a removed advertiser, school photos and a
chamber's annual meeting; a parcel left at the wrong door; the second English line) and six against the training dump
(0.667 at most, a line about the cold; an invoice header for business-card costs, a member asking for a signboard
maker, a duty swap, washing in the rain, a traditional-script line praising a photographer); then three of those a
second time, still above 0.5 (the school-photo notice, the duty swap and the English line); two standing at 0.500 (a
plain ad for paid Moments posts and the waybill line after its first rewrite); and five that the cut-out variants
showed near the threshold (a member asking about bridesmaid dresses, a property-fee line, a dinner question, a message
to a mother and a short thanks to a teacher), reworded to keep a margin; and three that stood above 0.5 against set
62 as it then stood (0.600 at most: cinema seats, rewritten twice as the second wording stood at 0.500 and then replaced
by a bowling average; the tally-mark group number, 0.519, reworded with another number; a key left in a meeting room),
and the washing line a second time, at 0.488 against set 62, for the margin. The lines are meant to be scored once, blind;
tuning on their errors would spoil them.

Set 61 focuses on weddings, photography and events (婚庆一条龙 packages, wedding photographers and videographers, 跟拍
at weddings, graduations and abroad, hanfu shoots with 妆造, wedding MCs, balloon arches and party decoration, children's
birthday parties, 翻糖 cakes and dessert tables, banquet halls, gown, suit and 敬酒服 rental, 婚车 fleets, invitations,
喜糖盒 and 喜饼, lighting and sound hire) and printing, signage and advertising services (横幅, 喷绘写真, 易拉宝 and
展架, business cards, brochures, 门头 signs, 刻章 by stores, 群推广 slots in owners' and mothers' groups, 朋友圈代发,
公众号互推, paid reposts), beside ordinary chat in company work groups, neighbourhood and owners' groups, family groups, a
parents' class group, an alumni group, a store's VIP customer group, a chamber of commerce and hobby groups. It keeps
the mix real spam has: 24 lines plain or lightly disguised (a wedding firm's manager with a mobile; a cousin's studio
with a WeChat id; “QQ” with a number and sample photos in the QQ space; a banquet hall's landline with an area code; a
400 hotline for balloon decoration; a booking link for hanfu portraits; “美团能搜到” the writer's own cake shop with a
discount for the estate's name; an outside QQ group for paid groomsmen and bridesmaids; an e-mail for brochure design;
a husband's 抖音号 as an MC; “小红书搜” the writer's own dessert table; a 快手号 with a nightly live stream; a B站 UP主's
name that is the writer's own, “档期戳私信”; “视频号搜” a gown-rental account; group-promotion slots with “二维码在我头像里”;
a groom's suit, “要的私我”; paid Moments posts, “要发的小窗”; a seal-cutting store's mobile with a name; “电话微信同号” for
a sister's children's parties; “淘宝店搜” the writer's own printing works; 公众号互推 with “加我微信”; an Instagram
account for weddings abroad; “企业微信里搜” a staging firm's salesman; a father's business cards on a home landline) and 14
moderately, with disguises or combinations the docstrings read do not list (a mobile in digits with a combining low
line, “1̲3̲7̲…”; superscript digits “¹⁵⁹ ⁰⁸⁴²…”; “✌️✖️” for vx with an id; “秋秋号” for QQ; the homophone “手鸡” with groups of
Arabic and Chinese digits; “小红🍠搜”; “拼夕夕” for 拼多多 (a mother-in-law's sweet boxes); “小破站搜” for B站; a mobile split by
ring emoji “💍”; “q号” in negative circled digits “❸❻❷…⓿…”; a group number in subscript digits “₇₁₈₃…”; an e-mail read
out, “xiaoyin 圈a 一二六 点 com”; the look-alike “嶶信”; the homophone “垫话” with Chinese and Arabic digit groups) and 10
heavily, with disguises the docstrings read do not list (a husband's mobile sung in solfège by 简谱, “do mi sol 休止 la re
si…，休止符就是零”; a mobile by chemical elements' atomic numbers, “氢锂氧 氦氟〇硼 碳铍氢氮”; a QQ number as English month
abbreviations, “Mar Jun Aug Feb…，十月算零”; a group number in 正-character tally marks, “正丅/丅/正止/止/一…”; a mobile in
Eastern Arabic digits, “١٥٨ ٣٢٤٠ ٦٧٩١”; a brother's mobile in resistor colour bands, “棕橙紫 黑红黄灰…，黑零棕一”; a WeChat
id in Zhuyin, “ㄇㄟˇ ㄉㄨㄛˇ 后面加1314”; a 小红书 id in the NATO radio alphabet, “Hotel Uniform Alfa Juliett…，再跟520”; a
mobile as square roots, “√1 √64 √9 √0 √25…”; a mother's mobile as lunar-calendar days, “初一 初五 初九 初十…，初十当零”) and
12 subtle (an offer with a call to action only, none quoted by the docstrings the writer read): balloon decoration for
children's birthdays, “拍一拍我就行”; the writer's own fondant cakes, “写张纸条塞我家门缝里”; a hanfu shoot by a lake, “找撑红伞的
那个姑娘，来了先报名”; banners for shop openings, “把字写好放我工位抽屉里”; a brother's wedding cars, “在群里发个两百的红包，写上哪天”;
paid reposts of a studio's poster, “留满一天截图发群里，一条给五块”; group-promotion slots, “在这条消息上贴个👍”; a husband's MC work,
“把日子告诉我妈就行，她每天下午在二号楼底下打牌”; a banquet hall's October dates, “把这条群消息给前台看，打八八折”; business cards,
“把样式夹在前台那个蓝色文件夹里”; graduation photos, “升旗仪式结束到操场西边看台底下找我”; seals, cards and banners at a market's
back row, “带营业执照原件…第三个铺子”. About a dozen positives are written the way members casually sell in a group (a
cousin's studio, the writer's own cake shop, dessert table, B站 channel, groom's suit, printing works and Moments
posts, a husband's MC work twice, a sister's parties, a father's business cards, a mother-in-law's sweet boxes, a
mother's 喜饼, a brother's sound hire and wedding cars, and most subtle lines).

- `POSITIVE_61` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_61` (100 lines): 20 that look dangerous at first sight (a wedding firm's balance paid with the receipt
  posted, the groom's hotel and the wedding cars' time, raw photos in a cloud drive with the code in the notice, wedding
  photo guides on 小红书, a birthday cake to collect, the annual meeting's banners at reception, seals only from a
  registered seal shop, invoice details in the group files, team-building photos in a DingTalk drive, an MC's fee, a
  gift of eight hundred, a wedding blooper video on 抖音, a balloon arch from 拼多多, 12345 called about a sign shop's
  printer at night, a banquet's service charge, a hanfu returned to 淘宝, a misprinted banner, extra album pages, a
  birthday party at a play centre, a wedding firm found deregistered in the official registry); 10 members asking or
  recommending (bridesmaid dresses, newborn photos at home, a steady make-up artist, a sign maker, colour A3 posters, a
  birthday at home, a classmate as the reunion's photographer, a hotpot place for class birthdays, where to hold a
  banquet, a calligrapher for invitations); 10 warnings quoting or describing the scam (a fake studio's free photos,
  “朋友圈代发，一天轻松赚两百”, “刻章不用营业执照，全国包邮”, a 3999 package whose firm ran off, a deposit to “promote” an owners'
  group, free party planning that sells packages, a fake e-invitation text, “底片全送” that is not, “转发一条给五元”,
  cheap 跟拍 that withholds the photos); 17 lines with numbers that are not contacts (an order number, a banquet's date,
  hall and tables, a meeting room, a property fee, a parcel-station code, a licence plate, a test mark, a weight, an
  electricity reading, a train and seat, business cards' price, a blood-pressure reading, hotel rooms, a countdown and
  invitations sent, a badminton score, a bowling average, a courier waybill); 7 organisers' and admins' own notices (an
  owners' group rule banning wedding, photo, printing, Moments-posting and 互推 ads, a removed account that pushed
  wedding-photo deals, school graduation photos, an alumni return day, a store's members' day, a chamber's annual
  meeting, a company photo); 27 lines of everyday chat; 5 heated arguments without any selling (late photos from the
  photo team, a wedding's seating, a car in the fire lane, gift money, long voice messages); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_61 = """
婚庆一条龙，布置主持跟拍化妆全包，报价找王经理 139 2716 4405
我表姐新开的婚纱摄影工作室，国庆档期还剩几天，微信 lin_yuepai 直接约
婚礼跟拍单机位八百、双机位一千五，样片在QQ空间，QQ 2849103376
宴会大厅能摆四十桌，看场订席请打 0571-8763 2290，周一不营业
全市上门气球布置，生日宴开业庆典都接，热线 400-826-7319
汉服写真线上预约，点 https://yuyue.hanfuji.cn/m 选好日期和妆造
我家蛋糕店在美团能搜到“甜屿定制蛋糕”，报咱们小区名打九折
婚礼伴郎伴娘兼职，一场二百管饭，想接的进QQ群 83927104
做企业宣传册和画册设计，需求发 print_studio@163.com，三天出初稿
我老公做婚礼主持十年了，抖音号 mc_laozhou88 有现场视频，想约的去看看
小红书搜“棠棠的甜品台”，我自己一个人做，这个月生日宴还能接两单
快手号 ks_huabanjiaye 每晚八点直播婚礼花艺，定制款直接在直播间拍
B站UP主“阿岚拍婚礼”就是我，成片风格看投稿，档期戳私信
视频号搜“小芳婚纱租赁”，一百多套主纱秀禾，一天三百起
群推广位便宜出，五百人业主群发一次五十，二维码在我头像里，扫了就能加
家里闲置一套新郎西装，一米八穿的，只穿过一次，要的私我
我好友三千出头，接朋友圈代发，十元一条保留一整天，要发的小窗
公章财务章合同章当天取，来之前先打个电话 158 0317 6624 找老陈
我妹专门策划儿童生日派对，小丑魔术泡泡秀都有，电话微信同号 186 2094 5531
喷绘写真横幅，淘宝店搜“老杨广告印务”，我自家开的厂，出货快
公众号找互推，我这个号两万粉做母婴的，加我微信 huhu_tui2025 聊
海外婚礼跟拍，巴厘岛清迈都去过，作品在 Instagram @lumi.wedding.shot
公司年会舞台搭建、LED大屏出租，企业微信里搜“星河会展小周”
我爸退休在家帮人印名片，一盒二十块，要的打家里座机 8423 1156
新娘跟妆凌晨四点也能到，手机 1̲3̲7̲ 2̲0̲5̲9̲ 8̲4̲1̲6̲
横幅喷绘当天就能出，手机 ¹⁵⁹ ⁰⁸⁴² ⁶⁷³¹，下午五点前下单
儿童生日派对全包，✌️✖️：party_doudou，发孩子年龄给你出方案
汉服妆造加约拍一条龙，秋秋号 371902864，样片都在相册
名片设计印刷，手鸡 135 六六二四 零八七九，量大从优
婚礼请柬定制，小红🍠搜“纸短情长请柬铺”，烫金的也能做
我婆婆手工做的喜糖盒在拼夕夕上开了店，搜“刘阿婆喜盒”
小破站搜“跟拍老K”，婚礼MV和快剪都在那，接单看简介
婚戒刻字和伴手礼定制，电话 138💍6402💍9157
婚礼灯光音响租赁，q号：❸❻❷❾❶⓿❺❽❹
朋友圈代发互助群，一天能发三条，群号₇₁₈₃₉₀₂₆
设计稿发我邮箱 xiaoyin 圈a 一二六 点 com，报价当天回
宝宝宴布置，嶶信 bbyan_668，场地照片发来就给效果图
易拉宝展架一个八十，垫话一八九 2730 六一五四
我老公婚礼上弹琴唱歌都行，想请的按简谱打他电话：do mi sol 休止 la re si fa sol mi do，休止符就是零
影楼老板以前是教化学的，他电话按元素序号念：氢锂氧 氦氟〇硼 碳铍氢氮
婚礼请柬设计接单，QQ按英文月份缩写排：Mar Jun Aug Feb Sep May Jan Oct Jul，十月算零
跟拍样片群欢迎进来看，群号是数票时画的正字：正丅/丅/正止/止/一/正下/下/正一
横幅喷绘加急单，我电话写成阿拉伯那边的数字了：١٥٨ ٣٢٤٠ ٦٧٩١
我弟做婚礼灯光音响的，手机按电阻色环读：棕橙紫 黑红黄灰 白绿棕蓝，黑零棕一
台湾同学开的婚纱工作室，微信号是注音打的：ㄇㄟˇ ㄉㄨㄛˇ 后面加1314
汉服约拍作品看我小红书，号用无线电字母拼：Hotel Uniform Alfa Juliett India Alfa，再跟520
气球派对布置，手机号每一位开个根号就是：√1 √64 √9 √0 √25 √36 √4 √81 √49 √16 √9
我妈给人做婚礼喜饼，订的打她电话，按日历念：初一 初五 初九 初十 初三 初七 初二 初八 初四 初六 初一，初十当零
孩子过生日想布置气球的，拍一拍我就行，我带打气筒上门，一套两百八
我在家做翻糖蛋糕，下周还能接三个，想订的把尺寸和图案写张纸条塞我家门缝里
周日上午湖边汉服跟拍，一组一百五含修图，找撑红伞的那个姑娘，来了先报名
谁家开业要做横幅的，把字写好放我工位抽屉里，周五我统一拿去印，三十一条
我哥的婚车队下个月还有几个空日子，想订的直接在群里发个两百的红包，写上哪天
想赚零花钱的来，帮我转发影楼的海报到朋友圈，留满一天截图发群里，一条给五块
有要推广的吗，我手上三个五百人宝妈群，一次五十，想推的在这条消息上贴个👍
我老公业余做婚礼司仪，想请的把日子告诉我妈就行，她每天下午在二号楼底下打牌
我在酒店做宴会销售，十月还有空档，来看场地时把这条群消息给前台看，打八八折
名片一百张十五块，要印的明早八点前把样式夹在前台那个蓝色文件夹里，中午取
毕业季跟拍还剩四个名额，明天升旗仪式结束到操场西边看台底下找我定日子
刻章、印名片、打横幅都做，带营业执照原件到菜市场后门那排第三个铺子，当天取
"""

NEGATIVE_61 = """
婚庆公司尾款两万三已经转过去了，合同和收据拍照发群里，大家放心
新郎家订的是君悦三楼宴会厅，婚车早上七点半从小区南门出发
婚礼原片摄影师放百度网盘了，提取码在公告，只给自家亲戚，别往外发
小红书上婚纱照攻略看了一堆，最后还是选了楼下那家，一点没后悔
蛋糕店来电话说生日蛋糕做好了，谁下班顺路帮我取一下
年会用的易拉宝和横幅行政都印好了，在前台，各部门自己去领
财务说公章得去公安备案过的刻章点刻，网上随便找的那种不认
印名片那笔钱报销时，开票信息去群文件里找，别写错抬头
团建照片摄影师已经上传到钉盘了，密码是咱们部门名字的拼音
婚礼主持要三千八，我妈嫌贵，我觉得还行，你们当年请的多少钱
朋友圈看到小学同桌要结婚了，随八百会不会太少
抖音刷到一个婚礼翻车合集，司仪把新娘名字念错了，笑死
气球拱门是在拼多多买的，三十九块，自己吹了一整晚
打了12345投诉楼下广告店的喷绘机半夜还在响，说明天派人来看
酒店婚宴一桌三千六，再加一成服务费，比预算多出两万
淘宝买的汉服到了，尺码偏大，有运费险，明天寄回去换
横幅上把“热烈欢迎”印成了“热列欢迎”，谁订的赶紧去找店里改
婚纱照相册二十页，多加一页要两百，这影楼真会赚钱
孩子生日在商场儿童乐园办的，一个人头八十八，来了十二个小朋友
企业信用信息公示系统一查，那家婚庆公司早就注销了，难怪电话打不通
表妹下月办婚礼，伴娘要四个人，伴娘裙是租划算还是买划算，有经验的说说
有人请过上门拍百日照的吗，效果怎么样，想给宝宝拍一组
我们婚礼请的化妆师手特别稳，妆一天都没花，需要的我回头把她名字发群里
门头灯箱旧了想重做，大家有没有用着放心的做招牌师傅，一万以内
小区附近哪能打印彩色A3海报？孩子学校要交
孩子五岁生日想在家里办，有家长布置过的吗，分享点经验
校友会十周年聚会，能不能找个会拍照的同学来拍，不想请外面的
上回包场的那家火锅店挺好，班里孩子过生日可以考虑
婚宴酒店大家觉得选老城区还是开发区，哪边停车方便
有会写毛笔字的长辈吗，想自己写喜帖，外面印的千篇一律
注意了，有人冒充影楼打电话说你抽中免费婚纱照，去了就逼着加钱选片
刚才那条“朋友圈代发，一天轻松赚两百”别信，第一步就让你交会员费
提醒一下，网上说“刻章不用营业执照，全国包邮”的都是假章，用了要担法律责任
同事被坑了，婚庆套餐团购价三九九九，交完定金公司就跑路了
有人私聊说能帮业主群做推广，先付三百保证金，千万别转
上门推销“儿童生日派对免费策划”的，最后都是让你买一堆高价套餐
收到短信“您的婚礼请柬已送达，点击链接查看”的别点，那是木马
影楼嘴上说底片全送，最后只给十张精修，其余一张五十，大家擦亮眼睛
所谓“转发一条给五元”的兼职，做几单就开始让你垫钱，就是刷单骗局
低价跟拍小心点，我邻居拍完不给片，非要补一千才发
订单号 780331204679215 的喜糖盒到了没，物流显示已签收
婚宴定在18号中午十一点五十八，A厅26桌
下午两点1205会议室审片，摄影组全部到
三季度的物业费贴在单元门上了，咱家是2480，我明天去交
驿站短信说我的件码是6-3-2107，哪位邻居下楼顺手捎上来
浙A·7K3M9那辆白车挡着婚车的道了
这回单元测验娃拿了96，上次才79，奖励他一个冰淇淋
62.5公斤，瘦了三斤，婚纱拉链终于拉得上了
抄表的来过了，4371度，这个月空调开太多
G1372次8车12F，明早九点到站
名片印了5盒，每盒100张，一共75元，钱已经付了
我爸今早血压高压135低压88，吃了药下午再测
伴娘住酒店816和818，房卡放在前台
婚礼倒计时37天，请柬发出去142份了
羽毛球双打21比17赢了，明天继续
保龄球今天三局平均162分，终于破了我自己的纪录
租的礼服昨天寄还了，SF1423876590123，老板一直说没到，急死
群规补充：婚庆跟拍、印刷喷绘、代发朋友圈、互推这些一律不准在业主群发，发了直接踢
那个一直推婚纱团购的账号我已经清出去了，之前私下加他的留个心眼
毕业照定在周五下午，校服要洗干净，女生别戴夸张的发饰，谢谢配合
校友会通知：十二月七日返校日，地点在图书馆报告厅，能来的在群里回复
本周六是会员日，积分可以抵现，蛋糕类八折，各位会员到店就能用
商会一月十日办年会，会员单位报名截止到本月三十号，名额有限
明早九点全体在公司大门口拍集体照，记得穿工装
寒潮来了，明早零下三度，老人孩子都别出去晨练了
新娘子今天太好看了，哭得妆都花了
快递员把我的箱子放到隔壁门口了，1203今天有人在家吗
今晚不想做饭了，叫个外卖还是下楼吃面
孩子在学校摔了一跤，膝盖擦破点皮，没大事
排班表上我是周六，谁能帮我顶一天，下周我还你
妈，周六我带孩子回去，您别忙着做一桌菜
电梯又坏了，爬到十七楼腿都软了
老同学们，好多年不见，都还好吧
刚开会听说年底不发奖金，真的假的
花童小朋友太可爱了，一直在抢喜糖
我家猫把新窗帘抓烂了，气死我了
下午有人一起去驿站拿快递吗
老爸今天生日，大家记得在群里说句祝福
哈哈哈这张拍得我好胖，不许转发
周报写完了没，别忘了下班前交
楼上昨晚装修到十点，孩子都没睡好
看了预报，婚礼那天是晴天，放心了
会议室桌上有串车钥匙，带个小熊挂件的，失主来前台拿
外婆做的红烧肉还是小时候那个味
班级合影里我家娃闭眼了，笑死
好的老师，作业已经检查签字了
明早的会改到十点了是吗
好久没打球了，周末约一场
楼下新开的咖啡店豆子有点酸，还是原来那家顺口
表哥婚礼上放的那首歌叫啥来着
楼顶那床花被子快被风刮跑了，谁家的赶紧上去看看
你们摄影组能不能别每次拖到最后一天交片，我被领导骂了好几回了
婚礼座位谁排的？把我爸妈放门口那桌，什么意思
又把车停消防通道，说了多少遍了，有没有点公德心
凭什么份子钱每次都是我们家出最多，别人就装不知道
天天在群里发长语音刷屏的能不能注意点，吵得人心烦
Congrats to you both, the ceremony was beautiful!
Could someone tell me which entrance of the hotel is closest to the banquet hall?
婚禮那天記得早點到，幫忙招呼客人
這組婚紗照的光線太美了，攝影師真用心
"""
