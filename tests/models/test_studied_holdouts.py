"""spam-v1 trains on the studied hold-out sets only: never on the sets kept for honest figures (session 12)."""

from __future__ import annotations

import pytest

from qungui.models.training import build_extras
from qungui.models.training.spam_corpus import HANDWRITTEN_BATCHES, Example, _tsv_lines, build_split

STUDIED_FILE = "spam-studied-holdouts.tsv"


@pytest.fixture(scope="module")
def holdout_data():
    with build_extras.benchmarks_importable():  # build() imports holdoutN_lines beside it
        yield build_extras.benchmark_module("holdout_data")


def test_the_studied_file_is_a_training_batch():
    assert STUDIED_FILE in {name for name, _, _ in HANDWRITTEN_BATCHES}
    lines = _tsv_lines(STUDIED_FILE)
    assert len(lines) > 8000 and {label for label, _ in lines} == {0, 1}


def test_never_tuned_and_blind_sets_are_not_trained_on(holdout_data):
    trained = {body for _, body in _tsv_lines(STUDIED_FILE)}
    assert not set(holdout_data.TRAINED) & set(holdout_data.NEVER_TUNED)
    kept_out = set(holdout_data.NEVER_TUNED) | set(range(max(holdout_data.TRAINED) + 1, holdout_data.LAST_SET + 1))
    assert {2, 3, 15} <= kept_out
    for part in sorted(kept_out):
        # a disguised variant may equal a trained set's text by chance; the lines as written never do
        as_written = {s.text for s in holdout_data.build(part) if s.variant == "as written"}
        assert as_written and not as_written & trained, f"set {part} is in {STUDIED_FILE}"


def test_the_studied_file_is_what_build_extras_writes(holdout_data):
    """The frozen file is up to date with holdout_data.TRAINED (rebuild: python -m ...build_extras)."""
    written = (build_extras.DATA_DIR / STUDIED_FILE).read_text(encoding="utf-8").splitlines()
    assert written == build_extras.studied_holdout_lines()


def test_experiment_batches_and_extra_reach_fit_and_train_only():
    extra = [Example("自家熏的腊肠，八十一斤，要的楼下取", 1, "experiment", 2.0)]
    for split in ("fit", "train"):
        examples = build_split(split, size=50, batches=(), extra=extra)
        assert extra[0] in examples
        assert not any(e.source.startswith(STUDIED_FILE) for e in examples)
    assert extra[0] not in build_split("dev", size=50, batches=(), extra=extra)
    assert any(e.source.startswith(STUDIED_FILE) for e in build_split("train", size=50))


def test_no_hand_written_batch_holds_a_line_of_a_kept_out_set(holdout_data):
    """The other batches were written apart from the hold-out sets (at most 0.5 similar by difflib, checked when they
    were written); here the cheap part of that promise: no line of a never-tuned or blind set is in any of them."""
    kept_out = set(holdout_data.NEVER_TUNED) | set(range(max(holdout_data.TRAINED) + 1, holdout_data.LAST_SET + 1))
    lines = {s.text for part in sorted(kept_out) for s in holdout_data.build(part) if s.variant == "as written"}
    for name, _, _ in HANDWRITTEN_BATCHES:
        if name != STUDIED_FILE:
            bodies = {body for _, body in _tsv_lines(name)}
            assert len(bodies) >= 250 and not bodies & lines, name  # every batch holds 298-700 lines
