"""Reporting words of a sentence, and the per-article lookups the sentence reader needs.

:func:`find_triggers` finds the reporting verbs, participles and attribution markers of
``data/reporting_verbs.yaml`` outside quotation marks, also when a verb carries an object
pronoun (``ووصفته`` → ``وصفت``). :class:`SentenceReader` prepares an article once: actors,
places and dates by token, the quoted tokens of each sentence, the persons named with a
role anywhere in the text (for family names and roles used alone) and the organisations
named anywhere (for short forms such as ``الجماعة``).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from typing import Any

from rasd.doc import Doc, DocSentence
from rasd.gazetteer import actor_matcher, reporting_verb_matcher, role_matcher
from rasd.lexicon import load_yaml
from rasd.phrases import parse_speaker
from rasd.quoted_persons import quoted_role_persons
from rasd.quotes import MARK_RE, find_quotes
from rasd.resumed_acts import purpose_reporting_ok
from rasd.role_appositions import named_before_role
from rasd.speakers import Cx, Speaker, lex, org_head, title_at
from rasd.trigger_senses import drop_other_senses, relay_keeps_cue

__all__ = [
    "Trigger",
    "SentenceReader",
    "detached_conjunction",
    "find_triggers",
    "form_gender",
    "fused_verb",
    "relative_verb_at",
]


_OBJECT_SUFFIXES = ("هما", "هم", "ها", "ه")
# Paragraph kinds whose organisations short forms (الخلية, الوزارة) may refer back to.
_NAMING_KINDS = frozenset({"headline", "body"})


@cache
def _single_forms() -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for e in load_yaml("reporting_verbs.yaml")["entries"]:
        if e["kind_hint"] == "verb":
            for f in e["forms"]:
                out.setdefault(f, e)
    return out


def form_gender(form: str, lemma: str, hint: str) -> str:
    """Gender and number a reporting form agrees with: m, f, p (plural), d (dual) or ""."""
    if hint == "participle":
        return "f" if form.endswith("ه") else ("p" if form.endswith("ين") else "m")
    if hint != "verb" or (form.startswith("ن") and not lemma.startswith("ن")):
        return ""
    if form.endswith("تا") or form == lemma + "ا":
        return "d"
    if form.endswith(("وا", "ون")):
        return "p"
    if form.startswith("ي") or form == lemma:
        return "m"
    if form.startswith("ت") and (not lemma.startswith("ت") or form.startswith("تت")):
        return "f"
    return "f" if form.endswith("ت") else ""


@dataclass(frozen=True)
class Trigger:
    """A reporting word of a sentence (token indices and the verb's normalised span)."""

    first: int
    last: int
    entry: dict[str, Any]
    prefix: str
    vstart: int
    vend: int
    form: str
    phrase: str = ""

    @property
    def hint(self) -> str:
        """``verb``, ``participle`` or ``attribution``."""
        return str(self.entry["kind_hint"])

    @property
    def lemma(self) -> str:
        """The entry's lemma."""
        return str(self.entry["lemma"])

    @property
    def gender(self) -> str:
        """Agreement of the form (see :func:`form_gender`)."""
        return form_gender(self.form, self.lemma, self.hint)


@dataclass
class SentenceReader:
    """Per-article lookups for reading sentences (see the module docstring)."""

    doc: Doc
    actor_at: dict[int, Any] = field(default_factory=dict)
    place_at: dict[int, Any] = field(default_factory=dict)
    date_at: dict[int, int] = field(default_factory=dict)
    persons: list[Speaker] = field(default_factory=list)
    carried: dict[int, int] = field(default_factory=dict)
    contexts: dict[tuple[int, int | None], Cx] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.actor_at = {m.first_token: m for m in self.doc.actors}
        self.place_at = {m.first_token: m for m in self.doc.places}
        starts = {t.start: i for i, t in enumerate(self.doc.tokens)}
        ends = {t.end: i for i, t in enumerate(self.doc.tokens)}
        for d in self.doc.dates:
            a, b = starts.get(d.nstart), ends.get(d.nend)
            if a is None:
                a = next(
                    (i for i, t in enumerate(self.doc.tokens) if t.start <= d.nstart < t.end), None
                )
            if b is None:
                b = next(
                    (i for i, t in enumerate(self.doc.tokens) if t.start < d.nend <= t.end), None
                )
            if a is not None and b is not None:
                self.date_at[a] = b

    def cx(self, sent: DocSentence, carry_to: int | None = None) -> Cx:
        """The phrase-reading context of a sentence (quotation marks masked), built once."""
        key = (sent.start, carry_to)
        if key not in self.contexts:
            self.contexts[key] = self._new_cx(sent, carry_to)
        return self.contexts[key]

    def _new_cx(self, sent: DocSentence, carry_to: int | None) -> Cx:
        quoted = _quoted_tokens(self.doc, sent, carry_to)
        cx = Cx(
            self.doc,
            sent.tok_lo,
            sent.tok_hi,
            quoted,
            self.actor_at,
            self.place_at,
            self.date_at,
            frozenset(),
            self.persons,
        )
        cx.trigger_at = frozenset(t.first for t in find_triggers(cx))
        return cx

    def registry(self) -> list[Speaker]:
        """Persons named with a role (or a name and an apposition) in the article's text."""
        out: list[Speaker] = []
        for sent in self.doc.sentences:
            if sent.kind not in ("body", "subhead", "headline"):
                continue
            cx = self.cx(sent)
            out.extend(self._named_persons(cx) + quoted_role_persons(cx))
            covered = cx.lo
            for m in role_matcher().find(cx.tokens[cx.lo : cx.hi]):
                j = cx.lo + m.first_token
                if m.prefix not in ("", "و", "ف", "ل", "ب", "وب", "ول") or j < covered:
                    continue
                ph = parse_speaker(cx, j, prefixes=(m.prefix,))
                if ph is not None and ph.speakers[0].stype == "person" and ph.speakers[0].family:
                    out.append(ph.speakers[0])
                    covered = ph.hi
                elif ph is not None and (before := named_before_role(cx, j, ph.hi)) is not None:
                    out.append(before)  # "جمع فلان، وزير الدفاع الأمريكي، بفلان، وزير …"
        self.persons[:] = out
        return out

    def _named_persons(self, cx: Cx) -> list[Speaker]:
        """Persons named with a title, at the head of a sentence or after its news verb (``اللواء يحيى رسول``, ``أبو علي العسكري، …``)."""
        titles, toks = lex().phrases["titles"], cx.tokens
        titled = [
            j + 1
            for j in range(cx.lo, cx.hi)
            if titles.can_start(toks[j].text) and title_at(cx, j) is not None
        ]
        # "وأجرى لويد أوستن، وزير الدفاع، اتصالا": the subject of a news verb opening the sentence
        after_verb = [cx.lo + 1] if lex().has("subject_verbs", cx.word(cx.lo)) else []
        out = []
        for j in [cx.lo, *after_verb, *titled]:
            ph = parse_speaker(cx, j) if j < cx.hi and j not in cx.quoted else None
            if ph is None or ph.speakers[0].stype != "person" or ph.speakers[0].anaphor:
                continue
            sp = ph.speakers[0]
            # At the head of a sentence only a name with a role after it, or a kunya (أبو علي …).
            sure = j in titled or sp.role or cx.word(j) in lex().words["kunya_words"]
            if sure and sp.family and len(sp.text.split()) > 1:
                out.append(sp)
        return out

    def remember(self, speakers: list[Speaker]) -> None:
        """Add the named persons among a sentence's speakers (``يحيى رسول، المتحدث …``, ``قال كاظم الفرطوسي``).

        A family name used alone later (``وأضاف رسول``) then finds them, as it finds the
        persons named with a role before the text was read.
        """
        known = {(p.text, p.family) for p in self.persons}
        for sp in speakers:
            if sp.stype == "person" and sp.family and len(sp.text.split()) > 1:
                if (sp.text, sp.family) not in known:
                    self.persons.append(sp)
                    known.add((sp.text, sp.family))

    def organisations(self) -> list[Speaker]:
        """Organisations named in the headline or the body (actors, ``جماعة "X"``), for short forms.

        A body that opens with ``وقالت الخلية`` refers back to the body its headline named.
        """
        out: list[Speaker] = []
        actors = actor_matcher()
        for sent in [s for s in self.doc.sentences if s.kind in _NAMING_KINDS]:
            cx = self.cx(sent)
            j = cx.lo
            while j < cx.hi:
                w = cx.word(j)
                # No actor here when the word starts none (cx.actor would say None).
                no_actor = (j not in cx.actor_at and not actors.can_start(w)) or cx.actor(j) is None
                if no_actor and not (
                    org_head(w) is not None and cx.quote_run(j + 1) is not None
                ):
                    j += 1
                    continue
                ph = parse_speaker(
                    cx, j, prefixes=("", "و", "ف", "ل", "ب", "وب", "ول"), names=False
                )
                if (
                    ph is not None
                    and ph.speakers[0].stype == "organization"
                    and not ph.speakers[0].anaphor
                ):
                    out.extend(ph.speakers)
                    j = max(j + 1, ph.hi)
                else:
                    j += 1
        return out

    def continues_quote(self, sent: DocSentence) -> int | bool:
        """Original offset of the closing mark when the sentence ends a quotation opened before."""
        _, strays = find_quotes(sent.text)
        if not strays:
            return False
        close = sent.start + strays[0]
        cx = self.cx(sent)
        if any(
            cx.lo < t.first
            and self.doc.nt.offsets[cx.tokens[t.first].start] < close
            and (cx.punct_before(t.first) or t.first == cx.lo)
            for t in find_triggers(cx)
        ):
            return False
        self.carried[sent.start] = close
        return close


def _quoted_tokens(doc: Doc, sent: DocSentence, carry_to: int | None) -> frozenset[int]:
    """Token indices of a sentence inside quotation marks, on marks, or before ``carry_to``.

    Each stretch is turned into a range of tokens by bisection on the tokens' original
    offsets (non-decreasing, as ``NormText.offsets`` is) instead of testing every token
    against every stretch.
    """
    bounds = _quoted_bounds(sent, carry_to)
    if not bounds:
        return frozenset()
    offsets, toks, lo = doc.nt.offsets, doc.tokens, sent.tok_lo
    pos = [offsets[toks[j].start] for j in range(lo, sent.tok_hi)]
    out: set[int] = set()
    for a, b in bounds:
        out.update(range(lo + bisect_left(pos, a), lo + bisect_left(pos, b)))
    return frozenset(out)


def _quoted_bounds(sent: DocSentence, carry_to: int | None) -> list[tuple[int, int]]:
    """Original-offset stretches ``[a, b)`` of quotations, marks and the carried quotation."""
    spans, _ = find_quotes(sent.text)
    bounds = [(sent.start + q.start, sent.start + q.end) for q in spans]
    bounds += [(sent.start + m.start(), sent.start + m.end()) for m in MARK_RE.finditer(sent.text)]
    if carry_to is not None:
        bounds.append((-1, carry_to))
    return bounds


def find_triggers(cx: Cx) -> list[Trigger]:
    """Reporting words of a sentence outside quotation marks, in order (read once per sentence)."""
    if "triggers" not in cx.memo:
        cx.memo["triggers"] = tuple(_scan_triggers(cx))
    return list(cx.memo["triggers"])


def fused_verb(t: Trigger, trigs: list[Trigger], cx: Cx) -> Trigger:
    """``حسبما أعلنت الوزارة``: after the one-word «حسبما» the reporting verb names the act.

    ``بحسب ما أورد``, ``وفق ما`` (two words) and «حسبما» before an outlet relaying with no
    source (:func:`~rasd.trigger_senses.relay_keeps_cue`) keep their cue as the verb.
    """
    if t.hint != "attribution" or t.first != t.last or not t.form.endswith("ما"):
        return t
    nxt = next((v for v in trigs if v.first == t.last + 1 and v.hint == "verb"), None)
    relayed = nxt is not None and relay_keeps_cue(cx, nxt.form, nxt.last)
    return t if nxt is None or relayed else replace(t, vstart=nxt.vstart, vend=nxt.vend)


def _scan_triggers(cx: Cx) -> list[Trigger]:
    """The reading behind :func:`find_triggers`."""
    out = []
    toks = cx.tokens
    verbs = reporting_verb_matcher()
    j = cx.lo
    while j < cx.hi:
        if not _may_trigger(toks[j].text):
            j += 1  # neither a reporting phrase nor a verb with an object pronoun starts here
            continue
        m = verbs.match_at(toks, j)
        if m is not None and (
            m.prefix not in ("", "و", "ف") and not purpose_reporting_ok(cx, j, m.prefix, m.phrase)
            or m.last_token >= cx.hi
        ):
            m = None
        if m is not None and j not in cx.quoted and not _said_relative(cx, j, m.phrase):
            t = toks[j]
            words = m.phrase.split()
            whole = m.phrase in lex().words["whole_phrase_verbs"]
            vend = toks[m.last_token].end if whole else t.start + len(m.prefix) + len(words[0])
            out.append(
                Trigger(
                    j,
                    m.last_token,
                    m.value,
                    m.prefix or detached_conjunction(cx, j),
                    t.start + len(m.prefix),
                    vend,
                    words[0],
                    m.phrase,
                )
            )
            j = m.last_token + 1
            continue
        trig = _suffixed_verb(cx, j) if j not in cx.quoted else None
        if trig is not None:
            out.append(trig)
        j += 1
    return drop_other_senses(cx, out)


def detached_conjunction(cx: Cx, j: int) -> str:
    """``و``/``ف`` written apart right before the word at ``j`` (``و قالت``), else ""."""
    w = cx.word(j - 1) if j > cx.lo and not cx.punct_before(j) else ""
    return w if w in ("و", "ف") else ""


def relative_verb_at(cx: Cx, k: int) -> int:
    """Tokens ``ما`` + reporting verb take at ``k``: 2 (``ما نقلت``), 1 when glued (``مانقلت``), 0."""
    w = cx.word(k)
    if w == "ما":
        return 2
    return 1 if w.startswith("ما") and w[2:] in _single_forms() else 0


def _said_relative(cx: Cx, j: int, phrase: str) -> bool:
    """``ما جاء على لسان X``: words already said, the object of another verb, not a source."""
    return (
        phrase in lex().words["whole_phrase_verbs"]
        and j - 2 >= cx.lo
        and cx.word(j - 2) in ("ما", "مما", "وما")
        and lex().has("said_relatives", cx.word(j - 1))
    )


@lru_cache(maxsize=1 << 16)
def _may_trigger(word: str) -> bool:
    """Whether a reporting phrase or a verb with an object pronoun can start at ``word`` (memoised)."""
    return reporting_verb_matcher().can_start(word) or _split_suffixed(word) is not None


def _suffixed_verb(cx: Cx, j: int) -> Trigger | None:
    """A verb carrying an object pronoun (``ووصفته``, ``واتهمها``)."""
    split = _split_suffixed(cx.tokens[j].text)
    if split is None:
        return None
    prefix, form = split
    start = cx.tokens[j].start + len(prefix)
    return Trigger(j, j, _single_forms()[form], prefix, start, start + len(form), form)


@lru_cache(maxsize=1 << 14)
def _split_suffixed(word: str) -> tuple[str, str] | None:
    """``(proclitic, verb form)`` of a reporting verb + object pronoun, else None."""
    prefix = word[0] if word[:1] in "وف" and len(word) > 4 else ""
    stem = word[len(prefix) :]
    for suf in _OBJECT_SUFFIXES:
        if stem.endswith(suf) and stem[: -len(suf)] in _single_forms():
            return prefix, stem[: -len(suf)]
    return None
