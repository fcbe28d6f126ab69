"""Money amounts in Arabic news: value, currency, qualifier, role and subject.

``extract_money(corpus)`` gives one row per mention, with raw offsets
(``raw[start:end] == surface``). An amount is a quantity (:mod:`analysis.numbers`)
with a currency word or symbol after it (``6 مليارات دولار``, ``500 ريال سعودي``,
``800 مليون يورو``, ``20 مليون أورو``, ``5 شواقل``, ``42 LBP``, ``45 سنتا`` = 0.45 USD)
or a symbol before it (``$6 مليارات``, ``US$ 6 مليار``, ``$45B``, ``€2bn``, also in a
quoted English sentence: ``$6.6 billion``, ``500 million dollars``); a number without
a currency (a year, a count, ``40%``, ``26 مايو``) is not money, unless the context
carries the currency (below). Words and signs: ``data/currencies.json``.

Decisions, all documented here so the table can be read without the code:

* **Unquantified** amounts (``مليارات الدولارات``, ``عشرات الملايين من الدولارات``)
  are rows with an empty ``value`` and ``note="unquantified"``; a malformed number
  (``1.2.3 مليار دولار``, a number cut from its scale by a line break, a year glued
  to a scale) is a row with an empty ``value`` and ``note="malformed"``. Nothing is
  guessed.
* **Ranges** are one row: ``بين 5 و6 مليارات دولار``, ``ما بين 5 إلى 6 مليارات``,
  ``من 5 إلى 6 مليارات``, ``5-6 مليارات``, ``5 أو 6 مليارات`` give ``value`` = 5e9
  (the low end), ``value_max`` = 6e9 and ``note="range"``; a bare low end takes the
  scale of the high end. Both ends may carry the currency: ``بين 65 مليار دولار
  و109 مليارات دولار``, ``10$-20$``, and ``من … دولار إلى … دولار`` after تراوح.
  ``value_max`` is empty for a single amount. Without من, ``31 إلى 52 مليار دولار``
  is a range too, unless a verb of change comes before it in its clause.
  ``3 مليارات و500 مليون دولار`` is one amount (3.5e9), ``20 دولارا و43 سنتا`` too
  (20.43), and ``مليار دولار ونصف`` (1.5e9: a fraction after the currency that governs
  nothing; not ``ونصف موظفيها``). One unit is written with its number after the noun:
  ``دولار واحد`` (1), ``سنت واحد`` (0.01); ``الدولار الواحد`` is a rate's unit, no amount.
* **A change of value** is two rows, not a range: after a verb or noun of change
  (``ارتفعت قيمتها من 300 إلى 500 مليار دولار``, ``data/money_cues.json``
  ``change_cues``) the value before has ``note="change_from"`` (300e9, the scale
  of the second) and the value after ``note="change_to"``.
* **Context currency**: a number with a scale word and no currency (``جمعت 6.6
  مليارات دولار بتقييم 157 مليارًا``) takes the currency of the nearest amount
  before it in its paragraph (at most 200 characters back) when it has the same
  scale and nothing counted follows it (a clause ends, or من and a name: ``منها 30
  مليارًا من سوفت بنك``); ``note="context_currency"``.
* **Digits as news prints them**: wire-agency decimals ``7ر10`` = 10.7 and
  ``01ر0`` = 0.01; without a scale word a dot before exactly three digits is a
  thousands separator (``44.485 دولار`` = 44485: cents have two digits).
* **Several amounts sharing one currency**: ``2 مليار و4 مليارات دولار`` is two rows;
  the first (``note="shared_currency"``) has no currency word in its surface. So is
  ``48.7 و48.2 مليار يورو`` (figures sharing the scale too; with بين it is a range).
* **Qualifier** from the words right before (``ما يصل إلى``, ``حوالي``, ``أكثر من``,
  ``تجاوزت``, ``أقل من`` …; the longest phrase wins, so ``لا يتجاوز`` and ``لم
  تتجاوز`` are ``up_to``) or right after (``أو أكثر`` → ``at_least``, but not ``أو
  أكثر من 700 ضعف``) the amount: ``up_to``, ``approx``, ``more_than``, ``at_least``,
  ``less_than`` or empty. Between a verb and its amount may stand the value that
  exceeds or reaches and a threshold (``تجاوزت قيمتها السوقية حاجز``, ``تصل قيمتها
  إلى``, ``قد يصل إجمالي الغرامة إلى``) and an opening bracket (``أكثر من (600``).
  A verb of reaching in the imperfect (``تصل إلى``) is ``up_to`` after an indefinite
  noun (``استثمار يصل إلى``) or after قد (``الغرامة قد تصل إلى``: may reach); after a
  definite subject (``الخسائر تصل إلى``), as ``لتصل إلى`` or in the perfect (``وصلت
  إلى``) it gives the figure reached and no qualifier. ``ما يعادل`` (an equivalent)
  and ``تقدر بـ`` (estimated at) are no qualifiers.
* **Role** (``raise``, ``valuation``, ``investment``, ``bid``, ``acquisition``,
  ``debt``, ``budget``, ``other``) from cue words (``data/money_cues.json``): the
  nearest strong cue before the amount in its clause, else after it, else a weak
  cue, else the same in the whole sentence. An *offer* to buy (``عرض``, ``شراء``,
  ``سنشتري``) is ``bid``; a *completed* purchase (``استحوذ``, ``اشترى``) is
  ``acquisition``, kept apart because a bid price is a claim, a paid price a fact.
* **Subject**: the canonical English name of an entity (org, fund, government;
  also product for budgets) that the sentence makes the actor: for raise,
  valuation, debt, budget and other the nearest one before the amount (clause,
  then sentence, then after it) that is not the money's source (``من جوجل``); for
  investment the investor, not the company invested in (``في تويتر``); for bid and
  acquisition the company being bought (the first one after the cue), so a bid is
  a price put on its target. Entities quoted as sources (``وفق أكسيوس``) or inside
  a person's title (``رئيس شركة تسلا``) are never subjects.
"""

from __future__ import annotations

import json
import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate, repeat
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.extract.entities import EntityMention, find_all_entities
from analysis.extract.mentions import (
    MENTION_COLUMNS,
    SPAN_COLUMNS,
    ArticleText,
    article_texts,
    frame,
    mention_spans,
)
from analysis.extract.numbers import (
    CLITICS,
    S0,
    Quantity,
    S,
    alternation,
    find_numbers,
    lexicon,
    mark_year,
    parse_quantity,
    quantity_pattern,
)
from analysis.extract.spelling import article_forms, respell_money, spellings
from analysis.extract.parties import ROLES, assign  # noqa: F401 (ROLES: part of this module's API)
from analysis.text.normalize import normalize
from analysis.text.patterns import trie_regex

_DATA = Path(__file__).resolve().parents[1] / "data"

