"""Hold-out set 41 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-40 (see holdout_data.py), at the same time as set 42 (written by another helper; this set was
checked by the same script against set 42's lines as they stood when this one was finished, unread: highest ratio
0.447, after one line of this set that stood at 0.651 was rewritten). The writer read no detector code, word list,
rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or docs/,
imported nothing from qungui, ran no detector or qungui command on these lines and did not run bench_holdout.py or
any other benchmark; holdout_data.py (lines 1-180, its docstring) was opened only for the labelling rules and the
history of earlier sets, holdout39_lines.py and holdout40_lines.py only for their module docstrings, printed up to
the closing triple quote (the file format and their topic lists and calls, to avoid repeating them; their lines
were not read), the benchmarks folder only for its list of file names, and pyproject.toml only for its ruff
settings (a grep for them). The two dumps (earlier hold-out lines of sets 1-40, training lines) were only read by a
similarity script that printed this set's lines and ratios, never the dumps' lines (apart from that script, only a
byte count of the first 300 bytes of one dump was taken). No line is copied from earlier sets or from the training
lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line
of the earlier hold-out sets' dump is at most 0.5 (highest 0.492), against every line of the training-line dump at
most 0.5 (highest 0.468), and no two lines of this set exceed 0.5 against each other (highest 0.385). Eleven lines
that first stood above 0.5, or at exactly 0.5, against a dump were rewritten (three of them twice). The lines are
meant to be scored once, blind; tuning on their errors would spoil them.

Set 41 focuses on gambling and lottery touting: lottery number tips and "insider" picks (彩票推荐, 双色球 杀号, 大乐透 胆拖, 福彩3D
独胆, 时时彩 计划, 六合彩 特码, 刮刮乐, 4D), football and basketball betting tips and betting sites (足球推荐, 让球, 单关, 串子, 赌球, 外围 盘口
and agents, 大小分, 竞彩), online casinos and card-game apps (棋牌代理, 百家乐, 龙虎, 牛牛, 炸金花 room cards, 斗地主 for cash, 捕鱼, 老虎机),
"guaranteed win" plans and betting groups (带单, 包中, 跟单群, 回血, 包月), and real mahjong parlours, in neighbourhood, work,
football and basketball fans', retirees' and overseas groups. It keeps the mix real spam has: 24 lines plain or
lightly disguised (a plain id after "加我微信", "vx", "加v", "wx" with "备注群名", "V❤" and a colleague's brother's "他微信"; a
cousin's mobile after "打他电话"; "微信同号"; a sister's mahjong-parlour landline after "订房打"; a "QQ" number with a
verification word; a QQ group number; "私我"; "私聊我"; an m.tb.cn shop link; a wjx.cn sign-up link; a t.me channel; a
闲鱼 shop name to search; an e-mail address; a 抖音 id to search; a Malaysian WhatsApp number; a betting site's domain;
an app's 邀请码; a 公众号 name with a keyword to reply; a 快手号) and 14 moderately (digits spaced in groups, Chinese digits
with 零 after "电话", circled digits with ⓪, 幺/两/洞 in groups, upper-case Chinese digits in groups, "扣扣" with Chinese
digits, "企鹅" with dash-grouped digits, "绿泡泡" with an id, "纸飞机" with an @handle, a t.cn short link, a full-width id
after "ｖｘ", "v x" with a spaced-letter id, digits mixing Arabic and Chinese "1三7 8二5四 6九0一", the homophone "威信" for
微信) and 10 heavily, with disguises the docstrings read do not list (keycap emoji digits "1️⃣3️⃣8️⃣ 7️⃣2️⃣6️⃣0️⃣…";
Suzhou numerals "〡〥〨 〢〦〤〩 〧〡〣〥" with "用苏州码子写的"; subscript digits "₁₃₆ ₂₄₇₉ ₅₈₀₃"; double-struck letters and digits
"𝕧𝕩 𝕫𝕙𝕦𝕒𝕟𝕛𝕚𝕒_𝟝𝟚𝟘"; circled Latin letters "ⓦⓧ：ⓛⓞⓝⓖⓗⓤ77"; negative squared letters "🆅🆇 🆂🆂🅲🅹🅷"; Greek look-alike
letters "νχ：καιjιαηg_99"; a combining low line under every character "w̲x̲：q̲i̲u̲w̲a̲n̲g̲6̲6̲"; a mobile number
spelled out in pinyin "yao wu ba / er liu san qi / si jiu ling wu"; a mobile number whose last four digits are a
sum to work out "后四位是 2000 减 763，自己算") and 12 subtle (an offer with a call to action only, none listed by the
earlier sets' docstrings that the writer read: "想要今晚三场推荐的，先发个6.66的群红包，发完我直接把比分贴出来",
"周五晚上八点，东门菜场楼上那间，打牛牛的带现金过来，台费我抽一成", "想进跟单内部群的，把群名片改成“跟单-你的姓”，我每晚十点统一拉", "我自己这两个月跟外围回了四万多，想学的先给我朋友圈最新那条点个赞，我挨个回",
"每天早上七点半，我在公园凉亭那张石桌上把今天的竞彩单子摆出来，十块钱抄一份", "要六合彩特码资料的，把手机尾号四位打在这条下面，我按尾号配号，一期收五十",
"输了想回血的别硬扛，明天上午去人民路那家彩票站找我，说是群里来的，打九折", "想包月跟单的在这条底下点个👍，我按顺序安排，满三十个就停", "想玩真钱斗地主的，把你支付宝收款码截图发群里，我先给你打二十试玩金",
"这周联赛想下注的，把场次和金额写纸条上塞我家信箱，3单元502，赢了我周日送钱上门", "刚用自己的方法中了大乐透一万块，想学这套选号方法的转我一百九十九，包教会", "捕鱼游戏上分找我，扫我头像里那个码，充一百送三十").
About 16 positives are written the way members casually sell in a group (a cousin in Hong Kong with 六合彩 tips, a
sister's new mahjong parlour with a discount for neighbours, a husband's mahjong hall behind the estate, the
writer's own weekend parlays, a nephew's used mahjong tables on 闲鱼, a retired uncle posting 3D numbers on 快手, a
colleague's brother tipping NBA games, an uncle at a lottery shop, scratch-card books the writer kept back, the
writer's own betting winnings, a morning tip sheet at a park pavilion, "come to the lottery shop and find me", a
trial stake for 斗地主, bets collected through the writer's letterbox, the writer's own number-picking method,
fishing-game credits).

- `POSITIVE_41` (60 lines): 双色球 picks (加我微信), Premier League tips (vx), 大乐透 胆拖 plans (加v), 3D single picks (wx), a
  live baccarat site (V❤), a cousin's 六合彩 tips (mobile), an offshore betting book (微信同号), a sister's mahjong
  parlour (landline), 时时彩 plans (QQ), a second 跟单 group (QQ group), a husband's mahjong hall (私我), the writer's own
  Champions League parlays (私聊), lottery trend software (shop link), a paid World Cup prediction contest (sign-up
  link), football "insider" upsets (t.me), a nephew's used mahjong tables (闲鱼 shop), Hong Kong 六合彩 bought by proxy
  (e-mail), a football-tips live stream (抖音), Malaysian 4D predictions (WhatsApp), a casino site (domain), a cash
  斗地主 app (邀请码), 双色球 number elimination (公众号), a retired uncle's 3D numbers (快手号), a colleague's brother's NBA tips
  (他微信); then 牛牛 and 炸金花 room cards (spaced digits), a fishing game for the elderly (Chinese digits), 六合彩 特码
  (circled digits), single-match football tips (幺), 时时彩 recovery (upper-case digits), slot-machine cracks (扣扣), a
  跟单 live group (企鹅), World Cup monthly tips (绿泡泡), betting agents wanted (纸飞机), free football tips (short link),
  baccarat lessons (full-width), fishing and slots credits (spaced letters), an uncle's "advance" 3D numbers (mixed
  digits), scratch-card books (威信); the ten heavy lines (basketball over/under, 六合彩 data, card-game agents, daily
  football and basketball picks, baccarat and 牛牛, 时时彩, 大乐透 plans, offshore football, 跟单 recovery, an inside 跟单
  group); and the 12 subtle lines. - `NEGATIVE_41` (100 lines): 23 that look dangerous at first sight (the property
  office's night landline for a noisy card room, a welfare-lottery prize hall's landline, the official 福彩 and 体彩
  sites, "加我微信" to a colleague named first for a match-booking sheet, the community 公众号 QR code for a prize-only
  mahjong contest, a finance colleague's mobile for a team's sponsorship invoice, an SF number for a mahjong table,
  an invoice number for a match box, a 96110 fraud check, reporting gambling to 110, the fans' association's
  company account, a Tencent Meeting number, gift wishes 私聊 to a director, a parcel pickup code, a 12345 report, a
  sports bureau's landline, the gate-ball captain's mobile, HR's e-mail for a basketball sign-up, a lottery owner's
  message on big prizes, a 95588 call after a frozen card, the property front desk's landline for an opening-match
  screening, a lottery-shop member card's last digits); 11 members asking (a proper lottery shop, a second-hand
  mahjong table, what a 七加一 ticket costs, a live-stream app without gambling ads, whether 追加 pays, renting mahjong
  tables, tax on a scratch-card prize, stopping a father paying into a fishing game, help for a gambling cousin, a
  bar for the final, repairing a mahjong table); 11 warnings or complaints quoting the ad or scam ("内部特码，不中退钱",
  "带你外围回血，充一千送五百", "百家乐稳赢打法，日赚两千", "捕鱼游戏金币能换钱", a 时时彩 "teacher" who took a fee, a card app that would not pay out,
  "彩票内部人员透露开奖号码", "足球包赢，日入过万" on the stairs, a losing "跟单计划", a betting gang caught through fans' groups,
  "棋牌游戏充值返利" leaflets); 20 lines with numbers that are not contacts (drawn numbers, a score and a push, a mahjong
  接龙, a mahjong table's price, a watch-party room, a jackpot, small prizes, a 3D draw, a class room and time, a
  season record, an NBA score, small stakes, a watch-party AA list, a shop's old jackpot, a year's tally, a final's
  date, a draw number, 掼蛋 scores, 十四场 hits, a card room's bills); 7 organisers' and admins' own notices (a ban on
  tips, betting links and 跟单 groups, a removed baccarat account, a prize-only festival day, no cards at desks, a
  fans' away-trip coach, a retirees' branch warning of a fake "养老彩票", an owner against pulling members to bet
  elsewhere); 18 lines of everyday chat about lottery habits, 三缺一 at home, football, bamboo tiles, luck, late
  matches, scratch cards, trend charts, a basketball game, free card games, 掼蛋 at lunch, jackpot dreams, retirees'
  penny mahjong, the national team, queues, fans' chatter, an office raffle, a fishing mini-game's levels; 6 heated
  arguments without any selling; two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a
member asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on
for work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_41 = """
双色球每期三组精选号，上期中四等奖的截图都在我朋友圈，想看的加我微信 shuangse_laozhou
今晚英超五场全推荐，胜率七成以上，vx：qiumi_ahao77 发你具体让球方向
大乐透胆拖方案一期五十，不中下期免费送，加v dlt_xiaoyu2026
福彩3D独胆每天下午四点更新，wx：fc3d_wangshifu 备注群名
百家乐真人荷官 首充送38 日出万流水随时提 V❤：bjl_8866vip
我表哥在香港那边搞六合彩资料，每期特码提前两天出，要的打他电话 13527469310
外围盘口 亚盘欧赔都有 信用额度可开 微信同号 18677203154
我姐新开的悦来棋牌室，全自动麻将机、独立包间有空调，订房打 0731-85267439，群里的老邻居八折
重庆时时彩五星计划，一天稳定二百到五百，QQ 2837461095 验证写“计划”
跟单群人满了开了二群，群号 738265104，进群先看公告里的历史战绩
我老公在小区后门开了个麻将馆，下午场一桌八十包茶水，想约的私我
周末欧冠的串子我自己算好了，三串一赔率十二倍，想要的私聊我，不白给
彩票走势分析软件永久版，淘宝下单 https://m.tb.cn/h.Zx8kQp2 拍下自动发激活码
世界杯竞猜擂台开赛了，报名费九十九，冠军奖五千，报名戳 https://www.wjx.cn/vm/tQk3Lz8.aspx
每日足球内幕 冷门提前放出 t.me/lengmen_neimu 进频道免费看三天
我侄子在闲鱼卖二手自动麻将机，九成新，搜“老周麻将机”就能找到他的店
代购港澳六合彩 官方票据拍照发你 中奖代领 联系邮箱 hk_marksix_dg@163.com
天天直播讲球，每晚九点开播带大家看盘，抖音搜 qiutan888 点个关注
In Malaysia? 万能4D、多多彩每期号码预测，WhatsApp +60 12-738 4591 找阿强
新平台上线 体育 真人 电子 棋牌全都有 注册就送彩金 www.hy2288vip.com
斗地主赢现金的app，提现秒到账，下载后填邀请码 662018 多送二十
每期双色球杀号、蓝球定三码，关注公众号“彩神老刘”回复“杀号”
我舅舅退休后天天研究3D，在快手上发号，快手号 liujiu3d518，跟的人挺多
我同事他弟是做篮球推荐的，NBA每天两场，准得吓人，他微信 lanqiu_zhuanjia
牛牛 炸金花 房卡现货 一张一块 要的打 139 2047 8816
老年人也能玩的捕鱼游戏，金币能换话费，我妈天天玩，电话一五八二六零三七四九一
六合彩特码 每期包中 不中返钱 联系 ①③⑦⑤⑨⑥②⓪④⑧①
足球单关推荐 一周不红不收费 电话 幺三六 两洞幺九 八七五四
时时彩导师带你回血 联系 壹捌捌 陆叁柒零 玖肆贰伍
老虎机破解软件 稳赚不赔 扣扣 三二九七六八五一零四
跟单群每晚开直播 打 企鹅 5172-0483-96 进
世界杯整个周期包月推荐，八百块全包，绿泡泡 zqbaoyue_88
外围这边缺几个代理，下线输的钱你拿一点二个点的返水，纸飞机 @waiwei_daili6
足彩专家免费推荐 每天一场 点这 t.cn/A6xQpLm7 领
百家乐稳赢打法教学，ｖｘ：ｂｊｌ＿ｗｅｎｇｙｉｎｇ
捕鱼 老虎机 上分下分秒到 v x: b u y u 8 8 6
我叔在彩票站上班，3D号码能提前看到，他手机1三7 8二5四 6九0一
刮刮乐整本出，中奖率高的那几本我留着了，威信 guagua_le520
篮球大小分带单，三天回本，不回本退一半，老师的手机号码：1️⃣3️⃣8️⃣ 7️⃣2️⃣6️⃣0️⃣ 5️⃣9️⃣1️⃣4️⃣
六合彩特码资料找老林 〡〥〨 〢〦〤〩 〧〡〣〥 用苏州码子写的，自己对着翻
棋牌代理零成本 每天分红 联系₁₃₆ ₂₄₇₉ ₅₈₀₃
足球篮球每日稳单 𝕧𝕩 𝕫𝕙𝕦𝕒𝕟𝕛𝕚𝕒_𝟝𝟚𝟘
百家乐 龙虎 牛牛 真人现场 ⓦⓧ：ⓛⓞⓝⓖⓗⓤ77
时时彩一期一期带 稳赚不赔 🆅🆇 🆂🆂🅲🅹🅷 加上说是群里来的
大乐透包中方案 νχ：καιjιαηg_99
外围足球 信誉平台 加 w̲x̲：q̲i̲u̲w̲a̲n̲g̲6̲6̲
跟单群稳定回血 电话 yao wu ba / er liu san qi / si jiu ling wu
内部跟单名额有限，手机前七位 1397256，后四位是 2000 减 763，自己算
想要今晚三场推荐的，先发个6.66的群红包，发完我直接把比分贴出来
周五晚上八点，东门菜场楼上那间，打牛牛的带现金过来，台费我抽一成
想进跟单内部群的，把群名片改成“跟单-你的姓”，我每晚十点统一拉
我自己这两个月跟外围回了四万多，想学的先给我朋友圈最新那条点个赞，我挨个回
每天早上七点半，我在公园凉亭那张石桌上把今天的竞彩单子摆出来，十块钱抄一份
要六合彩特码资料的，把手机尾号四位打在这条下面，我按尾号配号，一期收五十
输了想回血的别硬扛，明天上午去人民路那家彩票站找我，说是群里来的，打九折
想包月跟单的在这条底下点个👍，我按顺序安排，满三十个就停
想玩真钱斗地主的，把你支付宝收款码截图发群里，我先给你打二十试玩金
这周联赛想下注的，把场次和金额写纸条上塞我家信箱，3单元502，赢了我周日送钱上门
刚用自己的方法中了大乐透一万块，想学这套选号方法的转我一百九十九，包教会
捕鱼游戏上分找我，扫我头像里那个码，充一百送三十
"""

NEGATIVE_41 = """
楼下那家棋牌室天天吵到两点，物业值班座机 0571-88063215，大家多打几次投诉
中了二等奖得去省福彩中心兑，兑奖大厅电话 027-87334561，记得带身份证和彩票原件
开奖结果以官网为准，中国福利彩票网 www.cwl.gov.cn 上都能查到
体彩的官方开奖公告在 www.lottery.gov.cn，别信群里转的那些截图
@陈工 你加我微信，我把周六球赛包场的费用明细表发你核一下
小区重阳节麻将友谊赛，不赌钱只发奖品，扫社区公众号里的二维码报名
会计小周请假了，球队赞助的发票去找财务刘姐，她手机 13907215568
老公网上买的麻将桌到了，顺丰单号 SF1402837719264，王阿姨你下楼时顺手帮我从驿站拎上来
周末球赛包厢那张发票我拍给财务了，票号 04418627，抬头写的公司全称
接到电话说我彩票中奖要先交手续费，打96110问了，人家说是诈骗
看到有人聚众赌博可以直接打110，也可以在公安的网上举报平台提交
球迷协会的会费交到协会对公账户，账号在群文件里，别转给任何个人
今晚腾讯会议一起看比赛复盘，会议号 726 381 094，九点开始
李主任交代，年会抽奖想要什么奖品大家私聊发他，别在工作群里刷屏
南门驿站有我一个麻将凉席，码 6-2-3017，谁顺路帮我拎一下，回头请奶茶
12345我已经打了，举报三楼那户在家开赌场，说会转给派出所
区体育局青训报名的咨询电话是 0551-62835107 吧？我看通知上这么写的
社区门球队队长是张伯，有事打他电话 15855102736，他白天都在球场
hr_zhang@hengda-tech.cn 是人事张姐的邮箱，篮球赛报名表填好直接发她
彩票店老板让我转告，超过一万的奖要去市中心兑，别在店里问了
刷到那种稳赚平台千万别充钱，我卡被冻了打95588才弄清楚怎么回事
物业通知：周四晚八点会所大屏直播开幕式，椅子有限先到先坐，咨询前台座机 0591-87652301
彩票站老板娘让我问问，上周谁把会员卡落店里了，卡号尾数 0726
有谁知道附近哪有正规的体彩站？想给儿子买张世界杯的纪念票
谁家有闲置的麻将机？想买台二手的放老家，价格合适就行
请教一下，双色球复式七加一一共要多少钱
有没有人知道正规看球直播的平台，不要那种满屏赌博广告的
大乐透追加投注到底划不划算，懂的说说
年会想租四台麻将机，群里有人认识做租赁的吗
中了刮刮乐五百块要交税吗？
我爸最近迷上捕鱼游戏，怎么设置手机不让他充值，求方法
有没有推荐的戒赌互助小组或者心理咨询？我表哥输了房子
欧冠决赛谁有好的酒吧推荐，想找个能一起喊的地方
家里自动麻将机洗牌卡住了，小区附近谁知道哪有修的？
大家别信那个“内部特码，不中退钱”，我婶子被骗了三千
又有人私加我，说“带你外围回血，充一千送五百”，已拉黑
截图给大家看看，“百家乐稳赢打法，日赚两千”，这种全是杀猪盘
提醒群里的老人家，“捕鱼游戏金币能换钱”就是网络赌博，别碰
那个自称时时彩导师的号我举报了，他收了会员费就把我删了
我同事下了个棋牌App，前面赢了几千，后来输了八万提不了现
“彩票内部人员透露开奖号码”这种话你们也信？开奖是直播摇的
有人在楼道贴小广告“足球包赢，日入过万”，物业已经撕了
那个说包中的“跟单计划”，跟了三天全黑，群主赶紧踢了吧
新闻说破获一个赌球团伙，就是在各种球迷群发“免费推荐”拉人的
楼下超市门口有人发传单“棋牌游戏充值返利”，扫了会不会中毒？别扫
这期双色球红球 05 09 14 21 27 33，蓝球 11，我一个都没对上
昨晚曼城2:1，我让一球的那注走水了
周日下午活动室麻将友谊赛接龙：老赵、孙姐、小马哥、周叔、阿芳，还差三个人凑够两桌
我家那台麻将机2680买的，用了五年还好好的
周六晚上1806房间一起看球，已经有七个人了
大乐透奖池滚到9.3亿了，今晚买两注试试运气
中了十块钱，又换了五注，等于没中
福彩3D今天开的4 7 2，我买的427直选，顺序错了
老年大学棋牌班下周二上午9:30开课，在305教室
咱们队这个赛季12胜3平5负，排第四
NBA总决赛第五场108:104，加时赢的
昨天四个人打了八圈，我赢了六块钱，够买两根冰棍
世界杯观赛AA，一人65，已收9人，还差老刘和小吴
彩票站门口那块牌子写着2019年出过一个一等奖
我统计了一下，今年一共买了46期，中奖7次，总共亏380
8月23号晚上7点半，小区篮球场业余联赛决赛，大家来加油
第2024089期的开奖公告出来了，一等奖全国6注
工会掼蛋比赛第一轮积分：三组12分，五组10分，七组9分
足彩十四场这期我对了十二场，差两场就二等奖了
老年棋牌室这个月电费436，茶叶钱120，八个人平摊每人69.5
【群公告】本群只聊球，禁止发任何彩票推荐、赌球链接和跟单群，发一次直接踢
刚才发百家乐链接的那个号已经移出，大家别点
社区重阳节活动：上午门球，下午麻将，纯娱乐不带彩，中午食堂管饭
公司规定午休时间不准在工位打牌，被抓到扣绩效，请大家自觉
球迷会下个月客场之旅统一订大巴，车费协会补一半，想去的下周五前在群里报名
退休支部提醒：最近有人冒充社区推销“养老彩票”，社区从来没有这种东西
群主说一句：聊彩票可以，谁要是在群里拉人去外面下注，别怪我不客气
我妈每周二四日雷打不动买双色球，买了十几年，最多中过两百
三缺一，谁下班过来？就在我家，不玩钱，输了洗碗
这赛季阿森纳后防太稳了，看他们的球一点都不累
我爷爷说年轻时候打麻将用的是竹牌，现在这种机器他嫌太吵
彩票就当做慈善，别想着发财，开心就好
昨晚看球看到三点，今天开会一直打哈欠
刮刮乐刮出个“谢谢惠顾”，老板还安慰我说下次一定
隔壁楼的老王说他研究了一年走势图，结论是走势图没用
男篮今晚打日本，谁一起在群里文字直播？
斗地主我只在手机上玩欢乐豆，从来不充钱
我们办公室凑了个掼蛋小组，中午吃完饭来两把
要是我中了五百万，第一件事就是把房贷还了
我爸说他们老年活动室打麻将一块钱一局，输赢都不超过二十
国足又输了，我已经不生气了，习惯了
昨天彩票站排了好长的队，都是冲着奖池去的
我们小区业主群一到世界杯就全是聊球的，平时冷冷清清
年会抽奖我又没中，连个保温杯都没捞到
你们玩那个捕鱼小游戏的，能打到第几关？我卡在第九关了
Anyone watching the Champions League final tonight? We could meet at the pub near the station.
My uncle won 200 bucks on a scratch card and spent it all on dinner for us, lol
今晚六合彩攪珠，我阿爸又買咗兩注，話中咗就請全家飲茶
球賽延期到下週六，場地已經重新訂好了，大家記得時間
中个五块钱就截图刷屏，亏了几千一声不吭，装什么彩票大神
说梅西不如C罗的，你看过几场球？别张嘴就来
打麻将输了就掀桌子，你这牌品以后别叫我了
彩票就是智商税，你爱买是你的事，别天天劝我买
裁判那个点球判得就是黑哨，你别洗了
你说我赌球？我就买了张十块钱的体彩，至于上纲上线吗
"""
