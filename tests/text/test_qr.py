"""Decoding QR codes from image bytes within limits, and classifying what their payloads point to.

Fixture images live in tests/data/qr (made by tests/data/qr/make_fixtures.py with segno); the
hostile ones (pixel bombs, huge images) are built here with Pillow.
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

import pytest
from PIL import Image

from qungui.text.qr import QrReader, ScanLimits, ScanStatus, classify_payload
from qungui.text.urls import PayloadKind

FIXTURES = Path(__file__).resolve().parent.parent / "data" / "qr"


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture(scope="module")
def reader() -> QrReader:
    return QrReader()


@pytest.mark.parametrize(
    ("name", "kind", "starts"),
    [
        ("group_invite.png", PayloadKind.WECHAT_GROUP, "https://weixin.qq.com/g/"),
        ("personal_card.png", PayloadKind.WECHAT_CONTACT, "https://u.wechat.com/"),
        ("payment_wechat.png", PayloadKind.PAYMENT, "wxp://f2f0"),
        ("payment_alipay.png", PayloadKind.PAYMENT, "HTTPS://QR.ALIPAY.COM/"),
        ("qq_group.png", PayloadKind.QQ_GROUP, "https://qm.qq.com/"),
        ("plain_url.png", PayloadKind.URL, "https://www.gov.cn/"),
        ("download_url.png", PayloadKind.URL, "http://dl.example.com/"),
        ("wifi.png", PayloadKind.WIFI, "WIFI:"),
        ("product_code.png", PayloadKind.PRODUCT_CODE, "690"),
        ("screenshot.jpg", PayloadKind.WECHAT_GROUP, "https://weixin.qq.com/g/"),
        ("rotated.png", PayloadKind.WECHAT_CONTACT, "https://u.wechat.com/"),
        ("transparent.png", PayloadKind.WECHAT_GROUP, "https://weixin.qq.com/g/"),
    ],
)
def test_fixture_codes_decode_and_classify(reader, name, kind, starts):
    result = reader.read(fixture(name))
    assert result.status is ScanStatus.FOUND, result.reason
    (code,) = result.codes
    assert code.format == "QRCode" and code.text.startswith(starts)
    assert classify_payload(code.text, code.format).kind is kind


def test_a_photo_without_a_code(reader):
    result = reader.read(fixture("photo.jpg"))
    assert result.status is ScanStatus.NO_CODE and result.codes == () and result.size == (640, 480)


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (b"", ScanStatus.NOT_IMAGE),
        (b"hello, this is not an image", ScanStatus.NOT_IMAGE),
        (os.urandom(4096), ScanStatus.NOT_IMAGE),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, ScanStatus.NOT_IMAGE),
        (b"<svg xmlns='http://www.w3.org/2000/svg'/>", ScanStatus.NOT_IMAGE),
    ],
)
def test_non_images_give_a_reason_not_an_exception(reader, data, status):
    result = reader.read(data)
    assert result.status is status and result.reason and result.codes == ()


def test_truncated_image_data_is_corrupt(reader):
    result = reader.read(fixture("truncated.png"))
    assert result.status is ScanStatus.CORRUPT and "cannot decode" in result.reason


def test_too_many_bytes_are_refused_before_decoding():
    small = QrReader(ScanLimits(max_bytes=1024))
    result = small.read(fixture("screenshot.jpg"))
    assert result.status is ScanStatus.TOO_LARGE and "over 1024" in result.reason


def _png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a size but carries almost no pixel data: a decompression bomb's header."""

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\x00")) + chunk(b"IEND", b"")


@pytest.mark.parametrize("side", [5000, 7000, 60000])
def test_too_many_pixels_are_refused_from_the_header(reader, side):
    result = reader.read(_png_header_only(side, side))
    assert result.status is ScanStatus.TOO_MANY_PIXELS and result.codes == ()


