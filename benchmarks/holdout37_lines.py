"""Hold-out set 37 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-36 (see holdout_data.py), at the same time as set 38 (written by another helper; this set
was checked against set 38's lines as they stood when this one was finished: highest ratio 0.474). The writer
read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened
nothing under src/, tests/ or docs/, ran no detector on these lines and did not run bench_holdout.py or any
other benchmark; holdout_data.py (lines 1-160, its docstring) was opened only for the labelling rules and the
history of earlier sets, and holdout35_lines.py and holdout36_lines.py only for the file format and their
docstrings' topic lists and calls (to avoid repeating them; their lines were not read). The two dumps (earlier
hold-out lines, training lines) were only read by a similarity script, never line by line. No line is copied
from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(),
taken both ways round) against every line of the earlier hold-out sets' dump and of the training-line dump is
at most 0.5 (highest 0.486), and no two lines of this set exceed 0.5 against each other (highest 0.378). The
lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 37 focuses on temples, incense and religious goods (线香, 檀香, 藏香, 香炉, 佛珠, 沉香, 开光手串, 护身符,
佛龛, 法会, 放生, 供灯), funeral and burial services (殡葬一条龙, 寿衣, 骨灰盒, 花圈, 纸扎, 元宝, 墓地, 公墓,
生态葬, 代祭扫, 迁坟, 白事吹打), fortune telling, feng shui and baby naming (八字, 合婚, 塔罗, 紫微斗数, 六爻,
手相面相, 择日, 阳宅风水, 起名改名), and matchmaking, dating agencies and singles' groups (婚介, 红娘, 相亲会,
相亲角, 单身群, 脱单训练营, 联谊), in neighbourhood, work, hobby, parents' and temple-volunteer groups. It keeps
the mix real spam has: 24 lines plain or lightly disguised (a plain id after "加我微信", "vx", "加v", "wx",
"加微", "V❤" or "加他vx", a mobile number, "微信同号", a landline, a QQ number and a QQ group number, "私我",
"私聊我", a 微店 link, a sign-up link, a t.me link, a Taobao shop name to search, an e-mail address) and 14
moderately (spaced digits, Chinese digits with 零, circled digits with ⓪, "扣扣" with 幺 in Chinese digits,
"企鹅" with dash-separated digits, upper-case Chinese digits in groups, "纸飞机" with a handle, a t.cn short
link, 幺 in grouped Chinese digits with "加微信", "v x" with a spaced-letter id, a full-width id, a mobile number
grouped with middle dots, "绿泡泡" for WeChat, a dwz.cn short link) and 10 heavily, with disguises the
docstrings read do not list (spaced pinyin with tone marks "jiā wēi xìn"; Suzhou numerals 〡〣〩…〇; keycap
digits 1️⃣8️⃣9️⃣; circled letters "ⓥⓧ" with a circled-letter id; double-struck letters and digits "𝕧𝕩";
traditional script with the look-alike "嶶" for 微; the split "扌口扌口" for 扣扣; parenthesized digits ⑴⑸⑼;
"➕✌️" for 加V; Fraktur letters "𝔳𝔵" with a Fraktur id) and 12 subtle (an offer with a call to action only,
none listed by the earlier sets' docstrings that the writer read: "想看的把出生年月日和时辰发群里，我挨个回",
"要几袋写在我家门口那块小黑板上", "明早去菜市场后门找穿红马甲的老孙，报我名字少算两百",
"周六下午三点人民公园相亲角东边第二棵树下…带张生活照来就行", "投到我店里柜台上那个红木箱，三天后来取",
"想请的初一早上到庙门口石狮子旁边等我", "想去的直接上车，现场定位打九折", "清明前每天傍晚摆在北门路灯下，
需要的自己过去挑", "把身高属相和工作告诉我妈", "把两个人的属相亮出来，我帮着看", "把大门朝向、几楼几室报一下，
我挑时间上门", "今晚八点群里开拍，出价最高的拿走"). About 15 positives are written the way members casually
sell in a group (surplus sandalwood incense, a cousin's marriage agency, a spare double grave plot, a mother's
hand-sewn burial clothes, a husband's funeral business, an uncle reading palms and faces, home-made paper
houses and ingots, a retired teacher father naming children, picking moving days, leftover temple incense,
reading birth charts for twenty yuan, folded paper ingots by the bag, a funeral band at the market, naming slips
in a shop box, leftover amulets at the temple gate, surplus candles and paper money, a mother matchmaking by the
gate, reading couples' zodiac signs).

- `POSITIVE_37` (60 lines): surplus sandalwood incense, a funeral one-stop service, bazi marriage matching, baby
  naming, a cousin's marriage agency, a double grave plot, opening-day dates and new-home feng shui (landline), an
  unmarried singles' group (QQ), hand-sewn burial clothes, consecrated prayer beads (微店), proxy tomb sweeping, a
  Qixi speed-dating event (link), tarot, a husband's funeral business, grave moving and headstones, altar
  incense-burner wholesale (a Taobao shop), palm and face reading, a high-end matchmaker (e-mail), a life-release
  ceremony (QQ group), paper houses and ingots, urns and wreaths, Zi Wei charts (t.me), a dating boot camp, a father
  renaming children; then a cemetery (spaced digits), renaming (Chinese digits), a marriage agency tea party
  (circled digits), cinnabar bracelets (扣扣), marriage fortunes (企鹅), a shroud and wreath shop (upper-case
  digits), overseas Chinese singles (纸飞机), compasses and bagua mirrors (t.cn), moving-day dates (幺), a singles'
  mixer (spaced letters), agarwood bracelets (full-width), green burials (dotted digits), Buddhist rites and
  eulogies (绿泡泡), a dating mini-program (dwz.cn); the ten heavy lines (temple incense, fortune telling, joint
  grave plots, house feng shui, a singles' party, funeral one-stop in traditional script, temple goods wholesale,
  baby naming, shrine carpentry, liu yao divination); and the 12 subtle lines.
- `NEGATIVE_37` (100 lines): 20 that look dangerous at first sight (the funeral home's duty phone given by the
  neighbourhood, the civil-affairs bureau's site for a burial-reform document, a cemetery manager's card sent by
  私聊 for work, a teacher's mobile, an incense-burner order number, "加我微信" to a colleague for a ceremony
  schedule, the 12345 hotline, "私聊我" between wedding organisers, the neighbourhood matchmaker's landline passed
  on on request, the funeral centre's official account, the official tomb-sweeping booking mini-program, an SF
  tracking number, an MC's WeChat passed to his wife, the temple's site for a volunteer form, the estate's 24-hour
  phone, a union's own matchmaking event, the police station's registration window, a cemetery receipt number, an
  obituary draft over WeChat, an HR extension); 10 members asking (Tibetan incense, a funeral company, a naming
  teacher, grave prices, an honest marriage agency, a feng shui master, a spare incense burner, burial clothes, a
  ride to burn incense, an almanac app); 10 warnings or complaints quoting the ad or scam (a fake monk's "三千块消灾钱",
  "墓地投资稳赚，三年翻倍", "大师免费测八字，加微信领取", a singles' group "会员费1999", "开光手串包转运", a fake agency
  asking for photos and ID, "一条龙八千全包", "风水大师远程调宅，改运旺财", an urn-storage call, "九块九起好名");
  lines with numbers that are not contacts (management fees, a name vote, holiday dates, gift money, a grave row
  and number, height and age, applicants counted, table counts, cremation queue numbers, gilding costs, stall draw
  numbers, a lamp fee, a feng shui fee, grave size in full-width digits, visitor caps, 108 beads, a blind date's
  salary, couplet lengths, funeral costs); organisers' own notices (a funeral procession time, a wreath list, a ban
  on burning paper, the owner's rule against fortune-telling and grave ads, temple volunteers' dress code, a
  memorial service, a burial-subsidy deadline, a sign-in list); everyday chat and complaints (incense customs,
  blind dates, a baby's name, almanac dates, parents insisting on bazi, an expensive feng shui visit, an agency that
  failed a cousin, condolences); two English lines, two traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own notice inside its own group is not,
nor is a member asking for or recommending something inside the group, nor a warning quoting an ad, nor a
contact passed on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_37 = """\
檀香线香老山檀的，一盒三十八，家里囤多了，要的加我微信 tanxiang_lao88
殡葬一条龙：接运、灵堂布置、火化手续全程代办，24小时电话13907415862
八字合婚、流年运势，老师一对一解读，vx：mingli_zhou77
宝宝起名改名，结合生辰八字，不满意重起，加v：qiming2026 备注“宝宝”
我表姐开婚介的，手上好多本地会员，条件都不错，想脱单的私我
西山陵园有两个双穴转让，朝南，比园区卖的便宜一万多，微信同号15874263091
开业择日、新房风水布局，师傅可上门勘测，咨询 0731-84526617
本地未婚交友群，离异勿扰，进群先加群主QQ 2870415563
我妈手工缝的寿衣，真丝面料，老人提前备着图个安心，V❤ shouyi_wang
开过光的佛珠和沉香摆件，都放我微店了 https://k.youshop10.com/Fz8Q_qRm
清明代祭扫，人在外地回不来的可以委托，献花擦碑全程拍视频，加微 jisao_qm
七夕单身专场相亲会开始报名啦💕 https://hd.xiangqin520.cn/qixi 先到先得
塔罗占卜，首次半价，私聊我
家里要办后事的找我老公，做这行十几年了，价格实在，电话18673051294
看风水、迁坟、立碑、选墓地，二十年经验，wx：fengshui_laoli
香炉烛台供杯批发，寺院和家庭佛堂都供，淘宝搜“妙音法物流通”
我小叔会看手相面相，街坊都说准，想看的加他vx kanxiang_2019
高端婚恋红娘一对一牵线，男士硕士以上、女士本科以上，专人审核身份和婚史，每月两场线下见面，有意者把个人资料发邮箱 hongniang_vip@163.com，三个工作日内回复
放生祈福法会招募随喜功德主，报名请加QQ群 73625114
自家扎的纸别墅纸轿车，还有金元宝，清明用得上，要的加我微信 zhizha_ma，同城送
骨灰盒、墓碑刻字、花圈花篮都能订，明码标价，加v：bin_zang_fuwu
紫微排盘88一份 t.me/ziwei_mingpan
大龄脱单训练营，恋爱导师手把手教聊天，报名私我😉
孩子想改名的，我爸退休前教语文的，起名很讲究，一个名字两百，微信同号13548806279
东山公墓后山还剩几排位置，坐北朝南，首付三成余款分期，看墓打 152 8830 4716
名字不好影响运势，专业起名改名，联系微信 一八七 三五二零 六六四一
婚介所周末办相亲茶话会，报名打 ①③⑥⑤⑧②⓪④⑦⑨①
开光朱砂手串，辟邪保平安，扣扣：二七六四幺八三零九
姻缘八字五十块看一次，准了再给钱，企鹅：3-4-5-8-2-6-1-7-0
寿衣花圈店就在殡仪馆对面，订货打 壹伍捌 柒叁贰零 陆陆玖伍
海外华人单身交友，纸飞机 @danshen_huaren 拉你进群
风水罗盘、八卦镜、五帝钱现货，下单点 t.cn/A6xRqm2Z
择日搬家入宅找我，幺三八 幺二六七 四零九五 加微信
周末相亲联谊还差几个女生，v x：x i a n g q i n 0 8
越南芽庄沉香手串，油脂足，ｖｘ：ｃｈｅｎｘｉａｎｇ６６８
生态葬、树葬都可以咨询，手机152·7306·8814
超度法事、代写祭文，绿泡泡 fashi_anpai 有需要的联系
相亲交友小程序，注册送三次牵线 dwz.cn/k7Pq2Xa
老家庙里请的平安香，还剩几箱，要的 jiā wēi xìn：miao_xiang886
合婚算命，三十年老先生坐堂，电话〡〣〩〦〢〤〇〧〥〡〨
公墓合葬位尾货两个📞1️⃣8️⃣9️⃣0️⃣7️⃣3️⃣1️⃣4️⃣6️⃣2️⃣5️⃣
上门看阳宅风水，ⓥⓧ：ⓕⓔⓝⓖⓢⓗⓤⓘ⑧⑧
单身聚会每周六，𝕧𝕩 𝕩𝕚𝕒𝕟𝕘𝕢𝕚𝕟𝟡𝟘𝟚
壽衣、骨灰罈、靈堂佈置一站辦齊，加嶶：binyi_zhang 價錢好商量
寺院法物流通，手串念珠批发，扌口扌口：5 8 3 0 1 7 2 6 4
宝宝取名，五行补缺，来电⑴⑸⑼⑶⑵⑹⑻⑺⑷⑴⑵
佛堂装修、供桌佛龛定做，➕✌️ fokan_dingzhi
六爻起卦问事，准不准试了才知道，𝔳𝔵 𝔩𝔦𝔲𝔶𝔞𝔬_77
看八字二十块一个，想看的把出生年月日和时辰发群里，我挨个回
清明要叠好的元宝的，四块钱一袋，要几袋写在我家门口那块小黑板上
家里办白事缺吹打班子的，明早去菜市场后门找穿红马甲的老孙，报我名字少算两百
单身的朋友们，周六下午三点人民公园相亲角东边第二棵树下，入会一百，带张生活照来就行
给宝宝起名的把姓和出生时辰写张条，投到我店里柜台上那个红木箱，三天后来取，一个名字一百
开过光的护身符还剩十几个，一个三十，想请的初一早上到庙门口石狮子旁边等我
陵园看墓免费专车，本周日上午九点市政府站台发车，想去的直接上车，现场定位打九折
香烛纸钱今年做多了，清明前每天傍晚摆在北门路灯下，需要的自己过去挑，价钱好说
想脱单的把身高属相和工作告诉我妈，她天天在小区门口下棋，一周给你配一个，成了包个红包
谁家要合婚，把两个人的属相亮出来，我帮着看，一对六十六
新房想调风水的，把大门朝向、几楼几室报一下，我挑时间上门，一次三百
佛珠批发剩的尾货，今晚八点群里开拍，出价最高的拿走
"""

NEGATIVE_37 = """\
殡仪馆值班电话是0731-85521100，张阿姨家的事社区已经联系好了，大家别再打听了
殡葬改革的文件在民政局网站 mzj.changsha.gov.cn 政策栏目里，第三条写了树葬补多少钱
王叔，您要的陵园刘经理名片我私聊发您了，刻碑的事您直接跟他对
林老师手机13875046213，孩子请假直接打给他，别在群里刷屏
订单号20261125388104，买的铜香炉有砂眼，那家店一直不处理退货，我再催催
小周你加我微信吧，法会流程表我改好了发你，明早交给寺里知客师父
市民热线12345可以投诉公墓乱收费，我昨天打了，说三个工作日内回复
婚礼筹备组的几位私聊我一下，明天跟酒店对接场地要分个工
有人问居委会红娘王阿姨怎么找，她让我转一下：座机84015527，工作日上午在
这是殡葬服务中心公众号推的惠民政策，火化费全免的条件都写在里面了
今年祭扫要先在“文明祭扫”小程序上预约，不预约进不了门，截图在上面
快递单号SF1406829317752，给外婆寄的寿衣到了记得签收
做司仪的老陈，他爱人找我要他的微信，我已经推给她了
寺里义工报名表在寺院官网首页就能下载，填好交给慧明师父
大家有事打物业24小时电话0731-88906612，别加群里陌生人
这次相亲活动是工会办的，报名只认工会登记表，有疑问私信我（工会干事小杨）
派出所户籍窗口说，新生儿名字定好后带出生证明过去办，窗口电话0731-82230110
陵园缴费收据编号LY2026-03817，管理费已经交到2046年了，我拍给你看
加你微信是想把你爷爷的讣告底稿发你改，群里发不方便
我老公单位办单身联谊，HR说名单满了，有问题找HR小李，分机6032
哪儿能买到正宗的藏香啊？我外婆每天念经要点
求推荐靠谱的殡葬公司，外公在医院怕就这几天了，心里乱得很
想给二宝起个名字，大家有没有认识的起名老师？别太贵
谁知道城北公墓现在单穴多少钱？想提前给爸妈看看
有没有姐妹知道正规婚介所？不要那种交了钱就不管的
想找个懂风水的师傅看看新家，厨房正对大门，老人心里不踏实
家里缺个香炉，谁有闲置的可以转给我吗，铜的最好
问下大家，寿衣一般去哪买？头一回办这种事，完全没经验
明天想去南岳烧香，有没有一起的，拼个车呗
谁有好用的黄历app推荐一下？想挑个日子搬家
群友们当心，最近有假和尚挨个加好友，开口就是“三千块消灾钱”，我已经报警了
又收到短信“墓地投资稳赚，三年翻倍”，全是骗子，墓地哪能当理财
提醒一下，刚才那个发“大师免费测八字，加微信领取”的已经被我踢了
我妈在公园被拉进一个相亲群，进群要交“会员费1999”，交完人就把她拉黑了
别信“开光手串包转运”这种鬼话，我同事花两千八买了串塑料珠子
有个号一直私聊群里女生，自称婚介所的，要照片要身份证，大家别理他
殡仪馆门口拉生意的说“一条龙八千全包”，结账变成三万，我们已经投诉了
网上那种“风水大师远程调宅，改运旺财”纯属扯淡，别被割韭菜
有人打电话说“您父亲骨灰寄存到期，不续费就清理”，一查根本没这回事
朋友圈有人转“九块九起好名”，点进去要付三百九，已经举报了
张家老人出殡定在周六早上七点，想送一程的七点前到楼下集合
送花圈的登记一下：老李家一个，王奶奶家一个，物业一个，还有谁？
初一十五庙里人多，停车场上午十点就满了，大家早点出门
我奶奶说香要插三根，不能插两根，有讲究的
公墓管理费一年120，十年一交，我们那块是这个标准
昨天相亲那个男生一米七八，三十二岁，聊了两个小时，还行吧
二宝名字投票：A.子墨 B.思远 C.嘉禾，今晚六点截止
清明放假三天，4月4日到6日，扫墓的错峰出行
居委会通知：小区内禁止焚烧纸钱，违者罚款200元，请大家配合
群规重申：本群是业主群，禁止发算命看相、墓地推销之类广告，第一次警告，第二次移出
白事随礼一般多少？我们这边同事之间200，关系好的500
大师说我今年犯太岁，我一笑而过哈哈
庙会是农历二月十九，有舞狮，可以带娃去看看😄
寺里的素斋十五块一位，比外面的素菜馆好吃多了
我们家那块墓在13排7号，今年去的时候草长得老高
相亲第三次了，这回是我姑介绍的，见面吃了顿火锅，AA
风水这东西信则有不信则无，我家客厅镜子对着门十年了也没事
宝宝名字定了，叫“安然”，谢谢大家帮忙参谋❤️
法会当天请各位义工穿素色衣服，八点半山门口集合，别迟到
追悼会明天上午九点，殡仪馆二号厅，请穿深色衣服
这次单位联谊报名男生23个、女生31个，女生多了8个
香灰别随便倒垃圾桶，我妈非让我埋到花盆里
爷爷三周年，家里摆了四桌，亲戚来得挺齐
买了二十斤黄纸给外婆叠元宝，叠到手抽筋
昨天在灵隐寺排了四十分钟队才进去
八字合不合我无所谓，我爸妈非要找人算，烦死了😩
周末陪我妈去了相亲角，一整排全是家长举着牌子
庙会摊位抽签结果：3号、17号、22号摊位分给社区手工组
火化排号今天排到第16个，估计下午才轮到
墓碑上的字要不要描金？报价说描金加300
婚介所的事你慎重，我表妹交了两万八，见了三个没一个合适
谁家小孩在寺里玩香火，差点烧到衣服，家长看着点
今天黄历写着宜嫁娶忌动土，装修队照样开工
殡仪馆到墓地开车四十分钟，车队一共七辆，第一辆是灵车
老家规矩头七、三七、五七都要烧纸，真累人
相亲会签到：1号王明 2号刘洋 3号赵婷，后面的我下午补
我们单位去寺里供灯，一盏六十八，工会统一出的钱
看风水那个人来了就转一圈，收了八百，我觉得不值
Grandma's memorial service is at 10am Saturday, please wear dark clothes.
Heading up to the Buddhist temple with my folks next week, anyone been lately? How bad is parking?
外公的告別式訂在週日下午兩點，第三殯儀館景仰廳。
今天去龍山寺拜拜，人超多，香火好旺。
墓地面积１．２平米，碑高８０公分，这个尺寸算常见吗？
我儿子三十五了还不着急，天天说单身挺好，气死我了
第一次相亲去哪吃饭合适？别太贵也别太寒酸
结婚日子算出来是十月初八，结果酒店那天早订满了，头大
今年清明陵园限流，每天上限八千人，网上约满就不放号了
庙里抽了支中签，解签的说不好不坏😂
佛珠戴着洗澡会不会泡坏？108颗那种
节哀顺变🙏
老爷子走得安详，谢谢各位街坊这几天帮忙，改天请大家吃饭
殡葬补贴申请截止到12月31日，符合条件的家属带材料去街道办
业主群不是相亲群啊，大家聊天注意点分寸哈
刚问了寺里，今年的放生活动取消了，说是影响生态
起名别用生僻字，我家老大的名字打印机都打不出来
六楼阿姨昨天在寺里求了个平安符，给孙子挂书包上了
相亲对象说月薪一万二，我妈问了三遍是不是税前
挽联写好了，上下联各十一个字，大家帮看看有没有错字
算了下，办丧事一共花了四万六，墓地就占了三万
婚介所的王姐今天来社区做讲座，讲的是防婚恋诈骗，挺实用的
"""
