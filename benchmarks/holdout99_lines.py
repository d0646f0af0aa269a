"""Hold-out set 99 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-98 (see holdout_data.py, whose docstring covers sets 1-96; sets 97 and 98 are
described in their own docstrings, which were read here), at the same time as set 100 (written by another helper; this
set was checked by the same script against set 100's lines as they stood at each run, unread: at the end no line of this
set has set 100 as its closest group, and the highest ratio the script showed for that group is 0.377), and kept
unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no
qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout97_lines.py and
holdout98_lines.py were opened only for their module docstrings, printed with ast.get_docstring by the checkout's own
Python (the labelling rules, the history and topics of sets 1-98, the file format, the docstring style and the disguises
and codes already used, to avoid repeating them; their lines and the code below the docstrings were not read). The three
docstrings were saved to the writer's own temporary folder (made with mktemp -d; the same command checked this file's
path and set 100's with test -f, which found neither, and counted the saved docstrings' sizes with wc -c) and paged
through there with cat (set 97's and set 98's whole, and the holdout_data.py docstring in two halves, with head -c and
tail -c; the tool cut the middle of each half, so its lines 150-215, 480-530 and 455-480 were printed again with sed,
after a grep -n found the line where sets 77 and 78 begin), joined into one file with cat and searched with one loop of
grep -c -i counting about ninety words and signs for the digit scripts, lookalike letters, split characters, emoji,
homophones and codes considered here (eleven found: subscript only inside subscriptions, T9 only inside the names of
sets 90-96's files, rod, counting, negative and go only inside other words or in other senses, weekday in the Japanese
weekday names left by sets 93 and 94, letter-position in a code left by sets 83 and 84, 键盘 in a numeric keypad's
directions, tone only in same-tone homophones and inside toner, 声调 in the tones code of sets 77 and 78: four grep -n
-o and one grep -n -i showed the lines of subscript, T9, rod and 键盘, and, while this docstring was written, one grep
-n -o each those of tone and 声调), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were
only run on this file, from the checkout's root). The benchmarks folder was not listed; this file's own path was checked
for existence by its exact path (test -f) before it was first written; set 100's file was only checked for existence by
its exact path (test -f, before every run of the script: it did not exist at the first check, with the docstrings'
saving, and existed before every run, when it was passed) and only loaded by the similarity script, which never printed
its lines. The folder holding the similarity script was not listed and no file in it was opened; the script was only
run. No slip to report: nothing outside these limits was opened, listed or run. The lines were drafted as Python lists
in the writer's own temporary folder and written to this file by a small script of the writer's own (which also checked
the counts, that no line repeats and the absence of triple quotes, backslashes and line breaks), with a helper module
there that turned digits and letters into the other scripts below; another small script decoded every heavily disguised
line back to its number or id, another made the rewrites from lists of replacements, another wrapped this docstring to
120 columns of display width, and one-line scripts printed the converted digits, the decoded codes, the lines per kind
with their lengths, and the run counts and highest ratios from the saved output of the runs (grep, awk and tail); a
one-line script run by the checkout's Python read this file back and counted its lines, distinct lines and docstring
lines, and sed printed its first twelve lines, cut to 80 columns, to see the docstring's layout. The similarity script
read this file: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run ten times:
four times at the required floor of 0.49, four times at 0.47, to find the lines standing just below it, and twice at
0.47 on the finished file with this docstring, the second after this account of the checks was completed (the script
prints the highest ratio per group at any floor, so no lower floor was needed). No line is copied from earlier sets or
from the training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest
0.469), against every line of the training dump at most 0.49 (highest 0.455), against set 100 at most 0.49 (0.377 at
most among the lines whose closest group it is; the script prints each line's highest ratio only, so a line closer to a
dump may stand a little nearer set 100, but under its own highest, at most 0.469), and no two lines of this set exceed
0.49 against each other (0.394 at most, as the script showed it).

Forty-six lines were rewritten for similarity, fifty-seven rewrites in all, each time with new wording and most with a
new subject, not a synonym swap; six lines were rewritten twice, one three times and one four times. The line rewritten
four times is a heavily disguised one whose code was changed each time, not only reworded, as the line stood near
another set's line and that set may have used the same code (the docstrings read do not list every code of the earlier
sets nor any of the partner's): a QQ by snooker balls' values (0.533 against set 100), then a QQ in Roman numerals
(0.513 against the hold-out dump), a mobile in French number words (0.531 against the hold-out dump) and a mobile by the
order of the twelve star signs (0.532 against the hold-out dump), now a mobile by the decathlon's order of events. In
the first pass, at 0.49, thirty-five stood at 0.49 or more (0.667 at most, a badminton doubles score, against the
hold-out dump), twenty-eight against the hold-out dump, five against the training dump and two against set 100: five
positives (a yoga studio's landline, 0.551; a taekwondo camp's e-mail, 0.494; a gym card in Devanagari digits, 0.517;
the snooker code; a gym card handed over at a front desk, 0.492 against the training dump) and thirty negatives (a 京东
order for team shirts, a 顺丰 waybill, a 美团 refund, a court's order number, a hospital queue number, 0.565, an
insurance policy's number, a swimming coach asked for, a skipping score, 0.619, weight lost, the doubles score, a
court's cost split, steps walked, 0.606, a marathon time, 0.600, the group rule, an account removed, a run club's
meeting point, a windy bike ride, a weekly report, 0.632 against the training dump, washing brought in, dumplings, a new
intern who runs, a qualifier watched, 0.650, afternoon tea, a reunion's venue, new fitness equipment, colder weather,
0.615 against the training dump, meeting notes, an angling trip, 0.625 against set 100, square-dance speakers and a
traditional-script swimming line). In the second pass, at 0.49, six of the new lines (0.764 at most, a late header in a
match, now a father watching table tennis), in the third two (the French code and a cancelled training run, 0.549) and
in the fourth one (the star signs). A run at 0.47 then found eleven standing between 0.471 and 0.489 (a gym card with a
mobile, a pick-up game's group number, a swimming card replied for under the message, a colleague's mobile for the
sports hall's keys, a sports bureau's 公众号, a flight to a provincial games, three quoted scams, a clubhouse gym's
maintenance and a child's forward roll), the next run at 0.47 two of their rewrites (a quoted gym-card scam, 0.512, and
a phishing text, 0.476), and the last two runs at 0.47 none (0.469 at most). Between those two runs two subtle positives
were reworded for clearer labelling, not for similarity (a square-dance class now the writer's own, a taekwondo trial
now the writer's gym's). Lengths run from 25 to 78 characters for the positives (the longest the backward English words)
and 12 to 44 for the Chinese negatives (the English lines 58 and 59, the traditional ones 15 and 19). The lines are
meant to be scored once, blind; tuning on their errors would spoil them.

Set 99 focuses on sport, fitness, dance and martial arts sold into groups: gym and swimming memberships and lessons (a
gym card with a mobile, a gym card in Devanagari digits, a gym card at a front desk, a swimming card under the message,
children's swimming by QQ, adult swimming in subscript digits and by the NATO alphabet), personal trainers (a husband's
coaching by WeChat id, a trainer in Lao digits, training plans by the heavenly stems), yoga and pilates (a studio's
landline, a class in double-struck digits, pilates on 小红书, in circled letters and taught by the writer's wife in an
activity room, new mats at a west gate), dance (a daughter's street dance on 抖音, ballroom on a 视频号, Latin dance by
a Cyrillic-lettered id, square dancing on a 快手号, on 筷手 and as the writer's own class on a square), martial arts and
taekwondo (a taekwondo camp by e-mail, classes in Tibetan digits, by belt grades and at an activity room, wing chun on
B站, tai chi by the 24 forms, 八段锦 by its sections), ball-game coaching (basketball with "V：", by jersey numbers and
on 德物's shoes, badminton on 陡音, at a school gym and by strings backwards, table tennis in Bengali digits, by a
former provincial player and a cousin's 淘宝 shop, football winter camps with a spaced mobile, tennis by a 君羊 number,
chess by its moves), running and cycling clubs with paid events (a night-run club's short link, a cycling club's 公众号,
a Keep training camp, a cycling ride paid at the writer's desk), sports gear and shoes sold or lent (the writer's
basketball shoes on 闲鱼, running shoes on 天🐱 and at the office, an uncle's shuttlecocks on 拼多多, a used spinning
bike by months), court and pitch bookings (a badminton hall's 400 line, a school hall with a dashed mobile, a court by
the month with 力口, a court handed on by 接龙, a pick-up game's group), sports massage and physiotherapy (a masseur
with a mobile that is also WeChat, a parlour on 美团, a spouse's clinic with a word to say at the door) and athletics
for the PE exam by the decathlon; beside company sports days, team shirts and fees, bookings and refunds, members asking
about coaches and courts, fitness scams warned of, scores and times, ordinary chat in company work groups, family
groups, parents' class groups, estate owners' groups, alumni groups and hobby groups (a run club, badminton, camping,
skiing).

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's gym card with a mobile; a husband's
personal training with a WeChat id; children's swimming with a QQ; a yoga studio's landline with an area code; a
badminton hall's 400 line; a taekwondo camp by e-mail; a night-run club's short link, t.cn/…; a daughter's street dance
to search on 抖音; the writer's spare basketball shoes in a named 闲鱼 shop; pilates to search on 小红书 with private
messages; a pick-up game's group by its number; a basketball coach with "V："; sports massage with a mobile that is also
WeChat; a football camp with a spaced mobile; a school hall let with a dashed mobile; a cousin's 淘宝 shop of rackets
with the group's name for free shipping; a boxing gym to search on 大众点评; a massage parlour on 美团; a cycling club's
公众号 with a word to send; the writer's square dancing with a 快手号; a running camp to search on Keep; a ballroom
teacher's 视频号; the writer's wing chun as a B站 UP主; an uncle's shuttlecocks on 拼多多), 14 moderately, with
disguises the docstrings read do not list (Devanagari digits १३७…; Bengali digits for a QQ, ৩৯৫…; Tibetan digits ༡༥༨…;
Lao digits ໑໘໙…; subscript digits ₁₃₆…; double-struck digits 𝟙𝟟𝟛…; circled letters for wx and an id, ⓦⓧ：ⓟⓘⓛ…; Cyrillic
lookalike letters for an id, сосо_…; the homophone 陡音 for 抖音; the homophone 筷手 for 快手; the homophone 德物 for
得物; the cat 🐱 for 猫, 天🐱; 群 split into 君羊; 加 split into 力口) and 10 heavily, with codes the docstrings read do
not list (a mobile by the order of the 24-form tai chi, 起势 as one and 云手 as zero; a QQ by the sections of 八段锦,
托天 as one to 颠足 as eight; a QQ as the first numeral of each of nine xiangqi moves; a QQ as five famous players'
jersey numbers joined; a mobile by taekwondo belt grades, 红黑 as one and the white belt's tenth grade as zero; a WeChat
id in the NATO spelling alphabet; a QQ by the heavenly stems, 甲 as one and 癸 as zero; a mobile by English month
abbreviations, Jan as one and Oct as zero; a mobile by the decathlon's order of events, 百米 as one and 一千五 as zero;
a mobile as English number words spelt backwards) and 12 subtle (an offer with a price or a call to action only): the
writer's gym card at a thousand, met at a fifth-floor front desk at lunch; a swimming card at six hundred, replied for
under the message; the writer's ghost-step dance class at sixty a month on the east square at half past seven; the
writer's gym's free taekwondo trial in a third-floor activity room, then twelve lessons at nine hundred and eighty;
children's badminton at eighty an hour in a school gym on Wednesday, @ the writer; a spouse's physiotherapy clinic by
the south gate, twenty per cent off for saying the building; wrong-size running shoes at a hundred and fifty brought to
the office; a badminton court at sixty passed on by 接龙; a cycling ride at eighty-eight paid at the writer's desk after
work; the writer's wife's pilates trial at ninety-nine in building 5's activity room on Tuesday; table tennis lessons at
a hundred an hour by a former provincial player, asked about at the class reunion; new yoga mats and foam rollers at
fifty handed over at the west gate at seven. About a dozen positives are written the way members casually sell in a
group (a husband's coaching, a daughter's dance videos, the writer's spare shoes, gym cards and swimming card, a
cousin's racket shop, an uncle's shuttlecocks, a mother's square dancing, a spouse's clinic, a wife's pilates, the
writer's wrong-size running shoes and new yoga mats).

-    `POSITIVE_99` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-    `NEGATIVE_99` (100 lines): 20 that look dangerous at first sight (a 京东 order for team shirts not received, a 顺丰
  waybill for knee pads sent back, a team-building court's invoice number, a colleague's mobile passed on for the sports
  hall's keys, the 12345 line for square-dance noise, the 12315 line for a gym gone with prepaid cards, a sports
  bureau's 公众号 for fitness tests, a half-marathon bib number, a 美团 refund for a swimming trial, a 大麦 order's tail
  number for CBA tickets, a school mini-program's court order number, a 淘宝 exchange of a yoga mat, the PE teachers'
  landline with an extension for sports day, the property's engineering number for a gym's air conditioner, a bank
  transfer's reference for team fees, a hospital queue number for a sprained ankle, an accident policy's number for a
  taekwondo match, a flight to a provincial games, a football e-ticket's check code, a company gym's access card
  number); 10 members asking or recommending (a patient swimming coach, the city sports centre's pool, a badminton
  racket's brand, a rehabilitation clinic for a knee, taekwondo or wushu, a free tai chi teacher in the park,
  basketballs lent for a class sports day, a free workout video on B站, booking the school court, pilates with a bad
  back); 10 warnings quoting or describing the scam or ad ("私教卡对折出，押金五百先打过来", "私教课预存两万送十节" at a
  gym that closed, "马拉松保名额，转账就给你报", a "耐克工厂店一折清仓" phishing text,
  "跳广场舞送鸡蛋，先来听个健康讲座", "儿童体适能免费测评", "转发本条领取运动手环", "走路刷步数就能赚钱",
  "推拿三次治好腰突", "代抢羽毛球场，一次二十"); 17 lines with numbers that are not contacts (a skipping score, a
  fifty-metre time, weight lost, a foot's length and a shoe size, a doubles score, a five-kilometre time and pace, body
  fat, a court's cost split ten ways, steps walked, a first marathon's time, a child's height and weight, squats per
  set, swimming sessions left, a sports day's date, yoga hours, a basketball score, a pair of dumbbells' price); 7
  organisers' and admins' own notices (a run group's rule against card sales, selling classes and pulling members to
  other groups, an account removed for shoe links, a company sports day, a school sports day, a clubhouse gym's
  maintenance, an alumni football match, a long training run called off); 27 lines of everyday chat (some about a swim
  after work, a windy bike ride, a father taken with table tennis, a mother by the speakers, a meeting moved, court
  lights fixed, sore legs, a cartwheel, quarterly reports, football at school remembered, a quilt brought in, a
  grandmother's ribs, a cat on a yoga mat, a colleague who ran track, a stopped lift, a table tennis final, a
  grandfather's tai chi, milk tea delivered, the old school's sports hall, a first dance class, twisting machines,
  egrets on a morning run, meeting notes, a bicycle pumped, a broken tent pole, skiing, sports clothes outgrown); 5
  heated arguments without any selling (a ball bounced at ten at night, a court always taken by one company, rackets not
  returned, dance speakers by a flower bed, a referee's call); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_99 = """
