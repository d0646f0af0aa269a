"""Hold-out set 60 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 16 on 2026-11-25, after sets 1-58 (see holdout_data.py), at the same time as set 59 (written by
another helper; this set was checked by the same script against set 59's lines as they stood when this one was
finished, unread: highest ratio 0.442 at the end), and kept unscored until it is scored once, blind. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/,
tests/ or docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/ (bench_holdout.py or any
other benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-58), printed with ast.get_docstring, and holdout57_lines.py and holdout58_lines.py only
for their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls
already used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not read);
pyproject.toml was searched only for its ruff settings (the search showed the ruff, lint and per-file-ignore tables and
nothing else). The benchmarks folder was not listed and git status was not run; set 59's file and this one were only
checked for existence by their names, and set 59's file was only loaded by the similarity script, which never printed
its lines. The folder holding the similarity script was listed by file name once; no file in it but the script was
run, and none was opened. The two dumps (every line of hold-out sets 1-58, training lines) were only read by the
similarity script, which printed this set's lines and ratios, never the dumps' lines; as it prints only lines above
0.5, it was also run on temporary files holding subsets of this set's own lines (groups of twenty, then five, then
single lines), to find the lines standing between 0.49 and 0.5. No line is copied from earlier sets or from the
training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the default settings, taken both
ways round) against every line of the earlier hold-out sets' dump is at most 0.5 (highest 0.489), against every line of
the training-line dump at most 0.5 (highest 0.472), no two lines of this set exceed 0.5 against each other (highest
0.360), and against set 59 the highest is 0.442. Thirty-four lines were rewritten, nine of them twice (forty-three
rewrites), each time with new wording: twenty-eight that first stood above 0.5, twenty-five against the hold-out dump
(0.750 at most, the English line; sixteen ordinary lines: a new number given to parents, a member asking which
broadband is stable, two warnings quoting a fake operator's call and a points-for-cash text, a parcel-locker code and a
licence plate (both above 0.5 against set 59 too), exam scores, a power cut, three organisers' notices, a group ban on
this topic's ads, a removed advertiser and a chamber's annual meeting, three everyday lines and a heated line about food
taken from a shared fridge; and nine positives, a cloud-drive link, a Steam friend code, “点我头像加好友”, the look-alike
溦, a phone number split by emoji, a group number in pinyin, the Telegram slang, the poem-initials id and a subtle
video-membership share paid by transfer), one against the training dump only (0.524, an everyday line asking for a
power bank) and two against set 59 only (0.769, a meeting-room line; 0.588, an everyday line about working late); then
seven of those a second time, still above 0.5 (the removed advertiser, the chamber's meeting against set 59, an
everyday line, the heated line, the English line, the Telegram line and the poem-initials line); the look-alike 溦
line a second time for standing at 0.495 against another line of this set; six that stood between 0.49 and 0.5 (a
plain broadband-installer line, the cloud-drive link a second time, the heavenly-stems line at 0.500 against set 59, an
order number, cinema seats and a store's anniversary notice to its members, the last three at 0.500 against the
hold-out dump); and one everyday line at 0.490 against the training dump, reworded for the margin. The lines are meant to be
scored once, blind; tuning on their errors would spoil them.

Set 60 focuses on phones, telecom and digital services: big-data SIM cards and IoT cards (联通大流量卡, 物联网卡随身WiFi, 物联网卡,
境外卡 and 不实名卡 for receiving codes, an operator's tent at a compound's south gate), lucky numbers (AAAB, ABAB and AABB
endings, 豹子号, 顺子号, 情侣号, 生日号), broadband installation deals (电信千兆, a husband who installs 移动 broadband, 宽带团购接龙),
game boosting and account trading (王者荣耀代练, 和平精英 boosting, 原神 and 王者 accounts, CS2 skins, 皮肤回收, 陪玩 on 虎牙, 苹果ID
美区账号), streaming and cloud-drive memberships resold (腾讯, 爱奇艺 and 优酷 cards, 百度网盘SVIP, 网盘 shares, 腾讯视频 redeem codes
and shares), cheap top-ups (话费代充 at 92, 90 and 85 per cent, a Q group for top-ups), number 'cleaning' (标记清除, 解除呼出
限制), virtual numbers (虚拟小号 for verification codes), phone and computer repair on call (上门修电脑, 换电池, 数据恢复, 硬盘开盘,
重装系统清灰, a phone shop's free screen film, a repairman visiting a compound) and game accelerators (外服加速器, 加速器年卡团购,
free accelerator codes), beside ordinary chat in company work groups, neighbourhood groups, families, a parents' class
group, an alumni group, a store's VIP customer group and a chamber of commerce. It keeps the mix real spam has: 24 lines
plain or lightly disguised (“加微信” with an id and “把收货地址发我”; a cousin at a 移动 shop, “直接打他” with a mobile; a
broadband installer's mobile after “找李师傅”; “拼多多搜店铺”; “加QQ” with a number and “直接报价”; “进钉钉群” with a number; a 淘宝 short
link after “入口”; “微信手机同号”; “加我企业微信，名片搜”; an official site to open an account on; “美团上搜” a repair service;
a Discord invitation link; a Steam friend code; a 虎牙 room number with a word to type; “京东搜店铺”; a husband's mobile
with “报我名字”; “转转上搜我昵称” (the writer's own phone); a sister's WeChat id at a 联通 shop; “点我头像加个好友” (the family's
redeem codes); a 小红书号 with a word to comment; “微博…搜 @name 看置顶”; a QQ频道 number for agents; an e-mail for fault
descriptions; a WeChat id for the writer's child's boosting) and 14 moderately (the look-alike “溦我” with an id; circled
letters “Ⓥ Ⓧ”; “扣扣” in parenthesised digits “⑵⑻⑺…”; a mobile in mathematical bold digits “𝟏𝟑𝟔 𝟎𝟐𝟕𝟕…”; “dy 搜” for 抖音;
“围脖搜” for 微博; “➕🛰️” as satellite slang for WeChat; a mobile split by signal-bar emoji; a group number in untoned
pinyin “qi ba san, liu er wu…”; the look-alike “葳信” with Chinese digits in groups; “企鹅号” with middle dots between the
digits; “tb搜” for 淘宝; “上飞机…走飞机联系” as slang for Telegram with an @name; the homophone “维芯号” with a Cyrillic а twice in
the id) and 10 heavily, with disguises the docstrings read do not list (a mobile number in the ten heavenly stems,
“甲丙壬 癸丁庚乙…”, “癸当零”; a mobile number in mahjong character tiles, “🀇🀋🀎 🀈🀍🀉🀆…”, “白板当零”; a QQ number in hexadecimal,
“AB556B30，换成十进制”; a mobile number in clock-face emoji, “🕐🕖🕖 🕒🕛🕔🕑…”, “十二点算零”; a WeChat id as the pinyin initials of a
line of a Tang poem followed by the year, “那句“白日依山尽”，每个字取拼音头字母”; a mobile number typed on the letter row under
the digit keys, “qiy twpe uuro”; a group number in Roman numerals, “CCCXLVII · DCCCXII · DXCVI”; a mobile number with one
added to every digit, “你们挨个减一，写零的那位是九”; a Q group number hidden as an acrostic of nine rhyming clauses, “藏在每句头一个
字里”; a WeChat id as decimal ASCII codes, “120 105 97 111…”) and 12 subtle (an offer with a call to action only, none
quoted by the docstrings the writer read): an operator's tent at a compound's south gate from ten to four, “带上身份证来就
能办”; a broadband group-buy, “要装的往下接” with one entry signed; number cleaning, “转我五十，转账时备注你的号码”; a phone shop's
password, “到店说一声“老乡””; lucky numbers, “把想要的尾号在群里报一下”; a video-membership share, “谁要就转我十五块”; a repairman
visiting a compound, “那天九点带着手机到三号楼架空层排队”; the last five IoT cards, “现在下楼到快递柜旁边找我”; a cloud-drive renewal,
“在群里回一个“续”字”; system reinstalls at the writer's home, “周六上午把电脑拿到我家来”; an accelerator group-buy, “周五放学后我在学校门口
奶茶店收钱发码”; used office laptops, “周日下午两点在文化广场东门，先看货再给钱”. About a dozen positives are written the way members
casually sell in a group (a cousin's and a sister's lucky numbers from operators' shops, a husband's broadband
installs, the writer's own iPhone, the family's redeem codes, the writer's own 小红书 notes, a child's boosting, and
most subtle lines: the writer's own phone shop, video share, IoT cards, cloud-drive renewals, reinstalls and laptops).

- `POSITIVE_60` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_60` (100 lines): 20 that look dangerous at first sight (a mother's roadside data card cancelled at the shop,
  10000 called about broadband, a son's game top-up refunded as a minor's, a number's “快递外卖” mark removed free by an
  appeal, a free gigabit upgrade for old customers, work SIM cards from the admin office, a Taobao video card that
  stopped working and a seller who went silent, an old phone sold on 闲鱼, a laptop's new SSD from the shop downstairs,
  a new mobile number given to parents, a video membership's auto-renewal stopped in Alipay, a stolen game account
  reported to the police, a work phone allowance, a forgotten secondary card cancelled, an honest repairman who charged
  nothing, a phone for the elderly from JD, the official free accelerator, a repair live stream on 抖音, the property
  office's fibre works and its number by the lift, a brother who gave up selling lucky numbers); 10 members asking or
  recommending (stable broadband, a repair shop for a wet laptop, a data plan for online lessons, an accelerator that
  does not lag, a screen's price at official service, a cheap plan for a father, an eight-yuan plan recommended, a
  number cut off for arrears, blue screens, a broadband set-up fee); 10 warnings quoting or describing the scam (a fake
  operator asking for a code, “物联网卡不限速不限量一年九十九”, bought game accounts taken back, “号码标记花钱就能清除”, “积分马上过期，
  点这里换现金”, strangers boosting children's accounts, “话费充值五折”, “加速器永久免费会员”, free eggs with a two-year contract,
  “一块钱开通视频会员”); 17 lines with numbers that are not contacts (an order number, a meeting room, utility bills, an IT
  extension, a parcel-locker code, a licence plate's last characters, exam marks, a baby's weight and length, a power
  cut, a battery's price, a month's data, a ranked winning streak, a late train, class funds, a child's temperature,
  cinema seats, a speed test); 7 organisers' and admins' own notices (a rule banning card, number, boosting and top-up
  ads, a removed account that pushed cards, fibre works, a store's anniversary to its VIP members, a chamber's annual
  meeting replies, phones handed in at school, a system upgrade at work); 27 lines of everyday chat; 5 heated arguments
  without any selling (a child shouting over games at midnight, a shared internet bill, late meeting minutes, coffee
  grounds in the sink, a car blocking a gate); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_60 = """
