"""Hold-out set 50 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written in session 14, after sets 1-48 (see holdout_data.py), at the same time as set 49 (written by another helper;
this set was checked by the same script against set 49's 160 lines as they stood when this one was finished, unread:
highest ratio 0.488, so no line of this set needed rewriting for it), and not scored yet. The writer read no detector
code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/, tests/ or
docs/, imported nothing from qungui, ran no qungui command and no file in benchmarks/ on these lines (bench_holdout.py
or any other benchmark included); holdout_data.py was opened only for its module docstring (the labelling rules and
the history and topics of sets 1-48), printed up to its closing triple quote, and holdout47_lines.py and
holdout48_lines.py only for their module docstrings, printed the same way (the file format, the docstring style and
the disguises and calls already used, to avoid repeating them; their lines and the code below holdout_data.py's
docstring were not read); the benchmarks folder was listed only for its file names, pyproject.toml was opened only for
its ruff settings, and set 49's file was only loaded by the similarity script, which never printed its lines. The two
dumps (every line of hold-out sets 1-48, training lines) were only read by a similarity script that printed this set's
lines and ratios, never the dumps' lines (apart from that script, only their line counts were taken). No line is
copied from earlier sets or from the training lines: every line's difflib ratio (SequenceMatcher(None, a, b).ratio()
with the default settings, taken both ways round) against every line of the earlier hold-out sets' dump is at most 0.5
(highest 0.500), against every line of the training-line dump at most 0.5 (highest 0.492), no two lines of this set
exceed 0.5 against each other (highest 0.386), and against set 49 the highest is 0.488. Twenty-six lines that first
stood above 0.5 were rewritten once each: 23 against the hold-out dump (0.732 at most) and 3 against the training dump
(0.533 at most); two of them were heavy lines whose disguises (keycap emoji digits, digits spelt as English words)
already came close to earlier lines, and they were given new disguises (a sum to work out, an id as the full pinyin of
a phrase). Two more lines were reworded afterwards for clarity (a placeholder firm name; a rent question that could
have read as an offer) and all lines were checked again. The lines are meant to be scored once, blind; tuning on their
errors would spoil them.

Set 50 focuses on housing and property: second-hand home agents (贝壳 and 链家 agents, 笋盘, free valuations and listing, 探房
videos), rentals and sublets (转租 of single rooms, office floors and desks, 合租 rooms, company dormitory beds, flats
abroad in Burnaby, Phnom Penh, Bangkok and Dubai), parking spaces for sale or rent (产权车位, 地面车位, B2 spaces), shop
transfers (旺铺转让, 临街铺面, 社区底商, a dumpling shop with its equipment), 'insider prices' and discounts on new flats (内部房源,
内部员工价, 团购房, 认筹券, 比备案价低), home-buying loan and down-payment schemes (垫资, 二押, 首付分期, 转贷降息, 装修贷 and 公积金贷, 过户 and 贷款一条龙),
and decoration companies hunting for leads (半包全包, 免费量房, 免设计费, 老房翻新), beside ordinary chat in homeowners' groups, a
property management company's staff group, chamber-of-commerce groups, tenants' groups and an estate agency's and
other companies' work groups. It keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id after
“加我微信”; a cousin at 链家 after “vx：”; “加v：”; “wx：”; “V❤：”; “QQ” with a number; a “群号” for a direct-rental group; “私我” (a
husband's decoration team); “私聊”; a group-buying sign-up link; an agent's name to search on 贝壳; an e-mail address for
an office sublet; a WhatsApp number with +1; a Telegram @handle after “电报”; a LINE id; the writer's own mobile after
“打我电话”; “（微信同号）” after the number; a decoration firm's landline; a 公众号 with a reply word; a younger brother's 抖音号; a
闲鱼 name to search; a 小红书 name to search; a brother-in-law's “他微信”; a 快手 name to search) and 14 moderately (digits
spaced in groups; Chinese digits run together; circled digits with ⓪; 幺/两/洞 in groups; “扣扣” with Chinese digits; “企鹅”
with every digit spaced; “绿泡泡搜” an id; the homophone “维信”; a full-width id after “加ｖｘ”; “w x” with a spaced-letter id;
a suo.im short link without its scheme; digits grouped by dots; digits mixing Arabic and Chinese; “纸飞机搜” an @handle)
and 10 heavily, with disguises the docstrings read do not list (dice faces for digits “⚀⚂⚄ ⚁⚅⚃⚀ ⚅⚁⚄⚂”; Arabic-Indic
digits “١٣٨ ٢٧٥٠ ٤٩٦١”; Suzhou numerals “〡〣〩 〢〨〥〧 〤〦〡〥”; a mobile number with every digit raised by one, “自己减回来”; a
mobile number pieced together from its first three digits, the estate's handover year and the writer's door number; a
WeChat id as the full pinyin of a four-character phrase plus “六六”; a mobile number with a combining strike-through on
every digit; an id's letters in the NATO radio alphabet, “Hotel-Oscar-Uniform-Sierra-Echo”; a run of zeros given as a
count, “一三八，然后四个零”; a mobile number as a sum to work out, “13600000000加上5082974”) and 12 subtle (an offer with a call
to action only, none quoted by the docstrings the writer read: “团购房还差六户成团，想上车的明晚七点带身份证到售楼处三楼会议室，说是业主群来的，额外再让一个点”,
“B2-117车位出租，月租三百五，要租的把头个月的钱装信封放物业前台，写上车牌号，遥控器周一我给你”, “一室户转租，押一付一，想看房的今晚在群里回个“房”字，我按顺序排时间带看”,
“免费量房出效果图，想要的把户型图打印出来塞到12栋1203门缝里，三天后我把方案放回你家信箱”, “菜场口那间铺子要转，想接手的这周六上午十点直接去店里，卷帘门半开着，我在里面盘货”,
“内部房源名额不多，想要的把群昵称改成“楼号+想要的户型”，我晚上统一截图报给销售”, “首付差一点的别急，我这边能分期垫，想了解的在这条下面点个🏠，明天我在群里挨个@你们”,
“次卧空出来了，合租就两个上班族，想看的周日下午两点到南门快递柜边上等我，带你上去”, “周末我在小区门口支张桌子，带房产证复印件来的当场帮你估价，挂牌卖房佣金只收一个点”,
“新盘认筹券我手里有三张，一张抵两万，五千一张出，要的直接发群红包备注“认筹”，先到先得”, “家里那个车位打算卖，价钱写在车位后墙那张A4纸上了，看中的在纸上签个名留个楼号，我每晚去看一眼”,
“写字楼工位转租，一个位子月付八百，想来看的明天下午三点到科技园A座十楼前台，报“小唐的朋友”就放你进来”). About 15 positives are written the way members casually sell
in a group (a cousin at 链家, a husband's decoration team, the writer's own parking space, a younger brother's 探房 videos
on 抖音, the writer's own furniture on 闲鱼, a brother-in-law's bridging loans, a mother selling relatives' county flats
on 快手, an uncle's decoration crew, a second aunt's dumpling shop, the writer's parking space in dice faces, the
family's old shop in Suzhou numerals, a cousin's renovation work, and the subtle lines' shop at the market entrance,
spare bedroom and parking space with its price on an A4 sheet).

- `POSITIVE_50` (60 lines): a cut-price two-bedroom (加我微信), a cousin at 链家 (vx), a room sublet by the metro (加v), a
  street shop transfer (wx), a basement parking space (V❤), insider staff prices (QQ), a direct-rental group (群号), a
  husband's decoration team (私我), a flatmate wanted (私聊), group-buying flats (link), an agent's listings (贝壳), an
  office floor sublet (e-mail), a Burnaby flat (WhatsApp), a Phnom Penh flat (电报), a Bangkok condo (LINE), the
  writer's parking space (mobile), transfer and loan paperwork (微信同号), a decoration firm's offer (landline), insider
  listings (公众号), a younger brother's viewings (抖音号), a tenant's furniture (闲鱼), decoration advice (小红书), a
  brother-in-law's bridging loans (他微信), a mother's county flats (快手); then a flat near the station (spaced digits), a
  flat with no deposit (Chinese digits), an uncle's decoration crew (circled digits), a ground-level parking space
  (幺), a community shop (扣扣), refinancing (企鹅), insider group-buying with down-payment instalments (绿泡泡), free
  valuations (维信), a ground-floor flat with a yard (full-width), dormitory beds (spaced letters), new-flat
  pre-registration (short link), a second aunt's dumpling shop (dotted digits), decoration and housing-fund loans
  (mixed digits), property abroad and emigration (纸飞机); the ten heavy lines (a parking space, Dubai property, an old
  street shop, decoration at a fixed price, group-buying flats, an urgent sale, a room in a flat-share, insider
  listings, a parking space with its certificate, a cousin's renovation work); and the 12 subtle lines.
- `NEGATIVE_50` (100 lines): 20 that look dangerous at first sight (12345 for a leak, a customer-service centre's new
  landline in a property staff group, an electricity top-up order number, a ZTO parcel number, a property-fee invoice
  number, a Tencent Meeting number for the owners' committee, the housing bureau's gov.cn site for presale permits, a
  lift-maintenance colleague's mobile passed on for work, a member's own new number, 12315 against agents' fees, a
  lease registration number, a property-fee account number, CCB's 95533 for early repayment, the 12329 housing-fund
  line, the management office's e-mail for vacancy checks, the city's gov.cn portal for property registration, a gate
  code, a repair ticket number, a chamber secretariat's landline, an SF number for keys sent back); 10 members asking
  or recommending (a moving company, a parking space to rent, rents nearby, a plumber who is in the group, combined
  housing-fund and commercial loans, a short let for a cousin's internship, a cleaning service, buying without an
  agent, a new decoration firm downstairs, a flat-share near the office); 10 warnings or complaints quoting the ad or
  scam (“内部房源，低于备案价，先交定金锁房”, “高价收房，全款秒结” in the lift, “零首付上车，贷款包过” removed, a rental scam “人在外地，先付押金再快递钥匙”,
  “免费设计，0元装修”, a caller's “团购房最后三个名额”, “旺铺转让，无转让费”, fake texts “逾期未缴将锁车位”, a second landlord subletting to five
  tenants, a “全包价” contract with extras); 17 lines with numbers that are not contacts (an asking price, the property
  fee per square metre, two flats knocked together, parking-space prices, the mortgage rate, a lift-installation poll,
  a water cut, a rent just signed, viewings and deals in an agency team, a down payment and loan term, a decoration
  budget overrun, a basketball score, a parcel-locker code, a lift's breakdowns, a handover date, a lease's end, a
  meeting room); 7 organisers' and admins' own notices (a ban naming second-hand agents', sublet, parking-space,
  shop-transfer, decoration and down-payment-loan ads, a management office's fire drill, a chamber's monthly meeting,
  an agency's rule for logging viewings, a landlord's meter reading in a tenants' group, the owners' committee's
  notice of the maintenance-fund plan, a removed parking-space advertiser); 27 lines of everyday chat about a viewing
  with steep stairs, a flatmate gaming at night, building work upstairs, a rent rise, the title deed at last,
  formaldehyde, a dark car park, agents in the rain, a leaking bathroom in a second-hand flat, empty shops on a
  street, a fifth agency at the gate, no storeroom, clearing unsold stock, boxes given away after a move, a barking
  dog, the freedom of renting, a mother wanting a flat before a wedding, an unfinished estate across the road, a home
  inspector's list, a narrow parking space, a balcony enclosed too early, a chamber visit to a converted factory, old
  photos in the old flat, sublet paperwork, a new guard, chairs dragged upstairs, school-district prices; 5 heated
  arguments without any selling; two English lines and two traditional-script lines.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group
or contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking
for or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work.
Genuinely ambiguous lines were dropped. One message per line.
"""

