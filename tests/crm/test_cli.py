"""`qungui crm …` on a SQLite file: demo, import with its report, tiers, metrics, at-risk, suggest, handover."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from qungui.cli.main import app

runner = CliRunner()
NOW = "2026-11-24T10:00:00+08:00"
STORE = "演示门店·南京西路店"


def crm(url: str, *args: str):
    return runner.invoke(app, ["crm", *args, "--database-url", url])


def test_demo_then_every_command(tmp_path):
    url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    first = crm(url, "demo", "--now", NOW)
    assert first.exit_code == 0, first.output
    assert "顾客 500 位" in first.output and "分级：A类" in first.output
    again = crm(url, "demo", "--now", NOW)
    assert "已存在，未重复生成" in again.output and "顾客 500 位" in again.output

    metrics = crm(url, "metrics", "--now", NOW)
    assert metrics.exit_code == 0, metrics.output
    assert "顾客保持率 CRR = (E−N)/S" in metrics.output and "月度留存" in metrics.output

    tiers = crm(url, "tiers", "--method", "amount", "--a-min", "30000", "--b-min", "8000", "--now", NOW)
    assert tiers.exit_code == 0, tiers.output
    assert "分级结果：A类" in tiers.output and "本次变动" in tiers.output
    bad = crm(url, "tiers", "--a-share", "0.8", "--b-share", "0.5", "--now", NOW)
    assert bad.exit_code == 2 and "分级规则不对" in bad.output
    saved = crm(url, "tiers", "--method", "amount", "--a-min", "30000", "--b-min", "8000", "--save", "--now", NOW)
    assert "已保存为本店的分级规则" in saved.output and "本次变动 0 位" in saved.output  # same rules as just now
    again = crm(url, "tiers", "--now", NOW)  # no options: the saved rules
    assert "本次变动 0 位" in again.output
    back = crm(url, "tiers", "--method", "abc", "--now", NOW)  # the saved rules, changed by the option given
    assert re.search(r"本次变动 [1-9]\d* 位", back.output), back.output

    risk = crm(url, "at-risk", "--now", NOW)
    assert risk.exit_code == 0 and "有流失风险的顾客" in risk.output

    suggested = crm(url, "suggest", "V0001")
    assert suggested.exit_code == 0, suggested.output
    assert "销售：买过「" in suggested.output or "暂无推荐" in suggested.output
    missing = crm(url, "suggest", "NOPE")
    assert missing.exit_code == 2 and "没有会员编号为 NOPE 的顾客" in missing.output

    handed = crm(url, "handover", "--from", "王芳", "--to", "李娜", "--to", "赵敏", "--now", NOW)
    assert handed.exit_code == 0, handed.output
    assert "已将 王芳 的 100 位顾客" in handed.output
    twice = crm(url, "handover", "--from", "李娜", "--to", "王芳", "--now", NOW)
    assert twice.exit_code == 2 and "已离职" in twice.output


def test_import_prints_the_validation_report(tmp_path):
    from qungui.storage.db import migrate

    url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    migrate(url)
    orders = tmp_path / "orders.csv"
    orders.write_bytes(
        "订单号,会员编号,日期,金额\nA1,V1,2026-01-05,100\nA2,V2,2026-02-30,80\nA3,V3,2026-01-06,-5\n".encode("gbk")
    )
    result = crm(url, "import", str(orders), "--store", "总店", "--now", NOW)
    assert result.exit_code == 0, result.output
    assert "读取3行，导入1行，2行有问题未导入，新增会员1位（GBK）" in result.output
    assert "无法识别的日期：2026-02-30" in result.output and "金额为负数" in result.output
    again = crm(url, "import", str(orders), "--store", "总店", "--now", NOW)
    assert "之前已导入过，本次没有任何改动" in again.output
    broken = tmp_path / "broken.csv"
    broken.write_text("name,amount\nx,1\n", encoding="utf-8")
    fatal = crm(url, "import", str(broken), "--store", "总店", "--now", NOW)
    assert fatal.exit_code == 1 and "缺少必需的列" in fatal.output


def test_commands_without_a_store_say_so(tmp_path):
    from qungui.storage.db import migrate

    url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    migrate(url)
    result = crm(url, "tiers")
    assert result.exit_code == 2 and "还没有门店" in result.output


def test_associates_and_the_stores_group(tmp_path):
    from sqlalchemy import select

    from qungui.core.events import GroupRef
    from qungui.crm.customers.models import Associate, Store
    from qungui.governance.groups.service import ensure_group
    from qungui.storage.db import make_engine, make_session_factory, migrate

    url = f"sqlite:///{tmp_path / 'crm.sqlite3'}"
    migrate(url)
    added = crm(url, "associate", "王芳", "--store", "总店", "--member", "wxid_wangfang", "--now", NOW)
    assert added.exit_code == 0 and "群成员ID wxid_wangfang" in added.output
    missing = crm(url, "link-group", "wechat:vip@chatroom")
    assert missing.exit_code == 2 and "没有这个群" in missing.output
    assert crm(url, "link-group", "vip-no-colon").exit_code == 2
    engine = make_engine(url)
    with make_session_factory(engine).begin() as session:
        from datetime import datetime

        from qungui.core.clock import DEFAULT_TZ

        group_id = ensure_group(
            session, ref=GroupRef(platform="wechat", id="vip@chatroom"), now=datetime(2026, 11, 24, tzinfo=DEFAULT_TZ)
        ).id
    linked = crm(url, "link-group", "wechat:vip@chatroom")
    assert linked.exit_code == 0, linked.output
    with make_session_factory(engine).begin() as session:
        assert session.scalars(select(Store.group_id)).one() == group_id
        assert session.scalars(select(Associate.member_external_id)).one() == "wxid_wangfang"
    engine.dispose()
