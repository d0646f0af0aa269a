"""Members asking to buy, borrow or find something ("谁有考研真题，想收二手的", "想买两瓶香水送我妈").

A request names the goods and often the trade word (代购, 二手, 收) and asks for replies ("有的话吱一声"), so the
ad word lists and the spam model can read it as an offer. `asks_to_buy` says the sender is the one who wants
the thing: a first-person buying phrase, and no link or contact id of the sender's own. "想买的找我" (whoever
wants to buy), "想收徒", "帮我带货" are the seller's words, and openers ads use ("谁有空…", "求个关注") are no
buying phrase.
"""

from __future__ import annotations

import re

from qungui.text.contact_context import contact_cues
from qungui.text.normalize import NormalizedText
from qungui.text.scam_warnings import offers_a_way_to_reach

# "想买竿子的去B站搜…" speaks to whoever wants to buy (session 23, from set 58 in leave-sets-out): the seller's words,
# unlike "想收二手的" at the end of a request
_AUDIENCE = r"(?![^\W\d]{1,6}的(?:去|来|找|私|联系|直接|赶紧|抓紧|可以|请|先|戳|点|进|加|到|留|报|扣|回))"
BUYING = re.compile(
    rf"我?想(?:买|收)(?![的点些])(?![^\W\d]{{0,3}}徒){_AUDIENCE}|求购|求一[台辆本套张]|哪里(?:有|能)买|有没有人(?:有|卖|出|转)|帮我带(?!货)"
)


# Asking the group's advice ("想问下大家，停息挂账自己跟银行谈能谈下来吗"): the member names a trade to ask about it.
# Session 22 (set 73): in 15 ordinary lines of the studied sets 1-72, the probes and the training lines, no ad; read
# only when the message has no contact cue at all (no channel word, no "私我"), as an ad could open the same way.
ASKING_ADVICE = re.compile(r"(?:问下|问一下|问问|请教一下|请教)(?:大家|各位|群里|群友)")


def asks_to_buy(norm: NormalizedText) -> bool:
    """Whether the message asks for something to buy or borrow, or asks the group's advice, with no link or contact
    id of its own (and, for advice, no contact cue either)."""
    compact = norm.compact
    if BUYING.search(compact) is not None:
        return not offers_a_way_to_reach(norm)
    return (
        ASKING_ADVICE.search(compact) is not None
        and not offers_a_way_to_reach(norm)
        and not contact_cues().trigger_hits(norm)
    )
