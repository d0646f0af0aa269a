"""Notices, acknowledgements and departments as services: validation, audience, matrix, export, audit."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from qungui.core.events import GroupRef
from qungui.governance.audit.models import AuditEntry
from qungui.governance.departments.service import (
    DepartmentRejected,
    add_head,
    department_names,
    heads_by_department,
    is_head,
    member_departments,
    remove_head,
    set_member_department,
)
from qungui.governance.groups.service import ensure_group
from qungui.governance.members.models import Role
from qungui.governance.members.service import save_member_states, set_member_role
from qungui.governance.notices.export import COLUMNS, matrix_rows, to_csv, write_csv
from qungui.governance.notices.models import AckVia, Notice
from qungui.governance.notices.service import (
    Audience,
    NoticeRejected,
    acknowledge,
    default_reminders,
    missing_members,
    post_notice,
)
from qungui.governance.outbox.models import Outbox
from qungui.rules.compiled import compile_rulebook
from qungui.rules.loader import load_template
from qungui.rules.schema import RosterEntry
from qungui.rules.state import LEFT, MemberState

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=TZ)
GROUP = GroupRef(platform="sim", id="g1", name="工程部工作群")
NAMES = {"boss": "群主老陈", "zhang": "张三", "li": "李四", "wang": "王五", "zhao": "赵六"}


def _book(roster: list[RosterEntry] | None = None):
    template = load_template("department")
    if roster is not None:
        membership = template.membership.model_copy(update={"roster": roster})
        template = template.model_copy(update={"membership": membership})
    return compile_rulebook(template)


BOOK = _book()


def setup(session, book=BOOK):
    group = ensure_group(session, ref=GROUP, now=NOW, rulebook=book.rulebook.name)
    set_member_role(session, group=group, member_id="boss", role=Role.OWNER, now=NOW)
    states = {m: MemberState(member_id=m, name=name, joined_at=NOW - timedelta(days=9)) for m, name in NAMES.items()}
    save_member_states(session, group=group, states=states, now=NOW)
    return group


def _post(session, group, *, audience=Audience(), deadline=NOW + timedelta(hours=9), text="明天开会", **kw):
    return post_notice(
        session,
        group=group,
        book=BOOK,
        author="boss",
        text=text,
        audience=audience,
        deadline=deadline,
        require_ack=None,
        now=NOW,
        **kw,
    )


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"text": "  "}, "通知内容不能为空"),
        ({"deadline": NOW - timedelta(minutes=1)}, "已经过去了"),
        ({"deadline": NOW}, "已经过去了"),
        ({"audience": Audience(departments=("采购部",))}, "没有找到部门“采购部”"),
        ({"audience": Audience(departments=("工程部",))}, "部门“工程部”目前没有可以通知的成员"),
    ],
)
def test_bad_notices_are_refused_and_store_nothing(session, kwargs, expected):
    with session.begin():
        group = setup(session)
        set_member_department(session, group=group, member_id="boss", department="工程部", actor="boss", now=NOW)
    with session.begin(), pytest.raises(NoticeRejected) as refused:
        _post(session, group, **kwargs)
    assert expected in refused.value.reason_zh and refused.value.reason_en
    with session.begin():
        assert _count(session, Notice) == 0 and _count(session, Outbox) == 0


def test_an_audience_of_nobody_is_refused(session):
    with session.begin():
        group = ensure_group(session, ref=GROUP, now=NOW)
        set_member_role(session, group=group, member_id="boss", role=Role.OWNER, now=NOW)
    with session.begin(), pytest.raises(NoticeRejected, match="没有可以通知的对象"):
        _post(session, group)


def test_a_notice_is_announced_audited_and_closed_when_everyone_acknowledged(session):
    with session.begin():
        group = setup(session)
        notice = _post(session, group, audience=Audience(members=("zhang", "li")))
        assert notice.member_ids == ["zhang", "li"] and notice.status == "open"
        assert notice.remind_at == [
            (NOW + timedelta(hours=4, minutes=30)).isoformat(),
            (NOW + timedelta(hours=8)).isoformat(),
        ]
        [announcement] = session.scalars(select(Outbox)).all()
        assert announcement.subject == f"notice:{notice.id}" and announcement.mentions == ["zhang", "li"]
        assert "对象：张三、李四" in announcement.text
        acknowledge(session, group=group, book=BOOK, notice=notice, member="zhang", at=NOW, via=AckVia.BARE)
        assert (
            acknowledge(session, group=group, book=BOOK, notice=notice, member="zhang", at=NOW, via=AckVia.REPLY)
            is None
        )
        assert (
            acknowledge(session, group=group, book=BOOK, notice=notice, member="wang", at=NOW, via=AckVia.BARE) is None
        )
        assert missing_members(session, group=group, notice=notice) == ["li"]
        acknowledge(session, group=group, book=BOOK, notice=notice, member="li", at=NOW, via=AckVia.REACTION)
        assert notice.status == "closed"
        told = session.scalars(select(Outbox).where(Outbox.private_to == "boss")).one()
        assert "已全部确认（2/2）" in told.text
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions[-4:] == ["notice.posted", "notice.acknowledged", "notice.acknowledged", "notice.closed"]


def test_default_reminders_are_half_way_and_an_hour_before():
    assert default_reminders(NOW, NOW + timedelta(hours=9)) == [NOW + timedelta(hours=4.5), NOW + timedelta(hours=8)]
    assert default_reminders(NOW, NOW + timedelta(hours=2)) == [NOW + timedelta(hours=1)], "the same moment once"
    assert default_reminders(NOW, NOW + timedelta(minutes=40)) == [NOW + timedelta(minutes=20)]
    assert default_reminders(NOW, NOW + timedelta(hours=1, minutes=5)) == [NOW + timedelta(minutes=32.5)]


def test_reminder_times_can_be_set_per_notice(session):
    with session.begin():
        group = setup(session)
        custom = [NOW + timedelta(hours=1), NOW - timedelta(hours=1), NOW + timedelta(hours=20)]
        notice = _post(session, group, reminders=custom)
        assert notice.remind_at == [(NOW + timedelta(hours=1)).isoformat()], "only times before the deadline"


def test_without_a_deadline_the_notice_is_due_after_the_window(session):
    with session.begin():
        group = setup(session)
        notice = _post(session, group, deadline=None)
        assert notice.deadline is None and notice.due_at == NOW + timedelta(hours=12)
        assert notice.closes_at == NOW + timedelta(hours=24)


def test_the_matrix_exports_as_csv_with_one_row_per_audience_member(session, tmp_path):
    with session.begin():
        group = setup(session)
        set_member_department(session, group=group, member_id="zhang", department="工程部", actor="boss", now=NOW)
        notice = _post(session, group)
        acknowledge(
            session, group=group, book=BOOK, notice=notice, member="zhang", at=NOW, via=AckVia.REPLY, text="收到"
        )
        late = NOW + timedelta(hours=10)
        acknowledge(
            session, group=group, book=BOOK, notice=notice, member="li", at=late, via=AckVia.REACTION, text="👍"
        )
        save_member_states(
            session, group=group, states={"wang": MemberState("wang", name="王五", status=LEFT)}, now=NOW
        )
        rows = matrix_rows(session, group=group, book=BOOK, notice=notice)
    assert tuple(rows[0]) == COLUMNS == ("通知", "成员ID", "成员", "部门", "状态", "确认时间", "确认方式", "回复内容")
    label = f"N{notice.id}"
    assert rows == [
        {"通知": label, "成员ID": "zhang", "成员": "张三", "部门": "工程部", "状态": "已确认",
         "确认时间": "2026-11-23T09:00:00+08:00", "确认方式": "回复", "回复内容": "收到"},
        {"通知": label, "成员ID": "li", "成员": "李四", "部门": "", "状态": "逾期确认",
         "确认时间": "2026-11-23T19:00:00+08:00", "确认方式": "表情回应", "回复内容": "👍"},
        {"通知": label, "成员ID": "wang", "成员": "王五", "部门": "", "状态": "已退群",
         "确认时间": "", "确认方式": "", "回复内容": ""},
        {"通知": label, "成员ID": "zhao", "成员": "赵六", "部门": "", "状态": "未确认",
         "确认时间": "", "确认方式": "", "回复内容": ""},
    ]  # fmt: skip
    path = tmp_path / "n.csv"
    write_csv(rows, path)
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()), "a BOM, so spreadsheets read the Chinese"
    parsed = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert parsed == rows
    assert to_csv(rows).splitlines()[0] == ",".join(COLUMNS)


def test_departments_come_from_the_roster_and_what_an_admin_sets(session):
    book = _book([RosterEntry(name="张三", department="工程部"), RosterEntry(name="王五", department="安全部")])
    with session.begin():
        group = setup(session, book)
        assert member_departments(session, group=group, book=book) == {"zhang": "工程部", "wang": "安全部"}
        set_member_department(session, group=group, member_id="wang", department="工程部", actor="boss", now=NOW)
        assert add_head(session, group=group, member_id="zhao", department="工程部", actor="boss", now=NOW)
        assert not add_head(session, group=group, member_id="zhao", department="工程部", actor="boss", now=NOW)
        departments = member_departments(session, group=group, book=book)
        assert departments == {"zhang": "工程部", "wang": "工程部", "zhao": "工程部"}
        assert heads_by_department(session, group=group) == {"工程部": ["zhao"]}
        assert is_head(session, group=group, member_id="zhao") and not is_head(session, group=group, member_id="li")
        assert department_names(session, group=group, book=book) == ["安全部", "工程部"]
        assert remove_head(session, group=group, member_id="zhao", actor="boss", now=NOW) == ["工程部"]
        with pytest.raises(DepartmentRejected):
            set_member_department(session, group=group, member_id="li", department=" ", actor="boss", now=NOW)
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))
    assert actions.count("member.department_set") == 2  # wang; zhao joined 工程部 as its head
    assert "department.head_added" in actions and "department.head_removed" in actions
