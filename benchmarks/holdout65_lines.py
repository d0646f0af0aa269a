"""Hold-out set 65 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 19 on 2026-11-25, after sets 1-64 (see holdout_data.py; sets 63 and 64 were studied in this
session), at the same time as set 66 (written by another helper; this set was checked by the same script against set
66's lines as they stood when this one was finished, unread: highest ratio 0.453 at the end), and kept unscored until it
is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or
detection doc, opened nothing under src/, tests/ or docs/ (nor .ci/), imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (bench_holdout.py or any other benchmark included); holdout_data.py
was opened only for its module docstring (the labelling rules and the history and topics of sets 1-64), printed with
ast.get_docstring, and holdout63_lines.py and holdout64_lines.py only for their module docstrings, printed the same way
(the file format, the docstring style and the disguises and calls already used, to avoid repeating them; their lines
and the code below holdout_data.py's docstring were not read; the three docstrings were saved to the writer's own
temporary folder to be paged through, nothing else in them). pyproject.toml was not opened (ruff format and ruff check
were only run on this file, from the checkout's root). The benchmarks folder was not listed; set 66's file was only
checked for existence by its exact path (test -f) and only loaded by the similarity script, which never printed its
lines. The folder holding the similarity script was not listed and no file in it was opened; the script was only run
(once by mistake with --help, which it took for a file name: its traceback showed two lines of its own code, the
reading of the file given, nothing of the dumps). The two dumps (every line of the earlier hold-out sets, every training
line) were only read by the script, which printed this set's lines and ratios, never theirs or the partner's; it was
run at --floor 0.49 and also at 0.47, to find the lines standing just below the threshold. No line is copied from
earlier sets or from the training lines: every line's difflib ratio against every line of the hold-out dump is at most
0.49 (highest 0.471), against every training line at most 0.49 (highest 0.462), against set 66 at most 0.49 (highest
0.453), and no two lines of this set exceed 0.49 against each other (highest 0.412).

Forty-four lines were rewritten, six of them twice (fifty rewrites), each time with new wording, not a synonym swap.
In the first pass forty-two, all standing at 0.485 or more in the first run (0.867 at most, a weekend hike), against
the hold-out dump, the training dump or set 66 (set 66 had, written in parallel, lines close to this set's canteen,
meme, train-seat, water-cut, exam-mark, ginkgo, noodle-shop, overtime, step-count and electricity lines and two of its
puzzles); among them three heavy positives whose codes stood close to earlier lines or set 66's (a number sung in
numbered musical notation, one in chemical elements' atomic numbers and one in the first characters of idioms),
replaced by other codes. In the second pass five: three of the new lines again above 0.49 (a coffee machine, a
traditional-script line and English month abbreviations as a code, 0.625, replaced by Maya numerals) and two just under
it (a parcel-station code at 0.483, the 卫星 line at 0.476). In the third pass three: the Greek-letter code made to
follow the alphabet as its instruction says, a weekday code made heavier (Japanese 曜日 names) and the solar-term code
called a mobile number (it is one), for reading and label only. The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 65 focuses on insurance of every kind sold into groups: car insurance renewals (交强险 and commercial cover, fuel
cards and car-wash coupons, an agent for out-of-town plates, a white van in the car park), claims agents and
claims-settlement fixers (a husband who has handled claims for years, appeals against refusals on a no-win-no-fee
basis, a tea-house table on Sunday afternoons), critical-illness, medical and 'million medical' policies (重疾, 百万医疗,
防癌险 for the elderly, high-end and overseas medical cover), city health plans (惠民保 paid for older neighbours), life,
annuities and 'savings' policies (增额终身寿, education annuities, pension gaps), travel insurance (Schengen visas,
skiing and diving), pet insurance (cats and dogs, a corgi on a walk), property and home insurance (家财险, burst pipes),
school and accident cover (学平险, e-bike cover, family accident cover), agents recruiting team members and insurers
hiring staff, and free policy check-ups, beside ordinary chat in company work groups, neighbourhood and owners' groups,
family groups, a parents' class group, an alumni group, a store's VIP customer group, a chamber of commerce and hobby
groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (a mobile with a name; a WeChat id with the estate
as the note; “Q我” with a number; an old people's 惠民保 with “打我电话”; “淘宝搜” a shop; “V：” with an id; a 微信号; a
husband's mobile; “需要的私我”; an e-mail for CVs; a 400 hotline; an 抖音号 with a live stream; a mini-program to search
in WeChat; a mobile that is also the WeChat id; a link to fill in; a sister's wx id; “拼多多搜店铺”; “小红书搜”; a 钉钉号;
an Outlook address; a 公众号 with a word to reply; a QQ group; an e-bike cover with a mobile; a Hangzhou landline with a
contact's name) and 14 moderately, with disguises the docstrings read do not list (卫星号 for 微信号; the split characters
亻呆 for 保 and 力口 for 加; superscript digits ¹⁸⁶…; subscript digits ₁₅₃…; WeChat in bopomofo, ㄨㄟˊ ㄒㄧㄣˋ; an id in
small capitals, ᴡᴇɪxɪɴ：ᴢᴇɴɢᴇ…; an id printed upside down; 📕 for 小红书; mathematical monospace digits 𝟷𝟹𝟽…; a mobile
spread over words, a prefix in Chinese numerals, a birthday and a last four; Arabic and Chinese digits alternating,
1五8零…; 球球号 for a QQ number; the homophone 丝我 for 私我; the letters l and O standing for 1 and 0) and 10 heavily,
with codes the docstrings read do not list (Maya numerals 𝋡𝋣𝋩…; Japanese weekday names, 月水金日…, 日曜 as zero; 13
followed by π's first nine decimals; playing cards, ♠A ♥3…, 10 as zero; Thai digits ๑๕๙…; a WeChat id in base64; Greek
letters in alphabet order, ο as zero; the solar terms in order, 立春 one and 夏至 zero; a riddle, 158 then the months
in a year, hours in a day, minutes in an hour, days in a week and a triangle's sides; Eastern Arabic digits ١٨٣…) and
12 subtle (an offer with a call to action only, none quoted by the docstrings read): a policy check-up at the estate's
east-gate pavilion on Saturday morning; after the meeting, sit at the writer's desk on the third floor; a cousin's car
insurance, “群里吱一声”; 惠民保 paid by the writer after dinner by the square dancers; a white van marked 车险 at the B2
entrance; a man in an orange jacket walking a corgi; a pension talk on Wednesday evening in the community room; a
claims fixer at a tea house's window table; a team's recruitment over coffee at the estate's gate; travel cover
arranged before the next badminton session; a child's name on a slip pushed under the writer's door; 增额寿 after the
parents' meeting at the school gate. About a dozen positives are written the way members casually sell in a group (a
husband's claims work, a sister's group policies, a cousin's renewals, old neighbours' 惠民保, and most subtle lines).

- `POSITIVE_65` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_65` (100 lines): 20 that look dangerous at first sight (a group accident policy's number in the group
  files, an HR colleague's mobile passed on for check-ups and group cover, the school's official account on 学平险, a
  claim paid out and passed to the garage, a surrender refund, the official 医保 mini-program, 惠民保 on the 医保局's
  site, pet cover bought on 淘宝, a new social-security card, an insurer's 95 number checked, a waybill for a paper
  policy, the estate's liability cover renewed, an invoice number, 122 before the insurer, a charger sold on 闲鱼, a
  colleague's 钉钉 id for onboarding papers, a printed travel policy for a visa, a claim form in 企业微信, a vaccine
  queue number, a car insurance quote posted for advice); 10 members asking or recommending (million medical with
  惠民保, a child seat to borrow, cancer cover for a father, a claims adviser, a vet, travel cover for the elderly,
  out-of-town 医保 filing, a suitcase, a leak from upstairs, annuities against deposits); 10 warnings quoting or
  describing the scam (a 医保 “re-authentication” text, an “auto-debit” call, “零元保百万”, fake renewals with fuel cards,
  a fake 学平险 payment link, “全额退保” agents, “内部渠道” claims, “九块九” pet cover, “保单升级” aimed at the elderly,
  “返现金” pension schemes); 17 lines with numbers that are not contacts (a check-up report number, a child's height, a
  shoe size, a 医保 account balance, a holiday rota, a listening test's marks, a safety talk's time and hall, a
  parcel-station code, a briefing's time and room, a Tencent meeting id, taxi expenses, a quarter's claim files, a
  parcel locker's door, two flats' numbers and a leak, a gas bill, a sleep tracker, a car-park space's leak); 7
  organisers' and admins' own notices (a group rule banning insurance, car insurance, wealth and rebate pushes, a
  removed account that pushed critical-illness quotes, a fire drill, an owners' vote on lifts, a store's anniversary
  gift, a chamber's election, an alumni return day); 27 lines of everyday chat (some about the members' own policies);
  5 heated arguments without any selling (accounts, e-bikes in the lift, a taken parking space, lateness, a party at
  2 a.m.); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_65 = """
