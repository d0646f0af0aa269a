"""Platform connections: where each inbound connection has read up to, so a restart resumes there."""

from qungui.governance.connections import models as models  # registers the table with the metadata
