"""The WeChatMsg/留痕 CSV reader on the bundled sample and on hand-made rows."""

from __future__ import annotations

import csv
import io
from collections import Counter
from datetime import datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from qungui.adapters.exports import RowError, read_export
from qungui.adapters.exports.wechat import COLUMNS
from qungui.adapters.exports.wechat_system import SELF, parse_system_line
from qungui.core.errors import InputError
from qungui.core.events import LeaveReason, MemberJoined, MemberLeft, MessageEvent, MessageKind

SH = ZoneInfo("Asia/Shanghai")
ME = "wxid_ahsh_chen01"


def sample_path() -> Path:
    return Path(str(resources.files("qungui.offline.samples").joinpath("sample-wechat.csv")))


@pytest.fixture(scope="module")
def sample_items() -> list:
    return list(read_export(sample_path()))


def csv_text(rows: list[list[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    writer.writerows(rows)
    return buffer.getvalue()


def row(local_id, type_, content, *, when="2026-11-03 09:00:00", create=None, sender="wxid_a", name="王强", sub=0):
    """One WeChatMsg row; `create` defaults to `when` as epoch seconds."""
    if create is None:
        create = int(datetime.strptime(when, "%Y-%m-%d %H:%M:%S").replace(tzinfo=SH).timestamp())
    return [local_id, 7, type_, sub, 0, create, 3, content, when, "", name, sender]


def test_the_sample_is_written_the_way_wechatmsg_writes_it():
    raw = sample_path().read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # utf-8-sig
    header = raw[3:].split(b"\r\n", 1)[0].decode()
    assert header.split(",") == list(COLUMNS)


def test_sample_parses_to_the_expected_kinds(sample_items):
    assert [i for i in sample_items if isinstance(i, RowError) and i.level == "error"] == []
    kinds = Counter(i.kind.value for i in sample_items if isinstance(i, MessageEvent))
    assert kinds == {
        "text": 28,
        "voice": 4,
        "system": 3,
        "red_envelope": 2,
        "image": 1,
        "sticker": 1,
        "link": 1,
        "video": 1,
        "file": 1,
    }
    voices = [i for i in sample_items if isinstance(i, MessageEvent) and i.kind is MessageKind.VOICE]
    assert [v.attachments[0].duration_s for v in voices] == [12.4, 75.12, 30.9, 8.3]
    first_text = next(i for i in sample_items if isinstance(i, MessageEvent) and i.kind is MessageKind.TEXT)
    assert first_text.sender.id == ME and first_text.ts == datetime(2026, 11, 3, 9, 3, tzinfo=SH)
    assert all(i.group.id == "sample-wechat" for i in sample_items if not isinstance(i, RowError))


def test_sample_joins_and_removals_carry_who_did_it(sample_items):
    joins = [(j.member.id, j.inviter.id if j.inviter else None) for j in sample_items if isinstance(j, MemberJoined)]
    assert joins == [
        ("wxid_wangjg_hf", ME),  # 你邀请"…王建国、…李明"加入了群聊
        ("wxid_liming_wh", ME),
        ("wxid_tangy_cz", "wxid_zhouzp_hz"),  # scanned the president's office QR code
        ("wxid_xiaoliu_0716", "wxid_liming_wh"),  # invited by a member, not an admin
    ]
    (removal,) = [i for i in sample_items if isinstance(i, MemberLeft)]
    assert (removal.member.id, removal.reason, removal.by.id) == ("wxid_qianduo_xc", LeaveReason.REMOVED, ME)
    recalls = [i.sender.id for i in sample_items if isinstance(i, MessageEvent) and "撤回" in i.text]
    assert recalls == ["wxid_sunzq_aq", "wxid_zhaohm_bb"]  # 10000 text and 10002 <sysmsg> XML
    notes = [i for i in sample_items if isinstance(i, RowError)]
    assert len(notes) == 1 and notes[0].level == "warning" and "引用回复" in notes[0].message


def test_gbk_copy_parses_with_a_notice(tmp_path, sample_items):
    text = sample_path().read_text(encoding="utf-8-sig")
    copy = tmp_path / "安徽商会会员交流群_utf8.csv"
    copy.write_bytes(text.encode("gbk"))
    items = list(read_export(copy))
    notice = items[0]
    assert isinstance(notice, RowError) and notice.level == "warning" and "GB18030" in notice.message
    events = [i for i in items if not isinstance(i, RowError)]
    assert [e.model_dump(exclude={"group"}) for e in events] == [
        e.model_dump(exclude={"group"}) for e in sample_items if not isinstance(e, RowError)
    ]
    assert events[0].group.id == "安徽商会会员交流群"


def test_undecodable_file_names_the_byte_offset(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(csv_text([row(1, 1, "ok")]).encode() + b"2,7,1,0,0,1,3,\x80\xff,x,,,\n")
    with pytest.raises(InputError) as caught:
        read_export(path)
    offset = path.read_bytes().index(b"\x80\xff")
    assert f"字节偏移 {offset}" in str(caught.value) and "第 3 行" in str(caught.value)


def test_bad_timestamp_is_a_row_error_naming_the_line(tmp_path):
    text = csv_text(
        [
            row(1, 1, "早上好"),
            row(2, 1, "多行\n消息"),  # a quoted field spanning lines 3–4
            row(3, 1, "时间坏了", create="", when="昨天下午"),  # line 5
            row(4, 1, "还在"),
        ]
    )
    path = tmp_path / "g.csv"
    path.write_text(text, encoding="utf-8")
    items = list(read_export(path))
    errors = [i for i in items if isinstance(i, RowError)]
    assert [(e.line, e.field) for e in errors] == [(5, "CreateTime/StrTime")]
    assert "昨天下午" in errors[0].message and "第 5 行" in str(errors[0])
    assert [i.text for i in items if isinstance(i, MessageEvent)] == ["早上好", "多行\n消息", "还在"]


def test_rows_with_missing_columns_and_unknown_types_are_skipped_with_their_line(tmp_path):
    text = csv_text([row(1, 1, "a"), row(2, 9999, "?"), row(3, 1, "b")]) + "4,7,1\r\n"
    path = tmp_path / "g.csv"
    path.write_text(text, encoding="utf-8")
    items = list(read_export(path))
    errors = [(i.line, i.level) for i in items if isinstance(i, RowError)]
    assert errors == [(3, "warning"), (5, "error")]


def test_str_time_alone_is_read_in_shanghai_time(tmp_path):
    path = tmp_path / "g.csv"
    path.write_text(csv_text([row(1, 1, "hi", create="")]), encoding="utf-8")
    (event,) = read_export(path)
    assert event.ts == datetime(2026, 11, 3, 9, 0, tzinfo=SH) and event.ts.utcoffset().total_seconds() == 8 * 3600


def test_a_csv_that_is_not_wechatmsg_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_text("time,who,what\n2026-11-03,a,b\n", encoding="utf-8")
    with pytest.raises(InputError, match="StrContent"):
        read_export(path)


@pytest.mark.parametrize(
    ("line", "kind", "members", "actor"),
    [
        ('"张三"邀请"李四、王五"加入了群聊', "join", ("李四", "王五"), "张三"),
        ("“张三”邀请“李四”加入了群聊", "join", ("李四",), "张三"),
        ('"李四"通过扫描"张三"分享的二维码加入群聊', "join", ("李四",), "张三"),
        ('你邀请"李四"加入了群聊', "join", ("李四",), SELF),
        ('"张三"想邀请"李四"加入群聊  去确认', "request", ("李四",), "张三"),
        ('你将"X"移出了群聊', "removed", ("X",), SELF),
        ('"X"被"Y"移出群聊', "removed", ("X",), "Y"),
        ('"X"被移出群聊', "removed", ("X",), None),
        ('<revokemsg>"张三" 撤回了一条消息</revokemsg>', "recall", ("张三",), None),
        ('"张三"修改群名为"安徽商会"', "other", (), None),
    ],
)
def test_system_lines(line, kind, members, actor):
    parsed = parse_system_line(line)
    assert (parsed.kind, parsed.members, parsed.actor) == (kind, members, actor)
