"""What an amount of money is: its role, and the cue that decides it (:func:`role_of`).

* **role**: ``raise``, ``valuation``, ``market_value``, ``investment``, ``acquisition``,
  ``bid``, ``revenue``, ``loss``, ``spending``, ``debt``, ``damages`` or ``other``: the
  nearest strong cue before the amount in its clause, else after it, else a weak cue,
  else the same in the whole sentence. A cue is a whole word, read after the clitics
  and the future prefix س, a final ة also as ت before a suffix (جولتها). A market value said of a company that is not
  listed (an AI lab) is its valuation. Then the sentence's shape decides: a price per
  share or unit («50 دولارا للسهم») and what a stake, fund or fortune is worth («حصة
  تقدر بنحو»، «صندوق الذي تبلغ قيمته») are ``other`` (a fund being set up is not); a
  change in a value («خسرت 600 مليار دولار من قيمتها السوقية»، «تراجعت قيمتها السوقية
  بأكثر من تريليون») is ``other`` (ANNOTATION.md, C9), the value reached stays a value;
  a profit or revenue in a sentence that
  claims damages is the damages; an amount followed by «للاستحواذ» is a purchase;
  «التي تبلغ قيمتها» values the company named before it, «تبلغ قيمة X» values X, and
  «قيمتها» said of a listed company is its market value, of a market («سوق … ستصل قيمته»)
  its size (other); a purchase offered or sought («عرضت … الاستحواذ»، «على وشك الاستحواذ»)
  is a bid; «قيمتها» said of a deal noun right before it («في صفقة تقدر قيمتها»، «صفقات
  تتجاوز قيمتها») is the deal's amount, of the nearest strong cue before the deal noun
  that is no valuation («اتفاق لشراء»: an agreed purchase), else of the deal noun; financing said to be debt («تمويل … معظمه ديون») is debt; money set aside
  («خصصت»، «استثمارات بقيمة») by an investor (a fund, a government, a company of the
  investor sectors, «الطرفان») is an investment, by an operating company its own
  spending (and what a government sets aside for its programme: «لبرنامجها»); spending said of a joint venture, fund or partnership named between its cue and the amount is an investment,
  unless a cost (تكلفة) is said of it; an investment programme («أعلنت عن استثمارات
  بقيمة») that no company, fund, round or venture receives and no investor pays is
  spending. Goods bought
  («اشترت الشركة رقائق بقيمة») are spending; investments a company receives («جذبت
  استثمارات بقيمة») are a raise, a stake it receives for a price («حصلت على حصة …
  مقابل») an investment; a payment in a sentence about a lawsuit or a court («قضت
  المحكمة بأن تدفع») is damages, a fine stays ``other`` (so does a payment in a sentence
  that calls it a fine: «أمرت الهيئة الشركة بدفع … الطعن على الغرامة»). A funding word
  whose agent is the investor ('funding': «وافقت X على تمويل Y بمبلغ»، «تمويلها السابق
  البالغ» after «استثمار» said of its subject, «تمول X …») is no raise but the investor's
  investment, paid by that agent (see :func:`_funder`); a company funding a share of works
  or of a cost («تمول الشركة نحو 6 مليارات من أعمال الإنشاء») spends it. A holder's sale of
  its stake («بيع كامل حصتها») is an investment (C12: :func:`stake_sale_at`); financing to build
  a facility («اتفاق تمويل … لتشييد مركز بيانات») is an investment with a raise's parties
  (C14: :func:`project_financed`, applied in article.py).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from analysis.extract.entities import EntityMention, sectors
from analysis.extract.numbers import CLITICS
from analysis.extract.parties.agent import _agent
from analysis.extract.parties.context import Context, _sentences_before
from analysis.extract.parties.cues import _at_amount, _cues, _no_object, _project_financing, _role_cues, _stake_sold
from analysis.extract.parties.marks import _SUBJECT_GAP, _named

ROLES = ("raise", "valuation", "market_value", "investment", "acquisition", "bid", "revenue",
         "loss", "spending", "debt", "damages", "other")

_POINTER = re.compile(r"(?<!\w)[وفبل]?(?:في|علي|لشراء)")  # normalized: على → علي
_INTO = re.compile(r"(?<!\w)[وف]?في(?:[ \t]+\w+)?[ \t]*[\"'«“(]*$")  # «في (تأسيس) X»
_VALUED = re.compile(r"(?<!\w)(?:التي|الذي)[ \t]+(?:تبلغ|يبلغ|تقدر|يقدر)[ \t]+قيمت(?:ها|ه)(?:[ \t]+\w+){0,3}?[ \t]*ب?[ \t]*$")


def _nearest(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The nearest strong cue before the amount in its clause, else after it, else a weak
    cue, else the same in the sentence (see the module docstring). The cues are in order
    and do not overlap: the search walks out from the amount and stops at the first fit."""
    sent = ctx.sentence(start)
    clause = ctx.clause(start)
    rc = _role_cues()
    not_cue = rc.not_cue
    text = ctx.text

    def counted(a: int, b: int, role: str) -> bool:  # «537 ألف سهم»: a count of shares, no share price
        if role == "spending" and rc.staff_grant.fullmatch(text, a, b):
            # «منح موظفيها حصصا ضخمة»، «منح سنوية» offered to researchers: grants to staff are
            # pay, no one's spending: no cue (the sentence's other words decide).
            return ctx.per_sentence(start, "hire, no lawsuit", lambda: bool(
                rc.hires.search(text, *sent) and not rc.lawsuit.search(text, *sent)))
        return role == "other" and text[a:b] in rc.counted_nouns and rc.counted_share.search(text, max(0, a - 16), a) is not None

    cues = ctx.cues(start)
    last_before = bisect_right(cues, start, key=lambda c: c[1])  # cues[:last_before] end by the amount
    first_after = bisect_left(cues, end, key=lambda c: c[0])  # cues[first_after:] start after it
    for lo, hi in (clause, sent):
        for strong in (True, False):
            for k in range(last_before - 1, -1, -1):
                a, b, role, st = cues[k]
                if a < lo:
                    break
                if st == strong and b <= hi and not not_cue.match(text, b) and not counted(a, b, role):  # «لتقييم ما إذا»
                    return role, (a, b)
            for k in range(first_after, len(cues)):
                a, b, role, st = cues[k]
                if b > hi:
                    break
                if st == strong and a >= lo and not not_cue.match(text, b) and not counted(a, b, role):
                    return role, (a, b)
    return "other", None


def _invested_in(ctx: Context, start: int) -> bool:
    """Whether the amount's sentence names a company that receives an investment («في
    شركة …»، «فيها»، or «في شركة» after the amount, however long the description before the
    name), names two companies before the amount (one invests in the other: «محادثات مع أوبن إيه آي لاستثمار»،
    «تملك مايكروسوفت حصة في أرباح أوبن إيه آي نتيجة استثمار»), or an investor (a fund) puts
    the money in: then an investment noun speaks of money put into someone, no programme."""
    lo = ctx.sentence(start)[0]
    named = _named(ctx, start, "investment")
    if any(n.mark == "investee" or _INTO.search(ctx.text, max(lo, n.e.start - 24), n.e.start) for n in named):
        return True  # «في شركة X»، «في تأسيس X»
    c_lo, c_hi = ctx.clause(start)
    if any(_cues().anaphora.match(ctx.text, m.end()) for m in _POINTER.finditer(ctx.text, c_lo, c_hi)):
        return True
    rc = _role_cues()
    if rc.into_company.search(ctx.text, start, c_hi):
        return True  # «استثمار قدره 700 مليون دولار في شركة البرمجيات الناشئة …»
    sector = sectors()
    companies = {n.e.name_en for n in named if n.e.kind == "org" and n.e.end <= start
                 and n.mark not in ("employer", "owned", "compared") and sector.get(n.e.name_en, "") != "media"}
    if len(companies) > 1:
        # An investment told after two companies goes from one into the other (a company
        # named after the amount may be what the build-out serves: «لتدريب نماذج أوبن إيه آي»).
        return True
    return any(n.e.kind == "fund" or sector.get(n.e.name_en, "") in rc.investors
               for n in named if n.e.start < start and n.mark != "employer")


_UNIT_COST_REACH = 80  # a cost word is looked for this far before an amount said per unit («لكل ميغاواط»)
_FIELD_REACH = 80  # an investment's destination is looked for this far after its amount
_IN = re.compile(r"(?<!\w)[وف]?(?:في|داخل)(?!\w)")


def _into_field(ctx: Context, end: int) -> bool:
    """Whether the first destination after the amount in its clause is a sector, a field or
    infrastructure («استثمار 500 مليار دولار في البنى التحتية»، «40 مليار دولار للاستثمار في
    الذكاء الاصطناعي»، «100 مليار دولار لبنية الذكاء الاصطناعي»): the money goes into no
    company, and none is taken from the article to receive it. Bounded per amount: the
    _FIELD_REACH characters after it."""
    hi = min(ctx.clause(end - 1)[1], end + _FIELD_REACH)
    m = _role_cues().field.search(ctx.text, end, hi)
    if m is None:
        return False
    first = _IN.search(ctx.text, end, m.start())
    return first is None  # «في المرحلة الأولى في …»: another destination first


_FINANCING = ("raise", "investment", "debt")


