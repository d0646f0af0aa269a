"""Hold-out set 63 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 18 on 2026-11-25, after sets 1-62 (see holdout_data.py), at the same time as set 64 (written by
another helper; this set was checked by the same script against set 64's lines as they stood when this one was finished,
unread: highest ratio 0.480 at the end), and kept unscored until it is scored once, blind. The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or
docs/, imported nothing from qungui, ran no qungui command, no git command and no file in benchmarks/ (bench_holdout.py
or any other benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and the
history and topics of sets 1-62), printed with ast.get_docstring, and holdout61_lines.py and holdout62_lines.py only for
their module docstrings, printed the same way (the file format, the docstring style and the disguises and calls already
used, to avoid repeating them; their lines and the code below holdout_data.py's docstring were not read; the three
docstrings were also saved to the writer's own temporary files to be paged through, nothing else in them).
pyproject.toml was not opened (ruff was only run on this file). The benchmarks folder was not listed; set 64's file was
only checked for existence by its exact name and only loaded by the similarity script, which never printed its lines. Of
the folder holding the similarity script only the script's opening docstring (its usage) was printed, with
ast.get_docstring, and the script run; no other file in that folder was listed, opened or run. The two dumps (every line
of hold-out sets 1-62 and the probes, training lines) were only read by the similarity script, which printed this set's
lines and ratios, never the dumps' or the partner's lines; it was run on a draft copy of this set in the writer's
temporary folder, at --floor 0.49 and also at 0.475 and 0.47, to find the lines standing just below the threshold. No
line is copied from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a,
b).ratio() with the default settings, taken both ways round) against every line of the hold-out dump is at most 0.5
(highest 0.474), against every line of the training-line dump at most 0.5 (highest 0.467), no two lines of this set
exceed 0.5 against each other (highest 0.417), and against set 64 the highest is 0.480. Thirty-six lines were rewritten,
two of them twice (thirty-eight rewrites), each time with new wording, not a synonym swap: twenty-five that first stood
at 0.49 or more, twenty-two of them above 0.5 (0.919 at most, a team-building hike; against the hold-out dump a laptop
sold on 闲鱼, a member asking for a home printer, a warning about fake carrier staff, a phishing message about a domain,
and among the lines with numbers a tax id, a courier waybill, a staff number, exam marks, an electricity reading and a
train and seat; two organisers' notices, the removed advertiser and a network cut; everyday lines about the canteen, a
message to a mother, drilling next door, autumn leaves, a fishing trip and the cold (the last also against the training
dump); the fire-lane quarrel; the second English line; against the training dump only, washing out in the rain) and
three standing at exactly 0.500 (the ASCII-coded id, e-mailed minutes and, against the training dump, a recommended copy
shop); then twelve standing between 0.476 and 0.490, reworded to keep a margin (three heavily disguised positives, the
binary, heavenly-stem and backwards numbers; a blood-sugar reading, the group rule, the alumni return day, the message
to the mother a second time, a printer jam, a choir rehearsal, a member asking for a laptop repairer, an order number
and a craft lesson); and the blood-sugar line once more, as its new wording stood at 0.600, replaced by another health
reading. Three positives were also reworded for their label or reading only (a price per desk made plain, a code's last
characters, and a side job offered in a work group made plainly personal). The lines are meant to be scored once, blind;
tuning on their errors would spoil them.

Set 63 focuses on software and IT services: website and mini-program building (company sites, 模板站 and custom sites,
ordering, booking and shop mini-programs, responsive front ends, a free live course in site building), SEO and search
ranking (a first-page guarantee, 百度竞价托管, SEO by the month, ranking as a chamber member's trade), cloud servers and
hosting (阿里云 and 腾讯云 bought on others' accounts, rack hosting, cheap cloud hosts, server upkeep), domain names and
ICP filing agents (registration and 备案 by an agent, rush filing, 双拼 .com names resold), data scraping (shops' goods
and reviews, job and property sites, reviews in tables), cracked software and activation keys (Office and Windows keys,
Win11 keys in bulk, CAD, PS and PR with a key generator, an Adobe suite, activation by USB stick), computer assembly and
repair (a husband's assembly shop, the writer's own gaming PC, repairs at home or by the month, build lists, old
laptops), printers, toner and copier rental (an HP laser printer, 硒鼓 and 墨盒, toner in bulk, copiers by the page or
month, an office's old Ricoh, an Epson with a continuous ink supply) and office supplies and furniture (desks and chairs
wholesale, a company's old chairs, A4 paper and stationery, filing cabinets and safes, second-hand desks), beside
ordinary chat in company work groups, neighbourhood and owners' groups, family groups, a parents' class group, an alumni
group, a store's VIP customer group, a chamber of commerce and hobby groups. It keeps the mix real spam has: 24 lines
plain or lightly disguised (a project manager's mobile; a husband's WeChat id with the estate's name as the note; an
e-mail for an SEO plan; “QQ” with a number; a Hangzhou landline with its area code; a 400 hotline; “闲鱼搜” the writer's
own printer; “要的私我”; a QQ group number; a site with a portfolio; “电话微信同号” for a brother, naming who sent you;
“淘宝搜店铺”; “小窗我”; a 拼多多 shop; a 钉钉群号; an 抖音号; a 公众号 with a word to reply; a child's uncle's WeChat
id; a Telegram handle; “打我电话” with a mobile; a Shanghai landline for orders; a hosting firm's site with online chat;
“微博@…私信我”; a 知乎 homepage) and 14 moderately, with disguises or combinations the docstrings read do not list
(mathematical bold digits 𝟏𝟑𝟗…; parenthesized digits ⑺⑷⑶… with “扣扣群”; the look-alike 徽信; weixin with Cyrillic
letters; Greek νχ for vx; 🐧群; 🍑宝 for 淘宝; 闲🐟; an e-mail with 艾特 and 点; a link with the Chinese full stop for
its dot; the homophone 丁丁群; a mobile in katakana Japanese readings, イチサンハチ…; pinyin with tone marks, wēixìn;
digits struck through by a combining stroke) and 10 heavily, with disguises the docstrings read do not list (Roman
numerals with N for zero; a QQ number in four-bit binary groups; the ten heavenly stems, 甲 one to 癸 zero; the stroke
counts of characters, “一山星 白人米〇…”; a WeChat id as ASCII codes; a WeChat id with each letter moved one place on; a
mobile written backwards; mahjong tiles, “一万三条七筒…，白板是零”; counting-rod digits 𝍠𝍤𝍧…; clock-face emoji, “十二点
算零”) and 12 subtle (an offer with a call to action only, none quoted by the docstrings the writer read): carry the
computer to a lit office's door with a name slip; leave the empty cartridge at the guard room; a USB stick in the
writer's old desktop and the money under the keyboard; a note in the lift with the door number; bring a cup of tea to
the last row at the chamber's tea party; a sticky note on the chosen chair in the warehouse; stay five minutes after
Monday's meeting; a business card dropped in a carton for a draw; copies left with the convenience-store owner
downstairs; the garage shutter half open means someone is in; samples in the hotel car park after the chamber's dinner;
a shop's name added as an option to the writer's group poll. About a dozen positives are written the way members
casually sell in a group (a husband's shop, the writer's own printer, a brother's site upkeep, a company's old chairs, a
child's uncle's ad management, the writer's own PC, an office's old copier, the writer's Epson, and most subtle lines).

- `POSITIVE_63` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.
- `NEGATIVE_63` (100 lines): 20 that look dangerous at first sight (a server renewal's invoice number in the group
  files, the company site's ICP filing number, a printer driver in the company drive, a new IT colleague's 企业微信 to
  add, A4 paper ordered on 京东, a night network cut with the admin's extension, the estate's new door-access app, WPS
  from wps.cn, a copier lease's rent, a mouse pad from 拼多多, homework in the class's 钉钉 group, a domain's renewal
  reminder, minutes sent by e-mail, the chamber's 公众号 photos, an old ThinkPad sold on 闲鱼, office supplies listed in
  a 腾讯文档, a virus and strange links, a new property butler's WeChat, the home router's password, a 京东 toner
  cartridge with its model and receipt); 10 members asking or recommending (a laptop repairer, a mini-program team, a
  home printer for homework, which cloud for a beginner, the firm that built the company site, an ergonomic chair,
  Office at an education discount, broadband dropping, a cheap copy shop, a PC for parents); 10 warnings quoting or
  describing the scam (“百度排名七天上首页，先付一半定金”, “Win10永久激活，扫码付九块九”, fake carrier staff “检修光猫”,
  a phishing e-mail about a domain's ownership, “一折云主机” reported, “学习机免费领” with a deposit, a fake virus call
  pushing a remote-control app, “破解版软件全家桶” with trojans, a fake chamber secretary asking for transfers, “上门修
  电脑，只收十元” then six hundred); 17 lines with numbers that are not contacts (an order number, a tax id, a meeting
  room, a waybill's last digits, toner costs, a staff number, exam marks and a rank, a parking space, an electricity
  reading, a server room's temperature, a train and seat, a temporary door code, a badminton score, a triglyceride
  reading, a parents' meeting's date and room, a quarter's repair count, a weight); 7 organisers' and admins' own
  notices (an owners' group rule banning site-building, SEO, cloud-host, activation-key and office-supply ads, a removed
  account that pushed rush filing, a fibre replacement, a school open day booked in the class mini-program, an alumni
  return day, a store's anniversary points, a chamber's council meeting); 27 lines of everyday chat; 5 heated arguments
  without any selling (late to meetings, an SUV blocking the car-park exit, a report's wrong figures, chairs dragged at
  midnight, a shared printer left without paper); two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_63 = """
