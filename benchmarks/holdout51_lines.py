"""Hold-out set 51 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 14, after sets 1-50 (see holdout_data.py), at the same time as set 52 (written by another helper;
this set was checked by the same script against set 52's 160 lines as they stood when this one was finished, unread:
highest ratio 0.462, so no line of this set needed rewriting for it), and not scored yet. The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or
docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/ on these lines (bench_holdout.py
or any other benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-50), printed up to its closing triple quote, and holdout49_lines.py and holdout50_lines.py
only for their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls
already used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not read);
pyproject.toml was opened only for its ruff settings, and set 52's file was only loaded by the similarity script, which
never printed its lines. The two dumps (every line of hold-out sets 1-50, training lines) were only read by a similarity
script that printed this set's lines and ratios, never the dumps' lines (apart from that script, only their line counts
were taken). No line is copied from earlier sets or from the training lines: every line's difflib ratio
(SequenceMatcher(None, a, b).ratio() with the default settings, taken both ways round) against every line of the earlier
hold-out sets' dump is at most 0.5 (highest 0.500), against every line of the training-line dump at most 0.5 (highest
0.480), no two lines of this set exceed 0.5 against each other (highest 0.400), and against set 52 the highest is 0.462.
Seventeen lines that first stood above 0.5 were rewritten once each: 12 against the hold-out dump (0.837 at most; two of
them also just above 0.5 against the training dump) and 5 against the training dump only (0.565 at most); most were
short ordinary lines with numbers (an invoice number, a police station's landline, a deposit rate, a reunion date, a
blood-sugar reading) and a removed advertiser's notice. The lines are meant to be scored once, blind; tuning on their
errors would spoil them.

Set 51 focuses on money games and fundraising: mutual-aid 'plates' and Ponzi schemes (互助盘 with 排单 and 出局, 资金盘, a USDT
矩阵公排), pension and retirement schemes aimed at the elderly (养老互助计划, 养老公寓床位预售, 养老基金 with 保本保息, 养老币, 养老院床位投资, 养老保险补缴内部通道,
a van at the gate signing 养老理财 on the spot), crowdfunding and charity appeals that pay back (爱心众筹 with 积分返现, 慈善众筹 with
dividends, 众筹分红), shopping-rebate and points apps (消费全返, 返利app, 积分商城 agents, 会员商城 with daily check-in cash), 'national
project' and 'digital currency' schemes (国家级扶贫项目原始份额, 国家储备项目, 国家新能源项目股权, 数字人民币内测钱包, 数字藏品, 挖矿机, 原始股 before a listing) and
paid membership 'dividends' (会员分红 tea shop, 商城金卡, 养生会员卡, 股东会员), beside ordinary chat in elderly members' groups,
neighbourhood groups, alumni groups, company work groups and a bank branch's VIP customer group. It keeps the mix real
spam has: 24 lines plain or lightly disguised (a plain id after “加我微信”; a cousin's rebate mall after “vx：”; “加v：”;
“wx：”; “V❤：”; “QQ” with a number; a “群号” for a square-dancing finance group; “私我” (a husband's dividend tea shop); “私聊”;
a registration link; an e-mail address for a care home's terms; a WhatsApp number with +60; a Telegram @handle after
“电报”; a Signal number with +44; a daughter's 抖音号; an aunt's shop to search on 快手; a 公众号 with a reply word; a son's
mobile after “打他电话”; “（微信同号）” after the number; a health shop's landline; a 小红书 name to search; a younger brother's 钉钉号;
a brother-in-law's “他微信”; a 闲鱼 name to search) and 14 moderately (digits spaced in groups; Chinese digits run together
with 零; circled digits with ⓪; 幺/两/洞 in groups; “扣扣” with Chinese digits; “企鹅” with every digit spaced; “绿泡泡” with an
id; the homophone “威信”; a full-width id after “加ｗｘ”; “V x” with a spaced-letter id; a url.cn short link without its
scheme; digits grouped by hyphens; “加微：” with an id ending in Chinese digits; “电 话” split, with the digits in uneven
groups) and 10 heavily, with disguises the docstrings read do not list (Roman numerals for digits “Ⅰ Ⅴ Ⅸ Ⅲ…”;
mathematical double-struck digits “𝟙𝟠𝟞𝟘…”; superscript digits “¹³⁷ ²⁹⁰⁴…”; a mobile number written backwards,
“手机号倒过来念就是”; digits hidden in a string of eleven idioms, “一马当先 三顾茅庐 八面玲珑…”; a WeChat id spelt by letters in brackets
between the characters of a phrase, “好(w)东(a)西(n)…”; digits as the zodiac animals' order, “按生肖排行换成数字：鼠虎羊…”; a WeChat id
written upside down, “把手机转过来看”; “vx” and the id in Cyrillic look-alike letters, “ѵх：хіаоlі_рау22”; a mobile number as
tone-marked pinyin of the digit names, “yāo sān wǔ, liù qī bā líng…”) and 12 subtle (an offer with a call to action
only, none quoted by the docstrings the writer read): “社区东门那辆白色面包车周五上午在，有定期到期的叔叔阿姨带上存折过去，养老理财年息十二个点当场签”,
“明早广场舞跳完先别走，扶贫项目认购份额一份两千，带现金来，我当场给开收据”, “分红内群还能塞几个人，想进的在群里拍一拍我，晚饭后我一个个往里拽”, “认购单放在传达室老李那儿了，要参加互助养老的去领一张填好再交回去，押金三百”,
“今晚八点我在群里开语音讲积分返利怎么玩，讲完当场帮大家开户，想听的准时进来”, “发我一个一分钱的红包，我就把你排进下一期互助盘，排得越早出局越快”, “上周发的挂历背面有个二维码，扫一下就能领养老补贴额度，名额就三百个”,
“返积分那个app应用商店就能搜到，名字就是我头像上那四个字，注册时填我手机尾号当邀请人”, “想拿原始股的给我转一块钱占位，备注真名，月底统一报上去”, “去菜市场门口修鞋摊报我名字，他那儿有分红会员卡，办一张每月返两百”,
“会员年费两千八，分红按季度打到卡上，想入的周三晚上来我家吃饺子顺便签合同，3栋一单元”, “股东会员最后五个名额，想入的给我留言“入股”两个字就行，明天统一给你们办”. About 15 positives are written the
way members casually sell in a group (a cousin's rebate mall, a husband's dividend tea shop, a daughter's 数字藏品 videos,
an aunt's health wine, a son's bank products, a younger brother's pension coin, a brother-in-law's private fund, the
writer's own gold cards, the writer's own rebate tips on 小红书, a nephew's shared bikes, a daughter's company's
shareholders, a spouse's care-home beds in Roman numerals, and the subtle lines' voice talk in the group, shoe-repair
stall and dumplings at the writer's home).

- `POSITIVE_51` (60 lines): a pension mutual-aid plan (加我微信), a cousin's full-rebate mall (vx), a digital-yuan test
  wallet (加v), a national poverty-relief project's shares (wx), a new mutual-aid plate (V❤), a Ponzi scheme's inside
  group (QQ), a square-dancing finance group (群号), a husband's dividend tea shop (私我), pre-listing shares (私聊), a
  charity crowdfunding platform with cash-back (link), care-home beds sold ahead (e-mail), an overseas pension fund
  (WhatsApp), a USDT matrix (电报), a British trust pension plan (Signal), a daughter's 数字藏品 lessons (抖音号), an aunt's
  health wine with membership dividends (快手), shopping for a pension (公众号), a son's guaranteed bank products (mobile),
  points-mall agents (微信同号), a health-products shop's members' day (landline), the writer's rebate tips (小红书), a younger
  brother's pension coin (钉钉号), a brother-in-law's private pension fund (他微信), the writer's own mall gold cards (闲鱼);
  then a mutual-aid plate's second phase (spaced digits), back-paying pension insurance (Chinese digits), mining
  machines (circled digits), a nephew's shared-bike investment (幺), a rebate coupon group (扣扣), a health membership card
  (企鹅), a national new-energy project (绿泡泡), a pension wallet (威信), a rebate alliance (full-width), a charity
  crowdfunding with dividends (spaced letters), a free pension report (short link), a daughter's company's shareholders
  (hyphens), pension-project dividends (加微), a mall's daily check-in cash (split 电话); the ten heavy lines (care-home
  beds, 数字藏品 blind boxes, a new Ponzi scheme, a mutual-aid pension fund, points for shopping, a membership dividend
  group, a national reserve project, a pension coin, a rebate app's invitation codes, crowdfunding dividends); and the
  12 subtle lines.
- `NEGATIVE_51` (100 lines): 20 that look dangerous at first sight (12333 about a fake pension check, the residents'
  committee's new landline, a finance colleague's mobile passed on for an audit, the national anti-fraud app to search,
  an SF number for blood-pressure pills, si.12333.gov.cn, a member's own new number after a lost phone, a Tencent
  Meeting number for an alumni meeting, an invoice number, 95588 on early withdrawal, an order number for a points-mall
  refund, a police station's registration landline, 110 and 96110, www.nhsa.gov.cn for medical cover away from home, the
  committee head's mobile passed on for volunteer shifts, 12378 for mis-sold wealth products, a meeting-room booking
  code, the police's 公众号 on pension fraud, the property office's repair line 96345, a bank branch's address in its VIP
  group); 10 members asking or recommending (checking a 水滴筹 for a neighbour, the best rate for large deposits, Alipay's
  elder mode, a personal pension account, whether rebate apps pay, a wheelchair to borrow, a bank manager who pushes
  nothing, a free phone class at the seniors' university, buying treasury bonds, a health check for a father); 10
  warnings or complaints quoting the ad or scam (“养老公寓床位认购，年回报百分之二十”, “互助盘稳赚不赔，拉一个人奖三百”, “数字人民币内测名额”, “国家重点项目，一万变十万”,
  “消费全返，买多少返多少”, “扶贫基金分红，每天签到领收益”, “幸运会员，交九百九可以领养老补贴”, “爱心众筹，捐一百返一百五”, “原始股，明年上市翻百倍”, “办会员卡送米送油”); 17 lines with numbers
  that are not contacts (a pension rise, a gateball score, activity room 102, a deposit rate, a reunion date and
  sign-ups, a shop's rent, a blood-sugar reading, a points code, payroll deductions, a choir's place in the programme, a
  branch's deposit target, an elderly card's top-up, a stairwell's donations, a queue ticket, a walker's age and steps,
  a membership fee rise, a hotel room at a reunion); 7 organisers' and admins' own notices (a ban naming mutual-aid
  plate, Ponzi, pension-investment, crowdfunding-rebate, points-cash-back, pre-listing share and digital-currency ads,
  alumni donations only through the foundation, a bank branch's talk on pension fraud, a company's quarterly meeting, a
  removed cash-back advertiser, a community festival sign-up, a seniors' association's free health check); 27 lines of
  everyday chat about a mother wary of 'national projects', eggs at sales talks, a father handing over his passbook, low
  interest, a neighbour's losses in a mutual-aid plate, small rebates, the digital yuan on a bus, giving on 水滴筹, being
  eyed for one's money, a company annuity, a thermos for three thousand points, a grandmother's membership card, a house
  nearly mortgaged for shares, visiting care homes, a bank manager's fund pitch, a queue at the branch, P2P classmates,
  'the state hands out money' messages, medical records in appeals, video calls, what a 资金盘 is, a cancelled outing, a
  pension account for a mother, calligraphy classes, a dividend shop's shutter covered with IOUs, scammers' patter,
  books given to the old school; 5 heated arguments without any selling; two English lines and two traditional-script
  lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_51 = """
