"""Score contact candidates by the words around them: is this number an invitation to go elsewhere?

The cue words live in `data/contact_cues.tsv`, one class per line, and are matched like lexicon
terms (spelling, sound, stand-ins: 薇信, 🐧, 扣扣 count as channel words). A candidate's score starts
from its kind and moves with what is near it:

| evidence | weight |
|---|---|
| kind: mobile / landline / hotline / QQ-shaped / WeChat-shaped / wxid_ | 0.45 / 0.35 / 0.2 / 0.1 / 0.1 / 0.6 |
| a channel word for it nearby (微信/vx/薇 for any id, QQ words for QQ-shaped, 群号 for a group) | +0.4 |
| a solicitation verb nearby (加我, 私聊, 滴滴, 找我, 咨询, 进群 …), or 加/私 right before | +0.3 |
| else a neutral word nearby: 联系, 加一下/添加, or 电话/手机/tel for a phone number | +0.15 |
| selling or recruiting words, a call to an audience (有需要的 …) in the message: 0.1 each | up to +0.2 |
| the id or its channel word is disguised (digit forms, numerals, odd separators, homophones, a key's cipher …) | +0.2 |
| no solicitation verb, and the message points at someone else (跟他定, 打给她, 他的电话) | −0.3 |
| a business word nearby (订单号, 工号, 会议号, 股票, 金额 …), unless the channel word stands between | −0.6 |
| a unit right after (元, 万, 个, 号, 楼 …), or currency/percent/decimal/date/time/version shape | −0.6 |

The result is clamped to [0, 0.99]. The default threshold (0.7) needs more than a bare phone
number: "有事打我电话 13800138000" scores 0.6, "加我薇信 13800138000" 0.99. An invitation without an
id ("滴滴微信", "加vx") scores 0.75 for a solicitation verb next to a channel word (0.55 for a
neutral one or the other order), plus the same ad and disguise evidence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from types import MappingProxyType

from qungui.text.contacts import LATIN_CHANNELS, Candidate, Kind, find_candidates
from qungui.text.lexicon import Lexicon, LexiconHit
from qungui.text.lexicons import CUE_TRIGGERS, contact_cue_terms, shipped_lexicon
from qungui.text.normalize import NormalizedText, Normalizer
from qungui.text.numerals import FORMAL_NUMERALS

BEFORE = 10  # compact characters before an id in which a cue counts as near
AFTER = 6
VERB_BEFORE = 24
BASE = MappingProxyType({Kind.MOBILE: 0.45, Kind.LANDLINE: 0.35, Kind.HOTLINE: 0.2, Kind.QQ: 0.1, Kind.WECHAT: 0.1})
DISGUISE_STEPS = frozenset(
    {"digits", "numerals", "fullwidth", "fancy", "lookalike", "emoji", "split_chars", "zero_width", "homophone"}
    | {"pinyin", "variant", "legend"}
)
PLAIN_SEPARATORS = frozenset(" -_\u3000\u00a0()（）:：,，.。/－＿．／")  # full-width forms too
_SHAPES = (
    ("time", re.compile(r"\d{1,2}[:：]\d{2}")),
    ("date", re.compile(r"(?:19|20)\d{2}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d{1,2}")),
    ("decimal", re.compile(r"\d+\.\d{1,2}(?!\d)")),
    ("version", re.compile(r"[vV]?\d+\.\d+\.\d+")),
    ("ip", re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")),
)
AUDIENCE = re.compile(r"(?:需要|想要|想学|想做|想|有意|感兴趣)[\u4e00-\u9fff]{1,4}的(?:朋友|宝子|姐妹|家人|老板|亲)?")
CLAUSE_BREAKS = frozenset("，,。.！!？?；;：:\n")
SENTENCE_END = re.compile(r"[。！!？?\n]")  # what ends a sentence, in the text as written
PULL = re.compile(r"[我你]?(?:拉你|带你进|拉您)")
NOT_AN_INVITATION = frozenset("增参追附更外施叠强再新倍累稍横")
# 私 as the first character of a word is "private", not "message me": 私人微信, 私下, 私家车, 私企
PRIVATE_WORDS = frozenset("人下事家有企立营密房用自车")
GROUP_WORD = frozenset({"group_word"})
# 加了微信, 加过vx: between 加 and the channel, an aspect mark makes it a report of an add done, not a call
DONE_MARKS = frozenset("了过")
_MONEY_BEFORE = ("¥", "￥", "$", "€", "£", "rmb", "RMB", "人民币")
_AFTER_MARKS = ("%", "％", "‰", "@", "＠")


@dataclass(frozen=True, slots=True)
class ContactMatch:
    """A scored candidate: `reasons` say what moved the score, `steps` how it was disguised."""

    candidate: Candidate
    score: float
    reasons: tuple[str, ...]
    steps: frozenset[str] = field(default_factory=frozenset)
    cues: tuple[LexiconHit, ...] = ()  # the channel, verb and neutral words that raised the score


@dataclass(frozen=True, slots=True)
class Invitation:
    """A solicitation verb next to a channel word, with no id needed ("找我微信", "加v领取")."""

    start: int
    end: int
    score: float
    reasons: tuple[str, ...]
    steps: frozenset[str]
    term: str


@dataclass(frozen=True, slots=True)
class ContactCues:
    """The cue words: trigger classes share the shipped lexicon's scan; the rest is scanned only when needed."""

    triggers: Lexicon
    context: Lexicon

    def trigger_hits(self, norm: NormalizedText) -> list[LexiconHit]:
        return [h for h in self.triggers.hits(norm) if h.tag in CUE_TRIGGERS]

    def hits(self, norm: NormalizedText) -> list[LexiconHit]:
        return [*self.trigger_hits(norm), *self.context.hits(norm)]


