"""Money amounts in Arabic news: value, currency, qualifier, role and subject.

``extract_money(corpus)`` gives one row per mention, with raw offsets
(``raw[start:end] == surface``). An amount is a quantity (:mod:`analysis.numbers`)
with a currency word or symbol after it (``6 مليارات دولار``, ``500 ريال سعودي``,
``800 مليون يورو``) or a symbol before it (``$6 مليارات``, ``US$ 6 مليار``); a
number without a currency (a year, a count, ``40%``, ``26 مايو``) is not money.

Decisions, all documented here so the table can be read without the code:

* **Unquantified** amounts (``مليارات الدولارات``, ``عشرات الملايين من الدولارات``)
  are rows with an empty ``value`` and ``note="unquantified"``; a malformed number
  (``1.2.3 مليار دولار``, a number cut from its scale by a line break, a year glued
  to a scale) is a row with an empty ``value`` and ``note="malformed"``. Nothing is
  guessed.
* **Ranges** are one row: ``بين 5 و6 مليارات دولار``, ``من 5 إلى 6 مليارات``,
  ``5-6 مليارات``, ``5 أو 6 مليارات`` give ``value`` = 5e9 (the low end),
  ``value_max`` = 6e9 and ``note="range"``; a bare low end takes the scale of the
  high end. ``value_max`` is empty for a single amount.
* **Several amounts sharing one currency**: ``2 مليار و4 مليارات دولار`` is two rows;
  the first (``note="shared_currency"``) has no currency word in its surface.
* **Qualifier** from the words right before (``يصل إلى``, ``حوالي``, ``أكثر من`` …)
  or right after (``أو أكثر`` → ``at_least``) the amount: ``up_to``, ``approx``,
  ``more_than``, ``at_least`` or empty. ``أقل من`` counts as ``up_to`` (an upper bound).
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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import repeat
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.extract.entities import EntityMention
from analysis.extract.mentions import (
    MENTION_COLUMNS,
    ArticleText,
    article_texts,
    frame,
    mention_row,
)
from analysis.extract.numbers import (
    CLITICS,
    S0,
    Quantity,
    S,
    alternation,
    lexicon,
    mark_year,
    parse_quantity,
    quantity_pattern,
)
from analysis.extract.parties import ROLES, assign  # noqa: F401 (ROLES: part of this module's API)
from analysis.text.normalize import normalize

_DATA = Path(__file__).resolve().parents[1] / "data"

QUALIFIERS = ("up_to", "approx", "more_than", "at_least")
MONEY_COLUMNS = [
    *MENTION_COLUMNS[:4], "value", "value_max", "currency", "value_usd", "qualifier", "role",
    "payer", "recipient", "recipient_basis", "subject", "note", *MENTION_COLUMNS[4:],
]

_CONNECTOR = re.compile(rf"{S0}(?P<c>و|الي|حتي|او|-|–){S0}")
_BETWEEN = re.compile(rf"(?<!\w)(?:ما{S})?[و]?بين{S0}$")
_FROM = re.compile(rf"(?<!\w)[و]?من{S0}$")
_DIGIT_BEFORE = re.compile(r"\d[.,]?\s*$")
_WORD_BEFORE = re.compile(r"(\S+)\s*$")
_REACH_BEFORE = 120  # room for the longest amount (a range in words) before a currency
_REACH_AFTER = 40  # room for the currency word and its adjective
_REACH_SYMBOL = 100  # room for an amount after a symbol such as $


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


@lru_cache(maxsize=1)
def _currencies() -> _Currencies:
    spec = _json("currencies.json")
    forms, default, adjectives = {}, {}, {}
    for word, info in spec["words"].items():
        w = _norm(word)
        default[w] = info.get("default")
        adjectives[w] = {_norm(a): iso for a, iso in info.get("adjectives", {}).items()}
        for f in info["forms"]:
            forms[_norm(f)] = w
    all_adj = {a for d in adjectives.values() for a in d}
    adjective_re = re.compile(rf"(?:ال)?(?P<a>{alternation(all_adj)})(?:ا|ة|ه|يا|ية)?(?!\w)")
    symbols = {_norm(s): iso for s, iso in spec["symbols"].items()}
    return _Currencies(forms, default, adjectives, symbols, adjective_re)


@lru_cache(maxsize=1)
def _money_re() -> re.Pattern:
    cur = _currencies()
    word = rf"(?:ال)?(?P<cw>{alternation(cur.forms)})(?!\w)"
    adj = rf"(?:{S}(?P<adj>(?:ال)?{alternation({a for d in cur.adjectives.values() for a in d})}"
    adj += r"(?:ا|ة|ه|يا|ية)?)(?!\w))?"
    sym = "(?:" + "|".join(re.escape(s) for s in sorted(cur.symbols, key=len, reverse=True)) + ")"
    after = rf"(?:{S0}(?:من{S})?{word}{adj}|{S0}(?P<sa>{sym})(?![A-Za-z]))"
    return re.compile(
        rf"(?:(?<![A-Za-z])(?P<sb>{sym}){S0})?(?<!\w)(?:[{CLITICS}]{{1,2}})??"
        rf"(?P<q>{quantity_pattern()})(?P<after>{after})?"
    )


@dataclass(frozen=True)
class _Cues:
    before: list[tuple[re.Pattern, str]]
    after: re.Pattern
    after_map: dict[str, str]


def _phrase_alt(phrases) -> str:
    return alternation([_norm(p) for p in phrases])


@lru_cache(maxsize=1)
def _cues() -> _Cues:
    spec = _json("money_cues.json")
    before = []
    for qual, phrases in spec["qualifiers_before"].items():
        before.append((qual, _phrase_alt(phrases)))
    # One pattern; the group that matched names the qualifier.
    qual_before = [
        (re.compile(rf"(?<!\w)[{CLITICS}]{{0,2}}{alt}{S0}$"), qual) for qual, alt in before
    ]
    after_map = {_norm(p): q for q, ps in spec["qualifiers_after"].items() for p in ps}
    after = re.compile(rf"{S0}[،,]?{S0}(?P<c>{alternation(after_map)})(?!\w)")
    return _Cues(
        before=qual_before,
        after=after,
        after_map=after_map,
    )


def _currency_of(m: re.Match) -> str | None:
    """ISO code of the currency in a money match (None when unknown, e.g. دينار)."""
    cur = _currencies()
    if m.group("sb"):
        return cur.symbols[m.group("sb")]
    if m.group("sa"):
        return cur.symbols[m.group("sa")]
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
def _anchor_stems() -> tuple[tuple[str, ...], re.Pattern]:
    """Substrings every currency word or symbol contains, and the check of a hit."""
    cur = _currencies()
    words = sorted(cur.forms, key=len)
    stems = [w for i, w in enumerate(words) if not any(v in w for v in words[:i])]
    syms = sorted(cur.symbols, key=len)
    stems += [s for i, s in enumerate(syms) if not any(v in s for v in syms[:i])]
    check = re.compile(rf"(?:ال)?{alternation(cur.forms)}(?!\w)")
    return tuple(stems), check


def _anchors(text: str) -> list[tuple[int, bool]]:
    """(position, is a symbol) of currency words and symbols: ``str.find``, then a check."""
    stems, check = _anchor_stems()
    symbols = _currencies().symbols
    out = []
    for stem in stems:
        i = text.find(stem)
        while i >= 0:
            if stem in symbols:
                out.append((i, True))
            else:
                j = i  # a stem may sit inside a longer currency word (ين in دينار)
                while j > 0 and text[j - 1].isalpha() and i - j < 4:
                    j -= 1
                if (j == 0 or not text[j - 1].isalnum()) and check.match(text, j):
                    out.append((j, False))
            i = text.find(stem, i + 1)
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
    money = _money_re()
    for lo, hi in _windows(text, anchors):
        out.extend(_amounts_in(text, money.finditer(text, lo, hi)))
    return out


def _amounts_in(text: str, matches) -> list[dict]:
    out: list[dict] = []
    pending: list[Quantity] = []  # quantities of the previous match, without currency
    pending_end = -1
    for m in matches:
        qs = [_checked(text, q) for q in parse_quantity(text, m.start("q"), m.end("q"))]
        has_currency = bool(m.group("sb") or m.group("after"))
        if not qs:
            continue
        if not has_currency:
            pending, pending_end = qs, m.end()
            continue
        currency = _currency_of(m)
        chain = qs
        if pending and pending_end <= m.start("q") and _CONNECTOR.fullmatch(text, pending_end, qs[0].start):
            chain = pending + qs
        pending = []
        last = chain[-1]
        rows = [_row(last, last.start, _currency_end(m), currency)]
        if m.group("sb"):
            rows[0]["start"] = m.start("sb")
        # Walk back over the quantities joined to the last one by connectors.
        nxt = last
        for i in range(len(chain) - 2, -1, -1):
            p = chain[i]
            conn = _CONNECTOR.fullmatch(text, p.end, nxt.start)
            if not conn or p.note == "malformed":
                break
            c = conn.group("c")
            range_ok = nxt is last and len(rows) == 1 and p.value is not None and last.value is not None
            if range_ok and _is_range(text, p, last, c):
                lo = p.value if p.scaled else p.value * last.unit
                if lo < last.value:
                    rows[0].update(start=p.start, value=lo, value_max=last.value, note="range")
                break
            if c == "و" and p.scaled:
                rows.insert(0, _row(p, p.start, p.end, currency, note=p.note or "shared_currency"))
                nxt = p
                continue
            break
        out.extend(rows)
    return out


def _is_range(text: str, p: Quantity, last: Quantity, c: str) -> bool:
    if _BETWEEN.search(text, max(0, p.start - 12), p.start):
        return c == "و"
    if c == "و":
        return False
    small = p.scaled or p.value < 1000
    if c in ("الي", "حتي"):
        return small and bool(_FROM.search(text, max(0, p.start - 8), p.start))
    return small  # 5-6 مليارات, 5 أو 6 مليارات


def _row(q: Quantity, start: int, end: int, currency: str | None, note: str | None = None) -> dict:
    return {
        "start": start,
        "end": end,
        "value": q.value,
        "value_max": None,
        "currency": currency or "",
        "note": q.note if note is None else note,
    }


def _qualifier(text: str, start: int, end: int) -> str:
    cues = _cues()
    for pat, qual in cues.before:
        if pat.search(text, max(0, start - 30), start):
            return qual
    m = cues.after.match(text, end)
    return cues.after_map[" ".join(m.group("c").split())] if m else ""


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
    a = np.searchsorted(starts, raw[:, 0], side="left")
    b = np.searchsorted(starts, raw[:, 1], side="left")
    return [(int(x), int(y)) for x, y in zip(a, b) if y > x]


def _nan(v) -> float:
    return math.nan if v is None else float(v)


def extract_money(corpus_or_text: pd.DataFrame | str, texts: Iterable[ArticleText] | None = None,
                  entities: Iterable[list[EntityMention]] | None = None) -> pd.DataFrame:
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
            by default they are found in each sentence with money.

    Returns:
        Columns :data:`MONEY_COLUMNS`: ``article_id, start, end, surface`` (with
        ``raw[start:end] == surface``), ``value, value_max`` (floats, NaN when
        unquantified or malformed), ``currency``, ``value_usd`` (USD amounts
        only), ``qualifier, role, subject, note`` and the raw ``sentence`` with
        ``sentence_start, sentence_end``.
    """
    rows = []
    arts = article_texts(corpus_or_text) if texts is None else texts
    for art, ents in zip(arts, repeat(None) if entities is None else entities):
        for a in find_money(art.norm.text, entities=ents, sentences=_normalized_spans(art)):
            row = mention_row(art, a["start"], a["end"])
            value = _nan(a["value"])
            row.update(
                value=value,
                value_max=_nan(a["value_max"]),
                currency=a["currency"],
                value_usd=value if a["currency"] == "USD" else math.nan,
                qualifier=a["qualifier"],
                role=a["role"],
                payer=a["payer"],
                recipient=a["recipient"],
                recipient_basis=a["recipient_basis"],
                subject=a["subject"],
                note=a["note"],
            )
            rows.append(row)
    df = frame(rows, MONEY_COLUMNS)
    for col in ("value", "value_max", "value_usd"):
        df[col] = df[col].astype("float64")
    return df
