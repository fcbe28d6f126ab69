"""The cue words of ``data/money_roles.json``, compiled into the regexes the rules read.

Each table is built once, on first use (``functools.cache``): :func:`_cues` (role cues and
the words that mark a name's part, 'parties'), :func:`_role_cues` (the words that turn one
role into another) and the tables of single rules (:func:`_group_cues`,
:func:`_market_cues`, :func:`_sector_descriptions`). What each key means is said in the data
file's '_about'. The helpers (:func:`_phrases`, :class:`_Sifted`, :func:`_either`,
:func:`_cores`) turn word lists into patterns that stay fast on long texts.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from pathlib import Path

from analysis.extract.numbers import CLITICS, S0, S, alternation
from analysis.text.normalize import normalize

_DATA = Path(__file__).resolve().parents[2] / "data"
_END = sys.maxsize  # a pattern's default endpos
_QUOTE = r"[ \t\"'«»“”(]*"
# Suffixes after which a cue's final ة is written ت (pronouns, dual); the first four
# (pronouns) also follow a plural in ات.
_TA_SUFFIXES = ("ها", "ه", "هم", "هما", "ين", "ان", "نا")
_OBJECT = "ها|ه|هم|هما"  # object pronouns a verb may carry («تقودها»: leads it)


def _norm(w: str) -> str:
    return " ".join(normalize(w).split())


def _phrases(words) -> str:
    return alternation([_norm(w) for w in words])


def _without_article(words) -> list[str]:
    """``words`` with a leading «ال» dropped, for patterns that put the article (or «لل») before them."""
    return [w[2:] if w.startswith("ال") else w for w in words]


def _exact(words, space: str = r"\ ") -> str:
    """An alternation of ``words`` (normalized) read exactly as written, unlike
    :func:`_phrases`: a final ة is not also ه, and the words of a phrase are joined by
    ``space`` (one blank)."""
    return "|".join(space.join(map(re.escape, w.split())) for w in sorted({_norm(w) for w in words}))


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
    private: frozenset[str]  # sectors of companies that are not listed: their "market value" is a valuation
    data_sectors: frozenset[str]
    forecast: re.Pattern  # «توقعت»، «من المتوقع»: a word of forecasting
    forecasters: frozenset[str]  # sectors whose names forecast a market, and do not spend in it
    reporters: frozenset[str]  # sectors whose names report on others' money, and never spend or invest it
    never_receive: frozenset[str]  # sectors whose names arrange, lend, list or analyse money, and never receive it
    wealth_after: re.Pattern  # «… من ثروته»: a fortune right after the amount, its owner's pronoun
    announced_unsaid: re.Pattern  # «تم الإعلان عن»: announced, by no one named
    group_leader: re.Pattern  # «بقيادة / يقودها» (and a company noun, quotes) right before a name: the group's leader
    venues: frozenset[str]  # sectors of where a company is listed or reported (never the text's topic)
    report_author: re.Pattern  # «تقرير صادر عن X»، «تقديرات X»: X wrote about the money
    earnings: re.Pattern
    adjunct: re.Pattern
    adjunct_ends: tuple[str, ...]  # the last words of adjunct's phrases: one of them ends each match
    title_head: re.Pattern  # «قائد»، «رئيس»: a title whose complement describes a person
    title_heads: tuple[str, ...]  # title_head's words: one of them ends each match (blanks aside)
    offer: re.Pattern
    comparison: re.Pattern
    expectation: re.Pattern  # «توقعات المحللين البالغة»: an estimate of the amount before
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
    project_anaphora: re.Pattern
    owned: _Sifted
    pair: re.Pattern
    trio: re.Pattern
    joint: re.Pattern
    list_glue: re.Pattern
    named_as: re.Pattern
    round: re.Pattern
    leads_any: re.Pattern
    takes_part: re.Pattern
    backers_open: re.Pattern
    described_round: re.Pattern
    assets: _Sifted
    assets_after: re.Pattern
    holding_verb: _Sifted
    holder_gap: re.Pattern
    fund_held: _Sifted
    wealth: re.Pattern
    compared: re.Pattern
    share_of: re.Pattern  # «49% من شركة X»: a share of X, X no investor
    fine: re.Pattern
    fined: re.Pattern
    fined_after: re.Pattern
    claims: re.Pattern
    backed_by: re.Pattern
    obliged: re.Pattern
    project_of: re.Pattern
    bought: re.Pattern
    joins_round: re.Pattern
    more_investors: re.Pattern
    share: re.Pattern
    per_share: re.Pattern
    pays: re.Pattern
    examples: re.Pattern  # «شركات مثل X وY»: examples of a class, right before the first of them
    refused_offer: re.Pattern  # «رفضت X عرض Y»، «يرفض عرضا بقيمة…»: a refusal verb, then the offer's noun
    provides: re.Pattern
    supplies_whom: re.Pattern
    supplies_what: re.Pattern
    own_company: re.Pattern
    own_company_gap: re.Pattern
    contract: re.Pattern
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
    stake_in: re.Pattern
    respectively: re.Pattern
    bought_from: re.Pattern
    backing: re.Pattern

    @cached_property
    def before_name(self) -> re.Pattern:
        """Any of the words :func:`~analysis.extract.parties.marks._named_in` (and
        :func:`~analysis.extract.parties.context._quoted`) look for in the 40
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
    for word, read in list(role_map.items()):
        if word.startswith("ال") and " " in word and word[2:].split()[0] in role_map:
            # «الإنفاق النقدي»: the pattern reads «ال» before the cue, so a phrase listed with
            # it must also be found after it, or the shorter cue of its first word wins
            # («ال» + «إنفاق*»: spending, not cash burn).
            role_map.setdefault(word[2:], read)
    roles = re.compile(
        # «ستجمع»، «سيكلف»: the future prefix س before a verb. Clitics are tried shortest
        # first, so a cue listed with its preposition (برأسمال) wins over the bare word.
        # A cue without * ends its word, one with * takes any ending: a longer word is
        # never lost to a shorter cue inside it («القيمة السوقية» is not «قيمة سوق» + «ية»).
        # The lookahead only skips, fast, the words no cue, clitic or article starts with
        # (this pattern is run over every sentence with an amount).
        rf"(?<!\w)(?={_initials([*CLITICS, 'ك', 'ال', 'لل', 'س', *role_map])})(?:[{CLITICS}ك]{{0,2}}?(?:ال|لل|س)?)"
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
    # «رصدت كل من ألفابت وأمازون …»: «كل من» (each of) opens the subject, it is no preposition.
    marks = {
        kind: re.compile(rf"(?<!\w)(?<!كل[ \t])[{CLITICS}]?(?:{_phrases(p[kind])}){stake if kind in ('investee', 'target') else ''}"
                         rf"{noun}{_QUOTE}$")
        for kind in ("investor", "investee", "target", "supplier")
    }
    # «من شركة أشباه الموصلات الأميركية “AMD”»: the company noun, then up to four words;
    # one word may come before the noun («بقيادة مصرفيي بنك الاستثمار الأمريكي X»).
    # «على شركتها الناشئة “X”»: a company noun owned by a pronoun heads the description too.
    heads = rf"(?:(?:ال)?{_phrases(p['described_heads'])}|{_phrases(p['own_company'])})"
    described = {
        kind: re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p[kind])})(?:{S}[^\s،,.:;()\"«»“”]+)?{S}{heads}"
                         rf"(?:{S}[^\s،,.:;()\"«»“”]+){{1,4}}{_QUOTE}$")
        for kind in ("investor", "investee", "target", "supplier")
    }
    # «بدعم من 4 من كبرى شركات البرمجيات هم X، وY»: a description, then «هم» and the names;
    # a comma may close the description («قادها عمالقة التكنولوجيا، بمن فيهم X»).
    counted = {
        kind: re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p[kind])})(?:{S}[^\s،,.:;()\"«»“”]+){{1,8}}?"
                         rf"(?:{S0}[،,])?{S}{_phrases(p['they_are'])}{_QUOTE}$")
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
                        rf"|(?<!\w)(?:{_exact(p['source_prepositions'])}){S0}ل?{S0}(?:ال)?{_phrases(p['company_nouns'])}{_QUOTE}$"
                        # «بحسب ما نقلته منصة «X»»، «وفقا لما أوردته X»: «ما» and a verb of reporting
                        # between the preposition and the source (grammar: a relative «ما»).
                        rf"|(?<!\w)(?:{_exact(p['source_prepositions'])}){S0}ل?{S0}{_exact(p['source_relative'])}{S}[^\s\d،,.]+{noun}{_QUOTE}$")
    # «على التوالي»: its words may be apart by any blanks, a line break too.
    respectively = _exact(p["respectively"], space=r"\s+")
    return _Cues(
        not_words=re.compile(rf"[{CLITICS}]{{0,2}}(?:ال|لل)?(?:{not_words})"),
        counted=counted,
        described_head=re.compile(rf"{_phrases(p['described_heads'])}|{_phrases(p['own_company'])}"),
        they_are=re.compile(rf"(?<!\w){_phrases(p['they_are'])}{_QUOTE}$"),
        described=described,
        described_any=_either(described.values()),
        roles=roles,
        role_map=role_map,
        kinds=frozenset(p["kinds"]),
        person_roles=frozenset(p["person_roles"]),
        product_roles=frozenset(p["product_roles"]),
        listed=frozenset(spec["listed_sectors"]),
        private=frozenset(spec["private_sectors"]),
        data_sectors=frozenset(p["data_sectors"]),
        forecast=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(p['forecast'])})(?!\w)"),
        forecasters=frozenset(p["forecasters"]),
        reporters=frozenset(p["reporters"]),
        never_receive=frozenset(p["never_receive"]),
        wealth_after=re.compile(rf"[ \t]+(?:{_phrases(p['wealth_after'])})(?!\w)"),
        announced_unsaid=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['announced_unsaid'])})(?!\w)"),
        group_leader=re.compile(rf"(?<!\w)(?:{_phrases(p['group_leader'])})[ \t\"'«»“”]*(?:شركة[ \t\"'«»“”]*)?$"),
        venues=frozenset(p["venues"]),
        report_author=report_author,
        earnings=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(p['earnings'])}\w*"),
        # «بما في ذلك مشروع» (including) is no adverbial.
        adjunct=re.compile(rf"(?<!\w)(?<!بما ){_phrases(spec['adjunct'])}{S0}$"),
        adjunct_ends=tuple(sorted({_norm(w).split()[-1] for w in spec['adjunct']})),
        title_head=re.compile(rf"(?<!\w)[وف]?(?:{_exact(spec['title_heads'])})[ \t]+$"),
        title_heads=tuple(sorted({_norm(w) for w in spec['title_heads']})),
        offer=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['offer'])})(?:{S}\w+)?{S0}$"),
        comparison=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['comparison'])}){S0}$"),
        # «متجاوزة توقعات المستثمرين البالغة»، «تقديرات الوكالة التي كانت تشير إلى»: the noun, at most
        # three words (no figure), a link right before the amount.
        expectation=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['expectation']['nouns'])})"
                               rf"(?:{S}[^\s\d٠-٩.]+){{0,3}}?[ \t،,]+(?:{_phrases(spec['expectation']['links'])})"
                               rf"(?:{S}(?:نحو|حوالي))?{S0}$"),
        facilities=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['facilities'])})(?!\w)"),
        source=source,
        cited=_either([report_author, source]),
        title=re.compile(
            rf"(?<!\w)[{CLITICS}]?{_phrases(p['title'])}"
            rf"(?:{S}(?:ل|[{CLITICS}]?(?:ال)?(?:شركة|مجموعة|منصة|موقع)))?(?:{S}ال[^\s،,.:;()\"«»“”]+)?{_QUOTE}$"
            # «مسؤول تنفيذي كبير في شركة مايكروسوفت»، «المدير التقني في X»: one who works «في» a company.
            rf"|(?<!\w)[{CLITICS}]?(?:{_phrases(p['title'])}|{_phrases(p['staff'])})"
            rf"(?:{S}(?:ال[^\s،,.:;()\"«»“”]+|{_phrases(p['staff_descriptions'])})){{0,2}}"
            rf"{S}في(?:{S}(?:ال)?(?:شركة|مجموعة|منصة))?{_QUOTE}$"
        ),
        marks=marks,
        any_mark=_either(marks.values()),
        # «وتقودها سوفت بنك»: the verb may carry the round as an object pronoun.
        leads=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['leads'])}(?:{_OBJECT})?{noun}{_QUOTE}$"),
        # («لقيادة»: the verbal noun of purpose, not «بقيادة»: led by the one after it.)
        # «التزام X بقيادة جولة»، «أعلنت X عن قيادتها جولة»: a noun of leading whose object is a
        # round (not «بقيادة X»: led by the name after it) is led by the name before it.
        led=re.compile(rf"[ \t\"'«»“”]*(?:[{CLITICS}]?{_phrases(p['leads'])}(?:{_OBJECT})?|[لو]?{_phrases(p['lead_nouns'])}"
                       rf"|{_phrases(p['leads_round'])}{S}[{CLITICS}]?{_phrases(p['round'])})(?!\w)"),
        relative=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['relative'])}){S0}$"),
        relative_any=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['relative'])})(?!\w)"),
        anaphora=re.compile(rf"{S0}(?:[{CLITICS}]?{_phrases(p['anaphora'])})(?!\w)"),
        # «ميتا، المالكة لفيسبوك» / «xAI المملوكة للملياردير ماسك»: one word may come between.
        # «يمتلك أصولا تزيد عن 900 مليار»: up to three words between the assets and the amount
        # (and «بـ» before it: «تقدر أصول صندوق قطر للاستثمار بـ»).
        assets=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['assets'])}(?:{S}[^\s،,.]+){{0,3}}?(?:{S}بـ?)?{S0}$"),
                       _cores(p["assets"])),
        assets_after=re.compile(rf"{S0}(?:من{S})?{_phrases(p['assets'])}(?!\w)"),
        # «يمتلك صندوق مبادلة 302 مليار»، «تدير هيئة أبوظبي للاستثمار تريليون دولار»: a verb of
        # owning or managing whose object is the amount.
        holding_verb=_Sifted(re.compile(rf"(?<!\w)[وف]?{_phrases(p['holding_verbs'])}(?!\w)"), _cores(p["holding_verbs"])),
        # Between such a verb and its subject: quotes and perhaps one noun of its kind («يمتلك صندوق مبادلة»).
        holder_gap=re.compile(rf"{_QUOTE}(?:{_phrases(p['holder_nouns'])}{_QUOTE})?"),
        # «التي تدير صندوقا بقيمة 3 مليارات»، «X، وهي صندوق استثماري بقيمة 100 مليار»: the size of a
        # fund one manages or is (up to two words describe the fund).
        fund_held=_Sifted(re.compile(
            rf"(?<!\w)(?:[وف]?{_phrases(p['holding_verbs'])}|و?(?:هي|هو)){S}{_phrases(p['held_funds'])}"
            rf"(?:{S}[^\s،,.\d]+){{0,2}}?{S}{_phrases(p['held_size'])}{S0}$"), _cores(p["held_funds"])),
        wealth=_Sifted(word("wealth"), _cores(p["wealth"])),
        # «شارك مؤخرا في جولة تمويل»، «بعد مشاركته في جولة»، «ضمن جولة تمويل»: taking part in a
        # round (up to three words before the round's word).
        joins_round=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['joins_round'])}(?:{S}[^\s،,.]+){{0,3}}?"
                               rf"{S}[{CLITICS}]?{_phrases(p['round'])}(?!\w)"),
        # «… مقابل 900 مليون دولار على منصتها “نوفا”»: the thing bought, up to two words after the marker.
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
        # «رفضت نوفاريس عرض شراء»، «رفضت ألفابت عرض مايكروسوفت»: a verb (or verbal noun) of
        # refusing, up to five words (its subject), then an offer's noun.
        examples=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['examples'])})(?:{S}(?:ال)?{_phrases(p['company_nouns'])})?[ \t،,\"'«»“”(]*$"),
        refused_offer=re.compile(rf"(?<!\w)(?P<v>[{CLITICS}]?{_phrases(p['refuses'])})(?:{S}[^\s،,.:;]+){{0,5}}?{S}(?P<o>[{CLITICS}]?{_phrases(p['offer_nouns'])})(?!\w)"),
        provides=word("provides"),
        supplies_whom=word("supplies_whom"),
        supplies_what=word("supplies_what"),
        own_company=word("own_company"),
        contract=word("contract_nouns", article=True),  # «صفقة»، «عقد»، «اتفاقية»: a deal or contract
        # «استحواذ شركته الناشئة للذكاء الاصطناعي “X” على Y»: «his company», up to four words
        # describing it, then its name.
        own_company_gap=re.compile(rf"{_QUOTE}{_phrases(p['own_company'])}(?:{S}[^\s\d،,.:;()\"«»“”]+){{0,4}}?{_QUOTE}"),
        # «0.8 دولار للسهم»: a figure per share, right after the amount.
        per_share=re.compile(rf"[ \t)»\"]*(?:{_phrases(p['per_share'])})(?!\w)"),
        donation=word("donation", article=True),
        # «شراء رقائق من X»، «الحصول على … من X»: «من» names the seller only after a word of buying
        # or obtaining (what is bought) in its clause; «بدعم من X» is who backs, not who sells.
        # «بدعم رأسمالي … من X»، «محاولة من X»، «كاستثمار بالأسهم من X»: who backs or does it.
        backing=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال|ل)?{_phrases(p['backing_nouns'])}\w*"),
        bought_from=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال|ل)?{_phrases(p['bought_from'])}(?!\w)"),
        suppliers=frozenset(p["supplier_sectors"]),
        # «مشروع “ستارجيت” العملاق بين»: a joint undertaking's noun, up to four words, then «بين».
        between=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(p['joint_nouns'])}(?:{S}[^\s،,.:;]+){{0,4}}?{S}بين{_QUOTE}$"),
                        ["بين"]),
        pay=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(p['pay_words'])}\w*"),
        more_investors=re.compile(rf"[ \t\"'»”)]*[،,]?{S0}{_phrases(p['more_investors'])}(?!\w)"),
        fine=word("fine", article=True),
        # «على شركة “أوبن إيه آي”»، «ضد محرك البحث قوقل»: up to three words of description.
        fined=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['fined'])}(?:{S}[^\s،,.:;()\"«»“”]+){{0,3}}?{S0}{_QUOTE}$"),
        # Between a verb or noun of fining and the one fined: the authority as the verb's subject
        # and a company noun («غرمت الهيئة شركة X»، «تغريم شركة X»), or nothing («تغرم X»).
        # «طالب ماسك …»، «أن X طلبت …»، «رفعت X دعوى»: a verb of claiming, whose subject claims.
        claims=word("claims"),
        # «ميسترال، المدعومة من إنفيديا»: a past backer named in a description, up to the name.
        backed_by=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['backed_by'])}{noun}{_QUOTE}$"),
        fined_after=re.compile(rf"{_QUOTE}(?:[^\s،,.:;()\"«»“”\d]+{S})?(?:(?:ال)?{_phrases(p['company_nouns'])}{S})?{_QUOTE}$"),
        # «متجاوزة “مايكروسوفت”»، «مقارنة بـ…»: the company a figure is compared with.
        compared=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['compared'])}{noun}{S0}ـ*{_QUOTE}$"),
        share_of=re.compile(rf"(?:{_phrases(spec['minority_stake']['percent'])}){S}من{noun}{_QUOTE}$"),
        round=word("round"),
        # A verb or marker of taking part in a round; not the bare preposition «من», which
        # follows many words («سترفع هذه الجولة من قيمة X»: X raises, it backs nothing).
        leads_any=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['leads'])}"
                             rf"|{_phrases([w for w in p['investor'] if w != 'من'])})(?!\w)"),
        # «شاركت»، «المشاركة»، «المستثمرين»: a verb or noun of taking part in (funding) a round.
        takes_part=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['leads'])}|{_phrases(p['backer_words'])})(?!\w)"),
                           _cores([*p["leads"], *p["backer_words"]])),
        # «بينهم: X وY»، «ومن بين المستثمرين X»: a sentence that opens by going on with a list of investors.
        backers_open=re.compile(rf"[^\w]*[{CLITICS}]?{_phrases(p['backers_open'])}(?!\w)"),
        # «هذا التمويل، المدعوم من X وY»، «جولة التمويل، التي تشمل X»: the round or the funding
        # named, then (a comma and quotes may come between) described by who backs it.
        described_round=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['described_round'])}[ \t\"'«»“”]*[،,]?{S0}"
                                   rf"{_phrases(p['described_round_by'])}(?!\w)"),
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
        project_anaphora=word("project_anaphora"),
        fund_anaphora=_Sifted(re.compile(rf"(?<!\w)[وف]?{_phrases(p['fund_anaphora'])}(?!\w)"), _cores(p["fund_anaphora"])),
        pair=_Sifted(word("pair"), _cores(p["pair"])),
        trio=_Sifted(word("trio"), _cores(p["trio"])),
        # Searched from the name before (however far): sifted by its words first.
        owned=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['owned'])}(?:{S}[^\s،,]+){{0,2}}?{S0}ل?{_QUOTE}$"),
                      _cores(p["owned"])),
        # «استحوذت سوفت بنك على حصة بقيمة … في إنتل»: a stake bought, in the company named after.
        stake_in=re.compile(rf"(?<!\w)(?:علي|على)[ \t]+(?:ال)?(?:{_exact(p['stake_in'])})(?!\w)"),
        respectively=re.compile(rf"(?<!\w)(?:{respectively})"),
    )