QUALIFIERS = ("up_to", "approx", "more_than", "at_least", "less_than")
MONEY_COLUMNS = [
    *MENTION_COLUMNS[:4], "value", "value_max", "currency", "value_usd", "qualifier", "role",
    "payer", "payer_basis", "recipient", "recipient_basis", "subject", "note", *MENTION_COLUMNS[4:],
]

_CONNECTOR = re.compile(rf"{S0}(?P<c>و|الي|حتي|او|-|–){S0}")
_BETWEEN = re.compile(rf"(?<!\w)(?:ما{S})?[و]?بين{S0}$")
_THOUSANDS_DOT = re.compile(r"\d{1,3}\.\d{3}")  # 44.485 دولار: a dot before three digits
_CLAUSE_START = re.compile(r"[.،,؛;:!?؟\n«»\"“”()]")
_NEXT_WORD = re.compile(rf"{S0}(\S*)")
_FROM = re.compile(rf"(?<!\w)[و]?من{S0}$")
_DIGIT_BEFORE = re.compile(r"\d[.,]?\s*$")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_REACH_BEFORE = 120  # room for the longest amount (a range in words) before a currency
_REACH_AFTER = 40  # room for the currency word and its adjective
_REACH_SYMBOL = 100  # room for an amount after a symbol such as $
_QUAL_BEFORE = 60  # room for a qualifier and its frame: «تجاوزت قيمتها السوقية حاجز الـ»


def _norm(w: str) -> str:
    return " ".join(normalize(w).split())


