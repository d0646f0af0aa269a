"""Hold-out set 73 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-72 (see holdout_data.py; sets 69 to 72 were studied in this
session), at the same time as set 74 (written by another helper; this set was checked by the same script against set
74's lines as they stood when this one was finished, unread: highest ratio 0.412 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-72), printed with ast.get_docstring, and
holdout71_lines.py and holdout72_lines.py only for their module docstrings, printed the same way (the file format,
the docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below
the docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be paged
through, nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file,
from the checkout's root). The benchmarks folder was not listed; set 74's file was only checked for existence by its
exact path (test -f, before every run of the script; it did not exist at the first run and existed at every run
after) and only loaded by the similarity script, which never printed its lines. The folder holding the similarity
script was not listed and no file in it was opened; the script was only run, with set 74's file from the second run
on. No slip to report: nothing outside these limits was opened, listed or run. The lines were drafted in the writer's
own temporary folder and written to this file, which the script then read: it printed this set's lines and ratios,
never the dumps' or the partner's lines; it was run at the required floor of 0.49 and then at 0.47, to find the lines
standing just below it. No line is copied from earlier sets or from the training lines: every line's difflib ratio
against every line of the hold-out dump is at most 0.49 (highest 0.468), against every line of the training dump at
most 0.49 (highest 0.466), against set 74 at most 0.49 (highest 0.412), and no two lines of this set exceed 0.49
against each other (highest 0.466).

Twenty-eight lines were rewritten for similarity, seven of them twice and one a third time (thirty-seven rewrites),
each time with new wording, not a synonym swap. In the first pass, on this file alone (set 74's file did not exist
yet), twenty-three stood at 0.49 or more (0.681 at most, a child's maths mark, against the hold-out dump), twenty
against the hold-out dump and three against the training dump (a weather line, 0.667; a legal department's training
notice and a question about an equity lawyer, both 0.520): two positives (a mobile in French number words, 0.538, and
a WeChat id in ASCII codes, 0.505: both may have been used before, so both were dropped, for Vietnamese number words
and for a word's keys on the phone's nine-key pad) and twenty-one negatives (the maths mark, a card bill in
instalments, the credit-repair warning, a broken coffee machine, a fishing trip, a misdelivered parcel, the removed
advertiser, a son coming home to his mother, the bail-tout stickers in the lift, the company 公众号, a
traditional-script family dinner, both English lines, a money-laundering phone call, an annual party's sign-up,
payslips on 钉钉, an enforcement payment's transaction number, the group rule and the three against the training dump).
In the second pass, with set 74's file passed from then on, five at 0.49 or more: a mobile in solfège names (0.647
against set 74, which seems to use a like code: dropped for the colours of the rainbow), and four rewrites of the
first pass again (the legal department's notice, now on sealing contracts through OA, 0.621; the removed advertiser,
0.516; the English line, 0.504; the group rule, 0.500). After a run at 0.49 found none, in the third pass, at 0.47,
eight standing between 0.471 and 0.489: a mobile in superscript digits (0.484; superscripts may have been used
before, so dropped for Gujarati digits), and seven negatives (the printer that replaced the coffee machine, the maths
mark's rewrite, the English line a third time, a flat upstairs done with its renovation, an aunt's IOU sent by
e-mail, the son's visit home, a case meeting moved to ten). In the fourth pass one: the renovation line's rewrite, a
neighbour's dog barking at night (0.700 against the hold-out dump), replaced by a down jacket blown into a flower
bed. A last run at 0.47 found none. Lengths run from 28 to 73 characters for the positives and 14 to 65 for the
negatives. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 73 focuses on legal and money-trouble services sold into groups: lawyers and "legal consultants" touting for
cases (a lawyer taking divorce, debt and injury cases, a firm found on Baidu, a lawyer's 企业微信 for yearly retainers,
divorce lawyers live on 抖音, a custody lawyer on 小红书, an inheritance lawyer on 视频号, a pavilion consultation on
Wednesday evenings, a wife's family-law practice over coffee), debt collection and debt "negotiation" with banks and
platforms (停息挂账 by WeChat, online-loan reductions through a short link, a cousin who talks banks round, a
debt-restructuring adviser on 知乎, bills dropped in a mailbox, IOUs left on a shoe cabinet, collections on commission,
receivables chased nationwide by a 400 line), credit-record "repair" (objections filed through a QQ number, a
tutorial on an 抖音 account, an envelope on the pantry fridge), labour arbitration and unpaid wages (a 公众号 with
document templates, a wage-claim QQ group, a brother-in-law at a law firm for injury claims, names left with the
gatekeeper, a 快手 live stream), contracts and court papers (a contract-review mini-program, review by e-mail, lawyer's
letters on 闲鱼, pleadings on 拼多多), divorce, custody and inheritance advice (divorce agreements drafted, a sister who
handles transfers and inheritance notarisation), traffic-accident claims agents (a 快手 claims agent, a copy of the
accident finding handed to the shop's owner), notarised private loans (a lender meeting at the notary's door), bail
and "getting people out" touts (a tout with a dashed mobile, a cousin's contact met at the convenience store at
nine), company deregistration (a WeChat adviser, a colleague's firm quoting from a copy of the licence) and
unfreezing bank accounts (by WeChat, by a strip torn from a notice at the lift), beside ordinary chat in company work
groups (including an HR and legal department group), a law firm's own staff group, neighbourhood and owners' groups,
family groups, a parents' class group, an alumni group and hobby groups (fishing, badminton, cycling, photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a lawyer with a spaced mobile and his name; 停息挂账
with a WeChat id; credit objections with a QQ number; a wage-claim 公众号 with a word to reply; "微信小程序搜" a
contract-review mini-program; divorce law live on an 抖音号; accident claims with a 快手号 and a live room; online-loan
reductions on a short link, url.cn/…; contract review by e-mail; "闲鱼搜" lawyer's letters; "拼多多搜" a pleadings shop;
"小红书搜" a custody lawyer; company deregistration with "V："; receivables collection on a 400 line with an extension; a
brother-in-law at a law firm with a spaced mobile and "微信同号"; a cousin negotiating with banks with a spaced mobile;
account unfreezing with a WeChat id; a bail tout with a dashed mobile; "视频号搜" an inheritance lawyer; a retainer
through 企业微信 by name; "知乎搜" a brother's debt-restructuring account; "百度搜" a classmate's law firm, the writer's name
for five hundred off; "微博搜" a debt lawyer, IOUs by private message; a wage-claim QQ group's number), 14 moderately,
with disguises the docstrings read do not list (Thai digits ๑๓๙…; Khmer digits ១៥៨…; Arabic-Indic digits ١٨٨…;
Gujarati digits ૧૩૬…; mathematical monospace digits 𝟷𝟹𝟽…; Myanmar digits ၁၅၀…; the homophone 卫星 for 微信; 信 split into
亻言 in 微亻言号; small-capital letters ᴠ and an id in small capitals, ʟᴠsʜɪ_…; Greek νχ for VX; squared letters 🅆🅇 for WX;
a mobile in Vietnamese number words, "một ba tám…"; 快手 written 筷手; 抖音 written 逗音) and 10 heavily, with codes the
docstrings read do not list (a mobile as planets by their distance from the sun, 水星 地球 土星…, the sun as zero; a mobile
as the colours of the rainbow in order, 红 青 紫…, black as zero; a mobile as the hour hand's angle, 30 240 270…, to
divide by thirty; a WeChat id in the NATO alphabet, Zulu Hotel Alfa…; a WeChat id in the Atbash cipher, grmtcr…; a
mobile as the numbers that open idioms, 一帆风顺 三顾茅庐 九牛一毛…; a mobile as the trigrams by their Luo Shu numbers, 坎 中 艮…; a
QQ number as three law articles' numbers run together; a mobile set on an abacus, 下1 下3 上下1…, the upper bead as five;
a mobile as 1 and then a word's letters on the phone's nine-key pad, lawyerhelp) and 12 subtle (an offer with a call
to action only, none quoted by the docstrings read): a practising lawyer in building 3's pavilion on Wednesday at
seven, papers brought along; card bills dropped in building 12's mailbox for a 停息挂账 plan; a kraft envelope on the
pantry fridge for names and overdue platforms; unpaid workers' names left with the gatekeeper for a shared
arbitration; an accident finding's copy handed to the estate shop's owner; a wife's family-law practice at a café's
window table on Saturday; a cousin's contact for detained relatives, met at the convenience store at nine with a
deposit; a licence copy left in the writer's mail slot at the front desk for a deregistration quote; a notarised loan
at a monthly rate, met at the notary's door at nine; a sister fetching children at class 2's door, told "办过户"; a
strip torn from a notice by the lift and brought to the writer's office; IOUs left in a folder on a shoe cabinet at
building 9. About a dozen positives are written the way members casually sell in a group (a brother-in-law at a law
firm, a cousin who negotiates with banks, a brother's debt account, a classmate's firm, a husband who is a lawyer, a
wife's family-law practice, a cousin's bail contacts, a sister's transfer paperwork, a colleague's deregistration
quote, the writer's own loans, the writer's own debt chasing, a neighbour's 停息挂账 plans).

- `POSITIVE_73` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_73` (100 lines): 20 that look dangerous at first sight (the labour hotline 12333 for staff, an opposing
  lawyer's mobile passed to the legal team, court fees paid in the court's official mini-program with a case number,
  a divorce agreement's notary fee, a summons' EMS waybill, the company 公众号's overtime post, accident photos in
  交管12123, the central bank's credit-report site, the court service line 12368, a law firm's new front-desk landline,
  an aunt's IOU sent to a niece's e-mail, an enforcement payment's transaction number, an injury ruling checked in a
  city's social-security 公众号, an opposing lawyer's card passed on for mediation, an outside firm's retainer fee and
  contract number, an inheritance notarial certificate's number, the official judgments site, payslips pushed by HR,
  an insurer's official 95518, the property's own arrears letter); 10 members asking or recommending (an arbitration
  lawyer, negotiating with banks oneself, the district legal-aid centre, a will to notarise, the estate's free
  Thursday consultation, an accident claim, the 12368 line always busy, deregistering a small shop, nominee shares, a
  frozen card); 10 warnings quoting or describing the scam ("花钱洗白征信", "停息挂账，全国协商，无效退款", "法院已立案，加律师微信协商撤诉", "专业捞人", a
  fake procuratorate's money-laundering call, "劳动仲裁包赢，先交三千代理费", "帮你追回被骗的钱，先付10%手续费", "债务优化", "理赔代办，最高多赔五倍",
  "公司注销198全包"); 17 lines with numbers that are not contacts (back pay awarded, the divorce cooling-off period, an
  annual party's acts, a dictation's mistakes, an inherited flat's value, contracts reviewed, the limitation period,
  a badminton session's court fee, an injury grade, a renovation loan's real rate, a step count, cured pork in the
  post, parking fees, books given to the old school, hearings and months of a case, a winter morning's temperature,
  overtime hours); 7 organisers' and admins' own notices (a group rule banning rights-defence agents',
  debt-collection and credit-repair ads, a removed account that pushed debt "上岸" courses, the legal department's rule
  on lawyer's letters, a police talk on fraud at a class meeting, the law school's alumni day, the estate's free
  legal adviser at the property centre, a fishing group's Sunday outing); 27 lines of everyday chat (some about the
  members' own cases, arbitration, inheritance and debts, and a trainee's first hearing in the law firm's staff
  group); 5 heated arguments without any selling (a loan to a sister unpaid for two years, water cut off by the
  property, a divorce fought in the family group, unpaid overtime, a scraped car); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_73 = """
