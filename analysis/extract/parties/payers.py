"""Who pays and who receives one amount, given its role (:func:`parties`), and who holds an
amount that changes no hands (:func:`holder`).

* **payer** and **recipient**, per role: a raise's recipient is its agent and its payers
  the investors; spending said as a noun with «من» («إنفاق رأسمالي من ألفابت ومايكروسوفت»,
  no preposition between) is paid by the names listed after «من»; an investment's payer is its agent and its recipient the company
  invested in; a purchase or bid is paid by its agent for its target (a product too:
  «الاستحواذ على متصفح كروم»); spending is paid by its agent to its supplier; a debt is
  lent by the named lender to the agent; damages are claimed by the agent from the named
  defendant; a project (gazetteer sector project) is where an investment or spending goes,
  never who pays it (its backers are those the sentence names, none guessed; what it costs stays spending); a supplier or
  company invested in marked in an earlier clause of the sentence receives spending or an
  investment whose own clause names none but names the deal («…، في صفقة تقدر بنحو»); an investment whose first destination after its
  amount is a sector, a field or infrastructure («للاستثمار في الذكاء الاصطناعي»، «لبنية
  الذكاء الاصطناعي») goes into no company: none is taken from the article to receive it; a valuation, market value, revenue or loss belongs to its agent and has no
  payer. Among other amounts, a company's earnings («صافي الدخل»، «أرباح») belong to it like
  its revenue; a raise, a valuation or another figure whose subject is named before it and
  that names a company right after it with «لـ / لشركة / لصالح» or «في» («قدمت جوجل شيكا
  بقيمة … لشركة X»، «تقييما بقيمة … لشركة X»، «حصة تقدر بنحو … في X») goes to that company,
  paid by the subject (a valuation has no payer); a fine is paid by the one fined («على / ضد X», «تغرم X»)
  to the authority named before it, else to the country of a state body its sentence or the one
  before describes without naming it («الهيئة المسؤولة عن المنافسة في فرنسا»، «هيئة تنظيمية
  برازيلية»: ANNOTATION.md, C11) (a fine told as a payment, «أمرت المفوضية شركتي X وY
  بدفع …» with a word of fine in its sentence, by those ordered to pay, as damages paid are),
  a donation by its donor, an offer refused («رفضت X عرضا من Y») is Y's to X, and a share's price
  belongs to the company of «سهم X» (else the one spoken of). Who is obliged to pay
  («سيتعين على ميتا دفع») pays. Who forecasts a total («تتوقع وكالة الطاقة الدولية وصول
  الاستثمار العالمي إلى») owns none of it; a clause opening with «الشركة» as its subject
  («وسجلت الشركة أرباحا …») speaks of the company the article names. The name right after a
  verb or verbal noun of buying («استحواذ ماسك على تويتر») is the buyer. A company marked «في»
  after a figure receives it only from the figure's clause («، أي 27 بالمئة، في X» too).
* **holdings** change no hands: a fund's assets («الذي يمتلك أصولا…») belong to the
  organization named last before them, a fortune («ثروة X») to the person after «ثروة»;
  neither has a payer.
* **parties named together**: names listed after the fined, claimed-from or obliged one
  («على شركتي X وY»، «من X وY»، «ألزمت … X وY بدفع») pay together; the partners of a joint
  undertaking («مشروع ستارجيت بين X وY») pay together; in a compute contract the customer
  pays the supplier (gazetteer sectors cloud, chips), whichever is the subject; pay (a salary,
  a compensation package) is paid by the employer offering it.
"""

from __future__ import annotations

import re
from functools import cache
from bisect import bisect_left

from analysis.extract.entities import EntityMention, sectors
from analysis.extract.governments import _data as _government_data, government_name
from analysis.extract.parties.agent import _SUBJECT_REACH, _agent, _object_relative, _relative_head
from analysis.extract.parties.context import _REPEAT, Context, _sentences_before
from analysis.extract.numbers import CLITICS
from analysis.extract.parties.cues import _cues, _role_cues, _spec
from analysis.text.normalize import normalize
from analysis.extract.parties.marks import (
    _GLUE,
    _from,
    _MARKS,
    _SUBJECT_GAP,
    _coordinated,
    _from,
    _listed,
    _listed_with,
    _Named,
    _named,
    _named_where,
)
from analysis.extract.parties.role import _DIGIT, _POINTER, _funder, _into_field, value_changed

# Which party the role's agent is (the marked names that fill the other: marks._MARKS).
_AGENT_IS = {"investment": "payer", "acquisition": "payer", "bid": "payer", "spending": "payer"}
_PURCHASE_CUES = ("acquisition", "bid")  # cues whose object is what is bought
_NO_PAYER = ("valuation", "market_value", "revenue", "loss", "other")
# A company a later sentence refers back to: roles whose recipient is "the company".
_CARRIED = ("raise", "valuation", "market_value", "revenue", "loss")
# «… 25 مليار دولار لـ«مايكروسوفت»»، «دعوى بقيمة 200 مليون ضد X»: the one a claimed sum is asked from.
_DEFENDANT = re.compile(r"^[ \t\"'«»“”(]*(?:ل|من|علي|على|ضد)ـ*[ \t\"'«»“”(]*(?:شرك(?:ة|ت[يا]|ات))?[ \t\"'«»“”]*$")


@cache
def _shares() -> re.Pattern:
    """A stake or shares held ('parties.stake_nouns', 'minority_stake.stakes'), with a clitic,
    «ال» or a possessive pronoun: «حصتها»، «لأسهمه»."""
    spec = _spec()
    words = {normalize(w) for w in [*spec["parties"]["stake_nouns"], *spec["minority_stake"]["stakes"]]}
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{alt})(?:ه|ها|هم|هما)?(?!\w)")