def _json(name: str) -> dict:
    return json.loads((_DATA / name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _Currencies:
    forms: dict[str, str]  # normalized form -> currency word
    default: dict[str, str | None]
    adjectives: dict[str, dict[str, str]]
    symbols: dict[str, str]
    adjective_re: re.Pattern
    units: dict[str, float]  # currency word -> value of one in its currency (سنت: 0.01)
    after_scale: frozenset  # forms read only right after a scale word (دولا)
    minor: dict[str, str]  # signs of a hundredth written after the number (¢)


@lru_cache(maxsize=1)
def _currencies() -> _Currencies:
    spec = _json("currencies.json")
    forms, default, adjectives, units, after_scale = {}, {}, {}, {}, set()
    for word, info in spec["words"].items():
        w = _norm(word)
        default[w] = info.get("default")
        adjectives[w] = {_norm(a): iso for a, iso in info.get("adjectives", {}).items()}
        units[w] = float(info.get("unit", 1.0))
        for f in info["forms"]:
            forms[_norm(f)] = w
        for f in info.get("forms_after_scale", []):
            forms[_norm(f)] = w
            after_scale.add(_norm(f))
    all_adj = {a for d in adjectives.values() for a in d}
    adjective_re = re.compile(rf"(?:ال)?(?P<a>{alternation(all_adj)})(?:ا|ة|ه|يا|ية)?(?!\w)")
    symbols = {_norm(s): iso for s, iso in spec["symbols"].items()}
    minor = {_norm(s): iso for s, iso in spec.get("minor_symbols", {}).items()}
    return _Currencies(forms, default, adjectives, symbols, adjective_re, units, frozenset(after_scale), minor)


@lru_cache(maxsize=1)
def _money_re() -> re.Pattern:
    cur = _currencies()
    word = rf"(?:ال)?(?P<cw>{alternation(cur.forms)})(?!\w)"
    adj = rf"(?:{S}(?P<adj>(?:ال)?{alternation({a for d in cur.adjectives.values() for a in d})}"
    adj += r"(?:ا|ة|ه|يا|ية)?)(?!\w))?"
    sym = "(?:" + "|".join(re.escape(s) for s in sorted(cur.symbols, key=len, reverse=True)) + ")"
    sym_after = "|".join(re.escape(s) for s in sorted({*cur.symbols, *cur.minor}, key=len, reverse=True))
    after = rf"(?:{S0}(?:من{S})?{word}{adj}|{S0}(?P<sa>{sym_after})(?![A-Za-z]))"
    return re.compile(
        rf"(?:(?<![A-Za-z])(?P<sb>{sym}){S0})?(?<!\w)(?:[{CLITICS}]{{1,2}})??"
        rf"(?P<q>{quantity_pattern()})(?P<after>{after})?"
    )


@lru_cache(maxsize=1)
def _money_scan_re() -> re.Pattern:
    """:func:`_money_re`, written so that ``re`` gives up sooner where it cannot match;
    the same matches (spans and groups) at every position.

    The pattern is tried at every position of the text around a currency, most of them
    inside a word. There the original first runs its optional currency sign (a ``?``
    group, for which ``re`` allocates a repeat counter) and every sign in turn, before
    ``(?<!\\w)`` fails. Here a match must first be at a word start or at a sign's first
    character (what the original requires anyway); the sign is a trie (like the
    original's longest-first list, it tries a longer sign before one it begins), and the optional
    groups are alternations with an empty branch, ``(?:X|)`` for ``(?:X)?`` and
    ``(?:|X)`` for ``(?:X)??``: the same tries in the same order. The opening test is
    an atomic group: at a word start whose letter may begin a sign (ج, د, ر, ل) both of
    its branches hold at the same place, and ``re`` would try the whole rest twice. If
    :func:`_money_re` no longer starts as expected (or there are no signs), it is used as it is.
    """
    pattern = _money_re()
    cur = _currencies()
    sym = "(?:" + "|".join(re.escape(s) for s in sorted(cur.symbols, key=len, reverse=True)) + ")"
    head = rf"(?:(?<![A-Za-z])(?P<sb>{sym}){S0})?"
    clitics = rf"(?:[{CLITICS}]{{1,2}})??"
    src = pattern.pattern
    if not cur.symbols or not src.startswith(head) or src.count(clitics) != 1:
        return pattern
    firsts = "".join(sorted({re.escape(s[0]) for s in cur.symbols}))
    trie = trie_regex([re.escape(c) for c in s] for s in cur.symbols)
    return re.compile(
        rf"(?>(?<!\w)|(?=[{firsts}]))(?:(?<![A-Za-z])(?P<sb>{trie}){S0}|)"
        + src[len(head):].replace(clitics, rf"(?:|[{CLITICS}]{{1,2}})")
    )


def _phrase_alt(phrases) -> str:
    return alternation([_norm(p) for p in phrases])


def _currency_of(m: re.Match) -> str | None:
    """ISO code of the currency in a money match (None when unknown, e.g. دينار)."""
    cur = _currencies()
    if m.group("sb"):
        return cur.symbols[m.group("sb")]
    if m.group("sa"):
        return cur.symbols.get(m.group("sa")) or cur.minor[m.group("sa")]
    if m.group("cw"):
        word = cur.forms[m.group("cw")]
        adj = m.group("adj")
        if adj:
            a = cur.adjective_re.fullmatch(adj)
            iso = cur.adjectives[word].get(a.group("a")) if a else None
            if iso:
                return iso
        return cur.default[word]
    return None


def _unit_of(m: re.Match) -> float:
    """Value of one unit of the match's currency word or sign in its currency (a cent: 0.01)."""
    cur = _currencies()
    if m.group("sb"):
        return 1.0
    if m.group("sa"):
        return 0.01 if m.group("sa") not in cur.symbols else 1.0
    return cur.units[cur.forms[m.group("cw")]] if m.group("cw") else 1.0


def _currency_end(m: re.Match) -> int:
    """End of the currency: an adjective that does not belong to the word is left out."""
    if m.group("cw") and m.group("adj"):
        cur = _currencies()
        a = cur.adjective_re.fullmatch(m.group("adj"))
        if not (a and a.group("a") in cur.adjectives[cur.forms[m.group("cw")]]):
            return m.end("cw")
    return m.end()


def _starts_bare(text: str, q: Quantity) -> bool:
    """True when ``q`` begins with a scale word, not a number (``مليار دولار``)."""
    tok = text[q.start:q.end].split()[0]
    lx = lexicon()
    entry = lx.words.get(tok) or (lx.words.get(tok[2:]) if tok.startswith("ال") else None)
    return bool(entry) and entry[0] == "scale"


def _checked(text: str, q: Quantity) -> Quantity:
    """Mark years glued to a scale and bare scales cut from their number as malformed."""
    q = mark_year(text, q)
    if q.note == "year":
        return Quantity(q.start, q.end, None, q.unit, q.scaled, "malformed")
    if q.value is not None and _starts_bare(text, q):
        window = text[max(0, q.start - 24):q.start]
        prev = _WORD_BEFORE.search(window)
        lx = lexicon()
        if _DIGIT_BEFORE.search(window) or (
            prev and lx.words.get(prev.group(1).lstrip(CLITICS), ("",))[0] in ("unit", "ten", "hundred")
        ):
            return Quantity(q.start, q.end, None, q.unit, q.scaled, "malformed")
    return q


@lru_cache(maxsize=1)
def _stem_back() -> int:
    """How far before a stem's hit its currency word may start: the farthest a stem sits
    inside a longer word («ين» in «استرليني»: 5 letters), and «ال» before it."""
    words = sorted(_currencies().forms, key=len)
    stems = _anchor_stems()[0]
    return 2 + max((w.find(s) for w in words for s in stems if s in w), default=0)


@lru_cache(maxsize=1)
def _anchor_stems() -> tuple[tuple[str, ...], re.Pattern]:
    """Substrings every currency word or symbol contains, and the check of a hit."""
    cur = _currencies()
    words = sorted(cur.forms, key=len)
    stems = [w for i, w in enumerate(words) if not any(v in w for v in words[:i])]
    syms = sorted({*cur.symbols, *cur.minor}, key=len)
    syms = [s for s in syms if not (s in cur.minor and s.isalpha())]  # 43c: found apart
    stems += [s for i, s in enumerate(syms) if not any(v in s for v in syms[:i])]
    check = re.compile(rf"(?:ال)?{alternation(cur.forms)}(?!\w)")
    return tuple(stems), check


@lru_cache(maxsize=1)
def _anchor_scan() -> tuple[re.Pattern, re.Pattern]:
    """Two patterns of the stems: those beginning with an Arabic letter, and the others
    (Latin codes, signs), whose first characters are rare in Arabic text. Each is a trie,
    so ``re`` skips to its first characters (no stem holds another: one starts at a
    position at most); one search of the Arabic stems costs less than a ``str.find`` of
    each, and one pattern of all the stems more than the two."""
    stems = _anchor_stems()[0]
    arabic = [s for s in stems if "\u0600" <= s[0] <= "\u06ff"]
    others = [s for s in stems if s not in arabic]
    return tuple(re.compile(trie_regex([re.escape(c) for c in s] for s in group)) for group in (arabic, others))


def _stem_hits(text: str) -> Iterator[tuple[int, str]]:
    """(position, stem) of every occurrence of every anchor stem."""
    for regex in _anchor_scan():
        m = regex.search(text)
        while m is not None:  # every occurrence: on from the next character, not the match end
            yield m.start(), m.group()
            m = regex.search(text, m.start() + 1)


def _anchors(text: str) -> list[tuple[int, bool]]:
    """(position, is a symbol) of currency words and symbols: each stem found, then a check."""
    check = _anchor_stems()[1]
    cur = _currencies()
    out = []
    for i, stem in _stem_hits(text):
        if stem in cur.symbols or stem in cur.minor:
            out.append((i, True))
        else:
            j = i  # a stem may sit inside a longer currency word (ين in دينار، in استرليني)
            back = _stem_back()
            while j > 0 and text[j - 1].isalpha() and i - j < back:
                j -= 1
            if (j == 0 or not text[j - 1].isalnum()) and check.match(text, j):
                out.append((j, False))
    for sign in cur.minor:
        if sign.isalpha():  # the c of 43c, 10 c: only right after digits
            i = text.find(sign)
            while i >= 0:
                before = text[max(0, i - 2):i]
                if before[-1:].isdigit() or (before[-1:] == " " and before[:1].isdigit()):
                    out.append((i, False))
                i = text.find(sign, i + 1)
    return sorted(out)


def _windows(text: str, anchors: list[tuple[int, bool]]) -> list[tuple[int, int]]:
    """Stretches of text around currency anchors where amounts can be (merged)."""
    spans: list[list[int]] = []
    for a, symbol in anchors:
        ls = text.rfind("\n", 0, a) + 1
        le = text.find("\n", a)
        le = len(text) if le < 0 else le
        lo, hi = max(ls, a - _REACH_BEFORE), min(le, a + (_REACH_SYMBOL if symbol else _REACH_AFTER))
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    return [(a, b) for a, b in spans]


def _amounts(text: str) -> list[dict]:
    """Money amounts in normalized ``text``: spans, value(s), currency, note."""
    out: list[dict] = []
    anchors = _anchors(text)
    if not anchors:
        return out
    money = _money_scan_re()
    for lo, hi in _windows(text, anchors):
        out.extend(_amounts_in(text, money.finditer(text, lo, hi)))
    out.extend(_one_unit_amounts(text, out))
    _resolve_bare(text, out)
    out.extend(_context_amounts(text, out))
    out.extend(_article_currency_amounts(text, out))
    out.sort(key=lambda a: a["start"])
    for a in out:
        a.pop("_scale", None)
        a.pop("_word", None)
    return out


@lru_cache(maxsize=1)
def _one_unit_re() -> re.Pattern:
    """A currency word followed by «واحد» (the number after its noun): «دولار واحد»."""
    cur = _currencies()
    return re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}(?P<w>(?P<cw>{alternation(cur.forms)}){S}واحد[ةا]?)(?!\w)")


def _one_unit_amounts(text: str, found: list[dict]) -> list[dict]:
    """One unit of a currency written with the number after its noun, as Arabic counts
    one: «مقابل دولار واحد», «بسعر سنت واحد للسهم» (0.01 USD); indefinite only («الدولار
    الواحد يساوي 3.75 ريال» names the unit of a rate). A word already part of an amount
    («مليار دولار واحد») is left to it. Rows like :func:`_amounts_in`'s."""
    cur = _currencies()
    out = []
    i = text.find("واحد")
    while i >= 0:  # the pattern only where «واحد» is: a currency word is at most 12 letters before
        m = _one_unit_re().search(text, max(0, i - 16), i + 5)
        i = text.find("واحد", i + 4)
        if m is None:
            continue
        start, end = m.span("w")
        if any(a["start"] < end and start < a["end"] for a in found):
            continue
        word = cur.forms[m.group("cw")]
        out.append({"start": start, "end": end, "value": cur.units[word], "value_max": None,
                    "currency": cur.default[word] or "", "note": "", "_scale": None, "_word": word})
    return out


def _bare_word(m: re.Match) -> str | None:
    """The currency word of a money match when no adjective picks its code (``درهم``,
    not ``درهم مغربي``), else None."""
    if m.group("sb") or m.group("sa") or not m.group("cw"):
        return None
    cur = _currencies()
    word = cur.forms[m.group("cw")]
    if m.group("adj"):
        a = cur.adjective_re.fullmatch(m.group("adj"))
        if a and cur.adjectives[word].get(a.group("a")):
            return None
    return word


@lru_cache(maxsize=64)
def _stated_re(words: frozenset[str]) -> re.Pattern:
    """One of ``words`` (in any of its forms) with an adjective that names its country
    (``بالجنيه الإسترليني``, ``ليرة تركية``), anywhere in a text."""
    cur = _currencies()
    forms = [f for f, w in cur.forms.items() if w in words]
    adj = alternation({a for w in words for a in cur.adjectives[w]})
    return re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}(?:ال)?(?P<cw>{alternation(forms)}){S}"
                      rf"(?P<adj>(?:ال)?{adj}(?:ا|ة|ه|يا|ية)?)(?!\w)")


