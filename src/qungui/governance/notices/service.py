"""Post notices (通知), resolve their audience, record acknowledgements and show who is missing.

三.四.3 “群里集中下发的通知要及时做回复，比如收到、执行、马上执行之类的回复语言”. A notice is addressed
to everyone, to departments or to named members; the audience is resolved to member ids when it is
posted (members who join later are not asked; members who leave drop out of “missing”). Without a
deadline the notice is due after the rulebook's acknowledgement window. Acknowledgements count until
`closes_at` (the due time plus the window; those after the due time are marked late). Reminders and
escalation live in `qungui.governance.notices.deadlines`. Every function runs in the caller's
transaction; none commits.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.core.errors import QunguiError
from qungui.governance.audit.service import append_audit
from qungui.governance.departments.service import department_names, member_departments
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Member
from qungui.governance.notices.models import AckVia, Notice, NoticeAck, NoticeStatus
from qungui.governance.notices.texts import excerpt, joined, say, when
from qungui.governance.outbox.service import enqueue
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.schema import Workflow

PREFIX = "N"
REMIND_BEFORE = timedelta(hours=1)  # the default second reminder: one hour before the due time
MIN_REMINDER_GAP = timedelta(minutes=10)  # reminders closer than this to the previous one are dropped
MAX_MENTIONS_IN_TEXT = 30


class NoticeRejected(QunguiError):
    """A notice that cannot be posted; carries a Chinese and an English reason. Nothing is stored."""

    def __init__(self, reason_zh: str, reason_en: str) -> None:
        self.reason_zh, self.reason_en = reason_zh, reason_en
        super().__init__(f"{reason_zh} / {reason_en}")


@dataclass(frozen=True, slots=True)
class Audience:
    """Whom a notice addresses: everyone, and/or departments by name, and/or members by id."""

    everyone: bool = False
    departments: tuple[str, ...] = ()
    members: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        return {"everyone": self.everyone, "departments": list(self.departments), "members": list(self.members)}


@dataclass(frozen=True, slots=True)
class AckRow:
    """One line of a notice's acknowledgement matrix."""

    member_id: str
    name: str
    department: str | None
    active: bool  # still in the group
    at: datetime | None
    via: str | None
    late: bool
    text: str | None


def label(notice: Notice) -> str:
    return f"{PREFIX}{notice.id}"


def clause_for(book: CompiledRulebook, *workflows: Workflow) -> str | None:
    """The first clause carrying one of `workflows`, in that order of preference."""
    for workflow in workflows:
        for clause in book.rulebook.clauses:
            if workflow in clause.workflows:
                return clause.id
    return None


def notice_clause(book: CompiledRulebook) -> str | None:
    """The clause notices cite: the notice_ack clause (三.四.3), else the directive one (第二篇.8)."""
    return clause_for(book, Workflow.NOTICE_ACK, Workflow.DIRECTIVE)


def ack_required_by_default(book: CompiledRulebook) -> bool:
    """Whether a notice asks for 收到 unless told otherwise: under a rulebook with notice_ack or directive."""
    return notice_clause(book) is not None


def default_reminders(start: datetime, due: datetime, *, before: timedelta = REMIND_BEFORE) -> list[datetime]:
    """Half-way to the due time, and `before` it; at least ten minutes after `start` and apart, before `due`."""
    chosen: list[datetime] = []
    for moment in sorted({start + (due - start) / 2, due - before}):
        previous = chosen[-1] if chosen else start
        if moment < due and moment - previous >= MIN_REMINDER_GAP:
            chosen.append(moment)
    return chosen


def member_names(session: Session, *, group: Group, member_ids: list[str]) -> dict[str, str]:
    """Display names by member id (the id when a member has no name)."""
    if not member_ids:
        return {}
    rows = session.execute(
        select(Member.external_id, Member.display_name).where(
            Member.group_id == group.id, Member.external_id.in_(member_ids)
        )
    )
    names = {member: name for member, name in rows if name}
    return {member: names.get(member, member) for member in member_ids}


def active_members(session: Session, *, group: Group) -> list[str]:
    """The ids of the group's active members, in the order qungui first saw them."""
    query = select(Member.external_id).where(Member.group_id == group.id, Member.status == "active")
    return list(session.scalars(query.order_by(Member.id)))


