"""A rulebook made ready to run: detectors instantiated once, indexed by the events they read."""

from __future__ import annotations

from datetime import datetime

from qungui.rules.detectors import Detector, Registry, builtin_detectors
from qungui.rules.schema import Enforcement, Rulebook
from qungui.rules.state import GroupState

DEFAULT_HISTORY_S = 600.0
MAX_RECENT = 64


class CompiledRulebook:
    """The rulebook plus its detectors; build once, evaluate many events."""

    def __init__(self, rulebook: Rulebook, registry: Registry | None = None) -> None:
        registry = registry if registry is not None else builtin_detectors()
        self.rulebook = rulebook
        self.by_event: dict[str, list[Detector]] = {}
        self.detectors: list[Detector] = []
        history = DEFAULT_HISTORY_S
        group_horizon = DEFAULT_HISTORY_S
        for clause in rulebook.clauses:
            if clause.enforcement is Enforcement.MANUAL:
                continue
            for ref in clause.detectors:
                cls = registry[ref.type]
                detector = cls(cls.settings_model.model_validate(ref.settings), clause=clause, rulebook=rulebook)
                detector.assisted = ref.enforcement == "assisted"
                self.detectors.append(detector)
                for event_type in cls.events:
                    self.by_event.setdefault(event_type, []).append(detector)
                for seconds in _windows(detector.settings):
                    history = max(history, seconds)
                busy = getattr(detector.settings, "busy", None)
                if busy is not None:
                    group_horizon = max(group_horizon, busy.window.total_seconds())
        self.history_s = history
        self.group_horizon_s = group_horizon

    def new_state(self, group_id: str, admins: set[str] | None = None) -> GroupState:
        """An empty group state sized for this rulebook's windows."""
        return GroupState.for_rulebook(group_id, self.group_horizon_s, admins)

    def in_schedule(self, name: str, at: datetime) -> bool:
        """Whether `at` (any zone) falls in one of the schedule's windows, in the rulebook's zone."""
        local = at.astimezone(self.rulebook.tz)
        day, clock = local.isoweekday(), local.time()
        for window in self.rulebook.schedules[name].windows:
            if window.start <= window.end:
                if day in window.days and window.start <= clock < window.end:
                    return True
            else:  # crosses midnight: the part after midnight belongs to the previous day's window
                if day in window.days and clock >= window.start:
                    return True
                previous = 7 if day == 1 else day - 1
                if previous in window.days and clock < window.end:
                    return True
        return False


def _windows(settings) -> list[float]:
    out = []
    for name in ("per", "repeat_window", "window"):
        value = getattr(settings, name, None)
        if value is not None:
            out.append(value.total_seconds())
    return out


def compile_rulebook(rulebook: Rulebook, registry: Registry | None = None) -> CompiledRulebook:
    return CompiledRulebook(rulebook, registry)
