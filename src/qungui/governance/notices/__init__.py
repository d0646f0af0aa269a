"""Notices (通知) that must be acknowledged (收到) and directives (任务) with due times, 三.四.2–3 and 第二篇.8."""

from qungui.governance.notices import models as models  # registers the tables with the metadata
