"""Hold-out set 84 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 23 on 2026-11-25, after sets 1-82 (see holdout_data.py; sets 77 to 80 were studied in this
session, and sets 81 and 82 were being scored), at the same time as set 83 (written by another helper; this set was
checked by the same script against set 83's lines as they stood when this one was finished, unread: highest ratio
0.393 at the end, as the script showed it), and kept unscored until it is scored once, blind. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in
benchmarks/ (no benchmark); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-80, which also names the disguises and calls earlier sets' errors led to), printed with
ast.get_docstring, and holdout81_lines.py and holdout82_lines.py only for their module docstrings, printed the same
way (the file format, the docstring style and the disguises and codes already used, to avoid repeating them; their
lines and the code below the docstrings were not read; the three docstrings were saved to the writer's own temporary
folder and paged through there with wc, cat and sed, nothing else in them). pyproject.toml was not opened (ruff
format and ruff check were only run on this file, from the checkout's root). The benchmarks folder was not listed;
set 83's file was only checked for existence by its exact path (test -f, before every run of the script; it existed
at every run, and was always passed) and only loaded by the similarity script, which never printed its lines; this
file's own path was once checked the same way before it was first written. The folder holding the similarity script
was not listed and no file in it was opened; the script was only run. No slip to report: nothing outside these
limits was opened, listed or run. The lines were drafted in the writer's own temporary folder and written to this
file by a small script of the writer's own (which also turned digits and letters into the other scripts below,
checked the counts and the display widths and, over this set's own lines alone, their difflib ratios against each
other), and the similarity script then read it: it printed this set's lines and ratios, never the dumps' or the
partner's lines; it was run ten times: at the required floor of 0.49 and then at 0.47, to find the lines standing
just below it, once at 0.40 on the finished lines and once at 0.30 on the finished file with this docstring, only to
read the highest ratio per group for this docstring (the figures for set 83 and for this set's own lines were then
filled in here; no line changed after that run). No line is copied from earlier sets or from the training lines:
every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.462), against every
line of the training dump at most 0.49 (highest 0.469), against set 83 at most 0.49 (highest 0.393 among the lines
whose closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may stand a
little nearer set 83, but under its own highest, at most 0.469), and no two lines of this set exceed 0.49 against
each other (the script showed 0.337 at most among the lines closest to this set; the writer's own difflib check over
this file's lines alone gives 0.359 for the closest pair).

Thirty-four lines were rewritten for similarity, seven of them twice (forty-one rewrites), each time with new
wording, not a synonym swap; six of the rewrites changed a code itself, not only its wording, and one gave a code
another number. In the first pass, at 0.49, thirty stood at 0.49 or more (0.766 at most, a family-group line about
Sunday dinner at a mother's, against the hold-out dump), seventeen against the hold-out dump, six against the
training dump and seven against set 83: twelve positives (six plain ones, a sister-in-law's 快手 clothes stream,
0.629; a cousin's 拼多多 diaper shop, 0.507, and a mothers' group-buy by WeChat id, 0.500, both against set 83; a
baby shop's opening with a landline, 0.494, and a cot with a spaced mobile, 0.507, both against the training dump;
biscuits with "vx：", 0.507, all reworded; and six heavy codes that may have been used before: a QQ in Roman
numerals with N as zero (0.720 against set 83, which may use a like code), a mobile written backwards (0.557 against
set 83), a mobile in the strokes of the character 正 counted as a tally (0.561), a mobile in playing cards' values
(0.577), a QQ by the order of the ten heavenly stems (0.556) and a mobile in English month abbreviations (0.500),
all dropped for new codes (the pinyin initials' order, running sums, segments out of order, a keyword's letter
positions, lunar-calendar days and a mobile read as one amount)); and eighteen negatives (a quarrel over a pram in a
fire escape, 0.737; a scooter left at a door, 0.684, against the training dump; osmanthus in flower, 0.640; a shop's
busy till, 0.611; the English line on a clinic's Saturday hours, 0.588, against set 83; a removed account, 0.571,
against set 83; a sunflower planted at school, 0.558; a baby's weight, 0.560; a fever's readings, 0.531; an SF
waybill for a rented pump, 0.523, against set 83; a closed swimming pool warned of, 0.514; a down jacket's short
sleeves, 0.513, against the training dump; a 淘宝 stair gate's order number, 0.500; a member asking for a swimming
pool, 0.500, and another about autumn underwear, 0.500, both against the training dump; the other English line,
0.494; a baby-food franchise warning, 0.492; and the Sunday dinner). The chat lines and the argument that stood high
were replaced with new subjects (a water cut and bottles scalded with bottled water, a blood-pressure medicine for a
father, fog on the school run, a lost pink shoe, a homework book left at school, a new shop assistant, a pram
blocking an entrance, a son refusing bottles, knitted socks from Qingdao). In the second pass, at 0.49, one: the
mobile read as one amount (0.494, against the hold-out dump, reworded). A run at 0.49 then found none (0.489 at
most). In the third pass, at 0.47, ten standing between 0.471 and 0.489: among the positives the lunar-day code
(0.478, now another number and new wording); among the negatives a 京东 order number for a leaking can (0.471), the
SF waybill again (0.473), the stair gate's order number again (0.476), a fake subsidy call warned of (0.479, now a
call to a grandmother from a self-styled health commission), the franchise warning again (0.471), the fever again
(0.480), a class teacher's request for an old T-shirt (0.471, against the training dump), a day of meetings (0.488)
and the father's medicine (0.489, now a nephew's birthday present). A run at 0.49 then found none (0.469 at most),
and so did one at 0.47, and runs at 0.49 and at 0.47 on the finished file, this docstring included, found none.
Lengths run from 27 to 65 characters for the positives (the longest a list of running sums) and 14 to 55 for the
Chinese negatives (the English lines 99 and 75). The lines are meant to be scored once, blind; tuning on their
errors would spoil them.

Set 84 focuses on mother-and-baby goods and services sold into groups (no nannies or 月嫂): formula (Hong Kong
formula bought across the border with a spaced mobile and a name, a distributor's 400 line with a key to press, New
Zealand formula in Bengali digits, a group-buy by a QQ in the pinyin initials' order, three unopened cans in
building 5's lobby on Saturday morning), diapers (wholesale with a dashed mobile, a cousin's 拼多多 shop by name, a
family shop on 氵匋宝, six packs of L fetched from the writer's mother-in-law in the courtyard), baby photography
(the writer's studio by WeChat id, birthday packages on a short link, newborn photos at home in Devanagari digits, a
mobile in lunar-calendar days, hundred-day samples in the estate's activity room), kids' swimming and baby spas (a
swimming club's QQ, a baby spa's 视频号, a swimming 公众号 with a word to reply, a private coach in Tibetan digits,
a spa by 🐧 for QQ, a pool on 📺频号, a QQ counted in feeding-bottle emoji, a trial class at the clubhouse pool
replied in the group, a spa's half price next to the pharmacy), postpartum body repair ("抖音搜" a studio, a best
friend's studio with her mobile, home visits in Lao digits, a mobile as running sums, a free pelvic-floor assessment
at the writer's flat), breast-pump rental (a mini-program, "wx：", subscript digits, a mobile as a riddle of this
year and Children's Day, a pump left at the guard room), second-hand prams and cots (a pram on 闲鱼, a cot with a
bare mobile, prams in double-struck digits, a cot on 闲余, a pram's mobile in segments out of order, a cot's mobile
read as one amount, a pram in the car park's B2 space 23, a cot loaded on Sunday morning), children's clothes (a
sister-in-law's factory on 快手, the family's 淘宝 shop, outgrown clothes by Cyrillic lookalike letters, a QQ by the
keyword PLAYGROUND, two boxes at the kindergarten gate), baby food and snacks (purées on 小红书, biscuits by "vx：",
a group-buy by WeChat id, food in circled letters, fish floss by the homophone 威芯, a mobile by the 百家姓's first
ten surnames, steamed cakes ordered in the group) and baby-proofing (quotes by e-mail, a husband's installations
with a mobile, a live stream on 忄夬手, a mobile in a key of baby-goods words, corner guards shown at a parents'
meeting), with a baby shop's landline and a swap group's QQ群; beside ordinary chat in mothers' groups, owners' and
neighbourhood groups, company work groups (an administration office, HR, a union's nursing room), a baby shop's own
staff group, family groups, a parents' class group, an alumni group and hobby groups (photography, running).

It keeps the mix real spam has: 24 lines plain or lightly disguised (港版奶粉 with a spaced mobile and a name;
diapers wholesale with a dashed mobile; the writer's photo studio with a WeChat id; a swimming club's QQ; "抖音搜" a
postpartum studio; "快手搜" a sister-in-law's clothes account; "小红书搜" the writer's purées; "闲鱼搜" the writer's
pram; "淘宝搜" the family's clothes shop, with a price changed for naming the group; a cousin's 拼多多 diaper shop
named to search; a baby spa's 视频号 with a private message; a swimming 公众号 with a word to reply; a pump-rental
mini-program to search in WeChat; birthday photos on a short link, t.cn/…; baby-proofing quotes by e-mail; a baby
shop's landline; a formula distributor's 400 line with a key to press; a best friend's postpartum studio with her
mobile; a husband's child-safety installations with a mobile that is also his WeChat; biscuits with "vx："; a swap
group's QQ群 number; a weekly group-buy with a WeChat id and the building to note; a cot with a bare mobile; a pump
for rent with "wx："), 14 moderately, with disguises the docstrings read do not list (Bengali digits ১৩৮…;
Devanagari digits १५९…; Tibetan digits ༡༨༧…; Lao digits ໑໓໖…; subscript digits ₁₅₂…; double-struck digits 𝟙𝟠𝟠…;
Cyrillic lookalike letters for vx and an id, ѵх：сосо_ѕһор; circled letters for vx and an id, ⓥⓧ：ⓑⓐⓞⓑⓐⓞ…; 淘 split
into 氵匋, 氵匋宝; 快 split into 忄夬, 忄夬手; the penguin emoji for QQ, 🐧：; the homophone 闲余 for 闲鱼; the
television emoji for 视, 📺频号; the homophone 威芯 for 微信) and 10 heavily, with codes the docstrings read do not
list (a QQ by the order of the pinyin initials' table, b p m f…, b as one and k, the tenth, as zero; a mobile in
lunar-calendar days, 初一 as one, 初十 as zero; a mobile given as the running sums of its digits, each to be taken
from the next; a mobile in three segments given out of order and named head, middle and tail; a QQ as groups of
feeding-bottle emoji to count, ⭕ as zero; a mobile as a riddle, 139, this year and Children's Day's month and day;
a QQ by letters' places in the keyword PLAYGROUND, P as one and D as zero; a mobile by the order of the first ten
surnames of the 百家姓, 赵 as one and 陈 as zero; a mobile read as one amount in Chinese numerals, 一百三十九亿…; a
mobile in a key of ten baby-goods words given in the message, 瓶1 布2… 床0) and 12 subtle (an offer with a call to
action only, none quoted by the docstrings read): three unopened cans of stage-one formula at two hundred, in
building 5's lobby on Saturday morning, cash brought along; hundred-day photos at 199 with ten retouched, samples in
the estate's activity room on Sunday afternoon, babies brought to see them; a parent-child swimming trial at the
clubhouse pool at sixty a lesson, the baby's age in months replied in the group; a free pelvic-floor assessment in
the writer's flat after three, the bell of 1802 in building 12 rung; a hospital-grade pump at five a day with a
three-hundred deposit, left at the guard room and fetched by the writer's flat number; a pram at three hundred and
fifty, parked in B2 space 23 on weekday evenings to be pushed round; children's clothes at ten, two boxes at the
kindergarten gate after school on Friday; steamed yam and millet cakes and yoghurt melts at twenty a box, building
and boxes posted in the group, delivered on Sunday; corner guards and stair gates fitted at eighty a household,
samples at the parents' meeting, the class rep told; six packs of L diapers at eighty, fetched from the writer's
mother-in-law in the courtyard in the mornings; a baby spa's half price for neighbours next to the pharmacy, a
baby's towel brought along; a solid-wood cot at two hundred, loaded by car at the writer's building on Sunday
morning. About a dozen positives are written the way members casually sell in a group (a sister-in-law's clothes
factory, a cousin's diaper shop, a best friend's studio, a husband's installations, the family's 淘宝 shop, the
writer's spare formula, pram, cot, pump, biscuits, clothes and diapers).

- `POSITIVE_84` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_84` (100 lines): 20 that look dangerous at first sight (a 京东 order number for a leaking formula can
  returned, an SF waybill for a rented pump sent back with its deposit to come, the maternal and child hospital's
  公众号 on a new vaccine timetable, a 42-day check booked in the "健康杭州" app, a family day's photographer's
  mobile passed to a colleague, a swimming card already paid at the desk, a recalled formula batch number, a parcel
  locker's pickup code for a pram's box, a 淘宝 order number for a stair gate's missing screws, a customer's
  mobile's last four digits in a baby shop's staff group, a 拼多多 refund number, a 12315 complaint number for a
  pram's brakes, a birth certificate's number, HR's e-mail for maternity-allowance papers, a kindergarten's payment
  number in a school mini-program, a 小红书 note on eczema passed on, a pump's warranty serial number, a diaper
  lorry driver's mobile passed to warehouse staff, a 42-day check's fee paid at the hospital's machine, a community
  health centre's vaccination landline); 10 members asking or recommending (formula and constipation, a baby pool's
  water changes, where to take birthday photos, a light or a high-view pram, diastasis recti at a hospital or a
  studio, a free pelvic-floor check recommended, socket covers, autumn underwear sizes, an organic rice cereal
  recommended, buying or renting a pump); 10 warnings quoting or describing the scam or ad
  ("进口奶粉内部渠道，价格只有超市一半", "产后修复包瘦二十斤，不瘦退款", "免费百天照" with prints charged for, a
  baby pool closed with cards unspent, a 闲鱼 pram seller wanting a deposit by WeChat, a self-styled health
  commission's "育儿补贴" call asking for an SMS code, "宝妈在家兼职，每天两小时日入三百", "吸奶器免费试用" with a
  deposit kept, "在家就能月入过万" baby-food franchises, "纸尿裤试用装免费领，只付邮费"); 17 lines with numbers that
  are not contacts (a baby's weight, feeds of 180 ml, eleven diapers a day, a fever's readings, a height's
  percentile, a pool's water, size 90 clothes, a third hepatitis B dose, a pram bought and sold, nine hours' sleep,
  milk pumped, a nursery's humidity, a second baby's birth weight, a class outing's fares already paid, weight lost
  after birth, a twelfth solid food, an alumni class and its children); 7 organisers' and admins' own notices (a
  mothers' group rule banning formula, diaper, postpartum and baby-swimming ads, an account removed for selling
  children's clothes in private chats, a free newborn hearing rescreen registered by the organiser, a class
  teacher's craft lesson, a baby shop manager's formula stock-take, a company's new nursing room, the property
  closing a playground for new mats); 27 lines of everyday chat (some about weaning, a first pram ride, a
  grandmother's three layers, a child with a spoon, an idle baby-food blender, a weekend at a grandmother's, a first
  tooth, father and baby asleep, meetings, a water cut, a nephew's birthday puzzle, fog on the school run, an outing
  rained off, a lost pink shoe, a cat on a bike seat, a baby rolling over, homework, a teacher grown grey, a knitted
  sweater, canteen fish, pumpkin purée, a nap, a morning run, drilling upstairs, a homework book left at school, a
  car seat and a new shop assistant); 5 heated arguments without any selling (a pram blocking an entrance, a ball
  bounced at night, smoking in a lift, a slide hogged, a dog off its lead); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_84 = """
