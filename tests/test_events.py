"""Event extraction on the case table.

Rows match on type and date (or, when the case gives no date, type and the
expected place occurring in the row's place or target), as in the gold
scoring; the per-case test also checks the other fields the case gives.
"""

import pytest
from cases.figures_cases import (
    EVENT_CASES,
    EVENT_PLACE_CASES,
    HEADLINE_EVENT_CASES,
    LAYOUT_EVENT_CASES,
)
from conftest import make_doc, table_f1

from rasd.attacks import extract_attack_counts
from rasd.doc import build_doc
from rasd.evaluate import fold
from rasd.events import extract_events
from rasd.statements import extract_statements
from rasd.structure import Paragraph, analyse_text

KNOWN_FAILURES: dict[str, str] = {
    "trap-forces-in-base-ongoing": "session 26: a verb of continuing with a time span («تواصل … منذ أشهر استهداف») makes the act habitual; not recognised, as with the base noun form («استهداف القاعدة الأمريكية في»)",
    "undated-other-weekday": "withdrawn in session 23 (ev23d): keeping acts with different unresolved days apart added rows on the real sets (REAL-ALL3 events 0.737 -> 0.735) and no tp on the stripped copies: the split rows mostly lack the gold place",
    "crossing-commercial-trap": "a convoy noun (شاحنات) moving is read as a US convoy even when civil, as with وصلت",
    "reached-it-drone-strike-on-base": "a strike noun (ضربة) with a drone after طالها/طالتها and no US actor is typed a US strike (air means), as before session 19b for طالها",
    "joined-site-before-base": "the row takes the base named second as its place (a base is preferred), so the embassy named first gets no row of its own",
    "objected-subject-between-trap": "the objection reading (اعترض … على) is tested only right after the verb: a subject between them makes it an interception",
    "timeline-present-tense-line": "a timeline line in headline style with a present-tense verb («ثلاث طائرات مسيرة تهاجم قاعدة التنف») gives no row: present-tense verbs are no triggers, as they are habitual in prose; left in session 25 (ev25a)",
    "air-bombardment-noun-on-faction": "an air bombardment noun with its adjective as subject («قصفا جويا استهدف … مقار للكتائب») is typed an attack: the group named after the target is read as the actor; left in session 25 (ev25a)",
    "other-suspension": "the subject of a verbal-noun trigger (تعليق عملياتها) is taken after it, where the object stands",
    "sequel-after-dated-summary": "a dated summary with no verb of attack («وشهد مساء الأحد ثلاث هجمات») is read by the lead path (rasd.salvo_details), which does not look for a sequel act («تلاها هجوم صباح الاثنين»): left in session 24 (ev24c)",
    "threat-decided-response-on-attack": "session 27: «قرر الرد على الهجوم» opens a response clause at «الرد», so the decision stands inside it and gives no threat row (only the act answered); «وقرر الرد» alone is read",
    "returned-fire-joined-verb": "ردت needs a ب + means; a strike verb joined after what is answered (واستهدفت) is not read as its means, and the row would be anaphoric (القصف after it): tried in session 24 (ev24), it gave US strikes with no place on ev24_real (events 0.753 -> 0.745) and was withdrawn",
}
# Fields compared when the case gives them (the weapon as a set: "rocket+drone" = "drone+rocket").
_CHECKED = ("actor", "weapon", "killed", "injured", "claimed", "date_expr")


def _rows(sentence, published):
    doc = make_doc(sentence, published)
    doc.statements = extract_statements(doc)  # as the pipeline does: events read the statements
    doc.attack_counts = extract_attack_counts(doc)  # and the attack counts (a tally is an event)
    return extract_events(doc)


def _matches(expected, row):
    if expected["type"] != row["type"]:
        return False
    if expected.get("date"):
        return expected["date"] == row["date"]
    place = fold(expected.get("place"))
    return place in fold(row["place"]) or place in fold(row["target"])


def _pair(expected_rows, rows):
    """Greedy one-to-one matching; returns (matched pairs, misses, extras)."""
    used, pairs, misses = set(), [], []
    for e in expected_rows:
        hit = next((i for i, r in enumerate(rows) if i not in used and _matches(e, r)), None)
        if hit is None:
            misses.append(e)
        else:
            used.add(hit)
            pairs.append((e, rows[hit]))
    return pairs, misses, [r for i, r in enumerate(rows) if i not in used]


def _params():
    for label, origin, sentence, published, expected in EVENT_CASES:
        marks = [pytest.mark.xfail(reason=KNOWN_FAILURES[label])] if label in KNOWN_FAILURES else []
        yield pytest.param(sentence, published, expected, id=f"{origin}:{label}", marks=marks)


@pytest.mark.parametrize("sentence,published,expected", list(_params()))
def test_event_case(sentence, published, expected):
    pairs, misses, extras = _pair(expected, _rows(sentence, published))
    assert not misses and not extras, (misses, extras)
    for e, r in pairs:
        for field in _CHECKED:
            if field == "weapon" and e.get("weapon"):
                assert set(r["weapon"].split("+")) == set(e["weapon"].split("+"))
            elif field == "actor" and e.get("actor"):
                got, want = fold(r["actor"]), fold(e["actor"])
                assert got and (want in got or got in want), (got, want)
            elif field in e:
                got = r[field]
                assert (fold(got) if isinstance(got, str) else got) == (
                    fold(e[field]) if isinstance(e[field], str) else e[field]
                ), field


