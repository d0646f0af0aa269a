"""Hold-out set 92 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written on 2026-11-25, after sets 1-90 (see holdout_data.py, whose docstring covers sets 1-88; sets 89 and 90 are
described in their own docstrings), at the same time as set 91 (written by another helper; this set was checked by the
same script against set 91's lines as they stood at each run from the second on, unread: highest 0.396 at the end among
the lines whose closest group it is, as the script showed it), and kept unscored until it is scored once, blind. The
writer read no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing
under src/, tests/, docs/ or .ci/, imported nothing from qungui, ran no qungui command, no git command and no file in
benchmarks/ (no benchmark); holdout_data.py, holdout89_lines.py and holdout90_lines.py were opened only for their module
docstrings, printed with ast.get_docstring (the labelling rules, the history and topics of sets 1-90, the file format,
the docstring style and the disguises and codes already used, to avoid repeating them; their lines and the code below
the docstrings were not read). The three docstrings were saved to the writer's own temporary folder (made with mktemp
-d; the same command counted their sizes with wc -c and checked set 91's path with test -f) and paged through there with
cat (the holdout_data.py docstring's output was cut in the middle by the tool, so its lines 150 to 440 were then printed
with sed in two parts), joined into one file with cat and searched with one loop of greps counting eighty-five words and
signs for the digit scripts, lookalike letters, split characters, emoji, homophones and codes considered here (nine were
found: Odia only inside zodiac, subscript only in milk subscriptions, negative only as negatives, surname only as
agents' and masters' surnames, square only in a square metre, Bopomofo as the code set 89 used, card in thirteen lines
and month in seven, neither shown, while poker, 扑克 and 黑桃 were not found and the months of festivals had been read
already) and one grep -n for five of them (subscript, Odia, square, negative, surname) showing the lines that held them,
nothing else in them. pyproject.toml was not opened (ruff format and ruff check were only run on this file, from the
checkout's root). The benchmarks folder was not listed; this file's own path was checked for existence by its exact path
(test -f) before it was first written; set 91's file was only checked for existence by its exact path (test -f, before
every run of the script: it did not exist at the first run, which therefore compared this set with the dumps and itself
only, and existed at every later one, when it was passed) and only loaded by the similarity script, which never printed
its lines. The folder holding the similarity script was not listed and no file in it was opened; the script was only
run. No slip to report. Nothing outside these limits was opened, listed or run. The lines were drafted as Python lists
in the writer's own temporary folder and written to this file by a small script of the writer's own (which also checked
the counts, that no line repeats and the absence of triple quotes and backslashes), with two helper modules there that
turned digits into the other scripts below and spelt out the coded numbers; another small script made the rewrites from
lists of replacements, another wrapped this docstring to 120 columns of display width, and one-line scripts printed the
converted digits and coded numbers, the draft lines with their lengths for review, the count of the search words and,
over this set's own lines alone, their difflib ratios against each other; awk, sort, grep, head and tail read the saved
output of the runs at 0.30 there to take the highest ratio per group. The similarity script read this file: it printed
this set's lines and ratios, never the dumps' or the partner's lines; it was run nine times: three times at the required
floor of 0.49, three times at 0.47, to find the lines standing just below it, once at 0.30 on the finished lines, and
once at 0.47 and once at 0.30 on the finished file with this docstring, the runs at 0.30 only to read the highest ratio
per group for this docstring (no line changed after the first run at 0.30). No line is copied from earlier sets or from
the training lines: every line's difflib ratio against every line of the hold-out dump is at most 0.49 (highest 0.469),
against every line of the training dump at most 0.49 (highest 0.448), against set 91 at most 0.49 (highest 0.396 among
the lines whose closest group it is; the script prints each line's highest ratio only, so a line closer to a dump may
stand a little nearer set 91, but under its own highest, at most 0.469), and no two lines of this set exceed 0.49
against each other (the script showed 0.301 at most among the lines closest to this set; the writer's own difflib check
over this file's lines alone gives 0.328 for the closest pair, two subtle positives: cardboard weighed at a bike shed
and empty toner cartridges bought in a car park).

Thirty-four lines were rewritten for similarity, seven of them more than once (forty-three rewrites), each time with new
wording, not a synonym swap; no code was changed, though three coded lines (the heavenly stems, 百家姓 and the primes)
were reworded. In the first pass, at 0.49 and on this file alone (set 91's file did not exist yet), twenty-five stood at
0.49 or more (0.778 at most, a projector's remote control gone from a meeting room, against the hold-out dump),
twenty-one against the hold-out dump and four against the training dump: five positives (an appliance buyer's spaced
mobile, 0.548; a pick-up mini-program, 0.514; the heavenly stems, 0.526; 百家姓, 0.495; the primes, 0.561) and twenty
negatives (a shredder's invoice, 0.493; a child's test scores, 0.636; steps walked, 0.562; a father's blood pressure,
0.684; the group rule, 0.538; an alumni return day, 0.540; a weekly meeting moved, 0.529; a cat gone from a window,
0.549; keys found in a lift, 0.586; a check-up, 0.537; a contract mailed, 0.511; a class reunion, 0.652; water cut off,
0.524; osmanthus in flower, 0.516; a cold snap, 0.733; the remote control; an old school uniform kept for a cousin,
0.526; a salty canteen dish, 0.692; cardboard blocking a stairwell, 0.516; the second English line, 0.544). The chat
lines that stood high were given new subjects (a colleague's day off, a neighbour's parrot, a grandmother's cataract, a
table marked in yellow, roommates at a barbecue, a gas inspection, lotus leaves, first snow, a stapler, a down jacket
sent to a niece, a noodle shop's queue, an old door in a stairwell, among others). In the second pass, at 0.49, with set
91's file passed from then on, five: the invoice (0.525, now a special invoice's tax rate), a school bag left by a slide
(0.508 against the training dump, now a water bottle under a swing), the gas inspection (0.609 against the training
dump, now a father ordering 螺蛳粉), the lotus leaves (0.550 against set 91, now dried radish and sparrows) and an
English line about a shift (0.495, now an expense system's password). A run at 0.49 then found none (0.490 at most,
under the floor). In the fourth pass, at 0.47, twelve standing between 0.471 and 0.490: donated books' pickup code
(0.486, now a 德邦 waybill), a 腾讯会议 number (0.484, now a 钉钉 meeting room), picture books to borrow (0.480, now a
swap asked about), a cold forecast (0.471, now radiator readings), a composition (0.480, now a grandfather's bicycle
told in class), the dried radish (0.476, now 越剧 on a smart speaker), a badminton court (0.490, now a table tennis club
moved), first snow (0.476, now a guitar), the noodle shop (0.476, now a library open late), a traffic jam (0.471, now
dumplings delivered to the wrong block), clerical script practised (0.483 against the training dump, now the character
永) and the first English line (0.482, now mattresses booked for pickup); in the fifth, one: 越剧 (0.511 against the
hold-out dump, now a grandmother sewing on a button). A run at 0.47 then found none (0.469 at most), and runs at 0.30,
and at 0.47 and 0.30 on the finished file with this docstring, gave the figures above. Lengths run from 27 to 71
characters for the positives (the longest the primes) and 16 to 52 for the Chinese negatives (the English lines 128 and
105, the traditional ones 24 and 20). The lines are meant to be scored once, blind; tuning on their errors would spoil
them.

Set 92 focuses on recycling and second-hand buyers sold into groups: old appliances bought and removed (an appliance
buyer with a spaced mobile, air conditioners removed and bought in Tamil digits, appliances by the heavenly stems, air
conditioners by playing cards, air conditioners bought in the estate next Tuesday with flats posted in the group, a
stripped-appliance parts stream on 📺频号), old phones and electronics (old phones by QQ, computers in a 转转 shop,
broken phones in negative circled digits, phones by a children's digit song, phones and power banks priced at a market
stall), books and textbooks (old books by "V：", junior-school workbooks in a 淘宝 shop, a 孔夫子旧书网 stall, revision
papers by a QQ group, a textbook swap by parenthesized digits, old books by 百家姓, textbooks by square roots,
third-grade workbooks left on the writer's desk), clothes (a vintage shop on 小红书, old clothes by the jin in Lao
digits, old clothes collected from replies under the message), scrap metal and cardboard (a cousin's scrap station by
WeChat id, the family's scrap yard on 快手, an uncle's steel yard with a spaced mobile, batteries and cables in Bengali
digits, factory offcuts in Tibetan digits, a baling station in subscript digits, scrap by the Earlier Heaven trigrams,
copper and aluminium by the lunar months' names, cardboard by letters typed on a phone's nine-key pad, cardboard weighed
at a bike shed, copper wire from a van at the north gate), recycling machines and stations (recycling machines' sites on
a 400 line, a recycling station's 公众号 with a word to send, a pick-up mini-program), flea markets and moving-out sales
(a flea market's 视频号, the writer's moving sale on 闲鱼 and with a dashed mobile, a sofa and fridge seen at flat 1502,
patchwork bags at a square's market, a child's picture books on 门木鱼), pawn shops and gold (a pawn shop's landline,
gold and silver dollars by a mobile that is also WeChat, gold bought at a shop by a bank), used office furniture (a
clearance by e-mail, a brother-in-law's furniture clearing in double-struck digits, office furniture by primes, office
chairs at twenty each, the writer's own bookshelf and chairs by WeChat id, a sister's refurbished printers on 拼多多,
empty toner cartridges in a car park) and old coins and stamps (a free valuation on a short link, a husband's 抖音
stream, stamps and coins by small capitals, a coin group by QQ 君羊, stamps by idioms' missing numbers, coins bought at
a seniors' activity room), with old liquor bottles in Devanagari digits and old redwood furniture by Cyrillic letters;
beside the estate's waste-sorting rules, the property office's recycling day, a member giving cardboard away free, lost
things, a company's asset disposal to its own staff, warnings about recycling scams, ordinary chat in owners' and
neighbourhood groups, company work groups (administration, finance, IT), family groups, parents' class groups, an alumni
group and hobby groups (table tennis, calligraphy, photography).

It keeps the mix real spam has: 24 lines plain or lightly disguised (an appliance buyer's spaced mobile and surname; a
cousin's scrap station with a WeChat id; old phones with a QQ; a pawn shop's landline; recycling machines on a 400 line
with an extension; office furniture by e-mail; coins valued on a short link, dwz.cn/…; a husband's 抖音号; the family's
scrap yard to search on 快手; the writer's workbooks in a named 淘宝 shop; a sister's 拼多多 shop; the writer's
furniture to search on 闲鱼; a vintage shop on 小红书 with private messages; a flea market's 视频号; a station's 公众号
with a word to send; a mini-program to search in WeChat; old books with "V："; a moving sale with a dashed mobile; gold
with a mobile that is also WeChat; the writer's bookshelf with a WeChat id; an uncle's steel yard with his spaced
mobile; revision papers by a QQ group; the writer's 转转 shop; the writer's 孔夫子旧书网 stall), 14 moderately, with
disguises the docstrings read do not list (Bengali digits ১৩৯…; Devanagari digits १५८…; Tamil digits ௧௮௨…; Lao digits
໑໓໗…; Tibetan digits ༡༥༩…; double-struck digits 𝟙𝟛𝟟…; negative circled digits ❶❼❻… with ⓿ for zero; subscript digits
₁₃₈…; parenthesized digits for a QQ, ⑵⑷⑺…; Cyrillic lookalike letters for wx and an id, ԝх：реасһ…; small capitals for
an id after ᴠ信; 闲 split into 门木, 门木鱼; 群 split into 君羊, QQ君羊; the television emoji for 视, 📺频号) and 10
heavily, with codes the docstrings read do not list (a mobile in the heavenly stems, 甲 as one and 癸 as zero; a mobile
as surnames of 百家姓, 赵 as one and 陈 as zero; a mobile in the Earlier Heaven trigram numbers, 乾 as one to 坤 as
eight; a mobile as the pictures of a children's digit song, a pencil for one to an egg for zero; a QQ as the missing
numbers of nine idioms; a mobile as each digit's place among the primes, 2 as one and 29 as zero; a mobile as the lunar
months' other names, 正月 as one and 阳月 as zero; a mobile as playing cards, the ace as one and the ten as zero; a QQ
as square roots; a QQ as letters typed on a phone's nine-key pad) and 12 subtle (an offer with a price or a call to
action only, none quoted by the docstrings read): cardboard at eighty fen a jin weighed by building 3's bike shed on
Saturday morning; phones and power banks valued at a stall by the east gate market on Sunday; workbooks at fifteen a set
left on the writer's desk with a payment code; a sofa and a fridge seen at flat 1502 after seven; copper wire at
thirty-eight a jin brought to a van at the north gate at seven; coins and stamps bought for cash at a seniors' activity
room on Thursday; office chairs at twenty each, floors posted in the group; patchwork bags at thirty-five at a square's
Saturday market; gold at five under the day's price at a shop by a bank; old clothes at fifty fen a jin, a word replied
under the message; toner cartridges at ten to twenty-five in a car park at lunch; air conditioners at two to six
hundred, flats posted in the group. About a dozen positives are written the way members casually sell in a group (a
cousin's scrap station, a husband's stream, the family's scrap yard, a sister's shop, an uncle's steel yard, a
brother-in-law's clearances, the writer's own workbooks, furniture, bookshelf, moving sale, picture books and patchwork
bags).

-  `POSITIVE_92` (60 lines): 24 plain or lightly disguised, 14 moderately, 10 heavily and 12 subtle, in that order.

-  `NEGATIVE_92` (100 lines): 20 that look dangerous at first sight (a 京东 trade-in order whose old fridge was never
  collected, an SF waybill for a phone sent to 爱回收, an administration notice passing on a mover's mobile, a
  shredder's special invoice, a 闲鱼 refund number for a broken camera, a 12345 ticket against a scrap yard's noise, the
  city's waste-sorting 公众号, a 小红书 post about a swap, an asset disposal notice with asset numbers, a pawn ticket's
  number, a 德邦 waybill for donated books, a 钉钉 meeting room's number for an asset check, a 中通 waybill for
  textbooks, a recycling machine's 支付宝 credit, an asset tag, a property repair ticket, a 抖音 video of a singing
  scrap buyer, a class teacher passing on a bookshop's landline, a transfer's reference number, a trade-in subsidy's
  application number); 10 members asking or recommending (a piano valued, clothes in a recycling machine, a second-hand
  bookshop recommended, wiping a computer, a picture-book swap, 爱回收 or 闲鱼, a free upcycling class recommended, a
  locksmith for a safe, old windows at a scrap station, certified disposal of computers); 10 warnings quoting or
  describing the scam or ad (silver dollars with a valuation fee, phones swapped for basins and their data recovered, a
  fake trade-in subsidy text, shopping cards bought at ninety-five per cent, "auction companies", SIM and bank cards
  bought from pupils, a fake "community recycling station", free clothes collection that sells supplements, gold "melted
  to test", a deposit to lock a scrap price); 17 lines with numbers that are not contacts (old newspapers sold, a
  fridge's width, a piano grade, an air conditioner's weight, archive boxes, a waste-sorting score, a bookcase's size,
  old books weighed, a pumpkin, a washing machine's price, waste paper a class collected, computers scrapped, a copied
  stamp, a half marathon, radiator temperatures, a deposit returned, books donated); 7 organisers' and admins' own
  notices (an owners' group rule banning recycling, pawn, second-hand and loan ads, an account removed for buying
  appliances in private chats, the property's recycling day, a parents' committee's book drift, a company's laptops
  offered to its own staff, an alumni association's hall reopened, the kitchen-waste times); 27 lines of everyday chat
  (some about cardboard cleared from a balcony, a jumper found, a colleague's day off, a parrot, a water bottle left by
  a swing, cardboard given away free, a cataract operation, a grandfather's bicycle, a table marked in yellow, roommates
  at a barbecue, a father ordering 螺蛳粉, a grandmother sewing, table tennis, a toddler sorting rubbish, a report
  template, an old water vat, a guitar, a birthday cake, a father's old newspapers, ginkgo photos, a stapler, a down
  jacket for a niece, a library, dumplings delivered wrong, the character 永, towels made into rags, a child's watch
  found); 5 heated arguments without any selling (an old door left in a stairwell, takeaway boxes in the recycling bin,
  old cabinets passed between departments, a book damaged by a child, the owners' committee's accounts); two English
  lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_92 = """
