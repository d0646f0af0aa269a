"""Hold-out set 34 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-32 (see holdout_data.py), at the same time as set 33 (written by another helper; this set
was checked against set 33's file as it stood when this one was finished: highest ratio 0.444). The writer
read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened
nothing under src/, tests/ or docs/, ran no detector on these lines and did not run bench_holdout.py or any
other benchmark; holdout_data.py (lines 1-160, its docstring) was opened only for the labelling rules and the
history of earlier sets, and holdout31_lines.py and holdout32_lines.py only for the file format and their
docstrings' topic lists and calls (to avoid repeating them; their lines were not read, except that a grep for
the file's layout showed five of set 32's lines in passing). The two dumps (earlier hold-out lines, training
lines) were only read by a similarity script, never line by line. No line is copied from earlier sets or from
the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round)
against every line of the earlier hold-out sets' dump and of the training-line dump is at most 0.5 (highest
0.491), and no two lines of this set exceed 0.5 against each other (highest 0.465). The lines are meant to
be scored once, blind; tuning on their errors would spoil them.

Set 34 focuses on personal finance as groups see it: POS card machines (POS机, 刷卡机, 拉卡拉, fee rates,
跳码), credit-card limits and repayment (代还, 垫还, 提额, 分期, high-limit cards), small loans and 网贷
(口子, 停息挂账, 上岸, collection calls), credit-record repair (征信修复, 洗白), ETC cards and devices, car
loans (月供, 解押, 拖车, 零首付), wealth-management and fund pitches (定投, 养老理财, 大额存单, gold bars),
digital currency (搬砖, 带单, U卡, buying USDT, hardware wallets), commemorative coins, and bank staff and
branch notices in neighbourhood, work, parents' and customers' groups. It keeps the mix real spam has: 24
lines plain or lightly disguised (a plain mobile number, landline, id or QQ number, "加v", "vx", "wx", "V❤",
"微信", "加我微信", "微信同号", "私我", "私聊我", a sign-up link, a QQ-group link, a relative's or friend's
WeChat) and 14 moderately (spaced digits, Chinese digits with 零, circled digits with ⓪, "企鹅群" with a
grouped number, 幺 for 1 in grouped Chinese digits, full-width digits, upper-case Chinese digits in groups,
"小飞机" and "电报" with a handle, url.cn and bit.ly short links, "扣扣" with upper-case digits, "V 信" with a
spaced-letter id, a 小红书 account with 私信) and 10 heavily, none used by sets 31 and 32 (traditional script
with the look-alike "溦信"; the split "力口" for 加 and "亻言" for 信; Greek letters "νχ"; monospace
mathematical letters and digits "𝚟𝚡 𝚙𝚘𝚜𝟼𝟼𝟾"; negative circled digits "❶❸❽…⓿"; the homophone "伟信";
pinyin initials mixed with syllables ("zx xiu fu", "yq", "lx v"); a mobile number with l for 1 and O for 0;
small-capital letters "ᴠx" with a small-capital id; zhuyin "ㄨㄟ ㄒㄧㄣ" for 微信 in traditional script) and 12
subtle (an offer with a call to action only, none listed by earlier sets' docstrings that the writer read:
"下班顺路来五金店后屋找我", "把近三个月账单截个图丢群里", "把合同第一页拍给我瞅瞅", "周六上午来社区活动室",
"周日开车到小区北门，后备箱里设备都有", "在群里回“上岸”两个字", "把每个月能拿出来的钱数写在这条下面",
"明天早上七点到菜市场东门大树底下", "拍一拍我", "今晚八点群语音，我开麦", "身份证后四位报给我",
"礼拜三下午去城南营业厅门口等我"). About 15 positives are written the way members casually sell in a group
(a husband at a rural commercial bank, a spare Lakala machine, a cousin who plans insurance and savings,
left-over commemorative coins, a best friend who is a bank's wealth manager, a brother's used-car finance
shop, a spare ETC device after selling the car, an idle hardware wallet, a retired father from the credit
department, a cousin who sells POS machines, a wife at a bank doing card repayments, a POS swap in a hardware
shop's back room, a husband in car finance, ETC installed from a car boot, commemorative coins booked for a fee).

- `POSITIVE_34` (60 lines): a POS machine installer, card repayment with advances, 网贷 negotiation, 征信
  repair, ETC with a free OBU, a husband's car loans, a spare Lakala, a limit-raising course, a fund-investing
  circle, crypto arbitrage (link), car, home and renovation loans (landline), a cousin's wealth planning,
  commemorative coins, high-limit cards, cash loans on an ID card, buying USDT, a friend's large-deposit
  certificates, used POS machines bought, small-business loans, a pensioners' "guaranteed" product seminar
  with free eggs, a 网贷 口子 QQ group, a brother's zero-down used-car finance, a spare ETC device, a hardware
  wallet; then card repayment (spaced digits), free POS machines (Chinese digits), mortgage loans for bad
  credit (circled digits), a 网贷 "上岸" group (企鹅群), a father's car-loan advice (幺), 8% wealth management
  (full-width), "inside-channel" credit cards (upper-case digits), crypto signals (小飞机), virtual-currency U
  cards (电报), a free credit report and a credit-line test (short links), a cousin's POS machines (扣扣),
  limit-raising (spaced letters), gold bars (小红书); the ten heavy lines (limit raising, cash loans, ETC
  installation, zero-fee POS, credit "whitewashing", a wife's card repayments, 征信 repair, car-loan tow-truck
  negotiation, a wealth group with live streams, large loans); and the 12 subtle lines.
- `NEGATIVE_34` (100 lines): 21 that look dangerous at first sight (ICBC's 95588, a finance colleague's
  "加我微信" for a contract template, a teacher's phone for class-fund problems, an ETC order number, the
  People's Bank notice on pbc.gov.cn, a manager told "私聊你了" about loan papers, a mortgage adviser's card
  passed on on request, a branch's new landline in its customers' group, 95555 as the real card centre, a
  staff number, account-opening documents on icbc.com.cn, a POS machine at the property desk, ETC's 95022, a
  new accountant's WeChat id introduced to colleagues, class fees to group leaders, a contract sent to a
  manager by WeChat, the 12378 complaints line, a colleague's phone passed on, the regulator's risk notice, a
  card-ending bill text, fund holdings only in the official app); 10 members asking or looking for something (the
  cheapest car loan, a good POS machine, which bank's ETC, a free credit report, early mortgage repayment, a
  cut card limit, funds for school fees, one-yuan coins for change, cashing out bitcoin, someone to build a
  household ledger); 10 warnings or complaints quoting the ad or scam ("征信修复，逾期全消", an "ETC认证过期"
  text, "空卡代还只收千五", "保本年化15%的养老理财", "无视黑白户秒下款", "POS机免费领、激活返现", "注销校园贷",
  "带单稳赚", a 4S shop's "解押手续费", 网贷 collectors calling work); lines with numbers that are not contacts
  (card bills, queue numbers, mortgage rates, a 接龙 list, fund losses, loan instalments, ETC double charges,
  POS fees, household accounts, instalment interest, team-outing shares, car insurance, e-CNY red packets,
  electricity, deposit targets, POS reconciliation, coin-exchange counters, deposit rates, tax refunds,
  medical-insurance fees, loan figures, salary, school insurance, a lost card's tail number, dividends, early
  repayment sums); organisers' and branches' own notices (a branch's weekend hours, a union anti-fraud talk,
  group rules naming the banned ads, a morning meeting, coin-exchange queues, expense-claim deadlines, an
  inspection); everyday chat; two English lines, two traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's or branch's own notice inside its own
group is not, nor is a member asking for or recommending something inside the group, a warning quoting an
ad, nor a contact passed on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_34 = """
商户收款用的刷卡机包安装，到账秒结不跳商户，快递到家，打13817264590找小何
账单日前资金紧张的，垫资还款一万只收六十，额度用完也能操作，微信：daihuan_88xiao
网贷逾期别慌，帮你协商延期、停催收，咨询加v：xieshang2024
征信花了、有逾期记录的，专业团队帮你修复，一个月见效 vx: zxxf0771
ETC免费办理🚗送OBU设备，高速通行95折，V❤：etc_bangban
邻居们，我老公在农商行做信贷，车贷利率比4S店低不少，需要的私我
家里多出一台拉卡拉，全新没拆封，80块出，谁要私我
信用卡提额秘籍，三个月从五千提到五万，包教包会，QQ：2738846150
老王的定投小圈子开张了，开盘前点评两只基金，想进来的拉你，加微信 jijin_laowang
数字货币搬砖套利，日收益3%，手把手带你入门👉 https://coinbro.top/join
车贷、房贷、装修贷都能做，当天审批当天放款，电话 0755-86237140
我表姐在保险公司做理财规划好多年了，收益稳，想了解的加她，微信同号 15902183367
抢到的兔年纪念币多了两卷，原价加10块一卷，要的找我 微信 zhangaiyi1976
帮忙申请高额度白金卡，以前逾期过也不怕，下不来不要钱，感兴趣的私我
急用钱找我！凭身份证就能借，不上征信，最快半小时到账 wx：jieqian365
高价收U，比市场价每个多两毛，量大可以再谈，微信 ut_duihuan
楼下那家银行的理财经理是我闺蜜，大额存单利率比别家高一点，要办的加我 vx lilyzhou_83
二手POS机批量回收，坏的也要，同城上门，电话 18661527043
个体户经营贷，月息三厘起，不看流水，联系人王经理 020-38471925
各位叔叔阿姨注意啦💰我们公司新推出的养老理财，保本保息，一年到期就能连本带息拿回来，比存银行多一倍，周四下午两点在老年活动中心开免费讲座，到场就送十个土鸡蛋和一桶油，名额只有五十个，报名电话 13671029458
网贷新口子分享群，每天更新可下款平台，进群点 https://qm.qq.com/q/kouzi2025
我弟在车管所旁边开了家二手车金融，零首付就能提车，有需要私聊我，我把他微信推给你
谁要ETC设备？我家车卖了多出来一套，30块包邮，加我微信 etc_xiaomi9
手上有个闲置的硬件钱包，ledger的，才用两个月，500出，私我
信用卡代还 空卡垫还 当天到账 联系 1 3 9 5 0 2 7 8 6 4 1
POS机免费领，激活就返现，手机 一八六 二七三九 五零四一
征信有问题、想做抵押贷的，私下联系 ①③⑦⑤⑧④②⑥⑨⓪①
网贷上岸互助群，企鹅群 73 8814 520，进群先领还款攻略
我爸退休前在信贷科干了二十年，车贷提前还的门道他门儿清，有需要打 幺三八 幺二零四 六六幺七
年化8%的稳健理财，名额有限，电话１５８２６６３４０７１
银行内部渠道下卡，额度三万往上，当周就能拿到，找我 壹叁玖 伍柒贰捌 零肆陆叁
数字货币一对一带单，每晚复盘，小飞机 @coinlaoshi88
虚拟币U卡开户代办，境外消费无限额，电报联系 @ukaidai_bot
征信报告一键查询，不花一分钱，点 url.cn/7Hk2mQ 领取
低息信用贷测额度，填这个 bit.ly/3xDaiKuan 有专人回访
小区里有谁要开POS机的？我表哥专门做这个，扣扣 叁伍柒 柒柒 贰零捌
提额技巧包教会，不会不收钱，V 信 t i e e 8 8 6
投资金条、黄金回收价格每天更新，小红书搜「黄金老周」私信我
專業辦理信用卡提額，三天到賬，溦信：tie_e_ge6
急用钱不看征信，当天下款，要周转的 力口 我 V 亻言：zz8866kuai
ETC上门装 νχ：etc_anzhuang
𝚙𝚘𝚜 机 0 费 率，终身不涨，𝚟𝚡 𝚙𝚘𝚜𝟼𝟼𝟾
征信洗白 内部操作 联系 ❶❸❽❷❻❹❼⓿❺❶❾
我媳妇在银行上班，提额代还都能帮忙弄，价格好商量，伟信 tieer2088
zx xiu fu，yq 记录清除，包成功，lx v：zxxf_a99
车贷逾期怕拖车的，我们帮你协商，电话 l39O2l76O48
稳健理财群，每周一次直播讲解 ᴠx：ʟɪᴄᴀɪ2025
大額貸款秒批，加ㄨㄟ ㄒㄧㄣ：dk7799
POS机费率想降到三毛八的，下班顺路来五金店后屋找我，当面给你换机
信用卡额度卡着不动的，把近三个月账单截个图丢群里，我挨个教你怎么提
我老公在汽车金融公司，车贷月供想少交点的，把合同第一页拍给我瞅瞅，能省多少我给你算
存款快到期的叔叔阿姨先别急着续，周六上午来社区活动室，新产品资料我都带着
还没装ETC的周日开车到小区北门，后备箱里设备都有，十分钟装完当场激活
网贷压力大想停息挂账的，在群里回“上岸”两个字，我按顺序给你们安排
想跟着我一起定投的，把每个月能拿出来的钱数写在这条下面，我来配组合
要周转的明天早上七点到菜市场东门大树底下，带着身份证当场就能办
征信有污点想处理干净的，拍一拍我，方案一条条讲给你听
手里有闲钱想进币圈的，今晚八点群语音，我开麦带大家实操
纪念币预约老抢不到的，身份证后四位报给我，我统一帮你们约，一卷收十块辛苦费
办大额分期的，银行卡和户口本一起带着，礼拜三下午去城南营业厅门口等我
""".strip()

NEGATIVE_34 = """
刚才谁问工行客服？是95588，别打网上搜出来的那些号
小刘，放款合同模板我发你邮箱了，没收到就加我微信，财务部陈姐
班费收款账户有问题的直接打王老师电话 13905516273，千万别私下转给其他人
订单号 4300 2719 8856 1023，ETC设备一周了还没寄到，客服让我在群里报一下
人民银行关于纪念币预约的公告在官网，http://www.pbc.gov.cn 首页就能看到
@李主管 客户那笔车贷的补充资料我私聊你了，你看缺不缺
@小赵 你上午问的按揭顾问，卡片已经转你，周经理，去了报我名字他知道
各位客户，本网点座机换成 021-6428 3310 了，预约取大额现金请打这个
信用卡中心真正的号码是95555，其他号码打来说你卡有问题的一律挂掉
我工号061847，系统里查不到的话报我名字也可以
对公开户要准备的材料清单见官网：https://www.icbc.com.cn 里搜“单位结算账户”
物业费现在可以刷卡了，POS机放在前台，别再转到个人账户
ETC官方客服热线是95022，卡片失效打这个问，短信里的链接一个都别点
刚进群的wxid_ab12是新来的会计小吴，财务群的同事通过一下她好友
我的收款码过期了，这周的班费先转给各小组长，备注写孩子名字
王经理，抵押合同的扫描件走微信给您了，我刚申请的好友，橘猫头像那个
12378是金融监管的投诉热线，银行乱收费可以打
老陈手机号 13763390215，他说车贷那事帮你问过了，你回个电话给他
防非法集资的风险提示原文在监管总局网站 https://www.nfra.gov.cn ，转给家里老人看看
收到短信说我尾号3382的卡本期账单2468元，这是真的吗？我这个月才刷了几百
持仓明细去基金公司自己的APP看就行，陌生“客服”让你加好友的一个也别理
下个月要提车了，各家银行的汽车分期谁比过？哪家息低一点
谁有靠谱的POS机推荐一下？店里收款要用，千万别给我推跳码的
想问问大家ETC办哪个银行的划算，听说有的送加油卡
求助：征信报告在哪里能免费查？手机上可以弄吗
群里有在农行上班的吗？想问下提前还房贷要提前几天预约
信用卡突然被降额了，有人碰到过没？怎么申请恢复😢
想给孩子存点学费买基金，各位有什么建议，不想亏太多
谁家有用不上的一元硬币？店里找零缺，拿纸币跟你换
有没有懂比特币的朋友？我爸买了一点，说要提到银行卡里，不知道怎么操作
找个会用Excel做家庭账本的，我们家开销太乱了，教会请吃饭
大家注意，有人在别的群发“征信修复，逾期全消”，交了三千就被拉黑了
我爸手机上来了条“ETC认证过期，点此处理”的短信，差点点了，大家看到直接删
刚才那个说“空卡代还只收千五”的我已经踢了，这种碰不得，卡都能给你刷爆
我妈差点被“保本年化15%的养老理财”忽悠了，幸好柜员把她拦下来了
谁再往群里发“无视黑白户秒下款”这类东西，直接移出群
提醒：“POS机免费领、激活返现”是套路，后面偷偷扣年费，我同事就中招了
自称银行客服说帮你“注销校园贷”的电话是诈骗，让转钱到安全账户的都是假的
那个炒币群吹“带单稳赚，每天3个点”，我表弟进去亏了两万，大家看见绕道走
车贷都还完了，4S店还要收“解押手续费”八百，这合理吗？感觉被坑了
网贷催收电话打到我单位来了，说话特别难听，我已经向监管投诉了
这个月信用卡账单出来了，六千多，双十一真是剁手😭
今天去银行排了一个半小时队，前面还有23个号
房贷利率降到3.1了，我们这批老贷款啥时候能调
接龙：周六一起去银行办社保卡 1.李阿姨 2.王叔 3.小周 4.赵奶奶 5.
网点通知：本周六（11月29日）正常营业，周日休息；五万元以上取现请提前一个工作日在手机银行预约，办理时带本人身份证和银行卡，代办的还要带代理人证件；老年客户行动不便的可以联系大堂经理上门，谢谢大家配合
基金今天又绿了，持有收益-12.37%，不看了不看了
比特币又过十万了？去年朋友劝我买我没听
车贷还剩14期，每月3280，熬吧
ETC扣了两次费，同一个收费站45块扣了两回，客服说三个工作日退回
POS机刷了8000，到账7952，手续费是千六吧
年终奖发了，先把信用卡还上，剩下的存定期
哈哈哈我女儿说要把压岁钱存余额宝，说比存小猪罐里有利息
工会通知：明天下午三点二楼会议室讲防范电信诈骗，请各部门派两人参加
公积金提取要带身份证原件和购房合同，我上周刚办完
晒一下今年家庭收支：收入18.6万，支出12.3万，存下6万出头，比去年强点
信用卡分期12期，每月手续费0.6%，算下来年化快13%了，真不划算
刚看了征信报告，查询记录一大堆，都是以前乱点网贷广告点出来的
周五团建AA，每人128，转给小王就行
工行那个柜员小姑娘服务真好，给我妈讲了半天手机银行
本群只聊小区的事，谁发借钱、炒币、刷卡机之类的推广，我看到一个请出去一个
今年交强险加商业险一共两千一，比上一年少了三百出头
数字人民币红包抽中了88块，在超市直接用掉了
今天大盘涨了两个点，老王高兴得在群里连发三个红包🧧
银行卡突然用不了，原来是好久没用变成睡眠户了，去柜台激活就好
ETC通行费的发票在哪开啊？要拿去报销
给孩子开储蓄卡要带户口本吗
农行门口一早排队领鸡蛋的老人好多，不知道又在搞什么活动
上个月电费286，这个月空调开得多，估计得三百多
三季度网点存款任务完成96%，还差400万，大家再加把劲
明早八点晨会，讲新出的信用卡年费政策，各支行柜员都参加
今天POS机对账差了15.60，小李查一下是不是有笔撤销没做
纪念币兑换：1号柜台预约号001-150，2号柜台151-300，请按号排队
三年定期利率1.75%，前年还有2.6呢，越存越少
周末一起去爬山吧，别天天盯着基金了
老公说今年不买车了，贷款压力太大
信用卡积分换了个电饭煲，开心☺️
股票基金亏了不少，想想还是存银行踏实
还款日又到了😭
花呗我已经关了，省得乱花
你们个税退税到账没，我退了412
ETC卡和车牌绑错了，跑了两趟服务网点才改过来
下周一起社区开始收明年的医保，每人380，线上交也行
财务群通知：报销单11月28日前交齐，逾期的下个月再处理
本月车贷放款3260万，不良率0.8%，比上个月低，辛苦各位
I paid off my car loan today, finally debt free!
Is the branch near the school still doing cash deposits on weekends?
今天去銀行換了新卡，舊卡記得剪掉再扔
信用卡帳單日改到每月五號了，比較好記
这个月工资到账８６００，房贷扣掉３２００，剩下的不敢花
爸，银行的人打电话叫你去办理财你先别去，等我周末回来陪你去
这学期学平险每人150元，家委会统一交，已经交了32人
有人捡到一张建行卡吗？尾号0917，下午在篮球场丢的
分享一点经验：信用卡按时全额还，什么技巧都不用，额度自己会涨
笑死，我家狗把我信用卡咬了一口，只能去补办了
手里那只银行股派息了，每股三毛五，够买两斤排骨
网贷真的不能碰，我同学拆东墙补西墙，最后窟窿几十万
去银行办业务记得带老花镜，表格上的字太小了
算了一下提前还贷能省两万三的利息，但要交一千违约金，还是划算
明天上级行来检查，大家桌上的客户资料都收一下
""".strip()
