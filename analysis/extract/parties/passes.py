"""Passes over all the amounts of an article once each has its role and parties: what one
sentence, or the headline, tells of another's amount.

* **the round's backers** may be named in the next sentence when it speaks of the round
  with a verb of taking part («وشارك في الجولة مستثمرون مثل…»), tells of the raise again
  with a word of taking part or investing («جمعت الشركة الأموال من عدد من المستثمرين،
  بما في ذلك…»، «مشاركة شركات كبرى مثل … في تمويل الشركة»), or opens by going on with a
  list of investors («… من مستثمرين. بينهم: …»), or names the round or the funding in its
  first clause described by who backs it («هذا التمويل، المدعوم من X وY»).
* **a joint body** (alliance, partnership, consortium: «شكلت 6 كيانات تحالفا … ملتزمة
  باستثمار») whose sentence names no payer is paid by its members: those listed after a
  word of membership («تضم»، «بما في ذلك:») in its sentence or the next, else the partners
  the article names paying together for it elsewhere («سيستثمر الطرفان»).
* **a deal pointed back at** («هذا الاستثمار … مع خطط لاستثمار 100 مليار») whose sentence
  names no payer is paid by those of the article's last investment, spending or purchase.
  A round it goes into («وستكمل هذه الأموال جولة بقيمة 41 مليارا»، «هذا التمويل يمثل نصف
  المبلغ الذي جمعته الشركة») that names no investor is backed by them too (its company, when
  it is one of them, is the one their deal went into).
* **a headline** (a first line of at most 20 words, after a page's label of at most three
  words if any: «تقنية») restates the body: its amount, when it
  names none of its payers, takes the payers (and a missing role or recipient) of the
  body's first amount of the same value and currency.
* **a round's backers** named in an earlier clause of its sentence that holds no amount
  («بدعم من جهات من بينها X، مما يرفع قيمة جولتها إلى 20 مليار») back it when nothing
  else names them.
* **a round's backers** named in the clause right after the last amount of its sentence
  («جمعت X 750 مليون دولار بتقييم 6.9 مليار، مع مشاركة عمالقة مثل Y وZ»), when the amounts
  after the round's only value the company or restate the round, back it when nothing else
  names them.
* **a loan's lenders** may be named in the next sentence when it says a debt word before
  its first amount («… جرى تأمينها من بنك X وبنك Y»): the names marked «من / بقيادة».
* **one case**: a fine whose sentence names no one fined is paid by the one fined in the
  article's nearest other fine, and one that names no authority («تم تغريم شركة X») is
  received by the authority of the article's fines when they have one; a sum for each one («3000 دولار لكل كتاب») of a claim or
  settlement by the payers of the article's nearest damages.
* **a figure told again** (a deal said again further on) is the sum told before: an amount
  whose sentence names no payer takes the payers the article named before it for the same
  value and currency in the same role, when they all agree (not a valuation or revenue: no
  money changes hands).
* **gains claimed**: what a suit says a defendant gained («قال X في الدعوى إن شركة Y كسبت ما بين
  …») is the sum claimed from it: damages paid by it to the article's claimant.
* **«على التوالي»** pairs several amounts with several investors in order.
* **a pledge to a country** read once («تستثمر مايكروسوفت 3.2 مليار دولار في الإمارات»)
  takes in the same company's other investments the article tells with an investing word
  and no destination of their own («إجمالي استثمارات الشركة يبلغ 6.4 مليار»).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache

from analysis.extract.entities import sectors
from analysis.extract.parties.context import Context, _next_sentence
from analysis.extract.numbers import CLITICS
from analysis.extract.parties.cues import _cues, _phrases, _role_cues, _spec
from analysis.extract.parties.marks import _named
from analysis.extract.parties.payers import fine_paid

_JOINT_KINDS = ("org", "fund", "government")


def _members(ctx: Context, sent: tuple[int, int], starts: list[int]) -> list[str]:
    """The members of the joint body (alliance, partnership, consortium) the sentence
    ``sent`` names: the organizations listed after a word of membership («تضم»، «بما في
    ذلك») that follows the body's word in the sentence, or in the sentence after it
    («شكلت 6 كيانات تحالفا … . هذه المجموعة … تضم شركات: X، Y…»); only names with no
    marker before them, up to the next amount. Fewer than two names are no list."""
    cues = _cues()
    text = ctx.text
    lo, hi = sent
    body = cues.vehicle.search(text, lo, hi)
    if body is None:
        return []
    nxt = _next_sentence(ctx, hi) or (hi, hi)
    for s_lo, s_hi in ((body.end(), hi), nxt):
        m = cues.members.search(text, s_lo, s_hi)
        if m is None:
            continue
        if s_hi == hi and not text[m.end():hi].strip(" \t:."):
            m, s_lo, s_hi = None, *nxt  # «بما في ذلك:» ends the line: the list is the next one
        a = m.end() if m is not None else s_lo
        i = bisect_left(starts, a)
        first = starts[i] if i < len(starts) and starts[i] < s_hi else s_hi
        names = [n.e.name_en for n in _named(ctx, a, "investment")
                 if a <= n.e.start and n.e.end <= first and not n.mark and n.e.kind in _JOINT_KINDS]
        out = list(dict.fromkeys(names))
        if len(out) >= 2:
            return out
    return []


def _joint_payers(ctx: Context, amounts: list[dict], guessed: set[int]) -> None:
    """An investment or spending of a joint body («شكلت 6 كيانات تحالفا … ملتزمة باستثمار
    30 مليار»، «تأسيس شراكة استثمارية بقيمة 25 مليار») whose sentence names no payer is
    paid by the body's members: those listed after a word of membership (:func:`_members`),
    else the partners the article names paying together for the body elsewhere (an amount
    whose sentence names the body or «الطرفان» and two payers or more), the nearest. Then a
    deal pointed back at («هذا الاستثمار الضخم ليس سوى البداية، مع خطط لاستثمار 80 مليارا»:
    'this_deal' before the amount in its sentence) whose sentence names no payer is paid by
    the payers of the article's last investment, spending or purchase before it; so is a
    round that names no investor and that the money pointed back at goes into («وستكمل هذه
    الأموال جولة تمويل بقيمة 41 مليار»)، its company being the deal's recipient when the
    round's was one of its payers."""
    cues = _cues()
    text = ctx.text
    starts = [a["start"] for a in amounts]
    by_sent: dict[tuple[int, int], tuple[bool, list[str]]] = {}

    def body(a: dict) -> tuple[bool, list[str]]:
        sent = ctx.sentence(a["start"])
        if sent not in by_sent:  # once per sentence: a line of many amounts stays linear
            has = cues.vehicle.search(text, *sent) is not None
            by_sent[sent] = (has, _members(ctx, sent, starts) if has else [])
        return by_sent[sent]

    joint = [(a["start"], a["payer"]) for a in amounts if a["role"] in ("investment", "spending")
             and len(a["payer"]) >= 2 and (body(a)[0] or ctx.first_before(cues.pair, a["start"], ctx.sentence(a["start"])[1]))]
    for i in sorted(guessed):
        a = amounts[i]
        if a["role"] not in ("investment", "spending"):
            continue
        has, members = body(a)
        if not has:
            continue
        if not members and joint:
            k = bisect_left(joint, a["start"], key=lambda j: j[0])  # the nearest, before or after
            members = min(joint[max(0, k - 1):k + 1], key=lambda j: abs(j[0] - a["start"]))[1]
        if len(members) >= 2:
            a["payer"] = list(members)
            if a["recipient"] in members:
                a["recipient"] = ""
    last: list[str] = []  # the payers of the last investment, spending or purchase
    into = ""  # the recipient of that deal
    for i, a in enumerate(amounts):
        if (a["role"] == "raise" and not a["payer"] and last and cues.this_deal.search(
                text, max(ctx.sentence(a["start"])[0], a["start"] - _THIS_DEAL_REACH), a["start"])):
            # «ضخت X ملياري دولار في Y. … فإن هذا التمويل يمثل نصف المبلغ البالغ 5 مليارات الذي
            # جمعته الشركة»، «وستكمل هذه الأموال جولة بقيمة 41 مليارا»: the round the money
            # pointed back at goes into is backed by those who put it in.
            a["payer"] = list(last)
            if a["recipient"] in last and into:
                a["recipient"] = into
        if i in guessed and a["role"] in ("investment", "spending") and last and cues.this_deal.search(
                text, max(ctx.sentence(a["start"])[0], a["start"] - _THIS_DEAL_REACH), a["start"]):
            # «هذا الاستثمار الضخم ليس سوى البداية، مع خطط لاستثمار 80 مليارا»: the deal
            # pointed back at is paid by those who paid it.
            a["payer"] = list(last)
            a["recipient"] = "" if a["recipient"] in last else a["recipient"]
        if a["role"] in ("investment", "spending", "acquisition") and a["payer"]:
            last, into = a["payer"], a["recipient"]