def _purchase(named: list[_Named], ctx: Context, start: int,
              cue: tuple[int, int]) -> tuple[list[str], str, bool]:
    """Buyer and bought of a bid or acquisition whose cue comes before the price.

    The company bought is the one after a target marker (استحوذ على X; also right after
    the price: «يعرض 97 مليارا لشراء X»), else the last one between the cue and the price (عرض شراء تويتر مقابل …); the buyer is the last
    one before the cue, else the first of several between cue and price (استحوذ ماسك
    على تويتر).
    """
    lo = ctx.sentence(start)[0]
    obj = _object_relative(named, ctx, start, cue)
    if obj is not None:
        # «أكتيفيجن التي استحوذت عليها العام الماضي مقابل 69 مليار»: the head is bought.
        return ([obj[1].name_en] if obj[1] is not None else []), obj[0].e.name_en, False
    between = [n for n in named if cue[1] <= n.e.start and n.e.end <= start and n.mark in ("", "target")]
    marked = [n for n in between if n.mark == "target"]
    if not marked:
        # «يعرض 97 مليار دولار لشراء أوبن إيه آي»: the target named right after the price.
        clause = ctx.clause(start)
        marked = [n for n in named if start <= n.e.start < clause[1] and (
            n.mark == "target" or (not n.mark and _cues().bought.search(ctx.text, max(start, n.e.start - 30), n.e.start)))][:1]
        if not marked and _cues().stake_in.search(ctx.text, cue[1], start):
            # «استحوذت سوفت بنك على حصة قدرها 900 مليون دولار في إنتل»: the company the stake is in.
            marked = [n for n in named if start <= n.e.start < clause[1] and n.mark == "investee"][:1]
    before = [n for n in named if lo <= n.e.start and n.e.end <= cue[0] and not n.mark and n.e.kind != "product"]
    if not before:
        # «تقدم تحالف من المستثمرين بقيادة شركة X بعرض لشراء Y مقابل …»: an unnamed group makes
        # the offer; the name that leads it is the buyer its sentence names (ANNOTATION.md, C13;
        # grammar: the leader specifies the group).
        before = [n for n in named if lo <= n.e.start and n.e.end <= cue[0] and n.mark == "investor"
                  and _cues().group_leader.search(ctx.text, max(lo, n.e.start - 30), n.e.start)][-1:]
    if marked:
        target = marked[0]
    elif between and not before and len(between) == 1 and _SUBJECT_GAP.match(ctx.text[cue[1]:between[0].e.start]):
        target = None  # «استحوذت ألفابت على …»: the name right after the verb is its subject
    else:
        target = between[-1] if between else None
    buyer = before[-1] if before else next((n for n in between if n is not target and n.e.kind != "product"), None)
    head = _relative_head(named, ctx, ctx.clause(start)[0], cue[0]) if before else None
    if head is not None and head[0].mark in ("", "supplier") and head[0] is not target and head[0].e.kind != "product":
        # «… مع “أمازون”، التي سعت إلى شراء الشركة مقابل»: a relative clause
        # whose verb buys speaks of the name its pronoun hangs on, whatever marks it before.
        buyer = head[0]
    first = between[0] if between else None
    if (marked and first is not None and first is not target and not first.mark and first.e.kind != "product"
            and first.e.end <= target.e.start and (_SUBJECT_GAP.match(ctx.text[cue[1]:first.e.start])
                                                   or _cues().own_company_gap.fullmatch(ctx.text, cue[1], first.e.start))):
        # «دعم X وY استحواذ ماسك على تويتر»، «قالت X إن استحواذ ميتا على Y»: the name right after
        # the verb or its verbal noun (its subject, its genitive) buys the target marked after it;
        # so does the company named after «شركته / شركتها» there («أعلن ماسك استحواذ شركته الناشئة
        # X على Y»: X buys, not the one who announces).
        buyer = first
    payers = [buyer.e.name_en] if buyer is not None and target is not None and buyer.e.name_en != target.e.name_en else (
        [buyer.e.name_en] if buyer is not None and target is None else [])
    # No company named as bought: the one the article is already speaking of.
    pointer = target is None
    return payers, target.e.name_en if target is not None else "", pointer


_PAID_REACH = 120  # a verb of paying or settling is looked for this far before the amount


def _claim(named: list[_Named], ctx: Context, start: int, end: int) -> tuple[list[str], str, bool]:
    """Claimant and defendant of damages: «يطالب ماسك أوبن إيه آي بتعويضات …» — the
    first name of the clause claims (of the sentence, if the clause names no one before
    the amount), the names after it (or after «من») are claimed from; a name right after
    the amount with «لـ / من / على / ضد» («… 25 مليار دولار لـ«مايكروسوفت»»، «دعوى بقيمة
    200 مليون شيكل ضد X») is the one claimed from.
    Damages paid or settled («وافقت أنثروبيك على دفع 1.5 مليار لتسوية دعوى»، «قضت المحكمة
    بأن تدفع جوجل 2 مليار لشركة X») are paid by the verb's subject (named right after the
    verb, else the last name before it) to the one named after the amount with «لـ / لصالح»,
    unless a claim's strong cue comes before the verb («طالب ماسك X بدفع تعويضات»)."""
    clause, sent = ctx.clause(start), ctx.sentence(start)
    cands = [n for n in named if n.mark not in ("employer", "compared")]
    rc = _role_cues()
    if clause[0] > sent[0] and ctx.text[clause[0]:start].strip(" \t") in ("", "و"):
        # «بدفع 80 مليون يورو، و35 مليون يورو»: an amount listed after another shares its clause.
        clause = (ctx.clause(clause[0] - 1)[0], clause[1])
    paid = None
    for m in rc.paid.finditer(ctx.text, max(clause[0], start - _PAID_REACH), start):
        paid = m
    cues = ctx.cues(start)  # in order: only those between the clause's start and the verb
    if paid is not None and any(r == "damages" and st and b <= paid.start() for _, b, r, st in cues[
            bisect_left(cues, clause[0], key=lambda c: c[0]):bisect_left(cues, paid.start(), key=lambda c: c[0])]):
        paid = None  # «طالب ماسك أوبن إيه آي بدفع تعويضات»: a payment claimed, not made
    if paid is not None:
        # Names are in order: the first after the verb, else the last before it.
        k = bisect_left(cands, paid.end(), key=lambda n: n.e.start)
        right = next((n for n in cands[k:bisect_left(cands, start, key=lambda n: n.e.start)]
                      if n.e.end <= start and not n.mark), None)
        left = next((n for n in reversed(cands[:k]) if sent[0] <= n.e.start and n.e.end <= paid.start()
                     and n.mark in ("", "target")), None)
        payer = right or left
        to = next((n.e.name_en for n in cands if end <= n.e.start <= end + 40
                   and rc.paid_to.search(ctx.text, max(end, n.e.start - 12), n.e.start)), "")
        if payer is not None and payer.e.name_en != to:
            # «ألزمت المحكمة شركتي جوجل وأمازون بدفع…»: the names listed with it pay together.
            return [p for p in _coordinated(named, payer.e, ctx, paid.start()) if p != to], to, False
    names = ([n for n in cands if clause[0] <= n.e.start and n.e.end <= start]
             or [n for n in cands if sent[0] <= n.e.start and n.e.end <= start])
    after = [n.e for n in cands if end <= n.e.start <= end + 16 and _DEFENDANT.match(ctx.text[end:n.e.start])]
    after = _listed_with(cands, after[0], ctx) if after else []  # «من جوجل وأمازون»: both are claimed from
    if not names:
        return after, "", False
    claimant = _claimant(cands, ctx, sent[0], start) or next((n for n in names if not n.mark), names[0])
    # «تطالب المجموعة، التي تضم X وY وZ، بتعويض»: the names listed with the claimant claim with
    # it (grammar: coordinated names share one part); they are claimed from by no one.
    claimants = set(_listed_with(cands, claimant.e, ctx, start))
    payers = after or [n.e.name_en for n in names if n is not claimant and n.e.name_en not in claimants]
    return list(dict.fromkeys(p for p in payers if p != claimant.e.name_en)), claimant.e.name_en, False


def _claimant(cands: list[_Named], ctx: Context, lo: int, start: int) -> _Named | None:
    """The subject of the last verb of claiming before the amount in its sentence («طالب
    ماسك …»، «جاء في ملف محكمة X أن Y طلبت …»: Y, not X named first): the unmarked name right
    after the verb, else the one right before it; None when no such verb or subject."""
    text = ctx.text
    verb = None
    for m in _cues().claims.finditer(text, lo, start):
        verb = m
    if verb is None:
        return None
    free = [n for n in cands if lo <= n.e.start and n.e.end <= start and not n.mark]
    after = next((n for n in free if n.e.start >= verb.end()), None)
    if after is not None and _SUBJECT_GAP.match(text[verb.end():after.e.start]):
        return after
    before = next((n for n in reversed(free) if n.e.end <= verb.start()), None)
    if before is not None and not text[before.e.end:verb.start()].strip(" \t\"'«»“”"):
        return before
    return None


