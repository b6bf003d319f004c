"""Where a role serves: ``السفيرة لدى بغداد``, ``المستشار لدى رئيس الوزراء``, ``المندوب لدى الأمم المتحدة``.

A role is posted to a place (``لدى بغداد``), to another office (``لدى رئيس الوزراء``) or to a
body (``لدى الأمم المتحدة``, ``لدى الاتحاد الأوروبي``); ``عن`` gives what a member sits for
(``السيناتورة عن ولاية أيوا``). The posting belongs to the role; a name may follow it
(``المندوب الإيراني الدائم لدى الأمم المتحدة أمير سعيد إيرواني``).
"""

from __future__ import annotations

from rasd.speakers import Cx, is_adjective, lex, role_at

__all__ = ["posting_end"]


def posting_end(cx: Cx, j: int) -> int | None:
    """End of the posting opened by ``لدى``/``عن`` at token ``j``, or None when none is read.

    Args:
        cx: The sentence.
        j: The token of the preposition.

    Returns:
        The token after the place, office or body the role serves, with the adjectives of an
        office (``لدى رئيس الوزراء العراقي``).
    """
    nxt = j + 1
    if nxt < cx.hi and lex().has("location_words", cx.word(nxt)):
        nxt += 1
    m = cx.place_at.get(nxt)
    if m is not None and m.last_token < cx.hi:
        return m.last_token + 1
    if nxt > j + 1 and cx.word(j) == "عن" and nxt < cx.hi and not cx.punct_before(nxt):
        return nxt + 1  # "عن ولاية أيوا": the state is named by the word after ولاية
    if cx.word(j) != "لدي":
        return None
    r = role_at(cx, j + 1)
    if r is None:
        body = cx.actor(j + 1)  # "لدى الأمم المتحدة"
        ok = body is not None and body.value.get("type") != "media"
        return body.last_token + 1 if ok and body is not None else None
    k = r.last_token + 1
    while k < cx.hi and not cx.punct_before(k) and is_adjective(cx.word(k)):
        k += 1
    return k