POSITIVE_50 = """
小区边上那套89平的两居降价到168万了，业主急售，看房加我微信 fangjia_lwq
我表姐在链家做了八年，学区房行情门儿清，要买要卖的找她，vx：lianjia_chenli88
地铁口单间转租，押一付一，月租一千九，拎包入住，加v：zuwu2718
旺铺转让！步行街临街铺面，六十平，接手即可营业，转让费面谈 wx：wangpu_zr66
地下车位出售，人车分流那一侧，产权车位十二万，V❤：chewei_b2_09
新楼盘内部员工价，比售楼处便宜一成，名额不多，QQ 2749105836
本市租房信息群，房东直租无中介，群号 618240397，进群备注区域
我老公做装修的，半包全包都接，自己带队不转包，这个月签约送全屋净水，要的私我
合租找室友，三室一厅的主卧，限女生，爱干净，私聊
团购房源清单都在这，报名享额外九八折 https://tgf-house.cn/join?c=0917
我在贝壳上挂了好多套笋盘，APP里搜经纪人“周明远”就能看到
写字楼整层转租，适合初创团队，有意向的把公司简介发到 office_sublet@163.com
Vancouver的华人朋友看过来，本拿比两房公寓出租，WhatsApp +1 604 318 2257
金边BKK1精装公寓月付出租，中文管家，电报 @pp_rent_cn
曼谷素坤逸一房一厅长租，业主自租，LINE：bkk_condo_amy
B区电梯口旁边那个车位是我家的，一直空着，想租的打 13916207584，月付三百
二手房过户、贷款、评估一条龙，手续我们全跑 15821736094（微信同号）
锦程装饰国庆活动，前二十名免设计费，预约电话 0571-86239047
想了解最新内部房源的，关注公众号“安居内参”回复“房源”自动推送
我弟弟在抖音拍二手房探房视频，每套都真实看过，抖音号 tanfang_xiaodi
搬家前把出租屋的家具都挂闲鱼了，床垫衣柜都有，搜“莉莉的小屋清仓”
装修避坑和报价我全写在小红书了，搜“装修老周说实话”，有需要直接在那留言
首付不够的可以找我小舅子，他在做垫资和二押，来钱快，他微信 ysfd_wang
我妈在快手上帮亲戚卖县城的电梯房，快手搜“王姨说房子”
急租！精装一室，近高铁站，月租1600，电话 186 2093 7415
公寓出租，月付无押金，手机一三七五二零八六九四一
我姑父的装修队在找活，水电木瓦油一条龙，找他①③⑧⓪⑥②⑨⑦④⑤①
车位长租，地面的，一年三千，号码幺五九 两洞四七 幺八三六
商铺出租，社区底商，做便利店正合适，扣扣三八五一零七二九四
二手房贷款转贷、降息业务，企鹅 7 0 3 2 9 1 5 8 6
内部团购价，首付两成可分期，绿泡泡搜 zhiye_fangdi_99
想卖房的业主可以找我，免费评估挂牌，维信：maifang_lao_li
老小区一楼带院子，自住或者开工作室都行，加ｖｘ：ｙｕａｎｚｉ＿１９６８
我们公司在城西租的员工宿舍多出来六个铺位，外单位的也能住，按月结，w x : s u s h e 2 0 2 6
新房认筹优惠登记入口 suo.im/6KbQ2x 填完销售会联系你
我二姨家门面房要转出去，饺子馆带设备，联系她 138.0571.2964
装修贷、公积金贷都能办，利息低，电话1五8 三零六2 7九四一
海外买房、房产移民咨询，纸飞机搜 @haiwai_fangchan_kelly
我自己的车位出租，月租两百八，号码用骰子写的：⚀⚂⚄ ⚁⚅⚃⚀ ⚅⚁⚄⚂，点数就是数字
迪拜、阿布扎比房产投资咨询，回报率8%，联系 ١٣٨ ٢٧٥٠ ٤٩٦١
老城区临街铺面出租，我家老房子，号码按苏州码子写：〡〣〩 〢〨〥〧 〤〦〡〥
装修全包一口价，八十平七万五，我的号码每一位都加了一，自己减回来：24018367529
团购房还剩几个名额，我手机前三位186，中间是这小区交房那年（2015），最后四位是我家门牌2703
二手房急售，业主出国，价格可谈，微信号就是“安家乐业”四个字的全拼，后面跟个六六
合租房间空出一间，朝南带阳台，电话：1̶5̶9̶ 3̶0̶2̶7̶ 8̶8̶4̶1̶（划线不影响，照着打）
开发商内部房源，比备案价低，vx字母按无线电读法：Hotel-Oscar-Uniform-Sierra-Echo，后面再加77
车位转让，产权证齐全，电话一三八，然后四个零，最后是2957
我表哥接装修活，老房翻新最拿手，电话是13600000000加上5082974，自己算一下
团购房还差六户成团，想上车的明晚七点带身份证到售楼处三楼会议室，说是业主群来的，额外再让一个点
B2-117车位出租，月租三百五，要租的把头个月的钱装信封放物业前台，写上车牌号，遥控器周一我给你
一室户转租，押一付一，想看房的今晚在群里回个“房”字，我按顺序排时间带看
免费量房出效果图，想要的把户型图打印出来塞到12栋1203门缝里，三天后我把方案放回你家信箱
菜场口那间铺子要转，想接手的这周六上午十点直接去店里，卷帘门半开着，我在里面盘货
内部房源名额不多，想要的把群昵称改成“楼号+想要的户型”，我晚上统一截图报给销售
首付差一点的别急，我这边能分期垫，想了解的在这条下面点个🏠，明天我在群里挨个@你们
次卧空出来了，合租就两个上班族，想看的周日下午两点到南门快递柜边上等我，带你上去
周末我在小区门口支张桌子，带房产证复印件来的当场帮你估价，挂牌卖房佣金只收一个点
新盘认筹券我手里有三张，一张抵两万，五千一张出，要的直接发群红包备注“认筹”，先到先得
家里那个车位打算卖，价钱写在车位后墙那张A4纸上了，看中的在纸上签个名留个楼号，我每晚去看一眼
写字楼工位转租，一个位子月付八百，想来看的明天下午三点到科技园A座十楼前台，报“小唐的朋友”就放你进来
"""

