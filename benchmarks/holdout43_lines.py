"""Hold-out set 43 (blind): hand-written on 2026-11-25 by a helper that had not read the detectors.

Written after sets 1-42 (see holdout_data.py), at the same time as set 44 (written by another helper; this set was
checked by the same script against set 44's lines as they stood when this one was finished, unread: highest ratio 0.477,
after three lines of this set that stood at 0.700, 0.604 and 0.530 against set-44 lines were rewritten). The writer read
no detector code, word list, rulebook, model, training-data generator, test or detection doc, opened nothing under src/,
tests/ or docs/, imported nothing from qungui, ran no detector or qungui command on these lines and did not run
bench_holdout.py or any other benchmark; holdout_data.py (lines 1-180, its docstring) was opened only for the labelling
rules and the history of earlier sets, holdout41_lines.py and holdout42_lines.py only for their module docstrings,
printed up to the closing triple quote (the file format, the docstring style and their topic lists and calls, to avoid
repeating them; their lines were not read, except that a grep of holdout41_lines.py for lines opening with triple quotes
or an upper-case assignment, cut to 60 characters, showed its layout, and its line count was taken), the benchmarks
folder only for its list of file names, and pyproject.toml only for its ruff settings (its [tool.ruff] sections
printed). The two dumps (earlier hold-out lines of sets 1-42, training lines) were only read by a similarity script that
printed this set's lines and ratios, never the dumps' lines (apart from that script, only their line counts were taken).
No line is copied from earlier sets or from the training lines: every line's difflib ratio
(SequenceMatcher(None, a, b).ratio(), taken both ways round) against every line of the earlier hold-out sets' dump is at
most 0.5 (highest 0.497), against every line of the training-line dump at most 0.5 (highest 0.493), and no two lines of
this set exceed 0.5 against each other (highest 0.346). Twelve lines that first stood above 0.5, or at exactly 0.5,
against a dump were rewritten (one of them twice). The lines are meant to be scored once, blind; tuning on their errors
would spoil them.

Set 43 focuses on home repair and renovation services: locksmiths (开锁换锁, 换锁芯, smart locks, safes), drain, toilet and
septic-tank work (管道疏通, 马桶疏通, 化粪池清理, 隔油池抽污), leak and waterproofing repair (防水补漏, 卫生间不拆砖, 外墙 and 窗台 leaks), appliance
repair and cleaning (空调加氟, 移机, 洗衣机清洗, 热水器维修, 油烟机), wall and tile work (墙面翻新, 刷漆, 美缝, 瓷砖空鼓), custom furniture and
curtains (全屋定制, 窗帘上门安装), formaldehyde removal (除甲醛), window screens and anti-theft nets (纱窗, 防盗网, 隐形网), beside ordinary
chat about leaks, noisy neighbours, repairs and renovation in homeowners', neighbourhood, property-management and work
(design office and site) groups. It keeps the mix real spam has: 24 lines plain or lightly disguised (a plain id after
"加我微信", "vx", "加v" (a husband's waterproofing), "wx" with "备注小区", "V❤"; a cousin's mobile after "打他电话"; "微信同号" after the
number; a repair shop's landline after "门市电话"; a "QQ" number; a "QQ群号" with a verification word; "私我"; "私聊"; a 拼多多 shop
link; a 金数据 sign-up link; a t.me channel; a 美团 shop name to search; an e-mail address; a 小红书号 to search; a 视频号 name to
search; a 400 booking line; a colleague's brother's "他微信"; a 大众点评 shop name to search; a 58同城 shop name to search; a
retired father's mobile after "有需要打") and 14 moderately (digits spaced in groups, Chinese digits with 零 after "电话",
circled digits with ⓪, 幺/两/洞 in groups, upper-case Chinese digits in groups, "扣扣" with Chinese digits, "企鹅" with
dash-grouped digits, "绿泡泡" with an id, "纸飞机" with an @handle, a url.cn short link without its scheme, a full-width id
after "加ｖ", "v x" with a spaced-letter id, digits mixing Arabic and Chinese "1八6 五4二7 9三0八", the homophone "卫星" for 微信)
and 10 heavily, with disguises the docstrings read do not list (superscript digits "¹³⁸ ⁶⁴⁰⁷ ²⁹⁵¹"; a mobile number
written backwards with "自己反过来打"; Fraktur letters "𝔳𝔵：𝔠𝔥𝔲𝔧𝔦𝔞𝔮𝔲𝔞𝔫_88"; Roman numerals for digits "ⅠⅤⅨ ⅣⅦⅡⅥ ⅢⅧⅠⅤ";
parenthesized digits "⑴⑶⑺ ⑸⑻⑵⑼ ⑹⑴⑷⑶"; regional-indicator (flag) letters "🇻🇽：🇩🇮🇳🇬🇿🇭🇮_🇿🇭🇴🇺"; small capitals
"ᴠx：ᴍᴇɪꜰᴇɴɢ_ᴅᴀᴡᴇɪ"; upside-down, reversed letters "xʍ：ǝɥ‾oɐıʇƃuoʞ" with "手机倒过来看"; pinyin initials "jwwx" (加我微信) and "bz"
(备注); letters interleaved with a mobile number's digits "1a3b6c 2d7e4f8 g9h0i1j5" with "把字母去掉就行") and 12 subtle (an
offer with a call to action only, none listed by the earlier sets' docstrings that the writer read:
"这周六上午九点到十一点我在小区南门摆摊换锁芯，现场装，一个八十，把旧锁芯拆下来带着就行", "马桶下水道堵了的在这条下面回个“通”字，我明天按楼号顺序上门，一家五十",
"卫生间漏水想做不拆砖补漏的，把楼栋和门牌号写在评论里，我周三晚上挨家上去看", "空调加氟夏季价一百二，想排上这周的先在群里转我三十定金，我按付款顺序安排",
"我们公司明天下午两点在物业大厅门口摆点做免费甲醛检测，当场办治理套餐的打八折", "墙面翻新刷漆的，把要刷的墙拍张照片直接发到群里，我看完给大家挨个报价",
"纱窗防盗网的样品我放在5栋一楼大堂了，看中的在样品旁边那张单子上写下房号，我上门量尺寸", "窗帘上门安装周末统一排期，要装的接龙：房号+几扇窗，满十户每户减五十", "洗衣机深度清洗六十元一台，扫楼下电梯里贴的那张橙色二维码就能下单",
"全屋定制工厂开放日，下周日包车接送，想去看的早上九点在小区西门上车，现场定的送床垫", "美缝一米六块，要做的把家门钥匙留在物业前台写上房号，我白天做完原样放回去",
"化粪池清理按车算，一车四百，几户凑满一车的把钱交给4栋刘阿姨，她统一约我过来"). About 16 positives are written the way members casually sell in a group (a
husband's twenty years of waterproofing, a cousin's registered locksmith business, the writer's own hollow-tile repair,
a husband's younger sister's curtain shop, the family factory's formaldehyde spray, an elder sister's soft furnishing on
小红书, a colleague's brother's window screens, the writer's own 58同城 repair shop, a retired father's water-heater and
stove jobs, the writer's own washing-machine cleaning, and the subtle lines' lock-cylinder stall, door-to-door
unblocking, leak checks, wall quotes in the group, tile grouting with keys left at the front desk, and septic-tank money
handed to a neighbour).

- `POSITIVE_43` (60 lines): lock cylinders (加我微信), toilet and drain unblocking (vx), a husband's no-demolition leak
  repair (加v), air-conditioner gas and moving (wx), wall renovation (V❤), a cousin's locksmith work (mobile), tile
  grouting for new flats (微信同号), an appliance repair shop (landline), custom-furniture drawings (QQ), a renovation and
  tradesmen's group (QQ群号), the writer's own hollow-tile repair (私我), a sister-in-law's curtain shop (私聊), a family
  factory's formaldehyde spray (拼多多 link), old-flat renovation surveys (sign-up link), anti-theft nets wholesale (t.me),
  a locksmith on 美团 (shop name), commercial waterproofing (e-mail), a sister's soft furnishing (小红书号), septic-tank
  pumping (视频号), appliance deep cleaning (400 line), a colleague's brother's window screens (他微信), tile grouting on 大众点评
  (shop name), the writer's own repair shop (58同城), a retired father's water-heater jobs (mobile); then drain unblocking
  (spaced digits), formaldehyde removal (Chinese digits), lock cylinders and safes (circled digits), air-conditioner gas
  (幺), hollow-tile grouting (upper-case digits), factory custom wardrobes (扣扣), waterproofing (企鹅), the writer's
  washing-machine cleaning (绿泡泡), stainless window guards (纸飞机), water-heater trade-ins (short link), wall painting
  (full-width), weekend tile grouting (spaced letters), septic-tank pumping (mixed digits), curtains (卫星); the ten heavy
  lines (drain unblocking, lock changing, formaldehyde removal, water-heater repair, no-demolition leak repair, custom
  furniture, tile grouting, air-conditioner work, appliance cleaning, locksmith); and the 12 subtle lines.
- `NEGATIVE_43` (100 lines): 22 that look dangerous at first sight (the property office's engineering landline for
  leaks, "加我微信" to a colleague named first for a CAD file, a 京东 repair work-order number, a parcel's last digits and
  pickup code for a lock cylinder with "老周" named first, an invoice number for wall materials, the official 美的 site for
  a warranty, a street office's QR code for an old-estate renovation subsidy, a neighbour's own mobile about a leak from
  the flat above, a mobile for a lost door key, a site foreman's mobile for a closed-water test, a renovation deposit
  receipt number, the housing bureau's site for the repair fund, a designer's e-mail for a quotation, the gas company's
  emergency number on the meter, a Tencent Meeting number for a homeowners' meeting, a 12345 complaint's work-order
  number, the property's own repair mini-program, a designer's mobile passed on for a moved measuring visit, a water
  heater's serial number, a 海尔 after-sales order number, rules sent by 私聊 to "李姐", a renovation company's checked
  corporate account); 10 members asking (a locksmith for a mother locked out, whether no-demolition leak repair works, a
  curtain shop, formaldehyde firms or airing, a fair price for air-conditioner gas, invisible window nets, a painter for
  a living room, grout materials, a musty washing machine, board emission grades); 10 warnings or complaints quoting the
  ad or scam ("管道疏通 50元全包", "开锁30元", "甲醛治理一次，终身质保", "物业安排免费检测防水", "全屋定制1980一平全包", "氟全漏光了要加满", "不砸砖堵漏，保修十年", a fake
  gas-company "免费安检", a water-heater replacement text message, "疏通" painted on the stairwell); 19 lines with numbers
  that are not contacts (a grouting quote, a door-lock 接龙, paint tins, formaldehyde readings, a water cut, a gas
  refill's price, hollow tiles, a closed-water test, curtain sizes, an elevator vote, a water heater's age, a
  table-tennis placing, a rubbish-removal fee list, window sills, a range hood, the repair office's room and hours, a
  blocked toilet, a late delivery, a 26th floor); 6 organisers' and admins' own notices (a ban on repair ads, a removed
  waterproofing account, a drain-cleaning day, a waterproofing tender result, renovation hours, elevator stickers); 24
  lines of everyday chat about a fixed leak, paint smell, a self-changed lock, blackout curtains, grouting, a dirty
  washing machine, a smelly air conditioner, custom furniture, invisible nets, drilling upstairs, a father on a ladder,
  baking soda in the drain, crumbling walls, skimping on waterproofing, a leaking window sill, a slow fingerprint lock,
  a full septic tank, pomelo peel for formaldehyde, hollow tiles, sockets, a broken key, screens that block the wind, a
  cold shower, a loose floor-drain joint; two English lines and two traditional-script lines; 5 heated arguments without
  any selling.

Labelling (same as earlier sets): a member selling their own goods or services, or pulling others to an outside group or
contact, is solicitation (positive); an organiser's own notice inside its own group is not, nor is a member asking for
or recommending something inside the group, nor a warning quoting an ad, nor a contact passed on for work. Genuinely
ambiguous lines were dropped. One message per line.
"""

