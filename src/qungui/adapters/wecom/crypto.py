"""WeCom callback security: msg_signature checks, AES-256-CBC with the EncodingAESKey, and safe XML.

A callback carries `msg_signature`, `timestamp`, `nonce` and an encrypted payload. The signature is
the SHA-1 hex digest of the sorted, concatenated token, timestamp, nonce and ciphertext. The
ciphertext is base64 of AES-256-CBC (key = base64 of EncodingAESKey + "=", IV = the key's first 16
bytes, PKCS#7 padding to 32-byte blocks) over: 16 random bytes, the message length (4 bytes, big
endian), the message, and the receive id (the CorpID), which must match ours.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import struct
import xml.etree.ElementTree as ET
from typing import Any

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

BLOCK = 32  # WeCom pads to 32 bytes, not AES's 16
MAX_XML_BYTES = 256 * 1024
XML_ENCODING = re.compile(r"""<\?xml[^>]*\bencoding\s*=\s*["']([^"']*)["']""")


class CallbackError(ValueError):
    """A callback that is forged, corrupted or not meant for us; the message says which."""


def signature(token: str, timestamp: str, nonce: str, encrypted: str) -> str:
    return hashlib.sha1("".join(sorted([token, timestamp, nonce, encrypted])).encode()).hexdigest()


class WeComCrypto:
    """Verify, decrypt and (for replies and tests) encrypt WeCom callback payloads."""

    def __init__(self, *, token: str, encoding_aes_key: str, receive_id: str) -> None:
        if len(encoding_aes_key) != 43:
            raise ValueError("EncodingAESKey must be 43 characters")
        try:
            self.key = base64.b64decode(encoding_aes_key + "=", validate=True)
        except binascii.Error:
            raise ValueError("EncodingAESKey is not base64") from None
        if len(self.key) != 32:
            raise ValueError("EncodingAESKey must decode to 32 bytes")
        self.token = token
        self.receive_id = receive_id

    def verify(self, msg_signature: str, timestamp: str, nonce: str, encrypted: str) -> None:
        expected = signature(self.token, timestamp, nonce, encrypted)
        if not msg_signature or not hmac.compare_digest(expected.encode(), msg_signature.lower().encode()):
            raise CallbackError("msg_signature does not match: forged, or a different Token")

    def decrypt(self, encrypted: str) -> bytes:
        try:
            data = base64.b64decode(encrypted, validate=True)
        except (binascii.Error, ValueError):
            raise CallbackError("ciphertext is not base64") from None
        if not data or len(data) % 16:
            raise CallbackError("ciphertext length is not a multiple of the AES block")
        decryptor = Cipher(algorithms.AES(self.key), modes.CBC(self.key[:16])).decryptor()
        plain = decryptor.update(data) + decryptor.finalize()
        pad = plain[-1]
        if not 1 <= pad <= BLOCK or plain[-pad:] != bytes([pad]) * pad:
            raise CallbackError("bad padding: a different EncodingAESKey?")
        plain = plain[:-pad]
        if len(plain) < 20:
            raise CallbackError("decrypted payload too short")
        (length,) = struct.unpack(">I", plain[16:20])
        message, receive_id = plain[20 : 20 + length], plain[20 + length :]
        if len(message) != length:
            raise CallbackError("decrypted length field is wrong")
        if receive_id.decode("utf-8", "replace") != self.receive_id:
            raise CallbackError(f"payload is for {receive_id.decode('utf-8', 'replace')!r}, not this CorpID")
        return message

    def encrypt(self, message: bytes, *, random16: bytes | None = None) -> str:
        body = (random16 or os.urandom(16)) + struct.pack(">I", len(message)) + message + self.receive_id.encode()
        pad = BLOCK - len(body) % BLOCK
        body += bytes([pad]) * pad
        encryptor = Cipher(algorithms.AES(self.key), modes.CBC(self.key[:16])).encryptor()
        return base64.b64encode(encryptor.update(body) + encryptor.finalize()).decode()


def parse_xml(data: bytes | str) -> dict[str, Any]:
    """A flat WeCom XML document as a dict (child text; repeated <Item>s as lists); DTDs refused."""
    raw = data.encode() if isinstance(data, str) else data
    if len(raw) > MAX_XML_BYTES:
        raise CallbackError("XML body too large")
    # The DOCTYPE check below reads UTF-8 text; the parser would also read UTF-16 (with a BOM, or by its
    # "<\0" bytes) or any declared encoding, where the same DTD hides from a byte search: UTF-8 only.
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise CallbackError("XML that is not UTF-8 is refused") from None
    declared = XML_ENCODING.search(text[:200])
    if "\x00" in text or (declared and declared.group(1).lower() not in ("utf-8", "utf8")):
        raise CallbackError("XML that is not UTF-8 is refused")
    upper = text.upper()
    if "<!DOCTYPE" in upper or "<!ENTITY" in upper:
        raise CallbackError("XML with a DOCTYPE or entities is refused")
    try:
        root = ET.fromstring(raw)
    except ET.ParseError as exc:
        raise CallbackError(f"not well-formed XML: {exc}") from None
    result: dict[str, Any] = {}
    for child in root:
        if len(child):
            result[child.tag] = [(item.text or "").strip() for item in child]
        else:
            result[child.tag] = (child.text or "").strip()
    return result
