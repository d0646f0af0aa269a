"""Hold-out set 56 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 15, after sets 1-54 (see holdout_data.py), at the same time as set 55 (written by another helper;
this set was checked by the same script against set 55's lines as they stood when this one was finished, unread: highest
ratio 0.444 at the end), and kept unscored for the next session. The writer read no detector code, word list, rulebook,
model, training-data generator, test or detection doc, opened nothing under src/, tests/ or docs/, imported nothing from
qungui, ran no qungui command and no file in benchmarks/ (bench_holdout.py or any other benchmark included);
holdout_data.py was opened only for its module docstring (the labelling rules and the history and topics of sets 1-54),
printed up to its closing triple quote, and holdout53_lines.py and holdout54_lines.py only for their module docstrings,
printed the same way (the file format, the docstring style and the disguises and calls already used, to avoid repeating
them; their lines and the code below holdout_data.py's docstring were not read); pyproject.toml was searched only for
its ruff settings (the search also showed a few neighbouring lines: part of the dev dependency list, the console script,
the package data and the pytest settings), the benchmarks folder was not listed (set 55's file was only checked for
existence by its name), and set 55's file was only loaded by the similarity script, which never printed its lines. The
two dumps (every line of hold-out sets 1-54, training lines) were only read by a similarity script that printed this
set's lines and ratios, never the dumps' lines. No line is copied from earlier sets or from the training lines: every
line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the default settings, taken both ways round) against
every line of the earlier hold-out sets' dump is at most 0.5 (highest 0.493), against every line of the training-line
dump at most 0.5 (highest 0.475), no two lines of this set exceed 0.5 against each other (highest 0.373), and against
set 55 the highest is 0.444. Twenty lines were rewritten, one of them twice (twenty-one rewrites), each time with new
wording: eighteen that first stood above 0.5 against the hold-out dump (0.966 at most, an everyday line about a child
wanting a hamster; the others short ordinary lines with numbers, a parcel number, a dog's weight, an office extension, a
check-up, a pickup code (rewritten twice, 0.562 after the first rewrite) and an electricity bill, four organisers'
notices (a group ban on this topic's ads, a store's anniversary sale, a parents' meeting, an alumni meeting), four short
everyday lines, a member asking about a cat's sterilisation, a chorus's scores sent by QQ mail, an English line about a
vet, and a massage-chair ad with a mobile number); one heavy line against set 55 (0.545: a WeChat id written upside
down, replaced by a different disguise, a phone keypad's positions); and one heavy line that stood at exactly 0.500
against the hold-out dump (Roman numerals), reworded to keep a margin. None stood above 0.5 against the training dump.
The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 56 focuses on marketing to the elderly and on pet trades: free-egg health lectures and 会销 (养生讲座送土鸡蛋, 凭身份证领鸡蛋, 送挂面,
养生茶会员群, 免费体检加养生课堂), one-yuan and cut-price tours with shopping stops (一元游西湖, 一元团北京双飞, 云南七日游三百九十八, 老年专列), hearing aids
(厂家直销, 以旧换新, 免费试戴, 上门测听力, an optician's free test with a referrer's name), massage chairs (工厂清仓, 体验店, 体验会送米, 视频号 lessons
on choosing one, with automatic mahjong tables) and 'magnetic' mattresses (磁疗床垫, 免费试睡, 代理招募), senior singing and
calligraphy 'classes' that sell (合唱团招新, 老年声乐小班, 书法班 with its own brushes and paper, an end-of-term show with the
teacher's works for sale), elderly dating (夕阳红相亲会, 婚恋交友平台, 中老年相亲群, a meeting at the park gate with a tea fee); pet
boarding (春节寄养笼位, 家庭式寄养), puppy and kitten breeders (金毛, 柯基, 萨摩耶, 泰迪比熊博美, 布偶猫舍), pet food and cat-litter group-buys
(豆腐砂团购, 冻干猫粮, 进口狗粮代购, 猫砂猫粮批发) and pet grooming cards (洗护年卡, 充五百送两百, 洗澡卡特价), beside ordinary chat in pet owners' groups,
a chorus and a calligraphy class, neighbourhood groups, families with old parents, company work groups, a parents' class
group, an alumni group and a store's VIP customer group. It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain id after “加我微信”; “vx：”; “加V：”; “QQ” with a number; a mobile spaced in groups after “手机” and a name; a
“群号”; a tb.cn link; “私我” (the writer's own mattress); “私聊”; “抖音搜”; “小红书搜”; a landline with an area code; “美团搜”; “闲鱼上…搜”;
a 公众号 with a reply word; a cousin's 快手号; a 400 hotline; “（微信同号）”; a WhatsApp number with +65; “视频号搜”; a www link;
“拼多多搜”; a bare mobile from a retired music teacher; an e-mail address) and 14 moderately (“加薇” with Chinese digits in
groups; “威❤” with a spaced-letter id; “Q：” with digits mixing Chinese and Arabic; a full-width id after “ｖｘ”; “企鹅群” in
circled digits with ⓪; 幺, 洞 and 拐 read out; “微🌹信” split by an emoji; parenthesised digits “⑴⑶⑼…”; “wei信” half in pinyin;
“秋秋群” with spaced digits and dashes; digits joined by dots, “1.8.9-3.0.2.7…”; the slang “绿泡泡” for WeChat; “dy搜” for 抖音;
“V❤” with a spaced id) and 10 heavily, with disguises the docstrings read do not list (a mobile number in mahjong tiles,
“🀇🀋🀏🀍🀊🀆🀈…”, “白板就是零”; a group number in the Heavenly Stems, “甲丁庚 己丙癸 辛乙戊”, “甲是一，癸当零”; a mobile number in Roman numerals
with 〇, “Ⅰ Ⅲ Ⅴ 〇 Ⅸ Ⅱ…”; a mobile number in clock-face emoji, “🕐🕒🕘 🕗🕔🕛🕖…”, “十二点算零”; a WeChat id in double-struck letters
and digits, “𝕧𝕩：𝕞𝕖𝕚𝕞𝕖𝕚_𝕡𝕖𝕥𝟚𝟘𝟚𝟜”; a mobile number in superscript digits, “¹⁸⁶ ⁴⁰⁷² ⁵³⁹¹”; a mobile number as positions on
a phone keypad, “左上、右中、右下、正中…最底下”; a WeChat id with Cyrillic look-alike letters, “ѵх：саthоuѕе_ruаn”; a WeChat id as the
pinyin initials of a line of poetry plus a birth year, “白日依山尽”每个字拼音的头一个字母，后面接1958; a mobile number in the calls of the
finger-guessing drinking game, “一心敬、三星照、九长寿、六六顺、八匹马…”) and 12 subtle (an offer with a call to action only, none quoted
by the docstrings the writer read): a health lecture in the community activity room at half past seven with eggs for an
ID card and oil for staying an hour; a one-yuan tour twelve short of a group, “在群里接龙，写上名字和几个人”; a free hearing test
above a pharmacy, “进门说是老年大学王姐介绍的打八折”; a week's free trial of a magnetic mattress, “在群里报一下楼号，晚上我给你们扛过去”; a singing class,
“第一节白听…带现金来就行”; a dating meeting at the park's east gate with a red scarf or a corsage and a tea fee; Samoyed puppies,
“先转我两百定金，按转账先后挑”; a cat-litter group-buy closing on Friday, “直接在群里写几袋”; the last four boarding places at the shop by the
market's north gate; a grooming card, “回复“洗护”两个字我给你留一张”; a calligraphy show with the teacher's works for sale, “买两幅送装裱”;
a massage-chair trial in a building's lobby with a bag of rice after twenty minutes. About a dozen positives are written
the way members casually sell in a group (the writer's own mattress, a cousin's pet dryers, a retired teacher's singing
class, the writer's own Samoyed and corgi litters, a cat-litter group leader, a home boarder, and most subtle lines).

- `POSITIVE_56` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_56` (100 lines): 20 that look dangerous at first sight (12315 after a free-egg lecture, a hearing aid part
  paid by medical insurance, a massage chair's dizziness, cat litter paid to a group leader, a boarding shop's owner
  added on WeChat, a calligraphy class on the senior university's website, a father who met someone in a dating group,
  vaccine prices at a vet, a one-yuan tour refunded after a complaint, a neighbour's golden retriever, a magnetic
  mattress called a con by a doctor daughter, chorus scores by QQ mail, a closed grooming shop that blocked its
  customer, cat food on JD, a dog-care document in the group files, a hearing test booked through 114, a dance speaker's
  hours asked of the property office in private chat, an adopted cat, a massage chair bought at a proper counter, the
  estate's dog owners' group); 10 members asking or recommending (a vet for sterilisation, where to fit a hearing aid,
  boarding over the National Day holiday, signing up for a calligraphy class, keeping parents from lectures,
  self-cleaning litter boxes, dog food for a weak stomach, telling shopping tours apart, washing a big dog, a community
  matchmaking event); 10 warnings describing the scam without its contact (free eggs and noodles for lectures, one-yuan
  tours, fake community doctors testing hearing, 'pure-bred puppies guaranteed healthy', magnetic mattresses that 'cure'
  blood pressure, an 'elderly allowance' fee, a 'free ragdoll, just pay shipping', dating sites with paid members and
  decoys, prepaid grooming cards with a bonus, a singing group selling costumes and trips abroad); 17 lines with numbers
  that are not contacts (a cat-litter order number, a hearing clinic follow-up, a flat number for a birthday, an SF
  parcel number, an online meeting number, a property fee, a team-building fee, a dog's weight, class funds, a personnel
  office extension, an alumni dinner, blood pressure and sugar, a parcel shelf number, a chorus contest slot, an
  electricity bill, a vet's receipt, store points for rice); 7 organisers' and admins' own notices (a ban naming health
  lectures, one-yuan tours, hearing aids, massage chairs and mattresses, a removed cattery advertiser, an anti-fraud
  talk, a pet group's rules, a store's anniversary sale to its VIP members, a parents' meeting, an online alumni
  meeting); 27 lines of everyday chat; 5 heated arguments without any selling; two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_56 = """
