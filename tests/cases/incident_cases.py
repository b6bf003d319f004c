"""Case tables for the date anchor of a well-known incident (:mod:`rasd.pub_incident`).

Every sentence is written for the tests (never copied from an article). Labels:
``press`` (a form seen in real pages of the search tool's ``pages`` corpus),
``trap`` (a near miss that must not fire), ``dev``, ``bug``.

INCIDENT_PUB_CASES rows: ``(paragraphs, iso, origin)`` — :func:`infer_incident_published`
(``""``: nothing inferred).
INCIDENT_EVENT_CASES rows: ``(paragraphs, sentence, date, origin)`` — the date
:func:`date_incident_events` gives an undated event row of ``sentence`` (``""``: left undated).
INCIDENT_MENTION_CASES rows: ``(text, expr, iso, origin)`` — the iso :func:`date_incident_mentions`
gives the undated dates row of ``expr`` in a one-paragraph ``text`` (``""``: left undated).
INCIDENT_ROW_CASES rows: ``(paragraphs, (type, place, target, sentence), date, origin)`` — the date
:func:`rasd.incident_rows.date_incident_rows` gives an undated event row (``""``: left undated).
INCIDENT_TOLD_PUB_CASES rows: ``(paragraphs, iso, origin)`` —
:func:`rasd.pub_incident_day.infer_told_incident_published` (``""``: nothing inferred).
INCIDENT_STABLE_CASES rows: ``(paragraphs, expr, iso, origin)`` — the iso
:func:`rasd.incident_rows.date_stable_mentions` gives the undated dates row of ``expr`` in the
paragraphs joined by newlines (``""``: left undated).
"""

from __future__ import annotations

