"""What an amount of money is, who pays it and who receives it.

For every amount :mod:`analysis.extract.money` finds, this module reads the sentence
around it (cue words from ``data/money_roles.json``, organizations from
:mod:`analysis.extract.entities`) and decides:

* **role**: ``raise``, ``valuation``, ``market_value``, ``investment``, ``acquisition``,
  ``bid``, ``revenue``, ``loss``, ``spending``, ``debt``, ``damages`` or ``other``: the
  nearest strong cue before the amount in its clause, else after it, else a weak cue,
  else the same in the whole sentence. A cue is a whole word, read after the clitics
  and the future prefix س, a final ة also as ت before a suffix (جولتها). A market value said of a company that is not
  listed (an AI lab) is its valuation. Then the sentence's shape decides: a price per
  share or unit («50 دولارا للسهم») and what a stake, fund or fortune is worth («حصة
  تقدر بنحو»، «صندوق الذي تبلغ قيمته») are ``other`` (a fund being set up is not); a
  loss «من قيمتها السوقية» is a market value; a profit or revenue in a sentence that
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
  or of a cost («تمول الشركة نحو 6 مليارات من أعمال الإنشاء») spends it.
* **agent**: the organization the role's cue speaks of: the name right after the cue
  (Arabic puts the verb first: «استثمرت مايكروسوفت») or the last one before it
  («مايكروسوفت تستثمر»; in a clause opened by «كما» that names no one before its cue,
  the sentence's subject, its first name: «تدعم MGX شركة OpenAI، كما تتعاون…»), never one quoted as a source (وفق رويترز، وفقا لبيانات…), a news
  outlet, a data provider or research firm after a source cue («تشير بيانات مجموعة بورصات لندن»), one inside a title (رئيس شركة تسلا، الرئيس الأمريكي ترامب), a person a plan is
  named after («خطة ترامب») or a company compared with («متجاوزة مايكروسوفت»). A company
  the gazetteer knows, after a verb of saying («أفادت إنفيديا بأن إيراداتها»), reports its
  own figures. An amount in a relative clause («مايكروسوفت التي حلت ثانية بـ…», «سكيل
  التي تبلغ قيمتها») is said of the name the clause hangs on; an amount whose cue is in
  another clause («… وأمازون إلى 2.3 تريليون») of the name its own clause gives first.
* **marked names**: a name right after a marker (or after a marker, a company noun and a
  short description: «من شركة الرقائق الأمريكية إنفيديا», or a description then «هم / وهي»:
  «بدعم من 3 من أكبر الشركات هم X، وY») takes the part the marker gives it:
  «من / بقيادة / بمشاركة» the money's source (a description of one word, a company
  noun and up to four words may come between: «بقيادة مصرفيي بنك الاستثمار الأمريكي X»), «في» where it is invested, «على /
  لشراء» what is bought, «مع / لدى» who is paid; a name listed right after a marked
  one («من جوجل وأمازون»; also after the words of a legal name the mention leaves out:
  «SoftBank Group Corp، و Oracle») takes the same part, and such a list goes on past the
  amount's clause; the subject of «قادت / تشارك» in a
  funding sentence is an investor in the round; a project named after a marked plan
  («في خطة ترامب المعروفة بـستارجيت») is where the money goes; a name spelled again
  («سوفت بنك” SoftBank») keeps the part of the first.
* **payer** and **recipient**, per role: a raise's recipient is its agent and its payers
  the investors; spending said as a noun with «من» («إنفاق رأسمالي من ألفابت ومايكروسوفت»,
  no preposition between) is paid by the names listed after «من»; an investment's payer is its agent and its recipient the company
  invested in; a purchase or bid is paid by its agent for its target (a product too:
  «الاستحواذ على متصفح كروم»); spending is paid by its agent to its supplier; a debt is
  lent by the named lender to the agent; damages are claimed by the agent from the named
  defendant; a project (gazetteer sector project) is where an investment or spending goes,
  never who pays it (its backers are those the sentence names, none guessed; what it costs stays spending); a supplier or
  company invested in marked in an earlier clause of the sentence receives spending or an
  investment whose own clause names none; an investment whose first destination after its
  amount is a sector, a field or infrastructure («للاستثمار في الذكاء الاصطناعي»، «لبنية
  الذكاء الاصطناعي») goes into no company: none is taken from the article to receive it; a valuation, market value, revenue or loss belongs to its agent and has no
  payer. Among other amounts, a company's earnings («صافي الدخل»، «أرباح») belong to it like
  its revenue; a raise, a valuation or another figure whose subject is named before it and
  that names a company right after it with «لـ / لشركة / لصالح» or «في» («قدمت جوجل شيكا
  بقيمة … لشركة X»، «تقييما بقيمة … لشركة X»، «حصة تقدر بنحو … في X») goes to that company,
  paid by the subject (a valuation has no payer); a fine is paid by the one fined («على / ضد X», «تغرم X»)
  to the authority named before it, a donation by its donor, and a share's price
  belongs to the company of «سهم X» (else the one spoken of). Who is obliged to pay
  («سيتعين على ميتا دفع») pays.
* **a round's backers**: who takes part in it («انضم إلى جولة», «في إطار / ضمن جولة»،
  «بعد مشاركته في جولة»): the sentence's subject before the phrase, else the investor
  the text spoke of last (and the subject's investee raises); «قادت المجموعة جولة…»: the
  company spoken of, with those named «مع» it; «X ومستثمرين آخرين»: X is one of them. «على التوالي» pairs
  several amounts with several investors in order. «في الشركة / فيها» points back to
  the company the article last named as receiving money.
* **appositions** are no parties: what a company owns or belongs to («ميتا، المالكة
  لفيسبوك وإنستغرام», «سبيس إكس، إحدى شركات ماسك», «ميتا (فيسبوك وإنستغرام)»); a
  person's head title gives the company he speaks for, named before him too («رئيس
  مجموعة ميتا مارك زوكربيرغ»); an outlet quoted as a source, a platform posted on or a
  dateline («نيويورك-سانا») is never the company the article speaks of.
* **unnamed spender**: a spender, investor or buyer the sentence does not name («ستنفق
  الشركة…», «كما سيتم تخصيص…») is the last one named in the paragraph, else the company
  the article names first; «الطرفان / الشركتان» are the two companies named last,
  «الشركات الثلاث» the three (a project is none of them); a person who launches a
  partnership with companies («أطلق ترامب مبادرة بالشراكة مع…») is not one of its payers.
* **holdings** change no hands: a fund's assets («الذي يمتلك أصولا…») belong to the
  organization named last before them, a fortune («ثروة X») to the person after «ثروة»;
  neither has a payer.
* **the round's backers** may be named in the next sentence when it speaks of the round
  with a verb of taking part («وشارك في الجولة مستثمرون مثل…»), tells of the raise again
  with a word of taking part or investing («جمعت الشركة الأموال من بعض أكبر المستثمرين،
  بما في ذلك…»، «مشاركة شركات كبرى مثل … في تمويل الشركة»), or opens by going on with a
  list of investors («… من مستثمرين. بينهم: …»).
* **«الصندوق»** as the subject of an investment, spending or purchase, with no name
  between it and the amount, is the fund an earlier sentence named (its unmarked fund
  first), not a person of an earlier clause; not the fund's own size («الصندوق البالغ حجمه»).
* **a joint body** (alliance, partnership, consortium: «شكلت 6 كيانات تحالفا … ملتزمة
  باستثمار») whose sentence names no payer is paid by its members: those listed after a
  word of membership («تضم»، «بما في ذلك:») in its sentence or the next, else the partners
  the article names paying together for it elsewhere («سيستثمر الطرفان»).
* **a deal pointed back at** («هذا الاستثمار … مع خطط لاستثمار 100 مليار») whose sentence
  names no payer is paid by those of the article's last investment, spending or purchase.
  A round it goes into («وستكمل هذه الأموال جولة بقيمة 41 مليارا»، «هذا التمويل يمثل نصف
  المبلغ الذي جمعته الشركة») that names no investor is backed by them too (its company, when
  it is one of them, is the one their deal went into).
* **a headline** (a first line of at most 20 words) restates the body: its amount, when it
  names none of its payers, takes the payers (and a missing role or recipient) of the
  body's first amount of the same value and currency.
* **a loan's lenders** may be named in the next sentence when it says a debt word before
  its first amount («… جرى تأمينها من بنك X وبنك Y»): the names marked «من / بقيادة».
* **«الشركة» before any name**: a figure of «الشركة» when the article has named no company
  yet (a headline or a first sentence) is the company the article names first, later on.
* **parties named together**: names listed after the fined, claimed-from or obliged one
  («على شركتي X وY»، «من X وY»، «ألزمت … X وY بدفع») pay together; the partners of a joint
  undertaking («مشروع ستارجيت بين X وY») pay together; in a compute contract the customer
  pays the supplier (gazetteer sectors cloud, chips), whichever is the subject; pay (a salary,
  a compensation package) is paid by the employer offering it.
* **subject**: the company the figure is about: the investor of an investment and the
  spender of spending, otherwise the recipient.

Names are canonical English names (the gazetteer's), or the name as written for an
organization the gazetteer does not list. A party the article does not name is
empty: nothing is guessed from outside the article.
"""

from __future__ import annotations

import json
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from analysis.extract.entities import EntityMention, find_all_entities, sectors
from analysis.extract.governments import government_of
from analysis.extract.names import outlet_suffixes
from analysis.extract.numbers import CLITICS, S0, S, alternation
from analysis.text.normalize import normalize
from analysis.text.sentences import sentence_spans

_DATA = Path(__file__).resolve().parents[1] / "data"
_END = sys.maxsize  # a pattern's default endpos

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
# «X وY»، «X، وY»، «“X” و“Y”»، «X وشركة Y»: names listed (a company noun may open the next one).
# A nisba adjective may close the first name («"G42" الإماراتية و"مايكروسوفت"»), and a comma and
# «و» may both come between quoted names («“سيرفيس ناو”، و”كورويف”»).
_GLUE = re.compile(rf"^{_QUOTE}(?:{S0}ال[^\s\d،,.]+ي(?:ة|ه)?)?{S0}(?:[،,]{S0}و?|و)(?:شركة{_QUOTE})?{_QUOTE}$")
_SELF = re.compile(r"[ \t\"'»”)]*[،,]?[ \t]*ان(?:ها|ه|هم)(?!\w)")
_POINTER = re.compile(r"(?<!\w)[وفبل]?(?:في|علي|لشراء)")  # normalized: على → علي
_INTO = re.compile(r"(?<!\w)[وف]?في(?:[ \t]+\w+)?[ \t]*[\"'«“(]*$")  # «في (تأسيس) X»
_VALUED = re.compile(r"(?<!\w)(?:التي|الذي)[ \t]+(?:تبلغ|يبلغ|تقدر|يقدر)[ \t]+قيمت(?:ها|ه)(?:[ \t]+\w+){0,3}?[ \t]*ب?[ \t]*$")
# «ميتا (فيسبوك وإنستغرام)»: a name in brackets right after another one.
_APPOSITION = re.compile(r"^[ \t\"'»”]*[،,]?[ \t]*\([^()]{0,60}$")
# «استحوذت شركة “إنفيديا” على…»: only a company noun and quotes between verb and subject.
_SUBJECT_GAP = re.compile(rf"^{_QUOTE}(?:(?:ال)?(?:شركة|شركه|مجموعة|مجموعه){_QUOTE})?$")
# «… 25 مليار دولار لـ«مايكروسوفت»»: the one a claimed sum is asked from.
_DEFENDANT = re.compile(r"^[ \t\"'«»“”(]*(?:ل|من|علي|على)ـ*[ \t\"'«»“”(]*(?:شرك(?:ة|ت[يا]|ات))?[ \t\"'«»“”]*$")
_REPEAT = re.compile(r"^[ \t\"'«»“”()]*$")
# Suffixes after which a cue's final ة is written ت (pronouns, dual); the first four
# (pronouns) also follow a plural in ات.
_TA_SUFFIXES = ("ها", "ه", "هم", "هما", "ين", "ان", "نا")
_OBJECT = "ها|ه|هم|هما"  # object pronouns a verb may carry («تقودها»: leads it)
_RESPECTIVELY = re.compile(r"(?<!\w)(?:علي|على)\s+التوالي")