_THIS_DEAL_REACH = 200  # «هذا الاستثمار» is looked for this far before the amount

_HEADLINE_WORDS = 20  # a first line of at most this many words is a headline
_LABEL_WORDS = 3  # a first line of at most this many words, with no figure, is a page's label
_FIGURE = re.compile(r"[0-9٠-٩]")
_INK = re.compile(r"\S")


def _headline(ctx: Context, amounts: list[dict]) -> None:
    """A headline restates the article: an amount of its first line (a headline of at most
    20 words, followed by the body; the line right after it too when it repeats it word for
    word) that names none of its payers takes the payers of the body's first amount of the
    same value and currency (and its recipient when it has none); its role, when the
    headline's own is only ``other``, is that amount's, payer or not («X تكسر حاجز 380 مليار
    دولار»: the valuation the body tells of); one that names its payers but no recipient
    takes the body's recipient when the role is the same and the body names those payers too."""
    text = ctx.text
    if not amounts:
        return
    lead = _INK.search(text)
    lead = lead.start() if lead else len(text)
    nl = text.find("\n", lead)
    if (0 <= nl < amounts[0]["start"] and len(text[lead:nl].split()) <= _LABEL_WORDS
            and not _FIGURE.search(text, lead, nl)):
        # «تقنية» ⏎ «تحصل شركة X على 15 مليون دولار …»: a page's label (a section, an outlet)
        # comes before the headline; the headline is the next line.
        nxt = _INK.search(text, nl)
        if nxt is not None:
            lead, nl = nxt.start(), text.find("\n", nxt.start())
    if nl < 0 or amounts[0]["start"] >= nl or not _INK.search(text, nl) or len(
            text[lead:nl].split()) > _HEADLINE_WORDS:
        return
    title = text[lead:nl].split()
    while True:  # a page that prints its title twice (title, then heading): both are the headline
        nxt = _INK.search(text, nl)
        end = text.find("\n", nxt.start()) if nxt else -1
        if end < 0 or text[nxt.start():end].split() != title:
            break
        nl = end
    body: dict[tuple, dict] = {}
    for b in amounts:
        if b["start"] > nl and b.get("value") is not None:
            body.setdefault((b["value"], b.get("currency")), b)
    if not body:
        return
    for a in amounts:
        if a["start"] >= nl:
            break
        b = body.get((a.get("value"), a.get("currency")))
        if b is not None and a["role"] == "other":
            a["role"] = b["role"]  # «X تكسر حاجز 380 مليار دولار»: what the body says the figure is
        state = a["recipient"] and any(e.name_en == a["recipient"] and e.kind == "government"
                                       for e in ctx.entities(a["start"]))
        if (b is not None and a["payer"] and (not a["recipient"] or state) and a["role"] == b["role"]
                and set(a["payer"]) <= set(b["payer"]) and b["recipient"] and b["recipient"] not in a["payer"]):
            # «إيطاليا تغرم X 15 مليون يورو» … «فرضت هيئة حماية البيانات غرامة قدرها 15 مليون
            # يورو على X»: the same payment, its receiver named in the body only (the headline
            # names the state for the authority that acts for it).
            a["recipient"] = b["recipient"]
        if b is None or not b["payer"] or any(e.name_en in a["payer"] for e in ctx.entities(a["start"])):
            continue  # the headline's own sentence names its payer
        if a["role"] != b["role"]:
            continue
        a["payer"] = list(b["payer"])
        if (not a["recipient"] or a["recipient"] in a["payer"]) and b["recipient"] not in b["payer"]:
            a["recipient"] = b["recipient"]


