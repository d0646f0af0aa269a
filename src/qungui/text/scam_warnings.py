"""Messages that warn members about scams ("小心诈骗，那个日赚几百的兼职是假的") rather than advertise.

A warning names the bait (日赚, 兼职, 刷单 …) to tell people not to fall for it, so the ad word lists
would hit it. `is_warning` says a message reads as a warning: it carries a warning cue (诈骗, 骗子,
是假的, 别信, 千万不要, 已报警, 别理他, 被踢了 …, or a group rule's ban: 禁止发, 严禁任何 …) and
offers no way to reach anyone — no contact id and no link. A spammer who writes "防骗" next to a WeChat id
is still an ad; the classifier and the contact detector judge it. A quoted bait followed by what it comes
down to ("推销“免费策划”的，最后都是让你买套餐") is a warning too.
"""

from __future__ import annotations

import re

from qungui.text.contacts import find_candidates
from qungui.text.normalize import NormalizedText
from qungui.text.quotes import spans_of

WARNING_CUES = re.compile(
    r"诈骗|骗子|骗局|被骗|骗人|骗钱|是假的|都是假|别信|不要信|不要相信|别相信|别上当|不要上当|谨防|警惕|小心上当|"
    r"千万别(?!错过)|千万不要(?!错过)|别点|不要点|冒充|防骗|反诈|别加|不要加|是骗|骗(?:老人|你|大家|了)|"
    # 报警, not the police number named ("号是报警、火警、急救三个电话连着写", session 23, set 80) nor an alarm (报警器)
    r"报警(?![、，,和与及]?(?:火警|急救|电话|号码|器))|别理|不要理|别搭理|"
    r"被踢|已踢|踢了|踢出|已移出|移出群|移出去|请出去|"  # a spammer reported and removed
    # the admin's own removal or mute ("刚移出一个号，进群三分钟连发六条“…”，以后新人先禁言一天", session 25, set 96)
    r"移出了?[一两几这那]?[个位名]|禁言|"
    r"被(?:群主|管理员?|群管)(?:移出|请出|清出|清退|移除)|"
    r"拉黑|举报了|已举报|屏蔽了|没(?:有)?这个?活动|假消息|谣言|"  # blocked, reported, denied by whoever it names
    r"正规[^\W\d]{0,3}(?:哪有|哪会)|哪有这种|"  # "…"，正规公司哪有这种: the bait dismissed
    r"一律挂(?![在上到起])|挂(?:掉|断)就(?:行|好|是)|不会(?:这么|这样)(?:干|做)|"  # hang up: no office calls so
    # the trick told ("…，后面每个月偷偷从你卡里扣钱") or named ("…拉五个人才给钱，就是个拉人头"; session 23)
    r"偷偷[^\W\d]{0,8}?(?:扣|划|转走|刷走)|(?:就|都|纯属|无非|明摆着|摆明了?)是?(?:个|一个)?(?:拉人头|传销|资金盘|割韭菜)|"
    # a group rule banning what it names ("本群禁止任何代购")
    r"(?:禁止|严禁|不准|不许|请勿)(?:在?群|发|私加|私自|拉|打?广告|推销|任何|一切|刷屏)"
)
# A quoted bait dismissed by what it comes down to ("推销“免费策划”的，最后都是让你买套餐", "说“零投资”，其实就是
# 让你囤货"): read only after a closing quotation mark, as "其实就是我自己" in an ad is no dismissal (session 18, sets
# 61-62).
DEBUNKED = re.compile(r"(?:最后|其实|说白了|到头来|本质上)(?:都|就|全)?是")
LINK = re.compile(r"https?|www|\.(?:com|cn|net|top|xyz|cc|club|vip)")


def is_warning(norm: NormalizedText) -> bool:
    """Whether `norm` warns about a scam without offering a contact or a link itself."""
    if WARNING_CUES.search(norm.compact) is None and not _debunked(norm):
        return False
    return not offers_a_way_to_reach(norm)


def _debunked(norm: NormalizedText) -> bool:
    """Whether a `DEBUNKED` phrase follows a quoted passage."""
    for found in DEBUNKED.finditer(norm.compact):
        spans = spans_of(norm)
        if not spans:
            return False
        at = norm.original_span(found.start(), found.end())[0]
        if any(end <= at for _, end in spans):
            return True
    return False


def offers_a_way_to_reach(norm: NormalizedText) -> bool:
    """Whether the message holds a link or a contact id (a phone number, a WeChat or QQ id …). Memoized on the text:
    the warning, buyer and sign-up checks of several detectors all ask."""
    return norm.memo(offers_a_way_to_reach, lambda: _link_or_id(norm))


def _link_or_id(norm: NormalizedText) -> bool:
    return LINK.search(norm.compact) is not None or bool(find_candidates(norm))
