"""Sign-up lists (接龙) passed on in a group: "#接龙 周日徒步 1.老王 2.阿珍 3.小胡 4.".

Members join a 接龙 by copying the list, adding their own line and sending it again, so a list that already
holds signed entries is the group relaying its own list, not someone advertising to it, whatever it offers
("毕业照加洗，六寸十块一张，要几张写几张 1. 王晨 2张 2. 刘畅 1张"). A seller's first post ("要的接龙") has no
entries yet and is read as before, and a list that gives a link or a contact id is read as any other message.
"""

from __future__ import annotations

import re
import unicodedata

from qungui.text.normalize import NormalizedText
from qungui.text.scam_warnings import offers_a_way_to_reach

MIN_ENTRIES = 2
ENTRY = re.compile(r"(?:^|[\s，,;；：:#])[0-9]{1,3}[.、)]\s*[^\W\d_]")  # "1. 王晨", "2、阿珍", "3)小胡"


def is_signup_relay(norm: NormalizedText) -> bool:
    """Whether the message is a 接龙 list with at least two signed entries and no link or contact id of its own."""
    if "接龙" not in norm.compact:
        return False
    folded = unicodedata.normalize("NFKC", norm.original)  # "１． 王晨" → "1. 王晨"
    return len(ENTRY.findall(folded)) >= MIN_ENTRIES and not offers_a_way_to_reach(norm)