@lru_cache(maxsize=4)
def contact_cues(normalizer: Normalizer | None = None) -> ContactCues:
    """The shipped cue words, each hit tagged with its class (built once per normalizer)."""
    pairs = contact_cue_terms()
    context = [p for p in pairs if p[1] not in CUE_TRIGGERS and p[1] != "allow"]
    allow = [word for word, cls in pairs if cls == "allow"]  # 出租车 is no offer to rent anything out
    if normalizer is None:
        return ContactCues(shipped_lexicon(), Lexicon(context, allow))
    triggers = Lexicon([p for p in pairs if p[1] in CUE_TRIGGERS], normalizer=normalizer)
    return ContactCues(triggers, Lexicon(context, allow, normalizer=normalizer))


def score_contacts(norm: NormalizedText, cues: ContactCues | None = None, *, floor: float = 0.0) -> list[ContactMatch]:
    """Every contact candidate in `norm` with its score, best first.

    With `floor`, candidates that cannot reach it when no trigger cue is in the message (a QQ-shaped
    number without channel or verb words: an order or stock code) are dropped before the rest of
    the context is read.
    """
    cues = cues or contact_cues()
    triggers = cues.trigger_hits(norm)  # memoized on the text: the shipped lexicon's scan
    # Without a trigger cue, QQ numbers are dropped below: runs of digits that hold nothing else are skipped.
    candidates = find_candidates(norm, phones_only=floor > _QQ_CEILING and not triggers)
    if not candidates:
        return []
    if floor > 0 and not triggers:
        candidates = [
            c for c in candidates if c.prefix or _ceiling(c) >= floor or (c.kind is Kind.WECHAT and _after_at(norm, c))
        ]  # a handle ("飞机 @name") can reach 0.8 without a cue word
        if not candidates:
            return []
    hits = [*triggers, *cues.context.hits(norm)]
    ad = ad_boost(norm, hits)
    out = [_score(norm, c, hits, ad) for c in candidates]
    out.sort(key=lambda m: -m.score)
    return out


def _ceiling(c: Candidate) -> float:
    """The best score a candidate can reach without a trigger cue: base, phone word, ad words, disguise."""
    base = 0.6 if c.kind is Kind.WECHAT and c.value.startswith("wxid") else BASE[c.kind]
    phone = 0.15 if c.kind in (Kind.MOBILE, Kind.LANDLINE, Kind.HOTLINE) else 0.0
    return base + phone + 0.2 + 0.2


_QQ_CEILING = _ceiling(Candidate(Kind.QQ, "", 0, 0))  # a run of digits with no wechat or phone id in it


