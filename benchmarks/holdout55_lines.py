"""Hold-out set 55 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 15, after sets 1-54 (see holdout_data.py), at the same time as set 56 (written by another helper;
this set was checked by the same script against set 56's lines as they stood when this one was finished, unread: highest
ratio 0.444, so no line of this set needed rewriting for it), and kept unscored for the next session. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/,
tests/ or docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/ (bench_holdout.py or any
other benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and the history
and topics of sets 1-54), printed up to its closing triple quote, and holdout53_lines.py and holdout54_lines.py only for
their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls already
used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not read); pyproject.toml
was searched only for its ruff settings (the search also showed a few neighbouring lines: part of the dev dependency
list, the script entry and the package data), the benchmarks folder was not listed (set 56's file was only checked for
existence by its name), and set 56's file was only loaded by the similarity script, which never printed its lines. The
two dumps (every line of hold-out sets 1-54, training lines) were only read by a similarity script that printed this
set's lines and ratios, never the dumps' lines. No line is copied from earlier sets or from the training lines: every
line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the default settings, taken both ways round) against
every line of the earlier hold-out sets' dump is at most 0.5 (highest 0.500), against every line of the training-line
dump at most 0.5 (highest 0.500), no two lines of this set exceed 0.5 against each other (highest 0.375), and against
set 56 the highest is 0.444. Twenty lines that first stood above 0.5 were rewritten with new wording, one of them twice
(21 rewrites): sixteen against the hold-out dump (0.735 at most: short ordinary lines with numbers such as an
electricity bill, an SF tracking number, a Tencent Meeting number, a parents' meeting and a pickup code; admins' notices
such as a removed advertiser, a water cut and a store's members' day, which stood at 0.645 after its first rewrite and
was rewritten again; a loose cow in a wheat field; a member inviting the agronomist; a member asking for a grafting man;
a warning about a fake agriculture-bureau call; an English reminder about a farm visit; and three ads: a durian farm-
stay with a WhatsApp number, a spaced-letter id and a mobile number in keycap emoji, the last rewritten with Chinese
digits and dashes instead) and four against the training dump only (0.579 at most: a meeting room, store points for a
bottle of oil, a clock-in notice and a colleague asking about a farm-stay). The lines are meant to be scored once,
blind; tuning on their errors would spoil them.

Set 55 focuses on farming and rural trade: fruit-tree seedlings and saplings (grafted apple, peach, walnut, pomegranate,
fig, blueberry and cherry seedlings, nursery clear-outs), piglets, chicks, ducklings, lambs and calves (三元杂交小猪仔, 麻鸡苗,
青年鸡 and 脱温鸡, 西门塔尔牛犊, 湖羊羔子, 黑山羊), feed and veterinary drugs, farm-stays, fishing-pond restaurants and fruit-picking sites
(樱桃 and 草莓 picking, a durian orchard in Malaysia, 民宿 with tea picking and tofu making), rural land and orchard leases
(土地流转, 果园转包, 油茶林, 果园招租), village group-buying of new rice, rapeseed and peanut oil and free-range eggs, agricultural
drones and spraying crews (植保无人机, 飞防, a used DJI T40) and subsidy 'application agents' (农机购置补贴, 耕地地力补贴, 代办 with
“材料不全也能过”), beside ordinary chat in village, co-operative, farming-technique and group-buying groups, and a few from
company work groups, neighbourhood groups, a parents' class group, an alumni group and a grain-and-oil store's VIP
customer group. It keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id after “加我微信”; “vx：”;
“QQ” with a number; a mobile after “打电话” and a name; a “群号”; a booking link; “私我”; “私聊”; an 抖音号's shop window; a 快手 name
to search; a 拼多多 shop to search; a mobile after “打” to book drone spraying; a subsidy agent's id after “加微信”; a 淘宝 shop
to search; a 公众号 with a reply word; a 视频号 name to search; a 小红书 name to search; “（微信同号）” after a mobile; a hatchery's
landline with an area code; a 闲鱼 name to search; an e-mail address; a WhatsApp number with +60; a 今日头条 name to search; a
微博 @name with “私信”) and 14 moderately (“加薇” with Chinese digits in groups; “扣扣” with Arabic and Chinese digits mixed; a
full-width id after “ｗｘ”; circled digits with ⓪; “w x” and a letter-by-letter spaced id; the homophone “威信”; “微丨信”
split; “企鹅” with Chinese digits; radio-style 腰/拐/洞/两/幺; “绿泡泡搜”; “下划线” and “零八” spelt out in an id; a domain with “点” and
“斜杠”; a mobile in Chinese digits with dashes; the homophone “溦信” with Chinese digits) and 10 heavily, with disguises the
docstrings read do not list (a mobile number in Roman numerals, “I·V·IX·III…”, “O 当零”; a mobile number in the heavenly
stems, “甲一乙二到壬九，癸当零：甲丙戊庚…”; a WeChat id written upside down, “手机倒过来看：oɐɥz‾noʎƃuou :xʌ”; “vx” and the id in Cyrillic and
Greek look-alike letters, “ν х：ѕһuіguо_tаng”; a mobile number in superscript digits, “¹⁸⁶ ⁵²⁰⁷ ³⁹¹⁴”; a group number in
double-struck mathematical digits, “𝟟𝟛𝟘𝟠…”; a mobile number written backwards, “从右往左拨”; a mobile number with every digit
raised by one, “拨之前各减一”; “vx” and the id in parenthesized letters and digits, “⒱⒳：⒩⒪⒩⒢…⑻⑻”; a mobile number hidden in
idioms, “取头一个字：一帆风顺、三阳开泰、八面玲珑…”) and 12 subtle (an offer with a call to action only, none quoted by the docstrings the
writer read): new rice by the bag, “村里要的接龙写名字和袋数”; the last seven piglets, “明早六点在村口老槐树下现场挑，现金微信都行”; cherry seedlings,
“回个“苗”字”; chicks with a deposit, “直接在群里发红包给我，备注几只”; drone spraying, “把地块位置和亩数发群里”; a subsidy 'agent',
“身份证、户口本和一卡通拍清楚单独发我…一户收两百”; a farm-stay with a password, “进门报“咱们群”三个字”; fruit picking, “周日上午九点果园门口集合”; an orchard lease,
“明天下午到村委会后院找我”; the last three calves, “谁先把定金转过来就是谁的”; eggs delivered door to door, “要多少在群里报个数”; a nursery clear-out,
“点我头像聊”. About 15 positives are written the way members casually sell in a group (the village co-op's rice, a second
brother's black goats, the writer's own piglets, calves, lambs, eggs, farm-stay and orchard, and most subtle lines).

- `POSITIVE_55` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_55` (100 lines): 20 that look dangerous at first sight (chick prices in town, a calf seller who added the
  writer on WeChat, a drone station's receipt posted in the village group, the province's farm-machinery subsidy app
  without any agent, a piglet seller without a QQ number met at the market, co-op rapeseed oil paid to the accountant,
  land-transfer contracts signed by the village, peach seedlings from the county forestry station, a picking site's own
  ticket mini program, 12316 for bad veterinary drugs, group-bought rice waiting to be fetched, the agronomist invited
  into the group, maize prices asked in private, sow insurance through the village committee, a drone pilot's licence
  course, a seller's WeChat not added, a farm-stay owner's group for the menu, egg group-buy money collected, an orchard
  lease to be re-announced, a live-streamed calf 'free shipping' laughed at); 10 members asking or recommending (a top-
  working grafter, feed after piglet vaccines, drone spraying on tall maize, the grain subsidy's date, strawberry
  picking without pesticide, brooding temperature for chicks, a clause of a land-transfer contract, a farm-stay for
  one's parents, a cow off its feed, the county's subsidy catalogue); 10 warnings quoting or describing the scam (a fake
  agriculture-bureau call asking a fee to 'activate' the subsidy card, “小猪仔包邮到家，货到付款”, “代办补贴，包过”, “果树苗一年挂果，三年回本”,
  “无人机打药免费试飞，只收药钱”, a door-to-door 'land registration fee', “高价回收鸡苗，签约保底收购”, a 'poverty-relief' cattle share, fake
  “团购五折票” for a picking site, a 'co-op' feed deposit); 17 lines with numbers that are not contacts (a rice order number,
  a safety meeting in room 308, greenhouse lights on the electricity meter, an SF tracking number for seeds, a Tencent
  Meeting number for a pest-control class, a finance extension, fertiliser money by a date, a yield per mu, a parents'
  meeting, a litter of piglets, an alumni dinner, a property fee, a pickup code for beehive frames, a broken lift's work
  order, orchard rent per mu, a drone's mu a day, store points for peanut oil); 7 organisers' and admins' own notices (a
  ban naming seedling, piglet and chick ads and subsidy agents, a removed fake spraying crew, the village committee's
  subsidy statements, a water cut, a company's clock-in time, a grain-and-oil store's members' day, an alumni talk moved
  online); 27 lines of everyday chat; 5 heated arguments without any selling (ducks in a fish pond, unpaid transfer
  fees, drone spray drifting onto vegetables, a field boundary, short-weight group-bought rice); two English lines and
  two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_55 = """