def _received_from_investors(ctx: Context, start: int, end: int, cue: tuple[int, int] | None) -> bool:
    """Whether money received («حصلت على»، «تلقت») is raised: its clause names an investor it
    comes from («من جوجل»، «من المستثمرين»), a stake given in exchange («مقابل حصة») or
    another cue of financing, strong or weak («ضمن جولة»، «تمويل»، «قرض»), and the amount is not what a
    holding yields («من نفس الاستثمار»: a return). With no ``cue`` (the amount's cue comes after
    it), only the last test: a verb of receiving before the amount and a holding after it."""
    rc = _role_cues()
    text = ctx.text
    c_lo, c_hi = ctx.clause(start)
    if cue is None:
        # Only a cue after the amount: money received «من نفس الاستثمار» is its return.
        return not (rc.obtain.search(text, c_lo, start) and rc.yield_from.match(text, end, c_hi))
    if rc.yield_from.match(text, end, c_hi):
        return False
    if rc.in_exchange.search(text, c_lo, c_hi) or rc.investor_noun.search(text, c_lo, c_hi):
        return True
    if any(c_lo <= a and b <= c_hi and (a, b) != cue and r in _FINANCING and not rc.obtain.fullmatch(text, a, b)
           for a, b, r, _ in ctx.cues(start)):
        return True
    return any(n.mark == "investor" and c_lo <= n.e.start < c_hi for n in _named(ctx, start, "raise"))


_FUNDED_GAP = 40  # a funding verb's subject or object is looked for this far after it
_SPACE = re.compile(r"[ \t]*")


def _funder(ctx: Context, start: int, end: int, cue: tuple[int, int]) -> tuple[EntityMention | None, EntityMention | None, bool] | None:
    """(payer, recipient, said by a finite verb) when the amount's funding cue ('funding' in
    money_roles.json) has the investor as its agent: «تمويل» is two-sided (to fund, to be
    funded) and the one who funds is the side its grammar names as agent.

    * «وافقت سوفت بنك على تمويل شركة X بمبلغ»، «تعهدت Y بتمويل X»: the verbal noun as a
      verb's complement, its object named right after it, the verb's subject named before
      it in the clause: the subject pays, the object receives (not after a verb of
      receiving: «حصلت X على تمويل» is X's raise);
    * «تمول X الشركة بـ …»، «على أن تمول الشركة نحو …»: a finite verb and its subject
      (named right after it, «الشركة» right after it — unnamed, None —, else named before it
      in the clause); the name after the verb that is not its subject receives; with no
      such name, only a share of works or of a cost after the amount («من أعمال الإنشاء»)
      is read (recipient None): «ماسك يمول نموذجه بـ…» says nothing of who receives;
    * «تمويلها السابق البالغ»: a possessed noun whose sentence said its subject (its first
      name) invests (a strong investment cue between that name and the noun): the subject
      pays, the last name between them receives.

    None when the cue is none of these. Bounded per amount: the sentence's names and cues,
    once per amount (role_of and parties both ask)."""
    if not _funding_word(ctx.text[cue[0]:cue[1]]):
        return None  # most cues are no funding word: nothing to read, nothing to keep
    return ctx.per_sentence(start, ("funder", cue, start), lambda: _funder_of(ctx, start, end, cue))


def _strong_cue_within(ctx: Context, pos: int, role: str, lo: int, hi: int) -> bool:
    """Whether a strong cue of ``role`` starts in ``[lo, hi)`` in the sentence holding ``pos``
    (its cues' starts sorted once per sentence: asked per amount, a long sentence stays near linear)."""
    starts = ctx.per_sentence(pos, ("strong cue starts", role), lambda: sorted(
        a for a, _, r, st in ctx.cues(pos) if r == role and st))
    i = bisect_left(starts, lo)
    return i < len(starts) and starts[i] < hi


@cache
def _funding_word(said: str) -> bool:
    """Is the cue ``said`` a funding word of :func:`_funder_of` (its noun, verb or possessed noun)?"""
    rc = _role_cues()
    return bool(rc.funding_noun.fullmatch(said) or rc.funding_verb.fullmatch(said) or rc.funding_possessed.fullmatch(said))


def _funder_of(ctx: Context, start: int, end: int, cue: tuple[int, int]) -> tuple[EntityMention | None, EntityMention | None, bool] | None:
    rc = _role_cues()
    text = ctx.text
    said = text[cue[0]:cue[1]]
    noun, verb = rc.funding_noun.fullmatch(said), rc.funding_verb.fullmatch(said)
    possessed = not (noun or verb) and rc.funding_possessed.fullmatch(said)
    if not (noun or verb or possessed):
        return None  # most raise cues are no funding word: the names are not read for them
    c_lo, c_hi = ctx.clause(cue[0])
    named = [n for n in _named(ctx, start, "investment") if n.mark not in ("employer", "owned", "compared")]
    before = [n.e for n in named if c_lo <= n.e.start and n.e.end <= cue[0] and not n.mark]
    after = [n.e for n in named if cue[1] <= n.e.start <= cue[1] + _FUNDED_GAP and n.e.start < c_hi]
    right_after = after[0] if after and _SUBJECT_GAP.match(text[cue[1]:after[0].start]) else None
    if noun:
        lo = max(c_lo, cue[0] - 40)
        if not rc.funding_complement.search(text, lo, cue[0]):
            return None  # «جولة تمويل X»: a compound, no verb's complement
        if rc.obtain.search(text, lo, cue[0]) or rc.receive.search(text, lo, cue[0]):
            return None  # «حصلت X على تمويل»: received, a raise
        if right_after is None or not before or before[-1].name_en == right_after.name_en:
            return None
        return before[-1], right_after, False
    if verb:
        if right_after is not None:
            subject, objects = right_after, after[1:]
        elif rc.subject_anaphora.match(text, _SPACE.match(text, cue[1]).end()):
            subject, objects = None, after  # «تمول الشركة»: the company spoken of
        elif before:
            subject, objects = before[-1], after
        else:
            return None
        obj = next((e for e in objects if e.end <= start and (subject is None or e.name_en != subject.name_en)), None)
        if obj is None and not rc.funding_share.match(text, end):
            return None  # «ماسك يمول نموذجه بـ…»: what is funded is not said to be a company or works
        return subject, obj, True
    # The possessed noun («تمويلها»), the one form left.
    lo = ctx.sentence(start)[0]
    free = [n.e for n in named if lo <= n.e.start and n.e.end <= cue[0]]
    subject = next((n.e for n in named if lo <= n.e.start and n.e.end <= cue[0] and not n.mark), None)
    if subject is None:
        return None
    if not any(subject.end <= a and b <= cue[0] and r == "investment" and st for a, b, r, st in ctx.cues(start)):
        return None  # nothing says its subject invests: «زيادة تمويلها» is its raise
    obj = next((e for e in reversed(free) if e.start > subject.start and e.name_en != subject.name_en), None)
    return (subject, obj, False) if obj is not None else None


_PROVIDED_REACH = 50  # a verb of providing governs a funding noun this near before it


def _provided(ctx: Context, cue: tuple[int, int]) -> bool:
    """Whether the cue is an indefinite funding noun («تمويلا»، «كتمويل»; not «التمويل», not
    a compound's second word) that a verb of providing governs ('funding.provided_by' at most
    four words before it in its clause, no verb of receiving between): money its subject
    provides. Bounded per amount: the _PROVIDED_REACH characters before the cue."""
    rc = _role_cues()
    text = ctx.text
    word = text[cue[0]:cue[1]].lstrip(CLITICS + "ك")
    if not rc.funding_noun.match(word) or word.startswith("ال"):
        return False
    lo = max(ctx.clause(cue[0])[0], cue[0] - _PROVIDED_REACH)
    m = rc.funding_provided.search(text, lo, cue[0] + (len(text[cue[0]:cue[1]]) - len(word)))
    return m is not None and not rc.obtain.search(text, m.start(), cue[0]) and not rc.receive.search(text, m.start(), cue[0])


_POSSESSED = ("ها", "ه", "هم", "هما")
_LICENCE_REACH = 60  # a licence is looked for this far after a payment's amount


def licence_paid(ctx: Context, start: int, end: int, cue: tuple[int, int]) -> bool:
    """Whether the amount is paid for a licence ('licence'): its cue is a licence word («اتفاق
    ترخيص بقيمة») or one comes after it in its clause, at most _LICENCE_REACH characters on
    («دفعت … لشركة X لترخيص تقنيتها»). Its parties are a payment's: the agent pays, the
    licensor is paid."""
    rc = _role_cues()
    if rc.licence.match(ctx.text, cue[0]):
        return True
    return rc.licence.search(ctx.text, end, min(ctx.clause(start)[1], end + _LICENCE_REACH)) is not None


def _worldwide(ctx: Context, start: int, cue: tuple[int, int]) -> bool:
    """Whether a revenue, spending or investment cue before the amount speaks of a whole world market: a word of the
    world ('worldwide') at most three words after it, before the amount, with no name between
    and no possessive pronoun on the cue («مبيعاتها العالمية» is the company's)."""
    text = ctx.text
    if text[cue[0]:cue[1]].endswith(_POSSESSED):
        return False
    # the cue before the amount, the world word between them; a cue right after the amount
    # («70 مليار دولار إنفاق على الخوادم عالميا»), the world word in the clause after it
    m = _role_cues().worldwide.match(text, cue[1], start if cue[1] <= start else ctx.clause(start)[1])
    return m is not None and not any(cue[1] <= e.start < m.end() for e in ctx.entities(start))


def sector_total(ctx: Context, start: int, cue: tuple[int, int]) -> bool:
    """Whether the amount's cue (before it) is an investment or spending noun that a word of
    size or of reaching governs and a sector follows ('sector_totals': «سجل الاستثمار في قطاع
    …»، «بلغت استثمارات مراكز البيانات»، «ارتفاع حجم الاستثمار في القطاع»), with no figure
    between the cue and the amount. Bounded per amount: a few words around its cue."""
    text = ctx.text
    lo = max(ctx.sentence(start)[0], cue[0] - 16)
    for m in _role_cues().sector_total.finditer(text, lo, min(start, cue[1] + 40)):
        if m.start("noun") <= cue[0] < m.end("noun"):
            return not _DIGIT.search(text, cue[1], start)
    return False