车险快到期的邻居看过来，续保比4S店报价低两三百，交强险商业险一起办，电话13958207716，王姐
百万医疗一年才几百块，住院自费药也能报，想给爸妈配的加我微信 ljy_baozhang，备注小区名
本人做重疾险八年，只讲条款不忽悠，有疑问的可以Q我：2865710394
惠民保今年截止到月底，不会在手机上弄的老人我可以上门帮填，打我电话 18736620495
宠物险了解一下，猫狗看病最高报八成，淘宝搜“毛孩子保障屋”
出境游的朋友，旅游险按天买，申根签证用的保单当天出，V：travel_bx_lin
给孩子存教育金的可以看看这款年金，复利写进合同，详细演示发你，微信号 hezhi0512
我老公做车险理赔十几年了，出险不知道怎么弄的、被压价的都可以找他，手机 15190473328
家财险一年一百多，水管爆了殃及楼下也能赔，需要的私我
团队缺两个内勤加三个外勤，没做过保险也带，简历投递 joinus_bx@163.com
拒赔、少赔的案子我们专业代理申诉，不成功不收费，咨询热线 400-886-7352
老人防癌险七十五岁前都能投保，每晚八点我在抖音直播讲条款，号是 baoxian_laozhou
今年车险续保返油卡加洗车券，在这个小程序下单：微信搜“安行续保”
增额终身寿、储蓄险，存十年稳稳的，不比存银行差，咨询王经理 13662195087，微信就是这个号
学平险开始续了，幼儿园小学都能上，一年八十，点 https://bx.kdzhan.cn/xpx 填孩子信息就行
我妹在保险公司做内勤，意外险团单能拿到内部价，要的加她 wx：xiaomei_2218
小区业主福利：家庭意外险全家一份九十九，拼多多搜店铺“邻安保”就能下单
旅游险、滑雪险、潜水险都能配，小红书搜“保保出行记”，主页有报价
车险代办，外地牌照也能做，钉钉号 qzbx1188
高端医疗、海外医疗险咨询，企业团险也做，邮箱 hmedical_cn@outlook.com
想了解养老年金的朋友，可以关注公众号“老李讲保单”，回复“年金”领测算表
有需要做保单体检的，免费帮你梳理家里所有保单，QQ群 583126470 进群领模板
电动车险一年三十，骑车撞了人也管，电话 17728406631，我统一给大家办
保险公司招聘续期专员，周末双休，坐班就行，意向者电话 0571-86452217 联系人刘女士
车险今年续保找我，价格比去年低，卫星号 chexian_zhao88 ，备注一下群名
亻呆险规划免费做，想了解的力口我，号是 yuanbao_7703
惠民保代缴，老人不会弄的找我，手机¹⁸⁶ ²⁰⁷⁵ ⁴³¹⁹
狗子的医疗险我这有，电话写小字了：₁₅₃ ₈₂₀₆ ₆₁₇₄
旅游险当天出单，ㄨㄟˊ ㄒㄧㄣˋ：trip_anxin
增额寿锁定利率，倒计时最后一周，ᴡᴇɪxɪɴ：ᴢᴇɴɢᴇ_ʟɪᴜ
理赔疑难找我，微信倒过来看：ǝɥ‾ƃuɐɥɔᴉǝd
养老金怎么规划，我在📕上写了一系列，搜「退休前的阿秀」
团险报价找我，𝟷𝟹𝟽 𝟼𝟸𝟶𝟾 𝟺𝟷𝟿𝟻
招代理人，想加入的打给我：开头一八九，接着是我生日0627，最后四位4513
车险理赔代办，1五8零2六4七3九1
重疾百万医疗都能配，球球号 3927741065
要配重疾的朋友丝我，免费出方案
意外险一年一百，小孩老人都能买，号码 l38O5l7l4O2
车险续保找我，手机号写成玛雅数字了，自己查着对：𝋡𝋣𝋩 𝋥𝋢𝋠𝋧 𝋨𝋤𝋡𝋦
年金险咨询，电话按日历上的曜日排，月曜是一，日曜算零：月水金日火土木月金土火
惠民保代办电话：13开头，后面九位是圆周率小数点后九位
扑克牌念号码，10当零：♠A ♥3 ♣9 ♦5 ♠2 ♥10 ♣8 ♦7 ♠A ♥4 ♣6，家财险找我
宠物险微信就是手机号：๑๕๙ ๒๓๘๐ ๔๗๖๑
微信号用base64编过了，解一下：YnhsaXUyMDI2，重疾险方案免费做
电话用希腊字母数，α是1依次往后，ο当0：α γ θ ι ε β ο η δ α ζ
手机号按节气顺序排，立春是一，夏至当零：立春 芒种 清明 惊蛰 谷雨 夏至 小满 雨水 立夏 春分 立春，重疾理赔协助找我
想配意外险的号码猜一猜：158开头，接着是一年几个月、一天几小时、一小时几分钟、一周几天、三角形几条边
团险报价加微信，号：١٨٣ ٥٠٢٧ ٦٤٩١
周六上午九点我在小区东门凉亭，帮大家免费看保单、算保额，带上保单原件来就行
散会后想了解重疾险的，直接到三楼我工位坐一坐，五分钟讲清楚
我表哥在保险公司做车险十几年，今年续保能多给点优惠，谁家车险快到期了群里吱一声
惠民保我这里能代交，今年一人六十九，晚饭后我在跳广场舞那边，带身份证过来找我
地下车库B2入口那辆贴着“车险”字样的白色面包车就是我，续保报价随时过来问
遛狗时看见穿橙色冲锋衣牵柯基的就是我，宠物医疗险一年一百出头，现场给你算
养老金缺口怎么补，下周三晚七点社区活动室我来讲，到场的每家现场帮测算
理赔被拒的先别放弃，这种案子我经手过几十单，周日下午我在老街茶楼二楼靠窗那桌
我们团队在扩招，时间自由收入看自己，明天下午三点小区门口咖啡店，我请大家喝一杯聊聊
出国玩要买旅游险的，下次羽毛球活动前提醒我一声，当场帮你出单，比网上便宜
想给孩子配学平险的，把孩子名字写张纸条塞我家门缝，我统一办了再挨家送回执
储蓄型的增额寿这个月最后一批，利率下个月就降，家长会结束后我在校门口等大家
"""

NEGATIVE_65 = """
公司团体意外险已经续好了，保单号 GT2026110835721 放在群文件里，出险找行政
人事小赵的手机 13807716254，下周体检和团险的事都找她，我先转给大家
学校官方公众号发了学平险的说明，自愿参加，家长别听外面推销的
车险理赔款到账了，4863元，修理厂那边我已经转过去了
退保的钱退回来了，扣了手续费，到手两千一百三，跟你们说一下结果
医保电子凭证在微信里就能激活，搜“国家医保服务平台”小程序，我妈刚弄好
惠民保是市医保局和几家公司一起推的，医保局网站上能查到，别点陌生链接
我在淘宝买的宠物险是平台自带的，感觉挺方便，不过狗没生过病还没用上
社保卡换了新的，老卡里的钱银行说会自动转过去
保险公司客服95开头的号打来说回访，我核对了确实是官方号码
快递单号 YT7391264058836 是保险公司寄来的纸质保单，谁帮我在驿站取一下
物业刚说小区公共责任险续保了，费用从公共收益出，账目贴在公告栏
报销单上要写发票号 04417826，行政说漏了就打不了款
出险的时候记得先拨122再打保险公司电话，别私了
我在闲鱼卖了一个旧车载充电器，买家非让我走平台担保，也行
小王的钉钉是 wangxiao_hr，入职资料不全的直接钉他，别在群里发身份证
签证中心要的旅游险保单我打印好了，英文版，放在你桌上了
团险的理赔申请表下载地址在企业微信工作台，别去百度搜
孩子的疫苗本在社区医院补登了，号码牌是B027
车险报价单截图我发群里是想让大家帮我看看哪项贵了，不是打广告哈
有没有人知道百万医疗和惠民保能不能一起报？
谁家有儿童汽车安全座椅闲置的，借我用两周，回老家开车
想给我爸买个防癌险，他六十八了还有高血压，有懂行的说说哪种靠谱吗
求推荐一个靠谱的车险理赔咨询，撞了别人的车，对方要价太高
谁有宠物医院推荐，我家猫老吐，离小区近一点的
出国带老人玩，旅游险大家一般在哪里买的
有没有人去过医保大厅办异地备案，要带什么材料
借个行李箱，二十四寸的就行，下周出差
家里楼上漏水把我家天花板泡了，这种是找楼上还是找物业啊，有经历过的吗
年金险和存大额存单到底哪个划算，有研究过的姐妹吗
社区提醒：有短信自称“医保账户异常需重新认证”，附带网址，正规部门不会这样发
我妈接到电话说“您有一份保险到期自动扣费，需要取消请加客服”，差点转账，大家提醒家里老人
什么“零元保百万，只需扫码领取”的，最后都是让你开通自动续费，群里别转了
车险续保的时候有人打电话说“打八折还送加油卡”，结果保单是假的，出了险才发现
有人在家长群发“学平险统一缴费链接”，老师说学校从来不收这个钱，是骗子
说能帮你“全额退保，不扣一分钱”的，都是代理退保黑产，收你三成手续费还可能害你没了保障
朋友圈那种“保险理赔内部渠道，拒赔也能赔”的千万别信，我同事被骗了八千
注意：“宠物保险年费九块九”的弹窗广告，点进去要填银行卡，是钓鱼
最近有人冒充保险公司说“保单升级送重疾”，让老人去取钱，社区民警都来提醒了
别信“买养老保险返现金”那种，所谓高息都是假的，跑路了钱就没了
周四下午三点，二楼小会议室，讲新一年团体补充医疗怎么报，别迟到
体检报告编号 2611250437，拿这个在自助机上打印
上个月出差打车 426 元，票据贴好交给小陈了
腾讯会议 917-448-203，入会名改成部门加姓名
驿站短信给的码 8-2-4416，我翻遍三排货架都没找着
我家住12栋1503，楼上1603漏水已经报物业了
这个季度部门收到的理赔资料一共 47 份，退回补件的有 9 份
快递柜格口 C-19 的门卡住了，谁路过帮我拍一下
孩子的鞋又小了，现在穿34码，上个月才买的33
孩子身高这学期长了3.5厘米，现在一米四二了
手环说我昨晚深睡只有四十七分钟，难怪今天犯困
地下二层117号车位顶上漏水，车顶全是泥点子
儿子英语听力这次只错了两道，四十分拿了三十六
下周二下午三点二楼报告厅开防溺水安全讲座，每班来两位家长
元旦值班排好了：一号我，二号老周，三号小何，有冲突自己私下换
燃气费一下缴了五百，冬天热水器太费气了
我的医保个人账户今年还剩 1372 元，年底不清零吧
群规第三条：保险、车险、理财、返利这几类一律不许推，谁推谁出去
管理员说明：昵称叫“健康顾问”那位天天推重疾测算，已请出本群，别回他消息
物业提醒：本周六上午给地库做消防演练，烟感会响，大家别慌
本周六业主大会表决电梯加装方案，请每户派一名代表到场
周年店庆那天凭会员卡来店里领一袋小米，数量有限
商会换届选举安排在下月第二个周六，候选人名单明天公示
校友会二十周年返校日报名截止到本月底，表格在群公告
一夜之间从二十度跌到三度，羽绒服都没来得及翻出来
办公室那盆绿萝不知被谁浇了可乐，叶子全黄了
会议室沙发上有个保温杯，粉色带贴纸，谁的领走一下
我家孩子终于学会骑自行车了，摔了好几次
周日谁跟我去西山拍红叶，七点半地铁口集合，自带点干粮
对面那家螺蛳粉开业了，整条走廊都是味儿
救命，这个猫猫表情包我要偷走了🤣
楼下那棵老柿子树今年结得特别多，挂满了没人摘
这个月第四次通宵改方案了，头发掉了一把
我妈又给我寄了一箱腌菜，吃不完
老张退休了，下个月请大家吃饭
家长们记得明天带跳绳，体育课要测
早上公交司机一脚急刹，我豆浆洒了一身
我家狗今天把沙发咬了个洞，气死
谢谢大家帮忙找到了钥匙，原来掉在花坛边
今年过年打算回老家，票还没抢到
羽毛球馆换老板了，场地费涨了五块，穿线还是那个老师傅
生日快乐呀小李🎂
我爸住院那几天，多亏邻居帮忙照看
打疫苗的队排得好长，带孩子去要趁早
晚上谁有空一起打两把牌
新来的小伙子做PPT是真有一手，配色比我强多了
这雾霾，口罩又得戴起来了
车险到期了，今年打算自己在官方App上续，懒得比价了
我去年买了个百万医疗，今年住院报了一大半，真没白买
保险这东西，年轻时不觉得，有了孩子才开始研究
刚给猫办了疫苗本，医生说明年再打一针
你要觉得我算错了就拿账本出来对，别在这含沙射影的
说了多少次电动车别推进电梯，你家是听不懂人话吗
你车天天占我车位，再这样我就叫拖车了
每次开会都你最晚到，还好意思说别人效率低？
半夜两点还在楼上蹦迪，明天我就去物业投诉你
My landlord says renters' insurance isn't required here, is that true?
Heads up, the office is closed on the 1st, enjoy the long weekend.
外婆說冬至要回家吃湯圓，誰都不許請假
我阿嬤的醫療保險理賠終於下來了，謝謝大家關心
"""