今年的红富士嫁接苗到了，两年挂果，一棵三块五，五百棵起批，要的加我微信 guoshu_lao8（备注树苗）
三元杂交小猪仔，二十来斤一头，打过疫苗的，vx：zhuzai6688 ，能送货上门到镇上
孵化场出壳的麻鸡苗、青脚鸡苗天天有，QQ 2785530164 下单，满一千只包运输
西门塔尔牛犊，公母都有，四五个月大，要的直接打电话 13907714825 找老韩
周末带娃去山里住农家乐，柴火鸡、摸鱼、烤红薯全包，群号 738205916 进群订房
樱桃采摘园开园啦，门票含两斤，预约戳这里 https://caizhai-yuyue.cn/cherry 名额有限
村东头有四十亩水浇地流转，十五年起租，价格好谈，想包的私我
山坡上那片老桃园要转包出去，带灌溉管道和看园房，有兴趣私聊
我们村合作社的新米，自家晒的，抖音号 dengjiacun_dami 搜进去橱窗下单
二哥家养的黑山羊，现宰现发，快手搜“山里羊倌二哥”直播间里拍
散养土鸡蛋三十枚一箱，拼多多搜店铺“老槐树农场”，拍下隔天发
植保无人机飞防，小麦一亩八块，玉米十块，有需要的打 15893264071 提前排单
农机购置补贴、耕地地力补贴都能帮你代办，材料不全也能过，加微信 butie_banli 咨询
石榴苗、无花果苗、蓝莓苗都有，淘宝搜“沂蒙苗木基地”，量大私下再让
关注公众号“田园直供”，回复“菜籽油”领十元券，农家压榨的三斤装
视频号搜“大棚草莓小李”，每天直播摘果，下单顺丰冷链
小红书搜“溪边小院民宿”，有露营、采茶、做豆腐，节假日早点约
打药队接活，背负式和无人机都有，电话 18637420519（微信同号）
正规种鸡场直供青年鸡、脱温鸡，订苗请打场里电话 0539-8621447
八成新大疆 T40 农业无人机，带四块电池，闲鱼搜“飞手老周”看图
山上两百亩油茶林整体转包，合同样本和测绘图需要的发邮件到 youchalin2026@163.com 我统一回
榴莲季来彭亨州的园子住两晚，树下现捡现开，订房 WhatsApp 找 +60 12-738 4190，说国内群里看到的
今日头条搜“乡村养牛记”，犊牛、育肥牛都能代购代养
本地散装压榨花生油，十斤一桶，微博 @老油坊刘师傅 私信订
桃树苗批发，加薇：六三九 二八七 四五一，直接发位置给报价
猪仔苗找我，扣扣：三7九1五零4八2
农家土鸡蛋预订ｗｘ：ｔｕｊｉｄａｎ０８８
牛羊饲料和常用兽药都有，电话 ①⑤⑧ ③⑦⑥② ⑨④⓪⑤
水库边鱼庄承接家庭聚餐，包厢要早订，加个 w x ： s h u i k u y u 7 7
补贴代办，一条龙，威信：nongbu_888
采摘园门票半价，微丨信：caizhai_mm
鸡苗鸭苗鹅苗，企鹅：二九四 七七一 三零五
无人机喷药，电话 腰三拐 五洞八 九两幺四
新米团购，绿泡泡搜 laonong_dami
小龙虾苗，wx：yangzhi 下划线 jidi 零八
果园招租详情 www 点 guoyuan 点 cn 斜杠 zu
湖羊羔子四十来斤，整群零卖都行，价钱电话里说：一三九-六二四八-零七五一
油桃苗、黄桃苗，溦信 tao_miao 一六八
核桃苗，电话用罗马数字写的，O 当零：I·V·IX·III·VII·O·II·VIII·VI·IV·I
小猪仔手机号用天干代，甲一乙二到壬九，癸当零：甲丙戊庚己癸辛壬丁甲乙
补贴代办看这个，手机倒过来看：oɐɥz‾noʎƃuou :xʌ
果园直发水果礼盒，ν х：ѕһuіguо_tаng
飞防队接单，电话 ¹⁸⁶ ⁵²⁰⁷ ³⁹¹⁴
土鸡蛋团购群号 𝟟𝟛𝟘𝟠𝟙𝟝𝟞𝟚𝟡
牛犊号码是倒着写的，从右往左拨：73548206931
花卉苗木基地，号码每一位都加了一，拨之前各减一：24936128405
农机配件，⒱⒳：⒩⒪⒩⒢⒥⒤⑻⑻
手机号藏在成语里，取头一个字：一帆风顺、三阳开泰、八面玲珑、六六大顺、九牛一毛、零零星星、五谷丰登、七上八下、二话不说、四季发财、一心一意
新米下来了，五十斤一袋一百四，村里要的接龙写名字和袋数，周五统一拉回来
小猪仔这批还剩七头，明早六点在村口老槐树下现场挑，现金微信都行
想要樱桃苗的回个“苗”字，我按顺序给大家留
鸡苗先交定金，每只五毛，直接在群里发红包给我，备注几只，下周三到货
要飞防的把地块位置和亩数发群里，明早天一亮无人机就过去，打完再结账
补贴没报上的别急，身份证、户口本和一卡通拍清楚单独发我，我托人给你们弄，一户收两百
五一来我家农家乐吃饭的，进门报“咱们群”三个字，全单八折
周日上午九点果园门口集合，自带篮子，摘多少按斤算，小孩不要票
看中北坡那片果园的，明天下午到村委会后院找我，租金当面谈
牛犊剩三头了，谁先把定金转过来就是谁的，不等人
土鸡蛋一块三一个，要多少在群里报个数，晚上我挨家送
苗木基地清园，树苗白菜价，感兴趣的点我头像聊
"""

NEGATIVE_55 = """
我上周在镇上买的鸡苗一块八一只，比去年贵了三毛，你们那边多少？
老韩加了我微信说牛犊过两天才能断奶，让我别急着拉走
无人机飞防站的收据我拍照发到村里的群里了，一亩九块，大家核对一下
农机补贴要在“江苏农机补贴”APP上自己申报，不用找人，我昨天弄好了
那个卖小猪的QQ号我没有，他平时就在赶集那天来，你周二去集上找他
合作社的菜籽油我订了两桶，一百六，钱已经转给会计了，发票在她那里
土地流转合同村里统一签，每亩每年六百斤稻谷折价，别私下签
我家的桃树苗去年是在县林业站买的，三块一棵，成活率挺高
采摘园门口那个扫码是景区自己的小程序，买票进去的，不是广告
12316 是农业部门的热线，兽药有问题可以打这个反映
群里订的大米我家那份收到了，22号楼的谁的还在我这，来拿
农技站的王站长我已经邀请进来了，玉米打什么药、用多少量，以后直接在这儿问他就行
私聊问了一圈，今年玉米收购价一块一二左右，比去年低
保险公司说能繁母猪保险每头交十二块，政府补八成，村委会统一报
无人机驾驶证要考，我表哥考的CAAC那个，学费花了六千多
他说加他微信能便宜，我没加，就在供销社买的，价一样
农家乐老板把我们拉了个群，发的是明天的菜单和集合时间
鸡蛋团购的钱我已经收齐了，四十三户，一共一千九百三十五，明细在群公告
果园承包到期了，村里会开会重新公示，想续的等通知
我看抖音上有人直播卖牛犊，说包邮，活牛怎么包邮，笑死
谁认识会高接换头的师傅？院里二十棵老梨树结的果又小又涩，想改成玉露香
请问一下小猪仔打完疫苗多久能换料？第一次养有点慌
谁家用过无人机打药？玉米长高了人进不去，想问问效果
今年种粮补贴什么时候发？我卡里还没看到
想带孩子去摘草莓，市区周边哪家不打药的推荐一下
鸡苗到家第一周温度要多少度？有经验的说说
大家帮我看看这份土地流转合同，第七条是不是对我们不利
上个月团建那家农庄有人去过吗？我想带爸妈去住一晚，不知道房间干不干净
群里谁懂牛，我家母牛两天不吃草了，要不要叫兽医
哪位知道县里农机补贴目录在哪查？想买台微耕机
今天我爸接到个电话，自称农业农村局，说补贴卡要激活得先交一百八手续费，幸好他挂了，大家提醒家里老人
网上那种“小猪仔包邮到家，货到付款”的别信，我舅交了定金人就拉黑了
提醒一下，有人在各个群发“代办补贴，包过”，收了材料费就跑
别信“果树苗一年挂果，三年回本”那种广告，树苗都是杂苗
遇到说“无人机打药免费试飞，只收药钱”的要小心，药是兑水的
有人上门收“土地确权费”，每亩五十，村里说了没有这回事
那些“高价回收鸡苗，签约保底收购”的都是套路，先卖你种苗再说验收不合格
最近冒出来一个“农业扶贫项目”让交三千入股养牛，年年分红，千万别碰
采摘季有人卖假门票，说是“团购五折票”，到门口扫不出来
邻村好几家被骗，对方说是合作社的人，收“保证金”给你供饲料，结果一袋没来
订单号 4209 7731 0056，大米明天下午到，麻烦帮我签收一下
安全生产例会挪到周三早上九点半，地点还是三楼308，各班组长带上检查表
大棚补光灯开了一个月，电表走了快两千度，心疼
寄给我舅的种子顺丰显示已签收 SF1478803926551，他说没收到，烦
病虫害防治的网课改成腾讯会议了，728 391 045，周四下午两点，不用密码
有事找财务小刘，分机8207
3月15日前把化肥款交到村会计那里，每袋一百一十五
去年我们一亩地收了一千二百斤，今年估计一千一
星期四晚上家长会，二(3)班，我家那口子去，我得守着母猪下崽
母猪一胎生了十四头，活了十二头，还算可以
同学聚会定在8月9号，人均两百，老地方
物业费一年一千零八十，这周内交完有小礼品
谁顺路去菜鸟驿站帮我拿个件？码是 6-2-3018，一箱蜂巢框，有点沉
5号楼1单元电梯又坏了，已经报修，工单号 20261125-07
果园租金每年每亩八百，五年合同，比前年涨了一百
无人机一天能打三百亩，就是电池得换六次
粮油店会员群里说积分两千能兑五升花生油，我才攒了一千三
群规重申：本群只聊种植养殖技术，禁止发苗木、仔猪、鸡苗广告和代办补贴，违者直接移出
那个冒充飞防队拉单子的号我已经移出群了，之前谁跟他加了好友的注意别转钱
村委通知：明天上午九点在村委会发放耕地地力补贴明细单，请户主本人带身份证
水务公司检修管道，周六全天小区停水，锅碗瓢盆先接满
人事刚发的：十二月起早上打卡推迟到八点半，午休缩短半小时
【老街粮油店】这周五是会员日，大米、挂面、食用油都打九折，结账跟收银台说一声是会员就行
校友会秋季座谈会改到线上，链接会前一天在本群发
今年雨水多，花生都快发芽在地里了
我妈又孵了一窝小鸡，十一只，毛茸茸的
昨天去摘葡萄，孩子吃得比摘得多
这几天太热，猪都趴在水里不动
老李那头黄牛又挣断绳子了，昨晚钻进我麦地，啃秃了半亩
早上五点就听见无人机在头上嗡嗡响
村口新开了个小超市，东西还挺全
今晚谁去跳广场舞，我带音箱
孩子说想在阳台种番茄，非要我买个大花盆
新米煮饭真香，就着咸菜能吃两碗
我爸非要把后院那块地种满辣椒
下午开会记得带笔记本，上次老板说了
楼下的桂花开了，一出门就香
家里的鸡最近不下蛋了，可能是换毛
苹果今年个头小，估计是春天那场霜冻
周末回老家帮忙插秧，腰快断了
老师说明天降温，孩子们记得多穿一件
当年宿舍就数老王最能睡，现在天天五点起喂猪
去农家乐吃了一次土鸡，回来念叨一个礼拜
我家那头老牛今年卖了，舍不得
地里的草比苗长得快，锄不过来
快递员把我的包裹放错楼了，已经找回来
今天办公室空调坏了，热得没法干活
樱桃熟得太快，鸟也来抢
我奶奶腌的咸鸭蛋流油，给每家都分了两个
今年的玉米秆都打成青贮了，牛冬天不愁吃
看到群里发的油菜花照片，好想回老家
你家的鸭子天天跑到我鱼塘里，说了多少次了还不管！
流转费拖了半年还不给，合作社到底什么意思？
打药的无人机把药飘到我家菜地里，菜全蔫了，谁赔？
别在群里阴阳怪气，有本事当面说，地界是村里量的不是我定的
团购的米明明说五十斤，我称了只有四十六斤，团长给个说法
The orchard tour was lovely, the kids picked two baskets of pears before lunch.
Heads-up: the new hires' visit to the dairy farm is now on Thursday; the coach departs at eight sharp.
今年的稻子收成不錯，我爸笑得合不攏嘴
雞舍屋頂被風吹壞了，這兩天得找人修一下
"""