公司搬到滨江了，小区门口那家健身房的卡还有十个月，三千八买的一千五出，13975206148
我老公在做私教，减脂增肌都带，一节课两百，感兴趣加他微信 liwei_fit88
暑假儿童游泳班还有名额，小班教学包教会，家长加QQ 2846175390 咨询
阴瑜伽和空中瑜伽都开了，老学员带新人各减一百，前台座机0571-86392714
羽毛球馆订场统一打400-862-7315，会员价平时每小时四十
跆拳道寒假集训十天一千六，孩子姓名年龄发到 tkdkids2026@163.com 占位
城市夜跑团本月报名，每人六十含号码布和保险，链接 t.cn/A6kRun9 填表
我闺女跳街舞的视频在抖音，搜“小鹿Breaking”，她周末也收小学员
买大了的篮球鞋，43码只试穿过一次，都挂在闲鱼，搜“阿杰的球鞋柜”
普拉提一对一体验课99元，小红书搜“禾木普拉提工作室”私信预约
每周六下午在二中打全场野球，人不够就进群 738261945，场地钱大家平摊
篮球私教，专门带初高中体考，一节课一百五，V：hoops_coach_zhang
运动损伤推拿、筋膜放松都做，上门一次二百，手机同微信18851937462
少儿足球冬训营开始报名了，八周十六次课，咨询 136 2958 7041
学校体育馆晚上对外出租，一场两小时三百，订场打 159-2741-8036
表哥开了个乒乓球拍店，底板胶皮都能配，淘宝搜“老周乒乓器材”报群名包邮
拳击馆团购价，大众点评搜“铁拳搏击馆”，十次课只要六百八
运动按摩店上了美团，搜“松筋堂运动理疗”，首单立减三十
骑行俱乐部每月一次长途拉练，关注公众号“风轮骑行社”回复“报名”看路线和费用
跟我学广场舞，快手号 zhangjie_wu1208，每天晚上直播教新曲子
在Keep上开了跑步训练营，搜“跑者老吴”，二十一天练出五公里
国标舞老师在视频号“伦巴姐姐舞蹈课”，新学员首月半价
学咏春的来我B站，UP主“叶门小师兄”，每周直播答疑，线下课也收人
我舅舅厂里做的羽毛球，耐打不飘，拼多多搜“飞羽毛球厂店”，一桶三十五
搬去城东了，原来那家健身房剩九个月，一千二转，打 १३७५८२९०४६१
乒乓球业余培训，周末两个班，想报的加Q ৩৯৫১৭২৬৪৮
少儿跆拳道秋季班招生，考级包过，联系 ༡༥༨༣༦༠༧༩༢༤༥
私人教练上门带练，老人康复训练也接，电话 ໑໘໙໒໗໓໐໖໕໔໘
游泳私教，成人零基础十节包会，手机 ₁₃₆₀₂₈₄₇₅₉₁
瑜伽小班课一个月四百，电话 𝟙𝟟𝟛𝟠𝟞𝟚𝟘𝟜𝟡𝟝𝟙
普拉提器械课团购价，加 ⓦⓧ：ⓟⓘⓛⓐⓣⓔⓢ_ⓛⓘⓝ
拉丁舞成人零基础班，周三周五晚上，报名加微信 сосо_расе
羽毛球教学视频都在陡音，搜“羽球阿飞”，线下课一小时一百二
我妈在筷手教广场舞，号 fangfang_1963，想学的关注一下，还接线下团课
全新AJ篮球鞋，尺码齐全，价格比专柜低两百，德物搜“球鞋仓库老K”
跑鞋清仓，天🐱搜“步履运动折扣店”，马拉松跑鞋一律五折
成人网球入门班，想学的进君羊 615840273，周末开课
篮球场包月，周一到周五晚上都空，要的力口我V lqchang_77
太极一对一教学，一月八百。手机按24式序号（云手当0）：起势 白鹤 右揽 云手 搂膝 左揽 琵琶 野马 野马 倒卷 起势
八段锦晨练班，一期三十天一百八。报名Q号照八段锦节次排：单举 摆尾 开弓 怒目 托天 颠足 后瞧 攀足
象棋课招小学员，Q取每步头一个数：兵三进一 车九平八 马二进三 炮八平七 仕六进五 车一平二 兵七进一 炮五进四 仕四进五
篮球陪练，两小时一百。Q号是这几位的球衣号连写：乔丹 姚明 库里 马拉多纳 C罗
跆拳道上门教学，一节一百二。手机按级位念，白带十级算0：红黑 绿蓝 黄 绿 红 白 蓝红 黄绿 蓝 红黑 白黄
游泳陪练，成人怕水也能教。微信按航空字母念：Sierra Whiskey India Mike Lima Echo Echo Zero Seven
增肌减脂训练计划定制，一份一百九十九。Q号照天干排位，癸当0：戊辛乙壬甲庚丁丙己癸
二手动感单车，九成新八百自提。电话按英文月份的月序写，Oct当0：Jan Jul Mar Feb Jun Oct Apr Sep Aug May Jan
中考体育冲刺，田径一对一，一次一百五。手机按十项全能的比赛顺序（一千五当0）：百米 铅球 四百 跨栏 跳远 标枪 跳高 一千五 撑竿 百米 铁饼
羽毛球拍穿线二十一支，上门取送。电话是倒写的英文：eno thgie xis owt neves eerht evif orez eno enin ruof
我那张健身卡还能用八个月，一千块让了，午休来五楼前台，我陪你去店里改名字
恒温泳池的次卡我还有二十次用不完，六百出，谁要在这条底下留个言
我在东广场开了个鬼步舞班，每晚七点半，一个月六十，想学的直接来找我
我们馆周六上午借三楼活动室上跆拳道体验课，不要钱，之后一期十二节九百八
放学后给孩子教羽毛球，学校体育馆周三下午，一小时八十，要报名的@我
我爱人在南门开了家理疗馆，颈肩腰腿都能调，到店说是咱们楼的打八折
买错码的跑鞋42码，穿了两次，一百五，明天带到办公室，要的说
周日下午两点到四点的羽毛球场订了去不了，六十转，想要的接龙
我们骑行队周末环湖，一人八十八含午饭和保险，想一起的下班到我工位交钱
我老婆教普拉提，周二晚上在5号楼活动室，体验课九十九，直接过去就行
退役前打过省队乒乓，现在带学生一小时一百，同学会那天找我聊
新瑜伽垫和泡沫轴各五十，晚上七点西门交货，先到先得
"""

NEGATIVE_99 = """
部门篮球赛的队服京东上显示签收了，单号3081726495，可我没收到，谁看见了
教练让退的护膝已经寄了，顺丰运单SF1482093756，财务报销时对一下
上个月团建羽毛球场地的发票号码是24312000000087351，财务要核对
工会订的体育馆晚场，钥匙在后勤周老师那，13861520937，下班前去取
晚上广场舞音响太吵的，可以打12345反映，我上周打过有回访
那家健身房卷款跑了，办了卡的赶紧去12315登记，带上合同和付款记录
想给爸妈做体质测试的，区体育局公众号里就能约，不要钱
我的半马参赛号是B2317，起跑在第三区，到时候照片帮我拍一下
游泳体验课没去成，美团那边退款已经通过，钱回到零钱里了
CBA的票在大麦下的单，订单尾号6628，入场刷身份证就行
约的是学校篮球场周六下午三点那场，小程序里订单号 202611250931，门卫会查
瑜伽垫颜色发错了，淘宝申请了换货，快递员明天上门取件
运动会检录有问题的家长，问体育组孙老师，座机 0512-65283940 转 216
会所健身房空调坏了，物业工程部电话 8627 1190，报修说会所就行
队费已转，网银流水号 N7719284650，麻烦队长查收
去骨科看崴的脚，排到A047号，拍片还要另排队
跆拳道比赛报名要附意外险保单复印件，我家的是 PICC20261188302，各位别忘了
领队说周五去省运会坐CZ3587，早上六点T2集合，身份证别忘
周六足球赛电子票的检票码是 8815 3307，截图给你了
公司健身房门禁卡号0038127，刷不开的找行政重新录
孩子六岁了还不敢下水，各位家长有认识耐心点的游泳教练吗
推荐市体育中心的游泳馆，工作日下午人少，十五块一场
想给孩子买支正经的羽毛球拍，两三百的，大家有推荐的牌子吗
膝盖跑步跑伤了，有没有人去过哪家医院的康复科比较好？
孩子学跆拳道还是武术好？听听大家的意见
公园北门那个教太极的大爷不收钱，每天早上六点半，想学的可以去
班级运动会缺两个篮球，谁家有的借一下，周五还
B站上那个帕梅拉的跳操视频挺好，不花钱在家就能练
周末想订学校的篮球场，谁知道从哪里约？
谁有练过普拉提的？腰不好能不能练
楼里两户人信了“私教卡对折出，押金五百先打过来”，钱一转对方头像就灰了
小区门口那家“私教课预存两万送十节”，刚开三个月就关门了，大家别充钱
所谓“马拉松保名额，转账就给你报”都是假的，赛事只有官网抽签
那条“耐克工厂店一折清仓”的短信我也收到了，网页让输银行卡密码，别上当
“跳广场舞送鸡蛋，先来听个健康讲座”，我妈去了回来就要买三千的床垫
商场里说“儿童体适能免费测评”，测完就推八千的课，家长们当心
收到“转发本条领取运动手环”的别转，就是骗你个人信息的
那个“走路刷步数就能赚钱”的APP，提现要先充值，典型的骗局
“推拿三次治好腰突”这种话谁信谁上当，腰突得去正规医院
有人私聊说“代抢羽毛球场，一次二十”，别理，钱转过去人就没了
跳绳测试结束，女儿一分钟一百六十八下，终于满分了
儿子五十米跑了8秒2，比上学期快了零点五秒
坚持了三个月晚饭不吃主食，秤上从78.5变成72了
他的脚长26.5厘米，球鞋买43码合适吗
昨晚和老张打双打，第一局21比17拿下，后面体力跟不上
今天五公里跑了28分40秒，配速五分四十
体测结果出来了，体脂率22%，医生说还要降
篮球场一小时一百二，我们打了两小时，十个人一人二十四
手环显示今天一万二千步，爬了二十层楼，腿都软了
第一次跑完全马，用时4小时12分，比计划慢了九分钟
孩子身高一米四二，体重三十五公斤，老师说偏瘦
教练让我每天深蹲三组，每组十二个
我的游泳卡还剩48次，明年三月底到期，得抓紧去了
运动会定在11月28日，早上八点入场
上周瑜伽课去了四次，一共六个小时
篮球赛最后比分56比48，我们班赢了
哑铃买了一对十公斤的，一百三十块
跑群规矩：只聊训练和比赛，转卡、卖课、拉人去别的群的直接请出去
那个天天发鞋子链接的已经被我移出群了，谁再碰到私下推销的告诉我一声
公司运动会下周五下午举行，项目有拔河和跳绳，各部门周三前报名单
家长们好，本周四下午是校运会，请给孩子穿运动鞋，带好水杯
物业：会所健身房跑步机和划船机本周六日集中保养，这两天先别去
校友足球赛本周六上午九点，在母校东操场，来的在群里接龙
说一下，明早的二十公里拉练不搞了，河堤那段在修路，等通知
今天下班去游泳了，水有点凉
本来想带儿子去江边骑车，刮大风只骑到桥头就折回来了
老爸最近迷上了乒乓球，天天吃完饭就下楼
妈，你跳广场舞别站在音箱旁边，对耳朵不好
明天开会改到十点，大家看一下日程
楼下篮球场晚上灯修好了，挺亮
昨天练腿，今天上楼梯都发抖
小宝今天学了侧手翻，晚饭前在客厅地毯上摔了好几次还乐
各组的季度总结下周二交给我，格式照上次的模板
同学们还记得当年在操场上踢球被教导主任追吗
天阴得厉害，阳台上的被子我先帮你收了啊
外婆今晚做了红烧排骨，让你们下了班都过来吃
我家猫趴在瑜伽垫上不下来
隔壁组新来的小伙子大学是练田径的，午休跟我们跑了八公里脸不红
电梯又停了，三号楼的注意走楼梯
我爸看乒乓球决赛比运动员还紧张，每一分都要站起来
爷爷打太极拳二十年了，腰板比我还直
谁订的奶茶到了，放在行政台上，自己来领
班长说下个月回母校看看体育馆翻新，顺便在食堂吃顿饭
女儿第一次上舞蹈课，回来非要穿着练功服睡觉
三期广场那几台扭腰器装好以后，楼下的阿姨们天天排队
今早湖边跑步看见一群白鹭，拍了好几张
今天的会我做了记录，待会儿贴到共享文档里
爸，你那辆旧自行车我给你打了气
上次露营借我帐篷的是哪位？拆的时候断了一根杆，想赔你
滑雪回来一身酸疼，下次还去
孩子的运动服太小了，长得真快
你们晚上十点还在楼下打球，拍球声吵得孩子睡不着，能不能有点公德心！
凭什么篮球场每次都被你们公司的人占着？场地是大家的
谁把羽毛球馆的球拍拿走了没还？说了多少次用完放回去
你们跳舞的音箱能不能往花坛那边挪挪？我家老人心脏不好，天天咚咚响受不了
裁判明显偏心，这球根本没出界，你们班别太过分了
Anyone up for a quick game of tennis after work on Friday?
My knees are killing me after yesterday's 10k, never again.
兒子學游泳第三週了，終於敢把頭埋進水裡
爸爸最近每天早上去公園打太極拳
"""