THIRD_PARTY = re.compile(
    r"(?:(?:他|她|有人|对方|同事|领导|(?:(?<![的位])|(?<=[我他她你]的))(?:朋友|客户|老板)|别人|人家|陌生人|骗子|那人|这人|个人|几个人"
    r"|供应商|商家|客服"
    r"|中介|销售|业务员"
    # several people ("好几个业主加我微信问…"): a report. Only people: "好多福利加我" and "家长加我微信咨询" invite
    r"|(?:好?几个|好多|很多|不少|有些|一些)(?:人|业主|家长|顾客|客户|买家|租客|房东|邻居|网友|学员|同学|同事|朋友|患者))"
    r"(?:私|刚刚|刚才|刚|又|也|已经|都|主动|偷偷|一直|还|天天|总)?"
    r"|刚刚|刚才|刚|已经|昨天|偷偷)$"  # past-tense adverbs: invitations do not use them
)
# A call to whoever lost something ("捡到一把车钥匙，失主加我微信认领"): lost and found, not an offer.
OWNER_CALLED = re.compile(r"(?:失主|物主)(?:请|速|尽快|赶紧|直接|可以)?$")


# The number belongs to someone the message talks about: "电话…，装车时间直接跟他定", "他的手机…".
# 加她微信 is left out: "想约的加她微信" is how escort and live-stream spam points at its account.
OTHER_PERSON = re.compile(r"(?:跟|找|打给|联系|问|打|和|让)(?:他|她)(?![们])|(?:他|她)的(?:电话|手机|号码)")

SPEAKER_ADDS = ("加你", "加您")  # 我加你微信了，通过一下: the speaker adds the person addressed
# Calls whose object is the speaker: with a subject before them they report what someone did ("有人一直私信我").
TO_ME = ("私信我", "私聊我", "私我", "找我", "滴滴我", "滴我", "dd我", "d我", "扣我", "q我", "戳我", "小窗我")


# Common surnames: a message that opens by naming one colleague ("小刘，…没收到就加我微信", "王姐你加我一下").
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆"
    "汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
# 阿 takes any given name too ("阿杰，加我微信吧"); 小 and 老 only a surname (小区, 老板 are no names).
TITLES = "总|工|姐|哥|经理|老师|主任|师傅|会计|主管"
NAMED = re.compile(rf"@?(?:[小老][{SURNAMES}]|阿[\u4e00-\u9fff]|[{SURNAMES}](?:{TITLES}))")
AFTER_NAME = ("你", "您", "加我", "麻烦")
# A relative addressed at the opening ("爸妈，以后找我打 138…", "妈，你…"): a family message to them, not the group's
# sale (session 17: 16 ordinary lines of the studied hold-out sets open so, no ad). Only kin words; 家人们 and
# 姐妹们 address the group, as ads do.
KIN_ADDRESSED = re.compile(
    r"(?:爸妈|爸爸|妈妈|老?爸|老?妈|老公|老婆|爷爷|奶奶|外公|外婆|姥姥|姥爷|舅舅|舅妈|姑姑|姑父|叔叔|婶婶|伯伯|大伯"
    r"|大姨|小姨|姨妈|儿子|闺女|女儿)"
)


def addressed_to_one(norm: NormalizedText) -> bool:
    """Whether the message addresses one person by name or kin word: "小刘，…加我微信", "王姐你加我一下" or
    "爸妈，…找我打" asks them, not the group. At the opening the name must be followed by a comma, 你/您, 麻烦 or 加我
    itself, so a shop named after its owner ("老王烧烤，加我微信订") still invites the group; after a clause break only
    by 你/您 ("…群里发不了，刘哥你加我微信"). A kin word counts at the opening only, before a comma or 你/您.
    Memoized on the text: every 加 of a long message asks (a megabyte of "加我微信" took 20 s without)."""
    return norm.memo(_addressed_to_one, lambda: _addressed_to_one(norm))


def _addressed_to_one(norm: NormalizedText) -> bool:
    compact = norm.compact
    kin = KIN_ADDRESSED.match(compact)
    if kin is not None and (compact.startswith(("你", "您"), kin.end()) or clause_break(norm, kin.end())):
        return True
    for named in NAMED.finditer(compact):
        start, end = named.span()
        if start == 0:
            if compact.startswith(AFTER_NAME, end) or (end < len(compact) and clause_break(norm, end)):
                return True
        elif compact.startswith(("你", "您"), end) and clause_break(norm, start):
            return True
    return False


