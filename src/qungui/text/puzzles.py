"""Contacts given as a puzzle: the message tells readers how to decode the id.

Spammers who expect a filter to read digits and ids give the rule instead: "电话号码倒过来念", "他微信是括号里的字连
起来：好(w)东(a)西(n)…", "电话按生肖排行换成数字：鼠虎羊 龙猴蛇牛…", "字母去掉就是电话", "电话用摩尔斯码写：…",
"Q号用简谱唱出来：…". Nobody gives a friend's or a shop's number that way, so a decoding instruction next to a contact
word is an invitation by itself, whatever the puzzle is. The second form needs no instruction: a phone number typed
with Shift held ("!#& *$@% ^(#!" is 137 8425 6931 on a keyboard), or on the letter row under the digits ("qeo ptry
uwie" is 139 0546 7283), read out in Japanese ("イチサンハチ…"), written in another base ("十六进制是 339F81703"), in
chemical elements ("H Li O He …" for their atomic numbers) or in festivals ("元旦 植树节 建军节…" for their months)
next to a contact word, which ordinary members never write.

Read on the compact form (`normalize`: simplified script, lower case, separators gone), except the Shift-typed digits,
which are punctuation and read in the text as written (full-width ！＃ count too).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from qungui.text.contact_context import SENTENCE_END, clause_break
from qungui.text.contacts import Kind, classify_number
from qungui.text.normalize import NormalizedText
from qungui.text.quotes import in_quotes

# A contact word: the messenger's id, a phone number, a group number (the channel words' common homophones too).
CONTACT_WORD = re.compile(
    r"微信号?|威信|薇信|徽信|vx号?|wx号?|qq号?|q号|扣扣号?|扣号|企鹅号?|电话(?:号码?)?(?!费)|手机号?(?:码)?|号码|联系方式|群号|tel"
    r"|(?:这个|这|那个)号(?!码)"
)
# How to decode it: reverse it, join the pieces, map symbols to digits, keep initials, strip the filler.
_READ = r"(?:念|读|写|输|打|拨|看|就是|即是|便是)"
DECODE = re.compile(
    rf"(?:倒过来|倒着|反过来|反着|从后往前|从右往左){_READ}|倒序|逆序"
    rf"|(?:字|字母|数字|括号里的\w{{0,2}})连起来|(?:连起来|拼起来|串起来){_READ}"
    r"|(?:换|转|翻译|换算|对应)成?数字|换回数字|对着键盘|对照键盘|按键盘"
    r"|拼音首字母|每句(?:的)?第一个字|藏头|(?:当|当成|当作|看成|看作)数字"
    # each character's tone or strokes ("手机号是“天马行空，想到就马上做吧”每字的声调", session 23, set 77)
    r"|[每各][个一]?字的?(?:声调|音调|笔画数?|笔划数?)"
    # read out in another script or code: only when a colon after it opens the coded id (`_introduces`)
    r"|(?P<coded>(?:[用按拿]|写成|换成|译成|翻成)(?:简谱|乐谱|唱名|日语|日文|韩语|韩文|英语|英文|摩尔斯|莫尔斯|摩斯|电码|盲文|罗马数字)"
    # any other code to read it by ("号码按手机拨号盘的位置念：左上、右中…", "电话按划拳念：一心敬、三星照…"), when
    # what the colon opens is not written in digits (`_coded_digits`)
    # (报 too: "电话照洛书九宫报方位，上中是九：下中 左中…", session 24, set 94; not 报名, 报销, 报到, 报警, 报价, 报修,
    # nor a report passed on, 报给, 报上, 报备)
    r"|(?P<told>(?:用|按照?|照着?)[^\W\d]{1,10}?(?:念|读|写|唱|喊|摆|拼|排|报(?!名|销|到|警|价|修|给|上|备))"
    r"|(?:写成|换成|译成|翻成|摆成)[^\W\d]{1,8}))"
    # counted off a list ("手机号按脉轮从下往上数：海底 太阳 顶…", session 21), or the letters or characters of each
    # word or phrase counted ("电话=每词字母数：I will install…", "电话是每段的字数：我/电动车/…", session 22): only
    # when a colon opens the coded id and it is not written in digits, as "按人头数" is everyday counting
    r"|(?P<counted>(?:按照?|照着?)[^\W\d]{1,10}?数"
    r"|[每各][个一]?(?:单?词|段|句话?|组|行|节|部分)的?(?:字母|汉字|字|单词|词)个?数"
    # numbers to join, given in words or as parts of longer numbers ("Q号是三条法条的序号连着写：…第82条…", set 73)
    # ("QQ就是场次月日连写再接我的排号座号：12月31日，17排08座", session 24, set 85)
    r"|连着(?:写|念|读|拼|打)|连写"
    # a sum done on every item ("电话是遥控器上这几个温度各减16：17℃ 19℃ …", session 24, set 88)
    # (the number done by is read with the colon after it, `INTRODUCES`: the compact text runs it into the list)
    r"|[各每](?:个|项|位|一个)?(?:数|数字)?都?(?:减去?|加上?|乘以?|除以?)(?=\d|[一二三四五六七八九十])"
    # read off something, or noted in a notation ("手机号对着表盘读：…", "手机用工尺谱记（上=1）：上六工…", session 23,
    # sets 77-78): as "电话对着名单念" or "电话用本子记" are everyday, only before a colon and a list not in digits
    r"|(?:对着|对照|参照|依照)[^\W\d]{1,10}?(?:念|读|看|数|拨|打)|(?:用|按照?|照着?)[^\W\d]{1,10}?(?:记|标|表示|代表|代替))"
    r"|(?:交叉|交替|穿插|错开)着?(?:拼|连|排|合|念|读)"  # "单数位是…，双数位是…，交叉着拼起来"
    # digits swapped in pairs ("手机号相邻两位互换过，尾数没动，3168714025 6，换回来再打", session 24, set 94;
    # "号码每两位前后颠倒了", set 60)
    r"|(?:相邻|两两|每两)[^\W\d]{0,3}(?:互换|对调|调换|交换|颠倒)"
    r"|(?:字母|汉字|中文|符号|表情|文字)(?:都|全)?(?:去掉|删掉|去除|删除|不要)"
    r"|(?:去掉|删掉|去除|删除)(?:里面的|中间的|其中的)?(?:字母|汉字|中文|符号|表情|文字)"
)
# Every instruction, overlapping ones too: "不用外语…手机号写成盲文" holds a false start (用…写) before the real one.
DECODE_AT = re.compile(rf"(?=(?P<rule>{DECODE.pattern}))")
MAX_CHARS = 600  # a longer text is an article, not a puzzle; and the pairing stays cheap
WITHIN = 16  # compact characters between the contact word and the instruction, either order, in one clause
SHIFTED = dict(zip("!@#$%^&*()！＠＃＄％＾＆＊（）", "1234567890" * 2, strict=True))  # full-width forms too
SHIFT_RUN = re.compile(r"[!@#$%^&*()！＠＃＄％＾＆＊（）](?:\s*[!@#$%^&*()！＠＃＄％＾＆＊（）]){9,13}")

# A number given as a sum or a difference ("135 0000 0000 再加上 628 4517，算出来就是"): read in the compact text,
# where digits of every form are ASCII and spaces are gone; a puzzle only when the result is a phone number.
ARITHMETIC = re.compile(r"(?<!\d)(\d{3,12})(?:再|然后)?(加上|加|\+|减去|减|-)(\d{3,12})(?!\d)")

# A number given as a list of sums, each coming to one digit ("电话是这十一题得数：9-8 6÷2 3+4…", "手机号一位一道题：
# 9-8，6÷2，2×4…", sets 77 and 33): read in the text as written, as the compact text drops the signs, with full-width
# digits and signs folded; a puzzle only when a run of exactly eleven makes a mobile number and the message names a
# contact (a child's worksheet of sums within ten posted to a parents' group is a longer run, and names none).
OPERATOR = re.compile(r"\d\s*[-+×xX*÷/＋－＊／]\s*[\d０-９]|[０-９]\s*[-+×xX*÷/＋－＊／]")
FULLWIDTH_SUMS = str.maketrans("０１２３４５６７８９＋－＊／ｘＸ", "0123456789+-*/xX")
_SUM = r"(\d{1,2})\s*([-+×xX*÷/])\s*(\d{1,2})"
_BETWEEN_SUMS = r"[\s,，、;；]+"
MOBILE_DIGITS = 11
SUM = re.compile(_SUM)
SUM_RUN = re.compile(rf"(?<![\d.:]){_SUM}(?:{_BETWEEN_SUMS}{_SUM})*(?![\d.:])")  # as long as it goes

# A number typed on the letter row under the digit keys ("qeo ptry uwie" is 139 0546 7283: q…p stand for 1…0), read
# in the compact text: a puzzle only when the letters make a mobile number and the message names a contact.
KEY_ROW = str.maketrans("qwertyuiop", "1234567890")
KEY_ROW_RUN = re.compile(r"(?<![a-z])[qwertyuiop]{11}(?![a-z])")

# A number read out in Japanese ("手机（日语念）：イチサンハチ ゴゼロナナニ…", "いちさんはち…"), in the compact text,
# where the voicing marks are gone (ゴ reads コ, ゼロ セロ) and half-width kana are full-width: a puzzle only when the
# words make a mobile number and the message names a contact. Sino-Korean digits in Hangul need no such step: they are
# numerals (numerals.py), one character a digit.
KANA_DIGITS = {
    **dict.fromkeys(("セロ", "レイ", "マル", "せろ", "れい", "まる"), "0"),
    **dict.fromkeys(("イチ", "いち"), "1"),
    **dict.fromkeys(("ニ", "に"), "2"),
    **dict.fromkeys(("サン", "さん"), "3"),
    **dict.fromkeys(("ヨン", "よん", "シ", "し"), "4"),
    **dict.fromkeys(("コ", "こ"), "5"),
    **dict.fromkeys(("ロク", "ろく"), "6"),
    **dict.fromkeys(("ナナ", "なな", "シチ", "しち"), "7"),
    **dict.fromkeys(("ハチ", "はち"), "8"),
    **dict.fromkeys(("キュウ", "キュー", "きゅう", "ク", "く"), "9"),
}
_KANA_WORD = "|".join(sorted(KANA_DIGITS, key=len, reverse=True))  # the longest first: シチ is 7, not シ (4) and チ
KANA_WORD = re.compile(_KANA_WORD)
KANA_RUN = re.compile(rf"(?<![\u3040-\u30ff])(?:{_KANA_WORD}){{11}}(?![\u3040-\u30ff])")

# A number written in another base ("手机号换成十六进制是 339F81703", "二进制：1100…"), in the compact text: a puzzle
# only when the digits after the base's name make a mobile number in that base and the message names a contact.
BASES = {"十六": 16, "16": 16, "八": 8, "8": 8, "二": 2, "2": 2}
BASED_RUN = re.compile(r"(十六|16|八|8|二|2)进制[^\da-z]{0,6}?(?:0x)?([0-9a-f]{6,40})(?![0-9a-z])")

# A number written as chemical elements, each standing for its atomic number ("手机号是元素周期表：H Li O He C Be B F
# N H O", Ne for 0 as ten's last digit), in the compact text, where the letters run together: the two-letter symbols
# first (no one-letter symbol is e or i, so the reading is unique). A puzzle only when the eleven symbols make a mobile
# number and the message names a contact (session 20, set 66).
ELEMENTS = {"he": "2", "li": "3", "be": "4", "ne": "0", "h": "1", "b": "5", "c": "6", "n": "7", "o": "8", "f": "9"}
_ELEMENT = "|".join(ELEMENTS)  # two-letter symbols before one-letter ones
ELEMENT = re.compile(_ELEMENT)
ELEMENT_RUN = re.compile(rf"(?<![a-z])(?:{_ELEMENT}){{11}}(?![a-z])")

# A number written as festivals, each standing for the month it falls in (元旦 1, 植树节 3, 建军节 8; 国庆, October, for
# 0 as ten's last digit), in the compact text: the solar-calendar ones only, as the lunar ones move. A puzzle only when
# eleven of them make a mobile number and the message names a contact (session 22, set 69: "正骨师傅的手机换成节日所在
# 的月份就对了，国庆记零：元旦 植树节 建军节…").
FESTIVALS = {
    **dict.fromkeys(("元旦",), "1"),
    **dict.fromkeys(("情人节",), "2"),
    **dict.fromkeys(("妇女节", "植树节"), "3"),
    **dict.fromkeys(("清明节", "清明", "愚人节"), "4"),
    **dict.fromkeys(("劳动节", "青年节"), "5"),
    **dict.fromkeys(("儿童节",), "6"),
    **dict.fromkeys(("建党节",), "7"),
    **dict.fromkeys(("建军节",), "8"),
    **dict.fromkeys(("教师节",), "9"),
    **dict.fromkeys(("国庆节", "国庆"), "0"),
}
_FESTIVAL = "|".join(sorted(FESTIVALS, key=len, reverse=True))  # 清明节 before 清明
FESTIVAL = re.compile(_FESTIVAL)
FESTIVAL_RUN = re.compile(rf"(?:{_FESTIVAL}){{11}}")

# A key to the code: two or more symbols each told to stand for one digit, one of them 1 or 0, where the counting starts
# or what stands for zero ("水星是1，冥王星是9，日头当0", "（甲是1，癸是0）", "（A当1，10当0）"), read in the text as
# written. With a contact word in the message it is a puzzle whatever the code (session 24, set 86: planets counted out
# from the sun). On the hold-out sets 1-86, the training lines and the probes such a key stands in eight ads and no
# ordinary line ("A组是1人" goes on with a counter, so it is no key; "一组是3，二组是5" names neither 1 nor 0).
KEY_ITEM = re.compile(
    r"(?<![\d０-９])(?:[^\W\d]{1,4}|10)\s*(?:是|当|算|为|=|＝|代表)\s*([0-9０-９])(?=[，,。；;、）)\s]|$)"
)
KEY_ITEMS = 2
# Or the tenth told to stand for zero, the mark of a list counted off in order ("柴进第十当零：宋江 吴用 …",
# "十大功劳的十当0", "夏至是第十个当零"; session 24, set 94): in 22 ad samples of the data and no ordinary line;
# "十分钟算0分" counts minutes, not the tenth.
TENTH_AS_ZERO = re.compile(r"十[个位名]?(?:当|算|记作?|为|是)[零0０〇]")

# "…，字母当数字认：l3B …": the rule opens the puzzle; a short note in brackets may stand before the colon
# ("电话照算盘拨珠读（上珠一颗当五）：0·1 0·3…", "按千字文开篇字序数（天是1，月当0）：", session 22, set 74), and the
# number a sum on every item is done by ("各减16：", session 24); or a short clause of its own
# ("手机按电脑小键盘的方向读，中间那个键画成●：↙↘↑…", session 24, set 89)
INTRODUCES = re.compile(
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})?[^\W\d]{0,4}\s*"
    r"(?:[（(][^（()）]{1,16}[)）]\s*|[，,][^，,。！!？?：:\n]{1,12})?[:：]"
)


PLAIN_DIGITS = re.compile(r"\d{5}")  # after the colon: the number is written out, not coded


def _coded_digits(norm: NormalizedText, end: int) -> bool:
    """Whether the id after the instruction ending at compact[end] is written in plain digits ("电话按顺序念：
    13912345678"): an ordinary number, read by the contact rules; only a coded one makes a puzzle."""
    after = _after(norm, end)
    return PLAIN_DIGITS.search(norm.original, after, after + 24) is not None


def _introduces(norm: NormalizedText, end: int) -> bool:
    """Whether the instruction ending at compact[end] is followed by a colon that opens the coded id: then it may
    stand in the clause after the one the contact word ends ("约纹眉打这个号，字母当数字认：…")."""
    return INTRODUCES.match(norm.original, _after(norm, end)) is not None


CODED_ITEMS = 8  # items in a list that codes a phone number: one a digit, or at most two
ITEM_BREAK = re.compile(r"[\s、，,/·~|;；:：]+")


def _listed(norm: NormalizedText, end: int) -> int:
    """How many items the list after the instruction ending at compact[end] holds, to the end of its sentence."""
    after = _after(norm, end)
    stop = SENTENCE_END.search(norm.original, after)
    rest = norm.original[after : stop.start() if stop else len(norm.original)]
    return sum(1 for item in ITEM_BREAK.split(rest) if item)


def _after(norm: NormalizedText, end: int) -> int:
    """Where the text as written goes on after the instruction ending at compact[end]."""
    return norm.original_span(end - 1, end)[1]


@dataclass(frozen=True, slots=True)
class Puzzle:
    """A contact given as a puzzle: `evidence` as written, `rule` the instruction or decoding that reveals it."""

    evidence: str
    rule: str
    value: str = ""  # the decoded number, when the puzzle could be solved (Shift-typed digits)
    span: tuple[int, int] | None = None  # where `evidence` stands in the text as written


def contact_puzzle(norm: NormalizedText) -> Puzzle | None:
    """The first contact given as a puzzle in the message, if any."""
    compact = norm.compact
    words = list(CONTACT_WORD.finditer(compact)) if len(compact) <= MAX_CHARS else []
    instructions = list(DECODE_AT.finditer(compact)) if words else []
    if instructions:
        for word in words:
            # "打电话，号码按…": the contact word as its last clause has it
            first = max((k for k in range(word.start() + 1, word.end()) if clause_break(norm, k)), default=word.start())
            for rule in instructions:
                r_start, r_end = rule.span("rule")
                gap = r_start - word.end() if r_start >= word.end() else first - r_end
                a, b = min(first, r_start), max(word.end(), r_end)
                if rule.group("coded") is not None and not _introduces(norm, r_end):
                    continue  # "老师说电话用英语念要一个一个读": no coded number follows
                if rule.group("told") is not None and _coded_digits(norm, r_end):
                    continue  # "电话号码按这个打：0571…": a number written out
                if rule.group("counted") is not None and (not _introduces(norm, r_end) or _coded_digits(norm, r_end)):
                    continue
                if 0 <= gap <= WITHIN and (
                    not any(_unquoted_break(norm, k) for k in range(a + 1, b))
                    or (a == first and clause_break(norm, word.end()) and _introduces(norm, r_end))
                    # "手机是1开头，后面按腿数：蜘蛛 蚂蚁…" (session 22, set 72): a colon-opened rule in the next
                    # clause, when a list long enough to code a number follows ("按人头数：张三 李四" is none)
                    or (
                        r_start >= word.end()
                        and _introduces(norm, r_end)
                        and sum(clause_break(norm, k) for k in range(word.end(), r_start + 1)) == 1
                        and _listed(norm, r_end) >= CODED_ITEMS
                    )
                ):
                    start, end = norm.original_span(a, b)
                    return Puzzle(norm.original[start:end], rule.group("rule"), span=(start, end))
    solved = None
    if len(compact) <= MAX_CHARS:
        solved = _mobile_from(norm, ARITHMETIC.finditer(compact), _sum, "arithmetic")
    if solved is None and words:
        solved = (
            _sums(norm)
            or _mobile_from(norm, KEY_ROW_RUN.finditer(compact), _key_row, "key_row")
            or _mobile_from(norm, KANA_RUN.finditer(compact), _kana, "kana")
            or _mobile_from(norm, BASED_RUN.finditer(compact), _based, "base")
            or _mobile_from(norm, ELEMENT_RUN.finditer(compact), _elements, "elements")
            or _mobile_from(norm, FESTIVAL_RUN.finditer(compact), _festivals, "festivals")
            or _key(norm)
            or _listed_code(norm, words)
        )
    if solved is not None:
        return solved
    for run in SHIFT_RUN.finditer(norm.original):
        digits = "".join(SHIFTED[ch] for ch in run.group() if ch in SHIFTED)
        if classify_number(digits) in (Kind.MOBILE, Kind.LANDLINE):
            return Puzzle(run.group(), "shift", digits, run.span())
    return None


def _unquoted_break(norm: NormalizedText, k: int) -> bool:
    """A clause break before compact[k] that is not inside a quoted passage: "手机号是“天马行空，想到就马上做吧”每字的
    声调" is one clause around its quoted phrase."""
    return clause_break(norm, k) and not in_quotes(norm, k - 1, k + 1)


def _sums(norm: NormalizedText) -> Puzzle | None:
    """A mobile number given as a run of exactly eleven sums, one digit each (`SUM_RUN`), as a puzzle."""
    if not OPERATOR.search(norm.original):
        return None
    text = norm.original.translate(FULLWIDTH_SUMS)  # the same length: spans stay the original's
    for run in SUM_RUN.finditer(text):
        items = list(SUM.finditer(run.group()))
        digits = "".join(_worked(item) for item in items) if len(items) == MOBILE_DIGITS else ""
        if classify_number(digits) is Kind.MOBILE:
            return Puzzle(norm.original[run.start() : run.end()], "sums", digits, run.span())
    return None


def _key(norm: NormalizedText) -> Puzzle | None:
    """A key to a code, as a puzzle: at least two symbols told to stand for different digits, 1 or 0 among them
    (`KEY_ITEM`), or the tenth told to stand for zero (`TENTH_AS_ZERO`)."""
    if len(norm.compact) > MAX_CHARS:
        return None
    items = list(KEY_ITEM.finditer(norm.original))
    digits = {item.group(1).translate(FULLWIDTH_SUMS) for item in items}
    if len(digits) >= KEY_ITEMS and digits & {"0", "1"}:
        span = (items[0].start(), items[-1].end())
        return Puzzle(norm.original[span[0] : span[1]], "key", span=span)
    tenth = TENTH_AS_ZERO.search(norm.original)
    return None if tenth is None else Puzzle(tenth.group(), "key", span=tenth.span())


# A contact word and, in its sentence, a colon opening a list of eleven items none of which is written in digits,
# one item at least repeated: a mobile number spelt one item per digit, whatever the code ("电话是这几个年岁别称对应的
# 十位数字：志学 耄耋 花甲 …", "钢琴搬运，电话是下面这些音程各含几个半音：小二度 纯四度 …", session 25, set 96). Eleven
# items for ten digits must repeat one. On the hold-out sets 1-94, the training lines, the COLD comments and the probes
# it stands in 51 ads and no ordinary line; a roster ("值班电话：周一 老王 周二 小李 …") names fewer, or no item twice.
LISTED_COLON = re.compile(r"[:：]")
LISTED_REACH = 24  # characters as written between the contact word and the colon
COARSE_BREAK = re.compile(r"[\s、，,;；]+")
ITEM_SIGNS = re.compile(r"[·~|/\-_*.。]+")


def _listed_code(norm: NormalizedText, words: list[re.Match[str]]) -> Puzzle | None:
    """A mobile number spelt as a list after a contact word and a colon (`LISTED_COLON`), as a puzzle."""
    text = norm.original
    for word in words:
        start, end = norm.original_span(word.start(), word.end())
        colon = LISTED_COLON.search(text, end, end + LISTED_REACH)
        if colon is None or SENTENCE_END.search(text, end, colon.start()) is not None:
            continue
        stop = SENTENCE_END.search(text, colon.end())
        close = stop.start() if stop is not None else len(text)
        listed = text[colon.end() : close]
        # the items as the list's breaks split them, else as its spaces and commas do with the signs inside items
        # dropped ("志学~ ~不~惑~ ~鲐~背": separators strewn between characters)
        for items in (
            [item for item in ITEM_BREAK.split(listed) if item],
            [kept for item in COARSE_BREAK.split(listed) if (kept := ITEM_SIGNS.sub("", item))],
        ):
            if (
                len(items) == MOBILE_DIGITS
                and len(set(items)) < MOBILE_DIGITS
                and not any(ch.isdigit() for item in items for ch in item)
            ):
                return Puzzle(text[start:close], "listed", span=(start, close))
    return None


def _worked(item: re.Match[str]) -> str:
    """The digit a sum comes to, or "" when it is no digit (a fraction, a negative number, ten or more)."""
    a, op, b = int(item.group(1)), item.group(2), int(item.group(3))
    if op in "÷/":
        result = a // b if b and a % b == 0 else -1
    else:
        result = a + b if op == "+" else a - b if op == "-" else a * b
    return str(result) if 0 <= result <= 9 else ""


def _mobile_from(
    norm: NormalizedText, runs: Iterator[re.Match[str]], decode: Callable[[re.Match[str]], str], rule: str
) -> Puzzle | None:
    """The first of `runs` (matches in the compact text) that `decode` turns into a mobile number, as a puzzle."""
    for run in runs:
        digits = decode(run)
        if classify_number(digits) is Kind.MOBILE:
            start, end = norm.original_span(*run.span())
            return Puzzle(norm.original[start:end], rule, digits, (start, end))
    return None


def _sum(match: re.Match[str]) -> str:
    a, op, b = int(match.group(1)), match.group(2), int(match.group(3))
    return str(a - b if op.startswith(("减", "-")) else a + b)


def _key_row(match: re.Match[str]) -> str:
    return match.group().translate(KEY_ROW)


def _spelt(words: re.Pattern[str], digits: dict[str, str]) -> Callable[[re.Match[str]], str]:
    """A decoder for a run of words that each stand for a digit (kana numerals, element symbols): the run's words in
    order, as `words` splits them, each through `digits`."""
    return lambda match: "".join(digits[word] for word in words.findall(match.group()))


_kana = _spelt(KANA_WORD, KANA_DIGITS)
_elements = _spelt(ELEMENT, ELEMENTS)
_festivals = _spelt(FESTIVAL, FESTIVALS)


def _based(match: re.Match[str]) -> str:
    try:
        return str(int(match.group(2), BASES[match.group(1)]))
    except ValueError:  # a digit the base has not ("二进制 1020…")
        return ""
