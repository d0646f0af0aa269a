"""Hold-out set 39 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-38 (see holdout_data.py), at the same time as set 40 (written by another helper; this set
was checked against set 40's file as it stood when this one was finished, its lines compared by the similarity
script only and never read: highest ratio 0.483, after one line of this set that stood at 0.519 was rewritten).
The writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc,
opened nothing under src/, tests/ or docs/, ran no detector, no qungui command and no benchmark on these lines
(bench_holdout.py included) and did not import qungui; holdout_data.py (lines 1-180, its docstring) was opened
only for the labelling rules and the history of earlier sets, and holdout37_lines.py and holdout38_lines.py only
for their module docstrings (the file format and their topic lists and calls, to avoid repeating them; their
lines were not read, except that a look at holdout38_lines.py's layout by line number showed the first six
characters of one of its positive lines). The two dumps (earlier hold-out lines, training lines) were only read
by a similarity script, never line by line. No line is copied from earlier sets or from the training lines:
every line's difflib ratio (SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line of
the earlier hold-out sets' dump is at most 0.5 (highest 0.495) and against every line of the training-line dump
at most 0.5 (highest 0.471), and no two lines of this set exceed 0.5 against each other (highest 0.464). The
lines are meant to be scored once, blind; tuning on their errors would spoil them.

Set 39 focuses on second-hand goods, recycling and buying-up: gold, silver and jewellery buying (黄金回收, 金条,
金银首饰, 铂金钻戒, 以旧换新), luxury bags and watches (奢侈品回收, 二手名表, 包包寄卖, 鉴定), used phones,
laptops, cameras and graphics cards bought up, used furniture and appliances (旧家电回收, 二手家具, 翻新冰箱),
flea markets and 闲鱼-style resale (跳蚤市场, 旧物置换, 闲鱼代卖), pawn shops (典当行, 绝当), second-hand books,
textbooks and exam materials, old coins, banknotes and stamps bought up door to door (上门收购, 银元, 袁大头,
第三套人民币, 整版邮票), and used clothes bought by weight, in neighbourhood, work, parents' and hobby groups. It
keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id after "加我微信", "vx", "加v", "wx",
"V❤", "加微" or "微信搜"; a mobile number after "电话" and a relative's "他手机"; "微信同号"; a shop landline; a
QQ number with "备注"; a QQ group number; "私我"; "私聊"; a 有赞 shop link; a 金数据 sign-up link; a t.me
channel; a 闲鱼 shop name to search; an e-mail address; a 小红书 account number; a WhatsApp number; a 公众号
name with "后台留言"; a 视频号 name) and 14 moderately (digits spaced in groups, Chinese digits with 零 after
"打", circled digits with ⓪, 幺/两/洞 in groups, upper-case Chinese digits in groups, "扣扣" with Chinese
digits, "企鹅" with dash-grouped digits, "绿泡泡" with an id, "纸飞机" with a handle, a url.cn short link, a
full-width id after "ｗｘ", "v x" with a spaced-letter id, digits mixing Arabic and Chinese "1五9 三7二0", "加薇"
with an id) and 10 heavily, with disguises the docstrings read do not list (superscript digits "¹³⁶ ⁵⁸⁰⁷";
mathematical sans-serif bold digits "𝟭𝟱𝟬"; digit homophones read aloud "腰伞巴 舞灵酒期" with "按谐音读";
Cyrillic look-alike letters "ѵх" with a Cyrillic-mixed id; regional-indicator letters "🇻 🇽" spelling the id
too; 加 and 绿泡泡 split into their parts "力口纟录氵包氵包"; pinyin initials "jwx" for 加微信; a mobile number
written backwards with "从后往前读"; a mobile number with every digit raised by one and "每一位都减一"; small
capital letters "ᴡx" with a small-capital id) and 12 subtle (an offer with a call to action only, none listed by
the earlier sets' docstrings that the writer read: "这周三上午九点到十一点我在社区活动室门口收金银首饰，带上身份证",
"想卖的在下面留个电话和型号，我一个一个打回去报价", "把旧衣服装袋挂自家门把手上，明早七点我挨家过秤",
"回复“估价”两个字，我把今天的金价和回收价目表单独发你", "每周六上午带着东西到文化宫二楼走廊，我当面看货给价",
"先拍五金、走线、内标三张细节图给我发过来", "把楼号门牌写在物业前台那个本子上，我每天下午去翻",
"看中哪件先转我一百定金", "有金条想变现的拍一拍我头像", "典当行对面那辆白色面包车就是我",
"开学前一周我在校门口摆张桌子，拿来按本换钱", "看到蓝色三轮车招个手就行"). About 15 positives are written
the way members casually sell in a group (a cousin's luxury consignment shop, a dining table and chairs left
from a move, a graduate's exam materials, a father's commemorative gold coins, two boxes of picture books, one's
own old books on 闲鱼, one's own Chanel and Hermès scarves on 小红书, an uncle's pawn shop, a brother
reselling Switch games, an uncle buying old sewing machines and radios, a best friend's bag consignment, a wife's
gold trade-in, clothes bags hung on door handles, moving-sale pots and pans held for a deposit, old textbooks
bought at the school gate).

- `POSITIVE_39` (60 lines): gold and jewellery buying, used phones, a cousin's luxury consignment shop, a dining
  set from a move, used watches (V❤), silver dollars and stamps bought door to door (mobile), appliance removal
  (微信同号), a pawn shop (landline), laptops and mining cards (QQ), exam materials (QQ group), commemorative
  gold coins, picture books, used lenses (有赞 link), a luxury-appraiser course (sign-up link), a daily
  gold-price channel (t.me), a second-hand bookshop on 闲鱼, company servers and data wiping (e-mail), Chanel
  and Hermès on 小红书, gold bought in Vancouver (WhatsApp), an uncle's pawn shop, clothes by weight, Switch
  games, old coupons and badges (公众号), a live-stream coin appraiser (视频号); then cameras and drones (spaced
  digits), waste paper (Chinese digits), sewing machines (circled digits), platinum rings (幺), watch repair
  (upper-case digits), graphics cards (扣扣), a 闲鱼 selling errand (企鹅), bag consignment (绿泡泡), iPhones
  bought overseas (纸飞机), a phone-valuation mini-program (short link), refurbished fridges (full-width),
  silver dollars and copper coins (spaced letters), furniture bought with a mover (mixed digits), gold trade-in
  (加薇); the ten heavy lines (gold buying, textbooks, designer bags, watch consignment, sheet stamps, air
  conditioners, pawning, used phones, silver dollars, luxury bags and watches); and the 12 subtle lines.
- `NEGATIVE_39` (100 lines): 21 that look dangerous at first sight (the property office's landline for bulky
  furniture, an IT colleague's extension for a laptop write-off, a 闲鱼 order number, an SF tracking number for a
  phone sent to a recycler, "加我微信" to a colleague for an office-chair list, the commerce bureau's trade-in
  subsidy QR code, a bank's gold buy-back hotline, the central bank's site on damaged notes, a 12315 complaint, a
  teacher's phone for textbook donation, a clothes-bin maintenance 400 number, a library's donation e-mail, an
  invoice number, the Shanghai Gold Exchange site, the union's account for a charity sale, "私聊我" between
  colleagues for an inventory sheet, a letting agent's phone from a landlord, an Apple repair order number, the
  street office's recycling-station phone, a pickup code for a 闲鱼 return, a boss adding a colleague on WeChat
  for a projector write-off); 13 members asking (a fair gold buyer, a used-phone shop, a cot, old fridges, what
  a mother's LV bag is worth, a pawn shop's interest, used physics and chemistry study guides, silver-dollar
  prices, which used piano, checking a used camera, consignment commission, a data-wiping app, a clothes
  collection point); 10 warnings or complaints
  quoting the ad or scam ("高价回收旧手机，加微信秒到账", a rigged door-to-door gold scale, a 闲鱼 buyer's
  QR code, a coin-appraisal fee, "奢侈品免费鉴定，先交500保证金", fake charity clothes bins, "当期满不赎就绝当",
  "二手教材代购，先付全款包邮", "旧手机换不锈钢盆", a fake consignment refund call); lines with numbers that are not
  contacts (buy-back against selling prices, books sold by weight, two flea-market 接龙 lists, a flat number,
  a watch's price then and now, a used iPhone's price, charity-sale takings, exam books given away, stall draw
  numbers, a washing-machine repair, a banknote's value, upcycling scores, a gold bar's worth, cardboard prices,
  a book auction, a guitar's resale, textbooks counted by class, a watch's serial number, a uniform deadline,
  gold purity in full-width digits); organisers' and admins' own notices (a restated ban on buying-up ads, a
  community swap market, a parents' committee collecting textbooks, a company rule on old computers, a removed
  silver-dollar ad, corridor furniture, a swap-thread rule, a stamp club, a class teacher selling exercise books
  for class funds); everyday chat about gold, pawn shops, stamps, used fridges, flea markets and 闲鱼; four
  heated arguments without selling; two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an
outside group or contact, is solicitation (positive); an organiser's own notice inside its own group is not,
nor is a member asking for or recommending something inside the group, nor a warning quoting an ad, nor a
contact passed on for work. Genuinely ambiguous lines were dropped. One message per line.
"""