@dataclass(frozen=True)
class _RoleCues:
    per_unit: re.Pattern
    unit_between: re.Pattern  # «تكلفة كل منها»، «تكلفة الخزانة الواحدة»: a cost said of one unit
    counted_share: re.Pattern  # «537 ألف سهم»: a count of shares, no share price (the number before the noun)
    counted_nouns: frozenset  # the share nouns that a number before them makes a count
    each: re.Pattern
    value_lost: re.Pattern
    stake_bought: re.Pattern  # «حصة»، «نسبة»، «49%»: a stake (C8)
    stake_control: re.Pattern  # «الأغلبية»، «مسيطرة»، «المتبقية»: a stake that gives control
    sector_total: re.Pattern  # «سجل الاستثمار في قطاع»، «بلغت استثمارات مراكز البيانات»: a sector's total
    companies_raised: re.Pattern  # «جمعت الشركات الناشئة»، «جمعت خمس شركات»: (matched right after a raise cue) companies unnamed
    stake_obtained: re.Pattern  # «حصول X على حصص»، «ستشتري X أسهم Y»: a stake or shares obtained or bought
    price_after: re.Pattern  # «مقابل (شراء) …» right after an amount
    stake_sale: re.Pattern  # «باعت»، «تخارج»: a purchase cue that tells the seller's side
    value_change: _Sifted  # «تراجعت قيمتها السوقية بأكثر من»: a value's rise or fall, «ب» right before the amount
    value_reached: re.Pattern  # «إلى / عند» between: the value reached, not the change
    licence: re.Pattern  # «لترخيص»، «الترخيص»: a licence paid for
    worldwide: re.Pattern
    sales_word: re.Pattern  # «مبيعات»: a revenue cue of sales (fullmatch on the cue)
    goods_sold: re.Pattern  # « الرقائق»: a kind of goods right after the sales word (C5)
    holding: re.Pattern
    held_stake: re.Pattern
    needed: re.Pattern
    sector_said: re.Pattern
    company_said: re.Pattern
    needed_nouns: frozenset
    sized_holding: re.Pattern
    fund_purpose: re.Pattern
    announcing: re.Pattern
    founding: re.Pattern
    founded_fund: re.Pattern
    founded_name: re.Pattern
    founded_programme: re.Pattern
    joint_founded: re.Pattern
    valuing: re.Pattern
    deal_valuing: re.Pattern
    price_move: re.Pattern
    conversion: re.Pattern
    company_head: re.Pattern
    for_facility: re.Pattern
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
    grant_after: re.Pattern  # «كإعانات حكومية»، «من الحوافز»: a grant named right after the amount
    staff_of: re.Pattern  # «موظفو شركة»: those who sell shares are the staff of the company named next
    shares_of: re.Pattern  # « من شركة »: between a sale's shares and the company whose shares they are
    sale_noun: re.Pattern  # «بيع أسهم»: the verbal noun of selling, whose agent is not the name before it
    staff_grant: re.Pattern  # «منح موظفيها حصصا»: a grant word that is pay when the sentence speaks of staff
    pay_cue: re.Pattern  # «تعويض»: a damages cue that may be pay
    pay_said: _Sifted  # «رواتب»، «موظف»: the sentence speaks of pay
    lawsuit: _Sifted  # «دعوى»، «المحكمة»: the sentence speaks of a suit
    any_cue: re.Pattern
    cost_any: re.Pattern
    past_buy: re.Pattern
    allocate: re.Pattern
    allocated_to: re.Pattern
    not_cue: re.Pattern
    market: re.Pattern
    public_noun: re.Pattern  # «تمويل»، «تمويلا»: the noun funding, not «تمويلية» (of a round or a deal)
    round_word: re.Pattern  # «جولة»: a round
    programme_after: re.Pattern  # «(لتمويل) برنامج»: a programme funded, a few words on
    programme_worth: re.Pattern  # «بحزمة جديدة قيمتها»: a programme, plan or project right before its worth
    sector_before: re.Pattern  # «القطاع بلغت قيمته السوقية»: a sector, market or class of companies whose worth is said
    sector_after: re.Pattern  # «القيمة السوقية لهذه الشركات»: the same as the value cue's possessor
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
    own_purpose: re.Pattern
    capital: re.Pattern  # «الإنفاق الرأسمالي»، «نفقاتها الرأسمالية»: capital spending
    purpose: re.Pattern  # «لتطوير»، «لبناء»: a phrase of purpose opens
    lead_verb: re.Pattern  # «قادت سوفت بنك …»: a verb of leading (a round)
    led_after: re.Pattern  # «… بقيادة»: led by, after an amount
    grants: re.Pattern
    attract: re.Pattern
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
    funding_provided: re.Pattern  # «ستقدم X تمويلا»: a verb of providing, then a few words, before an indefinite funding noun
    funding_complement: re.Pattern
    funding_verb: re.Pattern
    funding_possessed: re.Pattern
    funding_share: re.Pattern
    stake_noun: re.Pattern
    worth_of: re.Pattern
    equity: re.Pattern
    received_investment: re.Pattern
    support_received: re.Pattern  # «تلقت دعما بقيمة»: support received is a grant
    support_receivers: re.Pattern  # «تلقت»، «حصلت على»، «تلقيها»: who receives support is its subject
    foreign_investment: re.Pattern  # «استثمارات أجنبية»: what a country receives from abroad
    investment_programme: re.Pattern
    spent_on: re.Pattern  # «ل»، «على» between money spent and the purchase it pays for
    investment_deal: _Sifted  # «صفقة استثمارية»: a deal noun right before an investment adjective
    into_companies: re.Pattern
    purchase: re.Pattern
    agreed: re.Pattern
    raised_by: re.Pattern
    listing: re.Pattern
    relative_opening: re.Pattern
    deal_value: re.Pattern  # «قيمة الصفقة تقدر بنحو»: the value of a deal, right before the amount
    contribution: _Sifted
    value_added: re.Pattern
    economy: _Sifted


