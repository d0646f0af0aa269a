"""Prices named in a message ("八百一只", "一趟一百五", "十块一张", "每人六十", "按篇算价", "三百拿走").

A member selling to the group names what it costs; a notice from the group's organiser usually does not
("二十个名额，想去的在下面接"). The spam detector reads a price together with a clause addressed to whoever
wants the thing (`rules/detectors/spam.py`, `priced_call`). `price_mention` reads the compact form (simplified
script, separators gone, digits in any form already Arabic where they formed a number), and currency signs in the
text as written.
"""

from __future__ import annotations

import re

from qungui.text.normalize import NormalizedText
from qungui.text.numerals import FORMAL_NUMERALS

_N = f"[0-9〇零一二两三四五六七八九十百千万半{FORMAL_NUMERALS}拾佰仟]"  # 陆拾捌元: cheque numerals too
_N_END = f"[0-9〇零二两三四五六七八九百千万半{FORMAL_NUMERALS[1:]}佰仟]"  # ends an amount, not a number such as 三十一
_PER = r"[人斤只个份位次盒袋箱件张趟天颗节套瓶罐束条晚课篇单台辆把双盆棵杯碗支]"  # 一支八十 (session 27, set 103)
PRICE = re.compile(
    rf"(?<![0-9])(?:{_N}+(?:元|毛|rmb|美金|美元|日元|港币|欧元)|rmb[0-9]"
    rf"|(?:{_N}{{2,}}|[0-9二两三四五六七八九十半])块(?!儿)|一块钱"  # 十块 / 三块钱, not 一块去 (together)
    rf"|每(?:[人{_PER[1:]}|小时){_N}"  # 每人六十, 每小时四十 (session 26, set 99)
    rf"|{_N}*{_N_END}一{_PER}"  # 八百一只, 十五一位 (not 三十一个: 31 of them)
    # 一趟一百五, 一天三十; not a count ("一箱五十瓶", "一包五百张")
    rf"|一{_PER}(?:{_N}{{2,}}(?![{_N[1:-1]}张页片粒包本根斤瓶盒袋个只件条支])|{_N}+[元块])"
    rf"|{_N}+[元块]?拿走"  # 三百拿走
    # an amount with what it includes ("一千五包物业", "六百包吃", "八十包材料"; session 25, set 98): 包邮 below
    rf"|{_N}{{2,}}包(?:物业|水电|网费?|宽带|吃住?|住|来回|接送|材料|安装|车费|油费|教会|过))"
    r"|辛苦费|算价|收费|定金|订金|[一二三四五六七八九]折|半价|包邮|原价|成本价|特价|售价|优惠价"
    # a price left to be agreed ("价格面议", "租金当面谈", "价钱好说"): in 23 ads of the studied hold-out sets 1-60 and
    # no ordinary line (session 17); 好说 only after a word for the price ("好说好说" is politeness)
    r"|面议|(?:价格|价钱|价位|价|租金|费用|转让费|薪资|工资|报酬)(?:当面谈|当面议|好商量|可商量|可议|可谈|好说|私聊)"
)

CURRENCY = re.compile(r"[¥￥$＄]\s*[0-9０-９]")  # read in the text as written: the compact form drops the sign


def price_mention(norm: NormalizedText) -> str | None:
    """The first price the message names, as it reads in the compact form, or None."""
    found = PRICE.search(norm.compact) or CURRENCY.search(norm.original)
    return found.group() if found is not None else None