NEGATIVE_50 = """
房子漏水物业不管的，可以打12345市民热线投诉，我上次打完第二天就来人修了
各位同事，客服中心座机换号了，新号码0571-88126530，公告栏的贴纸今天下班前换掉
电费充值一直没到账，订单号 2026112418350927，有没有人也这样
早上有人从快递架拿错了件吧？中通78346102957341，收件写的8栋602，麻烦放回来
十月份的物业费电子发票开好了，发票号码04719236，报销的同事去管理处公众号里自己下载PDF
今晚八点业委会线上会议，腾讯会议号 582 617 304，讨论外墙维修基金的事
交房前可以上住建局网站 zjw.hangzhou.gov.cn 查一下预售许可证，别只听销售说
7号楼电梯维保的对接人换成老周了，他手机 13857204618，明天巡检有问题直接找他
我换号了，以前那个欠费停机了，新号 17706823159，邻居们存一下，送快递找不到人可以打
中介乱收费可以打12315，或者直接去房管局窗口
租赁合同备案编号 ZL2026-0381547，房东说拿这个就能办居住证了
缴费单上的户号是0812060302，输进去显示欠费三百多，我明明交过了
房贷提前还款的事打了建行95533，客服说要先网上预约
公积金能不能提出来付房租，打12329问最准，中介说的别全信
本周的空置房巡查表请发到管理处邮箱 wuye_gl3@company-mail.cn，周五中午前
不动产登记中心的预约入口在市政府门户网站 www.hz.gov.cn 里面，别跑空
南门门禁密码改成了 #3816，外卖小哥问的话别乱告诉
报修单号 BX-20261119-047 已经处理完毕，业主反馈水管不漏了，可以结单
会费收据或者发票开错抬头的，打商会秘书处0755-26718340找小林改，工作日才有人
押金退你了，钥匙我顺丰寄的，单号SF1403826715092，到了在群里吱一声
下周搬去新租的房子，东西不多，就一车，哪家搬家公司不坑人？求推荐
咱们小区谁家车位要出租吗？我刚提车，想长租一个
想问下各位，这附近两室的房租一般多少，我怕被中介坑
我家去年找的那个水电师傅真不错，群里的老陈就是他，需要的直接在群里问他
有人了解公积金贷款和商贷组合吗？首付三成够不够
谁知道附近哪里有短租的单间？表妹来实习三个月
推荐物业楼下那家家政，保洁阿姨很仔细，一小时四十
想问下买二手房一定要通过中介吗，自己找房东能不能办过户
有邻居用过楼下新开的那家装修公司吗？口碑怎么样
我们公司附近想找个合租的，同事们有知道的说一声
小心那种“内部房源，低于备案价，先交定金锁房”的，我同事交了两万人就联系不上了
又有人在电梯里贴“高价收房，全款秒结”的广告，物业管管吧
刚刚那个吹“零首付上车，贷款包过”的号管理员已经清了，首付贷本来就是违规操作，别碰
差点被骗，对方发的图装修得很好，非说“人在外地，先付押金再快递钥匙”，我要求视频看房就拉黑我了
门缝里又塞了装修公司的传单，“免费设计，0元装修”，哪有零元装修的事
有个自称开发商的打电话说“团购房最后三个名额，今天不定就没了”，典型套路
朋友圈看到“旺铺转让，无转让费”，过去一看是收中介费的，白跑一趟
物业从来不会发短信让你点链接交车位费，那种“逾期未缴将锁车位”的都是假的
那个“二房东”把房子转租给我们五个人，房东根本不知道，现在要我们全部搬走，大家租房一定要看房产证
被装修公司坑了，合同写“全包价”，开工后又加了三万多的增项
我家这套128平，挂了385万，看了七八波人都嫌贵
今年物业费涨到每平2.8元，比去年多了三毛
1702和1703两户打通了，听说要做民宿
车位我们这边一般卖十五到十八万，地面的便宜一半
LPR又降了，我们家房贷现在3.1%，月供比原来少了六百出头
加装电梯的意见征集统计出来了：单元里18户，同意15户，两户反对，一户没回
12月3号上午九点停水，大概停到下午两点
我刚签的合同月租3200，押二付一，水电另算，这价格算贵吗？
我们组这个月带看了46次，成交才2单，太难了
首付交了90万，剩下贷了30年
装修预算做了18万，最后花了25万，都是这么超的
楼下篮球赛我们栋赢了，58比47
谁下楼帮我拿个快递，丰巢柜，码是38216507，放你家门口就行
2单元那部电梯这个月停了四回，维保公司是不是该换了
交房时间定在2027年6月30日，合同上写的
租期到明年4月，提前退租要扣一个月押金
下午三点的周例会挪到A座506，原来那间被销售部占了
群公告：这里只聊小区的事，二手房中介、租房转租、车位买卖、旺铺转让、装修接单、房贷垫资之类的广告一律不许发，发了就踢
管理处通知：本周六上午九点小区广场消防演练，届时会有警报声，请业主们不要惊慌
商会本月例会定于周四下午两点在会所二楼召开，请各位会员准时参加
各门店注意，下周一起带看必须登记，系统里没有记录的不算业绩
租客群的朋友们，房东下周统一查水电表，请留个人在家或提前告知
外墙维修基金的使用方案贴在一楼大厅了，公示十五天，有不同意见的业主请书面交到业委会信箱
刚才发车位广告的账号已经移出群了，大家有车位要租的可以在群里正常问，不要发广告
今天去看了那套二手房，采光不错，就是楼梯有点陡
跟我合租的那哥们每天凌晨两点还在开黑，墙薄得跟纸一样
楼上装修第三周了，每天八点准时开始砸墙，孩子网课都上不了
房东说下个月要涨租，我在犹豫要不要搬
终于拿到房产证了，等了整整两年
新房甲醛测了一下还超标，再放半年吧
地下车库B区好几盏灯不亮了，晚上下车黑漆漆的，心里发毛
现在的中介也不容易，下雨天还得带人看房
买了二手房才发现卫生间防水没做好，楼下找上门了
我们那条街的铺子空了一半，生意是真不好做
小区门口又开了一家房产中介，这是第五家了吧
装修最后悔的就是没做个储物间
今天公司开会，经理说年底前要把库存房源清掉
搬家收拾出三大箱没用的东西，全捐了
邻居家的狗每天晚上叫，跟物业说了也没用
有时候觉得租房也挺好，想搬就搬
我妈非让我买房再结婚，压力好大
听说对面那个楼盘烂尾了，业主在维权
刚交完房，验房师查出二十几个问题
车位太窄，每次停车都要倒好几把
我们家阳台封窗封早了，夏天热得不行
这个月商会的活动挺有意思，去参观了一个老厂房改造的园区
周末去老房子收拾东西，翻出好多小时候的照片
转租的手续原来这么麻烦，得房东签字同意
物业新来的保安挺负责，快递都帮忙放好
楼上又在拖椅子了😂
学区政策一变，房价跌了不少
你家空调外机对着我家窗户吹，说了多少次了还不挪，真当别人好欺负？
这是我花十八万买的产权车位！你的电动车天天往这一横算怎么回事？
业委会那几个人到底干什么吃的，维修基金花到哪去了也不公开！
你把垃圾放楼道里一周了，臭成什么样你自己不知道吗
房东你押金拖了一个月还不退，再不退我就去起诉了！
Does anyone know if the landlord is allowed to enter without notice? Mine just walked in this morning.
Heads up: block 5's lift broke down again, use the stairs and mind the wet steps.
這棟樓的管理費又漲了，住戶都很不滿
我們家樓下那間店面終於租出去了，聽說要開咖啡廳
"""
