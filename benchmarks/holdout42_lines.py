"""Hold-out set 42 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-40 (see holdout_data.py), at the same time as set 41 (written by another helper; this set was
checked by the same script against set 41's lines as they stood when this one was finished, unread: highest ratio
0.447, after one heated-argument line of this set that stood at 0.651 was rewritten). The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/
or docs/, imported nothing from qungui, ran no detector or qungui command on these lines and did not run
bench_holdout.py or any other benchmark; holdout_data.py (lines 1-180: its docstring) was opened only for the
labelling rules and the history of earlier sets, holdout39_lines.py and holdout40_lines.py only for their module
docstrings, printed up to the closing triple quote (the file format, the docstring style and their topic lists and
calls, to avoid repeating them; their lines were not read, except that a grep of holdout39_lines.py for its layout
showed its import and assignment lines and its line count), the benchmarks folder's file names were listed, and
pyproject.toml was grepped only for its ruff settings. The two dumps (earlier hold-out lines of sets 1-40, training
lines) were only read by a similarity script that printed this set's lines and ratios, never the dumps' lines. No
line is copied from earlier sets or from the training lines: every line's difflib ratio
(SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line of the earlier hold-out sets' dump
is at most 0.5 (highest 0.497), against every line of the training-line dump at most 0.5 (highest 0.475), and no two
lines of this set exceed 0.5 against each other (highest 0.412). The lines are meant to be scored once, blind;
tuning on their errors would spoil them.

Set 42 focuses on crypto and money-moving offers: USDT bought and sold for cash or transfer (出U, 收U, U商, 承兑,
场外, TRC20/ERC20), "digital currency" and mining schemes (挖矿, 矿机托管, 矿池, 云矿机, 空投, 数字人民币 "内测" and
"补贴" scams), NFT and metaverse projects (数字藏品, 白名单, 盲盒, 元宇宙创业营), bank cards and payment accounts
rented or bought (收卡, 租卡, 一类卡, 跑分, 收款码, 代收代付), foreign-exchange and gold trading platforms
(外汇带单, 返佣, 炒金, 黄金现货, 带单老师, 港币美元现钞), and "task" and "investment club" recruiting (做任务,
返佣金, 投资俱乐部沙龙), beside ordinary chat about banks, payments, exchange rates, gold and investing in work,
neighbourhood, alumni, parents' and family groups. It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain id after "加我微信" (twice), "vx", "加v", "wx", "V❤" and "加她 wx"; a mobile number after
"打他电话" and after "要换的打"; "微信同号"; a company landline with a manager's name; a "QQ" number; a "Q群"
number; "私我"; "私聊"; a 微店 shop link; a 腾讯问卷 sign-up link; a t.me channel; a Taobao shop name to search; an
e-mail address; a Signal contact with a +852 number; a Discord invite; a WeChat mini-program name to search; a
抖音号 with "私信报名") and 14 moderately (digits spaced in groups, Chinese digits with 零 in groups with
"微信同号", circled digits with ⓪, 幺/两/洞 in groups, upper-case Chinese digits with dashes, "扣扣" with Chinese
digits, "企鹅" with dash-separated digits, "绿泡泡" with an id, "纸飞机" with an @handle, a t.cn short link, a
full-width id after "ＷＸ", "v x" with a spaced-letter id, digits mixing Arabic and Chinese "1五8 三4七9 二06一",
the homophone "加威信") and 10 heavily, with disguises the docstrings read do not list (subscript digits "₁₃₈₂₇…"; a
mobile number spelt as English words "用英文念：one three seven zero …"; mathematical double-struck letters and
digits "𝕧𝕩：𝕞𝕖𝕥𝕒𝟠𝟠𝟠"; circled Latin letters "ⓥⓧ：ⓩⓤⓚⓐ_ⓓⓐⓘ"; bopomofo for 微信 "加ㄨㄟ ㄒㄧㄣˋ"; a sum to work out
"把 13600000000 加上 8527419 就是号码"; a Heavenly Stems cipher with its key
"甲=1乙=2依次到癸=0：甲戊乙 庚丙癸丁 壬辛己甲"; an e-mail address with its symbols in words
"kuangji_lao 艾特 163 点 com"; Greek look-alike letters "νχ：κοin_88"; tone-marked full pinyin "jiā wēixìn") and 12
subtle (an offer with a call to action only, none listed by the earlier sets' docstrings that the writer read:
"我手上有U，周日下午两点在万达三楼星巴克，要换现金的直接来", "有闲置银行卡的把开户行和卡的类型发群里，我统一报价收",
"明早九点前把你的收款码截图发给群里的小助理，当天就返佣金", "矿机份额只剩二十份，转账备注名字就算占位，先到先得",
"空投今晚十二点截止，钱包地址直接贴在这条下面，到时候统一发币",
"做任务一单赚八块，截完图把支付宝账号和名字接在后面",
"数字人民币内测返利名额，投一万每月返八百，下周二晚七点党群中心二楼当面讲",
"港币现钞我这还有不少，想换的报个数额，我给你留着", "第二批NFT盲盒开售，看上的把ETH打到置顶那个地址，到账就发",
"我在跟一个老师做外汇，有意向的跟帖写上想投多少，我帮你们报上去",
"挖矿APP注册时邀请码填 6F3K9，前一百名送一台云矿机",
"下周六上午十点阳光酒店二号厅投资俱乐部沙龙，到场送一克金条，带朋友来再送一克"). About 15 positives are written the
way members casually sell in a group (a cousin's forex copy-trading, twenty thousand U sold cheap because the family
needs cash, a younger brother's mining-parts shop, an elder sister's forex rebate, a brother-in-law's money-exchange
shop, a husband's work's retired mining rigs, the writer's own years as a U dealer, a nephew minting NFTs, the
writer's own mining group, the writer's own hoarded rigs, a friend's 代收代付, the writer's three years of gold
copy-trading, U swapped for cash at a café, Hong Kong dollars held back for whoever names a sum, a forex teacher's
stakes collected in the thread).

- `POSITIVE_42` (60 lines): long-term U selling (加我微信), a cash-counting acceptor (vx), U bought on TRC20 and
  ERC20 (加v), first-class bank cards rented (wx), mining-rig hosting in Inner Mongolia (V❤), a cousin's forex
  copy-trading (mobile), a digital-collectible launch (微信同号), spot-gold accounts (landline), a 跑分 team (QQ), a
  mining beginners' group (Q群), twenty thousand U sold cheap (私我), 代收代付 (私聊), hardware cold wallets (微店
  link), a metaverse start-up camp (sign-up link), a daily U-price and exchange channel (t.me), a brother's
  mining-parts Taobao shop (shop name), offshore accounts and companies (e-mail), a sister's forex platform (加她
  wx), Hong Kong and US dollar cash (Signal), an NFT airdrop whitelist (Discord), a brother-in-law's exchange shop
  (mobile), a "gold-bean" mining mini-program (mini-program name), retired rigs from a husband's work (加我微信), an
  investment club's gold and silver talks (抖音号); then bank cards bought (spaced digits), the writer's own U
  business (Chinese digits), 跑分 (circled digits), forex copy-trading (幺), mining-pool partners (upper-case
  digits), a nephew's NFT minting (扣扣), WeChat and Alipay accounts bought (企鹅), an acceptor (绿泡泡), OTC U
  (纸飞机), a digital-yuan "wallet upgrade" subsidy (short link), gold copy-trading (full-width), the writer's own
  mining group (spaced letters), U bought at the best price (mixed digits), forex rebate agents (加威信); the ten
  heavy lines (U selling, the writer's own rigs, an NFT whitelist, card renting, a gold agency, a friend's 代收代付,
  an acceptor, mining-rig specs, OTC cash, gold copy-trading); and the 12 subtle lines.
- `NEGATIVE_42` (100 lines): 21 that look dangerous at first sight (the property office's landline for a bank's
  social-security-card visit, an invoice number with "王姐" named first, "加我微信" to a colleague named first for a
  claims PDF, a bank's official 95533 line, an Alipay order number for a grandmother's money, the foreign-exchange
  administration's site for one's quota, a QR code on the neighbourhood notice board for an anti-fraud talk, an SF
  number for a new bank card, the accountant's mobile passed on for expense claims, a school 公众号 for fees, the
  alumni association's account kept in the group files, a Tencent Meeting number for a finance meeting, a payment
  receipt number, the central bank's site for the central parity rate, a company account sent by 私聊, the tax
  bureau's site for refunds, a father told never to give away a code, the official digital-yuan app, a deposit
  refund's transfer serial number, a manager's 企业微信 and staff number for a contract, a bank branch's new address
  and landline); 11 members asking (where to change yen, gold savings at a bank or Alipay, the yearly purchase
  quota, digital-yuan red packets, sending money home from Australia, whether trading USDT is legal, a child's debit
  card, free inter-bank transfers, books on money without courses, new notes for a wedding, booking a large cash
  withdrawal); 10 warnings or complaints quoting the ad or scam ("U搬砖，一天三千", "高价收银行卡一张八百",
  "数字人民币内测充值返利", "炒黄金的带单老师，保证不亏", "空投领币先付手续费", "刷单返利先垫付",
  "NFT限量发售一小时翻十倍", a police notice on renting out payment codes, "养老币", "矿机托管年化300%"); 19 lines
  with numbers that are not contacts (the dollar rate, the gold price, a New Year's Eve dinner 接龙, a mortgage,
  dollars changed without a fee, alumni donations, a flat number, a meeting room, a deposit rate, a barbecue split,
  a housing-fund date, fund moves, a badminton score, utility bills, a gold ETF, annual-party prizes, a travel
  exchange rate, a festive-shopping 接龙, expense forms); 7 organisers' and admins' own notices (a ban on crypto,
  U-dealer, 跑分 and card-renting posts, an alumni gala, a removed mining-rig account, a school taking no fees in
  the group, a company payroll-card change, a homeowners' rule on investment links, a reunion fee paid only to the
  monitor); 22 lines of everyday chat about gold bars at home, missing out on bitcoin, exchange paperwork, a bank's
  wealth manager, the digital yuan on the metro, a husband sent to driving school instead of forex, a year-end bonus
  in digital yuan, NFT prices, a mother's gold jewellery, bank queues, old people at "investment talks", a payroll
  card and the housing fund, 余额宝, booking dollar notes, moving back to fixed deposits, a cousin who broke even on
  crypto, Alipay in Thailand, a grandmother at the counter, a gold bangle's loss, mortgage rates, a card frozen for
  friends' transfers, an ID card needed for an account; 6 heated arguments without any selling; two English lines
  and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_42 = """
