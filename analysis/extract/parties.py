"""What an amount of money is, who pays it and who receives it.

For every amount :mod:`analysis.extract.money` finds, this module reads the sentence
around it (cue words from ``data/money_roles.json``, organizations from
:mod:`analysis.extract.entities`) and decides:

* **role**: ``raise``, ``valuation``, ``market_value``, ``investment``, ``acquisition``,
  ``bid``, ``revenue``, ``loss``, ``spending``, ``debt``, ``damages`` or ``other``: the
  nearest strong cue before the amount in its clause, else after it, else a weak cue,
  else the same in the whole sentence. A market value said of a company that is not
  listed (an AI lab) is its valuation.
* **agent**: the organization the role's cue speaks of: the name right after the cue
  (Arabic puts the verb first: «استثمرت مايكروسوفت») or the last one before it
  («مايكروسوفت تستثمر»), never one quoted as a source (وفق رويترز) or inside a title
  (رئيس شركة تسلا).
* **marked names**: a name right after a marker takes the part the marker gives it:
  «من / بقيادة / بمشاركة» the money's source, «في» where it is invested, «على /
  لشراء» what is bought, «مع / لدى» who is paid; a name listed right after a marked
  one («من جوجل وأمازون») takes the same part; the subject of «قادت / تشارك» in a
  funding sentence is an investor in the round.
* **payer** and **recipient**, per role: a raise's recipient is its agent and its payers
  the investors; an investment's payer is its agent and its recipient the company
  invested in; a purchase or bid is paid by its agent for its target; spending is paid
  by its agent to its supplier; a debt is lent by the named lender to the agent;
  damages are claimed by the agent from the named defendant; a valuation, market
  value, revenue or loss belongs to its agent and has no payer. «على التوالي» pairs
  several amounts with several investors in order. «في الشركة / فيها» points back to
  the company the article last named as receiving money.
* **subject**: the company the figure is about: the investor of an investment and the
  spender of spending, otherwise the recipient.

Names are canonical English names (the gazetteer's), or the name as written for an
organization the gazetteer does not list. A party the sentence does not name is
empty: nothing is guessed from outside the article.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import pairwise
from pathlib import Path

from analysis.extract.entities import EntityMention, find_all_entities, sectors
from analysis.extract.numbers import CLITICS, S0, S, alternation
from analysis.text.normalize import normalize
from analysis.text.sentences import sentence_spans

_DATA = Path(__file__).resolve().parents[1] / "data"

ROLES = ("raise", "valuation", "market_value", "investment", "acquisition", "bid", "revenue",
         "loss", "spending", "debt", "damages", "other")
# Which party the role's agent is, and which marked names fill the other party.
_AGENT_IS = {"investment": "payer", "acquisition": "payer", "bid": "payer", "spending": "payer"}
_MARKS = {
    "raise": {"investor": "payer", "investee": "recipient"},
    "investment": {"investee": "recipient", "investor": "payer"},
    "acquisition": {"target": "recipient"},
    "bid": {"target": "recipient"},
    "spending": {"supplier": "recipient"},
    "debt": {"investor": "payer"},
    "damages": {"investor": "payer"},
}
_NO_PAYER = ("valuation", "market_value", "revenue", "loss", "other")
# A company a later sentence refers back to: roles whose recipient is "the company".
_CARRIED = ("raise", "valuation", "market_value", "revenue", "loss")

_CLAUSE_MARK = re.compile(r"[،؛;]")
_QUOTE = r"[ \t\"'«»“”(]*"
_GLUE = re.compile(rf"^{_QUOTE}(?:و|،|,|{S}و){_QUOTE}$|^[ \t]*[،,][ \t]*و?{_QUOTE}$")
_SELF = re.compile(r"[ \t\"'»”)]*[،,]?[ \t]*ان(?:ها|ه|هم)(?!\w)")
_POINTER = re.compile(r"(?<!\w)[وفبل]?(?:في|علي|لشراء)")  # normalized: على → علي
_RESPECTIVELY = re.compile(r"(?<!\w)(?:علي|على)\s+التوالي")


def _norm(w: str) -> str:
    return " ".join(normalize(w).split())


def _phrases(words) -> str:
    return alternation([_norm(w) for w in words])


@dataclass(frozen=True)
class _Cues:
    roles: re.Pattern
    role_map: dict[str, tuple[str, bool, bool]]  # cue -> (role, strong, any ending)
    kinds: frozenset[str]
    person_roles: frozenset[str]
    listed: frozenset[str]
    adjunct: re.Pattern
    offer: re.Pattern
    comparison: re.Pattern
    facilities: re.Pattern
    source: re.Pattern
    title: re.Pattern
    marks: dict[str, re.Pattern]
    leads: re.Pattern
    led: re.Pattern
    relative: re.Pattern
    anaphora: re.Pattern


@cache
def _cues() -> _Cues:
    spec = json.loads((_DATA / "money_roles.json").read_text(encoding="utf-8"))
    role_map: dict[str, tuple[str, bool, bool]] = {}
    for role, levels in spec["roles"].items():
        for level in ("strong", "weak"):
            for cue in levels.get(level, []):
                star = cue.endswith("*")
                role_map.setdefault(_norm(cue.rstrip("*")), (role, level == "strong", star))
    roles = re.compile(
        rf"(?<!\w)(?:[{CLITICS}]{{0,2}}(?:ال|لل)?)(?P<c>{alternation(role_map)})(?P<tail>\w*)"
    )
    p = spec["parties"]
    # A marker ends right before the name: «من شركة»، «بقيادة صندوق».
    noun = rf"(?:{S}(?:ال)?(?:شركة|شركه|مجموعة|مجموعه|صندوق|بنك|منصة|منصه|مصرف))?"
    marks = {
        kind: re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p[kind])}){noun}{_QUOTE}$")
        for kind in ("investor", "investee", "target", "supplier")
    }
    return _Cues(
        roles=roles,
        role_map=role_map,
        kinds=frozenset(p["kinds"]),
        person_roles=frozenset(p["person_roles"]),
        listed=frozenset(spec["listed_sectors"]),
        # «بما في ذلك مشروع» (including) is no adverbial.
        adjunct=re.compile(rf"(?<!\w)(?<!بما ){_phrases(spec['adjunct'])}{S0}$"),
        offer=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['offer'])})(?:{S}\w+)?{S0}$"),
        comparison=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['comparison'])}){S0}$"),
        facilities=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['facilities'])})(?!\w)"),
        source=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['source'])}(?:{S}ل)?{_QUOTE}$"),
        title=re.compile(
            rf"(?<!\w)[{CLITICS}]?{_phrases(p['title'])}"
            rf"(?:{S}(?:ل|[{CLITICS}]?(?:ال)?(?:شركة|مجموعة|منصة|موقع)))?{_QUOTE}$"
        ),
        marks=marks,
        leads=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['leads'])}{noun}{_QUOTE}$"),
        led=re.compile(rf"{S0}[{CLITICS}]?{_phrases(p['leads'])}(?!\w)"),
        relative=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['relative'])}){S0}$"),
        anaphora=re.compile(rf"{S0}(?:[{CLITICS}]?{_phrases(p['anaphora'])})(?!\w)"),
    )


def _clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Clauses of the sentence ``text[lo:hi]``, split at ، ؛ ;."""
    out, pos = [], lo
    for m in _CLAUSE_MARK.finditer(text, lo, hi):
        out.append((pos, m.end()))
        pos = m.end()
    out.append((pos, hi))
    return [(a, b) for a, b in out if text[a:b].strip()]


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
        self._all: list[EntityMention] | None = None
        # Entity starts, when the given entities are in order: a sentence's are then a slice.
        starts = [e.start for e in entities] if entities is not None else []
        self._starts = starts if all(a <= b for a, b in pairwise(starts)) else None

    @staticmethod
    def _span(starts, spans, pos: int) -> tuple[int, int]:
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1]:
            return spans[i]
        return pos, pos

    def sentence(self, pos: int) -> tuple[int, int]:
        """Span of the sentence holding ``pos``."""
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
            cues = _cues()
            found = []
            for m in cues.roles.finditer(self.text, lo, hi):
                role, strong, star = cues.role_map[" ".join(m.group("c").split())]
                if m.group("tail") and not star:
                    continue
                before = (max(lo, m.start() - 20), m.start())
                if strong and cues.adjunct.search(self.text, *before):
                    strong = False  # «في تلك الجولة»: an adverbial, not the amount's head
                if role == "acquisition" and cues.offer.search(self.text, *before):
                    role = "bid"  # «عرضها الاستحواذ على»: an offer, not a done deal
                found.append((m.start("c"), m.end(), role, strong))
            self._sents[sent] = (clauses, [a for a, _ in clauses], ents, found)
        return self._sents[sent]

    def topic(self, pos: int, exclude=()) -> str:
        """The organization named last before ``pos`` in the whole text (the company
        «الشركة» refers to when no amount before named one), or "". The entities given
        to the context, if any, are the text's: they are not looked for again."""
        if self._all is None:
            found = self._given if self._given is not None else find_all_entities(self.text)
            self._all = [e for e in found if e.kind == "org"]
        before = [e.name_en for e in self._all if e.end <= pos and e.name_en not in exclude]
        return before[-1] if before else ""

    def clause(self, pos: int) -> tuple[int, int]:
        """Span of the clause holding ``pos``."""
        clauses, starts, _, _ = self._info(pos)
        return self._span(starts, clauses, pos)

    def entities(self, pos: int) -> list[EntityMention]:
        """Entity mentions of the sentence holding ``pos``."""
        return self._info(pos)[2]

    def cues(self, pos: int) -> list[tuple[int, int, str, bool]]:
        """(start, end, role, strong) of the role cues in the sentence holding ``pos``."""
        return self._info(pos)[3]


