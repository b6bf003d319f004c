"""A verbal noun told from a form-IV verb by its hamza: ``إدانتها`` is not ``أدانتها``.

The past of a form-IV verb (``أدان``, ``أعلن``, ``أكد``) starts with ``أ``; its verbal noun
(``إدانة``, ``إعلان``, ``إشارة``) starts with ``إ``. Normalisation writes both ``ا``, so the
unvowelled ``ادانتها`` reads as the verb with an object pronoun. When the page wrote the
hamza under the alif, the word is the noun (``أعربت عن رفضها وإدانتها``) and not a
reporting verb.
"""

from __future__ import annotations

from rasd.doc import Doc

__all__ = ["masdar_spelling"]

_HAMZA_BELOW = "إ"


def masdar_spelling(doc: Doc, start: int, lemma: str) -> bool:
    """The word at normalised offset ``start`` is written with ``إ`` and ``lemma`` is form IV.

    Args:
        doc: The document (its original text keeps the hamza).
        start: Normalised offset of the verb form (after any proclitic).
        lemma: Normalised lemma of the reporting verb (``ادان``).

    Returns:
        True for a four-letter lemma in ``ا`` whose form starts with ``إ`` in the original.
    """
    if len(lemma) != 4 or not lemma.startswith("ا"):
        return False
    s, _ = doc.nt.to_original(start, start + 1)
    return doc.text[s : s + 1] == _HAMZA_BELOW
