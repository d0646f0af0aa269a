"""Links and QR codes through the engine: domains, disguised links, downloads, shorteners, blocklists,
and QR codes in images (judged with the same link judgement)."""

from __future__ import annotations

import socket
import time
from pathlib import Path

import pytest

from qungui.core.events import Attachment, MessageKind
from qungui.rules.compiled import compile_rulebook
from qungui.rules.detectors import builtin_detectors
from qungui.rules.detectors.qr import QrDetector
from qungui.rules.loader import RulebookError, parse_rulebook
from qungui.text.urls import find_urls
from support import Scenario

QR_DATA = Path(__file__).resolve().parent.parent / "data" / "qr"
REGISTRY = {**builtin_detectors(), "qr": QrDetector}

RULES = """
name: t
title: t
group_kind: custom
ladders:
  warn: {{title: 警告, steps: [{{action: warn}}]}}
clauses:
  - {{id: 一.8, text: 不准发带病毒网址，不允许在本群拉人去其他群, title: 不发病毒网址, enforcement: auto, ladder: warn,
     detectors: [{detectors}]}}
"""


def scenario(detectors: str) -> Scenario:
    book = compile_rulebook(parse_rulebook(RULES.format(detectors=detectors), registry=REGISTRY), REGISTRY)
    return Scenario(book=book)


def why(decision) -> str | None:
    return decision.findings[0].detail["why"] if decision.findings else None


def test_blocked_domains_match_registrable_domains_and_subdomains():
    s = scenario("{type: links, settings: {block_domains: ['evil.example', 'https://www.bad.example/x']}}")
    for text in ["https://a.b.evil.example/x", "http://EVIL.EXAMPLE./", "看 https://cdn.www.bad.example/"]:
        assert why(s.say("u1", text)) == "blocked domain", text
    assert s.say("u1", "https://notevil.example/ 和 https://evil.example.com/").findings == ()


@pytest.mark.parametrize(
    "text",
    ["http://evil.example\\@qq.com/x", "http://ev%69l.example/", "http://qq.com@evil.example/", "http://[evil.example"],
)
def test_hosts_are_read_the_way_browsers_read_them(text):
    s = scenario("{type: links, settings: {block_domains: [evil.example]}}")
    decision = s.say("u1", text)
    assert why(decision) == ("blocked domain" if "[" not in text else None), text


def test_idn_and_ip_entries_match_every_spelling():
    s = scenario("{type: links, settings: {block_domains: ['例子.中国', '203.0.113.7']}}")
    for text in [
        "http://www.例子.中国/x",
        "https://WWW.XN--FSQU00A.XN--FIQS8S/",
        "http://203.0.113.7:8080/a",
        "203.0.113.7/x",
    ]:
        assert why(s.say("u1", text)) == "blocked domain", text


def test_an_allowed_domain_does_not_allow_lookalikes():
    s = scenario(
        "{type: links, settings: {allow_domains: [qq.com], block_domains: [qq.com.evil.example], any_link: true}}"
    )
    assert s.say("u1", "https://docs.qq.com/doc/DV2x").findings == ()
    assert why(s.say("u1", "https://qq.com.evil.example/login")) == "blocked domain"
    assert why(s.say("u1", "https://qq.com-login.top/")) == "suspicious TLD .top"
    assert why(s.say("u1", "https://www.example.org/")) == "link not on the allowlist"


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("加我看 www。evil。top 有惊喜", "www.evil.top"),
        ("ｗｗｗ．ｅｖｉｌ．ｔｏｐ", "www.evil.top"),
        ("打开 evil点top/x", "evil.top"),
        ("http：//evil.top/x", "evil.top"),
    ],
)
def test_full_width_and_spoken_dots_are_links_too(text, host):
    s = scenario("{type: links}")
    finding = s.say("u1", text).findings[0]
    assert finding.detail["host"] == host and finding.detail["why"] == "suspicious TLD .top"
    start, end = finding.span
    assert text[start:end] == finding.evidence and "→" in finding.revealed_by


def test_a_disguised_link_is_itself_suspicious():
    s = scenario("{type: links}")
    finding = s.say("u1", "优惠在 www。shop-example。com").findings[0]
    assert (
        finding.detail["why"] == "link disguised to dodge filters" and finding.detail["url"] == "www.shop-example.com"
    )
    off = scenario("{type: links, settings: {disguised_links: false}}")
    assert off.say("u1", "优惠在 www。shop-example。com").findings == ()


