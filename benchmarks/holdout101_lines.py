"""Hold-out set 101 (blind): hand-written on 2026-11-26 by a helper that had not read the detectors.

Written on 2026-11-26, after sets 1-100 (holdout_data.py's docstring covers sets 1-100; sets 99 and 100 are also
described in their own docstrings, which were read here), at the same time as set 102 (written by another helper; this
set was checked by the same script against set 102's lines as they stood at each run, unread), and kept unscored until
it is scored once, blind. The writer read no detector code, word list, rulebook, model, training-data generator, test or
detection doc, opened nothing under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no
git command and no file in benchmarks/ (no benchmark); holdout_data.py, holdout99_lines.py and holdout100_lines.py were
opened only for their module docstrings, printed with ast.get_docstring by the checkout's own Python (the labelling
rules, the history and topics of sets 1-100, the file format, the docstring style and the disguises and codes already
used, to avoid repeating them; their lines and the code below the docstrings were not read). The three docstrings were
first printed together, and the tool cut the middle of that output; they were then saved to the writer's own temporary
folder (made with mktemp -d), counted with wc -l and paged there with sed and cat (the holdout_data.py docstring's lines
150-687, as its first 150 had been shown whole; set 99's whole; set 100's first forty lines, as its rest had been shown
whole; one command also piped the first 150 lines of the holdout_data.py docstring into head -c and threw the output
away, printing nothing). They were joined into one file with cat and searched with one loop of grep -c -i counting about
sixty words and signs for the digit scripts, lookalike letters, split characters, emoji, homophones and codes considered
here (found: solar only in solar panels, keyword only in a keyword to send, 字母 only in a code of each word's letter
count, pinyin only in codes of pinyin initials, key only in keys cut and keys left, a key to press and a key to a code;
script was counted, a word of many senses there, and not shown; one grep -n and two grep -n -o showed the lines of the
others), nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only run on this file,
from the checkout's root). The benchmarks folder was not listed; this file's path and set 102's were checked with test
-f before this file was first written (neither existed), and set 102's again before every run of the script (it existed
at every run and was passed to every run); set 102's file was only loaded by the similarity script, which never printed
its lines. The folder holding the similarity script was not listed and no file in it was opened; the script was only
run. No slip to report beyond the discarded head -c above: nothing outside these limits was opened, listed or run. The
lines were drafted as Python lists in the writer's own temporary folder, with a helper module there that turned digits
and letters into the other scripts below and spelt out the coded numbers from their tables, and written to this file by
a small script of the writer's own (which also checked the counts per kind, that no line repeats and the absence of
triple quotes, backslashes and line breaks); another small script made the rewrites from lists of replacements, another
wrapped this docstring to 120 columns of display width, and one-line scripts decoded the keypad code back to its number
and printed the lines per kind with their lengths; a one-line script run by the checkout's Python read this file back
and counted its lines and distinct lines, and cp and diff showed that ruff format left it unchanged.

The similarity script read this file: it printed this set's lines and ratios, never the dumps' or the partner's lines;
it was run six times, every time at the default floor of 0.47 and with set 102's file. No line is copied from earlier
sets, from the training lines or from set 102: at the end no line of this set has a highest difflib ratio at or above
0.47 against any earlier hold-out line, any training line, set 102's lines or this set's other lines (the script prints
each line's highest over all of them, 0.469 at most on the finished file). Forty-eight lines were rewritten for
similarity, sixty-two rewrites in all, each time with new wording and most with a new subject, not a synonym swap;
twelve lines were rewritten twice and one three times. In the first run forty-seven lines stood at 0.47 or more (0.778
at most, a fall from an e-bike): eighteen positives (an insurance agent's 400 line, 0.471; a battery factory's 拼多多
shop, 0.476; inspections through a 公众号, 0.611; a commuters' group by its number; a parking space with a spaced
mobile; a car park in superscript digits; parts on 闲🐟, 0.538; nine of the ten heavily disguised lines, 0.479 to 0.622,
the keypad letters the highest; washes with keys left at the guard, 0.507; a parking space replied for under the
message, 0.632) and twenty-nine negatives (a service's invoice number, a colleague's mobile passed on for a service, a
拼多多 refund, 0.704, an e-mail for the car allowance, a meeting's number, a used Civic to check, a phishing text,
points cleared for money, a refund call with screen sharing, a licence-without-tests ad, a theory-test score, a traffic
jam, a lake trip's costs, 0.711, the group rule, 0.575, an account removed, 0.638, a basement's floor painted, a flower
outing, 0.690, a detour in fog, a child home safe, rain after a wash, 0.640, a weekly report, a birthday, a holiday jam,
a meeting moved, the fall, two heated arguments, 0.596 and 0.605, and the two English lines, 0.527 and 0.483).
Forty-five of them were rewritten, and the tenth heavily disguised line with them (all ten kept their codes and got new
introductions). In the second run fourteen stood at 0.47 or more (0.593 at most, an e-bike charged in a stairwell): the
superscript car park and the second English line, left alone the first time, and twelve first rewrites (the surnames
code, the solfège code, two warnings, two lines with numbers, the group rule, the removed account, two chat lines, an
argument and the first English line); the resistor-colour line, not flagged, was reworded with them to give more of its
key. In the third run one stood at 0.476 (that resistor line), rewritten once more, and in the fourth none (0.469 at
most); the fifth and sixth runs, on the finished file with this docstring, found none either. Lengths run from 25 to 72
characters for the positives (the longest the Spanish words) and 14 to 54 for the Chinese negatives (the longest the
group rule; the English lines 92 and 93, the traditional ones 20 and 21). The lines are meant to be scored once, blind;
tuning on their errors would spoil them.

Set 101 focuses on cars and driving sold into groups: used cars and trade-ins (the writer's own Camry with a mobile, a
used-car dealer's live stream on 快手, trade-ins for new-energy cars in Arabic-Indic digits, used cars bought by the
solar terms, the writer's Lavida shown in a basement), driving schools and practice coaches (a practice coach's WeChat
id, a coach's 视频号, practice in Thai digits, by solfège and at a driving school's gate), car washing, detailing and
film (a husband's washes by QQ, a family's self-service wash on 美团, detailing on 小红书, a brother's wraps on 抖音,
film in Gujarati digits, detailing by parenthesized letters, washes streamed on 斗音, a car-wash group by the Thousand
Character Classic, basement washes with keys left at the guard, a husband's film shop signed up for at the finance
office), tyres, batteries and parts (a tyre shop's landline, a battery factory's 拼多多 shop, used e-bikes and batteries
bought up, batteries in Myanmar digits, parts on 闲🐟, tyres by the lunar months' old names, batteries and wiring by
resistor colours, a father-in-law's tyre stall), repair and maintenance shops (a garage on 大众点评, a mechanic's B站
channel, panel beating in Spanish, navigation updates by keypad letters, a garage's service package booked by @), car
insurance agents (a 400 line with a key to press, 威信, quotes at the writer's desk), designated drivers (a coupon by a
short link, a dashed mobile, bold sans-serif digits, the Hundred Family Surnames, the writer and a brother after an
annual party), car rental and ride sharing for pay (business vans by e-mail, rental in Khmer digits and by Greek
letters, a commuters' group by its number, a ride to Hangzhou by 🐧, a morning ride by 接龙), parking spaces (a
mini-program, a spaced mobile, superscript digits, a space replied for under the message), licence and inspection agents
(a 公众号, a renewal by 号石马, inspections through the property desk) and electric scooters and bikes (repairs with
"V：", a cousin's add-ons by 微亻言, plates by a road-safety slogan as a key, the writer's spare scooter at a bike
shed), with seat covers on 淘宝 and the writer's old dash cam and child seat on 闲鱼; beside company car pools and
shuttle buses, parking and basement notices, orders, waybills, invoices, fines and claims, official hotlines and a
colleague's number passed on for work, members asking for a tyre shop, a coach, a car check, a car wash, a battery,
insurance, a parking space, a driving school and a designated-driver app, car scams warned of, ordinary chat in company
work groups, family groups, parents' class groups, estate owners' groups, alumni groups and a car club.

It keeps the mix real spam has: 24 lines plain or lightly disguised (the writer's Camry with a mobile; a practice coach
with a WeChat id; a husband's washes with a QQ; a tyre shop's landline with an area code; an insurance agent's 400 line
with a key to press; business vans by e-mail; a designated-driver coupon by a short link, url.cn/…; a brother-in-law's
seat covers to search on 淘宝 with the group's name for a gift; the writer's dash cam and child seat in a named 闲鱼
shop; a brother's wraps with a 抖音号; detailing to search on 小红书; a family's self-service wash to search on 美团; a
garage on 大众点评; a battery factory's 拼多多 shop; a used-car dealer to search on 快手; a coach's 视频号; inspections
and licence renewals through a 公众号; a mechanic's UP主 on B站; a parking space through a mini-program; a commuters'
group by its number; scooter repairs with "V："; a designated driver with a dashed mobile; a parking space for sale with
a spaced mobile; used e-bikes bought up with a mobile that is also WeChat), 14 moderately, with disguises the docstrings
read do not list (Thai digits ๑๓๖…; Gujarati digits for a QQ, ૩૯૧…; Khmer digits ១៨៧…; Arabic-Indic digits ١٣٥…; Myanmar
digits ၁၅၀…; superscript digits ¹⁸⁶…; bold sans-serif digits 𝟭𝟯𝟳…; parenthesized small letters for vx and an id,
⒱⒳：⒣⒰⒜…; the homophone 威信 for 微信; the homophone 斗音 for 抖音; 信 split into 亻言, 微亻言; 码 split into 石马,
号石马; the fish 🐟 for 鱼, 闲🐟; the penguin 🐧 for QQ) and 10 heavily, with codes the docstrings read do not list (a
mobile by the Hundred Family Surnames' order, 赵 as one, 陈 as zero; a QQ by the Thousand Character Classic's first ten
characters, 天 as one, 月 as zero; a mobile by the solar terms' order, 立春 as one, 夏至 as zero; a QQ by the lunar
months' old names, 正月 as one, 阳月 as zero; a mobile by the Greek alphabet's order, α as one, κ as zero; a mobile by
the resistor colour code, 黑 as zero, 白 as nine; a mobile sung in solfège, a rest as zero; a mobile in Spanish number
words; a mobile whose last ten digits are letters on a phone keypad's keys; a mobile by a road-safety slogan of ten
characters used as a key, 文 as one, 全 as zero) and 12 subtle (an offer with a price or a call to action only): the
writer's Lavida at fifty-two thousand shown in a basement after work; practice drives at eighty an hour at a driving
school's gate at weekends; basement washes at thirty with keys left at the guard; a husband's window film at twelve
hundred signed up for at the finance office; a father-in-law's tyre stall at fifteen a patch, five off for the building;
insurance quotes two or three hundred cheaper at the writer's desk at noon; designated driving at fifty after an annual
party at the hotel's door; a parking space at two hundred and fifty replied for under the message with a building and
unit; inspections at a hundred and fifty through the property desk; the writer's spare scooter at thirteen hundred at a
bike shed after dinner; a garage's service package at two hundred and ninety-eight, @ the writer; a morning ride to an
industrial park at fifteen by 接龙. About a dozen positives are written the way members casually sell in a group (the
writer's Camry and Lavida, a husband's washes and film shop, a brother-in-law's seat covers, the writer's dash cam and
child seat, a brother's wraps, a family's car wash, a cousin's scooter add-ons, a family garage's parts, a
father-in-law's tyre stall, the writer and a brother driving after the party, the writer's parking space and spare
scooter).

-   `POSITIVE_101` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-   `NEGATIVE_101` (100 lines): 20 that look dangerous at first sight (a 京东 order's tail for a dash cam, a ZTO waybill
  for a tyre sent back, a service's invoice number, the 12122 line and the 交管12123 app for inspections, a 4S adviser's
  mobile passed on to a colleague for a boss's car, a 滴滴 toll refund, salary cards for the car allowance, an insurance
  claim's case number, the 122 line after a rear-end crash, a member's own plate to move a car, a parking card's order
  number, the ETC 95022 line, a VIN's last six digits, the 95518 line for a breakdown, a 拼多多 refund for a car
  fragrance, the finance office's e-mail for fuel receipts, a safety training's meeting number, the property's 公众号
  for registering cars, a fine's number paid in 12123, a driving school's refund to a bank card's tail); 10 members
  asking or recommending (a tyre repair, a patient practice coach, a check on a used Civic, a clean car wash, a garage
  recommended, a battery's brand, where to buy insurance, a parking space to rent, a driving school's pass rate, a
  designated-driver app); 10 warnings quoting or describing the scam or ad (a fake notice that a licence will be
  cancelled, points cleared for money, "免费洗车，扫码就送" with a prepaid card, "零首付提车，黑户也能贷", a fake
  traffic policeman's safe account, "不用上课，三十天拿本", staged scrapes at an estate's gate, "你轮胎鼓包了，马上得换"
  at a service area, "加两百不用排队" for e-bike plates, a text on fines doubled); 17 lines with numbers that are not
  contacts (a service's cost, a theory-test score, a tyre's size, a petrol price, a commute's time, fuel use, car-wash
  visits left, a car park's daily cap, a driving school's fee and class, fines and points, a boot's capacity, a first
  registration's date, reversing practice, coaches for an annual party, a charge's cost and range, a lake trip's costs
  shared, a son's road-test score); 7 organisers' and admins' own notices (an owners' group's rule banning
  parking-space, film, car-wash and driver ads and pulling members to other groups, an account removed for film links, a
  basement's floor painted, a company shuttle's new time, no parking at a school gate, an alumni drive's meeting point,
  a car club's drive called off); 27 lines of everyday chat (a flooded basement entrance, a father's old Jetta, a child
  asleep in the car, parallel parking learnt, a roll call, a flower outing, a father's lorry days, a detour in fog, a
  cycling road now six lanes, forgotten oranges, a daughter who wants to drive a bus, street lights fixed, home safe, a
  mint-green Beetle, rain after a wash, a progress sheet shared, a car-club friend's birthday, a dream of failing a
  test, a cat under the car, a grandmother on a fast train, a dinosaur book on a long drive, a meeting pushed back,
  frost on windows, noodles at a service area, a crowded playground after a parents' meeting, a fall from an e-bike, a
  coach's scolding remembered); 5 heated arguments without any selling (a battery charged in a stairwell, a parking
  space taken, car-pool fuel money unpaid, a horn at midnight, a scraped door with no note); two English lines and two
  traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_101 = """
