"""The figures extractors on the development set (tests/devset_figures/) and on own sentences.

The devset holds 30 paraphrased real articles with hand-made gold (see its README):
21 ``dv`` articles the rules were studied on and 9 ``vl`` articles written afterwards.
The floors are the F1 measured when the rules were last changed; a drop below one is a
regression. The case table pins each generalisation rule with our own sentences.
"""

from pathlib import Path

import pytest
from conftest import make_doc

from rasd.attacks import extract_attack_counts
from rasd.deployments import extract_deployments
from rasd.evaluate import format_scores, load_gold, score_tables
from rasd.events import extract_events

DEVSET = Path(__file__).resolve().parent / "devset_figures"

FLOORS = [
    # (articles, table, minimum F1 as measured)
    # 1.0 -> 0.99 in session 16: a salvo told twice is one figure (rasd.salvos), as the independent
    # annotators of blindA and the session-8 sets write it (seven articles); vl03's gold has both tellings.
    # 0.99 -> 0.98 in session 17: a tally of 10+ attacks told twice in one month is one row (README; blindA
    # hc02 and heldout12 hn15 write the 55-attack tally once); dv02's gold keeps both tellings of 38.
    # 0.98 -> 0.96 in session 32: a drone that fires a plain صاروخ makes it a missile (heldout README: a US
    # drone strike's صاروخين is missile; heldout8 hi20); dv12's gold writes rocket for the three the US drone
    # fired in al-Mashtal («الطائرة المسيّرة أطلقت ثلاثة صواريخ»).
    ("all", "attack_counts", 0.96),
    ("all", "troops", 1.0),
    # 0.90 -> 0.87 in session 9: a troop figure placed at a base now also gives the base row (8 of
    # the 11 such figures in the annotated sets have both); dv13's gold has the figure only.
    # 0.87 -> 0.90 in session 12: the base ties of rasd.base_ties measure 0.914 here.
    # 0.90 -> 0.82 in session 17: a base tied to the coalition alone gives no row, as heldout8, heldout11
    # and the session-7 sets write it (10 of the 16 such rows Rasd gave there were extras); this gold
    # writes four of them (dv07, dv08 twice, vl06).
    # 0.82 -> 0.80 in session 17: a force named right before «في» and a base is there (heldout11 hm05 writes
    # it; dv09's gold does not).
    # 0.79 -> 0.77 in session 31: soldiers named as the subject before a casualty word tie the attacked base
    # («جنديا أمريكيا أصيب … في هجوم على قاعدة تل بيدر»), as heldout13 hp14/hp16 and heldout11 hm05 write it;
    # dv03's gold does not (0.800 -> 0.778).
    ("all", "bases", 0.77),
    # 0.94 -> 0.96 in session 13: the dates-table conventions (nights, ranges, lists of days) measure 0.981.
    ("all", "dates", 0.96),
    # 0.93 -> 0.92 in session 6: the US embassy is now a place as well as an actor, so dv21's third
    # rocket, which fell near it, is a row of its own where the gold folds it into the salvo.
    # 0.92 -> 0.91 in session 27: an interception pointing back to the attack told before it
    # («الصواريخ التي أُطلقت باتجاه القاعدة اعتُرضت») is a row of its own, as heldout2 (hb05),
    # heldout8 (hi17) and heldout12 (hn19) write it; dv20's gold gives the attack only (0.920 -> 0.9197).
    ("all", "events", 0.91),
    ("vl", "attack_counts", 0.92),
    ("vl", "bases", 0.90),
    # 0.96 -> 0.93 when an attack and the downing of its weapons became two rows, as every
    # independently annotated held-out set writes them: vl03's all-downed drones now also give
    # the attack told after them.
    ("vl", "events", 0.93),
]


@pytest.fixture(scope="module")
def devset_tables():
    from rasd.pipeline import extract_corpus

    return extract_corpus(DEVSET / "articles")


@pytest.mark.parametrize("subset,table,minimum", FLOORS)
def test_devset_f1(devset_tables, subset, table, minimum):
    gold = load_gold(DEVSET / "gold")
    if subset != "all":
        gold = {k: v for k, v in gold.items() if k.startswith(subset)}
    scores = score_tables(gold, devset_tables)
    assert scores[table].f1 >= minimum, format_scores({table: scores[table]}, verbose=True)


def _counts(text, published):
    return sorted((r["count"], r["unit"], r["scope"]) for r in extract_attack_counts(make_doc(text, published)))


def _deployments(text, published):
    rows = extract_deployments(make_doc(text, published))
    return sorted((r["count"], r["country"], r["place"] or "", r["force"]) for r in rows)


def _events(text, published):
    return sorted((r["type"], r["date"]) for r in extract_events(make_doc(text, published)))


