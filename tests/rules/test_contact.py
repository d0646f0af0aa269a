"""The contact detector through the engine: ids in any disguise near solicitation, never ordinary numbers."""

from __future__ import annotations

from types import MappingProxyType

import pytest

from qungui.rules.compiled import compile_rulebook
from qungui.rules.detectors import builtin_detectors
from qungui.rules.detectors.contact import ContactDetector
from qungui.rules.loader import parse_rulebook
from support import Scenario

CONTENT = ("solicitation", "ad", "porn", "gambling", "politics", "violence", "abuse", "malicious_link")
RULES = """
name: t
title: t
group_kind: custom
ladders:
  record: {title: 记录, steps: [{action: record}]}
clauses:
  - {id: 一.8, text: 不允许在本群拉人去其他群, title: 不拉人, category: solicitation, enforcement: auto,
     ladder: record, detectors: [{type: contact}]}
""" + "".join(
    f"  - {{id: {c}, text: {c}, title: {c}, category: {c}, enforcement: auto, ladder: record,\n"
    f"     detectors: [{{type: lexicon, settings: {{use_defaults: true}}}}]}}\n"
    for c in CONTENT
)
REGISTRY = MappingProxyType({**builtin_detectors(), ContactDetector.id: ContactDetector})


def book(rules: str = RULES):
    return compile_rulebook(parse_rulebook(rules, registry=REGISTRY), REGISTRY)


@pytest.fixture(scope="module")
def compiled():
    return book()


def findings(compiled, text: str, detector: str | None = "contact"):
    decision = Scenario(book=compiled).say("u1", text)
    found = [f for f in decision.findings if detector is None or f.detector == detector]
    for f in found:
        assert f.span is not None and text[f.span[0] : f.span[1]] == f.evidence
    return found


def one(compiled, text: str):
    found = findings(compiled, text)
    assert found, f"no contact finding in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    ("text", "step", "label", "value"),
    [
        ("滴滴我 ①③⑧⓪⓪①③⑧⓪⓪⓪", "digits", "数字变体", "13800138000"),
        ("加我 一三八 零零一三 八零零零", "numerals", "中文数字", "13800138000"),
        ("需要的加我 壹叁捌零零壹叁捌零零零", "numerals", "中文数字", "13800138000"),
        ("回收旧手机，电话 腰伞期 耳巴思舞 灵溜酒丝", "numerals", "中文数字", "13728450694"),  # digit homophones
        ("联系我 １３８００１３８０００ 日结", "fullwidth", "全角", "13800138000"),
        ("找我 ¹³⁸⁰⁰¹³⁸⁰⁰⁰", "digits", "数字变体", "13800138000"),
        ("加我 𝟏𝟑𝟖𝟎𝟎𝟏𝟑𝟖𝟎𝟎𝟎", "digits", "数字变体", "13800138000"),
        ("私我 1❤3❤8❤0❤0❤1❤3❤8❤0❤0❤0", "separators", "去除分隔符", "13800138000"),
        ("加我 138\u200b0013\u200b8000", "zero_width", "去除零宽字符", "13800138000"),
        ("加我薇信 13800138000", "homophone", "同音字", "13800138000"),
        ("加🐧 123456789 领资料", "emoji", "表情替代", "123456789"),
        ("加v 𝐇𝕌𝐗457", "fancy", "花式字符", "hux457"),
        ("加vx：C₳D571", "lookalike", "形近字母", "cad571"),
        ("jia wo wei xin 13800138000", "pinyin", "拼音", "13800138000"),
        ("聯繫微信 13800138000，日結", "traditional", "繁体→简体", "13800138000"),
        ("力口我 13800138000 领福利", "split_chars", "拆字合并", "13800138000"),
    ],
)
def test_every_disguise_is_found_and_named(compiled, text, step, label, value):
    finding = one(compiled, text)
    assert finding.category.value == "solicitation" and finding.clause == "一.8"
    assert finding.detail["id"] == value
    assert step in finding.detail["steps"], finding.detail
    assert label in finding.revealed_by, finding.revealed_by
    assert finding.score >= 0.7


def test_kinds_of_ids(compiled):
    assert one(compiled, "加我微信 13800138000").detail["kind"] == "mobile"
    assert one(compiled, "加我 qq 12345678").detail["kind"] == "qq"
    assert one(compiled, "加我vx：abc_12345").detail["kind"] == "wechat"
    assert one(compiled, "需要的联系 010-62345678，代开发票").detail["kind"] == "landline"
    assert one(compiled, "wxid_abcd12345 加我").detail["id"] == "wxidabcd12345"
    assert one(compiled, "群号 123456789，进群领福利").detail["kind"] == "qq"


