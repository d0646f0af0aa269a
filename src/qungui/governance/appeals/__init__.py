"""申诉 (appeals): a removed member asks to be re-admitted; another admin decides."""

from qungui.governance.appeals import models as models  # registers the table with the metadata
