"""Is a message an acknowledgement (收到), a plan (计划：…), or a report of work done (完成)? Pure functions.

- `is_bare_ack`: the whole message is made of the rulebook's acknowledgement words, with punctuation,
  blanks, emoji and a few fillers (了, 啦, 谢谢 …) around them: “收到！”, “收到👍”, “好的，马上执行”, “1”.
- `is_reply_ack`: for a message that replies to (or quotes) the notice: a bare acknowledgement, or a
  short message (at most 12 characters) holding a Chinese acknowledgement word of two or more
  characters and no question or negation: “收到，准时参加”. Never “收到了吗？” or “没收到”.
- `is_plan`: “计划：…” / “预计…完成” at the start; in a reply, anywhere: 计划, 预计, 方案, 打算, 争取.
- `is_done`: the message is a report of completion: “完成”, “已完成”, “做完了👍”.
- `counts_as_reaction`: any reaction except a negative or puzzled one (👎 ❌ ❓ 🤔 …).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_MENTION = re.compile(r"[@＠][^\s\u2005@＠]{1,40}[\u2005\s]?")
FILLERS = ("谢谢", "感谢", "辛苦了", "了", "啦", "哈", "嗯", "呀", "哦", "噢", "喔", "滴", "的", "呢")
DONE_WORDS = (
    "完成",
    "已完成",
    "完成了",
    "已经完成",
    "做完了",
    "已做完",
    "搞定",
    "搞定了",
    "已搞定",
    "已办结",
    "办完了",
    "已提交",
    "提交了",
    "done",
)
PLAN_STARTS = ("计划", "预计")
PLAN_WORDS = ("计划", "预计", "方案", "打算", "争取")
QUESTION_OR_NEGATION = ("?", "？", "吗", "么", "不", "没", "未", "别")
NEGATIVE_REACTIONS = frozenset("👎❌❓❔🤔😢😭😡😠💩🙄😤")
MAX_REPLY_ACK = 12  # a longer reply is conversation, not a “收到”


def compact(text: str) -> str:
    """The text without @mentions, blanks and punctuation, NFKC-normalised and case-folded."""
    text = _MENTION.sub("", unicodedata.normalize("NFKC", text))
    return "".join(ch for ch in text if not ch.isspace() and not unicodedata.category(ch).startswith("P")).casefold()


def _decoration(ch: str) -> bool:
    """Emoji, their modifiers and joiners: allowed around acknowledgement words."""
    return unicodedata.category(ch) in ("So", "Sk", "Mn", "Me", "Cf", "Sm") or ch in "\u200d\ufe0f"


def _made_of(body: str, words: Iterable[str], *, fillers: Iterable[str] = FILLERS) -> bool:
    """Whether `body` (compact) is a sequence of `words` and fillers with decorations; at least one word."""
    vocabulary = sorted({compact(w) for w in words if compact(w)}, key=len, reverse=True)
    extra = sorted({compact(w) for w in fillers}, key=len, reverse=True)
    pos, found = 0, False
    while pos < len(body):
        word = next((w for w in vocabulary if body.startswith(w, pos)), None)
        if word is not None:
            pos, found = pos + len(word), True
            continue
        filler = next((w for w in extra if body.startswith(w, pos)), None)
        if filler is not None:
            pos += len(filler)
            continue
        if _decoration(body[pos]):
            pos += 1
            continue
        return False
    return found


def is_bare_ack(text: str, words: Iterable[str]) -> bool:
    """Whether the whole message is an acknowledgement (“收到！”, “收到👍”, “好的，马上执行”)."""
    body = compact(text)
    return bool(body) and _made_of(body, words)


def is_reply_ack(text: str, words: Iterable[str]) -> bool:
    """Whether a message replying to a notice acknowledges it (more lenient than a bare one)."""
    words = list(words)
    if is_bare_ack(text, words):
        return True
    body = compact(text)
    if not body or len(body) > MAX_REPLY_ACK or any(mark in text for mark in QUESTION_OR_NEGATION):
        return False
    return any(len(w) >= 2 and not w.isascii() and compact(w) in body for w in words)


def is_plan(text: str, *, reply: bool) -> bool:
    """Whether the message gives a plan or an expected time (“计划：明天上午完成”, “预计下午三点完成”)."""
    body = compact(text)
    if not body:
        return False
    if body.startswith(PLAN_STARTS):
        return True
    return reply and any(word in body for word in PLAN_WORDS)


def is_done(text: str) -> bool:
    """Whether the message reports the work done (“完成”, “已完成👍”, “做完了，谢谢”)."""
    body = compact(text)
    return bool(body) and not body.startswith(PLAN_STARTS) and _made_of(body, DONE_WORDS)


def counts_as_reaction(emoji: str) -> bool:
    """Whether a reaction acknowledges: anything but a negative or puzzled emoji."""
    core = "".join(ch for ch in unicodedata.normalize("NFKC", emoji) if ch not in "\ufe0f\u200d")
    return bool(core.strip()) and not any(ch in NEGATIVE_REACTIONS for ch in core)