def _lenders(ctx: Context, start: int, starts: list[int], seen: dict) -> list[str]:
    """Lenders of the loan at ``start`` named in the sentence after it: «حصلت خزنة على
    تسهيلات ائتمانية بقيمة 2.6 مليار دولار. وقالت الشركة إن التسهيلات جرى تأمينها من بنك X
    وبنك Y». The next sentence speaks of the loan when it says a debt word before its first
    amount; the names marked as the money's source («من / بقيادة») before that amount lend
    it. ``starts``: the amounts' starts, in order; ``seen``: results per sentence."""
    nxt = _next_sentence(ctx, ctx.sentence(start)[1])
    if nxt is None:
        return []
    if nxt not in seen:
        lo, hi = nxt
        i = bisect_left(starts, lo)
        first = starts[i] if i < len(starts) and starts[i] < hi else hi
        cues = ctx.cues(lo)
        said = any(r == "debt" for _, b, r, _ in cues[:bisect_right(cues, first, key=lambda c: c[0])] if b <= first)
        seen[nxt] = list(dict.fromkeys(n.e.name_en for n in _named(ctx, lo, "debt")
                                       if n.mark == "investor" and n.e.end <= first)) if said else []
    return seen[nxt]


def _round_backers(ctx: Context, raise_: dict, amounts: list[dict]) -> list[str]:
    """Investors of a round named in the sentences after it: «جمعت xAI 20 مليار دولار.
    وشارك في الجولة مستثمرون مثل فالور وفيديليتي…». A following sentence (at most two,
    across at most one line break) speaks of the round when its first clause names the
    round («الجولة», «الصفقة») with a verb or marker of taking part (شارك، تقودها، من بينهم);
    or when, before its first amount, it tells of the raise again (any raise cue: «جمعت
    الشركة الأموال»، «التمويل») with a verb or noun of taking part or investing («جمعت
    الشركة الأموال من بعض أكبر المستثمرين، بما في ذلك X وY»، «كشف تقرير عن مشاركة شركات
    مثل X وY في تمويل الشركة»); or when it opens by going on with a list of investors
    («… من مستثمرين. بينهم: X وY»); or when its first clause names the round or the funding
    described, right after, by who backs it («هذا التمويل، المدعوم من X وY، سيساعد…»، «ستسمح
    جولة التمويل، التي تشمل X وY، للشركة…»: the clause it opens is cut at the comma, the
    description goes on past it). Its names up to its first amount are the round's backers."""
    cues = _cues()
    text = ctx.text
    out: list[str] = []

    def backers(lo: int, hi: int) -> tuple[int, list[str]]:
        """(start of the sentence's first amount, the names before it if the sentence speaks
        of the round's backers): once per sentence, whichever round asks."""
        first = min((b["start"] for b in amounts if lo <= b["start"] < hi), default=hi)
        head = ctx.clause(lo)
        described = cues.described_round.search(text, head[0], first)
        if not ((cues.round.search(text, head[0], min(head[1], first)) and cues.leads_any.search(
                text, head[0], min(head[1], first))) or cues.backers_open.match(text, lo, first) or (
                described is not None and described.start() < head[1]) or (
                any(r == "raise" and c0 < first for c0, _, r, _ in ctx.cues(lo))
                and cues.takes_part.search(text, lo, first))):
            return first, []
        return first, [n.e.name_en for n in _named(ctx, lo, "raise")
                       if n.e.end <= first and n.mark not in ("employer", "target", "compared")]

    pos, breaks = ctx.sentence(raise_["start"])[1], 0
    for _ in range(2):
        while pos < len(text) and (text[pos].isspace() or text[pos] in ".!؟?"):
            breaks += text[pos] == "\n"
            pos += 1
        if pos >= len(text) or breaks > 1:
            break
        lo, hi = ctx.sentence(pos)
        if hi <= lo:
            break
        first, names = ctx.per_sentence(lo, "round backers", lambda: backers(lo, hi))
        out += [name for name in dict.fromkeys(names) if name != raise_["recipient"] and name not in out]
        if first < hi:
            break
        pos = hi
    return out


