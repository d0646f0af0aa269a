"""Hold-out set 76 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-74 (see holdout_data.py; sets 69 to 74 were studied in this
session), at the same time as set 75 (written by another helper; this set was checked by the same script against set
75's lines as they stood when this one was finished, unread: highest ratio 0.465 at the end), and kept unscored
until it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data
generator, test or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui,
ran no qungui command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for
its module docstring (the labelling rules and the history and topics of sets 1-74, which also names the disguises
and calls earlier sets' errors led to), printed with ast.get_docstring, and holdout73_lines.py and
holdout74_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and calls already used, to avoid repeating them; their lines and the code below the docstrings were
not read; the three docstrings were saved to the writer's own temporary folder to be paged through, nothing else in
them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the checkout's
root). The benchmarks folder was not listed; set 75's file was only checked for existence by its exact path
(test -f, before every run of the script; it did not exist at the first run and existed at every run after) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run, with set 75's file from the second run on. No slip to
report: nothing outside these limits was opened, listed or run. The lines were drafted in the writer's own temporary
folder and written to this file by a small script of the writer's own, and the similarity script then read it: it
printed this set's lines and ratios, never the dumps' or the partner's lines; it was run at the required floor of
0.49 and then at 0.47, to find the lines standing just below it. No line is copied from earlier sets or from the
training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.469),
against every line of the training dump at most 0.49 (highest 0.464), against set 75 at most 0.49 (highest 0.465),
and no two lines of this set exceed 0.49 against each other (highest 0.343).

Thirty-five lines were rewritten for similarity, eight of them twice and three of those a third time (forty-six
rewrites), each time with new wording, not a synonym swap; besides, after the last pass a subtle positive was made
plain as the writer's own goods (home-dried beef jerky for a class's children, where the first wording did not say
whose it was), then checked again at 0.47 (none stood there). In the first pass, on this file alone (set 75's file
did not exist yet), thirty-one stood at 0.49 or more (0.717 at most, the school's 公众号 with next week's lunch menu,
against the hold-out dump), twenty-five against the hold-out dump and ten against the training dump, four of them
against both (the property's water-cut notice, 0.692; paying water through the property's 公众号, 0.645; where to eat
at lunch; the osmanthus in bloom; besides a bakery opened at the gate, the fishing club's outing, a meeting moved,
the water company's hotline, a question about real free-range eggs and the bottled-water delivery, 0.500): four
positives (a mobile in keycap emoji digits, 0.531, and one in Roman numerals, 0.494: both may have been used before,
so both were dropped, for Ol Chiki digits and for Kannada digits; the group-buying QQ group, 0.507; the bottled
water) and twenty-seven negatives (the lunch menu, a 12315 complaint over sour yoghurt, cartons piled on the stairs,
paying gas in 支付宝, a day's steps, picking beans at home, the first English line, a refund-call scam, the price of
spring onions, where to eat, a water bill, the water cut, the removed advertiser, a day's shopping bill, a child's
marks, the group rule, a salty braised pork, days of leave, the osmanthus, paying water through the 公众号, the second
English line, an invoice's tax number, and the five negatives against the training dump alone). In the second pass,
with set 75's file passed from then on, six rewrites of the first pass at 0.49 or more, all negatives, all against
the hold-out dump (besides, the second English line's first rewrite, at 77 characters, was reworded to fit the
length, a rewrite not counted above): the tax number (0.667, now a supplier's wrong last four characters), the water
bill (0.625), the refund-call scam (0.605, now a crab-voucher text), the meeting (0.531), the first English line
(0.521) and the steps (0.517). In the third pass one: the first English line a third time (0.551, now a balcony's
cherry tomatoes). After a run at 0.49 found none, in the fourth pass, at 0.47, six standing between 0.471 and 0.486:
among the positives a mobile in the solar terms counted from 立春 (0.483 against the hold-out dump: that code may have
been used before, so it was dropped, first for the lunar months' flower names, 正月 桃月 榴月…) and the writer's family's
braised-meat shop on 饿了么 (0.476); among the negatives a client's SF waybill (0.486), the fake supermarket staff with
an "employee price" (0.473, against the training dump), the second English line again (0.471) and the crab-voucher
text (0.471). In the fifth pass two: the lunar-month code (0.478 against set 75, which may use a like code: dropped
for hand-gesture emoji) and the second English line a third time for similarity (0.481, and at 76 characters over
the length). In the sixth pass, at 0.47, none. Lengths run from 28 to 59 characters for the positives and 13 to 75
for the negatives. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 76 focuses on groceries and daily fresh food sold into groups: community group-buying leaders (团长) with cut-off
times (a lychee group-buy closing at ten, a pick-up point's mini-program, a QQ group and a second group for fruit
and vegetables), vegetables and fruit from a relative's farm or the seller's own (a cousin's vegetable plots on
Chongming, a cousin's Gannan navel oranges, Yantai apples picked live on 抖音, Hami melons, an orchard's peaches
picked by old classmates, a father's sweet corn), fresh eggs (free-range eggs at dawn by a landline, eggs left in
baskets at the door, salted duck eggs), meat and fish delivered at dawn (hot-fresh pork from the abattoir, Zhoushan
fish in a 快手 live room, sea cucumbers on 视频号, live fish and shrimp, river fish from a tricycle at the market,
free-range chickens, Inner Mongolian mutton, yak jerky), milk and yoghurt subscriptions (a ranch's 公众号, home-made
sugar-free yoghurt, near-date yoghurt from the shop), bakery and steamed buns made at home (toast and bagels on 淘宝,
wholemeal bread on 小红书, sourdough buns, steamed buns in the estate, bread hung in a basket at the bike shed), rice,
oil and flour in bulk (Wuchang rice on a short link, rapeseed oil on a nickname of 拼多多, rice and peanut oil unloaded
at the basketball court, rice and flour wholesale), frozen dumplings (a 微店 of dumplings and wontons, a mother's
dumplings from a car boot), snacks for children (a 拼多多 snack shop, imported snacks wholesale, home-dried beef jerky
sent to school), leftover stock from a supermarket job (near-date snacks on 闲鱼, yoghurt paid by red packet), bottled
water delivery (a delivery card, empty buckets left at the door) and home-made pickles, cured meats, tofu and
millet, beside ordinary chat in owners' and neighbourhood groups, company work groups (including a canteen
committee), a supermarket's own staff group, family groups, a parents' class group, an alumni group and hobby groups
(cycling, fishing, badminton).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a 团长's lychee group-buy with a spaced mobile
and the building to note; a cousin's vegetable plots with a WeChat id; free-range eggs with a landline; pork at dawn
with a QQ number; a ranch's 公众号 with a word to reply for a trial; "微信小程序搜" a group-buying pick-up point; apples
picked live on an 抖音号; fish in a 快手 live room with its number; Wuchang rice on a short link, t.cn/…; vegetables for
a company canteen by e-mail; "闲鱼搜" near-date stock from a supermarket job; "拼多多搜" a children's snack shop; "淘宝搜" a
home bakery; "小红书搜" home-made bread; a 视频号 live stream of sea cucumbers by its name; the writer's own 微店 link for
frozen dumplings; a cousin's navel oranges with a spaced mobile and "微信同号"; a colleague's family rice with a WeChat
id; bottled water with a spaced mobile; steamed buns with "V："; "美团搜" the writer's own fruit shop; the writer's
family's braised-meat shop named on 饿了么; a group-buying Q群 number; home-made yoghurt by "微信搜" and a mobile), 14
moderately, with disguises the docstrings read do not list (Devanagari digits १३९…; Bengali digits ১৮৭…; Tibetan
digits ༡༥༨…; Mongolian digits ᠑᠓᠖…; double-struck digits 𝟙𝟠𝟘…; subscript digits ₁₃₅…; parenthesised digits ⑴⑶⑼…;
Kannada digits ೧೫೯…; Ol Chiki digits ᱑᱕᱓…; counting-rod numerals 𝍠𝍦𝍢…; the homophone 维新 for 微信; 抠抠 for QQ; 拼多多
written 拼夕夕; 群 split into 君羊) and 10 heavily, with codes the docstrings read do not list (a mobile in the heavenly
stems, 甲 丙 辛…, 癸 as zero; a mobile as a hand of mahjong tiles read for their pips, 🀇🀔🀡…; a mobile as playing cards,
♥A ♠8 ♦6…, ten as zero; a mobile hidden in a day's vegetable prices with the decimal points dropped; a mobile as the
product 112233 × 123456; a mobile with every digit written one less; a WeChat id as the pinyin initials of a slogan
plus the year; a mobile as the stroke counts of eleven characters, 一 山 茶…; a mobile in Chinese hand-gesture emoji,
☝️👌🖐️🤙🤌…; a WeChat id written backwards) and 12 subtle (an offer with a call to action only, none quoted by the
docstrings read): bread hung in a basket at the bike shed at half past six, five yuan dropped in a tin beside it;
free-range eggs put in an empty basket left at the door by nine at night, the money left in the basket; a mother's
frozen dumplings from the writer's open car boot in the B2 car park at half past twelve; near-date yoghurt at three
a pot, paid by a red packet in the group with the number of pots noted, brought out after the shift; home-dried beef
jerky, the number of bags written on the last page of a child's exercise book, brought to school by the writer's
child; river fish from the writer's tricycle at the north gate market's third crossing at half past five; Wuchang
rice and peanut oil unloaded at the estate's basketball court on Saturday at ten, carted away by the buyers; peaches
picked in the writer's orchard by old classmates, the entry fee counted against the fruit, second house right of the
village's big pagoda tree; twenty braised eggs brought to the next ride, the writer in yellow at the supply stop; a
father's sweet corn from the writer's open boot at the factory gate at knock-off time, a white van; twenty jars of
the writer's chilli sauce brought to a family reunion dinner, orders told at the table; bottled water for empty
buckets left at the door with a note on the handle, changed at three every afternoon. About a dozen positives are
written the way members casually sell in a group (a cousin's vegetable plots, a cousin's oranges, a colleague's
family rice, an aunt's honey and eggs, the writer's own fruit shop, braised-meat shop, 微店 and yoghurt, a mother's
dumplings, a father's corn, the writer's own bread, beef jerky, orchard and chilli sauce).

- `POSITIVE_76` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_76` (100 lines): 20 that look dangerous at first sight (a canteen vegetable supplier's mobile passed to
  a colleague for invoices, a 京东 order number for a department's snacks, a client's SF waybill for returned sample
  vegetables, the group company's 公众号 post on a new canteen, cherries' price paid at 盒马, a 12315 complaint, a
  customer's mobile in a supermarket's staff group for a lost wallet, the property's service account for water fees,
  the company's mini-program for staff points, a rice and oil supplier's landline passed to purchasing, a supplier's
  wrong tax-number digits on an invoice, the school's 公众号 with the lunch menu, a food licence number checked on the
  regulator's site, a courier's mobile passed to a neighbour, the water company's hotline 96390, a membership card's
  last four digits, a rice cooker's price, gas paid in 支付宝, mandarins' price from a group-buy already bought, meal
  cards topped up in 企业微信); 10 members asking or recommending (real free-range eggs for a sister-in-law, fresh milk
  delivered to the estate, a fair stall at the market, rice for a three-year-old, a birthday cake shop, a dumpling
  restaurant on the corner, a water purifier against bottled water, whether the lychee group-buy is worth it, an
  honest fishmonger, flour by the sack at 山姆); 10 warnings quoting or describing the scam ("土鸡蛋9.9元三十枚", a fake 团长
  gone with the prepayments, "扫码进群免费领鸡蛋", "有机蔬菜包月配送", "临期食品一折清仓", a milk depot's prepaid card gone bust, a fake
  "员工内购价", "农户自产自销", a crab-voucher text with a link, refilled old water buckets); 17 lines with numbers that are
  not contacts (steamed-bun dough, a shopping bill, eggs to a tray, fridge temperatures, a child's marks, the market
  at six, a day's steps, a cold morning, spare ribs frozen in bags, a canteen survey's returns, a meeting moved,
  days of leave, soy sauce missing at stocktaking, an alumni reunion's turnout, dumplings to a jin of flour, a
  badminton session's court fee, a quarter's water bill); 7 organisers' and admins' own notices (a group rule
  banning fresh-food group-buy, bottled-water and fresh-milk ads, a removed account that pushed a "生鲜低价团" QR code, a
  supermarket's stocktaking overtime, the canteen committee's menu vote, a class teacher's lunch fees, the
  property's water cut, a fishing club's outing); 27 lines of everyday chat (some about greens, beans, watermelon,
  dumplings, bread, cured sausages, fish soup, vegetable prices and the canteen); 5 heated arguments without any
  selling (cartons on the stairs, a canteen server's shaking ladle, a group-buy's shares mixed up, cake eaten from a
  shared fridge, a dog in a vegetable patch); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside
group or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member
asking for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for
work. Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_76 = """
团长：明天的荔枝团今晚十点截单，桂味二十九块九三斤，要的加我 138 2716 4059 备注楼号
我表哥在崇明承包了几十亩菜地，青菜鸡毛菜都不打药，加他微信 cm_caiyuan88 每周配一箱送上门
新鲜土鸡蛋每天一早从郊区拉来，三十个一板四十五元，订蛋电话 021-5788 3364
每天凌晨四点屠宰场直送的热鲜猪肉，前腿后腿排骨都有，Q 2874301956 下单，早上七点前到小区
牧场鲜奶按月订，每天早上放奶箱，关注公众号“晨露牧场”回复“订奶”领三天试喝
社区团购新开了自提点，微信小程序搜“邻里鲜到家”，每天下午四点前下单第二天一早取
我们家在烟台种苹果，每天下午两点果园直播摘果，抖音号 yantai_guonong
舟山渔船靠岸直播开箱，带鱼鲳鱼现捞现发，快手搜“老陈海鲜铺”，直播间号 58391207
五常稻花香新米上了，十斤一袋，下单链接 t.cn/A6xK2mP 满两袋包邮
单位食堂要长期配送蔬菜的，我们合作社可以开票，报价单发邮箱 hezuoshe_caigou@163.com
超市上班攒下的临期零食和饮料，全部半价出，闲鱼搜“阿敏临期好物”，同城可自取
给孩子的无添加小零食，海苔肉松饼米饼都有，拼多多搜“果果妈零食铺”，拍前看评价
手作吐司和贝果，每天只烤二十份，淘宝搜“巷口小烤房”，同城当天闪送
家里做的全麦面包和发面馒头，做法和订购都发在小红书，搜“糖姐的厨房”
今晚八点视频号直播卖大连海参和鲍鱼，搜“渤海湾老赵”就能进直播间
手工包的三鲜水饺和荠菜馄饨，速冻装一袋五十个，我的微店：weidian.com/s/2047731
我堂弟在赣南种脐橙，今年个大皮薄，十斤七十包邮，电话 159 7032 1846 微信同号
我们部门小周家里种的东北大米，真的好吃，想订的加他微信 zhou_mi_2024 说是同事
十八升的山泉水送货上楼，单桶十五，充一次十桶送两桶，要水直接打 186 0915 3372
纯手工老面馒头、花卷、糖三角，小区内免费送，V：mantou_lijie
楼下的水果店是我开的，美团搜“阿芬鲜果”，下单满三十免配送费，十分钟送到
我家卤味店上饿了么了，店名“王记卤味熟食”，邻居点单写上二号楼，送一份拌黄瓜
一群满员了，开了个新的蔬果团购Q群：736285190，进群每天早上看当日团品
自家做的无糖酸奶，一周配送七瓶八十块，要订的微信搜 suannai_xiaomei 或者打 137 5518 2960
农家散养走地鸡，一只一百二，宰好送到家，电话 १३९ ४५२७ ८०६१
大姨家的土蜂蜜和土鸡蛋，都是山里自己家的，要的打 ১৮৭ ৩০২৬ ৫৯৪১
高原牦牛肉干和青稞面，老乡直发，手机 ༡༥༨ ༢༦༧༣ ༠༩༤༥
内蒙古羊肉年前预订，整只半只都行，电话 ᠑᠓᠖ ᠘᠒᠔᠐ ᠗᠕᠑᠓
每天凌晨进货的活鱼活虾，送到小区门口，订货 𝟙𝟠𝟘 𝟞𝟛𝟚𝟟 𝟜𝟡𝟝𝟠
自己家蒸的包子，肉包两块素包一块五，电话₁₃₅ ₂₇₈₄ ₆₀₉₂
老家寄来的红薯粉条和干豆角，手机 ⑴⑶⑼⑵⑺⑸⑹⑷⑻⑴⑶
土鸡蛋、咸鸭蛋、松花蛋都有现货，号码 ೧೫೯ ೬೭೨೮ ೩೪೧೫
哈密瓜从吐鲁番果园装车，两个一箱，要的打 ᱑᱕᱓ ᱐᱙᱗᱒ ᱖᱘᱔᱑
山东大葱和白菜整车拉来，论斤批，号码 𝍠𝍦𝍢𝍤𝍧𝍡𝍨𝍥𝍣𝍠𝍢
自家腌的腊肉香肠，今年做了两百斤，加维新 larou_xiaowang 看货
批发进口零食团购，价格比超市低三成，抠抠 3029487165 拉你进团
拼夕夕搜“老宋粮油”，五升装压榨菜籽油，邻居拍下我亲自送
水果团每天晚上开团，想进的加君羊，君羊号 856234917
老家散养土鸡蛋，一块二一个，电话按天干排（甲是1，癸是0）：甲丙辛癸己丁戊乙壬甲庚
自家腌的咸鸭蛋，手机号就是这手牌从左往右的点数：🀇🀔🀡🀈🀖🀟🀊🀕🀛🀎🀑
打掼蛋顺便卖点自家灌的香肠，电话照牌面报，10当0：♥A ♠8 ♦6 ♣10 ♥3 ♠9 ♦2 ♣5 ♥7 ♠4 ♦A
订菜电话藏在今天价目里，去掉小数点连着读：青菜1.3 土豆8.6 冬瓜0.9 萝卜2.4 芹菜7.5 葱1
批发大米面粉，一次拉货五百斤起，电话等于112233乘以123456，自己算一下
送水电话每位都少写了1，打的时候每位加回去：04726153807
微信号是“新鲜蔬菜天天送”每个字拼音首字母，后面跟今年年份，加了有菜单
家里磨的卤水豆腐，电话按每个字的笔画数念：一山茶豆米瓜鱼人木山米
老家的小米和杂粮，电话按我们那儿的手势比给你们：☝️👌🖐️🤙🤌✌️✊☝️👌🖐️🤙
果园的微信号倒着念就是了：8oal_nauyoug，苹果梨子都有
我每天早上六点半烤完面包就挂在自行车棚门口的篮子里，拿一个往旁边铁盒里放五块就行
想要土鸡蛋的，晚上九点前把空篮子放自家门口，第二天早上蛋就在里面，钱也放篮子里
老妈包的冻饺子，中午十二点半B2停车场我车后备箱开着，一袋三十，先到先拿
店里临期的酸奶还剩二十几盒，三块一盒，要的直接在群里发红包，备注几盒，下班我带出来
我家自己晾的手工牛肉干，想给孩子带点的家长，把份数写在孩子作业本最后一页，我家娃第二天带到学校
明早五点半我的三轮车停北门菜场第三个路口，江里刚打的鱼，先到先挑，来晚就没了
这周六上午十点拉一车五常米和花生油到小区篮球场，整袋整桶批发价，自己推车来搬
老同学们周末来我乡下果园自己摘桃子，进园二十块抵果钱，村口大槐树往右第二家就是
下周日骑行我多带二十个自己卤的鸡蛋，十块三个，到补给点找穿黄衣服那个就是我
我爸地里的甜玉米今天掰的，下班时我车停厂门口后备箱打开，十块五根，认准白色面包车
周六吃团圆饭我带二十瓶自己做的辣椒酱，三十一瓶，亲戚们要几瓶吃饭时跟我说
要水的把空桶放家门口，桶把上挂张纸写几桶，每天下午三点统一上楼换
"""

NEGATIVE_76 = """
小李，食堂蔬菜供应商刘经理电话 139 0217 6648，这个月发票你直接找他对
上周买的部门下午茶零食，京东订单号 286491037752，报销单已经交财务了
客户退回的那箱试吃蔬菜走的顺丰，运单 SF1409 2763 8851，到了记得拍照签收
集团公众号今天推了新食堂的开业介绍，大家有空看一下，下周一开始刷工卡吃饭
昨天在盒马买的车厘子八十九一斤，回来一看好几个烂的，有点亏
酸奶拆开发现胀袋了，日期还没过，拍照留证后走12315平台投诉，三天就给处理了
3号收银台顾客落了个钱包，她手机 158 3306 2714，谁当班联系一下让她回来取
交水费认准物业服务号里的缴费入口，有人拿收款码上门收的千万别扫
员工积分在公司小程序“员工之家”里查，月底清零前记得兑换
采购部把米面油供应商的座机给你了：0571-8623 4190，你周五前约他来谈合同
菜款发票又被财务退了，供应商把我们纳税人识别号的末四位写成了7XSQ，让他重开
下周的营养午餐清单学校已经挂在官方公众号上了，孩子挑食的家长可以提前跟孩子商量
买熟食记得看包装上的许可证编号 SC10433010600215，可以在市场监管局网站查
快递员说你的生鲜放在我家门口了，他电话 186 5021 3347，你回来给他回个话
水管爆了先关总阀，再打自来水公司的96390报修，门上贴的那些疏通电话都是高价
会员卡尾号 6621 是谁的，落在员工休息室了
上个月买的电饭煲才两百九，煮五常米挺香
燃气表没钱了也不用跑营业厅，支付宝里绑户号直接充，半分钟的事
上周团长那拿的砂糖橘二十九块九五斤，挺甜，就是小了点
饭卡充值用企业微信里的“食堂充值”，别再找人代充了
想给坐月子的嫂子买点真正散养的鸡蛋，各位平时都去哪儿买
有没有邻居在订鲜奶的，能送到我们小区吗？想给孩子订
推荐菜市场东头第二十三号摊，秤足，阿姨人也实在
小孩三岁吃什么米好一点？胚芽米值得买吗
孩子周末过生日，大家有没有做蛋糕靠谱的店推荐一下
街角那家东北饺子馆的酸菜馅很正，推荐大家去尝尝
家里装净水器好还是继续订桶装水好？纠结
群里的荔枝团有人买过吗？值不值二十九块九
早市上哪个卖鱼的不缺斤少两？求指路
面粉我一般在山姆买二十五斤装的，做馒头很划算，供参考
别信“土鸡蛋9.9元三十枚”那种，我妈买过，一半是散黄的
隔壁小区有个假团长收了几千块预付款，群一解散人就找不到了
“扫码进群免费领鸡蛋”都是骗老人买保健品的，家里老人提醒一下
所谓“有机蔬菜包月配送”，第三周就开始送菜市场的普通菜了
看到“临期食品一折清仓”的小心，有些根本就是过期改了日期
楼下那家奶站的预付卡别办了，上个月关门了，老板电话打不通
最近有骗子自称是咱们超市的理货员，说帮你走“员工内购价”，钱一转人就消失
说是“农户自产自销”的，其实都是批发市场拿的货，别多花冤枉钱
谁收到“蟹卡过期、速点链接激活”这种短信别理，我同事点了一下卡里钱就没了
送水的如果桶很旧很脏，可能是回收桶灌的自来水，别贪便宜
蒸馒头面粉五百克，酵母五克，水两百六十毫升，发一个小时
拎着两袋菜回家一算八十七块五，就几样青菜和半斤排骨
鸡蛋一板三十个，我们家三口人一周差不多吃完
冰箱冷藏调到四度，冷冻零下十八度，肉能放久一点
儿子期中数学九十六，语文作文扣得多只有八十九，晚上奖励他吃火锅
早上六点菜市场人就满了，七点去已经挤不动
为了省几块钱陪我妈一连逛了三个菜场，回家一看手环，一万四千多步
明早气温只有三度，出门买菜多穿点
五斤排骨分成六袋冻起来，每次炖一袋刚好
食堂满意度问卷一共回收了二百一十三份
下午那个周会挪到三点半了，地点换成十六层朝东那间，记得带上季度数据
我还有四天年假没休，打算十月中旬拼个长假带爸妈出去走走
这周超市盘点少了十七瓶酱油，明天再核一遍
同学聚会这次来了四十二个人，比上次多一半
包饺子一斤面大概能包六十个左右
羽毛球周六上午九点到十一点，场地费每人二十五
两口人一季度用水一百四十二块？我怀疑水表走得不对，明天找物业来看看
群公约第三条：生鲜水果拼单、桶装水和鲜奶推销一律不许发，第一次警告第二次请出群
管理员：冒充邻居往私聊里发“生鲜低价团”二维码的那个号，我已经踢掉了
各位同事，本周六晚上盘点，生鲜区全体加班到十点，调休下周安排
伙委会通知：下月菜单投票已开始，请在周五前在食堂门口投票箱投票
班主任通知：下周起午餐费按实际天数收取，具体金额看家长通知单
物业提醒：二期管网检修，周四全天小区东区供水中断，高层住户请把水桶接满
钓协周日水库活动：六点半东门上车，自带马扎和午饭，钓位现场抽签
今天的青菜好嫩，清炒一下就很香
三号楼转角那株桂花一夜全开，晚上散步走到那儿就不想挪脚
早上去买豆浆，排了好久的队
晚饭那份红烧肉齁咸，就着三碗白饭才吃完，厨师今天手滑了吧
周末被抓回老家干活，蹲在地里掐了一下午豇豆，站起来眼前发黑
这几天的西瓜没以前甜了，季节过了吧
我家孩子不爱吃蔬菜，有什么办法吗
谁把酸奶落在会议室冰箱里了，都放一个星期了
今天超市人特别多，收银排到了门口
我包的饺子又破皮了，水太多了
东门新开的烘焙坊每天傍晚出炉，整条街都是黄油味，减肥的人太难了
饭点到了，今天谁带路？食堂的土豆丝我实在吃腻了
昨晚下雨，菜园里的番茄裂了好几个
我妈寄来的腊肠收到了，今晚蒸一根
楼上又在剁肉馅，估计是要包饺子
早上的鱼汤熬得很白，孩子喝了两碗
今天下班顺路去菜场，看看还有没有便宜的菜
周末同学带了她自己烤的饼干来，好好吃
快过年了，家里又开始灌香肠了
我老公说下次买菜让他去，结果买回来一堆零食
蒜和姜这个月又贵了，买一小块姜结账时我还以为称错了
爷爷在阳台种的小葱长出来了，够炒两个菜
老同学们，下个月回学校食堂吃一次怀旧餐怎么样
钓回来的鲫鱼太小了，全放生了
今早骑车经过菜市场，全是卖草莓的
公司楼下的便利店关东煮开始卖了
孩子放学回来第一句话就是饿了
楼道是消防通道不是你家仓库！那一摞纸箱再不挪我就叫物业拉走了
食堂打菜的阿姨手抖成这样，一勺肉就两块，谁受得了
团购的菜分错了就说分错了，凭什么说我多拿？我拿的是我自己的那份
冰箱里的东西吃之前能不能问一声？我的蛋糕被人吃了一半
你家狗又在菜园里刨坑，我种的菜全被踩了，还讲不讲理
My daughter wants cherry tomatoes on our balcony. Which potting soil works?
Lunch tip: the noodle window on level two finally fixed its beef broth.
今天市場的蔬菜特別新鮮，買了好多回家。
晚飯包了餃子，一家人吃得很開心。
"""
