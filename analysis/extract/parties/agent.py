"""Whom an amount's cue speaks of (:func:`_agent`), from where the names stand around the
cue and the relative clauses that hold the amount.

* **agent**: the organization the role's cue speaks of: the name right after the cue
  (Arabic puts the verb first: «استثمرت مايكروسوفت») or the last one before it
  («مايكروسوفت تستثمر»; in a clause opened by «كما» that names no one before its cue,
  the sentence's subject, its first name: «تدعم MGX شركة OpenAI، كما تتعاون…»), never one quoted as a source (وفق رويترز، وفقا لبيانات…), a news
  outlet, a data provider or research firm after a source cue («تشير بيانات مجموعة بورصات لندن»), one inside a title (رئيس شركة تسلا، الرئيس الأمريكي ترامب), a person a plan is
  named after («خطة ترامب») or a company compared with («متجاوزة مايكروسوفت»). A company
  the gazetteer knows, after a verb of saying («أفادت إنفيديا بأن إيراداتها»), reports its
  own figures. An amount in a relative clause («مايكروسوفت التي حلت ثانية بـ…», «سكيل
  التي تبلغ قيمتها») is said of the name the clause hangs on; an amount whose cue is in
  another clause («… وأمازون إلى 2.3 تريليون») of the name its own clause gives first. A cue
  followed by «الشركة» («تقييم الشركة»، «فقدان الشركة») speaks of the company its sentence told of
  as invested in or bought, else of the sentence's subject (its first name with no mark). A
  payer named only after the amount is named near it and not as the one paid («بتكلفة 720 مليون
  دولار، تعتزم شركة X»; not «خصصت الوزارة 150 مليار ين لشركة X»), nor is a name right after the
  cue marked as the one paid («منحت X عقدا لشركة Z بقيمة»); a payer named in an earlier clause
  of the sentence is named near the cue.
"""

from __future__ import annotations

import re
from functools import cache
from bisect import bisect_left, bisect_right

from analysis.extract.entities import EntityMention, sectors
from analysis.extract.parties.context import Context
from analysis.extract.parties.cues import _OBJECT, _cues, _role_cues, _speaker_sectors, _spec
from analysis.text.normalize import normalize
from analysis.extract.parties.marks import _Named

_RELATIVE_REACH = 100  # a relative clause holding the amount starts this near it (bounded work per amount)
_HEAD_GAP = re.compile(r"[ \t\"'»”)]*[،,]?[ \t]*$")


def _relative_head(named: list[_Named], ctx: Context, lo: int, start: int) -> tuple[_Named, int] | None:
    """The name a relative pronoun between ``lo`` and the amount hangs on («X، التي …»):
    the name right before the pronoun, with no other name between it and the amount;
    with the end of the pronoun."""
    text = ctx.text
    rel = None
    for m in _cues().relative_any.finditer(text, max(0, lo - 12, start - _RELATIVE_REACH), start):
        rel = m
    if rel is None:
        return None
    if any(rel.end() <= n.e.start < start for n in named):
        return None
    head = [n for n in named if n.e.end <= rel.start() and n.mark not in ("employer", "owned")]
    if head and _HEAD_GAP.match(text[head[-1].e.end:rel.start()]):
        return head[-1], rel.end()
    return None


_OBJECT_REACH = 300  # the head and subject of an object relative clause are looked for this far before the amount


