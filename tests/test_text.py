"""Tests of rasd.text: normalisation with offsets, sentences, tokens, clitics.

Origins: dev = written during development; bug = a bug caught.
"""

import pytest

from rasd.text import (
    clitic_variants,
    normalize,
    normalize_digits,
    normalize_str,
    split_sentences,
    tokenize,
)

NORMALISE_CASES = [
    # (form, origin, text, expected norm)
    ("dediac", "dev", "وسّعت", "وسعت"),
    ("tanween", "dev", "هجوماً", "هجوما"),
    ("alef-hamza-above", "dev", "أكد", "اكد"),
    ("alef-hamza-below", "dev", "إن", "ان"),
    ("alef-madda", "dev", "آلاف", "الاف"),
    ("alef-wasla", "dev", "ٱلقوات", "القوات"),
    ("alef-maksura", "dev", "على", "علي"),
    ("teh-marbuta", "dev", "قاعدة", "قاعده"),
    ("tatweel", "dev", "لـ130", "ل130"),
    ("arabic-indic-digits", "dev", "٢٥٠٠", "2500"),
    ("persian-digits", "dev", "۹۲", "92"),
    ("arabic-thousands-sep", "dev", "٢٬٥٠٠", "2,500"),
    ("arabic-comma", "dev", "بغداد، أربيل", "بغداد, اربيل"),
    ("guillemets", "dev", "«النجباء»", '"النجباء"'),
    ("curly-quotes", "dev", "“قسد”", '"قسد"'),
    ("rlm-removed", "dev", "قال\u200f إن", "قال ان"),
    ("zwnj-removed", "dev", "ال\u200cعراق", "العراق"),
    ("nbsp", "dev", "نحو\u00a02500", "نحو 2500"),
    ("presentation-form-lam-alef", "dev", "ﻻ", "لا"),
    ("latin-lower", "dev", "CENTCOM", "centcom"),
    ("persian-kaf-yeh", "dev", "کیف", "كيف"),
    ("question-mark", "dev", "لماذا؟", "لماذا?"),
    ("hamza-on-yeh-masoul", "press", "المسئولين الأمريكيين", "المسؤولين الامريكيين"),
    ("hamza-on-yeh-shuoun", "press", "شئون الدفاع", "شؤون الدفاع"),
    ("hamza-on-yeh-kept-elsewhere", "press", "لاجئون", "لاجئون"),
]


@pytest.mark.parametrize("form,origin,text,expected", NORMALISE_CASES)
def test_normalize(form, origin, text, expected):
    nt = normalize(text)
    assert nt.norm == expected
    assert normalize_str(text) == expected
    assert len(nt.offsets) == len(nt.norm) + 1


@pytest.mark.parametrize("form,origin,text,expected", NORMALISE_CASES)
def test_offsets_map_every_token_back_to_original(form, origin, text, expected):
    nt = normalize(text)
    for tok in tokenize(nt.norm):
        start, end = nt.to_original(tok.start, tok.end)
        assert 0 <= start <= end <= len(text)
        assert normalize_str(text[start:end]) == tok.text


EVIDENCE_CASES = [
    # (form, origin, text, normalised word, expected original evidence)
    ("diacritics-kept-in-evidence", "dev", "وقد وسّعت الفصائل", "وسعت", "وسّعت"),
    ("trailing-tanween-kept", "dev", "نفذت 92 هجوماً في", "هجوما", "هجوماً"),
    ("tatweel-inside", "dev", "قال لـ130 مرة", "ل130", "لـ130"),
    ("glued-digit-evidence", "press", "الفصائل أطلقت4 صواريخ", "اطلقت", "أطلقت"),
    ("after-rlm", "dev", "\u200fالعراق\u200f وسورية", "العراق", "العراق\u200f"),
    ("alef-folded", "dev", "في الأنبار غربا", "الانبار", "الأنبار"),
]


@pytest.mark.parametrize("form,origin,text,word,evidence", EVIDENCE_CASES)
def test_evidence_is_original_slice(form, origin, text, word, evidence):
    nt = normalize(text)
    i = nt.norm.index(word)
    assert nt.evidence(i, i + len(word)) == evidence
    a, b = nt.to_original(i, i + len(word))
    assert text[a:b] == evidence


