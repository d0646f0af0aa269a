"""Hold-out set 105 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-104 (holdout_data.py's docstring covers sets 1-104; sets 103 and 104 are also
described in their own docstrings, which were read here), at the same time as set 106 (written by another helper; this
set was checked by the same script against set 106's lines as they stood at each run from the second on, unread), and
kept unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model,
training-data generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from
qungui, ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py,
holdout103_lines.py and holdout104_lines.py were opened only for their module docstrings, printed with ast.get_docstring
by the checkout's own Python (the labelling rules, the history and topics of sets 1-104, the file format, the docstring
style and the disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings
were not read). The three docstrings were saved straight to the writer's own temporary folder (made with mktemp -d),
counted with wc -l and paged there with cat and sed. The docstrings of sets 101 and 102 were not read, so a disguise or
code they list and holdout_data.py does not may be repeated here unknowingly. pyproject.toml was not opened (ruff format
and ruff check were only run on this file, from the checkout's root). The benchmarks folder was not listed; this file's
path and set 106's were checked with test -f before this file was first written (neither existed), and set 106's again
before every run of the script (it did not exist at the first run, which was made without it, and existed at every later
run, to which it was passed); set 106's file was only loaded by the similarity script, which never printed its lines.
The folder holding the similarity script was not listed and no file in it was opened; the script was only run. No slip
to report: nothing outside these limits was opened, listed or run. The lines were drafted as Python lists in the
writer's own temporary folder, with a helper module there that turned digits and letters into the other scripts below
and spelt out the coded numbers from their tables, and written to this file by a small script of the writer's own (which
also checked the counts per kind, that no line repeats and the absence of triple quotes, backslashes and line breaks);
another small script made the rewrites from lists of replacements, another wrapped this docstring to 120 columns of
display width, and one-line scripts printed the converted digits, the coded lists, a weekday and the lines' lengths per
kind.

The similarity script read this file: it printed this set's lines and ratios, never the earlier sets', the training
lines or the partner's; it was run four times, every time at the default floor of 0.47. No line is copied from earlier
sets, from the training lines or from set 106: at the end no line of this set has a highest difflib ratio at or above
0.47 against any earlier hold-out line, any training line, set 106's lines or this set's other lines (the script prints
no ratio under its floor, so the final maximum is known only to be under 0.47, and so under 0.49 too). In the first run,
without set 106's file (which did not exist yet), twenty-five lines stood at 0.47 or more (0.889 at most, a cat's
kittens in a family group, since replaced by a parrot that greets guests): six positives (a mobile in Spanish number
words, 0.658, and one in ASCII codes, 0.624, both replaced by other codes; the tally strokes of 正, 0.579, written out
again with slashes and a new introduction; a worn wedding dress offered at a meeting room, 0.563, replaced by a 秀禾服
lent for photos; the digit-shape rhyme, 0.500, with a new introduction; a portrait studio on 大众点讠平, 0.480, replaced
by a qipao tailor's shop) and nineteen negatives (six of the dangerous-looking lines: a 京东 order, a venue's invoice, a
12345 case over fireworks, a parcel locker's code, a colleague's e-mail, a cloud drive's code; seven chat lines: the
kittens, a cold day, a ginkgo, shoelaces, a projector, a late taxi, dumplings; a group rule banning wedding ads, 0.568;
two warnings, a free wedding shoot and a bar lure, 0.519 and 0.521; a question on team-building; a tug of war's score;
and the traditional line, 0.533). All twenty-five were rewritten with new wording and mostly a new subject, not a
synonym swap. In the second run, with set 106's file, four stood at 0.47 or more (0.574 at most, the Spanish line's
first replacement, a mobile by the order of the Hundred Family Surnames, replaced in turn by the Thousand Character
Classic below): that line, two first rewrites of the dangerous-looking lines (a contract's number, 0.532, and an online
order for string lights, 0.519, replaced by a receipt's number and a bouquet's 支付宝 transaction) and the digit-shape
rhyme again (0.475), whose introduction was reworded once more. In the third run none stood at 0.47 or more. Twenty-five
lines were rewritten for similarity, twenty-nine rewrites in all, four lines twice, none by a synonym swap; one
replacement's introduction (the trigram code) was also reworded for the topic before the second run. The fourth run, on
the finished file with this docstring, after ruff format, found none at 0.47 or more either. Lengths run from 31 to 71
characters for the positives (the longest the digit-shape rhyme) and 17 to 49 for the Chinese negatives (the English
lines 122 and 127, the traditional ones 22 and 24). The lines are meant to be scored once, blind; tuning on their errors
would spoil them.

Set 105 focuses on weddings, parties and events sold into groups: wedding planning and hosts (the writer's own hosting
with a mobile, a planner's 400 line, an MC with a band in Eastern Arabic digits, 改口茶 and vows by the Thousand
Character Classic, annual parties hosted at the marketing department), wedding and event photography and video (a
husband's shoots with a WeChat id and at the school gate, a UP主's clips on B站, shoots in Thai digits, seaside
portraits by Greek letters), bridal make-up and dress hire (make-up with a QQ and in Myanmar digits, a sister's dress
shop on 淘宝, a sister's qipao shop on 大众点讠平, a 秀禾服 lent at the writer's desk), banquet halls and home banquet
cooks (a restaurant's hall by its landline, a cousin's banquet centre on 大众点评, an uncle's 坝坝宴 on 抖音, a mobile
kitchen in Gujarati digits, a mother's 坝坝宴 tasted in a yard), cakes and dessert tables (fondant cakes on 小红书, a
dessert-table studio on 美团, home-baked cakes at the front desk), balloons and stage decoration (balloons by a short
link, by counted balloons and at two hundred and eighty an arch, baby banquets' decoration on 斗音, stage trusses by a
dashed mobile), event equipment hire (tents on 快手, used sound gear on 闲鱼, lighting by 威信 and by resistor colours,
sound with a mobile that is also WeChat, tents and chairs from a warehouse, a bouncy castle), birthday and children's
parties (a party shop on 拼多多, a clown in bold digits, a magician by the digit-shape rhyme and at three hundred and
ninety-nine an hour), funerals and memorial services (a funeral service's mobile, memorials in superscript digits, a
funeral band on 视屏号, a service by the solar terms, a wreath shop by a hospital), corporate annual parties and
team-building (annual parties by e-mail, a team-building base on 视频号, a dance class by a Khmer-digit QQ, a farm venue
by tally strokes), wedding goods (candy boxes in a mini-program, favours on 拼哆哆, a wedding-car fleet with "V：", the
writer's own car as a wedding car), matchmaking (a platform's 公众号, a singles' QQ group, a meet-up by parenthesized
letters, a matchmaking group by lunar days, lucky days by the trigrams, an aunt's stall); beside annual-party notices,
orders, waybills, receipts, refunds, hotlines and a lighting firm's contact passed on for work, members asking for an
MC, a tent, a banquet's price, a funeral's steps or a party venue, wedding and party scams warned of, and ordinary chat
in company work groups, family groups, parents' class groups, estate owners' groups, alumni groups, a choir and a
chamber of commerce.

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's wedding hosting with a mobile and the
group's name for two hundred off; a husband's wedding photography with a WeChat id; bridal make-up with a QQ; a
restaurant's banquet hall by a landline with an area code; a planner's 400 line with a key to press; annual parties by
e-mail; first-birthday balloons by a short link, dwz.cn/…; a sister's dress-hire shop to search on 淘宝; the family's
cakes on 小红书; an uncle's 坝坝宴 with a 抖音号; tents and stools to search on 快手; the family's dessert-table studio
on 美团 with a first-order gift; a cousin's banquet centre on 大众点评; a matchmaking 公众号 with a word to send; a
funeral service's mobile; the writer's used stage gear on 闲鱼; a sister-in-law's party shop on 拼多多; a team-building
base on 视频号; wedding clips by a UP主 on B站; a singles' group by its QQ group number; the family factory's candy
boxes in a mini-program; a wedding-car fleet with "V："; sound and lighting with a mobile that is also WeChat; stage
trusses with a dashed mobile), 14 moderately, with disguises the docstrings read do not list (Thai digits ๑๓๗…; Myanmar
digits ၁၅၉…; Khmer digits for a QQ, ៣៩៨…; Gujarati digits ૧૮૨…; Eastern Arabic digits ١٣٦…; mathematical bold digits
𝟏𝟓𝟑…; superscript digits ¹⁸⁹…; Greek letters shaped like Latin ones in a WeChat id, κικι_ρhοτο…; parenthesized small
letters for vx and an id, ⒱⒳：⒣⒪⒩⒢…; the homophone 威信 for 微信; the homophone 斗音 for 抖音; 评 split into 讠平, 大众
点讠平; the homophone 拼哆哆 for 拼多多; the homophone 视屏号 for 视频号) and 10 heavily, with codes the docstrings read
do not list (a mobile by the names of wedding anniversaries, 纸婚 as one and 锡婚 as zero; a mobile sung in numbered
musical notation, 哆 as one and a rest as zero; a mobile in the tally strokes of 正, 一 as one, 正 as five, a circle as
zero; a mobile by the order of the solar terms from 立春, 夏至 as zero; a QQ by lunar days, 初一 as one and 初十 as
zero; a mobile by counted balloon emoji, a red circle as zero; a mobile by the first ten characters of the Thousand
Character Classic, 天 as one and 月 as zero; a mobile by the kindergarten rhyme of digit shapes, 铅笔 as one and 鸡蛋 as
zero; a mobile by the Former Heaven trigram numbers, 乾 as one and 坤 as eight, with no nine or zero in it; a mobile by
resistor colour bands, 黑 as zero and 棕 as one) and 12 subtle (an offer with a price or a call to action only): the
writer's own white car as a wedding car at eight hundred a day, seen in the B2 car park at lunch; the writer's balloon
arches at two hundred and eighty, dates given in the group and taken in order; a mother's 坝坝宴 at six hundred and
fifty a table, tasted in the writer's yard on Saturday morning; the writer's 秀禾服 lent for photos at three hundred,
tried at the writer's desk after work on Wednesday; home-baked birthday cakes at a hundred and twenty and a hundred and
eighty, collected at the front desk on Saturday; a husband's event photography at eight hundred a half day, talked over
at the school gate at pick-up; the writer hosting annual parties at fifteen hundred, met at the marketing department on
the third floor; an aunt's matchmaking stall by the north gate's market, the first meeting free and half the fee for the
code phrase of an estate's phase; the family's wreath shop behind a hospital at a hundred and twenty, ten per cent off
for showing the message; the family's bouncy castle at two hundred a day, dates given in the group, first come first
served; folding tables and chairs at five a set a day from the writer's warehouse behind a market, with a deposit; a
husband's magic shows at three hundred and ninety-nine an hour, ten per cent off for the first five, @ the writer. About
a dozen positives are written the way members casually sell in a group (the writer's hosting, used stage gear, car,
balloon arches, 秀禾服, cakes, warehouse of chairs and annual-party hosting; a husband's photography and magic; a
mother's and an uncle's 坝坝宴; a sister's dress shop and qipao shop; a sister-in-law's party shop; a cousin's banquet
centre; an aunt's stall; the family's cakes, dessert tables, candy boxes, favours, wreaths and bouncy castle; an uncle's
funeral band).

-   `POSITIVE_105` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_105` (100 lines): 20 that look dangerous at first sight (a bouquet's 支付宝 transaction tail, a 顺丰
  waybill for wedding invitations, a hotel banquet manager's mobile passed on for an annual party, the 12315 line for a
  wedding company gone with a deposit, a 腾讯会议 number for a rehearsal, a stage builder's receipt number, the 122
  traffic line for a banquet on a road, a team-building coach's booking number, the 110 line called at a wedding
  banquet, a flight to a seaside wedding, a wedding video disc's serial number, a hotel booking's number for guests, a
  ring's resizing slip, a lighting firm's contact's 企业微信 name passed on for work, a 美团 refund's tail for a cake, a
  staff number's tail for a lucky draw, a wedding's Wi-Fi name and password, the 120 line for a grandmother at her
  birthday banquet, a high-speed train and its seats, the 95518 line after a wedding car's crash); 10 members asking or
  recommending (a wedding MC in Chengdu, a photographer recommended by name, a tent for a grandfather's eightieth, a 坝
  坝宴's price per table, a bakery's cream cake recommended, paid matchmaking sites, a funeral's steps, a party venue
  for a seven-year-old, a dress-hire shop recommended, a farm-stay team-building with older people); 10 warnings quoting
  or describing the scam or ad (a studio's "情侣写真抽奖" that ends in an eight-thousand package, "高端婚恋，一对一红
  娘，包脱单", funeral touts at a hospital's morgue, "恭喜您在年会抽中iPad" phishing, a "婚礼请柬.apk", a marriage
  agency's "会员见面包成功" contract, "气球布置198全包" with a helium surcharge, "免费给孩子办生日会" that sells
  early-education cards, a fake wedding company asking for a price difference, "交三千押金就能当婚礼主持，包接单"); 17
  lines with numbers that are not contacts (a banquet's tables and cost, a wedding gift, cake sizes, a dress's waist,
  photos shot and retouched, a ring toss, an annual party's first prize, a wedding date, a tent's size, balloons blown,
  a funeral's cost, a hall's capacity, a team-building budget, birthday candles and guests, a distance to a village,
  weight gained, red packets grabbed); 7 organisers' and admins' own notices (an annual party's time, place and dress
  code, a class's shared birthday with no gifts, a class group's admin against party-venue promotion, an alumni dinner's
  AA sign-up, a chamber's annual seating, a choir's rehearsal for a member's daughter's wedding, a property notice on a
  mourning tent); 27 lines of everyday chat (a groom's vows, a bridesmaid's shoes, a tree in a sketch, a unicorn cake, a
  grandfather's liquor, wedding chocolates on a desk, rain on a hike, a veil in a tree, a teacher's memorial, a flower
  boy's sweets, banquet leftovers, a cousin's engagement, a programme's order, candles blown by another child, a bicycle
  and a quilt, steamed pork, a cold photo shoot, a dog as ring bearer, wind and an arch, chrysanthemums, a monitor's
  story, a spare milk tea, a nephew on the carpet, a designated driver, 八宝饭, a parrot that greets guests, a whistling
  microphone); 5 heated arguments without any selling (a groom made drunk by groomsmen, programmes demanded of every
  department, an uncle on gift money, parties upstairs until midnight, a wedding's seating criticised); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_105 = """