def test_a_number_with_a_country_code_is_a_phone(compiled):
    """ "+60 12-438 7715" after WhatsApp (session 17, set 59): a phone abroad, not a QQ-shaped run of digits."""
    finding = one(compiled, "东南亚的货找我表姐，WhatsApp：+60 13-552 8140，发图就报价")
    assert finding.detail["kind"] == "qq" and finding.detail["id"] == "60135528140"
    assert finding.score >= 0.9
    assert "international" in finding.detail["why"]
    # the same digits without the plus sign stay a QQ-shaped number, below the detector's floor
    assert findings(compiled, "WhatsApp 60135528140 发图就报价") == []
    assert findings(compiled, "库存 +12345678 件，周五盘点") == []


def test_solicitation_scores_higher_than_a_phone_shared_for_work():
    loose = book(
        RULES.replace("detectors: [{type: contact}]", "detectors: [{type: contact, settings: {min_score: 0.3}}]")
    )
    work = findings(loose, "有事打我电话 13800138000")[0]
    spam = findings(loose, "加我薇信 13800138000")[0]
    assert work.score < 0.7 <= spam.score
    assert findings(book(), "有事打我电话 13800138000") == []


def test_a_service_line_names_a_phone_number(compiled):
    """专线 (a service line) is a phone word like 热线 (session 15, set 54: a refund "hotline" in digit homophones)."""
    finding = one(compiled, "售后专线：腰五捌 洞贰叁肆 伍陆柒捌，有问题都可以打")
    assert finding.detail["id"] == "15802345678"
    assert "专线" in finding.evidence


def test_invitations_without_an_id(compiled):
    for text in ("滴滴微信领福利", "有意者私我拉你", "加vx领取资料", "找我 wei xin 详聊"):
        finding = one(compiled, text)
        assert finding.detail["kind"] == "invitation", text
    assert "表情替代" in one(compiled, "私我 🐧").revealed_by


def test_settings_kinds_and_allow():
    only_qq = book(
        RULES.replace("detectors: [{type: contact}]", "detectors: [{type: contact, settings: {kinds: [qq]}}]")
    )
    assert findings(only_qq, "微信同号 13800138000，日结工资") == []
    assert findings(book(), "微信同号 13800138000，日结工资")
    own = book(
        RULES.replace(
            "detectors: [{type: contact}]", "detectors: [{type: contact, settings: {allow: ['13800138000']}}]"
        )
    )
    assert findings(own, "微信同号 138 0013 8000，日结工资") == []
    assert findings(own, "微信同号 13900139000，日结工资")


def test_mechanism_names_the_threshold(compiled):
    detector = next(d for d in compiled.detectors if d.id == "contact")
    assert "0.7" in detector.mechanism()


