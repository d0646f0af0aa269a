"""Regenerate the QR fixture images in this folder.

Run: .venv/bin/python tests/data/qr/make_fixtures.py

Needs segno (QR encoder, test-only) and Pillow. Every payload is made up for the tests; the output is
deterministic, so rerunning it changes no file unless this script changed.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import segno
from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent

PAYLOADS = {
    "group_invite": "https://weixin.qq.com/g/AwYAAFixtureGroupInvite0000000000000000000000",
    "personal_card": "https://u.wechat.com/EFixturePersonalCard00000000",
    "payment_wechat": "wxp://f2f0FixturePaymentCode000000000000000000000",
    "payment_alipay": "HTTPS://QR.ALIPAY.COM/FKX00000FIXTURE0000000",
    "qq_group": "https://qm.qq.com/cgi-bin/qm/qr?k=FixtureKey000&group_code=123456789",
    "plain_url": "https://www.gov.cn/zhengce/",
    "download_url": "http://dl.example.com/tool.apk",
    "wifi": "WIFI:T:WPA;S:Office-5G;P:12345678;;",
    "product_code": "6901234567892",
}


def qr_image(payload: str, *, scale: int = 6, error: str = "m") -> Image.Image:
    """A black-on-white QR code as a grayscale Pillow image."""
    buffer = io.BytesIO()
    segno.make(payload, error=error, micro=False).save(buffer, kind="png", scale=scale, border=4)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


def png(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def jpeg(image: Image.Image, quality: int = 80) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=quality)
    return buffer.getvalue()


def screenshot(payload: str) -> bytes:
    """A phone-chat-like 1080×2340 screenshot with a small QR code in one bubble, as a JPEG."""
    canvas = Image.new("RGB", (1080, 2340), (237, 237, 237))
    draw = ImageDraw.Draw(canvas)
    draw.rectangle((0, 0, 1080, 180), fill=(247, 247, 247))
    for index, top in enumerate(range(260, 1700, 240)):
        left = 40 if index % 2 else 420
        draw.rounded_rectangle((left, top, left + 620, top + 150), radius=18, fill=(255, 255, 255))
        for line in range(3):
            draw.rectangle(
                (left + 30, top + 30 + line * 36, left + 560 - line * 90, top + 50 + line * 36), fill=(60, 60, 60)
            )
    draw.rounded_rectangle((380, 1760, 1040, 2200), radius=18, fill=(149, 236, 105))
    code = qr_image(payload, scale=4).resize((190, 190), Image.Resampling.NEAREST)
    canvas.paste(code.convert("RGB"), (800, 1880))
    return jpeg(canvas, quality=75)


def rotated(payload: str) -> bytes:
    return png(qr_image(payload).rotate(30, expand=True, fillcolor=255, resample=Image.Resampling.BICUBIC))


def transparent(payload: str) -> bytes:
    """Black modules on a transparent background, as stickers often are."""
    code = qr_image(payload)
    rgba = Image.new("RGBA", code.size, (0, 0, 0, 0))
    rgba.putalpha(code.point(lambda value: 255 - value))
    return png(rgba)


def photo() -> bytes:
    """A photo-like 640×480 JPEG (gradients and noise), no code in it."""
    rng = random.Random(20261123)
    image = Image.new("RGB", (640, 480))
    pixels = image.load()
    for y in range(480):
        for x in range(640):
            noise = rng.randint(-12, 12)
            pixels[x, y] = (
                max(0, min(255, 90 + x // 5 + noise)),
                max(0, min(255, 140 + y // 6 + noise)),
                max(0, min(255, 200 - x // 8 + noise)),
            )
    draw = ImageDraw.Draw(image)
    draw.ellipse((380, 60, 520, 200), fill=(250, 220, 120))
    draw.polygon([(0, 480), (220, 250), (420, 480)], fill=(60, 100, 70))
    return jpeg(image, quality=70)


def build() -> dict[str, bytes]:
    """Every fixture by file name."""
    files = {f"{name}.png": png(qr_image(payload)) for name, payload in PAYLOADS.items()}
    files["screenshot.jpg"] = screenshot(PAYLOADS["group_invite"])
    files["rotated.png"] = rotated(PAYLOADS["personal_card"])
    files["transparent.png"] = transparent(PAYLOADS["group_invite"])
    files["photo.jpg"] = photo()
    files["truncated.png"] = files["group_invite.png"][: len(files["group_invite.png"]) // 2]
    return files


def main() -> None:
    for name, data in build().items():
        (HERE / name).write_bytes(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