@lru_cache(maxsize=1)
def _country_cues() -> dict[str, re.Pattern]:
    """ISO code -> the names of its country (``المغرب``, ``المغربية``) as one pattern."""
    spec = _json("currencies.json")["countries"]
    return {iso: re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}(?:{_phrase_alt(names)})(?!\w)")
            for iso, names in spec.items() if not iso.startswith("_")}


def _resolve_bare(text: str, found: list[dict]) -> None:
    """Give a currency word said without its adjective the code the article gives it.

    A word shared by several countries' currencies (درهم, دينار, ريال, جنيه, ليرة: the
    words of ``countries`` in ``data/currencies.json``) names one of them once in a text
    and then goes bare: «7 مليارات ليرة تركية» … «29 ليرة». A bare word takes the code of
    the adjective it has elsewhere in the text (``بالجنيه الإسترليني``) when all such
    adjectives agree; else the code of the one country of that currency the text names
    (``المغرب``, ``الحكومة المغربية``: a dirham there is Moroccan), unless the text also
    names the country of the word's default or of another currency of that word. A bare
    دولار keeps its default: «2.4 تريليون دولار تايواني (74.1 مليار دولار)» converts to
    US dollars. Rows change in place."""
    words = {a["_word"] for a in found if a.get("_word")} & _resolved_words()
    if not words:
        return
    cur = _currencies()
    stated: dict[str, set[str]] = {}
    for m in _stated_re(frozenset(words)).finditer(text):
        word = cur.forms[m.group("cw")]
        a = cur.adjective_re.fullmatch(m.group("adj"))
        iso = cur.adjectives[word].get(a.group("a")) if a else None
        if iso:
            stated.setdefault(word, set()).add(iso)
    cues = _country_cues()
    for word in words:
        codes = stated.get(word, set())
        if len(codes) == 1:
            iso = codes.pop()
        elif codes:
            continue
        else:
            named = {c for c in {*cur.adjectives[word].values(), cur.default[word]} - {None}
                     if c in cues and cues[c].search(text)}
            if len(named) != 1 or cur.default[word] in named:
                continue
            iso = named.pop()
        for a in found:
            if a.get("_word") == word:
                a["currency"] = iso


@lru_cache(maxsize=1)
def _resolved_words() -> frozenset[str]:
    """Currency words whose code the country a text names may decide (not دولار: a bare
    dollar in Arabic news is the US dollar, whatever country the story is about)."""
    return frozenset(_norm(w) for w in _json("currencies.json")["countries"]["_words"])


@lru_cache(maxsize=1)
def _dual_construct() -> frozenset[str]:
    """Scale words that, alone before a currency word, are a dual in construct: «مليارا
    دولار» (ملياران + دولار, the ن dropped) is two billion dollars."""
    return frozenset(_norm(w) for w in _json("number_words.json")["dual_construct"])


def _is_dual_construct(text: str, q: Quantity, m: re.Match) -> bool:
    """Is ``q`` a lone «مليارا»/«مليونا» joined to the currency word right after it? With
    a number before it («30 مليارًا») or no currency word after it («خسرت مليارًا») it is
    the singular, read as one."""
    return (m.group("cw") is not None and text[q.start:q.end] in _dual_construct()
            and not text[q.end:m.start("cw")].strip())


def _amounts_in(text: str, matches) -> list[dict]:
    out: list[dict] = []
    pending: list[Quantity] = []  # quantities of the previous match, without currency
    pending_end = -1
    prev_unit = 1.0  # unit of the currency of out[-1]
    cur = _currencies()
    for m in matches:
        qs = [_checked(text, q) for q in parse_quantity(text, m.start("q"), m.end("q"))]
        has_currency = bool(m.group("sb") or m.group("after"))
        if not qs:
            continue
        if has_currency and m.group("cw") in cur.after_scale and not qs[-1].scaled:
            has_currency = False  # «40 مليار دولا» is a dollar amount, «40 دولا» is not
        if not has_currency:
            pending, pending_end = qs, m.end()
            continue
        currency = _currency_of(m)
        unit = _unit_of(m)
        chain = qs
        if pending and pending_end <= m.start("q") and _CONNECTOR.fullmatch(text, pending_end, qs[0].start):
            chain = pending + qs
        pending = []
        last = chain[-1]
        rows = [_row(last, last.start, _currency_end(m), currency)]
        if _is_dual_construct(text, last, m):
            rows[0]["value"] = 2 * last.value
        if m.group("sb"):
            rows[0]["start"] = m.start("sb")
        if not last.scaled and last.note == "" and _THOUSANDS_DOT.fullmatch(text, last.start, last.end):
            rows[0]["value"] = last.value * 1000  # 44.485 دولار = 44,485: cents have two digits
        # Walk back over the quantities joined to the last one by connectors.
        nxt = last
        for i in range(len(chain) - 2, -1, -1):
            p = chain[i]
            conn = _CONNECTOR.fullmatch(text, p.end, nxt.start)
            if not conn or p.note == "malformed":
                break
            c = conn.group("c")
            range_ok = nxt is last and len(rows) == 1 and p.value is not None and last.value is not None
            if range_ok and c in ("الي", "حتي") and _is_change(text, p.start):
                lo = p.value if p.scaled else p.value * last.unit
                rows.insert(0, _row(p, p.start, p.end, currency, note="change_from"))
                rows[0]["value"] = lo
                rows[1]["note"] = "change_to"
                break
            if range_ok and _is_range(text, p, last, c):
                lo = p.value if p.scaled else p.value * last.unit
                if lo < last.value:
                    rows[0].update(start=p.start, value=lo, value_max=last.value, note="range")
                break
            if c == "و" and p.scaled:
                rows.insert(0, _row(p, p.start, p.end, currency, note=p.note or "shared_currency"))
                nxt = p
                continue
            if c == "و" and last.scaled and p.value is not None and p.note == "" and p.value < 1000:
                # «48.7 و48.2 مليار يورو على التوالي»: two figures sharing the scale and currency
                rows.insert(0, _row(p, p.start, p.end, currency, note="shared_currency"))
                rows[0]["value"] = p.value * last.unit
                nxt = p
                continue
            break
        fraction = _fraction_after().match(text, rows[-1]["end"])
        if (fraction and rows[-1]["value"] is not None and rows[-1]["value_max"] is None
                and _sum_ends(text, fraction.end())):
            # «مليار دولار ونصف»: a fraction after the currency is one of the amount's scale,
            # when it governs nothing («ونصف موظفيها» is half of something else)
            rows[-1]["value"] += _fractions()[fraction.group("f")] * (last.unit if last.scaled else 1.0)
            rows[-1]["end"] = fraction.end()
        bare = _bare_word(m)
        for r in rows:
            r["_scale"] = last.unit if last.scaled else None
            r["_word"] = bare
        if unit != 1.0:
            for r in rows:
                r["value"] = None if r["value"] is None else r["value"] * unit
                r["value_max"] = None if r["value_max"] is None else r["value_max"] * unit
        if out and len(rows) == 1 and _join_previous(text, out[-1], rows[0], prev_unit, unit):
            continue
        prev_unit = unit
        out.extend(rows)
    return out


