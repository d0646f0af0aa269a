"""For any text: every compact character maps back inside the original, and evidence is a substring."""

from __future__ import annotations

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from qungui.text.contact_context import score_contacts, score_invitations  # noqa: E402
from qungui.text.lexicons import shipped_lexicon  # noqa: E402
from qungui.text.normalize import normalize  # noqa: E402

TRICKY = list(
    "加我微信薇❤♥ ·-_|\u200b\u200d\ufeff①③⑧⑴❶¹₁１𝟏一二三八零壹叁捌弓虽草艹亻言力口🐧✌✉賭場qQvVxX0123456789。，！"
)
texts = st.one_of(
    st.text(max_size=60),
    st.text(alphabet=st.sampled_from(TRICKY), max_size=60),
    st.lists(st.sampled_from([*TRICKY, "jia", "wo", "wei", "xin", "wxid_", "13800138000", "\ud800"]), max_size=30).map(
        "".join
    ),
)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_offsets_always_map_back_inside_the_original(text):
    norm = normalize(text)
    starts, ends = norm.compact_offsets, norm.compact_ends
    assert len(starts) == len(ends) == len(norm.compact)
    assert all(0 <= a < b <= len(text) for a, b in zip(starts, ends, strict=True))
    assert list(starts) == sorted(starts)
    for i in range(len(norm.compact)):
        for j in range(i + 1, min(len(norm.compact), i + 6) + 1):
            a, b = norm.original_span(i, j)
            assert 0 <= a < b <= len(text)
            assert norm.evidence(i, j) == text[a:b]


@settings(max_examples=200, deadline=None)
@given(texts)
def test_every_match_quotes_the_original(text):
    norm = normalize(text)
    for hit in shipped_lexicon().hits(norm):
        assert 0 <= hit.start < hit.end <= len(norm.compact)
        assert norm.evidence(hit.start, hit.end) in text
    for match in score_contacts(norm):
        assert norm.evidence(match.candidate.start, match.candidate.end) in text
        assert 0.0 <= match.score <= 0.99
    for invitation in score_invitations(norm):
        assert norm.evidence(invitation.start, invitation.end) in text
