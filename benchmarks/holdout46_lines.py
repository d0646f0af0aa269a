"""Hold-out set 46 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written at the end of session 13, after sets 1-44 (see holdout_data.py), at the same time as set 45 (written by another
helper; this set was checked by the same script against set 45's 160 lines as they stood when this one was finished,
unread: highest ratio 0.480, so no line of this set needed rewriting for it), and not scored yet. The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/,
tests/ or docs/, imported nothing from qungui, ran no detector or qungui command on these lines and did not run
bench_holdout.py or any other benchmark; holdout_data.py (lines 1-180, its docstring) was opened only for the labelling
rules and the history of earlier sets, holdout43_lines.py and holdout44_lines.py only for their module docstrings,
printed up to the closing triple quote (the file format, the docstring style and their topic lists, contact forms and
calls, to avoid repeating them; their lines were not read), the benchmarks folder only for its list of file names, and
pyproject.toml only for its ruff settings (its [tool.ruff] sections printed). The two dumps (earlier hold-out lines of
sets 1-44, training lines) were only read by a similarity script that printed this set's lines and ratios, never the
dumps' lines (apart from that script, only their line counts were taken). No line is copied from earlier sets or from
the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round) against
every line of the earlier hold-out sets' dump is at most 0.5 (highest 0.496), against every line of the training-line
dump at most 0.5 (highest 0.457), and no two lines of this set exceed 0.5 against each other (highest 0.371). Nine lines
that first stood above 0.5 against the hold-out dump (0.783 at most) were rewritten; none stood above 0.5 against the
training lines. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 46 focuses on going abroad: overseas labour export and jobs (出国劳务, 海外务工, 赴日技能实习, 韩国E-9, 迪拜 and 塞尔维亚 building and
factory work, 新西兰 seasonal picking, 介护, 护工), visa agents (申根, 美签 DS-160 and 面签 slots, 加急签证, 拒签包过, 韩国F-4), immigration
and residency schemes (技术移民 scoring, LMIA, EB-3, 匈牙利国债, 葡萄牙黄金居留, 菲律宾退休签, 马来西亚第二家园, 泰国精英签, 陪读签证), study-abroad agents and
language schools (留学中介 and their kickbacks, 文书润色, 雅思 classes, 代抢考位, 日语 N2, 德语 and 少儿英语 classes), foreign-currency
exchange on the side (换汇, 迪拉姆, 美元港币 bought up), beside ordinary chat about passports, embassy appointments, visa
refusals, relatives abroad, tuition and exchange rates in family, alumni, work, village and neighbourhood groups. It
keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id after "加我微信"; "vx："; "加v" (a
sister-in-law's working-holiday applications); "wx：" with "备注出发城市"; "V❤："; an uncle's mobile in Dubai after "打他电话";
"微信同号" after the number; a private exit-entry agency's landline after "咨询座机"; a "QQ" number; a "QQ群" number; "私我" (a
cousin's Singapore labour agency); "私聊"; a 微店 goods link; a WPS form sign-up link; a t.me channel; a 闲鱼 shop name to
search; an e-mail address for CVs; a WhatsApp number with +60; a KakaoTalk id; a 抖音号 with "私信她"; a 公众号 to follow with a
reply word; a colleague's brother's "他微信"; an agency's own website; a retired father's mobile after "找老王") and 14
moderately (digits spaced in groups "139 0845 2716"; Chinese digits with 〇 "一三八〇七三一五九二六"; circled digits run together
with ⓪; 幺/两/洞 in groups; upper-case Chinese digits in groups; "扣扣" with Chinese digits; "企鹅" with dash-grouped digits;
"绿泡泡" with an id; "纸飞机" with an @handle; a t.cn short link without its scheme; a full-width id after "加ｗｘ"; "V 信" with a
spaced-letter id; digits mixing Arabic and Chinese "1三7 0六4八 2九5一"; the homophone "加薇" for 加微) and 10 heavily, with
disguises the docstrings read do not list (Suzhou numerals "〡〣〨 〤〦〥〧 〢〩〡〥"; keycap digits without the emoji selector
"1⃣5⃣2⃣ 7⃣3⃣0⃣8⃣ 4⃣6⃣1⃣9⃣"; Eastern Arabic-Indic digits "١٣٦ ٨٢٤٧ ٥٠٣٩" for a Dubai job; mathematical script letters
"𝓋𝓍：𝒶𝓊_𝓎𝒾𝓂𝒾𝓃_𝓁𝒾"; circled letters "ⓥⓧ：ⓘⓔⓛⓣⓢ_ⓢⓟⓔⓐⓚ"; a mobile number with every digit one lower, "每一位数字都加一再拨"; English
digit words "one-five-nine, seven-two-zero-three, eight-four-six-one"; a split character with a homophone, "加威亻言" (亻言
for 信); seven digits given and the last four to be made from today's date, "后四位就是今天的月份加日期"; Zhuyin (bopomofo) for 微信,
"ㄨㄟ ㄒㄧㄣˋ") and 12 subtle (an offer with a call to action only, none listed by the earlier sets' docstrings that the
writer read: "下周六下午两点区图书馆三楼报告厅开日本技能实习说明会，想去的带上身份证复印件和两张一寸照直接来", "韩国E-9劳务这批只剩四个名额，想报的今晚十点前在群里发个“韩”字，我挨个拉进报名群",
"美签面谈位能约到下个月的，把护照号和想要的日期写纸上塞我家门缝，5栋302", "换美元日元的明早九点到十点在中行门口那棵大榕树下找我，比柜台汇率多给两分",
"转发这条到朋友圈攒满二十八个赞，拿截图到人民路留学服务中心前台领一份免费选校报告", "雅思代抢考位，在群里给我发个一百的专属红包，备注考试城市和月份，抢到再补尾款",
"想了解投资移民的，周日中午锦江饭店二楼有免费午餐会，门口签个到就能进，现场签约减两万", "想去新加坡做厨师的，明早八点带着厨师证到火车站北广场，白色大巴直接拉去培训基地面试",
"我家客厅每周二晚上七点开少儿英语语言班试听，想让孩子来听的直接上12栋601敲门", "加急护照和签证的材料装信封交给门卫老张，信封上写清电话，我每晚去取，一件两百，三天出结果",
"出国劳务体检统一安排，周五早上空腹到县医院门口集合，三百块现场交给我，合格的当场签合同", "孩子想出国读高中的家长，本周日上午十点带上成绩单来万达写字楼1806，我们老师现场出方案"). About 15 positives are
written the way members casually sell in a group (a sister-in-law's working-holiday applications, an uncle's building
crew in Dubai, a cousin's Singapore labour agency, the writer's six Serbian factory places, the writer's own 闲鱼
translation shop, a daughter studying in Britain who answers questions on 抖音, a colleague's brother's Hungarian bond
scheme, a retired father's 赴日研修 jobs, the writer's family currency exchange, the writer's own ten years of teaching
Japanese, a best friend's Thai Elite visas in Bangkok, and the subtle lines' 面签 slots through the writer's letterbox,
dollars and yen under the banyan tree, the writer's living-room English class, and papers left with the gatekeeper for
the writer to collect).

- `POSITIVE_46` (60 lines): Japanese food-factory labour (加我微信), New Zealand seasonal picking (vx), a sister-in-law's
  Australian working holidays (加v), Schengen visas (wx), Canadian study abroad (V❤), an uncle's Dubai building crew
  (mobile), a Korean language school with part-time work (微信同号), a private exit-entry agency (landline), IELTS classes
  (QQ), free German universities (QQ群), a cousin's Singapore labour agency (私我), Serbian factory places (私聊), DS-160
  forms and 面签 slots (微店 link), British master's applications (sign-up form), buying up dollars and Hong Kong dollars
  (t.me), the writer's visa-document translation shop (闲鱼), EU Blue Card engineers (e-mail), Malaysia My Second Home
  (WhatsApp), Korean F-4 visas (KakaoTalk), a daughter's study-abroad advice (抖音号), immigration news (公众号), a
  colleague's brother's Hungarian bonds (他微信), overseas jobs (agency website), a retired father's 赴日研修 (mobile); then
  Russian logging (spaced digits), the writer's family currency exchange (Chinese digits), LMIA sponsorship (circled
  digits), Polish work permits (幺), Philippine retirement visas (upper-case digits), the writer's Japanese classes (扣扣),
  Portuguese golden residence (企鹅), kickbacks for sending students to an agency (绿泡泡), dirhams in Dubai (纸飞机),
  Australian points tests (short link), Japanese care work (full-width), a best friend's Thai Elite visas (spaced
  letters), EB-3 green cards (mixed digits), essay polishing (加薇); the ten heavy lines (Japanese trainees, dollar and
  Hong Kong dollar exchange, Dubai welders, Australian skilled migration, IELTS speaking practice, rush visas, UK care
  visas, German admissions, rush immigration, Singapore study-mother visas); and the 12 subtle lines.
- `NEGATIVE_46` (100 lines): 20 that look dangerous at first sight (the National Immigration Administration's 12367
  line, "加我微信" to a colleague named first for a visa file list, a passport's EMS number, the 12308 consular protection
  line, a university exchange office's landline, the official IELTS site, a named neighbour's visa application number,
  the property office's landline for a residence certificate, a notary office's window number, a community QR code for
  returnee employment registration, a school information session's QR code in the college 公众号, a bank's 95588 line for
  foreign cash, a cousin's Toronto mobile for children arriving there, a flight booking code, a visa-fee invoice number,
  the German consulate's appointment site, a teacher's mobile for an exchange interview, a green-card case number, a
  passport pickup receipt number, the HR department's e-mail for visa scans); 10 members asking (care work in Japan,
  which UK visa centre, a study-abroad agent, where to change won, reapplying after a US refusal, self-study for IELTS,
  a fair labour-export fee, German language-school costs, renewing a passport before Thailand, a Canadian visiting
  visa's invitation letter); 10 warnings or complaints quoting the ad or scam ("出国劳务月薪三万，包吃包住包机票", "柬埔寨高薪客服，无需经验",
  "拒签全额退款，百分百包过", a private dollar exchange with dirty money, "您的护照已被注销，请点击链接核实", "花二十万办美国绿卡，不用排期", "雅思保分，不过退费",
  "日本打工一年挣二十万", "高价收外币，上门服务", a fake embassy call "你涉嫌洗钱，护照要冻结"); 18 lines with numbers that are not contacts (a dollar
  rate, visa fees shared out, a passport 接龙, IELTS band scores, staff sent abroad, a passport in twelve days, a euro
  rate, Canadian tuition, a grandfather's years in Indonesia, a queue number at the visa interview, Japanese exam
  passes, a German salary threshold, a Singapore trip's cost, an alumni basketball score, visa photo sizes, a time
  difference, a reunion's date and sign-ups, families with children abroad); 6 organisers' and admins' own notices (a
  ban on agent and exchange ads, a removed "加急签证包过" account, an overseas alumni talk, no private currency deals, a
  company's work-visa passports, a village committee against fake labour firms); 27 lines of everyday chat about a son
  landing in Melbourne, a quick visa interview, a son back from Japan, a falling yuan, a passport photo, a cousin's
  maple-leaf card, waiting for a visa, an IELTS examiner's accent, missing noodles in Germany, whether working abroad
  pays, a mother dropping her passport, embassy booking at 3 a.m., a father's years in Libya, a nephew picking
  kiwifruit, classmates married, jet lag, Alipay abroad, a Sichuan cook in Saudi Arabia, a neighbour's daughter admitted
  in Hong Kong, a first visa refusal, emigrating on impulse, an uncle's railway in Algeria, a grandmother's passport
  decades ago, easier Japanese visas, idle dollars, making friends at language school, a cousin's permanent residence;
  two English lines and two traditional-script lines; 5 heated arguments without any selling.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work or help.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_46 = """