# Ordinary work, chamber-of-commerce and store chat with numbers: no finding from any content detector.
CLEAN = [
    "明天上午九点开会，请各部门负责人准时参加",
    "订单号 202311240017 已发货，请注意查收",
    "发票号码 04400231456789，金额 12580.50 元，请财务核对",
    "本月营业额 3286000 元，比上月增长 12%",
    "1203 房间的空调坏了，已报修",
    "股票代码 600519 今天涨停了",
    "300750 这只股票大家怎么看",
    "会议时间 2024-03-15 14:30，腾讯会议号 123 456 789",
    "请新同事把工号 880123 报给人事",
    "系统已升级到 v2.10.15，有问题请反馈",
    "合同编号 HT20240315001，请在 3 月 20 日前签回",
    "快递单号 SF1234567890123，顺丰的",
    "有事打我电话 13800138000",
    "张经理的手机 139 1234 5678，明天他负责对接",
    "公司前台座机 0755-86001234，访客请提前登记",
    "报销 2380 元已到账",
    "地址：科技园南路 18 号 1702 室",
    "邮编 518057，收件人写行政部",
    "大家一起加油，2024 年冲刺目标 5000 万",
    "20240315 的报表已经上传到群文件",
    "库存还剩 12000 件，请采购部补货",
    "我的QQ邮箱是 123456789@qq.com，简历发这里",
    "群公告：本周五 18:30 团建，地点另行通知",
    "航班号 CA1234，8:30 起飞",
    "客户 13912345678 投诉了，请售后跟进",
    "价格 1299，含税含运费",
    "总共 36000 元，分 12 期付款",
    "这批货的批次号是 20240315088",
    "第 3 期培训共 126 人报名",
    "请统一一下格式，一起提交",
    "等一下，我马上到",
    "微信群里发了通知，大家看一下",
    "我微信上跟你说过了",
    "这个问题我们私聊吧，群里不方便",
    "王总的电话我发你私信了",
    "请加一下班，今晚把 12345 号订单处理完",
    "系统增加微信支付功能，下周上线",
    "商会本月联谊活动定在 12 月 8 号，地点另行通知",
    "这件衣服 199 元，今天下单包邮",
    "会员积分满 5000 可以兑换礼品",
    "上周的数据：访客 12345 人，转化率 3.2%",
    "房租 3500 一个月，押一付三",
    "会议改到 14:30 了",
    "停车场在 B2，车位号 B2-0357",
    "验证码 482913，五分钟内有效",
    "账户余额 12,345.67 元",
    "打印机 IP 是 192.168.10.25，连不上找 IT",
    "二〇二四年度总结大会在三楼召开",
    "请大家扫码签到，会议马上开始",
    "新人进群请先看群公告",
    "这个客户的微信是 wangjun_1988，你跟进一下",
    "我们的客服电话是 400-800-1234",
    "有问题私聊我，群里别刷屏",
    "笑死我了，这个方案太好了",
    "强制执行新的考勤制度",
    "出生日期请按 1990-01-01 格式填写",
]


@pytest.mark.parametrize("text", CLEAN)
def test_ordinary_messages_stay_clean(compiled, text):
    assert findings(compiled, text, detector=None) == []


def test_the_clean_list_is_long_enough():
    assert len(CLEAN) >= 40


