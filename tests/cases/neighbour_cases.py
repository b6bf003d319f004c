"""Case table for the place an act takes from the sentence after it (:mod:`rasd.neighbour_places`).

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
]
