"""`qungui check`: findings for JSON Lines of messages, one output line per input line.

Contract (stable, other tools rely on it):
- input: JSON Lines, each {"id": str, "text": str} plus optional "kind", "sender", "group", "ts",
  "image" (base64 bytes of an image; QR codes in it are decoded)
  (ISO 8601; without an offset, the rulebook's time zone). When sender and ts are given, stateful
  detectors (flood, media limits) apply in input order, per group and sender.
- output: exactly one JSON line per input line, in order: {"id": ..., "findings": [{"category",
  "clause", "score", "evidence", …}]}; a malformed line gives {"id": ... or null, "error": "..."}.
"""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from typing import Any

from pydantic import ValidationError

from qungui.core.categories import Category
from qungui.core.clock import ensure_aware
from qungui.core.events import Attachment, GroupRef, MemberRef, MessageEvent, MessageKind
from qungui.rules.compiled import CompiledRulebook
from qungui.rules.engine import scan
from qungui.rules.schema import Rulebook
from qungui.rules.state import GroupState

CHECK_PLATFORM = "check"
ANONYMOUS_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
MAX_TEXT_CHARS = 1_000_000
MAX_IMAGE_BASE64_CHARS = 14_000_000  # about 10 MB of image
_CONTENT = (
    Category.AD,
    Category.SOLICITATION,
    Category.PORN,
    Category.GAMBLING,
    Category.POLITICS,
    Category.VIOLENCE,
    Category.ABUSE,
    Category.MALICIOUS_LINK,
)


def default_check_rulebook() -> Rulebook:
    """Every content detector at its default threshold, plus flood and media limits."""
    record = {"title": "记录", "steps": [{"action": "record"}]}
    clauses: list[dict[str, Any]] = [
        {
            "id": category.value,
            "text": category.value,
            "title": category.value,
            "category": category.value,
            "enforcement": "auto",
            "ladder": "record",
            "detectors": [{"type": "lexicon", "settings": {"use_defaults": True}}],
        }
        for category in _CONTENT
    ]
    clauses[_CONTENT.index(Category.ABUSE)]["detectors"].append({"type": "abuse_model"})
    clauses[_CONTENT.index(Category.AD)]["detectors"].append({"type": "spam_model"})
    clauses[_CONTENT.index(Category.SOLICITATION)]["detectors"].append({"type": "contact"})
    clauses += [
        {
            "id": "links",
            "text": "links",
            "title": "links",
            "category": "malicious_link",
            "enforcement": "auto",
            "ladder": "record",
            "detectors": [{"type": "links"}],
        },
        {
            "id": "qr",
            "text": "qr",
            "title": "qr",
            "category": "solicitation",
            "enforcement": "auto",
            "ladder": "record",
            "detectors": [{"type": "qr"}],
        },
        {
            "id": "flood",
            "text": "flood",
            "title": "flood",
            "category": "flood",
            "enforcement": "auto",
            "ladder": "record",
            "detectors": [{"type": "flood"}],
        },
        {
            "id": "media_flood",
            "text": "media_flood",
            "title": "media_flood",
            "category": "media_flood",
            "enforcement": "auto",
            "ladder": "record",
            "detectors": [{"type": "media", "settings": {"kinds": ["image", "video"], "max_per_window": 6}}],
        },
        {
            "id": "voice",
            "text": "voice",
            "title": "voice",
            "category": "voice",
            "enforcement": "auto",
            "ladder": "record",
            "detectors": [{"type": "media", "settings": {"kinds": ["voice"], "max_per_window": 6}}],
        },
    ]
    return Rulebook.model_validate(
        {
            "name": "default-check",
            "title": "qungui check defaults",
            "group_kind": "custom",
            "ladders": {"record": record},
            "clauses": clauses,
        }
    )


