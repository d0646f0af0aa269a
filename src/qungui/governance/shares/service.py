"""Post share tasks (分享), record each member's screenshot, remind the missing, close at the due time.

第二篇.6 “对于公司对外分享的信息,每个群的成员都有义务分享到朋友圈”. Moments are invisible to software,
so the proof is a screenshot posted in the group:

- an image replying to (or quoting) the task — the admin's command or the bot's announcement;
- an image with no reply, within `shares.proof_window` after the task was posted, or at any time
  after the member said 已分享, when exactly one open share task waits for that member;
- 已分享 alone is recorded as a claim; the member is asked for the screenshot (once).

(Recognising them in group messages: `qungui.governance.shares.recognise`.)

Reminders (half-way, and each `shares.remind_before` before the due time) @ only the members without a
screenshot. At the due time the task closes and its author is told privately who is done, who only
claimed and who is missing. Every function runs in the caller's transaction; none commits.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.audit.service import append_audit
from qungui.governance.groups.models import Group
from qungui.governance.notices.service import (
    MIN_REMINDER_GAP,
    Audience,
    NoticeRejected,
    active_members,
    clause_for,
    member_names,
    resolve_audience,
)
from qungui.governance.notices.tasks import default_due
from qungui.governance.notices.texts import joined, when
from qungui.governance.notices.texts import say as notice_say
from qungui.governance.notices.words import is_bare_ack
from qungui.governance.outbox.service import enqueue
from qungui.governance.shares.models import ProofVia, ShareProof, ShareStatus, ShareTask
from qungui.governance.shares.texts import say
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.schema import Workflow

PREFIX = "F"  # 分享 (S is taken by 申诉)
CLAIM_WORDS = (
    "已分享",
    "分享了",
    "已经分享",
    "已转发",
    "转发了",
    "已经转发",
    "已转",
    "已发朋友圈",
    "发朋友圈了",
    "已分享朋友圈",
    "已转朋友圈",
    "已发圈",
)
CLAIM_KEYS = ("分享", "转", "圈")  # every claim word holds one of these (checked first: it runs on every message)
MAX_MENTIONS_IN_TEXT = 30


class ShareRejected(NoticeRejected):
    """A share task that cannot be posted; carries a Chinese and an English reason. Nothing is stored."""


@dataclass(frozen=True, slots=True)
class ShareRow:
    """One audience member's progress on a share task."""

    member_id: str
    name: str
    active: bool
    proved_at: datetime | None
    claimed_at: datetime | None
    via: str | None
    late: bool


def label(share: ShareTask) -> str:
    return f"{PREFIX}{share.id}"


def is_share_claim(text: str) -> bool:
    """Whether the whole message says the member shared it (“已分享”, “已转发👍”, “分享了，谢谢”)."""
    if not any(key in text for key in CLAIM_KEYS):
        return False  # the common case, decided without normalising the text
    return is_bare_ack(text, CLAIM_WORDS)


def planned_reminders(start: datetime, due: datetime, before: Sequence[timedelta]) -> list[datetime]:
    """Half-way to the due time and each `before` it; after `start`, before `due`, ten minutes apart."""
    chosen: list[datetime] = []
    for moment in sorted({start + (due - start) / 2, *(due - b for b in before)}):
        previous = chosen[-1] if chosen else start
        if start < moment < due and moment - previous >= MIN_REMINDER_GAP:
            chosen.append(moment)
    return chosen


def post_share(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    author: str,
    text: str,
    audience: Audience,
    due: datetime | None,
    now: datetime,
    command_message_id: str | None = None,
) -> ShareTask:
    """Record a share task and queue its announcement; audited. Does not commit.

    Refused (ShareRejected, nothing stored) for an empty text, a due time not in the future, or an
    audience that names nobody. Without a due time: 18:00 today (tomorrow when less than an hour is left).
    """
    text = text.strip()
    if not text:
        raise ShareRejected(
            "请写明要分享的链接或内容，例如：分享 https://example.com/news 今天18:00前", "Say what to share."
        )
    due = due or default_due(now, book.rulebook.tz)
    if due <= now:
        raise ShareRejected(
            f"截止时间（{when(book, due)}）已经过去了，请写一个以后的时间，例如“今天18:00前”或“明天中午前”。",
            f"The due time ({when(book, due)}) has passed; give a later one.",
        )
    try:
        members = resolve_audience(session, group=group, book=book, audience=audience, author=author)
    except NoticeRejected as error:
        if error.reason_en.startswith("This notice addresses nobody"):
            raise ShareRejected(
                "这条分享任务没有要分享的成员：请@要分享的成员或部门，或用“@所有人”（发布人自己不算）。",
                "This share task addresses nobody: @ the members or departments, or use “@所有人”.",
            ) from None
        raise ShareRejected(error.reason_zh, error.reason_en) from None
    planned = planned_reminders(now, due, book.rulebook.shares.remind_before)
    share = ShareTask(
        group_id=group.id,
        author_id=author,
        text=text,
        member_ids=members,
        due_at=due,
        remind_at=[moment.isoformat() for moment in planned],
        reminders_sent=0,
        clause=clause_for(book, Workflow.SHARE_TASK),
        command_message_id=command_message_id,
        status=ShareStatus.OPEN.value,
        created_at=now,
        updated_at=now,
    )
    session.add(share)
    session.flush()
    append_audit(
        session,
        actor=author,
        action="share.posted",
        subject=f"share:{group.id}:{share.id}",
        data={"audience": audience.as_dict(), "members": len(members), "due": due.isoformat()},
        now=now,
    )
    names = member_names(session, group=group, member_ids=[author, *members])
    everyone = audience.everyone or not (audience.departments or audience.members)
    if everyone:
        who = notice_say(book, "everyone")
    else:
        who = joined(book, [*audience.departments, *(names[m] for m in audience.members if m in names)])
    announcement = say(
        book,
        "share_posted",
        label=label(share),
        text=text,
        author=names[author],
        audience=who,
        due=when(book, due),
        clause=_clause_text(book, share.clause),
    )
    enqueue(
        session,
        group=group,
        key=f"share:{share.id}:posted",
        text=announcement,
        mentions=[] if everyone else members[:MAX_MENTIONS_IN_TEXT],
        subject=f"share:{share.id}",
        now=now,
    )
    return share


