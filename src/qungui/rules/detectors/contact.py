"""Contact ids offered to pull people elsewhere (一.8 不允许在本群拉人去其他群; ads with a contact).

Finds WeChat ids, QQ numbers and phone numbers in any disguise (digit forms, numerals, separators,
homophones of the channel word …) and scores them by the words around them
(`qungui.text.contact_context`): "加我薇信 138…" is solicitation, an order number or "有事打我电话
138…" in a work group is not. Invite links are the links detector's business.
"""

from __future__ import annotations

from functools import cached_property

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings
from qungui.text.contact_context import ContactMatch, Invitation, contact_cues, score_contacts, score_invitations
from qungui.text.contacts import Kind
from qungui.text.normalize import NormalizedText, labels, normalize
from qungui.text.puzzles import Puzzle, contact_puzzle
from qungui.text.quotes import in_quotes, original_in_quotes, reported
from qungui.text.scam_warnings import is_warning

QUOTE_CUES_WITHIN = 12  # compact characters: cue words this close before the id are quoted with it
# puzzles solved, as an admin reads it
SOLVED_BY = {
    "shift": "按键盘 Shift 位还原",
    "key_row": "按键盘字母行还原",
    "arithmetic": "按算式算出",
    "kana": "按日语读法还原",
    "base": "按进制换算还原",
    "elements": "按化学元素序号还原",
    "festivals": "按节日所在月份还原",
    "sums": "按每道算式的得数还原",
    "key": "文中给出了对照（某字当某个数字），按对照读出号码",
    "listed": "联系方式后列了十一项（一项一位数字，必有重复），按文中规则逐项换成数字",
}
PUZZLE_SCORE = 0.9  # a contact given as a puzzle ("电话号码倒过来念"): nobody passes on a number that way


class ContactSettings(DetectorSettings):
    category: Category | None = None
    min_score: float = Field(default=0.7, ge=0, le=1, description="report ids scoring at least this")
    kinds: list[Kind] = Field(
        default_factory=lambda: list(Kind), description="which ids to look for: mobile, landline, hotline, qq, wechat"
    )
    allow: list[str] = Field(default_factory=list, description="ids never reported (the group's own hotline …)")
    invitations: bool = Field(default=True, description="also report 'add me on WeChat' without an id")
    puzzles: bool = Field(
        default=True,
        description="also report a contact given as a puzzle: a rule to decode it next to a contact word "
        "(电话号码倒过来念, 微信是括号里的字连起来), or a phone number typed with Shift held (!#&…)",
    )


class ContactDetector(Detector[ContactSettings]):
    id = "contact"
    settings_model = ContactSettings
    default_category = Category.SOLICITATION
    description = "联系方式：微信号、QQ号、手机号（含各种变形）出现在招揽语境中"

    @cached_property
    def _kinds(self) -> frozenset[Kind]:
        return frozenset(self.settings.kinds)

    @cached_property
    def _allow(self) -> frozenset[str]:
        return frozenset(normalize(value).compact for value in self.settings.allow)

    def mechanism(self) -> str:
        kinds = "/".join(k.value for k in self.settings.kinds)
        return f"contact[{kinds}]: score ≥ {self.settings.min_score:g}"

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent) or not event.text:
            return []
        norm = ctx.norm(event)
        if len(norm.compact) < 2:
            return []
        cues = contact_cues()
        for match in score_contacts(norm, cues, floor=self.settings.min_score):
            if match.score < self.settings.min_score:
                break
            if match.candidate.kind not in self._kinds or match.candidate.value in self._allow:
                continue
            return [self._finding(norm, match)]
        if not (self.settings.invitations or self.settings.puzzles) or is_warning(norm):
            return []  # "陌生人加微信要钱的都是骗子" warns, not invites
        if self.settings.invitations:
            for invitation in score_invitations(norm, cues):
                if (
                    invitation.score < self.settings.min_score
                    or in_quotes(norm, invitation.start, invitation.end)
                    or reported(norm, invitation.start, invitation.end)
                ):
                    continue  # quoted: "加v送油" is cited from someone else; "他说加他微信能便宜": reported
                return [self._invitation(norm, invitation)]
        puzzle = contact_puzzle(norm) if self.settings.puzzles and self.settings.min_score <= PUZZLE_SCORE else None
        if puzzle is None or (puzzle.span is not None and original_in_quotes(norm, *puzzle.span)):
            return []  # 禁止发“电话号码倒过来念”这种: a rule quoting the trick, not using it
        return [self._puzzle(norm, puzzle)]

    def _puzzle(self, norm: NormalizedText, puzzle: Puzzle) -> Finding:
        decoded = SOLVED_BY.get(puzzle.rule, f"解读方法：{puzzle.rule}")
        revealed = f"{puzzle.evidence} → {puzzle.value}（{decoded}）" if puzzle.value else decoded
        return self.finding(
            evidence=puzzle.evidence,
            score=PUZZLE_SCORE,
            span=puzzle.span,
            revealed_by=revealed,
            detail={"kind": "puzzle", "rule": puzzle.rule, "id": puzzle.value, "why": ["contact given as a puzzle"]},
        )

    def _invitation(self, norm: NormalizedText, invitation: Invitation) -> Finding:
        span = norm.original_span(invitation.start, invitation.end)
        evidence = norm.original[span[0] : span[1]]
        steps = set(invitation.steps) | norm.steps_in(invitation.start, invitation.end)
        shown = norm.compact[invitation.start : invitation.end]
        revealed = f"{evidence} → {shown}（{labels(steps)}）" if steps and evidence != shown else ""
        return self.finding(
            evidence=evidence,
            score=invitation.score,
            span=span,
            revealed_by=revealed,
            detail={"kind": "invitation", "why": list(invitation.reasons), "steps": sorted(steps)},
        )

    def _finding(self, norm: NormalizedText, match: ContactMatch) -> Finding:
        c = match.candidate
        end = c.end
        before = sorted(
            (h for h in match.cues if h.end <= c.start and c.start - h.end <= QUOTE_CUES_WITHIN), key=lambda h: h.start
        )
        start = before[0].start if before else c.start  # quote the invitation with the id: "加我薇❤信 138…"
        words: list[str] = []
        reach = -1
        for hit in before:  # the cue words as the lexicon knows them: 加我 + 微信
            if hit.start >= reach:
                words.append(hit.term)
                reach = hit.end
        target = "".join(words) + (" " if words else "") + c.value
        span = norm.original_span(start, end)
        evidence = norm.original[span[0] : span[1]]
        steps = set(match.steps) - {"odd_separators"}
        if "odd_separators" in match.steps:
            steps.add("separators")
        steps |= norm.steps_in(start, end)
        revealed = f"{evidence} → {target}（{labels(steps)}）" if steps and evidence != target else ""
        return self.finding(
            evidence=evidence,
            score=match.score,
            span=span,
            revealed_by=revealed,
            detail={"kind": c.kind.value, "id": c.value, "why": list(match.reasons), "steps": sorted(steps)},
        )