@cache
def _role_cues() -> _RoleCues:
    spec = _spec()

    def star(key, words=None):  # «شراكة*»: any ending
        words = spec[key] if words is None else words
        return "|".join(rf"{alternation([_norm(w.rstrip('*')) for w in words if w.endswith('*') == st])}{tail}"
                        for st, tail in ((True, r"\w*"), (False, "")))
    pre = rf"(?<!\w)[{CLITICS}]?(?:ال|لل)?"
    # «حصة تقدر بنحو» / «صندوق الثروة الذي تبلغ قيمته نحو»: a holding's worth, right before the amount.
    holding = (rf"{pre}{_phrases(spec['holdings'])}(?:{S}\S+){{0,4}}?{S}(?:و?(?:الذي|التي){S})?"
               rf"{pre}{_phrases(spec['worth'])}(?:{S}[^\s\d٠-٩]+){{0,3}}?{S0}[ب]?{S0}$")
    return _RoleCues(
        # «50 دولارا للسهم»، «125 دولارا نقدا لكل سهم»: a price per unit (an adverb of manner may come between).
        per_unit=re.compile(rf"{S0}[)»\"]?{S0}(?:(?:{_phrases(spec['per_unit_adverbs'])}){S})?(?:{_phrases(spec['per_unit'])})(?!\w)"),
        unit_between=re.compile(rf"(?<!\w)(?:{_phrases(spec['unit_cost']['between'])})(?!\w)"),
        counted_share=re.compile(rf"[0-9٠-٩]{S0}(?:(?:{_phrases(spec['counted_shares']['numbers'])}){S})?$"),
        counted_nouns=frozenset(_norm(w) for w in spec['counted_shares']['nouns']),
        # «3000 دولار لكل كتاب»، «عن كل أغنية»، «للعمل الواحد»: a share of a whole, for each one.
        each=re.compile(rf"{S0}[)»\"]?{S0}(?:(?:{_phrases(spec['each']['before'])}){S}\S"
                        rf"|[{CLITICS}]?\S+{S}(?:{_phrases(spec['each']['after'])})(?!\w))"),
        # «مبيعات الرقائق عالميا»، «مبيعات أشباه الموصلات حول العالم»: a world market, at most three words after the cue.
        worldwide=re.compile(rf"(?:{S}[^\s\d٠-٩،,.]+){{0,3}}?{S}(?:{_phrases(spec['worldwide'])})(?!\w)"),
        # «مبيعات الرقائق ارتفعت إلى»: sales of a kind of goods, an industry's (C5).
        sales_word=re.compile(rf"[{CLITICS}]?(?:{_phrases(spec['goods_sales']['sales'])})"),
        goods_sold=re.compile(rf"{S}(?:{_phrases(spec['goods_sales']['goods'])})(?!\w)"),
        licence=re.compile(rf"{pre}(?:{star('licence')})"),
        value_lost=re.compile(rf"{S0}[)»\"]?{S0}(?:{_phrases(spec['value_lost'])})(?!\w)"),
        # «حصة (أقلية)»، «نسبة»، «49%»، «10 في المئة»: what a purchase buys is a stake (its percentage in group 'pct').
        stake_bought=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['minority_stake']['stakes'])})(?!\w)"
                                rf"|(?<![\w.,])(?P<pct>[0-9٠-٩]+(?:[.,][0-9٠-٩]+)?){S0}(?:{_phrases(spec['minority_stake']['percent'])})"),
        stake_sale=re.compile(rf"[{CLITICS}]?(?:{star('sale', spec['minority_stake']['sale'])})"),
        # «سجل الاستثمار في قطاع …»، «بلغت استثمارات مراكز البيانات»، «حجم الاستثمار في القطاع»: the noun (group 'noun') as
        # the subject of a word of reaching or in construct with a word of size, a sector right after it.
        sector_total=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['sector_totals']['before'])}){S}(?P<noun>(?:{_phrases(spec['sector_totals']['nouns'])})){S}(?:في{S})?"
                                rf"(?:ال)?(?:{_phrases(spec['sector_totals']['sectors'])})(?!\w)"),
        # Matched right after a raise cue: «جمعت الشركات الناشئة …»، «جمعت خمس شركات …»، «التمويل الموجه لشركات …»:
        # companies counted or described, none named, raise it (C15); «من شركات» (the money's source) is no match.
        companies_raised=re.compile(rf"{S}(?:(?:{_phrases(spec['companies_raised']['between'])}){S})?"
                                    rf"(?:[لب]?(?:ال)?(?:{_phrases(spec['parties']['group_counts'])}){S})?"
                                    rf"(?:لل|[لب]?(?:ال)?)(?:{_phrases(spec['companies_raised']['nouns'])})(?!\w)"),
        # «حصول X على حصص»، «ستشتري X أسهم Y»، «للحصول على 49 في المئة من أسهم Y»: a stake or shares obtained or bought.
        stake_obtained=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['minority_stake']['obtained'])})(?:{S}[^\s\d٠-٩،,.]+){{0,3}}?(?:{S}علي)?{S}"
                                  rf"(?:(?:ال)?(?:{_phrases(spec['minority_stake']['shares'])})(?!\w)"
                                  rf"|(?P<pct>[0-9٠-٩]+(?:[.,][0-9٠-٩]+)?){S0}(?:{_phrases(spec['minority_stake']['percent'])}){S}من{S}(?:ال)?(?:{_phrases(spec['minority_stake']['shares'])})(?!\w))"),
        stake_control=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['minority_stake']['control'])})(?!\w)"),
        # «تراجعت (أيضا) القيم السوقية لكل من X وY بنحو»، «ارتفاع تقييمها بـ»: a word of change and a value
        # noun (at most two words after it, or three before it: «القيمة السوقية لشركة X ارتفعت»), at most ten
        # words (an apposition between commas too: «لشركة X، أكبر مصنع للرقائق، بأكثر من»), then «ب» (and «نحو») at the amount.
        value_change=_Sifted(re.compile(
            rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['value_change']['change'])}(?:{S}[^\s،,.:;]+){{0,2}}?{S}[{CLITICS}]?{_phrases(spec['value_change']['values'])}"
            rf"|{_phrases(spec['value_change']['values'])}(?:{S}[^\s،,.:;]+){{0,3}}?{S}[{CLITICS}]?{_phrases(spec['value_change']['change'])})(?!\w)"
            rf"(?:{S}[^\s.:;]+){{0,10}}?{S}ب(?:{S0}{_phrases(spec['value_change']['by'])})?{S0}$"),
            _cores(spec['value_change']['values'])),
        value_reached=re.compile(rf"(?<!\w)(?:{_phrases(spec['value_change']['reached'])})(?!\w)"),
        holding=re.compile(holding),
        # «تدير صندوقا بقيمة»، «وهي صندوق استثماري بقيمة»: a fund's size said by «بقيمة» (a stake's is its price).
        # The fund noun indefinite (grammar: «بقيمة» describes an indefinite noun; «قدم الصندوق التزاما
        # بقيمة» says the size of the commitment, not of the fund).
        # Between the noun and «بقيمة» only what describes the fund: adjectives of relation («استثماري»،
        # «تقنيا») or its name in quotes or Latin letters — not another noun («صندوق X استثمارا بقيمة»).
        sized_holding=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(spec['sized_holdings']['nouns'])}"
                                 rf"(?:{S}(?:[^\s\d٠-٩،,.]*(?:ي|يه|ية|يا)|[\"'«“][^\"'»”]+[\"'»”]|[A-Za-z][^\s،,]*)){{0,3}}?{S}"
                                 rf"بقيمة(?:{S}[^\s\d٠-٩،,.]+){{0,2}}?{S0}$"),
        # «صندوق بقيمة مليار يوان لدعم الابتكار»: a fund told with what it will do is being set up.
        fund_purpose=re.compile(rf"[ \t،,]*(?:{_phrases(spec['sized_holdings']['purpose'])})(?!\w)"),
        # «أعلنت X عن صندوق»، «الإعلان، الذي يتضمن صندوقا»: a fund announced is being set up.
        announcing=re.compile(rf"{pre}(?:{_phrases(spec['founding'])}|{_phrases(spec['sized_holdings']['announced'])})(?!\w)"),
        # «يمتلك حصة 40% في شركة X، بقيمة تقارب»، «حصته البالغة 4 في المئة من أسهم X، التي تقدر بنحو»: what a
        # stake held is worth, after its percentage and a comma or «أو» (no verb of buying or selling: a price).
        held_stake=re.compile(
            rf"(?:(?<!\w)[{CLITICS}]?(?:{_phrases(spec['held_stake']['holders'])})(?:{S}\S+){{0,2}}?{S}(?:{_phrases(spec['held_stake']['stakes'])})"
            rf"|(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['held_stake']['owned'])}))(?!\w)"
            rf"(?=(?:{S}[^\s،,.:;]+){{0,8}}?{S}[0-9٠-٩]+(?:[.,][0-9٠-٩]+)?{S0}(?:{_phrases(spec['minority_stake']['percent'])}))"
            rf"(?:{S}(?:[^\s،,.:;]|[.,](?=[0-9٠-٩]))+){{0,8}}?(?:{S0}[،,]|{S}{_norm('أو')})"
            rf"{S}(?:{_phrases(spec['held_stake']['worth'])})(?!\w)(?:{S}[^\s\d٠-٩،,.]+){{0,2}}?{S0}ب?{S0}$"),
        # «قد تحتاج شبكات الألياف إلى استثمارات تبلغ»: what is needed, at most eight words before the amount.
        needed=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['needed']['verbs'])})(?!\w)(?:{S}[^\s\d٠-٩،,.:;]+){{0,8}}?{S0}$"),
        sector_said=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(spec['sector_raised']['sectors'])})(?!\w)"),
        company_said=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['sector_raised']['company'])})(?!\w)"),
        needed_nouns=frozenset(_norm(w) for w in spec['needed']['nouns']),
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
        # «على دفع»، «بأن تدفع»، «ستدفع»، «لتسوية»: damages paid or settled (a payer, not a claimant);
        # a verb of paying may carry the future prefix س.
        paid=re.compile(rf"(?<!\w)(?:[{CLITICS}]?س?(?:{star('payment')})|[{CLITICS}]?(?:ال)?{_phrases(spec['settle'])})(?!\w)"),
        # «لـ / لصالح / إلى» right before the one paid.
        paid_to=re.compile(rf"(?<!\w)(?:{_phrases(spec['paid_to'])})(?:{S}\S+){{0,2}}?{_QUOTE}$"
                   rf"|(?<!\w)ل(?:ـ|{_QUOTE})*(?:(?:ال)?{_phrases(spec['parties']['company_nouns'])}{_QUOTE})?$"),
        # «لاستثمار / باستثمار»: the act of investing (a verbal noun), not «استثمارات» (a programme).
        act_of_investing=re.compile(rf"(?<!\w)(?:{_phrases(spec['act_of_investing'])})$"),
        # «في الهند»، «على مراكز البيانات»: where the money goes, said after the amount.
        destination=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['destination'])})(?!\w)"),
        lead_verb=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['round_leads']['verbs'])})(?!\w)"),
        led_after=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['round_leads']['after'])})(?!\w)"),
        own_purpose=re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(spec['own_purpose'])})(?!\w)"),
        capital=re.compile(rf"{pre}(?:{star('capital_words')})(?!\w)"),
        purpose=re.compile(rf"(?:{_phrases(spec['purpose_openers'])})(?!\w)"),
        grants=re.compile(rf"(?:{_phrases(spec['grants'])})"),
        # «جذبت الهند استثمارات»، «فرنسا ستجذب»، «استقطاب»: a verb of attracting, every person, the masdar.
        attract=re.compile(rf"{pre}(?:{star('attract')})"),
        # «في الذكاء الاصطناعي»، «لبنية الذكاء الاصطناعي»، «يستهدف تطوير البنية التحتية»: money
        # that goes into a sector, a field or infrastructure, not into a company.
        field=re.compile(rf"(?<!\w)(?:(?:[وف]?(?:في|داخل){S}|لل|ل)(?:ال)?|(?:لل|[لب](?:ال)?)?{_phrases(spec['field_aims'])}{S}(?:ال)?)"
                         rf"{_phrases(_without_article(spec['fields']))}(?!\w)"),
        subject_anaphora=_Sifted(re.compile(rf"(?<!\w)[وف]?{_phrases(spec['subject_anaphora'])}(?!\w)"),
                                 _cores(spec["subject_anaphora"])),
        backers=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(spec['backers'])}(?!\w)"), _cores(spec["backers"])),
        # «800 مليون دولار مقابل حصة في X»، «14 مليارا لقاء شراء 49% من X»: a price word right after the amount.
        price_after=re.compile(rf"[ \t،,]*(?:{_phrases(spec['price_words'])}){S}(?:{_phrases(spec['minority_stake']['bought_by'])}{S})?"),
        price_before=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(spec['price_words'])}(?:{S}[^\s\d٠-٩]+)?{S0}$"),
        deal_noun=re.compile(rf"[{CLITICS}]?(?:ال)?{_phrases(spec['deal_nouns'])}"),
        # «الجولة البالغ قيمتها»، «صفقة تقدر قيمتها»: what comes between a deal's cue and its size.
        # (an adjective may come between when a worth verb follows: «جولة ضخمة بلغت قيمتها»; with no
        # verb only one of 'deal_adjectives': «استثمار إضافي قيمته»، not a verb: «جولة رفعت قيمتها»).
        owner_gap=re.compile(rf"^{_QUOTE}(?:(?:[^\s\d٠-٩،,.]+{S})?(?:(?:التي|الذي){S})?{_phrases(spec['size_verbs'])}{S0}"
                             rf"|(?:{_phrases(spec['deal_adjectives'])}{S})?(?:(?:التي|الذي){S0})?)$"),
        founding=re.compile(rf"{pre}{_phrases(spec['founding'])}{S0}$"),
        # «لإنشاء صندوق بقيمة»، «ستطلق صندوقا صناعيا بقيمة»، «أطلقت الشركة مؤخرا صندوق X بقيمة»: a fund
        # being set up (the verb's subject and an adverb, at most eight words: «أطلقت الشركة الوطنية للبريد هذا الشهر عن صندوق», may
        # come between), the amount at most six words after it («صندوق لرقائق الذكاء الاصطناعي المتقدمة بقيمة»).
        founded_fund=re.compile(rf"{pre}{_phrases(spec['founding'])}(?:{S}[^\s\d٠-٩،,.]+){{0,8}}?{S}{pre}{_phrases(spec['funds'])}"
                                rf"(?:{S}[^\s\d٠-٩،,.]+){{0,6}}{S0}$"),
        # «تعتزم السعودية إطلاق مشروع جديد … يحمل اسم “X”»، «إطلاق مبادرة “X”»، «إطلاق الصندوق
        # الاستثماري X»: what is founded, object of a verbal noun of founding, right before its name
        # (up to seven words describe it; not a verb: «أطلقت شركة X صندوقا»: X is the subject).
        founded_name=re.compile(rf"{pre}{_phrases(spec['founding_nouns'])}{S}{pre}{_phrases(spec['founded_nouns'])}"
                                rf"(?:{S}[^\s\d٠-٩،,.]+){{0,7}}?{_QUOTE}$"),
        # «تعتزم الدولة إطلاق مشروع جديد …»، «أطلق الاتحاد مبادرة “X”»: a project, initiative,
        # programme or plan being set up (the object of a word of founding, its subject and at most
        # four words between).
        founded_programme=re.compile(rf"{pre}{_phrases(spec['founding'])}(?:{S}[^\s\d٠-٩،,.]+){{0,4}}?{S}{pre}"
                                     rf"{_phrases(spec['founded_programmes']['programmes'])}(?!\w)"),
        joint_founded=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(spec['founded_programmes']['joint'])}(?!\w)"),
        # «قبل أن تقفز إلى 895 يوانًا»، «لتغلق عند»: a price moving, right before the amount.
        price_move=re.compile(rf"(?<!\w)[وف]?{_phrases(spec['price_moves'])}(?:{S}[^\s\d٠-٩،,.]+){{0,2}}?{S}{_phrases(['إلى', 'عند'])}{S0}$"),
        # Between an amount and the same converted, in brackets: «(», «(نحو», «(ما يعادل», «(أي حوالي».
        conversion=re.compile(rf"[ \t]*\([ \t]*(?:(?:{_phrases(spec['conversion_openers'])})[ \t]*){{0,3}}"),
        # «تقدر الصفقة سبيس إكس بتريليون دولار»: a verb of valuing and perhaps its subject before a company.
        # «تقدر الصفقة»، «الصفقة تقيم»، «الدمج يقيم»: a verb of valuing with a deal as its subject (before or after it).
        deal_valuing=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['deal_subjects'])}{S}(?:[^\s\d٠-٩،,.]+{S})?{_phrases(spec['valuing_verbs'])}"
                                rf"|{_phrases(spec['valuing_verbs'])}{S}(?:[^\s\d٠-٩،,.]+{S})?{_phrases(spec['deal_subjects'])})(?!\w)"),
        valuing=re.compile(rf"(?<!\w)[وف]?{_phrases(spec['valuing_verbs'])}(?:{S}[^\s\d٠-٩،,.]+){{0,2}}{_QUOTE}$"),
        # «8 مليارات دولار كل عام للحوسبة من أوراكل»، «… للرقائق»: money whose purpose, right after
        # it, is a facility or goods is spent on them.
        for_facility=re.compile(rf"{S0}(?:[^\s\d٠-٩،,.]+{S})?(?:لل|ل)"
                                rf"{_phrases(_without_article(spec['facilities']))}(?!\w)"),
        cost=re.compile(rf"(?:{star('cost')})$"),
        venture=re.compile(rf"{pre}(?:{star('venture')})(?!\w)"),
        investors=frozenset(spec["investor_sectors"]),
        # «اشترت الشركة (100 ألف) رقائق بقيمة»: goods bought (up to three words after the verb), not «شركة رقائق».
        goods=re.compile(rf"(?:{S}(?!{_exact(w.rstrip('*') for w in spec['not_goods'])})\S+){{0,3}}?{S}(?:[{CLITICS}]?{_phrases(spec['goods'])})(?!\w)"),
        # «جذبت (الشركة) استثمارات»: a verb of receiving, its subject and «على» at most, then the noun.
        receive=re.compile(rf"{pre}(?:{star('receive')})(?:{S}\S+){{0,2}}?{S}$"),
        payment=re.compile(rf"[{CLITICS}]?(?:{star('payment')})"),
        penalty=re.compile(rf"(?:{star('penalty')})"),
        # «حصلت مايكروسوفت على حصة … مقابل»: the one who gets a stake pays for it.
        # «عرضت X على Y … الاستحواذ»، «على وشك الاستحواذ»: a purchase offered or sought, not done.
        offer_verbs=re.compile(rf"{pre}{_phrases(spec['offer_verbs'])}(?!\w)"),
        hires=re.compile(rf"{pre}(?:{star('hires')})(?!\w)"),
        grant_after=re.compile(rf"(?:{S}(?:{_phrases(spec['grant_after']['qualifiers'])}){S0}[،,]?)?{S0}"
                               rf"(?:ك|(?:{_phrases(spec['grant_after']['links'])}){S})(?:ال)?(?:{_phrases(spec['grant_after']['nouns'])})(?!\w)"),
        staff_of=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['stake_sold']['staff'])}){S}(?:(?:ال)?(?:{_phrases(spec['parties']['company_nouns'])}){S0})?{_QUOTE}$"),
        shares_of=re.compile(rf"[ \t]*(?:{_phrases(spec['stake_sold']['shares_of']['links'])})"
                             rf"(?:[ \t]+(?:{_phrases(spec['stake_sold']['shares_of']['heads'])}))?[ \t\"'«»“”(]*$"),
        sale_noun=re.compile(rf"[{CLITICS}]?(?:{_phrases(spec['stake_sold']['sale_nouns'])})(?!\w)"),
        staff_grant=re.compile(rf"{pre}(?:{_phrases(spec['staff_grants'])})"),
        # «تكلفة كل منها»، «تكلفة الوحدة الواحدة»: one unit, at most six words after a cost word.
        pay_cue=re.compile(rf"{pre}(?:{star('cue', spec['pay_compensation']['cue'])})"),
        pay_said=_Sifted(re.compile(rf"{pre}(?:{star('pay', spec['pay_compensation']['pay'])})"),
                         _cores(w.rstrip('*') for w in spec["pay_compensation"]["pay"])),
        lawsuit=_Sifted(re.compile(rf"{pre}(?:{star('lawsuit', spec['pay_compensation']['lawsuit'])})"),
                        _cores(w.rstrip('*') for w in spec["pay_compensation"]["lawsuit"])),
        any_cue=_cues().roles,
        cost_any=re.compile(rf"{pre}(?:{star('cost')})(?!\w)"),
        past_buy=re.compile(rf"(?:{star('done_buy')})"),
        allocate=re.compile(rf"{_phrases(spec['allocate'])}"),
        # «… لشركة X»، «… لمجموعة X»: right after an amount set aside, the company it goes to (its name follows).
        allocated_to=re.compile(rf"{S0}[)»\"']?{S}ل(?:ـ{S0})?{_QUOTE}{_phrases(spec['parties']['company_nouns'])}(?!\w)"),
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
        # «الشركة (المدمجة الجديدة) التي …»: a company noun, then at most two adjectives, before a relative pronoun.
        company_head=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(spec['parties']['company_nouns'])}"
                                rf"(?:{S}ال\w+){{0,2}}[ \t\"'»”،,]*$"),
        # «تمويل» right after the clitic «ب / ل» («بتمويل»، «لتمويل») or after «على / في» («وافقت على تمويل»).
        funding_noun=re.compile(_phrases(spec['funding']['noun'])),
        # «ستقدم “بلو آول” تمويلا»، «قدمها كتمويل»: a verb of providing, at most four words of its
        # subject (no preposition, no word after «ل»: «قدمت طلبا للحصول على تمويل» provides nothing), then the cue.
        funding_provided=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['funding']['provided_by'])})"
                                    rf"(?:{S}(?!(?:علي|على|في|من|الي|إلى|عن|مع|ل)(?!\w)|ل)[^\s،,.]+){{0,4}}?{S}[{CLITICS}ك]?$"),
        funding_complement=re.compile(rf"(?<!\w)[وف]?(?:{_phrases(spec['funding']['complement'])}{S}|[بل])$"),
        funding_verb=re.compile(rf"[{CLITICS}]?س?{_phrases(spec['funding']['verbs'])}"),
        funding_possessed=re.compile(rf"[{CLITICS}]?{_phrases(spec['funding']['possessed'])}"),
        # «… قرابة 700 مليون دولار من أعمال الإنشاء»: a share of works or of a cost, right after the amount.
        funding_share=re.compile(rf"{S0}من{S}(?:ال)?{_phrases(spec['funding']['share_of'])}(?!\w)"),
        # «لتقييم ما إذا»: the verb «to assess whether», no valuation.
        not_cue=re.compile(rf"{S}{_phrases(spec['not_cue'])}(?!\w)"),
        # «سوق الذكاء الاصطناعي ستصل قيمته»: what a market is worth (up to five words between).
        market=re.compile(rf"{pre}{_phrases(spec['market_words'])}(?:{S}[^\s،,.]+){{0,5}}?{S}$"),
        # «القطاع بلغت قيمته السوقية»، «القيمة السوقية لأفضل الشركات الناشئة»: what a sector, a market or
        # a class of companies is worth (C5): its head right before the value cue, or right after it with «ل».
        public_noun=re.compile(rf"(?:{_exact(spec['public_funding']['nouns'])})"),
        round_word=re.compile(rf"{pre}(?:{star('public_funding', spec['public_funding']['round'])})(?!\w)"),
        programme_after=re.compile(rf"(?:{S}[^\s\d٠-٩،,.]+){{0,{spec['public_funding']['programme_words'] - 1}}}?{S}[{CLITICS}]?(?:ال)?(?:{star('programme')})(?!\w)"),
        # «بحزمة جديدة قيمتها»، «خطة الاستثمار المقدرة قيمتها»، «برنامج «X» البالغة قيمته»: a programme
        # noun, at most three words before the value cue.
        programme_worth=re.compile(rf"{pre}(?:{star('programme_worth', spec['programme_worth']['nouns'])})(?:{S}[^\s\d٠-٩،,.:;()]+){{0,3}}?{S}$"),
        sector_before=re.compile(rf"{pre}(?:{_phrases(spec['sector_worth']['heads'])}){_QUOTE}(?:[^\s\d٠-٩،,.]+{S})?$"),
        sector_after=re.compile(rf"{S}ل(?:ل|ال)?(?:(?:{_phrases(spec['sector_worth']['determiners'])}){S}(?:ال)?)?"
                                rf"(?:{_phrases(_without_article(spec['sector_worth']['heads'] + spec['sector_worth']['companies']))})(?!\w)"),
        # «تبلغ قيمة “بايتشوان”»، «قيمة شركة X»: the value of a company named right after «قيمة» (and its head noun).
        value_of=re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?قيم(?:ة|ه)(?:{S}(?:{_phrases(spec['value_of_heads'])}))?{_QUOTE}$"),
        # «صفقة (تقدر) قيمتها»، «صفقة نقدية ضخمة بلغت قيمتها»: a deal noun, at most three words (two
        # adjectives and a verb) before the value cue.
        deal=re.compile(rf"{pre}{_phrases(spec['deal_nouns'])}(?:{S}[^\s\d٠-٩،,.:;()\"«»“”]+){{0,3}}?{S}$"),
        stake=re.compile(rf"{pre}(?:{star('receive')})(?:{S}\S+){{0,2}}?{S}علي{S}(?:(?:ال)?(?:حصة|حصه|حصص|نسبة|نسبه)(?!\w)|\d+(?:\.\d+)?{S0}(?:%|في{S}الم))"),
        # «حصة», «حصتها»: a stake as the amount's cue; «بقيمة»، «نحو»: its worth said after it.
        stake_noun=re.compile(rf"[وفبل]?(?:ال)?(?:{_exact(spec['stake_noun'])})"),
        worth_of=re.compile(rf"(?<!\w)ب?(?:{_exact(spec['worth_of'])})(?!\w)"),  # «بنحو»
        # «الأسهم»، «حقوق الملكية»: shares sold with bonds (a round, no debt).
        equity=re.compile(rf"(?<!\w)[وبل]?(?:ال)?(?:{_exact(spec['equity'])})(?!\w)"),
        # «جذبت الشركة استثمارات»: an investment noun a company receives (a raise).
        received_investment=re.compile(rf"(?:{_exact(spec['received_investment'])})"),
        # «(ستتلقى من الحكومة) دعما (ماليا)»: a word of support, as a whole word.
        support_received=re.compile(rf"{pre}(?:{_phrases(spec['support_received'])})(?!\w)"),
        support_receivers=re.compile(rf"{pre}(?:{star('support_receivers')})(?!\w)"),
        # «استثمارات أجنبية (مباشرة)»: the adjective right after the investment noun.
        foreign_investment=re.compile(rf"{S}(?:{_exact(spec['foreign_investment'])})(?!\w)"),
        # «أعلنت عن استثمارات بقيمة»: a programme (the verbal noun), not «استثمرت» or «استثماراتها».
        investment_programme=re.compile(rf"(?:{_exact(spec['investment_programme'])})"),
        spent_on=re.compile(rf"[ \t]*(?:لل?|(?:{_phrases(spec['spent_on'])})[ \t]+)?"),
        investment_deal=_Sifted(re.compile(rf"{pre}{_phrases(spec['investment_deals'])}{S}$"), _cores(spec["investment_deals"])),
        # «للاستثمار في شركات …»: money put into companies, not a field.
        into_companies=re.compile(rf"(?<!\w)[لف]?(?:{_exact(spec['into_companies']['openers'])})[ \t]+(?:ال)?"
                                  rf"(?:{_exact(spec['into_companies']['nouns'])})(?!\w)"),
        # «شراء» (the act of buying) as a cue, and a word of agreement or of a deal governing it.
        purchase=re.compile(rf"[{CLITICS}]?{_phrases(spec['agreed_purchase']['purchase'])}"),
        agreed=re.compile(rf"{pre}{_phrases(spec['agreed_purchase']['agreed'])}(?!\w)"),
        # «، من خلال إصدار سندات»: a clause that opens by saying how money was raised.
        raised_by=re.compile(rf"{S0}[وف]?(?:{_phrases(spec['raised_by'])})(?!\w)"),
        # «بورصة ناسداك»، «منذ إدراجها في البورصة»: the text says a company is listed.
        listing=re.compile(rf"{pre}(?:{star('listing_words')})(?!\w)"),
        # «، والتي جمعت»: a clause that opens with a relative pronoun (it hangs on the clause before).
        relative_opening=re.compile(rf"{S0}[وف]?(?:{_phrases(spec['parties']['relative'])})(?!\w)"),
        # «قيمة الصفقة تقدر بنحو»، «قدرت قيمة الصفقة بـ»: a value word in construct with a deal noun (the
        # deal owns the value, no company does), then at most three words, right before the amount.
        deal_value=re.compile(rf"{pre}{_phrases(spec['deal_value']['values'])}{S}{_phrases(spec['deal_value']['deals'])}"
                              rf"(?:{S}[^\s\d٠-٩،,.]+){{0,3}}?{S0}$"),
        # «يسهم … في الناتج المحلي»، «مساهمته في الاقتصاد»: what something adds to an economy.
        contribution=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{star('', spec['economic_contribution']['words'])})(?!\w)"),
                             _cores(w.rstrip("*") for w in spec['economic_contribution']['words'])),
        # «تحقيق قيمة مضافة تصل إلى»: value added is an economy's gain by itself.
        value_added=re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(spec['economic_contribution']['value_added'])}(?!\w)"),
        economy=_Sifted(re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?{_phrases(spec['economic_contribution']['economy'])}(?!\w)"),
                        _cores(w[2:] if w.startswith("ال") else w for w in spec['economic_contribution']['economy'])),
    )


