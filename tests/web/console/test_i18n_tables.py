"""The console's words in both languages, and the list exports (CSV with a BOM, Excel, no formula injection)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from qungui.web.console.i18n import EN, ZH, pick_language, translate, value_label
from qungui.web.console.tables import Column, Row, Table, to_csv, to_xlsx

TEMPLATES = Path(__file__).resolve().parents[3] / "src" / "qungui" / "web" / "templates" / "console"
SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_both_catalogues_have_the_same_keys():
    assert set(ZH) == set(EN)
    assert all(ZH[key] != EN[key] for key in ("nav_dashboard", "empty", "forbidden", "rulebook_invalid"))


def test_every_word_the_templates_use_is_in_the_catalogue():
    import re

    used = set()
    for path in TEMPLATES.glob("*.html"):
        used |= set(re.findall(r"""\bt\('([a-z_]+)'\s*[,)]""", path.read_text(encoding="utf-8")))
    assert used, "the templates speak through t()"
    assert used <= set(ZH), sorted(used - set(ZH))


def test_language_choice_and_fallbacks():
    assert pick_language("en", "zh-CN") == "en"
    assert pick_language("fr", "zh-CN") == "zh-CN"
    assert pick_language(None, "en") == "en"
    assert translate("en", "case_title", id=3) == "Case A3"
    assert translate("zh-CN", "case_title", id=3) == "案件 A3"
    assert translate("en", "no_such_key") == "no_such_key"
    assert value_label("zh-CN", "queued") == "待管理员确认" and value_label("en", "plan_given") == "plan given"


def table() -> Table:
    return Table(
        "members",
        "成员",
        [Column("name", "成员"), Column("at", "时间"), Column("amount", "金额", numeric=True)],
        [
            Row({"name": "刘小美", "at": datetime(2026, 11, 24, 1, 30, tzinfo=UTC), "amount": Decimal("20")}),
            Row({"name": '=HYPERLINK("http://x")', "at": None, "amount": 3}),
        ],
    )


def test_csv_has_a_bom_local_times_and_defused_formulas():
    body = to_csv(table(), SHANGHAI)
    assert body.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows[0] == ["成员", "时间", "金额"]
    assert rows[1] == ["刘小美", "2026-11-24 09:30", "20.00"]
    assert rows[2][0].startswith("'="), "a cell Excel would run as a formula is quoted"


def test_xlsx_keeps_numbers_as_numbers():
    sheet = load_workbook(io.BytesIO(to_xlsx(table(), SHANGHAI))).active
    assert sheet.title == "成员"
    assert [c.value for c in sheet[1]] == ["成员", "时间", "金额"]
    assert [c.value for c in sheet[2]] == ["刘小美", "2026-11-24 09:30", 20.0]
    assert sheet["A3"].value.startswith("'=")