def resolve_audience(
    session: Session, *, group: Group, book: CompiledRulebook, audience: Audience, author: str
) -> list[str]:
    """The member ids a notice addresses (never its author); refused when it names nobody."""
    active = active_members(session, group=group)
    chosen: list[str] = []
    if audience.everyone or not (audience.departments or audience.members):
        chosen.extend(active)
    if audience.departments:
        known = department_names(session, group=group, book=book)
        unknown = [name for name in audience.departments if name not in known]
        if unknown:
            listed = "、".join(known) if known else "（尚未登记部门）"
            raise NoticeRejected(
                f"没有找到部门“{'、'.join(unknown)}”。本群已有部门：{listed}。可以用“部门 @成员 部门名”登记。",
                f"No department named {', '.join(unknown)}. Known: {', '.join(known) or '(none yet)'}.",
            )
        departments = member_departments(session, group=group, book=book)
        for name in audience.departments:
            members = [m for m in active if departments.get(m) == name and m != author]
            if not members:
                raise NoticeRejected(
                    f"部门“{name}”目前没有可以通知的成员，请先用“部门 @成员 {name}”登记。",
                    f"The department {name} has no members to notify yet.",
                )
            chosen.extend(members)
    chosen.extend(audience.members)
    resolved = [m for m in dict.fromkeys(chosen) if m != author]
    if not resolved:
        raise NoticeRejected(
            "这条通知没有可以通知的对象：请@要通知的成员或部门，或用“@所有人”。",
            "This notice addresses nobody: @ the members or departments, or use “@所有人”.",
        )
    return resolved


def post_notice(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    author: str,
    text: str,
    audience: Audience,
    deadline: datetime | None,
    require_ack: bool | None,
    now: datetime,
    reminders: list[datetime] | None = None,
    command_message_id: str | None = None,
    announce: bool | None = None,
) -> Notice:
    """Record a notice and queue its announcement in the group (with its number and how to acknowledge).

    `require_ack` None follows the rulebook (yes under notice_ack or directive clauses). `reminders`
    replaces the default times (half-way, one hour before the due time). `announce` None announces
    when acknowledgements are required (a notice posted by command that needs none is only recorded).
    Refused (NoticeRejected, nothing stored) for an empty text, a deadline not in the future, or an
    audience that names nobody. Audited. Does not commit.
    """
    text = text.strip()
    if not text:
        raise NoticeRejected(
            "通知内容不能为空，例如：通知 @所有人 明天上午9点开安全例会 截止 今天18:00", "Empty notice."
        )
    if deadline is not None and deadline <= now:
        raise NoticeRejected(
            f"截止时间（{when(book, deadline)}）已经过去了，请写一个以后的时间，例如“截止 明天中午”。",
            f"The deadline ({when(book, deadline)}) has passed; give a later one.",
        )
    members = resolve_audience(session, group=group, book=book, audience=audience, author=author)
    require = ack_required_by_default(book) if require_ack is None else require_ack
    window = book.rulebook.acknowledgements.window
    due = deadline or now + window
    planned = default_reminders(now, due) if reminders is None else sorted(r for r in reminders if now < r < due)
    notice = Notice(
        group_id=group.id,
        author_id=author,
        text=text,
        audience=audience.as_dict(),
        member_ids=members,
        require_ack=require,
        deadline=deadline,
        due_at=due,
        remind_at=[moment.isoformat() for moment in planned] if require else [],
        reminders_sent=0,
        closes_at=due + window,
        clause=notice_clause(book),
        command_message_id=command_message_id,
        status=NoticeStatus.OPEN.value if require else NoticeStatus.CLOSED.value,
        closed_at=None if require else now,
        created_at=now,
        updated_at=now,
    )
    session.add(notice)
    session.flush()
    append_audit(
        session,
        actor=author,
        action="notice.posted",
        subject=f"notice:{group.id}:{notice.id}",
        data={"audience": audience.as_dict(), "members": len(members), "due": due.isoformat(), "ack": require},
        now=now,
    )
    if require if announce is None else announce:
        _announce(session, group, book, notice, audience, members)
    return notice


def _announce(
    session: Session, group: Group, book: CompiledRulebook, notice: Notice, audience: Audience, members: list[str]
) -> None:
    names = member_names(session, group=group, member_ids=[notice.author_id, *members])
    parts: list[str] = []
    if audience.everyone or not (audience.departments or audience.members):
        parts.append(say(book, "everyone"))
    else:
        departments = member_departments(session, group=group, book=book)
        for name in audience.departments:
            count = sum(1 for m in members if departments.get(m) == name)
            parts.append(say(book, "count", names=name, n=count))
        parts.extend(names[m] for m in audience.members if m in names)
    mentions = [] if audience.everyone else members
    text = say(
        book,
        "notice_posted",
        label=label(notice),
        text=notice.text,
        author=names[notice.author_id],
        audience=joined(book, parts),
        due=when(book, notice.due_at),
    )
    enqueue(
        session,
        group=group,
        key=f"notice:{notice.id}:posted",
        text=text,
        mentions=mentions[:MAX_MENTIONS_IN_TEXT],
        subject=f"notice:{notice.id}",
        now=notice.created_at,
    )