@pytest.mark.parametrize(
    "headline,body,published,expected",
    [pytest.param(h, b, p, e, id=f"{o}:{label}") for label, o, h, b, p, e in HEADLINE_EVENT_CASES],
)
def test_headline_event_case(headline, body, published, expected):
    text = f"{headline}\n\n{body}"
    paragraphs = [Paragraph("headline", headline, 0, len(headline)), Paragraph("body", body, len(headline) + 2, len(text))]
    doc = build_doc({"article_id": "case", "text": text, "published": published, "paragraphs": paragraphs})
    doc.statements = extract_statements(doc)
    doc.attack_counts = extract_attack_counts(doc)
    pairs, misses, extras = _pair(expected, extract_events(doc))
    assert not misses and not extras, (misses, extras)
    for e, r in pairs:
        if "date_expr" in e:
            assert fold(r["date_expr"]) == fold(e["date_expr"])


@pytest.mark.parametrize(
    "text,published,expected", [pytest.param(t, p, e, id=f"{o}:{label}") for label, o, t, p, e in LAYOUT_EVENT_CASES]
)
def test_layout_event_case(text, published, expected):
    doc = build_doc({"article_id": "case", "text": text, "published": published, "paragraphs": analyse_text(text).paragraphs})
    doc.statements = extract_statements(doc)
    doc.attack_counts = extract_attack_counts(doc)
    pairs, misses, extras = _pair(expected, extract_events(doc))
    assert not misses and not extras, (misses, extras)
    for e, r in pairs:
        if "date_expr" in e:
            assert fold(r["date_expr"]) == fold(e["date_expr"])


@pytest.mark.parametrize(
    "sentence,place", [pytest.param(s, p, id=f"{o}:{label}") for label, o, s, p in EVENT_PLACE_CASES]
)
def test_event_place_case(sentence, place):
    rows = _rows(sentence, None)
    assert rows and rows[0]["place"] == place, [(r["type"], r["place"]) for r in rows]


def test_events_f1_on_cases():
    tp = fp = fn = 0
    for _, _, sentence, published, expected in EVENT_CASES:
        pairs, misses, extras = _pair(expected, _rows(sentence, published))
        tp, fp, fn = tp + len(pairs), fp + len(extras), fn + len(misses)
    precision, recall, f1 = table_f1([([1] * tp, [1] * tp + [0] * fp), ([2] * fn, [])])
    print(f"events on {len(EVENT_CASES)} cases: P={precision:.3f} R={recall:.3f} F1={f1:.3f}")
    assert f1 >= 0.8


# The target of a threat, one case per line: (label, origin, sentence, expected target).
THREAT_TARGET_CASES = [
    # session 22: a US subject a word before the trigger («الولايات المتحدة تحتفظ بالحق في الرد») threatens (press, ev22c)
    ("us-subject-keeps-right", "press", "وأكد الوزير أن الولايات المتحدة تحتفظ بالحق في الرد ضد الفصائل التي تهاجم قواتها.", "ضد الفصائل التي تهاجم قواتها"),
    ("revenge-from", "dev", "وتوعدت فصائل مسلحة قريبة من إيران بالثأر من واشنطن، وقالت إن ردها قادم.", "واشنطن"),
    ("object-before-means", "dev", "وتوعدت حركة النجباء واشنطن بالثأر لمقتل قائدها.", "واشنطن"),
    ("strike-means-object", "dev", "وتوعدت الكتائب بضرب المصالح الأمريكية في المنطقة، إذا استمر القصف.", "المصالح الأمريكية في المنطقة"),
    ("us-named-in-sentence", "dev", "واتهم المتحدث باسم الفصيل واشنطن بالوقوف وراء الضربة، وتوعدوا بالثأر.", "واشنطن"),
    ("trap-us-threatens", "trap", "وتوعد الرئيس الأمريكي بضرب الفصائل المدعومة من إيران في سوريا.", "الفصائل المدعومة من إيران في سوريا"),
    ("trap-us-speaker", "trap", "وقال المتحدث باسم البنتاغون: سنرد في الوقت والمكان المناسبين على أي هجوم.", ""),
    # session 27: a trigger followed by its predicate («الرد سيكون حاسما») names no target (None: an empty target; bug)
    ("predicate-response-will-be", "bug", "وقال القائد إنه إذا ما تعرضت قواتنا لهجوم فإن الرد سيكون حاسما.", None),
    ("predicate-followed-by-reply", "bug", "وقال المتحدث إن أي هجوم جديد سيعقبه رد قاس ومؤلم.", None),
]


@pytest.mark.parametrize("sentence,target", [pytest.param(s, t, id=f"{o}:{k}") for k, o, s, t in THREAT_TARGET_CASES])
def test_threat_target(sentence, target):
    threats = [r for r in _rows(sentence, "2024-01-09") if r["type"] == "threat"]
    assert len(threats) == 1
    if target is None:
        assert threats[0]["target"] == ""
    elif target:
        assert threats[0]["target"] == target
    else:
        assert "واشنطن" not in threats[0]["target"] and "البنتاغون" not in threats[0]["target"]
