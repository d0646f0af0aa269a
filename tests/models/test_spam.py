"""The shipped ads/spam model: loads from the package, ranks sensibly, is deterministic, bounded and light."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from datetime import datetime
from importlib import resources
from zoneinfo import ZoneInfo

import pytest

from qungui.core.categories import Category
from qungui.core.events import GroupRef, MemberRef, MessageEvent
from qungui.models.linear import FitConfig, LinearModel, fit_logistic
from qungui.models.spam import SpamModel
from qungui.models.training.spam_corpus import build_split, corpus_data
from qungui.rules.detectors.base import DetectContext
from qungui.rules.detectors.spam import SpamClassifierDetector, SpamClassifierSettings
from qungui.rules.schema import Clause, Rulebook
from qungui.rules.state import GroupState, MemberState

MAX_MODEL_BYTES = 1024 * 1024
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
# Hand-written for this test; not in the corpus (checked below), so not in the report split either.
ADS = [
    "招聘线上兼职，手机就能做，每单佣金十五元，当天结算，加微信详聊",
    "无需抵押，凭身份证最快两小时放款，额度三到五十万，电话18612345678",
    "澳门线上娱乐城，注册就送38元，百家乐真人发牌，网址 www.vip888.top",
    "朋友们，有需要化妆品的可以找我，厂家直发，比专柜便宜一半，V：meimei6688",
    "免费领取洗衣液两桶，扫码填写地址即可，仅限今天前一百名",
    "股票交流群，每天分享涨停牛股，老师免费指导，加QQ 3382910475",
    "家人们，进群每天抢红包，群号 785412369",
    "兼 职 刷 单，日 结 三 百，薇 信 bb2233",
    "寂寞的朋友看过来，同城美女在线陪聊，私聊我拿联系方式",
    "专业代开各类增值税发票，点数低，可查验，需要的私聊",
]
CHAT = [
    "周三下午两点在二楼会议室开项目评审会，请带上电脑",
    "会员朋友们，本店周末店庆全场八五折，积分可抵现，欢迎到店",
    "推荐一个合作多年的印刷厂，质量好交货快，需要的话我把老板电话推给你",
    "订单号 DD202311240031 的客户要开发票，财务帮忙处理一下",
    # A buyer's price talk. A bare "这款茶叶每斤380元，是今年的明前茶" (here until session 10) reads as a member's
    # offer to the retrained model (0.55): product and price alone is how the hand-written casual sales read.
    "上次在超市买的茶叶每斤380元，贵了点但挺好喝",
    "人力资源部：公司招聘行政助理一名，欢迎同事内部推荐",
    "请大家把公司今天发的招聘文章转发到朋友圈，谢谢配合",
    "物业通知：本周四上午停电检修，请提前做好准备",
    "收到，我下午把报价单发给你",
    "孩子明天秋游，记得带水和零食",
    "快递到了放在前台，自己来拿一下",
    "这个月的团建去爬山，想去的接龙",
]


@pytest.fixture(scope="module")
def model() -> SpamModel:
    return SpamModel.load()


def data_file(name: str):
    return resources.files("qungui.models").joinpath("data", name)


def test_model_loads_from_the_package_with_its_card(model):
    card = json.loads(data_file("spam-v1.json").read_text(encoding="utf-8"))
    assert model.name == card["name"] == "spam-v1" and model.group is None and model.version == 1
    assert model.threshold == card["threshold"] == card["dev"]["threshold"]
    assert 0.0 < model.threshold < 1.0
    # the threshold chosen by leave-sets-out (session 23); the dev rule's choice is kept for the record
    from qungui.models.training.train_spam import SHIPPED_THRESHOLD

    assert card["threshold"] == SHIPPED_THRESHOLD and "leave-sets-out" in card["threshold_rule"]
    assert 0.0 < card["dev_threshold"] < 1.0
    assert card["input"] == "qungui.text.normalize.normalize(text).compact"
    assert {"precision", "recall", "f1"} <= set(card["report"])


def test_ranks_hand_written_ads_above_ordinary_chat(model):
    corpus = data_file("spam-corpus.yaml").read_text(encoding="utf-8")
    assert not [t for t in ADS + CHAT if t in corpus], "test texts must not come from the corpus"
    ads = [model.score(t) for t in ADS]
    chat = [model.score(t) for t in CHAT]
    assert min(ads) > max(chat)
    assert all(model.is_spam(s) for s in ads)
    assert not any(model.is_spam(s) for s in chat)


def test_scores_are_deterministic_across_processes(model):
    """Stable hashing (CRC-32), never the salted hash(): another process with another seed agrees."""
    code = (
        "import json, sys\n"
        "from qungui.models.spam import SpamModel\n"
        "m = SpamModel.load()\n"
        "print(json.dumps([m.score(t) for t in json.loads(sys.argv[1])]))\n"
    )
    texts = ADS[:3] + CHAT[:3]
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code, json.dumps(texts)], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [model.score(t) for t in texts]
    assert [model.score(t) for t in texts] == [SpamModel.load().score(t) for t in texts]


@pytest.mark.parametrize(
    "text",
    ["", "好" * 1_000_000, "😀🎉👍" * 30_000, "\ud800", "加我\udfff微信\ud83d" * 100, "\x00\x02\x03" * 1000],
    ids=["empty", "1MB", "emoji-only", "lone-surrogate", "surrogates-in-text", "control-chars"],
)
def test_bounded_time_on_hostile_input(model, text):
    start = time.perf_counter()
    score = model.score(text)
    assert time.perf_counter() - start < 2.0
    assert 0.0 <= score <= 1.0


def test_inference_does_not_import_scikit_learn():
    code = (
        "import sys\n"
        "from qungui.models.spam import SpamModel\n"
        "import qungui.rules.detectors.spam\n"
        "SpamModel.load().score('兼职刷单日结，加我微信')\n"
        "print(sorted(m for m in ('sklearn', 'scipy', 'qungui.models.training') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_model_file_is_small():
    assert len(data_file("spam-v1.npz").read_bytes()) < MAX_MODEL_BYTES


def test_model_file_round_trips(model):
    again = SpamModel.from_bytes(model.to_bytes(), share=model)
    assert again.linear.featurizer is model.linear.featurizer
    assert [again.score(t) for t in ADS + CHAT] == [model.score(t) for t in ADS + CHAT]
    assert again.threshold == model.threshold


def test_features_see_through_homophones_pinyin_and_shapes(model):
    fz = model.linear.featurizer
    assert fz.split_pinyin("jiawoweixin") == ["jia", "wo", "wei", "xin"]
    assert fz.tokens("加威信13800138000") == ["jia", "wei", "xin", "#d11"]
    assert fz.tokens("vx") == ["vx"] and fz.tokens("ab1234567") == ["#m7"]
    shared = fz.buckets("加我威信") & fz.buckets("jiawoweixin") & fz.buckets("加我微信")
    assert len(shared) >= 5  # the pinyin token grams "jia wo wei xin" and their parts
    assert fz.buckets("a\ud800b")  # lone surrogates are hashed, not an error


def test_corpus_is_deterministic_and_the_report_split_is_separate():
    first = build_split("report", size=60)
    assert first == build_split("report", size=60)
    data = corpus_data()
    for kind in ("spam", "ham"):
        train = {t for ts in data[kind]["train"].values() for t in ts}
        report = {t for ts in data[kind]["report"].values() for t in ts}
        assert not train & report, f"{kind}: a report template is also a train template"
    hand = data["handwritten"]
    for kind in ("spam", "ham"):
        assert not set(hand["train"][kind]) & set(hand["report"][kind])
    assert not set(data["slots"]["contact"]) & set(data["report_slots"]["contact"])
    assert {e.label for e in first} == {0, 1}


def test_fit_logistic_is_deterministic_and_learns():
    rows = [{1, 2}, {1, 3}, {4, 5}, {4, 6}] * 10
    labels = [1, 1, 0, 0] * 10
    w1, b1 = fit_logistic(rows, labels, 8, config=FitConfig(epochs=20, batch=8, lr=0.1), seed=3)
    w2, b2 = fit_logistic(rows, labels, 8, config=FitConfig(epochs=20, batch=8, lr=0.1), seed=3)
    assert (w1 == w2).all() and b1 == b2
    assert w1[1] > 0 > w1[4]


# --- the detector ---------------------------------------------------------------------------------


def make_detector(cls: type[SpamClassifierDetector] = SpamClassifierDetector, **settings) -> SpamClassifierDetector:
    clause = Clause(
        id="一.6", text="不得发广告", title="不发广告", category=Category.AD, enforcement="manual", reason="test"
    )
    book = Rulebook(name="t", title="t", group_kind="custom", clauses=[clause])
    return cls(SpamClassifierSettings(**settings), clause=clause, rulebook=book)


def message(text: str, group: str = "g1") -> tuple[MessageEvent, DetectContext]:
    event = MessageEvent(
        id="m1",
        group=GroupRef(platform="sim", id=group),
        ts=NOW,
        sender=MemberRef(platform="sim", id="u1"),
        text=text,
    )
    book = make_detector().rulebook
    return event, DetectContext(book, GroupState(group_id=group), MemberState(member_id="u1"), NOW)


def test_detector_reports_ads_and_not_chat():
    detector = make_detector()
    assert "default_model" not in detector.__dict__  # lazy: nothing loaded before the first message
    found = detector.detect(*message(ADS[0]))
    assert len(found) == 1
    f = found[0]
    assert f.detector == "spam_model" and f.category is Category.AD and f.clause == "一.6"
    assert f.evidence == ADS[0] and f.detail == {"model": "spam-v1"} and f.score >= detector.default_model.threshold
    loaded = detector.default_model
    for text in CHAT:
        assert detector.detect(*message(text)) == []
    assert detector.default_model is loaded


def test_detector_threshold_min_chars_and_evidence_truncation():
    text = ADS[0] + "。" + "今天天气不错" * 20
    score = make_detector().default_model.score(text)
    assert make_detector(threshold=min(0.99, score + 0.01)).detect(*message(text)) == []
    found = make_detector(threshold=max(0.01, score - 0.01)).detect(*message(text))
    assert found and len(found[0].evidence) == 60 and text.startswith(found[0].evidence[:-1])
    assert make_detector(min_chars=200).detect(*message(ADS[0])) == []
    assert make_detector().detect(*message("")) == []


def _variant(model: SpamModel, **meta) -> SpamModel:
    linear = model.linear
    return SpamModel(LinearModel(linear.featurizer, linear.weights, linear.bias, {**linear.meta, **meta}))


def test_detector_uses_a_model_file_from_settings(tmp_path, model):
    path = tmp_path / "strict.npz"
    path.write_bytes(_variant(model, threshold=0.999).to_bytes())
    assert make_detector(model=str(path)).detect(*message(ADS[1])) == []
    assert make_detector().detect(*message(ADS[1]))


def test_detector_uses_the_groups_own_model_from_a_store(model):
    eager = _variant(model, threshold=0.001, group="sim:g1", version=3)

    class Store:
        def spam_model(self, platform: str, group_id: str) -> SpamModel | None:
            return eager if (platform, group_id) == ("sim", "g1") else None

    cls = SpamClassifierDetector.with_store(Store())
    assert cls.id == "spam_model" and SpamClassifierDetector.store is None
    detector = make_detector(cls)
    found = detector.detect(*message(CHAT[0], group="g1"))
    assert found and found[0].detail == {"model": "spam-v1", "group_model": 3}
    assert detector.detect(*message(CHAT[0], group="other")) == []  # other groups: the shipped model
    assert "groups' retrained models" in detector.mechanism()


RULES = """
name: t
title: t
group_kind: custom
ladders:
  dissuade: {title: 劝阻, steps: [{action: dissuade}, {action: dissuade}, {action: remove}]}
