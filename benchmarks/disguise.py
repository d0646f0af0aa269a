"""A deterministic disguiser: rewrites a fraction of the Han characters of a text the way evaders do.

Used by bench_abuse.py to measure how much a classifier loses on cloaked text. The families are
those listed in /work/shared/DETECTION.md. Each selected character gets one family, drawn with these
shares (a family that has nothing to offer for a character falls back to a homophone, and a
character without a homophone falls back to full pinyin):

| family | share | example |
|---|---|---|
| homophone (same toneless pinyin, common characters only) | 35% | 傻 → 沙, 死 → 四 |
| separator after the character (space, ·, ❤, -, zero-width space/joiner) | 15% | 傻逼 → 傻 逼, 傻\u200b逼 |
| traditional form (OpenCC s2t; falls back when identical) | 15% | 贱 → 賤 |
| full pinyin, toneless | 15% | 傻 → sha |
| pinyin initial | 5% | 逼 → b |
| emoji stand-in (a short fixed table; falls back when none) | 15% | 狗 → 🐶, 死 → 💀 |

Drawn shares are not realized shares: most characters have no distinct traditional form and few have
an emoji. Realized on COLD dev at rate 0.2 (53,899 rewritten characters): homophone 58.2%, full
pinyin 16.9%, separator 15.4%, initial 4.9%, traditional 4.3%, emoji 0.5%. qungui's normalize()
undoes separators, traditional forms and many emoji stand-ins before the model sees the text, so
homophones, pinyin and initials are what really test the model.

"Common characters" are those that occur at least `min_count` times in a reference corpus (the
benchmark uses COLD train), so homophones look like real words rather than rare glyphs. Choices are
seeded by the seed and a CRC of the text, so a text is disguised the same way whatever the order.
"""

from __future__ import annotations

import random
import unicodedata
import zlib
from collections import Counter
from collections.abc import Iterable

FAMILIES: tuple[tuple[str, float], ...] = (
    ("homophone", 0.35),
    ("separator", 0.15),
    ("traditional", 0.15),
    ("pinyin", 0.15),
    ("initial", 0.05),
    ("emoji", 0.15),
)
SEPARATORS = (" ", "·", "❤", "-", "\u200b", "\u200d")
EMOJI = {
    "狗": "🐶",
    "猪": "🐷",
    "牛": "🐮",
    "鸡": "🐔",
    "猴": "🐒",
    "蛇": "🐍",
    "鼠": "🐭",
    "猫": "🐱",
    "马": "🐴",
    "羊": "🐑",
    "鱼": "🐟",
    "龙": "🐉",
    "虎": "🐯",
    "兔": "🐰",
    "鬼": "👻",
    "屎": "💩",
    "死": "💀",
    "枪": "🔫",
    "火": "🔥",
    "钱": "💰",
    "黑": "⚫",
    "白": "⚪",
    "女": "♀",
    "男": "♂",
    "水": "💧",
    "菜": "🥬",
    "瓜": "🍉",
    "蛋": "🥚",
    "屁": "🍑",
    "刀": "🔪",
    "炸": "💣",
    "笑": "😂",
    "哭": "😭",
    "赞": "👍",
}


def is_han(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _toneless(reading: str) -> str:
    decomposed = unicodedata.normalize("NFD", reading).replace("u\u0308", "v")
    return "".join(c for c in decomposed if not unicodedata.combining(c))


class Disguiser:
    """`disguise(text)` rewrites about `rate` of the Han characters of `text`, deterministically."""

    def __init__(self, common: Iterable[str], *, rate: float = 0.2, seed: int = 0) -> None:
        import opencc
        from pypinyin import Style, lazy_pinyin

        self.rate = rate
        self.seed = seed
        self._s2t = opencc.OpenCC("s2t")
        self._lazy_pinyin = lazy_pinyin
        self._style = Style.NORMAL
        self._pinyin: dict[str, str] = {}
        by_sound: dict[str, list[str]] = {}
        for ch in sorted(set(common)):
            if is_han(ch):
                by_sound.setdefault(self.pinyin(ch), []).append(ch)
        self._homophones = {ch: [o for o in chars if o != ch] for chars in by_sound.values() for ch in chars}
        self._by_sound = by_sound
        self.families = [name for name, _ in FAMILIES]
        self.weights = [share for _, share in FAMILIES]

    @classmethod
    def from_corpus(cls, texts: Iterable[str], *, min_count: int = 20, rate: float = 0.2, seed: int = 0) -> Disguiser:
        counts = Counter(ch for text in texts for ch in text if is_han(ch))
        return cls((ch for ch, n in counts.items() if n >= min_count), rate=rate, seed=seed)

    def pinyin(self, ch: str) -> str:
        if ch not in self._pinyin:
            self._pinyin[ch] = _toneless(self._lazy_pinyin(ch, style=self._style)[0])
        return self._pinyin[ch]

    def homophones(self, ch: str) -> list[str]:
        """Common characters with the same toneless pinyin as `ch` (empty when none)."""
        found = self._homophones.get(ch)
        if found is None:
            found = list(self._by_sound.get(self.pinyin(ch), []))
        return [o for o in found if o != ch]

    def rewrite(self, ch: str, family: str, rng: random.Random) -> tuple[str, str]:
        """One character disguised by `family` (or its fallback); returns (replacement, family used)."""
        if family == "separator":
            return ch + rng.choice(SEPARATORS), family
        if family == "traditional":
            trad = self._s2t.convert(ch)
            if trad != ch:
                return trad, family
        if family == "emoji" and ch in EMOJI:
            return EMOJI[ch], family
        if family == "pinyin":
            return self.pinyin(ch), family
        if family == "initial":
            return self.pinyin(ch)[:1], family
        candidates = self.homophones(ch)
        if candidates:
            return rng.choice(candidates), "homophone"
        return self.pinyin(ch), "pinyin"

    def disguise_with_log(self, text: str) -> tuple[str, Counter[str]]:
        rng = random.Random(self.seed * 1_000_003 + zlib.crc32(text.encode("utf-8")))
        positions = [i for i, ch in enumerate(text) if is_han(ch)]
        k = round(len(positions) * self.rate)
        chosen = set(rng.sample(positions, k)) if k else set()
        used: Counter[str] = Counter()
        out: list[str] = []
        for i, ch in enumerate(text):
            if i in chosen:
                family = rng.choices(self.families, self.weights)[0]
                replacement, family = self.rewrite(ch, family, rng)
                used[family] += 1
                out.append(replacement)
            else:
                out.append(ch)
        return "".join(out), used

    def disguise(self, text: str) -> str:
        return self.disguise_with_log(text)[0]


def main() -> None:
    import argparse
    import csv

    parser = argparse.ArgumentParser(description="Show disguised samples of a COLD split.")
    parser.add_argument("--data", default="/work/shared/datasets/cold")
    parser.add_argument("--split", default="dev")
    parser.add_argument("--rate", type=float, default=0.2)
    parser.add_argument("-n", type=int, default=10)
    args = parser.parse_args()
    with open(f"{args.data}/train.csv", encoding="utf-8-sig") as fh:
        disguiser = Disguiser.from_corpus((r["TEXT"] for r in csv.DictReader(fh)), rate=args.rate)
    with open(f"{args.data}/{args.split}.csv", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    total: Counter[str] = Counter()
    for row in rows:
        _, used = disguiser.disguise_with_log(row["TEXT"])
        total.update(used)
    for row in rows[: args.n]:
        print(row["TEXT"], "\n  →", disguiser.disguise(row["TEXT"]))
    print("families used:", dict(total.most_common()))


if __name__ == "__main__":
    main()
