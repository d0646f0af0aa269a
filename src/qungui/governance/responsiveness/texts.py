"""What the bot says about questions waiting for an answer, in Simplified Chinese and English."""

from __future__ import annotations

from typing import Any

from qungui.governance.notices.texts import say_in
from qungui.rules.compiled import CompiledRulebook

TEXTS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "question_reminder": (
            "{asker} 在群里向{department}反映的问题已 {minutes} 分钟未回复（{asked}）：{text}\n{clause}请及时回复确认。"
        ),
    },
    "en": {
        "question_reminder": (
            "{asker} asked {department} a question in the group {minutes} minutes ago ({asked}) with no answer yet: "
            "{text}\n{clause}Please answer it."
        ),
    },
}


def say(book: CompiledRulebook, key: str, **values: Any) -> str:
    return say_in(TEXTS, book, key, **values)
