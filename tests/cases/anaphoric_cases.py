"""Case table for the dates an undated text fixes from another date it prints (:mod:`rasd.anaphoric_dates`).

ANAPHORIC_CASES rows: ``(text, expr, iso, origin)`` — the iso of the mention written ``expr`` once
the text is read without a publication date (``""``: no mention, or left unresolved).
Origins: press = a construction of Arabic news pages that print no date, in a sentence of our own;
trap = a near miss that must stay unresolved. Calendar: 2023-11-12 is a Sunday, 2024-11-12 a Tuesday.
"""

ANAPHORIC_CASES = [
    # --- session 26: «في اليوم التالي / نفسه / ذاته / السابق» counts from the date told just before (press) ---
    ("قصفت مسيرة قاعدة الحرير في 14 تشرين الثاني 2023. وفي اليوم التالي سقطت صواريخ قرب المطار",
     "اليوم التالي", "2023-11-15", "press: the day after the full date of the sentence before"),
    ("أعلن الجيش إسقاط مسيرتين في 3 شباط 2024، وفي اليوم نفسه تبنت جماعة مسلحة الهجوم",
     "اليوم نفسه", "2024-02-03", "press: the same day as the date told before"),
    ("تعرضت القاعدة لهجوم فجر 9 كانون الثاني 2020، وفي مساء اليوم السابق دوت صفارات الإنذار",
     "مساء اليوم السابق", "2020-01-08", "press: a time of day before the day noun, one day back"),
    ("في 5 آذار 2024 هاجمت مسيرة الموقع. وفي اليوم التالي أغارت طائرات على المنطقة، وفي اليوم التالي أعلنت الفصائل ردها",
     "اليوم التالي", "2024-03-06", "press: the first of two chained days after"),
    ("في 5 آذار 2024 هاجمت مسيرة الموقع. وفي اليوم التالي أغارت طائرات على المنطقة، وفي اليوم نفسه أعلنت الفصائل ردها",
     "اليوم نفسه", "2024-03-06", "press: a phrase counts from the phrase resolved before it"),
    # --- session 26: «في الشهر نفسه / ذاته / التالي» takes the month of the date told before (press) ---
    ("استهدفت الفصائل قاعدة التنف في 10 تشرين الثاني 2023. وفي الشهر نفسه ضربت واشنطن مواقع في البوكمال",
     "الشهر نفسه", "2023-11", "press: the month of the full date before"),
    ("بدأت الهجمات في تشرين الأول 2023، وفي الشهر التالي ردت الطائرات الأمريكية",
     "الشهر التالي", "2023-11", "press: the month after a month-year"),
    # --- session 26: «بعد/قبل N أيام من + definite act» counts from the date told before (press) ---
    ("هاجمت الفصائل موقعا في 18 تشرين الأول 2023، وبعد يومين من الهجوم ردت الطائرات بغارات",
     "بعد يومين من الهجوم", "2023-10-20", "press: two days after the dated act"),
    ("نفذت واشنطن ضرباتها في 2 شباط 2024. وبعد ثلاثة أيام من الضربات قصفت الفصائل قاعدة حرير",
     "بعد ثلاثة أيام من الضربات", "2024-02-05", "press: a count word and the plural of day"),
    ("قُتل ثلاثة جنود في 28 كانون الثاني 2024، أي قبل يوم من الزيارة المقررة",
     "قبل يوم من الزيارة", "2024-01-27", "press: one day before, back from the date told before"),
    # --- session 26: a yearless day naming its weekday, the year fixed by a printed month-year (press) ---
    ("بدأت الهجمات في تشرين الأول 2023. وفي الأحد 12 تشرين الثاني قصفت مسيرة قاعدة الشدادي",
     "الأحد 12 تشرين الثاني", "2023-11-12", "press: Sunday 12 November falls in 2023 only, of 2022-2024"),
    # --- session 31: a month printed with its year is no reference of the yearless days (traps; the rule is withdrawn, see ANAPHORIC_XFAIL_CASES) ---
    ("تتواصل الهجمات منذ تشرين الأول 2023. وفي 12 تشرين الثاني قصفت مسيرة قاعدة الشدادي",
     "12 تشرين الثاني", "", "trap: a month-year after «منذ» opens a period, no reference"),
    ("بدأت الهجمات في تشرين الأول 2023. وفجر الأحد قصفت مسيرة قاعدة الشدادي",
     "وفجر الأحد", "", "trap: a month is no reference for a bare weekday"),
    # --- session 26: traps ---
    ("ناقش الوزراء في 5 آذار 2024 خطة اليوم التالي للحرب في غزة",
     "اليوم التالي", "", "trap: «اليوم التالي لـ» names the day after a war, not a date"),
    ("وقال المتحدث في 5 آذار 2024 إن الانسحاب يبدأ بعد يومين من الآن",
     "بعد يومين من الآن", "", "trap: counted from the day of writing, which is unknown"),
    ("قال المصدر إن الصواريخ سقطت، وفي اليوم التالي أعلنت الفصائل مسؤوليتها",
     "اليوم التالي", "", "trap: no date told before the phrase"),
    ("سقطت صواريخ ليل الجمعة السبت على القاعدة، وفي اليوم التالي أعلنت الفصائل مسؤوليتها",
     "اليوم التالي", "", "trap: the date told just before is a night without a day"),
    ("استهدفت مسيرة المطار في 4 آذار 2024.\nوفي اليوم التالي انعقد مجلس الأمن",
     "اليوم التالي", "", "trap: the date is in another paragraph"),
    ("هاجمت الفصائل قاعدة عين الأسد منذ 17 تشرين الأول 2023، وفي اليوم التالي أعلنت مسؤوليتها",
     "اليوم التالي", "", "trap: the date told before opens a period (منذ)"),
    ("وقع الهجوم في 18 تشرين الأول 2023، وبعد يومين من هجوم مماثل ردت الطائرات",
     "بعد يومين من هجوم", "", "trap: an indefinite act is a new one, not the dated one"),
    ("بدأت الهجمات في تشرين الأول 2023. وفي الاثنين 12 تشرين الثاني قصفت مسيرة قاعدة",
     "الاثنين 12 تشرين الثاني", "", "trap: no year from 2022 to 2024 has a Monday 12 November"),
    ("وفي الأحد 12 تشرين الثاني قصفت مسيرة قاعدة الشدادي",
     "الأحد 12 تشرين الثاني", "", "trap: the text prints no year at all"),
    # --- session 26: a bare weekday counts back only from a full date told as news (trap|press) ---
    ("أعلنت القيادة فجر الأربعاء ضربة على مخزن أسلحة.\nوتتكرر الهجمات منذ أن بدأت الحرب في 7 تشرين الأول 2023 على غزة",
     "فجر الأربعاء", "", "trap: the only full date is background in another paragraph, after «منذ»"),
    ("أعلنت القيادة فجر الأربعاء ضربة، وتتكرر الهجمات منذ اندلاع الحرب في 7 تشرين الأول 2023",
     "فجر الأربعاء", "", "trap: a full date a few words after «منذ» opens a period told as background"),
    ("أعلن الجيش فجر الاثنين تدمير منصة صواريخ.\nوكانت وكالة أنباء قد نقلت الخبر الثلاثاء 9 كانون الثاني 2024",
     "فجر الاثنين", "2024-01-08", "press: a full date naming its own weekday anchors a weekday of another paragraph"),
    ("تأسست القاعدة عام 2014، وفي الخميس 12 شباط انسحبت منها القوات",
     "الخميس 12 شباط", "", "trap: a bare year is background (Thursday 12 February fits 2015, next to it)"),
    ("تتكرر الهجمات منذ تشرين الأول 2023. وفي الأحد 12 تشرين الثاني قصفت مسيرة قاعدة",
     "الأحد 12 تشرين الثاني", "", "trap: a month after «منذ» opens a period and gives no year"),
]