POSITIVE_43 = """
家里锁芯老化的可以换个C级的，我们店做了十二年，加我微信 suoxin_wang88 报小区名，半小时到
马桶疏通、地漏反味、下水管堵塞都能处理，不通不收费，vx：shutong_a117
我老公做防水二十年了，卫生间漏水不用砸砖，加v fangshui_chen 发个照片给他看看
空调加氟移机清洗，师傅都是格力美的售后出来的，wx kongtiao-liu 备注小区
墙面翻新 刷乳胶漆 旧房局部改造，按平方算不加价，V❤：qiangmian_zhou
我表弟在附近开锁，公安备案的，锁门外了别慌，直接打他电话 13962047715
新房交付做美缝的看过来，环氧和聚脲两种料，厨卫地面墙面一起做更划算，15820936641 微信同号
家电维修服务部，洗衣机热水器油烟机上门修，门市电话 0512-6681 3479
全屋定制设计免费出图，橱柜衣柜榻榻米，QQ 2837461905 发户型图就行
装修避坑和师傅接单交流群，QQ群号 681204739，验证填“装修”
我自己在做瓷砖空鼓修复，不用整块敲掉，注射加固，这周还有两天空档，私我
窗帘是我小姑子开的店，布料和轨道都比商场便宜一半，量尺安装包了，需要的私聊
我家厂里自己配的除醛喷剂，刚装修完的柜子里喷两遍就行，在拼多多上架了 pinduoduo.com/g/cq8812，邻居拍下备注楼号
二十年以上的老房子局部翻新，免费上门量房出方案，在线登记 jinshuju.net/f/Fx7Kq2 名额每天十户
防盗网隐形网批发价，工程量大的进频道看报价 t.me/fangdaowang_pifa
开锁换锁找“老杨锁匠铺”，美团上一搜就有，二十四小时营业
承接商铺和写字楼的防水工程，报价方案发邮箱 fangshui_gc@163.com
我姐在做软装和窗帘搭配，作品都在她小红书，搜小红书号 8846217305 可以约上门
化粪池清理、隔油池抽污，视频号搜“城东吸污王师傅”有现场视频，预约在主页
全国连锁家电清洗，油烟机洗衣机空调深度清洗，预约热线 400-867-2391
同事他哥做纱窗和防盗窗的，做工挺细，他微信 shachuang_he，说是我介绍的给优惠
大众点评搜“匠心美缝（东湖店）”，团购套餐比到店便宜两百
我在58同城上挂了店，搜“小王水电维修”就能找到，空调热水器都接
我爸退休了在家闲不住，接点修热水器燃气灶的小活，收费很便宜，有需要打 18751926604 找老孙
专业疏通下水道 马桶 菜池，随叫随到 电话 139 6271 4085
除甲醛治理，甲醛不达标全额退款，电话一五九 二二六八 七三零四
换锁芯 开保险柜 装智能锁，手机①③⑧⓪⑥⑦⑨②④⑤①
空调不制冷加氟一百五全包，找王师傅 幺三七 两洞八五 六九四幺
瓷砖空鼓灌浆修复，不砸砖不起灰，联系壹捌陆 叁玖柒贰 伍零肆捌
全屋定制工厂直营，衣柜每平五百八，扣扣 三九七二零八一六五 发图报价
防水补漏包工包料，外墙窗台阳台都做，企鹅 2219-4870-36
我自己接洗衣机拆洗的活，波轮滚筒都能拆，绿泡泡 xiyiji_zhang
防盗网不锈钢护栏厂家直销，找我 纸飞机 @hulan_factory
旧燃气热水器抵三百换新款恒温的，包拆包装，详情戳 url.cn/4kTz9Q
墙面刷漆一平十二，腻子打磨都包，加ｖ：ｓｈｕａｑｉ＿ｌｉ０８
美缝师傅周末接单，v x：m e i f e n g 9 9
化粪池清理一车起，电话1八6 五4二7 9三0八
电动窗帘和布艺帘子样册很多，可以带着上门给你挑，加个卫星 chuanglian_ma 先看图
管道疏通包通，下水道反水半小时上门，号码 ¹³⁸ ⁶⁴⁰⁷ ²⁹⁵¹
开锁换锁芯全城上门，号码我倒着写的防骚扰，自己反过来打：3795 8620 471
除甲醛检测治理一条龙，𝔳𝔵：𝔠𝔥𝔲𝔧𝔦𝔞𝔮𝔲𝔞𝔫_88
热水器不点火、漏水、显示故障码都能修，电话 ⅠⅤⅨ ⅣⅦⅡⅥ ⅢⅧⅠⅤ
防水补漏，卫生间不拆砖，十年质保，手机 ⑴⑶⑺ ⑸⑻⑵⑼ ⑹⑴⑷⑶
全屋定制工厂店，要设计图的 🇻🇽：🇩🇮🇳🇬🇿🇭🇮_🇿🇭🇴🇺
美缝瓷砖翻新，ᴠx：ᴍᴇɪꜰᴇɴɢ_ᴅᴀᴡᴇɪ 看案例
空调加氟清洗移机，手机倒过来看：xʍ：ǝɥ‾oɐıʇƃuoʞ
洗衣机热水器油烟机清洗消毒，jwwx：qingxi_xiaofang，bz 小区名
换锁开锁，号码混了字母防屏蔽，把字母去掉就行：1a3b6c 2d7e4f8 g9h0i1j5
这周六上午九点到十一点我在小区南门摆摊换锁芯，现场装，一个八十，把旧锁芯拆下来带着就行
马桶下水道堵了的在这条下面回个“通”字，我明天按楼号顺序上门，一家五十
卫生间漏水想做不拆砖补漏的，把楼栋和门牌号写在评论里，我周三晚上挨家上去看
空调加氟夏季价一百二，想排上这周的先在群里转我三十定金，我按付款顺序安排
我们公司明天下午两点在物业大厅门口摆点做免费甲醛检测，当场办治理套餐的打八折
墙面翻新刷漆的，把要刷的墙拍张照片直接发到群里，我看完给大家挨个报价
纱窗防盗网的样品我放在5栋一楼大堂了，看中的在样品旁边那张单子上写下房号，我上门量尺寸
窗帘上门安装周末统一排期，要装的接龙：房号+几扇窗，满十户每户减五十
洗衣机深度清洗六十元一台，扫楼下电梯里贴的那张橙色二维码就能下单
全屋定制工厂开放日，下周日包车接送，想去看的早上九点在小区西门上车，现场定的送床垫
美缝一米六块，要做的把家门钥匙留在物业前台写上房号，我白天做完原样放回去
化粪池清理按车算，一车四百，几户凑满一车的把钱交给4栋刘阿姨，她统一约我过来
"""

