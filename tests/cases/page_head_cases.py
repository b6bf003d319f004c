"""Case tables for the opening lines of real pages (:mod:`rasd.page_heads`).

Every sentence is written for the tests (never copied from an article). Labels:
``press`` (a form seen in real pages of the search tool's ``pages`` corpus),
``trap`` (a near miss that must not fire), ``dev``, ``bug``.

HEADLINE_CASES rows: ``(text, headline, origin)`` — the headline :func:`analyse_text` picks.
KIND_CASES rows: ``(text, line, kind, origin)`` — the kind of one line of ``text``.
PUBLISHED_CASES rows: ``(text, published, origin)`` — the publication date a JSON
record with only this text gets (no date field, no URL).
PRIORITY_CASES rows: ``(text, date_field, url, published, source, origin)`` — the publication
date and its source when a JSON record also has a date field and a URL (``None``: absent).
LEDE_DATE_CASES rows: ``(paragraphs, iso, origin)`` — :func:`find_lede_date` (``None``: no date).
INFER_CASES rows: ``(paragraphs, iso, origin)`` — :func:`infer_published` (``""``: nothing inferred).
"""

from __future__ import annotations

# session 20: outlet datelines, glued stamps, ledes, section labels and dated openings
HEADLINE_CASES = [
    # session 23: a first line that goes on with و + a verb is running text (an excerpt cut
    # after its headline), even with no full stop at its end
    ('وقالت القيادة المركزية الأمريكية في بيان اليوم الخميس إن طائراتها دمرت مستودعا للأسلحة "تستخدمه جماعات موالية لإيران"\n\n'
     "وأضافت أن الضربة لم توقع إصابات.",
     "", "press: a first line opening with وقالت and ending in a quotation"),
    ("واشنطن تقصف مواقع لفصائل موالية لإيران قرب الحدود\nوقالت وزارة الدفاع إن الضربات دقيقة.",
     "واشنطن تقصف مواقع لفصائل موالية لإيران قرب الحدود", "trap: a headline with a verb but no و stays the headline"),
    # session 22: a one-line excerpt (a whole paragraph cut off mid-word) is not the headline
    ("أصيب ثلاثة جنود في هجوم على قاعدة جوية في غرب البلاد أمس وسط توتر في المنطقة ونقلت وكالة "
     "أنباء عن مسؤولين أن أحد الجنود أصيب بجروح خطيرة وذكروا أن الحصيلة أولية يمكن أن تتغير في "
     "وقت أفاد فيه مصدران أمنيان بأنه تم إطلاق صاروخين على القاعدة وذكر أحد المصدرين أن الصاروخين سقطا داخ",
     "", "press: a 60-word line cut off by the excerpt"),
    ("وصول تعزيزات عسكرية أمريكية جديدة إلى قاعدة قرب الحدود العراقية السورية وسط توتر متصاعد في المنطقة\n"
     "قالت مصادر إن التعزيزات وصلت فجرا.",
     "وصول تعزيزات عسكرية أمريكية جديدة إلى قاعدة قرب الحدود العراقية السورية وسط توتر متصاعد في المنطقة",
     "trap: a long headline of 16 words stays the headline"),
    # session 21: furniture lines above the headline (press, f-z real pages)
    ("الخميس 31 أكتوبر 2024 الموافق 28 ربيع الثاني 1446\nرئيس مجلس الإدارة\nفلان الفلاني\n\n"
     "صواريخ على قاعدة في دير الزور\n\nسقطت صواريخ قرب قاعدة أمريكية في دير الزور.",
     "صواريخ على قاعدة في دير الزور", "press: a site header date and masthead above the headline"),
    ("أخبار عربية ودولية\nتعزيزات عسكرية تصل إلى قاعدة قرب الحدود\nقالت مصادر محلية إن التعزيزات وصلت فجرا.",
     "تعزيزات عسكرية تصل إلى قاعدة قرب الحدود", "press: a section label made of section words"),
    ("عناوين و أخبار\nالأخبار الأكثر قراءة\n03-Feb-2021\nسقوط قذيفة قرب قاعدة جوية\nقال مصدر إن القذيفة لم توقع إصابات.",
     "سقوط قذيفة قرب قاعدة جوية", "press: a section label and a most-read box label above the date line"),
    ("سياسة واشنطن في سوريا تتغير\nقال محللون إن الإدارة تراجع وجودها العسكري.",
     "سياسة واشنطن في سوريا تتغير", "trap: a headline opening with a section word"),
    ("info@example.com\nعرب وعالم\n\nانفجار قرب قاعدة جوية في الصحراء\n\nقال مصدر إن الانفجار وقع ليلا.",
     "انفجار قرب قاعدة جوية في الصحراء", "press: a contact e-mail line above the headline"),
    ("×\n● أخبار محلية\n٠٥ مارس ٢٠٢٤\nوصول تعزيزات إلى قاعدة قرب الحدود\nقالت مصادر إن التعزيزات وصلت ليلا.",
     "وصول تعزيزات إلى قاعدة قرب الحدود", "press: a close-button symbol line before the headline"),
    ("منذ 3 ساعات\nسقط صاروخ قرب معسكر للقوات الأجنبية، بحسب مصدر أمني.\nوقال المصدر إن الصاروخ لم يوقع إصابات.",
     "", "press: a relative time stamp is not the headline"),
    ("Mar ٠٣, ٢٠٢١ ١١:٤٠ Asia/Baghdad\n\nأعلنت قيادة العمليات أن صاروخين سقطا قرب المطار.\n\nوقالت إن التحقيق بدأ.",
     "", "press: an English date line with a zone name is not the headline"),
    ("الرئيسية / أخبار سوريا\nقصف مدفعي على قاعدة قرب الحدود\nقال مصدر محلي إن القصف استمر ساعة.",
     "قصف مدفعي على قاعدة قرب الحدود", "press: breadcrumb above the headline"),
    ("الرئاسة العراقية تدين القصف على أربيل\nأدانت الرئاسة العراقية القصف الذي طال أربيل.",
     "الرئاسة العراقية تدين القصف على أربيل", "trap: a headline opening with الرئاسة is not a breadcrumb"),
    ("وكالة الرافدين - الموصل\n\nذكر مصدر في الشرطة أن عبوة انفجرت قرب دورية للجيش.",
     "", "press: 'outlet - place' dateline opening the page is not the headline"),
    ("البصرة- نبض الخليج\n\nأعلن مصدر أمني أن صاروخا سقط قرب معسكر للقوات الأجنبية.",
     "", "press: 'place - outlet' dateline"),
    ("كركوك-(رويترز):\nقال مسؤول محلي إن طائرة مسيرة سقطت قرب قاعدة جوية.",
     "", "press: place and agency in parentheses with a colon"),
    ("دمشق/وكالة الأنباء المحلية//\nوصلت شاحنات عسكرية إلى قاعدة في ريف الحسكة.",
     "", "press: place and agency joined by slashes"),
    ("وصلت شاحنات عسكرية أمريكية إلى قاعدة قرب الحدود.\nوذكرت مصادر محلية أن الرتل ضم عشرين آلية.",
     "", "press: the lede (full stop, next line opens with و) is not a headline"),
    ("الأردن/ مقتل جنديين في هجوم على موقع حدودي\nقتل جنديان في هجوم بطائرة مسيرة.",
     "الأردن/ مقتل جنديين في هجوم على موقع حدودي", "trap: headline whose first word is a place before a slash"),
    ("بغداد - واشنطن: جولة حوار جديدة حول الانسحاب\nبدأت في بغداد جولة حوار جديدة.",
     "بغداد - واشنطن: جولة حوار جديدة حول الانسحاب", "trap: headline with two places and a colon"),
    ("هجوم جديد على قاعدة في الصحراء.\nأعلن مصدر عسكري أن الهجوم لم يوقع إصابات.",
     "هجوم جديد على قاعدة في الصحراء.", "trap: a short first line with a full stop, next line not opening with و"),
]