@lru_cache(maxsize=1)
def _fraction_after() -> re.Pattern:
    """«ونصف» right after an amount: one of the fractions of ``data/number_words.json``."""
    return re.compile(rf"{S}و(?P<f>{'|'.join(map(re.escape, sorted(_fractions(), key=len, reverse=True)))})(?!\w)")


@lru_cache(maxsize=1)
def _fractions() -> dict[str, float]:
    """The fractions of ``data/number_words.json`` (نصف 0.5, ربع 0.25), normalized."""
    return {_norm(w): v for w, v in _json("number_words.json")["fractions"].items()}


def _join_previous(text: str, prev: dict, row: dict, prev_unit: float, unit: float) -> bool:
    """Join ``row`` to the amount just before it when both make one; True if joined.

    ``20 دولار و43 سنت`` is one amount (20.43); ``بين 65 مليار دولار و109 مليارات دولار``
    and ``تراوح من 5 مليارات دولار إلى 6 مليارات دولار`` are one range whose ends
    each carry the currency; after a change cue (``ارتفعت من … إلى …``) the two
    amounts stay two rows, noted ``change_from`` and ``change_to``.
    """
    if prev["currency"] != row["currency"] or prev["value"] is None or row["value"] is None:
        return False
    if prev["note"] not in ("",) or row["note"] not in ("",):
        return False
    if prev["end"] > row["start"]:
        return False
    between = text[prev["end"]:row["start"]]
    if unit < prev_unit and (not between.strip() or _CONNECTOR.fullmatch(between)
                             and _CONNECTOR.fullmatch(between).group("c") == "و"):
        prev["value"] += row["value"]
        prev["end"] = row["end"]
        return True
    conn = _CONNECTOR.fullmatch(between)
    if not conn or unit != prev_unit:
        return False
    c = conn.group("c")
    if c in ("الي", "حتي") and _is_change(text, prev["start"]):
        prev["note"], row["note"] = "change_from", "change_to"
        return False
    between_cue = _BETWEEN.search(text, max(0, prev["start"] - 12), prev["start"])
    from_cue = c in ("الي", "حتي") and _FROM.search(text, max(0, prev["start"] - 8), prev["start"])
    dash = c in ("-", "–")  # 10$-20$
    ranged = between_cue or dash or (from_cue and _cue_before(text, prev["start"], _change_cues().ranges))
    if ranged and prev["value"] < row["value"]:
        prev.update(end=row["end"], value_max=row["value"], note="range")
        return True
    return False


@dataclass(frozen=True)
class _SpanCues:
    changes: re.Pattern  # ارتفعت قيمتها من … إلى …: two amounts
    ranges: re.Pattern  # تراوحت من … إلى …: one range


@lru_cache(maxsize=1)
def _change_cues() -> _SpanCues:
    """Change and range cues of ``data/money_cues.json``: a word, * = any ending."""
    spec = _json("money_cues.json")

    def words(cues) -> re.Pattern:
        exact = [_norm(c) for c in cues if not c.endswith("*")]
        stems = [_norm(c.rstrip("*")) for c in cues if c.endswith("*")]
        alts = [f"{alternation(exact)}(?!\\w)"] if exact else []
        alts += [f"{alternation(stems)}\\w*"] if stems else []
        return re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}(?:ال)?(?:{'|'.join(alts)})")

    return _SpanCues(words(spec["change_cues"]), words(spec["range_cues"]))


def _cue_before(text: str, pos: int, cue: re.Pattern) -> bool:
    """True when ``cue`` is in the clause before ``pos`` (at most 80 characters back)."""
    lo = max(0, pos - 80)
    marks = list(_CLAUSE_START.finditer(text, lo, pos))
    if marks:
        lo = marks[-1].end()
    return bool(cue.search(text, lo, pos))


def _is_change(text: str, pos: int) -> bool:
    """True for «من X إلى Y» after a verb of change: ``ارتفعت قيمتها من 300 إلى 500``."""
    return bool(_FROM.search(text, max(0, pos - 8), pos)) and _cue_before(text, pos, _change_cues().changes)


def _is_range(text: str, p: Quantity, last: Quantity, c: str) -> bool:
    if _BETWEEN.search(text, max(0, p.start - 12), p.start):
        return c in ("و", "الي", "حتي", "-", "–")  # بين 5 و6, ما بين 15 إلى 25
    if c == "و":
        return False
    small = p.scaled or p.value < 1000
    if c in ("الي", "حتي"):  # من 5 إلى 6 مليارات; 5 إلى 6 مليارات without من, but not after a verb of change
        if _FROM.search(text, max(0, p.start - 8), p.start):
            return small
        return small and not _cue_before(text, p.start, _change_cues().changes)
    return small  # 5-6 مليارات, 5 أو 6 مليارات


_CONTEXT_REACH = 200  # how far after an amount a bare «157 مليارًا» takes its currency