_GOODS_OWNER = 12  # «مبيعات رقائق إنفيديا»: a name this near after the goods owns them


def _goods_sales(ctx: Context, start: int, cue: tuple[int, int]) -> bool:
    """Whether a revenue cue before the amount is the sales of a kind of goods, no one's: the
    sales word («مبيعات», no possessive pronoun) with a goods noun right after it («الرقائق»،
    «رقائق الذاكرة») and no name right after the goods («مبيعات رقائق إنفيديا» are Nvidia's).
    (ANNOTATION.md, C5: a market's size is other.)"""
    rc = _role_cues()
    text = ctx.text
    if not rc.sales_word.fullmatch(text, cue[0], cue[1]):
        return False
    m = rc.goods_sold.match(text, cue[1], start)
    if m is None:
        return False
    ents = ctx.entities(start)
    k = bisect_left(ents, m.end(), key=lambda e: e.start)
    return not (k < len(ents) and ents[k].start < min(start, m.end() + _GOODS_OWNER))


def _investor_pays(ctx: Context, start: int, end: int, role: str, cue: tuple[int, int] | None,
                   governments: bool = True) -> bool:
    """Whether the one who puts the money in is an investor rather than an operating
    company: a fund, a government (unless ``governments`` is false) or a company of
    'investor_sectors' (the cue's agent, else, when the sentence names none, the one the
    article is about), or several partners together («الشركات الثلاث»، «الطرفان»، a joint
    venture or alliance)."""
    lo = ctx.sentence(start)[0]
    rc = _role_cues()
    if ctx.first_before(_cues().pair, start):
        return True
    named = _named(ctx, start, role)
    agent = _agent(named, ctx, start, end, cue)
    sector = sectors()
    if agent is None:
        main = ctx.main()
        agent = next((e for e in ctx._names_in_text() if e.name_en == main), None)
    kinds = ("fund", "government") if governments else ("fund",)
    return agent is not None and (agent.kind in kinds or sector.get(agent.name_en, "") in rc.investors)


_ALLOCATED_GAP = 40  # the company money is set aside for is named this near after «لشركة»


def allocated_to(ctx: Context, end: int) -> EntityMention | None:
    """The company the amount ending at ``end`` is set aside for: «ل» and a company noun right
    after it ('allocated_to': «150 مليار ين لشركة X»), then a company or fund named in its
    clause, at most _ALLOCATED_GAP characters on, with no figure between (its description may
    come first: «لشركة الذكاء الاصطناعي X»); else None. Bounded per amount: that window only."""
    text = ctx.text
    m = _role_cues().allocated_to.match(text, end)
    if m is None:
        return None
    hi = min(ctx.clause(end - 1)[1], m.end() + _ALLOCATED_GAP)
    return next((e for e in ctx.entities_within(end, m.end(), hi)
                 if e.kind in ("org", "fund") and not _DIGIT.search(text, m.end(), e.start)), None)


_FOUNDED_REACH = 250  # a project or programme being set up is looked for this far before its amount


def _founded_programme(ctx: Context, start: int) -> bool:
    """Whether a project, initiative, programme or plan being set up ('founded_programmes':
    «إطلاق مشروع جديد»، «أطلق مبادرة») is said before the amount at ``start`` in its sentence,
    at most _FOUNDED_REACH characters, with no other figure between (the amount is its size),
    and nothing joint said from the founding word to the amount ('founded_programmes.joint':
    «مشروع مشترك»، «بالشراكة مع»: a venture owned with others, C1). Bounded per amount: that
    window only."""
    text = ctx.text
    rc = _role_cues()
    lo = max(ctx.sentence(start)[0], start - _FOUNDED_REACH)
    m = None
    for m in rc.founded_programme.finditer(text, lo, start):
        pass  # the last before the amount
    return m is not None and not _DIGIT.search(text, m.end(), start) and not rc.joint_founded.search(text, m.start(), start)


_AGREED_REACH = 60  # a word of agreement governs a purchase noun this far after it
_DEAL_REACH = 300  # a deal's own cue is looked for this far before the deal noun
_PROGRAMME_REACH = 60  # a programme's word is looked for this far after an amount set aside


_VALUE_OF_REACH = 20  # «قيمة (شركة) X»: the value word is looked for this far before the company
_WORTH_REACH = 160  # a company's worth («قيمتها») is looked for this far before the amount
_DIGIT = re.compile(r"(?<![0-9٠-٩])(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9٠-٩]")  # a figure, not a year


def _worth_after_round(ctx: Context, start: int, cue: tuple[int, int]) -> tuple[int, int] | None:
    """The span of «قيمتها / قيمة الشركة / تقييمها» that makes the amount a company's worth
    though a round's or an investment's cue is nearer the start of the clause: the worth word
    comes after that cue («جمعت مليار دولار في جولة رفعت قيمتها إلى 6 مليارات»), or before
    it when the round is only said as an adverbial («بلغت قيمتها في آخر جولة نحو»، «رفعت
    قيمتها بعد هذا التمويل إلى»). A worth word right after another role's cue is that
    deal's size («الجولة التمويلية البالغ قيمتها مليار»): no worth of a company.
    Bounded per amount: the cues of the _WORTH_REACH characters before it."""
    rc = _role_cues()
    text = ctx.text
    c_lo = max(ctx.clause(start)[0], start - _WORTH_REACH)
    cues = ctx.cues(start)
    k0 = bisect_left(cues, c_lo, key=lambda c: c[0])
    k1 = bisect_right(cues, start, key=lambda c: c[1])
    adverbial = rc.adjunct_round.search(text, max(c_lo, cue[0] - 30), cue[0]) is not None
    for k in range(k1 - 1, k0 - 1, -1):
        a, b, role, _ = cues[k]
        if role != "valuation" or not rc.value_of_it.match(text, a):
            continue
        if a < cue[0] and not adverbial:
            return None  # the worth word is before the round's own cue: the round's amount
        if k > 0 and cues[k - 1][2] not in ("valuation", "market_value") and rc.owner_gap.match(text[cues[k - 1][1]:a]):
            continue  # «الجولة التمويلية البالغ قيمتها»: the deal's own size
        if _DIGIT.search(text, b, start):
            return None  # another amount between: the worth is said of that one
        return a, b
    return None


_PRICED = ("acquisition", "bid")
_DEALT = ("acquisition", "bid", "investment", "raise", "debt")


def _deal_kind(ctx: Context, start: int, role: str, cue: tuple[int, int]) -> tuple | None:
    """The cue that says what the amount pays for when its own cue only says «a price» or
    «a deal»: an amount right after «مقابل» (in exchange for) is the price of the nearest
    purchase before it in its sentence («استحواذها على شركة io، الناشئة …، مقابل 6.4
    مليار»، «إثر استحواذها على نوفاريس مقابل 2.5 مليار»); an amount whose weak cue is a
    deal noun («بصفقة بلغت 45 مليار») is of the kind of the nearest purchase, investment,
    round or loan before that noun. None when no such cue comes within _DEAL_REACH
    characters, or another figure stands between it and the amount."""
    cues = ctx.cues(start)
    rc = _role_cues()
    text = ctx.text
    lo = max(ctx.sentence(start)[0], start - _DEAL_REACH)
    if rc.price_before.search(text, max(lo, start - 30), start):
        # «… مقابل (نحو) 19 مليار»: whatever the nearest cue, the price of the purchase before it.
        if role == "acquisition":
            return None
        k = bisect_left(cues, start, key=lambda c: c[0])
        for c in reversed(cues[bisect_left(cues, lo, key=lambda c: c[0]):k]):
            if c[2] in _PRICED and c[1] <= start and not rc.price.fullmatch(text, c[0], c[1]):
                return None if _DIGIT.search(text, c[1], start) else c
        return None
    if cue[1] > start:
        return None  # a cue after the amount
    k = bisect_left(cues, cue[0], key=lambda c: c[0])
    if k >= len(cues) or cues[k][:2] != cue or cues[k][3]:
        return None  # not found or strong: the cue says what the amount is
    said = text[cue[0]:cue[1]]
    if role == "bid" and rc.price.fullmatch(said):
        kinds = _PRICED
    elif role == "spending" and rc.deal_noun.fullmatch(said):
        kinds = _DEALT
    else:
        return None
    lo = max(ctx.sentence(start)[0], cue[0] - _DEAL_REACH)
    for j in range(k - 1, -1, -1):
        c = cues[j]
        if c[0] < lo:
            break
        if c[2] in kinds and (c[3] or kinds is _PRICED):
            return None if _DIGIT.search(text, c[1], start) else c
    return None


def _raised_with(ctx: Context, clause: tuple[int, int]) -> tuple[int, int]:
    """The span whose debt cues say how the money of a raise in ``clause`` was raised: the
    clause, with the next clause of its sentence when that one opens by saying how
    («…، من خلال إصدار سندات»: 'raised_by'), and with the clause before when the raise's
    clause opens with a relative pronoun («سندات مقومة باليورو، والتي جمعت»)."""
    rc = _role_cues()
    text = ctx.text
    lo, hi = clause
    s_lo, s_hi = ctx.sentence(clause[0])
    if hi < s_hi and rc.raised_by.match(text, hi + 1):
        hi = ctx.clause(hi + 1)[1]
    if lo > s_lo and rc.relative_opening.match(text, lo):
        lo = ctx.clause(lo - 1)[0]
    return lo, hi


