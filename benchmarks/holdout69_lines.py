"""Hold-out set 69 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 21 on 2026-11-25, after sets 1-68 (see holdout_data.py; sets 67 and 68 were studied in this
session), at the same time as set 70 (written by another helper; this set was checked by the same script against set
70's lines as they stood when this one was finished, unread: highest ratio 0.462 at the end), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test
or detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui
command, no git command and no file in benchmarks/ (no benchmark); holdout_data.py was opened only for its module
docstring (the labelling rules and the history and topics of sets 1-68), printed with ast.get_docstring, and
holdout67_lines.py and holdout68_lines.py only for their module docstrings, printed the same way (the file format, the
docstring style and the disguises and calls already used, to avoid repeating them; their lines and the code below the
docstrings were not read; the three docstrings were saved to the writer's own temporary folder to be paged through,
nothing else in them). pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root). The benchmarks folder was not listed; set 70's file was only checked for existence by its exact path
(test -f), before every run of the script, and only loaded by the similarity script, which never printed its lines.
The folder holding the similarity script was not listed and no file in it was opened; the script was only run, on this
file alone while set 70's file did not exist (the first six runs) and on both once it did. The lines were drafted in
the writer's own temporary folder and written to this file, which the script then read: it printed this set's lines
and ratios, never the dumps' or the partner's lines; it was run at the required floor of 0.49 first and then at 0.47,
to find the lines standing just below it. No slip to report: nothing outside these limits was opened, listed or run.
No line is copied from earlier sets or from the training lines: every line's difflib ratio against every line of the
hold-out dump is at most 0.49 (highest 0.469), against every line of the training dump at most 0.49 (highest 0.459),
against set 70 at most 0.49 (highest 0.462), and no two lines of this set exceed 0.49 against each other (highest
0.368).

Forty lines were rewritten for similarity (fifty rewrites: eight of them twice and one three times), each time with
new wording, not a synonym swap; five more edits were made for sense and length (below), so that ten lines were changed
more than once and fifty-five changes were made in all. In the first pass thirty-four that stood at 0.49 or
more (0.800 at most, a short weekend greeting, against the training dump), most against the hold-out dump and six
against the training dump: six positives (a company health check's e-mail, a Beijing appointment tout's WeChat id, and
four codes: the eight trigrams with their numbers spelt out, a mobile sung in solfège, 0.594, playing cards and lunar
days; solfège may well have been used before, so it was dropped, first for the planets counted from the sun, which
stood at 0.500 and was dropped too, then for festivals by their month; the trigrams, cards and lunar days were kept
with their rule reworded) and twenty-eight negatives (a tip on ticket touts, a jaw that clicks, pharmacy points, a
phishing text, blood pressure, eye degrees, marks, a water meter, a badminton score, a number-plate restriction, the
removed advertiser, a free check-up day, snow, a canteen dish, a hike, a long meeting, a meme, a noodle shop, a
grandfather of ninety, three short acknowledgements and greetings, acupuncture and sleep, going home for a pig feast,
a health-check share owed, a dripping air conditioner and both English lines). In the second pass fourteen standing
between 0.475 and 0.675 (the planets, a mobile in English number words, an invoice, a meeting id, a meeting room, a
dinner share, a child's fever, and seven of the first pass again), in the third pass two (the meeting id again, and a
child's skipping count, 0.667, replaced by a lung-capacity test). Apart from these, one argument was reworded so that
two of them did not open alike, two moderate positives were shortened so that the lengths vary (16 to 73 characters
for the positives, 9 to 69 for the negatives), a number-plate line was given its digits back, and a colleague's
offer to bring drugs from Hong Kong was given a fee so that it reads plainly as a trade. The lines are meant to be
scored once, blind; tuning on their errors would spoil them.

Set 69 focuses on health services sold into groups: dental clinics (Korean implants, Invisalign on instalments, cold-
light whitening, a half-year scaling card, all-ceramic crowns, a relative's staff price for scaling, braces advice),
traditional Chinese medicine (tuina at home, moxibustion halls and home-made moxa sticks and patches, cupping and
scraping, acupuncture for weight loss, 膏方 by a named old doctor, home-made 阿胶 paste, 三九贴 at the winter solstice),
pharmacies and medicines (prescription drugs without a prescription through a delivery app, Hong Kong medicines
carried over the border, Indian generics shipped direct, imported lipid drugs, American fish oil, Q10 and lutein),
physiotherapy and rehabilitation (neck and back physio, stroke rehabilitation at home, a traction device for hire,
bone-setting), hearing aids and glasses (fitting at home, a trial at the gate-house, lenses and frames on a live
stream, orthokeratology for children, reading glasses), health check packages (pre-employment and company checks,
parents' packages with painless endoscopy, a group-buy of ten) and appointment touts and escorts (Beijing and Shanghai
specialists, a children's hospital), beside ordinary chat in company work groups, a union's group, a clinic's
front-desk group, an optical shop's staff group, neighbourhood and owners' groups, family groups, a parents' class
group, an alumni group, a chamber of commerce and sports and hobby groups.

It keeps the mix real spam has: 24 lines plain or lightly disguised (Korean implants with a spaced mobile and a
doctor's name; Invisalign with a Hangzhou landline; whitening with “v：”; a scaling card with a 微信号 and a note to
give; tuina at home with a mobile; 膏方 with a 扣扣; 三九贴 with a 公众号 and a word to reply; prescription drugs
without one, “美团买药搜”; Hong Kong medicines with a WhatsApp number; Indian generics with a Telegram id, “电报 @…”;
American supplements from a daughter with a WeChat id; physio with “大众点评搜”; stroke rehabilitation with a 400 line;
hearing aids with a Shanghai landline; lenses with an 抖音号 and its live room; orthokeratology with a mini-program to
search; company checks with an e-mail; parents' checks, “京东搜” a flagship shop; children's-hospital specialists with
“V：”; Shanghai specialists and escorts with a QQ群; a wife's staff price for scaling with her spaced mobile; a
moxibustion hall's opening with a link; the writer's own 阿胶 paste, “快手搜我”; acupuncture with a 视频号 and a private
message), 14 moderately, with disguises the docstrings read do not list (mathematical sans-serif bold digits 𝟭𝟯𝟴…;
superscript digits ¹⁵⁹…; subscript digits ₁₅₈…; mathematical monospace digits 𝟷𝟾𝟿…; digits struck through with a
combining long stroke, 1̶5̶0̶…, “划了线照样能打”; V芯 for 微信; 球球号 for a QQ number; 拼夕夕 for 拼多多; GZH for
公众号; a mobile in capitalised English number words, “One-Three-Six …”; 小老鼠 for @ in an e-mail address; 加 and 信
split into their parts, 力口 and 亻言; Chinese and Arabic digits alternating, 一3八〇二7…; telegraph hour symbols ㍙㍟㍠…)
and 10 heavily, with codes the docstrings read do not list (the eight trigrams ☰☲☷… read by their 先天 numbers; a
mobile as festivals by their month, 元旦 one, 国庆 zero; the digit inside each of eleven idioms, 一马当先 五体投地…;
playing cards, the ace one and the ten zero, ♠A♥8♣9♦10…; the last digit of each line of the multiplication rhyme,
一一得一 三三得九 二四得八…; tally marks written with 正, 一 丅 下 止 正 正一…, 〇 for zero; the letters counted in each
word of an English sentence; a WeChat id spelt in the NATO alphabet, Kilo Oscar Uniform…; a WeChat id in bopomofo,
ㄍㄠ ㄈㄤ, plus four digits; lunar days with 初 dropped, 初十 as zero) and 12 subtle (an offer with a call to action
only): 三九贴 at a table by the community health station on the winter solstice from seven to ten; a cousin's implants,
“把牙片拍了发群里”; 膏方 pulse-taking in the elderly centre on Tuesday afternoon, “过来伸个手就行”; hearing aids tried on
at the east gate-house on Saturday morning; a health-check group-buy of ten, names signed on the sheet on the writer's
door; a spouse's tuina shop above the market, free cupping on Wednesday afternoon; a children's-hospital specialist,
“明早遛弯在小花园长椅那儿找我”; home-made moxa sticks in a box by the parcel lockers, a stroke on the box for each
taken, paid at the month's end; Hong Kong medicines for a fee, the list on a sticky note in the writer's desk drawer; a
brother's optical shop's free eye test in the small meeting room after work; lutein at half price, “食堂碰到我直接拍我一
下”; orthokeratology assessments, “在这条下面回个👀”. About a dozen positives are written the way members casually sell
in a group (a daughter's supplements, a wife's staff price, the writer's own 阿胶 paste, a mother's moxa patches, a
spouse's 膏方 phone, a cousin's implants, a spouse's tuina shop, a brother's and a classmate's optical shops, the
writer's own moxa sticks, lutein and Hong Kong errands).

- `POSITIVE_69` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_69` (100 lines): 20 that look dangerous at first sight (a company check booked through a chain's
  mini-program, a filling's receipt for the union's fund, a family-doctor landline passed on to neighbours, a medical
  account shared in 浙里办, an online consultation on 京东健康, a supplier's salesman's mobile passed on to the shop
  manager for returns, eye screening on a school 公众号, a hospital's own 公众号 against touts, a hearing aid's
  warranty, 八段锦 learnt on 抖音, pharmacy points, a union talk's meeting code, a social-insurance card's bill in a
  mini-program, a clinic's follow-up calls, tuina shops rated on 美团, a father's prescription in the family album,
  add-ons to a company check, an optometry slip, Invisalign on 小红书, a clinic front desk moving a booking); 10
  members asking or recommending (a jaw that clicks, fissure sealing, a rehabilitation doctor, hearing aids' prices,
  三九贴 dates, a thyroid nodule, a good optician, who should take 膏方, a public dental clinic, acupuncture or tuina);
  10 warnings quoting or describing the scam (“助听器免费领，只收一块钱邮费”, “专家号加价三百保证挂上”, “您的医保卡异常即将
  冻结”, “种植牙一颗999全包”, “磁疗床垫包治百病”, “进口特效药三个月肿瘤缩小一半”, “您的体检结果有异常，点此查看”, “不用
  处方也能开安眠药”, “三伏贴包治哮喘，贴满三年断根”, “免费测骨密度”); 17 lines with numbers that are not contacts (blood
  pressure, uric acid, eye degrees, an implant's cost, a rehabilitation room, blood sugar, a step count, a month's drug
  bill, a check's date, weight lost, lung capacity, a gas bill, a ward's bed, a fruit basket's share, a child's fever, a
  table-tennis score, a number-plate restriction); 7 organisers' and admins' own notices (a group rule banning implant,
  braces, whitening, tuina, moxibustion, 膏方, drug-buying, appointment-tout and health-check ads, a removed account that
  posed as hospital staff to sell appointments, a health-record day for the elderly, a school eye check, a union's check
  list, an alumni return day, a chamber's talk on winter health); 27 lines of everyday chat (some about the members'
  own scaling, cupping, braces, glasses and acupuncture); 5 heated arguments without any selling (herbs boiled in the
  stairwell, weekend shifts in rehabilitation, a boy's bike that hit a mother, a check's share unpaid, a department
  made to advance its own check-up money); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_69 = """
