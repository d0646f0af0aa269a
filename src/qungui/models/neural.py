"""numpy inference for the abuse model's order-aware half: a char + pinyin-syllable BiGRU.

    net = NeuralModel.from_bytes(npz_bytes)    # weights stored as float16, computed in float64
    net.score_many(["你个傻逼", "明天开会"])      # probabilities, one per compact text

Trained by `qungui.models.training.train_abuse_neural` (PyTorch, training only); this module needs
numpy alone and reproduces PyTorch's GRU (gates r, z, n; h' = (1 - z) * n + z * h) to ~1e-6
(float16 weights, float64 arithmetic).
Each text is its first `MAX_LEN` characters (callers window longer texts). Texts are sorted by
length and run in batches, so padding stays small; each GRU time step is one (B, H) x (H, 3H)
product per direction, and the input projections of all characters are one product up front.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import numpy as np

HAN_FIRST = 0x4E00
HAN_LAST = 0x9FFF
MAX_LEN = 256
BATCH = 64  # small batches keep the (B, 3H) step products in cache: fastest in measurements
BMP = 0x10000
BIGRAMS = 32749  # hashed char-bigram buckets; bucket = (previous code point * MULT + code point) % BIGRAMS + 1
BIGRAM_MULT = 1_000_003


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 0.5 * (1.0 + np.tanh(0.5 * x))  # no overflow for large |x|


class NeuralModel:
    def __init__(self, arrays: dict[str, np.ndarray]) -> None:
        dt = np.float64  # float64 math: batch and one-by-one results agree after rounding (see score_many)
        vocab = [str(ch) for ch in arrays["vocab"]]
        table = arrays["pinyin_table"].astype(np.int64)
        # Char ids: 0 padding, 1 unknown, 2.. vocab. A dense table for the BMP, a dict beyond it.
        self.char_lut = np.ones(BMP, dtype=np.int32)
        self.char_extra: dict[int, int] = {}
        for i, ch in enumerate(vocab):
            cp = ord(ch)
            if cp < BMP:
                self.char_lut[cp] = i + 2
            else:
                self.char_extra[cp] = i + 2
        # Syllable ids: 1 = none, k + 1 = reading k of the pinyin table (Han chars only).
        self.syl_lut = np.ones(BMP, dtype=np.int32)
        han = np.arange(HAN_FIRST, HAN_LAST + 1)
        self.syl_lut[han] = np.where(table[: len(han)] > 0, table[: len(han)] + 1, 1)
        w_ih = arrays["gru_w_ih"].astype(dt)  # (2 directions, 3H, E)
        b_ih = arrays["gru_b_ih"].astype(dt)

        def project(table: np.ndarray, bias: bool) -> np.ndarray:
            """Each embedding row times both directions' input weights (+ bias once): (rows, 2, 3H).

            Embeddings are summed before the GRU's (linear) input product, so the product of a text is
            the sum of these rows: a gather instead of a (tokens x E) @ (E x 3H) product per batch."""
            out = np.stack([table.astype(dt) @ w_ih[d].T for d in (0, 1)], axis=1)
            return (out + b_ih[None] if bias else out).astype(np.float32)

        self.char_proj = project(arrays["char_embedding"], True)
        self.syl_proj = project(arrays["syllable_embedding"], False)
        bigram = arrays.get("bigram_embedding")
        self.bigram_proj = None if bigram is None else project(bigram, False)
        self.w_hh_t = np.ascontiguousarray(arrays["gru_w_hh"].astype(dt).transpose(0, 2, 1))  # (2, H, 3H)
        self.b_hh = arrays["gru_b_hh"].astype(dt)
        self.out_w = arrays["out_w"].astype(dt)
        self.out_b = float(arrays["out_b"].astype(dt)[0])
        self.hidden = self.w_hh_t.shape[1]

    @classmethod
    def from_bytes(cls, blob: bytes) -> NeuralModel:
        with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
            return cls({k: npz[k] for k in npz.files})

    def _ids(self, text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        text = text[:MAX_LEN] or " "
        cps = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype="<u4").astype(np.int64)
        inside = cps < BMP
        low = np.where(inside, cps, 0)
        chars = self.char_lut[low]
        syl = np.where(inside, self.syl_lut[low], 1)
        if not inside.all():
            extra = self.char_extra
            chars = np.where(inside, chars, [extra.get(int(c), 1) for c in cps])
        prev = np.concatenate([[0], cps[:-1]])
        return chars, syl, (prev * BIGRAM_MULT + cps) % BIGRAMS + 1

    def score_many(self, texts: Sequence[str]) -> np.ndarray:
        """Probability of "offensive" for each text (its first MAX_LEN characters), float64 array."""
        out = np.zeros(len(texts), dtype=np.float64)
        if not texts:
            return out
        encoded = [self._ids(t) for t in texts]
        order = sorted(range(len(texts)), key=lambda i: len(encoded[i][0]))
        for start in range(0, len(order), BATCH):
            idx = order[start : start + BATCH]
            out[idx] = self._batch([encoded[i] for i in idx])
        # BLAS may sum in a different order for a different batch size (last-bit differences):
        # round so a text scores the same alone or in any batch.
        return np.round(out, 9)

    def _batch(self, encoded: list[tuple[np.ndarray, np.ndarray, np.ndarray]]) -> np.ndarray:
        lengths = np.asarray([len(e[0]) for e in encoded])
        b, t_max, h = len(encoded), int(lengths.max()), self.hidden
        chars = np.concatenate([e[0] for e in encoded])
        syl = np.concatenate([e[1] for e in encoded])
        proj = self.char_proj[chars].astype(np.float64) + self.syl_proj[syl]  # (tokens, 2, 3H)
        if self.bigram_proj is not None:
            proj += self.bigram_proj[np.concatenate([e[2] for e in encoded])]
        # Padded positions: row = text, col = time; flat token k sits at (row[k], col[k]).
        row = np.repeat(np.arange(b), lengths)
        col = np.arange(len(chars)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        mask = np.arange(t_max)[None, :] < lengths[:, None]  # (B, T)
        outputs = np.zeros((b, t_max, 2 * h), dtype=np.float64)
        for d in (0, 1):
            gi = np.zeros((b, t_max, 3 * h), dtype=np.float64)
            # Backward direction: each text reversed within its own length, then run forwards.
            gi[row, col if d == 0 else lengths[row] - 1 - col] = proj[:, d]
            hs = self._run(gi, mask, d)
            if d == 0:
                outputs[:, :, :h] = hs
            else:
                outputs[row, col, h:] = hs[row, lengths[row] - 1 - col]
        pooled_max = np.where(mask[:, :, None], outputs, np.float64(-1e4)).max(axis=1)
        pooled_mean = (outputs * mask[:, :, None]).sum(axis=1) / lengths[:, None].astype(np.float64)
        logits = np.concatenate([pooled_max, pooled_mean], axis=1) @ self.out_w + self.out_b
        return _sigmoid(logits)

    def _run(self, gi: np.ndarray, mask: np.ndarray, d: int) -> np.ndarray:
        b, t_max, h3 = gi.shape
        h = h3 // 3
        w_hh_t, b_hh = self.w_hh_t[d], self.b_hh[d]
        state = np.zeros((b, h), dtype=np.float64)
        hs = np.zeros((b, t_max, h), dtype=np.float64)
        full = mask.all(axis=0)
        for t in range(t_max):
            g = gi[:, t]
            gh = state @ w_hh_t + b_hh
            rz = _sigmoid(g[:, : 2 * h] + gh[:, : 2 * h])
            n = np.tanh(g[:, 2 * h :] + rz[:, :h] * gh[:, 2 * h :])
            new = n + rz[:, h:] * (state - n)
            state = new if full[t] else np.where(mask[:, t, None], new, state)
            hs[:, t] = state
        return hs
