"""The WeChatMsg/留痕 CSV sample: a slice of the demo group as that exporter would write it.

Layout (LC044/WeChatMsg app/util/exporter/exporter_csv.py): UTF-8 with BOM, header
localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender.
Media rows carry the client's XML in StrContent; app messages (Type 49) leave it empty because the
exporter does not write CompressContent. The exporting account is the group's secretary (IsSender=1).
"""

from __future__ import annotations

import csv
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from qungui.adapters.exports.wechat import COLUMNS

SH = ZoneInfo("Asia/Shanghai")
START = datetime(2026, 11, 3, 9, 0, tzinfo=SH)
TALKER_ID = 7
REMARKS = {"wxid_wangjg_hf": "王总 建材", "wxid_liming_wh": "李明 芜湖物流", "wxid_zhouzp_hz": "周会长"}


def _image(md5: str, length: int) -> str:
    return (
        '<?xml version="1.0"?>\n<msg>\n\t<img aeskey="0f3c1e7a9b2d4c6e8a0b1c2d3e4f5a6b" encryver="1" '
        f'cdnthumblength="4821" length="{length}" md5="{md5}" hevc_mid_size="0" />\n</msg>'
    )


def _voice(sender: str, millis: int) -> str:
    return (
        f'<msg><voicemsg endflag="1" cancelflag="0" forwardflag="0" voiceformat="4" voicelength="{millis}" '
        f'length="{millis * 2}" bufid="0" aeskey="" voiceurl="" clientmsgid="41c2{millis}" '
        f'fromusername="{sender}" /></msg>'
    )


def _video(sender: str, seconds: int) -> str:
    return (
        f'<?xml version="1.0"?>\n<msg>\n\t<videomsg aeskey="" cdnthumbaeskey="" length="{seconds * 310_000}" '
        f'playlength="{seconds}" fromusername="{sender}" md5="9b1f0c2d3e4a5b6c7d8e9f0a1b2c3d4e" />\n</msg>'
    )


def _sticker(sender: str) -> str:
    return (
        f'<msg><emoji fromusername="{sender}" tousername="20981234567@chatroom" type="2" '
        'md5="5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f" len="38211" productid="" /></msg>'
    )


def _recall_xml(name: str) -> str:
    return (
        '<sysmsg type="revokemsg"><revokemsg><session>20981234567@chatroom</session><msgid>1073741953</msgid>'
        f'<newmsgid>6627364817263541234</newmsgid><replacemsg><![CDATA["{name}" 撤回了一条消息]]></replacemsg>'
        "</revokemsg></sysmsg>"
    )