def _context_amounts(text: str, found: list[dict]) -> list[dict]:
    """Amounts whose currency the context carries: ``جمعت 40 مليار دولار، منها 30 مليارًا``.

    A number with a scale word and no currency (``157 مليارًا``) is money in the
    currency of the nearest amount before it in the same paragraph, at most
    ``_CONTEXT_REACH`` characters back, when it has the same scale (a count of
    users, ``300 مليون``, after a sum in billions is not money) and nothing is
    counted after it: it ends a clause or is followed by من and a name (``من سوفت
    بنك``, not ``من المستخدمين``). Rows get ``note="context_currency"``.
    """
    anchors = [a for a in found if a["currency"] and a["value"] is not None and a.get("_scale")]
    if not anchors:
        return []
    spans = sorted((a["start"], a["end"]) for a in found)
    starts = [s for s, _ in spans]
    his = []  # where each anchor's reach ends
    for i, a in enumerate(anchors):
        le = text.find("\n", a["end"])
        hi = min(len(text) if le < 0 else le, a["end"] + _CONTEXT_REACH)
        if i + 1 < len(anchors):
            hi = min(hi, anchors[i + 1]["start"])  # the nearest amount before gives the currency
        his.append(hi)
    scales = _scale_words_within(text, anchors[0]["end"], [(a["end"], hi) for a, hi in zip(anchors, his)])
    scale_starts = [a for a, _ in scales]
    out: list[dict] = []
    for a, hi in zip(anchors, his):
        # amounts already found near this stretch (a window never reaches past the next anchor)
        k = bisect_right(starts, a["end"]) - 1
        taken = spans[max(0, k):bisect_right(starts, hi)]
        for w_start, w_end in scales[bisect_right(scale_starts, a["end"] - 1):bisect_right(scale_starts, hi)]:
            if w_end > hi:
                continue
            if any(s < w_end and w_start < e for s, e in taken) or not _sum_ends(text, w_end):
                continue
            for q in find_numbers(text, max(a["end"], w_start - 60), w_end):
                if q.end != w_end or q.value is None or q.note or not q.scaled or q.unit != a["_scale"]:
                    continue
                if _starts_bare(text, q) or any(s < q.end and q.start < e for s, e in taken) or _counted(text, q.start):
                    continue
                taken.append((q.start, q.end))
                out.append({"start": q.start, "end": q.end, "value": q.value, "value_max": None,
                            "currency": a["currency"], "note": "context_currency"})
    return out


@lru_cache(maxsize=1)
def _after_sum() -> frozenset[str]:
    """Words after a sum that count nothing ('after_sum' in money_cues.json: «جمع 10 مليارات إضافية»)."""
    return frozenset(normalize(w) for w in _json("money_cues.json")["after_sum"])


@lru_cache(maxsize=1)
def _sum_before() -> re.Pattern:
    """A word of paying, investing or pricing right before a number ('sum_before' in
    money_cues.json: «بقيمة»، «بضخ»، «باستثمارات بلغت»), searched back from the number."""
    spec = _json("money_cues.json")["sum_before"]

    def alt(words) -> str:
        exact = [_norm(w) for w in words if not w.endswith("*")]
        stems = [_norm(w.rstrip("*")) for w in words if w.endswith("*")]
        return "|".join([f"(?:{alternation(exact)})(?!\\w)"] * bool(exact) + [f"(?:{alternation(stems)})\\w*"] * bool(stems))

    return re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}(?:ال)?(?:{alt(spec['words'])})(?:{S}(?:{alt(spec['between'])}))?{S0}$")


@lru_cache(maxsize=1)
def _count_re() -> re.Pattern:
    """A noun of counting ('count_nouns' in money_cues.json: عدد) governing a noun, not «عدد من»."""
    nouns = _phrase_alt(_json("money_cues.json")["count_nouns"])
    return re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}(?:ال)?(?:{nouns})(?!\w)(?!{S}من(?!\w))")


def _counted(text: str, pos: int) -> bool:
    """Does a noun of counting open the clause of the figure at ``pos``? «وقفز عدد مقاطع
    الفيديو إلى 6 ملايين»: the figure counts videos, it takes no currency from the context."""
    if "عدد" not in text[max(0, pos - 80):pos]:
        return False
    lo = max(0, pos - 80)
    marks = list(_CLAUSE_START.finditer(text, lo, pos))
    return bool(_count_re().search(text, marks[-1].end() if marks else lo, pos))


_DIGITS_BEFORE = re.compile(r"[\d٠-٩][\d٠-٩.,٫٬ر]*[ \t]*$")
_LABEL = re.compile(r"[:：][ \t]*$")
_BULLET = re.compile(r"[ \t]*[-–•▪◀►*][ \t]*(?=[\d٠-٩])")  # a list item opening with its figure


def _sum_ends(text: str, pos: int) -> bool:
    """Does nothing counted follow a scale word ending at ``pos`` (:func:`_ends_count`, or one of :func:`_after_sum`)?"""
    return _ends_count(text, pos) or _NEXT_WORD.match(text, pos).group(1) in _after_sum()


def _article_currency_amounts(text: str, found: list[dict]) -> list[dict]:
    """Amounts whose currency is the article's only one: a number with a scale word and no
    currency (``• جهاز أبوظبي للاستثمار: 12.9 مليار``، a headline's ``تستثمر 15.2 مليارًا في
    الإمارات``) in a text whose every amount with a currency has the same one, on a line
    :func:`_context_amounts` did not reach, when a preposition, a word of time or «إضافية»
    follows it (``في``, ``بحلول``, ``سنويا``), or it is a labelled line's value (``: 12.9
    مليار``) and ends its clause (``وسجلت 4 مليارات.`` alone says not of what), or it opens
    an item of a list (``- 12.9 مليار ضختها «مبادلة»``: an infographic's figure). Rows get
    ``note="context_currency"``."""
    currencies = {a["currency"] for a in found if a["currency"] and a["value"] is not None}
    anchors = [a for a in found if a["currency"] and a["value"] is not None and a.get("_scale")]
    if len(currencies) != 1 or not anchors:
        return []
    spans = sorted((a["start"], a["end"]) for a in found)
    span_starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))  # the furthest end of the spans so far
    currency = currencies.pop()
    units = {a["_scale"] for a in anchors}
    out: list[dict] = []
    for w_start, w_end in _scale_words_within(text, 0, [(0, len(text))]):
        k = bisect_left(span_starts, w_end)  # spans[:k] start before the word ends
        if k and reach[k - 1] > w_start:  # one of them ends after it starts: the word is in an amount
            continue
        listed = _ends_count(text, w_end)  # then only a labelled line: «جهاز أبوظبي: 12.9 مليار»
        line = text.rfind("\n", 0, w_start) + 1
        bullet = _BULLET.match(text, line, w_start)  # «- 12.9 مليار ضختها «مبادلة»»: a list item's figure
        follows = listed or bullet or _NEXT_WORD.match(text, w_end).group(1) in _after_sum()
        if not follows:  # then only after a word of paying: look for it before the digits first
            digits = _DIGITS_BEFORE.search(text, max(0, w_start - 30), w_start)
            if not digits or not _sum_before().search(text, max(0, digits.start() - 40), digits.start()):
                continue
        for q in find_numbers(text, max(0, w_start - 60), w_end):
            if q.end != w_end or q.value is None or q.note or not q.scaled or q.unit not in units:
                continue
            summed = bool(_sum_before().search(text, max(0, q.start - 40), q.start))  # «بضخ 12.9 مليار»
            if not (follows or summed):
                continue
            if bullet and q.start != bullet.end():
                bullet = None
            if listed and not bullet and not summed and not _LABEL.search(text, max(0, q.start - 4), q.start):
                continue  # «وفي 2024 سجلت 4 مليارات.»: four billion of what the paragraph does not say
            if _starts_bare(text, q) or any(s < q.end and q.start < e for s, e in spans) or _counted(text, q.start):
                continue
            spans.append((q.start, q.end))
            out.append({"start": q.start, "end": q.end, "value": q.value, "value_max": None,
                        "currency": currency, "note": "context_currency"})
    return out