def _norm(w: str) -> str:
    return " ".join(normalize(w).split())


def _phrases(words) -> str:
    return alternation([_norm(w) for w in words])


def _initials(words) -> str:
    """A character class of the letters a match of ``alternation(words)`` can start with
    (a word that is only «ة» is also written «ه»). Put as a lookahead at the head of a
    pattern tried at every position, it is a necessary test that the regex engine makes
    far faster than entering the alternation there."""
    first = {w[0] for w in words} | ({"ه"} if any(w.split()[0] == "ة" for w in words) else set())
    return "[" + "".join(re.escape(c) for c in sorted(first)) + "]"


class _Sifted:
    """A pattern behind a cheap literal test: its ``search``, ``finditer`` and ``match``
    run only when ``text[pos:endpos]`` holds one of ``needles``, strings every match
    contains. Exact (no needle, no match) and far cheaper than a regex tried at every
    position, for a rare word looked for in each sentence or before each amount."""

    __slots__ = ("regex", "pattern", "needles")

    def __init__(self, regex: re.Pattern, needles):
        self.regex, self.pattern = regex, regex.pattern
        needles = set(needles)
        # A needle that holds another is found only where that one is: the shorter suffices.
        self.needles = tuple(sorted(n for n in needles if not any(m != n and m in n for m in needles)))

    def _sifts(self, text: str, pos: int, endpos: int) -> bool:
        for n in self.needles:
            if text.find(n, pos, endpos) >= 0:
                return True
        return False

    def search(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        return self.regex.search(text, pos, endpos) if self._sifts(text, pos, endpos) else None

    def match(self, text: str, pos: int = 0, endpos: int = _END) -> re.Match | None:
        return self.regex.match(text, pos, endpos) if self._sifts(text, pos, endpos) else None

    def finditer(self, text: str, pos: int = 0, endpos: int = _END) -> Iterator[re.Match]:
        return self.regex.finditer(text, pos, endpos) if self._sifts(text, pos, endpos) else iter(())


def _either(patterns) -> re.Pattern:
    """One pattern that finds a match wherever one of ``patterns`` (each opening with
    ``(?<!\\w)``) would: a window that several of them are tried on in turn, and where
    none usually matches, is then scanned once, not once per pattern."""
    head = r"(?<!\w)"
    assert all(p.pattern.startswith(head) for p in patterns)
    return re.compile(head + "(?:" + "|".join(f"(?:{p.pattern[len(head):]})" for p in patterns) + ")")


def _cores(words) -> list[str]:
    """Needles for :class:`_Sifted` of a pattern that matches one of ``words`` (an
    ``alternation`` of them, normalized): each word's first part (a multi-word cue's
    parts are joined by any run of blanks) less a final ة, which the pattern also
    reads as ه."""
    out = []
    for w in map(_norm, words):
        if w:
            first = w.split()[0]
            out.append(first[:-1] if first.endswith("ة") else first)
    return out


@dataclass(frozen=True)
class _Cues:
    roles: re.Pattern
    role_map: dict[str, tuple[str, bool, bool]]  # cue -> (role, strong, any ending)
    not_words: re.Pattern
    kinds: frozenset[str]
    person_roles: frozenset[str]
    product_roles: frozenset[str]
    listed: frozenset[str]
    data_sectors: frozenset[str]
    report_author: re.Pattern  # «تقرير صادر عن X»، «تقديرات X»: X wrote about the money
    earnings: re.Pattern
    adjunct: re.Pattern
    adjunct_ends: tuple[str, ...]  # the last words of adjunct's phrases: one of them ends each match
    offer: re.Pattern
    comparison: re.Pattern
    facilities: re.Pattern
    source: re.Pattern
    title: re.Pattern
    marks: dict[str, re.Pattern]
    any_mark: re.Pattern  # any of marks: one search rules them all out
    cited: re.Pattern  # report_author or source: one search rules both out
    described_any: re.Pattern  # any of described: one search rules them all out
    described: dict[str, re.Pattern]
    counted: dict[str, re.Pattern]
    described_head: re.Pattern
    they_are: re.Pattern
    leads: re.Pattern
    led: re.Pattern
    relative: re.Pattern
    relative_any: re.Pattern
    anaphora: re.Pattern
    owned: re.Pattern
    pair: re.Pattern
    trio: re.Pattern
    joint: re.Pattern
    list_glue: re.Pattern
    named_as: re.Pattern
    round: re.Pattern
    leads_any: re.Pattern
    takes_part: re.Pattern
    backers_open: re.Pattern
    assets: re.Pattern
    assets_after: re.Pattern
    wealth: re.Pattern
    compared: re.Pattern
    fine: re.Pattern
    fined: re.Pattern
    obliged: re.Pattern
    project_of: re.Pattern
    bought: re.Pattern
    joins_round: re.Pattern
    more_investors: re.Pattern
    share: re.Pattern
    per_share: re.Pattern
    pays: re.Pattern
    provides: re.Pattern
    own_company: re.Pattern
    donation: re.Pattern
    pay: re.Pattern
    suppliers: frozenset[str]
    between: re.Pattern
    led_by_it: re.Pattern
    vehicle: re.Pattern
    members: re.Pattern
    fund_anaphora: re.Pattern
    fund_size: re.Pattern
    spend_noun: re.Pattern
    continues: re.Pattern
    suffixes: re.Pattern
    this_deal: re.Pattern
    spent_by: re.Pattern

    @cached_property
    def before_name(self) -> re.Pattern:
        """Any of the words :func:`_named_in` (and :func:`_quoted`) look for in the 40
        characters before a name: a window holding each of theirs where this finds nothing
        holds none of them (the same text, end and lookbehinds). Most names have no marker,
        title, owner, source nor comparison before them: one search rules them all out."""
        return _either([self.owned, self.title, self.compared, self.obliged, self.project_of, self.leads,
                        self.they_are, self.report_author, self.source, *self.marks.values()])


@cache
def _spec() -> dict:
    """``data/money_roles.json``, read once for every table of cues built from it."""
    return json.loads((_DATA / "money_roles.json").read_text(encoding="utf-8"))


@cache
def _cues() -> _Cues:
    spec = _spec()
    role_map: dict[str, tuple[str, bool, bool]] = {}
    for role, levels in spec["roles"].items():
        for level in ("strong", "weak"):
            for cue in levels.get(level, []):
                star = cue.endswith("*")
                word = _norm(cue.rstrip("*"))
                role_map.setdefault(word, (role, level == "strong", star))
                if word.endswith("ة"):
                    # Before a suffix ة is written ت: «جولتها»، «صفقتين»، «خسارته».
                    for form in [word[:-1] + "ت"] if star else [word[:-1] + "ت" + s for s in _TA_SUFFIXES]:
                        role_map.setdefault(form, (role, level == "strong", star))
                if word.endswith("ات") and not star:
                    for form in (word + s for s in _TA_SUFFIXES[:4]):  # «سنداتها»
                        role_map.setdefault(form, (role, level == "strong", star))
    roles = re.compile(
        # «ستجمع»، «سيكلف»: the future prefix س before a verb. Clitics are tried shortest
        # first, so a cue listed with its preposition (برأسمال) wins over the bare word.
        # A cue without * ends its word, one with * takes any ending: a longer word is
        # never lost to a shorter cue inside it («القيمة السوقية» is not «قيمة سوق» + «ية»).
        # The lookahead only skips, fast, the words no cue, clitic or article starts with
        # (this pattern is run over every sentence with an amount).
        rf"(?<!\w)(?={_initials([*CLITICS, 'ال', 'لل', 'س', *role_map])})(?:[{CLITICS}]{{0,2}}?(?:ال|لل|س)?)"
        rf"(?:(?P<c>{alternation(k for k, v in role_map.items() if not v[2])})(?!\w)"
        rf"|(?P<s>{alternation(k for k, v in role_map.items() if v[2])})\w*)"
    )
    p = spec["parties"]

    def word(key: str, article: bool = False) -> re.Pattern:
        """Any of the words under ``key`` in 'parties', after a clitic (and «ال»)."""
        return re.compile(rf"(?<!\w)[{CLITICS}]?{'(?:ال)?' if article else ''}{_phrases(p[key])}(?!\w)")
    # A marker ends right before the name: «من شركة»، «بقيادة صندوق».
    noun = rf"(?:{S}(?:ال)?{_phrases(p['company_nouns'])})?"
    # «في أسهم شركة G42»، «على حصة في شركة»: shares of a company are the company's (invested in, bought).
    stake = rf"(?:{S}(?:ال)?{_phrases(p['stake_nouns'])})?"
    marks = {
        kind: re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p[kind])}){stake if kind in ('investee', 'target') else ''}"
                         rf"{noun}{_QUOTE}$")
        for kind in ("investor", "investee", "target", "supplier")
    }
    # «من شركة أشباه الموصلات الأميركية “AMD”»: the company noun, then up to four words;
    # one word may come before the noun («بقيادة مصرفيي بنك الاستثمار الأمريكي X»).
    described = {
        kind: re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p[kind])})(?:{S}[^\s،,.:;()\"«»“”]+)?{S}(?:ال)?{_phrases(p['described_heads'])}"
                         rf"(?:{S}[^\s،,.:;()\"«»“”]+){{1,4}}{_QUOTE}$")
        for kind in ("investor", "investee", "target", "supplier")
    }
    # «بدعم من 3 من أكبر الشركات في التكنولوجيا هم X، وY»: a description, then «هم» and the names.
    counted = {
        kind: re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p[kind])})(?:{S}[^\s،,.:;()\"«»“”]+){{1,8}}?"
                         rf"{S}{_phrases(p['they_are'])}{_QUOTE}$")
        for kind in ("investor", "investee", "target", "supplier")
    }
    # «الجمعة» (Friday) is no «جمع*»: a word a starred cue would take in, read whole.
    not_words = "|".join(rf"{alternation([_norm(w.rstrip('*')) for w in spec['not_words'] if w.endswith('*') == st])}{tail}"
                         for st, tail in ((True, r"\w*"), (False, "")))
    # «بحسب بيانات صادرة عن (منصة) «ومضة»»: a company noun may come between a report's noun and
    # its author (not after a verb of saying: «قالت شركة X» is the company speaking).
    report_author = re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['report_authors'])}(?:{S}ل)?{noun}{_QUOTE}$")
    # After a prepositional source cue a company noun may come too («وفقا لشركة «X»»), not after a
    # verb of saying («قالت شركة X»: the company speaking of itself stays a party).
    source = re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['source'])}(?:{S}ل)?{_QUOTE}$"
                        rf"|(?<!\w)(?:وفقا|وفق|بحسب|حسب|نقلا عن){S0}ل?{S0}(?:ال)?{_phrases(p['company_nouns'])}{_QUOTE}$")
    return _Cues(
        not_words=re.compile(rf"[{CLITICS}]{{0,2}}(?:ال|لل)?(?:{not_words})"),
        counted=counted,
        described_head=re.compile(_phrases(p['described_heads'])),
        they_are=re.compile(rf"(?<!\w){_phrases(p['they_are'])}{_QUOTE}$"),
        described=described,
        described_any=_either(described.values()),
        roles=roles,
        role_map=role_map,
        kinds=frozenset(p["kinds"]),
        person_roles=frozenset(p["person_roles"]),
        product_roles=frozenset(p["product_roles"]),
        listed=frozenset(spec["listed_sectors"]),
        data_sectors=frozenset(p["data_sectors"]),
        report_author=report_author,
        earnings=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(p['earnings'])}\w*"),
        # «بما في ذلك مشروع» (including) is no adverbial.
        adjunct=re.compile(rf"(?<!\w)(?<!بما ){_phrases(spec['adjunct'])}{S0}$"),
        adjunct_ends=tuple(sorted({_norm(w).split()[-1] for w in spec['adjunct']})),
        offer=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['offer'])})(?:{S}\w+)?{S0}$"),
        comparison=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['comparison'])}){S0}$"),
        facilities=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['facilities'])})(?!\w)"),
        source=source,
        cited=_either([report_author, source]),
        title=re.compile(
            rf"(?<!\w)[{CLITICS}]?{_phrases(p['title'])}"
            rf"(?:{S}(?:ل|[{CLITICS}]?(?:ال)?(?:شركة|مجموعة|منصة|موقع)))?(?:{S}ال[^\s،,.:;()\"«»“”]+)?{_QUOTE}$"
        ),
        marks=marks,
        any_mark=_either(marks.values()),
        # «وتقودها سوفت بنك»: the verb may carry the round as an object pronoun.
        leads=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['leads'])}(?:{_OBJECT})?{noun}{_QUOTE}$"),
        led=re.compile(rf"{S0}[{CLITICS}]?{_phrases(p['leads'])}(?:{_OBJECT})?(?!\w)"),
        relative=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['relative'])}){S0}$"),
        relative_any=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['relative'])})(?!\w)"),
        anaphora=re.compile(rf"{S0}(?:[{CLITICS}]?{_phrases(p['anaphora'])})(?!\w)"),
        # «ميتا، المالكة لفيسبوك» / «xAI المملوكة للملياردير ماسك»: one word may come between.
        # «يمتلك أصولا تزيد عن 900 مليار»: up to three words between the assets and the amount.
        assets=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['assets'])}(?:{S}[^\s،,.]+){{0,3}}{S0}$"),
        assets_after=re.compile(rf"{S0}(?:من{S})?{_phrases(p['assets'])}(?!\w)"),
        wealth=_Sifted(word("wealth"), _cores(p["wealth"])),
        # «شارك مؤخرا في جولة تمويل»، «بعد مشاركته في جولة»، «ضمن جولة تمويل»: taking part in a
        # round (up to three words before the round's word).
        joins_round=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['joins_round'])}(?:{S}[^\s،,.]+){{0,3}}?"
                               rf"{S}[{CLITICS}]?{_phrases(p['round'])}(?!\w)"),
        # «… مقابل 34.5 مليار دولار على متصفحها “كروم”»: the thing bought, up to two words after the marker.
        bought=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['target'])}(?:{S}[^\s،,.:;()\"«»“”]+){{0,2}}?{S0}{_QUOTE}$"),
        # «سيتعين على ميتا دفع…»: the one obliged to pay is the subject, not a target.
        obliged=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['obliged'])}{noun}{_QUOTE}$"),
        # «في خطة ترامب»: the person a plan is named after sponsors it; he pays nothing.
        project_of=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(p['projects'])}{S0}{_QUOTE}$"),
        # «قادت المجموعة جولة…»: a round led by the company already spoken of.
        led_by_it=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['leads'])}{S}{_phrases(p['anaphora'])}(?!\w)"),
                          _cores(p["leads"])),
        share=word("share", article=True),
        pays=word("pays"),
        provides=word("provides"),
        own_company=word("own_company"),
        # «0.8 دولار للسهم»: a figure per share, right after the amount.
        per_share=re.compile(rf"[ \t)»\"]*(?:{_phrases(p['per_share'])})(?!\w)"),
        donation=word("donation", article=True),
        suppliers=frozenset(p["supplier_sectors"]),
        # «مشروع “ستارجيت” العملاق بين»: a joint undertaking's noun, up to four words, then «بين».
        between=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(p['joint_nouns'])}(?:{S}[^\s،,.:;]+){{0,4}}?{S}بين{_QUOTE}$"),
                        ["بين"]),
        pay=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(p['pay_words'])}\w*"),
        more_investors=re.compile(rf"[ \t\"'»”)]*[،,]?{S0}{_phrases(p['more_investors'])}(?!\w)"),
        fine=word("fine", article=True),
        # «على شركة “أوبن إيه آي”»، «ضد محرك البحث قوقل»: up to three words of description.
        fined=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['fined'])}(?:{S}[^\s،,.:;()\"«»“”]+){{0,3}}?{S0}{_QUOTE}$"),
        # «متجاوزة “مايكروسوفت”»، «مقارنة بـ…»: the company a figure is compared with.
        compared=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['compared'])}{noun}{S0}ـ*{_QUOTE}$"),
        round=word("round"),
        leads_any=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['leads'])}|{_phrases(p['investor'])})(?!\w)"),
        # «شاركت»، «المشاركة»، «المستثمرين»: a verb or noun of taking part in (funding) a round.
        takes_part=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['leads'])}|{_phrases(p['backer_words'])})(?!\w)"),
                           _cores([*p["leads"], *p["backer_words"]])),
        # «بينهم: X وY»، «ومن بين المستثمرين X»: a sentence that opens by going on with a list of investors.
        backers_open=re.compile(rf"[^\w]*[{CLITICS}]?{_phrases(p['backers_open'])}(?!\w)"),
        # «في خطة ترامب المعروفة بـ“ستارجيت”»: a project marked as invested in, then named.
        named_as=_Sifted(re.compile(rf"(?<!\w)(?:في|لصالح|ل|لدعم){S0}{_phrases(p['projects'])}(?:{S}[^\s،,.:;()]+){{0,5}}?"
                                    rf"{S}{_phrases(p['named_as'])}{S0}[ـ]*{_QUOTE}$"), _cores(p["projects"])),
        # «… وسيسكو، إضافة إلى صندوق “كابيتال 1789”»: the list goes on.
        list_glue=re.compile(rf"^{_QUOTE}[،,]?{S0}[{CLITICS}]?{_phrases(p['list_glue'])}"
                             rf"(?:{S}(?:ال)?(?:شركة|شركه|مجموعة|مجموعه|صندوق|بنك))?{_QUOTE}$"),
        joint=_Sifted(word("joint"), _cores(p["joint"])),
        vehicle=word("vehicle", article=True),
        members=word("members"),
        fund_size=word("fund_size"),
        suffixes=re.compile(rf"(?:{S}{alternation(p['company_suffixes'])}(?![\w.]))+"),
        this_deal=word("this_deal"),
        continues=re.compile(rf"{S0}{_phrases(p['continues'])}(?!\w)"),
        spend_noun=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(p['spend_nouns'])}"),
        # «إنفاق رأسمالي ضخم من ألفابت»: up to two words (no preposition: «إنفاق على رقائق
        # من إنفيديا» buys from a supplier), then «من» and the spender.
        spent_by=re.compile(rf"(?:{S}(?![لب]|علي|على|في|الي|إلى|مع)[^\s\d٠-٩،,.:;()\"«»“”]+){{0,2}}?{S}من{noun}{_QUOTE}"),
        fund_anaphora=_Sifted(re.compile(rf"(?<!\w)[وف]?{_phrases(p['fund_anaphora'])}(?!\w)"), _cores(p["fund_anaphora"])),
        pair=_Sifted(word("pair"), _cores(p["pair"])),
        trio=_Sifted(word("trio"), _cores(p["trio"])),
        owned=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['owned'])}(?:{S}[^\s،,]+){{0,2}}?{S0}ل?{_QUOTE}$"),
    )


