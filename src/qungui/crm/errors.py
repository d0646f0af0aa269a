"""The one error CRM services raise for input they refuse: a Chinese and an English reason."""

from __future__ import annotations

from qungui.core.errors import QunguiError


class CrmRejected(QunguiError):
    """A CRM change or query that cannot be made; nothing was changed."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")

    def text(self, language: str = "zh-CN") -> str:
        return self.reason_en if language == "en" else self.reason_zh
