"""Request numbers as admins see and type them: a letter for the kind, then the row's id.

举报 J12, 申诉 S3, 请假 Q7, 入群 R9 and 案件 A45 (a case; a queued one is what 通过/拒绝 decide), so “通过 Q7” is
unambiguous. A bare number is accepted only when exactly one kind of waiting item has it. Notices N12 and
tasks T5 are numbered the same way but are not decided: 回执 N12 shows a notice, 完成 T5 closes a task;
share tasks F3 too: 回执 F3 shows who sent a screenshot.
"""

from __future__ import annotations

import re
import unicodedata

REPORT = "J"  # 举报 (jubao)
APPEAL = "S"  # 申诉 (shensu)
LEAVE = "Q"  # 请假 (qingjia)
CASE = "A"  # 案件 (anjian)
JOIN = "R"  # 入群 (ruqun): a held join request, numbered by the member's row
NOTICE = "N"  # 通知 (notice)
TASK = "T"  # 任务 (task)
SHARE = "F"  # 分享 (fenxiang): a share task
DECIDABLE = (REPORT, APPEAL, LEAVE, CASE, JOIN)  # what 通过 / 拒绝 decide
KINDS = (*DECIDABLE, NOTICE, TASK, SHARE)

_ID = re.compile(r"^#?([A-Za-z]?)[-_]?(\d{1,15})号?$")


def parse_id(raw: str) -> tuple[str | None, int] | None:
    """(kind letter or None for a bare number, number) for “Q7”, “q7”, “7”; None when it is not an id."""
    match = _ID.match(unicodedata.normalize("NFKC", raw).strip())
    if match is None:
        return None
    letter = match.group(1).upper() or None
    if letter is not None and letter not in KINDS:
        return None
    return letter, int(match.group(2))


def label(kind: str, number: int) -> str:
    return f"{kind}{number}"