clauses:
  - {id: 一.6, text: 不得发广告, title: 不发广告, category: ad, enforcement: auto, ladder: dissuade,
     detectors: [{type: spam_model, settings: {min_chars: 4}}]}
"""


def test_through_the_engine_with_a_registry_holding_the_groups_store(model):
    from qungui.rules.compiled import compile_rulebook
    from qungui.rules.detectors import builtin_detectors
    from qungui.rules.loader import parse_rulebook
    from support import Scenario

    eager = _variant(model, threshold=0.001, group="sim:g1", version=2)

    class Store:
        def spam_model(self, platform: str, group_id: str) -> SpamModel | None:
            return eager if group_id == "g1" else None

    plain = {**builtin_detectors(), "spam_model": SpamClassifierDetector}
    book = compile_rulebook(parse_rulebook(RULES, registry=plain), plain)
    s = Scenario(book=book)
    ad = s.say("u1", ADS[0])
    assert [f.detector for f in ad.findings] == ["spam_model"] and ad.findings[0].clause == "一.6"
    assert s.say("u2", CHAT[0]).findings == ()

    with_store = {**plain, "spam_model": SpamClassifierDetector.with_store(Store())}
    s = Scenario(book=compile_rulebook(parse_rulebook(RULES, registry=with_store), with_store))
    assert s.say("u2", CHAT[0]).findings[0].detail == {"model": "spam-v1", "group_model": 2}


ENGLISH_CHAT = (
    "Could anyone forward the Q3 forecast deck? The attachment in the thread will not open",
    "Standup is moved to 10:30, same Teams link as yesterday",
)


def test_text_without_han_characters_needs_the_higher_threshold(model):
    """English work chat is outside what spam-v1 learnt (its scores there are near chance); pinyin ads are not."""
    detector = make_detector()
    for text in ENGLISH_CHAT:
        score = model.score(text)
        assert detector.detect(*message(text)) == [] or score >= detector.settings.no_han_threshold, (text, score)
        # with the plain threshold alone the English line would count whenever it scores above 0.5
        loose = make_detector(no_han_threshold=model.threshold)
        assert bool(loose.detect(*message(text))) == (score >= model.threshold)
    pinyin_ad = "jia wo wei xin ri jie jian zhi, mian fei dai ni zhuan qian, jz_8866"
    assert model.score(pinyin_ad) >= detector.settings.no_han_threshold
    assert detector.detect(*message(pinyin_ad))
    # one Han character is enough to be judged by the model's own threshold
    mixed = "Earn 日结 fast, DM me"
    assert bool(detector.detect(*message(mixed))) == (model.score(mixed) >= model.threshold)
    assert make_detector(no_han_threshold=1).detect(*message(pinyin_ad)) == []
    assert "without Han characters >= 0.85" in detector.mechanism()


def test_a_call_to_contact_the_sender_lowers_the_threshold(model):
    from qungui.rules.detectors.spam import call_to_sender
    from qungui.text.normalize import normalize

    offer = "宠物美容上门，洗澡修毛一次八十，需要的戳我"
    score = model.score(offer)
    assert call_to_sender(normalize(offer)) == "戳我"
    strict = {"threshold": 0.9999}  # only the lowered threshold can report it
    found = make_detector(**strict, call_threshold=max(0.01, score - 0.01)).detect(*message(offer))
    assert found and found[0].detail == {"model": "spam-v1", "call": "戳我"}
    assert make_detector(**strict, call_threshold=min(1, score + 0.005)).detect(*message(offer)) == []
    assert make_detector().detect(*message(offer))
    without_call = "宠物美容上门，洗澡修毛一次八十"
    assert call_to_sender(normalize(without_call)) is None
    assert make_detector(threshold=0.99, call_threshold=0.01).detect(*message(without_call)) == []
    # someone adding me is a report, not a call; ordinary calls score low with the shipped model
    assert call_to_sender(normalize("客户加我微信说要看报价")) is None
    for text in (
        "有问题私聊我，别刷屏",
        "报销单模板谁还没有的私我，我单独发",
        "团建人均预算300，超出部分自理，有意见私下找我",
        # "钥匙我放传达室了，回来晚的找我要，电话 188…" was here: session 12's model scores it 0.52, a false alarm
        # it accepted with the retraining (docs/spam-training.md (k), "What it costs"). "下午我在家，快递到了吱一声
        # 152…" was here too: session 14's model (trained with spam-handwritten-14.tsv) scores it 0.47, over its
        # threshold 0.44 (0.09 without the number); the same cost, accepted in docs/spam-training.md (l)
        "下午我在家，快递到了吱一声",
    ):
        assert call_to_sender(normalize(text)) is not None
        assert make_detector().detect(*message(text)) == [], (text, model.score(text))


def test_a_clause_calling_whoever_wants_it_lowers_the_threshold_further(model):
    from qungui.rules.detectors.spam import CALL_THRESHOLD, CLAUSE_CALL_THRESHOLD, call_to_sender, clause_call
    from qungui.text.normalize import normalize

    # casual sales (new wording, set 19 and 20's kind): session 9's model scored them between the two thresholds,
    # session 12's (trained on the studied hold-out sets) above its own; the clause's threshold is tested alone here
    strict = {"threshold": 0.9999, "call_threshold": 1}
    for offer, call in (
        ("包了些粽子，要的打个招呼", "要的打个招呼"),
        ("打了些年糕，要的打个招呼", "要的打个招呼"),
    ):
        score = model.score(offer)
        assert clause_call(normalize(offer)) == call_to_sender(normalize(offer)) == call
        found = make_detector(**strict, clause_call_threshold=max(0.01, score - 0.01)).detect(*message(offer))
        assert found and found[0].detail == {"model": "spam-v1", "call": call}
        assert make_detector(**strict, clause_call_threshold=1).detect(*message(offer)) == []
        assert make_detector(**strict, clause_call_threshold=min(1, score + 0.005)).detect(*message(offer)) == []
    # the shipped detector end to end; session 22's model scores the rice-cake offer 0.23, under the clause calls'
    # threshold (set 72's ordinary "到楼下先打个招呼", trained on since, pulled the words down; lowering the threshold
    # to 0.20 found no more ads leave-sets-out and made two more false alarms), so only the first is checked here
    assert make_detector().detect(*message("包了些粽子，要的打个招呼"))
    assert CLAUSE_CALL_THRESHOLD < CALL_THRESHOLD
    # a lexicon call ("单聊", "找我") in that score band is not enough: work chat uses those too
    offer = "游戏会员车还有空位，要上车的单聊"
    assert call_to_sender(normalize(offer)) == "单聊" and clause_call(normalize(offer)) is None
    clause_only = {"threshold": 0.9999, "call_threshold": 1, "clause_call_threshold": 0.01}
    assert make_detector(**clause_only).detect(*message(offer)) == []
    assert make_detector(**clause_only).detect(*message("包了些粽子，要的打个招呼"))
    # a file setting or a clause threshold turns it off, as the other lowered thresholds
    assert make_detector(threshold=0.9).clause_call_threshold() == 1.0
    assert "with a clause calling whoever wants it >= 0.25" in make_detector().mechanism()


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("二手书一箱，等个有缘人搬走", "有缘人"),
        ("插画接单中，作品在我相册", "在我相册"),
        ("旧沙发低价处理，位置问我", "位置问我"),
        ("修电脑装系统，有需要的都丢给我", "都丢给我"),
        ("这个方案我们俩单聊一下", "单聊"),  # a call all the same; the model keeps it clean
        ("昨天他问我去不去", None),
        ("群相册里有活动照片", None),
        ("报表做好了直接发给我", None),
    ],
)
def test_calls_found_by_set_20(model, text, call):
    from qungui.rules.detectors.spam import call_to_sender
    from qungui.text.normalize import normalize

    assert call_to_sender(normalize(text)) == call
    if call == "有缘人":
        return  # a free giveaway: whether that is an ad is a judgement call; the session-13 model scores it 0.34
    # the offers are reported (the second only since the session-10 model), the ordinary lines are not
    assert bool(make_detector().detect(*message(text))) == (call is not None and call != "单聊")


def test_a_contact_the_message_gives_lowers_the_threshold(model):
    from qungui.rules.detectors.spam import offered_contact
    from qungui.text.normalize import normalize

    offer = "家里的跑步机用了半年，九成新八百出，同城自提，微 paobuji_88"
    score = model.score(offer)
    assert offered_contact(normalize(offer)) == "paobuji88"
    strict = {"threshold": 0.9999, "call_threshold": 1}
    found = make_detector(**strict, contact_threshold=max(0.01, score - 0.01)).detect(*message(offer))
    assert found and found[0].detail == {"model": "spam-v1", "contact": "paobuji88"}
    assert make_detector(**strict, contact_threshold=min(1, score + 0.005)).detect(*message(offer)) == []
    assert "with a contact >= 0.46" in make_detector().mechanism()
    # an explicit threshold turns the lower one off unless it is set too
    assert make_detector(threshold=0.99).contact_threshold() == 1.0
    # ordinary numbers are no offered contact: an order number, an amount, a colleague's phone passed on
    for text in (
        "采购单 PO-20261124-0088 已经审批，金额 12800 元",
        "物流部新来的调度叫小周，电话 139 1024 8836，提货的事直接问他",
        "仓库钥匙在老刘那，她的手机 13661207734，下午打给她",
    ):
        assert offered_contact(normalize(text)) is None, text
        assert make_detector().detect(*message(text)) == [], (text, model.score(text))


def test_quoted_calls_do_not_count_as_the_senders(model):
    from qungui.rules.detectors.spam import call_to_sender
    from qungui.text.normalize import normalize

    quoted = "刚才有人发“在家就能做，一天两百，私我”，这是诈骗，大家别理"
    assert call_to_sender(normalize(quoted)) is None
    assert make_detector(call_threshold=0.01, threshold=0.99).detect(*message(quoted)) == []
    said = "在家就能做，一天两百，私我"
    assert call_to_sender(normalize(said)) == "私我"


def test_a_bare_mobile_number_is_an_offered_contact(model):
    from qungui.rules.detectors.spam import offered_contact
    from qungui.text.normalize import normalize

    assert offered_contact(normalize("旧电动车便宜处理，能骑，186 2201 7745")) == "18622017745"
    assert offered_contact(normalize("订单 20261124153020 已出库")) is None


# Cases found by blind hold-out set 12 (session 7), each with new wording.
def test_an_ad_the_member_quotes_is_scored_without_the_quote(model):
    quoted_ad = "宣传栏上新贴的“低息贷款当天到账，加微信办理”那张纸，物业说会撕掉"
    ad = "低息贷款当天到账，加微信办理"
    assert model.score(quoted_ad) >= model.threshold  # the whole text reads as the ad it quotes
    assert make_detector().detect(*message(quoted_ad)) == []
    assert make_detector().detect(*message(ad))
    # without skip_warnings the quote is scored as written, like the word lists' quotes
    assert make_detector(skip_warnings=False).detect(*message(quoted_ad))


def test_a_report_that_someone_messaged_me_is_no_call(model):
    from qungui.rules.detectors.spam import call_to_sender
    from qungui.text.normalize import normalize

    assert call_to_sender(normalize("这两天老有陌生人私信我推销理财")) is None
    assert call_to_sender(normalize("想买理财的私信我")) == "私信我"


def test_pointing_to_my_profile_page_is_a_call(model):
    from qungui.rules.detectors.spam import call_to_sender
    from qungui.text.normalize import normalize

    offer = "手工皂冷制的，款式都挂在我主页，喜欢的去看看"
    assert call_to_sender(normalize(offer)) == "我主页"
    assert make_detector().detect(*message(offer))
    assert make_detector().detect(*message("有人在我主页底下乱评论，怎么举报")) == []


@pytest.mark.parametrize(
    ("text", "call"),
    [
        ("自家灌的腊肠，要的私", "要的私"),
        ("老家寄来的新米，需要的滴～", "需要的滴"),
        ("瑜伽课表都在，自己看我朋友圈", "看我朋友圈"),
        ("旧课本免费送，要的留言给我", "留言给我"),
        ("这是我的私人物品，别乱动", None),
        ("她回了一句“要的私”，我没懂", None),
        # set 16 (session 8): the QQ space as a shop window, new wording
        ("手工皂接定制，款式在我空间，想要的来挑", "在我空间"),
        ("多肉拼盘有现货，价目表翻我空间", "翻我空间"),
        ("给我空间冷静一下，别再劝了", None),
        ("手机里没空间了，照片删了好多", None),
        # set 17 (session 8): line up, new wording; reply 1 as a clause of its own is no call since session 22
        ("自家腌的咸鸭蛋，一盒二十，扣1", None),
        ("手工汤圆包好了，要的接龙", "要的接龙"),
        ("赞成周六加班的扣1", None),  # a poll says who replies
        ("医院排队的人太多了", None),
        # set 18 (session 8): a clause opening with 要的 and ending after a short verb phrase, new wording
        ("土鸡蛋攒了两百个，有要的冒个泡", "有要的冒个泡"),
        ("手工粽子周六包，要的举个手", "要的举个手"),
        ("要的是结果，不是借口", None),
        ("要的话我下班带过来", None),
        ("你要的表格在群文件", None),
        # set 19 (session 9): whoever wants it is sent to the seller's home, a word to the seller or a reply under
        # the post; and X的给我 + a verb of passing something on. New wording.
        ("刚出锅的红糖馒头，要的下午来我家拿", "要的下午来我家"),
        ("自己晒的萝卜干，要几袋跟帖说", "要几袋跟帖"),
        ("手工粽子还有三十个，要的提前给我说", "要的提前给我"),
        ("会修老座钟，坏了的给我捎过来", "坏了的给我捎"),
        ("要的资料我明天发你，先等等", None),
        ("要的东西我给你放前台了", None),
        ("明天团建，去的把名字写到下面", None),
        ("会议纪要要的跟帖回复一下确认", None),
        # the same calls in traditional script or with a separator between every character (read in the
        # compact text, with clause punctuation put back)
        ("代寫春聯，要的記得提前捎個話", "要的记得提前捎个话"),
        ("自家米酒，要·的·举·手", "要的举手"),
        ("家里腌的咸鸭蛋，要|的|来|我|家|拿", "要的来我家拿"),
        ("「要·的·私」是啥意思", None),
        ("要 的 话 明 天 说", None),
        ("要的話再說", None),
        # set 21 (session 9): the seller's door, 说一下, and 想…的 asked round or to fix a time; new wording
        ("熬了红豆沙，要的路过敲敲我家门", "要的路过敲敲我家门"),
        ("自家晒的柿饼，要的说一下几号楼，我送上门", "要的说一下"),
        ("想学钩针的周日带线过来看看", "想学钩针的周日带线过来看看"),
        ("闲置一台缝纫机，想看的约个时间", "想看的约个时间"),
        ("想去的周六过来看看场地，定了再报名", None),
        # session 23 (set 80): whoever is interested asked over for a talk
        ("两台二手叉车便宜处理，有意向的明天过来谈", "有意向的明天过来谈"),
        ("周末读书会聊《活着》，有兴趣的过来听听", None),  # to listen, not to talk terms
        ("有需要的同事跟我说一声，我统一报", None),
        # sets 59 and 60 (session 17): whoever wants it replies one word, quoted or not; new wording
        ("家里做的辣椒酱还有二十瓶，群里回个“辣”字就行", "回个“辣”字"),
        ("蛋黄酥今天烤了两盘，回‘酥’字我按顺序留", "回‘酥’字"),
        ("拼单买车厘子，参加的回一个拼字", "回一个拼字"),
        ("团建报名的回个名字", None),
        ("验证码回个数字就行", None),
        ("不知道怎么回一个字都说不出来", None),
    ],
)
def test_short_calls_to_contact_the_sender(text, call):
    from qungui.rules.detectors.spam import call_to_sender
    from qungui.text.normalize import normalize

    assert call_to_sender(normalize(text)) == call


# Cases found by blind hold-out set 14 (session 7), each with new wording.
@pytest.mark.parametrize("text", ["对新考勤制度没意见的扣1", "元旦晚会出节目的班级扣1"])
def test_a_poll_asking_members_to_reply_1_is_no_ad(model, text):
    assert make_detector().detect(*message(text)) == [], model.score(text)


@pytest.mark.parametrize("text", ["周五下班后大扫除，扣1", "新的值班表贴在群公告了，看到扣个1"])
def test_a_notice_asking_to_reply_1_stays_clean(model, text):
    assert make_detector().detect(*message(text)) == [], model.score(text)


def test_a_bare_reply_1_is_no_call():
    """A bare "…，扣1" is how sellers and organisers alike ask for replies. Session 21 read it from the call
    threshold; session 22's model scored an organiser's notice above that, and leave-sets-out the rule was worth one
    ad of 4,170 lines, so it lowers no bar: the model alone judges such a message."""
    from qungui.rules.detectors.spam import call_to_sender, clause_call
    from qungui.text.normalize import normalize

    for text in ("阳台种的小番茄摘了两筐，五块一斤，扣1", "明早八点半开周会，扣个1"):
        assert clause_call(normalize(text)) is None and call_to_sender(normalize(text)) is None
        lowered = make_detector(threshold=0.9999, call_threshold=0.01, clause_call_threshold=0.01)
        assert not lowered.detect(*message(text))


def test_reply_in_the_comments_is_a_call(model):
    from qungui.rules.detectors.spam import call_to_sender
    from qungui.text.normalize import normalize

    assert call_to_sender(normalize("老家的红薯粉条，评论区扣1给你们寄")) == "评论区扣"
    assert call_to_sender(normalize("同意的扣1")) is None


def test_clause_calls_in_a_huge_text_are_read_as_written_only_and_fast():
    import time

    from qungui.rules.detectors.spam import CLAUSE_VIEW_CHARS, clause_call
    from qungui.text.normalize import normalize

    spaced = "自家米酒，要·的·举·手，" * 40_000  # the call hidden by separators, far beyond the view's limit
    norm = normalize(spaced)
    assert len(norm.compact) > CLAUSE_VIEW_CHARS
    start = time.perf_counter()
    assert clause_call(norm) is None
    assert clause_call(normalize("自家米酒，要的举手，" * 40_000)) == "要的举手"
    assert time.perf_counter() - start < 3.0  # a ceiling against a per-character Python pass, not a benchmark
    assert clause_call(normalize("自家米酒，要·的·举·手")) == "要的举手"


# Cases found by blind hold-out sets 23 and 24 (session 10), each with new wording.
def test_a_clause_to_whoever_wants_it_with_a_price_is_a_sale(model):
    from qungui.rules.detectors.spam import PRICED_CALL_THRESHOLD, clause_call, priced_call
    from qungui.text.normalize import normalize

    offer = "明早六点去火车站还能带两个，每人三十，顺路的七点前楼下等"
    score = model.score(offer)
    assert PRICED_CALL_THRESHOLD <= score < model.threshold, score  # the model alone reads a lift to the station
    norm = normalize(offer)
    assert clause_call(norm) is None and priced_call(norm) == "顺路的七点前楼下等"
    found = make_detector().detect(*message(offer))
    assert found and found[0].detail == {"model": "spam-v1", "call": "顺路的七点前楼下等"}
    # the priced clause alone decides: with every other lowered threshold off, it still reports the offer
    others_off = {"threshold": 0.9999, "call_threshold": 1, "clause_call_threshold": 1}
    found = make_detector(**others_off, priced_call_threshold=max(0.01, score - 0.01)).detect(*message(offer))
    assert found and found[0].detail == {"model": "spam-v1", "call": "顺路的七点前楼下等"}
    assert make_detector(**others_off, priced_call_threshold=min(1, score + 0.01)).detect(*message(offer)) == []
    assert make_detector(priced_call_threshold=1).detect(*message(offer)) == []
    assert make_detector(threshold=0.9).priced_call_threshold() == 1.0  # off with a threshold of the clause's own
    assert "with such a clause and a price >= 0.02" in make_detector().mechanism()
    # the same offer without its price, or read in separators and traditional script
    assert priced_call(normalize("明早六点去火车站还能带两个，顺路的七点前楼下等")) is None
    assert priced_call(normalize("下週去香港，代買奶粉收一成辛苦費，要·帶·的·把·罐·數·寫·好")) == "要带的把罐数写好"
    # session 17 (set 59): a price left to be agreed is a price too; new wording
    offer = "我们车间接小批量的五金加工，图纸拿来看，想做的周一过来，价钱当面谈"
    assert priced_call(normalize(offer)) == "想做的周一过来"
    assert priced_call(normalize("老家的土房子出租，租金面议，有意的下午来村口看房")) == "有意的下午来村口看房"
    # session 23 (set 79): digits in the clause (a building, a time), and whoever wants a hand (要帮忙的, 要修的)
    offer = "我舅舅修自行车三十多年，补胎十块，想修的周日早上8点推到3号楼车棚"
    assert priced_call(normalize(offer)) == "想修的周日早上8点推到3号楼车棚"
    errand = "寒假帮取快递，一件两块，要帮忙的把单号写在门卫的本子上"
    assert priced_call(normalize(errand)) == "要帮忙的把单号写在门卫的本子上"
    # session 24 (set 94): whoever comes first gets it, with a price
    assert priced_call(normalize("自家腌的腊肉五十块一斤，周六早上在菜场门口，去晚了就没了")) == "去晚了就没了"
    assert priced_call(normalize("玉米棒三块一根，卖完为止")) == "卖完为止"
    # session 27 (set 103): goods left to take once paid, with a price; not a warning, nor a claim for free
    honour = "护手霜一支二十八，放在传达室窗台上了，交了钱自己去拿"
    assert priced_call(normalize(honour)) == "交了钱自己去拿"
    assert priced_call(normalize("腌好的酸豆角十块一瓶，摆在车库门口，拿走的扫下墙上的码")) == "拿走的扫下墙上的码"
    assert priced_call(normalize("有人卖面膜一盒一百二，交了钱拿不到货，大家小心")) is None
    assert priced_call(normalize("小心有人说面膜一盒一百二，交了钱就能去拿，是骗子")) is None


def test_a_call_to_the_sender_with_a_price_is_read_at_the_clause_calls_threshold(model):
    """Session 25 (set 95): a call to contact the sender in a message that names a price, or a sale at one in words
    (原价转, 半价出), is read at the clause calls' threshold, not only from the sender calls' one."""
    from qungui.rules.detectors.spam import priced_sender_call
    from qungui.text.normalize import normalize

    offer = "音乐节的票多了一张，原价转，明天午饭后来三楼茶水间找我拿"
    assert priced_sender_call(normalize(offer)) == "找我"
    assert priced_sender_call(normalize("羽毛球拍九成新，八十块，周五带到公司，私我")) == "私我"
    # no price or sale named, or a warning about someone's private messages (call_to_sender reads 私聊 in it)
    assert priced_sender_call(normalize("音乐节好玩吗？明天午饭后来三楼茶水间找我聊聊")) is None
    assert priced_sender_call(normalize("有人私聊说“门票低价转让”的别信")) is None
    score = model.score(offer)
    between = {"threshold": 0.9999, "call_threshold": 1}  # only the clause calls' band reads it
    found = make_detector(**between, clause_call_threshold=max(0.01, score - 0.01)).detect(*message(offer))
    assert found and found[0].detail["call"] == "找我"
    assert make_detector(**between, clause_call_threshold=min(1, score + 0.01)).detect(*message(offer)) == []


def test_a_hotline_with_a_price_is_a_call(model):
    """Session 26 (set 99): a 400 or 800 number in a message that names a price is a business's own line for bookings
    and sales, read with the calls to the sender at their threshold and at the clause calls' one; a hotline without a
    price (after-sales, repairs) or in a warning is not."""
    from qungui.rules.detectors.spam import priced_hotline, priced_sender_call
    from qungui.text.normalize import normalize

    offer = "乒乓球馆包场热线４００－６１７－２２０９，周末每小时六十五，学生证打八折"
    assert priced_hotline(normalize(offer)) == "4006172209"
    assert priced_sender_call(normalize(offer)) == "4006172209"
    assert priced_hotline(normalize("净水器滤芯该换了，售后 400-820-1177 说明天上门")) is None  # no price
    warning = "冒充客服的骗子让打400-618-2277退款，说先交五百保证金，千万别信"
    assert priced_hotline(normalize(warning)) is None
    score = model.score(offer)
    only_calls = {"threshold": 0.9999, "clause_call_threshold": 1, "priced_call_threshold": 1}
    found = make_detector(**only_calls, call_threshold=max(0.01, score - 0.01)).detect(*message(offer))
    assert found and found[0].detail["call"] == "4006172209"
    assert make_detector(**only_calls, call_threshold=min(1, score + 0.01)).detect(*message(offer)) == []


@pytest.mark.parametrize(
    "text",
    [
        "私教课续费八折，有需要的会员找前台登记",  # the organisation to its own members
        "新到的工装一套一百二，要的同事找行政登记",
        "元旦聚餐AA，每人一百二，要的话明天前交给班长",  # 要的话: if you want
        "桌游局周六下午，想来的在下面报个名",  # no price
        "上周买的茶叶每斤三百八，想喝的也可以去那家看看",  # 想喝的也…: a tip, not a call
        "那家装修公司说价格好商量，想装的也别急着定",  # a price left open, but a tip (想装的也…)
        "体检套餐每人三百元，要做的是2号楼的同事",  # 要做的是…: who is to have it
        "食堂今天的鸡腿手慢无",  # first come, but no price
        "会长说考察名额先到先得，去晚了就没了",
    ],
)
def test_no_priced_call_in_notices_and_talk(text):
    from qungui.rules.detectors.spam import priced_call
    from qungui.text.normalize import normalize

    assert priced_call(normalize(text)) is None


def test_a_signed_sign_up_list_is_no_ad_on_the_score_alone(model):
    text = "#接龙 手工辣酱十五一瓶 要几瓶写几瓶 1. 小周 2瓶 2. 老钱 1瓶"
    threshold = 0.3  # below the list's score whatever the shipped threshold: the guard, not the score, decides
    assert model.score(text) >= threshold
    assert make_detector(threshold=threshold).detect(*message(text)) == []
    assert make_detector(threshold=threshold, skip_warnings=False).detect(*message(text))  # as for warnings
    first_post = "手工辣酱十五一瓶，要几瓶写几瓶"  # the seller's own post, before anyone signed
    assert make_detector().detect(*message(first_post))
    with_contact = text + " 要货加微信 lajiang_zhou"
    assert make_detector().detect(*message(with_contact))


def test_a_member_asking_to_buy_is_no_ad(model):
    """The buyer names the trade and asks for replies; neither the model nor the ad word list reports it."""
    from qungui.rules.detectors.lexicon import LexiconDetector, LexiconSettings

    text = "群里有没有人转让二手婴儿床，想买一个，有的话私我"
    assert make_detector(call_threshold=0.01, threshold=0.02).detect(*message(text)) == []
    assert make_detector(skip_warnings=False, call_threshold=0.01, threshold=0.02).detect(*message(text))
    clause = make_detector().clause
    book = make_detector().rulebook
    ads = LexiconDetector(LexiconSettings(use_defaults=True, category="ad"), clause=clause, rulebook=book)
    asking = "有没有人特价清仓的儿童羽绒服，想买两件"
    assert ads.detect(*message(asking)) == []
    assert ads.detect(*message("儿童羽绒服特价清仓，一百一件，年底还接单"))  # the seller's own words


def test_a_figure_reported_with_its_change_or_a_wifi_password_is_no_ad(model):
    """Session 27 (sets 105, 106): a price or a bill compared with an earlier time, a venue's WiFi password; still an
    ad with a call to the sender or a contact of the sender's."""
    report = "批发市场的生姜一斤四块六，比上周跌了三毛"
    wifi = "年会大厅的无线网叫 Hongxing_Party，密码 88886666，进场就能连"
    for text in (report, wifi):
        assert make_detector(threshold=0.01).detect(*message(text)) == []
        assert make_detector(threshold=0.01, skip_warnings=False).detect(*message(text))  # as for warnings
    offers = (
        "自家生姜一斤四块六，比上周跌了三毛，要的私我",
        "自家生姜一斤四块六，比上周跌了三毛，微信 shengjiang_lao8",
        "自家生姜四块六一斤，比上周跌了三毛，要的周六村口自提",
        "破解邻居家无线网密码，一次三十，扣扣 2839475061",
    )
    for offer in offers:
        assert make_detector(threshold=0.01).detect(*message(offer)), offer


