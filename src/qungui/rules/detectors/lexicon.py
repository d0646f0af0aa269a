"""Word lists per clause, matched after normalization (spelling, sound, stand-ins), with allowlists."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cached_property

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings
from qungui.text.contact_context import added_by_someone
from qungui.text.lexicon import Lexicon, LexiconHit
from qungui.text.lexicons import default_terms, shipped_allow, shipped_lexicon
from qungui.text.normalize import NormalizedText, reveal
from qungui.text.quotes import in_quotes
from qungui.text.requests import asks_to_buy
from qungui.text.scam_warnings import is_warning

# Categories whose words a member quotes when warning others ("小心诈骗，那个日赚几百的兼职是假的").
WARNED_ABOUT = frozenset({Category.AD, Category.SOLICITATION, Category.GAMBLING, Category.PORN})


# Categories whose words a member asking to buy names ("做代购的姐妹还营业吗，想买两瓶香水"); not gambling or porn:
# asking for those is against the rules too.
BUYERS_NAME = frozenset({Category.AD, Category.SOLICITATION})


class LexiconSettings(DetectorSettings):
    category: Category | None = None
    terms: list[str] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list)
    use_defaults: bool = Field(default=False, description="add qungui's shipped list for the category")
    score: float = Field(default=0.9, gt=0, le=1)
    skip_warnings: bool | None = Field(
        default=None,
        description="no finding for a message that warns about a scam and offers no contact or link, nor (ad and "
        "solicitation lists) for a member asking to buy something without a contact or link of their own "
        "(default: on for ad, solicitation, gambling and porn)",
    )


class LexiconDetector(Detector[LexiconSettings]):
    id = "lexicon"
    settings_model = LexiconSettings
    description = "关键词：归一化后匹配本条款的词表（含同音、拼音、代称与白名单）"

    @cached_property
    def _shared(self) -> Lexicon | None:
        """The shipped lists, scanned once per message for every clause (only without an allowlist)."""
        if self.settings.use_defaults and not self.settings.allow and default_terms(self.category):
            return shipped_lexicon()
        return None

    @cached_property
    def lexicon(self) -> Lexicon:
        """This clause's own terms (plus the shipped list when an allowlist must apply to it)."""
        terms = list(self.settings.terms)
        allow = list(self.settings.allow)
        if self.settings.use_defaults and self._shared is None:
            terms += default_terms(self.category)
            allow += shipped_allow()
        return Lexicon(terms, allow)

    @cached_property
    def _skip_warnings(self) -> bool:
        skip = self.settings.skip_warnings
        return self.category in WARNED_ABOUT if skip is None else skip

    @cached_property
    def _own(self) -> Lexicon | None:
        return self.lexicon if self.lexicon.size else None

    def mechanism(self) -> str:
        extra = " + shipped list" if self.settings.use_defaults else ""
        return f"lexicon[{self.category.value}]: {len(self.settings.terms)} terms{extra}"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent) or not event.text:
            return []
        norm = ctx.norm(event)
        hit = self._first_hit(norm)
        return [] if hit is None or self._warning(norm) else self._findings(norm, hit)

    def detect_many(self, events: Sequence[Event], ctxs: Sequence[DetectContext]) -> list[list[Finding]]:
        """`detect` for many events (one loop: most texts have no hit at all)."""
        out: list[list[Finding]] = []
        first_hit = self._first_hit
        shared = self._shared
        if shared is not None and self._own is None:
            # Only the shipped list: its hits are usually memoized on the text already (another clause or
            # the contact cues scanned it) and usually empty; read the memo before any call.
            message = MessageEvent
            for event, ctx in zip(events, ctxs, strict=True):
                if not isinstance(event, message) or not event.text:
                    out.append([])
                    continue
                norm = ctx.norm(event)
                hits = norm.cache.get(shared)
                if hits is None:
                    hits = shared.hits(norm)
                if not hits:
                    out.append([])
                    continue
                hit = first_hit(norm)
                out.append([] if hit is None or self._warning(norm) else self._findings(norm, hit))
            return out
        for event, ctx in zip(events, ctxs, strict=True):
            if not isinstance(event, MessageEvent) or not event.text:
                out.append([])
                continue
            norm = ctx.norm(event)
            hit = first_hit(norm)
            out.append([] if hit is None or self._warning(norm) else self._findings(norm, hit))
        return out

    def _warning(self, norm: NormalizedText) -> bool:
        """A scam warning, or (ad and solicitation lists) a member asking to buy: it names the trade it wants."""
        if not self._skip_warnings:
            return False
        return is_warning(norm) or (self.category in BUYERS_NAME and asks_to_buy(norm))

    def _said(self, norm: NormalizedText, hit: LexiconHit) -> bool:
        """Whether a hit is the sender's own words: not someone else adding me ("客户加我微信…"), and not a word of
        a category members quote to warn or discuss (文案里"全网最低"要删) inside quotation marks (skipped with the
        scam warnings: the same setting)."""
        if added_by_someone(norm.compact, hit.start, norm):
            return False
        return not (self._skip_warnings and in_quotes(norm, hit.start, hit.end))

    def _findings(self, norm: NormalizedText, hit: LexiconHit) -> list[Finding]:
        evidence = norm.evidence(hit.start, hit.end)
        steps = norm.steps_in(hit.start, hit.end) | hit.via
        detail: dict[str, object] = {"term": hit.term}
        if evidence != hit.term and steps:
            detail["steps"] = sorted(steps)
        return [
            self.finding(
                evidence=evidence,
                score=self.settings.score,
                span=norm.original_span(hit.start, hit.end),
                revealed_by=reveal(evidence, hit.term, steps),
                detail=detail,
            )
        ]

    def _first_hit(self, norm: NormalizedText) -> LexiconHit | None:
        best: LexiconHit | None = None
        shared = self._shared
        if shared is not None:
            hits = shared.hits(norm)
            if hits:
                category = self.category
                best = next((h for h in hits if h.tag == category and self._said(norm, h)), None)
        own = self._own
        if own is not None:
            hits = [h for h in own.hits(norm) if self._said(norm, h)]
            if hits and (best is None or hits[0].start < best.start):
                best = hits[0]
        return best