class CheckRunner:
    """Turns input lines into output records, keeping per-group state for stateful detectors."""

    def __init__(self, book: CompiledRulebook) -> None:
        self.book = book
        self.tz = book.rulebook.tz
        self._states: dict[str, GroupState] = {}

    def run(self, lines: Iterable[bytes | str]) -> Iterator[dict[str, Any]]:
        for number, line in enumerate(lines, start=1):
            yield self.check_line(line, number)

    def check_line(self, line: bytes | str, number: int) -> dict[str, Any]:
        """One output record for one input line; never raises for bad input."""
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                return {"id": None, "error": f"line {number}: not valid UTF-8 (byte offset {exc.start})"}
        line = line.strip("\r\n\ufeff")
        if not line.strip():
            return {"id": None, "error": f"line {number}: empty line"}
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            message = getattr(exc, "msg", "nested too deeply")
            return {"id": None, "error": f"line {number}: not JSON ({message})"}
        if not isinstance(record, dict):
            return {"id": None, "error": f"line {number}: expected a JSON object"}
        raw_id = record.get("id")
        ident = raw_id if isinstance(raw_id, str) else None
        try:
            event = self._event(record, number)
        except (ValueError, ValidationError) as exc:
            return {"id": ident, "error": f"line {number}: {_first_error(exc)}"}
        state = self._states.get(event.group.id)
        if state is None:
            state = self._states[event.group.id] = self.book.new_state(event.group.id)
        findings, decision = scan(event, self.book, state, event.ts)
        if self._stateful(record):
            state.apply(decision)
        return {"id": ident, "findings": [f.as_dict() for f in findings]}

    @staticmethod
    def _stateful(record: dict[str, Any]) -> bool:
        return isinstance(record.get("sender"), str) and isinstance(record.get("ts"), str)

    def _event(self, record: dict[str, Any], number: int) -> MessageEvent:
        ident = record.get("id")
        if not isinstance(ident, str) or not ident:
            raise ValueError('"id" must be a non-empty string')
        text = record.get("text")
        if not isinstance(text, str):
            raise ValueError('"text" must be a string')
        if len(text) > MAX_TEXT_CHARS:
            raise ValueError(f'"text" is longer than {MAX_TEXT_CHARS} characters')
        text.encode("utf-8")  # lone surrogates (from \\ud800 escapes) raise UnicodeEncodeError, a ValueError
        attachments = _image_attachment(record.get("image"))
        kind = record.get("kind", "image" if attachments else "text")
        try:
            kind = MessageKind(kind)
        except ValueError:
            raise ValueError(f'"kind" must be one of {", ".join(k.value for k in MessageKind)}') from None
        group = record.get("group", "default")
        sender = record.get("sender")
        if not isinstance(group, str) or not group:
            raise ValueError('"group" must be a non-empty string')
        if sender is not None and (not isinstance(sender, str) or not sender):
            raise ValueError('"sender" must be a non-empty string')
        if self._stateful(record):
            try:
                ts = ensure_aware(datetime.fromisoformat(record["ts"]), self.tz)
            except ValueError:
                raise ValueError(f'"ts" is not an ISO 8601 time: {record["ts"]!r}') from None
        else:
            if "ts" in record and not isinstance(record["ts"], str):
                raise ValueError('"ts" must be an ISO 8601 string')
            ts = ANONYMOUS_EPOCH
            sender = f"line-{number}"  # no shared state: each line stands alone
        return MessageEvent(
            id=ident,
            group=GroupRef(platform=CHECK_PLATFORM, id=group),
            ts=ts,
            sender=MemberRef(platform=CHECK_PLATFORM, id=sender),
            kind=kind,
            text=text,
            attachments=attachments,
        )


def _image_attachment(value: Any) -> tuple[Attachment, ...]:
    """The optional "image" field: base64 image bytes (QR codes in it are decoded)."""
    if value is None:
        return ()
    if not isinstance(value, str):
        raise ValueError('"image" must be a base64 string')
    if len(value) > MAX_IMAGE_BASE64_CHARS:
        raise ValueError(f'"image" is larger than {MAX_IMAGE_BASE64_CHARS // 1_000_000} MB of base64')
    try:
        data = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError('"image" is not valid base64') from None
    return (Attachment(data=data, size=len(data)),)


def _first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        return f"{where}: {error['msg']}" if where else str(error["msg"])
    return str(exc)