def test_a_relatives_trade_offered_to_whoever_needs_it_is_a_call(model):
    # session 11 (blind sets 25, 27 and 29): "老公是干水电的，谁家要改水电直接找他，电话…", new wording here
    from qungui.rules.detectors.spam import kin_referral
    from qungui.text.normalize import normalize

    for offer, clause in (
        ("我弟做空调安装的，谁家要移机可以找他，电话 13588012476", "谁家要移机可以找他"),
        ("我哥做家电维修，谁家洗衣机不转了联系他，电话 18157402236", "谁家洗衣机不转了联系他"),
    ):
        assert kin_referral(normalize(offer)) == clause
        score = model.score(offer)
        found = make_detector(threshold=0.9999, call_threshold=max(0.01, score - 0.01)).detect(*message(offer))
        assert found and found[0].detail == {"model": "spam-v1", "call": clause}
        assert make_detector().detect(*message(offer))  # the shipped model reports them (above its own threshold)
    # both parts are needed: a tradesman recommended, or a relative with no clause sending anyone to them
    assert kin_referral(normalize("楼下修车的师傅手艺好，谁家车坏了可以找他")) is None
    assert kin_referral(normalize("我老公今天加班，有事找我")) is None
    # and the model still has its say: the relative as the neighbours' go-between scores nothing
    assert kin_referral(normalize("我老公明天去物业开会，谁家有问题可以找他反映")) is not None
    assert make_detector().detect(*message("我老公明天去物业开会，谁家有问题可以找他反映")) == []


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # session 20, from set 66: a perk for saying a code word, showing the message or naming the group or sender
        ("新开的馄饨店在地铁口，进门报“二号楼”加一个卤蛋送一碗汤", "报“二号楼”加一个卤蛋送"),
        ("修鞋摊周六在菜场门口，對個暗號「老鄰居」少收五塊", "对个暗号“老邻居”少收"),
        ("洗车店就在加油站旁边，凭这条消息洗车半价", "凭这条消息洗车半价"),
        ("我表哥的烧烤店，说是咱们群的每桌多送一盘毛豆", "说是咱们群的每桌多送"),
        ("堂姐的花店开业，提我名字打八折", "提我名字打八折"),
        # no perk, a perk denied, someone's words quoted, a code too long to be one
        ("修电脑的老板挺实在，报我名字也没优惠，但收费公道", None),
        ("年会签到时报“工号”就行，不用带工牌", None),
        ("他总说“这单做完就给大家发奖金”，结果一分没送", None),
        ("新闻里说“明年起全市公交对老人免费”，是真的吗", None),
        # session 24, from set 87: the perk first, the code word after; a class named as the code
        ("这周烫发八折，进门说是二班的家长就行", "八折，进门说是二班的家长"),
        ("体检套餐半价，去的时候报“银杏群”", "半价，去的时候报“银杏群”"),
        ("有人打电话说是三班家长，让我扫码，大家别信", None),
        ("这周的菜便宜。周末说是二班家长的去开会", None),  # the perk in another sentence
    ],
)
def test_a_perk_for_a_code_word_is_a_call(text, found):
    from qungui.rules.detectors.spam import clause_call, code_word_perk, priced_call
    from qungui.text.normalize import normalize

    norm = normalize(text)
    assert code_word_perk(norm) == found
    if found:
        assert clause_call(norm) == found
        detector = make_detector(threshold=0.9999, call_threshold=1, clause_call_threshold=0.01)
        assert detector.detect(*message(text))
        # and, like a price with a clause to whoever wants it, from the priced calls' floor (session 22)
        assert priced_call(norm) == found
        priced_only = make_detector(
            threshold=0.9999, call_threshold=1, clause_call_threshold=1, priced_call_threshold=0.01
        )
        assert priced_only.detect(*message(text))
    else:
        assert priced_call(norm) is None