KIND_CASES = [
    ("عنوان خبر عن قصف قاعدة عسكرية\nنص الخبر عن القصف.\nإظهار أخبار متعلقة\nنص آخر عن الهجوم.",
     "إظهار أخبار متعلقة", "boilerplate", "press: related-news label between paragraphs"),
    ("عنوان خبر عن قصف قاعدة عسكرية\nنص الخبر عن القصف.\nتُتاح هذه الصورة أيضا في: الإنجليزية",
     "تُتاح هذه الصورة أيضا في: الإنجليزية", "boilerplate", "press: other-language note of a photo"),
    ("عنوان خبر عن قصف قاعدة عسكرية\nنص الخبر عن القصف.\nمناقشة", "مناقشة", "boilerplate",
     "press: comments widget closing the page"),
    ("المقال السابق\nعنوان خبر عن قصف قاعدة عسكرية\nنص الخبر عن القصف.", "المقال السابق", "boilerplate",
     "press: previous-article link label"),
    ("عنوان عن قصف قاعدة عسكرية\nأفاد مصدر أمني بسقوط صاروخين على قاعدة جوية.\nوأضاف المصدر أن القصف لم يوقع إصابات",
     "وأضاف المصدر أن القصف لم يوقع إصابات", "body", "press: the last sentence lost its full stop"),
    ("عنوان عن قصف قاعدة عسكرية\nأفاد مصدر أمني بسقوط صاروخين.\nوسقط صاروخ ثالث قرب البوابة\nوقال المصدر إن التحقيق بدأ.",
     "وسقط صاروخ ثالث قرب البوابة", "body", "press: a short sentence without full stop between paragraphs"),
    ("عنوان عن قصف قاعدة عسكرية\nأفاد مصدر أمني بسقوط صاروخين.\nوزير الدفاع يزور القاعدة\nوقال المصدر إن التحقيق بدأ.",
     "وزير الدفاع يزور القاعدة", "subhead", "trap: a subhead whose first word starts with the letter و"),
    ("هجوم بطائرة مسيرة على قاعدة قرب المطار\nمحليات:\nاستهدف هجوم بطائرة مسيرة قاعدة جوية.",
     "محليات:", "boilerplate", "press: section label before the story"),
    ("عنوان خبر عن قصف قاعدة عسكرية\nنص الخبر الأول عن القصف.\nوأضاف:\n\"لن نسكت عن هذا\".",
     "وأضاف:", "body", "trap: a one-word line with a colon inside the body is not a section label"),
    ("عنوان خبر عن قصف قاعدة عسكرية\n09:15 - 3 مارس 2022أعلن الجيش أن صاروخين سقطا قرب القاعدة.",
     "09:15 - 3 مارس 2022", "dateline", "press: time and date stamp glued to the lede"),
    ("عنوان خبر عن قصف قاعدة عسكرية\n09:15 - 3 مارس 2022أعلن الجيش أن صاروخين سقطا قرب القاعدة.",
     "أعلن الجيش أن صاروخين سقطا قرب القاعدة.", "body", "press: the lede after a glued stamp is body"),
    ("عنوان خبر عن قصف قاعدة عسكرية\nسقط 3 صواريخ في 2022وفق مصادر محلية.",
     "سقط 3 صواريخ في 2022وفق مصادر محلية.", "body", "trap: a year glued to a word inside a sentence"),
]