_BETWEEN_REACH = 300  # a joint undertaking's partners are looked for this far before the amount


def _between(named: list[_Named], ctx: Context, start: int) -> list[str]:
    """The partners of a joint undertaking named before the amount in its sentence: «مشروع
    ستارجيت بين سوفت بنك وأوبن إيه آي» (a 'joint_nouns' word, up to four words, «بين», then
    two names or more listed), or []."""
    lo = max(ctx.sentence(start)[0], start - _BETWEEN_REACH)
    text = ctx.text
    for n in named[bisect_left(named, lo, key=lambda n: n.e.start):]:  # names are in order
        if n.e.end > start:
            break
        if _cues().between.search(text, max(lo, n.e.start - 80), n.e.start):
            out = _listed_with(named, n.e, ctx, start)
            return out if len(out) >= 2 else []
    return []


_SHARE_REACH = 120  # a share's word is looked for this far before its price
_FINE_REACH = 80  # a fine's word is looked for this far before the amount
_FINED_REACH = 80  # and the one fined this far after it


def _fine(named: list[_Named], ctx: Context, start: int, end: int) -> tuple[list[str], str, bool] | None:
    """Who pays a fine and who imposes it: «فرضت هيئة X غرامة قدرها … على شركة Y», «غرامة
    … ضد Y», «X تغرم Y …». The one fined pays (named after «على / ضد / بحق», or right
    after the verb); the authority named before the fine's word receives it (a state or a
    state body among the names there, else the last of them).

    Returns:
        (payers, recipient, False), or None when the amount is no fine.
    """
    cues = _cues()
    text = ctx.text
    lo, hi = ctx.sentence(start)
    words = list(cues.fine.finditer(text, max(lo, start - _FINE_REACH), start))
    if not words:
        return None
    w = words[-1]
    cands = [n for n in named if n.mark not in ("employer", "compared", "owned")]
    fined = next((n for n in cands if w.end() <= n.e.start <= end + _FINED_REACH and n.e.start < hi
                  and (n.e.start >= end or n.e.end <= start)
                  and cues.fined.search(text, max(w.end(), n.e.start - 40), n.e.start)), None)
    subject = None
    if fined is None:  # «فرنسا تغرم «نوفاريس» 4 ملايين يورو»، «تغريم شركة X»
        pos, chain = w.end(), []
        for n in cands:  # «غرمت المفوضية الأوروبية شركة X»: the verb's subject, then the one fined
            if n.e.start < pos or n.e.end > start:
                continue
            if not cues.fined_after.match(text, pos, n.e.start) or len(chain) == 2:
                break
            chain.append(n)
            pos = n.e.end
        fined = chain[-1] if chain else None
        subject = chain[0] if len(chain) == 2 else None
    authority = [n for n in cands if lo <= n.e.start and n.e.end <= w.start() and n is not fined and not n.mark]
    authority = authority or ([subject] if subject is not None else [])
    # Who fines is an authority: a state or a state body before any company named with it
    # («إسبانيا تعاقب نوفاريس: غرامة 3 ملايين يورو»: Spain, not Novaris).
    authority = [n for n in authority if n.e.kind == "government"] or authority
    payers = _listed_with(cands, fined.e, ctx, hi) if fined is not None else []  # «على شركتي X وY»
    recipient = authority[-1].e.name_en if authority else _described_authority(ctx, start)
    return payers, recipient if recipient not in payers else "", False


_DESCRIBED_WORDS = 5  # a state body's country is said at most this many words after its head


@cache
def _authority_heads() -> re.Pattern:
    """The heads of a state body's description ('parties.fine_authorities'), with a clitic, then
    at most ``_DESCRIBED_WORDS`` words (group 'rest')."""
    heads = "|".join(re.escape(normalize(w)) for w in sorted(_spec()["parties"]["fine_authorities"], key=len, reverse=True))
    return re.compile(rf"(?<!\w)[{CLITICS}]?(?:{heads})(?!\w)(?P<rest>(?:[ \t]+[^\s.،,:;()]+){{1,{_DESCRIBED_WORDS}}})")


def _described_authority(ctx: Context, start: int) -> str:
    """The country of a state body the fine's sentence, or the one before, describes without
    naming it as an entity: a head of 'parties.fine_authorities' with a country's adjective
    (definite or not) or «في» and its name in the words after it («قامت الهيئة المسؤولة عن
    المنافسة في فرنسا بتغريم»، «أمرت هيئة تنظيمية برازيلية»، «تجاهل الجهة التنظيمية
    الهولندية»), not inside a name the text gives: its government (ANNOTATION.md, C11), else ""."""
    data = _government_data()
    text = ctx.text
    lo, hi = ctx.sentence(start)
    for a, b in ((lo, hi), *_sentences_before(ctx, lo, 1)):
        named = [(e.start, e.end) for e in ctx.entities(a)]
        for m in _authority_heads().finditer(text, a, b):
            if any(x <= m.start() < y for x, y in named):
                continue  # a body the text names: the rules for named authorities decide
            words = m.group("rest").split()
            for k, word in enumerate(words):
                bare = word[2:] if word.startswith("ال") else word
                country = data["adjectives"].get(word) or data["adjectives"].get("ال" + bare) or (
                    data["names"].get(word) if k and words[k - 1] == "في" else None)
                if country:
                    return government_name(country)
    return ""


def fine_said(ctx: Context, start: int) -> bool:
    """Whether a word of fine ('parties.fine') comes in the ``_FINE_REACH`` characters before
    the amount at ``start``, in its sentence («غرامة قدرها»، «بتغريم شركة X … بمبلغ»)."""
    lo = ctx.sentence(start)[0]
    return _cues().fine.search(ctx.text, max(lo, start - _FINE_REACH), start) is not None


def _fine_paid(named: list[_Named], ctx: Context, start: int, end: int) -> tuple[list[str], str, bool] | None:
    """A fine told as a payment: «ألزمت المفوضية شركتي X وY بدفع 90 مليون يورو و40 مليون يورو
    على الترتيب، ويحق لهما استئناف الغرامتين» (a verb of paying before the amount in its clause, a
    word of fine anywhere in its sentence): paid as damages paid are (see _claim: the verb's
    subject, or the one ordered to pay and the names listed with it); None when the sentence
    names no fine or no verb of paying comes before the amount."""
    if not fine_paid(ctx, start):
        return None
    payers, to, _ = _claim(named, ctx, start, end)
    return (payers, to, False) if payers else None


def fine_paid(ctx: Context, start: int) -> bool:
    """Whether the amount at ``start`` is a fine told as a payment: a verb of paying before it
    in its clause (or in the clause of the amount it is listed after: «بدفع 500 مليون، و200
    مليون»), a word of fine in its sentence."""
    rc = _role_cues()
    text = ctx.text
    lo, hi = ctx.sentence(start)
    clause = ctx.clause(start)
    if clause[0] > lo and text[clause[0]:start].strip(" \t") in ("", "و"):
        clause = (ctx.clause(clause[0] - 1)[0], clause[1])
    return (rc.paid.search(text, max(clause[0], start - _PAID_REACH), start) is not None
            and rc.penalty.search(text, lo, hi) is not None)


