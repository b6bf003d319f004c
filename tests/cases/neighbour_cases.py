"""Case table for the place an act takes from a neighbouring sentence (:mod:`rasd.neighbour_places`,
:mod:`rasd.mentioned_bases`, the incident merge of :mod:`rasd.incidents`).

Every sentence is written for the tests (never copied from an article). Labels:
``press`` (a form seen in real pages of the search tool's ``pages`` corpus),
``trap`` (a near miss that must not fire), ``dev``, ``bug``.

NEIGHBOUR_PLACE_CASES rows: ``(label, origin, text, type, places)`` — the places, in order,
of the event rows of ``type`` that :func:`rasd.events.extract_events` gives for ``text`` on a
page with no date (``""``: no place).
"""

from __future__ import annotations

NEIGHBOUR_PLACE_CASES = [
    # session 23: an earlier act kept apart by its unresolved day whose target points back to a base («تعرضت القاعدة
    # نفسها يوم الأربعاء الماضي») takes the base of the act told before it (dev: blindA hd02, heldout11 hm02)
    ("base-anaphor-earlier-day", "dev", "تعرضت قاعدة التنف لهجوم بطائرات مسيرة صباح اليوم الاثنين. وكانت القاعدة نفسها قد تعرضت يوم الأربعاء الماضي لهجوم مماثل.", "attack", ["التنف", "التنف"]),
    ("base-anaphor-no-base-before-trap", "trap", "أطلق مسلحون صواريخ على القوات الأمريكية في سوريا صباح اليوم الاثنين. وكانت القاعدة قد تعرضت يوم الأربعاء الماضي لهجوم مماثل.", "attack", ["سوريا", ""]),
    # session 23: a recalled act whose place is told in the next sentence, after a definite act noun or an
    # indefinite strike noun with a US adjective (dev: heldout14 hq02, heldout h15, d_h7A hg02; press: ev22a_real)
    ("killed-in-us-strike-next", "dev", "وسقطت صواريخ إيرانية على قاعدة عين الأسد ردا على مقتل قاسم سليماني. وكان سليماني قد لقي حتفه في ضربة جوية أمريكية قرب مطار بغداد.", "us_strike", ["مطار بغداد"]),
    ("definite-dual-strikes-next", "dev", "وقال الوزير إن طائرات أمريكية قصفت مواقع للحرس الثوري ردا على الهجمات. وأضاف أن الضربتين طالتا مخزنا للأسلحة قرب مدينة البوكمال.", "us_strike", ["البوكمال"]),
    ("definite-attacks-next", "press", "بدأ التصعيد بقصف القواعد بالصواريخ عن بعد وإرسال الطائرات المسيرة المفخخة. وقد جاءت الهجمات أمس على القاعدة الأمريكية في حقل العمر لتؤكد ذلك.", "attack", ["حقل العمر"]),
    ("own-place-kept-trap", "trap", "استهدفت غارة أمريكية مقرا للفصائل في القائم. وأضاف المصدر أن الغارة دمرت مخزنا قرب البوكمال.", "us_strike", ["القائم"]),
    ("indefinite-strike-no-us-adjective-trap", "trap", "وردت واشنطن بضرب مواقع للفصائل ردا على الهجوم. وتحدثت مصادر عن غارات مجهولة على مواقع قرب البوكمال.", "us_strike", [""]),
    ("other-act-noun-trap", "trap", "وردت واشنطن بضرب مواقع للفصائل ردا على الهجوم. وكانت قاعدة عين الأسد قد تعرضت لهجوم صاروخي.", "us_strike", [""]),
    # --- session 27: an interception pointing back to an attack is a row of its own, at the base a bare «القاعدة» points back to (press) ---
    ("interception-points-back-to-attack", "press", "قالت مصادر محلية إن قاعدة التنف تعرضت لهجوم بمسيرة انتحارية. وأسقطت القوات الأمريكية المسيرة في الصحراء بمحيط القاعدة قبل بلوغها الهدف.", "interception", ["التنف"]),
    ("interception-bare-base-named-before", "press", "أطلقت الفصائل صواريخ من بلدة زمار نحو قاعدة أمريكية في سوريا. وحلقت طائرة مسيرة فوق القاعدة الأمريكية في مطار خراب الجير. وأوضح المرصد أن الدفاعات الجوية بالقاعدة تصدت للمسيرة وأسقطتها.", "interception", ["خراب الجير"]),
    ("interception-own-place-kept-trap", "trap", "تعرضت قاعدة التنف لهجوم بمسيرة. وأسقطت الدفاعات مسيرة ثانية فوق مطار أربيل بعيدا عن القاعدة.", "interception", ["مطار أربيل"]),
    ("interception-no-base-named-trap", "trap", "استهدفت الفصائل القوات الأمريكية في سوريا بمسيرة. وأسقطت الدفاعات الجوية في القاعدة المسيرة.", "interception", ["سوريا"]),
    ("failed-interception-long-subject-trap", "trap", "قتل ثلاثة جنود في هجوم بمسيرة على البرج 22 في الأردن. وفتح البنتاغون تحقيقا في إخفاق منظومة الدفاع الجوي في البرج \"تي 22\" في اعتراض المسيرة.", "interception", []),
    # --- session 27: «ما إذا» is "whether" (an indirect question), not a condition; «إذا ما» stays one (press) ---
    ("whether-clause-not-conditional", "press", "أسقطت الدفاعات الجوية في قاعدة عين الأسد مسيرة فوق المدرج، ولم يتضح ما إذا كانت تحمل متفجرات.", "interception", ["عين الأسد"]),
    ("if-ever-still-conditional-trap", "trap", "وقال المسؤول إنه إذا ما أسقطت الدفاعات في قاعدة عين الأسد أي مسيرة فسترد الفصائل.", "interception", []),
    # --- session 27: a series placed nowhere does not swallow the act at a base told after it (dev) ---
    ("series-nowhere-then-base-act", "press", "ومنذ أسابيع تتعرض القواعد الأمريكية في البلدين لهجمات متكررة تشنها الفصائل. كما ضربت الفصائل القاعدة الأمريكية في مطار خراب الجير.", "attack", ["", "خراب الجير"]),
    ("series-at-base-then-detail-trap", "trap", "تعرضت قاعدتا خراب الجير وحقل العمر لهجمات صاروخية. وفي البداية سقطت صواريخ على قاعدة خراب الجير قرب رميلان.", "attack", ["خراب الجير"]),
    # --- session 27: the act told again at a base in the governorate or area named first is at that base (press) ---
    ("area-then-base", "press", "استهدفت مسيرة قاعدة أمريكية في شمال شرق سوريا. وأضافت المصادر أن الهجوم طال قاعدة خراب الجير.", "attack", ["خراب الجير"]),
    ("governorate-then-base", "press", "سقطت صواريخ على موقع في محافظة الأنبار. وأوضح المصدر أن الهجوم استهدف قاعدة عين الأسد.", "attack", ["عين الأسد"]),
    ("city-kept-trap", "trap", "سقطت صواريخ على موقع في بغداد. وأوضح المصدر أن الهجوم استهدف معسكر التاجي.", "attack", ["بغداد"]),
    # --- session 27: an attack placed nowhere whose sentence points back with «القاعدة» is at the base named before it (press) ---
    ("attack-bare-base-named-before", "press", "تضم قاعدة عين الأسد مئات الجنود الأمريكيين. وقد استهدفت الفصائل القاعدة بصاروخين.", "attack", ["عين الأسد"]),
    ("attack-base-adjective-named-before", "press", "تقع قاعدة حرير شمال أربيل. وتعرضت القاعدة الأمريكية أمس لهجوم بطائرة مسيرة.", "attack", ["حرير"]),
    ("al-qaeda-no-base-trap", "trap", "تضم قاعدة عين الأسد مئات الجنود الأمريكيين. وقد أطلق عناصر القاعدة صاروخين على موكب للجيش.", "attack", [""]),
    ("no-anaphor-trap", "trap", "تضم قاعدة عين الأسد مئات الجنود الأمريكيين. وهاجم مسلحون دورية للجيش بصاروخين.", "attack", [""]),
]
