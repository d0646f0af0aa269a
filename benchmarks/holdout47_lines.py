"""Hold-out set 47 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 14, after sets 1-46 (see holdout_data.py), at the same time as set 48 (written by another helper;
this set was checked by the same script against set 48's 160 lines as they stood when this one was finished, unread:
highest ratio 0.473, after two lines of this set that stood at 0.548 and 0.560 against set-48 lines were rewritten), and
not scored yet. The writer read no detector code, word list, rulebook, model, training-data generator, test or detection
doc, opened nothing under src/, tests/ or docs/, imported nothing from qungui, ran no qungui command and no file in
benchmarks/ on these lines (bench_holdout.py or any other benchmark included); holdout_data.py was opened only for its
module docstring (the labelling rules and the history and topics of sets 1-46), printed up to its closing triple quote,
and holdout45_lines.py and holdout46_lines.py only for their module docstrings, printed the same way (the file format,
the docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below
holdout_data.py's docstring were not read); pyproject.toml was opened only for its ruff settings. The two dumps (every
line of hold-out sets 1-46, training lines) were only read by a similarity script that printed this set's lines and
ratios, never the dumps' lines (apart from that script, only their line counts were taken). No line is copied from
earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio() with the
default settings, taken both ways round) against every line of the earlier hold-out sets' dump is at most 0.5 (highest
0.493), against every line of the training-line dump at most 0.5 (highest 0.491), no two lines of this set exceed 0.5
against each other (highest 0.419), and against set 48 the highest is 0.473. Nine lines that first stood above 0.5
against the hold-out dump (0.656 at most) were rewritten, one of them twice (its shop link still matched), and two more
that stood above 0.5 against set 48 (0.560 at most) were rewritten after it; none stood above 0.5 against the training
lines. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 47 focuses on medical and health schemes: weight-loss products (左旋肉碱, 减肥茶, 减肥咖啡, 瘦瘦针, 司美格鲁肽), supplements and
'health' gadgets sold to the elderly (负离子理疗床垫, 磁疗手环, 灵芝孢子粉, 鱼油, 纳豆激酶, 老年奶粉, 足贴, 助听器, free health talks with eggs),
medical aesthetics (水光针, 玻尿酸, 热玛吉, 双眼皮 and 吸脂, 植发, 种植牙, 隐形矫正, 冷光美白, Korean clinics), hospital appointment touts (代挂专家号,
号贩子, 床位 and 手术排期 moved up, 陪诊 for hire), medicines and vaccines bought from abroad (日本代购, 印度版降糖药, 美国原研药, 俄罗斯药膏, 港澳九价 HPV
代约, 泰国试管婴儿), and fake sick notes and medical certificates (病假条, 诊断证明, 病历, 入职体检表, 健康证), beside ordinary chat about
check-ups, blood pressure and sugar, vaccines, dentists, hospital queues and parents' health in company work groups,
parents' groups, neighbourhood and homeowners' groups, elderly members' groups and a pharmacy's VIP customer group. It
keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id after “加我微信”; a sister's Seoul skin clinic
after “vx：”; “加v”; “wx：”; “V❤：”; the writer's own 陪诊 mobile after “打我电话”; “（微信同号）” after the number; a dental clinic's
landline after “预约座机”; “QQ：”; a “群号”; “私我”; “私聊”; a 有赞 shop link; a t.me channel; a 抖音号; an e-mail address; a WhatsApp
number with +66; a LINE id; a 小红书号; a 公众号 with a reply word; a 快手 name to search; a colleague's wife's “她微信”; a cousin's
mobile after “找他”; a 淘宝 shop name to search) and 14 moderately (digits spaced in groups; Chinese digits with 零; circled
digits with ⓪; 幺/两/洞 in groups; “扣扣” with Chinese digits; “企鹅号” with grouped digits; “绿泡泡” with an id; the homophone
“威信”; a full-width id after “加ｗｘ”; “v x” with a spaced-letter id; a dwz.cn short link without its scheme; “纸飞机” with an
@handle; digits mixing Arabic and Chinese with 〇; digits grouped by dots “139.2704.8651”) and 10 heavily, with disguises
the docstrings read do not list (superscript digits “¹³⁹ ²⁷⁵⁶ ⁸⁴¹³”; parenthesized digits “⑴⑸⑻ ⑵⑹⑶⑼ ⑷⑺⑴⑵”; a mobile
number in Korean Sino-Korean numerals “일삼칠 공팔구사 육이오일” for a Korean clinic; Cyrillic look-alike letters “ԝх：јіuјіа_һк”;
small-capital letters “ᴡx：ᴍᴇɪʏᴀ_ʟɪɴ”; an id made of the pinyin initials of a phrase, “瘦身成功就在今年”; a mobile number as the
first characters of eleven idioms, “一帆风顺、三阳开泰、六神无主…”; a mobile number written backwards, “从最后一位往前念”; a QQ number in
Roman numerals “Ⅷ Ⅲ Ⅴ Ⅱ Ⅸ…”; an id as the letters' places in the alphabet, “26-8-5-14-7…”) and 12 subtle (an offer with
a call to action only, none quoted by the docstrings the writer read): “磁疗降压手环厂家直供，明早六点半公园东门那排长椅，我摆着，试戴不要钱，戴着舒服再掏钱”,
“专家号每天我都能弄到几个，在群里接龙写上就诊人姓名和科室，挂上了再转钱给我”, “想领减肥咖啡试喝装的拍一拍我，我按顺序寄”, “灵芝孢子粉要的把钱和名字一起放我家门口的牛奶箱，16栋2单元101，第二天一早就放好货”,
“周四上午九点老年活动中心二楼听健康讲座，来就送十个鸡蛋一袋挂面，现场买深海鱼油打五折”, “陪诊的活我接，半天两百，看病那天早上七点在门诊大厅自助机旁边等我，穿红马甲的就是我”,
“病假条一张八十，把名字和请几天写便利贴上贴我车窗，白色比亚迪，停地库B区三号车位”, “植发免费面诊名额还剩五个，周末拿一张年轻时的照片到万象城五楼，说是群里来的就行”,
“隐形矫正团购还差四人成团，想拼的去群相册那张牙套照片下面点个赞，满了我统一报”, “港版九价下周我过关顺带打，要一起去的周日下午两点小区篮球场边集合，坐我的车，一人一千二全包”,
“养生馆新开张，到店报“阳光小区”四个字送一盒鱼油，店就在菜场二楼楼梯口，办卡更划算”, “想了解司美格鲁肽减肥的，今晚九点我在群里开语音挨个讲，名额有限，先到先得”. About 15 positives are written the
way members casually sell in a group (a sister's skin clinic in Seoul, the writer's own 陪诊, an aunt at the provincial
hospital, a husband's border-trade ointment, the writer's own 抖音 八段锦 and moxa patches, the writer in Osaka, a younger
sister's aligners, a father's massage, a colleague's wife's Thermage, a cousin's hair-transplant clinic, the writer's
family 淘宝 shop, the writer's staff price at an aesthetics clinic, and the subtle lines' milk-box Ganoderma, red-vest 陪诊
and the HPV trip across the border in the writer's car).

- `POSITIVE_47` (60 lines): L-carnitine pills (加我微信), a sister's Seoul skin clinic (vx), specialist numbers in Beijing
  (加v), Japanese medicines (wx), Hong Kong HPV vaccines (V❤), the writer's 陪诊 (mobile), an ion mattress (微信同号), dental
  implants (landline), sick notes and certificates (QQ), a weight-loss check-in group (群号), an aunt's hospital beds and
  surgery slots (私我), a husband's Russian joint ointment (私聊), bird's nest with collagen (shop link), semaglutide and
  generic drugs (t.me), the writer's 八段锦 and moxa patches (抖音号), entry medicals and health certificates (e-mail), IVF in
  Thailand (WhatsApp), Japanese supplements from Osaka (LINE), a sister's aligners (小红书), sugar-lowering tea (公众号), a
  father's massage (快手), a colleague's wife's Thermage (她微信), a cousin's hair transplants (mobile), foot patches (淘宝);
  then collagen drinks (spaced digits), rush hospital numbers (Chinese digits), home eyelid surgery and liposuction
  (circled digits), milk powder for the elderly (幺), Thai slimming pills (扣扣), forged diagnoses and records (企鹅), the
  writer's staff-price fillers (绿泡泡), HPV booking (威信), hair transplants (full-width), Indian diabetes drugs (spaced
  letters), oral hyaluronic acid (short link), slimming injections (纸飞机), teeth whitening (mixed digits), hearing aids
  (dotted digits); the ten heavy lines (a check-up package, blood-pressure drugs, a Korean clinic, HPV vaccines in Hong
  Kong and Macao, aesthetics, slimming tea, face-slimming injections at home, hospital numbers, American cancer drugs,
  certificates); and the 12 subtle lines.
- `NEGATIVE_47` (100 lines): 20 that look dangerous at first sight (12345 and 12315 against door-to-door supplement
  sellers, a check-up centre's front-desk landline passed on at work, the pharmacy's own landline in its VIP group, an
  online pharmacy order number, a check-up invoice number, a Tencent Meeting number for the HR talk on check-ups,
  nmpa.gov.cn to check approval numbers, a finance colleague's mobile for claims, a member's own new number after a
  phone fell in the toilet, an SF number for a community blood-pressure monitor, a community health centre's landline
  for HPV doses, 12393 for medical insurance, a 20-digit drug tracing code, a check-up report number, HR's e-mail for
  sick-leave scans, a family doctor's landline, a pharmacy member card number, a hospital's website for specialists'
  rotas, “加我微信” to “小赵” for a list, a child's vaccination certificate number); 10 members asking or recommending (a
  hospital for periodontitis, an oxygen concentrator, ortho-k lenses, a cheap scaling, whether 陪诊 is reliable, whether
  hair transplants are worth it, quadrivalent before nine-valent, a Chinese-medicine doctor for insomnia, crossing to
  Hong Kong for vaccines, the pharmacy's member day); 10 warnings or complaints quoting the ad or scam (“三天瘦十斤，无效退款”, a
  magnet mattress sold at a health talk, a fake medical-insurance call, touts at the hospital gate, “进口九价现货”, a bought
  “病假条全套带章”, “免费体检，到场领鸡蛋”, cheap Japanese diabetes pills, a Korean “一针年轻十岁”, a kicked appointment tout); 17 lines with
  numbers that are not contacts (blood pressure, cholesterol, check-ups counted in a department, a flu-vaccine 接龙, a
  ward bed, implant quotes, a square-dance score, a vaccine date, daily steps, a pharmacy discount, a reimbursement
  threshold, a queue number, blood sugar, a pickup code, a child's eyesight, weight lost, meeting room B302); 7
  organisers' and admins' own notices (a ban naming weight-loss, supplement, aesthetics, appointment, 陪诊, drug-buying,
  vaccine and sick-note ads, a property office's free blood-pressure day, the pharmacy's member day, an HR deadline for
  check-ups, a class teacher on flu vaccines, a removed therapy-device advertiser in an elderly members' group, a
  homeowners' committee against supplement stalls); 27 lines of everyday chat about a foot bath, a long queue, a father
  who avoids check-ups, a follow-up visit, a colleague's eyelids, dieting, a child's front tooth, 水光针 and pain, elderly
  people at the pharmacy, a neighbour's cupboard of supplements, a sick note accepted at work, a nine-valent dose at
  last, a hearing aid, a colleague on sick leave, hair loss, a new dental clinic, a tai-chi teacher, a child afraid of
  needles, online booking for the elderly, a quantum bracelet that did nothing, Hong Kong pharmacies, fish oil, a
  thyroid scan, eye surgery, an alarm button after a fall, a community clinic, flu season; 5 heated arguments without
  any selling; two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_47 = """