种植牙年底冲量，韩国登腾一颗3980含牙冠，预约面诊打 139 5817 2264 找周医生
隐适美矫正分24期免息，正畸主任亲自出方案，咨询电话0571-8826 3197（口腔门诊部）
冷光美白加全口洗牙两项一起做只要298，加v：smile_dental88 发你门店定位
超声波洗牙半年卡99元不限次数，微信号 jiayakq2026 备注“洗牙”
中医推拿颈肩腰腿，上门一小时150，老师傅手法，电话15267304918
冬至膏方开始预订了，名老中医一人一方，熬好真空包装寄到家，扣扣 2837461950
三九贴开贴啦，成人68一疗程儿童48，关注公众号“杏林堂国医馆”回复“三九”
降压降糖消炎药不用处方也能拿，美团买药搜“康泰大药房（北门店）”
港版药品代购，正露丸、百服宁、眼药水，每周两趟过关，WhatsApp 5173 8824
印度仿制药海外直邮，格列卫、吉非替尼都有，电报 @yinduyao_help
鱼油、辅酶Q10、叶黄素美国原装，我女儿在那边读书每月寄一箱，要的加我微信 lm_mama1962
颈椎腰椎康复理疗，本周新客首次39元，大众点评搜“正骨康复工作室·滨江”
中风后遗症上门康复，三甲医院康复科退休治疗师带队，400-860-7352 全天接听
助听器免费验配试戴一周，进口芯片，老人听不清的别拖了，门店座机 021-5478 3306
依视路钻晶镜片八折，镜架买一送一，抖音号 liangyan0817 直播间下单
儿童角膜塑形镜验配，控近视效果看得见，小程序搜“明眸视光预约”
员工团检六十人以上每人立减四十，要报价单写明公司名和人数发 hr.tijian@163.com
父母体检套餐加无痛胃肠镜，京东搜“安康体检中心旗舰店”下单直接约
想看儿研所主任的，号源我们每周能放出几个，V：pkzj_guahao 说清科室和日期
上海瑞金华山专家号陪诊加代挂一条龙，QQ群 618273945 进群报医院名字
我老婆在口腔医院上班，内部价洗牙68，邻居要的直接打她电话 186 2745 9013
艾灸馆新店开业充500送300，拔罐刮痧都有，报名戳 http://ajg.xiaodian.cn/s/2087
我自己拿古方熬的阿胶膏，一斤260，需要的快手搜我“老蒋的膏方小院”
针灸减肥21天一疗程，中医师亲自下针，视频号“刘大夫说针灸”私信约时间
种牙医生周末来我们县坐诊，想约的拨 𝟭𝟯𝟴 𝟬𝟱𝟳𝟳 𝟮𝟵𝟭𝟲
全瓷牙冠年末特价，微信就是手机号 ¹⁵⁹⁶⁷²⁰³³⁸⁴
腰肌劳损推拿上门，一次见效，师傅电话 ₁₅₈ ₂₀₉₃ ₇₄₆₆
我妈在家手工做的艾灸贴，纯艾绒，要的加 𝟷𝟾𝟿𝟶𝟹𝟼𝟸𝟽𝟺𝟻𝟾
进口降脂药代购比医院便宜一半，号码 1̶5̶0̶7̶2̶4̶8̶3̶9̶1̶6̶ 划了线照样能打
护理液批发，V芯：jkyf_2025
老花镜、助听器我上门给老人验，球球号 3029 1847 65
拼夕夕搜“仁和堂养生馆”，艾灸盒刮痧板都是厂家价
OK镜验配，GZH搜“视界青少年护眼”，回复“评估”送角膜地形图
要订膏方的联系我老伴，手机 One-Three-Six Five-Two-Zero-Eight Four-One-Nine-Seven
洗牙美白有疑问写信来，xiaoyakq 小老鼠 qq.com
力口我微亻言 tcm_zhangys 领三九贴体验券
体检代约：一3八〇二7五四9六一
颈椎牵引理疗仪按天出租，电话 ㍙㍟㍠㍚㍞㍜㍛㍡㍘㍝㍟
约针灸打这个号，卦象换成先天数便是：☰☲☷☱☶☳☴☵☰☱☴
正骨师傅的手机换成节日所在的月份就对了，国庆记零：元旦 植树节 建军节 劳动节 情人节 清明 儿童节 建党节 植树节 元旦 建军节
牙齿矫正咨询电话藏在成语里按顺序取数：一马当先 五体投地 九霄云外 零敲碎打 三顾茅庐 三生有幸 八面玲珑 四面楚歌 七窍生烟 二话不说 六神无主
验配助听器上门，牌面连起来是手机，尖儿算一十算零：♠A♥8♣9♦10♠2♥6♣5♦7♠3♥A♣4
配镜电话取九九口诀得数的末位：一一得一 三三得九 二四得八 二五一十 二三得六 二二得四 三四十二 五五二十五 三九二十七 一三得三 一一得一
艾灸馆电话用画正字记的：一｜正｜正下｜下｜正一｜〇｜正止｜丅｜正丅｜一｜止
洗牙预约手机号：数每个英文单词几个字母——A new dentist clinic opens near my house it is great
种牙咨询微信号按无线电字母读：Kilo Oscar Uniform Quebec India Alpha November Golf 再跟66
膏方预订加微信，号是注音拼的：ㄍㄠ ㄈㄤ 后面接 0808
挂号找我，手机是几个阴历日子去掉“初”字，十记作零：初一初三初九初十初四初七初一初六初二初五初八
冬至一九开贴三九贴，我在社区卫生站门口摆桌，早上七点到十点，大人孩子都能来贴
要种牙的先把牙片拍了发群里，我表哥就干这个，帮你看能不能种、大概多少钱
膏方我下周二下午两点在老年活动中心把脉定制，过来伸个手就行，看完再说要不要
助听器想试戴的，这周六上午我把机器带到东门门卫室，来了直接戴，合适再买
体检团购满十人成团，单价便宜一百多，要参加的在我家3栋201门上那张纸签个名
我家那口子的推拿馆在菜场二楼开张了，周三下午拔罐刮痧不要钱，觉得好再办卡
儿童医院的专家号我有门路，谁家要挂，明早遛弯在小花园长椅那儿找我
自己做的艾灸条放3号楼快递柜边纸箱里，一包十五，拿了在箱上画一笔，月底我挨家收
香港的药谁要我周五过关带回来，一样收二十跑腿费，清单写便利贴塞我工位抽屉
下班别走，我弟眼镜店的验光仪搬到小会议室了，六点开始免费测，镜架当场挑
叶黄素还剩六瓶半价出，食堂碰到我直接拍我一下就行
给孩子约OK镜评估的，在这条下面回个👀，我统一排时间带你们去我同学的视光中心
"""

NEGATIVE_69 = """
公司年度体检定在12月3号，预约用美年的小程序，HR把操作截图放群文件了，各自约时间
补牙的票我开成公司抬头了，走的是工会互助金，单子编号BX-037放财务那
社区家庭医生签约的电话是 0571-8690 2231，工作日打，家里老人还没签的可以问问
医保个人账户现在能给家人用了，在浙里办里绑亲情账户，我昨晚给我妈弄好了
在京东健康上问诊了一次，医生开的蒙脱石散，花了九块九，比跑医院省事
店长，护理液供货商业务员的手机 13957720146 发你了，过期那批找他退
孩子的视力筛查结果在学校公众号里查，输学籍号就行，我家左眼掉到4.8了
黄牛的号别碰，医院自己的公众号七点整放号，我守了三天终于抢到眼科的
我妈那台助听器的发票翻出来了，保修两年，坏了直接拿去店里修就行
抖音上有个退休老师教八段锦，我跟着练了一个礼拜，肩膀松多了
楼下药房的积分三十号作废，我刚拿积分换了包口罩，家里谁有卡赶紧去
护颈讲座是工会请的骨科大夫，线上听，入会码628 471 903，周四下午签到算学时
社保卡在药店刷了三百多，医保小程序里能看到每一笔明细
种牙那家诊所给我打了三次回访电话，问新牙适应了没，服务挺周到
在美团上搜了附近的推拿店，评分全是4.8以上，也不知道真假
爸的降压药处方单我拍照放家庭群相册了，下次去医院照着开
今年体检套餐加了甲功和幽门螺杆菌，想再加项的自己在前台付钱
验光单放你桌上了，瞳距62，下午带去眼镜店配就行
隔壁组小周把她戴隐适美两年的过程发小红书了，说总共花了三万二
前台注意：今天下午三点那位洗牙改到四点了，电话我已经回过患者，系统里改一下
颞下颌关节紊乱去哪看？我现在啃个苹果下巴都咔咔响
孩子要做窝沟封闭，社区医院是免费的吗，还是得去口腔医院？
给大家推荐人民医院康复科的李医生，我爸腰椎术后就是她带着练的，特别负责
谁家老人戴过助听器？几千的和一万多的到底差在哪
中医院今年的三九贴几号开始？去年排了一上午队
体检查出甲状腺结节三类，要不要紧，复查挂哪个科啊
有没有靠谱的眼镜店推荐，上次配的戴着老是头晕
膏方到底适合什么人吃？我妈非要吃，有懂行的说说吗
推荐市一院口腔科，洗牙一百出头，医生一句推销都没有
腰疼了小半年，针灸和推拿哪个更管用，大家有经验吗
提醒老人们：街上发传单说“助听器免费领，只收一块钱邮费”的，后面都要交几千押金
别信“专家号加价三百保证挂上”，我邻居上周转了钱就被拉黑了
又接到电话说“您的医保卡异常即将冻结”，让按1转人工，全是骗子
朋友圈那种“种植牙一颗999全包”的，去了就说你骨量不够得加钱
小区门口有人推销“磁疗床垫包治百病”，我爸差点掏钱，大家看好家里老人
“进口特效药三个月肿瘤缩小一半”这种广告千万别信，耽误正规治疗
短信里那种“您的体检结果有异常，点此查看”千万别点，正规医院不会发链接
有人私聊我说“不用处方也能开安眠药”，我截图直接举报了
“三伏贴包治哮喘，贴满三年断根”这话不靠谱，医生说只能当辅助
路边那种“免费测骨密度”的摊子，测完就推钙片，一盒好几百
吃了新药一周，早上量的高压落到135，低压88
体检报告出来了，尿酸486，又超标了
复查单子：右眼175左眼200，医生说半年涨了五十度
种一颗牙前后跑了五趟，总共花了一万一千二
康复科在门诊楼三楼312室，下午两点到五点
我妈空腹血糖6.8，餐后两小时9.2，医生让先管住嘴
今天走了18432步，膝盖有点酸
这个月药费自付427块，医保报了一千二
年终体检排到12月18号上午，第三批
三个月体重从82掉到76，裤子都松了
体测肺活量我才2650，被九零后同事笑了一下午
熬了一个冬天的中药，这月燃气费交了两百零六
复诊在住院部七楼护士站旁边，床号23
乒乓球混双决胜局11比8，老周那板扣杀太帅
给王阿姨买的果篮一共240，八个人每人出三十
小的昨晚39度2，物理降温到天亮才退到37度多
限行又调了，周三轮到尾号3和8，我家车正好是8
群规：本群禁止发种植牙、正畸、洗牙美白、推拿艾灸、膏方、代购药品、代挂号、体检套餐等广告，违者直接移出
群主说明：冒充医院客服拉人挂号的那位已被踢，请大家别回陌生人私信
物业：卫生站医生这周六来小区，在二期会所给六十五岁以上的老人建健康档案
班主任：下周三学校统一查视力，请家长提醒孩子那天别戴隐形眼镜
工会通知：年度体检名单已更新，还没报名的周五前找各部门联络员
校友会：本周日上午的返校活动改到礼堂，请大家提前十分钟到场
商会通知：下月会员联谊会请中医院王主任讲冬季养生，地点在商会三楼
今天洗完牙感觉牙缝都变大了
我妈拔完火罐背上一圈紫印子，吓我一跳
今早桥面结冰了，送孩子的家长骑电动车别图快
食堂今天的酸菜鱼辣得我直冒汗
周六西湖边走走？娃在家闷得要上房了
戴了牙套吃饭好麻烦，每顿都得摘下来刷
老公天天喊腰疼，让他去看又不去
评审从一点开到四点半，我现在话都不想说
这张猫戴口罩的图我要存下来当头像
谢谢王老师这学期的照顾
公司对面那家牛肉粉涨到十八了，分量还少
外婆八十七了，牙掉得差不多还天天嗑瓜子
明白，这版的配色我下班前调好
孩子们都睡了吧，家长们也早点歇着
天一冷颈椎就开始僵
孩子今天头一回自己刷牙，弄得满脸泡沫
年假第一天，睡到十点才起
下午谁顺路拿一下奶茶
新配的眼镜度数好像高了点，看东西有点晕
我也想去试试艾灸，听说对手脚冰凉有用
周五团建去哪还没定下来
银杏叶全黄了，小区里随手一拍都好看
扎了两回针，失眠好多了，昨夜一觉到六点
老妈又把降压药当维生素吃了，真让人操心
腊月要回东北老家，我妈说今年杀两头猪
明早体检记得带身份证，别吃早饭
这周辛苦了，周末都好好歇歇别看工作群
你能不能别在楼道里熬中药？整层楼都是味，说了多少回了
凭什么康复科排班又让我连上三个周末？上个月也是我
你儿子在小区骑车撞了我妈，连句对不起都没有，什么态度
垫付的体检钱就差你一个没给，催了三次装没看见是吧
我们科年终体检还得自己先垫钱，行政一分不出，这合理吗？今天必须给个说法
Mum says the acupuncture helped her shoulder more than the pills did.
Braces off in December, then I'm eating all the caramel I missed.
今天去中醫館做了推拿，師傅手勁好大，現在全身舒服
天氣轉涼了，大家記得多穿點，別感冒了
"""
