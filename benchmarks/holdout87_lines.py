"""Hold-out set 87 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-86 (see holdout_data.py), at the same time as set 88 (written by another helper;
this set was checked by the same script against set 88's lines as they stood at each run, unread: highest 0.429 at the
end among the lines whose closest group it is, as the script showed it), and kept unscored until it is scored once,
blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc,
opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command
and no file in benchmarks/ (no benchmark); holdout_data.py, holdout85_lines.py and holdout86_lines.py were opened only
for their module docstrings, printed with ast.get_docstring (the labelling rules, the history and topics of sets 1-86,
the file format, the docstring style and the disguises and codes already used, to avoid repeating them; their lines and
the code below the docstrings were not read). The three docstrings were saved to the writer's own temporary folder and
paged through there with wc, cat, sed, a loop of greps counting forty-seven words and signs for the disguises and codes
planned here (five were found: card, ASCII, swap, difference and month) and one grep showing the lines that held ascii,
swap, difference, playing or poker (ASCII only for the full-width variants, swap only in "synonym swap", difference for
a sum or difference that makes a number and for totals; playing and poker were not found; the lines holding card and
month were not looked at), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only run
on this file, from the checkout's root). The benchmarks folder was not listed; this file's own path and set 88's were
checked for existence by their exact paths (test -f) before this file was first written (neither existed then); set 88's
file was checked the same way before every run of the script, existed at every run and was only loaded by the script,
which never printed its lines. The folder holding the similarity script was not listed and no file in it was opened; the
script was only run. One slip to report: at the first run set 88's file was not passed, though the test -f in the same
command had just shown that it existed (the command had been written before its answer was read); every later run passed
it. Nothing outside these limits was opened, listed or run. The lines were drafted in the writer's own temporary folder
and written to this file by a small script of the writer's own (which also turned digits into the other scripts below,
checked the counts, the display widths of this docstring and, over this set's own lines alone, their difflib ratios
against each other); the writer printed its own draft lines there to review them. The similarity script then read this
file: it printed this set's lines and ratios, never the dumps' or the partner's lines; it was run nine times: at the
required floor of 0.49 and then at 0.47, to find the lines standing just below it, once at 0.30 on the finished lines
and once at 0.47 and once at 0.30 on the finished file with this docstring, the 0.30 runs only to read the highest ratio
per group for this docstring (no line changed after them). No line is copied from earlier sets or from the training
lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.468), against every
line of the training dump at most 0.49 (highest 0.462), against set 88 at most 0.49 (highest 0.429 among the lines whose
closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may stand a little
nearer set 88, but under its own highest, at most 0.468), and no two lines of this set exceed 0.49 against each other
(the script showed 0.432 at most among the lines closest to this set; the writer's own difflib check over this file's
lines alone gives 0.432 for the closest pair, two negatives with numbers: an oxygen machine's refund on 淘宝 and a
long-term-care insurance application).

Fifty-eight lines were rewritten for similarity, nine of them more than once (sixty-nine rewrites), each time with new
wording, not a synonym swap; two of the rewrites changed a code's number or its layout, not only its wording (the ASCII
line's mobile, then its spacing). One more edit, to a chat line about year-end reports that stood at eleven characters,
only lengthened it. In the first pass, at 0.49 and on this file alone (the slip above), forty-six stood at 0.49 or more
(0.870 at most, a child's eyesight of 4.8 and 4.9 at a school check, against the hold-out dump), thirty-five against the
hold-out dump and eleven against the training dump: ten positives (a father's wheelchair on 闲鱼, 0.500; a care centre's
公众号 with a word to reply, 0.491; a mother-in-law's sanqi powder by WeChat id, 0.500; the Heavenly Stems code, 0.508;
the digit-by-digit steps code, 0.533; the 正 tally code, 0.505; the resistor colour code, 0.508; the ASCII code, 0.608;
the prime-index code, 0.536; goji berries brought to the office, 0.492) and thirty-six negatives (among them the
eyesight; a blood pressure of 138/86, 0.739; a fasting blood sugar, 0.727; a fake 医保 call warned of, 0.676; a lost
blue flask, 0.778, and a new noodle shop, 0.681, against the training dump; a team hike, 0.688; the group rule, 0.597;
the removed account, 0.559; a supplier's mobile passed on by the administration office, 0.512; an SF waybill for a
hearing aid, 0.514; both English lines, 0.523 and 0.518; a quarrel over a wheelchair in a fire lane, 0.536; a quarrel
over morning exercise in a stairwell, 0.514; nine other chat lines between 0.500 and 0.579 and twelve other notices,
numbers, warnings, questions and receipts between 0.500 and 0.582). All were reworded, and the chat lines given new
details (a flask with a bear sticker, beef slices covering a bowl, a knotted shoelace, a reservoir's two crucian carp).
In the second pass, at 0.49, with set 88's file passed from then on, eight: the ASCII code again (0.496, its mobile
changed to another number), an invoice for medicine (0.492), the blood sugar (0.508, new readings), the group rule
(0.494), a free check-up notice (0.500, against the training dump), the hike (0.560), a photography group's sunrise
(0.500, against set 88; now evening clouds over a river) and the first English line (0.530). In the third pass, at 0.49,
one: the ASCII code (0.556, now one unbroken run of digits with new wording). A run at 0.49 then found none (0.490
shown, just under the floor). In the fourth pass, at 0.47, fourteen standing between 0.470 and 0.490: among the
positives a massage chair's 400 line (0.483), a 抖音 health stream (0.471, against the training dump) and a husband's
dental clinic with a mobile (0.475, against the training dump); among the negatives a 12320 complaint number (0.471,
against set 88), a walking stick from 拼多多 (0.480), a 美团 medicine order (0.482), a 抖音 neck exercise (0.473,
against the training dump), a hearing aid asked about (0.489), ortho-k lenses asked about (0.478), the fake 医保 call
again (0.490), a badminton score (0.485), a grandmother's video calls (0.486), the first English line again (0.470) and
the typhoon line in traditional script (0.489). A run at 0.47 then found none (0.468 at most), and so did one at 0.47 on
the finished file with this docstring (the last run, at 0.30, only gave the figures above). Lengths run from 20 to 60
characters for the positives (the longest a playing-card code) and 12 to 61 for the Chinese negatives (the English lines
113 and 94, the traditional ones 24 and 31). The lines are meant to be scored once, blind; tuning on their errors would
spoil them.

Set 87 focuses on health, medical and elderly-care goods and services sold into groups: supplements and 保健品 (a
member's spare fish oil by WeChat id, a mother-in-law's sanqi powder by WeChat id, a 抖音 health stream with one-yuan
fish oil, coenzyme Q10 in Bengali digits, goji berries brought to the office, donkey-hide gelatin cakes tasted at the
writer's flat), blood-pressure and glucose meters (an unopened Omron by QQ, test strips in a 淘宝 shop, meters wholesale
in double-struck digits, sugar-free snacks and strips on the homophone 品多多, a glucose meter agency by ASCII codes,
blood pressure checked at a market stall), hearing aids (fitting with a QQ, trade-in in Devanagari digits, trial fitting
by a mobile told as digit-by-digit steps), massage chairs and physiotherapy devices (a factory shop's 400 line with a
key to press, a spare massage chair in Tibetan digits, used physiotherapy units on 闲 split into 门木, a 斗音
rehabilitation stream, a physiotherapy-device repairer by the resistor colour code, a massage chair trial by a QQ in
playing cards' ranks, a classmate's physiotherapy shop), TCM clinics, moxibustion and cupping (a mother's TCM clinic
with a spaced mobile, a cousin's moxibustion patches on a short link, cupping on a 视频号, an acupuncture clinic in Lao
digits, moxibustion on the homophone 块手, a clinic's landline in the Heavenly Stems, a moxibustion studio by the Fu Xi
order of the eight trigrams, a spare moxibustion device shown at a pavilion, cupping in a union's activity room, herbal
foot-soak packs at a school gate, a retired masseur's flat), rehabilitation and home nursing (home nursing by a
landline, a stroke-rehabilitation therapist's mobile, a chaperone and escort service by small-capital letters, a
stroke-rehabilitation master's QQ in 正-character tallies, escorts booked by building number under the message), care
homes and day care (bulk nursing beds by e-mail, a day-care centre's 公众号 with a word to reply, a day-care Q group in
Roman numerals, a new day-care centre's free meals), dental clinics and whitening (a dentist on 小红书, a husband's
clinic with a mobile, whitening strips by Cyrillic lookalikes ѵх and an id, implants by a mobile with each pair swapped,
a sister's clinic at half price for a class's parents), eye care (eye-care gadgets by "V：", an optician's WeChat id,
dry-eye care on 小🟥书), check-up packages (a package with a dashed mobile, a QQ as the primes' places in their list, a
group check-up signed for at the writer's office), pharmacy delivery (an aunt's pharmacy on 拼多多, a delivery
mini-program, a mobile written backwards) and mobility aids (a brother's walking sticks on 快手, a father's wheelchair
on 闲鱼, walking aids on 淘宝 with 宝 split into 宀玉, new walkers left at the property desk); beside ordinary chat in
owners' and neighbourhood groups, company work groups (administration, finance, purchasing, a union), a care home's
staff group, family groups, a parents' class group, an alumni group, a seniors' university and hobby groups (angling,
photography, a choir, badminton).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a mother's TCM clinic with a spaced mobile and the
doctor's surname; spare fish oil with a WeChat id; hearing-aid fitting by QQ; home nursing by a landline; massage chairs
on a 400 line with a key to press; nursing beds by e-mail; a cousin's moxibustion patches on a short link, dwz.cn/…;
"抖音号" a health stream; a brother's walking sticks to search on 快手; a blood-glucose shop to search on 淘宝; an
aunt's pharmacy named on 拼多多; "闲鱼…搜" a father's wheelchair; a dentist to follow on 小红书; a cupping 视频号; a
day-care 公众号 with a word to reply; a pharmacy mini-program to search in WeChat; eye-care gadgets with "V："; a
check-up package with a dashed mobile; a husband's dental clinic with a spaced mobile; a mother-in-law's sanqi powder
with a WeChat id; a classmate's physiotherapy shop with a mobile that is also her WeChat; an unopened blood-pressure
meter by QQ; a rehabilitation therapist's unspaced mobile and name; an optician's WeChat id), 14 moderately, with
disguises the docstrings read do not list (Bengali digits ১৩৯…; Devanagari digits १८७…; Tibetan digits ༡༥༠…; Lao digits
໑໕໘…; double-struck digits 𝟙𝟠𝟙…; Cyrillic lookalikes for vx and an id, ѵх：уаbаі…; 宝 split into 宀玉, 淘宀玉; 闲 split
into 门木, 门木鱼; the homophone 块手 for 快手; the homophone 斗音 for 抖音; the red square emoji for 红, 小🟥书; the
homophone 品多多 for 拼多多; small-capital letters for 微 and an id, ᴡᴇɪ：ᴘᴇɪ…; a Q group in Roman numerals, Ⅷ Ⅲ Ⅸ…) and
10 heavily, with codes the docstrings read do not list (a landline by the Heavenly Stems, 甲 as one and 癸 as zero; a
mobile by the Fu Xi order of the eight trigrams, ☰ as one to ☷ as eight; a mobile written from right to left; a QQ by
playing cards' ranks, the ace as one and the ten as zero; a mobile given by its first digit and each digit's step from
the one before, +2 +5 -8…; a QQ in 正-character tallies, one stroke each; a mobile in resistor colour bands, black as
zero and white as nine; a mobile as decimal ASCII codes in one run of digits, two to a character; a mobile with each
pair of digits swapped and the last left alone; a QQ as the places of primes in their list, the tenth as zero) and 12
subtle (an offer with a call to action only, none quoted by the docstrings read): a spare moxibustion device at a
hundred and fifty, seen at the estate's east-gate pavilion on Saturday morning; first-picked Ningxia goji at sixty a
jin, weights posted in the group and brought to the office on Friday; a retired masseur's forty an hour, knocked for at
8-301 after two; cupping at thirty-five in the union's activity room at noon; hospital escorts at a hundred a half day,
building numbers given under the message; a sister's dental clinic at half price, named as a class's parents at the
desk; two new walkers at sixty left at the property desk, paid to its clerk; glucose tests at five at a market stall
from seven to nine; a group check-up at three hundred and twenty a head, signed for at the writer's office; donkey-hide
gelatin cakes at a hundred and twenty, tasted at the writer's flat in building 3 after dinner; herbal foot-soak packs at
twenty for ten by a school gate's tuck shop; a new day-care centre's first month of free meals, registered on the
community centre's second floor. About a dozen positives are written the way members casually sell in a group (a
mother's clinic, a cousin's patches, a brother's walking sticks, an aunt's pharmacy, a husband's dental clinic, a
mother-in-law's sanqi powder, a classmate's shop, a sister's clinic, the writer's own fish oil, wheelchair, meter,
moxibustion device and goji).

- `POSITIVE_87` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_87` (100 lines): 20 that look dangerous at first sight (a hospital deposit receipt's number, a 京东 waybill
  for medicine, a medical-insurance claim's reference, a check-up provider's mobile passed on by the administration
  office, a registration's queue number, a 12320 complaint's ticket number, a 淘宝 refund number for an oxygen machine,
  a pharmacy invoice's number for an expense claim, the 健康北京 公众号 for vaccination times, a prescription's dose and
  a batch number, an SF waybill for a hearing aid under warranty, a walking stick bought on 拼多多, a check-up report's
  number read in a hospital's mini-program, a wheelchair supplier's price list sent to a purchasing mailbox, the last
  four digits of a patient's relative's mobile in a nurses' group, an outpatient payment's serial number, a 小红书 note
  on falls passed on, a long-term-care insurance application's number, the last digits of a 美团 medicine order, a neck
  exercise seen on 抖音); 10 members asking or recommending (a hearing aid fitter, a spine doctor recommended, arm or
  wrist meters, a wheelchair to borrow, fluoride for a child, a TCM doctor's acupuncture recommended, ortho-k lenses, a
  day-care centre, whether moxibustion works, a family doctor recommended); 10 warnings quoting or describing the scam
  or ad (free eggs at health lectures, a fake 医保 call for a code, a "quantum energy mattress", "纳米助听器一百九包邮",
  "三伏贴一贴管一年", a "miracle" diabetes drug, a free check-up van selling devices, "预交十年床位费享五折", a tout's
  "专家号加三百", a fake check-up text's link); 17 lines with numbers that are not contacts (a blood pressure and pulse,
  blood sugar, a wheelchair's width, a check-up's cost, eyesight, acupuncture's price, a grandmother's steps, eighteen
  months of braces, hearing-aid batteries, pills a day, weight and waist, a follow-up's date, an MRI's price, children's
  heights, a badminton score, a handrail's height, days of leave for a cataract operation); 7 organisers' and admins'
  own notices (a group rule banning supplement, physiotherapy-device, health-lecture and appointment-tout ads, an
  account removed for selling tea to lower blood pressure, a community clinic's free check, a school check-up, a union's
  check-up lists, a seniors' tai chi class moved, an online parents' meeting on flu); 27 lines of everyday chat (some
  about blood-pressure pills, overtime, a meeting room, snow and knees, an operation, a flu jab, a lost flask, a
  reunion's photos, angling, a stubborn grandfather, a nurse, a report, canteen eggs, a grandmother's stories, year-end
  reports, a cat's jab, insomnia, beef noodles, water cuts, shoelaces, reading glasses, a team hike, forwarded health
  posts, a choir, a seat given up, evening clouds, video calls); 5 heated arguments without any selling (morning
  exercise in a stairwell, a wheelchair in a fire lane, a neighbour scolded, herbal decoctions on a balcony, an expense
  form); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_87 = """