def _listed(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]``, between two names, lists them («X وY»، «X، إضافة إلى Y»),
    after the words of the first one's legal name the mention left out («SoftBank Group
    Corp، و Oracle»)."""
    cues = _cues()
    m = cues.suffixes.match(text, a, b)
    gap = text[m.end() if m else a:b]
    return bool(_GLUE.match(gap) or cues.list_glue.match(gap))


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
        self.named: dict[tuple[tuple[int, int], str], list] = {}  # (sentence, role) -> _named(...)
        self._clause_at: dict[int, tuple[int, int]] = {}  # pos -> its clause
        self._per_sentence: dict[tuple, object] = {}  # (sentence, question) -> answer
        self._short_lines: dict[tuple[int, int], bool] = {}  # line span -> fewer than three words?
        self._first: dict[tuple[str, tuple[int, int]], re.Match | None] = {}  # (pattern, sentence) -> first match
        self._cands: list[EntityMention] | None = None  # the text's names of the party kinds
        self._kept: list[bool | None] = []  # per name of _cands: no quoted outlet, no dateline? (None: not asked yet)
        self._quoted: dict[tuple, bool] = {}  # (name's span, name, kind, known, sentence start) -> _quoted(...)
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
            cues = _cues()
            found = []
            for m in cues.roles.finditer(self.text, lo, hi):
                read = _read_cue(m.group(0))
                if read is None:
                    continue  # «يوم الجمعة»: no «جمع*»
                role, strong, skip = read
                before = (max(lo, m.start() - 20), m.start())
                # No adjunct phrase ends the 20 characters before the cue (blanks aside): no search.
                if (strong and self.text[before[0]:before[1]].rstrip(" \t\n").endswith(cues.adjunct_ends)
                        and cues.adjunct.search(self.text, *before)):
                    strong = False  # «في تلك الجولة»: an adverbial, not the amount's head
                if role == "acquisition" and cues.offer.search(self.text, *before):
                    role = "bid"  # «عرضها الاستحواذ على»: an offer, not a done deal
                found.append((m.start() + skip, m.end(), role, strong))
            self._sents[sent] = (clauses, [a for a, _ in clauses], ents, found)
        return self._sents[sent]

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
            self._cands = [e for e in found if e.kind in kinds]
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
        return next((e.name_en for e in self._names_in_text(
            reverse=True, want=lambda e: e.kind in kinds and e.end <= pos and e.name_en not in exclude)), "")

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
            clauses, starts, _, _ = self._info(pos)
            span = self._clause_at[pos] = self._span(starts, clauses, pos)
        return span

    def entities(self, pos: int) -> list[EntityMention]:
        """Entity mentions of the sentence holding ``pos``."""
        return self._info(pos)[2]

    def cues(self, pos: int) -> list[tuple[int, int, str, bool]]:
        """(start, end, role, strong) of the role cues in the sentence holding ``pos``, in order."""
        return self._info(pos)[3]

    def per_sentence(self, pos: int, question, answer):
        """``answer()`` for the sentence holding ``pos``, computed once per sentence and
        ``question``: a test of the whole sentence asked for each of its amounts stays linear."""
        key = (self.sentence(pos), question)
        if key not in self._per_sentence:
            self._per_sentence[key] = answer()
        return self._per_sentence[key]


@dataclass(frozen=True)
class _RoleCues:
    per_unit: re.Pattern
    value_lost: re.Pattern
    holding: re.Pattern
    founding: re.Pattern
    founded_fund: re.Pattern
    cost: re.Pattern
    venture: re.Pattern
    investors: frozenset[str]
    goods: re.Pattern
    receive: re.Pattern
    payment: re.Pattern
    penalty: re.Pattern
    stake: re.Pattern
    offer_verbs: re.Pattern
    hires: re.Pattern
    any_cue: re.Pattern
    cost_any: re.Pattern
    past_buy: re.Pattern
    allocate: re.Pattern
    not_cue: re.Pattern
    market: re.Pattern
    value_of: re.Pattern
    deal: re.Pattern
    holding_word: re.Pattern
    value_of_it: re.Pattern
    value_of_it_any: re.Pattern
    adjunct_round: re.Pattern
    price: re.Pattern
    backers: re.Pattern
    subject_anaphora: re.Pattern
    act_of_investing: re.Pattern
    destination: re.Pattern
    field: re.Pattern
    paid: re.Pattern
    paid_to: re.Pattern
    resumptive: re.Pattern
    price_before: re.Pattern
    deal_noun: re.Pattern
    owner_gap: re.Pattern
    programme: re.Pattern
    into_company: re.Pattern
    obtain: re.Pattern
    yield_from: re.Pattern
    in_exchange: re.Pattern
    investor_noun: re.Pattern
    funding_noun: re.Pattern
    funding_complement: re.Pattern
    funding_verb: re.Pattern
    funding_possessed: re.Pattern
    funding_share: re.Pattern


@cache
def _role_cues() -> _RoleCues:
    spec = _spec()

    def star(key):  # «شراكة*»: any ending
        return "|".join(rf"{alternation([_norm(w.rstrip('*')) for w in spec[key] if w.endswith('*') == st])}{tail}"
                        for st, tail in ((True, r"\w*"), (False, "")))
    pre = rf"(?<!\w)[{CLITICS}]?(?:ال|لل)?"
    # «حصة تقدر بنحو» / «صندوق الثروة الذي تبلغ قيمته نحو»: a holding's worth, right before the amount.
    holding = (rf"{pre}{_phrases(spec['holdings'])}(?:{S}\S+){{0,4}}?{S}(?:و?(?:الذي|التي){S})?"
               rf"{pre}{_phrases(spec['worth'])}(?:{S}[^\s\d٠-٩]+){{0,3}}?{S0}[ب]?{S0}$")
    return _RoleCues(
        per_unit=re.compile(rf"{S0}[)»\"]?{S0}(?:{_phrases(spec['per_unit'])})(?!\w)"),
        value_lost=re.compile(rf"{S0}[)»\"]?{S0}(?:{_phrases(spec['value_lost'])})(?!\w)"),
        holding=re.compile(holding),
        holding_word=re.compile(_phrases(spec['holdings'])),  # no holding without its word: a cheap test first
        # «قيمتها»، «قيمة الشركة»، «تقييمها»: a company's own worth (matched at a cue's start).
        value_of_it=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(spec['value_of_it'])}(?!\w)"),
        value_of_it_any=re.compile(_phrases(spec['value_of_it'])),  # a cheap test first
        # «في آخر جولة»، «بعد هذا التمويل»: a round said as an adverbial (when), right before its cue.
        adjunct_round=re.compile(rf"(?<!\w)(?<!بما ){_phrases(spec['adjunct'])}"
                                 rf"(?:{S}{_phrases(spec['adjunct_determiners'])})?(?:{S}[^\s\d٠-٩،,.]+)?{S0}$"),
        # «مقابل»: in exchange for (a price); «بصفقة»: a deal (what kind, the cue before it says).
        price=re.compile(rf"[{CLITICS}]?{_phrases(spec['price_words'])}"),
        # «التي استحوذت عليها»: a preposition with a pronoun right after the cue points back at the head.
        resumptive=re.compile(rf"{S0}(?:{_phrases(spec['resumptive'])})(?!\w)"),
        # «على دفع»، «بأن تدفع»، «لتسوية»: damages paid or settled (a payer, not a claimant).
        paid=re.compile(rf"(?<!\w)(?:[{CLITICS}]?(?:{star('payment')})|[{CLITICS}]?(?:ال)?{_phrases(spec['settle'])})(?!\w)"),
        # «لـ / لصالح / إلى» right before the one paid.
        paid_to=re.compile(rf"(?<!\w)(?:{_phrases(spec['paid_to'])})(?:{S}\S+){{0,2}}?{_QUOTE}$"
                   rf"|(?<!\w)ل(?:ـ|{_QUOTE})*(?:(?:ال)?{_phrases(spec['parties']['company_nouns'])}{_QUOTE})?$"),
        # «لاستثمار / باستثمار»: the act of investing (a verbal noun), not «استثمارات» (a programme).
        act_of_investing=re.compile(rf"(?<!\w)(?:{_phrases(spec['act_of_investing'])})$"),
        # «في الهند»، «على مراكز البيانات»: where the money goes, said after the amount.
        destination=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['destination'])})(?!\w)"),
        # «في الذكاء الاصطناعي»، «لبنية الذكاء الاصطناعي»، «يستهدف تطوير البنية التحتية»: money
        # that goes into a sector, a field or infrastructure, not into a company.
        field=re.compile(rf"(?<!\w)(?:(?:[وف]?(?:في|داخل){S}|لل|ل)(?:ال)?|(?:لل|[لب](?:ال)?)?{_phrases(spec['field_aims'])}{S}(?:ال)?)"
                         rf"{_phrases(w[2:] if w.startswith('ال') else w for w in spec['fields'])}(?!\w)"),
        subject_anaphora=_Sifted(re.compile(rf"(?<!\w)[وف]?{_phrases(spec['subject_anaphora'])}(?!\w)"),
                                 _cores(spec["subject_anaphora"])),
        backers=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(spec['backers'])}(?!\w)"), _cores(spec["backers"])),
        price_before=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(spec['price_words'])}(?:{S}[^\s\d٠-٩]+)?{S0}$"),
        deal_noun=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(spec['deal_nouns'])}"),
        # «الجولة البالغ قيمتها»، «صفقة تقدر قيمتها»: what comes between a deal's cue and its size.
        # (an adjective may come between when a worth verb follows: «جولة ضخمة بلغت قيمتها»).
        owner_gap=re.compile(rf"^{_QUOTE}(?:(?:[^\s\d٠-٩،,.]+{S})?(?:(?:التي|الذي){S})?{_phrases(spec['size_verbs'])}{S0}"
                             rf"|(?:(?:التي|الذي){S0})?)$"),
        founding=re.compile(rf"{pre}{_phrases(spec['founding'])}{S0}$"),
        # «لإنشاء صندوق بقيمة»، «ستطلق صندوقا صناعيا بقيمة»: a fund being set up, the amount after it.
        founded_fund=re.compile(rf"{pre}{_phrases(spec['founding'])}{S}{pre}{_phrases(spec['funds'])}"
                                rf"(?:{S}[^\s\d٠-٩،,.]+){{0,4}}{S0}$"),
        cost=re.compile(rf"(?:{star('cost')})$"),
        venture=re.compile(rf"{pre}(?:{star('venture')})(?!\w)"),
        investors=frozenset(spec["investor_sectors"]),
        # «اشترت الشركة (100 ألف) رقائق بقيمة»: goods bought (up to three words after the verb), not «شركة رقائق».
        goods=re.compile(rf"(?:{S}(?!شرك|مجموع|مصنع|صانع|وحد|قسم|مصمم|مطور|مزود)\S+){{0,3}}?{S}(?:[{CLITICS}]?{_phrases(spec['goods'])})(?!\w)"),
        # «جذبت (الشركة) استثمارات»: a verb of receiving, its subject and «على» at most, then the noun.
        receive=re.compile(rf"{pre}(?:{star('receive')})(?:{S}\S+){{0,2}}?{S}$"),
        payment=re.compile(rf"[{CLITICS}]?(?:{star('payment')})"),
        penalty=re.compile(rf"(?:{star('penalty')})"),
        # «حصلت مايكروسوفت على حصة … مقابل»: the one who gets a stake pays for it.
        # «عرضت X على Y … الاستحواذ»، «على وشك الاستحواذ»: a purchase offered or sought, not done.
        offer_verbs=re.compile(rf"{pre}{_phrases(spec['offer_verbs'])}(?!\w)"),
        hires=re.compile(rf"{pre}(?:{star('hires')})"),
        any_cue=_cues().roles,
        cost_any=re.compile(rf"{pre}(?:{star('cost')})(?!\w)"),
        past_buy=re.compile(rf"(?:{star('done_buy')})"),
        allocate=re.compile(rf"{_phrases(spec['allocate'])}"),
        # «لبرنامجها»، «لتنفيذ خطة»: what a government sets money aside for is its own programme.
        programme=re.compile(rf"{pre}(?:{star('programme')})"),
        # «حصلت على»، «تلقت»: a verb that says only that money was received.
        obtain=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{star('obtain')})(?:{S}علي)?(?!\w)"),
        # «… من (نفس) الاستثمار / من حصتها»: what a holding yields (its source, after the amount).
        yield_from=re.compile(rf"(?:{S}[^\s،,.]+){{0,4}}?{S}من{S}(?:{_phrases(spec['adjunct_determiners'])}{S})?"
                              rf"(?:ال)?(?:{star('yields')})(?!\w)"),
        in_exchange=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(spec['price_words'])}(?!\w)"),
        # «من المستثمرين»، «من مستثمرين»: money that comes from investors.
        investor_noun=re.compile(rf"(?<!\w)من{S}(?:ال)?(?:{star('investor_nouns')})(?!\w)"),
        # «… في شركة»: money put into a company (its name may come after a long description).
        into_company=re.compile(rf"(?<!\w)[وف]?في{S}(?:ال)?{_phrases(spec['parties']['company_nouns'])}(?!\w)"),
        # «تمويل» right after the clitic «ب / ل» («بتمويل»، «لتمويل») or after «على / في» («وافقت على تمويل»).
        funding_noun=re.compile(_phrases(spec['funding']['noun'])),
        funding_complement=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['funding']['complement'])}{S}|[بل])$"),
        funding_verb=re.compile(rf"[{CLITICS}]?س?{_phrases(spec['funding']['verbs'])}"),
        funding_possessed=re.compile(rf"[{CLITICS}]?{_phrases(spec['funding']['possessed'])}"),
        # «… نحو 6 مليارات دولار من أعمال الإنشاء»: a share of works or of a cost, right after the amount.
        funding_share=re.compile(rf"{S0}من{S}(?:ال)?{_phrases(spec['funding']['share_of'])}(?!\w)"),
        # «لتقييم ما إذا»: the verb «to assess whether», no valuation.
        not_cue=re.compile(rf"{S}{_phrases(spec['not_cue'])}(?!\w)"),
        # «سوق الذكاء الاصطناعي ستصل قيمته»: what a market is worth (up to five words between).
        market=re.compile(rf"{pre}{_phrases(spec['market_words'])}(?:{S}[^\s،,.]+){{0,5}}?{S}$"),
        # «تبلغ قيمة “بايتشوان”»: the value of a company named right after «قيمة».
        value_of=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?قيم(?:ة|ه){_QUOTE}$"),
        # «صفقة (تقدر) قيمتها»: a deal noun, at most two words before the value cue.
        deal=re.compile(rf"{pre}{_phrases(spec['deal_nouns'])}(?:{S}[^\s\d٠-٩،,.:;()\"«»“”]+){{0,2}}?{S}$"),
        stake=re.compile(rf"{pre}(?:{star('receive')})(?:{S}\S+){{0,2}}?{S}علي{S}(?:(?:ال)?(?:حصة|حصه|حصص|نسبة|نسبه)(?!\w)|\d+(?:\.\d+)?{S0}(?:%|في{S}الم))"),
    )


def _nearest(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The nearest strong cue before the amount in its clause, else after it, else a weak
    cue, else the same in the sentence (see the module docstring). The cues are in order
    and do not overlap: the search walks out from the amount and stops at the first fit."""
    sent = ctx.sentence(start)
    clause = ctx.clause(start)
    not_cue = _role_cues().not_cue
    text = ctx.text
    cues = ctx.cues(start)
    last_before = bisect_right(cues, start, key=lambda c: c[1])  # cues[:last_before] end by the amount
    first_after = bisect_left(cues, end, key=lambda c: c[0])  # cues[first_after:] start after it
    for lo, hi in (clause, sent):
        for strong in (True, False):
            for k in range(last_before - 1, -1, -1):
                a, b, role, st = cues[k]
                if a < lo:
                    break
                if st == strong and b <= hi and not not_cue.match(text, b):  # «لتقييم ما إذا»
                    return role, (a, b)
            for k in range(first_after, len(cues)):
                a, b, role, st = cues[k]
                if b > hi:
                    break
                if st == strong and a >= lo and not not_cue.match(text, b):
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
        return True  # «استثمار بقيمة ملياري دولار في شركة الذكاء الاصطناعي الناشئة …»
    sector = sectors()
    companies = {n.e.name_en for n in named if n.e.kind == "org" and n.e.end <= start
                 and n.mark not in ("employer", "owned", "compared") and sector.get(n.e.name_en, "") != "media"}
    if len(companies) > 1:
        # An investment told after two companies goes from one into the other (a company
        # named after the amount may be what the build-out serves: «لتدريب نماذج أوبن إيه آي»).
        return True
    return any(n.e.kind == "fund" or sector.get(n.e.name_en, "") in rc.investors
               for n in named if n.e.start < start and n.mark != "employer")


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
    return ctx.per_sentence(start, ("funder", cue, start), lambda: _funder_of(ctx, start, end, cue))


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


