"""Statements: who said what, with the verb, the quotation, when, and to which outlet.

For every body sentence the extractor finds the reporting words of
``data/reporting_verbs.yaml`` (verbs, circumstantial participles, attribution markers)
outside quotation marks (:mod:`rasd.triggers`, :mod:`rasd.quotes`), and for each decides
who speaks (:mod:`rasd.clauses`, with the subject positions of :mod:`rasd.positions`):

- verb-first (``وقال المتحدث باسم … إن``), subject-first (``الخبير … رجّح``), nested
  (``… إن "قسد" أبلغت``), relative (``وزارة الدفاع، التي قالت``) or implicit relative
  (``ضربات على مخازن قالت إنها``);
- no subject (``وأضاف أن``, ``لكنه شدد``): the subject of the sentence, the subject of an
  earlier content of the sentence when only it agrees (``أفادت الوكالة بأن البنتاغون …،
  وقال``), else the last speaker whose gender agrees (:mod:`rasd.coref`);
- a time phrase between verb and subject (``وأعلن، مساء الثلاثاء، مسؤولون``), the issuer
  of a statement noun before a relative (``بيان الكتائب الذي أعلنت فيه``);
- attributions (``بحسب بيان لوزارة الدفاع``, ``وفقا لمصادر``, ``نقلا عن``, ``على لسان``,
  ``وفق ما أوردت وكالة رويترز`` and ``بحسب بيان صادر عنها`` when nothing else in the
  sentence names a source).

Short forms are named in full from what the article said before: ``الجماعة`` and
``الشبكة`` by the kind of organisation last named, ``البيان`` by the issuer of the last
statement or attribution, ``الناطق الحكومي`` by the person named with that role in other
words, ``متحدث باسم الجماعة`` with the group's name.

Speaker phrases are read by :mod:`rasd.phrases` (with :mod:`rasd.complements`,
:mod:`rasd.names`, :mod:`rasd.speaker_forms` and the shared types of :mod:`rasd.speakers`). Between the speaker and
the content the reader skips channel phrases (``في بيان``, ``لـ"العربي الجديد"``), dates,
anonymity hedges and "among them" clauses (:mod:`rasd.zones`). The kind is ``direct`` when
the content is quoted (or follows a colon), ``indirect`` otherwise, ``attribution`` for
markers (:mod:`rasd.contents`), ``headline`` for ``Name: text`` subheads and titles
(:mod:`rasd.headlines`), which never change who speaks in the narrative. The language
knowledge beyond reporting words and roles is in ``data/statement_context.yaml``.
"""

from __future__ import annotations

from typing import Any

from rasd.clauses import Act, read_sentence
from rasd.coref import Discourse
from rasd.doc import NARRATIVE_KINDS, Doc
from rasd.headlines import headline_rows
from rasd.issued_statements import note_issuer
from rasd.noun_reports import note_noun_speaker
from rasd.quotes import strip_marks
from rasd.report_frames import note_framing_report
from rasd.speakers import Speaker
from rasd.tables import COLUMNS
from rasd.triggers import SentenceReader

__all__ = ["extract_statements"]

_HEADLINE_KINDS = frozenset({"headline", "subhead"})


def extract_statements(doc: Doc) -> list[dict[str, Any]]:
    """Reporting acts of an article, one row per speaker and reporting word.

    Args:
        doc: The article (:func:`rasd.doc.build_doc`).

    Returns:
        Rows with the columns of ``COLUMNS["statements"]``, in text order; ``start``/``end``
        are the original offsets of the verb (of the speaker for headline rows).
    """
    reader = SentenceReader(doc)
    disc = Discourse(reader.registry())
    disc.note(reader.organisations())
    rows: list[dict[str, Any]] = []
    pending: tuple[dict[str, Any], int] | None = None
    for sent in doc.sentences:
        if sent.kind in _HEADLINE_KINDS:
            rows.extend(headline_rows(reader, sent))
            continue
        if sent.kind not in NARRATIVE_KINDS:
            continue
        carry = pending is not None and reader.continues_quote(sent)
        if carry and pending is not None:
            _extend_quote(doc, pending, carry)
        note_framing_report(reader, sent, disc)
        acts = read_sentence(reader, sent, disc, continued=bool(carry))
        note_issuer(reader, sent, disc)
        if not acts:
            note_noun_speaker(reader, sent, disc)
        sent_rows = [row for act in acts for row in _act_rows(doc, act)]
        rows.extend(sent_rows)
        pending = None
        if sent_rows and acts[-1].open_quote_from is not None:
            pending = (sent_rows[-1], acts[-1].open_quote_from)
    rows.sort(key=lambda r: (r["start"], r["end"]))
    return rows


def _extend_quote(doc: Doc, pending: tuple[dict[str, Any], int], carry: int | bool) -> None:
    """A quotation left open at a paragraph end continues to the closing mark (``carry``)."""
    row, quote_from = pending
    if isinstance(carry, bool) or carry <= quote_from:
        return
    row["quote"] = doc.text[quote_from:carry].strip().rstrip("\"'»”")


def _act_rows(doc: Doc, act: Act) -> list[dict[str, Any]]:
    """One row per speaker of a reporting act."""
    ev = doc.row_evidence(act.sent, act.vstart, act.vend)
    verb = doc.text[ev["start"] : ev["end"]]
    rows = []
    for sp in act.speakers:
        rows.append(_row(sp, verb, act, ev))
    return rows


def _row(sp: Speaker, verb: str, act: Act, ev: dict[str, Any]) -> dict[str, Any]:
    row = {
        "speaker": sp.text,
        "speaker_canonical": sp.canonical or sp.text,
        "speaker_type": sp.stype,
        "role": sp.role,
        "affiliation": strip_marks(sp.affiliation),
        "verb": verb,
        "verb_lemma": act.lemma,
        "kind": act.kind,
        "quote": act.quote,
        "date": act.date,
        "to_outlet": act.outlet,
        **ev,
    }
    return {c: row.get(c, "") for c in COLUMNS["statements"]}
