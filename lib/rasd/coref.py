"""Who a short form or a subjectless verb refers to, from what the article said before.

The press names a speaker once in full and then refers back to it:

- a verb with no subject (``وأضاف``, ``وتابعت``, ``لكنه شدد``) continues the last speaker
  whose gender agrees with the verb (``وأضافت`` skips a man quoted in between);
- a definite head alone (``المصادر ذاتها``, ``المصدر``, ``الوزارة``, ``الكتائب``) is the last
  speaker or organisation named with that head;
- ``الأخير`` is the person named last; ``البيان`` is whoever issued the last statement;
- a family name alone (``ووصف العبودي``) is the person of that family named in the article;
- a role alone (``بدوره، أكد وزير الدفاع العراقي``) is the person named earlier with it.

:class:`Discourse` keeps the speakers of the narrative and every other mention in order.
"""

from __future__ import annotations

from dataclasses import replace

from rasd.anon_number import one_for_many
from rasd.epithets import epithet_referent, is_epithet_head
from rasd.gazetteer import role_matcher
from rasd.head_words import same_word_source
from rasd.name_variants import fold_spellings, is_full_variant, is_official_name
from rasd.offices import office_owner
from rasd.role_nisbas import nisbas_fit, person_by_family, person_by_nisba
from rasd.speakers import Speaker, is_nisba, lex, org_head
from rasd.statement_issuers import statement_issuer
from rasd.text import normalize_str

# Words of a role phrase that carry no content (باسم الحكومة ~ الحكومي).
_ROLE_FILLERS = frozenset({"باسم", "في", "عن", "ل", "ب", "من", "لدي"})
_STEM_ENDS = ("يين", "يون", "يه", "ين", "ون", "ات", "ي", "ه")

__all__ = ["Discourse", "agrees", "same_role"]


def agrees(verb_gender: str, speaker: Speaker) -> bool:
    """Whether a verb of ``verb_gender`` (m, f, p, d or "") can have ``speaker`` as subject."""
    g = speaker.gender
    if not verb_gender or not g or verb_gender in ("p", "d") or g == "p":
        return True
    if speaker.stype == "anonymous" and speaker.head.startswith("مسؤول") and verb_gender == "m":
        return True
    return verb_gender == g


