"""Word lists per clause, matched after normalization, with allowlists."""

from __future__ import annotations

from functools import cached_property

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings
from qungui.text.lexicon import Lexicon
from qungui.text.lexicons import default_terms
from qungui.text.normalize import STEP_LABELS


class LexiconSettings(DetectorSettings):
    category: Category | None = None
    terms: list[str] = Field(default_factory=list)
    allow: list[str] = Field(default_factory=list)
    use_defaults: bool = Field(default=False, description="add qungui's shipped list for the category")
    score: float = Field(default=0.9, gt=0, le=1)


class LexiconDetector(Detector[LexiconSettings]):
    id = "lexicon"
    settings_model = LexiconSettings
    description = "关键词：归一化后匹配本条款的词表（含白名单）"

    @cached_property
    def lexicon(self) -> Lexicon:
        terms = list(self.settings.terms)
        if self.settings.use_defaults:
            terms += default_terms(self.category)
        return Lexicon(terms, self.settings.allow)

    def mechanism(self) -> str:
        extra = " + shipped list" if self.settings.use_defaults else ""
        return f"lexicon[{self.category.value}]: {len(self.settings.terms)} terms{extra}"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent) or not event.text:
            return []
        norm = ctx.norm(event)
        for hit in self.lexicon.find(norm.compact):
            evidence = norm.evidence(hit.start, hit.end)
            revealed = ""
            if evidence != hit.term and norm.steps:
                labels = "、".join(STEP_LABELS[s] for s in sorted(norm.steps) if s in STEP_LABELS)
                revealed = f"{evidence} → {hit.term}（{labels}）"
            return [
                self.finding(
                    evidence=evidence,
                    score=self.settings.score,
                    span=norm.original_span(hit.start, hit.end),
                    revealed_by=revealed,
                    detail={"term": hit.term},
                )
            ]
        return []