def role_of(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The role of the amount at ``[start, end)`` and the span of the cue that decided it."""
    sent = ctx.sentence(start)
    clause = ctx.clause(start)
    cues = ctx.cues(start)
    for lo, hi in (clause, sent):
        for strong in (True, False):
            best = None
            for a, b, role, st in cues:
                if st != strong or a < lo or b > hi:
                    continue
                if b <= start:
                    key = (0, start - b)
                elif a >= end:
                    key = (1, a - end)
                else:
                    continue
                if best is None or key < best[0]:
                    best = (key, role, (a, b))
            if best:
                return best[1], best[2]
    return "other", None


@dataclass
class _Named:
    """An entity of the sentence with the part its context gives it."""

    e: EntityMention
    mark: str = ""  # investor, investee, target, supplier or ""
    lead: bool = False  # subject of «قادت / تشارك»


def _named(ctx: Context, pos: int, role: str) -> list[_Named]:
    """The sentence's candidate parties, each with the marker before it."""
    cues = _cues()
    text = ctx.text
    lo, hi = ctx.sentence(pos)
    kinds = cues.kinds | ({"person"} if role in cues.person_roles else set())
    out: list[_Named] = []
    prev: _Named | None = None
    for e in ctx.entities(pos):
        window = (max(lo, e.start - 40), e.start)
        if e.kind not in kinds:
            prev = None
            continue
        if cues.title.search(text, *window):
            # «مارك زوكربيرغ، الرئيس التنفيذي لشركة ميتا»: the company a person speaks for.
            if e.kind != "person":
                out.append(_Named(e, "employer"))
            prev = None
            continue
        if cues.source.search(text, *window) and not _SELF.match(text, e.end):
            prev = None
            continue
        near = (max(lo, e.start - 24), e.start)
        mark = next((k for k, pat in cues.marks.items() if pat.search(text, *near)), "")
        if not mark and prev is not None and prev.mark and _GLUE.match(text[prev.e.end:e.start]):
            mark = prev.mark  # «من جوجل وأمازون»: listed with a marked name
        # «قادت سوفت بنك الجولة» / «سوفت بنك تقود الجولة»
        lead = bool(cues.leads.search(text, max(lo, e.start - 22), e.start) or cues.led.match(text, e.end, hi))
        item = _Named(e, mark, lead)
        out.append(item)
        prev = item
    return out


def _agent(named: list[_Named], ctx: Context, start: int, end: int,
           cue: tuple[int, int] | None) -> EntityMention | None:
    """The organization the role's cue speaks of (see the module docstring)."""
    free = [n for n in named if not n.mark] or [n for n in named if n.mark == "employer"]
    if cue is not None:
        c_lo, c_hi = cue
        clause = ctx.clause(c_lo)
        cues = _cues()
        if cues.anaphora.match(ctx.text, c_hi):
            # «تقيم الشركة بـ…»: the cue speaks of the company named last before it.
            before = [n for n in named if n.e.end <= c_lo]
            return before[-1].e if before else None
        rel = cues.relative.search(ctx.text, max(0, c_lo - 12), c_lo)
        if rel:
            # «شركة ASML، التي استثمرت…»: the name the relative clause hangs on.
            before = [n for n in named if n.e.end <= rel.start() and n.mark != "employer"]
            if before:
                return before[-1].e
        after = [n for n in free if c_hi <= n.e.start <= c_hi + 25 and n.e.start < max(start, c_hi + 1)
                 and not ctx.text[c_hi:n.e.start].strip(" \t\"'«»“”(").startswith(("من", "في", "على"))]
        if after:
            return after[0].e
        before = [n for n in free if n.e.end <= c_lo and n.e.start >= clause[0]]
        if before:
            return before[-1].e
        before = [n for n in free if n.e.end <= c_lo]
        if before:
            return before[-1].e
    clause, sent = ctx.clause(start), ctx.sentence(start)
    for lo in (clause[0], sent[0]):
        before = [n for n in free if lo <= n.e.start and n.e.end <= start]
        if before:
            return before[-1].e
    after = [n for n in free if n.e.start >= end]
    return after[0].e if after else None


def _purchase(named: list[_Named], ctx: Context, start: int,
              cue: tuple[int, int]) -> tuple[list[str], str, bool]:
    """Buyer and bought of a bid or acquisition whose cue comes before the price.

    The company bought is the one after a target marker (استحوذ على X), else the last
    one between the cue and the price (عرض شراء تويتر مقابل …); the buyer is the last
    one before the cue, else the first of several between cue and price (استحوذ ماسك
    على تويتر).
    """
    lo = ctx.sentence(start)[0]
    between = [n for n in named if cue[1] <= n.e.start and n.e.end <= start and n.mark in ("", "target")]
    marked = [n for n in between if n.mark == "target"]
    before = [n for n in named if lo <= n.e.start and n.e.end <= cue[0] and not n.mark]
    if marked:
        target = marked[0]
    elif between and not before and len(between) == 1 and not ctx.text[cue[1]:between[0].e.start].strip():
        target = None  # «استحوذت ألفابت على …»: the name right after the verb is its subject
    else:
        target = between[-1] if between else None
    buyer = before[-1] if before else next((n for n in between if n is not target), None)
    payers = [buyer.e.name_en] if buyer is not None and target is not None and buyer.e.name_en != target.e.name_en else (
        [buyer.e.name_en] if buyer is not None and target is None else [])
    # No company named as bought: the one the article is already speaking of.
    pointer = target is None
    return payers, target.e.name_en if target is not None else "", pointer


def _claim(named: list[_Named], ctx: Context, start: int) -> tuple[list[str], str, bool]:
    """Claimant and defendant of damages: «يطالب ماسك أوبن إيه آي بتعويضات …» — the
    first name of the clause claims, the names after it (or after «من») are claimed from."""
    clause = ctx.clause(start)
    names = [n for n in named if clause[0] <= n.e.start and n.e.end <= start and n.mark != "employer"]
    if not names:
        return [], "", False
    claimant = next((n for n in names if not n.mark), names[0])
    payers = [n.e.name_en for n in names if n is not claimant and n.e.name_en != claimant.e.name_en]
    return list(dict.fromkeys(payers)), claimant.e.name_en, False


def parties(ctx: Context, start: int, end: int, role: str, cue: tuple[int, int] | None,
            followed_by_bare_clause: bool = False) -> tuple[list[str], str, bool]:
    """(payers, recipient, recipient is an anaphora «في الشركة») of one amount.

    ``followed_by_bare_clause``: the clause after the amount's has no amount of its own.
    """
    named = _named(ctx, start, role)
    payers: list[str] = []
    recipient = ""
    if role in ("bid", "acquisition") and cue is not None and cue[1] <= start:
        return _purchase(named, ctx, start, cue)
    if role == "damages":
        return _claim(named, ctx, start)
    # The investor who leads a round is neither the company raising it nor the one valued.
    agent = _agent([n for n in named if not (n.lead and role in ("raise", "valuation"))], ctx, start, end, cue)
    if agent is not None and agent.kind == "person":
        # «مارك زوكربيرغ، الرئيس التنفيذي لشركة ميتا، أعلن…»: the person speaks for the company.
        employer = next((n.e for n in named if n.mark == "employer" and 0 <= n.e.start - agent.end <= 60), None)
        agent = employer or agent
    marks = _MARKS.get(role, {})
    agent_part = _AGENT_IS.get(role, "recipient")
    if agent is not None:
        if agent_part == "payer":
            payers.append(agent.name_en)
        else:
            recipient = agent.name_en
    clause = ctx.clause(start)
    # Investors are named in the amount's clause, or in the clause after it when that
    # one has no amount of its own («جمعت 40 مليار دولار، بقيادة سوفت بنك»).
    scope = (clause[0], ctx.clause(clause[1] + 1)[1] if followed_by_bare_clause else clause[1])
    for n in named:
        if not scope[0] <= n.e.start < scope[1]:
            continue
        part = marks.get(n.mark)
        if n.lead and role == "raise":
            part = "payer"
        if part == "payer" and n.e.name_en not in payers and n.e.name_en != recipient:
            payers.append(n.e.name_en)
        elif part == "recipient" and not recipient and n.e.name_en not in payers:
            # The company invested in or bought: the one nearest the amount's clause.
            if clause[0] <= n.e.start < clause[1] or not any(
                    clause[0] <= m.e.start < clause[1] and marks.get(m.mark) == "recipient" for m in named):
                recipient = n.e.name_en
    pointer = False
    if not recipient and role in ("investment", "acquisition", "bid"):
        # «ضخت إنفيديا 5 مليارات دولار في الشركة / فيها»: the company already named; an
        # investment that names no company to receive it goes to the one the article is about.
        anaphora = _cues().anaphora
        pointer = role == "investment" or any(anaphora.match(ctx.text, m.end())
                                              for m in _POINTER.finditer(ctx.text, clause[0], clause[1]))
    elif not recipient and role in _CARRIED:
        # A clause that names no one who could receive the money speaks of the article's company.
        pointer = not any(clause[0] <= n.e.start < clause[1] and not n.mark and not n.lead for n in named)
    if role in _NO_PAYER:
        payers = []
    return payers, recipient, pointer


def assign(text: str, amounts: list[dict], entities: list[EntityMention] | None = None,
           sentences: list[tuple[int, int]] | None = None) -> list[dict]:
    """Add ``role``, ``payer`` (names joined by «; »), ``recipient``, ``recipient_basis``
    (``sentence``: named in the amount's sentence; ``article``: the company the article
    named before, «الشركة») and ``subject`` to each amount (dicts with ``start``/``end`` in the normalized ``text``), in place.

    Args:
        text: normalized text.
        amounts: the amounts found in it, in order.
        entities: its entity mentions, if already found.
        sentences: its sentence spans, if already known.

    Returns:
        ``amounts``.
    """
    ctx = Context(text, entities, sentences)
    sector = sectors()
    cues = _cues()
    last_recipient = last_target = ""
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    for i, a in enumerate(amounts):
        role, cue = role_of(ctx, a["start"], a["end"])
        prev = amounts[i - 1] if i else None
        if (prev is not None and ctx.sentence(prev["start"]) == ctx.sentence(a["start"])
                and cues.comparison.search(text, max(prev["end"], a["start"] - 30), a["start"])):
            role, cue = prev["role"], None  # «400 مليون، مقابل 20 مليونًا»: the same measure
        clause, sent = ctx.clause(a["start"]), ctx.sentence(a["start"])
        nxt = ctx.clause(clause[1] + 1) if clause[1] < sent[1] else None
        bare = nxt is not None and nxt[0] > clause[0] and not any(
            nxt[0] <= b["start"] < nxt[1] for b in amounts[i + 1:i + 4])
        payers, recipient, pointer = parties(ctx, a["start"], a["end"], role, cue, bare)
        if role == "spending" and any(n.mark == "investee" for n in _named(ctx, a["start"], role)
                                      if ctx.clause(a["start"])[0] <= n.e.start < ctx.clause(a["start"])[1]):
            # «خصصت ملياري دولار لدعم xAI»: money set aside for a company is invested in it.
            role = "investment"
            payers, recipient, pointer = parties(ctx, a["start"], a["end"], role, cue, bare)
        if role == "market_value" and sector.get(recipient, "") not in cues.listed:
            role = "valuation"  # not a listed company: its "market value" is a valuation
        if role == "investment" and not recipient and cues.facilities.search(text, *ctx.clause(a["start"])):
            role = "spending"  # into its own data centres or infrastructure, not a company
        a["recipient_basis"] = "sentence" if recipient else ""
        if not recipient and pointer and role in ("bid", "acquisition"):
            recipient = last_target if last_target not in payers else ""
        elif not recipient and pointer:
            recipient = last_recipient or ctx.topic(a["start"], payers)
            a["recipient_basis"] = "article" if recipient else ""
        a["role"], a["payer"], a["recipient"] = role, payers, recipient
        if recipient and role in (*_CARRIED, "investment"):
            last_recipient = recipient
        if recipient and role in ("bid", "acquisition"):
            last_target = recipient
        by_sentence.setdefault(ctx.sentence(a["start"]), []).append(a)
    for (lo, hi), group in by_sentence.items():
        _respectively(text[lo:hi], group)
    for a in amounts:
        a["subject"] = a["payer"][0] if a["role"] in ("investment", "spending") and a["payer"] else a["recipient"]
        a["payer"] = "; ".join(a["payer"])
    return amounts


def _respectively(sentence: str, group: list[dict]) -> None:
    """«2 و4 مليارات من جوجل وأمازون على التوالي»: the n-th amount from the n-th payer."""
    if len(group) < 2 or not _RESPECTIVELY.search(sentence):
        return
    shared: dict[tuple[str, ...], list[dict]] = {}
    for g in group:  # the amounts that share one list of payers
        shared.setdefault(tuple(g["payer"]), []).append(g)
    for payers, amounts in shared.items():
        if len(payers) == len(amounts) > 1:
            for g, p in zip(amounts, payers):
                g["payer"] = [p]

