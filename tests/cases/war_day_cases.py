"""Case tables for the day count of a war (:mod:`rasd.pub_war_days`).

Every sentence is written for the tests (never copied from an article). Labels:
``press`` (a form seen in real pages of the search tool's ``pages`` corpus),
``trap`` (a near miss that must not fire), ``dev``, ``bug``.

WAR_DAY_PUB_CASES rows: ``(paragraphs, iso, origin)`` — :func:`infer_war_day_published`
(``""``: nothing inferred).
"""

from __future__ import annotations

WAR_DAY_PUB_CASES = [
    # --- session 28: a running day count of the Gaza war and the weekday of writing (press) ---
    (("أعلن فصيل عراقي اليوم الأحد أنه قصف موقعا أمريكيا قرب الحدود.", "وقال إن ذلك نصرة لأهل غزة في وجه حرب دخلت يومها الـ114."),
     "2024-01-28", "press: «يومها الـ114» counts 7 October 2023 as day 1"),
    (("تبنى الفصيل اليوم الأحد قصف القاعدة، مؤكدا مواصلة الرد على ما يجري في القطاع منذ 114 يوما.",),
     "2024-01-28", "press: «منذ 114 يوما» in the statement of the day"),
    (("قصفت طائرات مسيرة قاعدة التنف صباح اليوم الأحد.", "ويتواصل العدوان على قطاع غزة لليوم الـ 100 على التوالي."),
     "2024-01-14", "press: «لليوم الـ 100 على التوالي», a space after «الـ»"),
    (("قال وزير الخارجية اليوم الجمعة إن المفاوضات متعثرة.", "وتدخل الحرب الروسية على أوكرانيا يومها الـ100."),
     "2022-06-03", "press: another war of the data file (day 100 fell on Friday 3 June 2022)"),
    (("أعلن فصيل عراقي الأحد أنه قصف موقعا أمريكيا.", "وقال إن ذلك نصرة لأهل غزة في حرب دخلت يومها الـ114."),
     "", "trap: a bare weekday is no weekday of writing (the count may be a statement's of another day)"),
    (("أعلن فصيل عراقي اليوم الثلاثاء أنه قصف موقعا أمريكيا.", "وقال إن ذلك نصرة لأهل غزة في حرب دخلت يومها الـ114."),
     "", "trap: neither day 114 nor the day after is a Tuesday"),
    (("أعلن مسؤول اليوم الأحد أن المشروع بلغ يومه الـ114 دون تأخير.",),
     "", "trap: a count in a sentence naming no war"),
    (("أعلن فصيل عراقي اليوم الأحد أنه قصف موقعا أمريكيا.", "وقال إن الحرب على غزة دخلت يومها الـ114.",
      "وكان الفصيل قد هاجم القاعدة في 2 شباط 2024."),
     "", "trap: a full date of the text after the day"),
]
