"""Bases a sentence calls one of a force's bases, for :mod:`rasd.base_ties`.

A base that opens its sentence as its topic, with a predicate that counts it among a force's bases:
``وتعد قاعدة الشدادي من كبرى القواعد الأمريكية شرقي سوريا``, ``وتعتبر قاعدة عين الأسد ثانية أكبر
قاعدة للقوات الجوية الأمريكية``, or a description coordinated after it (``وتقع قاعدة حرير شرق
أربيل، وتعتبر قاعدة جوية للعمليات الخاصة الأمريكية``). The predicate opens with a word of
data/presence_context.yaml ``predicate_heads`` (``من``, ``أكبر``, ``إحدى``) or with the base noun itself.

The predicate may follow where the base is (``وتعد قاعدة حقول الجبسة في مدينة الشدادي من أكبر القواعد
الأمريكية``) or a describing verb with no و (``ويذكر أن قاعدة الحرير تعد من أكبر القواعد
الأميركية``), and its base noun may name the force in a presence clause of its own (``واحدة من كبرى
القواعد التي تنتشر فيها قوات الاحتلال الأمريكي``). The same predicate set off by a comma right after
a base anywhere in the sentence is an apposition (``استهدفت مسيرة حقل العمر، أكبر قواعد الاحتلال
الأمريكي في سوريا``).

A base a force owns, named by a base noun with a possessive pronoun before the place it is at:
``أرسلت القوات الأمريكية تعزيزات إلى قاعدتها في مدينة الشدادي``, ``بدأت واشنطن توسيع قاعدتها
العسكرية في بلدة الشدادي``. The pronoun points to the force named last before it.

A base a force founds, named by an indefinite base noun after a founding word, before the town it is
in: ``وتبني الولايات المتحدة قاعدة عسكرية ضخمة في مدينة الشدادي`` (a plan to found one is left out
by :func:`rasd.base_cues.is_planned`).
"""

from __future__ import annotations

from rasd.base_parts import founded_part_force
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["apposition_force", "founded_base_force", "own_base_force", "predicate_force"]

_PREDICATE_REACH = 4  # words between a topic base and the base noun of its predicate
_COORDINATED_REACH = 15  # tokens between a topic base and a describing verb coordinated after it
_NOUN_FORCE_REACH = 5  # tokens between the predicate's base noun and its force ("قاعدة جوية للعمليات الخاصة للقوات الجوية الأمريكية")
_OWNER_REACH = 30  # tokens before a possessed base noun where the force it points to is named (its subject may stand past a long object)
_LOCATOR_REACH = 3  # words of the place after "في" between a topic base and its predicate
_CLAUSE_FORCE_REACH = 5  # tokens after the presence verb of the base noun's own clause where its force is named
_FOUNDER_REACH = 4  # tokens between a founding word and the base noun it founds (its subject between)
_DELAYED_REACH = 20  # tokens of the clauses that describe a topic base before the comma that ends them
_POSSESSIVES = ("ها", "هم", "ه")  # pronouns attached to a base noun ("قاعدتها", "قواعدهم", "مقره")


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _base_noun(word: str) -> bool:
    nouns = presence_words("base_nouns") | presence_words("plural_base_nouns")
    return bool(_stems(word) & nouns)


def _first_force(tokens: list[Token], lo: int, hi: int) -> PhraseMatch | None:
    window = tokens[lo:hi]
    found = [*adjective_matcher().find(window), *force_matcher().find(window)]
    return min(found, key=lambda f: f.first_token) if found else None


def _predicate_at(tokens: list[Token], k: int, hi: int) -> str | None:
    """The force of a predicate that starts at token ``k``: ``من كبرى القواعد الأمريكية``."""
    heads = presence_words("predicate_heads")
    j = k
    while j < hi and j - k < _PREDICATE_REACH and not _base_noun(tokens[j].text):
        if not _stems(tokens[j].text) & heads:
            return None
        j += 1
    if j >= hi or not _base_noun(tokens[j].text):
        return None
    named = _first_force(tokens, j + 1, min(j + 1 + _NOUN_FORCE_REACH + 1, hi))
    if named is not None and named.first_token <= _NOUN_FORCE_REACH:
        return str(named.value)
    return _clause_force(tokens, j + 1, hi)


def _clause_force(tokens: list[Token], r: int, hi: int) -> str | None:
    """The force of a presence clause that opens at ``r`` with a relative pronoun (``التي تنتشر فيها قوات``)."""
    if r >= hi or tokens[r].text not in presence_words("relative_pronouns"):
        return None
    verb = presence_verb_matcher().match_at(tokens, r + 1)
    if verb is None:
        return None
    after = verb.last_token + 1 + (verb.last_token + 1 < hi and tokens[verb.last_token + 1].text in presence_words("resumptive_pronouns"))
    named = _first_force(tokens, after, min(after + _CLAUSE_FORCE_REACH, hi))
    return str(named.value) if named is not None else None


