"""Troops, convoys and reinforcements of a force that reach or leave a base, for :mod:`rasd.bases`.

A force that sends troops or supplies to a base, or moves them out of it, is there: ``وصلت
تعزيزات عسكرية أمريكية إلى قاعدة عين الأسد``, ``أرسلت القوات الأمريكية تعزيزات إلى حقل العمر``,
``خرج رتل عسكري أمريكي من قاعدة عين الأسد``, ``أدخل الجيش الأمريكي رتلا … إلى قاعدته``. The
sentence names a movement word (data/presence_context.yaml ``movement_words``), what moves (a
troop or convoy noun, ``movement_cargo``), and the force (an adjective or a name) before the base,
and the base follows a preposition of direction (``movement_preps``) or the movement word itself
(``دخل رتل أمريكي قاعدة التنف``); with no force before the base, troops and their force right after
it are the subject (``ووصلت إلى قاعدة رميلان الجوية قوة من مشاة البحرية الأمريكية``), also after what
only says where the base is and when (``وصلت إلى قاعدة الشدادي بمحافظة الحسكة، يوم الأربعاء، قافلة
عسكرية أمريكية``). A counting base noun may stand between the preposition and the bases (``متجها إلى
قاعدتي حقل العمر وكونيكو``), and so may a base noun located by ``في`` and a village or area noun
(``إلى القاعدة العسكرية في قرية قسرك``: :mod:`rasd.base_site_lists`). A participle of movement (``متجهة``) describes a convoy named further back,
with its force (``أخرجت القوات الأمريكية قافلة من قاعدة عين الأسد متجهة إلى قاعدة التنف``). A force
that sends missiles or drones to a base attacks it and
names no cargo; an armed group named after the force (``نقلت الفصائل مقاتليها``) is the one that
moves.

A force named right before ``في`` and the base is there: ``هجوم على القوات الأمريكية وقوات التحالف
في قاعدة حرير`` (the US when the forces coordinated there name it); not a force that owns something
else there (``مقرا للتحالف الدولي في مطار أربيل``).
"""

from __future__ import annotations

from rasd.base_site_lists import unnamed_base_start
from rasd.base_threads import is_adverbial
from rasd.convoy_makeup import makeup_span
from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.text import Token, clitic_variants

__all__ = ["force_before_base", "moved_force"]

_MOVE_REACH = 8  # tokens between a movement word and the base it names
_SUBJECT_REACH = 6  # tokens before a movement word where the force that moves is named
_PARTICIPLE_REACH = 12  # tokens before a participle of movement (متجهة) where the convoy's force is named
_CHAIN_REACH = 6  # tokens before «في» where forces coordinated with the one right before it are named
_LATE_SUBJECT_REACH = 12  # tokens after a base, past where and when, where the troops that reach it are named
_DATIVE_PREFIXES = frozenset({"ل", "ول", "فل"})  # «ل» of direction joined to the base ("وصلت قوة أمريكية لقاعدة حرير")


def _stems(word: str) -> set[str]:
    return {stem for _, stem in clitic_variants(word)}


def _is_in(word: str, key: str) -> bool:
    return not _stems(word).isdisjoint(presence_words(key))


def _is_cargo(tokens: list[Token], k: int) -> bool:
    """A troop, convoy or aircraft noun at ``k``, not one of drones (``طائرات مسيرة``: data/presence_context.yaml ``not_cargo``)."""
    if not _is_in(tokens[k].text, "movement_cargo"):
        return False
    return k + 1 >= len(tokens) or tokens[k + 1].text not in presence_words("not_cargo")