PUBLISHED_CASES = [
    # --- session 25: a byline label and the author's name before the date on one line (press) ---
    ("قصف على قاعدة قرب الحدود\nكتب: سامر يوسف الأحد 13 تشرين الأول 2024 09:20 م\n\nسقطت قذائف قرب القاعدة.",
     "2024-10-13", "press: كتب: + a name + weekday, date and clock time"),
    ("قصف على قاعدة قرب الحدود\nتحرير:ليلى حداد ١٢ يناير ٢٠٢٢ - ٠٣:١٠ م\n\nسقطت قذائف قرب القاعدة.",
     "2022-01-12", "press: تحرير: glued to the name, Arabic-Indic digits"),
    ("قصف على قاعدة قرب الحدود\nبقلم رامي خليل 8 آب 2023\n\nسقطت قذائف قرب القاعدة.",
     "2023-08-08", "press: بقلم + a name + date (a byline widget line keeps its date)"),
    ("قصف على قاعدة قرب الحدود\nBy Rami Khalil August 8, 2023\n\nسقطت قذائف قرب القاعدة.",
     "2023-08-08", "press: an English byline, month before the day"),
    ("قصف على قاعدة قرب الحدود\nكتب ترامب في 8 آب 2023\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: كتب + a subject + في before the date is running text"),
    ("قصف على قاعدة قرب الحدود\nكتب المحلل الأمريكي المعروف جون سميث في مقاله 8 آب 2023\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: more than four words between كتب and the date"),
    ("قصف على قاعدة قرب الحدود\nبواسطة رنا سليم | 8 آب 2023\n\nسقطت قذائف قرب القاعدة.",
     "2023-08-08", "press: بواسطة + a name, a bar, then the date"),
    # --- session 25: the author after the date on a date line (press) ---
    ("قصف على قاعدة قرب الحدود\nنشر في 4 شباط 2024 بواسطة فريق التحرير\n\nسقطت قذائف قرب القاعدة.",
     "2024-02-04", "press: نشر في + date + بواسطة + author"),
    ("قصف على قاعدة قرب الحدود\nPosted on February 4, 2024\n\nسقطت قذائف قرب القاعدة.",
     "2024-02-04", "press: the English label «Posted on»"),
    ("قصف على قاعدة قرب الحدود\nسقطت الطائرة في 4 شباط 2024 بواسطة صاروخ\n\nوقال مصدر إن الحطام تناثر.",
     "", "trap: a short line of running text with بواسطة after a date"),
    # --- session 25: a Hijri and a Gregorian date joined by a dash instead of «الموافق» (press) ---
    ("قصف على قاعدة قرب الحدود\nالثلاثاء 9 جمادى الأولى 1445 هـ - 21 نوفمبر 2023\n\nسقطت قذائف قرب القاعدة.",
     "2023-11-21", "press: the Hijri side first"),
    ("قصف على قاعدة قرب الحدود\n21 نوفمبر 2023 م | 8 جمادى الأولى 1445 هـ\n\nسقطت قذائف قرب القاعدة.",
     "2023-11-21", "press: the Gregorian side first, then a bar"),
    # --- session 25: a date line cut by bars or spaced dashes, one field the date (press) ---
    ("قصف على قاعدة قرب الحدود\nأخبار سوريا | الخميس 7 آذار 2024\n\nسقطت قذائف قرب القاعدة.",
     "2024-03-07", "press: a section name beside the date"),
    ("قصف على قاعدة قرب الحدود\nعدد المشاهدات: 87 | 7 آذار 2024\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: an info bar is read from its first field (a counter before the date)"),
    ("قصف على قاعدة قرب الحدود\nرامي خليل | 7 آذار 2024 | 3 دقائق للقراءة\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: a bare name before the date is no section name"),
    ("قصف على قاعدة قرب الحدود\n7 آذار 2024 - آخر تحديث 9 آذار 2024\n\nسقطت قذائف قرب القاعدة.",
     "2024-03-07", "press: the publication date, then the update date on one line"),
    ("قصف على قاعدة قرب الحدود\nاقتحام مبنى البرلمان في العاصمة | 7 آذار 2024\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: running text beside a date (a timeline entry) is no date line"),
    ("قصف على قاعدة قرب الحدود\nالثلاثاء 21 نوفمبر 2023 (8 جمادى الأولى 1445 هـ)\n\nسقطت قذائف قرب القاعدة.",
     "2023-11-21", "press: the Hijri date in brackets after the Gregorian one"),
    ("قصف على قاعدة قرب الحدود\nالثلاثاء، 8 جمادى الأولى 1445هـ، 21 نوفمبر 2023م\n\nسقطت قذائف قرب القاعدة.",
     "2023-11-21", "press: Hijri and Gregorian dates joined by commas, era marks glued"),
    # --- session 27: a Hijri date alone is converted (tabular calendar; a weekday settles a day off) (press) ---
    ("قصف على قاعدة قرب الحدود\nالثلاثاء 8 جمادى الأولى 1445 هـ\n\nسقطت قذائف قرب القاعدة.",
     "2023-11-21", "press: a Hijri date alone, with its weekday"),
    ("قصف على قاعدة قرب الحدود\nمتابعات || صدى نت || 14 جمادى الآخرة 1445هـ\n\nسقطت قذائف قرب القاعدة.",
     "2023-12-27", "press: a section, the site's name and a Hijri date joined by double bars"),
    ("قصف على قاعدة قرب الحدود\nتاريخ النشر: 3 رجب 1445 هـ\n\nسقطت قذائف قرب القاعدة.",
     "2024-01-14", "press: a label before a Hijri date alone"),
    ("قصف على قاعدة قرب الحدود\nتاريخ النشر: الجمعة 3 رجب 1445 هـ\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: a label, then a weekday two days off the tabular day"),
    ("قصف على قاعدة قرب الحدود\n3 رجب 1445 هجري\n\nسقطت قذائف قرب القاعدة.",
     "2024-01-14", "press: a Hijri date alone with the word هجري (tabular day)"),
    ("قصف على قاعدة قرب الحدود\nالجمعة 3 رجب 1445 هـ\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: a weekday two days off the tabular day: no date"),
    ("قصف على قاعدة قرب الحدود\nسقطت قذائف في 3 رجب 1445 هـ\n\nوقال مصدر إن الحطام تناثر.",
     "", "trap: a Hijri date inside running text is no date line"),
    ("قصف على قاعدة قرب الحدود\nرامي خليل | 3 رجب 1445 هـ\n\nسقطت قذائف قرب القاعدة.",
     "", "trap: a bare name before a Hijri date is no section name"),
    ("قصف على قاعدة قرب الحدود\nشفق نيوز | 7 آذار 2024\n\nسقطت قذائف قرب القاعدة.",
     "2024-03-07", "press: the site's name (ending in نيوز) before the date"),
    # --- session 27: a yearless date line above the body, the year from the text (press) ---
    ("قوات تغادر قاعدة قرب الموصل\nالخميس، 26 مارس\n\nأفاد مصدر بأن القوات تغادر القاعدة التي وصلتها في كانون الثاني 2020.",
     "2020-03-26", "press: weekday, day and month on the date line, a year printed in the body"),
    ("قوات تغادر قاعدة قرب الموصل\nالخميس، 26 مارس\n\nأفاد مصدر بأن القوات تغادر القاعدة.",
     "", "trap: a yearless date line with no year in the text"),
    # --- session 27: a section name glued before the date, no separator (press) ---
    ("قصف على قاعدة قرب الحدود\n● أخبار سورية ٣ شباط ٢٠٢٤\n\nسقطت قذائف قرب القاعدة.",
     "2024-02-03", "press: a bullet and a section name before the date"),
    ("قصف على قاعدة قرب الحدود\nأخبار العراق السبت 3 شباط 2024\n\nسقطت قذائف قرب القاعدة.",
     "2024-02-03", "press: a section name, a weekday and the date"),
    ("قصف على قاعدة قرب الحدود\nسقوط صاروخ 3 شباط 2024\n\nوقال مصدر إن الحطام تناثر.",
     "", "trap: two words of running text before a date are no section name"),
    # --- session 25: day, month name and year joined by dots (press) ---
    ("قصف على قاعدة قرب الحدود\n14.أيار.2019\n\nسقطت قذائف قرب القاعدة.",
     "2019-05-14", "press: 14.أيار.2019"),
    # --- session 25: a site header's date of the day is not the story's date (press) ---
    ("آخر الأخبار\nالأحد 6 نيسان 2025\n4 5 6 7\nصواريخ على قاعدة قرب الحدود\n11.03.2021\n\nسقطت صواريخ قرب القاعدة.",
     "2021-03-11", "press: the header date above the headline, the story's date line below it"),
    ("الأحد 6 نيسان 2025\nصواريخ على قاعدة قرب الحدود\n6 نيسان 2025\n\nسقطت صواريخ قرب القاعدة.",
     "2025-04-06", "trap: the same day above and below the headline"),
    ("الأحد 6 نيسان 2025\nصواريخ على قاعدة قرب الحدود\n\nسقطت صواريخ قرب القاعدة.",
     "2025-04-06", "trap: a date line above the headline with no other date line stays the page's date"),
    ("18.4 C\nبيروت\n2 آذار، 2025\nأخبار دولية\n\nصواريخ على قاعدة قرب الحدود\n\nسقطت صواريخ قرب القاعدة.",
     "", "press: the date below a weather reading of the header"),
    # --- session 25: dates in a box of links or comments below the story are other pages' (trap) ---
    ("صواريخ على قاعدة قرب الحدود\n\nسقطت صواريخ قرب القاعدة.\n\nاقرأ أيضاً\nانفجار قرب معسكر آخر\n3 أيار 2022\n",
     "", "trap: the date of a related link"),
    ("صواريخ على قاعدة قرب الحدود\n\nسقطت صواريخ قرب القاعدة.\n\nالأكثر قراءة\nانفجار قرب معسكر آخر\n03/05/2022\n",
     "", "trap: the date of a most-read link"),
    ("صواريخ على قاعدة قرب الحدود\n\nسقطت صواريخ قرب القاعدة.\n\nتعليقات\nسامر\n3 أيار 2022\n",
     "", "trap: the date of a reader's comment"),
    ("صواريخ على قاعدة قرب الحدود\n\nسقطت صواريخ قرب القاعدة.\n\nوكالة الأنباء - دمشق\n\n2022-05-03\n",
     "2022-05-03", "press: the date at the end of the story, after its sign-off"),
    # --- session 25: the day an aggregator's notice says it took its copy (press) ---
    ("قتلى في هجوم على رتل\n\nهذا الخبر بعنوان \"هجوم على رتل\" نشر أولاً على موقع الرافد وتم جلبه من مصدره الأصلي "
     "بتاريخ ٤ آب ٢٠٢٤.\nقتل جنديان في هجوم على رتل عسكري.",
     "2024-08-04", "press: the aggregator's notice under the headline"),
    ("قتلى في هجوم على رتل\n\nقال مسؤول إن الهجوم وقع بتاريخ ٤ آب ٢٠٢٤ على الطريق الدولي.",
     "", "trap: بتاريخ alone in running text dates an event"),
    ("الوضع الليلي\nالسبت ١ / مارس / ٢٠٢٥\nLogo\nصواريخ على قاعدة قرب الحدود\n\nسقطت صواريخ قرب القاعدة.",
     "", "press: the date right above the site's logo line"),
    # --- session 24: a page store's machine stamp «date YYYY-MM-DD» before the rest of the first line (press) ---
    ("قصف فندق في مدينة كردية\n date 2026-03-05 وكالة الرافد- دهوك\n\nقالت فصائل إنها هاجمت فندقا اليوم الخميس.",
     "2026-03-05", "press: the stamp before the outlet dateline"),
    (" date 2025-11-14 A + A -\nضربات على مواقع في البادية\n\nقال مسؤولون إن الجيش شن ضربات أمس الخميس.",
     "2025-11-14", "press: the stamp before a font widget, above the headline"),
    ("ضربات على مواقع في البادية\n date 2024-09-02 الحسكة- سوريا: سقطت قذائف قرب قاعدة أمريكية مساء الأحد.",
     "2024-09-02", "press: the stamp glued to the lede"),
    ("ضربات على مواقع في البادية\ndate 2023-06-11\n\nسقطت قذائف قرب قاعدة أمريكية.",
     "2023-06-11", "press: the stamp alone on its line"),
    (" date 2024-02 قال مسؤولون إن ثلاثة جنود أصيبوا في هجوم بطائرة مسيرة.\n\nوأضافوا أن الهجوم وقع ليلا.",
     "", "trap: a stamp of a month gives no day"),
    ("ضربات على مواقع في البادية\nقال المحلل إن the update date 2024-09-02 لم يعلن بعد.",
     "", "trap: the word date inside running text is no stamp"),
    # --- session 24: a machine time stamp signed with a source label «- المصدر: …» (press) ---
    ("مقتل متعاقد في هجوم على قاعدة\n\nآخر تحديث 2020-02-14 00:00:00 - المصدر: الرافد\n\nقال مسؤولون إن صواريخ سقطت.",
     "2020-02-14", "press: an update stamp signed with its source is the page's only date"),
    ("مقتل متعاقد في هجوم على قاعدة\nقال المصدر: إن الصواريخ سقطت في 2020-02-14 09:15 على القاعدة.",
     "", "trap: a source quoted in running text before a time is no signed stamp"),
    # session 22 round 2: page dates kept in flattened or glued head lines (dev: real-excerpt sets)
    ("هجوم صاروخي على قاعدة جوية\nسكرتير التحرير14 آذار 2021\nسقطت صواريخ على القاعدة فجر اليوم.",
     "2021-03-14", "dev: a byline glued before the day of its date"),
    ("هجوم صاروخي على قاعدة جوية\nسقطت صواريخ على القاعدة.\n2025-06-02 18:40:05 - شبكة الرافدين",
     "2025-06-02", "dev: a machine time stamp signed by the site at the foot"),
    ("صواريخ تسقط قرب قاعدة جوية\nالعالم - Monday 12 April 2021 الساعة 06:10 amقصفت طائرات مستودعا قرب المطار.",
     "2021-04-12", "dev: an English stamp whose am is glued to the lede"),
    ("صورة أرشيفية لطائرة مقاتلة، 3 يونيو 2024 قصف قاعدة جوية تقارير_ قسم الأخبار منشور الأربعاء 7 أغسطس 2024 "
     "سقطت صواريخ على القاعدة أمس.", "2024-08-07", "dev: a publication label inside a flattened head line"),
    ("قصف قاعدة جوية\nقال التقرير المنشور في 7 أغسطس 2024 إن صواريخ سقطت على القاعدة.",
     "", "trap: a report «published on» a date in running text is no page date"),
    ("تسلسل الهجمات على القواعد\n12 نيسان 2021 - سقوط صاروخين\n13 نيسان 2021 - انفجار عبوة",
     "", "trap: a timeline entry after a dash without a clock time is no signed stamp"),
    ("هجوم الموقع الحدودي\nالهجوم على الموقع | |\n---|---|\nالتاريخ | 3 شباط 2024 |\nالمنفذ | فصيل مسلح |\n"
     "في 3 شباط 2024 هاجمت مسيرة الموقع.", "", "dev: an encyclopedia infobox row dates the event, not the page"),
    # session 22: a date stamp written before the lede on the same line, and a wire dateline with a date (press)
    ("صواريخ تسقط قرب قاعدة جوية\nالموقع - Friday 09 April 2021 الساعة 05:58 am قالت مصادر أمنية إن صاروخين سقطا.",
     "2021-04-09", "press: outlet, English date and time before the lede on one line"),
    ("صواريخ تسقط قرب قاعدة جوية\nالسبت 10 نيسان 2021 الساعة 08:15 أعلن مصدر أمني سقوط صاروخين قرب القاعدة.",
     "2021-04-10", "press: Arabic date and time before the lede on one line"),
    ("صواريخ تسقط قرب قاعدة جوية\nبغداد - 11 نيسان 2021: أعلنت قيادة العمليات سقوط صاروخين قرب القاعدة.",
     "2021-04-11", "press: a wire dateline with its date and a colon before the lede"),
    ("تسلسل الهجمات على القواعد\n12 نيسان 2021 سقوط صاروخين قرب القاعدة الجوية.\n13 نيسان 2021 انفجار عبوة.",
     "", "trap: a timeline entry opens with a noun, its date stays the event's"),
    # session 21: date lines with furniture around their date (press)
    ("عاجل\nالأحد 6 أكتوبر 2024 الموافق 3 ربيع الثاني 1446\nرئيس التحرير\nفلان الفلاني\n"
     "هجوم على قاعدة أمريكية في سوريا\nقال مسؤول إن القاعدة تعرضت لهجوم.",
     "", "press: the site's date of the day above the masthead is no publication date"),
    ("هجوم على قاعدة أمريكية\nالأحد 6 أكتوبر 2024\nكتب: فلان الفلاني\nقال مسؤول إن القاعدة تعرضت لهجوم.",
     "2024-10-06", "trap: a date line above a byline is the article's"),
    ("أخبار العالم\n7 حزيران 2024431 مشاهدة\nأعلن مصدر أمني سقوط صاروخين قرب قاعدة جوية.",
     "2024-06-07", "press: view count glued to the year of the date line"),
    ("تاريخ الإضافة السبت 8 حزيران 2024 - 10:20 م    عدد الزيارات 40\nأعلن مصدر أمني سقوط صاروخ.",
     "2024-06-08", "press: info bar after the date line"),
    ("قتل جنديان وأصيب خمسة، فجر اليوم الاثنين 4 آذار/مارس 2024، في هجوم على موقع حدودي.",
     "2024-03-04", "press: the lede dates 'today' in full"),
    ("أعلن الجيش اليوم الخميس الـ 7 من فيفري 2019 مقتل مسلحين في غارة.",
     "2019-02-07", "press: Maghrebi month name with الـ and من"),
    ("خبر عاجل\n01:10 - 12 أيار 2023\nقال مصدر أمني اليوم الجمعة 1 نيسان 2022 إن الهجوم فشل.",
     "2023-05-12", "trap: a date line wins over the lede's date"),
    ("قال المتحدث اليوم الأحد إن الهجوم لم يوقع إصابات.",
     "", "trap: 'today' with a weekday and no full date"),
]

