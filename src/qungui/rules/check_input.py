"""The input side of `qungui check`: limits, the default rulebook, parsing a line, error records.

`parse_line` makes the checks the contract describes, in its order, with the same messages as when
every line became a validated `MessageEvent` — but builds no event: the runner makes one only when a
detector needs it (`message_event`).
"""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime, tzinfo
from typing import Annotated, Any

import msgspec
from pydantic import ValidationError
from pydantic_core import from_json

from qungui.core.categories import Category
from qungui.core.clock import ensure_aware
from qungui.core.events import Attachment, GroupRef, MemberRef, MessageEvent, MessageKind
from qungui.rules.schema import Rulebook

CHECK_PLATFORM = "check"
ANONYMOUS_EPOCH = datetime(2000, 1, 1, tzinfo=UTC)
MAX_TEXT_CHARS = 1_000_000
MAX_IMAGE_BASE64_CHARS = 14_000_000  # about 10 MB of image
MAX_ID_CHARS = 255  # ids of events, groups and members (core.events)
_KINDS: dict[str, MessageKind] = {kind.value: kind for kind in MessageKind}
_KIND_ERROR = f'"kind" must be one of {", ".join(k.value for k in MessageKind)}'
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


def image_attachment(value: Any) -> tuple[Attachment, ...]:
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