_PROVIDES_REACH = 40  # a verb of providing is looked for this far before a loan's amount
_PAYS_REACH = 60  # a verb of paying is looked for this far before the amount, in its clause
_SHARE_BACK = 600  # «سهم الشركة» points back at a «سهم X» this far before it


def _share_spoken_of(ctx: Context, pos: int) -> EntityMention | None:
    """The company of the last «سهم X» in the ``_SHARE_BACK`` characters before ``pos``
    («تراجع سهم ميتا … فقد أغلق سهم الشركة عند 690 دولارا»: the share spoken of is Meta's,
    not that of a company named between), or None."""
    text = ctx.text
    ents = list(ctx._names_in_text(want=lambda e: pos - _SHARE_BACK <= e.start < pos))
    for w in reversed(list(_cues().share.finditer(text, max(0, pos - _SHARE_BACK), pos))):
        owner = next((e for e in ents if w.end() <= e.start <= w.end() + 30
                      and not text[w.end():e.start].strip(" \t\"'«»“”")), None)
        if owner is not None:
            return owner
    return None


_SUBJECT_BACK = 3  # a holder «الشركة» is looked for at most this many sentences back


def _subject_before(ctx: Context, lo: int) -> str:
    """The subject of the nearest earlier sentence (at most ``_SUBJECT_BACK`` back) that
    names an organization or fund with no marker before it: its first such name («تستثمر
    بروكفيلد في المشروع …، وتلقت تعهدات من مستثمرين من بينهم X. تدير الشركة نحو تريليون
    دولار من الأصول»: Brookfield, not X named last), or ""."""
    for prev in _sentences_before(ctx, lo, _SUBJECT_BACK):
        own = [n.e.name_en for n in _named(ctx, prev[0], "other") if not n.mark and n.e.kind in ("org", "fund")]
        if own:
            return own[0]
    return ""


_HEAD_WORDS = 3  # the subject a next sentence goes on with is named within its sentence's first words
_SUBJECT_KINDS = ("org", "fund", "government")


def _subject_carried(ctx: Context, lo: int, line: int, role: str, exclude=()) -> str:
    """The subject a sentence with no named subject goes on with («وتسارع سوفت بنك كي تحقق
    استثمارها. وفي أبريل، قادت جولة …، ووعدت باستثمار 30 مليار»: the verbs' pronoun subject
    is SoftBank): the organization, fund or state that opens the sentence right before the
    one starting at ``lo``, in its paragraph (after ``line``, the paragraph's line break):
    named with no marker among its first ``_HEAD_WORDS`` words («وقالت شركة X»، «X تعتزم»),
    not a project nor one of ``exclude``; else "". A sentence that opens otherwise («يأتي هذا
    القرار بينما تسعى ميتا») names no subject carried on."""
    prev = next(_sentences_before(ctx, lo, 1), None)
    if prev is None or prev[0] <= line:
        return ""
    sector = sectors()
    head = next((n.e for n in _named(ctx, prev[0], role) if not n.mark and n.e.kind in _SUBJECT_KINDS
                 and sector.get(n.e.name_en, "") != "project" and n.e.name_en not in exclude), None)
    if head is None or len(ctx.text[prev[0]:head.start].split()) > _HEAD_WORDS:
        return ""
    return head.name_en


# «حصة … في (شركة) “X”»، «على X»: the company a stake is in or bought, right before its name.
_STAKE_IN = re.compile(r"(?<!\w)(?:في|على)(?:[ \t]+(?:ال)?(?:شركة|مجموعة))?[ \t\"'«»“”]*$")
_SCALE = re.compile(r"(?<!\w)(?:ب|و)?(?:مليار|مليارات|ملياري|مليون|ملايين|تريليون|تريليونات)\w*")  # another amount's scale word
_WEALTH_REACH = 300  # a fortune's word is looked for this far before the amount (not the whole sentence)


_HELD_REACH = 80  # a verb of owning or managing is looked for this far before its amount
# After the holder named as a verb's subject: the rest of its name or its nisba adjectives
# («هيئة أبوظبي للاستثمار»، «صندوق مبادلة الإماراتي»), quotes, then the amount.
_HOLDER_TAIL = re.compile(r"[ \t\"'«»“”)]*(?:(?:ال|لل)[^\s\d،,.:;()\"«»“”]+[ \t\"'«»“”]*){0,2}")


def _held_by_verb(ctx: Context, start: int, clause: tuple[int, int]) -> EntityMention | None:
    """The subject of a verb of owning or managing whose object is the amount at ``start``,
    the one name between them («يمتلك صندوق مبادلة الإماراتي 302 مليار»، «وتدير هيئة أبوظبي
    للاستثمار تريليون دولار»): what it owns (grammar: verb, subject, object), not money
    paid; else None."""
    text = ctx.text
    verb = None
    for verb in _cues().holding_verb.finditer(text, max(clause[0], start - _HELD_REACH), start):
        pass
    if verb is None:
        return None
    ents = ctx.entities_within(start, verb.end(), start)
    if (len(ents) == 1 and _cues().holder_gap.fullmatch(text, verb.end(), ents[0].start) is not None
            and _HOLDER_TAIL.fullmatch(text, ents[0].end, start) is not None):
        return ents[0]
    return None


def holder(ctx: Context, start: int, end: int) -> str | None:
    """Who holds the amount at ``[start, end)`` when it is what someone owns, not money
    that changes hands: the assets of a fund («الصندوق الذي يمتلك أصولا تزيد عن…»,
    «… من الأصول») belong to the organization named last before them (else the subject of
    the sentence before, :func:`_subject_before`, else the one the article named last; a
    name after a marker such as «بمشاركة» is not its holder); a fortune («ثروة جينسن هوانغ») to the person named after
    «ثروة» (for «بثروة» naming no one, the one whose fortune the sentence named before).

    Returns:
        The holder's name, "" when the text does not name one, None for an amount that
        is not a holding.
    """
    cues = _cues()
    text = ctx.text
    lo, _ = ctx.sentence(start)
    clause = ctx.clause(start)
    ents = ctx.entities(start)
    subject = _held_by_verb(ctx, start, clause)
    if subject is not None:
        return subject.name_en
    if (cues.assets.search(text, max(clause[0], start - 40), start) or cues.assets_after.match(text, end)
            or cues.fund_held.search(text, max(clause[0], start - _HELD_REACH), start)):
        # The clause's subject, not a partner named after «بمشاركة» nor a quoted outlet.
        free = [n.e for n in _named(ctx, start, "other") if not n.mark and n.e.end <= start]
        named = free or [e for e in ents if e.kind in cues.kinds and e.end <= start
                         and not ctx.quoted(e, lo)]
        if named and _SCALE.search(text, named[-1].end, start):
            # «يمتلك صندوق X 302 مليار، … بينما تجاوزت أصول صندوق Y 800 مليار»: a name told
            # with an amount of its own before this one holds that one; this holder goes unnamed.
            return ""
        return named[-1].name_en if named else (_subject_before(ctx, lo) or ctx.topic(start))
    if cues.wealth_after.match(text, end):
        # «بعدما خسر 3 مليارات من ثروته»: the fortune of the person the sentence named
        # last before the amount (grammar: the pronoun goes back to him).
        person = next((e for e in reversed(ents) if e.kind == "person" and lo <= e.start and e.end <= start), None)
        return person.name_en if person is not None else ""
    words = list(cues.wealth.finditer(text, max(lo, start - _WEALTH_REACH), start))
    if not words:
        return None
    for w in reversed(words):
        person = next((e for e in ents if e.kind == "person" and w.end() <= e.start <= w.end() + 50
                       and e.end <= start), None)
        if person is not None:
            return person.name_en
    # «تصل ثروته إلى 800 مليار»، «ينضم إلى القائمة بثروة تبلغ»: a fortune that names no one after
    # its word is that of the person the sentence named before it, else of the one the sentence
    # before named first (grammar: the pronoun, or the verb's subject, goes back to him).
    w = words[-1]
    if w.start() < clause[0] or _SCALE.search(text, w.end(), start):
        return ""  # a fortune told in another clause, or with an amount of its own before this one
    before = [e for e in ents if e.kind == "person" and e.end <= w.start()]
    if before:
        return before[-1].name_en
    if any(e.kind in cues.kinds for e in ents if e.end <= w.start()):
        return ""  # an organization spoken of first: not a person's fortune told before
    prev = next(_sentences_before(ctx, lo, 1), None)
    if prev is not None:
        person = next((e for e in ctx.entities(prev[0]) if e.kind == "person"), None)
        if person is not None:
            return person.name_en
    return ""


