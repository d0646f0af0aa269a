"""A notice's acknowledgement matrix as rows and as CSV (UTF-8 with a BOM, so spreadsheet programs read Chinese).

Columns: 通知 (N12), 成员ID, 成员, 部门, 状态 (已确认 / 逾期确认 / 未确认 / 已退群), 确认时间 (ISO 8601 in
the group's time zone), 确认方式 (回复 / 引用 / 直接回复 / 表情回应), 回复内容. One row per audience member,
in audience order.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from sqlalchemy.orm import Session

from qungui.governance.groups.models import Group
from qungui.governance.notices.models import Notice
from qungui.governance.notices.service import AckRow, ack_matrix, label
from qungui.rules.compiled import CompiledRulebook

COLUMNS = ("通知", "成员ID", "成员", "部门", "状态", "确认时间", "确认方式", "回复内容")
VIA_NAMES = {"reply": "回复", "quote": "引用", "bare": "直接回复", "reaction": "表情回应"}


def status_of(row: AckRow) -> str:
    if row.at is not None:
        return "逾期确认" if row.late else "已确认"
    return "未确认" if row.active else "已退群"


def matrix_rows(session: Session, *, group: Group, book: CompiledRulebook, notice: Notice) -> list[dict[str, str]]:
    """The matrix as CSV rows keyed by `COLUMNS`."""
    tz = book.rulebook.tz
    return [
        {
            "通知": label(notice),
            "成员ID": row.member_id,
            "成员": row.name,
            "部门": row.department or "",
            "状态": status_of(row),
            "确认时间": row.at.astimezone(tz).isoformat(timespec="seconds") if row.at else "",
            "确认方式": VIA_NAMES.get(row.via or "", row.via or ""),
            "回复内容": row.text or "",
        }
        for row in ack_matrix(session, group=group, book=book, notice=notice)
    ]


def to_csv(rows: Iterable[dict[str, str]]) -> str:
    """The rows as CSV text with a header line (without the BOM; `write_csv` adds it)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(rows: Iterable[dict[str, str]], path) -> None:
    """Write the rows to `path` as UTF-8 CSV with a BOM."""
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write(to_csv(rows))
