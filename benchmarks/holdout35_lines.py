"""Hold-out set 35 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-32 (see holdout_data.py; sets 33 and 34 were being written at the same time and are not in the dump), at the same time as set 36 (written by another helper; this set
was checked against set 36's file as it stood when this one was finished: highest ratio 0.451). The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/ or docs/, ran no detector on these lines and did not run bench_holdout.py or any other benchmark;
holdout_data.py (lines 1-160, its docstring) was opened only for the labelling rules and the history of earlier
sets, and holdout31_lines.py and holdout32_lines.py only for the file format and their docstrings' topic lists
and calls (to avoid repeating them; their lines were not read). The two dumps (earlier hold-out lines, training
lines) were only read by a similarity script, never line by line. No line is copied from earlier sets or from
the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round)
against every line of the earlier hold-out sets' dump and of the training-line dump is at most 0.5 (highest
0.500), and no two lines of this set exceed 0.5 against each other (highest 0.484). The lines are meant to be
scored once, blind; tuning on their errors would spoil them.

Set 35 focuses on paperwork and credentials: agencies doing ID, passport, Hong Kong-Macau permit and visa
paperwork (代办, 加急, 申根, 美签, DS160), driving-licence points and renewals (消分, 换证, 增驾), social-insurance
payments and pensions (社保代缴, 断缴补缴, 养老金测算), household registration and residence points (落户,
居转户, 居住证积分), adult degree upgrades (学历提升, 专升本, 自考, 成人高考), professional titles and papers
(职称评审, 论文代发), certificate lending (证书挂靠: 一建, 二建, 消防工程师), certificate-exam courses (考证:
教资, 会计, 健康管理师, 人力资源管理师, 焊工证, 电工证), notaries, translations, apostilles and stamps (公证,
海牙认证, 刻章, 营业执照), and the office, neighbourhood and parents' groups where these come up. It keeps the
mix real spam has: 24 lines plain or lightly disguised (a plain id, mobile number, landline or QQ number, a
sign-up link, a t.me link, "加v", "vx", "V❤", "加微", "微信", "加我微信", "加她微信", "微信同号", "vx同号",
"私我", "私聊我", "备注群名") and 14 moderately (spaced digits, Chinese digits with 零, circled digits with ⓪ and
"微信同号", 幺 for 1 in grouped Chinese digits, upper-case Chinese digits, "扣扣群" with spaced Chinese digits,
"企鹅" with spaced digits, "纸飞机" with a handle, a full-width-letter id after "加微", an is.gd short link, "v信"
with a spaced-letter id, a 小红书 account with 私信, "微" with an id ending in Chinese digits, full-width digits)
and 10 heavily (traditional script with the look-alike "溦信"; sans-serif bold mathematical letters "𝘃𝘅" with a
bold id and digits; monospace mathematical letters "𝚟𝚡" with a monospace id; the homophone "家伟新" for 加微信;
the split "力口" for 加; toneless pinyin with numbered tones ("tian1 jia1 wei1 xin4 hao4"); regional-indicator
letters "🇻 🇽"; a mobile number with Latin l and O for 1 and 0; a mobile number given as a riddle (first three
digits, a birthday, last four); Bopomofo "ㄨㄟˊ ㄒㄧㄣˋ" for 微信) and 12 subtle (an offer with a call to action only, none listed by earlier sets'
docstrings that the writer read: "明早之前把户口本首页拍好丢群里", "带上驾驶证到小区东门那辆蓝色面包车上登记",
"把身份证复印件塞我家门缝就行", "想上车的回个“学”字", "把摘要甩群里，我挑能发的回复",
"先把证书编号报过来，谁先报谁占", "今晚十点前在我这条下面写名字", "周五晚上带到售楼处二楼会议室",
"到楼下喊我名字", "需要的在群里报个时间段", "把委托书签好放门卫室",
"明天午休我在食堂最里面那桌，带上材料来"). About 15 positives are written the way
members casually sell in a group (a cousin's agency shop near the vehicle office, a husband queuing and filling
forms at the exit-entry hall, second-builder textbooks after passing, a neighbour tutoring self-study degrees at
a discount, new CPA textbooks, a friend's certificate school with a name discount, a retired father working out
pension back-payments, a younger brother who knows the passport office, a neighbour paying others' social
insurance each month, ID photos taken at home, spare notary appointment slots, a run to the police station for
no-criminal-record certificates, HK-Macau permits handed in together for fifty each, two certificate-lending
places, a phone number given through a birthday, a colleague filling title forms at lunch).

- `POSITIVE_35` (60 lines): passport and HK-Macau permit rush jobs, out-of-town licence points, personal social
  insurance, Shanghai residence-to-hukou papers, an adult bachelor's degree, title papers and journal papers, 一建
  and 二建 certificate lending, teacher and accounting courses (link), Japanese and Korean visas (landline),
  notarised translations, a cousin's agency shop, a husband at the exit-entry hall, seals and business licences,
  used textbooks, self-study tutoring, residence points for school places, welder, electrician and forklift
  certificates, pension transfer plans, CPA textbooks, no-criminal-record and apostille services, US visa
  interviews, a health-manager course, licence renewals (t.me), an HR-manager course; then licence points (spaced
  digits), social insurance (Chinese digits), degree upgrades (circled digits), pension back-payments (幺),
  certificate lending (upper-case digits), a certificate-exam QQ group (扣扣), Schengen visas (企鹅), diploma
  reissues (纸飞机), hukou points (full-width letters), title-review material (short link), notary queuing (spaced
  letters), civil-service exam material (小红书), passport renewal (Chinese digits in an id), a B licence
  (full-width digits); the ten heavy lines (degree upgrades, social insurance, title-certificate lending, licence
  points, exam courses, passports, social-insurance back-payments, visas, certificate lending, hukou); and
  the 12 subtle lines.
- `NEGATIVE_35` (100 lines): 20 that look dangerous at first sight (the 12367 exit-entry hotline, an official's
  card passed on for work, a government notice link, hukou papers sent to an HR mailbox, a class teacher's
  number, a title form sent over WeChat, a residence-permit receipt number, a training platform's 400 number,
  "私聊" between colleagues about registration, a degree-report check code, the official exit-entry account, a
  street officer's landline, a colleague's work WeChat for a form template, an SF tracking number, the 12123
  app, an exam-ticket link, a new HR colleague pulled into the group, 私信 to the admin about the company seal,
  a visa centre booking number, a hospital records office's landline); 10 members asking (changing an
  out-of-town licence, a translation firm, borrowing old textbooks, lapsed social insurance, an elderly card,
  an exam partner, a child's hukou, visa photos, a notary's address, adult-college exams); 10 warnings or
  complaints quoting the ad or scam ("驾照满分包消不用学习", a "医保卡已停用" text, "不用考试拿本科证",
  "证书挂靠一年四万", calls about a problem passport, a hukou agent reported to the owner, "职称包过内部指标",
  a fake notary deposit, "考证报名享政府补贴", a visa deposit asked in private) and a fake licence-points call;
  lines with numbers that are not contacts (passport fees, a social-insurance base, a medical-report list, points
  left, exam scores, residence points, notary fees, a queue number, a photo fee, a sign-up count, a provident-fund
  rate, annual-report deadlines, a 12123 lesson, full-width points); organisers' and offices' own notices (a
  residence-permit day, a title deadline, copies for the class teacher, HR reminders, an estate notice, a
  neighbourhood committee notice, a group visa meeting point, an exam reminder, an owner's warning against exam
  ads); heated arguments and complaints (queue jumping, a rude clerk, offices passing the buck, an expensive
  photo); everyday chat; two English lines, two traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's or office's own notice inside its own
group is not, nor is a member asking for or recommending something inside the group, nor a contact passed
on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_35 = """
港澳通行证和护照加急，材料齐72小时出本，人不用到场，加v：zhengjian_88
驾照扣了12分的别慌，异地消分当天处理，电话13852617409
社保断缴影响买房摇号？个人社保代缴，按月交，断了也能补，vx：sbdj0517
上海居转户、人才引进落户材料代整理，通过率高，咨询微信 luohu_sh2026
成人本科学历提升，不用到校上课，两年半拿证，学信网可查，私我了解
中级职称评审材料代写+论文发表一条龙，今年名额不多，V❤：zcps_wang
一建二建证书挂靠，年费最高4万，不用上班，有证的加QQ 2874561930
教资、会计初级考证网课，包过班不过退费，报名链接 https://kaozheng-vip.cn/bm
日本、韩国旅游签证代办，材料简单，拒签全退，联系电话 0571-86339207
公证翻译盖章一站式，出生公证、无犯罪记录都能办，微信同号15967023318
我表姐在车管所附近开代办店，换驾照、补牌照都帮办，需要的加她微信 cgs_lijie
谁家孩子要办护照的？我老公在出入境那边帮人排号填表，收一百辛苦费，私我
刻章、营业执照代办，一天出，公章财务章发票章全套280，加v gz_kezhang
自己考过了，二建全套教材+真题卷八成新，80包邮，要的加我微信 ting_0903
邻居们，我在做自考本科辅导，咱小区的打八折，vx：zikao_xiaoyu
外地户口孩子上学要居住证积分？代办积分申请，电话 18620947753
焊工证、电工证、叉车证快速拿证，全国联网可查，加微 tzzy_6688
异地社保转移、养老金测算，退休前补缴方案免费帮看，加我微信 yanglao_zhou
家里剩两本全新的注会教材，原价三百多，现在一百块都拿走，私我
无犯罪证明、学历认证、海牙认证代办，留学出国需要的加QQ：3301748826
美国签证面签辅导，DS160代填，预约名额有保证，vx同号 17788452610
朋友开的考证机构，健康管理师报名这个月截止，报我名字减500，私聊我🙋
驾驶证年审、期满换证不用去车管所，快递上门拿证 👉 t.me/jiazhao_daiban
人力资源管理师三级考证，线上学线下考，微信：hr_kaozheng 备注群名
驾照消分，周期内随时处理，电话 139 0572 6618
社保代缴全市最低价，个人也能交，联系一八六二七五三零九四一
学历提升报名中，函授专升本，微信同号①⑤⑨⑧⓪②③⑥④⑦①
我爸退休前在社保局，现在帮人算养老金补缴，电话幺三八 幺二零六 四九五七
证书挂靠高价收，消防工程师优先，手机壹捌捌零贰柒叁玖陆伍肆
考证资料群，一建二建真题押题都有，扣扣群：七六五 三二一 零九八
申根签证代办，法国意大利包预约，加企鹅 4 0 6 8 2 1 9 5 3
毕业证、学位证补办加急，纸飞机 @bzzbb_2026
落户积分代算代办，加微：ｌｕｏｈｕ＿ｊｉｆｅｎ
职称评审政策解读+材料清单，点这领取 is.gd/zcps35
公证处排队太久？代排号代递材料，v信 g o n g z h e n g 6 6
考研考公资料全套，小红书搜“上岸学姐阿琳”私信领取
我弟跑出入境很熟，护照换发加急找他，微：hzjj 八八六七
驾照B证增驾，报名就安排练车，咨询１５８０６２７４９３１
學歷提升專升本，兩年半拿證，不用考試，溦信：xueli_fu88
社保代缴、断缴补缴都能弄，𝘃𝘅：𝘀𝗯𝗱𝗷𝟮𝟬𝟮𝟲
职称证挂出去一年白拿两万，𝚟𝚡 𝚣𝚌𝚐𝚔𝟽𝟽
驾照消分找我，家伟新 xf1314，当天搞定
考证包过，不过退钱，力口我 vx：kz_bangbang
zhao wo ban hu zhao, tian1 jia1 wei1 xin4 hao4 daiban_qz
社保补缴找我，加 🇻 🇽 sb_buji123
美签英签加急都能约，电话 l39-O5l2-7786
证书挂靠价格好谈，电话前三位138，中间是我生日0716，最后四位5290
落户代办，ㄨㄟˊ ㄒㄧㄣˋ：luohu_777
职称评审表格代填代审，一份两百，明天午休我在食堂最里面那桌，带上材料来
代办港澳通行证，一人五十，明早之前把户口本首页拍好丢群里，我统一去交
驾照还剩两分的别等了，明早九点带上驾驶证到小区东门那辆蓝色面包车上登记
社保想接着交又没单位的，把身份证复印件塞我家门缝就行，每月我顺手一起办
学历提升今年最后一批，交完报名费才排学号，想上车的回个“学”字
职称论文可以代发省级期刊，题目定了把摘要甩群里，我挑能发的回复
我手里还有两个一建挂靠名额，先把证书编号报过来，谁先报谁占
会计初级+中级+税务师网课打包价，想要的今晚十点前在我这条下面写名字
落户名额有限，户口本和学历证书复印件准备好，周五晚上带到售楼处二楼会议室
签证照、证件照我在家就能拍，6号楼底商，白底蓝底都行，十块一张，到楼下喊我名字
公证处预约号我这还有几个，明天上午的，需要的在群里报个时间段
无犯罪证明帮跑腿代开，明天去派出所，需要的把委托书签好放门卫室
""".strip()

NEGATIVE_35 = """
刚问了出入境大厅，护照加急要到窗口申请，咨询电话是12367，别信外面那些代办
王姐，车管所李科长的名片我私发给你了，是工作对接用的，别外传哈
社保局的通知原文在这：http://rsj.hangzhou.gov.cn/art/2026/11/20 大家自己看，别听人瞎传
小刘，落户那套材料我打包发你邮箱 hr@xinhe-tech.com 了，回头查收
张老师手机 13907416625，孩子报考证班的事直接找她，她是班主任
职称评审那张大表我加你微信传过去吧，群里文件太大发不了
办居住证的回执号 HZ20261118-0427，我截图留着了，叫号按这个
会计继续教育平台的客服电话 400-820-3618，登不上的可以打过去问
老周，证书注册那事我们私聊说，群里人多嘴杂
学信网认证报告验证码 A8K3 2P9X 7Q1M，HR说发给她就行，我已经发了
出入境预约就用“XX公安出入境”公众号，官方的，里面直接约号，一分钱不收
街道社保专员的座机 0731-84226071，周一到周五上班时间打
小吴你加我工作微信，就是我手机号13622580093，我把申报表模板传你
顺丰单号 SF1427 3306 5982，公证书已经寄出了，明后天到
教练说消分学习在“交管12123”上做，短信里的链接一律别点
准考证打印入口老师发家长群了：https://bm.neea.edu.cn 记得提前下载
新来的同事小林我拉进群了，以后公司社保增减员都找她
公章已经在行政部盖好了，要用章的私信行政小赵登记
签证中心预约确认号 VFS-BJ-558201，下周三上午九点半，我陪我妈去
宝宝出生证明补办，医院档案室座机0755-83362115，王医生说带上原件过去
有没有人知道外地驾照在这边能不能换？要准备啥材料
求推荐靠谱的翻译公司，学位证要公证翻译，最好在市区
谁家有二建旧教材？想借来看看，看完还你
请问社保断了三个月，还能补吗？去哪个窗口
想给我爸办老年证，带户口本就行还是要身份证
有在考中级经济师的吗，想找个伴一起刷题
问下大家，孩子落户跟爸爸还是跟妈妈方便一点？
哪位知道附近哪家照相馆拍签证照片好，要美签的尺寸
求个公证处的地址，网上查到两个不知道哪个对
有人报过成人高考吗？自己复习能过还是得报班
大家注意，有人在群里发“驾照满分包消不用学习”，这是诈骗，楼下已经有人被骗三千
我妈收到条短信“您的医保卡已停用，请登录网址恢复”，幸好先问了我，这种千万别点
我同事信了那个“不用考试拿本科证”，交了一万二，学信网根本查不到，大家千万别信
那种说“证书挂靠一年四万”的，其实是让你背锅，工程出事证书持有人要担责的
提醒：出入境不会打电话说你护照有问题要转账，接到这种直接挂
刚才冒出来说能帮忙落户的那人，我截图交给群主了，他那个号别加
什么“职称包过内部指标”，我去年差点上当，评审都是公开的，别花冤枉钱
有骗子冒充公证处说“遗产公证要先交保证金”，我姨妈差点就转了
朋友圈那种“考证报名享政府补贴，仅剩十个名额”的，都是培训机构的套路
有人私加我说可以办加急签证，要先付定金，我没理，你们也当心
昨天有个陌生电话，说我驾驶证记分数据出错了，让我加扣扣去处理，笑死😅
护照新办120元，换发也是120，港澳通行证60，签注一次15
社保缴费基数今年上调，我到手工资少了两百多
体检报告收齐名单：王芳、李强、陈晓、赵敏，还差三个人
我驾照就剩3分了，这周末坚决不碰方向盘
一建成绩出来了！实务112，终于过了😭
积分落户今年分数线120，我差7分，明年再战
行政通知：本周五下午两点统一办理工作居住证，请带身份证原件到三楼会议室
群公告：职称申报截止到12月15日，逾期系统关闭，请各部门抓紧
学历提升那门英语我考了58，就差两分😭
公证费一份三百八，我俩各办一份，一共七百六
家长们，下周一把户口本复印件交给班主任，用于学籍核对
社保交满15年就能领养老金吗？我爸算了下还差两年
出入境大厅今天人超多，我拿的号是A157，前面还有八十多个
教资面试抽到的是《荷塘月色》，讲得还凑合
我考了三次科目一才过，说出来都丢人
今天去办护照，照片要在现场拍，自带的不收
人事提醒：新员工入职一个月内要把社保转过来，有问题问我
签证下来了！下周出发去大阪🎉
车管所说换证要体检，附近医院体检费八十
挂靠现在查得严，住建部联网了，劝大家别碰
考初会的同学，明天别忘了带计算器，不能带存储功能的
孩子上户口跑了四趟，终于办好了，累死
中级职称评上了，明年工资大概能涨八百
小区公告：居住证受理点本周六设在物业大厅，八点半到十一点
学历认证要二十个工作日，我下个月面试怕来不及
这次一起去公证处的：1.老陈 2.小刘 3.阿芳 4.我，还有谁？
上一批居转户公示名单出来了，我们部门三个人都在，恭喜恭喜
你们单位公积金比例多少？我们是12%
红本弄好了，昨天去不动产登记中心拿的
出生医学证明丢了能补，但要登报声明，我刚弄完
老板说盖好章的合同今天下午要寄出，大家别走太早
考证这事还得靠自己学，我报的班基本就是念PPT
Just got my visa approved after 3 weeks, finally!
Is the notary office on Zhongshan Road open this weekend? Need a stamp on my lease.
今天終於把戶口遷好了，跑了三個部門
職稱評審結果下週公布，大家耐心等
我的驾驶证分数还剩１０分，本周期一分没扣
你插队就插队，还说是来办加急的，谁不急啊
第三次了，谁再发代考证的链接我直接移出群（群主）
人社局窗口那个阿姨态度也太差了，问两句就不耐烦
我家落户的事物业说不归他管，居委会说找派出所，踢皮球
考完二建，现在看到“施工组织设计”几个字就头疼
单位社保12月起按新基数补扣，大家看一下工资条
这个月消分学习我做完了，12123上答题一共三门
老公刚评上工程师，晚上吃顿好的🍲
公司营业执照年报截止6月30日，财务记得提交
一张证件照拍完修图收了我35，有点贵
签证面签被问了十几个问题，紧张得手心全是汗
成人本科毕业证到了，熬了两年半，给自己点个赞👍
户口本首页和本人页都要复印，别只印一页
周六公证处加班，但只办继承和赠与类的
报名人数统计：会计初级12人，中级5人，税务师2人
居委会：要开居住证明的居民，周三下午带身份证来办公室
挂靠那点钱不值当，证书被锁了想换单位都换不了
别在群里晒身份证照片，打了码也不安全
下周三早上七点半出入境门口集合，我带大家一起去办团队签注
等了俩月，证终于到了！
扣分了😭 闯了个黄灯
教资笔试报名明天开始，别忘了哈
""".strip()
