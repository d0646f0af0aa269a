"""Hold-out set 45 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written at the end of session 13, after sets 1-44 (see holdout_data.py), at the same time as set 46 (written by another
helper; this set was checked by the same script against set 46's lines as they stood when this one was finished, unread:
highest ratio 0.480, after one line of this set that stood at 0.506 against a set-46 line was rewritten); not scored
yet. The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc,
opened nothing under src/, tests/ or docs/, imported nothing from qungui, ran no detector or qungui command on these
lines and did not run bench_holdout.py or any other benchmark; holdout_data.py (lines 1-180, its docstring) was opened
only for the labelling rules and the history of earlier sets, holdout43_lines.py and holdout44_lines.py only for their
module docstrings, printed up to the closing triple quote (the file format, the docstring style and their topic lists
and calls, to avoid repeating them; their lines were not read, except that a grep of holdout43_lines.py for lines
opening with triple quotes or an upper-case assignment, cut to 30 characters, showed its layout), the benchmarks folder
only for its list of file names, and pyproject.toml only for its ruff settings (a grep for them). The two dumps (earlier
hold-out lines of sets 1-44, training lines) were only read by a similarity script that printed this set's lines and
ratios, never the dumps' lines (apart from that script, only a line count of each dump was taken). No line is copied
from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken
both ways round) against every line of the earlier hold-out sets' dump is at most 0.5 (highest 0.493), against every
line of the training-line dump at most 0.5 (highest 0.435), and no two lines of this set exceed 0.5 against each other
(highest 0.379). Fifteen lines that first stood above 0.5, or at exactly 0.5, against a dump were rewritten (three of
them twice). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 45 focuses on private investigation and personal-data services: finding people and tracing addresses (查人找人, 手机定位,
海外找人, 寻人), hotel, travel and call records (开房记录, 出行记录, 通话记录, 短信清单, 社工库 look-ups, 机主姓名), private detectives and evidence
gathering (私家侦探, 调查取证, 婚姻调查, 跟拍, 出轨取证, 财产线索), recovering deleted chats and unlocking phones (恢复聊天记录, 数据恢复, ID锁, 监管锁,
破解密码, 被盗号找回), selling customer and owner lists (业主名单, 意向客户, 企业高管名录, 采购商名单), and debt chasing for hire (讨债, 要账, 清收, 老赖),
beside ordinary chat about privacy, lost relatives and elderly members who wander off, police reports, lawsuits and data
leaks in neighbourhood, homeowners', work, law-firm, parents' and business-owner groups. It keeps the mix real spam has:
24 lines plain or lightly disguised (a plain id after "加我微信"; a brother's id at a phone shop after "加他 vx："; "加v：";
"wx：" with "备注“恢复”"; "V❤："; the writer's own debt-collecting mobile after "打我电话"; "微信同号" in brackets after the number; a
business-inquiry firm's landline after "座机"; a "QQ" number; a "QQ群号" with a password word; "私我"; "私聊"; a 闲鱼 shop's
m.tb.cn link; a 问卷星 wjx.cn sign-up link; a t.me channel; a 抖音 account name to search; an e-mail address for a sample
sheet; a 公众号 name to search; a WhatsApp number with +1; a 钉钉群号; a 快手 name to search; a 小红书号; an uncle's mobile after
"找他"; a Telegram @handle after "电报") and 14 moderately (digits grouped by slashes "139/6502/7418", Chinese digits with 零
in groups, circled digits with ⓪, 幺/两/洞 in groups, upper-case Chinese digits in groups, "扣扣" with Chinese digits, "企鹅"
with dash-grouped digits, "绿泡泡" with an id, "纸飞机搜" a @bot, a t.cn short link without its scheme, a full-width id after
"ｗｘ", "v x" with a spaced-letter id, digits mixing Arabic and Chinese "1五3 八6零2 七4九1", the homophone "薇芯" for 微信) and 10
heavily, with disguises the docstrings read do not list (subscript digits "₁₃₇ ₀₅₈₂ ₆₃₉₄"; Suzhou numerals "〡〨〨〥〦…";
keycap-emoji digits after "扣号"; 微信 spelt in Bopomofo "ㄨㄟˊㄒㄧㄣˋ"; Greek look-alike letters "νχ：κατο_ταη"; a mobile number
with every digit raised by one and "把每一位数减一"; a mobile number spelt in tone-marked pinyin "yāo wǔ bā，líng qī sān èr…";
digits each with a combining low line "1̲8̲6̲…"; negative squared letters "🆅🆇：🅿🅾🅹🅸🅴_🅰🅻🅴"; a mobile number given as a
sum, "13500000000 加上 8261473 就是我手机，自己算") and 12 subtle (an offer with a call to action only, none listed by the earlier
sets' docstrings that the writer read: "苹果安卓解锁，周三晚上七点到九点我在菜市场东门小桌上，机器和购机发票带上，解不开不收钱",
"想知道对方有没有开房记录的，先给我发个八十八的红包，备注对方姓名，晚上出结果", "手机里聊天记录删了想找回的，从现在起别再用那台手机了，明早拿到4栋地下车库，敲三下卷帘门我就开",
"欠款五万以上的，下周一上午带欠条原件到镇政府对面茶楼三号包间登记，我们团队只收回款的三成", "全市新楼盘业主名单按小区卖，一个小区两百，要哪个小区就在群里@我说名字",
"帮人寻找失联的人，收费五百一单，那人的近照连同最后见到他的地点写张纸条，晚上从我家门缝塞进来，5栋302", "怀疑另一半出轨想看他聊天内容的，在这条下面发个🔍，我挨个拉你进内部群",
"失联的亲人我们能帮找，把你的群昵称改成你的手机号，我看到就打给你", "朋友圈转发这条集满二十个赞，截图给我，免费帮你查一次对方手机号的机主姓名",
"每周二下午社区图书室最里面那张桌子，我免费帮大家看被盗的QQ微信号能不能找回，找回一个收五十", "通话清单一百一份，把要查的号码写好连同两百块钱放进小区快递柜12号格，第二天同一个格子取结果",
"要账的老板们，周六下午三点皇冠酒店二楼会议室开清收说明会，前二十个到场的免费评估一笔账"). About 15 positives are written the way members casually sell in a group
(a younger brother at a phone shop who can export call lists, the writer's self-taught phone unlocking, the writer's own
ten-odd years of debt collecting, owner data the writer holds for decorating and appliance "姐妹", a friend who locates
phones, the writer's own 闲鱼 data-recovery shop, a younger brother's unlocking on 快手, an uncle who chases unpaid money,
an uncle by marriage who traces a debtor's assets, a younger cousin's data recovery, a husband who used to work at a
police station, and the subtle lines' unlocking table at the market, the garage door knocked three times, the photo
slipped under the writer's door, and the library-table account recovery at fifty a go).

- `POSITIVE_45` (60 lines): finding people and addresses (加我微信), a brother's call and SMS lists (vx), marriage
  investigation with filming (加v), deleted-chat recovery (wx), the writer's phone unlocking (V❤), the writer's debt
  collecting (mobile), evidence and asset tracing (微信同号), business and background checks (landline), password cracking
  (QQ), an owner-list swapping group (QQ群号), new estates' owner data (私我), a friend's phone location (私聊), the writer's
  闲鱼 data-recovery shop (link), a private-detective training class (sign-up link), hotel and travel records (t.me), a
  debt-collecting team (抖音), executive and buyer lists (e-mail), marriage and 小三 investigation (公众号), finding people
  overseas (WhatsApp), telesales leads (钉钉群), a brother's ID-lock removal (快手), chat-recovery tutorials (小红书), an
  uncle's debt chasing (mobile), 社工库 look-ups (电报); then infidelity evidence (slashed digits), address look-ups (Chinese
  digits), photo recovery (circled digits), bad debts and 三角债 (幺), an uncle by marriage's asset tracing (upper-case
  digits), WiFi and stolen accounts (扣扣), factory owners' lists (企鹅), a cousin's data recovery (绿泡泡), hotel records
  (纸飞机), tracing to order (short link), owner lists (full-width), a detective team (spaced letters), a husband's
  people-finding (mixed digits), call lists (薇芯); the ten heavy lines (address look-ups, debt chasing, chat and album
  recovery, phone unlocking, marriage investigation, call records, owner lists, location tracing, password cracking,
  debt collecting); and the 12 subtle lines.
- `NEGATIVE_45` (100 lines): 20 that look dangerous at first sight (the property front desk's landline for an elderly
  member gone missing, "加我微信" to "刘哥" for a customer-callback sheet, a household-registration window's landline before
  replacing an ID card, an SF number for court papers, an Apple service order number, the Ministry of Public Security's
  anti-trafficking family-search platform, zxgk.court.gov.cn to check a debtor, a community police officer's mobile for
  missing elderly members, an invoice number for a law firm's investigation fee, 12321.cn for reporting leaks, a
  notice-board QR code for an anti-fraud talk, the national anti-fraud app, a parcel locker's pickup code, 12333 for
  unpaid wages, a law firm's office e-mail, a Tencent Meeting number about a leak of owners' data, a member's own new
  number after a broken phone, a Huawei service booking number for unlocking, 95588 for a stolen bank card, a
  missing-person report's receipt number); 10 members asking (a data-recovery shop for a father's photos, a lawyer or
  court for a debt, a forgotten lock-screen password, a proper way to look for an uncle lost since the eighties,
  detectives' photos as evidence, a zip password, anti-wandering GPS bracelets, a phone number and address posted
  online, chats lost on a new phone, which SIM cards are registered to one's name); 10 warnings or complaints quoting
  the ad or scam ("查开房记录，加V秒出", a fake courier's compensation call, "三天包找到人，先付定金", "恢复微信聊天记录，100%成功", a "装修公司" that
  knows door numbers, a fake debt collector, "手机解锁，远程操作，五分钟搞定", a kicked "社工库查人" account, a caller who knew a child's
  school, a "找回失散亲人" talk with a 980 fee); 17 lines with numbers that are not contacts (a volunteers' 接龙 for a
  family-search society, a debt repaid in parts, room 302, leaks counted at work, a table-tennis score, a screen
  repair's price, hours spent searching for a grandparent, a vote's turnout, a hard disk's repair quote, a training test
  score, a date to move household registration, an eight-character password, callback forms counted, a lost cat, a court
  hearing's date, raffle numbers, a family-search file number); 7 organisers' and admins' own notices (a ban on look-up,
  tracing, debt and data ads, a removed "远程解锁" account, the property office against fake staff collecting ID cards, an
  anti-wandering registration day, no customer data on USB sticks, no ID numbers in the parents' group, an owner's
  warning against selling members' numbers); 27 lines of everyday chat about sales calls that know names, masked parcel
  labels, a grandfather with his son's number sewn on, an unenforced judgment, a takeaway receipt giving an address
  away, checking a husband's phone, a sold owners' list, a recovered photo with a grandmother, parents found by DNA,
  handing over customer WeChats, second scams, a thesis saved by version history, debt flyers scraped off poles, a
  tracking app for a child, detectives on TV, an unknown SIM card, an ice-lolly seller who brought a lost child back,
  iCloud photos, a debt collector calling the wrong person's work, hotel ID uploads, children's full names in notices, a
  classmate doxxed, family numbers for the elderly, a fingerprint lock pried open, calls after posting a CV, a
  relative's debt written off, an old QQ space found again); 5 heated arguments without any selling; two English lines
  and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_45 = """
