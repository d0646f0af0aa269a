"""Members asking to buy, borrow or find something ("谁有考研真题，想收二手的", "想买两瓶香水送我妈").

A request names the goods and often the trade word (代购, 二手, 收) and asks for replies ("有的话吱一声"), so the
ad word lists and the spam model can read it as an offer. `asks_to_buy` says the sender is the one who wants
the thing: a first-person buying phrase, and no link or contact id of the sender's own. "想买的找我" (whoever
wants to buy), "想收徒", "帮我带货" are the seller's words, and openers ads use ("谁有空…", "求个关注") are no
buying phrase.
"""

from __future__ import annotations

import re

from qungui.text.normalize import NormalizedText
from qungui.text.scam_warnings import offers_a_way_to_reach

BUYING = re.compile(
    r"我?想(?:买|收)(?![的点些])(?![^\W\d]{0,3}徒)|求购|求一[台辆本套张]|哪里(?:有|能)买|有没有人(?:有|卖|出|转)|帮我带(?!货)"
)


def asks_to_buy(norm: NormalizedText) -> bool:
    """Whether the message asks for something to buy or borrow, with no link or contact id of its own."""
    return BUYING.search(norm.compact) is not None and not offers_a_way_to_reach(norm)