自家一手车转让：17年凯美瑞2.0，七万公里，无事故，九万五可小刀，看车电话13967254108
考完科目二想多练的可以找我陪练，自带副刹车，微信号 chen_peilian88，加时写小区名
我老公下班接上门洗车打蜡，地库现场洗，内外精洗六十，QQ 2837465091 约时间
马牌、米其林轮胎到了一批现货，换四条送四轮定位，门店座机0571-86239047
今年车险我这边能做到九折再送道路救援，太平洋和人保任选，拨 400-872-6135 听到提示按2找小孙
公司用车需要长租商务车的，七座别克GL8月租四千二起，需求发我邮箱 zuche_leo@163.com 出方案
今晚喝酒的朋友，代驾新人首单减二十，点 url.cn/5Dq8Kf 领券再叫车
我姐夫在淘宝开了家汽车坐垫店，搜“安途车品旗舰店”，下单备注群名送头枕
换车了，旧车上拆下来的记录仪和儿童座椅都挂在闲鱼，店名“橙子妈的车库”，同城自提
我弟专做改色膜和隐形车衣，抖音号 xiaowu_tiemo 里全是他贴过的车，要贴的直接私信
小红书搜“老周汽车美容”，镀晶和内饰清洗的案例都有，到店说是群里的打九折
我们家在小区西边开了个自助洗车，美团上搜“蓝鲸自助洗车”，新人9.9一次
修理厂搬到新址了，大众点评上叫“顺达汽修”，小保养128全包，有空来坐坐
我们电池厂在拼多多有店，叫“绿驰电池工厂店”，电瓶车铅酸换锂电，旧的拿来抵一百
快手搜“大刘收车卖车”，每晚八点直播看车，二手车有问题全款退
科目二老是挂的看我视频号“王教练说倒库”，报我这边的班还能优惠五百
代办车辆年检和驾驶证期满换证，不用请假排队，关注“车务小管家”公众号，发车牌号给后台就有价格
B站搜UP主“修车的老陈”，我拍的保养教程都在上面，不想自己动手的店里也接活
地下车位按月出租，微信小程序搜“邻位停车”，找“金桂苑B2-118”直接下单
城东到高新区每天早晚都有顺路车，拼一趟十二块，加群 736204918 看发车时间
电动车上门补胎换电池，坏在路上也能拖，V：ahui_diandong
专业代驾，市区起步三十九，喝了酒别逞强，叫我 138-5762-0493
负二层电梯口旁边的产权车位要卖，十八万，手续齐全，看位置打 159 2276 4031
二手电动车、旧电瓶上门回收，价格公道，手机同微信18806571329
驾校陪练，手动自动都能教，一小时一百，电话 ๑๓๖ ๘๙๒๐ ๔๗๕๑
整车隔热膜一千八起，施工包三年，QQ：૩૯૧૨૭૪૮૫૬
春节租车早点订，轿车一天一百五，SUV两百，订车 ១៨៧ ៦៥០២ ៣៩៤៨
旧车置换新能源，旧车我们上门评估，评估员手机 ١٣٥٠٨٢٦٤٧٩٣
汽车电瓶上门换，瓦尔塔风帆都有，旧电瓶折价，电话 ၁၅၀ ၆၇၂၈ ၄၁၃၉
商场后面的露天停车场我承包了一排，夜间包月两百八，打 ¹⁸⁶⁷⁰³⁵²⁹⁴¹ 留车牌
夜里十二点后也能叫代驾，全城三十分钟到，号码 𝟭𝟯𝟳 𝟮𝟰𝟬𝟱 𝟴𝟲𝟵𝟭
汽车精洗、抛光、镀晶一条龙，⒱⒳：⒣⒰⒜⒩⒢⒞⒜⒭
车险到期的姐妹找我，交强商业一起办还送洗车卡，威信 lin_baoxian520
我们店洗车打蜡全程直播，斗音搜“泡泡洗车坊”，下单立减十块
电动车加装后座、雨棚，我表哥做的，微亻言 ebike_gaizhuang
驾驶证换证体检代办，全程不用跑，手机号石马 139 0574 2268
家里修车厂攒的二手原厂件，大灯尾灯后视镜都有，挂在闲🐟“老葛拆车件”，同城能上门看货
周末去杭州的顺风车还有两个座，单程六十，🐧：1726384950
代驾叫我老周，手机我按百家姓编的（赵钱孙李周吴郑王冯陈，陈算0）：赵郑王陈孙吴李周冯赵钱
我们车友洗车群的Q号，对着千字文“天地玄黄宇宙洪荒日月”数，第几个字就是几，月字算零：地宙荒玄天洪日黄月
我收二手车，电话按节气先后编的，从立春数起，数到夏至正好第十个当0：立春谷雨芒种小满夏至惊蛰立夏春分清明雨水惊蛰
换胎找我，Q号写成旧时月份的雅称，正月一、杏月二、桃月三这么排下去，阳月是十取零：桂月正月荷月槐月杏月阳月菊月桃月榴月
自驾租车联系我，手机用希腊字母代替，α β γ 依次一二三，第十个字母κ当成0：αγθεκζδβιηγ
上门搭电换电瓶、查汽车线路，我电话用电阻的色环标的，黑是0，白是9：棕-橙-白-黄-红-绿-蓝-紫-黑-灰-橙
想找我练车的，手机号就是这段谱子：do mi la sol re do 空拍 mi la fa si，空拍记作零
钣金喷漆报价找我，电话西语版本：uno-ocho-nueve-cero-tres-siete-dos-cinco-seis-cuatro-uno
导航升级找我，号码第一位1，剩下的用老式手机九宫格字母代替，每个字母就是它所在的键：dgwpamtjgm
电动车上牌代办，把“文明驾驶礼让行人安全”十个字编上1到0，我的号码就是：文驾人全驶礼安明行让人
我那台开了五年的朗逸要换掉了，五万二不议价，车停在地库B区，想看的下班跟我下去
周六周日我在驾校南门带陪练，一小时八十，想练车的早上七点到门口找穿红衣服的
周末我在3号楼地下车库接洗车，一台三十里外都擦，出门前把钥匙交给值班保安报个车牌
我老公店里汽车贴膜做月底活动，全车隔热膜一千二，想贴的来财务室找我登记
小区南门那个补胎铺是我公公开的，补一个十五，说是咱们楼的给你少五块
车险下个月到期的同事，我帮你们比价，一般比续保省两三百，中午拿行驶证到我工位
年会喝了酒别自己开，我和我哥晚上接代驾，市区一趟五十，散场在酒店门口等你们
B2那个车位我家暂时不用，两百五一个月往外租，谁要就在下面回复楼栋单元
帮跑车管所代办年审，一次一百五，把行驶证和保单交到物业前台，写上车牌号
家里多了一台新国标电动车，骑了不到一个月，一千三出，晚饭后在东门车棚交车
我们厂小保养套餐两百九十八，机油机滤都是原厂的，这周三前@我约时间
每天早上七点半从城西开车去园区，顺路能带两个人，一趟十五，想搭的接龙
"""

NEGATIVE_101 = """
京东订单尾号4417的行车记录仪到了，放在前台，谁的谁去拿一下
漏气的那条轮胎已经寄回厂家，中通单号75238461920357，售后说三到五天出结果
十月份那次车辆保养开的票，票号04521873，贴报销单的时候注意别填错
车辆年审预约打12122也行，用交管12123直接约更快
王总那台奥迪周四要去做保养，你跟4S店的小林约取车，他手机13805719924
滴滴那单多扣的过路费退回来了，37块原路到支付宝了
车补统一打到工资卡，卡号后四位不对的这周五前找人事改
报案号RDAA2026112403186，理赔员说定损完三个工作日内到账
追尾了先拍照把车挪到边上，然后打122，别站在路中间吵
车牌浙A7K3M9是我的，挡住谁的车了喊一声，马上下来挪
停车月卡续费订单号P2026112600581，付完截图发物业群就行
ETC扣错了可以打95022查，我刚打过，退了二十六块
保险公司要核对车架号，后六位573901，我已经发给业务员了
车在高速上抛锚了，打了人保的95518叫救援，拖车四十分钟到
在拼多多上买的车载香薰漏了一后备箱，商家同意退款十九块九
十一月的油费和停车票拍清楚发 cw@hzxingda.cn，财务周五统一做车补
交通安全培训改线上了，会议号 582 337 906，明早九点，各部门负责人点一下人数
小区车辆登记在物业公众号“绿城生活”里填，登记完门口才能识别车牌
罚单编号3301061234567，罚款在交管12123里交就行，别点短信里的网址
驾校退费的钱到了，工行尾号8821收到三千二，谢谢大家之前帮我出主意
谁知道附近哪家补胎靠谱？早上出门发现左后轮瘪了
有没有耐心一点的陪练师傅推荐？我老婆拿本三年了还不敢上路
看中了一台二手思域，怕是泡水车，谁有熟悉的检测师傅帮忙掌个眼
咱们小区附近哪家洗车洗得干净，上次那家玻璃都没擦
推荐一下楼下那家修理厂，老板换刹车片没乱加项目，人挺实在
冬天早上老打不着火，是不是电瓶该换了，大家一般换什么牌子
第一次自己买车险，想问问大家都在哪买的，网上买靠谱吗
地库有没有人车位闲着？想租个B区的，月租价格好商量
谁家孩子今年暑假学的车，哪个驾校通过率高一点
有没有好用的代驾软件推荐，上次叫的师傅迟到了半小时
车主们小心，有人冒充车管所发“驾驶证即将注销，请登录网址更新”，点进去要填银行卡
有个陌生号加我说能“花钱消分”，一分一百五，这不就是找人顶分吗，违法的事别碰
提醒一下，超市门口那种“免费洗车，扫码就送”，扫完就让你办五百的卡
别信“零首付提车，黑户也能贷”，我同事去了签了一份高息合同，现在还在还
我妈差点信了，对方冒充交警说她的车被套牌了，要她配合调查，把存款转进什么安全账户
朋友圈那种“不用上课，三十天拿本”的驾校，都是先收钱后失联，别上当
小区门口最近有人故意往车上蹭，然后要私了，遇到直接报警别给钱
高速服务区有人说“你轮胎鼓包了，马上得换”，别理他，都是高价坑人
电动车上牌有人说“加两百不用排队”，我邻居交了钱人就联系不上了
收到“违章逾期未处理将加倍罚款”的短信别慌，官方只在12123里通知
这次小保养花了六百八，换了机油机滤和空滤
科目一我错了两道，九十六分，差点以为没过
我家车胎规格225/55R17，买备胎的时候要对一下
92号汽油今天又涨了，8块12一升
今天环城路从公司开到家整整八十分钟，才十一公里
新车百公里油耗6.3，比想象的省
洗车卡还剩7次，过年前应该够用了
商场停车一天封顶40块，比去年贵了十块
驾校学费四千八，我们那一期一共28个学员
今年交了三次罚款，一共四百，扣了6分
后备箱量了一下，能塞下三个28寸的箱子
车是2018年11月上的牌，明年该上线检测了
倒车入库练了12遍才找到点位
年会包了5辆大巴，每辆45座，够坐了
充满一次电二十三块钱，能跑四百二十公里
千岛湖那趟我算了下，油钱两百一，高速费九十五，四个人平摊一人七十六
儿子科目三考了92，扣的是靠边停车
再申明一次：车位买卖、贴膜、洗车、代驾的生意请去别处发，本群只处理业主报修和物业事务，也禁止拉群，屡犯者踢出
刚清理了一个号：进群三天发了七次车膜链接，已移出并拉黑
物业：周四全天地下车库刷地坪漆，B区的车请在周三晚上八点前开到地面停放
行政部通知：下周起公司班车改为早上七点四十发车，上车地点不变
家长们注意，明天学校门口禁止停车接送，请在路口下车步行进校
校友会周六自驾去莫干山，已报名的明早七点半校门口集合，分车名单见群公告
车友会月底的自驾活动取消了，天气预报说有雪，活动费原路退回
今天下雨，地库门口积水了，大家进出慢一点
爸，你那辆老捷达还开得动吗？周末我带你去加个防冻液
孩子今天在车上睡着了，到家抱上楼都没醒
刚学会侧方停车，第一次一把停进去，激动
明天早上开会别迟到，领导说要点名
带爸妈去乡下赏花，他们俩一路拍了两百多张照片
我爸说他年轻时候开解放卡车跑过川藏线
大雾封了高速，我们从国道绕回来多开了两个钟头
老同学们，当年咱们骑自行车上学那条路现在修成六车道了
车里放了一袋橘子忘拿，一周后才发现
女儿说长大了要开公交车，问为什么，她说可以一直坐最前面
晚上小区里的路灯修好了，停车终于看得清线了
妈，我已经开到家了，车停好了，你们早点睡
新来的同事开一辆老甲壳虫，薄荷绿的，好可爱
上午刚把车洗得锃亮，下午一场雨全白费
本周的进度表我更新到共享文件夹里了，明天例会前各自看看
车友会的老李今天过五十岁生日，晚上谁有空一起去给他敬杯茶
昨晚梦见考科目二又挂了，惊醒一身汗
我家那只猫特别喜欢钻到车底下，每次开车前都要先看一眼
奶奶第一次坐高铁，说比坐汽车稳多了
回老家的路上儿子把一整本恐龙书念了三遍，我耳朵都起茧了
三点那个项目会推迟一小时，地点还是七楼小会议室
这周降温，车窗早上都结霜了，记得早点出门
今天在服务区吃的牛肉面还挺好吃
家长会结束后操场那边有点挤，接孩子的慢慢出
下班路上电动车轮子打滑摔了一下，手掌蹭破了点，不碍事
毕业十年了，还记得教练当年骂我方向盘打早了
谁把电瓶拎到家里楼道充电的？线都拖到楼梯上了，出了事整栋楼遭殃！
我花钱买的车位，隔三差五被人占，今天再不挪我就报警叫拖车
说好的拼车分摊油费，到现在还有三个人没给，好意思吗
半夜按喇叭的那位能不能有点素质，孩子都被吓哭了
你刮了我的车门连个纸条都不留，监控都拍到了，自己出来说
Is the basement gate broken for anyone else? It keeps refusing my parking card since Monday.
Finally got my licence after failing the parallel parking twice, dinner is on me this Friday!
今天下班路上好塞車，開了一個多小時才到家
我爸的舊機車終於送修了，師傅說還能騎好幾年
"""
