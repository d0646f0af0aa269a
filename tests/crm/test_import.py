"""Purchases import: every problem reported by row and column, good rows in, bad rows out, nothing twice."""

from __future__ import annotations

import io

from openpyxl import Workbook
from sqlalchemy import func, select

from crm.conftest import ACTOR, NOW
from qungui.crm.customers.models import Assignment, Customer
from qungui.crm.purchases.models import ImportBatch, Purchase
from qungui.crm.purchases.service import import_purchases
from qungui.governance.audit.models import AuditEntry

GOOD = """订单号,会员编号,日期,金额,姓名,商品,导购
A001,V001,2026-01-05,1280.00,张伟,衬衫;领带,王芳
A002,V002,2026/2/1,560,刘洋,衬衫,李娜
A003,V001,2026-03-10 14:30,"2,300.50",张伟,西装,王芳
"""


def run(session, store, data: bytes, name: str = "orders.csv"):
    if session.in_transaction():  # reads since the last import
        session.commit()
    with session.begin():
        return import_purchases(session, store=store, data=data, file_name=name, actor=ACTOR, now=NOW)


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_a_good_file_imports_every_row_and_registers_customers(session, store):
    report = run(session, store, GOOD.encode("utf-8"))
    assert (report.rows_total, report.imported, report.new_customers, report.problems) == (3, 3, 2, [])
    assert report.encoding == "UTF-8"
    assert report.summary() == "读取3行，导入3行，0行有问题未导入，新增会员2位（UTF-8）"
    purchases = session.scalars(select(Purchase).order_by(Purchase.order_id)).all()
    assert [(p.order_id, p.amount_fen, p.items) for p in purchases] == [
        ("A001", 128000, ["衬衫", "领带"]),
        ("A002", 56000, ["衬衫"]),
        ("A003", 230050, ["西装"]),
    ]
    assert purchases[2].at.astimezone(NOW.tzinfo).strftime("%Y-%m-%d %H:%M") == "2026-03-10 14:30"
    v001 = session.scalars(select(Customer).where(Customer.code == "V001")).one()
    assert v001.name == "张伟" and v001.associate_id is not None
    assert count(session, Assignment) == 2
    audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "crm.import")).one()
    assert audit.actor == ACTOR and audit.data["imported"] == 3


def test_the_same_file_again_changes_nothing(session, store):
    run(session, store, GOOD.encode("utf-8"))
    again = run(session, store, GOOD.encode("utf-8"))
    assert again.already_imported and again.imported == 0
    assert again.summary() == "文件「orders.csv」之前已导入过，本次没有任何改动"
    assert (count(session, Purchase), count(session, Customer), count(session, ImportBatch)) == (3, 2, 1)


def test_bad_rows_are_named_and_left_out_good_rows_go_in(session, store):
    bad = """订单号,会员编号,日期,金额
B001,V010,2026-01-05,100
B002,V011,2026-13-45,100
B003,V012,2026-01-07,-50
B001,V013,2026-01-08,70
B004,,2026-01-09,abc
,V014,2026-01-10,10
B005,V015,2027-01-01,10
B006,V016,20260111,"¥1,000"
"""
    report = run(session, store, bad.encode("utf-8"))
    assert [(p.row, p.column) for p in report.problems] == [
        (3, "日期"),
        (4, "金额"),
        (5, "订单号"),
        (6, "会员编号"),
        (6, "金额"),
        (7, "订单号"),
        (8, "日期"),
    ]
    texts = [p.problem for p in report.problems]
    assert texts[0] == "无法识别的日期：2026-13-45（应为 2025-03-01 或 2025/3/1 这样的格式）"
    assert texts[1].startswith("金额为负数：-50")
    assert texts[2] == "订单号 B001 与第2行重复，本行未导入"
    assert texts[4] == "金额不是数字：abc"
    assert texts[6] == "日期 2027-01-01 晚于今天"
    assert (report.rows_total, report.imported, report.rejected) == (8, 2, 6)
    assert sorted(session.scalars(select(Purchase.order_id))) == ["B001", "B006"]
    assert session.scalar(select(Purchase.amount_fen).where(Purchase.order_id == "B006")) == 100000


def test_orders_already_imported_by_another_file_are_not_duplicated(session, store):
    run(session, store, GOOD.encode("utf-8"))
    overlapping = "订单号,会员编号,日期,金额\nA003,V001,2026-03-10,2300.50\nA004,V003,2026-04-01,99\n"
    report = run(session, store, overlapping.encode("utf-8"), name="april.csv")
    assert report.imported == 1 and [(p.row, p.column) for p in report.problems] == [(2, "订单号")]
    assert report.problems[0].problem == "订单号 A003 已在之前的导入中，未重复导入"
    assert count(session, Purchase) == 4