港版奶粉代购，一段到四段都有，每周过关带一次货，要的打我电话 139 2851 7064 找阿欣
纸尿裤整箱批发，花王尤妮佳大王都能拿，一箱比超市便宜四五十，电话 186-0573-2219
我自己的儿童摄影工作室，新生儿、百天、周岁照都接，加微信 xiaomi_babyphoto 看样片
亲子游泳俱乐部暑期班开始招生，四个月到六岁都能下水，详情QQ 2847710593
骨盆修复、腹直肌分离都能做，抖音搜“暖暖产后修复”，直播间里有团购价
嫂子的童装厂今年自己开播了，棉服羽绒马甲都是厂价，快手搜 lili_tongzhuang666，晚八点开
给宝宝做的无添加果泥和磨牙棒，小红书搜“元宝妈的辅食铺”，下单备注邻居包邮
儿子大了用不上，好孩子高景观推车八成新，闲鱼搜“南湖小区闲置”那个就是我
我家淘宝童装店开了十年了，秋冬款刚上新，淘宝搜“棉花糖童衣馆”，找客服报群名改价
表姐拼多多上的尿裤店冲销量，拉拉裤拍三包送一包，店名“贝贝尿裤仓”，一搜就有
婴儿水育馆抚触SPA游泳一条龙，视频号“小鲸鱼宝宝水育”能看环境，私信约时间
想给娃约游泳体验课的，关注公众号“浪花亲子泳”，后台回复“体验”领一节免费课
医用级吸奶器出租，一天八块钱，押金还机就退，微信里搜小程序“小满租赁”直接下单
宝宝周岁照套餐，妆造服装全包，698起，各档套餐都在这 t.cn/A6xK9pQ
婴儿房安全改造，插座桌角楼梯门防夹手一次装好，要报价发邮件到 safebaby_home@163.com
母婴店今天试营业，奶瓶刷随便领，奶粉第二罐半价，座机 0571-8862 3407 可以先问有没有货
奶粉品牌授权经销，量大拿货价格更低，全国统一热线 400-826-1573 按2转渠道部
我闺蜜开的产后修复工作室，第一次盆底肌检测不收钱，想去的联系她 137 6650 1298
老公专做儿童安全防护安装，窗户限位器、防护网都弄，手机 158 2297 4406 这个号也能加微信
家里烤箱天天开，宝宝小饼干没放糖和盐，十五一袋，冲着邻居情分包送，vx：yuanbao_mama88
弄了个闲置母婴用品交换群，推车衣服玩具都能换，想进的加QQ群 736291045
每周三晚上拼一次奶粉和尿不湿，团价比店里低一截，人不够开不了团，微信 tuanmama_2024 备注几号楼
搬家了婴儿床带不走，实木的，床垫蚊帐一起送，二百块，你自己来拆，135 0917 6623
美德乐双边吸奶器闲置出租，一个月一百二，有需要的 wx：liumama_0418
新西兰奶粉直邮，一罐比专柜少六十，打这个 ১৩৮ ৬৭২৯ ০৪১৫
新生儿照可以上门拍，布景道具我都带过去，约档期打 १५९ ३३०८ ७२६४
宝宝游泳一对一私教课，教练都有证，报名电话 ༡༨༧ ༥༢༠༤ ༩༦༣༡
产后修复上门做，不用带娃出门，手机 ໑໓໖ ໒໘໔໗ ໐໕໙໑ 随时打
吸奶器按周租，单边双边都有，联系 ₁₅₂ ₆₀₈₄ ₃₃₇₉
二手婴儿推车两辆，都能平躺，看车打 𝟙𝟠𝟠 𝟘𝟚𝟙𝟟 𝟜𝟞𝟞𝟝
女儿穿小的童装一堆，码数从80到110，ѵх：сосо_ѕһор 发图给你挑
手工宝宝辅食小馒头溶豆，ⓥⓧ：ⓑⓐⓞⓑⓐⓞⓕⓞⓞⓓ，同城当天送
家里做纸尿裤生意的，夜用拉拉裤特别能吸，氵匋宝搜“暖暖母婴仓”
装防护栏防撞条的师傅在忄夬手直播，搜“老周安全屋”，现场教你怎么装
婴儿SPA馆新店开业，抚触加游泳一次六十八，约时间找🐧：3847102265
孩子睡过的婴儿床，榉木的，一点划痕没有，闲余搜“果果家闲置”
儿童游泳馆每天都发小朋友上课的视频，📺频号搜“海豚宝贝游泳馆”就能看到
自家做的宝宝肉松鳕鱼酥，要的加我威芯 rousong_mama
奶粉拼单Q号藏在拼音声母表里，b p m f往下数，b是第一个，第十个k就是零：m l d k p g n f b
新生儿和百天照档期还有空，号码用阴历哪天来写，初十表示0：初一初五初八 初六初二初十初三 初九初四初七初一
产后修复咨询电话：每个数是到那一位为止的累计和，依次减掉前一个就还原：1 6 15 22 22 25 33 35 41 42 46
二手推车，号码分三截，顺序打乱了：尾巴是5814，开头137，中间那截0923
婴儿游泳Q号：每组奶瓶有几个就是几，⭕是0：🍼🍼🍼 🍼🍼🍼🍼🍼🍼🍼🍼🍼 🍼 🍼🍼🍼🍼🍼 ⭕ 🍼🍼
吸奶器出租，手机139开头，中间四位是今年年份，后四位是儿童节的月和日
童装群Q号：照PLAYGROUND这个词数字母位置，P为1，D排第十记0，号码是 L O A D G N Y
宝宝辅食订购，手机按百家姓开头十个姓的次序，赵为1，陈为0：赵 郑 王 孙 钱 冯 周 陈 李 吴 赵
榉木婴儿床低价让，想看床就打我手机，号码整个当成金额来读是一百三十九亿五千八百零二万七千三百六十四
楼梯门防护栏上门装，先看对照：瓶1布2兜3铃4巾5嘴6车7粉8袜9床0，电话：瓶粉嘴兜床车巾布袜铃瓶
我家多买了三罐一段奶粉，没拆封，日期到明年八月，一罐两百，周六上午我在5号楼大堂，带现金来
工作室做百天照体验价，199含十张精修，样片周日下午摆在小区活动室，抱宝宝来看看
下周开亲子游泳体验班，会所泳池，一节六十，想报的在群里回宝宝月龄，我来排时间
做了八年产后修复，家里腾了一间做盆底评估，不收钱，下午三点后都在，来12栋1802按门铃
家里医用吸奶器空出来了，五块一天押金三百，放门卫室了，跟门卫报我家房号就能取
推车用不上了三百五出，这周晚上都停在B2车库23号车位，想要的来推着走两圈
店里清出来一批童装，一件十块，周五放学我在幼儿园门口摆两箱，接娃顺手挑
这周蒸了山药小米糕和溶豆，一盒二十，在群里报楼号和盒数，周日统一送上门
桌角防撞条、楼梯门我都会装，一户八十包材料，家长会那天带样品，有意向跟班长说一声
纸尿裤囤多了，L码还剩六包，一包八十，我婆婆每天早上在楼下院子晒太阳，找她拿
我们水育馆这周给邻居半价，就在药店隔壁，带上宝宝的小毛巾直接过来
婴儿床拆好了，实木的，二百，周日上午开车来我家楼下装走
"""

NEGATIVE_84 = """
奶粉罐底漏了一圈粉，京东那单 3196 4420 8817 我已经点了退货，快递员明天上门取
吸奶器归还了，快递是顺丰 SF1402 8837 6651，押金三百要等仓库验机，大概三个工作日
妇幼保健院公众号今天推了新的疫苗时间表，五联和十三价的间隔改了，大家对一下
产后42天复查可以在“健康杭州”App上挂号，别去窗口排队了
家庭日的摄影师是行政找的，他手机 138 7720 5516，场地布置你直接跟他对接
游泳课十次卡上周我已经在前台刷卡付过了，收据在我这，下周一开始上
市场监管局通报的那批问题奶粉批号是 20260817B，家里有的看一下罐底
快递柜取件码 6-2-4418，谁路过帮我把婴儿车那个大箱子搬上来，谢谢
护栏装到一半发现螺丝不够，翻了下订单 4012 7739 1150 8826，是商家漏发，已经在淘宝上申请补件
尾号3317的顾客昨天订的两罐三段到货了，先放收银台后面，她下午来拿
拼多多那单隔尿垫退款成功了，退款编号 260923118840，钱原路退回
推车刹车失灵，我打了12315投诉，受理号 3301-2026-0917，在等通知
出生医学证明领到了，编号 Q330581234，上户口记得带原件
生育津贴的申报材料统一发到人事邮箱 hr_shebao@company.cn，别发我私人邮箱
幼儿园伙食费在“智慧校园”小程序里交，缴费单号 YE20260901，周五截止
小红书上有篇讲宝宝湿疹护理的笔记写得挺细，我转到群里了，大家可以看看
吸奶器保修卡上的序列号是 MD-77A-30921，售后让我报这个号查保修期
明天到的那车纸尿裤，司机王师傅手机 139 0476 5582，仓库的同事到时候联系他卸货
42天体检的一百八已经在医院自助机交过了，发票夹在小票下面
社区卫生服务中心打疫苗要先预约，电话 0571-8517 2260，周三下午不上班
宝宝喝这个牌子的奶粉老是便秘，有没有妈妈换过水解蛋白的，效果怎么样
有没有妈妈带娃去过万达那家婴儿游泳，想问问池子多久换一次水
想给孩子拍周岁照，大家之前都在哪拍的，不想被拉着加钱
推车选轻便的还是高景观的，我家没电梯经常要搬上楼，纠结
产后腹直肌分离两指，去医院康复科做还是外面机构做好一点
上次群里说的区妇保盆底肌检查我去做了，确实不收钱，推荐刚生完的都去查查
家里插座太多了，防触电的保护盖哪个牌子的好抠一点，孩子抠不开大人也费劲
孩子一到秋天就长个，去年的秋衣全短了，你们都囤几个码的
我家米粉一直吃的那个有机牌子，宝宝不挑，刚加辅食的可以试试
吸奶器买还是租划算？我只打算背奶三个月
又看到有人发“进口奶粉内部渠道，价格只有超市一半”，这种十有八九是假货
提醒一下，那种“产后修复包瘦二十斤，不瘦退款”的，交了钱就再也找不到人了
我朋友去拍“免费百天照”，拍完说底片一张五十，不买不给，大家别上当
东门那家婴儿游泳馆关门了，好几个姐妹卡里还有一两千，店主电话关机，已经有人去派出所报案了
闲鱼上买二手婴儿车一定走平台交易，有人让我先把定金转他微信，明显是骗子
我妈接到个电话，对方自称卫健委，说宝宝有“育儿补贴”没领，要她念短信里的数字，幸好她先问了我
私加我的那个说“宝妈在家兼职，每天两小时日入三百”，一听就是刷单，大家小心
那种“吸奶器免费试用”的，收到先要押金，寄回去又说有划痕扣钱
辅食加盟的广告别信，“在家就能月入过万”，实际就是让你先交三万八加盟费
“纸尿裤试用装免费领，只付邮费”，付完邮费收到的是散装没牌子的，慎重
八个月了才十七斤多，婆婆天天说瘦，医生说在正常范围
宝宝现在一顿喝180毫升，一天五顿，一罐奶粉撑不到十天
新生儿一天换了十一片尿不湿，我的天
孩子又发烧了，夜里最高三十八度七，退热贴换了两片，天亮降到三十七度五，今天不送幼儿园
孩子身高76厘米，体检说在75百分位，挺好
游泳馆水温36度，室温28度，宝宝玩了二十分钟不肯出来
秋装买了90码的，穿着正好，明年估计得100了
第三针乙肝打完了，下次是八月龄的麻腮风
那辆推车当时买2980，用了一年半，挂出去卖了900
宝宝昨晚睡了九个小时，中间只醒了一次，感动
吸一次单边120毫升，冰箱里已经存了二十多袋了
婴儿房湿度55%，温度24度，加湿器定时两小时
二宝出生那天3350克，身长50厘米，比哥哥重了半斤
春游每人交的45元车费已经收齐了，一共38个孩子
产后六个月掉了14斤，还差6斤回到孕前
辅食加到第12种了，目前就对鸡蛋清过敏
咱们2009届三班现在群里41个人，孩子加起来都快30个了
群规补充：本群禁止发奶粉代购、纸尿裤、产后修复、婴儿游泳等一切母婴广告，私加群友推销的举报一次直接移出
@全体 那个冒充宝妈私聊大家卖童装的号已经踢了，谁还收到他的消息截图给我
下周三上午社区有免费的新生儿听力复筛，需要的在群里报宝宝姓名和月龄，我统一登记
各位家长，周四的手工课要用旧T恤做抹布，请让孩子装一件在书包里，再带双备用袜子
今晚闭店后盘点奶粉区，一段二段分开数，临期的单独放一筐
三楼的母婴室装修好了，有冰箱和消毒柜，哺乳期的同事可以去行政处领门卡
物业通知：周六儿童游乐区换地垫，全天封闭，请家长带孩子绕行
终于断奶了，这两天涨得难受，但总算熬过来了
孩子第一次坐推车出门，一路上东张西望的
我妈非要给孩子穿三层，说怕冻着，我说了也不听
今天去接孩子，老师说她会自己用勺子吃饭了
辅食机买回来一次没用，还是小锅煮方便
周末带娃去了趟外婆家，回来整个人都晒黑了
宝宝第一颗牙冒出来了，下面中间那颗，摸着硬硬的
晚上老公带娃，结果爷俩一起睡着了，奶瓶还在他手里
上午连着两个会，中午饭都没顾上，下午还要交季度报表
今天停水一上午，奶瓶只能拿矿泉水烫
姐，侄子下周过生日，我给他买了套拼图，你看他会不会喜欢
下雨了，户外活动取消，孩子在家闹了一上午
早上七点出门送娃，雾大得连对面楼都看不见
谁看到一只粉色的小鞋子，上午在游乐区附近掉的，娃哭半天了
今天扫街拍到一只猫趴在自行车座上，光线刚刚好
宝宝学会翻身了，以后换尿布得一只手按着
老大上小学以后我反而更忙了，天天盯作业
好多年没见，王老师头发都白了，下次聚会一定叫上她
婆婆给孩子织了件毛衣，针脚比买的还密
今天公司食堂有酸菜鱼，排了好长的队
宝宝今天第一次吃南瓜泥，糊了一脸
孩子睡午觉的时候我也眯了二十分钟，爽
晨跑五公里，回家刚好赶上给娃冲奶
楼上电钻一响，娃立马醒，崩溃
孩子今天把作业本落学校了，问了同桌妈妈才知道要抄生字
安全座椅装好了，娃坐进去居然没哭
新来的小妹今天第一天上班，大家多带带她，奶粉区的货架先让她熟悉
楼下那辆婴儿推车天天堵在单元门口，轮椅都推不进来，物业管不管？
你家孩子在楼道里拍球拍到十一点，还讲不讲道理了
电梯里抽烟的那位，里面有推车有孩子，你好意思吗
滑梯是大家的，你家孩子霸着半小时不让别人上，你还护着？
你遛狗不拴绳，狗冲着我家娃扑过来，还说它不咬人，咬了就晚了！
Our son refused every bottle today and only wanted the blue cup; no idea where he gets these ideas.
Grandma sent a box of knitted socks from Qingdao, enough for three winters.
寶寶今天第一次叫媽媽，我在廚房聽到差點把碗摔了
颱風天不出門，家裡三個孩子已經把沙發拆成城堡了
"""
