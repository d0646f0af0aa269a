"""`qungui check`: findings for JSON Lines of messages, one output line per input line.

Contract (stable, other tools rely on it):
- input: JSON Lines, each {"id": str, "text": str} plus optional "kind", "sender", "group", "ts",
  "image" (base64 bytes of an image; QR codes in it are decoded)
  (ISO 8601; without an offset, the rulebook's time zone). When sender and ts are given, stateful
  detectors (flood, media limits) apply in input order, per group and sender.
- output: exactly one JSON line per input line, in order: {"id": ..., "findings": [{"category",
  "clause", "score", "evidence", …}]}; a malformed line gives {"id": ... or null, "error": "..."}.

How it stays fast while finding exactly what `engine.scan` finds: lines are read in blocks; content
findings (`check_content.py`) are computed once per distinct (text, kind) and kept in a per-runner LRU,
the misses of a block together (in worker processes with `workers`, while this process judges the
previous block); the per-message detectors (flood, media limits) run against the group's state in
input order, skipped when a sound gate shows they cannot fire (`check_state.py`); events are built
only when a detector needs one, and output lines are assembled from findings already serialized.
"""

from __future__ import annotations

import copy
import gc
import json
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from itertools import islice
from typing import Any

from qungui.core.events import GroupRef, MessageEvent, MessageKind
from qungui.rules.check_content import CACHE_ENTRIES, Content, ContentCache, ContentPlan, Entry, findings_json
from qungui.rules.check_input import (
    ANONYMOUS_EPOCH,
    CHECK_PLATFORM,
    MAX_IMAGE_BASE64_CHARS,
    MAX_TEXT_CHARS,
    CheckMessage,
    default_check_rulebook,
    message_event,
    parse_line,
)
from qungui.rules.check_pool import ContentPool, Item
from qungui.rules.check_pool import available as pool_available
from qungui.rules.check_state import MessageLog, gate_for, quiet_below, reads_group_activity, reads_member_only
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.detectors import DetectContext
from qungui.rules.state import GroupState

BLOCK_LINES = 4096
# With workers: blocks parsed and handed to them before the oldest is judged. New texts bunch up early in a
# log, so with only one block ahead this process would wait for the workers there and they for it later.
AHEAD_BLOCKS = 6
# … and at most this many when the oldest block's content is not back yet: reading and parsing more lines is the
# work this process can do meanwhile (it holds the parsed lines of these blocks in memory).
MAX_AHEAD_BLOCKS = 32
_KIND_VALUES: dict[MessageKind, str] = {kind: kind.value for kind in MessageKind}
_encode_str: Callable[[str], str] = json.encoder.encode_basestring  # type: ignore[attr-defined]

__all__ = [
    "ANONYMOUS_EPOCH",
    "CHECK_PLATFORM",
    "MAX_IMAGE_BASE64_CHARS",
    "MAX_TEXT_CHARS",
    "CheckRunner",
    "default_check_rulebook",
    "fewer_collections",
    "to_json",
    "to_record",
]

Key = tuple[str, MessageKind]
Result = dict[str, Any] | tuple[str, Sequence[Entry], str]  # an error record, or (id, findings, findings JSON)


@dataclass(slots=True)
class _Job:
    """A block of parsed lines whose content misses are being computed."""

    parsed: list[CheckMessage | dict[str, Any]]
    waiting: dict[Key, list[CheckMessage]] = field(default_factory=dict)  # cache misses, in the order computed
    loose: list[CheckMessage] = field(default_factory=list)  # not cacheable (attachments, long texts)
    ticket: Any = None  # the computed contents, or the pool's ticket for them


