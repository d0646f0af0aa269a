"""Hold-out set 74 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-72 (see holdout_data.py; sets 69 to 72 were studied in this
session), at the same time as set 73 (written by another helper; this set was checked by the same script against set
73's lines as they stood when this one was finished, unread: highest ratio 0.412 at the end), and kept unscored
until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui,
ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for
its module docstring (the labelling rules and the history and topics of sets 1-72), printed with ast.get_docstring,
and holdout71_lines.py and holdout72_lines.py only for their module docstrings, printed the same way (the file
format, the docstring style and the disguises and calls already used, to avoid repeating them; their lines and the
code below the docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be
paged through, nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on
this file, from the checkout's root). The benchmarks folder was not listed; set 73's file was only checked for
existence by its exact path (test -f, before every run of the script; it existed from the first run on) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run, always with set 73's file. No slip to report: nothing
outside these limits was opened, listed or run. The lines were drafted in the writer's own temporary folder and
written to this file by a small script of the writer's own, and the similarity script then read it: it printed this
set's lines and ratios, never the dumps' or the partner's lines; it was run at the required floor of 0.49 and then
at 0.47, to find the lines standing just below it. No line is copied from earlier sets or from the training lines:
every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.469), against every
line of the training dump at most 0.49 (highest 0.468), against set 73 at most 0.49 (highest 0.412), and no two
lines of this set exceed 0.49 against each other (highest 0.364).

Twenty-seven lines were rewritten for similarity, four of them twice and one of those a third time (thirty-two
rewrites), each time with new wording, not a synonym swap; besides, after the last pass a subtle positive's price
was made plain (a tea salon at thirty a head, where the first wording could be read as a head count), then checked
again at 0.47 (none stood there). In the first pass twenty-two stood at 0.49 or more (0.900 at most, a line about
bedding left out in the rain, against the hold-out dump), twenty against the hold-out dump, five against the
training dump (a lift out of order, a parent asking about a tea-art class, a cold snap, a lunch order and a
supplier's mobile passed on, 0.494) and four against set 73 (a mobile sung in solfège, do mi sol…, 0.647: set 73
seems to use a like code, so it was dropped for the order of the characters opening the 千字文; the cold snap, 0.640;
the company 公众号, 0.633; the removed advertiser, 0.508): among the positives the solfège code and a calligrapher's
commissions by e-mail (0.551); among the negatives the bedding, the removed advertiser (0.677), the lift, the cold
snap, the tea-art class, the company 公众号, a client's SF waybill, the alumni association's tea evening, an alumni
dinner's head count, a lunch order, a parcel's pickup code, children picking tea, the first English line, a water
cut, a temple visit, a tea shop's monthly takings, a tea shop recommended downstairs, a mug left in the meeting
room, the group rule and the supplier's mobile. In the second pass two that still stood at 0.49 or more, both
against the hold-out dump: the pickup code (0.603, now a parcel locker's code while away) and the e-mail commissions
(0.500, reworded with a new address). In the third pass, at 0.47, six standing between 0.471 and 0.487, all against
the hold-out dump: among the positives hand-made incense with a Greek νχ (0.487) and a mobile typed as the letters
of a phone's keypad, E T Q… (0.471: that code may have been used before, so it was dropped, first for tally marks in
正 strokes); among the negatives the English line again (0.481), a meeting moved (0.478), a calligraphy club looking
for a teacher of clerical script (0.473) and an argument over fake jade (0.471). In the fourth pass two: the
tally-mark code (0.551 against the hold-out dump: dropped for abacus beads) and the English line a third time
(0.508). In the fifth pass, at 0.47, none. Lengths run from 24 to 67 characters for the positives and 15 to 69 for
the negatives. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 74 focuses on tea, collectibles and "cultural" goods sold into groups: tea (Yiwu spring tea by the tong, Wuyi
rock tea from a family's roaster, Shifeng Longjing before Qingming, ten-year Fuding white tea cakes, a colleague's
family Anxi Tieguanyin garden, Liubao hoarded at home, an uncle's Longjing garden, a white-tea stall at a school
anniversary, Xinhui tangerine peel with small green mandarins, old tea bought and sold), tea ware and Yixing teapots
(a clearance of raw-ore pots, a cousin's hand-made zhuni pots in Dingshu, Longquan celadon sets, tea knives and
needles wholesale, a dozen pots on a landing's shoe cabinet), 文玩 (lion's-head walnuts on 抖音, bodhi seeds on 闲鱼 and
opened live on a short-video app, walnut bracelets by the bundle, walnuts and bodhi at a morning market), amber and
beeswax (a 淘宝 shop, raw Baltic amber by the gram), jade and jadeite (a 快手 live room, a 视频号 live stream, rough stones
bid for at the Ruili auction, pendants, ice-type bangles tried on at lunch, Huanglong jade and southern red agate
wholesale), agarwood and incense (a 微店 of Nha Trang bracelets, hand-blended sticks, a tray of bracelets at
reception, incense-seal classes, raw agarwood), calligraphy and paintings ("masters" of a provincial association, a
calligrapher's couplets and shop signs by e-mail, a father's Spring Festival couplets, small-script sutra
copybooks), seals and inkstones (a husband's seal carving, a carver whose number reads like a seal, leisure seals
ordered through a club's message book, old Duan inkstones at a tea gathering, an inkstone carver's WeChat), antiques
and appraisal touts (free appraisals that buy cheap, an uncle's appraisals at fifty a piece), tea-tasting salons,
tea rooms and tea-art classes (a teahouse's 公众号 tasting, a tea space's mini-program, a teahouse on 大众点评, a
self-service tea room on 美团, children's tea-art classes on 小红书 and at the school gate, a salon in the writer's own
tea room), beside ordinary chat in company work groups, a department group, a tea shop's own staff group,
neighbourhood groups, family groups, a parents' class group, an alumni group and hobby groups (a calligraphy club, a
tea lovers' group).

It keeps the mix real spam has: 24 lines plain or lightly disguised (Yiwu tea cakes with a spaced mobile and the
seller's name; Wuyi rock tea with a shop's landline; Longjing with a 微信号 and the group to note; aged white tea with
a QQ number; a teahouse 公众号 with a word to reply for a tasting ticket; a tea space's mini-program to search; walnuts
on an 抖音号's afternoon live stream; jadeite bangles in a 快手 live room with the id; Yixing teapots on a short link;
calligraphy commissions by e-mail; "闲鱼搜" a bodhi shop; "拼多多搜" a tea flagship; "淘宝搜" an amber and beeswax shop;
"小红书搜" a tea-art teacher's classes; a 视频号 live stream of jadeite by its name; the writer's own 微店 link for agarwood;
a cousin's Yixing pots with a spaced mobile and "微信同号"; a colleague's family tea garden with a WeChat id; an
antiques appraiser's buying-up with a mobile; "masters'" paintings with "V："; "大众点评搜" the writer's own teahouse;
"美团搜" a self-service tea room; the writer's own 有赞 shop of tangerine peel and tea with a shop code in the group
album; a husband's seal carving with a spaced mobile), 14 moderately, with disguises the docstrings read do not list
(Thai digits ๑๓๙…; Khmer digits ១៥៨…; Myanmar digits ၁၈၇…; Lao digits ໑໗໗…; superscript digits ¹³⁶…; mathematical
monospace digits 𝟷𝟻𝟿…; Greek νχ for VX; 加 split into 力口; 淘 split into 氵匋; the homophone 薇芯 for 微信; 秋秋 for QQ; 逗音 for
抖音; 闲鱼 written 闲yu; 小程序 written 小成序) and 10 heavily, with codes the docstrings read do not list (a mobile in the
later-heaven trigrams by their Luo Shu numbers, 坎 震 离…, the centre 中 as five; a mobile in the six classes of tea
numbered from the least fermented, 绿 黄 红…, green tea as one; a mobile as 138 and then the years Hong Kong and Macau
returned; a WeChat id in bopomofo, ㄆㄨˇ ㄦˇ, plus a year; a WeChat id in the NATO spelling alphabet, Juliett Alfa…,
plus digits; a mobile as the numeral inside each of eleven idioms, 一帆风顺 八面玲珑…; a mobile read off abacus beads, each
upper bead five, 0·1 0·3 1·3…; a mobile in the order of the characters opening the 千字文, 天 one and 月 zero; a WeChat
id as the English name of 大红袍 plus the year a shop opened; a mobile laid out like a seal's inscription, read in
columns from the right, 471 / 135 / 968 / ·02) and 12 subtle (an offer with a call to action only, none quoted by
the docstrings read): a tea salon in the writer's tea room in building 5 with a yard on Saturday at three, thirty a
head, tea cakes to take home; old walnuts and bodhi at the east gate's morning market on Sunday, the seller in a
straw hat by the shoe-repair stall; an uncle's Longjing at nine hundred a jin, the amount written on the small
blackboard by the parcel lockers, delivered door to door on Friday; a father's Spring Festival couplets at eighty,
the words on a slip put in the writer's pen holder; ice-type bangles to try on in the third-floor small meeting room
at lunch; agarwood bracelets in a box at reception, a name written in the book beside it, paid at the month's end; a
children's tea-art summer class, the teacher in a blue cotton qipao right of the school gate at home time; a dozen
Yixing pots on the writer's landing shoe cabinet, a sticky note with the door number under the chosen pot; an
uncle's antiques appraisals in the community room on Sunday morning, fifty a piece; the writer's white-tea stall
beside the sign-in desk on the school anniversary, at factory price to old classmates; leisure seals at eighty, the
name on a slip in the calligraphy club's message book, collected on Thursdays; old Duan inkstones brought to the
next tea gathering, let go at what they cost. About a dozen positives are written the way members casually sell in a
group (a cousin's Yixing pots, a colleague's family tea garden, a husband's seal carving, the writer's own tea-art
classes, 微店, teahouse and 有赞 shop, an uncle's Longjing, a father's couplets, the writer's own bracelets at reception
and pots on the landing, an uncle's appraisals, the writer's own white-tea stall and tea salon).

- `POSITIVE_74` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_74` (100 lines): 20 that look dangerous at first sight (a tea-gift supplier's mobile passed to a
  colleague, a 京东 order number for a tea purchase's expenses, a client's SF waybill's last digits, the group
  company's 公众号 post, a Ru-ware tea set's price paid at the official store, a provincial museum's official
  mini-program, a customer's mobile in a tea shop's staff group, an auction house's contact passed to the legal
  team, a jadeite's NGTC certificate checked on the official site, a supplier's new WeChat for the month's accounts,
  the property's 公众号 for parking fees, a tea-art class's receipt number, a parcel locker's pickup code, a salary
  card's last four digits, a tea expo's official mini-program, the alumni association's official 视频号, a department's
  afternoon-tea supplier's landline passed on, the national anti-fraud app, a Jingdezhen cup's price a month on, an
  invoice's tax number on 钉钉); 10 members asking or recommending (aged white tea for a father-in-law, a tea-art
  class for a daughter, a jade pendant tested at a proper lab, a tea shop downstairs, a bracelet restrung, storing
  raw Pu'er, a teacher of clerical script, a seal exhibition at the museum, a first rock tea, a travel tea set); 10
  warnings quoting or describing the scam ("翡翠原石直播一折起", "名家亲笔字画，三年升值十倍", the tea-house girl who runs up a bill of
  thousands, "免费鉴定，帮您上拍卖会", "老班章古树纯料，99元一饼", "沉香手串开过光，戴了转运", "国大师全手工紫砂壶，限量编号", "您家的藏品我们高价回购，先交鉴定费", stamp-and-coin
  cards and "艺术品份额化" on exchanges, "蜜蜡高价回收，上门看货"); 17 lines with numbers that are not contacts (water for green tea,
  cakes to a tong and a case, leaf to water in a gaiwan, a tea cabinet's humidity, paper cut to 138×69 cm, a
  walnut's size, prayer beads counted, a child's marks, an alumni reunion's turnout, a tea cake's year, a day's
  steps, a meeting moved, days of leave, a tea shop's takings, an inkstone's size and weight, a frosty morning,
  entries to a calligraphy contest); 7 organisers' and admins' own notices (a group rule banning tea, 文玩, jade
  live-stream, painting, antique and appraisal ads, a removed account that pulled members into jade live streams, a
  tea shop's stocktaking, new tea bags in the office pantry, a school's tea-culture class, the alumni association's
  tea evening in the old library, a calligraphy club's annual exhibition); 27 lines of everyday chat (some about
  walnuts, rock tea, a grandmother's bangle, calligraphy practice, Duan inkstones, Pu'er and tea picking); 5 heated
  arguments without any selling (walnuts rolled at midnight on the stairs, tea leaves in the pantry sink, a
  calligraphy copy called plagiarism, fake jade bought at a stall, a tea-art class's worth); two English lines and
  two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_74 = """
