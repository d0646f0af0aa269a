"""What `qungui check` finds in a message's content, computed once per distinct text.

A *content* detector's findings depend only on the message's text, kind and attachments (the word
lists, contact ids, links, QR codes and both classifiers); `ContentPlan` sorts a compiled rulebook's
message detectors into those and the rest (flood, media limits, anything unknown), which run per
message against the group's state. Content results are kept in a per-runner LRU (`ContentCache`)
keyed by the raw text and kind, so a text seen again costs one dictionary lookup, and the misses of a
block of lines are computed together (detectors with `detect_many` score the whole block at once).
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from qungui.core.events import Attachment, GroupRef, MemberRef, MessageEvent, MessageKind
from qungui.core.findings import Finding
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.detectors import DetectContext, Detector
from qungui.rules.detectors.classifier import AbuseClassifierDetector
from qungui.rules.detectors.contact import ContactDetector
from qungui.rules.detectors.flood import fingerprint
from qungui.rules.detectors.lexicon import LexiconDetector
from qungui.rules.detectors.links import LinkDetector
from qungui.rules.detectors.qr import QrDetector
from qungui.rules.detectors.spam import SpamClassifierDetector
from qungui.rules.state import GroupState, MemberState
from qungui.text.normalize import NormalizedText, default_normalizer

# Detector classes whose findings are a function of (text, kind, attachments) alone. Exact types:
# a subclass may read state. The spam detector counts only without a model store (per-group models).
CONTENT_DETECTORS: frozenset[type[Detector]] = frozenset(
    {LexiconDetector, ContactDetector, LinkDetector, QrDetector, AbuseClassifierDetector, SpamClassifierDetector}
)
CACHE_ENTRIES = 32_768
CACHE_MAX_CHARS = 256  # longer texts are computed every time: rarely repeated, and they would fill memory
_PLATFORM = "check"
_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

Entry = tuple[int, Finding, str]  # (detector position, finding, the finding as JSON)


_ENCODE = json.JSONEncoder(ensure_ascii=False).encode  # json.dumps(…, ensure_ascii=False) builds one per call


def finding_json(finding: Finding) -> str:
    """One finding as `json.dumps(record, ensure_ascii=False)` writes it inside a record."""
    return _ENCODE(finding.as_dict())


def findings_json(entries: Sequence[Entry]) -> str:
    return "[" + ", ".join(entry[2] for entry in entries) + "]" if entries else "[]"


@dataclass(frozen=True, slots=True)
class Content:
    """The content findings of one text: detector position order, and the same list as JSON; with the
    normalized text and the message's flood fingerprint (both functions of text, kind and attachments)."""

    norm: NormalizedText
    entries: tuple[Entry, ...]
    json: str
    fingerprint: str


def is_content_detector(detector: Detector) -> bool:
    if type(detector) not in CONTENT_DETECTORS or detector.clause.active_during is not None:
        return False  # a schedule makes findings depend on the time
    return not isinstance(detector, SpamClassifierDetector) or detector.store is None


class ContentPlan:
    """A compiled rulebook's message detectors: content ones (cacheable) and per-message ones, by position."""

    def __init__(self, book: CompiledRulebook) -> None:
        self.book = book
        detectors = list(book.by_event.get("message", ()))
        self.detectors = detectors
        self.content = [(pos, d) for pos, d in enumerate(detectors) if is_content_detector(d)]
        self.per_message = [(pos, d) for pos, d in enumerate(detectors) if not is_content_detector(d)]
        self.exempt = frozenset(pos for pos, d in self.content if d.clause.exempt_admins)
        self._group = GroupRef(platform=_PLATFORM, id="content")
        self._sender = MemberRef(platform=_PLATFORM, id="content")
        self._template = MessageEvent.model_construct(
            id="content", group=self._group, ts=_EPOCH, sender=self._sender, kind=MessageKind.TEXT, text=""
        )

    def event(self, text: str, kind: MessageKind, attachments: tuple[Attachment, ...] = ()) -> MessageEvent:
        """A stand-in event for content detectors, which read only its text, kind and attachments. Built without
        validation: the text and attachments come from parsed messages, and the rest is fixed (a copy of one
        template event with these three fields replaced costs a fifth of `model_construct`)."""
        return self._template.model_copy(
            update={"kind": MessageKind(kind), "text": text, "attachments": tuple(attachments)}
        )

    def compute_items(self, items: Sequence[tuple[str, MessageKind, tuple[Attachment, ...]]]) -> list[Content]:
        """The content findings of each (text, kind, attachments)."""
        return self.compute([self.event(text, kind, attachments) for text, kind, attachments in items])

    def compute(self, events: Sequence[MessageEvent]) -> list[Content]:
        """The content findings of each event, the events' detectors run over the whole list at once."""
        normalizer = default_normalizer()
        norms = [normalizer.normalize(event.text) for event in events]
        rulebook = self.book.rulebook
        state = GroupState("check")
        member = MemberState(self._sender.id)  # content detectors read neither: one of each for all events
        ctxs = [DetectContext(rulebook, state, member, e.ts, n) for e, n in zip(events, norms, strict=True)]
        found: list[list[Entry]] = [[] for _ in events]
        for pos, detector in self.content:
            many = getattr(detector, "detect_many", None)
            results = (
                many(events, ctxs)
                if many is not None
                else [detector.detect(e, c) for e, c in zip(events, ctxs, strict=True)]
            )
            for out, findings in zip(found, results, strict=True):
                for finding in findings:
                    if detector.assisted:
                        finding = replace(finding, assisted=True)
                    out.append((pos, finding, finding_json(finding)))
        for norm in norms:
            norm.cache.clear()  # matcher memos: only the detectors above needed them
        return [
            Content(
                norm, tuple(entries), findings_json(entries), fingerprint(event, norm.compact if event.text else "")
            )
            for event, norm, entries in zip(events, norms, found, strict=True)
        ]


class ContentCache:
    """A bounded LRU of content results keyed by (text, kind); one per runner."""

    def __init__(self, entries: int = CACHE_ENTRIES, max_chars: int = CACHE_MAX_CHARS) -> None:
        self.capacity = entries
        self.max_chars = max_chars if entries > 0 else -1  # messages with longer texts are not cached
        self._items: OrderedDict[tuple[str, MessageKind], Content] = OrderedDict()
        self.hits = 0
        self.misses = 0
        # For a caller's loop: the entry without counting or reordering it, and the reordering (`get` = both).
        self.peek = self._items.get
        self.touch = self._items.move_to_end

    def get(self, key: tuple[str, MessageKind]) -> Content | None:
        found = self._items.get(key)
        if found is not None:
            self._items.move_to_end(key)
            self.hits += 1
        return found

    def put(self, key: tuple[str, MessageKind], content: Content) -> None:
        self.misses += 1
        items = self._items
        items[key] = content
        if len(items) > self.capacity:
            items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)