class CheckRunner:
    """Turns input lines into output records, keeping per-group state for stateful detectors."""

    def __init__(
        self, book: CompiledRulebook, *, cache_entries: int = CACHE_ENTRIES, block: int = BLOCK_LINES, workers: int = 1
    ) -> None:
        """`workers` > 1: content findings are computed in `workers - 1` forked processes (`check_pool`) while
        this one reads, judges and writes; call `close()` (or use the runner as a context manager)."""
        self.book = book
        self.tz = book.rulebook.tz
        self.block = max(1, block)
        self.plan = ContentPlan(book)
        self.cache = ContentCache(cache_entries)
        self._states: dict[str, GroupState] = {}
        self._per_message = [(pos, d, gate_for(d)) for pos, d in self.plan.per_message]
        self._quiet_below = quiet_below([gate for _, _, gate in self._per_message])
        activity = any(reads_group_activity(d) for _, d in self.plan.per_message)
        self._log = MessageLog(book.history_s, group_activity=activity)
        # Unknown per-message detectors may read any member's state: keep GroupState.members up to date for them.
        self._sync_members = not all(reads_member_only(d) for _, d in self.plan.per_message)
        self._groups: dict[str, GroupRef] = {}
        self._inflight: dict[Key, _Job] = {}
        self._pool = ContentPool(self.plan, workers - 1) if workers > 1 and pool_available() else None

    @property
    def workers(self) -> int:
        """Processes at work: this one, plus the forked ones computing content findings."""
        return 1 + (self._pool.workers if self._pool is not None else 0)

    def close(self) -> None:
        """Stop worker processes, if any."""
        if self._pool is not None:
            self._pool.close()
            self._pool = None

    def __enter__(self) -> CheckRunner:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public API -------------------------------------------------------------------------------
    def run(self, lines: Iterable[bytes | str]) -> Iterator[dict[str, Any]]:
        """One output record per line, in order (reads up to two blocks ahead)."""
        for results in self.check_blocks(self._blocks(lines)):
            yield from map(to_record, results)

    def run_json(self, lines: Iterable[bytes | str], *, start: int = 1) -> Iterator[str]:
        """One output JSON line (without newline) per input line, as `json.dumps(record)` would write it."""
        for results in self.check_blocks(self._blocks(lines, start)):
            yield from map(to_json, results)

    def check_line(self, line: bytes | str, number: int) -> dict[str, Any]:
        """One output record for one input line; never raises for bad input."""
        return to_record(self.check_block([line], number)[0])

    def check_block(self, lines: Sequence[bytes | str], first: int) -> list[Result]:
        """Results for consecutive lines numbered from `first`, in order; state carries over between blocks."""
        return self._finish(self._start(lines, first))

    def check_blocks(self, blocks: Iterable[tuple[int, Sequence[bytes | str]]]) -> Iterator[list[Result]]:
        """`check_block` for each (first line number, lines), reading one block ahead (with workers AHEAD_BLOCKS,
        or up to MAX_AHEAD_BLOCKS while the oldest block's content is not back): the next blocks' content is computed
        while this block is judged. Not for interactive input."""
        ahead = AHEAD_BLOCKS if self._pool is not None else 1
        most = MAX_AHEAD_BLOCKS if self._pool is not None else 1
        started: deque[_Job] = deque()
        for first, lines in blocks:
            started.append(self._start(lines, first))
            # With workers, read further ahead (up to `most` blocks) rather than wait for the oldest block's content.
            while len(started) > most or (len(started) > ahead and self._ready(started[0])):
                yield self._finish(started.popleft())
        while started:
            yield self._finish(started.popleft())

    def _ready(self, job: _Job) -> bool:
        """Whether a started block's content is all there (judging it would not wait)."""
        return job.ticket is None or isinstance(job.ticket, list) or self._pool.ready(job.ticket)  # type: ignore[union-attr]

    def _blocks(self, lines: Iterable[bytes | str], start: int = 1) -> Iterator[tuple[int, list[bytes | str]]]:
        it = iter(lines)
        first = start
        while block := list(islice(it, self.block)):
            yield first, block
            first += len(block)

    # -- content ----------------------------------------------------------------------------------
    def _start(self, lines: Sequence[bytes | str], first: int) -> _Job:
        """Parse a block and set its content computing: from the cache, an earlier block's misses, or anew."""
        tz = self.tz
        job = _Job([parse_line(line, number, tz) for number, line in enumerate(lines, first)])
        cache = self.cache
        cache_get = cache.peek
        recent = cache.touch
        hits = 0
        max_chars = cache.max_chars
        inflight = self._inflight
        waiting = job.waiting
        for m in job.parsed:
            if type(m) is dict:
                continue
            if m.attachments or len(m.text) > max_chars:
                job.loose.append(m)
                continue
            key = (m.text, m.kind)
            found = cache_get(key)
            if found is not None:
                m.content = found
                recent(key)
                hits += 1
            elif key in inflight:
                inflight[key].waiting[key].append(m)  # this block or an earlier one computes it already
            else:
                waiting[key] = [m]
                inflight[key] = job
        cache.hits += hits
        items: list[Item] = [(text, kind, ()) for text, kind in waiting]
        items += [(m.text, m.kind, m.attachments) for m in job.loose]
        if items:
            job.ticket = self._pool.submit(items) if self._pool is not None else self.plan.compute_items(items)
        return job

    def _finish(self, job: _Job) -> list[Result]:
        """Wait for the block's content, then judge its messages in order."""
        if job.ticket is not None:
            contents: list[Content] = job.ticket if isinstance(job.ticket, list) else self._pool.result(job.ticket)  # type: ignore[union-attr]
            put = self.cache.put
            for (key, messages), content in zip(job.waiting.items(), contents, strict=False):
                put(key, content)
                del self._inflight[key]
                for m in messages:
                    m.content = content
            for m, content in zip(job.loose, contents[len(job.waiting) :], strict=True):
                m.content = content
        return self._judge(job.parsed)

    # -- per message ------------------------------------------------------------------------------
    def _judge(self, parsed: list[CheckMessage | dict[str, Any]]) -> list[Result]:
        """Each message's findings in detector order: its content findings plus the per-message detectors'.

        Most messages take the short way: no per-message detector can fire (its gate is quiet), no admin is
        exempt, and only the sender's log needs the message; the others go through `_judge_fully`."""
        log_get = self._log.get
        remember = self._log.remember
        quiet = self._quiet_below
        exempt = self.plan.exempt
        full = self._judge_fully
        simple_state = not (self._log.group_activity or self._sync_members)
        kinds = _KIND_VALUES
        out: list[Result] = []
        append = out.append
        for m in parsed:
            if type(m) is dict:
                append(m)
                continue
            content: Content = m.content  # type: ignore[union-attr]
            key = (m.group, m.sender)  # type: ignore[union-attr]
            log = log_get(key)
            if (
                (len(log[0]) if log is not None else 0) >= quiet[m.kind]  # type: ignore[union-attr]
                or (exempt and content.entries)
                or not simple_state
            ):
                append(full(m, content, key, log))  # type: ignore[arg-type]
                continue
            if m.stateful:  # type: ignore[union-attr]
                remember(None, key, log, m.ts, content.fingerprint, kinds[m.kind])  # type: ignore[union-attr]
            append((m.ident, content.entries, content.json))  # type: ignore[union-attr]
        return out

    def _judge_fully(self, m: CheckMessage, content: Content, key: tuple[str, str], log: list | None) -> Result:
        """`_judge` for a message a per-message detector may report, or with findings admins are exempt from."""
        entries: Sequence[Entry] = content.entries
        frag = content.json
        recent = len(log[0]) if log is not None else 0
        if recent >= self._quiet_below[m.kind]:
            extra = self._per_message_findings(m, self._state(m.group), key, recent)
            if extra:
                entries = sorted([*entries, *extra], key=_position)
                frag = findings_json(entries)
        if self.plan.exempt and entries:
            admins = self._state(m.group).admins
            if admins:
                exempt = self.plan.exempt
                entries = [e for e in entries if e[0] not in exempt or (e[1].subject or m.sender) not in admins]
                frag = findings_json(entries)
        if m.stateful:
            state = self._state(m.group)
            self._log.remember(state, key, log, m.ts, content.fingerprint, _KIND_VALUES[m.kind])
            if self._sync_members:
                state.members[m.sender] = self._log.member(key)
        return (m.ident, entries, frag)

    def _state(self, group: str) -> GroupState:
        state = self._states.get(group)
        if state is None:
            state = self._states[group] = self.book.new_state(group)
        return state

    def _per_message_findings(
        self, m: CheckMessage, state: GroupState, key: tuple[str, str], recent: int
    ) -> list[Entry]:
        """What the per-message detectors (flood, media limits …) find, as `engine._detect` runs them."""
        extra: list[Entry] = []
        ctx: DetectContext | None = None
        event: MessageEvent | None = None
        for pos, detector, gate in self._per_message:
            if gate.quiet(m.kind, recent):
                continue
            clause = detector.clause
            if clause.active_during is not None and not self.book.in_schedule(clause.active_during, m.ts):
                continue
            if ctx is None:
                event = message_event(m, self._group_ref(m.group))
                ctx = DetectContext(self.book.rulebook, state, self._log.member(key), m.ts, m.content.norm)
            for finding in detector.detect(event, ctx):  # type: ignore[arg-type]
                if clause.exempt_admins and (finding.subject or m.sender) in state.admins:
                    continue
                if detector.assisted:
                    finding = replace(finding, assisted=True)
                extra.append((pos, finding, json.dumps(finding.as_dict(), ensure_ascii=False)))
        return extra

    def _group_ref(self, group: str) -> GroupRef:
        found = self._groups.get(group)
        if found is None:
            found = GroupRef(platform=CHECK_PLATFORM, id=group)
            if len(self._groups) < 100_000:
                self._groups[group] = found
        return found


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the cycle collector less often meanwhile: checking makes many short-lived objects and keeps a
    large cache, and a default-tuned collector spends a fifth of the time scanning them."""
    before = gc.get_threshold()
    gc.set_threshold(50_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def _position(entry: Entry) -> int:
    return entry[0]


def to_record(result: Result) -> dict[str, Any]:
    """The output record of a result. Its dicts are its own (findings of a repeated text are shared)."""
    if isinstance(result, dict):
        return result
    ident, entries, _ = result
    findings = [entry[1].as_dict() for entry in entries]
    for finding in findings:
        if "detail" in finding:
            finding["detail"] = copy.deepcopy(finding["detail"])
    return {"id": ident, "findings": findings}


def to_json(result: Result) -> str:
    """The output line of a result, exactly as `json.dumps(to_record(result), ensure_ascii=False)`."""
    if isinstance(result, dict):
        return json.dumps(result, ensure_ascii=False)
    return '{"id": ' + _encode_str(result[0]) + ', "findings": ' + result[2] + "}"