@cache
def _the_government() -> re.Pattern:
    """«الحكومة»، «حكومته» ('parties.the_government') with no adjective of a country after it
    (one with an adjective is a named government): the government of the country the text spoke of."""
    return re.compile(rf"(?<!\w)[وف]?(?:{_phrases(_spec()['parties']['the_government'])})(?![ \t]*(?:ال)?[^\s،,.]+(?:ية|يه)(?!\w))(?!\w)")


@cache
def _in_the(key: str) -> re.Pattern:
    """«في البلاد»، «داخل الدولة» ('parties.the_country': the country the text spoke of), «في
    الولاية»، «داخل المقاطعة» ('parties.the_region': the region, a state or a province, it spoke
    of): one of the words of ``parties[key]`` after «في / داخل»."""
    return re.compile(rf"(?<!\w)(?:في|داخل)[ \t]+{_phrases(_spec()['parties'][key])}(?!\w)")


@cache
def _speaking_bodies() -> frozenset[str]:
    """'parties.speaking_bodies': a head of state's office, a parliament or a party (gazetteer
    names), which announce money others pay."""
    return frozenset(_spec()["parties"]["speaking_bodies"])


@cache
def _first_person() -> re.Pattern:
    """«نحن»، «وسننفق»، «قدمنا» ('parties.first_person', after «و / ف» and the future «س»): a
    speaker quoting himself in the first person plural."""
    return re.compile(rf"(?<!\w)[وف]?س?(?:{_phrases(_spec()['parties']['first_person'])})(?!\w)")


