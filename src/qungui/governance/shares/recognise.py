"""Recognise a share task's proof in ordinary group messages: a screenshot, or 已分享. Never commits.

- An image replying to (or quoting) the task — the admin's command or the bot's announcement — proves it.
- An image with no reply proves the one share task waiting for the member, within `shares.proof_window`
  after the task was posted, or at any time after the member said 已分享.
- 已分享 alone is a claim (`record_claim`): the member is asked for the screenshot.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from qungui.core.events import MessageEvent, MessageKind
from qungui.governance.groups.models import Group
from qungui.governance.notices.words import compact
from qungui.governance.outbox.service import subjects_of_message
from qungui.governance.shares.models import ProofVia, ShareTask
from qungui.governance.shares.service import (
    find_share,
    is_share_claim,
    label,
    open_shares,
    proof_of,
    record_claim,
    record_screenshot,
)
from qungui.rules.compiled import CompiledRulebook

QUOTE_PREFIX = 10


def _share_of_message(session: Session, group: Group, message_id: str) -> ShareTask | None:
    for share in open_shares(session, group=group):
        if share.command_message_id == message_id:
            return share
    for subject in subjects_of_message(session, group=group, message_id=message_id):
        kind, _, number = subject.partition(":")
        if kind == "share" and number.isdigit():
            return find_share(session, group=group, number=int(number))
    return None


def _share_quoted(session: Session, group: Group, quote: str) -> ShareTask | None:
    quoted = compact(quote)
    for share in reversed(open_shares(session, group=group)):
        text = compact(share.text)
        if len(quoted) >= 4 and len(text) >= 4 and (text[:QUOTE_PREFIX] in quoted or quoted[:QUOTE_PREFIX] in text):
            return share
    return None


def _waiting_for(session: Session, group: Group, member: str, at: datetime, window: timedelta) -> list[ShareTask]:
    """Open share tasks asking `member` with no screenshot yet: posted within `window`, or claimed (已分享)."""
    found = []
    for share in open_shares(session, group=group):
        if member not in share.member_ids:
            continue
        proof = proof_of(session, share=share, member=member)
        if proof is not None and proof.proved_at is not None:
            continue
        if (proof is not None and proof.claimed_at is not None) or at - share.created_at <= window:
            found.append(share)
    return found


def _screenshot_ref(event: MessageEvent) -> str | None:
    for attachment in event.attachments:
        ref = attachment.sha256 or attachment.url or attachment.name
        if ref:
            return ref[:255]
    return None


def recognise_share(session: Session, *, group: Group, book: CompiledRulebook, event: MessageEvent) -> list[str]:
    """Record the screenshot or the 已分享 a group message holds; what was recognised. Does not commit."""
    if event.private or not (event.kind is MessageKind.IMAGE or (event.text and is_share_claim(event.text))):
        return []
    if not open_shares(session, group=group):
        return []
    member, at = event.sender.id, event.ts
    target: ShareTask | None = None
    via = ProofVia.REPLY
    if event.reply_to:
        target = _share_of_message(session, group, event.reply_to)
        if target is None:
            return []  # an answer to something else
    elif event.quote_text and event.quote_text.strip():
        target = _share_quoted(session, group, event.quote_text)
        if target is None:
            return []
    else:
        window = book.rulebook.shares.proof_window if event.kind is MessageKind.IMAGE else timedelta(days=365)
        candidates = _waiting_for(session, group, member, at, window)
        if len(candidates) != 1:
            return []  # nothing waits for this member's screenshot, or it is ambiguous which
        target, via = candidates[0], ProofVia.BARE
    if event.kind is MessageKind.IMAGE:
        proof = record_screenshot(
            session,
            group=group,
            book=book,
            share=target,
            member=member,
            at=at,
            via=via,
            message_id=event.id,
            screenshot=_screenshot_ref(event),
        )
        return [f"{label(target)}:{via.value}"] if proof is not None else []
    claimed = record_claim(session, group=group, book=book, share=target, member=member, at=at)
    return [f"{label(target)}:claim"] if claimed else []
