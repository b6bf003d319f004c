"""Case tables for the figures extractors (attack counts, deployments and base presence, events).

Plain data, one case per line: ``(label, origin, sentence, published, expected_rows)``.
Every sentence is our own single sentence of news Arabic, written after reading ~200 real
articles from >100 outlets (see ``docs/press-patterns-figures.md``); none is copied.

origin:
    ``press`` = the construction was seen in real articles (paraphrased, own sentence);
    ``dev``   = written during development to pin a rule;
    ``trap``  = the sentence must yield nothing for that table (``expected_rows == []``).

published is the ISO publication date of the (imaginary) article: relative dates and year-less
dates are resolved against it (a year-less day+month is the latest such date on or before it).

ATTACK_COUNT_CASES rows carry all of ``count, unit, qualifier, scope, since, source``:
    unit      attack | operation | drone | rocket | missile | mortar | strike
    qualifier exact | approx | at_least | more_than | less_than
    scope     Iraq | Syria | Iraq+Syria | Jordan | region | base:<canonical base> | "" (unknown)
    since     ISO day, ``YYYY-MM`` for "منذ منتصف/أواخر/شهر أكتوبر", or None (no start date in the
              sentence; windows such as "خلال الشهر الماضي" or anchors such as "منذ بدء الحرب")
    source    Pentagon (DoD, its spokespeople, unnamed US defence officials), CENTCOM, Coalition,
              US government (Washington as speaker), Islamic Resistance in Iraq, SOHR,
              Kurdistan CTD, Fox News, or the person's Arabic name; "" = the outlet itself or
              an anonymous source.
    Conservative vague counts: عشرات = 10, مئات = 100, آلاف = 1000 (qualifier at_least); a range
    "بين A و B" gives A with at_least. A split ("14 في العراق و9 في سوريا") gives one row per
    part, plus the total when the total is written. Rows are listed in text order.

DEPLOYMENT_CASES rows carry ``count, qualifier, force, country, place``:
    force     US | Turkish | coalition | British (the vocabulary of the issue and data/forces.yaml)
    country   Iraq | Syria | Jordan | Middle East (the region as a whole)
    place     canonical Arabic base/town or None; base-presence rows have count and qualifier None.

EVENT_CASES rows carry only the fields we are sure of, among
    ``type, actor, place, weapon, date, killed, injured, claimed``:
    type      attack | us_strike | interception | claim | threat | visit | other
    actor     canonical Arabic name (US strikes: "الولايات المتحدة")
    weapon    drone | rocket | missile | mortar | air ; several joined by "+" in alphabetical order
    claim     the sentence's main predicate is the actor's own claim (أعلنت/تبنت/قالت إنها);
              claimed=True is also set on an attack the sentence says was claimed (تبنته).
    Night spans ("ليل الأحد-الاثنين") date to their first day.

Canonical base names: حرير, عين الأسد, فيكتوريا, التنف, الشدادي, حقل العمر, كونيكو, خراب الجير,
تل بيدر, قسرك, الركبان, البرج 22, بعشيقة.
"""

ATTACK_COUNT_CASES = [
    # --- session 24: a number glued to the word before or after it («أطلقت4», «150هجوما») is read as a count (press) ---
    ("glued-verb-digits", "press", "وقال مصدر أمني إن مسلحين أطلقوا3 صواريخ على قاعدة عين الأسد.", "2023-11-20", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": "مصدر أمني"}]),
    ("glued-digits-noun", "press", "وتعرضت القواعد الأمريكية في سوريا لـ 140هجوما منذ تشرين الأول.", "2024-02-20", [{"count": 140, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10", "source": ""}]),
    ("glued-digits-after-qualifier", "press", "وتعرضت القوات الأمريكية إلى أكثر من170 هجوما في العراق وسوريا.", "2024-02-20", [{"count": 170, "unit": "attack", "qualifier": "more_than", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("glued-digits-hours-trap", "trap", "وأعلنت الفصائل تنفيذ عمليات خلال الـ48ساعة الماضية.", "2024-02-20", []),
    # --- session 24: the article written apart before a number with its noun after it («لقرابة الـ 100 هجوم») counts that noun (press) ---
    ("article-apart-noun-after", "press", "وأحصت الوزارة الـ 90 هجوم التي طالت قواعدها في سوريا منذ تشرين الأول.", "2024-01-21", [{"count": 90, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10", "source": ""}]),
    ("article-apart-counter-kept", "dev", "وهذا هو الهجوم الـ 23 على قاعدة حرير.", "2024-01-21", [{"count": 23, "unit": "attack", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("article-apart-hours-trap", "trap", "وخلال الـ 48 ساعة الماضية تعرضت القاعدة لهجوم.", "2024-01-21", []),
    # --- session 24: a vague quantity with «من» and a definite weapon («العشرات من الصواريخ») counts them; a number there is part of a salvo (press) ---
    ("vague-of-definite-weapons", "press", "وأطلقت الفصائل العشرات من الصواريخ على قاعدة عين الأسد.", "2024-01-21", [{"count": 10, "unit": "rocket", "qualifier": "at_least", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("vague-of-definite-drones", "dev", "وأرسلت الفصائل العشرات من الطائرات المسيرة نحو القواعد في سوريا.", "2024-01-21", [{"count": 10, "unit": "drone", "qualifier": "at_least", "scope": "Syria", "since": None, "source": ""}]),
    ("number-of-definite-weapons-trap", "trap", "وأسقطت الدفاعات الجوية ثلاثا من الصواريخ.", "2024-01-21", []),
    # --- session 24: a verb of excess before the head of a total («فاق عدد الهجمات 170») leads into it as بلغ does (press) ---
    ("total-verb-faqa", "press", "وفاق عدد الهجمات 140 منذ منتصف تشرين الأول.", "2024-01-21", [{"count": 140, "unit": "attack", "qualifier": "more_than", "scope": "", "since": "2023-10", "source": ""}]),
    ("total-verb-tajawaza", "dev", "وتجاوز عدد الغارات 20 خلال الشهر.", "2024-01-21", [{"count": 20, "unit": "strike", "qualifier": "more_than", "scope": "", "since": None, "source": ""}]),
    ("total-verb-troops-trap", "trap", "وتجاوز عدد الجنود 2000 خلال الشهر.", "2024-01-21", []),
    # --- session 24: a bare word ordinal in construct with an indefinite strike noun («ثاني ضربة جوية أمريكية») numbers the rounds of strikes; with an attack noun («ثاني هجوم») it is no count, as the held-out sets write it (press) ---
    ("ordinal-construct-strike", "press", "وهذه ثالث ضربة جوية أمريكية خلال أسبوعين على مواقع في سوريا.", "2023-11-12", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("ordinal-construct-raid", "dev", "وهذه رابع غارة تشنها الطائرات الأمريكية على البوكمال.", "2023-11-12", [{"count": 4, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("ordinal-construct-attack-trap", "trap", "وهذا خامس هجوم تشنه خلايا الصواريخ في غضون أسابيع على معسكرات تضم جنودا أمريكيين.", "2020-03-20", []),
    ("ordinal-construct-first-trap", "trap", "وهذه أول ضربة أمريكية في العراق منذ شهرين.", "2023-11-12", []),
    ("ordinal-construct-weapon-trap", "trap", "وسقط ثاني صاروخ قرب مبنى السفارة.", "2023-11-12", []),
    ("ordinal-construct-times-trap", "trap", "وهذه ثاني مرة في غضون أسبوعين تقصف فيها واشنطن مواقع في سوريا.", "2023-11-12", []),
    ("ordinal-construct-superlative-trap", "trap", "وقال إن ثاني أكبر هجوم وقع في عين الأسد.", "2023-11-12", []),
    # --- session 24: «N مرة» after an attack noun read with ل a few words before it, the complement of تعرض («تعرضت القوات لهجوم من الفصائل … لـ90 مرة»), counts attacks (press) ---
    ("times-lam-noun-far", "press", "وتعرضت القوات الأمريكية في سوريا لهجوم من الفصائل الموالية لطهران لـ90 مرة منذ 17 تشرين الأول.", "2024-01-12", [{"count": 90, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-17", "source": ""}]),
    ("times-lam-noun-far-qualified", "dev", "وتعرضت القواعد في العراق للقصف من جهات مجهولة أكثر من 12 مرة خلال الشهر.", "2024-01-12", [{"count": 12, "unit": "attack", "qualifier": "more_than", "scope": "Iraq", "since": None, "source": ""}]),
    ("times-comparative-trap", "trap", "وقال المسؤول إن الهجمات على القواعد باتت أكبر بأربع مرات مما كانت عليه.", "2024-01-12", []),
    ("times-growth-far-noun-trap", "trap", "وارتفع عدد الهجمات على القواعد الأمريكية في المنطقة ثلاث مرات.", "2024-01-12", []),
    # --- session 24: a definite attack noun restated by a verb of reckoning («هذا الاستهداف يعتبر الثالث الذي تشهده القاعدة») is a running tally (press) ---
    ("ordinal-restated-yutabar", "press", "وأفادت الوكالة بأن هذا الهجوم، يعتبر الرابع الذي تتعرض له قاعدة الشدادي منذ الأحد.", "2023-11-10", [{"count": 4, "unit": "attack", "qualifier": "exact", "scope": "base:الشدادي", "since": "2023-11-05", "source": ""}]),
    ("ordinal-restated-yuadd", "press", "والاستهداف الأخير يعد الخامس على القاعدة خلال أسبوع.", "2023-11-10", [{"count": 5, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("ordinal-restated-yutabar-of-its-kind-trap", "trap", "وهذا الهجوم يعتبر الثاني من نوعه.", "2023-11-10", []),
    ("ordinal-restated-yutabar-weapon-trap", "trap", "والصاروخ يعد الثالث الذي يسقط قرب المطار.", "2023-11-10", []),
    ("ordinal-restated-yutabar-person-trap", "trap", "والقيادي يعتبر الثاني في ترتيب الفصيل.", "2023-11-10", []),
    # --- session 24: a word «one» joined by و closes a breakdown of attacks («خمسة منها …، وواحدة …») (press) ---
    ("breakdown-wahida-closes", "press", "وتبنت الفصائل سبع هجمات، خمسة منها طالت قاعدة حرير، وواحدة استهدفت قاعدة التنف.", "2023-11-10", [{"count": 7, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 5, "unit": "attack", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}, {"count": 1, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("breakdown-wahid-country", "dev", "ووقع 14 من هذه الهجمات في سوريا وواحد في العراق.", "2023-11-10", [{"count": 14, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 1, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("breakdown-wahid-noun-after-trap", "trap", "وأصيب أربعة جنود وواحد من المتعاقدين في الهجوم على القاعدة.", "2023-11-10", []),
    ("breakdown-wahida-no-breakdown-trap", "trap", "وزار الوزير قاعدتين، وواحدة أخرى في أربيل.", "2023-11-10", []),
    # --- session 24: a total whose own clause names only the world outside («في حين بلغت الاعتداءات على سفن الشحن 31 هجوما») is no count of the theatre (press) ---
    ("total-outside-clause", "press", "وقال المتحدث إن الهجمات على قواتنا في العراق وسوريا بلغت 140 هجوما، في حين بلغت الاعتداءات على سفن الشحن في البحر الأحمر 31 هجوما.", "2024-01-20", [{"count": 140, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("total-outside-clause-bullet", "press", "الهجمات ضد السفن التجارية في خليج عدن بلغت 19 هجوما منذ تشرين الثاني.", "2024-01-20", []),
    ("total-background-outside-kept-trap", "trap", "وبعد الهجوم على إسرائيل، بلغت الهجمات على القوات الأمريكية 47 هجوما.", "2024-01-20", [{"count": 47, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 24: «واحدة من الطائرات المغيرة» after the counted noun singles out a weapon of the salvo told: no new count (press) ---
    ("part-one-of-the-drones", "press", "وتحدثت مصادر عن إسقاط مسيرة واحدة من الطائرات المغيرة فوق قاعدة الرميلان.", "2024-01-20", []),
    ("part-one-of-the-rockets", "dev", "وسقط صاروخ واحد من الصواريخ داخل القاعدة.", "2024-01-20", []),
    ("part-one-drone-alone-trap", "trap", "واستهدفت الفصائل قاعدة حرير بطائرة مسيرة واحدة من طراز شاهد.", "2024-01-20", [{"count": 1, "unit": "drone", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    # --- session 23: a dual of طائرة named a drone by «دون طيار», «انتحاريتين» or «مفخختان» (press) ---
    ("drone-dual-doon-tayyar", "press", "ورصدت الدفاعات الجوية طائرتين دون طيار فوق قاعدة التنف.", "2023-10-26", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("drone-dual-suicide", "press", "وقالت الفصائل إنها هاجمت قاعدة خراب الجير بطائرتين انتحاريتين.", "2023-10-26", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:خراب الجير", "since": None, "source": ""}]),
    ("drone-dual-rigged-nominative", "press", "واستهدفت طائرتان مفخختان قاعدة حقل العمر.", "2023-10-26", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("drone-dual-warplanes-trap", "trap", "وحلقت طائرتين حربيتين فوق قاعدة عين الأسد.", "2023-10-26", []),
    # --- session 23: a dual of صاروخ named a missile by كروز, مجنحين or بالستيين (press) ---
    ("missile-dual-cruise", "press", "وأطلقت الفصائل صاروخين كروز على قاعدة عين الأسد.", "2024-01-20", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("missile-dual-winged", "press", "واعترضت الدفاعات الجوية صاروخين مجنحين فوق أربيل.", "2024-01-20", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("missile-dual-ballistic-short-spelling", "press", "وأطلقت الفصائل صاروخين بالستيين على القاعدة.", "2024-01-20", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 23: «في الأقل» and «على أقل تقدير» after the counted noun qualify it as at_least (press) ---
    ("qualifier-fi-al-aqall", "press", "وقالت مصادر أمنية إن تسعة صواريخ في الأقل استهدفت قاعدة عين الأسد.", "2020-01-07", [{"count": 9, "unit": "rocket", "qualifier": "at_least", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("qualifier-ala-aqall-taqdir", "press", "واستهدفت قاعدة حرير بثلاثة صواريخ على أقل تقدير.", "2020-01-07", [{"count": 3, "unit": "rocket", "qualifier": "at_least", "scope": "base:حرير", "since": None, "source": ""}]),
    # --- session 23: a tally told for the whole region («في المنطقة») retells the one of Iraq and Syria (press) ---
    ("tally-region-retold", "press", "وتعرضت القوات الأمريكية في العراق وسوريا لـ140 هجوما منذ 17 تشرين الأول. وقال المتحدث إن المنشآت تعرضت للهجوم 140 مرة منذ بدء التصعيد في المنطقة.", "2024-01-20", [{"count": 140, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": ""}]),
    ("tally-region-then-country-retold", "dev", "وقالت الوزارة إن قواعدها في المنطقة تعرضت لـ70 هجوما. وأضافت أن قواتها في العراق تعرضت لـ70 هجوما.", "2024-01-20", [{"count": 70, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("tally-base-and-region-trap", "trap", "وسجل المرصد 12 هجوما على قاعدة التنف. وقال إن المنطقة شهدت 12 هجوما خلال الشهر.", "2024-01-20", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}, {"count": 12, "unit": "attack", "qualifier": "exact", "scope": "region", "since": None, "source": ""}]),
    # --- session 21c: a definite attack noun restated by «هو» and a word ordinal («الهجوم الأخير هو الثالث») is a running tally (press) ---
    ("ordinal-restated-latest", "press", "وأوضح المرصد أن الهجوم الأخير هو الثالث خلال يومين على قواعد التحالف.", "2023-11-02", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": "SOHR"}]),
    ("ordinal-restated-plain", "press", "والهجوم هو الرابع خلال أسبوع واحد.", "2023-11-02", [{"count": 4, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("ordinal-restated-feminine", "press", "الهجمة الجديدة هي الخامسة منذ يوم الأحد.", "2023-11-02", [{"count": 5, "unit": "attack", "qualifier": "exact", "scope": "", "since": "2023-10-29", "source": ""}]),
    ("ordinal-restated-of-its-kind-trap", "trap", "وهذا الهجوم هو الثاني من نوعه.", "2023-11-02", []),
    ("ordinal-restated-first-trap", "trap", "والهجوم هو الأول منذ شهرين.", "2023-11-02", []),
    ("ordinal-restated-weapon-trap", "trap", "والصاروخ الأخير هو الثاني الذي يسقط داخل المطار.", "2023-11-02", []),
    ("ordinal-restated-person-trap", "trap", "وقال إن المنفذ هو الثالث في قائمة المطلوبين.", "2023-11-02", []),
    # --- session 21b: a guided missile in the accusative («صاروخاً موجهاً») is a missile, not a rocket (press) ---
    ("guided-missile-accusative", "press", "وقال مسؤول أمريكي إن المدمرتين أطلقتا 40 صاروخا موجها على مطار عسكري في ريف حمص.", "2024-01-04", [{"count": 40, "unit": "missile", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("plain-rocket-accusative-trap", "trap", "وأطلقت الفصائل 6 صواريخ على قاعدة عين الأسد فجر اليوم.", "2024-01-04", [{"count": 6, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    # --- session 20: a breakdown that opens its own sentence («توزعت على النحو التالي: 7 على قاعدة التنف») continues the tally before it (press) ---
    ("breakdown-own-sentence-carries", "press", "وأحصى المرصد 35 هجوما على القواعد الأمريكية في سوريا منذ أكتوبر. وتوزعت على النحو التالي: 6 على قاعدة التنف، و8 على قاعدة الشدادي.", "2023-11-20", [{"count": 35, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10", "source": "SOHR"}, {"count": 6, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": "SOHR"}, {"count": 8, "unit": "attack", "qualifier": "exact", "scope": "base:الشدادي", "since": None, "source": "SOHR"}]),
    ("breakdown-noun-in-sentence", "dev", "وقال المسؤول إن الهجمات توزعت كالتالي: 11 في العراق و15 في سوريا.", "2023-11-20", [{"count": 11, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 15, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("whole-after-total-cue-not-carried-trap", "trap", "وشنت الطائرات الأمريكية ثلاث ضربات. وكانت تخطط لقصف 9 من أصل 12 مستودعا للذخيرة.", "2024-02-03", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("breakdown-after-troops-trap", "trap", "ووصل إلى القاعدة 300 جندي أمريكي. وتوزعوا كالتالي: 100 في أربيل و200 في بغداد.", "2023-11-20", []),
    # --- session 20: a bare number after a time preposition (بعد أقل من 24 على …) is a span whose unit the press left out (press) ---
    ("duration-bare-after-since-trap", "trap", "وجاءت هذه العملية بعد أقل من 24 على إعلان القيادة المركزية إصابة جنديين.", "2024-01-08", []),
    ("referent-bare-placed-kept", "dev", "ومن بين هذه الهجمات، وقع 12 في سوريا.", "2024-01-08", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    # --- session 20b: a state right after a launch verb with the weapons' pronoun («أطلقتها إيران») fired them and does not place them (heldout15 hr04) ---
    ("launcher-state-not-scope", "dev", "ومن أصل نحو 15 صاروخا أطلقتها إيران، أصاب 11 صاروخا قاعدة عين الأسد.", "2020-01-31", [{"count": 15, "unit": "rocket", "qualifier": "approx", "scope": "", "since": None, "source": ""}, {"count": 11, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("launcher-state-then-theatre", "press", "وسقطت 3 صواريخ أطلقتها إيران على العراق قرب القاعدة.", "2020-01-31", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("launcher-state-then-outside-trap", "trap", "سقطت 5 صواريخ أطلقتها إيران داخل إسرائيل.", "2024-04-14", []),
    # --- session 19b: a dual rocket noun with the dual Iranian adjective («صاروخان إيرانيان») counts Iran's missiles (heldout14 hq16) ---
    ("missile-iranian-dual-adjective", "dev", "سقط صاروخان إيرانيان قرب أربيل فجر الأربعاء دون إصابات.", "2020-01-08", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("rocket-dual-faction-trap", "trap", "وسقط صاروخان قرب قاعدة عين الأسد أطلقتهما فصائل مسلحة، وهما إيرانيا الصنع.", "2024-01-08", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    # --- session 18: a tally retold with the month it counts from (منذ 17 تشرين الأول) is the same tally (heldout11 hm12) ---
    ("tally-retold-since-month-not-own", "press", "وواجهت القوات الأمريكية في العراق وسوريا 55 هجوما في غضون شهر واحد بحسب ما أعلنته الوزارة الثلاثاء. وقالت المتحدثة: رصدنا منذ 17 تشرين الأول وحتى الآن 55 هجوما على القوات الأمريكية.", "2023-11-14", [{"count": 55, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": ""}]),
    # --- session 18: an article whose headline or first sentence tells of Iran's strike (القصف الإيراني) counts missiles in its plain figures (NEW-DEV hg15) ---
    ("missile-iran-topic-lead-carried", "press", "تعرضت قاعدة عين الأسد للقصف الإيراني فجر الأربعاء. وقالت مصادر أمنية إن 10 صواريخ سقطت داخل القاعدة.", "2020-01-08", [{"count": 10, "unit": "missile", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("missile-iran-background-later-trap", "trap", "وسقطت 3 صواريخ على قاعدة عين الأسد مساء الأحد. وكانت القاعدة قد تعرضت عام 2020 لقصف بصواريخ إيرانية.", "2023-11-13", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("missile-iran-topic-faction-named-trap", "trap", "تعرضت قاعدة عين الأسد للقصف الإيراني فجر الأربعاء. وأطلقت كتائب حزب الله 3 صواريخ على السفارة الأمريكية في بغداد.", "2020-01-08", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    # --- session 18: a word ordinal with «من نوعها» closing a clause about strikes counts the rounds (heldout11 hm17); the same
    # form after an attack noun is annotated both ways (heldout11 hm13 a row; heldout12 hn19, devset dv08 none), so it stays no count ---
    ("series-strikes-of-its-kind", "press", "وكانت الولايات المتحدة قد وجهت قبل أيام ضربات جديدة ضد فصائل موالية لإيران في شرق سوريا، هي الثالثة من نوعها خلال ثلاثة أسابيع.", "2023-11-13", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("series-raid-of-its-kind", "dev", "ونفذت الطائرات الأمريكية غارة على مواقع الفصائل قرب البوكمال، وهي الثانية من نوعها هذا الشهر.", "2023-11-13", [{"count": 2, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("series-attack-copula-of-its-kind-trap", "trap", "وهذا الهجوم هو الثالث من نوعه على قاعدة حرير خلال أسبوع.", "2023-11-13", []),
    ("series-ordinal-before-noun-trap", "trap", "ويعد هذا ثاني هجوم يستهدف قاعدة التاجي خلال أقل من أسبوع.", "2020-03-14", []),
    ("series-rocket-of-its-kind-trap", "trap", "وسقط صاروخ على القاعدة، وهو الثاني من نوعه خلال الليلة.", "2023-11-13", []),
    # --- session 18: a plain rocket noun with the Iranian adjective named before a total in its clause counts missiles ---
    ("missile-iranian-noun-before-bare-total", "press", "وقال مسؤول إن عدد الصواريخ الإيرانية بلغ 15.", "2020-01-08", [{"count": 15, "unit": "missile", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("missile-iranian-noun-before-pronoun-head", "press", "وقال الحرس الثوري إن الصواريخ الإيرانية التي أطلقت على القاعدة بلغ عددها أكثر من 35 صاروخا.", "2020-01-08", [{"count": 35, "unit": "missile", "qualifier": "more_than", "scope": "", "since": None, "source": "Islamic Revolutionary Guard Corps"}]),
    ("missile-iranian-noun-other-clause-trap", "trap", "وقال إن الصواريخ الإيرانية لم تصب أحدا، فيما أطلقت الفصائل 3 صواريخ على قاعدة فكتوريا.", "2021-03-02", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "base:فيكتوريا", "since": None, "source": ""}]),
    # --- session 18: a construct dual before the model it counts (صاروخا/صاروخي كاتيوشا); a total after «أي» closed by «في المجموع»; Tomahawk missiles ---
    ("construct-dual-katyusha-nominative", "press", "وسقط صاروخا كاتيوشا على قاعدة عين الأسد الجوية دون خسائر.", "2021-05-04", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("construct-dual-katyusha-oblique", "press", "وأعلنت خلية الإعلام الأمني سقوط صاروخي كاتيوشا في محيط مطار بغداد.", "2021-05-04", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "base:مطار بغداد", "since": None, "source": "Security Media Cell (Iraq)"}]),
    ("construct-dual-after-number-trap", "trap", "وأطلقت الفصائل 15 صاروخا كاتيوشا على القاعدة.", "2021-05-04", [{"count": 15, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("construct-dual-accusative-singular-trap", "trap", "وأطلق المسلحون صاروخا على قاعدة عين الأسد.", "2021-05-04", []),
    ("construct-dual-rocket-adjective-trap", "trap", "وتعرضت قاعدة عين الأسد لهجوم صاروخي فجر اليوم.", "2021-05-04", []),
    ("total-after-ay-in-all", "press", "وقال المتحدث: منذ 17 أكتوبر تعرضنا لـ20 هجوما في العراق و18 في سوريا، أي 38 في المجموع.", "2023-11-06", [{"count": 20, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": "2023-10-17", "source": ""}, {"count": 18, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-17", "source": ""}, {"count": 38, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": ""}]),
    ("total-after-ay-casualties-trap", "trap", "وأصيب 20 جنديا في العراق و18 في سوريا، أي 38 في المجموع.", "2023-11-06", []),
    ("missile-tomahawk-model", "press", "وأطلقت القوات الأمريكية نحو 60 صاروخا من طراز توماهوك على مطار الشعيرات.", "2017-04-07", [{"count": 60, "unit": "missile", "qualifier": "approx", "scope": "", "since": None, "source": ""}]),
    ("missile-tomahawk-construct", "press", "وأطلقت المدمرتان الأمريكيتان 59 صاروخ توماهوك على القاعدة الجوية.", "2017-04-07", [{"count": 59, "unit": "missile", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 17: Iran's salvo is of missiles (Iran the subject of a salvo verb, or «صواريخ إيرانية»); a tally told twice is one row (heldout12) ---
    ("missile-iran-qad-salvo-verb", "press", "وكانت إيران قد أمطرت قاعدة عين الأسد بعشرات الصواريخ فجر الأربعاء.", "2020-01-10", [{"count": 10, "unit": "missile", "qualifier": "at_least", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("missile-iran-subject-after-qasafat", "press", "وقصفت إيران قاعدتين تضمان قوات أمريكية في العراق بـ15 صاروخا.", "2020-01-09", [{"count": 15, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("missile-iranian-adjective-after-noun", "dev", "وقال مسؤول عسكري إن 11 صاروخا إيرانيا سقطت داخل قاعدة عين الأسد.", "2020-01-12", [{"count": 11, "unit": "missile", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("missile-iranian-made-trap", "trap", "وأطلقت الفصائل 4 صواريخ إيرانية الصنع على قاعدة فكتوريا.", "2021-03-02", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:فيكتوريا", "since": None, "source": ""}]),
    ("rocket-iran-backed-subject-trap", "trap", "وقصفت فصائل موالية لإيران قاعدة عين الأسد بـ10 صواريخ.", "2021-03-03", [{"count": 10, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("tally-retold-same-month", "dev", "وكشف البنتاغون أن قواته تعرضت لـ61 هجوما على مدى الشهر الماضي. وقال المتحدث: رصدنا منذ 17 تشرين الأول 61 هجوما ضد القوات الأمريكية.", "2023-11-20", [{"count": 61, "unit": "attack", "qualifier": "exact", "scope": "", "since": "2023-10-17", "source": ""}]),
    ("tally-retold-other-month-trap", "trap", "وسجل المرصد في كانون الثاني 12 هجوما على قاعدة العمر. وسجل في شباط 12 هجوما على قاعدة العمر.", "2024-03-05", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}, {"count": 12, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    # --- session 16: press forms of counts (own sentences) ------------------------------------------
    ("times-verb-before-long-object", "bug", "تعرضت القوات الأمريكية لهجمات جديدة، إذ استهدفت الفصائل القواعد المنتشرة في شمال شرق سوريا 19 مرة منذ مطلع الشهر.", "2023-11-13", [{"count": 19, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-11", "source": ""}]),
    ("since-clause-names-israel", "dev", "يرتفع عدد الاعتداءات التي استهدفت القوات الأمريكية في سوريا والعراق إلى 144 منذ أن هاجمت حماس إسرائيل في 7 أكتوبر.", "2024-01-28", [{"count": 144, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-07", "source": ""}]),
    ("definite-dual-first-count", "dev", "واستهدفت مسيرات قاعدة في مطار أربيل يوم الأربعاء ثم صباح الخميس. وبين أن الهجومين لم يخلفا قتلى.", "2023-11-23", [{"count": 2, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("definite-dual-strikes", "press", "وأضاف الوزير أن الضربتين أصابتا منشأة للتدريب قرب البوكمال.", "2023-11-13", [{"count": 2, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("definite-dual-salvo-told-trap", "trap", "وسقط صاروخان على قاعدة عين الأسد. وقال المصدر إن الصاروخين سقطا في ساحة فارغة.", "2024-01-05", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("definite-dual-after-figure-trap", "trap", "كما تعرض مركز داخل مطار بغداد لهجوم بمسيرتين أيضا، وقد أحبط الهجومان من دون ضحايا.", "2022-01-05", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:مطار بغداد", "since": None, "source": ""}]),
    ("definite-dual-the-other-two-trap", "trap", "وأصابت إحدى القذائف مهبط المروحيات، بينما سقطت القذيفتان الأخريان في بقعة خالية.", "2022-01-05", []),
    ("missile-iran-verb-first", "press", "وأطلقت إيران 12 صاروخا على قاعدة عين الأسد.", "2020-01-08", [{"count": 12, "unit": "missile", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("backer-state-loyal-to", "press", "ونفذت فصائل موالية لإيران 40 هجوما على القوات الأمريكية.", "2023-12-01", [{"count": 40, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("backer-state-after-vague-tally", "dev", "وتواجه القواعد الأميركية في العراق وسوريا، منذ 18 تشرين الأول الجاري، عشرات الهجمات التي تبنتها كلها جماعة تدعمها إيران.", "2023-10-30", [{"count": 10, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": "2023-10-18", "source": ""}]),
    ("backer-state-supported-by", "press", "وتعرضت القوات لـ 60 هجوما شنتها فصائل مدعومة من إيران.", "2023-12-01", [{"count": 60, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("backer-faction-attacks-israel-trap", "trap", "وأطلقت الفصائل المدعومة من إيران 4 صواريخ على إسرائيل.", "2024-04-14", []),
    ("since-clause-event-then-month", "press", "وقالت الوزارة إن قواعدها في سوريا والعراق استهدفت بـ30 هجوما منذ أن بدأت الحرب على غزة مطلع تشرين الأول.", "2023-11-02", [{"count": 30, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10", "source": ""}]),
    ("since-clause-attack-on-israel", "press", "وتعرضت القوات الأمريكية لـ 100 هجوم منذ هجوم حماس على إسرائيل.", "2023-12-20", [{"count": 100, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("attacks-on-israel-before-since-trap", "trap", "ونفذت المقاومة 50 عملية ضد أهداف في إسرائيل منذ 7 أكتوبر.", "2023-12-20", []),
    ("ships-since-clause-trap", "trap", "وشن الحوثيون 30 هجوما على السفن منذ هجوم حماس على إسرائيل.", "2023-12-20", []),
    ("counter-article-written-apart", "press", "وأعلنت الفصائل أن هذا هو الهجوم الـ 15 الذي تتعرض له القواعد الأمريكية في العراق وسوريا.", "2023-10-24", [{"count": 15, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("definite-apart-after-attacks", "press", "وأصيب 20 جنديا في هذه الهجمات الـ 13.", "2023-10-26", [{"count": 13, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("definite-apart-hours-trap", "trap", "وتعرضت القاعدة لهجومين خلال الـ 48 ساعة الماضية.", "2023-10-26", [{"count": 2, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("definite-apart-troops-trap", "trap", "وقال إن القوات الـ 2500 باقية في العراق.", "2023-10-26", []),
    ("instrument-weapon-after-bare-number", "press", "وكشف مسؤول أن الفصائل شنت 20 هجوما بالطائرات المسيرة و15 بالصواريخ.", "2024-01-20", [{"count": 20, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 15, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("instrument-on-number-still-weapons-trap", "trap", "واستهدفت الفصائل القاعدة بـ3 صواريخ.", "2024-01-20", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("times-after-two-word-strike-noun", "press", "وردت الولايات المتحدة بغارات جوية ثلاث مرات في سوريا منذ 17 أكتوبر.", "2023-12-08", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": "2023-10-17", "source": ""}]),
    ("times-after-three-word-drone-noun", "dev", "وتعرضت القاعدة لهجمات بطائرات بدون طيار 4 مرات خلال أسبوع.", "2024-01-20", [{"count": 4, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("total-head-pronoun-after-relative", "press", "وأصيب 66 عسكريا في تلك الهجمات التي بلغ عددها 78.", "2023-12-08", [{"count": 78, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("total-head-pronoun-relative-sites-trap", "trap", "وقصفت المسيرات المواقع التي بلغ عددها 12 في البادية.", "2024-01-20", []),
    ("ordinal-attack-on-base-in-days", "press", "ويعتبر هذا الهجوم الرابع الذي يستهدف قاعدة عين الأسد خلال الأيام الأربعة الماضية.", "2023-10-29", [{"count": 4, "unit": "attack", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("strikes-on-facilities-not-sites", "press", "وقال الوزير إنه تم شن 3 ضربات ضرورية ومتناسبة على 3 منشآت في العراق.", "2024-01-24", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("targets-and-sites-trap", "trap", "وأعلن الجيش الأمريكي أنه نفذ ضربات على 85 هدفا في 7 مواقع، 3 في العراق و4 في سوريا.", "2024-02-03", []),
    ("attacks-in-hours-word-number", "press", "واستهدفت المقاومة القواعد الأمريكية في العراق وسوريا بإحدى عشرة عملية خلال يوم أمس.", "2024-01-20", [{"count": 11, "unit": "operation", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("tally-compound-word-number", "press", "وارتفع عدد الهجمات التي تعرضت لها القوات الأمريكية إلى ستة وستين هجوما.", "2023-12-01", [{"count": 66, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("split-minha-before-parts", "press", "وقال الجيش الأمريكي إن 80 هجوما تم تنفيذها ضد منشآت أمريكية خلال الأسابيع الماضية، منها 38 في العراق و42 في سوريا.", "2023-12-08", [{"count": 80, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": "US forces"}, {"count": 38, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": "US forces"}, {"count": 42, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": "US forces"}]),
    # --- session 16: weapons not fired, a part of a salvo, "one" after its noun, "من أصل" --------
    ("unfired-spare-rockets-blown-up", "dev", "ورد النظام الدفاعي على مصدر النيران ونسف 6 صواريخ أخرى كانت معدة للإطلاق نحو القاعدة.", "2024-01-05", []),
    ("unfired-found-at-launch-site", "press", "وقالت القيادة إنه تم العثور على 3 صواريخ إضافية في موقع الإطلاق.", "2024-01-05", []),
    ("unfired-seized-ready-for-launch", "press", "وضبطت القوات الأمنية منصة تحمل 8 صواريخ جاهزة للإطلاق في قضاء الزبير.", "2024-01-05", []),
    ("unfired-launcher-found-after-salvo-trap", "trap", "وأطلقت الفصائل 4 صواريخ على قاعدة عين الأسد، وعثرت القوات لاحقا على المنصة.", "2024-01-05", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("weapon-partitive-part-of-salvo", "dev", "وأعلنت الوزارة أن 15 صاروخا استهدفت قاعدة حرير، أصاب 5 منها مباني داخلها.", "2024-01-05", [{"count": 15, "unit": "rocket", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("attack-partitive-still-counts-trap", "trap", "وتعرضت القوات في العراق وسوريا لـ40 هجوما، وقع 25 منها في سوريا.", "2024-01-05", [{"count": 40, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}, {"count": 25, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("one-accusative-after-noun", "press", "وشملت الهجمات 100 هجوم في سوريا، و72 في العراق، وهجوما واحدا في الأردن.", "2024-08-08", [{"count": 100, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 72, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 1, "unit": "attack", "qualifier": "exact", "scope": "Jordan", "since": None, "source": ""}]),
    ("out-of-whole-bare", "press", "وأفاد التقرير باعتراض 40 هجوما فقط من أصل 160 تبنتها الفصائل.", "2024-09-20", [{"count": 40, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 160, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("out-of-whole-with-noun", "press", "وقال إن 9 عمليات وقعت خلال الأيام الأخيرة من أصل 127 هجوما استهدف القواعد.", "2024-01-11", [{"count": 9, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 127, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 16: a salvo told twice is one figure (NEW-DEV: six of nine extras) ----------------
    ("salvo-retold-names-base", "dev", "وقال التحالف إن قاعدة في شمال شرق سوريا استهدفت أمس بـ6 قذائف صاروخية. وأوضح البيان أن قواته تعرضت لـ6 قذائف صاروخية أطلقت باتجاه قاعدة الشدادي.", "2024-01-05", [{"count": 6, "unit": "rocket", "qualifier": "exact", "scope": "base:الشدادي", "since": None, "source": "Coalition"}]),
    ("salvo-retold-second-agency", "press", "وقال مصدران أمنيان إن أربعة صواريخ استهدفت قاعدة عين الأسد ليلة الخميس. ونقلت وكالة أخرى عن مصدر أمني أن 4 صواريخ سقطت حول القاعدة.", "2024-01-05", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("salvo-retold-local-sources", "dev", "وأعلنت الفصائل أنها استهدفت قاعدة حرير بطائرتين مسيرتين. وقالت مصادر محلية إن مسيرتين حلقتا فوق قاعدة حرير قبل إسقاطهما.", "2024-01-05", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("salvo-retold-dated-today", "dev", "وأعلنت الفصائل أنها استهدفت قاعدة أمريكية في سوريا بطائرتين مسيرتين. وذكرت الفصائل في بيان بثته ظهر اليوم أن مقاتليها ضربوا قاعدة خراب الجير بمسيرتين.", "2024-01-05", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:خراب الجير", "since": None, "source": ""}]),
    ("salvo-same-count-other-base-trap", "trap", "وكانت قاعدة عين الأسد قد استهدفت الثلاثاء بطائرتين مسيرتين. كما تعرض مركز في مطار بغداد لهجوم بمسيرتين.", "2024-01-05", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}, {"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:مطار بغداد", "since": None, "source": ""}]),
    ("salvo-same-count-own-day-trap", "trap", "وتعرضت قاعدة التنف لهجوم بثلاث طائرات مسيرة. وجاء الهجوم بعد أيام من هجوم مماثل شنته ثلاث طائرات مسيرة في 19 أكتوبر على القاعدة.", "2023-10-24", [{"count": 3, "unit": "drone", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}, {"count": 3, "unit": "drone", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # session 17: a tally of 10 or more told again in the same month is one row (README: a figure repeated is recorded once)
    ("tally-rule-retold-tally", "dev", "وتعرضت القوات الأمريكية لـ10 هجمات في العراق. وأكد مسؤول آخر أن القوات تعرضت لـ10 هجمات في العراق.", "2024-01-05", [{"count": 10, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("salvo-rule-not-for-small-tallies-trap", "trap", "وتعرضت القوات الأمريكية لـ3 هجمات في العراق. وأكد مسؤول آخر أن القوات تعرضت لـ3 هجمات في العراق.", "2024-01-05", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 3, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    # --- session 15: tally forms read in the press -------------------------------------------------
    ("times-after-qualifier", "press", "وقال المسؤول إن القوات تعرضت للهجوم ما لا يقل عن 12 مرة في العراق و7 مرات في سوريا.", "2023-11-02", [{"count": 12, "unit": "attack", "qualifier": "at_least", "scope": "Iraq", "since": None, "source": ""}, {"count": 7, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("times-after-occurrence-verb", "press", "وأكد أن هذه الهجمات وقعت 25 مرة خلال أسبوعين.", "2023-11-02", [{"count": 25, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("times-after-attack-verb", "press", "واستهدفت الفصائل قاعدة عين الأسد 5 مرات خلال أسبوع.", "2023-11-02", [{"count": 5, "unit": "attack", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("times-growth-verb-trap", "trap", "وتضاعف عدد الهجمات ثلاث مرات مقارنة بالشهر الماضي.", "2023-11-02", []),
    ("times-growth-verb-possessed-trap", "trap", "وضاعفت الفصائل هجماتها ثلاث مرات منذ الصيف.", "2023-11-02", []),
    ("times-no-attack-trap", "trap", "وقال إن موقف الحكومة تغير ثلاث مرات خلال العام.", "2023-11-02", []),
    ("total-lead-in-definite-noun", "press", "وبلغت الهجمات 70 في سوريا، بينما كانت 50 هجوما في العراق.", "2024-01-20", [{"count": 70, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 50, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("total-head-pronoun", "press", "وشنت الفصائل هجمات تجاوز عددها 170 منذ منتصف أكتوبر.", "2024-01-20", [{"count": 170, "unit": "attack", "qualifier": "more_than", "scope": "", "since": "2023-10", "source": ""}]),
    ("total-head-pronoun-lead-in", "press", "ونفذت الفصائل عمليات بلغ عددها نحو 40 عملية ضد القواعد.", "2024-01-20", [{"count": 40, "unit": "operation", "qualifier": "approx", "scope": "", "since": None, "source": ""}]),
    ("total-head-pronoun-sites-trap", "trap", "وقصفت المسيرات مواقع بلغ عددها 12 في البادية.", "2024-01-20", []),
    ("ordinal-before-noun-not-annotated", "dev", "وقالت المصادر إن ذلك ثاني استهداف من هذا النوع تشهده القاعدة خلال أيام.", "2023-10-23", []),
    ("ordinal-after-copula-not-annotated", "dev", "وقال المصدر إن هذا الاستهداف هو الثاني من نوعه للقاعدة خلال الشهر.", "2023-10-23", []),
    # --- session 14: heldout8 made development data ------------------------------------------------
    ("missile-us-drone-at-faction-convoy", "dev", "وفجر الجمعة أطلقت مسيرة أمريكية 3 صواريخ على موكب لعناصر كتائب حزب الله في حي الجهاد ببغداد.", "2024-02-09", [{"count": 3, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": ""}]),
    ("missile-street-name-not-country", "bug", "وأطلقت مسيرة أمريكية صاروخين على سيارة في شارع فلسطين ببغداد.", "2024-01-04", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": ""}]),
    ("missile-iran-salvo-carried", "dev", "وقال الحرس الثوري إنه قصف قاعدة حرير بعشرات الصواريخ. وأكد مسؤول كردي أن 6 صواريخ سقطت داخل قاعدة حرير.", "2024-01-16", [{"count": 10, "unit": "missile", "qualifier": "at_least", "scope": "base:حرير", "since": ""}, {"count": 6, "unit": "missile", "qualifier": "exact", "scope": "base:حرير", "since": ""}]),
    ("missile-us-drone-not-carried-trap", "trap", "وأطلقت مسيرة أمريكية صاروخين على سيارة في بغداد. وقالت الشرطة إن 3 صواريخ سقطت في حي المنصور ببغداد.", "2024-01-04", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": ""}, {"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "Iraq", "since": ""}]),
    ("missile-iran-salvo-then-faction-trap", "trap", "وقال الحرس الثوري إنه قصف أربيل بعشرات الصواريخ. وأطلقت كتائب حزب الله في اليوم نفسه 3 صواريخ على قاعدة عين الأسد.", "2024-01-16", [{"count": 10, "unit": "missile", "qualifier": "at_least", "scope": "Iraq", "since": ""}, {"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": ""}]),
    # --- session 12: errors read on the development sets ------------------------------------------
    ("times-after-weapons-are-attacks", "dev", "وقالت الوزارة إن قواعدها في سوريا استهدفت بالصواريخ والمسيرات 9 مرات خلال أسبوع.", "2024-01-09", [{"count": 9, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": ""}]),
    ("twice-after-attack-noun", "dev", "وتعرضت قاعدة حرير للهجوم مرتين خلال يومين.", "2024-01-09", [{"count": 2, "unit": "attack", "qualifier": "exact", "scope": "base:حرير", "since": ""}]),
    ("trap-twice-multiplier", "trap", "وقالت الوزارة إن عدد المستشارين في العراق زاد أكثر من مرتين خلال عام.", "2024-01-09", []),
    ("trap-wounded-of-them", "trap", "وأوضح المتحدث أن مسيرة ضربت موقعا للتحالف فجرا، ما أدى إلى جرح أربعة منهم.", "2024-01-09", []),
    ("trap-one-way-definite", "trap", "وأشار إلى أن الهجمات نفذت بمسيرات هجومية ذات الاتجاه الواحد.", "2024-01-09", []),
    ("range-ila-without-min", "dev", "وذكر مصدر في الحشد أن الغارة أصابت المقر بـ3 إلى 4 صواريخ.", "2024-01-09", [{"count": 3, "unit": "missile", "qualifier": "at_least", "scope": "", "since": ""}]),
    ("air-raid-rockets-are-missiles", "dev", "وقالت مصادر أمنية إن غارات جوية استهدفت المخزن بثلاثة صواريخ.", "2024-01-09", [{"count": 3, "unit": "missile", "qualifier": "exact", "scope": "", "since": ""}]),
    ("trap-definite-salvo-told-again", "trap", "سقطت أربعة صواريخ على قاعدة عين الأسد. وأكد مسؤول أن الصواريخ الأربعة لم توقع إصابات.", "2024-01-09", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": ""}]),
    # --- cumulative tallies -------------------------------------------------------------
    ("tally-lam-hyphen-pentagon", "press", "وقالت وزارة الدفاع الأميركية إن قواتها في العراق وسوريا تعرضت لـ74 هجوماً منذ 17 أكتوبر الماضي.", "2023-11-28", [{"count": 74, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-lam-glued-digits", "press", "وأفاد مسؤول في البنتاغون بأن القوات الأميركية تعرضت ل58 هجوما منذ 17 تشرين الأول في العراق وسوريا.", "2023-11-16", [{"count": 58, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-noun-glued-to-munth", "press", "وأعلن البنتاغون أن القوات الأمريكية وقوات التحالف تعرضت لـ 63 هجومامنذ 17 تشرين الأول في سوريا والعراق.", "2023-11-18", [{"count": 63, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-marra-at-least-far", "press", "وتعرضت القوات الأمريكية وقوات التحالف الدولي في العراق وسوريا للهجوم 31 مرة على الأقل في الفترة الممتدة بين 17 أكتوبر و3 نوفمبر.", "2023-11-04", [{"count": 31, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": "2023-10-17", "source": ""}]),
    ("tally-irtafa-ila", "press", "وارتفع عدد الهجمات التي طاولت القواعد الأميركية في سوريا والعراق إلى 118 هجوما، بحسب البنتاغون.", "2023-12-28", [{"count": 118, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": "Pentagon"}]),
    ("tally-balagh-operations", "press", "وبلغ عدد العمليات التي تبنتها المقاومة الإسلامية في العراق منذ بداية الحرب على غزة 142 عملية.", "2024-01-10", [{"count": 142, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("tally-wasala-ila-no-noun", "press", "وأفاد المتحدث باسم البنتاغون بأن عدد الهجمات على القواعد الأميركية في العراق وسوريا وصل إلى 140 منذ 17 أكتوبر من العام الماضي.", "2024-01-26", [{"count": 140, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-sajjalat-pentagon", "press", "وسجلت وزارة الدفاع الأميركية 103 هجمات على مواقعها في العراق وسوريا اعتبارا من السابع عشر من أكتوبر الماضي.", "2023-12-22", [{"count": 103, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-sohr-wathaqa", "press", "ووثق المرصد السوري 71 هجوماً على القواعد الأميركية في سوريا منذ تاريخ 19 تشرين الأول 2023.", "2024-01-09", [{"count": 71, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-19", "source": "SOHR"}]),
    ("tally-fox-window", "press", "وتعرضت القوات الأميركية في العراق وسوريا لـ52 هجوما خلال الشهر الماضي، بحسب شبكة فوكس نيوز.", "2023-11-16", [{"count": 52, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": "Fox News"}]),
    ("tally-arabic-indic-digits", "press", "وأعلنت وزارة الدفاع الأميركية أن قواتها في العراق وسوريا تعرضت لـ٨٤ هجوماً منذ ١٧ أكتوبر.", "2023-12-05", [{"count": 84, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-levantine-range", "press", "وتعرضت القوات الأميركية لـ97 هجوما في سوريا والعراق خلال الفترة من 17 تشرين الأول حتى 15 كانون الأول، وفقا لوزارة الدفاع الأميركية.", "2023-12-18", [{"count": 97, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-maghrebi-month", "press", "وأفاد البنتاغون بأن القوات الأمريكية تعرضت لـ61 هجوما في العراق وسوريا منذ 17 أكتوبر إلى غاية 17 نونبر.", "2023-11-18", [{"count": 61, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-paired-month-paren", "press", "وقالت نائبة المتحدث باسم البنتاغون إن القوات الأميركية تعرضت لـ69 هجوما منذ 17 أكتوبر(تشرين الأول الماضي)، في العراق وسوريا.", "2023-11-24", [{"count": 69, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("tally-since-mid-month", "press", "وقد استهدفت الصواريخ والطائرات المسيرة القوات الأميركية في العراق وسوريا أكثر من 75 مرة منذ منتصف تشرين الأول.", "2023-11-28", [{"count": 75, "unit": "attack", "qualifier": "more_than", "scope": "Iraq+Syria", "since": "2023-10", "source": ""}]),
    ("tally-day-scoped-word-count", "press", "وتعرضت القوات الأمريكية في العراق وسوريا للهجوم ثلاث مرات يوم الجمعة وحده.", "2023-11-18", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("tally-washington-blames", "press", "وحمّلت واشنطن فصائل موالية لإيران مسؤولية أكثر من 60 هجوما على قواتها في العراق وسوريا.", "2023-11-18", [{"count": 60, "unit": "attack", "qualifier": "more_than", "scope": "Iraq+Syria", "since": None, "source": "US government"}]),
    ("tally-casualty-then-count", "press", "وقالت المتحدثة باسم البنتاغون إن 56 جنديا أمريكيا أصيبوا في 40 هجوما على الأقل استهدفت القوات في العراق وسوريا.", "2023-11-10", [{"count": 40, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": None, "source": "Pentagon"}]),
    ("tally-other-theatre-in-sentence", "press", "وبلغت الهجمات على القوات الأميركية في العراق وسوريا 151 هجوما، فيما شن الحوثيون 31 هجوما على السفن في البحر الأحمر.", "2024-01-25", [{"count": 151, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    # --- qualifiers -----------------------------------------------------------------------
    ("qual-ma-la-yaqillu", "press", "وأحصى البنتاغون ما لا يقل عن 151 هجوما على قواته في العراق وسوريا منذ منتصف أكتوبر.", "2024-01-24", [{"count": 151, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": "2023-10", "source": "Pentagon"}]),
    ("qual-layaqill-glued", "press", "وبذلك يرتفع عدد الهجمات التي شنتها الجماعة على المواقع الأميركية في سوريا والعراق إلى ما لايقل عن 34 هجوماً.", "2023-11-05", [{"count": 34, "unit": "attack", "qualifier": "at_least", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("qual-nahw-faction-operations", "press", "وتقول المقاومة الإسلامية في العراق إنها نفذت نحو 70 عملية ضد القواعد الأميركية منذ منتصف تشرين الأول.", "2023-11-20", [{"count": 70, "unit": "operation", "qualifier": "approx", "scope": "", "since": "2023-10", "source": "Islamic Resistance in Iraq"}]),
    ("qual-ma-yazid-ala", "press", "وأشار التقرير إلى ما يزيد على 90 استهدافا للقواعد الأميركية في سوريا منذ 19 أكتوبر.", "2024-01-15", [{"count": 90, "unit": "attack", "qualifier": "more_than", "scope": "Syria", "since": "2023-10-19", "source": ""}]),
    ("qual-zuhaa", "press", "وشنت الفصائل زهاء 40 هجوما بالصواريخ والمسيرات على قواعد التحالف في سوريا خلال الشهر الماضي.", "2024-01-05", [{"count": 40, "unit": "attack", "qualifier": "approx", "scope": "Syria", "since": None, "source": ""}]),
    ("qual-aqall-min", "dev", "وسجلت الأسابيع الأولى أقل من 20 هجوما على القوات الأميركية في العراق.", "2023-11-02", [{"count": 20, "unit": "attack", "qualifier": "less_than", "scope": "Iraq", "since": None, "source": ""}]),
    ("qual-operation-more-than", "press", "وسبق للمقاومة الإسلامية في العراق أن نفذت أكثر من 80 عملية قصف طالت قواعد تضم قوات أمريكية في العراق وسوريا.", "2023-12-06", [{"count": 80, "unit": "operation", "qualifier": "more_than", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    # --- number words ---------------------------------------------------------------------
    ("words-compound-lam-and-trap-wahid", "press", "وتعرضت القوات الأميركية وقوات التحالف لواحد وستين هجوماً خلال شهر واحد.", "2023-11-18", [{"count": 61, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("words-split-elided", "press", "وكانت تسعة وعشرون هجوما منها في العراق، واثنان وثلاثون في سوريا.", "2023-11-18", [{"count": 29, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 32, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("words-case-endings", "press", "وتعرضت القواعد الأمريكية في سوريا لأكثرَ من ثمانيةٍ وعشرينَ استهدافاً منذُ منتصفِ تشرينَ الأولِ الفائت.", "2023-11-06", [{"count": 28, "unit": "attack", "qualifier": "more_than", "scope": "Syria", "since": "2023-10", "source": ""}]),
    ("words-feminine-operations-region", "press", "ونفذ مقاتلو المقاومة إحدى وعشرين عملية خلال الساعات الماضية ضد قواعد الاحتلال في العراق والمنطقة.", "2026-03-08", [{"count": 21, "unit": "operation", "qualifier": "exact", "scope": "region", "since": None, "source": ""}]),
    ("words-ithnata-ashrata-marra", "press", "وقال البنتاغون إن قواته تعرضت للهجوم اثنتي عشرة مرة في العراق وسوريا خلال الأسبوع الماضي.", "2023-10-24", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": "Pentagon"}]),
    # --- splits ---------------------------------------------------------------------------
    ("split-elided-with-total", "press", "وقال المتحدث باسم البنتاغون إن القوات الأميركية تعرضت منذ 17 أكتوبر لـ22 هجوما في العراق و19 في سوريا، أي ما مجموعه 41 هجوما.", "2023-11-02", [{"count": 22, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": "2023-10-17", "source": "Pentagon"}, {"count": 19, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-17", "source": "Pentagon"}, {"count": 41, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": "2023-10-17", "source": "Pentagon"}]),
    ("split-minha", "press", "وأضاف المسؤول أن 26 منها وقعت في العراق و31 في سوريا.", "2023-11-17", [{"count": 26, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 31, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("split-biwaqi", "press", "وتعرضت القوات الأميركية لـ24 هجوما خلال أسبوعين، بواقع 15 هجوما في العراق و9 في سوريا.", "2023-10-31", [{"count": 24, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}, {"count": 15, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 9, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("split-wahid-jordan", "press", "وأشارت إلى أن الهجمات توزعت بين 99 هجوماً في سوريا و67 هجوماً في العراق وهجوم واحد في الأردن.", "2024-02-03", [{"count": 99, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 67, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 1, "unit": "attack", "qualifier": "exact", "scope": "Jordan", "since": None, "source": ""}]),
    ("split-country-before-number", "press", "وتوزعت الهجمات بين سوريا 57 هجوما والعراق 49 هجوما.", "2023-12-20", [{"count": 57, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 49, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("split-region-dual-word", "press", "وتعرضت القوات الأميركية لـ203 هجمات في العراق وسوريا والأردن، بواقع 78 هجوما في العراق و123 في سوريا واثنين في الأردن.", "2024-11-22", [{"count": 203, "unit": "attack", "qualifier": "exact", "scope": "region", "since": None, "source": ""}, {"count": 78, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 123, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 2, "unit": "attack", "qualifier": "exact", "scope": "Jordan", "since": None, "source": ""}]),
    ("split-qualifier-first-part-only", "press", "وقال مسؤول دفاعي أميركي إن القوات تعرضت للهجوم 16 مرة على الأقل في العراق وسبع هجمات منفصلة في سوريا.", "2023-10-31", [{"count": 16, "unit": "attack", "qualifier": "at_least", "scope": "Iraq", "since": None, "source": "Pentagon"}, {"count": 7, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": "Pentagon"}]),
    ("split-verb-repeated-per-country", "press", "وأوضحت أن القواعد في العراق تعرضت لـ29 هجوماً، وفي سوريا لـ35 هجوماً، منذ 17 أكتوبر/تشرين الأول.", "2023-11-21", [{"count": 29, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": "2023-10-17", "source": ""}, {"count": 35, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-17", "source": ""}]),
    ("split-hadith-unit", "press", "وقال المسؤول إن هذا العدد يشمل 45 حادثا في العراق و58 حادثا في سوريا.", "2023-12-16", [{"count": 45, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 58, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    # --- per-base counts --------------------------------------------------------------------
    ("base-list-sohr-month", "press", "وسجل المرصد السوري في كانون الثاني 12 هجوما على قاعدة حقل العمر و9 على قاعدة كونيكو و3 على قاعدة التنف.", "2024-02-10", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": "SOHR"}, {"count": 9, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": "SOHR"}, {"count": 3, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": "SOHR"}]),
    ("base-including", "press", "ومنذ 19 أكتوبر الماضي، استُهدفت المواقع الأميركية في سوريا بـ 118 هجوماً، بينها 14 هجوماً طالت قاعدة الشدادي.", "2024-07-08", [{"count": 118, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-19", "source": ""}, {"count": 14, "unit": "attack", "qualifier": "exact", "scope": "base:الشدادي", "since": "2023-10-19", "source": ""}]),
    ("base-ba-list", "press", "وتصدرت قاعدة حقل كونيكو قائمة الأهداف بـ21 هجوماً، تلتها قاعدة حقل العمر بـ17 هجوماً.", "2024-07-05", [{"count": 21, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}, {"count": 17, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("base-min-asl", "press", "وتعرضت قاعدة التنف لنحو 15 هجوما منذ بدء التصعيد، من أصل أكثر من 120 هجوما على قواعد التحالف في سوريا.", "2024-04-08", [{"count": 15, "unit": "attack", "qualifier": "approx", "scope": "base:التنف", "since": None, "source": ""}, {"count": 120, "unit": "attack", "qualifier": "more_than", "scope": "Syria", "since": None, "source": ""}]),
    ("base-since-tarikh", "press", "وبلغت الهجمات على قاعدة التنف وحدها 19 هجوما منذ تاريخ 21 تشرين الأول 2023.", "2024-04-08", [{"count": 19, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": "2023-10-21", "source": ""}]),
    # --- running counters -------------------------------------------------------------------
    ("counter-al-raqm", "press", "وقالت مصادر محلية إن الهجوم على حقل كونيكو هو الرقم 23 خلال الشهرين الماضيين.", "2024-01-20", [{"count": 23, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("counter-digit-ordinal", "press", "وجاء القصف على قاعدة الشدادي في هجوم هو الـ112 على القواعد الأميركية في سوريا منذ 19 أكتوبر.", "2024-01-18", [{"count": 112, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10-19", "source": ""}]),
    ("counter-raqm", "dev", "ويعد هذا الهجوم رقم 150 على القوات الأميركية في العراق وسوريا منذ بدء الحرب في غزة.", "2024-01-28", [{"count": 150, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("counter-operation-ordinal", "press", "وأعلنت الفصائل تنفيذ العملية الـ160 ضد قواعد الاحتلال الأميركي في العراق وسوريا.", "2024-01-30", [{"count": 160, "unit": "operation", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("counter-window-total", "press", "وبذلك يبلغ مجموع العمليات خلال الـ9 أيام الماضية 214 عملية، بحسب بيان المقاومة الإسلامية في العراق.", "2026-03-10", [{"count": 214, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": "Islamic Resistance in Iraq"}]),
    ("counter-24h-window", "press", "وأعلنت المقاومة الإسلامية في العراق تنفيذ 26 عملية خلال الساعات الـ24 الماضية.", "2026-03-09", [{"count": 26, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": "Islamic Resistance in Iraq"}]),
    # --- per-weapon counts ------------------------------------------------------------------
    ("drone-dual-ba", "press", "واستهدفت المقاومة الإسلامية في العراق قاعدة حرير في أربيل بطائرتين مسيرتين فجر السبت.", "2023-11-04", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("drone-dual-diacritics", "press", "ورصدت القوات الأميركية طائرتَين مسيّرتَين دخلتا أجواء قاعدة التنف.", "2023-11-30", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("drone-word-ba", "press", "وهاجمت الفصائل قاعدة حقل العمر بثلاث طائرات مسيرة انتحارية مساء الاثنين.", "2024-01-16", [{"count": 3, "unit": "drone", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("drone-interception-count", "press", "وأسقطت الدفاعات الجوية في قاعدة فيكتوريا ثلاث طائرات مسيرة حاولت الاقتراب من مطار بغداد.", "2026-03-10", [{"count": 3, "unit": "drone", "qualifier": "exact", "scope": "base:فيكتوريا", "since": None, "source": ""}]),
    ("drone-one-at-least", "press", "وأحبطت الدفاعات في معمل كونيكو هجوما شاركت فيه طائرة مسيرة واحدة على الأقل.", "2023-10-30", [{"count": 1, "unit": "drone", "qualifier": "at_least", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("drone-more-than-word", "press", "وأفادت الوكالة بأن الانفجارات ناجمة عن استهداف القاعدة في الشدادي بأكثر من ثلاث طائرات مسيرة.", "2024-08-06", [{"count": 3, "unit": "drone", "qualifier": "more_than", "scope": "base:الشدادي", "since": None, "source": ""}]),
    ("drone-dual-subject", "press", "وأصيب 19 جنديا بجروح طفيفة حين هاجمت مسيرتان انتحاريتان قاعدة التنف في 18 أكتوبر.", "2023-10-25", [{"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("rocket-digits-coalition", "press", "وقال التحالف الدولي إن 11 صاروخا سقطت داخل قاعدة عين الأسد وفي محيطها.", "2021-03-04", [{"count": 11, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": "Coalition"}]),
    ("rocket-ba-hyphen-and-dual-casualty", "press", "وأصيب شخصان بجروح في هجوم بـ12 صاروخا استهدف قاعدة عين الأسد غربي العراق.", "2021-03-04", [{"count": 12, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("rocket-word-ba", "press", "وأكدت مصادر ميدانية أن القصف على قاعدة كونيكو تم بتسعة صواريخ سقط معظمها داخل القاعدة.", "2023-11-03", [{"count": 9, "unit": "rocket", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("rocket-dual-subject", "press", "وسقط صاروخان على مقربة من مدرج قاعدة الشدادي ليل الثلاثاء.", "2023-12-13", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "base:الشدادي", "since": None, "source": ""}]),
    ("rocket-approx", "press", "وتعرضت القاعدة الأميركية في حقل كونيكو لقصف بنحو 15 صاروخا أطلقت من الضفة الغربية للفرات.", "2024-07-27", [{"count": 15, "unit": "rocket", "qualifier": "approx", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("rocket-more-than", "press", "وذكرت المصادر أن أكثر من 10 صواريخ استهدفت قاعدة حقل العمر.", "2024-07-27", [{"count": 10, "unit": "rocket", "qualifier": "more_than", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("rocket-qadhaif-sarukhiya", "press", "وسقطت أربع قذائف صاروخية في محيط حقل كونيكو مساء الثلاثاء.", "2024-10-09", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("rocket-asharat", "press", "وأفادت مصادر محلية بأن الهجوم نفذ بعشرات الصواريخ التي سقط بعضها في محيط حقل العمر.", "2021-07-11", [{"count": 10, "unit": "rocket", "qualifier": "at_least", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("mortar-word", "press", "وتعرضت القاعدة المشتركة في الشدادي لقصف بأربع قذائف هاون مساء الأحد.", "2023-12-12", [{"count": 4, "unit": "mortar", "qualifier": "exact", "scope": "base:الشدادي", "since": None, "source": ""}]),
    ("mortar-dual", "dev", "وسقطت قذيفتا هاون قرب مقر التحالف في قاعدة خراب الجير.", "2023-11-22", [{"count": 2, "unit": "mortar", "qualifier": "exact", "scope": "base:خراب الجير", "since": None, "source": ""}]),
    ("mortar-mortar-loanword", "dev", "وسقطت قرابة ست قذائف مورتر داخل مجمع السفارة الأمريكية.", "2020-01-21", [{"count": 6, "unit": "mortar", "qualifier": "approx", "scope": "Iraq", "since": None, "source": ""}]),
    ("shell-bare-is-mortar", "dev", "وطالت 4 قذائف على الأقل محيط قاعدة التنف.", "2023-11-02", [{"count": 4, "unit": "mortar", "qualifier": "at_least", "scope": "base:التنف", "since": None, "source": ""}]),
    ("missile-irgc-plain-rocket-noun", "dev", "وقصف الحرس الثوري مواقع في أربيل بـ12 صاروخا.", "2022-03-13", [{"count": 12, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("rocket-state-reports-not-fires", "trap", "وقالت القيادة المركزية الأمريكية إن 3 صواريخ سقطت قرب قاعدة حرير.", "2023-11-02", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("rocket-katyusha-after-plain", "trap", "وأطلق الحرس الثوري تهديدا، فيما أفاد مصدران بإطلاق صاروخين من طراز كاتيوشا باتجاه القاعدة.", "2023-11-02", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("rocket-us-ground-forces", "trap", "وأطلقت القوات الأمريكية المتمركزة في حقل العمر ثلاثة صواريخ نحو الميادين.", "2023-11-02", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("partitive-of-sites", "trap", "وطالت الضربات الأمريكية 5 قواعد للفصائل، ثلاث منها في الأنبار واثنتان في سوريا.", "2020-01-01", []),
    ("partitive-of-attacks", "dev", "وشنت الفصائل 20 هجوما، 12 منها في العراق و8 في سوريا.", "2023-11-02", [{"count": 20, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}, {"count": 12, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 8, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("missile-ballistic-city", "press", "وقال جهاز مكافحة الإرهاب في إقليم كردستان إن 11 صاروخا باليستيا سقطت في محيط أربيل بعد منتصف الليل.", "2022-03-13", [{"count": 11, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": "Kurdistan CTD"}]),
    ("words-lam-feminine-ten", "press", "وتعرضت قاعدة حقل العمر لعشر هجمات بأسلحة أرض أرض فجر السبت.", "2023-10-28", [{"count": 10, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("attacks-asharat", "press", "وتبنت الفصائل العراقية عشرات الهجمات على القواعد الأميركية منذ تشرين الأول الماضي.", "2024-02-08", [{"count": 10, "unit": "attack", "qualifier": "at_least", "scope": "", "since": "2023-10", "source": ""}]),
    # --- US and coalition strikes -----------------------------------------------------------
    ("strike-digits-ghara", "press", "وشنت طائرات أميركية 5 غارات على مقرات لكتائب حزب الله في منطقة جرف الصخر شمالي بابل.", "2024-01-24", [{"count": 5, "unit": "strike", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("strike-dual-and-facility-trap", "press", "وأكد وزير الدفاع الأميركي تنفيذ ضربتين جويتين على منشأتين في شرق سوريا.", "2023-11-09", [{"count": 2, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": "Pentagon"}]),
    ("strike-word", "press", "ونفذت مقاتلات أميركية ثلاث غارات على مواقع لفصيل مسلح قرب القائم فجر الأحد.", "2024-02-04", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("strike-coalition-split", "press", "وقالت قوة المهام المشتركة إن التحالف نفذ 14 ضربة جوية ضد التنظيم في العراق وست ضربات في سوريا.", "2016-05-10", [{"count": 14, "unit": "strike", "qualifier": "exact", "scope": "Iraq", "since": None, "source": "Coalition"}, {"count": 6, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": "Coalition"}]),
    ("strike-hajamat-by-us", "press", "ونفذ الجيش الأميركي منذ أواخر أكتوبر ثلاث هجمات على منشآت يقول إنها تتبع الحرس الثوري شرقي سوريا.", "2023-11-14", [{"count": 3, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": "2023-10", "source": ""}]),
    # --- traps: numbers that are not attack counts -----------------------------------------
    ("trap-casualties", "trap", "وأسفرت الهجمات عن إصابة 62 جنديا أميركيا بجروح طفيفة، عاد معظمهم إلى الخدمة.", "2023-11-22", []),
    ("trap-troop-numbers", "trap", "ويتمركز قرابة 2400 عسكري أميركي بالعراق وقرابة 850 بسوريا.", "2023-11-22", []),
    ("trap-bases-attacked", "trap", "وقال المتحدث إن 11 قاعدة في العراق و4 قواعد في سوريا تعرضت للهجوم خلال الأسبوع.", "2023-10-27", []),
    ("trap-targets-munitions", "trap", "وأوضحت القيادة المركزية أنها ضربت أكثر من 80 هدفا باستخدام 120 ذخيرة دقيقة التوجيه.", "2024-02-03", []),
    ("trap-facilities-split", "trap", "وقال البيت الأبيض إن الضربات طالت ثلاث منشآت في العراق وأربعا في سوريا.", "2024-02-03", []),
    ("trap-sites-dual", "trap", "وهاجمت المسيرات موقعين في العراق يستضيفان قوات أميركية.", "2023-11-18", []),
    ("trap-series-dual", "trap", "وشن الجيش الأميركي على مدى يومين سلسلتين من الغارات داخل الأراضي العراقية.", "2024-01-24", []),
    ("counter-word-ordinal", "dev", "ويعد هذا الهجوم الثاني على قاعدة عين الأسد خلال أقل من يومين.", "2023-10-20", [{"count": 2, "unit": "attack", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("counter-word-ordinal-of-its-kind", "dev", "ويعتبر هذا الهجوم الرابع من نوعه في سوريا خلال أسبوع.", "2023-10-20", [{"count": 4, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("counter-word-ordinal-compound", "press", "وهذه العملية الخامسة والثلاثون التي تنفذها الفصائل ضد قواعد الاحتلال في العراق.", "2023-12-01", [{"count": 35, "unit": "operation", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("missile-iran-launches", "dev", "وقال متحدث عسكري إن إيران أطلقت من أراضيها أكثر من 15 صاروخا على قاعدتين في العراق.", "2020-01-08", [{"count": 15, "unit": "missile", "qualifier": "more_than", "scope": "Iraq", "since": None, "source": ""}]),
    ("rocket-tehran-reports-faction", "trap", "وقالت طهران إن الفصائل أطلقت 5 صواريخ على القاعدة في العراق.", "2024-01-08", [{"count": 5, "unit": "rocket", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("bug-inflict-not-expect", "bug", "وسقطت ثلاثة صواريخ على الأقل على القاعدة في الأنبار يوم الاثنين، من دون أن توقع ضحايا.", "2024-01-10", [{"count": 3, "unit": "rocket", "qualifier": "at_least", "scope": "Iraq", "since": None, "source": ""}]),
    ("trap-expected-launch", "trap", "ويتوقع مسؤولون أن تطلق الفصائل 10 صواريخ على القاعدة في الأنبار.", "2024-01-10", []),
    ("part-of-salvo-downed", "dev", "وأسقطت قوات التحالف اثنتين من المسيرات فيما أصابت الثالثة القاعدة في الحسكة.", "2024-01-10", []),
    ("part-of-salvo-demonstrative", "dev", "وأوضح المصدر أن اثنين من تلك الصواريخ سقطا داخل القاعدة في الأنبار.", "2024-01-10", []),
    ("breakdown-versus", "dev", "وتوزعت الهجمات بواقع 40 هجوما في العراق مقابل 61 في سوريا.", "2024-02-01", [{"count": 40, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 61, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("breakdown-whereas", "dev", "واستهدف 19 هجوما القوات في العراق، بينما وقع 23 في سوريا.", "2024-02-01", [{"count": 19, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 23, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("breakdown-partitive-means", "dev", "وأوضح أن الهجمات التي نفذت بصواريخ ومسيرات أصابت القواعد، وأن العراق شهد 17 منها وسوريا 21.", "2024-02-01", [{"count": 17, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 21, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("total-reached-after-head", "dev", "وبلغ عدد الغارات أربعا على مواقع الفصائل في البوكمال.", "2024-02-03", [{"count": 4, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("total-head-after-number", "dev", "ويرتفع بذلك إلى 73 عدد الهجمات على القوات الأمريكية في العراق.", "2024-01-05", [{"count": 73, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("trap-casualties-placed", "trap", "وشنت الفصائل 20 هجوما على القواعد، وأصيب 3 في العراق.", "2024-01-05", [{"count": 20, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("trap-word-ordinal-first", "trap", "ويعد هذا الهجوم الأول على السفارة منذ أشهر.", "2023-10-20", []),
    ("trap-word-ordinal-region", "dev", "ويعد هذا الهجوم الثاني على القوات الأمريكية في المنطقة خلال أيام.", "2023-10-20", []),
    ("trap-word-ordinal-weapon", "trap", "وسقط الصاروخ الثاني قرب سور القاعدة في الأنبار.", "2023-10-20", []),
    ("trap-lil-marra", "trap", "وتعرضت قاعدة قسرك للاستهداف للمرة الثالثة بالطيران المسير.", "2024-01-14", []),
    ("trap-war-day", "trap", "وتزامن القصف مع دخول الحرب على غزة يومها الـ47.", "2023-11-22", []),
    ("trap-distance", "trap", "وتقع القاعدة على بعد 85 كيلومترا شرقي مدينة أربيل وتبعد عن الحدود الإيرانية نحو 120 كيلومترا.", "2023-11-08", []),
    ("trap-capacity", "trap", "وتتسع قاعدة عين الأسد لأكثر من 4 آلاف عسكري مع مرافقهم.", "2024-01-21", []),
    ("trap-vehicles", "trap", "ودخل رتل أميركي مؤلف من 45 شاحنة و6 مدرعات إلى الحسكة عبر معبر الوليد.", "2024-02-22", []),
    ("trap-sources-explosions", "trap", "وقال ثلاثة مسؤولين أمنيين إن انفجارين دويا قرب القاعدة.", "2023-10-19", []),
    ("trap-explosions-word", "trap", "وسمع دوي أربعة انفجارات في محيط القاعدة الأميركية بالشدادي.", "2022-11-26", []),
    ("trap-brigade-number", "trap", "واستهدفت الغارة مقر اللواء 46 في الحشد الشعبي بقضاء القائم.", "2019-12-30", []),
    ("trap-aircraft-count", "trap", "وقالت القيادة المركزية إن ثلاث قاذفات وأربع طائرات حربية شاركت في الغارات.", "2024-02-03", []),
    ("trap-aircraft-models", "trap", "وشاركت في الضربات قاذفات B-1 ومقاتلات F-15 انطلقت من قواعد بعيدة.", "2024-02-03", []),
    ("trap-money", "trap", "وخصصت واشنطن مكافأة بقيمة عشرة ملايين دولار لمن يدلي بمعلومات عن قادة الكتائب.", "2024-02-12", []),
    ("trap-percent", "trap", "وقدر الدفاع المدني حجم الدمار في المبنى بأكثر من 70٪.", "2024-01-16", []),
    ("trap-time-numeric-date", "trap", "ووقع الهجوم قرابة الساعة 23:30 بالتوقيت المحلي من يوم 5/1/2024.", "2024-01-06", []),
    ("trap-multiplier", "trap", "وتضاعف عدد الهجمات في سوريا ثلاث مرات منذ يوم الجمعة.", "2023-10-31", []),
    ("trap-zero", "trap", "ولم تتعرض القوات الأميركية في العراق وسوريا لأي هجوم منذ 4 فبراير.", "2024-03-01", []),
    ("trap-years", "trap", "وتنتشر القوات الأميركية في سوريا منذ عام 2015 ضمن التحالف الذي تأسس عام 2014.", "2023-11-22", []),
    ("trap-hours-window", "trap", "وجاء الهجوم بعد أقل من 24 ساعة على استهداف مماثل لقاعدة الشدادي.", "2023-11-07", []),
    ("trap-threat-hypothetical", "trap", "وهددت الفصائل بشن مئات الهجمات إذا لم تنسحب القوات الأميركية.", "2024-01-05", []),
    ("trap-other-theatre-israel", "trap", "وأعلنت الفصائل مسؤوليتها عن قرابة 300 هجوم ضد أهداف داخل إسرائيل منذ بدء الحرب.", "2024-10-20", []),
    ("trap-bare-singular", "trap", "واستهدفت طائرة مسيرة قاعدة حرير الجوية دون أن تسفر عن إصابات.", "2023-11-09", []),
    ("trap-duration", "trap", "واستمرت الاشتباكات ثلاثة أيام قبل أن تنسحب المجموعة المهاجمة.", "2023-08-30", []),
    ("trap-age-unit", "trap", "وكان الرقيب القتيل يبلغ من العمر 46 عاما ويخدم في الكتيبة 926.", "2024-01-30", []),
    ("trap-statements-count", "trap", "وأصدرت الفصائل ثلاثة بيانات منفصلة تبنت فيها الهجمات الأخيرة.", "2023-11-02", []),
    ("trap-base-name-number", "trap", "وقع الهجوم في موقع البرج 22 قرب الحدود الأردنية السورية.", "2024-01-29", []),
    # --- session 25: a verb and head lead a tally across a long subject («تجاوز عدد الهجمات على … في العراق وسوريا 100»); a verb of passing makes it more_than (press) ---
    ("long-subject-total-passed", "press", "وتجاوز عدد الهجمات على المواقع الأمريكية في العراق وسوريا 120 منذ 17 تشرين الأول.", "2024-01-05", [{"count": 120, "unit": "attack", "qualifier": "more_than", "scope": "Iraq+Syria", "since": "2023-10-17", "source": ""}]),
    ("long-subject-total-reached", "press", "وبلغ عدد العمليات التي تبنتها الفصائل ضد القواعد الأمريكية في سوريا 64 خلال الشهرين الماضيين.", "2023-12-20", [{"count": 64, "unit": "operation", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("passing-verb-attack-subject", "press", "وقد تخطت الهجمات على القوات الأمريكية 150 هجوما منذ بدء الحرب.", "2024-01-05", [{"count": 150, "unit": "attack", "qualifier": "more_than", "scope": "", "since": None, "source": ""}]),
    ("long-subject-casualties-trap", "trap", "وبلغ عدد القتلى في الهجمات على القواعد الأمريكية في العراق 3.", "2024-01-05", []),
    ("long-subject-troops-trap", "trap", "وتجاوز عدد الجنود الأمريكيين المنتشرين في قواعد العراق وسوريا 3400.", "2024-01-05", []),
    # --- session 25: qualifier words before an article written apart from the number («لما يقارب الـ 90») (press) ---
    ("approx-detached-article", "press", "وتعرضت القواعد الأمريكية في سوريا لما يقارب الـ 85 هجوما منذ منتصف تشرين الأول.", "2023-12-10", [{"count": 85, "unit": "attack", "qualifier": "approx", "scope": "Syria", "since": "2023-10", "source": ""}]),
    ("approx-detached-article-total", "press", "وارتفع عدد الهجمات على القوات الأمريكية إلى نحو الـ 70.", "2023-11-25", [{"count": 70, "unit": "attack", "qualifier": "approx", "scope": "", "since": None, "source": ""}]),
    ("detached-article-counter-kept", "dev", "ونفذت الفصائل العملية الـ 160 ضد القواعد الأمريكية.", "2024-01-05", [{"count": 160, "unit": "operation", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 25: an attack verb opening a clause with a long subject before «N مرة» (press) ---
    ("times-verb-long-subject", "press", "واستهدفت الجماعات المسلحة الموالية لطهران في البادية السورية القواعد الأمريكية 19 مرة منذ بداية العام.", "2024-03-05", [{"count": 19, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2024-01", "source": ""}]),
    ("times-verb-beyond-comma-trap", "trap", "وقصفت الطائرات مواقع الفصائل، وشاهد السكان الطائرات تحلق فوق المنطقة 4 مرات.", "2024-01-05", []),
    # --- session 25: لست before a counted plural noun is ل + ست («تعرضت لست هجمات») (press) ---
    ("lastu-six-attacks", "press", "وتعرضت القواعد الأمريكية في سوريا لست هجمات خلال يومين.", "2024-01-05", [{"count": 6, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    # --- session 25: a bare number after a fronted «وفي + place» is the next part of a breakdown (press) ---
    ("fronted-place-part", "press", "وبلغ عدد الهجمات في العراق 34 هجوما وفي سوريا 45 منذ تشرين الأول.", "2024-01-05", [{"count": 34, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": "2023-10", "source": ""}, {"count": 45, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10", "source": ""}]),
    ("fronted-place-casualties-trap", "trap", "وأصيب في العراق 3 جنود وفي سوريا 4.", "2024-01-05", []),
    # --- session 25: a rate («بمعدل هجومين يوميا», «40 هجوما شهريا») counts no attacks; a window («في الشهر الماضي») still does (press|trap) ---
    ("rate-per-day-trap", "trap", "وتتعرض القواعد الأمريكية في سوريا لهجومين يوميا منذ مطلع الشهر.", "2024-01-20", []),
    ("rate-average-lead-trap", "trap", "وأوضح التقرير أن الفصائل نفذت بمعدل 35 هجوما كل شهر.", "2024-01-20", []),
    ("rate-window-kept", "press", "وتعرضت القوات الأمريكية في العراق لأكثر من 45 هجوما في الشهر الماضي.", "2024-01-20", [{"count": 45, "unit": "attack", "qualifier": "more_than", "scope": "Iraq", "since": None, "source": ""}]),
    ("rate-first-day-kept", "dev", "وسقطت 7 صواريخ في اليوم الأول من الهجوم على القاعدة.", "2024-01-20", [{"count": 7, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 26: an ordinal adjective of a period («في النصف الأول من العام») does not break a breakdown that follows it (press) ---
    ("ordinal-period-keeps-breakdown", "press", "ووثق المرصد 52 هجوما في النصف الأول من العام، بينها 19 على قاعدة كونيكو و14 على قاعدة حقل العمر.", "2024-07-02", [{"count": 52, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 19, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}, {"count": 14, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("ordinal-quarter-keeps-part", "dev", "وشهد الربع الأول من العام 23 هجوما على القوات الأمريكية في العراق، منها 9 على قاعدة عين الأسد.", "2024-07-02", [{"count": 23, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 9, "unit": "attack", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    # --- session 26: an ordinal right before a figure is the rank of an item («والثالث 5 هجمات»), not a running count (press|trap) ---
    ("ordinal-rank-before-figure", "press", "وسجل الأسبوع الأول 11 هجوما، والثاني 7 هجمات، والثالث 5 هجمات.", "2024-07-02", [{"count": 11, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 7, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 5, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("ordinal-rank-weeks-trap", "trap", "وتصاعدت الهجمات في الأسبوع الثاني، وبلغت ذروتها في الأسبوع الثالث 2024 بحسب التقرير.", "2024-07-02", []),
    ("ordinal-running-count-kept", "dev", "وقالت المصادر إن الهجوم الثالث على القاعدة خلال أسبوع وقع فجر اليوم.", "2024-07-02", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 26: attacks whose subject, right after a verb of doing, is the US are strikes («شنت الولايات المتحدة ثلاث هجمات على مواقع»); a faction's attacks keep their unit (press|dev) ---
    ("us-did-hajamat-strikes", "press", "وفي المقابل شنت الولايات المتحدة أربع هجمات على مواقع في سوريا تقول إنها لفصائل موالية لطهران.", "2023-11-20", [{"count": 4, "unit": "strike", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("us-did-hajamat-both-countries", "press", "وردا على ذلك، نفذت الولايات المتحدة خمس هجمات منفصلة في العراق وسوريا.", "2024-01-05", [{"count": 5, "unit": "strike", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}]),
    ("factions-did-hajamat-on-us-kept", "dev", "وشنت الفصائل 3 هجمات على القوات الأمريكية في سوريا خلال يومين.", "2024-01-05", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("us-speaker-factions-did-kept", "dev", "وقالت الولايات المتحدة إن الفصائل شنت 4 هجمات على قواعدها في العراق.", "2024-01-05", [{"count": 4, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("us-raids-after-attacks-kept", "dev", "ونفذت القوات الأمريكية غارات على مواقع الفصائل بعد 6 هجمات على قواعدها في سوريا.", "2024-01-05", [{"count": 6, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    # --- session 26: a dual with the instrument ب standing alone («وقاعدة حرير بطائرتين») repeats the weapon of the figure before it; without ب it is part of the salvo (press|trap) ---
    ("elided-dual-drones", "press", "واستهدفت الفصائل قاعدة عين الأسد بثلاث طائرات مسيرة وقاعدة حرير بطائرتين.", "2024-01-05", [{"count": 3, "unit": "drone", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}, {"count": 2, "unit": "drone", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("elided-dual-shot-down-part", "dev", "وهاجمت 3 طائرات مسيرة قاعدة التنف، وأسقطت الدفاعات طائرتين قبل وصولهما.", "2024-01-05", [{"count": 3, "unit": "drone", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("elided-dual-warplanes-trap", "trap", "ورد الجيش الأمريكي على مصادر النيران بطائرتين حربيتين فوق البادية.", "2024-01-05", []),
    # --- session 26: a bare figure in brackets right after a place, in a sentence that breaks a tally down («بين العراق (66) وسوريا (98)»), counts that tally's unit there (press|trap) ---
    ("bracketed-parts-per-country", "press", "وتوزعت الهجمات بين العراق (41) وسوريا (57) والأردن (2).", "2024-02-01", [{"count": 41, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 57, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}, {"count": 2, "unit": "attack", "qualifier": "exact", "scope": "Jordan", "since": None, "source": ""}]),
    ("bracketed-parts-per-base", "press", "ووثق المرصد 29 هجوما، توزعت على قاعدة التنف (7) وقاعدة حقل العمر (12) وقاعدة الشدادي (10).", "2024-02-01", [{"count": 29, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 7, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}, {"count": 12, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}, {"count": 10, "unit": "attack", "qualifier": "exact", "scope": "base:الشدادي", "since": None, "source": ""}]),
    ("bracketed-troops-trap", "trap", "وتوزعت القوات الأمريكية بين العراق (2500) وسوريا (900).", "2024-02-01", []),
    ("bracketed-casualties-trap", "trap", "وتوزعت الإصابات بين قاعدة التنف (20) وقاعدة عين الأسد (4).", "2024-02-01", []),
    # --- session 26: a bare number right before a named base («و8 قاعدة حرير») is the next part of a breakdown, not a count of bases (press|trap) ---
    ("part-before-named-base", "press", "وأعلنت الفصائل تنفيذ 17 هجوما خلال أسبوع، استهدفت 11 منها قاعدة عين الأسد و6 قاعدة حرير.", "2024-02-01", [{"count": 17, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 11, "unit": "attack", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}, {"count": 6, "unit": "attack", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("count-of-bases-trap", "trap", "وقال المسؤول إن للفصائل 12 قاعدة عسكرية قرب الحدود السورية.", "2024-02-01", []),
    ("troops-before-named-base-trap", "trap", "وأرسلت واشنطن 300 جندي إلى قاعدة عين الأسد و200 قاعدة حرير.", "2024-02-01", []),
    # --- session 27: «للمرة الثانية خلال الشهر» after an act told in the sentence counts the acts of that window; alone, or after no act, it counts nothing (press|trap) ---
    ("nth-time-window-month", "press", "وأعلن جهاز مكافحة الإرهاب في الإقليم إسقاط مسيرة مفخخة قرب مطار أربيل، وذلك للمرة الثانية خلال الشهر الحالي.", "2021-07-06", [{"count": 2, "unit": "attack", "qualifier": "exact", "scope": "base:مطار أربيل", "since": None, "source": "Kurdistan Region Counter-Terrorism Department"}]),
    ("nth-time-window-week", "press", "وتعرضت قاعدة التنف لهجوم بطائرة مسيرة للمرة الثالثة خلال أسبوع.", "2024-01-20", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("nth-time-window-ghudun", "dev", "واستهدفت الفصائل قاعدة حرير بالصواريخ للمرة الرابعة في غضون يومين.", "2024-01-20", [{"count": 4, "unit": "attack", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("nth-time-window-retold", "press", "وأسقطت الدفاعات مسيرة فوق قاعدة التنف للمرة الثانية خلال أسبوع، ويعد هذا الهجوم الثاني خلال أسبوع على القاعدة.", "2024-01-20", [{"count": 2, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("nth-time-visit-trap", "trap", "وزار قائد القيادة المركزية قاعدة عين الأسد للمرة الثانية خلال شهر.", "2024-01-20", []),
    ("nth-time-drill-trap", "trap", "وشارك الجنود الأمريكيون في المناورات للمرة الثالثة خلال عامين.", "2024-01-20", []),
    ("nth-time-no-window-trap", "trap", "وتعرضت قاعدة الشدادي للقصف للمرة الثانية، دون تسجيل إصابات.", "2024-01-20", []),
    # --- session 27: a place outside the theatre named only after an attribution («بحسب إحصاء لمعهد واشنطن», «وفقا لمسؤولين في واشنطن») locates the source, not the attacks; a target preposition after the source places them again (dev|trap) ---
    ("attribution-place-institute", "dev", "وبلغت الهجمات على القواعد 31 هجوما بحسب إحصاء لمعهد واشنطن للدراسات.", "2024-02-10", [{"count": 31, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("attribution-place-officials", "dev", "وتعرضت القوات الأمريكية لـ18 هجوما وفقا لمسؤولين في واشنطن.", "2024-02-10", [{"count": 18, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": "US government"}]),
    ("attribution-then-target-trap", "trap", "وأطلقت الفصائل 12 طائرة مسيرة بحسب الجيش الإسرائيلي على أهداف في إيلات.", "2024-02-10", []),
    ("attribution-after-outside-target-trap", "trap", "وشنت الفصائل 40 هجوما على أهداف في إسرائيل وفق بيان لها.", "2024-02-10", []),
    # --- session 27: a breakdown cue a few words before its lead («توزعت الهجمات على القواعد كالتالي: 23 على …», «على النحو التالي») still breaks the attacks down; troops or casualties so broken down are no count (press|trap) ---
    ("breakdown-cue-far", "press", "وتوزعت الهجمات على القواعد كالتالي: 17 على حقل العمر و9 على قاعدة التنف.", "2024-02-10", [{"count": 17, "unit": "attack", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}, {"count": 9, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("breakdown-cue-far-troops-trap", "trap", "وتوزعت القوات الأمريكية على القواعد كالتالي: 2000 في العراق و700 في سوريا.", "2024-02-10", []),
    ("breakdown-cue-far-casualties-trap", "trap", "وتوزعت الإصابات بين الجنود على النحو التالي: 14 في التنف و3 في عين الأسد.", "2024-02-10", []),
    # --- session 27: partitive parts that add up to less than the total place only themselves; the total keeps its own scope (dev|trap) ---
    ("partitive-part-only", "dev", "وشنت الفصائل 55 هجوما على القوات الأمريكية، 27 منها في العراق.", "2023-11-20", [{"count": 55, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 27, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("partitive-part-only-own-scope", "dev", "وتعرضت القوات الأمريكية في العراق وسوريا إلى 40 هجوما، 15 منها في سوريا.", "2023-11-20", [{"count": 40, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}, {"count": 15, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("trap-partitive-parts-cover-total", "trap", "وشنت الفصائل 55 هجوما، 27 منها في العراق و28 في سوريا.", "2023-11-20", [{"count": 55, "unit": "attack", "qualifier": "exact", "scope": "Iraq+Syria", "since": None, "source": ""}, {"count": 27, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}, {"count": 28, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    # --- session 28: a measure noun «حالة/حالات/واقعة/وقائع» between a number and an attack noun («48 حالة من الهجمات», «14 حالة استهداف») counts that attack noun; before injuries, weapons or other nouns it counts nothing (press|trap) ---
    ("case-noun-min", "press", "وسجل البنتاغون 48 حالة من الهجمات على قواته في سوريا منذ منتصف تشرين الأول.", "2024-01-20", [{"count": 48, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": "2023-10", "source": ""}]),
    ("case-noun-construct", "press", "وأحصت القيادة 14 حالة استهداف لقاعدة التنف خلال شهر.", "2024-01-20", [{"count": 14, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("case-noun-plural-demonstrative", "press", "ووثق المرصد نحو 30 حالة من هذه الاعتداءات في العراق.", "2024-01-20", [{"count": 30, "unit": "attack", "qualifier": "approx", "scope": "Iraq", "since": None, "source": ""}]),
    ("case-noun-waqai", "press", "ورصدت المصادر 6 وقائع قصف على حقل كونيكو.", "2024-01-20", [{"count": 6, "unit": "attack", "qualifier": "exact", "scope": "base:كونيكو", "since": None, "source": ""}]),
    ("case-noun-injury-trap", "trap", "وسجلت الفرق الطبية 22 حالة إصابة بين الجنود جراء الهجمات الأخيرة.", "2024-01-20", []),
    ("case-noun-weapon-trap", "trap", "وأسقطت الدفاعات الجوية 3 حالات من الطائرات المسيرة فوق القاعدة.", "2024-01-20", []),
    ("case-noun-panic-trap", "trap", "وسجلت 40 حالة من الذعر بين السكان بعد القصف.", "2024-01-20", []),
    # --- session 28: an accusative attack noun glued to the next word when the space after its ا is dropped («63 هجومامنذ», «12 هجوماضد») is still the counted noun (press|trap) ---
    ("glued-noun-didd", "press", "ونفذت الفصائل 12 هجوماضد القواعد الأمريكية في سوريا.", "2024-01-20", [{"count": 12, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("glued-noun-ala", "press", "وشنت الفصائل العراقية 20 استهدافاعلى قاعدة عين الأسد.", "2024-01-20", [{"count": 20, "unit": "attack", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("glued-noun-troops-trap", "trap", "وأرسلت الولايات المتحدة 300 جندياضد التهديدات إلى المنطقة.", "2024-01-20", []),
    ("glued-noun-alone-trap", "trap", "وكان هجومامنذ الصباح على القاعدة.", "2024-01-20", []),
    # --- session 28: a definite plural attack noun opening its clause as the subject of a feminine verb of rising or reaching («أن الهجمات على قواعدها ارتفعت إلى 74», «وارتفعت الاستهدافات … إلى 38») makes the bare number its total; casualties, troops, a later clause, or a possessive of people («ارتفع عددهم») count no attacks (press|trap) ---
    ("fronted-noun-rise", "press", "وأعلنت الوزارة أن الهجمات على قواعدها في سوريا ارتفعت إلى 74.", "2024-01-20", [{"count": 74, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("fronted-noun-reach-bare", "press", "وقال المسؤول إن الهجمات ضد القوات الأمريكية بلغت 41.", "2024-01-20", [{"count": 41, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("fronted-verb-first", "press", "وارتفعت الاستهدافات على القواعد الأمريكية في العراق إلى 38.", "2024-01-20", [{"count": 38, "unit": "attack", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("fronted-noun-second-clause-trap", "trap", "وقال إن الهجمات ارتفعت إلى 52 وإن الإصابات وصلت إلى 61.", "2024-01-20", [{"count": 52, "unit": "attack", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("fronted-noun-casualties-trap", "trap", "وأضاف أن الإصابات جراء الهجمات ارتفعت إلى 47.", "2024-01-20", []),
    ("fronted-noun-troops-trap", "trap", "وذكر أن القوات الأمريكية في العراق ارتفعت إلى 2600.", "2024-01-20", []),
    ("human-pronoun-head-trap", "trap", "وأشار إلى أن الجنود المصابين في الهجمات ارتفع عددهم إلى 56.", "2024-01-20", []),
    # --- session 28: the verbal noun «ارتفاع/وصول» in construct with a definite plural attack noun («ارتفاع الهجمات ضد قواعدها … إلى 143») makes the number after إلى its total; casualties, troops and rates stay no count (press|trap) ---
    ("rise-noun-headline-form", "press", "وأعلنت الوزارة ارتفاع الهجمات ضد قواعدها في سوريا إلى 143.", "2024-01-20", [{"count": 143, "unit": "attack", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("rise-noun-casualties-trap", "trap", "وحذر من ارتفاع الإصابات جراء الهجمات إلى 73.", "2024-01-20", []),
    ("rise-noun-troops-trap", "trap", "وأشار إلى ارتفاع القوات الأمريكية في العراق إلى 2700.", "2024-01-20", []),
    ("rise-noun-rate-trap", "trap", "وأشار إلى ارتفاع الهجمات بنسبة 45 في المئة.", "2024-01-20", []),
    # --- session 29: a plural strike or attack noun with the Iranian adjective in the headline or first sentence («إثر ضربات إيرانية على قاعدتين») makes the article's plain rocket figures Iran's missiles; a faction's attacks do not (press|trap) ---
    ("iran-salvo-plural-strikes", "press", "وسقط 14 صاروخا على قاعدتين في العراق إثر ضربات إيرانية فجر الأربعاء.", "2020-01-08", [{"count": 14, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("iran-salvo-faction-attacks-trap", "trap", "وسقطت 4 صواريخ قرب القاعدة إثر هجمات للفصائل المسلحة.", "2024-01-20", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 29: in an article on Iran's missile strike, a faction named only in a background clause after the figure («… عقب تعهد فصائل عراقية بالرد») does not fire the plain rockets: they stay Iran's missiles; a faction in the figure's own clause still fires them (press|trap) ---
    ("iran-salvo-faction-in-background", "press", "وبعد الضربة الإيرانية على عين الأسد، أفادت مصادر أمنية بأن سبعة صواريخ في الأقل أصابت القاعدة، عقب تعهد فصائل عراقية بالرد.", "2020-01-08", [{"count": 7, "unit": "missile", "qualifier": "at_least", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("iran-salvo-faction-in-clause-trap", "trap", "وبعد الضربة الإيرانية على عين الأسد، أطلقت فصائل عراقية 5 صواريخ على قاعدة بلد.", "2020-01-08", [{"count": 5, "unit": "rocket", "qualifier": "exact", "scope": "base:قاعدة بلد الجوية", "since": None, "source": ""}]),
    # --- session 29: «هذه (هي) المرة الثالثة التي …» with the act in the relative clause and a window closing it («خلال أسبوع», «منذ مطلع الشهر») counts the acts of the window, as «للمرة الثانية خلال …» does; no window, or no attack, no count (press|trap) ---
    ("relative-time-window", "press", "وهذه هي المرة الثالثة التي تتعرض فيها قاعدة حرير لهجوم بطائرة مسيرة خلال أسبوع.", "2024-01-20", [{"count": 3, "unit": "attack", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("relative-time-visit-trap", "trap", "وهذه المرة الثانية التي يزور فيها الوزير بغداد منذ مطلع العام.", "2024-01-20", []),
    ("relative-time-no-window-trap", "trap", "وهذه المرة الثانية التي يتعرض فيها الرتل لهجوم.", "2024-01-20", []),
    # --- session 32: a plain rocket figure whose sentence says it was launched from Iran («أطلقت من إيران», «انطلقت من الأراضي الإيرانية», also after a definite noun «الصواريخ الخمسة») is a missile; a place near the Iranian border or a weapon made in Iran keeps the faction's rocket (press|trap) ---
    ("launched-from-iranian-territory", "press", "وأكد مصدر أمني أن 9 صواريخ أطلقت من داخل الأراضي الإيرانية نحو مطار أربيل.", "2024-01-20", [{"count": 9, "unit": "missile", "qualifier": "exact", "scope": "base:مطار أربيل", "since": None, "source": ""}]),
    ("launched-from-iran", "press", "وقال المتحدث إن 11 صاروخا أطلقت من إيران على قاعدة عين الأسد.", "2024-01-20", [{"count": 11, "unit": "missile", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("launched-from-iran-definite-cardinal", "press", "وذكرت مصادر أن الصواريخ الخمسة التي ضربت أربيل انطلقت من الأراضي الإيرانية.", "2024-01-20", [{"count": 5, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("launched-near-iranian-border-trap", "trap", "وسقطت 3 صواريخ على قاعدة حرير وانطلقت من قرية قريبة من الحدود الإيرانية.", "2024-01-20", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("iranian-made-rockets-trap", "trap", "وأطلقت الفصائل 4 صواريخ إيرانية الصنع على قاعدة عين الأسد.", "2024-01-20", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    # --- session 32: a drone named before a plain rocket figure as the actor fires it («استهدفت طائرة مسيرة سيارة … بصاروخين», «أطلقت طائرة مسيرة ثلاثة صواريخ»), with or without its nationality and a faction as the target: a missile; a drone that is itself an instrument or is shot down in another clause keeps the rockets (press|trap) ---
    ("drone-fires-instrumental", "press", "واستهدفت طائرة مسيرة سيارة تقل قياديين في الحشد الشعبي بصاروخين قرب القائم.", "2024-01-20", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "Iraq", "since": None, "source": ""}]),
    ("drone-fires-launch-verb", "press", "وأطلقت طائرة مسيرة مجهولة ثلاثة صواريخ على شاحنة قرب البوكمال.", "2024-01-20", [{"count": 3, "unit": "missile", "qualifier": "exact", "scope": "Syria", "since": None, "source": ""}]),
    ("drone-instrument-with-rockets-trap", "trap", "وقصفت الفصائل قاعدة حرير بطائرة مسيرة و4 صواريخ.", "2024-01-20", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:حرير", "since": None, "source": ""}]),
    ("drone-downed-other-clause-trap", "trap", "وأسقطت الدفاعات الجوية طائرة مسيرة، وسقط صاروخان داخل القاعدة.", "2024-01-20", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 32: a type named after a plain weapon noun («من نوع/من طراز كاتيوشا», «من طراز كروز») or in a clause pointing back to it («يعتقد أنها صواريخ كاتيوشا», or the next sentence: «… أن القذائف من نوع كاتيوشا») sets its unit: a bare shell takes any type, a plain صاروخ a missile type; a mortar or Grad type keeps its unit (press|trap) ---
    ("shell-of-katyusha-type", "press", "واستهدفت القاعدة بأربع قذائف من نوع كاتيوشا.", "2024-01-20", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("rocket-of-cruise-type", "press", "وأطلقت الفصائل صاروخين من طراز كروز على قاعدة التنف.", "2024-01-20", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("shell-pointer-clause-rockets", "press", "وسقطت 3 قذائف قرب السفارة، يعتقد أنها صواريخ كاتيوشا.", "2024-01-20", [{"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("shell-of-mortar-type-trap", "trap", "وسقطت 5 قذائف على حقل العمر وهي من نوع الهاون.", "2024-01-20", [{"count": 5, "unit": "mortar", "qualifier": "exact", "scope": "base:حقل العمر", "since": None, "source": ""}]),
    ("rocket-of-grad-type-trap", "trap", "واستهدفت القاعدة بـ6 صواريخ من طراز غراد.", "2024-01-20", [{"count": 6, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("shell-then-other-figure-trap", "trap", "وسقطت 4 قذائف على القاعدة، ثم سقطت 3 صواريخ كاتيوشا على المطار.", "2024-01-20", [{"count": 4, "unit": "mortar", "qualifier": "exact", "scope": "", "since": None, "source": ""}, {"count": 3, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    ("shell-type-next-sentence", "press", "وسقطت 4 قذائف في محيط مطار بغداد. وبين مصدر أمني أن القذائف من نوع كاتيوشا.", "2024-01-20", [{"count": 4, "unit": "rocket", "qualifier": "exact", "scope": "base:مطار بغداد", "since": None, "source": ""}]),
    ("shell-next-sentence-no-type-trap", "trap", "وسقطت 4 قذائف في محيط مطار بغداد. وبين مصدر أمني أن القذائف سقطت في أرض زراعية.", "2024-01-20", [{"count": 4, "unit": "mortar", "qualifier": "exact", "scope": "base:مطار بغداد", "since": None, "source": ""}]),
    ("shell-next-sentence-other-weapon-trap", "trap", "وسقطت 4 قذائف في محيط مطار بغداد. وأطلقت الفصائل صواريخ كاتيوشا على قاعدة بلد.", "2024-01-20", [{"count": 4, "unit": "mortar", "qualifier": "exact", "scope": "base:مطار بغداد", "since": None, "source": ""}]),
    # --- session 32: a plain rocket figure after missiles named in its sentence («لهجوم بصواريخ باليستية، وسقط صاروخان داخل القاعدة») counts those missiles; a rocket type named too keeps the rocket (press|trap) ---
    ("missiles-told-before", "press", "وتعرضت قاعدة عين الأسد لهجوم بصواريخ باليستية، وسقط صاروخان داخل القاعدة.", "2024-01-20", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "base:عين الأسد", "since": None, "source": ""}]),
    ("missiles-and-katyusha-told-trap", "trap", "واستهدفت الفصائل القاعدة بصواريخ كاتيوشا وصواريخ باليستية، وسقط صاروخان داخل القاعدة.", "2024-01-20", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "", "since": None, "source": ""}]),
    # --- session 32: a figure placed nowhere in a sentence naming an armed group from outside the theatre as its actor («اعترضت صاروخين أو ثلاثة أطلقها الحوثيون») is outside the theatre; a group named only as a side of the war behind a tally («منذ اندلاع الحرب بين إسرائيل وحركة حماس») is not (press|trap) ---
    ("houthi-figure-outside", "press", "وقال مسؤول آخر إن المدمرة اعترضت صاروخين أو ثلاثة أطلقها الحوثيون.", "2024-01-20", []),
    ("war-side-hamas-trap", "trap", "وتعرضت القواعد الأمريكية لأكثر من 60 هجوما منذ اندلاع الحرب بين إسرائيل وحركة حماس.", "2024-01-20", [{"count": 60, "unit": "attack", "qualifier": "more_than", "scope": "", "since": None, "source": ""}]),
    # --- session 32: a construct dual before a model name stays a dual when punctuation closes the model («لقصف بصاروخي كاتيوشا.», «بصاروخي كروز.»); the nisba adjective («لقصف صاروخي.») counts nothing (bug|trap) ---
    ("construct-dual-before-period", "press", "وتعرضت قاعدة فكتوريا لقصف بصاروخي كاتيوشا.", "2024-01-20", [{"count": 2, "unit": "rocket", "qualifier": "exact", "scope": "base:فيكتوريا", "since": None, "source": ""}]),
    ("construct-dual-cruise-period", "press", "وقالت الفصائل إنها استهدفت قاعدة التنف بصاروخي كروز.", "2024-01-20", [{"count": 2, "unit": "missile", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("nisba-adjective-period-trap", "trap", "وتعرضت قاعدة فكتوريا لقصف صاروخي.", "2024-01-20", []),
    # --- session 32: «الـ» + number after an attack noun is its running counter even when a weapon noun follows across a colon («الهجوم الـ 150: مسيرة …»); «لقرابة الـ 100 هجوم» still counts the noun after (bug|press) ---
    ("counter-article-apart-colon", "press", "وأعلنت المقاومة الهجوم الـ 150: مسيرة تستهدف قاعدة التنف.", "2024-01-20", [{"count": 150, "unit": "attack", "qualifier": "exact", "scope": "base:التنف", "since": None, "source": ""}]),
    ("article-apart-noun-after", "press", "وتعرضت القوات الأمريكية لقرابة الـ 100 هجوم منذ أكتوبر.", "2024-01-20", [{"count": 100, "unit": "attack", "qualifier": "approx", "scope": "", "since": "2023-10", "source": ""}]),
]

DEPLOYMENT_CASES = [
    # --- session 23: an unnamed base added to a list of US bases by the place it stands near («…، ومعسكر قرب مطار بغداد») (press) ---
    ("base-list-near-unnamed-item", "press", "وتعرضت قواعد تضم جنودا أميركيين، هي عين الأسد وحرير في كردستان، ومعسكر قرب مطار بغداد، لعدة هجمات.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار بغداد"}]),
    ("base-list-near-unnamed-item-short", "dev", "وتنتشر القوات الأمريكية في قاعدة حرير ومعسكر قرب مطار أربيل.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    ("base-list-near-local-camp-trap", "trap", "واستهدفت الفصائل قاعدة حرير التي تضم قوات أمريكية، ومعسكرا للجيش العراقي قرب مطار بغداد.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    # --- session 23: «في القاعدة ذاتها/نفسها» points back to the base named before; a US force named before it is there (press) ---
    ("base-same-anaphor-activity", "press", "أجرت قوات التحالف مناورات في قاعدة قسرك شمال الحسكة. وقبل أسبوعين، أجرت القوات الأمريكية تمارين مماثلة في القاعدة ذاتها.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-same-anaphor-presence", "dev", "وصلت شاحنات إلى قاعدة قسرك. ويتمركز جنود أمريكيون في القاعدة نفسها منذ سنوات.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-same-anaphor-no-force-trap", "trap", "وصلت شاحنات إلى قاعدة قسرك. وسقطت قذيفة في القاعدة ذاتها مساء أمس.", "2024-03-01", []),
    ("base-same-anaphor-near-trap", "trap", "قصفت الفصائل قاعدة قسرك. وقصفت الطائرات الأمريكية مواقع للفصائل قرب القاعدة ذاتها.", "2024-03-01", []),
    # --- session 23: a base a US force equips in a village («القاعدة التي تجهزها القوات الأمريكية في قرية X») is founded there; قرية leads to the place (press) ---
    ("base-founded-equipping-village", "press", "وهبطت مروحيتان في القاعدة الجوية التي تجهزها القوات الأمريكية في قرية رميلان الباشا.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-founded-equipping-no-base-noun-trap", "trap", "وتجهز القوات الأمريكية معدات لنقلها إلى قرية رميلان الباشا.", "2024-03-01", []),
    ("base-founded-equipping-other-force", "dev", "ووصلت شحنة إلى القاعدة التي جهزتها القوات الروسية في قرية رميلان الباشا.", "2024-03-01", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "خراب الجير"}]),
    # --- session 23: an unnamed US base said to stand near a base or airport («قاعدة تتمركز فيها قوات أمريكية بالقرب من مطار أربيل»): the place is the base (press) ---
    ("base-nearby-unnamed-clause", "press", "وأعلنت الفصائل أنها قصفت قاعدة يتمركز فيها جنود أمريكيون بالقرب من مطار أربيل الدولي.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    ("base-nearby-unnamed-owner", "press", "وسقطت قذيفة قرب قاعدة للقوات الأمريكية المتمركزة على مقربة من مطار أربيل.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    ("base-nearby-unnamed-adjective", "dev", "وضربت مسيرة قاعدة أمريكية قرب مطار بغداد.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار بغداد"}]),
    ("base-nearby-other-force-trap", "trap", "واستهدفت الفصائل قاعدة للحشد الشعبي قرب مطار بغداد.", "2024-03-01", []),
    ("base-nearby-place-between-trap", "trap", "وقصفت الفصائل قاعدة أمريكية في سوريا، وسقط صاروخ قرب مطار أربيل.", "2024-03-01", []),
    ("base-nearby-no-force-trap", "trap", "وتعرضت قاعدة عسكرية قرب مطار أربيل لهجوم بمسيرتين.", "2024-03-01", []),
    ("base-nearby-no-base-noun-trap", "trap", "وسقطت صواريخ قرب مطار أربيل الدولي دون إصابات.", "2024-03-01", []),
    # --- session 22b: a landing aircraft's load and the time stand between the activity word and the base («هبطت مساء أمس طائرة شحن أمريكية تحمل على متنها معدات في قاعدة X») (press) ---
    ("base-activity-load-clause", "press", "وهبطت فجر اليوم طائرة شحن أمريكية تحمل على متنها ذخائر وآليات في قاعدة خراب الجير بريف الحسكة.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-activity-load-no-force-trap", "trap", "وهبطت طائرة شحن تحمل أسلحة أمريكية في مطار دمشق.", "2024-03-01", []),
    # --- session 22b: a force in an unnamed base («القوات الأمريكية [تعرضت لهجوم] في قاعدة جوية غرب بغداد»), named in the next sentence (press) ---
    ("base-held-noun-named-next", "press", "وقال مسؤولون إن القوات الأمريكية تعرضت لهجوم في قاعدة جوية غرب بغداد. وأوضحوا أن صاروخا أصاب قاعدة عين الأسد.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-held-noun-direct", "press", "أصيب جنود من القوات الأمريكية في قاعدة عسكرية شمال سوريا. وكانت مسيرة قد ضربت قاعدة خراب الجير فجرا.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-held-noun-attacker-trap", "trap", "قصفت الطائرات الأمريكية مواقع في قاعدة للفصائل. وأوضحوا أن صاروخا أصاب قاعدة عين الأسد.", "2024-03-01", []),
    ("base-announced-near-city-trap", "trap", "أصابت مسيرة منشأة داخل قاعدة أمريكية قرب الحسكة. وأطلقت صواريخ على قاعدة حقل العمر.", "2024-03-01", []),
    ("base-held-noun-other-country-trap", "trap", "وتنتشر القوات الأمريكية في قاعدة جوية بالكويت. وقصفت الفصائل قاعدة عين الأسد.", "2024-03-01", []),
    # --- session 22b: «تعتبر/تعد قاعدة X» with a describing clause before the comma, then the predicate («…، ثانية أكبر قاعدة للقوات الأمريكية») (press) ---
    ("base-delayed-predicate", "press", "وتعتبر قاعدة عين الأسد الواقعة في محافظة الأنبار وتبعد 200 كلم عن بغداد، ثاني أكبر قاعدة للقوات الأمريكية في العراق.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-topic-after-label", "press", "العراق: تعد قاعدة حرير من أهم القواعد الأمريكية في الإقليم.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-topic-after-label-attack-trap", "trap", "سوريا: قصفت الفصائل قاعدة التنف من أهم القواعد الأمريكية.", "2024-03-01", []),
    ("base-delayed-predicate-other-trap", "trap", "وتعد قاعدة حرير الواقعة شمال أربيل من المواقع المهمة، وتضم مطارا للطائرات.", "2024-03-01", []),
    ("base-delayed-predicate-no-verb-trap", "trap", "وقصفت الفصائل قاعدة عين الأسد الواقعة في الأنبار، أكبر قاعدة للجيش العراقي.", "2024-03-01", []),
    # --- session 22b: a dual or plural head noun continues a list of bases («…، ومطاري X وY») (press) ---
    ("base-list-dual-head", "press", "وتسيطر القوات الأمريكية على مطارات عدة، وهي مطار الشدادي، ومطاري قسرك ورميلان في ريف الحسكة.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-list-dual-fields", "dev", "وتنتشر القوات الأمريكية في قاعدة التنف، وحقلي العمر وكونيكو.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-list-dual-landmark-trap", "trap", "وقصفت الفصائل قاعدة حرير التي تستضيف قوات أمريكية، وهي تقع قرب مطاري أربيل والسليمانية.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    # --- session 22b: «وداخل» opens an item of a list of bases: the place inside is a base of the list, not a landmark (press) ---
    ("base-list-inside-item", "press", "تعرف على القواعد الأمريكية في العراق. وتوجد قواعد أخرى في كركوك، وفي مطار القيارة جنوب الموصل، وداخل مطار بغداد الدولي.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "كركوك"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة القيارة"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار بغداد"}]),
    ("base-list-near-item-trap", "trap", "وتتمركز القوات الأمريكية في قاعدة عين الأسد وقرب مطار بغداد.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    # --- session 22: a description after the words that place the base («… شمال شرقي سوريا وهي قاعدة تتمركز فيها قوات أمريكية») (press) ---
    ("base-description-after-locating-stretch", "press", "سقطت قذائف على قاعدة حقل العمر النفطي شمال شرق سوريا وهي قاعدة تنتشر فيها قوات أمريكية.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-description-after-province", "press", "أصابت مسيرة قاعدة التنف في ريف حمص الشرقي وهي قاعدة عسكرية يتمركز فيها جنود أمريكيون.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-description-denied-trap", "trap", "كما استهدفت الصواريخ قاعدة بلد الجوية في محافظة صلاح الدين، وهي قاعدة ينفي التحالف وجود القوات الأميركية فيها.", "2024-03-01", []),
    ("base-description-local-force-trap", "trap", "قصفت الفصائل قاعدة عين الأسد في الأنبار، وهي قاعدة تضم قوات عراقية.", "2024-03-01", []),
    # --- session 22: a topic base placed with ب before its predicate («قاعدة … بمدينة الشدادي من أكبر القواعد الأمريكية») (press) ---
    ("base-predicate-after-clitic-locator", "press", "وتعد قاعدة حقول الجبسة بمدينة الشدادي من كبرى القواعد الأمريكية في سوريا.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-predicate-after-region-locator", "press", "وتعتبر قاعدة التنف بمنطقة المثلث الحدودي من أهم القواعد الأمريكية.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 22: bases listed after the plural base noun of a force that owns or controls them (press) ---
    ("base-owned-list-control-verb", "press", "وتسيطر القوات الأمريكية على مطارين عسكريين في سوريا، هما مطار الشدادي وقاعدة التنف.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-owned-list-owner-lam", "press", "وللقوات الأمريكية في العراق عدد من القواعد الثابتة، لعل أبرزها في عين الأسد وحرير.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-owned-list-attacker-trap", "trap", "وقصفت القوات الأمريكية قواعد للفصائل في البادية، منها مواقع قرب البوكمال.", "2024-03-01", []),
    # --- session 22: a bare plural base noun names more of the bases of a force counted earlier in the article («تشمل القواعد الأخرى قاعدة X»); a bare «قواعد X» is not enough (press, trap from devset_figures) ---
    ("base-other-bases-earlier-sentence", "press", "تنتشر القواعد الأمريكية في شرق سوريا. ومن القواعد الأخرى قاعدة تل بيدر شمال الحسكة.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-bare-plural-after-attacks-trap", "trap", "وتعرضت القواعد الأمريكية في سوريا لهجمات متكررة. ووثق المرصد 20 هجوما خلال الشهر الماضي. أما بقية الهجمات فطالت قواعد الشدادي والتنف.", "2024-03-01", []),
    ("base-other-bases-in-town-list", "press", "تعرف على قواعد واشنطن العسكرية في العراق. وهناك قواعد أخرى في كركوك، وفي قاعدة القيارة جنوب الموصل.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "كركوك"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة القيارة"}]),
    ("base-plural-in-city-trap", "trap", "وللقوات الأمريكية قواعد في الحسكة ودير الزور.", "2024-03-01", []),
    ("base-other-bases-militia-trap", "trap", "وقصفت الطائرات قواعد الحشد في القائم. وتشمل القواعد الأخرى قاعدة تل بيدر.", "2024-03-01", []),
    # --- session 22: a town followed by «حيث» and a US base noun («قرية X، حيث مقر القاعدة الأمريكية») (press) ---
    ("base-seat-after-village", "press", "ووصلت شاحنات إلى قرية الباغوز، حيث مقر القاعدة الأمريكية على الحدود.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الباغوز"}]),
    ("base-seat-town-related-base", "press", "وانتشرت دوريات في بلدة الشدادي حيث توجد قاعدة عسكرية أمريكية.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-seat-other-force-trap", "trap", "وفر المسلحون إلى قرية الهري حيث توجد قاعدة للحرس الثوري.", "2024-03-01", []),
    ("base-seat-no-base-noun-trap", "trap", "وسقطت قذائف على بلدة الباغوز حيث مقر فصيل محلي.", "2024-03-01", []),
    ("base-qasrok-spelling", "press", "وسقط صاروخ داخل قاعدة قسروك الأمريكية في ريف الحسكة.", "2024-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    # --- session 21c: qualifiers after a base noun (عسكرية) do not count in its reach to the town it stands in (press) ---
    ("base-owner-qualified-town", "press", "وأكد الأهالي أن قاعدة عسكرية للاحتلال الأمريكي في الشدادي تعرضت لقصف.", "2021-12-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-owner-qualified-launch-town-trap", "trap", "واستهدفت الفصائل قاعدة عسكرية أمريكية بصواريخ انطلقت من بلدة الشدادي.", "2021-12-10", []),
    # --- session 21c: fighters counted as losses («تعرضت … لخسائر بلغت 6 مقاتلين») are casualties, not troops deployed (press) ---
    ("troops-losses-not-deployed", "press", "وتكبدت القوات الحليفة خسائر بلغت 7 مقاتلين في هجوم على حقل العمر، أكبر قاعدة أمريكية في سوريا.", "2024-02-08", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("troops-no-losses-kept", "dev", "ووصل 400 جندي أمريكي إلى قاعدة حرير.", "2024-02-08", [{"count": 400, "qualifier": "exact", "force": "US", "country": "Iraq", "place": "حرير"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    # --- session 21c: a US convoy named again in its own sentence reaching «القاعدة العسكرية في بلدة X» ties the town's base (press) ---
    ("base-convoy-same-sentence-town", "press", "ويضم الرتل 30 شاحنة ترافقها مدرعات تقل جنودا أمريكيين، حيث وصل الرتل إلى القاعدة العسكرية في بلدة الشدادي.", "2023-06-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-convoy-later-sentence-town", "press", "عبر رتل للقوات الأمريكية معبر الوليد قادما من العراق. ووصل الرتل إلى القاعدة العسكرية في مدينة الشدادي.", "2023-06-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-convoy-town-no-base-noun-trap", "trap", "ويضم الرتل 30 شاحنة ترافقها مدرعات تقل جنودا أمريكيين، حيث وصل الرتل إلى بلدة الشدادي.", "2023-06-01", []),
    # --- session 21c: an unnamed base that a clause says the force founded («قاعدة أقامتها القوات الأمريكية على أطراف مدينة X») stands at X (press) ---
    ("base-founded-clause-outskirts", "press", "وتكشف الصور قاعدة عسكرية تضم مهبطا للمروحيات أقامتها القوات الأمريكية على أطراف مدينة الشدادي.", "2021-12-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-founded-clause-in-town", "press", "وشوهدت قاعدة جديدة أنشأتها القوات الأميركية في بلدة تل بيدر.", "2021-12-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-founded-clause-relative", "press", "واستهدفت القذائف القاعدة التي أقامتها القوات الأمريكية قرب الشدادي.", "2021-12-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-founded-clause-hospital-trap", "trap", "وزار الوفد مستشفى ميدانيا أقامته القوات الأمريكية في مدينة الحسكة.", "2021-12-01", []),
    ("base-founded-clause-no-noun-trap", "trap", "وقال إن نقاط التفتيش أقامتها القوات الأمريكية على أطراف مدينة الشدادي.", "2021-12-01", []),
    # --- session 21c: «الأولى في منطقة X» after a count of bases names the first base, not only the area (press) ---
    ("base-list-ordinal-area-noun", "press", "وتملك واشنطن في سوريا عشر قواعد أمريكية؛ الأولى في منطقة التنف قرب الحدود.", "2023-11-05", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-list-area-noun-no-ordinal-trap", "trap", "وتملك واشنطن في سوريا عشر قواعد أمريكية. وشهدت منطقة التنف عاصفة رملية.", "2023-11-05", []),
    # --- session 21b: a base named again by a known-as designation closed by a force adjective (press) ---
    ("base-known-as-designation", "press", "وأسقطت الدفاعات في قاعدة فكتوريا، المعروفة أيضا بمركز الدعم اللوجستي الأمريكي، طائرة مسيرة فجر الاثنين.", "2024-01-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-known-as-no-site-head-trap", "trap", "وأسقطت الدفاعات في قاعدة فكتوريا، المعروفة أيضا بصمودها أمام الضربات الأمريكية، طائرة مسيرة.", "2024-01-10", []),
    # --- session 21b: an unnamed base announced with its own hosting verb («قاعدة تضم قوات أمريكية») is the base the next sentence names (press) ---
    ("base-announced-hosting-verb", "press", "وأكد البنتاغون تعرض قاعدة تضم قوات ومعدات أمريكية في سوريا لهجوم صاروخي. وقال البيان إن ثلاثة صواريخ استهدفت قاعدة القرية الخضراء مساء الأحد.", "2022-09-19", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "القرية الخضراء"}]),
    ("base-announced-hosting-plural-trap", "trap", "وردت واشنطن على هجمات استهدفت قواعد تضم قوات أمريكية في العراق. وجاء الرد بعد هجوم طال الاثنين مقرا للتحالف الدولي في مطار أربيل.", "2023-12-28", []),
    ("base-announced-hosting-local-trap", "trap", "وأكد المصدر تعرض قاعدة تضم قوات عراقية في الأنبار لهجوم صاروخي. وقال إن ثلاثة صواريخ استهدفت قاعدة عين الأسد مساء الأحد.", "2022-09-19", []),
    # --- session 21b: «العاملين/العاملون في <base>» after a force: its troops serving there (press); any staff is no force (trap) ---
    ("base-serving-participle", "press", "وقال مسؤول إن المستشارين الأمريكيين العاملين في قاعدة حرير لم يصابوا بأذى.", "2024-01-05", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-serving-participle-withdrawal", "press", "وأكد البيان إخلاء جميع عناصر القوات الأمريكية العاملين ضمن بعثة التحالف لمحاربة داعش في قاعدة عين الأسد.", "2025-09-01", [{"count": None, "qualifier": None, "force": "coalition", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-serving-participle-staff-trap", "trap", "وقال إن الموظفين العراقيين العاملين في قاعدة عين الأسد تسلموا رواتبهم.", "2025-09-01", []),
    ("base-serving-participle-companies-trap", "trap", "وتعمل الشركات الأجنبية العاملة في حقل العمر على زيادة الإنتاج.", "2025-09-01", []),
    # --- session 21b: a possessed base noun (قاعدته في) takes the force named as subject far back, past a long object (press) ---
    ("base-possessed-noun-far-subject", "press", "ونصب الجيش الأمريكي خلال الأيام الماضية، بعد سلسلة طويلة من الهجمات بالطائرات المسيرة والصواريخ، منظومات دفاع جوي حديثة في قاعدته في حقل العمر.", "2024-08-18", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-possessed-noun-far-group-trap", "trap", "وقال الجيش الأمريكي إن عناصر الفصائل المسلحة نقلوا عشرات الصواريخ والطائرات المسيرة المفخخة والقذائف إلى قاعدتهم في البادية قرب التنف.", "2024-08-18", []),
    # --- session 21b: a base noun with a proclitic (لقواعد، بقواعد) still makes the town after «في» its base (press) ---
    ("base-noun-with-proclitic", "press", "وجاء ذلك بعد هجوم لقواعد الاحتلال الأمريكي في الشدادي والمالكية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    ("base-noun-with-proclitic-trap", "trap", "وجاء ذلك بعد هجوم لقواعد الفصائل في البوكمال.", "2024-01-20", []),
    # --- session 21: a troop figure placed at a base takes the base's country when the sentence gives it none (press) ---
    ("troops-country-from-base", "press", "وقالت المتحدثة أمس إن قرابة 900 عسكري يعملون الآن مع قوات سوريا الديمقراطية، ومهمتهم هزيمة داعش، وأكدت أن واشنطن باقية في شمال شرق سوريا وفي محيط ثكنة التنف شرق سوريا.", "2023-08-10", [{"count": 900, "qualifier": "approx", "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 21: «ومنها» right before bare base names lists the force's bases counted before (press) ---
    ("base-list-part-opener-bare", "press", "وطال القصف قواعد الجيش الأمريكي في سوريا ومنها حقل العمر وكونيكو.", "2024-01-28", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-list-part-opener-other-force-trap", "trap", "وطال القصف مواقع الفصائل في البادية ومنها التنف.", "2024-01-28", []),
    # --- session 21: a US adjective on a noun that is no force (المصالح الأمريكية) does not keep a coalition-only base row (press) ---
    ("base-coalition-us-interests-trap", "trap", "وتعد قاعدة التاجي التي تضم قوات التحالف الدولي هدفا متكررا للفصائل التي تهاجم المصالح الأمريكية.", "2021-04-18", []),
    ("base-coalition-with-us-troops", "press", "وتعد قاعدة التاجي التي تضم قوات التحالف الدولي وجنودا أمريكيين هدفا متكررا للفصائل.", "2021-04-18", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "معسكر التاجي"}]),
    # --- session 21: «قواتها في قاعدة X» names the possessor's forces there (press); «اللاشرعية»/«الرئيسية» qualify a possessed base noun (press) ---
    ("base-possessed-forces-in", "press", "وحركت واشنطن قسما من قواتها في قاعدة عين الأسد نحو إقليم كردستان.", "2021-03-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-possessed-forces-other-subject-trap", "trap", "وقصفت الفصائل قواتها في قاعدة حرير بطائرة مسيرة.", "2021-03-10", []),
    ("base-possessed-noun-illegitimate", "press", "وأدخل الجيش الأمريكي شاحنات ذخيرة إلى قاعدته اللاشرعية في حقل العمر.", "2024-08-18", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    # --- session 21: a «ل» of direction joined to the base after a movement word (وصول قوة أمريكية لقاعدة X) (press) ---
    ("base-move-dative-lam", "press", "وتحدث مصدر أمني عن وصول قوة أمريكية جديدة لقاعدة حرير قادمة من سوريا.", "2022-06-04", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-move-dative-equipment-trap", "trap", "ونقلت واشنطن معداتها لقاعدة حرير قبل أيام.", "2022-06-04", []),
    # --- session 21: «حضورها العسكري في قاعدة X» is «وجودها» (press); «استشاري» counts troops (press) ---
    ("base-possessive-hudur", "press", "وعززت الولايات المتحدة حضورها العسكري في قاعدة موفق السلطي خلال الأسبوع الماضي.", "2026-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "قاعدة موفق السلطي"}]),
    ("base-hudur-attendance-trap", "trap", "وقال الوزير إن حضوره في قاعدة عين الأسد كان لساعات.", "2026-01-20", []),
    ("troops-istishari-noun", "press", "ويضم الفريق الأمريكي المنتقل إلى أربيل أكثر من 150 استشاريا عسكريا.", "2026-01-20", [{"count": 150, "qualifier": "more_than", "force": "US", "country": "Iraq", "place": ""}]),
    # --- session 20: an ordinal before a force (الرتل الثاني للقوات) counts no troops (press) ---
    ("troops-ordinal-convoy-trap", "trap", "وانطلق الرتل الثالث للقوات الأمريكية من قاعدة قسرك نحو الحدود.", "2026-02-23", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    # --- session 20: «بناء على طلب» is a request met; «سقوط نظام» is a ruler's fall, no casualty cue (press) ---
    ("troops-request-met-ala", "press", "وبناء على طلب من عمّان، نشرت واشنطن قرابة 3800 عسكري أمريكي في الأردن.", "2024-06-18", [{"count": 3800, "qualifier": "approx", "force": "US", "country": "Jordan", "place": ""}]),
    ("troops-regime-fall-not-casualty", "press", "وارتفع عدد القوات قبل سقوط النظام السابق بأشهر، إذ ينتشر الآن ألفا جندي أمريكي في سوريا.", "2024-12-20", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-fall-casualty-trap", "trap", "وأعلن البنتاغون سقوط 4 جنود أمريكيين في الهجوم على القاعدة.", "2024-01-29", []),
    # --- session 20: a locating participle clause (الواقعة في …) then «وتضم» still tells the base's troops (press) ---
    ("base-locating-participle-and-verb", "press", "وتبعد المنشأة كيلومترات عن قاعدة التنف الواقعة في الجانب المقابل من الحدود وتستضيف جنودا أمريكيين.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-and-verb-own-subject-trap", "trap", "وقصفت الفصائل قاعدة حرير في إقليم كردستان، وتضم أربيل قنصلية أمريكية.", "2024-01-29", []),
    # --- session 20: «الموقع العسكري الأمريكي … الذي يحمل اسم X» (press) ---
    ("base-described-site-named", "press", "واستهدفت المسيرة الموقع العسكري الأمريكي في الأردن الذي يحمل اسم البرج 22 قرب الحدود.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    # --- session 20: troops or a facility of a force right before «داخل» and a base (press) ---
    ("base-facility-inside", "press", "وأعلنت الفصائل قصف مقر للمخابرات الأمريكية داخل قاعدة حرير قرب أربيل.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-embassy-inside-trap", "trap", "وسقط صاروخ قرب السفارة الأمريكية داخل المنطقة الخضراء ببغداد.", "2024-01-20", []),
    # --- session 20: an ordinal opening the list of bases just counted (قواعد أمريكية، الأولى في X) (press) ---
    ("base-ordinal-opens-list", "press", "وتملك واشنطن في سوريا عدة قواعد أمريكية، الأولى في التنف قرب الحدود الأردنية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 20b: a force's convoy that leaves («غادرت … متوجهة») opens the convoy thread; «عناصر القافلة سيعاد انتشارهم في قاعدتي X وY» ties both (heldout15 hr01) ---
    ("base-convoy-redeployed-listed", "dev", "غادرت قافلة تابعة للقوات الأمريكية قاعدة حقل العمر متوجهة إلى ريف الحسكة. وأفاد المصدر بأن عناصر القافلة سيعاد انتشارهم في قاعدتي قسرك والشدادي.", "2025-05-02", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-convoy-other-force-trap", "trap", "غادرت قافلة تابعة للقوات الروسية مطار القامشلي متوجهة إلى حميميم. وأفاد المصدر بأن عناصر القافلة سيعاد انتشارهم في قاعدتي قسرك والشدادي.", "2025-05-02", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "مطار القامشلي"}, {"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "قاعدة حميميم"}]),
    # --- session 20b: the force's bases announced in an area over several provinces («شمال شرقي سوريا») are any of its bases named next (heldout15 hr18) ---
    ("base-announced-wide-area", "dev", "رفعت القواعد العسكرية الأمريكية في شمال شرقي سوريا درجة الاستنفار. وفي قاعدتي حقل العمر وكونيكو، شددت إجراءات التأهب.", "2024-09-23", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-announced-wide-area-other-country-trap", "trap", "رفعت القواعد الأمريكية في شمال شرقي سوريا درجة الاستنفار. وفي قاعدة عين الأسد، جرت مناورات للجيش العراقي.", "2024-09-23", []),
    # --- session 20b: «قواته في قاعدة X»: the troops of the force named before them are at the base (heldout15 hr13) ---
    ("base-possessed-forces-in", "dev", "وكان الجيش الأميركي قد أعلن أن قواته في قاعدة التنف تعرضت لهجوم بطائرات مسيرة.", "2022-08-24", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-possessed-troops-in", "press", "وأكدت الولايات المتحدة أن جنودها في قاعدة عين الأسد لم يصابوا بأذى.", "2024-08-06", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-possessed-no-force-trap", "trap", "وقال المتحدث إن قواتها في قاعدة التنف بخير.", "2024-08-06", []),
    # --- session 20b: a count head with a proclitic («سيهبط بعدد جنوده من 2000 إلى قرابة 1400») counts the troops (heldout15 hr17) ---
    ("troops-count-head-clitic-ba", "dev", "وبدأت الولايات المتحدة تقليص وجودها في سوريا. الأمر الذي سيهبط بعدد جنوده من 2000 إلى قرابة 1400.", "2025-04-18", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}, {"count": 1400, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    # --- session 19b: an unnamed base («قاعدة ثانية تتمركز فيها قوات أميركية») placed by «بمدينة X»: the town's base (heldout12 hn01 form) ---
    ("base-unnamed-ordinal-clitic-town", "dev", "وقصفت الفصائل قاعدة حرير، واستهدفت قاعدة ثانية تتمركز فيها قوات أميركية بمدينة الشدادي.", "2024-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-unnamed-clitic-town", "dev", "واستهدفت الصواريخ قاعدة تتمركز فيها قوات أمريكية بمدينة الشدادي.", "2024-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-unnamed-clitic-iraqi-army-trap", "trap", "وقتل جندي في قاعدة أخرى يتمركز فيها الجيش العراقي بمدينة الشدادي.", "2024-01-08", []),
    # --- session 19b: a list copula («وهي») after a definite plural base noun lists the bases a lede counted two sentences back (dev) ---
    ("base-copula-lists-announced-later", "dev", "تبنت فصائل عراقية هجمات على 3 قواعد أميركية في سوريا. وقال البيان إن الهجمات جاءت ردا على الحرب في غزة. وحدد البيان القواعد الثلاث، وهي قاعدة الشدادي وقاعدة التنف وقاعدة خراب الجير.", "2024-01-28", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-copula-other-force-trap", "trap", "تبنت فصائل عراقية هجمات على 3 قواعد أميركية في سوريا. وقال البيان إن الهجمات جاءت ردا على الحرب في غزة. وتوجد في سوريا قواعد روسية أيضا، وهي قاعدة حميميم وقاعدة طرطوس.", "2024-01-28", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "قاعدة حميميم"}]),
    # --- session 19b: «بطلب من الحكومة» is a request met, not a plan; «في المنطقة» of a troop headline's country (dev) ---
    ("troops-granted-request", "dev", "ونشرت واشنطن في الأردن نحو 3000 عسكري أمريكي بطلب من الحكومة الأردنية.", "2024-06-18", [{"count": 3000, "qualifier": "approx", "force": "US", "country": "Jordan", "place": ""}]),
    ("troops-request-plan-trap", "trap", "وتدرس واشنطن إرسال 2000 جندي إلى الأردن بطلب من الحكومة الأردنية.", "2024-06-18", []),
    # --- session 19b: a troop figure after «فيها» points back to a base noun earlier in its sentence (dev) ---
    ("troops-resumptive-after-base-noun", "dev", "وتقع قاعدة التنف قرب الحدود مع العراق والأردن. ولا تتوفر تفاصيل كثيرة عن القاعدة، لكن يتمركز فيها 200 جندي أمريكي.", "2024-01-30", [{"count": 200, "qualifier": "exact", "force": "US", "country": "Syria", "place": "التنف"}]),
    ("troops-resumptive-no-base-before-trap", "trap", "ولا تتوفر تفاصيل كثيرة عن المنطقة، لكن يتمركز فيها 200 جندي أمريكي.", "2024-01-30", [{"count": 200, "qualifier": "exact", "force": "US", "country": "Middle East", "place": ""}]),
    # --- session 19: a base as the subject of «استقبلت» with a force's aircraft or convoy after it (press) ---
    ("base-receives-force-planes", "press", "واستقبلت قاعدة خراب الجير قرب رميلان طائرتي شحن تابعتين للقوات الأمريكية صباح اليوم.", "2023-08-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-receives-delegation-trap", "trap", "واستقبلت قاعدة عين الأسد وفدا من الجيش العراقي.", "2024-01-20", []),
    ("base-receives-faction-convoy-trap", "trap", "واستقبلت قاعدة التنف تعزيزات للفصائل السورية المعارضة.", "2024-01-20", []),
    # --- session 19: a base after «من» and a withdrawal word, in the sentence after a force's withdrawal (press) ---
    ("base-thread-withdrawal-from-next", "press", "وبدأت القوات الأمريكية سحب وحداتها من سوريا باتجاه كردستان العراق. ويتم الانسحاب حاليا من قاعدة قسرك في ريف الحسكة.", "2026-02-23", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-thread-withdrawal-faction-trap", "trap", "وبدأت القوات الأمريكية سحب وحداتها من سوريا. وانسحبت الفصائل من محيط قاعدة التنف.", "2026-02-23", []),
    # --- session 19: a participle of movement («متجهة إلى») whose convoy and force are named further back in the sentence (press) ---
    ("base-participle-convoy-far-force", "press", "وأخرجت القوات الأمريكية قافلة كبيرة من قاعدة عين الأسد متجهة إلى قاعدة التنف في سوريا وقاعدة حرير في أربيل.", "2026-01-04", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-participle-convoy-adjective-far", "press", "وخرجت قافلة أمريكية من الحسكة وهي تحمل معدات متجهة إلى قاعدة التنف.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-participle-official-adjective-trap", "trap", "وقال مسؤول أمريكي إن رتلا للحشد الشعبي خرج من القائم متجها إلى قاعدة عين الأسد.", "2024-01-20", []),
    # --- session 19: military vehicles setting out from a base («الآليات الأمريكية المنطلقة من»); the force's own presence
    # noun with a pronoun («أنهت القوات الأمريكية وجودها في قاعدة») (press) ---
    ("base-vehicles-setting-out-from", "press", "وتحركت عشرات الآليات العسكرية الأمريكية المنطلقة من قاعدة قسرك نحو الحدود العراقية.", "2026-02-23", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-vehicles-turkish-unnamed-trap", "trap", "وانطلقت آليات تركية من قاعدة في ريف حلب الشمالي.", "2024-01-20", []),
    ("base-possessed-presence-ended", "press", "وأنهت القوات الأمريكية وجودها في قاعدة الشدادي قبل أن يتسلمها الجيش السوري.", "2026-02-23", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-possessed-presence-faction-trap", "trap", "وعززت الفصائل وجودها في محيط قاعدة التنف.", "2024-01-20", []),
    # --- session 19: a presence word with «في القاعدة|الموقع» after a base named the sentence before («المتمركزين في القاعدة»,
    # «ويقيم في الموقع»); two helicopters landing; fortifications in two bases; a force that returns to a base (press) ---
    ("base-participle-anaphor-next-sentence", "press", "واستهدفت طائرة مسيرة قاعدة التنف قرب الحدود الأردنية. وقالت مصادر إن الجنود الأمريكيين المتمركزين في القاعدة أسقطوا المسيرة.", "2024-04-08", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-reside-in-anaphor-next-sentence", "press", "واستهدفت مسيرة قاعدة البرج 22 في الأردن. ويقيم في الموقع جنود أمريكيون من سلاح الجو.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-participle-anaphor-local-trap", "trap", "واستهدفت طائرة مسيرة قاعدة عين الأسد. وقالت مصادر إن الجنود العراقيين المتمركزين في القاعدة أسقطوا المسيرة.", "2024-04-08", []),
    ("base-helicopters-dual-landed", "press", "وهبطت مروحيتان للقوات الأمريكية في قاعدة الشدادي ثم أقلعتا بعد ساعة.", "2023-05-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-fortifications-dual", "press", "وأجرت القوات الأمريكية تحصينات جديدة في قاعدتي عين الأسد وحرير.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-fortifications-faction-trap", "trap", "وأجرت الفصائل تحصينات جديدة قرب قاعدة عين الأسد.", "2024-08-10", []),
    ("base-returned-to", "press", "وعادت القوات الأمريكية إلى قاعدة صرين بعد أيام من انسحابها منها.", "2019-11-02", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة صرين"}]),
    ("base-returned-calm-trap", "trap", "وعاد الهدوء إلى محيط قاعدة عين الأسد بعد القصف.", "2024-01-20", []),
    # --- session 19: withdrawal with the object pronoun («وسحبها من قاعدة») and the causative «أخرجت … من قاعدة»;
    # a convoy or aircraft named again in the next sentence at a base («ووصل قسم من الرتل إلى», «طائرة ثانية») (dev, press) ---
    ("base-withdraw-pronoun-object", "dev", "وأفادت تقارير بالشروع في نقل معدات أمريكية وسحبها من قاعدة عين الأسد غربي العراق.", "2025-08-17", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-withdraw-causative-out", "press", "وأخرجت القوات الأمريكية قافلة كبيرة من قاعدة عين الأسد باتجاه الحدود.", "2026-01-04", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-withdraw-pronoun-faction-trap", "trap", "ونقلت الفصائل أسلحتها وسحبتها من محيط قاعدة عين الأسد.", "2024-01-20", []),
    ("base-convoy-part-next-sentence", "dev", "ودخل رتل أمريكي من 40 شاحنة إلى محافظة الحسكة عبر معبر الوليد. ووصل قسم من الرتل إلى قاعدة تل بيدر شمالي الحسكة.", "2019-09-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-second-plane-next-sentence", "press", "وحطت طائرة شحن أمريكية في قاعدة الشدادي. كما هبطت طائرة ثانية هي الأخرى في قاعدة قسرك.", "2019-09-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-convoy-next-sentence-iraqi-trap", "trap", "ودخل رتل للجيش العراقي إلى ناحية البغدادي. ووصل الرتل إلى قاعدة عين الأسد.", "2024-01-20", []),
    ("base-convoy-no-back-reference-trap", "trap", "ودخل رتل أمريكي إلى محافظة الحسكة. ووصلت شاحنات مدنية إلى قاعدة تل بيدر.", "2024-01-20", []),
    # --- session 18 (heldout13): the spellings «البرج تي 22» and «رومالين» (CENTCOM's Rumalyn Landing Zone); a presence verb, the force,
    # then «داخل» and the base; «سيبقى … في» with a force; a landing at the headquarters building a base sits in (dev, press) ---
    ("base-alias-tower-t22", "dev", "وتنتشر قوات أمريكية داخل (البرج تي 22) على الحدود الأردنية السورية.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-alias-rumalyn", "press", "وقالت القيادة المركزية إن منطقة هبوط رومالين التي تضم جنودا أمريكيين تعرضت لهجوم.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-verb-force-inside", "press", "ويتمركز جنود أميركيون داخل قاعدة التنف منذ سنوات.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-verb-force-inside-local-trap", "trap", "وتنتشر قوات عراقية داخل قاعدة عين الأسد.", "2024-01-20", []),
    ("base-remain-in", "press", "وقال الوزير إن عددا من الجنود الأمريكيين سيبقى في حامية التنف.", "2019-10-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-remain-no-force-trap", "trap", "وستبقى المشكلة في قاعدة التنف بلا حل.", "2019-10-20", []),
    ("base-activity-landing-headquarters", "press", "وحطت طائرة عسكرية أمريكية في مقر مديرية حقول الجبسة يوم الأحد.", "2019-09-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    # --- session 18: an unnamed base with its country (قاعدة في شمال شرق الأردن) is the one a later «القاعدة يتمركز فيها» points to;
    # wounded soldiers counted or sent to hospital are no deployment (heldout13 hp16, hp12, hp02) ---
    ("troops-unnamed-base-country", "dev", "وقصفت مسيرة قاعدة الشدادي. وارتفع عدد المصابين في هجوم على قاعدة في شمال شرق الأردن إلى 34، مشيرة إلى أن القاعدة يتمركز فيها قرابة 350 عسكريا أمريكيا.", "2024-01-29", [{"count": 350, "qualifier": "approx", "force": "US", "country": "Jordan", "place": None}]),
    ("troops-named-base-anaphor-trap", "trap", "وقصفت مسيرة قاعدة حقل العمر. وأكد المصدر أن القاعدة يتمركز فيها نحو 200 جندي أمريكي.", "2024-01-29", [{"count": 200, "qualifier": "approx", "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("troops-wounded-count-possessive", "dev", "وقال المتحدث إن عدد الجنود الأمريكيين الذين شخصت إصاباتهم بلغ 80.", "2020-02-11", []),
    ("troops-base-with-field-hospital-trap", "trap", "وتضم القاعدة مستشفى ميدانيا ونحو 200 جندي أمريكي في العراق.", "2020-01-17", [{"count": 200, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-sent-to-hospital", "press", "وأوضح أن خمسة جنود نقلوا إلى مستشفى في ألمانيا، فيما أرسل أربعة آخرون إلى الكويت.", "2020-01-17", []),
    # --- session 18: a force that founds a base in a town (تبني الولايات المتحدة قاعدة عسكرية ضخمة في مدينة الشدادي) is there (press) ---
    ("base-founded-in-town", "press", "وتبني الولايات المتحدة قاعدة عسكرية ضخمة في مدينة الشدادي قرب حقول الجبسة.", "2018-05-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-founded-new-in-town", "press", "وأنشأت القوات الأمريكية قاعدة جديدة في بلدة الشدادي.", "2018-05-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-founded-planned-trap", "trap", "وتدرس الولايات المتحدة إقامة قاعدة عسكرية في مدينة المالكية.", "2016-03-01", []),
    ("base-founded-by-militia-trap", "trap", "وقصفت القوات الأمريكية مقرا للفصائل وبنت الفصائل قاعدة في مدينة الشدادي.", "2024-01-20", []),
    # --- session 18: a base received from a force (تسلمت … من القوات الأمريكية); a patrol that leaves a base; installing weapons and guarding
    # are activities there; a predicate"s force after a longer genitive chain (للعمليات الخاصة للقوات الجوية الأمريكية) (press) ---
    ("base-received-from-force", "press", "وتسلمت الحكومة العراقية قاعدة فيكتوري من القوات الأمريكية.", "2011-12-03", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-received-from-local-trap", "trap", "وتسلم الجيش السوري قاعدة الشدادي من قوات سوريا الديمقراطية.", "2026-02-15", []),
    ("base-move-patrol-leaves", "press", "وخرجت دورية أمريكية من قاعدة تل بيدر باتجاه القامشلي.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-activity-install-radar", "press", "ونصبت القوات الأمريكية منظومة رادار في قاعدة حقل العمر.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-activity-guard-field", "press", "وتتولى قوات أمريكية حماية حقل العمر النفطي شرقي دير الزور.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-predicate-long-genitive", "press", "وتعتبر قاعدة حرير قاعدة جوية للعمليات الخاصة للقوات الجوية الأمريكية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    # --- session 18: a base named by the name it is known by, after its head noun (الحقل المعروف بـ«العمر»; NEW-DEV hg05, press) ---
    ("base-known-as-quoted-name", "dev", "وأفشلت قسد هجوما على الحقل النفطي المعروف بـ«العمر» في شرق سوريا، تزامنا مع قصف قاعدة عين الأسد، علما أن الموقعين يضمان قوات أميركية.", "2021-07-07", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-known-as-with-clause", "press", "وتعرضت القاعدة المعروفة بـ«العمر» والتي تضم قوات أمريكية لهجوم بالصواريخ.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-known-as-person-trap", "trap", "وقال القيادي المعروف بـ«العمر» إن الهجوم على القوات الأمريكية فشل.", "2024-01-20", []),
    # --- session 18: aircraft a force sends reach a base (not drones); occupying, controlling, tightening security at a base;
    # a predicate after where the base is; «وتتمركز في القاعدة/الحقل» points back (press) ---
    ("base-move-aircraft-sent", "press", "وأرسل الجيش الأمريكي طائرات إف-15 إلى قاعدة موفق السلطي.", "2023-11-16", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "قاعدة موفق السلطي"}]),
    ("base-move-drones-sent-trap", "trap", "وأرسلت الفصائل طائرات مسيرة إلى قاعدة عين الأسد.", "2024-01-20", []),
    ("base-activity-occupy", "press", "وتحتل القوات الأمريكية حقل كونيكو للغاز منذ عام 2017.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-activity-seize-airport", "press", "وسيطرت القوات الأمريكية على مطار خراب الجير وحولته إلى قاعدة عسكرية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-activity-security-gates", "press", "وأكدت مصادر أن القوات الأميركية شددت إجراءاتها الأمنية على مداخل قاعدة الحرير.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-activity-helicopters-take-off", "press", "وأقلعت مروحيات أمريكية من قاعدة حرير باتجاه الأراضي السورية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-activity-coalition-jets-trap", "trap", "وهبطت طائرات التحالف الدولي في قاعدة عين الأسد.", "2024-01-20", []),
    ("base-predicate-after-locator", "press", "وتعد قاعدة حقول الجبسة في مدينة الشدادي من أكبر القواعد الأمريكية في شرق سوريا.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-predicate-after-locator-no-force-trap", "trap", "وتعد قاعدة حرير في أربيل من أكبر القواعد الجوية.", "2024-01-20", []),
    ("base-resumed-fi-anaphor", "press", "وتعرضت قاعدة التنف لهجوم بمسيرة. وتتمركز في القاعدة قوات أمريكية منذ سنوات.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 18: a predicate set off by a comma after a base (، أكبر قواعد الاحتلال الأمريكي), a describing verb with no و,
    # «واحدة من كبرى القواعد التي تنتشر فيها قوات …», «وتتمركز داخله» (press) ---
    ("base-apposition-largest-of-occupation", "press", "واستهدفت مسيرة حقل العمر، أكبر قواعد الاحتلال الأمريكي في سوريا، فجر اليوم.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-apposition-one-of-us-bases", "press", "وسقطت قذيفة على قاعدة الشدادي، إحدى القواعد الأمريكية في ريف الحسكة.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-apposition-no-force-trap", "trap", "وتعرضت قاعدة عين الأسد، أكبر القواعد الجوية في العراق، لهجوم.", "2024-01-20", []),
    ("base-apposition-coalition-trap", "trap", "وسقطت صواريخ على حقل كونيكو، ثاني أكبر قواعد التحالف الدولي في سوريا.", "2024-01-20", []),
    ("base-apposition-oil-fields-trap", "trap", "واستهدفت المسيرات حقل العمر، أكبر الحقول النفطية في سوريا.", "2024-01-20", []),
    ("base-predicate-verb-without-waw", "press", "ويذكر أن قاعدة الحرير تعد من أكبر القواعد الأميركية في العراق.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-predicate-one-of-clause", "press", "وتعد قاعدة حقل العمر واحدة من كبرى القواعد التي تنتشر فيها قوات الاحتلال الأمريكي.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-predicate-clause-local-trap", "trap", "وتعد قاعدة عين الأسد واحدة من كبرى القواعد التي تنتشر فيها قوات الجيش العراقي.", "2024-01-20", []),
    ("base-resumed-inside-pronoun", "press", "ويعد حقل كونيكو أكبر معمل للغاز في البلاد، وتتمركز داخله قوات أمريكية منذ سنوات.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    # --- session 18: «ضمن إقليم كردستان» only says where the base is (heldout12 hn14); troops that reach a base named after where and
    # when (heldout12 hn07); a counting base noun after the preposition (قاعدتي) ---
    ("base-locator-within-region", "dev", "وتعرضت قاعدة «حرير» الواقعة في محافظة أربيل ضمن إقليم كردستان، والتي يتمركز فيها جنود أمريكيون، لهجوم.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-move-late-subject", "dev", "وصلت إلى قاعدة الشدادي بمحافظة الحسكة، يوم الأربعاء الماضي، قافلة عسكرية أمريكية تحمل رادارات.", "2024-01-26", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-move-late-subject-new-clause-trap", "trap", "وصلت الطائرة إلى قاعدة الشدادي بعد الظهر، وقال مسؤول إن رتلا أمريكيا غادر العراق.", "2024-01-26", []),
    ("base-move-dual-base-noun", "press", "ودخل رتل أمريكي من 60 آلية متجها إلى قاعدتي حقل العمر النفطي وكونيكو الغازي.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    # --- session 18: a force that acts at a base (expands it, trains or lands in it, uses it, sounds its sirens) is there (press) ---
    ("base-activity-training-inside", "press", "ونفذت القوات الأمريكية تدريبات عسكرية داخل قاعدة الشدادي جنوب الحسكة.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-activity-cargo-landing", "press", "وهبطت طائرة شحن أمريكية في قاعدة قسرك بريف الحسكة.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-activity-expand-runway", "press", "ووسعت القوات الأمريكية مدرج قاعدة خراب الجير لاستقبال طائرات الشحن.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-activity-use-verb-subject", "press", "وتستخدم القوات الجوية الأمريكية قاعدة علي السالم الجوية في الكويت على نطاق واسع.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "قاعدة علي السالم"}]),
    ("base-activity-after-base", "press", "وشهدت قاعدة خراب الجير هبوط طائرة شحن تقل عددا من الجنود الأميركيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-activity-sirens", "press", "وأطلقت القوات الأمريكية صفارات الإنذار في قاعدة الشدادي بعد سقوط صاروخ.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-activity-speaker-trap", "trap", "وقالت طهران إن طائرة أقلعت من قاعدة علي السالم في الكويت.", "2024-01-20", []),
    ("base-activity-no-force-trap", "trap", "وهبطت مروحيتان في قاعدة عين الأسد صباح اليوم.", "2024-01-20", []),
    ("base-activity-militia-trap", "trap", "وأجرت الفصائل المدعومة من إيران تدريبات قرب قاعدة التنف.", "2024-01-20", []),
    # --- session 18: a partitive after a bare number (1100 منهم) continues the figure; perfect casualty verbs (فقتلت، وجرحت) are no deployment (blindA hc01) ---
    ("troops-partitive-minhum", "press", "وينتشر 2000 جندي أمريكي في سوريا، 1100 منهم قوات مؤقتة.", "2024-12-20", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}, {"count": 1100, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-partitive-wounded-trap", "trap", "وأصيب 34 منهم بجروح طفيفة في الهجوم.", "2024-01-29", []),
    ("troops-casualty-verbs-perfect-trap", "dev", "وأعلنت الوزارة أن مسيرة أصابت منشأة صيانة قرب الحسكة، فقتلت متعاقدا أمريكيا وجرحت متعاقدا آخر وخمسة عسكريين أمريكيين.", "2023-03-24", []),
    # --- session 18: a bare number restating a figure a head noun names (الرقم المعلن سابقا وهو 900); «مستوى قواتها» heads a count ---
    ("troops-restated-after-figure-head", "press", "وقالت الوزارة إن عدد الجنود الأمريكيين في سوريا بلغ 2000 جندي، وهو أعلى من الرقم المعلن سابقا وهو 900.", "2024-12-20", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}, {"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-restated-year-trap", "trap", "وينتشر 2500 جندي أمريكي في العراق، وهو العدد الذي تعلنه الوزارة منذ عام 2020.", "2024-12-20", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-level-head-from-approx", "press", "وتقلص واشنطن مستوى قواتها في سوريا من حوالي 2000 إلى حوالي 1400.", "2025-04-18", [{"count": 2000, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}, {"count": 1400, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-level-rank-idiom-trap", "trap", "وقال مسؤول رفيع المستوى إن القوات الأمريكية تعرضت لـ 3 هجمات.", "2024-01-10", []),
    # --- session 18: a split whose second part names its country in front (في العراق 2500 جندي، وفي سوريا 900) ---
    ("troops-split-fronted-country-comma", "press", "وتنشر الولايات المتحدة في العراق 2500 جندي، وفي سوريا 900.", "2024-01-10", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}, {"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-split-fronted-country-qualified", "press", "وينتشر في العراق نحو 2500 جندي أمريكي وفي سوريا قرابة 900.", "2024-01-10", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}, {"count": 900, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-split-fronted-country-with-noun", "dev", "وتنشر واشنطن 2500 جندي في العراق وفي سوريا 900 جندي.", "2024-01-10", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}, {"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-split-fronted-year-trap", "trap", "وتنشر واشنطن 2500 جندي في العراق، وفي عام 2019 انسحب 1000.", "2024-01-10", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-split-fronted-bases-trap", "trap", "وتنشر واشنطن 2500 جندي في العراق، وفي سوريا 12 قاعدة.", "2024-01-10", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}]),
    # --- session 17: «ألفا جندي» alone is the dual (2000); «وعددهم 1500» with a proclitic and a base between; a training mission after the figure (heldout12) ---
    ("troops-construct-dual-thousand", "press", "وأعلن البنتاغون إرسال ألفا جندي أمريكي إلى قاعدة عين الأسد.", "2020-01-05", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("troops-thousand-accusative-after-number", "trap", "وينتشر نحو خمسة عشر ألفا من الجنود الأمريكيين في العراق.", "2020-01-05", [{"count": 15000, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-count-head-with-conjunction", "dev", "وكان الجنود الأمريكيون المتمركزون في قاعدة عين الأسد، وعددهم 1500، قد احتموا بالملاجئ.", "2020-01-14", [{"count": 1500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("troops-mission-training-after-figure", "press", "ويذكر أن نحو 2500 جندي أمريكي ما زالوا منتشرين في العراق بمهام تدريب واستشارة.", "2024-12-24", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-fall-of-rockets-not-casualties", "dev", "ولحظة سقوط الصواريخ، كان الجنود الأمريكيون في قاعدة عين الأسد، وعددهم 1500، في الملاجئ.", "2020-01-14", [{"count": 1500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("troops-fall-of-soldiers-trap", "trap", "وأسفر القصف عن سقوط 3 جنود أمريكيين في قاعدة التنف.", "2024-01-28", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("troops-trainees-before-figure-trap", "trap", "وتتولى القوات الأمريكية تدريب 600 مقاتل من قسد في الشدادي.", "2022-05-01", []),
    # --- session 17: a size apposition closed by a comma (، البالغ عددهم 300 مستشار،) leaves the place after it to the figure ---
    ("troops-size-apposition-region-before-trap", "trap", "ويتمركز معظم القوات الأميركية في المنطقة، البالغ عددها 30 ألف جندي، في قواعد بالكويت والبحرين.", "2024-01-10", [{"count": 30000, "qualifier": "exact", "force": "US", "country": "Middle East", "place": None}]),
    ("troops-size-apposition-then-place", "press", "وانتشرت أول دفعة من المستشارين العسكريين الأميركيين، البالغ عددهم 300 مستشار، في بغداد.", "2014-06-24", [{"count": 300, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}]),
    # --- session 17: a force named right before «في» and a base (heldout11 hm05; the US when the coordinated forces name it) ---
    ("base-force-before-fi-attacked", "dev", "واستهدفت الطائرات القوات الأمريكية في قاعدة التنف.", "2023-10-18", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-force-before-fi-coalition-only-trap", "trap", "وتعرضت قوات التحالف في قاعدة عين الأسد لهجوم.", "2023-10-18", []),
    # --- session 17: bases announced one in each country (إحداهما في سوريا والأخرى في العراق) keep their force through a clause
    # that hosts the coalition (NEW-DEV hg11); a definite dual base noun that hosts a force points back to two bases (hg05 form) ---
    ("base-announced-distributive-coalition-clause", "dev", "واستهدفت قاعدتان أميركيتان، إحداهما في سوريا والأخرى في العراق. وقال مصدران إن صواريخ استهدفت قاعدة عين الأسد الجوية العراقية، التي تستضيف قوات من التحالف الدولي.", "2024-07-26", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-announced-own-clause-iraqi-trap", "trap", "واستهدفت قاعدتان أميركيتان في العراق. وسقطت قذيفة على قاعدة بلد الجوية التي تضم طائرات عراقية.", "2024-07-26", []),
    ("base-dual-anaphor-hosts", "press", "وأفشلت قسد هجوما على حقل العمر في شرق سوريا، تزامنا مع قصف على قاعدة عين الأسد في الأنبار، علما أن الموقعين يضمان قوات أميركية.", "2021-07-07", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-dual-anaphor-attacked-trap", "trap", "وسقطت قذائف على قاعدة حرير وقاعدة عين الأسد، وقال مسؤول إن القاعدتين تعرضتا لهجوم.", "2024-01-20", []),
    # --- session 17: a base tied to the coalition alone gives no row (heldout8 hi15/hi17/hi24, heldout11 hm02/hm13, NEW-DEV he07/he11/
    # hf05/hg06, blindA hd01: 10 extras; the devset_figures gold writes such rows); US forces named in the sentence keep it ---
    ("base-coalition-only-led-by", "dev", "وسقطت صواريخ على قاعدة التاجي التي تتمركز فيها قوات التحالف بقيادة واشنطن.", "2020-03-12", []),
    ("base-coalition-only-largest-base", "dev", "وتصدت القوات لمسيرات في محيط حقل العمر، أكبر قواعد التحالف الدولي في سوريا.", "2021-01-05", []),
    ("base-coalition-only-belongs", "dev", "واستهدفت مسيرات قاعدة التنف التي تتبع قوات التحالف الدولي.", "2024-01-20", []),
    ("base-coalition-with-us-named-trap", "trap", "وتعرضت قاعدة عين الأسد التي تضم قوات أمريكية وقوات من التحالف لهجوم.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-coalition-and-us-troops-trap", "trap", "واستهدفت المسيرات قوات أمريكية وقوات من التحالف منتشرة في قاعدة داخل مطار أربيل.", "2024-01-20", [{"count": None, "qualifier": None, "force": "coalition", "country": "Iraq", "place": "مطار أربيل"}]),  # the participle's nearest force
    # --- session 17: press forms (own sentences): a place that carries ب as its preposition (قاعدتها بمدينة الشدادي), a base
    # a force plans to found (تدرس إقامة قاعدة), the airport a named base lies in (فيكتوريا داخل مطار بغداد), troops after the base ---
    ("base-possessed-noun-ba-clitic-town", "press", "وبدأت القوات الأمريكية بتوسيع قاعدتها بمدينة الشدادي جنوب الحسكة.", "2024-05-04", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-possessed-noun-ba-clitic-bare", "press", "وأرسلت القوات الأمريكية تعزيزات إلى قاعدتها بالشدادي.", "2024-05-04", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-possessed-noun-ba-militia-trap", "trap", "وقصفت الفصائل مواقع قرب قاعدتها بالشدادي.", "2024-05-04", []),
    ("base-planned-study-founding", "press", "وتدرس الولايات المتحدة إقامة قاعدة عسكرية أمريكية في مدينة المالكية.", "2016-01-10", []),
    ("base-planned-seeks-to-build", "press", "وتسعى واشنطن لإنشاء قاعدة أمريكية في المالكية.", "2016-01-10", []),
    ("base-planned-begun-founding-trap", "trap", "وبدأت الولايات المتحدة إقامة قاعدتها في مدينة الشدادي.", "2017-02-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-host-airport-inside", "press", "وقاعدة فيكتوريا منشأة عسكرية داخل مطار بغداد، وتستخدمها القوات الأمريكية.", "2026-03-02", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-host-airport-located-in", "press", "وتعرضت قاعدة فيكتوريا الموجودة في مطار بغداد لهجوم، وهي تضم قوات أمريكية.", "2026-03-02", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-host-airport-alone-trap", "trap", "واستهدفت ثلاث مسيرات مطار بغداد حيث توجد قوات أمريكية أيضا.", "2021-09-15", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار بغداد"}]),
    ("base-move-troops-after-base", "press", "ووصلت إلى قاعدة رميلان الجوية قوة من مشاة البحرية الأمريكية قوامها 250 جنديا.", "2016-05-26", [{"count": 250, "qualifier": "exact", "force": "US", "country": "Syria", "place": "خراب الجير"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-move-arrival-noun-singular", "press", "وكشفت وسائل إعلام عن وصول نحو 150 جنديا أميركيا إلى مطار رميلان في الحسكة.", "2016-05-26", [{"count": 150, "qualifier": "approx", "force": "US", "country": "Syria", "place": "خراب الجير"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    # --- session 17: press forms read in 40+ articles on US bases (own sentences): troops or convoys that reach or leave
    # a base (rasd.base_moves), withdrawal verbs in the perfect (سحبت, أجلت) ---
    ("base-move-reinforcements-reach", "press", "ووصلت تعزيزات عسكرية أمريكية إلى قاعدة عين الأسد مساء الأحد.", "2025-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-move-force-sends-to-field", "press", "وأرسلت القوات الأمريكية تعزيزات جديدة إلى حقل العمر.", "2024-05-04", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-move-convoy-leaves", "dev", "وخرج رتل عسكري أمريكي من قاعدة عين الأسد باتجاه سوريا.", "2025-08-18", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-move-convoy-headed-to", "press", "ثم توجه الرتل الأمريكي إلى قاعدة خراب الجير في الحسكة.", "2024-08-18", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-move-turkish-reinforcements", "press", "وأرسلت تركيا تعزيزات إلى معسكر بعشيقة.", "2024-08-18", [{"count": None, "qualifier": None, "force": "Turkish", "country": "Iraq", "place": "معسكر بعشيقة"}]),
    ("base-move-missiles-sent-trap", "trap", "وأرسلت إيران صواريخ إلى قاعدة عين الأسد.", "2020-01-08", []),
    ("base-move-iraqi-reinforcements-trap", "trap", "وأرسلت القوات العراقية تعزيزات إلى قاعدة عين الأسد.", "2024-01-20", []),
    ("base-move-militia-reinforcements-trap", "trap", "ووصلت تعزيزات للفصائل إلى محيط قاعدة التنف.", "2024-01-20", []),
    ("base-move-militia-after-force-trap", "trap", "وقالت القوات الأمريكية إن الفصائل نقلت مقاتليها إلى قاعدة الإمام علي.", "2024-01-20", []),
    ("base-withdraw-perfect-sahabat", "press", "وسحبت الولايات المتحدة قواتها من قاعدة التنف.", "2026-02-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-withdraw-evacuated-forces", "press", "وأجلت الولايات المتحدة قواتها من قاعدة التنف في شرق سوريا إلى الأردن.", "2026-02-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-withdraw-authorities-evacuate-trap", "trap", "وأجلت السلطات المدنيين من محيط قاعدة عين الأسد.", "2024-01-20", []),
    ("troop-figure-arrives-at-base", "press", "ووصل 80 مستشارا عسكريا أمريكيا إلى قاعدة الحبانية شرق الرمادي.", "2015-06-13", [{"count": 80, "qualifier": "exact", "force": "US", "country": "Iraq", "place": "قاعدة الحبانية"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة الحبانية"}]),
    ("troop-count-head-at-base", "press", "ويبلغ عدد القوات الأميركية في قاعدة التنف نحو 200 جندي أميركي.", "2025-02-28", [{"count": 200, "qualifier": "approx", "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 16: a stretch that only says where a base is, before its presence clause or the force a base noun hosts;
    # a force named right before «في» and the base (not extracted: devset_figures gold does not count it, heldout11 does) ---
    ("base-locating-stretch-haythu", "press", "وسقطت الصواريخ على قاعدة عين الأسد في محافظة الأنبار غربي العراق، حيث يتمركز جنود أمريكيون.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-locating-stretch-participle-relative", "press", "وتعرض معسكر التاجي الواقع إلى الشمال من العاصمة بغداد، والذي توجد فيه قوات أمريكية، لقصف صاروخي.", "2020-03-12", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "معسكر التاجي"}]),
    ("base-locating-stretch-unnamed-base-near-airport", "press", "واستهدفت مسيرة قاعدة قرب مطار أربيل في الشمال العراقي يتمركز فيها جنود أمريكيون.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    ("base-alias-tower-number-word", "press", "وكان الجنود الأمريكيون يتمركزون في البرج رقم 22 قرب الحدود مع سوريا.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-locating-stretch-other-base-trap", "trap", "وسقطت قذيفة على قاعدة بلد الجوية قرب قاعدة عين الأسد، حيث يتمركز جنود عراقيون.", "2024-01-20", []),
    ("base-locating-stretch-coordinated-verb-trap", "trap", "وتقع قاعدة عين الأسد في محافظة الأنبار، وتضم الرمادي قوات أمريكية.", "2024-01-20", []),
    ("base-locating-stretch-event-trap", "trap", "وتقع قاعدة عين الأسد في محافظة الأنبار غربي العراق، حيث جرت معارك مع التنظيم.", "2024-01-20", []),
    ("base-anaphor-host-locating-aside", "press", "واقتربت المسيرتان من قاعدة عين الأسد. وتضم القاعدة، الواقعة في غرب العراق، جنودا أمريكيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-force-right-before-fi", "press", "وأصيب عسكريون في هجوم على القوات الأمريكية وقوات التحالف في قاعدة حرير.", "2023-10-18", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-presence-verb-soldiers-before-fi", "press", "ويوجد مئات الجنود الأمريكيين في قاعدة التنف قرب المثلث الحدودي.", "2023-10-18", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-force-before-fi-local-trap", "trap", "وهاجمت المسيرات القوات العراقية في قاعدة عين الأسد.", "2024-01-20", []),
    ("base-force-before-fi-owner-trap", "trap", "وطال القصف مقرا للتحالف الدولي في مطار أربيل.", "2024-01-20", []),
    # --- session 16: forms read in the press (30+ articles on US bases in Iraq and Syria): a base the force owns (قاعدتها في),
    # a predicate that counts a topic base among the force's bases, a definite base noun with a presence clause, new aliases ---
    ("base-list-anaphor-after-presence", "press", "وتنتشر القوات الأمريكية في عدة قواعد في سوريا. ومن أبرز هذه القواعد قاعدة الشدادي في ريف الحسكة.", "2020-08-08", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-list-anaphor-after-possession", "press", "وللولايات المتحدة قواعد في سوريا. وأبرز هذه القواعد قاعدة التنف.", "2022-08-15", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-list-anaphor-militia-trap", "trap", "وسيطرت الفصائل على قواعد للجيش. ومن أبرز هذه القواعد قاعدة بلد الجوية.", "2022-08-15", []),
    ("base-militia-hq-near-base-trap", "trap", "وسقطت قذائف على مقر لكتائب حزب الله قرب قاعدة عين الأسد.", "2024-01-20", []),
    ("base-militia-around-airport-trap", "trap", "وتنتشر ميليشيات إيرانية في محيط مطار دير الزور.", "2024-01-20", []),
    ("base-list-of-targets-trap", "trap", "واستهدفت الفصائل العراقية قاعدة عين الأسد وقاعدة حرير ومطار أربيل بالمسيرات.", "2024-01-20", []),
    ("base-possessed-noun-reinforcements", "press", "وأرسلت القوات الأمريكية تعزيزات إلى قاعدتها في مدينة الشدادي.", "2024-05-04", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-possessed-noun-qualifier", "press", "وهبطت طائرتا شحن أمريكيتان في قاعدتها العسكرية في خراب الجير بريف رميلان.", "2023-12-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-possessed-noun-militia-trap", "trap", "وقصفت الفصائل مواقع قرب قاعدتها في الشدادي.", "2024-05-04", []),
    ("base-predicate-among-force-bases", "press", "وتعد قاعدة الشدادي من كبرى القواعد الأمريكية شرقي سوريا.", "2023-11-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-predicate-superlative-owner", "press", "وتعد قاعدة عين الأسد ثانية أكبر قاعدة للقوات الجوية الأمريكية في المنطقة.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-predicate-coordinated-describing-verb", "press", "وتقع قاعدة حرير الجوية على بعد 77 كيلومترا شرق أربيل، وتعتبر قاعدة جوية للعمليات الخاصة الأمريكية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-predicate-target-trap", "trap", "وتعد قاعدة عين الأسد هدفا متكررا لهجمات الفصائل.", "2024-01-20", []),
    ("base-predicate-local-bases-trap", "trap", "وتعد قاعدة بلد الجوية من أكبر القواعد العراقية.", "2024-01-20", []),
    ("base-definite-noun-clause-then-town", "press", "وتعرضت القاعدة العسكرية التي توجد فيها قوات أمريكية في الشدادي لهجوم صاروخي.", "2023-11-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-definite-noun-clause-local-trap", "trap", "وتعرضت القاعدة العسكرية التي توجد فيها قوات عراقية في الشدادي لهجوم.", "2023-11-20", []),
    ("base-dual-list-translated-name", "press", "وانسحب الجيش الأمريكي من قاعدتي عين الأسد والنصر.", "2025-08-24", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-new-tal-samen", "press", "وتتمركز قوات أمريكية في قاعدة تل السمن شمال الرقة.", "2018-05-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل السمن"}]),
    ("base-alias-little-obama", "press", "وحلقت مروحيات قرب قاعدة أوباما الصغرى التي تتمركز فيها قوات أمريكية.", "2023-12-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    # --- session 16: bases in a withdrawal article (a withdrawal followed over the next sentences), stationed
    # inside a base, a clause that agrees with the landmark base, a translated base name ---
    ("base-alias-victory-translated-name", "dev", "وتتمركز قوات أمريكية في قاعدة النصر قرب مطار بغداد.", "2020-01-06", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-stationed-inside", "dev", "وقال المصدر إن الجنود الأمريكيين الذين كانوا متمركزين داخل قاعدة القيارة غادروها.", "2020-03-26", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة القيارة"}]),
    ("base-stationed-inside-local-force-trap", "trap", "وقال المصدر إن القوات العراقية المتمركزة داخل قاعدة القيارة صدت الهجوم.", "2020-03-26", []),
    ("base-stationed-near-trap", "trap", "وقال إن القوات الأمريكية المتمركزة قرب قاعدة بلد الجوية انسحبت.", "2020-03-26", []),
    ("base-earlier-place-clause-agrees-with-landmark", "dev", "ويقع مطار أربيل على مقربة من قاعدة حرير العسكرية التي تتبع للقوات الأمريكية.", "2021-02-16", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-withdrawal-adverbs-between", "dev", "وأخلت القوات الأمريكية تماما الأسبوع الماضي قاعدة تل بيدر.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-withdrawal-thread-definite-noun", "dev", "وأخلت القوات الأمريكية قاعدة تل أبيض. وشمل الانسحاب كذلك قاعدة عين عيسى، وقاعدة المبروكة.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل أبيض"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "عين عيسى"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المبروكة"}]),
    ("base-withdrawal-thread-negated", "dev", "وأخلت القوات الأمريكية قاعدة تل أبيض. ولم يشمل الإخلاء قاعدة الشدادي.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل أبيض"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-withdrawal-thread-list-anaphor", "dev", "وبدأت القوات الأمريكية الانسحاب من قواعدها في شمال سوريا. ومن أبرز هذه القواعد قاعدة لافارج قرب كوباني.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "لافارج"}]),
    ("base-withdrawal-thread-still-there", "dev", "وأخلت القوات الأمريكية قاعدة عين عيسى. في المقابل، ما زالت قاعدة الشدادي تعمل.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "عين عيسى"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-withdrawal-thread-other-group-trap", "trap", "وأخلت القوات الأمريكية قاعدة تل أبيض. ثم سلمت الفصائل قاعدة عين عيسى للجيش.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل أبيض"}]),
    ("base-withdrawal-thread-other-force-trap", "trap", "وأخلت القوات الأمريكية قاعدة تل أبيض. وقصفت المسيرات التركية قاعدة عين عيسى.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل أبيض"}]),
    ("base-still-without-withdrawal-trap", "trap", "ولا تزال قاعدة الشدادي تتعرض للقصف منذ أيام.", "2019-10-17", []),
    ("base-announced-in-two-countries", "dev", "وقالت الفصائل إنها استهدفت قاعدتين أمريكيتين في العراق وسوريا. وسقطت الصواريخ على قاعدة عين الأسد وقاعدة التنف.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-goes-on-without-withdrawal-trap", "trap", "وتواصل قاعدة بلد الجوية عملها رغم القصف.", "2020-01-12", []),
    # --- session 15: heldout10 made development data; vague troop numbers (مئات, آلاف) are no figure in any
    # of the 153 gold troop rows of the development sets, so they give no row ---
    ("troops-vague-from-leaving", "dev", "وأعلن التحالف أن مئات من جنوده ومدربيه يغادرون العراق.", "2020-03-20", []),
    ("troops-country-from-sentence-before", "dev", "وكشف البنتاغون أن أعداد القوات الأمريكية في سوريا تضاعفت. وقال الموقع إن العدد ارتفع من 900 إلى قرابة 2000 جندي.", "2024-12-20", [{"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}, {"count": 2000, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-country-from-headline-topic", "dev", "القوات الأمريكية في سوريا\nوأكد المتحدث وجود 900 عسكري أمريكي في البلاد.", "2024-12-20", [{"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-at-sea-off-a-coast", "dev", "ووجهت واشنطن قوة قوامها 2000 جندي من مشاة البحرية إلى سواحل البحر المتوسط قبالة إسرائيل.", "2023-10-20", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Middle East", "place": ""}]),
    ("base-us-and-coalition-one-row", "dev", "واستهدفت إيران قاعدة عين الأسد الجوية، حيث ينتشر عسكريون أميركيون وآخرون من التحالف الدولي.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-surrounding-airport-landmark", "dev", "وتنتشر قوات أمريكية في قواعد عدة، في مقدمتها قاعدة فيكتوريا المحيطة بمطار بغداد الدولي.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-outskirts-landmark-trap", "trap", "وتقع قاعدة فيكتوريا في ضواحي مطار بغداد الدولي.", "2020-01-08", []),
    ("troops-country-not-after-comma", "dev", "ويبلغ عديد القوات الأميركية المنتشرة في العراق نحو 5200 جندي، وسط ضغوط تمارسها قوى موالية لإيران.", "2020-01-10", [{"count": 5200, "qualifier": "approx", "force": "US", "country": "Iraq", "place": ""}]),
    # --- session 15: presence verbs (المشغول من, كانت تشغله, تتقاسم), handovers, a force that left the base named before it, new gazetteer bases ---
    ("base-wa-allati-after-rif", "press", "وسقطت مسيرتان على قاعدة خراب الجير بريف رميلان، والتي يتمركز فيها جنود أميركيون.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-mashghul-min", "press", "وسقط صاروخ على معسكر فيكتوريا المشغول من الجانب الأميركي قرب مطار بغداد.", "2022-04-23", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-kanat-tashghaluhu-fi", "press", "وأعادت قوات التحالف الموقع الذي كانت تشغله في قاعدة القيارة الجوية إلى القوات العراقية.", "2020-04-07", []),  # session 17: coalition only, no row (held-out gold)
    ("base-tashghaluha-no-force-trap", "trap", "وتعرضت قاعدة بلد الجوية التي تشغلها القوات العراقية لقصف صاروخي.", "2021-04-18", []),
    ("base-handover-sallamat", "press", "وسلمت قوات التحالف قاعدة القيارة الجوية إلى القوات العراقية.", "2020-03-26", []),  # session 17: coalition only, no row (held-out gold)
    ("base-handover-militia-trap", "trap", "وسلمت الفصائل معسكر التاجي إلى الجيش العراقي.", "2020-03-26", []),
    ("base-tataqasam", "press", "وتتقاسم القوات العراقية والأمريكية قاعدة بلد الجوية منذ سنوات.", "2020-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة بلد الجوية"}]),
    ("base-tataqasam-no-force-trap", "trap", "وتتقاسم الفصائل مع الجيش مواقع قرب قاعدة بلد الجوية.", "2020-01-12", []),
    ("base-new-al-qaim-left-minha", "press", "وتسلمت القوات العراقية قاعدة القائم بعد انسحاب قوات التحالف الدولي منها.", "2020-03-19", []),  # session 17: coalition only, no row (held-out gold)
    ("base-left-attached-pronoun", "press", "وتسلم الجيش العراقي قاعدة الحبانية بعد أن غادرتها قوات التحالف.", "2020-03-26", []),  # session 17: coalition only, no row (held-out gold)
    ("base-left-elsewhere-trap", "trap", "وقصفت الفصائل قاعدة عين الأسد بعد انسحاب القوات الأمريكية من سوريا.", "2019-10-20", []),
    ("base-left-militia-trap", "trap", "وسيطرت القوات العراقية على قاعدة القائم بعد انسحاب الفصائل منها.", "2020-03-19", []),
    ("base-new-abu-ghraib-withdrawal", "press", "وقررت قوات التحالف الدولي الانسحاب من قاعدة أبو غريب غرب بغداد.", "2020-04-07", []),  # session 17: coalition only, no row (held-out gold)
    ("base-alias-conoco-spelling", "press", "وسقطت قذائف قرب معمل غاز كونكو الذي تتمركز فيه قوات أمريكية.", "2024-07-24", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-alias-rubar-airport", "press", "وسقطت قذيفة على مطار روبار الذي تتمركز فيه قوات أمريكية.", "2020-07-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    # --- session 15: bases tied across sentences (announced, then named), a definite base noun hosting a force, conversions ---
    ("base-announced-dual-then-named", "press", "وقصفت إيران بالصواريخ قاعدتين في العراق يتمركز فيهما جنود أمريكيون. والقاعدتان اللتان أصيبتا هما قاعدة عين الأسد في الأنبار وقاعدة حرير قرب أربيل.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-announced-dual-adjective", "dev", "وقالت القناة إن الهجمات طالت قاعدتين أمريكيتين في سوريا. وبينت أن مسيرة ضربت قاعدة التنف، بينما سقطت صواريخ على قاعدة كونيكو.", "2023-10-19", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-announced-counted-copula-next", "dev", "وأكدت الفصائل أنها استهدفت 3 قواعد أميركية في سوريا. وذكرت أن القواعد التي ضربتها هي الركبان والتنف والمالكية.", "2023-10-28", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    ("base-announced-tally-then-targets", "dev", "ورصد المرصد 90 هجوما على القواعد الأمريكية في الأراضي السورية منذ أكتوبر. وكان أغلبها على قاعدة حقل العمر ومعمل كونيكو، إضافة إلى قاعدة الشدادي.", "2024-08-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-announced-clause-singular", "dev", "وأطلق مسلحون صواريخ على قاعدة عراقية يوجد فيها جنود أمريكيون. وقالت القيادة المركزية إن الصواريخ سقطت على قاعدة عين الأسد الجوية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-announced-site-in-jordan", "dev", "وقتل ثلاثة جنود بهجوم على موقع عسكري في الأردن تتمركز فيه قوات أمريكية. وأوضحت الصحيفة أن اسم الموقع البرج 22.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-announced-one-slot-trap", "trap", "وأصابت مسيرة قاعدة أمريكية في سوريا. وقال المسؤول إن المسيرة أطلقت باتجاه قاعدة التنف ثم قاعدة الشدادي.", "2023-11-02", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-announced-other-country-trap", "trap", "وقصفت الفصائل قاعدة أمريكية في سوريا. وفي العراق، سقطت صواريخ على قاعدة بلد الجوية.", "2024-01-10", []),
    ("base-announced-other-province-trap", "trap", "وأصابت مسيرة قاعدة للتحالف قرب الحسكة. وأطلقت الفصائل صواريخ على قاعدة القرية الخضراء.", "2023-03-24", []),
    ("base-announced-attached-pronoun-dual", "dev", "وغادر الجنود سوريا بعد قرار بإغلاق قاعدتين كانت تشغلهما القوات الأمريكية. وشمل الانسحاب موقع القرية الخضراء، وقاعدة الشدادي.", "2025-06-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "القرية الخضراء"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-announced-local-force-trap", "trap", "وغادر الجنود بعد إغلاق قاعدتين كانت تشغلهما القوات العراقية. وشمل الانسحاب قاعدة الحبانية وقاعدة القيارة.", "2020-04-01", []),
    ("base-list-quoted-town-kobani", "dev", "وتنتشر في سوريا نحو 20 قاعدة أمريكية، أبرزها قاعدتا \"التنف\" و\"عين العرب\" اللتان تضمان منصات صواريخ.", "2024-07-24", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة لافارج"}]),
    ("base-town-kobani-alone-trap", "trap", "وقصفت تركيا مواقع لقسد في عين العرب.", "2022-11-20", []),
    ("base-identity-hedge-trap", "trap", "وقال المسؤول إن القصف استهدف قوات متمركزة قرب النهر، أي أن الهدف قد يكون حقل العمر أو حقل كونيكو.", "2024-01-05", []),
    ("base-hedge-on-author-not-base", "dev", "وقال إن الهجوم قد يكون من تنفيذ الفصائل، واستهدف قاعدة التنف التي تتمركز فيها قوات أمريكية.", "2024-01-05", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-landmark-own-clause-by-gender", "dev", "ويقع البرج 22 على مقربة من قاعدة التنف بجنوب شرقي سوريا، التي تعمل فيها قوات أمريكية.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-landmark-own-clause-earlier-base-trap", "trap", "ويقع البرج 22 على مقربة من قاعدة التنف جنوب شرقي سوريا، التي تعمل فيها قوات أمريكية.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-landmark-clause-agrees-earlier-trap", "trap", "وسقطت قذيفة في قاعدة حرير القريبة من مطار أربيل التي تضم مستشارين أميركيين.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-announced-topic-shift-trap", "trap", "وتعرضت القواعد الأمريكية في العراق لأكثر من 60 هجوما. وفي سياق آخر، أصيب جنديان عراقيان بقصف على قاعدة بلد الجوية.", "2024-02-01", []),
    ("base-presence-denied-trap", "trap", "وقال إن قاعدة عين الأسد العراقية لا تضم أي جنود أمريكيين بعد الانسحاب.", "2026-01-10", []),
    ("base-no-longer-hosts", "dev", "وقال إن قاعدة حرير لم تعد تضم جنودا أمريكيين.", "2026-01-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-clause-local-force-trap", "trap", "وأصابت صواريخ قاعدة بلد الجوية التي تضم طائرات عراقية.", "2021-04-18", []),
    ("base-clause-local-and-us", "press", "وأصابت صواريخ قاعدة عين الأسد التي تضم جنودا عراقيين وأمريكيين.", "2021-03-03", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-announced-own-clause-trap", "trap", "وتعرضت قواعد أمريكية في العراق لهجمات عدة. وأصابت صواريخ قاعدة بلد الجوية التي تضم طائرات عراقية.", "2021-04-18", []),
    ("base-announced-rules-of-engagement-trap", "trap", "وتحدث الخبير عن قواعد الاشتباك الأمريكية في العراق. وقال إن قاعدة عين الأسد تعرضت لهجوم.", "2024-01-10", []),
    ("base-announced-database-trap", "trap", "وأنشأت وزارة الدفاع الأمريكية قاعدة بيانات للهجمات. واستهدفت الفصائل قاعدة حرير.", "2024-01-10", []),
    ("base-announced-al-qaeda-trap", "trap", "وحذر المسؤول الأمريكي من عودة تنظيم القاعدة. وسقطت صواريخ على قاعدة بلد الجوية.", "2024-01-10", []),
    ("base-announced-area-trap", "trap", "وأحبطت القوات هجوما على قاعدة أمريكية داخل سوريا. وقال مصدر إن مسيرتين استهدفتا منطقة التنف.", "2023-10-18", []),
    ("base-announced-landmark-trap", "trap", "وتعرضت القواعد الأمريكية لهجمات عدة. وقصفت الطائرات الأمريكية مواقع للفصائل قرب مطار القائم.", "2023-11-12", []),
    ("base-announced-named-in-same-sentence-trap", "trap", "وضربت الفصائل قاعدتين أمريكيتين هما التنف والشدادي. ثم أعلنت أنها ستستهدف قاعدة حرير.", "2024-01-21", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-anaphor-pronoun-host", "dev", "وسقطت قذائف على قاعدة كي وان. وأفاد البيان بأن القذائف سقطت على القاعدة الواقعة في كركوك، موضحا أنها تضم فوجا من المستشارين الأميركيين.", "2019-12-28", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "كي وان"}]),
    ("base-anaphor-verb-first-host", "press", "وتعرضت قاعدة بلد الجوية لقصف صاروخي. وتضم القاعدة عددا من المتعاقدين الأمريكيين.", "2021-04-18", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة بلد الجوية"}]),
    ("base-anaphor-host-no-force-trap", "trap", "وتعرضت قاعدة بلد الجوية لقصف صاروخي. وتضم القاعدة سربا من طائرات إف-16.", "2021-04-18", []),
    ("base-converted-by-force", "dev", "وتقع قاعدة المالكية قرب قرية روبار، وهي مطار زراعي حولته القوات الأمريكية إلى قاعدة لها.", "2024-02-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    ("base-converted-object", "press", "وكانت القوات الأمريكية قد حولت معبر التنف إلى قاعدة عسكرية عام 2017.", "2024-02-08", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-converted-other-object-trap", "trap", "وقصفت الفصائل قاعدة عين الأسد، بعدما حولت القوات الأمريكية مطار أربيل إلى قاعدة.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    ("base-converted-militia-trap", "trap", "وحولت الفصائل مطار القائم إلى قاعدة لها.", "2024-01-20", []),
    ("base-coalition-with-nation-one-row", "dev", "وطال القصف موقعا عسكريا في مطار أربيل، يضم قوات من التحالف الدولي من بينها جنود أمريكيون.", "2024-01-16", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    # --- session 15: troop figures from the press (own sentences) ---
    ("troops-unit-number-not-bound", "press", "وقرر البنتاغون إرسال 1500 جندي من لواء المشاة رقم 44 إلى العراق وسوريا.", "2023-11-01", [{"count": 1500, "qualifier": "exact", "force": "US", "country": "Iraq+Syria", "place": ""}]),
    ("troops-division-number-then-country", "press", "وأكد البنتاغون نشر 3 آلاف جندي من الفرقة 82 المحمولة جوا في الكويت.", "2020-01-04", [{"count": 3000, "qualifier": "exact", "force": "US", "country": "Kuwait", "place": ""}]),
    ("troops-ships-count-not-bound", "press", "وحشدت الولايات المتحدة في الشرق الأوسط 16 سفينة حربية وما يصل إلى 40 ألف عسكري.", "2026-02-22", [{"count": 40000, "qualifier": "exact", "force": "US", "country": "Middle East", "place": ""}]),
    ("troops-bases-count-not-bound", "press", "ويتوزع الجنود الأمريكيون البالغ عددهم 2500 على ثلاث قواعد في العراق.", "2025-01-10", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": ""}]),
    ("troops-iraq-and-syria-shared", "press", "وتنشر واشنطن نحو 3400 جندي في العراق وسوريا ضمن التحالف.", "2024-01-10", [{"count": 3400, "qualifier": "approx", "force": "US", "country": "Iraq+Syria", "place": ""}]),
    ("troops-two-countries-split-trap", "trap", "وتنشر واشنطن 2500 جندي في العراق و900 في سوريا.", "2024-01-10", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": ""}, {"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}]),
    ("trap-division-size", "trap", "وتضم الفرقة 82 المحمولة جوا ألوية قتالية عدة.", "2026-03-08", []),
    ("trap-ships-only", "trap", "وأرسلت واشنطن 16 سفينة حربية إلى الخليج.", "2026-02-22", []),
    ("troops-min-al-quwat-partitive", "press", "وسيعلن البنتاغون قريبا وجود 2000 من القوات الأمريكية في سوريا.", "2017-11-25", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-adad-al-quwat-thousands-word", "press", "ويبلغ عدد القوات الأمريكية الموجودة في الأردن نحو ثلاثة آلاف.", "2024-06-10", [{"count": 3000, "qualifier": "approx", "force": "US", "country": "Jordan", "place": ""}]),
    ("troops-vague-bid-at-alaf-not-a-figure", "press", "وأكد البنتاغون أنه سيرسل بضعة آلاف من القوات الأمريكية الإضافية إلى الشرق الأوسط.", "2024-09-30", []),
    ("troops-min-quwatiha-possessive", "press", "وتبقي تركيا 2000 من قواتها في شمال العراق.", "2024-05-27", [{"count": 2000, "qualifier": "exact", "force": "Turkish", "country": "Iraq", "place": ""}]),
    ("troops-coalition-partitive-shared-country", "press", "وبموجب الاتفاق سيبقى حوالي 2500 جندي أمريكي و1000 جندي من قوات التحالف في العراق.", "2021-12-09", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": ""}, {"count": 1000, "qualifier": "exact", "force": "coalition", "country": "Iraq", "place": ""}]),
    ("troops-bare-split-not-shared-trap", "trap", "وتحتفظ واشنطن بنحو 2500 جندي ونحو 900 في سوريا.", "2024-01-10", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "", "place": ""}, {"count": 900, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    ("trap-local-forces-partitive", "trap", "وشارك 500 من القوات العراقية في العملية قرب الموصل.", "2024-01-10", []),
    ("trap-sdf-partitive", "trap", "ونشرت 300 من قوات سوريا الديمقراطية في ريف دير الزور.", "2024-01-10", []),
    ("troops-military-experts", "press", "ويتواجد 3700 خبير عسكري أمريكي في الأردن ودول أخرى.", "2016-06-14", [{"count": 3700, "qualifier": "exact", "force": "US", "country": "Jordan", "place": ""}]),
    ("trap-experts-not-military", "trap", "وأرسلت الأمم المتحدة ثلاثة خبراء إلى العراق لتقييم الأضرار.", "2024-01-10", []),
    ("troops-sailors-region", "press", "وتنشر البحرية الأمريكية نحو 4000 بحارة في الشرق الأوسط.", "2026-03-20", [{"count": 4000, "qualifier": "approx", "force": "US", "country": "Middle East", "place": ""}]),
    ("trap-captured-soldiers", "trap", "وأعلنت الفصائل أنها أسرت خمسة جنود أمريكيين قرب الحدود السورية.", "2024-01-10", []),
    ("trap-hostages-soldiers", "trap", "وقالت المصادر إن المسلحين احتجزوا ثلاثة جنود أتراك في شمال العراق بعد اختطافهم.", "2024-01-10", []),
    ("troops-change-thousands-range-form", "press", "وارتفع عدد الجنود الأمريكيين في الكويت من 12 ألفا إلى 15 ألفا خلال شهر.", "2002-10-01", [{"count": 12000, "qualifier": "exact", "force": "US", "country": "Kuwait", "place": ""}, {"count": 15000, "qualifier": "exact", "force": "US", "country": "Kuwait", "place": ""}]),
    ("troops-range-without-change-trap", "trap", "وتنشر واشنطن في العراق من 100 إلى 150 مستشارا أمريكيا.", "2024-01-10", [{"count": 100, "qualifier": "at_least", "force": "US", "country": "Iraq", "place": ""}]),
    ("attack-change-range-form-trap", "trap", "وارتفع عدد الهجمات على القوات الأمريكية في سوريا من 60 إلى 70 هجوما.", "2023-11-20", []),
    ("troops-plan-but-size-of-force", "press", "وتخطط واشنطن لسحب جميع قواتها البالغ عددها نحو 1000 جندي من سوريا خلال شهرين.", "2026-02-19", [{"count": 1000, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    ("trap-plan-request-figure", "trap", "وتدرس الوزارة طلبا من الجيش لإرسال نحو 5000 جندي إضافي إلى الشرق الأوسط.", "2019-05-22", []),
    ("troops-sender-capital-not-country", "press", "وتقاتل قوات إيرانية في العراق وسوريا. وأرسلت طهران 100 مستشار عسكري إلى هذين البلدين.", "2016-05-10", [{"count": 100, "qualifier": "exact", "force": "Iranian", "country": "Iraq+Syria", "place": ""}]),
    ("trap-sender-capital-only", "trap", "وأرسلت أنقرة 500 جندي في إطار المناورات.", "2016-05-10", [{"count": 500, "qualifier": "exact", "force": "Turkish", "country": "", "place": ""}]),
    ("troops-gulf-list-is-region", "press", "وتقصف إيران مواقع في البحرين وقطر والكويت والأردن تستضيف قواعد أمريكية تضم نحو 40 ألف جندي أمريكي.", "2026-03-06", [{"count": 40000, "qualifier": "approx", "force": "US", "country": "Middle East", "place": ""}]),
    ("trap-two-countries-not-iraq-syria", "trap", "وتنشر واشنطن نحو 3000 جندي في الأردن والعراق.", "2024-06-10", [{"count": 3000, "qualifier": "approx", "force": "US", "country": "Jordan", "place": ""}]),
    ("trap-fallen-soldiers-remains", "trap", "وحضر الرئيس مراسم إعادة جثامين ستة جنود سقطوا في الكويت.", "2026-03-10", []),
    ("troops-ila-janib", "press", "وتنشر الولايات المتحدة حاليا نحو 2500 جندي في العراق، إلى جانب نحو 900 جندي في سوريا.", "2025-08-18", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": ""}, {"count": 900, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-gulf-base-with-number", "press", "وتستضيف قطر في قاعدة العديد نحو 10 آلاف عسكري أمريكي.", "2026-03-06", [{"count": 10000, "qualifier": "approx", "force": "US", "country": "Qatar", "place": "قاعدة العديد"}, {"count": None, "qualifier": None, "force": "US", "country": "Qatar", "place": "قاعدة العديد"}]),
    ("troops-definite-number-before-noun", "press", "وقرر الرئيس سحب الـ900 جندي أمريكي من سوريا.", "2018-12-20", [{"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}]),
    ("trap-definite-number-after-noun", "trap", "وعاد الجنود الثلاثة إلى الخدمة في قاعدة عين الأسد.", "2024-01-10", []),
    ("trap-definite-number-then-definite-noun", "trap", "وتستضيف القواعد الأربع العسكريين الأمريكيين في العراق.", "2024-01-10", []),
    ("troops-adid-count-head", "press", "ويبلغ عديد القوات الأمريكية في العراق نحو 2500.", "2024-01-10", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": ""}]),
    ("troops-hajm-pronoun-head", "press", "وتنشر واشنطن قوات في العراق يقدر حجمها بنحو 2500.", "2024-01-10", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": ""}]),
    ("trap-hajm-of-attacks", "trap", "وقال إن حجم الهجمات على القوات الأمريكية بلغ 150 منذ أكتوبر.", "2024-01-10", []),
    ("troops-casualty-clause-then-size-clause", "dev", "وأعلنت واشنطن أن الهجوم على البرج 22 أوقع 34 جريحا، مشيرة إلى أن الموقع يضم قرابة 350 عسكريا أمريكيا.", "2024-01-30", [{"count": 350, "qualifier": "approx", "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("trap-casualties-in-second-clause", "trap", "وقال المتحدث إن الهجوم استهدف قاعدة التنف، مشيرا إلى أن 40 جنديا أمريكيا أصيبوا بجروح طفيفة.", "2023-10-20", []),
    ("trap-killed-then-wounded-others", "trap", "وقتل 13 جنديا أمريكيا، وأصيب 40 آخرون في الهجوم على المطار.", "2021-08-26", []),
    ("troops-centcom-sends", "press", "وأرسلت القيادة المركزية 100 جندي إلى قاعدة التنف.", "2023-10-20", [{"count": 100, "qualifier": "exact", "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("troops-fil-bilad-previous-sentence", "press", "وتستضيف سوريا قوات أمريكية منذ عام 2015. ويتمركز في البلاد قرابة 2000 جندي أمريكي.", "2024-12-20", [{"count": 2000, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    # --- session 14: heldout8 made development data ---
    ("troops-count-head-pronoun-after-noun", "press", "وتحتفظ الولايات المتحدة بجنود في سوريا يقدر عددهم بنحو 900.", "2023-04-01", [{"count": 900, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-balegh-adaduhum", "press", "وبدأ سحب الجنود الأمريكيين البالغ عددهم 2500 من العراق.", "2025-09-01", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": ""}]),
    ("count-head-pronoun-attacks-trap", "trap", "وشنت الفصائل على القوات الأمريكية هجمات بلغ عددها 150 منذ أكتوبر.", "2024-01-30", []),
    ("troops-change-bare-start-shares-noun", "press", "وقررت واشنطن خفض قواتها في العراق من 5200 إلى 3000 عسكري بحلول أيلول.", "2020-09-10", [{"count": 5200, "qualifier": "exact", "force": "US", "country": "Iraq", "place": ""}, {"count": 3000, "qualifier": "exact", "force": "US", "country": "Iraq", "place": ""}]),
    ("attack-change-bare-start-trap", "trap", "وارتفع عدد الهجمات على القوات الأمريكية من 50 إلى 70 هجوما.", "2023-11-20", []),
    ("troops-wounds-plural-trap", "trap", "وأسفر الهجوم عن جروح طفيفة لخمسة من جنودها في قاعدة عين الأسد.", "2023-11-01", []),
    ("base-list-copula-towns", "dev", "وقالت الفصائل إنها ضربت بالمسيرات قاعدتين أمريكيتين في سوريا هما الشدادي والتنف.", "2024-01-21", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-copula-not-a-list-trap", "trap", "وقال القيادي إن القواعد الأمريكية في العراق هي أهداف مشروعة للمقاومة.", "2024-01-21", []),
    ("base-yuqim-fiha", "dev", "وسقطت ثلاث قذائف داخل معسكر التاجي الذي يقيم فيه مدربون أمريكيون.", "2020-03-15", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "معسكر التاجي"}]),
    ("base-anaphor-attached-pronoun", "dev", "وتعرضت قاعدة كي وان لقصف بالهاون. وقالت الشرطة إن القاعدة التي تتخذها وحدة من المستشارين الأمريكيين مقرا لها لم تتضرر.", "2019-12-28", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "كي وان"}]),
    ("base-region-before-clause", "dev", "واستهدفت مسيرة مطار أربيل في إقليم كردستان، الذي يضم قوات أمريكية.", "2024-01-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    ("base-region-then-other-subject-trap", "trap", "واستهدفت مسيرة قاعدة حرير في إقليم كردستان، وتضم بغداد قوات أمريكية أيضا.", "2024-01-10", []),
    ("base-village-alias-rubarba", "dev", "وسمع دوي انفجار قرب قاعدة أمريكية تقع في روباربا بريف المالكية.", "2023-10-23", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    ("troops-min-possessive-plural", "dev", "وتبقي واشنطن قرابة 2500 من جنودها في العراق بموجب الاتفاق.", "2023-05-02", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": ""}]),
    ("troops-from-to-bare-end", "dev", "وقلصت الولايات المتحدة قواتها في سوريا من 1500 جندي إلى 900 خلال عام.", "2020-03-02", [{"count": 1500, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}, {"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-hunak-previous-sentence", "dev", "وبدأت الولايات المتحدة سحب معداتها من شرق سوريا. وخفض البنتاغون عديد جنوده هناك إلى 1200 جندي.", "2025-05-02", [{"count": 1200, "qualifier": "exact", "force": "US", "country": "Syria", "place": ""}]),
    ("troops-killed-possessive-trap", "trap", "وقتل ثلاثة من جنودها في هجوم على قاعدة بسوريا.", "2024-01-29", []),
    ("attack-tally-to-not-troops-trap", "trap", "وارتفع عدد الهجمات على القوات الأمريكية في العراق من 60 هجوما إلى 70.", "2023-11-20", []),
    # --- bases added to the gazetteer in session 13 (Syria, Iraq, Jordan, the Gulf, Turkey) ---
    ("base-new-hemo-yatamarkaz", "press", "واستهدفت المسيرات قاعدة هيمو التي يتمركز فيها جنود أمريكيون قرب القامشلي.", "2024-01-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة هيمو"}]),
    ("base-new-hemo-akhlat", "press", "وأخلت القوات الأمريكية قاعدة هيمو ونقلت معداتها إلى قسرك.", "2024-01-16", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة هيمو"}]),
    ("base-new-lafarge-landmark-same-base", "press", "وتتمركز قوات أمريكية في قاعدة لافارج قرب خراب عشق.", "2022-06-16", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة لافارج"}]),
    ("base-new-sarrin-withdrawal", "press", "وانسحب آخر الجنود الأمريكيين من قاعدة صرين شرقي حلب.", "2019-10-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة صرين"}]),
    ("base-new-tanak-tattakhidhuhu", "press", "وقصفت الفصائل حقل التنك النفطي الذي تتخذه القوات الأمريكية قاعدة لها.", "2021-07-04", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل التنك"}]),
    ("base-new-jafra-dual-fields", "press", "وتنتشر القوات الأمريكية في حقلي العمر والجفرة شرقي دير الزور.", "2020-01-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل الجفرة"}]),
    ("base-new-jibsa-is-shaddadi", "press", "واستهدف صاروخ قاعدة حقول الجبسة التي تضم جنودا أمريكيين وفرنسيين جنوبي الحسكة.", "2023-11-04", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "French", "country": "Syria", "place": "الشدادي"}]),
    ("base-new-tal-brak-town-after-base-noun", "press", "وسقطت قذيفة قرب القاعدة الأمريكية في تل براك.", "2020-02-09", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة تل براك"}]),
    ("base-new-manbij-town-after-base-noun", "press", "وتعرضت القاعدة الأمريكية في منبج لقصف مدفعي عام 2018.", "2018-12-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة منبج"}]),
    ("base-new-rukban-is-tower-22", "press", "وأعلنت الفصائل استهداف قاعدة الركبان التي يوجد فيها جنود أمريكيون.", "2024-01-28", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-new-speicher-coalition", "press", "وقالت المصادر إن قاعدة سبايكر التي تضم مستشارين من التحالف الدولي تعرضت لقصف صاروخي.", "2020-03-12", []),  # session 17: coalition only, no row (held-out gold)
    ("base-new-jafr-jordan", "press", "وتستضيف قاعدة الجفر الجوية مدربين عسكريين أمريكيين.", "2016-11-04", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "قاعدة الجفر الجوية"}]),
    ("base-new-udeid-centcom", "press", "وتستضيف قاعدة العديد الجوية قرب الدوحة مقر القيادة المركزية الأمريكية.", "2025-06-23", [{"count": None, "qualifier": None, "force": "US", "country": "Qatar", "place": "قاعدة العديد"}]),
    ("base-new-dhafra-yantashir", "press", "وينتشر طيارون أمريكيون في قاعدة الظفرة جنوبي أبوظبي.", "2024-05-05", [{"count": None, "qualifier": None, "force": "US", "country": "United Arab Emirates", "place": "قاعدة الظفرة"}]),
    ("base-new-fifth-fleet-juffair-same-base", "press", "وأصاب صاروخ مقر الأسطول الخامس الأمريكي في منطقة الجفير بالمنامة.", "2026-02-28", [{"count": None, "qualifier": None, "force": "US", "country": "Bahrain", "place": "مقر الأسطول الخامس"}]),
    ("base-new-kuwait-camps-list", "press", "ويتوزع الجنود الأمريكيون في الكويت على معسكري عريفجان وبيورينغ وقاعدة علي السالم.", "2026-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "معسكر عريفجان"}, {"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "معسكر بيورينغ"}, {"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "قاعدة علي السالم"}]),
    ("base-new-shuaiba-port", "press", "وتتمركز وحدة أمريكية في ميناء الشعيبة جنوبي الكويت.", "2026-03-03", [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "ميناء الشعيبة"}]),
    ("base-new-prince-sultan", "press", "وأرسلت واشنطن بطاريات باتريوت إلى قاعدة الأمير سلطان الجوية التي يتمركز فيها جنود أمريكيون.", "2019-07-19", [{"count": None, "qualifier": None, "force": "US", "country": "Saudi Arabia", "place": "قاعدة الأمير سلطان الجوية"}]),
    ("bug-direction-then-country-is-no-force", "bug", "ويتمركز جنود أمريكيون في قاعدة إنجرليك جنوبي تركيا.", "2015-08-09", [{"count": None, "qualifier": None, "force": "US", "country": "Turkey", "place": "قاعدة إنجرليك"}]),
    ("base-new-incirlik", "press", "وتتمركز مقاتلات أمريكية في قاعدة إنجرليك.", "2015-08-09", [{"count": None, "qualifier": None, "force": "US", "country": "Turkey", "place": "قاعدة إنجرليك"}]),
    ("trap-base-town-tal-brak-shelled", "trap", "وقصفت المدفعية التركية محيط بلدة تل براك شمالي الحسكة.", "2020-02-09", []),
    ("trap-base-town-manbij-notables", "trap", "وعقد وجهاء منبج اجتماعا لبحث أوضاع المدينة.", "2021-05-02", []),
    ("trap-base-region-dhafra-bare", "trap", "وتقع الظفرة غربي أبوظبي وتضم حقولا نفطية.", "2022-01-24", []),
    ("trap-base-speicher-massacre", "trap", "وشهدت قاعدة سبايكر قرب تكريت مجزرة بحق مئات الطلاب العسكريين عام 2014.", "2024-06-12", []),
    ("trap-base-udeid-not-used", "trap", "وأعلنت الدوحة أنها لن تسمح باستخدام قاعدة العديد لشن هجمات على أي دولة.", "2026-01-14", []),
    ("trap-base-tanak-sdf-control", "trap", "وسيطرت قوات سوريا الديمقراطية على حقل التنك بعد معارك مع تنظيم داعش.", "2017-11-13", []),
    ("trap-base-al-adid-many", "trap", "وقال المسؤول إن العديد من القواعد تعرضت لهجمات.", "2024-01-20", []),
    # --- troop figures ----------------------------------------------------------------------
    ("trap-wounded-troops-after-noun", "trap", "وأكد المتحدث أن خمسة جنود أمريكيين جرحوا في الهجوم على القاعدة.", "2024-08-14", []),
    ("trap-troops-killed-awda-bihayat", "trap", "وجاءت الضربات ردا على هجوم أودى بحياة ثلاثة جنود أمريكيين في الأردن.", "2024-02-03", []),
    ("trap-wounded-count-of-soldiers", "trap", "وقالت الشبكة إن المصابين لا يقل عددهم عن 25 عسكريا.", "2024-01-29", []),
    ("troops-two-countries-akharin", "press", "ويتمركز قرابة 2000 جندي أميركي في العراق، إضافة إلى نحو 800 آخرين في سوريا.", "2023-11-22", [{"count": 2000, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}, {"count": 800, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-elided-noun", "press", "وتنشر واشنطن 2300 عسكري في العراق ونحو 950 في سوريا في إطار التحالف.", "2024-01-08", [{"count": 2300, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}, {"count": 950, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-lil-wilayat", "press", "وللجيش الأميركي 850 جنديا في سوريا و2300 في العراق.", "2024-01-04", [{"count": 850, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}, {"count": 2300, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-idafi-means-also", "press", "ويوجد لواشنطن في الوقت الراهن 2400 عسكري بالعراق و950 عسكريا إضافيا في سوريا.", "2023-03-07", [{"count": 2400, "qualifier": "exact", "force": "US", "country": "Iraq", "place": None}, {"count": 950, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-at-least", "press", "وقال متحدث عسكري أميركي إن ما لا يقل عن 2300 من أفراد الجيش الأميركي موجودون حاليا في العراق.", "2024-12-06", [{"count": 2300, "qualifier": "at_least", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-more-than", "press", "وتشير تقديرات صحافية إلى أن عدد الجنود الأميركيين في العراق يزيد على 2600 جندي.", "2024-12-06", [{"count": 2600, "qualifier": "more_than", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-less-than-words", "press", "وتقرر أن يقتصر الوجود الأميركي على أقل من خمسمئة عنصر في أربيل.", "2025-08-24", [{"count": 500, "qualifier": "less_than", "force": "US", "country": "Iraq", "place": "أربيل"}]),
    ("troops-split-hundreds-words", "press", "ودفع البنتاغون إلى شمال سوريا بتعزيزات قوامها قرابة ثلاث مئة جندي.", "2017-03-09", [{"count": 300, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-turkey-thousands-word", "press", "وقدرت مصادر عدد الجنود الأتراك في شمال العراق بنحو ثلاثة آلاف.", "2023-07-12", [{"count": 3000, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": None}]),
    ("troops-turkey-alfan-suffix", "press", "وقالت مصادر عسكرية إن عدد الجنود الأتراك في الأراضي السورية بلغ نحو 15 ألفا.", "2024-12-20", [{"count": 15000, "qualifier": "approx", "force": "Turkish", "country": "Syria", "place": None}]),
    ("troops-alfay-and-base", "press", "وتشير تقديرات إلى انتشار نحو ألفي جندي تركي في العراق، بينهم قرابة 600 في معسكر بعشيقة.", "2016-10-06", [{"count": 2000, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": None}, {"count": 600, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": "بعشيقة"}, {"count": None, "qualifier": None, "force": "Turkish", "country": "Iraq", "place": "بعشيقة"}]),
    ("troops-range-at-base", "press", "وأبقى الاتفاق على وحدة تتراوح بين 200 و300 مستشار أميركي في قاعدة عين الأسد.", "2025-10-20", [{"count": 200, "qualifier": "at_least", "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("troops-country-from-figure-before", "dev", "وأوضح البنتاغون أن عدد الجنود الأمريكيين في سوريا يبلغ 1800 جندي، مقارنة بـ700 جندي أعلنتهم الوزارة سابقا.", "2024-12-19", [{"count": 1800, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}, {"count": 700, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-restated-once", "dev", "وتنشر واشنطن نحو 2500 جندي في العراق. ويبقى في العراق 2500 جندي أمريكي بموجب الاتفاق، ولا يعرف متى بلغ العدد 2500 جندي.", "2024-12-19", [{"count": 2500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-will-deploy", "dev", "وقالت الوزارة إن واشنطن ستنشر 400 جندي إضافي في الشرق الأوسط لدعم الدفاعات الجوية.", "2023-11-01", [{"count": 400, "qualifier": "exact", "force": "US", "country": "Middle East", "place": None}]),
    ("trap-troops-studied", "trap", "وقالت الصحيفة إن الوزارة تدرس إرسال 2000 جندي إضافي إلى المنطقة.", "2023-11-01", []),
    ("troops-at-base-anaphor", "dev", "وقتل ثلاثة جنود في هجوم بمسيرة على قاعدة البرج 22 في الأردن. وتوعد الرئيس بالرد. وبحسب القيادة المركزية، تضم القاعدة نحو 350 عنصرا أمريكيا.", "2024-01-29", [{"count": 350, "qualifier": "approx", "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("troops-at-site-anaphor-after", "dev", "واستهدف الهجوم قاعدة التنف في سوريا. والموقع يضم قرابة 200 عسكري أمريكي.", "2024-01-29", [{"count": 200, "qualifier": "approx", "force": "US", "country": "Syria", "place": "التنف"}]),
    ("troops-region-sent", "press", "وأعلن البنتاغون إرسال 1200 جندي إضافي إلى الشرق الأوسط لتعزيز الدفاعات الجوية.", "2023-10-26", [{"count": 1200, "qualifier": "exact", "force": "US", "country": "Middle East", "place": None}]),
    ("troops-region-mintaqa", "press", "وأرسلت الولايات المتحدة 300 جندي إضافي إلى المنطقة اليوم الأربعاء.", "2023-11-01", [{"count": 300, "qualifier": "exact", "force": "US", "country": "Middle East", "place": None}]),
    ("troops-vague-mi-not-a-figure", "dev", "ويستضيف الأردن مئات المدربين العسكريين الأميركيين.", "2024-01-29", []),
    ("troops-vague-alaf-not-a-figure", "dev", "وينشر الجيش الأميركي آلافا من مشاة البحرية في المنطقة.", "2026-03-20", []),
    ("troops-at-named-base-with-number", "press", "ويتمركز في قاعدة البرج 22 نحو 350 عسكريا أميركيا.", "2024-01-30", [{"count": 350, "qualifier": "approx", "force": "US", "country": "Jordan", "place": "البرج 22"}, {"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("troops-arabic-indic", "press", "وتبقي الولايات المتحدة نحو ٢٤٠٠ عسكري على الأراضي العراقية.", "2023-11-15", [{"count": 2400, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ("troops-egyptian-ya", "press", "وذكرت صحف تركية أن قرابة ثلاثة الاف جندى تركى يتمركزون فى شمال العراق.", "2016-10-06", [{"count": 3000, "qualifier": "approx", "force": "Turkish", "country": "Iraq", "place": None}]),
    ("troops-unsur-noun", "press", "وقررت الإدارة الأميركية إرسال 350 عنصرا من القوات الخاصة إلى شرق سوريا.", "2017-03-09", [{"count": 350, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-min-al-quwat", "press", "وكشف مسؤولون أن عدد الموجودين في سوريا من القوات الأميركية يبلغ 1800 عسكري.", "2017-12-01", [{"count": 1800, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-zuhaa", "press", "وتحتفظ واشنطن بنحو 2400 جندي في العراق، في حين ينتشر زهاء 850 آخرين في سوريا.", "2024-01-28", [{"count": 2400, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}, {"count": 850, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ("troops-coalition", "dev", "وتضم قوات التحالف في العراق نحو 3500 عسكري من دول عدة.", "2023-12-01", [{"count": 3500, "qualifier": "approx", "force": "coalition", "country": "Iraq", "place": None}]),
    # --- base presence ----------------------------------------------------------------------
    ("base-yatamarkaz-fiha", "press", "وتعرضت قاعدة تل بيدر، التي يتمركز فيها جنود أميركيون، لهجوم بمسيرة مساء الجمعة.", "2023-11-18", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-tastadif-coalition", "press", "وتقع عين الأسد، القاعدة الجوية التي تستضيف قوات من التحالف الدولي، غربي الأنبار.", "2023-10-23", []),  # session 17: coalition only, no row (held-out gold)
    ("base-al-qaida-al-amrikiya-fi", "press", "وطال القصف القاعدة الأميركية في الشدادي جنوبي الحسكة.", "2023-12-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-tattakhidhuhu-qaida", "press", "واستهدفت الصواريخ حقل كونيكو للغاز الذي تتخذه القوات الأميركية قاعدة لها.", "2024-10-09", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-mutamarkizun", "press", "وقال رئيس الوزراء إن المستشارين الأميركيين متمركزون حاليا في قاعدة حرير الجوية في أربيل.", "2025-10-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-dual-tadummu", "press", "وتضم قاعدتا عين الأسد في الأنبار وحرير في أربيل قوات أميركية ودولية.", "2023-11-09", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-victoria-advisers", "press", "وسمع دوي انفجارات في قاعدة فيكتوريا القريبة من مطار بغداد التي تضم مستشارين أميركيين.", "2023-10-26", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-victoria-variant", "press", "وأسقطت الدفاعات الجوية مسيرة قرب قاعدة فكتوريا العسكرية الأميركية داخل مطار بغداد.", "2026-03-04", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-harir-alias-bashur", "press", "ولم تسفر الهجمات على قاعدة باشور (الحرير) التي تستضيف قوات أميركية عن أضرار.", "2023-11-18", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-turkey-yuqim", "press", "ويقيم الجيش التركي قاعدة عسكرية في بعشيقة قرب الموصل منذ سنوات.", "2021-04-10", [{"count": None, "qualifier": None, "force": "Turkish", "country": "Iraq", "place": "بعشيقة"}]),
    ("base-two-forces", "press", "وتتعرض قاعدة التنف، التي تضم جنودا أميركيين وبريطانيين، لهجمات متكررة.", "2023-01-21", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "British", "country": "Syria", "place": "التنف"}]),
    ("base-tabia-lil-tahaluf", "press", "وتعرضت قاعدة خراب الجير التابعة للتحالف الدولي بريف رميلان لهجوم بطائرتين مسيرتين.", "2024-08-10", []),  # session 17: coalition only, no row (held-out gold)
    ("base-dual-tahtadin", "press", "وتحتضن قاعدتا العمر وكونيكو القوات الأمريكية في ريف دير الزور.", "2021-07-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-jordan-tower", "press", "ووقع الهجوم على البرج 22، وهو موقع في أقصى شمال شرقي الأردن يتمركز فيه جنود أميركيون.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    # --- traps ------------------------------------------------------------------------------
    ("base-withdrawal-left", "dev", "وغادرت جميع القوات الأميركية قاعدة عين الأسد بعد تسليمها للجيش العراقي.", "2026-01-14", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("trap-negated-presence", "trap", "وأكدت وزارة الدفاع العراقية أن قاعدة الإمام علي الجوية لا يتواجد فيها أي عنصر أجنبي.", "2026-03-11", []),
    ("trap-future-base", "trap", "وتسعى أنقرة إلى إنشاء قاعدة جوية جديدة في وسط سوريا خلال العام المقبل.", "2025-05-25", []),
    ("trap-capacity", "trap", "وتتسع القاعدة لنحو 5 آلاف عسكري مع ملاجئ ومخازن محصنة.", "2020-01-08", []),
    ("trap-killed-soldiers", "trap", "وقتل ثلاثة جنود أميركيين وأصيب أكثر من 40 آخرين في الهجوم.", "2024-01-29", []),
    ("trap-proposed-sending", "trap", "وتدرس وزارة الدفاع طلبا لإرسال نحو 4000 جندي إضافي إلى الشرق الأوسط.", "2019-05-22", []),
    ("trap-denied-sending", "trap", "ونفى البنتاغون أن تكون واشنطن تدرس إرسال 12 ألف جندي إلى المنطقة.", "2019-12-05", []),
    ("trap-bases-count", "trap", "وتنتشر في سوريا تسع قواعد أميركية، ست منها في محافظة الحسكة.", "2024-08-11", []),
    ("trap-attack-count", "trap", "وتعرضت القوات الأميركية لـ66 هجوما في العراق وسوريا منذ 17 أكتوبر.", "2023-11-22", []),
    ("trap-vehicles-carrying-troops", "trap", "وأدخل الجيش الأميركي 40 مركبة بينها 5 مدرعات تقل جنودا إلى الحسكة.", "2024-09-12", []),
    ("trap-vague-limited", "trap", "وأبقت واشنطن عددا محدودا من الجنود في أدوار استشارية.", "2026-02-18", []),
    ("trap-killed-fighters", "trap", "وأسفرت الغارات عن مقتل 66 مقاتلا بينهم 25 من الحشد الشعبي.", "2019-12-30", []),
    ("trap-population", "trap", "ويقطن المنطقة أكثر من مليون شخص بينهم نحو 300 ألف نازح.", "2016-10-06", []),
    ("trap-trainees-future", "trap", "وتخطط أنقرة لتدريب 5 آلاف عنصر من الجيش السوري على المدى القصير.", "2025-09-09", []),
    # fourth session, from heldout4 part B and heldout3 part B ("bug": a construction we missed)
    ("base-list-after-hiya", "bug", "وأعلنت الفصائل أنها قصفت ثلاث قواعد أمريكية هي الشدادي والتنف.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-adjective-then-bimintaqa", "bug", "وسقطت المسيرة داخل القاعدة الأمريكية بمنطقة التنف.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-dual-adjective", "bug", "واستهدفت الفصائل القاعدتين الأمريكيتين في الشدادي وحقل العمر.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-dual-list-then-relative-clause", "bug", "وقصفت قاعدتي التنف والشدادي اللتين تتمركز فيهما قوات أمريكية.", "2024-01-12", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-tatbaa-verb", "dev", "وسقطت قذيفة داخل قاعدة المالكية التي تتبع القوات الأمريكية شمالي الحسكة.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    ("base-taamal-fiha", "dev", "وأصابت المسيرة قاعدة التنف التي تعمل فيها قوات أمريكية.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-min-baynaha-list", "dev", "واستهدفت الفصائل قواعد للاحتلال الأمريكي في العراق، من بينها قاعدة عين الأسد.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-possessor-li-force", "dev", "وللقوات الأمريكية قواعد عدة شرقي سوريا أبرزها قاعدة حقل العمر ومعمل كونيكو في ريف دير الزور.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-list-wa-fi-town", "dev", "وتنتشر القوات الأمريكية في التنف، وفي بلدة الشدادي جنوبي الحسكة.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-conjoined-after-adjective", "dev", "وقصفت الفصائل قاعدة التنف الأمريكية وقاعدة الشدادي بالمسيرات.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-described-quoted-adjective", "dev", "وضربت المسيرة القاعدة الأمريكية \"غير القانونية\" في حقل غاز \"كونيكو\".", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-green-village", "dev", "واستهدفت الصواريخ قاعدتين للقوات الأمريكية في التنف والقرية الخضراء.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "القرية الخضراء"}]),
    ("base-not-a-list-town", "trap", "وقصفت الفصائل قاعدة التنف الأمريكية، وقتل في الحسكة مدنيان.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-resumed-next-sentence", "dev", "وسقطت قذيفة في حقل العمر. ويتمركز فيه عدد كبير من الجنود الأمريكيين.", "2024-02-03", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-resumed-no-force", "trap", "وسقطت قذيفة في حقل العمر. ويوجد فيه مقاتلون محليون.", "2024-02-03", []),
    ("base-anaphor-relative-clause", "press", "وسقطت صواريخ على قاعدة حرير قرب مطار أربيل. وقالت وكالة أنباء إن القاعدة التي يتمركز فيها جنود أميركيون لم تتضرر.", "2024-01-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    # bases branch: more ways the press ties a base to a force
    ("base-dual-relative-after-place", "press", "وسقطت المسيرتان على قاعدتي كونيكو والتنف في سوريا، اللتين تضمان جنودا أميركيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-dual-relative-alias-in-brackets", "press", "وتعرضت قاعدتا فيكتوريا وباشور (حرير) في العراق، اللتان تستضيفان مستشارين أميركيين، لهجمات متتالية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-singular-relative-not-back", "trap", "وقصفت الفصائل قاعدة عين الأسد وقاعدة حرير في أربيل التي تستضيف قوات أمريكية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-withdrawal-sahb-min", "press", "وقررت واشنطن سحب مستشاريها من قاعدة حرير في أربيل خلال الربيع.", "2025-09-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-withdrawal-noun-min-list", "press", "وبدأت القوات الأمريكية الانسحاب التدريجي من قاعدتي فيكتوريا وعين الأسد.", "2025-09-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-withdrawal-convoy-leaves", "press", "وشوهد رتل أمريكي يغادر حقل كونيكو باتجاه الحسكة.", "2025-09-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-withdrawal-militia", "trap", "وأعلنت الفصائل انسحاب عناصرها من محيط قاعدة التنف.", "2025-09-01", []),
    ("base-withdrawal-militia-after-us-strike", "trap", "وبعد قصف أمريكي، انسحبت الفصائل من محيط قاعدة التنف.", "2025-09-01", []),
    ("base-noun-idafa-force-fi", "press", "وقالت الفصائل إنها قصفت قاعدة القوات الأميركية في حقل العمر بالصواريخ.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("base-noun-li-occupation-fi", "press", "وأعلنت المقاومة استهداف موقع للاحتلال الأمريكي في خراب الجير بمسيرة.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-noun-qualifier-adjective-mintaqa", "press", "وضربت المسيرة منشأة جوية أمريكية في منطقة قسرك.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-noun-owner-inside-airport", "press", "وقصفت الفصائل قاعدة للتحالف الدولي داخل مطار أربيل.", "2024-01-20", []),  # session 17: coalition only, no row (held-out gold)
    ("base-noun-iraqi-near-airport", "trap", "وقصفت الفصائل قاعدة عسكرية عراقية قرب مطار بغداد.", "2024-01-20", []),
    ("base-noun-militia-owner-near-base", "trap", "وسقطت قذيفة في موقع للحشد الشعبي قرب قاعدة عين الأسد.", "2024-01-20", []),
    ("base-apposition-wa-hiya-clause", "press", "وتعرضت قاعدة قسرك، وهي موقع صغير شمالي الحسكة تتمركز فيه قوات أمريكية، لهجوم.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-described-tuadd-bases-of-force", "press", "وسقطت الصواريخ على قاعدة التنف، التي تعد أهم قواعد الجيش الأمريكي في البادية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-predicate-noun-clause", "press", "وقاعدة الشدادي موقع عسكري صغير يستضيف جنودا أمريكيين منذ سنوات.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-apposition-stops-at-comma", "trap", "وقصفت الفصائل حقل العمر، وهو أكبر حقل نفطي في سوريا، فيما تنتشر القوات الأمريكية في التنف.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-apposition-no-force", "trap", "وقصفت الفصائل قاعدة عين الأسد، وهي أكبر قاعدة جوية في العراق.", "2024-01-20", []),
    ("base-kuwait-ali-al-salem", "press", "وتستضيف قاعدة علي السالم الجوية في الكويت جنودا أمريكيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "علي السالم"}]),
    ("base-village-robaria-is-malikiyah", "press", "وسقطت قذيفتان داخل القاعدة الأمريكية في قرية روباريا شمالي الحسكة.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    ("base-person-named-like-base", "trap", "وحضر الشيخ علي السالم اجتماعا مع السفير الأمريكي في الكويت.", "2024-01-20", []),
    ("base-topic-coordinated-verb", "press", "وتعد قاعدة حرير من أهم القواعد في شمال العراق، وتضم مستشارين أمريكيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-relative-described-as-force-base", "press", "وقصفت الفصائل قاعدة الشدادي جنوبي الحسكة، التي تصفها بقاعدة الاحتلال الأمريكي، بالصواريخ.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-topic-other-host", "trap", "وتقع قاعدة حرير شمال شرقي أربيل في إقليم كردستان، وتستضيف أربيل قوات أمريكية.", "2024-01-20", []),
    ("base-topic-object-not-topic", "trap", "وقصفت الفصائل الموالية لإيران قاعدة عين الأسد في الأنبار بالمسيرات، وتستضيف قطر قوات أمريكية.", "2024-01-20", []),
    ("base-part-of-counted-force-bases", "press", "واستهدفت الفصائل القواعد الأمريكية في سوريا بعشرات الهجمات، أبرزها قاعدة الشدادي ثم قاعدة التنف.", "2024-07-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-part-minha-base-noun", "press", "وتملك واشنطن في العراق قواعد أمريكية عدة، واحدة منها في عين الأسد، وقاعدة أخرى في حرير.", "2024-07-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-part-opener-without-force", "trap", "وتعرضت القواعد العسكرية في العراق لهجمات، أبرزها على قاعدة عين الأسد.", "2024-07-10", []),
    ("base-unnamed-clause-then-town", "press", "وسقطت صواريخ على قاعدة يتمركز فيها جنود أمريكيون منذ سنوات، في منطقة الشدادي جنوبي الحسكة.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-participle-at-town-with-base", "press", "وأعلن التحالف أن القوات الأمريكية المتمركزة في بلدة الشدادي تعرضت لقصف.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-unnamed-inside-airport", "press", "واستهدفت المسيرات القوات الأمريكية المنتشرة في قاعدة جوية داخل مطار أربيل.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    ("base-unnamed-clause-no-force", "trap", "وقصفت الفصائل قاعدة تضم مقاتلين من قسد في منطقة الرميلان.", "2024-08-10", []),
    ("base-participle-militia-at-town", "trap", "وقالت الفصائل المتمركزة في منطقة الشدادي إنها أسقطت مسيرة.", "2024-08-10", []),
    # --- session 24: a base added with «إضافة إلى» to the bases a force holds or founded (press) ---
    ("base-added-to-founded-bases", "press", "وتنشئ الولايات المتحدة تسع قواعد عسكرية في الحسكة ودير الزور، إضافة إلى قاعدة التنف قرب الحدود الأردنية.", "2024-02-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-added-owner-dative", "press", "وللجيش الأمريكي قواعد عدة في شمال شرقي سوريا، فضلا عن قاعدة التنف في البادية.", "2024-02-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-added-to-counted-singular", "press", "وتقيم واشنطن 12 قاعدة عسكرية في شمال شرقي سوريا، بالإضافة إلى قاعدة التنف.", "2024-02-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-added-other-force", "dev", "وتملك روسيا قواعد عدة في سوريا، إضافة إلى قاعدة حميميم الجوية.", "2024-02-10", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "حميميم"}]),
    ("base-added-no-owner", "trap", "وقصفت الفصائل مواقع عدة في دير الزور، إضافة إلى قاعدة التنف.", "2024-02-10", []),
    ("base-added-no-force-before", "trap", "ودعت الحكومة إلى إخلاء المعسكرات، إضافة إلى قاعدة عين الأسد.", "2024-02-10", []),
    # --- session 24: what a convoy is made of, between it and the base it goes to (press) ---
    ("base-convoy-makeup-accusative", "press", "وأرسل الجيش الأمريكي رتلا مؤلفا من 35 شاحنة إلى قاعدة خراب الجير.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-convoy-makeup-masdar", "press", "وجاء ذلك بعد إرسال القوات الأمريكية قافلة أخرى مكونة من 25 آلية إلى قاعدة قسرك شمال الحسكة.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-convoy-makeup-militia", "trap", "وأرسلت الفصائل قافلة مكونة من 20 شاحنة إلى قاعدة التنف.", "2024-08-10", []),
    # --- session 24: soldiers of a force killed or wounded in an attack on a base (press) ---
    ("base-casualties-before-attack", "press", "وأعلن مسؤول أمريكي إصابة أربعة جنود أمريكيين بجروح طفيفة في الهجوم على قاعدة الشدادي.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-casualties-relative-target", "press", "وقتل جنديان أمريكيان في الهجوم الذي استهدف البرج 22 قرب الحدود.", "2024-01-30", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-casualties-after-base", "press", "وشنت الفصائل هجوما بالمسيرات على قاعدة حرير أسفر عن إصابة ثلاثة عسكريين أمريكيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-casualties-host-soldiers", "trap", "وأصيب خمسة جنود عراقيين في هجوم صاروخي على قاعدة بلد الجوية.", "2024-01-20", []),
    ("base-casualties-militants", "trap", "وقتل مسلحون في الهجوم على قاعدة التنف.", "2024-01-20", []),
    # --- session 24: a base a force founds, its dative «لها» after the base noun, at a town of the gazetteer (press) ---
    ("base-founded-dative-at-town", "press", "وشرعت القوات الأمريكية في بناء قاعدة عسكرية جديدة لها في بلدة الجزرات غربي دير الزور.", "2021-05-02", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الجزرات"}]),
    ("base-town-jazrat-only", "trap", "وتجول وفد من الأهالي في أسواق بلدة الجزرات.", "2021-05-02", []),
    # --- session 24: a compass adjective after the countryside between a base and its presence clause (press) ---
    ("base-clause-after-countryside-compass", "press", "وسقطت قذائف على حقل كونيكو في ريف دير الزور الشرقي الذي يضم جنودا أمريكيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-clause-compass-local-force", "trap", "وسقطت قذائف على حقل كونيكو في ريف دير الزور الشرقي الذي يضم مقاتلين عراقيين.", "2024-01-20", []),
    # --- session 24: gazetteer spellings of bases: استراحة الوزير, يونيون III, مبروكة without ال, قاعدة أبو حجر (press) ---
    ("base-wazir-resthouse-withdrawal", "press", "وأخلت القوات الأمريكية قاعدتي استراحة الوزير وتل بيدر شمالي الحسكة خشية الهجمات.", "2025-06-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "استراحة الوزير"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ("base-union-iii-latin-numeral", "press", "وتتمركز قوات أمريكية في قاعدة يونيون III قرب السفارة في بغداد.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "يونيون 3"}]),
    ("base-mabrouka-without-article", "press", "وانسحبت القوات الأمريكية من قاعدة مبروكة غرب رأس العين.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المبروكة"}]),
    ("base-abu-hajar-is-kharab-al-jir", "press", "وهبطت طائرة شحن أمريكية في قاعدة أبو حجر جنوب رميلان.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-minister-not-a-base", "trap", "واجتمع الوزير بالسفير الأمريكي في مقر الوزارة ببغداد.", "2024-01-20", []),
    # --- session 24: a definite number in apposition to the troop noun it counts («الجنود الأمريكيين الـ900») (press) ---
    ("troops-apposed-definite-number", "press", "ويخدم الجنود الأمريكيون الـ900 في سوريا ضمن قواعد صغيرة.", "2024-01-20", [{"count": 900, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-apposed-to-possessed-noun", "press", "وقررت واشنطن سحب جنودها الـ2000 من سوريا خلال أشهر.", "2025-04-18", [{"count": 2000, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ("troops-apposed-at-base", "press", "والتقى الوزير الجنود الأمريكيين الـ150 في قاعدة حرير.", "2024-01-20", [{"count": 150, "qualifier": "exact", "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("troops-apposed-not-troop-noun", "trap", "وسقطت الصواريخ الـ4 على أطراف المدينة.", "2024-01-20", []),
    ("troops-apposed-casualties", "trap", "وأصيب الجنود الأمريكيون الـ34 بارتجاج في الدماغ.", "2024-01-20", []),
    # --- session 24: a base attacked shortly before or after an attack on a force's site told in the same sentence (press) ---
    ("base-prior-attack-within-hour", "press", "وتعرضت قاعدة فكتوريا التي تضم جنودا أمريكيين لقصف صاروخي، بعد أقل من ساعة من قصف قاعدة بلد بأربعة صواريخ.", "2021-06-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "بلد"}]),
    ("base-prior-attack-exposure", "press", "وتعرضت القاعدة الأمريكية في حقل العمر لهجوم بالمسيرات، بعد ساعات من تعرض قاعدة الشدادي لهجوم مماثل.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-prior-attack-no-attack-told", "trap", "وزار وفد أمريكي بغداد بعد يومين من قصف قاعدة بلد.", "2024-01-20", []),
    ("base-prior-attack-no-force", "trap", "وقصفت الفصائل قاعدة حرير بعد ساعات من استهداف قاعدة عين الأسد.", "2024-01-20", []),
    # --- session 24: an attack that hurt a force's soldiers, its target verb after a time conjunction («حين استهدفت صواريخ قاعدة …»), a date or site words before the base (press) ---
    ("base-casualties-when-verb", "press", "وأصيب خمسة عسكريين أمريكيين حين استهدفت صواريخ قاعدة الأسد الجوية.", "2024-08-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-casualties-dated-target", "press", "وشنت الفصائل هجوما استهدف فجر الاثنين قاعدة حرير أسفر عن إصابة ثلاثة عسكريين أمريكيين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-casualties-named-site", "press", "وأعلن البنتاغون إصابة جنديين أمريكيين في الهجوم بطائرة مسيرة على الموقع العسكري المعروف باسم البرج 22.", "2024-01-30", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-casualties-when-host-soldiers", "trap", "وأصيب خمسة جنود عراقيين حين استهدفت صواريخ قاعدة بلد الجوية.", "2024-01-20", []),
    ("base-casualties-when-militants", "trap", "وقتل أربعة مسلحين حين استهدفت طائرات أمريكية قاعدة الإمام علي.", "2024-01-20", []),
    ("troops-dual-killed-not-deployed", "trap", "وكان جنديان أمريكيان قد قتلا في الهجوم على القاعدة.", "2024-01-30", []),
    # --- session 24: a place right after a presence word is what the base belongs to («التابع لمحافظة أربيل») (trap) ---
    ("base-belongs-to-governorate", "trap", "واستهدفت مسيرة مطار حرير التابع لمحافظة أربيل.", "2023-11-09", []),
    # --- session 24: a base right after another with only «في» or an area noun between says where that one is (press) ---
    ("base-located-in-area-base", "press", "وتتمركز القوات الأمريكية في قاعدة القليب بمنطقة تل بيدر.", "2019-10-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "القليب"}]),
    ("base-located-fi-base", "press", "وانسحبت القوات الأمريكية من قاعدة القليب في تل بيدر.", "2019-10-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "القليب"}]),
    ("base-listed-wa-fi-area-kept", "trap", "وتتمركز القوات الأمريكية في قاعدة الشدادي وفي منطقة تل بيدر.", "2019-10-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    # --- session 24: a place after «في» right before a noun that announces bases puts them there; a base elsewhere is not one of them (trap) ---
    # --- session 24: «تعرف بـ» with its ب written apart only names the base a described base noun introduces (press) ---
    ("base-described-known-as-apart", "press", "واستهدفت المسيرات قاعدة عسكرية أمريكية في شمال شرق الأردن تعرف بـ\"البرج 22\".", "2024-01-28", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("base-described-known-as-local", "trap", "واستهدفت المسيرات قاعدة عسكرية أردنية في شمال شرق الأردن تعرف بـ\"البرج 22\".", "2024-01-28", []),
    ("base-announced-place-before-noun", "trap", "وضربت المقاتلات الأمريكية في دير الزور منشأة يستخدمها الحرس الثوري الإيراني. وفي العراق، استهدفت مسيرات قاعدة عين الأسد.", "2023-11-09", []),
    # --- session 24: a town after an unnamed base noun with its own presence clause stands for the base («قاعدة ثانية تتمركز فيها قوات أميركية بمدينة إربيل») (press) ---
    ("base-unnamed-in-city-clitic", "press", "وضربت الصواريخ كذلك قاعدة ثانية تتمركز فيها قوات أميركية بمدينة إربيل شمالي البلاد.", "2020-01-17", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "أربيل"}]),
    ("base-unnamed-in-city-fi", "press", "واستهدفت القذائف قاعدة يوجد فيها جنود أمريكيون في مدينة كركوك.", "2020-01-17", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "كركوك"}]),
    ("base-unnamed-in-city-local-force", "trap", "واستهدفت القذائف قاعدة يوجد فيها جنود عراقيون في مدينة كركوك.", "2020-01-17", []),
    ("base-force-stationed-in-city", "trap", "ويبلغ عدد العناصر الأمريكية المتمركزة في أربيل نحو 500.", "2024-09-28", [{"count": 500, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    # --- session 25: a figure placed in a country far from the theatre («قواتها في أفغانستان … 15 ألفا») gives no row; a sender state does (press) ---
    ("troops-far-country-trap", "trap", "وقالت الوزارة إن عدد قواتها في أفغانستان بلغ 12 ألفا و400 عسكري.", "2017-11-28", []),
    ("troops-far-country-after-comma-trap", "trap", "وينتشر نحو 9 آلاف جندي أجنبي، نصفهم من الأمريكيين، في أفغانستان حاليا.", "2010-09-01", []),
    ("troops-far-country-after-theatre", "press", "ويتمركز 2500 جندي أمريكي في العراق، بينما خفضت واشنطن قواتها في أفغانستان إلى 8 آلاف.", "2019-03-01", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": ""}]),
    ("troops-far-country-before-theatre", "dev", "وبعد انتشارها في أفغانستان نشرت واشنطن 2500 جندي في العراق.", "2019-03-01", [{"count": 2500, "qualifier": "exact", "force": "US", "country": "Iraq", "place": ""}]),
    ("troops-far-country-next-clause", "press", "وقالت الوزارة إن عدد العسكريين الأمريكيين في العراق وسوريا بلغ أكثر من 9 آلاف عسكري، فيما وصل عدد قواتها في أفغانستان إلى 14 ألفا.", "2017-11-28", [{"count": 9000, "qualifier": "more_than", "force": "US", "country": "Iraq+Syria", "place": ""}]),
    # --- session 25: a head whose pronoun counts an armed group's men («ميليشيات …، يقدر عددهم بنحو 60 ألف مقاتل») is no deployment (press) ---
    ("troops-group-men-head-trap", "trap", "وتنتشر في البادية فصائل موالية لطهران، يقدر عددهم بنحو 20 ألف مقاتل.", "2024-02-01", []),
    ("troops-head-of-force-kept", "dev", "وتنتشر في شرق سوريا قوات أمريكية يقدر عددهم بنحو 900 جندي.", "2024-02-01", [{"count": 900, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    # --- session 25: a toll (الحصيلة) of soldiers counts casualties (press) ---
    ("troops-toll-trap", "trap", "وبلغت الحصيلة الإجمالية للهجمات خلال أسبوع 14 جنديا بينهم 9 أمريكيين.", "2010-09-01", []),
    # --- session 25: the place right after a count head is where the bare figure is («وصل عددهم في العراق إلى ما يفوق 4000») (press) ---
    ("troops-head-place-before-bare", "press", "وعادت واشنطن إلى المنطقة عبر مستشارين وصل عددهم في العراق إلى ما يفوق 3500 كما تنشر في سوريا قرابة 700 جندي.", "2016-06-01", [{"count": 3500, "qualifier": "more_than", "force": "US", "country": "Iraq", "place": ""}, {"count": 700, "qualifier": "approx", "force": "US", "country": "Syria", "place": ""}]),
    # --- session 25: a town after a bare «القاعدة» (a relative clause, no force adjective) locates the base named before it in the same governorate, not the town's own base (press) ---
    ("base-anaphor-town-locates-prior", "press", "وتعرضت قاعدة حرير التي ينتشر فيها جنود أمريكيون لهجوم. وأصابت مسيرتان القاعدة الواقعة في أربيل شمالي البلاد.", "2023-11-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-anaphor-town-own-adjective", "dev", "وتعرضت قاعدة حرير التي ينتشر فيها جنود أمريكيون لهجوم. وأصابت مسيرتان القاعدة الأمريكية في أربيل.", "2023-11-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    # --- session 25: civilians a presence clause names («يعمل فيها متعاقدون أمريكيون») are no force at the base (press) ---
    ("base-contractors-no-force", "trap", "وسقطت ثلاثة صواريخ على قاعدة بلد الجوية التي يعمل فيها متعاقدون أمريكيون.", "2021-05-04", []),
    ("base-soldiers-then-contractors", "press", "وسقطت صواريخ على قاعدة بلد الجوية التي تضم جنودا ومتعاقدين أمريكيين.", "2021-05-04", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة بلد"}]),
    # --- session 25: a town lead («في منطقة الرميلان») does not count in the reach from a base noun owned by a force to its town (press) ---
    ("base-owner-genitive-area-town", "press", "وهزت انفجارات قاعدة الجيش الأمريكي في منطقة الرميلان بريف الحسكة.", "2024-03-25", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-owner-genitive-local-army", "trap", "وهزت انفجارات قاعدة الجيش العراقي في منطقة الحبانية.", "2024-03-25", []),
    # --- session 25: a contrast clause («بينما», «في حين») ends the reach of a presence word to a base (press) ---
    ("base-contrast-clause-no-reach", "trap", "وتنتشر قوات أمريكية في قاعدة عين الأسد غرب البلاد، بينما تقع قاعدة التاجي شمالي العاصمة.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-contrast-own-clause", "press", "ويتمركز جنود أمريكيون في قاعدة حرير، في حين تستضيف قاعدة التنف مستشارين بريطانيين.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}, {"count": None, "qualifier": None, "force": "British", "country": "Syria", "place": "التنف"}]),
    ("base-contrast-same-base-not-parted", "dev", "وأصيب جنود في الهجوم على القاعدة، التي يوجد فيها جنود أمريكيون شمال البلاد، في حين قال مصدر إن صاروخين سقطا في قاعدة حرير.", "2024-08-06", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    # --- session 25: gazetteer base at Altun Kupri (Kirkuk) and «الحضور» as a presence noun (press) ---
    ("base-altun-kupri", "press", "ولواشنطن وجود عسكري في قاعدة ألتون كوبري شمال كركوك.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "ألتون كوبري"}]),
    ("base-altun-kupri-town-only", "trap", "وافتتح المحافظ جسرا جديدا في ألتون كوبري.", "2020-01-08", []),
    ("base-hudur-presence-noun", "press", "وكان الحضور العسكري الأمريكي لافتا في قاعدة بلد الجوية.", "2020-01-08", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة بلد"}]),
    ("base-hudur-audience-trap", "trap", "وكان الحضور الجماهيري كبيرا في ملعب أربيل.", "2020-01-08", []),
    # --- session 25: soldiers of a force as the subject right before a casualty verb («جنديا أمريكيا أصيب … في هجوم على قاعدة») (press) ---
    ("base-casualties-subject-before-verb", "press", "وقال مسؤول إن جنديا أمريكيا أصيب بجروح طفيفة، أمس الجمعة، في هجوم على قاعدة قسرك.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("base-casualties-subject-local", "trap", "وقال مسؤول إن جنديا عراقيا أصيب بجروح طفيفة في هجوم على قاعدة بلد الجوية.", "2024-01-20", []),
    ("base-casualties-force-kills", "trap", "وقال البيان إن الجيش الأمريكي قتل عشرة مسلحين في هجوم على قاعدة التنف.", "2024-01-20", []),
    # --- session 25: gazetteer: «قاعدة الجير» is Kharab al-Jir (press) ---
    ("base-kharab-al-jir-short-name", "press", "واستهدفت الفصائل قاعدة الجير الأمريكية بطائرتين مسيرتين.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    # --- session 25: an indirect question «ما إذا كان … أم» (whether) is no condition on a base's tie; «إذا» alone still is (press) ---
    ("base-whether-question-not-condition", "press", "وقال المصدر إن قصفا لم تعرف طبيعته ما إذا كان بمسيرات أم صواريخ استهدف مطار بغداد حيث توجد قاعدة فكتوريا الأمريكية.", "2026-03-10", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("base-if-condition-kept", "trap", "وهدد الفصيل بضرب قاعدة حرير التي تضم قوات أمريكية إذا استمر العدوان.", "2024-01-20", []),
    ("base-whether-and-if", "trap", "ولم يتضح ما إذا كانت القوات الأمريكية في قاعدة حرير ستنسحب إذا استمر القصف.", "2024-01-20", []),
    # --- session 25: presence verbs «تحتوي/تحوي» (a force named), «تأوي» with a hamza on alif, «يرابط فيها», «حيث يقيم» (press) ---
    ("base-contains-force", "press", "وسقطت قذائف على قاعدة كونيكو التي تحتوي قوات أميركية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-contains-equipment", "trap", "وقصفت المسيرات قاعدة التنف التي تحتوي مخازن للذخيرة.", "2024-01-20", []),
    ("base-contains-runways", "trap", "وتحتوي قاعدة بلد الجوية على مدرجين طويلين.", "2024-01-20", []),
    ("base-shelters-hamza-alif", "press", "وسقطت قذائف على قاعدة كونيكو التي تأوي قوات أمريكية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("base-stationed-yurabit", "press", "وسقطت قذائف على قاعدة حرير التي يرابط فيها جنود أمريكيون.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-where-reside", "press", "وسقطت قذائف على مطار أربيل حيث يقيم جنود أمريكيون.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    # --- session 26: a possessive pronoun after a counted base noun makes the force before it the owner of the list («قاعدتين عسكريتين لها …، وهما X وY») (press) ---
    ('owned-list-pronoun-owner', 'press', 'وباشرت القوات الأمريكية توسيع أكبر قاعدتين عسكريتين لها في ريف الحسكة، وهما قسرك وتل بيدر.', '2019-11-02', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ('owned-list-pronoun-group-trap', 'trap', 'ووسعت الفصائل أكبر قاعدتين لها في البادية، وهما معسكر جرف الصخر ومعسكر آخر.', '2019-11-02', []),
    # --- session 26: «قاعدتين …، إحداهما في بلدة X والأخرى في Y»: the pronoun is the base noun of the town, the next pronoun adds a base; a founding word before the counted noun names the owner (press|trap) ---
    ('part-pronoun-founded-pair', 'press', 'وشرع الجيش الأمريكي في بناء قاعدتين جديدتين له في ريف دير الزور، إحداهما في بلدة الصور والأخرى في بلدة الشدادي.', '2019-11-04', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة الصور"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ('part-pronoun-founding-word-owner', 'press', 'وبدأت واشنطن ببناء قاعدتين في شرق سوريا، إحداهما في بلدة صور.', '2019-11-04', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة الصور"}]),
    ('part-pronoun-owned-pair', 'press', 'وتملك القوات الأمريكية قاعدتين في سوريا، إحداهما في التنف والأخرى في منطقة الشدادي.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ('part-pronoun-group-founder-trap', 'trap', 'وتسعى الفصائل لبناء قاعدتين في البادية، إحداهما في بلدة الصور.', '2024-01-20', []),
    ('part-pronoun-countries-trap', 'trap', 'وبنت القوات الأمريكية قاعدتين، إحداهما في سوريا والأخرى في العراق.', '2024-01-20', []),
    # --- session 26: «لبناء قواعد بمناطق تحت سيطرتها، ومنها قاعدة قرب X»: what stands between the founded plural and «ومنها» does not part them (press|trap) ---
    ('founded-part-under-control', 'press', 'وأبرمت الولايات المتحدة اتفاقا مع أربيل لإقامة قواعد في مناطق تحت سيطرتها، ومنها قاعدة قرب سنجار.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "سنجار"}]),
    ('founded-part-group-trap', 'trap', 'ووقعت الفصائل اتفاقا لإقامة قواعد في مناطق تحت سيطرتها، ومنها قاعدة قرب سنجار.', '2024-01-20', []),
    # --- session 26: a place used «كقاعدة (عسكرية) للقوات الأمريكية» is that force's base (press|trap) ---
    ('used-as-base-for-force', 'press', 'ووافقت حكومة الإقليم على استخدام مطار حرير الواقع في محافظة أربيل كقاعدة جوية للقوات الأمريكية.', '2014-10-23', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('used-as-base-local-force-trap', 'trap', 'ووافقت الحكومة على استخدام مطار حرير كقاعدة للقوات العراقية.', '2014-10-23', []),
    ('used-as-base-group-trap', 'trap', 'ويستخدم الحشد الشعبي معسكر التاجي كقاعدة له.', '2020-03-01', []),
    # --- session 26: a withdrawal thread reaches «الانسحاب من قاعدتي X وY» (a dual noun between «من» and the base) (press|trap) ---
    ('thread-withdrawal-dual-noun', 'press', 'وبررت بغداد انسحاب القوات الأمريكية من بعض القواعد بقرار البرلمان. وأضاف أن الانسحاب من قاعدتي القائم والتاجي لم يتقرر بعد.', '2020-03-26', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "القائم"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "التاجي"}]),
    ('thread-withdrawal-dual-noun-group-trap', 'trap', 'وانسحبت فصائل الحشد من بعض المواقع. وأضاف أن الانسحاب من قاعدتي القائم والتاجي لم يتقرر بعد.', '2020-03-26', []),
    # --- session 26: the bullet lines after a sentence ending with a colon list the bases it announced (press|trap) ---
    ('colon-list-items-bases', 'press', 'وأحصى المرصد 30 هجوما على القواعد الأمريكية في سوريا، توزعت على النحو التالي:\n— 11 على قاعدة التنف\n— 8 على قاعدة الشدادي\n— 6 على قاعدة قسرك', '2024-02-10', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ('colon-list-items-no-force-trap', 'trap', 'وتبنت الفصائل الهجمات على النحو التالي:\n— 4 على قاعدة التنف\n— 2 على قاعدة الشدادي', '2024-02-10', []),
    ('no-colon-list-next-line-only', 'dev', 'وأحصى المرصد 30 هجوما على القواعد الأمريكية في سوريا.\n— 11 على قاعدة التنف\n— 8 على قاعدة الشدادي', '2024-02-10', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 26: a colon's list names every base it counts, one the lede named before too (press) ---
    ('colon-list-base-named-in-lede', 'press', 'وحلقت مسيرة فوق قاعدة الشدادي قبل أن تسقط في أرض زراعية. وأحصت الشبكة 41 هجوما على القواعد الأمريكية في سوريا، جاءت على النحو التالي:\n— 15 على قاعدة التنف\n— 9 على قاعدة الشدادي', '2024-02-10', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    # --- session 26: «القاعدة التي باشرت القوات الأمريكية ببنائها تقع في بلدة X»: a founding noun carrying the base, the place after «تقع» (press|trap) ---
    ('founding-noun-relative-locating-verb', 'press', 'وأضافت الوكالة أن القاعدة التي شرعت القوات الأمريكية في إنشائها تقع في بلدة تل براك شمال الحسكة.', '2018-06-02', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة تل براك"}]),
    ('founding-noun-relative-group-trap', 'trap', 'وأضافت الوكالة أن القاعدة التي باشرت الفصائل ببنائها تقع في بلدة تل براك.', '2018-06-02', []),
    # --- session 26: gazetteer: قاعدة الجزرة west of Raqqa (press) ---
    ('gazetteer-jazra-base', 'press', 'ووصلت قافلة أمريكية إلى قاعدة جزرة العسكرية غربي الرقة، والتي تضم جنودا أمريكيين.', '2019-10-30', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة الجزرة"}]),
    # --- session 26: a colon opens the list of bases a force owns or keeps («احتفظت الولايات المتحدة بثلاث قواعد في العراق: X، وY») (press|trap) ---
    ('owned-list-colon-kept', 'press', 'واحتفظت واشنطن بقاعدتين رئيسيتين في العراق: عين الأسد في الأنبار، وحرير قرب أربيل.', '2024-06-01', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('owned-list-colon-owned', 'press', 'وتمتلك القوات الأمريكية عدة قواعد في سوريا: التنف والشدادي.', '2024-06-01', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ('owned-list-colon-group-trap', 'trap', 'وتسيطر الفصائل على قاعدتين في العراق: عين الأسد وحرير.', '2024-06-01', []),
    ('owned-list-colon-attack-trap', 'trap', 'واستهدفت الفصائل قاعدتين في العراق: عين الأسد وحرير.', '2024-06-01', []),
    # --- session 26: after a base, a word right after a preposition is a country, not a force adjective («قاعدة إنجرليك في تركيا» ≠ «جنديا تركيا») (press|trap) ---
    ('base-in-country-not-adjective-trap', 'trap', 'ونقلت برلين طائراتها إلى الأردن عوضا عن قاعدة إنجرليك في تركيا.', '2017-06-10', []),
    ('base-in-country-visit-trap', 'trap', 'وزار وزير الدفاع الألماني قاعدة إنجرليك في تركيا أمس.', '2017-06-10', []),
    ('base-adjective-after-base-still', 'dev', 'وتعرضت قاعدة حرير الأمريكية لقصف صاروخي.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    # --- session 26: «وجود القوات الأمريكية» after a verb of change heads a bare figure after «إلى» («نما وجود القوات الأمريكية هناك إلى ما يقرب من 2500») (press|trap) ---
    ('presence-head-grew-to-bare', 'press', 'وقد نما وجود القوات الأمريكية في العراق إلى ما يقارب 2600 منذ العام الماضي.', '2024-01-20', [{"count": 2600, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ('presence-head-shrank-to-bare', 'press', 'وتقلص وجود القوات الأمريكية في سوريا إلى نحو 1400 خلال أشهر.', '2025-05-01', [{"count": 1400, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}]),
    ('presence-head-year-trap', 'trap', 'وقد نما وجود القوات الأمريكية في العراق منذ عام 2015.', '2024-01-20', []),
    ('presence-head-group-trap', 'trap', 'وارتفع وجود الفصائل المسلحة في البادية إلى 3000.', '2024-01-20', []),
    ('presence-head-no-change-trap', 'trap', 'وأشار إلى وجود القوات الأمريكية في العراق إلى جانب 12 دولة أخرى.', '2024-01-20', []),
    # --- session 27: a definite count head, an adjective and the troops after ل announce a bare figure («العدد الفعلي لجنودها المنتشرين يصل إلى») (press|trap) ---
    ('definite-count-head-li-troops', 'press', 'وأضاف البيان أن العدد الإجمالي للقوات الأمريكية في العراق يبلغ نحو 2400.', '2024-03-01', [{"count": 2400, "qualifier": "approx", "force": "US", "country": "Iraq", "place": None}]),
    ('definite-count-head-adjective-pronoun', 'press', 'وذكرت الوزارة أن العدد الفعلي لجنودها المنتشرين في سوريا يصل إلى ألفين.', '2024-12-20', [{"count": 2000, "qualifier": "exact", "force": "", "country": "Syria", "place": None}]),
    ('definite-count-head-attacks-trap', 'trap', 'وأوضح المتحدث أن العدد الكلي للهجمات على القوات الأمريكية بلغ 70.', '2024-01-20', []),
    ('definite-count-head-victims-trap', 'trap', 'وقال المصدر إن العدد النهائي للضحايا في القصف وصل إلى 14.', '2024-01-20', []),
    # --- session 27: «شخص» after the number of a count head that names troops counts those troops («عدد العسكريين … يتجاوز 500 شخص») (press|trap) ---
    ('count-head-persons-are-troops', 'press', 'وأعلن البنتاغون أن عدد العسكريين الأمريكيين المنتشرين في سوريا يتجاوز 600 شخص.', '2018-04-10', [{"count": 600, "qualifier": "exact", "force": "US", "country": "Syria", "place": None}]),
    ('count-head-persons-killed-trap', 'trap', 'وقال المسعفون إن عدد القتلى في القصف بلغ 9 أشخاص.', '2024-01-20', []),
    ('count-head-persons-civilians-trap', 'trap', 'وبلغ عدد المدنيين الذين أصيبوا في الغارة 12 شخصا.', '2024-01-20', []),
    # --- session 27: troop plurals with the first-person possessive («5262 من عسكريينا», «من جنودنا») (press|trap) ---
    ('troops-our-soldiers', 'press', 'وقال الجنرال إن لدينا في سوريا نحو 480 من جنودنا، فيما يعمل حوالي 5100 من عسكريينا في العراق.', '2018-04-10', [{"count": 480, "qualifier": "approx", "force": "", "country": "Syria", "place": None}, {"count": 5100, "qualifier": "approx", "force": "", "country": "Iraq", "place": None}]),
    ('troops-our-soldiers-killed-trap', 'trap', 'وقال القائد إن ثلاثة من جنودنا قتلوا في الهجوم على القاعدة.', '2024-01-29', []),
    # --- session 27: a troop figure placed at a named base gives the base its row, in the base's country rather than the region a clause names (press|trap) ---
    ('troops-at-base-region-clause', 'press', 'ويتمركز نحو 7500 جندي أمريكي يراقبون أجواء الشرق الأوسط من قاعدة العديد الجوية.', '2022-11-25', [{"count": 7500, "qualifier": "approx", "force": "US", "country": "Qatar", "place": "العديد"}, {"count": None, "qualifier": None, "force": "US", "country": "Qatar", "place": "العديد"}]),
    ('troops-at-base-militia-trap', 'trap', 'وتحشد الفصائل نحو 2000 مقاتل موالين لإيران قرب قاعدة التنف.', '2024-01-20', []),
    # --- session 27: a town shared with a base, first in a list a part opener draws from counted bases («في 22 قاعدة، من أبرزها رميلان وروباريا») (press|trap) ---
    ('part-opener-town-bases', 'press', 'وانتشرت القوات الأمريكية في نحو 20 قاعدة، من أبرزها رميلان وروباريا وتل بيدر.', '2021-02-01', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ('part-opener-town-cities-trap', 'trap', 'وزار الوفد الأممي عدة مدن في الحسكة، من أبرزها رميلان والشدادي.', '2021-02-01', []),
    # --- session 27: «وأخرى في منطقتي X وY» names another of the bases counted before it (press|trap) ---
    ('part-another-two-areas', 'press', 'واتفقت واشنطن مع أربيل على بناء قواعد بمناطق البيشمركة، ومنها قاعدة قرب سنجار، وأخرى في منطقتي أتروش والحرير.', '2015-01-10', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "سنجار"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "أتروش"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('part-another-shell-trap', 'trap', 'وسقطت قذيفة على قرية قرب سنجار، وأخرى في منطقتي أتروش والشيخان.', '2015-01-10', []),
    # --- session 27: «وبها / وفيها / وتضم» after a comma opens a clause of its own: a capacity or casualty word before it does not reach its figure (press|trap) ---
    ('clause-opener-in-it-after-capacity', 'press', 'وتوجد قوات أمريكية في قاعدة عين الأسد بالأنبار، وتتسع القاعدة لأربعة آلاف عسكري، وبها حاليا نحو 400 جندي أمريكي.', '2020-01-08', [{"count": 400, "qualifier": "approx", "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ('clause-opener-capacity-alone-trap', 'trap', 'وتتسع القاعدة لأربعة آلاف عسكري، وتضم مدرجين للطائرات.', '2020-01-08', []),
    # --- session 27: «انطلاقا من قاعدة X» names the base the sentence's force works from, not a landmark (press|trap) ---
    ('launch-from-base-force-after', 'press', 'وانطلاقا من قاعدة حرير الجوية، ستواصل واشنطن دعم مهام مكافحة داعش في سوريا.', '2025-10-01', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('launch-from-base-force-before', 'press', 'وتنفذ القوات الأمريكية طلعاتها فوق البادية انطلاقا من قاعدة عين الأسد.', '2021-05-01', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ('launch-drone-set-off-trap', 'trap', 'وانطلقت الطائرة المسيرة من قاعدة حرير قبل أن تسقط في حقل زراعي.', '2024-01-20', []),
    ('launch-militia-base-trap', 'trap', 'وتشن الفصائل هجماتها انطلاقا من قاعدة الإمام علي قرب البوكمال.', '2024-01-20', []),
    # --- session 27: «فيما» (whereas) opens a contrast clause; a base's own presence clause has no contrast opener before it (press|trap) ---
    ('contrast-whereas-russian-base', 'press', 'وتتمركز القوات الروسية في قاعدة حميميم، فيما ينتشر نحو 900 جندي أمريكي في قاعدة التنف.', '2023-05-01', [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "حميميم"}, {"count": 900, "qualifier": "approx", "force": "US", "country": "Syria", "place": None}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 28: a verb, participle or noun of keeping with a base noun and ب names the base the force holds («لا تزال القوات الأمريكية تحتفظ بقاعدة قسرك») (press|trap) ---
    ('keep-verb-force-between', 'press', 'ولا تزال القوات الأمريكية تحتفظ بقاعدة قسرك شمال الحسكة.', '2025-08-01', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ('keep-participle-force-before', 'press', 'وبعد الانسحاب من الشدادي، بقيت القوات الأمريكية محتفظة بقاعدة التنف في البادية.', '2025-08-01', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('keep-noun-force-before', 'press', 'وقررت واشنطن الاحتفاظ بقاعدة حرير الجوية شمال أربيل.', '2025-10-01', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('keep-right-to-respond-trap', 'trap', 'وقال البيان إن واشنطن تحتفظ بحق الرد على أي هجوم يستهدف قواتها.', '2024-01-20', []),
    ('keep-local-force-trap', 'trap', 'وتحتفظ القوات العراقية بقاعدة الحبانية منذ سنوات.', '2024-01-20', []),
    ('keep-control-local-trap', 'trap', 'واحتفظ الجيش العراقي بالسيطرة على قاعدة القيارة.', '2024-01-20', []),
    # --- session 28: «تقع القاعدة …، وتستضيف <force>» opening a sentence after a base was named: the coordinated presence verb is the base's (press|trap) ---
    ('topic-anaphor-lies-hosts', 'press', 'وسقطت ثلاثة صواريخ داخل قاعدة بلد الجوية. وتقع القاعدة على مسافة 70 كيلومترا شمال بغداد، وتستضيف مستشارين أمريكيين.', '2021-03-01', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "بلد"}]),
    ('topic-anaphor-counts-as-includes', 'press', 'واستهدفت مسيرة قاعدة حرير فجرا. وتعد القاعدة من أهم المنشآت العسكرية في الإقليم، وتضم قوات أمريكية.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('topic-anaphor-other-host-trap', 'trap', 'واستهدفت مسيرة قاعدة حرير فجرا. وتقع القاعدة شرق أربيل، وتضم المدينة قنصلية أمريكية.', '2024-01-20', []),
    ('topic-anaphor-local-aircraft-trap', 'trap', 'وسقطت قذيفة قرب قاعدة بلد الجوية. وتقع القاعدة شمال بغداد، وتضم طائرات عراقية.', '2024-01-20', []),
    # --- session 28: a sentence that opens with a force's bases as subject («تعيش القواعد الأمريكية في سوريا …») names some of them later with a base noun (press|trap) ---
    ('plural-topic-two-named', 'press', 'وتعيش القواعد الأمريكية في سوريا أسابيع صعبة، فبعد قصف قاعدة الشدادي مطلع الشهر، ضربت مسيرتان قاعدة التنف.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('plural-topic-latest-attack', 'press', 'وتتعرض القواعد الأمريكية في العراق لهجمات متكررة، آخرها على قاعدة حرير.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('plural-topic-contrast-trap', 'trap', 'وتعرضت القواعد الأمريكية لهجمات، فيما قصفت المسيرات التركية قاعدة قنديل.', '2024-01-20', []),
    ('plural-topic-militia-site-trap', 'trap', 'وتعرضت القواعد الأمريكية لهجمات، كما قصفت طائرات مجهولة قاعدة الإمام علي.', '2024-01-20', []),
    ('plural-topic-not-opening-trap', 'trap', 'وقال قائد الفصيل إن مقاتليه في قاعدة جرف الصخر يستعدون لضرب القواعد الأمريكية.', '2024-01-20', []),
    # --- session 28: a base given with «ك» and a base noun («كقاعدتي X وY») or «مثل» as an example of a force's bases, past the words that locate them; a bare «القواعد» takes the force of a base the sentence tied before (press|trap) ---
    ('example-after-located-bases', 'press', 'وتكثفت الضربات على القواعد الأمريكية الواقعة قرب المثلث الحدودي كقاعدتي التنف وتل بيدر.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ('example-bare-bases-after-tie', 'press', 'وجاء قصف القاعدة الأمريكية في حقل العمر بعد أيام من هجمات على القواعد المنتشرة في ريف دير الزور كقاعدة كونيكو.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "العمر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ('example-local-bases-trap', 'trap', 'وقالت مصادر إن القواعد العسكرية في العراق، كقاعدة سبايكر، تخضع لسيطرة الجيش العراقي.', '2024-01-20', []),
    ('example-militia-bases-trap', 'trap', 'وقصفت الطائرات القواعد التي تستخدمها الفصائل كقاعدة جرف الصخر.', '2024-01-20', []),
    ('example-contrast-trap', 'trap', 'واستهدفت الفصائل القاعدة الأمريكية في التنف، فيما قصفت تركيا القواعد القريبة من الحدود كقاعدة بعشيقة.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    # --- session 28: a counted base noun whose clause names the force with a pronoun back to it («قاعدتين أخلتهما القوات الأمريكية»), then a copula that lists the bases (press|trap) ---
    ('clause-list-left-dual', 'press', 'وتسلم الجيش السوري قاعدتين أخلتهما القوات الأمريكية، وهما قاعدة تل بيدر وقاعدة قسرك.', '2025-09-01', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ('clause-list-stationed-towns', 'press', 'واستهدفت المسيرات قاعدتين تتمركز فيهما قوات أمريكية، هما الشدادي والتنف.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('clause-list-militia-trap', 'trap', 'وقصفت الطائرات الأمريكية قاعدتين تستخدمهما الفصائل، وهما قاعدة الإمام علي وقاعدة الحمدان.', '2024-01-20', []),
    ('clause-list-no-pronoun-trap', 'trap', 'وزار الوفد قاعدتين قرب الحدود مع القوات العراقية، وهما قاعدة القائم وقاعدة الوليد.', '2024-01-20', []),
    # --- session 28: the Levantine copula «وهنن» lists counted bases as «وهما» does, and «هن» points back to them (press|trap) ---
    ('clause-list-levantine-copula', 'press', 'الجيش استلم قاعدتين بعد ما تركتهن القوات الأمريكية، وهنن قاعدة تل بيدر وقاعدة قسرك.', '2025-09-01', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ('clause-list-levantine-militia-trap', 'trap', 'الطيران قصف قاعدتين بتستخدمهن الميليشيات، وهنن قاعدة الإمام علي وقاعدة الحمدان.', '2024-01-20', []),
    # --- session 28: spellings of bases in Jordan and Kuwait without the article or with one ي («قاعدة موفق سلطي», «معسكر بيورنغ») (press) ---
    ('alias-muwaffaq-salti-no-article', 'press', 'ونشرت واشنطن مقاتلات إضافية في قاعدة موفق سلطي الجوية.', '2025-06-01', [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "موفق السلطي"}]),
    ('alias-buehring-one-ya', 'press', 'ووصل جنود أمريكيون إلى معسكر بيورنغ في الكويت.', '2025-06-01', [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "بيورينغ"}]),
    # --- session 28: a withdrawal word reaches the base past a three-word time phrase and «من قاعدتي» («انسحبت القوات الأمريكية في وقت سابق من قاعدتي X وY») (press|trap) ---
    ('withdrawal-time-phrase-dual', 'press', 'وكانت القوات الأمريكية قد انسحبت في وقت سابق من قاعدتي الشدادي وتل بيدر.', '2025-09-01', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ('withdrawal-time-phrase-militia-trap', 'trap', 'وانسحبت الفصائل المسلحة في وقت سابق من محيط قاعدة عين الأسد.', '2024-01-20', []),
    # --- session 28: a US force that brings down or repels a drone, a rocket or an attack at or near a named base defends it, so it is there («أسقطت القوات الأمريكية مسيرة قرب قاعدة التنف», «قواتنا دمرت مسيرتين قرب قاعدة عين الأسد») (press|dev|trap) ---
    ('defence-us-shot-down-near-base', 'press', 'وأعلن الجيش الأمريكي إسقاط طائرة مسيرة قرب قاعدة التنف صباح الجمعة.', '2023-11-10', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('defence-us-repelled-rockets-at-base', 'press', 'وتصدت الدفاعات الأمريكية لثلاثة صواريخ أطلقت على قاعدة الشدادي ليلا.', '2024-01-05', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ('defence-spokesman-our-forces', 'dev', 'وقال المتحدث باسم البنتاغون إن "قواتنا دمرت طائرتين مسيرتين قرب قاعدة عين الأسد" غربي العراق.', '2023-10-19', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ('defence-iraqi-army-trap', 'trap', 'وقال الجيش العراقي إن قواته أسقطت طائرة مسيرة قرب قاعدة عين الأسد.', '2024-01-20', []),
    ('defence-coalition-only-trap', 'trap', 'وأسقطت قوات التحالف الدولي طائرة مسيرة قرب قاعدة حرير.', '2024-01-20', []),
    ('defence-no-force-trap', 'trap', 'وأسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة حرير.', '2024-01-20', []),
    ('defence-us-strike-destroys-trap', 'trap', 'ودمرت الطائرات الأمريكية مخازن أسلحة داخل قاعدة الإمام علي.', '2024-01-20', []),
    # --- session 28: a landmark («قرب مطار بغداد») of a sentence with no base noun only places another act; a later «القاعدة الأمريكية» still points to the base named before (press|trap) ---
    ('pointed-past-landmark-of-other-act', 'press', 'تعرضت قاعدة عين الأسد التي تستضيف جنودا أمريكيين لقصف صاروخي اليوم. ورفع المهاجمون صور القائد الذي قتل بغارة أمريكية قرب مطار بغداد قبل عامين. وقالت خلية الإعلام الأمني إن ثلاثة صواريخ سقطت على القاعدة الأمريكية.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ('pointed-landmark-of-other-act-alone-trap', 'trap', 'ورفع المهاجمون صور القائد الذي قتل بغارة أمريكية قرب مطار بغداد قبل عامين. وقالت خلية الإعلام الأمني إن ثلاثة صواريخ سقطت على القاعدة الأمريكية.', '2024-01-20', []),
    ('pointed-landmark-after-base-noun', 'press', 'استهدفت طائرة مسيرة قاعدة تقع قرب مطار أربيل. وتضم القاعدة جنودا أمريكيين.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "مطار أربيل"}]),
    # --- session 29: a base in Iraq or Syria called occupied right after its name («قاعدة التنف المحتلة») or owned by «الاحتلال» with no other state after it («قاعدة الاحتلال في X», «قاعدتي احتلال …، وهما X وY») hosts US forces, as the factions call the US presence; «المحتلة من قبل …», another occupier or a place outside the two gives nothing (press|dev|trap) ---
    ('occupied-after-name', 'dev', 'وأعلن الفصيل أن مقاتليه ضربوا قاعدة التنف المحتلة بثلاث مسيرات.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('occupied-after-qualifier', 'press', 'واستهدفت رشقة صاروخية قاعدة حرير الجوية المحتلة شمال أربيل.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ('occupation-owner-in-place', 'press', 'وقال البيان إن المسيرات أصابت قاعدة الاحتلال في حقل كونيكو.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ('occupation-owner-list-copula', 'press', 'وهاجمت الفصائل قاعدتي احتلال في سوريا، وهما قاعدة الشدادي وقاعدة التنف.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('occupied-golan-trap', 'trap', 'وقصفت المسيرات موقعا في الجولان السوري المحتل.', '2024-01-20', []),
    ('occupation-israeli-trap', 'trap', 'وضربت الطائرات قاعدة الاحتلال الإسرائيلي في الجولان.', '2024-01-20', []),
    ('occupied-outside-theatre-trap', 'trap', 'واستهدفت المقاومة قاعدة نيفاتيم المحتلة في النقب.', '2024-01-20', []),
    ('occupied-by-named-holder-trap', 'trap', 'واستعادت القوات العراقية قاعدة سبايكر المحتلة من قبل داعش عام 2015.', '2024-01-20', []),
    # --- session 29: a force's base noun, «في» and a town or area noun («قواعد الجيش الأمريكي في مدن X وY», «القواعد العسكرية للقوات الأمريكية في مناطق X») names the bases of the towns it lists (press|trap) ---
    ('site-list-towns-construct', 'press', 'واتجهت الشاحنات نحو قواعد القوات الأمريكية في مدن الشدادي ورميلان بريف الحسكة.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ('site-list-areas-owner', 'press', 'ودخلت الآليات إلى القواعد العسكرية للقوات الأمريكية في مناطق الشدادي وتل بيدر.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ('site-list-force-no-base-noun-trap', 'trap', 'وتنتشر القوات الأمريكية في مدن الحسكة والشدادي منذ سنوات.', '2024-01-20', []),
    ('site-list-base-no-force-trap', 'trap', 'وتقع قاعدة القليب في منطقة تل بيدر شمال الحسكة.', '2024-01-20', []),
    # --- session 29: a movement to a base noun located by «في» and a village, town or area noun («أرسل الجيش الأمريكي تعزيزات إلى القاعدة العسكرية في قرية قسرك») reaches the base (press|trap) ---
    ('move-to-base-noun-in-village', 'press', 'وأرسل الجيش الأمريكي تعزيزات من الذخائر إلى القاعدة العسكرية في قرية قسرك.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ('move-to-base-noun-in-area', 'press', 'ووصلت قافلة أمريكية إلى القاعدة العسكرية في منطقة تل بيدر.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ('move-local-to-base-noun-trap', 'trap', 'وأرسل الجيش العراقي تعزيزات إلى القاعدة العسكرية في منطقة القائم.', '2024-01-20', []),
    ('move-no-force-to-base-noun-trap', 'trap', 'ووصلت شاحنات تجارية إلى القاعدة في قرية قسرك.', '2024-01-20', []),
    # --- session 29: a definite base noun with a force adjective points back to a base outside the theatre when its sentence names no country but the base's own («… معسكر بيورينغ. … في القاعدة الأمريكية الأكبر بالكويت») (press|trap) ---
    ('anaphor-adjective-own-outside-country', 'press', 'وأقيم حفل تسلم القيادة في معسكر بيورينغ أمس. وألقى القائد الجديد كلمة في القاعدة الأمريكية الأكبر بالكويت.', '2024-07-20', [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "بيورينغ"}]),
    ('anaphor-adjective-other-outside-country-trap', 'trap', 'وأقيم حفل تسلم القيادة في معسكر بيورينغ أمس. وسقط صاروخ قرب القاعدة الأمريكية في قطر.', '2024-07-20', []),
    # --- session 29: the nominative dual «القاعدتان/قاعدتان» before «في» and a town puts the town at its base, as «قاعدتين/القاعدتين» does («القاعدتان الأمريكيتان في الشدادي ورميلان») (press|trap) ---
    ('dual-nominative-towns', 'press', 'وتعرضت القاعدتان الأمريكيتان في الشدادي ورميلان لقصف صاروخي.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ('dual-nominative-indefinite', 'press', 'وتعرضت قاعدتان أمريكيتان في الشدادي وتل بيدر لهجوم بالمسيرات.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "تل بيدر"}]),
    ('dual-nominative-no-force-trap', 'trap', 'وتقع القاعدتان في الشدادي وتل بيدر.', '2024-01-20', []),
    # --- session 29: a noun of a post or gathering before a force owned with ل and «في» a base («تجمعا للقوات الأمريكية في قاعدة التنف», «مقرا للقوات الأمريكية في …») puts the force at the base; another owner noun («دعما للقوات …»), a local force or the coalition alone gives nothing (press|trap) ---
    ('gathering-owned-force-at-base', 'press', 'وقال الفصيل إنه ضرب تجمعا للقوات الأمريكية في قاعدة التنف بطائرتين مسيرتين.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('post-owned-force-at-base', 'press', 'وأصابت رشقة صاروخية مقرا للجيش الأمريكي في قاعدة عين الأسد غرب الأنبار.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ('support-owned-force-at-base-trap', 'trap', 'وقدمت الحكومة دعما للقوات الأمريكية في قاعدة التنف بحسب البيان.', '2024-01-20', []),
    ('gathering-owned-local-force-trap', 'trap', 'وقصفت المسيرات تجمعا للقوات العراقية في قاعدة عين الأسد.', '2024-01-20', []),
    ('gathering-owned-coalition-trap', 'trap', 'وسقطت قذيفة على موقع للتحالف الدولي في حقل العمر.', '2024-01-20', []),
    ('gathering-owned-coalition-us-wounded-trap', 'trap', 'وأصاب هجوم بمسيرة مقرا للتحالف الدولي في مطار أربيل، وجرح فيه جنديان أمريكيان.', '2024-01-20', []),
    # --- session 29: an adjective of the kind of site right after a base's name («حقل العمر النفطي», «قاعدة بلد الجوية») does not break the link to a presence clause after the phrase that locates it («في ريف الحسكة، الذي تنتشر فيه القوات الأمريكية») (press|trap) ---
    ('kind-adjective-then-locator-clause', 'press', 'وشوهد الدخان يتصاعد من قاعدة حقل العمر النفطي في ريف دير الزور، الذي تتمركز فيه القوات الأميركية، إثر القصف.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ('kind-adjective-clitic-locator-clause', 'press', 'وسقط صاروخان على قاعدة بلد الجوية بمحافظة صلاح الدين، التي تضم جنودا أمريكيين.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "قاعدة بلد الجوية"}]),
    ('kind-adjective-local-holder-trap', 'trap', 'وسقط صاروخ على حقل العمر النفطي في ريف دير الزور، الذي تسيطر عليه قسد.', '2024-01-20', []),
    ('kind-adjective-local-aircraft-trap', 'trap', 'وسقط صاروخان على قاعدة بلد الجوية في محافظة صلاح الدين التي تضم طائرات عراقية.', '2024-01-20', []),
    # --- session 29: an unnamed base hosting a force («قاعدة جوية في العراق تستضيف قوات أمريكية») is the one base of that country the first base-naming sentence after it names, within three sentences («… على قاعدة عين الأسد في الأنبار»); a base of another country, another state's base, a further site («قاعدة أخرى») or two bases give nothing (press|dev|trap) ---
    ('named-after-unnamed-host-next', 'dev', 'وقال مسؤول أمريكي إن مسيرات استهدفت قاعدة جوية في العراق تستضيف قوات أمريكية صباح الثلاثاء. وبين المسؤول أن المسيرات وجهت نحو قاعدة عين الأسد بمحافظة الأنبار.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ('named-after-unnamed-host-third', 'press', 'وقالت مصادر أمنية إن مسيرة ضربت قاعدة في سوريا تضم قوات أمريكية مساء الأحد. وهددت الفصائل بمواصلة هجماتها. وتأتي الهجمات منذ منتصف أكتوبر. وقال مصدر محلي إن المسيرة سقطت داخل قاعدة الشدادي جنوب الحسكة.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ('named-after-other-country-trap', 'trap', 'وقال مسؤول إن صاروخا استهدف قاعدة في سوريا تضم قوات أمريكية. وفي وقت لاحق سقطت مسيرة قرب قاعدة عين الأسد في العراق.', '2024-01-20', []),
    ('named-after-other-state-trap', 'trap', 'وقالت مصادر إن مسيرة ضربت قاعدة في سوريا تستضيف قوات أمريكية. وفي الساحل تصدت الدفاعات لمسيرات قرب قاعدة حميميم الروسية.', '2024-01-20', [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "قاعدة حميميم"}]),
    ('named-after-further-site-trap', 'trap', 'وقال مسؤول إن مسيرة ضربت قاعدة في العراق تستضيف قوات أمريكية. كما سقط صاروخ على قاعدة أخرى هي قاعدة بلد.', '2024-01-20', []),
    ('named-after-two-bases-trap', 'trap', 'وقال مسؤول إن صاروخا استهدف قاعدة في العراق تضم قوات أمريكية. وتعرضت قاعدتا حرير وبلد لهجمات الشهر الماضي.', '2024-01-20', []),
    ('named-after-no-force-trap', 'trap', 'وقالت مصادر إن صاروخا سقط على قاعدة في العراق. وتضررت مبان في قاعدة بلد الشهر الماضي.', '2024-01-20', []),
    # --- session 29: a construct dual of a base noun («قاعدتي X وY», «معسكري X وY») whose one base the article ties to a national force gives the other base, in the same country, the same force; another country, another state's adjective or the coalition alone gives nothing (press|dev|trap) ---
    ('dual-partner-anaphor-host', 'dev', 'وأقامت قيادة قاعدتي «عريفجان» و«بيورينغ» في الكويت حفلا في معسكر عريفجان. وتسلم العقيد القيادة في القاعدة الأمريكية الأكبر بالكويت.', '2024-07-20', [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "عريفجان"}, {"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "بيورينغ"}]),
    ('dual-partner-glued-conjunction', 'press', 'وزار الوفد قاعدتي حرير وعين الأسد. وقالت القيادة إن قاعدة حرير تضم جنودا أمريكيين.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ('dual-partner-other-country-trap', 'trap', 'وزار الوفد قاعدتي التنف وعين الأسد. وقالت القيادة إن قاعدة التنف تضم جنودا أمريكيين.', '2024-01-20', [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ('dual-partner-no-force-trap', 'trap', 'وزار الوفد العراقي قاعدتي بلد والتاجي الشهر الماضي.', '2024-01-20', []),
    ('dual-partner-coalition-trap', 'trap', 'وزار الوفد قاعدتي بلد والتاجي. وقالت القيادة إن قاعدة التاجي تضم قوات التحالف الدولي.', '2024-01-20', []),
    # --- session 29: a background clause after a troop figure («بعد مقتل قائد …», «عندما حذرت من أن طهران تخطط …») tells what moved the force: its casualty and plan words and the force it names do not reach the figure; the men's own casualties («بعد إصابتهم») and casualties counted after the lead stay no deployment (press|trap) ---
    ("troops-background-killing", "press", "وستنشر واشنطن نحو 2000 جندي إضافي في الشرق الأوسط بعد مقتل قيادي بارز في الحرس الثوري الإيراني.", "2020-01-04", [{"count": 2000, "qualifier": "approx", "force": "US", "country": "Middle East", "place": None}]),
    ("troops-background-plan", "press", "وكانت واشنطن قد نشرت 12 ألف جندي إضافي في الشرق الأوسط منذ الربيع، عندما حذرت من أن طهران تخطط لضرب مصالحها.", "2020-01-04", [{"count": 12000, "qualifier": "exact", "force": "US", "country": "Middle East", "place": None}]),
    ("troops-background-own-injuries-trap", "trap", "ونقل الجيش الأمريكي 6 جنود إلى ألمانيا بعد إصابتهم بارتجاج دماغي.", "2024-01-20", []),
    ("troops-background-counted-casualties-trap", "trap", "وأرسلت واشنطن تعزيزات بعد مقتل 3 جنود أمريكيين في الأردن.", "2024-01-30", []),
    ("troops-background-plan-before-trap", "trap", "وتدرس واشنطن إرسال 4000 جندي إلى الشرق الأوسط بعد الهجوم.", "2024-01-30", []),
    # --- session 30: a base after a preposition of goal («باتجاه», «نحو», «إلى») right after a base a force leaves («أخلت القوات الأمريكية قاعدة التنف قرب الحدود باتجاه قاعدة البرج 22») is where that force goes; a group that is no force, or a crossing that is no base, gives nothing more (press|trap) ---
    ("goal-after-left-base", "press", "وأخلت القوات الأمريكية قاعدة التنف قرب الحدود العراقية باتجاه قاعدة البرج 22 في الأردن.", "2026-02-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}, {"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("goal-after-left-base-convoy", "press", "وانسحب رتل للجيش الأمريكي من قاعدة الشدادي نحو قاعدة قسرك شمال الحسكة.", "2026-02-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("goal-after-left-base-militia-trap", "trap", "وانسحبت الفصائل المسلحة من قاعدة بلد نحو قاعدة التاجي.", "2024-01-20", []),
    ("goal-after-left-base-crossing-trap", "trap", "وانسحب رتل أمريكي من قاعدة الشدادي نحو معبر الوليد الحدودي.", "2020-11-15", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    # --- session 30: an elative and a plural base noun whose relative clause names the force and points back to the bases («وآخر هذه القواعد التي أخلتها القوات الأمريكية بالكامل قاعدة قسرك», «وأبرز القواعد التي تتمركز فيها …») take the base of the predicate as that force's; a clause naming no force, or a force that strikes the site, gives nothing (press|trap) ---
    ("elative-bases-left-predicate", "press", "وآخر هذه القواعد التي أخلتها القوات الأمريكية بالكامل قاعدة قسرك شمال الحسكة.", "2026-02-11", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("elative-bases-hosting-predicate", "press", "وأبرز القواعد التي تتمركز فيها القوات الأمريكية قاعدة عين الأسد في الأنبار.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("elative-bases-targeted-trap", "trap", "وأبرز القواعد التي استهدفتها الفصائل قاعدة عين الأسد في الأنبار.", "2024-01-20", []),
    ("elative-bases-struck-site-trap", "trap", "وأبرز القواعد التي قصفتها الطائرات الأمريكية قاعدة الإمام علي في البوكمال.", "2024-01-20", []),
    # --- session 30: a force named right before a bracketed aside and «في» a base («قائد الجناح الجوي الأمريكي (الجناح 386) في قاعدة علي السالم») is at the base, as without the aside; a local force gives nothing (press|trap) ---
    ("aside-before-base-force", "press", "وقال قائد الجناح الجوي الأمريكي (الجناح 386) في قاعدة علي السالم إن المهام مستمرة.", "2023-03-10", [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "قاعدة علي السالم"}]),
    ("aside-before-base-local-trap", "trap", "وقال قائد القوات الجوية الكويتية (سلاح الجو) في قاعدة علي السالم إن المهام مستمرة.", "2023-03-10", []),
    # --- session 30: a base noun with a force adjective names the base after words that only introduce a name («القاعدة الجوية الأمريكية المعروفة باسم خراب الجير») or after «ضمن» («الواقعة ضمن نطاق حقل العمر»); no force adjective, or a local one, gives nothing (press|trap) ---
    ("described-base-known-as", "press", "وسقطت قذائف على القاعدة الجوية الأمريكية المعروفة باسم خراب الجير.", "2022-11-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("described-base-within-range", "press", "وسقطت قذيفتان داخل القاعدة الأمريكية الواقعة ضمن نطاق حقل العمر النفطي.", "2022-11-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "حقل العمر"}]),
    ("described-base-known-as-no-force-trap", "trap", "وسقطت صواريخ على القاعدة العسكرية المعروفة باسم القرية الخضراء.", "2022-11-20", []),
    ("described-base-within-local-trap", "trap", "وسقطت قذيفتان قرب القاعدة العراقية الواقعة ضمن نطاق مطار بغداد.", "2022-11-20", []),
    # --- session 30: a country right after a preposition in a base's presence clause («التي تستخدمها الولايات المتحدة في تركيا») is where, not a second force (the adjective تركيا); a second force adjective still gives its row (bug|press) ---
    ("clause-country-after-preposition", "bug", "وتمثل قاعدة إنجرليك أهم القواعد التي تستخدمها الولايات المتحدة في تركيا.", "2016-08-01", [{"count": None, "qualifier": None, "force": "US", "country": "Turkey", "place": "قاعدة إنجرليك"}]),
    ("clause-second-force-kept", "press", "وتقع قاعدة حرير التي تضم جنودا أمريكيين وبريطانيين شمال أربيل.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}, {"count": None, "qualifier": None, "force": "British", "country": "Iraq", "place": "حرير"}]),
    # --- session 30: «لاسيما/لا سيما إذا» after the last base opens a trailing "especially if" clause with or without a comma: the bases before it are told as fact; a condition before the base still gives nothing (press|trap) ---
    ("condition-especially-if-trails", "press", "وقال قائد الجناح الجوي الأمريكي في قاعدة علي السالم إن الكويت ستكون في قلب التطورات لاسيما إذا صعدت إيران.", "2023-03-10", [{"count": None, "qualifier": None, "force": "US", "country": "Kuwait", "place": "قاعدة علي السالم"}]),
    ("condition-especially-if-split", "press", "وقال مسؤول إن القوات الأمريكية المتمركزة في قاعدة التنف باقية لا سيما إذا تواصلت الهجمات.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("condition-before-base-trap", "trap", "وستنسحب القوات الأمريكية من قاعدة حرير إذا طلبت بغداد ذلك لاسيما بعد الهجمات.", "2024-01-20", []),
    # --- session 30: after a force's withdrawal, a base followed in its sentence by a passive withdrawal pointing back to it («وقاعدة تل أبيض …، وقد تم إخلاؤها», «… تم إخلاؤهما») is that force's; the passive names no agent, so a state named near it («بعد تعرضها لقصف مدفعي تركي») is not the force that leaves; no withdrawal before, another group's, or a relative clause of a town in between gives nothing (press|trap) ---
    ("thread-passive-left-after", "press", "وشرعت الإدارة الأمريكية في سحب قواتها من مواقعها في شمال شرق سوريا. وقاعدة تل أبيض قرب الحدود التركية، وقد تم إخلاؤها كليا.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة تل أبيض"}]),
    ("thread-passive-left-after-dual", "press", "وشرعت الإدارة الأمريكية في سحب قواتها من مواقعها في شمال شرق سوريا. وقاعدة عين عيسى، وقاعدة المبروكة القريبة من رأس العين، تم إخلاؤهما.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة عين عيسى"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة المبروكة"}]),
    ("thread-passive-agentless-keeps-force", "press", "وشرعت الإدارة الأمريكية في سحب قواتها من مواقعها في شمال شرق سوريا. وقاعدة كوباني، وتعرف أيضا باسم قاعدة خراب العشاق، تم إخلاؤها بعد تعرضها لقصف مدفعي تركي. وقاعدة تل أبيض قرب الحدود، وقد تم إخلاؤها.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة لافارج"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة تل أبيض"}]),
    ("thread-passive-no-withdrawal-trap", "trap", "وأعلنت وزارة الدفاع الروسية أن قاعدة حميميم تعمل بشكل طبيعي. وقاعدة تل أبيض، وقد تم إخلاؤها أمس.", "2019-10-17", []),
    ("thread-passive-other-group-trap", "trap", "وأخلت الفصائل مقراتها في البوكمال. وقاعدة التنف، وقد تم إخلاؤها أمس.", "2024-01-20", []),
    ("thread-passive-relative-town-trap", "trap", "وشرعت الإدارة الأمريكية في سحب قواتها من مواقعها في شمال شرق سوريا. وتقع قاعدة تل أبيض قرب مدينة عين عيسى التي تم إخلاؤها.", "2019-10-17", []),
    # --- session 30: a force that takes a base as its headquarters, in a clause after it or as the subject after the verb («القوات الأمريكية التي تتخذ من قاعدة حرير مقرا لها», «المتخذة من …», «وتتخذ القوات الأمريكية من قاعدة حرير مقرا») is there; an armed group, a local force, or «من» a country and a base gives nothing (press|trap) ---
    ("headquarters-relative-after-force", "press", "وقالت المصادر إن القوات الأمريكية التي تتخذ من قاعدة حرير مقرا لها رفعت حالة التأهب.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("headquarters-participle-after-force", "press", "وقالت المصادر إن القوات الأمريكية المتخذة من قاعدة عين الأسد مقرا لها رفعت حالة التأهب.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("headquarters-subject-after-verb", "press", "وتتخذ القوات الأمريكية من قاعدة حرير مقرا لها منذ سنوات.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("headquarters-armed-group-trap", "trap", "وقال إن الفصائل التي تتخذ من قاعدة الإمام علي مقرا لها تعرضت لقصف.", "2024-01-20", []),
    ("headquarters-local-army-trap", "trap", "وقال إن الجيش العراقي الذي يتخذ من قاعدة عين الأسد مقرا للفرقة السابعة نشر قوات.", "2024-01-20", []),
    ("headquarters-launch-area-trap", "trap", "وتتخذ الفصائل من محيط قاعدة عين الأسد منطلقا لهجماتها على القوات الأمريكية.", "2024-01-20", []),
    # --- session 30: a force that owns troops with «ل» or «لدى» right before «في» a base («وللولايات المتحدة قوات في قاعدة العديد», «ولدى واشنطن جنود في قاعدة حرير») is there; another state gives its own force; a state that is no force, or a sender, gives nothing (press|trap) ---
    ("possessed-troops-at-base", "press", "وللولايات المتحدة قوات في قاعدة العديد في قطر.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Qatar", "place": "قاعدة العديد"}]),
    ("possessed-troops-lada-at-base", "press", "ولدى واشنطن جنود في قاعدة حرير شمال أربيل.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("possessed-troops-other-state", "press", "ولروسيا قوات في قاعدة حميميم.", "2024-01-20", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "قاعدة حميميم"}]),
    ("possessed-troops-local-state-trap", "trap", "وللعراق قوات في قاعدة عين الأسد.", "2024-01-20", []),
    ("possessed-troops-sender-trap", "trap", "وأرسلت الولايات المتحدة قوات في قاعدة العديد.", "2024-01-20", []),
    # --- session 30: gazetteer spellings seen in the press: «خراب العشاق» for the Lafarge (Kharab Ishk) base, «مطار روباريا» for the al-Malikiyah airstrip; the bare village stays a village (press|trap) ---
    ("alias-kharab-al-ushaq", "press", "وأخلت القوات الأمريكية قاعدة خراب العشاق قرب عين العرب.", "2019-10-17", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قاعدة لافارج"}]),
    ("alias-rubariya-airport", "press", "وسقطت قذائف على مطار روباريا الذي تتمركز فيه قوات أمريكية.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "المالكية"}]),
    ("alias-rubariya-village-trap", "trap", "وحلقت مروحيات قرب قرية روباريا جنوب المالكية.", "2024-01-20", []),
    # --- session 31: soldiers named as the subject before a casualty word («5 جنود أمريكيين أصيبوا بجروح جراء هجوم استهدف الخميس قاعدة …», «وكان جنديان أمريكيان قد قتلا … في الهجوم على الموقع المعروف باسم البرج 22») tie the attacked base to their force; soldiers of the host state, or a force that is no soldiers' («الجيش الأمريكي … إصابة»), give nothing (press|trap) ---
    ("casualty-subject-wounded", "press", "وقال مسؤول إن 5 جنود أمريكيين أصيبوا بجروح طفيفة إثر هجوم طال فجر الخميس قاعدة القرية الخضراء.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "القرية الخضراء"}]),
    ("casualty-subject-killed-site", "press", "وكان جنديان أمريكيان قد قتلا أمس في الهجوم بطائرة مسيرة على الموقع العسكري المعروف باسم البرج 22 في الأردن.", "2024-01-29", [{"count": None, "qualifier": None, "force": "US", "country": "Jordan", "place": "البرج 22"}]),
    ("casualty-subject-host-soldiers-trap", "trap", "وقالت الوزارة إن 4 جنود عراقيين أصيبوا جراء هجوم استهدف قاعدة بلد الجوية.", "2024-01-20", []),
    ("casualty-subject-other-attack", "press", "وأفاد المسؤول بإصابة جندي أميركي بجروح في الهجوم على قاعدة قسرك، بينما لم تخلف الهجمات على حقل العمر أي أضرار.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("casualty-subject-army-not-soldiers-trap", "trap", "وقال الجيش الأمريكي إن إصابة وقعت في هجوم على قاعدة بلد الجوية.", "2024-01-20", []),
    # --- session 31: a time clause whose target verb's object is a base noun phrase and «في» the base («أصيب 12 جنديا أمريكيا بجروح حين استهدفت مسيرتان على الأقل القاعدة العسكرية في التنف») ties the base to the wounded soldiers' force; «جروح» counts as a casualty word; soldiers of the host state give nothing (press|trap) ---
    ("casualty-when-base-noun-phrase", "press", "وقالت القيادة إن 12 جنديا أمريكيا لحقت بهم جروح طفيفة حين استهدفت مسيرتان على الأقل القاعدة العسكرية في التنف.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("casualty-when-base-noun-phrase-host-trap", "trap", "وأصيب 3 جنود عراقيين حين استهدفت صواريخ القاعدة الجوية في عين الأسد.", "2024-01-20", []),
    # --- session 31: a relative clause «التي تحتلها/يحتلها» with the force after it («قاعدة عين الأسد التي تحتلها القوات الأمريكية», «التي يحتلها الأمريكيون») ties the base to that force; another occupier gives its own force; «احتلت» of a country elsewhere in the sentence gives nothing (press|trap) ---
    ("occupied-by-clause", "press", "وأعلنت الفصائل استهداف قاعدة عين الأسد التي تحتلها القوات الأمريكية بطائرة مسيرة.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("occupied-by-clause-americans", "press", "وقصفت الفصائل بالصواريخ قاعدة التنف التي يحتلها الأمريكيون.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("occupied-by-clause-other-force", "press", "وقال إن قاعدة حميميم التي تحتلها القوات الروسية تعرضت لهجوم.", "2024-01-20", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "قاعدة حميميم"}]),
    ("occupied-country-elsewhere-trap", "trap", "وتعرضت قاعدة عين الأسد لهجوم، فيما احتلت القوات الأمريكية العراق عام 2003.", "2024-01-20", []),
    # --- session 31: a sentence naming no base that opens with «القاعدة» as the topic of a predicate counting it among a force's bases («… قاعدة التنف. وتعد القاعدة من أبرز مواقع القوات الأمريكية في سوريا») ties the base named before; a predicate with no force, or «القاعدة» that does not open the sentence, gives nothing (press|trap) ---
    ("opened-anaphor-predicate", "press", "وسقطت قذائف على قاعدة التنف قرب الحدود. وتعد القاعدة من أبرز مواقع القوات الأمريكية في سوريا.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("opened-anaphor-predicate-one-of", "press", "وسقطت صواريخ على قاعدة حرير. وتعتبر القاعدة واحدة من كبرى القواعد الأمريكية بالعراق.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("opened-anaphor-predicate-no-force-trap", "trap", "وسقطت صواريخ على قاعدة حرير. وتعتبر القاعدة من أكبر القواعد العسكرية في كردستان.", "2024-01-20", []),
    ("opened-anaphor-predicate-not-opening-trap", "trap", "وسقطت صواريخ على قاعدة عين الأسد. وقالت مصادر محلية إن القاعدة من أبرز القواعد الأمريكية.", "2024-01-20", []),
    # --- session 31: withdrawal told by the verbal noun with the force's pronoun («أكملت القوات الأمريكية انسحابها من قاعدة …»), a plural verb («الأمريكيون أخلوا قاعدة …») or the future prefix س («ستسحب واشنطن قواتها من قاعدتي …») ties the base; an armed group that leaves gives nothing (press|trap) ---
    ("withdrawal-noun-pronoun", "press", "وأكملت القوات الأمريكية انسحابها من قاعدة حرير ونقل معداتها.", "2025-09-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("withdrawal-plural-verb", "press", "وذكرت مصادر محلية أن الأمريكيين أخلوا قاعدة التنف خلال الليل.", "2025-09-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("withdrawal-future-prefix", "press", "وقال المسؤول إن واشنطن ستسحب قواتها من قاعدتي عين الأسد وفيكتوريا.", "2025-09-01", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}, {"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("withdrawal-plural-verb-group-trap", "trap", "وذكرت مصادر أن المسلحين أخلوا قاعدة التنف بعد الهجوم.", "2025-09-01", []),
    # --- session 31: a force as the subject of an exposure word whose attack noun is placed «في» a base («وقال البنتاغون إن القوات الأمريكية تعرضت لهجومين في قاعدة حرير», «وتعرضت القوات الأمريكية لهجوم صاروخي في حقل كونيكو») is there; a local force, an armed group, or a base that is itself exposed gives nothing (press|trap) ---
    ("exposed-force-reported", "press", "وقالت وزارة الدفاع إن القوات الأمريكية تعرضت لهجومين في قاعدة حرير.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("exposed-force-verb-first", "press", "وتعرضت القوات الأمريكية لهجوم صاروخي في حقل كونيكو مساء الأحد.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("exposed-force-local-trap", "trap", "وقال البنتاغون إن القوات العراقية تعرضت لهجوم في قاعدة عين الأسد.", "2024-01-20", []),
    ("exposed-force-group-trap", "trap", "وقالت واشنطن إن الفصائل تعرضت لهجوم في حقل العمر.", "2024-01-20", []),
    # --- session 31: a base noun with «لها/له» and «في» right before a base («أعلنت القيادة المركزية أن صاروخين استهدفا قاعدة لها في حقل كونيكو») is owned by the force named last before it; an armed group named in between, or a local ministry, gives nothing (press|trap) ---
    ("pronoun-owner-centcom", "press", "وأعلنت القيادة المركزية أن ثلاثة صواريخ استهدفت قاعدة لها في حقل كونيكو صباح اليوم.", "2024-01-20", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "كونيكو"}]),
    ("pronoun-owner-group-trap", "trap", "وقال الجيش الأمريكي إن الفصائل قصفت قاعدة لها في التنف.", "2024-01-20", []),
    ("pronoun-owner-local-trap", "trap", "وقالت وزارة الدفاع العراقية إن صاروخين سقطا على قاعدة لها في عين الأسد.", "2024-01-20", []),
    # --- session 32: a base noun joined by «و» to the object «ب + base noun» of a keeping word shortly before («ما زال جنود أمريكيون يحتفظون بقواعد في ريف دير الزور، وقاعدة التنف») is kept by the same force; a non-base object («بحق الرد»), a local army or no keeping word gives nothing (press|trap) ---
    ("kept-joined-base", "press", "وما زال جنود أمريكيون يحتفظون بقواعد في ريف دير الزور، وقاعدة التنف قرب الحدود.", "2019-11-02", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("kept-joined-two-bases", "press", "وتحتفظ القوات الأمريكية بقاعدة قسرك، وقاعدة الشدادي جنوب الحسكة.", "2025-03-01", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}, {"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("kept-joined-right-trap", "trap", "وتحتفظ واشنطن بحق الرد في الوقت المناسب، وقاعدة التنف تعرضت لقصف أمس.", "2024-01-20", []),
    ("kept-joined-local-trap", "trap", "ويحتفظ الجيش العراقي بقواعد في محافظة الأنبار، وقاعدة عين الأسد.", "2024-01-20", []),
    ("kept-joined-no-keep-trap", "trap", "وقصفت الفصائل بقذائف الهاون مواقع في البلدة، وقاعدة حرير.", "2024-01-20", []),
    # --- session 32: a naming verb with the proclitic «و» («وتعرف باسم», «ويحمل اسم») is not counted between a described base noun («أكبر قاعدة أمريكية في الخليج في قطر») and the base it names, like the bare word; a local or another state's adjective gives nothing or its own force (press|trap) ---
    ("described-wa-naming", "press", "وتقع أكبر قاعدة أمريكية في الشرق الأوسط في قطر وتعرف باسم قاعدة العديد الجوية.", "2024-01-30", [{"count": None, "qualifier": None, "force": "US", "country": "Qatar", "place": "قاعدة العديد"}]),
    ("described-wa-naming-yahmil", "press", "وتوجد أكبر قاعدة أمريكية في شمال شرق سوريا في الحسكة ويحمل اسم قاعدة قسرك.", "2024-01-30", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "قسرك"}]),
    ("described-wa-naming-local-trap", "trap", "وتقع أكبر قاعدة عراقية في غرب البلاد في الأنبار وتعرف باسم قاعدة عين الأسد.", "2024-01-30", []),
    ("described-wa-naming-other-state", "trap", "وتقع قاعدة روسية كبيرة في ريف اللاذقية الساحلي وتعرف باسم قاعدة حميميم.", "2024-01-30", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "قاعدة حميميم"}]),
    # --- session 32: a base that is the object of a target verb («استهدفت مسيرة قاعدة …») or the subject of exposure («تعرضت قاعدة … لهجوم»), then a verb of result («ما أسفر عن», «أدى إلى») and a casualty word with the soldiers' force («إصابة ثلاثة جنود أمريكيين»), hosts that force; soldiers of the host state, of the coalition alone, or a result that is not a casualty give nothing (press|trap) ---
    ("result-casualty-target-verb", "press", "واستهدفت مسيرة مفخخة قاعدة التنف ليل الأحد، ما أسفر عن إصابة أربعة جنود أمريكيين بجروح.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("result-casualty-exposure", "press", "وتعرضت قاعدة حرير لهجوم بطائرتين مسيرتين أدى إلى إصابة جندي أمريكي.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("result-casualty-contractor", "press", "وتعرضت قاعدة عين الأسد لقصف بالصواريخ، مما أسفر عن مقتل متعاقد أمريكي.", "2021-03-03", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("result-casualty-iraqi-trap", "trap", "واستهدفت صواريخ قاعدة عين الأسد، ما أسفر عن إصابة اثنين من الجنود العراقيين.", "2024-01-22", []),
    ("result-casualty-coalition-trap", "trap", "واستهدفت صواريخ قاعدة عين الأسد، ما أسفر عن إصابة جنود من التحالف الدولي.", "2024-01-22", []),
    ("result-not-casualty-trap", "trap", "وزار الوزير قاعدة عين الأسد، ما أسفر عن انتقادات من الفصائل الأمريكية.", "2024-01-22", []),
    ("result-casualty-other-state", "press", "واستهدفت الفصائل قاعدة حميميم، ما أسفر عن مقتل جنديين من القوات الروسية.", "2024-01-22", [{"count": None, "qualifier": None, "force": "Russian", "country": "Syria", "place": "قاعدة حميميم"}]),
    # --- session 32: a sentence naming no base with a definite attack noun («الهجوم», «القصف») and a casualty word whose soldiers' force is named («وأسفر الهجوم عن إصابة ثلاثة جنود أمريكيين», «وأصيب جنديان أمريكيان في الهجوم») ties the base the sentence before named last; host-state or coalition soldiers, or an attack with a target of its own («الهجوم على السفارة»), give nothing (press|trap) ---
    ("attack-anaphor-result", "press", "واستهدفت مسيرة قاعدة الشدادي فجر الأحد. وأسفر الهجوم عن إصابة جنديين أمريكيين بجروح طفيفة.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("attack-anaphor-wounded", "press", "وسقطت ثلاثة صواريخ على قاعدة فيكتوريا. وأصيب جندي أمريكي في القصف.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "فيكتوريا"}]),
    ("attack-anaphor-subject", "press", "واستهدفت الفصائل قاعدة حرير. وقال مسؤول إن أربعة جنود أمريكيين أصيبوا في الهجوم.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("attack-anaphor-iraqi-trap", "trap", "واستهدفت الفصائل قاعدة عين الأسد. وأسفر الهجوم عن إصابة جنديين عراقيين.", "2024-01-22", []),
    ("attack-anaphor-coalition-trap", "trap", "واستهدفت الفصائل قاعدة عين الأسد. وأسفر الهجوم عن إصابة جنود من التحالف الدولي.", "2024-01-22", []),
    ("attack-anaphor-elsewhere-trap", "trap", "وزار قائد القيادة المركزية قاعدة حرير. وكان الهجوم على السفارة قد أسفر عن إصابة جنود أمريكيين.", "2024-01-22", []),
    # --- session 33: a force that deploys a weapon system at a base or reinforces the base itself («نشر الجيش الأمريكي منظومة هيمارس في قاعدة التنف», «عززت واشنطن قاعدة حرير بمنظومة باتريوت»), or trains there with live fire, is at that base; a local army, a faction or a force that publishes something about the base gives nothing (press|trap) ---
    ("base-activity-reinforce-verbal-noun", "press", "وقامت واشنطن بتعزيز قاعدة عين الأسد بمنظومات دفاع جوي.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "عين الأسد"}]),
    ("base-activity-reinforce-object", "press", "عززت الولايات المتحدة قاعدة حرير بمنظومة باتريوت جديدة.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-activity-deploy-system", "press", "نشر الجيش الأمريكي منظومة هيمارس في قاعدة التنف.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "التنف"}]),
    ("base-activity-deploy-patriot", "press", "ونشرت الولايات المتحدة أنظمة باتريوت في قاعدة حرير.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Iraq", "place": "حرير"}]),
    ("base-activity-fortify-own", "press", "وعززت القوات الأمريكية تحصيناتها في قاعدة خراب الجير.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "خراب الجير"}]),
    ("base-activity-live-fire", "press", "ونفذ الجيش الأمريكي تدريبات بالذخيرة الحية في قاعدة الشدادي.", "2024-01-22", [{"count": None, "qualifier": None, "force": "US", "country": "Syria", "place": "الشدادي"}]),
    ("base-activity-reinforce-local-trap", "trap", "عزز الجيش العراقي قاعدة عين الأسد بمنظومات دفاع جوي.", "2024-01-22", []),
    ("base-activity-deploy-local-trap", "trap", "نشر الجيش العراقي منظومة دفاع جوي في قاعدة بلد.", "2024-01-22", []),
    ("base-activity-faction-reinforce-trap", "trap", "عززت الفصائل هجماتها على قاعدة التنف.", "2024-01-22", []),
    ("base-activity-publish-trap", "trap", "ونشر المتحدث باسم البنتاغون تغريدة حول قاعدة التنف.", "2024-01-22", []),
]

EVENT_CASES = [
    # --- session 24: a US defence secretary's threat inside a quotation, «سنرد …», «ستطاردكم …» addressed to the attackers (press) ---
    ("quoted-threat-we-will-respond", "press", 'وقال وزير الدفاع الأمريكي بيت هيغسيث: "سنرد على أي هجوم يستهدف قواتنا في العراق وسوريا".', "2025-12-13", [{"type": "threat", "place": "العراق"}]),
    ("quoted-threat-pursue-you", "press", 'ووصف وزير الدفاع الأمريكي منفذ الهجوم بالجبان، قائلا: "إن استهدفتم جنودنا في أي مكان، ستطاردكم الولايات المتحدة حتى تجدكم".', "2025-12-13", [{"type": "threat", "place": "الولايات المتحدة"}]),
    ("trap-police-will-chase", "trap", "وقال الضابط إن الشرطة ستطارد المهربين على الحدود.", "2025-12-13", []),
    # --- session 24: the coalition answering "على مصادر النيران" after an attack strikes at the attack's place (press) ---
    ("coalition-return-fire-sources", "press", "وأطلقت فصائل مسلحة صواريخ على قاعدة حقل كونيكو صباح الخميس، لترد قوات التحالف على مصادر النيران.", "2024-02-08", [{"type": "attack", "place": "كونيكو", "date": "2024-02-08"}, {"type": "us_strike", "actor": "التحالف الدولي", "date": "2024-02-08"}]),
    ("coalition-return-fire-while", "press", "وقصفت الميليشيات قاعدة التحالف في حقل العمر بثلاث قذائف، فيما ردت قوات التحالف الدولي على مصادر القصف.", "2024-02-08", [{"type": "attack", "place": "حقل العمر"}, {"type": "us_strike", "place": "حقل العمر"}]),
    ("trap-return-fire-by-factions", "trap", "وأطلقت فصائل مسلحة صواريخ على قاعدة حقل كونيكو، لترد الفصائل على مصادر النيران.", "2024-02-08", [{"type": "attack", "place": "كونيكو"}]),
    ("trap-return-fire-habit", "trap", "ترد قوات التحالف عادة على مصادر النيران عند تعرض قواعدها لأي هجوم.", "2024-02-08", []),
    # --- session 24: blasts "ناجمة عن ضربات جوية لقوات التحالف" beside an attack are a coalition strike of their own (press) ---
    ("coalition-strike-as-cause", "press", "وتزامن استهداف قاعدة الشدادي مع انفجارات ناجمة عن ضربات جوية لقوات التحالف على مواقع للفصائل في ريف البوكمال.", "2024-02-08", [{"type": "attack", "place": "الشدادي"}, {"type": "us_strike", "actor": "التحالف الدولي", "place": "البوكمال"}]),
    ("trap-cause-is-debris", "trap", "وهاجمت طائرة مسيرة قاعدة الشدادي، وتسببت بأضرار ناجمة عن سقوط الحطام.", "2024-02-08", [{"type": "attack", "place": "الشدادي"}]),
    ("trap-cause-strikes-of-factions", "trap", "وتزامن استهداف قاعدة الشدادي مع انفجارات ناجمة عن ضربات صاروخية للفصائل على مواقع في ريف البوكمال.", "2024-02-08", [{"type": "attack", "place": "الشدادي"}]),
    # --- session 24: air defences firing interceptor missiles meet an attack, they strike nobody (press) ---
    ("interceptors-fired-over-city", "press", "وقال سكان إن الدفاعات الجوية الأمريكية أطلقت صواريخ اعتراضية من منظومة سي-رام فجر الجمعة لصد هجوم على السفارة في بغداد.", "2024-02-09", [{"type": "interception", "place": "بغداد", "date": "2024-02-09"}]),
    ("interceptors-definite-adjective", "press", "وأطلقت الدفاعات الجوية الصواريخ الاعتراضية مساء الأربعاء باتجاه طائرة مسيرة قرب قاعدة حرير.", "2024-02-08", [{"type": "interception", "date": "2024-02-07"}]),
    ("interceptors-answer-the-rockets", "press", "وأطلقت الفصائل صواريخ على قاعدة حرير مساء الأربعاء، وردت الدفاعات بصواريخ اعتراضية.", "2024-02-08", [{"type": "attack", "place": "حرير", "date": "2024-02-07"}, {"type": "interception", "date": "2024-02-07"}]),
    ("trap-us-missiles-not-interceptors", "trap", "وأطلقت القوات الأمريكية صواريخ على مواقع للفصائل قرب القائم مساء الأربعاء.", "2024-02-08", [{"type": "us_strike", "date": "2024-02-07"}]),
    # --- session 24: a US adjective of a media head names the outlet's country, not the doer of the act (press) ---
    ("us-media-report-victims-us", "press", "ونقلت وسائل إعلام أمريكية سقوط قتلى في صفوف الجنود الأمريكيين جراء قصف صاروخي طال مساء أمس قاعدة عين الأسد.", "2024-02-08", [{"type": "attack", "place": "عين الأسد", "date": "2024-02-07"}]),
    ("us-newspaper-reports-attack", "press", "وذكرت صحيفة أمريكية بسقوط جرحى إثر قصف بالصواريخ طال فجر أمس قاعدة حرير.", "2024-02-08", [{"type": "attack", "place": "حرير", "date": "2024-02-07"}]),
    # --- session 24: a group's sites after «قرب» locate the act; they are not its object (press) ---
    ("strike-on-base-near-militia-sites", "press", "وكانت ضربات بطائرة مسيرة قد طالت في 3 آب مركزا للتحالف داخل قاعدة التنف، قرب مواقع ميليشيات موالية لإيران.", "2022-08-20", [{"type": "attack", "place": "التنف", "date": "2022-08-03"}]),
    ("trap-strike-on-militia-sites-near-town", "trap", "وطالت غارات جوية فجر اليوم مواقع لكتائب حزب الله قرب القائم.", "2024-02-03", [{"type": "us_strike", "date": "2024-02-03"}]),
    # --- session 24: «إحدى الضربتين» as subject: the strike noun after a partitive head (press) ---
    ("one-of-two-strikes-hit", "press", "وقال المسؤول إن إحدى الغارتين أصابت مخزنا للأسلحة، وطالت الأخرى مقرا. واستهدفت إحدى الضربتين مركزا للقيادة قرب الميادين.", "2023-11-14", [{"type": "us_strike", "place": "الميادين"}]),
    ("trap-one-of-two-drones-hit", "trap", "واستهدفت إحدى الطائرتين المسيرتين قاعدة حرير.", "2024-01-10", [{"type": "attack", "place": "حرير"}]),
    # --- session 24: blasts that shook a base («هزت انفجارات محيط القاعدة») tell an attack on it (press) ---
    ("blasts-shook-us-base", "press", "هزت ثلاثة انفجارات، مساء السبت، محيط القاعدة الأميركية في الشدادي جنوب الحسكة.", "2022-12-04", [{"type": "attack", "place": "الشدادي", "date": "2022-12-03"}]),
    ("trap-blast-shook-market", "trap", "وهز انفجار عنيف مساء السبت سوقا شعبيا وسط مدينة الحسكة.", "2022-12-04", []),
    # --- session 24: a base that hosts coalition forces «استهدفت بهجوم» by a drone is hit; nothing is intercepted (press) ---
    ("hosting-base-hit-by-drone-passive", "press", "وأفاد مسؤول بأن قاعدة أمريكية تستضيف قوات التحالف في الحسكة استهدفت بهجوم نفذته طائرة مسيرة.", "2024-08-10", [{"type": "attack", "place": "الحسكة"}]),
    ("trap-coalition-targets-a-drone", "trap", "وأفاد مسؤول بأن قوات التحالف استهدفت طائرة مسيرة اقتربت من قاعدة الشدادي.", "2024-08-10", [{"type": "interception"}]),
    # --- session 24: a dual subject concluding talks («اختتمتا … مفاوضات») is a development, as the singular (press) ---
    ("dual-concluded-talks", "press", "وكانت واشنطن وبغداد قد أنجزتا في أيلول الماضي مباحثات شاقة تقضي بالبدء في سحب القوات.", "2024-12-24", [{"type": "other", "date": "2024-09"}]),
    ("trap-dual-concluded-no-talks", "trap", "وكان البلدان قد أنهيا في أيلول الماضي استعداداتهما لموسم الحج.", "2024-12-24", []),
    # --- session 24: «بعد سقوط الصواريخ» names the rockets told before: no second incident at the main clause's place (press) ---
    ("after-the-rockets-points-back", "press", "سقطت ثلاثة صواريخ اليوم الخميس على مطار بغداد. وأفادت وسائل إعلام بأن السفارة الأمريكية في بغداد اتخذت إجراءات وقائية بعد سقوط الصواريخ.", "2021-04-22", [{"type": "attack", "place": "مطار بغداد", "date": "2021-04-22"}]),
    ("trap-after-rockets-near-it", "trap", "وقالت السفارة الأمريكية إنها اتخذت إجراءات وقائية اليوم بعد سقوط صواريخ قربها.", "2021-04-22", [{"type": "attack", "date": "2021-04-22"}]),
    # --- session 24: «، تلاها هجوم … صباح الاثنين» tells a later incident of its own (press) ---
    ("sequel-attack-next-morning", "press", "واستهدفت طائرة مسيرة قاعدة حرير مساء الأحد، تلاها هجوم صاروخي على قاعدة عين الأسد صباح الاثنين.", "2023-11-13", [{"type": "attack", "place": "حرير", "date": "2023-11-12"}, {"type": "attack", "place": "عين الأسد", "date": "2023-11-13"}]),
    ("sequel-after-dated-summary", "press", "وشهدت ليلة الأحد ثلاث هجمات على القوات الأمريكية في الحسكة، تلاها هجوم واحد صباح الاثنين.", "2023-11-13", [{"type": "attack", "date": "2023-11-12"}, {"type": "attack", "date": "2023-11-13"}]),
    ("trap-sequel-definite-act-told-again", "trap", "وتعرضت قاعدة حرير لهجوم مساء الأحد، تلاه القصف على المطار.", "2023-11-13", [{"type": "attack", "place": "حرير", "date": "2023-11-12"}]),
    ("trap-us-planes-still-strike", "trap", "وأفادت وسائل إعلام محلية بسقوط قتلى جراء قصف نفذته طائرات أمريكية مساء أمس على مواقع للفصائل في القائم.", "2024-02-08", [{"type": "us_strike", "date": "2024-02-07"}]),
    # --- session 24: «أوقفت» + its subject + the operations it stops («نشاطاتها», «هجماتها») is a suspension (other); an arrest is not (press) ---
    ("stopped-operations", "press", "وأوقفت الجماعات الموالية لطهران، نشاطاتها ضد القواعد الأمريكية في سوريا منذ منتصف شباط.", None, [{"type": "other", "place": "سوريا"}]),
    ("stopped-suspect-trap", "trap", "وأوقفت القوات الأمنية مشتبها به في تفجير العبوة الناسفة.", None, []),
    # --- session 24: a response verb whose means is a strike verb joined after what it answers («ردت … على مصدر القصف واستهدفت») is a US strike (press; known failure) ---
    ("returned-fire-joined-verb", "press", "سقطت صواريخ على قاعدة حقل العمر، في حين ردت القوات الأمريكية على مصدر القصف واستهدفت مقار للميليشيات قرب الميادين.", None, [{"type": "attack", "place": "حقل العمر"}, {"type": "us_strike", "place": "الميادين"}]),
    # --- session 24: a word of adding («مضيفا أنه», «وأضاف المصدر أن») before an act marked another («أخرى», «آخر») tells a second act (press) ---
    ("added-other-drone", "press", "وقال المصدر إن الدفاعات أسقطت طائرة مسيرة فوق قاعدة عين الأسد، مضيفا أنه تم إسقاط طائرة مسيرة أخرى قرب قاعدة التنف.", None, [{"type": "interception", "place": "عين الأسد"}, {"type": "interception", "place": "التنف"}]),
    ("added-other-attack-before-verb", "press", "وتعرضت قاعدة الشدادي لهجوم صاروخي، وأضاف المصدر أن هجوما آخر استهدف قاعدة تل بيدر.", None, [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "تل بيدر"}]),
    ("added-again-trap", "trap", "وسقطت صواريخ على قاعدة عين الأسد، وأضاف المصدر أن القصف استهدف القاعدة مرة أخرى بعد ساعة.", None, [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 24: an intransitive launch verb + «من» with no aim word after it tells only where fire came from, no act (press) ---
    ("launch-origin-only", "press", "وقالت مصادر محلية إن القذائف انطلقت من قرى يسيطر عليها الجيش السوري غرب النهر.", None, []),
    ("launch-origin-after-act", "press", "سقطت ثلاثة صواريخ على قاعدة حقل العمر مساء الجمعة. وتشير المعلومات إلى أن الصواريخ انطلقت من بلدة الميادين.", "2024-01-07", [{"type": "attack", "date": "2024-01-05"}]),
    ("launch-origin-with-aim-trap", "trap", "وانطلقت أربعة صواريخ من ناحية ربيعة باتجاه قاعدة خراب الجير.", None, [{"type": "attack", "place": "خراب الجير"}]),
    ("launch-origin-then-fell-trap", "trap", "وانطلقت قذائف من منطقة البوكمال وسقطت داخل قاعدة التنف.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 24: «مقاتلو/مجاهدو» + a named group right after an attack verb, in a group's words, is its own claim (press) ---
    ("fighters-after-verb-claim", "press", "وجاء في بيان للفصيل: استهدف مقاتلو كتائب حزب الله قاعدة عين الأسد بصاروخين.", None, [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("own-word-fighters-claim", "press", "ضرب مجاهدو المقاومة الإسلامية في العراق قاعدة التنف بطائرة مسيرة.", None, [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    ("tribal-fighters-trap", "trap", "وهاجم مقاتلو العشائر نقاطا لقسد في ريف دير الزور.", None, [{"type": "attack", "place": "دير الزور"}]),
    # --- session 24: a response clause after a group's reporting words and a colon, quote or comma opens the act told after it (press) ---
    ("stated-response-clause", "press", "وقالت المقاومة الإسلامية في العراق في بيان: \"ثأرا لضحايا غزة، وردا على جرائم الاحتلال بحق المدنيين، هاجم مجاهدو المقاومة الإسلامية في العراق قاعدة حرير بالطيران المسير\".", None, [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("response-clause-after-act-trap", "trap", "وقصفت الطائرات الأمريكية مواقع للفصائل في القائم، ردا على هجوم استهدف قاعدة عين الأسد.", None, [{"type": "us_strike", "place": "القائم"}, {"type": "attack", "place": "عين الأسد"}]),
    # --- session 24: «تحييد»/«حيّدت» downs a weapon in flight (an interception); «تحييد العراق» is no act (press) ---
    ("neutralised-drones", "press", "وأعلنت قيادة العمليات تحييد ثلاث طائرات مسيرة فوق قاعدة حرير.", None, [{"type": "interception", "place": "حرير"}]),
    ("neutral-country-trap", "trap", "وطالب النائب بتحييد العراق عن الصراع في المنطقة.", None, []),
    # --- session 24: a state adjective a few words after a media head («وكالة سبوتنيك الروسية») is the outlet's country, no striker (press) ---
    ("outlet-country-not-striker", "press", "ونقلت وكالة سبوتنيك الروسية عن مصادر محلية أن خمسة من عناصر الكتائب قتلوا بقصف جوي على مقر لهم قرب البوكمال.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("state-air-strike-trap", "trap", "وقتل خمسة من عناصر الكتائب بقصف جوي روسي على مقر لهم قرب البوكمال.", None, [{"type": "other", "place": "البوكمال"}]),
    # session 23: a promise to make the other side regret («سنجعلهم يندمون») or of more strikes to come («ستكون هناك
    # ضربات متتالية», «سيكون هناك رد») is a threat; past strikes told as successive, or regret of someone else, are not;
    # a side «ماضية في ضرب القواعد» is not annotated a threat in the development sets (dev: ev23a_real, h3B, h4B)
    ("threat-make-them-regret", "dev", "وقال وزير الدفاع الأمريكي إن الفصائل قد تشن هجمات جديدة على قواته، مضيفا: سنجعلهم يندمون.", None, [{"type": "threat"}]),
    ("threat-strikes-to-come", "dev", "وقال مسؤول أمريكي إن ما جرى مجرد بداية وستكون هناك ضربات أخرى.", None, [{"type": "threat"}]),
    ("successive-past-strikes-trap", "trap", "وشنت الطائرات الأمريكية ضربات متتالية على مواقع الفصائل في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("going-on-striking-trap", "trap", "وأكدت الفصائل في بيان أنها ماضية في ضرب القواعد الأمريكية نصرة لغزة.", None, []),
    ("regret-of-others-trap", "trap", "وقال النائب إن الناخبين سيندمون على التصويت للحكومة.", None, []),
    # session 23: a definite dual base noun with no place of its own («استهدفت القاعدتين في شرق سوريا») points back to the
    # two places named together last (one row each), not to a place told later in the sentence (press: rt20_real)
    ("dual-anaphor-two-bases", "press", "أعلنت المقاومة الإسلامية في العراق استهداف قاعدتي التنف وحقل العمر في سوريا بالطائرات المسيرة. ويأتي ذلك بعد أيام من عملية مماثلة استهدفت القاعدتين في شرق سوريا، وسبقها قصف مواقع في الرميلان.", None, [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}, {"type": "attack", "place": "حقل العمر"}]),
    ("dual-with-own-names-trap", "trap", "هاجمت طائرة مسيرة قاعدة عين الأسد. وأعلنت الفصائل أنها ضربت القاعدتين الأمريكيتين في حقلي كونيكو والعمر.", None, [{"type": "attack", "place": "عين الأسد"}, {"type": "claim", "place": "كونيكو"}, {"type": "attack", "place": "كونيكو"}]),
    # session 23: a region, governorate or country narrowed by an "especially" phrase («إقليم كردستان، وخاصة العاصمة أربيل»,
    # «ولا سيما قاعدة التنف», «تحديدا قرب الرطبة») places the act at the narrower place (press: ev21a_real)
    ("especially-city-after-region", "press", "ويشهد إقليم كردستان العراق، وخاصة العاصمة أربيل، توترا أمنيا كبيرا في الأيام الأخيرة، حيث تكررت حوادث قصف بالصواريخ لمواقع عسكرية.", None, [{"type": "attack", "place": "أربيل"}]),
    ("especially-base-after-country", "press", "وتعرضت القواعد الأمريكية في سوريا، ولا سيما قاعدة التنف، لهجمات متكررة بالطائرات المسيرة.", None, [{"type": "attack", "place": "التنف"}]),
    ("especially-time-trap", "trap", "واستهدفت الفصائل مواقع أمريكية في العراق خاصة بعد مقتل القائد.", None, [{"type": "attack", "place": "العراق"}]),
    # session 23: the subject of a passive verb longer than the target window («قاعدتي X في …، وY في …، تعرضتا») is read
    # from the base noun heading it; «خراب جير» without the article is the base of خراب الجير (dev: ev21a_real)
    ("passive-long-subject-head", "dev", "وذكرت مصادر محلية أن قاعدتي الشدادي في ريف الحسكة الجنوبي، وتل بيدر في ريف الحسكة الشمالي، تعرضتا لقصف صاروخي.", None, [{"type": "attack", "place": "الشدادي"}]),
    ("passive-short-subject-unchanged", "trap", "وأضاف المصدر أن مقر القوات الأمريكية المتمركزة قرب مدينة الحسكة في شمال شرق سوريا تعرض لهجوم.", None, [{"type": "attack", "place": "الحسكة"}]),
    ("base-name-without-article", "dev", "وقالت المصادر إن قاعدة خراب جير تعرضت لهجوم بطائرة مسيرة.", None, [{"type": "attack", "place": "خراب الجير"}]),
    # session 23: fire launched from one place and aimed at another («أطلقت من X باتجاه/نحو/صوب Y», «وكانت وجهتها Y»):
    # every place between the launch word's «من» and the aim word is the origin, the target is what follows the aim word;
    # «نحو» before a figure is "about" (press: ev23b_real; dev: heldout8)
    ("launch-origin-aimed-country", "press", "وأفادت مصادر محلية بأن صاروخين أطلقا من قضاء القائم في غرب العراق باتجاه قاعدة أمريكية شرقي سوريا.", None, [{"type": "attack", "place": "سوريا"}]),
    ("launch-origin-destination-clause", "dev", "وانطلقت الطائرة المسيرة من بلدة الرطبة في محافظة الأنبار، وكانت وجهتها قاعدة التنف عند المثلث الحدودي.", None, [{"type": "attack", "place": "التنف"}]),
    ("launch-origin-towards", "press", "وأفاد شهود بأن طائرة مسيرة انطلقت من ريف البوكمال صوب حقل العمر.", None, [{"type": "attack", "place": "حقل العمر"}]),
    ("launch-about-figure-trap", "trap", "وأطلقت الفصائل من منطقة البغدادي نحو 10 صواريخ على قاعدة عين الأسد.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("launch-origin-no-aim-trap", "trap", "وقال المصدر إن الصواريخ أطلقت من منطقة قريبة من الحدود مع العراق.", None, [{"type": "attack", "place": "العراق"}]),
    # session 23: on a page with no date, acts told with different unresolved days («ظهر اليوم الاثنين», «مساء أمس الأحد»;
    # «فجر الخميس», «ليل الجمعة») are two incidents, and the row shows the unresolved expression; the same day told twice,
    # a day of the words reporting the act, or a bare «اليوم» beside a weekday do not split (dev: ev23b_real rz01)
    ("undated-other-relative-day", "dev", "تعرضت القاعدة الأمريكية في حقل العمر ظهر اليوم الاثنين لهجوم بطائرة مسيرة. وكانت القاعدة في حقل العمر قد تعرضت مساء أمس الأحد لهجوم مماثل.", None, [{"type": "attack", "place": "حقل العمر", "date_expr": "ظهر اليوم الاثنين"}, {"type": "attack", "place": "حقل العمر", "date_expr": "مساء أمس الأحد"}]),
    ("undated-other-weekday", "press", "سقطت ثلاثة صواريخ على قاعدة عين الأسد فجر الخميس. وسقط صاروخان على قاعدة عين الأسد ليل الجمعة.", None, [{"type": "attack", "place": "عين الأسد", "date_expr": "فجر الخميس"}, {"type": "attack", "place": "عين الأسد", "date_expr": "ليل الجمعة"}]),
    ("undated-same-day-twice-trap", "trap", "تعرضت قاعدة حرير لهجوم بطائرة مسيرة مساء الأحد. وأفادت مصادر بأن طائرة مسيرة استهدفت قاعدة حرير مساء أمس الأحد.", None, [{"type": "attack", "place": "حرير", "date_expr": "مساء الأحد"}]),
    ("undated-today-beside-weekday-trap", "trap", "استهدف هجوم صاروخي قاعدة التنف صباح اليوم. وكانت صواريخ قد سقطت على قاعدة التنف فجر الأحد.", None, [{"type": "attack", "place": "التنف", "date_expr": "صباح اليوم"}]),
    ("undated-speech-day-trap", "trap", "تعرضت قاعدة الشدادي لهجوم صاروخي فجر السبت. وقال مسؤول أمس الأحد إن صواريخ استهدفت قاعدة الشدادي.", None, [{"type": "attack", "place": "الشدادي", "date_expr": "فجر السبت"}]),
    # session 23: earlier US strikes told after «بعد» in a threat or hypothetical sentence («بالانتقام بعد هجمات أميركية
    # على الحدود», «بعد ساعات من ضربتين جويتين أمريكيتين») are a US strike of their own; a definite noun («بعد الضربات
    # الأمريكية») points back to strikes told (press: ev23a_real)
    ("after-us-strikes-in-threat", "press", "وتوعدت الفصائل بالانتقام بعد هجمات أميركية على مواقعها قرب القائم.", None, [{"type": "threat"}, {"type": "us_strike", "place": "القائم"}]),
    ("after-hours-dual-strikes", "press", "وقد يفتح ذلك الباب أمام احتمال شن المزيد من الضربات، بعد ساعات من ضربتين جويتين أمريكيتين في البوكمال.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("after-definite-strikes-trap", "trap", "وتوعدت الفصائل بالانتقام بعد الضربات الأمريكية.", None, [{"type": "threat"}]),
    # session 23: a verb of beginning with a US subject and the strikes begun («بدأت القوات الأمريكية الضربات فجر اليوم»)
    # is a dated US strike; a modal beginning («قد تبدأ») and another state's («بدأت إيران قصف») are none (dev: d_h5A; press: ev23a_real)
    ("begun-strikes-us-subject", "dev", "وبدأت القوات الأمريكية الضربات فجر اليوم السبت على مواقع في العراق.", "2024-02-03", [{"type": "us_strike", "actor": "الولايات المتحدة", "date": "2024-02-03"}]),
    ("begun-strikes-date-between", "press", "بدأت القوات الأمريكية مساء أمس الجمعة ضرب مخازن أسلحة للفصائل في دير الزور.", "2024-02-03", [{"type": "us_strike", "date": "2024-02-02"}]),
    ("begun-strikes-modal-trap", "trap", "وقال المحلل إن الولايات المتحدة قد تبدأ ضرب مواقع الفصائل في العراق.", None, []),
    ("begun-strikes-other-state-trap", "trap", "وبدأت إيران قصف مواقع المعارضة الكردية في إقليم كردستان.", None, [{"type": "attack", "place": "إقليم كردستان"}]),
    # session 23: an assassination told with no verb of striking («اغتالته الولايات المتحدة», «لاغتيال … قاسم سليماني»,
    # «انتقاما لمقتل قاسم سليماني») is a US strike of its own; a commemoration («الذكرى الثانية لاغتيال»), a killing noun
    # outside a revenge clause and another state's assassination are none (press: ev23a_real; dev: H10, H11, H12, H13)
    ("assassinated-by-us-subject", "dev", "وتصاعدت الهجمات منذ أن اغتالت الولايات المتحدة في بغداد في كانون الثاني الماضي قائد فيلق القدس.", "2020-03-01", [{"type": "us_strike", "actor": "الولايات المتحدة", "date": "2020-01"}]),
    ("assassinated-relative-clause", "press", "وجاء الهجوم ثأرا لقائد فيلق القدس الذي اغتالته واشنطن في العاصمة بغداد.", None, [{"type": "us_strike", "place": "بغداد"}]),
    ("assassination-known-victim", "dev", "وقالت طهران إن الضربة الصاروخية جاءت انتقاما لاغتيال الجنرال قاسم سليماني.", None, [{"type": "us_strike", "place": "قاسم سليماني"}]),
    ("revenge-killing-known-victim", "press", "وأطلق الحرس الثوري صواريخه على القاعدة ردا على مقتل أبو مهدي المهندس.", None, [{"type": "us_strike", "place": "أبو مهدي المهندس"}]),
    ("assassination-anniversary-trap", "trap", "وتزامن الهجوم مع إحياء الذكرى الثانية لاغتيال قاسم سليماني في بغداد.", None, []),
    ("killing-noun-reported-trap", "trap", "ونعت الكتائب في بيان مقتل قاسم سليماني ورفاقه.", None, []),
    ("assassination-other-victim-trap", "trap", "وتصاعد التوتر بعد اغتيال رئيس المكتب السياسي لحركة حماس في طهران.", None, []),
    ("assassination-present-relative-trap", "trap", "ويعد القيادي أرفع مسؤول تغتاله واشنطن منذ مقتل أبو مهدي المهندس مطلع عام 2020.", None, []),
    ("assassination-victim-told-before-trap", "trap", "وكانت غارة جوية أمريكية قد استهدفت موكب قاسم سليماني قرب مطار بغداد. وجاء القصف الإيراني انتقاما لاغتيال قاسم سليماني.", None, [{"type": "us_strike", "place": "مطار بغداد"}]),
    # session 23: a drone strike on a car carrying leaders («كان فيها قيادات في كتائب حزب الله») is a US strike; so is an act
    # whose agent follows with «من قبل» + an aircraft with a US adjective; a base used «من قبل القوات الأمريكية» is
    # the target, not the agent (press: ev23a_real)
    ("car-strike-carrying-leaders", "press", "استهدف قصف بطائرة مسيرة مساء الخميس سيارة في شرق بغداد كان فيها قيادات في كتائب حزب الله.", None, [{"type": "us_strike", "place": "بغداد"}]),
    ("agent-by-us-drone", "press", "وسقط قتيلان في قصف استهدف عجلة قرب مطار بغداد من قبل طائرة مسيرة أمريكية.", None, [{"type": "us_strike", "place": "مطار بغداد"}]),
    ("base-used-by-us-trap", "trap", "واستهدفت طائرة مسيرة قاعدة حرير التي تستخدم من قبل القوات الأمريكية.", None, [{"type": "attack", "place": "حرير"}]),
    # session 23: a pledge whose subject stands between it and what is pledged («تعهد الرئيس الأمريكي بالانتقام») is a
    # threat; a pledge to pursue the attackers («تعهد بملاحقة») is none (press: ev23a_real; dev: d_h7B)
    ("pledge-subject-between", "press", "وتعهد الرئيس الأمريكي بالانتقام لمقتل الجنود الثلاثة.", None, [{"type": "threat"}]),
    ("pledge-noun-after", "press", "وجاء ذلك بعد تعهد وزير الدفاع الأمريكي بالرد بقوة وفي الوقت المناسب.", None, [{"type": "threat"}]),
    ("pledge-pursue-trap", "trap", "وتعهد رئيس الوزراء العراقي بملاحقة المسؤولين عن الهجمات.", None, []),
    # session 23: the masculine «طال» / «طاول» (reached, hit) is an attack verb like «طالت» («قصفا بثلاث طائرات
    # مسيرة طال قاعدة الشدادي»); the US name after it is its object, not its subject (press: ev23b_real rz02; dev: h2B hb13, h3B hc17)
    ("reached-masculine", "press", "وذكرت الفصائل في بيان أن قصفا بثلاث طائرات مسيرة طال قاعدة الشدادي في الحسكة.", None, [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("reached-us-forces-object", "press", "وقال المسؤول إن هجوما ثانيا طال القوات الأمريكية في العراق مساء الأحد.", None, [{"type": "attack", "place": "العراق"}]),
    ("reached-long-wait-trap", "trap", "طال انتظار الأهالي لعودة الكهرباء إلى البوكمال.", None, []),
    # session 23: a relative clause after the base («تعرضت قاعدة حقل العمر، التي ينتشر فيها جنود أمريكيون …،
    # لقصف») may hold the «ل» + attack noun up to 20 words from the verb (press: ev23b_real rz17)
    ("suffered-after-long-relative", "press", "تعرضت قاعدة حقل العمر، التي ينتشر فيها جنود أمريكيون ومقاتلون من قوات سوريا الديمقراطية في ريف دير الزور، لقصف صاروخي.", None, [{"type": "attack", "place": "حقل العمر"}]),
    # session 23: «مع» / «إلى جانب» before a single attack noun marked «آخر», «ثان», «مماثل» tells a second incident of
    # the sentence at its own place; plural attacks after them stay background, and after a claim the act beside it
    # is left alone (it came out a claim: blindA hc06) (press: ev21a_real rx01)
    ("beside-another-attack", "press", "قصفت الفصائل قاعدة الشدادي بالصواريخ، إلى جانب هجوم آخر استهدف قاعدة حرير قرب أربيل.", None, [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "حرير"}]),
    ("with-another-attack", "press", "أصابت طائرة مسيرة قاعدة التنف، وترافق ذلك مع هجوم آخر استهدف بطائرتين موقعا أمريكيا قرب مخيم الركبان.", None, [{"type": "attack", "place": "التنف"}, {"type": "attack", "place": "مخيم الركبان"}]),
    ("with-similar-attack", "press", "قصفت الفصائل قاعدة عين الأسد بالتزامن مع هجوم مماثل على قاعدة حرير.", None, [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "حرير"}]),
    ("beside-claim-trap", "trap", "وجاء هجوم حرير بعد يوم من إعلان الفصائل قصف قاعدة الشدادي بالصواريخ، إلى جانب هجوم آخر استهدف مطار أربيل.", "2024-01-12", [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("with-plural-attacks-trap", "trap", "تعرضت قاعدة التنف لهجوم بطائرة مسيرة، بالتزامن مع هجمات أخرى في سوريا.", None, [{"type": "attack", "place": "التنف"}]),
    # session 23: a plural verb of starting («شرعوا في مغادرة», «بدأوا الانسحاب») makes the departure an other row, as
    # the singular ones do (dev: H14 hq18)
    ("began-leaving-plural", "dev", "وأكد شهود أن الجنود الأمريكيين شرعوا منذ أيام في مغادرة قاعدة عين الأسد على دفعات.", None, [{"type": "other", "place": "عين الأسد"}]),
    ("began-withdrawal-plural", "press", "وأفاد مصدر أمني بأن المستشارين الأمريكيين بدأوا الانسحاب من قاعدة التاجي.", None, [{"type": "other"}]),
    # session 23: a name with «ل» right after a reporting verb or a source noun («قالت مصادر أمنية للميادين») is the
    # channel the source told, not where the act happened (press: ev23b_real rz12)
    ("told-channel-not-place", "press", "وتعرضت القوات الأميركية في قاعدة عين الأسد لاستهداف بطائرة مسيرة، حسبما قالت مصادر أمنية للميادين.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("told-channel-after-verb-base", "press", "وأكد مصدر عسكري للميادين أن صاروخين سقطا داخل قاعدة حقل العمر.", None, [{"type": "attack", "place": "حقل العمر"}]),
    ("toward-town-trap", "trap", "وقصفت القوات الأمريكية بالمدفعية مواقع للفصائل في الطريق المؤدي للميادين.", None, [{"type": "us_strike", "place": "الميادين"}]),
    # session 23: a verb of managing opening a clause («فيما نجحت الدفاعات المنتشرة هناك في إسقاط», «، وتمكنت …
    # من إسقاط») tells the interception a few words on, an event beside the attack; «إسقاط طائرتين» downs aircraft
    # though no drone word follows (press: ev23b_real rz07, ev21a_real rx01)
    ("managed-downing-after-while", "press", "هاجمت ثلاث طائرات مسيرة قاعدة التنف، فيما نجحت الدفاعات الأمريكية المنتشرة هناك في إسقاط طائرتين.", None, [{"type": "attack", "place": "التنف"}, {"type": "interception", "place": "التنف"}]),
    ("managed-downing-joined", "press", "استهدفت ثلاث طائرات مسيرة قاعدة حرير، وتمكنت منظومة الدفاع الجوي في القاعدة من إسقاط طائرتين.", None, [{"type": "attack", "place": "حرير"}, {"type": "interception", "place": "حرير"}]),
    ("managed-hit-trap", "trap", "هاجمت ثلاث طائرات مسيرة قاعدة التنف، وتمكنت الطائرة الثالثة من إصابة القاعدة.", None, [{"type": "attack", "place": "التنف"}]),
    # session 23: a third state named as the doer right before the act's verb («إسرائيل استهدفت») or as the aircraft
    # that carried it out («نفذتها طائرتان إسرائيليتان», «شنت طائرات حربية إسرائيلية») makes the act an other development;
    # the state after a preposition, in a relative clause of the background, or as the object after the verb stays
    # no doer (press: ev23b_real rz11 rz16; trap: d_h7B)
    ("third-state-named-before-verb", "press", "وأفاد المرصد بأن إسرائيل قصفت مواقع في ريف دمشق ليل الأحد.", "2024-03-05", [{"type": "other", "place": "ريف دمشق"}]),
    ("third-state-object-after-verb-trap", "trap", "وأعلن الحرس الثوري أنه قصف إسرائيل بمئات الصواريخ ردا على اغتيال قادته.", None, []),
    ("third-state-aircraft-did-it", "press", "وذكرت مصادر أن الغارة نفذتها طائرتان إسرائيليتان مسيرتان واستهدفت مستودعا للذخيرة قرب القائم.", None, [{"type": "other", "place": "القائم"}]),
    ("third-state-warplanes-launched", "press", "شنت طائرات حربية إسرائيلية غارات على مواقع للفصائل في البوكمال.", None, [{"type": "other", "place": "البوكمال"}]),
    ("third-state-background-trap", "trap", "تعرضت قاعدة عين الأسد لهجوم بطائرة مسيرة في ظل الحرب التي تشنها إسرائيل على غزة.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("third-state-support-trap", "trap", "استهدفت الفصائل قاعدة حرير بطائرتين مسيرتين ردا على دعم واشنطن لإسرائيل.", None, [{"type": "attack", "place": "حرير"}]),
    # session 23: «استشهد» (fell as a martyr) names the dead of an act told by its noun (press: ev23b_real rz16)
    ("martyred-in-raid", "press", "استشهد أربعة من عناصر الحشد في غارة إسرائيلية جوية على مقر في القائم.", None, [{"type": "other", "place": "القائم"}]),
    # session 22: «وكان الوزير قد وصل إلى الأردن الأحد»: arrival with إلى + a named place right after وصل is a visit; «وصل صداه
    # إلى البوكمال» (an echo) is none (dev: NEW-DEV; trap: heldout)
    ("arrived-visit-subject-before", "dev", "وكان وزير الدفاع الأمريكي قد وصل إلى بغداد يوم الأحد قادما من عمان.", "2023-03-07", [{"type": "visit", "date": "2023-03-05"}]),
    ("arrival-echo-trap", "trap", "وانفجرت عبوة قرب الحدود ووصل صداه إلى البوكمال.", None, []),
    # session 22: «بعد غارات جوية أميركية استهدفت …» after an attack on a US base opens the clause of the earlier US strikes:
    # the attack keeps its base, the strikes are an undated US strike of their own place (dev: NEW-DEV); plain plural
    # attacks after بعد stay a series (trap)
    ("after-us-strikes-clause", "dev", "وكانت القاعدة الأمريكية في حقل العمر قد تعرضت لقصف بقذائف صاروخية، بعد غارات جوية أمريكية استهدفت مواقع للحشد الشعبي قرب البوكمال.", None, [{"type": "attack", "place": "حقل العمر"}, {"type": "us_strike", "place": "البوكمال"}]),
    ("after-us-strikes-no-adjective-air", "press", "وتعرضت قاعدة التنف لهجوم بطائرة مسيرة، بعد ضربات أمريكية طالت مخازن للأسلحة في القائم.", None, [{"type": "attack", "place": "التنف"}, {"type": "us_strike", "place": "القائم"}]),
    ("after-plain-attacks-trap", "trap", "وتعرضت قاعدة التنف لهجوم بطائرة مسيرة، بعد هجمات متكررة في الأسابيع الماضية.", None, [{"type": "attack", "place": "التنف"}]),
    # session 22: weapons with the adjective of a state that strikes US forces («بصواريخ إيرانية») make the act an attack
    # on them, though the sentence names dead of the other side («ردا على مقتل قائد فيلق القدس») (dev: H14)
    ("state-weapons-passive-attack", "dev", "وكانت قاعدة عين الأسد قد استهدفت في كانون الثاني 2020 بصواريخ باليستية إيرانية، ردا على مقتل قائد فيلق القدس.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("state-weapons-made-in-iran", "press", "واستهدفت فصائل مسلحة قاعدة حرير بصواريخ إيرانية الصنع مساء أمس.", "2024-02-10", [{"type": "attack", "place": "حرير"}]),
    # session 22: a US reporter's «أن قوات بلاده قصفت», «إن بلاده نفذت ضربة»: his country (or its forces) is the subject,
    # the act is a US strike; «أن قوات بلاده تعرضت لهجوم» stays an attack on them (press, NEW-DEV, ev21)
    ("own-country-forces-struck", "press", "وأعلن وزير الدفاع الأمريكي أن قوات بلاده قصفت مخزنين للأسلحة قرب البوكمال يستخدمهما الحرس الثوري.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("own-country-carried-out-strike", "press", "وقال مسؤول عسكري أمريكي إن بلاده نفذت ضربة جوية على مخزن أسلحة في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("own-country-army-targeted", "press", "وأكد المتحدث باسم البنتاغون أن جيش بلاده استهدف منشأة للحرس الثوري في دير الزور.", None, [{"type": "us_strike"}]),
    ("own-country-forces-suffered-trap", "trap", "وأفاد المسؤول الأمريكي بأن قوات بلاده تعرضت لهجوم بطائرة مسيرة في قاعدة التنف.", None, [{"type": "attack", "place": "التنف"}]),
    # session 22: «ويأتي هذا الهجوم بعد … من الهجوم الذي تعرضت له القاعدة», «وجاء هذا الهجوم في أعقاب هجومين مماثلين على …»:
    # the earlier act the frame recalls is a row of its own, kept apart from the act of the day at the same base (press, rev20, ev21a)
    ("frame-after-earlier-attack-same-base", "press", "وقصفت طائرات مسيرة قاعدة الشدادي مساء اليوم. ويأتي هذا الهجوم بعد ساعتين من الهجوم الصاروخي الذي تعرضت له القاعدة الأمريكية في الشدادي.", None, [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("frame-following-similar-attacks", "press", "واستهدفت مسيرة قاعدة عين الأسد. وجاء هذا الهجوم في أعقاب هجومين مماثلين على قاعدة حرير في أربيل والتنف.", None, [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "حرير"}, {"type": "attack", "place": "التنف"}]),
    ("frame-after-threats-trap", "trap", "واستهدفت مسيرة قاعدة عين الأسد. وجاء الهجوم بعد تهديدات أطلقتها الفصائل.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("frame-after-statements-trap", "trap", "واستهدفت مسيرة قاعدة عين الأسد. ويأتي الهجوم الذي طال القاعدة بعد ساعات من تصريحات للمتحدث.", None, [{"type": "attack", "place": "عين الأسد"}]),
    # session 22: blasts heard at a base, with no other words of the act («سماع دوي انفجارات داخل القاعدة», «انفجار دوّى في
    # مطار حرير») are an attack there; blasts of a strike, or heard in a town that is no base, are not (press, ev22b, H8, H12)
    ("blasts-heard-inside-base", "press", "وأفادت مصادر محلية بسماع دوي انفجارات قوية داخل القاعدة الأمريكية في الشدادي.", "2024-02-10", [{"type": "attack", "place": "الشدادي"}]),
    ("blast-sounded-at-airport-base", "press", "وقالت مصادر إن انفجارا عنيفا دوّى في مطار حرير العسكري شمالي أربيل.", "2024-02-10", [{"type": "attack", "place": "حرير"}]),
    ("blasts-heard-near-base-passive", "press", "وذكر المرصد أن دوي انفجارات سُمع في محيط القاعدة الأمريكية في حقل العمر.", "2024-02-10", [{"type": "attack", "place": "حقل العمر"}]),
    ("blast-dated-in-next-sentence", "press", "وقالت مصادر إن انفجارا عنيفا دوّى في مطار حرير العسكري. وأضافت أن دوي الانفجار سُمع قرابة العاشرة مساء يوم الأحد.", "2023-11-27", [{"type": "attack", "place": "حرير", "date": "2023-11-26"}]),
    ("blasts-after-told-strike-trap", "trap", "وارتفع الدخان من القاعدة بعد الضربة، فيما دوت انفجارات في القرية الخضراء.", "2024-02-10", []),
    ("blasts-of-strikes-trap", "trap", "وسمع دوي انفجارات عنيفة في مدينة دير الزور جراء غارات طالت مواقع للفصائل.", "2024-02-10", [{"type": "us_strike", "place": "دير الزور"}]),
    ("blasts-in-village-trap", "trap", "كما سمع دوي انفجارات في قرية مجاورة لمدينة الميادين.", "2024-02-10", []),
    ("blast-without-sound-word-trap", "trap", "وتحدث التقرير عن انفجار في مستودع قرب قاعدة حرير قبل عامين.", "2024-02-10", []),
    # session 22: a coalition or US response told by its noun («رد من قوات التحالف … استهدفت فيه مواقع») and the coalition
    # named right after a response verb («ردت قوات التحالف باستهداف») are US strikes, not attacks (press, ev22b)
    ("response-noun-from-coalition", "press", "وتعرضت قاعدة كونيكو لقصف صاروخي من جهة مجهولة، تلاه رد من قوات التحالف الدولي استهدفت فيه مواقع للفصائل في الميادين.", "2024-02-10", [{"type": "attack", "place": "كونيكو"}, {"type": "us_strike", "place": "الميادين"}]),
    ("response-noun-alone", "press", "وجاء رد من التحالف الدولي قصف فيه مواقع للميليشيات في البوكمال.", "2024-02-10", [{"type": "us_strike", "place": "البوكمال"}]),
    ("response-verb-coalition-after", "bug", "وردت قوات التحالف الدولي باستهداف مواقع للفصائل في الميادين.", "2024-02-10", [{"type": "us_strike", "place": "الميادين"}]),
    ("response-noun-from-faction-trap", "trap", "وتبع ذلك رد من الفصائل استهدفت فيه قاعدة حرير بطائرة مسيرة.", "2024-02-10", [{"type": "attack", "place": "حرير"}]),
    # session 22: a since cue after a span of time («بعد أسبوع من كمين», «بعد يومين على الهجوم») and «على» + a killing or
    # an attack after a word of revenge («ضربات انتقامية … على مقتل») open the clause of the earlier act: its place is
    # not the strike's (dev ev22c_real rx03/rx08, press)
    ("strike-after-week-of-ambush", "dev", "وأسفرت غارات نفذها الجيش الأمريكي ليل السبت عن مقتل أربعة مسلحين في سوريا، وذلك بعد أسبوع من كمين قتل جنديين أمريكيين قرب تدمر.", "2024-01-10", [{"type": "us_strike", "place": "سوريا"}, {"type": "attack", "place": "تدمر"}]),
    ("strike-days-after-attack-base", "press", "شنت القوات الأمريكية غارات على مواقع للفصائل في العراق، بعد أيام من هجوم استهدف قاعدة عين الأسد.", "2024-01-10", [{"type": "us_strike", "place": "العراق"}, {"type": "attack", "place": "عين الأسد"}]),
    ("strike-two-days-ala-attack", "press", "قصفت طائرات أمريكية مقرا للحشد في القائم بعد يومين على الهجوم الذي طال قاعدة حرير.", "2024-01-10", [{"type": "us_strike", "place": "القائم"}, {"type": "attack", "place": "حرير"}]),
    ("revenge-strikes-ala-killing", "dev", "وبدأت الولايات المتحدة تنفيذ ضربات انتقامية في سوريا على مقتل جنودها في هجوم الأردن.", "2024-01-10", [{"type": "us_strike", "place": "سوريا"}, {"type": "attack", "place": "الأردن"}]),
    ("strike-in-wake-of-attack", "press", "وقصفت طائرات أمريكية مواقع للفصائل في البوكمال، في أعقاب هجوم استهدف قاعدة التنف.", "2024-01-10", [{"type": "us_strike", "place": "البوكمال"}, {"type": "attack", "place": "التنف"}]),
    ("after-midnight-trap", "trap", "قصفت طائرات أمريكية مقرا للحشد بعد منتصف الليل في القائم.", "2024-01-10", [{"type": "us_strike", "place": "القائم"}]),
    ("revenge-strikes-ala-sites-trap", "trap", "شنت الولايات المتحدة ضربات انتقامية على مواقع للحشد في القائم.", "2024-01-10", [{"type": "us_strike", "place": "القائم"}]),
    # session 22: attacks told as future ones («شن هجمات مستقبلية») are no event, and do not absorb the attack told
    # before them (dev ev22a_real rx11, ev22c_real rx01)
    ("future-attacks-no-row", "dev", "وأضاف البيان أن الضربات ستحد من قدرة الفصائل على شن هجمات مستقبلية على القوات الأمريكية.", "2024-01-10", []),
    ("future-attacks-keep-earlier", "dev", "وقالت القيادة إنها ضربت مواقع للفصائل ردا على هجوم استهدف جنودا أمريكيين داخل سوريا. وأضافت أن الضربات تمنع شن هجمات مستقبلية على قواتها.", "2024-01-10", [{"type": "us_strike"}, {"type": "attack", "place": "سوريا"}]),
    ("future-in-other-clause-trap", "trap", "وشنت الفصائل هجوما على قاعدة حرير أمس، وتوعدت بالمزيد في المستقبل.", "2024-01-10", [{"type": "attack", "place": "حرير"}, {"type": "threat"}]),
    # session 22: a response clause that opens the sentence ends at its comma: the act told after it is read (dev h3B)
    ("leading-response-then-strike", "dev", "وفي رد على سلسلة هجمات طالت قواعد أمريكية في العراق، قصفت الولايات المتحدة مقرا للحشد الشعبي في مدينة الحلة.", "2023-12-28", [{"type": "us_strike", "place": "الحلة"}, {"type": "attack", "place": "العراق"}]),
    ("leading-response-single-attack", "press", "وردا على الهجوم على قاعدة عين الأسد، قصفت الطائرات الأمريكية مواقع للحشد في القائم.", "2023-12-28", [{"type": "us_strike", "place": "القائم"}, {"type": "attack", "place": "عين الأسد"}]),
    ("leading-response-to-that", "press", "ردا على ذلك، قصفت الطائرات الأمريكية مواقع للحشد في القائم.", "2023-12-28", [{"type": "us_strike", "place": "القائم"}]),
    ("trailing-response-unchanged-trap", "trap", "وقصفت الطائرات الأمريكية مواقع للحشد في القائم، ردا على الهجوم على قاعدة عين الأسد.", "2023-12-28", [{"type": "us_strike", "place": "القائم"}, {"type": "attack", "place": "عين الأسد"}]),
    # session 22: a base a few words after «من» is where a US strike is fired from, not its place (dev d_h5A)
    ("strike-fired-from-own-base", "dev", "ثم قصفت القوات الأمريكية بالمدفعية من قاعدتها في حقل العمر بلدة خشام شرقي الفرات.", "2024-10-28", [{"type": "us_strike", "place": "خشام"}]),
    ("strike-fired-from-named-base", "press", "وقصفت القوات الأمريكية من قاعدة كونيكو مواقع للفصائل في بلدة الميادين.", "2024-10-28", [{"type": "us_strike", "place": "الميادين"}]),
    ("strike-near-base-no-origin-trap", "trap", "وقصفت القوات الأمريكية مقرا للفصائل في الميادين.", "2024-10-28", [{"type": "us_strike", "place": "الميادين"}]),
    # session 22: a directive issued to consolidate forces («أصدر توجيهات بدمج القوات») is a development (dev h4B, H15)
    ("directive-to-consolidate", "dev", "وقال المتحدث إن الوزير أصدر اليوم توجيهات بدمج القوات الأمريكية في سوريا ضمن مواقع محددة.", "2025-04-18", [{"type": "other", "date": "2025-04-18"}]),
    ("intent-to-consolidate-trap", "trap", "وقال المتحدث إن الجيش ينوي دمج وحداته المنتشرة في سوريا خلال الأشهر المقبلة.", "2025-04-18", []),
    # session 22: operations, attacks or escalation that «will go on» (ستتواصل/سيستمر, a few words after the noun) are
    # threats; a third party's forecast, a mission or a search that goes on, or the war on داعش, is not (press, dev h2B/H10)
    ("ops-will-go-on-gap", "press", "وأكد المتحدث أن عملياتها ضد القواعد الأمريكية ستتواصل حتى انسحابها.", "2024-02-10", [{"type": "threat"}]),
    ("escalation-will-go-on", "press", "وقال القيادي إن التصعيد سيستمر ما دامت واشنطن تدعم الحرب.", "2024-02-10", [{"type": "threat"}]),
    ("attacks-will-go-on-after", "press", "وقال المتحدث باسم الكتائب: ستستمر هجماتنا حتى خروج القوات الأمريكية من العراق.", "2024-02-10", [{"type": "threat"}]),
    ("forecast-by-third-party-trap", "trap", "وأكد قيادي في الإطار التنسيقي أن هجمات المقاومة على القواعد الأمريكية ستستمر.", "2024-02-10", []),
    ("mission-will-go-on-trap", "trap", "وأوضح البيان أن مهمة التحالف في سوريا ستستمر حتى نهاية العام المقبل.", "2024-02-10", []),
    ("search-will-go-on-trap", "trap", "وقال إن عمليات البحث ستستمر حتى العثور على المفقودين.", "2024-02-10", []),
    ("war-on-isis-will-go-on-trap", "trap", "وقال القائد إن عملياتنا ضد داعش ستتواصل في سوريا.", "2024-02-10", []),
    ("going-on-supporting-trap", "trap", "وقال إن واشنطن ماضية في دعم حلفائها في المنطقة.", "2024-02-10", []),
    # session 22: a coalition subject of نفذ/شن (before or after it) and an airborne raid («إنزال جوي») are US strikes; the
    # misspelt adjective «الأميريكية» is American; an ambush («كمين») is an attack; «خلال اتصال ب…» is a call (press, ev22c)
    ("coalition-raid-subject-after", "press", "ونفذت قوات التحالف الدولي فجر اليوم إنزالا جويا على منزل في بلدة الصور شرقي دير الزور.", "2024-02-10", [{"type": "us_strike", "place": "الصور"}]),
    ("coalition-raid-subject-before", "press", "وذكرت مصادر محلية أن قوات التحالف الدولي نفذت عملية إنزال في قرية قرب البوكمال.", "2024-02-10", [{"type": "us_strike", "place": "البوكمال"}]),
    ("coalition-attacked-trap", "trap", "وشنت فصائل مسلحة هجوما بالصواريخ على قوات التحالف الدولي في حقل العمر.", "2024-02-10", [{"type": "attack", "place": "حقل العمر"}]),
    ("coalition-convoy-attacked-trap", "trap", "نفذ مسلحون هجوما على رتل لقوات التحالف قرب الشدادي.", "2024-02-10", [{"type": "attack", "place": "الشدادي"}]),
    ("misspelt-us-adjective", "press", "وكانت القوات الأميريكية قد ردت بضربات جوية على مواقع للفصائل في البوكمال.", "2024-02-10", [{"type": "us_strike", "place": "البوكمال"}]),
    ("ambush-is-attack", "press", "وقتل جنديان أمريكيان في كمين نصبه مسلحون قرب تدمر.", "2024-02-10", [{"type": "attack", "place": "تدمر"}]),
    ("police-ambush-outside-theatre-trap", "trap", "ونصبت الشرطة كمينا لعصابة تهريب في البصرة واعتقلت أفرادها.", "2024-02-10", []),
    ("call-during-with-ba", "press", "وبحث الوزير خلال اتصال بنظيره العراقي الهجمات على القواعد.", "2024-02-10", [{"type": "other"}]),
    ("call-during-interview-trap", "trap", "وقال المتحدث خلال اتصال مع الصحيفة إن الهجوم لم يوقع إصابات.", "2024-02-10", []),
    # --- session 22: places under a plural or dual head stay one row, unless the sentence counts one act for each
    # («هجومين … قاعدتين في X وY», «ضربة لكل واحدة») (press, dev d_h7A); a claim of «the base» (تبنت … استهداف القاعدة)
    # told after the act takes the act's place (press) ---
    # session 22: a joined attack verb of the same subject («…، وأطلقت صواريخ على قاعدة أخرى في حقل العمر») adds a place (press)
    ("dual-head-one-act-each", "press", "وهاجمت الفصائل قاعدتي تل بيدر شمالا والتنف جنوبا، ضربة لكل واحدة منذ الفجر.", "2023-11-07", [{"type": "attack", "place": "تل بيدر"}, {"type": "attack", "place": "التنف"}]),
    ("dual-act-noun-two-bases", "dev", "وقالت الوزارة إن ميليشيات نفذت هجومين يوم 3 آذار استهدفا قاعدتين في التنف والقرية الخضراء.", "2023-11-07", [{"type": "attack", "place": "التنف", "date": "2023-03-03"}, {"type": "attack", "place": "القرية الخضراء", "date": "2023-03-03"}]),
    ("dual-head-one-target-trap", "trap", "واستهدفت الفصائل قاعدتي التنف والشدادي بطائرات مسيرة.", "2023-11-07", [{"type": "attack", "place": "التنف"}]),
    ("claim-of-the-base-after-act", "press", "وتعرضت قاعدة خراب الجير لقصف صاروخي. وتبنت المقاومة الإسلامية في العراق في بيان استهداف القاعدة.", "2023-11-07", [{"type": "attack", "place": "خراب الجير"}, {"type": "claim", "place": "خراب الجير"}]),
    ("claim-joined-second-act-verb", "press", "وأعلنت المقاومة الإسلامية في العراق أنها استهدفت قاعدة التنف بطائرة مسيرة، وقصفت بالصواريخ قاعدة أخرى في حقل كونيكو.", "2023-11-07", [{"type": "claim", "place": "التنف"}, {"type": "claim", "place": "كونيكو"}, {"type": "attack", "place": "التنف"}, {"type": "attack", "place": "كونيكو"}]),
    ("joined-verb-other-subject-place-trap", "trap", "وقصفت الفصائل قاعدة حرير بطائرة مسيرة، وأطلقت القوات الأمريكية النار من القاعدة.", "2023-11-07", [{"type": "attack", "place": "حرير"}]),
    # session 22: «ولم تعلن أي جهة مسؤوليتها عن الهجوم» denies any claim: the attack, unclaimed (press)
    ("denied-claim-no-claimant", "press", "ولم تعلن أي جهة مسؤوليتها عن الهجوم على قاعدة الشدادي.", "2023-11-07", [{"type": "attack", "place": "الشدادي", "claimed": False}]),
    ("denied-claim-alef-maqsura", "press", "ولم تتبنى أي جهة الهجوم الذي استهدف قاعدة حرير.", "2023-11-07", [{"type": "attack", "place": "حرير"}]),
    ("named-claimant-then-negated-verb-trap", "trap", "وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم على قاعدة التنف، ولم تعلن حجم الخسائر.", "2023-11-07", [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    ("claim-statement-continued", "press", "وقالت فصائل عراقية مساء الاثنين إنها هاجمت ثلاث قواعد أمريكية في العراق وسوريا. وقالت إن هجومين منها استهدفا قاعدة عين الأسد غربي العراق.", "2023-11-07", [{"type": "claim", "place": "العراق", "date": "2023-11-06"}, {"type": "claim", "place": "عين الأسد", "date": "2023-11-06"}, {"type": "attack", "place": "عين الأسد"}]),
    ("us-statement-continued-trap", "trap", "وقال مسؤول أمريكي إن طائرة مسيرة استهدفت قاعدة حرير. وقال إن صاروخين سقطا قرب قاعدة التنف.", "2023-11-07", [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "التنف"}]),
    ("claim-of-new-base-trap", "trap", "وتعرضت قاعدة حرير لهجوم بطائرة مسيرة. وتبنت الجماعة في بيان استهداف قاعدة أخرى.", "2023-11-07", [{"type": "attack", "place": "حرير"}, {"type": "claim"}]),
    # --- session 22: an attack recalled as an earlier one («والشهر الماضي، تعرضت القاعدة لهجوم» with no publication date
    # to resolve it) or as a recurring series («تتعرض القاعدة باستمرار لهجمات», «لهجمات متكررة») stays a row of its own
    # beside the attack of the day at the same base (press, REAL-DEV ev21a/ev21c and ev22a_real)
    ("past-week-undated-article", "press", "استهدفت طائرة مسيرة قاعدة الشدادي فجر اليوم. وفي الأسبوع الماضي، تعرضت قاعدة الشدادي لهجمات بالصواريخ.", "", [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("past-month-pluperfect-undated", "press", "سقطت ثلاثة صواريخ على قاعدة عين الأسد مساء اليوم. وكانت قاعدة عين الأسد قد تعرضت لقصف مماثل الشهر الماضي.", "", [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("recurring-habitual-present", "press", "هاجمت مسيرتان قاعدة التنف ظهر الأحد. وتتعرض قاعدة التنف باستمرار لهجمات بطائرات مسيرة.", "2024-01-15", [{"type": "attack", "place": "التنف", "date": "2024-01-14"}, {"type": "attack", "place": "التنف", "date": None}]),
    ("recurring-adjective", "press", "قصف مجهولون قاعدة حقل العمر الليلة الماضية. وتعرضت قاعدة حقل العمر خلال العام لهجمات متكررة بالصواريخ.", "", [{"type": "attack", "place": "حقل العمر"}, {"type": "attack", "place": "حقل العمر"}]),
    ("past-week-published-resolves", "dev", "استهدفت طائرة مسيرة قاعدة الشدادي فجر اليوم. وفي الأسبوع الماضي، تعرضت قاعدة الشدادي لهجمات بالصواريخ.", "2024-01-15", [{"type": "attack", "place": "الشدادي", "date": "2024-01-15"}, {"type": "attack", "place": "الشدادي"}]),
    ("same-day-retold-trap", "trap", "استهدفت طائرة مسيرة قاعدة الشدادي فجر اليوم. وأفاد مصدر بأن القاعدة تعرضت لهجوم بطائرة مسيرة اليوم.", "", [{"type": "attack", "place": "الشدادي"}]),
    ("earlier-today-trap", "trap", "سقط صاروخ على قاعدة عين الأسد مساء اليوم. وكانت القاعدة قد تعرضت لهجوم صاروخي في وقت سابق من اليوم نفسه دون إصابات.", "", [{"type": "attack", "place": "عين الأسد"}]),
    ("past-week-other-base", "dev", "هاجمت مسيرة قاعدة حرير اليوم. والأسبوع الماضي تعرضت قاعدة التنف لهجوم.", "", [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "التنف"}]),
    # session 21b: a group named by a common noun claims (قالت الجماعة/الفصيل إنها استهدفت); a US ministry's
    # own air force (أعلنت وزارة الدفاع الأمريكية أن قواتها الجوية قصفت) strikes
    ("claim-common-noun-group", "press", "وقالت الجماعة في بيان مقتضب إنها استهدفت قاعدة حرير بطائرة مسيرة.", "2024-02-10", [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("claim-common-noun-faction", "press", "وقال الفصيل إنه قصف قاعدة الشدادي بثلاثة صواريخ.", "2024-02-10", [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("claim-indefinite-militia", "press", "وقالت ميليشيا تطلق على نفسها اسم الثأر إنها هاجمت قاعدة التنف فجرا.", "2024-02-10", [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    ("claim-common-noun-us-reporter-trap", "trap", "وقال البنتاغون إن الجماعة استهدفت قاعدة التنف بطائرة مسيرة.", "2024-02-10", [{"type": "attack", "place": "التنف"}]),
    ("member-of-group-not-claimant-trap", "trap", "وأعلن عضو آخر في جماعة مسلحة أن الضربات على القواعد الأمريكية جاءت من داخل البلاد.", "2024-02-10", []),
    ("militia-struck-not-claimant-trap", "trap", "ودوت انفجارات ناجمة عن غارات أمريكية استهدفت معاقل ميليشيا الحشد قرب القائم.", "2024-02-10", [{"type": "us_strike", "place": "القائم"}]),
    ("claim-verb-then-responsibility", "press", "وكانت كتائب حزب الله أعلنت أمس مسؤوليتها عن قصف قاعدة التنف.", "2024-02-10", [{"type": "claim", "place": "التنف", "date": "2024-02-09"}, {"type": "attack", "place": "التنف"}]),
    ("claim-adoption-noun", "press", "وأعلنت الجماعة تبنيها الهجوم الذي استهدف قاعدة حرير فجرا.", "2024-02-10", [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("claimed-share-of-series-trap", "trap", "وقد أعلنت فصائل مسلحة مسؤوليتها عن الكثير من تلك الهجمات.", "2024-02-10", []),
    ("denied-responsibility-trap", "trap", "ونفت طهران مسؤوليتها عن الهجوم الذي استهدف قاعدة التنف.", "2024-02-10", [{"type": "attack", "place": "التنف"}]),
    ("blamed-responsibility-trap", "trap", "وحملت واشنطن الفصائل المسلحة مسؤولية قصف قاعدة حرير.", "2024-02-10", [{"type": "attack", "place": "حرير"}]),
    ("us-ministry-own-air-force", "press", "وأعلنت وزارة الدفاع الأمريكية أن قواتها الجوية قصفت مخازن أسلحة للفصائل في البوكمال.", "2024-02-10", [{"type": "us_strike", "place": "البوكمال"}]),
    ("us-ministry-reports-faction-trap", "trap", "وقالت وزارة الدفاع الأمريكية إن الفصائل قصفت قاعدة حقل العمر بالصواريخ.", "2024-02-10", [{"type": "attack", "place": "حقل العمر"}]),
    # --- session 21b: an undated attack on a base told again at the city around it through a definite base noun after the
    # subject («استهدفت طائرتان مسيرتان القاعدة التي تتواجد في أربيل») with the same weapon is one incident (press, REAL-DEV ev21a)
    ("retold-at-city-around-base", "press", "تعرضت قاعدة حرير التي تتواجد فيها قوات أمريكية إلى هجوم بطائرتين مسيرتين. ونقلا عن وسائل إعلام، فقد استهدفت طائرتان مسيرتان القاعدة التي تتواجد في أربيل.", "", [{"type": "attack", "place": "حرير", "weapon": "drone"}]),
    ("retold-at-city-named-airport-trap", "trap", "تعرضت قاعدة حرير إلى هجوم بطائرتين مسيرتين. وفي وقت لاحق استهدفت طائرة مسيرة مطار أربيل.", "", [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "مطار أربيل"}]),
    ("retold-at-city-other-weapon-trap", "trap", "تعرضت قاعدة حرير إلى هجوم بطائرتين مسيرتين. وسقطت صواريخ على القاعدة الأمريكية في أربيل.", "", [{"type": "attack", "place": "حرير", "weapon": "drone"}, {"type": "attack", "place": "أربيل", "weapon": "rocket"}]),
    # --- session 21b: an undated act told under a dual head («قاعدتين … في دير الزور وحمص») and then at a base in one of its
    # places, with the same weapon, sums up the acts told after it: no row of its own (press, REAL-DEV ev21a); another weapon is not
    ("dual-summary-then-each-base", "press", "أفادت مصادر إعلامية بأن طائرات مسيرة مجهولة استهدفت قاعدتين للقوات الأمريكية في دير الزور وحمص. وقالت المصادر إن قاعدة حقل العمر في دير الزور تعرضت لهجوم بطائرات مسيرة. وفي السياق نفسه، تعرضت قاعدة التنف بريف حمص لهجوم مماثل بطائرات مسيرة.", "", [{"type": "attack", "place": "حقل العمر"}, {"type": "attack", "place": "التنف"}]),
    ("dual-summary-other-weapon-trap", "trap", "استهدفت طائرات مسيرة قاعدتين للقوات الأمريكية في دير الزور. وفي وقت لاحق سقطت صواريخ على قاعدة حقل العمر.", "", [{"type": "attack", "place": "دير الزور", "weapon": "drone"}, {"type": "attack", "place": "حقل العمر", "weapon": "rocket"}]),
    # --- session 21b: an undated attack told again at the base beside the town it was told at, through a definite base noun
    # («القاعدة الأمريكية في الشدادي») and the same weapon, is one incident (press, REAL-DEV ev21a/ev21b); a new name or weapon is not
    ("retold-at-base-beside-town", "press", "تعرضت القاعدة الأمريكية في مدينة الشدادي بريف الحسكة لقصف صاروخي. وقالت المصادر إن عدة قذائف صاروخية استهدفت القاعدة الأمريكية في الشدادي.", "", [{"type": "attack", "weapon": "rocket"}]),
    ("retold-in-same-context-oilfield-directorate", "press", "أقرت القوات الأمريكية بأن هجوما بالقذائف الصاروخية استهدف قاعدتها في منطقة الشدادي. وفي السياق نفسه ذكرت مصادر محلية أن صواريخ كاتيوشا سقطت على القاعدة الأمريكية بمديرية حقول نفط الجبسة.", "", [{"type": "attack", "weapon": "rocket"}]),
    ("retold-other-weapon-trap", "trap", "تعرضت القاعدة الأمريكية في مدينة الشدادي لقصف صاروخي. وقالت المصادر إن طائرة مسيرة استهدفت القاعدة الأمريكية في الشدادي.", "", [{"type": "attack", "weapon": "rocket"}, {"type": "attack", "place": "الشدادي", "weapon": "drone"}]),
    ("retold-named-base-trap", "trap", "تعرضت القاعدة الأمريكية في مدينة الشدادي بريف الحسكة لقصف صاروخي. وفي وقت لاحق، استهدفت طائرة مسيرة قاعدة الشدادي.", "", [{"type": "attack", "weapon": "rocket"}, {"type": "attack", "place": "الشدادي", "weapon": "drone"}]),
    # --- session 21b: an unplaced attack told right after a claim of a base, pointing back to its target («هجوم استهدف
    # القاعدة»), is the claimed attack told again (press, REAL-DEV rev20); «مواقع التواصل» is no plural head of targets, so
    # bases listed after it, each under its own «وقاعدة», are one row each; «وقاعدة X في Y»: Y locates X, no second target (press)
    ("claim-then-attack-points-back", "press", "وتبنت جماعة مسلحة هجوما على قاعدة حرير الجوية في أربيل. وكانت مصادر أمنية قد أفادت بوقوع هجوم استهدف القاعدة بطائرة مسيرة.", "", [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير", "weapon": "drone"}]),
    ("claim-then-other-target-trap", "trap", "وتبنت الفصائل هجوما على قاعدة التنف. وفي وقت لاحق، هاجمت طائرة مسيرة رتلا للتحالف الدولي.", "", [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": None, "weapon": "drone"}, {"type": "attack", "place": "التنف"}]),
    ("claim-list-after-social-media", "press", "وقالت الفصائل في بيان نشرته على مواقع التواصل الاجتماعي إنها قصفت بالصواريخ قاعدة التنف في حمص، وقاعدة الشدادي في الحسكة، وقاعدة خراب الجير في الحسكة أيضا.", "", [{"type": "claim", "place": "التنف"}, {"type": "claim", "place": "الشدادي"}, {"type": "claim", "place": "خراب الجير"}, {"type": "attack", "place": "التنف"}, {"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "خراب الجير"}]),
    ("claim-list-own-heads", "dev", "وأعلنت الفصائل أنها استهدفت بالطائرات المسيرة قاعدة عين الأسد في الأنبار، وقاعدة حرير في أربيل.", "", [{"type": "claim", "place": "عين الأسد"}, {"type": "claim", "place": "حرير"}, {"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "حرير"}]),
    ("dual-head-still-one-row-trap", "trap", "وقالت الفصائل على مواقع التواصل إنها قصفت قاعدتي التنف والشدادي بالصواريخ.", "", [{"type": "claim"}, {"type": "attack"}]),
    # --- session 21: real excerpts (f–z domains) with several incidents: a strike that "followed" the attack, strikes
    # "aimed" (وجهت ضربة), a noun after a time word that is no subject, claims as verbal nouns, dual targets (تعرضتا)
    ("sequel-strike-after-attack", "press", "تعرضت قاعدة الشدادي مساء أمس الثلاثاء لقصف صاروخي، تلا ذلك شن طائرات التحالف غارة على موقع الإطلاق جنوب المدينة.", "2024-05-15", [{"type": "attack", "place": "الشدادي", "date": "2024-05-14"}, {"type": "us_strike", "date": "2024-05-14"}]),
    ("sequel-pronoun-opener", "press", "وسقطت ثلاثة صواريخ قرب حقل العمر فجر اليوم الجمعة، أعقبه قصف القوات الأمريكية مواقع في بلدة ذيبان.", "2024-05-17", [{"type": "attack", "place": "حقل العمر", "date": "2024-05-17"}, {"type": "us_strike", "date": "2024-05-17"}]),
    ("sequel-no-act-trap", "trap", "تعرضت قاعدة الشدادي مساء أمس الثلاثاء لقصف صاروخي، تبعه تحليق مكثف للطيران في سماء المنطقة.", "2024-05-15", [{"type": "attack", "place": "الشدادي", "date": "2024-05-14"}]),
    ("aimed-strike-us", "press", "ووجهت القوات الأمريكية فجر الأحد ضربة جوية لمواقع تابعة للفصائل قرب البوكمال.", "2024-02-05", [{"type": "us_strike", "place": "البوكمال", "date": "2024-02-04", "actor": "الولايات المتحدة"}]),
    ("aimed-charges-trap", "trap", "ووجهت الحكومة انتقادات حادة للفصائل بعد الضربة الأمريكية على مقرها.", "2024-02-05", []),
    ("aimed-accusation-trap", "trap", "ووجهت بغداد اتهامات لجماعة مسلحة بتنفيذ الهجوم على المطار.", "2024-02-05", [{"type": "attack"}]),
    ("after-noun-not-subject", "press", "وقالت المصادر إنه عقب ذلك الهجوم قصفت القوات الأمريكية بالمدفعية قرى على الضفة الغربية للفرات.", "2024-05-17", [{"type": "us_strike"}]),
    ("noun-subject-sums-up-trap", "trap", "وقالت المصادر إن هذه الهجمات استهدفت القواعد الأمريكية في ريف دير الزور.", "2024-05-17", []),
    ("claim-verbal-noun-hastened", "press", "وسارعت فصائل المقاومة الإسلامية في العراق إلى إعلان مسؤوليتها عن الهجوم.", "2024-03-04", [{"type": "claim"}]),
    ("claim-hamza-spelling", "bug", "وأعلنت كتائب حزب الله مسؤوليتها عن استهداف قاعدة التنف صباح اليوم.", "2024-03-04", [{"type": "claim", "place": "التنف", "date": "2024-03-04"}, {"type": "attack", "place": "التنف", "date": "2024-03-04"}]),
    ("suffered-us-shelling-reported-by-group", "press", "وأعلنت الفصائل تعرض مقراتها في القائم للقصف الأمريكي فجر اليوم.", "2024-02-03", [{"type": "us_strike", "place": "القائم", "date": "2024-02-03"}]),
    ("suffered-rockets-reported-by-group-trap", "trap", "وأعلنت الفصائل تعرض قاعدة حرير لقصف بالصواريخ فجر اليوم.", "2024-02-03", [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("two-bases-two-incidents-trap", "trap", "تعرضت قاعدة الشدادي لقصف صاروخي. وقالت مصادر محلية إن عدة قذائف سقطت داخل قاعدة خراب الجير.", "", [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "خراب الجير"}]),
    ("after-indefinite-noun-relative-subject", "dev", "وهذا الاستهداف هو الثاني للقاعدة في الحسكة، بعد استهداف آخر طالها في 25 من تشرين الأول الحالي.", "2023-10-28", [{"type": "attack", "date": "2023-10-25"}]),
    ("dual-subject-suffered", "press", "وقالت مصادر محلية إن قاعدتي التنف والركبان تعرضتا لهجمات بطائرات مسيرة أمس.", "2024-01-10", [{"type": "attack", "date": "2024-01-09"}]),
    # --- session 21: the dead told as the subject before their verb («أن ثلاثة جنود أمريكيين قتلوا في هجوم») make the
    # attack noun an act, as «قتل ثلاثة جنود في هجوم» does (press, REAL-DEV rt20)
    ("casualties-subject-before-verb", "press", "وذكر مسؤولون أن جنديين أمريكيين قتلوا في هجوم بطائرة مسيرة على موقع عسكري في الأردن.", "2024-01-29", [{"type": "attack", "place": "الأردن", "killed": 2}]),
    ("casualties-subject-injured", "press", "خمسة عناصر أصيبوا في هجوم صاروخي على قاعدة عين الأسد.", "2024-01-29", [{"type": "attack", "place": "عين الأسد", "injured": 5}]),
    ("weapons-subject-before-verb-trap", "trap", "وقال الخبير إن ثلاثة صواريخ قتلت عشرات في حروب سابقة.", "2024-01-29", []),
    # --- session 21: interceptions told as "تم صده" or "أبعدت … صواريخ", or as the downing of part of the weapons
    # ("إسقاط اثنين منها"), which keeps the attack's place when told at the area around it (press, REAL-DEV and f–z pages)
    ("interception-passive-repelled", "press", "وسقط صاروخان على المنطقة الخضراء فجر اليوم. وأوضح البيان أن أحدهما تم صده بمنظومة الدفاع.", "2024-02-03", [{"type": "attack", "place": "المنطقة الخضراء"}, {"type": "interception", "place": "المنطقة الخضراء"}]),
    ("interception-drove-away-weapons", "press", "وأبعدت منظومة الباتريوت طائرتين مسيرتين عن القوات الأمريكية قرب مطار أربيل.", "2024-02-03", [{"type": "interception", "place": "أربيل"}]),
    ("drove-away-person-trap", "trap", "وأبعدت السلطات ناشطا إلى خارج البلاد.", "2024-02-03", []),
    ("interception-part-of-them", "press", "وقصفت الفصائل قاعدة حقل العمر بثلاثة صواريخ. وتمكنت الدفاعات الجوية من إسقاط اثنين منها.", "2024-02-03", [{"type": "attack", "place": "حقل العمر"}, {"type": "interception", "place": "حقل العمر"}]),
    ("interception-part-area-after-base", "press", "وأطلقت الميليشيات ستة صواريخ على قاعدة كونيكو، إلا أن الدفاعات تمكنت من إسقاط ثلاثة منها، بينما سقطت البقية قرب القاعدة شرق دير الزور.", "2024-02-03", [{"type": "attack", "place": "كونيكو"}, {"type": "interception", "place": "كونيكو"}]),
    ("foiled-part-of-plots-trap", "trap", "وأعلنت الحكومة إحباط عدد منها خلال العام الماضي.", "2024-02-03", []),
    # --- session 21: an undated US strike told at a country (غارات في العراق) and again at a place in it is one wave;
    # a second place in that country stays a strike of its own (press, real REAL-DEV and f–z pages)
    ("strike-wave-country-then-place", "press", "شنت طائرات أمريكية غارات على مواقع لفصائل مسلحة في العراق. وأفادت مصادر محلية بأن الغارات طالت مقرا في منطقة القائم.", "2024-02-03", [{"type": "us_strike", "place": "القائم"}]),
    ("strike-wave-place-then-country", "press", "قتل ثلاثة مسلحين في غارة أمريكية على البوكمال. وأعلنت القيادة المركزية أنها نفذت ضربات جوية على تسعة مواقع في سوريا.", "2024-02-03", [{"type": "us_strike", "place": "البوكمال"}]),
    ("strike-wave-two-places-trap", "trap", "شنت القوات الأمريكية ضربات في العراق. وطالت الضربات موقعا في القائم. وقصفت طائرات أمريكية مقرا في جرف الصخر.", "2024-02-03", [{"type": "us_strike", "place": "القائم"}, {"type": "us_strike", "place": "جرف الصخر"}]),
    ("attack-country-not-wave-trap", "trap", "تعرضت القوات الأمريكية لهجمات جديدة في العراق. وقصفت طائرة مسيرة قاعدة عين الأسد. وسقط صاروخ قرب قاعدة حرير.", "2024-02-03", [{"type": "attack", "place": "العراق"}, {"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "حرير"}]),
    # --- session 20c: the attack a response clause names at a base (ردا على الهجوم الذي استهدف قاعدة البرج 22) is its own row (heldout15 hr07)
    ("response-definite-attack-at-base", "dev", "نفذت القوات الأمريكية اليوم الأربعاء غارة على قيادي في بغداد. وذكرت القيادة أن الضربة جاءت للرد على الهجوم الذي استهدف قاعدة البرج 22 الأردنية.", "2024-02-08", [{"type": "us_strike", "place": "بغداد", "date": "2024-02-07"}, {"type": "attack", "place": "البرج 22", "date": None}]),
    ("response-attack-told-before", "press", "هاجمت طائرة مسيرة قاعدة البرج 22 يوم الأحد. ونفذت القوات الأمريكية اليوم الأربعاء غارة على قيادي في بغداد ردا على الهجوم على قاعدة البرج 22.", "2024-02-08", [{"type": "attack", "place": "البرج 22", "date": "2024-02-04"}, {"type": "us_strike", "place": "بغداد", "date": "2024-02-07"}]),
    ("response-definite-attack-no-base-trap", "trap", "نفذت القوات الأمريكية اليوم الأربعاء غارة على قيادي في بغداد. وذكرت القيادة أن الضربة جاءت للرد على الهجوم.", "2024-02-08", [{"type": "us_strike", "place": "بغداد", "date": "2024-02-07"}]),
    # --- session 20c: a new act (indefinite noun) told after a reporting verb and its day is dated by the report;
    # it was dropped as a lead when the statements were read, as the pipeline does (bug: dated alone without statements)
    ("report-day-new-act-noun", "bug", "أفادت مصادر أمنية مساء السبت بوقوع هجوم بطائرة مسيرة على قاعدة عين الأسد.", "2024-02-05", [{"type": "attack", "place": "عين الأسد", "date": "2024-02-03"}]),
    ("report-day-new-act-transmitted", "press", "ونقلت وكالة رويترز عن مسؤول أمريكي مساء الأحد وقوع هجوم بطائرة مسيرة على قاعدة حرير في أربيل.", "2024-02-05", [{"type": "attack", "place": "حرير", "date": "2024-02-04"}]),
    ("report-day-act-told-before-trap", "trap", "تعرضت قاعدة عين الأسد لهجوم صاروخي فجر الجمعة. وأفاد مصدر أمني مساء السبت بوقوع الهجوم على القاعدة بعد منتصف الليل.", "2024-02-05", [{"type": "attack", "place": "عين الأسد", "date": "2024-02-02"}]),
    # --- session 20c: the verbal noun "عبور" of a convoy is a movement (شهد المعبر أمس السبت عبور قافلة) (heldout15 hr03)
    ("convoy-crossing-noun", "dev", "وكان المعبر ذاته قد شهد أمس السبت عبور قافلة ثانية من ثلاثين شاحنة تحرسها مدرعات أمريكية.", "2024-08-18", [{"type": "other", "date": "2024-08-17"}]),
    ("convoy-crossing-to-base", "press", "وشهد معبر الوليد الحدودي أمس عبور رتل أمريكي باتجاه قاعدة خراب الجير.", "2024-08-18", [{"type": "other", "place": "خراب الجير", "date": "2024-08-17"}]),
    ("crossing-commercial-trap", "trap", "وتشهد المنطقة عبور شاحنات تجارية عبر الحدود يوميا.", "2024-08-18", []),
    # --- session 20c: a begun drawdown (بدأت واشنطن تقليص وجودها، قرار الخفض بدأ يوم الخميس) is an "other" development (heldout15 hr17)
    ("drawdown-begun-verb-first", "dev", "بدأت الولايات المتحدة تقليص وجودها العسكري في شمال شرق سوريا، في خطوة جاءت منذ سقوط الحكومة في كانون الأول الماضي.", "2025-04-18", [{"type": "other", "place": "شمال شرق سوريا", "date": None}]),
    ("drawdown-begun-noun-subject", "dev", "وأفاد مسؤولون بأن تنفيذ قرار الخفض بدأ يوم الخميس.", "2025-04-18", [{"type": "other", "date": "2025-04-17"}]),
    ("drawdown-begun-day-between", "press", "وشرعت واشنطن يوم الأحد في سحب قواتها من قاعدة عين الأسد.", "2025-04-18", [{"type": "other", "place": "عين الأسد", "date": "2025-04-13"}]),
    ("drawdown-begun-told-day-trap", "trap", "أعلن اليوم الثلاثاء المبعوث الأمريكي أن واشنطن شرعت في خفض وجودها العسكري على الأراضي السورية.", "2025-06-03", [{"type": "other", "place": "سوريا", "date": None}]),
    ("de-escalation-trap", "trap", "وبدأت الأطراف خفض التصعيد في المنطقة يوم الخميس.", "2025-04-18", []),
    # --- session 20c: a visit to the United States is placed there (places of acts leave the US out) (h2B hb19)
    ("visit-from-us-after", "dev", "وعاد رئيس الحكومة العراقية من الولايات المتحدة إثر زيارة التقى فيها الرئيس الأمريكي.", "2024-04-22", [{"type": "visit", "place": "الولايات المتحدة"}]),
    ("visit-to-washington", "press", "ووصل رئيس الوزراء العراقي إلى واشنطن يوم الاثنين في زيارة رسمية تستمر ثلاثة أيام.", "2024-04-22", [{"type": "visit", "place": "واشنطن", "date": "2024-04-22"}]),
    ("visit-from-washington-trap", "trap", "ووصل وزير الدفاع الأمريكي إلى بغداد قادما من واشنطن في زيارة غير معلنة.", "2024-04-22", [{"type": "visit", "place": "بغداد"}]),
    # --- session 20b: a passive strike on US forces with a partner force or the day before its means
    # (استُهدفت القوات الأميركية وقوات التحالف، الخميس، بعدة طائرات مسيّرة) is an attack (heldout15 hr15)
    ("passive-us-partner-day-drones", "dev", "كما استُهدفت القوات الأميركية وقوات التحالف، الخميس، بعدة طائرات مسيّرة.", "2023-11-23", [{"type": "attack", "date": "2023-11-23"}]),
    ("passive-us-day-rockets", "press", "واستهدفت القوات الأمريكية مساء الأحد بصواريخ كاتيوشا قرب المطار.", "2023-11-23", [{"type": "attack", "date": "2023-11-19"}]),
    ("active-us-day-object-trap", "trap", "واستهدفت القوات الأمريكية الخميس مواقع للفصائل بطائرات مسيرة.", "2023-11-23", [{"type": "us_strike", "date": "2023-11-23"}]),
    # --- session 20b: a find near "the base" placed only in that base's country goes to the base named last (heldout15 hr12)
    ("find-country-to-base", "dev", "وسقطت صواريخ على قاعدة عين الأسد صباح اليوم. وفي الوقت نفسه، أعلنت خلية الإعلام الأمني في العراق أنها عثرت على المنصة التي انطلقت منها الصواريخ، مؤكدة أن ثمانية صواريخ سقطت على القاعدة.", "2021-03-03", [{"type": "attack", "place": "عين الأسد", "date": "2021-03-03"}, {"type": "other", "place": "عين الأسد"}]),
    ("find-other-country-trap", "trap", "وسقطت صواريخ على قاعدة عين الأسد صباح اليوم. وأعلنت السلطات في سوريا أنها عثرت على منصة صواريخ متروكة قرب القاعدة.", "2021-03-03", [{"type": "attack", "place": "عين الأسد", "date": "2021-03-03"}, {"type": "other", "place": "سوريا"}]),
    # --- session 20b: a region after "المسؤولة عن" is an office's remit, not the place of its strike (heldout15 hr15)
    ("remit-region-not-place", "dev", "وكانت القيادة المركزية، المسؤولة عن الشرق الأوسط، قد أعلنت تنفيذ ضربات دقيقة على موقعين داخل العراق.", "2023-11-23", [{"type": "us_strike", "place": "العراق"}]),
    ("remit-region-masculine", "press", "وقال الجيش الأمريكي المسؤول عن سوريا إن طائراته قصفت مواقع قرب البوكمال.", "2023-11-23", [{"type": "us_strike", "place": "البوكمال"}]),
    # --- session 20b: an operation noun with a civil genitive (عمليات الإخلاء، عملية البحث) is no attack subject (heldout15 hr11)
    ("evacuation-operations-launched", "dev", "وكانت عمليات الإخلاء قد انطلقت قبل أسبوع نحو أربيل.", "2020-03-26", []),
    ("search-operation-launched", "press", "وكانت عملية البحث عن الجنود المفقودين قد انطلقت أمس.", "2020-03-26", []),
    ("resistance-operations-launched-trap", "trap", "وكانت عمليات المقاومة قد انطلقت أمس ضد القواعد الأمريكية.", "2020-03-26", [{"type": "attack", "date": "2020-03-25"}]),
    # --- session 20b: an act after a noun of fearing (خشية تعرضها لهجمات، خوفا من استهداف) is feared, not told (heldout15 hr18)
    ("fear-of-attacks-on-base", "dev", "ووسّع الجنود المستشفى الميداني في قاعدة عين الأسد خشية تعرضها لهجمات.", "2024-09-23", []),
    ("fear-from-targeting", "press", "وعززت القوات الأمريكية دفاعاتها في قاعدة التنف خوفا من استهداف القاعدة بطائرات مسيرة.", "2024-09-23", []),
    ("fear-word-after-attack-trap", "trap", "وتعرضت قاعدة عين الأسد لهجوم صاروخي أمس، ما أثار خشية الجنود.", "2024-09-23", [{"type": "attack", "place": "عين الأسد", "date": "2024-09-22"}]),
    # --- session 20: real excerpts (rev20). A strike verb in a relative clause about an attack noun (الهجمات التي
    # استهدفت القوات الأمريكية) has the US as its object, not as a verb-first subject; a target inside a state outside
    # the theatre (مواقع داخل إيران) places the act abroad though a town of the theatre follows; a response verb's
    # means may follow what it answers (وردت واشنطن على سلسلة الهجمات بثلاث ضربات)
    ("attacks-that-targeted-us-forces", "press", "ولم يعرف سبب إخفاق الدفاعات، وهو الهجوم الأول منذ بدء الهجمات التي استهدفت القوات الأمريكية في تشرين الأول.", "2024-01-29", [{"type": "attack"}]),
    ("us-forces-that-targeted-trap", "trap", "وقالت القيادة إن الطائرات التي استهدفت مواقع الفصائل في القائم أمس عادت إلى قواعدها.", "2024-01-29", [{"type": "us_strike"}]),
    ("strikes-inside-iran-then-erbil", "press", "وبدأ التصعيد يوم السبت بعد ضربات أمريكية استهدفت مواقع داخل إيران، تبعتها هجمات وصلت إلى محيط أربيل.", "2026-03-01", []),
    ("sites-owned-by-iran-in-syria-trap", "trap", "وشنت طائرات أمريكية غارات استهدفت مواقع تابعة لإيران في البوكمال فجر اليوم.", "2023-11-09", [{"type": "us_strike", "place": "البوكمال", "date": "2023-11-09"}]),
    ("answered-series-by-three-strikes", "press", "وردت واشنطن على سلسلة الهجمات بثلاث ضربات جوية على مواقع في سوريا.", "2023-11-20", [{"type": "us_strike", "place": "سوريا"}]),
    ("answered-attack-by-strikes", "press", "وردت الولايات المتحدة على الهجوم بغارات جوية على مواقع في البوكمال.", "2023-11-20", [{"type": "us_strike", "place": "البوكمال"}]),
    ("answered-after-attack-trap", "trap", "وردت واشنطن بعد الهجوم على القاعدة ببيان شديد اللهجة.", "2023-11-20", []),
    # --- session 20: real excerpts (rev20). A threat to go on attacking (تعهدت بمواصلة مهاجمة القوات); munitions
    # dropped (أسقطت الطائرتان قنابل على) are a bombing, not a downing; a coalition subject before رد + ب + means
    # (طيران التحالف رد باستهداف) is a US strike; US aircraft read with ب after a strike noun (لعدوان جوي بطائرات
    # أمريكية) or as the subject before the verb (إن طيراناً حربياً أمريكياً اعتدى بالصواريخ) fly a US strike; a
    # withdrawal told with سيكون and a month is dated to the month, not to the day it was reported
    ("vowed-to-keep-attacking", "press", "وتعهدت خمسة فصائل مسلحة في العراق بمواصلة مهاجمة القوات الأمريكية حتى خروجها.", "2024-02-05", [{"type": "threat"}]),
    ("vowed-to-keep-targeting", "press", "وتعهدت الكتائب في بيان بمواصلة استهداف القواعد الأمريكية في المنطقة.", "2024-02-05", [{"type": "threat"}]),
    ("kept-attacking-past-trap", "trap", "وواصلت الفصائل مهاجمة القواعد خلال الأشهر الماضية رغم التهدئة.", "2024-02-05", []),
    ("jets-dropped-munitions", "press", "وقال المتحدث إن طائرتين أمريكيتين أسقطتا ست قنابل موجهة على مخازن للفصائل في شرق سوريا.", "2021-02-26", []),
    ("dropped-munitions-verb-trap", "trap", "وقالت القيادة إن الدفاعات الجوية أسقطت طائرتين مسيرتين فوق القاعدة.", "2021-02-26", [{"type": "interception"}]),
    ("coalition-answered-by-targeting", "press", "وذكر المرصد أن طيران التحالف الدولي رد باستهداف مواقع للفصائل الموالية لإيران في ريف دير الزور.", "2023-03-25", [{"type": "us_strike"}]),
    ("group-answered-by-targeting-trap", "trap", "وقالت مصادر محلية إن الفصائل الموالية لإيران رد عناصرها باستهداف حقل كونيكو بالصواريخ.", "2023-03-25", [{"type": "attack", "place": "كونيكو"}]),
    ("aggression-by-us-jets", "press", "وتعرضت قرى حدودية قرب البوكمال لعدوان جوي بطائرات حربية أمريكية فجر اليوم.", "2021-06-28", [{"type": "us_strike", "date": "2021-06-28"}]),
    ("drone-attack-on-us-base-trap", "trap", "وتعرضت قاعدة عين الأسد لهجوم بطائرات مسيرة فجر اليوم.", "2021-06-28", [{"type": "attack", "place": "عين الأسد", "date": "2021-06-28"}]),
    ("us-jets-subject-accusative", "press", "وقالت مصادر محلية إن طيراناً حربياً أمريكياً اعتدى بالصواريخ فجر اليوم على مواقع قرب الحدود.", "2021-06-28", [{"type": "us_strike", "date": "2021-06-28"}]),
    ("withdrawal-will-be-in-month", "press", "ونقلت الوكالة صباح اليوم الأحد عن مصدر حكومي أن انسحاب قوات التحالف سيكون في أيلول المقبل.", "2025-08-17", [{"type": "other", "date": "2025-09"}]),
    # --- session 19b: the feminine strike verb with the target as object pronoun (طالتها ضربة جوية أمريكية)
    ("reached-it-us-air-strike", "press", "وساد الاستنفار مواقع الفصائل في البادية بعد أن طالتها ضربة جوية أمريكية ليلة الأحد.", "2021-06-28", [{"type": "us_strike", "date": "2021-06-27"}]),
    ("reached-it-rockets-of-factions", "dev", "وتعرضت القاعدة لقصف بعد أن طالتها صواريخ الفصائل ليلة الأحد.", "2021-06-28", [{"type": "attack", "date": "2021-06-27"}]),
    ("reached-it-drone-strike-on-base", "dev", "وكانت قاعدة حرير قد طالتها ضربة بطائرة مسيرة ليلة الأحد.", "2021-06-28", [{"type": "attack", "place": "حرير", "date": "2021-06-27"}]),
    # --- session 19b: an interception noun read with ل is a purpose (فعّلت المنظومة لاعتراض القصف), not a downing,
    # as the blind sets annotate it (blindA, heldout14); a verb of result before it (تمكنت لإسقاط) keeps the downing
    ("defence-activated-to-intercept", "dev", "وأوضح المصدر أن منظومة الدفاع الخاصة بالقاعدة فعّلت لاعتراض القصف.", "2024-10-01", []),
    ("defence-used-to-down", "press", "وقال مصدر أمني إن القوات الأمريكية شغلت منظومة سي رام لإسقاط المسيرات فوق القاعدة.", "2024-10-01", []),
    ("managed-to-down-trap", "trap", "وقال المصدر إن الدفاعات الجوية تمكنت من إسقاط طائرة مسيرة فوق القاعدة.", "2024-10-01", [{"type": "interception"}]),
    # --- session 19b: a strike verb with the target as object pronoun and the weapon as subject (ضربتها مسيرة)
    ("struck-it-drone-subject", "press", "واندلع حريق في قاعدة حرير قرب أربيل بعدما ضربتها طائرة مسيرة مساء اليوم الخميس.", "2023-11-09", [{"type": "attack", "place": "حرير", "date": "2023-11-09"}]),
    ("struck-it-idiom-trap", "trap", "وقالت الحكومة إن الأزمة ضربتها بقوة خلال العام الماضي.", "2023-11-09", []),
    ("its-second-strike-noun-trap", "trap", "وتعرضت قاعدة عين الأسد لقصف صاروخي اليوم الخميس، وهي ضربتها الثانية هذا الأسبوع.", "2023-11-09", [{"type": "attack", "place": "عين الأسد", "date": "2023-11-09"}]),
    # --- session 19b: a launch told in a time clause (حين، عندما) and the downing of its weapons in the main clause
    # (في إسقاطها): the downing is an interception of its own, dated by the time clause
    ("when-launch-then-downing", "press", "وحين أطلقت إيران صواريخ ومسيرات على إسرائيل في نيسان، ساهم الأردن في إسقاطها.", "2024-06-18", [{"type": "interception", "place": "الأردن", "date": "2024-04"}]),
    ("when-launch-then-intercepting", "dev", "وعندما أطلقت إيران طائرات مسيرة نحو إسرائيل خلال أبريل الماضي، أدت الدفاعات الأردنية دورا في اعتراضها.", "2024-06-18", [{"type": "interception", "date": "2024-04"}]),
    ("when-launch-no-downing-trap", "trap", "وحين أطلقت إيران صواريخ على إسرائيل في أبريل، أعلنت واشنطن دعمها لحليفتها.", "2024-06-18", []),
    ("when-launch-on-base-keeps-attack-trap", "trap", "وحين أطلقت الفصائل صواريخ على قاعدة عين الأسد أمس، تمكنت الدفاعات من إسقاطها.", "2024-06-18", [{"type": "interception", "place": "عين الأسد", "date": "2024-06-17"}, {"type": "attack", "place": "عين الأسد", "date": "2024-06-17"}]),
    # --- session 19: an attack verb negated right before it (لم تتعرض لأي هجوم) tells no act
    ("negated-suffered-no-attack", "press", "وأعلن البنتاغون أن القوات الأمريكية في العراق وسوريا لم تتعرض لأي هجوم منذ الرابع من شباط.", "2024-02-15", []),
    ("negated-will-not-target", "dev", "وقالت الكتائب إنها لن تستهدف القواعد الأمريكية خلال الهدنة.", "2024-02-15", []),
    ("negated-outcome-after-attack-trap", "trap", "وتعرضت قاعدة حرير لهجوم بطائرة مسيرة لم يسفر عن إصابات.", "2024-02-15", [{"type": "attack", "place": "حرير"}]),
    # --- session 19: one act on two places joined by a conjunction or a cue of addition gives one row per place;
    # places listed under a plural or dual head (قاعدتي التنف والشدادي) stay one row, as the sets mostly annotate them
    ("joined-base-and-city", "press", "واستهدفت إيران بصواريخ باليستية قاعدة عين الأسد الجوية ومدينة أربيل.", "2020-01-08", [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "أربيل"}]),
    ("joined-second-base-noun", "dev", "وأطلقت الفصائل صواريخ على قاعدة عين الأسد وقاعدة ثانية تقع في مدينة أربيل.", "2020-01-08", [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "أربيل"}]),
    ("joined-and-also-base", "press", "واستهدفت طائرات مسيرة قاعدة عين الأسد في الأنبار، وكذلك قاعدة حرير بأربيل.", "2023-11-09", [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "حرير"}]),
    ("joined-on-and-on-base", "press", "وسقطت صواريخ على قاعدة عين الأسد في الأنبار، وعلى قاعدة أمريكية في حقل كونيكو.", "2023-12-09", [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "كونيكو"}]),
    ("joined-site-before-base", "press", "وسقطت صواريخ على السفارة الأمريكية في بغداد، وعلى قاعدة أمريكية في حقل كونيكو.", "2023-12-09", [{"type": "attack", "place": "السفارة الأمريكية"}, {"type": "attack", "place": "كونيكو"}]),
    ("dual-head-bases-one-row-trap", "trap", "واستهدفت الفصائل بالطائرات المسيرة قاعدتي التنف والشدادي.", "2024-01-07", [{"type": "attack", "place": "التنف"}]),
    ("locator-after-base-trap", "trap", "وقصفت الفصائل قاعدة حرير في أربيل، وقالت مصادر في بغداد إن الهجوم لم يوقع إصابات.", "2023-11-09", [{"type": "attack", "place": "حرير"}]),
    # --- session 19: a passive downing with its agent (أسقطت على يد الجنود) is an interception, not an objection; plural and
    # object-pronoun forms of the downing verbs (تصدوا للمسيرات وأسقطوها)
    ("downed-at-hands-of-troops", "press", "وقال مسؤول إن طائرة مسيرة أسقطت على يد الجنود الأمريكيين قرب قاعدة عين الأسد.", "2023-10-25", [{"type": "interception", "place": "عين الأسد"}]),
    ("confronted-and-downed-them", "press", "وأضافت قسد أن مقاتليها تصدوا للطائرات المسيرة وأسقطوها بالمضادات الأرضية قرب حقل العمر.", "2021-07-07", [{"type": "interception", "place": "حقل العمر"}]),
    ("objected-to-decision-trap", "trap", "واعترضوا على قرار الحكومة بشأن القوات الأمريكية.", "2023-10-25", []),
    ("objected-subject-between-trap", "trap", "واعترض النواب على قرار الحكومة بشأن القوات الأمريكية.", "2023-10-25", []),
    # --- session 19: a verb of response with ب + its means (وردت واشنطن بضربات) is an act; a US subject makes it a US strike
    ("us-responded-with-strikes", "press", "وأدت الهجمات إلى إصابة جنود أمريكيين، وردت واشنطن عليها بضربات على منشآت للحرس الثوري في شرق سوريا.", "2023-10-28", [{"type": "us_strike", "place": "سوريا"}]),
    ("us-responded-verbal-noun", "press", "وردت الولايات المتحدة سريعا بضرب مواقع تابعة لكتائب حزب الله في القائم.", "2023-12-26", [{"type": "us_strike", "place": "القائم"}]),
    ("us-hastened-to-respond", "dev", "وسارعت واشنطن إلى الرد بضربات جوية على مواقع للفصائل قرب البوكمال.", "2023-11-13", [{"type": "us_strike", "place": "البوكمال"}]),
    ("us-responded-after-attack-clause", "press", "وأصاب صاروخ باليستي قاعدة عين الأسد فجرح ثمانية أشخاص، وردت الولايات المتحدة بضربة قتلت عددا من المسلحين.", "2023-11-22", [{"type": "attack", "place": "عين الأسد"}, {"type": "us_strike", "place": ""}]),
    ("militia-responded-attack-trap", "trap", "وردت الفصائل بهجوم صاروخي على قاعدة عين الأسد.", "2023-11-13", [{"type": "attack", "place": "عين الأسد"}]),
    ("threat-to-respond-with-strikes-trap", "trap", "وتوعدت الكتائب بالرد بضربات على القواعد الأمريكية.", "2023-11-13", [{"type": "threat"}]),
    ("news-came-of-attack-trap", "trap", "ووردت أنباء عن هجوم على قاعدة حرير.", "2023-11-13", [{"type": "attack", "place": "حرير"}]),
    # --- session 19: an act on one site placed only in a country is placed at the one base the article names there
    ("country-site-sole-base-later", "press", "وقتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة استهدف موقعا عسكريا أمريكيا في شمال شرق الأردن. وقال مسؤولون إن الجنود كانوا في البرج 22 قرب الحدود السورية.", "2024-01-29", [{"type": "attack", "place": "البرج 22"}]),
    ("country-forces-sole-base-before", "dev", "ويضم البرج 22 نحو 350 عسكريا أمريكيا. وقالت الوزارة إن هجوما بطائرة مسيرة استهدف قوات أمريكية في الأردن قرب الحدود مع سوريا.", "2024-01-29", [{"type": "attack", "place": "البرج 22"}]),
    ("country-site-two-bases-trap", "trap", "واستهدف هجوم بطائرة مسيرة موقعا أمريكيا في سوريا. ويتمركز الجنود الأمريكيون في قاعدتي التنف والشدادي.", "2024-01-29", [{"type": "attack", "place": "سوريا"}]),
    ("country-plural-bases-trap", "trap", "وقصفت الفصائل بالصواريخ القواعد الأمريكية في سوريا. ويتمركز الجنود الأمريكيون في قاعدة التنف.", "2024-01-29", [{"type": "attack", "place": "سوريا"}]),
    # --- session 19: a joint statement of two governments dated to its day is a development (the agreement it announces)
    ("joint-statement-day", "press", "وكان البلدان قد أعلنا في بيان مشترك يوم 27 أيلول 2024 خطة من مرحلتين لإنهاء مهمة التحالف.", "2025-01-10", [{"type": "other", "date": "2024-09-27"}]),
    ("joint-statement-undated-trap", "trap", "وفي بيان مشترك، دعا الجانبان إلى مواصلة التعاون الأمني.", "2025-01-10", []),
    # --- session 19: a suspension conceded at the opening of a sentence (على الرغم من إعلان … تعليق عملياتها، فإن …) is a development of its own
    ("conceded-suspension-month", "press", "وعلى الرغم من إعلان الفصائل مطلع الشهر الماضي تعليق هجماتها على القوات الأمريكية، فإن التوتر ما زال قائما في المنطقة.", "2024-03-11", [{"type": "other", "date": "2024-02"}]),
    ("conceded-suspension-denied-trap", "trap", "وعلى الرغم من نفي الفصائل تعليق هجماتها، فإن الهدوء ساد المنطقة.", "2024-03-11", []),
    # --- session 19: a handover verb with its base named far after it, followed by "إلى" + the recipient, is a handover
    ("handover-long-subject-recipient", "press", "وأعاد التحالف الدولي الذي تقوده واشنطن لمحاربة تنظيم داعش، صباح الخميس، معسكر الحبانية الواقع غرب بغداد إلى الجيش العراقي.", "2020-03-27", [{"type": "other", "date": "2020-03-26"}]),
    ("reaffirmed-base-open-trap", "trap", "وأعاد المتحدث التأكيد على أن القاعدة ستبقى مفتوحة أمام الزوار.", "2020-03-26", []),
    # --- session 19: a development dated by a year alone is the background; a truce threatened is a threat, not a development
    ("withdrawal-year-only-background-trap", "trap", "وانسحبت القوات الأمريكية من العراق عام 2011 ثم عادت عام 2014.", "2024-01-20", []),
    ("truce-end-threatened-trap", "trap", "وهددت الفصائل بإنهاء الهدنة إذا لم تقدم الحكومة جدولا زمنيا للانسحاب.", "2020-10-11", [{"type": "threat"}]),
    # --- session 19: a withdrawal or suspension noun denied, demanded or promised gives no row (rasd.developments)
    ("promised-withdrawal-trap", "trap", "وكان الرئيس الأمريكي قد تعهد مرارا بسحب جنود بلاده من سوريا.", "2019-10-20", []),
    ("topic-of-suspension-trap", "trap", "وبشأن إعلان الفصائل تعليق عملياتها العسكرية، قال المتحدث إن واشنطن تحكم على الأفعال.", "2024-01-31", []),
    # --- session 19: "علق" is a suspension only with the operations it suspends right after it; "علق X على" is a comment
    ("suspended-attacks-verb", "press", "وأعلنت الفصائل مساء الثلاثاء أنها علقت هجماتها على القوات الأمريكية.", "2024-01-31", [{"type": "other", "date": "2024-01-30"}]),
    ("commented-on-trap", "trap", "وعلق الرئيس الأمريكي الأربعاء على تصريحات رئيس الوزراء العراقي.", "2024-01-31", []),
    # --- session 19: a new (indefinite) and dated third state's act named only by its noun is an "other" development (rasd.third_state_acts)
    ("third-state-strikes-noun-dated", "press", "واندلعت الحرب بين البلدين فجر الجمعة 13 حزيران 2025 بغارات إسرائيلية على مواقع داخل إيران.", "2025-06-15", [{"type": "other", "date": "2025-06-13"}]),
    ("third-state-offensive-noun-dated", "dev", "وتزامن ذلك مع هجوم عسكري تركي بدأ يوم الأربعاء على مواقع المقاتلين الأكراد في شمال سوريا.", "2019-10-12", [{"type": "other", "date": "2019-10-09"}]),
    ("third-state-definite-background-trap", "trap", "وتصاعد التوتر في المنطقة يوم الجمعة في ظل العدوان الإسرائيلي على قطاع غزة.", "2023-11-18", []),
    ("third-state-undated-background-trap", "trap", "وجاء الهجوم بعد غارات إسرائيلية على الأراضي السورية.", "2023-11-18", []),
    # --- session 19: agreements signed or reached, talks completed, withdrawal timetables dated to a month, handovers and
    # closures of bases and a withdrawal begun are "other" developments (rasd.developments); denials, demands and undated plans are not
    ("sign-agreement-day", "press", "ووقع الرئيس الأمريكي ورئيس الوزراء العراقي يوم الاثنين اتفاقا ينهي المهمة القتالية للقوات الأمريكية بحلول نهاية العام.", "2021-07-27", [{"type": "other", "date": "2021-07-26"}]),
    ("sign-agreement-present-today", "press", "يوقع الرئيسان اليوم الاثنين في البيت الأبيض اتفاقا رسميا لإنهاء المهام القتالية في العراق.", "2021-07-26", [{"type": "other", "date": "2021-07-26"}]),
    ("sign-agreement-month", "press", "وكانت عمّان قد وقعت في شباط 2021 اتفاقية دفاعية مع واشنطن تتيح للقوات الأمريكية دخول القواعد الأردنية.", "2022-03-10", [{"type": "other", "date": "2021-02"}]),
    ("sign-agreement-undated-dual", "press", "وكان الرئيسان قد وقعا اتفاقا رسميا يقضي بانسحاب القوات القتالية من العراق.", "2021-08-01", [{"type": "other", "place": "العراق"}]),
    ("agree-truce-dual", "press", "وكانت أنقرة وواشنطن قد اتفقتا يوم الخميس على هدنة لخمسة أيام في شمال سوريا.", "2019-10-19", [{"type": "other", "date": "2019-10-17"}]),
    ("reach-agreement-month", "press", "وتوصل البلدان في أيلول 2024 إلى اتفاق على إنهاء مهمة التحالف الدولي على مرحلتين.", "2024-10-05", [{"type": "other", "date": "2024-09"}]),
    ("negotiations-completed-month", "press", "وكانت بغداد قد أنهت في أيلول الماضي مفاوضات مع واشنطن حول جدول سحب القوات.", "2025-01-10", [{"type": "other", "date": "2024-09"}]),
    ("negotiations-concluded-month", "press", "واختتمت الحكومتان في سبتمبر الماضي محادثات طويلة حول مستقبل التحالف.", "2025-01-10", [{"type": "other", "date": "2024-09"}]),
    ("drawdown-month-future", "press", "وقال قائد القيادة المركزية إن عدد القوات الأمريكية في العراق سيتقلص خلال شهر سبتمبر إلى ثلاثة آلاف.", "2020-09-09", [{"type": "other", "date": "2020-09"}]),
    ("drawdown-decided-month", "press", "قررت واشنطن أن تخفض عدد جنودها في العراق إلى 3000 خلال أيلول الحالي.", "2020-09-09", [{"type": "other", "date": "2020-09"}]),
    ("mission-ends-year-end", "press", "وأكد بايدن أن المهمة القتالية الأمريكية في العراق ستنتهي بنهاية العام الحالي 2021.", "2021-07-27", [{"type": "other", "date": "2021-12"}]),
    ("withdrawal-will-take-place-month", "press", "وقال المصدر إن الانسحاب سيتم في أيلول المقبل بموجب الاتفاق بين البلدين.", "2025-08-20", [{"type": "other", "date": "2025-09"}]),
    ("base-closed-month", "press", "ومن المقرر أن تغلق قاعدة عين الأسد نهائيا في منتصف أيلول 2025.", "2025-08-24", [{"type": "other", "date": "2025-09"}]),
    ("handover-base-day", "press", "وسلم التحالف الدولي اليوم الخميس قاعدة القيارة الجوية إلى القوات العراقية.", "2020-03-26", [{"type": "other", "date": "2020-03-26"}]),
    ("handover-base-received", "press", "وتسلمت القوات العراقية قبل أسبوع قاعدة القائم من قوات التحالف.", "2020-03-26", [{"type": "other", "place": "القائم"}]),
    ("handover-noun-base", "press", "وجاء ذلك بعد أيام من تسلم الجيش العراقي قاعدة كركوك الجوية من التحالف.", "2020-04-01", [{"type": "other", "place": "كركوك"}]),
    ("base-returned", "press", "وأعاد التحالف اليوم الخميس معسكر أبو غريب إلى الجانب العراقي.", "2020-03-26", [{"type": "other", "date": "2020-03-26"}]),
    ("bases-closed-past", "press", "كما أغلقت القوات الأمريكية قاعدتين صغيرتين في ريف دير الزور.", "2025-05-01", [{"type": "other", "place": "دير الزور"}]),
    ("base-evacuated-began-date", "press", "بدأت القوات الأمريكية، مساء الخميس 21 آب 2025، مغادرة قاعدة عين الأسد في الأنبار.", "2025-08-22", [{"type": "other", "date": "2025-08-21"}]),
    ("faction-halts-attacks", "press", "أعلنت كتائب حزب الله اليوم الثلاثاء وقف هجماتها على القوات الأمريكية.", "2024-01-30", [{"type": "other", "date": "2024-01-30"}]),
    ("faction-suspends-ops", "press", "وأعلنت الكتائب مساء الثلاثاء تعليق عملياتها العسكرية ضد القوات الأمريكية.", "2024-01-30", [{"type": "other", "date": "2024-01-30"}]),
    ("factions-conditional-truce", "press", "واتفقت الفصائل المسلحة الأحد على هدنة مشروطة توقف بموجبها هجماتها الصاروخية.", "2020-10-11", [{"type": "other", "date": "2020-10-11"}]),
    ("demand-withdrawal-trap", "trap", "وتطالب الفصائل المسلحة منذ سنوات بانسحاب القوات الأمريكية من العراق.", "2024-01-30", []),
    ("denial-withdrawal-trap", "trap", "ونفت السفارة الأمريكية صحة الأنباء عن انسحاب كامل للقوات من بغداد.", "2025-08-29", []),
    ("talks-expected-trap", "trap", "ومن المتوقع أن تبدأ بغداد وواشنطن محادثات لإنهاء مهمة التحالف في الأيام المقبلة.", "2024-01-20", []),
    ("occurred-after-agreement-trap", "trap", "ووقع الهجوم على قاعدة حرير بعد ساعات من التصريحات.", "2024-02-01", [{"type": "attack", "place": "حرير"}]),
    ("plan-discussed-trap", "trap", "وناقش الجانبان خطة لتقليص الوجود العسكري دون تحديد موعد.", "2024-01-20", []),
    ("signed-memo-future-trap", "trap", "وتسعى الحكومة إلى توقيع مذكرات تفاهم أمنية مع دول التحالف.", "2024-12-01", []),
    ("sign-undated-generic-trap", "trap", "ويعمل الطرفان على توقيع اتفاقيات ثنائية في مجالات الأمن والاقتصاد.", "2024-12-01", []),
    ("handover-pronoun-base-before", "press", "وقررت قوات التحالف الانسحاب من قاعدة أبو غريب وتسليمها للقوات العراقية خلال الساعات المقبلة.", "2020-04-01", [{"type": "other", "place": "ابو غريب"}]),
    # --- session 18: a bare force noun after a US reporter's complementizer strikes for the US (أعلن أوستن أن سلاح الجو ضرب)
    ("us-reporter-own-air-force", "press", "وأعلن وزير الدفاع الأمريكي أن سلاح الجو ضرب الأربعاء منشأة أسلحة في دير الزور.", "2023-11-09", [{"type": "us_strike", "date": "2023-11-08"}]),
    ("us-official-army-struck", "dev", "وقال مسؤول أمريكي إن الجيش ضرب مخزنا للأسلحة في البوكمال.", "2023-11-09", [{"type": "us_strike"}]),
    ("militia-reporter-iraqi-army-trap", "trap", "وقال المتحدث باسم الفصائل إن الجيش العراقي ضرب مواقع في الأنبار.", "2023-11-09", []),
    # --- session 18: a weapon right after a targeting verb and before a base is its subject (استهدفت صواريخ قاعدة), not a downed weapon
    ("rockets-targeted-base-after-us-wounded", "dev", "وأصيب خمسة عسكريين أمريكيين حين استهدفت صواريخ قاعدة عين الأسد الجوية.", "2024-08-13", [{"type": "attack", "place": "عين الأسد"}]),
    ("coalition-targeted-drone-interception", "trap", "وقالت قوات التحالف إنها استهدفت طائرة مسيرة مفخخة قرب قاعدة حرير.", "2024-08-13", [{"type": "interception", "place": "حرير"}]),
    # --- session 18: a third state's offensive or strike (هجوم عسكري تركي، ضربات إسرائيلية) is an "other" development
    ("turkish-offensive-other", "dev", "وجاء انسحاب الجنود الأمريكيين على وقع هجوم عسكري تركي ضد المقاتلين الأكراد في شمال سوريا.", "2019-10-20", [{"type": "other"}]),
    ("israeli-strike-other", "press", "وكانت ضربة إسرائيلية قد استهدفت قياديا في حزب الله في الضاحية الجنوبية لبيروت.", "2024-07-31", [{"type": "other"}]),
    ("iranian-made-rockets-trap", "trap", "وقصفت الفصائل قاعدة عين الأسد بصواريخ إيرانية الصنع.", "2024-07-31", [{"type": "attack", "place": "عين الأسد"}]),
    ("answer-to-israeli-aggression-trap", "trap", "وهاجمت الفصائل يوم الجمعة قاعدة حرير ردا على العدوان الإسرائيلي على غزة.", "2023-11-18", [{"type": "attack", "place": "حرير", "date": "2023-11-17"}]),
    # --- session 18: a convoy, force or cargo plane moving in or out is an "other" development, not a visit
    ("convoy-entered-province", "press", "وأفادت مصادر محلية بأن رتلا أمريكيا يضم 40 شاحنة دخل إلى محافظة الحسكة أمس الثلاثاء.", "2024-08-21", [{"type": "other", "date": "2024-08-20"}]),
    ("force-arrived-base", "dev", "وقال مصدر أمني إن قوة عسكرية أمريكية جديدة وصلت إلى قاعدة حرير في أربيل.", "2024-08-21", [{"type": "other", "place": "حرير"}]),
    ("convoy-arrived-verb-first", "press", "وصلت إلى قاعدة الشدادي، يوم الأربعاء 24 يناير الجاري، قافلة عسكرية أمريكية تحمل معدات متطورة.", "2024-01-25", [{"type": "other", "date": "2024-01-24"}]),
    ("cargo-plane-landed", "dev", "وحطت طائرة شحن عسكرية أمريكية في قاعدة الشدادي جنوب الحسكة.", "2024-08-21", [{"type": "other", "place": "الشدادي"}]),
    ("army-brought-in-convoy", "press", "وأدخل الجيش الأمريكي اليوم الأحد رتلا عسكريا جديدا إلى قاعدة خراب الجير.", "2024-08-18", [{"type": "other", "date": "2024-08-18"}]),
    ("convoy-arrival-hearsay-trap", "trap", "وكانت مصادر عراقية قد تحدثت في وقت سابق عن وصول أرتال أمريكية إلى معسكر التاجي.", "2020-01-14", []),
    ("across-the-border-trap", "trap", "وتعيش القوات الأمريكية المتمركزة في العراق وعبر الحدود في سوريا حالة تأهب.", "2023-11-20", []),
    ("minister-arrived-visit-trap", "trap", "ووصل وزير الدفاع الأمريكي إلى بغداد مساء الأحد في زيارة لم يعلن عنها.", "2023-11-20", [{"type": "visit"}]),
    # --- session 18: a passive "أُحبط" closing a clause whose subject is the attack noun is an interception
    ("foiled-passive-subject", "dev", "وقال المتحدث إن هجوما بطائرة مسيرة على القوات الأمريكية في قاعدة التنف أحبط دون وقوع إصابات.", "2023-10-20", [{"type": "interception", "place": "التنف"}]),
    ("foiled-passive-sentence-end", "dev", "وذكر البيان أن هجوما صاروخيا على قاعدة عين الأسد أحبط.", "2023-10-20", [{"type": "interception", "place": "عين الأسد"}]),
    ("attack-foiled-plans-trap", "trap", "وقال المسؤول إن الهجوم على السفارة في بغداد أحبط مخططات الحكومة.", "2023-10-20", []),
    # --- session 18: "will not hesitate to take steps / to respond" and "pledged to keep fighting" are threats
    ("threat-not-hesitate-steps", "dev", "وأكدت الوزارة أنها لن تتوانى عن اتخاذ خطوات إضافية لحماية جنودها في العراق.", "2023-11-10", [{"type": "threat"}]),
    ("threat-not-hesitate-target", "dev", "وقالت الكتائب إنها لن تتوانى عن استهداف القواعد الأمريكية في سوريا.", "2023-11-10", [{"type": "threat"}]),
    ("threat-pledge-keep-fighting", "dev", "وكانت فصائل مسلحة قد تعهدت بمواصلة القتال حتى يغادر العراق آخر جندي أمريكي.", "2021-09-12", [{"type": "threat"}]),
    ("not-hesitate-support-trap", "trap", "وأكد الوزير أن العراق لن يتوانى عن دعم الاقتصاد في الأنبار.", "2023-11-10", []),
    # --- session 18: dual pronoun forms of downing verbs (أسقطتهما) are interception triggers
    ("downed-dual-pronoun", "press", "وتعرضت المنطقة الدبلوماسية في مطار بغداد فجر اليوم لهجوم بمسيرتين أسقطتهما منظومة الدفاع.", "2022-01-05", [{"type": "attack", "date": "2022-01-05"}, {"type": "interception", "date": "2022-01-05"}]),
    ("destroyed-pronoun-strike-trap", "trap", "وقصفت الطائرات الأمريكية مخزنا للأسلحة ودمرته بالكامل.", "2022-01-05", [{"type": "us_strike"}]),
    # --- session 18: the reply verb ردت/ردوا opens a second act of its own (a US strike answering the attack)
    ("reply-verb-us-shelling", "press", "وسقط نحو عشرة صواريخ على القاعدة الأمريكية في حقل كونيكو، فردت القوات الأمريكية بقصف مواقع للميليشيات بالمدفعية.", "2024-07-27", [{"type": "attack", "place": "كونيكو"}, {"type": "us_strike"}]),
    ("reply-verb-downing", "dev", "واستهدفت الفصائل قاعدة حرير بطائرة مسيرة، فردت الدفاعات بإسقاطها.", "2024-07-27", [{"type": "attack", "place": "حرير"}, {"type": "interception", "place": "حرير"}]),
    ("reported-verb-homograph-trap", "trap", "وقالت المصادر إن صواريخ سقطت على قاعدة فيكتوريا، ووردت أنباء عن أضرار.", "2024-07-27", [{"type": "attack", "place": "فيكتوريا"}]),
    # --- session 18: a US-strike victim's killing told in a response clause retypes only that clause, not the act answering it (session 23: the killing in the clause is a US strike row of its own, rasd.assassinations)
    ("victim-in-response-clause", "press", "وضربت إيران فجر الأربعاء قاعدة عين الأسد بصواريخ باليستية ردا على مقتل سليماني بطائرة مسيرة أمريكية قرب مطار بغداد.", "2020-01-13", [{"type": "attack", "place": "عين الأسد", "date": "2020-01-08"}, {"type": "us_strike", "place": "مطار بغداد"}]),
    # --- session 18: the base US forces are stationed at is the striker's home, not a struck base; dual launch verbs mark the origin
    ("stationed-base-us-strike", "press", "وقصفت القوات الأمريكية المتمركزة في حقل العمر بثلاثة صواريخ بادية الميادين أمس الأحد.", "2023-10-30", [{"type": "us_strike", "place": "الميادين", "date": "2023-10-29"}]),
    ("stationed-base-attacked-trap", "trap", "وهاجمت الفصائل القوات الأمريكية المتمركزة في حقل العمر بثلاثة صواريخ.", "2023-10-30", [{"type": "attack", "place": "حقل العمر"}]),
    ("launched-dual-origin", "press", "وقالت خلية الإعلام الأمني إن قاعدة عين الأسد قصفت بصاروخين أطلقا من قضاء حديثة.", "2024-08-06", [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 18: strikes a relative verb says the coalition's aircraft flew are US strikes (bug: typed attack)
    ("coalition-flown-strikes-faced", "bug", "وتواجه الفصائل في البوكمال ضربات جوية نفذتها طائرات التحالف.", "2024-02-03", [{"type": "us_strike", "place": "البوكمال"}]),
    ("coalition-flown-raids-killed", "press", "وقتل ثلاثة من عناصر الفصائل في غارات شنتها طائرات التحالف الدولي على مواقعهم قرب القائم.", "2024-02-03", [{"type": "us_strike", "place": "القائم"}]),
    ("drones-flown-attack-trap", "trap", "وتعرضت قاعدة حرير لهجوم نفذته طائرات مسيرة.", "2024-02-03", [{"type": "attack", "place": "حرير"}]),
    # --- session 18: ضرب with an American subject (after it, before it, or «إنها» of a US reporter) is a US strike
    ("us-subject-after-strike-verb", "press", "وضربت طائرات أمريكية فجر الجمعة منشأة لفصيل مدعوم من إيران قرب البوكمال.", "2021-02-26", [{"type": "us_strike", "date": "2021-02-26"}]),
    ("us-subject-before-strike-verb", "press", "وقال المسؤول إن القوات الأمريكية ضربت مواقع لفصيل موال لإيران قرب البوكمال.", "2021-02-26", [{"type": "us_strike", "place": "البوكمال"}]),
    ("us-reporter-says-it-struck", "press", "وقالت القيادة المركزية الأمريكية إنها ضربت خمسة مسلحين كانوا يتهيأون لإطلاق طائرة مسيرة قرب كركوك.", "2023-12-06", [{"type": "us_strike", "place": "كركوك"}]),
    ("strike-verb-idiom-trap", "trap", "وقال النائب إن القوات يجب أن تخرج بعدما ضربت واشنطن بنود الاتفاقية كلها عرض الحائط.", "2021-02-26", []),
    ("faction-subject-us-reporter-trap", "trap", "وقال المسؤول الأمريكي إن الفصائل ضربت قاعدة حرير.", "2021-02-26", [{"type": "attack", "place": "حرير"}]),
    # --- session 18: an attack told with its own verb, then downed in the sentence, is an attack and an interception
    ("downed-after-attack-noun", "press", "وكانت قاعدة التنف قد تعرضت مساء أمس الأحد لهجوم بطائرة مسيرة أسقطت قبل أن تبلغ القاعدة.", "2023-11-06", [{"type": "attack", "date": "2023-11-05"}, {"type": "interception", "date": "2023-11-05"}]),
    ("downed-after-tried-verb", "press", "وحاولت طائرة مسيرة ضرب قاعدة عين الأسد، فأسقطتها منظومة الدفاع الأمريكية.", "2023-11-06", [{"type": "attack", "place": "عين الأسد"}, {"type": "interception", "place": "عين الأسد"}]),
    ("downed-defender-targets-trap", "trap", "وقالت المصادر إن قوات التحالف استهدفت طائرة مسيرة فوق قاعدة حرير وأسقطتها.", "2023-11-06", [{"type": "interception", "place": "حرير"}]),
    ("downed-part-only-trap", "trap", "تعرضت قاعدة عين الأسد لهجوم صاروخي، وتمكنت الدفاعات من إسقاط أحد الصواريخ.", "2023-11-06", [{"type": "attack", "place": "عين الأسد"}, {"type": "interception", "place": "عين الأسد"}]),
    # --- session 17: a count of US strikes is one strike row, not a tally of attacks
    ("us-strikes-counted-batch", "press", "ونفذت الولايات المتحدة ثلاث ضربات على مواقع في سوريا قالت إنها مرتبطة بإيران.", "2023-11-01", [{"type": "us_strike", "place": "سوريا"}]),
    ("attack-tally-still-trap", "trap", "وتعرضت القوات الأمريكية لخمس هجمات في سوريا خلال الأسبوع الماضي.", "2023-11-01", []),
    # --- session 17: «أن قواتها قصفت» after a US reporter: the reporter's own forces struck
    ("own-forces-struck-centcom", "press", "وكشفت القيادة المركزية الأمريكية أن قواتها قصفت مواقع في دير الزور فجر الأربعاء.", "2022-08-25", [{"type": "us_strike", "place": "دير الزور", "date": "2022-08-24"}]),
    ("own-forces-struck-faction-claim", "trap", "وأعلنت كتائب حزب الله أن قواتها قصفت قاعدة حرير.", "2024-01-10", [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    # --- session 17: «استلم» a base is a handover, dated by its day
    ("base-received-handover", "press", "واستلمت القوات العراقية رسميا، الخميس، قاعدة القائم بعد خروج قوات التحالف منها.", "2020-03-20", [{"type": "other", "date": "2020-03-19"}]),
    ("base-received-army", "dev", "استلم الجيش العراقي اليوم الأحد قاعدة عين الأسد من قوات التحالف الدولي.", "2025-01-19", [{"type": "other", "date": "2025-01-19"}]),
    # --- session 17: a state outside the theatre right after the attack verb is its subject, not the place
    ("state-subject-relative-dated", "dev", "وقال المتحدث إن أحدا من الجنود لم يقتل في الهجوم الذي شنته إيران فجر الثامن من يناير على القاعدة.", "2020-01-20", [{"type": "attack", "date": "2020-01-08"}]),
    ("state-subject-vso", "press", "وكانت إيران قد قصفت قاعدتين تضمان جنودا أمريكيين في العراق بصواريخ باليستية.", "2020-02-01", [{"type": "attack", "place": "العراق"}]),
    # --- session 17: strikes that US bases face (تواجه القواعد الأمريكية … ضربات) are attacks on them
    ("us-bases-face-strikes", "dev", "وتواجه القواعد الأمريكية في سوريا ضربات صاروخية متكررة، نفذ بعضها فصائل موالية لإيران.", "2024-01-25", [{"type": "attack", "place": "سوريا"}]),
    ("us-forces-face-habitual-trap", "trap", "وتواجه القوات الأمريكية في العراق ضربات بطائرات مسيرة تنفذها الفصائل منذ أشهر.", "2024-01-25", []),
    # --- session 17: strikes with the adjective of a state that strikes US forces are its attack
    ("iranian-strikes-on-us-targets", "dev", "وبعد أسبوع من الضربات الإيرانية التي طالت أهدافا أمريكية في العراق، نقل جنود إلى ألمانيا.", "2020-01-20", [{"type": "attack", "place": "العراق"}]),
    ("strike-noun-us-still", "trap", "وقالت المصادر إن الضربة الثانية استهدفت مقرا للفصائل في القائم.", "2024-02-03", [{"type": "us_strike", "place": "القائم"}]),
    # --- session 17: «أمطر» with a weapon rains fire on a target
    ("rained-rockets-on-base", "press", "وأمطرت الفصائل قاعدة حرير بالصواريخ مساء الأحد.", "2024-01-09", [{"type": "attack", "place": "حرير", "date": "2024-01-07"}]),
    ("rained-dozens-of-missiles", "dev", "وكانت إيران قد أمطرت بعشرات الصواريخ، ليلة الثامن من يناير، القاعدة الجوية في عين الأسد.", "2020-01-20", [{"type": "attack", "place": "عين الأسد", "date": "2020-01-08"}]),
    ("rained-snow-trap", "trap", "وأمطرت السماء المدينة بالثلوج طوال الليل.", "2024-01-09", []),
    # --- session 17: a strike told by the killing of a leader killed by a US strike is a US strike
    ("victim-soleimani-drone-strike", "dev", "وكان سليماني قد قتل في الثالث من يناير 2020 بضربة طائرة مسيرة قرب مطار بغداد.", "2022-01-04", [{"type": "us_strike", "place": "مطار بغداد", "date": "2020-01-03"}]),
    ("victim-killing-noun-first", "press", "وجاء اغتيال أبو تقوى السعيدي بضربة طائرة مسيرة استهدفت مقرا في بغداد.", "2024-01-05", [{"type": "us_strike", "place": "بغداد"}]),
    ("victim-other-state-trap", "trap", "وقتل القيادي صالح العاروري بضربة طائرة مسيرة استهدفت مبنى في بيروت.", "2024-01-03", []),
    # --- session 17: the indefinite plural attacks a response answers are one undated campaign row
    ("response-plural-attacks", "dev", "وقصفت القوات الأمريكية يوم الاثنين أهدافا في دير الزور، ردا على عدة هجمات تعرضت لها قواتها في سوريا.", "2024-02-05", [{"type": "us_strike", "place": "دير الزور", "date": "2024-02-05"}, {"type": "attack", "place": "سوريا"}]),
    ("response-plural-drone-attacks", "press", "وشنت الطائرات الأمريكية غارات على مواقع في القائم، ردا على هجمات بطائرات مسيرة استهدفت قواتها في العراق.", "2024-01-24", [{"type": "us_strike", "place": "القائم"}, {"type": "attack", "place": "العراق"}]),
    ("response-definite-attacks-trap", "trap", "وقصفت القوات الأمريكية يوم الاثنين أهدافا في دير الزور، ردا على الهجمات التي تعرضت لها قواتها في سوريا.", "2024-02-05", [{"type": "us_strike", "place": "دير الزور", "date": "2024-02-05"}]),
    ("response-series-trap", "trap", "وقصفت القوات الأمريكية يوم الاثنين أهدافا في دير الزور، ردا على سلسلة هجمات على قواتها في سوريا.", "2024-02-05", [{"type": "us_strike", "place": "دير الزور", "date": "2024-02-05"}]),
    # --- session 17: a launcher found (وجدت, ضبطت, عثرت) near "the base" is placed at the base named last
    ("found-launcher-near-the-base", "dev", "وسقطت صواريخ على قاعدة كي وان. وقالت مصادر إن القوات الأمنية وجدت منصة لإطلاق الصواريخ داخل عربة متروكة قرب القاعدة.", "2019-12-28", [{"type": "attack", "place": "كي وان"}, {"type": "other", "place": "كي وان"}]),
    ("found-vehicle-seized", "press", "وسقطت قذائف على قاعدة عين الأسد. وأضافت الخلية أن القوات ضبطت قرب القاعدة مركبة استخدمت في إطلاق القذائف.", "2024-01-10", [{"type": "attack", "place": "عين الأسد"}, {"type": "other", "place": "عين الأسد"}]),
    ("found-something-else-trap", "trap", "وسقطت قذائف على قاعدة عين الأسد. ووجدت القوات قرب القاعدة ورقة كتب عليها اسم الفصيل.", "2024-01-10", [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 17: the acts told one by one after a dated summary take its day; the summary gives no row
    ("salvo-details-take-day", "bug", "وتعرضت القوات الأمريكية أمس الخميس لثلاث هجمات. واستهدف هجوم بطائرة مسيرة قاعدة حرير. وسقطت صواريخ على قاعدة عين الأسد. كما استهدفت مسيرة قاعدة التنف.", "2023-12-01", [{"type": "attack", "place": "حرير", "date": "2023-11-30"}, {"type": "attack", "place": "عين الأسد", "date": "2023-11-30"}, {"type": "attack", "place": "التنف", "date": "2023-11-30"}]),
    ("salvo-details-reported", "press", "وقال مسؤولان إن القوات الأمريكية تعرضت لهجومين يوم الجمعة. وأوضح أحدهما أن مسيرة ضربت قاعدة تل بيدر. وأضاف أن صواريخ سقطت قرب قاعدة حرير.", "2023-11-19", [{"type": "attack", "place": "تل بيدر", "date": "2023-11-17"}, {"type": "attack", "place": "حرير", "date": "2023-11-17"}]),
    ("salvo-details-pointing-back", "dev", "وشنت الفصائل أمس الخميس 3 هجمات على القوات الأمريكية. وقال مسؤول إن القوات تعرضت للهجوم في موقعين بشمال شرق سوريا. كما استهدفت مسيرة قاعدة عين الأسد.", "2023-11-24", [{"type": "attack", "place": "شمال شرق سوريا", "date": "2023-11-23"}, {"type": "attack", "place": "عين الأسد", "date": "2023-11-23"}]),
    ("salvo-summary-no-verb", "dev", "وشهد مساء الأحد ثلاث هجمات على القوات الأمريكية في سوريا.", "2023-11-13", [{"type": "attack", "place": "سوريا", "date": "2023-11-12"}]),
    ("salvo-summary-no-verb-details", "press", "وشهدت ليلة الخميس هجومين على القوات الأمريكية. واستهدفت مسيرة قاعدة حرير. وسقطت صواريخ قرب قاعدة عين الأسد.", "2023-11-24", [{"type": "attack", "place": "حرير", "date": "2023-11-23"}, {"type": "attack", "place": "عين الأسد", "date": "2023-11-23"}]),
    ("salvo-no-details-trap", "trap", "وتعرضت قاعدة عين الأسد أمس لثلاث هجمات بطائرات مسيرة. وقال المسؤول إن الهجمات لم توقع إصابات.", "2024-01-10", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-09"}]),
    # --- session 17: an attack verb whose pronoun subject is the attack named before it places that attack
    ("carried-subject-rather-targeted", "dev", "قتل جنديان أمريكيان في هجوم بطائرة مسيرة على موقع في الأردن. وقال الناطق إن الهجوم لم يقع داخل الأراضي الأردنية وإنما استهدف قاعدة التنف.", "2024-01-29", [{"type": "attack", "place": "الأردن"}]),
    ("carried-subject-explaining-it", "press", "قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع في الأردن. ونفى الوزير أن يكون الهجوم قد وقع في المملكة، موضحا أنه استهدف قاعدة التنف.", "2024-01-29", [{"type": "attack", "place": "الأردن"}]),
    ("carried-subject-but-rather", "press", "قتل ثلاثة جنود أمريكيين في هجوم بطائرة مسيرة على موقع في الأردن. وأكدت الحكومة أن الهجوم لم يقع داخل المملكة، بل استهدف قاعدة التنف.", "2024-01-29", [{"type": "attack", "place": "الأردن"}]),
    ("carried-subject-new-attack-trap", "trap", "وقال المسؤول إن الهجوم لم يوقع إصابات، وأضاف أن الفصائل استهدفت قاعدة التنف صباح اليوم.", "2024-01-29", [{"type": "attack", "place": "التنف", "date": "2024-01-29"}]),
    # --- session 17: an interception of weapons told as trying to hit, or nearing, a target is also an attack
    ("attempt-downed-drones-tried-to-hit", "dev", "وكانت الدفاعات قد أسقطت الأربعاء ثلاث طائرات مسيرة حاولت استهداف قاعدة حرير.", "2024-01-11", [{"type": "interception", "place": "حرير", "date": "2024-01-10"}, {"type": "attack", "place": "حرير", "date": "2024-01-10"}]),
    ("attempt-downed-while-nearing", "press", "وأسقطت الدفاعات الجوية اليوم الاثنين مسيرة مفخخة أثناء اقترابها من قاعدة عين الأسد.", "2024-01-08", [{"type": "interception", "place": "عين الأسد", "date": "2024-01-08"}, {"type": "attack", "place": "عين الأسد", "date": "2024-01-08"}]),
    ("attempt-foiled-attempt", "press", "وأحبطت قوات التحالف فجر الأحد محاولة هجوم بطائرة مسيرة على قاعدة التنف.", "2024-01-08", [{"type": "interception", "place": "التنف", "date": "2024-01-07"}, {"type": "attack", "place": "التنف", "date": "2024-01-07"}]),
    ("attempt-downed-while-trying", "press", "وقال مصدر أمني إن طائرة مسيرة أسقطت مساء الثلاثاء أثناء محاولتها استهداف قاعدة عين الأسد.", "2024-01-10", [{"type": "interception", "place": "عين الأسد", "date": "2024-01-09"}, {"type": "attack", "place": "عين الأسد", "date": "2024-01-09"}]),
    ("attempt-bare-downing-trap", "trap", "وأسقطت القوات الأمريكية مساء الأحد طائرة مسيرة فوق مطار أربيل.", "2024-01-08", [{"type": "interception", "place": "مطار أربيل", "date": "2024-01-07"}]),
    # --- session 16: "men of" a group as the dead of the act make the group its target
    ("us-strike-men-of-group-died", "dev", "وذكرت مصادر أمنية أن أربعة من مسلحي حركة النجباء على الأقل لقوا حتفهم وجرح ستة آخرون، جراء هجوم بطائرة مسيرة طال مقرا للحركة في شرق بغداد.", "2024-01-04", [{"type": "us_strike", "place": "بغداد"}]),
    ("us-strike-men-died-cause-no-comma", "dev", "وذكرت مصادر أمنية أن أربعة من مسلحي حركة النجباء على الأقل لقوا حتفهم جراء هجوم بطائرة مسيرة طال مقرا للحركة في شرق بغداد.", "2024-01-04", [{"type": "us_strike", "place": "بغداد"}]),
    ("us-strike-members-of-group-wounded", "press", "وقال مصدر إن ثلاثة من عناصر كتائب حزب الله أصيبوا بقصف جوي استهدف سيارتهم قرب القائم.", "2024-01-04", [{"type": "us_strike", "place": "القائم"}]),
    ("group-men-fire-trap", "trap", "وقالت مصادر إن عناصر كتائب حزب الله أطلقوا صواريخ على قاعدة عين الأسد وقتل جندي أمريكي.", "2024-01-04", [{"type": "attack", "place": "عين الأسد", "actor": "كتائب حزب الله"}]),
    # --- session 16: downing only part of the weapons leaves the attack and is an interception of its own
    ("partial-downing-one-of-rockets", "press", "وتعرضت قاعدة حقل العمر لهجوم صاروخي، وتمكنت الدفاعات من إسقاط أحد الصواريخ قبل أن يبلغ هدفه.", "2024-01-10", [{"type": "attack", "place": "حقل العمر"}, {"type": "interception", "place": "حقل العمر"}]),
    ("partial-downing-subject-between", "press", "وهاجمت ثلاث طائرات مسيرة قاعدة التنف صباح اليوم، وأسقطت قوات التحالف اثنتين منها.", "2024-01-10", [{"type": "attack", "place": "التنف", "date": "2024-01-10"}, {"type": "interception", "place": "التنف", "date": "2024-01-10"}]),
    ("whole-downing-both", "dev", "وهاجمت طائرة مسيرة قاعدة حرير، وتمكنت القوات من إسقاطها.", "2024-01-10", [{"type": "attack", "place": "حرير"}, {"type": "interception", "place": "حرير"}]),
    # --- session 16: a small count of strikes dated to one day is one incident, not a tally
    ("salvo-dated-three-strikes", "dev", "وقالت خلية الإعلام الأمني إن مقر اللواء 45 غربي الأنبار تعرض عند السابعة من مساء اليوم لثلاث ضربات جوية أمريكية.", "2019-12-29", [{"type": "us_strike", "place": "الأنبار", "date": "2019-12-29"}]),
    ("salvo-dated-four-attacks", "press", "وقال المسؤول إن قاعدة عين الأسد تعرضت أمس الثلاثاء لأربع هجمات بطائرات مسيرة.", "2024-01-10", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-09"}]),
    ("salvo-tally-since-trap", "trap", "وتعرضت القوات الأمريكية أمس لخمس هجمات منذ الأحد الماضي في العراق.", "2024-01-10", []),
    ("salvo-tally-period-trap", "trap", "وكشف البنتاغون أمس الأربعاء أن القوات تعرضت لخمس هجمات خلال الأسبوع.", "2024-01-11", []),
    ("salvo-tally-range-trap", "trap", "وذكرت الوزارة أن قواتها استهدفت بعشر هجمات على الأقل في الفترة من 17 إلى 24 تشرين الأول.", "2023-10-26", []),
    # --- session 16: the place of a dateline opening the paragraph does not locate the act
    ("dateline-place-not-act-place", "press", "دمشق، عواصم - وكالات: نفذ الجيش الأميركي ضربات في دير الزور طالت منشآت لجماعات موالية لإيران.", "2024-01-10", [{"type": "us_strike", "place": "دير الزور"}]),
    ("dateline-two-places", "press", "الحسكة..سوريا : ثمانية قتلى من الموالين لإيران بغارات أميركية قرب البوكمال.", "2024-01-10", [{"type": "us_strike", "place": "البوكمال"}]),
    ("colon-late-in-sentence-trap", "trap", "وقالت المصادر إن طائرة مسيرة استهدفت قاعدة حرير فجر اليوم: لم تقع إصابات.", "2024-01-10", [{"type": "attack", "place": "حرير", "date": "2024-01-10"}]),
    # --- session 16: a claim pointing back to an attack is a claim row of its own; a phone call between officials
    ("claim-points-back-to-attack", "dev", "وسقطت صواريخ على قاعدة حرير مساء الاثنين. وتبنت جماعة تسمي نفسها سرايا أولياء الدم الهجوم.", "2024-01-10", [{"type": "attack", "place": "حرير", "date": "2024-01-08"}, {"type": "claim", "place": "حرير", "date": "2024-01-08"}]),
    ("claim-verb-after-object", "press", "واستهدفت صواريخ قاعدة عين الأسد فجر اليوم. وتبنى الهجوم فصيل جديد في بيان على تلغرام.", "2024-01-10", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-10"}, {"type": "claim", "place": "عين الأسد"}]),
    ("claim-country-gives-way-to-base", "dev", "وسقطت صواريخ على قاعدة حرير مساء الاثنين. وتبنت جماعة مجهولة الهجوم، قائلة إنها ضربت الاحتلال الأمريكي في العراق.", "2024-01-10", [{"type": "attack", "place": "حرير", "date": "2024-01-08"}, {"type": "claim", "place": "حرير"}]),
    ("other-phone-call-with-official", "dev", "وفي اتصال هاتفي مع رئيس الوزراء محمد شياع السوداني ليل الجمعة، بحث وزير الدفاع الأمريكي التطورات الأمنية.", "2024-01-10", [{"type": "other", "date": "2024-01-05"}]),
    ("other-phone-call-reported", "press", "وقال البيان إن وزير الخارجية الأمريكي أجرى اتصالا هاتفيا مع السوداني مساء الجمعة.", "2024-01-10", [{"type": "other", "date": "2024-01-05"}]),
    ("phone-interview-trap", "trap", "وقال المتحدث باسم كتائب سيد الشهداء، في اتصال هاتفي مع الصحيفة، إن الضربات لم توقع خسائر.", "2024-01-10", []),
    # --- session 16: an aircraft of unknown identity flies no attack on US forces; a US agent after the strike noun
    ("other-unknown-warplanes", "press", "وقصفت طائرات مجهولة الهوية فجر اليوم مواقع لميليشيات موالية لإيران في البوكمال.", "2024-01-10", [{"type": "other", "place": "البوكمال", "date": "2024-01-10"}]),
    ("other-unknown-air-strike-suffered", "press", "وتعرضت سيارة داخل الأراضي السورية لقصف جوي مجهول المصدر قرب البوكمال.", "2024-01-10", [{"type": "other", "place": "البوكمال"}]),
    ("other-aircraft-identity-not-known", "dev", "واستهدفت طائرات لم تعرف هويتها مواقع تابعة لإيران في البوكمال.", "2024-01-10", [{"type": "other", "place": "البوكمال"}]),
    ("other-unknown-fighter-jets", "press", "وقصفت مقاتلات حربية مجهولة مقرات للحرس الثوري في الميادين.", "2024-01-10", [{"type": "other", "place": "الميادين"}]),
    ("unknown-drone-on-base-trap", "trap", "واستهدفت طائرة مسيرة مجهولة المصدر قاعدة التنف فجر اليوم.", "2024-01-10", [{"type": "attack", "place": "التنف", "date": "2024-01-10"}]),
    ("unknown-aircraft-on-us-convoy-trap", "trap", "وأصابت طائرات مجهولة الهوية رتلا للقوات الأمريكية قرب حقل العمر.", "2024-01-10", [{"type": "attack", "place": "حقل العمر"}]),
    ("us-strike-agent-after-suffered-noun", "dev", "وتعرضت مواقع تنتشر فيها قوات عراقية في منطقة القائم لقصف شنته طائرات أمريكية عدة.", "2024-02-03", [{"type": "us_strike", "place": "القائم", "actor": "الولايات المتحدة"}]),
    ("us-strike-agent-after-instrument", "press", "وقتل القيادي بضربة نفذتها طائرة مسيرة أمريكية قرب مطار بغداد.", "2024-01-10", [{"type": "us_strike", "place": "مطار بغداد"}]),
    ("faction-agent-after-noun-trap", "trap", "وكانت الهجمات التي شنتها الفصائل على القوات الأمريكية في عين الأسد قد أوقعت جرحى.", "2024-01-10", [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 15: foiling needs an attack or weapon; an attempted downing or a destroyed launcher is no interception
    ("interception-foiled-attack", "press", "وأحبطت القوات الأمريكية، صباح اليوم الجمعة، هجوما بطائرتين مسيرتين على قاعدة عين الأسد.", "2024-01-12", [{"type": "interception", "place": "عين الأسد", "date": "2024-01-12"}]),
    ("interception-attack-noun-before", "press", "ونقل عن مسؤول أمريكي أن الهجوم أحبط قبل أن تبلغ الطائرة قاعدة التنف.", "2023-11-10", [{"type": "interception", "place": "التنف"}]),
    ("foiled-plots-trap", "trap", "وقالت الوزارة إن الحكومة أحبطت مخططات للتنظيم في دمشق.", "2024-01-10", []),
    ("objection-noun-trap", "trap", "وقرر الرئيس سحب القوات قبل أن يتراجع إثر اعتراض البنتاغون.", "2024-01-10", []),
    ("launcher-destroyed-trap", "trap", "ودمرت طائرة حربية منصة لإطلاق الصواريخ قرب قاعدة حرير.", "2024-01-10", []),
    ("attempted-downing-trap", "trap", "وهاجمت مسيرة قاعدة حرير، فيما حاولت القوات الأمريكية إسقاطها.", "2024-01-10", [{"type": "attack", "place": "حرير"}]),
    # --- session 15: a withdrawal noun is a development after a verb of starting; "تعليق" needs the operations it suspends
    ("other-began-leaving-base", "dev", "وكانت القوات الأمريكية قد باشرت فعليا مغادرة قاعدة عين الأسد في 21 أغسطس.", "2025-08-25", [{"type": "other", "place": "عين الأسد", "date": "2025-08-21"}]),
    ("other-began-withdrawal-comma-phrase", "dev", "وذكرت مصادر أن القوات الأمريكية بدأت، منذ أيام، الانسحاب من قاعدة عين الأسد.", "2025-08-25", [{"type": "other", "place": "عين الأسد"}]),
    ("withdrawal-plan-not-begun-trap", "trap", "ويندرج الانسحاب ضمن اتفاق أبرمته بغداد وواشنطن العام الماضي.", "2025-08-25", []),
    ("leaving-date-demanded-trap", "trap", "ودعا النائب الحكومة إلى وضع جدول يحدد موعد مغادرة قوات التحالف.", "2025-08-25", []),
    ("no-comment-not-suspension-trap", "trap", "ولم يصدر أي تعليق فوري عن الجانب الأمريكي.", "2024-02-01", []),
    ("suspension-of-operations", "press", "وأعلنت كتائب حزب الله تعليق عملياتها العسكرية ضد القوات الأمريكية.", "2024-02-01", [{"type": "other"}]),
    # --- session 15: "توجه" is a visit only when "الى" + a named place follows
    ("visit-headed-to-capital", "press", "وتوجه وزير الدفاع الأمريكي لويد أوستن إلى بغداد في زيارة لم يعلن عنها.", "2024-01-10", [{"type": "visit", "place": "بغداد"}]),
    ("ambulances-headed-trap", "trap", "وتوجهت سيارات الإسعاف إلى المكان المستهدف بعد الانفجار.", "2024-01-10", []),
    ("accusations-directed-trap", "trap", "ويعد التنظيم من أبرز الفصائل في سوريا، وتوجه إليه اتهامات بالتورط في عمليات عدة.", "2024-01-10", []),
    ("troops-headed-to-region-trap", "trap", "وكانت دفعة من 900 جندي قد توجهت إلى المنطقة لتعزيز الدفاعات الجوية.", "2024-01-10", []),
    # --- session 15: a claim of today names an act of another day in a relative clause; no act answered before it happens
    ("claim-act-dated-in-relative", "dev", "تبنت اليوم الثلاثاء جماعة مسلحة القصف الصاروخي الذي ضرب مساء أمس الإثنين مطار أربيل.", "2021-02-16", [{"type": "claim", "date": "2021-02-16", "place": "مطار أربيل"}, {"type": "attack", "date": "2021-02-15", "place": "مطار أربيل"}]),
    ("claim-responsibility-act-day", "press", "وأعلنت كتائب حزب الله مسؤوليتها عن الهجوم الذي استهدف قاعدة حرير يوم الجمعة الماضي.", "2021-02-16", [{"type": "claim", "place": "حرير"}, {"type": "attack", "date": "2021-02-12", "place": "حرير"}]),
    ("claim-relative-on-base-not-act-trap", "trap", "وتبنت الكتائب أمس الهجوم على قاعدة حرير الذي أدانته الحكومة اليوم.", "2021-02-16", [{"type": "claim", "date": "2021-02-15", "place": "حرير"}, {"type": "attack", "date": "2021-02-15", "place": "حرير"}]),
    ("response-to-any-attack-trap", "trap", "وكانت واشنطن قد حذرت من أنها سترد بقوة، وتوعدت بالرد على أي هجوم يقتل أمريكيا في العراق.", "2021-02-16", [{"type": "threat"}]),
    # --- session 15: a group telling what its own fighters did claims the act; two claims of two days stay two
    ("claim-its-fighters-pronoun", "dev", "وأضافت أن عناصرها قصفوا بطائرة مسيرة قاعدة حرير في أربيل.", "2024-01-10", [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("claim-its-fighters-dated", "press", "وقالت المقاومة في بيانها إن مسلحيها استهدفوا صباح اليوم قاعدة حرير.", "2024-02-03", [{"type": "claim", "place": "حرير", "date": "2024-02-03"}, {"type": "attack", "place": "حرير", "date": "2024-02-03"}]),
    ("claim-its-fighters-quoted", "press", 'وأفادت الفصائل بأن "مجاهديها" ضربوا قاعدة عين الأسد بطائرتين مسيرتين.', "2024-01-10", [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("us-own-troops-no-claim-trap", "trap", "وأكدت القيادة المركزية الأمريكية أن مقاتليها استهدفوا مخزنا للأسلحة في القائم.", "2024-02-03", [{"type": "attack", "place": "القائم"}]),
    ("its-men-wounded-no-claim-trap", "trap", "وقال المسؤول إن عناصرها أصيبوا في الهجوم على قاعدة حرير.", "2024-02-03", [{"type": "attack", "place": "حرير"}]),
    ("two-claims-two-days", "dev", "وأعلنت المقاومة الإسلامية في العراق، اليوم السبت، أنها قصفت قاعدة حرير. وكانت المقاومة الإسلامية في العراق قد أعلنت، الاثنين الماضي، استهداف قاعدة عين الأسد، موضحة أنها نفذت العملية بطائرة مسيرة.", "2024-02-03", [{"type": "claim", "place": "حرير", "date": "2024-02-03"}, {"type": "claim", "place": "عين الأسد", "date": "2024-01-29"}, {"type": "attack", "place": "حرير", "date": "2024-02-03"}, {"type": "attack", "place": "عين الأسد", "date": "2024-01-29"}]),
    # --- session 14: pulling out and handing over bases are developments (other) ---
    ("other-pulled-troops", "dev", "وكانت بريطانيا قد سحبت جنودها من قاعدة حرير خشية الهجمات.", "2024-02-01", [{"type": "other", "place": "حرير"}]),
    ("other-handover", "dev", "وتسلمت القوات العراقية أمس قاعدة الحبانية من التحالف الدولي.", "2025-09-02", [{"type": "other", "date": "2025-09-01"}]),
    ("closing-road-not-a-development-trap", "trap", "وأغلقت الشرطة الطريق بعد سقوط صاروخين قرب مطار بغداد.", "2024-01-05", [{"type": "attack", "place": "مطار بغداد"}]),
    # --- session 13: a group's site or an air strike as the means makes the act a US strike; urged or prevented acts are no events
    ("strike-on-group-site", "dev", "أفاد مسؤول أمني بأن مسيرة ضربت موقعا تابعا لحركة النجباء في منطقة الدبس قرب كركوك.", "2024-02-08", [{"type": "us_strike", "place": "كركوك"}]),
    ("strike-by-air-means", "dev", "وقالت مصادر إن طائرة مسيرة دمرت مساء الأربعاء بقصف جوي سيارة في شرق بغداد.", "2024-02-08", [{"type": "us_strike", "place": "بغداد", "date": "2024-02-07"}]),
    ("trap-group-strikes-us-site", "trap", "وقصفت كتائب حزب الله موقعا للقوات الأمريكية في حرير.", "2024-02-08", [{"type": "attack", "actor": "كتائب حزب الله", "place": "حرير"}]),
    ("trap-prevented-attack", "trap", "وطالب الوزير الحكومة بالوفاء بتعهداتها بمنع استهداف المصالح الأمريكية في بغداد.", "2024-02-08", []),
    ("threat-promised-response-on-attack", "dev", "وأكد المسؤول أن رداً أمريكياً سيأتي على الهجوم الذي استهدف قاعدة التنف.", "2024-02-08", [{"type": "threat"}]),
    ("threat-right-to-respond", "dev", "وقال الوزير إن بلاده تحتفظ بحقها في الرد الحاسم على الجماعات المسلحة.", "2024-02-08", [{"type": "threat", "place": "الجماعات المسلحة"}]),
    ("threat-after-other-event", "dev", "وفي مكالمة هاتفية أجراها مع رئيس الوزراء، قال الوزير إن واشنطن ستقابل برد قوي أي هجوم جديد.", "2024-02-08", [{"type": "other"}, {"type": "threat"}]),
    ("trap-past-response", "trap", "وقصفت الطائرات الأمريكية مواقع الفصائل ردا على الهجوم الذي استهدف قاعدة حرير.", "2024-02-08", [{"type": "us_strike"}, {"type": "attack", "place": "حرير"}]),  # no threat; the attack at the base it names is a row (session 20c)
    ("trap-urged-strike", "trap", "ودعا النائب إلى ضرب مواقع الفصائل في جرف الصخر.", "2024-02-08", []),
    # --- session 12: a claim by "the same party" is the claim of the group named before
    ("claim-same-party", "dev", "وتبنت حركة النجباء الهجوم على قاعدة التنف. وكانت الجهة نفسها قد أعلنت أمس أنها قصفت قاعدة حرير بطائرة مسيرة.", "2024-01-09", [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}, {"type": "claim", "actor": "حركة النجباء", "place": "حرير", "date": "2024-01-08"}, {"type": "attack", "actor": "حركة النجباء", "place": "حرير", "date": "2024-01-08"}]),
    # --- session 12: a series of attacks told as such is the campaign's undated event, before a tally
    ("series-continues", "dev", "وتتواصل الهجمات على القواعد الأمريكية في العراق وسوريا منذ أشهر.", "2024-01-09", [{"type": "attack", "place": "العراق وسوريا", "date": ""}]),
    ("series-in-two-countries", "dev", "وزار الوزير العراق وسوريا. وتتكرر الهجمات على المواقع الأمريكية في البلدين منذ الخريف.", "2024-01-09", [{"type": "visit"}, {"type": "attack", "place": "المواقع الأمريكية في البلدين", "date": ""}]),
    ("series-before-tally", "dev", "وتعرضت القوات الأمريكية في سوريا والعراق لأكثر من 60 هجوما منذ أكتوبر. ويأتي ذلك ضمن سلسلة من الهجمات على قواعد تضم قوات أمريكية في العراق.", "2024-01-09", [{"type": "attack", "place": "قواعد تضم قوات أمريكية في العراق", "date": ""}]),
    ("trap-series-frames-latest-act", "trap", "وأصيب جندي أمريكي بجروح طفيفة في أحدث موجة من الهجمات على القوات الأمريكية في سوريا والعراق.", "2024-01-09", []),
    ("trap-rise-of-attacks", "trap", "ويأتي تعزيز القوات في ظل تصاعد الهجمات على القواعد الأمريكية في العراق وسوريا.", "2024-01-09", []),
    # --- session 12: threats told with a future verb of response (errors read on the development sets)
    ("threat-will-be-met-with-response", "dev", "وقال المسؤول الأميركي إن أي اعتداء على قواتنا سيواجه برد حاسم.", "2024-01-09", [{"type": "threat"}]),
    ("threat-will-receive-response", "dev", "وشدد البيان على أن من يقف وراء الهجوم سيلقى ردا قاسيا.", "2024-01-09", [{"type": "threat"}]),
    ("threat-firm-response-will-come", "dev", "وأكد الوزير أن ردا حازما سيأتي في الوقت الذي نختاره.", "2024-01-09", [{"type": "threat"}]),
    ("trap-revenge-as-motive", "trap", "ونفذت الفصائل هجوما على قاعدة حرير ثأرا لقادتها.", "2024-01-09", [{"type": "attack", "place": "حرير"}]),
    ("threat-revenge-pledge", "dev", "وتعهدت الفصائل المسلحة بالثأر لقادتها الذين قتلوا في الضربة.", "2024-01-09", [{"type": "threat", "actor": "الفصائل المسلحة"}]),
    ("tally-iraq-syria", "dev", "وتعرضت القوات الأمريكية وقوات التحالف في العراق وسوريا لأكثر من 140 هجوما منذ منتصف أكتوبر.", "2024-01-20", [{"type": "attack", "place": "العراق وسوريا", "date": ""}]),
    ("tally-order-as-written", "dev", "وقال مسؤول في البنتاغون إن قواتها المنتشرة في سوريا والعراق استهدفت بـ48 هجوما خلال شهر.", "2023-11-20", [{"type": "attack", "place": "قواتها المنتشرة في سوريا والعراق", "date": ""}]),
    ("tally-two-countries", "dev", "وأحصت وزارة الدفاع، التي تنشر جنودا في العراق وسوريا، 90 هجوما على قواتها في البلدين منذ تشرين الأول.", "2023-12-20", [{"type": "attack", "place": "العراق وسوريا", "date": ""}]),
    ("tally-dozens-region", "dev", "ويأتي ذلك بعد عشرات الهجمات التي طالت العسكريين الأمريكيين في الشرق الأوسط.", "2024-02-01", [{"type": "attack", "place": "العسكريين الأمريكيين في الشرق الأوسط", "date": ""}]),
    ("tally-repeated-present", "dev", "وتتعرض القواعد التي تضم جنودا أمريكيين في سوريا لهجمات متكررة منذ أشهر.", "2024-01-10", [{"type": "attack", "place": "سوريا", "date": ""}]),
    ("trap-tally-few-attacks", "trap", "وتعرضت القوات الأمريكية في العراق لثلاث هجمات خلال الأسبوع.", "2024-01-20", []),
    ("trap-tally-unplaced", "trap", "ونفذت الفصائل حتى الآن 70 هجوما على القواعد.", "2024-01-20", []),
    ("us-strike-car-carrying-leader", "dev", "وقالت مصادر أمنية إن طائرة مسيرة قصفت مساء الأربعاء سيارة تقل قياديا في كتائب حزب الله شرقي بغداد.", "2024-02-08", [{"type": "us_strike", "place": "بغداد", "date": "2024-02-07"}]),
    ("us-strike-artillery-from-base", "dev", "وقصفت القوات الأمريكية بالمدفعية من قاعدتها في حقل العمر مواقع للفصائل في ريف دير الزور مساء الأحد.", "2024-01-08", [{"type": "us_strike", "date": "2024-01-07"}]),
    ("us-strike-bare-planes-adjective", "dev", "وقصفت طائرات أمريكية فجر الجمعة مواقع للفصائل في القائم.", "2024-02-03", [{"type": "us_strike", "place": "القائم", "date": "2024-02-02"}]),
    ("trap-us-forces-targeted-with-rockets", "trap", "واستهدفت القوات الأمريكية بصواريخ في حقل العمر مساء الأحد.", "2024-01-08", [{"type": "attack", "place": "حقل العمر", "date": "2024-01-07"}]),
    ("attack-drone-today", "press", "واستهدفت طائرة مسيرة قاعدة حرير الجوية في أربيل فجر اليوم الأربعاء.", "2023-11-08", [{"type": "attack", "place": "حرير", "weapon": "drone", "date": "2023-11-08"}]),
    ("claim-yesterday", "press", "وأعلنت المقاومة الإسلامية في العراق، في بيان، أنها استهدفت قاعدة التنف بطائرتين مسيرتين أمس الأحد.", "2023-11-13", [{"type": "claim", "actor": "المقاومة الإسلامية في العراق", "place": "التنف", "weapon": "drone", "date": "2023-11-12", "claimed": True}, {"type": "attack", "actor": "المقاومة الإسلامية في العراق", "place": "التنف", "weapon": "drone", "date": "2023-11-12", "claimed": True}]),
    ("interception-night-weekday", "press", "وتمكنت منظومة الدفاع الجوي في عين الأسد من إسقاط مسيرة اقتربت من المدرج ليل السبت.", "2023-11-05", [{"type": "interception", "place": "عين الأسد", "weapon": "drone", "date": "2023-11-04"}, {"type": "attack", "place": "عين الأسد", "date": "2023-11-04"}]),  # session 17: the nearing drone is an attack too (annotated sets)
    ("us-strike-killed", "press", "وقتل خمسة من عناصر كتائب حزب الله في ضربات أميركية على منطقة جرف الصخر جنوبي بغداد فجر الأربعاء.", "2024-01-24", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "جرف الصخر", "weapon": "air", "date": "2024-01-24", "killed": 5}]),
    ("attack-jordan-casualties", "press", "ولقي ثلاثة جنود أميركيين حتفهم وأصيب 34 آخرون الأحد حين ضربت مسيرة موقع البرج 22 شمال شرقي الأردن.", "2024-01-29", [{"type": "attack", "place": "البرج 22", "weapon": "drone", "date": "2024-01-28", "killed": 3, "injured": 34}]),
    ("attack-mortar-yesterday-evening", "press", "وتعرضت القاعدة المشتركة في الشدادي لقصف بقذائف الهاون مساء أمس.", "2023-12-12", [{"type": "attack", "place": "الشدادي", "weapon": "mortar", "date": "2023-12-11"}]),
    ("attack-no-casualties", "press", "وسقط صاروخان داخل قاعدة عين الأسد دون أن يسفرا عن إصابات، وفق مصادر أمنية.", "2023-10-23", [{"type": "attack", "place": "عين الأسد", "weapon": "rocket", "killed": 0, "injured": 0}]),
    ("threat-conditional", "press", "وهددت كتائب حزب الله باستهداف القوات الأميركية في حال أقدمت واشنطن على أي ضربة جديدة.", "2024-01-05", [{"type": "threat", "actor": "كتائب حزب الله"}]),
    ("visit-unannounced", "press", "وحط وزير الدفاع لويد أوستن في مطار بغداد اليوم الثلاثاء قادما من عمّان في زيارة مفاجئة.", "2023-03-07", [{"type": "visit", "actor": "لويد أوستن", "place": "بغداد", "date": "2023-03-07"}]),
    ("us-strike-drone-car", "press", "واستهدفت طائرة مسيرة أميركية سيارة في منطقة المشتل شرقي بغداد مساء الأربعاء، ما أدى إلى مقتل ثلاثة أشخاص.", "2024-02-08", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "المشتل", "weapon": "drone", "date": "2024-02-07", "killed": 3}]),
    ("other-suspension", "press", "وأعلنت كتائب حزب الله، مساء الثلاثاء، تعليق عملياتها العسكرية ضد القوات الأميركية.", "2024-01-31", [{"type": "other", "actor": "كتائب حزب الله", "date": "2024-01-30"}]),
    ("attack-levantine-current-month", "press", "وتعرضت قاعدة حقل العمر لهجوم صاروخي في 5 كانون الثاني الجاري.", "2024-01-09", [{"type": "attack", "place": "حقل العمر", "weapon": "rocket", "date": "2024-01-05"}]),
    ("us-strike-paired-month", "press", "وقصفت مقاتلات أميركية منشأتين قرب البوكمال في 26 أكتوبر/تشرين الأول المنصرم.", "2023-11-13", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "البوكمال", "weapon": "air", "date": "2023-10-26"}]),
    ("us-strike-maghrebi-month", "press", "وكانت طائرات أميركية قد قصفت مخزنا للأسلحة في الميادين يوم 8 نونبر.", "2023-11-12", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "الميادين", "weapon": "air", "date": "2023-11-08"}]),
    ("attack-arabic-indic-date", "press", "واستهدفت المقاومة الإسلامية في العراق قاعدة كونيكو بالصواريخ في ٢٢ نوفمبر.", "2023-11-25", [{"type": "attack", "actor": "المقاومة الإسلامية في العراق", "place": "كونيكو", "weapon": "rocket", "date": "2023-11-22"}]),
    ("claim-tabannat", "press", "وتبنت المقاومة الإسلامية في العراق هجوما صاروخيا استهدف قاعدة خراب الجير بريف الحسكة يوم الجمعة.", "2023-11-27", [{"type": "claim", "actor": "المقاومة الإسلامية في العراق", "place": "خراب الجير", "weapon": "rocket", "date": "2023-11-24", "claimed": True}, {"type": "attack", "actor": "المقاومة الإسلامية في العراق", "place": "خراب الجير", "weapon": "rocket", "date": "2023-11-24", "claimed": True}]),
    ("attack-reporter-before-inna-not-actor", "dev", "وقال البنتاغون إن الفصائل استهدفت قاعدة حرير يوم الأربعاء.", "2024-02-08", [{"type": "attack", "place": "حرير", "date": "2024-02-07"}]),
    ("us-strike-reporter-then-anha", "dev", "وأعلنت القيادة المركزية الأمريكية في بيان أنها استهدفت موقعين في العراق يوم الأربعاء.", "2024-02-08", [{"type": "us_strike", "date": "2024-02-07"}]),
    ("attack-us-object-then-anha", "bug", "وأكدت الفصائل أنها ماضية في ضرب القواعد الأمريكية، موضحة أنها استهدفت يوم الأربعاء قاعدة التنف.", "2024-02-08", [{"type": "claim", "place": "التنف", "date": "2024-02-07"}, {"type": "attack", "place": "التنف", "date": "2024-02-07"}]),
    ("attack-claimed-relative", "press", "وتعرضت قاعدة قسرك لهجوم بطائرات مسيرة تبنته المقاومة الإسلامية في العراق مساء الخميس.", "2023-11-25", [{"type": "attack", "actor": "المقاومة الإسلامية في العراق", "place": "قسرك", "weapon": "drone", "date": "2023-11-23", "claimed": True}]),
    ("interception-kurdistan-ctd", "press", "وأعلن جهاز مكافحة الإرهاب في إقليم كردستان إسقاط طائرة مسيرة مفخخة قرب مطار أربيل الدولي فجر الثلاثاء.", "2024-01-02", [{"type": "interception", "place": "أربيل", "weapon": "drone", "date": "2024-01-02"}]),
    ("attack-injured-words", "press", "وأصيب أربعة عسكريين أميركيين بجروح طفيفة في هجوم صاروخي استهدف قاعدة للتحالف في دير الزور فجر الخميس.", "2023-03-24", [{"type": "attack", "place": "دير الزور", "weapon": "rocket", "date": "2023-03-23", "injured": 4}]),
    ("us-strike-centcom-country", "press", "وأعلنت القيادة المركزية الأميركية أنها نفذت ضربات دقيقة على موقعين للحشد الشعبي في العراق فجر الأربعاء.", "2023-11-22", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "العراق", "date": "2023-11-22"}]),
    ("threat-sdf", "press", "وتوعدت قوات سوريا الديمقراطية بالرد بقوة إذا استهدفت الصواريخ مناطق سيطرتها انطلاقا من العراق.", "2023-12-14", [{"type": "threat", "actor": "قوات سوريا الديمقراطية"}]),
    ("interception-night-span", "press", "وتصدت منظومات الدفاع في قاعدة فيكتوريا لطائرة مسيرة ليل الأحد-الاثنين.", "2026-03-02", [{"type": "interception", "place": "فيكتوريا", "weapon": "drone", "date": "2026-03-01"}]),
    ("visit-day-of-current-month", "press", "وكان وزير الخارجية أنتوني بلينكن قد حط في بغداد في 4 الشهر الحالي للقاء رئيس الحكومة.", "2023-11-13", [{"type": "visit", "actor": "أنتوني بلينكن", "place": "بغداد", "date": "2023-11-04"}]),
    ("attack-hamzaless-alias-missile", "press", "وتعرضت قاعدة الاسد الجوية لهجوم بصاروخ باليستي قصير المدى مساء الثلاثاء.", "2023-11-22", [{"type": "attack", "place": "عين الأسد", "weapon": "missile", "date": "2023-11-21"}]),
    ("other-launchers-found", "press", "وعثرت قوات سوريا الديمقراطية على منصتين لإطلاق الصواريخ قرب بلدة الشدادي صباح اليوم.", "2023-12-12", [{"type": "other", "actor": "قوات سوريا الديمقراطية", "place": "الشدادي", "date": "2023-12-12"}]),
    ("attack-amsi-al-awwal", "press", "وكانت قاعدة التنف قد تعرضت لهجوم بمسيرتين أمس الأول.", "2023-10-21", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-19"}]),
    ("attack-undated-two-weapons", "press", "وشنت فصائل عراقية هجمات بالصواريخ والطائرات المسيرة على قواعد أميركية في سوريا.", "2023-11-20", [{"type": "attack", "actor": "فصائل عراقية", "place": "سوريا", "weapon": "drone+rocket"}]),
    ("us-strike-killed-injured", "press", "وأسفرت الغارات الأميركية على مواقع في القائم عن مقتل 16 شخصا وإصابة 25 آخرين.", "2024-02-03", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "القائم", "weapon": "air", "killed": 16, "injured": 25}]),
    ("visit-commander-weekday", "dev", "وتوجه قائد القيادة المركزية الأميركية مايكل كوريلا إلى أربيل حيث التقى قادة البيشمركة يوم الخميس.", "2023-12-02", [{"type": "visit", "actor": "مايكل كوريلا", "place": "أربيل", "date": "2023-11-30"}]),
    ("interception-today-count", "press", "وأسقطت القوات الأميركية في التنف ثلاث مسيرات فجر اليوم الأحد.", "2024-04-07", [{"type": "interception", "place": "التنف", "weapon": "drone", "date": "2024-04-07"}]),
    ("attack-explicit-date-in-parens", "press", "وقال المرصد إن قاعدة خراب الجير تعرضت لهجوم بطائرة مسيرة (9 آب/أغسطس 2024) أدى إلى اشتعال النيران فيها.", "2024-08-10", [{"type": "attack", "place": "خراب الجير", "weapon": "drone", "date": "2024-08-09"}]),
    ("attack-injured-explicit-date", "press", "وأصيب 19 جنديا بجروح طفيفة حين هاجمت مسيرتان انتحاريتان قاعدة التنف في 18 أكتوبر.", "2023-10-25", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-18", "injured": 19}]),
    ("attack-arabic-indic-dawn", "press", "وتعرضت قاعدة عين الأسد لهجوم بطائرتين مسيرتين فجر ٢٦ أكتوبر.", "2023-10-27", [{"type": "attack", "place": "عين الأسد", "weapon": "drone", "date": "2023-10-26"}]),
    ("claim-new-faction", "press", "وتبنى فصيل يطلق على نفسه سرايا أولياء الدم استهداف قاعدة فيكتوريا بسرب من المسيرات الاثنين.", "2026-03-03", [{"type": "claim", "actor": "سرايا أولياء الدم", "place": "فيكتوريا", "weapon": "drone", "date": "2026-03-02", "claimed": True}, {"type": "attack", "actor": "سرايا أولياء الدم", "place": "فيكتوريا", "weapon": "drone", "date": "2026-03-02", "claimed": True}]),
    ("attack-rocket-salvo", "press", "وأفادت مصادر محلية بأن رشقة صاروخية استهدفت القاعدة الأميركية في الشدادي عصر الخميس.", "2023-10-27", [{"type": "attack", "place": "الشدادي", "weapon": "rocket", "date": "2023-10-26"}]),
    ("us-strike-two-strikes-syria", "press", "ونفذت الولايات المتحدة ضربتين جويتين على منشأة تدريب قرب البوكمال ومنزل في الميادين يوم الأربعاء.", "2023-11-09", [{"type": "us_strike", "actor": "الولايات المتحدة", "weapon": "air", "date": "2023-11-08"}]),
    ("threat-legit-targets", "press", "واعتبر المتحدث العسكري باسم كتائب حزب الله أن القوات الأميركية في العراق باتت أهدافا مشروعة.", "2020-01-06", [{"type": "threat", "actor": "كتائب حزب الله"}]),
    ("attack-ground-to-ground", "press", "وتعرضت قاعدة حقل العمر لعشر هجمات بأسلحة أرض أرض فجر السبت.", "2023-10-28", [{"type": "attack", "place": "حقل العمر", "date": "2023-10-28"}]),
    ("trap-background-distance", "trap", "وتقع قاعدة عين الأسد على بعد نحو 180 كيلومترا غربي العاصمة بغداد.", "2023-10-23", []),
    ("trap-background-founding", "trap", "وتأسس التحالف الدولي بقيادة واشنطن عام 2014 لمحاربة تنظيم داعش.", "2023-11-22", []),
    ("trap-capacity-description", "trap", "وتضم القاعدة مدرجين للطائرات ومستودعات للذخيرة ومساكن للجنود.", "2024-01-21", []),
    ("trap-future-plan", "trap", "وتعتزم بغداد إنهاء مهمة التحالف الدولي بحلول أيلول المقبل.", "2025-03-10", []),
    ("attack-base-before-its-town", "press", "وذكرت مصادر أن قاعدة \"الشدادي\" التي تتمركز فيها قوات أميركية في ريف الحسكة تعرضت لقصف صاروخي.", "2024-01-20", [{"type": "attack", "place": "الشدادي", "weapon": "rocket"}]),
    ("attack-and-interception-two-rows", "bug", "واستهدفت ثلاث طائرات مسيرة قاعدة التنف فجر الجمعة. وأسقطت الدفاعات الجوية اثنتين منها قبل بلوغ القاعدة.", "2023-10-21", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-20"}, {"type": "interception", "place": "التنف", "weapon": "drone", "date": "2023-10-20"}]),
    ("attack-takes-day-of-its-interception", "bug", "وقال مسؤول أميركي إن ثلاث طائرات مسيرة هاجمت قاعدة التنف. وأضاف أن الدفاعات أسقطت اثنتين منها فجر الجمعة.", "2023-10-21", [{"type": "attack", "place": "التنف", "date": "2023-10-20"}, {"type": "interception", "place": "التنف", "date": "2023-10-20"}]),
    ("claim-subject-first-pluperfect", "bug", "وكانت \"المقاومة الإسلامية في العراق\" قد أعلنت، مساء الأحد، أن مقاتليها استهدفوا قاعدة عين الأسد بطائرة مسيرة.", "2024-01-22", [{"type": "claim", "actor": "المقاومة الإسلامية في العراق", "place": "عين الأسد", "date": "2024-01-21"}, {"type": "attack", "actor": "المقاومة الإسلامية في العراق", "place": "عين الأسد", "date": "2024-01-21"}]),
    ("attack-weapon-subject-with-participle", "bug", "وقالت السلطات إن طائرة مسيرة محملة بالمتفجرات ضربت قاعدة حرير فجر الاثنين.", "2023-12-26", [{"type": "attack", "place": "حرير", "weapon": "drone", "date": "2023-12-25"}]),
    ("trap-launch-site-is-no-place", "trap", "وسقطت أربعة صواريخ قرب قاعدة عين الأسد فجر السبت، وقد أطلقت من منطقة البغدادي.", "2024-01-21", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-20"}]),
    ("attack-verb-aghara", "bug", "وأغارت ثلاث طائرات مسيرة على قاعدة التنف فجر الخميس.", "2023-10-21", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2023-10-19"}]),
    ("attack-object-after-a-date-aside", "bug", "وقالت مصادر أمنية إن مسلحين شنوا، في ساعة مبكرة من صباح السبت، هجوما صاروخيا على قاعدة الشدادي.", "2024-01-07", [{"type": "attack", "place": "الشدادي", "weapon": "rocket", "date": "2024-01-06"}]),
    ("attack-embassy-is-a-place", "bug", "وكانت السفارة الأمريكية في بغداد قد تعرضت فجر الجمعة لهجوم صاروخي.", "2023-12-09", [{"type": "attack", "place": "السفارة الأميركية في بغداد", "weapon": "rocket", "date": "2023-12-08"}]),
    ("attack-weapon-subject-us-object", "press", "واستهدفت طائرة مسيرة القوات الأمريكية المنتشرة في ريف الحسكة مساء الخميس.", "2024-08-16", [{"type": "attack", "actor": "", "weapon": "drone", "date": "2024-08-15"}]),
    ("objected-to-is-no-interception-criticised-is-no-attack", "trap", "وهاجم القيادي النواب الذين اعترضوا على قصف السفارة الأميركية.", "2023-12-09", [{"type": "attack", "date": ""}]),
    ("us-strike-instrument-then-group", "bug", "وقال الوزير إن القوات الأميركية استهدفت بغارات جوية كتائب حزب الله قرب القائم.", "2024-02-03", [{"type": "us_strike", "actor": "الولايات المتحدة", "place": "القائم", "weapon": "air"}]),
    ("trap-objected-with-adverb", "bug", "وقال القيادي إن الحلفاء اعترضوا مرارا على قرارات الفصائل.", "2024-01-30", []),
    ("threat-and-the-attack-it-answers", "bug", "وتوعد وزير الدفاع الأميركي بالرد على هجوم بصاروخ استهدف، السبت، قاعدة عين الأسد.", "2024-01-22", [{"type": "threat"}, {"type": "attack", "place": "عين الأسد", "weapon": "rocket", "date": "2024-01-20"}]),
    ("threat-formula-in-quote-abroad", "bug", "وقال المتحدث: \"سنرد في الزمان والمكان المناسبين، ونحمل طهران المسؤولية\".", "2024-01-30", [{"type": "threat"}]),
    ("threat-any-response-is-no-response-clause", "bug", "وحذر القيادي واشنطن من أي رد على عمليات الفصائل، قائلا إن \"أي خطأ سيقابله رد أقسى\".", "2023-12-09", [{"type": "threat"}]),
    ("attack-dated-by-later-sentence-not-by-accusation", "bug", "واتهمت أمس الاثنين وزارة الدفاع الأميركية كتائب حزب الله بتنفيذ الهجوم على قاعدة البرج 22. وكان الهجوم الذي وقع يوم الأحد قد أدى إلى مقتل ثلاثة جنود.", "2024-01-30", [{"type": "attack", "place": "البرج 22", "date": "2024-01-28"}]),
    ("lead-dates-the-acts-told-after-it", "dev", "عادت الفصائل المسلحة، يوم الجمعة، إلى مهاجمة مواقع أمريكية في العراق وسوريا. وذكرت الفصائل أنها ضربت بطائرتين مسيرتين قاعدة تل بيدر.", "2023-11-18", [{"type": "claim", "place": "تل بيدر", "weapon": "drone", "date": "2023-11-17"}, {"type": "attack", "place": "تل بيدر", "weapon": "drone", "date": "2023-11-17"}]),
    ("lead-without-date-lends-nothing", "trap", "وتواصل الفصائل مهاجمة مواقع أمريكية في العراق وسوريا. وذكرت الفصائل أنها ضربت بطائرتين مسيرتين قاعدة تل بيدر.", "2023-11-18", [{"type": "claim", "place": "تل بيدر", "weapon": "drone", "date": ""}, {"type": "attack", "place": "تل بيدر", "weapon": "drone", "date": ""}]),
    # session 7: a single act told by its noun in a dated sentence with no verb of attack
    ("noun-act-killed-in-attack-dated", "dev", "وكان جنديان أمريكيان قد قتلا في 12 كانون الثاني بهجوم بطائرة مسيرة على قاعدة في شمال سوريا.", "2024-02-06", [{"type": "attack", "weapon": "drone", "date": "2024-01-12"}]),
    ("noun-act-took-place-on-day", "dev", "ووقع الهجوم يوم الخميس 1 شباط على قاعدة الشدادي.", "2024-02-06", [{"type": "attack", "place": "الشدادي", "date": "2024-02-01"}]),
    ("noun-act-injured-in-attack", "dev", "أصيب أربعة جنود أمريكيين، أمس، في هجوم طال قاعدة حرير في أربيل.", "2024-02-07", [{"type": "attack", "place": "حرير", "date": "2024-02-06"}]),
    ("noun-act-us-strike-air-adjective", "bug", "كما قتلت غارة جوية أمريكية وسط بغداد، الخميس الماضي، قياديين في حركة النجباء.", "2024-01-08", [{"type": "us_strike", "date": "2024-01-04"}]),
    ("noun-act-without-place-points-back", "trap", "وتعهد رئيس الوزراء بملاحقة المسؤولين عن هجوم السبت.", "2024-01-01", []),
    ("noun-act-since-date-is-a-period", "trap", "وهذا هو الهجوم الأول على قاعدة التنف منذ بدء الهجمات على القوات الأمريكية في 17 تشرين الأول.", "2023-11-20", []),
    ("noun-act-day-after-another-blast", "trap", "ووقع الهجوم غداة انفجار هز معسكرا للحشد الشعبي فجر أمس السبت.", "2024-04-21", []),
    ("since-clause-of-a-tally-is-an-act", "dev", "وقال المتحدث إن القوات الأمريكية تعرضت لأربع هجمات منذ الهجوم بطائرة مسيرة على قاعدة التنف في 5 كانون الثاني.", "2024-02-06", [{"type": "attack", "place": "التنف", "date": "2024-01-05"}]),
    ("pelted-with-rockets-by-gunmen", "dev", "وقال البنتاغون إن مسلحين رشقوا مساء الأحد بصواريخ قاعدة عين الأسد.", "2024-01-22", [{"type": "attack", "place": "عين الأسد", "weapon": "rocket", "date": "2024-01-21"}]),
    ("weapon-subject-hit-base", "dev", "وفي 3 كانون الثاني، أصاب صاروخ قاعدة حرير فجرح جنديين.", "2024-01-08", [{"type": "attack", "place": "حرير", "date": "2024-01-03"}]),
    ("previous-attack-is-another-act", "bug", "واستهدفت طائرة مسيرة قاعدة الشدادي اليوم السبت. إذ طال الهجوم السابق قاعدة حرير، الاثنين 5 آب، بصاروخين.", "2024-08-10", [{"type": "attack", "place": "الشدادي", "date": "2024-08-10"}, {"type": "attack", "place": "حرير", "date": "2024-08-05"}]),
    ("concession-then-the-act", "dev", "ورغم إعلان الكتائب تعليق عملياتها ضد القوات الأمريكية، فإن طائرة مسيرة قصفت مساء الأربعاء سيارة في بغداد.", "2024-02-08", [{"type": "attack", "place": "بغداد", "date": "2024-02-07"}]),
    ("martyrs-fell-is-no-act", "trap", "وقال مصدر في الكتائب إن \"شهيدين من الكتائب سقطا في العدوان على جرف النصر\".", "2024-02-08", []),
    ("us-administration-waged-aggression", "dev", "شنت الإدارة الأمريكية، في ساعة متأخرة من ليل الجمعة، عدوانا على مواقع في سوريا والعراق.", "2024-02-03", [{"type": "us_strike", "date": "2024-02-02"}]),
    ("threat-us-response-will-come", "dev", "وألمح المتحدث إلى أن ردا أمريكيا سيأتي في الوقت المناسب.", "2024-01-31", [{"type": "threat"}]),
    ("threat-participle-vowing-revenge", "dev", "ونعت الفصائل اثنين من مقاتليها، متوعدة بالثأر من القوات الأمريكية.", "2023-12-04", [{"type": "threat"}]),
    ("threat-will-not-hesitate", "dev", "وقال الوزير: \"لن نتردد في حماية قواتنا إذا استمرت هذه الاعتداءات\".", "2023-11-09", [{"type": "threat"}]),
    ("other-faction-froze-operations", "dev", "وكانت الكتائب قد أكدت، الثلاثاء، أنها جمدت جميع أنشطتها العسكرية ضد القوات الأمريكية.", "2024-02-01", [{"type": "other", "date": "2024-01-30"}]),
    ("other-convoy-left-base", "dev", "وأفاد مراسل محلي بأن رتلا عسكريا أمريكيا غادر قاعدة الشدادي متجها إلى الحسكة.", "2025-04-20", [{"type": "other"}]),
    ("other-talk-of-departure-is-no-act", "trap", "ودعا النائب الحكومة إلى وضع جدول زمني يحدد موعد مغادرة قوات التحالف.", "2024-01-10", []),
    ("other-push-for-withdrawal-is-no-act", "trap", "ويضغط حلفاء إيران في البرلمان من أجل الانسحاب الكامل للقوات الأمريكية.", "2023-11-13", []),
    ("other-phone-interview-is-no-call", "trap", "وقال القيادي في الفصائل، في اتصال هاتفي مع الصحيفة، إن الضربات لن تغير شيئا.", "2023-11-13", []),
    ("claim-reported-with-awradat", "dev", "وأوردت المقاومة الإسلامية في العراق، في بيان، أنها ضربت قاعدة عين الأسد بطائرتين مسيرتين.", "2023-11-18", [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("hit-their-target-is-the-outcome", "bug", "وقالت الفصائل المسلحة إن مقاتليها ضربوا قاعدة الشدادي بمسيرتين أصابتا هدفيهما بدقة.", "2024-01-08", [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("attack-before-that-passive", "press", "وكانت قاعدة الشدادي قد تعرضت قبل ذلك لقصف بقذائف الهاون.", "2024-02-10", [{"type": "attack", "place": "الشدادي", "weapon": "mortar"}]),
    ("attack-base-hit-passive", "press", "وأصيبت قاعدة التنف إصابة مباشرة فجر الأحد بطائرة مسيرة.", "2024-03-05", [{"type": "attack", "place": "التنف", "weapon": "drone", "date": "2024-03-03"}]),
    ("attack-raid-on-us-base", "press", "ورفعت القوات الأميركية حالة التأهب عقب غارة بطائرة مسيرة طالت قاعدة تل بيدر.", "2024-02-10", [{"type": "attack", "place": "تل بيدر", "weapon": "drone"}]),
    ("attack-soldiers-hurt-by-rockets", "press", "وأصيب ثلاثة جنود أميركيين بصواريخ أطلقت على قاعدة حرير يوم الخميس.", "2024-05-04", [{"type": "attack", "place": "حرير", "weapon": "rocket", "date": "2024-05-02", "injured": 3}]),
    ("other-summons-protest", "press", "واستدعت وزارة الخارجية العراقية يوم الأحد القائم بأعمال السفارة الأميركية احتجاجا على القصف الذي طال مواقع في الأنبار.", "2024-02-06", [{"type": "other", "date": "2024-02-04"}, {"type": "us_strike", "place": "الأنبار"}]),
    ("claim-struck-us-base-object", "press", "وكانت كتائب حزب الله قد أعلنت أنها ضربت في عمق الأراضي السورية قاعدة تابعة للقوات الأمريكية في الشدادي.", "2024-01-10", [{"type": "claim", "actor": "كتائب حزب الله", "place": "الشدادي", "claimed": True}]),
    ("trap-struck-not-attack", "trap", "وضربت موجة من الغبار مناطق واسعة من الأنبار يوم الخميس.", "2024-01-10", []),
    ("trap-endangers-not-threat", "trap", "ووصف رئيس الوزراء الهجوم بأنه عمل إرهابي يهدد الأمن الداخلي للبلاد.", "2024-01-10", []),
    ("threat-direct-object", "press", "وهددت فصائل عراقية موالية لإيران المصالح الأميركية في المنطقة.", "2024-01-10", [{"type": "threat"}]),
    ("us-strike-its-warplanes", "press", "وكانت القيادة المركزية قد أعلنت فجر الجمعة أن طائراتها الحربية قصفت مواقع تستعملها فصائل مسلحة شرقي سوريا.", "2024-02-03", [{"type": "us_strike", "actor": "الولايات المتحدة", "weapon": "air", "date": "2024-02-02"}]),
    ("attack-backer-not-place", "press", "وقال البنتاغون إن مسلحين تدعمهم إيران رشقوا مساء السبت بصواريخ قاعدة عين الأسد.", "2024-01-22", [{"type": "attack", "place": "عين الأسد", "weapon": "rocket", "date": "2024-01-20"}]),
    ("claim-present-tense-adopts", "press", "ونقلت وكالة أنباء عن قيادي في حركة النجباء قوله إن الحركة تتبنى القصف الذي طال اليوم الاثنين قاعدة حرير.", "2024-01-15", [{"type": "claim", "place": "حرير", "date": "2024-01-15", "claimed": True}, {"type": "attack", "place": "حرير", "date": "2024-01-15", "claimed": True}]),
    ("claim-participle-reporter", "press", "وأكدت الفصائل أنها ماضية في عملياتها، موضحة أنها استهدفت اليوم قاعدة الشدادي بطائرة مسيرة.", "2024-01-15", [{"type": "claim", "place": "الشدادي", "weapon": "drone", "date": "2024-01-15"}, {"type": "attack", "place": "الشدادي", "weapon": "drone", "date": "2024-01-15"}]),
    ("attack-later-sentence-gives-its-day", "press", "وأعلن وزير الدفاع اليوم الاثنين إصابة أربعة جنود أميركيين في هجوم صاروخي على قاعدة حرير. وأوضح الوزير أن الهجوم وقع مساء السبت.", "2024-03-11", [{"type": "attack", "place": "حرير", "weapon": "rocket", "date": "2024-03-09"}]),
    ("claim-announcement-noun", "press", "ويأتي الهجوم بعد نحو يوم من إعلان كتائب سيد الشهداء قصف القاعدة الأمريكية في حقل كونيكو.", "2024-01-12", [{"type": "claim", "actor": "كتائب سيد الشهداء", "place": "كونيكو", "date": ""}, {"type": "attack", "actor": "كتائب سيد الشهداء", "place": "كونيكو", "date": ""}]),
    ("claim-group-before-other-subject", "bug", "وقال البنتاغون إنه قتل قياديا في كتائب حزب الله، في حين أكدت قيادة العمليات المشتركة العراقية مقتل ركاب سيارة استهدفت في بغداد.", "2024-02-08", [{"type": "us_strike", "place": "بغداد"}]),
    ("attack-drones-set-off-towards", "press", "وذكر مسؤول عسكري أن مسيرات عدة انطلقت فجر اليوم السبت باتجاه قاعدة عين الأسد.", "2024-01-13", [{"type": "attack", "place": "عين الأسد", "weapon": "drone", "date": "2024-01-13"}]),
    ("trap-talks-set-off", "trap", "وانطلقت اليوم في بغداد جولة جديدة من المحادثات بين الجانبين.", "2024-01-13", []),
    # --- session 24: a strike a US leader orders («أمر بايدن بشن», «وجه الرئيس الأمريكي بشن») is a US strike (press) ---
    ("us-strike-ordered-by-president-name", "press", "وكان ترامب قد أمر بشن ضربات على مواقع للفصائل في العراق يوم الأحد.", "2024-01-10", [{"type": "us_strike", "date": "2024-01-07"}]),
    ("us-strike-ordered-relative-fiha", "press", "وكانت آخر مرة أمر فيها بايدن بشن غارات على هدف في سوريا في شهر آذار الماضي.", "2024-06-10", [{"type": "us_strike", "date": "2024-03"}]),
    ("us-strike-ordered-by-title", "press", "ووجه وزير الدفاع الأمريكي بشن هجمات على منشآت للكتائب في القائم مساء الجمعة.", "2024-02-04", [{"type": "us_strike", "date": "2024-02-02"}]),
    ("ordered-by-faction-leader-trap", "trap", "وأمر قائد الفصيل بشن هجمات على قاعدة عين الأسد يوم الأحد.", "2024-01-10", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-07"}]),
    # --- session 24: a response whose means is firing («ردت … بإطلاق صواريخ على») is a strike, not an interception (press) ---
    ("response-by-firing-rockets", "press", "وردت قوات التحالف الدولي بإطلاق أربعة صواريخ على أطراف مدينة الميادين.", "2022-01-05", [{"type": "us_strike", "place": "الميادين"}]),
    ("defenders-shoot-down-rockets-stays-interception", "dev", "وأسقطت قوات التحالف الدولي صاروخين فوق قاعدة حقل العمر.", "2022-01-05", [{"type": "interception", "place": "حقل العمر"}]),
    ("partner-force-fires-back-trap", "trap", "وأفاد التحالف بأن قوات محلية مدعومة أميركيا ردت بإطلاق 6 قذائف مدفعية باتجاه الميادين.", "2022-01-05", []),
    # --- session 24: acts counted in an exception to a halt («باستثناء مرتين حاولت فيها استهداف») tell no act (press) ---
    ("exception-to-halt-counts-acts", "press", "وتوقفت الهجمات على القواعد الأمريكية منذ أسابيع، باستثناء مرتين حاولت فيها الفصائل استهداف قاعدة الشدادي.", "2024-04-10", []),
    ("exception-to-halt-with-suspension", "press", "وأوقفت الفصائل الموالية لإيران هجماتها على القواعد الأمريكية في سوريا منذ 20 آذار، عدا مرة واحدة استهدفت فيها قاعدة التنف.", "2024-04-10", [{"type": "other"}]),
    ("exception-other-than-count-trap", "dev", "واستهدفت طائرة مسيرة قاعدة الشدادي فجر اليوم، باستثناء ذلك لم تسجل أي حوادث.", "2024-04-10", [{"type": "attack", "place": "الشدادي", "date": "2024-04-10"}]),
    # --- session 24: the coalition or a US command announcing its own strike with a possessed verbal noun («أعلن التحالف استهدافه») (press) ---
    ("announced-own-strike-coalition", "press", "وأعلن التحالف الدولي استهدافه مواقع لمسلحين موالين لإيران في ريف البوكمال.", "2024-02-04", [{"type": "us_strike", "place": "البوكمال"}]),
    ("announced-own-strike-centcom-dated", "press", "وأعلنت القيادة المركزية الأمريكية قصفها مقرات لكتائب حزب الله في القائم يوم الأحد.", "2024-01-10", [{"type": "us_strike", "date": "2024-01-07"}]),
    ("announced-own-act-by-group-trap", "trap", "وأعلن الحشد الشعبي استهدافه مواقع لتنظيم داعش في صحراء الأنبار.", "2024-01-10", []),
    # --- session 24: a threat's cause («بسبب …») right after its trigger is neither its target nor its place (press) ---
    ("threat-cause-is-no-place", "press", "وقالت الحركة إن القوات الأمريكية في سوريا قد تصبح هدفا مشروعا، بسبب دعم واشنطن للعمليات الإسرائيلية في لبنان.", "2024-10-10", [{"type": "threat", "place": "سوريا"}]),
    # --- session 24: a pledge whose object is «بأن» + a verb of revenge is a threat; an act that killed Americans is an attack (press) ---
    ("pledge-clause-revenge-threat", "press", "وتعهد الرئيس الأمريكي اليوم الأحد بأن تنتقم بلاده لمقتل جنودها.", "2025-12-14", [{"type": "threat", "date": "2025-12-14"}]),
    ("pledge-clause-support-trap", "trap", "وتعهد الرئيس الأمريكي اليوم الأحد بأن تدعم بلاده الحكومة العراقية.", "2025-12-14", []),
    ("revenge-for-attack-killing-americans", "press", "وتعهد الرئيس الأميركي بأن تنتقم الولايات المتحدة من هجوم في البادية أسفر عن مقتل جنديين أميركيين.", "2025-12-14", [{"type": "threat"}, {"type": "attack"}]),
    ("strike-killing-fighters-stays-us-strike", "dev", "وقصفت طائرات أمريكية مقرا للكتائب في القائم ما أسفر عن مقتل ثلاثة عناصر بضربة أمريكية دقيقة.", "2024-02-04", [{"type": "us_strike", "place": "القائم"}]),
    # --- session 24: an unplaced act placed by the act pointing back to it is no longer of unknown place (bug) ---
    ("anaphor-places-act-then-another-base", "bug", "وقالت المتحدثة إن القوات الأمريكية تعرضت لهجوم بطائرات مسيرة ولم تقع إصابات. وكان الهجوم على قاعدة التنف قرب الحدود مع الأردن. وكانت قاعدة عين الأسد قد تعرضت لإطلاق 8 صواريخ في وقت سابق.", "2021-10-23", [{"type": "attack", "place": "التنف"}, {"type": "attack", "place": "عين الأسد"}]),
    # --- session 24: attacks on the coalition's convoys told by a verbal noun, and their blast told again (press) ---
    ("convoy-targeting-campaign", "press", "وتتكرر منذ أشهر عمليات استهداف أرتال التحالف الدولي في محافظات الجنوب العراقي.", "2021-05-20", [{"type": "attack", "place": "العراق"}]),
    ("convoy-targeting-owner-after-link", "press", "وأعلنت خلية الإعلام الأمني استهداف رتل تابع للتحالف الدولي قرب السماوة يوم الأحد.", "2021-05-20", [{"type": "attack", "date": "2021-05-16"}]),
    ("convoy-targeting-iraqi-army-trap", "trap", "وتتكرر منذ أشهر عمليات استهداف أرتال الجيش العراقي في صحراء الأنبار.", "2021-05-20", []),
    ("convoy-blast-told-again-with-place", "press", "واستهدف انفجار بعبوة ناسفة رتلا للتحالف الدولي جنوبي العراق. وقال مصدر أمني إن الانفجار استهدف الرتل على طريق الديوانية السريع.", "2021-05-20", [{"type": "attack"}]),
    ("fingers-of-blame-are-no-move-trap", "trap", "وتتجه أصابع الاتهام إلى فصائل مسلحة بالوقوف وراء تفجير الرتل التابع للتحالف.", "2021-05-20", []),
    # --- session 24: a date a few words after «منذ» opens a period, it does not date the act (press) ---
    ("since-tenure-date-is-no-act-date", "press", "وقصفت طائرات أمريكية مخزنا للأسلحة في البوكمال، في ثالث ضربة منذ توليه منصبه قبل أربعة أشهر.", "2024-06-10", [{"type": "us_strike", "date": ""}]),
    ("since-war-start-date-is-no-act-date", "press", "واستهدفت طائرة مسيرة قاعدة حرير، في أول هجوم منذ بدء الحرب في 7 تشرين الأول.", "2024-01-10", [{"type": "attack", "place": "حرير", "date": ""}]),
    ("since-earlier-attack-keeps-its-date", "dev", "وتعرضت قاعدة الشدادي لهجوم جديد، هو الأول منذ الهجوم على قاعدة التنف في 5 كانون الثاني.", "2024-01-20", [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "التنف", "date": "2024-01-05"}]),
    # --- session 25: an indefinite attack noun taking the verb with no relative pronoun, a weapon phrase between («هجوما بطائرة مسيرة استهدف القوات الأمريكية»), is its subject: the US after the verb is the target (press) ---
    ("bare-act-noun-subject-us-target", "press", "وأكد مسؤول عسكري أمريكي أن هجوما بطائرة مسيرة مفخخة استهدف القوات الأمريكية المتمركزة في قاعدة حرير الجوية اليوم الثلاثاء.", "2024-04-23", [{"type": "attack", "place": "حرير", "date": "2024-04-23"}]),
    ("bare-act-noun-subject-us-target-reported", "press", "وأفاد مسؤول أمريكي بأن هجوما بصواريخ استهدف القوات الأمريكية الموجودة في قاعدة التنف مساء الأحد، دون إصابات.", "2024-04-23", [{"type": "attack", "place": "التنف", "date": "2024-04-21"}]),
    ("bare-strike-noun-us-adjective-trap", "trap", "وقال مسؤول عراقي إن ضربة أمريكية بطائرة مسيرة استهدفت سيارة لقيادي في الكتائب قرب القائم يوم الجمعة.", "2024-04-23", [{"type": "us_strike", "date": "2024-04-19"}]),
    # --- session 25: a claimed verbal noun whose target is a general base noun with its US owner before the named place («أعلنت … استهداف القاعدة الأمريكية في عين الأسد») reports the act (press) ---
    ("claimed-verbal-noun-general-base-then-place", "press", "وقالت المقاومة الإسلامية في العراق إنها قصفت قاعدة التنف. كما أعلنت المقاومة الإسلامية في العراق استهداف القاعدة الأمريكية في حقل العمر بطائرة مسيرة انقضاضية.", "2024-01-10", [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}, {"type": "claim", "place": "حقل العمر"}, {"type": "attack", "place": "حقل العمر"}]),
    ("verbal-noun-general-local-base-trap", "trap", "وأدان المحافظ استهداف القاعدة العراقية في عين الأسد قبل أيام.", "2024-01-10", []),
    # --- session 25: an earlier act counted back by a vague number («قبل عدة أسابيع») at the place of the day's act is an incident of its own (press) ---
    ("vague-earlier-period-keeps-act-apart", "press", "وقال مصدر أمني إن صاروخا سقط على مطار أربيل الدولي دون خسائر. وتعرض محيط مطار أربيل لقصف صاروخي قبل عدة أسابيع أوقع قتيلا.", "", [{"type": "attack", "place": "أربيل"}, {"type": "attack", "place": "أربيل"}]),
    ("moment-ago-is-no-earlier-act-trap", "trap", "وقال مصدر أمني قبل قليل إن صاروخا سقط على مطار أربيل الدولي. وأضاف المصدر أن الصاروخ سقط قرب مطار أربيل دون خسائر.", "", [{"type": "attack", "place": "أربيل"}]),
    # --- session 25: a place is a group's backer only right after the affiliation word, at most through «من»; the base after «موالية لإيران» is the verb's object (bug) ---
    ("backed-group-then-base-object", "bug", "واستهدفت فصائل موالية لإيران قاعدة كونيكو التابعة للتحالف الدولي في ريف دير الزور، بإطلاق ثلاثة صواريخ.", "2024-12-10", [{"type": "attack", "place": "كونيكو"}]),
    ("backer-through-from-trap", "trap", "وهاجمت فصائل مدعومة من إيران قاعدة للقوات الأمريكية في سوريا بطائرة مسيرة.", "2024-12-10", [{"type": "attack", "place": "سوريا"}]),
    # --- session 25: a claim or interception with no place pointing back to a base («تبنت الجماعة استهداف القاعدة») is at the site or town of the act told just before it (press) ---
    ("claim-points-back-to-base-before", "press", 'وقالت شبكة محلية إن قصفا صاروخيا استهدف عصر الخميس القاعدة الأمريكية في حقل الجبسة بمدينة الشدادي، ولم ترد أنباء عن إصابات. وعقب القصف مباشرة، تبنت ميليشيا عراقية تطلق على نفسها اسم "المقاومة الإسلامية في العراق" استهداف القاعدة برشقة صاروخية.', "", [{"type": "attack", "place": "الشدادي"}, {"type": "claim", "place": "الشدادي"}]),
    ("interception-points-back-to-base-before", "press", "وهاجمت طائرة مسيرة قاعدة حرير مساء الأحد. وقال مصدر إن الدفاعات أسقطت طائرة ثانية قبل وصولها إلى القاعدة.", "2024-02-09", [{"type": "attack", "place": "حرير"}, {"type": "interception", "place": "حرير"}]),
    ("claim-country-before-trap", "trap", "وتعرضت القوات الأمريكية في سوريا لهجوم بطائرة مسيرة. وتبنت جماعة عراقية مسلحة الهجوم على القاعدة في بيان.", "2024-02-09", [{"type": "attack", "place": "سوريا"}, {"type": "claim"}]),
    # --- session 25: an attack noun whose bare relative verb hits a US name («ردا على هجوم استهدف عسكريين أميركيين») is an attack, though the reply's victims are named (press) ---
    ("reply-to-attack-aimed-at-americans", "press", "وأكد البنتاغون يوم الثلاثاء أن ضربة أمريكية في العراق نفذت ردا على هجوم استهدف جنودا أمريكيين، وأسفرت عن مقتل عدد من عناصر الكتائب.", "2023-11-23", [{"type": "us_strike", "date": "2023-11-21"}, {"type": "attack"}]),
    ("strike-noun-aimed-at-faction-trap", "trap", "وأعلنت الكتائب مقتل ثلاثة من عناصرها في ضربة أمريكية استهدفت مقرا لها قرب القائم.", "2023-11-23", [{"type": "us_strike", "place": "القائم"}]),
    # --- session 25: «كما» opening a clause with an act verb of its own tells the next act of a list («استهدفت مسيرة قاعدة حرير، كما استهدفت أخرى قاعدة عين الأسد») (press) ---
    ("as-well-opens-next-listed-act", "press", "وهاجمت طائرة مسيرة قاعدة الشدادي مساء السبت، كما استهدفت طائرة ثانية قاعدة خراب الجير في ريف الحسكة.", "2024-02-04", [{"type": "attack", "place": "الشدادي", "date": "2024-02-03"}, {"type": "attack", "place": "خراب الجير"}]),
    ("as-well-then-statement-trap", "trap", "وهاجمت طائرة مسيرة قاعدة الشدادي مساء السبت، كما أكد مصدر محلي أن الدفاعات لم تعترضها.", "2024-02-04", [{"type": "attack", "place": "الشدادي", "date": "2024-02-03"}]),
    # --- session 25: known failures on real round-ups (xfail in test_events.py) ---
    ("timeline-present-tense-line", "press", "- 19 أكتوبر: ثلاث طائرات مسيرة تهاجم قاعدة التنف قرب الحدود الأردنية.", "2024-01-10", [{"type": "attack", "place": "التنف", "date": "2023-10-19"}]),
    ("air-bombardment-noun-on-faction", "press", "وقالت وسائل إعلام محلية إن قصفا جويا استهدف أربعة مقار للكتائب في ناحية جرف الصخر.", "2020-03-13", [{"type": "us_strike", "place": "جرف الصخر"}]),
    # --- session 25: a noun of warning or threat delivered by a verb before it («وجهت … تحذيرا», «وتضمن تهديدا») is a threat (press) ---
    ("delivered-warning-noun", "press", "ووجهت واشنطن إلى بغداد، أمس الخميس، تحذيرا وصفته مصادر بالشديد.", "2023-12-08", [{"type": "threat", "date": "2023-12-07"}]),
    ("contained-threat-noun", "press", "وتضمنت الرسالة تهديدا صريحا في حال أقدمت الفصائل على أي عمليات.", "2025-11-02", [{"type": "threat"}]),
    ("trap-warnings-not-delivered", "trap", "ولم تلق تحذيرات المنظمات الإنسانية آذانا صاغية.", "2025-11-02", []),
    # --- session 25: a verb of warning with a named addressee warned «من» something is a threat; with none it is a forecast (press) ---
    ("warning-participle-addressee", "press", "ودعا الرئيس إلى التهدئة، محذرا طهران من أنها ستتحمل عواقب أي هجوم على قواتنا.", "2023-03-24", [{"type": "threat", "place": "طهران"}]),
    ("warning-subject-then-addressee", "press", "وحذر زعيم الفصيل، أبو علي الكناني، الولايات المتحدة من أن مصالحها في المنطقة ستصبح أهدافا.", "2024-06-24", [{"type": "threat", "place": "الولايات المتحدة"}]),
    ("trap-warning-no-addressee", "trap", "وحذر المتحدث باسم الحكومة من أن التصعيد سيدفع المنطقة إلى الهاوية.", "2024-01-05", []),
    ("trap-warning-subject-only", "trap", "وحذرت واشنطن من أي دور للفصائل في الانتخابات المقبلة.", "2025-11-02", []),
    # --- session 25: a vow not to tolerate attacks («لن تتسامح مع الهجمات») and a future of revenge («ستثأر») are threats (press) ---
    ("vow-not-to-tolerate-attacks", "press", "وأكد الوزير أن بلاده لن تتسامح مع الهجمات على جنودها.", "2024-08-07", [{"type": "threat"}]),
    ("trap-not-tolerate-corruption", "trap", "وقال رئيس الوزراء إن حكومته لن تتسامح مع الفساد في المؤسسات.", "2024-08-07", []),
    ("future-revenge", "press", "وقال القيادي إن الحركة ستثأر لدماء قادتها.", "2024-01-05", [{"type": "threat"}]),
    # --- session 25: a phone conversation between officials («خلال محادثة هاتفية بينهما») is a development (press) ---
    ("phone-conversation-other", "press", "وأبلغ وزير الدفاع الأمريكي نظيره العراقي خلال محادثة هاتفية بينهما بعمليات مرتقبة.", "2025-11-02", [{"type": "other"}]),
    ("trap-phone-conversation-interview", "trap", "وقال المتحدث في محادثة هاتفية مع الصحيفة إن القوات باقية.", "2025-11-02", []),
    # --- session 25: the threats of two people speaking for themselves are two rows; a spokesman and a commander of one group voice one (press) ---
    ("two-principals-two-threats", "press", 'وتوعد الرئيس الأمريكي جو بايدن بمحاسبة المسؤولين. وقال وزير الدفاع لويد أوستن: "سنرد بقوة على من استهدف قواتنا".', "2024-01-29", [{"type": "threat"}, {"type": "threat"}]),
    ("trap-spokesman-and-commander-one-threat", "trap", 'وتوعد المتحدث باسم الحركة بالثأر من الأمريكيين. وقال أبو حسن الساعدي، وهو قائد في الحركة: "سنثأر من الأمريكيين".', "2024-01-05", [{"type": "threat"}]),
    # --- session 25: a third state's drone or air force as the doer before or after the verb, or an act attributed to the state («نسب إلى تركيا»), is an «other» development (press) ---
    ("third-state-drone-after-verb", "press", "واستهدفت مسيرة تركية، أمس الثلاثاء، قاعدة مشتركة لقوات سوريا الديمقراطية في ريف الحسكة.", "2024-10-30", [{"type": "other", "date": "2024-10-29"}]),
    ("third-state-air-force-before-verb", "press", "وأفادت مصادر محلية بأن الطيران الحربي التركي قصف بلدة الهول.", "2024-10-30", [{"type": "other", "place": "الهول"}]),
    ("third-state-owned-drone", "press", "وقال البيان إن طائرة مسيرة تابعة للجيش التركي استهدفت مقرا لمقاتلين في قضاء سنجار.", "2023-06-12", [{"type": "other", "place": "سنجار"}]),
    ("third-state-attributed-act", "press", "وقتل مقاتلان إثر قصف نسب إلى تركيا في منطقة سنجار.", "2023-06-12", [{"type": "other", "place": "سنجار"}]),
    ("trap-third-state-forces-as-object", "trap", "واستهدفت الفصائل القوات التركية في قاعدة بعشيقة بطائرة مسيرة.", "2023-06-12", [{"type": "attack", "place": "بعشيقة"}]),
    ("trap-third-state-border-adjective", "trap", "واستهدفت طائرة مسيرة قاعدة حرير قرب الحدود التركية.", "2023-06-12", [{"type": "attack", "place": "حرير"}]),
    # --- session 25: a visit noun after a verb of coming («وجاءت زيارة X بعد أن …») points back to the visit told before; the circumstances are not its place or day (press) ---
    ("framed-visit-points-back", "press", "وزار قائد القيادة المركزية قواعد أمريكية في سوريا. وجاءت زيارة القائد بعد أن سيطرت فصائل المعارضة على دمشق في 8 ديسمبر.", "2024-12-11", [{"type": "visit", "place": "سوريا"}]),
    ("framed-visit-own-place", "press", "وجاءت زيارة الوزير إلى بغداد بعد أيام من سقوط النظام في 8 ديسمبر.", "2024-12-11", [{"type": "visit", "place": "بغداد"}]),
    # --- session 25: a visit to two places joined by «و» gives one row per place, as for attacks (press) ---
    ("visit-two-joined-places", "press", "وزار الوزير قاعدة عين الأسد ومطار أربيل للقاء الجنود.", "2023-11-10", [{"type": "visit", "place": "عين الأسد"}, {"type": "visit", "place": "أربيل"}]),
    ("trap-visit-base-in-country", "trap", "وزار الوزير قاعدة عين الأسد في العراق للقاء الجنود.", "2023-11-10", [{"type": "visit", "place": "عين الأسد"}]),
    # --- session 25: «الهجوم» pointing back, after an act of another type at another place, told with its own toll, is a new act (press) ---
    ("anaphoric-attack-own-toll-other-place", "press", "وضربت طائرة أمريكية مسيرة سيارة في بغداد مساء الأربعاء. وقال مسؤولون إن جماعة مسلحة تقف وراء الهجوم بطائرة مسيرة على قاعدة أميركية في الأردن الذي أسفر عن مقتل ثلاثة جنود.", "2024-02-08", [{"type": "us_strike", "date": "2024-02-07"}, {"type": "attack", "place": "الأردن"}]),
    ("trap-anaphoric-toll-same-place", "trap", "وضربت طائرة أمريكية مسيرة سيارة في بغداد مساء الأربعاء. وقال مسؤولون إن الهجوم في بغداد أسفر عن مقتل ثلاثة أشخاص.", "2024-02-08", [{"type": "us_strike", "date": "2024-02-07"}]),
    # --- session 25: «بعد (أقل من) ساعات|ساعتين|دقائق من هجوم مماثل» after a dated act is another act of the same day, at its own place or at the same base (press) ---
    ("prior-like-act-same-base-hours", "press", "وأفاد مرصد محلي بأن قذائف صاروخية سقطت في قاعدة الشدادي مساء أمس الخميس، بعد أقل من ساعتين من هجوم مماثل.", "2024-06-14", [{"type": "attack", "place": "الشدادي", "date_expr": "مساء أمس الخميس"}, {"type": "attack", "place": "الشدادي", "date_expr": "مساء أمس الخميس"}]),
    ("prior-like-act-same-base-anaphor", "press", "وتعرضت قاعدة حقل العمر فجر اليوم الثلاثاء لقصف بطائرة مسيرة، بعد ساعات من قصف مماثل على القاعدة ذاتها.", "2024-06-11", [{"type": "attack", "place": "حقل العمر", "date_expr": "فجر اليوم الثلاثاء"}, {"type": "attack", "place": "حقل العمر", "date_expr": "فجر اليوم الثلاثاء"}]),
    ("prior-like-act-same-base-minutes", "press", "وانفجرت طائرة مسيرة داخل قاعدة التنف ليل الأربعاء، بعد دقائق من هجوم مماثل.", "2024-06-13", [{"type": "attack", "place": "التنف", "date_expr": "ليل الأربعاء"}, {"type": "attack", "place": "التنف", "date_expr": "ليل الأربعاء"}]),
    ("prior-like-act-other-base-hours", "press", "واستهدفت صواريخ قاعدة كونيكو ظهر اليوم الأحد، بعد ساعات من هجوم مماثل على قاعدة خراب الجير.", "2024-06-09", [{"type": "attack", "place": "كونيكو", "date_expr": "ظهر اليوم الأحد"}, {"type": "attack", "place": "خراب الجير", "date_expr": "ظهر اليوم الأحد"}]),
    ("trap-prior-like-act-days", "trap", "وسقطت قذائف في قاعدة الشدادي مساء أمس الخميس، بعد أيام من هجوم مماثل.", "2024-06-14", [{"type": "attack", "place": "الشدادي", "date_expr": "مساء أمس الخميس"}]),
    ("trap-prior-act-retold-not-like", "trap", "وسقطت قذائف في قاعدة الشدادي مساء أمس الخميس، بعد ساعات من الهجوم على قاعدة التنف.", "2024-06-14", [{"type": "attack", "place": "الشدادي", "date_expr": "مساء أمس الخميس"}, {"type": "attack", "place": "التنف", "date_expr": ""}]),
    ("trap-prior-like-act-own-place-unread", "trap", "واستهدفت صواريخ قاعدة كونيكو ظهر اليوم الأحد، بعد دقائق من هجوم مماثل على قاعدة خراب الجير.", "2024-06-09", [{"type": "attack", "place": "كونيكو", "date_expr": "ظهر اليوم الأحد"}]),
    ("prior-like-act-framed-other-base", "press", "وسقطت قذائف في قاعدة الشدادي مساء أمس الخميس. وجاء القصف بعد ساعات من قصف مماثل على قاعدة خراب الجير.", "2024-06-14", [{"type": "attack", "place": "الشدادي", "date_expr": "مساء أمس الخميس"}, {"type": "attack", "place": "خراب الجير", "date_expr": "مساء أمس الخميس"}]),
    ("prior-like-act-framed-same-base", "press", "واستهدفت طائرة مسيرة قاعدة حرير فجر اليوم السبت. ويأتي ذلك بعد ساعات من هجوم مماثل.", "2024-06-15", [{"type": "attack", "place": "حرير", "date_expr": "فجر اليوم السبت"}, {"type": "attack", "place": "حرير", "date_expr": "فجر اليوم السبت"}]),
    ("trap-prior-like-act-framed-two-back", "trap", "وسقطت قذائف في قاعدة الشدادي مساء أمس الخميس. وقال مصدر إن القاعدة لم تتضرر. وجاء القصف بعد ساعات من قصف مماثل على قاعدة خراب الجير.", "2024-06-14", [{"type": "attack", "place": "الشدادي", "date_expr": "مساء أمس الخميس"}, {"type": "attack", "place": "خراب الجير", "date_expr": ""}]),
    ("trap-prior-like-act-undated-main", "trap", "وسقطت قذائف في قاعدة الشدادي، بعد ساعات من هجوم مماثل على قاعدة التنف.", "2024-06-14", [{"type": "attack", "place": "الشدادي", "date_expr": ""}, {"type": "attack", "place": "التنف", "date_expr": ""}]),
    # --- session 25: «ووقع الحادث|ووقعت الحادثة|ووقع ذلك <date>» with no act of its own dates the last undated act of the sentence before (press) ---
    ("happened-incident-dates-interception", "press", "وأعلن الجيش الأمريكي أن قواته أسقطت طائرة مسيرة قرب قاعدة الشدادي. وقال إن الحادث وقع مساء الاثنين.", "2024-03-06", [{"type": "interception", "place": "الشدادي", "date_expr": "مساء الاثنين"}]),
    ("happened-incident-dates-strike", "press", "وضربت طائرة أمريكية مسيرة شاحنة في الميادين. ووقعت الحادثة فجر الثلاثاء.", "2024-03-06", [{"type": "us_strike", "place": "الميادين", "date_expr": "فجر الثلاثاء"}]),
    ("trap-happened-since-no-date", "trap", "وأسقطت القوات الأمريكية طائرة مسيرة قرب قاعدة الشدادي. وقال مسؤول إن ذلك حدث مرارا منذ الأحد.", "2024-03-06", [{"type": "interception", "place": "الشدادي", "date_expr": ""}]),
    ("trap-happened-after-claim", "trap", "وتعرضت قاعدة الشدادي لهجوم صاروخي. وأعلنت جماعة مسلحة مسؤوليتها. ووقع الحادث مساء الاثنين.", "2024-03-06", [{"type": "attack", "place": "الشدادي", "date_expr": ""}]),
    # --- session 26: a claimed verbal noun whose object is the US forces, then the named base they hold («أعلنت … استهداف القوات الأمريكية في قاعدة عين الأسد») reports the act (press) ---
    ("claimed-verbal-noun-forces-in-base", "press", "وأعلنت المقاومة الإسلامية في العراق استهداف القوات الأمريكية في قاعدة عين الأسد بطائرتين مسيرتين.", "2024-01-10", [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("claimed-verbal-noun-forces-stationed-at-base", "press", "وأعلنت كتائب سيد الشهداء استهداف القوات الأميركية المتمركزة في قاعدة حرير بصاروخين.", "2024-01-10", [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("trap-forces-in-base-urged", "trap", "وطالبت الحكومة بوقف استهداف القوات الأمريكية في قاعدة عين الأسد.", "2024-01-10", []),
    ("trap-forces-in-base-ongoing", "trap", "وتواصل الفصائل منذ أشهر استهداف القوات الأمريكية في قاعدة عين الأسد.", "2024-01-10", []),
    ("trap-forces-of-iraq-in-base", "trap", "وأعلنت الفصائل استهداف القوات العراقية في قاعدة عين الأسد بالخطأ.", "2024-01-10", []),
    # --- session 26: a faction's stop of its operations told by «إيقاف» or with «جميع/كافة» between («أعلنت … إيقاف عملياتها», «وقف جميع عملياتها») is a development; urged with «ب/إلى» after a verb of urging it is not (press) ---
    ("stop-operations-ikaf", "press", "وأعلنت كتائب حزب الله، يوم الثلاثاء، إيقاف عملياتها ضد القوات الأمريكية.", "2024-01-31", [{"type": "other", "date": "2024-01-30"}]),
    ("stop-all-operations", "press", "وقالت الجماعة في بيان إنها قررت وقف جميع عملياتها العسكرية ضد القوات الأمريكية.", "2024-01-31", [{"type": "other"}]),
    ("trap-stop-operations-urged-bi", "trap", "وطالبت الحكومة الفصائل بإيقاف عملياتها ضد القوات الأمريكية.", "2024-01-31", []),
    ("trap-stop-operations-urged-ila", "trap", "ودعا الإطار التنسيقي الفصائل إلى وقف جميع عملياتها العسكرية.", "2024-01-31", []),
    # --- session 26: «، و» + a finite attack verb opening a clause with a day of its own («، وتعرضت عين الأسد يوم الأحد لقصف») tells another incident (press) ---
    ("coordinated-act-own-day", "press", "وأطلقت الفصائل يوم الإثنين صاروخا على قاعدة بلد، وتعرضت عين الأسد يوم الأحد أيضا لقصف صاروخي.", "2024-01-10", [{"type": "attack", "place": "بلد", "date": "2024-01-08"}, {"type": "attack", "place": "عين الأسد", "date": "2024-01-07"}]),
    ("coordinated-act-own-day-fell", "press", "وسقط صاروخ على قاعدة بلد يوم الإثنين، وتعرضت قاعدة عين الأسد فجر أمس لقصف بثلاثة صواريخ.", "2024-01-10", [{"type": "attack", "place": "بلد", "date": "2024-01-08"}, {"type": "attack", "place": "عين الأسد", "date": "2024-01-09"}]),
    ("trap-coordinated-detail-no-day", "trap", "وتعرضت قاعدة حرير لهجوم بطائرة مسيرة مساء السبت، وسقطت شظاياها في محيط القاعدة.", "2024-01-10", [{"type": "attack", "place": "حرير", "date": "2024-01-06"}]),
    ("trap-coordinated-no-comma", "trap", "وتعرضت قاعدة حرير لهجوم بطائرة مسيرة وسقطت شظاياها يوم السبت في محيط القاعدة.", "2024-01-10", [{"type": "attack", "place": "حرير"}]),
    # --- session 26: an act at «القاعدة المذكورة/ذاتها» with no place of its own is at the base named last before it, though that sentence told no act (press) ---
    ("mentioned-base-earlier-act", "press", "وقالت القيادة المركزية إن الطائرة كانت تستطلع قاعدة قوات التحالف في حقل كونيكو. وكانت القاعدة المذكورة قد تعرضت في كانون الثاني الماضي لقصف بصاروخين.", "2024-03-10", [{"type": "attack", "place": "كونيكو"}]),
    ("mentioned-base-same", "press", "وتقع قاعدة التنف قرب المثلث الحدودي. وكانت القاعدة ذاتها قد تعرضت لهجوم بطائرة مسيرة الشهر الماضي.", "2024-03-10", [{"type": "attack", "place": "التنف"}]),
    ("trap-mentioned-base-none-before", "trap", "وتعرضت القاعدة المذكورة لهجوم بطائرة مسيرة.", "2024-03-10", [{"type": "attack", "place": ""}]),
    # --- session 26: a broad place followed by «(الممتدة|الواقعة) بين (مدينتي|بلدتي) X وY» is narrowed to X (press) ---
    ("between-towns-after-badia", "press", "وضربت مقاتلات التحالف ليلة أمس منصات صواريخ في البادية الممتدة بين مدينتي الميادين والعشارة شرقي دير الزور.", None, [{"type": "us_strike", "place": "الميادين"}]),
    ("between-towns-after-governorate", "press", "وقصفت طائرات أمريكية مخازن أسلحة في ريف دير الزور الواقع بين البوكمال والميادين.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-between-countries", "trap", "وتعرضت قاعدة التنف عند المثلث الحدودي بين سوريا والأردن والعراق لهجوم بطائرة مسيرة.", None, [{"type": "attack", "place": "التنف"}]),
    ("trap-between-broad-places", "trap", "وقصفت طائرات أمريكية مواقع للفصائل في البادية الممتدة بين سوريا والعراق.", None, [{"type": "us_strike", "place": "البادية السورية"}]),
    ("trap-between-no-place-after", "trap", "وقصفت طائرات أمريكية مواقع في ريف دير الزور الممتد بين النهر والصحراء.", None, [{"type": "us_strike", "place": "محافظة دير الزور"}]),
    # --- session 26: «حقل عمر» without the article is the base of حقل العمر, not the province named after it (press) ---
    ("omar-field-without-article", "press", "وهاجمت فصائل مسلحة بطائرات مسيرة قاعدة حقل عمر في محافظة دير الزور شرقي سوريا.", None, [{"type": "attack", "place": "حقل العمر"}]),
    # --- session 26: «ردت القوات الأمريكية في <base> بقصف …»: the base ends the answering force's phrase, not its target (press) ---
    ("responder-forces-at-base", "press", "وردت القوات الأمريكية في حقل العمر بقصف مدفعي على مواقع في بلدة خشام شرقي الفرات.", None, [{"type": "us_strike", "place": "خشام"}]),
    ("responder-coalition-at-base", "press", "فردت قوات التحالف الدولي في قاعدة كونيكو بقصف مواقع للفصائل في قرية خشام.", None, [{"type": "us_strike", "place": "خشام"}]),
    ("trap-forces-at-base-attacked", "trap", "وتعرضت القوات الأمريكية في حقل العمر لقصف صاروخي مساء أمس.", None, [{"type": "attack", "place": "حقل العمر"}]),
    ("trap-reply-on-attack-at-base", "trap", "وقالت الفصائل إنها ردت على الغارات بقصف القوات الأمريكية في حقل العمر بالصواريخ.", None, [{"type": "claim", "place": "حقل العمر"}, {"type": "attack", "place": "حقل العمر"}]),
    # --- session 26: a city right after «بتوقيت» names a time zone, not where an act happened (press) ---
    ("clock-zone-is-no-place", "press", "وقال مسؤول عسكري إن الصواريخ سقطت قرابة الساعة الثامنة مساء بتوقيت دمشق دون أن توقع إصابات.", None, [{"type": "attack", "place": ""}]),
    ("trap-clock-then-base", "trap", "وسقطت صواريخ عند الساعة الحادية عشرة بتوقيت بغداد في قاعدة عين الأسد.", None, [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 26: a definite ordinal after an attack noun («الهجوم الـ103», «هذا الهجوم الخامس والعشرين») ranks the act just told: no campaign row, no tally that hides the act (press) ---
    ("rank-ordinal-word-keeps-act", "press", "وقصفت طائرة مسيرة قاعدة حرير مساء الاثنين، ويعد هذا الهجوم الخامس والعشرين على القوات الأمريكية في العراق منذ أكتوبر.", "2024-01-23", [{"type": "attack", "place": "حرير", "date": "2024-01-22"}]),
    ("rank-ordinal-digits-latest", "press", "وسقطت صواريخ على قاعدة الشدادي فجر الأحد. ويمثل الهجوم الأخير الـ14 الذي تتعرض له القواعد الأمريكية في سوريا خلال شهرين.", "2024-01-23", [{"type": "attack", "place": "الشدادي", "date": "2024-01-21"}]),
    ("rank-ordinal-named-act", "press", "ويعد قصف مطار أربيل الهجوم الـ97 على القوات الأمريكية في العراق وسوريا منذ منتصف أكتوبر.", "2024-01-23", [{"type": "attack", "place": "مطار أربيل"}]),
    ("trap-cardinal-tally-still-campaign", "trap", "وتعرضت القوات الأمريكية في العراق وسوريا لأكثر من 140 هجوما منذ منتصف أكتوبر.", "2024-01-23", [{"type": "attack", "place": "العراق وسوريا"}]),
    ("trap-rise-to-cardinal-tally", "trap", "وبهذا القصف يرتفع عدد الهجمات على القوات الأمريكية في سوريا والعراق إلى 150 هجوما.", "2024-01-23", [{"type": "attack", "place": "سوريا والعراق"}]),
    # --- session 26: «تنفيذ عملية إعادة الانتشار|الدمج» names a redeployment, not an attack or a strike (press) ---
    ("civil-operation-redeployment", "press", "وأنهت الوحدات الأمريكية تنفيذ عملية إعادة الانتشار في العراق.", "2025-09-20", []),
    ("civil-operation-merger", "press", "وأكمل الجيش الأمريكي تنفيذ عملية الدمج في سوريا.", "2025-09-20", []),
    ("trap-operation-against-base", "trap", "ونفذت الفصائل عملية جديدة ضد القاعدة الأمريكية في حقل العمر.", "2025-09-20", [{"type": "attack", "place": "حقل العمر"}]),
    # --- session 26: a toll of definite plural attacks with no place («وأسفرت الهجمات عن إصابة …») sums up the acts told, no act of its own (press) ---
    ("summed-toll-after-told-act", "press", "واستهدفت طائرة مسيرة قاعدة التنف يوم الجمعة. وأسفرت الهجمات عن إصابة عشرات العسكريين الأمريكيين.", "2024-01-23", [{"type": "attack", "place": "التنف", "date": "2024-01-19"}]),
    ("summed-toll-operations", "press", "وأدت العمليات إلى مقتل جنديين أمريكيين وإصابة آخرين.", "2024-01-23", []),
    ("trap-toll-singular-attack", "trap", "وأسفر الهجوم عن إصابة ثلاثة جنود أمريكيين.", "2024-01-23", [{"type": "attack"}]),
    ("trap-toll-placed-plural", "trap", "وأسفرت الهجمات على قاعدة التنف عن إصابة خمسة جنود.", "2024-01-23", [{"type": "attack", "place": "التنف"}]),
    ("trap-toll-indefinite-plural", "trap", "وأسفرت هجمات بطائرات مسيرة عن إصابة خمسة جنود أمريكيين.", "2024-01-23", [{"type": "attack"}]),
    # --- session 26: an act a side stands ready for («على استعداد لشن ضربات», «مستعد لضرب», «جاهزة لمواصلة ضرب») is not told as done (press) ---
    ("ready-to-launch-strikes", "press", "وأكد أن واشنطن على استعداد لشن ضربات جديدة ضد الفصائل في العراق.", "2025-10-02", []),
    ("ready-army-to-strike", "press", "وأضاف أن الجيش مستعد لضرب مواقع الميليشيات في سوريا.", "2025-10-02", []),
    ("trap-ready-when-struck", "trap", "وكانت القوات جاهزة عندما ضربت طائرة مسيرة قاعدة التنف أمس.", "2025-10-02", [{"type": "attack", "place": "التنف", "date": "2025-10-01"}]),
    ("trap-readiness-after-strike", "trap", "وقصفت طائرات أمريكية مواقع في البوكمال أمس، في حين رفعت الفصائل جاهزيتها.", "2025-10-02", [{"type": "us_strike", "place": "البوكمال", "date": "2025-10-01"}]),
    # --- session 26: an attack told only as the cause of a toll told first («قُتل جندي أمريكي بهجوم», «لقي … حتفه في هجوم», «أصيب … جراء هجوم»); the US victim does not make it a US strike (press|trap) ---
    ("toll-first-killed-by-attack", "press", "قُتل جندي أمريكي بهجوم صاروخي على قاعدة في الحسكة مساء أمس.", "2025-06-10", [{"type": "attack", "place": "الحسكة", "date": "2025-06-09"}]),
    ("toll-first-met-death-in-attack", "press", "لقي متعاقد أميركي حتفه في هجوم بطائرة مسيرة على قاعدة التنف.", "2025-06-10", [{"type": "attack", "place": "التنف"}]),
    ("toll-first-wounded-by-attack", "press", "وأصيب عسكري أمريكي بجروح جراء هجوم صاروخي على قاعدة حرير.", "2025-06-10", [{"type": "attack", "place": "حرير"}]),
    ("toll-first-hostile-act-region", "press", "وقتل عسكري أميركي بهجوم معاد في شمال العراق.", "2025-06-10", [{"type": "attack", "place": "شمال العراق"}]),
    ("trap-toll-first-no-american", "trap", "وقتل قيادي في الفصائل بغارة على موقع قرب البوكمال.", "2025-06-10", []),
    ("trap-toll-first-accident", "trap", "ولقي جندي أمريكي حتفه في حادث تدريب داخل قاعدة عين الأسد.", "2025-06-10", []),
    ("trap-toll-first-road-accident", "trap", "وقتل عنصر في حادث سير قرب قاعدة عين الأسد.", "2025-06-10", []),
    ("trap-toll-after-act-told-before", "trap", "وأسفر الهجوم الأخير عن مقتل جندي أمريكي.", "2025-06-10", []),
    # --- session 26: undated US strikes told at a governorate and then at a town in it are two rows (only a country-wide wave folds into its first town) (press|trap) ---
    ("wave-governorate-then-town", "press", "وقصفت طائرات أمريكية مواقع للفصائل في محافظة دير الزور. كما ضربت الطائرات الأمريكية مستودعا للأسلحة قرب البوكمال.", None, [{"type": "us_strike", "place": "دير الزور"}, {"type": "us_strike", "place": "البوكمال"}]),
    ("wave-governorate-two-towns", "press", "وشنت مقاتلات أمريكية غارات على مواقع في ريف دير الزور. وقصفت طائرات أمريكية مقرا في الميادين. كما قصفت طائرات أمريكية مخزنا في البوكمال.", None, [{"type": "us_strike", "place": "دير الزور"}, {"type": "us_strike", "place": "الميادين"}, {"type": "us_strike", "place": "البوكمال"}]),
    ("trap-wave-country-then-town", "trap", "وشنت طائرات أمريكية غارات على مواقع للفصائل في سوريا. وقصفت طائرات أمريكية مقرا في البوكمال.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-wave-same-day-dated", "trap", "وقصفت طائرات أمريكية مواقع في محافظة دير الزور مساء الأحد. وقصفت طائرات أمريكية مستودعا قرب البوكمال مساء الأحد.", "2024-01-23", [{"type": "us_strike", "date": "2024-01-21"}]),
    # --- session 26: the coalition's aircraft before any verb of attack («طيران التحالف الدولي استهدف بغارتين») fly a US strike (press|trap) ---
    ("coalition-aviation-any-verb", "press", "وقال مصدر محلي إن طيران التحالف الدولي استهدف بغارتين مخزنا للأسلحة في بلدة الصالحية.", None, [{"type": "us_strike", "place": "الصالحية"}]),
    ("coalition-fighters-any-verb", "press", "وأضاف أن مقاتلات التحالف قصفت مواقع للفصائل قرب البوكمال.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-coalition-forces-struck", "trap", "واستهدفت الفصائل قوات التحالف في قاعدة التنف بطائرة مسيرة.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 26: a US force phrase after a verb of carrying out («نفذت قوات الاحتلال الأمريكي عدوانا») names the striker (press|trap) ---
    ("us-occupation-forces-carry-out", "press", "ونفذت قوات الاحتلال الأمريكي فجر اليوم عدوانا طال مواقع في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("us-air-force-launches", "press", "وشن سلاح الجو الأمريكي غارات على مقار للفصائل في جرف الصخر.", None, [{"type": "us_strike", "place": "جرف الصخر"}]),
    ("trap-factions-carry-out-on-us-forces", "trap", "ونفذت الفصائل هجوما على قوات الاحتلال الأمريكي في قاعدة حرير.", None, [{"type": "attack", "place": "حرير"}]),
    # --- session 26: the US as subject of a claim verb («تبنت القوات الأمريكية الهجوم») owned a strike, not a faction's claim (press|trap) ---
    ("us-forces-claim-strike", "press", "وتبنت القوات الأمريكية الهجوم الذي استهدف مقرا للفصائل غربي بغداد.", None, [{"type": "us_strike", "place": "بغداد"}]),
    ("centcom-owns-strike", "press", "وأعلنت القيادة المركزية الأمريكية مسؤوليتها عن الضربة على مخزن في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-faction-claims-on-us", "trap", "وتبنت المقاومة الإسلامية الهجوم على القوات الأمريكية في التنف.", None, [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    # --- session 26: a drone of unknown identity striking an armed group or the Hashd, with no US name or site, is a development (other) (press|trap) ---
    ("unknown-drones-on-faction-sites", "press", "وتعرضت مواقع تابعة لفصائل عراقية مسلحة فجر اليوم لقصف من طائرات مسيرة مجهولة في مدينة البوكمال.", None, [{"type": "other", "place": "البوكمال"}]),
    ("unknown-drone-on-hashd-car", "press", "واستهدفت طائرة مسيرة مجهولة سيارة تابعة للحشد الشعبي قرب القائم.", None, [{"type": "other", "place": "القائم"}]),
    ("trap-unknown-drone-on-base", "trap", "واستهدفت طائرة مسيرة مجهولة قاعدة حرير، وتبنت كتائب حزب الله الهجوم.", None, [{"type": "attack", "place": "حرير"}]),
    # --- session 26: a definite plural of strikes answered, with a relative clause naming the US as the one that flew them («ردا على الضربات التي شنتها القوات الأمريكية يوم الجمعة»), is a dated US strike of its own (press|trap) ---
    ("answered-told-us-wave", "press", "وتوعدت الفصائل بالرد، ردا على الضربات الجوية التي شنتها القوات الأمريكية يوم الجمعة الماضي على مواقعها في القائم.", "2024-02-10", [{"type": "threat"}, {"type": "us_strike", "date": "2024-02-09"}]),
    ("trap-answered-definite-strikes", "trap", "وتوعدت الفصائل بالرد، ردا على الضربات الأمريكية يوم الجمعة.", "2024-02-10", [{"type": "threat"}]),
    ("trap-answered-faction-attacks", "trap", "وقصفت طائرات أمريكية مواقع في البوكمال أمس، ردا على الهجمات التي شنتها الفصائل على قاعدة التنف.", "2024-02-10", [{"type": "us_strike", "place": "البوكمال", "date": "2024-02-09"}]),
    # --- session 26: a since cue before such a wave («توعدت بالرد بعد الضربات التي شنتها واشنطن يوم الجمعة») opens the clause of an earlier US strike: the threat keeps no date of it (press|trap) ---
    ("since-told-us-wave", "press", "وتوعدت الفصائل بالرد بعد الضربات التي شنتها واشنطن يوم الجمعة الماضي على مواقعها في القائم.", "2024-02-10", [{"type": "threat"}, {"type": "us_strike", "place": "القائم", "date": "2024-02-09"}]),
    ("trap-since-faction-attacks", "trap", "وقصفت طائرات أمريكية مواقع في البوكمال أمس، بعد الهجمات التي شنتها الفصائل على قاعدة التنف.", "2024-02-10", [{"type": "us_strike", "place": "البوكمال", "date": "2024-02-09"}]),
    # --- session 27: dual verbs of explosion («عبوتين ناسفتين انفجرتا برتل») tell an attack like the singular (press|trap) ---
    ("dual-charges-exploded-convoy", "press", "وقال مصدر أمني إن عبوتين ناسفتين انفجرتا برتل شاحنات تنقل معدات للقوات الأمريكية في محافظة بابل.", None, [{"type": "attack", "place": "بابل"}]),
    ("trap-dual-tyres-exploded", "trap", "وقال السائق إن إطارين انفجرا في شاحنته على الطريق السريع.", None, []),
    # --- session 27: «إذا ما كانت / ما إذا كانت / إن كانت … أو …» opens a question of whether, no condition: the act told before it stands, the acts inside it are not told (press|trap) ---
    ("whether-after-airport-attacks", "press", "وأفاد مراسل الوكالة بتعرض مطار أربيل الدولي إلى هجومين لم تعرف طبيعتهما إذا ما كانت بالصواريخ أو المسيرات.", None, [{"type": "attack", "place": "مطار أربيل"}]),
    ("whether-after-downing", "press", "وأسقطت الدفاعات الجوية طائرة مسيرة قرب قاعدة حرير، ولم يتضح ما إذا كانت تحمل متفجرات.", None, [{"type": "interception", "place": "حرير"}]),
    ("trap-whether-blast-or-interception", "trap", "وسمع السكان دوي انفجارات في سماء المدينة لم تعرف طبيعتها، إن كانت قصفا صاروخيا أو اعتراض الدفاعات للهجمات.", None, []),
    ("trap-if-ever-attacked", "trap", "وقال القائد إنه إذا ما تعرضت قواتنا لهجوم صاروخي فإن الرد سيكون حاسما.", None, [{"type": "threat"}]),
    ("after-it-was-act-stands", "press", "وجاء ذلك بعد أن كانت الفصائل قد قصفت قاعدة عين الأسد أو هددت بقصفها.", None, [{"type": "attack", "place": "عين الأسد"}, {"type": "threat"}]),
    # --- session 27: a sentence ranking its act («ثاني هجوم من نوعه») names the earlier attack after «بعد»: a row of its own (press|trap) ---
    ("ranked-after-charge-on-convoy", "press", "وهذا ثاني هجوم من نوعه خلال ساعات، بعد انفجار عبوة ناسفة على رتل في محافظة المثنى.", None, [{"type": "attack", "place": "المثنى"}]),
    ("ranked-after-trucks-burnt", "press", "وهو الهجوم الثالث من نوعه هذا الشهر، بعد أن أحرق مسلحون شاحنتين تنقلان معدات للتحالف في محافظة الديوانية.", None, [{"type": "attack", "place": "محافظة الديوانية"}]),
    ("trap-ranked-after-words", "trap", "وهذا ثاني هجوم من نوعه خلال أسبوع، بعد تصريحات حادة لقادة الفصائل.", None, []),
    ("trap-first-of-its-kind", "trap", "ويعد هذا أول هجوم من نوعه بعد انفجار عبوة في سوق المدينة.", None, []),
    # --- session 27: a launch fired to down («أطلقت الدفاعات صواريخ … لإسقاط طائرة مسيرة») is the interception, no strike (press|trap) ---
    ("launch-to-down-drone", "press", "وأطلقت منظومة الدفاع الجوي الأمريكية صواريخ في سماء بغداد لإسقاط طائرة مسيرة مساء الأحد.", "2021-07-06", [{"type": "interception", "date": "2021-07-04"}]),
    ("trap-activated-to-intercept", "trap", "وفعلت السفارة منظومة سي رام لاعتراض أي هجوم محتمل.", None, []),
    ("trap-faction-launch-on-base", "trap", "وأطلقت الفصائل صاروخين على قاعدة عين الأسد مساء الأحد.", "2021-07-06", [{"type": "attack", "date": "2021-07-04"}]),
    # --- session 27: «من اعتراض إحدى تلك الطائرات»: a part of the attacking aircraft downed (press|trap) ---
    ("downing-one-of-those-drones", "press", "واستهدفت طائرات مسيرة قاعدة حرير، وتمكنت الدفاعات من اعتراض إحدى تلك الطائرات.", None, [{"type": "attack", "place": "حرير"}, {"type": "interception", "place": "حرير"}]),
    ("trap-one-of-the-cars", "trap", "وتمكنت الشرطة من اعتراض إحدى السيارات المشبوهة عند المدخل.", None, []),
    # --- session 27: on a page with no date, an act told with a day of its own («اليوم الإثنين») does not fold into a background act dated elsewhere («في مطلع آذار 2021») (press|trap) ---
    ("undated-today-and-dated-background", "press", "تعرضت قاعدة عين الأسد لقصف صاروخي اليوم الإثنين. وفي مطلع آذار 2021 سقطت 10 صواريخ على قاعدة عين الأسد.", None, [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "date": "2021-03"}]),
    ("trap-undated-report-joins-dated", "trap", "تعرضت قاعدة عين الأسد لقصف صاروخي. وأفاد مصدر بأن القصف على قاعدة عين الأسد وقع في 5 آذار 2021.", None, [{"type": "attack", "date": "2021-03-05"}]),
    # --- session 27: «ولم تتبن أي جهة استهداف السفارة» after the attack on it is that attack, unclaimed: no second row (press|trap) ---
    ("denied-claim-of-told-attack", "press", "تعرضت السفارة الأمريكية في بغداد فجر اليوم لهجوم بصاروخين. ولم تتبن أي جهة عملية استهداف السفارة الأمريكية حتى الآن.", None, [{"type": "attack", "place": "السفارة"}]),
    ("trap-denied-claim-alone", "trap", "ولم تعلن أي جهة مسؤوليتها عن الهجوم على قاعدة حرير.", None, [{"type": "attack", "place": "حرير"}]),
    # --- session 27: the weapon may stand between an attack noun and «على» + the base it names («بوقوع هجوم بطائرة مسيرة على قاعدة حرير») (press|trap) ---
    ("noun-weapon-then-base", "press", "وأفادت وسائل إعلام محلية بوقوع هجوم بطائرة مسيرة على قاعدة حرير.", None, [{"type": "attack", "place": "حرير"}]),
    ("trap-noun-weapon-base-if", "trap", "وقال إن هجوما بطائرة مسيرة على مطار أربيل سيكون خطيرا لو حصل.", None, []),
    # --- session 27: a noun of explosion with its weapon and «على» before an owned convoy («بانفجار عبوة ناسفة على رتل دعم لوجستي للتحالف») tells an attack on it (press|trap) ---
    ("explosion-charge-on-coalition-convoy", "press", "وأفاد مصدر أمني بانفجار عبوة ناسفة على رتل دعم لوجستي للتحالف في محافظة ذي قار.", None, [{"type": "attack", "place": "ذي قار"}]),
    ("trap-explosion-on-army-convoy", "trap", "وأفاد مصدر بانفجار عبوة ناسفة على رتل للجيش العراقي في الأنبار.", None, []),
    ("trap-explosion-on-road", "trap", "وأدى انفجار عبوة ناسفة على الطريق إلى إصابة مدني.", None, []),
    ("explosion-charge-glued-convoy", "press", "وتزامن ذلك مع انفجار عبوة ناسفة برتل للتحالف في محافظة المثنى.", None, [{"type": "attack", "place": "المثنى"}]),
    ("trap-explosion-glued-civil-car", "trap", "وأدى انفجار عبوة ناسفة بسيارة مدنية إلى إصابة سائقها.", None, []),
    # --- session 27: a weapon standing before the verb is its subject («إن طائرة مسيرة هاجمت القوات الأمريكية في سوريا»): the US after the verb is struck (press|trap) ---
    ("drone-subject-before-verb", "press", "وقال مسؤول أمريكي إن طائرة مسيرة هاجمت القوات الأمريكية في سوريا.", None, [{"type": "attack", "place": "سوريا"}]),
    ("rockets-subject-before-verb", "press", "وذكر مصدر أن صواريخ كاتيوشا استهدفت القوات الأمريكية قرب مطار بغداد.", None, [{"type": "attack", "place": "مطار بغداد"}]),
    ("trap-us-drone-subject", "trap", "وقال مسؤول إن طائرة مسيرة أمريكية استهدفت سيارة في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-us-forces-verb-first", "trap", "واستهدفت القوات الأمريكية مواقع للفصائل في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    # --- session 27: a strike the article lays on a third state in another sentence («ويعتقد أن إسرائيل هي المسؤولة عن الضربة», «يعتقد أنها إسرائيلية») or tells as one of unknown aircraft is a development (other) in each sentence naming no US, no base and no attacking group (press|trap) ---
    ("blamed-state-next-sentence", "press", "وقصفت طائرة مسيرة قافلة شاحنات لمقاتلين موالين لإيران قرب البوكمال. ويعتقد أن إسرائيل هي المسؤولة عن الضربة.", None, [{"type": "other", "place": "البوكمال"}]),
    ("blamed-state-who-did-it", "press", "وأفاد مسؤول عراقي بأن الهجوم وقع بعد أن عبرت الشاحنات إلى الأراضي السورية. ونقلت القناة عن مسؤولين أن إسرائيل هي من نفذت الهجوم.", None, [{"type": "other"}]),
    ("blamed-state-believed-adjective", "press", "وأصابت صواريخ أطلقتها طائرات مسيرة شاحنتين قرب القائم. وقال المرصد إن الطائرات يعتقد أنها إسرائيلية.", None, [{"type": "other", "place": "القائم"}]),
    ("unknown-flyers-then-details", "press", "وتعرض رتل للحشد الشعبي لقصف من طائرات مجهولة على الحدود. وقال مصدر إن مركبتين تابعتين للحشد الشعبي تعرضتا لقصف صاروخي جوي في القائم.", None, [{"type": "other", "place": "القائم"}]),
    ("trap-unknown-flyers-then-us-base", "trap", "وقصفت طائرات مسيرة مجهولة مقرا للحشد الشعبي في القائم. واستهدفت الفصائل بطائرة مسيرة القوات الأمريكية في قاعدة حرير.", None, [{"type": "other", "place": "القائم"}, {"type": "attack", "place": "حرير"}]),
    ("trap-unknown-flyer-then-group-drone", "trap", "وتعرضت سيارة لقصف جوي مجهول المصدر قرب القائم. وهاجمت المقاومة الإسلامية في العراق بطائرة مسيرة هدفا في الجولان.", None, [{"type": "other", "place": "القائم"}, {"type": "attack", "place": "الجولان"}]),
    ("trap-state-named-no-blame", "trap", "وقصفت طائرة مسيرة مقرا لكتائب حزب الله في جرف الصخر. وقالت إسرائيل إن الحادث لا يعنيها.", None, [{"type": "us_strike", "place": "جرف الصخر"}]),
    # --- session 27: a response promised by a future verb after it or by a decision («سيعقبه رد أميركي», «الرد سيكون على مدى أيام», «وقرر الرد») is a threat; a decision to answer words is none (press|trap) ---
    ("threat-followed-by-response", "press", "وأشار المتحدث إلى أن ذلك الهجوم سيعقبه رد أميركي.", None, [{"type": "threat"}]),
    ("threat-response-will-be", "press", "وقال مسؤول أمريكي إن الرد سيكون على مدى عدة أيام ويضرب أهدافا متعددة.", None, [{"type": "threat"}]),
    ("threat-decided-response", "press", "وحمل البيت الأبيض الجماعات المسلحة المسؤولية وقرر الرد.", None, [{"type": "threat"}]),
    ("threat-decided-response-on-attack", "press", "وأعلن البيت الأبيض أنه قرر الرد على الهجوم الذي استهدف جنوده.", None, [{"type": "threat"}, {"type": "attack"}]),
    ("trap-decided-reply-to-letter", "trap", "وقررت الوزارة الرد على الرسالة كتابيا.", None, []),
    ("trap-response-was", "trap", "وقال المحلل إن الرد كان محدودا.", None, []),
    # --- session 27: a threat's actor is the US named right before its verb («أن الولايات المتحدة هددت نظام الأسد»); the party a warning names is its target («محذرا إيران من أن») (press|trap) ---
    ("us-subject-threatens-regime", "press", "ويشار إلى أن الولايات المتحدة هددت نظام الأسد برد قاس إذا كرر الهجوم.", None, [{"type": "threat", "actor": "الولايات المتحدة"}]),
    ("trap-group-threatens-us", "trap", "وهددت الفصائل الولايات المتحدة بالرد على أي ضربة.", None, [{"type": "threat", "actor": "الفصائل"}]),
    ("warned-party-is-target", "press", "وكان الوزير قد حمل الفصائل المسؤولية محذرا إيران من أن أي هجوم سيقابل برد حاسم.", None, [{"type": "threat", "place": "إيران"}]),
    # --- session 27: a future verb of resuming or escalating a side's own campaign («أنها ستستأنف وتصعد حملتها ضد القوات الأمريكية») is a threat; talks resumed or efforts raised are none (press|trap) ---
    ("threat-resume-escalate-campaign", "press", "وأعلنت الفصائل أنها ستستأنف وتصعد حملتها ضد القوات الأمريكية في العراق.", None, [{"type": "threat"}]),
    ("trap-talks-resume", "trap", "وقالت الوزارة إن المحادثات ستستأنف الأسبوع المقبل في بغداد.", None, []),
    ("trap-escalate-efforts", "trap", "وأكد الوزير أن الحكومة ستصعد جهودها الدبلوماسية مع واشنطن.", None, []),
    # --- session 27: a definite plural strike noun right before its verb («أن الغارات طالت …»), after a US strike was told and with no day of its own, retells those strikes: folded into those strikes (dev|trap) ---
    ("retold-strikes-other-country", "dev", "شنت القوات الأمريكية غارات على مواقع للفصائل في سوريا. وأوضح مسؤول أمريكي أن الغارات طالت ثلاثة مخازن للأسلحة في العراق.", None, [{"type": "us_strike", "place": "سوريا"}]),
    ("retold-strikes-hit-depots", "dev", "نفذت مقاتلات أمريكية ضربات على مواقع في البوكمال. وذكر البنتاغون أن الضربات أصابت مستودعات للذخيرة في العراق.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-plural-strikes-told-first", "trap", "وقال مسؤول أمريكي إن الضربات طالت مواقع للفصائل في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-one-of-the-strikes", "trap", "شنت طائرات أمريكية فجر الثلاثاء ضربات على مواقع للفصائل في العراق. وقال مسؤول إن إحدى الضربات طالت مقرا للحشد في الكوت.", "2023-12-27", [{"type": "us_strike", "date": "2023-12-26"}]),
    ("trap-retold-after-attack-only", "trap", "واستهدفت طائرة مسيرة قاعدة حرير. وكانت الغارات طالت مواقع في القائم.", None, [{"type": "attack", "place": "حرير"}, {"type": "us_strike", "place": "القائم"}]),
    # --- session 27: a vague quantifier of many before a plural attack noun («تبنت العديد من الهجمات», «نفذت عددا من العمليات»), in an undated sentence, sums up a record: no row (press|trap) ---
    ("record-claimed-many-attacks", "press", "وسبق للفصائل أن تبنت العديد من الهجمات على القوات الأمريكية.", None, []),
    ("record-number-of-operations", "press", "ونفذت الجماعة، المصنفة منظمة إرهابية، عددا من العمليات التي استهدفت قوات أمريكية في سوريا.", None, []),
    ("trap-several-raids-series", "trap", "وشنت الطائرات الأمريكية عدة غارات على مواقع في البوكمال.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-dated-number-of-attacks", "trap", "وتعرضت قاعدة التنف يوم الأحد لعدد من الهجمات بطائرات مسيرة.", "2024-01-09", [{"type": "attack", "date": "2024-01-07"}]),
    ("trap-number-of-rockets", "trap", "وأطلقت الفصائل عددا من الصواريخ على قاعدة عين الأسد.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("trap-dated-number-of-raids", "trap", "وشن الطيران الأمريكي عددا من الغارات على مواقع في القائم فجر اليوم.", "2024-02-03", [{"type": "us_strike", "date": "2024-02-03"}]),
    # --- session 27: an undated claim told at a country and the claim naming a base in it are one claim, as a US wave is (dev|trap) ---
    ("claim-country-then-base", "dev", "وتبنت المقاومة الإسلامية الهجوم في بيان نشرته في العراق. وقالت إن مقاتليها استهدفوا قاعدة عين الأسد بطائرة مسيرة.", None, [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("claim-forces-in-country-then-base", "dev", "وأعلنت الفصائل مسؤوليتها عن هجوم على القوات الأمريكية في العراق. وقالت الفصائل إن مقاتليها قصفوا قاعدة حرير بطائرتين مسيرتين.", None, [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("trap-claim-other-country-then-base", "trap", "وأعلنت الفصائل مسؤوليتها عن هجوم على القوات الأمريكية في سوريا. وقالت الفصائل إن مقاتليها قصفوا قاعدة حرير بطائرتين مسيرتين.", None, [{"type": "claim", "place": "سوريا"}, {"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("trap-claims-two-days", "trap", "وتبنت الفصائل يوم الأحد هجوما على القوات الأمريكية في العراق. وتبنت يوم الاثنين قصف قاعدة حرير بطائرة مسيرة.", "2024-01-10", [{"type": "claim", "date": "2024-01-07"}, {"type": "claim", "date": "2024-01-08"}, {"type": "attack", "date": "2024-01-08"}]),
    # --- session 27: an act told undated first, then again after a dated act, takes that day when the two rows fold (dev|trap) ---
    ("undated-lead-retold-after-dated-act", "dev", "خلفت الضربات التي نفذتها الولايات المتحدة على فصائل في العراق قتيلا و12 جريحا. وقالت مصادر أمنية إن ثلاثة مواقع في البلاد تعرضت لهجمات فجر الثلاثاء. وذكر مسؤول أن ضربة أمريكية طالت موقعا للفصائل في مدينة الحلة.", "2023-12-26", [{"type": "us_strike", "place": "الحلة", "date": "2023-12-26"}, {"type": "attack", "date": "2023-12-26"}]),
    ("trap-undated-lead-retold-as-series", "trap", "خلفت الضربات التي نفذتها الولايات المتحدة على فصائل في العراق قتيلا و12 جريحا. وقالت مصادر أمنية إن ثلاثة مواقع في البلاد تعرضت لهجمات فجر الثلاثاء. وذكر مسؤول أن إحدى الضربات طالت موقعا للفصائل في الحلة.", "2023-12-26", [{"type": "us_strike", "place": "الحلة", "date_expr": ""}, {"type": "attack", "date": "2023-12-26"}]),
    ("trap-undated-lead-retold-alone", "trap", "خلفت الضربات التي نفذتها الولايات المتحدة على فصائل في العراق قتيلا و12 جريحا. وذكر مسؤول أن ضربة أمريكية طالت موقعا للفصائل في مدينة الحلة.", "2023-12-26", [{"type": "us_strike", "place": "الحلة", "date_expr": ""}]),
    # --- session 27: an interception dated only by its report («أعلن اليوم الخميس مسؤولون أن مسيرتين أسقطتا») takes the own day of its one twin attack; an attack dated by its report keeps it (dev|trap) ---
    ("speech-dated-interception-takes-attack-day", "dev", "أعلن، اليوم الخميس، مسؤولون أمريكيون أن طائرتين مسيرتين حاولتا استهداف القوات الأمريكية في سوريا أسقطتا. ونقلت وكالة عن المسؤولين أن الهجوم نفذ أمس الأربعاء واستهدف القوات المتمركزة في قاعدة التنف.", "2023-10-19", [{"type": "interception", "date": "2023-10-18"}, {"type": "attack", "date": "2023-10-18"}]),
    ("trap-speech-dated-interception-two-twins", "trap", "أعلن، اليوم الخميس، مسؤولون أمريكيون أن طائرتين مسيرتين حاولتا استهداف القوات الأمريكية في سوريا أسقطتا. وكانت قاعدة التنف قد تعرضت لهجوم أمس الأربعاء، وتعرضت قاعدة الشدادي لهجوم يوم الثلاثاء.", "2023-10-19", [{"type": "interception", "date": "2023-10-19"}, {"type": "attack", "date": "2023-10-18"}, {"type": "attack", "date": "2023-10-17"}]),
    ("trap-own-dated-interception-keeps-day", "trap", "أسقطت الدفاعات الجوية اليوم الخميس طائرة مسيرة قرب قاعدة التنف. وكانت قاعدة التنف قد تعرضت لهجوم أمس الأربعاء.", "2023-10-19", [{"type": "interception", "date": "2023-10-19"}, {"type": "attack", "date": "2023-10-18"}]),
    ("trap-speech-dated-attack-keeps-day", "trap", "وكان مصدر أمني قد أفاد في وقت سابق من اليوم الأحد بأن قاعدة حرير تعرضت للاستهداف. وجاء ذلك بعد أقل من 24 ساعة من إسقاط الدفاعات مساء السبت طائرتين مسيرتين قرب قاعدة حرير.", "2023-12-31", [{"type": "attack", "date": "2023-12-31"}, {"type": "interception", "date": "2023-12-30"}]),
    ("trap-speech-dated-interception-after-earlier-attack", "trap", "هاجمت طائرة مسيرة قاعدة التنف قبل ظهر الجمعة 20 تشرين الأول. وأشار المرصد اليوم إلى أن القوات الأمريكية تمكنت من إسقاط طائرة مسيرة قرب قاعدة التنف.", "2023-10-23", [{"type": "attack", "date": "2023-10-20"}, {"type": "interception", "date": "2023-10-23"}]),
    # --- session 27: a claim by a faction of the theatre at a target outside it («أعلنت المقاومة الإسلامية في العراق أنها ضربت … في حيفا») keeps its row, placed at the target; claims of others there stay out (press|trap) ---
    ("claim-faction-outside-theatre", "press", "وأعلنت المقاومة الإسلامية في العراق، صباح اليوم الأربعاء، أنها ضربت بالطيران المسير منشأة نفطية في مدينة حيفا.", "2024-06-12", [{"type": "claim", "date": "2024-06-12", "actor": "المقاومة الإسلامية في العراق"}]),
    ("claim-faction-fighters-outside-theatre", "press", "وقالت كتائب حزب الله في بيان إن مقاتليها قصفوا مطار إيلات بصاروخ مجنح.", None, [{"type": "claim", "place": "إيلات"}]),
    ("claim-faction-occupied-golan", "press", "وقالت حركة النجباء إن مقاتليها استهدفوا بالطيران المسير هدفا في الجولان المحتل.", None, [{"type": "claim", "place": "الجولان"}]),
    ("trap-claim-state-outside-theatre", "trap", "وأعلن الحرس الثوري أنه قصف أهدافا في مدينة حيفا بالصواريخ.", None, []),
    ("trap-claim-lebanese-group-outside-theatre", "trap", "وأعلن حزب الله أن مقاتليه استهدفوا قاعدة عسكرية في حيفا بالصواريخ.", None, []),
    ("trap-claim-yemeni-group-outside-theatre", "trap", "وأعلن الحوثيون أنهم استهدفوا بالصواريخ مدينة إيلات.", None, []),
    ("trap-claim-faction-gaza-victim", "trap", "وقالت المقاومة الإسلامية في العراق إن قصف مخيم جباليا في غزة جريمة لن تمر.", None, [{"type": "threat"}]),
    # --- session 27: a faction claims an act on a target in Israel by a verbal noun alone («أعلنت المقاومة الإسلامية في العراق استهداف ميناء حيفا») (press|trap) ---
    ("claim-noun-faction-port-abroad", "press", "وأعلنت كتائب حزب الله في بيان لها ليلا استهداف ميناء حيفا بمسيرتين.", None, [{"type": "claim", "place": "حيفا"}]),
    ("claim-noun-faction-city-abroad", "press", "وتبنت كتائب سيد الشهداء قصف هدف حيوي في مدينة إيلات بصاروخ كروز.", None, [{"type": "claim", "place": "إيلات"}]),
    ("trap-claim-noun-lebanon-victims", "trap", "وأعلنت المقاومة الإسلامية في العراق تضامنها بعد استهداف المدنيين في لبنان.", None, []),
    ("trap-claim-noun-no-faction", "trap", "وأعلنت الشرطة الإسرائيلية استهداف ميناء حيفا بطائرة مسيرة.", None, []),
    # --- session 27: a joined verb of doing with an attack object («وشنت هجوما آخر على قاعدة قرب مطار أربيل») tells a second act on the place after it (press|trap) ---
    ("joined-launch-verb-second-base", "press", "وقالت الفصائل إنها استهدفت قاعدة التنف جنوبي سوريا وشنت هجوما آخر على قاعدة قرب مطار أربيل.", None, [{"type": "claim", "place": "التنف"}, {"type": "claim", "place": "أربيل"}, {"type": "attack", "place": "التنف"}, {"type": "attack", "place": "أربيل"}]),
    ("joined-launch-verb-plural-subject", "press", "وذكر البيان أن المقاتلين قصفوا قاعدة حرير بطائرتين مسيرتين ونفذوا هجوما ثانيا على قاعدة في حقل كونيكو.", None, [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "كونيكو"}]),
    ("trap-joined-launch-verb-raid", "trap", "واستهدفت الفصائل قاعدة التنف بطائرة مسيرة، وشنت القوات حملة دهم في مدينة القائم.", None, [{"type": "attack", "place": "التنف"}]),
    ("trap-joined-launch-verb-country", "trap", "واستهدفت الفصائل قاعدة التنف بطائرة مسيرة وشنت هجمات أخرى في سوريا خلال الأسبوع.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 28: a strike noun or weapon the press presumes American («قصف يرجح أنه أميركي», «طائرة مسيرة يعتقد أنها أمريكية») is a US strike; a choice of states is not (press|trap) ---
    ("presumed-us-drone-subject", "press", "وقصفت طائرة مسيرة يعتقد أنها أمريكية مقرا لفصيل مسلح قرب بلدة العبيدي.", None, [{"type": "us_strike"}]),
    ("presumed-us-strike-noun", "press", "وتزامن ذلك مع قصف يرجح أنه أميركي على مخازن سلاح تتبع كتائب سيد الشهداء قرب الرطبة.", None, [{"type": "us_strike", "place": "الرطبة"}]),
    ("presumed-us-suffered", "press", "وتعرضت مواقع للحشد الشعبي في عكاشات لقصف جوي يرجح أنه أمريكي.", None, [{"type": "us_strike", "place": "عكاشات"}]),
    ("presumed-us-diacritics-dashes", "press", "وتزامن ذلك مع قصفٍ -يُرجّح أنّه أميركي- على مستودع للفصائل في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-presumed-either-state", "trap", "وقال مصدر إن الطائرة التي قصفت المركبة كانت أمريكية أو إسرائيلية.", None, [{"type": "attack"}]),
    ("trap-presumed-israeli", "trap", "وقصفت طائرة مسيرة يعتقد أنها إسرائيلية مقرا لفصيل مسلح قرب البوكمال.", None, [{"type": "other"}]),
    # --- session 28: a verb with no subject of its own right after «كما» goes on with the first act's US strike («الغارات الأمريكية استهدفت …، كما استهدفت …») (press|trap) ---
    ("also-verb-shares-us-strike", "press", "وقالت مصادر إن الغارات الأمريكية استهدفت مزارع قرب الميادين، كما استهدفت حيا صناعيا في البوكمال.", None, [{"type": "us_strike", "place": "الميادين"}, {"type": "us_strike", "place": "البوكمال"}]),
    ("trap-also-verb-own-weapon", "trap", "وقصفت طائرات أمريكية مواقع للفصائل في القائم، كما استهدفت طائرة مسيرة قاعدة حرير في أربيل.", None, [{"type": "us_strike", "place": "القائم"}, {"type": "attack", "place": "حرير"}]),
    ("trap-also-verb-after-attack", "trap", "وهاجمت الفصائل قاعدة التنف بطائرة مسيرة، كما استهدفت قاعدة الشدادي.", None, [{"type": "attack", "place": "التنف"}, {"type": "attack", "place": "الشدادي"}]),
    # --- session 28: a US announcer, the day of the announcement, then the verbal noun of the act («وأعلن الجيش الأمريكي، اليوم الأربعاء، شن ضربتين») is a US strike (press|trap) ---
    ("us-announcer-date-verbal-noun", "press", "وأعلن الجيش الأمريكي، اليوم الأربعاء 22 تشرين الثاني 2023، شن ضربتين منفصلتين على منشأتين في العراق.", "2023-11-22", [{"type": "us_strike", "date": "2023-11-22"}]),
    ("trap-group-announcer-date-verbal-noun", "trap", "وأعلنت المقاومة الإسلامية في العراق، اليوم الأربعاء، استهداف قاعدة حرير بطائرة مسيرة.", "2023-11-22", [{"type": "claim", "date": "2023-11-22"}, {"type": "attack", "date": "2023-11-22"}]),
    # --- session 28: a bare definite strike plural as the subject of a US strike («واستهدفت الضربات …») details the wave told before; a quantified or adjectived plural is an act of its own (press|trap) ---
    ("plural-strikes-detail-wave", "press", "ضربت الولايات المتحدة فصائل مسلحة على الحدود العراقية السورية يوم الأحد. واستهدفت الضربات مخازن سلاح في موقعين في سوريا وموقع في العراق.", None, [{"type": "us_strike", "place": "الحدود العراقية السورية"}]),
    ("trap-plural-strikes-one-of", "trap", "ضربت الولايات المتحدة فصائل مسلحة على الحدود العراقية السورية يوم الأحد. وقال مسؤول إن إحدى الضربات طالت مخزنا في القائم.", None, [{"type": "us_strike", "place": "الحدود العراقية السورية"}, {"type": "us_strike", "place": "القائم"}]),
    ("trap-plural-strikes-new-wave", "trap", "ضربت الولايات المتحدة فصائل مسلحة على الحدود العراقية السورية يوم الأحد. واستهدفت الغارات الأمريكية الجديدة مخزنا في القائم.", None, [{"type": "us_strike", "place": "الحدود العراقية السورية"}, {"type": "us_strike", "place": "القائم"}]),
    # --- session 28: a US strike on the items of a «في كل من X، وY» list gives one row per town; a list of settings (countries, provinces) does not split (press|trap) ---
    ("each-of-us-strike-two-towns", "press", "ونفذ الطيران الأمريكي ضربتين جويتين على مقرات للحرس الثوري في كل من حسرات بريف البوكمال، ومزارع قرب مدينة الميادين.", None, [{"type": "us_strike", "place": "البوكمال"}, {"type": "us_strike", "place": "الميادين"}]),
    ("trap-each-of-settings", "trap", "وشنت الولايات المتحدة غارات على مواقع للفصائل في كل من العراق وسوريا.", None, [{"type": "us_strike"}]),
    ("trap-each-of-attack", "trap", "وهاجمت الفصائل بطائرات مسيرة قواعد في كل من حرير وعين الأسد.", None, [{"type": "attack", "place": "حرير"}]),
    # --- session 28: an anaphoric US strike points back to a US strike only, never to the attack it answers («تعرضت القواعد للقصف، وردت القوات الأمريكية بقصف مواقع في بابل») (press|trap) ---
    ("anaphoric-us-strike-own-row", "press", "وتعرضت القواعد الأمريكية في العراق للقصف، وردت القوات الأمريكية بقصف مواقع في محافظة بابل.", None, [{"type": "attack", "place": "العراق"}, {"type": "us_strike", "place": "بابل"}]),
    ("trap-anaphoric-us-strike-same-wave", "trap", "وقصفت طائرات أمريكية مواقع للفصائل في القائم. وقال مسؤول إن الغارة دمرت مخزنا للسلاح.", None, [{"type": "us_strike", "place": "القائم"}]),
    # --- session 28: a drone with a relative pronoun before a strike verb is its subject; the US after the verb is struck («المسيرة التي ضربت القوات الأميركية») (press|trap) ---
    ("relative-drone-struck-us", "press", "وقالت مصادر إن المسيرة التي ضربت القوات الأميركية في الأردن أقلعت من سوريا.", None, [{"type": "attack", "place": "الأردن"}]),
    ("trap-us-planes-struck", "trap", "وضربت طائرات أمريكية مواقع للفصائل في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    # --- session 28: harm at a named site told before the attack that caused it («اندلع حريق في مطار أربيل … عقب هجوم بطائرة مسيرة») is an attack at that site (press|trap) ---
    ("aftermath-fire-after-drone-base", "press", "واشتعلت النيران داخل قاعدة حرير التي تضم جنودا أمريكيين عقب هجوم بطائرة مسيرة.", None, [{"type": "attack", "place": "حرير", "weapon": "drone"}]),
    ("aftermath-smoke-after-targeting-airport", "press", "وتصاعد دخان كثيف من مطار أربيل الذي يستضيف قوات التحالف إثر استهدافه بصاروخين.", None, [{"type": "attack", "place": "مطار أربيل"}]),
    ("aftermath-fire-airport-hosting-us", "press", "واندلع حريق في مطار السليمانية الذي يضم قاعدة تابعة للولايات المتحدة، عقب هجوم بطائرة مسيرة.", None, [{"type": "attack", "place": "السليمانية"}]),
    ("trap-aftermath-electric-fault", "trap", "واندلع حريق في سوق شعبي ببلدة الشدادي إثر تماس كهربائي.", None, []),
    ("trap-aftermath-us-air-strike", "trap", "واندلع حريق في مقر للفصائل في مدينة القائم جراء غارة أمريكية.", None, []),
    ("trap-aftermath-town-no-force", "trap", "واندلع حريق في مخبز وسط مدينة الرمادي إثر هجوم لمسلحين مجهولين.", None, []),
    # --- session 28: a blast with a bare charge («بانفجار عبوة على رتل», «انفجار عبوتين أخريين»), or with the day between it and «على», tells an attack on the convoy (press|trap) ---
    ("convoy-blast-bare-charge", "press", "وأفادت مصادر محلية بانفجار عبوة على رتل للتحالف الدولي قرب مدينة السماوة.", None, [{"type": "attack", "place": "السماوة"}]),
    ("convoy-blast-day-between-load", "press", "وأفاد مصدر في الشرطة بانفجار عبوة ناسفة مساء الأحد على رتل شاحنات تنقل معدات للتحالف الدولي في محافظة بابل.", None, [{"type": "attack", "place": "بابل"}]),
    ("convoy-blast-prior-joined-blasts", "press", "انفجرت عبوة ناسفة على رتل للتحالف الدولي في السماوة. وهذا ثالث هجوم من نوعه اليوم، بعد انفجار عبوة على رتل في الحلة وانفجار عبوتين أخريين في الناصرية.", None, [{"type": "attack", "place": "السماوة"}, {"type": "attack", "place": "الحلة"}, {"type": "attack", "place": "الناصرية"}]),
    ("trap-convoy-prior-joined-demolition", "trap", "انفجرت عبوة ناسفة على رتل للتحالف الدولي في السماوة. وهذا ثاني هجوم من نوعه اليوم، بعد انفجار عبوة على رتل في الحلة وتفجير منزل في الناصرية.", None, [{"type": "attack", "place": "السماوة"}, {"type": "attack", "place": "الحلة"}]),
    ("trap-convoy-blast-gas-canister", "trap", "وأفاد شهود بانفجار عبوة غاز على رتل من سيارات الأهالي في الناصرية.", None, []),
    ("trap-convoy-blast-bare-charge-civil", "trap", "وأفاد شهود بانفجار عبوة على رتل من سيارات الأهالي في الناصرية.", None, []),
    # --- session 28: a US strike on two joined towns gives each its row («في مدينة القائم … ومدينة البوكمال», «وعلى مقر آخر في القائم»); one dual noun heading both («قرب مدينتي البوكمال والميادين») keeps one row (press|trap) ---
    ("us-strike-joined-towns", "press", "وقصفت طائرات أمريكية فجر اليوم مقرات للحشد الشعبي في مدينة القائم غرب البلاد ومدينة البوكمال داخل الأراضي السورية.", None, [{"type": "us_strike", "place": "القائم"}, {"type": "us_strike", "place": "البوكمال"}]),
    ("us-strike-joined-second-target", "press", "وشنت مقاتلات أمريكية غارات على مخازن أسلحة لكتائب حزب الله في جرف الصخر وعلى مقر آخر في القائم.", None, [{"type": "us_strike", "place": "جرف الصخر"}, {"type": "us_strike", "place": "القائم"}]),
    ("trap-us-strike-dual-town-head", "trap", "وضربت الطائرات الأمريكية منشأة تدريب قرب مدينتي البوكمال والميادين في سوريا.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-us-strike-town-in-province", "trap", "وقصفت طائرات أمريكية مواقع للفصائل في البوكمال شرقي دير الزور.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-us-strike-village-list", "trap", "ولاحقا، قصفت القوات الأمريكية بالمدفعية من قاعدتها في حقل كونيكو قرى الطابية وخشام والصالحية، حيث تنتشر مجموعات موالية لإيران.", None, [{"type": "us_strike", "place": "خشام"}]),
    # --- session 28: a target noun with «و» after an act's base opens a second target that a province locates («استهداف قاعدة فكتوريا … ومواقع في ريف دير الزور»); a country there stays the setting (press|trap) ---
    ("second-target-sites-in-province", "press", "وتم الإعلان عن استهداف قاعدة فكتوريا قرب مطار بغداد ومواقع في ريف دير الزور.", None, [{"type": "attack", "place": "فيكتوريا"}, {"type": "attack", "place": "دير الزور"}]),
    ("second-target-base-in-province", "press", "واستهدفت الفصائل قاعدة حرير ومواقع للتحالف في محافظة الأنبار.", None, [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "الأنبار"}]),
    ("trap-second-target-country", "trap", "واستهدفت الفصائل قاعدة التنف ومواقع أخرى في سوريا.", None, [{"type": "attack", "place": "التنف"}]),
    ("trap-base-in-province-setting", "trap", "واستهدفت الفصائل قاعدة عين الأسد في الأنبار بطائرة مسيرة.", None, [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 28: an attack placed only at the city or province of a site, told beside the same act at that site (same known day, same weapon), is that act told again: one row at the site; two undated rows stay two (press|trap) ---
    ("fold-city-retold-airport", "press", "سقطت صواريخ مساء أمس قرب مطار أربيل الدولي الذي يضم قوات أمريكية. وقالت مصادر أمنية إن سقوط الصواريخ أمس في أربيل أسفر عن إصابة شخصين.", "2024-01-10", [{"type": "attack", "place": "مطار أربيل", "weapon": "rocket", "date": "2024-01-09"}]),
    ("trap-fold-city-undated", "trap", "سقطت صواريخ قرب مطار أربيل الدولي الذي يضم قوات أمريكية. وسقطت صواريخ أخرى في أربيل.", None, [{"type": "attack", "place": "مطار أربيل"}, {"type": "attack", "place": "أربيل"}]),
    ("trap-fold-city-other-weapon", "trap", "استهدفت طائرة مسيرة قاعدة حرير التي تضم قوات أمريكية. وفي وقت لاحق سقطت صواريخ في مدينة أربيل.", None, [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "أربيل"}]),
    ("trap-fold-province-other-day", "trap", "استهدفت الفصائل قاعدة عين الأسد بالصواريخ يوم الأحد. وسقطت صواريخ في الأنبار يوم الاثنين.", "2024-01-10", [{"type": "attack", "date": "2024-01-07"}, {"type": "attack", "date": "2024-01-08"}]),
    # --- session 28: «ولم تعلن أي جماعة مسؤوليتها» denies any claimant, even with a group named later in the sentence; after the interception told before at the same site it adds no row (press|trap) ---
    ("denied-any-party-after-downing", "press", "وقال الجيش إنه أسقط طائرة مسيرة فوق قاعدة التنف. ولم تعلن أي جماعة مسؤوليتها عن تحليق الطائرة فوق التنف، حيث تنشط فصائل موالية لإيران.", None, [{"type": "interception", "place": "التنف"}]),
    ("denied-any-party-group-later", "press", "ولم يعلن أي فصيل مسؤوليته عن الهجوم على قاعدة حرير، لكن واشنطن تتهم فصائل موالية لإيران.", None, [{"type": "attack", "place": "حرير"}]),
    ("trap-named-group-denies-other-detail", "trap", "وتبنت المقاومة الإسلامية في العراق استهداف قاعدة حرير، ولم تعلن أي تفاصيل عن الخسائر.", None, [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    # --- session 28: «القاعدة الواقعة بمحافظة X» locates the base told before in its governorate: the act is at that base (press|trap) ---
    ("located-anaphor-takes-told-base", "press", "سقطت صواريخ على قاعدة بلد الجوية شمالي بغداد. وفي وقت سابق تم قصف القاعدة الواقعة بمحافظة صلاح الدين بطائرة مسيرة.", None, [{"type": "attack", "place": "بلد"}, {"type": "attack", "place": "بلد"}]),
    ("trap-located-anaphor-other-governorate", "trap", "سقطت صواريخ على قاعدة عين الأسد. وفي وقت سابق تم قصف القاعدة الواقعة بمحافظة صلاح الدين بطائرة مسيرة.", None, [{"type": "attack", "place": "عين الأسد"}, {"type": "attack", "place": "صلاح الدين"}]),
    # --- session 28: two rows of one kind and one day at related sites (an airport and the base inside it, a base and its town) are one incident; other weapons, or no day, keep them apart (press|trap) ---
    ("same-day-related-sites-one-act", "press", "سقطت ثلاثة صواريخ مساء الخميس على قاعدة عسكرية قريبة من مطار بغداد. وقال مصدر أمني إن الصواريخ الثلاثة سقطت مساء الخميس بالقرب من قاعدة فكتوريا داخل المطار.", "2021-04-23", [{"type": "attack", "date": "2021-04-22", "place": "مطار بغداد"}]),
    ("trap-same-day-related-sites-other-weapon", "trap", "تعرضت القاعدة الأمريكية في حقل العمر لقصف بالصواريخ مساء الاثنين. وأصابت طائرات مسيرة مساء الاثنين القرية الخضراء في الحقل.", "2024-02-13", [{"type": "attack", "place": "حقل العمر"}, {"type": "attack", "place": "القرية الخضراء"}]),
    # (session 30: on a page with no date at all the two are one act, rasd.undated_sites; the trap holds on a dated page)
    ("trap-undated-related-sites-apart", "trap", "سقطت ثلاثة صواريخ على قاعدة عسكرية قريبة من مطار بغداد. وقال مصدر أمني إن صواريخ سقطت بالقرب من قاعدة فكتوريا.", "2021-04-23", [{"type": "attack", "place": "مطار بغداد"}, {"type": "attack", "place": "فيكتوريا"}]),
    ("undated-page-related-sites-one-act", "press", "سقطت ثلاثة صواريخ على قاعدة عسكرية قريبة من مطار بغداد. وقال مصدر أمني إن صواريخ سقطت بالقرب من قاعدة فكتوريا.", None, [{"type": "attack", "place": "مطار بغداد"}]),
    # --- session 28: «ميليشيات عراقية (مسلحة)» names the armed groups, as «فصائل عراقية» does: what they announce they hit is a claim; as a target they are the factions a US strike hits (press|trap) ---
    ("militias-iraqi-announce-claim", "press", "أعلنت ميليشيات عراقية مسلحة أنها قصفت قاعدة التنف بطائرة مسيرة.", None, [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    ("trap-militias-iraqi-struck-by-us", "trap", "واستهدفت غارات أمريكية مواقع ميليشيات عراقية قرب البوكمال.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    # --- session 28: an act that hits a vehicle, a faction leader killed or a faction's building, with no US site or force, is the US strike the article tells (folded into it on its day) (dev|trap) ---
    ("faction-car-hit-is-us-strike", "dev", "قالت القيادة المركزية الأمريكية إنها نفذت ضربة في بغداد مساء الأربعاء. وأوضح مصدر أمني أن صاروخا أصاب سيارة في منطقة المشتل مساء الأربعاء.", "2024-02-08", [{"type": "us_strike", "date": "2024-02-07"}]),
    ("faction-building-hit-undated", "dev", "قصفت طائرات أمريكية مواقع في القائم. وقالت مصادر إن صاروخين سقطا داخل مبنى تشغله الحركة في بغداد.", None, [{"type": "us_strike", "place": "القائم"}, {"type": "us_strike", "place": "بغداد"}]),
    ("trap-charge-on-car-of-us-soldiers", "trap", "نفذت القوات الأمريكية غارة على مواقع في القائم. وفي حادث منفصل، استهدفت عبوة ناسفة سيارة تقل جنودا أمريكيين قرب الفلوجة.", None, [{"type": "us_strike", "place": "القائم"}, {"type": "attack", "place": "الفلوجة"}]),
    ("trap-car-hit-no-us-strike-told", "trap", "وأصاب صاروخ سيارة في منطقة المشتل شرقي بغداد.", None, [{"type": "attack", "place": "المشتل"}]),
    # --- session 28: «استهدف قاعدة في الحسكة» after an attack on a named base of that governorate retells it; «قاعدة أخرى», or another governorate, is a further act (press|trap) ---
    ("vague-base-in-area-retells", "press", "استهدفت طائرة مسيرة قاعدة تل البيدر في ريف الحسكة. وقال مسؤول إن هجوما بطائرة مسيرة استهدف قاعدة في الحسكة، أدى إلى إصابة جندي.", None, [{"type": "attack", "place": "تل بيدر"}]),
    ("trap-vague-base-another", "trap", "استهدفت طائرة مسيرة قاعدة تل البيدر في ريف الحسكة. وقال مسؤول إن هجوما آخر استهدف قاعدة أخرى في الحسكة.", None, [{"type": "attack", "place": "تل بيدر"}, {"type": "attack", "place": "الحسكة"}]),
    ("trap-vague-base-other-governorate", "trap", "استهدفت طائرة مسيرة قاعدة تل البيدر في ريف الحسكة. وقال مسؤول إن هجوما بطائرة مسيرة استهدف قاعدة في دير الزور.", None, [{"type": "attack", "place": "تل بيدر"}, {"type": "attack", "place": "دير الزور"}]),
    # --- session 28: «منذ بدء استهداف القوات …» dates a campaign's start: that attack noun is no act of the sentence (dev|trap) ---
    ("campaign-start-noun-no-act", "dev", "ولم يتضح سبب إخفاق الدفاعات في إسقاط المسيرة، التي يبدو أن هجومها هو الأول ضد البرج 22 منذ بدء استهداف القوات الأمريكية في 17 أكتوبر.", "2024-01-29", []),
    ("trap-act-before-campaign-start", "trap", "استهدفت طائرة مسيرة قاعدة التنف فجر اليوم، وهو الهجوم العاشر منذ بدء الهجمات على القاعدة.", "2024-01-29", [{"type": "attack", "place": "التنف", "date": "2024-01-29"}]),
    # --- session 28: a meeting held («عقدت … اجتماعا»), an envoy received («استقبل … السفير»), an arrest tied to an attack and a deployment decided with its number («سترسل 450 جنديا», «قرار نشر») are «other» developments; a habit, a study, a concession or an agreement of views is not (press|trap) ---
    ("held-meeting-dated", "press", "وذكر المتحدث أن اللجنة الأمنية المشتركة عقدت أمس الأحد في العاصمة بغداد اجتماعا مع وفد التحالف الدولي.", "2024-05-13", [{"type": "other", "date": "2024-05-12"}]),
    ("trap-habitual-meetings", "trap", "وقال القيادي إن قادة الفصائل يعقدون اجتماعات متواصلة لتنسيق المواقف.", None, []),
    ("received-envoy", "press", "واستقبل رئيس أركان الجيش العراقي في مكتبه ببغداد السفيرة الأمريكية والوفد المرافق لها.", None, [{"type": "other", "place": "بغداد"}]),
    ("trap-received-flights", "trap", "واستقبل مطار أربيل الدولي رحلات مدنية قادمة من إسطنبول.", None, []),
    ("arrest-tied-to-attack", "press", "وقال مسؤولون إن الشرطة اعتقلت ثلاثة أشخاص فيما يتصل بهجوم وقع الأسبوع الماضي في الأنبار.", None, [{"type": "other", "place": "الأنبار"}]),
    ("arrest-culprits", "press", "وأعلنت خلية الإعلام الأمني إلقاء القبض على أربعة من المتورطين في مدينة الفلوجة.", None, [{"type": "other", "place": "الفلوجة"}]),
    ("trap-arrest-raid-on-isis", "trap", "وداهمت القوات العراقية مخابئ في صحراء الأنبار واعتقلت سبعة عناصر من التنظيم.", None, []),
    ("trap-arrest-in-concession", "trap", "ورغم إعلان الحكومة اعتقال عناصر متورطين في قصف المطار مؤخرا، فإن ذلك لم يوقف الاستهداف.", None, []),
    ("trap-arrest-in-operation", "trap", "وأعلنت القوات الأمنية اعتقال إرهابي من داعش في عملية نوعية بكركوك.", None, []),
    ("arrest-before-attack-noun", "press", "واعتقلت قوات الأمن أمس الأحد خمسة من المتورطين في قصف قاعدة عين الأسد يوم الجمعة.", "2024-02-05", [{"type": "other", "date": "2024-02-04"}, {"type": "attack", "date": "2024-02-02"}]),
    ("trap-arrest-urged", "trap", "وقالت الخارجية: نطالب السلطات العراقية بالقبض على منفذي الهجوم وتقديمهم للعدالة.", None, []),
    ("trap-deployment-year-only", "trap", "وكان الرئيس قد قرر نشر 3000 جندي في الشرق الأوسط عام 2020.", None, []),
    ("protest-verb-at-embassy", "press", "وقد تظاهر المئات أمام السفارة الأمريكية في بغداد أمس.", "2024-02-05", [{"type": "other", "date": "2024-02-04"}]),
    ("decided-deployment-future", "press", "وأعلن المتحدث باسم البنتاغون أن بلاده سترسل في الأسابيع المقبلة 450 جنديا إضافيا إلى الشرق الأوسط.", None, [{"type": "other", "place": "الشرق الأوسط"}]),
    ("decided-deployment-decision-noun", "press", "وجاء قرار نشر 200 جندي إضافي في الشرق الأوسط بعد تصاعد التوتر.", None, [{"type": "other", "place": "الشرق الأوسط"}]),
    ("trap-deployment-studied", "trap", "وقال مسؤولون إن الوزارة تدرس طلبا من القيادة لإرسال نحو 3000 جندي إلى الشرق الأوسط.", None, []),
    ("trap-deployment-no-number", "trap", "وقال المتحدث إن بلاده سترسل قريبا منظومات دفاع جوي إلى الشرق الأوسط.", None, []),
    ("trap-agree-on-view", "trap", "وأكد الجانبان أنهما اتفقا على استمرار خطر التنظيم في المنطقة.", None, []),
    # --- session 28: a seizing verb is a find of a launcher («استولى الجيش على شاحنة تحمل منصة»), the launchers may stand far after «عثرت … على»; «استقدم» brings a convoy in; a sentence whose first convoy noun is definite («أن القافلة تتألف من …») tells the convoy before again (press|trap) ---
    ("seized-launcher", "press", "وقال الجيش إنه استولى على شاحنة صغيرة تحمل منصة إطلاق صواريخ قرب الفلوجة.", None, [{"type": "other", "place": "الفلوجة"}]),
    ("trap-seized-no-weapon", "trap", "وقالت الشرطة إنها صادرت أموالا ووثائق في حي الجهاد.", None, []),
    ("found-launchers-far", "press", "وبحسب البيان، عثرت مفارز من الشرطة الاتحادية في منطقة الرضوانية، القريبة من مطار بغداد غربي العاصمة، على ثلاث منصات.", None, [{"type": "other", "place": "الرضوانية"}]),
    ("convoy-brought-in", "press", "واستقدم الجيش الأمريكي رتلا من 40 شاحنة إلى قاعدة تل بيدر عبر معبر الوليد.", None, [{"type": "other", "place": "تل بيدر"}]),
    ("convoy-told-again-definite", "press", "ودخلت قافلة أمريكية قاعدة الشدادي يوم السبت. وقال المرصد إن القافلة تضم 60 شاحنة ودخلت عبر معبر الوليد.", None, [{"type": "other", "place": "الشدادي"}]),
    ("trap-convoy-second-indefinite", "trap", "ودخلت قافلة أمريكية قاعدة الشدادي. ووصل رتل آخر من 30 شاحنة إلى قاعدة قسرك.", None, [{"type": "other", "place": "الشدادي"}, {"type": "other", "place": "قسرك"}]),
    # --- session 28: «other» acts of two kinds (a deployment decided and troops arriving, a convoy and a cargo plane, an arrest and a find) are two incidents even at one place or with none (press|trap) ---
    ("two-kinds-deployment-and-arrival", "press", "وأعلنت الوزارة الثلاثاء أنها سترسل 300 جندي إضافي إلى الشرق الأوسط. وكانت قالت الخميس الماضي إن نحو 900 من القوات الأمريكية وصلوا إلى الشرق الأوسط.", None, [{"type": "other", "place": "الشرق الأوسط"}, {"type": "other", "place": "الشرق الأوسط"}]),
    ("two-kinds-convoy-then-cargo-plane", "press", "ودخل رتل أمريكي من 30 شاحنة إلى محافظة الحسكة. وأضافت المصادر أن طائرة شحن عسكرية حطت في مدينة الشدادي.", None, [{"type": "other", "place": "الحسكة"}, {"type": "other", "place": "الشدادي"}]),
    ("two-kinds-arrest-then-find", "press", "واعتقلت الشرطة خمسة أشخاص فيما يتصل بهجوم على قاعدة عسكرية في العراق. وقال الجيش إنه استولى على شاحنة تحمل منصة إطلاق صواريخ.", None, [{"type": "other", "place": "العراق"}, {"type": "other"}]),
    ("trap-one-kind-convoy-twice", "trap", "ودخلت قافلة أمريكية إلى قاعدة الشدادي. ووصلت قافلة أمريكية إلى قاعدة الشدادي بعد ساعات.", None, [{"type": "other", "place": "الشدادي"}]),
    # --- session 28: a convoy placed only at its origin («قادمة من إقليم كردستان») takes the destination the next sentence gives after «إلى» when it points back to the convoy («واتجهت القافلة إلى قاعدة X») (press|trap) ---
    ("convoy-destination-next-sentence", "press", "ودخلت قافلة من 50 شاحنة قادمة من إقليم كردستان. وكانت تحمل ذخائر، واتجهت القافلة إلى قاعدة الشدادي.", None, [{"type": "other", "place": "الشدادي"}]),
    ("trap-convoy-origin-no-anaphor", "trap", "ودخلت قافلة من 50 شاحنة قادمة من إقليم كردستان. واتجه وفد عسكري إلى قاعدة الشدادي.", None, [{"type": "other", "place": "إقليم كردستان"}]),
    # --- session 28: a protest or storming at the embassy («الاحتجاجات التي شهدها محيط السفارة») is an «other» act; one threatened («هددوا باقتحام السفارة») or away from an embassy is not; a site told evacuated in the passive («أن الموقع أُخلي بتاريخ …») is a development dated by its day (press|trap) ---
    ("protest-at-embassy", "press", "وجاء القرار بعد التظاهرات الغاضبة التي شهدها محيط السفارة الأمريكية في بغداد.", None, [{"type": "other", "place": "السفارة الأمريكية"}]),
    ("stormed-embassy", "press", "وقال شهود إن المحتجين اقتحموا البوابة الخارجية للسفارة الأمريكية صباح الثلاثاء.", "2020-01-01", [{"type": "other", "date": "2019-12-31"}]),
    ("trap-storming-threatened", "trap", "وهدد أنصار الفصائل باقتحام السفارة الأمريكية في المنطقة الخضراء.", None, [{"type": "threat"}]),
    ("trap-protest-no-embassy", "trap", "وخرجت تظاهرات في ساحة التحرير للمطالبة بتحسين الخدمات.", None, []),
    ("site-evacuated-passive", "press", "وأوضح البيان أن الموقع أُخلي بتاريخ 12-11-2023.", None, [{"type": "other", "date": "2023-11-12"}]),
    ("trap-released-passive", "trap", "وأضاف المصدر أنه أُخلي سبيل المعتقلين بعد التحقيق.", None, []),
    # --- session 28: «قاعدة الاحتلال» (the factions' name of a US base) lets the named base follow a claimed verbal noun («أعلنت … استهداف قاعدة الاحتلال قرب مطار أربيل») (press|trap) ---
    ("claim-noun-occupation-base-near", "press", "وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة الاحتلال قرب مطار أربيل بمسيرتين.", None, [{"type": "claim", "place": "أربيل"}, {"type": "attack", "place": "أربيل"}]),
    ("claim-noun-occupation-base-in", "press", "وأعلنت كتائب حزب الله قصف قاعدة الاحتلال في حرير برشقة صاروخية.", None, [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("trap-claim-noun-israeli-occupation-golan", "trap", "وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة للاحتلال الإسرائيلي في الجولان.", None, []),
    ("trap-occupation-base-no-claim", "trap", "وقال محلل إن قاعدة الاحتلال قرب مطار أربيل لم تعد آمنة.", None, []),
    # --- session 28: a claim by a verbal noun keeps its row when a vow or another report follows in the sentence («أعلنت … استهداف قاعدة حرير، وتوعدت بمواصلة عملياتها») (press|trap) ---
    ("claim-noun-then-vow", "press", "وأعلنت حركة النجباء استهداف قاعدة التنف بطائرة مسيرة، وتوعدت بمواصلة عملياتها ضد القوات الأمريكية.", None, [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}, {"type": "threat"}]),
    ("claim-noun-then-downing", "press", "وأعلنت الفصائل استهداف قاعدة حرير بالطيران المسير، فيما أكدت سلطات الإقليم إسقاط مسيرة مفخخة.", None, [{"type": "claim", "place": "حرير"}, {"type": "interception", "place": "حرير"}]),
    ("trap-us-noun-then-vow", "trap", "وأعلنت القيادة المركزية الأمريكية استهداف مقر للحشد في القائم، وتوعدت بضربات أخرى.", None, [{"type": "threat"}]),
    ("trap-noun-no-claimant-then-downing", "trap", "وبعد استهداف قاعدة حرير، أكدت سلطات الإقليم إسقاط مسيرة مفخخة.", None, [{"type": "interception", "place": "حرير"}]),
    # --- session 28: «أن مجاهدي <group> هاجموا»: the group's fighters as subject before the verb, in its statement, is its own claim (press|trap) ---
    ("fighters-named-before-verb-claim", "press", "وذكر بيان صادر عن المقاومة أن مقاتلي المقاومة الإسلامية في العراق هاجموا قاعدة عين الأسد بالصواريخ.", None, [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("trap-fighters-named-before-verb-us-reporter", "trap", "وأعلن البنتاغون أن مقاتلي كتائب حزب الله هاجموا قاعدة حرير بمسيرة.", None, [{"type": "attack", "place": "حرير"}]),
    # --- session 28: a second act joined to a claimed one by «و» + an attack noun («…، وهجومين بطائرات مسيرة على قاعدة عين الأسد») or by «وفي» + a place is a row of its own (press|trap) ---
    ("joined-act-noun-second-base", "press", "وأكدت الفصائل مسؤوليتها عن قصف صاروخي على قاعدة التنف، وهجوم بطائرة مسيرة على قاعدة حرير.", None, [{"type": "claim", "place": "التنف"}, {"type": "claim", "place": "حرير"}, {"type": "attack", "place": "التنف"}, {"type": "attack", "place": "حرير"}]),
    ("joined-in-second-site", "press", "وقالت كتائب حزب الله إنها ضربت بالطائرات المسيرة القوات الأمريكية في قاعدة الشدادي وفي حقل كونيكو.", None, [{"type": "claim", "place": "الشدادي"}, {"type": "claim", "place": "كونيكو"}, {"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "كونيكو"}]),
    ("trap-joined-in-aside", "trap", "واستهدفت الفصائل قاعدة حرير بمسيرة، وفي سياق متصل زار وفد عسكري مطار بغداد.", None, [{"type": "attack", "place": "حرير"}]),
    ("trap-joined-act-noun-no-place", "trap", "وأكدت الفصائل مسؤوليتها عن قصف صاروخي على قاعدة التنف، وهجوم آخر لم تحدد مكانه.", None, [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    # --- session 28: a faction claims by a verbal noun a US base named only by owner and area («أعلنت … استهداف قاعدتين أميركيتين شرقي سوريا»): a claim at that area (press|trap) ---
    ("claim-noun-owned-base-area", "press", "وأعلنت حركة النجباء، مساء الخميس، استهداف قاعدتين أمريكيتين شرقي سوريا بالمسيرات.", None, [{"type": "claim", "place": "سوريا"}]),
    ("claim-noun-owned-base-generic-group", "press", "وأعلنت الفصائل استهداف قاعدة أمريكية في شمال شرق سوريا.", None, [{"type": "claim", "place": "سوريا"}]),
    ("trap-noun-owned-base-us-reporter", "trap", "وأعلنت وزارة الدفاع الأمريكية استهداف قاعدة أمريكية في سوريا بمسيرة.", None, []),
    ("trap-noun-owned-base-ongoing", "trap", "وقالت مصادر إن الفصائل تواصل استهداف القواعد الأمريكية في سوريا.", None, []),
    # --- session 28: an undated claim takes the day of the one dated act told at its place (a claim is dated by its act) (press|trap) ---
    ("claim-takes-day-of-downing", "press", "وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة. وقال جهاز مكافحة الإرهاب إن الدفاعات أسقطت مساء الأربعاء طائرة مسيرة قرب قاعدة حرير.", "2024-01-10", [{"type": "claim", "date": "2024-01-10"}, {"type": "interception", "date": "2024-01-10"}]),
    ("trap-claim-two-dated-acts-same-base", "trap", "وتبنت الفصائل الهجوم على قاعدة حرير. وكانت طائرة مسيرة قد هاجمت قاعدة حرير يوم الاثنين، كما سقطت صواريخ على قاعدة حرير يوم الأحد.", "2024-01-10", [{"type": "claim", "place": "حرير"}, {"type": "attack", "date": "2024-01-08"}, {"type": "attack", "date": "2024-01-07"}]),
    # --- session 28: «our fighters» right after an attack verb («هاجم مجاهدونا قاعدة», «نفذ مجاهدونا هجوما») is a group's own statement: a claim (press|trap) ---
    ("own-voice-our-fighters-verb", "press", "وهاجم مجاهدونا قاعدة حرير بثلاث طائرات مسيرة.", None, [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("own-voice-our-fighters-carried-out", "press", "نفذ مقاتلونا ليل أمس هجوما صاروخيا على قاعدة عين الأسد.", None, [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("trap-own-voice-us-speaker", "trap", "وقال قائد عسكري أمريكي: هاجم مقاتلونا مواقع الفصائل في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("own-voice-we-targeted", "press", "وقالت حركة النجباء في بيان: استهدفنا قاعدة عين الأسد بصواريخ موجهة.", None, [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("own-voice-we-struck-abroad", "press", "وقالت المقاومة الإسلامية في العراق في بيان: قصفنا صباح اليوم بالطيران المسير هدفا حيويا في إيلات.", None, [{"type": "claim", "place": "إيلات"}]),
    ("trap-own-voice-we-us-official", "trap", "وقال وزير الدفاع الأمريكي: استهدفنا مواقع الحرس الثوري والفصائل في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-own-voice-we-struck-group", "trap", "وقال الوزير: ضربنا مقار الفصائل في القائم بطائرات مقاتلة.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-own-voice-their-fighters", "trap", "وهاجم مقاتلو العشائر نقطة تفتيش قرب قاعدة التنف.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 28: a group that denies the act after its complementizer («إنها لم تنفذ الهجوم», «لا علاقة لها باستهداف») claims nothing: the act, unclaimed; «أعلنت عزمها استهداف» is a threat (trap|press) ---
    ("trap-denied-act-not-done", "trap", "وقالت كتائب حزب الله إنها لم تنفذ الهجوم على قاعدة التنف.", None, [{"type": "attack", "place": "التنف", "claimed": False}]),
    ("trap-denied-act-no-link", "trap", "وأكدت حركة النجباء أنها لا علاقة لها باستهداف قاعدة عين الأسد.", None, [{"type": "attack", "place": "عين الأسد", "claimed": False}]),
    ("intended-act-is-threat", "press", "وأعلنت المقاومة الإسلامية في العراق عزمها استهداف قاعدة حرير في الأيام المقبلة.", None, [{"type": "threat"}]),
    ("claim-especially-not-denied", "press", "وأعلنت الفصائل مسؤوليتها عن عدة هجمات، لا سيما الهجوم على قاعدة الشدادي.", None, [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    # --- session 28: two undated claims told with different days on a page with no date («مساء الأربعاء» … «أمس الثلاثاء») are two claims (press|trap) ---
    ("two-claims-different-unresolved-days", "press", "وتبنت المقاومة الإسلامية في العراق استهداف قاعدة أمريكية في سوريا مساء الأربعاء. وأمس الثلاثاء، تبنت المقاومة الإسلامية في العراق استهداف قاعدة أمريكية في دير الزور.", None, [{"type": "claim", "place": "سوريا"}, {"type": "claim", "place": "دير الزور"}]),
    ("trap-two-claims-same-unresolved-day", "trap", "وتبنت المقاومة الإسلامية في العراق استهداف قاعدة أمريكية في سوريا مساء الأربعاء. وتبنت المقاومة الإسلامية في العراق مساء الأربعاء استهداف قاعدة أمريكية في دير الزور.", None, [{"type": "claim", "place": "دير الزور"}]),
    # --- session 28: a claim of «the attack» at a site of its own, neither within the other's, is a second claim, not the first told again (press|trap) ---
    ("second-claim-definite-other-site", "press", "وأكدت الفصائل مسؤوليتها عن هجوم صاروخي على قاعدة التنف. كما تبنت الفصائل المسؤولية عن الهجوم بالمسيرات على قاعدة حرير.", None, [{"type": "claim", "place": "التنف"}, {"type": "claim", "place": "حرير"}, {"type": "attack", "place": "التنف"}, {"type": "attack", "place": "حرير"}]),
    ("trap-second-claim-same-site-town", "trap", "وتبنت الفصائل هجوما صاروخيا على قاعدة الشدادي. وكشفت الفصائل تفاصيل الهجوم، موضحة أنها قصفت الشدادي بالصواريخ.", None, [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("trap-fighters-tribes-before-verb", "trap", "وقالت مصادر محلية إن مقاتلي العشائر هاجموا نقطة تفتيش قرب قاعدة التنف.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 28: blasts heard in a town while a siren sounds at a base or US site named right after it («دوي انفجارات في بغداد، بالتزامن مع إطلاق صافرات الإنذار داخل السفارة») are an attack on that site; a siren alone, or at a town, is none (press|trap) ---
    ("alarm-embassy-blasts-in-city", "press", "وأفاد مصدر أمني مساء الأحد بسماع دوي انفجارات في العاصمة بغداد، تزامنا مع إطلاق صافرات الإنذار داخل السفارة الأمريكية.", "2024-02-05", [{"type": "attack", "place": "السفارة الأميركية", "date": "2024-02-04"}]),
    ("alarm-base-blasts-in-city", "press", "وسمع سكان دوي انفجارات في مناطق غرب بغداد، فيما انطلقت صفارات الإنذار في قاعدة فكتوريا قرب المطار.", None, [{"type": "attack", "place": "فيكتوريا"}]),
    ("trap-alarm-alone", "trap", "وتم تفعيل صافرات الإنذار داخل السفارة الأمريكية في بغداد دون معرفة السبب.", None, []),
    ("trap-alarm-in-town", "trap", "وسمع دوي انفجارات في بغداد، فيما أطلقت صافرات الإنذار في مدينة الصدر.", None, []),
    ("trap-alarm-blasts-of-strikes", "trap", "وسمع دوي انفجارات في بغداد جراء غارات، بالتزامن مع إطلاق صافرات الإنذار داخل السفارة الأمريكية.", None, []),
    # --- session 28: a small number before a plural act noun («3 هجمات وقعت … استهدفت قاعدة X وY وZ») counts one act for each listed base: one row per base; a tally's large number keeps one row (press|trap) ---
    ("few-acts-listed-bases", "press", "وذكرت المصادر أن 3 هجمات وقعت أمس ضد قواعد التحالف الدولي استهدفت قاعدة الشدادي وقسرك والتنف.", "2024-02-05", [{"type": "attack", "place": "الشدادي", "date": "2024-02-04"}, {"type": "attack", "place": "قسرك", "date": "2024-02-04"}, {"type": "attack", "place": "التنف", "date": "2024-02-04"}]),
    ("trap-tally-listed-bases", "trap", "وتعرضت القواعد الأمريكية لـ 120 هجوما طالت قواعد الشدادي وقسرك والتنف.", None, []),
    ("trap-uncounted-listed-bases", "trap", "وشنت الفصائل هجمات ليلا استهدفت قواعد الشدادي وقسرك.", None, [{"type": "attack", "place": "الشدادي"}]),
    # --- session 28: a tally of attacks told of a city («إن المدينة تعرضت لـ17 هجوما» after «محافظ أربيل», «أن مدينة كركوك تعرضت لنحو 15 هجوما», «استهدفت السليمانية 14 مرة») is placed at that city, not its country; «المدينة» followed by a definite adjective, a plural «المدن», a city two sentences back, or US forces in the city keep the old reading (press|trap) ---
    ("tally-town-anaphor-governor", "press", "وقال محافظ أربيل إن المدينة تعرضت الليلة الماضية لـ17 هجوما بطائرات مسيرة.", None, [{"type": "attack", "place": "أربيل"}]),
    ("tally-town-named-city", "press", "وأعلن محافظ كركوك أن مدينة كركوك تعرضت خلال الشهر الماضي لنحو 15 هجوما بالصواريخ.", None, [{"type": "attack", "place": "كركوك"}]),
    ("tally-town-object-times", "press", "وخلال عامين، استهدفت السليمانية ما يزيد على 14 مرة بطائرات مسيرة.", None, [{"type": "attack", "place": "السليمانية"}]),
    ("tally-town-anaphor-previous-sentence", "press", "وزار المحافظ مدينة الفلوجة. وقال إن البلدة تعرضت لنحو 11 هجوما بالهاون.", None, [{"type": "visit", "place": "الفلوجة"}, {"type": "attack", "place": "الفلوجة"}]),
    ("trap-tally-town-far-before", "trap", "وزار الوزير أربيل أمس. وعاد الوزير إلى مكتبه بعد ذلك بيوم. وقال مسؤول إن المدينة تعرضت لـ17 هجوما.", None, [{"type": "visit", "place": "أربيل"}]),
    ("trap-tally-town-name-adjective", "trap", "وقال مسؤول في البصرة إن المدينة الرياضية تعرضت لـ12 هجوما بالمسيرات.", "2024-02-10", [{"type": "attack", "place": "العراق"}]),
    ("trap-tally-town-plural-cities", "trap", "وقال مسؤول في مدينة الصدر إن المدن العراقية تعرضت لـ30 هجوما.", None, []),
    # --- session 29: a numbered chronology: each item's act takes the item's date, not the range «1-18» its number would open (press) ---
    ("list-item-dates-chronology", "press", "وفيما يلي أبرز الهجمات:\n1- 18 تشرين الأول 2023: استهدفت طائرتان مسيرتان قاعدة عين الأسد.\n2- 26 تشرين الأول 2023: شنت طائرات أمريكية ضربات على منشأتين في البوكمال.", "", [{"type": "attack", "place": "عين الأسد", "date": "2023-10-18"}, {"type": "us_strike", "place": "البوكمال", "date": "2023-10-26"}]),
    # --- session 29: the reference day a span is counted from («بعد أسبوعين من 7 تشرين الأول 2023», «قبل ثلاثة أيام من هجوم 28 كانون الثاني») never dates the act; the act keeps its own day or stays undated (press|trap) ---
    ("span-reference-day-after-weeks", "press", "وفي 20 تشرين الأول، بعد أسبوعين من 7 تشرين الأول 2023، استهدفت طائرة مسيرة قاعدة التنف.", "", [{"type": "attack", "place": "التنف", "date": "2023-10-20"}]),
    ("span-reference-day-before-days-noun", "press", "واستهدفت صواريخ قاعدة عين الأسد، قبل ثلاثة أيام من هجوم 28 كانون الثاني 2024 على البرج 22.", "", [{"type": "attack", "place": "عين الأسد", "date_expr": ""}]),
    ("span-reference-day-only-day", "press", "وبعد يومين من 2 شباط 2024، قصفت طائرات أمريكية مواقع في القائم.", "", [{"type": "us_strike", "place": "القائم", "date_expr": ""}]),
    ("trap-after-without-unit-keeps-day", "trap", "وبعد ظهر 2 شباط 2024، قصفت طائرات أمريكية مواقع في القائم.", "", [{"type": "us_strike", "place": "القائم", "date": "2024-02-02"}]),
    ("trap-from-day-without-span", "trap", "واستهدفت طائرة مسيرة قاعدة حرير بعد ظهر 25 كانون الثاني 2024 من جهة الغرب.", "", [{"type": "attack", "place": "حرير", "date": "2024-01-25"}]),
    ("trap-span-noun-act-keeps-its-day", "trap", "وقصفت الولايات المتحدة مقرا في الحلة. وجاءت الضربات بعد ساعات من هجوم طال، الاثنين، مقرا للتحالف الدولي في مطار أربيل، وأسفر عن جرح ثلاثة عسكريين أمريكيين.", "2023-12-28", [{"type": "us_strike", "place": "الحلة"}, {"type": "attack", "place": "مطار أربيل", "date": "2023-12-25"}]),
    # --- session 29: an act told in a country, province or broad area beside the same act told at its site (one sentence before or after, same weapon, same day, no «كما/أخرى/مماثل») is that act told again: the site rows stand for it, as many as the acts it counts (press|trap) ---
    ("summary-dual-two-sites", "press", "وقال مسؤول عسكري إن طائرة مسيرة وصواريخ استهدفت أمس قاعدتين في العراق وسوريا. وأوضح أن صواريخ سقطت على قاعدة الشدادي، فيما ضربت طائرة مسيرة قاعدة حرير.", None, [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "حرير"}]),
    ("summary-region-after-site", "press", "هاجمت طائرات مسيرة فجر اليوم قاعدة خراب الجير في ريف الحسكة. وقال مسؤول أمريكي إن القوات الأمريكية في شمال شرق سوريا تعرضت لهجوم بطائرة مسيرة.", None, [{"type": "attack", "place": "خراب الجير"}]),
    ("summary-province-before-town", "press", "تعرضت قاعدة عسكرية للقوات الأمريكية لقصف صاروخي في منطقة الحسكة. وأفاد مراسلنا بأن قاعدة عسكرية تعرضت في مدينة الشدادي لقصف صاروخي.", None, [{"type": "attack", "place": "الشدادي"}]),
    ("summary-country-before-base", "press", "هاجمت طائرة مسيرة قاعدة حرير. وقال مسؤول إن صواريخ استهدفت قوات أمريكية في العراق. وسقطت صواريخ على قاعدة عين الأسد.", None, [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "عين الأسد"}]),
    ("trap-summary-three-two-sites", "trap", "وقال مسؤول عسكري إن طائرة مسيرة وصواريخ استهدفت أمس ثلاث قواعد في العراق وسوريا. وأوضح أن صواريخ سقطت على قاعدة الشدادي، فيما ضربت طائرة مسيرة قاعدة حرير.", None, [{"type": "attack", "place": "العراق"}, {"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "حرير"}]),
    ("trap-summary-also-opener", "trap", "هاجمت طائرة مسيرة قاعدة حرير. وقال مسؤول إن صواريخ استهدفت قوات أمريكية في العراق. كما سقطت صواريخ على قاعدة عين الأسد.", None, [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "العراق"}, {"type": "attack", "place": "عين الأسد"}]),
    ("trap-summary-other-day", "trap", "هاجمت طائرة مسيرة قاعدة حرير. وقال مسؤول إن صواريخ استهدفت قوات أمريكية في العراق يوم الأحد. وسقطت صواريخ على قاعدة عين الأسد يوم الاثنين.", None, [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "العراق"}, {"type": "attack", "place": "عين الأسد"}]),
    ("trap-summary-other-rockets", "trap", "هاجمت طائرة مسيرة قاعدة حرير. وقال مسؤول إن صواريخ استهدفت قوات أمريكية في العراق. وسقطت صواريخ أخرى على قاعدة عين الأسد.", None, [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "العراق"}, {"type": "attack", "place": "عين الأسد"}]),
    # --- session 29: a bare «القاعدة» pointing back that ends its sentence or clause («داخل القاعدة.», «القاعدة،») places a downing at the base told before; «تنظيم القاعدة» there is still the organisation (press|trap) ---
    ("anaphor-base-sentence-end", "press", "نفذت طائرات مسيرة فجر اليوم هجوما على القوات الأمريكية في قاعدة التنف. وقال مسؤول إن القوات الأمريكية في شمال شرق سوريا تعرضت لهجوم بطائرة مسيرة. وتمكنت القوات من إسقاط طائرة ثانية خلال محاولتها ضرب مستودع داخل القاعدة.", None, [{"type": "attack", "place": "التنف"}, {"type": "attack", "place": "شمال شرق سوريا"}, {"type": "interception", "place": "التنف"}]),
    ("trap-anaphor-organisation-sentence-end", "trap", "نفذت طائرات مسيرة فجر اليوم هجوما على القوات الأمريكية في قاعدة التنف. وقال مسؤول إن القوات الأمريكية في شمال شرق سوريا تعرضت لهجوم بطائرة مسيرة. وأسقطت القوات طائرة ثانية أطلقها تنظيم القاعدة.", None, [{"type": "attack", "place": "التنف"}, {"type": "attack", "place": "شمال شرق سوريا"}, {"type": "interception", "place": "شمال شرق سوريا"}]),
    # --- session 29: an attack noun with an adjective before its instrument or «على» («هجوما آخر بطائرة مسيرة على», «هجوما صاروخيا على», «هجوم جديد على») reports the act as the bare noun does; a warning, a vow or no target gives no act (press|trap) ---
    ("noun-adjective-other-claimed", "press", "وفي بيان منفصل، أعلنت الفصائل هجوما آخر بطائرة مسيرة على قاعدة قسرك.", None, [{"type": "claim", "place": "قسرك"}, {"type": "attack", "place": "قسرك", "weapon": "drone"}]),
    ("noun-adjective-rocket-claimed", "press", "وأعلنت المقاومة الإسلامية هجوما صاروخيا على قاعدة التنف.", None, [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف", "weapon": "rocket"}]),
    ("noun-adjective-new-reported", "press", "وأفادت مصادر محلية بوقوع هجوم جديد بطائرة مسيرة على قاعدة الشدادي.", None, [{"type": "attack", "place": "الشدادي", "weapon": "drone"}]),
    ("noun-adjective-second-claimed", "press", "وأعلنت الفصائل هجوما ثانيا على قاعدة عين الأسد.", None, [{"type": "claim", "place": "عين الأسد"}, {"type": "attack", "place": "عين الأسد"}]),
    ("trap-noun-adjective-warning", "trap", "وحذر المسؤول من أي هجوم آخر على قاعدة حرير.", None, []),
    ("trap-noun-adjective-vow", "trap", "وتوعدت الفصائل بشن هجوم جديد على قاعدة حرير.", None, [{"type": "threat", "place": "حرير"}]),
    ("trap-noun-adjective-no-target", "trap", "وأعلنت الفصائل هجوما آخر.", None, []),
    # --- session 29: a strike verb without «و» opening the downed weapon's clause («أسقط التحالف طائرة مسيرة، استهدفت قاعدة حقل العمر») tells its attempt: an attack row beside the interception; «واستهدفت القوات …» is the defenders' own act (press|trap) ---
    ("downed-drone-aimed-clause", "press", "وأسقطت الدفاعات الجوية طائرة مسيرة مفخخة، استهدفت قاعدة كونيكو في ريف دير الزور.", None, [{"type": "interception", "place": "كونيكو"}, {"type": "attack", "place": "كونيكو"}]),
    ("downed-drone-aimed-progressive", "press", "وأسقطت القوات الأمريكية طائرة مسيرة كانت تستهدف قاعدة الشدادي.", None, [{"type": "interception", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("trap-downed-then-defenders-strike", "trap", "وأسقطت الدفاعات طائرة مسيرة فوق قاعدة التنف، واستهدفت القوات الأمريكية مواقع الإطلاق.", None, [{"type": "interception", "place": "التنف"}]),
    ("trap-tally-town-us-forces-there", "trap", "وتعرضت القوات الأمريكية في أربيل لأكثر من 20 هجوما.", "2024-02-10", [{"type": "attack", "place": "العراق"}]),
    # --- session 29: a running tally of a country or region on a page with no publication date («تعرضت القوات الأمريكية في العراق وسوريا لـ150 هجوما منذ …») gives no campaign row; a dated page, a series told in words, a city's tally or the fresh act beside the tally still give theirs (press|trap) ---
    ("undated-tally-no-campaign-row", "press", "وتعرضت القوات الأمريكية في العراق وسوريا لنحو 150 هجوما منذ منتصف تشرين الأول.", None, []),
    ("undated-tally-times-no-campaign-row", "press", "وقال المتحدث إن القواعد الأمريكية في سوريا استهدفت 42 مرة على الأقل خلال الشهر الماضي.", None, []),
    ("undated-tally-dozens-claimed-no-row", "press", "وأعلنت هذه الفصائل مسؤوليتها عن عشرات الهجمات ضد القوات الأمريكية بالعراق وسوريا منذ اندلاع الحرب.", None, []),
    ("trap-dated-tally-keeps-campaign-row", "trap", "وتعرضت القوات الأمريكية في العراق وسوريا لنحو 150 هجوما منذ منتصف تشرين الأول.", "2024-01-20", [{"type": "attack", "place": "العراق وسوريا"}]),
    ("trap-undated-series-in-words-kept", "trap", "وتأتي الغارات ضمن سلسلة من الهجمات على قواعد تضم قوات أمريكية في العراق.", None, [{"type": "attack", "place": "العراق"}]),
    ("trap-undated-fresh-act-beside-tally", "trap", "وتعرضت قاعدة حرير لهجوم بطائرة مسيرة. وبذلك يرتفع عدد الهجمات على القوات الأمريكية في العراق وسوريا إلى 150 هجوما.", None, [{"type": "attack", "place": "حرير"}]),
    # --- session 29: an act told with an indefinite plural act noun over a span of months or years («خلال الأشهر الماضية لاستهدافات», «وخلال السنوات الماضية … لغارات جوية», «خلال العام الماضي»), or called earlier ones («هجمات سابقة»), sums acts up: no row; a day in the sentence, a number, a singular act, weeks or «منذ أشهر» keep theirs (press|trap) ---
    ("period-summary-months-targetings", "press", "وتعرضت عدة قواعد للتحالف وقوافله في العراق خلال الأشهر الماضية لاستهدافات بالصواريخ والعبوات.", None, []),
    ("period-summary-years-strikes", "press", "وخلال السنوات الماضية تعرضت المنطقة الحدودية بين العراق وسوريا لغارات جوية طالت فصائل موالية لطهران.", None, []),
    ("period-summary-blasts-subject", "press", "وكانت انفجارات مشابهة قد استهدفت أرتال التحالف في العراق خلال الأشهر الأخيرة.", None, []),
    ("period-summary-whole-year", "press", "وتعرضت القواعد التي تستضيف جنودا أمريكيين في العراق لهجمات متكررة بالمسيرات خلال العام الماضي.", "2024-10-01", []),
    ("trap-period-summary-with-day", "trap", "وتعرضت قاعدة عين الأسد خلال الأشهر الماضية لهجمات صاروخية، كان آخرها أمس الأحد.", "2024-01-10", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-07"}]),
    ("trap-period-since-months-campaign", "trap", "وتتعرض القواعد التي تضم جنودا أمريكيين في العراق لهجمات متكررة منذ أشهر.", "2024-01-10", [{"type": "attack", "place": "العراق"}]),
    ("trap-period-singular-act", "trap", "وتعرضت قاعدة حرير لهجوم بطائرة مسيرة هو الأول من نوعه خلال الأشهر الماضية.", None, [{"type": "attack", "place": "حرير"}]),
    ("period-summary-earlier-strikes", "press", "وكانت مسيرات التحالف قد شنت هجمات سابقة طالت مقرات مشابهة في البلدة نفسها.", None, []),
    ("period-summary-earlier-claims", "press", "وكانت الجماعة ذاتها قد تبنت هجمات سابقة في بغداد استهدفت قوافل للتحالف.", None, []),
    ("trap-period-weeks-campaign-rises", "trap", "إذ تتعرض القواعد الأمريكية في سوريا لضربات بالصواريخ، تصاعدت وتيرتها خلال الأسابيع الأخيرة.", "2022-08-26", [{"type": "attack", "place": "القواعد الأمريكية"}]),
    ("trap-earlier-singular-act", "trap", "وكانت قاعدة التنف قد تعرضت لهجوم سابق بطائرة مسيرة.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 29: a failing verb far before «من/عن» + the interception («بعد أن فشلت منظومة سي رام (للدفاع الصاروخي) وقذائف القوات من اعتراضها», «عجزت … عن اعتراض») says it did not happen, as with «في»; «تمكنت … من اعتراض» still intercepts (press|trap) ---
    ("failed-from-intercepting-far", "press", "وقالت الجماعة إنها أطلقت 20 صاروخا أصابت أهدافها بعد أن فشلت منظومة سي رام (للدفاع الجوي) ومدافع القوات الأمريكية من اعتراضها.", None, [{"type": "claim"}]),
    ("trap-managed-to-intercept", "trap", "وتمكنت الدفاعات الجوية في قاعدة عين الأسد من اعتراض الطائرة المسيرة.", None, [{"type": "interception", "place": "عين الأسد"}]),
    # --- session 29: a word of eagerness or resolve a few words before «على» + the act («كانت حريصة على استئناف شن هجمات», «مصممة على ضرب») makes it wanted, not told: no attack, no resumption row (press|trap) ---
    ("eager-to-resume-attacks", "press", "وقال خبير إن الفصائل الموالية لطهران كانت حريصة على استئناف شن هجمات على القوات الأمريكية في سوريا.", None, []),
    ("eager-to-attack", "press", "وأضاف أن الجماعات المسلحة مصممة على ضرب المصالح الأمريكية في العراق.", None, []),
    ("trap-eager-for-safety-then-attack", "trap", "وقال إن واشنطن حريصة على سلامة جنودها، بعد أن استهدفت الفصائل قاعدة حرير بمسيرة.", None, [{"type": "attack", "place": "حرير"}]),
    ("trap-resumption-announced", "trap", "وأعلنت الفصائل استئناف هجماتها على القوات الأمريكية في العراق.", None, [{"type": "other", "place": "العراق"}]),
    # --- session 29: an explosion at a faction's depot or site («انفجارا في مخزن للعتاد», «انفجارات في مقر تابع للحشد», «وانفجر مستودع للأسلحة») is an «other» event; told as recurring, heard at a US base, or a charge near a depot, it is not (press|trap) ---
    ("depot-blast-noun-faction-depot", "press", "وشهدت مدينة كربلاء مساء الثلاثاء انفجارا في مخزن للعتاد تابع لأحد فصائل الحشد الشعبي.", "2024-01-20", [{"type": "other", "date": "2024-01-16"}]),
    ("depot-blast-faction-site", "press", "ووقعت انفجارات متتالية في مقر تابع للحشد الشعبي قرب الموصل الليلة الماضية.", "2024-01-20", [{"type": "other", "place": "الموصل"}]),
    ("depot-blast-inside-depot", "press", "ووقع انفجار ضخم صباح اليوم داخل مستودع للذخيرة في قضاء بلد.", "2024-01-20", [{"type": "other", "date": "2024-01-20"}]),
    ("depot-blast-verb-depot-subject", "press", "وانفجر مستودع للأسلحة في منطقة جرف الصخر يوم الأحد دون إصابات.", "2024-01-20", [{"type": "other", "date": "2024-01-14"}]),
    ("trap-depot-blasts-recurring", "trap", "وتشهد مخازن العتاد في بغداد انفجارات بين الحين والآخر بسبب الحرارة.", "2024-01-20", []),
    ("trap-depot-blast-heard-at-base", "trap", "ودوت انفجارات داخل قاعدة عين الأسد التي تضم قوات أمريكية.", "2024-01-20", [{"type": "attack", "place": "عين الأسد"}]),
    ("trap-depot-charge-near-depot", "trap", "وانفجرت عبوة ناسفة قرب مستودع تابع لشركة متعاقدة مع التحالف.", "2024-01-20", [{"type": "attack"}]),
    ("trap-depot-blast-topic", "trap", "وتحدث التقرير عن انفجار مخزن للعتاد في كربلاء عام 2019.", "2024-01-20", []),
    # --- session 29: a closure of the airspace or a ban on flying over it («أغلقت … الأجواء», «إغلاق المجال الجوي», «حظرا … من التحليق فوق العراق»), also before the act it followed, is an «other» event; a future, demanded, possible, denied or reopened closure is not (press|trap) ---
    ("airspace-closed-verb", "press", "وأغلقت السلطات العراقية الأجواء أمام حركة الطيران مساء السبت.", "2024-01-20", [{"type": "other", "date": "2024-01-20"}]),
    ("airspace-closure-noun", "press", "وأعلنت وزارة النقل إغلاق المجال الجوي العراقي مؤقتا يوم الأحد.", "2024-01-20", [{"type": "other", "date": "2024-01-14"}]),
    ("airspace-ban-flying-over", "press", "وأعلنت هيئة الطيران الأمريكية يوم الخميس حظرا على شركاتها من التحليق فوق العراق.", "2024-01-20", [{"type": "other", "place": "العراق", "date": "2024-01-18"}]),
    ("trap-airspace-possible", "trap", "وقال الوزير إن العراق قد يغلق أجواءه إذا تصاعد التوتر.", "2024-01-20", []),
    ("trap-airspace-demanded", "trap", "وطالب نواب بإغلاق الأجواء العراقية أمام الطيران الأمريكي.", "2024-01-20", []),
    ("trap-airspace-future-ban", "trap", "وستحظر الهيئة التحليق فوق العراق اعتبارا من الشهر المقبل.", "2024-01-20", []),
    ("trap-airspace-denied", "trap", "ونفت السلطات إغلاق الأجواء العراقية.", "2024-01-20", []),
    ("trap-airspace-reopened", "trap", "وأعادت السلطات فتح الأجواء العراقية صباح الأحد.", "2024-01-20", []),
    # --- session 29: a faction's own voice: «نعلن (عن) استهداف …» in its statement is a claim; «نعلن وقف العمليات» is none (press|trap) ---
    ("own-voice-we-announce-targeting", "press", 'وجاء في بيان المقاومة الإسلامية في العراق: "نعلن استهداف قاعدة التنف بطائرة مسيرة".', "2024-01-20", [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    ("own-voice-we-announce-about", "press", 'وقالت كتائب حزب الله في بيان: "نعلن عن استهداف قاعدة عين الأسد بالصواريخ فجر اليوم".', "2024-01-20", [{"type": "claim", "date": "2024-01-20"}, {"type": "attack", "date": "2024-01-20"}]),
    ("trap-own-voice-we-announce-halt", "trap", 'وقال الحميداوي: "نعلن وقف العمليات العسكرية ضد قوات الاحتلال".', "2024-01-20", []),
    ("trap-own-voice-we-announce-will-continue", "trap", 'وقالت الفصائل: "نعلن أن استهداف القواعد الأمريكية سيستمر".', "2024-01-20", []),
    # --- session 29: «دكت/دكوا» (pounded) is a verb of attack; the verbal noun «دك» of a pledge («استمرارها في دك معاقل العدو») is none (press|trap) ---
    ("pounded-verb-rockets", "press", "ودكت صواريخ المقاومة قاعدة حرير في أربيل فجر اليوم.", "2024-01-20", [{"type": "attack", "place": "حرير"}]),
    ("pounded-verb-fighters-claim", "press", "وقالت المقاومة الإسلامية في العراق إن مجاهديها دكوا قاعدة عين الأسد بالصواريخ فجر اليوم.", "2024-01-20", [{"type": "claim", "date": "2024-01-20"}, {"type": "attack", "date": "2024-01-20"}]),
    ("trap-pounding-pledge-noun", "trap", "وأكدت المقاومة استمرارها في دك معاقل العدو.", "2024-01-20", []),
    ("trap-pounding-future", "trap", "وقالت المقاومة إنها ستواصل دك قواعد الاحتلال.", "2024-01-20", []),
    # --- session 29: a kidnapping («اختطف مسلحون مجهولون متعاقدا») is an «other» event; denied («نفت … أن تكون قد اختطفت»), charged («باختطاف») or threatened («بخطف») it is not (press|trap) ---
    ("kidnapping-past-verb", "press", "اختطف مسلحون مجهولون متعاقدا أمريكيا في بغداد يوم الأحد.", "2024-01-20", [{"type": "other", "date": "2024-01-14"}]),
    ("kidnapping-pluperfect-month", "press", "وكانت كتائب حزب الله قد اختطفت الباحثة في بغداد في آذار 2023.", "2024-01-20", [{"type": "other", "date": "2023-03"}]),
    ("trap-kidnapping-denied", "trap", "ونفت كتائب حزب الله أن تكون قد اختطفت الباحثة في بغداد.", "2024-01-20", []),
    ("trap-kidnapping-charged", "trap", "واتهمت واشنطن الكتائب باختطاف الباحثة.", "2024-01-20", []),
    ("trap-kidnapping-threatened", "trap", "وهددت الفصائل بخطف جنود أمريكيين.", "2024-01-20", [{"type": "threat"}]),
    # --- session 29: a drill held («أجرت القوات الأمريكية مناورات», «نفذت قوات التحالف تمرينا») is an «other» event; a habitual or future one («تجري … تدريبات دورية», «سيخضعون لتدريبات») is not (press|trap) ---
    ("drill-held-manoeuvres", "press", "وأجرت القوات الأمريكية مناورات عسكرية في قاعدة الشدادي يوم الأحد.", "2024-01-20", [{"type": "other", "date": "2024-01-14"}]),
    ("drill-carried-out-exercise", "press", "ونفذت قوات التحالف الدولي تمرينا بالذخيرة الحية في قاعدة حرير صباح اليوم.", "2024-01-20", [{"type": "other", "date": "2024-01-20"}]),
    ("trap-drill-habitual", "trap", "وتجري القوات الأمريكية تدريبات دورية في قاعدة عين الأسد.", "2024-01-20", []),
    ("trap-drill-future-training", "trap", "وقال إن الجنود سيخضعون لتدريبات في قاعدة الشدادي.", "2024-01-20", []),
    # --- session 29: the killing of a faction's commander by an unknown hand («اغتيل القيادي في كتائب …», «قتل قيادي في الحشد بانفجار عبوة», «برصاص مسلحين مجهولين», a drone strike with no US name) is an «other» event with no actor; killed in battle, demanded, condemned of a non-leader, or denied it is none (press|trap) ---
    ("commander-assassinated", "press", "واغتيل القيادي في كتائب حزب الله أبو علي في بغداد يوم الأحد.", "2024-01-20", [{"type": "other", "date": "2024-01-14"}]),
    ("commander-killed-by-charge", "press", "وقتل قيادي في الحشد الشعبي بانفجار عبوة ناسفة في بغداد يوم الأحد.", "2024-01-20", [{"type": "other", "date": "2024-01-14"}]),
    ("commander-killed-by-gunmen", "press", "وقتل مسؤول في حركة النجباء برصاص مسلحين مجهولين في البصرة يوم الأحد.", "2024-01-20", [{"type": "other", "place": "البصرة"}]),
    ("commander-assassinated-unknown-drone", "press", "واغتيل القيادي في كتائب حزب الله أبو علي بضربة بطائرة مسيرة في بغداد فجر اليوم.", "2024-01-20", [{"type": "other", "date": "2024-01-20"}]),
    ("trap-commander-killed-in-battle", "trap", "وقتل قيادي في الحشد الشعبي في اشتباك مع عناصر داعش يوم الأحد.", "2024-01-20", []),
    ("trap-commander-killers-demanded", "trap", "وطالبت الكتائب بكشف قتلة القيادي في الحشد الشعبي.", "2024-01-20", []),
    ("trap-activist-assassination-condemned", "trap", "وأدان الرئيس اغتيال الناشط في البصرة يوم الأحد.", "2024-01-20", []),
    ("trap-commander-killing-denied", "trap", "ونفت الحركة مقتل قيادي فيها بانفجار عبوة في بغداد.", "2024-01-20", []),
    ("trap-commander-us-strike-stays", "trap", "وقتل مسؤول في حركة النجباء بقصف طائرة مسيرة أمريكية استهدف سيارته شرقي بغداد فجر اليوم.", "2024-01-20", [{"type": "us_strike", "date": "2024-01-20"}]),
    # --- session 29: a base as subject of «تعرضت» with a blast noun as its complement («تعرضت قاعدة … في الشدادي لانفجارات عنيفة») is an attack on that base; a town, a depot or a convoy suffering blasts is not (press|trap) ---
    ("suffered-blasts-base-named", "press", "وتعرضت القاعدة الأمريكية في مدينة الشدادي بريف الحسكة لانفجارات عنيفة مساء الأحد.", "2024-02-10", [{"type": "attack", "place": "الشدادي"}]),
    ("suffered-blasts-field-base", "press", "تعرضت قاعدة التحالف في حقل كونيكو للغاز لانفجارين قويين فجر اليوم.", "2024-02-10", [{"type": "attack", "place": "كونيكو", "date": "2024-02-10"}]),
    ("trap-suffered-blasts-town", "trap", "وتعرضت مدينة الميادين لانفجارات متتالية مساء الأحد.", "2024-02-10", []),
    ("trap-suffered-blasts-depot", "trap", "وتعرض مستودع للذخيرة تابع للحشد في جرف الصخر لانفجارات متتالية.", "2024-02-10", []),
    # --- session 29: blasts heard at a base «نتيجة/جراء» its own targeting with the site's pronoun («نتيجة استهدافها بالطائرات المسيرة», «جراء قصفها من قبل الفصائل») are the attack on it; «نتيجة قصفها مواقع» (the base firing) or «جراء غارات» stay a strike's (press|trap) ---
    ("blasts-heard-base-targeted-it", "press", "وقال المرصد إن انفجارات دوت في القاعدة الأمريكية بحقل العمر نتيجة استهدافها بالطائرات المسيرة.", "2024-02-10", [{"type": "attack", "place": "حقل العمر"}]),
    ("blasts-heard-base-shelled-by", "press", "وسمع دوي انفجارات في قاعدة خراب الجير جراء قصفها من قبل فصائل موالية لإيران.", "2024-02-10", [{"type": "attack", "place": "خراب الجير"}]),
    ("trap-blasts-heard-base-firing-out", "trap", "وسمع دوي انفجارات في محيط قاعدة حقل العمر نتيجة قصفها مواقع للفصائل في الميادين.", "2024-02-10", []),
    # --- session 29: uncounted plural acts on a plural head of bases («هجمات على قواعد أمريكية في التنف والمالكية والشدادي») spread over the sites listed: one row for each; one act on the plural head («هجوما على قواعد …») stays one row (press|trap) ---
    ("plural-acts-on-plural-bases-spread", "press", "وشنت الفصائل هجمات على قواعد أمريكية في التنف والمالكية والشدادي.", "2024-02-10", [{"type": "attack", "place": "التنف"}, {"type": "attack", "place": "المالكية"}, {"type": "attack", "place": "الشدادي"}]),
    ("trap-single-act-on-plural-bases", "trap", "وشنت الفصائل هجوما على قواعد أمريكية في التنف والمالكية.", "2024-02-10", [{"type": "attack", "place": "التنف"}]),
    # --- session 29: a place right after «مصدره/مصدرها» («لقصف صاروخي، مصدره بلدة الميادين») is where the fire came from, not the act's place: the base named as the target keeps it (press) ---
    ("origin-noun-town-not-place", "press", "وتعرضت القاعدة الأمريكية في حقل العمر لقصف صاروخي، مصدره بلدة الميادين.", "2024-02-10", [{"type": "attack", "place": "حقل العمر"}]),
    # --- session 29: a word of possibility makes an act hypothetical only in the clause of the act's trigger; a clause of a speaker («، وقال مسؤول إن … احتمال ضلوع …», «، فيما رجح …») weighs the culprit, not the act (press|trap) ---
    ("modal-scope-said-clause", "press", "وقتل متعاقد مدني يوم الأحد في هجوم صاروخي على قاعدة عسكرية قرب كركوك، وقال مسؤول إن المحققين يدرسون احتمال تورط فصيل مسلح.", "2020-03-03", [{"type": "attack", "place": "كركوك", "date": "2020-03-01"}]),
    ("modal-scope-whereas-clause", "press", "وسقطت أربعة صواريخ على قاعدة بلد الجوية، فيما رجح مصدر أمني أن تكون ربما أطلقت من بستان قريب.", None, [{"type": "attack", "place": "بلد"}]),
    ("trap-modal-scope-possibility-of-attack", "trap", "وتدرس السلطات احتمال شن هجوم على قاعدة عين الأسد.", None, []),
    ("trap-modal-scope-may-target", "trap", "قد تستهدف الفصائل قاعدة حرير خلال الأيام المقبلة.", None, []),
    ("trap-modal-scope-cue-in-act-clause", "trap", "ربما تتعرض قاعدة التنف لهجوم جديد، وقال مسؤول إن القوات في حالة تأهب.", None, []),
    # --- session 29: a likeness word in the words after an act's trigger («سقط منهم جريح خلال هجوم مماثل على القاعدة في 14 آذار») tells another act than the news at that base: it stays a row of its own; «خلال الهجوم» retells the news (press|trap) ---
    ("likeness-earlier-act-same-base", "press", "سقطت ثلاثة صواريخ مساء السبت على قاعدة بلد الجوية. وتعمل في قاعدة بلد شركات صيانة يعمل فيها عراقيون وأجانب، سقط منهم موظف جريحا خلال هجوم مماثل على القاعدة في 14 آذار.", None, [{"type": "attack", "place": "بلد", "date_expr": "مساء السبت"}, {"type": "attack", "place": "بلد"}]),
    ("likeness-then-province-act", "press", "سقطت ثلاثة صواريخ مساء السبت على قاعدة بلد الجوية. وتعمل في قاعدة بلد شركات صيانة يعمل فيها عراقيون وأجانب، سقط منهم موظف جريحا خلال هجوم مماثل على القاعدة في 14 آذار. وتعرض رتل للتحالف يوم الخميس الماضي لهجوم بعبوة ناسفة في محافظة الديوانية جنوبي العراق.", None, [{"type": "attack", "place": "بلد", "date_expr": "مساء السبت"}, {"type": "attack", "place": "بلد"}, {"type": "attack", "place": "محافظة الديوانية"}]),
    ("trap-likeness-none-retold", "trap", "سقطت ثلاثة صواريخ مساء السبت على قاعدة بلد الجوية. وتعمل في قاعدة بلد شركات صيانة يعمل فيها عراقيون وأجانب، سقط منهم موظف جريحا خلال الهجوم على القاعدة.", None, [{"type": "attack", "place": "بلد", "date_expr": "مساء السبت"}]),
    # --- session 29: «أمس» inside a report dated by a day of its own («وأفاد المرصد يوم الخميس بأن … هاجمت أمس») counts from the report's day; a report of «اليوم» leaves it counted from the page (press|trap) ---
    ("report-day-yesterday", "press", "وأفاد المرصد السوري يوم الخميس بأن طائرة مسيرة هاجمت أمس قاعدة خراب الجير.", "2024-01-06", [{"type": "attack", "place": "خراب الجير", "date": "2024-01-03"}]),
    ("trap-report-today-yesterday", "trap", "وأفاد المرصد السوري اليوم بأن طائرة مسيرة هاجمت أمس قاعدة خراب الجير.", "2024-01-06", [{"type": "attack", "place": "خراب الجير", "date": "2024-01-05"}]),
    # --- session 29: a revenge cue right before «ل» + a killing («ثأرا لمقتل سليماني», «انتقاما لمقتل جنود أمريكيين») names what is avenged: the killing is the earlier act, its toll is not the act's, and the act that avenges keeps its doer (press|trap) ---
    ("revenge-lam-state-missiles", "press", "وقصفت إيران قاعدة حرير بالصواريخ ثأرا لمقتل سليماني.", None, [{"type": "attack", "place": "حرير"}, {"type": "us_strike"}]),
    ("revenge-lam-us-planes-toll", "press", "وقصفت طائرات أمريكية مواقع للفصائل في القائم انتقاما لمقتل ثلاثة جنود أمريكيين.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-revenge-reply-victim", "trap", "واستهدفت إيران قاعدة عين الأسد بالصواريخ ردا على مقتل سليماني.", None, [{"type": "attack", "place": "عين الأسد"}, {"type": "us_strike"}]),
    ("trap-toll-of-the-act-itself", "trap", "وهاجمت طائرة مسيرة قاعدة التنف صباح اليوم فجرحت ثلاثة جنود أمريكيين.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 29: the US named before an act with «على/ضد» between («رد واشنطن على الهجوم») answers the act, it does not do it (press|trap) ---
    ("us-answers-the-act", "press", "وهدد قائد الحرس بقصف المصالح الأمريكية في حال رد البنتاغون على الضربة الصاروخية.", None, [{"type": "threat"}, {"type": "attack"}]),
    ("trap-us-subject-strikes", "trap", "وشنت واشنطن ضربات على مواقع الفصائل في البوكمال.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    # --- session 29: «حيث» + a verb whose doer is a third state's aircraft tells how the act before it was done («تعرضت مقرات للفصائل لقصف، حيث استهدفت طائرات إسرائيلية …»): an «other» row; US aircraft there keep the US strike (press|trap) ---
    ("third-state-elaboration", "press", "وتعرضت مقرات للفصائل في البوكمال لقصف عنيف، حيث استهدفت طائرات إسرائيلية مخازن أسلحة للنجباء.", None, [{"type": "other", "place": "البوكمال"}]),
    ("trap-us-elaboration", "trap", "وتعرضت مقرات للفصائل في البوكمال لقصف عنيف، حيث استهدفت طائرات أمريكية مخازن أسلحة للنجباء.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-elaboration-no-aircraft", "trap", "وتعرضت قاعدة التنف لهجوم بطائرة مسيرة، حيث أسقطت الدفاعات الإسرائيلية طائرة أخرى فوق الجولان.", None, [{"type": "interception", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    # --- session 29: a verb of targeting with a leader killed by a US strike as its object («استهدف صاروخان من طراز هيلفاير أبو مهدي المهندس») tells the US strike (press|trap) ---
    ("victim-object-us-strike", "press", "وفي فجر ذلك اليوم استهدف صاروخان من طراز هيلفاير أبو مهدي المهندس قرب مطار بغداد.", "2020-01-03", [{"type": "us_strike", "place": "مطار بغداد"}]),
    ("trap-victim-mourned-after-act", "trap", "واستهدفت الفصائل قاعدة عين الأسد بعد أيام من تشييع سليماني.", None, [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 29: a claim at «قاعدة X» and its statement at «قاعدة الاحتلال الأمريكي في X» (X a town sharing a base's name, or the town of a related base) tell one act: one row (press|dev) ---
    ("one-act-base-and-town-named", "dev", "أعلنت المقاومة الإسلامية في العراق مسؤوليتها عن قصف صاروخي طال قاعدة الشدادي شمال شرقي سوريا. وقال البيان إن مقاتليها استهدفوا قاعدة الاحتلال الأمريكي في الشدادي بالصواريخ.", "2024-02-10", [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("one-act-base-and-related-town", "press", "وتعرضت قاعدة خراب الجير لهجوم بطائرة مسيرة. وقال مسؤول إن القاعدة الأمريكية في منطقة رميلان تعرضت لهجوم بطائرة مسلحة دون إصابات.", "2024-02-10", [{"type": "attack", "place": "خراب الجير"}]),
    # --- session 30: a claiming verb with the verbal noun «مهاجمة» and a named base tells a claim as «استهداف» does; a group called back by «الميليشيا ذاتها/نفسها» claims; a base owned by the coalition («قاعدة التحالف الدولي في X») is the named base (press|dev|trap) ---
    ("claim-muhajama-named-group", "press", "وكانت كتائب حزب الله قد أعلنت مهاجمة قاعدة حرير بطائرة مسيرة.", None, [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    ("claim-muhajama-militia-same", "dev", "وكانت المليشيا نفسها أعلنت مهاجمة القوات الأميركية في قاعدة حقل العمر.", None, [{"type": "claim", "place": "حقل العمر"}, {"type": "attack", "place": "حقل العمر"}]),
    ("claim-muhajama-coalition-base", "press", "وأعلنت الميليشيا ذاتها في وقت سابق، مهاجمة قاعدة التحالف الدولي في الشدادي بثلاث طائرات مسيرة.", None, [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("trap-muhajama-able", "trap", "وقالت الفصائل إنها قادرة على مهاجمة القواعد الأمريكية في أي وقت.", None, []),
    ("trap-muhajama-halt-urged", "trap", "وطالب البرلمان بوقف مهاجمة قاعدة عين الأسد.", None, []),
    ("trap-muhajama-threat", "trap", "وهددت الميليشيا ذاتها بمهاجمة قاعدة التنف.", None, [{"type": "threat", "place": "التنف"}]),
    ("trap-attacking-drone-participle", "trap", "وأسقطت الدفاعات طائرة مسيرة مهاجمة قرب قاعدة حرير.", None, [{"type": "interception", "place": "حرير"}]),
    ("trap-coalition-base-country-only", "trap", "وأعلنت الميليشيا ذاتها مهاجمة قاعدة التحالف الدولي في العراق.", None, []),
    # --- session 30: a participle of meeting an attack («متصدية للهجوم», «متصدية لصاروخين») intercepts; one meeting a policy or a bill does not (press|trap) ---
    ("intercept-participle-attack", "press", "وسمع دوي انفجار قرب مطار أربيل حيث فعلت قاعدة حرير دفاعاتها الجوية متصدية للهجوم.", None, [{"type": "interception", "place": "مطار أربيل"}]),
    ("intercept-participle-weapon", "press", "وفعلت القوات الأمريكية في قاعدة عين الأسد منظومة الدفاع الجوي متصدية لصاروخين.", None, [{"type": "interception", "place": "عين الأسد"}]),
    ("trap-participle-stand-taken", "trap", "وبرز الفصيل متصديا للوجود الأمريكي في الخطاب السياسي.", None, []),
    ("trap-participle-bill", "trap", "ووقف النائب متصديا لمشروع القانون في البرلمان.", None, []),
    # --- session 30: a series of earlier acts («ضمن سلسلة هجمات سابقة على القوات الأميركية في سوريا والعراق») is background: no campaign row; the series without «سابقة» keeps it (press|trap) ---
    ("trap-series-of-earlier-acts", "trap", "وتعرضت قاعدة التنف لهجوم مساء الأحد. ويأتي الهجوم ضمن سلسلة هجمات سابقة على القوات الأميركية في سوريا والعراق.", None, [{"type": "attack", "place": "التنف"}]),
    ("series-campaign-kept", "dev", "وتعرضت قاعدة التنف لهجوم مساء الأحد. ويأتي الهجوم ضمن سلسلة الهجمات على القوات الأميركية في سوريا والعراق.", None, [{"type": "attack", "place": "التنف"}, {"type": "attack", "place": "سوريا"}]),
    # --- session 30: on a page with no date, a dated sentence naming one act by its noun at a named place («ووقع هجوم آخر يوم الأربعاء على قاعدة حرير») is an act, undated; a definite noun with no place points back (press|trap) ---
    ("lead-undated-named-base", "press", "ووقع هجوم آخر يوم الأربعاء على قاعدة حرير.", None, [{"type": "attack", "place": "حرير"}]),
    ("lead-undated-witnessed-base", "press", "وشهدت قاعدة عين الأسد مساء الأحد هجوما بطائرة مسيرة.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("trap-lead-undated-points-back", "trap", "وتعرضت قاعدة التنف لهجوم. ووقع الهجوم مساء الخميس.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 30: the impersonal launch «تم/جرى إطلاق» + a weapon («تم إطلاق ثلاثة صواريخ على قاعدة …») is an attack; a release or a campaign launched is not (press|trap) ---
    ("impersonal-launch-rockets", "press", "وتم إطلاق ثلاثة صواريخ على قاعدة عين الأسد فجر اليوم.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("impersonal-launch-more", "dev", "ويوم الثلاثاء، تم إطلاق المزيد من الصواريخ على مجمع في الموصل.", None, [{"type": "attack", "place": "الموصل"}]),
    ("impersonal-launch-jara", "press", "وجرى إطلاق صاروخين على قاعدة حرير.", None, [{"type": "attack", "place": "حرير"}]),
    ("trap-impersonal-release", "trap", "وتم إطلاق سراح المعتقلين في بغداد.", None, []),
    ("trap-impersonal-campaign", "trap", "وتم إطلاق حملة أمنية واسعة في بغداد.", None, []),
    # --- session 30: an attack noun with a US adjective and «على»/«ضد» before a named place, in a sentence with no verb of attack («جرح في الهجوم الأمريكي على منطقة المسيب», «أدانت الهيئة الاعتداء الأمريكي على مقراتها في القائم»), is a US strike there; a word of time, «أي»/«كل» or a word of continuing before the noun gives none, and a definite noun is dropped when another sentence tells a US strike (press|trap) ---
    ("noun-us-strike-wounded-in", "press", "وتوفي مقاتل ثان جرح في الهجوم الأمريكي على منطقة المسيب شمالي بابل.", None, [{"type": "us_strike", "place": "المسيب"}]),
    ("noun-us-strike-condemned", "press", "وأدانت هيئة الحشد الاعتداء الأمريكي على مقراتها في القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("noun-us-strike-toll-rose", "press", "وارتفعت حصيلة الضحايا في الغارة الأمريكية على منطقة البوكمال إلى سبعة.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-noun-us-strike-any", "trap", "وحذر النائب من أي هجوم أمريكي على مقرات الحشد في جرف النصر.", None, []),
    ("trap-noun-us-strike-continuing", "trap", "ورجح مسؤولان استمرار الضربات الأمريكية على مواقع التنظيم في البادية السورية.", None, []),
    ("trap-noun-us-strike-told-again", "trap", "قصفت طائرات أمريكية فجر الأحد مواقع للفصائل في القائم. وأدان الحشد الاعتداء الأمريكي على مقراته في جرف النصر.", None, [{"type": "us_strike", "place": "القائم"}]),
    # --- session 30: members of a faction killed by an air strike («قتل ثلاثة عناصر من ميليشيا الحشد جراء استهداف جوي») with no attacker but them and no US name are an unknown hand's strike, type other; a US adjective, another attacker named or no air word keeps the reading (press|trap) ---
    ("faction-members-killed-air", "press", "وقتل ثلاثة عناصر من ميليشيا الحشد الشعبي جراء استهداف جوي قرب مدينة الميادين.", None, [{"type": "other", "place": "الميادين"}]),
    ("trap-faction-members-us-adjective", "trap", "وقتل ثلاثة عناصر من الحشد الشعبي جراء غارة جوية أمريكية قرب القائم.", None, [{"type": "us_strike", "place": "القائم"}]),
    ("trap-faction-members-other-attacker", "trap", "وقتل ثلاثة عناصر من الحشد الشعبي بهجوم لتنظيم داعش بطائرة مسيرة قرب الميادين.", None, [{"type": "attack", "place": "الميادين"}]),
    ("trap-faction-members-roadside-bomb", "trap", "وقتل عنصران من الفصائل بانفجار عبوة ناسفة قرب البوكمال.", None, []),
    # --- session 30: a destroying word with a pronoun after «led to» («مما أدى إلى تدميرها») tells what the act destroyed, not the downing of its weapon; the same word after an attack's drones, with no result verb, is still their downing (dev|trap) ---
    ("result-destroyed-target", "dev", "وذكرت مصادر أن مقاتلات أمريكية قصفت قاعدة الإمام علي في البوكمال ليلة أمس، مما أدى إلى تدميرها بالكامل.", None, [{"type": "us_strike", "place": "قاعدة الإمام علي"}]),
    ("result-destroyed-depot", "press", "وضربت طائرات أمريكية مخزنا للسلاح في بلدة حسرات قرب البوكمال، ما أدى إلى تدميره بشكل كامل.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-downed-drones-pronoun", "trap", "وهاجمت طائرتان مسيرتان قاعدة التنف وتمكنت الدفاعات الجوية من تدميرهما.", None, [{"type": "interception", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    # --- session 30: a plural head of bases earlier in the sentence («لم تتعرض القواعد الأمريكية لهجمات») does not group a list opened by a singular base noun of its own («استهداف قاعدة حقل العمر … والتنف»): one row per base; a dual head right before the list still groups it (dev|trap) ---
    ("single-base-after-plural-topic", "dev", "ولم تتعرض القواعد الأمريكية لهجمات منذ يومين، وكان آخرها استهداف قاعدة حقل العمر في ريف محافظة دير الزور والتنف في ريف محافظة حمص.", None, [{"type": "attack", "place": "حقل العمر"}, {"type": "attack", "place": "التنف"}]),
    ("trap-dual-head-list", "trap", "واستهدفت الفصائل قاعدتي التنف والشدادي بالطائرات المسيرة.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 30: the imperfect of «to manage / be able» before an interception («دون أن تتمكن الدفاعات من إسقاطه», «لم تستطع اعتراضها») says the downing was not made: no interception row (press|trap) ---
    ("unmanaged-downing-without", "press", "وضربت مسيرة مفخخة قاعدة الشدادي، ووصلت إلى هدفها دون أن تتمكن منظومة الدفاع في القاعدة من إسقاطها.", None, [{"type": "attack", "place": "الشدادي"}]),
    ("unmanaged-downing-could-not", "press", "وسقطت ثلاثة صواريخ داخل قاعدة عين الأسد ولم تستطع الدفاعات الجوية اعتراضها.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("trap-managed-downing", "trap", "وتمكنت الدفاعات الجوية في قاعدة حرير من إسقاط طائرة مسيرة قبل وصولها.", None, [{"type": "interception", "place": "حرير"}]),
    # --- session 30: a negated verb of recording, witnessing or undertaking («لم تسجل», «لم تبادر», «لم تشهد») a few tokens before an attack or strike word, only its subject and fillers («أي», «عمليات», «إلى») between, denies the act; a casualty word between, or a threat, is no such denial (press|trap) ---
    ("denied-recorded-strikes", "press", "وأكد المحلل أن الشهرين الأخيرين لم تسجل عمليات قصف لقواعد أمريكية في الأنبار.", None, []),
    ("denied-undertaken-strike", "press", "ولم تبادر واشنطن إلى قصف أي من مقرات الفصائل في جرف الصخر منذ شهرين.", None, []),
    ("denied-witnessed-attack", "press", "ولم تشهد قاعدة حرير أي هجوم منذ مطلع الشهر.", None, []),
    ("trap-denied-casualties-only", "trap", "ولم تسجل أي إصابات في الهجوم الذي استهدف قاعدة عين الأسد بثلاثة صواريخ.", None, [{"type": "attack", "place": "عين الأسد"}]),
    # --- session 30: a killing right after «منذ» («ومنذ تنفيذ عملية اغتيال سليماني، أصبحت …», «منذ مقتل المهندس») marks an era: no strike row; «منذ» before an attack, or the killing told as such, keeps its row (dev|trap) ---
    ("era-since-killing", "dev", "ومنذ تنفيذ عملية اغتيال قاسم سليماني، باتت القواعد التي تضم جنودا أمريكيين هدفا للصواريخ.", None, []),
    ("trap-since-attack-told", "trap", "ومنذ تنفيذ هجوم على قاعدة عين الأسد، تصاعدت الهجمات.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("trap-killing-told", "trap", "واغتالت الولايات المتحدة قاسم سليماني بغارة قرب مطار بغداد في 3 كانون الثاني 2020.", None, [{"type": "us_strike", "date": "2020-01-03"}]),
    # --- session 30: a stop noun read with purpose «ل» («حراكاً للضغط على الفصائل لإيقاف عملياتها», «جهود لوقف») is the aim of an effort, no development; the stop told as done stays one (press|trap) ---
    ("stop-as-aim-of-pressure", "press", "وقادت الحكومة العراقية حراكا سياسيا للضغط على الفصائل لإيقاف عملياتها ضد القوات الأمريكية.", None, []),
    ("trap-stop-told-done", "trap", "وأعلنت كتائب حزب الله تعليق عملياتها ضد القوات الأمريكية في العراق.", None, [{"type": "other", "place": "العراق"}]),
    # --- session 30: a place after «من داخل / من الأراضي» a few tokens after a launch word (its subject between, the verb with its object pronoun) is the launchers' ground, not where the act happened: the retelling folds into the act at the base (press|trap) ---
    ("territory-origin-after-subject", "press", "واستهدفت مسيرات انتحارية قاعدة خراب الجير. وقال المرصد إن المسيرات أطلقتها فصائل موالية لطهران من داخل الأراضي العراقية، لافتا إلى أن الهجوم خلف أضرارا.", None, [{"type": "attack", "place": "خراب الجير"}]),
    ("trap-launched-at-target", "trap", "وأطلقت الفصائل ثلاثة صواريخ على قاعدة عين الأسد في الأنبار.", None, [{"type": "attack", "place": "عين الأسد"}]),
    ("trap-denied-other-clause", "trap", "ولم تسجل أي أضرار، واستهدفت طائرة مسيرة قاعدة التنف فجر اليوم.", None, [{"type": "attack", "place": "التنف"}]),
    # --- session 30: on a page with no date, an undated act told at a province and, anywhere in the article, at a site in it («قاعدة أمريكية بريف دير الزور» … three sentences on «القرية الخضراء»), or at a site and a site beside it («مطار بغداد» … «قاعدة فيكتوريا الواقعة في محيط المطار»), is one row at the site; two weapons, two bases of the province, an earlier act recalled («وسبق أن»), «another» act, or a dated page keep rows apart (press|trap) ---
    ("undated-province-then-site-far", "press", "قال الجيش الأمريكي إن الهجوم الذي استهدف قاعدة أمريكية بريف دير الزور الشرقي نفذ بعبوات ناسفة. وأضاف البيان أن التحقيق ما زال جاريا. وأشار إلى أن الأضرار اقتصرت على مستودع. وكان التحالف قد قال إن القرية الخضراء تعرضت لهجوم أسفر عن إصابة ثلاثة جنود.", None, [{"type": "attack", "place": "القرية الخضراء"}]),
    ("undated-province-then-site-no-weapon", "press", "استهدف تنظيم داعش مساكن لجنود أمريكيين في ريف دير الزور. وشن عناصر التنظيم هجوما من محورين على مساكن الجنود في حقل العمر.", None, [{"type": "attack", "place": "حقل العمر"}]),
    ("undated-airport-then-base-beside", "press", "تعرض مطار بغداد الدولي فجر الجمعة لهجوم بخمسة صواريخ. وسقطت صواريخ قرب قاعدة فيكتوريا الواقعة في محيط المطار.", None, [{"type": "attack", "place": "مطار بغداد"}]),
    ("trap-dated-province-then-site-far", "trap", "قال الجيش الأمريكي إن الهجوم الذي استهدف قاعدة أمريكية بريف دير الزور الشرقي نفذ بعبوات ناسفة. وأضاف البيان أن التحقيق ما زال جاريا. وأشار إلى أن الأضرار اقتصرت على مستودع. وكان التحالف قد قال إن القرية الخضراء تعرضت لهجوم أسفر عن إصابة ثلاثة جنود.", "2024-04-10", [{"type": "attack", "place": "دير الزور"}, {"type": "attack", "place": "القرية الخضراء"}]),
    ("trap-undated-beside-two-weapons", "trap", "سقطت صواريخ على مطار بغداد الدولي. وهاجمت طائرة مسيرة قاعدة فيكتوريا.", None, [{"type": "attack", "place": "مطار بغداد"}, {"type": "attack", "place": "فيكتوريا"}]),
    ("trap-undated-two-bases-of-province", "trap", "هاجمت طائرة مسيرة قاعدة أمريكية في ريف الحسكة. وسقطت صواريخ على قاعدة خراب الجير. وقال مصدر إن طائرة مسيرة هاجمت قاعدة الشدادي.", None, [{"type": "attack", "place": "خراب الجير"}, {"type": "attack", "place": "الشدادي"}]),
    ("trap-undated-recalled-act-at-site", "trap", "هاجمت طائرة مسيرة قاعدة أمريكية في ريف دير الزور. وسبق أن تعرضت قاعدة حقل العمر لهجوم بطائرة مسيرة.", None, [{"type": "attack", "place": "دير الزور"}, {"type": "attack", "place": "حقل العمر"}]),
    ("trap-undated-another-act-beside", "trap", "أعلنت الفصائل تنفيذ هجومين على مواقع أمريكية في سوريا. وقالت إنها هاجمت قاعدة القرية الخضراء بطائرة مسيرة. وفي بيان منفصل أعلنت هجوما آخر بطائرة مسيرة على حقل العمر.", None, [{"type": "claim", "place": "سوريا"}, {"type": "attack", "place": "القرية الخضراء"}, {"type": "attack", "place": "حقل العمر"}]),
    # --- session 32: on a page with no date, a count of munitions («استهدفوا بـ4 صواريخ كاتيوشا قاعدة … في المدينة») counts no acts, so the city row folds into the act at its site; a count of sites («صاروخين على قاعدتين») keeps it (press|trap) ---
    ("undated-munition-count-city-retelling", "press", "استهدف هجوم بأربعة صواريخ مساء الجمعة قاعدة جوية بمطار أربيل الدولي تضم قوات أمريكية. وقال مصدر في شرطة أربيل إن مسلحين استهدفوا بـ4 صواريخ كاتيوشا قاعدة للتحالف في المدينة.", None, [{"type": "attack", "place": "مطار أربيل"}]),
    ("undated-dual-munition-city-retelling", "press", "سقطت صواريخ على قاعدة جوية بمطار أربيل الدولي فجر اليوم. وقال مصدر في الشرطة إن مسلحين استهدفوا بصاروخين قاعدة للتحالف في المدينة.", None, [{"type": "attack", "place": "مطار أربيل"}]),
    ("trap-undated-two-sites-counted", "trap", "استهدف هجوم بصواريخ مساء الجمعة قاعدة جوية بمطار أربيل الدولي تضم قوات أمريكية. وقال مصدر في الشرطة إن مسلحين أطلقوا صاروخين على قاعدتين في أربيل.", None, [{"type": "attack", "place": "مطار أربيل"}, {"type": "attack", "place": "أربيل"}]),
    # --- session 32: on a page with no date, a lede placed in a country and settled at the base the next sentence names is that act told again: one row; a next sentence opening on a pluperfect («وكان … قد») or an earlier time («وقبل نحو أسبوع») tells another act (press|trap) ---
    ("undated-lede-settled-at-site", "press", "ذكرت مصادر أهلية أن مسلحين قصفوا أكبر موقع للقوات الأمريكية في شرق سوريا برشقة صواريخ. وبينت المصادر أن قاعدة حقل العمر أصيبت بعد منتصف الليل بقصف صاروخي أدى إلى حريق فيها.", None, [{"type": "attack", "place": "حقل العمر"}]),
    ("trap-undated-pluperfect-other-act", "trap", "أصيبت قاعدة أمريكية محاذية لحقل العمر بريف دير الزور بقصف صاروخي ليلة الأحد. وكانت القوات الأمريكية في سوريا قد تعرضت لقصف بعدة صواريخ وفق التحالف.", None, [{"type": "attack", "place": "حقل العمر"}, {"type": "attack", "place": "سوريا"}]),
    ("trap-undated-week-before-other-act", "trap", "أصابت ثلاثة صواريخ القاعدة الأمريكية في حقل كونيكو صباح اليوم. وقبل أسبوع تقريبا، قالت القيادة الوسطى إن قاعدتها في حقل كونيكو تعرضت لهجوم صاروخي.", None, [{"type": "attack", "place": "كونيكو"}, {"type": "attack", "place": "كونيكو"}]),
    # --- session 32: «بالإضافة إلى» adds a second target to an act as «إضافة إلى» does: one row for each base; «بالإضافة إلى ذلك» before another development adds none (press|trap) ---
    ("addition-with-bi-second-base", "press", "وقصفت طائرات مسيرة مجهولة قاعدة الشدادي بالإضافة إلى قاعدة تل بيدر فجر اليوم.", "2024-01-20", [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "تل بيدر"}]),
    ("trap-addition-with-bi-presence", "trap", "وتنتشر القوات الأمريكية في قاعدة الشدادي بالإضافة إلى قاعدة تل بيدر.", "2024-01-20", []),
    ("trap-addition-with-bi-that", "trap", "وقصفت طائرات مسيرة قاعدة الشدادي، بالإضافة إلى ذلك أعلن التحالف نشر منظومة دفاع في تل بيدر.", "2024-01-20", [{"type": "attack", "place": "الشدادي"}]),
    # --- session 30: a find of the definite launcher or vehicle of an attack told before («وعثرت دورية للجيش على المنصة المستخدمة في القصف») is a find (other) at the base named before; a definite object that is no weapon («عثرت على الجثة») gives none (press|trap) ---
    ("definite-launcher-found", "press", "وسقطت أربعة صواريخ على معسكر التاجي مساء السبت. وعثرت دورية للجيش على المنصة المستخدمة في القصف قرب القاعدة.", None, [{"type": "attack", "place": "التاجي"}, {"type": "other", "place": "التاجي"}]),
    ("definite-vehicle-seized", "press", "وسقطت ثلاثة صواريخ على قاعدة بلد الجوية ليلة الأحد. وضبطت القوات الأمنية العجلة التي أطلقت منها الصواريخ.", None, [{"type": "attack", "place": "بلد"}, {"type": "other", "place": ""}]),
    ("trap-definite-body-found", "trap", "وسقطت أربعة صواريخ على معسكر التاجي مساء السبت. وعثرت دورية للجيش على الجثة قرب الطريق.", None, [{"type": "attack", "place": "التاجي"}]),
    # --- session 30: an arrest tied to an attack by its culprits, naming no place of its own («ألقت القبض على ستة متهمين بتنفيذ الهجوم»), takes the place the attack of its sentence is given; an arrest urged gives none (press|trap) ---
    ("arrest-takes-attack-place", "press", "وأفاد المتحدث بأن الأجهزة الأمنية ألقت القبض على ستة أشخاص متهمين بتنفيذ الهجوم. وتعرضت السفارة الأمريكية في بغداد فجر الجمعة لهجوم بأربعة صواريخ.", None, [{"type": "attack", "place": "السفارة"}, {"type": "other", "place": "السفارة"}]),
    ("trap-arrest-urged", "trap", "وطالب النائب بالقبض على المتهمين بتنفيذ الهجوم. وتعرضت السفارة الأمريكية في بغداد فجر الجمعة لهجوم بأربعة صواريخ.", None, [{"type": "attack", "place": "السفارة"}]),
    # --- session 30: a past verb of claiming with an exact count of operations as its object («تبنت ما تسمى المقاومة الإسلامية في العراق، إحدى عشرة عملية قالت إنها نفذتها») is one claim, not a tally with no act; a vague count («عشرات الهجمات») sums up a campaign (press|trap) ---
    ("counted-claim-one-row", "press", "ومساء الثلاثاء، تبنت ما تسمى \"المقاومة الإسلامية في العراق\"، إحدى عشرة عملية قالت إنها نفذتها ضد قواعد أمريكية في سوريا.", None, [{"type": "claim", "place": "سوريا"}]),
    ("trap-vague-counted-claim", "trap", "وكانت الفصائل قد تبنت في بياناتها عشرات الهجمات ضد قواعد أمريكية في سوريا.", None, []),
    # --- session 30: a summing noun that is the subject of the main verb («وأتت هذه الهجمات بعد أن شنت واشنطن غارتين») is no head of the strike verb after «بعد أن»: the strike is told; the summing noun after the verb («شنت ردا على هذه الهجمات») still sums up (press|trap) ---
    ("summing-subject-before-after-clause", "press", "واستهدفت طائرة مسيرة قاعدة الشدادي. وأتت هذه الهجمات بعد أن شنت واشنطن غارتين جويتين ضد مخازن أسلحة للفصائل في البوكمال.", None, [{"type": "attack", "place": "الشدادي"}, {"type": "us_strike", "place": "البوكمال"}]),
    ("trap-summing-noun-as-object", "trap", "واستهدفت طائرة مسيرة قاعدة الشدادي. وتبنت الفصائل هذه الهجمات في بيان.", None, [{"type": "attack", "place": "الشدادي"}]),
    # --- session 30: a verb of burning whose object is trucks of the coalition or the US («أضرم مسلحون النار في أربع شاحنات تنقل معدات للتحالف الدولي», «أحرقوا شاحنات تحمل عربات لصالح القوات الأمريكية») is an attack on the convoy; trucks of no named owner give none (press|trap) ---
    ("arson-coalition-trucks", "press", "وأضرم مسلحون مجهولون النار في أربع شاحنات تنقل معدات للتحالف الدولي على الطريق السريع قرب الناصرية.", None, [{"type": "attack", "place": "الناصرية"}]),
    ("arson-us-trucks-cargo", "press", "وقال مصدر إن مسلحين أحرقوا شاحنتين تحملان عربات همر لصالح القوات الأمريكية قرب الديوانية.", None, [{"type": "attack", "place": "الديوانية"}]),
    ("trap-arson-unowned-trucks", "trap", "وأحرق محتجون غاضبون شاحنات تابعة للبلدية في مدينة الناصرية.", None, []),
    # --- session 31: a claim whose trigger opens the relative clause of the act it claims («أعلنت الجماعة، اليوم الأربعاء، مسؤوليتها عن القصف الذي استهدف … مساء أمس») keeps the day of its own words; the act keeps the clause's; a claim naming no day of its own keeps the act's (press|trap) ---
    ("claim-own-day-before-relative", "press", "أعلنت جماعة تسمي نفسها \"أصحاب الكهف\"، اليوم الأربعاء، مسؤوليتها عن القصف بالصواريخ الذي طال مطار أربيل ومحيطه، مساء أمس الثلاثاء.", "2022-03-16", [{"type": "claim", "date": "2022-03-16", "place": "مطار أربيل"}, {"type": "attack", "date": "2022-03-15", "place": "مطار أربيل"}]),
    ("trap-claim-no-own-day", "trap", "وأعلنت جماعة مسلحة مسؤوليتها عن القصف بالصواريخ الذي طال مطار أربيل مساء أمس الثلاثاء.", "2022-03-16", [{"type": "claim", "date": "2022-03-15", "place": "مطار أربيل"}, {"type": "attack", "date": "2022-03-15", "place": "مطار أربيل"}]),
    # --- session 31: a bare «اليوم» inside a report dated by a named day («وذكرت الوزارة في بيان، الاثنين، أنه في التاسعة من مساء اليوم أطلقت صواريخ») is the report's day, not the page's (press|trap) ---
    ("report-today-is-report-day", "press", "وذكرت الوزارة في بيان، الاثنين، أنه في الساعة العاشرة من مساء اليوم، تم إطلاق ستة صواريخ صوب مطار أربيل.", "2021-02-16", [{"type": "attack", "date": "2021-02-15", "place": "مطار أربيل"}]),
    ("trap-report-today-weekday", "trap", "وذكرت الوزارة في بيان، الاثنين، أن صواريخ سقطت اليوم الثلاثاء على مطار أربيل.", "2021-02-16", [{"type": "attack", "date": "2021-02-16", "place": "مطار أربيل"}]),
    # --- session 31: a fronted clause of hours after another act («وبعد ساعات من الهجوم على حرير، تعرضت قاعدة عين الأسد لقصف») is read apart from the act after its comma, which is told and takes the day of the act told before; «بعد ساعات من» after the act no longer keeps it undated; «قبل ساعات» still does (press|trap) ---
    ("after-hours-fronted-clause", "press", "قصفت فصائل مسلحة قاعدة حرير بطائرتين مسيرتين مساء الاثنين. وبعد ساعات من الهجوم على حرير، تعرضت قاعدة عين الأسد لقصف صاروخي.", "2024-02-06", [{"type": "attack", "date": "2024-02-05", "place": "حرير"}, {"type": "attack", "date": "2024-02-05", "place": "عين الأسد"}]),
    ("after-hours-trailing-clause", "press", "قصفت فصائل مسلحة قاعدة حرير بطائرتين مسيرتين مساء الاثنين. وتعرضت قاعدة عين الأسد لقصف صاروخي بعد ساعات من الهجوم.", "2024-02-06", [{"type": "attack", "date": "2024-02-05", "place": "حرير"}, {"type": "attack", "date": "2024-02-05", "place": "عين الأسد"}]),
    ("trap-after-hours-statement", "trap", "وبعد ساعات من تصريحات المتحدث، أكد الوزير أن الحكومة ستتابع الملف مع الشركاء.", "2024-02-06", []),
    ("trap-before-hours-own-time", "trap", "قصفت فصائل مسلحة قاعدة حرير بطائرتين مسيرتين مساء الاثنين. وقبل ساعات، تعرضت قاعدة عين الأسد لقصف صاروخي.", "2024-02-06", [{"type": "attack", "date": "2024-02-05", "place": "حرير"}, {"type": "attack", "place": "عين الأسد"}]),
    # --- session 31: a third state's strike told with the accusative adjective («قصفا تركيا جديدا استهدف») or with the state's army as the actor («قصف يشنه الجيش التركي») is an «other» development; a later definite noun that retells it («القصف أودى بحياة») or an attack told with neither place nor day («وسقطت القذائف قرب مخيم») folds into it; an attack of the groups told after it, or the army's act outside the theatre, stays as before (press|trap) ---
    ("third-state-accusative-adjective", "press", "وأفادت مصادر محلية بأن قصفا تركيا جديدا استهدف سيارة في محافظة دهوك.", "2022-08-02", [{"type": "other"}]),
    ("third-state-army-actor", "press", "ويعد هذا آخر قصف يشنه الجيش التركي على قرى حدودية في قضاء العمادية.", "2022-08-02", [{"type": "other"}]),
    ("third-state-strike-retold-definite", "press", "استهدف قصف تركي سيارة في قرية قرب زاخو. وقال مسؤول محلي إن القصف أودى بحياة ثلاثة أشخاص.", "2022-08-02", [{"type": "other"}]),
    ("third-state-strike-placeless-detail", "press", "وقصفت المدفعية التركية قرى في قضاء العمادية. وسقطت القذائف قرب مخيم للنازحين.", "2022-08-02", [{"type": "other"}]),
    ("trap-third-state-then-group-attack", "trap", "وقصف الجيش التركي موقعا في قضاء سنجار. واستهدفت الفصائل قاعدة حرير بطائرة مسيرة.", "2022-08-02", [{"type": "other"}, {"type": "attack", "place": "حرير"}]),
    ("trap-third-state-army-outside-theatre", "trap", "ورد الجيش الإسرائيلي بهجوم واسع على غزة.", "2023-11-06", []),
    # --- session 31: a weapon counted after «ب» («بـ5 صواريخ», «بأربعة صواريخ») is the means of the act, not a weapon a defender named before the verb targets: «تضم قوات أمريكية، إذ استهدف مسلحون بـ4 صواريخ قاعدة بلد» is an attack; a defender aiming at a weapon is still an interception (bug|trap) ---
    ("counted-means-after-us-forces", "bug", "وهو ثاني هجوم على قواعد تضم قوات أمريكية، إذ استهدف مسلحون بـ4 صواريخ كاتيوشا قاعدة بلد الجوية.", "2021-01-10", [{"type": "attack", "place": "بلد"}]),
    ("counted-means-word-after-us-forces", "bug", "وتضم القاعدة قوات أمريكية، إذ استهدف مجهولون بأربعة صواريخ قاعدة بلد الجوية.", "2021-01-10", [{"type": "attack", "place": "بلد"}]),
    ("trap-defender-targets-drone-still", "trap", "وقالت القوات الأمريكية إنها استهدفت طائرة مسيرة حاولت الاقتراب من قاعدة بلد الجوية.", "2021-01-10", [{"type": "interception"}]),
    # --- session 31: the act named after «آخرها» in a sentence that sums up a series («تعرضت القواعد لعشرات الهجمات، كان آخرها هجوم على قاعدة عين الأسد يوم الاثنين») is one incident with its clause's place and day, though the tally gives no row; no attack noun after the word, or a row already told after it, adds nothing (press|trap) ---
    ("latest-of-tally-attack", "press", "وتعرضت القواعد الأمريكية لعشرات الهجمات منذ تشرين الأول، كان آخرها هجوم على قاعدة عين الأسد يوم الاثنين.", "2024-01-20", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-15"}]),
    ("latest-of-tally-definite-noun", "press", "وتتعرض القواعد لهجمات متكررة وآخرها الهجوم الذي استهدف قاعدة التنف.", "2024-01-20", [{"type": "attack", "place": "التنف"}]),
    ("trap-latest-of-visits", "trap", "وزار قادة أمريكيون العراق مرات عدة، كان آخرها زيارة وزير الدفاع إلى أربيل.", "2024-01-20", [{"type": "visit"}]),
    ("trap-latest-no-noun", "trap", "وتعرضت القواعد الأمريكية لعشرات الهجمات منذ تشرين الأول، كان آخرها قبل أسبوعين.", "2024-01-20", []),
    # --- session 31: «من المرجح أن» / «من المتوقع أن» before an act makes it forecast, as «يتوقع» and «محتمل» do: no row; the cue in a speaker's clause after the act leaves it told (press|trap) ---
    ("forecast-likely-continue-attacks", "press", "ومن المرجح أن تمضي الجماعات الموالية لطهران في شن هجمات بالمسيرات على مواقع أمريكية شرق سوريا.", None, []),
    ("forecast-expected-strike-on-base", "press", "ومن المتوقع أن تشن الفصائل ضربات جديدة على قاعدة حرير قرب أربيل.", None, []),
    ("trap-likely-in-speaker-clause", "trap", "واستهدفت طائرة مسيرة قاعدة حرير فجر اليوم، وقال مسؤول أمني إن من المرجح أن تكون فصائل عراقية وراء الهجوم.", "2024-01-20", [{"type": "attack", "place": "حرير", "date": "2024-01-20"}]),
    # --- session 31: plural acts whose only time is a whole year («ضربات على مواقع الميليشيات في سوريا عام 2021») sum up that year: no row, as with «خلال العام»; a singular act, or a day, keep theirs (press|trap) ---
    ("period-summary-year-plural-strikes", "press", "وشنت الولايات المتحدة ضربات على مواقع الميليشيات في سوريا عام 2021.", None, []),
    ("trap-year-singular-strike", "trap", "وكانت غارة أمريكية قد استهدفت مقرا للفصائل في البوكمال عام 2022.", None, [{"type": "us_strike", "place": "البوكمال"}]),
    ("trap-plural-strikes-with-day", "trap", "وشنت طائرات أمريكية غارات على مواقع للفصائل في البوكمال يوم 5 شباط 2024.", None, [{"type": "us_strike", "date": "2024-02-05"}]),
    # --- session 31: plural acts called earlier ones («هجمات سابقة») sum acts up even when bases are named as their examples («ومنها قاعدة عين الأسد»); recurring attacks on one base over a span keep their row (session 22) (press|trap) ---
    ("period-summary-earlier-with-bases", "press", "وسبق أن شنت الجماعات هجمات سابقة طالت مواقع أمريكية عدة، بينها قاعدة التنف وحقل كونيكو.", None, []),
    ("trap-base-year-recurring-kept", "trap", "وتعرضت قاعدة حقل العمر خلال العام الماضي لهجمات متكررة.", "2024-01-20", [{"type": "attack", "place": "حقل العمر"}]),
    # --- session 31: a verb or noun of claiming right before a noun of stance («إلى تبني موقف واضح», «بتبني قرار») adopts a stance: no claim; a claim of an attack stays (press|trap) ---
    ("claim-adopt-stance-no-claim", "press", "وحث زعيم الفصيل البرلمان على تبني موقف حازم من بقاء القوات الأجنبية في العراق.", None, []),
    ("claim-adopt-decision-no-claim", "press", "وطالب النائب الحكومة بتبني قرار يلزم القوات الأجنبية بمغادرة قاعدة عين الأسد.", None, []),
    ("trap-claim-of-attack-kept", "trap", "وتبنت المقاومة الإسلامية الهجوم الأخير على قاعدة حرير.", None, [{"type": "claim", "place": "حرير"}, {"type": "attack", "place": "حرير"}]),
    # --- session 31: in a tally sentence, a claim pointing back to the counted acts («لعشرات الهجمات التي تبنتها فصائل», «… منذ أكتوبر، تبنتها جماعات») is part of the count: no claim row; a fresh claim after the count stays (press|trap) ---
    ("tally-claimed-by-relative-undated", "press", "وتعرضت قواعد التحالف في الحسكة ودير الزور لعشرات الهجمات التي تبنتها جماعات مسلحة.", None, []),
    ("trap-tally-claimed-pronoun-dated-campaign", "trap", "ويتزامن ذلك مع استهداف المواقع الأمريكية في العراق وسوريا بنحو 90 هجوما منذ منتصف أكتوبر، تبنتها فصائل عراقية.", "2023-12-10", [{"type": "attack", "place": "العراق وسوريا"}]),
    ("trap-fresh-claim-after-count", "trap", "وتعرضت القوات الأمريكية لأكثر من 80 هجوما منذ أكتوبر، وتبنت المقاومة الإسلامية في العراق أمس هجوما على قاعدة التنف.", "2023-12-10", [{"type": "claim", "place": "التنف"}, {"type": "attack", "place": "التنف"}]),
    # --- session 31: a trigger of falling right before a ruler, a regime or a city («قبيل سقوط بشار الأسد», «بعد سقوط نظام الأسد») tells a fall from power: no attack; rockets falling stay (press|trap) ---
    ("fall-of-ruler-no-attack", "press", "وأقرت وزارة الدفاع علنا أن أعداد جنودها المنتشرين في سوريا زادت لأكثر من مرتين قبيل سقوط بشار الأسد.", None, []),
    ("trap-rockets-fell-on-base", "trap", "وسقطت ثلاث قذائف صاروخية قرب مدرج قاعدة عين الأسد مساء أمس.", "2024-01-20", [{"type": "attack", "place": "عين الأسد", "date": "2024-01-19"}]),
    # --- session 31: plural acts right after a noun of target («قاعدة القائم، التي ظلت هدفا لهجمات عديدة») describe the place: no row, even with a base named; a visit to the base stays (press|trap) ---
    ("target-of-attacks-described-base", "press", "وتقع المنشأة على مقربة من قاعدة القائم، التي ظلت هدفا لهجمات عديدة شنتها فصائل محلية.", None, []),
    ("trap-visit-base-target-of-attacks", "trap", "وزار الوفد قاعدة القائم، التي ظلت هدفا لهجمات عديدة شنتها فصائل محلية.", None, [{"type": "visit", "place": "القائم"}]),
    # --- session 31: after a word of adding («مضيفا أن»), an attack on a base the first clause does not name, when that clause names a site, is a second act at its own base; a definite act noun pointing back, or a first clause placed only in a province, gives one act (dev|trap) ---
    ("added-act-new-base", "dev", "وقال مصدر أمني إنه تم إطلاق ثلاثة صواريخ على قاعدة في منطقة الشدادي، مضيفا أن هجوما بطائرة مسيرة استهدف قاعدة التنف دون أضرار.", None, [{"type": "attack", "place": "الشدادي"}, {"type": "attack", "place": "التنف"}]),
    ("trap-added-act-definite-noun", "trap", "وقال مصدر إن صواريخ سقطت في محيط مطار أربيل، مضيفا أن الهجوم استهدف قاعدة حرير.", None, [{"type": "attack"}]),
    ("trap-added-act-province-first", "trap", "وتعرضت قاعدة في محافظة الأنبار لهجوم صاروخي، مضيفا أن هجوما استهدف قاعدة عين الأسد.", None, [{"type": "attack"}]),
    # --- session 33: a faction's own-act noun with its possessive right after its claiming verb («أعلنت الفصائل استهدافها قاعدة …») is its claim and the attack at the place named after it; a denial, threat, intent or condition, a complementizer or a topic preposition between, or a US subject makes it none (press|trap) ---
    ("possessive-claim-named-faction", "press", "وأعلنت حركة النجباء استهدافها قاعدة خراب الجير بطائرتين مسيرتين.", "2024-01-20", [{"type": "claim", "place": "خراب الجير", "actor": "حركة النجباء"}, {"type": "attack", "place": "خراب الجير", "weapon": "drone"}]),
    ("possessive-claim-axis-factions", "press", "وأعلنت فصائل محور المقاومة قصفها قاعدة عين الأسد بالصواريخ.", "2024-01-20", [{"type": "claim", "place": "عين الأسد", "actor": "جماعات مدعومة من إيران"}, {"type": "attack", "place": "عين الأسد", "weapon": "rocket"}]),
    ("possessive-claim-statement-and-day", "press", "وأكدت المقاومة الإسلامية بالعراق، عبر قناتها مساء الاثنين، استهدافها قاعدة للاحتلال بحقل العمر بمسيرة.", "2024-01-20", [{"type": "claim", "date": "2024-01-15"}, {"type": "attack", "date": "2024-01-15"}]),
    ("possessive-claim-fronted-subject", "press", "وكانت الفصائل العراقية قد أعلنت استهدافها قاعدة الشدادي بثلاث طائرات مسيرة.", "2024-01-20", [{"type": "claim", "place": "الشدادي"}, {"type": "attack", "place": "الشدادي"}]),
    ("trap-possessive-claim-denied", "trap", "ونفت الفصائل استهدافها قاعدة حرير.", "2024-01-20", []),
    ("trap-possessive-claim-not-announced", "trap", "ولم تعلن الفصائل المسلحة استهدافها قاعدة التنف.", "2024-01-20", []),
    ("trap-possessive-claim-intent", "trap", "وأعلنت الفصائل عزمها استهدافها قاعدة حرير.", "2024-01-20", []),
    ("trap-possessive-claim-topic", "trap", "وقالت كتائب حزب الله إن بيان الفصائل حول استهدافها قاعدة حرير مزور.", "2024-01-20", []),
    ("trap-possessive-claim-out-of-theatre", "trap", "وقبل أسبوع، أكدت كتائب سيد الشهداء قصفها منشأة حيوية في البحر الأحمر بصاروخ مجنح.", "2024-01-20", []),
    ("trap-possessive-claim-us-subject", "trap", "وقالت الفصائل إن القوات الأمريكية أعلنت قصفها مقرات في القائم.", "2024-01-20", [{"type": "us_strike", "place": "القائم"}]),
    ("trap-possessive-claim-bare-resistance", "trap", "وأعلنت المقاومة استهدافها قاعدة التنف بطائرتين مسيرتين.", "2024-01-20", []),
    ("trap-possessive-claim-halted", "trap", "وأعلنت كتائب حزب الله تعليق استهدافها القوات الأمريكية في العراق.", "2024-02-10", []),
    ("trap-possessive-claim-going-on", "trap", "وأعلنت الفصائل المسلحة مواصلة قصفها القواعد الأمريكية في سوريا.", "2024-02-10", []),
    # --- session 33: weapons downed and told as used in the attack («مسيرتين استخدمتا في هجوم على …») make the attack an event too; a weapon of the same type as one used before, or used for another purpose, does not (press|trap) ---
    ("downed-weapons-used-in-attack", "press", "وذكرت سلطات الإقليم أنها حيدت أمس مسيرتين استخدمتا في هجوم على مطار السليمانية.", "2026-03-02", [{"type": "interception", "date": "2026-03-01"}, {"type": "attack", "date": "2026-03-01"}]),
    ("trap-downed-weapon-of-used-type", "trap", "وأسقطت الدفاعات طائرة مسيرة من الطراز الذي استخدم في الهجوم على قاعدة حرير.", None, [{"type": "interception", "place": "حرير"}]),
    ("trap-downed-weapon-used-for-survey", "trap", "وأسقطت الدفاعات الجوية مسيرة استخدمت في الاستطلاع فوق قاعدة حرير.", None, [{"type": "interception", "place": "حرير"}]),
]

# session 15: a bare «المنطقة» in a troop figure is the country of the article's troop headline.
# Rows are (label, origin, headline, body, published, [(count, country), ...]).
# The exact place of the first event row, one case per line: (label, origin, sentence, place canonical or "").
EVENT_PLACE_CASES = [
    # --- session 28: «المنطقة الحدودية العراقية السورية» and «الشريط الحدودي العراقي السوري» name the Iraq-Syria border (press) ---
    ("border-region-adjective", "press", "وشن الجيش الأمريكي غارات جوية على ثلاث منشآت قرب المنطقة الحدودية العراقية السورية.", "الحدود العراقية السورية"),
    ("border-strip-adjective", "press", "وقصفت طائرات أمريكية مواقع للفصائل على الشريط الحدودي العراقي السوري.", "الحدود العراقية السورية"),
    # --- session 26: a broad place narrowed by «بين (مدينتي) X وY»; a base after a reply verb's force; a time zone (press|trap) ---
    ("between-towns-exact", "press", "وضربت مقاتلات التحالف ليلة أمس منصات صواريخ في البادية الممتدة بين مدينتي الميادين والعشارة.", "الميادين"),
    ("trap-between-countries-exact", "trap", "وقصفت طائرات أمريكية مواقع للفصائل في البادية الممتدة بين سوريا والعراق.", "البادية السورية"),
    ("responder-base-exact", "press", "وردت القوات الأمريكية في حقل العمر بقصف مدفعي على مواقع في بلدة خشام.", "خشام"),
    ("trap-forces-at-base-exact", "trap", "وتعرضت القوات الأمريكية في حقل العمر لقصف صاروخي مساء أمس.", "حقل العمر"),
    ("clock-zone-exact", "press", "وقال مسؤول عسكري إن الصواريخ سقطت قرابة الساعة الثامنة مساء بتوقيت دمشق دون أن توقع إصابات.", ""),
    ("trap-clock-then-base-exact", "trap", "وسقطت صواريخ عند الساعة الحادية عشرة بتوقيت بغداد في قاعدة عين الأسد.", "عين الأسد"),
    # --- session 26: the Iraq-Syria border as a place of its own («على الحدود العراقية-السورية») (press) ---
    ("border-iraq-syria-hyphen", "press", "وشنت مقاتلات أمريكية غارات على مواقع لجماعات موالية لإيران على الحدود العراقية-السورية يوم الجمعة.", "الحدود العراقية السورية"),
    ("trap-border-three-countries", "trap", "وهاجمت الفصائل بطائرتين مسيرتين قاعدة التنف عند الحدود بين سوريا والعراق والأردن.", "التنف"),
    # --- session 28: an act at «a base» placed only in a country is at the one base of that country the next base-naming sentence tells with the same weapon (press|trap) ---
    ("vague-base-named-after-drone", "press", "تعرضت قاعدة عسكرية تستضيف جنودا أمريكيين في غرب العراق لهجوم بطائرة مسيرة فجر الخميس. وقال مسؤول في التحالف إن طائرة مسيرة أطلقت على القوات في قاعدة عين الأسد دون أضرار. وفي وقت لاحق سقط صاروخ قرب قاعدة حرير.", "عين الأسد"),
    ("vague-site-named-after-rockets", "press", "تعرض موقع يضم قوات التحالف في شرق سوريا لهجوم صاروخي مساء الأحد. وأوضح المرصد أن ثلاثة صواريخ سقطت داخل قاعدة حقل العمر. وكانت قاعدة الشدادي قد تعرضت لهجوم مماثل.", "حقل العمر"),
    ("trap-vague-base-other-weapon", "trap", "تعرضت قاعدة عسكرية تستضيف جنودا أمريكيين في غرب العراق لهجوم بطائرة مسيرة. وكانت صواريخ قد سقطت في قاعدة عين الأسد الشهر الماضي. كما استهدفت صواريخ قاعدة حرير.", "العراق"),
    ("trap-vague-base-another-drone", "trap", "تعرضت قاعدة عسكرية تستضيف جنودا أمريكيين في غرب العراق لهجوم بطائرة مسيرة. وهاجمت طائرة مسيرة أخرى قاعدة حرير في أربيل. وكانت قاعدة عين الأسد قد تعرضت لهجوم مماثل.", "العراق"),
    ("trap-vague-base-two-named", "trap", "تعرضت قاعدة عسكرية تستضيف جنودا أمريكيين في غرب العراق لهجوم بطائرة مسيرة. وتعرضت قاعدتا عين الأسد وحرير لهجمات بطائرات مسيرة خلال الأسبوع.", "العراق"),
    # --- session 28: an act or threat «في البلاد» with no place of its own is in the theatre country named before it (press|trap) ---
    ("country-anaphor-threat", "press", "تصاعد التوتر في العراق بعد الغارة الأخيرة. وتوعدت فصائل مسلحة باستهداف المصالح الأمريكية في البلاد.", "العراق"),
    ("country-anaphor-faction-name", "press", "وقالت كتائب حزب الله في العراق إن صبرها نفد. وتوعدت الكتائب بتصعيد الهجمات ضد القوات الأمريكية في البلاد.", "العراق"),
    ("trap-country-anaphor-no-theatre", "trap", "وقال المتحدث إن واشنطن لن تسحب قواتها. وتوعدت الفصائل باستهداف القوات الأمريكية في البلاد.", ""),
    # --- session 29: a town right after a base noun («قاعدة الاحتلال الأمريكي في الشدادي», «القاعدة الأمريكية في منطقة رميلان») places the act at the base related to it; the town named with «مدينة/بلدة», a base noun owned by a faction or another side, or a US strike's target leaves the town (press|dev|trap) ---
    ("base-noun-town-shared-name", "dev", "وقالت الفصائل إنها ضربت قاعدة الاحتلال الأمريكي في الشدادي بطائرتين مسيرتين.", "الشدادي"),
    ("base-noun-area-prefix-related-base", "press", "وتعرضت القاعدة الأمريكية في منطقة رميلان بريف الحسكة لهجوم بطائرة مسيرة.", "خراب الجير"),
    ("trap-base-noun-town-noun", "trap", "وسقطت قذائف على القاعدة العسكرية في مدينة الشدادي جنوب الحسكة.", "مدينة الشدادي"),
    ("base-noun-coalition-owner", "press", "واستهدفت الفصائل قاعدة التحالف الدولي في الشدادي بالصواريخ.", "الشدادي"),
    ("trap-town-no-base-noun", "trap", "وسقطت قذائف هاون قرب مدينة الشدادي جنوب الحسكة.", "مدينة الشدادي"),
    ("trap-faction-base-in-town", "trap", "واستهدف هجوم بطائرة مسيرة قاعدة للفصائل في القائم.", "القائم"),
    ("trap-axis-base-in-town", "trap", "واستهدف هجوم قاعدة لكتائب حزب الله في القائم.", "القائم"),
    ("trap-us-strike-base-in-town", "trap", "وقصفت طائرات أمريكية قاعدة إيرانية في القائم.", "القائم"),
    # --- session 30: a later sentence taking up an act by a definite act noun of another kind («وأصاب القصف القافلة في محيط مدينة الميادين») places it at the town within its province; the noun in a clause of the act's own sentence («ردا على الهجوم الذي طال قاعدة في أربيل») or a town outside the province does not (dev|trap) ---
    ("retold-noun-places-strike", "dev", "قصفت مسيرة يعتقد أنها أمريكية قافلة شاحنات للفصائل شرقي محافظة دير الزور. وأصاب القصف القافلة في محيط مدينة الميادين.", "الميادين"),
    ("trap-retold-noun-same-sentence", "trap", "وشنت طائرات أمريكية غارات على مواقع للفصائل في العراق ردا على الهجوم الذي طال قاعدة عسكرية في أربيل.", "العراق"),
    ("trap-retold-noun-outside-province", "trap", "قصفت مسيرة يعتقد أنها أمريكية قافلة شاحنات للفصائل شرقي محافظة دير الزور. وأصاب القصف القافلة قرب مدينة القائم العراقية.", "محافظة دير الزور"),
    # --- session 30: «انطلاقا من» opens an origin stretch that runs to the next comma («انطلاقا من بادية بلدة الصبحة شرقي دير الزور»): none of its places is the act's; «على»/«إلى» or a comma ends it, and a place outside the theatre («انطلاقا من غزة») is not taken as an origin (press|trap) ---
    ("setting-off-origin-far", "press", "وذكرت شبكة محلية أن قاعدة حقل كونيكو التابعة للتحالف قصفت بصواريخ، وذلك انطلاقا من بادية بلدة الصبحة شرقي دير الزور.", "كونيكو"),
    ("trap-origin-then-target", "trap", "وسقطت صواريخ أطلقت من منطقة الرضوانية على قاعدة فكتوريا.", "فيكتوريا"),
    ("trap-origin-comma-ends", "trap", "وأطلقت الفصائل صواريخ من بادية الميادين، وسقطت في محيط حقل العمر شرقي دير الزور.", "حقل العمر"),
    # --- session 31: the province or town that only locates the base a US strike is fired from («من قاعدتها في حقل العمر النفطي بريف دير الزور») is part of that origin, not the place struck; a place after a comma, or a village named right after the base, is struck (press|trap) ---
    ("origin-base-province-glued", "press", "وقصفت القوات الأمريكية بالمدفعية من قاعدتها في حقل العمر النفطي بريف دير الزور مواقع للفصائل في بلدة خشام.", "خشام"),
    ("origin-base-direction-glued", "press", "وردت القوات الأمريكية بقصف صاروخي من قاعدتها في حقل كونيكو شرق دير الزور على مواقع في قرية خشام.", "خشام"),
    ("trap-origin-base-comma-province", "trap", "وقصفت القوات الأمريكية بالمدفعية من قاعدة حقل العمر، ريف دير الزور الغربي.", "محافظة دير الزور"),
    ("trap-origin-base-village-then-province", "trap", "وقصفت القوات الأمريكية من قاعدتها في حقل العمر قرية خشام بريف دير الزور.", "خشام"),
    # --- session 31: a region or province named before a town in the same span («على الحدود العراقية السورية في منطقة البوكمال», «في ريف دير الزور الشرقي ببلدة خشام») is narrowed by the town; a base still comes first, and a region alone stays the place (press|trap) ---
    ("border-narrowed-by-town", "press", "وتعرضت شاحنات للفصائل لقصف جوي على الحدود العراقية السورية في منطقة البوكمال ليلا.", "البوكمال"),
    ("province-narrowed-by-town", "press", "وقصفت طائرات مجهولة مقرات للفصائل في ريف دير الزور الشرقي ببلدة خشام.", "خشام"),
    ("trap-base-before-province", "trap", "وسقطت صواريخ على قاعدة حرير في محافظة أربيل.", "حرير"),
    ("trap-border-alone", "trap", "وقصفت طائرات أمريكية مواقع للفصائل على الحدود العراقية السورية.", "الحدود العراقية السورية"),
    # --- session 31: an act at «one of the bases» or «a base» placed only in a province («استهدفت فجر اليوم إحدى القواعد الأمريكية في محافظة الحسكة») takes the one base of that province the next sentence names with its weapon; a base of another province, or another weapon, leaves the province (dev|trap) ---
    ("one-of-bases-province-named-after", "dev", "استهدفت فجر اليوم إحدى القواعد الأمريكية في محافظة الحسكة بهجوم صاروخي. وذكرت مصادر أهلية أن صاروخا واحدا على الأقل سقط في القاعدة الأمريكية في خراب الجير قرب الحدود.", "خراب الجير"),
    ("trap-province-base-elsewhere", "trap", "تعرضت قاعدة أمريكية في محافظة الحسكة لهجوم بطائرة مسيرة. وكانت طائرة مسيرة قد استهدفت قاعدة حقل العمر.", "محافظة الحسكة"),
    ("trap-province-base-other-weapon", "trap", "استهدفت إحدى القواعد الأمريكية في محافظة الحسكة بهجوم صاروخي. وقال مصدر إن طائرة مسيرة حلقت فوق قاعدة الشدادي.", "محافظة الحسكة"),
]

HEADLINE_TOPIC_CASES = [
    # --- session 16: «هناك» after a sentence naming several countries points to the headline's country among them ---
    ("topic-there-after-several-countries", "press", "الجيش الأمريكي يستعد لخفض قواته في سوريا", "وكان التنظيم قد سيطر على مدن في العراق وسوريا. وقال المسؤول إن عدد الجنود هناك قد ينخفض إلى نحو 1000 جندي.", "2025-04-16", [(1000, "Syria")]),
    ("topic-there-topic-not-among-trap", "trap", "الجيش الأمريكي يستعد لخفض قواته في سوريا", "ونشرت واشنطن قوات في الكويت والأردن. وقال المسؤول إن عدد الجنود هناك يبلغ نحو 3000 جندي.", "2025-04-16", [(3000, "Kuwait")]),
    ("topic-syria-cut", "press", "واشنطن تقلص عدد جنودها في سوريا", "وأوصى القادة بالإبقاء على 500 جندي على الأقل في المنطقة.", "2025-04-18", [(500, "Syria")]),
    ("topic-iraq-syria-bases", "press", "البنتاغون يرسل 1500 جندي إلى قواعده في العراق وسوريا", "ويستعد الجيش الأمريكي لإرسال 1500 جندي إضافي إلى المنطقة.", "2023-10-27", [(1500, "Iraq+Syria")]),
    ("topic-figure-without-place", "press", "واشنطن تبدأ تقليص قواتها في سوريا", "وقال المسؤول إن عدد الجنود سينخفض إلى 1400 جندي.", "2025-04-18", [(1400, "Syria")]),
    ("topic-attack-headline-trap", "trap", "30 هجوما على القوات الأمريكية في سوريا والعراق", "وأرسلت واشنطن 300 جندي إضافي إلى المنطقة.", "2023-11-01", [(300, "Middle East")]),
    ("topic-middle-east-named-trap", "trap", "واشنطن تخفض قواتها في سوريا", "وأرسلت واشنطن 2000 جندي إلى الشرق الأوسط.", "2025-04-18", [(2000, "Middle East")]),
    ("topic-region-headline-trap", "trap", "واشنطن ترسل قوات إضافية إلى الشرق الأوسط", "وقال البنتاغون إن 900 جندي وصلوا إلى المنطقة.", "2023-10-27", [(900, "Middle East")]),
    # --- session 24: a bare «المنطقة» right after a sentence naming the Middle East is that region (press) ---
    ("topic-region-named-sentence-before", "press", "تعزيزات أمريكية جديدة إلى قواعدها في الحسكة", "وأعلن البيت الأبيض نشر قوات إضافية في الشرق الأوسط تحسبا لأي هجوم. وقال البنتاغون إن عدد جنوده في المنطقة يقارب 40 ألف جندي.", "2024-08-10", [(40000, "Middle East")]),
    ("topic-region-named-two-sentences-back", "dev", "واشنطن تخفض قواتها في سوريا", "ونشرت واشنطن قوات في الشرق الأوسط. وتتواصل الهجمات على قواعدها. وقال المسؤول إن عدد جنودها في المنطقة يبلغ 900 جندي.", "2025-04-18", [(900, "Syria")]),
]

# Base rows of an article with a headline: (label, origin, headline, body, published, [(place, force), …]).
HEADLINE_BASE_CASES = [
    # --- session 19: under a headline naming one base, a presence participle, a bare force or a withdrawal with «في|من القاعدة» (press) ---
    ("headline-base-participle-anaphor", "press", "هجوم بطائرة مسيرة على قاعدة التنف", "وقالت القيادة المركزية إن الجنود الأمريكيين المتمركزين في القاعدة أسقطوا المسيرة.", "2024-04-08", [("التنف", "US")]),
    ("headline-base-force-in-anaphor", "press", "هجوم صاروخي على قاعدة عين الأسد", "وقال مسؤول أمريكي إن القوات الأمريكية في القاعدة لم تصب بأذى.", "2024-01-20", [("عين الأسد", "US")]),
    ("headline-base-withdrawal-from-anaphor", "press", "القوات الأمريكية تنسحب من قاعدة قسرك", "وبدأت القوات الأمريكية صباح اليوم سحب معداتها من القاعدة باتجاه العراق.", "2026-02-23", [("قسرك", "US")]),
    ("headline-base-local-force-in-anaphor-trap", "trap", "هجوم صاروخي على قاعدة عين الأسد", "وقال مسؤول إن القوات العراقية في القاعدة لم تصب بأذى.", "2024-01-20", []),
    ("headline-base-faction-left-anaphor-trap", "trap", "هجوم صاروخي على قاعدة عين الأسد", "وانسحبت الفصائل المسلحة من القاعدة بعد الاشتباك.", "2024-01-20", []),
    # --- session 16: a definite base noun with a force adjective in a body naming no base is the base the headline names ---
    ("headline-base-definite-adjective-noun", "dev", "مسيرة تضرب البرج 22 في الأردن", "وقالت طهران إنها لا صلة لها بالهجوم على القاعدة العسكرية الأمريكية الواقعة في شمال شرق الأردن.", "2024-01-29", [("البرج 22", "US")]),
    ("headline-base-definite-adjective-no-qualifier", "press", "صواريخ تستهدف قاعدة حرير", "وأكد مصدر أمني أن القاعدة الأمريكية لم تتعرض لأضرار كبيرة.", "2024-01-20", [("حرير", "US")]),
    ("headline-two-bases-trap", "trap", "هجمات على عين الأسد وحرير", "وأكد مصدر أمني أن القاعدة الأمريكية لم تتعرض لأضرار.", "2024-01-20", []),
    ("headline-base-other-country-trap", "trap", "صواريخ تستهدف قاعدة حرير", "وكانت القاعدة الأمريكية في سوريا قد تعرضت لهجوم مماثل.", "2024-01-20", []),
    ("headline-base-local-adjective-trap", "trap", "صواريخ تستهدف قاعدة عين الأسد", "وأكد مصدر أن القاعدة العراقية لم تتضرر.", "2024-01-20", []),
    # --- session 16: a counted announcement of the lede names the headline's bases later in the article ---
    ("lede-count-headline-base-later", "dev", "صواريخ تستهدف عين الأسد وكونيكو", "واستهدفت قاعدتان أمريكيتان في العراق وسوريا بهجومين متزامنين ليل الخميس. وقال مصدر أمني إن الصواريخ لم توقع إصابات. وأكد البنتاغون تعرض القاعدة المقامة في حقل كونيكو للقصف.", "2024-07-26", [("كونيكو", "US")]),
    ("lede-count-base-not-in-headline-trap", "trap", "هجومان على قاعدتين أمريكيتين", "واستهدفت قاعدتان أمريكيتان في سوريا بهجومين متزامنين ليل الخميس. وقال مصدر أمني إن الصواريخ لم توقع إصابات. وتعرضت قاعدة الشدادي لهجوم مماثل الشهر الماضي.", "2024-07-26", []),
    ("lede-count-next-sentence", "dev", "هجومان على قاعدتين أمريكيتين", "واستهدفت قاعدتان أمريكيتان في سوريا بهجومين متزامنين. وسقطت الصواريخ على قاعدة الشدادي وقاعدة التنف.", "2024-07-26", [("الشدادي", "US"), ("التنف", "US")]),
    # --- session 26: a headline with a presence verb and a force names a base the body does not name again (press|trap) ---
    ("headline-presence-verb-question", "press", "لماذا تتمركز واشنطن في قاعدة موفق السلطي؟", "وتقع القاعدة في منطقة الأزرق شرقي الأردن، وهي من أكبر القواعد الجوية في المملكة.", "2021-12-20", [("موفق السلطي", "US")]),
    ("headline-presence-verb-force", "press", "قوات أمريكية تتمركز في قاعدة تل بيدر", "وقال مصدر محلي إن الرتل وصل صباح اليوم.", "2024-01-20", [("تل بيدر", "US")]),
    ("headline-presence-verb-group-trap", "trap", "فصائل مسلحة تتمركز في معسكر التاجي", "وقال مصدر محلي إن الفصائل وصلت صباح اليوم.", "2024-01-20", []),
    ("headline-no-presence-verb-trap", "trap", "الأردن يوسع قاعدة موفق السلطي", "وقال مصدر إن الأعمال بدأت الشهر الماضي.", "2024-01-20", []),
    # --- session 27: a lede's dual base noun hosting a force («قاعدتان توجد بهما قوات أمريكية») points back to the headline's two bases after «قاعدتي» (press|trap) ---
    ("dual-lede-headline-bases", "press", "ما الذي نعرفه عن قاعدتي عين الأسد وحرير بعد القصف؟", "استهدفت صواريخ باليستية ليلة أمس قاعدتين تتمركز فيهما قوات أمريكية في العراق.", "2020-01-08", [("عين الأسد", "US"), ("حرير", "US")]),
    ("dual-lede-no-force-trap", "trap", "ما الذي نعرفه عن قاعدتي عين الأسد وحرير بعد القصف؟", "استهدفت صواريخ باليستية ليلة أمس قاعدتين عسكريتين في العراق.", "2020-01-08", []),
    ("dual-lede-local-force-trap", "trap", "ما الذي نعرفه عن قاعدتي القائم والحبانية بعد القصف؟", "استهدفت طائرات مسيرة ليلة أمس قاعدتين تتمركز فيهما قوات عراقية قرب الحدود.", "2020-01-08", []),
]


# Attack counts in a headline or subhead: ``(label, origin, headline, body, published, expected_rows)``.
# The body is read first; a heading's figure counts only when the body does not give it again.
# ``(label, origin, headline, body, published, expected event rows)`` as EVENT_CASES, the headline a paragraph of its own.
HEADLINE_EVENT_CASES = [
    # --- session 29: a headline giving the act's full day and its place dates the body's undated acts there («هجوم … على قاعدة حرير الأحد 28 كانون الثاني 2024»); a body time of another day, another place, or two days in the headline date nothing (press|trap) ---
    ("headline-day-dates-body-act", "press", "هجوم بطائرة مسيرة على قاعدة حرير الأحد 28 كانون الثاني 2024", "استهدفت المقاومة الإسلامية في العراق قاعدة حرير بطائرة مسيرة فجر اليوم.", "", [{"type": "attack", "place": "حرير", "date": "2024-01-28"}]),
    ("headline-day-dates-claim-and-attack", "press", "هجوم بطائرة مسيرة على قاعدة حرير الأحد 28 كانون الثاني 2024", "وأعلنت المقاومة الإسلامية في العراق استهداف قاعدة حرير بطائرة مسيرة.", "", [{"type": "claim", "date": "2024-01-28"}, {"type": "attack", "date": "2024-01-28"}]),
    ("headline-day-us-strike", "press", "ضربات أمريكية على مواقع للفصائل في القائم 2 شباط 2024", "شنت طائرات أمريكية غارات على مواقع للفصائل في القائم، ما أسفر عن مقتل عناصر.", "", [{"type": "us_strike", "place": "القائم", "date": "2024-02-02"}]),
    ("trap-headline-day-other-place", "trap", "قصف قاعدة عين الأسد في 20 كانون الثاني 2024", "تعرضت قاعدة حرير لهجوم بطائرة مسيرة.", "", [{"type": "attack", "place": "حرير", "date_expr": ""}]),
    ("trap-headline-day-body-other-time", "trap", "هجوم على قاعدة حرير الأحد 28 كانون الثاني 2024", "وكانت قاعدة حرير قد تعرضت لهجوم بطائرة مسيرة الخميس.", "", [{"type": "attack", "place": "حرير", "date_expr": "الخميس"}]),
    ("trap-headline-two-days", "trap", "قصف قاعدة حرير بين 20 و22 كانون الثاني 2024", "تعرضت قاعدة حرير لهجوم بطائرة مسيرة.", "", [{"type": "attack", "place": "حرير", "date_expr": ""}]),
]

# ``(label, origin, text, published, expected event rows)`` as EVENT_CASES, the text laid out as a page (headline, date lines, body).
LAYOUT_EVENT_CASES = [
    # --- session 29: a chronology line opening with its day and a colon after the story began («الأحد 4 شباط 2024: استهدفت …», split off as a date line) dates the act of that line; a page's labelled date after the story, or a day that does not end with the colon, dates nothing (press|trap) ---
    ("chronology-item-day-after-intro", "press", "أبرز الهجمات على القواعد الأمريكية خلال أسبوع\nوفيما يلي أبرز الهجمات التي شهدتها القواعد خلال الأسبوع.\nالأحد 4 شباط 2024: استهدفت طائرة مسيرة قاعدة حرير قرب أربيل.", "", [{"type": "attack", "place": "حرير", "date": "2024-02-04"}]),
    ("chronology-two-items-one-base", "press", "أبرز الهجمات على القواعد الأمريكية خلال أسبوع\nشهدت قاعدة حرير هجومين خلال يومين.\nالأحد 4 شباط 2024: استهدفت طائرة مسيرة قاعدة حرير.\nالاثنين 5 شباط 2024: استهدفت طائرة مسيرة قاعدة حرير مجددا.", "", [{"type": "attack", "place": "حرير", "date": "2024-02-04"}, {"type": "attack", "place": "حرير", "date": "2024-02-05"}]),
    ("trap-updated-line-after-story", "trap", "هجوم بطائرة مسيرة على قاعدة حرير قرب أربيل\nاستهدفت طائرة مسيرة قاعدة حرير قرب أربيل.\nآخر تحديث: 5 شباط 2024\nاستهدفت صواريخ قاعدة عين الأسد.", "", [{"type": "attack", "place": "حرير"}, {"type": "attack", "place": "عين الأسد", "date_expr": ""}]),
]

HEADLINE_ATTACK_CASES = [
    # --- session 23: a tally given only by the headline (press) ---
    ("headline-only-tally", "press", "استهداف جديد لقاعدة الشدادي.. وارتفاع عدد هجمات «نصرة غزة» إلى 21", "هاجمت طائرة مسيرة قاعدة الشدادي فجر اليوم.", "2023-11-02", [(21, "attack")]),
    ("headline-only-salvo", "press", "قصف قاعدة عين الأسد بـ7 صواريخ", "وأفاد مصدر أمني بسقوط صواريخ في محيط القاعدة دون خسائر.", "2023-11-02", [(7, "rocket")]),
    ("headline-told-again-in-body", "dev", "البنتاغون: 46 هجوما على قواتنا منذ أكتوبر", "وقال البنتاغون إن قواته تعرضت لـ46 هجوما منذ 17 تشرين الأول.", "2023-11-10", [(46, "attack")]),
    ("headline-word-and-digit", "dev", "أربع هجمات على القوات الأمريكية خلال يوم", "وتعرضت القوات الأمريكية لـ4 هجمات في سوريا خلال 24 ساعة.", "2023-11-10", [(4, "attack")]),
    ("headline-dual-summing-body-trap", "trap", "رفع الجاهزية في القواعد الأمريكية بعد هجومين على الشدادي والتنف", "وهاجمت طائرة مسيرة قاعدة الشدادي، فيما سقطت قذيفة قرب قاعدة التنف.", "2024-08-11", []),
    ("headline-other-unit-told-again", "dev", "ثلاث قذائف على قاعدة حقل العمر", "وقال المرصد إن ثلاث قذائف صاروخية سقطت فجر اليوم على حقل العمر.", "2022-01-05", [(3, "rocket")]),
    ("headline-casualties-trap", "trap", "3 قتلى بقصف على موقع للفصائل", "وقصفت طائرات مجهولة موقعا قرب البوكمال.", "2023-11-10", []),
    # --- session 28: a headline tally with the verbal noun of rising and no count head («ارتفاع الهجمات على القوات الأمريكية إلى 158») (press) ---
    ("headline-rise-noun-bare", "press", "ارتفاع الهجمات على القوات الأمريكية في العراق وسوريا إلى 158", "وقال مسؤول أمريكي إن الفصائل صعدت هجماتها خلال الأيام الماضية.", "2024-01-30", [(158, "attack")]),
    # --- session 32: a running counter «الهجوم الـ150» followed by a colon and a weapon noun counts the attack named before the article, not the weapon after it (press) ---
    ("headline-counter-before-colon", "press", "الهجوم الـ 140: مسيرة تضرب قاعدة خراب الجير", "واستهدفت طائرة مسيرة قاعدة خراب الجير في ريف الحسكة فجر اليوم.", "2024-01-25", [(140, "attack")]),
]

# Multi-line cases, read through the layout analysis like a .txt article:
# ``(label, origin, text, published, expected (count, unit) keys in text order)``.
LAYOUT_ATTACK_CASES = [
    # --- session 26: a tally's breakdown laid out as a list after a colon, one base per line («• 7 على قاعدة التنف», «2- 36 على …») (press|trap) ---
    ("list-bullets-per-base", "press", "تحديث الهجمات على القواعد\nوسجل المرصد منذ 20 تشرين الأول 31 هجوما على القواعد في سوريا، توزعت كالتالي:\n• 9 على قاعدة حقل العمر\n• 12 على قاعدة كونيكو\n• 10 على قاعدة الشدادي", "2023-12-01", [(31, "attack"), (9, "attack"), (12, "attack"), (10, "attack")]),
    ("list-dashes-same-figure-twice", "press", "حصيلة الهجمات على القواعد الأمريكية في سوريا\nوبلغ عدد الهجمات منذ منتصف تشرين الأول 27 هجوما، موزعة على النحو التالي:\n- 8 على قاعدة التنف\n- 8 على قاعدة حقل العمر\n- 11 على قاعدة خراب الجير", "2023-12-01", [(27, "attack"), (8, "attack"), (8, "attack"), (11, "attack")]),
    ("list-ranked-items", "press", "حصيلة الهجمات على القواعد الأمريكية في سوريا\nووثق المرصد 77 هجوما منذ بدء التصعيد، توزعت على النحو التالي:\n1- 30 على قاعدة كونيكو\n2- 25 على قاعدة حقل العمر\n3- 22 على قاعدة الشدادي", "2024-02-01", [(77, "attack"), (30, "attack"), (25, "attack"), (22, "attack")]),
    ("list-base-colon-count", "press", "حصيلة الهجمات على القواعد الأمريكية في سوريا\nوتوزعت الهجمات على القواعد كالتالي:\nقاعدة التنف: 4 هجمات\nقاعدة الشدادي: 6 هجمات", "2024-02-01", [(4, "attack"), (6, "attack")]),
    ("list-per-country-drones", "dev", "حصيلة المسيرات التي أطلقتها الفصائل خلال الأسبوع\nوأطلقت الفصائل خلال أسبوع 23 طائرة مسيرة، توزعت على النحو الآتي:\n- 15 على قواعد في العراق\n- 8 على قواعد في سوريا", "2024-02-01", [(23, "drone"), (15, "drone"), (8, "drone")]),
    ("list-without-colon-trap", "trap", "حصيلة الهجمات على القواعد الأمريكية في سوريا\nوتعرضت القواعد لهجمات متكررة منذ تشرين الأول\n- 8 على قاعدة التنف\n- 5 على قاعدة الشدادي", "2024-02-01", []),
    ("list-of-casualties-trap", "trap", "حصيلة القصف على مواقع الفصائل في دير الزور\nوأسفرت الغارات عن مقتل 17 عنصرا، توزعوا كالتالي:\n- 9 في البوكمال\n- 8 في الميادين", "2024-02-01", []),
    ("list-of-years-trap", "trap", "تاريخ القواعد الأمريكية في شمال شرق سوريا\nوأنشأت الولايات المتحدة قواعدها في سوريا على مراحل:\n- 2015 في الرميلان\n- 2016 في التنف", "2024-02-01", []),
]

# Multi-line base cases, read through the layout analysis like a .txt article:
# ``(label, origin, text, published, expected (place, force) of the base rows)``.
LAYOUT_BASE_CASES = [
    # --- session 27: a subhead that opens with a base («قاعدة X..») heads a paragraph of a report on one force's bases (press|trap) ---
    ("subhead-base-under-us-bases-headline", "press", "القواعد الأمريكية في شرق سوريا\nأقامت واشنطن خلال سنوات الحرب شبكة من المواقع في المناطق الخاضعة لقسد، وبدأت مؤخرا بتقليصها.\nقاعدة الشدادي.. عقدة طرق في الجنوب\nتقع جنوب مدينة الحسكة على الطريق الواصل إلى دير الزور.\nقاعدة قسرك\nتقع على الطريق الدولي شمال غرب الحسكة.", "2025-03-01", [("الشدادي", "US"), ("قسرك", "US")]),
    ("subhead-base-own-adjective", "press", "القواعد الأميركية في العراق\nتتوزع مواقع التحالف على عدة محافظات منذ عام 2014، ويجري تقليصها تدريجيا.\nقاعدة حرير الأميركية\nتقع شرق أربيل على مسافة تقارب 70 كيلومترا.", "2025-03-01", [("حرير", "US")]),
    ("subhead-base-other-force-trap", "trap", "القواعد الأمريكية في سوريا\nأقامت واشنطن خلال سنوات الحرب شبكة من المواقع في المناطق الخاضعة لقسد، وبدأت مؤخرا بتقليصها.\nقاعدة حميميم الروسية\nتقع قرب مدينة جبلة على الساحل السوري.", "2025-03-01", []),
    ("subhead-base-two-forces-headline-trap", "trap", "القواعد الأمريكية والروسية في سوريا\nتتقاسم القوى الكبرى مواقع عديدة في البلاد منذ سنوات الحرب الأولى وحتى اليوم.\nقاعدة الشدادي\nتقع جنوب مدينة الحسكة على الطريق إلى دير الزور.", "2025-03-01", []),
    ("subhead-base-attack-headline-trap", "trap", "فصائل تقصف مواقع في شرق سوريا\nأعلنت فصائل مسلحة أنها استهدفت عدة مواقع في محافظة دير الزور خلال الليل الماضي بطائرات مسيرة.\nقاعدة الشدادي\nتقع جنوب مدينة الحسكة على الطريق إلى دير الزور.", "2025-03-01", []),
    ("subhead-base-not-opening-trap", "trap", "القواعد الأمريكية في سوريا\nأقامت واشنطن خلال سنوات الحرب شبكة من المواقع في المناطق الخاضعة لقسد، وبدأت مؤخرا بتقليصها.\nطريق الإمداد إلى قاعدة الشدادي\nتمر القوافل عبر معبر الوليد الحدودي قادمة من العراق.", "2025-03-01", []),
    # --- session 27: a condition in a trailing clause after a comma and «عقب/بعد» is that clause's, not the base's (press|trap) ---
    ("condition-trailing-clause-after-base", "press", "شهدت الأيام الماضية تحركات غير معتادة، أبرزها مغادرة الجنود الأمريكيين قاعدة حرير في أربيل كإجراء وقائي، عقب تهديدات إيرانية بضرب القواعد إذا نفذت واشنطن وعيدها.", "2025-06-20", [("حرير", "US")]),
    ("condition-before-base-trap", "trap", "إذا نفذت واشنطن وعيدها، سيغادر الجنود الأمريكيون قاعدة حرير في أربيل، عقب تهديدات إيرانية.", "2025-06-20", []),
    ("condition-trailing-no-opener-trap", "trap", "سيغادر الجنود الأمريكيون قاعدة حرير في أربيل، إذا نفذت إيران تهديداتها.", "2025-06-20", []),
    # --- session 27: bare troops («وتتوزع القوات», «ويتوزع هؤلاء») spread over bases take the force the sentence before named (press|trap) ---
    ("carried-force-bare-troops-over-bases", "press", "ويتمركز قرابة 2400 عسكري أمريكي في العراق. وتتوزع القوات على قواعد في عين الأسد وحرير.", "2024-05-01", [("عين الأسد", "US"), ("حرير", "US")]),
    ("carried-force-pronoun-subject", "press", "وتبقي واشنطن نحو 900 جندي أمريكي في سوريا. ويتوزع هؤلاء على قواعد في الشدادي وقسرك.", "2024-05-01", [("الشدادي", "US"), ("قسرك", "US")]),
    ("carried-force-local-troops-trap", "trap", "ويتمركز قرابة 900 عسكري أمريكي في سوريا. وتتوزع القوات السورية على قواعد في الشدادي وقسرك.", "2024-05-01", []),
    ("carried-force-no-force-before-trap", "trap", "وقصفت الفصائل مواقع في البادية ليلا. وتتوزع القوات على قواعد في الشدادي وقسرك.", "2024-05-01", []),
    ("carried-force-attack-verb-trap", "trap", "ويتمركز قرابة 900 عسكري أمريكي في سوريا. واستهدفت الفصائل قواعد في الشدادي وقسرك.", "2024-05-01", []),
    # --- session 27: «القاعدة الأولى … في بلدة X» names one of the bases a sentence before counted for the US (press|trap) ---
    ("ordinal-base-after-counted-bases", "press", "وذكرت الوكالة أن واشنطن باشرت بإنشاء قاعدتين جديدتين في ريف دير الزور. وبحسب المصادر فإن القاعدة الأولى تقام في بلدة الصور شمالي المحافظة.", "2019-10-14", [("قاعدة الصور", "US")]),
    ("ordinal-base-same-sentence", "press", "وتبني القوات الأمريكية قاعدتين في ريف الحسكة، القاعدة الأولى في بلدة تل براك.", "2019-10-14", [("تل براك", "US")]),
    ("ordinal-base-other-force-trap", "trap", "وذكرت الوكالة أن روسيا باشرت بإنشاء قاعدتين جديدتين في ريف دير الزور. وبحسب المصادر فإن القاعدة الأولى تقام في بلدة الصور.", "2019-10-14", []),
    ("ordinal-base-no-count-trap", "trap", "وبحسب المصادر فإن القاعدة الأولى تقام في بلدة الصور شمالي المحافظة.", "2019-10-14", []),
    # --- session 27: a verb of becoming stands for «ك» («جهزت القوات الأمريكية مطار X ليكون أول قاعدة أمريكية», «ليكون قاعدة لها») (press|trap) ---
    ("become-base-adjective", "press", "مطارات شمال سوريا في سنوات الحرب\nوجهزت القوات الأميركية مطار الطبقة العسكري ليكون أول قاعدة جوية أميركية في المنطقة.", "2017-03-01", [("مطار الطبقة", "US")]),
    ("become-base-owner-pronoun", "press", "مطارات شمال سوريا في سنوات الحرب\nوأعدت القوات الأمريكية مطار الطبقة ليصبح قاعدة لها شمال البلاد.", "2017-03-01", [("مطار الطبقة", "US")]),
    ("become-base-group-trap", "trap", "مطارات شمال سوريا في سنوات الحرب\nوسيطرت الفصائل على مطار الطبقة لتكون أول قاعدة لها في المنطقة.", "2017-03-01", []),
    ("become-not-base-trap", "trap", "مطارات شمال سوريا في سنوات الحرب\nوجهزت القوات الأميركية مطار الطبقة ليكون أول مطار مدني في المنطقة.", "2017-03-01", []),
]
