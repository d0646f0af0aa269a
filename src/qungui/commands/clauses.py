"""Clause ids as people write them (四.2, 第四条, 3.1, 备注.2): recognise them and find the rulebook's. Pure."""

from __future__ import annotations

import itertools
import re
import unicodedata

from qungui.commands.base import BLANKS, Bad, Context
from qungui.commands.dates import cn_number

CLAUSE_SHAPE = re.compile(
    r"^(?:第?[一二三四五六七八九十百零〇\d]+[篇条章款]?|备注|结语|导语|派生)(?:\.[一二三四五六七八九十百零〇\d]+)*$"
)
CN_SMALL = "零一二三四五六七八九"


def _to_cn(number: int) -> str:
    if number < 10:
        return CN_SMALL[number]
    tens, ones = divmod(number, 10)
    return ("" if tens == 1 else CN_SMALL[tens]) + "十" + ("" if ones == 0 else CN_SMALL[ones])


def _segment_variants(segment: str) -> list[str]:
    variants = [segment]
    if segment.isdigit() and 0 < int(segment) < 100:
        variants.append(_to_cn(int(segment)))
    number = cn_number(segment)
    if number is not None and not segment.isdigit():
        variants.append(str(number))
    return variants


def clean_clause(token: str) -> str:
    token = unicodedata.normalize("NFKC", token).strip(BLANKS + "【】[]()（）“”\"'")
    return re.sub(r"(?<=.)[、。．\-](?=.)", ".", token).rstrip("。.")


def looks_like_clause(token: str, clause_ids: frozenset[str] | set[str]) -> bool:
    """Whether `token` is written like a clause id (四.2, 第四条, 3.1, 备注.2) or is one of `clause_ids`."""
    cleaned = clean_clause(token)
    return cleaned in clause_ids or bool(CLAUSE_SHAPE.match(cleaned))


def resolve_clause(token: str, clause_ids: frozenset[str] | set[str]) -> str | None:
    """The clause id `token` names: exact, or with 第/条 dropped, 、 for ., or digits ↔ Chinese numerals."""
    cleaned = clean_clause(token)
    if cleaned in clause_ids:
        return cleaned
    cleaned = re.sub(r"^第|(?<=[一二三四五六七八九十\d])[条款章]", "", cleaned)
    segments = cleaned.split(".")
    if len(segments) > 4:
        return None
    for combo in itertools.product(*(_segment_variants(s) for s in segments)):
        candidate = ".".join(combo)
        if candidate in clause_ids:
            return candidate
    return None


def unknown_clause(token: str, clause_ids: frozenset[str]) -> Bad:
    example = "四.2" if "四.2" in clause_ids else (min(clause_ids, key=lambda c: (len(c), c)) if clause_ids else "一")
    return Bad(
        "unknown_clause",
        f"群规里没有“{token}”这一条。发送“群规”可以查看全部条款，发送“群规 {example}”可以查看某一条。",
    )


def take_clause(tokens: list[str], ctx: Context) -> str | None:
    """Pop a leading clause token from `tokens`; an unknown clause is an error."""
    if not tokens or not looks_like_clause(tokens[0], ctx.clause_ids):
        return None
    token = tokens.pop(0)
    found = resolve_clause(token, ctx.clause_ids)
    if found is None:
        raise unknown_clause(token, ctx.clause_ids)
    return found