日本食品加工厂正规劳务，包住宿，月到手一万五左右，年龄十八到四十五，加我微信 riben_laowu88 详聊
新西兰果园季节工今年最后一批，签证材料我帮你准备，vx：kiwi_pick2026
我小姨子专门做澳洲打工度假申请，名额一放出来就抢光，想试试的加v：aus_whv_lily
申根签证代办，法意西都能做，不用本人跑领馆，wx：schengen_bb 备注出发城市
加拿大留学选校、文书、签证一条龙，今年已经送出去四十多个学生，V❤：maple_edu_chen
我舅舅在迪拜带工程队，缺钢筋工木工，管吃住机票报销，愿意去的打他电话 13907314582
韩国语言班加周末打工，学费可以分期，咨询 15874302691 微信同号
恒通因私出入境服务，护照签证代办、加急件专人跑，咨询座机 0731-85562947
雅思七分保分小班，八人一班，晚上网课，报名找QQ 2846719305
想去德国读免费公立大学的同学进QQ群 718263054，群里每周三有德语试听
表哥在新加坡做建筑劳务好几年了，走正规工签，谁家孩子想出去闯闯的私我
我手上还有六个塞尔维亚工厂的名额，签证我们包办，机票自理，感兴趣的私聊
美签DS-160表格代填，还能帮忙抢面签名额，微店下单：https://weidian.com/item.html?itemID=6281047735
英国硕士27fall早鸟优惠月底截止，在线登记送一份选校报告，表单在这 https://f.wps.cn/g/Uk27msc
高价收美元港币，当天到账不走银行，频道 t.me/huanhui_kuaidui
我自己在闲鱼开了个签证材料翻译的小店，搜“安签小铺”，群里的朋友一律九折
欧洲蓝卡工程师岗位内推，德国荷兰都有，简历直接发 bluecard.hr@outlook.com
在马来西亚的老乡看过来，第二家园签证代办，费用全包，WhatsApp +60 12-736 4819
韩国F-4签证首尔本地代办，不用回国，加kakao：seoul_visa_kim
我闺女在英国读研，顺带做留学咨询，抖音号 uk_xuejie_2019，私信她能一对一答疑
移民政策天天更新，关注公众号“枫叶移民圈”，回复“绿卡”领取免费评估表
同事他哥在做匈牙利国债移民，四口之家一起办，想了解的加他微信 hungary_golden
海外务工正规备案企业，日韩新马岗位每周更新，官网 www.haiwaiwugong.com 在线报名
我爸退休前在劳务公司干了二十年，现在帮人办赴日研修，想去的打 18673015926 找老王
俄罗斯伐木工包签证，月薪两万起，要身体好的，电话 139 0845 2716
我家就是做换汇的，美元欧元日元都收，汇率好商量，电话一三八〇七三一五九二六
加拿大LMIA雇主担保，餐馆和农场名额紧，联系①⑤⑨②⑦④⓪③⑧⑥①
波兰工签直聘，不收押金，幺三九 两洞四八 幺五六七
菲律宾养老移民退休签，一次办好终身有效，咨询：壹捌陆 柒叁零伍 贰玖肆捌
我自己教日语十年了，N2冲刺班晚上网课，扣扣七八二四六一九三五
葡萄牙黄金居留，五十万欧起投，企鹅：3915-2708-46
留学中介有返佣，帮忙介绍学生的每个给两千红包，绿泡泡：liuxue_fanyong
迪拜人民币换迪拉姆，当面交易，纸飞机 @dxb_cny_ex
澳洲技术移民打分自测，点 t.cn/A6xQ9mVb 两分钟出结果
赴日介护工作，日语零基础包教，加ｗｘ：ｊｉｅｈｕ＿ｊｐ
闺蜜在曼谷做泰国精英签，五年十年都有，V 信 t h a i _ e l i t e
美国EB-3移民排期快，全家一起拿卡，咨询 1三7 0六4八 2九5一
留学文书润色，母语老师逐句改，加薇 essay_fixer_amy
赴日技能实习生报名，包吃包住，电话：〡〣〨 〤〦〥〧 〢〩〡〥
手里有美元港币要出的找我，当天结清，比去银行排队省事，号码 1⃣5⃣2⃣ 7⃣3⃣0⃣8⃣ 4⃣6⃣1⃣9⃣
迪拜工地招电焊工，月薪一万八，机票公司出，电话 ١٣٦ ٨٢٤٧ ٥٠٣٩
澳洲技术移民评估，名额有限，𝓋𝓍：𝒶𝓊_𝓎𝒾𝓂𝒾𝓃_𝓁𝒾
雅思口语陪练一对一，外教带，ⓥⓧ：ⓘⓔⓛⓣⓢ_ⓢⓟⓔⓐⓚ
签证加急通道三天出，电话 04796315827，每一位数字都加一再拨
英国护工签证带offer，名额不多，号码念给你：one-five-nine, seven-two-zero-three, eight-four-six-one
德国留学保录取，材料我们来做，加威亻言 deguo_liuxue_wang
移民加急办理，电话前七位1597306，后四位就是今天的月份加日期
新加坡陪读妈妈签证，ㄨㄟ ㄒㄧㄣˋ：sg_peidu_mama
下周六下午两点区图书馆三楼报告厅开日本技能实习说明会，想去的带上身份证复印件和两张一寸照直接来
韩国E-9劳务这批只剩四个名额，想报的今晚十点前在群里发个“韩”字，我挨个拉进报名群
美签面谈位能约到下个月的，把护照号和想要的日期写纸上塞我家门缝，5栋302
换美元日元的明早九点到十点在中行门口那棵大榕树下找我，比柜台汇率多给两分
转发这条到朋友圈攒满二十八个赞，拿截图到人民路留学服务中心前台领一份免费选校报告
雅思代抢考位，在群里给我发个一百的专属红包，备注考试城市和月份，抢到再补尾款
想了解投资移民的，周日中午锦江饭店二楼有免费午餐会，门口签个到就能进，现场签约减两万
想去新加坡做厨师的，明早八点带着厨师证到火车站北广场，白色大巴直接拉去培训基地面试
我家客厅每周二晚上七点开少儿英语语言班试听，想让孩子来听的直接上12栋601敲门
加急护照和签证的材料装信封交给门卫老张，信封上写清电话，我每晚去取，一件两百，三天出结果
出国劳务体检统一安排，周五早上空腹到县医院门口集合，三百块现场交给我，合格的当场签合同
孩子想出国读高中的家长，本周日上午十点带上成绩单来万达写字楼1806，我们老师现场出方案
"""

NEGATIVE_46 = """
国家移民管理局的服务热线是12367，办护照之前可以先打过去问清楚要带什么
小孙，德国出差的签证材料清单太大了群里发不了，你加我微信，我直接传给你
儿子护照寄回来的EMS单号 1178 2936 5041，刚查了已经到市邮局，明天应该能送到家
外交部全球领事保护热线12308，家里有人在国外打工的，手机里一定要存一个
学校国际交流处的电话是0731-88872315，交换生的材料周三前交到行政楼204
雅思报名只认官网 ielts.neea.cn，别在别的地方交钱，更别把身份证号给陌生人
王姐，你儿子的签证申请编号AA00F3K92L我帮你查了，状态还是行政审查，再等等吧
开居住证明得本人带身份证去物业，座机0731-84125566，中午十二点到两点没人接
公证处办出生公证的窗口电话0755-82091147，我昨天打过，现在要提前一天预约
社区给留学回国人员做就业登记，二维码贴在服务站门口，是人社局的系统，扫码填一下就行
下周三学校国际处的留学宣讲会，报名二维码在学院公众号最新那条推文里，校内活动不收费
银行换外币要提前预约，我打工行客服95588约的，第二天下午就取到了
我表姐在多伦多，她手机 +1 416 555 0183，孩子们到了那边有急事可以先找她
机票订单号E2T8KQ，航班改到周六上午了，接机的时间我晚点再跟大家确认
报销签证费要附发票，号码04718253那张我交给财务小陈了，别重复报
德国领馆预约官网是 service2.diplo.de，别点那些做得跟官网一样的中介链接
刘老师的手机13873025619，交换项目的面试改到她办公室了，大家有问题直接联系她
我老公的绿卡案件编号IOE0918273645，在移民局网站上查还是审理中，急死了
明天护照领取的回执编号是 3102-7745，谁顺路去出入境大厅帮我拿一下，我请奶茶
人事部通知：外派印尼的同事把签证扫描件发到 hr@company-intl.cn，文件名写清楚姓名和部门
有没有在日本的群友，想问问现在去那边做护工靠不靠谱，一个月实际能拿多少
谁知道办英国签证要去哪个签证中心，我们这边是不是还得跑广州
求推荐一家靠谱的留学中介，孩子明年想申澳洲，前面被两家忽悠怕了
去韩国旅游要换韩元，是在国内银行换划算还是到了仁川机场再换？
请问美国签证被拒过一次，隔多久可以再申请？有经验的说一说
有没有考过雅思的，自学能考到6.5吗，还是得报个班
哪位清楚出国劳务的服务费一般多少算正常，我怕交多了被坑
谁家孩子在德国读书的，想问问语言班一年下来大概要花多少钱
护照过期了补办要多久啊，下个月要去泰国，还来得及吗
请问加拿大探亲签需要邀请函原件吗？我妈想过去看外孙
刚才那个“出国劳务月薪三万，包吃包住包机票”的别信，我们村有人去了，护照被老板扣了
派出所发的提醒：“柬埔寨高薪客服，无需经验”这种都是电诈园区在骗人，千万别去
“拒签全额退款，百分百包过”这种签证中介别碰，我同事交了八千，拒签后人就找不到了
别找私人换汇，我朋友贪便宜找人换美元，收到的是赃款，银行卡被冻了半年
收到短信说“您的护照已被注销，请点击链接核实”，这是诈骗，出入境从来不这样发
那个说“花二十万办美国绿卡，不用排期”的，一听就是骗子，移民哪有这种捷径
小心“雅思保分，不过退费”的广告，分数是考官打的，谁也保不了
我舅舅去年信了“日本打工一年挣二十万”，被骗了五万中介费，到现在还在要
楼道里贴的“高价收外币，上门服务”小广告我撕了，物业也说私下换汇是违法的
有人冒充大使馆打电话说“你涉嫌洗钱，护照要冻结”，我爸差点转钱，大家跟家里老人说一声
今天看了一眼汇率，一美元七块零八，给儿子打钱又得多花几百
签证费一共一千二百四十，加上照片和快递费，我先垫着，回头大家AA
接龙：下周去出入境大厅办护照的 1. 张敏 2. 老李一家三口 3. 王晓
雅思成绩出来了，总分7，听力8阅读7.5写作6口语6.5，写作还是拖了后腿
我们公司今年派出去海外项目的有37个人，年底能回来过年的只有十几个
护照办好了，说是15个工作日，结果第十二天就拿到了
1欧元现在能换七块七左右，在机场换的话还要更贵一些
儿子学费一年四万五千加元，再加上房租生活费，差不多四十万人民币
我爷爷1958年去的印尼，1966年回来的，那些老照片还在
面签那天我排到了86号，在外面等了快三个小时
三月份的日语N3考试，我们班12个人报了，过了9个
德国工作签证的年薪要求在四万五千欧左右，我算了算税后也不算多
一家四口去新加坡玩了七天，签证机票酒店加起来花了三万二
校友篮球赛我们队52比47赢了，下一场对机械系，周四晚上
签证照片要白底，33×48毫米，头部要占到照片的七成左右
澳洲跟我们时差两个小时，我跟儿子视频一般都在晚上九点
老同学聚会定在12月20号，目前报名23人，在外地的能回来的请尽早说
群公告：本群只聊校友近况，任何留学中介、签证代办、换汇的广告一律踢出，不另行通知
那个发“加急签证包过”的号我已经踢了，私下加过他的别转钱给他
校友会下周六在学校礼堂办海外校友回乡座谈会，想来的在下面接龙，不收任何费用
提醒：群里不允许私下约着换汇，出了问题群里不负责，也别在群里谈汇率交易
公司通知：外派东南亚项目的同事，护照原件本周五前交到人事部，统一办工作签证
村委会通知：最近有人冒充劳务公司来村里登记身份证，一律不要给，有事直接找村委会
我儿子到墨尔本了，刚落地就给我发了段视频，说那边冷得很
面签的时候签证官就问了三个问题，两分钟就让我过了，出来腿都是软的
我家老二在日本打了三年工回来了，说累是真累，不过钱也攒下了一些
人民币又贬了，闺女在英国的生活费每个月都得多打一点过去
护照照片拍得跟通缉犯一样，关键是十年都要用这一张
二姑家的表弟拿到加拿大枫叶卡了，说下半年接他爸妈过去住一阵
签证还没下来，机票已经订了，每天醒来第一件事就是刷邮箱
雅思口语考官是印度口音，好几个问题我都没听清，只能硬着头皮答
在德国上语言班那一年，最想的就是楼下那家热干面
我觉得出去打工不一定比国内强，扣掉中介费路费，一年也剩不下多少
我妈第一次出国，过海关的时候紧张得把护照掉地上了，笑死
大使馆的预约系统太难抢了，我凌晨三点起来刷才刷到一个位置
小时候我爸在利比亚干过工程，家里现在还铺着他带回来的地毯
外甥在新西兰摘猕猴桃，晒得跟炭一样，视频里只看得见一口白牙
留学回来一看，同学们结婚的结婚生娃的生娃，就我还单着
倒时差倒了一个星期还没倒过来，白天困得要死，晚上精神得很
现在出去玩带点现金就够了，很多国家的店里都能用支付宝
我们项目部在沙特请了个四川厨师，大家吃得都不想回国了
邻居家闺女考上了香港的大学，她妈高兴得在楼下给每家发喜糖
第一次签证被拒那天我哭了一晚上，第二次把材料准备齐全就过了
移民这事还是得全家商量好，我同学一个人冲动出去，现在后悔得很
我叔在阿尔及利亚修了八年铁路，回来说最怀念的是工地上的馒头
外婆说她年轻时候出国要政审好几个月，现在办护照一个星期就好
听说今年去日本的签证简化了，三年多次的门槛降了不少
存了点美元放那儿一直没动，现在汇率这样，也不知道该不该换
孩子说国外的语言班上课不难，难的是跟同学说上话
表哥在澳洲拿了永居，说第一年最难熬，后面就习惯了
Does anyone know if the Japanese consulate in Shanghai still accepts walk-in visa applications?
My brother finally got his H-1B approved, so we're having dinner at Mom's on Friday to celebrate.
我阿姨在溫哥華住了二十年，每次回來都說還是家鄉的菜最好吃
護照快過期了，下個月要去出入境換新的，上次排隊排得頭都暈了
你自己没出过国就别在这说国外遍地是黄金，我在那边吃的苦你知道多少？
说话注意点，谁崇洋媚外了？孩子出去读个书就成卖国了？
你那套早过时了，拿十年前的经验来教人，现在出去的一半都后悔
行了行了，为个汇率吵半天，你们俩又不是央行行长
上次就是你说不用公证，结果我的材料被退回来白跑一趟，你还好意思说
我们这栋楼有孩子在国外的统计了一下，一共十一家，今年过年能回来的只有四家
"""
