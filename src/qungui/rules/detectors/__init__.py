"""The detector registry: every detector is listed here, explicitly, by id."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings
from qungui.rules.detectors.classifier import AbuseClassifierDetector
from qungui.rules.detectors.contact import ContactDetector
from qungui.rules.detectors.flood import FloodDetector
from qungui.rules.detectors.lexicon import LexiconDetector
from qungui.rules.detectors.links import LinkDetector
from qungui.rules.detectors.media import MediaDetector
from qungui.rules.detectors.membership import (
    InviteDetector,
    LeaveUnderSanctionDetector,
    MembershipDetector,
    NicknameDetector,
)
from qungui.rules.detectors.qr import QrDetector
from qungui.rules.detectors.spam import SpamClassifierDetector

Registry = Mapping[str, type[Detector]]


def builtin_detectors() -> Registry:
    """The detectors qungui ships, by id. Content detectors (issue 3) are added here."""
    classes: list[type[Detector]] = [
        FloodDetector,
        LexiconDetector,
        LinkDetector,
        MediaDetector,
        InviteDetector,
        MembershipDetector,
        NicknameDetector,
        LeaveUnderSanctionDetector,
        QrDetector,
        AbuseClassifierDetector,
        SpamClassifierDetector,
        ContactDetector,
    ]
    return MappingProxyType({cls.id: cls for cls in classes})


__all__ = ["DetectContext", "Detector", "DetectorSettings", "Registry", "builtin_detectors"]