def _object_relative(named: list[_Named], ctx: Context, start: int,
                     cue: tuple[int, int] | None) -> tuple[_Named, EntityMention | None] | None:
    """A cue in a relative clause whose pronoun points back at its object: «شركة X التي
    استحوذت عليها (Y) مقابل»، «المختبر الذي استثمرت فيه»: the name the clause hangs on is
    bought or invested in, not the buyer. Returns that name and the one who pays: a name
    between the cue and the amount (the verb's own subject), else the first name of the
    sentence before the head (the sentence's subject), else None."""
    if cue is None or cue[1] > start:
        return None
    text = ctx.text
    rel = _cues().relative.search(text, max(0, cue[0] - 12), cue[0])
    if rel is None or not _role_cues().resumptive.match(text, cue[1]):
        return None
    # Bounded per amount: only the names of the _OBJECT_REACH characters before it (names are in order).
    lo = max(ctx.sentence(start)[0], start - _OBJECT_REACH)
    near = named[bisect_left(named, lo, key=lambda n: n.e.start):bisect_left(named, start, key=lambda n: n.e.start)]
    head = [n for n in near if n.e.end <= rel.start()]
    if not head or not _HEAD_GAP.match(text[head[-1].e.end:rel.start()]):
        return None
    h = head[-1]
    own = [n.e for n in near if cue[1] <= n.e.start and n.e.end <= start and not n.mark and n.e.kind != "product"]
    subject = [n.e for n in head[:-1] if not n.mark and n.e.name_en != h.e.name_en and n.e.kind != "product"]
    return h, (own[0] if own else subject[0] if subject else None)