_DEAL_REACH = 300  # a deal's own cue is looked for this far before the deal noun
_PROGRAMME_REACH = 60  # a programme's word is looked for this far after an amount set aside


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
    مليار»، «بعد صفقة استحواذها على واتساب مقابل 19 مليار»); an amount whose weak cue is a
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


def role_of(ctx: Context, start: int, end: int) -> tuple[str, tuple[int, int] | None]:
    """The role of the amount at ``[start, end)`` and the span of the cue that decided it."""
    role, cue = _nearest(ctx, start, end)
    rc = _role_cues()
    text = ctx.text
    lo, hi = ctx.sentence(start)
    if role == "valuation" and cue and "قيمت" in text[cue[0]:cue[1]]:  # «قيمتها»: its value, not «تقييم»
        deal = rc.deal.search(text, max(lo, cue[0] - 50), cue[0])
        if deal is not None:
            # «اتفاق لشراء أصول من جروك، في صفقة تقدر قيمتها بنحو 20 مليار»: the deal's
            # amount, of the nearest strong cue before the deal noun that is no valuation,
            # else of the deal noun itself.
            # Bounded per amount: only the cues of the _DEAL_REACH characters before the deal noun.
            cues = ctx.cues(start)
            k = bisect_left(cues, deal.start(), key=lambda c: c[0])
            own = cues[k] if k < len(cues) and cues[k][0] < deal.end() else None
            lo_k = bisect_left(cues, deal.start() - _DEAL_REACH, key=lambda c: c[0])
            before = [c for c in cues[lo_k:k] if c[1] <= deal.start() and c[3]
                      and c[2] not in ("valuation", "market_value", "other")]
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
    if role == "bid" and rc.hires.search(text, lo, hi):
        return "other", cue  # «عرضت ميتا مليار دولار على باحث للانضمام»: pay offered to a person
    if rc.per_unit.match(text, end, hi):
        return "other", None  # «50 دولارا للسهم»: a price per unit
    if role == "loss" and rc.value_lost.match(text, end, hi):
        return "market_value", cue  # «خسرت 600 مليار دولار من قيمتها السوقية»
    said = text[cue[0]:cue[1]] if cue else ""
    if role in ("investment", "spending") and rc.founded_fund.search(text, max(lo, start - 80), start):
        # «تخطط لإنشاء صندوق بقيمة 40 مليار دولار للاستثمار في الذكاء الاصطناعي»: a fund being set
        # up is its founder's spending (ANNOTATION.md, C3), whatever it will later invest in.
        return "spending", cue
    if role == "investment" and _STAKE_NOUN.fullmatch(said) and _WORTH_OF.search(text, cue[1], start) \
            and not rc.stake.search(text, max(lo, cue[0] - 60), cue[1]) \
            and not rc.price_before.search(text, max(lo, start - 30), start):
        # «حصة مايكروسوفت في OpenAI … بقيمة 135 مليار»، «قيمة حصة المجموعة نحو»: the stake's own
        # noun, no verb of buying, investing or receiving: what a holding is worth.
        return "other", cue
    c_lo = ctx.clause(start)[0]
    ents = ctx.entities(start)
    near = ents[bisect_right(ents, max(c_lo, start - 80), key=lambda e: e.start):bisect_right(ents, start, key=lambda e: e.start)]
    valued = next((e for e in reversed(near) if e.end <= start and e.kind in ("org", "fund")
                   and rc.value_of.search(text, max(lo, e.start - 12), e.start)), None)
    if valued is not None and not rc.any_cue.search(text, valued.end, start):
        # «تبلغ قيمة “بايتشوان” 20 مليار»: what the company is worth; a listed one's is its market value.
        return ("market_value" if sectors().get(valued.name_en, "") in _cues().listed else "valuation"), cue
    if role == "valuation" and cue and not next((st for a, b, _, st in ctx.cues(start) if (a, b) == cue), True):
        if rc.market.search(text, max(lo, cue[0] - 60), cue[0]):
            return "other", cue  # «سوق الذكاء الاصطناعي ستصل قيمته»: a market's size
        before = [e for e in near if e.end <= cue[0] and e.kind in ("org", "fund")]
        if before and sectors().get(before[-1].name_en, "") in _cues().listed:
            return "market_value", cue  # «تراجعت آبل بعد أن استقرت قيمتها عند»: a listed company's worth
    if role == "acquisition" and cue and not rc.past_buy.match(said) and rc.offer_verbs.search(
            text, max(c_lo, start - 160), start):
        return "bid", cue  # «عرضت X على Y الاستحواذ بقيمة»: offered or sought, not done
    if role == "raise" and cue and any(r == "debt" and st and c_lo <= a < ctx.clause(start)[1]
                                       for a, _, r, st in ctx.cues(start)) \
            and not _EQUITY.search(text, c_lo, ctx.clause(start)[1]):
        # «جمعت 1.86 مليار دولار من خلال بيع سندات»: money raised by borrowing (not with shares:
        # «الأسهم الممتازة والسندات القابلة للتحويل» is a round).
        return "debt", cue
    if role == "raise" and cue and said.startswith("تمويل"):
        cues = ctx.cues(start)
        later = cues[bisect_left(cues, end, key=lambda c: c[0]):][:3]
        if any(r == "debt" and a < ctx.clause(start)[1] for a, _, r, _ in later):
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
    obtained = cue is not None and role == "raise" and rc.obtain.fullmatch(said)
    if obtained and any(r == "damages" and st and b <= cue[0] for _, b, r, st in ctx.cues(start)):
        return "damages", cue  # «رفع دعوى يطالب فيها بالحصول على 134 مليار»: what a claimant claims
    if cue and (obtained or cue[0] >= end) and not _received_from_investors(ctx, start, end, cue if obtained else None):
        # «حصلت ميتا على دفعة مالية قدرها 3 مليارات»، «حصل المستثمرون على 1.2 مليار»، «حصلت
        # المجموعة على 600 مليون دولار من نفس الاستثمار»: money received with no investor,
        # financing or stake said in its clause is a payment, a payout or a return, not a round.
        return "other", cue
    programme = role == "spending" and rc.programme.search(text, end, min(ctx.clause(start)[1], end + _PROGRAMME_REACH))
    if role == "spending" and cue and rc.allocate.fullmatch(said) and _investor_pays(
            ctx, start, end, role, cue, governments=not programme):
        # «خصص الصندوق 2.5 مليار دولار»: a fund or a government allocates; what a government
        # sets aside for a programme («خصصت الدولة مليار دولار لبرنامجها») is its budget: spending.
        return "investment", cue
    if role in ("revenue", "other") and cue and not rc.penalty.fullmatch(said) and ctx.per_sentence(
            start, "strong damages cue", lambda: any(r == "damages" and st for _, _, r, st in ctx.cues(start))):
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
    if role in ("raise", "bid") and rc.stake.search(text, ctx.clause(start)[0], start):
        return "investment", cue  # a stake obtained for a price
    if role == "investment" and cue and re.fullmatch(r"استثمار(?:ات|ا|اتها|اته)?", said) and rc.receive.search(
            text, max(lo, cue[0] - 40), cue[0]):
        return "raise", cue  # «جذبت الشركة استثمارات بقيمة»: money the company receives
    window = (max(lo, start - 90), start)
    held = rc.holding.search(text, *window) if rc.holding_word.search(text, *window) else None
    if held and not rc.founding.search(text, max(lo, held.start() - 12), held.start()) and not any(
            held.start() < a and b <= start and r not in ("valuation", "investment", "other") for a, b, r, _ in ctx.cues(start)):
        return "other", None  # what a stake, a fund or a fortune is worth (not one being set up)
    if role in ("investment", "spending") and _VALUED.search(text, max(lo, start - 40), start):
        # «شركة سكيل التي تبلغ قيمتها 29 مليار»: what the company is worth; what a project
        # is worth («مشروع ستارغيت الذي تبلغ قيمته») is what it costs.
        return ("spending" if rc.venture.search(text, max(lo, start - 60), start) else "valuation"), cue
    after = next((c for c in ctx.cues(start) if c[0] >= end), None) if role in ("investment", "spending") else None
    if after and after[2] == "acquisition" and re.fullmatch(
            r"[ \t]*(?:لل?)?", text[end:after[0]]) and (text[end:after[0]].strip() or text[after[0]] == "ل"):
        return after[2], (after[0], after[1])  # «أنفقت 19 مليار دولار للاستحواذ على …»
    if role in ("investment", "spending"):
        c_lo, c_hi = ctx.clause(start)
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
        noun = cue is not None and re.fullmatch(r"استثمار(?:ات|ي|يه|ية)?", text[cue[0]:cue[1]])
        if role == "investment" and noun and not ctx.first_before(rc.venture, start, hi) and not _invested_in(
                ctx, start) and not _investor_pays(ctx, start, end, role, cue):
            return "spending", cue  # a company's own build-out: no company, fund or venture gets it
    return role, cue


