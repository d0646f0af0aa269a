"""Hold-out set 90 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-88 (see holdout_data.py, whose docstring covers sets 1-86; sets 87 and 88 are
described in their own docstrings), at the same time as set 89 (written by another helper; this set was checked by the
same script against set 89's lines as they stood at each run from the second on, unread: highest 0.400 at the end
among the lines whose closest group it is, as the script showed it), and kept unscored until it is scored once, blind.
The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened
nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no
file in benchmarks/ (no benchmark); holdout_data.py, holdout87_lines.py and holdout88_lines.py were opened only for
their module docstrings, printed with ast.get_docstring (the labelling rules, the history and topics of sets 1-88, the
file format, the docstring style and the disguises and codes already used, to avoid repeating them; their lines and
the code below the docstrings were not read). The three docstrings were saved to the writer's own temporary folder,
joined there into one file with cat and paged through with wc, cat, head and tail, a loop of greps counting
seventy-six words and signs for the scripts, disguises and codes considered here (fourteen were found: circled,
regional, script, pi, 树, Latin, 二十四, station, letter row, keycap, emoji, full-width, channel and the digit 9, most
as parts of other words or in other senses), one grep that printed nothing and one showing the lines that held
circled, regional, " pi", 树, Latin, 二十四 or station (circled only for circled digits, already used; the rest in
other senses), and a second loop counting twenty-one more words for the codes chosen later (rainbow, polygon, shape,
sides, 曜, 小星星, 简谱, song, melody, notation, colour and others; only notation and colour were found) with one grep
showing their lines (notation only for 工尺谱, colour only for the resistor colour code and a door's colour), nothing
else in them. pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root). The benchmarks folder was not listed; this file's own path was checked for existence by its exact
path (test -f) before it was first written; set 89's file was only checked for existence by its exact path (test -f,
before every run of the script: it did not exist at the first run, which therefore compared this set with the dumps
and itself only, and existed at every later one, when it was passed) and only loaded by the similarity script, which
never printed its lines. The folder holding the similarity script was not listed and no file in it was opened; the
script was only run. No slip to report. Nothing outside these limits was opened, listed or run. The lines were drafted
in the writer's own temporary folder and written to this file by a small script of the writer's own (which also turned
digits into the other scripts below, checked the counts, the absence of triple quotes and backslashes and, with
another, the display widths of this docstring and, over this set's own lines alone, their difflib ratios against each
other; the decimals of pi for one code were printed by a one-line script there; the writer printed its own draft lines
there to review them, and saved the output of the runs at 0.30 there to take the highest ratio per group from it). The
similarity script then read this file: it printed this set's lines and ratios, never the dumps' or the partner's
lines; it was run twelve times: at the required floor of 0.49 and then at 0.47, to find the lines standing just below
it, at 0.47 after the rewrites for the mix and for the topic below, twice at 0.30 on the finished lines (before and
after the rewrite for the topic) and, on the finished file with this docstring, once at 0.47 and once at 0.30, only to
read the highest ratio per group for this docstring (no line changed after the second run at 0.30). No line is copied
from earlier sets or from the training lines: every line's difflib ratio against every line of the hold-out dump is at
most 0.49 (highest 0.464), against every line of the training dump at most 0.49 (highest 0.444), against set 89 at
most 0.49 (highest 0.400 among the lines whose closest group it is; the script prints each line's highest ratio only,
so a line closer to a dump may stand a little nearer set 89, but under its own highest, at most 0.464), and no two
lines of this set exceed 0.49 against each other (the script showed 0.353 at most among the lines closest to this set;
the writer's own difflib check over this file's lines alone gives 0.353 for the closest pair, two coded positives, the
rainbow and the Japanese weekdays).

Forty-eight lines were rewritten for similarity, seven of them more than once (fifty-eight rewrites), each time with
new wording, not a synonym swap; four of the rewrites changed a code itself, not only its wording. Three more lines
were rewritten afterwards, two only for the mix (a brother-in-law's farm stay and a brother-in-law's print shop, so
that about half the plain lines sell casually) and one for the topic (an angling club's notice made into a council's
minutes); the runs after them found none at 0.47 (0.464 at most). In the first pass, at 0.49 and on this file alone
(set 89's file did not exist yet), thirty-nine stood at 0.49 or more (0.848 at most, a blue umbrella left in a meeting
room, against the training dump), thirty-two against the hold-out dump and seven against the training dump: six
positives, all heavy codes (a mobile by the planets' order from the sun, 0.683, and one read in French, 0.636, both
dropped as codes an earlier set may have used, for a QQ as polygons' sides and a mobile as Japanese weekday names; a
mobile with each digit taken from nine, 0.588, dropped for a QQ as the opening notes of a children's song in numbered
notation; the Thousand Character Classic, 0.500, the CCTV channels, 0.496, and the solar terms, 0.533, reworded) and
thirty-three negatives (among them the umbrella; a 京东 order, 0.553; an SF waybill, 0.500; an invoice number, 0.571;
a framework contract's number, 0.500; a 拼多多 refund, 0.493; a credit code, 0.561; a 腾讯会议 number, 0.667; a call
in the trademark office's name warned of, 0.507; a boss impersonated in a chat, 0.554; the chamber's fees, 0.526; a
tug of war, 0.491; a son's test scores, 0.683; travel allowances, 0.591; the group rule, 0.575; the removed account,
0.588; the secretariat's meeting, 0.494; a school outing, 0.508; attendance, 0.500; both English lines, 0.544 and
0.561; a quarrel over a quote, 0.622, and over a fire lane, 0.755; and ten other chat lines between 0.500 and 0.718).
The chat lines that stood high were given new subjects (sweet-and-sour ribs gone at the canteen, a hand shaking after
a long pitch, a son as flag-raiser, writing on a whiteboard, an icy road, reeds at Xixi, a nephew swimming, egrets by
a river, a pancake stall gone, a visit to the social-insurance centre). In the second pass, at 0.49, with set 89's
file passed from then on, eight: the polygons (0.491), a mobile sung in solfège (0.515 against set 89, which may code
alike, dropped for the colours of the rainbow), the 京东 order (0.494), the credit code (0.494), a daughter's physics
mark (0.512, now a rope-skipping count), a message to a mother (0.615, now to a father), an icy road (0.500, now fog)
and a cat and a pothos (0.500 against set 89, now a succulent in flower); in the third, two: the credit code (0.710,
now a tender's cover stamped again) and the rope-skipping (0.578, now a height). A run at 0.49 then found none (0.488
at most). In the fourth pass, at 0.47, nine standing between 0.471 and 0.488: the circled letters' id (0.484), the
腾讯会议 number (0.475), 企业微信 cards (0.478 against the training dump), the height (0.488, now books borrowed), the
annual party's date (0.471), a ginkgo (0.488, now osmanthus on a roof), a football penalty (0.474, now extra time), a
printer jam (0.471, now a shredder) and a new intern (0.488 against the training dump, now a colleague's shortcuts). A
run at 0.47 then found none (0.464 at most), and so did the runs after the three later rewrites; runs at 0.47 and at
0.30 on the finished file with this docstring gave the figures above. Lengths run from 23 to 70 characters for the
positives (the longest two coded lists, polygons and CCTV channels) and 15 to 50 for the Chinese negatives (the
English lines 83 and 78, the traditional ones 28 and 24). The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 90 focuses on services sold to businesses in chambers of commerce and company groups: trademark and patent agents
(the writer's own trademark work with a spaced mobile and a surname, a wife's patent work by WeChat id, a trademark
公众号 with a word to send, appeals in Thai digits, a trademark account on the homophone 公仲号, a patent agent's QQ
in polygons' sides, urgent filings by a QQ in Greek letters' order, a trademark search at the chamber's meeting),
websites and mini-programs (a website's QQ, an ordering mini-program's landline, a site in superscript digits, an
export site by circled letters, a redesign met in a meeting room), lift and screen advertising (a 400 line with a key
to press, poster frames in monospace digits, twelve lift screens offered on the sixteenth floor), corporate training
and team-building (a course outline by e-mail, a brother-in-law's farm stay on a short link, Greek lookalike letters,
a base to search on 快✋, a team-building base booked in the group, a sales course paid at the door), translation and
interpreting (a cousin's 抖音, Myanmar digits, Japanese weekday names, a trade fair's interpreters signed for under
the message), security guards and cleaning (a 快手 account, a 淘宝 shop, a brother's cleaning team, guards in Khmer
digits, the Thousand Character Classic, a cleaning quote picked up from a van, night guards signed for in the group),
canteen contracting (a relative's catering firm, a canteen in Gujarati digits, a children's song's notes, three free
days offered at the annual party), printing (a brother's shop on 拼多多, a brother-in-law's mini-program, a wife's
print shop, a designer by 微亻言, brochures by pi, samples at the front desk), trade-show travel and booths (a 小红书
account, a 会展 package with a dashed mobile, a trade-show group on QQ, the writer's spare stands on 闲鱼 and on 闲🐟,
tips on 小纟工书, a booth builder in snooker balls, a Frankfurt package paid at the writer's desk), event production
(annual parties by CCTV channels, promotional films by the rainbow) and business loans and factoring offered (a 视频号
stream, "V：", a mobile that is also WeChat, factoring in Arabic-Indic digits, discounting by solar terms, factoring
at a salon), and the writer's own spare copier paper; beside the chamber's own notices, meeting minutes, members
asking for recommendations, invoices, contract numbers and a tender announcement from a government site, ordinary chat
in company work groups (administration, finance, HR, sales), family groups, a parents' class group, an alumni group
and hobby groups (angling, a choir, calligraphy).

It keeps the mix real spam has: 24 lines plain or lightly disguised (trademark work with a spaced mobile and a
surname; a wife's patent work with a WeChat id; a website's QQ; an ordering mini-program's landline with a name; lift
advertising on a 400 line with a key to press; training outlines by e-mail; a brother-in-law's farm stay on a short
link, t.cn/…; "抖音搜" a cousin's interpreting videos; guards and cleaners named on 快手; an office-cleaning shop on
淘宝; a brother's print shop to search on 拼多多; the writer's spare stands and tables to search on 闲鱼; a trade-show
travel account on 小红书 with private messages; a factoring 视频号's live stream; a trademark 公众号 with a word to
send; a brother-in-law's print mini-program; business loans with "V："; a trade-show package with a dashed mobile; a
banker's loans with a mobile that is also WeChat; a wife's print shop with a spaced mobile; a brother's cleaning team
with his spaced mobile; a relative's catering firm with a WeChat id; a trade-show QQ group; the writer's spare copier
paper with a WeChat id), 14 moderately, with disguises the docstrings read do not list (Thai digits ๑๓๙…; Khmer digits
១៥៨…; Gujarati digits ૧૭૭…; Myanmar digits ၁၃၆…; Arabic-Indic digits ١٨٩…; superscript digits ¹⁵⁰…; monospace digits
𝟷𝟹𝟻…; Greek lookalike letters for vx and an id, νχ：τυαηjιαη…; circled Latin letters for wx and an id, ⓦⓧ…; 红 split
into 纟工, 小纟工书; 信 split into 亻言, 微亻言; the fish emoji for 鱼, 闲🐟; the homophone 公仲号 for 公众号; the
raised-hand emoji for 手, 快✋) and 10 heavily, with codes the docstrings read do not list (a QQ as the number of
sides of named polygons, the circle as zero; a mobile as the colours of the rainbow, 赤 as one to 紫 as seven; a QQ as
snooker balls' values, red as one to black as seven; a mobile by the first ten characters of the Thousand Character
Classic, 天 as one and 月 as zero; a mobile as CCTV channel numbers, 科教 as zero; a mobile by the order of the solar
terms, 立春 as one and 夏至, the tenth, as zero; a mobile in Japanese weekday names, 月 as one to 日 as seven; a QQ in
Greek letters' order, κ as zero; a QQ as the first ten notes of 《小星星》 in numbered notation; a mobile as places in
the decimals of pi) and 12 subtle (an offer with a price or a call to action only, none quoted by the docstrings
read): trademark searches at six hundred a class at next Wednesday's meeting; team-building at a hundred and fifty a
head, booked by names posted in the group; factory cleaning at 1.2 a square metre, quotes from a white van at the door
after the meeting; brochures at 1.8 from three thousand, samples at the third-floor front desk; lift screens at 2,800
a month, talked over on the sixteenth floor tomorrow morning; interpreters at eight hundred a day, signed for under
the message; a canteen's three free days, talked over at the writer's table after the annual party; factoring at 0.8
per cent a month after Thursday's salon; a website redesign at 4,500 in a meeting room on Friday; night guards at
4,200 a month, signed for by a factory's name in the group; a Frankfurt fair package at twelve thousand with a deposit
brought to the writer's desk; a sales course at 380 for members, paid at the door. About a dozen positives are written
the way members casually sell in a group (a wife's patent work and print shop, a cousin's interpreting, a brother's
print shop and cleaning team, two brothers-in-law's farm stay and print shop, a relative's catering firm, the writer's
own spare stands, tables and copier paper).

- `POSITIVE_90` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_90` (100 lines): 20 that look dangerous at first sight (a 京东 order for toner signed for but missing, an
  SF waybill for a stamped contract, a training invoice's number for a claim, an administration notice passing on a
  stage builder's mobile, a tender for a district canteen on the government procurement site with its number, a
  translation framework contract's number, the patent office's 公众号 for trademark progress, a refund number for a
  projector, a 12315 complaint's number against a counterfeiter, a 抖音 video of the park, a credit code copied wrong
  into a tender, a 腾讯会议 number for a review, a business loan falling due, a 12306 order for trade-show tickets, a
  utility-model patent's number, a travel agency's payment reference, a 小红书 post mocking a booth, 企业微信 cards, a
  parcel locker's code for brochures, an IT repair ticket); 10 members asking or recommending (a trademark agent for
  South-East Asia, a team-building place, a printer recommended, canteen contracts by head or by month, a
  mini-program's time, a German interpreter praised, factoring or acceptance bills, lift advertising's effect, a guard
  company's licences, booth builders for Dubai); 10 warnings quoting or describing the scam or ad (calls in the
  trademark office's name, "企业贷款秒批，无抵押", a "government-appointed" training firm,
  "网站年费到期不续就收回域名", "包过专利，不过全退", a chairman impersonated in a chat, "贴息贷款名额仅剩三个",
  "免费团建策划" posters in a lift, a fake regulator's e-mail with a virus, a guard's "licence fee"); 17 lines with
  numbers that are not contacts (the chamber's fees, a booth's size, brochure paper, a tug of war, a translation's
  cost, visitors counted, canteen costs, books borrowed, lift screens' plays, a projection screen, travel allowances,
  an annual party's date, a half marathon, a factory's floor area, trademark fees, patent fees, a father's weight); 7
  organisers' and admins' own notices (a chamber group's rule banning loan, bookkeeping and enrolment ads, an account
  removed for pushing factoring in private chats, the secretariat's preparatory meeting, a class teacher's outing,
  HR's attendance, an alumni party's seats, a chamber council's minutes); 27 lines of everyday chat (some about
  canteen ribs, a long pitch, osmanthus, a weekend visit put off, a flag-raiser, a whiteboard, fog, extra time, coffee
  from a boss, a grandfather's video calls, a shredder, reeds, meeting photos, a quick colleague, a succulent, a
  train's signal, an old loquat tree, a nephew swimming, a traffic jam, egrets, a choir's high note, wonton, a
  quarterly report, a pancake stall, an errand, hail, calligraphy); 5 heated arguments without any selling (a meeting
  room overrun, a blame over data, a loading bay blocked, parents blaming a teacher, a booth reassigned); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_90 = """
