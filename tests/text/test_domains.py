"""Hosts, registrable domains, allow/block lists and reputation sources — offline."""

from __future__ import annotations

import socket

import pytest

from qungui.core.categories import Category
from qungui.text.domains import (
    Blocklist,
    DomainList,
    DomainParser,
    Reputation,
    ReputationSource,
    Verdict,
    canonical_host,
    clean_domain_entry,
)


@pytest.fixture(scope="module")
def parser() -> DomainParser:
    return DomainParser()


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("WWW.GOV.CN", "www.gov.cn"),
        ("evil.example.", "evil.example"),
        ("www。evil。com", "www.evil.com"),
        ("www．evil．com", "www.evil.com"),
        ("例子.中国", "xn--fsqu00a.xn--fiqs8s"),
        ("XN--FSQU00A.XN--FIQS8S", "xn--fsqu00a.xn--fiqs8s"),
        ("ｅｖｉｌ.com", "evil.com"),
        ("1.2.3.4", "1.2.3.4"),
        ("[2001:DB8::1]", "2001:db8::1"),
        ("", None),
        ("a..b.com", None),
        ("evil com", None),
        ("-evil.com", None),
        ("a" * 64 + ".com", None),
        (("a." * 130) + "com", None),
    ],
)
def test_canonical_host(raw, expected):
    assert canonical_host(raw) == expected


@pytest.mark.parametrize(
    ("host", "registrable", "suffix"),
    [
        ("a.b.evil.example", "evil.example", ""),
        ("www.x.com.cn", "x.com.cn", "com.cn"),
        ("mp.weixin.qq.com", "qq.com", "com"),
        ("evil.github.io", "evil.github.io", "github.io"),
        ("WWW.例子.中国", "xn--fsqu00a.xn--fiqs8s", "xn--fiqs8s"),
        ("192.168.1.10", "192.168.1.10", ""),
    ],
)
def test_registrable_domain(parser, host, registrable, suffix):
    parsed = parser.parse(host)
    assert parsed is not None and (parsed.registrable, parsed.suffix) == (registrable, suffix)


def test_a_file_name_has_no_known_suffix(parser):
    for name, known in [("report.xlsx", False), ("gov.cn", False), ("www.gov.cn", True), ("evil.top", True)]:
        host = parser.parse(name)
        assert host is not None and parser.known_suffix(host) is known, name


def test_the_parser_never_opens_a_socket(monkeypatch):
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)  # recorded too: a library may swallow the error and fall back silently
        raise AssertionError("network access attempted")

    # Imported first: importing requests (through tldextract) makes urllib3 create one AF_INET6
    # socket to probe for IPv6 support. It connects nowhere; what matters is the lookups after.
    import tldextract  # noqa: F401

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    fresh = DomainParser()  # a new extractor loads its suffix list now, under the patch
    parsed = fresh.parse("news.bbc.co.uk")
    assert parsed is not None and parsed.registrable == "bbc.co.uk"
    assert attempts == []


def test_block_entries_cover_subdomains_by_whole_labels(parser):
    blocked = DomainList(["evil.example"])
    assert blocked.match(parser.parse("a.b.evil.example")) == "evil.example"
    assert blocked.match(parser.parse("evil.example")) == "evil.example"
    assert blocked.match(parser.parse("notevil.example")) is None
    assert blocked.match(parser.parse("evil.example.com")) is None


def test_allow_entries_never_vouch_for_lookalikes_or_public_suffixes(parser):
    allowed = DomainList(["qq.com", "github.io", "me.github.io"])
    assert allowed.allows(parser.parse("docs.qq.com")) == "qq.com"
    assert allowed.allows(parser.parse("qq.com.evil.example")) is None
    assert allowed.allows(parser.parse("qq.com-login.top")) is None
    assert allowed.allows(parser.parse("evil.github.io")) is None, "anyone can register under github.io"
    assert allowed.allows(parser.parse("me.github.io")) == "me.github.io"


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("*.evil.com", "evil.com"),
        ("https://www.QQ.com/x?y", "www.qq.com"),
        ("evil.com:8080", "evil.com"),
        (".qq.com", "qq.com"),
    ],
)
def test_admin_entries_are_cleaned(entry, expected):
    assert clean_domain_entry(entry) == expected


def test_an_entry_that_is_no_domain_is_an_error():
    with pytest.raises(ValueError, match="not a domain"):
        clean_domain_entry("不是域名 !")


def test_blocklist_format():
    text = """
    # comment
    bad.example                      # 钓鱼网站
    casino.example  gambling  0.8   # 赌博
    *.plain.example
    """
    blocklist = Blocklist.parse(text, "test.txt")
    assert len(blocklist) == 3
    verdict = blocklist.lookup("www.bad.example")
    assert verdict == Verdict(Category.MALICIOUS_LINK, 0.9, "钓鱼网站", "test.txt:3", "bad.example")
    gambling = blocklist.lookup("casino.example")
    assert gambling is not None and (gambling.category, gambling.score) == (Category.GAMBLING, 0.8)
    assert blocklist.lookup("x.plain.example") is not None
    assert blocklist.lookup("example") is None


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("bad.example nonsense", "unknown category"),
        ("bad.example ad high", "score must be a number"),
        ("bad.example ad 2", r"score must be in \(0, 1\]"),
        ("bad.example ad 0.5 extra", "expected"),
        ("http://", "not a domain"),
    ],
)
def test_blocklist_errors_name_the_line(line, message):
    with pytest.raises(ValueError, match=message) as error:
        Blocklist.parse(f"# header\n{line}\n", "extra.txt")
    assert "extra.txt:2" in str(error.value)


def test_the_shipped_blocklist_loads_and_is_documented():
    shipped = Blocklist.shipped()
    assert 0 < len(shipped) < 1000
    verdict = shipped.lookup("www.grabify.link")
    assert verdict is not None and "IP" in verdict.reason and verdict.source.startswith("blocklist.txt:")
    assert shipped.lookup("www.qq.com") is None


def test_blocklist_files(tmp_path):
    path = tmp_path / "group.txt"
    path.write_text("spam.example ad 0.7 # 刷单广告\n", encoding="utf-8")
    verdict = Blocklist.from_file(path).lookup("a.spam.example")
    assert verdict is not None and verdict.category is Category.AD and verdict.source == "group.txt:1"
    with pytest.raises(ValueError, match="cannot read blocklist"):
        Blocklist.from_file(tmp_path / "missing.txt")


class _FakeFeed:
    def __init__(self) -> None:
        self.asked: list[str] = []

    def lookup(self, domain: str) -> Verdict | None:
        self.asked.append(domain)
        if domain.endswith("feed.example"):
            return Verdict(Category.PORN, 0.85, "来自订阅源", "feed", "feed.example")
        return None


def test_reputation_sources_are_pluggable_and_asked_in_order():
    feed = _FakeFeed()
    source: ReputationSource = feed
    chain = Reputation([Blocklist.parse("first.example\n", "a.txt"), source])
    assert chain.lookup("first.example").source == "a.txt:1"
    assert feed.asked == []
    assert chain.lookup("x.feed.example").category is Category.PORN
    assert chain.lookup("innocent.example") is None