# session 21: a date field (the corpus builder's explicit word) wins over a date of the text
PRIORITY_CASES = [
    # --- session 25: an English date with its comma in a URL slug, after the title (press) ---
    ("سقطت مسيرة قرب قاعدة في الشمال.", None, "https://example.com/public/article/إسقاط-مسيرةmarch-7,-2022,-9:05-pm",
     "2022-03-07", "url", "press: «month-day,-year» glued to the title in the slug"),
    ("سقطت مسيرة قرب قاعدة في الشمال.", None, "https://example.com/news/the-march-7-2022-attack",
     "", "", "trap: a slug naming an event's date, with no comma"),
    # session 21b: a date inferred from the text comes last, with its own source
    ("قالت الوزارة اليوم الأحد إن صاروخين سقطا قرب القاعدة في 25 كانون الثاني 2024.", None, None,
     "2024-01-28", "inferred", "dev: no date line, field or URL date: inferred from the text"),
    ("قالت الوزارة اليوم الأحد إن صاروخين سقطا قرب القاعدة في 25 كانون الثاني 2024.", None,
     "https://example.com/2024/01/30/news", "2024-01-30", "url", "dev: a URL date wins over an inferred one"),
    ("عنوان خبر عن قصف قاعدة\n13 نوفمبر 2023\nسقط صاروخان قرب القاعدة.", "2023-11-14", None,
     "2023-11-14", "metadata", "dev: the field wins over a date line"),
    ("عنوان خبر عن قصف قاعدة\n13 نوفمبر 2023\nسقط صاروخان قرب القاعدة.", None, None,
     "2023-11-13", "text", "dev: the date line without a field"),
    ("عنوان خبر عن قصف قاعدة\nآخر تحديث: 20 نوفمبر 2023\nسقط صاروخان قرب القاعدة.", "2023-11-13", None,
     "2023-11-13", "metadata", "press: the field wins over an update date"),
    ("قال مصدر أمني اليوم (الأربعاء 11 شباط 2026) إن القوات انسحبت من القاعدة.", "2026-02-13", None,
     "2026-02-13", "metadata", "press: the field wins over the lede's report date"),
    ("عنوان خبر عن قصف قاعدة\n13 نوفمبر 2023\nسقط صاروخان قرب القاعدة.", None,
     "https://news.example/2023/11/15/strike", "2023-11-13", "text", "trap: a URL date does not replace a date line"),
    ("عنوان خبر عن قصف قاعدة\n13 نوفمبر 2023\nسقط صاروخان قرب القاعدة.", "not a date", None,
     "2023-11-13", "text", "trap: an unreadable field leaves the date line"),
    ('<html><head><meta property="article:published_time" content="2024-02-20T08:00:00Z"></head><body><article>'
     "<h1>سقوط قذائف قرب مطار مدني</h1><p>19 شباط 2024</p><p>سقطت قذائف هاون قرب سياج مطار مدني، من دون أن"
     " تتوقف الرحلات، وقالت سلطة الطيران إن فرقها فحصت المدرج.</p></article></body></html>", None, None,
     "2024-02-20", "metadata", "dev: an HTML meta tag wins over a date line of the page"),
]

