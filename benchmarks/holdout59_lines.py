"""Hold-out set 59 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 16 on 2026-11-25, after sets 1-58 (see holdout_data.py), at the same time as set 60 (written by
another helper; this set was checked by the same script against set 60's lines as they stood when this one was
finished, unread: highest ratio 0.442 at the end), and kept unscored until it is scored once, blind. The writer read
no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under
src/, tests/ or docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/
(bench_holdout.py or any other benchmark included); holdout_data.py was opened only for its module docstring (the
labelling rules and the history and topics of sets 1-58), printed with ast.get_docstring, and holdout57_lines.py and
holdout58_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and calls already used, to avoid repeating them; their lines and the code below holdout_data.py's
docstring were not read); pyproject.toml was searched only for its ruff settings (the search showed the ruff, lint and
per-file-ignore tables and nothing else). The benchmarks folder was not listed (this file and set 60's were only
checked for existence by their names), git status was never run, and set 60's file was only loaded by the similarity
script, which never printed its lines. The folder holding the similarity script was listed by file name once and the
script's own opening docstring (its usage, five lines) was printed; no other file in that folder was run or opened.
The two dumps (every line of hold-out sets 1-58, training lines) were only read by the similarity script, which
printed this set's lines and ratios, never the dumps' or the partner's lines; as it prints only lines above 0.5, it
was also run on temporary files holding chunks and single lines of this set's own lines, to find the lines standing
between 0.49 and 0.5. No line is copied from earlier sets or from the training lines: every line's difflib ratio
(SequenceMatcher(None, a, b).ratio() with the default settings, taken both ways round) against every line of the
earlier hold-out sets' dump is at most 0.5 (highest 0.481), against every line of the training-line dump at most 0.5
(highest 0.467), no two lines of this set exceed 0.5 against each other (highest 0.355), and against set 60 the
highest is 0.442 (one run during writing showed 0.500 against set 60, but no line of this set stood there when run
alone or in chunks: set 60's file had changed in between, and no line was rewritten for it). Twenty-one lines were
rewritten, two of them twice (twenty-three rewrites), each time with new wording: twenty that first stood above 0.5,
all against the hold-out dump but one (0.709 at most, the first English line; the others short ordinary lines with
numbers, a parcel-station pickup code, a licence plate, a blood-sugar reading and a finance extension; five
organisers' notices, a group ban on this topic's ads, a removed advertiser, a water cut (0.56 against the training
dump too), a store's members' day and a chamber-of-commerce meeting; a company clock-in notice at 0.517 against the
training dump only; six short everyday lines, washing left out in the rain, a lost umbrella (0.609 against the
training dump too), the canteen's lunch, a child praised at school, a boss buying drinks and a report sent by e-mail;
the second English line; one plain ad, a mother's hand-sewn shrouds, at 0.521; and one subtle ad, a mother's paper
ingots delivered at night, at 0.548); the chamber-of-commerce notice a second time (0.563 after the first rewrite);
and two that stood between 0.49 and 0.5, reworded to keep a margin (a plain ad for overseas clan records, 0.495, and
the second English line, 0.498 after its first rewrite). The lines are meant to be scored once, blind; tuning on their
errors would spoil them.

Set 59 focuses on funerals, graves and folk services: cemetery plots and columbarium niches (双穴现房 in a new cemetery
section, a spare 骨灰堂 niche passed on, 'investment' graves 只涨不跌 with a form link, 看墓大巴 and 看墓团), 殡葬一条龙 packages and
night-duty funeral services, moving graves (迁坟起棺、捡骨装坛, a village crew, a grave-moving firm with a 400 line),
tombstones (墓碑刻字描金, a stone-carving factory), feng shui and date-picking (阳宅风水, 罗盘看宅, 择日择吉, 开业吉时, a master visiting
the estate), naming and name changes (宝宝起名, 改名 with the police-station paperwork), fortune-telling and 八字 readings
(八字详批, 合婚, 流年, 看手相面相, a street stall), matchmakers with fees (专业红娘, 婚恋会员群, a 相亲角 registration fee), shrouds and paper
offerings (寿衣, 纸扎别墅轿车, 锡箔元宝, 香烛金银纸 wholesale, 中元 offerings, 代客扫墓 at Qingming) and clan-book services (修谱续谱, 寻根问祖,
overseas clan records, 族谱排版印刷), beside ordinary chat in neighbourhood groups, family groups, company work groups, a
parents' group, an alumni group, a store's VIP customer group and a chamber of commerce. It keeps the mix real spam
has: 24 lines plain or lightly disguised (a mobile after “看墓请联系” and a manager's name; a 24-hour landline with an area
code; “微信搜” an id “找她” (the writer's mother's shrouds); “拼多多搜” a shop (an uncle's paper-offering shop); “Q号” with
“加的时候把出生年月日和时辰一起发来”; a 400 hotline; an 抖音号 with a nightly live stream and “连麦” (the writer's father's feng shui); “知乎”
with “主页搜” a column name and a paid-consultation entry (the writer's own naming); an e-mail for clan-book material;
“手机同微” with a mobile (the writer's family's spare niche); a “群号” with a member fee; “私信我发碑文和照片” (the writer's
husband's carving); “关注微博@” an account with its pinned post; a short link “留手机号领取”; a Malaysian WhatsApp number; “京东搜”
a flagship store; a landline with an extension, “转 6”; “视频号搜”; a matchmaker's “微信” id; “小窗我” to have a
fortune-teller's card pushed; a group QR code “在我朋友圈置顶”; an 有赞 shop link; “联系微信” with an id and “发个定位”; a niece's 小红书
name with “去她主页留言” (a relative's readings)) and 14 moderately (“绿泡泡” for WeChat with an id ending in Chinese digits;
“企鹅” with the number in parenthesised digits ⑵⑸⑻…; “薇❤” with the word and the id split by candle emoji; “某书搜” (the
writer's family's paper ingots); a “dy号” spaced letter by letter; the homophone “致店话” with circled digits and ⓪; “加 V”
with digits followed by full stops ⒈⒊⒏…; a “扣群” number of Arabic and Chinese digits mixed, “5二8 七73 一九0”; “shou ji
hao” in pinyin with Chinese digits; the homophone “伟信”; “丁丁群” for a DingTalk group with its number split irregularly;
“飞机号 @” as slang for Telegram; a mobile after a 📞 with ⭕ for zero; the look-alike “徽信”) and 10 heavily, with disguises
the docstrings read do not list (a mobile number in the heavenly stems, “甲丙庚 癸己戊壬 丁丙辛乙，甲是一，癸是零”; a mobile number in
trigram symbols by their Former-Heaven numbers, “☰☲☶ ☳☵☴☱ ☷☲☴☶，乾一兑二离三震四…”; a mobile number as the stroke counts of a
row of characters, “这几个字的笔画数连起来：一 山 白 人 木…”; a mobile number in Devanagari digits, “१३६ ०८५२…”; a mobile number in
mahjong character tiles, “🀇🀉🀍 🀋🀆🀊🀏…”, “白板是零”; a mobile number hidden as the first characters of a row of idioms, “一帆风顺
三阳开泰 八面玲珑 零敲碎打…”; a mobile number typed one keyboard row down, “qeo ptry uwie，数字键下面那排字母对应一到零”; a mobile number written
backwards, “自己反过来拨”; a group number as two historical years, “朱元璋登基那年后面接上甲午海战那年，末尾再补个零”; “vx” and an id in
mathematical double-struck letters and digits, “𝕧𝕩：𝕝𝕚𝕟𝕘…𝟚𝟘𝟚𝟞”) and 12 subtle (an offer with a call to action only,
none quoted by the docstrings the writer read): a Qingming coach to a cemetery from the estate's north gate at half
past seven, “车上交钱就行”; a mother's paper ingots, “想要的把楼栋和袋数留言在群里，晚饭后我骑车给送过去”; baby names for a transfer,
“给我转八十八，备注孩子姓和出生时辰”; a paper-offering group-buy, “想参加的在这条下面写门牌号”; a free grave-viewing coach at a metro exit,
“上车报“李姐”两个字送一桶油”; an aunt's date-picking at a market stall selling incense, “去了就说是三栋小王介绍的”; a matchmaker at a park's
相亲角, “穿红外套的就是我，登记一次三百”; shrouds in stock, “回个“备”字我明天统一拿货”; a village grave-moving crew, “想问价的今晚七点到祠堂门口找我”; a feng shui
master for the estate, “把两百定金放我家门口信箱里”; clan-book printing with samples at a factory gatehouse, “想修谱的过去翻翻，价格当面谈”; a
fortune-telling stall outside the seniors' centre, “算一卦二十…先到先看”. About a dozen positives are written the way members
casually sell in a group (a mother's shrouds and paper ingots, an uncle's paper-offering shop, a father's feng shui,
the writer's own naming, the family's spare niche, a husband's tombstone carving, a niece's 八字 readings, an aunt's
date-picking, the village grave-moving crew, the writer's factory printing clan books, and most subtle lines).

- `POSITIVE_59` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order. -
  `NEGATIVE_59` (100 lines): 20 that look dangerous at first sight (a funeral home's bill shared in a family, a
  cemetery's twenty-year management fee advanced, 12315 against a paper-offering shop, a mother-in-law paying two
  thousand for a 八字 name, a grave salesman's calls blocked, a memorial service with a cousin's mobile to find the
  hall, smoky incense from Taobao, clan-book money already collected and posted in the ancestral hall, grave-moving
  compensation from the village, a name change at the police station, a fortune-teller's live stream full of shills, a
  columbarium's fit-out on Xiaohongshu, a matchmaker's fee taken to the consumer association, tombstone gilding by the
  character, a village elder's red envelope for a house's orientation, an aunt's years at the funeral home, the
  civil-affairs 公众号 on booked Qingming visits, shrouds overpriced beside a hospital, a niche listed on Xianyu that the
  cemetery will not transfer, a naming master added on WeChat only to ask the price); 10 members asking or
  recommending (paperwork for moving a grave, sea burial, a naming book, an honest funeral-goods shop, Qingming
  offerings, free ash storage, banquet days at a funeral, an elegiac-couplet writer, a Zhouyi primer, a park's 相亲角
  against relatives' introductions); 10 warnings quoting or describing the scam (a fake cemetery call, “…不交就清穴”;
  “三年翻倍，公司包回购”, “改运转运，一次见效”, a door-to-door ritual for the ancestors' graves, “交两万包你半年脱单”, a fake funeral-subsidy text
  message, free 八字 tests that sell charms, a name change promising wealth, touts outside the funeral home, columbarium
  'pre-sales'); 17 lines with numbers that are not contacts (a gift-box order number, a meeting room, an electricity
  bill split four ways, a parcel-station code, a licence plate in a car park, exam scores, a blood-sugar reading, a
  finance extension, a community clinic day, a memorial service's hall and time, a receipt number, a baby's weight, a
  chess ranking, a flat's price, store points, a train and carriage, incense money spent); 7 organisers' and admins'
  own notices (an owners' group ban naming graves, niches, funeral services, feng shui, fortune-telling and paid
  matchmaking, a removed account that pushed date-picking, a water cut, a store's members' day, a chamber's council
  meeting, a clock-in time, an alumni reunion moved); 27 lines of everyday chat; 5 heated arguments without any
  selling (who paid for moving the family grave, turns at caring for a grandmother, chopping at midnight, a parking
  space taken, a family quarrel over money before a funeral is over); two English lines and two traditional-script
  lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_59 = """