# session 23: a well-known incident told in the lede anchors a page that prints no date
INCIDENT_PUB_CASES = [
    # --- session 24: the eve of an incident of the small hours, a yearless day of the incident, two entries of one day (press) ---
    (("قتل قائد فيلق القدس قاسم سليماني وأبو مهدي المهندس فجر اليوم الجمعة بقصف قرب مطار بغداد.",
      "وقال متحدث إن الضربة وقعت في وقت متأخر أمس الخميس."),
     "2020-01-03", "press: «في وقت متأخر أمس الخميس» is the eve of a Friday-dawn strike, not a contradiction"),
    (("قال البنتاغون إن إيران أطلقت صباح اليوم الأربعاء صواريخ على قاعدتي عين الأسد وأربيل ثأرا لسليماني.",
      "وأضاف أن الهجوم بدأ مساء الثلاثاء من 7 يناير بتوقيت واشنطن."),
     "2020-01-08", "press: Washington's evening and a yearless eve date do not contradict the Wednesday"),
    (("قال البنتاغون إن إيران أطلقت صباح اليوم الأربعاء 12 صاروخا على قاعدتي عين الأسد وأربيل ثأرا لسليماني.",),
     "2020-01-08", "press: the 2022 Erbil salvo matches too, but its Sunday is contradicted"),
    (("أغارت طائرات أمريكية أمس (الأحد) على خمس منشآت لكتائب حزب الله في العراق وسوريا.",),
     "2019-12-30", "press: five sites in Iraq and Syria, and a weekday in brackets after أمس"),
    (("أغارت طائرات أمريكية أمس (الأحد) على خمس منشآت لكتائب حزب الله في العراق وسوريا، بينها مقر في القائم.",),
     "2019-12-30", "press: two entries of one incident match one lede"),
    (("قال البنتاغون إن إيران أطلقت صباح اليوم الأربعاء صواريخ على عين الأسد ثأرا لسليماني.",
      "وأضاف أن الصواريخ سقطت على عين الأسد مساء الاثنين."),
     "", "trap: an evening two days before is no eve: it contradicts"),
    (("قتل قاسم سليماني وأبو مهدي المهندس اليوم الجمعة بقصف قرب مطار بغداد.",
      "وقال متحدث إن الضربة التي قتلت سليماني قرب مطار بغداد وقعت صباح أمس الخميس."),
     "", "trap: a morning the day before is no eve"),
    (("قال البنتاغون إن إيران أطلقت صباح اليوم الأربعاء صواريخ على عين الأسد ثأرا لسليماني.",
      "وأضاف أن الصواريخ سقطت على عين الأسد في 5 يناير."),
     "", "trap: a yearless date that is neither the incident's day nor its eve"),
    (("أغارت طائرات أمريكية اليوم الأحد على مواقع لكتائب حزب الله في العراق وسوريا.",),
     "", "trap: Iraq and Syria and the actor, without the five sites, are not the 2019 strikes"),
    # --- session 24: the Balad rockets of January 2020 and the claim on al-Rukban and Zvulun of January 2024 (press) ---
    (("سقطت ثمانية صواريخ كاتيوشا اليوم الأحد على قاعدة بلد الجوية شمال بغداد.",),
     "2020-01-12", "press: eight rockets on Balad on its Sunday"),
    (("أصيب ضابط وثلاثة من منتسبي القوة الجوية اليوم الأحد بقصف على قاعدة بلد الجوية.",),
     "2020-01-12", "press: the air force members hurt at Balad name the incident"),
    (("سقطت ثلاثة صواريخ اليوم الأحد على قاعدة بلد الجوية شمال بغداد.",),
     "", "trap: three rockets on Balad are another attack"),
    (("سقطت ثمانية صواريخ كاتيوشا اليوم السبت على قاعدة بلد الجوية.",),
     "", "trap: a Saturday contradicts the Sunday of the incident"),
    (("أعلنت فصائل عراقية أنها هاجمت أمس الأحد بالمسيرات قاعدة الركبان ومنشأة زفولون.",),
     "2024-01-29", "press: the claim naming al-Rukban and Zvulun, told the day after"),
    (("أطلقت خمسة صواريخ مساء اليوم الأربعاء باتجاه قاعدة عين الأسد غرب العراق.",),
     "2022-01-05", "press: five rockets on Ain al-Asad on the Wednesday of January 2022"),
    (("أطلقت خمسة صواريخ مساء اليوم الخميس باتجاه قاعدة عين الأسد غرب العراق.",),
     "", "trap: a Thursday contradicts the Wednesday of the incident"),
    # --- session 24: «فجر اليوم» without a weekday in the incident's sentence, confirmed by «اليوم الأحد» elsewhere (press) ---
    (("أعلنت فصائل عراقية، اليوم الأحد، مسؤوليتها عن هجمات جديدة.",
      "وقالت إنها هاجمت فجر اليوم بالمسيرات قاعدتي الشدادي والركبان ومنشأة زفولون."),
     "2024-01-28", "press: «فجر اليوم» joins the incident, «اليوم الأحد» gives its weekday"),
    (("أعلنت فصائل عراقية، اليوم الاثنين، مسؤوليتها عن هجمات جديدة.",
      "وقالت إنها هاجمت فجر اليوم بالمسيرات قاعدتي الشدادي والركبان ومنشأة زفولون."),
     "", "trap: the weekday of writing is not the incident's"),
    (("أعلنت فصائل عراقية مسؤوليتها عن هجمات جديدة.",
      "وقالت إنها هاجمت فجر اليوم بالمسيرات قاعدتي الشدادي والركبان ومنشأة زفولون."),
     "", "trap: without a weekday of writing «فجر اليوم» is not confirmed"),
    (("أعلنت فصائل عراقية، اليوم الاثنين، مسؤوليتها عن هجمات جديدة.",
      "وقالت إنها هاجمت أمس بالمسيرات قاعدتي الشدادي والركبان، واليوم منشأة زفولون."),
     "", "trap: two offsets in the incident's sentences"),
    # --- session 24: new incidents: the al-Tanf drones of October 2021, the Conoco and Green Village rockets of August 2022 (press) ---
    (("هاجمت خمس طائرات مسيرة اليوم الأربعاء قاعدة التنف التي تضم قوات أمريكية.",),
     "2021-10-20", "press: five drones on al-Tanf on its Wednesday"),
    (("هاجمت طائرات مسيرة اليوم الأربعاء قاعدة التنف التي تضم قوات أمريكية.",),
     "", "trap: drones on al-Tanf without the five or the claimant are any attack"),
    (("أصيب ثلاثة جنود أمريكيين أمس الأربعاء بصواريخ سقطت على قاعدتي كونيكو والقرية الخضراء.",),
     "2022-08-25", "press: three soldiers hurt by rockets at Conoco, told the day after"),
    (("أصيب ثلاثة جنود أمريكيين أمس الخميس بصواريخ سقطت على قاعدة كونيكو.",),
     "", "trap: the weekday contradicts the known Wednesday"),
    (("أسقطت منظومة الدفاع اليوم الاثنين طائرتين مسيرتين كتب على جناحيهما «ثأر القادة» قرب قاعدة فيكتوريا.",),
     "2022-01-03", "press: the drones of the second anniversary at the Baghdad airport base"),
    (("أسقطت منظومة الدفاع اليوم الثلاثاء طائرتين مسيرتين قرب قاعدة فيكتوريا.",),
     "", "trap: two drones at the base without the claim are any attack"),
    # session 23 (round 2): two incidents at one place told apart by the weekday; kunya forms
    (("أصيب ثلاثة من جنوده صباح اليوم السبت بصواريخ سقطت على معسكر التاجي، في هجوم هو الثاني من نوعه.",
      "وكان هجوم سابق قد قتل جنديين أمريكيين وبريطانية."),
     "2020-03-14", "press: the second Taji attack; its Saturday rules out the Wednesday one"),
    (("ذكر مسؤولون أمريكيون أن خمسة جنود أصيبوا أمس الاثنين في هجوم على قاعدة في العراق.",
      "وتأتي الحادثة وسط توتر في المنطقة.",
      "وقال مصدر أمني إن صاروخين سقطا داخل قاعدة عين الأسد."),
     "2024-08-06", "press: the base named in the third paragraph of the lede"),
    (("قال مسؤولون اليوم الخميس إن صواريخ سقطت على التاجي وأصابت ثلاثة من جنوده وجنديين عراقيين.",),
     "", "trap: Taji keys of both March 2020 attacks and the weekday of neither"),
    (("قال مسؤولون اليوم الأربعاء إن صواريخ سقطت للمرة الثانية على التاجي وأصابت ثلاثة من جنوده وجنديين عراقيين.",),
     "", "trap: the weekday of the earlier Taji attack while the later one matches too"),
    (("أصيب ثلاثة من جنوده بصواريخ سقطت على معسكر التاجي وجرح جنديين عراقيين.",
      "وقال المتحدث اليوم السبت إن التحقيق مستمر."),
     "", "trap: both Taji attacks match and the lede gives neither its own weekday"),
    (("ذكر مسؤول أن خمسة جنود ومتعاقدين أمريكيين أصيبوا أمس الاثنين بصواريخ سقطت على قاعدة عين الأسد.",),
     "2024-08-06", "press: an Ain al-Asad attack on a Monday, not the one of 2021 (a contractor too)"),
    (("قتلت طائرة مسيرة اليوم الأربعاء القيادي أبا باقر الساعدي في بغداد.",),
     "2024-02-07", "dev: a kunya key in the accusative «أبا»"),
    (("قتل القيادي في النجباء «أبوتقوى» اليوم الخميس بقصف مسيرة في بغداد.",),
     "2024-01-04", "press: a kunya written joined «أبوتقوى»"),
    (("قتل القيادي في النجباء أبو تقوى اليوم الجمعة بقصف مسيرة في بغداد.",),
     "", "trap: a kunya key with a weekday that is not the incident's"),
    (("أعلنت القيادة الأمريكية اليوم الأحد مقتل ثلاثة جنود بهجوم بطائرة مسيرة على البرج 22 في الأردن.",),
     "2024-01-28", "dev: اليوم + the incident's weekday gives the day itself (Tower 22)"),
    (("قتل ثلاثة جنود أمريكيين أمس الأحد بمسيرة استهدفت موقعا في شمال شرقي الأردن.",),
     "2024-01-29", "press: أمس + the incident's weekday gives the day after"),
    (("أغارت طائرات أمريكية فجر الأحد على مقار كتائب حزب الله في القائم.",
      "وقال مسؤول عراقي اليوم الاثنين إن الحصيلة ارتفعت."),
     "2019-12-30", "dev: a bare weekday of the incident and a weekday of writing elsewhere"),
    (("سقطت صواريخ على قاعدة قرب كركوك الجمعة وقتل متعاقد مدني أمريكي.",),
     "", "dev: a bare weekday and no day of writing: the page stays undated"),
    (("قتل ثلاثة جنود أمريكيين أمس السبت بمسيرة استهدفت موقعا في شمال شرقي الأردن.",),
     "", "trap: the text's weekday contradicts the known day"),
    (("قتل ثلاثة جنود أمريكيين بمسيرة على البرج 22 في الأردن.",
      "وأعلنت كتائب حزب الله اليوم الثلاثاء تعليق عملياتها ضد القوات الأمريكية."),
     "", "trap: two incidents told in the lede at different places"),
    (("أعلن الجيش الأمريكي اليوم الأحد ضربات على مواقع، على غرار الرد على هجوم البرج 22 الذي قتل ثلاثة جنود بمسيرة.",),
     "", "trap: a background mention of an old incident (على غرار)"),
    (("شنت طائرات أمريكية فجر الأربعاء غارات على مواقع لكتائب «حزب الله» في القائم.",
      "وقالت القيادة الأمريكية اليوم الأربعاء إن الضربات جاءت ردا على هجوم سابق."),
     "", "trap: a later strike wave at the same place and actor, on another weekday"),
    (("شن الجيش الأمريكي مساء اليوم الأحد غارات على مواقع لكتائب حزب الله.",
      "وطالت الغارات مقرا قرب القائم على الحدود مع سوريا."),
     "2019-12-29", "press: the place in the second paragraph, the actor and weekday in the first"),
    (("قالت الوزارة اليوم الأحد إن مسيرة سقطت قرب قاعدة في الأردن.",),
     "", "trap: the place and one weapon are not enough keys"),
    (("فصل أول لا ذكر فيه لحادث.", "فقرة ثانية عن أمر آخر.", "فقرة ثالثة عن أمر ثالث.",
      "وقتل ثلاثة جنود أمريكيين اليوم الأحد بمسيرة على البرج 22."),
     "", "trap: an incident told below the lede is background"),
    (("قتل ثلاثة جنود أمريكيين اليوم الأحد بمسيرة على البرج 22 في الأردن.",
      "وقال مسؤول إن التحقيق سيكتمل في 5 شباط 2024."),
     "", "trap: a full date later than the inferred day"),
]

