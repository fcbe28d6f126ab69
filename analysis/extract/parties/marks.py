"""The names of a sentence and the part each takes (:func:`_named`): the marker before it,
what it is an apposition of, and which names are listed together.

* **marked names**: a name right after a marker (or after a marker, a company noun or a noun
  of its trade and a short description: «من شركة الرقائق الأمريكية إنفيديا», «في مزود الخدمات
  السحابية البريطاني Nscale» ('described_heads'), or a description then «هم / وهي»:
  «بدعم من 3 من أكبر الشركات هم X، وY»، «قادها عمالقة التكنولوجيا، بمن فيهم X») takes the part
  the marker gives it:
  «من / بقيادة / بمشاركة» the money's source (a description of one word, a company
  noun and up to four words may come between: «بقيادة مصرفيي بنك الاستثمار الأمريكي X»), «في» where it is invested, «على /
  لشراء» what is bought, «مع / لدى» who is paid; a name listed right after a marked
  one («من جوجل وأمازون»; also after the words of a legal name the mention leaves out:
  «SoftBank Group Corp، و Oracle») takes the same part, and such a list goes on past the
  amount's clause; the subject of «قادت / تشارك» in a
  funding sentence is an investor in the round, and so is the name right before a noun of
  leading whose object is the round («التزام X بقيادة جولة»، «أعلنت X عن قيادتها جولة»); a project named after a marked plan
  («في خطة ترامب المعروفة بـستارجيت») is where the money goes; a name spelled again
  («سوفت بنك” SoftBank») keeps the part of the first.
  A name followed by «ومستثمرين آخرين» («X ومستثمرين آخرين») is one of the investors.
* **appositions** are no parties: what a company owns or belongs to («ميتا، المالكة
  لفيسبوك وإنستغرام», «سبيس إكس، إحدى شركات ماسك», «ميتا (فيسبوك وإنستغرام)»); a
  person's head title gives the company he speaks for, named before him too («رئيس
  مجموعة ميتا مارك زوكربيرغ»), and so does one who works «في» it ('staff': «مسؤول تنفيذي
  كبير في شركة مايكروسوفت»، «المدير التقني في X»: X is no company invested in).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from analysis.extract.entities import EntityMention, sectors
from analysis.extract.numbers import S0
from analysis.extract.parties.context import _REPEAT, Context, _outlet_named
from analysis.extract.parties.cues import _QUOTE, _cues

# Which marked names fill the other party of each role (the agent fills its own).
_MARKS = {
    "raise": {"investor": "payer", "investee": "recipient"},
    "investment": {"investee": "recipient", "investor": "payer"},
    "acquisition": {"target": "recipient"},
    "bid": {"target": "recipient"},
    "spending": {"supplier": "recipient"},
    "debt": {"investor": "payer"},
    "damages": {"investor": "payer"},
}
# «X وY»، «X، وY»، «“X” و“Y”»، «X وشركة Y»: names listed (a company noun may open the next one).
# A nisba adjective may close the first name («"G42" الإماراتية و"مايكروسوفت"»), and a comma and
# «و» may both come between quoted names («“سيرفيس ناو”، و”كورويف”»).
_GLUE = re.compile(rf"^{_QUOTE}(?:{S0}ال[^\s\d،,.]+ي(?:ة|ه)?)?{S0}(?:[،,]{S0}و?|و)(?:شركة{_QUOTE})?{_QUOTE}$")
# «من» (or «من شركة “»), the one marker of a seller that also names a backer, right before a name.
_BACKED_REACH = 80  # a word of backing is looked for this far before «من» and the name


@cache
def _from() -> re.Pattern:
    return re.compile(rf"(?<!\w)[وفب]?من(?:{S0}(?:ال)?(?:شركة|شركه|مجموعة|مجموعه))?{_QUOTE}$")


# «ميتا (فيسبوك وإنستغرام)»: a name in brackets right after another one.
_APPOSITION = re.compile(r"^[ \t\"'»”]*[،,]?[ \t]*\([^()]{0,60}$")
# «استحوذت شركة “إنفيديا” على…»: only a company noun and quotes between verb and subject.
_SUBJECT_GAP = re.compile(rf"^{_QUOTE}(?:(?:ال)?(?:شركة|شركه|مجموعة|مجموعه){_QUOTE})?$")


def _listed(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, between two names, lists them («X وY»، «X، إضافة إلى Y»),
    after the words of the first one's legal name the mention left out («SoftBank Group
    Corp، و Oracle»)."""
    cues = _cues()
    m = cues.suffixes.match(text, a, b)
    gap = text[m.end() if m else a:b]
    return bool(_GLUE.match(gap) or cues.list_glue.match(gap))