@pytest.mark.parametrize(
    ("text", "call"),
    [
        # session 22, from set 69: a reply asked for under this very message, before or after the verb; new wording
        ("自己蒸的米糕还有十几盒，要的在这条下面报个楼号", "这条下面报"),
        ("周末带孩子去我朋友的草莓园，去的在本条消息底下点个🍓", "本条消息底下点"),
        ("团购的羽绒服到了，尺码直接写在这条下面", "写在这条下面"),
        ("下面那条消息说的是什么意思", None),
        ("这条新闻底下的评论太吓人了", None),
    ],
)
def test_a_reply_under_this_message_is_a_call(text, call):
    from qungui.rules.detectors.spam import call_to_sender, clause_call
    from qungui.text.normalize import normalize

    norm = normalize(text)
    assert call_to_sender(norm) == call
    assert clause_call(norm) is None  # from the call threshold (0.35), not the clause calls' (0.25)


def test_a_number_passed_on_to_the_one_person_addressed_needs_the_ceiling(model):
    """Session 22, from set 72: the contact rules read a third person's number given to the colleague the message
    names as passed on; below `PASSED_ON_CEILING` the model alone does not report it. New wording."""
    from qungui.rules.detectors.spam import PASSED_ON_CEILING, passes_on
    from qungui.text.normalize import normalize

    def passed_on(text: str) -> bool:
        return passes_on(text, normalize(text))

    text = "小周，下午那车水泥到了，司机马师傅手机 138 6620 4175，你去门口接一下"
    assert passed_on(text)
    assert not passed_on("水泥沙子批发，送货上门，手机 138 6620 4175")
    assert not passed_on("小周，下午那车水泥到了")  # no contact at all, nothing shared
    score = model.score(text)
    below = score / 2  # a threshold under the score, however low the model puts it
    lowered = make_detector(threshold=below)
    if score < PASSED_ON_CEILING:
        assert lowered.detect(*message(text)) == []
    # warnings off, nothing is skipped
    assert make_detector(threshold=below, skip_warnings=False).detect(*message(text))


