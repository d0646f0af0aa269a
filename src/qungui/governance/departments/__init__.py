"""Departments (部门): who belongs where and who heads each one — audiences and escalation for notices and tasks."""

from qungui.governance.departments import models as models  # registers the table with the metadata