@cache
def _at_amount() -> re.Pattern:
    """Between a company and the amount it is valued at: quotes, then «ب» alone or with one of
    'parties.at_amount' («X بنحو 6.5 مليار»، «X بتريليون»)."""
    return re.compile(rf"[ \t\"'»”)]*(?:ب{_phrases(_spec()['parties']['at_amount'])}?[ \t]*)?")


@cache
def _no_object() -> re.Pattern:
    """What may stand between a deal's verb of valuing and its amount when the verb values no
    company (the deal's own size): «قيمتها / قيمته», then «ب» and one of 'parties.at_amount'
    («في صفقة تقدر قيمتها بنحو»، «تقدر بحوالي»)."""
    return re.compile(rf"[ \t\"'»”)]*(?:قيمت(?:ها|ه)[ \t]*)?(?:ب[ \t]*)?{_phrases(_spec()['parties']['at_amount'])}?[ \t]*")


@cache
def _speaker_sectors() -> frozenset[str]:
    """'parties.speaker_sectors': gazetteer sectors of those who speak of others' money."""
    return frozenset(_spec()["parties"]["speaker_sectors"])


@cache
def _sector_descriptions() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    spec = _spec()["sector_descriptions"]
    table = {normalize(k): frozenset(v) for k, v in spec.items()}
    words = alternation(sorted(table, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:ب|ل)?قيمة{S}(?:ال)?شركة{S}({words})(?!\w)"), table


@cache
def _group_cues() -> tuple[re.Pattern, ...]:
    """(group noun, determiner, blocked preposition, preposition of a total, total word, count,
    another subject) of 'parties' in money_roles.json: see
    :func:`~analysis.extract.parties.article._group_agent`."""
    p = _spec()["parties"]
    # A dual is a group only indefinite («شركتان صينيتان»); «الشركتان» are the two just named.
    return (re.compile(rf"(?<!\w)(?P<pre>[{CLITICS}]?)(?:(?:ال)?{_phrases(p['groups'])}|{_phrases(p['group_duals'])})(?!\w)"),
            re.compile(rf"(?P<pre>[{CLITICS}]?){_phrases(p['group_determiners'])}"),
            re.compile(rf"[وف]?{_phrases(p['group_blocked'])}"),
            re.compile(_phrases(p['group_of'])),
            re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['group_totals'])}(?!\w)"),
            re.compile(rf"[{CLITICS}]?(?:ال)?(?:{_phrases(p['group_counts'])}|[0-9٠-٩]+)"),
            # «الشركة», also after «ل / ب» («الإنفاق الرأسمالي للشركة»: the company's own).
            re.compile(rf"(?<!\w)[وف]?(?:{_phrases(p['group_ends'])}|(?:لل|بال){_phrases(_without_article(p['group_ends']))})(?!\w)"))


