"""Hold-out set 28 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-26 (see holdout_data.py), at the same time as set 27 (written by another helper; this
set was checked against set 27's file as it stood when this one was finished). The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, ran no detector on these
lines and did not run bench_holdout.py or any other benchmark; holdout_data.py (lines 1-135, its docstring) was
opened only for the labelling rules and the history of earlier sets, and holdout25_lines.py and
holdout26_lines.py only for the file format and their docstrings' topic lists and calls (to avoid repeating
them). The two dumps (earlier hold-out lines, training lines) were only read by a similarity script, never
line by line. No line is copied from earlier sets or from the training lines: every line's difflib ratio
(SequenceMatcher(None, a, b).ratio()) against every line of the earlier hold-out sets' dump, of the
training-line dump and of set 27 is at most 0.5, and no two lines of this set exceed 0.5 against each other.
The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 28 focuses on shareholder and investor communities (listed-company shareholder groups, stock and fund
chat, wealth-management clients), accounting, tax and company-registration services, lawyers and legal aid,
charity and volunteer groups, fishing clubs, hiking and outdoor clubs, printing shops and IT/software
outsourcing, with both members and outsiders advertising. It keeps the mix real spam has: 24 lines plain or
lightly disguised (a plain id, phone number or link, "加v", "vx", "wx", "V❤", "加微", "微信", "加微信", "微信同号",
"加他v", a shop link), 14 moderately (spaced digits, Chinese digits, circled digits with ⓪, 🐧, 幺 for 1,
full-width digits, upper-case Chinese digits, "Telegram" and "纸飞机" with a handle, a dwz.cn short link, a
spaced "扣扣群" number, a Douyin id, an id spelt with spaced letters, "☎" with Chinese digits, 〇 and 幺) and 10
heavily (traditional script with the look-alike "薇芯", full pinyin for a company-registration ad, the
homophone "威信", traditional script with the split "扌口扌口" for 扣扣 and a Chinese-digit QQ number, "ѵх" in
Cyrillic letters, mathematical sans-serif bold "𝘃𝘅" with a sans-serif bold id, parenthesized "⒱⒳", a phone
number spelt in pinyin ("yao san ba"), traditional script with the look-alike "葳信", superscript "ᵛˣ") and 12
subtle (an offer with a call to action only, none listed by sets 21-26: "钓友们拿了往罐子里扔二十就行",
"年底前把上月报表拍过来", "今晚十点前把资金量报给我", "周三下午直接来所里找我", "把logo和样式丢过来",
"cue我一下", "拎桶来码头挑", "把身份证复印件交给我就完事了", "住附近的下楼时带个纸箱装走", "谁先打款算谁的",
"要的给我发个拍一拍", "周末水库边找我"). About 15 positives are written the way members casually sell in a
group (hand-made wooden lures, a used fishing rod, a husband who builds websites, a camping set, a family
fish pond, a retired accountant, a former tax officer in the building, ground bait in circled digits,
fishing gear cleared before a move, ground bait left in the garage to pay into a jar, mackerel caught that
morning, a laser printer, a son in a printing works, yak jerky for hikers, hand-made floats).

- `POSITIVE_28` (60 lines): bookkeeping and tax filing, company registration with a registered address, a
  stock tip group, a lawyer for labour, divorce and loan cases, wooden lures, a paid hiking trip, a
  copy-and-print shop, mini-program and app development, a fishing rod, tax reconciliation and audit
  reports, a private fund with "guaranteed" returns, trademark registration, a husband's websites, a camping
  set, an outdoor-gear shop link, contingency-fee debt collection, a fund "live portfolio" group, invoices
  sold, a sea-fishing boat, a label and packaging printer, a software outsourcing team, a fish pond,
  brokerage account opening, a retired accountant, licence cancellation, annual legal counsel, ground bait,
  graduation projects coded, outdoor-leader training, manual printing and binding, bookkeeping, Hong Kong and
  US stock tips on Telegram, an offshore dollar fund, securities-fraud claims registration, a fishing QQ
  group, outdoor-gear videos on Douyin, outsourcing, finance outsourcing, bookkeeping (traditional),
  company registration (pinyin), IPO subscription lessons, websites (traditional), free legal advice, a
  weekly hiking bus, fishing-gear clearance, bookkeeping (pinyin phone), a sea-fishing boat (traditional),
  tax planning, and the 12 subtle lines (ground bait, a change of bookkeeper, a stock "bottom-fishing" quota,
  unpaid wages, calendars, subcontracted projects, mackerel, company registration, a printer, a fund quota,
  yak jerky, floats).
- `NEGATIVE_28` (100 lines): 22 that look dangerous at first sight (a new accountant's WeChat and phone for
  invoicing, the tax officer's landline, a hike's emergency contact, an investor-relations hotline, the
  12348 legal-aid line, volunteers who wrote in private, a test-server address, a printer's contact card
  passed on, a project manager's WeCom, a club's payment code, billing details sent privately, charity money
  in the foundation's account, a law firm's OA link, a second volunteer group, an outsourcer's on-call
  phone, a hike's track link, an AGM live stream, a business licence asked for privately, a volunteer
  badge, tax mail in the spam folder, ID numbers for insurance sent privately, a tax number sent to the
  finance group); 12 members asking to buy, borrow or for a recommendation (a bookkeeper, a labour lawyer,
  a stream rod, used trekking poles, a rejected trademark, A0 plotting, the cost of a booking mini-program,
  a print shop recommended, a shell jacket, a sea rod to borrow, a private placement, closing a sole trader);
  11 warnings or complaints quoting the ad (a stock "insider" group, a fake tax refund text, invoices for
  sale, "recover your lost money" lawyers, a charity paying returns, free fishing gear, shareholder gifts,
  outsourcing deposits, "free hikes" selling supplements, companies without an address, a shareholder-gift
  spammer removed); 14 lines with numbers that are not contacts (an invoice's last digits, a credit-code
  tail, Moutai falling, a VAT deadline, quarterly revenue, a hike's fee, a print quote, a case number, a
  catch, a ticket number, a meeting room, the record date, a staff number, server costs); organisers' and
  firms' own notices and sign-up lists (a hike 接龙, a care-home visit 接龙, a fishing ban, a law firm's move,
  bank statements for annual reports, a charity book club, a printer's delivery delays, a weekly meeting, a
  cold-weather kit list, a no-stock-tips rule); 8 heated arguments and complaints (sloppy books, a slipping
  launch, fishing-spot grabbing, management and the share price, a fast hike leader, a slow lawsuit, print
  colours, charity check-ins); chat and work talk (an empty fishing day, a sea of clouds, social security,
  a car key, a legal talk, charity takings, code review, dividends, volunteer certificates, official-document
  printing, special invoices, a good fishing evening, a penalty clause, a law firm recommended without
  advertising, sore knees, a fish story); three traditional-script lines (a beach clean-up, a slippery
  stream, audit fees), one with full-width letters, and three English or mixed lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's or firm's own notice inside its own
group is not, nor is a member asking for or recommending something inside the group, nor a contact passed
on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_28 = """
帮小微企业记账报税，每月出报表，税务异常也能处理，加v jizhang_xiaoqin
新公司注册、地址挂靠、工商变更注销一条龙，三天出执照，电话 13816720495
上周给大家提示的那只票三连板了，后面还有两只，想跟的加微 gp_laochen
劳动仲裁、离婚财产、借贷纠纷，执业十年律师免费先聊，微信 lvshi_zhangwei
自己用木头磨的路亚假饵，泳姿很正，二十一个，vx luya_afei
周日东白山穿越，包车加午饭一百二，领队带，报名 wx huwai_laomao
快印店：名片画册易拉宝，当天做当天取，满两百送上门，电话 15167340928
小程序、APP、公众号定制开发，报价透明，交付源码，加v kaifa_studio
光威5.4米台钓竿，用了半年没磕碰，三百出，微信同号 18957306241
个税汇算、高新认定、审计报告加急都能做，V❤ caishui_lily
私募内部份额，年化保底百分之十二，起投五十万，了解加微信 simu_vip888
想给自家品牌注册个商标的，一类收一千二，下证前不另外收钱，微信 sb_zhuce
我老公是做网站的，企业官网三千起，要做的加他v wangzhan_dage
帐篷睡袋防潮垫一整套，就露营过两回，四百拿走，wx camping_xiaoyu
新开的户外装备店，冲锋衣登山鞋工厂价直发，逛逛 https://outdoor-gear-mall.cn/shop/3321
合同纠纷、欠款追讨可风险代理，不成功不收费，电话 17706185392
基金定投实盘群每天晒持仓，想进的加v jijin_shipan
手上有专票普票额度，各行业都能出，费率好谈，微信 fapiao_8899
舟山海钓船包船，十人一条，渔具鱼饵全包，船老大电话 13587619042
印刷厂直营不干胶、手提袋、包装盒，起订量低，vx yinshua_cc
软件外包团队接单，Java、Python、前端都有人，按人天报价，wx outsource_dev
我家鱼塘刚放了鲫鱼草鱼，一天五十随便钓，导航搜李家鱼塘，电话15968021473
在券商做客户经理，新开户的交易费率给到最低档，找我办 vx kaihu_xiaowang
退休会计在家帮小店做账，一个月一百五，微信 laokuaiji_he
楼里有开小店要注销执照的吗，我在税务口干了二十年，电话 138 0571 2964
法律顾问包年服务，中小企业五千起，电话一三九 五八七二 六零三一
自配窝料，鲫鱼一打一个准，十块一包，联系 ①⑤⑨⑧⑥②⓪④⑦③①
毕业设计、课程作业程序代做，Java安卓都接，🐧 1837264950
户外领队证培训，考完可带队接单，报名 幺五八 六七三二 幺零九四
会议手册、员工手册印刷装订，加急也接，电话１８６５７０２３９４１
代账报税找小周，电话 壹伍玖 叁捌柒贰 零陆肆伍
港美股一手消息，每天开盘前推送，Telegram @gangmei_xiaoxi
海外美元基金认购，门槛十万美金，纸飞机 @fund_amy2026
受虚假陈述影响的股民可以索赔，律所免费登记 dwz.cn/Ab3kP9
钓友扣扣群 58 261 7394，每天分享钓点和鱼情，进来聊
户外装备实测视频都在我抖音，抖音号 shanye_laoliu，关注有福利
外包项目找我们，报价当天出，v x: s o f t _ 8 8
财务外包、内账外账都做，☎ 幺三七 六〇二八 五四九三
會計出身，幫個體戶和小公司報稅做帳，收費實在，加薇芯 jizhang_ok
xiang kai gongsi de, zhizhao wo bang ni pao, san tian gao ding, jia wo weixin zhuce_ok
港股打新中签率高，想学的加威信 dxin_laowang
網站小程序開發，價格公道，扌口扌口 二八七三九一六五〇四
ѵх: lushi_help 免费法律咨询，欠薪工伤都能办
𝘃𝘅 𝗵𝗶𝗸𝗶𝗻𝗴_𝗰𝗹𝘂𝗯 周末登山团每周发车，新人首次半价
⒱⒳ yuju_shop 搬家清仓，自己的鱼竿鱼轮五折出
dianhua yao san ba, ling qi wu er, jiu liu si san, daili jizhang zhao wo
海釣船出租，包船優惠，聯繫葳信 haidiao_zs
ᵛˣ shuiwu_chouhua 税务筹划，合理节税省百分之三十
自己炒的窝料和拉饵放在楼下车库门口的筐里，钓友们拿了往罐子里扔二十就行
明年想换代账公司的，年底前把上月报表拍过来，我给你看看能省多少
明天开盘想抄底的，今晚十点前把资金量报给我，名额有限
被拖欠工资的，把合同和聊天记录整理好，周三下午直接来所里找我
我儿子在印刷厂上班，年底要印台历挂历的，把logo和样式丢过来，三天出货
项目排不过来的转包给我们组，报价好商量，cue我一下
今早出海钓的马鲛鱼还活蹦乱跳，二十一斤，拎桶来码头挑
想开公司又怕跑腿的，把身份证复印件交给我就完事了
家里激光打印机用不上了，一百五，住附近的下楼时带个纸箱装走
这期产品额度只剩两百万，谁先打款算谁的
自家风干的牦牛肉干，爬山揣兜里正好，一斤九十，要的给我发个拍一拍
手工浮漂，巴尔杉木做的，三十一支，钓友们需要的周末水库边找我
""".strip()

NEGATIVE_28 = """
新来的会计小吴负责开票，她微信就是手机号 15257360914，开票信息直接发她
我们所的专管员换成刘科长了，座机0571-87062315，月报拿不准可以问他
本次徒步紧急联系人：领队阿杰 13968027415，走散了原地等别乱跑
各位股东，公司董秘办的投资者热线是 0755-86123947，年报问题走这个渠道
法援中心值班律师周二周四在，预约打12348，免费的，记得带身份证
私聊我的几位志愿者，服务时长下周统一在平台上补录
测试环境地址 http://10.2.3.15:8080 ，账号找小林要，别外传
样稿你直接发印刷厂王姐确认，我刚把她名片推你了
加一下项目经理的企业微信，需求变更都在那边留痕
钓鱼协会的年费交给会计老蒋，收款码在群公告里
客户要我们的开票资料，我私聊发给你，别发大群
义卖收的钱已经全部转到基金会对公账户，明细在群文件里
大家下载一下律所的OA，链接在邮件里，用工号登录
志愿者群满500人了，新报名的我拉到二群，内容一样
外包公司的技术负责人电话 18621095374，线上出问题半夜也可以打
这是今天登山的轨迹链接，两步路上能打开，回去别走错岔路
想看股东大会直播的，公司官网投资者关系栏目有入口
麻烦把营业执照照片私发我，工商年报我今晚一起报了
加我好友备注名字和单位，我统一发志愿者证
税局的通知老是进垃圾箱，财务那边改用公司邮箱接收吧
有没有靠谱的代账公司推荐？我们小店一年营业额就几十万
求推荐个打劳动仲裁的律师，公司拖了我三个月工资
想买根溪流竿，预算五百以内，钓友们给点意见
谁有二手登山杖？下个月去四姑娘山，买新的不划算
群里有懂商标的吗，我想注册的名字被驳回了，怎么办
A0的施工图谁知道哪里能打？明早八点就要
想找外包做个预约小程序，大概要多少钱，有做过的说说行情
我用过城西那家快印，名片二十四小时就出，质量不错
有推荐的冲锋衣吗？别太贵，主要爬爬周边的山
周末想去海边抛竿，谁有闲着的海竿能借我用一下
又有陌生人拉我进“牛股内参群”，说跟着老师操作稳赚，这种就是杀猪盘
冒充税务局的短信“您的个税退税待领取，点击链接”，全是假的
那种“代开发票点数低”的广告一律别理，虚开是犯罪
小心“律师代理追回被骗款项，先付服务费”，被骗一次别再被骗第二次
刚有人发“公益项目，捐一百返两百”，公益哪有返钱的，已踢
又看到“关注领免费渔具，只付运费”，收到的都是垃圾
我爸接到“股东回馈，凭持股证明领礼品”的电话，还让报身份证号，明显是骗子
“软件外包，预付30%定金开工”，结果人就跑了，我们公司吃过这个亏
户外群注意，有人打着“免费徒步”旗号拉人，到了就推销保健品
别信“三天注册公司不要地址”，后面全是异常名录的坑
这张发票的购买方名称写错了一个字，得作废重开，号码尾数6547
统一社会信用代码最后四位是 3K7X，合同上核对一下
茅台今天又绿了，拿着的几位心态稳住啊
本月增值税申报截止15号，今天已经12号了
三季度报表出来了，收入一千二百多万，比去年同期多了八个点
报名费一人185，含保险和大巴，多退少补
印刷报价：铜版纸彩页2000张，单价0.38，含税
案号（2026）浙0106民初4521号，下周二开庭
今天钓了七条，最大那条鲈鱼三斤二两
工单 #3827 的bug已经修了，麻烦测试回归一下
402房间是会议室，志愿者培训九点开始
股东大会股权登记日是11月28日，现场参会要提前登记
员工编号 A0719 的社保基数填错了
服务器每月费用3600，下季度要续费了
【周六徒步接龙】九龙山线，7:30地铁口集合：1. 阿杰 2. 小雨 3. 老周
周日敬老院探访需要8个人，能去的在下面接龙
协会通知：本周日水库禁钓，鱼苗刚投放，请大家理解
本所下周一起搬到新办公楼18层，来访客户提前跟助理确认
年报季临近，请各位客户在月底前把银行对账单交齐
公益读书会本周读《活着》，地点社区图书馆二楼
印刷厂通知：元旦前订单较多，交期顺延三天
项目周会改到周四下午三点，线上会议号看日历邀请
爬山的注意，明天降温，必须带保暖层和头灯
管理员提醒：本群只聊公司经营，不准荐股，发了直接踢
你这账做得一塌糊涂，成本都没结转，税局来查谁负责？
上线日期一拖再拖，外包那边到底有没有人在干活
抢钓位的那个大哥能不能讲点规矩，我凌晨四点就来了
管理层天天画饼，股价腰斩了还好意思发分红预告
领队自己走那么快，把后面的人全甩了，出事谁负责
律师费都交了，案子拖了半年一点进展没有
印出来的颜色和样稿差太多了，这批必须返工
做公益就做公益，别每次活动都要求发朋友圈打卡
哈哈今天空军了，一条没钓上，回家吃泡面
山顶的云海太美了，爬了四个小时值了
刚交完社保，工资卡里就剩两百了
谁的车钥匙落在服务站了？黑色大众的
李律师今天的普法讲座讲得真清楚，特别是遗嘱那块
这次义卖一共筹到两万三千多，谢谢每一位参与的朋友
代码审查完了，有三个地方命名不规范，改一下
今年的年终奖看来要靠股票分红了哈哈
週日淨灘活動圓滿結束，撿了四十多袋垃圾，大家辛苦了
這條溪的石頭很滑，下水一定要穿溯溪鞋
會計師事務所今年的審計費漲了一成
Please submit your timesheets by Friday, the client will audit the hours
PR已经merge了，staging环境明早部署
Q3 dividend 已到账，大家查一下券商APP
ＩＳＯ认证的材料下周一前交齐
买保险需要身份证号，报名的私发我，别发群里
刚在券商APP上看到定增公告了，有人研究过吗
谁知道个体户注销要去哪个窗口办
这个月的志愿服务证明已经开好了，放在前台自取
我们厂不接红头文件的单，这个你得去找定点单位
那个说加他微信领股东礼品的，已经被群主移出去了
客户问能不能加急开专票，财务说最快明天
昨晚鱼口特别好，窝子打在浮萍边上，七点以后连竿
外包合同第7条违约金写的是千分之五，法务再看下
我在群里说的那家律所是我自己打官司请的，不是打广告哈
徒步回来膝盖疼了三天，下次一定戴护膝
老钱你那条大青鱼真有四十斤？别吹了，发个视频看看
发票抬头是杭州某某科技有限公司，税号我单独发财务群
""".strip()