离婚、欠款、工伤这些官司我都接，张律师 139 2817 4406，第一次电话咨询不收费
信用卡和网贷逾期的别硬扛，能谈停息挂账分60期还，加微信 tingxi_lao8 详聊
征信上有逾期记录的，我们有渠道做异议申诉，成功再收费，QQ 3026617495
被老板拖工资的关注公众号“打工人讨薪站”，后台回复“仲裁”领文书模板，代写一份99
微信小程序搜“律帮问答”，上传合同，执业律师两小时内给审查意见，一份39元
抖音号 hunyin_lvshi_chen，每晚八点直播讲离婚房产怎么分，连麦一对一解答
交通事故理赔找我，伤残鉴定到赔偿全程代办，快手号 lipei88kuai，直播间天天在
网贷能减免多少利息，点这个链接填一下就知道 url.cn/5xYtQz，专人协商
公司合同审查、劳动合同模板定制，需求发邮箱 hr_fawu2026@126.com，当天报价
闲鱼搜“老周律师函”，律师函代发，三百一封，催欠款特别管用
拼多多搜“诉状代写小铺”，起诉状答辩状48元起，包修改到满意
小红书搜“抚养权律师林姐”，争孩子抚养权的案子我做了八年了
公司注销、税务异常、执照吊销都能处理，V：zhuxiao_fast 报价不套路
专业清收企业应收账款，全国上门，400-860-3172 转 2，回款后再收费
我小舅子在律所做劳动纠纷，工伤赔偿一直打不下来的可以找他 137 0921 5538 微信同号
我表姐专门帮人跟银行谈分期，信用卡欠十几万的都谈下来了，她电话 158 3396 0712
银行卡被冻结了别急，涉案冻结、司法冻结都能协助解，微信 jiedong_zhuanban
家里有人被抓的，取保候审找我，公安检察都熟，电话 186-1029-4733
视频号搜“继承律师老方”，遗嘱、房产继承、赡养纠纷，每周二晚直播答疑
企业微信加“律师顾问孙敏”，常年法律顾问一年六千八，劳动仲裁全包
知乎搜“债务重组顾问阿杰”，我哥的号，负债二十万以上的私信他要方案
百度搜“恒正律师事务所”，我老同学开的，打官网热线提我名字少收五百
微博搜“讨债律师老韩”，关注后把欠条照片私信过去，先评估再报价
工友们，讨薪QQ群 732054186 进来一起维权，进群免费帮写仲裁申请
欠款催收找我，手机 ๑๓๙ ๒๘๐๔ ๖๑๗๓，钱收回来再分成
征信修复咨询，逾期呆账都能处理：១៥៨ ៣៣០៧ ៩២៤៦
我老公是执业律师，离婚官司可以找他 ١٨٨ ٠٢٧٣ ٥٩١٤，自家人打折
停息挂账一次帮你把五家银行都谈下来，电话 ૧૩૬ ૫૫૦૮ ૨૯૭૧
劳动仲裁代理，不成功不收费，𝟷𝟹𝟽 𝟶𝟺𝟸𝟾 𝟼𝟷𝟿𝟻 找刘老师
交通事故理赔代办，误工费护理费一分不少：၁၅၀ ၆၆၂၁ ၃၀၈၄
公司注销、吊销转注销，加我卫星：zhuxiao_guwen，三周办完
欠薪仲裁文书代写，一份八十，微亻言号 taoxin_wenshu
离婚协议和财产分割方案代拟，加ᴠ：ʟᴠsʜɪ_ʜᴜᴀɴɢ，当天出稿
银行卡解冻协助，公检法流程都熟，νχ：jiedong_lin88
网贷协商减免，全国平台都能谈，🅆🅇：zhaiwu_tan66
打离婚官司的来问，号码我用越南话报：một ba tám không sáu một hai bốn bảy chín năm
讨薪的兄弟来筷手搜“老杨讨薪”，每晚直播教你怎么申请仲裁
征信异议申诉教程在逗音号 zhengxin_ye，跟着做，搞不定我帮你代办
手机号按离太阳的远近数，太阳算零：水星 地球 土星 金星 太阳 火星 海王星 木星 冥王星 水星 天王星，债务协商找我
取保咨询电话按彩虹的颜色排，黑算零：红 青 紫 黑 黄 橙 蓝 红 绿 橙 紫
事故理赔代办，号码是时针角度除以三十：30 240 270 60 150 0 90 120 210 30 180
催收业务微信用北约字母念：Zulu Hotel Alfa India Whiskey Uniform，后面加66
停息挂账顾问微信：grmtcr88，每个字母换成字母表倒过来同位置的那个
劳动仲裁找我，电话取每个成语打头的数：一帆风顺 三顾茅庐 九牛一毛 五湖四海 八面玲珑 二话不说 零敲碎打 六神无主 一鸣惊人 四面楚歌 七上八下
继承纠纷咨询，号码按洛书九宫：坎 中 艮 震 兑 坤 乾 巽 离 坎 艮
Q号是三条法条的序号连着写：劳动合同法第82条、民法典第1079条、刑法第238条，找我写诉状
公司注销电话拨算盘，上珠顶五：下1 下3 上下1 空 上下2 下4 上下4 上 下3 上下1 下2
讨薪律师的手机，1开头，后面是 lawyerhelp 这十个字母在九宫格键盘上的键
我是执业律师，离婚和抚养权想咨询的，周三晚七点我在3号楼下凉亭，材料带来先看，正式代理再谈费用
信用卡逾期的邻居，把账单复印件塞进12栋1102的信箱，三天内给你出停息挂账方案，谈成收服务费
征信花了想洗白的，茶水间冰箱上贴了个牛皮信封，写上名字和逾期平台丢进去，我下班统一收
欠薪的工友在门卫老刘那儿留个名字和欠了几个月，我统一代理仲裁，拿回钱抽一成
车祸被保险公司压价的，把事故认定书复印一份交给小区超市老板娘，我帮你谈，多要回的分我三成
我爱人做婚姻家事律师，周六下午在南门咖啡馆二楼靠窗那桌，咖啡她请，正式委托另算
家里人被拘的别慌，我表哥在那边认识人，今晚九点楼下便利店门口等，带身份证复印件和两万定金
开公司的同事，要注销或者账户被冻的，营业执照复印件放前台我那格信件柜，我拿去事务所报打包价
急用钱的找我借，借条去公证处做公证，月息一分五，明早九点公证处门口碰头，带上户口本
老人房子过户、继承公证我姐全包，她天天在二班门口接孩子，跟她说“办过户”她就明白
银行卡被冻的，一楼电梯口贴了张A4纸，撕一条下面的小票，周末拿着来我办公室，一张卡六百
收不回来的欠款，欠条原件装文件袋放9栋402门口鞋柜上，三个月要回来收三成，要不回来分文不取
"""

NEGATIVE_73 = """
劳动仲裁的政策问题打 12333 转人工，员工来问就让他们直接打这个
对方代理律师手机 139 1107 8824，明早开庭前让法务小陈跟他核一遍证据目录
诉讼费已经在“人民法院在线服务”小程序交了，案号（2026）沪0115民初18832号
离婚协议公证费一共花了680，发票我收着，回头给你看
EMS单号 1107 3325 8890 2，法院传票寄出去了，当事人那边注意查收
咱们“启衡科技”公众号这周推的是加班规定解读，HR让每人都读一遍
交通事故快处快赔用“交管12123”上传照片就行，不用在路中间等交警
征信报告去人民银行征信中心官网查，一年两次免费，不用找任何中介
12368是法院的诉讼服务热线，查自己案件进度打这个就行
律所前台座机改成 0571-8702 2256 了，客户来电记得转到我分机 806
姑妈，那张借条正反面拍清楚，发到我邮箱 xiaomei_wang@163.com，我晚上帮你看
那个买卖合同案的执行款今天到账，一共21.6万，流水号20261124153006718
“上海人社”公众号里能查工伤认定进度，小李你自己先查查看
对方律师的名片我拍给你了，王建国，电话 136 0098 4421，调解就找他对接
这个月给外包律所付的顾问费是12000，合同编号 FW-2026-037，付款申请已提
我妈那套房的继承公证办完了，公证书编号（2026）京长安内民证字第4417号
中国裁判文书网上输案号就能看判决书，别花钱找人买
十一月的工资条人事已经推送了，个税专项扣除有变化的自己核一下
车险报案打保险公司官方客服 95518，别打路边电线杆上贴的号码
物业费催缴函确实是我们物业发的，编号 WY20261103，有疑问来物业办公室核对
有没有靠谱的劳动仲裁律师推荐？公司三个月没给我交社保了
想问下大家，停息挂账自己跟银行谈能谈下来吗，还是一定得找中介
帮我姐打离婚官司的是区法律援助中心的律师，不收钱还挺尽心，可以先去那问问
谁知道遗嘱要不要公证才算有效？我爸想趁身体好先立一份
推荐社区每周四的免费法律咨询，我上回去问了租房押金的事，讲得很清楚
交通事故对方全责，理赔是自己跟保险公司谈好还是请律师好？
有人用过12368查案子进度吗？我打了两次都是占线
公司注销一般要多久？有经验的说一下，我们那个小店准备关了
我们几个合伙开工作室，谁对股权代持懂一点？想先弄明白再去找律师
工行的卡莫名其妙被冻了，有人遇到过吗，柜台说要去派出所开证明
群里转的那个“花钱洗白征信”别碰，逾期记录按规定保留五年，谁也删不掉
“停息挂账，全国协商，无效退款”这种广告别信，收了前期费就拉黑你
警惕冒充律师的：“法院已立案，加律师微信协商撤诉”，正规法院不会这样通知
楼道里有人塞“专业捞人”的卡片，我拍照报给派出所了，上面的号大家别打
我妈接到个“检察院”来电，说她卡涉嫌洗钱，要她去宾馆开房视频，吓死我了
看到短信“劳动仲裁包赢，先交三千代理费”别理，我同事交了钱人就找不到了
提醒爸妈：“帮你追回被骗的钱，先付10%手续费”的全是二次诈骗
所谓“债务优化”就是骗你借新还旧，利息更高，大家别上当
车祸后医院门口有人发“理赔代办，最高多赔五倍”的卡片，基本都是黄牛
网上“公司注销198全包”的，最后都是让你加钱，还把你的执照信息卖了
仲裁裁决下来了，公司要补发三个月工资，共计27600元
离婚冷静期30天，从11月3号开始算，到12月3号
年会节目报了9个，主持人还空一个名额，谁来
女儿听写错了3个字，罚抄的时候还跟我讲条件
老家那套继承的房子评估价185万，四个兄妹平分
法务部这周一共审了47份合同，比上周多了12份
诉讼时效一般是3年，你那笔钱是2022年借出去的，要抓紧
今天羽毛球打了2个半小时，场地费每人35
鉴定结果是十级伤残，赔偿系数按10%算
那笔装修贷我仔细算了，实际年化快到14%，比合同上写的高一截
今天步数23081，腿要断了
老家的腊肉寄了5斤过来，明天应该能到
小区停车费从每月300涨到350，业委会说明天开会讨论
校友会今年一共捐了120本书给母校图书馆
这个案子开了4次庭，拖了整整18个月才判下来
楼下温度计显示零下3度，孩子们上学多穿点
本月加班累计36小时，超出上限的部分要走调休
提醒一下：业主群不接受任何代理维权、讨债、修征信的推广，发一次警告，两次移出
有群友反映被人私聊推“上岸课”，那个号我已经请出群了，截图大家留着以防万一
法务部提醒：本月起外发的律师函都得先过部门负责人签字，再去盖章
家长们好，下周二班会请了派出所民警讲防诈骗，欢迎有空的家长来旁听
校友会通知：12月6日法学院返校日，签到在明德楼一楼大厅
物业通知：本周六上午社区法律顾问在物业服务中心驻点答疑，免费
钓鱼群活动：周日早上六点水库集合，饵料自带，下雨就取消
所里新来的实习律师今天第一次出庭，紧张得手一直在抖
明早的案件讨论会推到十点了，王主任刚在走廊里说的
今天帮当事人整理证据到晚上十一点，咖啡喝了四杯
下午开完庭在法院门口吃了碗牛肉面，味道一般般
我们部门的劳动合同模板终于全部更新完了，大家松口气
小区南门那家面包店关门了，好可惜，他家的肉松包最好吃
老妈，冬至我和小周一起回来，饺子馅我们自己带
宝贝今天在学校有没有好好吃饭？老师说他午睡一直在说话
昨晚阳台晾的羽绒服被风刮进楼下花坛了，早上才捡回来
还记得当年宿舍楼下那棵大槐树吗，前两天回去看，已经被砍了
周末骑行路线我看了，太湖那边风景不错，就是风大
我爸说继承的事他想好了，房子留给我弟，我没意见
信用卡我已经全部还清了，以后再也不分期了
今天仲裁庭上对方代理人迟到了二十分钟，仲裁员脸都黑了
刚看完《第二十条》，讲正当防卫的，挺值得一看
北风刮了一整夜，早上推楼道门差点被吹回去
谁家的顺丰放在我门口鞋架上了，收件人姓周，快来拿
法考成绩出来了，我过了！谢谢大家一年来的鼓励
文印室的复印机又罢工了，谁有钥匙开一下后盖，卷宗还没印完
我姑姑离婚后搬回老家了，现在种了一小块菜地，挺自在
孩子的手工作业做完了，一个纸板城堡，做到半夜
周日野钓谁还去？我车能再坐两个人，油钱不用给
同事借我的五百块今天还了，还顺手给我带了杯奶茶
合同纠纷那个案子调解成了，双方都签了字
爷爷今天去社区学了怎么用智能手机打视频
我们律所楼下新开了一家面馆，中午一起去试试？
摄影群这周的片子今天交一下，主题是初冬
你借我妹的钱拖了两年了，还好意思说是情分？再不还我们就起诉
物业凭什么停我家的水？就算欠费也得走程序，你们这是违法
离婚是你自己要离的，孩子跟谁过法院说了算，少在家族群里骂人
加班费一分不给还说是自愿加班？劳动法写得清清楚楚，别糊弄人
车是你蹭的，监控都拍到了，还嘴硬说没碰到？
Is a handwritten IOU enough, or should we get it notarised first?
The judge asked both sides to file closing statements by Friday.
我哥的勞動仲裁終於判下來了，公司要賠兩個月工資
外公的八十大壽定在下個月初，大家先把時間空出來
"""