def test_lost_property_handed_back_is_not_an_ad_below_the_ceiling(model):
    """Session 24, from set 89: the finder's or the front desk's number for the owner to claim something; the model
    alone does not report it below `PASSED_ON_CEILING`, and a call or a price still counts. New wording."""
    from qungui.rules.detectors.spam import PASSED_ON_CEILING
    from qungui.text.lost_property import returns_lost_property
    from qungui.text.normalize import normalize

    text = "健身房更衣柜里捡到一块黑色手表，失主带上购买记录到前台领，前台电话 0571-86037521"
    assert returns_lost_property(normalize(text))
    assert returns_lost_property(normalize("失物招領：三樓茶水間有一把藍色雨傘"))  # traditional script
    assert not returns_lost_property(normalize("捡到宝了，这价钱真值"))  # no owner named
    assert not returns_lost_property(normalize("失主不来领的旧自行车，一辆五十块处理"))  # a price: something sold
    score = model.score(text)
    if score < PASSED_ON_CEILING:
        assert make_detector(threshold=max(0.01, score - 0.01)).detect(*message(text)) == []
    # warnings off, nothing is skipped; a call to the sender still counts
    assert make_detector(threshold=max(0.01, score - 0.01), skip_warnings=False).detect(*message(text))
    with_call = "捡到一块手表，失主来认领。我家修表换电池，要修的私我"
    assert make_detector(threshold=0.01).detect(*message(with_call))


