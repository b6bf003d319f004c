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

from rasd.speakers import Speaker

__all__ = ["Discourse", "agrees"]


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

    def note(self, speakers: list[Speaker]) -> None:
        """Remember a mention that is not a statement (a clause subject, a source)."""
        self.mentions.extend(s for s in speakers if not s.anaphor)

    def said(self, speakers: list[Speaker]) -> None:
        """Remember the speakers of a statement of the narrative."""
        if speakers:
            self.groups.append(list(speakers))
            self.note(speakers)

    def last_group(self, gender: str, before: int) -> list[Speaker]:
        """The most recent speakers a subjectless verb of ``gender`` can continue."""
        for group in reversed(self.groups):
            if group[0].pos >= before:
                continue
            if gender == "d" and len(group) == 2:
                return group
            if gender != "d" and len(group) == 1 and agrees(gender, group[0]):
                return group
            if gender in ("p", "d") and len(group) > 1:
                return group
        return []

    def resolve(self, sp: Speaker, subject: list[Speaker] | None = None) -> tuple[Speaker, bool]:
        """The speaker a phrase stands for, and whether it was found (or needed no lookup)."""
        kind = sp.anaphor
        if not kind:
            return sp, True
        found: Speaker | None = None
        if kind == "head":
            found = self._by_head(sp)
        elif kind == "last_person":
            found = self._last_person(sp.pos)
        elif kind == "statement":
            found = next((g[0] for g in reversed(self.groups) if g[0].pos < sp.pos), None)
            if found is None:
                return replace(sp, anaphor="statement"), False
        elif kind == "family":
            found = self._person_by_family(sp)
        elif kind == "role":
            found = self._person_by_role(sp)
            if found is None:
                return replace(sp, anaphor=""), not sp.head
        elif kind == "subject" and subject:
            found = subject[0]
        if found is None and kind == "head" and sp.stype == "anonymous":
            found = next(
                (
                    g[0]
                    for g in reversed(self.groups)
                    if g[0].pos < sp.pos and g[0].stype == "anonymous"
                ),
                None,
            )
        if found is None:
            return replace(sp, anaphor=""), False
        return replace(found, pos=sp.pos, anaphor="", gender=found.gender or sp.gender), True

    def _by_head(self, sp: Speaker) -> Speaker | None:
        head = sp.head[2:] if sp.head.startswith("ال") else sp.head
        for m in sorted(self.mentions, key=lambda x: x.pos, reverse=True):
            if m.pos >= sp.pos or m.anaphor:
                continue
            mhead = m.head[2:] if m.head.startswith("ال") else m.head
            if sp.stype == "anonymous" and m.stype != "anonymous":
                continue
            if mhead == head or (
                len(head) > 3 and mhead.startswith(head[:-1]) and m.stype == sp.stype
            ):
                return m
        return None

    def _persons(self) -> list[Speaker]:
        persons = [m for m in self.mentions if m.stype == "person" and m.family]
        return sorted(self.registry + persons, key=lambda s: s.pos)

    def _last_person(self, pos: int) -> Speaker | None:
        before = [p for p in self._persons() if p.pos < pos]
        return before[-1] if before else None

    def _person_by_family(self, sp: Speaker) -> Speaker | None:
        same = [p for p in self._persons() if p.family == sp.family and p.role]
        before = [p for p in same if p.pos < sp.pos]
        if before:
            return before[-1]
        return same[0] if same else sp

    def _person_by_role(self, sp: Speaker) -> Speaker | None:
        key = sp.role_key
        stem = sp.head[2:] if sp.head.startswith("ال") else sp.head
        if stem:
            for group in reversed(self.groups):
                g = group[0]
                gkey = g.role_key[2:] if g.role_key.startswith("ال") else g.role_key
                if g.pos < sp.pos and g.stype == "person" and gkey.startswith(stem):
                    return g
        for p in reversed(self._persons()):
            if p.pos >= sp.pos or not p.role_key:
                continue
            pkey = p.role_key
            if key and (pkey == key or (len(key.split()) > 1 and pkey.startswith(key))):
                return p
            if (
                stem
                and not key.count(" ")
                and (pkey.startswith(stem) or pkey.startswith("ال" + stem))
            ):
                return p
        return None
