"""Hold-out set 62 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 16 on 2026-11-25, after sets 1-60 (see holdout_data.py), at the same time as set 61 (written by
another helper; this set was checked by the same script against set 61's lines as they stood when this one was
finished, unread: highest ratio 0.488 at the end), and kept unscored until it is scored once, blind. The writer read no detector code,
word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or
docs/, imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/ (bench_holdout.py
or any other benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and
the history and topics of sets 1-60), printed with ast.get_docstring, and holdout59_lines.py and holdout60_lines.py
only for their module docstrings, printed the same way (the file format, the docstring style and the disguises and
calls already used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not
read); pyproject.toml was searched only for its ruff settings (the search showed the ruff, lint and per-file-ignore
tables and nothing else). The benchmarks folder was not listed; set 61's file and this one were only checked for
existence by their names, and set 61's file was only loaded by the similarity script, which never printed its lines.
Of the folder holding the similarity script only the script's first five lines (its usage) were printed and the
script run; no other file in that folder was listed, opened or run. The two dumps (every line of the earlier hold-out sets,
training lines) were only read by the similarity script, which printed this set's lines and ratios, never the dumps'
or the partner's lines; as it prints only lines above 0.5, it was also run on temporary files holding subsets of this
set's own lines (eight groups of twenty, then single lines of the two groups reaching 0.49), to find the lines
standing between 0.49 and 0.5. No line is copied from earlier sets or from the training lines: every line's difflib
ratio (SequenceMatcher(None, a, b).ratio() with the default settings, taken both ways round) against every line of
the earlier hold-out sets' dump is at most 0.5 (highest 0.482), against every line of the training-line dump at
most 0.5 (highest 0.426), no two lines of this set exceed 0.5 against each other (highest 0.335), and against
set 61 the highest is 0.488. Twenty-five lines were rewritten, three of them more than once (twenty-nine
rewrites), each time with new wording: twenty-three that first stood above 0.5, twenty-two against the hold-out dump
(0.737 at most, a blood-pressure reading; three positives, a slimming-tea order link, a 公众号 with a word to send for
a voucher and the keycap-emoji mobile; a member asking for a hairdresser who does not push prepaid cards; a warning
quoting a beauty-salon points text message; nine lines with numbers, a meeting room, a parcel-locker code, exam
marks, the blood pressure, an invoice number and a late train among them; three organisers' notices, the removed
advertiser, the water cut (0.528 against the training dump too) and the chamber's council meeting; five everyday
lines, the canteen's lunch, drilling upstairs, the parcel station's hours, a grandmother's ninetieth birthday, the
sports day's white shirts and an overgrown pot plant among them; the heated line about a child running in the
stairwell; the first English line) and one against the training dump only (0.554, the alumni association's
notice); then three of those again, still above 0.5 (the keycap-emoji mobile at 0.510, the parcel-locker code at
0.590, the English line at 0.525 and, after its second rewrite, 0.594, so three times); and two that stood between
0.49 and 0.5, reworded to keep a margin (a mobile spelt in English number words, 0.493, and shared utility bills,
0.491). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 62 focuses on beauty, cosmetics and fashion: medical beauty and clinics (光子嫩肤 at a friend's clinic and at a
community centre's open day, 水光针, 热玛吉 at an 'inside price', 小气泡 and 补水 facials, a 面诊 booking, a clinic's
公众号), 纹绣 and semi-permanent brows and lips (雾眉, 野生眉, 裸唇, 韩式半永久眉, a half-price day), nails and lashes (a
sister's nail studio, home visits, 单根嫁接 lashes, a new lash shop's member group, ear piercing), hair salons' prepaid
cards (充五千送三千, a leftover stored-value card resold, home hair-dyeing for the elderly), slimming teas, pills and
capsules (荷叶决明子 tea, 酵素纤体丸, a 疗程 of capsules, wholesale tea), 代购 cosmetics (Seoul duty-free, Osaka drugstores,
Australian supplements, Korean skincare), 微商 masks and skincare (the writer's own masks, a cousin's skincare, a
relative's tea), perfume samples (1.5 ml vials, 分装), factory-tail clothes and shoes (export shoe 尾单 from the writer's
factory, down jackets sold from a stall), 童装 live streams (Kuaishou, a sister's Douyin shop, wholesale, samples on
an e-bike at the school gate), tailoring and 旗袍 made to measure (a Suzhou tailor, the writer's own 改良旗袍, measuring
at a seniors' centre), luxury bag care (补色, 五金电镀, cleaning) and second-hand luxury (a husband's 中古 bags, a
ninety-per-cent-new bag for sale, a course on telling fakes), beside ordinary chat in company work groups, neighbourhood
and owners' groups, family groups, a parents' class group, an alumni group, a store's VIP customer group, a chamber of
commerce and hobby groups. It keeps the mix real spam has: 24 lines plain or lightly disguised (a friend's mobile at a
clinic, “直接打她手机”; “加微信” with an id; “Q” with a number (the writer's own brows); an 抖音号 with “截图给她” (a
sister's nail studio); a 400 hotline; a t.cn short link to order tea; “小红书搜” a 代购 name; “私我” for trial masks (the
writer's own); “淘宝搜店名”; a 群号 (the writer's factory's shoes); a 快手号 with a live-stream hour (the writer's family's
children's clothes); a Suzhou landline with its area code; an e-mail for photos to quote on; “闲鱼搜用户名” (a husband's
bags); a B站 UP主's name with linked products; a 视频号 name with “记得先点预约”; a group QR code “放群相册了”; “小窗我”;
“电话微信都是” a mobile with a name; an Australian WhatsApp number; “微信小程序搜”; a QQ群 number; a 公众号 and a word to
send in its chat; a cousin's WeChat id, “说是我介绍的”) and 14 moderately (a mobile in superscript digits ¹³⁶…;
keycap emoji mixed with Chinese digits, “1️⃣五9️⃣ 三0️⃣七2️⃣…”; the look-alike “嶶信”; 信 split into its parts,
“微亻言”; the homophone “蔻蔻群” for a QQ group; “抖🎵” for 抖音; “小📕” for 小红书; the homophone “筷手” for 快手; the
slang “小破站” for Bilibili; “加V（手机号）” in negative circled digits ❶❸❽…; a mobile spelt in English number words,
“one three nine / two six zero eight…”; the homophone “威信” with a full-width id; “🟢泡泡” for WeChat; the homophone
“秋秋” with a QQ number in subscript digits ₂₉₁…) and 10 heavily, with disguises the docstrings read do not list (a
mobile number as chemical element symbols by atomic number, “H Li F / He C B O / Be N H Li，按原子序数拨”; a mobile number
sung in numbered musical notation, “do mi si，sol re do fa…，一个音一个数”; a mobile number in the tally strokes of 正 used
when counting votes, “一/下/正下 正一/正止/〇/丅…”; a mobile number as playing cards, “♠A ♥3 ♦9，♣2 ♠7 ♥4 ♦10…，十当零”; a
mobile number's last eight digits as letters on the phone keypad, “139开头，后八位照手机九宫格上的字母拨 LOVE HAIR”; a WeChat id
in the radio spelling alphabet, “Romeo Oscar Sierra Alpha，后面跟一三一四”; a mobile number in Thai digits, “๑๘๘ ๖๐๒๗ ๓๕๔๙”; a
mobile number as a price list read in order, “面膜13，精华液86，眼霜702，粉底液459，卸妆水1，这几个价钱按顺序连起来就是我电话”; a WeChat id
as letters' places in the alphabet, “13-9-14-7-12-21，后面加888，A是1，Z是26”; a mobile number as English month
abbreviations, “Jan Mar Aug，Jun Sep Jan Feb…”) and 12 subtle (an offer with a call to action only, none quoted by the
docstrings the writer read): a 光子嫩肤 open day in a community centre's activity room, “现场交一百九十九就能做”; half-price
brows, “想报名的双击我头像拍一拍就行”; new children's clothes, “明天放学在校门口认我家红色电动车，样衣挂车把上”; a leftover
salon card, “中午吃完饭来茶水间找我拿卡”; an Osaka 代购 run, “截图传到群相册“大阪代购”里，名字写在图上”; factory-tail down jackets
from a stall on the estate's basketball court on Wednesday at seven, “自己带袋子”; 旗袍 measured at a seniors' centre,
“带上自己中意的料子来”; perfume samples, “要的在下面发一朵🌸，然后付到群收款里”; a second-hand bag shown at the estate's coffee
shop, “我坐靠窗那桌，可以带懂行的来”; bag cleaning, “把包装纸袋里放我车后备箱…不锁”; a 热玛吉 discount trip, “周五中午十二点南门集
合，我开车带过去”; slimming capsules, “在群里@我说个数，下班给你捎过去”. About a dozen positives are written the way members
casually sell in a group (a friend's clinic, the writer's own brows, a sister's nail studio and children's clothes, the
writer's own masks, the writer's factory's shoes, the family's children's clothes live stream, a husband's bags, a
cousin's skincare, a relative's tea, the writer's own 旗袍, and most subtle lines).

- `POSITIVE_62` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_62` (100 lines): 20 that look dangerous at first sight (光子嫩肤 at a hospital's dermatology department
  that insurance does not cover, a nail voucher from 美团 refunded to Alipay, 12315 against a hair salon that closed
  with a mother's card, slimming tea from a live stream refunded, a 小红书 note about botched brows, 代购 Lancôme checked
  by batch number at the counter, the drug regulator's site nmpa.gov.cn for 水光针 approvals, a 旗袍 already sold on
  闲鱼, a second-hand bag valued at a recycling shop, a company's hairdressing cards handed out by admin, school
  uniforms ordered through the parents' committee, factory-tail clothes rejected by quality control, a 微商 classmate's
  feed muted, a clinic's licence checked on the health commission's site, a bag-care shop paying for a ruined colour,
  lash extensions against mascara, a cousin working as a BA, a children's-clothes streamer banned, perfume samples
  given to a mother, a lipstick shade 999 returned); 10 members asking or recommending (a hairdresser for short hair, a
  mask for sensitive skin, a 旗袍 for a mother, children's clothes sizes, a nail salon that does not push cards, 光子嫩肤
  darkening, where to appraise an old bag, brows at a top hospital, sunscreen for military training, a tailor near the
  office); 10 warnings quoting or describing the scam (“三天瘦八斤，停了不反弹”, door-to-door “免费皮肤检测”, a cheap “水光针”
  that swelled a face, a points-expiry text with a link, “专柜正品、一折清仓”, “充一万送一万” before a salon closed, fake
  luxury buyers who run off with bags, “秒杀九块九” children's clothes, “零投资，在家带娃月入过万”, a clinic's loan disguised
  as a “培训费”); 17 lines with numbers that are not contacts (an order number, a meeting room, shared utility bills, a
  locker code, a licence plate's characters, exam marks, a blood pressure, a weight, a bus route, cinema seats, an
  invoice number, a child's temperature, a late train, a team-building cost per head, reply slips counted, an air
  conditioner's setting, a pay slip's deduction); 7 organisers' and admins' own notices (an owners' group rule banning
  medical-beauty, salon-card, slimming, 代购 and 微商 ads, a removed account that pushed 水光针, a water cut, a store's
  anniversary to its VIP members, a chamber's council meeting, an alumni association's anniversary photo, a clock-in
  time); 27 lines of everyday chat; 5 heated arguments without any selling (a ball bounced in the stairwell at
  midnight, team-building money never paid back, a car in the fire lane, a wrong spreadsheet, a mother sending photos
  to matchmakers); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_62 = """