@dataclass
class _Named:
    """An entity of the sentence with the part its context gives it."""

    e: EntityMention
    mark: str = ""  # investor, investee, target, supplier, employer, owned, compared or ""
    lead: bool = False  # subject of «قادت / تشارك»


def _named(ctx: Context, pos: int, role: str) -> list[_Named]:
    """The sentence's candidate parties, each with the marker before it.

    A name that is only an apposition of the one before it is no party: what a company
    owns or belongs to («ميتا، المالكة لفيسبوك», «ميتا (فيسبوك وإنستغرام)») and the
    names listed with it; what a person owns or runs is the company he speaks for.
    """
    key = (ctx.sentence(pos), role)  # the result depends on the sentence and the role only
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
        bracketed = bool(_APPOSITION.match(gap)) and ")" not in gap
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
        else:
            mark = next((k for k in kinds_first if cues.marks[k].search(text, *near)), "") if marked and cues.any_mark.search(
                text, *near) else ""
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
    return out


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
           cue: tuple[int, int] | None) -> EntityMention | None:
    """The organization the role's cue speaks of (see the module docstring)."""
    free = [n for n in named if not n.mark] or [n for n in named if n.mark == "employer"]
    cues = _cues()
    clause = ctx.clause(start)
    held = _relative_head(named, ctx, clause[0], start)
    if held is not None and (cue is None or not clause[0] <= cue[0] < clause[1]
                             or cues.roles.search(ctx.text, held[1], start)):
        # «متجاوزة مايكروسوفت التي حلت ثانية بـ3.69 تريليون», «سكيل التي تبلغ قيمتها 29
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
            # «تقيم الشركة بـ…»: the cue speaks of the company named last before it, not of
            # an investor or partner named with «من / مع» («محادثات مع MGX … تقييم للشركة»).
            before = [n for n in named if n.e.end <= c_lo]
            own = [n for n in before if n.mark in ("", "investee", "target")]
            return (own or before)[-1].e if before else None
        rel = cues.relative.search(ctx.text, max(0, c_lo - 12), c_lo)
        if rel:
            # «شركة ASML، التي استثمرت…»: the name the relative clause hangs on.
            before = [n for n in named if n.e.end <= rel.start() and n.mark != "employer"]
            if before:
                return before[-1].e
        near = free[bisect_left(free, c_hi, key=lambda n: n.e.start):bisect_right(free, c_hi + 25, key=lambda n: n.e.start)]
        after = [n for n in near if n.e.start < max(start, c_hi + 1)
                 and not ctx.text[c_hi:n.e.start].strip(" \t\"'«»“”(").startswith(("من", "في", "على"))]
        if after:
            return after[0].e
        before = [n for n in free if n.e.end <= c_lo and n.e.start >= clause[0]]
        if before and _THAT_SUBJECT.search(ctx.text, before[-1].e.end, c_lo) and _role_cues().subject_anaphora.search(
                ctx.text, before[-1].e.end, c_lo):
            # «أعلن مارك زوكربيرغ أن الشركة استثمرت»: the one who says it is not the one who
            # pays; the company spoken of is.
            return None
        if before:
            return before[-1].e
        before = [n for n in free if n.e.end <= c_lo]
        if before:
            # «تدعم MGX شركة OpenAI، كما تتعاون مع…»: a clause opened by «كما» shares the
            # sentence's subject, the first name it gives, not the object named last.
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
    return after[0].e if after else None