class Discourse:
    """The speakers and mentions of one article, in reading order.

    Args:
        registry: Persons named with a role anywhere in the article (read beforehand).
    """

    def __init__(self, registry: list[Speaker]) -> None:
        self.registry = sorted(registry, key=lambda s: s.pos)
        self.groups: list[list[Speaker]] = []
        self.mentions: list[Speaker] = []
        self.issuers: list[Speaker] = []
        self.topics: list[Speaker] = []

    def note(self, speakers: list[Speaker]) -> None:
        """Remember a mention that is not a statement (a clause subject, a source)."""
        self.mentions.extend(s for s in speakers if not s.anaphor)

    def topic(self, speakers: list[Speaker]) -> None:
        """Remember the subject of a sentence's first verb (``ولم تقدم الوزارة تفاصيل``)."""
        if len(speakers) == 1 and not speakers[0].anaphor:
            self.topics.append(speakers[0])
        self.note(speakers)

    def said(self, speakers: list[Speaker]) -> None:
        """Remember the speakers of a statement of the narrative."""
        if speakers:
            self.groups.append(list(speakers))
            self.note(speakers)

    def attributed(self, speakers: list[Speaker], pos: int) -> None:
        """Remember the source of an attribution (``جاء في بيان للبيت الأبيض``) at ``pos``.

        An outlet relaying the sentence (``بحسب ما نقلت قناة "الحرة"``) issued no statement:
        a later ``وأضاف البيان`` is not its.
        """
        self.issuers.extend(replace(s, pos=pos) for s in speakers[:1] if not s.media)
        self.note(speakers)

    def last_mention(self, gender: str, before: int) -> list[Speaker]:
        """The last organisation or person mentioned before ``before`` whose gender agrees."""
        found = [
            m
            for m in self.mentions
            if m.pos < before and m.stype != "anonymous" and (not gender or agrees(gender, m))
        ]
        return [max(found, key=lambda m: m.pos)] if found else []

    def last_group(self, gender: str, before: int) -> list[Speaker]:
        """The most recent speakers a subjectless verb of ``gender`` can continue."""
        for group in reversed(self.groups):
            if group[0].pos >= before:
                continue
            if gender == "d" and (len(group) == 2 or group[0].gender == "d"):
                return group
            if gender != "d" and len(group) == 1 and agrees(gender, group[0]):
                return group
            if gender in ("p", "d") and len(group) > 1:
                return group
        return self._last_topic(gender, before) or self._loose_group(gender, before)

    def _loose_group(self, gender: str, before: int) -> list[Speaker]:
        """No speaker at all agrees: a body or unnamed source, whose verbs writers mix.

        ``أفادت وسائل إعلامية … وأضاف، أن …`` with no man quoted before.
        """
        said = [g for g in self.groups if g[0].pos < before]
        if gender not in ("m", "f") or not said or any(agrees(gender, g[0]) for g in said):
            return []
        last = said[-1]
        return last if len(last) == 1 and last[0].stype != "person" else []

    def _last_topic(self, gender: str, before: int) -> list[Speaker]:
        """No speaker agrees: the subject of a sentence told since the last statement.

        ``ولم تقدم وزارة الدفاع تفاصيل. وقالت إن …`` after a man was quoted.
        """
        last_said = max((g[0].pos for g in self.groups if g[0].pos < before), default=-1)
        found = [
            m
            for m in self.topics
            if last_said < m.pos < before and gender in ("m", "f") and agrees(gender, m)
        ]
        return found[-1:]

    def resolve(self, sp: Speaker, subject: list[Speaker] | None = None) -> tuple[Speaker, bool]:
        """The speaker a phrase stands for, and whether it was found (or needed no lookup)."""
        kind = sp.anaphor
        if not kind:
            return self._full_name(self._expand(sp)), True
        found: Speaker | None = None
        if kind == "head_adj":
            # "الشبكه الاميركيه" after "شبكة فوكس نيوز": a head and adjectives, the body told before.
            found = self._by_head(sp)
            if found is None or found.stype != "organization" or not _adjectives_fit(sp, found):
                return replace(sp, anaphor=""), True
        elif kind == "head":
            found = self._by_head(sp)
        elif kind == "last_person":
            found = self._last_person(sp.pos)
        elif kind == "statement":
            # an unnamed source (مصدر عسكري) tells, it issues no statement (بيان) of its own
            issuers = [s for s in [g[0] for g in self.groups] + self.issuers if s.stype != "anonymous"]
            found = statement_issuer(issuers, sp.pos)
            if found is None:
                return replace(sp, anaphor="statement"), False
        elif kind == "family":
            found = self._person_by_family(sp)
        elif kind == "role":
            persons = self._persons()
            found = person_by_family(sp, persons) or person_by_nisba(sp, persons)
            found = found or self._person_by_role(sp)
            if found is None:
                return self._expand(replace(sp, anaphor="")), not sp.head
        elif kind == "subject" and subject:
            found = subject[0]
        if found is None and kind == "head" and sp.stype == "anonymous" and not _modified(sp):
            anon = [g[0] for g in self.groups if g[0].pos < sp.pos and g[0].stype == "anonymous"]
            found = anon[-1] if anon else None
        if found is None and kind == "head" and sp.stype == "anonymous" and is_epithet_head(sp.head):
            found = epithet_referent(sp, self.groups, self.mentions)  # "ونوه المسؤول الأميركي"
        if found is None:
            return replace(sp, anaphor=""), False
        if sp.stype == found.stype == "anonymous" and one_for_many(sp.text, found.text):
            return replace(sp, anaphor=""), True  # "المسؤولون" after one "مسؤول": other sources
        return replace(found, pos=sp.pos, anaphor="", gender=found.gender or sp.gender), True

    def _expand(self, sp: Speaker) -> Speaker:
        """``متحدث باسم الجماعة``: an affiliation that is a short form, named in full."""
        owner = office_owner(sp, [g[0] for g in self.groups])
        if owner is not None:
            return owner
        aff = normalize_str(sp.affiliation)
        head = org_head(aff) if aff.startswith("ال") and " " not in aff else None
        if sp.stype == "organization" or head is None or sp.affiliation not in sp.text:
            return sp
        probe = Speaker(sp.affiliation, "organization", head=head, pos=sp.pos)
        found = self._by_head(probe)
        if found is None or found.stype != "organization":
            return sp
        return replace(sp, text=sp.text.replace(sp.affiliation, found.text), affiliation=found.text)

    def _full_name(self, sp: Speaker) -> Speaker:
        """A short alias of an organisation named in full before, with the same head: the full name.

        ``المقاومة العراقية`` after ``المقاومة الإسلامية في العراق``; ``حزب الله العراقي``
        after ``كتائب "حزب الله" في العراق`` (its head is a word of the full name);
        ``البنتاغون`` after ``وزارة الدفاع`` keeps its own name (no shared word), and so does
        a full variant (``المقاومة الإسلامية العراقية``, :func:`is_full_variant`). A speaker of
        the narrative is preferred to a name only mentioned (the headline's wording).
        """
        if sp.stype != "organization" or not sp.canonical or is_official_name(sp.text, sp.canonical):
            return sp
        head = _words(sp.text)[0]
        spoken = [g[0] for g in self.groups] + self.topics + self.issuers
        earlier = [
            m
            for m in spoken + self.mentions
            if m.pos < sp.pos
            and m.canonical == sp.canonical
            and len(m.text) > len(sp.text)
            and not is_full_variant(sp.text, m.text)
            and (_words(m.text)[0] == head or not head.startswith("ال") and head in _words(m.text))
        ]
        # the narrative's own speaker before a name only mentioned (a headline's variant)
        named = [m for m in earlier if any(m is s for s in spoken)] or earlier
        return replace(sp, text=min(named, key=lambda m: m.pos).text) if named else sp

    def _by_head(self, sp: Speaker) -> Speaker | None:
        head = _plural_stem(sp.head[2:] if sp.head.startswith("ال") else sp.head)
        told = [g[0] for g in self.groups] + self.topics + self.issuers
        kinds = lex().raw.get("generic_heads", {}).get(head)
        # A speaker or sentence subject before any other mention: "الفصائل" is the faction
        # that speaks, not "فصائل عراقية" named in passing since.
        for m in [*sorted(told, key=lambda x: x.pos, reverse=True), *sorted(self.mentions, key=lambda x: x.pos, reverse=True)]:
            if m.pos >= sp.pos or m.anaphor:
                continue
            mhead = _plural_stem(m.head[2:] if m.head.startswith("ال") else m.head)
            if sp.stype == "anonymous" and m.stype != "anonymous":
                continue
            if mhead == head or (
                len(head) > 3 and mhead.startswith(head[:-1]) and m.stype == sp.stype
            ):
                return same_word_source(sp, m, told)
        kingdom = kinds is not None and "kingdom" in kinds  # المملكة: الأردن named before, not "قناة المملكة"
        inner = None if kingdom else _inner_head(sp, head, [*told, *self.mentions])
        if inner is not None:
            return inner
        if not kinds or sp.stype != "organization":
            return None
        kingdoms = lex().words["kingdoms"] if kingdom else set()
        return next(
            (
                m
                for m in sorted(self.mentions, key=lambda x: x.pos, reverse=True)
                if m.pos < sp.pos and not m.anaphor and (m.kind in kinds or normalize_str(m.text) in kingdoms)
            ),
            None,
        )

    def _persons(self) -> list[Speaker]:
        persons = [m for m in self.mentions if m.stype == "person" and m.family]
        return sorted(self.registry + persons, key=lambda s: s.pos)

    def _last_person(self, pos: int) -> Speaker | None:
        before = [p for p in self._persons() if p.pos < pos]
        return before[-1] if before else None

    def _person_by_family(self, sp: Speaker) -> Speaker | None:
        same = [p for p in self._persons() if p.family == sp.family]
        same.sort(key=lambda p: (bool(p.role), p.pos))
        before = [p for p in same if p.pos < sp.pos]
        if before:
            return before[-1]
        return same[0] if same else sp

    def _person_by_role(self, sp: Speaker) -> Speaker | None:
        key = sp.role_key
        head = sp.head or (key.split()[0] if key else "")  # "المتحدث الامريكي": its noun
        stem = head[2:] if head.startswith("ال") else head
        if stem:
            said = [g for g in [gr[0] for gr in self.groups] + self.mentions if nisbas_fit(sp, g)]
            kind = _role_split(key)[0] if key and " " not in key else ""
            for g in sorted(said, key=lambda s: s.pos, reverse=True):
                gkey = g.role_key[2:] if g.role_key.startswith("ال") else g.role_key
                if g.pos < sp.pos and g.stype == "person" and gkey.startswith(stem):
                    return g
                # "المتحدث" after "الناطق الرسمي باسم السفارة": a spokesperson said in other words
                if g.pos < sp.pos and g.stype == "person" and kind == "spokesperson" and g.role_key:
                    if _role_split(g.role_key)[0] == kind:
                        return g
        for p in reversed(self._persons()):
            if p.pos >= sp.pos or not p.role_key or not nisbas_fit(sp, p):
                continue
            pkey = p.role_key
            if key and (pkey == key or (len(key.split()) > 1 and _bare(pkey).startswith(_bare(key)))):
                return p  # "الأمين العام" is "أمين عام الكتائب" named before
            if (
                stem
                and not key.count(" ")
                and (pkey.startswith(stem) or pkey.startswith("ال" + stem))
            ):
                return p
        if key.count(" "):
            return next(
                (
                    p
                    for p in reversed(self._persons())
                    if p.pos < sp.pos and p.role_key and same_role(key, p.role_key)
                ),
                None,
            )
        return None