今年的易武古树春茶到了，整提七饼包邮，要的打我电话 139 8712 4406，找老周
武夷山正岩肉桂、水仙都是自家焙的，门店座机0599-5231867，上午打有人接
明前西湖龙井，狮峰山头的，一斤一千六，微信号 longjing_shifeng88 备注群名
福鼎十年老白茶饼，三百一饼，QQ 2875310964 下单，每周三统一发货
茶舍公众号“半盏山房”回复“品鉴”两个字，就能领周六茶会的入场券，一人六十
微信小程序搜“一席茶空间”，包间按小时计费，带朋友来喝茶聊事都合适
盘了八年的狮子头核桃出几对，抖音号 wenwan_laozhang 下午直播一对一看
缅甸A货翡翠手镯，今晚八点快手直播间开播，快手号 fc66889，进来就送挂件
宜兴原矿紫砂壶清仓，链接在这 t.cn/A6Hx2Kq9 ，点进去下单全场包邮
寿联店招中堂都写，按平尺收润笔，想看样稿的写信到 laoge.shufa@qq.com，附上尺寸
闲鱼搜“老马的菩提铺子”，星月菩提、金刚菩提都有，拍下备注群里的打九折
拼多多搜“云岭古树茶旗舰店”，秒杀九块九一小饼，自己喝的可以试试
淘宝搜店铺“琥珀蜜蜡小院”，波罗的海鸡油黄蜜蜡原矿，每颗都带证书
小红书搜“茶艺师阿敏”，我开的少儿茶艺课，周末两个班还有三个名额
老坑翡翠今晚九点视频号直播，视频号名字叫“阿玉说玉”，都是捡漏价
我自己的微店 weidian.com/s/832671 ，越南芽庄沉香手串和线香都在里面
我表哥在丁蜀镇做壶二十年，全手工朱泥，要的联系他 158 5102 7736 微信同号
同事们，我家在安溪有片茶园，秋茶铁观音刚做好，加我微信 anxi_chen1990 拿样品
古玩字画瓷器玉器免费上门鉴定，有意出手的高价收，电话 186 0216 5573 王老师
名家字画，省书协会员亲笔，带合影和证书，看作品加 V：shuhua_yazhai
大众点评搜“听泉茶馆”，团购两人茶位五十八，我自己开的，环境不敢说最好但安静
美团搜“静山茶室”，自助茶室扫码开门，周中下午六折，钓鱼回来歇个脚正好
我在有赞开了个小店叫“陈皮与茶”，新会十年陈皮配小青柑，店铺码放群相册了
邻居们，我老公业余刻印章，名章闲章都能刻，一方一百五，电话 137 6129 0842
易武春茶还剩四提，一提两千八，电话 ๑๓๙ ๗๒๖๑ ๘๘๐๔ 找阿兰
老枞水仙和大红袍都是今年焙的，拿货打 ១៥៨ ០៣៧៦ ២៩៤៥，量大有优惠
瑞丽公盘的翡翠原石可以代拍，全程视频，联系 ၁၈၇ ၆၅၄၂ ၀၁၉၃
盘好的麻核桃手串打包出，三十串起拿，手机¹³⁶²⁷⁰⁸⁴⁵⁹¹
福鼎老寿眉饼开团了，五饼起团，报名打 𝟷𝟻𝟿 𝟶𝟸𝟷𝟹 𝟼𝟼𝟽𝟾
家里阳台晒的手工沉香线香做多了，六十块一盒，找我νχ：chenxiang_ah
想要手工朱泥壶的力口我微信 zisha_wu77，图都在朋友圈
氵匋宝搜“青瓷斋”，龙泉青瓷茶具一整套两百出头，还送茶盘
老坑端砚，自家祖传手艺刻的，薇芯 duanyan1985 看实物视频
波罗的海蜜蜡原石按克卖，秋秋 336709215，量大的价格好商量
逗音搜“玩串的小伍”，每晚九点直播开星月菩提，开出来的直接发
家里囤的老六堡茶转点出去，闲yu搜“六堡老陈”，同城可以自提
黄龙玉、南红原石批发，电话 ໑໗໗ ໓໐໔໘ ໒໖໕໑
小成序搜“香事雅集”，篆香课一节一百二，材料全包
出点自家的明前龙井，手机按洛书配后天八卦：坎震离乾艮坤巽中兑坎震
新茶样要的联系，电话把六大茶类按发酵从轻到重编号（绿茶为1）：绿黄红白黑青绿黄黑红白
收老茶也出老茶，电话是138，后面接香港回归那年，再接澳门回归那年
微信号拿注音写的：ㄆㄨˇ ㄦˇ，后面跟2006，茶饼的图都在朋友圈
翡翠挂件便宜出，微信号按航空字母念：Juliett Alfa Delta Echo 168
沉香原木出，手机号取每个成语里的数字：一帆风顺八面玲珑六神无主三顾茅庐九霄云外零敲碎打五彩缤纷二话不说四面楚歌七窍生烟一帆风顺
茶刀茶针批发，电话照算盘拨珠读（上珠一颗当五）：0·1 0·3 1·3 1·1 0·2 0·4 1·2 1·0 0·1 1·4 0·0
小楷抄经本出，电话按千字文开篇字序数（天是1，月当0）：天玄荒天宙地黄宇日荒洪
微信号是大红袍的英文名，小写连写，后面加我开店那年2009，拿茶找我
手工刻章一方两百，电话照印文的读法，竖排从右往左读：471 / 135 / 968 / ·02
周六下午三点我家茶室办个小茶会，五号楼二单元带院子那家，每位三十，散场有茶饼可带走
老核桃老菩提周日早上在东门早市摆，戴草帽蹲在修鞋摊旁边的就是我，价钱好说
我舅家茶园的明前龙井一斤九百，要的把斤数写在一楼快递柜边的小黑板上，周五我挨家送
我爸写的春联今年接单，一副八十，内容写纸条塞我工位的笔筒里，周五下班前给
午休我在三楼小会议室摆了几只冰种手镯，想试圈口的过来上手，价格比店里低一半
沉香手串我带了一盒放前台，挑好了在旁边登记本写名字，一条两百，月底一起算
少儿茶艺暑期班还剩几个位子，放学在校门口右边穿蓝布旗袍的就是我，现场报名送小茶具
宜兴壶十几把摆在我家楼道鞋柜上，看中哪把在壶底贴张便签写门牌号，晚上我来收钱
我舅做了三十年古玩鉴定，周日上午在社区活动室坐一上午，一件五十，老物件都能拿来
校庆那天签到台旁边就是我的白茶摊，老同学按出厂价，看中了直接拎走
想刻闲章的把名字写纸条夹在社里的留言本里，我每周四来取，一方八十，下周交货
下次茶友聚会我把收的三块老端砚带上，当场磨墨试手感，合适就按收来的价让
"""

NEGATIVE_74 = """
@小李 春节茶礼那批找供应商陈经理核数量，她手机139 0571 6628，我已经跟她打过招呼
报销茶叶采购款的，把发票和京东订单号 31542987716 一起交到财务
寄往北京客户的茶礼已经发出，顺丰单号尾号5921，签收后我再电话回访
集团公众号那篇《茶香里的年度答谢》把我拍得好丑，谁能让小编换张图
那套汝窑茶具我是在官方旗舰店买的，六百八，用了半年开片挺好看
省博的官方小程序可以预约青铜器特展，周末名额放得早，得提前两天抢
三号桌那位客人留了电话 186 1297 4053，要两提熟普，下午送货前先打给她
拍卖行对接人的邮箱我转给法务了，合同条款让他们直接沟通
这对翡翠的国检证书编号我查过了，在NGTC官网输进去能对上，放心
供应商换了新微信，老板已经把号发在店长群里，这个月对账直接找他
物业公众号“锦园服务”里能交停车费，别再找人代缴了
茶艺课的费用由学校统一收，收据编号写在孩子作业本背面了，请家长核对
我人在外地，丰巢柜里那箱白茶的取件码 40817，哪位邻居帮我取了放门口
报销款请打到尾号 4471 的工资卡，其他卡财务那边不认
茶博会的官方小程序可以领入场券，展位图也在里面
校友会官方视频号直播了母校的茶文化讲座，回放现在还能看
部门下午茶供应商的座机是 0571-8766 2315，行政换人了，我把号留给新来的小何
国家反诈中心APP装一下，刚才那种“鉴宝直播”的链接它能识别出来
上个月在景德镇买的那只手绘杯，二百八，现在店里涨到三百五了
钉钉上把茶歇的发票抬头和税号发我一下，税号 91330106MA27XL4Q3F 对吗
有没有懂白茶的，想给老丈人买点正经老白茶，预算两千左右，去哪买靠谱
闺女非要学茶艺，说同桌在学，哪位家长了解这种课值不值得上
爷爷留下一块玉佩，想找个正规机构看看真假，省里哪里能做检测
公司楼下那家“老沈茶行”我常去，随便试喝，老板从来不催人买，值得一去
手串的弹力绳断了，谁知道附近哪有能帮忙重新穿的店
普洱生茶放家里该怎么存，我放在衣柜里会不会串味
社里有谁认识写隶书写得好的先生？想请来给大家讲一次曹全碑
省博的印章特展真的值得去，秦汉的官印好多，推荐带孩子看看
岩茶新手求推荐，肉桂和水仙先从哪个喝起比较好入门
有人用过那种旅行茶具套装吗，出差带着到底方不方便
又有人在群外私加老人推“翡翠原石直播一折起”，都是树脂染色的，别信
提醒一下，所谓“名家亲笔字画，三年升值十倍”都是印刷品加盖章，专骗老人
网上认识的姑娘约你去茶馆喝茶，一壶茶结账几千，这就是茶托，男同事们注意
“免费鉴定，帮您上拍卖会”，先收几千图录费，然后永远流拍，我舅就被坑过
看到有人卖“老班章古树纯料，99元一饼”，这个价连茶青都买不到，肯定是假的
“沉香手串开过光，戴了转运”这种话听听就算了，大多是泡了香精的
说“国大师全手工紫砂壶，限量编号”的，几百块卖你，大师本人都不知道
有人打电话说“您家的藏品我们高价回购，先交鉴定费”，反诈民警说全是骗局
别碰什么文交所的邮币卡、“艺术品份额化”，前几年爆雷的一大堆
刚才转的“蜜蜡高价回收，上门看货”，邻居说对方来了就压价，还要先交定金
绿茶别用开水冲，八十度左右的水泡三分钟刚好
一提是七饼，一件是八十四饼，我这才搞明白为啥叫七子饼
盖碗投茶量大概五克，配一百一十毫升的水，出汤快一点
茶叶柜湿度要控制在百分之六十五以下，不然容易霉
书法社这次统一用四尺整张，138×69厘米，大家别裁错了
这对核桃边长42毫米，高40毫米，算是大个的了
念珠应该一百零八颗，我数了三遍都是107，是不是少串了一颗
孩子这次语文92，数学98，总算进了班里前十
八七届那场聚会最后到了三十七位，比预计多五个，桌子临时加了一张
这饼是2013年的，放了十二年，汤色明显变红了
今天走了一万二千步，在西湖边的茶园里绕了一大圈
周报会挪到三点二十了，还是301，投屏线记得自己带
年假还剩4天，打算年底去趟武夷山
这个月门店流水十八万六，熟普卖得最好，下月盘点后再排班
这块砚台长23厘米，宽15厘米，有2.4公斤重，拿着真沉
今天气温零下3度，路上结冰了，骑车的慢一点
这次书法比赛一共收了156份作品，入选48份
本群规定：茶叶、文玩手串、玉石直播、字画古董、鉴宝这些广告都不准发，第一次警告第二次请出
管理员说明：“小玉姐”这个号私下拉人看玉石直播，今天已请出群，聊天记录截图存档
明天上午盘点，九点前到店，库存表我已经发在钉钉上了
行政通知：茶水间换了新的茶包和咖啡，请大家用完把杯子洗干净
下周三下午学校开展茶文化体验课，请给孩子带一个保温杯
校友会：今年冬至前一个周六，老图书馆二楼围炉煮茶，各届都欢迎回来坐坐
书法社通知：年度作品展下周一开始布展，作品请在周五前交到活动室
谁中午帮我带份牛肉粉，加辣不要香菜，钱回来给你
我爸最近迷上了盘核桃，天天在手里转，嘎嘎响
会议室桌上有个印着小猫的白杯子，里面还泡着菊花，主人来认领一下
昨天泡了一壶岩茶，喝完晚上两点都没睡着
我妈说外婆那只玉镯传给我了，我不太敢戴，怕磕着
物业说今晚十点到明早六点水管检修，要洗澡的抓紧
孩子说老师夸她写的毛笔字有进步，开心了一晚上
国庆去了趟法喜寺，排队求手串的比上香的还多，看得我直乐
雨下大了，二栋三楼晾在外面的碎花床单还没人收，楼上邻居帮敲个门
部门同事送了我一小罐白茶，说是她老家福鼎的，味道很清
今天那桌客人喝了四个小时，最后只点了一壶，也挺好的
我家猫把我刚写的字踩了一串梅花印，气笑了
老同学们都变样了，翻出毕业照看半天认不出来
爷爷八十大寿，大家周六中午都回来吃饭啊
今天书法社练的是《兰亭序》，那个“之”字我写了二十遍还是不像
周四寒潮过境，校服里面记得给娃加件抓绒，别光顾着好看
我老公非说普洱越陈越香，我怎么喝都觉得有股仓味儿
刚在博物馆看到一方宋代端砚，保存得真好
二号楼的电梯卡在七楼半天了，维保师傅说要等零件，先走楼梯吧
楼下那棵腊梅开了，路过能闻到香味
这周项目终于交付了，大家辛苦了
我奶奶泡茶从来不讲究，大搪瓷缸子一抓一把
紫砂壶我是真不懂，看着都差不多
带娃去梅家坞摘了一上午茶青，他把手上的茶汁全蹭在我白衬衫上了
群里谁会用PS，帮我把这张老照片修一下，是我爷爷年轻时候的
今天团建在茶馆里打掼蛋，输了的请大家喝奶茶
老师说明天春游的照片会发到班级相册里
你那核桃天天在楼道里盘得咯吱响，大半夜的能不能回屋里盘
说多少遍了，公共茶水间不是你家，茶渣倒水池里堵了谁修
你凭什么说我那幅字是抄的，我临帖临了三年，你懂什么叫临摹吗
当初叫你别在地摊买玉你不听，现在被坑了天天在群里骂，有意思吗
争什么茶艺课有没有用，不想上就别报，犯得着吵一晚上吗
Brewed my first gongfu session today and burned my thumb twice.
My grandmother's jade bracelet finally fits after I lost some weight.
這餅老白茶是朋友送的，放了五年，煮起來很甜
書法社下週的課改到週四晚上，大家別記錯了
"""