def _named_backers(ctx: Context, raise_: dict) -> list[str]:
    """Investors of a round named as the subject of a later clause of its sentence that
    calls them backers: «جمعت OpenAI 40 مليار دولار، ما رفع تقييمها …، وتقدمت شركتا
    مايكروسوفت وسوفت بنك قائمة الداعمين»: the names of that clause before the word.
    Found once per sentence (the first such word), so a long line stays linear."""
    m = ctx.first_before(_role_cues().backers, raise_["start"], ctx.sentence(raise_["start"])[1])
    if m is None or m.start() < raise_["end"]:
        return []
    lo = ctx.clause(m.start())[0]
    if lo < raise_["end"]:
        return []  # the amount's own clause: its markers already speak
    named = _named(ctx, raise_["start"], "raise")
    k = bisect_left(named, lo, key=lambda n: n.e.start)
    return list(dict.fromkeys(n.e.name_en for n in named[k:] if n.e.end <= m.start() and not n.mark
                              and n.e.kind in _cues().kinds and n.e.name_en != raise_["recipient"]))


def _earlier_backers(ctx: Context, raise_: dict, amounts: list[dict]) -> list[str]:
    """Investors of a round named in an earlier clause of its sentence, one that holds no
    amount of its own: «تسعى X لجمع مبلغ أكبر، بدعم من أطراف منها إنفيديا، ما يرفع
    قيمة جولتها إلى 9 مليارات»، «شاركت Y، وهي ذراع استثماري، في جولة بقيمة 400 مليون»: the
    names marked as the money's source («من / بدعم من / بقيادة») or the subjects of a verb of
    taking part («شاركت / قادت»), not the round's company, after the sentence's last amount
    before the round's clause. A clause with an amount speaks of that amount («جمعت 40 مليارا
    بقيادة X، لترتفع قيمتها إلى 300 مليار»); one before another amount, of that one or of the
    company («ميسترال، المدعومة من X، بأكثر من 6 مليارات …، لجمع مليار دولار»)."""
    clause = ctx.clause(raise_["start"])
    lo = ctx.sentence(raise_["start"])[0]
    if clause[0] <= lo:
        return []
    k = bisect_left(amounts, clause[0], key=lambda b: b["start"])  # amounts come in order
    if k and amounts[k - 1]["start"] >= lo:  # the sentence's last amount before the round's clause
        lo = ctx.clause(amounts[k - 1]["start"])[1]  # names only in the clauses after the last one
    named = _named(ctx, raise_["start"], "raise")
    return list(dict.fromkeys(n.e.name_en for n in named[:bisect_left(named, clause[0], key=lambda n: n.e.start)]
                              if (n.mark == "investor" or n.lead) and n.e.name_en != raise_["recipient"]
                              and n.e.start >= lo))