def calls_the_speaker(compact: str, start: int) -> bool:
    """Whether the cue at `start` asks readers to contact the speaker: 加… or one of `TO_ME` ("私聊我", "找我" …)."""
    return compact.startswith("加", start) or compact.startswith(TO_ME, start)


def added_by_someone(compact: str, start: int, norm: NormalizedText | None = None) -> bool:
    """Whether the 加 (or the "私信我", "找我" …) at `start` is not an invitation to contact the speaker: someone
    else adding or messaging me ("客户加我微信…", "有个人一直私信我…"), a report of what happened, or the speaker
    adding the person addressed ("我加你微信了，通过一下"), or a finder calling a lost thing's owner ("失主加我微信").
    "有需要的朋友加我" calls the audience: no report. With `norm` (the text `compact` comes from), a message that
    opens by addressing one colleague by name (`addressed_to_one`) asks that colleague, not the group."""
    if compact.startswith(SPEAKER_ADDS, start):
        return True
    if not calls_the_speaker(compact, start):
        return False
    if norm is not None and addressed_to_one(norm):
        return True
    before = max(0, start - 6)
    return any(pattern.search(compact, before, start) is not None for pattern in (THIRD_PARTY, OWNER_CALLED))


def score_invitations(norm: NormalizedText, cues: ContactCues | None = None) -> list[Invitation]:
    """Verb + channel pairs ("滴滴微信", "加vx", "私我 🐧") and "verb + 拉你" ("私我拉你"), best first."""
    cues = cues or contact_cues()
    hits = cues.trigger_hits(norm)
    if not any(h.tag in ("invite", "verb", "adjacent", "contact", "weak") for h in hits):
        return []
    compact = norm.compact
    found: list[tuple[LexiconHit, LexiconHit | None, int, float]] = []
    channels = [h for h in hits if h.tag in ("wechat", "qq")]
    for verb in hits:
        if verb.tag not in ("invite", "verb", "adjacent", "contact", "weak"):
            continue
        if verb.start > 0 and compact[verb.start - 1] in NOT_AN_INVITATION and compact[verb.start] == "加":
            continue  # 增加微信支付, 参加微信活动
        if verb.term == "私" and compact[verb.end : verb.end + 1] in PRIVATE_WORDS:
            continue  # 私人微信别拉客户: a private account, no invitation
        if added_by_someone(compact, verb.start, norm):
            continue  # 客户加我微信说要报价: someone added me, a report, not an invitation
        pull = PULL.match(compact, verb.end) if verb.tag == "verb" else None  # 私我拉你, 戳我带你进
        if pull is not None and clause_break(norm, verb.end):
            pull = None
        if verb.tag == "invite" or pull is not None:
            found.append((verb, None, pull.end() if pull is not None else verb.end, 0.75))
            continue
        channel = next((c for c in channels if 0 <= c.start - verb.end <= 1), None)
        if channel is not None and channel.start > verb.end and compact[verb.end] in DONE_MARKS:
            channel = None  # 跟技术员加了微信，有问题随时问他: an add done, reported
        reversed_ = next((c for c in channels if 0 <= verb.start - c.end <= 1), None)
        if channel is None and reversed_ is None:
            continue
        base = 0.55 if verb.tag in ("contact", "weak") or channel is None else 0.75
        found.append((verb, channel or reversed_, 0, base))
    if not found:
        return []
    ad = ad_boost(norm, cues.context.hits(norm))
    out = [_invitation(norm, verb, channel, end, base, ad) for verb, channel, end, base in found]
    out.sort(key=lambda i: -i.score)
    return out


def _invitation(
    norm: NormalizedText, verb: LexiconHit, channel: LexiconHit | None, end: int, base: float, ad: float
) -> Invitation:
    reasons = [f"invitation:{verb.term}"]
    steps = _width_mode(norm, _cue_steps(norm, verb) | (_cue_steps(norm, channel) if channel is not None else set()))
    score = base + ad
    if ad:
        reasons.append("ad words")
    if steps:
        score += 0.2
        reasons.append("disguised")
    start = min(verb.start, channel.start) if channel is not None else verb.start
    end = max(verb.end, channel.end) if channel is not None else max(end, verb.end)
    return Invitation(start, end, min(0.99, score), tuple(reasons), frozenset(steps), verb.term)