def _inner_head(sp: Speaker, head: str, told: list[Speaker]) -> Speaker | None:
    """``الشرطة`` after ``مديرية شرطة أربيل``: the last organisation with the head inside its name."""
    if sp.stype != "organization" or len(head) < 4:
        return None
    for m in sorted(told, key=lambda x: x.pos, reverse=True):
        if m.pos < sp.pos and not m.anaphor and m.stype == "organization":
            if head in {_plural_stem(_bare(w)) for w in _words(m.text)[1:]}:
                return m
    return None


def _adjectives_fit(sp: Speaker, found: Speaker) -> bool:
    """The adjectives of a short form suit the body told before.

    Each names a word of its name (``العراقيه`` ~ ``في العراق``), or that name is a proper
    name with no adjective of its own (``شبكة فوكس نيوز``); ``الحكومه العراقيه`` is not
    ``الحكومة السورية``.
    """
    full = fold_spellings(found.text).split()  # الأميركية ~ الأمريكية
    # only the adjectives of identity count: "المقرب" (close to) describes, it does not name
    words = [w for w in fold_spellings(sp.text).split()[1:] if is_nisba(w)]
    stems = [w[2:].removesuffix("ه").removesuffix("ي") for w in words]
    if all(len(st) > 2 and any(st in w for w in full) for st in stems):
        return True
    return not any(is_nisba(w) and (w.startswith("ال") or w.endswith("يه")) for w in full[1:])