def test_missing_columns_import_nothing_and_say_which(session, store):
    report = run(session, store, "订单号,姓名,金额\nC1,张三,10\n".encode())
    assert report.fatal and report.imported == 0
    assert report.problems[0].row == 1 and report.problems[0].column == "会员编号、日期"
    assert "缺少必需的列：会员编号（可写作 会员号/会员编号" in report.problems[0].problem
    assert (count(session, Purchase), count(session, ImportBatch), count(session, Customer)) == (0, 0, 0)
    assert run(session, store, b"").problems[0].problem == "文件是空的"


def test_gbk_and_bom_files_are_read(session, store):
    gbk = run(session, store, GOOD.encode("gbk"), name="gbk.csv")
    assert gbk.encoding == "GBK" and gbk.imported == 3
    assert session.scalar(select(Customer.name).where(Customer.code == "V002")) == "刘洋"
    bom = "\ufeff订单号,会员编号,日期,金额\nD1,V009,2026-05-01,10\n".encode()
    report = run(session, store, bom, name="bom.csv")
    assert report.encoding == "UTF-8-BOM" and report.imported == 1


def test_excel_with_dates_and_numbers_as_cells(session, store):
    from datetime import datetime

    book = Workbook()
    sheet = book.active
    sheet.append(["order_id", "customer", "date", "amount", "associate"])
    sheet.append(["E1", "V100", datetime(2026, 6, 1, 12, 0), 199.9, "赵敏"])
    sheet.append(["E2", 12345, "2026-06-02", 50, None])
    sheet.append(["E3", "V101", "yesterday", 10, None])
    sheet.append(["E4", "V102", "2026-06-03", 10, "不存在"])
    buffer = io.BytesIO()
    book.save(buffer)
    report = run(session, store, buffer.getvalue(), name="orders.xlsx")
    assert report.encoding == "Excel" and report.imported == 2
    assert [(p.row, p.column) for p in report.problems] == [(4, "日期"), (5, "导购")]
    assert report.problems[1].problem == "门店里没有导购「不存在」，请先添加导购"
    assert sorted(session.scalars(select(Customer.code))) == ["12345", "V100"]
    assert session.scalar(select(Purchase.amount_fen).where(Purchase.order_id == "E1")) == 19990


def test_garbage_is_refused_clearly(session, store):
    report = run(session, store, b"PK\x03\x04not really a zip", name="x.xlsx")
    assert report.fatal and report.problems[0].problem.startswith("无法读取文件")
    assert count(session, ImportBatch) == 0


def test_referrals_come_with_new_customers(session, store):
    data = (
        "订单号,会员编号,日期,金额,推荐人\n"
        "R1,V1,2026-01-01,10,\nR2,V2,2026-01-02,10,V1\nR3,V3,2026-01-03,10,V9\nR4,V4,2026-01-04,10,V4\n"
    )
    report = run(session, store, data.encode())
    assert report.imported == 2 and [(p.row, p.column) for p in report.problems] == [(4, "推荐人"), (5, "推荐人")]
    assert report.problems[0].problem == "推荐人 V9 不是本店的其他会员"
    by_code = {c.code: c for c in session.scalars(select(Customer))}
    assert by_code["V2"].referred_by_id == by_code["V1"].id and by_code["V1"].referred_by_id is None


def test_a_title_row_and_blank_rows_keep_the_row_numbers_right(session, store):
    book = Workbook()
    sheet = book.active
    sheet.append(["南京西路店 2026年11月销售流水"])
    sheet.append([])
    sheet.append(["订单号", "会员编号", "日期", "金额"])
    sheet.append(["T1", "V1", "2026-11-01", 10])
    sheet.append(["T2", "V2", "2026-11-02", -3])
    buffer = io.BytesIO()
    book.save(buffer)
    report = run(session, store, buffer.getvalue(), name="title.xlsx")
    assert report.imported == 1 and [(p.row, p.column) for p in report.problems] == [(5, "金额")]
    blank_first = run(session, store, "\n\n订单号,会员编号,日期\nT3,V3,2026-11-03\n".encode(), name="b.csv")
    assert blank_first.fatal and blank_first.problems[0].row == 3 and blank_first.problems[0].column == "金额"


def test_utf16_and_semicolons_and_a_header_only_file(session, store):
    text = "订单号;会员编号;日期;金额\nU1;V1;2026-11-01;10,5\nU2;V1;2026-11-02;1,280.50\n"
    report = run(session, store, text.encode("utf-16"), name="u16.csv")
    assert report.encoding == "UTF-16" and report.rows_total == 2
    assert [(p.row, p.column, p.problem) for p in report.problems] == [
        (2, "金额", "金额格式不对：10,5（千位用逗号分隔，小数用点，例如 1,280.50）")  # a decimal comma is refused
    ]
    assert session.scalar(select(Purchase.amount_fen).where(Purchase.order_id == "U2")) == 128050
    empty = run(session, store, "订单号,会员编号,日期,金额\n".encode(), name="header-only.csv")
    assert (empty.rows_total, empty.imported, empty.problems, empty.fatal) == (0, 0, [], False)