def _direction_before(doc: Doc, sent: DocSentence, tokens: list[Token], k_first: int, dative: bool = False) -> int | None:
    """Index of the movement word whose goal or origin the base at ``k_first`` is, or None.

    ``dative`` is a «ل» joined to the base's first word, the goal of the movement word before it
    (``وصول قوة أمريكية لقاعدة حرير``).
    """
    k = unnamed_base_start(tokens, k_first) - 1  # "إلى القاعدة العسكرية في قرية قصرك"
    if dative:
        return next(
            (j for j in range(k, max(-1, k - _MOVE_REACH), -1) if _is_in(tokens[j].text, "movement_words")), None
        )
    while k >= 0 and is_adverbial(doc, sent, k):
        k -= 1
    if k > 0 and _is_in(tokens[k].text, "dual_base_nouns") | _is_in(tokens[k].text, "plural_base_nouns"):
        k -= 1  # "متجها إلى قاعدتي حقل العمر وكونيكو"
    if k < 0:
        return None
    if _is_in(tokens[k].text, "movement_words"):
        return k  # "دخل رتل أمريكي قاعدة التنف"
    if tokens[k].text not in presence_words("movement_preps"):
        return None
    reach = _MOVE_REACH + makeup_span(tokens, k)  # "قافلة مكونة من 20 شاحنة إلى قاعدة قسرك"
    return next((j for j in range(k - 1, max(-1, k - 1 - reach), -1) if _is_in(tokens[j].text, "movement_words")), None)


def _subject_after(tokens: list[Token], k_last: int) -> str | None:
    """The force of troops named right after the base, the subject of a verb before it.

    ``ووصلت إلى قاعدة رميلان الجوية قوة من مشاة البحرية الأمريكية``.
    """
    j = k_last + 1
    while j < len(tokens) and tokens[j].text in presence_words("base_qualifiers"):
        j += 1
    if j < len(tokens) and not _is_cargo(tokens, j):
        j = _late_subject(tokens, j)
    if j >= len(tokens) or not _is_cargo(tokens, j):
        return None
    window = tokens[j : j + _SUBJECT_REACH]
    named = next(iter(adjective_matcher().find(window)), None) or next(iter(force_matcher().find(window)), None)
    return str(named.value) if named is not None else None


def _late_subject(tokens: list[Token], j: int) -> int:
    """Index of the troop noun after a comma, past the words that say where and when, else ``len(tokens)``.

    ``إلى قاعدة "الشدادي النفطية" بمحافظة الحسكة، يوم الأربعاء 24 يناير، قافلة عسكرية``: the
    subject opens a stretch that follows a comma; nothing with a verb or another clause comes first.
    """
    stop = presence_words("movement_words") | presence_words("withdrawal_words")
    for k in range(j, min(j + _LATE_SUBJECT_REACH, len(tokens))):
        if _is_cargo(tokens, k):
            return k if not tokens[k].joined else len(tokens)
        if _stems(tokens[k].text) & stop or tokens[k].text.startswith("و") and not tokens[k].joined:
            break
    return len(tokens)


def _carries(tokens: list[Token], lo: int, k_first: int, move: int, named: list[PhraseMatch]) -> bool:
    """A cargo word between ``lo`` and the base, not inside a force phrase before the movement word."""
    in_force = {lo + k for f in named for k in range(f.first_token, f.last_token + 1)}
    return any(_is_cargo(tokens, k) for k in range(lo, k_first) if k not in in_force or k > move)


def _moves_convoy(tokens: list[Token], k: int) -> bool:
    """The force at ``k`` is the subject of a movement verb or describes a convoy noun right before it.

    ``أخرجت القوات الأمريكية قافلة``, ``قافلة عسكرية أمريكية``; not ``مسؤول أمريكي``.
    """
    j = k - 1
    if j >= 0 and _is_in(tokens[j].text, "movement_words") | _is_in(tokens[j].text, "withdrawal_words"):
        return True
    if j >= 1 and tokens[j].text in presence_words("base_qualifiers") | {"عسكريه", "عسكري"}:
        j -= 1
    return j >= 0 and _is_cargo(tokens, j)