# (label, origin, extractor, text, published, expected); "dev" = own sentence written for the rule.
CASES = [
    # --- attack counts ---------------------------------------------------------------------
    ("ac-partitive-next-sentence", "dev", _counts, "وتعرضت القوات الأميركية لـ40 هجوما منذ بداية الشهر. ووقع 25 منها في سوريا و15 في العراق.", "2024-01-20", [(15, "attack", "Iraq"), (25, "attack", "Syria"), (40, "attack", "")]),
    ("ac-demonstrative-min", "dev", _counts, "وقال المسؤول إن 12 من هذه الهجمات استهدفت قاعدة التنف.", "2024-01-20", [(12, "attack", "base:التنف")]),
    ("ac-referent-before", "dev", _counts, "ومن بين تلك الهجمات، وقع 8 في الحسكة و6 في دير الزور.", "2024-01-20", [(6, "attack", "Syria"), (8, "attack", "Syria")]),
    ("ac-total-no-noun", "dev", _counts, "وتعرضت القواعد لـ10 هجمات في العراق و7 في سوريا، أي ما مجموعه 17.", "2024-01-20", [(7, "attack", "Syria"), (10, "attack", "Iraq"), (17, "attack", "Iraq+Syria")]),
    ("ac-breakdown-bayna", "dev", _counts, "ورصد المرصد 9 هجمات توزعت بين 6 على قاعدة حقل العمر و3 على قاعدة كونيكو.", "2024-03-02", [(3, "attack", "base:كونيكو"), (6, "attack", "base:حقل العمر"), (9, "attack", "")]),
    ("ac-marrat-continued", "dev", _counts, "وتعرضت القوات للهجوم 9 مرات في العراق و5 مرات في سوريا خلال أسبوع.", "2024-01-20", [(5, "attack", "Syria"), (9, "attack", "Iraq")]),
    ("ac-negated-ayy", "dev", _counts, "ولم تسجل أي هجمات في آذار، مقابل 11 هجوما في نيسان على القواعد في سوريا.", "2024-05-02", [(11, "attack", "Syria")]),
    ("ac-war-context-place", "dev", _counts, "وتعرضت القواعد الأميركية في العراق وسوريا لعشرات الهجمات منذ اندلاع الحرب بين إسرائيل وحماس.", "2024-01-20", [(10, "attack", "Iraq+Syria")]),
    ("ac-ships-out", "dev", _counts, "وشنت الجماعة 15 هجوما على السفن في خليج عدن.", "2024-01-20", []),
    ("ac-definite-dual-anaphor", "dev", _counts, "وسقط صاروخان قرب القاعدة، وأوضحت المصادر أن الصاروخين من نوع غراد.", "2024-01-20", [(2, "rocket", "")]),
    ("ac-ba-base-before", "dev", _counts, "وحلت قاعدة الشدادي ثانية بـ11 هجوما.", "2024-07-01", [(11, "attack", "base:الشدادي")]),
    # --- deployments ------------------------------------------------------------------------
    ("dep-anaphoric-country", "dev", _deployments, "وتنتشر القوات الأميركية في شمال شرق سوريا. وتضم هذه المواقع نحو 900 جندي.", "2024-01-20", [(900, "Syria", "", "US")]),
    ("dep-militia-men", "dev", _deployments, "وأسفرت الغارة عن سقوط ستة عناصر موالين لإيران.", "2024-01-20", []),
    ("dep-owner-base-noun", "dev", _deployments, "وسمع دوي انفجار في قاعدة للقوات الأميركية في الشدادي.", "2024-01-20", [(None, "Syria", "الشدادي", "US")]),
    ("dep-described-base", "dev", _deployments, "واستهدفت المسيرات القاعدة الأميركية في حقل العمر النفطي.", "2024-01-20", [(None, "Syria", "حقل العمر", "US")]),
    ("dep-landmark-own-clause", "dev", _deployments, "وسقطت القذائف قرب قاعدة عين الأسد التي تستضيف قوات أميركية.", "2024-01-20", [(None, "Iraq", "عين الأسد", "US")]),
    ("dep-list-under-plural-head", "dev", _deployments, "وتتوزع القوات الأميركية في سوريا على حقول رميلان والعمر وكونيكو.", "2024-01-20", [(None, "Syria", "حقل العمر", "US"), (None, "Syria", "حقول رميلان", "US"), (None, "Syria", "كونيكو", "US")]),
    ("dep-list-continued", "dev", _deployments, "ويضاف إليها قاعدة الشدادي جنوب الحسكة.", "2024-01-20", [(None, "Syria", "الشدادي", "US")]),
    ("dep-two-forces", "dev", _deployments, "وتعرضت قاعدة حرير التي تضم جنودا أميركيين وفرنسيين لهجوم.", "2024-01-20", [(None, "Iraq", "حرير", "French"), (None, "Iraq", "حرير", "US")]),
    # --- events -----------------------------------------------------------------------------
    ("ev-passive-us-target", "dev", _events, "وأفاد مسؤول بأن قوات أميركية في العراق استهدفت بصواريخ مساء الأحد.", "2024-01-23", [("attack", "2024-01-21")]),
    ("ev-tarradat-air-strike", "dev", _events, "وتعرض مقر للحشد الشعبي قرب القائم لغارات جوية فجر اليوم الخميس.", "2024-02-01", [("us_strike", "2024-02-01")]),
    ("ev-tarradat-far-noun", "dev", _events, "وتعرضت قاعدة التنف، التي يتمركز فيها جنود أميركيون قرب الحدود، لهجوم بمسيرة أمس.", "2024-01-23", [("attack", "2024-01-22")]),
    ("ev-response-clause", "dev", _events, "وشنت واشنطن ضربات على مواقع في القائم يوم الجمعة، ردا على هجوم استهدف قاعدة حرير في 20 كانون الثاني.", "2024-01-28", [("attack", "2024-01-20"), ("us_strike", "2024-01-26")]),
    ("ev-downs-its-weapon", "dev", _events, "وهاجمت مسيرة قاعدة حرير فجر الاثنين، وتمكنت الدفاعات من إسقاطها.", "2024-01-23", [("attack", "2024-01-22"), ("interception", "2024-01-22")]),
    ("ev-defender-targets-drone", "dev", _events, "وقالت مصادر إن القوات الأميركية استهدفت ليل السبت طائرة مسيرة فوق حقل العمر.", "2024-01-23", [("interception", "2024-01-20")]),
    ("ev-failed-interception", "dev", _events, "وتحقق الجيش في فشل منظومة الدفاع في اعتراض الصاروخ.", "2024-01-23", []),
    ("ev-visit-noun", "dev", _events, "وأكد الوزير خلال زيارة غير معلنة إلى بغداد اليوم الثلاثاء التزام بلاده بالشراكة.", "2024-01-23", [("visit", "2024-01-23")]),
    ("ev-visit-planned", "dev", _events, "وتناولت المحادثات الزيارة المرتقبة لرئيس الوزراء إلى واشنطن.", "2024-01-23", []),
    ("ev-tally-times", "dev", _events, "وتعرضت القواعد للهجوم 14 مرة منذ مطلع الشهر.", "2024-01-23", []),
    ("ev-demonstrative-summary", "dev", _events, "وقال المسؤول إن تلك الهجمات نفذت بطائرات مسيرة.", "2024-01-23", []),
    ("ev-nearest-day", "dev", _events, "وجاء هجوم اليوم بعد يومين من إسقاط مسيرة قرب أربيل مساء السبت.", "2024-01-23", [("interception", "2024-01-20")]),
    ("ev-out-of-theatre", "dev", _events, "وذكر التقرير أن الحوثيين استهدفوا سفينة تجارية في البحر الأحمر أمس.", "2024-01-23", []),
    ("ev-anaphoric-merge", "dev", _events, "واستهدفت مسيرة قاعدة الشدادي فجر الأحد. وقال مصدر إن الطائرة المسيرة أطلقت من العراق.", "2024-01-23", [("attack", "2024-01-21")]),
    ("ev-merge-country-place", "dev", _events, "ونفذت مقاتلات أميركية ضربات في سوريا مساء الجمعة. وطالت الضربات مخزنا قرب الميادين.", "2024-01-23", [("us_strike", "2024-01-19")]),
    ("ev-militia-victims", "dev", _events, "وقتل ثلاثة من عناصر كتائب حزب الله بعد أن استهدفت مسيرة سيارتهم قرب القائم ليل الخميس.", "2024-01-23", [("us_strike", "2024-01-18")]),
    ("ev-threat-future-quote", "dev", _events, "وقال متحدث باسم الحركة إن \"المقاومة ستواصل استهداف القواعد الأميركية\".", "2024-01-23", [("threat", "")]),
    ("ev-other-same-day-two-places", "dev", _events, "وعثرت القوات الأمنية على منصة صواريخ قرب الرطبة الاثنين. وتلقى السوداني الاثنين اتصالا هاتفيا من بلينكن في بغداد.", "2024-01-23", [("other", "2024-01-22"), ("other", "2024-01-22")]),
    ("ev-series-told-first", "dev", _events, "ولم تسفر الضربات الأميركية الأخيرة التي استهدفت مواقع في البوكمال عن خسائر. ونفذت واشنطن ضربات على البوكمال في 3 كانون الثاني و9 كانون الثاني.", "2024-01-23", [("us_strike", ""), ("us_strike", "2024-01-03"), ("us_strike", "2024-01-09")]),
    ("ev-claim-verbal-noun-object", "dev", _events, "وأعلنت كتائب سيد الشهداء في بيان استهداف قاعدة حرير بصاروخين مساء الجمعة.", "2024-01-23", [("attack", "2024-01-19"), ("claim", "2024-01-19")]),
    ("ev-partial-downing-stays-attack", "dev", _events, "وتعرضت قاعدة التنف لهجوم بأربع مسيرات ليل الأحد، أسقطت ثلاث منها.", "2024-01-23", [("attack", "2024-01-21"), ("interception", "2024-01-21")]),
    ("ev-base-noun-no-verb", "dev", _events, "ولم يسفر الهجوم على قاعدة تل بيدر عن إصابات.", "2024-01-23", [("attack", "")]),
]


@pytest.mark.parametrize(
    "extract,text,published,expected",
    [pytest.param(fn, text, pub, exp, id=f"{origin}:{label}") for label, origin, fn, text, pub, exp in CASES],
)
def test_generalisation_case(extract, text, published, expected):
    assert extract(text, published) == sorted(expected)
