"""More ways a sentence ties a base to a force, for :mod:`rasd.bases`.

A base noun that a force owns, then the place it stands at (after ``في``, a place noun or a
landmark word, which then does not make it a landmark): ``قاعدة الاحتلال الأمريكي في عين
الأسد``, ``منشأة عسكرية أمريكية في منطقة حقل كونيكو``, ``قاعدة للأمريكيين داخل مطار أربيل``.

A description of the base right after it, opened by ``وهو``/``وهي``, by ``الذي يعد``, or by
an indefinite base noun as predicate, that says a force is there: ``البرج 22، وهو موقع في أقصى شمال
شرقي الأردن يتمركز فيه جنود أميركيون``, ``حقل العمر، الذي يعد أكبر قواعد التحالف
الدولي``, ``قاعدة فكتوريا موقع عسكري يستضيف قوات أمريكية``.

An unnamed base with a presence clause, then the place it is at: ``قاعدة تتمركز فيها قوات
أمريكية …، في منطقة الرميلان``, ``قاعدة يتمركز فيها عسكريون أمريكيون … في محيط مطار أربيل``;
and forces stationed at a town that has a base: ``قوات التحالف المتمركزة في منطقة الرميلان``.

A base named, with a base noun, as one of the force's bases the sentence counted before:
``تعرضت القواعد الأمريكية في سوريا لـ65 هجوما، تصدرتها قاعدة حقل كونيكو …، ثم قاعدة العمر``,
``ويبلغ عدد القواعد الأمريكية تسعا، ست منها في الحسكة، … وقاعدة واحدة في التنف``.

A base that opens its sentence is the subject of a presence verb coordinated later in it:
``أما قاعدة عين الأسد فتقع في محافظة الأنبار، وتستضيف قوات أمريكية``.

A force that leaves a base was there: ``سحب كل جنودها من القاعدتين عين الأسد وفكتوريا``,
``بدأت القوات الأمريكية الانسحاب … انطلاقا من قاعدة عين الأسد``, ``رتلا عسكريا أمريكيا غادر قاعدة
حقل كونيكو``. The force is named before the base, near the withdrawal word (data/presence_context.yaml
``withdrawal_words``), and no other group is named after it (``انسحاب الفصائل من …`` is not a tie:
``other_groups`` and the actors of data/actors.yaml that are not on the US side).
"""

from __future__ import annotations

from rasd.base_founders import founded_clause_force
from rasd.base_locators import located_by_clitic, opens_with_ordinal
from rasd.base_predicates import founded_base_force, own_base_force, predicate_force
from rasd.base_threads import is_adverbial
from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import find_places, presence_verb_matcher
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = [
    "converted_force",
    "described_force",
    "listed_force",
    "located_base_force",
    "owned_base_force",
    "topic_force",
    "withdrawal_force",
]

_LEAVE_REACH = 8  # tokens between a withdrawal word and the base it leaves
_SUBJECT_REACH = 10  # tokens before a withdrawal word where the force that leaves is named
_LOCATOR_REACH = 2  # words between a base noun's force and the place ("في منطقة", "داخل")
_DESCRIPTION_REACH = 12  # tokens of a description after a base ("وهو موقع في … يتمركز فيه جنود")
_NAME_TAIL = 2  # words that may end a base's name before its description ("حقل العمر للنفط، وهو")
_VERB_FORCE_REACH = 8  # tokens after a presence verb where its force is named
_CLAUSE_PLACE_REACH = 15  # tokens between an unnamed base noun and the place its clause locates it at
_LIST_REACH = 25  # tokens between "القواعد الأمريكية" and a base named as one of them
_LIST_NOUN_REACH = 3  # tokens between the base noun that introduces a listed base and the base
_COPULA_REACH = 5  # tokens from "قواعد أمريكية" to the first base of a list it opens with "هي"
_TOPIC_REACH = 3  # tokens before a base that opens its sentence ("أما قاعدة …", "وتقع قاعدة …")
_TOPIC_VERB_REACH = 15  # tokens between such a base and the presence verb coordinated after it
_CONVERT_REACH = 20  # tokens between a base and the conversion verb that says a force made it its base
_CONVERT_FORCE_REACH = 4  # tokens between a conversion verb and its force ("حولته القوات الأميركية")
_CONVERT_TARGET_REACH = 8  # tokens between that force and "إلى قاعدة" ("معبر التنف إلى قاعدة عسكرية")
_TOPIC_SUBJECT_REACH = 3  # tokens between that verb and its force ("وتضم القاعدة مئات الجنود الأمريكيين")