def clause_break(norm: NormalizedText, index: int) -> bool:
    """Whether punctuation that ends a clause was removed right before compact[index]."""
    if not norm.gap_before(index) or index >= len(norm.compact):
        return False
    a = norm.original_span(index - 1, index)[1]
    b = norm.original_span(index, index + 1)[0]
    return any(ch in CLAUSE_BREAKS for ch in norm.original[a:b])


def _near(hits: Sequence[LexiconHit], c: Candidate, classes: frozenset[str], before: int, after: int):
    best = None
    for hit in hits:
        if hit.tag not in classes or (c.start <= hit.start < c.end):
            continue
        near = c.start - before <= hit.end <= c.start + len(c.prefix) or c.end <= hit.start <= c.end + after
        if near and (best is None or abs(hit.end - c.start) < abs(best.end - c.start)):
            best = hit
    return best


def ad_boost(norm: NormalizedText, hits: Sequence[LexiconHit]) -> float:
    """0.1 per distinct selling or recruiting word, and 0.1 for a call to an audience, at most 0.2."""
    audience = any(h.tag == "audience" for h in hits) or AUDIENCE.search(norm.compact) is not None
    ads = len({h.term for h in hits if h.tag == "ad"}) + audience
    return round(0.1 * min(2, ads), 2)


def _score(norm: NormalizedText, c: Candidate, hits: Sequence[LexiconHit], ad: float) -> ContactMatch:
    score = 0.6 if c.kind is Kind.WECHAT and c.value.startswith("wxid") else BASE[c.kind]
    reasons = [c.kind.value]
    steps = _disguise(norm, c)
    phone = c.kind in (Kind.MOBILE, Kind.LANDLINE, Kind.HOTLINE)
    if c.kind is Kind.QQ and _international(norm, c):
        score, phone = BASE[Kind.MOBILE], True  # "WhatsApp +60 12-438 7715": a phone abroad, not a QQ number
        reasons.append("international")
    # 群号 / 交流群 name a number (a QQ group's), never letters: "交流群，禁止发…ChatGPT" names no id
    channels = {"wechat"} | ({"qq", "group"} if c.kind in (Kind.QQ, Kind.MOBILE) else set())
    # 群 alone names the id only right next to it (群 8839201, 裙：…): 群里有人发"免费领 Labubu" is a place
    channel = _near(hits, c, frozenset(channels), BEFORE, AFTER) or _near(hits, c, GROUP_WORD, 1, 1)
    if channel is not None and _version_letter(norm, channel):
        channel = None
    prefix_channel = c.prefix in PREFIX_CHANNELS
    prefix = c.prefix
    if channel is None and not prefix_channel and c.start > 0 and norm.compact[c.start - 1] == "微":
        prefix_channel, prefix = True, "微"  # 微：13624589017, the usual short form of 微信 right before the id
    elif channel is None and not prefix_channel and norm.compact.endswith("飞机", 0, c.start) and _after_at(norm, c):
        prefix_channel, prefix = True, "飞机"  # 飞机 @name: Telegram's nickname, read only before a handle
    if channel is not None or prefix_channel:
        score += 0.4
        reasons.append(f"channel:{channel.term if channel else prefix}")
        if channel is not None and not norm.evidence(channel.start, channel.end).startswith(EVERYDAY_SYMBOLS):
            steps |= _cue_steps(norm, channel)
        if prefix_channel and c.prefix in ("vx", "wx", "v", "q"):
            steps |= {"variant"}
    verb = _near(hits, c, frozenset({"verb"}), VERB_BEFORE, AFTER + 4) or _adjacent_verb(hits, c, channel)
    addressed = addressed_to_one(norm)
    if verb is not None and addressed and calls_the_speaker(norm.compact, verb.start):
        verb = None  # "小吴你加我工作微信，就是我手机号…": the colleague the message names is asked
    neutral = _near(hits, c, frozenset({"weak", "contact", *(("phone",) if phone else ())}), BEFORE, AFTER)
    if verb is not None:
        score += 0.3
        reasons.append(f"verb:{verb.term}")
        steps |= _cue_steps(norm, verb)
    elif neutral is not None:
        score += 0.15
        reasons.append(f"{neutral.tag}:{neutral.term}")
    if ad:
        score += ad
        reasons.append("ad words")
    if verb is None and OTHER_PERSON.search(norm.compact) is not None:
        score -= 0.3  # someone else's number passed on ("跟他定"), not the sender's own offer
        reasons.append("other person")
    elif verb is None and addressed:
        score -= 0.3  # "小吴你加我工作微信，就是我手机号…": given to the colleague the message names
        reasons.append("addressed to one person")
    steps = _width_mode(norm, steps)
    disguised = bool(steps & DISGUISE_STEPS or "odd_separators" in steps)
    if disguised:
        score += 0.2
        reasons.append("disguised")
        if c.kind is Kind.MOBILE and ("digits" in steps or _formal_numerals(norm, c)):
            # ①③⑦…, 𝟏𝟑𝟕…, 壹叁柒…: nobody writes their own number in enclosed, styled or cheque digits except to
            # slip past a filter
            score += 0.1
            reasons.append("styled digits")
    elif phone and verb is not None and channel is None and not prefix_channel and not ad:
        # "有事找我，电话 139…", "到了吱一声": a member's own number with nothing to sell reaches 0.65, not an alarm
        # by itself; an offer around it is the spam model's to judge (its contact threshold)
        score -= 0.1
        reasons.append("plain phone")
    business = _near(hits, c, frozenset({"business"}), BEFORE, 0)
    if (
        business is not None
        and channel is not None
        and business.end <= channel.start
        and channel.end <= c.start
        and not (business.end == channel.start and business.term.endswith("号"))
    ):
        # 订房QQ 2837…: the channel word between them says whose number it is. Not letters glued to a label of
        # numbers (维修单号WX-2611-083): they are the code's prefix.
        business = None
    # Order numbers are not written ⑦⑧⑨; full-width digits alone are how an input method in full-width mode
    # types them, so a business word still counts for those.
    if business is not None and not _id_disguised(steps - {"fullwidth"}):
        score -= 0.6
        reasons.append(f"business:{business.term}")
    shape = _shape(norm, c, hits)
    if shape:
        score -= 0.6
        reasons.append(shape)
    if c.kind is Kind.WECHAT and (channel.term if channel else prefix) in TELEGRAM and _after_at(norm, c):
        # 电报 @name: a Telegram handle (no price or code reads like one), on an app work groups here do not use
        score = max(score, 0.8)
        reasons.append("telegram handle")
    cues = tuple(h for h in (channel, verb, neutral) if h is not None)
    return ContactMatch(c, max(0.0, min(0.99, score)), tuple(reasons), frozenset(steps), cues)


