"""请假 (leave): a member asks in advance to be excused from the inactivity rule."""

from qungui.governance.leave import models as models  # registers the table with the metadata
