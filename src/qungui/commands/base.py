"""What every command parser shares: the parsing context, the refusal it raises, and the characters it skips."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, tzinfo

from qungui.core.events import MessageEvent

BLANKS = " \t\r\n\u3000\u2005\u2006\u00a0\u200b"
PUNCT = "，,。.：:！!？?；;、"
MENTION = re.compile(r"@[^\s\u3000\u2005@]+")
# An @word ends at a blank or punctuation: “@所有人：明天开会” names 所有人.
AT_WORD = re.compile(r"[@＠]([^\s\u3000\u2005@＠，,。：:！!？?；;、（）()【】]+)")


class Bad(Exception):
    """A command that cannot be carried out; `soft` ones stay ordinary chat unless the bot was addressed."""

    def __init__(self, code: str, reply: str, *, soft: bool = False) -> None:
        super().__init__(reply)
        self.code, self.reply, self.soft = code, reply, soft


@dataclass(frozen=True)
class Context:
    event: MessageEvent
    command: str
    text: str  # the command word as written and its arguments
    args: str  # the text after the command word, mentions included
    members: tuple[str, ...]  # mentioned members other than the bot
    addressed: bool
    clause_ids: frozenset[str]
    tz: tzinfo
    now: datetime

    @property
    def plain_args(self) -> str:
        """The arguments without @mentions, blanks collapsed."""
        return " ".join(MENTION.sub(" ", self.args).split())

    @property
    def at_words(self) -> tuple[str, ...]:
        """The @words written in the arguments (names, departments, 所有人), without the @."""
        return tuple(AT_WORD.findall(self.args))

    def without_at_words(self, text: str | None = None) -> str:
        """`text` (the arguments by default) with its @words removed, blanks collapsed."""
        return " ".join(AT_WORD.sub(" ", self.args if text is None else text).split())