本人做婚礼主持十二年了，川普普通话都能来，五月还剩三个周末的档，订档打13982260475，报群名少两百。
我老公做婚礼跟拍，单机位全天3200含精修80张，样片都在他朋友圈，微信号 lens_laozhou，加的时候备注几栋几号。
新娘跟妆早上五点到家，含两套造型和伴娘简妆，价目表放在我QQ空间了，QQ 2750318846。
我们酒楼三楼宴会厅刚翻新完，能摆四十二桌，带LED大屏和升降舞台，看场地请拨 0831-8236517 找宴会部。
锦瑟婚礼策划全城接单，中式西式草坪婚礼都做，咨询打 400-862-3317 按2号键，顾问免费上门量场地。
公司年会承办，舞美、节目编排、抽奖系统一条龙，要方案的把人数和预算发到 nianhui_plan@163.com，两天内出稿。
周岁宴气球布置套餐198元起，图册和下单都在这个链接 dwz.cn/Qb7xK2，我自己开车送货上门布置。
我妹的婚纱租赁店开在淘宝，搜“白露纱坊”就能看到，拖尾款租三天才380，来回顺丰包邮。
翻糖蛋糕和甜品台我家接定制，小红书搜“糖分研究所阿柚”，作品都在笔记里，婚宴满月宴都能做。
坝坝宴就找我幺爸，三十年老手艺，八凉八热一桌六百八，抖音号 bbyan_laoyao，视频里都是他掌勺的席。
红白喜事的帐篷、圆桌、塑料凳都出租，乡镇也能送，快手搜“德胜篷布出租”，私信留个地址就行。
我家的甜品台工作室上了美团，搜“小满甜品台”，订生日派对的首单送一盒马卡龙。
我表哥的宴会中心在大众点评上叫“福临门宴会中心”，十二月还有几个吉日空着，订的时候说是老乡有折扣。
单身的同事看过来，我们婚恋平台的公众号叫“缘来同城”，关注后回复“见面”就能报周六的相亲茶话会。
家里老人的后事不知道怎么办的别慌，我们殡葬一条龙二十四小时有人，出车、灵堂、告别仪式都管，电话15108236649。
工作室换设备，两只全频音箱、一台调音台和四个LED帕灯便宜出，闲鱼搜“阿川舞台设备”看实拍图。
我嫂子在拼多多开了家儿童派对用品店，叫“奇奇派对屋”，横幅气球帽子桌布一整套四十九。
团建拓展基地在龙泉山上，真人CS、皮划艇、篝火晚会都有，视频号搜“龙泉山野拓展营”看往期活动。
婚礼快剪和MV我接单，B站搜UP主“剪刀手大熊”，主页全是我剪的片子，价格私信问。
本地单身交友群开了，只收三十五岁以下的，想进的加QQ群873302517，验证写真实年龄。
喜糖盒我家工厂直发，微信小程序搜“甜蜜喜盒”下单，满二十盒免费印新人名字。
婚车车队，奔驰E级八辆起租，头车扎鲜花，V：chedui_hao0520 报日期查档期。
学校礼堂和商场中庭活动的音响灯光我们都搭过，价格比外面公道，13809114762（微信同号）。
舞台桁架、背景板、T台搭建，今晚接单明早装好，电话 186-2845-7193 刘师傅。
下个月还有四个周末能接婚礼跟拍，双机位含航拍，约档电话 ๑๓๗ ๒๘๔๐ ๖๕๑๙。
化妆师跟妆全天一千六，试妆免费，需要的预约 ၁၅၉ ၀၈၃၂ ၇၄၁၆，周末档先到先得。
年会舞蹈速成班，零基础两周排出一个节目，报名扣扣 ៣៩៨២៧៤០៥១。
流动厨房上门办席，灶台、蒸笼、冰柜都拉过去，联系 ૧૮૨ ૬૩૪૭ ૫૦૯૮。
婚礼司仪带暖场乐队，周年庆寿宴也接，手机 ١٣٦ ٥٢٠٧ ٤٨٣١。
小丑气球造型加泡泡秀，幼儿园生日会一场六百，电话 𝟏𝟓𝟑 𝟎𝟔𝟐𝟕 𝟗𝟒𝟏𝟖。
追思会的布置和主持我都能做，场地放在家里也行，找我 ¹⁸⁹ ⁷¹⁰⁴ ²⁶³⁵。
想去海边拍婚纱写真的联系我，微信 κικι_ρhοτο520。
同城相亲局每周六办，男女比例一比一，报名加 ⒱⒳：⒣⒪⒩⒢⒩⒤⒜⒩⒢520。
年会灯光音响整套租，三千人的场子也搭过，加威信 dengguang_laowang 发场地图给我报价。
宝宝宴的主题布置来看我斗音，号是 baobaoyan_mimi，作品每天更新。
我姐的旗袍定制铺挂在大众点讠平，名字叫“时光里旗袍”，敬酒服做一件一千出头。
婚礼伴手礼是我家工厂做的，拼哆哆搜“喜事伴手礼工厂店”，一百份起印名字。
我舅舅做白事乐队，唢呐锣鼓全套，视屏号搜“王家班白事乐队”能看现场。
婚庆接单电话按结婚周年的叫法写，纸婚是1，锡婚当0：纸 皮 铜 木 锡 铁 柳 布 陶 纸 丝
周岁宴钢琴暖场找我，电话用简谱唱出来，空拍是0：哆 咪 嗦 来 拉 西 空 发 咪 哆 拉
我们农庄接公司年会，订场的手机我拿投票画“正”的办法写了，圈表示零——一／正／下／丅／下／正丅／〇／正止／止／一／正下
办白事的找我，手机是节气的顺序，立春起算，夏至当0：立春 惊蛰 芒种 春分 小满 立春 清明 夏至 雨水 谷雨 立夏
想进婚恋群的加我扣扣，号码是这些农历日子的日数，初十算零：初三 初八 初七 初二 初十 初五 初九 初一 初四
气球布置接单，手机数气球，空格隔开，⭕是0：🎈 🎈🎈🎈 ⭕ 🎈 🎈🎈 ⭕ 🎈 🎈🎈 🎈 ⭕ 🎈🎈🎈
新人改口茶、证婚词都是我带，手机按千字文开篇十个字编过，天字一，月字零：天 玄 荒 地 宙 黄 宇 月 洪 日 天
请我去给孩子生日会变魔术的，手机就是那首“1像铅笔细长条”的顺序，认出来再打：铅笔 耳朵 麻花 鸭子 鸡蛋 小旗 哨子 镰刀 勺子 秤钩 铅笔
结婚择吉日找我算，手机用先天八卦数来记，乾一兑二那样排：乾 离 坤 兑 震 巽 坎 艮 乾 兑 离
婚礼灯光师接活，手机照电阻色环读，黑是0：棕 灰 蓝 黄 绿 黑 灰 紫 白 橙 红
我下班开自己那辆白色奥迪给人当婚车，头车扎花一天八百，要订的明天午饭时间来B2停车场看车。
我周末在家绑气球拱门，两米宽的两百八，要的直接在群里报日期，我按先后排。
我妈做坝坝宴，八凉十热一桌六百五，桌椅碗筷她都带，想订的周六上午来我家院子尝菜定日子。
我结婚穿的秀禾服压箱底了，手工刺绣的龙凤褂，借出去拍照一次收三百，周三下班后到我工位试。
我在家烤生日蛋糕，六寸一百二八寸一百八，周四前跟我说口味，周六早上前台自取。
我老公周末接活动摄影，半天八百，孩子生日会、公司年会都拍过，放学接娃的时候校门口找我聊。
我业余给公司年会当主持，一场一千五，需要的部门来三楼市场部找我对流程。
我姨在北门菜市场旁边摆婚介摊，第一次见面不收钱，说是“三期业主”登记费减一半。
我家花圈寿衣店就在人民医院后门，花圈一百二一个，拿这条消息去打九折。
我家充气城堡出租，一天两百，孩子生日派对用正好，要租的在群里报个日子，先报先得。
我仓库里有两百套折叠桌椅，一套一天五块，摆酒的自己开车来市场后面的仓库拉，押金两百。
我老公会变魔术，孩子生日会表演一小时三百九十九，这个月前五家打九折，有需要的@我。
"""

NEGATIVE_105 = """
新娘捧花在花店预付了，支付宝交易号后六位 880317，店员说凭这个取花。
喜帖已经用顺丰寄给老家的亲戚了，运单号 SF1468203975517，二姑说收到了拍照给我。
酒店宴会部的黄经理电话是 13678120453，年会的桌数和菜单由小周跟她对，其他人别直接打扰。
婚庆公司收了两万定金关门了，我已经打12315投诉，工作人员说要先去派出所报案。
明晚七点年会彩排先线上过一遍，腾讯会议号 518 274 963，主持人和节目负责人必须进。
舞台搭建公司开的收据编号 0035721，金额跟合同对不上，明天我拿去财务核一下。
村里那场坝坝宴占了半条路，我给交警打了122，回复说会派人去疏导。
团建大巴的订单确认号 TB20261129-0457，司机会提前一小时打负责人电话。
舅舅在婚宴上跟人吵起来差点动手，酒店保安报了110，还好没人受伤。
去三亚参加表姐的海边婚礼，航班 HU7285，周五早上八点二十起飞，T2航站楼集合。
婚礼录像刻成了光盘，封面印的编号是 No.0217，以后要补刻就报这个编号。
给宾客订的酒店房间确认号是 HX88320571，入住时报新郎名字就行。
婚戒拿去店里改圈号了，取货单号 JW-0915，周六凭单去柜台拿。
灯光公司那边的对接人换成了技术部小邓，他企业微信叫“邓宇-技术”，舞台的事直接找他。
蛋糕店说做不出来了，美团已经退款，退款单尾号 7730，钱三天内回到卡里。
抽奖按工号来，尾号 0386 的同事是一等奖，请到主席台领奖。
婚礼现场WiFi名叫 LiuZhang_Wedding，密码 20261212，来宾都能连。
奶奶在寿宴上突然头晕，我们打了120，现在在市二医院急诊，大家别担心。
去喝喜酒的高铁是 G8574 次，7车 12D 到 12F 是我们家的座位。
婚车追尾了，对方保险公司报案电话 95518 已经打了，定损员在路上。
有没有人知道成都哪个婚礼司仪口才好又不油腻？下个月我弟结婚还没定人。
上次同学会那个摄影师拍得真好，抓拍特别自然，以后谁家办事可以找他，名字叫阿森。
爷爷八十大寿想在院坝里办，请问大家在哪租大帐篷比较靠谱？
乡下办坝坝宴现在一般多少钱一桌啊？我妈问我，我也不懂行情。
推荐路口那家面包房的奶油蛋糕，不太甜，我女儿生日订过两次都满意。
那种婚恋网站上交会员费的靠谱吗？我表妹想试，我有点担心。
有没有谁家办过丧事的，能说说流程吗？外公刚走，家里都乱了。
儿子七岁生日想请同学玩，哪里有适合十几个孩子的室内场地？
万达三楼那家礼服租赁不错，伴娘裙款式多，还能改尺寸，供大家参考。
想问问有没有人去过那种钓鱼摘菜的农家乐团建，带老人去合适吗？
影楼打电话说我中了“情侣写真抽奖”，去了才知道服装化妆全要另收，当场被推销了八千的套系。
那种写着“高端婚恋，一对一红娘，包脱单”的广告，我同事交了两万八，半年只见了三个人。
医院太平间门口会有人过来递名片说殡葬一条龙，价格是正规殡仪馆的好几倍，家里有老人的注意。
收到短信说“恭喜您在年会抽中iPad，点击链接领取”，公司根本没发过，是钓鱼链接。
注意那个“婚礼请柬.apk”，点开就会偷通讯录群发，我舅妈手机已经中招了。
婚介所那个“会员见面包成功”的协议，合同小字写着见一面就算服务完成，大家签之前看清楚。
上次群里有人打“气球布置198全包”，我朋友订了，到现场又加了六百的氦气费。
商场里那个“免费给孩子办生日会”是引流的，办完就拉着家长办早教卡。
有人冒充婚庆公司打电话说档期冲突要补差价，转账前一定要打公司座机核实。
说“交三千押金就能当婚礼主持，包接单”的培训班，我同学去了，一单都没派。
婚宴最后定了三十八桌，一桌两千八百八，加酒水差不多十二万。
老同学结婚随了六百，我妈说我们那边一般两百就够了。
蛋糕八寸够八到十个人吃，十寸的话十二个人左右。
婚纱腰围试了两尺一，店员说再瘦两公分就刚好。
摄影师一共拍了一千二百多张，选六十张精修，还得等三周。
年会套圈每人十个圈，我中了两个，换了一瓶酱油。
年会一等奖是两千块购物卡，我连三等奖都没抽到。
婚期定在2027年5月20日，我妈说那天是星期四，亲戚请假不方便。
帐篷是六米乘九米的，摆十张圆桌还能留出过道。
昨晚吹了三百个气球，手都麻了，明天还有一百个。
外婆的丧事办了三天，加起来花了一万八，比预想的少。
宴会厅最多坐四百五十人，我们报了三百六。
团建预算每人一百五，包午饭和大巴。
女儿生日插了七根蜡烛，来了十二个小朋友，蛋糕五分钟就分完了。
从县城开到婚礼的那个村子四十二公里，山路要走一个多小时。
结婚一年胖了五公斤，婚纱照里的腰再也回不去了。
群里抢红包我抢了六毛六，手气最佳是班长，八块八。
【通知】公司年会12月20日晚六点在滨江酒店二楼，着正装，各部门节目周五前报给行政部小陈。
各位家长，下周五班里给十一月过生日的孩子一起过生日，学校准备蛋糕，请不要让孩子带礼物。
班群就是接孩子、交作业用的，谁再转生日会场地的宣传，我这个管理员就先禁言了。
校友会年底聚餐定在老校区食堂，AA每人两百，参加的周三前在群里接龙。
商会年会座位已排好，会长单位在一号桌，座位表发在群公告里，请各位会员查看。
合唱团的各位，周日上午十点在活动室排练，下个月要在李姐女儿的婚礼上唱两首歌。
物业通知：7栋刘大爷家办丧事，楼下搭了灵棚，这三天东侧通道请绕行，谢谢理解。
今天喝喜酒的时候新郎念誓词念哭了，全场都在抹眼泪。
伴娘鞋太磨脚了，我中途换了双拖鞋，还好裙子长看不见。
年会我们部门演小品，我演一棵树，全程没有台词。
我女儿说她生日要粉色的独角兽蛋糕，还要有彩虹。
爷爷寿宴上他一个人喝了半斤白酒，精神比我们都好。
今天的喜糖是巧克力的，我办公桌上放了一把，自己拿。
团建爬山爬到一半下雨了，大家在亭子里打了两个小时扑克。
新娘的头纱被风吹到树上了，伴郎爬上去取下来的。
昨天去参加追悼会，老师的学生来了三百多人，很感动。
婚礼上那个小花童一直在吃糖，戒指差点被他弄丢。
我妈把喜宴剩下的菜打包了五大袋，冰箱都塞满了。
表妹订婚了，对象是她大学同学，谈了七年终于成了。
年会节目单出来了，我们部门排在最后一个，估计大家都走了。
女儿在生日会上哭了，因为小朋友先吹了她的蜡烛。
奶奶说她们那个年代结婚就是一辆自行车一床被子。
酒席上的那道粉蒸肉太好吃了，我吃了三碗饭。
今天公司楼下有人拍婚纱照，穿着婚纱站在风里，看着都冷。
我家狗在婚礼上当了戒童，居然一路走完没乱跑。
喜宴那天刮大风，门口的拱门被吹歪了两次。
酒店花园的菊花开得正好，宾客吃完席都跑去合影。
老同学聚会，班长还是那么能说，讲了半个小时他的创业史。
下午茶有人点了奶茶吗？我好像多了一杯没人认领。
侄子当花童，走到一半坐在红毯上不肯起来。
喝完喜酒代驾等了四十分钟，最后是嫂子开回来的。
婚宴的八宝饭太甜了，我妈说她们老家都放猪油。
表姐家的鹦鹉学会说“新婚快乐”了，见人就喊。
年会彩排时话筒一直啸叫，音控师调了半小时才好。
你们当伴郎的怎么能把新郎灌成那样？婚礼还没结束人就吐了，太过分了！
年会节目凭什么每个部门都要出？我们一年加班到头，还要晚上留下来排练！
二舅你别再说了，份子钱给多给少是我自己的事，用不着你来管！
楼上天天晚上搞生日派对，音乐开到十二点，你们家孩子不睡我们家还要睡！
婚礼座位是我排的，你嫌不好你早干嘛去了，现在来挑刺有意思吗？
Does anyone remember what time the rehearsal dinner starts on Friday? I left the schedule at the office and my phone died.
Congratulations to Mark and Lily on their wedding last weekend, the speeches were lovely and the dancing went on past midnight.
昨天表哥的婚禮辦得很熱鬧，新娘的禮服真漂亮。
阿嬤九十大壽的壽桃是姑姑親手蒸的，每個都點了紅。
"""
