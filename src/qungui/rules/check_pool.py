"""Content findings for `qungui check --workers N`: cache misses computed in N - 1 forked worker processes.

Only content is computed in the workers — a pure function of (text, kind, attachments). The runner
keeps the cache, the per-message detectors and the group state in its own process and judges messages
in input order, so output order and flood state are exactly those of one process. A block's misses are
split into parts, one per worker; the runner submits a block and judges the previous one while the
workers compute. Workers are forked after the models and word lists are loaded, so they share them.
"""

from __future__ import annotations

import gc
import itertools
import multiprocessing
import os
import queue
import traceback
from collections.abc import Sequence
from typing import Any

from qungui.core.events import Attachment, MessageKind
from qungui.rules.check_content import Content, ContentPlan
from qungui.text.normalize import default_normalizer

Item = tuple[str, MessageKind, tuple[Attachment, ...]]
MIN_PART = 32  # items per part at least: a round trip costs more than a few texts
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
        self._next_worker = 0
        self._pending: dict[int, tuple[list[Sequence[Item]], list[list[Content] | None]]] = {}

    @property
    def workers(self) -> int:
        return len(self._processes)

    def submit(self, items: Sequence[Item]) -> int:
        """Start computing `items` (in parts, one per worker); returns the ticket for `result`."""
        if not self._processes:
            raise RuntimeError("the pool is closed")
        ticket = next(self._tickets)
        count = max(1, min(self.workers, len(items) // MIN_PART))
        size = -(-len(items) // count)
        parts = [items[i : i + size] for i in range(0, len(items), size)] or [items]
        for number, part in enumerate(parts):
            self._tasks[self._next_worker].put((ticket, number, list(part)))
            self._next_worker = (self._next_worker + 1) % self.workers
        self._pending[ticket] = (parts, [None] * len(parts))
        return ticket

    def result(self, ticket: int) -> list[Content]:
        """The contents of a submitted ticket, in item order (waits for them)."""
        done = self._pending[ticket][1]
        while any(part is None for part in done):
            number, index, packed, error = self._next()
            if error is not None:
                raise RuntimeError(f"a check worker failed:\n{error}")
            items = self._pending[number][0][index]
            self._pending[number][1][index] = [_unpack(item, p) for item, p in zip(items, packed, strict=True)]
        del self._pending[ticket]
        return [content for part in done for content in part]  # type: ignore[union-attr]

    def _next(self) -> tuple[int, int, list, str | None]:
        while True:
            try:
                return self._results.get(timeout=WAIT_S)
            except queue.Empty:
                if not all(p.is_alive() for p in self._processes):
                    raise RuntimeError("a check worker exited unexpectedly") from None

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
        self._tasks, self._processes, self._pending = [], [], {}


def _serve(plan: ContentPlan, tasks: Any, results: Any) -> None:
    """A worker: compute each part it is given and send the contents back, packed, until told to stop."""
    # What the parent had when forking (models, word lists, its cache) is never garbage: keep the collector
    # off it, and run it as rarely as the parent does while checking (`check.fewer_collections`).
    gc.freeze()
    gc.set_threshold(50_000, 50, 100)
    while (job := tasks.get()) is not None:
        ticket, number, items = job
        try:
            packed = [_pack(content) for content in plan.compute_items(items)]
        except Exception:  # the runner raises it
            results.put((ticket, number, [], traceback.format_exc()))
        else:
            results.put((ticket, number, packed, None))


def _pack(content: Content) -> tuple:
    """A content without its NormalizedText object (which holds the normalizer's tables): its parts."""
    return content.norm.parts(), content.entries, content.json, content.fingerprint


def _unpack(item: Item, packed: tuple) -> Content:
    (compact, merged, numerals), entries, json, fingerprint = packed
    return Content(default_normalizer().restore(item[0], compact, merged, numerals), entries, json, fingerprint)
