"""Content findings for `qungui check --workers N`: cache misses computed in N - 1 forked worker processes.

Only content is computed in the workers — a pure function of (text, kind, attachments). The runner
keeps the cache, the per-message detectors and the group state in its own process and judges messages
in input order, so output order and flood state are exactly those of one process. A block's misses are
split into parts of at most PART items, queued in submission order; each worker has at most IN_FLIGHT parts
at a time, so the queue's tail stays here. The runner submits a block and judges earlier ones while the workers
compute; when it needs a block whose parts are not all back, it computes that block's unsent parts itself and,
while the workers still hold its other parts, the newest unsent part, instead of waiting idle: new texts bunch
up early in a log, and there the runner would otherwise wait for the workers. Workers are forked after the
models and word lists are loaded, so they share them.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import queue
import traceback
from collections import deque
from collections.abc import Sequence
from typing import Any

from qungui.core.events import Attachment, MessageKind
from qungui.rules.check_content import Content, ContentPlan
from qungui.text.normalize import default_normalizer

Item = tuple[str, MessageKind, tuple[Attachment, ...]]
PART = 256  # items per part at most: small enough to share a block's work, large enough to pay for a round trip
IN_FLIGHT = 3  # parts a worker holds at once: enough to stay busy while the runner judges a block
WAIT_S = 1.0


def available() -> bool:
    """Whether worker processes can be started the way this module needs (fork: they inherit the models)."""
    return "fork" in multiprocessing.get_all_start_methods()


def default_workers() -> int:
    """`--workers 0`: one process per CPU (the one reading, judging and writing included)."""
    return max(1, os.cpu_count() or 1)


class ContentPool:
    """`plan.compute_items` in `workers` forked processes: `submit(items)` now, `result(ticket)` later."""

    def __init__(self, plan: ContentPlan, workers: int) -> None:
        if workers < 1 or not available():
            raise ValueError("a pool needs at least one worker and the fork start method")
        self.plan = plan
        plan.compute_items([("预热 warm up", MessageKind.TEXT, ())] * 16)  # load models and lists before forking
        context = multiprocessing.get_context("fork")
        self._results: Any = context.Queue()
        self._tasks: list[Any] = []
        self._processes: list[Any] = []
        for _ in range(workers):
            tasks = context.Queue()
            process = context.Process(target=_serve, args=(plan, tasks, self._results), daemon=True)
            process.start()
            self._tasks.append(tasks)
            self._processes.append(process)
        self._tickets = itertools.count()
        self._unsent: deque[tuple[int, int]] = deque()  # (ticket, part number) in submission order
        self._sent = [0] * workers  # parts each worker holds
        # ticket -> (its parts, their contents as they come back: None until then)
        self._pending: dict[int, tuple[list[Sequence[Item]], list[list[Content] | None]]] = {}

    @property
    def workers(self) -> int:
        return len(self._processes)

    def submit(self, items: Sequence[Item]) -> int:
        """Start computing `items` (in parts of at most PART); returns the ticket for `result`."""
        if not self._processes:
            raise RuntimeError("the pool is closed")
        ticket = next(self._tickets)
        parts = [items[i : i + PART] for i in range(0, len(items), PART)] or [items]
        self._pending[ticket] = (parts, [None] * len(parts))
        self._unsent.extend((ticket, number) for number in range(len(parts)))
        self._collect(block=False)  # what came back frees workers for more
        return ticket

    def result(self, ticket: int) -> list[Content]:
        """The contents of a submitted ticket, in item order. Computes unsent parts here rather than wait idle."""
        done = self._pending[ticket][1]
        while None in done:
            self._collect(block=False)
            if None not in done:
                break
            unsent = self._unsent
            if unsent and unsent[0][0] == ticket:  # this ticket's own parts not handed out yet (the oldest queued)
                self._compute_here(*unsent.popleft())
            elif unsent:  # the workers hold this ticket's parts: take the newest queued part meanwhile
                self._compute_here(*unsent.pop())
            else:
                self._collect(block=True)
        del self._pending[ticket]
        return [content for part in done for content in part]  # type: ignore[union-attr]

    def ready(self, ticket: int) -> bool:
        """Whether every part of a submitted ticket is back (never waits)."""
        self._collect(block=False)
        return None not in self._pending[ticket][1]

    def _feed(self) -> None:
        """Hand queued parts, oldest first, to the workers holding fewer than IN_FLIGHT."""
        for worker, held in enumerate(self._sent):
            while held < IN_FLIGHT and self._unsent:
                ticket, number = self._unsent.popleft()
                self._tasks[worker].put((ticket, number, worker, list(self._pending[ticket][0][number])))
                held += 1
            self._sent[worker] = held

    def _compute_here(self, ticket: int, number: int) -> None:
        self._pending[ticket][1][number] = self.plan.compute_items(self._pending[ticket][0][number])

    def _collect(self, *, block: bool) -> None:
        """Store the parts that came back (waiting for one when `block`), then hand out more."""
        while True:
            try:
                ticket, number, worker, packed, error = (
                    self._results.get(timeout=WAIT_S) if block else self._results.get_nowait()
                )
            except queue.Empty:
                if not block:
                    break
                if not all(p.is_alive() for p in self._processes):
                    raise RuntimeError("a check worker exited unexpectedly") from None
                continue
            if error is not None:
                raise RuntimeError(f"a check worker failed:\n{error}")
            self._sent[worker] -= 1
            items = self._pending[ticket][0][number]
            self._pending[ticket][1][number] = [_unpack(item, p) for item, p in zip(items, packed, strict=True)]
            block = False
        self._feed()

    def close(self) -> None:
        """Stop the workers (idempotent)."""
        for tasks in self._tasks:
            tasks.put(None)
        for process in self._processes:
            process.join(timeout=5)
            if process.is_alive():
                process.terminate()
                process.join(timeout=5)
        for tasks in self._tasks:
            tasks.close()
        self._results.close()
        self._tasks, self._processes, self._pending, self._unsent, self._sent = [], [], {}, deque(), []


def _serve(plan: ContentPlan, tasks: Any, results: Any) -> None:
    """A worker: compute each part it is given and send the contents back, packed, until told to stop."""
    # What the parent had when forking (models, word lists, its cache) is never garbage: keep the collector
    # off it, and run it as rarely as the parent does while checking (`check.fewer_collections`).
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    while (job := tasks.get()) is not None:
        ticket, number, worker, items = job
        try:
            packed = [_pack(content) for content in plan.compute_items(items)]
        except Exception:  # the runner raises it
            results.put((ticket, number, worker, [], traceback.format_exc()))
        else:
            results.put((ticket, number, worker, packed, None))


def _pack(content: Content) -> tuple:
    """A content without its NormalizedText object (which holds the normalizer's tables): its parts."""
    return content.norm.parts(), content.entries, content.json, content.fingerprint


def _unpack(item: Item, packed: tuple) -> Content:
    (compact, merged, numerals), entries, json, fingerprint = packed
    return Content(default_normalizer().restore(item[0], compact, merged, numerals), entries, json, fingerprint)
