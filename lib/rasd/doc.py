"""One article prepared for the extractors: text, sentences, numbers, dates and lexicon hits.

:func:`build_doc` runs the shared analyses once per article (normalisation,
sentence split, tokens, number and date mentions, places and actors) so that
every extractor reads the same :class:`Doc` instead of redoing them.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from rasd.anaphoric_dates import point_back_dated, resolve_anaphoric_dates
from rasd.dates import DateMention, find_dates
from rasd.era_days import place_era_days
from rasd.gazetteer import actor_matcher, find_places, place_matcher
from rasd.glued_days import attach_glued_days
from rasd.known_as import known_as_places
from rasd.lexicon import PhraseMatch, load_yaml
from rasd.line_joins import join_wrapped
from rasd.numbers import NumberMention, find_numbers
from rasd.quoted_today import shift_quoted_today
from rasd.text import NormText, Token, clitic_variants, normalize, split_sentences, tokenize
from rasd.undated_anchor import anchor_undated
from rasd.undated_weekday_year import place_weekday_years

__all__ = ["Doc", "DocSentence", "NARRATIVE_KINDS", "build_doc", "distributed_places", "parse_iso_date"]

# Paragraph kinds whose sentences are read as the story. Captions (with the
# photo credit), datelines and page furniture are outside it.
NARRATIVE_KINDS = frozenset({"body"})
TEXT_KINDS = frozenset({"headline", "dateline", "subhead", "body"})
_MAX_LIST_ITEMS = 8  # items of a list of places under one plural head


@dataclass(frozen=True, slots=True)
class DocSentence:
    """A sentence of the article with its place in both texts.

    Attributes:
        start: Start in the original text. ``end``: its end.
        nstart: Start in the normalised text. ``nend``: its end.
        text: The original sentence.
        kind: Kind of the paragraph it belongs to (body, subhead, headline, …).
        tok_lo: Index of its first token in ``Doc.tokens``; ``tok_hi`` one past the last.
    """

    start: int
    end: int
    nstart: int
    nend: int
    text: str
    kind: str
    tok_lo: int
    tok_hi: int


@dataclass
class Doc:
    """An article ready for extraction (see the module docstring)."""

    article_id: str
    nt: NormText
    published: dt.date | None
    tokens: list[Token]
    sentences: list[DocSentence]
    dates: list[DateMention] = field(default_factory=list)
    numbers: list[NumberMention] = field(default_factory=list)
    places: list[PhraseMatch] = field(default_factory=list)
    actors: list[PhraseMatch] = field(default_factory=list)
    statements: list[dict[str, Any]] = field(default_factory=list)
    attack_counts: list[dict[str, Any]] = field(default_factory=list)
    # The tokens' starts, for tokens_between (made at its first call).
    _starts: list[int] | None = field(default=None, repr=False, compare=False)
    # Answers that several extractors ask of the same sentence, by key (e.g. rasd.modality).
    memo: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The original article text."""
        return self.nt.original

    def narrative(self) -> list[DocSentence]:
        """Sentences of body paragraphs, in order."""
        return [s for s in self.sentences if s.kind in NARRATIVE_KINDS]

    def sentence_tokens(self, sent: DocSentence) -> list[Token]:
        """Tokens of one sentence."""
        return self.tokens[sent.tok_lo : sent.tok_hi]

    def tokens_between(self, nstart: int, nend: int) -> list[Token]:
        """Tokens starting in ``[nstart, nend)`` of the normalised text (by bisection on their starts)."""
        if self._starts is None:
            self._starts = [t.start for t in self.tokens]
        return self.tokens[bisect_left(self._starts, nstart) : bisect_left(self._starts, nend)]

    def within(self, items: Sequence[Any], sent: DocSentence) -> list[Any]:
        """Items (anything with ``nstart``/``nend`` or ``start``/``end`` in norm) inside a sentence.

        The starts of a list in start order (the document's dates, numbers, places and
        actors) are kept in :attr:`memo` with the list, so that each sentence's items
        are found by bisection; any other list is filtered item by item.
        """
        starts = self._sorted_starts(items)
        if starts is not None:
            part = items[bisect_left(starts, sent.nstart) : bisect_left(starts, sent.nend)]
            return part if isinstance(part, list) else list(part)
        return [it for it, a in zip(items, map(_start_of, items), strict=True) if sent.nstart <= a < sent.nend]

    def _sorted_starts(self, items: Sequence[Any]) -> list[int] | None:
        """The starts of ``items`` when they are in start order (kept per list), else None."""
        key = ("within", id(items))
        kept = self.memo.get(key)
        if kept is None or kept[0] is not items or kept[1] != len(items):
            starts = list(map(_start_of, items))
            ordered = all(a <= b for a, b in zip(starts, starts[1:], strict=False))
            kept = self.memo[key] = (items, len(items), starts if ordered else None)
        return kept[2]

    def row_evidence(self, sent: DocSentence, nstart: int, nend: int) -> dict[str, Any]:
        """Provenance fields of a row: the sentence, and the span of the fact in the article.

        Args:
            sent: The sentence the fact was read from.
            nstart: Start of the fact's words in the normalised text.
            nend: Their end; ``text[start:end]`` of the row is their original form.
        """
        start, end = self.nt.to_original(nstart, nend)
        return {"article_id": self.article_id, "sentence": sent.text, "start": start, "end": end}