INCIDENT_EVENT_CASES = [
    (("قتل ثلاثة جنود أمريكيين الأحد بمسيرة على البرج 22 في الأردن.",),
     "قتل ثلاثة جنود أمريكيين الأحد بمسيرة على البرج 22 في الأردن.", "2024-01-28",
     "dev: the incident's own row takes its day when the page stays undated"),
    (("قتل ثلاثة جنود أمريكيين بمسيرة على البرج 22 في الأردن.",),
     "قتل ثلاثة جنود أمريكيين بمسيرة على البرج 22 في الأردن.", "2024-01-28",
     "press: place + casualties + weapon without any weekday"),
    (("قتل ثلاثة جنود أمريكيين الاثنين بمسيرة على البرج 22 في الأردن.",),
     "قتل ثلاثة جنود أمريكيين الاثنين بمسيرة على البرج 22 في الأردن.", "",
     "trap: the text's weekday contradicts the known day"),
    (("قتل ثلاثة جنود أمريكيين بمسيرة على البرج 22 في الأردن.",),
     "وسقطت قذيفة على قاعدة أخرى في سوريا.", "",
     "trap: another event of the page keeps its own (empty) date"),
    # --- session 25: a night across two days in the lede must hold the incident's day (dev) ---
    (("سقطت خمسة صواريخ ليل الأحد الاثنين على قاعدة عين الأسد غرب العراق.",),
     "سقطت خمسة صواريخ ليل الأحد الاثنين على قاعدة عين الأسد غرب العراق.", "",
     "trap: a night of two other days tells another attack than the Wednesday of January 2022"),
    (("سقطت خمسة صواريخ ليل الثلاثاء الأربعاء على قاعدة عين الأسد غرب العراق.",),
     "سقطت خمسة صواريخ ليل الثلاثاء الأربعاء على قاعدة عين الأسد غرب العراق.", "2022-01-05",
     "press: the night into the incident's Wednesday"),
    (("أفاد مصدر بسقوط صواريخ ليل الأحد الاثنين.", "وقال إن خمسة صواريخ أصابت محيط قاعدة عين الأسد."),
     "وقال إن خمسة صواريخ أصابت محيط قاعدة عين الأسد.", "",
     "trap: the night stands in another sentence of the lede than the incident's keys"),
]

