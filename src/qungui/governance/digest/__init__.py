"""The weekly digest (周报) for owners and admins, computed only from stored data."""

from qungui.governance.digest import models as models  # registers the table with the metadata