def _agent(named: list[_Named], ctx: Context, start: int, end: int,
           cue: tuple[int, int] | None, pays: bool = False) -> EntityMention | None:
    """The organization the role's cue speaks of (see the module docstring); ``pays``: the
    role's agent pays (an investment, spending, a purchase), so a speaker is not it."""
    free = [n for n in named if not n.mark] or [n for n in named if n.mark == "employer"]
    free = _main_clause(free, ctx)
    cues = _cues()
    clause = ctx.clause(start)
    held = _relative_head(named, ctx, clause[0], start)
    if held is not None and (cue is None or not clause[0] <= cue[0] < clause[1]
                             or cues.roles.search(ctx.text, held[1], start)):
        # «متجاوزة مايكروسوفت التي جاءت بعدها بـ2.8 تريليون», «سكيل التي تبلغ قيمتها 29
        # مليار»: the amount (and its cue) are in a relative clause, which speaks of the
        # name it hangs on.
        return held[0].e
    if cue is not None and not clause[0] <= cue[0] < clause[1]:
        # «ارتفعت ميتا إلى 1.86 تريليون، وأمازون إلى 2.33 تريليون»: the cue is in another
        # clause; the amount's own clause names its subject before it.
        own = [n for n in free if clause[0] <= n.e.start and n.e.end <= start]
        if own:
            return own[-1].e
    if cue is not None:
        c_lo, c_hi = cue
        clause = ctx.clause(c_lo)
        cues = _cues()
        if cues.anaphora.match(ctx.text, c_hi):
            # «تقيم الشركة بـ…»: the cue speaks of the company the sentence told of as invested
            # in or bought (the last one), else of its subject, the first name with no mark; not
            # of an investor or partner named with «من / مع» («محادثات مع MGX … تقييم للشركة»),
            # nor of a name given last in passing («سمحت X ببيع أسهم لمستثمرين، منهم Y، وصندوق Z،
            # … رفع تقييم الشركة»: X; «تأثرت أسهم شركة X عقب الإعلان عن تقنيات Y، ما أدى إلى
            # فقدان الشركة …»: X).
            before = [n for n in named if n.e.end <= c_lo]
            told = [n for n in before if n.mark in ("investee", "target")]
            own = told[-1:] or [n for n in before if not n.mark][:1]
            return (own or before[-1:])[0].e if before else None
        rel = cues.relative.search(ctx.text, max(0, c_lo - 12), c_lo)
        if rel:
            # «شركة ASML، التي استثمرت…»: the name the relative clause hangs on.
            before = [n for n in named if n.e.end <= rel.start() and n.mark != "employer"]
            if before:
                return before[-1].e
        near = free[bisect_left(free, c_hi, key=lambda n: n.e.start):bisect_right(free, c_hi + 25, key=lambda n: n.e.start)]
        after = [n for n in near if n.e.start < max(start, c_hi + 1)
                 and not ctx.text[c_hi:n.e.start].strip(" \t\"'«»“”(").startswith(("من", "في", "على"))]
        if pays:
            # «منحت شركة X، التابعة لـY، عقدا لشركة Z بقيمة»: the one marked as paid does not pay.
            paid_to = _role_cues().paid_to
            after = [n for n in after if not paid_to.search(ctx.text, max(c_hi, n.e.start - 12), n.e.start)]
        if after:
            return after[0].e
        # «وتتوقع موديز أن تصل استثمارات …»، «أكد رئيس المجموعة، لو ويبينغ، أن الشركة ستستثمر»: one
        # who says «أن / إن» and a clause with its own subject does not pay in that clause
        # («قالت إنفيديا إنها ستستثمر»: «إنها» is the speaker herself). Only people and those
        # who speak of others' money (analysts, outlets, rating agencies, regulators, states):
        # a company that says «أن تدريب نموذجها كلف …» speaks of its own.
        if pays:
            free = [n for n in free if n.e.end > c_lo or not _speaker(n.e) or not _BARE_THAT.search(ctx.text, n.e.end, c_lo)]
        before = [n for n in free if n.e.end <= c_lo and n.e.start >= clause[0]]
        if before and _THAT_SUBJECT.search(ctx.text, before[-1].e.end, c_lo) and _role_cues().subject_anaphora.search(
                ctx.text, before[-1].e.end, c_lo):
            # «أعلن مارك زوكربيرغ أن الشركة استثمرت»: the one who says it is not the one who
            # pays; the company spoken of is.
            return None
        asides = [m.span() for m in _ASIDE.finditer(ctx.text, clause[0], c_lo)] if before else []
        # «إنفيديا -وهي مستثمر في أوبن إيه آي- تخوض محادثات لاستثمار …»: a name inside an aside
        # between dashes is not the subject the clause goes on with.
        before = [n for n in before if not any(a <= n.e.start and n.e.end <= b for a, b in asides)] or before
        if before:
            return before[-1].e
        before = [n for n in free if n.e.end <= c_lo]
        if before:
            # «تدعم MGX شركة نوفاريس، كما تعمل مع…»: a clause opened by «كما» shares the
            # sentence's subject, the first name it gives, not the object named last.
            if pays and c_lo - before[-1].e.end > _EARLIER_REACH and not cues.continues.match(ctx.text, clause[0]):
                # «… فضلا عن صفقة بقيمة 4.2 مليار دولار للاستحواذ على X»: a name far back in
                # an earlier clause is no subject the cue's clause goes on with; the one the
                # paragraph or article spoke of may pay (later).
                return None
            return before[0 if cues.continues.match(ctx.text, clause[0]) else -1].e
    clause, sent = ctx.clause(start), ctx.sentence(start)
    for lo in (clause[0], sent[0]):
        before = [n for n in free if lo <= n.e.start and n.e.end <= start]
        if before:
            return before[-1].e
    said = _role_cues().subject_anaphora
    first = ctx.first_before(said, start)  # once per sentence, then a bounded window: linear on long lines
    if (first is not None and first.start() >= clause[0]) or said.search(
            ctx.text, max(clause[0], start - _SUBJECT_REACH), start):
        # «وكانت الشركة الأميركية ضخت 7.3 مليار …، ويشمل ذلك … شركة G42»: the clause's
        # subject is the company spoken of, not a name after the amount.
        return None
    after = [n for n in free if n.e.start >= end]
    if pays and after and _paid_or_far(ctx, after[0].e, end):
        # «خصصت الوزارة 150 مليار ين لشركة X»، «سينفق 61 مليار دولار … على مراكز بيانات …، بحسب X»:
        # a name marked as the one paid, or far on, does not pay (the one spoken of may, later).
        return None
    return after[0].e if after else None