# Latin channel words glued to or right before an id that name it: the prefixes `find_candidates` splits off, but the
# phone words (a number after 电话 is judged by the phone cue, not named as a messenger id)
PREFIX_CHANNELS = frozenset(LATIN_CHANNELS) - {"dianhua", "shouji", "tel"}
# Stand-ins members also use for what they show (✈️ before a flight number): a channel word, never a disguise.
EVERYDAY_SYMBOLS = ("✈",)
TELEGRAM = frozenset({"tg", "telegram", "电报", "电报号", "纸飞机", "飞机号", "飞机"})


# Cheque numerals as the original text may write them (traditional 貳 參 陸 become digits after t2s too).
CHEQUE_DIGITS = frozenset(FORMAL_NUMERALS + "貳參陸")


def _formal_numerals(norm: NormalizedText, c: Candidate) -> bool:
    """Whether the number is written in the numerals of cheques and contracts (壹叁柒…), at least half of it."""
    evidence = norm.evidence(c.start, c.end)
    return sum(ch in CHEQUE_DIGITS for ch in evidence) * 2 >= len(c.value)


def _after_at(norm: NormalizedText, c: Candidate) -> bool:
    """Whether the id is written as a handle: "@" right before it (spaces allowed)."""
    a = norm.original_span(c.start, c.end)[0]
    return norm.original[max(0, a - 3) : a].rstrip().endswith(("@", "＠"))