@dataclass
class _Named:
    """An entity of the sentence with the part its context gives it."""

    e: EntityMention
    mark: str = ""  # investor, investee, target, supplier, by, employer, owned, compared or ""
    lead: bool = False  # subject of «قادت / تشارك»


def _named(ctx: Context, pos: int, role: str) -> list[_Named]:
    """The sentence's candidate parties, each with the marker before it.

    A name that is only an apposition of the one before it is no party: what a company
    owns or belongs to («ميتا، المالكة لفيسبوك», «ميتا (فيسبوك وإنستغرام)») and the
    names listed with it; what a person owns or runs is the company he speaks for.
    """
    # The result depends on the sentence and, of the role, only on the kinds of names it
    # takes and the order its marks are tried in (and a purchase's «من»): roles alike share it.
    key = (ctx.sentence(pos), _party_kinds(role), role == "spending")
    if key not in ctx.named:
        ctx.named[key] = _named_in(ctx, pos, role)
    return list(ctx.named[key])


def _named_where(ctx: Context, pos: int, role: str, what: str, keep) -> list[_Named]:
    """The names of :func:`_named` that ``keep`` accepts, computed once per sentence, role and
    ``what`` (the question's name): a rule asking it for each amount of a long sentence stays
    linear."""
    return ctx.per_sentence(pos, (role, what), lambda: [n for n in _named(ctx, pos, role) if keep(n)])


