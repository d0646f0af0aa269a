"""Find URLs and domains in chat text, and say what a link points to.

`find_urls` sees links with or without a scheme, also when disguised character for character:
full-width letters (ｗｗｗ．ｅｖｉｌ．ｃｏｍ), full-width or ideographic dots between letters
(www。evil。com), "点" used as a dot (evil点com) and "http：//". The disguise is undone in a same-length
view of the text, so spans still point into the original. A chat app's link spaced out around its dots
and slash ("t . me / shop88", "wa · me / 8613…") is read too, but only for those apps' hosts: spaced
words elsewhere ("ok . com") are ordinary prose far more often than links.

`classify_link` says what a link is for when it belongs to a chat or payment app (a WeChat group
invite, a personal card, a QQ group, a payment code…); the QR detector and the links detector share it.
Where each form was verified is noted next to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from typing import TYPE_CHECKING
from urllib.parse import unquote, urlsplit

from qungui.text.domains import canonical_host

if TYPE_CHECKING:
    from qungui.text.domains import DomainParser

MAX_URL_CHARS = 8192
MAX_URLS = 100
_STOP = "\\s\u3000，。！？、；：“”‘’（）()<>【】《》「」\"'"
_CANDIDATE = re.compile(
    rf"(?:(?:https?|ftp)://|www\.)[^{_STOP}]+"
    rf"|(?<![A-Za-z0-9.@_-])(?P<host>(?:[A-Za-z0-9-]{{1,63}}\.){{1,16}}(?:[A-Za-z]{{2,24}}|xn--[A-Za-z0-9-]{{1,59}}))"
    rf"(?![A-Za-z0-9_-])(?::\d{{2,5}})?(?:[/?#][^{_STOP}]*)?"
    rf"|(?<![A-Za-z0-9.])(?P<ip>(?:\d{{1,3}}\.){{3}}\d{{1,3}})(?:(?::\d{{2,5}})(?:/[^{_STOP}]*)?|/[^{_STOP}]*)",
    re.IGNORECASE,
)
# Bare names that are file names, not hosts, when nothing follows them ("报表.xlsx", "app.zip").
_FILE_SUFFIXES = frozenset(
    {"jpg", "jpeg", "png", "gif", "bmp", "webp", "txt", "doc", "docx", "xls", "xlsx", "pdf", "ppt", "pptx", "csv"}
    | {"json", "xml", "md", "py", "js", "sh", "log", "zip", "rar", "7z", "mov", "mp3", "mp4", "avi", "mkv", "wav"}
)
# Character-for-character undoing of disguises: full-width letters and digits always, dot look-alikes only
# between ASCII letters or digits ("OK。Thanks" is still no link: "thanks" is no public suffix).
_FULLWIDTH = {code: code - 0xFEE0 for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B), *range(0xFF41, 0xFF5B))}
_FULLWIDTH |= {0xFF0E: ord("."), 0xFF0F: ord("/"), 0xFF20: ord("@"), 0xFF3F: ord("_"), 0xFF0D: ord("-")}
_DOT_CHARS = "。｡﹒․点點"
_DOT_LIKE = re.compile(rf"(?<=[A-Za-z0-9])[{_DOT_CHARS}](?=[A-Za-z0-9])")
_COLON_LIKE = re.compile(r"(?<=[A-Za-z])：(?=//)")
# Spaced chat-app links: gaps around the dots (which may also be written · or •) and slashes.
_SPACED_DOTS = f"[{_DOT_CHARS}·•]"
# Every character `find_urls` reads as a dot: ASCII, full-width (via `_FULLWIDTH`), the look-alikes, and the spaced
# links' middle dots. No link is read in a text without one of them (the links detector's cheap gate).
LINK_DOTS = frozenset(".．" + _DOT_CHARS + "·•")
_GAP_CHAR = r"[\s\u3000*|]"
_GAP = _GAP_CHAR + "*"
_SPACED = re.compile(
    rf"(?<![A-Za-z0-9.])(?P<host>[A-Za-z0-9-]{{1,24}}(?:{_GAP}(?:\.|{_SPACED_DOTS}){_GAP}[A-Za-z0-9-]{{1,24}}){{1,4}})"
    rf"{_GAP}/{_GAP}(?P<path>[A-Za-z0-9_+\-]{{1,64}}(?:{_GAP}/{_GAP}[A-Za-z0-9_+\-]{{1,64}}){{0,3}})"
)
_SPACE_CHARS = re.compile(_GAP_CHAR + "+")
_DOTS = re.compile(_SPACED_DOTS)


@dataclass(frozen=True, slots=True)
class FoundUrl:
    """A link in a text. `url` is the link as meant (disguises undone), `raw` as written."""

    url: str
    host: str
    path: str
    span: tuple[int, int]
    query: str = ""
    raw: str = ""
    disguised: bool = False


def link_view(text: str) -> str:
    """`text` with link disguises undone character for character (same length, same offsets)."""
    view = text.translate(_FULLWIDTH)
    view = _DOT_LIKE.sub(".", view)
    return _COLON_LIKE.sub(":", view)


_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")


def _full_width_mode(text: str, original: str, raw: str) -> bool:
    """Whether the link differs from what it means only by full-width characters in a message with no ASCII
    letter or digit at all: how an input method in full-width mode types, not a disguise."""
    return _ASCII_ALNUM.search(text) is None and original.translate(_FULLWIDTH).replace("：", ":") == raw


def find_urls(text: str, domains: DomainParser | None = None) -> list[FoundUrl]:
    """Every link in `text`, with its canonical host (IDNs as punycode), path and query.

    With `domains`, a link written without a scheme counts only when it ends in a real public
    suffix ("report.xlsx", "v1.2.3" are no links); without, any 2–24 letter ending counts unless it
    is a common file extension. Work is bounded: at most MAX_URLS links, each parsed from at most
    MAX_URL_CHARS characters.
    """
    view = link_view(text)
    found: list[FoundUrl] = []
    for match in _CANDIDATE.finditer(view):
        raw = match.group(0).rstrip(".,;:!?)")
        if not raw:
            continue
        bare = match.group("host") or match.group("ip")
        url = _parse(raw[:MAX_URL_CHARS], bare is not None, domains)
        if url is None:
            continue
        host, path, query = url
        start = match.start()
        original = text[start : start + len(raw)]
        disguised = original != raw and not _full_width_mode(text, original, raw)
        found.append(FoundUrl(raw, host, path, (start, start + len(raw)), query, original, disguised))
        if len(found) >= MAX_URLS:
            break
    if "/" in view and len(found) < MAX_URLS:
        found += _spaced_app_links(text, view, found)[: MAX_URLS - len(found)]
    return found


def _spaced_app_links(text: str, view: str, found: list[FoundUrl]) -> list[FoundUrl]:
    """Chat-app links written with gaps around their dots and slashes, not overlapping `found`."""
    out: list[FoundUrl] = []
    for match in _SPACED.finditer(view[:MAX_URL_CHARS]):
        start, end = match.span()
        if any(f.span[0] < end and start < f.span[1] for f in found):
            continue
        host = _DOTS.sub(".", _SPACE_CHARS.sub("", match.group("host"))).lower()
        if host not in _APP_HOSTS:
            continue
        path = "/" + _SPACE_CHARS.sub("", match.group("path"))
        out.append(FoundUrl(host + path, host, path, (start, end), "", text[start:end], True))
    return out


def _parse(raw: str, bare: bool, domains: DomainParser | None) -> tuple[str, str, str] | None:
    candidate = raw if "://" in raw else f"http://{raw}"
    # Browsers read a backslash as a slash in web URLs: "http://evil.com\@qq.com" goes to evil.com.
    candidate = candidate.replace("\\", "/")
    try:
        parts = urlsplit(candidate)
        hostname = parts.hostname or ""
    except ValueError:
        return None
    host = canonical_host(unquote(hostname))  # "ev%69l.com" is evil.com to a browser
    if host is None or ("." not in host and ":" not in host):
        return None
    path = parts.path or ""
    if bare and not path and not parts.query:
        if domains is not None:
            parsed = domains.parse(host)
            if parsed is None or not (parsed.ip or domains.known_suffix(parsed)):
                return None
        if host.rsplit(".", 1)[-1] in _FILE_SUFFIXES:
            return None  # "报表.xlsx" is a file name, not a link
    return host, path, parts.query


def host_matches(host: str, domains: frozenset[str]) -> str | None:
    """The entry of `domains` that `host` equals or is a subdomain of, if any."""
    parts = host.split(".")
    for index in range(len(parts) - 1):
        candidate = ".".join(parts[index:])
        if candidate in domains:
            return candidate
    return None


class PayloadKind(StrEnum):
    """What a link or a scanned code points to."""

    WECHAT_GROUP = "wechat_group"
    WECHAT_CONTACT = "wechat_contact"
    WECHAT_OFFICIAL = "wechat_official"
    QQ_GROUP = "qq_group"
    QQ_CONTACT = "qq_contact"
    WECOM_GROUP = "wecom_group"
    WECOM_CONTACT = "wecom_contact"
    TELEGRAM = "telegram"
    WHATSAPP = "whatsapp"
    PAYMENT = "payment"
    URL = "url"
    APP_LINK = "app_link"
    CONTACT_CARD = "contact_card"
    WIFI = "wifi"
    PRODUCT_CODE = "product_code"
    TEXT = "text"


LABELS: dict[PayloadKind, str] = {
    PayloadKind.WECHAT_GROUP: "微信群邀请",
    PayloadKind.WECHAT_CONTACT: "微信个人名片",
    PayloadKind.WECHAT_OFFICIAL: "微信公众号",
    PayloadKind.QQ_GROUP: "QQ群",
    PayloadKind.QQ_CONTACT: "QQ名片",
    PayloadKind.WECOM_GROUP: "企业微信群邀请",
    PayloadKind.WECOM_CONTACT: "企业微信名片",
    PayloadKind.TELEGRAM: "Telegram 链接",
    PayloadKind.WHATSAPP: "WhatsApp 链接",
    PayloadKind.PAYMENT: "收款码",
    PayloadKind.URL: "链接",
    PayloadKind.APP_LINK: "应用跳转链接",
    PayloadKind.CONTACT_CARD: "联系方式名片",
    PayloadKind.WIFI: "Wi-Fi 配置",
    PayloadKind.PRODUCT_CODE: "商品条码",
    PayloadKind.TEXT: "文字",
}


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """What an app link is for; `invite` when it brings people into another group."""

    kind: PayloadKind
    label: str
    invite: bool = False


# (host, path prefix, kind, label, invite). Hosts match exactly (or with "www."); path prefixes
# case-insensitively (Alipay codes are upper-case: HTTPS://QR.ALIPAY.COM/FKX…). Sources: the WeChat
# Android client's scanner code (QRCodeLogic prefix tables: weixin.qq.com/g/, u.wechat.com/,
# work.weixin.qq.com/u/ and /ct/, wx.tenpay.com/f2f, payapp.weixin.qq.com/qr/, weixin.qq.com/r/ and
# /q/; QBarStringHandler: payapp.wechatpay.cn/qr/ and /sjt/qr/), Telegram's deep-link documentation
# (t.me, telegram.me, telegram.dog; joinchat/, +), WhatsApp's click-to-chat format (wa.me,
# api.whatsapp.com/send, chat.whatsapp.com), and payloads published in open-source projects
# (qm.qq.com/cgi-bin/qm/qr, qm.qq.com/q/, jq.qq.com, wpa.qq.com/msgrd, work.weixin.qq.com/gm/ and /ca/,
# payapp.weixin.qq.com/qrpay/, qr.alipay.com, i.qianbao.qq.com/wallet/sqrcode, qr.95516.com).
_APP_LINKS: tuple[tuple[str, str, PayloadKind, str, bool], ...] = (
    ("weixin.qq.com", "/g/", PayloadKind.WECHAT_GROUP, "微信群邀请", True),
    ("weixin.qq.com", "/r/", PayloadKind.WECHAT_CONTACT, "微信名片/公众号", False),
    ("weixin.qq.com", "/q/", PayloadKind.WECHAT_OFFICIAL, "微信公众号", False),
    ("u.wechat.com", "/", PayloadKind.WECHAT_CONTACT, "微信个人名片", False),
    ("work.weixin.qq.com", "/gm/", PayloadKind.WECOM_GROUP, "企业微信群邀请", True),
    ("work.weixin.qq.com", "/u/", PayloadKind.WECOM_CONTACT, "企业微信名片", False),
    ("work.weixin.qq.com", "/ct/", PayloadKind.WECOM_CONTACT, "企业微信名片", False),
    ("work.weixin.qq.com", "/ca/", PayloadKind.WECOM_CONTACT, "企业微信获客链接", False),
    ("qm.qq.com", "/cgi-bin/qm/qr", PayloadKind.QQ_CONTACT, "QQ名片/QQ群", True),
    ("qm.qq.com", "/q/", PayloadKind.QQ_CONTACT, "QQ名片/QQ群", True),
    ("jq.qq.com", "/", PayloadKind.QQ_GROUP, "QQ群邀请", True),
    ("wpa.qq.com", "/msgrd", PayloadKind.QQ_CONTACT, "QQ临时会话", False),
    ("t.me", "/joinchat", PayloadKind.TELEGRAM, "Telegram 群邀请", True),
    ("t.me", "/+", PayloadKind.TELEGRAM, "Telegram 群邀请", True),
    ("t.me", "/", PayloadKind.TELEGRAM, "Telegram 链接", False),
    ("telegram.me", "/joinchat", PayloadKind.TELEGRAM, "Telegram 群邀请", True),
    ("telegram.me", "/", PayloadKind.TELEGRAM, "Telegram 链接", False),
    ("telegram.dog", "/", PayloadKind.TELEGRAM, "Telegram 链接", False),
    ("chat.whatsapp.com", "/", PayloadKind.WHATSAPP, "WhatsApp 群邀请", True),
    ("wa.me", "/", PayloadKind.WHATSAPP, "WhatsApp 联系人", False),
    ("api.whatsapp.com", "/send", PayloadKind.WHATSAPP, "WhatsApp 联系人", False),
    ("wx.tenpay.com", "/f2f", PayloadKind.PAYMENT, "微信收款码", False),
    ("payapp.weixin.qq.com", "/qr/", PayloadKind.PAYMENT, "微信收款码", False),
    ("payapp.weixin.qq.com", "/sjt/qr", PayloadKind.PAYMENT, "微信收款码", False),
    ("payapp.weixin.qq.com", "/qrpay/", PayloadKind.PAYMENT, "微信赞赏/收款码", False),
    ("payapp.wechatpay.cn", "/qr/", PayloadKind.PAYMENT, "微信收款码", False),
    ("payapp.wechatpay.cn", "/sjt/qr", PayloadKind.PAYMENT, "微信收款码", False),
    ("qr.alipay.com", "/", PayloadKind.PAYMENT, "支付宝收款码", False),
    ("i.qianbao.qq.com", "/wallet/sqrcode", PayloadKind.PAYMENT, "QQ钱包收款码", False),
    ("qr.95516.com", "/", PayloadKind.PAYMENT, "云闪付收款码", False),
)


_APP_HOSTS = frozenset(host for entry in _APP_LINKS for host in (entry[0], "www." + entry[0]))


def classify_link(host: str, path: str, query: str = "") -> LinkTarget | None:
    """What a link on `host` (canonical) with `path` is for, when it belongs to a chat or payment app."""
    path = path.lower() or "/"
    for domain, prefix, kind, label, invite in _APP_LINKS:
        if (host == domain or host == "www." + domain) and path.startswith(prefix):
            if kind is PayloadKind.QQ_CONTACT and invite and "group_code=" in query.lower():
                return LinkTarget(PayloadKind.QQ_GROUP, "QQ群邀请", True)
            return LinkTarget(kind, label, invite)
    return None