def _start_of(item: Any) -> int:
    """Where an item starts in norm: its ``nstart``, or its ``start`` when it has none."""
    a = getattr(item, "nstart", None)
    return item.start if a is None else a


def parse_iso_date(value: Any) -> dt.date | None:
    """Read a ``YYYY-MM-DD`` string as a date; anything else gives None."""
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _paragraph_spans(article: Mapping[str, Any]) -> list[tuple[str, int, int]]:
    paras = article.get("paragraphs")
    if paras is None or len(paras) == 0:
        return [("body", 0, len(article["text"]))]
    return [(p.kind, p.start, p.end) for p in paras]


def build_doc(article: Mapping[str, Any]) -> Doc:
    """Prepare one article (a row of the corpus reader's ``articles`` table).

    Args:
        article: Needs ``article_id``, ``text``, ``published`` and, when known,
            ``paragraphs`` (kinds and offsets from the corpus reader).
    """
    text = article["text"]
    nt = normalize(text)
    tokens = tokenize(nt.norm)
    starts = [t.start for t in tokens]
    sentences = []
    spans = _paragraph_spans(article)
    lines = set(spans)
    for kind, pstart, pend in join_wrapped(text, spans):
        if kind not in TEXT_KINDS:
            continue
        # Wrapped lines joined into one paragraph are split as one line; sentences keep the original text.
        ptext = text[pstart:pend] if (kind, pstart, pend) in lines else text[pstart:pend].replace("\n", " ")
        for s in split_sentences(ptext):
            start, end = pstart + s.start, pstart + s.end
            nstart, nend = nt.to_norm(start), nt.to_norm(end)
            lo, hi = bisect_left(starts, nstart), bisect_left(starts, nend)
            sentences.append(DocSentence(start, end, nstart, nend, text[start:end], kind, lo, hi))
    published = parse_iso_date(article.get("published"))
    in_text = _in_text_ranges(sentences)
    doc = Doc(str(article["article_id"]), nt, published, tokens, sentences)
    dates = [d for d in attach_glued_days(nt, find_dates(nt, published)) if _inside(d.nstart, in_text)]
    # An undated text: yearless dates placed by the latest full date it prints, or by their weekday.
    doc.dates = (
        point_back_dated(nt, shift_quoted_today(sentences, dates, published))
        if published
        else resolve_anaphoric_dates(nt, place_weekday_years(nt, place_era_days(nt, anchor_undated(nt, dates))))
    )
    doc.actors = [m for m in actor_matcher().find(tokens) if _inside(m.start, in_text)]
    # A place inside an actor's name ("المقاومه الاسلاميه في العراق") is part of the name; a place
    # that is the whole name ("السفاره الاميركيه في بغداد") is both.
    names = [(a.start, a.end) for a in doc.actors]
    doc.places = [
        m
        for m in find_places(tokens)
        if _inside(m.start, in_text) and not any(a <= m.start < b and (a, b) != (m.start, m.end) for a, b in names)
    ]
    known = known_as_places(tokens, doc.places)  # "الحقل المعروف بـ«العمر»"
    doc.places = sorted(doc.places + distributed_places(tokens, doc.places) + known, key=lambda m: m.start)
    # A number inside a name ("البرج 22") is not a quantity.
    names += [(p.start, p.end) for p in doc.places]
    doc.numbers = [
        n
        for n in find_numbers(nt)
        if _inside(n.nstart, in_text) and not any(a <= n.nstart < b for a, b in names)
    ]
    return doc


@cache
def _list_heads() -> dict[str, str]:
    return dict(load_yaml("presence_context.yaml")["list_heads"])


def distributed_places(tokens: Sequence[Token], places: Sequence[PhraseMatch]) -> list[PhraseMatch]:
    """Items of a list under a plural head that name a place only with that head.

    ``حقول رميلان والعمر وكونيكو``: ``والعمر`` is ``حقل العمر``. The list goes on
    while items start with ``و`` and are places, or become places with the head.
    """
    starts = {m.first_token: m for m in places}
    out = []
    for h, tok in enumerate(tokens):
        singular = _list_singular(tok.text)
        if singular is None:
            continue
        first = starts.get(h) or starts.get(h + 1)
        j = first.last_token + 1 if first else h + 2
        for _ in range(_MAX_LIST_ITEMS):
            if j >= len(tokens) or not tokens[j].text.startswith("و"):
                break
            if j in starts:
                j = starts[j].last_token + 1
                continue
            phrase = f"{singular} {tokens[j].text[1:]}"
            value = place_matcher().lookup(phrase)
            if value is None:
                break
            out.append(PhraseMatch(tokens[j].start + 1, tokens[j].end, j, j, phrase, value, "و"))
            j += 1
    return out


@lru_cache(maxsize=1 << 16)
def _list_singular(word: str) -> str | None:
    """The singular a plural list head stands for (``حقول`` → ``حقل``), with proclitics; memoised."""
    heads = _list_heads()
    return next((heads[stem] for _, stem in clitic_variants(word) if stem in heads), None)


def _in_text_ranges(sentences: Sequence[DocSentence]) -> list[tuple[int, int]]:
    return [(s.nstart, s.nend) for s in sentences]


def _inside(pos: int, ranges: Sequence[tuple[int, int]]) -> bool:
    i = bisect_left(ranges, (pos + 1, -1)) - 1
    return i >= 0 and ranges[i][0] <= pos < ranges[i][1]