def _words(text: str) -> list[str]:
    """The normalised words of a name, without quotation marks or brackets."""
    return [w.strip("\"'()[]{}") for w in normalize_str(text).split()] or [""]


def _bare(key: str) -> str:
    """A role key without its articles: ``الامين العام`` and ``امين عام`` compare equal."""
    return " ".join(w[2:] if w.startswith("ال") else w for w in key.split())


def _modified(sp: Speaker) -> bool:
    """``المسؤول العسكري``: a head with a modifier after it names a source of its own.

    Demonstratives, quantifiers and ``ذاتها``/``نفسها`` (``هذه المصادر``, ``المصدر ذاته``) are
    no modifiers.
    """
    lx = lex()
    keys = ("demonstratives", "quantifiers", "anaphor_modifiers")
    words = [w for w in normalize_str(sp.text).split() if not any(lx.has(k, w) for k in keys)]
    return len(words) > 1


def _plural_stem(head: str) -> str:
    """A sound masculine plural without its case ending (مسؤولون ~ مسؤولين)."""
    return head[:-2] if len(head) > 4 and head.endswith(("ون", "ين")) else head


def _role_split(key: str) -> tuple[str, list[frozenset[str]]]:
    """The role type of a role phrase, and the stems of its content words after the first."""
    words = key.split()
    for n in range(len(words), 0, -1):
        value = role_matcher().lookup(" ".join(words[:n]))
        if value is not None:
            rest = [_stems(w) for w in words[1:] if w not in _ROLE_FILLERS]
            return str(value.get("type", "")), [s for s in rest if s]
    return "", []


def _stems(word: str) -> frozenset[str]:
    """Rough stems of a role word: no article, glued preposition or ending (``للكتائب``)."""
    out = set()
    for w in (word, word[1:] if word[:1] in "لب" and not word.startswith("ال") else ""):
        if w.startswith("لل"):
            w = w[2:]
        elif w.startswith("ال"):
            w = w[2:]
        for end in _STEM_ENDS:
            if w.endswith(end) and len(w) - len(end) >= 3:
                w = w[: -len(end)]
                break
        if len(w) >= 3:
            out.add(w)
    return frozenset(out)


def same_role(key: str, other: str) -> bool:
    """A role said again in other words (``الناطق الحكومي`` ~ ``الناطق باسم الحكومة``).

    The two phrases have the same role type, and every content word of ``key`` after its
    role (``الحكومي``, ``للكتائب``) shares a stem with a word of ``other``.
    """
    kind, rest = _role_split(key)
    other_words = other.split()
    splits = [_role_split(" ".join(other_words[i:])) for i in range(len(other_words))]
    other_rest = [_stems(w) for w in other_words if w not in _ROLE_FILLERS]
    if not kind or not any(k == kind for k, _ in splits) or not rest or kind == "anonymous_head":
        return False
    return all(
        any(a.startswith(b) or b.startswith(a) for s in other_rest for b in s for a in stems)
        for stems in rest
    )