def _main_clause(free: list[_Named], ctx: Context) -> list[_Named]:
    """Without the names that are the subject of a relative clause whose verb points back at
    the name before it («X، التي أسسها إيلون ماسك، ستستثمر»، «Y الذي يملكه Z»): they are
    no subject of the clause around it (grammar). Not a verb of leading a round («التي تقودها
    سوفت بنك»: the leader pays), nor one with a role's cue."""
    if len(free) < 2:
        return free
    # The same names are asked of for every amount of their sentence: the answer is kept per
    # list of names (by identity; the cache holds the names, so no identity is reused).
    key = tuple(map(id, free))
    kept = ctx.main_clauses.get(key)
    if kept is not None:
        return list(kept[1])
    text, cues = ctx.text, _cues()
    gap = _relative_subject()
    keep = [free[0]]
    for prev, n in zip(free, free[1:]):
        m = gap.search(text, max(prev.e.end, n.e.start - _RELATIVE_GAP), n.e.start)
        if m and _HANGS_ON.match(text[prev.e.end:m.start()]) and not cues.led.match(text, m.start(1)) \
                and not cues.roles.search(text, prev.e.end, n.e.start):
            continue
        keep.append(n)
    ctx.main_clauses[key] = (list(free), keep)
    return list(keep)


@cache
def _relative_subject() -> re.Pattern:
    """«، التي أسسها »، «الذي شارك في تأسيسه »، «التي يملكها أيضا »: a relative pronoun, a verb
    (at most two words before it) with an object pronoun, at most three words after it."""
    rel = "|".join(re.escape(normalize(w)) for w in _spec()["parties"]["relative"])
    return re.compile(rf"(?<!\w)[وف]?(?:{rel})((?:[ \t]+[^\s،,.\d]+){{0,2}}?"
                      rf"[ \t]+[^\s،,.\d]+(?:{_OBJECT}))(?:[ \t]+[^\s،,.\d]+){{0,3}}?[ \t\"'«“(]*$")


# The clause hangs on the name: a comma before the pronoun («X الناشئة في مجال …، التي»), else at
# most one word (an adjective: «X الناشئة التي»), not a noun phrase of its own («الرقم القياسي الذي»).
_HANGS_ON = re.compile(r"[^.\n]*[،,][ \t]*$|[ \t\"'»”)]*(?:[^\s،,.]+[ \t\"'»”)]*)?$")
_RELATIVE_GAP = 100  # a relative clause between a name and its subject starts this near the subject


_EARLIER_REACH = 120  # a payer named in an earlier clause of the sentence is named this near before the cue
_AFTER_REACH = 60  # a payer named only after the amount («بتكلفة 720 مليون دولار، تعتزم شركة X») is named this near


def _paid_or_far(ctx: Context, e: EntityMention, end: int) -> bool:
    """Whether ``e``, the first name after an amount whose clause names no one before it, cannot
    be the one paying it: more than ``_AFTER_REACH`` characters on, or marked as the one paid
    ('paid_to': «… 150 مليار ين لشركة X»)."""
    return e.start - end > _AFTER_REACH or _role_cues().paid_to.search(
        ctx.text, max(end, e.start - 12), e.start) is not None


def _speaker(e: EntityMention) -> bool:
    """Does ``e`` speak of others' money when it says «أن …»: a person, an analyst, an outlet, a state?"""
    return e.kind in ("person", "government") or sectors().get(e.name_en, "") in _speaker_sectors()


_BARE_THAT = re.compile(r"(?<!\w)[أإا]ن(?![\w])(?![ \t]*[وف]?(?:ه|ها|هم|هما)(?!\w))")  # «أن» then its own subject
_ASIDE = re.compile(r"(?<=[ \t])[\-–—](?=\S)[^\n\-–—]{1,200}?(?<=\S)[\-–—](?=[ \t])")  # « -وهي مستثمر حالي- »
_THAT_SUBJECT = re.compile(r"(?<!\w)[أإا]ن(?:[ \t]+|ه[ \t]+)?[وف]?(?=ال)")  # «أن الشركة», «إن المجموعة»
_SUBJECT_REACH = 200  # «الشركة» as a subject is looked for this far before the amount (and first in its sentence)
