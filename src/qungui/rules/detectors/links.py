"""Links: blocked domains, direct downloads, suspicious TLDs, group invite links (一.8)."""

from __future__ import annotations

from functools import cached_property

from pydantic import Field

from qungui.core.categories import Category
from qungui.core.events import Event, MessageEvent
from qungui.core.findings import Finding
from qungui.rules.detectors.base import DetectContext, Detector, DetectorSettings
from qungui.text.urls import find_urls, host_matches

INVITE_LINKS = (
    ("weixin.qq.com", "/g/"),
    ("qm.qq.com", "/cgi-bin/qm/qr"),
    ("qm.qq.com", "/q/"),
    ("jq.qq.com", "/"),
    ("t.me", "/joinchat"),
    ("t.me", "/+"),
    ("work.weixin.qq.com", "/gm/"),
    ("chat.whatsapp.com", "/"),
)
SHORTENERS = ("t.cn", "url.cn", "dwz.cn", "bit.ly", "tinyurl.com", "suo.im", "is.gd", "goo.gl", "s.id", "w.url.cn")


class LinkSettings(DetectorSettings):
    block_domains: list[str] = Field(default_factory=list)
    allow_domains: list[str] = Field(default_factory=list)
    block_extensions: list[str] = Field(
        default_factory=lambda: ["apk", "exe", "bat", "cmd", "scr", "msi", "vbs", "jar", "dll", "ps1", "com", "pif"]
    )
    suspicious_tlds: list[str] = Field(
        default_factory=lambda: ["zip", "mov", "top", "xyz", "click", "icu", "cyou", "buzz", "rest", "tk", "ml", "gq"]
    )
    invite_links: bool = Field(default=True, description="report group invite links as solicitation")
    shorteners: bool = Field(default=True, description="report link shorteners (they hide the target)")
    any_link: bool = Field(default=False, description="report every link not on the allowlist")


class LinkDetector(Detector[LinkSettings]):
    id = "links"
    settings_model = LinkSettings
    default_category = Category.MALICIOUS_LINK
    description = "链接：黑名单域名、可执行文件下载、可疑后缀、短链接、其他群的邀请链接"

    @cached_property
    def _sets(self) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
        s = self.settings
        return (
            frozenset(d.lower().lstrip(".") for d in s.block_domains),
            frozenset(d.lower().lstrip(".") for d in s.allow_domains),
            frozenset(e.lower().lstrip(".") for e in s.block_extensions),
            frozenset(t.lower().lstrip(".") for t in s.suspicious_tlds),
        )

    def mechanism(self) -> str:
        s = self.settings
        return (
            f"links: {len(s.block_domains)} blocked domains, downloads {'/'.join(s.block_extensions[:4])}…, "
            f"invite links={'on' if s.invite_links else 'off'}"
        )

    def detect(self, event: Event, ctx: DetectContext) -> list[Finding]:
        if not isinstance(event, MessageEvent):
            return []
        blocked, allowed, extensions, tlds = self._sets
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
        if not event.text or "." not in event.text:
            return []
        for url in find_urls(event.text):
            if host_matches(url.host, allowed):
                continue
            verdict = self._judge(url.host, url.path, blocked, extensions, tlds)
            if verdict is None:
                continue
            category, score, why = verdict
            return [
                self.finding(
                    evidence=url.url,
                    score=score,
                    category=category,
                    span=url.span,
                    detail={"host": url.host, "why": why},
                )
            ]
        return []

    def _judge(
        self,
        host: str,
        path: str,
        blocked: frozenset[str],
        extensions: frozenset[str],
        tlds: frozenset[str],
    ) -> tuple[Category, float, str] | None:
        s = self.settings
        if host_matches(host, blocked):
            return Category.MALICIOUS_LINK, 0.99, "blocked domain"
        suffix = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
        if suffix and suffix in extensions:
            return Category.MALICIOUS_LINK, 0.95, f"direct download .{suffix}"
        if s.invite_links:
            for domain, prefix in INVITE_LINKS:
                if (host == domain or host.endswith("." + domain)) and path.startswith(prefix):
                    return Category.SOLICITATION, 0.97, "group invite link"
        if host.rsplit(".", 1)[-1] in tlds:
            return Category.MALICIOUS_LINK, 0.7, f"suspicious TLD .{host.rsplit('.', 1)[-1]}"
        if s.shorteners and host in SHORTENERS:
            return self.category, 0.6, "link shortener hides its target"
        if s.any_link:
            return self.category, 0.5, "link not on the allowlist"
        return None
