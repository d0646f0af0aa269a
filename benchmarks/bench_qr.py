"""Time to find QR codes in images of typical sizes, and the memory it takes.

Run: .venv/bin/python benchmarks/bench_qr.py [--repeats 15]

Each case is the whole `QrReader.read(bytes)`: Pillow decodes the file, it is flattened to grayscale
(and scaled down past the pixel budget), zxing-cpp scans it. Images are composed from the QR fixture
in tests/data/qr on canvases of phone and camera sizes, in a child process so that building them
does not count: the peak RSS printed after each case is what scanning (up to that case) took.
The machine is shared and noisy: compare cases, not absolute numbers.
"""

from __future__ import annotations

import argparse
import io
import multiprocessing
import resource
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

from qungui.text.qr import QrReader, ScanLimits

QR_FIXTURE = Path(__file__).resolve().parent.parent / "tests" / "data" / "qr" / "group_invite.png"


def encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt, quality=85) if fmt == "JPEG" else image.save(buffer, format=fmt)
    return buffer.getvalue()


def canvas(size: tuple[int, int], code_side: int, at: tuple[int, int], fmt: str, *, busy: bool = True) -> bytes:
    """A light canvas with some text-like blocks and the QR fixture pasted at `code_side` pixels."""
    image = Image.new("RGB", size, (236, 236, 236))
    draw = ImageDraw.Draw(image)
    if busy:
        for top in range(80, size[1] - 200, 220):
            draw.rounded_rectangle((40, top, size[0] * 2 // 3, top + 140), radius=16, fill=(255, 255, 255))
            draw.rectangle((70, top + 40, size[0] // 2, top + 60), fill=(70, 70, 70))
    if code_side:
        code = Image.open(QR_FIXTURE).convert("RGB").resize((code_side, code_side), Image.Resampling.NEAREST)
        image.paste(code, at)
    return encode(image, fmt)


def transparent(size: tuple[int, int], code_side: int) -> bytes:
    """An RGBA image: the worst case for memory (4 bytes per pixel, no reduced decoding for PNG)."""
    image = Image.new("RGBA", size, (255, 255, 255, 0))
    code = Image.open(QR_FIXTURE).convert("RGBA").resize((code_side, code_side), Image.Resampling.NEAREST)
    image.paste(code, (size[0] - code_side - 100, size[1] - code_side - 100))
    return encode(image, "PNG")


def cases() -> list[tuple[str, bytes]]:
    qr_only = QR_FIXTURE.read_bytes()
    return [
        ("QR alone 270×270 PNG", qr_only),
        ("chat screenshot 1080×2340 JPEG, QR 190 px", canvas((1080, 2340), 190, (820, 1900), "JPEG")),
        ("chat screenshot 1080×2340 JPEG, no code", canvas((1080, 2340), 0, (0, 0), "JPEG")),
        ("chat screenshot 1080×2340 PNG, QR 190 px", canvas((1080, 2340), 190, (820, 1900), "PNG")),
        ("long screenshot 1080×8000 PNG, QR 300 px", canvas((1080, 8000), 300, (700, 6500), "PNG")),
        ("camera photo 4000×3000 JPEG, QR 700 px", canvas((4000, 3000), 700, (2600, 1800), "JPEG", busy=False)),
        ("camera photo 8000×5000 JPEG (40 Mpx cap), QR 1200 px", canvas((8000, 5000), 1200, (5000, 3000), "JPEG")),
        ("long screenshot 1080×22000 PNG with alpha, QR 300 px", transparent((1080, 22000), 300)),
        ("8K capture 7680×4320 PNG with alpha (refused)", transparent((7680, 4320), 900)),
    ]


def median_ms(fn: Callable[[], object], repeats: int) -> float:
    runs = []
    for _ in range(repeats):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs) * 1000


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=15)
    args = parser.parse_args()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        images = pool.apply(cases)
    readers = {"QR only (default)": QrReader(), "all barcode formats": QrReader(ScanLimits(formats=("All",)))}
    print(f"peak RSS before scanning (imports, encoded images): {peak_rss_mb():.0f} MB")
    for label, reader in readers.items():
        print(f"\n{label}:")
        for name, data in images:
            result = reader.read(data)
            found = ", ".join(code.format for code in result.codes) or result.status.value
            ms = median_ms(lambda reader=reader, data=data: reader.read(data), args.repeats)
            scanned = "×".join(map(str, result.scanned_size or ()))
            rss = peak_rss_mb()
            print(
                f"  {name:<52} {len(data) / 1024:6.0f} KB {ms:7.1f} ms  scanned {scanned:<10} {found:<8} {rss:4.0f} MB"
            )


if __name__ == "__main__":
    main()