LEDE_DATE_CASES = [
    (["سقطت طائرة مسيرة مساء اليوم الأربعاء 6 آذار 2024 قرب المطار."], "2024-03-06", "press: evening of today"),
    (["وحتى اليوم تعرضت القواعد لأكثر من 100 هجوم منذ عام 2023."], None, "trap: 'today' followed by a year-only phrase"),
    (["العنوان الفرعي الأول.", "الفقرة الثانية.", "وقع الهجوم اليوم السبت 2 آذار 2024."], None,
     "trap: only the opening paragraphs are read"),
]

INFER_CASES = [
    # session 22: the date of an earlier document is background, never the anchor of a weekday clue (dev: pd21_real)
    (("أعلنت الوزارة في بيان أمس الثلاثاء خفض مهامها وفق الاتفاق الموقع في 14 آذار 2023.",), "",
     "dev: a weekday clue and the date of an agreement signed earlier"),
    (("قال المتحدث اليوم الأحد إن القرار يستند إلى البيان الصادر 3 شباط 2024.",), "",
     "dev: a statement's issue date without في is background too"),
    (("قال المتحدث اليوم الأحد إن الهجوم وقع في 4 شباط 2024 وفق البيان الصادر أمس.",), "2024-02-04",
     "trap: an event date in the clue's paragraph still anchors it"),
    # session 21b: a publication date inferred from the body when the page gives none
    (("قالت الوزارة اليوم الأحد إن صاروخين سقطا قرب القاعدة في 25 كانون الثاني 2024.",), "2024-01-28",
     "dev: اليوم + weekday and a full date in the same paragraph"),
    (("أعلن مسؤول أمس الأحد 28 كانون الثاني 2024 عن هجوم جديد.",), "2024-01-29",
     "press: أمس + weekday joined to a full date gives the day after"),
    (("أفاد مصدر مساء اليوم الأحد بسقوط قذائف.", "وكانت القاعدة قد تعرضت فجر الخميس 25 كانون الثاني 2024 لهجوم."),
     "2024-01-28", "dev: مساء اليوم + weekday and a full date that names its own weekday"),
    (("أكد متحدث وقوع هجوم صاروخي اليوم الاثنين على القاعدة.", "وكان الهجوم يوم الاثنين (5 آب 2024) الثالث خلال شهر."),
     "2024-08-05", "press: a weekday clue and a bracketed full date with its weekday"),
    (("قال متحدث أمس السبت إن الهجوم لم يوقع إصابات.", "ويأتي ذلك بعد هجوم وقع في 25 كانون الثاني 2024."), "",
     "trap: a full date in another paragraph without its weekday may be background"),
    (("قالت الوزارة اليوم الأحد إن الهجوم فشل.",), "", "trap: a weekday clue without any full date"),
    (("أعلنت الوزارة اليوم الأحد سقوط صاروخ في 25 كانون الثاني 2024.", "وقال مسؤول اليوم الثلاثاء إن التحقيق بدأ."),
     "", "trap: two weekday clues that disagree"),
    (("أعلن مسؤول أمس الأحد 28 كانون الثاني 2024 عن هجوم.", "وقال اليوم الأربعاء إن التحقيق بدأ."), "",
     "trap: a joined full date whose day is not the weekday of another clue"),
    (("قالت الوزارة إن صاروخين سقطا قرب القاعدة في 25 كانون الثاني 2024.",), "",
     "trap: a full date without any clue of the day of writing"),
    (("وقع الهجوم الخميس الماضي في 25 كانون الثاني 2024.",), "",
     "trap: a weekday with الماضي is not the day of writing"),
    (("قالت الوزارة اليوم الأحد إن القاعدة تعرضت لهجوم في 25 كانون الثاني 2024 وإن الانسحاب سيتم بحلول 15 أيلول 2025.",),
     "2024-01-28", "trap: a deadline ahead is not the latest dated event"),
    # --- session 24: the signature date of an embedded post anchors a weekday of writing on its own day (press) ---
    (("سقطت طائرة مسيرة داخل القاعدة.", "قال بيان للفصائل إن مسيرة أصابت القاعدة ظهر اليوم السبت pic.twitter.com/abc",
      "— Some Outlet (@SomeOutlet) October 21, 2023"),
     "2023-10-21", "press: the embedded post is signed on the Saturday of writing"),
    (("سقطت طائرة مسيرة داخل القاعدة.", "قال بيان للفصائل إن مسيرة أصابت القاعدة ظهر اليوم الأحد",
      "— Some Outlet (@SomeOutlet) October 21, 2023"),
     "", "trap: a post signed on another weekday (an older post embedded)"),
    (("سقطت طائرة مسيرة داخل القاعدة.", "قال بيان للفصائل إن مسيرة أصابت القاعدة.",
      "— Some Outlet (@SomeOutlet) October 21, 2023"),
     "", "trap: a signature date without a weekday of writing"),
    (("سقطت طائرة مسيرة اليوم السبت داخل القاعدة.", "— وقالت الوزارة في 21 تشرين الأول 2023 إن الهجوم فشل."),
     "", "trap: a dash before a quoted statement is no signature"),
]