def test_an_organiser_asking_for_replies_under_the_notice_stays_clean(model):
    text = "下周一消防演练，请各部门负责人在这条下面回复收到"
    assert make_detector().detect(*message(text)) == [], model.score(text)


def test_an_article_passed_on_is_not_an_ad_on_the_score_alone(model):
    # session 12's model read the digits of an article's path like an account number (the demo's chamber group)
    from qungui.rules.detectors.spam import passes_on, shares_an_article
    from qungui.text.normalize import normalize

    for text in (
        "【行业动态】省里发布外贸企业稳岗补贴办法 https://mp.weixin.qq.com/s/5830217",
        "市场监管总局的公告原文：https://www.samr.gov.cn/zw/zfxxgk/fdzdgknr/art/2026/art_4417.html",
    ):
        assert shares_an_article(text) and passes_on(text, normalize(text))
        assert make_detector().detect(*message(text)) == [], (text, model.score(text))
    assert not shares_an_article("详情戳 https://t.cn/A6xYz9")
    offered = "日赚三百，详情看 https://mp.weixin.qq.com/s/5830217 加我微信 kk_5566"
    assert not passes_on(offered, normalize(offered))  # an article shared with the sender's own contact
    # with a call or a contact it is judged as usual
    assert make_detector().detect(*message("日赚三百，详情看 https://mp.weixin.qq.com/s/5830217 加我微信 kk_5566"))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("自家做的手工皂，抖音搜「皂角婆婆」下单", "搜「皂角婆婆」"),
        ("二手相机镜头都挂上去了，闲鱼搜索“阿明相机铺”", "搜索“阿明相机铺”"),
        ("在微博搜“张三讲历史”就能看到那期节目", None),  # a post to read, no shop or platform to buy on
        ("官网首页里搜“开户材料”就有清单", None),
        ("去新华书店搜“三体”那套，比网上便宜", None),  # a bookshop is no platform to order from
        ('他说"去淘宝搜“九块九包邮”"，那是骗子', None),  # quoted from someone else
        # session 14, from sets 44 and 46: an account to follow, and the dating apps as platforms
        ("自家果园的橙子开始摘了，关注公众号“南坡果园”下单", "关注公众号“南坡果园”"),
        ("周末想找人打球的，探探搜“城西球搭子”", "搜“城西球搭子”"),
        ("请大家关注公众号“区政务服务”，办事预约都在上面", "关注公众号“区政务服务”"),  # a search, no seller's call
        ("关注“天气预报”那个号就知道要不要带伞", None),  # no platform named
        # session 15, from sets 53 and 54: shops listed on review apps, a member's own account to search
        ("做头发的去美团搜“剪艺造型”，报我名字打八折", "搜“剪艺造型”"),
        ("大众点评上搜她的店“小满烘焙”，到店报群名送饮料", "搜她的店“小满烘焙”"),
        ("抖音搜我的号“果园阿强”，每天直播摘桃子", "搜我的号“果园阿强”"),
        # session 16, from set 56: read through separators inside the call and in traditional script
        ("土鸡蛋现在有货，拼多多|搜|“山里阿婆土货”", "搜“山里阿婆土货”"),
        ("家裡的蜂蜜開始賣了，關注公眾號“老周蜂場”下單", "关注公众号“老周蜂场”"),
        # session 16, from sets 57 and 58: the apps' nicknames, job boards, a fitness app, B站 and its UP主
        ("我家的腊肠挂咸鱼上了，搜“川味阿婆腊味”，拍下就发", "搜“川味阿婆腊味”"),
        ("新开的民宿，红薯搜“溪头小院”看看房间", "搜“溪头小院”"),
        ("招保洁阿姨，58同城搜“安心家政”就是我们", "搜“安心家政”"),
        ("我的跟练课开了，Keep搜“瑜伽小林”", "搜“瑜伽小林”"),
        ("钓具测评都在B站，搜UP主“江边老陈”，评论区有团购价", "搜up主“江边老陈”"),
        # session 18, from sets 61 and 62: B站's nickname, 抖音 written with a music note
        ("修图教程我都传小破站了，搜“阿哲修图铺”，接单看置顶", "搜“阿哲修图铺”"),
        ("我表妹在抖🎵卖手工发卡，搜“小圆子发饰店”就有", "搜“小圆子发饰店”"),
        # session 19, from set 63: 淘宝 written with a peach (🍑 stands for 屁) or a homophone
        ("自家腌的梅干菜上架了，🍑宝搜“阿婆梅干菜铺”", "搜“阿婆梅干菜铺”"),
        ("桃宝搜“小林五金店”，螺丝批发", "搜“小林五金店”"),
        # session 20, from set 65: 小红书 written as its red book, or as 小红薯 with a sweet potato
        ("育儿经验都发在📕了，搜“豆豆妈的小屋”", "搜“豆豆妈的小屋”"),
        ("小🍠搜「阿青手作坊」，耳环项链都是我做的", "搜「阿青手作坊」"),
        # session 21, from set 67: the paid-knowledge platforms, 知识星球 with its 星 written as a star
        ("喜马拉雅搜“跟周老师学普通话”，专辑49块，听完就会", "搜“跟周老师学普通话”"),
        ("我的读书圈开了，知识⭐球搜“晨读小组”，一年一百二十元", "搜“晨读小组”"),
        ("荔枝微课搜“小学奥数思维课”，十节课六十九元", "搜“小学奥数思维课”"),
    ],
)
def test_a_shop_to_search_for_is_a_call(text, found):
    """A shop's name to look up on a platform asks readers to buy there (session 13, from sets 39, 41 and 42)."""
    from qungui.rules.detectors.spam import clause_call, shop_search
    from qungui.text.normalize import normalize

    assert shop_search(normalize(text)) == found
    if found and not any(w in text for w in ("球搭子", "政务")):  # no seller: a partner, a government account
        # (session 16's `shop_call`, below)
        assert clause_call(normalize(text)) == found
        # with only the clause-call threshold lowered, the call decides below the model's own threshold
        detector = make_detector(threshold=0.9999, call_threshold=1, clause_call_threshold=0.01)
        assert detector.detect(*message(text))