我妈退休后在家附近开了个小中医馆，推拿正骨都做，街坊去了报我名字，电话 159 3702 8846 找刘医生
家里囤了六盒鱼油，买多了吃不完，原价出，加我微信 yuyou_lin88 拿
助听器验配，免费测听力，老人戴着舒服不啸叫，QQ 2837510469 咨询
本店专业上门护理：换药、导尿、鼻饲都能做，座机 0571-86329147，二十四小时有人接
按摩椅工厂店年底清库存，送装一体，打 400-823-6617 按2转销售，报小区名再减两百
养老机构采购护理床、防褥疮垫的，需求请发邮件到 kangyang_hz@163.com，附上联系人
表姐自己做的艾灸贴，宫寒怕冷的姐妹试试，下单链接 dwz.cn/Ak7Fq2
抖音号“老周讲养生”，今晚直播间上架深海鱼油，前一百单一块钱
我弟在快手上卖拐杖和助行器，搜“阿强助行器”，老人用的都有
淘宝搜店铺“康乐血糖仪旗舰”，试纸五十片装比药店便宜一半
拼多多上我姨家开的药房小店叫“仁心大药房”，感冒药消炎药都能送到楼下
老爸康复了用不上轮椅，放在闲鱼上，搜“杭州王阿姨清仓”就能看到，同城自提再让五十
小红书关注“牙医小林”，冷光美白、隐形矫正的案例都在里面，私信有优惠
视频号“许大夫拔罐”天天直播，手法教学，小黄车里有真空火罐套装
我们照料中心的公众号叫“银发午后”，后台留言“试住”，安排爷爷奶奶来待三天不收钱
微信小程序搜“速达药到家”，半小时送药上门，首单立减十元
V：kf_huyan2023 护眼仪、蒸汽眼罩批发，学生党有团购价
老年人体检套餐 298 元含 18 项，预约打 138-2614-7059
我家那位是牙医，诊所开在社区医院隔壁，洗牙才六十八，想约的直接打 186 7734 2091
婆婆从文山老家背回来二十斤三七粉，自己晒自己磨的，家里吃不完，匀几斤出来，微信 sanqi_mama 找我
同学家开的理疗馆，颈椎腰椎都调，报我名打八折，她微信就是手机号 152 0916 3388
家里老人用不上的血压计，欧姆龙的，全新没拆，QQ 1047729358 联系
做居家康复训练十年了，中风偏瘫、术后恢复都接，联系电话 17755208614 王老师
验光配镜加青少年近视防控，加微信 shiguang_yanke 预约，周末也开门
进口辅酶Q10，心脏不好的长辈吃正合适，电话：১৩৯ ৬২০৮ ৪৭১৫
助听器以旧换新，老款能抵三百，手机 १८७ ३३०२ ५६४९
二手按摩椅，客厅放不下了，打 ༡༥༠ ༧༨༡༦ ༣༢༩༤ 来看
针灸推拿馆开业，前三十位免挂号费，电话 ໑໕໘ ໒໙໔໗ ໐໖໑໓
家用电子血压计批发，一台起发，联系 𝟙𝟠𝟙 𝟘𝟟𝟛𝟚 𝟡𝟞𝟜𝟠
牙齿美白贴，一周白两个度，ѵх：уаbаі520
淘宀玉搜“孝心助行”，四脚拐杖、助行器、洗澡椅都有
门木鱼搜“老陈的理疗仪”，低频理疗仪两台，用过几次
块手直播间“艾灸王姐”，今晚艾条买二送一
斗音搜“颈椎康复李教练”，康复器械直播讲解，链接在橱窗
小🟥书搜“亮眼护理”，干眼症熏蒸做一次三十八
品多多搜“控糖小铺”，无糖饼干和血糖试纸一起拼更便宜
上门陪诊陪护，三甲医院挂号跑腿都做，ᴡᴇɪ：ᴘᴇɪᴢʜᴇɴ_ᴀᴍʏ
日间照料中心报名Q群：Ⅷ Ⅲ Ⅸ Ⅳ Ⅰ Ⅶ Ⅵ Ⅱ Ⅴ
诊所座机不方便写，给个天干版：甲戊癸 丙辛庚乙 丁壬己甲（甲一乙二这样往下，癸是零），正骨推拿提前约
艾灸馆手机按先天八卦数（乾一兑二…坤八）：☰☲☷ ☱☴☶☵ ☳☰☷☲
送药上门，手机号我是从右往左写的，拨的时候倒过来：8 2 7 1 4 0 6 5 3 8 1
按摩椅体验，QQ按扑克点数排，A算一，10算零：红桃4 黑桃A 梅花9 方块7 红桃10 黑桃3 方块8 梅花5 红桃2
试戴助听器的约我，手机从1起步，逐位变化量依次为 +2 +5 -8 +6 +1 -3 +4 -5 +2 +3，自己推一下
老师傅做中风康复，扣扣是他用记票的正字写的：止 正下 丅 正止 一 正丅 下 正一 正，一画代表一
修理疗仪的师傅是电工出身，号码给的是色环：棕橙紫 红黑绿灰 蓝黄白橙，黑为零白为九
做血糖仪代理的程序员一枚，手机藏在这串编码里，两位一组查ASCII表还原：4953575055485156525449
种植牙咨询，号码每两位前后颠倒了，最后一位不动：31 68 47 20 95 5
约体检套餐的可以扣我，扣扣号自己算：3 2 19 11 29 17 5 13 7，各是第几个素数就写几，第十个写0
我家那台艾灸仪闲置了，一百五出，周六上午在小区东门凉亭等大家看货
老家宁夏寄来一箱头茬枸杞，六十一斤，谁要就在群里接个斤数，礼拜五我拎到公司分
退休前在医院做了三十年推拿，现在在家给街坊按，四十块一小时，下午两点后直接来8栋301敲门
拔罐刮痧一次三十五，明天中午我在工会活动室，颈肩不舒服的同事过来
陪老人去医院挂号、取药、拿报告，半天一百，需要的在这条下面报楼号
我姐的牙科诊所这个月洗牙半价，周末带孩子过去，到了说是三班家长就行
全新的铝合金助行器两个，六十一个，放在物业前台了，钱交给物业小张
血压免费量，测一次血糖五块，明早七点到九点我在菜市场门口摆摊
老年体检团购，五十人成团每人三百二，想参加的明天来办公室找我签字
自己熬的阿胶糕，一盒一百二，晚饭后到3号楼我家尝了再定
泡脚中药包，二十块十包，放学接孩子时我在校门口小卖部旁边
我们日间照料中心下周一开门，头一个月饭费全免，爷爷奶奶直接来社区二楼登记
"""

NEGATIVE_87 = """
爸的住院押金收据号 ZY20261103-0457，出院结算要用，我放抽屉里了
药到了，京东快递单号 JD0093827716524，妈你下午去驿站取一下
医保报销被退回了，受理号 YB3301258812，说是缺发票原件，明天我去补
行政这边换了体检合作方，对接的李经理 139 0571 6628，各部门排时间直接和她约，别再打原来那家
挂号成功了，省人民医院心内科周三上午，序号 27，记得带医保卡
诊所乱收费我打了 12320 投诉，给的工单号是 WJ20261124018，说五个工作日内回电
淘宝买的制氧机申请退款了，退款编号 2026112518839274，商家同意了
药店给开的票抬头写的公司，票号 04428851，下午我连同报销单一起给财务
“健康北京”公众号上能查社区医院的疫苗接种时间，挺方便的
爸的处方单上写着“氨氯地平 5mg 每日一次”，药盒批号 230917，别拿错
妈的助听器返厂保修走的顺丰 SF1408827736159，客服讲半个月内修好寄回
奶奶的拐杖是我在拼多多下单的，昨天到货，挺结实，就是短了一截得调
体检报告编号 TJ-0629-3315，在医院小程序输编号就能看，爸你不会弄我帮你查
供应商报的轮椅价格单我转到 caigou@hengkang-med.com 了，第二页有他们业务员的号码，采购部的同事看下
护士站：3床家属电话尾号 4471 一直打不通，群里哪位是家属请回个电话
门诊缴费流水号 MZ88271903，自费部分 236.5 元，发票在自助机上打
小红书上看到一篇讲老人防跌倒的笔记，转给大家，浴室真的要装扶手
奶奶的长护险申请编号 CH2026-11-0832，评估员说下周上门
昨晚用美团叫的药，清单上两盒布洛芬只来了一盒，订单尾号 3366 已经找客服了
跟着抖音里一个康复科医生的颈椎操练了七天，早上起床脖子不僵了
我爸左耳听力下降了，想给他配个助听器，大家有去过觉得专业的店吗？验配师是关键吧
推荐一下市二院的张主任，看腰椎间盘突出特别耐心，不乱开药
请问大家给老人买的是哪种血压计？上臂式还是手腕式准一点
谁家有用过的轮椅可以借我两周吗？我妈脚踝骨折了
孩子六岁了，牙医说可以涂氟防蛀，咱们这儿社区卫生院有这项吗？
楼下那家中医馆的老大夫针灸挺好，我肩周炎扎了三次就能抬手了
娃一年涨了一百五十度，医生建议OK镜，家长们配过的说说戴着麻烦不
想找个离家近的日间照料中心，白天送我爸过去，晚上接回来，大家有推荐吗
艾灸到底有没有用啊，我婆婆天天在家熏，满屋子烟
推荐社区卫生服务中心的家庭医生签约，免费量血压，还能开慢病药
门口发传单的又来了，写着“听讲座送鸡蛋”，老人去了几次就被劝买几千的保健品，家里有老人的说一声
提醒长辈：医保中心从不打电话要验证码，昨天我爸就接到一个，对方说“卡要停用”，差点上当
我舅被忽悠买了一万二的“量子能量床垫”，说能治高血压，根本没用
群里有人私聊你说“纳米助听器一百九包邮”的别信，正规验配都要先测听力
朋友圈那种“三伏贴一贴管一年”的广告看看就好，我妈贴得后背起泡了
有个号专门加老人好友，说“院士研发的降糖神药，停了胰岛素也没事”，这是要人命的
别信什么免费体检车，查完就说你有问题，接着推销理疗仪，我爸差点交钱
警惕冒充养老院的“预交十年床位费享五折”，隔壁区已经有人被卷款了
医院门口拉人的号贩子说“专家号加三百包挂上”，保安说全是骗人的
收到一条“体检结果有异常，速点链接”的短信，我们单位根本没安排体检，明显是钓鱼
早上起来量了下，138 和 86，心率 72，医生说偏高要再观察一周
我爸这礼拜血糖一直在 7 上下，昨天饭后冲到 9.5，他还偷吃月饼
轮椅座宽 46 厘米，咱家门框 75，推进去没问题
体检挂了 12 个项目，一共交了 586，单位报销 400
学校筛查单子发下来了，左 4.8 右 4.9，班主任让放假带去医院散瞳
扎了三回针灸，每回八十块，医保卡能走一半，剩下自费
奶奶今年 91 岁，每天还能走 3000 步
牙齿矫正戴了 18 个月，下个月终于拆牙套
助听器电池是 312 型号的，一板 6 粒，能用一个多月
妈的药一天三次一次两片，一盒 24 片只够吃四天
我体重降了 7 斤，腰围从 92 到 86
复诊约在 12 月 8 号下午 2 点半，别忘了空腹
这次核磁共振花了 680，排了 40 分钟的队
班里体检结果出来了，身高平均 142 厘米，比上学期长了 3 厘米
羽毛球那场第二局咱们 21:17 赢的，第三局体力不行被翻了，老张腿抽筋
楼梯扶手装 90 公分高合适，我爸 172 的个子
年假还剩 5 天，打算月底陪我妈去做白内障手术，住院 3 天
重申一下：卖保健品的、推理疗仪的、拉人听养生课的、帮人代挂号的，都别往业主群里发，看到一次删一次，屡教不改就踢
那个天天推降压茶、私下加老人好友的号，我已经请出去了。陌生人加你们好友先问清是谁再通过
这周六上午社区医院派医生下来义诊，地点在居委会二楼，老人家量血压测血糖都不要钱，别忘带身份证登记
明早学校组织体检要抽血，孩子别吃早饭，书包里放个面包和水，抽完再吃
今年的职工体检名单报上去了，周四一批周五一批，没收到短信提醒的到工会办公室来对一下
老年大学的太极课从下礼拜开始挪到周二下午上，还是原来那个教室，没看到群消息的帮忙转告一声
下周三晚上八点的线上家长会，请了校医讲冬天流感怎么防，链接到时候班主任发
妈，今天的降压药吃没吃？上回吃了又以为没吃，多吃一颗吓死人
又弄到晚上九点多，食堂只剩两个馒头
周会挪到三点，B 座四楼小会议室，别跑错楼
外面下雪了，奶奶说膝盖又开始疼
爸做完手术醒了，精神不错，还问晚饭吃啥
孩子今天打了流感疫苗，回来蔫蔫的，早早睡了
哪位同事的蓝色杯子忘在三楼会议室了？杯盖上贴着小熊，我先替你收着
同学聚会照片我传群相册了，二十年了大家都没怎么变
蹲了一下午水库，两条巴掌大的鲫鱼，回家老婆说还不够猫吃
老爷子非要自己去买菜，拦都拦不住
社区医院新来的护士扎针特别准，我妈夸了一路
报告我改完了，麻烦王姐帮我看看格式
女儿说学校食堂的番茄炒蛋太甜了
今天陪我姥姥晒太阳，她讲了一下午年轻时候的事
年底各种总结报表，写得头都大了
我家猫今天打了疫苗，到家就钻床底下不出来
昨晚失眠，数羊数到两千多
东门那家新开的拉面店，加的牛肉片快盖满碗了，十八块不亏
物业说的检修停水是明天还是后天？我得提前接几桶
儿子非要自己绑鞋带，蹲门口折腾了十分钟，最后打了个死结
我爷爷戴着老花镜满屋子找老花镜，全家笑了半天
周六团建是爬北高峰，大巴七点半从园区门口开，谁晕车的提前吃药
我妈每天往家族群里转十几篇养生贴，标题一个比一个吓人
合唱团新曲目的谱子发你们邮箱了，周四前先熟悉一下高音部
今天在地铁上给一个老人让座，他非要塞给我一颗糖
昨天江边拍的那组晚霞我修完了，饱和度是不是拉太高了，大家帮看看
外婆终于会点视频了，从早到晚拨过来，镜头只照到她的额头
每天六点不到就在楼道里拍巴掌喊口号，吵得孩子哭，你们能不能去楼下花园练？
谁家的轮椅一直横在消防通道口，物业贴了条都不管，真着火了抬担架都过不去！
我妈好心劝你少吃咸的，你至于在群里骂她多管闲事吗？
谁家天天在阳台熬中药，味道全飘我们家，晾的衣服都是药味！
报销单是你签错了字才被退的，别一口咬定是我弄丢的！
My father's stitches need removing this weekend; does the community health centre do that without an appointment?
Alumni hikers, we're starting from the north gate at eight sharp, so pack water and sunscreen.
阿嬤今天回診，醫生說血壓控制得不錯，藥可以減半了
颱風要來了，長輩的慢性病藥先多拿一個月的量，免得到時候出不了門
"""