# DATED_ANAPHORIC_CASES rows: ``(text, published, expr, iso, origin)`` — the same phrases on a page that prints
# its date (:func:`rasd.anaphoric_dates.point_back_dated`): they count from the date told before them, which
# may stand in an earlier paragraph, never from the day of writing. Calendar: 2023-10-25 is a Wednesday.
DATED_ANAPHORIC_CASES = [
    # --- session 27: «في اليوم ذاته / التالي» on a dated page counts from the date told before, across paragraphs (press|dev|trap) ---
    ("أصيب جنود يوم 18 أكتوبر في هجوم على التنف.\nوأسقطت القوات مسيرة.\nوفي اليوم ذاته، استهدفت مسيرة قاعدة عين الأسد",
     "2023-10-25", "اليوم ذاته", "2023-10-18", "dev: the day told two paragraphs before, not the day of writing"),
    ("أعلنت الجماعة الأحد أنها قصفت هدفا.\nوفي اليوم نفسه، قالت إنها ضربت قاعدة في الجولان",
     "2023-10-25", "اليوم نفسه", "2023-10-22", "press: a bare weekday told in the paragraph before"),
    ("قصفت مسيرة قاعدة حرير مساء الاثنين، وفي صباح اليوم التالي سقطت صواريخ قرب المطار",
     "2023-10-25", "صباح اليوم التالي", "2023-10-24", "press: the day after a weekday of the same sentence"),
    ("سقطت صواريخ ليل الجمعة السبت على القاعدة.\nوفي اليوم التالي أعلنت الفصائل مسؤوليتها",
     "2023-10-25", "اليوم التالي", "", "trap: the date told before is a night of two days"),
    ("تتعرض القواعد لهجمات منذ 17 تشرين الأول.\nوفي اليوم ذاته ضربت مسيرة قاعدة التنف",
     "2023-10-25", "اليوم ذاته", "", "trap: the date told before opens a period (منذ)"),
]

# session 31 (yr31, withdrawn by the lead): with no full date, a month printed with its year as the
# reference of the yearless days. No development page has the shape, and over the blind pages the rule
# wrote 6 wrong dates for 2 right ones (a month-year of the story's start is often another year than the
# yearless days of the news). Kept as known failures until a development set supports the rule.
ANAPHORIC_XFAIL_CASES = [
    ("بدأت الهجمات على القواعد في تشرين الأول 2023. وفي 12 تشرين الثاني قصفت مسيرة قاعدة الشدادي",
     "12 تشرين الثاني", "2023-11-12", "press: the month-year told before fixes the year"),
    ("تصاعد القصف في كانون الأول 2023، وفي الرابع من كانون الثاني استهدفت غارة مقرا في بغداد",
     "الرابع من كانون الثاني", "2024-01-04", "press: the nearest year reaches into the next one"),
]
