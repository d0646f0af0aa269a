"""Hold-out set 95 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-94 (see holdout_data.py, whose docstring covers sets 1-94; sets 93 and 94 are also
described in their own docstrings, which were read here), at the same time as set 96 (written by another helper; this
set was checked by the same script against set 96's lines as they stood at each run, unread: highest 0.418 at the end
among the lines whose closest group it is, as the script showed it), and kept unscored until it is scored once, blind.
The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened
nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no
file in benchmarks/ (no benchmark); holdout_data.py, holdout93_lines.py and holdout94_lines.py were opened only for
their module docstrings, printed with ast.get_docstring (the labelling rules, the history and topics of sets 1-94, the
file format, the docstring style and the disguises and codes already used, to avoid repeating them; their lines and the
code below the docstrings were not read). The three docstrings were saved to the writer's own temporary folder (made
with mktemp -d; the same command counted their sizes with wc -c and checked set 96's path with test -f, which found
nothing then) and paged through there with cat (set 94's and set 93's whole) and sed (the holdout_data.py docstring in
three parts, lines 1-150, 150-400 and 400-626, after wc -l counted them), joined into one file with cat and searched
with two loops of greps counting words and signs for the digit scripts, lookalike letters, split characters, emoji,
homophones and codes considered here: eighty-one in the first (sixteen found: subscript, rod, stem, T9, circled,
regional, keypad, wheel, 轮, Cyrillic, Greek, 猪, 飞猪, 携程, 马蜂窝 and 途牛; one grep -o printed a single line, T9
inside a file's name, and one grep -n showed the lines holding eight of them: subscript only in milk subscriptions, rod
and stem only inside other words, T9 only inside files' names, regional only in regional specialties, circled only in
circled and double-circled digits, keypad only in a keypad's positions, wheel only in two-wheelers and set 94's note;
猪, 飞猪, 携程, 马蜂窝 and 途牛 stand in the fix of sets 71-72 naming the travel platforms, which lists no disguise of
them; Cyrillic and Greek stand in the notes of sets 93 and 94 on their searches, and neither alphabet was used here) and
twenty-nine in the second (three found: country code, 口 and 倒; one grep -o printed nothing and one grep -n showed
their lines: country code only in a number written after a country code's plus sign, 口 only in 力口 and 校门口, 倒 only
in 倒过来 in set 93's list of search words), nothing else in them. pyproject.toml was not opened (ruff format and ruff
check were only run on this file, from the checkout's root). The benchmarks folder was not listed; this file's own path
was checked for existence by its exact path (test -f) before it was first written; set 96's file was only checked for
existence by its exact path (test -f, before every run of the script, the first included: it did not exist at the very
first check, before this file was written, and existed at every check before a run, so it was passed to every run) and
only loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run. No slip to report. Nothing outside these limits was
opened, listed or run. The lines were drafted as Python lists in the writer's own temporary folder and written to this
file by a small script of the writer's own (which also checked the counts, that no line repeats and the absence of
triple quotes, backslashes and line breaks), with a helper module there that turned digits and letters into the other
scripts below and spelt out the coded numbers; another small script made the rewrites from lists of replacements,
another wrapped this docstring to 120 columns of display width, and one-line scripts printed the Big Dipper's stars for
a number, the count of the search words, the draft lines' lengths for review and, over this set's own lines alone, their
difflib ratios against each other; cp and diff compared ruff's first reformatting (only this docstring's closing quotes
moved) with a fresh copy; head, tail, wc, awk, sort, uniq and a small script read the saved output of the runs at 0.30
there to take the highest ratio per group. The similarity script read this file: it printed this set's lines and ratios,
never the dumps' or the partner's lines; it was run eleven times: three times at the required floor of 0.49, three times
at 0.47, to find the lines standing just below it, once at 0.30 on the lines, once at 0.47 and once at 0.30 after three
lines were reworded for this set's own variety, and once at 0.47 and once at 0.30 on the finished file with this
docstring, the runs at 0.30 only to read the highest ratio per group for this docstring. No line is copied from earlier
sets or from the training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49
(highest 0.468, a positive; 0.460 among the negatives), against every line of the training dump at most 0.49 (highest
0.426, a negative; 0.394 among the positives), against set 96 at most 0.49 (highest 0.418 among the lines whose closest
group it is, all four of them positives; the script prints each line's highest ratio only, so a line closer to a dump
may stand a little nearer set 96, but under its own highest, at most 0.468), and no two lines of this set exceed 0.49
against each other (at the end the script showed no line at 0.30 or more whose closest group is this set; the writer's
own difflib check over this file's lines alone gives 0.308 for the closest pair, two negatives: an English score and a
piano grade).

Thirty-one lines were rewritten, thirty-four rewrites in all, each time with new wording, not a synonym swap:
twenty-eight for similarity, three of them twice (thirty-one rewrites), and three for this set's own variety. One code
was changed, not only reworded, as its line stood high against the hold-out dump and earlier sets may have used it (the
docstrings read do not list every code of the earlier sets): a mobile by the heavenly stems, 甲 as one and 癸 as zero
(0.508), now the Big Dipper's stars. In the first pass, at 0.49, twenty-one stood at 0.49 or more (0.927 at most, a
projector's remote control asked for, against the hold-out dump), nineteen against the hold-out dump and two against the
training dump: one positive (the heavenly stems) and twenty negatives (an SF waybill for a child's coat, 0.548, now sent
cash on delivery from Qingdao; passports' 京东 waybill, 0.506, now left in a drawer; a passport's renewal asked about,
0.622, now an expired passport before a trip to Singapore; a Huizhou restaurant recommended, 0.509 against the training
dump, now Tunxi's old street and thanks; an account offering free trips reported, 0.618, now a trip to Thailand for five
friends added, sent to the group's owner; a checked bag's weight limit, 0.727, now bags weighed at home in jin; overtime
hours, 0.537, now October's clock-in record; the group rule, 0.536, now a hikers' group's warning and removal; the
remote control, now a humming fresh-air unit; canteen pork too salty, 0.632, now sour fish with real fillets; reunion
photos in the album, 0.533 against the training dump, now a blurred photo retouched; a report sent by e-mail, 0.571, now
a quarterly review on a shared drive; colder weather tomorrow, 0.688, now three degrees on Huangshan; a new bakery's
smell, 0.562, then a noodle shop's new owner; a father seasick on a cruise, 0.848, now missing congee there; badminton
as usual, 0.811, now a cup left by the court; a weekly report's template, 0.529, now daily reports before five; a
reading club's novel, 0.593, now 长安的荔枝; both English lines, 0.553 and 0.518, now a panda base's queue and a
Gulangyu ferry). In the second pass, at 0.49, one: the noodle shop (0.513, now a river-snail noodle shop closed). A run
at 0.49 then found none (0.486 at most). In the fourth pass, at 0.47, seven standing between 0.471 and 0.486: the
primes' places (0.485, reworded keeping its code), a 12345 complaint's number (0.471), a study camp's landline passed on
(0.471 against the training dump, now passed on by the class teacher), a 拼多多 after-sales number (0.480), a fake
airline text quoted (0.486, now checked on the airline's site), cheap air tickets' screenshots (0.471, now a colleague's
membership fee) and the moon (0.480, now over Erhai); in the fifth, two: the complaint (0.560, now answered by the
culture bureau's text message) and the 拼多多 return (0.477, now a return with shipping insurance). A run at 0.47 then
found none (0.468 at most), and a run at 0.30 gave the figures above. The writer's own difflib check then showed the
closest pair of this set's lines, two positives on 小红书 built on one frame (0.361), and two more pairs sharing a frame
(a homestay and a family hotel both opened on 携程; travel insurance sold twice, 0.312): three lines were reworded for
variety (the 小鸿书 line, the 携禾呈 line and the insurance sold at a desk), and runs at 0.47 and 0.30, and at 0.47 and
0.30 on the finished file with this docstring, gave the same highest figures. Lengths run from 31 to 66 characters for
the positives (the longest the Big Dipper's stars) and 12 to 56 for the Chinese negatives (the English lines 104 and
112, the traditional ones 20 and 18). The lines are meant to be scored once, blind; tuning on their errors would spoil
them.

Set 95 focuses on travel and tourism sold into groups: tour groups and day trips (a seniors' train tour to Beijing by
QQ, a Phuket tour on a landline, a Tibet tour on a 视频号, a seniors' flower-viewing trip through a 公众号, rafting in
Yangshuo in Bengali digits, seniors' wellness trips by classical names for ages, a seniors' day trip signed up at an
activity room, Europe tours at a counter downstairs, Europe tours by time zones), travel agencies' packages (a Hainan
family trip by WeChat id, package trips on 飞🐷, custom routes on 小红书 and 小鸿书, visas by Roman numerals and by
dialling codes, visa papers in Devanagari digits, South-East Asian backpacking by primes), study tours and summer camps
(a Cambridge summer school by e-mail, a Qiandao Lake camp in parenthesized digits, UK study places after a parents'
meeting), cruise and train tickets (cruise cabins on a 400 line, Disney tickets resold at a front desk, train tickets
grabbed for a fee), hotels and homestays resold (a relative's 莫干山 homestay with a dashed mobile, a wife's homestay on
携程, a cousin's family hotel on 携禾呈, the writer's Fenghuang homestay in small capitals, the writer's Xiamen nights
by WeChat id and a spare Sanya room replied for under the message), car-and-driver hire (a Zhangjiajie driver with
"V：", a brother-in-law's car in Xishuangbanna, a brother's car-share to Daocheng in Tibetan digits, a Xinjiang
car-share group in Lao digits, a 川藏 road-trip leader by trigrams, the writer's seven-seater, two seats to Huangshan,
car rental coupons on a short link), travel insurance (sold with a spaced mobile and at the writer's desk), luggage and
travel gear (a family's suitcase shop on 淘宝, an uncle's travel-pillow sets on 拼多多, the writer's poles and jacket on
闲鱼, a spouse's suitcase repair in subscript digits, Wi-Fi and SIM cards abroad in Telugu digits, a new suitcase at a
building's door) and photography on trips (a cousin's travel photos on 抖音, a trip photographer's mobile, wedding
photos by a phone's keypad letters, family photos at a scenic spot's gate), with fishing trips, dive courses, a hiking
club, a ski trip and a stargazing camp; beside a company's annual trip, a class's spring outing, flight, booking, refund
and complaint numbers, members asking for routes, travel scams warned of, ordinary chat in company work groups, family
groups, parents' class groups, an owners' group, an alumni group and hobby groups (hiking, badminton, a reading club,
photography, square dance).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a brother guiding in Dali with a mobile; a Hainan
family trip with a WeChat id; a seniors' train tour with a QQ; an agency's Phuket tour on a landline with an area code;
cruise cabins on a 400 line with a key to press; a Cambridge summer school's quote by e-mail; car rental coupons on a
short link, dwz.cn/…; a cousin's travel photography to search on 抖音; a father's farm stay on 快手; a family's suitcase
shop on 淘宝 with the group's name as a remark; an uncle's travel-pillow sets in a named 拼多多 shop; the writer's
hiking poles and jacket on 闲鱼; the writer's Sanya guides on 小红书 with private messages; a Tibet tour on a 视频号; a
公众号 with a word to send; a ticket mini-program to search in WeChat; a Zhangjiajie car and driver with "V："; travel
insurance with a spaced mobile; a relative's homestay with a dashed mobile; a brother-in-law's car hire with a mobile
that is also WeChat; the writer's hotel nights with a WeChat id; a hiking group by a spaced QQ group number; a trip
photographer's mobile; a wife's homestay named on 携程), 14 moderately, with disguises the docstrings read do not list
(Bengali digits ১৩৭…; Devanagari digits for a QQ, २७४…; Tibetan digits ༡༨༢…; Telugu digits ౧౫౦…; Lao digits for a QQ
group, ໖໔໓…; double-struck digits 𝟙𝟛𝟘…; subscript digits ₁₅₉…; parenthesized digits for a QQ, ⑶⑹⑸…; small-capital
lookalike letters for wx and an id, ᴡx：ᴛᴜᴏ…; negative squared letters for vx and an id, 🆅🆇 🅳🅸…; 程 split into 禾呈,
携禾呈; the pig emoji for 猪, 飞🐷; the homophone 小鸿书 for 小红书; Roman numerals Ⅰ Ⅷ Ⅲ… for a mobile) and 10 heavily,
with codes the docstrings read do not list (a mobile by the 先天八卦 numbers, 乾 as one to 坤 as eight; a mobile by the
Big Dipper's stars counted from the bowl, 天枢 as one to 摇光 as seven; a QQ by snooker balls' points, 红 as one to 黑
as seven; a mobile after a leading 1 as letters on a phone's keypad; a mobile after a leading 1 as cities' winter hours
ahead of London, 伦敦 as zero; a QQ hidden in the first characters of nine four-character phrases; a QQ by the places of
primes among the primes, 2 as one; a mobile after a leading 1 as five countries' international dialling codes; a QQ by
the number of 口 in each character, 口 as one to 器 as four; a QQ by the tens of classical names for ages, 志学 as one
to 耄耋 as eight) and 12 subtle (an offer with a price or a call to action only, none quoted by the docstrings read): a
seniors' day trip at ninety-eight signed up at an activity room before Tuesday; a spare Sanya room, five nights for
twelve hundred, replied for under the message; the writer's seven-seater at four hundred a day, asked for downstairs in
person; a new suitcase at a hundred and fifty collected at building 3's door after eight; family photos at sixty for ten
at a scenic spot's east gate on Saturday morning; UK study places at eighteen thousand, talked over after the parents'
meeting; Europe tours two thousand off at the writer's counter downstairs after lunch; two Disney tickets at cost, paid
for and collected at the front desk; sea-fishing seats at six hundred, deposits paid at a tackle shop on Wednesday
evening; two seats from Hangzhou to Huangshan at eighty, signed up for under the post; travel accident insurance at
thirty a year, forms at the writer's desk in the morning; train tickets grabbed at twenty each, the writer named with @
in the group. About a dozen positives are written the way members casually sell in a group (a brother in Dali, a
cousin's photography, a father's farm stay, a family's suitcases, an uncle's pillow sets, the writer's poles and jacket,
a relative's homestay, a brother-in-law's car, the writer's hotel nights, a wife's homestay, a brother's car-share, a
spouse's repairs, a cousin's hotel, a husband's fishing trips, the writer's car and suitcase).

-  `POSITIVE_95` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-  `NEGATIVE_95` (100 lines): 20 that look dangerous at first sight (a 携程 order for a booking a hotel did not receive,
  an administration notice passing on a coach company driver's mobile, air itineraries' e-invoices for expense claims,
  an SF waybill for a child's coat, a 12306 refund number, a complaint's number about a one-day tour, a culture bureau's
  公众号 named for scenic spots' bookings, a 抖音 video on Huangshan's sunrise, a flight number for a pick-up, a class
  teacher passing on a study camp's landline, a 拼多多 return for a storage bag, a hotel's confirmation number, a 去哪儿
  refund, a scenic spot's booking code, a 小红书 post on a farm stay's rating, an expense claim's number, passports'
  京东 waybill, a lost-luggage claim's number, the 12301 tourism complaint line, a high-speed train's number and seats);
  10 members asking or recommending (Wuyuan with elderly parents, a Guilin guide recommended, a pushchair to the gate,
  study tours, a self-drive route near Chengdu, compression bags, an expired passport, a tour or a hired car in Yunnan,
  a team-building vote, a Tunxi restaurant thanked for); 10 warnings quoting or describing the scam or ad
  ("您的航班已取消，点击链接领取改签补偿", "99元游三天包吃住", a Thailand trip for five friends added,
  "出境游签证包过，先交押金", a fake hotel front desk's call, "二十块带你走近路不排队", "迪士尼内部折扣票",
  "学校合作游学，定金三千", "低价港澳游" with shopping stops, "机票一折起" with a membership fee); 17 lines with numbers
  that are not contacts (a Yunnan trip's cost, a suitcase's size, a coach's times, an English score, hours up Mount Tai,
  bags weighed, a family's Sanya cost, an altitude, overtime hours, a child's height, a running pace, a homestay shared,
  team-building numbers, a piano grade, Harbin's cold and tickets, a traffic jam, a grandmother's age); 7 organisers'
  and admins' own notices (a hikers' group rule banning agencies' routes, hotel booking and other groups' QR codes, an
  account removed for cheap-tour ads, a company's annual trip to Xiamen, a class's spring outing, an alumni hike moved,
  an owners' committee's coach for the elderly, a photography society's outing cancelled); 27 lines of everyday chat
  (some about a flat phone after landing, Lijiang's cold, a humming fresh-air unit, giraffes, the canteen's sour fish, a
  blurred reunion photo, a grandmother's wish, a quarterly review, a homestay's golden retriever, a delayed flight's
  noodles, Huangshan at dawn, a noodle shop closed, a cruise's buffet, a cup left by a court, homework, daily reports,
  the moon over Erhai, northern lights, a suitcase's lock, weight gained, square-dance clothes, a cat and potted plants,
  an open day, a wedding date, a reading club, a meeting at three, a run by West Lake); 5 heated arguments without any
  selling (money split on a trip, shopping stops blamed, photos that kept a group waiting, a farm stay full of
  mosquitoes, children noisy on a coach); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_95 = """
