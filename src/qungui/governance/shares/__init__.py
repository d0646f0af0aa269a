"""Share tasks (分享, 第二篇.6): members share a company post to their Moments and prove it with a screenshot."""

from qungui.governance.shares import models as models  # registers the tables with the metadata
