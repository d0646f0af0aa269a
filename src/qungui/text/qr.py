"""QR codes (and other barcodes) in images, and what their payloads point to.

`QrReader.read(data)` decodes image bytes with zxing-cpp through Pillow, within limits: bytes and
pixels are checked before any pixel is decoded, big images are scaled down before scanning, and
corrupt or non-image bytes give a result with a reason, never an exception. Both libraries are
imported on first use, so importing this module costs nothing.

`classify_payload(text)` says what a decoded payload is: a WeChat group invite, a personal card, a
QQ group, a WeCom card, a payment code, a Telegram/WhatsApp link, a plain URL, Wi-Fi settings, a
product code or plain text. Links are classified by `urls.classify_link`; app schemes here. Each
scheme was checked against the client code or public payloads noted next to it.
"""

from __future__ import annotations

import io
import math
import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from qungui.text.urls import LABELS, PayloadKind, classify_link, find_urls

MAX_IMAGE_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # JPEG: decoded at reduced scale when big
MAX_LOSSLESS_PIXELS = 24_000_000  # PNG, GIF, WebP, BMP decode at full size (a 1080×22000 long screenshot fits)
DECODE_PIXELS = 8_000_000
MAX_CODES = 8
QR_FORMATS = ("QRCode", "MicroQRCode", "RMQRCode")
IMAGE_FORMATS = ("PNG", "JPEG", "MPO", "GIF", "WEBP", "BMP")  # what chat apps send; fewer parsers, less risk
LINEAR_FORMATS = frozenset(
    {"EAN-13", "EAN-8", "UPC-A", "UPC-E", "ISBN", "Code128", "Code39", "Code93", "Codabar", "ITF"}
    | {"DataBar", "DataBarExpanded", "DataBarLimited"}
)


class ScanStatus(StrEnum):
    FOUND = "found"
    NO_CODE = "no_code"
    NOT_IMAGE = "not_image"
    CORRUPT = "corrupt"
    TOO_LARGE = "too_large"
    TOO_MANY_PIXELS = "too_many_pixels"
    FAILED = "failed"


@dataclass(frozen=True, slots=True)
class DecodedCode:
    format: str
    text: str


@dataclass(frozen=True, slots=True)
class ScanResult:
    """What scanning one image gave; `reason` explains any status other than found/no_code."""

    status: ScanStatus
    codes: tuple[DecodedCode, ...] = ()
    reason: str = ""
    size: tuple[int, int] | None = None
    scanned_size: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class ScanLimits:
    max_bytes: int = MAX_IMAGE_BYTES
    max_pixels: int = MAX_PIXELS
    max_lossless_pixels: int = MAX_LOSSLESS_PIXELS
    decode_pixels: int = DECODE_PIXELS  # larger images are scaled down to about this many pixels first
    formats: tuple[str, ...] = QR_FORMATS  # zxing-cpp format names; ("All",) for every barcode
    max_codes: int = MAX_CODES


