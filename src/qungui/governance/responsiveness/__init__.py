"""Questions raised in the group and the time to their first answer (第二篇.9, 第一篇 八)."""

from qungui.governance.responsiveness import models as models  # registers the table with the metadata