def _id_disguised(steps: set[str]) -> bool:
    return bool(
        steps & {"digits", "numerals", "fullwidth", "fancy", "lookalike", "zero_width", "odd_separators", "legend"}
    )


def _adjacent_verb(hits: Sequence[LexiconHit], c: Candidate, channel: LexiconHit | None) -> LexiconHit | None:
    """加/私 directly before the id, or directly before its channel word (加 vx …)."""
    targets = {c.start}
    if channel is not None:
        targets.add(channel.start)
    for hit in hits:
        if hit.tag == "adjacent" and hit.end in targets:
            return hit
    return None


def _cue_steps(norm: NormalizedText, hit: LexiconHit) -> set[str]:
    return (norm.steps_in(hit.start, hit.end) | hit.via) & DISGUISE_STEPS


ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
VERSION_AFTER = re.compile(r"\s*\d+[.．。]\d")


def _international(norm: NormalizedText, c: Candidate) -> bool:
    """Whether the number is written after a country code's plus sign ("+60 12-438 7715", "＋852 9123 4567")."""
    start = norm.original_span(c.start, c.start + 1)[0]
    return norm.original[max(0, start - 2) : start].rstrip().endswith(("+", "＋"))


def _version_letter(norm: NormalizedText, hit: LexiconHit) -> bool:
    """The v of "v2.3.1" is a version, not the channel word v."""
    if hit.term != "v":
        return False
    end = norm.original_span(hit.start, hit.end)[1]
    return VERSION_AFTER.match(norm.original, end) is not None


def _width_mode(norm: NormalizedText, steps: set[str]) -> set[str]:
    """`steps` without "fullwidth" when the message has no ASCII letter or digit at all: then full-width
    letters and digits are how an input method in full-width mode types, not a disguise."""
    if "fullwidth" in steps and ASCII_ALNUM.search(norm.original) is None:
        return steps - {"fullwidth"}
    return steps


def _disguise(norm: NormalizedText, c: Candidate) -> set[str]:
    """Normalization steps inside the id, and "legend" for a number spelt in a key's characters; separators other
    than spaces and hyphens count as odd."""
    steps = norm.steps_in(c.start, c.end)
    if c.legend:
        steps.add("legend")
    a, b = norm.original_span(c.start, c.end)
    if any(not ch.isalnum() and ch not in PLAIN_SEPARATORS for ch in norm.original[a:b]):
        steps.add("odd_separators")
    return steps


def _shape(norm: NormalizedText, c: Candidate, hits: Sequence[LexiconHit]) -> str:
    """'unit', 'money', 'date', … when the id reads as a quantity, price, date, time or version."""
    if c.kind is Kind.WECHAT:
        return ""
    compact = norm.compact
    a, b = norm.original_span(c.start, c.end)
    for hit in hits:
        if hit.tag == "unit" and hit.start == c.end and not _inside_word(hit, hits):
            between = norm.original[b : norm.original_span(hit.start, hit.end)[0]]
            if not between.strip():
                return f"unit:{hit.term}"
    original = norm.original
    before = original[max(0, a - 4) : a].rstrip()
    if before.endswith(_MONEY_BEFORE):
        return "money"
    after = original[b : b + 2].lstrip()
    if after.startswith(_AFTER_MARKS):
        return "percent" if after[:1] in "%％‰" else "email"
    around = original[max(0, a - 2) : b + 4]
    for name, pattern in _SHAPES:
        if pattern.search(around):
            if c.kind is Kind.MOBILE and name in ("version", "decimal") and c.groups >= 3:
                continue  # 138.0013.8000 is a phone written with dots
            return name
    if c.kind is Kind.QQ and len(c.value) == 8 and c.value[:2] in ("19", "20") and _is_mmdd(c.value[4:]):
        return "date"
    if c.kind is Kind.QQ and compact[max(0, c.start - 1) : c.start] == "第":
        return "ordinal"
    return ""


def _inside_word(hit: LexiconHit, hits: Sequence[LexiconHit]) -> bool:
    """A unit character that starts a longer cue word (日 in 日结) is that word, not a unit."""
    return any(h.start == hit.start and h.end > hit.end and h.tag != "unit" for h in hits)


def _is_mmdd(text: str) -> bool:
    return 1 <= int(text[:2]) <= 12 and 1 <= int(text[2:]) <= 31
