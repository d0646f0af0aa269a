"""Hold-out set 23 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-22 (see holdout_data.py), at the same time as set 24 (written by another helper, on
university students, exam and job seekers, gaming and fan communities and overseas-Chinese groups; this set
stays away from those). The writer read no detector code, word list, rulebook, model, training-data generator
or detection doc, ran no detector on these lines and did not run bench_holdout.py; holdout_data.py (lines
1-80, its docstring) was opened only for the labelling rules, and holdout21_lines.py and holdout22_lines.py
only for the file format and their docstrings' topic lists (to avoid repeating them). No line is copied from
earlier sets or from the training lines: every line's difflib ratio against every line of the earlier
hold-out sets' dump and of the training-line dump is at most 0.5, and no two lines of this set exceed 0.5
against each other. The lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 23 moves to goods, services and channels that sets 21 and 22 did not use, with a focus on health,
elderly members and their families, clinics and pharmacies, travel and tourism (tours, tickets, hotels,
homestays), transport (carpooling, drivers, moving, couriers), sports, fitness and outdoor clubs, pets and
vets, and the work groups of hospitals, factories and logistics firms. It keeps the mix real spam has: 24
lines plain or lightly disguised (a plain id, phone number or link, "加v", "vx", "wx", "V:", "v：", "加微",
"微信", "weixin:", "微信同号", "电话微信一个号"), 14 moderately (spaced digits, Chinese digits, 幺 for 1,
circled digits, upper-case Chinese digits, full-width digits, 🐧 and "扣扣" for QQ, a QQ group number,
"飞机" with a Telegram handle, t.cn and url.cn short links, a Douyin id, a WeChat mini-program name), 10
heavily (traditional script with "加溦" and the split "威亻言", traditional "釦釦" with Chinese digits, full
pinyin for three lines, Greek ν with Cyrillic х, full-width "ｖｘ" with a full-width id, double-struck
"𝕧𝕩" with a double-struck id, "Weixin" spelt with Cyrillic е, і and х, bold-italic "𝑾𝒆𝑪𝒉𝒂𝒕") and 12 subtle
(an offer with a call to action only, none listed by earlier sets: "今晚把身份证号准备好", "先交个定金锁房",
"路过进来坐坐", "顺路的小区北门上车", "下回把片子带上来", "周末来家里相看", "看上的先转十块定金", "把人数和
日期甩过来", "要的给我发朵🌹", "钥匙交接时间提前定好", "先来免费量个体脂", "提前一天说"). About 15 positives
are written the way members casually sell in a group (a gym card, a used electric wheelchair, a mother's
pear syrup, corgi and golden-retriever puppies, a road bike, home-made pet jerky, a rowing machine, free-range
eggs, a family van for moving, a marathon place, a camping set, ejiao cake, cat-sitting visits, a small van),
and three are under 15 characters.

- `POSITIVE_23` (60 lines): hospital escorts, home nursing, a Lijiang-Dali tour, a moving lorry, vet
  vaccination packages, a gym card, an electric wheelchair, pear syrup, airport pick-ups, Chengdu-Chongqing
  carpools, pet air transport, Japanese visas with flights and hotels, corgi puppies, post-natal yoga at
  home, Indian generic blood-sugar drugs, a road bike, camping gear to rent, hospital-appointment touting,
  acupuncture and massage, pet jerky, a self-drive western-Sichuan tour, a rowing machine, free-range eggs,
  a designated driver, hospital carers, a Changbai Mountain ski tour, a cheap-flight QQ group, dog training
  and boarding, a family van, whey protein, a lakeside homestay, "free" anti-wandering wristbands for the
  elderly, a marathon place, a "stop your pills" tea, a Phuket package, pet cremation, a cycling club group,
  medical-report reading by mini-program, escorts and hearing aids in traditional script, mugwort foot-soak
  packs and car hire in pinyin, pet grooming, a hiking club, train and scenic-spot tickets, rheumatism
  plasters, personal training, imported cat food; subtle: a Qingcheng Mountain weekend, a homestay deposit,
  a pharmacy's test strips, an airport carpool, a back-pain shop, golden-retriever puppies, a camping set,
  Zhangjiajie tickets, ejiao cake, cat-sitting, a personal-training studio, a small moving van.
- `NEGATIVE_23` (100 lines): 15 members asking for or recommending something inside the group without
  pulling anyone out (an orthopaedic doctor, hearing aids, a wheelchair to borrow, a hospital escort passed
  on with her phone number, a vet, a Xiamen hotel area for elders, gait analysis, a mover's number sent
  privately, a dog that ate chocolate, airport buses, Siguniang Mountain in October, a heated pool, a blood-
  pressure drug's cough, a factory canteen supplier, and a pet shop's VIP member asking about her bath
  card); 14 lines with numbers that are not contacts (a queue number, a bed's blood pressure, a flight, hotel
  rooms, a courier waybill, pace and heart rate, a health-check number, a dosage, a yield rate, a train seat,
  a logistics waybill, a dog's weight, a hike's distance and cost, a staff number); channel words used
  innocently (私我 about the nursing roster, 扫码 at a ward entrance, the hospital's account in the group
  notice, a new carer added to the roster group, a logistics dispatcher added for work, the club's own sign-up
  link, video calls for a mother, 私聊 for a training location, a hospital's chronic-disease group, a vet's
  WeChat, dash-cam videos to a fleet captain, a ban on links in a workshop group, a homestay's wifi, a lost
  mover's number); 10 notices by organisers or stores in their own groups (a running club, a hike 接龙, free
  health checks for elders, a pet shop's and a pharmacy's member days, a rice group-buy, a homestay's
  breakfast, a tour group's wake-up call, a gym's spinning class, a hospital fire drill); 10 scam warnings,
  most quoting the bait (a frozen medical-insurance card, free supplements for postage, a fake airline
  refund, ragdoll kittens with a deposit, a 99-yuan Yunnan tour, "miracle" blood-pressure pills, a courier
  compensation link, a fake club leader borrowing money, magnetic mattresses, eggs for a scan); 9 heated
  complaints (a vet's bill, a shopping stop on a "no-shopping" tour, a broken wardrobe, dogs off the lead, a
  late carpooler, canteen food, parcels left downstairs, hospital parking, a coach's promise); jokes, work
  groups (a production-line stop, cold-chain vaccines, an A&E shift swap, a delayed lorry, ward supplies,
  sorting-centre overtime), contact details passed on for a reason (a doctor's new number, a lost backpack's
  owner, a tour guide's phone for worried children); three traditional-script lines (free blood-pressure
  checks, a typhoon, a grandmother home from hospital), two with full-width characters, and two English lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); a store associate inviting VIP members to the store's
own event inside the store's VIP group is not, nor is a member asking for or recommending something inside
the group. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_23 = """
专业陪诊服务，帮老人挂号排队、陪着做检查、取药拿报告，看完再把医生的话一条条讲给子女听，子女在外地上班顾不上的放心交给我们，三甲医院都熟，按半天或全天收费，电话 13672049185
上门护理：打针换药、导尿、压疮护理都能做，护士都有执业证，vx huli_shangmen
丽江大理六日纯玩团，全程不进购物店，两人就能成团，加v ljdl_chunwan
陈师傅专跑同城拉货，车是四米二的，床柜拆装一条龙，楼梯房加点力气钱，微信同号 15817360294
宠物医院驱虫疫苗套餐做活动，猫三联128一针，wx mengchong_vet
健身房年卡转让，还剩十个月，离地铁口五分钟，原价2980现在1200出，vx gym_zhuanrang7
家里老人用过一个月的电动轮椅，能折叠塞后备箱，九成新，要的加微 lunyi_ershou
我妈熬的秋梨膏，放了冰糖川贝，老人小孩咳嗽喝着舒服，30一瓶，微信 13925718460
凌晨红眼航班落地没车？七座商务接机，行李多也装得下，18620394715 电话微信一个号
成都重庆天天拼车，早七点晚五点两班，一位八十，V: cq_pinche66
宠物托运全国空运，航空箱和检疫证明我们来办，加v chongwu_tuoyun
日本签证代办加机票酒店打包，出签快，详情戳 https://jp-visa-easy.cn/tour
自家柯基生了五只，打过两针疫苗了，公的八百母的一千，看狗加我vx keji_mama
宝妈产后腰疼腹直肌分离的，瑜伽老师可以上门一对一带练，加微 yoga_lin520
家里老人长期吃降糖药的看过来，印度仿制版只要国内三分之一，家属加 vx yaopin_daigou
二手公路车，禧玛诺105套件，骑了不到一千公里，1800不刀，v：danche_laozhang
露营装备出租：大号隧道帐+蛋卷桌+卡式炉，押金五百，日租六十，wx luying_zu
代挂号 vx gh9527
针灸推拿调理颈肩腰腿痛，六十岁以上打八折，诊所在人民路，加我微信 zhenjiu_he
自己烤的宠物肉干，鸡胸鸭胸不加防腐剂，狗子吃得欢，有需要的加v gouliang_zizuo
川西环线自驾拼团七天，车和住宿全包，还差两个人，报名 weixin: chuanxi_go
划船机闲置了，当初一时冲动买的，就划过几回，400块自己来搬，电话 13107294586
我家自己养的土鸡蛋，给坐月子的和老人吃正好，一块五一个，要的加wx tuji_dan_ma
代驾 13876540921
医院陪床护工，白天黑夜都能守，管吃管住一天两百，电话 1 3 9 0 6 2 8 4 7 1 5
长白山滑雪三日团，含雪具和教练，咨询扣扣 2840 617 93
周边游特价机票酒店，🐧群736402198，每天早上发捡漏价
狗狗训练和寄养，定点大小便、随行都教，薇 幺五八二零四七三九六幺
我家面包车平时空着，能帮人拉家具搬东西，电话一三七 零九八二 五六一四
乳清蛋白粉批发价拿，正品可以查防伪，飞机 @whey_zhijia
洱海边独栋民宿，带院子能烧烤，房态和价格看 t.cn/A6xR2qLm
免费领老人防走失定位手环，仅限六十岁以上，点 url.cn/5Kq8Rz 填收货地址
上马全马名额转让一个，号码布能改名，抖音号 paobu_dashu 私信
喝三个月就能停降压药的降压茶，咨询 ①③⑨⑦②⑥⑤⑧④①⓪
普吉岛五晚六天含往返机票，联系 壹伍玖 贰捌陆叁 柒零肆壹
宠物殡葬，上门接宝贝去火化，全程陪同，电话１８８２０４６７３１５
骑行爱好者群，每周组织夜骑，装备有团购价，Q群号 563820147
体检报告看不懂？三甲医生在线一对一解读，微信搜小程序【报告解读王】
專業陪診，掛號取藥全程陪同，外地來看病的也接，加溦：peizhen_xiao
老人助聽器驗配，免費試戴七天不滿意不收錢，威亻言 zhutingqi_hu
ai cao zu yu bao, lao ren pao jiao hou shui de xiang, yao de tian wo wei xin: aicao_zuyu
宠物洗护美容上门服务，猫狗都接，νх：xiyu_mao
户外徒步俱乐部招新，年费三百全年活动随便参加，ｖｘ：ｔｕｂｕ＿ｃｌｕｂ
高铁票景区门票捡漏代抢，抢到才收费，𝕧𝕩 𝕢𝕚𝕒𝕟𝕘𝕡𝕚𝕒𝕠
老寒腿风湿关节膏药，一贴见效，Wеіхіn: gaoyao_tie
shang wu che zu che dai jia, song ji jie zhan dou xing, dian hua 138 2046 7719
健身私教課，減脂增肌包教包會，釦釦：五六二八三零一九四
进口猫粮拼单，比旗舰店便宜三成，𝑾𝒆𝑪𝒉𝒂𝒕 𝒎𝒂𝒐𝒍𝒊𝒂𝒏𝒈𝟔𝟔
周末青城山两日游还差六个位子，想去的今晚把身份证号准备好
国庆洱海边的房不多了，要订的先交个定金锁房
我们药房新到一批血糖试纸，比医院门口便宜一半，叔叔阿姨路过进来坐坐
明早六点去双流机场还能坐三个，每人六十，顺路的小区北门上车
颈椎腰椎不舒服的，下回把片子带上来我店里看看
家里金毛生了一窝，满月了，八百一只，想抱的周末来家里相看
露营帐篷睡袋一整套，用过两回，看上的先转十块定金
张家界门票加索道代订，比官网省八十，想要的把人数和日期甩过来
自家炖的阿胶糕，给老人补气血的，要的给我发朵🌹
春节不在家的铲屎官，上门喂猫铲屎一天三十，钥匙交接时间提前定好
新开的私教工作室，想减脂的先来免费量个体脂
搬家小货车，提前一天说
""".strip()

NEGATIVE_23 = """
有没有人知道市二院骨科哪个主任看膝盖好？我妈走路疼了大半年了
想给我爸配个助听器，大家都去的哪家，多少钱算正常
谁家有闲置的轮椅能借我两周？我爸做完手术出院，用完洗干净还回来
楼上问陪诊的，我上次请的刘姐挺负责，她电话13862047193，说是张阿姨介绍的就行
说一下城东那家宠物医院，猫绝育做得很细心，医生姓孙，不是打广告哈
下个月带老人去厦门，住鼓浪屿还是曾厝垵方便？老人腿脚不太好
有没有跑友知道哪里能测步态，想换双合适的跑鞋
上周找的搬家师傅不错，没乱加价，需要的我把他号码私发你
狗狗偷吃了巧克力怎么办，急！附近哪家宠物医院晚上还开门
凌晨四点多的机场大巴到底有没有，我六点半的飞机，打车怕贵
去过四姑娘山的朋友，十月份会不会很冷，要不要带羽绒服
天冷了想带我爸去室内游，附近哪家恒温池人少点，水换得勤
我妈吃的降压药老是干咳，是不是药的问题，有懂的说说
厂里食堂想换个配菜的供应商，大家有熟悉靠谱的吗，先在群里聊聊
店长，我上次充的洗澡卡还剩几次？周六想带豆豆过去
挂号单上写的下午2:30，14号诊室，我排第37个，估计有得等
3床血压160/95，已经报给值班医生了，半小时后再复测
明天航班CA4113，十点二十起飞，大家八点在T2出发层集合
酒店订好了，1208和1210两间，押金每间三百退房时退
YT7829461035这个件显示进驿站了，谁今天路过菜鸟帮我捎上来
今晚配速5分40，心率基本稳在150，比上礼拜强多了
体检编号TJ20261124-0587是谁的？报告落在前台了
这个药一天三次一次两片，饭后吃，妈你别又记成饭前
本月产线良品率98.6%，比上个月高0.4个点，大家辛苦了
G1362次5车12F靠窗，有想换座位跟家人坐一起的说
运单SF1408263759已签收，让客户那边核一下箱数
狗子体重从8.2公斤涨到11公斤，兽医说该减肥了
这次徒步一共23.6公里，累计爬升1460米，AA下来每人85
编号20473那位同事，人事处说你的入职体检表还没领
排班有变动的私我，别在大群里说，护士长看到又要念叨
进住院部要扫码登记，家属每次只能上去一个人
医院公众号的挂号入口我放群公告了，点进去就能约专家
今天起小周来咱们科做护工，她已经在排班群里了，大家照应一下
刚加我的那个是物流公司调度，明天提货的事都跟他对接
俱乐部这次活动的报名链接以群公告那个为准，别点外面转来的
我妈问我微信怎么开视频，我已经教了三遍了😂
今晚训练改到体育中心，找不到地方的私聊我发定位
开药的医生说可以进他们医院的慢病管理群，有人进了吗，有用没
谁有宠物医院的微信？问问今天周日开不开门
明早8点前所有司机把昨天的行车记录仪视频发给车队长
车间群禁止发跟工作无关的链接，上周有人发砍价链接被扣了绩效
民宿的wifi密码在门后那张卡片上，还连不上的找前台
搬家那天师傅电话是多少来着？我换手机记录全没了
【跑团通知】本周六晨跑集合点改到滨江公园东门，6:30出发，接龙报名
周日徒步接龙：1.老王 2.阿珍 3.小胡 4.
居委会提醒：辖区65周岁以上老人本周三上午可免费做年度体检，没登记的在下面接一下
本周洗护满两次送一次体内驱虫，到店出示会员卡就行，不用另外报名
药店会员群：周四会员日，血压血糖免费测，积分可以换棉签和口罩
下周二的东北大米接龙今晚十点截止，还没付款的抓紧
明早七点半餐厅开饭，去玉龙雪山的车八点在门口等大家
各位游客明天六点叫早，七点准时发车，行李提前放房门口
周三晚上有免费的动感单车体验课，会员到前台直接签到
下周一全院消防演练，各科室全员参加，原则上不批假
家里老人接到说医保卡冻结要加QQ解冻的电话，一律挂，社保局不会这么干
刚才那条只付邮费就送保健品的号已经被群主移出去了，叔叔阿姨们看到这种千万别点
我妈差点被骗，对方冒充航空公司说"航班取消，退款加客服微信"，千万别加
网上低价卖布偶猫让先付定金的，我同事被骗了两千，买猫一定要当面看
看到"99元云南六日游"的别心动，全是购物团，进了店不买不让走
那些"降压神药，吃了就能停西药"的帖子别再转了，吃出问题谁负责
快递员说包裹丢了让"加理赔专员"点链接的，别点，官方理赔都在APP里
冒充团长的小号在私聊借钱，开口就要两千，头像名字都照抄，千万别转
听说有人打着社区的旗号上门卖"磁疗床垫"，居委会说从来没派过人
又有人在小区发"扫码领鸡蛋"，我爸上回扫完被拉进一个保健品群，天天推销
洗个牙八百块？这家宠物医院真敢要，我问两句还嫌我外行
说好的纯玩团，第三天导游把我们拉进玉石店，一车人都气炸了
搬家师傅把我衣柜腿磕断了，还说本来就是坏的，气死我了
遛狗不牵绳的能不能自觉点，我家老人昨天差点被扑倒
你拼车迟到二十分钟还怪我们不等，下回别约了
食堂的菜一周比一周差，厂里到底管不管
快递天天扔楼下不送上楼，老人家怎么搬得动
医院停车排队一小时，挂号十分钟，看病三分钟，服了
教练你上个月说帮我调训练计划，调好了没？
我家猫今天把我的降压药打翻了，现在趴地上找药片😂
刚跑完十公里，回家干了两碗饭，白跑了哈哈哈
老爸学会发语音了，天天早上在群里说早上好，一条一分钟
下山腿抖成筛子了😂
早上去医院抽血，排我前面的大爷比我还早到一个钟
三号线今天下午停线检修，产线的人去二号仓库帮忙盘点
明天冷链车八点到，疫苗那批优先入库，温度记录一条都别漏
急诊今晚缺个护士，谁能顶一下，下周我还你一个夜班
调度说广州那条线的车堵在高速上了，预计晚两个小时到仓
各科室周五前报一下本月耗材用量，逾期按上月数量配发
双十一期间分拣中心全员加班，加班费按1.5倍算
各位長輩，下週三社區醫院免費量血壓，記得帶健保卡喔
颱風要來了，週末的登山活動取消，大家注意安全
阿嬤出院了，謝謝大家這陣子的關心，等她好一點再請大家吃飯
明天体检请空腹，８点前到１楼抽血处排队
ＡＡ结算：油费３２０，过路费１１０，四个人平摊
Flight delayed again, we'll probably check in at the hotel around midnight
Night shift roster for next week is in the shared folder, pls check before Friday
我家狗狗术后第三天开始吃东西了，谢谢群里推荐的李医生
电梯坏了，哪位帮忙把我奶奶的轮椅从三楼抬下来，十分钟就好
徒步回来捡到一个黑色登山包，里面名片是周先生13927401856，打了没人接，有认识的吗
内科王主任手机号换了，值班有急事打18603926714，旧号已经停了
爸妈跟的那个团导游姓陈，电话15120394867，万一联系不上他们就打她
有没有人想一起报社区的八段锦班？免费的，每天早上七点在广场
我家狗又被点名了，对不起对不起，以后出门一定拴好
周末羽毛球还缺一个，谁有空群里说一声，场地费AA
我把爸妈拉进小区的老年活动群了，以后通知他们自己也能看到
体检中心的报告扫码就能查，不用再跑一趟了
""".strip()