def find_notice(session: Session, *, group: Group, number: int) -> Notice | None:
    notice = session.get(Notice, number)
    return notice if notice is not None and notice.group_id == group.id else None


def open_notices(session: Session, *, group: Group) -> list[Notice]:
    """The group's notices still counting acknowledgements, oldest first."""
    query = select(Notice).where(Notice.group_id == group.id, Notice.status == NoticeStatus.OPEN.value)
    return list(session.scalars(query.order_by(Notice.id)))


def acks_of(session: Session, *, notice: Notice) -> dict[str, NoticeAck]:
    rows = session.scalars(select(NoticeAck).where(NoticeAck.notice_id == notice.id).order_by(NoticeAck.id))
    return {row.member_id: row for row in rows}


def missing_members(session: Session, *, group: Group, notice: Notice) -> list[str]:
    """The audience members still in the group who have not acknowledged, in audience order."""
    acked = acks_of(session, notice=notice)
    active = set(active_members(session, group=group))
    return [m for m in notice.member_ids if m not in acked and m in active]


def acknowledge(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    notice: Notice,
    member: str,
    at: datetime,
    via: AckVia,
    message_id: str | None = None,
    text: str | None = None,
) -> NoticeAck | None:
    """Record `member`'s acknowledgement; None when not in the audience, already acknowledged, or closed.

    When the last member acknowledges, the notice closes and its author is told privately. Audited.
    Does not commit.
    """
    if notice.status != NoticeStatus.OPEN.value or at > notice.closes_at or member not in notice.member_ids:
        return None
    if member in acks_of(session, notice=notice):
        return None
    ack = NoticeAck(
        notice_id=notice.id,
        member_id=member,
        at=at,
        via=via.value,
        message_id=message_id,
        text=(text or "")[:200] or None,
        late=at > notice.due_at,
    )
    session.add(ack)
    session.flush()
    append_audit(
        session,
        actor=member,
        action="notice.acknowledged",
        subject=f"notice:{group.id}:{notice.id}",
        data={"via": via.value, "message": message_id, "late": ack.late},
        now=at,
    )
    if not missing_members(session, group=group, notice=notice):
        close_notice(session, group=group, notice=notice, now=at, reason="all_acknowledged")
        enqueue(
            session,
            group=group,
            key=f"notice:{notice.id}:complete",
            text=say(book, "notice_all_acked", label=label(notice), n=len(acks_of(session, notice=notice))),
            private_to=notice.author_id,
            subject=f"notice:{notice.id}",
            now=at,
        )
    return ack


def close_notice(session: Session, *, group: Group, notice: Notice, now: datetime, reason: str) -> None:
    """Stop counting acknowledgements for `notice`; audited. Does not commit."""
    if notice.status == NoticeStatus.CLOSED.value:
        return
    notice.status = NoticeStatus.CLOSED.value
    notice.closed_at = now
    notice.updated_at = now
    session.flush()
    append_audit(
        session,
        actor="system",
        action="notice.closed",
        subject=f"notice:{group.id}:{notice.id}",
        data={"reason": reason},
        now=now,
    )


def ack_matrix(session: Session, *, group: Group, book: CompiledRulebook, notice: Notice) -> list[AckRow]:
    """Every audience member with their acknowledgement (when, how, late) or none, in audience order."""
    acks = acks_of(session, notice=notice)
    names = member_names(session, group=group, member_ids=list(notice.member_ids))
    departments = member_departments(session, group=group, book=book)
    active = set(active_members(session, group=group))
    rows: list[AckRow] = []
    for member in notice.member_ids:
        ack = acks.get(member)
        rows.append(
            AckRow(
                member_id=member,
                name=names.get(member, member),
                department=departments.get(member),
                active=member in active,
                at=ack.at if ack else None,
                via=ack.via if ack else None,
                late=bool(ack and ack.late),
                text=ack.text if ack else None,
            )
        )
    return rows


def notice_excerpt(notice: Notice) -> str:
    return excerpt(notice.text)