新出的养老互助计划，每月交三百，满一年每月领八百，名额快满了，想参加的加我微信 laoliu_hz1958
我表妹在做消费全返商城，买多少返多少，积分还能提现，有兴趣vx：xmei_fanli88
数字人民币内测钱包开通名额，激活送588红包，加v：szqb2024kt 领取
国家级扶贫项目原始份额认购，一份一千，三年后翻十倍，wx：gjxm_zhao
互助盘新盘刚启动，早进早赚，排单日息百分之三，V❤：huzhu_aqing
资金盘内部对接群，新人首投送20%，QQ 2874416053
广场舞姐妹们，我们成立了一个养老理财分享群，群号 70238816，进群有鸡蛋领
我老公在搞一个会员分红的茶叶店，入会费两千九，每季度分红，想入的私我
手里还有几个原始股会员名额，明年上市前分红，感兴趣私聊
爱心众筹新平台上线，捐赠一元也能获得积分返现，注册链接 https://aixin-huibao.cn/reg?c=7731
养老公寓床位预售，交十万包终身入住还返利息，详细章程发邮箱 yanglao_gy@163.com 索取
海外养老基金，年化18%，美元结算，WhatsApp +60 11 2384 7719 详谈
USDT互助矩阵公排，一单滑落全网受益，电报 @matrix_gongpai
英国信托养老计划接受人民币认购，Signal：+44 7700 931562，只接熟人介绍的
我女儿在抖音教老年人玩数字藏品，抖音号 nft_xiaoyu520，去关注一下
我大姨在快手卖养生酒，买一箱送会员，会员每月分红，快手搜“王大姨养生坊”
消费养老新模式，买菜也能攒养老金，关注公众号“银龄消费宝”回复“养老”领取入会资格
我儿子在银行做理财，保本年化百分之六，比存定期划算，叔叔阿姨有需要打他电话 13905718826
积分商城招区域代理，代理费八千八，月分红不封顶，电话15867043192（微信同号）
老年保健品体验店会员日，交一千送一千二购物卡，咨询0571-86120937
我在小红书分享怎么用返利app省钱，每单返百分之三十，搜“省钱的阿芸”
我弟在搞区块链养老币，现在一块钱一个，下半年上交易所，他钉钉号 zhangdi_lian
我姐夫在一家私募做养老基金，起投五万，保本保息，要买的找他，他微信 jfu_simu666
我有三张商城金卡会员转让，持卡每月分红，闲鱼搜“转金卡的老陈”
互助盘二期开放，投一万五十天出局拿一万五，联系 139 6042 8817
养老保险补缴内部通道，一次性补十五年，打一八七六五二零三九四一
数字货币挖矿机认购，一台回本三个月，电话 ①⑧⑥②⑦③⑨⓪④⑤①
我侄子在做共享单车投资，一辆车每天分红三块，幺三八 两洞四七 五六九幺
返利群每天发内部券，扣扣 三八七五二零一六九 进群
养生会员卡充一万返一万五，企鹅 5 1 2 9 0 4 3 7 8
国家新能源项目股权认购，绿泡泡 xny_guquan99 咨询
余额宝升级版养老钱包，收益翻倍，加威信 ylqb_lao8
消费返利联盟招商，加ｗｘ：ｆａｎｌｉ＿ｌｍ２２
慈善众筹项目，捐款可分红，V x：c i s h a n 2 0 8
免费领养老金测算报告 url.cn/5tGhR9
我闺女公司招分红股东，五千一股，电话 136-2185-4097
养老项目分红名额不多了，加微：laozhang六六八
会员商城每天签到领现金，电 话：158 0 22 7 64 19
我老伴在弄养老院床位投资，年返百分之十五，号码用罗马数字写：Ⅰ Ⅴ Ⅸ Ⅲ Ⅶ Ⅱ Ⅷ Ⅳ Ⅵ Ⅰ Ⅴ
数字藏品盲盒今晚开售，📞𝟙𝟠𝟞𝟘𝟜𝟟𝟚𝟝𝟛𝟡𝟙
资金盘新项目内部首发，电话 ¹³⁷ ²⁹⁰⁴ ⁶⁸¹⁵
互助养老基金招募，手机号倒过来念就是：3 7 9 5 0 2 4 6 1 8 1
购物返积分招人，号码藏在成语里：一马当先 三顾茅庐 八面玲珑 六神无主 二话不说 九霄云外 四面楚歌 五体投地 零敲碎打 七窍生烟 一鸣惊人
会员分红群满了，新群找群主拉，他微信是括号里的字连起来：好(w)东(a)西(n)要(g)一(j)起(i)赚(e)呀(8)(8)
国家储备项目登记，电话按生肖排行换成数字：鼠虎羊 龙猴蛇牛 马兔鼠羊
养老币认购找我，把手机转过来看我微信：88uɐɥoɐl
返利app内测邀请码，ѵх：хіаоlі_рау22
众筹分红项目咨询：yāo sān wǔ, liù qī bā líng, èr jiǔ sì sān
社区东门那辆白色面包车周五上午在，有定期到期的叔叔阿姨带上存折过去，养老理财年息十二个点当场签
明早广场舞跳完先别走，扶贫项目认购份额一份两千，带现金来，我当场给开收据
分红内群还能塞几个人，想进的在群里拍一拍我，晚饭后我一个个往里拽
认购单放在传达室老李那儿了，要参加互助养老的去领一张填好再交回去，押金三百
今晚八点我在群里开语音讲积分返利怎么玩，讲完当场帮大家开户，想听的准时进来
发我一个一分钱的红包，我就把你排进下一期互助盘，排得越早出局越快
上周发的挂历背面有个二维码，扫一下就能领养老补贴额度，名额就三百个
返积分那个app应用商店就能搜到，名字就是我头像上那四个字，注册时填我手机尾号当邀请人
想拿原始股的给我转一块钱占位，备注真名，月底统一报上去
去菜市场门口修鞋摊报我名字，他那儿有分红会员卡，办一张每月返两百
会员年费两千八，分红按季度打到卡上，想入的周三晚上来我家吃饺子顺便签合同，3栋一单元
股东会员最后五个名额，想入的给我留言“入股”两个字就行，明天统一给你们办
"""

NEGATIVE_51 = """
接到自称社保局的电话说养老金要认证，我打12333问了，人家说根本没这回事
居委会搬到菜场楼上以后座机也改了，0571-87053321，老年优待证的事打这个问
明天审计要对账，财务小周的手机15906813274，报销单有问题直接找她
国家反诈中心app装了吗？社区要求每户都装，应用商店搜就有
闺女给我寄的降压药，顺丰SF1427390586213写着门卫代收，门卫老张说没见着
养老金到账情况可以上 si.12333.gov.cn 查，别点短信里的链接
我手机丢了，补了张新卡，号码换成18268035719了，大家存一下
校友会年会腾讯会议号 582 336 914，今晚七点半，密码在群公告
团建那张餐费票，号码04418273，开票日期填成了去年，系统退回来两次了
银行客服95588说了，大额存单提前支取只按活期算，别信柜台外面拉人的
订单号 20261118093527 退款退到哪了，积分商城客服一直不回
外地女婿要落户的，先打派出所户籍窗口87219035，问清楚要带哪几样证件再跑
被骗了赶紧打110，再打96110反诈专线，别自己去找骗子要钱
去海南过冬的，异地就医备案自己在 www.nhsa.gov.cn 上就能弄，收费代办的千万别找
下周防诈宣传要排志愿者，张主任让我转一下她手机13858027461，排班表她亲自定
12378是银行保险消费投诉电话，理财被误导销售的可以打
会议室预订编号 MR-0412，下午三点项目复盘，别迟到
公安部刑侦局的公众号天天发养老诈骗案例，推荐老人关注一下
物业的报修电话改成 96345 了，老号码停用
网点地址：建设路128号农行二楼，理财经理办公室在左手边第二间，预约的直接上去
有没有人知道社区那个水滴筹怎么核实是不是真的？楼下老刘家在筹款
哪家银行的大额存单利率高一点？我有二十万下个月到期
推荐大家用支付宝的长辈模式，字大，老人不容易点错
请问个人养老金账户在哪开比较划算，每年那一万二抵税到底值不值
有谁用过返利app的？真的能返钱还是套路
谁家有闲置的轮椅，我妈出院要用一个月，借一下
推荐小区门口工商银行的李经理，人实在，从来不推乱七八糟的产品
老年大学下学期有智能手机课，想报的可以一起去，免费的
求问：国债今年什么时候发行，去柜台还是手机上买
大家给我爸推荐个靠谱的体检套餐，别是那种卖保健品的
我妈又收到传单，上面写着“养老公寓床位认购，年回报百分之二十”，这种一看就是骗局，大家跟家里老人说一下
群里刚才那人说“互助盘稳赚不赔，拉一个人奖三百”，已经被踢了，大家别加他
新闻说那个“数字人民币内测名额”全是假的，真的数字人民币不用交钱开通
对门阿姨被拉去听讲座，“国家重点项目，一万变十万”，交了三万，现在人都找不到
“消费全返，买多少返多少”这种就是资金盘，钱是后面人的，早晚崩
我同学群里有人发“扶贫基金分红，每天签到领收益”，我举报了，截图给大家看看别上当
接到电话说我是“幸运会员，交九百九可以领养老补贴”，我直接挂了
朋友圈那个“爱心众筹，捐一百返一百五”太离谱了，慈善哪有返钱的
厂里老王投了那个“原始股，明年上市翻百倍”，两年了连个公司都查不到
小区门口发鸡蛋的又来了，说“办会员卡送米送油”，其实后面是卖三万块的床垫
这个月养老金涨了68块，到手3215
门球友谊赛打完了，咱们东区队十二比九，老周一杆进了俩门
周四下午两点，3号楼102那间活动室，太极拳复课
柜台说三年期大额存单现在挂2.15%，我记得前年还有三点多
八六届毕业四十年聚会，日子初步定12月20号，接龙到现在31个了
我家楼下那间店面月租4500，开过三次都倒了
单位体检出来了，空腹血糖6.8，大夫让我少吃米饭多走路
积分兑换码 KX73 用了说过期了，白攒了一年
工资条上这个月扣了社保 867.5，公积金 1260
合唱团演出排在第7个节目，大概晚上8点20上场
年底冲存款任务，我们网点还差1800万
老年卡充值了50块，坐公交一次1块
这次捐款全单元一共收了2360元，明细贴在公告栏了
取号排到A047，前面还有二十几个人
我今年72了，走路一天还能走八千步
会员费去年是199，今年涨到299，不续了
返校那天住学校宾馆，我房间808，晚上来喝茶
【群公告】本群为小区老年协会交流群，禁止发互助盘、资金盘、养老投资、众筹返利、积分返现、原始股和数字货币等广告，发现一次直接移出
各位校友，今年校庆捐款自愿，统一走学校基金会官方渠道，班级群里不收任何个人转账
VIP客户群通知：本周六上午九点网点举办防范养老诈骗讲座，地点二楼贵宾室，欢迎参加
各组长注意：周一早八点半三楼大会议室季度复盘，业绩表提前发我
那个冒充群友发返现网址的已经踢掉了，谁要是点开填过银行卡赶紧挂失
社区重阳节活动报名截止周三，在居委会登记，免费
老年协会下月组织体检，费用协会出，名单明天贴在活动室门口
我妈现在看到“国家项目”四个字就警惕，这几年被教育得挺好
说实话那些讲座送的鸡蛋，真有不少人是冲着鸡蛋去的
我爸把存折交给我管了，说怕自己哪天脑子一热
这年头存银行利息越来越低，老人想多赚点也能理解
隔壁单元的赵叔投了互助盘，之前还劝我也投，现在天天在家叹气
我发现返利app返的那点钱，还不如直接找便宜的
试了一下用数字人民币钱包刷公交，滴一声就过了，没觉得有啥稀奇
水滴筹我捐过几次，现在都先问清楚是谁家的
退休以后最怕的不是没钱，是被人惦记钱
我们单位今年开始给员工交企业年金了，聊胜于无
那个积分商城我攒了三千分，只能换一个保温杯
我奶奶把会员卡当宝贝，其实就是打九五折
以前单位的老刘说他那年差点把房子抵押了去投什么原始股
养老院参观了两家，价钱差不多，服务差挺多
上回去柜台，客户经理非要给我讲基金定投，我说我这岁数只认保本的
一大早去支行存退休金，门还没开就排了二十来个老头老太太
同学里做P2P的那几个，后来都不联系了
我爸说他们老同事群里一天能转十几条国家发钱的消息
每次看到众筹还要附上病历照片，心里挺不是滋味的
我妈学会了视频通话，现在每天晚饭准时打过来
资金盘这个词我是去年才听说的，原来就是拆东墙补西墙
公司团建取消了，说是预算都拿去年终抽奖了
给我妈开了个养老金账户，每年存一点，也就图个心安
老年大学的书法班抢不上，一放名额就满了
那个分红会员卡的店上个月关门了，卷帘门上贴满了欠条
现在骗老人的话术一套一套的，比我们年轻人会聊天
同学会捐的那批图书上周送到母校了，校长还拍了照片
你自己投进去亏了就别在群里怪别人，当初劝你的时候你听了吗？
别跟我扯什么情怀，那个项目就是骗钱的，谁替它说话谁脑子有病
凭什么捐款名单要公开？我捐多少是我的事，你管得着吗
你天天在群里说银行坑人，那你把钱放床底下去啊！
我说了多少遍那个讲座别去别去，你非去，现在回来跟我吵什么
Has anyone's parents been approached by those "pension investment" people at the park? Mine nearly signed something.
Reminder: the alumni fund only accepts donations through the university's official page, please don't transfer money to individuals.
我阿嬤上週又被拉去聽什麼養生講座，回來說要買保健品，全家勸了一晚上
這種說每天簽到就能領分紅的東西，十個有十個是騙局
"""