# session 24: the day a lede's reporting verb is dated with (:func:`rasd.pub_lede.infer_statement_published`)
# rows: (paragraphs, iso, origin); "" when nothing is inferred.
STATEMENT_PUB_CASES = [
    # --- session 24: a full date with its own weekday between the reporting verb and its complement (press) ---
    (("أعلنت فصائل عراقية، السبت 14 أيلول 2024، أنها هاجمت هدفا بالطيران المسير.",),
     "2024-09-14", "press: the statement's day between the verb and أن"),
    (("أفاد مصدر أمني، يوم الاثنين 11 آب 2025، بأن رتلا عسكريا غادر القاعدة.",),
     "2025-08-11", "press: يوم + weekday + date, complement بأن"),
    (("قالت الفصائل في العراق، يوم الأحد الموافق 29 تشرين الأول 2023، إنها قصفت قاعدة بمسيرتين.",),
     "2023-10-29", "press: «الموافق» between the weekday and the date"),
    (("وذكر مصدر في الشرطة، فجر الجمعة (9 أيار 2025)، أن صاروخين سقطا قرب القاعدة.",),
     "2025-05-09", "press: a clitic و on the verb and the date in brackets"),
    (("أعلن مسؤولون أن مسيرات شنت، الأحد 12 أيلول 2021، هجوما قرب مطار أربيل.",),
     "", "trap: a date after أن dates the reported attack, not the statement"),
    (("بدأت القوات الأمريكية، مساء الخميس، 14 آب 2025، مغادرة القاعدة.",),
     "", "trap: the sentence opens with an act, not a reporting verb"),
    (("أعلن الجيش، مساء الخميس 14 آب 2025، أن القوات بدأت الانسحاب.",),
     "", "trap: an evening statement is often published the next day"),
    (("أعلنت فصائل عراقية، السبت 15 أيلول 2024، أنها هاجمت هدفا.",),
     "", "trap: 15 September 2024 was a Sunday: the weekday is not the date's own"),
    (("أعلنت فصائل عراقية، السبت 14 أيلول 2024، أنها هاجمت هدفا.",
      "وكانت قد هاجمت الهدف نفسه يوم 20 أيلول 2024."),
     "", "trap: a later full date in the text"),
    (("أعلنت قسد في بيان الأربعاء (10 أيلول 2025) أنها أحبطت هجوما على حقل العمر.",),
     "2025-09-10", "press: «في بيان» before the date"),
    (("أعلن البنتاغون مقتل جنديين في هجوم وقع الأحد 14 أيلول 2025 على قاعدة في الأردن.",),
     "", "trap: a date not set off by a comma dates the act of a relative clause"),
    (("قتل جنديان في هجوم على القاعدة.", "وأعلن الجيش، السبت 14 أيلول 2024، أن التحقيق بدأ."),
     "", "trap: only the first sentence of the body is read"),
]