@cache
def _party_kinds(role: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The entity kinds that can be a party of ``role``, and the marks in the order tried."""
    cues = _cues()
    kinds = (cues.kinds | ({"person"} if role in cues.person_roles else set())
             | ({"product"} if role in cues.product_roles else set()))  # «الاستحواذ على متصفح كروم»
    # «من» marks an investor of a round but the supplier of a purchase: the role's own
    # marks are tried first.
    return frozenset(kinds), tuple(sorted(cues.marks, key=lambda k: k not in _MARKS.get(role, {})))


def _named_in(ctx: Context, pos: int, role: str) -> list[_Named]:
    cues = _cues()
    text = ctx.text
    lo, hi = ctx.sentence(pos)
    kinds, kinds_first = _party_kinds(role)
    sector = sectors()
    out: list[_Named] = []
    prev: _Named | None = None
    last: EntityMention | None = None  # the entity before, of any kind
    outside: EntityMention | None = None  # the last one not in brackets
    # «المعروفة بـ» comes after a project word: a sentence holding none has no such name.
    projects = cues.named_as._sifts(text, lo, hi)
    for e in ctx.entities(pos):
        before, last = last, e
        gap = text[outside.end:e.start] if outside is not None else ""
        bracketed = "(" in gap and ")" not in gap and _APPOSITION.match(gap) is not None
        if not bracketed:
            outside = e
        window = (max(lo, e.start - 40), e.start)
        if e.kind not in kinds:
            prev = None
            continue
        marked = cues.before_name.search(text, *window) is not None  # guards the searches in a part of window
        owned_lo = max(lo, before.end if before is not None else e.start - 40)
        owned = cues.owned.search(text, owned_lo, e.start) if marked or owned_lo < window[0] else None
        if owned and projects and cues.named_as.search(text, max(lo, e.start - 80), e.start):
            owned = None  # «في خطة ترامب المعروفة بـ”ستارجيت”»: the project's name, no apposition
        if owned or (before is not None and bracketed and outside.name_en != e.name_en):
            # «ميتا، المالكة لفيسبوك»، «الصندوق، وهو ذراع تتبع لشركة أرامكو»: what a company
            # owns, or the owner of what the sentence speaks of, is no party.
            if before is not None and before.kind == "person":
                out.append(_Named(e, "employer"))  # «ماسك، مالك شركة تسلا»
                prev = None
            else:
                prev = _Named(e, "owned")
            continue
        if prev is not None and prev.mark == "owned" and _GLUE.match(text[prev.e.end:e.start]):
            prev = _Named(e, "owned")  # «المالكة لفيسبوك وإنستغرام»
            continue
        if marked and cues.title.search(text, *window):
            # «مارك زوكربيرغ، الرئيس التنفيذي لشركة ميتا»: the company a person speaks for.
            if e.kind != "person":
                out.append(_Named(e, "employer"))
            prev = None
            continue
        # With no source cue in window (before_name holds them), only an outlet is quoted.
        quoted = ctx.quoted(e, lo) if marked or sector.get(e.name_en) == "media" or (
            not e.known and _outlet_named(e.name_en)) else False
        if quoted or (before is not None and (before.name_en == e.name_en or "(" in text[before.end:e.start])
                      and _REPEAT.match(text[before.end:e.start]) and ctx.quoted(before, lo)):
            # «بيانات مجموعة بورصة لندن (LSEG)»: a quoted name spelled again is quoted too, and
            # so is its gloss in brackets («بيانات منصة «ومضة» (Wamda)»).
            prev = None
            continue
        if marked and cues.compared.search(text, *window):
            # «متجاوزة “مايكروسوفت”»: a company compared with is no party of the figure before
            # it (a relative clause may still speak of it: «… التي حلت ثانية بـ…»).
            out.append(_Named(e, "compared"))
            prev = None
            continue
        if prev is not None and prev.e.name_en == e.name_en and _REPEAT.match(text[prev.e.end:e.start]):
            # «سوفت بنك” SoftBank»: the same name spelled again takes the part of the first.
            item = _Named(e, prev.mark, prev.lead)
            out.append(item)
            prev = item
            continue
        near = (max(lo, e.start - 24), e.start)
        if e.kind == "person" and marked and cues.project_of.search(text, *near):
            prev = None
            continue
        if cues.more_investors.match(text, e.end):
            mark = "investor"  # «محادثات مع MGX ومستثمرين آخرين»: one investor among others
        elif marked and cues.obliged.search(text, *near):
            mark = ""
        elif marked and cues.backed_by.search(text, *near):
            mark = "backer"  # «ميسترال، المدعومة من إنفيديا»: who backed it before, no party of a new round
        else:
            mark = next((k for k in kinds_first if cues.marks[k].search(text, *near)), "") if marked and cues.any_mark.search(
                text, *near) else ""
            if mark == "supplier" and role == "spending" and _from().search(text, *near):
                back = None
                for back in cues.backing.finditer(text, max(ctx.clause(e.start)[0], e.start - _BACKED_REACH), e.start):
                    pass
                if back is not None and not cues.bought_from.search(text, back.end(), e.start):
                    # «بدعم من X»، «محاولة من X»، «كاستثمار من X»: «من» after a word of backing, funding
                    # or trying, with no word of buying or obtaining between, names who backs or does
                    # it, not a seller («شراء رقائق من X»).
                    mark = "by"
        if mark == "investor" and cues.share_of.search(text, *near):
            mark = "investee"  # «شراء 49% من شركة X»: a share of X (grammar: partitive «من»), X no investor
        if not mark and projects and cues.named_as.search(text, max(lo, e.start - 80), e.start):
            mark = "investee"
        if not mark:
            # A description between marker and name, with no other name in it.
            since = (max(lo, e.start - 80, before.end if before is not None else lo), e.start)
            if cues.described_head.search(text, *since):  # no description without its head noun
                if cues.described_any.search(text, *since):
                    mark = next((k for k in kinds_first if cues.described[k].search(text, *since)), "")
            if not mark and marked and cues.they_are.search(text, max(since[0], e.start - 12), e.start):
                mark = next((k for k in kinds_first if cues.counted[k].search(text, *since)), "")
        if not mark and prev is not None and prev.mark and (
                _listed(text, prev.e.end, e.start)):
            mark = prev.mark  # «من جوجل وأمازون»: listed with a marked name
        # «قادت سوفت بنك الجولة» / «سوفت بنك تقود الجولة»
        lead = bool((marked and cues.leads.search(text, max(lo, e.start - 22), e.start)) or cues.led.match(text, e.end, hi))
        item = _Named(e, mark, lead)
        out.append(item)
        prev = item
    for a, b in zip(reversed(out[:-1]), reversed(out[1:])):
        if b.lead and not a.lead and not a.mark and not b.mark and a.e.kind != "person" and _listed(text, a.e.end, b.e.start):
            # «اختارت ميتا شركتي X وY لقيادة صفقة تمويل»: names listed with one that leads lead with it.
            a.lead = True
    return out


def _coordinated(named: list[_Named], agent: EntityMention, ctx: Context, limit: int) -> list[str]:
    """The agent with the names joined to it by «و» or a comma alone, before ``limit``:
    «استثمرت إنفيديا وأمازون ومايكروسوفت 60 مليار»، «شركات إنفيديا وأمازون ومايكروسوفت
    تجري محادثات لاستثمار»: a subject of several names pays together. Names with a marker
    («في X وY») or of another kind (a person beside a company) are not joined."""
    i = bisect_left(named, agent.start, key=lambda n: n.e.start)  # names are in order
    while i < len(named) and named[i].e.start == agent.start and named[i].e is not agent:
        i += 1
    if i >= len(named) or named[i].e is not agent or named[i].mark:
        return [agent.name_en]
    kinds = _cues().kinds if agent.kind in _cues().kinds else frozenset((agent.kind,))
    text = ctx.text
    lo = hi = i
    while lo > 0 and not named[lo - 1].mark and named[lo - 1].e.kind in kinds and _GLUE.match(
            text[named[lo - 1].e.end:named[lo].e.start]):
        lo -= 1
    while hi + 1 < len(named) and named[hi + 1].e.end <= limit and not named[hi + 1].mark \
            and named[hi + 1].e.kind in kinds and _GLUE.match(text[named[hi].e.end:named[hi + 1].e.start]):
        hi += 1
    return list(dict.fromkeys(n.e.name_en for n in named[lo:hi + 1]))


_QUOTED_GLUE = re.compile(rf"^{_QUOTE}[»”\"']*[ \t]*[،,]?[ \t]*و{_QUOTE}$")  # «“سوفت بنك”، و”أوبن إيه آي”»


def _listed_with(named: list[_Named], first: EntityMention, ctx: Context, limit: int | None = None) -> list[str]:
    """The name ``first`` and the names listed right after it («على شركتي جوجل وأمازون»،
    «من جوجل وأمازون»), before ``limit``: parties named together take the same part."""
    k = bisect_left(named, first.start, key=lambda n: n.e.start)  # names are in order
    chain = [first]
    for i in range(k + 1, len(named)):
        n = named[i].e
        if (limit is not None and n.end > limit) or n.kind not in (first.kind, *_cues().kinds) \
                or not (_listed(ctx.text, chain[-1].end, n.start) or _QUOTED_GLUE.match(ctx.text[chain[-1].end:n.start])):
            break
        chain.append(n)
    return list(dict.fromkeys(e.name_en for e in chain))