from __future__ import annotations

POSITIVE_39 = """
金银首饰、断了的旧项链旧戒指都收，按当天大盘价走，不压秤不扣损耗，加我微信 jinhang_laozhou 报克数
二手苹果华为高价收，屏碎了进过水的也要，vx：shouji_huishou66 发型号秒报价
我表姐在万象城边上开奢侈品寄卖店，LV、古驰九成新的包都能放她那卖，加v：jijie_xiaofang
搬家清出来一张实木餐桌带六把椅子，八成新，三百块自己拉走，wx：lingling_0712 看图
劳力士 欧米茄 浪琴二手表回收寄卖，带盒带卡价格更高，V❤：biaohang_gz
上门收购老银元、袁大头、第三套人民币和老邮票，现金结算，电话 13872046518 王师傅
旧空调旧冰箱旧洗衣机上门拆走，免费清运还倒给钱，15927730481 微信同号
城东典当行，急用钱可当金条、名表、车子，利息按月算，门店电话 027-83561420
回收旧笔记本、台式机和矿卡，开不了机的也收，QQ 2845107736 备注“收电脑”
我是今年毕业的学姐，考研408全套资料和真题低价出，进我建的转让群，QQ群 638920175
我爸单位退休发的纪念金币一套，放家里也用不上，想出给懂行的，有意私我
两箱绘本和少儿百科，孩子大了不看了，便宜打包出，感兴趣的私聊
收来的二手相机镜头都上架到我的有赞小店了，进去随便挑：https://shop187320559.youzan.com
奢侈品鉴定师线上培训第三期招生，学会了自己就能做回收，报名链接 https://jinshuju.net/f/LuxJianDing3
黄金白银铂金每日回收报价频道，实时更新不加价，进 t.me/huishou_jiage_daily
我家的二手书都挂闲鱼了，搜店铺“老陈旧书摊”就能找到，绝版小说和连环画都有
批量回收公司淘汰的电脑服务器，出具数据销毁证明，报价单发 it_recycle2026@163.com
我自己用过的香奈儿和爱马仕丝巾都放小红书上卖了，搜号 8812047365 看实拍
在温哥华的阿姨们，旧金饰回国不好带，我这边上门收，WhatsApp +1 604 382 7719
我舅在城南开典当行，金子手表都能当，报我名字利息少点，他手机 18627315940
收旧衣服旧鞋子旧包包，五毛一斤上门过秤，满二十斤起收，加微 jiujiyi_huishou
我弟在闲鱼专门倒二手 Switch 和游戏卡，比店里便宜一截，微信搜 game_aqiang 就是他
老物件、粮票布票、像章、连环画高价收，关注公众号“老城收藏铺”后台留言
每晚八点直播鉴宝，顺便收老钱币老邮票，视频号搜“钱币老杨”进直播间
二手单反、镜头、无人机回收，当面验机当面结，电话 139 0571 2486 微信一样
收旧书旧报纸旧纸箱，一斤八毛，要卖的打一五八二七六四零三九一，上门收
我叔收老式缝纫机和老收音机，上海牌蝴蝶牌都要，找他①⑧⑨⑥②⑦③⓪④⑤①
铂金钻戒回收，证书还在的价更高，幺三八 两洞七五 九四幺六
名表回收维修保养，劳力士帝舵现金收，壹叁伍 柒贰零捌 陆玖肆叁
二手显卡主板内存条按批收，量大价优，扣扣：三零七五八二六一九
闲鱼代卖服务，你出东西我帮你拍图挂链接，卖出抽一成，企鹅 1598-2203-47
闺蜜做包包寄卖的，卖出去才收佣金，需要的加她绿泡泡 bagshare_nana
海外直收二手 iPhone 全系，价格高过国内回收站，纸飞机 @iphone_buyback_hk
旧手机估价小程序，输入型号十秒出价格，点 url.cn/5tRkJvA
二手冰箱洗衣机翻新出售，保修一年包送货，ｗｘ：ｊｉａｄｉａｎ＿ｆｘ
祖上传下来的银元铜板、清代铜钱都收，老师傅当面掌眼，价钱好商量，v x：y y w 9 6
搬家公司合作清旧家具，能用的折价收，电话1五9 三7二0 8八6四
我老婆做金银首饰以旧换新，只加手工费就能换新款，有兴趣的加薇 goldmom_wei
黄金回收一克比同行高五块，电话¹³⁶ ⁵⁸⁰⁷ ²²⁹¹
整套旧教材收，初中高中都要，微信同号 𝟭𝟱𝟬𝟯𝟲𝟲𝟴𝟬𝟮𝟭𝟵
名包回收，号码按谐音读：腰伞巴 舞灵酒期 溜思伞耳
闲置名表寄卖，加 ѵх：ѕесоnԁ_wаtсh
收整版老邮票和纪念张，🇻 🇽：🇱 🇦 🇴 🇾 🇴 🇺
旧空调旧热水器回收，力口纟录氵包氵包：kongtiao_zhang
典当急用钱找我，jwx dangpu777，看到秒回
旧手机上门收，联系电话从后往前读：93821076831
收银元袁大头，手机号每一位都减一就是：24683579324
二手奢侈品包表收购，ᴡx：ʟᴜxᴜʀʏ_ʜᴜɪꜱʜᴏᴜ
这周三上午九点到十一点我在社区活动室门口收金银首饰，带上身份证，当场称重当场转账
收旧手机，想卖的在下面留个电话和型号，我一个一个打回去报价
要清衣柜的，把旧衣服装袋挂自家门把手上，明早七点我挨家过秤，一块一斤付现钱
回复“估价”两个字，我把今天的金价和回收价目表单独发你
老邮票老钱币想出手的，每周六上午带着东西到文化宫二楼走廊，我当面看货给价
想卖包的先拍五金、走线、内标三张细节图给我发过来，鉴定完马上开价
家里旧冰箱旧空调要处理的，把楼号门牌写在物业前台那个本子上，我每天下午去翻
搬家甩卖的那些锅碗瓢盆，看中哪件先转我一百定金，东西给你留到周末
有金条想变现的拍一拍我头像，我看到就回
下周起每天下午三点到五点，典当行对面那辆白色面包车就是我，旧手机旧电脑现场验现场收
旧课本别当废纸卖了，开学前一周我在校门口摆张桌子，拿来按本换钱
旧家具收不收看东西，明天我开三轮在小区里转一圈，看到蓝色三轮车招个手就行
""".strip()