@pytest.mark.parametrize(
    "text",
    [
        "http://dl.example.com/tool.apk",
        "https://dl.example.com/get?file=tool.apk",
        "https://dl.example.com/download.php?name=%E5%8F%91%E7%A5%A8.exe&x=1",
        "https://dl.example.com/a/b/setup.msi;jsessionid=1",
        "https://dl.example.com/invoice.pdf.exe",
    ],
)
def test_downloads_in_paths_and_query_strings(text):
    s = scenario("{type: links}")
    finding = s.say("u1", text).findings[0]
    assert finding.category.value == "malicious_link" and finding.detail["why"].startswith("direct download .")


def test_a_domain_in_a_query_is_not_a_com_download():
    s = scenario("{type: links}")
    assert s.say("u1", "https://sso.example.cn/login?next=www.qq.com").findings == ()


def test_links_behind_a_redirect_are_judged():
    s = scenario("{type: links}")
    decision = s.say("u1", "https://www.baidu.com/link?url=http%3A%2F%2Fdl.example.com%2Fx.apk")
    assert why(decision) == "direct download .apk behind a redirect"


@pytest.mark.parametrize(
    "text",
    [
        "http://t.cn/A6abc",
        "url.cn/5abc",
        "https://w.url.cn/s/abc",
        "dwz.cn/abc",
        "suo.im/abc",
        "bit.ly/3abc",
        "0x3.me/abc",
    ],
)
def test_shorteners(text):
    s = scenario("{type: links}")
    assert why(s.say("u1", text)) == "link shortener hides its target"


def test_platform_share_links_are_not_shorteners():
    s = scenario("{type: links}")
    for text in [
        "https://v.douyin.com/iAbCdE/",
        "https://b23.tv/AbCdE",
        "http://xhslink.com/a/AbC",
        "https://m.tb.cn/h.abc",
    ]:
        assert s.say("u1", text).findings == (), text


def test_invite_links_are_solicitation():
    s = scenario("{type: links}")
    for text in ["进群 https://weixin.qq.com/g/AbCdEf", "https://jq.qq.com/?_wv=1027&k=5vLnXPJ", "t.me/+AbCdEf12"]:
        finding = s.say("u1", text).findings[0]
        assert finding.category.value == "solicitation" and finding.detail["why"] == "group invite link", text


@pytest.mark.parametrize(
    ("text", "url"),
    [
        ("进群聊 t . me / +Xy7kQ2 名额不多", "t.me/+Xy7kQ2"),
        ("纸飞机 t · me / joinchat / Ab12Cd", "t.me/joinchat/Ab12Cd"),
        ("chat . whatsapp . com / Kq81ZZ 团购群", "chat.whatsapp.com/Kq81ZZ"),
        ("weixin ． qq ． com / g / Ha9Kd2 进来领券", "weixin.qq.com/g/Ha9Kd2"),
    ],
)
def test_chat_app_invites_spaced_around_dots_and_slashes(text, url):
    s = scenario("{type: links}")
    finding = s.say("u1", text).findings[0]
    assert finding.category.value == "solicitation" and finding.detail["why"] == "group invite link", text
    assert finding.detail["url"] == url
    start, end = finding.span
    assert text[start:end] == finding.evidence != url


@pytest.mark.parametrize(
    "text", ["ok . com / hello 不是链接", "数据见 a . b / c 两行", "比分 3 . 5 / 2 落后", "t . m / e"]
)
def test_spaced_words_that_are_no_chat_app_link_stay_clean(text):
    assert find_urls(text) == []


def test_ordinary_links_stay_clean_by_default():
    s = scenario("{type: links}")
    clean = [
        "官网 https://www.gov.cn/zhengce/content/2024-01/01/content_1.htm 的通知",
        "公司主页 https://www.huawei.com/cn/ ，报名表 https://docs.qq.com/form/page/DV2x",
        "这篇文章 https://mp.weixin.qq.com/s/AbCdEfGh 写得好",
        "资料在 https://pan.baidu.com/s/1AbC 提取码 abcd",
        "代码 https://github.com/org/repo/releases 和 www.12306.cn",
        "报表见 2024年报.xlsx，版本 v1.2.3 已发布，会议 3点30",
        "邮箱 zhangsan@qq.com",
        "内网 OA http://192.168.1.10:8080/oa",
        "例子.中国 和 http://例子.中国/",
    ]
    for text in clean:
        assert s.say("u2", text).findings == (), text


