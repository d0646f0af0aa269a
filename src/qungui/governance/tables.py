"""Every governance table, imported in one place: the metadata migrations are compared against."""

from __future__ import annotations

from qungui.governance import (  # noqa: F401 - their packages register their tables
    appeals,
    departments,
    leave,
    notices,
    outbox,
    reports,
)
from qungui.governance.audit.models import AuditEntry, AuditHead
from qungui.governance.cases.models import Case, Sanction
from qungui.governance.events.models import EventRecord
from qungui.governance.groups.models import Group
from qungui.governance.members.models import Member
from qungui.governance.samples.models import GroupSpamModel, LabelledSample  # noqa: F401 - registers the tables
from qungui.storage.base import Base

# Later domains register their tables here, one import line each:
# 0005 (notices part 2):
from qungui.governance import digest, responsiveness, shares  # noqa: F401  # isort: skip

# 0006 (console accounts):
from qungui.governance.accounts import models as _accounts  # noqa: F401  # isort: skip

# 0007 (crm):
from qungui.crm import tables as _crm_tables  # noqa: F401  # isort: skip

# 0008 (platform connections), 0009 (dead events, same module):
from qungui.governance.connections import models as _connections  # noqa: F401  # isort: skip

metadata = Base.metadata

__all__ = ["AuditEntry", "AuditHead", "Case", "EventRecord", "Group", "Member", "Sanction", "metadata"]