def test_lossless_images_have_their_own_pixel_limit():
    header = _png_header_only(3000, 3000)
    assert QrReader(ScanLimits(max_lossless_pixels=8_000_000)).read(header).status is ScanStatus.TOO_MANY_PIXELS
    assert "PNG, over 8000000 pixels" in QrReader(ScanLimits(max_lossless_pixels=8_000_000)).read(header).reason
    assert QrReader().read(header).status is ScanStatus.CORRUPT, (
        "9 Mpx PNG passes the default limit, then fails to decode"
    )


def test_large_images_are_scaled_down_before_scanning():
    canvas = Image.new("L", (6000, 4000), 250)
    code = Image.open(io.BytesIO(fixture("group_invite.png"))).convert("L")
    canvas.paste(code.resize((900, 900), Image.Resampling.NEAREST), (4500, 2600))
    buffer = io.BytesIO()
    canvas.save(buffer, format="JPEG", quality=85)
    reader = QrReader(ScanLimits(decode_pixels=2_000_000))
    result = reader.read(buffer.getvalue())
    assert result.status is ScanStatus.FOUND and result.size == (6000, 4000)
    width, height = result.scanned_size
    assert width * height <= 2_000_000


def test_unknown_barcode_formats_are_a_settings_error():
    with pytest.raises(ValueError, match="unknown barcode format"):
        QrReader(ScanLimits(formats=("QRCode", "NoSuchCode")))


@pytest.mark.parametrize(
    ("payload", "kind"),
    [
        ("https://weixin.qq.com/g/AbCdEf", PayloadKind.WECHAT_GROUP),
        ("http://weixin.qq.com/g/AbCdEf", PayloadKind.WECHAT_GROUP),
        ("HTTPS://WEIXIN.QQ.COM/G/ABCDEF", PayloadKind.WECHAT_GROUP),
        ("扫码进群 https://weixin.qq.com/g/AbCdEf 过期请私聊", PayloadKind.WECHAT_GROUP),
        ("https://u.wechat.com/EFakeCard", PayloadKind.WECHAT_CONTACT),
        ("http://weixin.qq.com/r/jHWSigDEQF0", PayloadKind.WECHAT_CONTACT),
        ("http://weixin.qq.com/q/02abc", PayloadKind.WECHAT_OFFICIAL),
        ("weixin://contacts/profile/someone", PayloadKind.WECHAT_CONTACT),
        ("https://work.weixin.qq.com/gm/0123456789abcdef", PayloadKind.WECOM_GROUP),
        ("https://work.weixin.qq.com/u/vc0123456789?v=4.0", PayloadKind.WECOM_CONTACT),
        ("https://work.weixin.qq.com/ca/cawcde0123", PayloadKind.WECOM_CONTACT),
        ("https://qm.qq.com/cgi-bin/qm/qr?k=abc&group_code=123456", PayloadKind.QQ_GROUP),
        ("https://qm.qq.com/cgi-bin/qm/qr?k=abc&noverify=0", PayloadKind.QQ_CONTACT),
        ("https://qm.qq.com/q/QJvb8LZHmU", PayloadKind.QQ_CONTACT),
        ("https://jq.qq.com/?_wv=1027&k=5vLnXPJ", PayloadKind.QQ_GROUP),
        ("mqqapi://card/show_pslcard?src_type=internal&version=1&uin=1&card_type=group", PayloadKind.QQ_GROUP),
        ("mqqwpa://im/chat?chat_type=wpa&uin=123456", PayloadKind.QQ_CONTACT),
        ("tencent://message/?uin=123456&Site=qq&Menu=yes", PayloadKind.QQ_CONTACT),
        ("https://t.me/+AbCdEf123", PayloadKind.TELEGRAM),
        ("https://t.me/joinchat/AbCdEf", PayloadKind.TELEGRAM),
        ("tg://join?invite=AbCdEf", PayloadKind.TELEGRAM),
        ("https://chat.whatsapp.com/AbCdEf", PayloadKind.WHATSAPP),
        ("https://wa.me/8613800138000", PayloadKind.WHATSAPP),
        ("wxp://f2f0abcdef", PayloadKind.PAYMENT),
        ("wxp://wbf2f0abcdef", PayloadKind.PAYMENT),
        ("weixin://wxpay/bizpayurl?pr=abc", PayloadKind.PAYMENT),
        ("https://payapp.weixin.qq.com/qr/AbC?t=1", PayloadKind.PAYMENT),
        ("https://payapp.wechatpay.cn/sjt/qr/AbC", PayloadKind.PAYMENT),
        ("https://wx.tenpay.com/f2f?t=abc", PayloadKind.PAYMENT),
        ("https://qr.alipay.com/fkx01299q4zug8xxsp2vc0a", PayloadKind.PAYMENT),
        ("alipays://platformapi/startapp?saId=10000007&qrcode=x", PayloadKind.PAYMENT),
        ("https://i.qianbao.qq.com/wallet/sqrcode.htm?m=tenpay&a=1&u=1", PayloadKind.PAYMENT),
        ("https://qr.95516.com/00010000/0121327", PayloadKind.PAYMENT),
        ("https://mp.weixin.qq.com/s/AbCdEf", PayloadKind.URL),
        ("www.gov.cn", PayloadKind.URL),
        ("weixin://dl/business/?t=abc", PayloadKind.APP_LINK),
        ("WIFI:T:WPA;S:Office;P:secret;;", PayloadKind.WIFI),
        ("BEGIN:VCARD\nVERSION:3.0\nFN:张三\nTEL:13800138000\nEND:VCARD", PayloadKind.CONTACT_CARD),
        ("MECARD:N:张三;TEL:13800138000;;", PayloadKind.CONTACT_CARD),
        ("tel:13800138000", PayloadKind.CONTACT_CARD),
        ("6901234567892", PayloadKind.PRODUCT_CODE),
        ("欢迎光临本店，扫码看菜单", PayloadKind.TEXT),
        ("", PayloadKind.TEXT),
    ],
)
def test_payload_classification(payload, kind):
    assert classify_payload(payload).kind is kind


