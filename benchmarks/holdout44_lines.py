"""Hold-out set 44 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-42 (see holdout_data.py), at the same time as set 43 (written by another helper; this set was
checked by the same script against set 43's lines as they stood when this one was finished, unread: highest ratio
0.477, so no line of this set needed rewriting for it). The writer read no detector code, word list, rulebook,
model, training-data generator, test or detection doc, opened nothing under src/, tests/ or docs/, imported nothing
from qungui, ran no detector or qungui command on these lines and did not run bench_holdout.py or any other
benchmark; holdout_data.py (lines 1-180, its docstring) was opened only for the labelling rules and the history of
earlier sets, holdout41_lines.py and holdout42_lines.py only for their module docstrings, printed up to the closing
triple quote (the file format, the docstring style and their topic lists and calls, to avoid repeating them; their
lines were not read), the benchmarks folder only for its list of file names, and pyproject.toml only for its ruff
settings (a grep for them). The two dumps (earlier hold-out lines of sets 1-42, training lines) were only read by a
similarity script that printed this set's lines and ratios, never the dumps' lines (apart from that script, only a
line count of each dump was taken). No line is copied from earlier sets or from the training lines: every line's
difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line of the earlier
hold-out sets' dump is at most 0.5 (highest 0.495), against every line of the training-line dump at most 0.5
(highest 0.481), and no two lines of this set exceed 0.5 against each other (highest 0.459). Eleven lines that first
stood above 0.5 against the hold-out dump were rewritten (two of them twice). The lines are meant to be scored once,
blind; tuning on their errors would spoil them.

Set 44 focuses on massage, spa and "companionship" ads in the euphemistic wording spammers use (every line is kept
non-explicit): foot spas, massage and 推拿 parlours (足浴, 足道, 足疗, 上门按摩, 盲人推拿, 精油开背, 水疗SPA会所, 养生馆),
same-city dating and companion services (同城交友, 单身联谊, 陪聊, 陪玩, 空降, 约会名额), "private club" and "tea
tasting" invitations (私人会所, 高端会所会员, 品茶), adult-goods shops (成人用品, 情趣用品 agents), massage chairs sold
to the elderly ("试坐送鸡蛋"), and the ordinary chat about physiotherapy, 康复科, acupuncture and cupping, massage
chairs and massage guns, foot baths, spa vouchers, dating apps and such ads being reported, in neighbourhood,
homeowners', work, alumni, parents' and sports groups. It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain id after "加我微信", "vx：", "加v", "wx：" with "备注“进群”", "V❤："; a family blind-massage shop's
mobile after "预约电话"; "微信同号"; a foot-spa city's landline after "订包厢请打座机"; a "QQ" number; a "QQ群" number;
"私我拿优惠券"; "私聊"; a 拼多多 goods link; a jinshuju.net sign-up link; a t.me channel; a 大众点评 shop name to
search; an e-mail address; a 小红书 number to search; a 陌陌号; a Soul shop name to search; a LINE id for a Bangkok
massage shop; a 视频号 name; a sister-in-law's mobile after "打她电话"; a 微博私信 @handle) and 14 moderately (digits
each separated by a dash "1-5-8-6-2-…", Chinese digits with 零 in groups, circled digits with ⓪, 幺/两/洞 in groups,
upper-case Chinese digits in groups, "扣扣" with Chinese digits, "企鹅" with dash-grouped digits, "绿泡泡" with an id,
"纸飞机搜 @handle", a dwz.cn short link, a full-width id after "ｖｘ", "w x :" with a spaced-letter id, digits mixing
Arabic and Chinese "1五9 六2八3 4零7七", the homophone "卫星号" for 微信号) and 10 heavily, with disguises the
docstrings read do not list (superscript digits "¹⁵⁸ ⁷³⁰⁶ ²⁹⁴¹"; Fraktur letters "𝔳𝔵：𝔵𝔦𝔞𝔬𝔶𝔲_𝔮𝔦𝔫𝔤"; regional-indicator
letters spaced so they form no flag "🇻 🇽 ：🇾 🇪 🇭 🇺 🇦"; small-capital letters "ᴠx：ᴛᴀɴɢᴛᴀɴɢ_ᴘᴇɪ"; Cyrillic look-alike
letters "ѵх：аnnа_zuуu"; a mobile number written backwards with "你从右往左抄"; a mobile number with a letter between
every two digits and "号码里掺了英文字母，自己剔掉"; a WeChat id to build from the shop's pinyin initials and door
number, "自己拼一下"; monospace digits "𝟷𝟻𝟸 𝟾𝟶𝟹𝟽 𝟼𝟸𝟺𝟿"; emoji standing for letters "✌️❌：tiantian_pw") and 12 subtle (an
offer with a call to action only, none listed by the earlier sets' docstrings that the writer read:
"新店试营业，这周六周日足疗免费体验，把这条消息给前台看就行，地址在老电影院对面二楼",
"晚上睡不着想有人陪着聊的，在群里打“夜猫”，十点以后我一个个安排", "我自己学了三年推拿，想试上门的拍一拍我，我按顺序排时间，一次一百六",
"明早九点社区活动室对面那家体验店，试坐按摩椅送十个鸡蛋，带上身份证登记就能领",
"品茶的老地方换了，周四晚上九点锦绣花园南门停车场，白色商务车里等",
"想找陪玩上分的，把游戏ID和段位贴在这条底下，我让店里的妹妹去加你",
"SPA会所充值一千送一千，今晚十二点截止，定金转到我支付宝就行，账号群里都知道",
"今晚想找人说话的，十一点后打开“附近的人”，头像是粉色兔子的就是我们店的", "要上门按摩的把小区和楼号留在下面，技师晚上八点后挨个上门",
"养生馆招学徒，包吃包住月入过万，想干的明天下午带行李直接来店里面试", "我婶婶开的足浴店搬到菜市场后门了，邻居去了报楼号打八折",
"单身的周六晚七点到江边音乐广场，手上系黄丝带的就是我们交友局的人，门票现场交六十八"). About 15 positives are written the
way members casually sell in a group (the writer's family blind-massage shop, a cousin's new Thai massage place, the
writer's own 情趣用品 agency, the writer's own foot-spa shop on 大众点评, a best friend's private SPA studio, a
friend's Thai massage shop in Bangkok, the writer's own 推拿 video account, a sister-in-law who did eight years in a
rehabilitation ward, a friend's 养生会所 "mention my name", an aunt's new foot-spa SPA, a wife's postpartum and 推拿
shop, an uncle's factory's massage chairs, a younger cousin's 陪玩 number written backwards, the writer's own three
years of 推拿 with "拍一拍我", an aunt's foot-spa shop moved behind the market with a discount by building number).

- `POSITIVE_44` (60 lines): a new 足道 club's top-up card (加我微信), home massage in hotels and estates (vx), game 陪玩
  (加v), a same-city singles group (wx), 品茶 "in a private setting" (V❤), a family blind-massage shop (预约电话), a spa
  club's anniversary (微信同号), foot-spa private rooms (landline), paid night-time 陪聊 (QQ), a weekend meal-and-film
  dating group (QQ群), a cousin's Thai massage (私我), the writer's 情趣用品 agency (私聊), an adult-goods store (拼多多
  link), a singles' mixer (sign-up link), a 空降 booking channel (t.me), the writer's foot-spa group-buy (大众点评),
  foot-spa franchising (e-mail), a best friend's SPA studio (小红书), lonely-night chat (陌陌), paid 陪聊 (Soul), a
  Bangkok massage shop (LINE), the writer's 推拿 video account (视频号), a sister-in-law's home 推拿 (mobile), a
  high-end club's members (微博私信); then home foot massage (dashed digits), a friend's 养生会所 (Chinese digits), 陪玩
  on call (circled digits), 品茶 bookings (幺), 推拿 and physiotherapy bookings (upper-case digits), lonely chat (扣扣),
  adult-goods wholesale (企鹅), an aunt's foot-spa SPA (绿泡泡), a 空降 list (纸飞机), same-city dates (short link),
  home oil SPA (full-width), a wife's postpartum and 推拿 shop (spaced letters), an uncle's massage chairs (mixed
  digits), 品茶 with drinks and karaoke (卫星号); the ten heavy lines (home 推拿, same-city dating, a private club's
  places, 陪聊 and 陪玩, home foot massage, a cousin's 陪玩, private 品茶, a 足道 shop's id to build, 空降, 陪玩 and 陪聊);
  and the 12 subtle lines.
- `NEGATIVE_44` (100 lines): 20 that look dangerous at first sight (the property office's night landline for a noisy
  massage shop, "加我微信" to a colleague named first for a team-building SPA sheet, a rehabilitation ward's head
  nurse's mobile, a massage chair's order number, an SF number for a foot-bath tub, an invoice number for spa
  vouchers, 12345 and 110 for a suspicious parlour, a community health centre's QR code for a free 推拿 clinic, a
  massage-chair brand's official 400 line, the union's e-mail for foot-spa vouchers, gsxt.gov.cn to check a shop's
  licence, the 12315 site for a prepaid card, a gym front desk's new landline, a hospital's official 公众号, a named
  colleague's claim number, the disabled persons' federation's site for a blind-massage charity day, a parcel pickup
  code, a 96110 fraud check, a study camp teacher's mobile, a hotel booking number); 11 members asking (a proper 推拿
  place, a massage chair under five thousand, a couples' SPA, medical insurance for physiotherapy, whether Thai
  massage hurts, a dating app for a cousin, a foot spa that does not push cards, cupping or 推拿 for an old back, an
  expiring SPA voucher, herbs for a foot bath, what a late-night "养生会所" really is); 13 warnings or complaints
  quoting the ad or scam ("同城寂寞交友，空降上门", "品茶加微信" taking a deposit, "试坐按摩椅免费送鸡蛋", "陪聊一小时两百，日结",
  "会所高薪招聘，日结三千", "上门按摩先付路费", a dating-app 杀猪盘, "充五千送五千" before a shop closed, a police notice on
  "保健按摩", "高端私人会所" and "同城约" cards at the door, an ad-filled feed, a door-to-door massage-chair seller, an
  adult-goods shop opposite a kindergarten); 16 lines with numbers that are not contacts (physiotherapy costs and
  insurance, a team-building head count, a massage chair's price, a flat under repair, a badminton score, annual
  raffle prizes, a check-up room and time, a broken massage gun, a health talk's date, acupuncture sessions and pain
  scores, a reunion's AA fee, a seven-year-old massage chair, a foot massage's price, a room number, a step ranking,
  a department's physiotherapy rota); 7 organisers' and admins' own notices (a ban on massage, club, dating and
  陪聊 ads, a removed 空降 account, vouchers handed out only by the office, an alumni rule against pulling members
  away, the property office against massage flyers, a badminton day with optional foot bath, a warning about fake
  property staff selling massage chairs); 23 lines of everyday chat about stiff necks, oil back massage, a mother's
  massage chair, foot baths, a husband who signed up for a card, 推拿 knots, dating-app photos, a cousin married
  through an app, hotel SPA prices, hot springs with parents, queues at the rehabilitation ward, massage guns, lunch
  naps at a massage shop, cupping marks, a grandmother's back-patting, 陪玩 as a trade, massage in pregnancy, Thai
  massage, damp and mugwort foot baths, a niece's view as a therapist, a basketball bet paid in foot baths, a dating
  app deleted, a long flight; 6 heated arguments without any selling; two English lines and two traditional-script
  lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_44 = """
