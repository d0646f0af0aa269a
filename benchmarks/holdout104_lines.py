"""Hold-out set 104 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-102 (holdout_data.py's docstring covers sets 1-102; sets 101 and 102 are also
described in their own docstrings, which were read here), at the same time as set 103 (written by another helper; this
set was checked by the same script against set 103's lines as they stood at each run, unread), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or
detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no
git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout101_lines.py and holdout102_lines.py were
opened only for their module docstrings, printed with ast.get_docstring by the checkout's own Python (the labelling
rules, the history and topics of sets 1-102, the file format, the docstring style and the disguises and codes already
used, to avoid repeating them; their lines and the code below the docstrings were not read). The three docstrings were
first printed together to the tool, which cut their middle, then saved to the writer's own temporary folder (made with
mktemp -d), counted with wc -l and paged there with sed and cat. Sets 99 and 100's own docstrings were not read, so any
disguise or code they list and holdout_data.py does not may be repeated here unknowingly. pyproject.toml was not opened
(ruff format and ruff check were only run on this file, from the checkout's root). The benchmarks folder was not listed;
this file's path and set 103's were checked with test -f before this file was first written (neither existed), and set
103's again before every run of the script (it existed at every run and was passed to every run); set 103's file was
only loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run. No slip to report: nothing outside these limits was
opened, listed or run. The lines were drafted as Python lists in the writer's own temporary folder, with a helper module
there that turned digits and letters into the other scripts below and spelt out the coded numbers from their tables, and
written to this file by a small script of the writer's own (which also checked the counts per kind, that no line repeats
and the absence of triple quotes, backslashes and line breaks); another small script made the rewrites from lists of
replacements, another wrapped this docstring to 120 columns of display width, and one-line scripts printed the converted
digits, the lines per kind and their lengths; grep and sed were run on this file alone to show a few of its own lines
(three positives, then the docstring's layout).

The similarity script read this file: it printed this set's lines and ratios, never the dumps' or the partner's lines;
it was run five times, every time at the default floor of 0.47 and with set 103's file. No line is copied from earlier
sets, from the training lines or from set 103: at the end no line of this set has a highest difflib ratio at or above
0.47 against any earlier hold-out line, any training line, set 103's lines or this set's other lines (0.464 at most on
the finished file), so none at 0.49 either. In the first run fifty-seven lines stood at 0.47 or more (0.970 at most, a
call for a weekend hike): eleven positives (a credit card's short link, 0.481; a fund class's group number; a loan in
keycap digits, 0.625; seven of the ten heavily disguised lines, 0.472 to 0.690, the playing cards the highest, then the
Roman numerals and the idioms; a bookkeeper met after a chamber's dinner) and forty-seven negatives (eight of the
dangerous-looking lines, among them a claim's case number, a 顺丰 waybill, a court's case number and a meeting's number;
three of the questions; six of the warnings; four of the number lines; the group rule, the removed account and three
other notices; seventeen of the chat lines, the hike, 0.970, a grandmother's video call, 0.829, and a lift out of order,
0.759, the highest; both English lines and one traditional line). All fifty-seven were rewritten with new wording and
most with a new subject, not a synonym swap. In the second run seventeen of those rewrites still stood at 0.47 or more
(0.667 at most, a grandfather's ninetieth birthday): the keycap loan line, which then changed its disguise to Telugu
digits, the month and playing-card codes, which got new introductions and, for the cards, Chinese suit names, and
fourteen negatives (a waybill, a colleague's mobile, a phishing text, the removed account, a parents' meeting, eight
chat lines and the traditional line). In the third run two stood at 0.47 or more (0.578 at most, a cousin's wedding, and
a sick-leave note to a teacher), both rewritten once more; the fourth run found none (0.464 at most). Fifty-seven lines
were rewritten for similarity, seventy-six rewrites in all: seventeen lines twice, two of them three times. After that
two subtle lines gained a first-person word (a member's own salon and appraisal day, not an organiser's notice), no
similarity change; the fifth run, on the finished file with this docstring, found none at 0.47 or more either. Lengths
run from 25 to 80 characters for the positives (the longest the playing-card code) and 12 to 50 for the Chinese
negatives (the English lines 108 and 99, the traditional ones 19 and 22). The lines are meant to be scored once, blind;
tuning on their errors would spoil them.

Set 104 focuses on money, insurance and paperwork services sold into groups: insurance agents (a wife's children's and
accident cover with a mobile, car insurance on 快手 and in Lao digits, claims appeals on 块手, Hong Kong policies with
"V：", family policy reviews by the Western zodiac, agents recruited by playing cards, children's top-up medical cover
at a classroom door, car renewals at the finance office), loans and credit cards (a credit card for a patchy record by
WeChat id, a card centre's short link, a loan officer in Telugu digits, credit repair by 薇信, home-loan transfers by
number idioms), bookkeeping and tax filing (zero filings by QQ, a bookkeeping firm's landline, account books in a
cousin's 拼多多 shop, a tax course on B站 and on 🅱站, tax planning in Kannada digits, a family factory's folders on
拼夕夕, bookkeeping by English month abbreviations, a husband's tax returns at home, bookkeeping met after a chamber's
event), company registration and licences (registration on 淘宝, licences in Tibetan digits and by the Heavenly Stems,
Hong Kong companies in subscript digits, a company for sale on 闲渔, registration at a government hall's window),
trademarks (a lawyer's 视频号, registration replied for under the message), legal advice and debt collection (a firm's
400 line, collection with a mobile that is also WeChat, pleadings by 🇶🇶, wage arbitration by a reversed number, a
lawyer's WeChat id by radio letters, a cousin's consultation at the property office), visas and residence (visas by
e-mail, a sister's studio on 小红书, Canada and Australia by a spaced mobile, residence permits in double-struck digits,
US visas by Roman numerals, Japanese visas left at a desk), social-security and housing-fund agents (a 公众号 with a
word to send, a mini-program, lapsed contributions by @), financial planning and investment courses (a husband's 抖音, a
pensioners' group by its number, a free class by 君羊, a course by a mirrored alphabet, a company's salon at a hotel),
and second-hand luxury goods and pawning (the writer's bags on 闲鱼, bag cleaning on 美团, an uncle's pawnshop on
大众点评, watches and rings by a dashed mobile, appraisal by Cyrillic letters, watches by letters read as digits, a free
appraisal day in an activity room, gold bought at the estate's north gate); beside company finance groups, reimbursement
and tax deadlines, claims, refunds, waybills and hotlines, members asking for an accountant, a lawyer or advice, money
scams warned of, and ordinary chat in company work groups, family groups, parents' class groups, estate owners' groups,
alumni groups and hobby groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a wife's insurance with a mobile; a credit card
with a WeChat id; zero filings with a QQ; a bookkeeping firm's landline with an area code; a law firm's 400 line with an
extension; visas by e-mail; a credit card by a short link, t.cn/…; company registration to search on 淘宝; the writer's
bags in a named 闲鱼 account; a husband's 抖音号; a sister's visa studio to search on 小红书; bag cleaning to search on
美团 with the group's name for a discount; an uncle's pawnshop to search on 大众点评; a cousin's 拼多多 shop; car
insurance with a 快手 id; a lawyer's 视频号 with a message to leave; a 公众号 with a word to send; a UP主 on B站; a
mini-program to search; a group by its number; Hong Kong policies with "V："; debt collection with a mobile that is also
WeChat; visas with a spaced mobile; luxury goods bought with a dashed mobile), 14 moderately, with disguises the
docstrings read do not list (Lao digits ໑໓໖…; Tibetan digits ༡༥༩…; Kannada digits for a QQ, ೩೮೨…; Telugu digits ౧౩౭…;
subscript digits for a QQ, ₅₁₈…; double-struck digits 𝟙𝟠𝟠…; Cyrillic letters shaped like Latin ones in a WeChat id,
хіаоуао…; the homophone 块手 for 快手; 多 split into 夕夕, 拼夕夕; 群 split into 君羊; the homophone 薇信 for 微信; the
B button 🅱 for B, 🅱站; regional-indicator letters 🇶🇶 for QQ; the homophone 闲渔 for 闲鱼) and 10 heavily, with codes the
docstrings read do not list (a mobile by the Heavenly Stems, 甲 as one, 癸 as zero; a mobile by the Western zodiac's
order, 白羊 as one, 摩羯, the tenth, as zero; a QQ by the number each idiom opens with, 一帆风顺 as one, 零敲碎打 as
zero; a mobile written backwards, to be read from the right; a QQ in letters read as the digits they look like, l as
one, O as zero; a mobile by English month abbreviations, Jan as one, Oct as zero; a mobile by playing cards, A as one,
10 as zero; a mobile in Roman numerals, N as zero; a WeChat id spelt in the radio alphabet, Lima Victor…; a WeChat id in
a mirrored alphabet, z for a and y for b) and 12 subtle (an offer with a price or a call to action only): car insurance
a thousand cheaper than a dealer's, at the finance office after lunch; bookkeeping at two hundred a month, met at the
door after a chamber's event; a husband's tax returns at fifty, at home in building 6 on Saturday; company registration
at eight hundred beside a government hall's window on Tuesdays; the writer's free appraisal of bags and watches, bought
at twenty per cent off, in an activity room; gold bought at four hundred and sixty a gram at the estate's north gate;
Japanese visas at five hundred and ninety-nine, passports left at the writer's desk; children's top-up medical cover at
three hundred and eighty, met at the classroom door after a parents' meeting; trademarks at twelve hundred a class,
replied for under the message; lapsed social security at eighty a month, @ the writer; a company's investment salon at a
hotel with a gift for the first twenty; a cousin lawyer's half hours at a hundred in the property office, a number taken
on arrival. About a dozen positives are written the way members casually sell in a group (a wife's insurance, a
husband's 抖音 and tax returns, a sister's visa studio, an uncle's pawnshop, a cousin's shop, a family factory, a
brother's home loans, a cousin lawyer, the writer's bags, bookkeeping, appraisal and visas).

-   `POSITIVE_104` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_104` (100 lines): 20 that look dangerous at first sight (an invoice number's last eight digits, a health
  policy's claim number, the 12333 line to report a lost card, a ZTO waybill for a confirmation letter, a lawyer
  colleague's mobile passed on for a visit to the registry, a tax refund, the 12329 housing-fund line, travel expenses
  paid to salary cards' tails, a 京东 order for a shredder, the 12366 tax line, a company account's tail for a party's
  fee, a policy number for a child's stay in hospital, an arbitration case number, the 95566 bank line, a 淘宝 refund's
  order tail, a community worker's landline passed on, a VAT invoice's code and number, an audit's meeting number, a
  consulate's booking code, a medical refund to a card's tail); 10 members asking or recommending (a milk-tea shop's
  bookkeeping, severance in arbitration, a child's critical-illness cover, an accounting firm recommended, bank
  statements for a US visa, paying a mortgage early, a trademark agent's name, moving a housing fund, gold bars or
  jewellery, a book on family money); 10 warnings quoting or describing the scam or ad ("征信洗白，三天上岸",
  "社保卡要换新，先交工本费", a fake tax office's safe account, "老师带你炒股，稳赚不赔", a boss's profile copied to ask
  for payment, "包下证、包出签", a pensioners' investment group, a call to erase a student loan's record, a gold buyer's
  rigged scale, "免费送一年意外险"); 17 lines with numbers that are not contacts (expenses claimed, a car insurance
  premium, tax deductions, exam marks, a child's medical cover, a gold price, years of a mortgage, a dinner's head
  count, housing-fund contributions, a course's mark, paper per box, interest saved, a report's deadline, blood
  pressure, a property fee, a car's mileage, a table-tennis score); 7 organisers' and admins' own notices (a finance
  group's rule banning investment, loan and insurance ads, an account removed for a tax-audit ad, an expense deadline, a
  maintenance-fund meeting, an alumni dinner moved, a sports day moved, a reading club's book); 27 lines of everyday
  chat (a two-cent difference, a leaking roof at home, a stalled underground train, a careful audit intern, a cold wave,
  a child's homework, a latte's price, a science museum, an old classmate, a calculator emptied, an office without air
  conditioning, a cousin's exam and red packets, an annual review done, a charger, snow, a daughter who wants to count
  money, children and fallen leaves, a basketball court, a film on a financial crisis, a closed wonton shop, a
  grandfather's banking app, a rumbling stomach, a team outing's vote, a CPA exam passed, a fishing trip with no fish, a
  piano prize, persimmons); 5 heated arguments without any selling (voice messages at midnight, a property fee raised, a
  loan not repaid, a child jumping upstairs, an expense claim sent back three times); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_104 = """
