"""Hold-out set 103 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-102 (holdout_data.py's docstring covers sets 1-100; sets 101 and 102 are described
in their own docstrings, which were read here), at the same time as set 104 (written by another helper; this set was
checked by the same script against set 104's lines as they stood at each run from the second on, unread), and kept
unscored until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no
qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout101_lines.py and
holdout102_lines.py were opened only for their module docstrings, printed with ast.get_docstring by the checkout's own
Python (the labelling rules, the history and topics of sets 1-102, the file format, the docstring style and the
disguises and codes already used, to avoid repeating them; their lines and the code below the docstrings were not read).
The three docstrings were first printed together to the tool, which cut their middle, then saved to the writer's own
temporary folder (made with mktemp -d), counted with wc -l and paged there with sed and cat. pyproject.toml was not
opened (ruff format and ruff check were only run on this file, from the checkout's root). The benchmarks folder was not
listed; this file's path and set 104's were checked with test -f before this file was first written (neither existed),
and set 104's again before every run of the script (it did not exist at the first run, which was made without it, and
existed at every later run, to which it was passed); set 104's file was only loaded by the similarity script, which
never printed its lines. The folder holding the similarity script was not listed and no file in it was opened; the
script was only run. No slip to report: nothing outside these limits was opened, listed or run. The lines were drafted
as Python lists in the writer's own temporary folder, with a helper module there that turned digits and letters into the
other scripts below and spelt out the coded numbers from their tables, and written to this file by a small script of the
writer's own (which also checked the counts per kind, that no line repeats and the absence of triple quotes, backslashes
and line breaks); another small script made the rewrites from lists of replacements, another wrapped this docstring to
120 columns of display width, and one-line scripts printed the converted digits, the coded lists and the lines with
their lengths per kind.

The similarity script read this file: it printed this set's lines and ratios, never the earlier sets', the training
lines or the partner's; it was run six times, every time at the default floor of 0.47. No line is copied from earlier
sets, from the training lines or from set 104: at the end no line of this set has a highest difflib ratio at or above
0.47 against any earlier hold-out line, any training line, set 104's lines or this set's other lines (0.469 at most on
the finished file, so under 0.49 too). In the first run, without set 104's file (which did not exist yet), fifty-one
lines stood at 0.47 or more (0.800 at most, a member asking where to buy a wig for a mother after chemotherapy, since
replaced by a question of another subject): twelve positives (a beauty parlour's landline, 0.488; perfume wholesale by
e-mail; a foot-massage shop on 美团, 0.514; a salon on 大众点评; a cosmetics group by its number, 0.523; a make-up
artist's mobile in keycap digits, 0.522, which now uses another digit script; and six of the ten heavily disguised
lines, 0.478 to 0.632, the highest a mobile by playing cards, since replaced by another code) and thirty-nine negatives
(seven of the dangerous-looking lines, three questions, one warning, five number lines, four admins' notices, thirteen
chat lines, three arguments, both English lines and one traditional line). All fifty-one were rewritten with new wording
and mostly a new subject. In the second run, with set 104's file, eight stood at 0.47 or more (0.601 at most, the
playing-card line's first replacement, a mobile in four-bit binary per digit, replaced in turn by the price-list code
below): seven first rewrites (the Roman numerals, the idioms, the binary digits, a colleague's e-mail for a lab report,
a question about a barber, a book club's book, an argument over a dog) and one line that had passed the first run (an
annual party's programme, 0.578 against a line not read). In the third run none stood at 0.47 or more (0.469 at most).
Fifty-two lines were rewritten for similarity, fifty-nine rewrites in all, seven lines twice, none by a synonym swap.
After the third run five lines were reworded for a clearer label (a mini-program's nail bookings, a member's wigs and
camp and a tutor's up-dos made the sender's own sales; a beauty parlour made the family's), checked by the fourth run,
and after it a sixth (a salon's closing dates reported from its notice); the fourth, fifth and sixth runs, the last two
on the finished file with this docstring, found none at 0.47 or more (0.469 at most). Lengths run from 19 to 81
characters for the positives (the longest the month abbreviations) and 12 to 52 for the Chinese negatives (the English
lines 132 and 106, the traditional ones 25 and 16). The lines are meant to be scored once, blind; tuning on their errors
would spoil them.

Set 103 focuses on beauty and personal care sold into groups: hair salons and home hairdressing (the writer's home
haircuts for the elderly with a mobile, a sister-in-law's salon on 大众点评, a wife's scalp care on 小🔴书, a sister's
perms by the heavenly stems, a salon's price-coded services, haircuts for colleagues in a tea room), nails and eyelashes
(a wife's nails with a WeChat id and at a flat after seven, a family nail shop's mini-program, lashes with a
Bengali-digit QQ, a Japanese lash studio in circled letters, a cousin's lashes by Roman numerals, a nail-shop owner's
reversed mobile, a sister's lashes replied for under the message), skincare and cosmetics, 代购 and samples (Korean and
Japanese make-up with a QQ, free serum samples by a short link, the writer's spare masks and lipsticks on 闲鱼, Japanese
pharmacy goods in a QQ group, Korean skincare with a Cyrillic-lettered id, eye creams on 门木鱼, duty-free skincare by
English month names, sunscreen at a desk, lipstick testers in a tea room), facials and beauty parlours (the family's
parlour's landline, a sister's parlour on 镁团, a home facial room met at the finance office), slimming (a camp's 400
line, meal replacement with "V：", a check-in group by 君羊, slimming tea by English number words in Chinese homophones,
the writer's camp signed up by 接龙), spa, foot massage and 养生 (the family's foot spa on 美团, moxibustion live on a
视频号, a scalp spa with a dashed mobile, a brother's foot spa in Tibetan digits, a family foot spa by its price list, a
brother-in-law's foot spa with the group's name as a code word), tattoos and eyebrows (tattoos on 小红书, brows on 快手,
tattoos in Lao digits, brows by idioms, freckle removal by fingers, brows at a salon by the school gate), teeth
whitening (a clinic's 公众号, kits in subscript digits, strips at the guard room), wigs and hair extensions (a family
factory's 拼多多 shop, extensions with a spaced mobile, custom wigs in Devanagari digits, wigs tried on in an activity
room), perfume (decant wholesale by e-mail, perfume from Dubai with a mobile that is also WeChat, niche decants in
double-struck digits, custom perfume by the flower calendar, decants brought to a reunion) and make-up (a B站 tutor, a
bride's make-up in Kannada digits, up-dos on 筷手); beside company dress codes and annual parties, orders, waybills,
invoices, refunds, hotlines and a make-up artist's number passed on for work, members asking for a barber, a
dermatologist, hair washing at home, whitening, a foot spa, brows, sunscreen, children's haircuts and a perfume, beauty
scams warned of, a salon's prepaid cards gone bust, and ordinary chat in company work groups, family groups, parents'
class groups, estate owners' groups, alumni groups and hobby groups (a book club, badminton, cycling, photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's home haircuts with a mobile; a wife's
nails with a WeChat id; make-up 代购 with a QQ; the family's beauty parlour's landline with an area code; a slimming
camp's 400 line with a key to press; perfume wholesale by e-mail; serum samples by a short link, t.cn/…; a mother's soap
shop to search on 淘宝; the writer's spare cosmetics in a named 闲鱼 account; a sister's lashes with a 抖音号; tattoos
to search on 小红书; a foot spa on 美团; a sister-in-law's salon on 大众点评; a family's wig factory's 拼多多 shop;
brows with a 快手号; moxibustion on a 视频号; whitening through a 公众号 with a word to send; make-up courses by an UP主
on B站; nail bookings in a mini-program; a pharmacy-goods group by its QQ group number; meal replacement with "V：";
perfume with a mobile that is also WeChat; hair extensions with a spaced mobile; a scalp spa with a dashed mobile), 14
moderately, with disguises the docstrings read do not list (Devanagari digits १३७…; Bengali digits for a QQ, ৩৯৪…;
Tibetan digits ༡༥༠…; Lao digits ໑໘໘…; subscript digits ₁₃₃…; double-struck digits 𝟙𝟝𝟚…; Kannada digits ೧೩೬…; Cyrillic
letters shaped like Latin ones in a WeChat id, сосо…; circled small letters for vx and an id, ⓥⓧ：ⓜⓘⓝ…; the homophone 筷
手 for 快手; the homophone 镁团 for 美团; 闲 split into 门木, 门木鱼; 群 split into 君羊, 君羊号; a red circle 🔴 for 红
, 小🔴书) and 10 heavily, with codes the docstrings read do not list (a mobile by the ten heavenly stems, 甲 as one and
癸 as zero; a mobile in Roman numerals with N for zero; a QQ by English month abbreviations, Jan as one and Oct as zero;
a mobile by the first character of eleven idioms; a mobile by the last digit of each price on a foot spa's price list; a
mobile by a flower calendar with its key, 梅 as one and 芙蓉 as zero; a mobile by Chinese homophones of English number
words, 万 as one and 贼肉 as zero; a mobile by a salon's numbered services, 洗 as one and 焗 as zero; a WeChat that is a
mobile written backwards; a mobile by fingers, the left thumb as one and the right little finger as zero) and 12 subtle
(an offer with a price or a call to action only): haircuts for colleagues at ten in a tea room at Friday noon; a wife's
nails at sixty-eight at a flat after seven; sunscreen at a hundred and twenty at the writer's desk; a sister's lashes at
ninety-nine, times replied under the message; a brother-in-law's foot spa at a metro exit with the group's name for a
free second guest; wigs at three hundred and eighty tried on in an activity room; perfume decants at forty-five brought
to a reunion, @ the writer; brows at six hundred and eighty at a salon by the school gate after pick-up; the writer's
slimming camp at two thousand nine hundred and eighty by 接龙; whitening strips at a hundred and twenty left at the
guard room; a first facial free at a home beauty room, booked at the finance office; lipstick testers at thirty in a tea
room after a meeting. About a dozen positives are written the way members casually sell in a group (the writer's
haircuts, spare cosmetics, sunscreen, wigs, decants, camp, facial room and testers; a wife's nails and scalp care, the
family's foot spa, a mother's soap, a sister's lashes twice, a sister-in-law's salon, a brother's and a brother-in-law's
foot spas, an elder sister's perms and parlour, a cousin's lash studio).

-   `POSITIVE_103` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_103` (100 lines): 20 that look dangerous at first sight (a 京东 order for a hair dryer, a ZTO waybill for
  samples sent back, a make-up artist's mobile passed on for an annual party, the 12315 line for a salon gone bust, a 美
  团 refund for a massage shop, a work-clothes invoice's number, a salary card's tail, a 12345 case on a barber's
  pavement, the 96110 anti-fraud line, a parcel locker's code, an etiquette class's meeting number, a staff number for
  uniform sizes, a hair-loss clinic's queue number, a salon card's number for a rights group, an 支付宝 refund's tail, a
  lab's e-mail for a report, a lift's maintenance landline, a hotel booking's number, a flight number, the 95338 courier
  line); 10 members asking or recommending (scalp care for a father, an acne doctor, a barber recommended, hair washing
  at home for a grandmother, whitening before wedding photos, a foot spa on a trip, an eyebrow trimmer recommended, a
  sunscreen brand, children's haircuts, a perfume for a father); 10 warnings quoting or describing the scam or ad (free
  skin tests that end in a 3000 set, "喝一周瘦十斤", "充五千送五千", a "美容贷", "0元学美甲包就业", "送大牌小样只付邮费
  ", a foot spa's "排毒药包", "祖传秘方三天长头发", brows at roadside shops, a face cream's "deposit" refund); 17 lines
  with numbers that are not contacts (a haircut's price, weight lost, a serum's price per millilitre, shoe sizes, a
  waist, hair length, SPF, a salon's closing dates, body fat, an annual party's programme, two children's haircuts, hand
  creams, hair-dye spending, lashes grafted, shampoo lasting, water cut hours, a team outing's costs); 7 organisers' and
  admins' own notices (an alumni group's rule banning nail, slimming and skincare promotion, an account removed for
  selling slimming pills, a dress code, a school show's hair rule, an anniversary photo, a badminton session called off,
  a salon's refit in an estate); 27 lines of everyday chat (a colleague's haircut, a dried-up face mask, hand cream for
  a mother, a grandmother's 雪花膏, a portrait session moved, a lost comb, a plait by a daughter, a felled tree, a
  husband's blow-dry, a monitor's hairline, a canteen dish, a cat and a lipstick, sunburn on a ride, nail polish on a
  child's hands, a father's crew cut, a water dispenser, fog, a jam, a shared shampoo, a cobbler retired, a fringe cut
  with toy scissors, a history book, a PPT's colours, first snow, a beauty-camera app, the moon, a colleague's qipao); 5
  heated arguments without any selling (a shared hair dryer taken, a dyed hair mocked, outings decided by a few, a duty
  rota, jokes about looks); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_103 = """