class QrReader:
    """Decodes barcodes from image bytes within `limits`. Build once, read many; holds no image."""

    def __init__(self, limits: ScanLimits | None = None) -> None:
        import zxingcpp
        from PIL import Image

        self.limits = limits or ScanLimits()
        self._zxing = zxingcpp
        self._image = Image
        try:
            self._formats = zxingcpp.barcode_formats_from_str(",".join(self.limits.formats))
        except ValueError as exc:
            raise ValueError(f"unknown barcode format in {self.limits.formats}: {exc}") from None

    def read(self, data: bytes) -> ScanResult:
        """Every barcode in the image, or why there is none."""
        limits = self.limits
        if len(data) > limits.max_bytes:
            return ScanResult(ScanStatus.TOO_LARGE, reason=f"image is {len(data)} bytes, over {limits.max_bytes}")
        if not data:
            return ScanResult(ScanStatus.NOT_IMAGE, reason="empty")
        Image = self._image
        try:
            image = Image.open(io.BytesIO(data), formats=IMAGE_FORMATS)
        except Image.DecompressionBombError as exc:
            return ScanResult(ScanStatus.TOO_MANY_PIXELS, reason=str(exc))
        except Exception as exc:  # Pillow raises many types on hostile input
            return ScanResult(ScanStatus.NOT_IMAGE, reason=f"not an image ({type(exc).__name__})")
        size = image.size
        cap = (
            limits.max_pixels if image.format in ("JPEG", "MPO") else min(limits.max_pixels, limits.max_lossless_pixels)
        )
        if size[0] * size[1] > cap:
            image.close()
            return ScanResult(
                ScanStatus.TOO_MANY_PIXELS, reason=f"{size[0]}×{size[1]} {image.format}, over {cap} pixels"
            )
        if size[0] < 1 or size[1] < 1:
            return ScanResult(ScanStatus.NOT_IMAGE, reason="empty image", size=size)
        try:
            gray = self._grayscale(image, limits.decode_pixels)
        except Exception as exc:  # truncated or corrupt pixel data
            return ScanResult(ScanStatus.CORRUPT, reason=f"cannot decode the image ({type(exc).__name__})", size=size)
        finally:
            image.close()
        try:
            found = self._zxing.read_barcodes(gray, formats=self._formats)
        except Exception as exc:
            return ScanResult(ScanStatus.FAILED, reason=f"barcode reader failed ({type(exc).__name__})", size=size)
        codes: list[DecodedCode] = []
        for barcode in found:
            code = DecodedCode(str(barcode.format).replace(" ", ""), barcode.text)
            if code.text and code not in codes:
                codes.append(code)
        codes = codes[: limits.max_codes]
        status = ScanStatus.FOUND if codes else ScanStatus.NO_CODE
        return ScanResult(status, tuple(codes), size=size, scanned_size=gray.size)

    def _grayscale(self, image: Any, budget: int) -> Any:
        """One grayscale frame at most `budget` pixels, transparency flattened onto white.

        Big JPEGs decode at 1/2–1/8 scale. Other formats decode at full size (hence their lower
        pixel limit); the frame is then box-reduced, and an alpha frame is split into two
        one-byte planes and freed before reducing, so memory peaks at about 1.5× the decoded frame.
        """
        width, height = image.size
        factor = math.ceil(math.sqrt(width * height / budget))
        if factor > 1 and image.format in ("JPEG", "MPO"):
            image.draft("L", (width // factor, height // factor))  # decode at 1/2, 1/4 or 1/8 scale
        if image.mode not in _REDUCIBLE:  # palette, bilevel, CMYK, 16-bit…
            transparent = image.mode == "PA" or (image.mode == "P" and "transparency" in image.info)
            image = image.convert("RGBA" if transparent else "L")
        if image.mode in ("RGBA", "LA"):
            alpha, gray = image.getchannel("A"), image.convert("L")
            image.close()  # the full-size frame is no longer needed
            alpha, gray = _reduce(alpha, budget), _reduce(gray, budget)
            return self._image.composite(gray, self._image.new("L", gray.size, 255), alpha)
        return _reduce(image, budget).convert("L")


_REDUCIBLE = frozenset({"L", "LA", "RGB", "RGBA"})


def _reduce(image: Any, budget: int) -> Any:
    factor = math.ceil(math.sqrt(image.size[0] * image.size[1] / budget))
    return image.reduce(factor) if factor > 1 else image


@dataclass(frozen=True, slots=True)
class Payload:
    """A decoded payload and what it points to; `url` when it is (or contains) a link."""

    kind: PayloadKind
    text: str
    label: str
    url: str | None = None
    detail: dict[str, str] = field(default_factory=dict)


# (lower-case prefix, kind, label). Verified: wxp://f2f and wxp://wbf2f, wxhb://f2f, weixin://wxpay/
# bizpayurl and weixin://contacts/profile/ in the WeChat Android client's scanner and URI handlers;
# mqqapi://card/show_pslcard (card_type=group|…), mqqwpa://im/chat, mqqopensdkapi://bizAgent/qm/qr and
# tencent://message/?uin= in apps that open QQ; alipays://platformapi/startapp and alipayqr://
# platformapi/startapp in apps that open Alipay; tg://join?invite= and tg://resolve in Telegram's
# deep-link documentation.
_SCHEMES: tuple[tuple[str, PayloadKind, str], ...] = (
    ("wxp://", PayloadKind.PAYMENT, "微信收款码"),
    ("wxhb://", PayloadKind.PAYMENT, "微信面对面红包"),
    ("weixin://wxpay/bizpayurl", PayloadKind.PAYMENT, "微信支付码"),
    ("weixin://contacts/profile/", PayloadKind.WECHAT_CONTACT, "微信个人名片"),
    ("mqqapi://card/show_pslcard", PayloadKind.QQ_CONTACT, "QQ名片"),
    ("mqqwpa://im/chat", PayloadKind.QQ_CONTACT, "QQ临时会话"),
    ("mqqopensdkapi://bizagent/qm/qr", PayloadKind.QQ_CONTACT, "QQ名片/QQ群"),
    ("tencent://message/", PayloadKind.QQ_CONTACT, "QQ临时会话"),
    ("alipays://", PayloadKind.PAYMENT, "支付宝跳转码"),
    ("alipayqr://", PayloadKind.PAYMENT, "支付宝跳转码"),
    ("tg://join", PayloadKind.TELEGRAM, "Telegram 群邀请"),
    ("tg://", PayloadKind.TELEGRAM, "Telegram 链接"),
)
_CONTACT_PREFIXES = ("begin:vcard", "mecard:", "tel:", "sms:", "smsto:", "mailto:", "matmsg:", "mebkm:")
_APP_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]{1,30}://", re.IGNORECASE)
_PRODUCT = re.compile(r"\d{8,14}")


def classify_payload(text: str, fmt: str = "QRCode") -> Payload:
    """What a decoded payload points to."""
    body = text.strip()
    lower = body.lower()
    if not body:
        return Payload(PayloadKind.TEXT, body, LABELS[PayloadKind.TEXT])
    for prefix, kind, label in _SCHEMES:
        if lower.startswith(prefix):
            if kind is PayloadKind.QQ_CONTACT and "card_type=group" in lower:
                return Payload(PayloadKind.QQ_GROUP, body, "QQ群")
            return Payload(kind, body, label)
    if lower.startswith("wifi:"):
        return Payload(PayloadKind.WIFI, body, LABELS[PayloadKind.WIFI])
    if lower.startswith(_CONTACT_PREFIXES):
        return Payload(PayloadKind.CONTACT_CARD, body, LABELS[PayloadKind.CONTACT_CARD])
    if fmt in LINEAR_FORMATS or _PRODUCT.fullmatch(body):
        return Payload(PayloadKind.PRODUCT_CODE, body, LABELS[PayloadKind.PRODUCT_CODE])
    urls = find_urls(body[:4096])
    for url in urls:
        target = classify_link(url.host, url.path, url.query)
        if target is not None:
            return Payload(target.kind, body, target.label, url.url, {"host": url.host})
    if urls:
        return Payload(PayloadKind.URL, body, LABELS[PayloadKind.URL], urls[0].url, {"host": urls[0].host})
    if _APP_SCHEME.match(body):
        return Payload(PayloadKind.APP_LINK, body, LABELS[PayloadKind.APP_LINK])
    return Payload(PayloadKind.TEXT, body, LABELS[PayloadKind.TEXT])