公司官网、企业展示站都能做，模板站一千八起，定制另谈，找我们项目经理周工 13862045179。
我老公在电脑城开装机店，游戏主机办公主机都配，想配的加他微信 zhuangji_laozhou，备注咱小区名有优惠。
SEO关键词优化，保证三十天内进百度首页，不进不收钱，方案发邮件到 rankup2026@163.com 索取。
阿里云、腾讯云服务器代购，比官网价便宜三成，新老账号都能买，QQ 2871530649 全天在线。
域名注册和ICP备案代办，资料齐全二十个工作日下号，办公室座机 0571-86972413 找小邵。
复印机打印机租赁，黑白彩色都有，按张计费，全市免费上门安装，热线 400-836-5172。
家里闲着一台惠普激光打印机，九成新，三百拿走，闲鱼搜“阿杰的小仓库”就是我。
Office、Windows 正版激活密钥，永久使用，一个三十五，要的私我。
各大电商平台商品和评论数据都能抓，Excel 交付，需要的进 QQ 群 730518264 详聊。
小程序开发：点餐、预约、商城都做过，案例都在 www.xcx-zhizuo.cn 上，自己挑。
我弟在做网站维护，价格实在，电话微信同号 15906723841，就说是三单元张姐介绍的。
办公桌椅批发，工位屏风、会议桌、文件柜都有现货，淘宝搜店铺“恒源办公家具”。
硒鼓墨盒碳粉都有，兼容款二十五一个，送到公司楼下，需要的小窗我。
公司搬家换下一批电脑椅，八成新，五十一把，挂在拼多多“老周二手办公”店里了。
电脑上门维修，装系统、清灰、换固态，半小时内到，进钉钉群 38215094 下单。
想学自己建站的，我每晚八点开免费直播课，抖音号 jianzhan_laoli。
企业邮箱、云盘、OA 一站式部署，关注公众号“云启企服”回复“方案”拿报价。
孩子舅舅在做百度竞价托管，月消耗五千以上的老板可以找他聊，微信 sem-zhao88。
批量采集招聘、房产网站数据，Python 定制脚本，Telegram 联系 @scrapy_master_cn。
我自己攒的 i5 加 3060 主机，打游戏用了一年，两千八出，想要打我电话 18736025914。
文具办公用品批发，A4 纸一箱一百三，笔和文件夹全品类，订货拨 021-58963207（工作日）。
服务器托管、机柜租用，BGP 多线机房，官网 idc-hengtong.com 有在线客服。
单位换下来的理光复印一体机，一千二出，微博@老王的办公室 私信我。
网页设计接私活，响应式前端和后台都能写，作品集在知乎主页“前端阿飞”，感兴趣留言。
装机配置单免费出，电话 𝟏𝟑𝟗 𝟎𝟔𝟐𝟖 𝟒𝟕𝟓𝟏，周末也接单。
网站模板便宜卖，一套八十，扣扣群 ⑺⑷⑶⑵⑼⑹⑸⑴ 进来挑。
正版 Win11 密钥批发，量大从优，徽信：key_store365。
SEO 优化包月一千五，wеіхіn 搜 seo-xiaolin 就是我。
云服务器一年一百九，νχ：yun_fuwu_88，加了说是哪个群的。
CAD、PS、PR 全套安装包加注册机，进🐧群 816305472 自取，入群五块。
文件柜、保险柜工厂直发，🍑宝搜“鑫达钢柜”，比实体店便宜一半。
我家那台爱普生喷墨打印机改了连供，一百五自提，闲🐟搜“小满家闲置”。
域名备案加急，三天出号，资料发到 beian2026 艾特 qq 点 com。
数据抓取接单，价目表挂在 caiji-gongzuoshi。top 上了。
写字楼电脑包月维护，报修进丁丁群 41726938，半小时响应。
旧笔记本回收也修，手机（日语念）：イチサンハチ ゴゼロナナニ サンキュウヨンロク。
二手工位桌六十块一张，要的加 wēixìn：bangong_ershou。
复印机月租三百全包，热线 1̶5̶8̶0̶2̶7̶3̶6̶4̶1̶9̶。
正版激活码团购，电话用罗马数字写：I V IX / VII II N IV / VIII III VI I，N 当零。
自适应官网八百起做，扣扣号请自己换算，每组四位二进制是一位数：0011/1001/0110/0001/0100/1000/0111/0010/0101。
碳粉、鼓粉整箱批，手机号我拿十天干记的（甲一乙二，依次到癸为零）：甲丙辛，丁壬庚癸，乙戊己丙。
服务器代维找我，电话就是这几个字的笔画数：一山星 白人米〇 王花雨乙，〇算零。
Adobe 全家桶授权转让，微信号按 ASCII 十进制码给你：107 101 121 115 104 111 112 50 52，对照表换成字符。
网站开发接单，微信号每个字母换成字母表里前一个才是真的：xfcmbpzf。
手上有几个双拼 .com 老域名想转手，号码从末位往前念：6502 8147 931，价格电话里说。
二手办公桌椅整批出，电话照麻将牌念：一万三条七筒，二万白板九条四筒，八万五筒六条一条，白板是零。
复印机出租，电话用算筹写的：𝍠𝍤𝍧 𝍢〇𝍥𝍡 𝍦𝍣𝍨𝍠。
数据采集接单，QQ 看钟：🕑🕘🕔🕐🕗🕛🕖🕒🕕，十二点算零。
电脑装系统清灰一次八十，坏了直接抱到三楼东头亮灯那间办公室门口，贴张写名字的纸，第二天来取。
碳粉我这有货，一盒六十，把用完的空盒放门卫室写上几楼几号，隔天换新的给你。
各种软件激活我都能弄，一个二十，U盘插我工位那台旧主机上，钱压键盘底下，下班前拷好。
打印机卡纸连不上网的我都会修，一次五十，在电梯里贴张便签写上门牌号，我下班挨家上门。
做网站搜索排名的生意我做了八年，明天商会茶话会我坐最后一排，想聊的端杯茶过来坐。
仓库清出来一批办公椅，三十一把，去二号仓库门口看，看中了在椅背贴个便利贴写名字。
谁家公司的服务器想外包维护，我私下接，包年比外面便宜，周一例会散了留五分钟，我跟你细说。
建站、小程序我们都做，我办公室门口放了个纸箱，往里投张名片，月底抽三家免费做。
域名备案材料我帮代办，一家三百，身份证复印件交给楼下便利店老板娘，就说给修电脑的小陈。
组装电脑、升级配置找我，按配件价加一百手工费，我家车库卷帘门拉开一半就是有人在。
新到几台彩色复印机可以租，下回商会聚餐我把样机拉到酒店停车场，想看的吃完饭下楼。
哪家店的评论数据想要，我都能整理成表，一份一百，把店名加进群里我发的那个投票的选项里。
"""

NEGATIVE_63 = """
财务说服务器续费的发票已经开了，发票号放在群文件里，报销的时候自己抄一下。
官网备案号终于下来了，浙ICP备2026031745号，小李记得更新到网站底部。
打印机驱动我放到公司网盘“IT共享”文件夹了，链接在群公告，装不上再喊我。
新来的同事刘畅负责IT报修，大家加一下她企业微信，以后电脑有问题都找她登记。
行政采购的A4纸京东已经下单了，明天送到，一共十二箱，到了帮忙搬一下。
网管说今晚十点到十二点机房断网升级，VPN也连不上，有急事打他座机分机8203。
物业说小区门禁系统换了，新App叫“慧邻里”，注册要用房号和业主手机号。
孩子学校电脑课要装WPS，官网 wps.cn 下载就行，别在乱七八糟的网站下。
公司那台理光复印机租期到了，合同上写的月租四百，续不续下周开会定。
昨天拼多多买的鼠标垫到了，十块钱三个，质量居然还行。
班级的作业都在钉钉里交，钉钉群号老师刚才发了，还没进的家长抓紧。
域名到期提醒邮件别忽略，咱们公司那个.com明年三月到期，我已经设了自动续费。
周二的会议纪要整理完了，抄送给部门全体，谁那边没收到吱一声，我再转一次。
秘书处公众号推送了年会的照片，想下载原图的可以去看看。
上个月挂在闲鱼的旧ThinkPad终于出手了，买家是个大学生，骑车过来当场开机验的。
老板让每人在腾讯文档里填一下下季度要的办公用品，周五截止。
电脑中病毒了，IT部让我们别点陌生链接，已经重装了系统。
业主群新进来一位物业管家，姓周，大家有事可以加她微信反映。
家里路由器密码改成孩子生日加八个8了，你们回来自己连。
刚在京东自营买的硒鼓，型号CF230A，能用，报销单我贴群里了。
谁有靠谱的笔记本维修店？我这台开机后屏幕一闪一闪的，怕被外面的店坑。
公司想做个小程序预约系统，大家有没有合作过的靠谱团队推荐一下？
家里想添个能连手机的打印机，给娃打错题本用，黑白就够，有用过的说说哪个牌子墨水省？
想问下群里谁懂服务器，阿里云和腾讯云新手选哪个？
上次给我们做官网的那家挺负责，改了五六版都没多收钱，名字叫启航网络，谁要找可以参考。
办公室椅子坐得腰疼，大家用什么牌子的人体工学椅？
有没有人用过正版软件的教育优惠？孩子上大学要用Office。
请问业主群里有没有做IT的，家里宽带老掉线，是路由器的问题吗？
顺便说一句，东门那家文具店复印才一毛，装订也便宜，上次帮我装了两本标书。
想给爸妈装台电脑，预算三千，各位帮忙看看配置单行不行。
大家注意，有人私聊说“百度排名七天上首页，先付一半定金”，我同事被骗了八千。
别信那种“Win10永久激活，扫码付九块九”的，装完电脑全是弹窗广告。
物业特别提醒：这两天有穿蓝色工服的人挨家敲门，自称运营商要“检修光猫”，不是我们派的，别让进屋。
公司邮箱今早收到一封“域名所有权即将失效，请立即验证”的信，发件地址很怪，IT确认是钓鱼，大家别点里面的按钮。
群里刚才那个推服务器的已经被我举报了，说“一折云主机”的都别信。
提醒家长们，有人在群外发“学习机免费领”，其实是要你交押金的。
我爸差点被骗，对方打电话说“你电脑中毒了，下载这个远程软件我帮你修”。
那些说“破解版软件全家桶，一次付费终身更新”的，大多带木马，公司电脑千万别装。
商会群里最近有人冒充秘书长要大家转账买办公用品，转账前一定电话核实。
看到有人在小区群发“上门修电脑，只收十元”，结果上门后说主板坏了要六百，大家小心。
工位隔板的订单202611250384物流显示已到中转站，预计明天下午进场安装。
开网费发票的时候抬头用全称，纳税人识别号是91330106MA2H7K5X3L，上回有人少写了一位被退回来。
会议改到七楼712会议室了，投影仪已经调好。
顺丰那单是服务器内存条，运单尾号9213，前台小王签收后锁进机柜旁边的抽屉里了。
这次打印耗材一共花了2460元，我已经走报销流程了。
工号07316的那位新同事，你的电脑资产卡还没签字，明早九点前到三楼人事补签。
期中成绩出来了，我家那个数学九十六，作文扣得厉害，总分才排到班里第十九。
停车场B2-137那个车位是谁的？车灯没关。
这个月电表读数比上月多了316度，估计是新装的那台台式机和显示器整天开着没关。
机房温度现在27度，空调设到22了，还在降。
周四出差坐G1375，二等座8车12F，到站大概下午两点四十，谁顺路可以一起打车回公司。
门禁临时密码4826#，今天有效，明天物业会换。
羽毛球今晚打到21比19，最后一局太险了。
单位体检结果发下来了，我的甘油三酯2.3，比去年又高了，看来得把夜宵戒掉。
十一月二十八号下午三点开家长会，在三年级二班教室。
第三季度电脑维修记录一共41单，平均响应时间1.6小时。
我体重终于降到六十八公斤了，坚持三个月没白费。
群规第七条更新：建站推广、SEO排名、云主机、激活码、办公耗材等一切广告都不许发，发一次警告，两次请出。
管理员说明：昨晚连续私聊群友兜售“备案加急”的那个号，已经踢出去并拉黑，截图我留着了。
物业通知：电信周六来换小区主干光缆，一二期从早上九点到十一点会没有宽带，请提前下载好需要的文件。
各位家长，下周三学校开放日，请在班级小程序里预约时段。
校友会秘书处：十二月六号返校日，报名接龙本周日晚上截止，带家属的请在名字后面注明人数。
尊敬的会员：本店周年庆期间会员积分双倍，到店出示会员码即可。
商会通知：本月理事会改在周四下午两点，地点秘书处会议室。
五楼食堂今天的糖醋排骨糖放多了，甜得发齁，还是周一那个土豆烧鸡块下饭。
谁把茶水间的微波炉弄得一股糊味？
外面起风下雨了，谁家阳台上那几条床单还挂着呢，二号楼的快去收一下。
妈，周六中午我们仨回去，菜别弄多，上次剩的吃了三天。
周五团建改成去植物园徒步，行政说中午在园里野餐，各自带个垫子。
我家电脑又蓝屏了，估计是太老了，凑合用吧。
对门这礼拜在换地板，切割机一响整层都在抖，我在家开会都得开降噪。
娃说明天手工课要做灯笼，得带红色卡纸和双面胶，晚上记得去楼下小卖部买。
刚刚加班到十点，终于把报表交上去了。
新换的显示器真大，看表格舒服多了。
爷爷今天学会了用视频通话，高兴得不得了。
公园湖边那排水杉红透了，周末带老人去转转挺合适，人也不算多。
三楼那台打印机又吞纸了，我把后盖拆下来抠了二十分钟，手上全是墨粉。
今晚谁值班？我临时有事想换一下。
下周的野钓还组吗？我新买的竿子一直没机会试，就怕那天刮北风。
这次校友聚会好多人都没认出来，变化太大了。
谢谢王姐帮我带的早饭，明天我请。
会员日买的那款咖啡豆挺香的，下次还买。
孩子的网课老卡，是不是家里网速不行。
办公室的绿萝又长出新叶子了。
明早最低零下两度，骑电动车上班的手套帽子都戴上，别冻着。
书法班这周临的是兰亭序，我写得歪歪扭扭。
老爸把遥控器又藏哪儿了，找了一晚上。
年底了，大家的工作总结写得怎么样了？
下周四合唱排练挪到社区二楼小礼堂，原来那间在刷墙。
键盘上洒了咖啡，还好擦干了还能用。
今天是老班长生日，祝他生日快乐！
你能不能别每次开会都迟到？全组等你一个人！
地库那辆白色SUV已经堵在出口三天了，挪个车都找不到人，真当这是你家院子？
报表数据明明是你填错的，凭什么让我背锅？
半夜十二点还在楼上拖椅子，你家不睡觉别人还要睡！
共享打印机你打完就走，纸也不加，什么素质啊！
Could someone restart the printer on the third floor? It keeps showing a paper jam error.
Huge thanks to the alumni committee for organising the reunion dinner last Saturday.
今天公司的網路好慢，視訊會議一直斷線。
週末要不要一起去爬山？天氣看起來不錯。
"""
