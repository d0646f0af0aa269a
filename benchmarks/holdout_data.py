"""Hand-written hold-out sets for "solicitation and ads" (issue 3): never trained on, no templates.

Why: `solicitation_data.py` (report part) and the spam corpus's report split were studied while the
detectors and the spam model were improved (their misses were printed), so their figures are no longer
blind. These sets use wording of their own (no template, slot list or contact phrase of
`solicitation_data.py` or `spam-corpus.yaml`), and nothing in `src/` reads them.

- Set 1 (`POSITIVE` / `NEGATIVE` below, 90 + 111 lines) was written before the issue-3 changes and
  scored before them (recall 0.967, precision 0.972); its errors were then printed and fixed, so it is
  *studied* now: its figure is reported, but it is not blind.
- Set 2 (`holdout2_lines.py`, 40 + 70 lines) was written after the detector and word-list changes and
  scored, never printed; it was scored a second time after one generic change to spam-v1 (COLD comments
  as ham, chosen by a rule fixed beforehand, not by set 2). Both figures are reported. In session 8 one of
  its ordinary lines (a false alarm of a candidate spam model that was not shipped) was printed by mistake;
  nothing was tuned on it, but set 2 is no longer wholly unseen.
- Set 3 (`holdout3_lines.py`, 25 + 40 lines) was written after that last change and scored once: the
  final blind figure of session 3.
- Set 4 (`holdout4_lines.py`, 60 + 100 lines) was written in session 4 by a helper that had not read the
  detectors, word lists, training data or earlier benchmarks' generators, and scored once, blind (recall
  0.967, precision 0.935: 8 false alarms). Its errors were then printed and fixed by generic changes, so
  it is *studied* now.
- Set 5 (`holdout5_lines.py`, 60 + 100 lines) was written the same way by another helper while set 4's
  errors were being fixed, and scored once after those fixes, blind: recall 0.858, precision 0.912. Its
  errors were then printed and fixed too (generic changes, new training lines of other wording), so it
  is *studied* now.
- Set 6 (`holdout6_lines.py`, 60 + 100 lines) was written the same way by a third helper while set 5's
  errors were being fixed, and scored once after them, blind: recall 0.958, precision 0.935. Its errors
  were then printed and fixed as well, so it is *studied* now.
- Set 7 (`holdout7_lines.py`, 60 + 100 lines) was written the same way by a fourth helper while set 6's
  errors were being fixed and 500 new hand-written training lines (by a fifth helper, each at most 0.5
  similar to any hold-out line) were added to spam-v1; scored once after all that, blind: recall 0.925,
  precision 0.949. Its errors were then printed and fixed, so it is *studied* now.
- Set 8 (`holdout8_lines.py`, 60 + 100 lines) was written the same way by a sixth helper (also at most 0.5
  similar to the training lines) while set 7's errors were being fixed, and scored once after them: the
  blind figure of session 4. In session 5 its errors were printed and fixed (generic changes, new training
  lines), so it is *studied* now.
- Set 9 (`holdout9_lines.py`, 60 + 100 lines) was written the same way by a seventh helper in session 5 (at
  most 0.5 similar to sets 1-8 and the training lines) while set 8's errors were being fixed; scored once
  after those fixes, blind: recall 0.833, precision 0.935. Its errors were then printed and fixed by generic
  changes, so it is *studied* now.
- Set 10 (`holdout10_lines.py`, 60 + 100 lines) was written the same way by an eighth helper while set 9's
  errors were being fixed (at most 0.5 similar to sets 1-9 and every training line); scored once after those
  fixes: the blind figure of session 5. In session 6 its errors were printed and fixed (generic changes,
  each tested with new wording), so it is *studied* now.
- Set 11 (`holdout11_lines.py`, 60 + 100 lines) was written the same way by a ninth helper in session 6 while
  set 10's errors were being fixed (at most 0.5 similar to sets 1-10 and every training line); scored once
  after those fixes, blind: recall 0.942, precision 0.983. Its errors were then printed and fixed by generic
  changes, so it is *studied* now.
- Set 12 (`holdout12_lines.py`, 60 + 100 lines) was written the same way by a tenth helper at the same time
  (at most 0.5 similar to sets 1-11), with more casual sales ("自家种的橙子，要的私") and more members asking
  or recommending inside the group; scored once after set 11's fixes, blind: recall 0.933, precision 0.949 (the
  blind figure of session 6). In session 7 its errors were printed and fixed by generic changes, so it is
  *studied* now.
- Set 13 (`holdout13_lines.py`, 60 + 100 lines) was written the same way by an eleventh helper in session 6
  (at most 0.5 similar to sets 1-12; more casual sales and more members asking inside the group, topics of
  its own), kept unread, and scored once in session 7 after set 12's fixes, blind: recall 0.900, precision
  1.000. Its errors were then printed and fixed by generic changes, so it is *studied* now.
- Set 14 (`holdout14_lines.py`, 60 + 100 lines) was written the same way by a twelfth helper in session 7
  while set 13's errors were being fixed (at most 0.5 similar to sets 1-13 and every training line; the
  session's new training lines were checked against it too, and the two above 0.5 were dropped before
  training); scored once after set 13's fixes and spam-v1's retraining: recall 0.983, precision 0.983 (the
  blind figure of session 7). Its errors were then printed and fixed, so it is *studied* now.
- Set 15 (`holdout15_lines.py`, 60 + 100 lines) was written the same way by a thirteenth helper at the end of
  session 7 (at most 0.5 similar to sets 1-14 and every training line, the session's new ones included), kept
  unread, and scored once at the start of session 8 before any change: recall 0.983, precision 1.000 (the blind
  figure of session 8). Its only miss was then printed: "二手电动车，来问" (a used e-bike, no price or contact;
  spam-v1 0.43 against 0.51), in both forms; left unfixed (one bare line is too little to generalise from).
- Set 16 (`holdout16_lines.py`, 60 + 100 lines) was written the same way by a fourteenth helper in session 8
  (at most 0.5 similar to sets 1-15 and every training line; new channels such as WhatsApp, LINE and DingTalk
  groups, and new calls such as "图在我空间"), and scored once in session 8 before any detector change of that
  session: recall 0.967, precision 0.991. Its errors were then printed and fixed by generic changes (a parking
  space 出租 next to a phone number, "图在我空间" as a call, a traditional-script citing word 刪 outside a
  quoted ad), so it is *studied* now.
- Set 17 (`holdout17_lines.py`, 60 + 100 lines) was written the same way by a fifteenth helper in session 8
  (at most 0.5 similar to sets 1-16 and every training line; calls such as "冒个泡", "要的排队", "踢我一下",
  "扣1"), and scored once after set 16's fixes: recall 0.900, precision 1.000 (the second blind figure of
  session 8). Its errors were then printed and fixed, so it is *studied* now.
- Set 18 (`holdout18_lines.py`, 60 + 100 lines) was written the same way by a sixteenth helper in session 8
  (at most 0.5 similar to sets 1-17, every training line and the session's unused candidate training lines),
  and scored once after set 17's fixes: recall 0.900, precision 0.982 (the third blind figure of session 8).
  Its errors were then printed and two kinds fixed (a mobile number in circled digits; "有要的冒个头", "要的举手"),
  so it is *studied* now.
- Set 19 (`holdout19_lines.py`, 60 + 100 lines) was written the same way by a seventeenth helper in session 9 (at
  most 0.5 similar to sets 1-18, every training line and the unused candidate lines; rural and small-town trades,
  older members selling casually), and scored once after a change made before it was read (chat-app links spaced
  around their dots: "t . me / name"): recall 0.875, precision 0.963 (the first blind figure of session 9). Its
  errors were then printed and fixed by generic changes ("加了微信" reports an add; calls such as "要的上我家来拿",
  "要几斤跟帖写上", also in traditional script or with separators between characters), so it is *studied* now.
- Set 20 (`holdout20_lines.py`, 60 + 100 lines) was written the same way by an eighteenth helper at the same time
  as set 19 (city office life, digital goods and side jobs, internet slang; one line pair is 0.52 similar to a
  set-19 line, as the two were written in parallel), and scored once after set 19's fixes: recall 0.850,
  precision 0.981 (the second blind figure of session 9). Its errors were then printed and fixed (微 written as
  彳山攵; calls such as "有缘人", "单聊", "在我相册", "地址问我", "有活儿就甩给我"; a clause calling whoever
  wants it lowers the spam threshold to 0.25), so it is *studied* now.
- Set 21 (`holdout21_lines.py`, 60 + 100 lines) was written the same way by a nineteenth helper in session 9 (at
  most 0.5 similar to sets 1-20 and every training line; family, school-parent, neighbourhood and hobby groups),
  and scored once after set 20's fixes: recall 0.858, precision 1.000 (the third blind figure of session 9). Its
  errors were then printed and fixed ("要的路过敲敲我家门", "要的说一下", "想试课的…过来看看", "想看的约个时间"),
  so it is *studied* now.
- Set 22 (`holdout22_lines.py`, 60 + 100 lines) was written the same way by a twentieth helper at the same time as
  set 21 (small shops, trade, wholesale, chambers of commerce, recruitment and property; one of its lines is
  0.77 similar to a set-21 line, as the two were written in parallel), and scored once after set 21's fixes:
  recall 0.850, precision 0.981 (the fourth blind figure of session 9). Its errors were then printed and two
  kinds fixed (a mobile number in cheque numerals 壹叁柒…; a quoted bait dismissed with "正规公司哪有这种"),
  so it is *studied* now.
- Sets 23 and 24 (`holdout23_lines.py`, `holdout24_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 10 (at most 0.5 similar to sets 1-22 and every training line; set 23: health,
  elderly members, travel, transport, sport and pets; set 24: students, exams, gaming and fans, overseas Chinese),
  and scored once with session 9's code, before any change of session 10: set 23 recall 0.858, precision 0.945;
  set 24 recall 0.867, precision 0.929 (the first blind figures of session 10). Their errors were then printed
  and fixed by generic changes (a clause to whoever wants the thing together with a price; a 接龙 list members
  have signed; a member asking to buy; "一律挂" as a warning; "在私聊" names a place), and spam-v1 was retrained
  with two hand-written batches, so they are *studied* now.
- Sets 25 and 26 (`holdout25_lines.py`, `holdout26_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the same time as sets 23 and 24 (car owners, homeowners, weddings, photography, insurance;
  restaurants, beauty, clothing, live-streaming sellers, tea and collectibles), kept unread while sets 23 and 24
  were studied, and scored once at the end of session 10 with all its changes: set 25 recall 0.850, precision
  0.944; set 26 recall 0.917, precision 0.965 (the second blind figures of session 10). Their errors were then
  printed, but not fixed. One set-25 line is 0.54 similar to a set-23 line and one 0.52 to a set-26 line (written
  in parallel). In session 11 their errors were studied along with those of sets 27 and 28.
- Sets 27 and 28 (`holdout27_lines.py`, `holdout28_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 11 (at most 0.5 similar to sets 1-26 and every training line; set 27:
  factories, logistics, construction, farming inputs and building trades; set 28: shareholder and investor groups,
  accounting and company registration, lawyers, charity, outdoor clubs, printing and IT outsourcing), and scored
  once with session 10's code, before any change of session 11: set 27 recall 0.883, precision 0.981; set 28 recall
  0.850, precision 0.944 (the first blind figures of session 11). Their errors were then printed and, with those of
  sets 25 and 26, three false-alarm families fixed by generic changes (several people or a lost thing's owner adding
  me; a spammer reported removed; a code's letters after a label of numbers), so they are *studied* now.
- Sets 29 and 30 (`holdout29_lines.py`, `holdout30_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers while sets 27 and 28 were studied (at most 0.5 similar to sets 1-28 and every training line; set 29:
  hotels and B&Bs, trade fairs and events, advertising agencies, translation, cross-border e-commerce; set 30:
  mother-and-baby care, housekeeping, elder care, moving, pest control, laundry, second-hand and scrap dealers),
  kept unread, and scored once at the end of session 11 with all its changes: set 29 recall 0.833, precision 1.000;
  set 30 recall 0.800, precision 0.923 (the second blind figures of session 11). Their errors were then printed and
  three kinds fixed (a relative's trade offered to whoever needs it; short-video account words; a rule quoting the
  ad it bans), so they are *studied* now.
- Sets 31 and 32 (`holdout31_lines.py`, `holdout32_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers while sets 29 and 30 were studied (at most 0.5 similar to sets 1-30 and every training line,
  session 11's unused batch included; set 31: driving schools, ride-sharing, music, art and dance studios, board-game
  clubs, cinemas, KTV and escape rooms; set 32: phone and computer repair, SIM cards and broadband, smart-home and
  camera installers, door-to-door water purifiers and solar panels, group-buying leaders), kept unread, and scored
  once at the end of session 11 with all its changes: set 31 recall 0.775, precision 0.979; set 32 recall 0.817,
  precision 1.000 (the third blind figures of session 11; session 10's code flags the same messages). Their errors
  were then printed and one kind fixed (an id of letters after a price and a separator: "单程15，V❤：pinche_lh"),
  so they are *studied* now.
- Sets 33-36 (`holdout33_lines.py` … `holdout36_lines.py`, 60 + 100 lines each) were written in session 12 by four
  more helpers in two pairs, each set checked against its partner (at most 0.5 similar to sets 1-32 and every
  training line; set 33: aquarium fish, flowers and bonsai, beekeeping, birds, fishing ponds; set 34: POS machines,
  credit cards, small loans, credit repair, ETC, car loans, wealth management, bank notices; set 35: paperwork
  agencies, driving-licence points, social insurance, household registration, degree upgrades, professional titles,
  certificate lending, exam courses, notaries; set 36: baijiu and wine, cigarettes, seafood, regional specialties,
  home bakers, 私房菜, fruit wholesale, rice and oil, festival gift boxes), kept unread, and scored once with session
  11's code and model at the start of session 12: set 33 recall 0.817, precision 0.907; set 34 0.800 / 0.873; set 35
  0.817 / 0.942; set 36 0.850 / 0.895 (pooled 394 / 480 ads, 42 false alarms in 800 ordinary lines). Then, still
  unread, once more with the only change that spam-v1 was retrained with the studied sets 1, 4-14 and 16-32 (chosen
  beforehand by leave-sets-out figures, `cv_holdout.py`): 0.883 / 0.930, 0.867 / 0.912, 0.833 / 0.962, 0.883 / 0.930
  (pooled 416 / 480, 30 false alarms). Their errors were then printed and two false-alarm kinds fixed (a message
  that opens by naming one colleague, "小刘，…加我微信"; 网贷 alone in the ad word list), and the sets added to
  `TRAINED`, so they are *studied* and trained on now.
- Sets 37 and 38 (`holdout37_lines.py`, `holdout38_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers while sets 33-36 were scored (at most 0.5 similar to sets 1-36 and every training line; set 37:
  temples and religious goods, funeral and burial services, fortune telling, feng shui and naming, matchmaking; set
  38: event tickets and scalpers, streaming and cloud-drive memberships, coupons, rebates and cash-back groups),
  kept unread, and scored once at the end of session 12, with session 11's code and model and with session 12's:
  set 37 recall 0.833, precision 0.980 → **0.900, 0.982**; set 38 0.858 / 0.963 → **0.875 / 0.946** (pooled 203 →
  213 of 240 ads, 6 → 8 false alarms in 400 ordinary lines). In session 13 their errors were printed: two rule
  fixes came of them (a mobile number read out in radio style, 勾 for 9 beside 幺, 拐 and 洞; a group rule that bans
  what it names, "本群禁止…任何代购", reads as a warning), and both sets were added to `TRAINED`, so they are
  *studied* and trained on now.
- Sets 39 and 40 (`holdout39_lines.py`, `holdout40_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 13 (at most 0.5 similar to sets 1-38, every training line and each other;
  set 39: second-hand goods, gold, luxury and electronics buying-up, pawn shops, old coins and stamps, used
  clothes; set 40: bought followers, likes and views, ghost-written theses and course proxies, paid PPT, résumé
  and speech writing, video editing and account management for hire, review manipulation), kept unread, and
  scored once with session 12's code and model, then once with session 13's (spam-v1 retrained with sets 37 and
  38, its threshold 0.43 → 0.51 by the unchanged dev rule; two rule fixes): set 39 recall 0.817, precision 0.942 →
  **0.800, 0.960**; set 40 0.850 / 0.962 → **0.833 / 0.980** (pooled 200 → 196 of 240 ads, 10 → 6 false alarms
  in 400 ordinary lines). Their errors were then printed: two rule fixes came of them (a mobile number spelt
  with digit homophones, "腰伞巴 舞灵酒期…"; a message opening with 阿 + a given name addresses one colleague),
  and both sets were added to `TRAINED`, so they are *studied* and trained on now.
- Sets 41 and 42 (`holdout41_lines.py`, `holdout42_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 13 while sets 39 and 40 were studied (at most 0.5 similar to sets 1-40, every training
  line and each other; set 41: lottery tips, betting tips and sites, online casinos and card games, betting groups;
  set 42: USDT dealers, mining and airdrops, NFT, renting out bank cards, forex and gold platforms, investment
  clubs), kept unread, and scored three times: with session 12's code and model, with session 13's first model
  (sets 37-38 trained on) and with the model trained on sets 39-40 too plus the two fixes from them: set 41 recall
  0.850, precision 1.000 → 0.833 / 1.000 → **0.850 / 1.000**; set 42 0.800 / 0.980 → 0.750 / 1.000 → **0.800 /
  0.980** (pooled 198 → 190 → 198 of 240 ads; 2 → 0 → 2 false alarms in 400 ordinary lines). Their errors were then
  printed: one fix came of them (a shop's name to search on a platform, "淘宝搜“…”", as a call; sets 39 and 42 had
  one each too), and both sets were added to `TRAINED`.
- Sets 43 and 44 (`holdout43_lines.py`, `holdout44_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the end of session 13 (at most 0.5 similar to sets 1-42, every training line and each other; set
  43: locksmiths, drain unblocking, leak repair, appliance repair, wall and tile work, custom furniture,
  formaldehyde removal; set 44: massage parlours and foot spas, "same-city" companionship, private clubs, adult-goods
  shops, in euphemistic wording), kept unread, and scored once at the end of session 13, with session 12's code and
  model and with session 13's final ones: set 43 recall 0.825, precision 0.908 → **0.867, 0.945**; set 44 0.800 /
  1.000 → **0.817 / 1.000** (pooled 195 → 202 of 240 ads, 10 → 6 false alarms in 400 ordinary lines). In session
  14 their errors were printed with those of sets 45 and 46, and all four sets were added to `TRAINED`.
- Sets 45 and 46 (`holdout45_lines.py`, `holdout46_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the end of session 13 (at most 0.5 similar to sets 1-44, every training line and each other; set
  45: finding people, tracing records, private detectives, unlocking phones and recovering chats, selling customer
  lists, debt chasing; set 46: overseas labour export, visa agents, immigration schemes, study-abroad agents,
  currency exchange on the side), kept unread, and scored once at the start of session 14 with session 13's code
  and model, before anything changed: set 45 recall **0.767**, precision **0.979**; set 46 **0.833 / 0.980** (pooled
  192 of 240 ads, 4 false alarms in 400 ordinary lines). Their errors were then printed with those of sets 43 and 44
  (33 of the 43 missed lines as written are offers without any contact: a place and time, a way to pay, a reply
  to leave): four generic fixes came of them (a count after a number, "…3150，二十四小时", is no digit of it; a
  colleague named after a clause break, "…，刘哥你加我微信", is addressed; an account to follow, "关注公众号“…”", and
  the dating apps 陌陌, 探探 and Soul as platforms where a name to search is a call), and all four sets were added to
  `TRAINED`, so they are *studied* and trained on now.
- Sets 47 and 48 (`holdout47_lines.py`, `holdout48_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 14 while sets 43-46 were studied (at most 0.5 similar to sets 1-46, every
  training line and each other; set 47: weight-loss products, supplements and health gadgets, medical beauty,
  hospital appointment touts and paid escorts, medicines and vaccines from abroad, fake sick notes; set 48: replica
  goods, smuggled and duty-free goods, fake invoices, seals and certificates, VPNs, lucky numbers and account
  rental), kept unread, and scored twice: with session 13's code and model (a worktree of its last commit), and
  with session 14's after the fixes from sets 43-46 and spam-v1 retrained on them and on a new hand-written batch
  (`spam-handwritten-14.tsv`): set 47 recall 0.833, precision 1.000 → **0.867, 1.000**; set 48 0.817 / 0.925 →
  **0.833 / 0.926** (pooled 198 → 204 of 240 ads; 8 → 8 false alarms in 400 ordinary lines). Their errors were then
  printed: three fixes came of them (刻章 alone, company seals, is ordinary business talk, out of the ad word list;
  Sino-Korean digits in Hangul, "일삼칠 공팔구사…", spell a number; LINE, WhatsApp and a DingTalk group, 钉钉群, name
  the id after them), and both sets were added to `TRAINED`.
- Sets 49 and 50 (`holdout49_lines.py`, `holdout50_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers later in session 14 (at most 0.5 similar to sets 1-48, every training line and each other; set 49:
  AI courses and side-hustle training, shared ChatGPT and other accounts, pirated course and e-book bundles, paid
  communities, self-media training camps, question banks; set 50: second-hand home agents, rentals and sublets,
  parking spaces, shop transfers, "insider prices" on new flats, down-payment schemes, decoration firms hunting
  for leads), kept unread (but for one positive line of set 50, an ad with a WhatsApp number that the full pipeline
  flagged before and after, printed by mistake by a script listing the samples whose rule flag a change moved), and
  scored twice in session 14: with session 13's code and model, and with session 14's after sets 43-48 were
  studied and trained on with batch 14: set 49 recall 0.783, precision 0.959 → **0.883, 0.981**; set 50 0.800 /
  1.000 → **0.875 / 1.000** (pooled 190 → **211** of 240 ads, 4 → **2** false alarms in 400 ordinary lines). Their
  errors were then printed: two fixes came of them (group words such as 交流群 name numbers, not letters: a group rule
  listing banned ads read "ChatGPT" as an id; Suzhou numerals 〡…〩 spell a number), and a third from reading set
  49's false alarm (援交's same-tone homophones in everyday words, "五十元交给班长", allowlisted), and both sets were
  added to `TRAINED`.
- Sets 51 and 52 (`holdout51_lines.py`, `holdout52_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers while sets 49 and 50 were studied (at most 0.5 similar to sets 1-50, every training line and each
  other; set 51: Ponzi "plates" and mutual-aid apps, pension schemes aimed at the elderly, crowdfunding and charity
  appeals, rebate and points apps, "national project" and digital-currency schemes; set 52: window tinting and wraps,
  dashcams and tyres, inspection and licence-plate agents, used-car dealers, chauffeurs, carpools and vans for hire,
  driving-test shortcuts), kept unread, and scored once at the start of session 15 with session 14's code and model,
  before anything changed: set 51 recall **0.833**, precision **0.980**; set 52 **0.933 / 0.949** (pooled 212 of 240
  ads, 8 false alarms in 400 ordinary lines; the rules without the model found 90 ads and no false alarm, so every
  false alarm is the model's). Their errors were then printed: three hidden contacts given as puzzles (the letters in
  brackets joined, a phone number in zodiac order, one typed with Shift held) led to a new contact rule (a decoding
  instruction next to a contact word, or Shift-typed digits that make a phone number), a carpool's "一人八十" to a
  per-head price, and both sets were added to `TRAINED`.
- Sets 53 and 54 (`holdout53_lines.py`, `holdout54_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 15 (at most 0.5 similar to sets 1-52, every training line and each other; set
  53: covert tutoring, school-place brokers, bought awards, study tours and camps, child model castings, eye-care
  and height products for children; set 54: fake service notices and phishing (refunds, lost parcels, ETC and
  insurance-card "deactivation", student loans, flight changes, frozen accounts), photo studios, wedding planners,
  nail, eyelash, hair and beauty salons with prepaid cards, tattoos and eyebrow embroidery), kept unread, and scored
  twice in session 15: with session 14's code and model (a worktree of its last commit), and after the fixes from
  sets 51-52 and spam-v1 retrained on them: set 53 recall 0.867, precision 0.963 → **0.883, 0.981**; set 54 0.800 /
  0.980 → **0.817 / 0.980** (pooled 200 → 204 of 240 ads, 6 → 4 false alarms in 400 ordinary lines). Their errors
  were then printed: five fixes came of them (a number read out in another script or code, "电话用摩尔斯码写：…",
  and letters "taken as digits" are puzzles; 大众点评 and 美团 list shops, and "搜她的号“…”" is a call; a name given
  to search or a password to say is not a citation; 专线 is a phone word; a phone-length numeral run may hold a few
  digit homophones, "腰三捌 贰洞肆柒 伍腰玖陆"), and both sets were added to `TRAINED`.
- Sets 55 and 56 (`holdout55_lines.py`, `holdout56_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers while sets 53 and 54 were studied (at most 0.5 similar to sets 1-54, every training line and each
  other; set 55: seedlings and livestock, farm stays and fruit picking, land and orchard leases, village group-buying,
  spraying drones, subsidy "agents"; set 56: free-egg health lectures, one-yuan tours, hearing aids, massage chairs
  and "magnetic" mattresses, senior classes that sell, elderly dating, pet boarding, breeders, pet-food group-buys
  and grooming cards), kept unread, and scored once at the start of session 16 with session 15's code and model,
  before anything changed: set 55 recall **0.900**, precision **0.982**; set 56 **0.808 / 0.960** (pooled 205 of
  240 ads, 6 false alarms in 400 ordinary lines; the rules without the model found 89 ads and made 2 of the false
  alarms, the model the other 4). Their errors were then printed: three fixes came of them (any code a colon
  opens after a contact word is a puzzle, "号码按手机拨号盘的位置念：左上、右中…", "电话按划拳念：一心敬…"; a shop's
  name to search is read through separators and traditional script; someone else's invitation reported without
  quotation marks, "他说加他微信能便宜，我没加", is not one), and both sets were added to `TRAINED`.
- Sets 57 and 58 (`holdout57_lines.py`, `holdout58_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 16, while sets 55 and 56 were studied (at most 0.5 similar to sets 1-56, every
  training line and each other; set 57: jobs and gig work pushed into groups; set 58: sport, fitness and the
  outdoors). Their writers reported only counts and ratios, so neither set's lines nor disguises were read before
  scoring. The session's new training lines were checked against them (none above 0.5). Scored twice in session 16,
  after the fixes from sets 55-56 and spam-v1's retraining on them and two new batches: with session 15's code and
  model (a worktree of its last commit) set 57 recall 0.758, precision 0.958, set 58 0.833 / 0.980 (pooled 191 of 240
  ads, 6 false alarms); with session 16's, set 57 **0.792 / 0.979**, set 58 **0.842 / 0.981** (pooled **196** of 240,
  **4** false alarms; the rules without the model found 80 ads, session 15's 70, and no false alarm). Their errors
  were then printed: four fixes came of them (a code or layout after 写成/译成/摆 and a colon is a puzzle, "群号用骰子
  摆出来了：…", "手机号写成盲文了：…", and so is a sum or a difference that makes a mobile number, "135 0000 0000 再加上
  628 4517"; the apps' nicknames (咸鱼, 红薯), job boards, Keep and B站 are platforms to search on, with a UP主's name;
  a searched name is read in simplified script), and both sets were added to `TRAINED`.
- Sets 59 and 60 (`holdout59_lines.py`, `holdout60_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers while sets 57 and 58 were studied (at most 0.5 similar to sets 1-58, every training line and each
  other; set 59: funerals, graves and folk services; set 60: phones, telecom and digital services; their writers
  reported only counts and ratios), and scored at the end of session 16, after everything else, with session 15's
  code (a worktree of its last commit) and with session 16's: set 59 recall 0.867, precision 1.000 → **0.883 /
  1.000**; set 60 0.850 / 0.981 → **0.883 / 0.981** (pooled 206 → **212** of 240 ads, 2 → **2** false alarms, both
  times one ordinary line of set 60 in both forms, from the rules). Their errors were printed at the start of
  session 17: four fixes came of them (a phone number written after a country code's plus sign, "WhatsApp +60 …";
  a number typed on the keyboard's letter row under the digits, "qeo ptry uwie", next to a contact word; a price left
  to be agreed, "价格当面谈", counts as a price for a clause addressed to whoever wants it; a message opening by
  addressing a relative, "爸妈，…以后找我打 138…", is a family message), one more clause call was added on evidence
  from the older studied sets (whoever wants it replies one word, "回个“备”字"), and both sets were added to
  `TRAINED`.
- Sets 61 and 62 (`holdout61_lines.py`, `holdout62_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 17, while sets 59 and 60 were studied (at most 0.5 similar to sets 1-60, every training
  line and each other; set 61: weddings, photography and events, printing, signage and paid promotion; set 62: beauty,
  cosmetics and fashion; their writers reported only counts and ratios). The session's new training batch was checked
  against them (none above 0.5). Scored once each with session 16's code and model (a worktree of its last commit)
  and with session 17's, at the end of session 17: set 61 recall 0.908, precision 0.965 → **0.900 / 0.964**; set 62
  0.933 / 0.949 → **0.933 / 0.949** (pooled 221 → **220** of 240 ads, 10 → **10** false alarms in 400 ordinary
  lines: 4 from the model on set 61, 6 from the rules on set 62). Their errors were printed at the start of session 18:
  three fixes came of them (微商 and 代购 alone left the ad word list, which keeps only the offering phrases such as
  微商货源 and 代购接单, as members name those trades in passing: "代购带回来的…", "微商同学…"; a quoted bait
  dismissed by what it comes down to, "推销“…”的，最后都是让你…", reads as a warning; B站's nickname 小破站 is a
  platform to search on, and 🎵 stands for 音 in "抖🎵"), and both sets were added to `TRAINED`.
- Sets 63 and 64 (`holdout63_lines.py`, `holdout64_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 18, while sets 61 and 62 were studied (at most 0.49 similar to sets 1-62, every
  training line and each other: the similarity script gained a `--floor` option, so lines just under 0.5 show without
  cut-out variants; set 63: software and IT services, websites and mini-programs, SEO, cloud servers, domains and ICP
  filing, data scraping, cracked software and keys, computer assembly, printers, toner, copier rental and office
  supplies; set 64: stationery and school supplies, second-hand textbooks, children's toys and picture books, musical
  instruments and piano tuning, knitting and handicraft kits, calligraphy and painting supplies, optical shops,
  tailoring, shoe, bag and watch repair; their writers reported only counts and ratios). The session's new training
  batch was checked against them (at most 0.400). Scored with session 17's code and model (a worktree of its last
  commit) and with session 18's, at the end of session 18: set 63 recall 0.900, precision 0.982 → **0.900 / 0.982**;
  set 64 0.958 / 1.000 → **0.958 / 1.000** (pooled 223 → **223** of 240 ads, 2 → **2** false alarms in 400 ordinary
  lines, both the rules' on set 63). Just before that last scoring, a scratch script counting flags over every set up
  to `LAST_SET` also counted these two, with the same final code, by mistake: it printed only totals over all sets
  (the same 223 and 2 by difference), no line. Their errors were printed at the start of session 19: three fixes
  came of them (a phone number read out in Japanese kana, "手机（日语念）：イチサンハチ…", or written in another base,
  "手机号换成十六进制是 …", next to a contact word is a puzzle solved to the number; 淘宝 written 🍑宝 or with a
  homophone, 桃宝, is a platform to search on), and both sets were added to `TRAINED`. Left: an ordinary line of set 63
  introducing a property manager, "大家有事可以加她微信反映", reads like an invitation to add a third person.
- Sets 65 and 66 (`holdout65_lines.py`, `holdout66_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 19, while sets 63 and 64 were studied (at most 0.49 similar to sets 1-64, every
  training line and each other; set 65: insurance of every kind sold into groups, claims agents and agents recruiting;
  set 66: food service and catering, restaurants, franchises, prepared dishes, kitchen equipment and cooking classes;
  their writers reported only counts and ratios: one printed the similarity script's usage docstring, another saw two
  lines of its code in an error, neither anything of the earlier lines). The session's new training batch was checked
  against them (at most 0.430). Scored with session 18's code and model (a worktree of its last commit) and with
  session 19's, at the end of session 19: set 65 recall 0.875, precision 1.000 → **0.900 / 1.000**; set 66 0.850 /
  1.000 → **0.867 / 1.000** (pooled 207 → **212** of 240 ads, **no false alarm** in 400 ordinary lines either time;
  the rules alone found 67 ads both times). They were first scored with the session's batch at 2 / 3 (set 65 0.917,
  pooled 214); the batch's weight was then lowered to 1 / 3 for a unit test's sake, and they were scored again (the
  figures above). Their errors were printed at the start of session 20 (14 lines missed, no false alarm): three fixes
  came of them (a perk for saying a code word, showing the message or naming the group or the sender at the counter,
  "报“三号楼群”进门送一碟凉菜", "说句暗号“邻居”多给两串", "拿这条群消息截图到前台，包厢免服务费", is a clause call;
  小红书 written as its red book 📕 or as 小🍠 is a platform to search on; a phone number written in chemical elements,
  "H Li O He C Be B F N H O", next to a contact word is a puzzle solved to the number), which brought them to 222 of
  240 ads before retraining, and both sets were added to `TRAINED`. Left: five invitations to meet the sender in
  person with no contact ("散会后想了解重疾险的，直接到三楼我工位坐一坐", "家长会结束后我在校门口等大家"), a
  catering quote to request by e-mail, a cart's lunch stand with a time and a price, and a tasting left at the gate
  with orders written in its register: the model's to learn.
- Sets 67 and 68 (`holdout67_lines.py`, `holdout68_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 20, while sets 65 and 66 were studied (at most 0.49 similar to sets 1-66, every
  training line and each other; set 67: counselling and self-improvement sold into groups, tarot, astrology and
  "energy" readings, growth and speaking courses, paid knowledge communities, parenting and marriage courses, life
  coaching and retreats; set 68: pets, breeders, grooming, boarding, walking and training, vets, pet food, pet
  photography, taxis, funerals and rehoming for a fee; their writers reported only counts and ratios, and each
  docstring records its own slips, none of which showed an earlier line). The session's new training batch was
  checked against them (at most 0.467). Scored with session 19's code and model (a worktree of its last commit) while
  that batch was written, and with session 20's at the end of session 20: set 67 recall 0.817, precision 0.942 →
  **0.850 / 0.944**; set 68 0.967 / 0.983 → **0.967 / 1.000** (pooled 214 → **218** of 240 ads, 8 → **6** false
  alarms in 400 ordinary lines; the rules alone found 78 ads and made 2 of the false alarms both times). Their errors
  were printed at the start of session 21 (11 lines missed, 3 false alarms): four fixes came of them (the paid-knowledge
  platforms, "知识星球", "喜马拉雅", "千聊", "荔枝微课", "小鹅通", and 知识⭐球 with its star dropped, are platforms
  to search on; a price named with a search, "千聊搜“亲密关系修炼课”，12节课99元", makes it the seller's call; a
  number counted off a list after a colon, "手机号按脉轮从下往上数：海底 太阳 顶…", is a puzzle; "QQ群" written
  plainly is no disguise of "q群", so a department's own QQ group passed on, "读书分享会的QQ群是573920018，
  只拉本部门同事", is no longer a contact alarm by itself), which brought them to 224 of 240 ads and 4 false
  alarms before retraining, and both sets were added to `TRAINED`. Left: a live stream on 视频号 with a flash-sale
  price, a ticket and a course sold in person ("来12楼财务部找我拿", "带一段三分钟自我介绍来"), a healing camp offered
  after a free tea, a clinic's 企业微信 named in quotes and a cousin's pet funeral offered through the speaker: the
  model's to learn.
- Sets 69 and 70 (`holdout69_lines.py`, `holdout70_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 21, while sets 67 and 68 were studied (at most 0.49 similar to sets 1-68, every training
  line but the session's own batch, written at the same time, and each other; set 69: health services sold into groups,
  dental clinics, traditional Chinese medicine, pharmacies and medicines, physiotherapy, hearing aids and glasses,
  health checks and appointment touts; set 70: electric vehicles and two-wheelers, e-bikes and batteries, charging
  piles, plates and helmets, EV sales, insurance and repairs, second-hand vehicles, car film, driving schools and
  parking spaces; their writers reported only counts and ratios, and neither reports a slip). The session's new
  training batch was checked against them (at most 0.400). Scored with session 20's code and model (a worktree of its
  last commit) before the batch was taken in, and with session 21's at the end of session 21: set 69 recall 0.833,
  precision 1.000 → **0.850 / 1.000**; set 70 0.875 / 1.000 → **0.892 / 1.000** (pooled 205 → **209** of 240 ads, no
  false alarm in 400 ordinary lines either time; the rules alone found 71 → 75 ads). Their errors were printed at the
  start of session 22 (31 samples missed, no false alarm): five fixes came of them (a perk for a code word is read from
  the priced calls' floor, as "修车摊就是我爸，提“业主群”打八折" scored 0.17, under the clause calls' threshold; a reply
  asked for under this very message, "在这条下面回个👀", is a call from the call threshold; a first visit's offer or a
  trial, "首次检测免费", makes a search the seller's; the letters or characters of each word or phrase counted,
  "装桩电话=每词字母数：I will install…", "看车电话是每段的字数：…", and festivals for their months, "元旦 植树节
  建军节…", are puzzles), which brought them to 221 of 240 ads before retraining, and both sets were added to
  `TRAINED`. Left: a 4S shop's landline with an extension (contact score 0.5, the model 0.42), an insurance 公众号 with
  a keyword to send, a mini-program search for an optician's bookings (0.457 against the threshold 0.46) and seven
  offers met in person with no contact (X-rays posted to a cousin who places implants, a herbal paste after a pulse
  reading at the seniors' centre, hearing aids to try at the gate, a spouse's massage parlour with a free afternoon, a
  brother's optician in the meeting room, eye vitamins at half price in the canteen, batteries registered at the
  property desk): the model's to learn.
- Sets 71 and 72 (`holdout71_lines.py`, `holdout72_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 22, while sets 69 and 70 were studied (at most 0.49 similar to sets 1-70, every
  training line and each other; set 71: travel and tourism sold into groups, tours, flights and hotels, cruises, study
  tours, airport transfers and chartered cars, tickets, travel photography, campsites, SIM cards and Wi-Fi abroad,
  agencies recruiting agents; set 72: home renovation, building materials and furnishings sold into new owners'
  groups; their writers reported only counts and ratios, and each docstring records its own slips, none of which showed
  an earlier line). The session's new training batch was checked against them (at most 0.387). Scored with session 21's
  code and model (a worktree of its last commit) and with session 22's after its fixes and retraining: set 71 recall
  0.900, precision 1.000 → **0.950 / 1.000**; set 72 0.942 / 0.983 → **0.950 / 0.966** (pooled 221 → **228** of 240
  ads, 2 → 4 false alarms in 400 ordinary lines; the rules alone found 62 ads both times). Session 22's figures are the
  same with and without its new batch (scored once each). Their errors were printed later in session 22 (12 samples
  missed, 4 false alarms): three fixes came of them (the travel and stay platforms, "携程", "飞猪", "去哪儿", "途牛",
  "马蜂窝", "途家", "爱彼迎", are platforms to search on; a decoding rule in the clause after the contact word, opening
  a list long enough to code a number, "手机是1开头，后面按腿数：蜘蛛 蚂蚁 狗…", is a puzzle; a number the contact rules
  read as given to the one person the message names, "王工，…送货的刘经理手机 137…，你直接联系卸货", is reported by the
  model alone only from 0.8), which brought them to 232 of 240 ads and 2 false alarms before retraining, and both sets
  were added to `TRAINED`. Left: a 公众号 written with the homophone 粽, a husband's travel photography with a price
  met after a meeting, a fingerprint lock fitted from keys left with the guard, a mother's cleaning team booked at the
  canteen table, and a curtain fitter's client's mobile passed on with a business word ("她手机"), which the model
  scored 0.75: the rule above would have cost two kin referrals of earlier sets that give "打她手机" the same way.
- Sets 73 and 74 (`holdout73_lines.py`, `holdout74_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 22, while sets 71 and 72 were studied (at most 0.49 similar to sets 1-72, every training line
  and each other; set 73: legal and money-trouble services, lawyers touting for cases, debt collection and 停息挂账,
  credit repair, labour arbitration, divorce and inheritance advice, accident claims agents, private loans, bail touts,
  company deregistration and unfreezing accounts; set 74: tea, tea ware, 文玩, jade live streams, agarwood, calligraphy
  and paintings, antiques and appraisal touts, tea salons and classes; their writers reported only counts and ratios,
  and neither reports a slip). Scored with the session's code after sets 69-70 were studied (its first commit) and at
  the end of session 22: set 73 recall 0.875, precision 0.963 → **0.875 / 0.963**; set 74 0.917 / 1.000 → **0.883 /
  1.000** (pooled 215 → **211** of 240 ads, 4 false alarms in 400 ordinary lines both times; the rules alone found 70
  ads and made 2 of the false alarms both times). Their errors were printed later in session 22 (29 samples missed, 4
  false alarms): five fixes came of them (a member asking the group's advice, "想问下大家，停息挂账自己跟银行谈能谈下来
  吗", is no offer when the message has no contact cue; 知乎 and 有赞 are platforms to search on; an account or shop
  named on a platform, "视频号名字叫“阿玉说玉”", "开了个小店叫“陈皮与茶”", is read like one to search; a short note in
  brackets may stand between a decoding rule and its colon, "电话照算盘拨珠读（上珠一颗当五）：…", which also gave
  three ads of set 71 a puzzle finding; numbers joined from parts, "Q号是三条法条的序号连着写：…", are a puzzle), which
  brought them to 223 of 240 ads and 2 false alarms before retraining, and both sets were added to `TRAINED`. Left: a
  企业微信 account to add by its quoted name, a phone number written on an abacus without a rule the puzzles read, one
  coded by the tea families' fermentation and one by the years of two handovers, five offers met in person with no
  contact (a cousin who "knows people" for the detained, papers left in a pigeonhole or on a shoe cabinet, a sister
  told a code word at the school gate, a tea stall at the reunion) and an e-mail given to an aunt, which the model
  scored as an ad.
- Sets 75 and 76 (`holdout75_lines.py`, `holdout76_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 22, while sets 73 and 74 were studied (at most 0.49 similar to sets 1-74, every training line
  and each other; set 75: beauty, hair and nails and clothing sold into groups, salons' prepaid cards, home nail and
  lash studios, permanent make-up, skincare from a relative at the counter, second-hand clothes, tailoring, shoe and
  laundry services, wigs; set 76: groceries and fresh food, group-buying leaders, a relative's farm produce, eggs, meat
  and fish at dawn, milk subscriptions, home bakers, rice and oil in bulk, frozen dumplings, children's snacks, a
  supermarket's leftover stock, bottled water; their writers reported only counts and ratios, and neither reports a
  slip). Scored with the session's code after sets 71-72 were studied (its second commit, a worktree) and after sets
  73-74 were studied and trained on (its third commit): set 75 recall 0.892, precision 0.982 both times; set 76
  0.983 / 0.952 both times (pooled **225** of 240 ads, **8** false alarms in 400 ordinary lines, 0.938 / 0.966; the
  rules alone found 70 → 74 ads and made no false alarm). Their errors were printed later in session 22 (15 samples
  missed, 8 false alarms): three fixes came of them (mahjong tiles stand for their digits and the blank tile for 0,
  "号码我用麻将摆的…：🀇🀉🀏 🀌🀆🀈🀍…", which gave ads of sets 52 and 68 a contact finding too; an ad quoted to judge
  it, "又来了，“专柜同款，工厂直供，一件代发”，这种面霜八成是三无产品", is scored without the quote; 拼多多 written
  拼夛夛 and a shop named with "店叫“…”" are read as a shop to search), which brought them to 229 of 240 ads and 6
  false alarms before retraining, and both sets were added to `TRAINED`. Left: a 闲鱼 id given unquoted after "ID：",
  a number in stroke counts whose rule stands a clause before its colon, four offers met in person (a father's
  haircuts under a tree, wigs to try at a table, a salon's top-up paid in cash at the canteen, beef jerky ordered
  through a child's homework book) and three ordinary lines about flour, a steamed-bun recipe and an angling trip,
  which the model scored as ads: the model's to learn.
- Sets 77 and 78 (`holdout77_lines.py`, `holdout78_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 22, while sets 75 and 76 were studied (at most 0.49 similar to sets 1-76, every training line
  and each other; set 77: education and tutoring sold into parents' groups, after-school clubs, moonlighting teachers,
  exam prep, art and music lessons, coding classes, study-abroad agents, camps, books and school-place touts; set 78:
  home appliances and electronics, air-conditioner installation and cleaning, appliance recycling, second-hand phones
  and laptops, screen repair, TVs and projectors, home Wi-Fi, cameras, extended warranties; their writers reported only
  counts and ratios; one ran the script once without the partner file and reran it at once, recorded in its
  docstring). Scored with the session's code after sets 73-74 were studied (a worktree of its fourth commit) and at
  the end of session 22, after sets 75-76 were studied and trained on: set 77 recall 0.917, precision 0.982 → **0.900 /
  0.982**; set 78 0.933 / 0.982 → **0.917 / 0.982** (pooled 222 → **218** of 240 ads, 4 false alarms in 400 ordinary
  lines both times; the rules alone found 67 ads and made 2 of the false alarms both times). Their errors were printed
  at the start of session 23 (22 samples missed, 4 false alarms): six fixes came of them (clock faces stand for their
  hours, ten and twelve o'clock for 0, "手机号对着表盘读：🕐🕔🕗…", a code that sets 56, 60, 63, 64, 67 and 72 had used
  too; a list of sums that each come to one digit, "电话是这十一题得数：9-8 6÷2 3+4…", is solved as a puzzle; a
  notation or a dial read off before a colon, "手机用工尺谱记（上=1）：上六工…", and each character's tone around a
  quoted phrase, "手机号是“天马行空，想到就马上做吧”每字的声调", are decoding rules; a mini-program named to search,
  "小程序叫"楼下修电器"，微信里搜名字就能下单"; a trick told or named, "…后面每个月偷偷从你卡里扣钱", "…就是个拉人头",
  makes a warning), which brought them to 228 of 240 ads and no false alarm before retraining, and both sets were
  added to `TRAINED`. Left: six offers met in person with no contact (a day-care's places written on its whiteboard,
  a summer camp's forms sent home in the children's bags, a dance class's first lesson free at the children's palace,
  an extended warranty at the writer's desk, routers set up from the property desk's register, cameras asked for
  through the guard): the model's to learn.
- Sets 79 and 80 (`holdout79_lines.py`, `holdout80_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 23, while sets 77 and 78 were studied (at most 0.49 similar to sets 1-78, every
  training line and each other; set 79: household services sold into groups, housekeeping and hourly cleaners,
  nannies, 月嫂 and carers, deep cleaning, moving and rubbish removal, pest control, locksmiths, plumbing and leaks,
  water and gas delivery, laundry pick-up, errand runners; set 80: logistics and small-business supplies, express and
  freight, vans for hire, storage, packaging, factory surplus and wholesale stock, uniforms and corporate gifts,
  trade-show booths, bookkeeping and tax agents, office water and plants, business-matching dinners; their writers
  reported only counts and ratios, and neither reports a slip). The session's new training batch was checked against
  them. Scored with session 22's code and model (a worktree of its last commit) and with session 23's after sets 77-78
  were studied and trained on and the threshold was chosen by leave-sets-out (its second commit): set 79 recall 0.933,
  precision 1.000 → **0.950 / 1.000**; set 80 0.883 / 1.000 → **0.917 / 1.000** (pooled 218 → **224** of 240 ads, no
  false alarm in 400 ordinary lines either time; the rules alone found 72 ads both times; the same model at the dev
  rule's threshold, 0.45, found 222). Their errors were printed later in session 23 (16 samples missed, no false
  alarm): three fixes came of them (报警 naming the police number, "号是报警、火警、急救三个电话连着写", is no warning
  cue, which had dropped an ad the model scored 0.91 and kept the contact detector from its puzzle; a clause to whoever
  wants the thing may hold digits, "想试试的这周六上午九点到5栋2单元大堂", and open with 要帮忙的 or 要修的; whoever is
  interested asked over for a talk, "有意的过来聊", is a call), which brought them to 232 of 240 ads before retraining,
  and both sets were added to `TRAINED`. Left: a free leak check with photos brought to a bench, an empty van's
  return trip offered to whoever has goods, bookkeeping at two hundred a month after a meeting and gift boxes ordered
  through a chamber's secretary: the model's to learn.
- Sets 81 and 82 (`holdout81_lines.py`, `holdout82_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 23, while sets 77-78 were studied and 79-80 scored (at most 0.49 similar to sets 1-80, every
  training line and each other; set 81: hobby and outdoor gear, bicycles and repairs, fishing tackle and trips,
  camping and hiking gear, yarn and handicrafts, model kits and figures, camera rental, kites and drones, outdoor
  clubs charging fees; set 82: rural and farm supplies and home energy, fertiliser, seeds and pesticides, farm
  machinery, spraying drones, feed, greenhouse film, pumps and wells, rooftop solar, biogas and stoves, labour teams
  and surveying; their writers reported only counts and ratios, and neither reports a slip). Scored with session
  23's code after sets 79-80 were studied, before and after they were trained on (its third and fourth commits): set
  81 recall **0.983**, precision **1.000** both times; set 82 0.950 / 1.000 → **0.933 / 1.000** (pooled 232 → **230**
  of 240 ads, no false alarm in 400 ordinary lines either time; the rules alone found 68 ads). Their errors were
  printed later in session 23 (10 samples missed, no false alarm): two fixes came of them (拼多多 written with the
  hand radical's side form, "扌并多多搜“田老大种苗”", is recombined, and so are 淘 and 抖 in side forms; goods the
  sender has listed or clears, "几十盒都挂在闲鱼，搜“积木爸爸清仓”", make a search the seller's), which brought them to
  234 of 240 ads, and both sets were added to `TRAINED`. Left: a dealer's landline given as 店里座机 with a trade-in
  offer (contact score 0.5, the model 0.16), a well-drilling team's discount for whoever is on its way, and a pump
  repaired for eighty at the sender's shop: the model's to learn.
- Sets 83 and 84 (`holdout83_lines.py`, `holdout84_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 23, while sets 79-80 were studied and 81-82 scored (at most 0.49 similar to sets 1-82, every
  training line and each other; set 83: cars and car services, washing and detailing, tyres and batteries, used cars,
  rentals and chauffeurs, inspection and licence agents, parking spaces, driving-test help, accessories and dash cams,
  roadside help; set 84: mother-and-baby goods and services, formula and diapers, baby photography, baby swimming and
  spas, postpartum repair, breast-pump rental, second-hand prams and cots, children's clothes, baby food; their
  writers reported only counts and ratios, and neither reports a slip). Scored with session 23's code after sets
  81-82 were studied, before and after they were trained on (with L2 2e-7 and the threshold 0.41; its fifth and sixth
  commits): set 83 recall **0.967**, precision **1.000** both times; set 84 0.967 / 1.000 → **0.958 / 1.000** (pooled
  232 → **231** of 240 ads, no false alarm in 400 ordinary lines either time; the rules alone found 75 ads). Their
  errors were printed at the end of session 23 (9 samples missed, no false alarm): one fix came of them (闲鱼 in a
  homophone, "闲余搜“果果家闲置”", is a platform to search on, and an account of someone's idle goods, …闲置, a seller),
  which brought them to 233 of 240, and both sets were added to `TRAINED`. Left: a tyre shop's landline given as
  打座机 (contact score 0.5, the model 0.30), an uncle's tow truck with "打他电话" (the contact rules read the number as
  someone else's), a swimming club's half price for neighbours met at the door, and one variant of a letter-position
  code the model scored 0.404.
- Sets 85 and 86 (`holdout85_lines.py`, `holdout86_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the end of session 23 (at most 0.49 similar to sets 1-84, every training line and each other; set
  85: tickets, events and leisure venues, concert and match tickets and their resale, theme-park passes, cinema and
  theatre, escape rooms and 剧本杀, KTV and party rooms, hot springs and ski passes, event photographers and party
  decoration; set 86: jewellery, watches and accessories, gold and silver and custom rings, jade and pearls, watch
  repair and second-hand watches, glasses, handbags and their repair, perfume decants, hair accessories, engraving;
  their writers reported only counts and ratios, and neither reports a slip). Scored with session 23's code after
  sets 81-82 were trained on (its seventh commit) and at its end, after sets 83-84 were studied and trained on: set 85
  recall 0.933, precision 1.000 → **0.900 / 1.000**; set 86 **0.967 / 1.000** both times (pooled 228 → **224** of 240
  ads, no false alarm in 400 ordinary lines either time; the rules alone found 74 ads; the final model at the
  earlier threshold 0.41 found 228, at 0.43 224: the threshold's move to 0.47 cost the four). Their errors were
  printed at the start of session 24 (16 samples missed, no false alarm): four fixes came of them (a key to a code
  next to a contact word, "…行星由近到远数，水星是1，冥王星是9，日头当0", is a puzzle whatever the code, as in eight
  ads of the studied sets; 纟工 and 忄夬 are recombined to 红 and 快, "小纟工书搜“…”", a disguise five earlier ads had
  used; a shop the sender's family opened, "我表妹在拼多多开了个店叫“趣玩门票”", is the seller's; 连写 before a colon
  is a decoding rule, and a mini-program searched by a trade's name is read like a shop), which brought them to 230
  of 240 ads before retraining, and both sets were added to `TRAINED`. Left: a ticketing mini-program to search
  (the model 0.23, under the clause calls' 0.25), a QQ number as a date and a seat joined (its colon too far from
  the rule), spare hot-spring tickets collected at the sender's desk, children's theatre tickets met at a community
  centre ("早来早拿", and no price the rules read in "四十一张"), and a cousin's optician with "直接过去找我" (0.16):
  the model's to learn.
- Sets 87 and 88 (`holdout87_lines.py`, `holdout88_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 24, while sets 85-86 were studied (at most 0.49 similar to sets 1-86, every
  training line and each other; set 87: health, medical and elderly-care goods and services, supplements, meters
  and hearing aids, massage devices, TCM clinics, rehabilitation and home nursing, care homes and day care, dental
  clinics, eye care, check-up packages, pharmacy delivery, mobility aids; set 88: home renovation, furnishing and
  appliances, decoration firms, custom wardrobes, furniture, curtains, flooring, waterproofing, water purifiers,
  smart locks, appliance installation and cleaning, formaldehyde testing, window screens; their writers reported
  only counts and ratios, and each reports one slip: its first similarity run did not pass the other set's file,
  which existed; every later run did). Scored with session 23's final code (a worktree of its last commit) and with
  session 24's after sets 85-86 were studied and trained on (its second commit): set 87 recall **0.950**,
  precision **1.000** both times; set 88 0.900 / 1.000 → **0.917 / 1.000** (pooled 222 → **224** of 240 ads, no
  false alarm in 400 ordinary lines either time; the rules alone found 72 ads both times). Their errors were printed
  later in session 24 (16 samples missed, no false alarm): four fixes came of them (a perk before the code word,
  "洗牙半价，…到了说是三班家长就行", and a class named as the code; an account named with 号叫 and a word to send it,
  "公众号叫“银发午后”，后台留言“试住”"; a sum done on every item, "电话是…这几个温度各减16：17℃ 19℃ …", is a
  decoding rule; 🧩 stands for 拼), which brought them to 230 of 240 before retraining, and both sets were added to
  `TRAINED`. Left: a day-care centre's opening with a free first month (the model 0.40), a leak repairer's 400 line
  with a key to press (0.19; a hotline scores 0.2 as a contact), a formaldehyde test through an official account
  with a word to send and "只收八十" (no price the rules read), window screens ordered in a mini-program (0.27, no
  seller's sign) and a family's hardware shop on 🧩多多 (0.15): the model's to learn.
- Sets 89 and 90 (`holdout89_lines.py`, `holdout90_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 24, while sets 87-88 were studied (at most 0.49 similar to sets 1-88, every training line
  and each other; set 89: clothing, shoes and tailoring, live-stream and wholesale clothes, school uniforms, hanfu and
  costume rental, alterations, knitting, shoe repair and cleaning, resold sneakers, second-hand clothes; set 90:
  services sold to businesses in chambers of commerce and company groups, trademark and patent agents, websites and
  mini-programs, lift and screen advertising, corporate training and team-building, translation, security and
  cleaning companies, canteen contracting, brochure printing, trade-show travel, business loans; their writers
  reported only counts and ratios, and neither reports a slip). Scored with session 24's code after sets 85-86 were
  trained on (its second commit) and after sets 87-88 were studied and trained on (its fourth commit): set 89
  recall **0.967**, precision 1.000 → **0.983**; set 90 0.917 / 1.000 → **0.933 / 1.000** (pooled 226 → **228** of
  240 ads, 0 → 2 false alarms in 400 ordinary lines, one line in both its forms; the rules alone found 69 ads both
  times). Their errors were printed later in session 24 (12 samples missed, 2 false alarms): three fixes came of
  them (lost property handed back, "…失主请到物业前台认领，电话85096612", which the model scored 0.475, is not
  reported on the model's score alone below 0.8; a short clause may stand between a decoding rule and its colon,
  "手机按电脑小键盘的方向读，中间那个键画成●：↙↘↑…"; ✋ and 🖐 stand for 手, "快✋搜“…”", a disguise set 86 had
  used too), which brought them to 230 of 240 and no false alarm before retraining, and both sets were added to
  `TRAINED`. Left: a factory's boxers brought to the school gate (the model 0.41), a trademark agent's account in a
  homophone, 公仲号, with a word to leave (0.34), a team-building base on 快手 searched by a name with no seller's
  sign (0.30 with the stand-in), interpreters for the Canton Fair signed up under the post with a price (0.34; the
  clause to whoever wants it opens with a topic, "广交会要…的") and a member's own sales course at the chamber's
  hall at member prices (0.27): the model's to learn.
- Sets 91 and 92 (`holdout91_lines.py`, `holdout92_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 24, while sets 89-90 were studied (at most 0.49 similar to sets 1-90, every training line
  and each other; set 91: flowers, plants and small pets kept at home, florists, potted plants and succulents,
  bonsai, balcony seeds and soil, garden design, aquarium fish and tanks, birds, crickets, hamsters and reptiles; set
  92: recycling and second-hand buyers, old appliances, phones, books and clothes bought up, scrap and cardboard
  collection, recycling stations, flea markets, pawn shops, used office furniture, moving-out sales, old coins and
  stamps, used textbooks; their writers reported only counts and ratios, and neither reports a slip). Scored with
  session 24's code after sets 87-88 were trained on (its fifth commit) and after sets 89-90 were studied and trained
  on (its seventh): set 91 recall 0.983 → **1.000**, precision **1.000** both times; set 92 **0.967 / 1.000** both
  times (pooled 234 → **236** of 240 ads, no false alarm in 400 ordinary lines either time; the rules alone found 69
  and 71 ads): the first blind pair to pass recall 0.97 at precision 0.99. Their errors were printed later in session
  24 (4 samples missed, no false alarm): three fixes came of them (a streaming account named bare, "我们摊位在视频号
  “河坊旧物集”同步直播", which the model scored 0.445, is read like a search; a stall named after a comma and one the
  sender opened with a word before it, "我在孔夫子旧书网开了个书摊，叫“半亩旧书”", are the seller's; 孔夫子旧书网 is
  a platform), which brought them to 240 of 240 before retraining, and both sets were added to `TRAINED`.
- Sets 93 and 94 (`holdout93_lines.py`, `holdout94_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the end of session 24, while sets 91-92 were studied (at most 0.49 similar to sets 1-92, every
  training line and each other; set 93: phones, computers and gadgets, repairs, screens and batteries, data
  recovery, second-hand phones and laptops, chargers and power banks, watches and earphones, printers and ink,
  routers, software installs, game accounts; set 94: food and drink made at home or by small producers, home bakers
  and cakes, dumplings and buns, pickles and chili sauce, festival foods, private kitchens and office lunch boxes,
  homemade wine and craft beer, home-town specialities, cured meats; their writers reported only counts and ratios,
  and neither reports a slip; set 93's writer named, in its report, three codes it had replaced by others, so three
  of its codes are known, not its lines). Scored with session 24's code after sets 89-90 were trained on (its seventh
  commit, threshold 0.45) and at its end, after sets 91-92 were studied and trained on (threshold 0.47): set 93
  0.967 / 0.983 → **0.950 / 1.000**; set 94 0.933 / 1.000 → **0.917 / 1.000** (pooled 228 → **224** of 240 ads, 2
  → **0** false alarms in 400 ordinary lines; the rules alone found 77 ads both times). The same model at 0.43
  found 228 and at 0.36 232, no false alarm either way (side figures; 0.47 was shipped before they were scored).
  Their errors were printed later in session 24 (16 samples missed, no false alarm): five fixes came of them (whoever
  comes first gets it, "手打年糕十二块一斤，…去晚了就没了", with a price is a sale: 174 ads of the data and no ordinary
  line with a price; the tenth told to stand for zero, "柴进第十当零：宋江 吴用 …", is a key; digits swapped in pairs,
  "手机号相邻两位互换过", and a number told by 报, "电话照洛书九宫报方位", are decoding rules; 逗音 is 抖音, as in set
  86), which brought them to 234 of 240 before retraining, and both sets were added to `TRAINED`. Left: a mobile
  coded in Japanese weekday names with the contact word after the list ("…照这个一到七排：月水木 火金日土 …，这就是
  我手机"), a son's earphone repairs taken to a flat (the model 0.44) and old phones bought at an activity room's
  door (0.39): the model's to learn.
- Sets 95 and 96 (`holdout95_lines.py`, `holdout96_lines.py`, 60 + 100 lines each) were written the same way by two more
  helpers at the end of session 24, while sets 93-94 were studied (at most 0.49 similar to sets 1-94, every training
  line and each other; set 95: travel and tourism, tour groups and day trips, travel agencies' packages, study tours and
  camps abroad, tickets bought for others, hotel and homestay rooms resold, car-and-driver hire, travel insurance,
  luggage, trip photography; set 96: art, music, culture and collectibles, instruments sold and repaired, piano tuning,
  calligraphy and paintings, framing, antiques, coins, stamps and porcelain, tea ceremony and incense, pottery
  workshops, bands for hire, art supplies, art exam coaching; their writers reported only counts and ratios, were asked
  not to name their codes, and neither reports a slip). Scored with session 24's code after sets 91-92 were trained on
  (threshold 0.47) and at its end, after sets 93-94 were studied and trained on (0.45): set 95 recall **0.967**,
  precision **1.000** both times; set 96 **0.933 / 0.982** both times (pooled **228** of 240 ads, **2** false alarms in
  400 ordinary lines, both times; the rules alone found 87 ads). The final model at 0.43 found 230 with 2 false alarms
  and at 0.36 230 with 4 (side figures; 0.45 was shipped before they were scored). Their errors were printed at the
  start of session 25 (10 samples missed, 2 false alarms): five fixes came of them (a contact word and a colon opening
  eleven items none in digits, one repeated, is a mobile spelt one item per digit,
  "电话是这几个年岁别称对应的十位数字：志学 耄耋 …": 51 ads of the data and no ordinary line; Lisu and Cherokee capitals
  shaped like Latin ones fold to them, "ꓦꓫ：ꓓꓣꓴꓟ…"; an admin's own removal or mute, "刚移出一个号…以后新人先禁言一天",
  is a warning; a call to the sender with a price, or a sale at one in words, "原价转，…到前台找我交钱拿票", is read at
  the clause calls' threshold; an account on a selling or streaming platform named bare is a search, 小鸿书 is 小红书,
  and homemade goods or taking orders are a seller's signs), which brought them to 236 of 240 with no false alarm before
  retraining, and both sets were added to `TRAINED`. Left: a relative's cups to search on 快手 and an account on 小鸿书
  taking bookings, which the model scores 0.19 and 0.10.
- Sets 97 and 98 (`holdout97_lines.py`, `holdout98_lines.py`, 60 + 100 lines each) were written the same way by two more
  helpers at the start of session 25, while sets 95-96 were studied (at most 0.49 against sets 1-96, every training line
  and each other, then a 0.47 margin; set 97: adult education, vocational certificates and exams, adult degrees,
  civil-service and postgraduate courses, language classes, driving schools and practice, skills training, course
  materials, study rooms; set 98: housing, rooms and flats to rent and sublet, agents, shop and office space, parking
  spaces, removal vans, storage, short lets and homestays, room-mates, furniture left behind; their writers reported
  only counts and ratios. Slip: set 97's writer was given its brief as an unexpanded shell command naming a file, so it
  listed the brief's folder, saw the file names of the writer template and set 98's brief, and opened only its own).
  Scored with session 24's code (sets 93-94 trained on, 0.45) and after sets 95-96 were studied and trained on with the
  threshold read on the fixed-mix sets (0.41, `cv_holdout.FIXED_MIX_FROM`, decided before they were written): set 97
  0.967 / 1.000 → **0.983 / 1.000**; set 98 **0.950 / 0.983** both times (pooled 230 → **232** of 240 ads, **2** false
  alarms in 400 ordinary lines both times; the rules alone found 94 → 96). The same model at 0.45 and 0.47 found 232
  with 2 false alarms, at 0.36 234 with 2 (side figures). Their errors were then printed (8 samples missed, 2 false
  alarms): three fixes came of them (a platform's shop named bare, "闲鱼店铺“吴家断舍离”…"; a live stream as a seller's
  sign only when it sells, airs at a time or is the sender's own; an amount with what it includes, "一千五包物业", is a
  price), which brought them to 236 of 240 before retraining, and both sets were added to `TRAINED`. Left: a reunion
  organiser's sign-up under the message (the model 0.79, the one false alarm line), a course fee handed over at a
  gathering ("…带身份证复印件给我": collecting money or papers is as common in ordinary lines) and a spare room offered
  to alumni (0.20).
- Sets 99 and 100 (`holdout99_lines.py`, `holdout100_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 25, while sets 97-98 were studied (at most 0.49 against sets 1-98, every training line and
  each other, then a 0.47 margin; set 99: sport, fitness, dance and martial arts, gym and swimming cards passed on,
  trainers, yoga and dance classes, ball-game coaching, paid runs and rides, sports gear, court bookings, sports
  massage; set 100: small repairs and personal services, shoes, bags, watches and glasses mended, locksmiths and keys,
  alterations, phone films, printing and photos, ID photos and portraits, engraving and stamps, knife sharpening,
  haircuts at home, bicycle and pram repair; their writers reported only counts and ratios. Slip: set 100's writer
  passed set 99's path to the similarity script once before that file existed, and the script's error printed two
  lines of its own source, no set's lines). Scored with the fixes from sets 97-98 before they were trained on (the
  model trained up to set 96, 0.41) and at the end of session 25, after they were trained on (0.41): set 99 **0.983 /
  0.983** both times; set 100 **1.000 / 0.968** both times (pooled **238** of 240 ads, **6** false alarms in 400
  ordinary lines, both times: recall past 0.97, precision short of 0.99; the rules alone found 91 ads and 2 of the
  false alarms, on set 100). The final model at 0.45 found 238 with 6 false alarms, at 0.47 236 with 6, at 0.36 240
  with 8 (side figures). Their errors were printed at the start of session 26 (2 samples missed, 6 false alarms): two
  fixes came of them (a 400 or 800 line in a message that names a price is a business's own call,
  "羽毛球馆订场统一打400-…，会员价平时每小时四十", with 每小时 read as a price; 办证 in an office's own process,
  "…公众号能查办证进度", is allowed), which brought them to 240 of 240 with 4 false alarms before retraining, and both
  sets were added to `TRAINED`. Left to the model: a member's report of dumbbells bought, with the price paid (0.75),
  and a school anniversary's sign-up in the group (0.65), both training lines now.
- Sets 101 and 102 (`holdout101_lines.py`, `holdout102_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 26, while sets 99-100 were studied (at most 0.49 against sets 1-100, every
  training line and each other, then a 0.47 margin; set 101: cars and driving, used cars and trade-ins, driving schools
  and coaches, washing, detailing and film, tyres and parts, repair shops, insurance agents, designated drivers, rentals
  and paid ride sharing, parking spaces, licence and inspection agents, electric scooters; set 102: children and
  parenting, tutoring and homework clubs, after-school care, interest classes, toys, books and second-hand children's
  goods, baby goods, children's clothes and uniforms, nannies, camps, children's photos and parties, study-abroad and
  exam agents; their writers reported only counts and ratios, and no slip). Scored with session 25's code (sets 97-98
  trained on, 0.41) and after sets 99-100 were studied and trained on (0.41, the fixed-mix rule's pick again): set 101
  **0.983 / 0.983** both times; set 102 **1.000 / 1.000** both times (pooled **238** of 240 ads, **2** false alarms in
  400 ordinary lines both times: 0.992 / 0.992, past both targets; the rules alone found 78 ads and no false alarm).
  The same model at 0.36 found 238 with 2 false alarms, at 0.45 236 with 2, at 0.47 232 with none (side figures).
  Their errors were then printed (2 samples missed, 2 false alarms: a colleague's car-insurance quotes brought to his
  desk, the model 0.33-0.36; a 4S shop's contact passed on for a boss's car, 0.46). No generic rule came of them, and
  both sets were added to `TRAINED`.
- Sets 103 and 104 (`holdout103_lines.py`, `holdout104_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 26, while sets 101-102 were studied (at most 0.49 against sets 1-102, every training line and
  each other, then a 0.47 margin; set 103: beauty and personal care, hair salons and home hairdressing, nails and
  eyelashes, skincare and cosmetics, facials, slimming, spa and foot massage, tattoos and eyebrows, teeth whitening,
  wigs, perfume; set 104: money, insurance and paperwork services, insurance agents, loans and credit cards,
  bookkeeping and tax, company registration, trademarks, legal advice and debt collection, visas, social-security
  agents, investment courses, luxury goods appraised and pawned; their writers reported only counts and ratios, and no
  slip). Scored with the model trained up to set 100 (0.41) and at the end of session 26, after sets 101-102 were
  trained on (0.39): set 103 **0.933 / 1.000** both times; set 104 **1.000 / 0.968** both times (pooled **232** of 240
  ads, **4** false alarms in 400 ordinary lines both times: 0.967 / 0.983; the rules alone found 83 ads and no false
  alarm). The final model found the same 232 with 4 at 0.36, 0.41, 0.45 and 0.47 (side figures). Their errors were
  printed at the start of session 27 (8 samples missed, 4 false alarms): three fixes came of them (a phone number
  spelt in the characters of a key the message gives, "洗1剪2吹3…，老板手机：洗吹护染…", read as a disguised
  candidate; goods left to take once paid, with a price, "…放门卫室了，付了钱直接去拿"; 一支八十 as a price and a
  count after 一箱 as none), which brought them to 236 of 240 with 4 false alarms before retraining, and both sets
  were added to `TRAINED`. Left to the model: a family beauty parlour's landline in a relocation notice (0.08), a
  family foot spa named on 美团 with a perk and no price (0.07), and two lines of number talk (a tax deduction's
  amounts, 0.86; A4 paper per box, 0.55), training lines now.
- Sets 105 and 106 (`holdout105_lines.py`, `holdout106_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers at the start of session 27, while sets 103-104 were studied (at most 0.49 against sets 1-104, every
  training line and each other, then a 0.47 margin; set 105: weddings, parties and events, planners and hosts,
  photography and video, bridal make-up and dress hire, banquet halls and home banquet cooks, cakes and dessert tables,
  balloons and stage decoration, equipment hire, children's parties, funerals, annual parties and team-building,
  matchmaking; set 106: farming and rural trade, produce from the grower, seeds, seedlings, fertiliser and pesticide,
  machinery and drone spraying, livestock, poultry and fish ponds, feed and vets, agritourism, land transfer and
  greenhouses, rural live-stream selling, cold storage; their writers reported only counts and ratios, and no slip.
  The similarity script was passed the partner's file at every run after the first but, by a fault of the script
  since mended, did not read it; at the end both sets were checked against each other too, and no line stood at 0.47
  or more). Scored with session 26's code (the model trained up to set 102, 0.39) and after sets 103-104 were studied
  and trained on (0.40): set 105 **0.992 / 0.983** both times; set 106 **1.000 / 0.968** both times (pooled **239**
  of 240 ads, **6** false alarms in 400 ordinary lines both times: 0.996 / 0.976, recall past the target, precision
  short; the rules alone found 99 ads and no false alarm). The same model at 0.36 found 239 with 8 false alarms, at
  0.45 and 0.47 237 with 6 (side figures). Their errors were then printed (1 sample missed, the emoji variant of a
  code by the shapes of digits; 6 false alarms, three lines): two fixes came of them (a figure reported with its change
  since an earlier time, "镇上收粮的价格一斤一块三毛二，比上周低了两分钱", and a WiFi password, "婚礼现场WiFi名叫 …，
  密码 20261212", are no ad without a call or a contact; what sellers cry, "直播间喊“自家果园现摘”的…", is a citation),
  which brought them to 239 of 240 (all but that one sample) with no false alarm before retraining, and both sets
  were added to `TRAINED`.
- Sets 107 and 108 (`holdout107_lines.py`, `holdout108_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 27, while sets 105-106 were studied (at most 0.49 against sets 1-106, every training line and
  each other, then a 0.47 margin; set 107: restaurants and food service, private rooms, takeaway, office catering,
  bakeries, milk tea, tea and coffee, hotpot and barbecue, liquor and wine, food group buys, chefs for hire,
  franchises and shop transfers; set 108: moving, logistics and household services, moving vans, couriers and freight,
  errand runners, storage, housekeeping and deep cleaning, nannies, maternity nurses and carers, pest control,
  appliance cleaning, locksmiths, car-pooling and chartered cars; their writers reported only counts and ratios.
  Slips: set 107's writer checked whether the two files existed with `ls` on their exact paths instead of `test -f`,
  which listed nothing else). Scored with the model trained up to set 104 (0.40) and after sets 105-106 were studied
  and trained on (0.39): set 107 **1.000 / 0.968**, then **1.000 / 0.984**; set 108 **1.000 / 1.000** both times
  (pooled **240** of 240 ads, **4**, then **2** false alarms in 400 ordinary lines: 1.000 / 0.992, past both targets;
  the rules alone found 92 ads and no false alarm). The final model found the same at 0.36, 0.45 and 0.47 (side
  figures). Their errors were then printed (one false alarm line, a warning about a private message quoting an offer of
  liquor): one fix came of it (a quote right after 私聊(我) is what someone sent, scored without it), which brought them
  to 240 of 240 with no false alarm before retraining, and both sets were added to `TRAINED`.
- Sets 109 and 110 (`holdout109_lines.py`, `holdout110_lines.py`, 60 + 100 lines each) were written the same way by two
  more helpers in session 27, while sets 107-108 were studied (at most 0.49 against sets 1-108, every training line and
  each other, then a 0.47 margin; set 109: pets and animal services, grooming, boarding and pet-sitting, dog walking and
  training, vets, pet food and supplies, breeding and selling pets, aquariums, pet photography, funerals and
  transport; set 110: technology and IT services, websites, mini-programs and apps, computer and printer repair, data
  recovery, software installs, IT for small offices, network and CCTV installation, social-media accounts, online
  shops, AI tools and courses, second-hand computers, phone unlocking; their writers reported only counts and ratios.
  Slips: set 109's writer also searched its own saved copies of the three docstrings with grep). Scored with the
  model trained up to set 106 (0.39) and at the end of session 27, after sets 107-108 were trained on (0.40): set 109
  **0.967 / 0.983** both times; set 110 **0.983 / 1.000** both times (pooled **234** of 240 ads, **2** false alarms
  in 400 ordinary lines both times: 0.975 / 0.992, past both targets; the rules alone found 90 ads and no false
  alarm). The final model found the same 234 with 2 at 0.36, 0.45 and 0.47 (side figures). Not printed: for the next
  session to study.

Each line gives two samples: the line as written, and a variant disguised by one whole-text family
drawn with `random.Random(41)` (set n: 40 + n) — positives: traditional script,
separators inside a random span, full-width ASCII or emoji inserted; negatives: traditional or full-width
only, the disguises ordinary members use too. Positives are ads and invitations to go elsewhere, most with a contact in
some disguise; negatives are ordinary work, store, chamber-of-commerce, school and community chat, many
with numbers, channel words used innocently, warnings about scams and heated arguments.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

SEED = 41
LAST_SET = 110  # sets 2..LAST_SET live in holdoutN_lines.py as POSITIVE_N / NEGATIVE_N
NEVER_TUNED = (2, 3, 15)  # scored, never studied (set 15: one miss printed, left unfixed); never trained on
# Studied sets whose every sample (as written and its disguised variant) spam-v1 is trained on since session 12
# (models/data/spam-studied-holdouts.tsv, built by qungui.models.training.build_extras): their figures in
# bench_holdout.py are then training-set figures; leave-sets-out figures come from cv_holdout.py.
TRAINED = (1, *range(4, 15), *range(16, 109))
SEPARATORS = (" ", "·", "❤", "-", "|", "\u200b", "~", "/")
EMOJI = ("🔥", "💰", "👉", "✅", "🧧", "🎁", "💥", "⭐")


@dataclass(frozen=True, slots=True)
class HoldoutSample:
    text: str
    label: int  # 1 solicitation or ad, 0 ordinary
    variant: str  # "as written", or the disguise family applied


POSITIVE = """
日结兼职，手机操作，一单一结，感兴趣加威信 qiqi_2024
宝妈副业，每天两小时，月多收入三四千，详情➕V：mm77521
招网络打字员，时间自由，押金全退，扣扣 2958831476
专业代开增值税发票，点数低，电话 135 2288 6019
急用钱？凭身份证当天放款，不查征信，薇 dk_668899
无抵押信用贷，最高 50 万，联系 一八六 二三四五 六七八九
新开的福利群，进来每天抽红包，群号 739482615
拉人头有奖励，一个人五块，私我
炒股亏了的朋友看过来，老师免费带你回本，加 V 信 gp_teacher01
内部消息，明天必涨的票，进群领 ⑥⑧⑧⑨⑦⑥⑤④
正品 AJ 莆田直发，比专柜便宜一半，vx：xie_store88
微商货源一手批发，面膜护肤一件代发，加我 wei xin：hfzs520
找我拿券，淘宝京东都有，大额隐藏券，🐧 1 8 3 2 7 6 5 4 9
代写论文，查重包过，滴滴 qq 3348761209
出售王者荣耀账号，全皮肤，私聊价格
刷抖音粉丝，一万粉八十，V❤：dy_fans_666
同城交友，寂寞的来，加 薇 xin：yuehui_321
百家乐稳赢技巧，日赚五位数，想学的私聊我
注册就送 88 元彩金，扫码下载 app
彩票计划群，跟着老师买，带你翻倍，wx:cp8888a
减肥茶三天瘦五斤，不反弹，要的加 V 15937268410
祖传秘方治痛风，无效退款，电联 ①⑧⑧-⑤⑥⑦⑧-⑨⓪①②
招募淘宝刷单员，垫付秒返，佣金 10%，加 Q：1538462970
做任务赚佣金，点赞关注就能提现，私我带你
低价出售各大视频会员，年卡 30，vx 同号 17725836914
代办驾照，不用考试，包拿证，电话 139·2876·4410
会计证、教师资格证包过，内部渠道，V：zhengshu_pass
各位群友，我这里有便宜的茶叶，比群主卖的便宜，加我威信聊
想赚钱的姐妹来我的群，每天分享赚钱项目，扣我拉你
投资虚拟币，一个月翻十倍，带单老师 vx：btc_king9
外汇黄金喊单，稳定盈利，咨询助理 wechat: fx_help2
网贷逾期可以帮你协商停息挂账，电话 400 866 2351 以外的私我
高仿名表名包，一比一，支持验货，➕薇 luxury_99
兼zhi 日jie，手机就能做，jia wo vx 7788abc
需要流量卡的私我，一百G 才 19 块
免费领取价值 999 的课程，加助教微信 kc2025zj
招聘 KTV 公主，日薪过千，包吃住，联系 壹叁柒 陆陆捌捌 玖玖零零
代发朋友圈广告，一条二十，需要的 dd 我
低价充话费，九折，Q 群：58612490 进群下单
办理大额信用卡，秒批，黑户也行，电 话：一五九 八八七六 五四三二
进我新建的团购群，今天水果全场五折，私我拉你进去
各位，需要装修的找我，比外面便宜三成，微：zx_home
帮忙点个赞就有钱拿，五元一次，⊕V：zan_555
点击链接领取现金红包 http://t.cn/A6x8Yb2k
我这有渠道买演唱会门票，原价拿，扣扣 ③②⑤⑥⑧⑨⑦④①
手机上做兼职，每天五十到一百，jiā wǒ wēi xìn：jzrj66
美女陪聊，按分钟计费，🛰：pl_520
信用卡套现，费率千五，秒到，电话 18o 6543 2198
代购日本药妆，保真，需要的加我 V 徽信 rb_daigou
高价回收旧手机，上门收，电话 ①③⑦ ①②③④ ⑤⑥⑦⑧
各位家长，暑假托管班报名了，详情咨询薇信 tgb_2026
收购微信号、QQ号，价格高，私
卖自家种的橙子，比超市便宜，想要的加我扣扣 764213985
0 元购活动，只要拉三个好友就能免费拿，进群 849216375
健身私教课打骨折，只剩五个名额，V 我 jsjl_07
代还信用卡，不上征信，V：1 5 8 7 6 5 4 3 2 1 0
大学生兼职，发传单日结 150，联系微 ❤ 信 fcd_2024
专业解封微信号，秒解，加 q 2 9 8 7 6 5 4 3 1
给你推荐个赚钱的 app，下载就送二十，邀请码 8XK2P
出国劳务，月薪三万，包签证，电话 壹伍捌 贰叁肆伍 陆柒捌玖
有想减肥的吗？我瘦了二十斤，方法私我
店铺刷好评，一单三块，每天结算，+v：hp_shua
免费领取纸巾，扫码关注公众号即可
众筹新项目，投一千返两千，带你上车，联系 𝟏𝟑𝟖𝟐𝟐𝟐𝟑𝟑𝟒𝟒𝟓
化妆品清仓，全部一折，微 xin 同 号 17388886666
低价转让健身卡，还有三年，加我 vx：gym_card2
招聘在家手工活，串珠子，一个月四五千，电话 15012345789
私人订制旅游，比旅行社便宜，咨询 V：trip_diy8
资源群，各种电影电视剧免费看，进群私我
股票开户万一免五，找我开，vx：kh_wanyi
卖茅台，原价，需要的私聊我，量大
家里有闲钱的可以找我理财，年化 15%，联系我 ☎ 186 0000 1234
加盟奶茶店，五万起，总部扶持，热线 400-820-3721 咨询
代理招募，零门槛，三天回本，想做的 滴滴
刷单返利，本金秒退，威：sd_fanli
免费测八字算命，准到你哭，扣扣 1029384756
淘宝店铺转让，皇冠店，带货源，加 wx：tb_zr99
代做 PPT，一页十块，加急当天出，薇 ppt_daizuo
在家动动手指月入过万，宝妈学生都能做，私我拿方法
兼职配音，一条五十，新手可学，加我 🐧：2233445566
快来我的新群，比这个群活跃，群号：６９８７４５１２３
二手 iPhone 十五，九成新，便宜出，V 1 3 9 5 5 5 5 6 6 6 6
ETC 免费办理，还送加油卡，扫码领取
专业祛斑，七天见效，不反弹，wēi xìn：qb_mei
招聘兼职客服，在家办公，日结，联系 ｑｑ：１２３４５６７８９
帮你开通花呗白条，额度高，有意者 V：hb_kaitong
课程代上，网课代刷，全包，扣扣 2 7 8 8 9 6 5 4 3
群里的朋友注意了，我有内部优惠券，私聊找我
出售各大网站会员账号，便宜，加绿泡泡 vip_zh
想学做短视频带货的，私我拉你进培训群
""".strip()

NEGATIVE = """
明天上午九点开周会，地点 3 楼 302 会议室
订单 2024110812345 客户说还没收到，麻烦物流查一下
本月报销截止到 25 号，发票抬头写公司全称
王经理的电话是 13800001234，有急事可以直接打
腾讯会议号 482 761 935，密码 6688
这批货的单价是 38.5 元，总共 1200 件
客户要的报价单我已经发到你邮箱了
下周三团建，大家在群里接龙报名
仓库地址：工业园区 7 栋 2 楼，收货人小李
请大家在钉钉上填一下本周工作周报
打印机没纸了，谁去前台领一下
方案我改了第三版，你看看还有什么问题
季度目标完成了 87%，还差一点
新来的同事小张，工号 10236，大家多关照
合同编号 HT-2024-0871 已经盖章寄出
财务说这个月工资 10 号发
今天下午有雨，外出的同事带伞
这个需求优先级调高，周五前上线
服务器 IP 是 10.0.3.15，账号找运维要
年会节目报名到周五，每个部门至少一个
会员日本周六，全场八八折，会员积分双倍
新到一批大闸蟹，店里有现货，欢迎到店选购
您的快递单号 SF1234567890123，已到驿站
本店营业时间 9:00-21:00，周一休息
会员卡余额可以在小程序里查
今天的面包卖完了，明天早上八点再出炉
积分满 500 可以兑换一张代金券
退换货请保留小票，七天内有效
新品试吃活动在周日下午，欢迎会员来尝
各位会员，本周六店庆，到店有小礼品
下午三点停水，请提前储水
小区东门的快递柜坏了，物业已经报修
3 栋 1201 的业主，您的车挡住消防通道了
今晚八点广场舞照常，地点在中心花园
物业费可以在业主群小程序缴纳
电梯年检，明天上午 2 号楼电梯暂停使用
谁家的猫在 5 栋楼下，黄白色的
垃圾分类检查，请大家把厨余垃圾单独放
楼上装修太吵了，能不能中午别施工
停车费涨到每月 300 了，大家有什么意见
商会本月例会定在 18 号，地点会长公司
欢迎新会员李总加入，主营建材
会费请在月底前交到秘书处
下周有个政企对接会，想参加的报名
张总推荐的供应商不错，价格公道
商会组织去考察，名额 20 人
会长讲话稿已发群文件，大家学习
这次活动的赞助商是王总的公司，感谢支持
明天的家长会七点开始，请准时到
作业已经发在班级群里了，请家长督促
孩子们的校服到了，明天来学校领
周五春游，每人交 50 元车费
老师，我家孩子今天请假，发烧了
大家注意，最近有人冒充群主私聊借钱，千万别信
群里不许发广告，发了直接踢
看到有人发刷单链接，大家别点，是诈骗
谁在群里拉人进别的群了？管理员处理一下
提醒：陌生人加微信要钱的都是骗子
我微信群里发了通知，没看到的翻一下
我 QQ 邮箱收不到附件，换个邮箱发吧
公司公众号发了新文章，大家转发一下
扫码签到，进会场前扫一下门口的二维码
扫码点餐，桌上有码
这个月的销售额 356 万，同比增长 12%
股票代码 600519 今天又涨了，你们买了没
最近基金跌得厉害，我都不敢看了
房贷利率又降了，可以考虑提前还款
公司给大家买了补充医疗保险
下个月开始执行新的考勤制度
报名截止时间是 2024-12-20 17:00
你凭什么说是我的问题？数据是他给的
我不同意这个方案，成本太高了
这事你们部门自己解决，别推给我们
说好的周三交，现在又拖到下周，太不靠谱了
吵什么吵，有话好好说
我又没做错，为什么要我道歉
你们这样做事情太让人失望了
这个锅我不背，邮件记录都在
能不能别在群里说私事
有问题私聊我，别刷屏
车位出租，地下二层，有意的业主私聊
谁有多余的纸箱，搬家用一下
我家多了两张电影票，今晚的，谁要
推荐一家修电脑的，在南门对面，挺靠谱
楼下新开了家面馆，味道不错，价格也实惠
有没有人一起拼车去机场，周六早上六点
明天降温，大家注意保暖
祝大家中秋节快乐，阖家幸福
生日快乐！今天蛋糕在茶水间
会议纪要整理好了，请查收
样品寄到了，质量比上次好
这个客户很重要，大家配合一下
请各位在 OA 上提交请假申请
系统升级，今晚 22:00 到 24:00 无法登录
验证码别告诉任何人，包括自称客服的
我手机号换了，新号码 139 1234 5678，麻烦大家改下备注
请把身份证号和银行卡号发给人事，用于办工资卡
这台笔记本型号是 ThinkPad T14，序列号 PF3ABC12
房间号 1808，开会的直接上来
桌号 12 的菜还没上齐
取件码 3-2-1056，帮我拿一下快递
本次考试第 3 名，进步了 5 名
体检报告下周一出来，到时在公众号查
水电费账单已出，户号 10023456
这周值日表已更新，请查看群文件
客户的传真号码是 021-64281234
老板说今晚加班，外卖公司报销
报价 56800 元含税，有效期 30 天
微信支付和支付宝都可以，前台扫码付款
我加了供应商的微信，明天把资料发给你
新同事的联系方式我发到通讯录了
""".strip()


def _lines(block: str) -> list[str]:
    return [line.strip() for line in block.splitlines() if line.strip()]


def _fullwidth(text: str) -> str:
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in text)


def _separators(text: str, rng: random.Random) -> str:
    a = rng.randrange(max(1, len(text) - 4))
    b = min(len(text), a + rng.randint(4, 10))
    sep = rng.choice(SEPARATORS)
    return text[:a] + sep.join(text[a:b]) + text[b:]


def _emoji(text: str, rng: random.Random) -> str:
    at = rng.randrange(len(text) + 1)
    return text[:at] + rng.choice(EMOJI) + text[at:] + rng.choice(("", rng.choice(EMOJI)))


def build(part: int = 1) -> list[HoldoutSample]:
    """Every sample of set `part` (1: studied; 4-42: studied after blind scoring; 2, 3: scored more than once,
    never printed): each line, then one disguised variant."""
    import importlib

    import opencc

    if part == 1:
        positive, negative = POSITIVE, NEGATIVE
    elif 2 <= part <= LAST_SET:
        lines = importlib.import_module(f"holdout{part}_lines")  # holdoutN_lines.py beside this file
        positive, negative = getattr(lines, f"POSITIVE_{part}"), getattr(lines, f"NEGATIVE_{part}")
    else:
        raise ValueError(f"part is 1 to {LAST_SET}")
    s2t = opencc.OpenCC("s2t")
    rng = random.Random(SEED + part - 1)
    out: list[HoldoutSample] = []
    for label, block, families in (
        (1, positive, ("traditional", "separators", "fullwidth", "emoji")),
        (0, negative, ("traditional", "fullwidth")),
    ):
        for line in _lines(block):
            out.append(HoldoutSample(line, label, "as written"))
            family = rng.choice(families)
            if family == "traditional":
                text = s2t.convert(line)
            elif family == "separators":
                text = _separators(line, rng)
            elif family == "fullwidth":
                text = _fullwidth(line)
            else:
                text = _emoji(line, rng)
            out.append(HoldoutSample(text, label, family))
    return out
