"""`qungui model label|samples|retrain|export` against a temporary SQLite database."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from typer.testing import CliRunner

from qungui.cli.model import app
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.events.service import store_event
from qungui.governance.groups.service import ensure_group
from qungui.models.spam import SpamModel
from qungui.storage.db import make_engine, make_session_factory, migrate

runner = CliRunner()
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
GROUP = "sim:g1"
OPENERS = ("数字藏品首发", "国潮数字藏品开售", "数字藏品白名单开放")
MIDDLES = ("认购一份送两份", "持有七天保底翻倍", "转售秒到账")
SPAM = [f"{a}，{b}，{c}" for a in OPENERS for b in MIDDLES for c in ("明早十点开抢", "本群成员专享")]
HAM = [
    "周末的书法展大家去看了吗", "这次拍卖会的图录已经发到群里了", "老师的新作品真不错", "明天的讲座在三楼",
    "会费请在月底前交给秘书处", "展览门票在前台领取", "收到，谢谢", "群公告已更新", "新会员欢迎入群",
    "这张邮票是哪一年的", "今天的讲座录像在群文件", "周日上午十点在博物馆门口集合", "好的，我准时到",
    "年底有一场慈善义拍，欢迎捐赠作品", "下个月组织去景德镇参观", "大家周末愉快", "恭喜张老师的作品获奖",
]  # fmt: skip


@pytest.fixture
def database(tmp_path, monkeypatch) -> str:
    url = f"sqlite:///{tmp_path / 'model-cli.sqlite3'}"
    migrate(url)
    monkeypatch.setenv("QUNGUI_DATABASE_URL", url)
    return url


def invoke(*args: str):
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_label_and_list_samples(database):
    result = invoke("label", GROUP, "spam", "数字藏品首发，认购一份送两份", "--by", "admin7")
    assert result.exit_code == 0, result.output
    assert "labelled" in result.output and "1 samples" in result.output
    assert invoke("label", GROUP, "ham", "收到，谢谢").exit_code == 0
    listed = invoke("samples", GROUP)
    assert listed.exit_code == 0, listed.output
    assert "数字藏品首发" in listed.output and "admin:admin7" in listed.output and "2 samples" in listed.output
    only_ham = invoke("samples", GROUP, "--label", "ham")
    assert "收到" in only_ham.output and "数字藏品" not in only_ham.output


def test_label_a_stored_event_by_key(database):
    event = MessageEvent(
        id="m1", group=GroupRef(platform="sim", id="g1"), ts=NOW, sender=MemberRef(platform="sim", id="u1"),
        text="国潮数字藏品开售，转售秒到账",
    )  # fmt: skip
    engine = make_engine(database)
    with make_session_factory(engine).begin() as session:
        store_event(session, group=ensure_group(session, ref=event.group, now=NOW), event=event, now=NOW)
    engine.dispose()
    for _ in range(2):
        result = invoke("label", GROUP, "spam", "--event-key", event.key)
        assert result.exit_code == 0, result.output
    assert "1 samples" in result.output  # the same event labelled twice is one sample
    missing = invoke("label", GROUP, "spam", "--event-key", "sim:g1:message:nope")
    assert missing.exit_code == 2 and "No message event" in missing.output


def test_bad_arguments_exit_2(database):
    assert invoke("label", "no-platform", "spam", "x").exit_code == 2
    assert invoke("label", GROUP, "spam").exit_code == 2  # neither text nor --event-key
    assert invoke("samples", "sim:unknown").exit_code == 2
    assert runner.invoke(app, ["label", GROUP, "junk", "x"]).exit_code == 2


def test_retrain_with_too_few_samples_exits_1(database):
    for text in SPAM[:3]:
        invoke("label", GROUP, "spam", text)
    for text in HAM:
        invoke("label", GROUP, "ham", text)
    result = invoke("retrain", GROUP)
    assert result.exit_code == 1
    assert "样本不足" in result.output and "Not enough samples" in result.output
    assert invoke("export", GROUP, "unused.npz").exit_code == 1


def test_retrain_prints_before_and_after_and_export_writes_the_model(database, tmp_path):
    for text in SPAM:
        assert invoke("label", GROUP, "spam", text).exit_code == 0
    for text in HAM:
        assert invoke("label", GROUP, "ham", text).exit_code == 0
    result = invoke("retrain", GROUP)
    assert result.exit_code == 0, result.output
    out = result.output
    assert "before" in out and "after" in out and "spam-v1" in out and "held-out" in out
    assert "stored as v1" in out
    path = tmp_path / "g1.npz"
    exported = invoke("export", GROUP, str(path))
    assert exported.exit_code == 0, exported.output
    model = SpamModel.from_path(path)
    assert model.group == GROUP and model.version == 1
    assert model.is_spam(model.score("国潮数字藏品开售，持有七天保底翻倍，名额有限"))
