"""What the bot answers to commands, in Simplified Chinese and English (`{name}` fields filled by `replies.say`).

No text here ever names a reporter: report texts for admins name the reported member, the reason and the
evidence only; the reporter hears about their own report privately.
"""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "zh-CN": {
        # shared
        "not_admin": "只有管理员可以使用“{command}”。如需反映问题，可以发送“举报”，管理员会处理。",
        "group_only": "“{command}”需要在群里发送。",
        # 举报
        "report_no_target": (
            "没有找到您要举报的消息或成员。请回复那条消息并发送“举报 原因”，或发送“举报 @某人 原因”。"
            "您的身份只有管理员可见。"
        ),
        "report_bot": "不能举报机器人。如果机器人有问题，请直接联系群主或管理员。",
        "report_again": "您已经举报过该成员（编号 J{id}），管理员会尽快处理，无需重复举报。",
        "report_refused": "举报未能提交：{reason}",
        "report_filed": (
            "已收到您的举报（编号 J{id}），管理员会尽快核实处理。本群承诺对举报人保密，您的身份不会在群内公开。"
        ),
        "report_withdrawn": "为保护您的身份，您在群里发送的举报消息会被撤回（平台支持时）。",
        "admin_new_report": (
            "新举报 J{id}：被举报人 {target}；原因：{reason}{evidence}。"
            "核实后请发送“通过 J{id}”处理，或发送“拒绝 J{id} 原因”驳回。举报人身份保密。"
        ),
        "evidence": "；证据 {n} 项",
        "reporter_verified": "您的举报 J{id} 已核实并处理，感谢您维护群秩序。",
        "reporter_verified_manual": "您的举报 J{id} 已核实，管理员会按群规处理，感谢您维护群秩序。",
        "reporter_rejected": "您的举报 J{id} 经管理员核实，暂不予处理。{note}感谢您的反馈。",
        "admin_report_applied": (
            "举报 J{id} 已核实，已按群规【{clause} {title}】处理 {target}：{step}（案件 A{case}）。"
        ),
        "admin_report_manual": (
            "举报 J{id} 已核实。群规没有写明核实后的处理步骤，请用“警告 @成员 条款”或“移除 @成员 条款”处理。"
        ),
        "admin_report_protected": "举报 J{id} 已核实。被举报人 {target} 是管理员或群主，未自动处理，请群主决定。",
        "admin_report_rejected": "举报 J{id} 已驳回，不作处理。",
        # 申诉
        "appeal_refused": "{reason}",
        "appeal_filed": "已收到您的申诉（编号 S{id}），将交由移出您的管理员以外的管理员处理，请耐心等待答复。",
        "appeal_no_admin": "目前没有其他管理员可以处理，申诉已登记，群主会尽快查看。",
        "admin_new_appeal": (
            "新申诉 S{id}：{member} 申诉被移出{removed}。理由：{reason}。"
            "发送“通过 S{id}”同意并恢复其成员资格，或发送“拒绝 S{id} 原因”。"
        ),
        "removed_when": "（{when} 被 {by} 移出）",
        "removed_by_rules": "qungui 按群规",
        "removed_at": "（{when} 被移出）",
        "appellant_accepted": "您的申诉 S{id} 已通过，您的成员资格已恢复，欢迎重新入群。",
        "appellant_rejected": "您的申诉 S{id} 未获通过。{note}如有疑问，请联系群主。",
        "admin_appeal_accepted": "已同意申诉 S{id}：{member} 的成员资格已恢复。如其已不在群内，请重新邀请入群。",
        "admin_appeal_rejected": "已驳回申诉 S{id}（{member}）。",
        # 请假
        "leave_not_allowed": "本群群规没有请假安排，如有特殊情况，请直接联系管理员说明。",
        "leave_refused": "请假未能登记：{reason}",
        "leave_requested": "已收到您的请假申请（编号 Q{id}）：{start}至{end}，原因：{reason}。管理员批准后生效。",
        "leave_auto": "已为您登记请假（编号 Q{id}）：{start}至{end}，原因：{reason}。按本群群规无需审批，已生效。",
        "admin_new_leave": (
            "新请假申请 Q{id}：{member} {start}至{end}，原因：{reason}。发送“通过 Q{id}”批准，或发送“拒绝 Q{id} 原因”。"
        ),
        "admin_leave_auto": "{member} 已请假（Q{id}）：{start}至{end}，原因：{reason}。按群规无需审批，已生效。",
        "leaver_approved": "您的请假申请 Q{id}（{start}至{end}）已批准，请假期间不计入一周不发言。",
        "leaver_rejected": "您的请假申请 Q{id} 未获批准。{note}如有疑问，请联系管理员。",
        "admin_leave_approved": "已批准请假 Q{id}：{member} {start}至{end}。",
        "admin_join_approved": "已同意 {member} 的入群申请 R{id}。",
        "admin_join_rejected": "已拒绝 {member} 的入群申请 R{id}。",
        "admin_leave_rejected": "已拒绝请假 Q{id}（{member}）。",
        # 道歉
        "no_apology": "您目前没有需要道歉的记录，谢谢。",
        "apology_in_group": "按群规，道歉需要在群内当场进行，请在群里发送您的道歉。",
        # 我的记录
        "record_head": "您在本群的记录：",
        "record_strikes": "违规记录：",
        "record_strike": "• {date} 群规【{clause} {title}】：{step}{case}",
        "record_case": "（案件 A{id}）",
        "record_apology": "待道歉：群规【{clause}】，请在 {due} 前在群内道歉。",
        "record_fine": "未结清罚红包：{amount} 元（群规【{clause}】），请在 {due} 前发出。",
        "record_leave": "请假 Q{id}：{start}至{end}（{status}）",
        "record_removed": "状态：已被移出本群。如有异议，可发送“申诉 理由”。",
        "record_clean": "您目前没有违规记录，谢谢您遵守群规！",
        "leave_pending": "待审批",
        "leave_approved": "已批准",
        # 管理员：处理成员
        "ask_clause": "请写明依据的条款，例如：{example}。可用的条款：{clauses}。发送“群规”可查看全部条款。",
        "no_ladder": "群规【{clause} {title}】没有处理步骤，无法用“{command}”处理。可用的条款：{clauses}。",
        "no_target": "没有找到要处理的成员。请@该成员，或回复其消息后再发送“{command}”。",
        "target_self": "不能对自己使用“{command}”。",
        "target_bot": "不能对机器人使用“{command}”。",
        "target_owner": "不能对群主使用“{command}”。",
        "target_admin": "{name} 是管理员，只有群主可以处理。",
        "sanctioned": (
            "已按群规【{clause} {title}】处理 {name}：{step}（案件 A{case}）。如需撤销，请发送“撤销 A{case}”。"
        ),
        "not_present": "（{name} 已不在群内，本次处理仅记录在案。）",
        "fined": "已记录：{name} 按群规【{clause} {title}】须发群红包 {amount} 元，{due} 前发出（案件 A{case}）。",
        "fine_ask": "请写明条款或金额，例如：{example}。有罚红包步骤的条款：{clauses}。",
        "fine_no_step": "群规【{clause} {title}】没有罚红包的步骤，请写明金额，例如：罚红包 @张三 20元 {clause}。",
        "paid_none": "{name} 目前没有未结清的罚红包。",
        "paid": "已确认 {name} 的罚红包（{amount} 元，群规【{clause}】）已结清。",
        # 撤销
        "undo_bad_id": "“撤销”需要案件号（以 A 开头，例如“撤销 A12”）或@成员。",
        "undo_none": "{name} 没有可撤销的处理记录。",
        "case_not_found": "找不到案件 {id}。",
        "undone": "已撤销案件 A{id}（{name}，群规【{clause} {title}】{step}）。",
        "undone_left": "该成员已被移出群，记录已清除；如需让其回群，请重新邀请。",
        "undone_member": "管理员已撤销您在群规【{clause} {title}】下的处理记录（案件 A{id}），谢谢您的理解。",
        # 通过 / 拒绝
        "request_bad_id": (
            "编号“{raw}”无法识别。举报以 J 开头，申诉以 S 开头，请假以 Q 开头，待审案件以 A 开头，例如“{verb} Q7”。"
        ),
        "request_not_found": "找不到待处理的 {id}，请核对通知消息里的编号。",
        "request_not_decidable": (
            "{id} 是通知或任务，不需要“通过/拒绝”：通知发送“回执 {id}”查看确认情况，任务完成后发送“完成 {id}”。"
        ),
        "request_ambiguous": "编号 {number} 对应多项：{ids}。请写明，例如“{verb} {first}”。",
        "request_none": "{name} 目前没有待处理的事项。",
        "request_many": "{name} 有多项待处理：{ids}。请写明编号，例如“{verb} {first}”。",
        "case_confirmed": "已确认案件 A{id}：按群规【{clause} {title}】处理 {name}：{step}。",
        "case_dismissed": "已驳回案件 A{id}（{name}，群规【{clause}】），不作处理。",
        # 通知、回执、任务、部门
        "unknown_names": "没有找到{what}“{names}”。{hint}",
        "what_dept_or_member": "部门或成员",
        "what_member": "成员",
        "hint_departments": "本群已有部门：{departments}。",
        "hint_no_departments": "本群还没有登记部门，可以用“部门 @成员 部门名”登记。",
        "hint_mention": "请直接@群里的成员。",
        "work_refused": "{reason}",
        "notice_recorded": "已登记通知 N{id}（无需回复确认）。",
        "receipts_none": "目前没有通知。",
        "receipts_not_found": "找不到通知 {id}。",
        "receipts_head": "通知 N{id} 回执（截止 {due}，{status}）：已确认 {acked}/{total}",
        "receipts_open": "进行中",
        "receipts_closed": "已结束",
        "receipts_acked": "已确认：{items}",
        "receipts_missing": "未确认：{items}",
        "receipts_left": "已退群：{items}",
        "receipts_late": "逾期",
        "via_reply": "回复",
        "via_quote": "引用",
        "via_bare": "直接回复",
        "via_reaction": "表情回应",
        "task_not_leader": "只有管理员或部门负责人可以交办任务。",
        "task_no_owner": "请@任务的负责人，例如：任务 @张三 今天下班前提交周报",
        "task_not_found": "找不到任务 {id}。",
        "task_not_yours": "只有任务负责人、交办人或管理员可以把任务 {id} 标为完成。",
        "task_done": "任务 {id} 已完成，谢谢！",
        "task_already_done": "任务 {id} 已经完成了。",
        "dept_set": "已登记：{names} → {department}。",
        "dept_cleared": "已清除 {names} 的部门登记。",
        "dept_head_set": "已登记 {names} 为{department}负责人。成员未回复通知或任务逾期时，会私聊告知负责人。",
        "dept_head_removed": "已取消 {names} 的部门负责人身份（{departments}）。",
        "dept_head_none": "{names} 目前不是部门负责人。",
        "dept_list_head": "本群部门：",
        "dept_list_item": "· {name}（负责人：{heads}）：{members}",
        "dept_list_nobody": "无",
        "dept_list_empty": "本群还没有登记部门。可以用“部门 @张三 工程部”登记成员，用“负责人 @李四 工程部”登记负责人。",
        "refused": "{reason}",
        "note": "原因：{note}。",
    },
    "en": {
        "not_admin": "Only admins can use “{command}”. To raise a problem, send “举报” (report); an admin will look.",
        "group_only": "Please send “{command}” in the group.",
        "report_no_target": (
            "I could not find the message or member you are reporting. Reply to the message with “举报 reason”, "
            "or send “举报 @someone reason”. Only the admins can see who reported."
        ),
        "report_bot": "You cannot report the bot. If it misbehaves, please tell the owner or an admin.",
        "report_again": "You have already reported this member (report J{id}); the admins will handle it.",
        "report_refused": "Your report was not filed: {reason}",
        "report_filed": (
            "Thank you, your report J{id} was received and the admins will check it. "
            "Reporters are kept confidential: your name will not be shown in the group."
        ),
        "report_withdrawn": "To protect you, your report message in the group will be deleted (where possible).",
        "admin_new_report": (
            "New report J{id}: reported member {target}; reason: {reason}{evidence}. "
            "Send “通过 J{id}” once verified, or “拒绝 J{id} reason” to reject. The reporter is confidential."
        ),
        "evidence": "; {n} piece(s) of evidence",
        "reporter_verified": "Your report J{id} was verified and dealt with. Thank you for keeping the group in order.",
        "reporter_verified_manual": "Your report J{id} was verified; the admins will act on it. Thank you.",
        "reporter_rejected": "Your report J{id} was checked; no action will be taken. {note}Thank you for telling us.",
        "admin_report_applied": "Report J{id} verified: {target} handled under rule {clause} ({title}): {step} "
        "(case A{case}).",
        "admin_report_manual": (
            "Report J{id} verified. The rules set no step for verified reports: use “警告 @member clause” "
            "or “移除 @member clause”."
        ),
        "admin_report_protected": "Report J{id} verified. {target} is an admin or the owner: nothing was done "
        "automatically; the owner decides.",
        "admin_report_rejected": "Report J{id} rejected; no action taken.",
        "appeal_refused": "{reason}",
        "appeal_filed": "Your appeal S{id} was received. An admin other than the one who removed you will decide it.",
        "appeal_no_admin": "No other admin is available right now; the appeal is recorded and the owner will see it.",
        "admin_new_appeal": (
            "New appeal S{id}: {member} appeals their removal{removed}. Reason: {reason}. "
            "Send “通过 S{id}” to re-admit them, or “拒绝 S{id} reason”."
        ),
        "removed_when": " (removed {when} by {by})",
        "removed_by_rules": "qungui, under the rules,",
        "removed_at": " (removed {when})",
        "appellant_accepted": "Your appeal S{id} was accepted: you are a member again and welcome to rejoin.",
        "appellant_rejected": "Your appeal S{id} was not accepted. {note}For questions, please contact the owner.",
        "admin_appeal_accepted": "Appeal S{id} accepted: {member} is re-admitted. Invite them back if they are out.",
        "admin_appeal_rejected": "Appeal S{id} ({member}) rejected.",
        "leave_not_allowed": "This group's rules have no leave arrangement; please talk to an admin directly.",
        "leave_refused": "Your leave was not recorded: {reason}",
        "leave_requested": "Your leave request Q{id} ({start} to {end}, reason: {reason}) was received. "
        "It applies once an admin approves it.",
        "leave_auto": "Your leave Q{id} ({start} to {end}, reason: {reason}) is recorded and applies at once: "
        "this group needs no approval.",
        "admin_new_leave": (
            "New leave request Q{id}: {member}, {start} to {end}, reason: {reason}. "
            "Send “通过 Q{id}” to approve, or “拒绝 Q{id} reason”."
        ),
        "admin_leave_auto": "{member} is on leave (Q{id}): {start} to {end}, reason: {reason}. No approval needed.",
        "leaver_approved": "Your leave Q{id} ({start} to {end}) was approved; silence during it does not count.",
        "leaver_rejected": "Your leave request Q{id} was not approved. {note}Please talk to an admin if needed.",
        "admin_leave_approved": "Leave Q{id} approved: {member}, {start} to {end}.",
        "admin_join_approved": "Join request R{id} by {member} approved.",
        "admin_join_rejected": "Join request R{id} by {member} declined.",
        "admin_leave_rejected": "Leave Q{id} ({member}) rejected.",
        "no_apology": "You have nothing to apologise for at the moment. Thank you.",
        "apology_in_group": "The rules ask for the apology in the group: please send it there.",
        "record_head": "Your record in this group:",
        "record_strikes": "Rule breaches:",
        "record_strike": "• {date} rule {clause} ({title}): {step}{case}",
        "record_case": " (case A{id})",
        "record_apology": "Apology due: rule {clause}, in the group before {due}.",
        "record_fine": "Unpaid fine: {amount} yuan (rule {clause}), due {due}.",
        "record_leave": "Leave Q{id}: {start} to {end} ({status})",
        "record_removed": "Status: removed from the group. To appeal, send “申诉 reason”.",
        "record_clean": "You have no rule breaches on record. Thank you for keeping the rules!",
        "leave_pending": "waiting for approval",
        "leave_approved": "approved",
        "ask_clause": "Please name the rule, e.g. {example}. Rules with steps: {clauses}. Send “群规” for all rules.",
        "no_ladder": "Rule {clause} ({title}) has no steps for “{command}”. Rules with steps: {clauses}.",
        "no_target": "I could not find the member. @ them, or reply to their message with “{command}”.",
        "target_self": "You cannot use “{command}” on yourself.",
        "target_bot": "You cannot use “{command}” on the bot.",
        "target_owner": "You cannot use “{command}” on the owner.",
        "target_admin": "{name} is an admin: only the owner can do this.",
        "sanctioned": "{name} handled under rule {clause} ({title}): {step} (case A{case}). "
        "To undo, send “撤销 A{case}”.",
        "not_present": " ({name} is no longer in the group: this is recorded only.)",
        "fined": "Recorded: {name} owes a red envelope of {amount} yuan under rule {clause} ({title}), due {due} "
        "(case A{case}).",
        "fine_ask": "Please name the rule or the amount, e.g. {example}. Rules with a fine: {clauses}.",
        "fine_no_step": "Rule {clause} ({title}) has no fine step: give an amount, e.g. 罚红包 @张三 20元 {clause}.",
        "paid_none": "{name} owes no red envelope.",
        "paid": "Confirmed: {name}'s red envelope ({amount} yuan, rule {clause}) is paid.",
        "undo_bad_id": "“撤销” needs a case number (starting with A, e.g. “撤销 A12”) or an @member.",
        "undo_none": "{name} has nothing to undo.",
        "case_not_found": "There is no case {id}.",
        "undone": "Case A{id} undone ({name}, rule {clause} ({title}), {step}).",
        "undone_left": "The member was removed; the record is cleared. Invite them back if they should return.",
        "undone_member": "An admin undid your case A{id} under rule {clause} ({title}). Thank you for your patience.",
        "request_bad_id": (
            "I cannot read “{raw}”. Reports start with J, appeals with S, leave with Q and queued cases with A, "
            "e.g. “{verb} Q7”."
        ),
        "request_not_found": "Nothing waiting has the number {id}; please check the notice.",
        "request_not_decidable": "{id} is a notice or a task, not a request: send “回执 {id}” for a notice's "
        "receipts, “完成 {id}” when a task is done.",
        "request_ambiguous": "Number {number} matches several items: {ids}. Please say which, e.g. “{verb} {first}”.",
        "request_none": "Nothing is waiting about {name}.",
        "request_many": "Several items about {name} are waiting: {ids}. Please say which, e.g. “{verb} {first}”.",
        "case_confirmed": "Case A{id} confirmed: {name} handled under rule {clause} ({title}): {step}.",
        "case_dismissed": "Case A{id} ({name}, rule {clause}) dismissed; no action taken.",
        "unknown_names": "I could not find the {what} “{names}”. {hint}",
        "what_dept_or_member": "department or member",
        "what_member": "member",
        "hint_departments": "Departments: {departments}.",
        "hint_no_departments": "No departments yet: register them with “部门 @member name”.",
        "hint_mention": "Please @ members of the group.",
        "work_refused": "{reason}",
        "notice_recorded": "Notice N{id} recorded (no acknowledgement required).",
        "receipts_none": "There are no notices yet.",
        "receipts_not_found": "There is no notice {id}.",
        "receipts_head": "Notice N{id} receipts (due {due}, {status}): {acked}/{total} acknowledged",
        "receipts_open": "open",
        "receipts_closed": "closed",
        "receipts_acked": "Acknowledged: {items}",
        "receipts_missing": "Not yet: {items}",
        "receipts_left": "Left the group: {items}",
        "receipts_late": "late",
        "via_reply": "reply",
        "via_quote": "quote",
        "via_bare": "message",
        "via_reaction": "reaction",
        "task_not_leader": "Only admins and department heads can give tasks.",
        "task_no_owner": "Please @ who is responsible, e.g. 任务 @张三 今天下班前提交周报",
        "task_not_found": "There is no task {id}.",
        "task_not_yours": "Only the member responsible, the leader who gave it or an admin can close task {id}.",
        "task_done": "Task {id} is done. Thank you!",
        "task_already_done": "Task {id} was already done.",
        "dept_set": "Recorded: {names} → {department}.",
        "dept_cleared": "Department cleared for {names}.",
        "dept_head_set": "{names} is now head of {department}; they will hear of missing acknowledgements and overdue "
        "tasks.",
        "dept_head_removed": "{names} no longer heads {departments}.",
        "dept_head_none": "{names} heads no department.",
        "dept_list_head": "Departments:",
        "dept_list_item": "· {name} (head: {heads}): {members}",
        "dept_list_nobody": "none",
        "dept_list_empty": (
            "No departments yet. Register members with “部门 @张三 工程部” and heads with “负责人 @李四 工程部”."
        ),
        "refused": "{reason}",
        "note": "Reason: {note}. ",
    },
}

STEP_LABELS: dict[str, dict[str, str]] = {
    "zh-CN": {
        "remind": "提醒",
        "dissuade": "劝阻",
        "warn": "口头警告",
        "warn_apology": "警告并要求当场道歉",
        "serious_warning": "严重警告",
        "fine": "罚发群红包",
        "mute": "禁言",
        "remove": "请出本群",
        "alert_admin": "通知管理员",
        "record": "记录在案",
        "merged": "并入前一次处理",
    },
    "en": {
        "remind": "reminder",
        "dissuade": "dissuasion",
        "warn": "verbal warning",
        "warn_apology": "warning with an apology required",
        "serious_warning": "serious warning",
        "fine": "red-envelope fine",
        "mute": "muted",
        "remove": "removed from the group",
        "alert_admin": "admins alerted",
        "record": "recorded",
        "merged": "joined the previous case",
    },
}
