"""Hold-out set 72 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 22 on 2026-11-25, after sets 1-70 (see holdout_data.py; sets 69 and 70 were studied in this
session), at the same time as set 71 (written by another helper; this set was checked by the same script against set
71's lines as they stood when this one was finished, unread: highest ratio 0.411 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-70), printed with ast.get_docstring, and
holdout69_lines.py and holdout70_lines.py only for their module docstrings, printed the same way (the file format, the
docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below the
docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be paged through,
nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root; before that, the checkout's ruff was checked for existence by its exact path, .venv/bin/ruff, with ls
on that one file, no folder listed). The benchmarks folder was not listed; set 71's file was only checked for
existence by its exact path (test -f, before every run of the script; it existed from the first run on) and only
loaded by the similarity script, which never printed its lines. The folder holding the similarity script was not
listed and no file in it was opened; the script was only run, always with set 71's file. No slip to report: nothing
outside these limits was opened, listed or run. The lines were drafted in the writer's own temporary folder and
written to this file, which the script then read: it printed this set's lines and ratios, never the dumps' or the
partner's lines; it was run at the required floor of 0.49 and then at 0.47, to find the lines standing just below it.
No line is copied from earlier sets or from the training lines: every line's difflib ratio against every line of the
hold-out dump is at most 0.49 (highest 0.469), against every line of the training dump at most 0.49 (highest 0.411),
against set 71 at most 0.49 (highest 0.411), and no two lines of this set exceed 0.49 against each other (highest
0.391).

Thirty-six lines were rewritten for similarity, eight of them twice and one of those a third time (forty-five
rewrites), each time with new wording, not a synonym swap; besides, before the first run, the two English lines were
shortened and a heavy positive's rule reworded for sense, and after the last pass three subtle positives were made
plainer as offers (a formaldehyde tester who says so, a mother's cleaning team, design drafts given a price), then
checked again at 0.47 (none stood there). In the first pass twenty-seven stood at 0.49 or more (0.700 at most, a note
on meeting minutes, against the hold-out dump), twenty-three against the hold-out dump, three against the training
dump (a recommended cleaning shop, a supplier's mobile passed on, an osmanthus line that stood against both dumps) and
one against set 71 (a bathroom-fittings factory's 快手 live stream, 0.500): among the positives two heavy codes (a
mobile in Roman numerals with N for zero, 0.609, and a mobile as 1 followed by the first ten digits of pi, 0.545: both
may have been used before, so both were dropped, for the days of the week and for digits doubled), a soft-furnishing
shop's 淘宝 short link, the 快手 live stream, a WeChat id from a poem line's pinyin initials (reworded) and hand-made
curtains ordered by a WeChat nudge; among the negatives the meeting minutes, a child's marks, the osmanthus, the group
rule, tile adhesive to borrow, a foreman's card passed to a wife, a neighbour asking for a waterproofer, a toilet sold
on 闲鱼, the property's renovation-filing notice, a budget overrun, a floor's waybill, a deposit receipt, an alumni
dinner, the company 公众号, the removed advertiser, the cleaning shop, the supplier's mobile, a shop's dispatch numbers,
a furniture order number, a third-party inspection and the property's repair line. In the second pass four that still
stood between 0.513 and 0.541 (the waybill, the company 公众号, the autumn-leaves line that had replaced the osmanthus,
0.522 against set 71, and the repair line), rewritten again, and in the third pass the repair line once more (0.526),
made into a member's own call that was answered. In the fourth pass ten standing between 0.471 and 0.487: among the
positives a mobile in toneless pinyin (0.484, dropped for 闲🐟), a mobile in stroke counts (0.476 against set 71, which
may use a like code: dropped, first for a mobile written backwards) and the nines'-complement code; among the
negatives the impersonation warning, the dispatch numbers again, a customer's mobile for a curtain fitting (against
the training dump), a team-building vote, a drill upstairs, a badminton booking and the second English line. In the
fifth pass three: the English line (0.503, and too long), the team-building line (0.476) and the backwards mobile
(0.474 against the training dump, dropped for a WeChat id typed one key to the right). Lengths run from 25 to 74
characters for the positives and 16 to 74 for the negatives. The lines are meant to be scored once, blind; tuning on
their errors would spoil them.

Set 72 focuses on home renovation, building materials and furnishings sold into groups, above all new owners' groups
at handover (交房群): renovation firms and foremen (a whole-house firm's site manager, a design studio on 住小帮, a design
firm on 土巴兔, a foreman at the sales office on handover day), tiles (a Foshan factory, a tile shop's owner, leftover
boxes in a storeroom), flooring (a floor shop on 小红书, a floor fitter), paint and putty (a factory's clearance, a half
tin left at a door), grouting and ceilings (a grout fitter, a plaster-moulding crew), whole-house custom cabinets and
wardrobes (a custom-furniture shop, a walk-in wardrobe maker, a cabinet designer, an uncle's factory's board samples),
stone (quartz worktops, marble polishing), doors and stairs (a door factory, a family's timber handrails), curtains (a
new curtain shop, curtain motors, an aunt's and a wife's hand-made curtains), lighting (a cousin's lamp shop, a 拼多多
flagship, a lamp fitter), smart locks and smart-home kits (a lock mini-program, smart switches, locks fitted with keys
left at the gate), kitchen and bathroom fittings (a fittings factory's live stream, sink and tap wholesale, a family's
display van), appliances for a new home (a package quoted by e-mail), air conditioning and fresh air, waterproofing (a
husband's closed-water test, a waterproofer at handover), air-quality testing (a CMA-certified 400 line, a tester
called by a note on the door), cleaning after renovation (a cleaner's WeChat id, a cleaning firm, a mother's team),
second-hand and leftover building materials (a site's leftovers on 闲鱼, a Shanghai recycler, a member's own shelves on
闲鱼) and rubbish removal (a clearer on 抖音, a van called by a chalk mark), beside ordinary chat in owners' groups,
company work groups, a department group, a building-materials shop's own staff group, family groups, a parents' class
group, an alumni group and hobby groups (cycling, badminton, fishing, photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (a whole-house firm with a spaced mobile and the
manager's name; Foshan tiles with a landline and samples; paint and putty with a 微信号 and the building to note; custom
cabinets with a QQ number for the floor plan; a curtain shop with a 公众号 and a word to reply; a smart lock with a
mini-program to search; “小红书搜” a floor shop with the room number for skirting; a husband's waterproofing with a dashed
mobile; air testing with a 400 line and an extension; post-renovation cleaning with “V：”; rubbish removal with an 抖音号;
a fittings factory's 快手 live stream and id; a group-buy short link; an appliance package by e-mail; “闲鱼搜” a site's
leftover materials; “拼多多搜” a lamp flagship; a cousin's lamp shop with a spaced mobile; a colleague's family handrails
with a WeChat id; “住小帮搜” a design studio; “土巴兔上搜” a design firm; soft furnishings with a 淘宝 short link; a Shanghai
recycler of leftover materials with a landline; air conditioning through a 公众号's menu; a brother-in-law's plumbing and
wiring with a mobile and “微信同号”), 14 moderately, with disguises the docstrings read do not list (Devanagari digits
१३९…; Tibetan digits ༡༥༨…; double-struck digits 𝟙𝟠𝟞…; digits with a full stop ⒈⒊⒎…; mahjong tiles of the characters
suit, 🀇🀉🀎…, the white dragon 🀆 as zero; clock faces 🕐🕔🕘…, 🕛 as zero; regional-indicator letters, 🇻 🇽：🇿 🇭 🇮…; Cyrillic
ВХ for VX; the homophone 威信 for 微信; 企鹅号 for a QQ number; 群 split into 君羊; 抖 split into 扌斗; a mobile in German number
words, “eins fünf null…”; 闲鱼 written 闲🐟) and 10 heavily, with codes the docstrings read do not list (a WeChat id typed
one key to the right on the keyboard, xjsmh…; a mobile as 1 and then the legs of animals, 蜘蛛 蚂蚁 狗 鸡…, a fish as zero;
a mobile with every digit doubled, 2 6 16 10…; a mobile as square numbers to take the root of, 1 9 25 49…; a WeChat id
with every letter moved one on in the alphabet, nbtufs_…; a mobile as days of the week, 周一 周三 周日…, Sunday as seven; a
mobile as each digit taken from nine, 8 6 1 7…; a mobile in the heavenly stems, 甲丙辛…, 癸 as zero; a mobile as 1 and
then the steps from each digit to the next, +4 +4 −7…; a WeChat id as the pinyin initials of a poem's first line plus
a year) and 12 subtle (an offer with a call to action only, none quoted by the docstrings read): leftover tiles in
building 5's basement storeroom on Saturday morning at cost; a foreman's table at the sales office's door on handover
day, “拿着户型图过来”; smart locks fitted after a spare key is left with the south gate's guard; formaldehyde tests called by
a red slip on the door; half a tin of paint and two bags of putty at the writer's door, fifty yuan under the mat; a
mother's cleaning team booked at the writer's canteen table; an uncle's wardrobe boards in the writer's car boot in
building B's car park after work; rubbish removal called by a chalk mark, “清”, on the unit door; a family's display
van of bathroom fittings at the building-materials market's gate on Sunday; a wife's hand-made curtains, “双击我头像拍一拍我”;
design drafts for floor plans left in a basket at the property desk; free checks for hollow tiles and leaks in
building 1's lobby on handover day. About a dozen positives are written the way members casually sell in a group (a
husband's waterproofing, a cousin's lamp shop, a colleague's family handrails, a brother-in-law's plumbing, the
writer's own shelves, an aunt's curtains, a mother's cleaning team, an uncle's boards, a family's display van, a
wife's curtains, the writer's own leftover tiles and paint).

- `POSITIVE_72` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_72` (100 lines): 20 that look dangerous at first sight (the property's engineering line that fixed a door,
  filing checked in 浙里办, a supplier's mobile passed on to a site engineer, a floor's 京东 waybill, a smart lock's price
  paid at the official store, the company 公众号's new-office post, a furniture order number, the gas company's official
  line, a plumber's card passed to a wife, an office renovation claim by e-mail, a trade-in subsidy on 云闪付, a water
  heater's after-sales 400 line, a renovation deposit's receipt number, a shop's dispatch numbers, a customer's mobile
  for a curtain fitting, the owners' committee's 公众号, tiles' price a year on, an old toilet sold on 闲鱼, lift bookings
  in the property's mini-program, a receipt sent to a team leader on 钉钉); 10 members asking or recommending (a
  waterproofer for a leak, a smart lock used for two years, a custom-furniture maker, fresh-air noise, a cleaning shop
  by the east gate, coats of paint, an integrated hob, flooring at the market, tile adhesive to borrow, a third-party
  inspector); 10 warnings quoting or describing the scam (“交房前必须统一除甲醛，每户一千八”, “装修零首付，五年分期”, “全屋定制仅需9800”, “免费量房送家电”,
  “质检站上门检测燃气”, “专业防水，终身质保”, “工厂直销瓷砖”, “装修贷，当天放款”, “智能锁免费换新，只收安装费”, “地板五折团购”); 17 lines with numbers that are not
  contacts (a living room's size, a formaldehyde reading, a budget, an office's lamp claim, metres of conduit, tins of
  paint, a child's mental-arithmetic score, a flat knocking walls down, a room's temperature, floor-heating pressure,
  an alumni dinner's date, grout joints, a shop's stock, a badminton court, days of work, a month's electricity, a
  shower screen's glass); 7 organisers' and admins' own notices (a group rule banning renovation, building-materials,
  furniture and cleaning ads, a removed account that pushed clearance tiles and free designs, the property's
  renovation-filing hours, a company meeting room under renovation, a parents' meeting in a freshly painted classroom,
  an alumni evening in the renovated library, a cycling club's Sunday ride); 27 lines of everyday chat (some about the
  members' own handover, paint, furniture and lamps); 5 heated arguments without any selling (rubbish in the fire
  passage, drilling at noon, an air-conditioner unit by a neighbour's window, the lift's protective boards, a
  load-bearing wall); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_72 = """
