"""Where a tie between a base and a force stops, for :mod:`rasd.bases` and :mod:`rasd.base_carry`.

- A town after a bare definite base noun locates the base named just before, not a base of its
  own: ``تعرضت قاعدة حرير التي تتواجد فيها قوات أمريكية لهجوم. واستهدفت طائرتان مسيرتان القاعدة
  التي تتواجد في أربيل``: ``القاعدة`` (data/presence_context.yaml ``base_anaphors``) points back to
  حرير, and أربيل only says where it stands; the base the town would stand for (مطار أربيل,
  :func:`rasd.scope.base_of`) is not named. This holds when the earlier base lies in the same
  governorate and is not the town's own base; a force adjective on the noun (``القاعدة الأمريكية
  في أربيل``) names a base of its own and is left to the other rules.
- A contrast clause (``بينما``, ``في حين``; ``contrast_openers``) between a presence word and a
  base: ``تتمركز قوات أميركية في قاعدة عين الأسد، بينما تقع قاعدة التاجي شمالي بغداد`` ties no
  force to التاجي, and ``… في عين الأسد، بينما تستضيف قاعدة حرير مستشارين بريطانيين`` gives عين
  الأسد no British force.
- A presence clause that names civilians (``civilian_hosts``): ``قاعدة بلد التي يعمل بها متعاقدون
  أمريكيون`` hosts contractors, no force; soldiers named first (``تضم جنودا ومتعاقدين``) keep it a
  force's. A negated presence word (``لا تضم``) says nothing either (:func:`rasd.base_cues.is_negated`).
- A conditional sentence ties nothing (:func:`rasd.modality.sentence_is_hypothetical`), but an
  indirect question (``ما إذا كان``, "whether": ``whether_leads``) is no condition: ``قصفا لم تعرف
  طبيعته ما إذا كان بطائرات مسيرة أم صواريخ استهدف مطار بغداد حيث توجد قاعدة فكتوريا الأميركية``.
"""

from __future__ import annotations

from rasd.base_cues import is_negated
from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, presence_words
from rasd.lexicon import PhraseMatch
from rasd.modality import is_hypothetical, sentence_is_hypothetical
from rasd.scope import base_of
from rasd.text import Token

__all__ = ["crosses_contrast", "denies_force", "has_contrast_between", "is_conditional", "locates_prior_base"]

_NOUN_REACH = 4  # tokens between the definite base noun and the town ("القاعدة التي تتواجد في أربيل")
_BASE_TYPES = frozenset({"base", "airport"})
_CONTRAST_BASE_REACH = 3  # tokens past a verb after the contrast opener where its own base is named


def _anaphor_noun(doc: Doc, m: PhraseMatch) -> int | None:
    """Index of the bare definite base noun a few tokens before the town, or None."""
    lo = max(0, m.first_token - _NOUN_REACH)
    nouns = [k for k in range(lo, m.first_token) if doc.tokens[k].text in presence_words("base_anaphors")]
    if not nouns:
        return None
    k = nouns[-1]
    if any(adjective_matcher().match_at(doc.tokens, j) for j in range(k + 1, m.first_token)):
        return None
    return k


def locates_prior_base(doc: Doc, m: PhraseMatch) -> bool:
    """Whether a town after ``القاعدة …`` only locates the base named before it in the article.

    Args:
        doc: The article.
        m: A place match (a town that the noun would otherwise make a base).
    """
    if m.value["type"] in _BASE_TYPES:
        return False
    own = base_of(doc, m)
    k = _anaphor_noun(doc, m) if own is not None else None
    if own is None or k is None:
        return False
    prior = [p for p in doc.places if p.last_token < k and p.value["type"] in _BASE_TYPES]
    if not prior:
        return False
    last = prior[-1].value
    return last["id"] != own["id"] and last.get("admin1") == m.value.get("admin1")


def crosses_contrast(tokens: list[Token], lo: int, hi: int, others: list[int]) -> bool:
    """Whether a contrast clause with a base of its own parts token ``lo`` from token ``hi``.

    A contrast opener stands strictly between them, and another base of the sentence is named
    between ``lo`` and a few tokens past ``hi``: the presence word already has its base
    (``تتمركز قوات أميركية في قاعدة عين الأسد، بينما تقع قاعدة التاجي``) or the clause after the
    opener has its own (``… عين الأسد، بينما تستضيف قاعدة حرير مستشارين``). A clause that points
    back to the same base (``على القاعدة، التي توجد فيها قوات أمريكية، في حين أفاد مصدران بإطلاق
    صاروخين باتجاه قاعدة الأسد``) names no other base and is not parted.

    Args:
        tokens: Tokens of the sentence.
        lo: Index of the earlier token (a presence word or a base's last token).
        hi: Index of the later token.
        others: First token indices of the sentence's other bases.
    """
    if not any(lo < k < hi + _CONTRAST_BASE_REACH for k in others):
        return False
    return has_contrast_between(tokens, lo, hi)


def has_contrast_between(tokens: list[Token], lo: int, hi: int) -> bool:
    """Whether a contrast opener stands strictly between tokens ``lo`` and ``hi``.

    A base's own presence clause follows it with no opener between: in ``تتمركز القوات الروسية في
    قاعدة حميميم، فيما ينتشر جنود أمريكيون في التنف`` the clause after فيما is not حميميم's.
    """
    openers = presence_words("contrast_openers")
    for k in range(lo + 1, min(hi, len(tokens))):
        if tokens[k].text in openers or (k > lo + 1 and f"{tokens[k - 1].text} {tokens[k].text}" in openers):
            return True
    return False


def denies_force(tokens: list[Token], verb: PhraseMatch) -> bool:
    """Whether a presence word names no force: it is negated, or the people it hosts are civilians.

    Args:
        tokens: Tokens of the sentence.
        verb: The presence word's match.
    """
    if is_negated(tokens, verb.first_token):
        return True
    k = verb.last_token + 1
    if k < len(tokens) and tokens[k].text in presence_words("resumptive_pronouns"):
        k += 1
    return k < len(tokens) and tokens[k].text in presence_words("civilian_hosts")


def is_conditional(doc: Doc, sent: DocSentence) -> bool:
    """Whether a sentence is hypothetical, an indirect question with ``ما إذا`` ("whether") left aside.

    Args:
        doc: The article.
        sent: The sentence.
    """
    if not sentence_is_hypothetical(doc, sent):
        return False
    tokens = doc.sentence_tokens(sent)
    leads = presence_words("whether_leads")
    kept = [t for k, t in enumerate(tokens) if not (t.text == "اذا" and k > 0 and tokens[k - 1].text in leads)]
    return len(kept) == len(tokens) or is_hypothetical(kept)