_REFUSAL_REACH = 120  # a refused offer's verb is looked for this far before its amount
_OFFERER_GAP = 20  # «… 23 مليار دولار من شركة X»: the one offering is named this near after the amount
_PRONOUN_END = re.compile(r"(?:ه|ها|هم|هما)$")  # «رفضه»: a verbal noun whose pronoun is its subject


def _refused(ctx: Context, start: int, end: int, role: str) -> tuple[list[str], str, bool] | None:
    """An offer refused («رفضت نوفاريس عرض شراء قيمته 4 مليارات من أمازون»، «رفضت ألفابت
    عرض مايكروسوفت بقيمة 9 مليارات»، «باحث يرفض عرضا بمليار دولار من X»), told in the
    amount's clause before it: the one who refuses is the one offered the money (its
    recipient), the verb's subject: the name right after the verb (verb first), else the last
    one before it in the sentence; a verbal noun carrying a pronoun («بعد أشهر من رفضه عرضا»)
    speaks of the sentence's first name. A person refusing a bid refuses it for a company
    (a bid buys a company, never a person): none named. The one offering (payer) is the name right after the
    offer's noun (its genitive), or after «من» right after the offer's noun or the amount,
    unless a person (who may offer for a company the clause does not name). A
    party not named stays empty (grammar: the subject of «رفض» is the one the offer was made
    to; «عرض X» / «عرض من X» names who offers). None when no offer is refused."""
    text = ctx.text
    lo, hi = ctx.sentence(start)
    if not ctx.per_sentence(start, "refusal", lambda: "رفض" in text[lo:hi]):
        return None  # most sentences: no verb of refusing
    clause = ctx.clause(start)
    m = None
    for m in _cues().refused_offer.finditer(text, max(clause[0], start - _REFUSAL_REACH), start):
        pass
    if m is None or _DIGIT.search(text, m.end(), start):
        return None
    ents = [e for e in ctx.entities(start) if e.kind in ("org", "fund", "government", "person")
            and lo <= e.start and e.end <= hi and sectors().get(e.name_en) != "media"]  # not an outlet
    after = next((e for e in ents if m.end("v") <= e.start and e.end <= m.start("o")), None)
    if after is not None and _SUBJECT_GAP.match(text[m.end("v"):after.start]):
        subject = after
    else:
        before = [e for e in ents if e.end <= m.start("v")]
        if _PRONOUN_END.search(text[m.start("v"):m.end("v")]):
            subject = before[0] if before else None
        else:
            subject = before[-1] if before else None
    offerer = None
    for e in ents:
        if e.start < m.end("o") or e is subject:
            continue
        if e.end <= start:
            gap = text[m.end("o"):e.start]
            if _REPEAT.match(gap) or (len(gap) <= _OFFERER_GAP and _from().search(gap)):
                offerer = e  # «عرض مايكروسوفت»، «عرضا من أبل»
        elif e.start >= end and e.start - end <= _OFFERER_GAP and _from().search(text[end:e.start]):
            offerer = e  # «… قيمته 4 مليارات من شركة أمازون»
        break
    bought = None
    if subject is not None and subject.kind == "person" and role in _PURCHASE_CUES:
        # A bid buys a company, never the person who refuses for it: the company the clause
        # names as bought after the offer («رفضت X عرضا للاستحواذ على شركتها الناشئة Y»: Y; ANNOTATION.md,
        # C13), else none.
        subject = None
        bought = next((n.e for n in _named(ctx, start, role) if n.mark == "target"
                       and m.end("o") <= n.e.start and clause[0] <= n.e.start < clause[1]), None)
    recipient = subject.name_en if subject is not None else bought.name_en if bought is not None else ""
    # A person who offers («عرض إيلون ماسك») may offer for the company he heads, which the
    # clause need not name: no payer is taken from him.
    payer = offerer.name_en if offerer is not None and offerer.kind != "person" and offerer.name_en != recipient else ""
    return ([payer] if payer else []), recipient, False


_JOIN_REACH = 200  # a verb of joining is looked for this far before the amount, in its sentence


@cache
def _joining() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """A verb or verbal noun of joining an employer ('parties.joins_employer': «انضم»،
    «انضمام»), a word of what one joins for ('parties.joining_paid': «مقابل»، «براتب»،
    «بصفقة»), and «إلى» with perhaps a company noun ('parties.company_nouns') and quotes
    right before the employer's name."""
    p = _spec()["parties"]

    def alt(words):
        return "|".join(re.escape(w) for w in sorted({normalize(w) for w in words}, key=len, reverse=True))
    return (re.compile(rf"(?<!\w)[وف]?(?:{alt(p['joins_employer'])})(?!\w)"),
            re.compile(rf"(?<!\w)(?:{alt(p['joining_paid'])})(?!\w)"),
            re.compile(rf"[ \t]*(?:{alt(['إلى', 'الي'])})[ \t]*(?:(?:{alt(p['company_nouns'])})[ \t]*)?[\"'«»“”‘’]*[ \t]*$"))


def _joined(ctx: Context, start: int) -> tuple[list[str], str, bool] | None:
    """Pay for joining an employer: «انضم X إلى Y مقابل حزمة تبلغ …»، «انضمام X إلى Y براتب
    …»: a verb of joining before the amount in its sentence (at most ``_JOIN_REACH``
    characters), then a word of what one joins for ('joining_paid') anywhere between the verb
    and the amount, with no other figure after the verb. The organization
    named right after «إلى» is the employer that pays; the person named after the verb
    (before «إلى») joins and is paid (pay is other, ANNOTATION.md: paid by the employer to
    the person). None when the sentence names neither."""
    text = ctx.text
    lo = max(ctx.sentence(start)[0], start - _JOIN_REACH)
    verb_re, paid_re, to = _joining()
    verb = None
    for verb in verb_re.finditer(text, lo, start):
        pass
    if verb is None:
        return None
    paid = None
    for paid in paid_re.finditer(text, verb.end(), start):
        pass
    if paid is None or _DIGIT.search(text, verb.end(), start):
        return None
    names = [e for e in ctx.entities(start) if verb.end() <= e.start and e.end <= paid.start()]
    employer = next((e for e in names if e.kind in _cues().kinds and to.search(text, max(verb.end(), e.start - 20), e.start)), None)
    joiner = next((e for e in names if e.kind == "person" and (employer is None or e.end <= employer.start)), None)
    if employer is None and joiner is None:
        return None
    return ([employer.name_en] if employer is not None else []), (joiner.name_en if joiner is not None else ""), False


