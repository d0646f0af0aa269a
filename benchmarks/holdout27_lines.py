"""Hold-out set 27 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-26 (see holdout_data.py), at the same time as set 28 (written by another helper). The
writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, ran
no detector on these lines and did not run bench_holdout.py; holdout_data.py (lines 1-135, its docstring) was
opened only for the labelling rules and the history of earlier sets, and holdout25_lines.py and
holdout26_lines.py only for the file format and their docstrings' topic lists and calls (to avoid repeating
them). The two dumps (earlier hold-out lines, training lines) were only read by a similarity script, never
line by line. No line is copied from earlier sets or from the training lines: every line's difflib ratio
against every line of the earlier hold-out sets' dump and of the training-line dump is at most 0.5, and no two
lines of this set exceed 0.5 against each other (set 28 was checked too if it existed when this set was
finished). The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 27 focuses on factories and manufacturing work groups, logistics, warehousing and freight drivers,
construction sites and labour contractors, farming cooperatives and agricultural inputs (seed, fertiliser,
pesticide), and the hardware, electrical and building-materials trades. It keeps the mix real spam has: 24
lines plain or lightly disguised (a plain phone number, id or QQ number, "加v", "vx", "wx", "V❤", "加微",
"加微信", "微信", "微信号", "微信同号", "联系", a 1688 shop link, a Taobao item link, a named contact with a
phone), 14 moderately (spaced digits, Chinese digits, circled digits, a spaced 🐧 group number, 幺 for 1,
full-width digits, upper-case Chinese digits, "纸飞机" and "Telegram" with a handle, a t.cn and a suo.im short
link, 🐧 with a QQ number, an id spelt with spaced letters, Chinese digits with 〇) and 10 heavily (traditional
script with the look-alikes "薇訫" and "聯繫微訊", the phone number in pinyin digits ("yao wu ba, ..."), the
homophone "威心", the split "力口薇", sans-serif mathematical "𝗏𝗑" with a sans-serif id, Cyrillic/Church-Slavonic
"ѵх", double-struck "ℚℚ" with subscript digits, emoji-separated "加🌹薇🌹杏", circled capitals "ⓋⓍ") and 12
subtle (an offer with a call to action only, none listed by earlier sets' docstrings: "要的开三轮来我家院子装",
"需要的明早七点前到后门过磅", "把清单拍照丢群里我来配", "周末带娃来地头自己摘", "顺路捎货的三点前把货送到物流园
12号门", "谁家有需要喊一嗓子", "有用的直接来工棚找看门老张扛走", "种植户拿着去年的包装袋来店里换购", "想养的
带个纸箱来装", "有兴趣的老板周六上午过来踩踩点", "有活的直接拍个照艾特我", "下夜班的工友从宿舍楼下过拿一份").
About 15 positives are written the way members casually sell in a group (new soybeans, a husband's loader,
sand and cement carried upstairs, old warehouse racks, spare work gloves, home-pressed rapeseed oil, a welder's
side jobs, two used welding machines, cottonseed cake, pick-your-own strawberries, leftover cement, chicks,
furniture assembly, home wiring, braised trotters).

- `POSITIVE_27` (60 lines): forklift repair, a cold store to let, a return-trip lorry looking for loads, steel
  structures and roof sheets, maize seed, used CNC lathes, electrician and welder certificates, bio-organic
  fertiliser, full and part loads, labour dispatch, fasteners wholesale, cable, drone crop spraying, pallets
  bought, lorry ETC and inspection agency, soybeans, a loader, sand and cement, racks, loading workers wanted,
  switches and LED lights, waterproofing, greenhouse film and drip tape, work gloves, hoists and cranes,
  herbicide and compound fertiliser, rapeseed oil, a cold-chain drivers' QQ group, welding jobs, scaffolding
  hire, bearings, export-surplus power tools, overseas-warehouse shipping, old e-bike batteries, scrap copper
  and aluminium, winter-wheat seed, epoxy floors, lorry loans, a labour gang (traditional script), compound
  fertiliser (pinyin digits), welding machines, forklift-licence courses, pallet trucks, vehicle shipping,
  piecework at home, farm inputs delivered (traditional script), scrap batteries and motors, aluminium windows,
  cottonseed cake, stainless offcuts, formwork timber, strawberries, a return lorry's spare room, home wiring,
  leftover cement, tomato seed, chicks, half a warehouse to sublet, furniture assembly, braised trotters.
- `NEGATIVE_27` (100 lines): 23 that look dangerous at first sight (a new dispatcher's phone, a consignee's new
  phone, a courier's customer service added on WeChat, a seed-subsidy link, a report sent by 私聊, "私聊他" for
  complaints, a safety officer's staff number, a forklift mechanic's phone, the site's 企业微信, a waybill
  number, an electrician's WeChat asked for, a forklift drivers' group, the county agricultural station's
  landline, invoice details, price lists by e-mail, a gate QR code, the firm's own 400 number, an apprentice's
  phone, a DingTalk link, leave through OA, homeowners adding a tiler, an IT extension, the old QQ group
  retired); 10 members asking to buy or for a recommendation (a PPR welder, a freight forwarder, a sprayer,
  chicken manure, insulating tape, a tractor mechanic, a late-opening hardware shop, industrial fans, wheat
  varieties, tyres) and 3 more asking or recommending (woven sacks, warehouse rent, a new hardware shop); 10
  scam warnings quoting the bait (medical-check fees, "frozen freight money", miracle seed, half-price
  fertiliser deposits, fake inspectors, freight "information fees", cheap rebar, a fake boss's transfer, free
  solar lamps, wage-card leaflets); and factory, logistics, site and farm chat with numbers that are not
  contacts (output and reject rates, a dormitory room, piece rates, bolt and urea prices, a cold-store alarm,
  a fertiliser 接龙 with tonnages, missing cartons, lorry plates, a bin location, a parcel tail number, yields,
  weighbridge tonnage, land rent, overtime hours, an order of two thousand sets), organisers' notices (a
  growers' meeting, group rules, a works-bus route, a wind warning, a team outing, a subsidy list), arguments
  and complaints (overloading, unpaid wages, mortar mix, a stolen drill, bad fertiliser), two English or mixed
  lines, two traditional-script lines and one with full-width characters.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own sign-up or notice in its own group is
not, nor is a member asking for or recommending something inside the group, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_27 = """
专业叉车维修保养，合力杭叉龙工都修，厂区上门不收路费，电话 13862047195
冷库出租，零下十八度，两百平起租，离高速口五分钟，联系 15907316628
周四从苏州空车回郑州，9米6高栏，沿路有货的货主加v huicheng_lao8
承接厂房钢结构、彩钢瓦翻新，包工包料，十年老队伍，微信同号 18351927460
玉米种郑单958、先玉335现货足，合作社价直供，wx zhongzi_gaoge
厂子搬迁，两台二手数控车床低价处理，去年还在开，vx cnc_chuli77
低压电工证、焊工证、登高证代报名，考不过退费，加微 zhengshu_banli88
生物菌肥、羊粪有机肥厂家直发，一吨起送到地头，加V❤ feiliao_zhifa
整车零担都接，上海发成都三天到，货主直接打 17621843309
劳务派遣，普工日结，厂里缺人手的老板找我，微信 laowu_ajun
螺丝、膨胀管、合页、角码一站配齐，批发店铺 https://sxwujin.1688.com
国标足米电线电缆厂家直销，工地包送，电话 13758204619
无人机飞防打药，一亩八块钱，小麦玉米水稻都接，飞手电话 15238617094
木托盘、塑料托盘回收，破的也要，价格高，微信号 tuopan_huishou
货车ETC、年审、过户代办，不用自己跑车管所，加v kache_fuwu
自家种的黄豆今年新收的，打豆浆做豆腐都香，十斤起，微信同号 13409826571
我家那口子开铲车的，谁家平院子挖沟渠的找他，电话 18736201954
小区里沙子水泥红砖送货上楼，正在装修的邻居们 vx shaziwang_2
仓库淘汰一批货架，轻型中型都有，按斤称，自己拉走，wx huojia_ershou
物流园招装卸工，日结两百五包午饭，联系人老刘 13905274186
开关插座、LED灯全系列，电工师傅拿货有返点，QQ 2871530946
防水卷材、聚氨酯涂料工程价出，工地直送，加微信 fangshui_zhao
大棚膜、滴灌带厂家清库存，看货下单 https://item.taobao.com/item.htm?id=689201557342
厂里发的劳保手套我多领了几箱，五块一双，要的加我v glove_xiaomei
电动葫芦、行车安装维修，随叫随到，电话 1 3 9 5 2 0 6 7 3 1 8
草甘膦、复合肥到货了，农药化肥批发，订货请打一五八三七六二零四九一
家里自己榨的菜籽油，十五块一斤，想尝的打 ①③⑦⑨②⑤⑥⑧⓪④①
全国冷链车源货源对接，老司机都在，🐧群 6 8 2 4 1 9 3 5 7
电焊工接私活，不锈钢楼梯护栏防盗窗都焊，电话 幺三八幺二七六零九四五
钢管扣件、脚手架租赁，按天算，手机：１５８６２３０７４１９
工厂库存轴承清仓，各型号都有，联系 壹叁玖伍柒贰零捌陆壹叁
出口转内销的电钻角磨，半价拿货，纸飞机 @dianzuan_tool
跨境物流海外仓一件代发，美线欧线都走，Telegram: @haiwaicang_jim
三轮车旧电瓶高价回收，上门取件，登记戳 t.cn/A6bRf2Tm
收废铜废铝、旧电机、废电缆，现金结算，🐧 3706291845
冬小麦种到了，都是拌好药的，定种子的v：n o n g z i 8 8
地坪漆、环氧自流平施工，厂房车库都做，报价看 suo.im/5xKq2P
司机贷款分期换新车，不看征信，电话 一三五〇七二六八九一四
工地勞務班組承接木工瓦工鋼筋活，人手齊，薇訫 laowu_banzu
复合肥拉到村口直接卸车，老乡们 lian xi: yao wu ba, san qi er liu, ling jiu si yi
闲置旧电焊机两台，都能用，便宜出了，威心 hanji_ershou
叉车证三天速成，包教包会，力口薇 chache_pei
托盘地牛手推车批发，𝗏𝗑：𝗍𝗎𝗈𝗉𝖺𝗇_𝟪𝟪
电动车摩托车全国托运，门到门，ѵх tuoyun_che
工厂订单外发，手工活在家做，计件结算，ℚℚ ₂₈₆₄₀₁₉₇₃
農資代購，化肥農藥種子送到田頭，聯繫微訊 nongzi_dai
收废旧电瓶电机，上门称重，加🌹薇🌹杏 dianping_shou
铝合金门窗厂家直营，建材市场价一半，ⓋⓍ lvchuang_007
我家榨油剩下的棉籽饼，喂牛喂羊都行，要的开三轮来我家院子装
厂里清出一批不锈钢边角料，需要的明早七点前到后门过磅
新到一车松木方和多层板，做模板的老板把清单拍照丢群里我来配
我家大棚草莓开摘了，周末带娃来地头自己摘，按斤算
明天下午义乌回程空车一辆，顺路捎货的三点前把货送到物流园12号门
水电改造、开槽布线我都干，活儿不挑，谁家有需要喊一嗓子
工地剩下几十包水泥，五十一包，有用的直接来工棚找看门老张扛走
新到进口番茄种子，种植户拿着去年的包装袋来店里换购
自家孵的小鸡苗，十来天大，两块五一只，想养的带个纸箱来装
仓库转租一半，三百平带月台，有兴趣的老板周六上午过来踩踩点
小型家具安装、挂画打孔，周末有空，有活的直接拍个照艾特我
刚出锅的卤猪蹄十块一个，下夜班的工友从宿舍楼下过拿一份
""".strip()

NEGATIVE_27 = """
新来的调度小王，电话 13817264093，明天起夜班排车找他
客户那边收货人换了，电话改成 15026718340，送货前先打过去确认
物流公司客服的微信我已经加了，回单的事我来跟
合作社种子补贴申报的链接在公众号菜单里，月底截止，各户自己点进去填
质检报告我私聊发你了，客户资料别往大群里转
车间主任说了，对排班有意见的私聊他，别在群里吵
安全员换成老周了，工号0417，现场看到隐患直接打他手机
叉车坏了，维修师傅电话 18062734519，他说下午两点到，门卫放一下行
各班组长今天下班前把项目部的企业微信加上，以后考勤都在上面打
这批货顺丰单号 SF1398476201235，明天还查不到物流的跟我说
谁有电工老李的微信？二楼配电箱跳闸了找不着人
新建了个叉车司机群，在岗的司机我都拉进去了，排班以后在里面发
县农技站的电话是 0371-65893120，病虫害拿不准的可以打过去问专家
客户要开专票，开票信息放在群公告里了，税号别抄错
钢材报价单发我邮箱就行，别加我个人微信发，回头找不到
送货的司机到了先扫门卫的二维码登记，不然不让进厂
刚才给你们打电话的那个400号码是我们自己的售后，别当骚扰挂了
收货的电工师傅手机没电了，有事打他徒弟 13675218406
装车照片统一传钉盘，链接在群公告，别再发微信里了，找起来麻烦
请假一律走OA，别私聊我请，我这边没法批
好几个业主加我微信问瓷砖型号，我都让他们看交底单了
扫码入库的扫描枪又连不上了，IT 分机 8023，谁去喊一下
以前那个QQ群已经不用了，厂里的通知以后都在这个微信群发
谁知道附近哪有卖PPR热熔器的？家里水管要接一截
求推荐靠谱的货代，下个月要发一个四十尺柜去胡志明
有没有人用过电动喷雾器？想买一台打果树，怕电池不耐用
想买点鸡粪肥上菜园子，咱们群里谁家有多的匀我几袋
哪个牌子的电工胶布粘得牢？天一冷缠上去就翘
想找个会修拖拉机的师傅，村里老王去外地打工了
县城哪家五金店晚上关门晚？急用一把二十四的扳手
公司要采购二十台工业大风扇，大家有用着好的牌子推荐吗
今年小麦哪个品种抗倒伏好一点？去年一场风倒了一半
车队想换一批轮胎，有熟悉轮胎批发的朋友帮忙问个价
谁家有旧编织袋？收玉米要用，我按个给钱
又有人在群里发“招普工日结三百，先交两百体检费”，骗押金的，别去
提醒司机们：有人冒充平台客服说“运费被冻结，加QQ解冻”，千万别加
群里那个“进口高产种子一亩增收两千”别买，隔壁村去年种了几乎绝收
刚才说“化肥半价，先付定金再发货”的已经踢了，看到的别转账
有人打电话自称质监局，说“交三千免检”，咱们厂从来没这回事
货运群里好多“高价急单，先交信息费”，交完就拉黑你，吃过亏的都懂
“螺纹钢比市场价低五百一吨”这种别碰，我朋友三万定金打了水漂
有人冒充老板发“马上往这个账户转八万”，财务已经报警了，大家警惕
朋友圈那个“太阳能灯免费领，只付邮费”，邮费付了灯根本不亮
工地门口发传单说“办工资卡预支工资”的，是骗身份证去贷款的
3号线今天产量1260件，不良率百分之二点一，比昨天又高了
交接一下：7号注塑机换模还没弄完，下一班接着干
207宿舍的空调遥控器谁拿走了，自觉放回来
明早七点半仓库门口开安全早会，迟到的扣分
这个月的计件工资表贴食堂门口了，对不上的找班长核
五金店说膨胀螺丝又涨了，M8的现在三毛五一个
尿素今天出厂价两千一，比上周涨了八十块
冷库3号库温度报警了，今晚值班的过去看一下
合作社接龙：明年订复合肥的写名字和吨数 1.张建国 2吨 2.李红 1.5吨
明天下午两点村委会开种植户会，讲今年的耕地地力补贴
货到了，一共48件，点了两遍少2件，司机说发货方少装了
卸的时候轻点，这批是钢化玻璃，碰碎了照价赔
你那车都超载两吨了还敢上高速？被查了扣分罚款自己扛
包工头欠了我们三个月工钱，明天一起去劳动监察大队
吵什么吵，砂浆配比是设计院定的，不是你说改就能改
谁把我放工棚的电锤拿走了？监控都拍着，自己还回来
他家那化肥根本不达标，我用了一季苗全黄，还好意思涨价
群规：本群只讨论本项目施工，发广告的直接移出
下周一起厂车改线，不走东门了，住北区的去加油站那边等
今天派车：鲁B·3K271去胶州，鲁B·5G906去即墨，八点前出车
这批电缆的合格证和检测报告，监理要明天上午前交齐
库位A-03-12满了，新到的货先放B区，别堆通道上
谁的快递在门卫压了三天了？收件人手机尾号4471
玉米收完了，今年亩产一千二上下，一块一毛五卖的
二队的麦子明天收，收割机约好了，六点地头集合
配电房钥匙在我这，要进去的先说一声，别自己撬锁
小李你电话怎么一直占线？客户找你对账找半天了
群里有做仓储的吗？想问问你们仓租一般按平米还是按托算
老板别生气，这批返工是我们的问题，下午就重做
今晚食堂加餐红烧肉，夜班的给你们留了
你们几个下了班别在宿舍打牌打到两点，隔壁都投诉了
钢筋进场了，一共32吨，过磅单在我这，材料员来签字
项目部通知：明天大风预警，塔吊停止作业，外架上不准站人
这周六公司团建去农家乐，报名找人事，周四截止
小王把厂里名片上的电话改一下，印的还是三年前的旧座机
谁有空帮我看看这电表，怎么一天走了八十多度
刚到的化肥破了十几袋，照片已经发给厂家了，等他们回话
果园今年套袋的人工一天一百五，比去年贵了二十
打药的时候口罩手套戴好，去年老孙就是没戴中的毒
柴油又涨了，跑一趟长沙多花两百多油钱
物流园北门在修路，进园的车都从南门绕一下
司机到了给我打电话，我下来签收，我在三楼办公室
老家的地今年流转给合作社了，一亩一年八百
开大车的兄弟们都注意安全，困了就进服务区睡一觉
吊篮检查不合格的一律不准上人，出了事谁也担不起
这个月出勤二十六天，加班四十二小时，各自核一下工资条
胶州那个客户说下月还要两千套，业务部先别答应，产能跟不上
农机购置补贴名单公示了，贴在村委会门口，有异议七天内提
大家辛苦了，这批货按时交上了，老板说月底发奖金
电工班明天去二号楼穿线，材料员把线管线盒提前备好
厂门口新开了家五金店，我去买过两回，东西挺全价格也公道
Forklift #3 battery low, please charge it before night shift
ETA 14:30 at DC2, dock 5 please, 司机说路上有点堵
倉庫今晚盤點，各組長下班先別走
今年稻穀收成不錯，辛苦大家了，年底分紅按畝算
Ａ区３号货架要加固，别再往上堆了
""".strip()