叔叔阿姨们好，本周六社区养生讲座，到场就送十个土鸡蛋，名额有限，报名加我微信 yangsheng_laoliu 备注小区名
一元游杭州西湖两日游，包车包午饭，只收一块钱，想去的老人家加vx：hz1yuan_tour，满四十人发车
进口助听器厂家直销，验配免费，比医院便宜一半，有需要的加V：tingli_zhang88，可以上门给老人测听力
刚下窝的金毛宝宝五只，疫苗打过一针，公母都有，看狗狗视频加QQ 2874561930
厂里压了一批按摩椅要处理，专卖店卖一万多的款我们三千九出，全包安装，手机 138 2671 5094 王姐
老年合唱团招新了，每周两次课，免费学唱红歌，进群号 738291046 领歌谱
猫砂豆腐砂团购第三期开团，六斤装十二块一袋，下单链接 https://tb.cn/mJx8Qp2 拼够五十袋包邮
家里有老人睡眠不好的私我，我自己在用的磁疗床垫效果特别好，可以给你们拿内部价
春节宠物寄养还剩六个笼位，单间带监控，每天四十，要订的私聊我
我们老年书法班每周三上课，学费全免，只需要买班里统一的笔墨纸砚，抖音搜“墨香夕阳红书法”看上课视频
布偶猫舍，纯种双血统，证书齐全，小红书搜“暖暖家的布偶”，每只猫都有出生视频
单身退休的叔叔阿姨看过来，夕阳红相亲会每月一场，报名打 0571-8826 3107 问李老师
宠物店洗护年卡限时九十九，洗澡十二次再送两次剪指甲，美团搜“萌爪宠物生活馆”直接买
柯基幼崽闲鱼上挂着呢，搜“东郊柯基小院”，本人狗场直发不是贩子
老年人免费体检加养生课堂，关注公众号“康寿之家”回复“体检”领入场券，先到先得
我表哥做宠物烘干箱和美容桌批发的，快手号 kx_pet2023 每天晚上八点直播，报我名字打九折
助听器以旧换新活动，旧的抵八百，咨询热线 400-817-2635，周末也有人接
云南七日游一人只要三百九十八，全程五星酒店，报名请联系导游小陈 159 3827 6410（微信同号）
新加坡的华人朋友，国内进口狗粮整箱代购，价格比超市低三成，WhatsApp +65 9183 4726
想给父母买按摩椅的，视频号搜“老周说按摩椅”，每晚讲怎么挑，直播间有秒杀
老年婚恋交友平台，丧偶离异都可以，注册链接 www.xiyanghong-love.cn 填好资料就给你配对
拼多多搜“喵星人口粮铺”，冻干猫粮买二送一，下单备注群名再返五块
本人退休音乐老师，在家开老年声乐小班，一个月四百，想学唱歌的打13607154283预约试听
磁疗床垫代理招募，退休在家也能做，一个月轻松过万，详情发邮件到 cizhen_daili@163.com
养生馆送鸡蛋活动又开始了，每天来听课就送，加薇：一三八 五二七六 零九四一
泰迪、比熊、博美小奶狗都有，要看照片的加威❤：x i a o p a n g g o u 2023
老人助听器免费试戴一个月，Q：九5二7三0八4一，留言说年龄和哪只耳朵
家庭式宠物寄养，不关笼，环境都在我朋友圈，ｖｘ：ｍｉｍｉ＿ｊｉｙａｎｇ
一元团北京双飞五日游，企鹅群：⑦⑥③⑨⓪⑤②⑧⑧，进群先登记身份证
按摩椅体验店开业酬宾，订货电话：幺八六 洞二七三 拐五四九
布偶蓝双幼猫三只，要的加微🌹信 ragdoll_lan99，视频随时拍给你看
夕阳红旅行社老年专列，电话⑴⑶⑼⑵⑺⑹⑸⑷⑻⑶⑴，七十五岁以下都能报
老年书法班的作业点评都在wei信里，wei信号 shufa_laoxu，要进班的说一声
猫粮猫砂批发秋秋群 5 0 3 - 8 1 7 - 2 6 4，每周一上新
磁疗床垫一张只要一千九百八，手机1.8.9-3.0.2.7-6.4.1.5，送货到家
宠物洗护卡充五百送两百，绿泡泡搜 mengzhua_xihu 找店长
金毛拉布拉多幼犬，dy搜 jinmao_laowang，天天直播狗狗吃饭
中老年相亲群，扫不了码的加我V❤：yuan fen 6 6 8 8，进群先自我介绍
打麻将的老哥老姐看这里，自动麻将机和按摩椅一起清仓，电话照这几张牌念：🀇🀋🀏🀍🀊🀆🀈🀌🀉🀎🀇，白板就是零
养生茶会员群的群号用天干记：甲丁庚 己丙癸 辛乙戊，甲是一，癸当零，进群每天领一包茶
助听器验配师的手机号用罗马数字写的：Ⅰ Ⅲ Ⅴ 〇 Ⅸ Ⅱ Ⅶ Ⅳ Ⅷ Ⅵ Ⅰ，〇就是零，照着拨过去约时间上门
一元游报名打这个：🕐🕒🕘 🕗🕔🕛🕖 🕑🕕🕓🕐，钟面几点就是几，十二点算零
宠物美容年卡找我办，比店里便宜，𝕧𝕩：𝕞𝕖𝕚𝕞𝕖𝕚_𝕡𝕖𝕥𝟚𝟘𝟚𝟜
冻干猫粮这周开团，团长电话写成了小字：¹⁸⁶ ⁴⁰⁷² ⁵³⁹¹，看不清就放大屏幕
自家繁殖的柯基幼崽，看狗先打电话，号码按手机拨号盘的位置念：左上、右中、右下、正中、左下、上中、右上、最底下、右上、左中、下中
布偶猫舍蓝双幼崽可以预订了，ѵх：саthоuѕе_ruаn，字母看着怪就照着英文打
夕阳红婚恋红娘的微信号是“白日依山尽”每个字拼音的头一个字母，后面接1958，加了说想找老伴
喜欢唱歌的老哥们，合唱团团长电话按划拳念：一心敬、三星照、九长寿、六六顺、八匹马、五魁首、哥俩好、四喜财、七个巧、一心敬、八匹马
明早七点半社区活动室有健康讲座，凭身份证领一板鸡蛋，坐满一小时再送一桶油，叔叔阿姨早点来占座
下个月的一元游还差十二个人成团，想去的在群里接龙，写上名字和几个人
助听器店周四免费测听力，就在人民医院对面药房二楼，进门说是老年大学王姐介绍的打八折
我家那种磁疗床垫可以免费试睡一个星期，想试的在群里报一下楼号，晚上我给你们扛过去
老年声乐班周三下午两点在老年活动中心开课，第一节白听，后面一个月两百，带现金来就行
单身的叔叔阿姨，这周日上午九点人民公园东门见面，阿姨戴红丝巾叔叔戴胸花，每人交二十块茶水费
我家萨摩耶下了六只崽，想要的先转我两百定金，按转账先后挑
猫砂团这周五截单，还没报的直接在群里写几袋，周末到货我挨家送
过年要寄养狗狗的赶紧来菜市场北门那家店登记，只剩最后四个位置了
洗澡卡今天最后一天特价，回复“洗护”两个字我给你留一张
书法班结业作品展下周六在文化馆，老师的字现场可以认购，买两幅送装裱
按摩椅体验会在三号楼一楼大堂，坐二十分钟送一袋米，下午四点以后过来
"""

NEGATIVE_56 = """
我妈上周去听了那个送鸡蛋的讲座，回来就买了三千八的保健品，我已经打12315投诉了
昨天在医院配的助听器，医保报了一部分，自己付了两千四，耳鼻喉科王主任说半年复查一次
我家那台按摩椅用了三年，腰疼是好点了，但每次最多坐二十分钟，时间长了反而头晕
猫砂的钱我已经转给团长了，38块两袋，谁帮我看看接龙里漏没漏我的名字
狗狗寄养那家店我加了老板微信，每天给我发视频，豆豆在那边吃得比在家还多
老年大学书法班报名是在学校官网上，一学期三百，不用加任何人的私人微信
我爸在夕阳红相亲群里认识了一个阿姨，两人现在每天早上一起去公园打太极
宠物医院的疫苗是正规渠道进的，狂犬一针八十，猫三联一百二，发票都开
那个一元游我家老太太去了，在玉石店被关了两个小时，花了六千，后来找旅游局退回四千
小区群里有人问那只金毛是谁家的，是三号楼老陈家的，平时都拴着，大家不用担心
磁疗床垫的事我问过当医生的女儿，她说就是普通磁铁片，卖一万多纯属忽悠
周四排练要用的新歌谱，我昨晚挨个发进各位的QQ邮箱了，没收到的喊我，打印店就在活动中心隔壁
宠物美容卡还剩四次没用完，店突然关门了，老板微信也把我拉黑了，有一样情况的吗
猫粮我一般在京东自营买，一袋十斤一百六左右，赶上大促能便宜三十
我把新手养狗的注意事项整理成文档了，放在群文件里，刚养狗的可以看看
刚给爷爷约了医院的听力检测，在114上挂的号，下周二上午九点半
阿姨们跳舞的音响时间我私聊问过物业了，晚上八点半以后必须关
我家猫是从救助站领养的，没花钱，打疫苗加绝育一共花了六百多
买按摩椅一定去商场正规专柜，有三包，我爸那台坏了厂家直接上门换了主板
进了小区的养狗群才知道，原来咱们小区有十几只柯基，周末约着一起遛
我家橘猫快八个月了，想问问咱们这片给猫做绝育哪家医院手艺好、不乱收费？
想给我妈配个助听器，去医院配好还是去眼镜店配好？有经验的说说
国庆要出门五天，狗狗放哪里寄养比较放心？大家一般送哪家
有没有人知道老年大学书法班怎么报名，我爸刚退休想学
家里老人总被拉去听讲座，怎么劝才不伤感情？求支招
请问谁家用过自动猫砂盆，值不值得买？晚上声音大不大
有推荐的狗粮吗，我家泰迪肠胃不好，换什么都拉肚子
想带爸妈跟团去云南，怎么分辨是不是购物团？有没有过来人
小区附近有没有给狗洗澡的地方，要能接大型犬的
我姨想找个老伴，大家身边有没有正规的中老年联谊活动，社区办的那种
提醒各位：最近菜市场门口有人发传单，说听课送鸡蛋送挂面，其实是卖几千块的保健品，别让家里老人去
千万别信一元游，到了地方天天进购物店，不买东西导游就甩脸子
有人冒充社区医生上门说免费测听力，测完就推一万多的助听器，大家看好家里老人
网上那种“纯种幼犬包健康”的，收了定金发来的是病狗，细小犬瘟都有，买狗一定要亲自去看
磁疗床垫说能治高血压糖尿病的全是骗人的，我舅舅买了两张，降压药一停就住院了
刚才有人私信我说可以代领高龄补贴，先交手续费，这是诈骗，大家别理
朋友圈那个“布偶猫免费送只要运费”的是骗子，交了运费还要交航空箱费、保险费，没完没了
老年相亲网站要先交会员费才给看电话，交了以后配对的全是托，我姨被骗了五千
宠物店办卡充一千送五百的小心点，我们这条街已经跑了两家了
所谓老年合唱团免费教唱歌，上了三次课就开始卖演出服和出国演出名额，一收就是好几万
订单号 4418 2930 5127 6603，猫砂到了两袋，少了一袋，我去找客服了
爸爸的复诊时间改到12月3号下午两点，在门诊楼五层听力中心
王阿姨家住7栋1203，今天她过生日，合唱团的老姐妹们晚上去她家吃长寿面
狗粮我走的顺丰，单号SF1428 6035 7719，系统显示还在中转，估计周四才能送到小区
会议号 738 205 619，下午三点的部门例会线上开，进去记得静音
本月物业费每平方一块八，九十平的交一百六十二
团建报名截至本周五，每人自付五十，其余公司出
带豆豆打疫苗顺便上了秤，十二点四公斤，比夏天胖了快两斤，医生让少喂零食
班费还剩327元，下学期开学再统一收
公积金和社保变更的事归人事部老刘管，座机转8023，上班时间都在
11月28日晚六点半，老同学聚会在城南饭店二楼牡丹厅，目前报名十九个人
我爸体检单拿回来了，血压135/85，空腹血糖6.1，大夫说先控制饮食观察三个月
物业代收点登记张姐那箱猫粮的货架号是6-3-2017，我下班顺手提上楼了
合唱比赛定在12月15日上午九点，我们是第七个出场，唱两首歌
这个月电费286，老头子天天在按摩椅上一坐一下午，太费电
宠物医院收据上写着：驱虫45，疫苗120，体检80，一共245
会员积分满3200分可以换一袋五公斤大米，截止到本月底
群主提醒：本群只聊家常，凡是发养生讲座、一元旅游团、助听器按摩椅床垫推销的，不提醒直接踢
刚才那个发“猫舍出售幼猫”广告的账号已被移出本群，大家不要加他
物业通知：本周六上午九点在小区广场开展防诈骗宣传，欢迎老人们参加
宠物群群规：遛狗请牵绳、捡粪便，发广告的一律踢
尊敬的会员朋友：门店十周年，下月一号到三号全场打八八折，账户积分一百抵一元
各位家长，周三下午四点开家长会，请准时到学校三楼阶梯教室，孩子不用来
校友会今年的年会不在酒店办了，改成线上视频，时间定了会在群里说
今天带我家旺财去公园，它追着鸽子跑了半天，回来倒头就睡
我妈最近迷上了广场舞，每天晚饭都不吃就出门
外面下雪了，狗狗第一次见雪，兴奋得在地上打滚
我爷爷戴上助听器以后说话声音小多了，以前都是吼的
猫又把我的手机从桌子上推下去了，屏幕碎了第二次
周末和爸妈去爬山，我爸走得比我还快
东门那家拉面馆换老板了，汤头比以前浓，就是排队要等二十分钟
我家猫只吃三文鱼味的罐头，换个口味就绝食
老张的书法作品在区里展览了，写得真是好
今天开会开到七点，饭都没吃上
闺女天天缠着我要养仓鼠，说会自己喂，我才不信
我奶奶九十岁了，每天还坚持自己买菜做饭
狗狗掉毛太厉害了，沙发上全是毛
我爸跟楼下的老头下象棋，输了还不服气
这天气忽冷忽热的，大家注意别感冒
上次合唱团排练，李阿姨唱到高音破音了，大家笑了好久
我家柯基今天咬坏了一只拖鞋，罚它不许吃零食
刚从老家回来，带了些土特产，明天拿到办公室给大家尝尝
小猫今天第一次自己用猫砂盆，感动
自从教会我妈开视频，她一天能拨过来三四回，就为了给我看她种的葱
今年中秋的月亮特别圆
新来的保安大叔特别热情，见谁都打招呼
狗狗打完疫苗有点没精神，医生说正常
我外公年轻时候是木匠，现在还会给我们做小板凳
晚上小区里遛狗的人太多了，狗狗们都在互相闻
我爸说他年轻时候唱歌可好了，现在天天在家练嗓子
周五谁下班有空，公司后门新开了家火锅，凑够六个人去
你家狗半夜叫了一晚上，我明天还要上班，能不能管管！
谁家老人天天在楼道里堆纸箱，消防检查又要罚了，说了多少次了！
遛狗不拴绳还说“我家狗不咬人”，吓到我孩子了谁负责？
广场舞音响开那么大，晚上九点半还不停，我们家老人根本睡不着！
你说谁不讲理？猫是你家的，抓坏了我家纱窗你还不认账？
Can anyone recommend a vet close to the east gate? Our cat hasn't touched her food for three days.
Reminder that grandpa's hearing check is on Friday morning, I'll drive him there.
我家狗狗今天去剪毛，回來整隻變小了一圈，好好笑
阿嬤最近在社區學寫書法，每天都寫滿一張紙
"""