def _clause_text(book: CompiledRulebook, clause_id: str | None) -> str:
    if clause_id is None:
        return ""
    return say(book, "share_clause", clause=clause_id, title=book.rulebook.clause(clause_id).title)


def open_shares(session: Session, *, group: Group) -> list[ShareTask]:
    """The group's share tasks still counting screenshots, oldest first."""
    query = select(ShareTask).where(ShareTask.group_id == group.id, ShareTask.status == ShareStatus.OPEN.value)
    return list(session.scalars(query.order_by(ShareTask.id)))


def find_share(session: Session, *, group: Group, number: int) -> ShareTask | None:
    share = session.get(ShareTask, number)
    return share if share is not None and share.group_id == group.id else None


def proofs_of(session: Session, *, share: ShareTask) -> dict[str, ShareProof]:
    rows = session.scalars(select(ShareProof).where(ShareProof.share_id == share.id).order_by(ShareProof.id))
    return {row.member_id: row for row in rows}


def missing_sharers(session: Session, *, group: Group, share: ShareTask) -> list[str]:
    """Audience members still in the group without a screenshot, in audience order."""
    proofs = proofs_of(session, share=share)
    active = set(active_members(session, group=group))
    return [m for m in share.member_ids if m in active and (m not in proofs or proofs[m].proved_at is None)]


def share_rows(session: Session, *, group: Group, share: ShareTask) -> list[ShareRow]:
    """Every audience member with their progress, in audience order."""
    proofs = proofs_of(session, share=share)
    names = member_names(session, group=group, member_ids=list(share.member_ids))
    active = set(active_members(session, group=group))
    rows = []
    for member in share.member_ids:
        proof = proofs.get(member)
        rows.append(
            ShareRow(
                member_id=member,
                name=names.get(member, member),
                active=member in active,
                proved_at=proof.proved_at if proof else None,
                claimed_at=proof.claimed_at if proof else None,
                via=proof.via if proof else None,
                late=bool(proof and proof.late),
            )
        )
    return rows


def proof_of(session: Session, *, share: ShareTask, member: str) -> ShareProof | None:
    return session.scalars(
        select(ShareProof).where(ShareProof.share_id == share.id, ShareProof.member_id == member)
    ).one_or_none()


def record_screenshot(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    share: ShareTask,
    member: str,
    at: datetime,
    via: ProofVia,
    message_id: str | None = None,
    screenshot: str | None = None,
) -> ShareProof | None:
    """Record `member`'s screenshot (or an admin's confirmation); None when not asked, already done or closed.

    When the last member is done the task closes and its author is told privately. Audited. Does not commit.
    """
    if share.status != ShareStatus.OPEN.value or member not in share.member_ids:
        return None
    proof = proof_of(session, share=share, member=member)
    if proof is not None and proof.proved_at is not None:
        return None
    if proof is None:
        proof = ShareProof(share_id=share.id, member_id=member, claimed_at=None)
        session.add(proof)
    proof.via, proof.proved_at, proof.message_id = via.value, at, message_id
    proof.screenshot, proof.late = (screenshot or None), at > share.due_at
    session.flush()
    append_audit(
        session,
        actor=member,
        action="share.proved",
        subject=f"share:{group.id}:{share.id}",
        data={"via": via.value, "message": message_id},
        now=at,
    )
    if not missing_sharers(session, group=group, share=share):
        close_share(session, group, share, at, reason="all_done")
        done = sum(1 for p in proofs_of(session, share=share).values() if p.proved_at is not None)
        enqueue(
            session,
            group=group,
            key=f"share:{share.id}:complete",
            text=say(book, "share_all_done", label=label(share), n=done),
            private_to=share.author_id,
            subject=f"share:{share.id}",
            now=at,
        )
    return proof


def record_claim(
    session: Session, *, group: Group, book: CompiledRulebook, share: ShareTask, member: str, at: datetime
) -> bool:
    """`member` said 已分享 without a screenshot: recorded, and they are asked for one (once). Does not commit."""
    if share.status != ShareStatus.OPEN.value or member not in share.member_ids:
        return False
    proof = proof_of(session, share=share, member=member)
    if proof is not None:
        return False  # already claimed or proved
    session.add(ShareProof(share_id=share.id, member_id=member, via=ProofVia.CLAIM.value, claimed_at=at, late=False))
    session.flush()
    names = member_names(session, group=group, member_ids=[member])
    enqueue(
        session,
        group=group,
        key=f"share:{share.id}:ask:{member}",
        text=say(book, "share_ask_screenshot", mention=f"@{names[member]}", label=label(share)),
        mentions=[member],
        subject=f"share:{share.id}",
        now=at,
    )
    return True


def close_share(session: Session, group: Group, share: ShareTask, now: datetime, *, reason: str) -> None:
    share.status = ShareStatus.CLOSED.value
    share.closed_at = share.updated_at = now
    session.flush()
    append_audit(
        session,
        actor="system",
        action="share.closed",
        subject=f"share:{group.id}:{share.id}",
        data={"reason": reason},
        now=now,
    )
