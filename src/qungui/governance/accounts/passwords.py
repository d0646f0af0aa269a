"""Passwords: argon2id hashes (argon2-cffi) and the rule that refuses weak ones, in Chinese."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 10
MAX_LENGTH = 256
COMMON = frozenset(
    {
        "password",
        "password1",
        "password123",
        "1234567890",
        "12345678910",
        "qwertyuiop",
        "qwerty123456",
        "1q2w3e4r5t",
        "abc1234567",
        "aa123456789",
        "woaini1314",
        "iloveyou123",
        "admin12345",
        "administrator",
        "changeme123",
        "qungui12345",
    }
)

_HASHER = PasswordHasher()  # argon2id with the library's recommended parameters (RFC 9106 low-memory)
# Verifying against this when the username is unknown makes both answers take as long.
_DUMMY_HASH = _HASHER.hash("qungui-dummy-password-for-timing")


def hash_password(password: str) -> str:
    """The argon2id hash of `password` (salted; the parameters are part of the string)."""
    return _HASHER.hash(password)


def verify_password(stored: str | None, password: str) -> bool:
    """Whether `password` matches `stored`; with `stored=None` it still spends the time, then says no."""
    try:
        return _HASHER.verify(stored or _DUMMY_HASH, password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    """Whether `stored` was made with weaker parameters than today's (then hash the password again)."""
    try:
        return _HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True


def password_problem(password: str, *, username: str = "") -> str | None:
    """Why `password` is too weak (in Chinese), or None when it is acceptable."""
    if len(password) < MIN_LENGTH:
        return f"密码太短：至少 {MIN_LENGTH} 个字符。"
    if len(password) > MAX_LENGTH:
        return f"密码太长：最多 {MAX_LENGTH} 个字符。"
    if password.strip() != password:
        return "密码首尾不能有空格。"
    lowered = password.lower()
    if lowered in COMMON or len(set(password)) < 4:
        return "密码太常见或太简单，请换一个不容易被猜到的密码。"
    if username and username.lower() in lowered:
        return "密码不能包含用户名。"
    classes = sum(
        (
            any(c.isdigit() for c in password),
            any(c.isalpha() and c.isascii() and c.islower() for c in password),
            any(c.isalpha() and c.isascii() and c.isupper() for c in password),
            any(not c.isascii() or not c.isalnum() for c in password),
        )
    )
    if classes < 2:
        return "密码须包含至少两类字符（小写字母、大写字母、数字、符号或中文）。"
    return None