def test_the_shipped_blocklist_and_extra_blocklist_files(tmp_path):
    extra = tmp_path / "group-blocklist.txt"
    extra.write_text("# 本群补充\nspam.example ad 0.75 # 刷单平台\n", encoding="utf-8")
    s = scenario(f"{{type: links, settings: {{blocklist_files: ['{extra.as_posix()}']}}}}")
    logger = s.say("u1", "点这个看照片 https://grabify.link/ABC123").findings[0]
    assert logger.detail["why"] == "blocklisted domain" and "IP" in logger.detail["reason"]
    spam = s.say("u1", "注册 https://www.spam.example/").findings[0]
    assert (spam.category.value, spam.score, spam.detail["reason"]) == ("ad", 0.75, "刷单平台")
    off = scenario("{type: links, settings: {shipped_blocklist: false}}")
    assert off.say("u1", "https://grabify.link/ABC123").findings == ()


def test_settings_errors_surface_when_the_rulebook_loads(tmp_path):
    missing = tmp_path / "missing.txt"
    with pytest.raises(RulebookError) as error:
        parse_rulebook(
            RULES.format(detectors=f"{{type: links, settings: {{blocklist_files: ['{missing.as_posix()}']}}}}")
        )
    assert "cannot read blocklist" in str(error.value)
    with pytest.raises(RulebookError) as error:
        parse_rulebook(RULES.format(detectors="{type: links, settings: {block_domains: ['not a domain!']}}"))
    assert "not a domain" in str(error.value)


@pytest.mark.parametrize(
    "text",
    [
        "http://evil.example/" + "a" * 1_000_000,
        "a." * 10_000 + "com",
        "." * 10_000,
        "http://" + "a." * 10_000 + "com",
        "a" * 1_000_000,
        "www。" * 100_000,
        "https://x.example/?" + "a=b.apk&" * 50_000,
        "https://evil.example/ " * 20_000,
        "t" + " . t" * 200_000 + " / x",
        "a" + " " * 1_000_000 + "/ b",
    ],
)
def test_hostile_inputs_finish_in_bounded_time(text):
    s = scenario("{type: links, settings: {block_domains: [evil.example]}}")
    start = time.perf_counter()
    s.say("u1", text)
    find_urls(text)
    assert time.perf_counter() - start < 3.0  # a ceiling against quadratic blow-ups, not a benchmark


def test_links_never_open_a_socket(monkeypatch):
    s = scenario("{type: links}")
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("network access attempted")

    for name in ("socket", "create_connection", "getaddrinfo", "gethostbyname"):
        monkeypatch.setattr(socket, name, refuse)
    s.say("u1", "https://grabify.link/x http://t.cn/abc https://weixin.qq.com/g/x www。evil。top")
    assert attempts == []


# QR codes in images, through the engine (the registry line for `qr` is added by hand here).


def image(name: str, kind: MessageKind = MessageKind.IMAGE, mime: str | None = "image/png", **extra) -> dict:
    data = (QR_DATA / name).read_bytes()
    return {"kind": kind, "attachments": (Attachment(name=name, mime=mime, size=len(data), data=data, **extra),)}


def test_group_invites_and_personal_cards_in_images_are_solicitation():
    s = scenario("{type: qr}")
    invite = s.say("u1", **image("group_invite.png")).findings[0]
    assert invite.category.value == "solicitation" and invite.score == 0.97 and invite.clause == "一.8"
    assert (
        invite.evidence.startswith("二维码：微信群邀请 https://weixin.qq.com/g/") and invite.revealed_by == "二维码识别"
    )
    assert invite.detail["kind"] == "wechat_group" and invite.detail["image"] == "group_invite.png"
    for name in ["screenshot.jpg", "rotated.png", "transparent.png", "personal_card.png", "qq_group.png"]:
        decision = s.say("u1", **image(name))
        assert decision.findings and decision.findings[0].category.value == "solicitation", name