专业查人找人，只要给个名字或者手机号，三天内给你住址和工作单位，加我微信 zhaoren_lao8 详谈
我弟在营业厅上班，通话记录、短信清单他都能导出来，要的加他 vx：tonghua_xd01
婚姻调查找我们，老公有没有外遇跟拍一周给你答案，证据能上法庭，加v：zhencha_xiaowu
微信聊天记录删了也别急，安卓苹果都能恢复，连图片语音都能找回来，wx：huifu_datang 备注“恢复”
我自己学了解锁，苹果ID锁、屏幕锁、华为账号锁都能弄，不刷机不丢资料，V❤：jiesuo_kk66
我干讨债十几年了，三年以上的老账也能要回来，不成功不收费，打我电话13906718452
调查取证、出轨证据、财产线索，正规商务咨询公司，电话15057238619（微信同号）
本公司承接商务调查、资产调查、个人背景核查，座机0571-86237415，工作日九点到六点
忘了的QQ密码、邮箱密码、压缩包密码都能破，QQ 2876105439，报个价先
新楼盘业主资料交流群，装修、家电、保险同行都在里面互换名单，QQ群号 735196284，进群暗号“业主”
我手上有几个新楼盘的业主资料，做装修和家电的姐妹要的私我
我一个朋友能手机定位找人，只要知道对方号码就能查到大概位置，误差几百米，要的私聊
我自己在闲鱼开了个数据恢复小店，U盘硬盘内存卡误删都能救，链接 m.tb.cn/h.5kQxR2a 拍之前先问
想入行当私家侦探的看过来，第三期实战班教跟踪蹲点和取证拍摄，报名问卷 https://www.wjx.cn/vm/tanzhen3.aspx 填完等通知
酒店开房记录、出行记录、名下房产车辆一条龙查询，频道 t.me/chadang_kuai 进去看价目表
要不回来的钱交给我们团队，抖音搜“老韩清收”，主页有成功案例
企业高管名录、外贸采购商名单，按行业出Excel，样表发邮箱 sales_datalist@163.com 索取
婚姻情感调查、挽回分离小三，微信公众号搜“金盾情感咨询”，后台留言有专人回复
海外找人，美加澳华人圈都有资源，失联多年也能找，WhatsApp +1 626 381 4097
做电销的来，每天更新意向客户手机号，钉钉群号 38291657，进群先看样本
我弟在快手上做二手机ID锁、监管锁解除，搜“阿成解锁”，直播间能现场演示
被删的聊天记录、朋友圈截图恢复教程，小红书号 5813902746，主页置顶那篇
我舅舅专门帮人要账的，工程款货款都接，需要的找他 18867340219
社工库查询，身份证、手机号、QQ反查都行，电报 @shegong_cha88 下单
出轨取证、跟踪拍照都做，电话 139/6502/7418 随时打
查人查地址的找我，电话一五八 零六三二 七九四一
手机恢复出厂了照片也能找回，号码①⑤⑨②⑧⑦④③⑥⓪①
专接三角债、民间借贷，老赖躲外地也能找着，联系：幺三八 两洞六七 四九五幺，夜里也接
我姑父专门帮人查老赖财产线索，电话壹捌陆 柒零贰叁 伍玖肆捌
破解WiFi密码、找回被盗号，扣扣：三九七五一零八二六
工厂老板名录全省都有，企鹅 2-4968-1735-0
我表妹在做数据恢复，手机电脑都行，绿泡泡 hf_biaomei_2024
开房记录秒查，纸飞机搜 @fangjilu_bot
寻人定位服务在线下单 t.cn/A6Xp3Ke 点进去填对方信息
业主名单全市最全，ｗｘ：ｙｅｚｈｕ＿ｍｉｎｇｄａｎ
私家侦探团队，v x：z h e n t a n 7 7
我老公以前在派出所干过，现在帮人找人，电话1五3 八6零2 七4九1
查通话清单加薇芯：qingdan_888
找人查地址，号码 ₁₃₇ ₀₅₈₂ ₆₃₉₄
要账讨债，电话〡〨〨 〥〦〢〧 〤〩〣〡
误删的聊天记录、相册、通讯录三样都能捞回来，扣号 3️⃣6️⃣1️⃣8️⃣0️⃣5️⃣9️⃣2️⃣4️⃣ 白天回复
手机解锁 加ㄨㄟˊㄒㄧㄣˋ：jiesuo_a9
婚姻调查 νχ：κατο_ταη
查通话记录，号码是24837619542，把每一位数减一就是我的
各小区业主名单按栋按户整理好了，要的打 yāo wǔ bā，líng qī sān èr，liù sì jiǔ wǔ
定位找人 电话 1̲8̲6̲ 2̲0̲4̲7̲ 5̲3̲9̲1̲
🆅🆇：🅿🅾🅹🅸🅴_🅰🅻🅴 破解密码
欠条在手钱要不回的老板看这里：13500000000 加上 8261473 就是我手机，自己算一下再打
苹果安卓解锁，周三晚上七点到九点我在菜市场东门小桌上，机器和购机发票带上，解不开不收钱
想知道对方有没有开房记录的，先给我发个八十八的红包，备注对方姓名，晚上出结果
手机里聊天记录删了想找回的，从现在起别再用那台手机了，明早拿到4栋地下车库，敲三下卷帘门我就开
欠款五万以上的，下周一上午带欠条原件到镇政府对面茶楼三号包间登记，我们团队只收回款的三成
全市新楼盘业主名单按小区卖，一个小区两百，要哪个小区就在群里@我说名字
帮人寻找失联的人，收费五百一单，那人的近照连同最后见到他的地点写张纸条，晚上从我家门缝塞进来，5栋302
怀疑另一半出轨想看他聊天内容的，在这条下面发个🔍，我挨个拉你进内部群
失联的亲人我们能帮找，把你的群昵称改成你的手机号，我看到就打给你
朋友圈转发这条集满二十个赞，截图给我，免费帮你查一次对方手机号的机主姓名
每周二下午社区图书室最里面那张桌子，我免费帮大家看被盗的QQ微信号能不能找回，找回一个收五十
通话清单一百一份，把要查的号码写好连同两百块钱放进小区快递柜12号格，第二天同一个格子取结果
要账的老板们，周六下午三点皇冠酒店二楼会议室开清收说明会，前二十个到场的免费评估一笔账
"""

NEGATIVE_45 = """
物业前台电话0571-88236014，家里老人走丢了先打这个，监控室二十四小时有人
周五要交的客户回访表太大群里发不了，刘哥你加我微信 liu_crm09 我传给你
补身份证之前先问一下户籍窗口，他们座机 0755-83302417，免得跑两趟，周三下午不办公
书记员刚回电话，我们寄的起诉状和证据目录都收到了，顺丰那单SF1428605739210不用再盯了
苹果官方售后我约好了，服务单号 R274083915，明天下午拿那台解不开的去
公安部有个打拐寻亲的官方平台，家里有走失孩子的可以去登记采血，别信那些收钱的
查老赖直接上中国执行信息公开网 zxgk.court.gov.cn，输名字就行，不用花钱找人
社区民警小何的手机 13805762291，他说谁家老人走失立刻打他，他去协调调监控
发票号码 04391726，这是上个月律所调查费的发票，财务报销的时候核一下
个人信息泄露的可以在 12321.cn 举报，我上周举报了骚扰电话，三天就有回复
社区这周六的“防诈骗 守护个人信息”讲座，扫公告栏上的二维码签到，送一袋洗衣液
国家反诈中心APP大家都装一下，来历不明的电话会弹提醒，老人手机尤其要装
丰巢那个格子的码是 6-2-0-8-1-3，里面是我托律师寄回的欠条复印件，谁路过帮我取一下
调解委员会王主任说欠薪的事可以拨 12333 劳动保障电话，不用找讨债的
材料直接发到所里公共邮箱 office@hengxinlaw.cn，标题写案号和当事人姓名
法院短信说借款那个案子下个月十二号上午九点半开庭，在第三法庭，要带欠条原件
腾讯会议号 573 281 946，今晚八点业委会开会讨论业主信息泄露的事
我手机摔坏了，这周有事打我新号码 17757320814，微信没变
华为服务中心的预约单号 HW20261123004518，解锁要本人带身份证和购机发票
银行卡被盗刷的先打银行官方客服95588挂失，千万别信群里说能帮你追回的
失踪人口登记已经在派出所做了，回执编号 A3307152611，警察说有消息会通知
有没有谁知道靠谱的数据恢复店？我爸手机里孙子的照片全没了
想问问大家，要回别人欠的钱，是找律师起诉好还是直接去法院立案？
手机忘了锁屏密码，去官方售后能解吗，需要带啥？
我舅舅八十年代去了东北就没联系了，谁知道有什么正规渠道寻亲？
请私家侦探拍的照片法院认不认啊？离婚的时候能当证据吗，有懂的说说
公司电脑的压缩包密码忘了，有没有免费的软件能试出来？
谁家用过那种防走失的定位手环，老人戴着靠谱吗？
群里有律师吗？被人把我手机号和住址挂到网上了，能起诉吗？
我的微信聊天记录换手机的时候没迁移，旧手机已经卖了，还能找回来吗？
查自己名下有几张手机卡要去哪里查？听说工信部有个官方的
千万别信“查开房记录，加V秒出”，我同事交了五百块对方直接拉黑
提醒一下，冒充快递客服的又来了，说包裹丢了要赔偿，让人报身份证和银行卡，千万别填
有个自称私家侦探的说“三天包找到人，先付定金”，我表姐付了两千再也联系不上
看到有人发“恢复微信聊天记录，100%成功”，全是骗钱的，腾讯自己都说删了就没了
业主群里那个“装修公司”怎么知道我们的门牌号和电话的，肯定是有人把名单卖了
骗子冒充讨债公司打电话说我弟欠钱不还要上门，已经报警了
“手机解锁，远程操作，五分钟搞定”，我爸信了，结果手机里银行卡的钱被转走了
刚才被踢的那个号发的“社工库查人”，群主处理得好，这种东西买了也违法
接到电话叫出我全名和孩子学校，说要交资料费，明显是信息泄露了，大家小心
我妈在公园被人拉去听“找回失散亲人”讲座，要交九百八报名费，我拦下来了
周日去火车站帮寻亲协会发传单，自愿报名：1. 王芳 2. 李建国 3. 陈晓 4. 赵丽
欠我那笔钱一共三万二，他说月底先还八千，剩下的分四个月
会议室改到302，下午两点半讨论客户资料保密制度，各部门派一个人
今年公司一共通报了2起数据泄露，比去年少了5起，年终会上要讲
乒乓球团体赛我们科室三比一把财务科赢了，下周二跟信息科争第一
手机屏幕碎了换一个要680，官方报价是1299，差得有点多
我家老人走失那次，从下午4点找到晚上11点，最后在公交总站找到的
小区一共1368户，这次参与业委会投票的只有412户
我那块硬盘送去官方检测，说是开盘要1500，我嫌贵没修了
这次保密制度培训考试我考了86分，及格线是80
12月8号上午9点，6号楼1单元门口集合，去派出所办户口迁移的一起走
密码改成了8位，字母加数字，公司要求每90天换一次
我们部门客户回访表填了247份，还差53份
丢的那只猫是3岁的橘猫，最后在5栋和6栋之间的绿化带看到
群公告：本群禁止发布查人、定位、讨债、数据买卖等广告，一经发现直接移出
那个发“远程解锁”的家伙我移出去了，他私加了好几位邻居，收到的直接删
物业提醒：近期有人冒充物业收集业主身份证信息，物业不会在群里要身份证照片
本周六下午社区在活动中心开展老人防走失登记，带户口本和老人近照，手环免费发
公司通知：客户资料一律不许拷到个人U盘，违者按泄密处理
家长群提醒：请勿在群里发孩子的身份证号、家庭住址，报名表统一交班主任
以后谁再把群成员的手机号拿去卖，我直接公开聊天记录报警，说到做到
我妈手机老是接到推销电话，连她名字都叫得出来，真不知道从哪泄露的
现在快递单上的名字电话都打码了，还是好一点
我爷爷老年痴呆，前年走丢过一次，现在衣服上都缝着我爸的电话
表哥被人欠了十几万，官司赢了对方还是不给，执行起来太难了
昨天看新闻，有人通过外卖小票就找到人家住址，太吓人了
我觉得查老公手机这种事，真查到了也是伤自己
我们小区业主群名单被人拿去卖了，现在天天有装修电话
找回的照片里有我小时候和外婆的合影，哭死
朋友通过寻亲网站找到了亲生父母，DNA比对上的那天全家都哭了
公司新规定离职要把客户微信全部交接，感觉有点过分
被骗了就赶紧报警，别想着找人帮你追回，那都是二次诈骗
我电脑里的论文没保存，wps的历史版本居然救回来了
路边电线杆上贴的“讨债”小广告，城管铲了一上午
我老公说要装个定位软件看看孩子在哪，我觉得孩子大了没必要
以前电视剧里私家侦探很酷，现在知道在国内其实不合法
去营业厅办业务，柜员说我名下多了一张卡，吓一跳，赶紧注销了
小时候走丢过一次，是一个卖冰棍的奶奶把我送回派出所的
iCloud里的照片还在，换新手机登录一下就全回来了，不用找人恢复
催收打到我单位来了，其实是我前同事欠的，填了我当紧急联系人
出差住酒店，前台说身份证信息都要上传公安，这个是正常的吧
咱们家长群以后发通知能不能别带孩子全名，群里好多人不认识
我同学被人肉过，照片住址全被扒出来，后来搬了两次家
老人手机最好开个亲情号，有事一键就能打到子女
指纹锁坏了我爸自己拿螺丝刀撬，差点把门弄坏
现在招聘网站上投个简历，第二天就有培训机构打电话来
欠钱不还的亲戚我已经不指望了，就当买个教训
以前的QQ空间找回来了，翻到高中写的日志，尴尬得脚趾抠地
你凭什么说是我泄露的名单？我连那个表都没碰过！
当初借钱时你拍胸脯说三个月还清，这都一年多了，在群里发言倒挺积极？
别在这阴阳怪气的，老人走丢了大家帮着找，你倒在这说风凉话
物业要是管得住信息早就没这么多骚扰电话了，每年交那么多物业费干什么吃的
你有证据就拿出来，没证据就别在群里说人家老公出轨
Quick question: can you file a missing-person report at the station by the library on a Sunday?
My phone got locked after the update, and Apple support says I need the original receipt.
我阿嬤的手機忘了密碼，去門市解鎖要帶身分證跟發票嗎？
聽說有人在賣我們社區的住戶名單，大家接到陌生電話要小心。
年会抽奖号码 0086 到 0120 的上台领奖，奖品是充电宝，没到场的作废
志愿者说外婆的寻亲档案编号是 XQ-2026-0417，已经录进比对库了，等消息
"""
