"""The bundled samples are exactly what the generator script writes (deterministic, seeded)."""

from __future__ import annotations

from importlib import resources

from qungui.adapters.exports import dump_event
from qungui.offline.samples.make_samples import ADMINS, PEOPLE, build
from qungui.offline.samples.wechat_sample import write_wechat_sample


def bundled(name: str) -> bytes:
    return resources.files("qungui.offline.samples").joinpath(name).read_bytes()


def test_demo_log_matches_the_generator():
    events = build()
    assert 150 <= len(events) <= 300
    assert "".join(dump_event(e) + "\n" for e in events).encode("utf-8") == bundled("demo-chamber.jsonl")
    span = events[-1].ts - events[0].ts
    assert 9 <= span.days <= 10


def test_wechat_sample_matches_the_generator(tmp_path):
    path = tmp_path / "sample-wechat.csv"
    write_wechat_sample(path, PEOPLE, ADMINS[0])
    assert path.read_bytes() == bundled("sample-wechat.csv")
