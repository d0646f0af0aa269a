"""The department's mandatory roster: who is in the group and who is missing."""

from __future__ import annotations

from qungui.governance.members.roster import roster_status
from qungui.rules.loader import load_template
from qungui.rules.schema import RosterEntry
from qungui.rules.state import LEFT, GroupState, MemberState


def _book(*entries: RosterEntry):
    template = load_template("department")
    return template.model_copy(update={"membership": template.membership.model_copy(update={"roster": list(entries)})})


def test_missing_members_are_listed_and_each_member_counts_once():
    book = _book(
        RosterEntry(name="张三", department="工程部"),
        RosterEntry(name="李四", id="wx_li"),
        RosterEntry(name="王五"),
        RosterEntry(name="赵六", required=False),
    )
    state = GroupState(group_id="g")
    state.members["a"] = MemberState("a", name="工程部经理张三")
    state.members["wx_li"] = MemberState("wx_li", name="随便什么昵称")
    state.members["c"] = MemberState("c", name="王五", status=LEFT)
    status = roster_status(book, state)
    assert [(e.name, m) for e, m in status.present] == [("张三", "a"), ("李四", "wx_li")]
    assert [e.name for e in status.missing] == ["王五"], "left members are missing; optional entries are not"
    assert not status.complete


def test_an_id_entry_does_not_match_by_name():
    book = _book(RosterEntry(name="李四", id="wx_li"))
    state = GroupState(group_id="g")
    state.members["other"] = MemberState("other", name="李四")
    assert [e.name for e in roster_status(book, state).missing] == ["李四"]
