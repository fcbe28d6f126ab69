"""The reading context of one text (:class:`Context`): its sentences, clauses, role cues
and names, each found once, on demand.

The rules ask the context, not the text, for the sentence or clause around a position
(clauses split at ، ؛ ;), the role cues of a sentence and the names it holds. A name the
text quotes as a source is no party (:func:`_quoted`): an outlet quoted as a source, a
platform posted on or a dateline («نيويورك-سانا») is never the company the article speaks of.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from functools import cache

from analysis.extract.entities import EntityMention, find_all_entities, sectors
from analysis.extract.names import outlet_suffixes
from analysis.extract.parties.cues import _cues
from analysis.text.sentences import sentence_spans

_CLAUSE_MARK = re.compile(r"[،؛;]")
_SELF = re.compile(r"[ \t\"'»”)]*[،,]?[ \t]*ان(?:ها|ه|هم)(?!\w)")
_REPEAT = re.compile(r"^[ \t\"'«»“”()]*$")


def _quoted(text: str, e: EntityMention, lo: int) -> bool:
    """Whether ``e`` is an outlet the text quotes, not a party: a news outlet (gazetteer
    sector ``media``) anywhere, or a name right after a source cue («وفقا لبيانات X», «ذكرت
    X»), unless it speaks of itself («قالت إنها») or is a company the gazetteer knows that
    is no outlet («أفادت إنفيديا بأن إيراداتها»: the company reports its own figures) —
    but the author of a report, estimate or forecast («تقرير صادر عن يو بي إس»، «وفق تقديرات
    مورغان ستانلي») is a source whatever its sector."""
    sector = sectors().get(e.name_en)
    if sector == "media" or (not e.known and _outlet_named(e.name_en)):
        return True  # also an outlet the gazetteer does not list («صراحة نيوز»، «وورلد برس»)
    if not _cues().cited.search(text, max(lo, e.start - 40), e.start):
        return False  # neither the author of a report nor a source cue: one search for both
    if _cues().report_author.search(text, max(lo, e.start - 40), e.start):
        return True  # «تقرير صادر عن يو بي إس»: the author of a report or an estimate
    if not _cues().source.search(text, max(lo, e.start - 40), e.start) or _SELF.match(text, e.end):
        return False
    if sector in _cues().data_sectors:
        return True  # «وفق بيانات مجموعة بورصة لندن»: a data provider or research firm cited
    return not (e.known and e.kind == "org" and sector not in (None, "platform", "person", "place", "product"))


@cache
def _outlet_named(name: str) -> bool:
    """Does ``name`` end in a word that ends many outlets' names («نيوز», «برس»)?"""
    return name.rsplit(" ", 1)[-1] in outlet_suffixes()


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[lo:hi]``, split at ، ؛ ;."""
    out, pos = [], lo
    for m in _CLAUSE_MARK.finditer(text, lo, hi):
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if text[a:b].strip()]


_READ_CUES: dict[str, tuple[str, bool, int] | None] = {}


def _read_cue(surface: str) -> tuple[str, bool, int] | None:
    """(role, strong, length of the clitics before the cue word) of a match of the role
    cues, or None for a word that is no cue («الجمعة»). Kept per surface: a match's groups
    depend only on the matched characters (it always ends before a non-word character),
    and the same few cue words come back in every sentence."""
    read = _READ_CUES.get(surface, False)
    if read is False:
        cues = _cues()
        m = cues.roles.fullmatch(surface)
        if cues.not_words.fullmatch(surface):
            read = None
        else:
            said = " ".join((m.group("c") or m.group("s")).split())
            role, strong, _ = cues.role_map.get(said) or cues.role_map[re.sub(r"ه(?= |$)", "ة", said)]
            read = (role, strong, m.start("c") if m.group("c") else m.start("s"))
        _READ_CUES[surface] = read
    return read


class Context:
    """Sentences, clauses, cue words and entities around the amounts of one text,
    computed on demand, once per sentence."""

    def __init__(self, text: str, entities: list[EntityMention] | None = None,
                 sentences: list[tuple[int, int]] | None = None):
        self.text = text
        self._given = entities
        self._lines: dict[int, tuple[list, list]] = {}
        if sentences is not None:
            self._lines[-1] = (sentences, [a for a, _ in sentences])
        self._sents: dict[tuple[int, int], tuple] = {}
        self._at: dict[int, tuple[int, int]] = {}  # pos -> its sentence (asked many times per amount)
        self._info_at: dict[int, tuple] = {}  # pos -> its sentence's _info
        self._found: dict[tuple[int, int], list] = {}  # sentence -> its role cues
        self._cue_spans: dict[tuple[int, int], dict] = {}  # sentence -> its role cues by span
        self._ent_starts: dict[tuple[int, int], list[int]] = {}  # sentence -> its names' starts ([] if not in order)
        self.named: dict[tuple, list] = {}  # (sentence, the role's party kinds, spending?) -> _named(...)
        self._clause_at: dict[int, tuple[int, int]] = {}  # pos -> its clause
        self._per_sentence: dict[tuple, object] = {}  # (sentence, question) -> answer
        self._short_lines: dict[tuple[int, int], bool] = {}  # line span -> fewer than three words?
        self._first: dict[tuple[str, tuple[int, int]], re.Match | None] = {}  # (pattern, sentence) -> first match
        self._cands: list[EntityMention] | None = None  # the text's names of the party kinds
        self._kept: list[bool | None] = []  # per name of _cands: no quoted outlet, no dateline? (None: not asked yet)
        self._quoted: dict[tuple, bool] = {}  # (name's span, name, kind, known, sentence start) -> _quoted(...)
        self.main_clauses: dict[tuple[int, ...], tuple[list, list]] = {}  # agent._main_clause: names' ids -> (names, kept)
        # Entity starts, when the given entities are in order: a sentence's are then a slice.
        starts = [e.start for e in entities] if entities is not None else []
        self._starts = starts if starts == sorted(starts) else None  # (sorted: linear on sorted input)

    @staticmethod
    def _span(starts, spans, pos: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1]:
            return spans[i]
        return pos, pos

    def sentence(self, pos: int) -> tuple[int, int]:
        """Span of the sentence holding ``pos``."""
        span = self._at.get(pos)
        if span is None:
            span = self._at[pos] = self._sentence(pos)
        return span

    def _sentence(self, pos: int) -> tuple[int, int]:
        if -1 in self._lines:
            return self._span(self._lines[-1][1], self._lines[-1][0], pos)
        ls = self.text.rfind("\n", 0, pos) + 1
        if ls not in self._lines:
            le = self.text.find("\n", pos)
            le = len(self.text) if le < 0 else le
            sents = [(a + ls, b + ls) for a, b in sentence_spans(self.text[ls:le])]
            self._lines[ls] = (sents, [a for a, _ in sents])
        sents, starts = self._lines[ls]
        return self._span(starts, sents, pos)

    def _info(self, pos: int) -> tuple:
        info = self._info_at.get(pos)
        if info is None:
            info = self._info_at[pos] = self._sentence_info(pos)
        return info

    def _sentence_info(self, pos: int) -> tuple:
        sent = self.sentence(pos)
        if sent not in self._sents:
            lo, hi = sent
            clauses = _clauses(self.text, lo, hi)
            if self._given is None:
                ents = [EntityMention(e.start + lo, e.end + lo, e.name_en, e.name_ar, e.kind, e.known)
                        for e in find_all_entities(self.text[lo:hi])]
            else:
                given = self._given
                if self._starts is not None:
                    given = given[bisect_left(self._starts, lo):bisect_right(self._starts, hi)]
                ents = [e for e in given if lo <= e.start and e.end <= hi]
            self._sents[sent] = (clauses, [a for a, _ in clauses], ents)
        return self._sents[sent]

    def _cues_in(self, lo: int, hi: int) -> list[tuple[int, int, str, bool]]:
        """The role cues of the sentence ``text[lo:hi]`` (see :meth:`cues`)."""
        cues = _cues()
        text = self.text
        found = []
        for m in cues.roles.finditer(text, lo, hi):
            read = _read_cue(m.group(0))
            if read is None:
                continue  # «يوم الجمعة»: no «جمع*»
            role, strong, skip = read
            before = (max(lo, m.start() - 20), m.start())
            said = text[before[0]:before[1]]
            # No adjunct phrase ends the 20 characters before the cue (blanks aside): no search.
            if (strong and said.rstrip(" \t\n").endswith(cues.adjunct_ends)
                    and cues.adjunct.search(text, *before)):
                strong = False  # «في تلك الجولة»: an adverbial, not the amount's head
            if said.rstrip(" \t").endswith(cues.title_heads) and cues.title_head.search(text, *before):
                continue  # «قائد مشروع مانهاتن»: a person's title, not the amount's head
            if role == "acquisition" and cues.offer.search(text, *before):
                role = "bid"  # «عرضها الاستحواذ على»: an offer, not a done deal
            found.append((m.start() + skip, m.end(), role, strong))
        return found

    def first_before(self, pattern: re.Pattern, pos: int, until: int | None = None) -> re.Match | None:
        """The first match of ``pattern`` in the sentence holding ``pos`` that ends by
        ``until`` (by default ``pos``), found once per sentence: a line of many amounts
        stays linear."""
        sent = self.sentence(pos)
        pos = pos if until is None else until
        key = (pattern.pattern, sent)
        if key not in self._first:
            self._first[key] = pattern.search(self.text, *sent)
        m = self._first[key]
        return m if m is not None and m.end() <= pos else None

    def _named_in_text(self, persons: bool = False) -> list[EntityMention]:
        """The text's organizations, funds and governments (and people, if asked),
        without the outlets it quotes as sources («وفقا لصحيفة نيويورك تايمز» is not
        what the text is about) or names in a dateline."""
        return list(self._names_in_text(persons))

    def _names_in_text(self, persons: bool = False, reverse: bool = False,
                       want: Callable[[EntityMention], bool] | None = None) -> Iterator[EntityMention]:
        """:meth:`_named_in_text` one by one (last first if ``reverse``), only those ``want``
        accepts: a name is checked for being quoted or in a dateline only when reached, and
        once. The topic and the main name are near one end of the text: the names far from
        it are then never checked."""
        if self._cands is None:
            found = self._given if self._given is not None else find_all_entities(self.text)
            kinds = _cues().kinds | {"person"}
            venues = _cues().venues
            sector = sectors()
            # An exchange or an outlet is where a company is listed or reported, never the
            # company the text is about (nor «الشركة»).
            self._cands = [e for e in found if e.kind in kinds and sector.get(e.name_en, "") not in venues]
            self._kept = [None] * len(self._cands)
        cands, kept = self._cands, self._kept
        for i in range(len(cands) - 1, -1, -1) if reverse else range(len(cands)):
            e = cands[i]
            if (not persons and e.kind == "person") or (want is not None and not want(e)):
                continue
            ok = kept[i]
            if ok is None:
                ok = kept[i] = not self.quoted(e, self.sentence(e.start)[0]) and not self._dateline(e) \
                    and not (i and self._gloss_of_quoted(cands[i - 1], e))
            if ok:
                yield e

    def _gloss_of_quoted(self, before: EntityMention, e: EntityMention) -> bool:
        """Is ``e`` the gloss in brackets of a quoted name right before it («منصة «ومضة» (Wamda)»)?"""
        gap = self.text[before.end:e.start]
        return "(" in gap and _REPEAT.match(gap) is not None and self.quoted(before, self.sentence(before.start)[0])

    def quoted(self, e: EntityMention, lo: int) -> bool:
        """:func:`_quoted` of ``e`` in the sentence starting at ``lo``, once per name (the
        parties of each amount and the text's topic ask again for the same names)."""
        key = (e.start, e.end, e.name_en, e.kind, e.known, lo)
        found = self._quoted.get(key)
        if found is None:
            found = self._quoted[key] = _quoted(self.text, e, lo)
        return found

    def topic(self, pos: int, exclude=(), kinds=("org",)) -> str:
        """The organization (of ``kinds``) named last before ``pos`` in the whole text (the
        company «الشركة» refers to when no amount before named one), or "". The entities
        given to the context, if any, are the text's: they are not looked for again."""
        e = self.named_last(pos, exclude, kinds)
        return e.name_en if e is not None else ""

    def named_last(self, pos: int, exclude=(), kinds=("org",)) -> EntityMention | None:
        """The mention behind :meth:`topic`: the last one of ``kinds`` ending before ``pos``
        whose name is not in ``exclude``, or None."""
        return next(self._names_in_text(
            reverse=True, want=lambda e: e.kind in kinds and e.end <= pos and e.name_en not in exclude), None)

    def last_two(self, pos: int, exclude=(), n: int = 2) -> list[str]:
        """The last ``n`` (two) distinct organizations or funds named before ``pos`` (what
        «الطرفان», «الشركتان», «الشركات الثلاث» refer to), in the order named; a project
        («ستارجيت») is no partner."""
        out: list[str] = []
        sector = sectors()
        for e in self._names_in_text(reverse=True, want=lambda e: e.end <= pos):
            if e.name_en not in exclude and e.name_en not in out and sector.get(e.name_en) != "project":
                out.append(e.name_en)
                if len(out) == n:
                    break
        return out[::-1]

    def _dateline(self, e: EntityMention) -> bool:
        """«نيويورك-سانا»: a name on a line of fewer than three words is the agency's dateline."""
        ls = self.text.rfind("\n", 0, e.start) + 1
        le = self.text.find("\n", e.end)
        short = self._short_lines.get((ls, le))
        if short is None:  # once per line, not once per name on it
            short = self._short_lines[(ls, le)] = len(self.text[ls:le if le >= 0 else None].split()) < 3
        return short

    def main(self, exclude=(), persons: bool = False) -> str:
        """The organization, fund or government (or person) the text is about: the first
        it names (in its headline or first sentence), or ""."""
        return next((e.name_en for e in self._names_in_text(persons) if e.name_en not in exclude), "")

    def clause(self, pos: int) -> tuple[int, int]:
        """Span of the clause holding ``pos``."""
        span = self._clause_at.get(pos)
        if span is None:
            clauses, starts, _ = self._info(pos)
            span = self._clause_at[pos] = self._span(starts, clauses, pos)
        return span

    def entities(self, pos: int) -> list[EntityMention]:
        """Entity mentions of the sentence holding ``pos``."""
        return self._info(pos)[2]

    def entities_within(self, pos: int, lo: int, hi: int) -> list[EntityMention]:
        """Entity mentions of the sentence holding ``pos`` inside ``[lo, hi]``, in order: found
        by bisection when the sentence's names are in order (asked per amount: a long
        sentence of many amounts stays near linear)."""
        ents = self.entities(pos)
        sent = self.sentence(pos)
        starts = self._ent_starts.get(sent)
        if starts is None:
            starts = [e.start for e in ents]
            starts = self._ent_starts[sent] = starts if starts == sorted(starts) else []
        if not starts and ents:
            return [e for e in ents if lo <= e.start and e.end <= hi]
        return [e for e in ents[bisect_left(starts, lo):bisect_right(starts, hi)] if e.end <= hi]

    def _cue_at(self, pos: int) -> dict[tuple[int, int], tuple[str, bool]]:
        """The sentence's cues by span, first of each span kept (a dict per sentence: asked per amount)."""
        sent = self.sentence(pos)
        at = self._cue_spans.get(sent)
        if at is None:
            at = self._cue_spans[sent] = {}
            for a, b, r, st in self.cues(pos):
                at.setdefault((a, b), (r, st))
        return at

    def cue_role(self, pos: int, cue: tuple[int, int]) -> str:
        """The role of the cue at span ``cue`` in the sentence holding ``pos`` ("" if none is there)."""
        return self._cue_at(pos).get(cue, ("", True))[0]

    def cue_words(self, cue: tuple[int, int] | None) -> str:
        """The words of the cue at span ``cue``, one space between them ("" for no cue)."""
        return " ".join(self.text[cue[0]:cue[1]].split()) if cue is not None else ""

    def cue_strong(self, pos: int, cue: tuple[int, int]) -> bool:
        """Whether the cue at span ``cue`` in the sentence holding ``pos`` is strong (True if none is there)."""
        return self._cue_at(pos).get(cue, ("", True))[1]

    def cues(self, pos: int) -> list[tuple[int, int, str, bool]]:
        """(start, end, role, strong) of the role cues in the sentence holding ``pos``, in order:
        read once per sentence, and only for the sentences asked (not those whose names or
        clauses alone are read)."""
        sent = self.sentence(pos)
        found = self._found.get(sent)
        if found is None:
            found = self._found[sent] = self._cues_in(*sent)
        return found

    def per_sentence(self, pos: int, question, answer):
        """``answer()`` for the sentence holding ``pos``, computed once per sentence and
        ``question``: a test of the whole sentence asked for each of its amounts stays linear."""
        key = (self.sentence(pos), question)
        if key not in self._per_sentence:
            self._per_sentence[key] = answer()
        return self._per_sentence[key]


def _sentences_before(ctx: Context, lo: int, most: int):
    """The spans of at most ``most`` sentences before the one starting at ``lo``, nearest first."""
    text, pos = ctx.text, lo
    for _ in range(most):
        q = pos - 1
        while q >= 0 and text[q].isspace():
            q -= 1
        prev = ctx.sentence(q) if q >= 0 else (0, 0)
        if prev[1] <= prev[0] or prev[0] >= pos:
            return
        yield prev
        pos = prev[0]


def _next_sentence(ctx: Context, pos: int) -> tuple[int, int] | None:
    """The sentence after the one ending at ``pos`` (across at most one line break), or None."""
    text = ctx.text
    breaks = 0
    while pos < len(text) and (text[pos].isspace() or text[pos] in ".!؟?"):
        breaks += text[pos] == "\n"
        pos += 1
    if pos >= len(text) or breaks > 1:
        return None
    span = ctx.sentence(pos)
    return span if span[1] > span[0] else None