_FINE_BACK = 80  # a fine's word is looked for this far before its amount, in its sentence


def _one_case(ctx: Context, amounts: list[dict]) -> None:
    """A fine or a claim whose sentence names no one who pays it is the article's case: a
    fine («قد يصل إجمالي الغرامة إلى 35 مليون يورو»، «عقوبة إضافية تصل إلى 5 ملايين») is paid
    by the one fined in the nearest other fine the article names a payer for; a sum for each
    one of many («بمتوسط 3000 دولار لكل كتاب»، «20 دولارا لكل منهم») in a claim or a
    settlement is a share of it, paid by the payers of the nearest damages the article names
    them for (its recipient is left as its own sentence says). A fine whose sentence names no
    authority («تم تغريم شركة X مليون دولار») is received by the authority the article's other
    fines go to, when they all go to one (of two, which one is not said)."""
    rc = _role_cues()
    text = ctx.text
    fines: dict[int, bool] = {}
    for i, a in enumerate(amounts):
        if a["role"] == "other":
            lo = ctx.sentence(a["start"])[0]
            fines[i] = (rc.penalty.search(text, max(lo, a["start"] - _FINE_BACK), a["start"]) is not None
                        or fine_paid(ctx, a["start"]))
    authorities = {b["recipient"] for j, b in enumerate(amounts) if fines.get(j) and b["recipient"]}
    for i, a in enumerate(amounts):
        if fines.get(i) and not a["recipient"] and len(authorities) == 1:
            # «تم تغريم شركة X مليون دولار»: the one authority that fines in the article.
            a["recipient"] = next(iter(authorities))
            a["recipient_basis"] = "article"
        if a["payer"]:
            continue
        if fines.get(i):
            like = [b for j, b in enumerate(amounts) if fines.get(j) and b["payer"]]
        elif a["role"] == "damages" and rc.each.match(text, a["end"]):
            like = [b for b in amounts if b["role"] == "damages" and b["payer"]]
        elif a["role"] == "damages" and any(b["role"] == "damages" and b["payer"] for b in amounts):
            # A claim's total, not a share of each: it takes no payer from the article's other
            # claim, and the learned fallback (ranker.py) gives it none either.
            a["payer_empty"] = True
            continue
        else:
            continue
        if not like:
            continue
        b = min(like, key=lambda b: abs(b["start"] - a["start"]))
        a["payer"] = list(b["payer"])


