"""Another act added to the first by a reporting word: its own event row.

``… حاولت استهداف قاعدة عين الأسد وتم إسقاطها، مضيفا أنه تم إسقاط طائرة مسيرة أخرى حاولت
استهداف قاعدة التنف``: after a word of adding (``مضيفا``, ``وأضاف``, ``كما``) the source
tells a second act, marked as another one by ``أخرى``/``آخر``/``ثانية`` on its weapon or
attack noun, before or after its trigger (``مضيفا أن هجوما آخر استهدف قاعدة حرير``;
``other_act_words``); ``مرة أخرى`` (again) marks no other act. The first act reads its fields before that word.
An added act that strikes a base the first clause does not name, when that clause names a site of
its own (``تم إطلاق صواريخ على قاعدة في منطقة الشدادي، مضيفا أن هجوما بطائرة مسيرة استهدف قاعدة
عين الأسد``), is another act too: two acts at two sites, unless its act noun is definite and
points back (``مضيفا أن الهجوم استهدف …``).
"""

from __future__ import annotations

from rasd.event_lexicon import is_word
from rasd.gazetteer import attack_noun_matcher, find_places
from rasd.lexicon import PhraseMatch
from rasd.text import Token

__all__ = ["added_act"]

_ADDED_REACH = 6  # tokens between the word of adding and the trigger of the act it adds ("مضيفا انه تم اسقاط")
_OTHER_REACH = 4  # tokens between that trigger and an "اخري" after it ("اسقاط طائره مسيره اخري")
_SITE_REACH = 4  # tokens after the added act's trigger within which the base it strikes is named
_SETTINGS = frozenset({"country", "governorate", "region", "area"})  # places that set an act, not its site


def added_act(tokens: list[Token], trig: PhraseMatch, triggers: list[PhraseMatch], resp: int) -> tuple[int, PhraseMatch] | None:
    """Where a second act added after ``trig`` opens (its word of adding), and its trigger, if any.

    Args:
        tokens: Tokens of the sentence.
        trig: The trigger of the first act.
        triggers: The triggers of the sentence's main clause.
        resp: Token index where a response clause starts.
    """
    for k in range(trig.last_token + 1, resp):
        if not is_word(tokens[k].text, "adding_words"):
            continue
        for m in triggers:
            if m.value not in {"attack", "interception"} or not k < m.first_token <= k + _ADDED_REACH:
                continue
            around = range(k + 1, min(resp, m.last_token + 1 + _OTHER_REACH))
            if any(is_word(tokens[j].text, "other_act_words") and not is_word(tokens[j - 1].text, "again_nouns") for j in around):
                return k, m
            if m.value == "attack" and _strikes_new_site(tokens, k, m, resp):
                return k, m
    return None


def _strikes_new_site(tokens: list[Token], k: int, m: PhraseMatch, resp: int) -> bool:
    """The act of ``m`` names a base right after it that the clause before ``k`` does not, which names a site."""
    if any(tokens[j].text.startswith("ال") and attack_noun_matcher().match_at(tokens, j) for j in range(k + 1, m.first_token)):
        return False  # "مضيفا ان الهجوم استهدف …": the act told before
    before = {_key(p) for p in find_places(tokens[:k]) if p.value["type"] not in _SETTINGS}
    after = [p for p in find_places(tokens[m.last_token + 1 : min(resp, m.last_token + 1 + _SITE_REACH)]) if p.value["type"] == "base"]
    return bool(before) and bool(after) and _key(after[0]) not in before


def _key(m: PhraseMatch) -> str:
    """The last word of a place's name: a base and the town it is named after share it (الشدادي, مدينة الشدادي)."""
    return str(m.value["canonical"]).split()[-1]