NEGATIVE_43 = """
楼上漏水的直接打物业工程部电话 0571-8762 3150，二十四小时有人值班，别信电梯里的小广告
小陈，施工图文件太大群里发不了，加我微信 chenjie_design 我晚上传你CAD
洗衣机在京东报修了，工单 JDWX2026111803472，售后约了明早九点到十点，家里得留人
老周，我网上订的锁芯放你们单位楼下快递柜了，单号尾号9915，取件码发你了，帮忙拎回来
上个月样板间墙面材料的票已经交到财务，号码 04412736，月底对账别漏了这张
空调保修期可以在美的官网 midea.com 输入机身条码查，我刚查了还有两年
街道办发的老旧小区改造补贴通知，申请二维码贴在社区公告栏上，是住建局的小程序，截止月底
1502的业主看到请回我电话 13857204619，你家水管漏到我家天花板了，急
捡到一把防盗门钥匙，挂着红绳，在2号楼电梯口，失主联系我 15967302148 或者直接去物业拿
王工电话 18662093517，明天去3栋做卫生间闭水试验，你们直接跟他约时间
装修押金收据编号 No.0037681，退押金时要带原件和身份证到物业财务室
维修资金的使用情况可以在市住建局官网查，业主委员会下周把明细贴出来
报价单今天下班前发我邮箱 zhaoli@jiayuan-design.cn，甲方明早要看
燃气热水器有味道别自己拆，打燃气公司抢修电话，号码就贴在你家燃气表上
业委会讨论电梯和外墙维修的线上会议，腾讯会议号 618 274 395，今晚八点
12345 我已经打了，投诉楼下装修早上七点就开始砸墙，工单编号 2611250417
物业报修用“智慧云居”小程序就行，填完会有师傅打电话给你，别加外面那些人
设计师小吴的手机是 13606718825，她说量房改到周四了，大家别跑空
热水器的序列号 SN: HW8A2619374 拍给售后了，他们说在保修期内免费换
海尔的售后是官方App上预约的，不用找外面的人，订单号 HR20261120558 已经派单
李姐，业主群的装修须知PDF我私聊发你了，你看一下第三条关于防水的
装修公司的对公账户我已经核过了，跟合同上盖章的一致，尾款明天走公司账，别转个人
我妈出门倒垃圾把自己关门外了，备用钥匙在我这，我还在单位，附近谁认识正规开锁的？
谁家做过卫生间不拆砖的补漏？到底管不管用，还是最后还得砸
求推荐做窗帘的店，想要遮光好一点的，预算三千左右
除甲醛到底是请公司做好还是自己开窗通风就行？新房刚装完有点慌
空调加一次氟一般多少钱合理？师傅报了三百五感觉有点贵
楼里有人装过隐形防盗网吗？想给孩子房间装，不知道哪种结实
想找个人把客厅墙面重新刷一下，大概三十平，群里有没有认识的师傅介绍一个
美缝用环氧彩砂好还是聚脲好？做过的邻居说说感受
洗衣机有股霉味，自己买清洗剂管用吗，还是得拆开洗
请问全屋定制的板材怎么看环保等级？ENF级和E0级差多少
电梯里又贴了“管道疏通 50元全包”，上次我家叫了，通完要三百八，大家别打
提醒一下，那种“开锁30元”的小卡片都是先低价骗上门，开完张口就要两三百
有人在群里私加我说“甲醛治理一次，终身质保”，这种话听听就好，别上当
楼下有人敲门说“物业安排免费检测防水”，物业说根本没这回事，是推销补漏的
小区门口发的传单写着“全屋定制1980一平全包”，我问了下，柜门五金全要另加钱
空调师傅说“氟全漏光了要加满”，结果压力表都没接，纯粹骗钱，各位留个心眼
“不砸砖堵漏，保修十年”这种公司我找过，半年又漏，电话再打就是空号
我婆婆差点被骗，两个穿工装的说是燃气公司派来“免费安检”，非要装八百块的报警器
谁也收到那条“热水器使用年限已满，请尽快点链接预约更换”的短信了？肯定是假的
有人在楼道墙上刷了“疏通”两个字加手机号，物业说会派人铲掉，大家别存那个号
美缝报价：客厅42米，厨房卫生间共35米，按八块一米算，总共616元
单元门禁锁物业统一换新，还没登记的跟上：1. 3栋502 2. 7栋1101 3. 2栋303 4. 9栋1806 5.
我家刷墙用了4桶乳胶漆，每桶18升，两室一厅刚好够
今天测了甲醛，主卧0.06，次卧0.11，客厅0.04，次卧还得再通风一阵
11月28日上午9点到下午5点，6栋到10栋停水，检修主管道
空调加氟花了260，比去年贵了40，物价真是涨
我家瓷砖空鼓了7块，开发商答应12月前派人来修
卫生间闭水试验要做满48小时，水深不低于2公分
家里窗帘量了一下，客厅3.6米宽2.7米高，卧室两扇各1.8米
业委会投票结果：同意换新电梯的186户，反对23户，弃权9户
热水器是2017年装的，用了快九年了，是不是该换了
周日业主乒乓球团体赛，我们单元拿了第二，奖品是两桶油，大爷们比我们还拼
装修垃圾清运费每户300，已交的：张姐、5-1201、老刘、8-602、小何
防盗网拆掉以后窗台要补漆，我家一共5扇窗，周末慢慢弄
油烟机洗完以后吸力明显大了，以前炒个辣椒全屋呛，现在好多了
物业维修部在1号楼102室，工作时间8:30-17:30，周日休息
今年第三次堵马桶了，都是我家老二扔的湿巾
全屋定制下单时说45天交货，现在都第62天了还没装
我们楼26层，电梯维修这三天爬楼爬得腿都软了
【群公告】本群为业主交流群，禁止发布开锁、疏通、补漏等任何维修广告，违者移出
管理员：刚才发防水补漏广告的账号已经移出群，私下加过他的注意别转账
物业通知：本周四下午对全部楼栋下水主管进行疏通，期间请勿使用洗衣机
业委会通知：外墙防水维修招标结果已公示在一楼大堂，有异议的三日内提出
群主提醒：装修施工时间为工作日8:00-12:00、14:00-18:00，周末禁止电钻作业
物业：电梯里的小广告我们每天在清，看到新贴的请拍照发给管家，不要自己撕
我家卫生间终于不漏了，楼下阿姨总算不用天天上来敲门了
刷完墙那股味道两个礼拜才散，还好孩子一直住奶奶家
自己换了个锁芯，跟着视频学的，十分钟搞定，挺有成就感
窗帘装好了，遮光是真的好，早上终于能睡个懒觉
美缝做完瓷砖看着跟新的一样，早知道交房就做了
洗衣机拆开那一刻我真的惊呆了，里面全是黑泥
空调去年没洗，今年一开全是怪味，周末得自己拆滤网洗洗
全屋定制真的比买成品贵好多，但是尺寸严丝合缝，强迫症舒服了
隐形防盗网装了以后视野好多了，老式的那种看着像笼子
楼上又在装修，电钻声从早上八点响到现在，头都大了
我爸非要自己爬梯子修热水器，被我妈硬拦下来了
下水道堵了用小苏打加白醋试了下，还真通了
老房子的墙皮一摸就掉粉，看来明年得整体翻新一下
防水这东西真不能省，我家当年省了两千，后来赔楼下八千
今天下雨才发现北边窗台渗水，明天问问物业是不是外墙的问题
智能锁装了半年，指纹识别越来越慢，冬天手干更难按
我们小区的化粪池去年夏天满了一次，那味道现在想起来都难受
甲醛这事我妈说放柚子皮就行，我说那只能盖味道
瓷砖空鼓敲起来咚咚响，师傅说面积不大可以先不管
装修完才知道插座永远不够用，厨房至少得留八个
晚上回家钥匙断在锁里了，最后还是物业保安帮忙弄出来的
有没有人觉得新装的纱窗网眼太密，风都进不来
热水器半夜突然不出热水，洗到一半冻得我直哆嗦
卫生间吊顶拆开一看，原来是楼上的地漏管接口松了，一直往下渗
Does anyone know if the building allows drilling on Saturdays? Our curtain rail still isn't up.
Got locked out again this morning, luckily my neighbour still had our spare key.
我家浴室天花板又在滴水了，樓上說下週才有空處理，真是頭痛。
請問大家換鎖芯一般多久換一次？舊的那個轉起來有點卡。
你家装修把我家墙震裂了还说跟你没关系？讲不讲道理！
楼上那位，你家漏水漏了三个月了，一句道歉都没有，还好意思在群里说别人？
业委会选的那家防水公司凭什么不公开招标？你们是不是拿了好处
我空调外机装在自己家阳台外面，碍着谁了？物业都点头了，你在这阴阳怪气有意思吗
天天说要修电梯，维修基金收了两年了，修了吗？谁出来解释一下
"""
