"""The roles and parties of the amounts of one article (:func:`assign`): each amount in
order, with what the amounts and sentences before it tell, then the passes over the whole
article (:mod:`analysis.extract.parties.passes`).

* **a round's backers**: who takes part in it («انضم إلى جولة», «في إطار / ضمن جولة»،
  «بعد مشاركته في جولة»): the sentence's subject before the phrase, else the investor
  the text spoke of last (and the subject's investee raises); «قادت المجموعة جولة…»: the
  company spoken of, with those named «مع» it. «في الشركة / فيها» points back to the
  company the article last named as receiving money (a company's revenue or worth, never a
  country invested in).
* **unnamed spender**: a spender, investor or buyer the sentence does not name («ستنفق
  الشركة…», «كما سيتم تخصيص…», «ووعدت باستثمار…») is the subject the sentence before it in
  the paragraph opens with (the verbs' pronoun subject goes on with it), else the last one
  named in the paragraph, else the company the article names first; «الطرفان / الشركتان» are the two companies named last,
  «الشركات الثلاث» the three (a project is none of them); a person who launches a
  partnership with companies («أطلق ترامب مبادرة بالشراكة مع…») is not one of its payers.
  Partners (two payers or more) investing in a joint undertaking the sentence names
  (partnership, joint venture, alliance) put the money into it: it goes to no company
  named before unless the clause points back at one («في الشركة»).
* **a supply deal**: spending whose clause names a customer supplied («لتزويد شركة X بخوادم»،
  «لتوريد خوادم لـ X») is paid by the customer to the supplier, the clause's agent.
* **«الصندوق»** as the subject of an investment, spending or purchase, with no name
  between it and the amount, is the fund an earlier sentence named (its unmarked fund
  first), not a person of an earlier clause; not the fund's own size («الصندوق البالغ حجمه»).
* **«الشركة» before any name**: a figure of «الشركة» when the article has named no company
  yet (a headline or a first sentence) is the company the article names first, later on.
* **an investment naming no receiver** («وستستثمر أمازون 4 مليارات دولار»: no name marked «في»,
  no «في الشركة / فيها» pointing back, no «المشروع» spoken of) goes on with the company the
  article just told of as receiving money, or, right after a sentence that tells of a round
  («أعلنت أنثروبيك عن جولة جديدة»), into that round's company; else it has no recipient: the
  subject of the sentence before and the article's company are not guessed. An investor told of
  in a relative clause on a partner named «مع» («تتعاون X مع مايكروسوفت، التي استثمرت») invests
  in the one other company its sentence names.
* **the company spoken of**: a figure whose sentence names no organization or fund before it
  («وارتفعت الإيرادات إلى…»، «وتتوقع الشركة أن تبلغ إيراداتها…») and no company told of before
  (the recipient of an earlier figure) belongs to the subject of the nearest earlier sentence
  (its first name with no marker: «أعلنت ميتا … عبر فيسبوك وواتساب»: Meta, not WhatsApp named
  last), else to the company named last; the article's company only when the figure is said to
  be a company's («الشركة»، «إيراداتها»; not «مبيعات الرقائق عالميا»: a market's) or when it
  is a state the funding comes from. A worth owned by a pronoun («قيمتها السوقية البالغة …
  ستضعها …، خلف شركة Y») points back: it is never the figure of a name given only after the
  amount, in a later clause of its sentence; it goes on with the company spoken of.
* **support received**: a company said to receive support («تلقت X منحة قيمتها»، «حصلت على
  منح بقيمة»، «بعد تلقيها دعما بنحو») receives it; only a state among the payers gives it.
* **groups and markets** name no one party: a group that spends, invests, holds or borrows
  («تنفق شركات التكنولوجيا») or the total of a market («حجم الاستثمارات في البنية التحتية»)
  has no payer or recipient of its own (a group fined still pays the authority that fines it) (:func:`_group_agent`, :func:`_market_total`), and
  its spending or investment that no one receives is ``other``; money a company invests in
  a country («في المملكة المتحدة») is the country's, in a region of one («في تكساس») spending (:func:`_invested_place`);
  a state's investment that names no company («تدخل قطر السباق باستثمار 20 مليار») is its own
  programme, not money into the company the article spoke of before; a state named before
  the amount investing in another country («استثمارات السعودية في الولايات المتحدة») invests in it.
* **no one's totals**: what a field adds to an economy («يسهم … في الناتج المحلي») and what
  companies counted but not named are worth («ستة من الشركات الناشئة … لكل منها») have no
  party; none is taken from the article.
* **subject**: the company the figure is about: the investor of an investment and the
  spender of spending, otherwise the recipient.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache

from analysis.extract.entities import _ARABIC, EntityMention, sectors
from analysis.extract.governments import _data as _government_data, economy_of, government_name, government_of
from analysis.extract.parties.context import _REPEAT, Context, _sentences_before
from analysis.extract.numbers import CLITICS
from analysis.extract.parties.cues import (
    _cues,
    _first_person,
    _group_cues,
    _group_members,
    _investment_totals,
    _many_companies,
    _market_cues,
    _phrases,
    _role_cues,
    _sector_descriptions,
    _spec,
    _speaking_bodies,
    _the_government,
    _in_the,
)
from analysis.extract.parties.agent import _relative_head
from analysis.extract.parties.marks import _SUBJECT_GAP, _listed, _named, _named_where
from analysis.extract.parties.ranker import rerank
from analysis.extract.parties.passes import (
    _JOINT_KINDS,
    _earlier_backers,
    _later_backers,
    _told_again,
    _headline,
    _pledged,
    _joint_payers,
    _lenders,
    _one_case,
    _gains_claimed,
    _named_backers,
    _respectively,
    _round_backers,
)
from analysis.extract.parties.payers import (
    _AGENT_IS,
    fine_said,
    _CARRIED,
    _NO_PAYER,
    _given_to,
    _refused,
    _subject_before,
    _subject_carried,
    holder,
    parties,
)
from analysis.extract.parties.role import (
    project_financed,
    stake_sale_at,
    _POINTER,
    _PRICED,
    _VALUED,
    _contribution,
    _into_field,
    _investor_pays,
    allocated_to,
    deal_valued,
    held_stake_worth,
    needed,
    role_of,
    said_listed,
    sector_total,
    support_received,
    valued_by_round,
)

_JOIN_REACH = 150


@cache
def _coordinated() -> re.Pattern:
    """What joins two amounts that are one measure of several parties or times: «و» alone,
    perhaps after a comma («90 مليار دولار و250 مليار دولار»), no word of its own, or after
    the first amount's adverbial of time («2.4 تريليون في العام السابق و10.4 تريليونات في
    الربع السابق»: the same measure in two periods)."""
    periods = _phrases(_spec()["periods"])
    return re.compile(rf"(?:[ \t]+(?:في|خلال)[ \t]+(?:ال)?(?:{periods})(?:[ \t]+[^\s\d٠-٩،,.]+)?)?[ \t]*[،,]?[ \t]*و[ \t]*")


_EXPECTED_REACH = 80  # an estimate's noun is looked for this far before its amount


def _estimate(ctx: Context, lo: int, start: int) -> bool:
    """Whether the amount at ``start`` is what an estimate comes to ('expectation': «متجاوزة
    توقعات المحللين البالغة»، «تقديرات الوكالة التي كانت تشير إلى»), the estimate's noun after
    ``lo`` and at most _EXPECTED_REACH characters before the amount, no cue of a role between
    the noun and the amount («لتقديرات قيمة الشركة البالغة»: a company's worth, estimated)."""
    m = _cues().expectation.search(ctx.text, max(lo, start - _EXPECTED_REACH), start)
    return m is not None and not any(m.start() < b and a < start for a, b, _, _ in ctx.cues(start))


_SELLER_GAP = 25  # the seller of shares is named this near before the verb of selling
_LEAD_REACH = 40  # a verb of leading governs an investment cue this near before it; «بقيادة» as near after the amount  # a phrase of taking part in a round is looked for this far before its amount


def _told_key(a: dict) -> tuple:
    """What makes a figure the same one told again: its value, upper value and currency (a
    value that is not a number, NaN, is equal to nothing, so it gets a key of its own)."""
    key = (a["value"], a.get("value_max"), a.get("currency"))
    return key if all(v == v for v in key) else (id(a),)


def assign(text: str, amounts: list[dict], entities: list[EntityMention] | None = None,
           sentences: list[tuple[int, int]] | None = None, tap: Callable | None = None) -> list[dict]:
    """Add ``role``, ``payer`` (names joined by «; »), ``payer_basis`` (``sentence``: named
    in the amount's sentence or one a rule ties it to; ``article``: guessed, the spender,
    investor or buyer the paragraph or article spoke of; ``model``: named by the learned
    fallback where the rules named none, :mod:`~analysis.extract.parties.ranker`),
    ``recipient``, ``recipient_basis`` (``sentence``: named in the amount's sentence;
    ``article``: the company the article named before, «الشركة»; ``model`` as for the
    payer) and ``subject`` to each amount (dicts with ``start``/``end`` in the normalized ``text``), in place.

    Args:
        text: normalized text.
        amounts: the amounts found in it, in order.
        entities: its entity mentions, if already found.
        sentences: its sentence spans, if already known.
        tap: training only (``benchmarks/train_parties.py``): called with the learned
            ranker's inputs instead of applying it (:func:`~analysis.extract.parties.ranker.rerank`).

    Returns:
        ``amounts``.
    """
    ctx = Context(text, entities, sentences)
    sector = sectors()
    cues = _cues()
    last_recipient = last_target = ""
    last_payer = ("", -2)  # the last spender, investor or buyer and its paragraph
    last_invested = ("", -1)  # the last company invested in and where its amount ends
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    paid_in: dict[tuple[int, int], set[str]] = {}  # per sentence: the payers of its amounts so far
    guessed: set[int] = set()  # amounts whose payer the sentence does not name
    projects: dict[int, str] = {}  # amounts whose guessed payer was a project
    totals: set[int] = set()  # where the amounts of a group or of a market start
    last_told: dict[tuple, dict] = {}  # the last amount with a cue, by value, upper value and currency
    for i, a in enumerate(amounts):
        role, cue = role_of(ctx, a["start"], a["end"])
        if role == "other" and cue is None and a.get("value"):
            # «… للاستثمار بمبلغ قدره 30 مليار دولار … أن الحد الأقصى للمبلغ يبلغ 30 مليار دولار»: a
            # figure said again with no word of its own in its sentence is the one told before
            # (the same value and currency, the last one with a cue).
            told = last_told.get(_told_key(a))
            told = told if told is not None and told["role"] != "other" else None
        else:
            told = None
        a["cue"] = cue
        if cue is not None and a.get("value"):
            last_told[_told_key(a)] = a
        announced = False  # a payer guessed for an amount announced by no one named
        prev = amounts[i - 1] if i else None
        # «… مليار دولار. وجاءت النتائج أعلى من توقعات المحللين البالغة»: an estimate of the last
        # figure told, in its sentence or the one before.
        expected = prev is not None and _estimate(ctx, prev["end"], a["start"])
        if expected and ctx.sentence(prev["start"]) != ctx.sentence(a["start"]):
            expected = ctx.sentence(prev["start"]) in _sentences_before(ctx, ctx.sentence(a["start"])[0], 1)
        if (prev is not None and (ctx.sentence(prev["start"]) == ctx.sentence(a["start"]) or expected)
                and (cues.comparison.search(text, max(prev["end"], a["start"] - 30), a["start"])
                     or expected)
                and not (role in _PRICED and cue and cue[0] >= prev["end"]
                         and not _role_cues().price.fullmatch(text, cue[0], cue[1]))):
            # «400 مليون، مقابل 20 مليونًا»، «متجاوزة توقعات المحللين البالغة 50 مليارا»: the same
            # measure, or its estimate (but «… بعد استحواذها على واتساب
            # مقابل 19 مليار»: a purchase named between is what the price pays for).
            role, cue = prev["role"], None
            compared = prev
        else:
            compared = None
            if (prev is not None and ctx.sentence(prev["start"]) == ctx.sentence(a["start"])
                    and _coordinated().fullmatch(text, prev["end"], a["start"])):
                # «تراجعت قيمها السوقية بنحو 90 مليار دولار و250 مليار دولار»: amounts joined by
                # «و» alone are the same measure of each party (grammar: coordination).
                role = prev["role"]
        clause, sent = ctx.clause(a["start"]), ctx.sentence(a["start"])
        nxt = ctx.clause(clause[1] + 1) if clause[1] < sent[1] else None
        bare = nxt is not None and nxt[0] > clause[0] and not any(
            nxt[0] <= b["start"] < nxt[1] for b in amounts[i + 1:i + 4])
        # «اتفاق ترخيص بقيمة 2.7 مليار أبرمته غوغل مع X»: a licence (its own cue) is paid for
        # like a contract: the agent pays, the licensor is paid. (A payment for a licence,
        # «دفعت جوجل … لشركة X لترخيص», has its payer and payee already.)
        licence = role == "other" and cue is not None and _role_cues().licence.match(text, cue[0])
        payers, recipient, pointer = parties(ctx, a["start"], a["end"], "spending" if licence else role, cue, bare)
        if (recipient and role in _EXAMPLE_ROLES and cue is not None and cue[1] <= a["start"]
                and any(w.endswith(_OWNED) for w in text[cue[0]:cue[1]].split())
                and not _named_within(ctx, a["start"], recipient, sent[0], clause[1])
                and _named_within(ctx, a["start"], recipient, clause[1], sent[1])):
            # «أنهت X جولة أوصلت قيمتها إلى 14 مليارا، … في تاريخ Y»، «قيمتها السوقية البالغة 150
            # مليارا ستضعها …، خلف شركة Y»: a worth owned by a pronoun points back at a company
            # named before it (grammar: the pronoun's antecedent comes first), never at a name
            # only after the amount in a later clause; it goes on with the company spoken of (below).
            recipient, pointer = "", True
        if role == "other" and cue is not None and (sector_total(ctx, a["start"], cue) or needed(ctx, a["start"])):
            # «سجل الاستثمار في قطاع مراكز البيانات … 61 مليار»: a sector's total has no payer and no
            # recipient (ANNOTATION.md, C5, C15), nor has what a market or a region needs («قد تحتاج شبكات
            # الألياف إلى استثمارات تبلغ»); the fallback names none either.
            payers, recipient, pointer = [], "", False
            a["payer_empty"] = a["recipient_empty"] = True
        valued = deal_valued(ctx, a["start"])[0] if role in ("acquisition", "valuation") else None
        if valued is not None:
            # «تقدر الصفقة شركة فالورا بنحو 4.2 مليار»، «الصفقة تقيم X بتريليون، وY بـ250 مليارا»:
            # the company the deal values (named last before the amount) is the one valued or
            # bought; it pays nothing (a buyer is the one the text spoke of, below).
            recipient, pointer = valued.name_en, False
            payers = [p for p in payers if p != valued.name_en]
        if role == "investment" and not recipient and cue is not None and _role_cues().allocate.fullmatch(text, *cue):
            given = allocated_to(ctx, a["end"])
            if given is not None and given.name_en not in payers:
                # «خصصت الوزارة 150 مليار ين لشركة X»: the company named after «لشركة» receives it.
                recipient, pointer = given.name_en, False
        if role in ("investment", "spending") and cue is not None and ctx.cue_role(a["start"], cue) == "investment":
            rc = _role_cues()
            # (Not «ب» + the investment: «تقود … باستثمارات» leads by means of investments; the
            # object of a verb of leading is accusative.)
            if rc.lead_verb.search(text, max(clause[0], cue[0] - _LEAD_REACH), cue[0]) and not (
                    text[cue[0] - 1] == "ب" or text[cue[0]] == "ب"):
                # «قادت مجموعة سيلفرلاين استثمارا قدره 70 مليون دولار في نوفاريس»: a led investment is a
                # round; its leader pays, the company invested in raises it.
                role = "raise"
            elif rc.led_after.search(text, a["end"], min(clause[1], a["end"] + _LEAD_REACH)):
                # «حصلت X على استثمار قدره 2.3 مليار دولار بقيادة صندوق Y»: a round X raises.
                role = "raise"
                payers, recipient, pointer = parties(ctx, a["start"], a["end"], role, cue, bare)
        financed = role == "raise" and cue is not None and project_financed(ctx, a["start"], a["end"], cue)
        if financed:
            # «اتفاق تمويل بقيمة 30 مليار دولار لتشييد مركز بيانات»: financing a facility is put
            # into the project by its investors (ANNOTATION.md, C14), no round; its parties stay
            # the raise's (the investors pay, the company financed receives; none is guessed).
            role = "investment"
            if not payers:
                a["payer_empty"] = True
        if (role == "raise" and recipient and cue is not None and sector.get(recipient, "") != "project"
                and cues.vehicle.search(text, clause[0], cue[0])):
            # «أعلنت X عن شراكة مع Y لجمع 30 مليار»، «تهدف الشراكة إلى جمع 30 مليارا»: the joint
            # body raises the money, not one of its members; none is named.
            recipient, pointer = "", False
            a["recipient_empty"] = True
        if role in _EXAMPLE_ROLES and recipient and _listed_several(ctx, a["start"], recipient) and not cues.respectively.search(text, *sent):
            # «فقدت شركات X وY وZ مجتمعة نحو 1.3 تريليون من قيمتها السوقية»: a figure told of names
            # listed together is the list's (or each one's, «على التوالي»: a pass pairs them), not
            # the one named last: none is named (wrong far more often than right on read text).
            recipient, pointer = "", False
            a["recipient_empty"] = True
        if role in _EXAMPLE_ROLES and recipient and _example(ctx, a["start"], recipient):
            # «قفزت مبيعات الرقائق التي تنتجها شركات مثل X وY إلى 300 مليار»: names given as
            # examples of a class («مثل»، «على غرار») are not whose figure it is; no one is guessed.
            recipient, pointer = "", False
            a["recipient_empty"] = True
        goal = False  # the money goes to a project the sentence names as its agent
        if role == "spending" and any(n.mark == "investee" for n in _named(ctx, a["start"], role)
                                      if clause[0] <= n.e.start < clause[1]):
            # «خصصت ملياري دولار لدعم xAI»: money set aside for a company is invested in it.
            role = "investment"
            payers, recipient, pointer = parties(ctx, a["start"], a["end"], role, cue, bare)
        if (role == "spending" and len(payers) == 1 and recipient and sector.get(payers[0], "") in cues.suppliers
                and sector.get(recipient, "") not in (*cues.suppliers, "project")):
            # «وقّعت أوراكل عقد حوسبة بـ12 مليار دولار مع OpenAI»: in a compute contract
            # the customer pays the supplier, whichever is the subject.
            payers, recipient = [recipient], payers[0]
        supplier = [p for p in payers if sector.get(p, "") in cues.suppliers] if (
            role == "spending" and not recipient and 1 <= len(payers) <= 2) else []
        if len(supplier) == 1:
            # A supplier's deal with one customer: the customer pays the supplier (ANNOTATION.md, C1),
            # whichever is the subject. The customer is the other company signing with it («أعلنت
            # شركتا X وإيه إم دي عن صفقة لشراء رقائق»، «أوراكل وX توقعان اتفاقية حوسبة»: the other
            # payer, else a name listed with the supplier), or, after a word of deal or contract
            # before the amount («أعلنت أوراكل عن صفقة بقيمة 300 مليار لتوفير بنية سحابية لشركة
            # X»), the one other company its sentence names, no supplier (_one_customer); not the
            # supplier's own capital spending, nor a fund set up with partners («لإطلاق صندوق بقيمة»).
            others = [p for p in payers if p != supplier[0]]
            if (not others and not (cue is not None and _role_cues().capital.search(text, max(sent[0], cue[0] - 4), a["start"]))
                    and not _role_cues().founded_fund.search(text, max(sent[0], a["start"] - 120), a["start"])
                    and cues.contract.search(text, max(sent[0], a["start"] - _CONTRACT_REACH), a["start"])):
                others = [o for o in [_one_customer(ctx, a["start"], supplier[0], paid_in.get(sent, set()))] if o]
            others = others or _partners(ctx, a["start"], supplier[0])
            if len(others) == 1 and sector.get(others[0], "") not in (*cues.suppliers, "project"):
                payers, recipient = others, supplier[0]
        customer = _customer(ctx, a["start"], clause) if role == "spending" and len(payers) == 1 else None
        if customer is not None and customer != payers[0]:
            # «ديل توشك على صفقة بـ7 مليارات دولار لتوريد خوادم لـ X»، «لتزويد شركة X بخوادم»:
            # in a supply deal the customer pays the supplier, the clause's agent.
            payers, recipient = [customer], payers[0]
        if (role == "spending" and not recipient and cue is not None and last_invested[0]
                and 0 <= a["start"] - last_invested[1] <= _INVESTED_REACH
                and _role_cues().act_of_investing.search(text, max(0, cue[0] - 3), cue[1])
                and not _role_cues().destination.search(text, a["end"], min(clause[1], a["end"] + _INVESTED_REACH // 5))):
            # «… لاستثمار 60 مليار دولار في أوبن إيه آي. وتجري مايكروسوفت محادثات لاستثمار
            # 10 مليارات»: an act of investing that names no destination goes on with the
            # investment in a company just told of, not a build-out of one's own.
            role = "investment"
            payers, _, _ = parties(ctx, a["start"], a["end"], role, cue, bare)
            payers = [p for p in payers if p != last_invested[0]]
            recipient, pointer = last_invested[0], False
        if (role == "investment" and not recipient and cues.facilities.search(text, *clause)
                and not _role_cues().venture.search(text, *clause)
                and not _investor_pays(ctx, a["start"], a["end"], role, cue)):
            role = "spending"  # into its own data centres or infrastructure, not a company or venture
        if role in ("investment", "spending") and payers and sector.get(payers[0], "") == "project":
            # «شبكة مراكز بيانات «ستارجيت» … مع استثمارات تزيد على 400 مليار»: a project is
            # where the money goes, never who pays it; its payers are only those the sentence
            # names (none is guessed). What it costs or is worth («الذي تبلغ تكلفته») stays spending.
            cost = cue is not None and (_role_cues().cost_any.search(text, *cue) or _VALUED.search(
                text, max(sent[0], a["start"] - 40), a["start"]))
            recipient = recipient or payers[0]
            payers, pointer = payers[1:], False
            role = "spending" if cost else "investment"
            goal = True
            if not payers:
                a["payer_empty"] = True  # none is guessed, by the fallback either
        if role in _AGENT_IS:
            fund = _fund_spoken_of(ctx, a["start"])
            if fund and fund != recipient:
                payers = [fund]  # «طرح الصندوق 40 مليار دولار»: the fund named before
        if compared is not None and not recipient and role in _NO_PAYER and not any(
                n.e.start >= compared["end"] and n.e.end <= a["end"] + 40 and not n.mark
                for n in _named(ctx, a["start"], role)):
            # «بلغ صافي الربح 18 مليار دولار، مقارنة بـ 14 مليارا قبل عام»: the same measure of
            # the same company, unless a name comes with the second figure.
            recipient, pointer = compared["recipient"], False
        # «تعاونت G42 مع Microsoft لإقامة مجمع خوادم كلفته 800 مليون دولار»: a partner
        # named with «مع» pays with the agent (below), it is no supplier receiving the money.
        partner = recipient and role in ("spending", "investment") and ctx.first_before(cues.joint, a["start"]) and any(
            n.mark == "supplier" and n.e.name_en == recipient for n in _named(ctx, a["start"], role))
        source = _state_source(ctx, a["end"], clause[1]) if role in ("spending", "investment") and cue is not None \
            and ctx.cue_role(a["start"], cue) == "investment" else None
        if source is not None:
            # «وعود باستثمار 300 مليار دولار من عُمان»: the state an investment comes
            # from («من», right after the amount) pays it; it is no supplier, and no state named
            # before as a source («… من قطر و300 مليار من الكويت») receives it.
            role, payers, pointer = "investment", [source], False
            recipient = "" if recipient == source or recipient.startswith("Government of") and not any(
                n.mark == "investee" and n.e.name_en == recipient for n in _named(ctx, a["start"], role)) else recipient
        states = {p.removeprefix("Government of ") for p in payers if _is_state(p)}
        if role in ("spending", "investment") and (not recipient or partner) and cue is not None and (
                not states or any(e.name_en in payers and sent[0] <= e.start and e.end <= a["start"]
                                  for e in ctx.entities(a["start"]))):
            # (A state pays: only named before the amount, investing in another country, below.)
            place, country = _invested_place(ctx, a["end"], _purpose_end(ctx, a["end"], clause, sent), cue, a["start"])
            if states and not (country and place.removeprefix("Government of ") not in states):
                pass  # «تستثمر قطر في قطر»: a state's own programme at home (below)
            elif country:
                # «تعهدت مايكروسوفت بضخ 12 مليار دولار في المملكة المتحدة»: money a company
                # invests in a country is an investment the country receives, not its own build-out;
                # so is a state's in another one («زيادة استثمارات السعودية في الولايات المتحدة»).
                role, recipient, pointer = "investment", place, False
            elif place:
                # «ستستثمر غوغل 40 مليار دولار في تكساس»: a region, state or city of a country is
                # where the money is spent (ANNOTATION.md, the pledge rule), and no pledge of the
                # company to a country takes it in (passes._pledged).
                a["placed"] = True
                if role == "investment":
                    role, pointer = "spending", False
        if role == "spending" and recipient and cue is not None and _role_cues().capital.search(text, max(clause[0], cue[0] - 4), a["start"]):
            # «ارتفاع نفقات جوجل الرأسمالية بنحو 10 مليارات»: capital spending is the
            # spender's own build-out, paid to no supplier (ANNOTATION.md, C1).
            recipient, pointer = "", False
        sale = stake_sale_at(ctx, a["start"]) if role == "investment" else None
        if sale is not None:
            # «أعلنت X بيع حصتها في Y مقابل»: the holder who sells receives the price; it pays
            # nothing (ANNOTATION.md, C12: the payers are the buyers, if named).
            sellers = {e.name_en for e in ctx.entities(a["start"]) if sent[0] <= e.start < sale[0]}
            payers = [p for p in payers if p not in sellers]
            if not sale[2]:
                # «يعتزم موظفو شركة X بيع أسهم بقيمة»، «باع صندوق Y أكثر من 500 ألف سهم من X»: shares not
                # said to be the seller's own are those of the company named right after them («من / في
                # X»), else of the company the sentence speaks of (as for a
                # figure said of it: ANNOTATION.md, C12, C17); not the seller named right before the verb
                # (the employer of those who sell, «موظفو شركة X», is no seller).
                staff = [e.name_en for e in ctx.entities(a["start"]) if sent[0] <= e.start and e.end <= sale[0]
                         and e.kind in ("org", "fund") and _role_cues().staff_of.search(text, max(sent[0], e.start - _SELLER_GAP), e.start)]
                seller = set() if _role_cues().sale_noun.match(text, sale[0]) else {
                    e.name_en for e in ctx.entities(a["start"]) if sale[0] - _SELLER_GAP <= e.end <= sale[0]
                    or sale[0] <= e.start and e.end <= sale[1]} - set(staff)  # «X باع» or «باع X … سهم»
                _, spoken, pointer = parties(ctx, a["start"], a["end"], "other", cue, bare)
                sold_of = next((e.name_en for e in ctx.entities(a["start"]) if e.start >= sale[1] and e.kind in ("org", "fund")
                                and e.start < sent[1] and _role_cues().shares_of.match(text, sale[1], e.start)), "")
                spoken = sold_of or spoken or (staff[-1] if staff else "")
                recipient = spoken if spoken not in seller else ""
                a["recipient_basis"] = "sentence" if recipient else ""
                if not recipient and pointer:
                    # «بعد السماح ببيع أسهم قيمتها 3 مليارات»: no company named, the one spoken of
                    # (not an investor the sentence names: a buyer).
                    buyers = [n.e.name_en for n in _named(ctx, a["start"], role) if n.mark == "investor"]
                    recipient = ctx.main({*payers, *seller, *buyers}) or ctx.topic(a["start"], [*payers, *seller, *buyers])
                    a["recipient_basis"] = "article" if recipient else ""
                pointer = False
                # The buyers pay: only investors named as such («بمشاركة X»); a name after the sale is
                # no buyer by itself. None is guessed.
                investors = {n.e.name_en for n in _named(ctx, a["start"], role) if n.mark == "investor" and n.e.start >= sale[1]}
                payers = [p for p in payers if p in investors]
                if not payers:
                    a["payer_empty"] = True
            elif not recipient or recipient in sellers:
                # Nor does it receive as the company sold into: that is the one whose shares
                # are sold («حصته في الشركة»), named after the sale or left unsaid (not guessed).
                recipient, pointer = "", False
                a["recipient_empty"] = True
        held = holder(ctx, a["start"], a["end"])
        if held is not None:
            # What a fund or a person owns changes no hands: it has a holder, no payer.
            payers, recipient, pointer = [], held, False
            a["payer_empty"] = True
        elif role == "other" and held_stake_worth(ctx, a["start"]):
            # «يمتلك حصة 40% في شركة X، بقيمة تقارب»: what a stake held is worth is paid by no one.
            payers = []
            a["payer_empty"] = True
        # «متجاوزة توقعات المستثمرين البالغة»: those who estimate own no part of the figure.
        estimate = compared is not None and expected
        group = held is None and not estimate and _group_agent(ctx, a["start"], role)
        market = held is None and not group and (_market_total(ctx, a["start"], role) or (
            compared is not None and compared["start"] in totals) or (
            role == "other" and _contribution(ctx, a["start"])))
        if market and (role in ("valuation", "market_value") or role == "revenue" and not (
                cue is not None and _market_cues()[0].regex.match(text, cue[0]))):
            # «سوق مراكز البيانات … تصل قيمته إلى»، «يتجاوز سوق الخدمات القانونية تريليون دولار من
            # الإيرادات»: what a market is worth or takes in (ANNOTATION.md, C5); not a company's
            # turnover whose own cue is the head («حجم الأعمال المتراكمة»).
            role = "other"
        group = group or market
        if group:
            # «تنفق شركات التكنولوجيا نحو 660 مليار»: a group spends, invests, holds or
            # borrows; no one of it (nor a name from elsewhere) is that party.
            if _AGENT_IS.get(role) == "payer":
                payers = []
                members = _members_named(ctx, a["start"]) if role in ("spending", "investment") and not market else []
                if members and not recipient:
                    payers = members  # «أنفق عمالقة التكنولوجيا 400 مليار» after they are named: theirs (C24)
                elif role in ("spending", "investment") and not recipient:
                    # «تنفق شركات التكنولوجيا نحو 660 مليار دولار على الذكاء الاصطناعي»: a group's or
                    # a market's total, no spender named and no one receiving it (ANNOTATION.md, C5);
                    # the big companies' that the article names keep their role (C24).
                    role, pointer = "other", False
            elif role not in ("damages",) and not (role == "other" and recipient and fine_said(ctx, a["start"])):
                # (A group fined, «على شركة X والشركة الأم Y وشركتين فرعيتين», pays the fine to the
                # authority that imposes it: that one receives it still.)
                recipient, pointer = "", False
                if role in ("raise", "debt") and not payers:
                    # «جمعت الشركات الناشئة في المنطقة 300 مليون دولار»: the rounds (or the bonds) of a
                    # class of companies summed, no one named who pays: other (ANNOTATION.md, C15).
                    role = "other"
            totals.add(a["start"])
            # (A convention, not a gap: the learned fallback of ranker.py fills neither party.)
            a["payer_empty"] = a["recipient_empty"] = True
            if payers:
                a["payer_empty"] = False
        if role == "other" and cue is None and not recipient and not pointer:
            # A figure with no word of its role that no clause speaks of as a company's
            # («… الذي تقوده الشركة إن السوق قد تبلغ»: «الشركة» deep in a relative clause) is no
            # one's: the learned fallback (ranker.py) names no one either.
            a["recipient_empty"] = True
        a["recipient_basis"] = "sentence" if recipient else ""
        if not recipient and pointer and role in ("bid", "acquisition"):
            # «للاستحواذ عليها»: the company bid for before; the one named last only when the
            # clause calls it «الشركة / المجموعة» («وافقت على شراء الشركة مقابل…»), not the
            # nearest name of a clause that names no target.
            recipient = last_target or (ctx.topic(a["start"], payers) if _role_cues().subject_anaphora.search(
                text, *clause) else _bought_before(ctx, a["start"], payers))
            recipient = recipient if recipient not in payers else ""
        # Amounts come in order: the one before, if in this sentence, ends where the partnership may start.
        since = max(sent[0], prev["end"]) if prev is not None and sent[0] <= prev["start"] else sent[0]
        joint = cues.joint.search(text, since, a["start"]) if role in ("investment", "spending") else None
        if joint and payers:
            # «بدأت بروكفيلد العمل مع جهاز قطر على مشروع مشترك بقيمة…»: the partners named
            # with «مع» pay together with the agent (a partnership said since the amount before).
            named = _named(ctx, a["start"], role)
            partners = [n.e.name_en for n in named if n.mark == "supplier"
                        and since <= n.e.start and n.e.end <= a["start"] and n.e.name_en not in payers]
            persons = {n.e.name_en for n in named if n.e.kind == "person"}
            if partners and payers[0] in persons:
                # «أطلق ترامب مبادرة بالشراكة مع OpenAI وسوفت بنك لاستثمار…»: the one who
                # launches a partnership with companies is not one of its investors.
                payers = payers[1:]
            payers = payers + list(dict.fromkeys(partners))
            recipient = "" if recipient in partners else recipient
        join = (cues.joins_round.search(text, max(sent[0], a["start"] - _JOIN_REACH), a["start"])
                if role == "raise" and not payers else None)
        if join:
            # «… دخولها كمستثمر في شركة أنثروبيك، في إطار جولة بلغت قيمتها 13 مليار»، «شارك
            # مؤخرا في جولة جمعت 13 مليار»: the one taking part in the round backs it: the
            # sentence's subject before the phrase, else the investor the text spoke of last.
            named = _named(ctx, a["start"], role)
            subject = [n.e.name_en for n in named if sent[0] <= n.e.start and n.e.end <= join.start() and not n.mark]
            invested = next((n.e.name_en for n in named if n.mark == "investee" and n.e.end <= a["start"]
                             and n.e.name_en not in subject[:1]), "")
            if (not invested and subject and prev is not None and prev["role"] == "investment"
                    and ctx.clause(prev["start"]) == clause and subject[0] in prev["payer"]):
                # «ستضخ ASML 1.5 مليار دولار ضمن جولة بقيمة ملياري دولار»: the subject's investment
                # told right before in the clause goes into the round: its company raises it.
                invested = prev["recipient"] if prev["recipient"] != subject[0] else ""
            if subject and subject[0] == recipient and invested:
                recipient = invested  # «دخولها كمستثمر في شركة أنثروبيك»: the subject backs the one invested in
                pointer = False
            backer = next((x for x in subject if x != recipient), "") or (
                last_payer[0] if last_payer[0] != recipient else "")
            if backer:
                payers = [backer]
        led = (cues.led_by_it.search(text, max(sent[0], a["start"] - _JOIN_REACH), a["start"])
               if role == "raise" and not payers else None)
        if led:
            # «قادت المجموعة جولة بـ400 مليون دولار في شركة X مع شركة Y»: the company
            # spoken of leads (the investor before, else the article's company), and those
            # named with «مع» in the clause take part with it.
            lead = (last_payer[0] if last_payer[0] != recipient else "") or ctx.main({recipient} - {""})
            partners = [n.e.name_en for n in _named(ctx, a["start"], role) if n.mark == "supplier"
                        and clause[0] <= n.e.start < clause[1] and n.e.name_en not in (lead, recipient)]
            payers = list(dict.fromkeys([lead, *partners])) if lead else partners
        pair = ctx.first_before(cues.pair, a["start"]) if role in _AGENT_IS else None
        if pair and len(payers) < 2 and held is None:
            # «سيستثمر الطرفان…», «أن تنفق الشركتان…»: the two companies named last.
            two = ctx.last_two(pair.start(), {recipient} - {""})
            payers = two if len(two) == 2 else payers
        trio = ctx.first_before(cues.trio, a["start"]) if role in _AGENT_IS else None
        if trio and len(payers) < 3 and held is None:
            three = ctx.last_two(trio.start(), {recipient} - {""}, n=3)  # «الشركات الثلاث»
            payers = three if len(three) == 3 else payers
        sold = (role in ("acquisition", "bid") and cue is not None and _role_cues().stake_sale.fullmatch(text, *cue)) or (
            sale is not None and role == "investment")  # «بيع حصتها في Y»: the holder sells (C12)
        if sold and not payers:
            a["payer_empty"] = True  # the seller spoken of is paid: no payer to guess for a sale
        refused = not sold and not payers and role in ("acquisition", "bid") and _refused(ctx, a["start"], a["end"], role) is not None
        if refused:
            # «رفضت سارة ليند عرضا قيمته 4 مليارات من X»: an offer refused names its offerer (a
            # company) or leaves him unsaid on purpose (a person may offer for the company he
            # heads); the one the article speaks of is the one who refuses, who pays nothing.
            a["payer_empty"] = True
        if not payers and role in _AGENT_IS and held is None and not goal and not group and not sold and not refused and not financed:
            # «ستنفق الشركة…», «كما سيتم تخصيص…»: a spender, investor or buyer the clause
            # does not name is the one the paragraph or article is speaking of: the subject
            # the sentence before opens with, else the last one named in the paragraph, else
            # the company (or buyer) the article is about. Not for a sale («وافقت الشركة على
            # بيع أراض لـ X مقابل»، «بيع أسهمه»): the one spoken of is the seller, who is paid.
            line = text.rfind("\n", 0, a["start"])
            payer = (_subject_carried(ctx, sent[0], line, role, {recipient} - {""})
                     or (last_payer[0] if last_payer[1] == line else "")
                     or ctx.main({recipient} - {""}, persons=role in ("bid", "acquisition")))
            if payer in _speaking_bodies():
                # «أعلن البيت الأبيض عن…»، «قال حزب العمال إن…»: a head of state's office, a
                # parliament or a party speaks of money that the state or others pay; it is not
                # guessed as the payer (C11: the state pays, as its country).
                payer = ""
            if payer and _first_person().search(text, sent[0], a["start"]):
                # «قال براد سميث: «نحن نستثمر 10 مليارات»»، «وسننفق 50 مليارا»: the one quoting
                # himself pays (his organization), not the company the article spoke of.
                payer = ""
            if role in ("spending", "investment") and not (payer and _is_state(payer)) \
                    and _the_government().search(text, clause[0], a["start"]):
                # «قال إن حكومته ستنفق 5 تريليونات»، «ستخصص الحكومة ملياري دولار لبرنامج»: «الحكومة»
                # with no country of its own is the government of the country spoken of last
                # (grammar: the definite noun points back to it), not a company guessed; none
                # named: no payer. A state guessed already stays as it is.
                payer = _country_spoken_of(ctx, sent[0], a["start"])
            if payer and payer not in sector and _ARABIC.search(payer):
                # A name not in the gazetteer that was read only from Arabic words around it
                # («مديرية …»، «محكمة …»، a byline) is too uncertain to be guessed as a payer
                # the sentence does not name: no payer beats a wrong one.
                payer = ""
            if payer and _is_state(payer) and _investment_totals().search(
                    text, max(clause[0], a["start"] - _TOTAL_REACH), a["start"]):
                # «شهد العام استثمارات ضخمة بلغت 3 مليارات»، «تقدر قيمة الاستثمارات بنحو»: a total
                # of investments no one is said to make; the state spoken of receives or hosts
                # them, it is not guessed as their payer.
                payer = ""
            if payer and _is_state(payer) and _role_cues().subject_anaphora.search(text, clause[0], a["start"]):
                # «وكانت الشركة قد كشفت خططا لضخ 4 مليارات»: «الشركة» (a company
                # word) is the clause's agent; a state spoken of before is not what it points to.
                payer = ""
            if payer and any(n.e.name_en == payer and n.mark in ("target", "investee")
                             and sent[0] <= n.e.start < a["start"] for n in _named(ctx, a["start"], role)):
                # «تقدم بعرض لشراء شركة X، وقال إنه سيدفع 97 مليارا»: the company the sentence
                # names as bought or invested in («لشراء / على / في X») is the one paid, never
                # the payer guessed for it (grammar: the object of the purchase does not pay).
                payer = ""
            payers = [payer] if payer and payer != recipient else []
            a["payer_guess"] = list(payers)
            if not payers:
                a["payer_empty"] = True  # a guess refused on purpose: no payer beats a wrong one
            # «تم الإعلان عن مشروع … بتكلفة 2 مليار»: announced by no one named, paid by no one
            # said: the guess may still tell the role (a state's programme), but is not given.
            announced = bool(payers) and ctx.first_before(cues.announced_unsaid, a["start"]) is not None
            if payer and sector.get(payer, "") == "project":
                # «رغم الوعود بضخ 100 مليار دولار، لم ينجز المشروع…»: a project pays nothing;
                # its partners, if the article names them paying for it, do (see below).
                payers, projects[i] = [], payer
                a["payer_empty"] = True
            guessed.add(i)
        if role in ("spending", "investment") and not recipient and _forecast(ctx, a["start"]):
            # «توقعت وكالة موديز تدفق 3 تريليونات دولار إلى مراكز البيانات»، «من المتوقع إنفاق
            # نحو 5 تريليونات»: who forecasts a market's spending does not spend it, and a
            # total that no one spends or receives is a market's (ANNOTATION.md, C5).
            kept = [p for p in payers if sector.get(p, "") not in cues.forecasters]
            if not kept and (payers or not _role_cues().subject_anaphora.search(text, clause[0], a["start"])):
                # («تتوقع الشركة إنفاقا رأسماليا يصل إلى»: the company spoken of spends it.)
                role, pointer = "other", False
                a["payer_empty"] = a["recipient_empty"] = True
            payers = kept
        if role in ("spending", "investment") and payers and any(sector.get(p, "") in cues.reporters for p in payers) and (
                role == "spending" or (not recipient and not any(
                    cues.anaphora.match(text, m.end()) for m in _POINTER.finditer(text, *clause)))):
            # «كشف تقرير صادر عن بنك X أن العالم يتجه نحو إنفاق 3 تريليونات»: a bank, research
            # firm, outlet or exchange reports on others' spending, and on investment that no
            # company receives, never pays it (it may invest in a company: «استثمر بنك X في
            # الشركة»); with no one left to pay or receive it the total is a market's
            # (ANNOTATION.md, C5).
            payers = [p for p in payers if sector.get(p, "") not in cues.reporters]
            if "payer_guess" in a:
                a["payer_guess"] = list(payers)
            if not payers and not recipient:
                role, pointer = "other", False
                a["payer_empty"] = a["recipient_empty"] = True
        if not recipient and pointer and role == "investment" and payers and _payer_relative(ctx, a["start"], role, payers):
            # «تعمل نوفاريس مع مايكروسوفت، التي استثمرت فيها ملياري دولار»: an
            # investor told of in a relative clause invests in the one other company its
            # sentence names. Not one who pays another amount of the sentence («تتولى X توفير
            # 26 مليارا …، في حين تضخ Y 3 مليارات»: X is Y's co-financier).
            paying = paid_in.get(sent, set())
            others = {n.e.name_en for n in _named_where(
                ctx, a["start"], role, "other company",
                lambda n: n.mark in ("", "investee", "supplier") and not n.lead and n.e.kind != "person")}
            others -= {*payers, *paying}
            recipient = others.pop() if len(others) == 1 else ""
            a["recipient_basis"] = "sentence" if recipient else ""
            if not recipient:
                a["recipient_empty"] = True  # not one other company: none (the fallback guesses none)
        if (not recipient and pointer and role == "investment" and len(payers) >= 2
                and _partnership_said(ctx, a["start"])
                and not any(cues.anaphora.match(text, m.end()) for m in _POINTER.finditer(text, *clause))):
            # «أعلنت X وY عن شراكة … باستثمارات تصل إلى 20 مليار»: partners who invest together
            # in a joint undertaking put the money into it, not into the company the article
            # spoke of before (unless the clause points back at one: «في الشركة / فيها»).
            pointer = False
        if pointer and role == "investment" and payers and all(map(_is_state, payers)) and not any(
                cues.anaphora.match(text, m.end()) for m in _POINTER.finditer(text, *clause)):
            # «قطر تطلق برنامجا باستثمار 7 مليارات دولار»: a state's investment that
            # names no company is its programme (below), not money into the company spoken of
            # before, unless the clause points back at one («في الشركة»).
            pointer = False
        if pointer and role in ("valuation", "market_value") and _many_counted(ctx, a["start"]):
            # «تم تقييم أربع من الشركات الناشئة … بقيمة تفوق ملياري دولار لكل منها»: what counted
            # companies, none named, are worth is no one company's the article spoke of.
            pointer = False
            a["recipient_empty"] = True
        if not recipient and pointer and role not in ("bid", "acquisition"):
            recipient = last_recipient if last_recipient not in payers else ""
            if role in _CARRIED and _is_state(recipient):
                recipient = ""  # a country invested in is no company whose revenue or worth «الشركة» tells
            # An investment whose clause names no company to receive it and does not point back at
            # one («ستستثمر X 5 مليارات»: no «في الشركة / فيها»، no «ويهدف المشروع … باستثمار») goes
            # on with the company just told of as receiving money, or goes to none: the subject of
            # the sentence before and the article's company are no receivers it speaks of.
            unsaid = role in ("investment", "spending") and not any(
                cues.anaphora.match(text, m.end()) for m in _POINTER.finditer(text, *clause)) and not (
                ctx.per_sentence(a["start"], "project word", lambda: cues.project_anaphora.search(text, *sent)))
            if not recipient and unsaid:
                # «أعلنت أنثروبيك عن جولة جديدة. وقال التقرير إن أمازون تجري محادثات لاستثمار 8
                # مليارات»: money put in right after a round is told of goes into that round.
                recipient = ctx.per_sentence(a["start"], "round before", lambda: _round_told_before(ctx, sent[0]))
                recipient = recipient if recipient not in payers else ""
                if not recipient:
                    a["recipient_empty"] = True  # goes to none (above); the fallback guesses none either
            if not recipient and not unsaid:
                # Not an investor of the sentence: «تقودها سوفت بنك، وتقدر قيمة الشركة…».
                backers = [n.e.name_en for n in _named_where(ctx, a["start"], role, "backers",
                                                             lambda n: n.mark in ("investor", "backer") or n.lead)]
                if not any(e.kind in ("org", "fund") and e.end <= a["start"] for e in ctx.entities(a["start"])):
                    # A sentence naming no one before the figure goes on speaking of the subject of
                    # the sentence before («أعلنت ميتا … عبر فيسبوك وواتساب. وارتفعت الإيرادات…»:
                    # Meta), not of the name it gave last.
                    spoken = _subject_before(ctx, sent[0])
                    recipient = spoken if spoken not in (*payers, *backers) else ""
                # «الشركة» before any company is named: the one the article is about (named later).
                # The company named last only for a company's own figure (what it takes in, is
                # worth, loses or borrows), money the clause says goes «في الشركة / المشروع», or a
                # figure said to be a company's; a round, a market value or another figure of a
                # sentence that names no company is not the nearest name's.
                said = _speaks_of_company(ctx, a["start"], cue) or (
                    role == "other" and cue is not None and cues.earnings.fullmatch(ctx.cue_words(cue)) is not None)
                # (a company's earnings, «حقق قطاع الرقائق أرباحا بلغت …», are its own, like its revenue)
                recipient = recipient or (ctx.topic(a["start"], [*payers, *backers]) if said or role in _SPOKEN_OF else "")
                main = "" if recipient else ctx.main({*payers, *backers})
                if not recipient and not said and role not in (*_SPOKEN_OF, "investment", "spending"):
                    a["recipient_empty"] = True  # a figure said to be no company's is not the nearest name's
                if main and (role in ("investment", "spending") or _is_state(main)
                             or said):
                    # The article's company, when the figure is said to be a company's: «الشركة»,
                    # «إيراداتها» (not «مبيعات الرقائق»: a market's; not «تمويل إضافي»: no one's);
                    # the state the article speaks of gives the funding it tells of (below).
                    recipient = main
            a["recipient_basis"] = "article" if recipient else ""
        drawn = _role_cues().attract.search(text, max(sent[0], cue[0] - _ATTRACT_REACH), cue[1]) if (
            role == "raise" and cue is not None) else None
        if drawn is not None and recipient and _is_state(recipient):
            # «جذبت الهند استثمارات بقيمة 50 مليار دولار من شركات …»، «فرنسا ستجذب 109 مليارات»: a
            # state draws in an investment (no round): the investors named pay, the state receives.
            role = "investment"
        if role == "raise" and recipient and _is_state(recipient) and not payers:
            # «أطلق الاتحاد الأوروبي مبادرة ستوفر تمويلا بقيمة 50 مليار يورو»، «أعلنت الحكومة
            # عن دعم بقيمة»: a state raises no round; the funding it gives is its spending, the
            # company it goes to («لشركة إنتل») the recipient.
            given = _given_to(_named(ctx, a["start"], "spending"), ctx, a["start"], a["end"])
            if a["recipient_basis"] == "article":
                a["payer_guess"] = [recipient]  # the state the article spoke of: a guess
            role, payers = "spending", [recipient]
            recipient = given.e.name_en if given is not None else ""
            a["recipient_basis"] = "sentence" if recipient else ""
        if role == "spending" and payers and cue is not None and _role_cues().obtain.fullmatch(text, *cue):
            # «ستحصل المجموعة على 400 مليون من قيمة المنحة»، «قد تتلقى الوحدة
            # 90 مليون دولار على شكل منح»: the subject of a verb of receiving receives the grant; only
            # a state named with it gives it.
            recipient = recipient or next((p for p in payers if not _is_state(p)), "")
            payers = [p for p in payers if _is_state(p) and p != recipient]
            a["recipient_basis"] = "sentence" if recipient else ""
        if role == "spending" and recipient and not payers and _role_cues().grant_after.match(text, a["end"]) and any(
                n.mark == "supplier" and n.e.name_en == recipient and n.e.start >= a["end"] for n in _named(ctx, a["start"], role)):
            # «3 مليارات جنيه كإعانات من صندوق الدولة»: the one a grant comes «من» gives it.
            payers, recipient = [recipient], ""
            a["recipient_basis"] = ""
        if role == "spending" and cue is not None and _role_cues().staff_grant.fullmatch(text, *cue):
            # «أمريكا تمنح شركة X 1.5 مليار دولار»، «منح X مبلغ 6.6 مليار»: the first object of a
            # verb of granting (named right after it) receives; it pays nothing.
            granted = next((e for e in ctx.entities(a["start"]) if e.kind in ("org", "fund") and cue[1] <= e.start
                            and e.end <= a["start"] and _SUBJECT_GAP.match(text[cue[1]:e.start])), None)
            if granted is not None:
                recipient, pointer = granted.name_en, False
                payers = [p for p in payers if p != recipient]
                a["recipient_basis"] = "sentence"
        if (role == "spending" and recipient and _is_state(recipient) and not any(map(_is_state, payers))
                and cue is not None and _role_cues().grants.search(text, *cue)):
            # «حصلت الشركة على حوافز بقيمة 2 مليار دولار من الحكومة الهندية»: a state gives a
            # grant, subsidy or incentive; the one who gets it receives it.
            payers, recipient = [recipient], (payers[0] if payers else "")
            a["recipient_basis"] = "sentence" if recipient else ""
        if role == "spending" and not recipient and payers and support_received(ctx, a["start"]):
            # «تلقت إنتل منحة منفصلة قيمتها 3 مليارات»، «حصلت الشركة على منح بقيمة»: the one who
            # receives support is its recipient (grammar: the subject of a verb of receiving);
            # a state among the payers gives it (ANNOTATION.md, C4, C20), no one else is guessed.
            agents = [p for p in payers if not _is_state(p)]
            if agents:
                payers, recipient = [p for p in payers if _is_state(p)], agents[0]
                a["recipient_basis"] = "sentence"
        if role == "spending" and not recipient and payers and all(map(_is_state, payers)):
            # «أعلنت وزارة التجارة عن منحة بقيمة 1.5 مليار دولار لشركة X»: what a state spends
            # on a company named right after the amount goes to that company.
            given = _given_to(_named(ctx, a["start"], role), ctx, a["start"], a["end"])
            if given is not None and given.e.name_en not in payers:
                recipient = given.e.name_en
                a["recipient_basis"] = "sentence"
        if role == "investment" and not recipient and held is None and source is None and not _role_cues().venture.search(text, *clause) \
                and not any(sector.get(p, "") in _role_cues().investors for p in payers) \
                and not _role_cues().into_companies.search(text, a["end"], clause[1]) and (
                _into_field(ctx, a["end"]) or (payers and all(_is_state(p) for p in payers))):
            # «باكستان تضخ 300 مليون دولار في الذكاء الاصطناعي»، «ستستثمر شاومي 200 مليار يوان
            # في البحث والتطوير»: money put into a field, or a state's programme, that goes into
            # no company, project, fund or country is the payer's own spending (an investor's, a
            # fund's or a bank's, stays an investment).
            role = "spending"
        if role == "investment" and not recipient and held is None and len(payers) >= 3 \
                and not _partnership_said(ctx, a["start"]) and not ctx.per_sentence(
                    a["start"], "venture", lambda: bool(_role_cues().venture.search(text, *sent))):
            # «قالت إنتل وأوراكل وآبل إنها ستستثمر 310 مليارات»: the summed capital spending of
            # named companies that no one receives (no venture, partnership or coalition of
            # theirs said: «شكلت X وY وZ ائتلافا») is their spending (ANNOTATION.md, C5).
            role = "spending"
        if role == "market_value" and sector.get(recipient, "") in cues.private and not said_listed(ctx, a["start"]):
            # A company known not to be listed (a private AI lab; its name found in the article
            # if not in the sentence), and the text does not say it is listed: its "market
            # value" is a valuation. Of any other company the words of the stock market
            # («قيمتها السوقية») are taken as written.
            role = "valuation"
        elif role == "valuation" and cue and (sector.get(recipient, "") in cues.listed or said_listed(ctx, a["start"])) and not ctx.cue_strong(
                a["start"], cue) and not valued_by_round(ctx, a["start"], cue):
            # «ووصلت إلى 3 تريليونات … قيمتها»: what a listed company is worth, said without
            # a word of valuing («تقييم»: a round's, also of a startup of a listed sector), is its market value.
            role = "market_value"
        if role in ("valuation", "market_value", "revenue"):
            described = _described_company(ctx, a["start"])
            if described:
                # «قُدّرت قيمة سبيس إكس بتريليون، وقيمة شركة الذكاء الاصطناعي بـ250 مليارا»: the
                # company called by its trade is the one of that trade its sentence names.
                recipient = described
                a["recipient_basis"] = "sentence"
        if role in ("spending", "investment") and len(payers) == 1 and held is None:
            founder = _founder(ctx, a["start"], payers[0])
            if founder is not None:
                # «تعتزم الدولة إطلاق مشروع جديد يحمل اسم “X”، باستثمار يبلغ 5 مليارات»،
                # «أطلق الاتحاد الأوروبي مبادرة “X” التي ستوفر تمويلا بقيمة»، «ضخ الصندوق 10 مليارات
                # لتأسيس شركة X»: what is being founded does not pay for itself; its founder does
                # (ANNOTATION.md, C3), or no one the sentence names.
                payers = [founder] if founder and founder != recipient else []
                if not payers:
                    a["payer_empty"] = True
        if told is not None and role == "other":
            # The figure told before is the same money: its role; its parties are those its own
            # sentence names (none guessed: a figure said again names none of its own).
            role = told["role"]
            if not payers:
                a["payer_empty"] = True
            if not recipient:
                a["recipient_empty"] = True
        if announced and payers == a.get("payer_guess"):
            payers = []
        if role in ("bid", "acquisition") and len(payers) == 1:
            employer = _officer_of(ctx, a["start"], role, payers[0])
            if employer and employer != recipient:
                # «عرض مارك زوكربيرغ، الرئيس التنفيذي لشركة ميتا، شراء الشركة مقابل…»: an officer
                # named with his title («الرئيس التنفيذي لـ X») buys for the company he heads.
                payers = [employer]
        if role in ("spending", "investment") and payers:
            converted = _CONVERTED.match(text, a["end"])
            after = converted.end() if converted else a["end"]
            given = _given_to(_named(ctx, a["start"], role), ctx, a["start"], after)
            if given is not None and given.mark != "investee" and not _BENEFICIARY.fullmatch(text, after, given.e.start):
                given = None  # «صفقة بـ3 مليارات لتوريد خوادم لشركة X»: «لـ» of the goods, X the customer
            if given is not None and (given.e.name_en in payers or not recipient):
                # «تخصيص 3 مليارات دولار (…) لشركة X»، «خصصت Y ملياري دولار لشركة X»: the company
                # named right after the amount with the «لـ» of the one it goes to receives it; it
                # is never the one who pays (grammar: the beneficiary's «لـ / لصالح»).
                payers = [p for p in payers if p != given.e.name_en]
                if not recipient:
                    recipient = given.e.name_en
                    a["recipient_basis"] = "sentence"
        if recipient and a["recipient_basis"] == "article" and recipient in _speaking_bodies():
            # «… أعلن ولي العهد عن زيادة الاستثمار» in an article that opens with the White House:
            # an office, a parliament or a party that speaks of money is not guessed to receive it.
            recipient = ""
            a["recipient_basis"] = ""
        if recipient and sector.get(recipient, "") in cues.never_receive:
            # «أدار بنك X ترتيبات التمويل»، «قدّر بنك X خسائر الشركة»، «الطرح في بورصة X»: a bank,
            # an exchange or a research firm arranges, lends, lists or analyses the money; it
            # is never the one who receives it (money_roles.json, parties.never_receive).
            recipient = ""
            a["recipient_basis"] = ""
        a["role"], a["payer"], a["recipient"] = role, payers, recipient
        if role in ("valuation", "market_value", "revenue", "loss") and not payers:
            a["payer_empty"] = True  # what a company is worth, takes in or loses has no payer (payers.py)
        if recipient and role in (*_CARRIED, "investment"):
            last_recipient = recipient
        if recipient and role == "investment":
            last_invested = (recipient, a["end"])
        if recipient and role in ("bid", "acquisition"):
            last_target = recipient
        if payers and role in _AGENT_IS:
            last_payer = (payers[0], text.rfind("\n", 0, a["start"]))
        by_sentence.setdefault(ctx.sentence(a["start"]), []).append(a)
        paid_in.setdefault(ctx.sentence(a["start"]), set()).update(a["payer"])
    for (lo, hi), group in by_sentence.items():
        _respectively(text[lo:hi], group)
        if len(group) > 1 and cues.respectively.search(text, lo, hi):
            _respective_recipients(ctx, group)
    _joint_payers(ctx, amounts, guessed)
    for i, project in projects.items():
        # The partners the article names paying together for the project, the nearest.
        partners = [b for b in amounts if b["recipient"] == project and len(b["payer"]) >= 2]
        if partners and not amounts[i]["payer"]:
            amounts[i]["payer"] = list(min(partners, key=lambda b: abs(b["start"] - amounts[i]["start"]))["payer"])
    starts = [a["start"] for a in amounts]
    lenders: dict[tuple[int, int], list[str]] = {}  # per sentence: a line of many loans stays linear
    for a in amounts:
        if a["role"] == "raise":
            a["payer"] += [p for p in _round_backers(ctx, a, amounts) if p not in a["payer"]]
            if not a["payer"]:  # a round whose sentence and the next name no investor
                a["payer"] = _named_backers(ctx, a) or _earlier_backers(ctx, a, amounts) or _later_backers(ctx, a, amounts)
            if not a["payer"]:
                # The round's sentence, the next and the rounds before name no investor: the
                # rules looked for one; the learned fallback (ranker.py) guesses none either.
                a["payer_empty"] = True
        elif a["role"] == "debt" and not a["payer"]:
            a["payer"] = [p for p in _lenders(ctx, a["start"], starts, lenders) if p != a["recipient"]]
    _headline(ctx, amounts)
    _one_case(ctx, amounts)
    _fine_state(ctx, amounts)
    _gains_claimed(ctx, amounts)
    _pledged(ctx, amounts)
    conversion = _role_cues().conversion
    for prev, a in zip(amounts, amounts[1:]):
        if conversion.fullmatch(text, prev["end"], a["start"]):
            # «25 مليار يوان (3.4 مليار دولار)»: the same money in another currency, the same
            # role and parties.
            a["role"], a["payer"], a["recipient"] = prev["role"], list(prev["payer"]), prev["recipient"]
            a["recipient_basis"] = prev.get("recipient_basis", "")
            for k in ("payer_empty", "recipient_empty"):
                a.pop(k, None)
                if k in prev:
                    a[k] = prev[k]
    rerank(ctx, amounts, tap=tap)  # the learned second opinion (ranker.py): where it is sure
    for a in amounts:
        a["subject"] = a["payer"][0] if a["role"] in ("investment", "spending") and a["payer"] else a["recipient"]
        # A payer the sentence does not name (the one the paragraph or article spoke of)
        # is a guess, and says so: ``article``.
        guess = a.pop("payer_guess", None)
        if guess and a["payer"] == guess and len(guess) == 1 and a["recipient"] and \
                guess[0].removeprefix("Government of ") == a["recipient"].removeprefix("Government of "):
            # «… منها 135 مليار دولار في السعودية»: a country the money goes to does not pay it
            # itself; a guess that names the recipient is no payer (grammar: no one pays itself).
            a["payer"] = []
        if a["payer"] or a["recipient"]:
            # A ministry, agency or regulator of a state pays or receives as its country (C11).
            states = [_as_state(ctx, a["start"], p) for p in a["payer"]]
            if states != a["payer"] and guess == a["payer"]:
                guess = states
            a["payer"] = list(dict.fromkeys(states))
            a["recipient"] = _as_state(ctx, a["start"], a["recipient"]) if a["recipient"] else ""
        by_model = a.pop("payer_model", False)  # named by the learned fallback (ranker.py)
        a["payer_basis"] = "" if not a["payer"] else "model" if by_model else "article" if a["payer"] == guess \
            else "sentence"
        if a.pop("recipient_model", False) and a["recipient"]:
            a["recipient_basis"] = "model"
        a["payer"] = "; ".join(a["payer"])
        del a["cue"]
        a.pop("placed", None)
        a.pop("payer_empty", None)  # the marks of deliberate empties (ranker.py) are no columns
        a.pop("recipient_empty", None)
    _told_again(amounts, _told_key)  # a figure told again: the payers named for it elsewhere
    return amounts


_CLAUSE_GAP = re.compile(r"[ \t]*[،,][ \t]*")  # «… 30 مليار دولار، لتطوير …»


def _purpose_end(ctx: Context, end: int, clause: tuple[int, int], sent: tuple[int, int]) -> int:
    """Where the place an amount goes to may be named: its clause, and the next one when the
    amount closes its clause and the next opens with a word of purpose ('purpose_openers':
    «بضخ 12 مليار دولار، لبناء مراكز بيانات في الولايات المتحدة»: the purpose phrase
    goes on with the money; grammar: an adverbial of purpose set off by a comma)."""
    gap = _CLAUSE_GAP.match(ctx.text, end)
    if clause[1] >= sent[1] or gap is None or gap.end() < clause[1] or not _role_cues().purpose.match(ctx.text, gap.end()):
        return clause[1]
    return ctx.clause(clause[1] + 1)[1] if ctx.clause(clause[1] + 1)[0] <= gap.end() else clause[1]


_RESPECTIVE_GAP = re.compile(r"[ \t]*")  # «… 3.6 تريليون دولار على التوالي»: only blanks between


def _respective_recipients(ctx: Context, group: list[dict]) -> None:
    """«تراجعت قيمتا X وY إلى 2.9 تريليون و2.7 تريليون دولار على التوالي»: amounts joined by
    «و» alone and followed by «على التوالي» belong, in order, to the names listed right before
    the first of them (as many names as amounts; grammar: «على التوالي» pairs two lists in
    order). Read only when all the run's recipients are one of those names."""
    text = ctx.text
    cues = _cues()
    runs: list[list[dict]] = []
    for a in group:
        if runs and _coordinated().fullmatch(text, runs[-1][-1]["end"], a["start"]):
            runs[-1].append(a)
        else:
            runs.append([a])
    for run in runs:
        last = run[-1]
        gap = _RESPECTIVE_GAP.match(text, last["end"])
        if len(run) < 2 or not cues.respectively.match(text, gap.end()):
            continue
        sent = ctx.sentence(run[0]["start"])
        names = [e for e in ctx.entities(run[0]["start"]) if sent[0] <= e.start and e.end <= run[0]["start"]
                 and e.kind in ("org", "fund", "person")]
        if not names:
            continue
        chain = [names[-1]]
        for e in reversed(names[:-1]):
            if e.name_en == chain[0].name_en and _REPEAT.match(text[e.end:chain[0].start]):
                chain[0] = e  # «ومايكروسوفت Microsoft»: the same name spelled again
                continue
            if not _listed(text, e.end, chain[0].start):
                break
            chain.insert(0, e)
        listed = [e.name_en for e in chain]
        if len(listed) != len(run) or len(set(listed)) != len(listed):
            continue
        if not all(a["recipient"] in listed for a in run) or any(a["role"] in ("investment", "spending") for a in run):
            continue
        for a, name in zip(run, listed):
            a["recipient"] = name


# Roles whose party a sentence naming none is the company spoken of: its own figures, its
# loans, and money said to go into it («في الشركة / فيها»، «المشروع»).
_SPOKEN_OF = ("revenue", "valuation", "loss", "debt", "investment", "spending")
_INVESTED_REACH = 400  # an act of investing goes on with an investment told of this near before it
_COUNTRY_REACH = 60  # a country invested in is named this near after the amount
_DESCRIBED_REACH = 60  # «قيمة شركة الذكاء الاصطناعي» is looked for this far before the amount


def _described_company(ctx: Context, start: int) -> str:
    """The one company of the trade named in «قيمة شركة <trade>» right before the amount
    in its clause, among the sentence's names; else ""."""
    regex, table = _sector_descriptions()
    lo = max(ctx.clause(start)[0], start - _DESCRIBED_REACH)
    m = None
    for m in regex.finditer(ctx.text, lo, start):
        pass
    if m is None:
        return ""
    sectors_ = table[m.group(1)]
    found = {e.name_en for e in ctx.entities(start) if sectors().get(e.name_en, "") in sectors_}
    return found.pop() if len(found) == 1 else ""


_CUSTOMER_REACH = 60  # the customer of a supply is named this near after the word of supplying
_CUSTOMER_GAP = re.compile(r"[ \t\"'«»“”(]*(?:(?:ال)?شرك(?:ة|ت[يا]|ات)[ \t\"'«»“”(]*)?$")


_EXAMPLE_ROLES = ("other", "revenue", "market_value", "valuation", "loss")  # a figure owned by its recipient
_EXAMPLE_GAP = 30  # «مثل» comes this near before the first example
_BRACKETED = re.compile(r"^[ \t\"'«»“”]*\($")


def _listed_several(ctx: Context, start: int, name: str) -> bool:
    """Whether ``name``, as named last before the amount, is one of a list of names («X وY وZ»)."""
    named = [n for n in _named(ctx, start, "other") if n.e.end <= start]
    i = next((k for k in range(len(named) - 1, -1, -1) if named[k].e.name_en == name), None)
    if i is None:
        return False
    text = ctx.text
    return (i > 0 and named[i - 1].e.name_en != name and _listed(text, named[i - 1].e.end, named[i].e.start)) or (
        i + 1 < len(named) and named[i + 1].e.name_en != name and _listed(text, named[i].e.end, named[i + 1].e.start))


def _example(ctx: Context, start: int, name: str) -> bool:
    """Whether ``name``, as named last before the amount at ``start`` in its sentence, is one of
    the examples of a class: a list of names («X وY وZ») whose first comes right after «مثل /
    على غرار» (a company noun and quotes may come between)."""
    named = [n for n in _named(ctx, start, "other") if n.e.end <= start]
    i = next((k for k in range(len(named) - 1, -1, -1) if named[k].e.name_en == name), None)
    if i is None:
        return False
    text = ctx.text
    if _BRACKETED.match(text[named[i].e.end:start]):
        return False  # «شركات مثل "X" (52 مليار دولار)»: the example's own figure, in brackets after it
    while i > 0 and _listed(text, named[i - 1].e.end, named[i].e.start):
        i -= 1
    first = named[i].e
    return _cues().examples.search(text, max(ctx.sentence(start)[0], first.start - _EXAMPLE_GAP), first.start) is not None


def _partners(ctx: Context, start: int, name: str) -> list[str]:
    """The organizations of the amount's sentence listed with ``name`` («X وY»، «شركتا X وY»،
    «X (X) وY (Y)»: a name spelled again in brackets is one), before or after it, with no
    marker before them; [] when ``name`` is listed with none."""
    text = ctx.text
    items: list[list] = []  # [name, start, end] of each name, spellings again in brackets merged
    for n in _named(ctx, start, "spending"):
        if n.e.kind not in ("org", "fund", "government"):
            continue
        if items and items[-1][0] == n.e.name_en and _REPEAT.match(text[items[-1][2]:n.e.start]):
            items[-1][2] = n.e.end
            continue
        items.append([n.e.name_en, n.e.start, n.e.end, n.mark])
    out: list[str] = []
    for i, (nm, lo, hi, mark) in enumerate(items):
        if nm != name or mark:
            continue
        for a, b, other in ((items[i - 1][2], lo, items[i - 1]) if i > 0 else (0, 0, None),
                            (hi, items[i + 1][1], items[i + 1]) if i + 1 < len(items) else (0, 0, None)):
            while other is not None and a < b and text[a] in ") \t":
                a += 1  # «ميتا (Meta) وX»: the bracket closing the spelling again
            if other is not None and not other[3] and _listed(text, a, b):
                out.append(other[0])
        break
    return [x for x in dict.fromkeys(out) if x != name]


def _customer(ctx: Context, start: int, clause: tuple[int, int]) -> str | None:
    """The customer of a supply told in the amount's clause: the organization named right after
    a word of 'supplies_whom' («لتزويد شركة X بخوادم»), or after one of 'paid_to' at most
    ``_CUSTOMER_REACH`` characters after a word of 'supplies_what' («لتوريد خوادم لـ X»); else None."""
    cues = _cues()
    text = ctx.text
    if not (cues.supplies_whom.search(text, *clause) or cues.supplies_what.search(text, *clause)):
        return None  # most clauses: no word of supplying, one search each
    names = [e for e in ctx.entities(start)
             if e.kind in ("org", "fund", "government") and clause[0] <= e.start < clause[1]]
    for w in cues.supplies_whom.finditer(text, *clause):
        e = next((e for e in names if e.start >= w.end()), None)
        if e is not None and _CUSTOMER_GAP.match(text, w.end(), e.start):
            return e.name_en
    paid_to = _role_cues().paid_to
    for w in cues.supplies_what.finditer(text, *clause):
        e = next((e for e in names if w.end() <= e.start <= w.end() + _CUSTOMER_REACH
                  and paid_to.search(text, max(w.end(), e.start - 12), e.start)), None)
        if e is not None:
            return e.name_en
    return None


def _payer_relative(ctx: Context, start: int, role: str, payers: list[str]) -> bool:
    """Whether the amount at ``start`` is told in a relative clause hanging on its payer, a
    partner named with «مع» («تتعاون أوبن إيه آي مع مايكروسوفت، التي استثمرت 13 مليار دولار»)."""
    head = _relative_head(_named(ctx, start, role), ctx, ctx.clause(start)[0], start)
    return head is not None and head[0].e.name_en in payers and head[0].mark == "supplier"


def _round_told_before(ctx: Context, lo: int) -> str:
    """The company whose round the sentence right before the one at ``lo`` tells of: that
    sentence has a strong raise cue («أعلنت أنثروبيك عن جولة جديدة») and names the company
    first, with no marker before it; else ""."""
    prev = next(_sentences_before(ctx, lo, 1), None)
    if prev is None or not any(r == "raise" and strong for _, _, r, strong in ctx.cues(prev[0])):
        return ""
    return next((n.e.name_en for n in _named(ctx, prev[0], "raise") if not n.mark and n.e.kind in ("org", "fund")), "")


_OWNED = ("ها", "هم", "هما")  # «إيراداتها»، «حجم استثماراتها»: what a pronoun owns


def _named_within(ctx: Context, pos: int, name: str, lo: int, hi: int) -> bool:
    """Whether the sentence holding ``pos`` names ``name`` (its canonical name) between ``lo`` and ``hi``."""
    return any(e.name_en == name and lo <= e.start and e.end <= hi for e in ctx.entities(pos))


def _bought_before(ctx: Context, start: int, payers) -> str:
    """The organization named last before ``start`` when it is told of as bought or sold: a
    purchase's target («يعرض شراء X») or its seller («لشراء وحدة من شركة X»), else ""."""
    cues = _cues()
    e = ctx.named_last(start, payers)
    if e is None:
        return ""
    lo = max(ctx.sentence(e.start)[0], e.start - 24)
    if cues.marks["target"].search(ctx.text, lo, e.start):
        return e.name_en
    near = cues.marks["supplier"].search(ctx.text, lo, e.start)
    if near and ctx.text.startswith("من", near.start()) and _role_cues().purchase.search(
            ctx.text, ctx.sentence(e.start)[0], near.start()):
        return e.name_en  # «لشراء وحدة الخوادم من شركة X»: the seller
    return ""


def _speaks_of_company(ctx: Context, start: int, cue: tuple[int, int] | None) -> bool:
    """Whether the sentence of the amount at ``start`` says, before it, that the figure is a
    company's: «الشركة / المجموعة» ('subject_anaphora'), or its cue owned by a pronoun
    («إيراداتها»، «صافي أرباحها»)."""
    text = ctx.text
    if cue is not None and text[cue[0]:cue[1]].endswith(_OWNED):
        return True
    lo, hi = ctx.sentence(start)
    first = ctx.per_sentence(start, "company word", lambda: _role_cues().subject_anaphora.search(text, lo, hi))
    return first is not None and first.start() < start


def _many_counted(ctx: Context, start: int) -> bool:
    """Whether the sentence of the amount at ``start`` counts companies it does not name before
    the amount ('parties.many_companies': «ستة من الشركات»، «500 شركة ناشئة») and names no
    organization or fund before it."""
    lo = ctx.sentence(start)[0]
    return ctx.first_before(_many_companies(), start) is not None and not any(
        e.kind in ("org", "fund") for e in ctx.entities_within(start, lo, start))


def _partnership_said(ctx: Context, pos: int) -> bool:
    """Whether the sentence holding ``pos`` says a partnership or a joint vehicle ('joint',
    'vehicle' cues), read once per sentence."""
    sent = ctx.sentence(pos)
    return ctx.per_sentence(pos, "joint or vehicle", lambda: bool(
        _cues().joint.search(ctx.text, *sent) or _cues().vehicle.search(ctx.text, *sent)))


@cache
def _state_bodies() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    """The heads that open a state body's name («وزارة»، «هيئة»), the words of an investing body
    (a sovereign fund: named as itself), and the bodies of the gazetteer whose country their
    Arabic names leave unsaid ('parties.state_body_heads', 'state_body_funds', 'state_bodies')."""
    p = _spec()["parties"]
    heads = re.compile(rf"^[{CLITICS}]?(?:ال)?(?:{_phrases(p['state_body_heads'])})(?!\w)")
    funds = re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['state_body_funds'])})(?!\w)")
    return heads, funds, dict(p["state_bodies"])


def _as_state(ctx: Context, pos: int, name: str) -> str:
    """A state body's country government when ``name`` is one that pays or receives (ANNOTATION.md,
    C11: «أعلنت وزارة الصناعة اليابانية عن دعم…» is Japan's): a body the data names with its
    country, or a government mention of the amount's sentence whose name opens with a body's head
    and holds a country's adjective or name («هيئة حماية البيانات الإيطالية»); not an investing
    body (a sovereign fund, «هيئة الاستثمار …»: named as itself); else ``name`` unchanged."""
    heads, funds, known = _state_bodies()
    if name in known:
        return government_name(known[name])
    if name.startswith("Government of"):
        return name
    lo, hi = ctx.sentence(pos)
    data = _government_data()
    for e in ctx.entities(pos):
        if e.name_en != name or e.kind != "government" or not lo <= e.start < hi:
            continue
        surface = ctx.text[e.start:e.end]
        if not heads.match(surface) or funds.search(surface):
            return name
        for word in surface.split():
            country = data["adjectives"].get(word) or data["names"].get(word)
            if country:
                return government_name(country)
        place = _IN_COUNTRY.search(surface)  # «لجنة … في كوريا الجنوبية»: a name of two words (C25)
        if place is not None and data["names"].get(place.group(1)):
            return government_name(data["names"][place.group(1)])
        return name
    return name


_IN_COUNTRY = re.compile(r"(?<!\w)في[ \t]+(\w+(?:[ \t]+\w+){0,2})$")  # the country closing a body's name


_OFFICER_GAP = 60  # a person's title and employer come this near after him («، الرئيس التنفيذي لشركة X»)
_OFFICER_BEFORE = re.compile(r"^[ \t]*[،,]?[ \t\"'«»“”]*(?:[^\s\d،,.]+[ \t]+){0,2}$")  # «الرئيس التنفيذي لجوجل، ساندار بيتشاي»: a first name the mention may leave out


def _officer_of(ctx: Context, start: int, role: str, payer: str) -> str:
    """The company whose officer ``payer`` is, when the sentence of the amount at ``start``
    names the person with his title («مارك زوكربيرغ، الرئيس التنفيذي لشركة ميتا»، «الرئيس التنفيذي
    لجوجل، ساندار بيتشاي»: the 'employer' mark of :func:`_named`) right after or right before
    him; else ""."""
    named = _named(ctx, start, role)
    employers = [n.e for n in named if n.mark == "employer"]
    if not employers:
        return ""
    lo, hi = ctx.sentence(start)
    persons = [e for e in ctx.entities(start) if e.kind == "person" and e.name_en == payer and lo <= e.start < hi]
    found = {em.name_en for p in persons for em in employers
             if 0 <= em.start - p.end <= _OFFICER_GAP and not any(
                 q.kind == "person" and p.end <= q.start < em.start for q in ctx.entities(start))
             or 0 <= p.start - em.end <= 30 and _OFFICER_BEFORE.match(ctx.text[em.end:p.start])}
    return found.pop() if len(found) == 1 else ""


_CONTRACT_REACH = 80  # a supplier's deal or contract is named this far before its amount


def _one_customer(ctx: Context, start: int, supplier: str, paying=()) -> str:
    """The one company other than ``supplier`` that the sentence of the amount at ``start``
    names (an organization of no supplier sector, no project, with no mark of a source, an
    owner or a rival, paying no other amount of the sentence: ``paying``; no fund or state
    besides it: «مذكرة بين هيئة X وY وZ لإطلاق صندوق» is a venture), when the sentence
    names no other supplier («صفقة بين أوراكل وإنفيديا»: one supplier buys from another); else ""."""
    sector = sectors()
    cues = _cues()
    named = [n for n in _named(ctx, start, "spending") if n.e.name_en != supplier]
    if any(sector.get(n.e.name_en, "") in cues.suppliers for n in named):
        return ""
    others = [n.e for n in named
              if n.e.kind in ("org", "fund", "government") and n.mark in ("", "supplier", "investee", "target")
              and n.e.name_en not in paying and sector.get(n.e.name_en, "") not in ("project", *cues.reporters)]
    names = {e.name_en for e in others}
    return names.pop() if len(names) == 1 and all(e.kind == "org" for e in others) else ""


_FOUNDED_REACH = 90  # a founding word and its noun are looked for this far before the name founded


def _founder(ctx: Context, start: int, payer: str) -> str | None:
    """The founder of ``payer`` when the sentence of the amount at ``start`` names it as what
    is being founded (a founding word and a noun of an initiative, fund or company right before
    its name: «تعتزم السعودية إطلاق مشروع … يحمل اسم “X”»، «إطلاق مبادرة “X”»، «لتأسيس شركة
    X»): the organization, fund or state named last before the founding word in the sentence,
    with no marker, else ""; None when the sentence names ``payer`` as nothing founded."""
    text = ctx.text
    lo, hi = ctx.sentence(start)
    founded = _role_cues().founded_name
    for e in ctx.entities_within(start, lo, hi):
        if e.name_en != payer:
            continue
        m = founded.search(text, max(lo, e.start - _FOUNDED_REACH), e.start)
        if m is None:
            continue
        return next((n.e.name_en for n in reversed(_named(ctx, start, "spending"))
                     if lo <= n.e.start and n.e.end <= m.start() and not n.mark
                     and n.e.kind in ("org", "fund", "government") and n.e.name_en != payer), "")
    return None


def _forecast(ctx: Context, start: int) -> bool:
    """Whether a word of forecasting comes before the amount in its sentence («توقعت»، «من
    المتوقع»، «يتوقع أن»: 'forecast' in entity_cues.json)."""
    return ctx.first_before(_cues().forecast, start) is not None  # once per sentence: linear on long lines


def _is_state(name: str) -> bool:
    """Is ``name`` a government, a state body (a ministry, regulator, central bank or court:
    «المفوضية الأوروبية») or a country acting?"""
    return name.startswith("Government of") or sectors().get(name, "") in ("government", "place", "regulator", "court")


def _invested_place(ctx: Context, end: int, clause_end: int, cue: tuple[int, int] | None = None,
                    start: int | None = None) -> tuple[str, bool]:
    """The place named with «في» after an amount («… 30 مليار دولار في المملكة المتحدة», «…
    لمراكز البيانات في الولايات المتحدة», «في مراكز بيانات نيوزيلندا»، «في أنحاء الولايات
    المتحدة») in its clause, no company named between, and whether it is a country; else a
    country named with «في» between the amount's ``cue`` (an investing word) and the amount
    (its ``start``) with no figure between («زيادة استثمارات السعودية في الولايات المتحدة إلى
    تريليون دولار»); else a country named with «في» before the cue in its sentence with
    no name, no figure and no venture between («ضخت أموالا كثيرة في إسرائيل، إذ كشفت عن
    استثمار قدره 900 مليون»: not «مشروع مشترك … باستثمار»، not a cost «بتكلفة»); a region
    (no country) for an investing word: «في الولاية» ('parties.the_region') after the amount
    in its clause, or a region or city named last with «في» before the cue in its sentence, no
    figure between and no venture in the sentence («لمصنع الشركة في نيويورك، باستثمار بلغ»);
    ("", False) when there is none, or when goods are bought there."""
    text = ctx.text
    investing = cue is not None and ctx.cue_role(end, cue) == "investment"
    if investing and start is not None and cue[1] <= start:
        country = _country_named_last(ctx, end, cue[1], start)
        if country is not None and not _FIGURE.search(text, cue[1], start):
            # «زيادة استثمارات السعودية في الولايات المتحدة إلى تريليون دولار»: the country the
            # investing word names, between it and the amount (no other figure between: «ستستثمر
            # 6 مليارات في كينيا و4 مليارات في الأردن»).
            return country.name_en, True
    converted = _CONVERTED.match(text, end)
    reach = (converted.end() if converted else end) + _COUNTRY_REACH  # «7.5 مليار دولار (ما يعادل …) في …»
    economy = _IN_ECONOMY.match(text, converted.end() if converted else end, min(clause_end, reach))
    if economy is not None:
        state = economy_of(text, economy.end(), min(clause_end, reach))
        if state is not None:
            # «ستضخ 70 مليار دولار في الاقتصاد الأمريكي»: the country whose
            # economy its adjective names, right after the amount.
            return state[0], True
    for e in ctx.entities(end):
        if e.start < end:
            continue
        if e.start >= min(clause_end, reach) or e.kind in ("org", "fund", "person"):
            return "", False
        if e.kind in ("place", "government") and (_IN_BEFORE.search(text, max(end, e.start - 20), e.start) or any(
                not text[m.end():e.start].strip() for m in _cues().facilities.finditer(text, max(end, e.start - 20), e.start))):
            # «في الهند»، «مراكز بيانات نيوزيلندا» (a facility in construct with the country); not
            # where goods are bought («ميزانية … للاستحواذ على رقائق … في الصين»: spending).
            if any(end <= a < e.start and r in ("acquisition", "bid") for a, _, r, _ in ctx.cues(end)):
                return "", False
            # A country, or a region, state or city of one («في تكساس»).
            return e.name_en, _is_country(text, e)
    window = (max(ctx.clause(end - 1)[0], end - 80), min(clause_end, reach))  # «في البلاد / في الولاية» near the amount
    if _in_the("the_country").search(text, *window):
        # «إجمالي استثمارات الشركة في البلاد»، «في الدولة»: the country named last before it.
        for lo, hi in ((ctx.sentence(end)[0], end), *_sentences_before(ctx, ctx.sentence(end)[0], _BACK_SENTENCES)):
            for e in reversed(ctx.entities(lo)):
                if lo <= e.start and e.end <= hi and e.kind in ("place", "government") and _is_country(text, e):
                    return e.name_en, True
    region = _in_the("the_region").search(text, *window) if investing else None
    if region is not None:
        # «استثمرت الشركة 4 مليارات دولار في الولاية»: the state or province the text spoke of is where
        # the money is spent, no country receiving it (ANNOTATION.md, the pledge rule).
        return text[region.start():region.end()].split()[-1], False
    if investing:
        country = _country_named_last(ctx, end, ctx.sentence(end)[0], cue[0])
        if country is not None and not _FIGURE.search(text, country.end, cue[0]) \
                and not _role_cues().venture.search(text, country.end, end):
            return country.name_en, True
        named = ctx.entities_within(end, ctx.sentence(end)[0], cue[0])
        last = named[-1] if named else None
        if last is not None and last.kind == "place" and not _is_country(text, last) \
                and _IN_BEFORE.search(text, max(0, last.start - 20), last.start) \
                and not _FIGURE.search(text, last.end, cue[0]) and not _role_cues().venture.search(text, ctx.sentence(end)[0], end):
            # «حفل وضع حجر الأساس لمصنع الشركة في نيويورك، باستثمار بلغ 100 مليار»: a region or
            # city named last with «في» before the investing word in its sentence is where the money is spent.
            return last.name_en, False
    return "", False


def _state_source(ctx: Context, end: int, clause_end: int) -> str | None:
    """The state named with «من» right after an amount (its conversion in brackets between
    allowed): «600 مليار دولار من السعودية», «من الحكومة اليابانية»; its government's
    name, else None."""
    text = ctx.text
    converted = _CONVERTED.match(text, end)
    after = converted.end() if converted else end
    for e in ctx.entities(end):
        if e.start < after:
            continue
        if e.start >= clause_end or not _FROM_ONLY.fullmatch(text, after, e.start):
            return None
        if e.kind == "government":
            return e.name_en
        state = government_of(text[e.start:e.end]) if e.kind == "place" else None
        return state[0] if state is not None else None
    return None


_IN_ECONOMY = re.compile(r"[ \t]+(?:في|داخل)[ \t]+(?=\S)")  # «… دولار في [الاقتصاد الأمريكي]»
_FROM_ONLY = re.compile(r"[ \t]+و?من[ \t]+")


def _country_spoken_of(ctx: Context, lo: int, start: int) -> str:
    """The country named last before ``start`` in its sentence (from ``lo``) or in the
    ``_BACK_SENTENCES`` sentences before, else ""."""
    for a, b in ((lo, start), *_sentences_before(ctx, lo, _BACK_SENTENCES)):
        for e in reversed(ctx.entities(a)):
            if a <= e.start and e.end <= b and e.kind in ("place", "government") and _is_country(ctx.text, e):
                return e.name_en
    return ""


_PENALTY_REACH = 80  # a word of penalty is looked for this far before a fine's amount


def _fine_state(ctx: Context, amounts: list[dict]) -> None:
    """A fine whose sentence names no authority that receives it («يعاقب عليها بغرامات تصل إلى»،
    «تحت طائلة عقوبة تصل إلى»، «التي حذرت من فرض غرامة») is received by the state the article
    names, when it names one country alone as a state or a state body's country (ANNOTATION.md,
    C6 and C11: a fine goes to the authority, which receives as its country)."""
    rc = _role_cues()
    text = ctx.text
    todo = [a for a in amounts if a["role"] == "other" and not a["recipient"] and rc.penalty.search(
        text, max(ctx.sentence(a["start"])[0], a["start"] - _PENALTY_REACH), a["start"])]
    if not todo:
        return
    states = set()
    for e in ctx._names_in_text(want=lambda e: e.kind in ("government", "place")):
        state = _as_state(ctx, e.start, e.name_en) if e.kind == "government" else (
            (government_of(text[e.start:e.end]) or ("",))[0])
        if state.startswith("Government of"):
            states.add(state)
    if len(states) != 1:
        return
    state = next(iter(states))
    for a in todo:
        if state not in a["payer"] and state.removeprefix("Government of ") not in a["payer"]:
            # (The state fined, as its government or as the country named, receives none of it.)
            a["recipient"] = state
            a["recipient_basis"] = "article"


def _is_country(text: str, e: EntityMention) -> bool:
    """Is the place or government ``e`` a country (or its government), not a region or city?"""
    return e.kind == "government" or government_of(text[e.start:e.end]) is not None


def _country_named_last(ctx: Context, pos: int, lo: int, hi: int) -> EntityMention | None:
    """The last name of the sentence holding ``pos`` within ``[lo, hi]``, when it is a country
    named with «في / داخل / بـ» («في إسرائيل»، «بالسويد»); else None."""
    named = ctx.entities_within(pos, lo, hi)
    if not named:
        return None
    e = named[-1]
    if e.kind in ("place", "government") and _IN_BEFORE.search(ctx.text, max(lo, e.start - 20), e.start) \
            and _is_country(ctx.text, e):
        return e
    return None


_FIGURE = re.compile(r"\d")
# Right between an amount (or its bracket) and the one it goes to: «لـ»، «لصالح»، «لشركة»، quotes.
_BENEFICIARY = re.compile(r"[ \t]*\)?[ \t]*(?:(?:لصالح|لفائدة)[ \t]+)?ل?(?:ال)?(?:شركة|شركه|مجموعة|مجموعه)?[ \t\"'«»“”]*")
_BACK_SENTENCES = 4  # a country «في البلاد» points back to is named this many sentences before at most


_ATTRACT_REACH = 40  # a verb of attracting governs a money cue this near after it
_IN_BEFORE = re.compile(r"(?<!\w)(?:في|داخل)(?:[ \t]+(?:جميع[ \t]+)?انحاء)?[ \t]+$|(?<!\w)ب$")  # «في الهند»، «داخل الإمارات»، «بالسويد»
_CONVERTED = re.compile(r"[ \t]*\([^()\n]{1,60}\)")  # the amount converted, in brackets after it


_GROUP_REACH = 120  # a group is the agent of an amount this near after it in the amount's clause
_PREV_WORD = re.compile(r"(\S+)[ \t\"'«»“”(]*$")


def _members_named(ctx: Context, start: int) -> list[str]:
    """The members (first named first; none if not) when the group that spends or invests
    the amount at ``start`` is the big companies the article names ('parties.group_members'):
    a word of the big ones («عمالقة التكنولوجيا»،
    «شركات التكنولوجيا الكبرى») in the amount's sentence before it, not said to be the others
    («شركات الحوسبة العملاقة الأخرى»: the ones not named), and at least 'least' companies of
    the members' sectors named in the article (ANNOTATION.md, C5, C24: their summed spending)."""
    giants, others, kinds, least, units = _group_members()
    text = ctx.text
    said = [m for m in giants.finditer(text, ctx.sentence(start)[0], start) if not others.match(text, m.end())]
    if not said:
        return []
    named = list(dict.fromkeys(e.name_en for e in ctx._names_in_text(want=lambda e: sectors().get(e.name_en, "") in kinds)))
    named = [n for n in named if units.get(n) not in named]  # «جوجل» with «ألفابت»: the parent once
    return named if len(named) >= least else []


def _group_agent(ctx: Context, start: int, role: str) -> bool:
    """Whether the spender, investor, holder or borrower of the amount at ``start`` is a
    group, no one party: a plural noun of a class of organizations ('groups': «الشركات»،
    «شركات التكنولوجيا»، «عمالقة التكنولوجيا»، «صناديق الثروة السيادية»، «ومنافسوها»، an indefinite dual «شركتان ناشئتان») before the
    amount in its clause, with no name between, as the clause's subject («تنفق شركات
    التكنولوجيا نحو 660 مليار»), joined to the name before it («تنفق ألفابت ومنافسوها من
    شركات التكنولوجيا إجمالا أكثر من 500 مليار») or owning a total ('group_totals') with
    one of 'group_of' («إجمالي الإنفاق الرأسمالي لهذه الشركات»، «إجمالي إصدارات السندات من
    الشركات»). Not a group after another preposition ('group_blocked': «استثمرت في شركات
    ناشئة»، «سباق بين عمالقة التكنولوجيا») or after a name the clause gives as subject («اشترت
    ميتا شركات ناشئة»), nor a counted one («3 شركات»، «الشركات الثلاث»: named elsewhere). A
    quoted outlet or source is no name before a group that spends or invests («أفادت صحيفة X
    بأن شركات التقنية تخطط لإنفاق»)."""
    text = ctx.text
    clause = ctx.clause(start)
    lo = max(clause[0], start - _GROUP_REACH)
    noun, determiner, blocked, owner, total, count, other = _group_cues()
    if noun.search(text, lo, start) is None:
        return False  # no group noun before the amount (most amounts): no names to read
    # A quoted outlet or source before a group that spends or invests («أفادت صحيفة X بأن شركات
    # التقنية تخطط لإنفاق») is no subject of the clause.
    sent_lo = ctx.sentence(start)[0]
    names = [e for e in ctx.entities_within(start, clause[0], start) if e.kind != "place"
             and not (role in ("spending", "investment") and ctx.quoted(e, sent_lo))]
    last = None  # the verdict on the group noun before, while no name comes between
    for m in noun.finditer(text, lo, start):
        if any(e.start < m.start() < e.end for e in names):
            continue  # inside a name
        prior = [e for e in names if e.end <= m.start()]
        before = _PREV_WORD.search(text, clause[0], m.start())
        prev = before.group(1) if before else ""
        nxt = re.match(r"[ \t]+(\S+)", text[m.end():start])
        pre, gap_end = m.group("pre"), before.start() if before else clause[0]
        d = determiner.fullmatch(prev)
        if d:  # «لهذه الشركات»: the determiner carries the preposition
            pre = d.group("pre")
            before = _PREV_WORD.search(text, clause[0], before.start())
            prev, gap_end = (before.group(1), before.start()) if before else ("", clause[0])
        if not pre and blocked.fullmatch(prev):
            pre = prev
        if (nxt and count.fullmatch(nxt.group(1))) or count.fullmatch(prev):
            agent = False  # «الشركات الثلاث»، «3 شركات»: counted ones, named elsewhere
        elif pre == "و" and last is not None and not any(e.start >= last[1] for e in prior):
            agent = last[0]  # «في شركات ومصارف»: a group joined to the one before shares its part
        elif pre in ("", "و", "ف"):
            # The clause's subject; after a name only joined to it («ألفابت ومنافسوها») when
            # that name is no marked party («مع MGX ومستثمرين آخرين»: investors with it).
            agent = not prior or (pre == "و" and not text[prior[-1].end:m.start()].strip(" \t\"'«»“”")
                                  and not any(n.mark for n in _named(ctx, start, role) if n.e == prior[-1]))
        elif owner.fullmatch(pre.lstrip("وف")):
            # «إجمالي الإنفاق … لشركات التكنولوجيا»: the group owns a total said before it.
            said = list(total.finditer(text, clause[0], gap_end))
            agent = bool(said) and not any(said[-1].end() <= e.start for e in prior)
        else:
            agent = False
        last = (agent, m.end())
        if (agent and not any(e.start >= m.end() for e in names)
                and not other.search(text, m.end(), start)):
            # No name, nor «الشركة» («فوجئ المستثمرون عندما أصدرت الشركة سندات»), between
            # the group and the amount.
            return True
    return False


_TOTAL_REACH = 80  # an investment total's noun and verb are this near before the amount
_MARKET_REACH = 160  # a market's head is this near before the amount


def _market_total(ctx: Context, start: int, role: str) -> bool:
    """Whether the amount at ``start`` is the total of a market or of a kind of deal, no one
    party's money: a head of 'market_heads' in construct state («حجم الاستثمارات في البنية
    التحتية قد يصل إلى»، «صفقات تمويل مراكز البيانات قفزت إلى») before it in its clause, or in
    the clause before when the amount's clause points back at it («سوق مراكز البيانات …، حيث
    يتوقع أن تصل قيمته إلى»), whose complement is not possessed («حجم استثماراتها»: the
    company's), in a sentence that names no party before the amount («إجمالي استثمارات جوجل»
    has no market head; «وأفادت الشركة بأنها تقدّر أن يبلغ حجم الإنفاق» is the company's)."""
    text = ctx.text
    head, back = _market_cues()
    clause, sent = ctx.clause(start), ctx.sentence(start)
    lo = clause[0]
    if clause[0] > sent[0] and back.search(text, clause[0], start):
        lo = ctx.clause(clause[0] - 1)[0]  # «…، حيث يتوقع أن تصل قيمته إلى»
    found = None
    for found in head.finditer(text, max(lo, start - _MARKET_REACH), start):
        pass
    if found is None or found.group("next").endswith(_OWNED):
        return False
    if any(r == "loss" and a < found.end() and found.start() < b for a, b, r, _ in ctx.cues(start)):
        return False  # «إجمالي الإنفاق النقدي»: a head that opens a loss cue is a company's cash burn
    *_, other = _group_cues()
    # Who says it («قال جنسن هوانغ، الرئيس التنفيذي لإنفيديا، إن سوق … قد يصل إلى»): the names
    # before the last «إن / أن» that opens the market's clause speak of it, they own no part
    # («وقالت مايكروسوفت إنها تتوقع أن يبلغ حجم الإنفاق»: the speaker speaks of itself, it owns it).
    that = None
    for that in _THAT.finditer(text, sent[0], found.start()):
        pass
    if that is None:
        # «تتوقع شركة X سوق الرقائق تتجاوز تريليون دولار»: who forecasts a market's size (a word of
        # forecasting, 'parties.forecast', before the head) speaks of it and owns no part (C5).
        for that in _cues().forecast.finditer(text, sent[0], found.start()):
            pass
    lo = that.end() if that is not None and not _THAT_SELF.search(text, sent[0], found.start()) else sent[0]
    return not other.search(text, sent[0], start) and not any(
        lo <= n.e.start < start and n.mark != "compared" for n in _named(ctx, start, role))


_THAT = re.compile(r"(?<!\w)[وف]?ب?ان(?!\w)")  # «إن / أن / بأن» (normalized: ان)
_THAT_SELF = re.compile(r"(?<!\w)[وف]?ب?ان(?:ها|ه|هم|هما)(?!\w)")  # «إنها تتوقع»: the speaker speaks of itself


_FUND_BACK = 4  # «الصندوق» points back at most this many sentences


def _fund_spoken_of(ctx: Context, start: int) -> str:
    """The fund «الصندوق» stands for when it is the subject of the amount at ``start``
    («… طرح الصندوق 40 مليار دولار»، «أصبح الصندوق أداة …، حيث يخطط للمساهمة بـ7 مليارات»):
    the word, not after a marker (في الصندوق is where money goes), in the amount's sentence
    before it with no organization, fund, government or person named between, nor a word
    of size («الصندوق البالغ مستهدفه 40 مليار» is the fund's size); the fund is
    the last one the nearest earlier sentence naming a fund (at most four back) names with
    no marker before it (a fund named «بمشاركة» is a partner, not the subject), else its
    last fund, or ""."""
    cues = _cues()
    text = ctx.text
    lo = ctx.sentence(start)[0]
    word = None
    for m in cues.fund_anaphora.finditer(text, max(lo, start - 300), start):
        word = m
    if word is None or any(cues.marks[k].search(text, max(lo, word.start() - 24), word.start()) for k in cues.marks):
        return ""
    if cues.fund_size.search(text, word.end(), start):
        return ""  # «الصندوق البالغ مستهدفه 40 مليار»: the fund's own size
    ents = ctx.entities(start)
    k = bisect_left(ents, word.end(), key=lambda e: e.start)  # only the names between the word and the amount
    if any(e.end <= start and e.kind in (*_JOINT_KINDS, "person") for e in ents[k:bisect_left(ents, start, key=lambda e: e.start)]):
        return ""
    for prev in _sentences_before(ctx, lo, _FUND_BACK):
        funds = [n for n in _named(ctx, prev[0], "investment") if n.e.kind == "fund" and n.mark != "owned"]
        if funds:
            return ([n for n in funds if not n.mark] or funds)[-1].e.name_en
    return ""