老婆做保险八年了，孩子的学平险、大人的意外险都能配，需要的直接打她手机13957210846
征信有点花、网贷多的也能办大额信用卡，下卡后再收费，微信号 hxjz_6688
小规模公司零申报、季度报税，一个月只要九十九，QQ 2743906158 找我
代理记账找我们所，二十年的老会计坐班，电话0571-86473925
欠款要不回来？本所律师团队专做债务纠纷，免费咨询400-826-3170转2
日本、韩国签证材料我帮着把关，出签率高，资料发邮箱visa_helper@163.com
我在银行信用卡中心上班，白金卡免年费、首刷送行李箱，网上申请走我的专属码 t.cn/A6xKq9Zm
公司注册、变更、注销一条龙，淘宝搜店铺“快注企服”，拍下就安排
家里几个包用不上了，LV和古驰都有票，挂在闲鱼了，账号“小满的衣橱”
我老公是理财规划师，在抖音讲家庭资产配置，抖音号 laozhou_licai，关注有直播答疑
我妹开了个出国签证工作室，小红书搜“橙子签证日记”，美签加急也能做
奢侈品包包清洗翻新，美团搜“皮匠工坊”，本群报名字打九折
老城区那家典当行是我舅开的，黄金钻石都收，大众点评搜“恒昌典当”能看到评价
做账用的凭证纸、账本、装订机，我表姐拼多多店里都有，店名“会计小铺”
车险快到期的可以看看我快手，号码kuaibao0322，每天讲理赔技巧，私信报价
商标被抢注怎么办？我在视频号“王律说知产”每周都讲，有案子也可以后台留言
异地社保、公积金代缴代办，关注公众号“安居社保通”，回复“代缴”拿价目表
个税汇算不会填的，B站搜UP主“会计老刘”，我录了手把手视频，还接一对一辅导
公积金提取、租房提取都能帮办，微信小程序搜“住房公积金帮办”提交资料即可
退休的叔叔阿姨想学着管养老钱的，我们有个银发理财交流群，群号735208419，周三下午有讲座
香港保险、储蓄分红险都能咨询，V：hk_baodan_88
专业催收，个人欠款、工程尾款都接，不成功不收费，电话同微信15820396741
加拿大、澳洲签证和留学续签都能办，材料我来准备，联系 186 3072 5914
收二手金表、名包、钻戒，上门鉴定当场付款，电话138-2650-7143
车险商业险续保返点高，想比价的打给我：໑໓໖ ໐໗໒໘ ໓໕໔໑
营业执照代办，食品经营许可证也能办，电话 ༡༥༩ ༤༣༠༨ ༧༦༢༥
做小微企业税务筹划，汇算清缴也接，QQ：೩೮೨೦೬೪೧೫೭
我在小贷公司做了五年信贷员，有社保公积金的工薪族最快两小时放款，来电౧౩౭౦౫౨౮౯౪౬౧
注册香港公司、开离岸账户找我，Q：₅₁₈₃₀₂₉₇₆
居住证、落户积分材料我都熟，帮你一次办好，手机𝟙𝟠𝟠𝟙𝟜𝟘𝟟𝟛𝟝𝟞𝟚
二手奢侈品鉴定，拍图发我微信 хіаоуао_јd 就行，半小时出结果
保险理赔被拒的来找我，块手搜“理赔姐小唐”，帮你写申诉
发票夹、财务章盒子都是我家工厂做的，拼夕夕搜“诚信财务用品”
理财入门课免费听，进君羊：621049357，名额有限
征信逾期修复，不成功全退，薇信 zx_xiufu168
考初级会计的看过来，🅱站搜“小陈讲会计”，讲义在我置顶动态
代写起诉状、答辩状，一份两百，🇶🇶 904173625
公司转让，带一般纳税人资格，闲渔搜“老李公司转让”
营业执照加急办，三个工作日拿证，手机照天干写，甲乙丙丁依次是一二三四，癸算零：甲丙辛 乙壬庚己 丁丙癸戊
家庭保单整理、保险规划找我，手机号照星座顺序排，白羊算1，摩羯当0：白羊 天秤 双子 摩羯 狮子 狮子 射手 金牛 天蝎 巨蟹 处女
我弟在银行做房贷转按揭，他的QQ藏在成语的头一个字里：一帆风顺 五光十色 九牛一毛 两全其美 七上八下 三顾茅庐 零敲碎打 四面八方 八仙过海
被公司拖欠工资的可以找我代理仲裁，手机号是倒序排的，末位在最前：05307246981
收名表名包，Q号的字母照长相看成数字：lZESATGqBO
网店、夜宵摊的流水账我都能帮着理，号码拿英文月份缩写代替，十月Oct顶0：Jan/Mar/Jun/Sep/Feb/Oct/May/Aug/Jan/Apr/Jul
招保险兼职，宝妈在家也能做，电话是一串扑克牌点数，A为1，10为0：红桃A、黑桃3、梅花5、方块8、红桃10、黑桃6、梅花2、方块7、红桃4、黑桃A、梅花9
美签面签辅导、加急预约都能做，我手机是罗马数字，N代表零：I、VII、VI、N、IX、III、V、II、VIII、I、IV
律师咨询加微信，账号照无线电字母念：Lima Victor Sierra Hotel India 再加123
理财训练营报名找我，微信号字母按字母表倒着换了，z就是a，y就是b：orxzr_2024
车险今年到期的，把行驶证拍照给我，午饭后我在财务室，同样保额比4S店便宜一千左右
刚开业的小店报税别自己瞎弄，我帮你做账一个月两百，商会活动结束后我在门口等大家
我老公是税务师，个税汇算帮人填一次五十，身份证带上，周六全天在6栋家里
公司注册八百全包，每周二上午我在政务中心三号窗口旁边，有需要的直接来找我
我周六下午在社区活动室免费鉴定二手包和手表，看得上的当场按市价八折收
今天回收黄金四百六一克，下午两点到五点我在小区北门摆桌子，带好发票
日本单次旅游签五百九十九包办，护照和照片放我工位上就行，我在三楼人事部
孩子的补充医疗一年三百八，家长会结束我在教室门口等，想给孩子买的带上户口本
商标注册一个类别一千二，想注册的在这条下面回复你要的类别，我一个个核
社保断缴的我能帮着续上，每月服务费八十，需要的@我一下
我们公司的理财沙龙本周日下午两点在酒店三楼会议室，现场讲基金配置，前二十名送体检卡，来就行
我表哥是执业律师，周五晚上七点在物业会议室给业主答疑，一人三十分钟一百块，过来排个号
"""

NEGATIVE_104 = """
报销的同事注意，发票号码后八位和系统里对不上的要重新提交，比如我这张04528173
我爸住院那次的商业险报案号RC20261125008731，客服说材料齐了，下周审核完
社保卡丢了打12333挂失，我刚试过，报身份证号就行
发给客户的年度对账函用中通寄的，运单号7593 0216 8847 21，对方说还没收到，我明天再查
下午去工商局递材料的是法务部的赵律师，她手机13671582940，门卫那边报她名字就能进
汇算退的钱到了，多缴的三百一十二块回来了，正好交孩子的兴趣班
公积金中心热线12329，贷款额度问了，说按缴存余额的十五倍算
差旅费打到工资卡了，尾号4417的同事查一下，是不是少了一笔住宿费
京东订单号287465190233，买的碎纸机开了专票，财务记得入账
12366纳税服务热线太难打了，排了二十分钟才接通
年会报名费交到公司对公户，账号尾号6032，备注部门和姓名
保单号P44010023958716，孩子住院的自付部分我已经在线上申请理赔了
仲裁委给的案号是（2026）杭劳人仲案字第1234号，开庭定在十二月九号
银行客服95566回电了，说信用卡年费可以减免，不用另外交
淘宝退款到账了，订单尾号8852，那个打印机墨盒质量太差
李姐，这是社区网格员的座机0571-88213460，你家老人办高龄补贴的事打这个问就行
增值税发票代码033002100111，号码12709865，报销单上两个都要填
审计组明早九点线上对数，入会号836205917，做应收的两位同事务必带上台账
领馆给我的递签时间是周四上午九点，预约确认码BJ2611-0457，要打印出来带去
医保报销的钱打到社保卡了，金融账户尾号2906，一共六百四
开了个奶茶店，营业执照下来了，税务这块完全不懂，个体户需要请代账吗？
被公司辞退没给赔偿，N+1能争取到吗？群里有做过劳动仲裁的朋友说说经验
谁知道给孩子买重疾险，保额买多少合适？
推荐我们楼下那家会计事务所，去年帮我办注销，收费也透明
办美国签证要准备银行流水吗？有经验的说说
请问大家房贷提前还款划算吗，现在利率3.1
以前谁提过一个做商标注册的代理？我想给自家腌菜注册个牌子，忘了名字了
有没有人用过公积金异地转移，要跑两边吗
我妈想买点黄金存着，大家觉得现在买金条还是金饰好
推荐一本讲家庭理财的书，《小狗钱钱》，给孩子看也合适
听说有个“征信洗白，三天上岸”的中介，收了我表哥五千块，现在电话打不通了
小区好几个老人接到“社保卡要换新，先交工本费”的电话，社区说根本没这回事
提醒一下：有人冒充税务局打电话说要补税，让转到“安全账户”，是诈骗
群里那种“老师带你炒股，稳赚不赔”的私聊，一律别理，我同事被骗了八万
最近有人把头像昵称改成咱们老板的样子，拉财务进群让付款，遇到先打电话确认
所谓“包下证、包出签”的中介，最后签证被拒押金都不退
我爸被拉进一个“养老理财群”，先给返利后来连本带息都没了
接到说我大学时开过校园贷、要帮我“消除记录”的电话，明显是骗局，直接挂了
菜市场有个收旧金首饰的摊子，说比银行回收价高，结果他那秤少称了快两克
超市门口有人让扫码“免费送一年意外险”，要填身份证和卡号，这是套个人信息的
这个月报销了三千六百二十，发票贴了二十七张，手都贴酸了
今年续保商业险加交强险一共四千零八十，去年没出险打了七折
个税专项扣除，孩子教育一个月两千，房贷利息一千
考过了！中级会计实务考了76，财管68
孩子那份医疗险一年交两百八，去年报了一千五
今天金价五百九十三一克，我妈去年四百多买的，说赚了
房贷还剩二十三年，每月还四千二，想想就头大
部门年夜饭报名的一共八十六个，按十人一桌得订九桌，剩六个人拼一下
公积金一个月缴一千二百四，单位和个人各一半
期末财务会计那门考了92分，教授说是班上第三
办公室新打印机A4纸一箱五包，一包五百张
我算了一下，换成等额本金前五年能省利息两万左右
截止到11月30日前要交季度报表，还剩四天
去年体检查出来血压140/90，今年降到125了
小区物业费一平米两块三，一百平一年两千七百六
家里那辆车开了十二万公里了，保养一次八百
周末乒乓球友谊赛，我们财务部三比二赢了销售部
本群为公司财务对接群，只发报销和票据相关的事，任何理财、网贷、保险的推广一律踢出
管理员提示：昨晚冒出来发“包过税务稽查”广告的那位已移除，群里只聊业主的事
财务部：本年度最后一批差旅报销12月5日截止，附件不全的会被退回
业主群通知：周六上午十点物业在一楼大厅开说明会，讲维修基金使用
校友会通知：年度聚餐改到12月14日，地点不变，请回复是否参加
运动会改期到下下周一，原定这周五的彩排取消，请家长转告孩子
本月共读《穷爸爸富爸爸》，第一次讨论放在周日晚八点，腾讯文档里先写读书笔记
月底结账，三张表对了一晚上差两分钱，最后发现是个四舍五入
姐，老家的房子漏雨了，你周末回去看看还是我请假回去？
早上地铁突然停了十分钟，整个车厢的人都在打电话请假
审计所来的小姑娘做底稿特别细，一个错都没挑出来
寒潮来了，老家说已经零下五度，暖气还没通
孩子今天数学作业全对，老师奖了朵小红花
楼下咖啡店的拿铁涨到二十八了，我决定自己带挂耳
周日打算带孩子去科技馆，有同路的家长一起吗
老同学，好久没见了，你还在那家银行上班吗？
儿子拿我的计算器当手机玩，把存的数全按没了
写字楼空调坏了一下午，整层楼都在扇扇子
表弟考上了公务员，我妈在家族群里连发了二十个红包
今天终于把年审的资料都整理完了，松口气
你们谁的充电器借我用一下，我的落家里了
下雪了！办公室窗外全白了
我女儿说长大了要当会计，因为她觉得数钱很好玩
今天放学看见几个小朋友在操场上堆落叶，笑得可开心了
今晚篮球馆谁约了？我下班能赶过去打半场
刚看完那部讲金融危机的电影，挺压抑的
单位附近那家馄饨铺关门了，以后中午又不知道吃什么
外公八十岁了还在学用手机银行查养老金，比我还认真
开会的时候我肚子叫了，全会议室都听见了
年底团建大家投票吧，温泉和农家乐选一个
注会税法终于过了，六门就剩战略，明年一口气考完
老公去水库钓了一天，空军回来，说是水太凉
女儿的钢琴比赛拿了二等奖，谢谢大家点赞
外婆院子里的柿子熟了，摘了一大筐
你天天半夜在群里发语音，还让不让人睡了？
物业费凭什么涨？账都不公开，谁同意了？
你借的钱说好上个月还，现在人都找不到了，有意思吗
楼上的，你家孩子能不能别在地板上跳了！我忍了一个月了
报销单我交了三次你都说不对，你就不能一次说清楚吗
Quick note for the team: the auditors arrive Monday morning, so please leave the ledgers on my desk tonight.
Has anyone here filed a tax return in Canada as a non-resident? My cousin is confused by the forms.
下週一開始報稅，大家記得準備好扣繳憑單
老闆今天請全部門喝珍珠奶茶，說是慶祝結帳順利
"""
