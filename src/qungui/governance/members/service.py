"""Load a group's state for the engine and save what the engine changed."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from qungui.governance.audit.service import append_audit
from qungui.governance.events.service import recent_messages
from qungui.governance.groups.models import Group
from qungui.governance.members.models import ADMIN_ROLES, Member, Role
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.state import LEFT, GroupState, MemberState


def load_group_state(
    session: Session,
    *,
    group: Group,
    book: CompiledRulebook,
    at: datetime | None = None,
    exclude_event_key: str | None = None,
    only: Iterable[str] | None = None,
    bot: str | None = None,
) -> GroupState:
    """The engine's view of `group`: every member's state, admins from roles; `bot` is the runtime's own account.

    With `at`, the group-wide message window (for "busy chat" checks) is rebuilt from the stored
    message events in the rulebook's horizon before `at`, leaving out `exclude_event_key` (the event
    about to be evaluated). With `only`, just those members are read at once and any other member is
    read when first asked for (an event touches a few members; a sweep needs them all). Does not commit.
    """
    if only is None:
        rows = session.scalars(select(Member).where(Member.group_id == group.id).order_by(Member.id)).all()
        admins = {row.external_id for row in rows if row.role in ADMIN_ROLES}
        state = book.new_state(group.external_id, admins)
        for row in rows:
            state.members[row.external_id] = MemberState.from_dict(row.state)
    else:
        query = select(Member.external_id).where(
            Member.group_id == group.id, Member.role.in_([role.value for role in ADMIN_ROLES])
        )
        state = book.new_state(group.external_id, set(session.scalars(query)))
        members = _LazyMembers(lambda member_id: _read_member(session, group, member_id))
        wanted = sorted({member for member in only if member})
        if wanted:
            query = select(Member.external_id, Member.state).where(
                Member.group_id == group.id, Member.external_id.in_(wanted)
            )
            for member_id, data in session.execute(query):
                dict.__setitem__(members, member_id, MemberState.from_dict(data))
            members.absent.update(m for m in wanted if not dict.__contains__(members, m))
        state.members = members
    state.bot = bot
    if at is not None:
        since = at - timedelta(seconds=state.recent_horizon_s)
        for ts, sender in recent_messages(session, group=group, since=since, until=at, exclude_key=exclude_event_key):
            state.recent.append((ts.timestamp(), sender))
    return state


class _LazyMembers(dict):
    """A partial members mapping: a member not read yet is read on first access (iteration sees only those read)."""

    def __init__(self, read: Callable[[str], MemberState | None]) -> None:
        super().__init__()
        self._read = read
        self.absent: set[str] = set()

    def _fetch(self, member_id: str) -> MemberState | None:
        if dict.__contains__(self, member_id):
            return dict.__getitem__(self, member_id)
        if member_id in self.absent:
            return None
        found = self._read(member_id)
        if found is None:
            self.absent.add(member_id)
        else:
            dict.__setitem__(self, member_id, found)
        return found

    def get(self, member_id, default=None):  # type: ignore[override]
        found = self._fetch(member_id)
        return default if found is None else found

    def __getitem__(self, member_id: str) -> MemberState:
        found = self._fetch(member_id)
        if found is None:
            raise KeyError(member_id)
        return found

    def __contains__(self, member_id: object) -> bool:
        return isinstance(member_id, str) and self._fetch(member_id) is not None

    def __setitem__(self, member_id: str, state: MemberState) -> None:
        self.absent.discard(member_id)
        dict.__setitem__(self, member_id, state)


def _read_member(session: Session, group: Group, member_id: str) -> MemberState | None:
    data = session.scalars(
        select(Member.state).where(Member.group_id == group.id, Member.external_id == member_id)
    ).one_or_none()
    return None if data is None else MemberState.from_dict(data)


def mark_bot(session: Session, *, group: Group, member_id: str, now: datetime) -> Member:
    """Record the runtime's own account as not a counted member (no notice, digest or silence counts it).

    The members table knows no "bot" status, so the bot is kept as `left`; its role is kept. Creates the
    row if needed. Does not commit.
    """
    row = get_member(session, group=group, member_id=member_id)
    if row is None:
        row = Member(group_id=group.id, external_id=member_id, role=Role.MEMBER.value, created_at=now)
        session.add(row)
    if row.status != LEFT:
        state = MemberState.from_dict(row.state) if row.state else MemberState(member_id=member_id)
        row.state = state.with_(status=LEFT, rules_due=None, nickname_due=None, pending_apology=None).to_dict()
        row.status = LEFT
        row.updated_at = now
        session.flush()
    return row


def save_member_states(
    session: Session, *, group: Group, states: Mapping[str, MemberState], now: datetime
) -> list[Member]:
    """Write each member's state (insert or update), with its name, status and times as columns.

    New members get the role `member`; existing roles are kept. Does not commit.
    """
    if not states:
        return []
    existing = {
        row.external_id: row
        for row in session.scalars(
            select(Member).where(Member.group_id == group.id, Member.external_id.in_(list(states)))
        )
    }
    saved: list[Member] = []
    for member_id, state in states.items():
        row = existing.get(member_id)
        if row is None:
            row = Member(group_id=group.id, external_id=member_id, role=Role.MEMBER.value, created_at=now)
            session.add(row)
        row.display_name = state.name
        row.status = state.status
        row.state = state.to_dict()
        row.joined_at = state.joined_at
        row.last_message_at = state.last_message_at
        row.updated_at = now
        saved.append(row)
    session.flush()
    return saved


def set_member_role(
    session: Session, *, group: Group, member_id: str, role: Role, now: datetime, actor: str = "system"
) -> Member:
    """Make `member_id` an owner, admin or plain member (creating the member row if needed); audited.

    Does not commit.
    """
    row = get_member(session, group=group, member_id=member_id)
    before = row.role if row is not None else None
    if row is None:
        fresh = MemberState(member_id=member_id)
        row = Member(
            group_id=group.id,
            external_id=member_id,
            status=fresh.status,
            state=fresh.to_dict(),
            created_at=now,
        )
        session.add(row)
    row.role = role.value
    row.updated_at = now
    session.flush()
    if before != role.value:
        append_audit(
            session,
            actor=actor,
            action="member.role_changed",
            subject=f"member:{group.id}:{member_id}",
            data={"from": before, "to": role.value},
            now=now,
        )
    return row


def get_member(session: Session, *, group: Group, member_id: str) -> Member | None:
    """The member row for a platform member id, or None."""
    return session.scalars(
        select(Member).where(Member.group_id == group.id, Member.external_id == member_id)
    ).one_or_none()


def admin_ids(session: Session, *, group: Group) -> list[str]:
    """The group's owners and admins, by platform member id. Does not commit."""
    query = select(Member.external_id).where(
        Member.group_id == group.id, Member.role.in_([role.value for role in ADMIN_ROLES])
    )
    return sorted(session.scalars(query))