@pytest.mark.parametrize(
    ("text", "seller"),
    [
        # members' tips: what to search for, no seller's name, no ordering (session 16)
        ("拼多多搜“儿童雨衣”一大堆，十几块钱就有", False),
        ("你在闲鱼搜“九成新婴儿车”，好多本地的", False),
        ("小红书搜“杭州周边露营”有攻略", False),
        ("微信搜一搜“健康码”小程序就能查", False),
        ("B站搜“宋浩高数”，讲得特别清楚", False),
        ("微信搜“移民局”小程序可以预约", False),
        ("美团搜“跑腿”，帮你把钥匙送过去，十几块钱", False),
        # sellers: a person's or a business's name, a shop or the sender's own account, ordering words
        ("闲鱼搜“小周的旧书摊”，都是我自己的书", True),
        ("淘宝搜“湘西腊肉”，我家自己熏的，拍下当天发", True),
        ("抖音搜我的号“山货日记”", True),
        ("京东搜“恒达五金”，批发价", True),
        ("小程序搜“東區羽館訂場”，選好時段直接付", True),  # the name read in simplified script
        # session 21, from set 67: a price named with the search is the seller's
        ("千聊搜“职场沟通二十讲”，整套八十八元", True),
        ("喜马拉雅搜“宋词三百首”，原价一百五今天六十", True),
        ("喜马拉雅搜“宋词三百首”，睡前听挺好", False),
        ("知识星球搜“读书笔记”就有，我每天都看", False),
        # session 22, from set 70: a first visit's offer or a trial is the seller's
        ("大众点评搜“松间推拿”，首次到访送三十分钟", True),
        ("小程序搜“晴川陶艺”，体验课周末开", True),
        ("大众点评搜“亲子游泳”，看看哪家评价好", False),
        # session 22, from set 71: the travel and stay platforms
        ("飞猪搜“山居小院”，周末两晚送早餐", True),
        ("马蜂窝搜“大理攻略”，写得很全", False),
        # session 22, from sets 73 and 74: a Q&A site and a shop builder as platforms; an account or shop named
        ("知乎搜“婚姻律师老周”，我表姐的号，离婚财产分割私信她", True),
        ("我在有赞开了家小店叫“晨光咖啡豆”，周末现烘", True),
        ("视频号直播间名字是“老李说茶”，今晚八点开播", True),
        ("知乎搜“劳动仲裁流程”，讲得很清楚", False),
        # session 22, from set 75: 拼多多 written with 夛, a shop named with 店叫
        ("拼夛夛上我表姐的店叫“小满童装铺”，断码清仓", True),
        # session 23, from set 84: 闲鱼 in a homophone, an account of someone's idle goods
        ("闲余搜“小米粒家闲置”，童车童床都有", True),
        ("咸渔上搜“儿童餐椅”，比实体店便宜", False),
        # session 23, from set 81: goods the sender has listed, a clearance
        ("旧玩具都挂在闲鱼上了，搜“童年收藏馆”能看到", True),
        ("闲鱼搜“阳台绿植”，搬家前全部清仓", True),
        # session 23, from set 78: a mini-program named, to search for
        ('我侄子做了个小程序叫"上门剪发"，搜一下就能下单', True),
        ("社区有个小程序叫“邻里通”，报修在上面填", False),
        # session 24, from set 87: an account named with 号叫, a word to send it
        ("我们店的视频号叫“阿梅烘焙”，后台留言“蛋糕”有优惠", True),
        ("学校的公众号叫“春晖成长”，通知都在上面发", False),
        # session 24, from set 92: a streaming account named bare; a stall named after a comma; 孔夫子旧书网
        ("我们摊位在抖音号“阿华旧货”直播，拍下包邮", True),
        ("我妈天天看视频号“健康百科”，说得头头是道", False),
        ("我在孔夫子旧书网开了个书摊，叫“青灯旧书”，老版本多", True),
        ("孔夫子旧书网上有个摊叫“旧书客”，书很全", False),
        ("我们小区门口新开了家店叫“甜甜圈圈”，美团上能点", False),  # a shop near us, not ours
        # session 24, from set 94: 抖音 in a homophone
        ("逗音搜“阿婆手工粽”，都是自家包的", True),
        ("斗音搜“包粽子教程”，一看就会", False),
        # session 24, from set 85: the sender's or the family's own shop; a mini-program to search, a trade's name
        ("我堂哥在淘宝开了家店叫“山野茶农”，新茶都在里面", True),
        ("是我自己开的网店，小红书搜“手作皮具局”就有", True),
        ("同学问我要不要一起开店，抖音搜“创业攻略”看了半天", False),
        ("微信搜小程序“城东演出票务”，话剧音乐会都有", True),
        ("微信搜小程序“国家反诈中心”，装上防骗", False),
        # session 25, from sets 95-96: an account on a platform named bare (小红书 in a homophone), made by the family,
        # taking orders
        ("作品都发在小鸿书“阿宁绣坊”，图案可以自己挑", True),
        ("老家亲戚自己种的猕猴桃，拼多多搜“秦岭果娃”就有", True),
        ("抖音里“老街小吃”开始接外卖单了", True),
        ("抖音上“科目三”那个舞我学不会", False),
        ("我在淘宝上“优衣库”买的羽绒服，质量一般", False),
        # session 25, from set 98: the platform's shop named bare
        ("搬家前清一批闲置，闲鱼店铺“阿秋的小屋”都挂上了", True),
        ("抖音直播间“央视新闻”在播发布会", False),  # a stream watched, not one that sells
        ("快手“老周渔具”每晚直播抽竿子", True),
        ("闲鱼上“低价转手机，先付定金”的，都是骗定金的", False),  # a listing's words quoted, no name
    ],
)
def test_a_search_is_a_call_only_from_a_seller(text, seller):
    """A tip on what to search for is not a call; the model scored such tips 0.3-0.8, so the lowered threshold a
    call brings would have made them false alarms (session 16's search probe: 2 of 120 ordinary samples)."""
    from qungui.rules.detectors.spam import clause_call, shop_call, shop_search
    from qungui.text.normalize import normalize

    norm = normalize(text)
    assert shop_search(norm) is not None
    assert (shop_call(norm) is not None) is seller
    assert (clause_call(norm) is not None) is seller
    detector = make_detector(threshold=0.9999, call_threshold=1, clause_call_threshold=0.01)
    assert bool(detector.detect(*message(text))) is seller