def test_to_norm_inverts_to_original():
    text = "وسّعت الفصائلُ هجماتها"
    nt = normalize(text)
    for tok in tokenize(nt.norm):
        a, _ = nt.to_original(tok.start, tok.end)
        assert nt.to_norm(a) == tok.start


@pytest.mark.parametrize(
    "text,expected",
    [
        ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
        ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
        ("عام ٢٠٢٣م", "عام 2023م"),
    ],
)
def test_normalize_digits(text, expected):
    assert normalize_digits(text) == expected


SENTENCE_CASES = [
    # (form, origin, text, expected sentences)
    # session 21b: a dot glued between two words ends a sentence; dotted initials do not;
    # a dot before a content clause (أن / بأن) does not end the statement.
    ("glued-full-stop", "press", "قصفت طائرة مسيرة القاعدة.وقال المتحدث إنها سقطت.", ["قصفت طائرة مسيرة القاعدة.", "وقال المتحدث إنها سقطت."]),
    ("glued-full-stop-weekday", "dev", "وقع الهجوم مساء الأربعاء.وأشارت المصادر إلى خسائر.", ["وقع الهجوم مساء الأربعاء.", "وأشارت المصادر إلى خسائر."]),
    ("dotted-initials-glued", "trap", "أطلقوا قذائف آر.بي.جي على الموقع.", ["أطلقوا قذائف آر.بي.جي على الموقع."]),
    ("agency-initials", "trap", "نقلت أ.ف.ب عن مسؤول. وقال آخر.", ["نقلت أ.ف.ب عن مسؤول.", "وقال آخر."]),
    ("agency-initials-final-dot", "trap", "وقال لـ أ.ف.ب. إن الهجوم فشل.", ["وقال لـ أ.ف.ب. إن الهجوم فشل."]),
    ("dot-before-an", "press", "وكتب الوزير في تغريدة. أن صاروخين سقطا قرب المطار.", ["وكتب الوزير في تغريدة. أن صاروخين سقطا قرب المطار."]),
    ("dot-before-bian", "dev", "وأفاد مصدر أمني. بأن الهجوم لم يوقع إصابات.", ["وأفاد مصدر أمني. بأن الهجوم لم يوقع إصابات."]),
    ("dot-before-inna", "trap", "وقع الهجوم ليلا. إن الأمر خطير.", ["وقع الهجوم ليلا.", "إن الأمر خطير."]),
    ("latin-domain", "trap", "نقل موقع example.com الخبر.", ["نقل موقع example.com الخبر."]),
    ("full-stop", "dev", "قال المصدر ذلك. ثم غادر.", ["قال المصدر ذلك.", "ثم غادر."]),
    ("question-mark", "dev", "هل انتهى؟ لا أحد يعرف", ["هل انتهى؟", "لا أحد يعرف"]),
    ("exclamation", "dev", "يا له من يوم! وانتهى", ["يا له من يوم!", "وانتهى"]),
    ("arabic-semicolon", "dev", "وقعت الضربة؛ ولم تسفر عن خسائر", ["وقعت الضربة؛", "ولم تسفر عن خسائر"]),
    ("latin-semicolon", "dev", "انفجار أول; وانفجار ثان", ["انفجار أول;", "وانفجار ثان"]),
    ("newline", "dev", "عنوان فرعي\nوقال المصدر", ["عنوان فرعي", "وقال المصدر"]),
    ("date-dots", "dev", "في 11.11.2023 وقع هجوم.", ["في 11.11.2023 وقع هجوم."]),
    ("spaced-date-dots", "dev", "في 11 . 11 . 2023 وقع هجوم.", ["في 11 . 11 . 2023 وقع هجوم."]),
    ("thousands-dot", "dev", "نشرت 2.500 جندي. وانتهى", ["نشرت 2.500 جندي.", "وانتهى"]),
    ("decimal", "dev", "ارتفع 1.5 بالمئة. وانتهى", ["ارتفع 1.5 بالمئة.", "وانتهى"]),
    ("inside-quotes", "dev", 'وقال إن "الرد قادم. ولن نتراجع" ثم غادر.', ['وقال إن "الرد قادم. ولن نتراجع" ثم غادر.']),
    ("inside-guillemets", "dev", "قال «انتهى الأمر. لا عودة» وغادر.", ["قال «انتهى الأمر. لا عودة» وغادر."]),
    ("closing-quote-after-stop", "dev", 'وقال "انتهى الأمر." ثم غادر.', ['وقال "انتهى الأمر."', "ثم غادر."]),
    ("unbalanced-quote", "dev", 'وقال "انتهى. ثم غادر.', ['وقال "انتهى.', "ثم غادر."]),
    ("abbreviation", "dev", "وقال د. أحمد إن الوضع هادئ.", ["وقال د. أحمد إن الوضع هادئ."]),
    ("ellipsis", "dev", "وانتظر... ثم عاد.", ["وانتظر...", "ثم عاد."]),
    ("blank-lines", "dev", "الأول.\n\n\nالثاني.", ["الأول.", "الثاني."]),
]


