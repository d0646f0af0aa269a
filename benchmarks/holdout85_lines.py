"""Hold-out set 85 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-84 (see holdout_data.py; sets 77 to 82 were studied in this
session, and sets 83 and 84 scored), at the same time as set 86 (written by another helper; this set was checked by
the same script against set 86's lines as they stood when this one was finished, unread: highest ratio 0.341 at the
end, as the script showed it), and kept unscored until it is scored once, blind. The writer read no detector code,
word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/, docs/
or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/ (no
benchmark); holdout_data.py was opened only for its module docstring (the labelling rules and the history and topics
of sets 1-84, which also names the disguises and calls earlier sets' errors led to), printed with ast.get_docstring,
and holdout83_lines.py and holdout84_lines.py only for their module docstrings, printed the same way (the file
format, the docstring style and the disguises and codes already used, to avoid repeating them; their lines and the
code below the docstrings were not read; the three docstrings were saved to the writer's own temporary folder and
paged through there with wc, cat, sed and one grep for the disguises and codes planned here, nothing else in them).
pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's root). The
benchmarks folder was not listed; set 86's file was only checked for existence by its exact path (test -f, before
every run of the script; it did not exist at the first run, so that run was made on this file alone, and existed at
every run after, when it was always passed) and only loaded by the similarity script, which never printed its lines;
this file's own path was once checked the same way before it was first written. The folder holding the similarity
script was not listed and no file in it was opened; the script was only run. No slip to report: nothing outside
these limits was opened, listed or run. The lines were drafted in the writer's own temporary folder and written to
this file by a small script of the writer's own (which also turned digits and letters into the other scripts below,
checked the counts and the display widths and, over this set's own lines alone, their difflib ratios against each
other); the writer printed this file's own lines once with ast to review them. The similarity script then read it:
it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run thirteen times: at the
required floor of 0.49 and then at 0.47, to find the lines standing just below it, once at 0.30 on the finished
lines and once at 0.30 on the finished file with this docstring, only to read the highest ratio per group for this
docstring (no line changed after the first of those). No line is copied from earlier sets or from the training
lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.462), against
every line of the training dump at most 0.49 (highest 0.458), against set 86 at most 0.49 (highest 0.341 among the
lines whose closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may
stand a little nearer set 86, but under its own highest, at most 0.462), and no two lines of this set exceed 0.49
against each other (the script showed 0.367 at most among the lines closest to this set; the writer's own difflib
check over this file's lines alone gives 0.367 for the closest pair).

Twenty-six lines were rewritten for similarity, eight of them more than once (thirty-seven rewrites), each time with
new wording, not a synonym swap; one of the rewrites changed a disguise itself, not only its wording. In the first
pass, at 0.49 and on this file alone (set 86's file did not exist yet), fifteen stood at 0.49 or more (0.769 at
most, ginkgo trees gone yellow at an estate's gate, against the hold-out dump), thirteen against the hold-out dump
and two against the training dump: four positives (a children's figure-skating class by a rink's landline, 0.507; a
mobile given as each digit's complement to nine, 0.529; a mobile split into its odd and even places, 0.495; a mobile
by the planets' order from the sun, 0.515; all reworded, their codes kept) and eleven negatives (the ginkgo; a
hot-spring outing's invoice and tax number, 0.625, against the training dump; HR's e-mail for an annual party's
programme forms, 0.513; a fake "show cancelled" refund text warned of, 0.556; the group rule, 0.568; an open-air
film notice, 0.623; a fall on a ski slope, 0.579; canteen ribs, 0.588; a takeaway left at a front desk, 0.579,
against the training dump; a cold snap, 0.629; a milk-tea queue, 0.579). The chat lines that stood high were given
new subjects (bruises from the slope, a fish dish short of fish, a parcel on a desk, snow gloves found, roadworks at
the office gate). In the second pass, at 0.49, with set 86's file passed from then on, one: the ginkgo's
replacement, a fat ginger cat on the parcel lockers (0.629, against the hold-out dump), replaced by a pothos on a
balcony; in the third pass, at 0.49, one: that pothos (0.700, against the hold-out dump), replaced by an old cinema
ticket stub found in a photo album. A run at 0.49 then found none (0.490 shown, just under the floor). In the fourth
pass, at 0.47, thirteen standing between 0.471 and 0.490: among the positives a concert's spare tickets with a
spaced mobile (0.486, against the training dump), a cinema buyout by e-mail (0.472), a murder-mystery QQ group with
a word to write (0.474, against set 86), a festival pass in Thai digits (0.475, against set 86), a games master's
mobile in German number words (0.483) and the odd-and-even code again (0.490); among the negatives an SF waybill for
a snowboard sent back (0.472), a warning of concert "inside tickets" (0.484), a fake ticketing customer-service call
(0.472), a class teacher's rehearsal notice (0.485, against the training dump), the parcel on the desk (0.485,
against the training dump), a train forty minutes late (0.471) and a badminton game short of players (0.476). In the
fifth pass, at 0.49, four: the cinema buyout (0.494), the inside-tickets warning (0.521), a printer's paper jam that
had replaced the parcel (0.513) and a broken racket string that had replaced the badminton line (0.541, against the
training dump), the first two reworded, the other two given new subjects (a projector's remote, a jacket left at a
sports hall). In the sixth pass, at 0.47, three: the German number words (0.477; the disguise may have been used
before, so it was dropped for Mongolian digits), the SF waybill (0.476) and the projector's remote (0.837, against
the hold-out dump, replaced by a smoking microwave). A run at 0.47 then found none (0.462 at most), and so did one
at 0.49, and runs at 0.49 and at 0.47 on the finished file, this docstring included, found none. Lengths run from 23
to 56 characters for the positives (the longest an acrostic) and 13 to 47 for the Chinese negatives (the English
lines 104 and 83). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 85 focuses on tickets, events and leisure venues sold into groups: concert and match tickets and their resale (a
pop star's floor tickets at face value with a spaced mobile and a name, a football season ticket by "vx：", a
festival's three-day pass in Thai digits, a recital's spare tickets by a QQ in solfège, a New Year's Eve concert's
tickets by a QQ from the show's date and the seat, two stand tickets handed over at a stadium's east gate, derby
tickets at a car park's lift), theme-park and zoo passes (欢乐谷 annual cards with a dashed mobile, a cousin's
拼多多 shop of theme-park e-tickets, zoo and aquarium tickets on a mini-program, a children's park's weekly
group-buy by WeChat id, Disney and Universal tickets by Greek lookalike letters, zoo cards by a QQ typed on a phone
keypad's letters, a zoo card group-buy with numbers posted in the group), cinema and theatre (play tickets on 闲鱼,
a cinema buyout by e-mail, a best friend's private cinema with her mobile, musical tickets on 闲🐟, a private cinema
by a WeChat id ending in a product, children's drama tickets at the community centre door, the writer's private
cinema above a market), escape rooms and murder-mystery (剧本杀) games (the writer's escape room by WeChat id,
nightly games by QQ, a players' QQ group, a new escape room in Khmer digits, a games master in Mongolian digits,
games on 小纟工书, a mobile split into odd and even places, an acrostic, a neighbours' discount at the writer's
escape room, tonight's game at a mall's fourth floor), KTV and party rooms (a KTV 公众号 with a word to reply, a KTV
in Arabic-Indic digits, a mobile as complements to nine, a brother's KTV booked by a list in the group), hot
springs, skating and ski passes (a ski resort's 抖音 live stream, hot-spring packages on 小红书, hot-spring vouchers
by WeChat id, group ski tickets on a 400 line, children's figure skating by a rink's landline, a ski coach in
Myanmar digits, a hot-spring live stream on 筷手, a ski coach on 豆音, ski tickets by a mobile told as runs of
digits, hot-spring vouchers by the planets, hot-spring tickets at the writer's desk, ski season passes through a
cousin and a colleague in finance), event photographers (concert photography on a short link, a 视频号 of weddings
and graduations, a husband's event photography with a mobile, a concert photographer in monospace digits, a
礻见频号, a recital photographed from backstage) and balloon and party decoration (a balloon studio on 快手, the
family's 淘宝 party shop, wedding balloons with a mobile and a name, a QQ in Gujarati digits, script letters for vx
and an id, a QQ from the digits of pi, samples at the kindergarten gate); beside ordinary chat in owners' and
neighbourhood groups, company work groups (HR, finance, administration, a union), a KTV's own staff group, family
groups, a parents' class group, an alumni group and hobby groups (skiing, badminton, murder-mystery players,
concert-goers).

It keeps the mix real spam has: 24 lines plain or lightly disguised (floor tickets with a spaced mobile and a name;
欢乐谷 cards with a dashed mobile; the writer's escape room with a WeChat id; 剧本杀 games by QQ; "抖音搜" a ski
resort's account; "快手搜" a balloon studio; "小红书搜" a hot-spring account; "闲鱼搜" a play-ticket shop; "淘宝搜"
the family's party shop; a cousin's 拼多多 ticket shop named to visit; a photographer's 视频号 with a private
message; a KTV 公众号 with a word to reply; a ticket mini-program to search in WeChat; concert photography on a
short link, t.cn/…; a cinema buyout by e-mail; a skating rink's landline; a ski resort's 400 line with a key to
press; a best friend's private cinema with her mobile; a husband's event photography with a mobile that is also his
WeChat; a season ticket with "vx："; a players' QQ group with a word to write; hot-spring vouchers with a WeChat id;
a children's park's group-buy with a WeChat id and the estate to note; wedding balloons with a mobile and the
writer's surname), 14 moderately, with disguises the docstrings read do not list (Thai digits ๑๓๖…; Khmer digits
១៥៨…; Myanmar digits ၁၈၇…; Arabic-Indic digits ١٣٩…; Gujarati digits ૩૮૦…; monospace digits 𝟷𝟹𝟻…; Mongolian digits
᠑᠓᠘…; Greek lookalike letters for vx and an id, νχ：τιχιαο…; script letters for vx and an id, 𝓿𝔁：𝓫𝓪𝓵𝓵…; the fish
emoji for 鱼, 闲🐟; the homophone 筷手 for 快手; 视 split into 礻见, 礻见频号; 红 split into 纟工, 小纟工书; the
homophone 豆音 for 抖音) and 10 heavily, with codes the docstrings read do not list (a mobile as the complements to
nine of its digits; a QQ in solfège syllables, 哆 as one to 西 as seven; a WeChat id as a word and the product of
two numbers; a mobile split into its odd and even places; a mobile told as runs of digits, one 1, two 8s…; a QQ as a
show's month and day followed by the row and seat; a mobile hidden in the first characters of eleven clauses, an
acrostic; a QQ as nine digits of pi from the third decimal place; a QQ as the letters of a phone's keypad, c for 2,
u for 8…; a mobile by the planets' order from the sun, the sun as zero and Pluto as nine) and 12 subtle (an offer
with a call to action only, none quoted by the docstrings read): two stand tickets at face value, six hundred and
eighty, at the stadium's east gate at six on Saturday, cash brought along; the writer's escape room thirty cheaper
for neighbours who name the estate at the door; tonight's 剧本杀 two players short at sixty-eight, the writer's name
given at a mall's fourth-floor shop before seven; ten spare hot-spring tickets at ninety-nine, fetched from the
writer's desk in administration after lunch; ski season passes three hundred under the official price through a
cousin, registered with a colleague in finance; balloon sets for baby banquets and birthdays at three hundred,
samples at the kindergarten gate after school on Friday; a piano recital photographed at two hundred, the writer
found backstage; a brother's KTV's afternoon sessions at a hundred, booked through a list in the group tonight; zoo
annual cards at a hundred and eighty, the number wanted posted in the group before Thursday; five children's drama
tickets at forty, at the community centre's door on Sunday at half past one; three derby tickets at three hundred
and eighty, at the B1 lift on Saturday at seven; the writer's private cinema above the south-gate market at a
hundred and twenty-eight for two, the door knocked on after dinner. About a dozen positives are written the way
members casually sell in a group (a cousin's 拼多多 shop, a best friend's private cinema, a husband's event
photography, a brother's KTV, a cousin's ski passes, the family's party shop, the writer's spare concert, derby,
drama and hot-spring tickets, escape room and private cinema).

- `POSITIVE_85` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_85` (100 lines): 20 that look dangerous at first sight (a 大麦 concert order number, an SF waybill for a
  snowboard sent back to a rental shop with its deposit to come, a museum's 公众号 on a day's closing, a zoo card
  renewed in the "杭州市民卡" app, an annual party photographer's mobile passed to a colleague, a KTV room already
  paid at the desk and split, a cancelled show's refund from the ticketing platform's service line, a cinema's
  pickup code, a hot-spring outing's invoice for an expense claim, a guest's mobile's last four digits in a KTV's
  staff group, a 淘宝 order number for a balloon pump's missing nozzle, a ski season card's number reported lost, a
  小红书 escape-room walkthrough passed on, a 抖音 video of the estate's New Year gala, HR's e-mail for programme
  forms, cinema seat numbers in a family group, a festival wristband's number, an aquarium's official mini-program
  booking, old ski boots already sold on 闲鱼, a theatre's refund fee rules); 10 members asking or recommending (a
  new hot spring's water, a children's theatre's view, an escape room at the university town recommended, ski
  lessons or learning alone, balloons and a pump for a birthday at home, a light or an emotional 剧本杀 for a
  company outing, zoo bookings, a KTV by the gym recommended, stands or floor at a first concert, a photographer for
  a graduation); 10 warnings quoting or describing the scam or ad (concert "inside tickets" and a deposit lost,
  ticket-grabbing offered in private chats for a fee, a hot spring's annual card at thirty per cent and the owner
  gone, 闲鱼 ticket resale paid by WeChat transfer, a fake theatre text with a refund link, a 剧本杀 club's top-up
  card with a bonus, "滑雪装备免费试穿，只收押金", Disney fast passes queued with others' screenshots, helium
  charged extra on a balloon job's day, a fake ticketing app's service call asking to share the screen); 17 lines
  with numbers that are not contacts (a ski resort's opening day, a concert's hours and encores, an activity room's
  sixty seats, a hot spring's 42 degrees, 58 minutes in an escape room, ticket prices by a child's height, four
  hours of KTV at 63 a head, twelve thousand at a zoo, a stand's row and distance, a blue run on day 3, a six-hour
  剧本杀, a play's interval, an IMAX hall's seats, sports-day photos cut to 400, three hundred balloons in an arch,
  213 alumni at an anniversary, a 2-1 match); 7 organisers' and admins' own notices (an owners' group rule banning
  ticket resale, ticket-grabbing, 剧本杀 car, KTV and hot-spring group-buy ads, an account removed for cheap concert
  tickets and private chats, the property's open-air film, a class teacher's rehearsal, a KTV manager's room
  cleaning, a union's ski outing, an alumni day's group photo); 27 lines of everyday chat (some about a giraffe at
  the zoo, tickets grabbed, a jam after a hot spring, tears at a film, bruises from the slope, a fish dish, a
  meeting, a mother buying cinema tickets on her phone, a son who wants to be a magician, a scary escape room, an
  old ticket stub, a smoking microwave, snow gloves, a murderer's part in a 剧本杀, a raffle's towel, a song at KTV,
  a dog's first snow, a grandfather's seat at a match, a pink and purple birthday, a girl on a train practising
  cheers, a graduation party's video, a piano lesson, a beluga show, roadworks, a jacket left at a sports hall, a
  circus in a village, sports-day photos for the class group); 5 heated arguments without any selling (balloons in a
  stairwell, a party upstairs at two, queue jumping at a ticket window, credit for a clue, phone calls in a cinema);
  two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_85 = """
