"""Hold-out set 93 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-92 (see holdout_data.py, whose docstring covers sets 1-90; sets 91 and 92 are
described in their own docstrings), at the same time as set 94 (written by another helper; this set was checked by the
same script against set 94's lines as they stood at each run, unread: highest 0.466 at the end among the lines whose
closest group it is, as the script showed it), and kept unscored until it is scored once, blind. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/,
tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/
(no benchmark); holdout_data.py, holdout91_lines.py and holdout92_lines.py were opened only for their module docstrings,
printed with ast.get_docstring (the labelling rules, the history and topics of sets 1-92, the file format, the docstring
style and the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings
were not read). The three docstrings were saved to the writer's own temporary folder (made with mktemp -d; the same
command counted their lines and sizes with wc) and paged through there with cat (the holdout_data.py docstring's output
was cut in the middle by the tool, so its lines 150 to 460 were then printed with sed in two parts), joined into one
file with cat and searched with one loop of greps counting ninety-six words and signs for the digit scripts, lookalike
letters, split characters, emoji, homophones and codes considered here (four were found: Greek only in the Greek
alphabet of set 91's note, left alone all the same; power, moon and block only inside other words and senses, as one
grep -o that printed nothing and one grep -n showing the lines that held them made plain: power banks, moonlighting,
unblocking, a stairwell blocked, a block of flats), and, later, with a second loop counting twenty-three more words for
the codes chosen in the rewrites (calculator, 曜, 日本, 倒过来, 柱, ▁, 数码管, 唱票, 千字, 次方 and others; five were
found, Japanese and 日语 only in the kana fix of session 19, bar, height and seven only inside other words and senses,
as one grep -n showed), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only run on
this file, from the checkout's root). The benchmarks folder was not listed; this file's own path was checked for
existence by its exact path (test -f) before it was first written, in the same command that checked set 94's path; set
94's file was only checked for existence by its exact path (test -f, before every run of the script, the first included:
it did not exist at the very first check, before this file was written, and existed at every check before a run, so it
was passed to every run) and only loaded by the similarity script, which never printed its lines. The folder holding the
similarity script was not listed and no file in it was opened; the script was only run. No slip to report. Nothing
outside these limits was opened, listed or run. The lines were drafted as Python lists in the writer's own temporary
folder and written to this file by a small script of the writer's own (which also checked the counts, that no line
repeats and the absence of triple quotes, backslashes and line breaks), with a helper module there that turned digits
into the other scripts below; another small script made the rewrites from lists of replacements, another wrapped this
docstring to 120 columns of display width, and one-line scripts printed the converted digits and coded numbers, the
draft lines with their lengths for review, the count of the search words and, over this set's own lines alone, their
difflib ratios against each other; awk, sort, uniq, grep, head and tail read the saved output of the runs there to take
the highest ratio per group. The similarity script read this file: it printed this set's lines and ratios, never the
dumps' or the partner's lines; it was run nine times: three times at the required floor of 0.49, three times at 0.47, to
find the lines standing just below it, once at 0.30 on the finished lines, and once at 0.47 and once at 0.30 on the
finished file with this docstring, the runs at 0.30 only to read the highest ratio per group for this docstring (no line
changed after the first run at 0.30). No line is copied from earlier sets or from the training lines: every line's
difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.461), against every line of the
training dump at most 0.49 (highest 0.453), against set 94 at most 0.49 (highest 0.466 among the lines whose closest
group it is; the script prints each line's highest ratio only, so a line closer to a dump may stand a little nearer set
94, but under its own highest, at most 0.466), and no two lines of this set exceed 0.49 against each other (the script
showed 0.356 at most among the lines closest to this set; the writer's own difflib check over this file's lines alone
gives 0.356 for the closest pair, two family-group lines about a parent's phone).

Forty-four lines were rewritten for similarity, eight of them more than once (fifty-three rewrites), each time with new
wording, not a synonym swap; three codes were changed, not only reworded, as their lines stood high against the hold-out
dump and earlier sets may have used them (the docstrings read do not list every code of sets 1-90): a mobile as the
solar terms' order in the year, 立春 as one and 夏至 as zero (0.576), now the Japanese weekday names; a mobile as the
moon's phases, the new moon as zero (0.629), now bars of rising height; a mobile as French number words (0.507, then
0.486 and 0.535 reworded), now letters a calculator's digits make upside down. In the first pass, at 0.49, thirty-five
stood at 0.49 or more (0.717 at most, a mother's new phone asked for, against the hold-out dump), thirty-one against the
hold-out dump, two against the training dump and two against set 94: eight positives (office consumables by e-mail,
0.523; a brother's 抖音 stream, 0.506; an uncle's repair shop with a spaced mobile, 0.500; the resistor colours, 0.509,
reworded; the solar terms; the moon's phases; the French words; old phones bought at an activity room, 0.519) and
twenty-seven negatives (a 京东 order for a swollen power bank, 0.521; an SF waybill for a tablet under warranty, 0.519;
a parcel locker's pickup code, 0.542 against the training dump; a DingTalk approval for a laptop, 0.519; the mother's
phone; an adapter to borrow, 0.519; a fake prize text, 0.493; a game account's deposit, 0.523; a broadband "upgrade"
call, 0.545; a son's marks, 0.596; annual-party prizes, 0.556; a router behind two walls, 0.625; memory added, 0.578;
the group rule, 0.687 against set 94; the removed account, 0.561 against set 94; a charger left in a meeting room, 0.579
against the training dump; a grandmother's video calls, 0.558; a weekly report template, 0.545; reunion photos, 0.545; a
canteen dish, 0.606; a cycling trip moved for rain, 0.500; a grandmother's birthday photographed by drone, 0.622; an
intern at ease with computers, 0.625; badminton, 0.581; 兰亭序 copied, 0.627; a tablet broken by a neighbour's child,
0.711; the second English line, 0.490). The chat lines that stood high were given new subjects (a grandmother reading
the weather by voice message, a quarterly review's slides, an old graduation photo, a phone flat in the lunch queue, a
riverside route, a grandfather's eightieth filmed in time-lapse, a colleague's pivot tables, ultimate frisbee, small
regular script, a learning tablet stepped on, a laptop to return before an audit). In the second pass, at 0.49, three:
the SF waybill (0.500, now a returned tablet stuck at a transit centre), the pickup code (0.531, now a mother's phone at
the guard room) and the group rule (0.500 against the hold-out dump, now a repairers' technical group). A run at 0.49
then found none (0.487 at most, under the floor). In the fourth pass, at 0.47, twelve standing between 0.474 and 0.487:
a battery swap with a mobile that is also WeChat (0.481), the printer in Khmer digits (0.478), the iPhone in Myanmar
digits (0.484), the 礻见频号 stream (0.475), the tally marks (0.474), the French words (0.486), a toner invoice (0.487),
a Switch sold on 闲鱼 (0.480), the broadband call (0.480), a security update notice (0.475, now patches pushed on
Friday), the cycling route (0.485 against the training dump, now a forty-kilometre greenway) and an open day (0.483, now
a daughter's school); in the fifth, three: the Khmer printer (0.507, reworded again), the French words (0.535, now the
calculator letters) and the toner invoice (0.514, now an invoice dated before its contract). A run at 0.47 then found
none (0.466 at most), and runs at 0.30, and at 0.47 and 0.30 on the finished file with this docstring, gave the figures
above. Lengths run from 26 to 70 characters for the positives (the longest the seven-segment code) and 16 to 47 for the
Chinese negatives (the English lines 104 and 107, the traditional ones 20 and 23). The lines are meant to be scored
once, blind; tuning on their errors would spoil them.

Set 93 focuses on phones, computers and gadgets sold into groups: phone and tablet repair and screens (a repairer's
spaced mobile and surname, an uncle's shop on the high street with a spaced mobile, tablet screens in Thai digits, a
repairer on 斗音), batteries (a battery swap with a mobile that is also WeChat, batteries swapped at the estate's east
gate on Saturday), computer repair and software (a husband's repair counter by WeChat id, laptops cleaned on a 400 line
with an extension, systems and Office installed through a 公众号 with a word to send, remote installs by 🐧, computers
repaired by calculator letters, systems installed after work from the writer's desk), data recovery (a shop's landline,
deleted photos in Gujarati digits), second-hand phones, tablets and laptops (the writer's iPad by QQ, the writer's old
laptop on 闲鱼, ThinkPads with a dashed mobile, the writer's iPhone in Myanmar digits, a brother's 抖音 stream, tablets
stripped on 礻见频号, MacBooks by the 千字文, old phones by bars of rising height, a laptop seen below building 12,
tablets sold at the school gate, old phones bought at an activity room), trade-in and recycling (a mini-program to
search, a subsidy with split 力口 and 亻言), cases, screen protectors and accessories (the writer's leather earphone
covers on 淘宝, photo cases on 小红书, a family's accessory wholesale on 快手, wholesale prices with accented lookalike
letters, screen protectors fitted in a tea room), chargers and power banks (a cousin's 拼多多 shop, the writer's spare
chargers on 微店, a shop on 天🐱, a shop's discount for staff badges), smart watches and earphones (the writer's spare
watch by WeChat id, AirPods on a short link, earphones on 🥢手, watches by Japanese weekday names, a son repairing
earphone cables), printers and ink (office consumables by e-mail, printers repaired in Khmer digits, ink refilled at a
parents' meeting), home networks (a family's 京东 shop for cables and routers, WiFi set up by a 视频号 teacher,
broadband in superscript digits, routers by the rainbow's colours, routers tuned for neighbours with flats posted in the
group), computer building (graphics cards by the seven-segment display, builds by the digits of π, repairs by resistor
colours) and game accounts and top-ups (boosting with "V：", top-ups by a QQ group, Steam cards in monospace digits,
rooting in Arabic-Indic digits, top-ups by tally marks, a controller repair by powers of two, an account sold with a
word replied in the group, top-ups listed in the group); beside an IT department's notices, repair and warranty orders,
a member asking which phone to buy, a lost charger, a company laptop returned, warnings about phone and game scams,
ordinary chat in company work groups, family groups, parents' class groups, owners' groups, an alumni group and hobby
groups (cycling, photography, calligraphy, frisbee).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a repairer's spaced mobile and surname; a husband's
repair counter with a WeChat id; the writer's iPad with a QQ; a data-recovery shop's landline with an area code; laptop
cleaning on a 400 line with an extension; office consumables by e-mail; AirPods on a short link, t.cn/…; a brother's
抖音号; a family's accessory wholesale to search on 快手; the writer's earphone covers in a named 淘宝 shop; a cousin's
拼多多 shop; the writer's laptop to search on 闲鱼; photo cases on 小红书 with private messages; a network teacher's
视频号; a 公众号 with a word to send; a trade-in mini-program to search in WeChat; game boosting with "V："; second-hand
laptops with a dashed mobile; batteries with a mobile that is also WeChat; the writer's spare watch with a WeChat id;
top-ups by a spaced QQ group number; the writer's chargers on 微店; a family's 京东 shop; an uncle's repair shop with a
spaced mobile), 14 moderately, with disguises the docstrings read do not list (Thai digits ๑๓๖…; Khmer digits ១៥៨…;
Myanmar digits ၁၈၇…; Arabic-Indic digits ١٧٧…; Gujarati digits for a QQ, ૩૮૦…; monospace digits 𝟷𝟻𝟸…; superscript digits
¹³⁹…; accented lookalike letters for wx and an id, ẃẍ：ḿïńġ…; 加 split into 力口 and 信 into 亻言; 视 split into 礻见,
礻见频号; the penguin 🐧 for QQ; chopsticks 🥢 for 快, a homophone, 🥢手; the cat 🐱 for 猫, 天🐱; the homophone 斗音
for 抖音) and 10 heavily, with codes the docstrings read do not list (a mobile in resistor colour bands, 黑 as zero to
白 as nine; a QQ as the lit segments of a seven-segment display; a mobile as places after π's decimal point; a mobile in
tally marks built stroke by stroke towards 正, 〇 for zero; a QQ by the order of the 千字文's first ten characters, 天
as one and 月 as zero; a mobile by the rainbow's seven colours, 赤 as one; a mobile by the Japanese weekday names, 月 as
one to 日 as seven; a QQ with each digit written as the power of two it raises; a mobile as bars of rising height, ▁ as
one to █ as eight; a mobile as the letters a calculator's digits make upside down, read in order) and 12 subtle (an
offer with a price or a call to action only): screen protectors at fifteen in a third-floor tea room at Wednesday's
lunch break; a laptop at twelve hundred seen below building 12 after seven; batteries from a hundred at the estate's
east gate on Saturday morning; systems installed at fifty, computers left at the writer's desk with a name; earphones
repaired by a son at ten, brought to flat 302 of entrance 4; ink refilled at ten and twenty, brought to the parents'
meeting; routers tuned at the weekend for thirty, flats posted in the group; a game account sold, a word replied in the
group for screenshots; old phones bought for cash at an activity room's door on Sunday afternoon; new tablets at four
hundred under the official price at the school gate; power banks at thirty per cent off with a staff badge at the
writer's shop downstairs; game top-ups at eighty-five for a hundred, game ids listed in the group. About a dozen
positives are written the way members casually sell in a group (a husband's repair counter, an uncle's shop, a brother's
stream, a family's wholesale and 京东 shop, a cousin's 拼多多 shop, the writer's own iPad, laptop, watch, chargers,
earphone covers, iPhone, tablets and a son's repairs).

-  `POSITIVE_93` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-  `NEGATIVE_93` (100 lines): 20 that look dangerous at first sight (an IT repair ticket for a keyboard, a Lenovo repair
  number, a 京东 order for a swollen power bank, an SF waybill for a tablet sent back under warranty, an administration
  notice passing on a copier repairer's landline, a toner invoice dated before its contract, a 淘宝 refund number for
  earphones, a 12315 complaint against a refurbished-phone seller, Huawei's service 公众号 for the warranty, a 小红书
  post on battery health, an after-sales ticket for a screen, the property's broadband repair line, a parcel's pickup
  code for a mother's phone, a Switch sold on 闲鱼, a laptop request's approval number, a VPN address, a 抖音 video on
  clearing a cache, a 拼多多 after-sales number for a cable, Apple's support line on a serial number, an asset number
  for a monitor); 10 members asking or recommending (a phone for a mother, a MacBook keyboard repaired, a tablet or a
  laptop for online classes, a 小米之家 recommended, a printer on WiFi, an adapter to borrow, a phone dropped in water,
  noise-cancelling earphones, an official trade-in recommended, scanning to e-mail); 10 warnings quoting or describing
  the scam or ad (a free phone in a parcel text, "苹果手机一折秒杀", "免费贴膜送充电宝", a repairer's false hard-disk
  verdict, "满级号白菜价，定金先转", phishing e-mails in IT's name, refurbished phones sold as new, a telecom "speed-up"
  call, "手机内存已满，点此清理", "代充五折" that took a child's money); 17 lines with numbers that are not contacts (a
  monitor's size and price, battery health, a daughter's physics mark, a printer's pages, broadband speeds, a projection
  screen's width, a power bank's charges, a laptop's weight, a phone watch's price, annual-party prizes, WiFi signal
  behind a wall, a phone bill, a screen's inches, a solid-state disk's boot time, a department's computers, benchmark
  scores, a grandfather's nine-year-old phone); 7 organisers' and admins' own notices (a repairers' group rule banning
  sales, orders and pulling members elsewhere, an account removed for pushing refurbished phones, IT's security patches,
  laptops and chargers returned by leavers, a class teacher asking for wired earphones, an alumni association's
  livestream volunteers, an OA system upgrade); 27 lines of everyday chat (some about a charger left after a meeting, a
  mother's phone font, a science museum, a grandmother's voice messages, lost earphones, quarterly slides, a graduation
  photo, a phone flat in the lunch queue, homework photographed, a loud keyboard, a cycling route, a father's phone
  updated, plane-tree leaves, a daughter's piano, overtime, an old MP3 player, a sunset, a school open day, a password
  on a monitor, a cut charging cable, a cat in the snow, a grandfather's eightieth, pivot tables, frisbee, a phone watch
  wanted, small regular script, a remote control answered); 5 heated arguments without any selling (files deleted,
  videos played aloud in an office, a projector hogged, a learning tablet broken, a WiFi password changed); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_93 = """