def predicate_force(tokens: list[Token], k_last: int, hi: int) -> str | None:
    """The force of a predicate that counts a topic base among the force's bases, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the base's last token (the caller checked that it opens the sentence).
        hi: Index where the base's part of the sentence ends (the next base, or the end).

    Returns:
        The force of a predicate right after the base and its qualifiers (``قاعدة الشدادي من
        كبرى القواعد الأمريكية``), or right after a describing verb coordinated later (``،
        وتعتبر قاعدة جوية للعمليات الخاصة الأمريكية``).
    """
    k = k_last + 1
    while k < hi and tokens[k].text in presence_words("base_qualifiers"):
        k += 1
    verbs = presence_words("describing_verbs")
    force = _predicate_at(tokens, k + (k < hi and tokens[k].text in verbs), hi)  # "قاعدة الحرير تعد من أكبر"
    if force is None and k < hi and tokens[k].text in presence_words("locator_words"):  # "في مدينة الشدادي", "بمدينة الشدادي"
        force = next((f for j in range(k + 2, min(k + 2 + _LOCATOR_REACH, hi)) if (f := _predicate_at(tokens, j, hi))), None)
    if force is not None:
        return force
    delayed = _delayed_predicate(tokens, k_last, hi)  # "تعتبر قاعدة X الواقعة في …، ثانية أكبر قاعدة للقوات"
    if delayed is not None:
        return delayed
    for v in range(k, min(k_last + 1 + _COORDINATED_REACH, hi)):
        word = tokens[v].text
        if word.startswith("و") and word[1:] in verbs:
            return _predicate_at(tokens, v + 1, hi)
    return None


def _delayed_predicate(tokens: list[Token], k_last: int, hi: int) -> str | None:
    """The predicate a describing verb before the base still waits for, after the comma that ends its description.

    ``تُعتبر قاعدة عين الأسد الواقعة في الأنبار وتبعد 180 كلم عن بغداد، ثانية أكبر قاعدة للقوات
    الجوية الأمريكية``: only the first comma (or other mark) after the base is tried.
    """
    if not any(_stems(t.text) & presence_words("describing_verbs") for t in tokens[:k_last]):
        return None
    for j in range(k_last + 2, min(k_last + 1 + _DELAYED_REACH, hi)):
        if not tokens[j].joined:
            return _predicate_at(tokens, j, hi)
    return None


def apposition_force(tokens: list[Token], k_last: int, hi: int) -> str | None:
    """The force of a predicate set off by a comma right after a base, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the base's last token.
        hi: Index where the base's part of the sentence ends (the next base, or the end).

    Returns:
        The force of ``، أكبر قواعد الاحتلال الأمريكي`` or ``، إحدى القواعد الأمريكية`` right after
        the base (a predicate head is required: a bare base noun after a comma opens a list).
    """
    k = k_last + 1
    if k >= hi or tokens[k].joined or not {stem for _, stem in clitic_variants(tokens[k].text)} & presence_words("predicate_heads"):
        return None
    return _predicate_at(tokens, k, hi)


def _possessed_noun(word: str) -> bool:
    """A base noun with a possessive pronoun (``قاعدتها``, ``قواعدهم``)."""
    for stem in _stems(word):
        for pronoun in _POSSESSIVES:
            if stem.endswith(pronoun) and len(stem) > len(pronoun) + 2:
                bare = stem.removesuffix(pronoun)
                if _base_noun(bare) or (bare.endswith("ت") and _base_noun(bare[:-1] + "ه")):
                    return True
    return False


def own_base_force(tokens: list[Token], j: int) -> str | None:
    """The force a possessed base noun right before the locator at ``j`` points to, or None.

    Args:
        tokens: Tokens of the sentence.
        j: Index of the first locator word (``في``) before the place.

    Returns:
        The force named last before ``قاعدتها`` (with a qualifier, ``قاعدتها العسكرية``), with no
        armed group (data/presence_context.yaml ``other_groups``) named between them.
    """
    b = j - 1 - (j > 1 and tokens[j - 1].text in presence_words("base_qualifiers"))
    if b < 1 or not _possessed_noun(tokens[b].text):
        return None
    lo = max(0, b - _OWNER_REACH)
    found = [*adjective_matcher().find(tokens[lo:b]), *force_matcher().find(tokens[lo:b])]
    if not found:
        return None
    last = max(found, key=lambda f: f.last_token)
    between = tokens[lo + last.last_token + 1 : b]
    if any(_stems(t.text) & presence_words("other_groups") for t in between):
        return None
    return str(last.value)


def founded_base_force(tokens: list[Token], j: int) -> str | None:
    """The force that founds the base noun right before the locator at ``j``, or None.

    Args:
        tokens: Tokens of the sentence.
        j: Index of the first locator word (``في``) before the place.

    Returns:
        The force named last in the ``_OWNER_REACH`` tokens before a founding word
        (data/presence_context.yaml ``founding_words``, with its verbs ``تبني``, ``أنشأت``) that
        stands right before an indefinite base noun and its qualifiers (``قاعدة عسكرية ضخمة``).
    """
    b = j - 1
    while b > 0 and tokens[b].text in presence_words("base_qualifiers") | presence_words("founded_qualifiers"):
        b -= 1
    if b < 1 or not _base_noun(tokens[b].text) or tokens[b].text.startswith("ال"):
        return None
    founding = presence_words("founding_words") | presence_words("founding_verbs")
    f = next((k for k in range(b - 1, max(-1, b - 1 - _FOUNDER_REACH), -1) if _stems(tokens[k].text) & founding), None)
    if f is None:  # "وتبني الولايات المتحدة قاعدة": the subject may stand between the verb and the noun
        return founded_part_force(tokens, b)  # "لبناء قواعد بمناطق تحت سيطرتها، ومنها قاعدة قرب سنجار"
    lo = max(0, f - _OWNER_REACH)
    found = [*adjective_matcher().find(tokens[lo:b]), *force_matcher().find(tokens[lo:b])]
    if not found:
        return None
    last = max(found, key=lambda f: f.last_token)
    if any(_stems(t.text) & presence_words("other_groups") for t in tokens[lo + last.last_token + 1 : b]):
        return None  # "وبنت الفصائل قاعدة": the armed group founds it
    return str(last.value)