左旋肉碱燃脂片，一个月瘦十来斤不反弹，想要的加我微信 slim_qiqi520，我自己也在吃
我姐在首尔做皮肤管理，水光针、玻尿酸都能帮约，翻译接机全包，vx：seoul_yumi88
北京几家顶级三甲的专家门诊我都有门路，外地来看病的省得排通宵，加v hao_tong_bj，号到付款
日本代购：护肝片、小林制药退烧贴、龙角散，每周五截单，wx：dongjing_mama07
九价HPV香港代约，三针套餐含交通，V❤：hk_jiujia_lin
我干陪诊三年了，子女不在身边的老人，挂号取药检查我全程陪，打我电话 18657302914
负离子理疗床垫，老人睡了腰不疼腿不麻，免费试睡一个月，13916084257（微信同号）
种植牙一颗2980起，全口可以分期，预约座机 0755-2631 8047
病假条、诊断证明都能开，带医院章，QQ：2871640359
减肥打卡群，营养师每天盯餐，群号 736482019，进群先报体重
我小姨在省人民医院，床位、手术排期都能往前挪挪，价钱好商量，私我
俄罗斯的关节止痛膏，我老公跑边贸带回来的，一盒六十，要的私聊
即食燕窝配胶原肽，姐妹们冬天养气色就靠它了，拍两盒送一盒，有赞店铺直接下单 youzan.com/v2/goods/3f8kq2ldy7p
司美格鲁肽、海外仿制药代购，频道 t.me/yaofang_global 每天更新到货
我在抖音教老年人八段锦，顺带卖点艾灸贴，抖音号 aijiu_zhang66
入职体检表、健康证代办，不用本人去，资料发邮箱 tijian_daiban@163.com
泰国试管婴儿一条龙，选性别，WhatsApp +66 81 274 5390
我人在大阪，纳豆激酶、鱼油可以直邮国内，LINE：osaka_kenko
我妹做隐形矫正的，新客打五折，小红书号 7623019845 有案例
关注公众号“银发康养汇”回复“领取”，送一盒降糖茶
我爸做了四十年推拿，颈椎腰椎都能调，快手搜“老周推拿”
同事老婆在做眼部热玛吉，效果真不错，她微信 remaji_xiaoyu，报我名字打八折
我表哥在广州开植发机构，发际线高的找他，电话 15989246103
淘宝搜“徐大夫足贴”，老人贴一晚睡得香，我自己家的店
胶原蛋白饮一箱九十九，买两箱送美容仪，订货 186 5027 4139
北京上海大医院挂号加急，电话一五八二七六四三零九一
割双眼皮、吸脂私人医生上门做，①③⑦ ⑨④⑥⓪ ②⑧⑤①
中老年高钙奶粉，补钙又助眠，我们是厂里直接出货，幺三八 两洞四七 九幺六五 找小韩
泰国原装减肥药，扣扣：二七四九八零一三六
代写诊断证明和病历，企鹅号 31028 7469
我在医美机构上班，员工价打玻尿酸，绿泡泡 meiyan_joy
九价代约加威信 hpv9_yuyue
ＦＵＥ无痕植发，加ｗｘ：ｚｈｉｆａ＿ｌｉｕ
降糖药印度版代购，v x：d a i g o u _ y a o
口服玻尿酸领券 dwz.cn/Kf7rP2 先到先得
进口瘦瘦针，纸飞机 @shouzhen_vip
牙齿美白冷光一次两百八，1三9 二7五8 4〇6一
老年人助听器批发价，139.2704.8651
超值体检套餐，预约请致电 ¹³⁹ ²⁷⁵⁶ ⁸⁴¹³
进口降压药代购，手机 ⑴⑸⑻ ⑵⑹⑶⑼ ⑷⑺⑴⑵
韩国整形医院中文顾问，电话 일삼칠 공팔구사 육이오일
代约港澳九价，ԝх：јіuјіа_һк
ᴡx：ᴍᴇɪʏᴀ_ʟɪɴ 医美私人定制
减肥茶试喝，微信号是“瘦身成功就在今年”八个字的拼音首字母
瘦脸针可以上门打，号码不好直接发，按顺序记：一帆风顺、三阳开泰、六神无主、零敲碎打、八面玲珑、二龙戏珠、九霄云外、七步之才、五体投地、四海为家、一心一意
外地来京看病的，妇产儿童肿瘤专家号我这边都能排，电话要从最后一位往前念：2149 6085 731
美国原研抗癌药代购，企鹅：Ⅷ Ⅲ Ⅴ Ⅱ Ⅸ Ⅰ Ⅶ Ⅵ Ⅳ
代开各类诊断证明，微：26-8-5-14-7-13-9-14-7，数字换成字母表里第几个字母
磁疗降压手环厂家直供，明早六点半公园东门那排长椅，我摆着，试戴不要钱，戴着舒服再掏钱
专家号每天我都能弄到几个，在群里接龙写上就诊人姓名和科室，挂上了再转钱给我
想领减肥咖啡试喝装的拍一拍我，我按顺序寄
灵芝孢子粉要的把钱和名字一起放我家门口的牛奶箱，16栋2单元101，第二天一早就放好货
周四上午九点老年活动中心二楼听健康讲座，来就送十个鸡蛋一袋挂面，现场买深海鱼油打五折
陪诊的活我接，半天两百，看病那天早上七点在门诊大厅自助机旁边等我，穿红马甲的就是我
病假条一张八十，把名字和请几天写便利贴上贴我车窗，白色比亚迪，停地库B区三号车位
植发免费面诊名额还剩五个，周末拿一张年轻时的照片到万象城五楼，说是群里来的就行
隐形矫正团购还差四人成团，想拼的去群相册那张牙套照片下面点个赞，满了我统一报
港版九价下周我过关顺带打，要一起去的周日下午两点小区篮球场边集合，坐我的车，一人一千二全包
养生馆新开张，到店报“阳光小区”四个字送一盒鱼油，店就在菜场二楼楼梯口，办卡更划算
想了解司美格鲁肽减肥的，今晚九点我在群里开语音挨个讲，名额有限，先到先得
"""

NEGATIVE_47 = """
卖保健品的又来敲门了，有问题直接打12345投诉，或者打市场监管的12315
今年体检在瑞慈，有问题打体检中心前台 021-6238 4719
【康宁大药房】本店电话 0571-8826 3317，会员缺货的药先登记，到货了店员会打给您
我的订单号 DD20251130045617 买的血糖试纸还没发货，药师帮忙看一下
体检费发票号码 04417329，财务说报销要原件贴单
腾讯会议 583 227 914，下午三点人事讲今年的体检和补充医疗
国家药监局网站 nmpa.gov.cn 能查批准文号，群里推的那些“特效药”先去查查
报销的事找财务小周，手机13851260947，就说是我让你打的
上周手机掉进马桶了，干脆办了张新卡：15267038812，舅舅姨妈们存一下，原来那个月底注销
顺丰单号 SF1403 8826 7715 是社区给独居老人寄的血压计，谁在家帮签收下
HPV在社区卫生服务中心约的，打 021-5468 2231 问有没有余苗
异地就医能不能直接结算，爸妈别光在群里猜，打医保热线12393一问就清楚了
盒子侧面那串20位追溯码，用支付宝扫一扫能查是不是正品
体检报告编号 TJ20251108-0337，到三楼窗口报号就能领
病假证明扫描件发 hr@kaiyuetech.com，原件周一交给前台
家庭医生王大夫的电话在签约卡背面，0512-6571 3308，工作日上午都在
会员卡号 VIP008213，积分能换个电子体温计吗
市一院官网 www.syy-hospital.cn 上能查专家排班，周三有内分泌科主任门诊
小赵，体检名单表格我整理完了，你加我微信，我传过去你对一下工号
孩子预防接种证编号 3205 8213 0046，打针的时候护士要扫
我妈刷牙老出血，牙医说是牙周炎，咱们这儿看牙周哪家医院做得细致？
想给我爸买个制氧机，有用过的推荐个牌子吗
大家孩子近视都在哪配的角膜塑形镜？贵不贵
我在口腔医院做的洗牙，才一百二，医生很仔细，推荐给大家
陪诊这种服务靠谱吗？我在外地，我妈下个月要去做胃镜，谁家请过
植发到底是不是智商税，身边有做过的吗，说说真实感受
请教一下，九价没约到，四价先打了以后还能补吗
推荐市中医院的李主任，我爸的失眠就是她调好的，挂号要早
有人去过香港打疫苗吗？自己过关麻不麻烦
药店会员日是每月几号？我想囤点降压药
“三天瘦十斤，无效退款”这种话刚有人在群里发，截图我已经交给群主了，千万别买
我妈又被拉去听讲座，人家说“磁疗床垫包治高血压”，一万八买了张床垫
注意：有人冒充医保局打电话，说“您的医保卡涉嫌违规，需要冻结”，直接挂
医院门口那些问“要不要专家号”的黄牛别理，挂的号多半是假的
朋友圈那个“进口九价现货，不用预约”的，是水货，打了出事没人管
我同事花三千买的“病假条全套带章”，公司一查是假的直接开除了
北门那几个年轻人塞的单子写着“免费体检，到场领鸡蛋”，后面就是推几千块的保健品，爸妈们当心
有个微信号加我说“日本原装降糖药，比医院便宜一半”，这种真不敢吃
网上那种“韩国医生亲诊，一针年轻十岁”的，我表妹打完脸肿了一个月
群里刚被踢的那个发“代挂北京各大医院专家号”的，大家要是加了就删了吧
今天测的血压 138/86，比上周好点
体检报告出来了，总胆固醇 5.9，医生说要控制饮食
我们部门42个人，今年体检到了38个，剩下4个周五前去
孩子打流感疫苗的接龙：1. 王梓涵 2. 陈一诺 3. 刘子墨 4. 赵欣然
我爸住在住院部七楼715床，周末去看的提前说
种一颗牙问了三家，报价8800、1.2万、1.5万，差得也太多了
跳广场舞比赛咱们队得了第二，87.5分
疫苗第二针是12月18号，别忘了
这周走路平均每天一万二千步，减了一斤半
药店这周满199减30，我刚买的，划算
医保今年门诊报销起付线是800，超过的报55%
排队到第63号了，还有二十多个才到我
我妈空腹血糖7.2，糖化6.8，要不要吃药
取药码是4571，到窗口报就行
孩子视力左眼4.8右眼4.9，老师让复查
体重从148掉到131，花了五个月
会议室 B302 下午要做健康讲座，桌椅谁帮忙摆一下
群规重申：本群禁止发减肥药、保健品、医美、代挂号、陪诊、代购药和疫苗代约、代开病假条等任何广告，发一次踢
【物业】今天下午两点到五点社区卫生服务中心在小区广场免费量血压测血糖，老人可以下楼
本周六会员日，药师现场免费讲用药安全，凭会员卡领小礼品
行政通知：年度体检截止本月30号，没去的抓紧，过期不补
家长们，学校下周二统一接种流感疫苗，自愿，不打的在回执上写明
刚才发理疗仪广告的已移出群，老年大学群只聊学习和生活
业委会提醒：小区内禁止摆摊推销保健品，看到请联系物业处理
我妈非说那个泡脚桶能降血压，天天泡，拦都拦不住
今天去医院挂了个专家号，排了三个小时，看了五分钟
我家老爷子说什么都不肯去体检，怕查出毛病
昨天陪我爸去复查，医生说恢复得挺好
我们公司同事去做了双眼皮，消肿了确实好看
减肥这事儿还是管住嘴迈开腿，别的都白搭
孩子换牙期门牙长歪了，牙医说先观察半年
我也想去打个水光针，就是怕疼
早上在药店排队量血压的老人好多
隔壁李阿姨买了一柜子保健品，她儿子回来差点吵起来
上次感冒请了三天假，医院开的证明公司才认
九价总算约上了，社区等了快一年
我爸的助听器戴上以后话多了不少，哈哈
今天组里小刘请病假了，他那摊活我先顶着
脱发太严重了，熬夜真的伤不起
楼下新开的牙科诊所装修得挺洋气
老年大学的太极课下周换老师了
我家娃怕打针，一进医院就哭
医院现在都网上预约了，老人不会用手机真是麻烦
那个什么量子手环，我姑父戴了半年，血压一点没降
同事从香港回来，说那边药店人好多
我婆婆说鱼油吃了眼睛亮，我看是心理作用
今年单位体检加了个甲状腺B超，挺好
做完近视手术第三天，看东西还有点雾
老人在家摔了一跤，幸亏戴着那个一键呼叫
我们这边社区医院开药比大医院方便多了，就是药不全
最近流感厉害，大家出门戴口罩
你能不能别在群里替那个理疗店说话了？你妈花了两万你不心疼我心疼！
谁说打玻尿酸就是虚荣？我自己挣的钱爱怎么花怎么花，轮得到你管？
你那套“酸碱体质”早被辟谣了，还天天转，转一次我怼一次
我请病假有医院证明的，你凭什么说我装病？当着全组人的面把话说清楚
老师你别太过分，孩子发烧还让来上课，出了事谁负责？
Quick question: is the Zhongshan Road pharmacy open this Sunday? Mum's blood pressure tablets are almost gone.
Finally got my second HPV shot today, arm is a bit sore but fine.
我媽最近迷上那個養生館，每天都去排隊領雞蛋，說也說不聽
今天陪外婆去醫院拿藥，護士很有耐心，真是謝謝她們
"""
