"""Base rows tied through the words around a base and the sentences before it, for :mod:`rasd.bases`.

A force stationed inside a base: a presence word right before ``داخل`` and the base (``القوات
الأميركية التي كانت متمركزة داخل قاعدة القيارة``) puts the force in the base, so ``داخل`` does
not make it a landmark there.

Words that only say how or when a force left (``أخلت القوات الأمريكية كليا هذا الأسبوع قاعدة تل
أبيض``) do not part the withdrawal word from the base it leaves (data/presence_context.yaml
``manner_adverbs`` and the article's date mentions).

A withdrawal followed in the next sentences (:class:`WithdrawalThread`): once a sentence says a
force leaves bases (``تعمل الإدارة الأمريكية على إخراج جنودها من قواعد في المنطقة``, ``أخلت
القوات الأمريكية قاعدة تل أبيض``), a later sentence that names no force and names a base right
after a withdrawal word (``وشمل الإخلاء أيضا قاعدة عين عيسى، وقاعدة المبروكة``, ``ولم يجر
إخلاء قاعدة تل بيدر``), after ``هذه القواعد`` (``ومن أبرز هذه القواعد قاعدة خراب العاشق``) or
after a word that says it goes on (``في المقابل، لا تزال قاعدة رميلان قائمة``, ``وتواصل قاعدة
الشدادي عملها``) speaks of that force's bases; a base after ``من`` that follows the withdrawal word
is the one left, not a landmark (``ويتم الانسحاب حاليا من قاعدة قسرك``). So is a base a passive
withdrawal after it points back to (``وقاعدة تل أبيض قرب الحدود التركية، وقد تم إخلاؤها``); such a
passive names no agent, so a force named near it (``تم إخلاؤها بعد تعرضها لقصف مدفعي تركي``) does not
become the thread's force.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.forces import adjective_matcher, force_matcher, presence_words
from rasd.gazetteer import presence_verb_matcher
from rasd.scope import base_of, is_landmark
from rasd.text import Token, clitic_variants

__all__ = [
    "WithdrawalThread",
    "held_inside_force",
    "is_adverbial",
    "stationed_inside",
]

_THREAD_SENTENCES = 2  # sentences after the last one of a withdrawal that may still speak of it
_THREAD_REACH = 3  # tokens between a withdrawal word (or "هذه القواعد") and the base it names
_SUBJECT_REACH = 6  # tokens around a withdrawal word where the force that leaves is named
_CONJUNCT_REACH = 4  # tokens between two bases of one list ("قاعدة عين عيسى، وقاعدة المبروكة")
_HOLDER_REACH = 3  # tokens before the force where the troops or facility it holds are named
_VERB_GAP = 2  # tokens between a presence verb and the force after it ("تنتشر قوات أميركية داخل")
_STILL_REACH = 2  # tokens between a word of continuing ("لا تزال", "وتواصل") and the base it is about
_AFTER_REACH = 12  # tokens after a base where a passive withdrawal pointing back to it ("وقد تم إخلاؤها") is named


@lru_cache(maxsize=1 << 16)
def _stems(word: str) -> frozenset[str]:
    """The readings of ``word`` with proclitics removed (memoised: asked of every token of a sentence)."""
    return frozenset(stem for _, stem in clitic_variants(word))


def stationed_inside(tokens: list[Token], k_first: int) -> bool:
    """A presence word right before ``داخل`` and the base: the force is inside it, not near it.

    Args:
        tokens: Tokens of the sentence.
        k_first: Index of the base's first token.

    Returns:
        True for ``القوات الأميركية التي كانت متمركزة داخل قاعدة القيارة`` (data/presence_context.yaml
        ``inside_words``), when a force is named shortly before the presence word, and for
        ``تنتشر قوات أميركية داخل البرج 22``, the force named between the presence verb and ``داخل``.
    """
    if k_first < 2 or not _stems(tokens[k_first - 1].text) & presence_words("inside_words"):
        return False
    verb = next((v for v in presence_verb_matcher().find(tokens[: k_first - 1]) if v.last_token == k_first - 2), None)
    if verb is None:
        return _verb_then_force(tokens, k_first - 1) or held_inside_force(tokens, k_first) is not None
    before = tokens[max(0, verb.first_token - _SUBJECT_REACH) : verb.first_token]
    return any(force_matcher().find(before)) or any(adjective_matcher().find(before))  # not "القوات العراقية …"


def held_inside_force(tokens: list[Token], k_first: int) -> str | None:
    """The force whose troops or facility are named right before ``داخل`` and the base, or None.

    ``مقر للاستخبارات العسكرية الأمريكية داخل قاعدة حرير``, ``الجنود الأمريكيين داخل قاعدة حرير``
    (data/presence_context.yaml ``inside_holders``); not ``السفارة الأمريكية داخل …``.
    """
    k_inside = k_first - 1
    if k_inside < 1 or not _stems(tokens[k_inside].text) & presence_words("inside_words"):
        return None
    forces = [*force_matcher().find(tokens[:k_inside]), *adjective_matcher().find(tokens[:k_inside])]
    holders = presence_words("inside_holders")
    for f in forces:
        if f.last_token == k_inside - 1 and any(_stems(t.text) & holders for t in tokens[max(0, f.first_token - _HOLDER_REACH) : f.first_token + 1]):
            return str(f.value)
    return None


def _verb_then_force(tokens: list[Token], k_inside: int) -> bool:
    """A presence verb, then the force, then ``داخل`` (``تنتشر قوات أميركية داخل البرج 22``)."""
    forces = [*force_matcher().find(tokens[:k_inside]), *adjective_matcher().find(tokens[:k_inside])]
    starts = [f.first_token for f in forces if f.last_token == k_inside - 1]
    if not starts:
        return False
    first = min(starts)
    lo = max(0, first - _VERB_GAP)
    return any(v.last_token >= lo for v in presence_verb_matcher().find(tokens[:first]))


def is_adverbial(doc: Doc, sent: DocSentence, k: int) -> bool:
    """Whether token ``k`` of the sentence only says how or when (``كليا``, ``هذا الأسبوع``)."""
    token = doc.tokens[sent.tok_lo + k]
    if _stems(token.text) & presence_words("manner_adverbs"):
        return True
    return any(d.nstart <= token.start and token.end <= d.nend for d in doc.dates)


def _withdrawal_at(tokens: list[Token], k: int) -> bool:
    return bool(_stems(tokens[k].text) & presence_words("withdrawal_words"))


def _force_near(tokens: list[Token], k: int) -> str | None:
    """The force named around the withdrawal word at ``k`` (``أخلت القوات الأمريكية``, ``الإدارة الأمريكية على إخراج``)."""
    window = tokens[max(0, k - _SUBJECT_REACH) : k + 1 + _SUBJECT_REACH]
    named = [*force_matcher().find(window), *adjective_matcher().find(window)]
    return str(named[0].value) if named else None


def _names_a_group(doc: Doc, sent: DocSentence, tokens: list[Token], k_first: int) -> bool:
    """The sentence names a force, an armed group or an actor not on the US side before the base."""
    before = tokens[:k_first]
    if any(force_matcher().find(before)) or any(adjective_matcher().find(before)):
        return True
    if any(_stems(t.text) & presence_words("other_groups") for t in before):
        return True
    return any(a.value.get("side") != "us_coalition" and a.first_token - sent.tok_lo < k_first for a in doc.within(doc.actors, sent))


def _list_anaphor(tokens: list[Token], k_first: int) -> bool:
    """``هذه القواعد`` right before the base (``ومن أبرز هذه القواعد قاعدة …``)."""
    lo = max(1, k_first - _THREAD_REACH)
    return any(
        tokens[k - 1].text in presence_words("anaphora_words") and _stems(tokens[k].text) & presence_words("plural_base_nouns")
        for k in range(lo, k_first)
    )


class WithdrawalThread:
    """The force a withdrawal of the last sentences is about, carried to the bases named after it.

    Also the force of the bases the sentence before spoke of (``وتنتشر القوات الأمريكية في عدة
    قواعد في سوريا``), for ``ومن أبرز هذه القواعد قاعدة الشدادي``.
    """

    def __init__(self) -> None:
        """Start with no withdrawal."""
        self.force: str | None = None
        self.age = 0
        self.bases_force: str | None = None

    def rows(self, doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
        """Rows for the bases a sentence ties to the withdrawal before it; updates the thread.

        Args:
            doc: The article.
            sent: The sentence.
            tokens: Tokens of the sentence.

        Returns:
            One row (count empty) per base named right after a withdrawal word or ``هذه القواعد``,
            and per base added to it with و, when the sentence names no force of its own.
        """
        rows = self._tied_rows(doc, sent, tokens)
        leaves = [k for k in range(len(tokens)) if _withdrawal_at(tokens, k)]
        own = next((f for f in (_force_near(tokens, k) for k in leaves if not _is_passive(tokens, k)) if f), None)
        if own is not None:
            self.force, self.age = own, 0
        elif rows or (leaves and self.force is not None):
            self.age = 0
        else:
            self.age += 1
            if self.age > _THREAD_SENTENCES:
                self.force = None
        self.bases_force = _bases_force(tokens)
        return rows

    def _force_for(self, tokens: list[Token], k_first: int, k_last: int) -> str | None:
        """The force a base is tied to by the words right before it, or by a passive after it, or None."""
        before = range(max(0, k_first - _THREAD_REACH), k_first)
        if _list_anaphor(tokens, k_first):
            return self.force or self.bases_force
        if self.force is None:
            return None
        if any(_withdrawal_at(tokens, k) for k in before) or _left_after(tokens, k_last):
            return self.force
        still = any(_stems(tokens[k].text) & presence_words("still_words") for k in before[-_STILL_REACH:])
        return self.force if still else None

    def _tied_rows(self, doc: Doc, sent: DocSentence, tokens: list[Token]) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = []
        prev_last: int | None = None
        for m in doc.within(doc.places, sent):
            base = base_of(doc, m)
            k_first = m.first_token - sent.tok_lo
            k_last = m.last_token - sent.tok_lo
            left = _left_from(tokens, k_first) or (self.force is not None and _left_after(tokens, k_last))
            if base is None or (is_landmark(doc, m) and not left):
                continue
            force = self._force_for(tokens, k_first, k_last)
            if force is None and prev_last is not None and 0 < k_first - prev_last <= _CONJUNCT_REACH:
                force = rows[-1]["force"] if tokens[k_first].text.startswith("و") else None
            if force is None or _names_a_group(doc, sent, tokens, k_first):
                prev_last = None
                continue
            prev_last = m.last_token - sent.tok_lo
            rows.append({"count": None, "qualifier": "", "force": force, "country": base["country"],
                         "place": base["canonical"], "role": "", **doc.row_evidence(sent, m.start, m.end)})
        return rows


def _is_passive(tokens: list[Token], k: int) -> bool:
    """The withdrawal word at ``k`` follows a passive auxiliary (``تم إخلاؤها``): it names no agent."""
    return k > 0 and tokens[k - 1].text in presence_words("passive_auxiliaries")


def _left_after(tokens: list[Token], k_last: int) -> bool:
    """A passive withdrawal that points back to the base follows it in its sentence.

    ``قاعدة تل أبيض قرب الحدود التركية، وقد تم إخلاؤها``, ``قاعدة عين عيسى، وقاعدة المبروكة القريبة
    من رأس العين، تم إخلاؤهما`` (data/presence_context.yaml ``left_after_words``).
    """
    for t in tokens[k_last + 1 : k_last + 1 + _AFTER_REACH]:
        if t.text in presence_words("relative_pronouns"):
            return False  # "قرب مدينة عين عيسى التي تم إخلاؤها": the pronoun is the relative's
        if _stems(t.text) & presence_words("left_after_words"):
            return True
    return False


def _left_from(tokens: list[Token], k_first: int) -> bool:
    """``من`` right before the base, after a withdrawal word: the base is what is left, not a landmark.

    ``ويتم الانسحاب حاليا من قاعدة قسرك``; a dual base noun may stand between (``غير مؤكد الانسحاب من قاعدتي
    عين الأسد وحرير``).
    """
    j = k_first - 1 - (k_first > 2 and bool(_stems(tokens[k_first - 1].text) & presence_words("dual_base_nouns")))
    if j < 1 or tokens[j].text != "من":
        return False
    return any(_withdrawal_at(tokens, k) for k in range(max(0, j - _THREAD_REACH), j))


def _bases_force(tokens: list[Token]) -> str | None:
    """The force named near a plural base noun of the sentence (``تنتشر القوات الأمريكية في عدة قواعد``)."""
    for k, t in enumerate(tokens):
        if not _stems(t.text) & presence_words("plural_base_nouns"):
            continue
        window = tokens[max(0, k - _SUBJECT_REACH) : k + 1 + _THREAD_REACH]
        if any(_stems(w.text) & presence_words("other_groups") for w in window):
            continue
        named = [*force_matcher().find(window), *adjective_matcher().find(window)]
        if named:
            return str(named[0].value)
    return None
