"""A group's own rulebook as saved from the console: stored YAML, validated before it is kept; audited."""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy.orm import Session

from qungui.governance.accounts.models import GroupRulebook
from qungui.governance.audit.service import append_audit
from qungui.governance.groups.models import Group
from qungui.rules.loader import parse_rulebook
from qungui.rules.schema import Rulebook

MAX_YAML_CHARS = 512 * 1024


def stored_rulebook(session: Session, *, group: Group) -> GroupRulebook | None:
    """The group's saved rulebook, or None when it runs a template."""
    return session.get(GroupRulebook, group.id)


def save_rulebook(session: Session, *, group: Group, text: str, actor: str, now: datetime) -> Rulebook:
    """Validate `text` with the rulebook loader (RulebookError lists every problem) and keep it. Does not commit.

    Nothing is stored when it does not validate.
    """
    rulebook = parse_rulebook(text, source=f"group {group.id}")
    row = session.get(GroupRulebook, group.id)
    before = hashlib.sha256(row.yaml.encode()).hexdigest() if row is not None else None
    if row is None:
        row = GroupRulebook(group_id=group.id, yaml=text, updated_by=actor[:64], updated_at=now)
        session.add(row)
    else:
        row.yaml, row.updated_by, row.updated_at = text, actor[:64], now
    group.rulebook = rulebook.name[:64]
    group.updated_at = now
    session.flush()
    append_audit(
        session,
        actor=actor,
        action="rulebook.saved",
        subject=f"group:{group.id}",
        data={
            "name": rulebook.name,
            "clauses": len(rulebook.clauses),
            "sha256": hashlib.sha256(text.encode()).hexdigest(),
            "previous_sha256": before,
        },
        now=now,
    )
    return rulebook


def load_stored_rulebook(session: Session, *, group: Group) -> Rulebook | None:
    """The group's saved rulebook, parsed (for `qungui serve` to govern the group by it after a restart).

    None when it runs a template; RulebookError when the saved text no longer validates (e.g. after an
    upgrade changed the schema): the caller falls back to the template and says so.
    """
    row = session.get(GroupRulebook, group.id)
    return None if row is None else parse_rulebook(row.yaml, source=f"group {group.id}")
