"""Is a message a question? A pure, cheap heuristic run on every group message.

A question is a message of at least two characters (after removing @mentions and blanks) that

- holds a question mark (？ or ?), or
- ends with a question particle (吗 么 呢 嘛, before trailing punctuation or emoji), or
- holds a question word: 请问 怎么 怎样 如何 为什么 为啥 咋 能否 可否 是否 有没有 能不能 可不可以
  会不会 是不是 要不要 哪里 哪儿 哪个 哪些 什么时候 啥时候 多少 多久 几点 几号 谁 (or English
  how / why / when / where / what / who / can / could / is there at the start).

Never a question: an acknowledgement or a thank-you with a question mark of surprise is still one
(“收到？” asks), but a rhetorical exclamation without a question mark (“怎么这么好！”, “太好了吧”)
and bare laughs are not: a message whose question word is only in 怎么这么 / 怎么那么 / 多少钱都 and
that ends in ！ is treated as an exclamation.
"""

from __future__ import annotations

import re
import unicodedata

_MENTION = re.compile(r"[@＠][^\s\u2005@＠]{1,40}[\u2005\s]?")
QUESTION_MARKS = ("?", "？")
PARTICLES = ("吗", "么", "呢", "嘛")
QUESTION_WORDS = (
    "请问",
    "怎么",
    "怎样",
    "如何",
    "为什么",
    "为啥",
    "咋",
    "能否",
    "可否",
    "是否",
    "有没有",
    "能不能",
    "可不可以",
    "会不会",
    "是不是",
    "要不要",
    "哪里",
    "哪儿",
    "哪个",
    "哪些",
    "什么时候",
    "啥时候",
    "多少",
    "多久",
    "几点",
    "几号",
    "谁",
)
EXCLAMATIONS = ("怎么这么", "怎么那么", "多少钱都")
ENGLISH_STARTS = ("how ", "why ", "when ", "where ", "what ", "who ", "can ", "could ", "is there ")
MIN_CHARS = 2


def _body(text: str) -> str:
    return _MENTION.sub("", unicodedata.normalize("NFKC", text)).strip()


def _last_letter(body: str) -> str:
    """The last character that is not punctuation, a blank or an emoji."""
    for ch in reversed(body):
        category = unicodedata.category(ch)
        if not (ch.isspace() or category.startswith(("P", "S")) or category in ("Mn", "Cf")):
            return ch
    return ""


def is_question(text: str) -> bool:
    """Whether the message asks something (see the module's rules)."""
    body = _body(text)
    letters = sum(1 for ch in body if ch.isalnum())
    if letters < MIN_CHARS:
        return False
    if any(mark in body for mark in QUESTION_MARKS):
        return True
    if _last_letter(body) in PARTICLES:
        return True
    folded = body.casefold()
    if folded.startswith(ENGLISH_STARTS):
        return True
    if body.rstrip().endswith(("!", "！")) and any(word in body for word in EXCLAMATIONS):
        return False
    return any(word in body for word in QUESTION_WORDS)


def mentions_name(text: str, name: str) -> bool:
    """Whether `text` names `name` (a department), outside @mentions too: “工程部的同事看一下”."""
    return bool(name) and name in unicodedata.normalize("NFKC", text)