_LISTED_BACK = 2  # a listing is looked for in the amount's sentence and this many before it


def valued_by_round(ctx: Context, start: int, cue: tuple[int, int]) -> bool:
    """Whether a company's worth («قيمتها») is said as what a round brought it to: a strong
    cue of raising (جولة، تمويل، جمعت) before the worth's cue in the amount's clause («جمعت
    الشركة في جولة تمويلية جعلت قيمتها 5 مليارات»، «أنهت جولة تمويلية أوصلت قيمتها
    إلى 14 مليارا»). A company that raises a round is not listed: its worth is a valuation,
    whichever company the sentence names (grammar: the round is the subject of the verb
    that sets the worth)."""
    lo = ctx.clause(start)[0]
    return any(r == "raise" and st and lo <= a and b <= cue[0] for a, b, r, st in ctx.cues(start))


def _public_funding(ctx: Context, start: int, cue: tuple[int, int]) -> bool:
    """Whether funding (the noun, the amount's cue) is a state's or a programme's: its sentence
    names no round and either names a state body (a government, a ministry, a regulator), or
    a programme follows the cue («لتمويل برنامج»), or support is said before it in its sentence and no
    verb of raising governs it in its clause («تم دعم … بتقديم تمويل»; see 'public_funding' in money_roles.json)."""
    rc = _role_cues()
    text = ctx.text
    lo, hi = ctx.sentence(start)
    if ctx.per_sentence(start, "round word", lambda: rc.round_word.search(text, lo, hi) is not None):
        return False
    if rc.programme_after.match(text, cue[1]):
        return True
    c_lo = ctx.clause(cue[0])[0]
    if rc.support_received.search(text, lo, cue[0]) and not any(
            r == "raise" and st and c_lo <= a and b <= cue[0] for a, b, r, st in ctx.cues(start)):
        return True  # (not «… دعما من المستثمرين، بعدما جمعت X تمويلا»: funding a company raises)
    sector = sectors()
    return any(e.kind == "government" or sector.get(e.name_en, "") in ("government", "regulator") for e in ctx.entities(start))


_SUPPORT_REACH = 80  # a word of support is looked for this far before the amount, in its clause
_RECEIVER_REACH = 60  # and a verb of receiving this far before the word of support


def support_received(ctx: Context, start: int) -> bool:
    """Whether the amount at ``start`` is support its clause says is received: a word of
    support ('support_received') with no figure between it and the amount, after a verb or
    verbal noun of receiving ('support_receivers') in the amount's clause («تلقت منحة منفصلة
    قيمتها 3 مليارات»، «حصلت على منح بقيمة»، «بعد تلقيها دعما بنحو»، «للحصول على دعم حكومي
    يتراوح بين»). The verb's subject is the one who receives it (ANNOTATION.md, C4, C20)."""
    rc = _role_cues()
    text = ctx.text
    lo = ctx.clause(start)[0]
    words = [w for w in rc.support_received.finditer(text, max(lo, start - _SUPPORT_REACH), start)
             if not _DIGIT.search(text, w.end(), start)]
    return bool(words) and rc.support_receivers.search(
        text, max(lo, words[0].start() - _RECEIVER_REACH), words[0].start()) is not None


def said_listed(ctx: Context, start: int) -> bool:
    """Whether the text says, in the amount's sentence or the _LISTED_BACK sentences before
    it, that a company is listed («منذ طرح أسهمها في بورصة ناسداك»، «منذ إدراجها في البورصة»):
    then a market value said there is one, whatever the company's sector."""
    lo, hi = ctx.sentence(start)
    listing = _role_cues().listing
    # Each sentence is read once: the amounts of the next sentences look back at it too.
    return any(ctx.per_sentence(a, "listing", lambda: listing.search(ctx.text, a, b) is not None)
               for a, b in ((lo, hi), *_sentences_before(ctx, lo, _LISTED_BACK)))


def _pay(ctx: Context, start: int, cue: tuple[int, int]) -> bool:
    """Whether the damages or spending ``cue`` is pay («تعويض» as compensation: «تعويضات فورية»،
    «إجمالي تعويض الرئيس التنفيذي»; «حوافز نقدية» besides a salary): a word of 'pay_compensation.cue' in a sentence that says one of
    its 'pay' words (a salary, a bonus, an employee, a researcher) and none of its 'lawsuit'
    words. Bounded per amount: a match of the cue; the sentence is read once."""
    rc = _role_cues()
    if not rc.pay_cue.fullmatch(ctx.text[cue[0]:cue[1]]):
        return False
    lo, hi = ctx.sentence(start)
    return ctx.per_sentence(start, "pay, no lawsuit", lambda: bool(
        rc.pay_said.search(ctx.text, lo, hi) and not rc.lawsuit.search(ctx.text, lo, hi)))


_DEAL_NOUN_REACH = 12  # a deal noun is read this far before the investment adjective that qualifies it
_FUND_REACH = 130  # a fund being set up is looked for this far before its amount (its founder's long name between)
_CONTRIBUTED = ("investment", "spending", "valuation", "market_value", "raise", "revenue")
_VALUE_ADDED_REACH = 80  # «قيمة مضافة تصل إلى»: value added is named this near before its amount


def _contribution(ctx: Context, start: int) -> bool:
    """Whether the amount is what something adds to an economy: a word of contributing or
    adding before it in its clause («يسهم»، «مساهمته»، «يضيف») and an economy or its output
    after that word in the clause («في الناتج المحلي»، «إلى الاقتصاد»), or value added before it
    in its clause, at most ``_VALUE_ADDED_REACH`` characters before it («قيمة مضافة تصل إلى»: an
    economy's gain by itself). Bounded per amount: its clause (a long clause of many amounts
    would otherwise be read once per amount)."""
    rc = _role_cues()
    c_lo, c_hi = ctx.clause(start)
    m = None
    for m in rc.contribution.finditer(ctx.text, c_lo, start):
        break  # the first: an economy after it
    return (m is not None and rc.economy.search(ctx.text, m.end(), c_hi) is not None) or (
        rc.value_added.search(ctx.text, max(c_lo, start - _VALUE_ADDED_REACH), start) is not None)