@cache
def _group_members() -> tuple[re.Pattern, re.Pattern, frozenset, int, dict]:
    """(a word of the big companies, a word saying the group's members are others, the sectors
    of its members, how many of them the article names at least, a unit's parent) of 'parties.group_members'
    in money_roles.json: see :func:`~analysis.extract.parties.article._members_named`."""
    p = _spec()["parties"]["group_members"]
    return (re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['giants'])}(?!\w)"),
            re.compile(rf"[ \t]+{_phrases(p['not_named'])}(?!\w)"),
            frozenset(p["sectors"]), int(p["least"]), dict(p["units"]))


@cache
def _many_companies() -> re.Pattern:
    """Companies counted, none named («ستة من الشركات الناشئة»، «نحو 500 شركة ناشئة»، «العديد من
    شركات الخوادم»): 'parties.many_companies' of money_roles.json."""
    p = _spec()["parties"]["many_companies"]
    return re.compile(rf"(?<!\w)[{CLITICS}]?(?:ال)?(?:{_phrases(p['quantifiers'])}|[0-9٠-٩]+)(?:{S}من)?{S}(?:ال)?"
                      rf"{_phrases(p['nouns'])}(?!\w)")


@cache
def _market_cues() -> tuple[re.Pattern, re.Pattern]:
    """(market head with the word after it, a word pointing back at it) of 'parties' in
    money_roles.json: see :func:`~analysis.extract.parties.article._market_total`."""
    p = _spec()["parties"]
    return (_Sifted(re.compile(rf"(?<!\w)[وف]?{_phrases(p['market_heads'])}{S}(?P<next>[^\s،,.:;]+)"),
                    _cores(p["market_heads"])),
            re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['market_back'])}(?!\w)"))