@pytest.mark.parametrize("form,origin,text,expected", SENTENCE_CASES)
def test_split_sentences(form, origin, text, expected):
    sents = split_sentences(text)
    assert [s.text for s in sents] == expected
    for s in sents:
        assert text[s.start : s.end] == s.text


TOKEN_CASES = [
    # (form, origin, text, expected tokens)
    ("glued-tatweel-number", "dev", "لـ130", ["ل130"]),
    # --- session 24: a number glued to a word is read apart from it; a proclitic or the article stays (press) ---
    ("glued-verb-number", "press", "أطلقت4 صواريخ", ["اطلقت", "4", "صواريخ"]),
    ("glued-number-noun", "press", "تعرضت لـ61 هجومامنذ", ["تعرضت", "ل61", "هجومامنذ"]),
    ("glued-number-noun-plain", "press", "نفذت 52عملية", ["نفذت", "52", "عمليه"]),
    ("glued-indic-digit", "press", "بسقوط٣ صواريخ", ["بسقوط", "3", "صواريخ"]),
    ("glued-article-number", "trap", "الـ24 ساعة", ["ال24", "ساعه"]),
    ("glued-hijri-suffix", "trap", "1445هـ", ["1445ه"]),
    ("glued-latin-number", "trap", "مقاتلات F16", ["مقاتلات", "f16"]),
    ("glued-quote", "dev", 'بـ"الإرهابيين"', ["ب", "الارهابيين"]),
    ("punctuation", "dev", "بغداد، أربيل.", ["بغداد", "اربيل"]),
    ("digits-split-at-separator", "dev", "2,500", ["2", "500"]),
]


@pytest.mark.parametrize("form,origin,text,expected", TOKEN_CASES)
def test_tokenize(form, origin, text, expected):
    assert [t.text for t in tokenize(normalize_str(text))] == expected


def test_token_joined_only_across_spaces_and_quotes():
    toks = tokenize(normalize_str('قوات "سورية الديمقراطية"، قسد'))
    assert [t.joined for t in toks] == [False, True, True, False]


CLITIC_CASES = [
    # (form, origin, word, stem that must be proposed, prefix length)
    ("waw", "dev", "والعراق", "العراق", 1),
    ("fa", "dev", "فالقوات", "القوات", 1),
    ("ba-al", "dev", "بالعراق", "العراق", 1),
    ("lam-lam-article-restored", "dev", "للحرير", "الحرير", 1),
    ("lam-lam", "dev", "للعراق", "العراق", 1),
    ("waw-lam-lam", "dev", "وللقوات", "القوات", 2),
    ("waw-ba", "dev", "وبغداد", "بغداد", 1),
    ("waw-ba-al", "dev", "وبالانبار", "الانبار", 2),
    ("kaf", "dev", "كالعاده", "العاده", 1),
    ("lam-glued-number", "dev", "ل130", "130", 1),
    ("waw-digit", "dev", "و9", "9", 1),
    ("none", "dev", "بغداد", "بغداد", 0),
]


@pytest.mark.parametrize("form,origin,word,stem,plen", CLITIC_CASES)
def test_clitic_variants(form, origin, word, stem, plen):
    variants = clitic_variants(word)
    assert variants[0] == (0, word)
    assert (plen, stem) in variants


@pytest.mark.parametrize("word,stem", [("الحماس", "حماس"), ("بالعراق", "عراق"), ("القطر", "قطر")])
def test_clitic_variants_keep_the_article(word, stem):
    assert stem not in {s for _, s in clitic_variants(word)}


def test_clitic_variants_never_propose_one_letter_stems():
    assert all(len(stem) >= 2 for _, stem in clitic_variants("وبه"))