def script(people: dict[str, str], me: str) -> list[tuple[int, str | None, int, int, str]]:
    """(minutes after START, sender wxid or None for system lines, Type, SubType, StrContent)."""
    n = people
    wang, li, zhao, sun, wu = (
        "wxid_wangjg_hf",
        "wxid_liming_wh",
        "wxid_zhaohm_bb",
        "wxid_sunzq_aq",
        "wxid_wugang_mas",
    )
    qian, xu, tang, gao, hu = "wxid_qianduo_xc", "wxid_xujing_la", "wxid_tangy_cz", "wxid_gaoli_bz", "wxid_hujl_hs"
    return [
        (0, None, 10000, 0, f'你邀请"{n[wang]}、{n[li]}"加入了群聊'),
        (1, None, 10000, 0, f'"{n[tang]}"通过扫描"{n["wxid_zhouzp_hz"]}"分享的二维码加入群聊'),
        (3, me, 1, 0, "欢迎各位加入安徽商会会员交流群！请把群昵称改为“所在公司+部门职位+姓名”。"),
        (5, wang, 1, 0, "谢谢秘书长，各位老乡好"),
        (6, li, 1, 0, "大家好，芜湖李明，做物流的，有需要随时联系"),
        (8, zhao, 3, 0, _image("a1b2c3d4e5f60718293a4b5c6d7e8f90", 245_731)),
        (9, zhao, 1, 0, "这是我们公司新厂区的照片，欢迎各位来蚌埠参观"),
        (12, tang, 47, 0, _sticker(tang)),
        (30, me, 1, 0, "通知：本周六下午2:30在商会三楼会议室召开第四季度会员大会，请各位会员准时参加，收到请回复。"),
        (32, wang, 1, 0, "收到"),
        (33, li, 1, 0, "收到，准时参加"),
        (35, tang, 1, 0, "好的"),
        (41, zhao, 49, 57, ""),  # a quote reply: its text is not in this CSV
        (60, xu, 34, 0, _voice(xu, 12_400)),
        (61, xu, 34, 0, _voice(xu, 75_120)),
        (62, xu, 34, 0, _voice(xu, 30_900)),
        (63, xu, 34, 0, _voice(xu, 8_300)),
        (65, "wxid_zhouzp_hz", 1, 0, f"@{n[xu]} 群里尽量打字，语音大家不方便听"),
        (66, xu, 1, 0, "好的，不好意思，刚才在开车"),
        (90, li, 10000, 0, f'"{n[li]}"邀请"小刘"加入了群聊'),
        (92, "wxid_xiaoliu_0716", 1, 0, "大家好！"),
        (120, qian, 1, 0, "诚招代理！日赚500+，宝妈学生都可做，详情私聊我"),
        (121, me, 1, 0, f"@{n[qian]} 本群禁止发布无关商业广告，请注意。"),
        (180, gao, 49, 5, ""),  # a shared article card
        (181, gao, 1, 0, "这篇政策解读写得很清楚，建议大家看看"),
        (240, hu, 43, 0, _video(hu, 18)),
        (241, hu, 1, 0, "我们茶园今年的新茶，欢迎大家品尝"),
        (300, wu, 1, 0, "孙总，上个月那批货款什么时候结？拖了两个月了"),
        (301, sun, 1, 0, "说了下周结，你在群里说这个有意思吗"),
        (302, wu, 1, 0, "你就是个垃圾人，欠钱不还还有理了"),
        (303, sun, 1, 0, "你才是神经病，有事私聊"),
        (304, None, 10000, 0, f'"{n[sun]}" 撤回了一条消息'),
        (310, me, 1, 0, "两位都冷静一下。按群规，诋毁谩骂者发群红包，请二位各发20元群红包。"),
        (330, sun, 1, 0, "对不起各位，刚才我说话冲了，向吴总和大家道歉"),
        (331, sun, 49, 2001, ""),
        (340, wu, 1, 0, "我凭什么道歉？红包我不发"),
        (400, wang, 10000, 4, f'"{n[wang]}" 拍了拍 "{n[li]}"'),
        (420, li, 49, 6, ""),
        (421, li, 1, 0, "这是下个月物流线路的报价表，有需要的会员可以看看"),
        (480, qian, 1, 0, "特价清仓，全网最低，扫码进群领优惠券"),
        (482, None, 10000, 0, f'你将"{n[qian]}"移出了群聊'),
        (483, me, 1, 0, "钱多多多次在群里发广告，已移出本群。"),
        (500, None, 10002, 0, _recall_xml(n[zhao])),
        (510, zhao, 1, 0, "刚才发错群了，抱歉"),
        (600, "wxid_lily_2019", 1, 0, "晚上好，今天辛苦了"),
        (601, hu, 49, 2001, ""),
    ]


def write_wechat_sample(path: Path, people: dict[str, str], me: str) -> int:
    """Write the CSV the way WeChatMsg does (UTF-8 with BOM, csv module quoting); return the row count."""
    names = {**people, "wxid_xiaoliu_0716": "小刘", "wxid_lily_2019": "Lily快乐每一天"}
    rows = []
    for local_id, (minutes, sender, kind, sub, content) in enumerate(script(names, me), start=1):
        when = START + timedelta(minutes=minutes)
        system = kind in (10000, 10002)
        is_me = sender == me and not system
        rows.append(
            [
                local_id,
                TALKER_ID,
                kind,
                sub,
                1 if is_me else 0,
                int(when.timestamp()),
                2 if is_me else 3,
                content,
                when.strftime("%Y-%m-%d %H:%M:%S"),
                "" if system else REMARKS.get(sender or "", ""),
                "" if system else names.get(sender or "", ""),
                "" if system else sender,
            ]
        )
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    return len(rows)