def test_linear_barcodes_are_product_codes():
    assert classify_payload("ABC-12345", "Code128").kind is PayloadKind.PRODUCT_CODE


def test_classified_payloads_keep_their_link():
    payload = classify_payload("扫码进群 https://weixin.qq.com/g/AbCdEf 过期请私聊")
    assert payload.url == "https://weixin.qq.com/g/AbCdEf" and payload.label == "微信群邀请"


def _ean13_png(digits: str) -> bytes:
    """A retail barcode drawn by zxing-cpp's own writer, on a white margin."""
    import zxingcpp

    view = memoryview(zxingcpp.create_barcode(digits, zxingcpp.BarcodeFormat.EAN13).to_image(scale=3))
    bars = Image.frombytes("L", (view.shape[1], view.shape[0]), view.tobytes())
    canvas = Image.new("L", (bars.width + 40, bars.height + 40), 255)
    canvas.paste(bars, (20, 20))
    buffer = io.BytesIO()
    canvas.save(buffer, format="PNG")
    return buffer.getvalue()


def test_other_barcodes_only_when_asked_for():
    data = _ean13_png("6901234567892")
    assert QrReader().read(data).status is ScanStatus.NO_CODE, "QR codes only by default (about 3× faster)"
    (code,) = QrReader(ScanLimits(formats=("All",))).read(data).codes
    assert (code.format, code.text) == ("EAN-13", "6901234567892")
    assert classify_payload(code.text, code.format).kind is PayloadKind.PRODUCT_CODE


def test_palette_transparency_is_flattened_onto_white(reader):
    alpha = Image.open(io.BytesIO(fixture("transparent.png"))).getchannel("A")
    indices = alpha.point(lambda value: 1 if value > 128 else 0)
    palette = Image.frombytes("P", alpha.size, indices.tobytes())
    palette.putpalette([0, 0, 0] * 256)  # every colour black: only transparency tells modules from background
    buffer = io.BytesIO()
    palette.save(buffer, format="PNG", transparency=0)
    assert reader.read(buffer.getvalue()).status is ScanStatus.FOUND