_THAT_SUBJECT = re.compile(r"(?<!\w)[أإا]ن(?:[ \t]+|ه[ \t]+)?[وف]?(?=ال)")  # «أن الشركة», «إن المجموعة»
_SUBJECT_REACH = 200  # «الشركة» as a subject is looked for this far before the amount (and first in its sentence)


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
        if not marked and _STAKE_NOUN_IN.search(ctx.text, cue[1], start):
            # «استحوذت سوفت بنك على حصة بقيمة ملياري دولار في إنتل»: the company the stake is in.
            marked = [n for n in named if start <= n.e.start < clause[1] and n.mark == "investee"][:1]
    before = [n for n in named if lo <= n.e.start and n.e.end <= cue[0] and not n.mark and n.e.kind != "product"]
    if marked:
        target = marked[0]
    elif between and not before and len(between) == 1 and _SUBJECT_GAP.match(ctx.text[cue[1]:between[0].e.start]):
        target = None  # «استحوذت ألفابت على …»: the name right after the verb is its subject
    else:
        target = between[-1] if between else None
    buyer = before[-1] if before else next((n for n in between if n is not target and n.e.kind != "product"), None)
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
    the amount with «لـ / من» («… 25 مليار دولار لـ«مايكروسوفت»») is the one claimed from.
    Damages paid or settled («وافقت أنثروبيك على دفع 1.5 مليار لتسوية دعوى»، «قضت المحكمة
    بأن تدفع جوجل 2 مليار لشركة X») are paid by the verb's subject (named right after the
    verb, else the last name before it) to the one named after the amount with «لـ / لصالح»,
    unless a claim's strong cue comes before the verb («طالب ماسك X بدفع تعويضات»)."""
    clause, sent = ctx.clause(start), ctx.sentence(start)
    cands = [n for n in named if n.mark not in ("employer", "compared")]
    rc = _role_cues()
    if clause[0] > sent[0] and ctx.text[clause[0]:start].strip(" \t") in ("", "و"):
        # «بدفع 500 مليون يورو، و200 مليون يورو»: an amount listed after another shares its clause.
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
    claimant = next((n for n in names if not n.mark), names[0])
    payers = after or [n.e.name_en for n in names if n is not claimant and n.e.name_en != claimant.e.name_en]
    return list(dict.fromkeys(p for p in payers if p != claimant.e.name_en)), claimant.e.name_en, False


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


_SHARE_REACH = 120  # a share's word is looked for this far before its price
_JOIN_REACH = 150  # a phrase of taking part in a round is looked for this far before its amount
_FINE_REACH = 80  # a fine's word is looked for this far before the amount
_FINED_REACH = 80  # and the one fined this far after it