def test_payment_codes_are_ads_unless_the_group_allows_them():
    s = scenario("{type: qr}")
    for name in ["payment_wechat.png", "payment_alipay.png"]:
        finding = s.say("u1", **image(name)).findings[0]
        assert (finding.category.value, finding.score) == ("ad", 0.8) and "收款码" in finding.evidence
    store = scenario("{type: qr, settings: {payloads: {payment: null}}}")
    assert store.say("u1", **image("payment_wechat.png")).findings == ()
    store_false = scenario(
        "{type: qr, settings: {payloads: {payment: false, wechat_contact: {category: ad, score: 0.5}}}}"
    )
    assert store_false.say("u1", **image("payment_alipay.png")).findings == ()
    card = store_false.say("u1", **image("personal_card.png")).findings[0]
    assert (card.category.value, card.score) == ("ad", 0.5)


def test_scanned_links_get_the_links_judgement():
    s = scenario("{type: qr, settings: {links: {block_domains: [gov.cn]}}}")
    download = s.say("u1", **image("download_url.png")).findings[0]
    assert download.category.value == "malicious_link" and download.detail["why"] == "direct download .apk"
    assert download.evidence == "二维码：链接 http://dl.example.com/tool.apk"
    assert s.say("u1", **image("plain_url.png")).findings[0].detail["why"] == "blocked domain"
    quiet = scenario("{type: qr, settings: {links: null}}")
    assert quiet.say("u1", **image("download_url.png")).findings == ()


def test_innocent_images_stay_clean():
    s = scenario("{type: qr}")
    for name in ["plain_url.png", "wifi.png", "product_code.png", "photo.jpg", "truncated.png"]:
        assert s.say("u1", **image(name)).findings == (), name
    garbage = Attachment(name="x.png", mime="image/png", data=b"\x89PNG not really")
    assert s.say("u1", kind=MessageKind.IMAGE, attachments=(garbage,)).findings == ()


def test_files_are_scanned_only_when_they_are_images():
    s = scenario("{type: qr}")
    assert s.say("u1", **image("group_invite.png", kind=MessageKind.FILE)).findings
    assert s.say("u1", **image("group_invite.png", kind=MessageKind.FILE, mime=None)).findings, "image by its name"
    pdf = image("group_invite.png", kind=MessageKind.FILE, mime="application/pdf")
    pdf["attachments"] = (pdf["attachments"][0].model_copy(update={"name": "scan.pdf"}),)
    assert s.say("u1", **pdf).findings == ()
    assert s.say("u1", **image("group_invite.png", kind=MessageKind.VOICE)).findings == ()


def test_images_given_only_by_url_are_skipped_without_any_network(monkeypatch):
    s = scenario("{type: qr}")
    attempts: list[tuple] = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise AssertionError("network access attempted")

    for name in ("socket", "create_connection", "getaddrinfo"):
        monkeypatch.setattr(socket, name, refuse)
    remote = Attachment(name="qr.png", mime="image/png", url="https://cdn.example.com/qr.png", size=2048)
    assert s.say("u1", kind=MessageKind.IMAGE, attachments=(remote,)).findings == ()
    assert s.say("u1", **image("group_invite.png")).findings
    assert attempts == []


def test_oversized_images_are_not_scanned():
    s = scenario("{type: qr, settings: {max_image_bytes: 50000}}")
    assert s.say("u1", **image("screenshot.jpg", mime="image/jpeg")).findings == ()
    assert s.say("u1", **image("group_invite.png")).findings


def test_qr_settings_errors_surface_when_the_rulebook_loads():
    for settings, message in [
        ("{formats: [QRCode, NoSuchCode]}", "NoSuchCode"),
        ("{payloads: {no_such_kind: null}}", "no_such_kind"),
        ("{payloads: {payment: {category: nonsense}}}", "payloads.payment.category"),
    ]:
        with pytest.raises(RulebookError) as error:
            parse_rulebook(RULES.format(detectors=f"{{type: qr, settings: {settings}}}"), registry=REGISTRY)
        assert message in str(error.value), settings


def test_the_same_code_twice_in_one_message_is_one_finding():
    s = scenario("{type: qr}")
    one = image("group_invite.png")["attachments"][0]
    decision = s.say("u1", kind=MessageKind.IMAGE, attachments=(one, one.model_copy(update={"name": "again.png"})))
    assert len(decision.findings) == 1
