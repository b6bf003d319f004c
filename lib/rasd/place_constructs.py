"""A place noun in construct inside a role: ``حاكم ولاية أيوا``, ``محافظ محافظة نينوى``.

A location noun without the article (``ولاية``, ``محافظة``, ``إقليم``, ``مدينة``) inside a
role's construct chain is always followed by its genitive, the place's name: the role
ends after that name, and only then may a person's name follow (``حاكم ولاية أيوا كيم
رينولدز`` is the governor Kim Reynolds, not a person called «أيوا كيم رينولدز»). A place the
gazetteer knows is taken whole; an unknown one is one word.
"""

from __future__ import annotations

from rasd.speakers import Cx, is_stop, lex

__all__ = ["location_name_end"]


def location_name_end(cx: Cx, j: int) -> int | None:
    """The token after ``LOCATION-NOUN NAME`` starting at ``j``, for a bare location noun.

    Args:
        cx: The sentence.
        j: A token inside a role's construct chain.

    Returns:
        The end of the place's name, or None when token ``j`` is no bare location noun or
        no name follows it in the same phrase.
    """
    w = cx.word(j)
    if w.startswith("ال") or not lex().has("location_words", w):
        return None
    k = j + 1
    if k >= cx.hi or cx.punct_before(k) or is_stop(cx, k) or cx.quote_run(k) is not None:
        return None
    place = cx.place_at.get(k)
    if place is not None:
        return min(place.last_token + 1, cx.hi)
    return k + 1