def _conversion_at(tokens: list[Token], v: int) -> tuple[str, int] | None:
    """The force of ``حولته القوات الأمريكية إلى قاعدة`` at token ``v`` and where ``إلى`` is, or None.

    The force follows the verb within ``_CONVERT_FORCE_REACH`` tokens and ``إلى`` + a base noun
    follows the force within ``_CONVERT_TARGET_REACH`` tokens.
    """
    if not any(stem in presence_words("conversion_verbs") for _, stem in clitic_variants(tokens[v].text)):
        return None
    named = next(iter(force_matcher().find(tokens[v + 1 : v + 1 + _CONVERT_FORCE_REACH])), None)
    after = v + 1 + named.last_token if named is not None else v + 1
    if named is None:  # "كانت القوات الأمريكية قد حولت": the subject before the verb
        lo = max(0, v - _CONVERT_FORCE_REACH)
        named = next((f for f in force_matcher().find(tokens[lo:v]) if lo + f.last_token >= v - 2), None)
    if named is None:
        return None
    hi = min(after + _CONVERT_TARGET_REACH, len(tokens) - 1)
    to = next((k for k in range(after, hi) if tokens[k].text == "الي" and _base_noun(tokens[k + 1].text)), None)
    return None if to is None else (str(named.value), to)


def converted_force(tokens: list[Token], k_first: int, k_last: int, next_base: int | None) -> str | None:
    """The force a sentence says turned the base into a base of its own, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.
        k_last: Index of the base's last token.
        next_base: Index of the next base of the sentence, if any; a verb after it is that base's.

    Returns:
        The force of a conversion verb (data/presence_context.yaml ``conversion_verbs``) after
        the base and before the next one (``قاعدة المالكية، وهي مطار زراعي حولته القوات
        الأميركية إلى قاعدة لها``), or of one right before the base, whose object it is
        (``حولت القوات الأمريكية معبر التنف إلى قاعدة``).
    """
    hi = min(k_last + 1 + _CONVERT_REACH, next_base if next_base is not None else len(tokens), len(tokens))
    for v in range(k_last + 1, hi):
        found = _conversion_at(tokens, v)
        if found is not None and (next_base is None or next_base > found[1]):
            return found[0]  # not "… بعدما حولت القوات الأمريكية مطار أربيل إلى قاعدة": that verb's object
    for v in range(max(0, k_first - _CONVERT_FORCE_REACH - 2), k_first):
        found = _conversion_at(tokens, v)
        if found is not None and found[1] > k_last:
            return found[0]
    return None


def _is_withdrawal(word: str) -> bool:
    words = presence_words("withdrawal_words")
    return any(stem in words for _, stem in clitic_variants(word))


def _force_at(tokens: list[Token], j: int) -> PhraseMatch | None:
    """A force phrase starting at token ``j``: an adjective, a name, or ل + a name (``للأمريكيين``)."""
    if j >= len(tokens):
        return None
    return adjective_matcher().match_at(tokens, j) or force_matcher().match_at(tokens, j)