def parties(ctx: Context, start: int, end: int, role: str, cue: tuple[int, int] | None,
            followed_by_bare_clause: bool = False) -> tuple[list[str], str, bool]:
    """(payers, recipient, recipient is an anaphora «في الشركة») of one amount.

    ``followed_by_bare_clause``: the clause after the amount's has no amount of its own.
    """
    named = _named(ctx, start, role)
    cues_ = _cues()
    payers: list[str] = []
    recipient = ""
    if role in ("bid", "acquisition", "other"):
        refused = _refused(ctx, start, end, role)
        if refused is not None:
            return refused
    if role in ("bid", "acquisition") and cue is not None and cue[1] <= start:
        bought = _purchase(named, ctx, start, cue)
        if _role_cues().stake_sale.fullmatch(ctx.text, cue[0], cue[1]) and _shares().search(ctx.text, cue[1], start):
            # «أعلنت X بيع كامل حصتها مقابل»، «البيع الأخير لأسهمه بقيمة»: shares sold; the
            # one named before the cue sells them, it does not pay.
            return [], bought[1], bought[2]
        return bought
    if role == "investment" and cue is not None and cue[1] <= start and ctx.cue_role(start, cue) in _PURCHASE_CUES:
        # «استحوذت سوفت بنك على حصة بقيمة … في إنتل»: a stake bought with no control is an
        # investment (ANNOTATION.md, C8), its parties a purchase's when that names the company
        # bought into (else an investment's: «اشترت حصة في X»).
        bought = _purchase(_named(ctx, start, "acquisition"), ctx, start, cue)
        if bought[1]:
            return bought
    if role == "damages":
        return _claim(named, ctx, start, end)
    if role == "other" and _cues().per_share.match(ctx.text, end):
        # «اشترت X حصة قدرها 3 مليارات في شركة Y بسعر 31 دولارا للسهم»: the price of a
        # share of the stake is Y's, the company the stake is in (or bought), not the buyer's.
        # (Not one «لصالح» whom shares are issued to: «ستصدر X أسهما لصالح Y بسعر …» are X's.)
        held = next((n for n in reversed(named) if n.e.end <= start and n.mark in ("investee", "target")
                     and _STAKE_IN.search(ctx.text, max(0, n.e.start - 20), n.e.start)), None)
        if held is not None:
            return [], held.e.name_en, False
    if role == "other":
        fine = _fine(named, ctx, start, end)
        if fine is not None:
            return fine
        ordered = _fine_paid(named, ctx, start, end)
        if ordered is not None:
            return ordered
        joined = _joined(ctx, start)
        if joined is not None:
            return joined
    if role == "investment":
        obj = _object_relative(named, ctx, start, cue)
        if obj is not None:
            # «المختبر الذي استثمرت فيه إنفيديا 5 مليارات»: the head is invested in.
            return ([obj[1].name_en] if obj[1] is not None else []), obj[0].e.name_en, False
    if role in ("investment", "spending") and cue is not None:
        funder = _funder(ctx, start, end, cue)
        if funder is not None and funder[0] is not None:
            # «وافقت سوفت بنك على تمويل X بمبلغ»: the funding word's agent pays (see _funder).
            return [funder[0].name_en], funder[1].name_en if funder[1] is not None else "", False
    # The investor who leads a round is neither the company raising it nor the one valued; the
    # bank that leads a loan or a bond issue («ستقود X شريحة الدين») is no borrower: it lends.
    agent = _agent([n for n in named if not (n.lead and role in ("raise", "valuation", "debt"))], ctx, start, end, cue,
                   pays=_AGENT_IS.get(role) == "payer")
    if agent is not None and agent.kind == "person":
        # «مارك زوكربيرغ، الرئيس التنفيذي لشركة ميتا، أعلن…»: the person speaks for the company.
        # «رئيس مجموعة ميتا مارك زوكربيرغ أعلن…»: the company named right before him.
        employer = next((n.e for n in named if n.mark == "employer" and 0 <= n.e.start - agent.end <= 60), None)
        employer = employer or next((n.e for n in named if n.mark == "employer" and 0 <= agent.start - n.e.end <= 6
                                     and not ctx.text[n.e.end:agent.start].strip(" \t\"'«»“”")), None)
        agent = employer or agent
    if role in ("investment", "spending") and agent is not None:
        joint = _between(named, ctx, start)
        if agent.name_en in joint or (joint and sectors().get(agent.name_en, "") == "project"):
            # «مشروع ستارجيت بين سوفت بنك وأوبن إيه آي بقيمة 500 مليار»: the partners pay together.
            project = next((n.e.name_en for n in named if n.e.end <= start and n.e.name_en not in joint
                            and sectors().get(n.e.name_en, "") == "project"), "")
            supplier = [p for p in joint if sectors().get(p, "") in cues_.suppliers]
            if role == "spending" and len(supplier) == 1 and not project:
                # «صفقة حوسبة بين أوراكل وأنثروبيك»: the customer pays the supplier.
                return [p for p in joint if p not in supplier], supplier[0], False
            return joint, project, False
    marks = _MARKS.get(role, {})
    agent_part = _AGENT_IS.get(role, "recipient")
    clause = ctx.clause(start)
    if agent is not None and agent_part == "recipient" and not clause[0] <= agent.start < clause[1]:
        # «جولة بقيمة 30 مليار دولار لصالح شركة … أنثروبيك، … المنافسين: أوبن إيه آي»: the
        # company marked in the amount's clause, not a name outside it.
        agent = next((n.e for n in named if marks.get(n.mark) == "recipient"
                      and clause[0] <= n.e.start < clause[1]), agent)
    if (role == "debt" and agent is not None and agent.start >= clause[1]
            and any(n.lead and n.e.end <= start for n in named if clause[0] <= n.e.start)):
        # «ستقود X شريحة الدين البالغة 26 مليارا، …، فيما تضخ Y 3 مليارات»: with its lender
        # named, a loan's borrower is not a name of a later clause (the company spoken of is).
        agent = None
    if (role == "debt" and agent is not None and agent.end <= start
            and (cues_.provides.search(ctx.text, max(agent.end, start - _PROVIDES_REACH), start)
                 or _role_cues().lead_verb.search(ctx.text, max(agent.end, start - _PROVIDES_REACH), start))):
        # «تتولى شركة بيمكو توفير 9 مليارات دولار عبر سندات»: the subject of a
        # verb of providing lends; the borrower is the company spoken of. So does the subject
        # of a verb of leading («يقود بنكا X وY قرضا بقيمة 5 مليارات»): who leads a loan or a
        # bond issue arranges it, as who leads a round invests (grammar of «قاد»).
        agent_part = "payer"
    if agent is not None:
        if agent_part == "payer":
            payers.extend(_coordinated(named, agent, ctx, start))
        else:
            recipient = agent.name_en
    clause = ctx.clause(start)
    # Investors are named in the amount's clause, or, for a round, in the clause after it
    # when that one has no amount of its own («جمعت 40 مليار دولار، بقيادة سوفت بنك»); the
    # clause after an investment or spending speaks of something else («…، في خطة بقيمة»).
    scope = (clause[0], ctx.clause(clause[1] + 1)[1] if followed_by_bare_clause and role == "raise" else clause[1])
    listed = None  # the last marked name taken: a list goes on past the clause («هم X، وY، وZ»)
    for n in named[bisect_left(named, scope[0], key=lambda n: n.e.start):]:  # names are in order
        if n.e.start >= scope[1] and not (listed is not None and n.mark and n.mark == listed.mark
                                          and _listed(ctx.text, listed.e.end, n.e.start)):
            break
        listed = n if n.mark else None
        part = marks.get(n.mark)
        if n.lead and role in ("raise", "debt"):
            part = "payer"
        if part == "payer" and n.e.name_en not in payers and n.e.name_en != recipient:
            payers.append(n.e.name_en)
        elif part == "recipient" and not recipient and n.e.name_en not in payers:
            # The company invested in or bought: the one nearest the amount's clause.
            if clause[0] <= n.e.start < clause[1] or not any(
                    clause[0] <= m.e.start < clause[1] and marks.get(m.mark) == "recipient" for m in named):
                recipient = n.e.name_en
    if role == "spending" and cue is not None and cue[1] <= start and cues_.spend_noun.fullmatch(ctx.cue_words(cue)):
        by = cues_.spent_by.match(ctx.text, cue[1])
        k = bisect_left(named, by.end(), key=lambda n: n.e.start) if by else len(named)
        first = k if k < len(named) and named[k].e.start == by.end() and named[k].mark in ("supplier", "by") else None
        if first is not None:
            # «إنفاق رأسمالي ضخم من ألفابت ومايكروسوفت وأمازون»: spending «من» names those
            # who spend, not a supplier (the names listed with the first).
            chain = [named[first]]
            for n in named[first + 1:]:
                if n.e.end > start or n.mark not in ("supplier", "by") or not (
                        _GLUE.match(ctx.text[chain[-1].e.end:n.e.start])
                        or cues_.list_glue.match(ctx.text[chain[-1].e.end:n.e.start])):
                    break
                chain.append(n)
            payers = list(dict.fromkeys(n.e.name_en for n in chain))
            recipient = "" if recipient in payers else recipient
    pays = cues_.pays.search(ctx.text, max(clause[0], start - _PAYS_REACH), start) if role in ("spending", "other") else None
    if pays is not None:
        # «دفعت جوجل 2.4 مليار دولار لشركة X لترخيص تقنيتها»: the one paid, named right after
        # the amount with «لـ / لصالح / إلى», or between the verb and the amount («ستدفع أبل
        # لجوجل مليار دولار»); never the one who pays, the verb's subject.
        paid_to = _role_cues().paid_to
        recipient = next((n.e.name_en for n in named if (end <= n.e.start <= end + 30 or pays.end() <= n.e.start < start)
                          and n.mark in ("", "investee") and n.e.name_en not in payers
                          and paid_to.search(ctx.text, max(end if n.e.start >= end else pays.end(), n.e.start - 12), n.e.start)),
                         "" if role == "other" else recipient)
        if role == "other":
            # «دفعت جوجل 2.7 مليار دولار لإعادة خبير»، «جوجل دفعت …»: the verb's subject pays: the
            # name right after the verb (verb first), else the last one before it in the clause;
            # «دفعت الشركة …»: the company spoken of.
            text = ctx.text
            subject = next((n.e for n in named if pays.end() <= n.e.start <= pays.end() + 12 and n.e.end <= start
                            and not n.mark), None) or next(
                (n.e for n in reversed(named) if clause[0] <= n.e.start and n.e.end <= pays.start() and not n.mark), None)
            payer = subject.name_en if subject is not None else ""
            if not payer and _role_cues().subject_anaphora.match(text, pays.end() + 1):
                payer = ctx.topic(start) or ctx.main()
            if payer and payer != recipient:
                return [payer], recipient, False
    if not recipient and role in ("spending", "investment") and _role_cues().deal_noun.search(ctx.text, clause[0], start):
        # «… سعة خوادم من أوراكل، في صفقة تقدر بنحو 11 مليار دولار»:
        # the supplier or company invested in, marked in an earlier clause of the sentence,
        # when the amount's clause names the deal («في صفقة»، «تبعتها صفقة أكبر»); a clause of
        # its own verb («واستثمرت 18 مليارا») or a relative one tells of other money.
        # Names are in order: only those before the clause (the sentence's, marked so).
        marked = _named_where(ctx, start, role, "marked recipient", lambda n: marks.get(n.mark) == "recipient")
        marked = marked[:bisect_left(marked, clause[0], key=lambda n: n.e.start)]
        last = next((n for n in reversed(marked) if n.e.end <= clause[0] and n.e.name_en not in payers), None)
        if last is not None:
            recipient = last.e.name_en
    pointer = False
    if not recipient and role in ("acquisition", "bid") and cue is not None and cue[0] >= end:
        # «مؤسس شركة X الذي انضم إلى ميتا بعدما دفعت 14 مليارا للاستحواذ على نصف شركته»: «his
        # company» is the one the sentence named as a titled person's (founder, head) before.
        own = cues_.own_company.search(ctx.text, cue[1], min(clause[1], cue[1] + 30))
        titled = [n.e.name_en for n in named if n.mark == "employer" and n.e.end <= start]
        if own is not None and titled:
            recipient = titled[-1]
    if not recipient and role in ("investment", "acquisition", "bid"):
        # «ضخت إنفيديا 5 مليارات دولار في الشركة / فيها»: the company already named; an
        # investment that names no company to receive it goes to the one the article is about.
        anaphora = _cues().anaphora
        pointer = (role == "investment" and not _into_field(ctx, end)) or any(
            anaphora.match(ctx.text, m.end()) for m in _POINTER.finditer(ctx.text, clause[0], clause[1]))
    elif not recipient and (role in (*_CARRIED, "debt") or (role == "other" and cue is not None and _cues().earnings.fullmatch(
            ctx.cue_words(cue))) or (role == "other" and _cues().per_share.match(ctx.text, end))
            or (role == "other" and _company_opens(ctx, clause[0], start))
            or (role == "other" and value_changed(ctx, start, end))):
        # A clause that names no one who could receive the money speaks of the article's
        # company; so do a company's earnings («وزاد صافي الدخل … إلى 43 مليار»), a figure per
        # share («ربح معدل بلغ 1.2 دولار للسهم»: the company's, not a buyer's), a change in its
        # value («محو 600 مليار دولار من قيمتها السوقية»: ANNOTATION.md, C9) and a loan
        # («الجزء الأكبر من التمويل صفقة ائتمان … بقيادة X»: the borrower spoken of).
        pointer = not any(clause[0] <= n.e.start < clause[1] and not n.mark and not n.lead
                          and n.e.name_en not in payers for n in named)
    if role == "other":
        text = ctx.text
        window = (max(clause[0], start - _SHARE_REACH), start)
        shares = list(_cues().share.finditer(text, *window))
        if shares:
            # «وأنهى سهم الشركة التعاملات … ليسجل 129.93 دولار»: a share's price belongs to its
            # company: the one named right after «سهم», else the company already spoken of.
            w = shares[-1]
            owner = next((n.e for n in named if w.end() <= n.e.start <= w.end() + 30 and n.e.end <= start
                          and not n.mark), None)
            owner = owner or _share_spoken_of(ctx, w.start())
            return [], owner.name_en if owner is not None else "", owner is None
        if _cues().donation.search(text, max(clause[0], start - 40), start) and agent is not None:
            # «تبرعت إنفيديا بملايين الدولارات»: the donor pays.
            return [agent.name_en], "", False
        said = ctx.cue_words(cue)
        if cue is not None and (cues_.pay.fullmatch(said) or (
                _role_cues().offer_verbs.fullmatch(said) and _role_cues().hires.search(text, *ctx.sentence(start)))):
            # «ميتا تعرض أجرا قدره 90 مليون دولار»، «عرضت ميتا مليارا على باحث»: the employer
            # offering pay pays it; with
            # «الشركة» as the clause's subject («تقدم الشركة حزم تعويضات»), the company named last.
            earner = next((e for e in ctx.entities(start) if e.kind == "person"
                           and cue[1] <= e.start <= cue[1] + _EARNER_GAP and e.end <= start), None)
            if earner is not None:
                # «بلغ راتب روبرت أوبنهايمر 10 آلاف دولار»، «راتب ناديلا … 84 مليون»: the person
                # whose pay it is (named right after the pay word) gets it; the company his title
                # names in the sentence pays it, else the organization the clause speaks of
                # («وافق مساهمو تسلا على حزمة تعويضات لإيلون ماسك»).
                employer = next((n.e.name_en for n in named if n.mark == "employer"
                                 and n.e.end <= start), "")
                employer = employer or (agent.name_en if agent is not None and agent.kind != "person" else "")
                return ([employer] if employer else []), earner.name_en, False
            if agent is not None and agent.kind != "person":
                # «حزمة تعويضات لإيلون ماسك»: a person named in the clause is paid.
                paid = next((e.name_en for e in ctx.entities(start) if e.kind == "person"
                             and clause[0] <= e.start < clause[1] and e.start > cue[0]), "")
                return [agent.name_en], paid, False
            if agent is None and _role_cues().subject_anaphora.search(text, max(clause[0], start - _SUBJECT_REACH), start):
                spoken = ctx.topic(start) or ctx.main()  # «الشركة»: the company named last
                return ([spoken] if spoken else []), "", False
    if (role == "other" and agent is not None and recipient == agent.name_en
            and _forecaster(ctx, agent, start, end, cue)):
        # «تتوقع وكالة الطاقة الدولية أن يبلغ الإنفاق العالمي 450 مليار دولار»: who forecasts
        # a total does not own it (ANNOTATION.md, C5); none is taken from the article either.
        return [], "", False
    if role in _GIVEN_ROLES and agent is not None and recipient == agent.name_en and agent.end <= start:
        given = _given_to(named, ctx, start, end)
        if given is not None and given.e.name_en != agent.name_en:
            # «قدمت جوجل دفعة قدرها 600 مليون دولار لشركة X»، «تقييما بقيمة 300 مليار لشركة X»،
            # «استحوذت مايكروسوفت على حصة تقدر بنحو 135 مليارا في X»: the subject gives or
            # holds, the company named after the amount receives (a valuation has no payer).
            recipient = given.e.name_en
            if role != "valuation":
                return [agent.name_en], recipient, False
    if role in _NO_PAYER:
        payers = []
    return payers, recipient, pointer


