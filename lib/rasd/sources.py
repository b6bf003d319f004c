"""Who gives a figure: the speaker of the sentence, or the institution it is attributed to."""

from __future__ import annotations

from rasd.doc import Doc, DocSentence
from rasd.lexicon import load_yaml

__all__ = ["find_source"]


def find_source(doc: Doc, sent: DocSentence) -> str:
    """The source of the facts of a sentence.

    In order: the speaker of a statement read in this sentence (its canonical
    English name when the lexicon knows it); an institution named right after
    an attribution word (``وفقا لبيان البنتاغون``, ``بحسب القيادة المركزية``);
    otherwise empty, meaning the outlet itself.
    """
    for st in doc.statements:
        if sent.start <= int(st["start"]) < sent.end and st.get("speaker"):
            return str(st.get("speaker_canonical") or st["speaker"])
    cues = frozenset(load_yaml("attack_context.yaml")["attribution_cues"])
    tokens = doc.tokens
    for m in doc.within(doc.actors, sent):
        window = tokens[max(sent.tok_lo, m.first_token - 3) : m.first_token]
        if any(t.text in cues or t.text[1:] in cues for t in window):
            return str(m.value.get("name_en") or m.phrase)
    return ""