def role_of(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The role of the amount at ``[start, end)`` and the span of the cue that decided it."""
    role, cue = _role_of(ctx, start, end)
    if role in ("spending", "investment") and needed(ctx, start):
        # «قد تحتاج شبكات الألياف إلى استثمارات تبلغ»: what is needed is an estimate, no
        # one's commitment (ANNOTATION.md, C5).
        return "other", cue
    if role != "other" and held_stake_worth(ctx, start):
        # «يمتلك حصة 40% في شركة X، بقيمة تقارب»، «تملك X حصة تبلغ نحو 27% أو ما قيمته»: what a
        # stake someone holds is worth changes no hands (ANNOTATION.md, C3, C17).
        return "other", cue
    sold = stake_sale_at(ctx, start, end) if role in _SOLD_ROLES or role == "other" else None
    if sold is not None and (role in _SOLD_ROLES or not _DIGIT.search(ctx.text, sold[1], start) and (
            cue is None or sold[0] <= cue[0] and cue[1] <= sold[1] or cue[0] >= end)):
        # «باعت X حصتها في Y مقابل»، «بيع حصتها الكاملة في Y، محققة عائدات بلغت»: a holder
        # selling its stake is no purchase of a company, offer or revenue (ANNOTATION.md, C12); nor
        # is «باع الصندوق 500 ألف سهم من X، بقيمة» a share's price, «لبيع أسهم بقيمة» a sum of no one,
        # or «باع حصة المجموعة البالغة» what the stake is worth (an 'other' whose word is the sale's own
        # or comes after the amount: «بقيمة … وفق سعر الإغلاق»; no other figure between
        # the sale and the amount: «بيع الأسهم بسعر بين 20 و25 دولارا …، ثم بسعر 18 دولارا» are prices).
        return "investment", cue
    if role in _GRANTED_ROLES and _role_cues().grant_after.match(ctx.text, end):
        # «جاء المصنع مدعوما بـ 3 مليارات جنيه كإعانات»، «خصصت الدولة 12 مليارا من الحوافز»:
        # an amount said to be a grant is its giver's spending (ANNOTATION.md, C4), whatever it backs.
        return "spending", cue
    if role == "market_value" and _round_valued(ctx, start):
        # «وصلت قيمتها السوقية إلى 3 مليارات يورو إثر جولة التمويل الجديدة»: a company valued in a round is
        # not listed: its "market value" is its valuation (ANNOTATION.md, the role list).
        return "valuation", cue
    if role in _DEAL_VALUE_ROLES:
        dealt = _deal_value_kind(ctx, start)
        if dealt is not None:
            # «استحوذت X على Y. … قيمة الصفقة تقدر بنحو 3 مليارات»: the deal's value is what the
            # deal told before pays, no company's worth nor its own spending.
            return dealt[2], (dealt[:2] if dealt[0] >= ctx.sentence(start)[0] else cue)
    if role == "acquisition" and cue is not None and _minority_stake(ctx, start, cue):
        # «استحوذت على حصة 10% في X بقيمة»، «للاستحواذ على حصة أقلية في X»: a stake that gives
        # no control is an investment, whatever the verb (ANNOTATION.md, C8).
        return "investment", cue
    if role in ("bid", "spending") and _stake_paid_for(ctx, end):
        # «دفعت X نحو 800 مليون دولار مقابل حصة في Y»، «بدفع 3 مليارات دولار لقاء شراء 20% من Y»:
        # money paid for a stake that gives no control is an investment (ANNOTATION.md, C8).
        return "investment", cue
    if role == "spending" and _stake_obtained(ctx, start, end):
        # «ستدفع X ملياري دولار عند التوقيع، مقابل حصول X على حصص في Y»، «وللحصول على 49
        # في المئة من أسهم Y، سيتعين على X دفع 14 مليار»: money paid for a stake that gives no
        # control is an investment (ANNOTATION.md, C8), whatever verb pays it.
        return "investment", cue
    if role not in ("valuation", "market_value") and _deal_values(ctx, start) \
            and not _role_cues().per_unit.match(ctx.text, end, ctx.clause(start)[1]):
        # «تقدر الصفقة مجموعة سيلفرلاين بنحو 800 مليون»: what a deal puts on a company is its
        # worth, not the deal's own kind (the company bought: its price, below); a price per
        # share it puts on one («بـ 50 دولارا للسهم») stays a price.
        role = "valuation"
    if role == "valuation" and bought_valued(ctx, start) is not None:
        # «تسعى لشراء شركة فالورا. وتقدر الصفقة شركة فالورا بنحو 4.2 مليار»: what a deal
        # puts on the company it buys is the price paid for it.
        return "acquisition", cue
    return role, cue


_NEEDED_REACH = 90  # a verb of needing is looked for this far before the amount


def needed(ctx: Context, start: int) -> bool:
    """Whether the amount at ``start`` is what is needed or required ('needed': a verb of needing
    at most eight words before it, no figure or comma between, and no role cue between but an
    investment noun: «ستحتاج المنطقة إلى ما يقدر بنحو»، «يتطلب استثمارات تقدر بـ»)."""
    rc = _role_cues()
    text = ctx.text
    m = rc.needed.search(text, max(ctx.sentence(start)[0], start - _NEEDED_REACH), start)
    return m is not None and all(text[a:b] in rc.needed_nouns or text[a:b].lstrip("وفبل") in rc.needed_nouns
                                 for a, b, _, _ in ctx.cues(start) if m.start() < a and b <= start)


_HELD_STAKE_REACH = 160  # a stake held is looked for this far before the amount its worth is
_SALE_GAP = 30  # a verb of selling governs a stake this near after it («بيع جزء من حصتها»)


def held_stake_worth(ctx: Context, start: int) -> bool:
    """Whether the amount at ``start`` is what a stake someone holds is worth ('held_stake': a verb
    of owning and the stake, or the stake with its owner's pronoun, its percentage, then a comma
    or «أو» and a word of worth right before the amount); a stake its holder sells
    («باعت حصتها البالغة 10% في X، بقيمة»: 'minority_stake.sale' just before it) is a price (C12)."""
    rc = _role_cues()
    lo = ctx.sentence(start)[0]
    held = rc.held_stake.search(ctx.text, max(lo, start - _HELD_STAKE_REACH), start)
    return held is not None and not rc.stake_sale.search(ctx.text, max(lo, held.start() - _SALE_GAP), held.start())


_SOLD_ROLES = ("acquisition", "bid", "revenue")
_GRANTED_ROLES = ("investment", "raise", "other")
_SOLD_REACH = 100  # a stake's sale is looked for this far before its amount


def stake_sale_at(ctx: Context, start: int, end: int | None = None) -> tuple[int, int, bool] | None:
    """Where a holder's sale of its stake or shares ('stake_sold': «بيع كامل حصتها»، «باعت
    أسهمها»، «باع 500 ألف سهم») begins and ends, and whether the shares are said to be the
    seller's own (a pronoun: «حصتها»), before the amount at ``start`` in its sentence
    and at most _SOLD_REACH characters before it; else None. The price or proceeds of shares sold
    by a holder are an investment (ANNOTATION.md, C12), whatever cue is nearer, and the seller
    named before the sale pays nothing; a price per share (``end`` given: «للسهم» right after the
    amount) is no sale's amount. Bounded per amount: that window only."""
    if end is not None and _role_cues().per_unit.match(ctx.text, end, ctx.sentence(start)[1]):
        return None
    found = None
    for found in _stake_sold().finditer(ctx.text, max(ctx.sentence(start)[0], start - _SOLD_REACH), start):
        pass
    return (*found.span(), found.group("any") is None) if found is not None else None


_FACILITY_REACH = 80  # a facility financed is named this far after the amount


def project_financed(ctx: Context, start: int, end: int, cue: tuple[int, int]) -> bool:
    """Whether a raise is the financing of a facility ('project_financing'), an investment its
    investors put into the project (ANNOTATION.md, C14; the parties stay a raise's: the investors
    pay, the company financed receives; see article.py): its cue a funding
    noun («تمويل»، «تمويلية»), no verb of raising or receiving before the cue in its clause
    («حملة لجمع تمويلات»: a round), no round word in its sentence, and a facility (a data
    centre, infrastructure) at most _FACILITY_REACH characters after the amount in its sentence.
    Bounded per amount: the cue's word, its clause's start and that window."""
    noun, facility = _project_financing()
    text = ctx.text
    if not noun.fullmatch(text, cue[0], cue[1]):
        return False
    lo, hi = ctx.sentence(start)
    if facility.search(text, end, min(hi, end + _FACILITY_REACH)) is None:
        return False
    rc = _role_cues()
    c_lo = ctx.clause(cue[0])[0]
    if rc.receive.search(text, c_lo, cue[0]) or rc.obtain.search(text, c_lo, cue[0]):
        return False
    return not ctx.per_sentence(start, "round word", lambda: rc.round_word.search(text, lo, hi) is not None)


def _round_valued(ctx: Context, start: int) -> bool:
    """Whether a market value at ``start`` is said of a company valued in a round: a round word
    in its sentence ('public_funding.round': «جولة تمويل»), the text saying no listing there or
    just before (:func:`said_listed`), and the last organization named before the amount in its
    sentence, if any, of no listed sector (not «ارتفعت القيمة السوقية لإنفيديا بعد مشاركتها في
    جولة»). Bounded per amount: the sentence's round word is read once, then its names."""
    rc = _role_cues()
    text = ctx.text
    lo, hi = ctx.sentence(start)
    if not ctx.per_sentence(start, "round word", lambda: rc.round_word.search(text, lo, hi) is not None):
        return False
    if said_listed(ctx, start):
        return False
    ents = ctx.entities(start)
    before = [e for e in ents[:bisect_right(ents, start, key=lambda e: e.start)]
              if lo <= e.start and e.end <= start and e.kind in ("org", "fund")]
    return not before or sectors().get(before[-1].name_en, "") not in _cues().listed


_DEAL_VALUE_REACH = 60  # «قيمة الصفقة» is looked for this far before its amount
_DEAL_VALUE_ROLES = ("valuation", "market_value", "spending", "other")


def _deal_value_kind(ctx: Context, start: int) -> tuple[int, int, str] | None:
    """(start, end, role) of the deal whose value («قيمة الصفقة تقدر بنحو»، «قدرت قيمة الصفقة
    بـ»: 'deal_value') the amount at ``start`` is: the nearest strong cue of a purchase, an
    offer, an investment, a round or a loan before the deal noun in its sentence, else in
    the _BOUGHT_BACK sentences before it (the deal the article told). In construct the value
    belongs to the deal (grammar), as in «صفقة تقدر قيمتها» ('deal_nouns'). None when the
    amount is not said so, or no such cue comes first. Bounded per amount: _DEAL_VALUE_REACH
    characters, then the cues of three sentences."""
    text = ctx.text
    lo = ctx.sentence(start)[0]
    said = _role_cues().deal_value.search(text, max(lo, start - _DEAL_VALUE_REACH), start)
    if said is None:
        return None
    for a, b in ((lo, said.start()), *_sentences_before(ctx, lo, _BOUGHT_BACK)):
        for c0, c1, r, strong in reversed(ctx.cues(a)):
            if a <= c0 and c1 <= b and strong and r in _DEALT:
                return c0, c1, r
    return None


_STAKE_REACH = 60  # a purchase's cue after its amount names what it buys this far on


def _minority_stake(ctx: Context, start: int, cue: tuple[int, int]) -> bool:
    """Whether the purchase whose ``cue`` decides the amount at ``start`` buys a stake that
    gives no control ('minority_stake'): a stake word or a percentage as the purchase's
    object, in the _STAKE_REACH characters after the cue (and before the amount, or for a
    cue after the amount in its clause), in the amount's sentence, with no word of control
    and no percentage of 50 or more there; not a cue of selling ('sale': the seller's side).
    Bounded per amount: that window only."""
    rc = _role_cues()
    text = ctx.text
    s_lo, s_hi = ctx.sentence(start)
    lo, hi = cue[1], min(start if cue[1] <= start else ctx.clause(start)[1], cue[1] + _STAKE_REACH)
    if hi <= lo or lo < s_lo or rc.stake_sale.fullmatch(text, cue[0], cue[1]):
        return False  # «تخارج الصندوق من حصته»: the seller's side, a sale
    stakes = list(rc.stake_bought.finditer(text, lo, hi))
    if not stakes or rc.stake_control.search(text, lo, hi):
        return False
    for m in stakes:
        if m.group("pct"):
            pct = float(m.group("pct").replace(",", "."))  # the text is normalized: ASCII digits
            if pct >= 50:
                return False
    return True


_STAKE_PAID_GAP = 4  # a stake's word or percentage is looked for this near after «مقابل (شراء)»