家电换新了旧的别急着当垃圾扔，我这边上门拆装一起收，空调冰箱彩电都行，老郑 139 2741 6058
我表哥在城西开了个废品站，纸箱报纸塑料瓶都要，量大能派车来拉，他微信 zhengbiao_feipin
家里淘汰的旧手机、平板别扔抽屉里落灰了，碎屏的我也收，价格比门店高一截，QQ 2735160948
金银首饰、名表、单反都可以来典当，当天放款，利息明码标价，门店电话 0571-8692 4013
社区智能回收机招点位合作，物业公司、业委会都可以来谈，全国热线 400-818-6275 转 2
公司搬迁或裁撤剩下的办公桌椅、文件柜整批收购，清单和照片发 jiuju_huishou@163.com，两天内报价
老钱币、纸币、邮票免费估价，正反面拍清楚传到 https://dwz.cn/Qb7xLm 就行，当天给回复
我老公每晚八点在抖音直播收老邮票和纪念币，抖音号 laoyang1968，手里有货的进去连麦
城北那个废铁站是我家开的，快手搜“城北废铁老周”，每天早上发当日铜铝铁价，大车小车都能过磅
孩子用过的初中教辅我整理出一大堆，都上架到淘宝店“小树旧书屋”了，一本五块起
我妹在拼多多开了家卖翻新打印机的店，店名“晴天办公二手机”，单位要添设备的可以照顾下
下个月搬家，沙发、餐桌、跑步机都挂闲鱼了，搜用户名“搬家清仓的阿珂”，同城自提再让点
古着店开业啦，日本回来的旧衣服一件几十块，小红书搜“二手时光杂货铺”，私信我留尺码
周六上午跳蚤市场，我们摊位在视频号“河坊旧物集”同步直播，来不了现场的线上也能拍
我们回收站的公众号叫“绿点回收站”，回复“预约”两个字，旧衣旧书旧家电约好时间上门称重结钱
收废品这块我们做了个小程序，名字就叫“收旧小哥”，微信搜到后填个地址，师傅两小时上门
高价收旧书、连环画、老课本，量大上门，V：shujiu_laoma
月底退租，床、衣柜、冰箱便宜转，东西都在1栋802，看中了打 186-5821-4390
长期收购黄金、白银、老银元，现金结算，手机同微信 13857269014
我自己的书架和两把办公椅八成新，半价出，加我微信 ake_0917 看实物图
我叔在南郊的废钢回收场扩建好了，工地废料、旧机床都收，找他本人 158 0691 3247，说是群里介绍的
高三的整套复习资料、真题卷转给学弟学妹，六十一套，进 QQ 群 739025816 登记
旧电脑、笔记本我都收，在转转上开了个小店，搜“老吴数码回收”，估价比线下靠谱
我在孔夫子旧书网开了个书摊，叫“半亩旧书”，文史类老版本居多，有兴趣的去翻翻
收废旧电瓶、电线电缆和报废马达，价格随当天行情，电话 ১৩৯৬২৮৪০৫৭১
家里有老酒、茅台空瓶的可以出给我，整箱也收，号码是 १५८ ६७३० २९१४，白天打
空调不用了别让它在外墙上晒着，拆机加回收一条龙，号 ௧௮௨௫௭௯௩௬௦௪௧ 找小彭
旧衣服旧鞋子旧包按斤收，攒够五十斤就上门，联系 ໑໓໗໐໖໕໑໘໔໒໙
厂里的下脚料、边角铝材长期收，现款不拖，老板电话 ༡༥༩༥༨༢༡༤༧༦༣
我姐夫专门收公司淘汰的办公桌椅屏风，整层清空都行，他手机 𝟙𝟛𝟟𝟛𝟝𝟠𝟚𝟡𝟜𝟘𝟞
坏手机、旧平板、老相机照收不误，碎屏进水也行，打我 ❶❼❻❽❶❺❾❹⓿❸❷
家门口的纸箱打包站开张了，纸皮塑料一起收，车多可以预约，电话 ₁₃₈₁₉₄₆₂₇₀₅
二手教材交换群，旧课本按定价三折转，q：⑵⑷⑺⑹⑻⑸⑴⑶⑼
旧家具我收，红木老柜子价钱好谈，ԝх：реасһ_оӏԁ88
老邮票、纪念币、粮票都收，ᴠ信：ʟᴀᴏᴢʜᴏᴜ_ᴊɪᴜᴡᴜ
孩子小时候的绘本和玩具清出来两大箱，门木鱼上搜“豆豆妈的旧物”就是我，同小区自提
收纪念币、老纸币的朋友可以进我们的交流QQ君羊 618347205，每周都有人出货
我在📺频号每天直播拆旧电器卖零件，搜“拆机阿伟”就能看到，便宜出
谁家有不用的冰箱彩电可以找我，号码我写成了天干，甲起癸止，癸代表0：甲丙辛 癸庚乙戊 丁甲己壬
老书旧杂志整屋收，电话藏在百家姓里，“赵钱孙李周吴郑王冯陈”依次是1到9和0：赵周陈 冯孙吴钱 郑李王赵
废品上门收，号码用先天八卦数写的：乾离坎 兑震坤巽 艮离坎兑
收旧手机，号码照幼儿园那首数字儿歌对上号：铅笔 麻花 镰刀 秤钩 蝌蚪 耳朵 鸭子 鸡蛋 铅笔 豆芽 小旗
收老邮票的Q号是下面每个成语缺的那个数字：□阳开泰 □面玲珑 □光十色 □帆风顺 □牛一毛 □敲碎打 □龙戏珠 □嘴八舌 □面楚歌
旧工位、旧会议桌来者不拒。电话每一位，看它是第几个素数（2算第一个，29算第十个写0）：2 11 23 3 17 5 13 7 19 29 2
收铜收铝，电话是这串农历月份的别称，正月算一，十月阳月算零：正月 巧月 巧月 桂月 榴月 槐月 菊月 杏月 阳月 桃月 荷月
回收旧空调，手机号照这几张牌的点数写，A是1，10当0：♠A ♥3 ♣5 ♦7 ♠10 ♥2 ♣4 ♦8 ♠9 ♥A ♣6
二手课本转让，Q号是这几个数各自的平方根：16 1 49 0 81 36 4 25 64
收旧纸箱，Q号是在手机九宫格上打的，每个字母换成它所在的数字键：kunesbyht
收纸箱旧报纸，八毛一斤，周六上午我在3号楼车棚那儿过秤，现场给钱
老手机、旧充电宝我都收，周日一早我的摊子在东门菜场入口，拿过来当面估价
三年级全套练习册和课外读物，十五一套，放我工位上了，要的自己来拿，钱扫桌上的码
这周日搬走，布艺沙发三百、双门冰箱四百，今晚七点后来1502看货
废铜线三十八一斤，明早七点我的小货车停北门，有货拎过来
周四下午我在老年活动室收老钱币和邮票，看对了当场付现金
各单位清下来的旧办公椅我二十块一把收，在群里报个楼层和数量，我周末去搬
周六晚上广场集市，我摆摊卖自己做的旧布拼贴包，每个三十五，来捧个场
金饰按当天金价低五块回收，店就在工行隔壁挂红灯笼那家，直接进来问
旧衣服五毛一斤上门收，要卖的在这条下面回个“衣”，我挨家去拿
空硒鼓我按型号收，十到二十五一个，午休时我在负一楼停车场等
下周二我开车进小区收旧空调，二百到六百看匹数，要卖的在群里报楼号
"""

NEGATIVE_92 = """
京东以旧换新的订单 3298471650213，新冰箱到了，旧的说三天内上门拉走，到现在没人来
把旧手机寄去爱回收检测了，顺丰单号 SF1408827635491，估价出来我再决定卖不卖
行政：明早八点搬运公司王师傅来拉旧工位，他电话 13762815094，各部门提前把个人物品收好
财务：行政买碎纸机的那张专票（号码04418276）税率开成了6%，已经让商家作废重开
闲鱼上买的二手相机快门是坏的，退款申请编号 2031 5578 9904，卖家一直不处理，怎么办
废品站半夜压铁皮太吵了，我打了12345，工单号 GD20261118-0372，有同感的也可以反映
城管局的公众号“杭州垃圾分类”里有最新指南，大件垃圾怎么扔写得很清楚
刷到小红书上有人发咱们小区周末旧物交换的照片，原来三号楼那个角落这么热闹
资产处置：编号 ZC-2019-0563 至 0588 的旧电脑本周五统一报废，个人资料请周四前拷走
爷爷去年当掉的那块上海表赎回来了，当票号 0032817 收好了，别再弄丢
给山区小学捐的两箱旧书，德邦运单 DPK300718842 显示已到县城，下周应该能送到学校
年底固定资产清查改线上了，钉钉会议室号 5182 7730，周五上午十点，各部门资产管理员都要进
中通单号 73512890446213，那套旧课本寄错地址了，正在联系快递改派
小区回收机上卖了一袋塑料瓶，才进账3.4元，支付宝到账提醒倒是秒到
资产标签 FA-2021-0417 的显示器闪屏，已经报修，IT说换新要走审批
物业报修单号 WX0915 那个漏水还没人来修，大件垃圾房门口都淹了
抖音上刷到收废品的大爷边称纸板边唱秦腔，太有意思了
班主任：教材征订有问题的请直接联系书店刘老师 0571-8851 2306，不要在群里刷屏
转账备注写的是“旧桌椅处置款”，流水号 4410 2609 8837，出纳查一下有没有到
以旧换新补贴我在网上申请了，受理编号 BT2026110538，说七个工作日审核
家里有台十几年的老钢琴，有没有人知道哪里能估个价？不想被收废品的压价
请问小区里那种绿色回收机，旧衣服是投哪个口？
推荐城东菜场后面那个旧书店，老板人很实在，我上次淘到一套八十年代的连环画
旧电脑卖之前怎么彻底清数据？有懂的同事指点一下
班里有家长组织过旧书交换吗？我们家攒了几十本低年级绘本，想换些高年级的
爱回收和闲鱼哪个出旧手机价格更好？用过的说说体验
给大家推荐街道的旧物改造课，上周带孩子去把牛仔裤改成了包，不收钱
有认识靠谱开锁师傅的吗？旧保险柜密码忘了，里面有爷爷的邮票
老家拆迁剩了一堆旧门窗，废品站收吗？大概什么价？
想给公司的旧电脑找个正规的处置渠道，要能出销毁证明的，大家有经验吗
提醒家里老人：最近有人打电话说“高价收购老银元，先交三百鉴定费”，交了钱人就找不到了
小区门口喊“旧手机换脸盆”的别去，手机拿走会被恢复照片和聊天记录
收到短信说“您的旧冰箱可领国家补贴，点链接填银行卡”，是骗子，补贴不会这么发
有人在业主群私聊说“收闲置购物卡九五折”，千万别把卡号密码发给他，好几户被刷空了
网上那种“收藏品拍卖公司”说你家铜钱能拍几十万，先收几千服务费，全是套路
有人在校门口收学生的旧手机卡、银行卡，一张给五十，这是帮诈骗洗钱的，回家跟孩子讲清楚
那个自称“社区回收站”的微信号不是物业的，物业从来不私下收钱，别转账
又是“免费上门回收旧衣，送鸡蛋”，进门就推销保健品，我妈差点买了两千多的
有的当铺说黄金要“熔了测纯度”，还回来克重少了一截，典当一定找有执照的
小心“废品高价收，先付定金锁价”那种，对方收了定金就拉黑，厂里刚有人上当
卖了三十斤旧报纸，一块一一斤，换了三十三块钱，够买两斤排骨了
新冰箱宽68厘米，厨房那个位置只有70，差点放不进去
女儿的钢琴六级考了91分，老师说明年可以直接冲八级
旧空调拆下来称了42公斤，铜管占了不少
这次清出来126箱纸质档案，要按2015年前后分开装
今年垃圾分类检查我们楼得了96分，全小区第二
书柜高1.8米，宽90，楼梯转角估计过不去
家里旧书称了一下，足足57公斤，怪不得书架都压弯了
外公种的南瓜最大的一个有19斤，全家吃了一礼拜
双十一买的洗衣机2399，以旧换新又抵了300
孩子说他们班这学期回收了87公斤废纸，换的钱买了绿萝
公司去年报废的电脑一共214台，今年预计150台左右
这套猴票是1980年那版的复制品，面值8分，别当真
半马跑了2小时07分，比去年快了五分钟
暖气片测了一下，客厅才16度，卧室18度，物业说明天再调
出租屋押金2400退回来2100，扣了300说是墙面脏
旧书捐了43本，剩下那十几本字典实在舍不得
本群公约：只讨论楼栋和物业的事。回收、典当、二手转卖、放贷之类的广告一律不准发，第一次提醒，再犯踢出
刚把一位加群后私聊大家收旧家电的账号移出了群，私聊里再遇到类似的请直接举报
物业通知：本周六上午9:00-11:30在南门广场办“旧物回收日”，旧衣旧书电池分类投放，积分可换洗衣液
家委会：下周三班级图书漂流，每位同学带两本看过的书来交换，扉页写上名字
行政部：公司旧笔记本电脑内部处置，在职员工可以登记认购，名单周五下班前交行政，价格按残值表
校友会：老校区礼堂12月20日重新开放，想回去看看的同学本周内报给各班班长
垃圾分类新规：12月1日起厨余垃圾早7点到9点、晚6点到8点定时投放，其余时间桶撤走
今天终于把阳台堆了三年的纸箱清掉了，整个人都轻松了
妈，你那件毛衣我找到了，压在旧衣箱最底下
财务的小张今天请假了，报销单先压着，明天她回来统一处理
楼上邻居家的鹦鹉飞到我家晾衣杆上了，现在死活不肯走
谁家小朋友的红色水壶落在儿童乐园秋千底下了？我先挂在旁边的树杈上
搬家剩下的纸箱谁要就拿走，放在5栋楼下了，不要钱
外婆的白内障手术很顺利，医生说下周就能拆纱布
儿子语文课上讲了爷爷那辆二八自行车的故事，老师让他下周在全年级再讲一次
方案第三页的数据我重新核过了，改动的地方标了黄色
大学室友从深圳飞回来，晚上我们四个又去吃了学校后门那家烧烤
老爸学会用手机点外卖了，今天给自己点了一碗螺蛳粉，被我妈念叨了一晚上
奶奶快九十了还能自己穿针，今天给我钉了颗扣子，针脚比我妈还细
乒乓球社这周改在体育馆二楼打，原来那张球台腿坏了
宝贝今天第一次自己扔垃圾，还认真分了干湿，笑死
年终总结模板谁有？我那个找不到了
老家的老房子要拆了，奶奶舍不得那口大水缸
家里的吉他落灰好几年了，今天儿子翻出来，非缠着我教他弹两首老歌
小李今天生日，下午茶我请大家吃蛋糕
我爸把攒了一柜子的旧报纸当宝贝，谁都不让碰
昨天拍到的银杏黄得正好，就是人太多
打印室那台装订机谁用完没把针放回去？找了我十分钟
女儿穿不下的羽绒服寄给了老家的小侄女，视频里她穿着转圈圈
附近新开的图书馆夜里十点才关门，下班去坐了一会儿，人不多很安静
外卖小哥送错楼了，我的饺子跑到了隔壁单元，幸好邻居给送了上来
书法班今天学的是颜体的“永”字，老师说八种笔画都在里面
隔壁楼的阿姨把旧毛巾剪了做抹布，还分了我几块
在快递柜旁边捡到一块儿童手表，屏幕上显示“妈妈”来电，已交保安亭
楼道是公共地方，你把拆下来的旧门板一放就是半个月，孩子都磕破头了，还不挪？
垃圾分类不是我一个人的事，你们每次把外卖盒扔进可回收桶，被罚的是整栋楼！
上周明明是你说旧柜子归你们部门处理的，现在又推给我们？会议纪要都在
群里吵什么吵，书是你家孩子弄坏的，赔一本新的很难吗？
业委会收了回收站的场地费去哪了？账目从来不公开，还好意思说透明？
The property office says bulky items like old mattresses must be booked for pickup, so please don't just leave them by the bins.
Has anyone else had trouble logging into the new expense system? It keeps asking me to reset my password.
今天把外婆留下的舊相冊整理好了，好多照片都沒見過
週末一起去河濱公園走走吧，天氣終於放晴了
"""
