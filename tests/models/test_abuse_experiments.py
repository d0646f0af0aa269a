"""The abuse second-pass experiment data (issue 3): cue pairs, the hand-written anti-bias file and the probe."""

from __future__ import annotations

from importlib import resources

import pytest

pytest.importorskip("sklearn")
pytest.importorskip("scipy")

from qungui.models.training.abuse_experiments import PROBE, cue_pair_keys
from qungui.models.training.data import load_split


def rows(name: str) -> list[tuple[int, str]]:
    text = resources.files("qungui.models").joinpath("data", name).read_text(encoding="utf-8")
    return [
        (int(line.split("\t", 1)[0]), line.split("\t", 1)[1]) for line in text.splitlines() if line and line[0] != "#"
    ]


def test_cue_pairs_need_a_stance_cue_and_a_target_word():
    assert cue_pair_keys("歧视黑人不好") == ["x*|*", "x*|黑人", "x歧视|*", "x歧视|黑人"]
    assert cue_pair_keys("黑人朋友来我家吃饭") == []
    assert cue_pair_keys("不要这样说话") == []


def test_antibias_file_has_both_classes_and_no_probe_text():
    antibias = rows("abuse-antibias.tsv")
    assert {label for label, _ in antibias} == {0, 1}
    assert sum(label == 0 for label, _ in antibias) >= 30
    trained = {text for _, text in antibias} | {text for _, text in rows("abuse-extra.tsv")}
    assert not trained & {text for _, text in PROBE}


def test_probe_is_balanced_enough_to_read():
    labels = [label for label, _ in PROBE]
    assert labels.count(0) >= 20 and labels.count(1) >= 10
    assert len({text for _, text in PROBE}) == len(PROBE)


def test_experiments_cannot_read_the_test_split(tmp_path):
    with pytest.raises(ValueError, match="reporting only"):
        load_split(tmp_path, "test")
