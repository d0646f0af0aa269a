"""The fixed vocabulary of finding categories (part of the `qungui check` contract)."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    ABUSE = "abuse"
    AD = "ad"
    SOLICITATION = "solicitation"
    MALICIOUS_LINK = "malicious_link"
    PORN = "porn"
    GAMBLING = "gambling"
    POLITICS = "politics"
    VIOLENCE = "violence"
    FLOOD = "flood"
    MEDIA_FLOOD = "media_flood"
    VOICE = "voice"
    CONFIDENTIAL = "confidential"
    OTHER = "other"
