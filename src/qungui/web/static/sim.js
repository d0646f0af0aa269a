/* qungui 群规模拟器: polls /sim/api/updates, renders the chat, sends what the player does. No libraries. */
"use strict";
(() => {
  const $ = (sel, root = document) => root.querySelector(sel);
  const $$ = (sel, root = document) => Array.from(root.querySelectorAll(sel));
  const config = JSON.parse($("#sim-config").textContent);
  const scenarios = JSON.parse($("#sim-scenarios").textContent);
  const token = $('meta[name="qungui-token"]').content;
  const POLL_MS = 1000;
  const MAX_IMAGE = 2 * 1024 * 1024;
  const MAX_NODES = 2000;
  const GAP_S = 300;

  const state = {
    rev: 0, prev: 0, me: null, members: [], byId: new Map(), roster: [],
    group: new Map(), priv: new Map(), last: { group: 0, priv: 0 },
    reply: null, mentions: { group: new Map(), priv: new Map() }, adminRev: -1, adminAt: 0,
  };

  // -- small helpers ------------------------------------------------------------------------------
  function el(tag, props = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (value === undefined || value === null || value === false) continue;
      if (key === "class") node.className = value;
      else if (key === "text") node.textContent = value;
      else if (key === "style") Object.assign(node.style, value); // CSSOM, allowed by the page's CSP
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined && child !== false) node.append(child);
    return node;
  }
  const PALETTE = ["#5b8def", "#f0a020", "#3fb27f", "#e5675f", "#8c6be8", "#2aa7b8", "#d9822b", "#6a8caf", "#c2569b", "#4f9d69"];
  function avatar(id, name, extra = "") {
    if (id === config.bot.id) return el("span", { class: `avatar bot ${extra}`, text: "规", "aria-hidden": "true" });
    let hash = 0;
    for (const ch of id || "") hash = (hash * 31 + ch.charCodeAt(0)) >>> 0;
    const plain = (name || "?").replace(/\s+/g, "");
    const latin = /^[A-Za-z]/.test(plain) && !/[\u4e00-\u9fff]/.test(plain);
    const label = latin ? plain.slice(0, 2) : Array.from(plain).slice(-2).join("");
    return el("span", { class: `avatar ${extra}`, style: { background: PALETTE[hash % PALETTE.length] }, text: label, "aria-hidden": "true" });
  }
  function badge(cls, text, title) { return el("span", { class: `badge ${cls}`, text, title }); }
  let toastTimer = null;
  function toast(message, error = false) {
    const box = $("#toast");
    box.textContent = message;
    box.className = error ? "toast error" : "toast";
    box.hidden = false;
    clearTimeout(toastTimer);
    toastTimer = setTimeout(() => { box.hidden = true; }, error ? 5000 : 2600);
  }
  function showError(id, message) { const box = $(id); box.textContent = message || ""; box.hidden = !message; }
  async function answer(response) {
    let data = null;
    try { data = await response.json(); } catch (_) { /* not JSON */ }
    if (!response.ok) throw new Error((data && data.error) || `请求失败（${response.status}）`);
    return data;
  }
  function post(path, body) {
    return fetch(path, {
      method: "POST", headers: { "Content-Type": "application/json", "X-Qungui-Token": token },
      body: JSON.stringify(body), credentials: "same-origin",
    }).then(answer);
  }
  const me = () => state.byId.get(state.me);
  const narrow = () => window.matchMedia("(max-width: 860px)").matches;
  const isAdmin = (m) => m && (m.role === "owner" || m.role === "admin") && m.status === "active";
  function store(key, value) { try { localStorage.setItem(key, value); } catch (_) { /* private mode */ } }
  function recall(key) { try { return localStorage.getItem(key); } catch (_) { return null; } }

  // -- polling ------------------------------------------------------------------------------------
  let timer = null, inflight = false, again = false;
  function schedule(ms) { clearTimeout(timer); timer = setTimeout(poll, ms); }
  const refresh = () => schedule(0);
  async function poll() {
    if (inflight) { again = true; return; }
    inflight = true;
    const asked = state.me;
    try {
      const url = `/sim/api/updates?since=${state.rev}&psince=${state.prev}&me=${encodeURIComponent(asked || "")}`;
      apply(await answer(await fetch(url, { cache: "no-store", credentials: "same-origin" })), asked);
      $("#offline").hidden = true;
    } catch (_) {
      $("#offline").hidden = false;
    } finally {
      inflight = false;
      if (again) { again = false; schedule(0); } else schedule(document.hidden ? 3000 : POLL_MS);
    }
  }

  function apply(data, asked) {
    if (data.members) {
      state.members = data.members;
      state.byId = new Map(data.members.map((m) => [m.id, m]));
      state.roster = data.roster_outside || [];
      if (!state.me || !state.byId.has(state.me)) {
        const fallback = data.members.find((m) => m.role === "member" && m.status === "active") || data.members[0];
        if (fallback) setMe(fallback.id, false);
      }
      renderMembers();
    }
    const mine = renderItems(data.items, state.group, $("#timeline"), "group");
    if (asked === state.me) {
      const fresh = renderItems(data.private, state.priv, $("#private-timeline"), "priv");
      if (fresh && !sideTabVisible("private")) $("#private-dot").hidden = false;
      state.prev = data.rev;
    }
    state.rev = data.rev;
    $("#clock-now").textContent = data.clock.label;
    if (mine) $("#timeline").scrollTop = $("#timeline").scrollHeight;
    if (sideTabVisible("admin") && state.adminRev !== state.rev) loadAdmin();
  }

  // -- timeline -----------------------------------------------------------------------------------
  function renderItems(items, map, box, channel) {
    if (!items.length) return false;
    const nearBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 80;
    let mineOrBot = false;
    for (const item of items) {
      const node = renderItem(item, channel);
      const known = map.get(item.seq);
      if (known) { known.node.replaceWith(node); known.node = node; continue; }
      if (item.epoch - state.last[channel] > GAP_S) box.append(el("div", { class: "stamp", text: `${item.day} ${item.time}` }));
      state.last[channel] = item.epoch;
      box.append(node);
      map.set(item.seq, { item, node });
      if (item.sender_id === state.me || channel === "priv") mineOrBot = true;
    }
    while (map.size > MAX_NODES) {
      const [seq, entry] = map.entries().next().value;
      entry.node.remove();
      map.delete(seq);
    }
    if (nearBottom) box.scrollTop = box.scrollHeight;
    return mineOrBot;
  }

  function withMentions(text, names) {
    if (!names.length) return [text];
    const pattern = new RegExp(`(${names.map((n) => `@${n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`).join("|")})`, "g");
    return text.split(pattern).map((part, i) => (i % 2 ? el("span", { class: "mention", text: part }) : part));
  }

  function bubbleFor(item, channel) {
    if (item.deleted) {
      const original = item.kind === "image"
        ? el("img", { class: "original", src: `/sim/api/media/${encodeURIComponent(item.id)}`, alt: "被撤回的图片", hidden: true })
        : el("span", { class: "original", text: item.text || `[${{ voice: "语音", red_envelope: "红包" }[item.kind] || "消息"}]`, hidden: true });
      const reveal = el("button", { type: "button", class: "reveal", text: "查看原文（演示）", onclick: () => { original.hidden = !original.hidden; } });
      return el("div", { class: "bubble withdrawn", "data-withdrawn": "" }, "消息已被撤回", reveal, original);
    }
    let bubble;
    if (item.kind === "image") {
      bubble = el("div", { class: "bubble image" }, el("img", { src: `/sim/api/media/${encodeURIComponent(item.id)}`, alt: "图片", loading: "lazy" }));
    } else if (item.kind === "voice") {
      const seconds = Math.round(item.voice_s || 0);
      bubble = el("div", { class: "bubble voice", style: { width: `${Math.min(80 + seconds * 3, 240)}px` } }, el("span", { class: "wave", text: "))))" }), `${seconds}″`);
    } else if (item.kind === "red_envelope") {
      bubble = el("div", { class: "bubble red-envelope" },
        el("div", { class: "re-top" }, el("span", { class: "re-icon" }),
          el("div", {}, el("div", { class: "re-text", text: item.text || "恭喜发财，大吉大利" }), el("div", { class: "re-amount", text: `¥${Number(item.amount).toFixed(2)}` }))),
        el("div", { class: "re-foot", text: "微信红包" }));
    } else {
      bubble = el("div", { class: "bubble" }, ...withMentions(item.text, item.mentions || []));
    }
    if (channel === "group") {
      bubble.title = "点击引用这条消息";
      bubble.addEventListener("click", () => setReply(item));
    }
    return bubble;
  }

  function renderItem(item, channel) {
    if (item.type === "system") return el("div", { class: `sys ${item.tone || ""}`, "data-seq": item.seq }, el("span", { text: item.text }));
    const bot = item.type === "bot";
    const mine = !bot && item.sender_id === state.me;
    const member = state.byId.get(item.sender_id);
    const tags = bot ? badge("bot", "群规机器人") : member && member.role_label ? badge(member.role, member.role_label) : null;
    const body = el("div", { class: "body" }, el("div", { class: "name" }, item.sender_name || "", tags), bubbleFor(item, channel));
    if (item.quote) body.append(el("div", { class: "quote", text: `${item.quote.name}：${item.quote.text}` }));
    for (const line of item.verdict || []) body.append(el("div", { class: "verdict" }, el("b", { text: "qungui 判定 " }), line));
    const row = el("div", { class: `row${bot ? " bot" : ""}${mine ? " mine" : ""}`, "data-seq": item.seq, "data-id": item.id || "" }, avatar(item.sender_id, item.sender_name), body);
    if (state.reply && state.reply.id === item.id) row.querySelector(".bubble").classList.add("selected");
    return row;
  }

  function setReply(item) {
    if (item.deleted) return;
    state.reply = item;
    $$("#timeline .bubble.selected").forEach((b) => b.classList.remove("selected"));
    const row = $(`#timeline .row[data-seq="${item.seq}"] .bubble`);
    if (row) row.classList.add("selected");
    $("#quote-text").textContent = `引用 ${item.sender_name}：${item.kind === "text" ? item.text : "[" + ({ image: "图片", voice: "语音", red_envelope: "红包" }[item.kind] || "消息") + "]"}`;
    $("#quote-bar").hidden = false;
    $("#text").focus();
  }
  function clearReply() {
    state.reply = null;
    $("#quote-bar").hidden = true;
    $$("#timeline .bubble.selected").forEach((b) => b.classList.remove("selected"));
  }

  // -- members ------------------------------------------------------------------------------------
  function memberRow(m) {
    const current = m.id === state.me;
    const meta = el("div", { class: "m-meta" });
    if (m.role_label) meta.append(badge(m.role, m.role_label));
    if (m.compliant === true) meta.append(badge("ok", "✓ 实名", "昵称符合群规 三.2 命名规则"));
    if (m.compliant === false) meta.append(badge("bad", "✗ 昵称未实名", `群规 三.2：${config.naming}，例如“${config.example}”`));
    if (m.status_label) meta.append(badge(m.status === "pending" ? "pending" : "muted", m.status_label));
    if (m.muted) meta.append(badge("muted", `禁言中 ${m.muted_minutes} 分钟`));
    if (!m.on_roster) meta.append(badge("pending", "名单外", "不在本会会员名单上（群规 三.5）"));
    const info = el("div", {}, el("div", { class: "m-name", text: m.name }), meta);
    if (m.status === "pending") {
      info.append(el("div", { class: "m-note", text: m.hold_reason ? `qungui：${m.hold_reason}` : `${m.invited_by ? `由 ${m.invited_by} 邀请，` : ""}等待群主或管理员同意` }));
    }
    const speak = el("button", { type: "button", class: "speak", text: current ? "当前身份" : "以此身份发言", onclick: (e) => {
      e.stopPropagation();
      setMe(m.id);
      if (narrow()) showPane("chat");
    } });
    const row = el("li", { class: `member${current ? " current" : ""}`, "data-member": m.id, onclick: () => setMe(m.id) }, avatar(m.id, m.name), info, speak);
    if (m.status === "pending" && isAdmin(me())) {
      row.append(el("div", { class: "decide" },
        el("button", { type: "button", class: "btn small primary", text: "同意", onclick: (e) => { e.stopPropagation(); decide(m.id, true); } }),
        el("button", { type: "button", class: "btn small", text: "拒绝", onclick: (e) => { e.stopPropagation(); decide(m.id, false); } })));
    }
    return row;
  }

  function renderMembers() {
    const inGroup = state.members.filter((m) => m.status === "active" || m.status === "pending");
    const gone = state.members.filter((m) => m.status === "left" || m.status === "removed");
    const active = state.members.filter((m) => m.status === "active").length;
    const bot = el("li", { class: "member" }, avatar(config.bot.id, config.bot.name),
      el("div", {}, el("div", { class: "m-name", text: config.bot.name }), el("div", { class: "m-meta" }, badge("bot", "群规机器人"))));
    $("#member-list").replaceChildren(bot, ...inGroup.map(memberRow));
    $("#gone-list").replaceChildren(...gone.map(memberRow));
    $("#gone-box").hidden = !gone.length;
    $("#gone-count").textContent = `(${gone.length})`;
    $("#member-count").textContent = `(${active + 1})`;
    $("#chat-count").textContent = `(${active + 1})`;
    renderMe();
  }

  function renderMe() {
    const m = me();
    if (!m) return;
    const actions = el("div", { class: "me-actions" });
    if (m.status === "active") {
      actions.append(el("button", { type: "button", class: "btn small", text: "改昵称", onclick: () => openRename() }));
      if (m.role !== "owner") actions.append(el("button", { type: "button", class: "btn small danger", text: "退出群聊", onclick: leave }));
    } else {
      actions.append(el("span", { class: "muted", text: m.status === "pending" ? "入群申请待审核，可先私聊 qungui" : "已不在群中，只能私聊 qungui" }));
    }
    $("#me-card").replaceChildren(avatar(m.id, m.name), el("div", { class: "me-label", text: "当前身份" }), el("div", { class: "me-name", text: m.name }), actions);
    $("#who-btn").textContent = m.name;
    $("#text").placeholder = `以「${m.name}」身份发言，Enter 发送，Shift+Enter 换行`;
    $("#private-note").textContent = `以「${m.name}」身份与 qungui 私聊：举报、申诉、请假、查记录都在这里，别人看不到。`;
  }

  function setMe(id, announce = true) {
    if (id === state.me) return;
    state.me = id;
    store("qungui.me", id);
    state.prev = 0;
    state.priv.clear();
    state.last.priv = 0;
    $("#private-timeline").replaceChildren();
    state.mentions.group.clear();
    state.mentions.priv.clear();
    clearReply();
    renderMembers();
    $$("#timeline .row").forEach((row) => {
      const entry = state.group.get(Number(row.dataset.seq));
      if (entry) { const node = renderItem(entry.item, "group"); row.replaceWith(node); entry.node = node; }
    });
    if (announce && me()) toast(`已切换为「${me().name}」`);
    refresh();
  }

  // -- composing ----------------------------------------------------------------------------------
  function mentionIds(text, map) { return Array.from(map.entries()).filter(([, name]) => text.includes(`@${name}`)).map(([id]) => id); }

  async function send(body, errorBox) {
    showError(errorBox, "");
    try {
      await post("/sim/api/say", { member: state.me, ...body });
      refresh();
      return true;
    } catch (e) {
      showError(errorBox, e.message);
      return false;
    }
  }

  async function sendGroupText() {
    const box = $("#text");
    const text = box.value.trim();
    if (!text) return;
    const ok = await send({ text, reply_to: state.reply ? state.reply.id : null, mentions: mentionIds(text, state.mentions.group) }, "#composer-error");
    if (ok) { box.value = ""; state.mentions.group.clear(); clearReply(); }
  }

  async function sendPrivateText(text) {
    const box = $("#private-text");
    text = (text ?? box.value).trim();
    if (!text) return;
    const ok = await send({ text, private: true, mentions: mentionIds(text, state.mentions.priv) }, "#private-error");
    if (ok) { box.value = ""; state.mentions.priv.clear(); }
  }

  async function sendImage(file) {
    showError("#composer-error", "");
    if (file.size > MAX_IMAGE) { showError("#composer-error", "图片太大：最大 2 MB，请换一张小一点的图片。"); return; }
    const form = new FormData();
    form.append("member", state.me);
    form.append("file", file);
    if (state.reply) form.append("reply_to", state.reply.id);
    try {
      await fetch("/sim/api/image", { method: "POST", headers: { "X-Qungui-Token": token }, body: form, credentials: "same-origin" }).then(answer);
      clearReply();
      refresh();
    } catch (e) { showError("#composer-error", e.message); }
  }

  function togglePop(id) {
    for (const pop of ["#voice-pop", "#red-pop", "#mention-pop"]) if (pop !== id) $(pop).hidden = true;
    $(id).hidden = !$(id).hidden;
  }

  function openMentions(channel) {
    const pop = channel === "group" ? $("#mention-pop") : $("#private-mention-pop");
    const list = channel === "group" ? $("#mention-list") : $("#private-mention-list");
    const box = channel === "group" ? $("#text") : $("#private-text");
    const people = [{ id: config.bot.id, name: config.bot.name }, ...state.members.filter((m) => m.status === "active" && m.id !== state.me)];
    list.replaceChildren(...people.map((p) => el("li", {
      onclick: () => {
        const at = box.selectionStart ?? box.value.length;
        const before = box.value.slice(0, at).replace(/@$/, "");
        box.value = `${before}@${p.name}\u2005${box.value.slice(at)}`; // WeChat ends a mention with U+2005
        state.mentions[channel === "group" ? "group" : "priv"].set(p.id, p.name);
        pop.hidden = true;
        box.focus();
      },
    }, avatar(p.id, p.name), p.name)));
    if (channel === "group") togglePop("#mention-pop"); else pop.hidden = !pop.hidden;
  }

  function onEnter(box, submit) {
    box.addEventListener("keydown", (e) => {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing && e.keyCode !== 229) { e.preventDefault(); submit(); }
      if (e.key === "Escape") { $$(".popover").forEach((p) => { p.hidden = true; }); }
    });
  }

  // -- members' actions ---------------------------------------------------------------------------
  async function act(path, body, done) {
    try {
      const data = await post(path, body);
      if (done) toast(typeof done === "function" ? done(data) : done);
      refresh();
      return data;
    } catch (e) { toast(e.message, true); return null; }
  }
  const decide = (id, approve) => act("/sim/api/decide", { member: id, by: state.me, approve }, approve ? "已同意入群申请" : "已拒绝入群申请");
  function leave() {
    const m = me();
    if (m && window.confirm(`确定以「${m.name}」身份退出群聊吗？`)) act("/sim/api/leave", { member: m.id }, "已退出群聊");
  }
  const forward = (span) => act("/sim/api/fast-forward", { span }, "时间已快进，qungui 处理了到期的事项");

  let joinInviter = null;
  function openJoin(mode, preset = {}) {
    const m = me();
    joinInviter = mode === "invite" && m ? m.id : null;
    $("#join-title").textContent = mode === "invite" && m ? `以「${m.name}」身份邀请好友入群` : "有人申请加入本群";
    $("#join-hint").textContent = mode === "invite" && isAdmin(m)
      ? "群主或管理员邀请的人直接入群。"
      : "本群开启了入群确认：扫码或由普通成员邀请的，须群主或管理员同意；不在会员名单上的，qungui 会暂缓并私信管理员。";
    const select = $("#join-roster");
    select.replaceChildren(...state.roster.map((r) => el("option", { value: r.id, text: r.name, selected: r.id === preset.rosterId })));
    const useRoster = state.roster.length > 0 && !preset.name;
    $('#join-form input[value="roster"]').disabled = state.roster.length === 0;
    $(`#join-form input[value="${useRoster ? "roster" : "other"}"]`).checked = true;
    $("#join-name").value = preset.name || "";
    showError("#join-error", "");
    $("#join-dialog").showModal();
  }
  async function submitJoin(e) {
    e.preventDefault();
    const roster = $('#join-form input[value="roster"]').checked;
    const body = { inviter: joinInviter };
    if (roster) {
      const option = $("#join-roster").selectedOptions[0];
      if (!option) { showError("#join-error", "名单上的会员都已在群里，请选“其他人”"); return; }
      Object.assign(body, { name: option.textContent, member_id: option.value });
    } else {
      body.name = $("#join-name").value.trim();
      if (!body.name) { showError("#join-error", "请填写昵称"); return; }
    }
    try {
      const data = await post("/sim/api/arrive", body);
      $("#join-dialog").close();
      toast(data.status === "pending" ? "已提交入群申请，等待群主或管理员同意" : "已入群");
      refresh();
    } catch (err) { showError("#join-error", err.message); }
  }
  function openRename(name) {
    const m = me();
    if (!m) return;
    $("#rename-name").value = name || m.name;
    showError("#rename-error", "");
    $("#rename-dialog").showModal();
  }
  async function submitRename(e) {
    e.preventDefault();
    try {
      await post("/sim/api/rename", { member: state.me, name: $("#rename-name").value.trim() });
      $("#rename-dialog").close();
      refresh();
    } catch (err) { showError("#rename-error", err.message); }
  }

  // -- admin view ---------------------------------------------------------------------------------
  async function loadAdmin() {
    const now = Date.now();
    if (now - state.adminAt < 1500) return;
    state.adminAt = now;
    state.adminRev = state.rev;
    try { renderAdmin(await answer(await fetch("/sim/api/admin", { cache: "no-store" }))); } catch (e) { $("#admin-view").replaceChildren(el("p", { class: "form-error", text: e.message })); }
  }
  function record(title, time, sub, extra, cls) {
    return el("li", { class: cls || "" }, el("div", { class: "r-head" }, el("span", { class: "r-title", text: title }), el("span", { class: "r-time", text: time || "" })),
      sub ? el("div", { class: "r-sub", text: sub }) : null, extra ? el("div", { class: "r-evidence", text: extra }) : null);
  }
  function section(title, items, empty) {
    return [el("h3", { text: title }), items.length ? el("ul", { class: "records" }, items) : el("p", { class: "empty", text: empty })];
  }
  function renderAdmin(data) {
    if (!data.found) { $("#admin-view").replaceChildren(el("p", { class: "empty", text: "还没有记录。" })); return; }
    const stat = (n, label) => el("div", { class: "stat" }, el("b", { text: String(n) }), el("span", { text: label }));
    const todo = [
      ...data.fines.map((f) => record(`${f.member} 罚发群红包 ${f.amount} 元`, f.due ? `期限 ${f.due}` : "", `群规 ${f.clause}${f.overdue ? " · 已逾期" : " · 待发"}`, null, f.overdue ? "overdue" : "")),
      ...data.attention.map((s) => record(`${s.kind} · ${s.member}`, s.at, `${s.status_label}${s.clause ? ` · 群规 ${s.clause}` : ""}`, s.note)),
    ];
    $("#admin-view").replaceChildren(
      el("div", { class: "stats" }, stat(data.counts.cases, "案件"), stat(data.counts.queued, "待管理员审核"), stat(data.fines.length, "未结罚款")),
      ...section("需要跟进", todo, "暂无待办。"),
      ...section("最近案件", data.cases.map((c) => record(`【${c.clause}】${c.title}`, c.at, `${c.member} · ${c.step || "—"} · ${c.status_label}`, c.evidence)), "暂无案件。"),
      ...section("未处理的举报", data.reports.map((r) => record(`举报 ${r.target}`, r.at, r.reason, "举报人身份已保密")), "暂无举报。"),
    );
  }

  // -- panes, tabs, scenarios -----------------------------------------------------------------------
  function showPane(pane) {
    $("#layout").dataset.pane = pane;
    $$("#mobile-tabs button").forEach((b) => b.classList.toggle("active", b.dataset.pane === pane && (pane !== "side" || b.dataset.side === currentSide)));
  }
  let currentSide = "private";
  function showSide(tab) {
    currentSide = tab;
    $$(".tab").forEach((t) => t.classList.toggle("active", t.dataset.tab === tab));
    for (const name of ["private", "admin", "guide"]) $(`#tab-${name}`).hidden = name !== tab;
    if (tab === "private") $("#private-dot").hidden = true;
    if (tab === "admin") { state.adminAt = 0; loadAdmin(); }
    if (narrow()) showPane("side");
  }
  function sideTabVisible(tab) { return currentSide === tab; }
  function pulse(button) { button.classList.remove("pulse"); void button.offsetWidth; button.classList.add("pulse"); }

  function runScenario(s) {
    if (s.member && s.action !== "apply") {
      const who = state.byId.get(s.member);
      if (!who || who.status !== "active") { toast("这位成员现在不在群里，换一个试试", true); return; }
      setMe(s.member, false);
    }
    const chat = () => { if (narrow()) showPane("chat"); };
    if (s.action === "say") { chat(); $("#text").value = s.text; $("#text").focus(); pulse($("#send")); }
    else if (s.action === "private") {
      showSide("private");
      for (const id of s.mentions || []) { const m = state.byId.get(id); if (m) state.mentions.priv.set(id, m.name); }
      $("#private-text").value = s.text; $("#private-text").focus(); pulse($("#private-composer .send"));
    } else if (s.action === "voice") { chat(); $("#voice-pop").hidden = true; togglePop("#voice-pop"); $("#voice-s").value = s.value; pulse($("#voice-send")); }
    else if (s.action === "red_envelope") { chat(); $("#red-pop").hidden = true; togglePop("#red-pop"); $("#red-amount").value = s.value; $("#red-text").value = s.text; pulse($("#red-send")); }
    else if (s.action === "image") {
      chat();
      fetch(`/static/${s.value}`).then((r) => r.blob()).then((blob) => sendImage(new File([blob], s.value, { type: blob.type })));
    } else if (s.action === "rename") openRename(s.text);
    else if (s.action === "invite") openJoin("invite", { name: s.text });
    else if (s.action === "apply") openJoin("join", { rosterId: s.member });
    else if (s.action === "forward") forward(s.value);
  }

  // -- wiring -------------------------------------------------------------------------------------
  $("#composer").addEventListener("submit", (e) => { e.preventDefault(); sendGroupText(); });
  $("#private-composer").addEventListener("submit", (e) => { e.preventDefault(); sendPrivateText(); });
  onEnter($("#text"), sendGroupText);
  onEnter($("#private-text"), () => sendPrivateText());
  $("#text").addEventListener("input", (e) => { if (e.data === "@") openMentions("group"); });
  $("#private-text").addEventListener("input", (e) => { if (e.data === "@") openMentions("priv"); });
  $("#quote-cancel").addEventListener("click", clearReply);
  $("#tool-image").addEventListener("click", () => $("#image-input").click());
  $("#image-input").addEventListener("change", (e) => { const file = e.target.files[0]; e.target.value = ""; if (file) sendImage(file); });
  $("#tool-voice").addEventListener("click", () => togglePop("#voice-pop"));
  $("#tool-red").addEventListener("click", () => togglePop("#red-pop"));
  $("#tool-at").addEventListener("click", () => openMentions("group"));
  $("#voice-send").addEventListener("click", async () => {
    if (await send({ kind: "voice", voice_s: Number($("#voice-s").value), reply_to: state.reply ? state.reply.id : null }, "#composer-error")) { $("#voice-pop").hidden = true; clearReply(); }
  });
  $("#red-send").addEventListener("click", async () => {
    if (await send({ kind: "red_envelope", amount: $("#red-amount").value, text: $("#red-text").value }, "#composer-error")) $("#red-pop").hidden = true;
  });
  $("#who-btn").addEventListener("click", () => { showPane("members"); $("#member-list").scrollIntoView({ block: "nearest" }); });
  $("#btn-join").addEventListener("click", () => openJoin("join"));
  $("#btn-invite").addEventListener("click", () => openJoin("invite"));
  $("#join-form").addEventListener("submit", submitJoin);
  $("#rename-form").addEventListener("submit", submitRename);
  $$("[data-close]").forEach((b) => b.addEventListener("click", () => b.closest("dialog").close()));
  $$("[data-forward]").forEach((b) => b.addEventListener("click", () => forward(b.dataset.forward)));
  $$(".tab").forEach((t) => t.addEventListener("click", () => showSide(t.dataset.tab)));
  $$("#mobile-tabs button").forEach((b) => b.addEventListener("click", () => { if (b.dataset.side) showSide(b.dataset.side); showPane(b.dataset.pane); }));
  $$("[data-quick]").forEach((b) => b.addEventListener("click", () => sendPrivateText(b.dataset.quick)));
  $$("[data-prefill]").forEach((b) => b.addEventListener("click", () => {
    $("#private-text").value = b.dataset.prefill; $("#private-text").focus();
    if (b.dataset.prefill.endsWith("@")) openMentions("priv");
  }));
  $$("[data-scenario]").forEach((b) => b.addEventListener("click", () => runScenario(scenarios[Number(b.dataset.scenario)])));
  document.addEventListener("click", (e) => {
    if (!e.target.closest(".popover, .tool, [data-prefill], [data-scenario]")) $$(".popover").forEach((p) => { p.hidden = true; });
  });
  document.addEventListener("visibilitychange", () => { if (!document.hidden) refresh(); });

  state.me = recall("qungui.me");
  poll();
})();
