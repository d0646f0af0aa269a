"""Hosts, registrable domains and domain reputation, all offline.

- `canonical_host` turns whatever a message or a scanned code calls a host into one comparable form:
  lower-case ASCII (IDNs as punycode), no port, no trailing dot, full-width dots (。．｡) read as dots,
  IP addresses in their standard notation.
- `DomainParser` adds the registrable domain ("evil.example" for "a.b.evil.example", "x.com.cn" for
  "www.x.com.cn", "me.github.io" for "me.github.io") from tldextract's bundled Public Suffix List
  snapshot. It never touches the network or the disk cache: build one per detector, not per module.
- `DomainList` matches by whole labels: "evil.example" covers "a.b.evil.example" but neither
  "notevil.example" nor "evil.example.com". `allows` adds the rule for allowlists: an entry never
  vouches for hosts someone else can register below it ("github.io" does not allow "evil.github.io").
- `ReputationSource` is the pluggable verdict on a domain; `Blocklist` reads the shipped list
  (text/reputation_data/blocklist.txt) and any extra local files in the same format.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Protocol

from qungui.core.categories import Category

MAX_HOST_CHARS = 253
DEFAULT_BLOCKLIST = "blocklist.txt"
PARSE_MEMO = 8192  # hosts whose parse a DomainParser remembers (cleared when full)
_MISSING = object()
_DOTS = str.maketrans({"。": ".", "．": ".", "｡": ".", "﹒": "."})
_LABEL = re.compile(r"(?!-)[a-z0-9_-]{1,63}")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def canonical_host(host: str) -> str | None:
    """The comparable form of a host name or IP address, or None when it cannot be one."""
    name = host.strip().translate(_DOTS).rstrip(".").lower()
    if name.startswith("[") and name.endswith("]"):
        name = name[1:-1]
    if not name or len(name) > MAX_HOST_CHARS:
        return None
    if ":" in name or (name[-1].isdigit() and "." in name):  # no IP address has neither ":" nor "."
        try:
            return ipaddress.ip_address(name).compressed
        except ValueError:
            if ":" in name:
                return None
    if not name.isascii():
        try:
            name = name.encode("idna").decode("ascii").lower()
        except UnicodeError:
            return None
    labels = name.split(".")
    if len(name) > MAX_HOST_CHARS or not all(_LABEL.fullmatch(label) for label in labels):
        return None
    return name


def is_ip(name: str) -> bool:
    """Whether a canonical host is an IP address."""
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


def clean_domain_entry(entry: str) -> str:
    """A domain from an admin's list ("*.evil.com", "https://www.qq.com/x", ".qq.com"), canonical.

    Raises ValueError when nothing that looks like a domain is left.
    """
    text = _SCHEME.sub("", entry.strip())
    text = re.split(r"[/?#]", text, maxsplit=1)[0]
    text = text.rsplit("@", 1)[-1]
    if text.count(":") == 1:
        text = text.split(":", 1)[0]
    text = text.lstrip("*").lstrip(".")
    name = canonical_host(text)
    if name is None:
        raise ValueError(f"not a domain: {entry!r}")
    return name


@dataclass(frozen=True, slots=True)
class Host:
    """A canonical host with its registrable domain and public suffix ("" when unknown or an IP)."""

    name: str
    registrable: str
    suffix: str
    ip: bool = False

    @property
    def tld(self) -> str:
        return "" if self.ip else self.name.rsplit(".", 1)[-1]


class DomainParser:
    """Registrable domains from the Public Suffix List snapshot bundled with tldextract; no network.

    Private suffixes (github.io, blogspot.com…) count as suffixes, so each site under them is its
    own registrable domain.
    """

    def __init__(self, *, private_suffixes: bool = True) -> None:
        self._private = private_suffixes
        self._extractor: Any = None  # built on first use: tldextract pulls in requests (~150 ms)
        self._parsed: dict[str, Host | None] = {}  # the same hosts come back in message after message

    def _extract(self, name: str) -> Any:
        if self._extractor is None:
            import tldextract

            # suffix_list_urls=() and cache_dir=None: the bundled snapshot only, no fetch, no cache file.
            self._extractor = tldextract.TLDExtract(
                suffix_list_urls=(),
                cache_dir=None,
                fallback_to_snapshot=True,
                include_psl_private_domains=self._private,
            )
        return self._extractor(name)

    def parse(self, host: str) -> Host | None:
        """The host with its registrable domain, or None when it is no valid host name."""
        parsed = self._parsed
        found = parsed.get(host, _MISSING)
        if found is _MISSING:
            if len(parsed) >= PARSE_MEMO:
                parsed.clear()
            found = parsed[host] = self._parse(host)
        return found  # type: ignore[return-value]

    def _parse(self, host: str) -> Host | None:
        name = canonical_host(host)
        if name is None:
            return None
        if is_ip(name):
            return Host(name, name, "", ip=True)
        result = self._extract(name)
        suffix = result.suffix
        if suffix and result.domain:
            return Host(name, f"{result.domain}.{suffix}", suffix)
        labels = name.split(".")
        return Host(name, ".".join(labels[-2:]), suffix)

    def known_suffix(self, host: Host) -> bool:
        """Whether the host ends in a real public suffix (so "report.xlsx" is no domain)."""
        return bool(host.suffix) and host.name != host.suffix


class DomainList:
    """Domains matched by whole labels: an entry covers itself and every subdomain."""

    def __init__(self, entries: Iterable[str]) -> None:
        self._names = frozenset(clean_domain_entry(entry) for entry in entries)

    def __len__(self) -> int:
        return len(self._names)

    def __bool__(self) -> bool:
        return bool(self._names)

    def match(self, host: Host) -> str | None:
        """The entry the host equals or lies under, if any."""
        return match_labels(host.name, self._names)

    def allows(self, host: Host) -> str | None:
        """Like `match`, but an entry above the host's registrable domain vouches for nothing.

        Allowing "qq.com" allows "docs.qq.com"; allowing "github.io" (a public suffix) does not
        allow "evil.github.io", which anyone can register.
        """
        entry = self.match(host)
        if entry is None:
            return None
        if host.ip or entry.count(".") >= host.registrable.count("."):
            return entry
        return None


def match_labels(name: str, entries: frozenset[str] | Mapping[str, Any]) -> str | None:
    """The entry `name` equals or is a subdomain of, checking at most 128 suffixes."""
    if name in entries:
        return name
    start = 0
    for _ in range(128):
        start = name.find(".", start) + 1
        if start == 0:
            return None
        if name[start:] in entries:
            return name[start:]
    return None


@dataclass(frozen=True, slots=True)
class Verdict:
    """What a reputation source says about a domain: `reason` is shown to admins."""

    category: Category
    score: float
    reason: str
    source: str
    entry: str


class ReputationSource(Protocol):
    """Anything that can judge a domain offline: a local list, a cached feed, a test fake."""

    def lookup(self, domain: str) -> Verdict | None:
        """The verdict on a canonical host name (checking its parent domains too), or None."""
        ...


class Blocklist:
    """Known-bad domains from local files in the blocklist format (see reputation_data/blocklist.txt).

    One entry per line: `domain [category [score]] [# reason shown to admins]`; blank lines and lines
    starting with `#` are ignored. The default category is malicious_link, the default score 0.9.
    """

    def __init__(self, entries: Mapping[str, Verdict]) -> None:
        self._entries = dict(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, domain: str) -> Verdict | None:
        entry = match_labels(domain, self._entries)
        return None if entry is None else self._entries[entry]

    @classmethod
    def parse(cls, text: str, source: str) -> Blocklist:
        """Read the blocklist format; raises ValueError naming the source and line on a bad line."""
        entries: dict[str, Verdict] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            body, _, note = line.partition("#")
            fields = body.split()
            if not fields:
                continue
            where = f"{source}:{number}"
            try:
                entries[clean_domain_entry(fields[0])] = _verdict(fields[1:], note.strip(), where, fields[0])
            except ValueError as exc:
                raise ValueError(f"{where}: {exc}") from None
        return cls(entries)

    @classmethod
    def from_file(cls, path: str | Path) -> Blocklist:
        """Read one local blocklist file (UTF-8)."""
        file = Path(path)
        try:
            text = file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ValueError(f"cannot read blocklist {file}: {exc.strerror or exc}") from None
        return cls.parse(text, file.name)

    @classmethod
    def shipped(cls) -> Blocklist:
        """The list shipped with qungui (reputation_data/blocklist.txt)."""
        data = resources.files("qungui.text").joinpath("reputation_data", DEFAULT_BLOCKLIST)
        return cls.parse(data.read_text(encoding="utf-8"), DEFAULT_BLOCKLIST)


def _verdict(fields: list[str], note: str, where: str, entry: str) -> Verdict:
    if len(fields) > 2:
        raise ValueError(f"expected `domain [category [score]]`, got {len(fields) + 1} fields")
    category = Category.MALICIOUS_LINK
    score = 0.9
    if fields:
        try:
            category = Category(fields[0])
        except ValueError:
            raise ValueError(f"unknown category {fields[0]!r}") from None
    if len(fields) == 2:
        try:
            score = float(fields[1])
        except ValueError:
            raise ValueError(f"score must be a number, got {fields[1]!r}") from None
        if not 0 < score <= 1:
            raise ValueError(f"score must be in (0, 1], got {score}")
    return Verdict(category, score, note or "黑名单域名", where, entry)


class Reputation:
    """Several sources asked in order; the first verdict wins."""

    def __init__(self, sources: Sequence[ReputationSource]) -> None:
        self._sources = tuple(sources)

    def __len__(self) -> int:
        return len(self._sources)

    def lookup(self, domain: str) -> Verdict | None:
        for source in self._sources:
            verdict = source.lookup(domain)
            if verdict is not None:
                return verdict
        return None
