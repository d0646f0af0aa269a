"""Hold-out set 31 (blind): hand-written on 2026-11-24 by a helper that had not read the detectors.

Written after sets 1-30 (see holdout_data.py), at the same time as set 32 (written by another helper; this set
was checked against set 32's file as it stood when this one was finished: highest ratio 0.439). The writer read no
detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/ or docs/, ran no detector on these lines and did not run bench_holdout.py or any other benchmark;
holdout_data.py (lines 1-160, its docstring) was opened only for the labelling rules and the history of earlier
sets, and holdout29_lines.py and holdout30_lines.py only for the file format and their docstrings' topic lists
and calls (to avoid repeating them; their lines were not read). The two dumps (earlier hold-out lines, training
lines) were only read by a similarity script, never line by line. No line is copied from earlier sets or from
the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round)
against every line of the earlier hold-out sets' dump and of the training-line dump is at most 0.5 (highest
0.493), and no two lines of this set exceed 0.5 against each other (highest 0.347). The lines are meant
to be scored once, blind; tuning on their errors would spoil them.

Set 31 focuses on driving schools and driving-practice coaches (科目二/三, 陪练, 陪驾), car rental and
ride-sharing (拼车, 顺风车, 包车), music studios and piano shops (钢琴, 吉他, 声乐, 调律, 录音棚), art and dance
studios (画室, 国画, 拉丁, 街舞, 考级), chess and board-game clubs (围棋, 象棋, 国际象棋, 桌游, 狼人杀, 剧本杀),
cinemas, KTV and escape rooms (密室), and the work groups of such small studios. It keeps the mix real spam
has: 24 lines plain or lightly disguised (a plain phone number, landline, id or QQ number, a sign-up link,
"加v", "vx", "wx", "V❤", "加微", "微信", "加我微信", "微信同号", "vx同号", "联系QQ") and 14 moderately (spaced
digits, Chinese digits with 零, circled digits with ⓪, "🐧" with a group number, 幺 for 1 in grouped Chinese
digits, full-width digits, upper-case Chinese digits in groups, "纸飞机" and "Telegram" with a handle, dwz.cn and
suo.im short links, "v 信" with a spaced-letter id, "Q" with a dash-grouped number, a 抖音号 with 私信) and 10
heavily (traditional script with the look-alike "薇芯" and an id split by middle dots, full pinyin in title case
with an id, the homophone "威信" with an id mixing Chinese digits, the split "禾厶" for 私, Fraktur mathematical
letters "𝔳𝔵" with a Fraktur id and mathematical digits, circled letters "ⓥⓧ" with a circled-letter id, a phone
number written backwards with a note saying so, superscript digits, traditional script with "釦釦" and Chinese
digits with 〇, the homophone "维鑫") and 12 subtle (an offer with a call to action only, none listed by the
earlier sets' docstrings that the writer read: "周六早上七点到东湖停车场找白色捷达", "还差一位，先到先上",
"把孩子弹的视频拍给我听听再定", "拿卡到影城门口当面转", "截图这条到前台送两杯饮料", "八点后到三楼前台对暗号",
"身份证正面甩过来就行", "穿软底鞋直接进教室跟着跳", "定金转我就锁车型", "把下过的棋谱发过来我免费点评",
"喜欢哪幅在图上圈出来", "下课顺路来柜台挑"). About 15 positives are written the way members casually sell
in a group (an outgrown digital piano, spare escape-room vouchers, a company's unused KTV coupons, a daily
Suzhou-Shanghai commuter taking passengers, a spare painting room downstairs, a music student teaching singing,
a home-made set of chess-endgame videos, outgrown Latin dance clothes, a father who tunes pianos, a family van
for weekend trips, a used ukulele, a husband driving ride-shares, a cinema stored-value card, a daughter's
paintings, strings and capos at a shop counter).

- `POSITIVE_31` (60 lines): a summer C1 class, night-light test practice, a nervous new driver's coach, same-city
  car rental, a weekday commute ride-share, a used digital piano, adult guitar, Chinese painting and
  calligraphy, a street-dance camp (link), beginners' go, online chess lessons, an all-night board-game session,
  escape-room vouchers, cut-price cinema tickets, KTV coupons, a commuter with seats, a painting room to rent, a
  recording studio, an art-school franchise, home singing lessons, Dali-Lijiang car hire with driver, endgame
  videos, dance clothes, a script-murder game-master job; then a driving school's year-end offer (spaced
  digits), a ride-share group (Chinese digits), piano tuning (circled digits), a board-game group (🐧), long-
  and short-term rental (幺), dance-exam coaching (full-width), a family van (upper-case digits), pirated films
  (纸飞机), KTV singing jobs (Telegram), a theory-test question bank and an escape-room opening (short links), a
  second ride-share group (spaced letters), a guitar course (Q), drawing tutorials (抖音号); the ten heavy lines
  (a driving school, home piano and violin lessons, deposit-free rental, a ukulele, a practice room, escape-room
  props, a ride-share husband, a go winter camp, a chess club's recruitment, cinema buy-outs); and the 12
  subtle lines.
- `NEGATIVE_31` (100 lines): 21 that look dangerous at first sight (a coach's card passed on, a new receptionist
  pulled into the group, a rental contract number, an order's tail number, a test centre's landline, fees only
  through the official account, an exam form sent to the studio's mailbox, a teacher's phone from the organiser,
  sheet music sent by 私聊, a friend request to a coach, a teacher's WeChat asked for, a wrong QQ group number
  corrected, a staff number, the front desk's new landline, a KTV room number, a repairman's phone sent
  privately, a ride-share driver's plate, a sign-up link in the official account, the studio's WeCom, a deposit
  refund and customer service, a stolen QQ account); 10 members asking to buy or for a recommendation (a used
  digital piano, a go teacher, a rental firm, a lift to the station, a fourth player for an escape room, a
  dance mat, a driving coach, a KTV for a team outing, an easel and paints, a guitar repairer); 10 warnings or
  complaints quoting the ad ("科目一不用考直接拿证", "租车零押金", "考级内部渠道保过", "电影票五折代下单",
  "KTV陪唱日结八百", full fare before a ride, "等级证书代办", fake art-teacher material fees, "免费领密室体验券",
  a licence-points text); lines with numbers that are not contacts (exam lists, fuel levels, insurance, fare
  shares, practice rooms, exam pieces, board numbers and ratings, cinema glasses and screenings, a night's
  takings, a damaged prop lock, a holiday date, a lesson fee, popcorn prices, a refund); organisers' notices
  and sign-up lists (group rules, a driving-school holiday, a 接龙 for an outing, a year-end party, floor
  works, payslips, renewals, an open day, a performance); heated arguments and complaints (a coach who
  swears, a late driver, a trial lesson, scratched bumper, children pushing, screening slots, an admin
  warning); everyday chat; two English lines, two traditional-script lines and one with full-width digits.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's or studio's own notice inside its own
group is not, nor is a member asking for or recommending something inside the group, nor a contact passed
on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_31 = """
暑假学生班开始报了，C1手动挡全包3980，约车不用排队，报名找李教练13916628507
科目三夜间灯光考前陪练，一小时150，带你跑三遍考试路线，加v：jiaolian_wang88
拿了本不敢上路？女教练带你练高架和窄路掉头，耐心不骂人，vx：peijia0571
同城租车，SUV日租198起，芝麻分650免押，wx：zuche_a8866
龙华到科技园每天早上七点半拼车，还剩两个座，单程15，V❤：pinche_lh
孩子上初中不练了，家里雅马哈电钢琴九成新，2800自提，加微 yamaha_mama
成人吉他零基础周末班，八节课学会弹唱，微信同号 15057712643
国画书法暑期班招生5到12岁，小班八人，咨询电话0571-86231547
街舞爵士寒假集训营，零基础两周出一支完整舞，报名表 http://xqdance.cn/bm2027
围棋启蒙体验课，业余五段老师亲自带，首月299，QQ 2870516634
国际象棋线上一对一，等级分冲1800，加我微信 chess_lin_99
桌游馆周五通宵场，69元一位玩到天亮，订位vx：zhuoyou_zz
买多了两张密室团购券，原价198的现在99一张，要的加微 mishi_quan
全国影院电影票代下单，比平台便宜十块左右，wx：piao_dd520
公司发的KTV欢唱券用不完，下午场包厢六折转，微信ktv_xiaomei
我每天苏州上海往返开车，顺路能带两个人，油费平摊，电话18862107734
我家楼下空出一间60平的画室，带水池画架，按小时租，王姐13802196453
录音棚按小时出租，编曲混音修音一条龙，加v：luyin_studio7
少儿美术品牌加盟，总部出课程和师资培训，开店扶持，微信同号13671059284
我在音乐学院读研，可以上门教流行声乐，一节280，vx同号17721946038
大理丽江包车自驾，7座商务带司机，微信：dali_zc66
象棋残局讲解视频我整理了一整套，9.9打包发你，加wx：xq_canju
闺女跳了六年拉丁，练功服穿小了十几套，30一件，想要的加我微信lading_mom
剧本杀DM兼职，周末晚班，一场80，有意向联系QQ：1597320846
驾校年底冲量，这周报C2立减六百，李教练 1 3 9 5 7 0 2 8 4 6 1
顺风车信息群每天发车，苏锡常到上海，进群加我：一三八六二七五零九一四
我爸做了三十年钢琴调律，可以上门，电话①⑤⑨⓪⑧⑦②③④⑥①
桌游爱好者新群开了，每周组局，🐧 2958173064
长租短租都可以，本地牌照车况好，联系幺三七 幺七二零 八八四六
舞蹈考级一对一辅导，包过四级，微信１５８６７２０３９１４
自家的小面包车周末能接拼车去周庄，电话壹捌陆 贰柒叁玖 伍零肆壹
新上映大片4K高清资源抢先看，每天更新，纸飞机 @moviebox_hd
KTV陪唱兼职，日结800，不要经验，Telegram：@ktv_job88
驾考科一科四VIP题库，三天刷完必过，点 dwz.cn/jk9Xa2
密室逃脱新店开业，四人本半价抢券 suo.im/6mQrT
拼车群满了开二群，v 信：p i n c h e 8 8
吉他入门全套教程，Q：307-552-1968
每天更新素描色彩教程，抖音号 huashi_laozhou 私信领素材
駕校內部價，科目二三包過，不過退款，加薇芯：jx·668·520
Gang Qin Xiao Ti Qin Shang Men Ke, Di Yi Jie Bu Shou Qian, Wei Xin: qinle2023
免押租车，威信搜一下：zc五八八零
二手尤克里里便宜出，要的禾厶我
琴房出租，𝔳𝔵：𝔮𝔦𝔫𝔣𝔞𝔫𝔤𝟫𝟫
密室主题设计和道具定制，ⓥⓧ：ⓜⓘⓢⓗⓘ⑥⑥
我老公跑顺风车，天天杭州义乌来回，电话号码倒过来写：14862076831
少儿围棋冬令营，咨询请拨¹³⁸⁰⁵⁷¹⁶²⁹⁴
棋社週末招新，學費全年一千二，釦釦：二〇四七三九一五八
影院包场团建，嘉宾见面会也能办，加维鑫 yc5210
周六早上七点练车的到东湖停车场找白色捷达，一小时八十
明早六点半北门发车去机场，每人35，还差一位，先到先上
钢琴陪练还有周三晚的空档，把孩子弹的视频拍给我听听再定
影城储值卡还剩600块，八折出，拿卡到万达影城门口当面转
本店新主题《午夜列车》开放，截图这条到前台送两杯饮料
今晚KTV包厢订多了两个，想唱的八点后到三楼前台对暗号“老张”半价
下个月考位约满了，我这边还能帮插队，身份证正面甩过来就行
拉丁舞免费体验课每周日下午，穿软底鞋直接进教室跟着跳
国庆用车的现在锁价，别等涨了，定金转我就锁车型
孩子下棋不知道啥水平的，把下过的棋谱发过来我免费点评，顺便给配个合适的班
闺女画的装饰画挂客厅正合适，一幅120，喜欢哪幅在图上圈出来
吉他弦拨片变调夹店里都有，比网上便宜，下课顺路来柜台挑
""".strip()

NEGATIVE_31 = """
把郑教练的名片转给你了，周几练车你俩自己商量
新来的前台小刘已经拉进群，以后排课请假都找她，别私下找老师
您这单租车合同是ZC20261103017，还车那天门店要对一下里程
订单尾号4471的客人明早九点取车，车已经洗好停在B2
考场电话我打过了，0571-88053126，他们说周三不开放模拟
缴费一律走机构公众号，不要私下转给老师个人微信，出了问题我们不认
舞蹈考级报名表在群文件，填好发我邮箱 ljdance@163.com
张老师手机13857126430，孩子要请假提前一天说一声
琴谱PDF私聊甩你了，打印的时候选A4横版
@王教练 好友申请是我发的，备注了学员小孙，想约周四下午
谁有钢琴周老师的微信？孩子发烧今天要请假
学员考试QQ群号发错了，正确的看群公告，别加外面的
影院员工群：工号0273这周换到二号厅检票，排班表已更新
店里前台电话从下周一起改成0755-26618890，原来那个号就不用了
888包厢今晚客人预订了生日蛋糕，十点半服务员记得推进去
密室三号主题的机关坏了，维修师傅电话我发你私聊了
拼车的朋友注意，司机车牌浙A·7K52X，白色朗逸，六点五十到门口
棋社比赛报名链接在公众号推文底部，截止周五
家长们加一下画室的企业微信，作品照片以后统一在那里发
租车押金已原路退回，到账有延迟的私聊客服小周，别在群里刷屏
我企鹅号昨晚被人登了，要是有人以我名义找你们垫钱，直接无视
有没有人出二手电钢琴，预算两千以内，孩子刚开始学
万达附近有没有教围棋的地方？儿子七岁，想先让他摸摸棋子
求推荐靠谱的租车公司，国庆一家五口去海南
谁明天下午去杭州东站，能带我一个吗，行李就一个箱子
周六晚上密室四人本还差一个人，有人一起吗，AA
想买个练功用的地毯，大家家里孩子用的哪个牌子
科目二哪个教练教得细，求推荐，我倒库老压线
公司团建二十多人，求推荐能包大厅的KTV
哪位家长手上有闲置的画架和水粉颜料，我想收一套给闺女
求一个会修吉他的师傅，琴颈有点弯了
大家别信那个说“科目一不用考直接拿证”的，交了钱人就拉黑了
那个说“租车零押金”的是骗子，回头扣了我两千说是违章
又有人私加家长说“考级内部渠道保过”，我们机构没有这种，都别理
看到“电影票五折代下单”的小心，我同事付了款票一直没出
外面说“KTV陪唱日结八百”的都是坑，学生千万别去
顺风车司机让先付全款再出发的，一律别信，平台上付
刚才发“等级证书代办”的那个已经踢了，大家不要点他的链接
有人冒充画室老师在群里收材料费，收钱只认前台
“免费领密室体验券，转发朋友圈集30赞”这种我试过，最后要交99
收到短信说“驾照分快扣完了点链接处理”，别点，交管12123上自己查
下周科目二考试名单：小陈、周强、李梦，早上七点驾校门口集合坐大巴
今天练车的记得带学员卡，没卡的车辆不让进场
倒车入库我练了四十多把还是压线，是不是看点找错了
过了过了！科目三一把过，谢谢郑教练
还车时油量要和取车时一致，差一格按每格80收
这台车行驶证上是2019年的，保险到明年三月
我九点半到不了，堵在中环上了，能晚半小时吗
车费司机那边我已经结了，一共108，四个人摊下来每人27
明天下雨，顺风车改成七点出发，别迟到
周日汇报演出，孩子八点半到后台化妆，白色舞鞋别忘了
琴房302的空调漏水了，今天的课挪到305
四月份考级曲目：车尔尼599第43条，小奏鸣曲一首
画室本周主题是静物水粉，颜料自带，调色盘前台有
棋社周赛第三轮对阵表已贴墙上，8号台对局超时判负
等级分更新了，咱们社有三个孩子过了1500，恭喜
桌游店那盒卡坦岛少了两张羊，谁玩完收的？
昨晚狼人杀那局法官判错了吧，女巫明明先救的人
这周三下午场空场率太高，经理说要把《山海》排片压到两场
五号厅的3D眼镜清点少了12副，散场检票的同事留意一下
今晚营业额2.3万，酒水占了一半，辛苦大家
306包厢的麦克风又没声了，工程部谁值班过去看下
密室NPC今晚缺一个，谁能顶班，给双倍时薪
客人在二号房把道具锁弄坏了，照价赔偿300，已经签字
你们教练凭什么骂人？我交了钱不是来受气的
说好六点出发你六点二十才到，下次不等了
老师说孩子乐感不行，我就想问问你们试听课是干嘛的
车还回来保险杠掉漆了你们说是我刮的，取车时就有，我有视频
练功房里你儿子把我女儿推到把杆上，到现在一句对不起都没有
排片凭啥总给那部烂片黄金场，观众都在骂
再这样吵我就把你俩都移出群了，有事私下解决
群规：本群只发练车预约和考试通知，广告一律踢
元旦期间驾校放假三天，1月4号正常约车
画室家长接龙：1.朵朵妈 2.乐乐爸 3.糖糖奶奶 周六秋游报名
琴行年会定在12月20号，地点在老地方，每个老师带一个节目
下周起舞蹈教室换地胶，周二周四的课暂停两次
本月工资明细发邮件了，课时费按新标准一节60算
前台把这个月续费的学员名单整理一下，周五前发我
学员群里有人问冬令营价格，统一回复看海报，别私报价
下周家长开放日，请各位老师提前把教室收拾好
孩子今天把《小星星》完整弹下来了，高兴得不行
这家影院的IMAX座位真舒服，就是爆米花太贵了，45一桶
有人看《流浪地球3》了吗，值不值得去看
周末去唱K嗓子哑了，今天上课只能比划
刚下棋输给一个八岁小孩，心态崩了
密室太吓人了，我全程抓着同事的衣服
我把琴盒落在304了，谁看到帮我放前台，谢谢
教练，我下周一上午能约两个小时吗？
租的车后备箱放不下婴儿车，能不能换个大点的
今早拼车那位大姐手机落车上了，司机说放门卫了
Next rehearsal is Thursday 7pm, bring your own sheet music
Board game night moved to Friday, same place, same time
週六的考級請家長陪同，准考證提前列印好
下週片單已出，請同事們確認排班
这次考级咱们班２３人全过，辛苦各位老师了
钢琴搬到二楼要三个人，周六有空的男家长搭把手吗
滴滴打不到车，我们几个凑一辆出租回去吧，四个人一人十块
片子放到一半断了十分钟，影院说每人退20，在售票处领
儿子学了两年鼓，邻居投诉了，你们都是怎么隔音的
昨天那局阿瓦隆我是梅林，你们一个都没猜出来哈哈
""".strip()
