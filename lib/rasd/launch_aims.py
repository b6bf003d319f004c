"""Where fire launched from one place was aimed: the target after the aim word, not the origin.

``خمسة صواريخ أطلقت من مدينة الموصل بشمال العراق باتجاه قاعدة أمريكية في سوريا``: the
words from the launch word's ``من`` to the aim word (``باتجاه``, ``نحو``, ``وجهتها``) tell
where the fire came from, every place in them is its origin (``العراق`` as well as
``الموصل``), and the target of the act is what follows the aim word.

Without an aim word, a place after ``من داخل`` or ``من الأراضي`` is the origin too when a
launch word stands a little before that ``من``, its subject between (``المسيرات أطلقتها
فصائل موالية لطهران من داخل الأراضي العراقية``): the launchers' ground, not the target.
"""

from __future__ import annotations

from functools import cache

from rasd.doc import Doc
from rasd.event_lexicon import is_word
from rasd.incidents import place_country
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.text import Token

__all__ = ["aimed_target", "in_launch_origin", "in_open_origin"]

_LAUNCH_REACH = 3  # tokens between a launch word and the "من" of its origin ("اطلقت اليوم من")
_ORIGIN_TOKENS = 14  # tokens from that "من" within which the aim word stands
_TARGET_TOKENS = 10  # tokens of the target after the aim word (as in rasd.event_fields)
_SENTENCE_ENDS = frozenset(".!?\n")
_OPEN_TOKENS = 7  # tokens from a launch word's "من" to a place its stretch ends on ("من بادية بلدة أبو حمام شرقي دير الزور")
_CLAUSE_ENDS = frozenset("،,.!?:;\n")
_TOWARDS = frozenset({"على", "علي", "الى", "إلى", "الي"})  # prepositions of the target after an origin
_TERRITORY_REACH = 8  # tokens between a launch word and "من داخل"/"من الاراضي" (its subject between)
_TERRITORY_WORDS = 2  # territory words between that "من" and the place ("من داخل الاراضي العراقيه")


def _is_aim(tokens: list[Token], k: int) -> bool:
    """An aim word at ``k``; ``نحو`` before a figure is "about" (``نحو 5 صواريخ``)."""
    if not is_word(tokens[k].text, "aim_words"):
        return False
    return not (
        tokens[k].text.endswith("نحو") and k + 1 < len(tokens) and tokens[k + 1].text[:1].isdigit()
    )


def _origin_stretch(tokens: list[Token], k: int) -> tuple[int, int] | None:
    """The ``(من, aim word)`` token pair of an origin stretch holding token ``k``, if any."""
    for start in range(k, max(-1, k - _ORIGIN_TOKENS), -1):
        if tokens[start].text != "من":
            continue
        before = tokens[max(0, start - _LAUNCH_REACH) : start]
        if not any(is_word(t.text, "launch_words") for t in before):
            continue
        for aim in range(k + 1, min(len(tokens), start + _ORIGIN_TOKENS + 1)):
            if _is_aim(tokens, aim):
                return start, aim
        return None
    return None


def aimed_target(tokens: list[Token], span: tuple[int, int], limit: int) -> tuple[int, int]:
    """The target span moved past the origin: from the aim word on, when ``span`` opens on the origin.

    Args:
        tokens: The sentence tokens.
        span: The target span read after the trigger (token indices).
        limit: The token the act's clause ends at.

    Returns:
        The words after the aim word when the span starts with the launch word's
        ``من`` (``من مدينة الموصل … باتجاه قاعدة …``), else ``span`` unchanged.
    """
    lo = span[0]
    if lo >= len(tokens) or tokens[lo].text != "من":
        return span
    stretch = _origin_stretch(tokens, lo)
    if stretch is None or stretch[1] + 1 >= limit:
        return span
    start = stretch[1] + 1
    return start, min(limit, start + _TARGET_TOKENS)


def in_launch_origin(doc: Doc, m: PhraseMatch) -> bool:
    """The place ``m`` lies between a launch word's ``من`` and the aim word after it.

    ``أطلقت من مدينة الموصل بشمال العراق باتجاه قاعدة``: ``العراق`` is where the fire came
    from, like ``الموصل``. Without an aim word in reach, nothing is said here.
    """
    lo = m.first_token
    while (
        lo > 0
        and lo > m.first_token - _ORIGIN_TOKENS
        and not set(doc.nt.norm[doc.tokens[lo - 1].end : doc.tokens[lo].start]) & _SENTENCE_ENDS
    ):
        lo -= 1
    tokens = doc.tokens[lo : m.last_token + _ORIGIN_TOKENS + 1]
    return _origin_stretch(tokens, m.first_token - lo) is not None or _from_territory(tokens, m.first_token - lo)


@cache
def _theatre() -> frozenset[str]:
    return frozenset(load_yaml("attack_context.yaml")["theatre"])


def in_open_origin(doc: Doc, m: PhraseMatch) -> bool:
    """The place ``m`` ends an unbroken stretch of words after a launch word and its ``من``.

    ``تعرضت قاعدة حقل كونيكو لقصف صاروخي، وذلك انطلاقا من بادية بلدة أبو حمام شرقي دير الزور``:
    with no aim word after it, the stretch up to the next comma names where the fire came from, so
    ``دير الزور`` is no place of the act. A comma, a full stop, «على»/«إلى» or an aim word ends the stretch.
    """
    if place_country(str(m.value["canonical"])) not in _theatre():
        return False  # "هجوما عابرا للحدود انطلاقا من غزة": an act outside the theatre
    for k in range(m.first_token - 1, max(-1, m.first_token - _OPEN_TOKENS - 1), -1):
        if set(doc.nt.norm[doc.tokens[k].end : doc.tokens[k + 1].start]) & _CLAUSE_ENDS:
            return False
        if doc.tokens[k].text in _TOWARDS or _is_aim(doc.tokens, k):
            return False  # "أطلقت من منطقة الرضوانية على قاعدة فكتوريا": the target after it
        if doc.tokens[k].text == "من":
            return k > 0 and (is_word(doc.tokens[k - 1].text, "launch_words") or is_word(doc.tokens[k - 1].text, "setting_off_words"))
    return False


def _from_territory(tokens: list[Token], k: int) -> bool:
    """The place at ``k`` follows ``من`` + territory words, a launch word shortly before (see the module docstring)."""
    start = k - 1
    while start >= 0 and k - start <= _TERRITORY_WORDS and is_word(tokens[start].text, "territory_words"):
        start -= 1
    if start < 0 or start == k - 1 or tokens[start].text != "من":
        return False
    launch = ("launch_words", "object_launch_words")
    return any(is_word(t.text, key) for t in tokens[max(0, start - _TERRITORY_REACH) : start] for key in launch)
