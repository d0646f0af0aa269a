"""When each group next needs a sweep, remembered between events so a submit does not look every time.

Before every event the runtime sweeps the deadlines that fell before it. Finding out whether any did
means reading every member's state and asking every deadline source: the main cost of an ordinary
message in a big group. `DueCache` keeps, per group, a moment no later than the group's next deadline:

- unknown (nothing kept): the runtime reads the true next deadline (`group_due`) and sweeps if it passed;
- known: an event before it needs no sweep; the members an event changed can only bring it forward
  (`lower`), never push it back, so the kept moment stays a lower bound;
- forgotten after anything that may move deadlines in ways the event's member updates do not show: a
  command, an answer recognised (收到, a question asked or answered), platform calls carried out, a sweep
  (`tick`), a rulebook replaced, or a write from elsewhere (`Runtime.forget_deadlines`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from qungui.governance.groups.models import Group
from qungui.governance.members.service import load_group_state
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.deadlines import member_deadlines, next_deadline
from qungui.rules.decision import Decision
from qungui.runtime.sources import DeadlineSource, next_source_due

Key = tuple[str, str]


def engine_due(session: Session, *, book: CompiledRulebook, group: Group, bot_id: str | None = None) -> datetime | None:
    """The engine's next deadline over every member of the group (reads them all)."""
    return next_deadline(book, load_group_state(session, group=group, book=book, bot=bot_id))


def group_due(
    session: Session,
    *,
    book: CompiledRulebook,
    group: Group,
    sources: Sequence[DeadlineSource],
    bot_id: str | None = None,
) -> datetime | None:
    """The group's next deadline: the engine's (every member) and every source's; None when nothing waits."""
    found = [
        engine_due(session, book=book, group=group, bot_id=bot_id),
        next_source_due(session, sources, group=group, book=book),
    ]
    return min((due for due in found if due is not None), default=None)


class DueCache:
    """Per group, moments no later than its next deadlines (None: nothing waits), or nothing known.

    The engine's part (costly: every member's state) and the sources' part (a few short queries) are
    kept apart, so an answer to a notice only makes the sources be asked again.
    """

    def __init__(self) -> None:
        self._engine: dict[Key, datetime | None] = {}
        self._sources: dict[Key, datetime | None] = {}

    def missing(self, key: Key) -> tuple[bool, bool]:
        """Whether the engine's and the sources' next deadlines are unknown."""
        return key not in self._engine, key not in self._sources

    def put(self, key: Key, *, engine: datetime | bool | None = False, sources: datetime | bool | None = False) -> None:
        """Keep what was read (`False`: that part was not read)."""
        if engine is not False:
            self._engine[key] = engine  # type: ignore[assignment]
        if sources is not False:
            self._sources[key] = sources  # type: ignore[assignment]

    def get(self, key: Key) -> datetime | None:
        """The earliest kept deadline of a group whose both parts are known."""
        return min((due for due in (self._engine[key], self._sources[key]) if due is not None), default=None)

    def forget(self, key: Key | None = None, *, engine: bool = True) -> None:
        """Forget one group's next deadlines (or every group's); `engine=False` keeps the engine's part."""
        stores = (self._engine, self._sources) if engine else (self._sources,)
        for store in stores:
            if key is None:
                store.clear()
            else:
                store.pop(key, None)

    def lower(self, key: Key, *, book: CompiledRulebook, decision: Decision | None, bot_id: str | None) -> None:
        """Bring the engine's kept deadline forward to the earliest deadline of the members `decision` changed.

        The deadlines are taken as if nobody were an admin: at worst earlier than the true ones, which
        only makes the next event look again.
        """
        if key not in self._engine or decision is None or not decision.member_updates:
            return
        stub = book.new_state(key[1])
        stub.bot = bot_id
        found = [due for member in decision.member_updates.values() for due in member_deadlines(book, stub, member)]
        current = self._engine[key]
        if current is not None:
            found.append(current)
        self._engine[key] = min(found, default=None)