def _fine(named: list[_Named], ctx: Context, start: int, end: int) -> tuple[list[str], str, bool] | None:
    """Who pays a fine and who imposes it: «فرضت هيئة X غرامة قدرها … على شركة Y», «غرامة
    … ضد Y», «X تغرم Y …». The one fined pays (named after «على / ضد / بحق», or right
    after the verb); the authority named before the fine's word receives it.

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
    if fined is None:  # «إيطاليا تغرم «أوبن إيه آي» 15 مليون يورو»
        fined = next((n for n in cands if w.end() <= n.e.start and n.e.end <= start
                      and _REPEAT.match(text[w.end():n.e.start])), None)
    authority = [n for n in cands if lo <= n.e.start and n.e.end <= w.start() and n is not fined and not n.mark]
    payers = _listed_with(cands, fined.e, ctx, hi) if fined is not None else []  # «على شركتي X وY»
    recipient = authority[-1].e.name_en if authority else ""
    return payers, recipient if recipient not in payers else "", False


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


_WEALTH_REACH = 300  # a fortune's word is looked for this far before the amount (not the whole sentence)


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
    if cues.assets.search(text, max(clause[0], start - 40), start) or cues.assets_after.match(text, end):
        # The clause's subject, not a partner named after «بمشاركة» nor a quoted outlet.
        free = [n.e for n in _named(ctx, start, "other") if not n.mark and n.e.end <= start]
        named = free or [e for e in ents if e.kind in cues.kinds and e.end <= start
                         and not ctx.quoted(e, lo)]
        return named[-1].name_en if named else (_subject_before(ctx, lo) or ctx.topic(start))
    words = list(cues.wealth.finditer(text, max(lo, start - _WEALTH_REACH), start))
    if not words:
        return None
    for w in reversed(words):
        person = next((e for e in ents if e.kind == "person" and w.end() <= e.start <= w.end() + 50
                       and e.end <= start), None)
        if person is not None:
            return person.name_en
    return ""


def parties(ctx: Context, start: int, end: int, role: str, cue: tuple[int, int] | None,
            followed_by_bare_clause: bool = False) -> tuple[list[str], str, bool]:
    """(payers, recipient, recipient is an anaphora «في الشركة») of one amount.

    ``followed_by_bare_clause``: the clause after the amount's has no amount of its own.
    """
    named = _named(ctx, start, role)
    cues_ = _cues()
    payers: list[str] = []
    recipient = ""
    if role in ("bid", "acquisition") and cue is not None and cue[1] <= start:
        return _purchase(named, ctx, start, cue)
    if role == "damages":
        return _claim(named, ctx, start, end)
    if role == "other":
        fine = _fine(named, ctx, start, end)
        if fine is not None:
            return fine
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
    # The investor who leads a round is neither the company raising it nor the one valued.
    agent = _agent([n for n in named if not (n.lead and role in ("raise", "valuation"))], ctx, start, end, cue)
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
    if (role == "debt" and agent is not None and agent.end <= start
            and cues_.provides.search(ctx.text, max(agent.end, start - _PROVIDES_REACH), start)):
        # «تتولى شركة بيمكو توفير نحو 26 مليار دولار من خلال إصدار سندات»: the subject of a
        # verb of providing lends; the borrower is the company spoken of.
        agent_part = "payer"
    if agent is not None:
        if agent_part == "payer":
            payers.extend(_coordinated(named, agent, ctx, start))
        else:
            recipient = agent.name_en
    clause = ctx.clause(start)
    # Investors are named in the amount's clause, or in the clause after it when that
    # one has no amount of its own («جمعت 40 مليار دولار، بقيادة سوفت بنك»).
    scope = (clause[0], ctx.clause(clause[1] + 1)[1] if followed_by_bare_clause else clause[1])
    listed = None  # the last marked name taken: a list goes on past the clause («هم X، وY، وZ»)
    for n in named[bisect_left(named, scope[0], key=lambda n: n.e.start):]:  # names are in order
        if n.e.start >= scope[1] and not (listed is not None and n.mark and n.mark == listed.mark
                                          and _listed(ctx.text, listed.e.end, n.e.start)):
            break
        listed = n if n.mark else None
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
    if role == "spending" and cue is not None and cue[1] <= start and cues_.spend_noun.fullmatch(
            " ".join(ctx.text[cue[0]:cue[1]].split())):
        by = cues_.spent_by.match(ctx.text, cue[1])
        k = bisect_left(named, by.end(), key=lambda n: n.e.start) if by else len(named)
        first = k if k < len(named) and named[k].e.start == by.end() and named[k].mark == "supplier" else None
        if first is not None:
            # «إنفاق رأسمالي ضخم من ألفابت ومايكروسوفت وأمازون»: spending «من» names those
            # who spend, not a supplier (the names listed with the first).
            chain = [named[first]]
            for n in named[first + 1:]:
                if n.e.end > start or n.mark != "supplier" or not (
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
                          and not n.mark and n.e.name_en not in payers
                          and paid_to.search(ctx.text, max(end if n.e.start >= end else pays.end(), n.e.start - 12), n.e.start)),
                         "" if role == "other" else recipient)
    if not recipient and role in ("spending", "investment"):
        # «… قدرات حوسبة من عملاق قواعد البيانات أوراكل، في صفقة تقدر بنحو 30 مليار دولار»:
        # the supplier or company invested in, marked in an earlier clause of the sentence.
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
            " ".join(ctx.text[cue[0]:cue[1]].split()))) or (role == "other" and _cues().per_share.match(ctx.text, end))):
        # A clause that names no one who could receive the money speaks of the article's
        # company; so do a company's earnings («وزاد صافي الدخل … إلى 43 مليار»), a figure per
        # share («ربح معدل بلغ 1.2 دولار للسهم»: the company's, not a buyer's) and a loan
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
        said = " ".join(text[cue[0]:cue[1]].split()) if cue is not None else ""
        if cue is not None and (cues_.pay.fullmatch(said) or (
                _role_cues().offer_verbs.fullmatch(said) and _role_cues().hires.search(text, *ctx.sentence(start)))):
            # «ميتا تعرض راتبا قيمته 300 مليون دولار»، «عرضت ميتا مليارا على باحث»: the employer
            # offering pay pays it; with
            # «الشركة» as the clause's subject («تقدم الشركة حزم تعويضات»), the company named last.
            if agent is not None and agent.kind != "person":
                # «حزمة تعويضات لإيلون ماسك»: a person named in the clause is paid.
                paid = next((e.name_en for e in ctx.entities(start) if e.kind == "person"
                             and clause[0] <= e.start < clause[1] and e.start > cue[0]), "")
                return [agent.name_en], paid, False
            if agent is None and _role_cues().subject_anaphora.search(text, max(clause[0], start - _SUBJECT_REACH), start):
                spoken = ctx.topic(start) or ctx.main()  # «الشركة»: the company named last
                return ([spoken] if spoken else []), "", False
    if role in _GIVEN_ROLES and agent is not None and recipient == agent.name_en and agent.end <= start:
        given = _given_to(named, ctx, start, end)
        if given is not None and given.e.name_en != agent.name_en:
            # «قدمت جوجل شيكا بقيمة 2.7 مليار دولار لشركة X»، «تقييما بقيمة 300 مليار لشركة X»،
            # «استحوذت مايكروسوفت على حصة تقدر بنحو 135 مليارا في X»: the subject gives or
            # holds, the company named after the amount receives (a valuation has no payer).
            recipient = given.e.name_en
            if role != "valuation":
                return [agent.name_en], recipient, False
    if role in _NO_PAYER:
        payers = []
    return payers, recipient, pointer


_GIVEN_ROLES = ("raise", "valuation", "other")  # roles whose agent would be the recipient
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
        return n if n.e.start <= end + 2 * _GIVEN_REACH else None
    if (not n.mark and n.e.start <= end + _GIVEN_REACH and not _DIGIT.search(text, end, n.e.start)
            and _role_cues().paid_to.search(text, max(end, n.e.start - 12), n.e.start)):
        return n
    return None


def assign(text: str, amounts: list[dict], entities: list[EntityMention] | None = None,
           sentences: list[tuple[int, int]] | None = None) -> list[dict]:
    """Add ``role``, ``payer`` (names joined by «; »), ``payer_basis`` (``sentence``: named
    in the amount's sentence or one a rule ties it to; ``article``: guessed, the spender,
    investor or buyer the paragraph or article spoke of), ``recipient``, ``recipient_basis``
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
    last_payer = ("", -2)  # the last spender, investor or buyer and its paragraph
    last_invested = ("", -1)  # the last company invested in and where its amount ends
    by_sentence: dict[tuple[int, int], list[dict]] = {}
    paid_in: dict[tuple[int, int], set[str]] = {}  # per sentence: the payers of its amounts so far
    guessed: set[int] = set()  # amounts whose payer the sentence does not name
    projects: dict[int, str] = {}  # amounts whose guessed payer was a project
    totals: set[int] = set()  # where the amounts of a group or of a market start
    for i, a in enumerate(amounts):
        role, cue = role_of(ctx, a["start"], a["end"])
        prev = amounts[i - 1] if i else None
        if (prev is not None and ctx.sentence(prev["start"]) == ctx.sentence(a["start"])
                and cues.comparison.search(text, max(prev["end"], a["start"] - 30), a["start"])
                and not (role in _PRICED and cue and cue[0] >= prev["end"]
                         and not _role_cues().price.fullmatch(text, cue[0], cue[1]))):
            # «400 مليون، مقابل 20 مليونًا»: the same measure (but «… بعد استحواذها على واتساب
            # مقابل 19 مليار»: a purchase named between is what the price pays for).
            role, cue = prev["role"], None
            compared = prev
        else:
            compared = None
        clause, sent = ctx.clause(a["start"]), ctx.sentence(a["start"])
        nxt = ctx.clause(clause[1] + 1) if clause[1] < sent[1] else None
        bare = nxt is not None and nxt[0] > clause[0] and not any(
            nxt[0] <= b["start"] < nxt[1] for b in amounts[i + 1:i + 4])
        payers, recipient, pointer = parties(ctx, a["start"], a["end"], role, cue, bare)
        goal = False  # the money goes to a project the sentence names as its agent
        if role == "spending" and any(n.mark == "investee" for n in _named(ctx, a["start"], role)
                                      if clause[0] <= n.e.start < clause[1]):
            # «خصصت ملياري دولار لدعم xAI»: money set aside for a company is invested in it.
            role = "investment"
            payers, recipient, pointer = parties(ctx, a["start"], a["end"], role, cue, bare)
        if (role == "spending" and len(payers) == 1 and recipient and sector.get(payers[0], "") in cues.suppliers
                and sector.get(recipient, "") not in (*cues.suppliers, "project")):
            # «أعلنت أوراكل عن صفقة سحابية بـ30 مليار دولار مع OpenAI»: in a compute contract
            # the customer pays the supplier, whichever is the subject.
            payers, recipient = [recipient], payers[0]
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
        if role in ("spending", "investment") and not recipient and cue is not None and not any(map(_is_state, payers)):
            country = _invested_country(ctx, a["end"], clause[1])
            if country:
                # «تعهدت مايكروسوفت استثمار 30 مليار دولار في المملكة المتحدة»: money a company
                # invests in a country is an investment the country receives, not its own build-out.
                role, recipient, pointer = "investment", country, False
        held = holder(ctx, a["start"], a["end"])
        if held is not None:
            # What a fund or a person owns changes no hands: it has a holder, no payer.
            payers, recipient, pointer = [], held, False
        group = held is None and _group_agent(ctx, a["start"], role)
        market = held is None and not group and (_market_total(ctx, a["start"], role) or (
            compared is not None and compared["start"] in totals))
        if market and role in ("valuation", "market_value"):
            role = "other"  # «سوق مراكز البيانات … تصل قيمته إلى»: what a market is worth
        group = group or market
        if group:
            # «تنفق شركات التكنولوجيا نحو 660 مليار»: a group spends, invests, holds or
            # borrows; no one of it (nor a name from elsewhere) is that party.
            if _AGENT_IS.get(role) == "payer":
                payers = []
                if role in ("spending", "investment") and not recipient:
                    # «تنفق شركات التكنولوجيا نحو 660 مليار دولار على الذكاء الاصطناعي»: a group's or
                    # a market's total, no spender named and no one receiving it (ANNOTATION.md, C5).
                    role = "other"
            elif role not in ("damages",):
                recipient, pointer = "", False
            totals.add(a["start"])
        a["recipient_basis"] = "sentence" if recipient else ""
        if not recipient and pointer and role in ("bid", "acquisition"):
            # «للاستحواذ عليها»: the company bid for before, else the one named last.
            recipient = last_target or ctx.topic(a["start"], payers)
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
            # «قادت المجموعة جولة تمويل قيمتها مليار دولار في شركة X مع شركة Y»: the company
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
        if not payers and role in _AGENT_IS and held is None and not goal and not group:
            # «ستنفق الشركة…», «كما سيتم تخصيص…»: a spender, investor or buyer the clause
            # does not name is the one the paragraph or article is speaking of: the last
            # one named in the paragraph, else the company (or buyer) the article is about.
            line = text.rfind("\n", 0, a["start"])
            payer = ((last_payer[0] if last_payer[1] == line else "")
                     or ctx.main({recipient} - {""}, persons=role in ("bid", "acquisition")))
            payers = [payer] if payer and payer != recipient else []
            a["payer_guess"] = list(payers)
            if payer and sector.get(payer, "") == "project":
                # «رغم الوعود بضخ 100 مليار دولار، لم ينجز المشروع…»: a project pays nothing;
                # its partners, if the article names them paying for it, do (see below).
                payers, projects[i] = [], payer
            guessed.add(i)
        if not recipient and pointer and role == "investment" and payers:
            # «أصبحت أوبن إيه آي تتعاون مع مايكروسوفت، التي استثمرت مليارات الدولارات»: the
            # one other company the sentence names is the one invested in.
            # Not one who pays another amount of the sentence («تتولى X توفير 26 مليارا …، في حين تضخ
            # Y 3 مليارات»: X is Y's co-financier, not the one Y invests in).
            paying = paid_in.get(sent, set())
            others = {n.e.name_en for n in _named_where(
                ctx, a["start"], role, "other company",
                lambda n: n.mark in ("", "investee", "supplier") and not n.lead and n.e.kind != "person")}
            others -= {*payers, *paying}
            recipient = others.pop() if len(others) == 1 else ""
            a["recipient_basis"] = "sentence" if recipient else ""
        if not recipient and pointer and role not in ("bid", "acquisition"):
            recipient = last_recipient if last_recipient not in payers else ""
            # Not an investor of the sentence: «تقودها سوفت بنك، وتقدر قيمة الشركة…».
            backers = [n.e.name_en for n in _named_where(ctx, a["start"], role, "backers",
                                                         lambda n: n.mark == "investor" or n.lead)]
            # «الشركة» before any company is named: the one the article is about (named later).
            recipient = recipient or ctx.topic(a["start"], [*payers, *backers]) or ctx.main({*payers, *backers})
            a["recipient_basis"] = "article" if recipient else ""
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
        if role == "investment" and not recipient and held is None and not _role_cues().venture.search(text, *clause) \
                and not any(sector.get(p, "") in _role_cues().investors for p in payers) \
                and not _INTO_COMPANIES.search(text, a["end"], clause[1]) and (
                _into_field(ctx, a["end"]) or (payers and all(_is_state(p) for p in payers))):
            # «باكستان تستثمر مليار دولار في الذكاء الاصطناعي»، «ستستثمر شاومي 200 مليار يوان
            # في البحث والتطوير»: money put into a field, or a state's programme, that goes into
            # no company, project, fund or country is the payer's own spending (an investor's, a
            # fund's or a bank's, stays an investment).
            role = "spending"
        if role == "market_value" and sector.get(recipient, "") not in cues.listed:
            # Not a listed company (its name found in the article if not in the sentence).
            role = "valuation"  # its "market value" is a valuation
        elif role == "valuation" and cue and sector.get(recipient, "") in cues.listed and not next(
                (st for c0, c1, _, st in ctx.cues(a["start"]) if (c0, c1) == cue), True):
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
        a["role"], a["payer"], a["recipient"] = role, payers, recipient
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
                a["payer"] = _named_backers(ctx, a)
        elif a["role"] == "debt" and not a["payer"]:
            a["payer"] = [p for p in _lenders(ctx, a["start"], starts, lenders) if p != a["recipient"]]
    _headline(ctx, amounts)
    for a in amounts:
        a["subject"] = a["payer"][0] if a["role"] in ("investment", "spending") and a["payer"] else a["recipient"]
        # A payer the sentence does not name (the one the paragraph or article spoke of)
        # is a guess, and says so: ``article``.
        guess = a.pop("payer_guess", None)
        a["payer_basis"] = "" if not a["payer"] else "article" if a["payer"] == guess else "sentence"
        a["payer"] = "; ".join(a["payer"])
    return amounts