@cache
def _investment_totals() -> re.Pattern:
    """Investments told as a total reaching the amount right after («استثمارات ضخمة بلغت»،
    «تقدر قيمة الاستثمارات بنحو»): 'parties.investment_totals' of money_roles.json; searched
    in a short window that ends at the amount."""
    p = _spec()["parties"]["investment_totals"]
    noun, verb, value = _phrases(p["nouns"]), _phrases(p["verbs"]), _phrases(p["value"])
    valuing = _phrases(p["value_verbs"])
    word = r"[^\s\d،,.:;]+"
    return re.compile(rf"(?:(?<!\w)و?(?:ال)?{noun}(?:{S}{word}){{0,2}}?{S}{verb}|(?<!\w)و?{valuing}{S}{value}{S}(?:ال)?{noun})"
                      rf"(?:{S}{word}){{0,2}}?[ \t\u0640ب]*$")


@cache
def _stake_sold() -> re.Pattern:
    """A holder's sale of its stake or shares («باعت حصتها»، «بيع كامل حصتها»، «البيع الأخير
    لأسهمه»، «باع الصندوق 500 ألف سهم»، «لبيع أسهم»; not «باعت حصة الأغلبية»): 'stake_sold' of
    money_roles.json; searched in a window that ends at the amount."""
    p = _spec()["stake_sold"]
    return re.compile(rf"(?<!\w)[{CLITICS}]?{_phrases(p['sale'])}(?:(?:{S}{_phrases(p['between'])}){{0,3}}{S}"
                      rf"[{CLITICS}]?(?:ال)?{_phrases(p['shares'])}"
                      rf"|(?P<any>(?:{S}[^\s،,.؛:]+){{0,{p['words_between']}}}?{S}[{CLITICS}]?(?:ال)?{_phrases(p['shares_any'])})"
                      rf"(?!\w)(?!{S}(?:{_phrases(p['control'])})(?!\w)))(?!\w)")


@cache
def _project_financing() -> tuple[re.Pattern, re.Pattern]:
    """(a funding noun, a facility built): 'project_financing' of money_roles.json."""
    p = _spec()["project_financing"]
    stems = alternation([_norm(w.rstrip("*")) for w in p["noun"]])
    return (re.compile(rf"[{CLITICS}]?(?:ال)?(?:{stems})\w*"),
            re.compile(rf"(?<!\w)[{CLITICS}]?(?:{_phrases(p['facilities'])})(?!\w)"))