def test_a_search_view_of_a_megabyte_of_quotes_takes_bounded_time():
    """The quoted view walks the text and its quotations once (a scan per character took 14 s on 100k characters)."""
    from qungui.rules.detectors.spam import shop_search
    from qungui.text.normalize import normalize

    # the separator: only the view reads it; "淘宝有家店" as 淘宝“好物” would be an account named bare
    text = "淘宝有家店" + "“好物”说" * 200_000 + "搜|“小周的店”"
    norm = normalize(text)
    start = time.perf_counter()
    assert shop_search(norm) == "搜“小周的店”"
    assert time.perf_counter() - start < 3.0  # a ceiling against quadratic blow-ups, not a benchmark


def test_the_threshold_is_the_middle_of_the_flat_best_range():
    """Session 14: the middle of the near-best thresholds, not the single best point (which one dev sample moves)."""
    from qungui.models.training.train_spam import choose_threshold

    # ten spam at 0.30 ... 0.39 and ten ham at 0.05: every threshold from 0.06 to 0.30 gives F0.5 = 1
    scores = [0.30 + 0.01 * i for i in range(10)] + [0.05] * 10
    labels = [1] * 10 + [0] * 10
    assert choose_threshold(scores, labels) == 0.18  # middle of 0.06 ... 0.30
    # one ham at 0.5 costs precision above it only: the flat range is still 0.06 ... 0.30
    assert choose_threshold([*scores, 0.5], [*labels, 0]) == 0.18
    # with a ham at 0.25 the best range shrinks to 0.26 ... 0.30
    assert choose_threshold([*scores, 0.25], [*labels, 0]) == 0.28


def test_the_shipped_threshold_is_the_middle_of_the_near_best_by_leave_sets_out():
    """Session 23: `cv_holdout.py --choose` applies the same plateau rule to the pooled leave-sets-out F0.5."""
    from qungui.models.training.train_spam import PLATEAU, plateau_middle

    grid = [0.38, 0.39, 0.40, 0.41, 0.42]
    assert plateau_middle(grid, [0.9800, 0.9816, 0.9813, 0.9805, 0.9814]) == 0.40  # 0.39, 0.40 and 0.42 are near
    assert plateau_middle(grid, [0.9800, 0.9816, 0.9816 - 2 * PLATEAU, 0.98, 0.98]) == 0.39  # only the best is
    assert plateau_middle(grid, [0.98] * 5) == 0.40  # all equal: the middle


def test_the_leave_sets_out_curve_is_smoothed_before_its_plateau_is_read():
    """Session 24: a lone peak at the edge of a flat curve moved the raw plateau's middle; averaged over ±0.02 it
    does not."""
    from qungui.models.training.train_spam import plateau_middle, smoothed

    grid = [round(0.40 + 0.01 * i, 2) for i in range(9)]
    curve = [0.9820, 0.9826, 0.9829, 0.9829, 0.9829, 0.9826, 0.9820, 0.9818, 0.9834]  # one high point at 0.48
    assert plateau_middle(grid, curve) == 0.48  # the raw rule jumps to the lone point
    assert plateau_middle(grid, smoothed(curve)) == 0.44  # smoothed: the broad top in the middle
    assert smoothed([1.0, 2.0, 3.0], half=1) == [4 / 3, 2.0, 8 / 3]  # the ends repeated past the edges
    assert smoothed([0.5] * 4) == [0.5] * 4


def test_the_threshold_is_chosen_on_the_sets_written_to_the_fixed_mix():
    """Session 25: `cv_holdout.chosen` reads the pooled F0.5 of the held-out sets from set 53 on (the mix every blind
    set is written to); the sets before it still train every fold but do not move the pick."""
    from qungui.models.training import build_extras

    with build_extras.benchmarks_importable():
        cv_holdout = build_extras.benchmark_module("cv_holdout")
    grid = [round(0.30 + 0.01 * i, 2) for i in range(21)]
    # an early set losing false alarms as the threshold rises, a late set losing ads past 0.36: counts per threshold
    results = {
        t: {
            4: (100, max(0, 40 - round(200 * (t - 0.30))), 100),
            60: (100 - max(0, round(100 * (t - 0.36))), 0, 100),
        }
        for t in grid
    }
    assert cv_holdout.FIXED_MIX_FROM == 53
    late = cv_holdout.chosen(results)
    every = cv_holdout.chosen(results, since=1)
    assert late < 0.36 < every  # the late set alone is flat up to 0.36; pooled, the early set's alarms push it up


def test_short_texts_need_more_than_the_models_word_alone():
    """Session 15: a short text with no call and no contact is reported only from `short_threshold` (0.55 by default
    with the shipped model): short price talk scores like an ad as often as not."""
    from qungui.text.normalize import normalize

    strict = make_detector(short_threshold=0.9999)
    short_ad = "刷单日结三百"
    assert len(normalize(short_ad).compact) <= strict.settings.short_chars
    assert make_detector().detect(*message(short_ad))  # over 0.55: reported by default
    assert strict.detect(*message(short_ad)) == []  # the model's word alone is not enough under this setting
    assert strict.detect(*message("刷单日结三百，私我"))  # a call decides, however short
    long_ad = "手机兼职刷单，一单一结，日赚三百不是梦，宝妈学生都能做，名额有限先到先得"
    assert len(normalize(long_ad).compact) > strict.settings.short_chars
    assert strict.detect(*message(long_ad))  # not short: the model's word is enough
    assert make_detector().short_threshold() == 0.55
    assert make_detector(threshold=0.5).short_threshold() == 0.0  # off with a clause's own threshold
    assert "short texts" in make_detector().mechanism()