_INVESTED_REACH = 400  # an act of investing goes on with an investment told of this near before it
_COUNTRY_REACH = 60  # a country invested in is named this near after the amount
_DESCRIBED_REACH = 60  # «قيمة شركة الذكاء الاصطناعي» is looked for this far before the amount


@cache
def _sector_descriptions() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    spec = _spec()["sector_descriptions"]
    table = {normalize(k): frozenset(v) for k, v in spec.items()}
    words = alternation(sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:ب|ل)?قيمة{S}(?:ال)?شركة{S}({words})(?!\w)"), table


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


def _is_state(name: str) -> bool:
    """Is ``name`` a government, a state body or a country acting?"""
    return name.startswith("Government of") or sectors().get(name, "") in ("government", "place")


def _invested_country(ctx: Context, end: int, clause_end: int) -> str:
    """The country named with «في» after an amount («… 30 مليار دولار في المملكة المتحدة»,
    «… لمراكز البيانات في الولايات المتحدة») in its clause, no company named between; else ""."""
    text = ctx.text
    for e in ctx.entities(end):
        if e.start < end:
            continue
        if e.start >= min(clause_end, end + _COUNTRY_REACH) or e.kind in ("org", "fund", "person"):
            return ""
        if e.kind in ("place", "government") and _IN_BEFORE.search(text, max(end, e.start - 4), e.start):
            # A country, not a region, state or city of one («في تكساس»: where the money is spent).
            return e.name_en if e.kind == "government" or government_of(text[e.start:e.end]) else ""
    return ""


_INTO_COMPANIES = re.compile(r"(?<!\w)[لف]?(?:في|لل?استثمار في)[ \t]+(?:ال)?شرك(?:ة|ات)(?!\w)")  # «للاستثمار في شركات …»
_STAKE_NOUN_IN = re.compile(r"(?<!\w)(?:علي|على)[ \t]+(?:ال)?حص(?:ة|ه|ص)(?!\w)")  # «على حصة» (normalized «علي»)
_STAKE_NOUN = re.compile(r"[وفبل]?(?:ال)?حص(?:ة|ه|ته|تها)")  # «حصة», «حصتها»: a stake as the amount's cue
_WORTH_OF = re.compile(r"(?<!\w)(?:ب?قيمة|قيمته|قيمتها|ما قيمته|نحو|تقدر|يقدر|تبلغ|بلغت)(?!\w)")
_EQUITY = re.compile(r"(?<!\w)[وبل]?(?:ال)?(?:اسهم|حصص|حقوق الملكية|حقوق ملكية)(?!\w)")  # normalized «أسهم» → «اسهم»
_INVEST_VERB = re.compile(r"[وف]?(?:س?[يت]ستثمر(?:ان|ون)?|استثمرت?|استثمروا)")  # «تستثمر مايكروسوفت … في الإمارات»
_INVESTMENTS = re.compile(r"[وفبل]?(?:ال)?استثمارات")  # «أعلن عن استثمارات بقيمة … في فرنسا»
_IN_BEFORE = re.compile(r"(?<!\w)في[ \t]+$")


_GROUP_REACH = 120  # a group is the agent of an amount this near after it in the amount's clause
_PREV_WORD = re.compile(r"(\S+)[ \t\"'«»“”(]*$")


@cache
def _group_cues() -> tuple[re.Pattern, ...]:
    """(group noun, determiner, blocked preposition, preposition of a total, total word, count,
    another subject) of 'parties' in money_roles.json: see :func:`_group_agent`."""
    p = _spec()["parties"]
    return (re.compile(rf"(?<!\w)(?P<pre>[{CLITICS}]?)(?:ال)?{_phrases(p['groups'])}(?!\w)"),
            re.compile(rf"(?P<pre>[{CLITICS}]?){_phrases(p['group_determiners'])}"),
            re.compile(rf"[وف]?{_phrases(p['group_blocked'])}"),
            re.compile(_phrases(p['group_of'])),
            re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['group_totals'])}(?!\w)"),
            re.compile(rf"[{CLITICS}]?(?:ال)?(?:{_phrases(p['group_counts'])}|[0-9٠-٩]+)"),
            re.compile(rf"(?<!\w)[وف]?{_phrases(p['group_ends'])}(?!\w)"))


def _group_agent(ctx: Context, start: int, role: str) -> bool:
    """Whether the spender, investor, holder or borrower of the amount at ``start`` is a
    group, no one party: a plural noun of a class of organizations ('groups': «الشركات»،
    «شركات التكنولوجيا»، «عمالقة التكنولوجيا»، «صناديق الثروة السيادية»، «ومنافسوها») before the
    amount in its clause, with no name between, as the clause's subject («تنفق شركات
    التكنولوجيا نحو 660 مليار»), joined to the name before it («تنفق ألفابت ومنافسوها من
    شركات التكنولوجيا إجمالا أكثر من 500 مليار») or owning a total ('group_totals') with
    one of 'group_of' («إجمالي الإنفاق الرأسمالي لهذه الشركات»، «إجمالي إصدارات السندات من
    الشركات»). Not a group after another preposition ('group_blocked': «استثمرت في شركات
    ناشئة»، «سباق بين عمالقة التكنولوجيا») or after a name the clause gives as subject («اشترت
    ميتا شركات ناشئة»), nor a counted one («3 شركات»، «الشركات الثلاث»: named elsewhere)."""
    text = ctx.text
    clause = ctx.clause(start)
    lo = max(clause[0], start - _GROUP_REACH)
    noun, determiner, blocked, owner, total, count, other = _group_cues()
    names = [e for e in ctx.entities(start) if e.kind != "place" and clause[0] <= e.start and e.end <= start]
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


_MARKET_REACH = 160  # a market's head is this near before the amount
_MARKET_OWNED = ("ها", "هم", "هما")  # «حجم استثماراتها»: a pronoun owns what the head measures


@cache
def _market_cues() -> tuple[re.Pattern, re.Pattern]:
    """(market head with the word after it, a word pointing back at it) of 'parties' in
    money_roles.json: see :func:`_market_total`."""
    p = _spec()["parties"]
    return (re.compile(rf"(?<!\w)[وف]?{_phrases(p['market_heads'])}{S}(?P<next>[^\s،,.:;]+)"),
            re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['market_back'])}(?!\w)"))


def _market_total(ctx: Context, start: int, role: str) -> bool:
    """Whether the amount at ``start`` is the total of a market or of a kind of deal, no one
    party's money: a head of 'market_heads' in construct state («حجم الاستثمارات في البنية
    التحتية قد يصل إلى»، «صفقات تمويل مراكز البيانات قفزت إلى») before it in its clause, or in
    the clause before when the amount's clause points back at it («سوق مراكز البيانات …، حيث
    يتوقع أن تصل قيمته إلى»), whose complement is not possessed («حجم استثماراتها»: the
    company's), in a sentence that names no party before the amount («إجمالي استثمارات جوجل»
    has no market head; «وقالت الشركة إنها تتوقع أن يتراوح حجم الإنفاق» is the company's)."""
    text = ctx.text
    head, back = _market_cues()
    clause, sent = ctx.clause(start), ctx.sentence(start)
    lo = clause[0]
    if clause[0] > sent[0] and back.search(text, clause[0], start):
        lo = ctx.clause(clause[0] - 1)[0]  # «…، حيث يتوقع أن تصل قيمته إلى»
    found = None
    for found in head.finditer(text, max(lo, start - _MARKET_REACH), start):
        pass
    if found is None or found.group("next").endswith(_MARKET_OWNED):
        return False
    *_, other = _group_cues()
    return not other.search(text, sent[0], start) and not any(
        sent[0] <= n.e.start < start and n.mark != "compared" for n in _named(ctx, start, role))


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
    deal pointed back at («هذا الاستثمار الكبير هو مجرد بداية، مع خطط لاستثمار 100 مليار»:
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
            # «هذا الاستثمار الكبير هو مجرد بداية، مع خطط لاستثمار 100 مليار»: the deal
            # pointed back at is paid by those who paid it.
            a["payer"] = list(last)
            a["recipient"] = "" if a["recipient"] in last else a["recipient"]
        if a["role"] in ("investment", "spending", "acquisition") and a["payer"]:
            last, into = a["payer"], a["recipient"]


_THIS_DEAL_REACH = 200  # «هذا الاستثمار» is looked for this far before the amount

_HEADLINE_WORDS = 20  # a first line of at most this many words is a headline
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
    («… من مستثمرين. بينهم: X وY»). Its names up to its first amount are the round's backers."""
    cues = _cues()
    text = ctx.text
    out: list[str] = []

    def backers(lo: int, hi: int) -> tuple[int, list[str]]:
        """(start of the sentence's first amount, the names before it if the sentence speaks
        of the round's backers): once per sentence, whichever round asks."""
        first = min((b["start"] for b in amounts if lo <= b["start"] < hi), default=hi)
        head = ctx.clause(lo)
        if not ((cues.round.search(text, head[0], min(head[1], first)) and cues.leads_any.search(
                text, head[0], min(head[1], first))) or cues.backers_open.match(text, lo, first) or (
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

