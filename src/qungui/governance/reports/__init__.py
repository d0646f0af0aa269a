"""举报 (reports): members report a message or member to the admins; the reporter stays confidential."""

from qungui.governance.reports import models as models  # registers the table with the metadata