@pytest.mark.parametrize(
    ("text", "rule", "value"),
    [
        ("做家电清洗的，电话号码倒着念：8 6 1 3 4 5 7 2 0 3 1", "倒着念", ""),
        ("团购群满了，新群的群号从后往前输就行：7 6 5 4 3 2 1 9 8", "从后往前输", ""),
        ("要资料的看这里，微信号是每个括号里的字母连起来：来(l)看(u)看(c)吧(k)(6)(6)", "括号里的字母连起来", ""),
        ("我的手机号按十二生肖的排位对应数字：鼠龙兔 马马牛蛇 羊猴兔鼠", "对应数字", ""),
        ("瘦身茶的事看这，微信是店名的拼音首字母加门牌号", "拼音首字母", ""),
        ("搬家拉货，电话里的汉字都去掉就行：1三3八9五0…", "汉字都去掉", ""),
        # session 15, from sets 53 and 54: a number read out in another script or code, letters taken as digits
        ("钢琴陪练找我妈，她电话用简谱唱：do re mi sol …", "用简谱", ""),
        ("收二手课本，Q号按日语念：いち、さん、ご…", "按日语", ""),
        ("陪练营报名，手机用摩尔斯码写：·−−−− −−−··", "用摩尔斯", ""),
        ("想约拍的打这个号，字母当数字认：l3B 2GT OS1 gA", "当数字", ""),
        # session 16, from set 56: any other code to read the number by, when a colon opens it
        ("卖土蜂蜜的老张，电话按九宫格的方位念：中上、左上、正中、右下…", "按九宫格的方位念", ""),
        ("收旧家电，打电话，号码照扑克牌念：A、3、J、Q、K…", "照扑克牌念", ""),
        # session 16, from sets 57 and 58: written in a code, laid out in symbols, given as a sum
        ("做团购的群，群号用扑克牌摆出来：♠3 ♥7 ♣2…", "用扑克牌摆", ""),
        ("不用会外语，招聘专员的手机号译成盲文了：⠼⠁⠉⠊…", "译成盲文", ""),
        ("搬家找我，电话 139 0000 0000 再加上 523 1876 就是", "arithmetic", "13905231876"),
        ("收旧手机，号码是二零零零零零零零零零零减去六一零零零零四三二一", "arithmetic", "13899995679"),
        ("换锁开锁上门，号码：!#( $%^& *)@!", "shift", "13945678021"),
        ("换锁开锁上门，号码：！＃（ ＄％＾＆ ＊）＠！", "shift", "13945678021"),
        # session 17, from sets 59 and 60: typed on the letter row under the digit keys
        ("上门修空调，电话在键盘上往下一排打的：qeo yyet uipo", "key_row", "13966357809"),
        ("搬家电话 ＱＥＯ ＹＹＥＴ ＵＩＰＯ", "key_row", "13966357809"),
        # session 19, from sets 63 and 64: read out in Japanese (voicing marks and half-width kana too), another base
        ("收旧冰箱，电话日语版：いち・さん・きゅう ろく・なな・ぜろ・はち に・よん・ご・いち", "kana", "13967082451"),
        ("修钟表的手机 ｲﾁｻﾝﾊﾁ ｺﾞｾﾞﾛﾅﾅﾆ ｻﾝｷｭｳﾖﾝﾛｸ", "kana", "13850723946"),
        ("家教联系电话用16进制写了：0x33A9D29C5，自己换算", "base", str(0x33A9D29C5)),
        ("配钥匙的，号码八进制 147176013403", "base", "13857462019"),
        # session 20, from set 66: chemical elements for their atomic numbers (Ne for 0)
        ("收废旧电瓶，电话：H Be Ne Li N O C F B He He", "elements", "14037869522"),
        ("团购海鲜的手机号 ＨＯＨｅＢＣＬｉＢｅＦＮｅＯＨ", "elements", "18256349081"),
        # session 21, from set 67: a number counted off a list of named things
        ("收古钱币，电话按天干从甲开始数：甲 丙 戊 乙 丁 己 庚 辛 甲 丙 戊", "按天干从甲开始数", ""),
        # session 22, from sets 69 and 70: festivals for their months (国庆 for 0), the letters or characters of
        # each word or phrase counted
        ("旧书手机：元旦建军节儿童节清明节国庆劳动节情人节植树节教师节元旦儿童节", "festivals", "18640523916"),
        ("搬家师傅电话，每个单词的字母个数：I am a happy mover with eleven trucks", "每个单词的字母个数", ""),
        ("修电脑找我，手机号是各句话的字数：好/修得快/价格公道/…", "各句话的字数", ""),
        # session 22, from set 72: the rule in the clause after the contact word, opening a list long enough to code
        # a number
        (
            "做木工的老李，电话以1打头，其余按轮子数：自行车 三轮车 汽车 自行车 汽车 三轮车 汽车 自行车 三轮车 汽车",
            "按轮子数",
            "",
        ),
        # session 22, from sets 71, 73 and 74: a note in brackets before the colon; numbers to join, given as parts
        ("修古筝找我，电话照琴弦从低到高念（最低那根算1）：do re mi …", "照琴弦从低到高念", ""),
        ("代写合同，微信号是几个年份连着写：建国那年、香港回归那年", "连着写", ""),
        # session 23, from sets 77 and 78: a list of sums, one digit each; a notation or a dial read off after a
        # colon; each character's tone, around a quoted phrase with a comma in it
        ("陪练书法，手机一位一个算式：2-1 9÷3 4+4 6-6 2×2 1+4 3×3 7-5 8÷8 0+6 9-2", "sums", "13804592167"),
        ("修表，电话：５－４ ２＋１ １×７ ９÷９ ８－８ ３＋３ ４÷２ １＋８ ６－１ ２×２ ７÷７", "sums", "13710629541"),
        ("教竹笛，电话用笛子指法记（全按作5）：…", "用笛子指法记", ""),
        ("修钟的电话，照着老挂钟读：三点 八点 五点 …", "照着老挂钟读", ""),
        ("教古诗的，手机号是“春眠不觉晓，处处闻啼鸟”每个字的声调", "每个字的声调", ""),
        # session 24, from sets 85 and 86: numbers to join written together; a key to the code, whatever the code
        ("收旧邮票，QQ是生日月日连写：3月17日、9月2日、5月30日", "连写", ""),
        ("琴房出租，电话：宫商角徵羽宫羽角商商徵，宫算1，羽是5", "key", ""),
        ("手机号：北东西南中北南西东东中——北是1，中当0", "key", ""),
        ("修车电话 A K 7 3 Q J 9 2 K A 5（A当1，K是0）", "key", ""),
        # session 24, from set 88: a sum done on every item of a list after the colon
        ("装窗帘的手机，每个数都减10：11 13 19 14 15 10 18 17 12 16 19", "每个数都减", ""),
        ("修锁，QQ各加五：六 八 十二 七 九 十 十四", "各加", ""),
        # session 24, from set 89: a short clause of its own between the rule and the colon
        ("修鞋的手机照九宫格方位念，正中那格写成○：↖↑↗○↙↓↘←→↖↑", "照九宫格方位念", ""),
        # session 24, from set 94: 报 as the way to read it; digits swapped in pairs; the tenth as zero
        ("收旧书的手机照星座顺序报（白羊算一）：金牛 双子 白羊 巨蟹 …", "照星座顺序报", ""),
        ("搬家师傅的手机号两两对调过：31 86 57 20 49 3", "两两对调", ""),
        ("QQ号：甲 丙 乙 丁 戊 己 庚 辛，第十当零", "key", ""),
        # session 25, from set 96: eleven items after a contact word and its colon, one repeated, whatever the code
        (
            "修车，手机是这些车的轮子个数：独轮车 三轮车 汽车 独轮车 摩托车 汽车 三轮车 独轮车 摩托车 汽车 三轮车",
            "listed",
            "",
        ),
        ("教吉他的电话是下面这些和弦要用几根手指：C G Am F C Em Dm G C Am F", "listed", ""),
        ("配钥匙电话：大雪 立~冬~ ~小~寒 大雪 立春 雨水 惊蛰 小寒 立冬 大雪 雨水", "listed", ""),
    ],
)
def test_contacts_given_as_a_puzzle(compiled, text, rule, value):
    finding = one(compiled, text)
    assert finding.detail["kind"] == "puzzle"
    assert finding.detail["rule"] == rule
    assert finding.detail["id"] == value
    assert finding.score >= 0.7
    if rule == "arithmetic":  # what an admin reads: the decoded number and how, in Chinese
        assert finding.revealed_by.endswith(f"→ {value}（按算式算出）")
    if rule == "key":  # a key told in the text: how it is read, in Chinese, not the rule's name
        assert finding.revealed_by == "文中给出了对照（某字当某个数字），按对照读出号码"
    if rule == "listed":
        assert finding.revealed_by.startswith("联系方式后列了十一项")