联通29元大流量卡，100G通用加30G定向，不限速，包邮到家，想办的加微信 liuliang_mei88 把收货地址发我
我表哥在移动营业厅，手上有一批139尾号AAAB和ABAB的号，价格好商量，直接打他 139 5520 7316
小区电信千兆光纤新装活动，WiFi6路由和IPTV盒子都送，一年五百九十九全包，预约上门安装找李师傅，手机 180 3362 9457
王者荣耀代练，钻石上星耀三天搞定，纯手打不开挂，下单去拼多多搜店铺“小鹿代练工作室”
出一个原神58级号，六个五星角色带两把专武，诚心要的加QQ 2874501936 直接报价
腾讯、爱奇艺、优酷年卡都是批发价，一张六十八，官方直充，批量拿货的进钉钉群 38216047 细聊
网盘下载慢得受不了的看过来：度盘SVIP一个月9.9，付完款系统自己发码，入口 https://m.tb.cn/h.5xKq2Pz
三网话费九二折代充，十分钟到账，要充的微信手机同号 158 2760 4413
号码被标成骚扰推销打不出去的，专业做标记清除，加我企业微信，名片搜“号码管家-陈经理”
接验证码用的虚拟小号，包月十五，不用插卡，官网 xiaohao-kf.com 自助开通
上门修电脑装系统换屏幕，市区两小时到，美团上搜“极客侠上门维修”就能约
外服加速器年卡五折，Steam、PSN都稳，兑换码在我们Discord里领：discord.gg/kx7Hn2
手上一批CS2饰品清仓，蝴蝶刀、运动手套都有，比市场价低一成，加我Steam，好友代码 385207164
代练陪玩都接单，今晚八点虎牙直播间房间号 520713，进来扣“上分”主播会联系你
物联网卡随身WiFi，免插卡，一个月十九块，京东搜店铺“畅联通讯旗舰店”下单
我老公在移动负责装宽带，咱们小区新装送半年，要装的给他打电话 137 0662 5819，报我名字
自用iPhone 13 128G出了，电池健康87，无拆无修，2100，转转上搜我昵称“糖糖不吃糖”
我姐在联通营业厅上班，手里有几个AABB尾号的靓号，想挑的加她微信 lt_amy0918
腾讯视频年卡的码我家里还剩七八个，原价两百多，五十就给你，点我头像加个好友
宽带怎么办最省钱我都整理在小红书了，小红书号 238571946，关注后评论“宽带”我发你
话费折扣充值的渠道我写在微博置顶了，搜 @省钱的阿凯 看第一条
流量卡全国招代理，一张卡返佣八十，资料在我们QQ频道，频道号 kahao2024
电脑数据恢复、硬盘开盘，把故障描述发到 datafix_lab@qq.com，当天回复报价
我家孩子放假在家接代练，和平精英上王牌一百五，想找他的加微信 hpjy_xiaoyu07
要卡的溦我 kk_liuliang666，三十九一个月两百个G，用不完下个月接着用
手机号被限制呼出、被标记的都能处理，Ⓥ Ⓧ：haoma_qingxi
出王者V8号，全英雄一百二十多个皮肤，扣扣：⑵⑻⑺⑷⑸⑼⑴⑶⑹
上门修手机换电池，原装电芯，师傅电话 𝟏𝟑𝟔 𝟎𝟐𝟕𝟕 𝟒𝟓𝟖𝟗
代练接单中，想看实况的 dy 搜“鹏哥电竞代练”，主页就能下单
靓号、情侣号、生日号都能挑，围脖搜 @靓号阿杰 私信
游戏皮肤回收，全区全服都收，➕🛰️：gamesk1n
手机号中间我插了信号格，自己去掉：159📶2830📶6174，充值八五折，晚上十点前下单当天到
想进我们折扣充值群的，群号念给你：qi ba san, liu er wu, si jiu ling，每周三发福利券
腾讯会员拼车，差三个位置，葳信：一三九 零四七二 八六五一
装宽带送路由，企鹅号 2·7·6·4·0·9·1·3·5，加的时候说一下小区名
苹果ID美区账号出售，tb搜“果子数码小铺”，秒发
国外的卡、收码用的卡手上都有现货，走飞机联系，账号 @simcard_king，白天回得快
网盘SVIP共享一个月五块，维芯号 kаrtа88
豹子号、顺子号我这有几个，电话按十天干写给你们：甲丙壬 癸丁庚乙 辛己戊甲（甲到壬是一到九，癸当零）
代练上分接单，电话用万子麻将牌写的：🀇🀋🀎 🀈🀍🀉🀆 🀌🀇🀏🀊，几万就是几，白板当零
出和平精英号，带玛莎拉蒂和三套套装，QQ号我写成十六进制了：AB556B30，换成十进制就是
话费九折代充，号码看钟面：🕐🕖🕖 🕒🕛🕔🕑 🕗🕗🕓🕕，几点就是几，十二点算零
好号码多的是，我的v号很好记：那句“白日依山尽”，每个字取拼音头字母，尾巴再补上今年年份
修电脑上门的，电话用键盘字母打的，数字键正下面那排一一对应：qiy twpe uuro
流量卡代理群，群号写成罗马数字了：CCCXLVII · DCCCXII · DXCVI，三段连起来
网盘会员五块一个月，电话我每一位都加了一，你们挨个减一，写零的那位是九：249 6358 7204
一心为客户，七天无理由，五星好评多，三网都能充，八折不打烊，二话不多说，六六大顺来，九点前到账，四季都优惠——充值Q群号藏在每句头一个字里
游戏加速器兑换码免费送，vx号是这串ASCII码：120 105 97 111 107 97 56 56
我们营业厅明天十点到四点在小区南门搭帐篷，带上身份证来就能办，29块一个月100G
宽带团购接龙，凑够十户每家打五折，要装的往下接：1. 3栋602 王姐 2.
号码被标了的，转我五十，转账时备注你的号码，当天给你消掉
到店说一声“老乡”，贴钢化膜不收钱，换屏打八折，店在农贸市场北门第三间
想要靓号的，把想要的尾号在群里报一下，我礼拜三统一去营业厅帮你们挑
腾讯视频超级影视VIP一年的，六个人分摊，还剩两个空位，谁要就转我十五块，人齐了我把账号发你们
修手机的师傅下周二来咱们小区，要修的那天九点带着手机到三号楼架空层排队，换电池八十
最后五张物联网卡，先到先得，现在下楼到快递柜旁边找我，现金微信都行
网盘超级会员续费，一年一百二，要续的在群里回一个“续”字，我今晚统一办
我周末在家帮人重装系统清灰，三十一台，周六上午把电脑拿到我家来就行，5号楼一单元
加速器年卡团购，满二十人一百块一年，周五放学后我在学校门口奶茶店收钱发码
公司换下来的二手笔记本三台，i5 8G，八百一台，周日下午两点在文化广场东门，先看货再给钱
"""

NEGATIVE_60 = """
我妈被路边摆摊的忽悠办了张大流量卡，每个月扣五十九，今天陪她去营业厅退掉了
刚打10000号报修，宽带天天晚上掉线，客服说明天上午派师傅来查
儿子偷偷在游戏里充了三百多，我走了未成年退款申请，钱已经退回来了
我的号码被标记成“快递外卖”，在手机管家里申诉了两天就改回来了，没花钱
营业厅说老用户免费提速到千兆，我下午去问了，真的不收费，就是要签个字
公司给销售部统一办了工作手机卡，月底前到行政那里签字领取
在淘宝买的视频年卡用了三天就失效，店家已经不回消息了，我投诉了
旧手机放闲鱼卖了八百，买家当面验的货，挺顺利
笔记本修好了，换了块固态花了三百二，就是楼下那家维修店
爸妈，我那张老卡月底注销，以后找我打 138 0571 2290，微信不变，记得在通讯录里改一下备注
腾讯视频自动续费扣了我好几个月，刚在支付宝的免密支付里关掉了
孩子的游戏账号被盗，装备全没了，已经在派出所做了笔录
单位话费补贴每月一百，超出部分自己承担，发票月底交给小周
联通说我名下有张副卡一直在扣月租，我完全不记得办过，打客服注销了
楼下修手机的老板真实在，说屏幕没坏只是排线松了，没收钱
京东自营下单的老年机昨天到了，才一百四十九块，我爸说按键大、铃声响，比智能机好使
我玩外服用的是官方免费的加速器，够用了，没必要买会员
刷抖音看到一个修手机的直播，拆得真利索，看了半个小时
物业说光纤入户这周完工，有问题找物业前台，电话贴在电梯口了
我哥之前是做靓号生意的，后来查得严就不干了，现在开出租
三期这边装哪家的宽带晚上不卡？我现在用的一到九点延迟就两百多
笔记本进水了开不了机，有没有靠谱的维修店推荐，最好在城东
孩子上网课要办个流量卡，选哪个运营商的套餐划算？
大家玩外服用的哪个加速器？我这个晚上老是跳ping
华为P50换个原装屏幕大概要多少钱，官方售后有人去过吗
我爸一个月打不了几个电话，有没有最便宜的保号套餐推荐？
推荐电信八元保号套餐，我奶奶用了两年了，在营业厅就能改
手机号欠费停机了，要去营业厅恢复还是网上就能办？
电脑老蓝屏，是内存的问题还是得重装系统，有懂的吗
办宽带的时候师傅说要收一百的调试费，这个合理吗
刚接到个电话，自称移动的，说我套餐能免费升5G，要我把手机收到的六位数念给他，我直接挂了，大家小心
群里别信“物联网卡不限速不限量一年九十九”，我同事买的用了二十天就停了
提醒一句，买游戏账号的小心被原号主找回，我朋友两千块打了水漂
总有人说“号码标记花钱就能清除”，其实运营商和手机管家都能免费申诉
短信里那种“积分马上过期，点这里换现金”的别碰，我邻居点进去填了银行卡，第二天就被刷走两千
孩子们别把游戏密码给陌生代练，封号了人家根本不管
凡是说“话费充值五折”的基本都是骗子，收了钱就拉黑
别点什么“加速器永久免费会员”的链接，我表弟点完手机里被装了一堆垃圾软件
小区门口送鸡蛋办卡的，签了合约两年不能改套餐，家里老人注意一下
“一块钱开通视频会员”是诈骗套路，付了一块后面会让你不停转钱
网购的耳机订单 4820175563981 显示已经签收，可门口和快递柜都没有，正在跟客服扯皮
周四上午十点半在3楼小会议室过排班表，各组组长参加
这个月电费213块6，水费48，燃气76
IT部的分机号改成8305了，电脑出问题打这个
帮个忙，丰巢柜里有我一个件，码是 58213，谁下班顺路帮我拎上来
地库B2那辆车牌尾号K27L的黑色SUV，压着我的车位线了，能不能往边上挪挪
月考成绩出来了，物理七十九，化学八十三，比上次退步了，回家得好好说说
宝宝今天打疫苗顺便体检，九点六公斤，七十四公分
供电所贴了告示，下礼拜二下午一点到五点整个片区检修线路，冰箱里的东西提前处理下
手机换了块原装电池，一百八十九，续航好多了
这个月流量用了47.3G，超了三个多G，多扣了十五块
昨晚排位七连胜，从钻石二打到了钻石一
G1372晚点四十分钟，我大概八点十分到站
班费每人五十，已收二十八人，还差六位家长
孩子烧到三十八度七，今天请假一天
周六那场电影我买了七排十二和十三号座，下午两点开场，提前十分钟在门口碰头
刚测了网速，下载286M，上传41M，比之前快多了
再说一遍本群规矩：卖卡的、卖号的、接代练的、代充会员的，一律不许在这发，看到一个踢一个
发卡广告那位已经移出群了，以后谁私聊拉你们办卡，直接截图发给我
物业通知：明天上午八点到十二点小区光纤线路改造，期间可能断网，请提前安排
各位VIP会员：小店三周年，这周六到店买任何东西积分都按两倍算，出示会员卡即可
商会这边提醒：年度大会的座位表周三前定，还没交回执的企业抓紧报参会人数
家长们好，从下周一起孩子的手机早上统一交到班主任处，放学再领回
公司通知：周五下午IT部统一升级电脑系统，请大家提前保存好文件
刚把手机壳换成透明的了，旧的那个黄得不像样
我家猫又把路由器的网线咬断了，今天一下午没网
晚上谁去打羽毛球？我订了七点的场地
食堂今天的土豆烧排骨全是土豆，排骨就三块，还是骨头多
老爸终于学会用视频通话了，刚才打过来只能看见他的下巴
周末回老家，给奶奶装了个智能电视，她看戏曲频道看得可高兴了
早上地铁又挤成沙丁鱼，手机差点被挤掉
有没有同事抽屉里有备用的鼠标？我的突然没反应了，借我顶一下
孩子说同学都有智能手表，我还在纠结要不要买
今晚改方案改到快十点，出来公交都停了，只能打车回去
楼下新开的煎饼摊，老板摊得又薄又脆
周日带女儿去自然博物馆，恐龙厅人山人海，根本挤不进去
终于把相册里三万张照片整理完了，删了一大半
我爸现在迷上了发表情包，一早上给我发了十几个早安玫瑰
刚下了场大雨，小区门口积水到脚踝了
这周五公司团建去爬山，大家记得穿运动鞋
手机摔了一下屏幕居然没碎，运气真好
今天第一次用手机给车加油付款，还挺方便
阳台上的绿萝长疯了，都垂到楼下去了
老同学们好久不见，看到群里的毕业照一下子想起好多事
我儿子今天自己把自行车链条装回去了，满手油
晚饭吃啥，纠结了半个小时最后还是点了饺子
今年双十一啥也没买，感觉自己省了一个亿
刚才电梯里碰见十楼的阿姨，她说她孙子考上研究生了
新换的路由器信号好多了，卫生间也能刷视频了
周六带爸妈去体检，早上得空腹，七点就得出门
咱们校友群里有人还记得食堂那个胖师傅吗？他今天居然刷到我的视频了
你家孩子天天晚上十二点还在楼上打游戏喊叫，能不能管管？我们还要睡觉！
凭什么群里的网费要平摊？我根本没用你们的WiFi，别算我
说了多少次会议纪要要当天发，又拖到第二天，你让我怎么跟领导交代
又有人把咖啡渣倒进茶水间水槽里，堵了第三回了！自己喝的自己收拾不行吗？
你把车停在我家门口又不接电话，我上班迟到了谁负责？
Heads up: the fourth-floor printer jams on double-sided jobs, so print single pages for now.
Happy birthday to our class monitor! Hope the new job in Shenzhen goes well.
颱風天大家待在家裡，停電的話記得先把冰箱的東西吃掉
阿嬤今天學會用手機看連續劇了，一直問我怎麼把字放大
"""
