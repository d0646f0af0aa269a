"""Hold-out set 33 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-32 (see holdout_data.py), at the same time as set 34 (written by another helper; this set
was checked against set 34's lines as they stood when this one was finished: highest ratio 0.444). The writer read
no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing
under src/, tests/ or docs/, ran no detector on these lines and did not run bench_holdout.py or any other
benchmark; holdout_data.py (lines 1-160, its docstring) was opened only for the labelling rules and the history
of earlier sets, and holdout31_lines.py and holdout32_lines.py only for their docstrings (the file format and
their topic lists and calls, to avoid repeating them; their lines were not read). The two dumps (earlier
hold-out lines, training lines) were only read by a similarity script, never line by line. No line is copied
from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(),
taken both ways round) against every line of the earlier hold-out sets' dump and of the training-line dump is
at most 0.5 (highest 0.500), and no two lines of this set exceed 0.5 against each other (highest 0.342). The
lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 33 focuses on aquarium fish and tanks (孔雀鱼, 锦鲤, 红龙, 水草泥, 造景, 过滤, 珊瑚), flowers and florists
(月季, 花束, 插花, 花篮, 年宵花, 蝴蝶兰), succulents (多肉, 老桩, 叶插), bonsai (树桩, 榆树, 罗汉松, 苔藓,
紫砂盆) and home gardening (阳台种菜, 营养土, 楼顶菜园, 圣女果), beekeeping and honey (土蜂蜜, 蜂巢蜜, 蜂王,
蜂箱, 槐花蜜, 椴树蜜, 荆条蜜), bird keeping (画眉, 玄凤, 虎皮鹦鹉, 文鸟, 八哥, 鸟笼), and fishing gear and paid
fishing ponds (黑坑, 钓位, 年卡, 饵料, 路亚, 台钓竿). It keeps the mix real spam has: 24 lines plain or lightly
disguised (a plain phone number, landline, id or QQ number, "私我", "私聊", "加v", "vx", "wx", "V❤", "微我",
"加我微信", "加微信", "微信同号", "联系人", a sign-up link, a new-group link, an e-mail for CVs, a Taobao or
Pinduoduo shop name) and 14 moderately (spaced digits, lower-case Chinese digits, circled digits, full-width
digits, a spaced "企鹅群号", "扣扣号" with upper-case Chinese digits, "纸飞机" with a handle, a bit.ly short link,
"v x" with a spaced-letter id, 幺 for 1 in grouped Chinese digits, a 快手号 with 私信, Arabic and Chinese digits
mixed in one number, a 小红书号 with 私信, unaccented pinyin "wei xin") and 10 heavily, with disguises the
earlier docstrings the writer read do not list (monospace mathematical letters and digits "𝚟𝚡"; radio-style
spoken digits 幺/两/拐/洞/勾; traditional script with the look-alike "徵信"; the homophone "佳维新"; the split
"扌口扌口" for 扣扣 with Chinese digits; squared letters "🅅🅇" with a squared-letter id; zhuyin "ㄨㄟˊ ㄒㄧㄣˋ";
a phone number spelled out in English words; traditional script with bold mathematical digits; the logical-or
sign and Greek chi "∨χ") and 12 subtle (an offer with a call to action only, none listed by earlier docstrings
the writer read: "拿个空瓶子到我家来打", "自带袋子到我家院门口挑", "接孩子回来顺路敲我家窗户",
"看中哪条当场给你捞", "提着空笼子来东门听一听", "挂在朋友圈置顶那条", "周日我带到塘边…碰个头",
"扛一棵自己的树过来", "明早五点跟我的车上山看一趟", "把楼号单元报上来我排个时间",
"放学带孩子来认认", "下班绕到小区后门那辆蓝色三轮车上挑"). About 15 positives are written the way members
casually sell in a group (home-bred guppies, a father's hill honey, a used 1.2 m tank, a husband's wild
crucian carp, a talking thrush given up, succulent leaf cuttings, home-bred budgies, hand-made lures, home-spun
basswood honey, locust-flower honey by the jar, spare succulent seedlings, rooftop cherry tomatoes, home-made
bait, a litter of hand-reared parrots, a weekend bonsai lesson at home).

- `POSITIVE_33` (60 lines): guppies, tank building and aquascaping, a father's honey, succulent wholesale, a
  new paid pond (landline), a koi farm, rose seedlings, a used tank, hand-reared cockatiels, an online balcony
  vegetable course (link), a bonsai Taobao shop, a husband's night-fishing catch, a tackle shop's clearance, a
  florist's baskets and bouquets, queen bees and hives, a thrush, an aquarium shop hiring (e-mail), succulent
  cuttings, a full fishing group moved to a new one (link), a flower-arranging class, budgies, comb honey
  (Pinduoduo), hand-made lures, home bonsai care; then aqua-soil group-buys (spaced digits), basswood honey
  (Chinese digits), a pond's annual card (circled digits), koi fry (full-width), a succulent QQ group (企鹅),
  a bird-lovers' group (扣扣, upper-case digits), bait recipes (纸飞机), a florist franchise (short link),
  aquascaping (spaced letters), tree-stump bonsai (幺), tackle bought abroad (快手号), potting soil (mixed
  digits), finches (小红书号), gift flower boxes (wei xin); the ten heavy lines (tank cleaning, vitex honey,
  honey in traditional script, pond places, bamboo bird cages, succulent arrangements for offices, bonsai
  apprentices, a lure-fishing club, a flower-market stall handed on, beekeeping course notes); and the 12
  subtle lines.
- `NEGATIVE_33` (100 lines): 20 that look dangerous at first sight (the property's repair hotline, a florist's
  WeChat card passed on on request, a parcel number for a bird cage, the plant-protection station's landline, a
  teacher's mobile for a class goldfish tank, a ministry document link, a match grouping sent by 私聊 between
  organisers, "加我微信" to a colleague for a quote, an order number for rotten succulents, 12315, a colleague's
  QR code posted by mistake, the property's notice with its front desk, the bird market's office number, a new
  florist's assistant pulled into the group, money owed for fish food, a Tencent meeting number, the angling
  association's results page, a fish-medicine maker's 400 number, staff numbers for New Year honey, a dissolved
  QQ group); 10 members asking or looking for something (fresh moss, an aquarium shop, a cheap used rod, real
  honey, a talking myna, a big flower pot, a filter-pump fixer, a free pond, an experienced angler to go with,
  someone to remove a wild swarm); 10 warnings or complaints quoting the ad ("加V免费送锦鲤苗", "深山野生土蜂蜜",
  a fake annual-card renewal text, "多肉一件代发，日赚三百", a fake African grey sold on 朋友圈, "黑坑鱼塘投资包回本",
  "三天开花包成活", "免费领花苗只付邮费", a fake courier claim for a broken tank, "蜂王浆能抗癌"); lines with
  numbers that are not contacts (a pond's stocking and a catch, water-change ratios, a 接龙 list, watering
  intervals, a koi's price, a red arowana's price, a bean-sprout diary, rose fungicide dilution, a prize, a
  bonsai's asking price, water parameters, an office plant count, a class fee split, a pond's electricity bill,
  prize winners, a big black carp on peg 3); organisers' and offices' own notices (a fishing match sign-up, a
  rooftop garden clean-up, a team fishing outing, a meeting agenda, a flower-market closure, aqua-soil
  collection, a community potting class, a rained-off outing, a new colleague who tends the office tank, a
  teacher's plant request, a reminder of the group's rule against selling); heated arguments and complaints
  (dripping balcony water, a dawn-calling parrot, a peg too close, a neighbour's bees, a poor potting-mix
  group-buy); everyday chat; two English lines, two traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own notice inside its own group is not,
nor is a member asking for or recommending something inside the group, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_33 = """
自家阳台繁殖的孔雀鱼，一对10块，满20对送一把水草，要的私我
鱼缸定制、上门造景、水质调理一条龙服务，电话13816627045
我爸在山里放了几箱蜂，今年摇的百花蜜剩二十来斤，六十块钱一斤，需要的打15939071286微信同号
多肉批发：老桩、缀化、群生都有货，进群看实拍，加v duorou_xiaoyuan
城北新开黑坑，周末放鲤鱼草鱼两千斤，188一个钓位，订位电话0571-86231470
锦鲤场直销红白、大正、昭和，可以视频挑鱼，vx：jinli_hz88
月季苗处理，大花浓香品种都有，带花苞盆栽发货，V❤ yueji2046
出一个1.2米超白缸，底滤和灯都在，用了半年，500自提，私聊
玄凤幼鸟出，Q 2735186604
零基础阳台种菜线上课，21天学会种出一家人的青菜，报名👉 https://kc.yangtaicai.cn/join
淘宝小店上新啦～盆景老桩、紫砂盆、苔藓一站配齐，搜店铺"一石一木盆景"
我老公周末去水库夜钓，野生鲫鱼多得吃不完，15一斤，想要的加我微信 lisa_0915
渔具店年底清仓，碳素台钓竿、浮漂、线组全部五折，城西路87号，电话0595-22786153
婚礼、开业花篮和花束都能定，同城两小时送到，下单加微信 huayu_flower
养蜂二十年，出售蜂王、蜂箱、巢础，新手包教到会，有意向打18873620945
家里的画眉已经开口了，诚心转让，价格面议，wx：huamei_laozhang
水族馆招店员两名，包吃住，懂过滤懂水质的优先，简历发 yuguan_hr@163.com
谁要多肉叶插苗？我家一大盘，5块一份，8号楼楼下自取，微我13602284517
原来的钓鱼群满500了，新群扫这里进👉 https://qr.diaoyoujia.cn/g/7721
周末插花体验小班课，闺蜜同行一人免单🌷 报名找小林 17728394016
淘汰一批自己繁殖的虎皮鹦鹉，20一只，笼子另算，有要的私我发视频
蜂巢蜜现割现发，带木框，吃过的都回购，拼多多搜"秦岭老蜂农"就能下单
路亚假饵都是我自己手工做的木虾，一个35，喜欢的加v：luya_handmade
盆景上门养护：修剪、换盆、治虫都做，联系人王师傅 13955216380
进口水草泥拼单，一袋便宜二十多，要的加 1 3 7 5 2 8 4 6 0 9 3
今年自己摇的椴树蜜，一斤七十，打电话一五八 三九二七 四六八一，送货上门
鱼塘包年卡，全年不限次数随时来钓，联系 ①⑧⑥②⑦⑤③⑨④①⑥
锦鲤苗出售，全长１５公分左右，颜色很正，联系：１３９６２０８７５４１
多肉爱好者交流群，每天有团购，企鹅群号 6 2 8 3 0 1 5 4 7，进来先改备注
鸟友群扣扣号：伍叁柒捌贰陆壹玖陆，进群送画眉调理饲料配方
黑坑专用饵料配方资料，三十多个方子打包卖，纸飞机 @diao_er_pei 找我
花店加盟零经验也能开，总部配货包培训，详情 bit.ly/3hDian8
上门造景，草缸、溪流缸、原生缸都能做，v x : y u g a n g 6 6
树桩盆景出售，榆树、雀梅、对节白蜡都有，电话幺八六 二七四九 幺五三零
钓具代购，日本进口的竿子线轮比国内便宜三成，快手号 xiaoyu_8824 私信下单
阳台种菜专用营养土，一袋十斤装，量大包邮，电话一3九5七2零8六4一
新到一批文鸟和珍珠鸟，都是自家窝出的，想看鸟去小红书号2748103659私信我
手工花艺礼盒，闺蜜生日送这个不会错，要定制的 wei xin: huayi_keke
鱼缸清洗除藻上门，一次六十，老客户八折，𝚟𝚡：𝚢𝚞𝚕𝚒𝚗𝚐𝟼𝟼
正宗荆条蜜，农户直供，联系电话：幺三拐 两洞八五 勾六四三
蜂蜜純正無添加，自家蜂場直接發貨，要的加徵信 mifeng_1208
鱼塘钓位还剩几个，周六开钓，想来的佳维新 diaoyu_520 订位
鸟笼竹编纯手工，尺寸可以定做，扌口扌口 四七一九二八三六五
多肉组合盆栽代做，公司前台摆放特别好看，🅅🅇：🄷🅄🄰🅁🅄🄾🅄
收徒教做盆景，一对一带，学成可以自己接活，ㄨㄟˊ ㄒㄧㄣˋ penjing_ls
路亚俱乐部招新，每月组织出钓，入会费三百，call me: one-three-eight, two-six-four-one, five-zero-nine-seven
花鳥市場老攤位轉讓，客源穩定，有意者撥 𝟏𝟑𝟖𝟎𝟓𝟕𝟐𝟔𝟒𝟏𝟗
养蜂技术资料全套，包括分蜂、治螨、取蜜，∨χ：fengnong_2025
今年的槐花蜜摇出来了，拿个空瓶子到我家来打，按斤称
多肉换盆剩了好多小苗，自带袋子到我家院门口挑，一块钱一棵
天台那几架圣女果红透了，摘下来五块钱一斤，接孩子回来顺路敲我家窗户
锦鲤开年第一批到货，周日上午鱼场开池，看中哪条当场给你捞
新到一批画眉，叫口好坏你说了不算，周六早上提着空笼子来东门听一听
母亲节花束开始接预订了，款式和价格都挂在朋友圈置顶那条
自制的酒米饵料还有十几包，周日我带到塘边，要的到时候碰个头
想学盆景造型的，周末扛一棵自己的树过来，我手把手教，一次八十
想入门养蜂的，明早五点跟我的车上山看一趟，看完再决定买几群
鱼缸上门清洗一次六十，家里有缸的把楼号单元报上来我排个时间
这窝鹦鹉都是手养的，想要的放学带孩子来认认，哪只跟他亲就带哪只
年宵花今天到了一车，蝴蝶兰大花蕙兰都有，下班绕到小区后门那辆蓝色三轮车上挑
"""

NEGATIVE_33 = """
鱼缸漏水泡了楼下天花板，物业维修热线还是96345吧？晚上有人接吗
@张姐 你要的花店老板微信我推给你了，她说明早送货前会跟你确认一下
我网购的鹦鹉笼子显示下午到，SF1402837765219，哪位邻居在家能帮忙代收？
植保站技术员的座机是0571-87052316，月季黑斑病可以打过去问，不收钱
生物兴趣小组要在教室养金鱼，王老师说缺什么直接打她手机13905817264
农业农村部关于蜜蜂养殖管理的文件原文在这：http://www.moa.gov.cn/govpublic/
@李哥 秋季赛的分组表我私聊你了，你核对一遍再发群里
小刘你加我微信吧，鱼缸维护项目的报价单群里传不了，我单独发你
订单号20261123884710那批多肉有两棵化水了，客服让我拍照申请补发
买到掺糖浆的蜂蜜可以打12315投诉，我上次就是这么退的款
刚才在群里发二维码那个人我私聊问过了，是咱们新来的同事，发错群了
物业通知：阳台花盆请勿放在窗台外沿，有疑问联系物业前台0571-86027731
花鸟市场管理处电话我查到了，0592-5120367，打过去问问周日开不开门
群主，新进群的小周是咱们花店刚招的店员，是我拉进来的
你微信转我38就行，上次帮你带的鱼食钱
今晚八点腾讯会议583-2917-440，讲阳台蔬菜病虫害防治，入会密码见群公告
上周钓鱼比赛的成绩已经公示在协会官网：https://www.zjdiaoxie.org.cn/news
鱼药瓶子上印的厂家电话400-826-5710是真的，我打过，问了用量
领年货蜂蜜的同事在这报工号，我登记：3021、3047、3110已领
你上次说的那个鸟友QQ群我搜了，显示群已解散，是不是换号了
谁知道附近哪里能买到新鲜苔藓？做盆景铺面用
求推荐一家靠谱的水族店，想把家里的缸换成一米的
刚入坑钓鱼，想淘根便宜的二手竿子练练手，大家有推荐的吗
想给我爸妈买点真蜂蜜，群里有人知道哪家靠得住吗
想收一只会说话的八哥，家里老爷子念叨好久了，有门路的告诉我一声
礼拜天想去水库那边甩两竿，有没有熟悉路的老钓友愿意带带我？
谁家有多余的大花盆？我想给阳台那棵柠檬树换个盆
小区有没有会修鱼缸过滤泵的师傅？付钱请他上门看看
附近还有哪个鱼塘不收费能钓的？想带孩子去玩玩
求个懂养蜂的师傅，屋檐底下来了一窝蜂，怕孩子被蛰
别信那个"加V免费送锦鲤苗"的，我同事转了运费就被拉黑了
提醒一下：菜场门口喊"深山野生土蜂蜜"的，大部分是糖浆兑的
刚收到短信说"您的钓鱼年卡即将过期，点击链接续费"，我根本没办过年卡，大家别点
群里发"多肉一件代发，日赚三百"的那个已经踢了，私加你的也别理
有人冒充花鸟市场老板在朋友圈卖"会说话的非洲灰"，收完定金就失联，已经报警了
看到"黑坑鱼塘投资包回本"的宣传千万别交钱，本质就是拉人头
网上那种"三天开花包成活"的盆景，花都是插上去的假花，我买过一次
小心"免费领花苗只付邮费"，付完邮费就开始推销什么年卡会员
有人冒充快递说我的鱼缸运输破损要理赔，让下载APP共享屏幕，大家注意
业主群有人私加老人推销"蜂王浆能抗癌"，家里有老人的提醒一下
今天鱼塘放了三千斤鲤鱼，我上午上了十二条，最大一条七斤二两
鱼缸换水一次换20%到30%，一周一次就够，千万别一次全换
月季苗接龙（周六统一到货）：王姐两棵、小陈一棵、刘阿姨三棵、六栋赵哥两棵，还有谁补上
我的多肉夏天15天浇一次，冬天一个月一次，基本没死过
我家那对虎皮鹦鹉孵出四只小的了，毛还没长齐，太可爱了😍
今年雨水多，我舅舅说蜂蜜产量比去年少了快一半
明天降温到5度，阳台上的绿萝和三角梅记得搬进屋
年会抽奖有个鱼缸套装，谁抽到谁自己搬回家哈哈
钓鱼协会通知：11月30日秋季赛报名截止，报名费每人100元，比赛在青山湖东岸
物业通知：楼顶菜园下周一统一清理，各家泡沫箱请周日前搬走
一条锦鲤三千多？你这是养鱼还是供祖宗😂
红龙本来就贵，上万的都有，这条八千我觉得还算公道
昨天蹲了一整天空军，一条没上，打的窝全喂了野鱼
楼上天天浇花，水顺着往我家阳台滴，说了三回了还这样，什么素质
谁家鹦鹉早上六点就开始叫，能不能把笼子挪到屋里去
蜂蜜结晶不代表是假的，天冷了就会结，放温水里泡一泡就化开了
这盆是我爷爷养了三十年的榆树桩，不卖，就是发出来给大家看看
孩子的豆芽观察日记写到第5天了，已经长到6厘米
办公室金鱼今天谁喂了？
部门团建定在下周六去钓鱼，车费公司报销，自带竿子的提前说一声
打窝的玉米泡了三天，开盖那味儿差点把我熏晕
家里的君子兰开了，养了五年第一次开花🌸
月季黑斑病用多菌灵800倍液，一周喷一次，连喷三次
周一例会议题：1.鱼缸维护外包合同续签 2.绿植租摆费用 3.年终团建地点
我们组花艺比赛拿了二等奖，奖金1500，周五请大家喝奶茶
Koi show results are in: our club took 2nd and 3rd in the Showa class! 🎉
Does tap water really need to sit for 24 hours before it goes in the tank?
鸚鵡今天終於學會說「早安」了，開心一整天
這盆蘭花是朋友送的，最近葉子有點黃，是不是澆水太勤了
今天钓了１２斤，回来路上分了隔壁老王３条
老张你那钓位离我太近了，线都缠一块儿了，往边上挪挪行不行
养蜂那户能不能把蜂箱挪远点？我家孩子上周被蛰了两回
再强调一遍，咱们这是鱼友交流的地方，谁再往里发卖货的东西我就请出去了
花卉市场年底停业整修，12月15日到1月10日，年宵花大家提前买好
这次团购的水草泥一共42袋，已经到小区东门了，按接龙顺序来领
第3号钓位昨天有人钓上一条18斤的青鱼，老板说要做成标本挂墙上
多肉又被猫啃了😭
过滤棉多久换一次？我这个用了两个月看着还挺干净
孩子问金鱼是不是只有七秒记忆，有人知道这说法靠谱吗
各位家长：明天科学课每人带一盆小植物，多肉绿萝都可以
本周五下午三点社区活动室教做组合盆栽，材料社区出，限20人，在下面报名
昨天逛花市看到一棵罗汉松标价8800，砍到6000老板都不松口
今天水温26度，pH 7.2，氨氮0，亚硝酸盐0，完美
周日下雨，钓鱼活动改到下周日，时间地点不变
浮漂调四钓二到底什么意思？求老钓友科普一下
我妈把我养的龟背竹当杂草给拔了，哭笑不得
鹦鹉笼底下垫报纸好还是垫沙子好？哪个好打扫
上次团购的花泥一般般，一浇水就板结，下次换一家吧
年底盘点：办公室绿植一共37盆，死了5盆，要补
养的第一缸虾全军覆没，心态崩了
插花课接龙截止，一共18人，每人45元AA，周六交给班长
阳台那两盆蓝莓今年结了两百多颗，比去年翻了一倍
十一月鱼塘电费出来了，比上个月多三百多，增氧机开太久了
种植日记评比结果：一等奖三(2)班李想，二等奖四(1)班王雨萱，恭喜！
鱼缸灯每天开8小时就够，开久了满缸都是藻
那个鱼塘我去过，鱼不算多，老板人倒是挺实在
多肉砍头以后要把伤口晾干再插，别直接插进湿土
我家金毛把鱼缸撞翻了，客厅一地水，鱼总算都救回来了
人民公园这周有盆景展，不要门票，周末带孩子去看看挺好
行政部欢迎小赵加入，以后前台那缸七彩神仙和各层的绿植归他照看
"""