城东新开的足道会所，办卡充五百送三百，周末技师全在，加我微信 zuyu_xiaoqi 预约不用排队
专业上门按摩，酒店小区都能到，男女技师可选，vx：shangmen_an365
晚上打排位没人带？陪玩小姐姐声音甜技术好，加v wanban_520 先试玩一局
本市单身交友群，只收真实单身，每周末线下聚会，wx：tongcheng_jy 备注“进群”
新到的明前茶，老地方品茶聊天，环境私密，V❤：pincha_laozhang
我们家的盲人推拿店搬到文化路了，颈肩腰腿都能调，预约电话 13857264019
水疗SPA会所周年庆，精油开背一百二十八，微信同号 15920836471，提前约
足浴城订包厢请打座机 0571-86213957，节假日人多最好提前一天订
睡不着想找人说说话？一对一温柔陪聊，按小时收费，QQ 2873619045
同城周末约饭约电影的进群，QQ群 618274930，男生需验证
我表姐在万达后面开了家泰式按摩，刚开业打七折，想去的私我拿优惠券
我自己在做情趣用品代理，隐私发货，外包装看不出来，需要的私聊
成人用品旗舰店，全场包邮隐私包装，戳链接 https://mobile.yangkeduo.com/goods.html?goods_id=38271946
下周六单身联谊还差几位女嘉宾，想来的在这里填表 jinshuju.net/f/Pq8xLm ，男嘉宾收费九十九
同城空降预约频道，每天更新可约名单，https://t.me/kongjiang_city
自家的足疗店上了大众点评，搜“悦足堂养生馆”，团购套餐六十八一位，比进店便宜一半
足疗店加盟，总部培训技师、统一装修，有意向发邮件到 zuliao_jiameng@126.com
我闺蜜开了个私人SPA工作室，只接熟客，小红书搜她号 8826405173 看环境
晚上一个人无聊的，陌陌号 61048357，陪你聊到天亮
Soul上搜“深夜解忧铺”，付费陪聊，第一次十分钟免费
来曼谷玩的朋友，我朋友的泰式按摩店在素坤逸，华人开的放心，LINE：thaispa_ah
我开了个视频号叫“王师傅推拿”，每天教一招颈椎操，想线下调理的也能约
我嫂子做上门推拿的，之前在医院康复科干了八年，需要的打她电话 18652730914
高端会所招会员，私人定制服务，名额有限，微博私信 @夜色会所官方
上门足疗按摩，全城可约，手机：1-5-8-6-2-0-3-7-9-4-1
我朋友的养生会所，手机号码一五二 零七三八 四六九一，要去提我名字
同城陪玩随叫随到，电话①③⑥⓪⑤⑦②④⑧⑨①
品茶预约请拨 幺三八 两洞四七 九幺六五
推拿理疗预约：壹伍玖 叁贰零捌 陆柒肆伍
寂寞了找人聊天就来，扣扣：三六八一五零二九七四
成人好物批发，一件代发，企鹅：2947-661-803
我小姨新开的足疗SPA，技师都是培训过的，绿泡泡 zuliao8866 预约
空降名单每日更新，纸飞机搜 @yese_kongjiang
今晚同城约会名额放出，戳 dwz.cn/Yx7kQ2 领取
上门精油SPA，专业手法，ｖｘ：ｊｉｎｇｙｏｕ＿ｓｐａ
我老婆开了家产后修复和推拿店，有需要的加 w x : m e i m e i t u i n a
我舅舅厂里出的按摩椅，比商场便宜一半，要的打 1五9 六2八3 4零7七
卫星号 yese0518，品茶喝酒唱歌一条龙
上门推拿，随叫随到，号码 ¹⁵⁸ ⁷³⁰⁶ ²⁹⁴¹
同城交友，想认识新朋友的 𝔳𝔵：𝔵𝔦𝔞𝔬𝔶𝔲_𝔮𝔦𝔫𝔤
私人会所内部名额，🇻 🇽 ：🇾 🇪 🇭 🇺 🇦
陪聊陪玩都有，ᴠx：ᴛᴀɴɢᴛᴀɴɢ_ᴘᴇɪ
足浴按摩上门服务，ѵх：аnnа_zuуu
我表妹做陪玩的，她的号码你从右往左抄：1946 2807 351
私约品茶，号码里掺了英文字母，自己剔掉：1k3m9p0r2t7w5y8b4d6f1
微信号是我们店名拼音首字母加门牌号，店叫“清泉足道”，在健康路806号，自己拼一下
同城空降，全城一小时到，𝟷𝟻𝟸 𝟾𝟶𝟹𝟽 𝟼𝟸𝟺𝟿
陪玩陪聊找我，✌️❌：tiantian_pw
新店试营业，这周六周日足疗免费体验，把这条消息给前台看就行，地址在老电影院对面二楼
晚上睡不着想有人陪着聊的，在群里打“夜猫”，十点以后我一个个安排
我自己学了三年推拿，想试上门的拍一拍我，我按顺序排时间，一次一百六
明早九点社区活动室对面那家体验店，试坐按摩椅送十个鸡蛋，带上身份证登记就能领
品茶的老地方换了，周四晚上九点锦绣花园南门停车场，白色商务车里等
想找陪玩上分的，把游戏ID和段位贴在这条底下，我让店里的妹妹去加你
SPA会所充值一千送一千，今晚十二点截止，定金转到我支付宝就行，账号群里都知道
今晚想找人说话的，十一点后打开“附近的人”，头像是粉色兔子的就是我们店的
要上门按摩的把小区和楼号留在下面，技师晚上八点后挨个上门
养生馆招学徒，包吃包住月入过万，想干的明天下午带行李直接来店里面试
我婶婶开的足浴店搬到菜市场后门了，邻居去了报楼号打八折
单身的周六晚七点到江边音乐广场，手上系黄丝带的就是我们交友局的人，门票现场交六十八
"""

NEGATIVE_44 = """
楼下那家按摩店半夜还放音乐，吵得睡不着的可以打物业值班电话 0571-88265310 反映
小陈，公司团建的SPA套餐表群文件传不上去，你加我微信 chenlei_hr 我直接发你
理疗科的号我帮你问了，康复科护士长电话 13905718826，说是张主任让找的
按摩椅的订单号是 4021875530981，售后说三到五天上门安装
妈，你买的泡脚桶到驿站了，顺丰 SF1438827605391，下班顺路帮你拿
公司买的SPA体验券已经开了票，票号 25442000000187365，报销时附上
发现小区里有挂羊头卖狗肉的按摩店可以打12345举报，也可以直接打110
社区卫生服务中心周三上午有免费中医推拿义诊，扫公告栏上的二维码预约，名额三十个
按摩椅官方售后是 400-820-6617，别信网上搜到的那些维修电话
工会发的足疗券要登记，名单统一发工会邮箱 ghbgs@zjdl.com.cn，周五前
想知道那家按摩店有没有执照，上 gsxt.gov.cn 输店名就能查到经营范围
12315网站 www.12315.cn 可以投诉预付卡跑路的足浴店，我上周刚投诉成功
健身房前台换号码了，新的前台座机 0571-87730264，私教课要改时间就打这个
我爸在市中医院推拿科看的，挂号用医院官方公众号，别找黄牛
老王，你上次说的颈椎理疗报销单，单据编号 BX20261118-037，已经批了
盲人按摩协会的义务推拿活动下周六在文化宫，报名看残联官网 www.cdpf.org.cn 的通知
快递取件码 6-3-2208，你买的肩颈按摩仪到了，放在东门丰巢
刚打96110问了，那个说“充值返现”的足浴会员卡确实是诈骗
各位家长，研学营的体检安排在市一医院，联系人刘老师 13867013392，有问题直接打她
酒店的SPA是含在房费里的，预订号 HT88271036，到前台报这个就行
有人知道附近哪里推拿正规一点吗？我落枕三天了，转头都疼
我爸腰不好，想买台按摩椅五千以内的，哪个牌子质量好点
结婚纪念日想带老婆去做个双人SPA，市里哪家环境好又不坑人
医保卡能刷理疗吗？医院的针灸推拿好像可以报一部分
泰式按摩是不是很疼？第一次去有点怕
有没有用过靠谱的交友软件的，我表弟三十了还单着，想让他试试
求推荐一个不推销办卡的足疗店，每次去都被缠着充值烦死了
家里老人腰不好，请问拔罐和推拿哪个更合适，有懂的吗
公司发的SPA券下个月到期，哪位知道能不能延期？
谁家用过足浴盆的，泡脚的时候加什么药包比较好
大家注意，刚才那个人发的“同城寂寞交友，空降上门”已经被我踢了，千万别加
我同事被一个“品茶加微信”的骗了两千定金，人一直没见到，微信还被拉黑了
楼下又在搞“试坐按摩椅免费送鸡蛋”，我妈去了三次，差点花一万八买了一台
提醒一下，那种“陪聊一小时两百，日结”的兼职都是骗人交培训费的
收到短信“会所高薪招聘，日结三千”，直接点举报，这种都是坑
网上说的“上门按摩先付路费”都是诈骗，付了钱根本没人来
交友软件上那个说自己在国外做投资的，后来就让我跟着充钱，典型杀猪盘
那家足浴店上个月还在喊“充五千送五千”，这个月就关门了，卡里钱都要不回来
警方通报：以“保健按摩”为名的店铺涉嫌违法经营已被查处，请市民不要轻信小卡片
门口塞满了小卡片，什么“高端私人会所”“同城约”，物业能不能管管
上周做了三次理疗，一次一百二，医保报了百分之七十
足疗团建人数统计：技术部4人、市场部6人、财务2人，没报的今天下班前补上
按摩椅618的时候四千九百九，现在涨到五千八了
3号楼1202在装修，周末请大家多担待
昨天羽毛球赛我们21比18赢了，晚上一起去泡脚庆祝
我们年会抽奖，一等奖是两张SPA年卡，二等奖按摩仪五台
今年体检一共142人，9点在3楼301集合
筋膜枪买了两百块的，用了不到一个月就坏了
12月3号下午两点半，社区活动室有老年人健康讲座
老爸做了四十次针灸，腰疼评分从8分降到了3分
这次同学聚会报名23人，AA每人一百八
我家那台按摩椅用了7年了，还没坏过
昨天去做的足疗，一个半小时一百三，加拔罐另收三十，还算公道
房间号写错了，我们住的是806，不是608
本周步数排行：第一名老刘 98652 步，第二名小郑 87410 步
群公告：按摩、会所、交友、陪聊这几类广告本群一律不准发，发了直接移出
刚移出一个发“空降”链接的账号，大家收到陌生人好友申请别通过
管理员提醒：团建的足疗券由行政统一发放，不要在群里私下转卖
校友群规：不拉人进其他群，不发交友和成人用品链接，违者踢
物业通知：小区内禁止张贴按摩、保健小广告，已安排保安每天清理
本周六的羽毛球活动照常，结束后自愿去泡脚，费用AA，不强制
业主群提醒：有人冒充物业推销按摩椅上门体验，物业从不上门推销
久坐的人真的要多活动，我颈椎现在一低头就麻
昨天第一次做精油开背，睡得特别香
我妈天天在家用按摩椅看电视，比我还会享受
泡脚泡到出汗就行，别太久，我上次泡到头晕
我老公说按摩店都是骗人的，结果去了一次就办了卡
推拿师傅说我肩膀全是结节，按得我嗷嗷叫
现在的交友软件都是照骗，见面完全两个人
表妹在交友软件上认识了现在的老公，上个月刚领证
出差住的酒店有SPA，太贵了没舍得去
周末带爸妈去泡温泉，顺便做了个足疗，老人开心得很
康复科的理疗床每次都要排一个多小时
我觉得筋膜枪没什么用，还不如让人捏两下
公司楼下新开了家按摩店，中午好多人去睡午觉
刮痧完后背一片紫，吓得我同事以为我被打了
我奶奶说年轻时候都是互相捶背，哪有什么按摩店
现在陪玩都成一个行业了，我侄子居然想去当陪玩
孕妇能不能按摩要问医生，别随便去外面按
泰国回来最想念的就是那边的按摩，便宜又舒服
刷手机刷到一堆“同城交友”的广告，烦死了，全都屏蔽了
Anyone tried the physio clinic near the station? My lower back has been killing me since the hike.
Just a reminder that the spa vouchers from the Christmas party expire at the end of January.
這家按摩店的師傅手法很好，我媽說肩膀鬆多了
請大家不要在群裡轉發交友廣告，被檢舉很麻煩
你能不能别老在群里说按摩店不正经，人家正规盲人推拿招你惹你了？
我就说了一句交友软件不靠谱，你至于这么阴阳怪气吗
谁把我家按摩椅放在楼道里的照片发群里的？没经过同意就乱拍，有没有素质
行了行了，吵什么吵，泡个脚的事情还要上升到人品
你自己天天去足疗还说别人乱花钱，双标也要有个限度
说我发广告？我推荐个医院康复科也叫广告？管理员你看清楚再说
小区对面那家“养生会所”灯一直亮到三点，总觉得不太对劲，有人知道是干嘛的吗
中医说我湿气重，让我每天泡脚加艾叶
那个推销按摩椅的又来敲门了，我直接没开
成人用品店开在幼儿园对面合适吗？家长们可以一起跟街道反映一下
我侄女在医院当康复治疗师，说很多人按摩按出问题才去医院
下周三下午三点楼下球场篮球赛，输的请赢的泡脚
同城交友那个app我卸载了，天天推送烦
我们科室十二个人，这周轮流去做肩颈理疗，一人四十分钟
年假回来第一件事就是去按个脚，坐了十几个小时飞机腿都肿了
"""