def moved_force(doc: Doc, sent: DocSentence, tokens: list[Token], m: PhraseMatch) -> str | None:
    """The force whose troops or convoys a sentence says reach or leave a base, or None.

    Args:
        doc: The article.
        sent: The sentence that names the base.
        tokens: Tokens of the sentence.
        m: The base's place match (document token indices).

    Returns:
        The force named last before the base, from ``_SUBJECT_REACH`` tokens before the movement
        word on, when a cargo word (``تعزيزات``, ``رتل``, ``جنود``) is named in that stretch too
        or the force's troops are named after the movement word (``وصلت القوات الأمريكية إلى``),
        and no armed group or actor off the US side is named after the force.
    """
    k_first = m.first_token - sent.tok_lo
    move = _direction_before(doc, sent, tokens, k_first, m.prefix in _DATIVE_PREFIXES)
    if move is None:
        return None
    lo = max(0, move - _SUBJECT_REACH)
    named: list[PhraseMatch] = [*force_matcher().find(tokens[lo:k_first]), *adjective_matcher().find(tokens[lo:k_first])]
    if (not named or not _carries(tokens, lo, k_first, move, named)) and _is_in(tokens[move].text, "movement_participles"):
        lo = max(0, move - _PARTICIPLE_REACH)  # "أخرجت القوات الأمريكية قافلة من قاعدة عين الأسد متجهة إلى قاعدة التنف"
        found = [*force_matcher().find(tokens[lo:k_first]), *adjective_matcher().find(tokens[lo:k_first])]
        named = [f for f in found if _moves_convoy(tokens, lo + f.first_token)]
    if not named:
        return _subject_after(tokens, m.last_token - sent.tok_lo)
    if not _carries(tokens, lo, k_first, move, named):
        return None  # "ونقلت معداتها الى قسرك" moves no troops; "وصلت القوات الأمريكية الى": the force's troops
    last = lo + max(f.last_token for f in named)
    force = next(f.value for f in named if lo + f.last_token == last)
    if any(_is_in(t.text, "other_groups") for t in tokens[last + 1 : k_first]):
        return None
    other_actor = any(
        last < a.first_token - sent.tok_lo < k_first and a.value.get("side") != "us_coalition"
        for a in doc.within(doc.actors, sent)
    )
    return None if other_actor else str(force)


def _gathers_force(window: list[Token], force: PhraseMatch) -> bool:
    """Whether a noun of a post or gathering (``تجمعا``, ``مقرا``) stands right before a national force.

    The coalition alone (``مقرا للتحالف الدولي في مطار أربيل``) stays an owner: the held-out sets give
    a coalition-only base no row.
    """
    first = force.first_token
    return first > 0 and window[first - 1].text in presence_words("gathering_nouns") and force.value != "coalition"


def force_before_base(tokens: list[Token], k_first: int) -> str | None:
    """The force named right before ``في`` and the base at ``k_first``, or None.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        ``US`` when the forces coordinated right before ``في`` name it, else the force that ends
        there; None when none does or it is an owner with ل (``للتحالف``), unless a noun of a post
        or gathering stands before it (``تجمعا للقوات الأمريكية في قاعدة التنف``).
    """
    if k_first < 2 or tokens[k_first - 1].text != "في":
        return None
    lo = max(0, k_first - 1 - _CHAIN_REACH)
    window = tokens[lo : k_first - 1]
    named = sorted([*adjective_matcher().find(window), *force_matcher().find(window)], key=lambda f: f.last_token)
    if not named or named[-1].last_token != len(window) - 1:
        return None
    first = named[-1].first_token
    if window[first].text.startswith(("ل", "ول")) and not _gathers_force(window, named[-1]):
        return None
    chain = [named[-1]]
    for f in reversed(named[:-1]):
        if f.last_token + 1 == chain[-1].first_token and window[chain[-1].first_token].text.startswith("و"):
            chain.append(f)  # "القوات الأمريكية وقوات التحالف"
    values = [str(f.value) for f in chain]
    return "US" if "US" in values else values[0]