_EARNER_GAP = 3  # the person whose pay it is is named this near after the pay word («راتب X»)
_OPENING_WORDS = 2  # «الشركة» as a clause's subject comes after at most this many words (its verb)


def _company_opens(ctx: Context, lo: int, start: int) -> bool:
    """Whether the clause from ``lo`` opens with «الشركة» ('subject_anaphora') as its subject,
    after its verb («وبذلك ستحصل الشركة الصينية على نحو 140 مليون دولار»، «وسجلت الشركة»): what
    it gets or holds is the company's the article speaks of."""
    m = _role_cues().subject_anaphora.search(ctx.text, lo, start)
    return m is not None and len(ctx.text[lo:m.start()].split()) <= _OPENING_WORDS


_FORECAST_REACH = 80  # a word of forecasting is looked for this far before the one who forecasts


def _forecaster(ctx: Context, agent: EntityMention, start: int, end: int, cue: tuple[int, int] | None) -> bool:
    """Whether ``agent``, the one an 'other' amount at ``start`` speaks of, is who forecasts it:
    a word of forecasting ('parties.forecast') before the agent in its sentence, at most
    _FORECAST_REACH characters before it with no figure between («تتوقع وكالة الطاقة الدولية
    وصول الاستثمار العالمي إلى»، «توقعت ليسا سو، الرئيسة التنفيذية لشركة X، أن يصل حجم سوق
    الرقائق إلى»), and the agent before the amount; not when the figure is the agent's own
    earnings or a price per share («تتوقع سامسونغ أرباحا تشغيلية تبلغ»: its profit)."""
    text = ctx.text
    if agent.end > start:
        return False
    last = None
    for last in _cues().forecast.finditer(text, max(ctx.sentence(start)[0], agent.start - _FORECAST_REACH), agent.start):
        pass
    if last is None:
        return False  # most amounts: no word of forecasting before their agent
    said = ctx.cue_words(cue)
    if (said and _cues().earnings.fullmatch(said)) or _cues().per_share.match(text, end):
        return False
    return not _DIGIT.search(text, last.end(), agent.start)