def _scale_words_within(text: str, lo: int, reaches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the scale words (``مليارًا``, ``المليار``, ``billion``) of ``text[lo:]`` that
    :func:`_context_amounts` can use, looked for only inside the anchors' reaches.

    It uses a word only when it lies inside one anchor's reach ``[start, end)``; a stem
    occurrence inside such a word lies inside that reach too, so a search over the
    reaches (about a sixth of the text after the first anchor) finds every such word.
    Each is widened to the whole word (back to ``lo``, on to the text's end); a word
    found that reaches out of every reach is skipped by the caller.

    The reaches are short (a few hundred characters), so one search of all the stems
    (:func:`_scale_stem_re`) costs less than a ``str.find`` per stem. After a hit the
    search goes on from the end of its word: a stem is letters only, so any other stem
    starting in that word lies in the same run of letters and gives the same span (as
    ``str.find`` of each stem, which also goes on from the word's end).
    """
    merged: list[list[int]] = []
    for a, b in sorted(r for r in reaches if r[0] < r[1]):
        if merged and a <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], b)
        else:
            merged.append([a, b])
    words = lexicon().words
    n = len(text)
    out = set()
    search = _scale_stem_re().search
    for r0, r1 in merged:
        m = search(text, r0, r1)
        while m is not None:
            a, b = m.span()
            while a > lo and text[a - 1].isalnum():
                a -= 1
            while b < n and text[b].isalnum():
                b += 1
            w = text[a:b]
            entry = words.get(w) or (words.get(w[2:]) if w.startswith("ال") else None)
            if entry and entry[0] == "scale":
                out.add((a, b))
            m = search(text, b, r1)
    return sorted(out)


@lru_cache(maxsize=1)
def _scale_stem_re() -> re.Pattern:
    """Any of :func:`_scale_stems` (letters only, as :func:`_scale_words_within` needs)."""
    stems = _scale_stems()
    assert all(s.isalnum() for s in stems), stems
    return re.compile(trie_regex([re.escape(c) for c in s] for s in stems))


@lru_cache(maxsize=1)
def _scale_stems() -> tuple[str, ...]:
    """The shortest substrings of the scale words: every scale word holds one, and none
    holds another (what :func:`_scale_stem_re` looks for)."""
    words = sorted(set(lexicon().scales), key=len)
    return tuple(w for i, w in enumerate(words) if not any(v in w for v in words[:i]))


def _ends_count(text: str, pos: int) -> bool:
    """True when nothing counted follows ``pos``: a clause ends, or من and a name (not من المستخدمين)."""
    nxt = _NEXT_WORD.match(text, pos)
    word = nxt.group(1)
    if not word or word[0] in ".،,؛;:!?؟)»”\"'":
        return True
    return word == "من" and not _NEXT_WORD.match(text, nxt.end()).group(1).startswith("ال")


def _row(q: Quantity, start: int, end: int, currency: str | None, note: str | None = None) -> dict:
    return {
        "start": start,
        "end": end,
        "value": q.value,
        "value_max": None,
        "currency": currency or "",
        "note": q.note if note is None else note,
    }


@dataclass(frozen=True)
class _QualCues:
    before: re.Pattern  # group name = qualifier
    after: re.Pattern
    after_map: dict[str, str]
    reach: re.Pattern
    reach_verbs: tuple[str, ...]  # needles of the verbs of reaching: every match of reach holds one
    not_after: frozenset
    relatives: frozenset


@lru_cache(maxsize=1)
def _qual_cues() -> _QualCues:
    spec = _json("money_cues.json")
    # One regex: a group per qualifier; the leftmost match ending at the amount is the longest phrase.
    groups = "|".join(f"(?P<{qual}>{_phrase_alt(phrases)})" for qual, phrases in spec["qualifiers_before"].items())
    frame = _qual_frame(spec["qualifier_frames"])
    before = re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}(?:{groups})(?:{S}{frame})?{S0}{_OPENING}?{S0}$")
    after_map = {_norm(p): q for q, ps in spec["qualifiers_after"].items() for p in ps}
    after = re.compile(rf"{S0}[،,]?{S0}{_QUOTE}?{S0}(?P<c>{alternation(after_map)})(?!\w)(?!{S}من(?!\w))")
    reach_spec = spec["qualifiers_reach"]
    verbs = {}  # a verb of reaching and its preposition: «تصل قيمتها إلى» has the frame between them
    for phrase in reach_spec["verbs"]:
        verb, prep = _norm(phrase).rsplit(" ", 1)
        verbs.setdefault(prep, []).append(verb)
    reach_alt = "|".join(rf"(?:{alternation(vs)})(?:{S}{frame})?{S}{re.escape(prep)}" for prep, vs in verbs.items())
    reach = re.compile(rf"(?<!\w)(?P<cl>[{CLITICS}]{{0,2}})(?:{reach_alt}){S0}$")
    # A final ة of a verb is also read as ه: the needle is the verb without it.
    reach_verbs = tuple(sorted({v.removesuffix("ة") for vs in verbs.values() for v in vs}))
    return _QualCues(before, after, after_map, reach, reach_verbs, frozenset(_norm(w) for w in reach_spec["not_after"]),
                     frozenset(_norm(w) for w in reach_spec["relatives"]))


_OPENING = r"[(«\"“]"  # an opening bracket or quote between a qualifier and its amount: «أكثر من (600 مليار دولار)»
_QUOTE = r"[()«»\"“”]"


def _qual_frame(spec: dict) -> str:
    """What may stand between a verb of exceeding or reaching and its amount: the value
    that exceeds or reaches (``قيمتها``, ``قيمتها السوقية``, ``إجمالي الغرامة``: a noun of
    value with a pronoun, or a construct noun and the word it governs, and an adjective)
    and a threshold (``حاجز``, ``سقف الـ``): «تخطت قيمتها السوقية حاجز 3 تريليونات دولار»,
    «قد تصل قيمتها إلى 45 مليار يورو». A pattern (no groups) for :func:`_qual_cues`."""
    values = alternation([_norm(w) for w in spec["values"]])
    construct = alternation([_norm(w) for w in spec["construct"]])
    adjectives = alternation([_norm(w) for w in spec["adjectives"]])
    thresholds = alternation([_norm(w) for w in spec["thresholds"]])
    value = rf"(?:(?:{construct}){S}(?!\d)[^\W\d]+|{values})(?:{S}(?:{adjectives})){{0,2}}"
    threshold = rf"(?:{thresholds})(?:{S}ال)?"
    return rf"(?:(?:{value})(?:{S}{threshold})?|{threshold})(?!\w)"


def _qualifier(text: str, start: int, end: int) -> str:
    """Qualifier of the amount at ``[start, end)`` from the words around it (see module docstring)."""
    cues = _qual_cues()
    lo = max(0, start - _QUAL_BEFORE)
    m = cues.before.search(text, lo, start)
    if m:
        return m.lastgroup
    # A verb of reaching before the amount (a literal test first: most amounts have none).
    m = cues.reach.search(text, lo, start) if any(text.find(v, lo, start) >= 0 for v in cues.reach_verbs) else None
    if m and _reach_bounds(text, m, cues):
        return "up_to"
    m = cues.after.match(text, end)  # «أن يصل إجماليه إلى 410 مليارات يورو على الأقل»
    return cues.after_map[" ".join(m.group("c").split())] if m else ""


def _reach_bounds(text: str, m: re.Match, cues: _QualCues) -> bool:
    """True when a verb of reaching describes an indefinite noun (استثمار يصل إلى: up to)."""
    if "ل" in m.group("cl"):
        return False  # لتصل إلى: the figure reached
    words = text[max(0, m.start() - 40):m.start()].split()
    may = bool(words) and words[-1] in ("قد", "وقد", "فقد")
    if may:
        words.pop()  # استثمارات قد تصل إلى
    prev = (words[-1] if words else "").strip("\"'«»“”()")
    if prev in cues.not_after or prev.lstrip("وف") in cues.not_after:
        return False
    if may or prev in cues.relatives or prev.lstrip("و") in cues.relatives:
        return True  # «الغرامة قد تصل إلى», «الغرامات التي تصل إلى»: bounded by the figure
    if not prev or not prev[-1].isalpha():
        return False
    if not all("\u0621" <= ch <= "\u064a" for ch in prev):
        return False  # a name or a number before the verb: its subject
    bare = prev[1:] if prev[0] in CLITICS and prev[1:3] in ("ال", "لل") else prev
    if bare.startswith(("ال", "لل")) or bare.endswith(("ها", "هم", "هما")):
        return False  # a definite subject: الخسائر تصل إلى, خسائرها تصل إلى
    return True


def find_money(
    text: str,
    entities: list[EntityMention] | None = None,
    sentences: list[tuple[int, int]] | None = None,
) -> list[dict]:
    """Money mentions in *normalized* text.

    Args:
        text: normalized text (:func:`analysis.normalize`).
        entities: the entity mentions of ``text`` if already found; by default
            :func:`analysis.entities.find_entities` is run on the sentences with money.
        sentences: the sentence spans of ``text`` if already known; by default
            :func:`analysis.sentence_spans` is run on the lines with money.

    Returns:
        Dicts ordered by position with ``start, end`` (normalized offsets),
        ``value, value_max`` (float or None), ``currency`` (ISO 4217 or ``""``),
        ``qualifier, note`` and, from :func:`analysis.extract.parties.assign`,
        ``role, payer, recipient, subject``.
    """
    amounts = _amounts(text)
    if not amounts:
        return []
    for a in amounts:
        a["qualifier"] = _qualifier(text, a["start"], a["end"])
    return assign(text, amounts, entities, sentences)


def _normalized_spans(art) -> list[tuple[int, int]]:
    """The article's raw sentence spans as spans of its normalized text."""
    starts = art.norm.starts
    if not art.sentences or len(starts) == 0:
        return []
    raw = np.asarray(art.sentences, dtype=np.int64)
    a = np.searchsorted(starts, raw[:, 0], side="left").tolist()  # Python ints: no
    b = np.searchsorted(starts, raw[:, 1], side="left").tolist()  # NumPy scalar per sentence
    return [(x, y) for x, y in zip(a, b) if y > x]


def _nan(v) -> float:
    return math.nan if v is None else float(v)


def extract_money(corpus_or_text: pd.DataFrame | str, texts: Iterable[ArticleText] | None = None,
                  entities: Iterable[list[EntityMention]] | None = None, respell: bool = True) -> pd.DataFrame:
    """One row per money mention, with raw offsets.

    Args:
        corpus_or_text: a corpus from :func:`analysis.load_corpus` (boilerplate is
            skipped) or one string (then ``article_id`` is None).
        texts: the corpus's articles already prepared by
            :func:`analysis.mentions.article_texts` (one per row, in order), so that
            several extractors share one normalization; by default they are prepared here.
        entities: with ``texts``, each article's entity mentions
            (:func:`analysis.extract.entities.find_all_entities` of its normalized text),
            so that the names are found once for this and :func:`extract_entities`;
            by default they are found here, once per article.
        respell: name each party found by rule as the corpus writes it (its hamzas:
            :mod:`analysis.extract.spelling`); False: by its normalized key (for a caller that
            extracts a corpus in parts and respells the whole, :func:`analysis.run.partition.gather`).

    Returns:
        Columns :data:`MONEY_COLUMNS`: ``article_id, start, end, surface`` (with
        ``raw[start:end] == surface``), ``value, value_max`` (floats, NaN when
        unquantified or malformed), ``currency``, ``value_usd`` (USD amounts
        only), ``qualifier, role, subject, note`` and the raw ``sentence`` with
        ``sentence_start, sentence_end``.
    """
    rows = []
    forms: Counter = Counter()
    arts = article_texts(corpus_or_text) if texts is None else texts
    for art, ents in zip(arts, repeat(None) if entities is None else entities):
        if ents is None:
            ents = find_all_entities(art.norm.text)
        if respell:
            forms.update(article_forms(art, ents))
        found = find_money(art.norm.text, entities=ents, sentences=_normalized_spans(art))
        for a, where in zip(found, mention_spans(art, [(a["start"], a["end"]) for a in found])):
            row = {"article_id": art.article_id, **dict(zip(SPAN_COLUMNS, where))}
            value = _nan(a["value"])
            row.update(
                value=value,
                value_max=_nan(a["value_max"]),
                currency=a["currency"],
                value_usd=value if a["currency"] == "USD" else math.nan,
                qualifier=a["qualifier"],
                role=a["role"],
                payer=a["payer"],
                payer_basis=a["payer_basis"],
                recipient=a["recipient"],
                recipient_basis=a["recipient_basis"],
                subject=a["subject"],
                note=a["note"],
            )
            rows.append(row)
    df = frame(rows, MONEY_COLUMNS)
    for col in ("value", "value_max", "value_usd"):
        df[col] = df[col].astype("float64")
    return respell_money(df, spellings(forms)) if respell else df