我在家给老人理发，小区里的十块一次，走不动的我上门，电话15869023417
媳妇在家做美甲，款式多还不伤甲，想约的加她微信 nail_tangtang88
日韩彩妆代购，这周从首尔回来还能带几单，QQ 2864193057 报品牌就行
我们家在镇上的美容美体馆搬到邮局隔壁了，座机0577-65213908，老顾客的卡照常能用
二十一天减脂营下期开营，管吃管住有教练盯，报名拨400-687-2155转2
做沙龙香原液的，想进货的小店把店名和需求写邮件给我，perfume_oem_lin@126.com，样品包邮寄
新出的烟酰胺精华免费领试用装，点 t.cn/A6xQ2mRk 填地址就寄
我妈手工做的羊奶皂，洗脸不紧绷，淘宝搜“秦阿姨手工皂坊”就是她的店
买多了的面膜和口红都放闲鱼了，闲鱼号叫“小桃清柜子”，全新没拆
我妹嫁接睫毛五年了，技术没得说，抖音号 jiemao_lily520 看她作品
纹身十年老手，小图案三百起，作品都在小红书，搜“阿坤刺青”
周末想带爸妈去泡个脚的，我家那个店美团上叫“暖足居”，买双人套餐还送刮痧
嫂子刚接手一家烫染店，大众点评上搜“青丝语造型”，咱们群里的人过去都按老客算
假发片、接发都是自家工厂出的，拼多多店铺“丽丝假发源头厂”
半永久眉毛做了八年，快手号 meimei8866 天天直播讲解
养生馆艾灸拔罐每天在视频号“禾安养生馆”直播，预约私信
冷光美白牙齿，关注公众号“笑白齿科”回复“美白”领六折券
在B站当UP主教化妆，收费的进阶课也开了，搜“化妆师小鹿”
我家美甲店的预约搬到小程序上了，微信里搜“指尖小屋”，自己挑时段不用干等
想拼单买日本药妆的进Q群 736820145，每周三统一下单，大阪直邮过来
纯植物代餐粉，吃了一个月瘦了九斤，要的V：shou_ni_2024
香水是我在迪拜亲自买回来的，手机同微信 13574618092
真人发接发，不伤发根，上门也可以，电话 139 6842 0571
头疗SPA新店开张，前二十位半价，订位 186-2047-3985
化疗后戴的真发假发我这儿能定做，电话 १३७२५८०६४१९
接睫毛上门，一百二全包，Q：৩৯৪৬১২৭০৮
我弟的足浴店周末办卡送两次，找他打 ༡༥༠༣༨༧༢༦༤༡༩
小纹身、洗纹身都做，电话 ໑໘໘໐໗໔໓໕໖໒໙
牙齿美白家用套装，成本价出，手机 ₁₃₃₉₄₀₂₅₇₈₆
小众沙龙香分装，想闻哪款找我，📞𝟙𝟝𝟚𝟠𝟞𝟘𝟜𝟟𝟛𝟙𝟡
婚礼跟妆这个月还空几个档期，盘发加妆面一口价，约档期打 ೧೩೬೫೮೨೦೭೪೯೧
韩国护肤品代购，微信 сосоhair_се
日式美睫工作室，ⓥⓧ：ⓜⓘⓝⓐⓛⓐⓢⓗ
我在筷手教盘发，搜“小雅盘发”，教程免费看，发簪发夹小店里也有卖
我姐的美容院在镁团上能团购，搜“颜如玉皮肤管理”
自己用不完的眼霜和精华挂在门木鱼了，搜“阿宁的梳妆台”
减脂打卡君羊每天有营养师点评，君羊号 592730846，进来先改备注
我老婆做头皮护理的，小🔴书搜“阿梅头疗”都是她拍的
老姐上门帮人烫染，她手机我用天干写了，甲到壬是一到九，癸就是零，号码甲丙壬癸己乙庚戊甲辛丁
表妹的睫毛工作室要约得先解她出的题，罗马数字连读成一串，古罗马没有零，她拿N顶替：I/V/VIII/VII/III/N/II/IV/IX/VI/I
日上免税店的护肤品能帮带，扣扣号用月份的英文缩写拼，一月Jan算1，十月Oct算0：Mar Oct Jul Jan Aug May Jun Feb Sep Apr
雾眉线条眉都能做，联系方式藏在这串成语的开头：一见钟情、五湖四海、九霄云外、二龙戏珠、七嘴八舌、四季如春、零零星星、三生有幸、六六大顺、一帆风顺、八仙过海
我家足疗店价目表每项价钱的个位连起来就是老板手机：修脚21 泡脚43 推背59 刮痧15 拔罐38 艾灸60 按头24 采耳36 足浴142 精油97 头疗80
香水定制电话照花信排，梅1杏2桃3蔷4榴5荷6凤7桂8菊9蓉0：梅桃菊榴荷杏桂蓉蔷凤梅
减肥茶电话用英文数字的中文谐音念：万 诶特 耐恩 贼肉 塞文 佛 发夫 兔 思瑞 万 赛克斯
店里项目编了号：洗1剪2吹3烫4染5护6拉7卷8修9焗0，老板手机：洗吹护染卷焗修剪烫拉洗
美甲店老板的微信是她手机号，倒着写的：64085926731
做祛斑的，号码拿指头报：左手大拇指起一到五，右手大拇指起六到九，右小指算零。左拇 左小 右中 左中 右拇 右小 右食 左食 右无名 左拇 左无名
给同事剪头我在行，周五午休在茶水间，十块一位，自带毛巾
我老婆在家做美甲，单色六十八，晚上七点后来三栋二单元501就行
囤多了几瓶防晒，原价两百多，一百二出，午饭时到我工位拿
我妹周末回来接睫毛，九十九一次，想约的在这条下面报时间
小舅子的足疗店就在地铁口，报“七号楼业主群”两人同行一人免单
周日下午我在活动室摆几顶假发给大家试戴，真人发三百八一顶，老人家让子女陪着来
分装了几支香水，五毫升四十五，同学会那天带过去，要的@我
纹眉六百八包补色，接完孩子直接到校门口右手边的美容店找我
我带的二十一天减脂营第三期两千九百八，同事想报的在下面接龙写名字
冷光美白牙贴一盒一百二，放门卫室了，付了钱直接去拿
在家开了个小美容间，同事第一次做脸不收钱，来三楼财务室找我约
公司发的口红试色装用不完，三十一支，开完会茶水间见
"""

NEGATIVE_103 = """
上周团购的吹风机京东单号是JD0213857462901，到了的话前台帮我签一下
寄回去的小样退货走中通了，运单号 78341520693184，麻烦行政盯一下
年会化妆师我已经约好了，她电话13826471590，各节目组自己跟她对时间
那家美容院跑路了，我刚打了12315登记，受理编号发群里大家可以一起跟进
美团上订的按摩店关门了，退款申请单号 2023110877451 已经审核通过
上个月定做工装的发票到了，号码 33021846，抬头错了一个字，得让供应商重开
报销款打到工资卡尾号6637那张，明天到账，别再问我了
12345回复了，理发店门口占道的事情编号 HZ20231109034 转到城管了
我妈接了个自称美容院客服的电话，我让她挂了回拨96110核实，果然是假的
丰巢柜里有我一瓶洗发水，取件码 662907，哪位下楼顺路帮忙带到十五楼
下午三点形象礼仪线上课，会议号 913-208-564，密码是部门简称，不用开摄像头
工服尺码登记按工号来，我工号 A20731，S码
陪老妈在三院看脱发门诊，已经叫到C开头了，她是C112，估计还得等一小时
维权群里统计会员卡号，我的是 VIP008452，余额三千二
聚餐AA退款已经原路退回，支付宝交易号末四位 8821，看看收到没
客户要的样品检测报告，我让实验室直接发你邮箱 zhangqi@huamei-lab.com 了，查收一下
三号楼电梯又停了，我打了轿厢里贴的维保电话 0571-85663290，说下午两点来修
酒店确认号 HT938274，房间是两人一间，身份证别忘带
下周一飞机 CA1708 早上七点五十，大家六点前到航站楼
快递员说我的包裹被代签了，打了物流客服95338也没查到
有谁知道哪家能给老人做头皮护理的？我爸头皮屑多得跟下雪似的
闺女脸上起痘痘，有推荐靠谱的皮肤科医生吗，公立医院的就行
我上次去的中山路那家理发店挺好的，师傅不推销办卡，推荐给大家
想给外婆找个能上门洗头的人，她腿脚不便下不了楼，谁家用过这种服务？
冷光美白做完会不会敏感？下个月拍婚纱照，想提前弄一下，问问过来人
出差住的酒店附近有没有正规的足疗店，累了一周想去放松一下
推荐一下医院门口那个老师傅，修眉十块钱，手特别稳
防晒霜大家都用哪个牌子，我晒黑两个度了
孩子头发长了，小区里有没有给小孩剪头耐心点的地方
给我爸选香水有什么建议吗，他不喜欢太甜的味道
注意了，有人在商场门口拉人做免费皮肤检测，做完就说你毛孔堵了要买三千的套盒
千万别信“喝一周瘦十斤”的减肥茶，我同事喝到拉肚子住院了
那个美容院让办卡的时候说“充五千送五千”，现在老板已经联系不上了
小心“美容贷”，说先做项目分期还款，其实是帮你在网贷平台借钱
朋友圈那种“0元学美甲包就业”的，学费最后都是让你贷款交
有个号在群外加我，说“送大牌小样只付邮费”，付完款就把我拉黑了
提醒一下，足疗店技师推荐的“排毒药包”别买，就是普通中药渣
所谓“祖传秘方三天长头发”，我爸花了八百，一根也没长
做纹眉的去有资质的医疗美容机构，路边小店感染了很难弄
我邻居被骗了，对方说她在直播间买的面霜要退保证金，转了两千多才反应过来
昨天剪头花了八十八，洗剪吹还送了个护理，还算值
减了三个月，体重从七十二公斤降到六十四了
这款精华三十毫升卖四百九，算下来一毫升十六块多
老婆鞋码三十七，我买成三十八了，还好能换
跟着视频跳了一个月操，腰围从八十一缩到七十四厘米
我头发留到腰了，大概六十厘米，夏天热死
防晒SPF50的和30的差别没那么大，关键是要补涂
楼下那家美发店门口贴了告示，十二月一号到五号装修停业，六号恢复营业
称了一下体脂率，二十八点六，教练说女生二十五以下才算标准
年会节目一共十二个，我们部门排第七，演出服下周二才到
周末带两个孩子去理发，一大一小一共花了六十五
护手霜买了三支，一支放办公室一支放车里一支放包里
染一次头三百六，我一年染四次，一千四百多没了
睫毛种了一百二十根，两周掉了一半
这瓶洗发水一千毫升，我一个人用了快四个月才见底
晚上十点半到十一点小区停水，记得提前接水
上周团建一共花了一万三千八，人均二百三
群公告：本群只聊本届校友的事，谁发美甲、减肥、护肤这类推广，管理员直接踢，不打招呼
刚把一个天天私信大家卖减肥胶囊的人请出去了，被他加过的注意别买
【行政通知】下周起周一至周四穿正装，周五可着便装，拖鞋短裤一律不行
各位家长，周五文艺汇演，女生统一盘头，男生短发，不用化妆，老师会帮忙涂口红
学院八十周年庆的合影定在周日上午十点，统一穿校友会发的红色T恤，别迟到
羽毛球群通知：下周三场馆检修，活动暂停一次，场费已按人数退回各位余额
物业通知：三号楼底商原理发店装修，施工时间早八点到晚六点，请谅解
你们看到老王今天新发型没，我差点没认出来
昨晚敷着面膜睡着了，早上起来脸上贴着一张干纸
妈，我周末回去，给你带了一瓶护手霜，冬天手别老泡冷水
奶奶说她年轻时候用的是雪花膏，一盒能用一年
行政说下午两点的形象照改到明天拍，今天穿西装的可以换回来了
谁在洗手间落了一把粉色梳子，我帮你放前台了
我闺女给我编了个麻花辫，丑是丑了点，我还是顶着去上班了
楼下那棵老槐树被砍了，夏天少了好多阴凉，可惜
我老公第一次帮我吹头发，差点把我头发卷进吹风机里
毕业十年了，班长的发际线比当年后退了一大截哈哈
今天食堂出了个新菜，酸菜鱼配米线，居然还挺好吃
猫把我的口红当玩具，推到沙发底下找不到了
周六骑车环湖的记得涂防晒，上次回来一个个晒成熊猫眼
女儿非要学她妈妈涂指甲油，结果涂了满手
爸今天去剪了个板寸，说凉快，精神多了
三楼饮水机没热水了，有人知道后勤该找谁吗
雾太大了，早上开车十米外都看不清
刚下班，路上堵成停车场了
大学时候宿舍六个人共用一瓶洗发水，想想都好笑
小区门口修鞋的大爷不干了，说回老家带孙子去
儿子拿玩具剪刀把自己刘海剪秃了一块，明天还要拍毕业照，愁死我
这个月书单里那本讲香料贸易的历史书太厚了，我才啃到第三章
季度复盘的PPT我改了三版，老板还是嫌配色太花
今年第一场雪，我爸一大早就跑去公园拍雪景，说这会儿光线最好
我妈学会用美颜相机了，发来的照片我都认不出来
摄影群的朋友，今晚月亮特别圆，适合拍
隔壁部门那个常穿汉服上班的姑娘，今天换了一身旗袍，真好看
谁把公用卫生间的吹风机拿走了？那是大家凑钱买的，赶紧还回来
你在群里阴阳怪气说谁呢？我染个头碍着你什么事了
团建去哪玩每次都是你们几个定，问过其他人意见没有？别老这么搞
凭什么值日表每次都把我排周五？别人轮着来，我天天最后一个走，说不过去吧
别老拿我外貌开玩笑行吗，我已经忍很久了
Has anyone tried the new nail place next to the gym? My sister swears their gel lasts three weeks, which sounds too good to be true.
Heads-up: the photographer for our team headshots arrives at ten, so maybe skip the lunchtime gym session.
阿嬤今天去燙了個捲髮，回來一直照鏡子，開心得不得了
媽媽說天氣乾燥，出門記得擦護手霜
"""