_GIVEN_ROLES = ("raise", "valuation", "other")  # roles whose agent would be the recipient
_RESTATED = re.compile(r"[ \t]*(?:أي|اي)(?!\w)")  # «، أي 27 بالمئة»: the clause restates a share
_GIVEN_REACH = 30  # the one given to is named this near after the amount


def _given_to(named: list[_Named], ctx: Context, start: int, end: int) -> _Named | None:
    """The organization an amount goes to when the sentence names it right after the
    amount: its first name after the amount, marked «لـ / لشركة / لصالح / إلى» at most
    _GIVEN_REACH characters on with no figure between, or marked «في» (invested in) at most
    twice as far (a share of the stake may come between: «، أي 27 بالمئة، في X»); else None."""
    text = ctx.text
    k = bisect_left(named, end, key=lambda n: n.e.start)  # names are in order
    if k >= len(named):
        return None
    n = named[k]
    if n.e.kind not in ("org", "fund") or n.e.start >= ctx.sentence(start)[1]:
        return None
    if n.mark == "investee":
        # In the amount's clause, or after a share of the stake restated in the next one («، أي
        # 27 بالمئة، في X»); not in a clause of its own («، عند استبعاد استثماراتها في X»).
        clause = ctx.clause(end - 1)
        near = n.e.start < clause[1] or _RESTATED.match(text, clause[1])
        return n if near and n.e.start <= end + 2 * _GIVEN_REACH else None
    if (not n.mark and n.e.start <= end + _GIVEN_REACH and not _DIGIT.search(text, end, n.e.start)
            and _role_cues().paid_to.search(text, max(end, n.e.start - 12), n.e.start)):
        return n
    return None


