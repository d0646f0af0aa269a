"""Find URLs and domains in chat text (with or without a scheme)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

# A scheme URL, or a bare host with a dot and a known-looking TLD (letters), optional path.
_URL = re.compile(
    r"(?:(?:https?|ftp)://|www\.)[^\s\u3000，。！？、；：“”‘’（）()<>【】]+"
    r"|\b(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,12}(?::\d{2,5})?(?:/[^\s\u3000，。！？、；：“”‘’（）()<>【】]*)?",
    re.IGNORECASE,
)
_FILE_SUFFIXES = frozenset({"jpg", "jpeg", "png", "gif", "txt", "doc", "docx", "xls", "xlsx", "pdf", "ppt", "pptx"})


@dataclass(frozen=True, slots=True)
class FoundUrl:
    url: str
    host: str
    path: str
    span: tuple[int, int]


def find_urls(text: str) -> list[FoundUrl]:
    """Every URL-looking token in `text`, with its lower-cased host and path."""
    found: list[FoundUrl] = []
    for match in _URL.finditer(text):
        raw = match.group(0).rstrip(".,;:!?)")
        candidate = raw if "://" in raw else f"http://{raw}"
        try:
            parts = urlsplit(candidate)
            host = (parts.hostname or "").lower()
        except ValueError:
            continue
        if not host or "." not in host:
            continue
        if "://" not in raw and host.rsplit(".", 1)[-1] in _FILE_SUFFIXES and not parts.path:
            continue  # "报表.xlsx" is a file name, not a link
        found.append(FoundUrl(raw, host, parts.path or "", (match.start(), match.start() + len(raw))))
    return found


def host_matches(host: str, domains: frozenset[str]) -> str | None:
    """The entry of `domains` that `host` equals or is a subdomain of, if any."""
    parts = host.split(".")
    for index in range(len(parts) - 1):
        candidate = ".".join(parts[index:])
        if candidate in domains:
            return candidate
    return None