INCIDENT_MENTION_CASES = [
    ("قتل ثلاثة جنود أمريكيين فجر الأحد بمسيرة على البرج 22 في الأردن.", "فجر الأحد", "2024-01-28",
     "dev: the incident's bare weekday takes its day"),
    ("سقطت صواريخ على قاعدة قرب كركوك الجمعة وقتل متعاقد مدني أمريكي.", "الجمعة", "2019-12-27",
     "press: a bare weekday after the place"),
    ("قتل ثلاثة جنود أمريكيين فجر الاثنين بمسيرة على البرج 22 في الأردن.", "فجر الاثنين", "",
     "trap: a weekday that is not the incident's"),
]

INCIDENT_ROW_CASES = [
    # --- session 25: an event row whose own sentence tells a known incident of its type and place (press) ---
    (("شنت طائرات أمريكية غارات على أهداف في العراق وسوريا ردا على هجوم الأردن.",),
     ("us_strike", "العراق", "أهداف في العراق وسوريا", "شنت طائرات أمريكية غارات على أهداف في العراق وسوريا ردا على هجوم الأردن."),
     "2024-02-02", "press: strikes on Iraq and Syria in reply to the Jordan attack"),
    (("ضربت واشنطن مواقع في سوريا والعراق، ردا على مسيرة أصابت قاعدة أمريكية بالأردن وقتلت 3 جنود.",),
     ("attack", "الأردن", "قاعدة أمريكية بالأردن", "ضربت واشنطن مواقع في سوريا والعراق، ردا على مسيرة أصابت قاعدة أمريكية بالأردن وقتلت 3 جنود."),
     "2024-01-28", "press: the attack told as the cause of the strikes keeps its own day"),
    (("ضربت واشنطن مواقع في سوريا والعراق، ردا على مسيرة أصابت قاعدة أمريكية بالأردن وقتلت 3 جنود.",),
     ("us_strike", "الأردن", "قاعدة أمريكية بالأردن", "ضربت واشنطن مواقع في سوريا والعراق، ردا على مسيرة أصابت قاعدة أمريكية بالأردن وقتلت 3 جنود."),
     "", "trap: a strike row at the attack's place is not the attack"),
    (("هاجمت مسيرة موقعا أمريكيا في الأردن على غرار الهجوم الذي قتل 3 جنود بمسيرة.",),
     ("attack", "الأردن", "موقعا أمريكيا في الأردن", "هاجمت مسيرة موقعا أمريكيا في الأردن على غرار الهجوم الذي قتل 3 جنود بمسيرة."),
     "", "trap: a likeness cue compares another attack with the incident"),
    (("وقصفت الكتائب قبل يومين بنحو ثلاثين صاروخا قاعدة في كركوك فقتل مواطن أمريكي.",),
     ("attack", "كركوك", "قاعدة في كركوك", "وقصفت الكتائب قبل يومين بنحو ثلاثين صاروخا قاعدة في كركوك فقتل مواطن أمريكي."),
     "2019-12-27", "press: the rockets on K1 told further down a page on the strikes that answered them"),
    (("سقطت صواريخ مساء الأحد على قاعدة في كركوك وقتل مواطن أمريكي.",),
     ("attack", "كركوك", "قاعدة في كركوك", "سقطت صواريخ مساء الأحد على قاعدة في كركوك وقتل مواطن أمريكي."),
     "", "trap: a Sunday contradicts the Friday of the incident"),
    ((), ("attack", "كركوك", "قاعدة في كركوك", "وقصفت الكتائب قبل يومين بنحو ثلاثين صاروخا قاعدة في كركوك فقتل مواطن أمريكي."),
     "2019-12-27", "dev: a page that has a date gives no lede: the row's own sentence is enough"),
    # --- session 25: an event row of the lede incident's type at its place, told without its keys (press) ---
    (("قتل القيادي في النجباء أبو تقوى بضربة مسيرة على مقر في بغداد.", "وقالت الشرطة إن الغارة أصابت مبنى في شرق بغداد."),
     ("us_strike", "بغداد", "مبنى في شرق بغداد", "وقالت الشرطة إن الغارة أصابت مبنى في شرق بغداد."),
     "2024-01-04", "press: the strike of the lede told again without the victim's name"),
    (("قتل القيادي في النجباء أبو تقوى بضربة مسيرة على مقر في بغداد.", "وقالت الشرطة إن الغارة أصابت مبنى في شرق بغداد."),
     ("attack", "بغداد", "مبنى في شرق بغداد", "وقالت الشرطة إن الغارة أصابت مبنى في شرق بغداد."),
     "", "trap: a row of another type at the place"),
    (("قتل القيادي في النجباء أبو تقوى بضربة مسيرة على مقر في بغداد.", "وذلك بعد غارة أمريكية على بغداد."),
     ("us_strike", "بغداد", "بغداد", "وذلك بعد غارة أمريكية على بغداد."),
     "", "trap: a background cue makes the row another strike"),
]