NEGATIVE_39 = """
物业通知：大件旧家具请勿堆在楼道，需要清运的打物业办公室 0571-88213304 预约，周二周五统一拉走
张工，你那台旧笔记本报废要走资产流程，找IT的小孙，他分机 8207
我闲鱼上卖的那个电饭煲，订单号 3192847560112837，买家说没收到，有人遇到过吗
上周卖给回收平台的那台旧手机，顺丰 SF1428830675921，三天了还卡在中转站没动
刘姐加我微信一下，公司要处理的旧办公椅清单我发你核对
商务局以旧换新补贴下周一开始，扫社区公告栏上的二维码就能申请，最高补两千
银行的金条回购热线 95566 我打过了，人家说只收本行卖出去的
人民银行官网 www.pbc.gov.cn 上有残缺币兑换办法，旧钱币破了可以去柜台换
那家回收店压价还扣押金，我已经打 12315 投诉了
旧课本捐给下一届的事，班长直接联系王老师，她电话 13506718842，别在群里刷了
社区旧衣回收箱满了，我刚打箱子侧面印的维护电话 400-820-6633，说明天来清
图书馆捐书要先把书单发到 donate@hzlib.org.cn，审核通过再送过去
发票号码 04493817 那张是上个月卖旧电脑的收入，财务说要补登记
上海黄金交易所官网 sge.com.cn 能查当天基准价，别光听金店的
工会公众号发了周末爱心义卖的通知，旧物捐赠在三楼工会办公室登记
小周私聊我一下，下午库房那批旧显示器的盘点表要你签字
房东说屋里旧家电让我找中介小李处理，他电话 18857102264，我晚点打
维修单号 WX20261118-0372，苹果店说换下来的旧主板不退给顾客
刚问了街道办，他们废旧物资回收站的电话是 87019255，工作日上班，大件要提前约
闲鱼退货我约了上门取件，快递小哥说明天来，取件码 6628
领导加我微信说把那批淘汰的投影仪拍照发他，准备走报废
有没有人知道哪里回收黄金价格公道点？金店说要扣百分之十五的损耗
求推荐靠谱的二手手机店，想给我妈换个备用机，预算五百以内
谁家有不用的婴儿床？二手的就行，我出钱买
请问大家旧冰箱一般怎么处理，卖给收废品的还是等以旧换新？
家里有个LV老花是我妈十年前买的，懂行的帮看看现在大概值多少
有没有人去过城西那家典当行？当东西利息是怎么算的
求高三物理化学的旧教辅，有学长学姐用完的吗？
谁知道袁大头现在什么行情？我外婆留下来两枚
二手钢琴买雅马哈还是国产珠江好，有懂的说说
闲鱼上买二手相机怎么验货比较保险？
大家注意：最近有人发“高价回收旧手机，加微信秒到账”，寄过去以后就被拉黑了
上门收黄金的别信，他们的秤有问题，我妈那条项链愣是称少了三克多
闲鱼买家让你加微信、扫他发的码收款，百分百是骗子，我刚遇到一个
说你家硬币值几十万、先交两千评估费的拍卖公司全是骗局，新闻都报了
那个“奢侈品免费鉴定，先交500保证金”的广告谁发的？群主赶紧踢了
小区门口那些旧衣回收箱有的是冒充慈善的，衣服拉走就拿去卖钱
典当行说“当期满不赎就绝当”，我提前一天去赎也收了三个月利息，太坑
有人私信我说“二手教材代购，先付全款包邮”，付了钱就没影了，大家小心
摆摊说“旧手机换不锈钢盆”的，图的是你手机里的数据，千万别换
刚接到电话说我的奢侈品寄卖订单异常要退款，让我开屏幕共享，直接挂了
今天金价回收 612 一克，金店卖出 798，中间差了快两百
旧书卖了三十七斤，一斤六毛，总共二十二块二
跳蚤市场接龙：1.张阿姨 童书 2.小李 旧台灯 3.周老师 象棋 4.王哥 自行车
我家 3 号楼 1204 那套旧沙发周六扔，物业说先放一楼大厅
这块表 2016 年买的 45800，现在回收报价才 21000
二手 iPhone 13 128G 闲鱼上普遍两千三左右，别被坑了
今天义卖一共卖出 86 件，收入 1430 元，全部捐给敬老院
考研资料我用了 2 年，画满了笔记，12 本都送学妹了
中签号码 17、23、41 的请到服务台领跳蚤市场摊位牌
这台洗衣机 8 公斤滚筒，用了 6 年，修一次 380 值不值？
第三套人民币的枣红一角，品相好的据说能到两百多
旧物改造比赛结果：一组 92 分，二组 88 分，三组 85 分
金条 50 克一根，按今天价格算三万出头
收废品的大爷说纸箱一块二一斤，比上个月涨了两毛
二手书拍卖会一共拍出 58 本，最贵的一本 320 元
我那把旧吉他 2019 年 1580 买的，现在闲鱼上同款 700 都难卖
毕业班课本回收统计：一班 43 套，二班 39 套，三班 41 套
跳蚤市场报名接龙：5. 陈阿姨 毛线帽 6. 老赵 旧磁带 7. 小敏 绘本 8. 周叔 茶具
那块表表背编号 K7Y3882 我查过了，是正品，放心戴
11月30号前把旧校服交到教务处，按尺码分好
重申一下：群里谁再发收金子、收名表、当铺的广告，直接移出不提醒
【社区通知】本周六上午 9 点小区广场旧物置换集市，摊位免费，要摆摊的在群里接龙
家委会：毕业班旧课本本周五统一收，放教室后面的纸箱里，捐给山区学校
公司行政：淘汰的旧电脑统一由资产部处理，个人不得私下卖给回收商
管理员提醒：刚才那条收银元的已经删了，人也踢了，大家别加
物业：楼道堆放的旧家具周三前不清走，周四统一当垃圾处理
群主：闲置互换请在周末帖里回复，平时别刷屏
老年大学集邮班下周二交流会，各自带三枚邮票来分享，不买卖
班主任：旧练习册不要扔，周一带来学校统一卖掉，钱作班费
我妈把我爸年轻时的手表拿去卖了，才给八百，心疼死了
闲鱼上卖东西遇到砍价砍一半的，真想直接拉黑
旧衣服我都剪了当抹布，捐箱子还担心是假的
昨天逛了旧书市场，淘到一本八十年代的新华字典，才五块
典当这个行业现在还有人做吗，感觉都是电视剧里才有
我爷爷那本集邮册翻出来了，全是生肖票，留着当念想
买二手冰箱真的要谨慎，我家那台用了三个月压缩机就坏了
金价涨成这样，当年结婚没多买点真是后悔
女儿的钢琴不学了，放着占地方，又舍不得卖
包包寄卖行一般抽几个点？听说要百分之二十
二手手机卖之前最好先恢复出厂设置，再把云账号退出来
旧家电以旧换新那个补贴我上周领到了，真的到账了
收破烂的老张这礼拜都没来，听说是腰扭了
我觉得二手奢侈品水太深了，还是买新的踏实
昨天在跳蚤市场买了个老式收音机，回家居然还能响
老公非要把结婚金镯子拿去换新款，我不同意，吵了一架
孩子旧玩具太多，打算周末整理一下送给表弟
二手家具市场那边在拆迁，以后淘东西更难了
有没有推荐的手机数据擦除软件？卖之前想清干净
谁知道附近哪里有称旧衣服的回收点？我家攒了三大袋
你自己说好三百卖给我的，现在又说有人出四百，做人能不能讲点信用！
别阴阳怪气的，我卖我自己的旧东西关你什么事？
什么叫我占小区便宜？旧家具是你自己扔在楼道的，我捡了有错？
你那台二手电脑卖给我三天就黑屏，还说不退？你良心呢？
Is the pawnshop next to the bus terminal still open on weekends? I need to get my grandpa's watch back.
I sold my old MacBook to a recycler last week and they wiped it in front of me, pretty reassuring.
我阿嬤留下的金手鐲，打死也不賣，留給孫女當嫁妝
二手書店今天關門了，老闆說房租漲太多撐不下去，好可惜
金店的回收价是按 ９９９ 足金算的，我那条是 ９９０，每克少了十几块
我在闲鱼卖旧书，一本本包好寄出去，算下来邮费比书还贵
""".strip()
