"""The shipped model file format: a JSON header plus zlib-compressed little-endian arrays.

Layout: ``MAGIC`` · 4-byte little-endian header length · UTF-8 JSON header · zlib stream.
The header lists each array as ``{"name", "typecode", "offset", "length"}`` (offsets in bytes into
the decompressed stream, `typecode` one of the `array` module's, e.g. "h" int16, "H" uint16,
"B" uint8). Reading needs only the standard library (`array`, `zlib`, `json`).
"""

from __future__ import annotations

import json
import struct
import sys
import zlib
from array import array
from typing import Any

MAGIC = b"QGMODEL1\n"
ITEM_SIZES = {"b": 1, "B": 1, "h": 2, "H": 2, "i": 4, "I": 4, "f": 4, "d": 8}


def pack(header: dict[str, Any], arrays: dict[str, tuple[str, bytes]]) -> bytes:
    """Serialize `header` and named arrays given as (typecode, little-endian bytes)."""
    layout = []
    body = bytearray()
    for name, (typecode, data) in arrays.items():
        if typecode not in ITEM_SIZES or len(data) % ITEM_SIZES[typecode]:
            raise ValueError(f"array {name!r}: bad typecode or length")
        layout.append({"name": name, "typecode": typecode, "offset": len(body), "length": len(data)})
        body += data
    head = json.dumps({**header, "arrays": layout}, ensure_ascii=False, sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack("<I", len(head)) + head + zlib.compress(bytes(body), 9)


def unpack(blob: bytes) -> tuple[dict[str, Any], dict[str, array]]:
    """Read a model file back into its header and `array.array` objects (native byte order)."""
    if not blob.startswith(MAGIC):
        raise ValueError("not a qungui model file")
    start = len(MAGIC)
    (size,) = struct.unpack_from("<I", blob, start)
    header = json.loads(blob[start + 4 : start + 4 + size].decode("utf-8"))
    body = zlib.decompress(blob[start + 4 + size :])
    arrays: dict[str, array] = {}
    for item in header.pop("arrays"):
        values = array(item["typecode"])
        values.frombytes(body[item["offset"] : item["offset"] + item["length"]])
        if sys.byteorder == "big" and values.itemsize > 1:
            values.byteswap()
        arrays[item["name"]] = values
    return header, arrays