INCIDENT_STABLE_CASES = [
    # --- session 25: a yearless or relative month that every day of writing the lede allows resolves alike (press) ---
    (("قتل القيادي في النجباء أبو تقوى بضربة مسيرة على مقر في بغداد.", "وفي منتصف كانون الأول حمل وزير الدفاع الفصيل مسؤولية الهجمات."),
     "منتصف كانون الأول", "2023-12", "press: a yearless month before an incident of early January"),
    (("قتل القيادي في النجباء أبو تقوى بضربة مسيرة على مقر في بغداد.", "وقال مسؤول إن الفصيل هاجم القوات الأمريكية الشهر الماضي."),
     "الشهر الماضي", "2023-12", "press: the month before, a week either way of early January"),
    (("قتل القيادي في النجباء أبو تقوى بضربة مسيرة على مقر في بغداد.", "وأضاف أن الحركة أعلنت قبل يومين عن هجوم."),
     "قبل يومين", "", "trap: two days before the unknown day of writing"),
    (("قتل ثلاثة جنود أمريكيين بمسيرة على البرج 22 في الأردن.", "وكان البنتاغون قد أحصى الشهر الماضي عشرات الهجمات."),
     "الشهر الماضي", "", "trap: an incident of late January: the page may be written in February"),
    (("سقطت قذيفة على قاعدة في سوريا.", "وفي منتصف كانون الأول سقطت أخرى."),
     "منتصف كانون الأول", "", "trap: no known incident anchors the page"),
]