# session 24: «اليوم/أمس + weekday» joined to a day and month without a year
# (:func:`rasd.pub_yearless.infer_yearless_published`); rows: (paragraphs, iso, origin).
YEARLESS_PUB_CASES = [
    # --- session 27: a date line of weekday, day and month alone, the year from the text (press) ---
    (("الخميس، 26 مارس", "أفاد مصدر أمني بأن القوات تغادر القاعدة التي وصلتها في كانون الثاني 2020."),
     "2020-03-26", "press: the latest printed year has a Thursday 26 March"),
    (("الخميس، 26 مارس", "أفاد مصدر أمني بأن القوات تغادر القاعدة."),
     "", "trap: no year printed and no era"),
    (("السبت، 26 مارس", "أفاد مصدر أمني بأن القوات تغادر القاعدة التي وصلتها في كانون الثاني 2020."),
     "", "trap: neither 2020 nor 2021 has a Saturday 26 March"),
    (("وصلت القوات الخميس، 26 مارس إلى القاعدة.", "وكانت قد غادرتها في كانون الثاني 2020."),
     "", "trap: a weekday date inside a sentence dates an event"),
    # --- session 24: the weekday picks the one year of a window the text supports (press) ---
    (("أعلنت الفصائل اليوم الجمعة 20 تشرين الأول أنها هاجمت قاعدة التنف.",
      "وتتصاعد الهجمات منذ عملية طوفان الأقصى."),
     "2023-10-20", "press: the era of «طوفان الأقصى» and a Friday 20 October"),
    (("قال مسؤول أمس الخميس 16 تشرين الثاني إن القوات تعرضت لهجمات جديدة.",
      "وكانت الهجمات قد بدأت في تشرين الأول 2023."),
     "2023-11-17", "press: «أمس» + weekday; the latest printed year gives the window"),
    (("قال مسؤول اليوم الثلاثاء 14 كانون الثاني إن صاروخين سقطا قرب القاعدة.",
      "وكانت القاعدة قد استهدفت في كانون الأول 2024."),
     "2025-01-14", "press: a January page speaks of the previous December: the year after is in the window"),
    (("استقبل رئيس الوزراء العراقي مصطفى الكاظمي اليوم الأربعاء 7 نيسان وفدا أمريكيا.",),
     "2021-04-07", "press: a serving office-holder's years give the window"),
    (("قالت الفصائل اليوم الجمعة 20 تشرين الأول إنها هاجمت قاعدة التنف.",),
     "", "trap: no year printed and no era: the year is not known"),
    (("قالت الفصائل اليوم الأحد 19 تشرين الأول إنها هاجمت قاعدة.",
      "ويعمل التحالف الذي أطلقته واشنطن عام 2014 في العراق."),
     "", "trap: a bare background year gives no window (19 October 2014 was a Sunday)"),
    (("قالت الفصائل اليوم السبت 20 تشرين الأول إنها هاجمت قاعدة التنف.",
      "وتتصاعد الهجمات منذ عملية طوفان الأقصى."),
     "", "trap: no year of the era has a Saturday 20 October"),
    (("هاجمت الفصائل يوم الجمعة 20 تشرين الأول قاعدة التنف.",
      "وتتصاعد الهجمات منذ عملية طوفان الأقصى."),
     "", "trap: a bare weekday dates an event, not the day of writing"),
    (("قالت الفصائل اليوم الجمعة 20 تشرين الأول إنها هاجمت قاعدة التنف.",
      "وكانت قد هاجمتها في 25 تشرين الأول 2023."),
     "", "trap: a later full date in the text"),
    (("قال الرئيس الأمريكي السابق جو بايدن اليوم الخميس 6 آذار إن الضربات كانت ضرورية.",),
     "", "trap: a former office-holder gives no window"),
    (("قالت الفصائل اليوم الجمعة 20 تشرين الأول إنها هاجمت قاعدة.", "وقالت أمس الأحد 22 تشرين الأول إنها هاجمت أخرى.",
      "وتتصاعد الهجمات منذ عملية طوفان الأقصى."),
     "", "trap: two clues give two days of writing"),
]
