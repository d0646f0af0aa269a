"""A work group with departments, for notices and tasks: who is in which department and who heads it.

工程部: 张三 (zhang), 李四 (li), headed by 赵六 (zhao); 安全部: 王五 (wang), no head; 钱七 (qian): no
department. The owner (群主老陈) and the admins (管理员周 admin1, 管理员吴 admin2) have no department.
Everyone has spoken once, so qungui knows their names.
"""

from __future__ import annotations

from sqlalchemy import select

from e2e.checks import conversation, open_group
from e2e.live import LiveGroup
from qungui.governance.groups.service import find_group
from qungui.governance.notices.models import Notice, NoticeAck, Task
from qungui.governance.notices.service import AckRow, ack_matrix
from qungui.governance.outbox.models import Outbox

CAST = ("owner", "admin1", "admin2", "zhang", "li", "wang", "zhao", "qian")
NOTICE = "通知 @所有人 明天上午9点开安全例会 截止 今天18:00"


def office(sessions, template: str = "department", **kwargs) -> LiveGroup:
    """A fresh group under `template` with the cast above and its departments registered by admin1."""
    g = open_group(sessions, template, **kwargs)
    for member in CAST:
        g.say(member, "大家好")
    command(g, "admin1", "部门 @张三 @李四 工程部", "zhang", "li")
    command(g, "admin1", "负责人 @赵六 工程部", "zhao")
    command(g, "admin1", "部门 @王五 安全部", "wang")
    return g


def command(g: LiveGroup, sender: str, text: str, *mentions: str, **extra):
    """Send a command; it must be taken as one."""
    handled = g.say(sender, text, mentions=mentions, **extra)
    assert handled.command is not None, f"{text!r} was not taken as a command:\n{conversation(g)}"
    return handled


def answers(g: LiveGroup, handled, since) -> list[str]:
    """The bot's group replies quoting the command `handled`."""
    return [m.text for m in g.group_messages(since) if m.reply_to == g.message_id(handled)]


def post(g: LiveGroup, sender: str = "admin1", text: str = NOTICE, *mentions: str):
    """Post a notice by command; (the command's Handled, the bot's announcement message)."""
    since = g.mark()
    handled = command(g, sender, text, *mentions)
    announced = [m for m in g.group_messages(since) if "【通知 N" in m.text]
    assert announced, f"no announcement:\n{conversation(g)}"
    return handled, announced[-1]


def _group(g: LiveGroup, session):
    return find_group(session, platform=g.ref.platform, external_id=g.ref.id)


def notices(g: LiveGroup) -> list[Notice]:
    with g.sessions.begin() as session:
        rows = list(session.scalars(select(Notice).order_by(Notice.id)))
        session.expunge_all()
        return rows


def acks(g: LiveGroup, notice: int = 1) -> dict[str, str]:
    """member → how they acknowledged notice N<notice>."""
    with g.sessions.begin() as session:
        rows = session.scalars(select(NoticeAck).where(NoticeAck.notice_id == notice))
        return {row.member_id: row.via for row in rows}


def matrix(g: LiveGroup, notice: int = 1) -> list[AckRow]:
    with g.sessions.begin() as session:
        row = session.get(Notice, notice)
        return ack_matrix(session, group=_group(g, session), book=g.book, notice=row)


def tasks(g: LiveGroup) -> list[tuple[int, str, str, str | None]]:
    """(number, owner, status, plan) of every task, oldest first."""
    with g.sessions.begin() as session:
        rows = session.scalars(select(Task).order_by(Task.id))
        return [(t.id, t.owner_id, t.status, t.plan) for t in rows]


def outbox(g: LiveGroup) -> list[tuple[str, str, str | None, str | None]]:
    """(key, status, private_to, last_error) of the queued messages, oldest first."""
    with g.sessions.begin() as session:
        rows = session.scalars(select(Outbox).order_by(Outbox.id))
        return [(o.key, o.status, o.private_to, o.last_error) for o in rows]


def reminders(g: LiveGroup, since=(0, 0)):
    """The bot's reminder messages (text and mentions) since the mark."""
    return [m for m in g.group_messages(since) if "【提醒】" in m.text]