做商标注册和版权登记的可以找我，干这行十几年了，驳回率心里有数，电话 139 0571 4826 李
我爱人在知识产权事务所上班，发明专利、实用新型她都能接，微信 zhang_ip2019，说是商会的就行
公司官网、外贸独立站三周上线，模板站2980起，要看案例的加Q 2384719056
点餐、会员积分类小程序定制开发，座机0571-86352917找吴工
写字楼电梯框架广告，全市两千多部电梯可投，打400-803-6627按2转媒介部
销售团队内训、中层管理课程，需要课程大纲的发邮件到 hr_train@ljpx.cn
我小舅子的农家乐接公司团建，漂流加吃住人均268，照片和行程都在 t.cn/A6xKp2Qe
我表妹做同声传译的，抖音搜“小鹿口译日常”能看到她现场的视频，展会陪同也接
保安派遣、物业保洁一站式外包，快手号 baoan365 上有队伍训练视频
办公室开荒保洁、地毯清洗，淘宝店“洁程企业服务”直接拍，工作日当天上门
印宣传册画册找我弟，拼多多搜“晨光图文快印”，报商会名字包邮
公司搬家多出来两套展会用的易拉宝和折叠桌，闲鱼上挂着，搜“老周办公闲置”
海外展会行程我们专门做，小红书关注“展旅通Amy”，广交会和汉诺威的拼团私信我
视频号“老韩讲融资”每晚八点直播，应收账款保理怎么做讲得很细，欢迎各位老板
关注公众号“企服小管家”，回复“商标”两个字，领一份免费的近似商标查询报告
我姐夫的快印店上了小程序，名片宣传单当天出货，微信里搜“门头速印坊”就能下单
企业经营贷年化3.2起，最高五百万，先息后本，V：dk_huang88
会展搭建加参展差旅一条龙，机票酒店打包价，138-2716-5094
本人在城商行做普惠贷款，开票满一年的公司基本都能批，手机同微信15867203419
我老婆开的图文店就在商会楼下，标书胶装、彩页都能做，电话 187 5710 3366
我哥带的保洁队这两周空着，厂房车间年底大扫除都接，他手机 133 6528 0719
家里亲戚开团餐公司的，承包过三家厂的食堂，想换食堂的加我微信 chen-tuancan
做外贸的老板们，我建了个海外展会信息群，Q群 731 508 264，进来一起拼展位
公司囤的A4复印纸用不完，还有二十箱，半价出，要的加微信 wuqin_0728
商标驳回复审、无效宣告都能办，手机 ๑๓๙ ๕๗๐๖ ๒๘๑๔
工厂夜间巡逻、门岗保安外包，持证上岗，联系电话 ១៥៨ ៣៩២៧ ០៤៦១
职工食堂托管，一荤两素十二块一餐，张经理 ૧૭૭ ૦૬૫૨ ૩૯૧૮
英日韩德法各语种合同翻译，加急二十四小时交稿，手机၁၃၆ ၈၂၄၁ ၅၀၉၇
应收账款保理，放款快，有真实贸易背景就行，找我：١٨٩ ٤٣١٦ ٢٧٥٠
企业官网建站包备案包SEO，电话¹⁵⁰ ²⁶⁷⁹ ⁸⁴³¹
社区电梯海报框还有两百个点位空着，月投五百一个，手机 𝟷𝟹𝟻 𝟿𝟶𝟺𝟾 𝟽𝟸𝟼𝟹
拓展训练、年会策划都做，νχ：τυαηjιαη_ρrο，周末档期抢得快
接外贸独立站搭建和谷歌广告代投，ⓦⓧ号 ⓛⓘⓝⓖⓨⓤⓝ2024，备注商会优先排期
参展攻略和签证材料清单我都整理在小纟工书了，搜“会展老杨”，带团的事私信聊
公司画册、产品手册、年报排版设计，微亻言 sheji_xiaomo
上个展会剩下的桁架和背景布九成新，闲🐟搜“展架转让老孙”
公仲号“商标侠”里有在线查询，留言能约免费评估
员工团建户外基地，快✋搜“青山拓展营”，看看我们上周的活动
商标和专利申请代办，扣扣得数一数下面每个图形有几条边（圆记零）：六边形 三角形 五边形 九边形 圆形 七边形 正方形 八边形 五边形 三角形
企业宣传片、产品短视频拍摄，手机按彩虹颜色的次序（赤一紫七）：赤 黄 紫 橙 蓝 青 绿 赤 紫 黄 蓝
展台搭建接单，QQ按斯诺克彩球分值：蓝 黄 黑 绿 红 粉 棕 黄 蓝 红
厂区保洁找老马，《千字文》头十个字依次当一到九，第十个“月”就是零，他手机：天玄荒 宇日月天 地洪宙黄
年会舞美灯光我们全包，电话每个数对应一个央视台号，十套科教算零——综合 体育 纪录 综艺 科教 财经 电影 电视剧 中文国际 国防军事 综合
票据贴现、过桥垫资来问，我手机用节气排位代替数字，夏至是第十个当零：立春 惊蛰 立夏 谷雨 雨水 芒种 夏至 清明 小满 春分 立春
陪同口译按天收，我手机写成了日历上的日文星期（月曜是一）：月 金 日 水 火 月 土 木 火 日 金
商标加急注册，Q号按希腊字母顺序（κ当0）：β θ δ η α ζ γ ι κ ε
食堂整体外包，想聊的加Q，Q号就是《小星星》开头十个音的简谱
画册印刷找我，手机是圆周率小数点后这几位上的数：1、9、5、4、32、13、6、2、11、7、15
下周三商会例会我把商标检索电脑带过去，现场帮大家查，一个类别代办费六百，当场就能签
我们拓展基地给商会会员一人一百五一天，含午饭，要订的在群里报公司名和人数
年底厂房大扫除，我的保洁队一平米一块二，散会后到门口那辆白色面包车上拿报价单
宣传册三千本起印，一本一块八，样品放三楼前台了，看中的跟前台留个公司名就行
万达那栋楼还有十二块电梯屏空着，一块一个月两千八，想投的明早来十六楼东头找我谈
广交会要英语、阿语陪同翻译的，一天八百，周五前在下面接龙写上展期
食堂换承包商的老板可以先让我们免费做三天，年会结束后到我那桌坐坐聊
手里压着应收账款的老板，我们做保理月息八厘，周四沙龙我讲半小时，会后单独聊
官网改版打包四千五，送一年域名，周五下午我在商会二楼小会议室，来了直接谈
夜班保安一人月薪四千二我们包社保，春节不涨价，想签的厂长在群里回个厂名
明年三月法兰克福展拼团机票加酒店一万二一位，只有二十个名额，定金两千交到我行政楼四层工位
我的《销售十二式》公开课下月在商会大厅开，会员三百八，非会员六百八，现场交钱就行
"""

NEGATIVE_90 = """
碳粉盒京东显示签收了，单号283746519204，前台和行政都说没见着，谁帮忙去快递柜看一眼
盖好章的合同让小周走了顺丰，SF1423 6680 9157，王总那边明早应该能到
报销时把培训发票号码填对，后八位是87452019，我这边系统里对不上
行政通知：年会舞台由星光搭建公司负责，对接人陈经理 138 1125 6603，各部门有需求直接找他
政府采购网刚挂出公告：区机关食堂承包项目，编号ZJCG-2026-1187，12月9日截止
翻译框架协议HT-2026-0342还有两个月到期，法务帮忙看看条款要不要改
国家知识产权局的公众号能查商标注册进度，输申请号就行，我们的还在实审
投影仪那单申请退货了，平台给的退款编号251118-0937462，钱还没回来
12315的投诉受理号 JX20261121003，仿冒我们商标的那家店终于有人管了
昨晚在抖音刷到我们园区的航拍，原来楼顶是一片绿色
标书里的信用代码我抄错了一位，91330106MA2K8XQ47P才是对的，封面得重新盖章
复盘会挪到线上，号826339471，三点前把各自的数据表传到共享盘
公司那笔经营贷下个月15号到期，本金二十万，财务提前把钱备好
参展的高铁票都买好了，12306订单号 E873620154，刷身份证进站
我们的实用新型授权了，专利号 ZL202521834567.X，证书下周寄到
团建的钱已经转给旅行社，交易单号尾号7391，发票他们月底开
小红书上有人吐槽我们展台设计太土，市场部看看要不要改
企业微信的对外名片统一挂公司logo，模板行政已经发到各位邮箱
宣传册到了，在一楼丰巢，取件码 66031287，谁路过帮忙拎上来
OA报修单 IT-11-0458 已处理，三楼打印机驱动重装好了
有没有会员用过靠谱的商标代理？我们想在东南亚几个国家注册，不知道大概多少钱
公司团建去哪里好？四十来个人，预算人均三百以内
上次给我们做画册的那家印刷厂真不错，纸和颜色都正，就在商会隔壁那条街
食堂承包一般是按人头算还是按月包干？我们厂一百二十人，没经验
谁知道做个小程序一般多久能上线？我们只要一个预约功能
上回商会请的那位德语翻译水平真高，谈判一点没卡壳，下次还可以请她
保理和银行承兑哪个更划算？有懂行的老板给讲讲吗
有人了解电梯广告到底有没有效果吗？我们在考虑投一个季度，怕打水漂
挑保安公司要看哪些资质？物业让我们自己找
群里有做展会搭建的会员吗？明年想去迪拜参展，想先问问行情
商标局从来不会打电话催缴费，接到“商标即将被抢注、需加急保护”这种来电的，直接挂
又收到短信“企业贷款秒批，无抵押，点链接申请”，这种都是套信息的
有会员反映，一家自称“政府指定培训机构”的上门推课，收了钱就联系不上，大家当心
所谓“网站年费到期不续就收回域名”的电话，基本都是骗续费的，先问问自己的IT
“包过专利，不过全退”这种广告别信，审查结果谁也打不了包票
财务室注意：昨天有人把头像和名字改得跟董事长一样，拉小群要求付款，幸亏小陈多问了一句
最近好几个商会群里有人发“贴息贷款名额仅剩三个”，然后先收服务费，已经有人被骗两万
电梯里贴的“免费团建策划”小广告，扫码进去是收会员费的，行政别扫
有冒充工商局的邮件让企业“补缴年报罚款”，附件是病毒，别点开
说保安“持证上岗费”每人要交八百的是黑中介，正规公司不收这个钱
听说年度会费调到每家三千六了，秘书处讲是场地租金涨了
展位3米乘3米的标摊，高2.5米，背板要自己出设计
宣传册最后定了157克铜版纸，A4对折，一共印了2000本
运动会上销售部拔河拿了第一，三局赢两局，发了五百块
译稿一共四万二千字，按千字一百八算，是七千五百六
这次展会三天进场统计出来了，一共18436人次
食堂这个月人均伙食十四块五，比上个月少了八毛
孩子这学期借了二十三本书，图书角的登记表上排第一
电梯屏每天播三百次，每次十五秒，合同上就是这么写的
会议室的投影幕是120寸，坐最后一排也看得清
差旅新规：省外住宿报销上限五百五一晚，省内四百，超出自理
年会暂定一月中旬那个周六，三百来人，酒店还在比价
跑了人生第一个半马，2小时03分，膝盖还扛得住
新厂房一共4800平方，保洁那边是按面积报的
商标注册官费一个类别270元，网上申请就是这个价
专利年费第四年起每年九百，财务记一下
老爸这三个月瘦了六公斤，现在71公斤，医生说刚刚好
群规再说一遍：这里只谈商会的事，贷款、代账、招生这类广告一律不许发，发了就请出群
那位一进群就挨个私聊推保理的，已经被我踢了，查过名单他根本不是会员
秘书处：新春联谊会筹备会定在周五15:00，三楼小会议室，各理事单位请来一位代表
周四去植物园社会实践，孩子穿校服、带水壶，七点五十在校门口排队
人事提醒：这个月考勤25号锁定，漏打卡的赶紧走补卡流程
校友会年度聚会报名截止，一共来89位，座位表晚上发群里
理事会纪要：一、年会预算定八万；二、会费标准不变；三、下次理事会一月八日开
今天食堂的糖醋排骨一抢就空，我去晚了只剩白菜
连着讲了三个钟头方案，下来端杯子手都在抖
公司楼顶那排桂花开了，下楼倒个垃圾都是香的
爸，周末我们不回去了，小宝烧刚退，下礼拜再说
儿子今天当了一回升旗手，回家把照片翻来覆去看了十几遍
会议室白板上那些字谁写的？擦了没事吧，下午要用
外面雾大得对面楼都看不见，开车来的同事记得打双闪
昨晚那场加时赛熬到凌晨一点，今天眼皮直打架
王总今天请全组喝咖啡，谢谢王总！
爷爷在学视频通话，打了三次都把镜头对着天花板
碎纸机又罢工，塞了一沓A3进去，现在一动不动
周末带爸妈去西溪看芦苇，风一吹跟下雪似的
群里谁有上周例会的照片？想写个推文用
隔壁组调来的小姑娘做表格贼快，快捷键用得飞起
窗台那盆多肉晒了一夏天，居然开花了
高铁上信号太差，线上会议只听了个大概
老同学们，二十年了，还记得教室后面那棵枇杷树吗
小侄子学游泳第三天就敢从池边往下跳了
下班路上堵了一个小时，导航一直叫我掉头
今天河边一口没开，倒是看了一下午白鹭
今天练的那首歌，高音我怎么都上不去
姐，外婆说想吃你包的荠菜馄饨了
季度报表终于交了，我要去楼下买个烤红薯庆祝一下
园区门口那家煎饼摊搬走了，早饭又没着落
明天上午我去社保中心办事，下午再回公司
窗外在下冰雹，来这边五年第一次见
书法班今天写隶书，被老师圈了三个字，开心
你们部门每次都把会议室占到最后一分钟，我们预约了也进不去，能不能讲点规矩！
数据是你那边给的，现在出错了倒成我的问题？聊天记录我全截图了
装卸区又被谁的私家车堵了，货车进不来，司机在门口骂了半小时，能不能自觉点！
别老在家长群里甩锅给老师，孩子作业没写完是家里的事
展位明明是我们先订的，凭什么说换就换？今天必须给个说法
Could someone from admin book two taxis for the German visitors on Tuesday morning?
I'll be late to the board call, so please start on the budget item without me.
今年的會員大會改在酒店二樓舉行，停車位有限，請盡量共乘。
颱風要來了，工廠的窗戶記得關好，貨物別堆在門口。
"""
