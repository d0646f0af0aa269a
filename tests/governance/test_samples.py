"""Admins' labels per group and retraining the group's spam model, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta
from itertools import product
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.governance.audit.models import AuditEntry
from qungui.governance.events.service import store_event
from qungui.governance.groups.service import ensure_group
from qungui.governance.samples import service
from qungui.governance.samples.models import GroupSpamModel, LabelledSample
from qungui.governance.samples.service import (
    NotEnoughSamples,
    SampleError,
    label_event,
    label_message,
    list_samples,
    load_model_store,
    retrain_group_model,
)
from qungui.models.spam import SpamModel
from qungui.models.training.train_spam import TrainingSet

NOW = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))

# A scam wording the shipped model partly misses: "digital collectibles" (数字藏品) drops with no contact details.
# Session 16's model catches 115 of 125 wordings with 数字藏品 spelt out, so the openers use the short form 数藏.
OPENERS = [
    "数藏首发",
    "元宇宙藏品空投",
    "头部平台数藏限量发售",
    "国潮数藏盲盒",
    "数藏白名单开放",
]
MIDDLES = [
    "认购一份送两份",
    "持有七天保底翻倍",
    "首发价九块九，二级市场已涨到两百",
    "转售秒到账，稳赚不亏",
    "前一百名送空投",
]
ENDS = ["明早十点开抢", "名额有限先到先得", "本群成员专享", "错过再等一年", "今晚八点准时开售"]
ALL_STYLE = ["，".join(parts) for parts in product(OPENERS, MIDDLES, ENDS)]
NEW_STYLE = ALL_STYLE[::4]
GROUP_CHAT = [
    "周末的书法展大家去看了吗",
    "这次拍卖会的图录已经发到群里了",
    "老师的新作品真不错",
    "明天的数字化转型讲座在三楼",
    "这个月的数据报表出来了，请查收",
    "藏友们，下周六在文化馆有交流会",
    "今天的直播讲解很精彩",
    "会费请在月底前交给秘书处",
    "我收了一幅山水画，大家帮忙看看",
    "展览门票在前台领取",
    "收到，谢谢",
    "群公告已更新",
    "新会员欢迎入群",
    "这张邮票是哪一年的",
    "瓷器鉴定要找专业机构",
    "今天的讲座录像在群文件",
    "周日上午十点在博物馆门口集合",
    "好的，我准时到",
    "请大家注意保管好自己的藏品",
    "年底有一场慈善义拍，欢迎捐赠作品",
    "这个印章的篆刻很精致",
    "有人知道这枚古钱币的年代吗",
    "我把展览照片发到相册了",
    "下个月组织去景德镇参观",
    "老师说下周的课改到周四",
    "大家周末愉快",
    "作品集已经印好了，到秘书处领",
    "今天降温了，出门多穿点",
    "恭喜张老师的作品获奖",
    "明年的年会在杭州举办",
]


@pytest.fixture(scope="module")
def shipped() -> SpamModel:
    return SpamModel.load()


@pytest.fixture(scope="module")
def base(shipped) -> TrainingSet:
    """The shipped training set, built once for this module (seconds)."""
    return TrainingSet.shipped(shipped.linear.featurizer)


def make_group(session, name: str = "collectors"):
    return ensure_group(session, ref=GroupRef(platform="sim", id=name), now=NOW)


def label_all(session, group, texts, label, *, start=NOW):
    for i, text in enumerate(texts):
        label_message(session, group=group, text=text, label=label, source="admin:a1", now=start + timedelta(seconds=i))


def audit_actions(session) -> list[str]:
    return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_labelling_is_idempotent_per_event_key_and_the_latest_label_wins(session):
    with session.begin():
        group = make_group(session)
        first = label_message(session, group=group, text="加我微信领红包", label="spam", source="admin:a1",
                              event_key="sim:collectors:message:m1", now=NOW)  # fmt: skip
        again = label_message(session, group=group, text="加我微信领红包", label="spam", source="admin:a1",
                              event_key="sim:collectors:message:m1", now=NOW + timedelta(minutes=1))  # fmt: skip
    assert again.id == first.id
    with session.begin():
        unbanned = label_message(session, group=group, text="加我微信领红包", label="ham", source="unban",
                                 event_key="sim:collectors:message:m1", now=NOW + timedelta(minutes=2))  # fmt: skip
        label_message(session, group=group, text="收到", label="ham", source="admin:a1", now=NOW)
        label_message(session, group=group, text="收到", label="ham", source="admin:a1", now=NOW)
    assert unbanned.id == first.id
    with session.begin():
        rows = list_samples(session, group=group)
        assert [(r.label, r.source, r.event_key) for r in rows] == [
            ("ham", "unban", "sim:collectors:message:m1"),
            ("ham", "admin:a1", None),
            ("ham", "admin:a1", None),
        ]
        assert [r.text for r in list_samples(session, group=group, label="spam")] == []
        assert len(list_samples(session, group=group, limit=2)) == 2
        assert audit_actions(session)[1:] == [
            "sample.labelled",
            "sample.relabelled",
            "sample.labelled",
            "sample.labelled",
        ]


def test_label_a_stored_message_event_by_its_key(session):
    event = MessageEvent(
        id="m7",
        group=GroupRef(platform="sim", id="collectors"),
        ts=NOW,
        sender=MemberRef(platform="sim", id="u9"),
        text="数字藏品首发，认购一份送两份",
    )
    with session.begin():
        group = make_group(session)
        store_event(session, group=group, event=event, now=NOW)
        sample = label_event(session, group=group, event_key=event.key, label="spam", source="admin:a1", now=NOW)
        assert (sample.text, sample.label, sample.event_key) == (event.text, "spam", event.key)
        with pytest.raises(SampleError, match="No message event"):
            label_event(session, group=group, event_key="sim:collectors:message:nope", label="spam",
                        source="admin:a1", now=NOW)  # fmt: skip


def test_labels_are_checked(session):
    with session.begin():
        group = make_group(session)
        with pytest.raises(ValueError):
            label_message(session, group=group, text="hi", label="junk", source="cli", now=NOW)
        with pytest.raises(SampleError, match="empty"):
            label_message(session, group=group, text="  ", label="spam", source="cli", now=NOW)


def test_too_few_samples_is_a_clear_error_and_stores_nothing(session, shipped, base):
    with session.begin():
        group = make_group(session)
        label_all(session, group, NEW_STYLE[:5], "spam")
        label_all(session, group, GROUP_CHAT, "ham")
    with session.begin(), pytest.raises(NotEnoughSamples) as caught:
        retrain_group_model(session, group=group, now=NOW, shipped=shipped, base=base)
    message = str(caught.value)
    assert "样本不足" in message and "Not enough samples" in message and "5 spam" in message
    assert (caught.value.spam, caught.value.ham) == (5, len(GROUP_CHAT))
    with session.begin():
        assert session.scalar(select(func.count()).select_from(GroupSpamModel)) == 0
        assert not [a for a in audit_actions(session) if a.startswith("spam_model")]


def test_retraining_learns_a_new_spam_style_and_is_stored(session, shipped, base):
    # The wordings of the style spam-v1 misses (session 16's model catches 81 of the 125: 44 are left): what the
    # group's admins would label. Enough of them must be left for the test to mean anything.
    style = [t for t in ALL_STYLE if not shipped.is_spam(shipped.score(t))]
    assert len(style) >= 16, "the style must still be partly new to spam-v1"
    with session.begin():
        group = make_group(session)
        other = make_group(session, "other")
        label_all(session, group, style, "spam")
        label_all(session, group, GROUP_CHAT, "ham")
    with session.begin():
        report = retrain_group_model(session, group=group, now=NOW, shipped=shipped, base=base)
    assert report.stored and report.version == 1 and report.before_model == "spam-v1"
    assert report.held_out_counts["spam"] >= 3 and report.held_out_counts["ham"] >= 3
    assert sum(report.train_counts.values()) + sum(report.held_out_counts.values()) == len(style + GROUP_CHAT)
    assert report.after.recall >= 0.8 and report.after.recall - report.before.recall >= 0.5
    assert report.after.precision >= report.before.precision and report.after.f1 > report.before.f1
    with session.begin():
        row = session.scalars(select(GroupSpamModel)).one()
        assert (row.group_id, row.version, row.base_model, row.trained_at) == (group.id, 1, "spam-v1", NOW)
        assert row.figures["after"]["recall"] == round(report.after.recall, 4)
        assert len(row.model) < 1024 * 1024
        assert audit_actions(session)[-1] == "spam_model.retrained"
        store = load_model_store(session, shipped=shipped)
    own = store.spam_model("sim", "collectors")
    assert own is not None and own.group == "sim:collectors" and own.version == 1
    assert own.linear.featurizer is shipped.linear.featurizer
    assert store.spam_model("sim", "other") is None and other.id != group.id
    # wordings of the style that no admin labelled: the group's model catches more of them, some the shipped one misses
    unseen = [
        "国潮数字藏品今晚开售，稳赚不亏，本群成员专享",
        "数字藏品新一期今晚上架，本群成员优先",
        "国风数藏今晚首发，错过再等一年",
        "国潮藏品今晚首发，本群专享",
    ]
    by_own = [own.is_spam(own.score(t)) for t in unseen]
    by_shipped = [shipped.is_spam(shipped.score(t)) for t in unseen]
    assert sum(by_own) > sum(by_shipped)
    assert any(o and not s for o, s in zip(by_own, by_shipped, strict=True))
    assert not own.is_spam(own.score("明天上午十点在三楼开会，请准时参加"))

    with session.begin():
        second = retrain_group_model(session, group=group, now=NOW + timedelta(days=1), shipped=shipped, base=base)
    assert second.before_model == "spam-v1 group v1" and second.stored and second.version == 2


def test_a_worse_model_is_not_stored(session, shipped, base, monkeypatch):
    with session.begin():
        group = make_group(session)
        label_all(session, group, NEW_STYLE, "spam")
        label_all(session, group, GROUP_CHAT, "ham")
    worse = SpamModel.from_bytes(shipped.to_bytes())
    worse.linear.meta = {**worse.linear.meta, "threshold": 0.999}
    monkeypatch.setattr(service, "fit_group_model", lambda *args, **kwargs: worse)
    monkeypatch.setattr(service, "score_on", lambda model, held: _fake_scores(model is worse))
    with session.begin():
        report = retrain_group_model(session, group=group, now=NOW, shipped=shipped, base=base)
    assert not report.stored and report.version is None and "未保存" in report.reason and "not stored" in report.reason
    with session.begin():
        assert session.scalar(select(func.count()).select_from(GroupSpamModel)) == 0
        assert audit_actions(session)[-1] == "spam_model.kept"
        assert session.scalar(select(func.count()).select_from(LabelledSample)) == len(NEW_STYLE + GROUP_CHAT)


def _fake_scores(new: bool):
    from qungui.models.training.train_spam import Scores

    return Scores(0.5, 0.5, 0.2, 0.3, 1, 1, 4, 5) if new else Scores(0.5, 1.0, 0.5, 0.6667, 2, 0, 2, 6)