我闺蜜上班的那家医美诊所做光子嫩肤，三次一千二，约时间直接打她手机 13917264085
水光针年底冲业绩，一支分三次打，想了解的加微信 glow_yan2026
本人做纹绣十一年，雾眉、野生眉、裸唇都做，老客带新客减一百，Q 2837461905
我妹开的美甲工作室上了冬款，抖音号 nailbymia_77，喜欢哪款截图给她
烫染护理全场七折，充五千送三千，预约热线 400-862-3317，周一也营业
荷叶决明子纤体茶，喝完两盒腰围不掉一寸原价退回，拍下地址 https://t.cn/A6xQp2Lm
在首尔读研顺便帮大家带化妆品，小红书搜“首尔小鹿代购”，每天更新免税店价格
我自己在做的补水面膜，孕妇和敏感肌都能用，想要试用装的私我
香水小样1.5ml十块钱三支，大牌都有，淘宝搜店名“闻香小铺”
我们厂外贸鞋的尾单，真皮单鞋五十一双，实拍都在群里，群号 736281945
我家童装每晚八点在快手开播，快手号 tongzhuang_lele，关注了有新人券
苏州老师傅手工旗袍量身定做，真丝和香云纱都有现料，电话 0512-6723 8841
包包翻新补色、五金电镀都能做，先把照片发邮箱 bagcare_sh@163.com 估个价
我老公那有几只中古LV和古驰，闲鱼搜用户名“老周中古铺”，都是专柜验过的
新出了一期学生党平价妆容，B站UP主“小满爱化妆”，视频下面挂了同款
视频号“阿琳讲护肤”周三晚上直播，直播间面膜买一送一，记得先点预约
睫毛店新开业，进店二维码我放群相册了，扫码进会员群领三十块券
有想做热玛吉的姐妹小窗我，我这边能拿到机构内部价
纤体胶囊一个疗程三盒，电话微信都是 18826473150，找小芳
人在悉尼，澳洲保健品护肤品代购，直邮到家，WhatsApp +61 412 738 905
微信小程序搜“美丽约”，可以直接预约我们店的小气泡和补水
皮肤管理秒杀群，QQ群 583920174，每天晚上九点放名额
轻颜医美的公众号上线了，关注后在对话框发“水光”两个字，自动推一张两百的体验券
我表姐做微商护肤品好几年了，保证正品，她微信 lily_skin88，说是我介绍的
打耳洞送纯银耳钉，预约电话 ¹³⁶ ⁰⁸²⁷ ⁵⁵⁹³，下班后也能约
酵素纤体丸，我婆婆吃了腰身小一圈，拿货打 1️⃣五9️⃣ 三0️⃣七2️⃣ 六4️⃣八1️⃣
做韩式半永久眉的，嶶信 meiyu_520，作品图都在朋友圈
接私单做美睫，单根嫁接一百五，微亻言 jiejie0916 备注群友
大牌试用装一元起拍，进蔻蔻群 618294730 抢，手慢无
我姐在抖🎵卖童装，搜“乐乐妈童装”就出来，晚上七点开播
小📕搜“旗袍阿绣”，我自己做的改良旗袍都发在上面，可以按尺寸做
筷手搜 yiyu_nail 看我做的甲，附近的能上门
小破站搜“鹿鹿的奢品课”，教你看包的真假，课程链接放简介了
护肤品年底清仓，加V（手机号）：❶❸❽ ❹❷❻❶ ❼❺❾❸
给老人上门染黑发，一次八十，拨 one three nine / two six zero eight / seven one five four 约我
韩国代购护肤品，威信 ｈａｎｂｅｉ０２１１，每周二截单
我家亲戚自己配的减肥茶，要的加🟢泡泡 ruiqi_tea
日本代购药妆，秋秋 ₂₉₁₇₅₀₃₆₄₈ 下单
医美面诊预约，学过化学的一看就懂：H Li F / He C B O / Be N H Li，按原子序数拨
美甲上门预约电话用简谱唱：do mi si，sol re do fa，la la mi re，一个音一个数
旗袍量体定做，电话按唱票画正字的笔数记：一/下/正下 正一/正止/〇/丅 正/正丅/止/一
二手名牌包出，电话用扑克记：♠A ♥3 ♦9，♣2 ♠7 ♥4 ♦10，♣5 ♠8 ♥6 ♦A，十当零
美发预约：139开头，后八位照手机九宫格上的字母拨 LOVE HAIR
分装香水找我，微信按无线电字母念：Romeo Oscar Sierra Alpha，后面跟一三一四
减肥茶批发，电话写成泰文数字了：๑๘๘ ๖๐๒๗ ๓๕๔๙，对照一下就能认出来
年终清库存：面膜13，精华液86，眼霜702，粉底液459，卸妆水1，这几个价钱按顺序连起来就是我电话
代购微信号按字母表序号写的：13-9-14-7-12-21，后面加888，A是1，Z是26
童装批发，号码用英文月份缩写代替：Jan Mar Aug，Jun Sep Jan Feb，May Jul Apr Mar
光子嫩肤体验日，这周六上午十点到下午四点在社区服务中心二楼活动室，现场交一百九十九就能做
下周三纹眉半价，限前五位，想报名的双击我头像拍一拍就行，我按顺序排
孩子的童装我进了一批新款，明天放学在校门口认我家红色电动车，样衣挂车把上，看中了直接拿
理发店的储值卡我用不完，卡里还剩两千二，一千八就让，想要的中午吃完饭来茶水间找我拿卡
下个月去大阪，药妆代购开始收单，要什么截图传到群相册“大阪代购”里，名字写在图上
厂里一批尾货羽绒服，三十块一件，周三晚上七点我在小区篮球场摆摊，自己带袋子
量身做旗袍的可以找我，每周二、四下午在老年活动中心二楼，带上自己中意的料子来，量一次就行
香水小样分装，两毫升十五，要的在下面发一朵🌸，然后付到群收款里，我周末统一寄
中古包九成新出，一万二，想看实物的周日下午三点到小区门口咖啡店，我坐靠窗那桌，可以带懂行的来
包包清洗保养，明早八点前把包装纸袋里放我车后备箱，二号门口那辆白色SUV，不锁
认识的医美机构搞活动，热玛吉六折，想去的周五中午十二点南门集合，我开车带过去
减肥胶囊我自己吃了瘦十二斤，还有几瓶，想要的在群里@我说个数，下班给你捎过去
"""

NEGATIVE_62 = """
我在市二院皮肤科做的光子嫩肤，发票上一千二百八，医保不给报
美团上买的美甲团购券过期了，找客服说能退，钱已经原路回到支付宝
打12315投诉了那家理发店，我妈充的三千块卡，店说关就关了
我妈在直播间买的减肥茶喝得拉肚子，已经申请退款了，你们也别买
她在小红书发了篇纹眉翻车的笔记，两万多人点赞，评论区全是同样遭遇的
代购带回来的兰蔻小黑瓶，我去专柜对了批号，是真的，放心用吧
水光针用的东西有没有批准文号，药监局官网 nmpa.gov.cn 自己输名字就能查
那件旗袍我挂闲鱼已经被人拍走了，谢谢大家帮我出主意
老婆那个二手包在正规回收店估了四千五，比她想的低不少
公司年底福利每人一张三百元美发卡，在行政小刘那签字领
学校说校服统一在家委会那订，别自己在网上买童装款的，颜色对不上
工厂那批尾货衣服被我们质检全退回了，不合格编号都在表格第三列
微商同学朋友圈一天刷二十条面膜，我已经把她设成不看了
做医美先看医疗机构执业许可证，卫健委网站能查到，别光看网红说
护理店把我的包补色补花了，谈了一下午，店里赔了八百
美睫一次一百二才管三个礼拜，算下来还不如自己刷睫毛膏
我表妹在商场专柜当BA，说年底冲业绩每天要站十个小时
抖音上那个卖童装的主播被封号了，说是虚假宣传
商场送的香水小样我用不上，昨天全给我妈了，她挺喜欢
那个口红色号999我涂上像刚吃完小龙虾，还是退了吧
想剪个齐耳短发，咱们这片哪位托尼老师手稳？最怕洗头时一直被劝充值
姐妹们，敏感肌换季用什么面膜不过敏？求推荐，脸红了好几天
想给我妈定做一件旗袍参加表弟婚礼，有做过的吗，大概要多少钱
谁家孩子穿过巴拉巴拉，尺码偏大还是偏小，想给侄子买
楼下那家美甲老板娘手艺真好，做完也不推销办卡，推荐一下
做过光子嫩肤的说说，会不会反黑？我有点怕
婆婆留下一个老包，想知道值不值钱，大家知道在哪鉴定靠谱吗
我觉得纹眉还是去三甲医院的美容科，贵点但心里踏实
有没有好用的平价防晒，孩子军训要在太阳底下站一周
同事们，谁知道公司附近哪有改裤脚的裁缝铺？
又有人在别的群发“三天瘦八斤，停了不反弹”，这种减肥药多半加了西布曲明，千万别吃
小区有人敲门说“免费皮肤检测”，测完就让你办一万的卡，老人在家的注意一下
我同学在私人工作室打了个几百块的“水光针”，三无产品，脸肿了一个礼拜
我姑收到条短信，“尊敬的美容院会员，积分今晚清零，速点链接换礼”，千万别点，是钓鱼
别信什么“专柜正品、一折清仓”的大牌化妆品，十个有九个是假货
那家美发店开卡的时候说“充一万送一万”，没到半年就关门了，老板人都找不到
有人冒充奢侈品回收上门鉴定，拿了包就跑，派出所已经立案了，大家留心
童装直播间“秒杀九块九”，到手全是线头，退货还要自己出运费，别冲
拉人做微商的说“零投资，在家带娃月入过万”，其实就是让你自己掏钱囤货
邻居小姑娘做医美被诱导办了分期，合同上写的是“培训费”，现在还不上了
订单号 4028773199 的那件羊绒大衣到了，谁的去前台领一下
下午两点的周会挪到307了，投影仪换新的，自己带转接头
合租的三个人注意，十一月电286.4、燃气112都是我交的，月底一起平摊
谁下楼的话，西门柜子第二排有我个文件袋，开柜密码5621
停车场那辆尾号7K3的白车是谁的？挡住出口了
娃这回语文考了92，作文扣得最多，数学倒是稳的
爸早上吃完药测的高压132低压86，让他别再偷偷喝酒了
体重58.6公斤，这个月减了三斤，继续坚持
17路公交改线了，不停人民医院站了，坐车的注意
第3排12号和13号，电影七点半开始，别迟到
差旅那张住宿票的号码是03817264，财务说票号抄错就打回来
孩子昨晚烧到38.9，今早退到37.2了，请一天假
堵在半路了，G1372说是前方限速，接站的姐姐别急着出门
这次团建人均168，多退少补，明细我发表格里了
班里48个家长只有31个交了回执，还差17个
空调温度调到26度吧，办公室太冷了
工资条上扣了312块社保，怎么比上个月多了
【群规】本群是业主交流群，医美、美容美发办卡、减肥产品、代购、微商等广告一律不准发，发了直接移出
管理员说一声：那个昵称叫“小美肌”、老刷水光针的人踢了，他要是单独找你们，不用回
物业提醒：二期加压泵检修，周六早上九点断水，大概两个钟头，各家备点桶装
各位VIP会员，本店周年庆期间消费积分翻倍，活动到本月三十号截止
商会秘书处：本季度理事会定在下周二三点，会所二楼茶室，请理事们把提案先发我
校友会这边，母校七十周年那天要拍大合影，各届联络人周五前把名单汇总过来
公司通知：明天起早上打卡时间改到八点半，请互相转告
今天降温了，出门记得给孩子多加件外套
食堂今天的土豆烧鸡齁咸，下午开会我灌了两瓶水
谁的伞落在会议室了？蓝色格子那把
晚上有人一起去广场跳舞吗，我家那口子不肯去
老妈说周末回家包饺子，韭菜鸡蛋馅的
刚下班，地铁挤得脚都没地方放
我家猫又把花盆打翻了，一地的土
周末同学聚会还在老地方吗？我好多年没回去了
楼上从七点就开始砸墙，我这周夜班白天根本睡不着
孩子的手工作业要彩纸，家里翻遍了找不到，明早去文具店买
新剪的头发有点短，同事都说我像高中生
明天要早起赶飞机，先睡了，晚安各位
今天小区的银杏叶全黄了，好多人在拍照
菜鸟驿站晚上开到几点啊，我下班估计九点多
老公第一次给我涂指甲油，涂得满手都是，笑死
给外婆过九十岁，表哥从新疆飞回来，四代人拍了张全家福
下雨了，阳台上晒的被子谁家的，收一下吧
办公室打印机又卡纸了，我先用隔壁部门的
这周例会改到周四了，我刚才看错日子了
女儿说长大要当化妆师，天天拿我口红在纸上画
今天在商场试了件大衣，两千多，想想还是没买
群里有人早上跑步吗？六点半沿着河边，一个人跑有点无聊
刚烤的蛋糕塌了，看来烤箱温度不对
学长学姐们好，我是今年刚毕业的，以后多多关照
我妈染完头发年轻了十岁，开心了一整天
明天入场式要求白T配深色裤，我家那件白T被他画了恐龙
阳台那盆吊兰疯长，都爬到晾衣杆上了
十二点了楼道里还在拍皮球，三楼的家长你们到底听不听得见！
凭什么每次团建都是我垫钱，到现在还有三个人没还！
谁又把车停在消防通道了，物业到底管不管？
你做的表格全是错的，害我被领导骂了一顿，还好意思说是我没看清
妈，我说了不去相亲就不去，你别再把我照片发给别人了！
My sister-in-law's qipao split at the seam during the toast, so embarrassing lol
The quarterly report is due Friday, please send me your numbers by Thursday noon.
今天天氣真好，帶孩子去公園放風箏了
週末回外婆家吃飯，記得帶上禮物
"""