def first_error(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        error = exc.errors()[0]
        where = ".".join(str(p) for p in error["loc"])
        return f"{where}: {error['msg']}" if where else str(error["msg"])
    return str(exc)


def error_record(ident: str | None, number: int, message: str) -> dict[str, Any]:
    """{"id": ..., "error": "line N: ..."}; an id that is not valid Unicode (a lone surrogate) is given as null."""
    if ident is not None and not ident.isascii():
        try:
            ident.encode("utf-8")
        except UnicodeEncodeError:
            ident = None
    return {"id": ident, "error": f"line {number}: {message}"}


_Id = Annotated[str, msgspec.Meta(min_length=1, max_length=MAX_ID_CHARS)]


class CheckMessage(msgspec.Struct, kw_only=True):
    """One valid input line, with the fields the detectors read; `content` is filled in by the runner.

    Also the usual line's decoding type (`_well_formed`): msgspec reads "id", "text", "kind", "group",
    "sender" and "ts" into it, checking types and lengths, and ignores other keys. The fields a line does
    not give are set by the reader after decoding, whatever the line held under their names; "image" is
    read into `attachments` only so that such a line is recognised and declined."""

    number: Any = 0
    ident: _Id = msgspec.field(name="id")
    text: Annotated[str, msgspec.Meta(max_length=MAX_TEXT_CHARS)]
    kind: MessageKind = MessageKind.TEXT
    group: _Id
    sender: _Id
    ts: Any  # decoded as the line's string, then replaced by the parsed time
    stateful: Any = True
    attachments: Any = msgspec.field(default=(), name="image")
    content: Any = None


def parse_line(line: bytes | str, number: int, tz: tzinfo) -> CheckMessage | dict[str, Any]:
    """The line's message, or its error record (`{"id", "error": "line N: …"}`), checked in the contract's order."""
    if type(line) is bytes and line[:1] == b"{" and line[-1:] == b"}":
        # The common case, decoded and checked from the bytes as they are (nothing to strip) by msgspec, which
        # checks the UTF-8 itself; whatever it declines takes the full path below, which names the problem.
        usual = _well_formed(line, number, tz)
        if usual is not None:
            return usual
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return error_record(None, number, f"not valid UTF-8 (byte offset {exc.start})")
    line = line.strip("\r\n\ufeff")
    if not line or line.isspace():
        return error_record(None, number, "empty line")
    # pydantic-core's parser is fast, and what it accepts json.loads reads the same; it also rejects lone
    # surrogates (raw or escaped), so its strings are valid Unicode. Anything it rejects goes to json.loads.
    unicode = True
    try:
        record = from_json(line, cache_strings="keys")
    except Exception:
        unicode = False
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            message = getattr(exc, "msg", "nested too deeply")
            return error_record(None, number, f"not JSON ({message})")
    return parse_record(record, number, tz, unicode)


_USUAL = msgspec.json.Decoder(CheckMessage).decode
_NO_IMAGE: tuple[Attachment, ...] = ()


def _well_formed(line: bytes, number: int, tz: tzinfo) -> CheckMessage | None:
    """The message of a line of the usual kind, decoded and checked in one pass by msgspec (valid UTF-8,
    valid Unicode, every field valid, sender and time given, no image). None for anything else, which
    `parse_record` then reads in the contract's order (and names the first problem). Same result as
    `parse_record`; duplicate keys resolve the same way (the last one counts)."""
    try:
        m = _USUAL(line)
    except (ValueError, RecursionError):  # msgspec's errors and UnicodeDecodeError are ValueErrors
        return None
    raw_ts = m.ts
    if type(raw_ts) is not str or m.attachments is not _NO_IMAGE:
        return None
    try:
        ts = datetime.fromisoformat(raw_ts)
    except ValueError:
        return None
    m.ts = ts if ts.tzinfo is not None else ensure_aware(ts, tz)
    m.number = number
    m.stateful = True
    m.content = None
    return m


def parse_record(record: Any, number: int, tz: tzinfo, unicode: bool) -> CheckMessage | dict[str, Any]:
    """A decoded line's message or error record (`unicode`: its strings are known to be valid Unicode)."""
    if not isinstance(record, dict):
        return error_record(None, number, "expected a JSON object")
    ident = record.get("id")
    if not isinstance(ident, str) or not ident:
        return error_record(ident if isinstance(ident, str) else None, number, '"id" must be a non-empty string')
    text = record.get("text")
    if not isinstance(text, str):
        return error_record(ident, number, '"text" must be a string')
    if len(text) > MAX_TEXT_CHARS:
        return error_record(ident, number, f'"text" is longer than {MAX_TEXT_CHARS} characters')
    try:
        unicode or text.isascii() or text.encode("utf-8")  # lone surrogates (from \\ud800 escapes) raise
        attachments = image_attachment(record.get("image")) if "image" in record else ()
    except ValueError as exc:
        return error_record(ident, number, str(exc))
    kind = record.get("kind", "image" if attachments else "text")
    kind = _KINDS.get(kind) if isinstance(kind, str) else None
    if kind is None:
        return error_record(ident, number, _KIND_ERROR)
    group = record.get("group", "default")
    sender = record.get("sender")
    if not isinstance(group, str) or not group:
        return error_record(ident, number, '"group" must be a non-empty string')
    if sender is not None and (not isinstance(sender, str) or not sender):
        return error_record(ident, number, '"sender" must be a non-empty string')
    raw_ts = record.get("ts")
    stateful = isinstance(sender, str) and isinstance(raw_ts, str)
    if stateful:
        try:
            ts = datetime.fromisoformat(raw_ts)
        except ValueError:
            return error_record(ident, number, f'"ts" is not an ISO 8601 time: {raw_ts!r}')
        if ts.tzinfo is None:
            ts = ensure_aware(ts, tz)
    else:
        if "ts" in record and not isinstance(raw_ts, str):
            return error_record(ident, number, '"ts" must be an ISO 8601 string')
        ts = ANONYMOUS_EPOCH
        sender = f"line-{number}"  # no shared state: each line stands alone
    message = CheckMessage(
        number=number,
        ident=ident,
        text=text,
        kind=kind,  # type: ignore[arg-type]
        group=group,
        sender=sender,  # type: ignore[arg-type]
        ts=ts,
        stateful=stateful,
        attachments=attachments,
    )
    longest = MAX_ID_CHARS
    if (
        len(group) > longest
        or len(ident) > longest
        or len(sender) > longest  # type: ignore[arg-type]
        or not (unicode or _valid_unicode(group, ident, sender))  # type: ignore[arg-type]
    ):
        try:  # what the event model rejects (too long, not valid Unicode), with its own message
            message_event(message)
        except ValidationError as exc:
            return error_record(ident, number, first_error(exc))
    return message


def message_event(m: CheckMessage, group: GroupRef | None = None) -> MessageEvent:
    """The validated event of a message (`group`: its GroupRef, when the caller keeps them)."""
    return MessageEvent(
        id=m.ident,
        group=group or GroupRef(platform=CHECK_PLATFORM, id=m.group),
        ts=m.ts,
        sender=MemberRef(platform=CHECK_PLATFORM, id=m.sender),
        kind=m.kind,
        text=m.text,
        attachments=m.attachments,
    )


def _valid_unicode(*values: str) -> bool:
    """Whether every value is valid Unicode (no lone surrogate), as the event model requires of ids."""
    try:
        for value in values:
            value.isascii() or value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