@pytest.mark.parametrize(
    "text",
    [
        "我手机屏幕倒过来了，怎么调回来",
        "两个微信群合起来管理吧，省得通知发两遍",
        "你这个人真是 #$%@&*!!",
        "填报名表时手机号码去掉中间的横线",
        "我家座机号倒过来是我的生日，挺巧的",
        "骗子现在把手机号倒过来写发群里，大家别上当",  # a warning names the trick
        "表格里把大写金额换成数字，微信发我核对",  # 换成数字 is about the amount, 微信 is the way to send it back
        "密码是 !@#$%^&*()",  # Shift digits that make no phone number
        "微信发我，金额换成数字：一万二",  # the rule's colon opens an amount, and the contact word leads its clause
        "英语老师说电话用英语念要一个数字一个数字读",  # no coded number follows
        "群规补充：禁止发“电话号码倒过来念”这类广告，发现即踢",  # the trick named by a rule (a warning)
        "刚才那条“电话号码倒过来念”是什么意思，我没看懂",  # the trick quoted, not used
        "物业电话按这个打：0571-86723190，晚上也有人接",  # a number written out after the colon
        "新来的保洁阿姨的电话号码，你照着通讯录念一遍给她",  # no colon opens a code
        "这个月电话费自己算一下：38加25，再报销",  # a sum that makes no phone number
        "报销单价一万二加上三千五，总共一万五千五",
        "电话号码写成表格发我",  # no colon opens a code
        "订单号 20231130885 加 320 元运费",  # the sum is read from whole numbers only, not the tail of a longer one
        "键盘测试 qeo yyet uipo 都能打出来",  # letters of the top row, but no contact word
        # twelve top-row letters whose last eleven would read 139 6635 7809: a longer run is a word, not a number
        "电话打不通，他说 wqeoyyetuipo 这个账号锁了",
        "电话会议时日语老师教了数数：いち、に、さん、よん、ご",  # kana digits that make no phone number
        "十六进制 339F81703 换成十进制是多少？作业第三题",  # a base exercise, no contact word
        "电话里问的二进制题：10203011112 这种不是二进制数",  # digits the base has not (2, 3): no number to read
        "化学课背元素，H He Li Be B C N O F Ne，打电话给我抽查",  # elements in order make no phone number
        "水是 H2O，电话里问孩子，他说氢是 H 氧是 O",  # no run of eleven symbols
        "电话费按人头数：一共十二个，每人摊十块",  # a phone bill, no contact word
        "号码牌按人头数，不够再去前台领",  # counting, no colon opens a code
        "群号按顺序数：第三个群是 638920175",  # counted off, but the number after the colon is written out
        "每段的字数不超过两百，电话里跟编辑说好了",  # a word count, no colon opens a code
        "电话会议纪要，每句话的字数：12，18，9",  # counts written in digits after the colon: nothing coded
        "节日安排：元旦 清明 劳动节 儿童节 国庆，电话通知到人",  # five festivals make no phone number
        "我手机坏了，按人头数：一共十二个",  # counting in the next clause, no list that could code a number
        "电话打不通，按人头数：张三 李四 王五",
        "手机号连着写，不要加横杠",  # a form filled in: no colon opens a code
        "电话号码连着写：13812345678",  # the number after the colon is written out
        "老师的电话用小本子记一下，别弄丢了",  # noted down: no colon opens a code
        "电话号码对着名单念一遍，看有没有漏的",  # read off a list: no colon opens a code
        "电话按规定报名：张三 李四 王五",  # 报名 is signing up, not reading a number out
        "值班电话按流程报给行政：张三 李四 王五",  # passed on to the office, not read out
        "座位两两互换，电话里跟班主任说好了",  # the swap is the seats', in another clause than the contact word
        "电话会议迟到十分钟算0分",  # ten minutes, not the tenth
        "新同事电话对照通讯录核一下：张三 李四",  # the colon opens two names, written out
        "口算作业：9-8 6÷2 3+4 1+2 10-5 3×3，电话里跟老师说了",  # six sums make no phone number
        "今天的口算：9-8 6÷2 3+4 1+2 10-5 3×3 8÷4 2×4 7-7 12÷3 2+4，家长签字",  # eleven, but no contact word
        "电话里老师让练口算：1+1 9-8 6÷2 3+4 1+2 10-5 3×3 8÷4 2×4 7-7 12÷3 2+4",  # a worksheet of twelve
        "练习题：12÷5 7-9 3×4 8+6 1+1 2+2 3+3 4+4 5+5 6+6 7+7，电话问老师",  # sums that are no digits
        "普通话课读“天马行空”，每个字的声调要准，电话里老师夸了",  # the tones practised, no number given
        "电话号码区号和号码连写：0571-86723190",  # the number after the colon is written out
        "联系电话请区号和号码连写，不要加空格",  # a form filled in: no colon opens a code
        "分组：一组是3，二组是5，电话里通知",  # a count per group: a key says what stands for 1 or 0
        "A组是1人，B组是2人，电话会议按组进",  # digits followed by a counter are no key
        "甲方是1，乙方是2",  # a key, but no contact word
        "电话会议上说了，每个部门各减5个名额",  # no colon opens a code
        "电话费每人各减10元：张三 李四 王五",  # a phone bill: no contact word (电话费)
        "手机号每个数都加1：13900001111",  # the number after the colon is written out
        "电话按名单念，先念组长的：13912345678",  # the number after the clause's colon is written out
        "电话按部门顺序打，一个一个来，不要漏了：财务 人事 行政",  # the clause too long to be a note: a work order
        # eleven items after a contact word's colon, but none repeated (a roster), some in digits, or another sentence
        "本周值班电话安排：周一 老王 周二 小李 周三 小张 周四 老刘 周五 小陈 周六",
        "电话会议参会名单：张伟 李娜 王强 刘洋 陈静 杨帆 赵磊 黄敏 周杰 吴昊 徐丽",
        "电话里说的尺码：S M M L L XL 2XL M S L M",
        "我换手机了。明天要带：水 伞 水 帽子 扇子 伞 水 纸巾 水 伞 帽子",
    ],
)
def test_no_puzzle_in_ordinary_talk(compiled, text):
    assert [f for f in findings(compiled, text) if f.detail.get("kind") == "puzzle"] == []


def test_puzzles_can_be_switched_off():
    off = book(
        RULES.replace("detectors: [{type: contact}]", "detectors: [{type: contact, settings: {puzzles: false}}]")
    )
    assert findings(off, "做家电清洗的，电话号码倒着念：8 6 1 3 4 5 7 2 0 3 1") == []
