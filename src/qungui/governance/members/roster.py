"""Who of the group's member list is in the group, and who is missing (三.二.2 管理人员必须入群).

Pure functions over a rulebook and the engine's group state: the console, the digest and the
admins' commands show the same answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from qungui.rules.detectors.membership import entry_matches
from qungui.rules.schema import RosterEntry, Rulebook
from qungui.rules.state import ACTIVE, GroupState


@dataclass(frozen=True, slots=True)
class RosterStatus:
    present: tuple[tuple[RosterEntry, str], ...]  # (entry, member id)
    missing: tuple[RosterEntry, ...]  # required entries nobody in the group matches

    @property
    def complete(self) -> bool:
        return not self.missing


def roster_status(rulebook: Rulebook, state: GroupState) -> RosterStatus:
    """Match the rulebook's roster against the group's active members (each member counts once)."""
    active = [m for m in state.members.values() if m.status == ACTIVE]
    taken: set[str] = set()
    present: list[tuple[RosterEntry, str]] = []
    missing: list[RosterEntry] = []
    for entry in rulebook.membership.roster:
        candidates = (m for m in active if m.member_id not in taken)
        found = next((m for m in candidates if entry_matches(entry, m.member_id, m.name)), None)
        if found is not None:
            taken.add(found.member_id)
            present.append((entry, found.member_id))
        elif entry.required:
            missing.append(entry)
    return RosterStatus(tuple(present), tuple(missing))