@cache
def _gains_words() -> re.Pattern:
    """The words of a defendant's gains ('gains_claimed.gains'), after a clitic and «ال»."""
    return re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(_spec()['gains_claimed']['gains'])})(?!\w)")


def _gains_claimed(ctx: Context, amounts: list[dict]) -> None:
    """What a claim says a defendant gained is the sum claimed from it: in an article that
    tells damages claimed by someone, an amount whose sentence speaks of the suit before it
    («وجاء في الدعوى أن …»، «قال X في الملف المقدم إلى المحكمة إن …») and whose clause says a
    word of gains before it with an organization named there («أن شركة Y كسبت ما بين»، «بينما
    بلغت مكاسب شركة Z بين») is damages paid by that organization (the last named before the
    amount) to the claimant of the nearest other damages (money_roles.json, 'gains_claimed')."""
    claims = [a for a in amounts if a["role"] == "damages" and a["recipient"]]
    if not claims:
        return
    rc = _role_cues()
    gains = _gains_words()
    text = ctx.text
    found: list[tuple[dict, str]] = []
    for a in amounts:
        if a["role"] not in ("damages", "other", "revenue", "valuation"):
            continue
        lo = ctx.sentence(a["start"])[0]
        c_lo = ctx.clause(a["start"])[0]
        if not gains.search(text, c_lo, a["start"]) or not rc.lawsuit.search(text, lo, a["start"]):
            continue
        orgs = [e for e in ctx.entities(a["start"]) if e.kind == "org" and c_lo <= e.start and e.end <= a["start"]]
        if orgs:
            found.append((a, orgs[-1].name_en))
    others = [b for b in claims if all(b is not a for a, _ in found)]
    for a, payer in found:
        like = [b for b in others if payer not in b["recipient"]]  # (never the defendant's own claim)
        if not like:
            continue
        before = [b for b in like if b["start"] < a["start"]]
        b = before[-1] if before else like[0]
        a["role"], a["payer"], a["recipient"] = "damages", [payer], b["recipient"]
        a["recipient_basis"] = "article"
        a.pop("payer_empty", None)


def _respectively(sentence: str, group: list[dict]) -> None:
    """«2 و4 مليارات من جوجل وأمازون على التوالي»: the n-th amount from the n-th payer."""
    if len(group) < 2 or not _cues().respectively.search(sentence):
        return
    shared: dict[tuple[str, ...], list[dict]] = {}
    for g in group:  # the amounts that share one list of payers
        shared.setdefault(tuple(g["payer"]), []).append(g)
    for payers, amounts in shared.items():
        if len(payers) == len(amounts) > 1:
            for g, p in zip(amounts, payers):
                g["payer"] = [p]


def _pledged(ctx: Context, amounts: list[dict]) -> None:
    """A company's pledge to one country (an investment whose recipient is a country or its
    government) takes in its other amounts of the article that an investing word tells (the
    amount's cue is an investment cue: «خطة استثمارية … تبلغ قيمتها»، «إجمالي استثمارات
    الشركة يصل إلى»، «نما هذا الاستثمار إلى»، a headline «تتعهد أبل باستثمار 500 مليار») and
    that have no recipient: the country receives them too (ANNOTATION.md, the pledge rule).
    Not when the company pledged to several countries (which one is not said), nor when the
    amount has a destination of its own right after it in its clause ('own_purpose': «لإنشاء
    خطوط إنتاج»), nor when its region was said («في تكساس»، «في الولاية»: spent there)."""
    sector = sectors()
    pledges: dict[str, set[str]] = {}
    for a in amounts:
        r = a["recipient"]
        if a["role"] == "investment" and a["payer"] and r and (
                r.startswith("Government of") or sector.get(r, "") in ("government", "place")):
            pledges.setdefault(a["payer"][0], set()).add(r)
    if not pledges:
        return
    own = _role_cues().own_purpose
    text = ctx.text
    for a in amounts:
        if (a["role"] not in ("spending", "investment") or a["recipient"] or not a["payer"] or a.get("placed")
                or a["cue"] is None or len(pledges.get(a["payer"][0], ())) != 1):
            continue
        clause_end = ctx.clause(a["start"])[1]
        if ctx.cue_role(a["start"], a["cue"]) != "investment" or own.search(text, a["end"], min(clause_end, a["end"] + 40)):
            continue
        a["role"], a["recipient"] = "investment", next(iter(pledges[a["payer"][0]]))
        a["recipient_basis"] = "article"