我们家老二在大理当地陪，苍山洱海两天带吃带住，有要去的提前联系他13987265104，报我名字
暑假亲子游海南五天四晚，双飞含酒店，大人2980小孩1680，详细行程加微信 hainan_xiaoyu88 发你
本人带夕阳红老年团十几年了，北京专列往返八日游，随团医生全程陪同，报名扣扣2849316075
国庆出境游名额不多了，泰国普吉六天3899起，门市电话0571-86093247，周末也有人
邮轮季开售，上海出发日韩五晚，内舱房每人3299起，订舱热线400-619-2875转3号键
剑桥两周夏校招生中，含寄宿家庭和英语课程，要行程单和报价的家长发邮件到 camp2027@ukstudytrip.cn
自驾租车新用户首单立减两百，戳 dwz.cn/Kp7xQ2 领券，异地还车也免费
我表姐在抖音做旅拍，婚纱写真都能拍，搜“小满旅拍日记”就能看到她的片子
我爸退休回村开了个农家乐，快手号“老周山里人家”，住一晚管三顿饭才一百五
家里是做箱包的，行李箱二十寸到二十八寸都有，淘宝搜“阿宁箱包铺”，备注群名送行李牌
我舅舅在拼多多卖旅行三件套，颈枕眼罩耳塞一套，店叫“出门不累”，十九块九包邮
去年买的登山杖和冲锋衣就用过一次，挂闲鱼了，搜“山野清仓阿杰”，群友私聊再便宜点
我在小红书写三亚攻略顺带接定制行程，账号叫“椰风小鹿”，想要路线的私信我
每晚八点在视频号“阿旺带你游西藏”开播，拉萨林芝七日游直播间专属价
关注公众号“银龄游学社”，后台回复“报名”，老人春季赏花一日游88元含午餐
景区门票代订，微信里搜小程序“票小二出行”，比窗口便宜二三十块
张家界包车带司机兼导游，七座商务车一天六百，V：zjj_lao_tan
出境旅游保险我这边能办，一年多次往返的也有，需要的打 139 5821 4076 找小何
亲戚开的民宿在莫干山，这周末还剩两间，订房158-6730-2941，说是群里来的打九折
我姐夫在西双版纳跑车，接送机和景点包车都行，手机同微信18876203519
订了厦门两晚海景房临时去不了，原价转，要的加我微信 lin_haiyan1990
新建了个徒步群，每周末近郊线路AA制，想一起走的进Q群 736 284 519
景区跟拍全天陪拍，出片两百张，摄影师小吴17709826541，档期先到先得
我媳妇在携程上开了家民宿叫“听海小筑”，一搜就出来，群里下单返五十红包
阳朔遇龙河竹筏加骑行一日游，桂林市区接送，一位一百六，电话：১৩৭৭৮২০৪৬৫১
日韩签证材料代整理，在职退休学生都能做，加扣扣 २७४५८१९०३
我弟跑成都到稻城亚丁的拼车，越野车四个座，周五走，电话 ༡༨༢༠༥༧༣༩༦༤༨
出国随身WiFi和流量卡出租，欧洲三十国通用一天十五，取件打 ౧౫౦౬౮౩౪౭౧౨౯
九月独库公路开放，想去新疆自驾的来拼车群，群号 ໖໔໓໒໘໗໑໐໕
老年人海南旅居，冬天住三个月，包吃包住每月两千八，咨询 𝟙𝟛𝟘𝟝𝟟𝟜𝟠𝟚𝟡𝟞𝟙
我爱人开了个行李箱维修铺，轮子拉杆都能换，上门取送，电话₁₅₉₆₇₃₄₂₀₈₈
千岛湖夏令营7到12岁，一期七天，还有八个名额，报名扣⑶⑹⑸⑵⑻⑷⑴⑺⑼
我家民宿就在凤凰古城沱江边，推开窗就是吊脚楼，ᴡx：ᴛᴜᴏᴊɪᴀɴɢ_ᴍᴇɪ
潜水考证带队去仙本那，PADI开放水域四天拿证，🆅🆇 🅳🅸🆅🅴_🅻🅰🅾🆆🅰🅽
溪谷萌宝山居是我表哥的亲子酒店，有沙坑还能喂小羊，携禾呈上能订，报群名送双早
机票酒店打包我都能做，飞🐷搜店铺“小岛假期工作室”，比自己订省三四百
带爸妈旅居的视频都发在小鸿书“带爸妈看世界”，老有人问怎么安排，现在开始接中老年定制团了
签证加急、机票酒店一条龙，找我准没错，手机 Ⅰ Ⅷ Ⅲ Ⅵ Ⅱ Ⅴ Ⅶ Ⅰ Ⅳ Ⅷ Ⅸ
川藏线自驾领队，包车拼车都接，手机按先天八卦数来：乾离坤兑巽坎艮震乾坤离
草原星空露营两天一夜，帐篷睡袋我们备，电话按北斗七星从斗口往斗柄数：天枢 天玑 摇光 开阳 玉衡 天璇 天权 天枢 玉衡 摇光 天玑
我老公组的海钓游船上管饭，扣扣照斯诺克彩球的分数读：黄黑蓝红粉绿棕棕黑
全国飞旅拍婚纱，电话1开头，其余十位是九宫格键盘上的这些字母：DTGJAWPMTA
欧洲小团游，微信同手机：1打头，后面是这些城市冬天比伦敦快几个钟头：莫斯科 东京 北京 伦敦 开罗 曼谷 卡拉奇 达卡 迪拜 巴黎
徒步俱乐部招新，Q号藏在每句头一个字：五岳归来 七彩云南 三峡夜航 九寨秋色 八达岭上 二郎山下 六盘山高 四姑娘山 一路向西
想约东南亚穷游搭子的自己解Q号：把5、13、3、23、17、2、11、7、19换成它们在质数里的名次
出境游代办签证，手机1打头，后面接这五国的国际电话区号：意大利 中国 马来西亚 韩国 英国
拼团去长白山滑雪，扣扣数一数每个字里有几个口：吕品口器吕吕品口器
老年康养游招募，QQ取这些年纪的十位数：不惑 古稀 弱冠 耄耋 而立 花甲 知天命 志学 古稀
社区老年人一日游，周四去南山竹海，每人98含午饭车费，要去的周二前来活动室找我登记
三亚的酒店我多订了一间，五晚一千二转出去，谁要在这条下面回个“要”
我家七座车平时闲着，周末谁家出去玩要包车，一天四百不含油，下楼找我当面说
二十四寸旅行箱全新，多带回来一个，一百五自提，今晚八点后到3号楼门口拿
周六上午我在景区东门摆摊给一家人拍合影，十张精修六十，带孩子出去玩的可以来
英国游学名额还剩三个，两周一万八，想报的明天家长会结束后留一下，我当面讲
我在公司楼下弄了个旅游小柜台，欧洲十日游团购价立减两千，中午吃完饭过来坐坐
迪士尼两日票两张用不上了，原价转，今天下班前到前台找我交钱拿票
钓友们，下周东海海钓船还空三个位，一人六百包吃，周三晚上在渔具店当面交定金
清明回老家的车还空两个座，杭州到黄山，单程八十，愿意搭的跟帖报个名
我们公司代理的旅游意外险能走团单，一人一年才三十，想上的明早到我工位填个表
帮抢春运火车票，一张收二十跑腿费，抢到再给钱，车次日期在群里@我就行
"""

NEGATIVE_95 = """
携程订单号1849203716，酒店说没收到预订，我在前台等了四十分钟了
行政通知：年会旅游的大巴公司联系人王师傅13605718842，各部门领队出发前跟他对一下人数
机票行程单报销请附电子发票，发票号码统一填进OA，截止本月28号
孩子的外套落在青岛那家酒店，前台给寄了顺丰到付，SF1402388759216，运费二十三
12306退票成功了，退款编号E2387651，说是七个工作日到账
上月投诉一日游强制购物的结果出来了，文旅局按受理号20261104-0387回了短信，说旅行社被约谈
市文旅局公众号今天发了国庆景区预约名单，大家出门前看一眼
抖音上刷到个视频说黄山看日出要凌晨四点爬，真有这么早吗
航班号MU5137，明早七点四十起飞，接机的同事记一下
班主任转：研学营驻地的座机0571-88236410，晚上九点前家长可以打过去问孩子情况
袋子开线我拍了视频，拼多多那边让寄回去，退货单2611253390071，运费险能报吗
酒店确认号HX72915，入住人写的是我名字，到时候大家跟着我办入住就行
去哪儿的退款到账了，一共1376，少的那点是手续费
门票预约码是 8837 2091，进门出示给检票员看，别截图给外人
小红书上有人发了我们去年团建那家农家乐，评分掉到3.2了
财务：差旅报销单BX-2026-1187已退回，原因是住宿超标，请重新提交
签证中心把护照用京东寄回公司了，JD0098412736512，前台小刘签收后放我抽屉里就行
理赔报案号7720614590，行李丢了的那位同事把航空公司的证明拍照发我
旅游投诉热线12301我记下了，导游要是再逼我们进店就打
高铁G7356，3车12A到12D是我们组的座位，别坐错了
有没有人去过婺源？带七十多的老人，住哪比较方便少走路
上次桂林那个地接导游讲得真不错，姓覃，你们去的时候可以跟旅行社点名要她
想问一下带两岁小孩坐飞机，推车能不能直接推到登机口
暑假想给孩子报个游学，有没有家长报过，是真学东西还是就去玩
求一条成都周边两天的自驾路线，不想太累，有温泉更好
出门带几个压缩袋真的省地方，超市就有，十几块一个
我护照去年十月就到期了，下月去新加坡出差，现在去出入境大厅补办还来得及吗
去云南有必要报团吗，还是自己租车走，大家给点意见
我们组团建去安吉还是千岛湖，投个票吧
照着群里推荐去吃了屯溪老街那家，毛豆腐和臭鳜鱼都没踩雷，谢谢推荐的人
收到一条“您的航班已取消，点击链接领取改签补偿”，我上航司官网一查航班好好的，明显是钓鱼
提醒一下家里老人，那种“99元游三天包吃住”的团就是拉去购物店的，我妈去年被坑了好几千
昨晚私信我的那个人说拉满五个好友就送泰国游名额，我截图发给群主了，你们收到的也别理
朋友圈转的“出境游签证包过，先交押金”别信，正规旅行社不会这么说
有人假装酒店前台打电话说房费没扣成功，让你重新转账，全是骗子
景区门口那些喊“二十块带你走近路不排队”的千万别跟，上次有人被拉到山里要加钱
看到有人在卖“迪士尼内部折扣票”，便宜一半，别买，入口扫不出来
学校从没组织过什么海外夏令营，家长们接到“学校合作游学，定金三千”的电话直接挂掉
那个“低价港澳游”的广告我研究了一下，合同里写着每天至少进两个购物点
有个群天天晒“机票一折起”的截图，我同事信了，先交599会员费，结果一张票都没订到
这次云南八天一共花了6850，比预算多了一千多，主要是住宿贵
行李箱尺寸是55×40×20，应该能带上飞机吧
早上六点二十集合，七点整发车，大概十点半到景区
儿子这次英语期末考了96分，说好的暑假带他去海边
爬泰山从红门上去一共走了6个半小时，腿到现在还疼
去机场前在家用手提秤称了一下，大箱子二十四斤六两，小箱子九斤，应该不会超
我们一家四口三亚五天，机票加酒店人均3100
到海拔4718米的时候我妈有点头疼，吸了两口氧就好了
十月份打卡记录出来了，多出来的四十二个钟头能换五天假，我想接在国庆后面休
孩子身高132，景区门票说1米2以上要买半价票
昨天跑步配速5分40，比上周快了十几秒
民宿一晚480，三个人分下来一人160，还行
这次团建报名的有37人，大巴要订两辆
女儿钢琴考级过了，88分，良好
零下12度，哈尔滨冰雪大世界的门票是328一张
高速堵了两个小时，本来下午三点能到，结果快六点了
奶奶今年八十三了，还能自己爬上鼓浪屿的日光岩
管理员提醒：这里是驴友互助群，攻略天气路况随便问；旅行社线路、代订酒店、别的群的二维码一律不准发，一次警告两次踢
刚才把一个连续发低价团广告的账号移出群了，大家有类似私聊的也请截图给管理员
各位同事，公司年度旅游定在11月15号到17号，去厦门，费用公司承担，家属自费，本周五前报名
下周三春游去植物园，早上7:50在学校操场集合，自带午饭和水，请家长提醒孩子
校友会通知：秋季徒步活动改到10月26日，路线不变，天气不好另行通知
业委会：重阳节老人去灵隐寺的车已经订好了，报了名的老人早上八点在南门上车
摄影协会本周末的外拍取消，台风要来，下次时间群里再定
刚落地，下飞机才发现手机没电了，到酒店再回消息
妈，我们到丽江了，这边挺冷的，你们不用担心
三楼小会议室那台新风机一直嗡嗡响，行政能不能找人来看一下
周末带孩子去动物园，他看到长颈鹿激动得不行
食堂周三的酸菜鱼居然是真鱼片，建议保留
聚会那天拍糊了好几张，小芳那张我修了半天还是闭着眼，大家凑合看吧
外婆说她这辈子最想去的地方是北京天安门
王总，第三季度的复盘材料放在共享盘财务目录下了，第12页的数据我重新核了一遍
这次去的民宿老板养了只金毛，孩子们抱着不撒手
飞机延误了三个小时，在机场吃了碗这辈子最贵的面
黄山顶上今早只有三度，穿短袖上山的小伙子冻得直跺脚
公司对面那家螺蛳粉关门大吉，中午又少了个去处
老爸在邮轮上吃自助吃到第三天，就开始想家里的白粥咸菜了
周六打完球把水杯落在场边了，谁看到一个绿色带贴纸的杯子
作业已经交了，老师辛苦了
下周起项目日报改成下午五点前提交，晚交的系统会标红
今晚在洱海边看到的月亮特别大，拍出来却只有一个小白点
冰岛极光拍到了！虽然手抖糊了一半
老爸把行李箱密码忘了，折腾半天才打开
旅游回来胖了四斤，下周开始管住嘴
阿姨们，广场舞的新衣服到了吗？
我家猫趁我出差把阳台的盆栽全啃了
今天小区开放日，楼下好多小朋友在画画
表哥婚礼定在明年五一，大家记得空出时间
读书会这期选《长安的荔枝》，我两天就看完了，马伯庸写运荔枝写得跟旅行攻略一样
兄弟们别忘了下午三点开会，在七楼
早上沿西湖跑了一圈，人比想象的少
说好AA的，到最后一天你说没带钱，谁信啊，之前在服务区买烟倒是挺快
导游让进店是你非要跟着去，现在又怪我不拦着你，讲不讲道理
出来玩一路上就你在拍照，大家等你多少回了，心里没点数吗
是谁把团建定在那个破农家乐的？蚊子咬得我一身包，下次别让他选了
孩子在车上吵是正常的，你们家孩子就没吵过？别在群里阴阳怪气
Just landed in Chengdu and the panda base queue is already two hours long, so we are doing hotpot first.
Mum, the ferry to Gulangyu leaves at 8:40 tomorrow, please keep your ID card in the small bag, not the suitcase.
這次去台中玩得很開心，謝謝大家照顧我媽媽
明天早上九點在飯店大廳集合，別遲到喔
"""
