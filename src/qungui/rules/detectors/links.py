"""Links: blocked domains, direct downloads, suspicious TLDs, shorteners, group invite links (一.8).

`LinkJudge` holds the judgement on one URL so that the QR detector judges a scanned link exactly as
this detector judges a typed one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote

from pydantic import Field, field_validator

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings
from qungui.text.domains import Blocklist, DomainList, DomainParser, Host, Reputation, clean_domain_entry
from qungui.text.urls import LINK_DOTS, FoundUrl, PayloadKind, classify_link, find_urls

# Services whose short links hide where they lead. Deliberately absent: share links of the
# platforms Chinese groups use every day (v.douyin.com, b23.tv, xhslink.com, m.tb.cn, e.tb.cn),
# which name their platform and are ordinary there.
SHORTENERS = (
    "t.cn",  # Sina Weibo
    "url.cn",  # Tencent
    "w.url.cn",  # Tencent (WeChat)
    "dwz.cn",  # Baidu
    "suo.im",
    "mrw.so",
    "0x3.me",
    "bit.ly",
    "bit.do",
    "tinyurl.com",
    "is.gd",
    "v.gd",
    "goo.gl",
    "s.id",
    "ow.ly",
    "buff.ly",
    "rebrand.ly",
    "cutt.ly",
    "tiny.cc",
    "rb.gy",
    "shorturl.at",
    "t.ly",
    "adf.ly",  # pays the poster per click through interstitial ads
    "ouo.io",  # pays the poster per click through interstitial ads
    "shorte.st",  # pays the poster per click through interstitial ads
)
LINK_CHARS = LINK_DOTS  # `find_urls` reads no link without one of them
# Every link `find_urls` reads has an ASCII letter or digit in its view of the text (where full-width ones
# become ASCII): a scheme, www, a letter TLD or an IP. Its patterns ignore case, which also lets İ ı ſ K
# (U+0130, U+0131, U+017F, U+212A) stand for letters, and its IP pattern reads any decimal digit (\d).
MAYBE_LINK = re.compile(r"[A-Za-z\d\u0130\u0131\u017f\u212a\uff21-\uff3a\uff41-\uff5a]")
MAX_QUERY_PAIRS = 50
FOREIGN_MESSENGERS = frozenset({PayloadKind.TELEGRAM, PayloadKind.WHATSAPP})


class LinkSettings(DetectorSettings):
    block_domains: list[str] = Field(default_factory=list)
    allow_domains: list[str] = Field(default_factory=list)
    blocklist_files: list[str] = Field(
        default_factory=list, description="extra local blocklist files (domain [category [score]] # reason)"
    )
    shipped_blocklist: bool = Field(default=True, description="also use the blocklist shipped with qungui")
    block_extensions: list[str] = Field(
        default_factory=lambda: ["apk", "exe", "bat", "cmd", "scr", "msi", "vbs", "jar", "dll", "ps1", "com", "pif"]
    )
    suspicious_tlds: list[str] = Field(
        default_factory=lambda: ["zip", "mov", "top", "xyz", "click", "icu", "cyou", "buzz", "rest", "tk", "ml", "gq"]
    )
    shortener_domains: list[str] = Field(default_factory=lambda: list(SHORTENERS))
    invite_links: bool = Field(default=True, description="report group invite links as solicitation")
    shorteners: bool = Field(default=True, description="report link shorteners (they hide the target)")
    disguised_links: bool = Field(default=True, description="report links written to dodge filters (www。x。com)")
    any_link: bool = Field(default=False, description="report every link not on the allowlist")

    @field_validator("block_domains", "allow_domains", "shortener_domains")
    @classmethod
    def _domains(cls, value: list[str]) -> list[str]:
        return [clean_domain_entry(entry) for entry in value]

    @field_validator("blocklist_files")
    @classmethod
    def _readable(cls, value: list[str]) -> list[str]:
        for path in value:
            Blocklist.from_file(path)  # report a missing file or a bad line when the rulebook loads
        return value


@dataclass(frozen=True, slots=True)
class LinkVerdict:
    category: Category
    score: float
    why: str
    detail: dict[str, Any] = field(default_factory=dict)


class LinkJudge:
    """The verdict on one URL under LinkSettings. Offline; built once per detector."""

    def __init__(self, settings: LinkSettings, *, category: Category) -> None:
        s = settings
        self.settings = settings
        self.category = category
        self.domains = DomainParser()
        self.blocked = DomainList(s.block_domains)
        self.allowed = DomainList(s.allow_domains)
        self.shorteners = DomainList(s.shortener_domains)
        lists = [Blocklist.shipped()] if s.shipped_blocklist else []
        lists += [Blocklist.from_file(path) for path in s.blocklist_files]
        self.reputation = Reputation(lists)
        self.extensions = frozenset(e.lower().lstrip(".") for e in s.block_extensions)
        self.tlds = frozenset(t.lower().lstrip(".") for t in s.suspicious_tlds)

    def find(self, text: str) -> list[FoundUrl]:
        """The links in a text (also disguised ones), as this judge sees them."""
        return find_urls(text, self.domains)

    def first(self, text: str) -> tuple[FoundUrl, LinkVerdict] | None:
        """The first link in `text` with a verdict, and the verdict."""
        for url in self.find(text):
            verdict = self.judge(url)
            if verdict is not None:
                return url, verdict
        return None

    def judge(self, url: FoundUrl, *, nested: bool = False) -> LinkVerdict | None:
        """Why this link is a problem, or None when it is not (or is allowed)."""
        host = self.domains.parse(url.host)
        if host is None or self.allowed.allows(host):
            return None
        info: dict[str, Any] = {"host": url.host}
        if host.registrable != host.name:
            info["domain"] = host.registrable
        if self.blocked.match(host):
            return LinkVerdict(Category.MALICIOUS_LINK, 0.99, "blocked domain", info)
        verdict = self.reputation.lookup(host.name)
        if verdict is not None:
            info |= {"reason": verdict.reason, "source": verdict.source}
            return LinkVerdict(verdict.category, verdict.score, "blocklisted domain", info)
        suffix = self._download(url)
        if suffix:
            return LinkVerdict(Category.MALICIOUS_LINK, 0.95, f"direct download .{suffix}", info)
        if not nested:
            inner = self._nested(url)
            if inner is not None:
                return inner
        return self._heuristics(url, host, info)

    def _heuristics(self, url: FoundUrl, host: Host, info: dict[str, Any]) -> LinkVerdict | None:
        s = self.settings
        if s.invite_links:
            target = classify_link(url.host, url.path, url.query)
            if target is not None and target.invite:
                return LinkVerdict(Category.SOLICITATION, 0.97, "group invite link", info | {"target": target.label})
            if target is not None and target.kind in FOREIGN_MESSENGERS and url.path.strip("/"):
                # t.me/someone, wa.me/8613…: a chat outside the group, on an app work groups here do not use
                why = "foreign messenger contact link"
                return LinkVerdict(Category.SOLICITATION, 0.8, why, info | {"target": target.label})
        if host.tld in self.tlds:
            return LinkVerdict(Category.MALICIOUS_LINK, 0.7, f"suspicious TLD .{host.tld}", info)
        if s.shorteners and self.shorteners.match(host):
            return LinkVerdict(self.category, 0.6, "link shortener hides its target", info)
        if s.disguised_links and url.disguised:
            return LinkVerdict(self.category, 0.6, "link disguised to dodge filters", info)
        if s.any_link:
            return LinkVerdict(self.category, 0.5, "link not on the allowlist", info)
        return None

    def _download(self, url: FoundUrl) -> str:
        """The blocked extension of the file the link downloads, from its path or a query value."""
        suffix = _suffix(unquote(url.path).rsplit("/", 1)[-1].split(";", 1)[0])
        if suffix in self.extensions:
            return suffix
        for _, value in parse_qsl(url.query)[:MAX_QUERY_PAIRS]:
            if "://" in value:
                continue  # a link carried in the query: judged whole by _nested
            name = value.strip().rsplit("/", 1)[-1]
            suffix = _suffix(name)
            if suffix in self.extensions and not self._is_domain(name):
                return suffix
        return ""

    def _is_domain(self, name: str) -> bool:
        """Whether a query value like "evil.com" names a site rather than a file."""
        host = self.domains.parse(name)
        return host is not None and self.domains.known_suffix(host)

    def _nested(self, url: FoundUrl) -> LinkVerdict | None:
        """A redirect wrapper: judge the links carried in the query (one level deep)."""
        for _, value in parse_qsl(url.query)[:MAX_QUERY_PAIRS]:
            if "://" not in value and not value.lower().startswith("www."):
                continue
            for inner in self.find(value)[:3]:
                verdict = self.judge(inner, nested=True)
                if verdict is not None:
                    detail = verdict.detail | {"via": url.host}
                    return LinkVerdict(verdict.category, verdict.score, f"{verdict.why} behind a redirect", detail)
        return None


def _suffix(name: str) -> str:
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


class LinkDetector(Detector[LinkSettings]):
    id = "links"
    settings_model = LinkSettings
    default_category = Category.MALICIOUS_LINK
    description = "链接：黑名单域名、可执行文件下载、可疑后缀、短链接、伪装链接、其他群的邀请链接"

    def __init__(self, settings: LinkSettings, *, clause, rulebook) -> None:
        super().__init__(settings, clause=clause, rulebook=rulebook)
        self.judge = LinkJudge(settings, category=self.category)

    def mechanism(self) -> str:
        s = self.settings
        return (
            f"links: {len(s.block_domains)} blocked domains, {len(self.judge.reputation)} blocklists, "
            f"downloads {'/'.join(s.block_extensions[:4])}…, invite links={'on' if s.invite_links else 'off'}"
        )

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent):
            return []
        extensions = self.judge.extensions
        for attachment in event.attachments:  # a virus shared as a group file (一.8 在群内共享里发布病毒)
            name = (attachment.name or "").lower()
            suffix = name.rsplit(".", 1)[-1] if "." in name else ""
            if suffix in extensions:
                return [
                    self.finding(
                        evidence=attachment.name or suffix,
                        score=0.9,
                        category=Category.MALICIOUS_LINK,
                        detail={"file": attachment.name, "why": f"executable file .{suffix}"},
                    )
                ]
        if not event.text or LINK_CHARS.isdisjoint(event.text) or MAYBE_LINK.search(event.text) is None:
            return []
        hit = self.judge.first(event.text)
        if hit is None:
            return []
        url, verdict = hit
        detail = {**verdict.detail, "why": verdict.why}
        rewritten = bool(url.raw) and url.raw != url.url  # shown even when typed in full-width mode (no disguise)
        if rewritten:
            detail["url"] = url.url
        return [
            self.finding(
                evidence=url.raw or url.url,
                score=verdict.score,
                category=verdict.category,
                span=url.span,
                detail=detail,
                revealed_by=f"{url.raw} → {url.url}" if rewritten else "",
            )
        ]
