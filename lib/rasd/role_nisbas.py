"""Whether a role said alone with a nationality fits a person named before with a role.

The press refers back to a minister or an envoy by the role and a relative adjective
(nisba) of nationality (``nationality_stems`` of ``data/statement_context.yaml``):
``واختتم الوزير الأمريكي المكالمة`` after ``وزير الدفاع العراقي فلان`` and ``وزير الحرب
الأمريكي فلان``. The adjective picks the person: the Iraqi minister, named last, is not
``الوزير الأمريكي``. A person named with a role that carries no nationality at all
(``وزير الدفاع فلان``) still fits, as before; function adjectives (``العسكري``) do not count.

A family name that ends like a nisba (``الحسيني``, ``الكعبي``) follows a role the same way:
``وأكد النائب الكعبي`` is ``عضو مجلس النواب حسن الكعبي`` named before, whatever role he had
then (:func:`person_by_family`).
"""

from __future__ import annotations

from rasd.name_variants import fold_spellings
from rasd.speakers import Speaker, is_nisba, lex
from rasd.text import normalize_str

__all__ = ["nisbas_fit", "person_by_family", "person_by_nisba"]

_ENDS = ("يين", "يون", "يه", "ين", "ي")


def _stem(word: str) -> str:
    """A nisba without article, glued preposition or ending: ``الامريكيه`` → ``امريك``."""
    w = word[2:] if word.startswith(("ال", "لل")) else word
    for end in _ENDS:
        if w.endswith(end) and len(w) - len(end) >= 3:
            w = w[: -len(end)]
            break
    return fold_spellings(w)


def _nisba_stems(text: str, skip_head: bool) -> list[str]:
    """The nationality stems of a phrase's nisbas (``الوزير الأمريكي`` → ``امريك``)."""
    words = normalize_str(text).split()
    stems = [_stem(w) for w in words[1 if skip_head else 0 :] if is_nisba(w)]
    return [st for st in stems if lex().has("nationality_stems", st)]


def nisbas_fit(sp: Speaker, found: Speaker) -> bool:
    """Whether the nisbas of a role said alone (``الوزير الأمريكي``) fit a person named before.

    Args:
        sp: The short form: a role head and its adjectives.
        found: A person named earlier with a role (and maybe an affiliation).

    Returns:
        True when ``sp`` has no nisba, or ``found`` has no nisba in its role or affiliation,
        or every nisba of ``sp`` shares its stem with one of ``found``.
    """
    wanted = _nisba_stems(sp.text, skip_head=True)
    if not wanted:
        return True
    have = _nisba_stems(f"{found.role_key} {found.role} {found.affiliation}", skip_head=False)
    if not have:
        return True
    return all(any(w == h for h in have) for w in wanted)


def person_by_nisba(sp: Speaker, persons: list[Speaker]) -> Speaker | None:
    """The last person named before ``sp`` with its role noun and its nisbas.

    ``الوزير الأمريكي`` is ``وزير الحرب الأمريكي فلان`` named before, though words stand
    between the role noun and the adjective; a listed adjective (``الرئيس الأمريكي السابق``)
    must be in that person's role too.

    Args:
        sp: The short form: a role head and its adjectives.
        persons: Persons named with a role, in text order.

    Returns:
        That person, or None when ``sp`` has no nisba or no person fits.
    """
    words = normalize_str(sp.text).split()
    wanted = _nisba_stems(sp.text, skip_head=True)
    head = words[0][2:] if words and words[0].startswith("ال") else ""
    if not wanted or len(head) < 3:
        return None
    listed = [w for w in words[1:] if _listed_adjective(w)]  # "السابق": the former one
    for p in reversed(persons):
        key = normalize_str(p.role_key or p.role)
        key = key[2:] if key.startswith("ال") else key
        have = _nisba_stems(f"{key} {p.affiliation}", skip_head=False)
        fits = all(w in have for w in wanted) and all(_bare(a) in key for a in listed)
        if p.pos < sp.pos and key.startswith(head) and fits:
            return p
    return None


def person_by_family(sp: Speaker, persons: list[Speaker]) -> Speaker | None:
    """The last person named before ``sp`` whose family name ends a role said alone.

    ``النائب الكعبي`` (a role noun and one word with «ال») is ``حسن الكعبي`` named earlier;
    a nationality (``الوزير الأمريكي``) or a listed adjective (``السابق``) is no family name.

    Args:
        sp: The short form: a role head and one more word.
        persons: Persons named in the article, in text order.

    Returns:
        That person, or None when the last word is no earlier person's family name.
    """
    words = normalize_str(sp.text).split()
    if len(words) != 2 or not words[1].startswith("ال") or len(words[1]) < 5:
        return None
    last = words[1]
    if lex().has("nationality_stems", _stem(last)) or _listed_adjective(last):
        return None
    for p in reversed(persons):
        named = p.stype == "person" and len(p.text.split()) > 1
        if p.pos < sp.pos and named and normalize_str(p.family) == last:
            return p
    return None


def _listed_adjective(word: str) -> bool:
    return lex().has("adjectives", word) or lex().has("adjectives", _bare(word))


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") else word