交房群的邻居们好，本地整装公司做了十二年，138平以内全包送吊顶，量房找周经理 139 5721 4836
佛山瓷砖厂直发，800×800通体大理石砖一片三十八，座机 0757-8263 1947 可以先寄样
腻子乳胶漆厂家清库存，刷墙包工包料一平二十二，微信号 qiangmian_laoxu，加的时候备注楼号
衣柜橱柜全屋定制，E0板材，投影面积698一平起，户型图发QQ 2847193650 免费出效果图
窗帘布艺新店开张，免费上门量尺寸，关注公众号“锦帘居家”回复“交房”领百元券
指纹人脸智能锁899含安装，微信小程序搜“安家锁匠”下单，两小时内上门
小红书搜“阿杰的木地板”，样品都在笔记里，本小区业主报房号送踢脚线
卫生间防水做闭水试验，漏了不收钱，我老公干了二十年，电话135-8406-2917
甲醛检测和治理，有CMA资质能出报告，预约打 400-862-3175 转 2
新房开荒保洁四块五一平，玻璃窗台都擦，V：kaihuang_xiaomei
装修垃圾清运、旧家具拆除，随叫随到，现场视频在抖音号 qingyun_laoma
卫浴五金源头厂，今晚八点开播抽花洒，快手号 wy_fj8821 先点关注
本周建材团购链接 t.cn/A6kZr9Qe ，周六前下单出厂价，只限本小区
新房家电套购（冰洗空厨）要报价单的，发邮件到 jiadian_tuangou@163.com 写明户型
闲鱼搜“老刘剩余建材”，工地剩的电线水管开关面板，半价处理
拼多多搜“匠心灯饰旗舰店”，客厅卧室吸顶灯套餐199包邮
我表哥开灯具店的，全屋打包比商场便宜三成，打他电话186 2579 4031说是我介绍的
同事们，我家是做实木楼梯扶手的，谁家买了复式要装，加我微信 lin_louti88
住小帮搜“老杨家装工作室”，半包一平三百六，在建工地随时能带你去看
土巴兔上搜“栖木设计”，免费量房出三套方案，交房业主设计费全免
软装小铺本周上新：羊毛地毯、亚麻抱枕、装饰画，都在淘宝店 m.tb.cn/h.5xQk2Ld 里
回收和转卖剩余建材，整箱瓷砖、地板、石膏板都收，上海座机 021-5619 8342
中央空调加新风，品牌授权安装，公众号“暖通小胡”，点菜单里的预约上门
我姐夫专做水电改造，开槽布管一条龙，手机158 6327 0941，微信同号
美缝师傅接活，一米八块，墙地都做，手机：१३९ ०७४२ ५८६१
石膏线吊顶包工不包料，师傅号码 ༡༥༨ ༣༦༢༩ ༠༤༧༡
石英石台面工厂现切，比门店便宜一半，来电 𝟙𝟠𝟞 𝟝𝟘𝟟𝟛 𝟚𝟡𝟜𝟠
衣帽间定制做了十年，联系我 ⒈⒊⒎ ⒉⒋⒐⒍ ⒌⒏⒊⒉
水槽龙头批发，老板电话按万子读：🀇🀉🀎 🀌🀆🀊🀈 🀏🀋🀆🀍
窗帘电机上门装，电话看钟：🕐🕔🕘 🕒🕖🕛🕑 🕗🕓🕕🕐（🕛算0）
全屋智能开关面板，整套方案找我，🇻 🇽：🇿 🇭 🇮 🇳 🇪 🇳 🇬 2088
木门套装门厂家直供，一樘一千二，ВХ：mumen_zhao
大理石翻新结晶，地面抛得跟新的一样，威信 shicai_huli 发照片给你报价
装修出图，CAD施工图效果图都接，企鹅号 3920571846
建材拼团君羊快满五百人了，想进的加 jc_pintuan 拉你
扌斗音搜“瓦工小赵”，每天更新贴砖视频，接本市的活
电工老陈接水电改造，手机 eins fünf null / acht drei sieben zwei / sechs vier neun eins
闲🐟搜“阿伟木作”，实木隔板、鞋柜都是我下班后自己打的，同城能送
装灯的张师傅，微信号每个字母我都往键盘右边错了一格：xjsmhfrmh
橱柜设计师手机是1开头，后面按腿数：蜘蛛 蚂蚁 狗 鸡 蜘蛛 蚂蚁 鱼 鸭 猫 章鱼
我小姨做窗帘，她手机号每一位都翻了一倍：2 6 16 10 14 0 8 12 18 4 2
开荒保洁电话，每个数开个平方：1 9 25 49 0 64 16 81 4 36 1
地板师傅微信号，每个字母往回退一位就是：nbtufs_ejcbo
水电师傅手机按星期念：周一 周三 周日 周二 周五 周四 周六 周一 周二 周日 周三，周日算7
瓷砖店老板的号，把下面每个数换成9减它：8 6 1 7 4 2 9 5 0 3 6
防水师傅号码按天干：甲丙辛 戊癸壬乙 己丁庚丙，癸算零
保洁公司电话第一位是1，往后每位比前一位：+4 +4 −7 +4 −6 +3 +4 −3 +4 −7
软装搭配加我，号是《静夜思》头一句每个字拼音的首字母，后头跟2026
工地剩了二十多箱600×1200的灰砖，堆在5栋地下储藏室，周六上午我在，搬走给个成本价就行
交房那天我在售楼处门口摆张桌子，拿着户型图过来，当场给你报全包价
想换指纹锁的，周三晚上把备用钥匙交给南门保安老王，我第二天上午装好
我做甲醛检测的，要测的在自家门上贴张红纸条，我每天傍晚上楼挨家敲门
剩了半桶立邦和两袋腻子，放我家门口了，要的拎走，五十块压在地垫下面
我妈带了个开荒保洁队，谁家要做，中午食堂坐我那桌报个交钥匙的日子就行
我舅舅厂里的衣柜板材样品在我后备箱，下班来B座地下车库，看中了当场定
装修垃圾一车两百，垃圾堆好后在单元门上用粉笔写个“清”，我每天下午转一圈
周日建材城正门口停着我家的展车，全是卫浴样品，开车过来看，本小区的送安装
手工窗帘是我老婆一针一线缝的，想订的就双击我头像拍一拍我，她按先后上门量尺寸
把户型图放物业前台的蓝筐里，写上姓名楼号，我每晚收一次，第三天给设计稿，一套八百
交房验收那天我在1号楼大堂，免费帮看空鼓渗水，要做防水的当场约时间
"""

NEGATIVE_72 = """
上周入户门锁不上，我打了工程部的 0571-8690 2315，下午就有师傅来调好了
新房网签备案在“浙里办”上能查到，输入合同编号就出来了
王工，明早那批瓷砖到货，送货的刘经理手机 137 2940 5861，你直接联系卸货
查了三遍，装地板那批货 JD0091 7382 6495 还停在武汉转运中心，急死
门锁是在官方旗舰店买的，1299，装完才看到群里有人说团购1099，亏了
新园区竣工那篇推文已经在本司公众号上挂出来了，市场部的同学记得转朋友圈
床和衣柜的订单号 202611250387，商家说下周三送，需要先跟物业报备吗？
燃气改管只能找燃气公司，别自己找人改，他们官方热线96777
媳妇，水电李师傅的名片我转你微信了，明早验收你跟他约个点
行政部的装修费用报销单请发 xingzheng@hzbs.com.cn，抄送财务王姐
家电以旧换新补贴是在“云闪付”里领的，我家冰箱抵了五百
热水器保修卡上的厂家售后是400-830-6129，我刚打过，明天上门修
交的两千装修保证金，收据编号No.0047382，物业说竣工验收过了就退
小张，今天发出去的货从 CK20261125-017 排到 -023，收工前点一遍实物
明早十点老孙去陈姐家挂窗帘，她手机 159 3710 4286，到楼下先打个招呼
业委会公众号发了装修备案流程图，照着一步步弄就行
我家瓷砖去年在建材城买的，一片四十二，今年同款降到三十五了
拆下来的旧马桶挂闲鱼八十块，昨天有人开个小货车来拉走了
物业让我们在“智慧社区”小程序上预约电梯运材料，每次限两小时
组长，客户的验收单和付款截图都发你钉钉了，你查收一下
楼下邻居找上门说天花板有水印，估计是我家卫生间，谁认识会做防水的？
我家用的那款智能锁两年没出过毛病，型号回家拍给你们看
求问大家全屋定制找的哪家？预算三万左右，怕被坑
谁家装了新风系统，晚上睡觉噪音大不大？
上个月开荒找的小区东门那家家政店，三个阿姨干了一天，挺干净的
想问下乳胶漆到底刷两遍还是三遍？工人说两遍就够
有人装过集成灶吗？值不值，会不会串味
建材市场哪家的地板性价比高，求大家推荐几家
谁手头还剩瓷砖胶？只差半袋就贴完了，下周去建材城顺路给你带一袋新的
交房前一定请个第三方验房师，我家被他挑出来十几处毛病
这两天有陌生电话自称物业，讲“交房前必须统一除甲醛，每户一千八”，这事物业根本没安排过
那个说“装修零首付，五年分期”的，签了合同就各种加项，大家别上当
看到有人发“全屋定制仅需9800”，到店才说那是柜体价，门板五金全另算
别信“免费量房送家电”，量完天天给你打电话推销
小心“质检站上门检测燃气”，其实是卖报警器的，一个要三百多
电梯里又贴了“专业防水，终身质保”的小广告，物业已经撕了，别打上面的电话
所谓“工厂直销瓷砖”，好多就是二道贩子，样品和到货根本不是一个东西
千万别碰“装修贷，当天放款”，利息高得吓人
“智能锁免费换新，只收安装费”都是套路，装完说你锁芯有问题要加钱
邻居被一个自称材料商的骗了定金，说好“地板五折团购”，收了钱就拉黑
我家客厅刚量完，长6.8米，宽4.2米，铺地砖大概要多少片？
甲醛检测结果0.06，国标是0.08以下，应该算合格吧
原本打算十八万搞定，现在账本一算二十三万了，还没买家电
办公室新换的灯管报销合计3260元，下周一前把单据交上来
我家水电走了一百二十米线管，按米算钱真不便宜
乳胶漆刷了三遍，一共用了五桶，每桶18升
儿子口算比赛一百道题错了两道，回家还哭鼻子
6栋2单元1502今天开始拆墙，声音大的话多担待
温度计显示屋里才12度，新房还没装暖气真冷
地暖打压测试保压0.8兆帕，24小时一点没掉
校友聚会投票结果出来了：12月14日周六晚上，人均200左右
瓷砖留缝2毫米，美缝剂用了4支还差一点
仓库库存：600×1200灰色砖138箱，米白的47箱，明天补货
周六晚上7点的球场订好了，3号场地，报了8个人，球我带
算了一下工期，从10月8号开工到现在正好48天
我家这个月电表走了386度，电钻电锯太费电了
卫生间淋浴房玻璃厚度8毫米，高度1.9米
本群只讨论交房验收、物业和邻里事务，装修队、建材家居、开荒保洁之类的推销一律不许发，发一次踢一次
管理员：群里那个天天刷“清仓瓷砖”“免费出图”的号已踢，之后再有一律同样处理
物业：办装修备案请带房产证复印件和施工图，周一到周五上午九点至下午五点，物业中心二楼窗口
下周一起公司三楼会议室重新装修，期间部门例会改到五楼小会议室
各位家长，本周五家长会，教室刚刷过漆，窗户会一直开着，请多穿一件
校友会通知：本月联谊改在新装修好的母校图书馆报告厅，请准时到场
骑行群周日早7点东门集合，走湖边绿道，回程有一段在修路注意安全
今天去收房了，阳台窗户有点渗水，已经让开发商登记了
我家刚刷完墙，味道还挺大，打算开窗通风到明年春天再搬
周末逛了一天宜家，腿都走断了，最后就买了几个衣架
楼上的冲击钻从早响到晚，娃刚躺下就被震醒，哭了半小时
我们家最后选了奶油风，老公说像住在蛋糕里
晚上加班的同事记得关空调，上次一直开到第二天早上
听说周五的团建改去郊区摘橘子了，大巴下午两点从公司门口走
妈，装修的事你别操心了，我们自己天天盯着呢
爷爷说老房子那扇木门是实木的，舍不得扔
老师布置了手抄报，主题是“我的家”，孩子画了新房子
下雨了谁家窗户没关？七楼那家的窗帘都飘出来了
同学们，听说当年的宿舍楼要拆了，有空回去拍张照
今天水库风太大，钓了一下午一条都没上
新买的沙发到了，比想象中大，客厅一下子就挤了
我家那个吊灯装得有点歪，看得我强迫症都犯了
饭做好了，你们爷俩别打游戏了，赶紧过来吃
收到，谢谢王老师提醒，明天一定带齐
刚开完的装修协调会，要点我记在共享文档第三页了
装修真是磨人，光挑瓷砖颜色我们俩就吵了三次
隔壁单元已经有人搬进来了，晚上能看到灯亮了
周末去拍银杏的还有谁？上次那个公园的已经黄透了
这周门店盘点，周六大家早来半小时
一场风过后，东门口的梧桐叶子掉得满地都是，保洁阿姨扫了一早上
新办公室的椅子坐着挺舒服，就是顶灯有点晃眼
我家猫对新买的地毯特别满意，天天在上面打滚
我们部门今年年终聚餐定在哪儿了？
终于住进新家了，谢谢群里邻居们这半年的帮忙
你家把建筑垃圾堆在消防通道两个星期了，还好意思说别人？
说了多少遍中午不许施工，你们工人十二点还在砸墙！
凭什么你家空调外机装在我家窗户边上？热风全吹进来了
电梯里的防护板是大家一起用的，你家工人拆了不装回去，什么意思？
你改了承重墙还说没事？出了问题整栋楼都要跟着倒霉！
Can we start renovating before the property certificate arrives?
Could whoever is painting on floor 9 open a window? The lift smells awful.
新家終於裝好了，週末請大家來喝茶，順便幫我看看窗簾配不配
外婆說新房子的廚房太小，她那口大鐵鍋根本放不下
"""