南山福寿园新区刚开，朝南双穴带小院，现在订还能挑排位，看墓请联系顾经理 13957218406，陵园有专车接送。
家里老人走得突然不知道找谁的，我们殡仪服务从接运、守灵到火化一条龙全包，二十四小时值班座机 0571-86127345。
我妈自己缝的老衣，七件一套，布料可选真丝或纯棉，长短能按身高改，要看实物的微信搜 liumei_shouyi88 找她。
中元节快到了，我表舅的纸扎铺今年做了别墅、轿车、全套家电，拼多多搜“老街纸扎坊”就能下单，包邮到家。
八字详批、流年运势、合婚都能看，Q号 2750138964，加的时候把出生年月日和时辰一起发来。
迁坟起棺、捡骨装坛、新坟安葬，熟手师傅带队，外省也去，全国服务热线 400-862-1937。
我爸退休后一直帮人看阳宅风水，看过的都说准，他的抖音号 laoliu_fengshui 每晚八点直播答疑，关注了可以连麦问。
给宝宝起名的可以看看我在知乎写的专栏，主页搜“墨言取名”，付费咨询的入口就在主页右上角。
修族谱、续家谱、寻根问祖，我们工作室做了十几年，资料发邮箱 zupu_xiuzhuan@163.com，三天内给方案报价。
城西骨灰堂有个位我家用不上了，原价四万二，三万五转，手续陵园帮办，手机同微 18857306192。
单身的兄弟姐妹看过来，本地婚恋服务群号 736592041，进群先交一百九十九会员费，每周推三个对象。
墓碑刻字、描金、补字我老公都会做，三十年手艺，私信我发碑文和照片就行，价格好商量。
想择个搬家开业的好日子，关注微博@周易择吉小院，置顶那条有收费标准和排期。
陵园墓位是稀缺资源只涨不跌，买两穴放着等升值，回报比买房高，详细资料点 https://mdtz.cn/ly88 留手机号领取。
住在南洋的宗亲想回来认祖的，槟城那边几支的老谱我们都扫描存档了，直接发WhatsApp到 +60 12-438 7715 问陈先生。
祭祀用品批发，香烛、金银纸、锡箔元宝一箱起发，京东搜“慎终追远祭品旗舰店”，量大另议。
改名的手续和新名字我们一起帮你弄好，派出所那边也陪你跑，咨询座机 028-85536217 转 6，工作日九点到五点。
清明代客扫墓，献花擦碑全程拍视频给你，人在外地回不来的可以下单，视频号搜“代祭扫小队”。
本人专业红娘十二年，牵线成功三百多对，介绍费成了再付，微信 hongniang_zhangjie 欢迎咨询。
这位老先生看手相面相很灵，奶奶做寿那年请他来过，想找他的小窗我，我把他名片推给你。
陵园春季看墓团本周六发车，车上管午饭，想去的扫码进群，群二维码在我朋友圈置顶。
有赞店铺“福泽纸艺”上新了全套中元祭品，链接 https://j.youzan.com/fz3Qk2 点进去直接拍。
殡葬一条龙套餐从6800到29800都有，价格透明不加项，需要的联系微信 binyi_anxin24，发个定位马上出车。
我侄女在小红书做八字解读，挺准的，她那里叫“九宫格的小满”，去她主页留言就能约。
老家迁坟、立碑找我们施工队，工价公道，加个绿泡泡：qianfen七七三一
看风水的大师这周在本市，名额只剩五个，企鹅⑵⑸⑻⑴⑷⑹⑶⑼⑺ 预约。
寿衣🕯现货🕯男女款都有，薇🕯❤🕯：shou🕯yi🕯0519
纸扎元宝一千个只要三十八，我家自己折的，某书搜“折元宝的阿芳”下单。
算命准不准试试就知道，dy号：x i a n g s h u 8 8 6 关注后私信
有意购买陵园墓位的请致店话：①③⑨⓪⑥⑦⑤②④⑧①
择日、合婚、开业选吉时，加 V ⒈⒊⒏⒌⒍⒉⒐⒎⒋⒊⒈
婚介交友扣群：5二8 七73 一九0，进来把备注改成性别加年龄
给孩子改个好名字，一对一出方案，shou ji hao：一五九 〇六四 三七二八一
罗盘看宅、调风水、化煞，伟信：fengshui_wang1978
修谱公司建了个丁丁群，群号 38 6 14 0 27 9，进去报姓氏和支系给你报价
飞机号 @hongxian_meipo 婚恋介绍资源多，男士会员八八八
📞 1 3 ⭕ 7 2 ⭕ 5 8 9 6 4 墓园销售顾问小杨，节假日也能看墓
香烛纸钱批发，拿货找我，徽信：zhizha_laoli
八字合婚收费看，电话按天干念：甲丙庚 癸己戊壬 丁丙辛乙，甲是一，癸是零
风水堪舆预约，号码用先天八卦数写：☰☲☶ ☳☵☴☱ ☷☲☴☶，乾一兑二离三震四巽五坎六艮七坤八
起名工作室的手机号，就是这几个字的笔画数连起来：一 山 白 人 木 我 竹 大 心 乙 雨
族谱排版印刷找我们，质量有保证，联系人老吴 १३६ ०८५२ ७४९३
墓碑石材厂直销，老板电话按万子数：🀇🀉🀍 🀋🀆🀊🀏 🀈🀎🀌🀉，白板是零
算命的号码取每个成语头一个字：一帆风顺 三阳开泰 八面玲珑 零敲碎打 五福临门 九九归一 六六大顺 四海升平 二龙戏珠 七上八下 一马当先
纸扎定做，手机号是在键盘上往下挪一排打的：qeo ptry uwie，数字键下面那排字母对应一到零
迁坟师傅的电话我倒着写了，自己反过来拨：2719 4836 081
想进算命交流群的，群号是朱元璋登基那年后面接上甲午海战那年，末尾再补个零
买墓位的加𝕧𝕩：𝕝𝕚𝕟𝕘𝕪𝕦𝕒𝕟𝟚𝟘𝟚𝟞，周末有看墓专车
清明祭扫包车，南山公墓来回一人六十，明早七点半小区北门发车，车上交钱就行。
我妈这阵子天天在家叠锡箔元宝，一百个一袋卖二十，想要的把楼栋和袋数留言在群里，晚饭后我骑车给送过去。
宝宝起名的给我转八十八，备注孩子姓和出生时辰，三天内出五个名字供你挑。
中元节纸扎团购，凑满二十户我去厂里拿货，比店里便宜一半，想参加的在这条下面写门牌号。
福寿园周日免费看墓大巴，早八点人民广场地铁A口，上车报“李姐”两个字送一桶油。
择日子找我婶，她下午都在菜场门口卖香烛的摊子上，去了就说是三栋小王介绍的。
想找对象的周六下午两点到滨江公园相亲角，穿红外套的就是我，登记一次三百，包介绍到成。
寿衣现货五个码都有，家里有老人想提前备着的，回个“备”字我明天统一拿货。
迁坟的活我们村几个人在做，起棺捡骨到新坟安葬都包，想问价的今晚七点到祠堂门口找我。
请了个看风水的师父下周来小区，一家收八百，再凑三家就成行，想看的把两百定金放我家门口信箱里。
我们厂接族谱排版印刷，样本放在厂门卫室，想修谱的过去翻翻，价格当面谈。
明天上午十点我在老年活动中心门口摆摊，算一卦二十，看手相另算，先到先看。
"""

NEGATIVE_59 = """
外婆上周走了，殡仪馆一条龙收了一万八，账单我拍照发给舅舅了，几家商量着分摊吧。
今天去公墓给爷爷扫墓，陵园说管理费要续交二十年，三千六，我先垫了，发票在我这。
我打了12315投诉那家纸扎店，收了定金一直不发货，今天钱终于退回来了。
婆婆非要花两千找人算八字给孩子起名，我老公拦都拦不住，你们家也这样吗？
卖墓地的这周打了我五六个电话，张口就是投资墓位翻倍，我直接拉黑了。
爷爷的追悼会在市殡仪馆二号厅，周四上午九点，找不到地方的打我表哥电话 13906542187。
在淘宝买的香烛点起来烟特别大，给了差评，店家还打电话来求我删。
三叔说修谱的钱上个月已经收齐了，一共四万多，明细贴在祠堂墙上，谁有疑问自己去看。
迁坟补偿款下来了，村里每座坟补八千，我爸说周一去村委签字领。
改名是去派出所办的，不收钱，就是要写申请，孩子的学籍后面也得跟着改。
抖音上刷到一个算命的直播，弹幕全是托，一唱一和的，笑死我了。
小红书上有人晒新建骨灰堂的装修，跟酒店大堂似的，现在连这个都卷起来了。
红娘收了我表姐八千，介绍的三个都不靠谱，去消协投诉到现在还没下文。
墓碑上的字褪色了，陵园说描金一个字十五块，我觉得还行就让他们做了。
老家房子要翻修，我爸坚持请村里的先生看一下朝向，包了个六百的红包。
我姑在殡仪馆上了二十多年班，她说现在年轻人办丧事都越来越简化了。
市民政局公众号发了通知，今年清明公墓实行预约祭扫，要提前三天在小程序登记。
寿衣是在医院门口那家店买的，两千三，后来发现网上同款才八百，气死我了。
闲鱼上有人挂墓位转让，我打电话问了陵园，说私下转的不给办过户。
朋友给我推了个起名师傅的微信，我加了问价，一个名字要一千二，没敢要。
有人知道老家迁坟要办什么手续吗？村里说要先去镇上民政所备案。
谁家之前办过海葬？听说政府有补贴，想了解一下流程。
求推荐靠谱的起名工具书，想自己给二宝起，不想花冤枉钱。
城东那家白事店老板挺实在的，上次我家办事没多收一分钱，有需要的可以去看看。
大家清明都准备什么祭品？今年想少烧点纸，改成送鲜花。
有没有人用过民政局的免费骨灰寄存？最长能存几年？
我们这边办白事一般摆几天流水席？想参考一下预算。
想找个会写挽联的老先生，咱们小区有没有毛笔字写得好的？
推荐大家看看《周易》入门那本，不是教算命的，就当文化读物翻翻。
相亲这事你们觉得公园相亲角靠谱，还是亲戚介绍靠谱？
提醒一下，最近有人冒充陵园打电话，说“您家墓位管理费欠费，不交就清穴”，千万别转账。
所谓投资墓地，什么“三年翻倍，公司包回购”，全是骗局，我们单位老张被骗了二十万。
群里要是有人私信你说能“改运转运，一次见效”，直接举报，别信。
小心那种上门说“你家祖坟风水有问题，要做法事化解”的，开口就要上万。
婚介所说“交两万包你半年脱单”，我同事交了，现在那家店人都找不着。
有骗子冒充民政局发短信，说殡葬补贴可以领，让点链接填银行卡，大家千万别点。
网上那种“免费测八字”，填了生日和手机号之后天天有人打电话推销转运符。
别信朋友圈那种“祖传秘法改名，改完财运亨通”，都是割韭菜的。
殡仪馆门口拉客的都是中介，嘴上说“比馆里便宜一半”，最后价钱翻倍。
骨灰堂搞“预售”的千万别碰，楼都没建好就收全款，去年烂尾了好几个。
年货礼盒的京东订单号 318827460519，物流显示明天送到公司前台。
下午三点半在4楼402会议室开季度复盘会，请带上笔记本。
这个月电费单出来了，一共312.6元，四个人一人78.15。
谁今天下班经过西门驿站？我有个件压在那儿三天了，码是 8-3-1107，帮我带回来请你喝咖啡。
地库B2那台白色思域，浙A·7K32M，压着我的车位线停了一晚上，车主看到回个话。
儿子期末数学考了96，语文89，英语差点，才78。
我爸复查的空腹血糖降到6.3了，比上回的7.1好多了，饭后散步还是有用。
差旅报销单填错了的，周三之前找小吴改，她座位在财务室靠窗，内线6217。
12月7日周日上午十点社区义诊，地点在活动中心一楼。
外婆的追悼会定在11月29号上午8:30，殡仪馆三号厅，家里人提前二十分钟到。
陵园管理费收据编号 No.0047821，我放在书房抽屉里了。
今天称了一下，宝宝8.6公斤，比上个月重了400克。
象棋比赛第三轮我输了，总积分排第十二。
这套房子总价286万，首付三成，我们还在犹豫。
会员积分还剩3680，月底清零，赶紧去换点东西。
高铁G7358，十点二十二发车，7车厢，到站大概一点。
今天买的纸钱香烛一共花了146块，比去年贵了二十。
【置顶】本群只聊小区事务，凡是卖墓位、骨灰格、办白事、看风水、起名算命、说媒收钱的，一经发现先禁言再请出群。
那个头像是八卦图、天天刷择吉日信息的已经清出去了，谁再被他加好友直接拒绝就好。
物业说二号加压泵要换零件，周四白天全楼没水，家里有老人的记得先接几桶。
各位老顾客，这个月的会员日挪到周六了，当天结账积分按两倍算，储值卡也照常能用。
下个月十二号的理事会，秘书处订了会馆三楼的大会议室，议程是换届和明年会费，请理事们把那天下午空出来。
人事这边说一下，从下周一开始早上打卡截止改成八点四十五，迟到扣款的规则不变，请各部门转达。
同学们，二十周年聚会地点改到学校旁边的老食堂，时间不变。
今天冬至，你们北方吃饺子，我们这边吃汤圆。
刚送奶奶回老家，她说想在老屋住到过年。
外面突然下大雨，我早上晒的床单还在楼顶天台，完蛋了。
清明回老家的高速肯定堵，我们打算提前一天走。
昨天去给外公上坟，山上的杜鹃都开了。
会议室椅子上落了一把蓝格子折叠伞，我先放前台了，谁的自己去拿。
食堂阿姨说今天中午有梅菜扣肉，十一点半之前去才抢得到。
小宝今天拿了一朵小红花，说是午睡最乖，进门就举给我看。
爷爷以前总说人走了就是换个地方住，现在想想挺有道理的。
楼下那家包子铺换老板了，肉馅明显变少了。
周末带爸妈去植物园转了一圈，腿都走酸了。
我们家族谱上查到祖上是从江西迁过来的，挺有意思。
周总说这个季度指标提前完成了，下午茶他请，每人一杯咖啡随便点。
我算是明白了，八字这东西信则有不信则无。
外面风好大，电动车差点被吹倒。
今年第一场雪终于下了，孩子在楼下堆雪人。
我妈又在催我相亲了，头疼。
姑姑说找人给表弟算过名字，结果最后还是用了奶奶起的。
王姐，月度考勤汇总已经发你企业邮箱了，有对不上的地方你标一下我来改。
谁知道小区快递柜为什么一直是满的？
中午吃什么，外卖还是去食堂？
刚看完《入殓师》，哭得稀里哗啦。
老同学聚会的照片谁拍的，发群里呗。
爸妈金婚纪念日快到了，我们几个商量一下怎么过。
小姨家的猫生了四只小猫，全是橘色的。
今天加班到九点，地铁上人还是挤。
风水什么的我不懂，反正房子采光好就行。
你把祖坟的事拿出来说有意思吗？当年迁坟的钱是我爸一个人出的！
说好了轮流照顾奶奶，这个月又轮到我，你们一个个都装没看见是吧？
楼上天天半夜剁东西，说了几次都不听，再这样我就报警了。
你凭什么占我的车位？这是我租的，合同都在！
群里吵什么吵，老人的后事都还没办完，就为了分那点钱翻脸？
Uncle Ben asked whether we should bring white chrysanthemums or lilies to the funeral home on Saturday, any thoughts?
Mum wants the whole family at Grandma's grave by ten on the holiday; can someone check whether the hillside gates need a reservation?
今年清明我們一家人回鄉掃墓，順便看看老屋。
阿嬤說做七的習俗每個地方都不太一樣，我們這邊比較簡單。
"""