def _stake_paid_for(ctx: Context, end: int) -> bool:
    """Whether the amount ending at ``end`` is the price of a stake that gives no control: a
    price word right after it ('price_words', perhaps with a purchase noun: «مقابل حصة»، «لقاء
    شراء 49%»), then a stake or a percentage below 50, with no word of control in its clause
    within _STAKE_REACH characters. Bounded per amount: that window only."""
    rc = _role_cues()
    text = ctx.text
    m = rc.price_after.match(text, end)
    if m is None:
        return False
    hi = min(ctx.clause(end - 1)[1], m.end() + _STAKE_REACH)
    stake = rc.stake_bought.search(text, m.end(), hi)
    if stake is None or stake.start() > m.end() + _STAKE_PAID_GAP or rc.stake_control.search(text, m.end(), hi):
        return False
    return _below_half(stake.group("pct"))


def _below_half(pct: str | None) -> bool:
    """Whether a stake's percentage («49» or «12,5»), if one is said, gives no control (under 50)."""
    return not pct or float(pct.replace(",", ".")) < 50


_OBTAINED_REACH = 120  # a stake obtained is looked for this far before and after a spending amount


def _stake_obtained(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence of the amount at ``[start, end)`` says a stake or shares are obtained
    or bought ('minority_stake.obtained': «مقابل حصول X على حصص في Y»، «ستشتري X أسهم Y»، «للحصول
    على 49 في المئة من أسهم Y») within _OBTAINED_REACH characters before or after it, no other
    figure between (a share price or another amount: its own), a percentage below 50, and no
    word of control in the stake's phrase. Bounded per amount: those two windows."""
    text = ctx.text
    rc = _role_cues()
    lo, hi = ctx.sentence(start)
    for a, b in ((max(lo, start - _OBTAINED_REACH), start), (end, min(hi, end + _OBTAINED_REACH))):
        for m in rc.stake_obtained.finditer(text, a, b):
            between = (m.end(), start) if b == start else (end, m.start())
            if _DIGIT.search(text, *between) or not _below_half(m.group("pct")):
                continue
            if not rc.stake_control.search(text, m.start(), min(hi, m.end() + 12)):
                return True
    return False


_DEAL_VALUING_REACH = 120  # a deal's verb of valuing is looked for this far before the amount
_DEAL_VALUES_REACH = 60  # a deal's verb of valuing governs an amount this near after it in its clause


def _deal_values(ctx: Context, start: int) -> bool:
    """Whether a verb of valuing whose subject is a deal ('deal_subjects': «تقدر الصفقة X بـ»،
    «الصفقة تقيم X بـ») comes before the amount in its clause, at most _DEAL_VALUES_REACH
    characters, with a company between (not only «قيمتها بنحو») and no other figure: the
    amount is what the deal puts on that company."""
    text = ctx.text
    lo = max(ctx.clause(start)[0], start - _DEAL_VALUES_REACH)
    verb = None
    for verb in _role_cues().deal_valuing.finditer(text, lo, start):
        pass
    # «ضمن صفقة تقدر (قيمتها) بحوالي 6 مليارات»: no company between, the deal's own size.
    return verb is not None and not _DIGIT.search(text, verb.end(), start) and not _no_object().fullmatch(text, verb.end(), start)


_BOUGHT_BACK = 2  # a purchase of the valued company is looked for in this many sentences before
_TARGET_GAP = 40  # the company bought is named this near after the purchase cue


def deal_valued(ctx: Context, start: int) -> tuple[EntityMention | None, bool]:
    """(the company a deal or merger values at the amount at ``start``, whether a purchase
    told before buys it) — (None, False) when no deal values a company there
    (:func:`_deal_valued`); asked by role_of and by the parties, found once."""
    return ctx.per_sentence(start, ("deal valued", start), lambda: _deal_valued(ctx, start))


def bought_valued(ctx: Context, start: int) -> EntityMention | None:
    """The company a deal values at the amount at ``start`` when a purchase told before buys it, else None."""
    valued, bought = deal_valued(ctx, start)
    return valued if bought else None


def _deal_valued(ctx: Context, start: int) -> tuple[EntityMention | None, bool]:
    """The company a deal or merger values, by a verb of valuing before the amount in its
    sentence ('deal_subjects'): the company named last between that verb and the amount; and
    whether a strong purchase or bid cue in the amount's sentence or the _BOUGHT_BACK before it
    names that company after it as the one bought (after a marker of what is bought, within
    _TARGET_GAP characters: «لشراء شركة X»، «استحواذ Y على X»). Bounded per
    amount: _DEAL_VALUING_REACH characters before it, then the names and cues of three sentences."""
    text = ctx.text
    lo = ctx.sentence(start)[0]
    verb = None
    for verb in _role_cues().deal_valuing.finditer(text, max(lo, start - _DEAL_VALUING_REACH), start):
        pass
    if verb is None:
        return None, False
    valued = next((e for e in reversed(ctx.entities(start)) if verb.end() <= e.start and e.end <= start
                   and e.kind in ("org", "fund")), None)
    if valued is None:
        return None, False
    target = _cues().marks["target"]
    for a, b in ((lo, start), *_sentences_before(ctx, lo, _BOUGHT_BACK)):
        ents = ctx.entities(a)
        for c0, c1, r, strong in ctx.cues(a):
            if a <= c0 and c1 <= b and strong and r in _PRICED:
                # The company bought: named after the cue, right after a marker of what is bought
                # («لشراء شركة X»، «استحواذ Y على X»: not Y, the buyer).
                bought = next((e for e in ents if c1 <= e.start <= c1 + _TARGET_GAP and e.kind in ("org", "fund")
                               and target.search(text, max(c1 - 8, e.start - 24), e.start)), None)
                if bought is not None and bought.name_en == valued.name_en:
                    return valued, True
    return valued, False


_CHANGE_REACH = 160  # a value's rise or fall is looked for this far before its amount


def value_changed(ctx: Context, start: int, end: int, role: str | None = None) -> bool:
    """Whether the amount is the change in a value, not a value (ANNOTATION.md, C9): a loss or
    a value followed by «من قيمتها السوقية» ('value_lost': «خسرت 600 مليار دولار من قيمتها
    السوقية»، «محو قرابة 420 مليار دولار من قيمتها»، «أضافت 200 مليار إلى قيمتها السوقية»), or
    an amount after «ب» that a rise or fall of a value governs ('value_change': «تراجعت
    قيمتها السوقية بأكثر من 800 مليار دولار»، «ارتفع تقييمها بنحو»), with no «إلى / عند» and
    no other figure between. The value reached («لتتراجع إلى 2.98 تريليون») stays a value.
    With ``role`` (the amount's cue read so far), the first test holds only for a loss or a value;
    without it (an amount already read as a change), for any.
    Bounded per amount: the _CHANGE_REACH characters before it, after a literal test."""
    text = ctx.text
    lo, hi = ctx.sentence(start)
    rc = _role_cues()
    if role in (None, "loss", "market_value", "valuation") and rc.value_lost.match(text, end, hi):
        return True
    m = rc.value_change.search(text, max(lo, start - _CHANGE_REACH), start)
    return m is not None and not rc.value_reached.search(text, m.start(), start) and not _DIGIT.search(text, m.start(), start)


def _role_of(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    role, cue = _nearest(ctx, start, end)
    clause = ctx.clause(start)
    if cue is not None and not clause[0] <= cue[0] < clause[1] and _role_cues().price_move.search(
            ctx.text, max(clause[0], start - 40), start) and _cues().share.search(ctx.text, ctx.sentence(start)[0], start):
        return "other", None  # «طُرحت الأسهم … في اكتتاب جمع …، ثم تقفز إلى 800 يوان»: a share's price
    rc = _role_cues()
    text = ctx.text
    lo, hi = ctx.sentence(start)
    if value_changed(ctx, start, end, role):
        return "other", cue  # «خسرت 600 مليار دولار من قيمتها السوقية»: a change in a value (C9)
    if role in ("damages", "spending") and cue and _pay(ctx, start, cue):
        return "other", cue  # «مكافآت فورية للمهندسين المنضمين، وتعويضات تفوق 9 ملايين»: pay, no damages
    if role in _CONTRIBUTED and _contribution(ctx, start):
        return "other", cue  # «يسهم الذكاء الاصطناعي بـ 96 مليار دولار في الناتج المحلي»
    if role == "valuation" and cue and "قيمت" in text[cue[0]:cue[1]] and not ctx.cue_strong(start, cue) \
            and not rc.deal.search(text, max(lo, cue[0] - 50), cue[0]) \
            and rc.programme_worth.search(text, max(lo, cue[0] - 60), cue[0]):
        return "spending", cue  # «بحزمة جديدة قيمتها 10 تريليونات»: what a programme or plan costs its sponsor
    if role in ("valuation", "market_value") and cue and (rc.sector_before.search(text, max(lo, cue[0] - 40), cue[0])
                                                          or rc.sector_after.match(text, cue[1])):
        return "other", cue  # «القطاع بلغت قيمته السوقية»، «القيمة السوقية لهذه الشركات»: a sector's size (C5)
    if role == "valuation" and cue and "قيمت" in text[cue[0]:cue[1]]:  # «قيمتها»: its value, not «تقييم»
        deal = rc.deal.search(text, max(lo, cue[0] - 50), cue[0])
        if deal is not None:
            # «اتفاق لشراء أصول من سيلفرلاين، في صفقة تقدر قيمتها بنحو 7 مليارات»: the deal's
            # amount, of the nearest strong cue before the deal noun that is no valuation,
            # else of the deal noun itself.
            # Bounded per amount: only the cues of the _DEAL_REACH characters before the deal noun.
            cues = ctx.cues(start)
            k = bisect_left(cues, deal.start(), key=lambda c: c[0])
            own = cues[k] if k < len(cues) and cues[k][0] < deal.end() else None
            lo_k = bisect_left(cues, deal.start() - _DEAL_REACH, key=lambda c: c[0])
            before = [c for c in cues[lo_k:k] if c[1] <= deal.start() and c[3]
                      and c[2] not in ("valuation", "market_value", "other")]
            if not before:
                # «بعد استحواذها على شركة X، في صفقة بلغت قيمتها»: a purchase said as an
                # adverbial (its cue made weak) is still what the deal is.
                before = [c for c in cues[lo_k:k] if c[1] <= deal.start() and c[2] == "acquisition"]
            found = before[-1] if before else own
            if found is not None:
                role, cue = found[2], (found[0], found[1])
    if role in ("raise", "investment") and cue and rc.value_of_it_any.search(text, max(lo, start - _WORTH_REACH), start):
        found = _worth_after_round(ctx, start, cue)
        if found is not None:
            role, cue = "valuation", found
    if cue and (role in ("bid", "spending") or rc.price_before.search(text, max(lo, start - 30), start)):
        found = _deal_kind(ctx, start, role, cue)
        if found is not None:
            role, cue = found[2], (found[0], found[1])
    if rc.per_unit.match(text, end, hi):
        return "other", None  # «50 دولارا للسهم»: a price per unit
    if role == "bid" and cue and rc.purchase.fullmatch(text, cue[0], cue[1]):
        agreed = None
        for agreed in rc.agreed.finditer(text, max(lo, cue[0] - _AGREED_REACH), cue[0]):
            pass  # the last word of agreement before the purchase noun
        if agreed is not None and not rc.offer_verbs.search(text, agreed.end(), cue[0]):
            # «وافقت ألفابت، …، على شراء X مقابل»، «صفقة لشراء X»: a purchase agreed or done.
            return "acquisition", cue
    if (role == "bid" or role == "spending" and cue and not ctx.cue_strong(start, cue) and rc.deal_noun.fullmatch(
            text, cue[0], cue[1])) and ctx.per_sentence(start, "hire, no lawsuit", lambda: bool(
                rc.hires.search(text, lo, hi) and not rc.lawsuit.search(text, lo, hi))):
        # «عرضت ميتا مليار دولار على باحث للانضمام»: pay offered to a person; «انضمام المهندس …
        # بصفقة مالية تقدر بنحو»: the deal a person is hired with is pay too.
        return "other", cue
    if role == "spending" and cue and cue[1] <= start and (
            (rc.cost_any.fullmatch(text, cue[0], cue[1]) and rc.unit_between.search(text, max(cue[1], start - _UNIT_COST_REACH), start))
            or (rc.each.match(text, end, hi) and rc.cost_any.search(text, max(clause[0], start - _UNIT_COST_REACH), start))):
        # «تبلغ تكلفة كل منها 340 مليون»، «التكاليف … 50 مليار دولار لكل جيجاواط»: what one unit
        # costs, a unit price (other), no one's spending.
        return "other", cue
    if role in ("revenue", "spending", "investment") and cue and (cue[1] <= start or not text[end:cue[0]].strip()) \
            and _worldwide(ctx, start, cue):
        return "other", cue  # «مبيعات الرقائق حول العالم إلى 595 مليار»، «الإنفاق العالمي»: a world market's size (C5)
    if role in ("spending", "investment") and cue and cue[1] <= start and sector_total(ctx, start, cue):
        # «سجل الاستثمار في قطاع مراكز البيانات رقما قياسيا بلغ 61 مليار»، «بلغت استثمارات مراكز
        # البيانات نحو 61 مليار»: a sector's total that no one is said to spend (ANNOTATION.md, C5, C15).
        return "other", cue
    if role == "raise" and cue and rc.companies_raised.match(text, cue[1]) and not _DIGIT.search(
            text, cue[1], start if cue[1] <= start else cue[1]):
        # «جمعت الشركات الناشئة في البلد نحو 170 مليون»، «جمعت خمس شركات أكثر من 3 مليارات»، «التمويل
        # الموجه لشركات القطاع 200 ألف»: many companies' rounds, none named: a total (ANNOTATION.md, C15).
        return "other", cue
    if role == "raise" and rc.sector_said.search(text, lo, hi) and not rc.company_said.search(text, lo, hi) and not any(
            e.kind in ("org", "fund", "government") for e in ctx.entities(start) if lo <= e.start < hi):
        # «قطاعات أخرى، مثل التقنية الزراعية، التي بلغ تمويلها 40 مليونا»: money raised in a
        # sentence about a sector or a market that names no company is a total of many rounds (C15).
        return "other", cue
    if role == "revenue" and cue and cue[1] <= start and _goods_sales(ctx, start, cue):
        return "other", cue  # «مبيعات الرقائق ارتفعت إلى 790 مليار»: an industry's sales, a market's size (C5)
    if role in ("spending", "acquisition", "investment") and cue and licence_paid(ctx, start, end, cue):
        return "other", cue  # «دفعت جوجل 2.4 مليار دولار لشركة X لترخيص تقنيتها»: a licence fee
    said = text[cue[0]:cue[1]] if cue else ""
    if role == "valuation":
        rel = _VALUED.search(text, max(lo, start - 40), start)
        if rel is not None and not rc.company_head.search(text, max(lo, rel.start() - 40), rel.start()) and not any(
                e.kind in ("org", "fund") and rel.start() - 4 <= e.end <= rel.start() for e in ctx.entities(start)):
            # «صناعة الألعاب التي تبلغ قيمتها 90 مليارا»، «مراكز البيانات التي تقدر قيمتها
            # بتريليون»: what a market, an industry or assets are worth, no company's valuation.
            return "other", cue
    if role == "investment" and rc.for_facility.match(text, end):
        # «تعهدت بـ8 مليارات دولار كل عام للحوسبة من أوراكل»: compute, chips or data centres
        # bought: spending (its «من» names the supplier, not an investor).
        return "spending", cue
    if role in ("investment", "spending") and _founded_programme(ctx, start):
        # «تعتزم الدولة إطلاق مشروع جديد … بدعم استثماري يصل إلى 100 مليار»، «أطلق الاتحاد مبادرة
        # “X” التي ستوفر تمويلا بقيمة»: a project or programme being set up is its founder's
        # spending (ANNOTATION.md, C3); a joint one («مشروع مشترك»، «بالشراكة مع») stays an investment (C1).
        return "spending", cue
    if role in ("investment", "spending") and rc.founded_fund.search(text, max(lo, start - _FUND_REACH), start):
        # «تعتزم إنشاء صندوق قدره 5 مليارات دولار للاستثمار في الروبوتات»: a fund being set
        # up is its founder's spending (ANNOTATION.md, C3), whatever it will later invest in.
        return "spending", cue
    if role == "investment" and rc.stake_noun.fullmatch(said) and rc.worth_of.search(text, cue[1], start) \
            and not rc.stake.search(text, max(lo, cue[0] - 60), cue[1]) \
            and not rc.price_before.search(text, max(lo, start - 30), start):
        # «حصة مايكروسوفت في OpenAI … بقيمة 135 مليار»، «قيمة حصة المجموعة نحو»: the stake's own
        # noun, no verb of buying, investing or receiving: what a holding is worth.
        return "other", cue
    c_lo = clause[0]
    ents = ctx.entities(start)
    near = ents[bisect_right(ents, max(c_lo, start - 80), key=lambda e: e.start):bisect_right(ents, start, key=lambda e: e.start)]
    valued = next((e for e in reversed(near) if e.end <= start and e.kind in ("org", "fund")
                   and rc.value_of.search(text, max(lo, e.start - _VALUE_OF_REACH), e.start)), None)
    if valued is None:
        # «تقدر الصفقة سبيس إكس بتريليون دولار»، «قدرت الصفقة الشركة بنحو»: the company valued at the amount.
        valued = next((e for e in reversed(near) if e.end <= start and e.kind in ("org", "fund")
                       and _at_amount().fullmatch(text, e.end, start)
                       and rc.valuing.search(text, max(lo, e.start - 30), e.start)), None)
    if valued is not None and not rc.any_cue.search(text, valued.end, start):
        # «تبلغ قيمة “بايتشوان” 20 مليار»: what the company is worth; a listed one's is its market value.
        return ("market_value" if sectors().get(valued.name_en, "") in _cues().listed else "valuation"), cue
    if role == "valuation" and cue and not ctx.cue_strong(start, cue):
        if rc.market.search(text, max(lo, cue[0] - 60), cue[0]):
            return "other", cue  # «سوق الذكاء الاصطناعي ستصل قيمته»: a market's size
        before = [e for e in near if e.end <= cue[0] and e.kind in ("org", "fund")]
        if before and sectors().get(before[-1].name_en, "") in _cues().listed:
            return "market_value", cue  # «تراجعت آبل بعد أن استقرت قيمتها عند»: a listed company's worth
    if role == "acquisition" and cue and not rc.past_buy.match(said) and rc.offer_verbs.search(
            text, max(c_lo, start - 160), start):
        return "bid", cue  # «عرضت X على Y الاستحواذ بقيمة»: offered or sought, not done
    if role == "raise" and cue:
        d_lo, d_hi = _raised_with(ctx, clause)
    if role == "raise" and cue and _strong_cue_within(ctx, start, "debt", d_lo, d_hi) \
            and not rc.equity.search(text, d_lo, d_hi):
        # «جمعت 640 مليون دولار عبر طرح سندات»: money raised by borrowing (not with shares:
        # «الأسهم الممتازة والسندات القابلة للتحويل» is a round).
        return "debt", cue
    if role == "raise" and cue and said.startswith("تمويل"):
        cues = ctx.cues(start)
        later = cues[bisect_left(cues, end, key=lambda c: c[0]):][:3]
        if any(r == "debt" and a < clause[1] for a, _, r, _ in later):
            return "debt", cue  # «تمويل بقيمة 30 مليار دولار معظمه ديون»
    if role == "raise" and cue:
        funder = _funder(ctx, start, end, cue)
        if funder is not None:
            # «وافقت سوفت بنك على تمويل X بمبلغ»، «تمويلها السابق البالغ»: the investor funds,
            # the amount is its investment; «تمول الشركة نحو 6 مليارات من أعمال الإنشاء»: a
            # company funding no one named funds its own works (spending), an investor invests.
            payer, funded, verb = funder
            investor = payer is not None and (payer.kind == "fund" or sectors().get(payer.name_en, "") in rc.investors)
            return ("investment" if funded is not None or investor or not verb else "spending"), cue
    if role == "raise" and cue and _provided(ctx, cue):
        # «سيوفر “صندوق الأفق” تمويلا قدره 400 مليون»، «38 مليون دولار قدمها كتمويل تأسيسي»:
        # funding the verb's subject provides is its investment, not a round raised.
        return "investment", cue
    if role == "raise" and cue and rc.public_noun.fullmatch(said) and _public_funding(ctx, start, cue):
        # «أعلنت الحكومة الهندية عن حزمة تمويل بقيمة»، «90 مليون جنيه لتمويل برنامج
        # الحوسبة»، «تم دعم أكثر من 3700 مشروع … بتقديم تمويل بقيمة»: funding a state gives, or
        # a programme's, is its spending (ANNOTATION.md, C3/C4), no round a company raises.
        return "spending", cue
    obtained = cue is not None and role == "raise" and rc.obtain.fullmatch(said)
    if obtained and any(r == "damages" and st and b <= cue[0] for _, b, r, st in ctx.cues(start)):
        return "damages", cue  # «رفع دعوى يطالب فيها بالحصول على 134 مليار»: what a claimant claims
    if cue and (obtained or cue[0] >= end) and not _received_from_investors(ctx, start, end, cue if obtained else None):
        if obtained and rc.support_received.search(text, cue[1], start):
            # «ستتلقى من الحكومة دعما بقيمة»، «يحصل على دعم بقيمة»: support received is the
            # giver's grant, its spending (ANNOTATION.md, C4), not a payment.
            return "spending", cue
        # «حصلت ميتا على دفعة مالية قدرها 3 مليارات»، «حصل المستثمرون على 1.2 مليار»، «حصلت
        # المجموعة على 600 مليون دولار من نفس الاستثمار»: money received with no investor,
        # financing or stake said in its clause is a payment, a payout or a return, not a round.
        return "other", cue
    programme = role == "spending" and rc.programme.search(text, end, min(clause[1], end + _PROGRAMME_REACH))
    if role == "spending" and cue and rc.allocate.fullmatch(said) and not programme and allocated_to(ctx, end) is not None:
        # «خصصت الوزارة 150 مليار ين لشركة X»: money set aside for a named company is put into
        # it (ANNOTATION.md, C4: a government or fund buying into a named company), whoever sets
        # it aside; not «لشركات الذكاء الاصطناعي» (a class of companies), nor «لشركة X لإطلاق
        # خطة» (a programme's budget, below).
        return "investment", cue
    if role == "spending" and cue and rc.allocate.fullmatch(said) and _investor_pays(
            ctx, start, end, role, cue, governments=not programme and not _into_field(ctx, end)):
        # «خصص الصندوق 2.5 مليار دولار»: a fund or a government allocates; what a government
        # sets aside for a programme («خصصت الدولة مليار دولار لبرنامجها») is its budget: spending,
        # and so is what a public body sets aside for a field that no party receives («تخصيص 50
        # مليار يورو للاستثمار في التقنيات الناشئة»: ANNOTATION.md, C1, C4); a fund's stays an
        # investment (an investor's own field: see article.py).
        return "investment", cue
    if role in ("revenue", "other") and cue and not rc.penalty.fullmatch(said) and ctx.per_sentence(
            start, "strong damages cue", lambda: any(r == "damages" and st and not _pay(ctx, start, (a, b))
                                                     for a, b, r, st in ctx.cues(start))):
        return "damages", cue  # profits a claimant says were made unlawfully (a fine stays a fine)
    if role == "spending" and rc.payment.fullmatch(said) and ctx.per_sentence(
            start, "penalty cue", lambda: any(r == "other" and rc.penalty.fullmatch(text, a, b)
                                              for a, b, r, _ in ctx.cues(start))):
        return "other", cue  # «أمرت الهيئة الشركة بدفع 50 مليون يورو … ويمكن الطعن على الغرامة»: the fine
    if role == "spending" and rc.payment.fullmatch(said) and ctx.per_sentence(
            start, "damages cue", lambda: any(r == "damages" for _, _, r, _ in ctx.cues(start))):
        return "damages", cue  # «قضت المحكمة بأن تدفع»، «دفع … لتسوية الدعوى»: paid to a claimant
    if role in ("acquisition", "bid") and cue and cue[1] <= start and rc.goods.match(text, cue[1], start):
        return "spending", cue  # «اشترت الشركة رقائق بقيمة»: goods bought, not a company
    if role in ("raise", "bid") and rc.stake.search(text, clause[0], start):
        return "investment", cue  # a stake obtained for a price
    if role == "investment" and cue and rc.received_investment.fullmatch(said):
        if rc.foreign_investment.match(text, cue[1]):
            # «استثمارات أجنبية استقطبتها الدولة»: what a country receives from abroad, an
            # investment (ANNOTATION.md, the pledge rule and C1), no programme and no round.
            return "investment", cue
        if rc.receive.search(text, max(lo, cue[0] - 40), cue[0]):
            # «جذبت الشركة استثمارات بقيمة»: money the company receives (a state that draws
            # it in receives an investment: see article.py).
            return "raise", cue
    window = (max(lo, start - 90), start)
    held = rc.holding.search(text, *window) if rc.holding_word.search(text, *window) else None
    if held is None and role in ("investment", "spending"):
        held = rc.sized_holding.search(text, *window)
        if held is not None and (rc.announcing.search(text, lo, held.start()) or rc.fund_purpose.match(text, end)):
            # «أعلنت X عن صندوق استثماري بقيمة»، «صندوق بقيمة … لدعم»: a fund announced or told
            # with its purpose is being set up: its founder's spending (ANNOTATION.md, C3), no
            # holding, whatever it will later invest in.
            return "spending", cue
    if held and not rc.founding.search(text, max(lo, held.start() - 12), held.start()) and not any(
            held.start() < a and b <= start and r not in ("valuation", "investment", "other") for a, b, r, _ in ctx.cues(start)):
        return "other", None  # what a stake, a fund or a fortune is worth (not one being set up)
    if role in ("investment", "spending") and _VALUED.search(text, max(lo, start - 40), start):
        # «شركة سكيل التي تبلغ قيمتها 29 مليار»: what the company is worth; what a project
        # is worth («مشروع ستارغيت الذي تبلغ قيمته») is what it costs.
        return ("spending" if rc.venture.search(text, max(lo, start - 60), start) else "valuation"), cue
    after = next((c for c in ctx.cues(start) if c[0] >= end), None) if role in ("investment", "spending") else None
    if after and (after[2] == "acquisition" or (after[2] == "bid" and role == "spending")) and rc.spent_on.fullmatch(
            text, end, after[0]) and (text[end:after[0]].strip() or text[after[0]] == "ل"):
        if rc.goods.match(text, after[1], hi):
            return "spending", (after[0], after[1])  # «ميزانية 40 مليار يوان للاستحواذ على رقائق»: goods
        if rc.equity.match(text, after[1] + 1):
            return "investment", (after[0], after[1])  # «5 مليارات دولار لشراء أسهم في إنتل»: a stake
        # «أنفقت 19 مليار دولار للاستحواذ على …»; «وافقت على دفع 750 مليون دولار لشراء شركة …»: money
        # paid to buy is the purchase's price, not an offer.
        return "acquisition", (after[0], after[1])
    if role in ("investment", "spending"):
        c_lo, c_hi = clause
        # The venture is what the amount is said of: named between its cue and the amount.
        w0 = cue[0] if cue else c_lo
        while cue and w0 > c_lo and not text[w0 - 1].isspace():
            w0 -= 1  # the cue's whole word: «المشروع»
        span = (c_lo, c_hi) if cue is None else (c_lo, cue[1]) if cue[0] >= end else (w0, start)
        if role == "spending" and not rc.cost_any.search(text, max(c_lo, span[0] - 30), span[1]) and rc.venture.search(
                text, *span):
            return "investment", cue  # money put into a joint venture, a fund, a partnership
        # «أعلنت عن استثمارات بقيمة …»: a programme (the verbal noun), not «استثمرت» or
        # «استثماراتها» (its investments), which speak of money put into someone.
        noun = cue is not None and rc.investment_programme.fullmatch(text[cue[0]:cue[1]]) and not (
            # «صفقة استثمارية بقيمة»: a deal of investing puts money into someone, no build-out.
            text[cue[1] - 1] in "يةه" and rc.investment_deal.search(text, max(lo, cue[0] - _DEAL_NOUN_REACH), cue[0]))
        if role == "investment" and noun and not rc.foreign_investment.match(text, cue[1]) \
                and not ctx.first_before(rc.venture, start, hi) and not _invested_in(
                ctx, start) and not _investor_pays(ctx, start, end, role, cue):
            return "spending", cue  # a company's own build-out: no company, fund or venture gets it
    return role, cue