周董巡演内场我多抢了两张，按票面出，打 139 2746 8153 问周小姐
欢乐谷年卡代办，学生卡成人卡都能办，比景区窗口省一百，电话 186-5204-7391
我开的密室逃脱新上了恐怖主题，公司团建八人以上打八折，微信 mishi_laoyang 预约
剧本杀每晚都有车，缺人的直接加我QQ 2870514936，人齐就开
抖音搜“雪场老郭”，天天直播崇礼雪况，雪票比窗口便宜四十
快手搜“小鹿气球工作室”，生日布置、开业拱门都能做，同城上门
小红书搜“温泉控阿May”，笔记里有从化温泉的套票，私信我下单
闲鱼搜“话剧票转让小站”，这周末《茶馆》还有几张二楼的，比官方便宜
淘宝搜“鲸鱼派对布置”，我家小店，气球字母、桌布、蛋糕插牌一套全有
我表妹在拼多多开了个店叫“趣玩门票”，方特和长隆电子票都能出，大家去逛逛
视频号“小林跟拍”每周更新婚礼和毕业典礼的片子，约档期视频号里私信
关注公众号“城北KTV”，回复“包房”领周一到周四的半价券
微信里搜小程序“周末去哪玩票务”，动物园、海洋馆门票当天买当天用
演唱会跟拍加修图，样片都在这里 t.cn/A6xQ8kLm ，档期先到先得
影城团购这块我负责，整厅包场带爆米花套餐，写明人数日期邮件给 yingting_vip@163.com
少儿花样滑冰周末班还有名额，体验一节四十，约课打冰场座机 0571-8602 3175
东郊滑雪场团体票请拨 400-820-6637 按2，二十人起订有教练
我闺蜜开了家私人影院，情侣包厢两小时九十九，她电话 137 0428 5916
我老公做活动摄影，运动会、年会、毕业照都接，手机 158 3306 2947 同微信
足球季票转让，主队看台前排，vx：qiumi_ahao
我们建了个推理本爱好者Q群 604381792，每周新本首发，申请时写“推理”两个字
温泉酒店双人泡汤券还剩六张，每张一百二，加微信 wenquan0819 发码
亲子乐园周卡每周团一次，加微信号 yueyue_tuangou 备注小区名
婚礼气球布置上门，市区免路费，找我小谢 176 0812 4539
草莓音乐节三天通票，我俩临时去不了，原价让，号码 ๑๓๖ ๗๒๔๐ ๕๘๑๙
密室逃脱新店开业，前三十名半价，预约电话 ១៥៨ ០៣៦៤ ២៧៩១
滑雪私教一对一，周末还有空档，手机 ၁၈၇ ၄၂၀၉ ၆၃၅၁
KTV 包房提前订有优惠，打 ١٣٩ ٥٠٢٨ ٧٤٦١ 找阿斌
气球布置、宝宝宴背景墙都接，QQ ૩૮૦૫૧૯૨૭૪
演唱会跟拍修图一条龙，电话 𝟷𝟹𝟻 𝟿𝟶𝟼𝟹 𝟸𝟾𝟺𝟽
本人专业DM，可上门带私场，手机 ᠑᠓᠘ ᠐᠗᠔᠕ ᠒᠙᠖᠓
迪士尼、环球影城票都能出，νχ：τιχιαο88
派对气球上门布置，𝓿𝔁：𝓫𝓪𝓵𝓵𝓸𝓸𝓷𝓶𝓲𝓶𝓲
闲🐟搜“票根小铺”，各种音乐剧余票都在上面，比黄牛便宜
筷手搜“温泉老李”，每晚八点直播，链接里拍泡汤券
礻见频号“阿星拍演出”，毕业演出、钢琴汇报都拍，点进去私信约
小纟工书搜“周末剧本杀局”，新本拼车都在里面发
豆音搜“滑雪教练小方”，主页有课表，双板单板都教
KTV包房订座，我手机号每一位跟这串对应位加起来都等于9：861 4935 0728
音乐会余票两张，QQ用简谱唱名写的：唆来西咪哆拉发唆来
私人影院包场，微信号是 party 后面接上 307 乘 331 的得数
剧本杀缺两位，号码我拆成两排：前排 1 9 0 7 8 6 放单数位，后排 3 2 4 5 1 插进双数位
滑雪票打包出，手机：一个1，两个8，三个6，一个3，两个0，两个2
跨年演唱会我有多的票，QQ就是场次月日连写再接我的排号座号：12月31日，17排08座
本子开车，手机藏在句首：一起来，三缺一，八点开，五人车，零基础，二楼，七十九一位，四小时，六点到，九号桌，一定来
气球布置找我，QQ就是圆周率小数点后第三位起往后数九位
动物园年卡代办，QQ按手机九宫格键上的字母打的：c u h q e k o w b
泡汤券还有几张，号码按太阳系排：太阳0，水星1，往外数到冥王星9，我的是 水地天金冥木土海 太阳 火水
有两张周六晚体育场演唱会的看台票，原价六百八一张，六点在体育场东门三号入口等，带现金来拿
我在万达三楼开了家密室，邻居来玩每人便宜三十，进门跟店员说住翠苑就行
今晚剧本杀车还差两个，六十八一位含饮料，七点前到商场四楼“迷雾馆”报我名字
公司团购的温泉票我多订了十张，九十九一张，午休后来五楼行政部我工位拿
表哥在滑雪场管票务，雪季通票比官网便宜三百，想要的找财务部小王登记
宝宝宴、生日的气球我都能做，一套三百，样片周五放学在幼儿园门口给大家看
孩子们钢琴汇报演出我可以跟拍，两百一场含精修，演出那天后台找我就行
我弟的KTV就在北门对面，下午场一百块唱到六点，想去的今晚群里接个龙我统一订
动物园年卡这周团，一百八一张，比窗口省六十，要几张在群里报一下，周四我统一去办
小剧场的儿童剧多出五张票，四十一张，周日下午一点半在社区中心门口等，早来早拿
德比战的票我还有三张，三百八一张，周六晚上七点在地库B1电梯口，想看的直接来
我开的私人影院就在南门菜场二楼，两个人包场两小时一百二十八，晚饭后上来敲门就行
"""

NEGATIVE_85 = """
演唱会订单号 D2026112518407733，大麦上显示已出票，电子票开场前两小时才亮码
雪板寄回租赁店了，顺丰 SF1468 2093 7751，那边说验过没磕碰就退六百押金
博物馆公众号刚发通知，下周一闭馆检修，周二起照常预约
动物园年卡在“杭州市民卡”App里就能续，不用专门跑窗口
小吴，年会摄影师周师傅电话 135 2608 4417，你跟他确认彩排几点到场
KTV 包厢费我在前台刷过了，一共486，大家回头AA转小陈就行
被取消的那个场次，我打了票务平台客服，说原路退款要七个工作日
取票码 7382，影城一楼自助机上输一下就出票了，我先进去占座
年底温泉团建报销，开票时抬头别漏了“有限公司”四个字，不清楚的问财务小刘
店里群：3号包厢客人尾号6621的手机落沙发缝里了，前台先收着等他来取
淘宝买的打气筒少个气嘴，订单号 4029 1187 6653 0824，已经申请补发
滑雪场季卡卡号 SK-0093318 我挂失了，补办要带身份证原件
小红书上看到一篇密室通关攻略，发群里给要去的参考，别剧透就行
抖音刷到咱们小区去年跨年晚会的视频，不知道谁拍的，点赞两万多
年会节目单改由行政收，报名表填好发 hr-event@xinghe.com，标题写部门加节目名
爸，电影票是7排12座和13座，你和妈坐这俩，我们在后面一排
音乐节手环编号 MF-22817，入场要刷，这个千万别弄丢了
海洋馆官方小程序约了周六上午十点场，二维码截图我发家庭群了
闲鱼上那双旧滑雪鞋卖掉了，三百块，买家今天确认收货
剧场的退票手续费是票价的20%，开演前48小时内不能退，大家买之前看清楚
有没有人去过北边新开的那家温泉，水是真温泉还是烧的热水？
想带孩子看儿童剧，周末哪个剧场的座位视野好一点？
推荐大学城那家密室，机关做得很用心，NPC也特别敬业，去了不亏
滑雪零基础是先报个教练课，还是跟朋友摔几次就会了？
家里给孩子过生日想自己布置，气球和打气筒在哪买划算？
剧本杀新手求推荐，公司团建玩欢乐本还是情感本合适？
谁知道动物园现在进园还要不要提前一天预约？
体育馆旁边那家KTV我觉得不错，音响好，周二下午几乎没人
第一次看演唱会，看台和内场哪个体验好？去过的说说
毕业典礼想请个摄影师拍全家，大家之前请过的觉得哪家靠谱？
所谓演唱会内部票大家死心吧，我同学被一个朋友圈卖家骗走八百块定金，人直接消失
有人私加群友说能代抢票，收了所谓手续费就消失，大家当心
同事办了家温泉的三折年卡，三个月后店门一锁老板跑了
闲鱼转票要么当面要么走平台担保，让你微信直接转账的十有八九是骗子
有短信冒充剧院说演出延期，让点链接领退票款，那页面是假的，填了银行卡就完了
剧本杀店那种充两千送一千的会员卡慎办，楼下那家倒了钱一分没退
“滑雪装备免费试穿，只收押金”，押金交了就再也要不回来
号称能代排迪士尼快速通道的，发你的其实是别人的截图，闸机根本刷不开
气球布置说好全包，到了现场才说氦气另算，签之前一定写进合同
有人打电话自称票务App客服，说年费会员要自动扣款，教你开共享屏幕，这就是骗局
今年雪场12月6日开板，比去年早了整整一周
演唱会从七点半唱到十点四十，返场又加了三首
活动室能坐六十人，放露天电影的话椅子还差二十来把
温泉池水温42度，孩子泡了十分钟就喊热要出来
我们8个人的密室用了58分钟，差两分钟就超时
景区门票成人150，孩子1.2米以下免票，1.4米以下半价
这回唱K唱了四个钟头，算下来人均才63
动物园今天入园一万二千人，熊猫馆门口排了四十分钟
看台A区12排离舞台大概八十米，带望远镜还是有用的
儿子学滑雪第3天就能自己从蓝道滑下来了
那个本子打了六个小时，结束都凌晨一点了
话剧中场休息15分钟，女厕所排到了走廊尽头
新开那家影城的4号厅是IMAX，一共386个座
去年运动会拍了2300多张，我挑挑拣拣剩下400张
门口那个拱门用了差不多三百个气球，我们吹了一下午
校庆五十周年那天，回来的校友签到一共213位
昨晚比分2比1，第87分钟才进的制胜球
本群只聊业主事务，倒票、代抢、剧本杀组车、唱K温泉团购这类广告一律不准发，违者先警告再请出群
刚才在群里发低价演唱会票又挨个私聊大家的那个号已经踢了，谁加了他的注意别转钱
物业：周六晚在中心广场放映《流浪地球》，七点开始，座位有限可自带折叠凳
班主任提醒：汇演彩排挪到周五第七节，演出服明早装袋带来，家长那天不用进校
店长：从下周起包厢每场结束十分钟内打扫完，按排班表轮流来
工会：冬季滑雪团建报名周四截止，报名表在OA里，费用工会全额承担
校友会：返校日集体合影定在图书馆前台阶，上午十点整集合
昨天带闺女去动物园，她盯着长颈鹿看了半个钟头不肯走
终于抢到了！刷新到手都在抖
泡完温泉皮肤滑溜溜的，就是回城路上堵成了停车场
电影结尾我没忍住哭了，旁边一个大叔也在偷偷擦眼泪
雪道上摔了七八跤，尾椎骨那块青了一大片
中午点的酸菜鱼，鱼片少得可怜，底下全是豆芽
下午三点例会别忘了，带上上个月的数据
我妈学会自己在手机上买电影票了，一个人去看了场老片
儿子看完魔术秀说长大要当魔术师，回家拿扑克练了一晚上
周末的密室把我吓得不轻，出来的时候腿都是软的
翻到我爸夹在相册里的老电影票根，纸都脆了，上面印着票价一角
三楼茶水间的微波炉冒烟了，先别用，已经报给行政
听说这周末要下雪，孩子已经把手套和小雪铲翻出来了
剧本杀我抽到凶手本，全程装无辜居然没被投出来
年会抽奖我又只中了参与奖，一条印着logo的毛巾
那天KTV谁唱的《后来》，听得我起了一身鸡皮疙瘩
狗狗今天第一次见雪，在院子里疯跑了好几圈
老爸把看球的座位让给孙子，自己在后面站了一整场
闺女的生日布置是她自己挑的粉紫色，气球挂满了一客厅
火车上碰到一个去看演唱会的小姑娘，一路都在小声练应援口号
咱们班毕业晚会的录像谁还留着？好想翻出来再看看
今天钢琴课老师夸她左手进步大，回来高兴了一路
海洋馆的白鲸表演孩子连看了三场还不过瘾
公司门口在修路，中午出去吃饭得绕一大圈
上周落在场馆的那件蓝色冲锋衣是谁的？我先帮忙收着了
奶奶说小时候马戏团来过村里，她还记得那头大象
运动会的照片摄影老师说整理好了会统一发到班群
你家孩子生日派对的气球扔楼道三天了，说了几次还不收！
楼上半夜开派对唱歌唱到两点，明天还上不上班了？物业管不管？
排队买票你插什么队，后面几十号人都是瞎子吗
那条线索明明是我先找到的，复盘的时候你别抢功好不好
电影院里一直打电话，说你两句还瞪人，什么素质
Anyone going to the jazz night at the community hall on Friday? I heard the trio from last year is back.
Sorry I missed the zoo trip, my son had a cold. Hope the kids enjoyed the penguins.
週末去看了音樂劇，舞台燈光真漂亮，女主角唱得好感人
滑雪場今天下大雪，纜車停了兩個小時，大家都擠在咖啡廳等
"""