长期出U，价格比交易所低一个点，大额可以面交，加我微信 uu_laoli886
本人实体承兑商，人民币换USDT当面点钞，vx：chengdui_szx
收U收U，TRC20和ERC20都收，秒结不压款，加v：shouu_0931
家里有闲置一类卡的看过来，租一个月给三千，卡和U盾寄过来就行，wx：zk_haoge
矿机托管找我，内蒙古自有电站，电费三毛二一度，V❤：kc_neimeng
我表哥在做外汇带单，上个月账户翻了一倍，想跟的打他电话 13867205913
数字藏品首发，限量999份，白名单名额不多，微信同号 15902287461
黄金现货开户送赠金，点差低出金快，公司座机 0755-83621907 找刘经理
跑分团队招人，有支付宝微信收款码就能做，日结，QQ：2871034496
挖矿新手交流群，进群送矿池教程和挖矿软件，Q群 604218837
手上还有两万U，家里急用钱便宜出，有要的私我
代收代付，支持对公对私，量大费率可以谈，私聊
冷钱包硬件现货，官方渠道正品，微店下单 https://weidian.com/?userid=1830472916
元宇宙创业营第三期招生，学费含三个月社群陪跑，报名戳 https://wj.qq.com/s2/13920461/b7k2/
每天U价播报和场外换汇，进频道 t.me/uprice_daily
我弟开了个矿机配件淘宝店，搜“周记矿机配件”就是，二手矿机三折
离岸账户开户和境外公司注册，材料发邮箱 offshore.helpdesk@outlook.com
我姐在外汇平台做客服，开户能返手续费，要开的加她 wx：lina_fx07
港币美元现钞兑换，比银行划算，Signal 联系 +852 6234 8817
NFT项目空投白名单开放，进Discord领：discord.gg/metaland7
我小舅子在广州开换汇店，泰铢日元都有，要换的打 13927745021
每天签到就能挖金豆，微信小程序搜“金豆矿场”，邀请好友还有奖励
我老公单位淘汰了几台矿机，成色还行，要的加我微信 hx_mama1988
投资俱乐部招会员，每周有老师讲黄金白银行情，抖音号 jinshi_laoma 私信报名
高价收卡，一类卡二类卡都要，当天结钱，电话 139 2817 6604
我自己做U商好几年了，需要的打一三六 零七二五 八八四九，微信同号
跑分日入五百不是梦，联系①⑤⑧⑨③⓪⑥⑦②④①
外汇带单老师在线指导，电话幺三八 洞两七四 九幺五六
招矿池合伙人，分红按算力走，来电 壹伍玖-贰捌叁柒-零陆肆伍
我侄子在做NFT铸造，能帮你把画做成数字藏品，扣扣 三九七二八一五零四
收微信支付宝账户，实名的都要，企鹅 1-2-4-7-9-8-3-0-6
承兑老板长期合作，费率最低，绿泡泡：jinbi_xiaoyu
场外出U秒到，纸飞机 @usdt_otc_sz
数字人民币钱包升级领补贴，点 t.cn/A6kP2xQz 填资料
炒金带单一对一，ＷＸ：ｊｉｎｌａｏｓｈｉ９９
我自己搞了个挖矿小群，想一起的 v x : k u a n g j i 7 7
收U价格全网最高，电话1五8 三4七9 二06一
外汇返佣代理招募，加威信 fxfanyong_66
出U，大额优先，电话 ₁₃₈₂₇₄₀₉₆₁₅
我自己囤的矿机要清掉，电话用英文念：one three seven zero five eight two nine four one six
NFT白名单内部名额，𝕧𝕩：𝕞𝕖𝕥𝕒𝟠𝟠𝟠
租卡日结，ⓥⓧ：ⓩⓤⓚⓐ_ⓓⓐⓘ
黄金代理零门槛，加ㄨㄟ ㄒㄧㄣˋ：au_zhaoshang
我朋友做代收代付的，要找他的把 13600000000 加上 8527419 就是号码
承兑找我，甲=1乙=2依次到癸=0：甲戊乙 庚丙癸丁 壬辛己甲
矿机参数表发你，邮箱 kuangji_lao 艾特 163 点 com
出U换现金，νχ：κοin_88
我带单炒金三年了，想跟的 jiā wēixìn：jinjie520
我手上有U，周日下午两点在万达三楼星巴克，要换现金的直接来
有闲置银行卡的把开户行和卡的类型发群里，我统一报价收
明早九点前把你的收款码截图发给群里的小助理，当天就返佣金
矿机份额只剩二十份，转账备注名字就算占位，先到先得
空投今晚十二点截止，钱包地址直接贴在这条下面，到时候统一发币
做任务一单赚八块，截完图把支付宝账号和名字接在后面
数字人民币内测返利名额，投一万每月返八百，下周二晚七点党群中心二楼当面讲
港币现钞我这还有不少，想换的报个数额，我给你留着
第二批NFT盲盒开售，看上的把ETH打到置顶那个地址，到账就发
我在跟一个老师做外汇，有意向的跟帖写上想投多少，我帮你们报上去
挖矿APP注册时邀请码填 6F3K9，前一百名送一台云矿机
下周六上午十点阳光酒店二号厅投资俱乐部沙龙，到场送一克金条，带朋友来再送一克
"""

NEGATIVE_42 = """
物业办座机0571-86213355，这周六建行工作人员来小区大厅上门激活社保卡
王姐，对账表我发你邮箱了，发票号04419872那张金额对不上，麻烦看下
小陈加我微信一下，报销流程的PDF我传给你
认准银行官方客服号，比如建行是95533，陌生号码自称银行的直接挂
给外婆转的生活费，支付宝订单号2025111322001456789012，一直显示处理中
外汇管理局官网 www.safe.gov.cn 能查自己今年还剩多少购汇额度
反诈讲座周四下午三点在居委会，到了扫公告栏上的二维码签到就行
银行寄来的新卡，顺丰单号SF1402376895211，谁帮我看看到哪了
报销有问题直接找会计小刘，她电话13816620947，别在大群里问
孩子学费的缴费码在学校公众号“缴费大厅”里，千万别转给个人
校友会会费账户：中国银行，户名某某大学上海校友会，账号在群文件里，转完截图给秘书长
明早九点季度财务会，腾讯会议号628 417 903，大家准时
客户打款回单编号HD20251118003，出纳确认一下到账没有
人民银行官网 pbc.gov.cn 每天九点十五公布汇率中间价，别看那些乱七八糟的网站
对公账户信息我私聊发你，群里人多别发
个税APP退税入口在“我要办税”里，官网是 etax.chinatax.gov.cn，别点短信链接
老爸，那个验证码谁要都不能给，银行从来不会打电话找你要
数字人民币App各大应用商店都能搜到，官方名字就叫“数字人民币”，别扫陌生二维码下载
房东，押金退款我已经收到了，招行转账流水号98820231117，谢谢
刘经理让我转告，合同盖章版加他企业微信要，他工号3307
银行网点搬到人民路88号了，电话0731-84415562，老人去办业务别跑错
有谁知道去哪换日元划算？下个月带我妈去大阪
黄金积存是在银行买好还是支付宝上买好？有懂的说说
每年五万美元的购汇额度是按自然年算吗
数字人民币的红包怎么领啊，我点了半天没反应
儿子在澳洲打工，往国内汇钱走什么渠道最快，有用过的吗
有没有人懂，USDT在国内买卖到底算不算违法？同事天天在说
小孩满几岁才能单独办借记卡？学校发补助要用
哪家手机银行跨行转账不收手续费？工资卡想换一张
想学点理财基础，有没有推荐的书，别推课
明天喜事要换新钱，谁知道哪个网点还有新版一百的
取五万现金要不要提前跟网点约？在银行工作的朋友说一下
提醒一下，刚有个小号冒充管理员拉人做“U搬砖，一天三千”，已清理，私聊的一概不理
又看到“高价收银行卡一张八百”这种，出借银行卡就是帮信罪，要判刑的
我表姐信了“数字人民币内测充值返利”，六万块没了，大家千万长点心
刚才陌生人加我，说是“炒黄金的带单老师，保证不亏”，我没理，大家也防着点
什么“空投领币先付手续费”，付了就拉黑你，全是骗局
“刷单返利先垫付”这种一律是骗子，派出所民警来小区讲过好几次了
刚才那条“NFT限量发售一小时翻十倍”我已经举报了，管理员看一下
派出所通报，出租自己的收款码也算帮信，隔壁区已经判了一个
妈，那个“养老币”就是传销，别再往里投钱了，爸的退休金都快没了
“矿机托管年化300%”你也信？本金都拿不回来
今天美元兑人民币7.12，比上周又涨了一点
金价今天628一克，比过年那会儿贵了快一百
年夜饭包厢订好了，接龙报人数：1. 二舅家4人 2. 小姨家3人 3.
这个月房贷扣了4320，工资到手就剩5800了
国庆前换了3000美元，工行手续费是0
校友捐款统计：87级12人，共8600元，谢谢大家
1502的快递放我家门口了，有空来拿
下午两点半B座1806开会，记得带电脑
三年定期利率才2.15%，又降了
烧烤一共836，14个人，每人60，多的当班费
公积金基数7月1号起调整，具体看人事发的表
昨天基金跌了1.8%，今天又回来0.9%
上次羽毛球比赛我们班3:1赢了
本月水电燃气一共286.5，已经自动扣款了
我买的黄金ETF今年涨了27%，可惜只买了两千块
年会抽奖一等奖是一根20克的金条，二等奖500元京东卡
这次出差的汇率按6.95算还是按7.1算？财务说以发票日为准
接龙买年货：1. 3栋王阿姨 坚果两箱 2. 5栋小赵 大米一袋 3.
我们部门报销单一共37张，下周三前交齐
开户要带身份证原件，复印件没用，我白跑一趟
本群禁止发虚拟币、U商、跑分、租卡之类的消息，发一次直接移出
群公告：校友年会12月20日晚六点，报名找各班班长，费用现场交
管理员：刚才那个发矿机托管的号已经请出去了，他私聊谁都别回
学校不会在家长群里收任何费用，所有缴费只走官方平台，请家长知悉
公司通知：工资卡统一换成建行，周五前把新卡号交给人事
业主群规：转发投资理财、炒币的链接一律先警告再踢
毕业二十周年聚会费用由班委统一收，每人300，只转给班长本人，不要转给陌生人
我爸非要买金条放家里，说比存银行踏实
比特币又涨了，去年没上车，现在看着心痛
现在出国换汇比以前麻烦多了，要填一堆用途
银行那个理财经理天天给我打电话，烦死了
数字人民币我就用过一次，坐地铁打折
老公说要学炒外汇，我直接给他报了个驾校让他去练车
我们公司年终奖今年发的是数字人民币，还挺新鲜
NFT这东西我到现在都没搞懂，一张图凭什么卖几十万
我妈拿退休金买了点黄金首饰，说是保值
银行周六只开一个窗口，取个钱等了快五十分钟，服了
我们小区好多老人被拉去听“投资讲座”，领了鸡蛋回来还挺高兴
工资卡换了之后，公积金还是原来那张吗
我那点钱全在余额宝，收益一天就几毛
今天去换汇，柜员说美元现钞要提前预约
有没有人跟我一样，把理财全赎回来存定期了
表弟说他在币圈赚了，我问多少，他说回本了
去泰国用支付宝直接扫码就行，不用换太多现金
外婆不会用手机银行，每个月还是要我陪她去柜台取钱
这两天金价跳水，我同事刚买的手镯亏了四百
听说以后房贷利率还要降，等等再说
银行卡被限制非柜面交易了，就因为收了几笔朋友的转账，真无语
上个月你晒收益晒得那么起劲，爆仓那次怎么一个字都不提？
投资是你自己的事，别再拉我爸妈去听什么讲座！
你说人家不懂，你那个养老币不就是骗局吗，还好意思教育别人
借钱的时候说一个月就还，现在半年了连个人影都没有，别装没看见
上次群里借的2000什么时候还？一直装死有意思吗
你别动不动就说人家是骗子，人家是正规银行的
Does anyone know if Wise works for sending money to China? My bank charged me 35 dollars last time.
Reminder: the alumni dinner is 150 per head, please pay the treasurer at the door.
我在香港換港幣，匯率比內地銀行好一點，大家出門記得帶卡。
阿公說金條還是放銀行保險箱比較安心，放家裡總是睡不好。
"""