INCIDENT_TOLD_PUB_CASES = [
    # --- session 25: a known incident told anywhere, dated by «أمس/اليوم + its weekday» at its place (press) ---
    (("أعلنت فصائل عراقية اليوم الأحد أنها قصفت هدفا في الجولان.",
      "وقال مسؤول أمريكي إن جنودا جرحوا في قصف طال عين الأسد أمس السبت.",
      "تهاني للفريق الفائز.",
      "وأوضحت القيادة المركزية أن فصائل أطلقت على القاعدة صواريخ باليستية."),
     "2024-01-21", "press: the ballistic missiles of a Saturday on Ain al-Asad, keys two paragraphs after the day"),
    (("أطلقت خمسة صواريخ مساء اليوم الأربعاء نحو قاعدة عين الأسد.",
      "وكانت مسيرتان قد استهدفتا مركزا دبلوماسيا في مطار بغداد منذ الاثنين."),
     "2022-01-05", "press: a second incident of the lede has no day of its own"),
    (("وقال مسؤول أمريكي إن جنودا جرحوا في قصف طال عين الأسد أمس الجمعة.",
      "وأوضحت القيادة المركزية أن فصائل أطلقت على القاعدة صواريخ باليستية."),
     "", "trap: a Friday is not the incident's Saturday"),
    (("وقال مسؤول أمريكي إن جنودا جرحوا في قصف طال عين الأسد أمس السبت.",
      "وأوضحت القيادة المركزية أن فصائل أطلقت على القاعدة صواريخ."),
     "", "trap: without the ballistic missiles the keys do not tell the incident"),
    (("أعلنت فصائل عراقية اليوم الاثنين أنها قصفت هدفا في الجولان.",
      "وقال مسؤول أمريكي إن جنودا جرحوا في قصف طال عين الأسد أمس السبت.",
      "وأوضحت القيادة المركزية أن فصائل أطلقت على القاعدة صواريخ باليستية."),
     "", "trap: a Monday of writing contradicts the Sunday the incident gives"),
    (("توعد ترامب بالرد عقب مقتل جنديين أمريكيين ومترجم في سوريا.", "وقال البنتاغون اليوم السبت إن الكمين وقع قرب تدمر."),
     "2025-12-13", "press: a cue before the keys in another sentence does not matter; the ambush of Palmyra"),
    (("قتل جنديان أمريكيان ومترجم مدني في سوريا.", "وأعلن ترامب اليوم السبت ضربات بالرد على كمين تدمر."),
     "", "trap: a cue before the place: the weekday dates the reply, not the ambush"),
]
