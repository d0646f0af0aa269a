"""The detector protocol: a small pure class with typed settings."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, ClassVar, Generic, TypeVar

from pydantic import BaseModel, ConfigDict

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.rules.schema import Clause, Rulebook
from qungui.rules.state import GroupState, MemberState
from qungui.text.normalize import NormalizedText, normalize


def shorten(text: str, limit: int = 60) -> str:
    """`text` cut to `limit` characters with an ellipsis, for evidence shown to admins."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


class DetectorSettings(BaseModel):
    """Base for a detector's settings; unknown keys are errors so typos surface at load time."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=True)


S = TypeVar("S", bound=DetectorSettings)


@dataclass(slots=True)
class DetectContext:
    """What a detector may read besides the event. `norm` is computed once per event, lazily."""

    rulebook: Rulebook
    group: GroupState
    member: MemberState
    now: datetime
    _norm: NormalizedText | None = field(default=None, repr=False)

    def norm(self, event: MessageEvent) -> NormalizedText:
        if self._norm is None:
            self._norm = normalize(event.text)
        return self._norm


class Detector(Generic[S]):
    """Reads one event and returns findings, citing the clause it was configured under."""

    id: ClassVar[str]
    settings_model: ClassVar[type[DetectorSettings]]
    events: ClassVar[frozenset[str]] = frozenset({"message"})
    default_category: ClassVar[Category] = Category.OTHER
    description: ClassVar[str] = ""

    assisted: bool = False  # set from DetectorRef.enforcement when the rulebook is compiled

    def __init__(self, settings: S, *, clause: Clause, rulebook: Rulebook) -> None:
        self.settings = settings
        self.clause = clause
        self.rulebook = rulebook
        explicit = getattr(settings, "category", None)
        self.category: Category = explicit or clause.category or self.default_category

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        raise NotImplementedError

    def mechanism(self) -> str:
        """A one-line description of what this detector does with these settings (for explain)."""
        return self.description

    def finding(self, *, evidence: str, score: float = 1.0, category: Category | None = None, **extra: Any) -> Finding:
        return Finding(
            detector=self.id,
            category=category or self.category,
            clause=self.clause.id,
            score=score,
            evidence=evidence,
            **extra,
        )