屏幕摔碎的找我，苹果安卓都能换，原装屏和国产屏价格不一样，电话 139 5821 0476 王师傅
我老公在电脑城有个维修档口，不开机、进水、主板问题都接，他微信 lgdn_repair88，说是咱群里的少收五十
闲置iPad Air5 64G，电池92%，带二代笔，1900不刀，有意Q 2847361905
硬盘坏了、U盘读不出来的，数据恢复先检测，恢复不了不收钱，店里座机 0571-86237415
笔记本上门清灰换硅脂，主城区都跑，服务热线 400-870-3265 转2
做办公耗材的，硒鼓、色带、复印纸现货，单位要开票的把清单发 xu.inkshop@163.com
AirPods Pro二代清库存，这批只有二十副，下单戳 t.cn/A6kQ9xZ
弟弟开了个二手苹果直播间，晚上八点准时上，抖音号guozi_iphone，每台都对着镜头验
家里做手机配件批发的，钢化膜壳子数据线拿货价，快手搜“老杨数码批发”
自己缝的皮耳机套放淘宝了，店名“小羊皮耳机壳”，群友拍的时候备注一下多送个挂绳
表姐在拼多多开了个充电宝店，两万毫安五十九，搜“暖暖移动电源”就是
换了新电脑，旧拯救者挂闲鱼了，闲鱼搜“拯救者Y7000 个人自用”能看到实拍
照片定制手机壳，小红书搜“壳里有光”，主页全是样品，私信下单
全屋WiFi、监控怎么布线我每天在视频号讲，搜“网管老周”，要上门的直播间留言
装系统、激活Office、装打印机驱动，关注公众号“码头电脑铺”，后台回复“装机”看价目
旧手机卖多少钱，微信里搜小程序“一键回收宝”，填型号马上出价，顺丰免费上门取
王者代练上分，星耀打到王者一百八，V：dlsf_0917
二手ThinkPad、戴尔商务本一批，学生网课办公都够，打138-2716-4093 找刘
手机掉电快的可以来换块电池，电芯用的原装，等十来分钟就好，一百二，15907362148电话微信都行
多了一块华为Watch4，全新没拆封，一千五出，加我微信 zhou_lin_1987
原神、王者代充八折，进群看价格表，QQ群 7315 8420 6
家里囤的原装快充头清一清，20W的三十五一个，微店搜“阿凯的小仓库”
我们家京东店专做网线和路由器，六类网线一米三块，京东搜“联芯网络旗舰店”
步行街口那家修手机的是我舅开的，尾插、进水这些他最拿手，186 0294 7351，提我能便宜点
平板换屏当天取，外屏内屏都能修，手机๑๓๖ ๐๒๘๗ ๕๔๑๙
家里或公司打印机罢工了的，六十块上门一趟，修不好不收钱，打 ១៥៨ ៣៧០៦ ២៩៤១
出一台自己用的13，128G，屏幕没划痕，两千六，联系 ၁၈၇ ၄၄၂၉ ၀၅၆၃
安卓刷机、解BL锁，远程也能弄，微信 ١٧٧٣٢٠٨٤٥٦٩
误删的照片和聊天记录都能试着找回来，QQ ૩૮૦૫૧૭૨૯૬
Steam充值卡、游戏点卡九折，手机 𝟷𝟻𝟸𝟶𝟼𝟹𝟾𝟺𝟷𝟽𝟿
小区宽带新装、路由器调试，有需要的打 ¹³⁹⁰⁵⁷⁴²⁸⁶¹
钢化膜手机壳拿货价给群友，ẃẍ：ḿïńġ_ṕḧöńé
旧手机换新机补贴五百，力口我微亻言 hxzs_2024 详聊
二手平板拆开给你看里面修没修过，礻见频号“阿飞拆机”天天晚上播，直播间拍下包邮
PS、CAD、Office远程安装，坏了包售后，🐧：2950 4718 36
🥢手搜“耳机大王阿斌”，蓝牙耳机一律三十九，今晚八点开播
我们店开在天🐱，搜“极客充电馆”，氮化镓充电器群友领券再减二十
屏幕碎了来找我，同城上门换，斗音搜“修机小胖”看我干活
配电脑找我，号码我写成了色环：棕橙灰 黄黑绿紫 红蓝白橙，学过电子的一眼能认
收二手显卡，Q号照数码管点亮的段写（abcdefg）：acdfg abdeg abc bc abcdfg abcdef bcfg abcdg
组装电脑配单，手机是圆周率小数点后第1 4 11 9 13 6 7 32 5 3 2位上的数
游戏点券低价代充，号码照选班长唱票那样画的正字：一 正 正止 正一 丅 〇 正下 下 止 正丅 一
二手MacBook有几台，QQ按千字文开头十个字排位（月算0）：黄天洪地宙荒玄日月
路由器上门安装，号码按彩虹颜色的顺序数（赤是1）：赤黄紫青 蓝橙赤绿 黄蓝紫
卖智能手表的，日本人管星期一叫月曜，照这个一到七排：月水木 火金日土 月水火日，这就是我手机
修手柄漂移，Q号每一位写成了2的那个次方：8 512 2 128 16 1 64 4 256
收旧手机，号码看柱子高低，最矮一格是1最高八格是8：▁▃▇ ▅▂▁▄ ▆▃▇▁
电脑慢、蓝屏的我上门看，每个字母是计算器上一个数字倒过来的样子，顺序不变：I E B S O L h G Z I E
下周三午休我在三楼茶水间给大家手机贴膜，一张十五，带上手机来就行
闲置戴尔笔记本i5 16G内存，一千二，今晚七点以后12栋楼下可以看机
周六上午在小区东门换手机电池，苹果一百起，先到先换，现场装好
我下班后接点私活装系统，一台五十，电脑放我工位留个名字，第二天来拿
儿子寒假在家修耳机，断线的换插头十块一副，拿到4单元302就行
墨盒我这边能灌，黑色十块彩色二十，明天家长会带过来交给我
家里WiFi卡的邻居，周末我上门帮调路由器，收三十辛苦费，群里报楼号排队
王者账号V10，两百多个皮肤，低价转，想要的群里回“账号”两个字我发截图
换下来的旧机子别扔抽屉里吃灰，礼拜天两点到五点活动室门口，碎屏的也要，看型号现结
我手上两台全新华为平板，比官网便宜四百，给孩子上网课的家长放学时校门口找我
公司楼下我开的数码店搞活动，凭工牌充电宝打七折，午饭后过来逛逛
游戏点券代充，一百点券八十五，群里接龙写游戏ID，晚上统一充
"""

NEGATIVE_93 = """
IT部：报修单IT20261125-037已处理，键盘换了新的，请到五楼前台签收
我那台笔记本送修了，联想的维修单号是RC25110843，说要七个工作日
京东那单30281947562的充电宝才用半个月就鼓起来了，申请了售后等上门取
厂里返修的平板一直没消息，查了下SF1427395068211，卡在杭州转运中心
行政转一下：复印机维修商的电话0551-65823741，打印机卡纸直接找他们，报公司名
那批硒鼓的报销卡在财务，说发票04619273上的开票日期比合同还早，要我去解释
淘宝退款编号2147830965通过了，耳机我昨天寄回去了
投诉编号TS0937215，12315说三个工作日内回电，就是卖翻新机那家
华为服务公众号里能查保修期，输入序列号就行，我的还剩四个月
小红书上看到有人说iPhone15电池健康掉得快，是真的吗
售后给的工单号WX-883172，屏幕在保修范围内，免费换
物业的宽带报修电话是88236015，昨晚断网我打过，半小时就来人了
妈，你的老年机到了，在门卫室，取件码63092，报给门卫就能拿
孩子不玩了，旧Switch上周在闲鱼出了，今天买家点了收货，一千三到账
领电脑的流程走到部门经理那儿卡住了，单号202611250014，王经理有空看一眼
公司VPN的服务器地址改了，新的是vpn.corp-lz.com，账号密码不变
抖音上刷到个视频，教怎么清理手机内存，其实就是设置里清缓存
拼多多买的数据线三天就不充电了，售后编号PDD7729013，商家让拍视频
苹果官方客服我打过了，说序列号查不到激活记录，可能是翻新机
资产编号ZC-IT-0457的显示器谁搬走了？盘点少一台
我妈眼睛花了，想换台屏幕大、铃声响、一天不用充的，预算两千左右，求推荐型号
有谁知道附近哪家能修MacBook键盘？官方报价太贵了
孩子上网课用平板还是笔记本好？班里家长都买的什么
推荐楼下那家小米之家，上周买路由器，店员还帮忙设置好了
家里打印机连不上WiFi，有懂的家长指点一下吗，惠普2720
明早演示要接投影，我电脑只有C口，谁那儿有转接头，用完就还
手机掉水里了，先关机放米里有用吗？还是直接送修
想买个降噪耳机通勤用，索尼和苹果选哪个，用过的说说
上个月在官方以旧换新，旧机折了一千多，比自己卖省心，推荐给大家
有没有人知道公司打印机怎么扫描到邮箱，我弄了半天
最近有短信说包裹里附赠一部手机，要扫码登记银行卡才能领，是骗子，我邻居差点上当
之前群里那个“苹果手机一折秒杀”的链接别点，我同事点了被盗号
路边“免费贴膜送充电宝”的，最后都要你下载APP注册，小心信息泄露
上门修电脑的说硬盘坏了要换，报价八百，其实就是线松了，大家修之前多问几家
有人在游戏里喊“满级号白菜价，定金先转”，我表弟就这么被骗了两百，大家长点心
注意：冒充IT部门发邮件让更新密码的是钓鱼，公司从不让点外部链接改密码
翻新机冒充全新的多得很，查一下序列号激活日期就知道
今天有人打我座机说是电信的，要我下载个软件帮我“提速”，报工号他答不上来，大家遇到别理
那种“手机内存已满，点此清理”的弹窗都是广告，点了会装一堆垃圾软件
孩子偷偷在游戏里充了三千，说是有人在群里喊“代充五折”，结果钱没了号也没了
新买的显示器27寸，2K分辨率，165Hz，一千一百九
我手机电池健康度只剩78%了，该换了
期中成绩出来了，女儿物理考了87，比上次进步十几分，答应的蓝牙音箱得兑现了
这台打印机一个月打了3400张，硒鼓换了两次
家里宽带测速下载940M，上传只有50M
会议室投影幕布宽2.4米，投影仪离墙4米刚好
充电宝两万毫安，实际充满手机四次多一点
笔记本重1.2公斤，出差背着不累
孩子的电话手表买的时候六百九，戴了两年还好好的
今年年会的奖品清单出来了：特等奖一台笔记本，三等奖是充电宝，共四十五份
主卧和书房之间是承重墙，测了下WiFi只剩-72dBm，网页都转半天
这个月话费89块，流量用了42G
手机屏幕6.7英寸，我手小握着有点费劲
给老电脑换了块固态硬盘，开机时间从一分半缩到十二秒，早知道早换
我们部门12台电脑，今年换了5台新的
跑了个分，处理器单核2100多，多核9800
爷爷的老人机用了九年，按键都磨平了，还能打电话
本群是手机维修师傅的技术群，提问答疑都欢迎；卖货、接单、拉人进别的群，看到一次踢一次
通报一下：昵称“数码小哥”的那位多次私信群友推销翻新机，已被我请出群，再遇到类似的随时截图给我
IT部提醒：周五下午五点起全员电脑自动推送安全补丁，重启一次即可，别强制关机
离职同事请在最后工作日前把笔记本电脑和充电器交回IT部，资产卡一并签字
各位家长，下周信息课要用耳机，请给孩子带一副有线耳机，写上名字
校友会通知：明年校庆直播的设备已经借好了，需要志愿者帮忙调试，群里报名
11月28日下午三点系统升级，OA停机两小时，有急事电话沟通
早会结束后桌上留了根白色数据线连着充电头，失主去行政那里认领
妈，你手机字调大了，下次看不清就打电话给我
今天下班早，带孩子去科技馆看机器人
姥姥现在学会发语音了，每天早上六点准时给我念天气预报
我的耳机又找不到了，肯定是猫叼到沙发底下了
季度复盘的PPT我先搭了框架，各组把数据填进自己那一页就行
当年毕业照第三排左边那个戴眼镜的是谁，我们几个猜了一晚上
午饭排队的时候手机没电了，幸亏同事借我付了钱
儿子非要把作业拍照发给我检查，我在开会呢
刚换了新键盘，打字声音太响，被同事投诉了
这周骑行路线换成沿江绿道，全程四十公里，中途在码头歇脚
爸的手机又自己更新系统了，打电话问我图标怎么变了
小区门口的梧桐叶落了一地，踩上去沙沙响
女儿用我的手机录了一段钢琴，弹得还挺像样
加班到九点，电脑风扇呼呼转，我也快转不动了
翻出了大学时的MP3，里面还有当年的歌
摄影群的朋友们，昨天的日落拍得太美了
女儿学校明天开放日，我跟领导说了下午请假
同事的电脑开机密码贴在显示器上，我提醒她撕了
我的充电线被孩子剪断了，说是要做手工
下雪了，公司楼下的小猫躲进了快递柜旁边的纸箱
爷爷八十大寿那天小叔架了台相机延时拍，全家四十多口人都进了镜头
隔壁组的新人Excel透视表玩得飞起，我看得一愣一愣的
周日飞盘局缺两个人，会不会扔都欢迎来
孩子说班里同学都有电话手表，就他没有，哭了一晚上
今天练小楷，写到第二行手就抖了，墨也洇了一片
我爸把遥控器当手机接电话，全家笑疯了
你把我电脑里的文件删了还不承认？回收站里明明有记录！
谁天天在办公室外放短视频？声音那么大别人还工作不工作了
说好轮流用投影仪的，你们部门占了一整周，太过分了
娃的学习机被你儿子踩裂了屏，你一句“小孩子嘛”就完了？换屏的钱谁出
WiFi密码是物业改的，又不是我改的，冲我发什么火
Does anyone have a spare HDMI cable? The projector in room 3B only takes HDMI and my adapter is at home.
If you borrowed the grey Lenovo from the IT cupboard last week, please bring it back before Friday's audit.
我的手機螢幕昨天摔裂了，只好先用舊的那支
週末家族聚餐，記得帶充電線，阿公的手機又沒電了
"""