def owned_base_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of a base noun right before a place that locates it, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index (in ``tokens``) of the place's first token.

    Returns:
        The force of ``<base noun> [<qualifier>] <force> [في|منطقة|داخل|قرب …] <place>``
        (``قاعدة للأمريكيين داخل مطار أربيل``, ``منشأة عسكرية أمريكية في منطقة حقل كونيكو``);
        the words between are data/presence_context.yaml ``base_qualifiers``, ``list_links``
        and ``landmark_words``.
    """
    locators = presence_words("list_links") | presence_words("landmark_words") | {"في"}
    j = k_first
    while j > 0 and k_first - j < _LOCATOR_REACH and any(stem in locators for _, stem in clitic_variants(tokens[j - 1].text)):
        j -= 1
    for k in range(max(0, j - 6), j):
        if tokens[k].text not in presence_words("base_nouns"):
            continue
        start = k + 1 + (k + 1 < j and tokens[k + 1].text in presence_words("base_qualifiers"))
        force = _force_at(tokens, start)
        if force is not None and force.last_token == j - 1:
            return str(force.value)
    return None


def withdrawal_force(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch) -> str | None:
    """The force a sentence says leaves a base, or None.

    Args:
        doc: The article.
        sent: The sentence that names the base.
        tokens: Tokens of the sentence.
        m: The base's place match (document token indices).

    Returns:
        The force (``US``, ``coalition`` …) named before the base near a withdrawal word
        (``انسحاب``, ``سحب``, ``مغادرة``, ``غادر``), when the base follows that word directly or
        after ``من``; None otherwise.
    """
    k_first = m.first_token - sent.tok_lo
    leave = next(
        (k for k in range(k_first - 1, max(-1, k_first - 1 - _LEAVE_REACH), -1) if _is_withdrawal(tokens[k].text)), None
    )
    if leave is None:
        return None
    lo = max(0, leave - _SUBJECT_REACH)
    named = [*force_matcher().find(tokens[lo:k_first]), *adjective_matcher().find(tokens[lo:k_first])]
    if not named:
        return None
    in_force = {lo + k for f in named for k in range(f.first_token, f.last_token + 1)}
    between = [tokens[k].text for k in range(leave + 1, k_first) if k not in in_force and not is_adverbial(doc, sent, k)]
    if len(between) > 2 and "من" not in between:
        return None  # "غادر قاعدة X", "غادرت جميع القوات الأميركية قاعدة X", "الانسحاب … من قاعدة X"
    last = lo + max(f.last_token for f in named)
    force = next(f.value for f in named if lo + f.last_token == last)
    other_actor = any(
        last < a.first_token - sent.tok_lo < k_first and a.value.get("side") != "us_coalition"
        for a in doc.within(doc.actors, sent)
    )
    group_noun = any(
        stem in presence_words("other_groups") for t in tokens[last + 1 : k_first] for _, stem in clitic_variants(t.text)
    )
    return None if other_actor or group_noun else str(force)


def _description_start(tokens: list[Token], k_last: int) -> int | None:
    """Where a description of the base ending at ``k_last`` starts, or None when none follows it."""
    openers, verbs = presence_words("apposition_openers"), presence_words("describing_verbs")
    relatives, nouns = presence_words("relative_pronouns"), presence_words("base_nouns")
    for k in range(k_last + 1, min(k_last + 2 + _NAME_TAIL, len(tokens))):
        word = tokens[k].text
        if word in openers:
            return k + 1
        if word in relatives and k + 1 < len(tokens) and tokens[k + 1].text in verbs:
            return k + 2
        if word in nouns and k == k_last + 1 and not word.startswith("ال"):
            return k  # "قاعدة فكتوريا موقع عسكري يستضيف …": an indefinite base noun as predicate
    return None


def described_force(tokens: list[Token], k_last: int, next_base: int | None) -> str | None:
    """The force a description right after a base says is there, or None.

    Args:
        tokens: Tokens of the sentence.
        k_last: Index of the base's last token.
        next_base: Index of the first token of the next base in the sentence, if any; the
            description stops there.

    Returns:
        The force of a presence verb (``يتمركز فيه جنود أميركيون``) or of a base noun it
        owns (``أكبر قواعد التحالف الدولي``) inside the description opened by
        data/presence_context.yaml ``apposition_openers``, a relative pronoun and
        ``describing_verbs``, or an indefinite base noun, up to the next comma.
    """
    start = _description_start(tokens, k_last)
    if start is None:
        return None
    end = min(start + _DESCRIPTION_REACH, next_base if next_base is not None else len(tokens), len(tokens))
    end = next((k for k in range(start + 1, end) if not tokens[k].joined), end)  # up to the next comma
    for v in presence_verb_matcher().find(tokens[start:end]):
        after = tokens[start + v.last_token + 1 : start + v.last_token + 1 + _VERB_FORCE_REACH]
        named = next(iter(adjective_matcher().find(after)), None) or next(iter(force_matcher().find(after)), None)
        if named is not None:
            return str(named.value)
    for k in range(start, end):
        if any(stem in presence_words("base_nouns") for _, stem in clitic_variants(tokens[k].text)):
            force = _force_at(tokens, k + 1 + (k + 2 < end and tokens[k + 1].text in presence_words("base_qualifiers")))
            if force is not None and force.last_token < end:
                return str(force.value)
    return None


def topic_force(tokens: list[Token], k_first: int, k_last: int, next_base: int | None) -> str | None:
    """The force of a presence verb coordinated after a base that opens the sentence, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token (at most ``_TOPIC_REACH`` tokens in).
        k_last: Index of the base's last token.
        next_base: Index of the next base of the sentence, if any; the verb must come before it.

    Returns:
        The force named after a ``و``-prefixed presence verb whose subject is the host place
        (``place: before`` in data/presence_verbs.yaml: ``وتستضيف``, ``وتضم``), as in ``أما قاعدة
        عين الأسد فتقع في الأنبار، وتستضيف قوات أمريكية``.
    """
    openers = presence_words("topic_openers") | presence_words("base_nouns")
    lead = int(k_first > 1 and not tokens[1].joined)  # a one-word label and a mark: "العراق: تعتبر قاعدة …"
    if k_first - lead > _TOPIC_REACH or any(
        not any(stem in openers for _, stem in clitic_variants(t.text)) for t in tokens[lead:k_first]
    ):
        return None  # "أما قاعدة …", "وتقع قاعدة …"; not "وقصفت الفصائل قاعدة …"
    hi = min(k_last + 1 + _TOPIC_VERB_REACH, next_base if next_base is not None else len(tokens))
    for v in presence_verb_matcher().find(tokens):
        if not (k_last < v.first_token < hi and v.value.get("place") == "before"):
            continue
        if not tokens[v.first_token].text.startswith("و") or tokens[v.first_token].joined:
            continue  # a new clause after a comma, not "… التي تضم"
        after = tokens[v.last_token + 1 : v.last_token + 1 + _VERB_FORCE_REACH]
        named = next(iter(adjective_matcher().find(after)), None) or next(iter(force_matcher().find(after)), None)
        if named is not None and named.first_token <= _TOPIC_SUBJECT_REACH and not _other_host(after[: named.first_token]):
            return str(named.value)
    return predicate_force(tokens, k_last, next_base if next_base is not None else len(tokens))  # "من كبرى القواعد الأمريكية"


def _other_host(subject: list[Token]) -> bool:
    """Words between a presence verb and its force that name another host (``وتستضيف أربيل``, ``المدينة``)."""
    lead = subject[0].text if subject else ""
    definite = lead.startswith("ال") and lead not in presence_words("base_anaphors")
    return bool(find_places(subject)) or definite


def _base_noun(word: str) -> bool:
    return any(stem in presence_words("base_nouns") for _, stem in clitic_variants(word))


def listed_force(tokens: list[Token], k_first: int) -> str | None:
    """The force of the bases a sentence counted before a base it then names as one of them, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        The force of ``<base noun> <force>`` (``القواعد الأمريكية``, ``قاعدة أمريكية``) when a
        data/presence_context.yaml ``part_openers`` word (``منها``, ``أبرزها``, ``تصدرتها``) comes
        after it and a base noun introduces the base (``قاعدة حقل كونيكو``, ``وقاعدة واحدة في التنف``),
        or when a ``list_copulas`` or ``part_openers`` word right before the base lists them
        (``قواعد أمريكية هي الشدادي``, ``قواعد الجيش الأمريكي في سوريا ومنها الشدادي``).
    """
    lead = presence_words("list_copulas") | presence_words("part_openers")  # "قواعد أمريكية ومنها الشدادي والتنف"
    copula = k_first > 0 and (tokens[k_first - 1].text in lead or opens_with_ordinal(tokens, k_first))
    if not copula and not any(_base_noun(t.text) for t in tokens[max(0, k_first - _LIST_NOUN_REACH) : k_first + 1]):
        return None
    for p in range(k_first - 1, max(-1, k_first - 1 - _LIST_REACH), -1):
        if not _base_noun(tokens[p].text):
            continue
        force = _force_at(tokens, p + 1)
        if force is None or force.last_token >= k_first:
            continue
        between = tokens[force.last_token + 1 : k_first]
        if any(t.text in presence_words("part_openers") for t in between):
            return str(force.value)
        if copula and len(between) <= _COPULA_REACH:
            return str(force.value)  # "ثلاث قواعد أمريكية في سوريا هي الشدادي والتنف"
    return None


def _locator_start(tokens: list[Token], k_first: int) -> int:
    """First of the words before a place that locate something at it (``في منطقة``, ``في محيط``)."""
    locators = presence_words("list_links") | presence_words("landmark_words") | {"في"}
    j = k_first
    while j > 0 and k_first - j <= _LOCATOR_REACH and any(stem in locators for _, stem in clitic_variants(tokens[j - 1].text)):
        j -= 1
    return j


def located_base_force(tokens: list[Token], k_first: int) -> str | None:
    """The force at a place that a sentence says hosts an unnamed base or a stationed force, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the place's first token.

    Returns:
        The force of ``<indefinite base noun> <presence verb> … <force> … في [منطقة|محيط] <place>``
        (``قاعدة تتمركز فيها قوات أمريكية … في منطقة الرميلان``) or of ``<force> <presence
        participle> في [منطقة] <place>`` (``قوات التحالف الدولي المتمركزة في منطقة الرميلان``),
        with no other place between.
    """
    founded = founded_clause_force(tokens, k_first)  # "قاعدة عسكرية أقامتها القوات الأمريكية على أطراف مدينة الشدادي"
    if founded is not None:
        return founded
    j = _locator_start(tokens, k_first)
    clitic = j == k_first and located_by_clitic(tokens, k_first)  # "… تتمركز فيها قوات أميركية بمدينة إربيل"
    if j == k_first and not clitic:
        return None
    inside = _inside_unnamed_base(tokens, j) or own_base_force(tokens, j) or founded_base_force(tokens, j)  # "قاعدتها في", "تبني قاعدة في"
    if inside is not None or ("في" not in {t.text for t in tokens[j:k_first]} and not clitic):
        return inside
    for v in presence_verb_matcher().find(tokens[max(0, j - _CLAUSE_PLACE_REACH) : j]):
        lo = max(0, j - _CLAUSE_PLACE_REACH)
        v_first, v_last = lo + v.first_token, lo + v.last_token
        if any(_could_host(p) for p in find_places(tokens[v_last + 1 : j])):
            continue
        if _clause_head_is_base(tokens, v_first):  # "قاعدة تتمركز فيها قوات", "القاعدة العسكرية التي توجد فيها قوات"
            after = tokens[v_last + 1 : j]
            named = next(iter(adjective_matcher().find(after)), None) or next(iter(force_matcher().find(after)), None)
            if named is not None:
                return str(named.value)
        elif v.value.get("kind") == "participle" and v_last == j - 1:
            before = tokens[max(0, v_first - 4) : v_first]  # "قوات التحالف الدولي المتمركزة في …"
            named = [*adjective_matcher().find(before), *force_matcher().find(before)]
            if named:
                return str(max(named, key=lambda f: f.last_token).value)
    return None


def _clause_head_is_base(tokens: list[Token], v_first: int) -> bool:
    """An indefinite base noun right before the verb, or a definite one before its relative pronoun."""
    k = v_first - 1
    relative = k >= 0 and tokens[k].text in presence_words("relative_pronouns")
    k -= relative
    while k > 0 and tokens[k].text in presence_words("base_qualifiers"):
        k -= 1
    noun = tokens[k].text if k >= 0 else ""
    return _base_noun(noun) and (relative or not noun.removeprefix("و").startswith("ال"))


def _could_host(place: PhraseMatch) -> bool:
    """A place that could be where a base stands (not a country, a region or a US city)."""
    return place.value["type"] not in {"country", "region", "governorate", "area"} and place.value["country"] != "United States"


def _inside_unnamed_base(tokens: list[Token], j: int) -> str | None:
    """The force stationed in an unnamed base right before the locator at ``j``.

    ``قوات أمريكية منتشرة في قاعدة عسكرية داخل مطار أربيل``: a presence word, ``في`` and an
    indefinite base noun (with a qualifier) stand right before ``داخل``.
    """
    b = j - 1 - (j > 1 and tokens[j - 1].text in presence_words("base_qualifiers"))
    if b < 2 or not _base_noun(tokens[b].text) or tokens[b].text.startswith("ال") or tokens[b - 1].text != "في":
        return None
    verb = next((v for v in presence_verb_matcher().find(tokens[: b - 1]) if v.last_token == b - 2), None)
    if verb is None:
        return None
    before = tokens[max(0, verb.first_token - 4) : verb.first_token]
    named = [*adjective_matcher().find(before), *force_matcher().find(before)]
    return str(max(named, key=lambda f: f.last_token).value) if named else None