def _later_backers(ctx: Context, raise_: dict, amounts: list[dict]) -> list[str]:
    """Investors of a round named in the clause right after the last amount of its sentence,
    when the amounts after the round's are only what it valued the company at or the round
    again in another currency: «جمعت X 750 مليون دولار بتقييم 6.9 مليار، مع مشاركة عمالقة مثل
    Y وZ»، «جمعت الشركة 90 مليار وون، ما يعادل 62 مليون دولار، من مستثمرين أبرزهم Y». That
    clause says a word of taking part or of investors (a verb of leading, «مشاركة»،
    «المستثمرين») or marks a name as the money's source («من / بقيادة»); its names so
    marked, or named after that word, and the names listed on with them, back the round. A
    clause of another sentence or after another kind of amount («…، وأنفقت 3 مليارات، بقيادة»)
    speaks of something else."""
    hi = ctx.sentence(raise_["start"])[1]
    later = [b for b in amounts if raise_["end"] <= b["start"] < hi]
    if any(b["role"] not in ("valuation", "raise") for b in later):
        return []
    last = ctx.clause(later[-1]["start"] if later else raise_["start"])[1]
    if last >= hi:
        return []
    nxt = ctx.clause(last + 1)
    said = _cues().takes_part.search(ctx.text, nxt[0], min(nxt[1], hi))
    named = _named(ctx, raise_["start"], "raise")
    if said is None and not any(n.mark == "investor" and nxt[0] <= n.e.start < nxt[1] for n in named):
        return []
    return list(dict.fromkeys(n.e.name_en for n in named if n.e.start >= last and n.e.kind in _JOINT_KINDS
                              and (n.mark == "investor" or n.lead or (not n.mark and said is not None and n.e.start >= said.end()))
                              and n.e.name_en != raise_["recipient"]))


_HELD_ROLES = ("valuation", "market_value", "revenue", "loss")  # amounts that change no hands


def _told_again(amounts: list[dict], key) -> None:
    """A figure the article tells again (the deal said again further on: «… في صفقة قيمتها
    70 مليون دولار»، «وتضم الحزمة البالغة 70 مليون دولار أسهما ومكافآت») is the sum told before: an
    amount whose sentence names no payer is paid by the payers the article named for the same
    figure before it (the same value, upper value and currency, ``key``) in the same role, when
    they all name the same ones (grammar: the repeated figure refers back). Amounts that change
    no hands (a valuation, revenue) keep none. A recipient read as one of those payers takes
    the figure's told recipient. Runs on the finished amounts, in order (payers joined by
    «; »); the payers so taken are ``article``'s: named in another sentence."""
    told: dict[tuple, list[dict]] = {}  # the figures told so far with their payers
    for a in amounts:
        if a["role"] in _HELD_ROLES:
            continue
        before = told.setdefault((key(a), a["role"]), [])
        named = {b["payer"] for b in before}
        if not a["payer"] and len(named) == 1:
            payer = named.pop()
            paid = {b["recipient"] for b in before}
            a["payer"], a["payer_basis"] = payer, "article"
            if a["recipient"] in payer.split("; ") and len(paid) == 1:
                # «وقد يصل المبلغ الذي يناقشه الصندوق X إلى 7 مليارات»: the one paying it
                # receives none of it; the figure's recipient is the one told.
                a["recipient"], a["recipient_basis"] = next(iter(paid)), "article"
            if a["role"] in ("investment", "spending"):
                a["subject"] = payer.split("; ")[0]  # as assign's: who spends or invests
        elif a["payer"]:
            before.append(a)
