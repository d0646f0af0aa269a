"""The outbox: bot messages decided inside a transaction and sent after commit, retried like sanctions."""

from qungui.governance.outbox import models as models  # registers the table with the metadata
