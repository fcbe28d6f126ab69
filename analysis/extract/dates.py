"""Dates in Arabic news: explicit, partial and relative, resolved against publication.

:func:`find_dates` scans *normalized* text with one compiled pattern built from
the word lists in ``data/months.json`` and ``data/date_cues.json``;
:func:`extract_dates` runs it over a corpus and maps every mention back to raw
offsets; :func:`resolve_relative` turns a mention into an ISO-8601 date or
period given the article's publication date.

Columns (one row per mention):

* ``year``, ``month``, ``day`` — what the text states (``<NA>`` when it does not),
  in the calendar of ``calendar``;
* ``calendar`` — ``gregorian`` or ``hijri`` (``15 رمضان 1446هـ``: year 1446, month
  9, day 15; ``resolved`` is always Gregorian);
* ``kind`` — the granularity referred to: ``day``, ``week``, ``month``,
  ``season``, ``period`` (halves, quarters, "the past two weeks") or ``year``;
* ``part`` — ``early``/``mid``/``late`` (بداية/منتصف/أواخر; the resolved value
  stays the whole year or month), or ``H1``/``H2``, ``Q1``–``Q4``,
  ``spring``/``summer``/``autumn``/``winter`` (resolved to a month interval);
* ``relative`` — True when the meaning depends on when the article was written
  (العام الماضي, هذا الصيف, الشهر الماضي, قبل عام, يوم الاثنين, مايو الماضي);
* ``resolved`` — ``2024``, ``2024-05``, ``2024-05-26``, ``2025-W06``, or an
  interval ``2024-06/2024-08`` (a Hijri month or year: its Gregorian days,
  ``2025-03-01/2025-03-29``); ``""`` when the publication date is not precise
  enough (a "last month" in an article dated only to the year is left empty);
* ``cue`` — the word before the date (في, منذ, حتى, بحلول …) or ``(``.

Decisions:

* The surface holds the time noun and qualifiers (``يوم 26 مايو``, ``عام 2015``,
  ``أواخر عام 2022``, ``بداية العام الجديد``) but not the preposition (in ``cue``)
  nor an attached و/ف/ب/ل/ك, except the ``لل`` of ``للعام``.
* A bare four-digit year (1900–2100) is a date only after a cue word
  (``year_cues``: في, منذ, حتى, إلى, بحلول, من …: ``أكثر من 2024``, ``الفترة نفسها من
  2024``), in parentheses (``سام ألتمان (1985)``,
  a birth year: kind ``year``), joined to a year just found (``عامي 2020
  و2021``), or before a joiner and a later year (``بين 2020 و2025``, ``2023
  و2024``, ``من 2023 وحتى نهاية 2025``); never when an amount word follows it or
  the number joined to it (``في 2000 دولار``, ``من 1950 موظفا``, ``من 2000 إلى 2050
  نقطة``). After
  عام/سنة or a month name any year 1000–2999 counts; a year with ``هـ`` is Hijri (below).
* A month name right after another one and a joiner (``بين أبريل ويونيو``,
  ``شهري يناير وفبراير``; ``year_joiners``) is a month too, and a yearless month
  before a joiner and a month with a year takes that year (``شهري سبتمبر وأكتوبر 2025``).
* An ordinal day before من and a month (``في الخامس من ديسمبر``, ``الحادي عشر من
  سبتمبر``; ``day_ordinals``) is a day after a cue word, يوم or a weekday; after another
  word it counts something else (``الأسبوع الأول من مارس``) and only the month is a date.
* A year noun may carry adjectives before its number (``السنة المالية 2026``,
  ``سنتها المالية 2026``, ``العام المالي الكامل 2025``; ``year_adjectives``); a fiscal
  year (and its quarters) is reported with the year it is named by but left unresolved,
  a company's fiscal year not being the calendar year.
* A month name alone needs a cue (``في نوفمبر``); names that are also common
  words (آب, نيسان, ماي …; ``needs_context``) need a day, a year or شهر.
* A date without a year (``26 مايو``, ``في نوفمبر``) takes the year that puts
  it between 8 months before and 3 months after publication; it needs the
  publication month. ``مايو الماضي``/``المقبل`` take the last/next May strictly
  before/after the publication month.
* ``يوم الاثنين`` needs the publication day (the latest Monday on or before it),
  unless a date follows it (``يوم الاثنين (10 فبراير)``): then it takes that
  date, if the weekday agrees.
* ``العام الجديد`` is the publication year (the next one from November on).
* Seasons are northern-hemisphere quarters; winter ``Y`` runs ``Y-12/Y+1-02``.
* ``قبل عام``/``منذ عامين`` are the year minus one/two (``قبل عام من …``, relative
  to an event, is not reported); ``الأسبوعين الماضيين`` is the interval from two
  weeks before publication to publication (needs the day).
* Vague expressions are not dates: في السنوات الأخيرة, مؤخرا, في الماضي, قبل أيام
  (list in ``date_cues.json`` under ``not_dates``).
* Invalid dates (``31 فبراير``) are not reported at all.
* Numeric dates: day first (``22/07/2025``, ``22-7-2025``, ``22.07.2025``) or ISO
  (``2025-07-22``); month first only when no other reading is valid
  (``07/22/2025``); also right after a dash, not a digit's (``(العربية)-22/07/2025``);
  two-digit years (``22/7/25``) are not read. A bare ``2025-2027`` is two years (a
  range), not a date.
* An Arabic month in the English order needs the day, a comma and the year
  (``فبراير 24, 2026``, as web pages print dates).
* Latin month names (``months.json`` ``latin``: English full and abbreviated,
  French) need a day or a year: ``March 28, 2025``, ``28 March 2025``,
  ``Mar. 2025``, ``1er mars 2025``, ``7th, February 2024``; written as listed,
  capitalized or in capitals (``may`` is not May).
* Hijri dates (``months.json`` ``hijri``): a Hijri month needs a day or a year
  (``رمضان صبحي`` is a man; ``صفر`` needs a year); a bare year needs the marker
  (``1446 هـ``, ``1446 للهجرة``); a numeric date with the marker is Hijri
  (``1446/09/15هـ``). They are converted with ``hijridate`` (Umm al-Qura, 1343–1500
  AH; see :mod:`analysis.extract.hijri`); a year beyond the tables stays unresolved.
"""

from __future__ import annotations

import calendar
import json
import math
import re
import warnings
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from itertools import pairwise
from pathlib import Path
from re import _parser  # the parse tree gives each branch's first characters
from typing import Any

import pandas as pd

from analysis.corpus.load import mask_spans
from analysis.extract import hijri
from analysis.extract.mentions import ArticleText, python_strings
from analysis.text.normalize import normalize, normalize_with_offsets
from analysis.text.patterns import char_atoms, trie_regex
from analysis.text.sentences import sentence_spans

_DATA = Path(__file__).resolve().parents[1] / "data"

COLUMNS = [
    "article_id", "start", "end", "surface", "kind", "year", "month", "day", "calendar", "part",
    "relative", "resolved", "cue", "sentence", "sentence_start", "sentence_end",
]

_YEAR = r"[12]\d{3}(?!\d)(?![.,]\d)"
_HIJRI_YEAR = r"1[0-5]\d{2}(?!\d)(?![.,]\d)"  # 1000–1599 AH (the tables convert 1343–1500)
_SEASONS = ("spring", "summer", "autumn", "winter")


class DateWarning(UserWarning):
    """A publication date in the catalog could not be read; its relative dates stay empty."""


# --------------------------------------------------------------------------- lexicon


def _key(s: str) -> str:
    """Lookup key of a matched word: normalized, single spaces, ``لل`` → ``ال``."""
    s = " ".join(s.split())
    return "ال" + s[2:] if s.startswith("لل") and len(s) > 3 else s


def _alt(words) -> str:
    """A regex matching any of the words (normalized; ``ال`` words also as ``لل``).

    Built as a trie, so the engine tests each letter once instead of each word in turn.
    """
    forms = []
    for w in words:
        w = " ".join(normalize(w).split())
        forms += [w, "لل" + w[2:]] if w.startswith("ال") and len(w) > 3 else [w]
    return trie_regex(char_atoms(f) for f in forms)


def _index(mapping: Mapping[Any, list[str]], cast=lambda k: k) -> dict[str, Any]:
    return {_key(normalize(w)): cast(k) for k, words in mapping.items() for w in words}


def _norm_set(words) -> frozenset[str]:
    return frozenset(_key(normalize(w)) for w in words)


# Word characters (\w, as checked below) that fill most of the text: ASCII letters and
# digits, ``_`` and the Arabic letters. A date starts after a character outside
# them; the scan pattern begins with that class, so ``re`` steps over everything else
# in C instead of trying the pattern at every position.
_WORDISH_RANGES = (
    ("0", "9"), ("A", "Z"), ("a", "z"), ("_", "_"), ("\u0621", "\u063a"), ("\u0641", "\u064a"),
)
_WORDISH = "".join(f"{a}-{b}" for a, b in _WORDISH_RANGES)
assert all(re.match(r"\w", chr(c)) for a, b in _WORDISH_RANGES for c in range(ord(a), ord(b) + 1))

_CLASS_ESCAPES = {
    _parser.CATEGORY_DIGIT: r"\d", _parser.CATEGORY_NOT_DIGIT: r"\D",
    _parser.CATEGORY_SPACE: r"\s", _parser.CATEGORY_NOT_SPACE: r"\S",
    _parser.CATEGORY_WORD: r"\w", _parser.CATEGORY_NOT_WORD: r"\W",
}


def _first_chars(items) -> tuple[list[str], bool]:
    """The characters a match of parsed ``items`` can begin with (as class members), and
    whether it can be empty. Zero-width assertions are passed over (which only adds
    characters). Raises ValueError on what it does not read (a negated class, a
    back-reference, ``.``, a group with flags)."""
    chars: list[str] = []
    for op, av in items:
        if op is _parser.LITERAL:
            chars.append(re.escape(chr(av)))
            return chars, False
        if op is _parser.IN:
            for iop, iav in av:
                if iop is _parser.LITERAL:
                    chars.append(re.escape(chr(iav)))
                elif iop is _parser.RANGE:
                    chars.append(f"{re.escape(chr(iav[0]))}-{re.escape(chr(iav[1]))}")
                elif iop is _parser.CATEGORY and iav in _CLASS_ESCAPES:
                    chars.append(_CLASS_ESCAPES[iav])
                else:
                    raise ValueError(iop)
            return chars, False
        if op is _parser.BRANCH:
            empty = False
            for alt in av[1]:
                more, alt_empty = _first_chars(alt.data)
                chars += more
                empty |= alt_empty
        elif op is _parser.SUBPATTERN and not av[1] and not av[2]:  # no (?i: …)
            more, empty = _first_chars(av[3].data)
            chars += more
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
            more, empty = _first_chars(av[2].data)
            chars += more
            empty |= av[0] == 0
        elif op in (_parser.ASSERT, _parser.ASSERT_NOT, _parser.AT):
            empty = True
        else:
            raise ValueError(op)
        if not empty:
            return chars, False
    return chars, True


def _first_char_test(rx: str) -> str:
    """A lookahead that fails where ``rx`` cannot match: a class of its first characters.

    ``re`` tries the branches of an alternation in turn and only skips one whose first
    item is a plain character or class; a named group's is not. Where this lookahead
    fails, ``rx`` cannot match either, so putting it before ``rx`` changes no match.
    Empty (no test) when ``rx`` can match the empty string or is not read.
    """
    tree = _parser.parse(rx)
    if tree.state.flags & re.IGNORECASE:
        return ""
    try:
        chars, empty = _first_chars(tree.data)
    except ValueError:
        return ""
    return "" if empty or not chars else f"(?=[{''.join(dict.fromkeys(chars))}])"


@dataclass(frozen=True)
class _Lexicon:
    pattern: re.Pattern  # a date, at a word start: see :func:`_dates`
    scan: re.Pattern  # the character before a date, then the date
    month_of: dict[str, int]
    needs_context: frozenset[str]
    part_of: dict[str, str]
    rel_of: dict[str, int]
    this: frozenset[str]
    new_year: frozenset[str]
    season_of: dict[str, str]
    season_months: dict[str, tuple[int, int]]
    period_of: dict[str, str]
    weekday_of: dict[str, int]
    unit_of: dict[str, tuple[str, int | None]]
    number_of: dict[str, int]
    year_nouns: frozenset[str]
    cues: dict[str, str]
    year_cues: frozenset[str]
    month_cues: frozenset[str]
    joiners: frozenset[str]
    blocker: re.Pattern
    hijri: re.Pattern
    hijri_month_of: dict[str, int]
    hijri_needs_year: frozenset[str]
    latin_month_of: dict[str, int]
    day_ordinal_of: dict[str, int]
    month_pair: re.Pattern  # after a month: a joiner, a month and its year (سبتمبر وأكتوبر 2025)
    fiscal: frozenset[str]
    year_pair: re.Pattern  # after a year: a joiner and a year (2023 و2024, 2023 وحتى نهاية 2025)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    """Read the word lists and compile the pattern, once, on first use."""
    months = json.loads((_DATA / "months.json").read_text(encoding="utf-8"))
    cues = json.loads((_DATA / "date_cues.json").read_text(encoding="utf-8"))

    month_of = _index(months["months"], int)
    hijri_month_of = _index(months["hijri"], int)
    latin_month_of = {w.lower(): int(k) for k, names in months["latin"].items() for w in names}
    # As written (March, mars), capitalized (Mars) or in capitals (MARCH); not «may» or «mar».
    latin_forms = {f for names in months["latin"].values() for w in names for f in (w, w.capitalize(), w.upper())}
    rel_of = _index(cues["relative"], int)
    day_ordinal_of = _index(cues["day_ordinals"], int)
    units = cues["units"]
    unit_of: dict[str, tuple[str, int | None]] = {}
    for unit, forms in units.items():
        for form, n in (("one", 1), ("two", 2), ("many", None)):
            for w in forms[form]:
                w = _key(normalize(w))
                unit_of[w] = (unit, n)
                unit_of["ال" + w] = (unit, n)
    number_of = {}
    for w, n in cues["numbers"].items():
        w = _key(normalize(w))
        number_of[w] = number_of["ال" + w] = int(n)

    def words(name):
        return [w for group in cues[name].values() for w in group] if isinstance(cues[name], dict) else cues[name]

    mon = _alt(month_of)

    def monx(p: str) -> str:  # a month name, optionally with its other-system name: شباط/فبراير
        return rf"(?P<{p}mon>{mon})(?:\s*[/(]\s*(?:{mon})\s*\)?)?"

    rel = _alt(rel_of)
    this = _alt(cues["this"])
    part = _alt(words("parts"))
    ydef = _alt(["العام", "السنة"])
    ynoun = _alt(cues["year_nouns"])
    ysuf = rf"(?:\s*(?:{_alt(cues['year_suffix'])})(?!\w))?"
    yadj = rf"(?:\s+(?:{_alt(words('year_adjectives'))})){{0,2}}"  # السنة المالية 2026
    ye = (
        rf"(?:(?:{ynoun}){yadj}\s+)?{_YEAR}{ysuf}"
        rf"|(?:{this})\s+(?:{ydef})"
        rf"|(?:{_alt(cues['new_year'])})"
        rf"|(?:{ydef})\s+(?:{rel})"
    )
    ye_bare = rf"{ye}|{ydef}"
    numw = _alt(number_of)
    hmon = _alt(hijri_month_of)
    hsuf = rf"[^\S\n]*(?:{_alt(cues['hijri_suffix'])})(?!\w)"

    def hye(p: str) -> str:  # a Hijri year, هـ optional
        return rf"(?:(?:{ynoun})\s+)?(?P<{p}y>{_HIJRI_YEAR})(?P<{p}suf>{hsuf})?"

    # Latin month names, an abbreviation with or without its dot.
    lmon = rf"(?:{trie_regex(char_atoms(w) for w in sorted(latin_forms))})(?![^\W\d_])\.?"
    lord = r"(?:st|nd|rd|th|er)?"  # 28th March, 1er mars
    one = [w for u in units.values() for w in u["one"]]
    two = [w for u in units.values() for w in u["two"]]
    many = [w for u in units.values() for w in u["many"]]

    def defs(ws: list[str]) -> str:  # the definite forms: الأسبوعين, الأشهر
        return _alt(["ال" + normalize(w) for w in ws])

    branches = {
        # Hijri before the Gregorian branches: ربيع الأول is not the season ربيع, عام 1446 هـ not a year AD.
        "hd": rf"(?:(?:{_alt(cues['day_noun'])})\s+)?(?P<hd_d>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?(?P<hd_mon>{hmon})"
              rf"(?:\s*،?\s*(?:من\s+)?{hye('hd_')})?",
        "hm": rf"(?:(?P<hm_part>{part})\s+)?(?:(?:{_alt(cues['month_noun'])})\s+)?(?P<hm_mon>{hmon})"
              rf"\s*،?\s*(?:من\s+)?{hye('hm_')}",
        "hy": rf"(?:(?P<hy_part>{part})\s+)?(?:(?:{ynoun})\s+)?(?P<hy_y>{_HIJRI_YEAR}){hsuf}",
        "lmd": rf"(?P<lmd_mon>{lmon})\s*(?P<lmd_d>\d{{1,2}}){lord}(?!\d)(?:\s*,?\s*(?P<lmd_y>{_YEAR}))?",
        "ldm": rf"(?P<ldm_d>\d{{1,2}})(?:(?:st|nd|rd|th)\s*,|{lord})\s*(?P<ldm_mon>{lmon})"
               rf"(?:\s*,?\s*(?P<ldm_y>{_YEAR}))?",
        "lmy": rf"(?P<lmy_mon>{lmon})\s*,?\s*(?P<lmy_y>{_YEAR})",
        "num": rf"(?<![/.,\d])(?<!\d-)(?:{_YEAR}(?P<s1>[-/.])\d{{1,2}}(?P=s1)\d{{1,2}}"
               rf"|\d{{1,2}}(?P<s2>[-/.])\d{{1,2}}(?P=s2){_YEAR})(?![-/.]\d)",
        # «في الخامس من ديسمبر»: an ordinal day needs من and a month (الخامس من بين … is no date).
        "od": rf"(?P<od_noun>(?:{_alt(cues['day_noun'])})\s+)?(?P<od_d>{_alt(day_ordinal_of)})"
              rf"\s+من\s+(?:شهر\s+)?{monx('od_')}(?:\s*،?\s*(?:من\s+)?(?P<od_ye>{ye})|\s+(?P<od_rel>{rel}))?",
        "dm": rf"(?:(?:{_alt(cues['day_noun'])})\s+)?(?P<dm_d>\d{{1,2}})\s*(?:من\s+)?(?:شهر\s+)?{monx('dm_')}"
              rf"(?:\s*،?\s*(?:من\s+)?(?P<dm_ye>{ye})|\s+(?P<dm_rel>{rel}))?",
        # «فبراير 24, 2026»: an Arabic month in the English order, as web pages print dates.
        "amd": rf"{monx('amd_')}\s*(?P<amd_d>\d{{1,2}})\s*[,،]\s*(?P<amd_y>{_YEAR})",
        "per": rf"(?P<per_p>{_alt(words('halves') + words('quarters'))})\s+(?:من\s+)?(?P<per_ye>{ye_bare})"
               rf"|(?P<per_q>[QH][1-4])\s*(?P<per_y>{_YEAR})",
        "sea": rf"(?:(?P<sea_this>{this})\s+)?(?:فصل\s+)?(?P<sea_s>{_alt(words('seasons'))})"
               rf"(?:\s+(?:من\s+)?(?P<sea_ye>{ye_bare})|\s+(?P<sea_rel>{rel}))?",
        "my": rf"(?:(?P<my_part>{part})\s+)?(?P<my_noun>(?:{_alt(cues['month_noun'])})\s+)?{monx('my_')}"
              rf"(?:\s*،?\s*(?:من\s+)?(?P<my_ye>{ye})|\s+(?P<my_rel>{rel}))?",
        "mo": rf"(?:(?P<mo_part>{part})\s+)?(?:(?:{this})\s+(?:الشهر)|(?:الشهر|للشهر)\s+(?P<mo_rel>{rel})"
              rf"|(?P<mo_bare>الشهر|للشهر))",
        "wk": rf"(?:{this})\s+(?:{_alt(cues['week_noun'])})|(?:{_alt(cues['week_noun'])})\s+(?P<wk_rel>{rel})",
        "ago": rf"(?P<ago_w>{_alt(cues['ago'])})\s+(?:(?P<ago_n>\d{{1,3}}|{numw})\s+)?(?P<ago_u>{_alt(one + two + many)})"
               rf"(?!\s+من(?!\w))(?!\s*\d)",
        "last": rf"(?:(?P<last_two>{defs(two)})|(?P<last_many>{defs(many)})\s+(?P<last_n>{numw}|\d{{1,3}})"
                rf"|ال\s*(?P<last_n2>\d{{1,3}})\s+(?P<last_u2>{_alt(one + many)})ا?)"
                rf"\s+(?:{_alt(cues['last'])})",
        "wd": rf"(?:(?P<wd_yawm>{_alt(cues['day_noun'])})\s+)?(?P<wd_d>{_alt(words('weekdays'))})(?:\s+(?P<wd_rel>{rel}))?",
        "yd": rf"(?P<yd2>{_alt(cues['day_before_yesterday'])})|(?P<yd1>{_alt(cues['yesterday'])})",
        "yr": rf"(?P<yr_part>{part})\s+(?:من\s+)?(?P<yr_pye>{ye_bare})|(?P<yr_ye>{ye})",
    }
    # A date starts at a word start, or after an attached و/ف and ب/ل/ك, with a
    # word that can begin one; the branches are tried only there (a big speed-up).
    firsts = [
        w.split()[0] for name in ("day_noun", "this", "parts", "month_noun", "week_noun", "ago",
                                  "halves", "quarters", "seasons", "weekdays", "yesterday",
                                  "day_before_yesterday", "year_nouns", "new_year")
        for w in words(name)
    ] + list(month_of) + list(hijri_month_of) + ["فصل", "العام", "السنة", "الشهر"] + [
        "ال" + normalize(w) for w in two + many] + [
        w + " من" for w in day_ordinal_of]  # an ordinal only before من: الأول is a common word
    start = rf"(?<!\w)[وف]?[بلك]?(?=(?:{_alt(firsts)})(?!\w)|\d|[QH][1-4]|ال\s*\d|{lmon})"
    # Spaces inside a date never include a line break (a line break ends a sentence).
    start = start.replace(r"\s", r"[^\S\n]")
    branches = {name: rx.replace(r"\s", r"[^\S\n]") for name, rx in branches.items()}
    # Each branch behind a test of its first character (see _first_chars): the engine
    # tries the branches in turn at each possible start, and most fail at once.
    body = "|".join(f"{_first_char_test(rx)}(?P<{name}>{rx})" for name, rx in branches.items())
    pattern = re.compile(rf"{start}(?:{body})(?!\w)")

    return _Lexicon(
        pattern=pattern,
        scan=re.compile(rf"[^{_WORDISH}]{pattern.pattern}"),
        month_of=month_of,
        needs_context=_norm_set(months.get("needs_context", [])),
        part_of=_index(cues["parts"]),
        rel_of=rel_of,
        this=_norm_set(cues["this"]),
        new_year=_norm_set(cues["new_year"]),
        season_of=_index(cues["seasons"]),
        season_months={k: (int(v[0]), int(v[1])) for k, v in cues["season_months"].items()},
        period_of=_index({**cues["halves"], **cues["quarters"]}),
        weekday_of=_index(cues["weekdays"], int),
        unit_of=unit_of,
        number_of=number_of,
        year_nouns=_norm_set(cues["year_nouns"]),
        cues={**{_key(normalize(w)): w for w in reversed(cues["cues"])}, "(": "("},
        year_cues=_norm_set(cues["year_cues"]),
        month_cues=_norm_set(cues["month_cues"]),
        joiners=_norm_set(cues["year_joiners"]),
        blocker=re.compile(rf"\s*(?:{_alt(cues['year_blockers'])})ا?(?!\w)"),  # موظف، موظفا (counted, accusative)
        hijri=re.compile(hsuf),
        hijri_month_of=hijri_month_of,
        hijri_needs_year=_norm_set(months.get("hijri_needs_year", [])),
        latin_month_of=latin_month_of,
        day_ordinal_of=day_ordinal_of,
        fiscal=_norm_set(cues["year_adjectives"]["fiscal"]),
        year_pair=re.compile(rf"\s*(?:{_alt(cues['year_joiners'])})\s*(?:(?:{part})\s+)?(?:(?:{ynoun})\s+)?"
                             rf"([12]\d{{3}})(?!\d)(?![.,]\d)".replace(r"\s", r"[^\S\n]")),
        month_pair=re.compile(rf"\s*(?:{_alt(cues['year_joiners'])})\s*(?:{mon})(?:\s*[/(]\s*(?:{mon})\s*\)?)?"
                              rf"\s*،?\s*(?:من\s+)?({_YEAR})(?!\w)".replace(r"\s", r"[^\S\n]")),
    )


# --------------------------------------------------------------------------- publication dates


@dataclass(frozen=True)
class Published:
    """A publication date known to the year, the month or the day."""

    year: int
    month: int | None = None
    day: int | None = None

    def date(self) -> date | None:
        return date(self.year, self.month, self.day) if self.day else None


_PUB = re.compile(r"^\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ][\d:.+\-Z]*)?\s*$")


@lru_cache(maxsize=4096)
def _parse_published_str(s: str) -> Published | None:
    s = normalize(s).strip()
    if not s:
        return None
    m = _PUB.match(s)
    if not m:
        raise ValueError(f"publication date {s!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    y, mo, d = (int(g) if g else None for g in m.groups())
    if mo is not None and not 1 <= mo <= 12:
        raise ValueError(f"publication date {s!r}: no month {mo}")
    if d is not None:
        date(y, mo, d)  # raises ValueError for 2024-02-31
    return Published(y, mo, d)


def parse_published(value: Any) -> Published | None:
    """Read a publication date: ``'2024'``, ``'2024-05'``, ``'2024-05-26'``, a date or None.

    Returns:
        A :class:`Published`, or None when the value is empty.

    Raises:
        ValueError: the value is not a date.
    """
    if value is None or isinstance(value, Published):
        return value
    if isinstance(value, (datetime, date)):  # pandas Timestamp is a datetime
        return Published(value.year, value.month, value.day)
    if not isinstance(value, str):
        if pd.api.types.is_scalar(value) and pd.isna(value):
            return None
        raise TypeError(f"publication date must be a string or a date, not {type(value).__name__}")
    return _parse_published_str(value)


# --------------------------------------------------------------------------- resolution


def _shift_month(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _valid_day(y: int, m: int, d: int) -> bool:
    return 1 <= m <= 12 and 1 <= d <= calendar.monthrange(y, m)[1]


def _near_year(month: int, pub: Published) -> int:
    """Year of a yearless month: within 8 months before to 3 after publication."""
    diff = month - pub.month
    return pub.year - 1 if diff > 3 else pub.year + 1 if diff < -8 else pub.year


def _season_interval(season: str, year: int) -> str:
    a, b = _lexicon().season_months[season]
    return f"{_iso_month(year, a)}/{_iso_month(year + (b < a), b)}"


def _period_interval(part: str, year: int) -> str:
    if part in _SEASONS:
        return _season_interval(part, year)
    if part.startswith("H"):
        a = 1 if part == "H1" else 7
        return f"{_iso_month(year, a)}/{_iso_month(year, a + 5)}"
    q = int(part[1])
    return f"{_iso_month(year, 3 * q - 2)}/{_iso_month(year, 3 * q)}"


def _resolve_last(unit: str, n: int, pub: Published) -> str:
    if unit == "year":
        return f"{pub.year - n:04d}/{pub.year:04d}"
    if unit == "month":
        if pub.month is None:
            return ""
        return f"{_iso_month(*_shift_month(pub.year, pub.month, -n))}/{_iso_month(pub.year, pub.month)}"
    d = pub.date()
    if d is None:
        return ""
    days = n * 7 if unit == "week" else n
    return f"{(d - timedelta(days=days)).isoformat()}/{d.isoformat()}"


def _resolve_day_rel(rel: str, pub: Published) -> str:
    unit, n = rel.split(":")
    d = pub.date()
    if d is None:
        return ""
    if unit == "day":
        return (d + timedelta(days=int(n))).isoformat()
    y, w, _ = (d + timedelta(weeks=int(n))).isocalendar()
    return f"{y:04d}-W{w:02d}"


def _resolve_weekday(weekday: int, rel: str, pub: Published) -> str:
    d = pub.date()
    if d is None:
        return ""
    if rel == "next":
        return (d + timedelta(days=(weekday - d.weekday() - 1) % 7 + 1)).isoformat()
    back = (d.weekday() - weekday) % 7
    if rel == "prev" and back == 0:
        back = 7
    return (d - timedelta(days=back)).isoformat()


def _season_year(season: str, rel: str, pub: Published) -> int | None:
    """Year of this/last/next summer (winter ``Y`` runs from December ``Y``)."""
    a, b = _lexicon().season_months[season]
    wraps = b < a
    if rel == "this" and not wraps:
        return pub.year
    if pub.month is None:
        return None
    if rel == "this":
        return pub.year - 1 if pub.month <= b else pub.year
    if rel == "prev":  # the latest season that ended before the publication month
        return (pub.year if pub.month > b else pub.year - 1) - wraps
    return pub.year if pub.month < a else pub.year + 1


def _resolve_year(mention: Mapping[str, Any], pub: Published | None) -> int | None:
    """The year a mention is in, or None when it cannot be known."""
    year, month, part = mention.get("year"), mention.get("month"), mention.get("part") or ""
    rel = mention.get("rel") or ""
    if year is not None and not pd.isna(year):
        return int(year)
    if pub is None:
        return None
    if rel.startswith("year:"):
        return pub.year + int(rel.split(":")[1])
    if rel == "new_year":
        return pub.year + (1 if pub.month and pub.month >= 11 else 0)
    if part in _SEASONS and rel in ("this", "prev", "next"):
        return _season_year(part, rel, pub)
    if month is None or pd.isna(month) or pub.month is None:
        return None
    month = int(month)
    if rel == "prev":
        return pub.year if month < pub.month else pub.year - 1
    if rel == "next":
        return pub.year if month > pub.month else pub.year + 1
    if rel == "this":
        return pub.year
    return _near_year(month, pub)


def _resolve_hijri(mention: Mapping[str, Any], pub: Published | None) -> str:
    """A Hijri date as a Gregorian day, or a Gregorian interval of days for a Hijri month or year.

    A Hijri day or month without a year takes the Hijri year that puts it between
    8 months before and 3 months after publication, as a Gregorian one does.
    """
    def given(k):
        v = mention.get(k)
        return None if v is None or pd.isna(v) else int(v)

    year, month, day = given("year"), given("month"), given("day")
    if year is None:
        if month is None or pub is None or pub.month is None:
            return ""
        here = hijri.hijri_month_of(pub.date() or date(pub.year, pub.month, 15))
        if here is None:
            return ""
        diff = month - here[1]
        year = here[0] - 1 if diff > 3 else here[0] + 1 if diff < -8 else here[0]
    if mention.get("kind") == "year" or month is None:
        return hijri.interval(year)
    if mention.get("kind") == "month" or day is None:
        return hijri.interval(year, month)
    g = hijri.to_gregorian(year, month, day)
    return g.isoformat() if g else ""


def resolve_relative(mention: Mapping[str, Any], published: Any = None) -> str:
    """ISO-8601 date or period a mention refers to, given the publication date.

    Args:
        mention: a dict from :func:`find_dates` (uses ``kind, year, month, day,
            part, rel, weekday``).
        published: the article's publication date (``'2024'``, ``'2024-05'``,
            ``'2024-05-26'``, a date, a :class:`Published` or None).

    Returns:
        ``'2024'``, ``'2024-05'``, ``'2024-05-26'``, ``'2025-W06'`` or an interval
        ``'2024-06/2024-08'``; ``''`` when it cannot be resolved without guessing.
    """
    pub = parse_published(published)
    if mention.get("calendar") == "hijri":
        return _resolve_hijri(mention, pub)
    if mention.get("fiscal"):
        return ""  # a company's fiscal year need not be the calendar year
    rel = mention.get("rel") or ""
    kind = mention.get("kind")
    part = mention.get("part") or ""
    if rel.startswith(("day:", "week:")):
        return _resolve_day_rel(rel, pub) if pub else ""
    if rel.startswith("last:"):
        _, unit, n = rel.split(":")
        return _resolve_last(unit, int(n), pub) if pub else ""
    if mention.get("weekday") is not None:
        return _resolve_weekday(int(mention["weekday"]), rel, pub) if pub else ""
    if rel.startswith("month:"):
        if pub is None or pub.month is None:
            return ""
        return _iso_month(*_shift_month(pub.year, pub.month, int(rel.split(":")[1])))
    year = _resolve_year(mention, pub)
    if year is None:
        return ""
    if part in _SEASONS or part[:1] in ("H", "Q"):
        return _period_interval(part, year)
    if kind == "year":
        return f"{year:04d}"
    month = int(mention["month"])
    if kind == "month":
        return _iso_month(year, month)
    day = int(mention["day"])
    return f"{_iso_month(year, month)}-{day:02d}" if _valid_day(year, month, day) else ""


# --------------------------------------------------------------------------- finding


_PREV = re.compile(r"(\S+)\s*$")
_RANGE = re.compile(r"[^\S\n]*[-–][^\S\n]*([12]\d{3})(?!\d)(?![.,]\d)")
_LINK = re.compile(r"^[\s(،,]*(?:الموافق)?[\s(،,]*$")


def _word_before(text: str, pos: int) -> str:
    """The normalized word before ``pos`` (a word start), or ``(``; و/ف are dropped from cue words."""
    if pos > 0 and text[pos - 1] == "(":
        return "("
    # The last run of non-spaces in the 40 characters before pos, followed by spaces only:
    # what ``_PREV.search(text, max(0, pos - 40), pos)`` finds, without its retries at
    # every position of the window (str.rstrip/rsplit split at the same spaces as \s).
    head = text[max(0, pos - 40):pos].rstrip()
    if not head:
        return ""
    w = head.rsplit(None, 1)[-1]
    if w.endswith("("):
        return "("
    w = w.strip("\"'«»“”,،.:;؛-")
    lex = _lexicon()
    if w not in lex.cues and w[:1] in "وف" and w[1:] in lex.cues:
        w = w[1:]
    return w


def _year_expr(ye: str) -> tuple[int | None, str, bool]:
    """Parse a matched year expression → (year, rel, has_noun)."""
    lex = _lexicon()
    toks = ye.split()
    digits = next((t for t in toks if t.isdigit()), None)
    if digits is not None:
        return int(digits), "", _key(toks[0]) in lex.year_nouns
    key = _key(ye)
    if key in lex.new_year:
        return None, "new_year", True
    if toks[0] in lex.this:
        return None, "year:0", True
    if len(toks) > 1 and toks[-1] in lex.rel_of:
        return None, f"year:{lex.rel_of[toks[-1]]:+d}".replace("+0", "0"), True
    return None, "year:0", True  # bare العام after a part word: the current year


def _month(m: re.Match, p: str) -> int:
    return _lexicon().month_of[_key(m.group(p + "mon"))]


def _rel_word(word: str | None) -> str:
    if not word:
        return ""
    return {-1: "prev", 0: "this", 1: "next"}[_lexicon().rel_of[word]]


def _new(kind: str, year=None, month=None, day=None, part="", rel="", weekday=None,
         calendar_="gregorian") -> dict:
    return {"kind": kind, "year": year, "month": month, "day": day, "part": part,
            "rel": rel, "weekday": weekday, "calendar": calendar_}


def _from_num(m: re.Match, text: str) -> dict | None:
    nums = [int(x) for x in re.split(r"[-/.]", m.group("num"))]
    if nums[0] > 31:
        y, mo, d = nums
    else:
        d, mo, y = nums
        if mo > 12 and d <= 12:  # month/day/year, as in translated English text
            d, mo = mo, d
    suffix = _lexicon().hijri.match(text, m.end())
    if suffix:  # 1446/09/15 هـ
        if not (1 <= mo <= 12 and 1 <= d <= 30 and hijri.convertible(y)):
            return None
        return {**_new("day", y, mo, d, calendar_="hijri"), "end": suffix.end()}
    return _new("day", y, mo, d) if _valid_day(y, mo, d) else None


def _hijri_year(m: re.Match, p: str) -> int | None | bool:
    """The Hijri year of a match (None when absent); False when it is no year: beyond the
    tables and without هـ (``15 رمضان 1200`` is a count, not a date)."""
    if not m.group(p + "y"):
        return None
    year = int(m.group(p + "y"))
    return year if m.group(p + "suf") or hijri.convertible(year) else False


def _from_hd(m: re.Match) -> dict | None:
    lex = _lexicon()
    d, mo = int(m.group("hd_d")), lex.hijri_month_of[_key(m.group("hd_mon"))]
    year = _hijri_year(m, "hd_")
    if year is False or not 1 <= d <= 30:
        return None
    if year is None and _key(m.group("hd_mon")) in lex.hijri_needs_year:
        return None  # «3 صفر» is a score
    return _new("day", year, mo, d, calendar_="hijri")


def _from_hm(m: re.Match) -> dict | None:
    lex = _lexicon()
    year = _hijri_year(m, "hm_")
    if not year:
        return None
    part = lex.part_of[_key(m.group("hm_part"))] if m.group("hm_part") else ""
    return _new("month", year, lex.hijri_month_of[_key(m.group("hm_mon"))], part=part, calendar_="hijri")


def _from_hy(m: re.Match) -> dict:
    part = _lexicon().part_of[_key(m.group("hy_part"))] if m.group("hy_part") else ""
    return _new("year", int(m.group("hy_y")), part=part, calendar_="hijri")


def _from_latin(m: re.Match) -> dict | None:
    """``March 28, 2025``, ``28 March 2025``, ``Mar. 2025``, ``1er mars 2025``."""
    p = m.lastgroup + "_"
    mo = _lexicon().latin_month_of[m.group(p + "mon").rstrip(".").lower()]
    year = int(m.group(p + "y")) if m.group(p + "y") else None
    if p == "lmy_":
        return _new("month", year, mo)
    d = int(m.group(p + "d"))
    return _new("day", year, mo, d) if _valid_day(2000 if year is None else year, mo, d) else None


def _from_dm(m: re.Match) -> dict | None:
    d, mo = int(m.group("dm_d")), _month(m, "dm_")
    year, rel = None, _rel_word(m.group("dm_rel"))
    if m.group("dm_ye"):
        year, rel, _ = _year_expr(m.group("dm_ye"))
    if not _valid_day(2000 if year is None else year, mo, d):  # 2000 is leap: 29 Feb allowed
        return None
    return _new("day", year, mo, d, rel=rel)


def _from_od(m: re.Match, start: int, text: str) -> dict | None:
    """``في الخامس من ديسمبر``: an ordinal day after a cue word, a day noun or a weekday.

    After any other word the ordinal counts something else (``الأسبوع الأول من مارس``,
    ``النصف الثاني من مايو``): then only the month is a date, as it is after من.
    """
    lex = _lexicon()
    mo = _month(m, "od_")
    year, rel = None, _rel_word(m.group("od_rel"))
    if m.group("od_ye"):
        year, rel, _ = _year_expr(m.group("od_ye"))
    before = _word_before(text, start)
    if m.group("od_noun") or before in lex.month_cues or before in lex.weekday_of or before in ("(", ""):
        d = lex.day_ordinal_of[_key(m.group("od_d"))]
        if not _valid_day(2000 if year is None else year, mo, d):
            return None
        return _new("day", year, mo, d, rel=rel)
    if year is None and not rel and _key(m.group("od_mon")) in lex.needs_context:
        return None
    return {**_new("month", year, mo, rel=rel), "start": m.start("od_mon")}


def _joined(prev: dict | None, kind: str, start: int, text: str) -> bool:
    """Whether a date of ``kind`` ends just before ``start``, a joiner between (بين أبريل ويونيو).

    ``start`` is that of the date's words, after an attached و (``ويونيو``).
    """
    return (
        prev is not None and prev["kind"] == kind and prev["calendar"] == "gregorian"
        and start - prev["end"] < 12 and _key(text[prev["end"]:start]) in _lexicon().joiners
    )


def _from_amd(m: re.Match) -> dict | None:
    """``فبراير 24, 2026``: month, day, comma, year."""
    y, mo, d = int(m.group("amd_y")), _month(m, "amd_"), int(m.group("amd_d"))
    return _new("day", y, mo, d) if _valid_day(y, mo, d) else None


def _from_my(m: re.Match, start: int, text: str, prev: dict | None = None) -> dict | None:
    lex = _lexicon()
    mo, name = _month(m, "my_"), _key(m.group("my_mon"))
    part = lex.part_of[_key(m.group("my_part"))] if m.group("my_part") else ""
    year, rel = None, _rel_word(m.group("my_rel"))
    if m.group("my_ye"):
        year, rel, _ = _year_expr(m.group("my_ye"))
    elif not rel:
        if name in lex.needs_context and not m.group("my_noun"):
            return None
        if not (part or m.group("my_noun") or _word_before(text, start) in lex.month_cues
                or _joined(prev, "month", m.start("my"), text)):
            return None
        shared = lex.month_pair.match(text, m.end())  # شهري سبتمبر وأكتوبر 2025: both in 2025
        if shared:
            year = int(shared.group(1))
    return _new("month", year, mo, part=part, rel=rel)


def _from_per(m: re.Match) -> dict:
    if m.group("per_q"):
        return _new("period", int(m.group("per_y")), part=m.group("per_q"))
    year, rel, _ = _year_expr(m.group("per_ye"))
    part = _lexicon().period_of[_key(m.group("per_p"))]
    return _fiscal(m.group("per_ye"), _new("period", year, part=part, rel=rel))


def _from_sea(m: re.Match) -> dict | None:
    season = _lexicon().season_of[_key(m.group("sea_s"))]
    if m.group("sea_ye"):
        year, rel, _ = _year_expr(m.group("sea_ye"))
        return _new("season", year, part=season, rel=rel)
    rel = "this" if m.group("sea_this") else _rel_word(m.group("sea_rel"))
    return _new("season", part=season, rel=rel) if rel else None


def _from_yr(m: re.Match, start: int, text: str, prev: dict | None) -> dict | None:
    lex = _lexicon()
    part = lex.part_of[_key(m.group("yr_part"))] if m.group("yr_part") else ""
    year, rel, noun = _year_expr(m.group("yr_pye") or m.group("yr_ye"))
    if year is not None and not (part or noun):
        if not 1900 <= year <= 2100 or lex.blocker.match(text, m.end()):
            return None
        pair = lex.year_pair.match(text, m.end())
        if pair is not None and lex.blocker.match(text, pair.end()):
            return None  # «من 2000 إلى 2050 نقطة»: the low end of an amount
        before = _word_before(text, start)
        parens = before == "(" and text[m.end():m.end() + 2].lstrip()[:1] == ")"
        joined = (
            prev is not None and prev["kind"] == "year" and prev["year"] is not None
            and start - prev["end"] < 12 and _key(text[prev["end"]:start]) in lex.joiners
        )
        ranged = _RANGE.match(text, m.end())  # خطة 2025-2027: a range of years
        ranged = ranged is not None and year < int(ranged.group(1)) <= 2100
        if not (parens or joined or ranged or before in lex.year_cues or _pair(text, m.end(), year)):
            return None
    return _fiscal(m.group("yr_pye") or m.group("yr_ye"), _new("year", year, part=part, rel=rel))


def _pair(text: str, end: int, year: int) -> bool:
    """Whether a later year (to 2100), not an amount, follows ``end`` after a joiner:
    ``بين 2020 و2025``, ``2023 و2024``, ``من 2023 وحتى نهاية 2025``."""
    lex = _lexicon()
    m = lex.year_pair.match(text, end)
    return m is not None and year < int(m.group(1)) <= 2100 and not lex.blocker.match(text, m.end())


def _fiscal(ye: str, mention: dict) -> dict:
    """Mark a mention of a fiscal year (السنة المالية 2026): its dates are not the calendar's."""
    if not _lexicon().fiscal.isdisjoint(ye.split()):
        mention["fiscal"] = True
    return mention


def _from_mo(m: re.Match) -> dict | None:
    lex = _lexicon()
    part = lex.part_of[_key(m.group("mo_part"))] if m.group("mo_part") else ""
    if m.group("mo_bare") and not part:
        return None
    n = lex.rel_of[m.group("mo_rel")] if m.group("mo_rel") else 0
    return _new("month", part=part, rel=f"month:{n}")


def _from_wk(m: re.Match) -> dict:
    n = _lexicon().rel_of[m.group("wk_rel")] if m.group("wk_rel") else 0
    return _new("week", rel=f"week:{n}")


def _count(m: re.Match, num: str, unit_word: str) -> tuple[str, int | None]:
    lex = _lexicon()
    unit, n = lex.unit_of[_key(unit_word)]
    given = m.group(num)
    if given:
        n = int(given) if given.isdigit() else lex.number_of[_key(given)]
    return unit, n


def _from_ago(m: re.Match) -> dict | None:
    unit, n = _count(m, "ago_n", m.group("ago_u"))
    if not n:
        return None  # قبل أيام, منذ سنوات: vague
    if unit in ("year", "month"):
        return _new(unit, rel=f"{unit}:{-n}")
    return _new("day", rel=f"day:{-n * (7 if unit == 'week' else 1)}")


def _from_last(m: re.Match) -> dict | None:
    if m.group("last_u2"):
        unit, n = _count(m, "last_n2", m.group("last_u2"))
    else:
        unit, n = _count(m, "last_n", m.group("last_two") or m.group("last_many"))
    return _new("period", rel=f"last:{unit}:{n}") if n else None


def _from_wd(m: re.Match) -> dict | None:
    rel = _rel_word(m.group("wd_rel"))
    if not (m.group("wd_yawm") or rel):
        return None
    return _new("day", rel="" if rel == "this" else rel, weekday=_lexicon().weekday_of[_key(m.group("wd_d"))])


def _from_yd(m: re.Match) -> dict:
    return _new("day", rel="day:-2" if m.group("yd2") else "day:-1")


def _mention(m: re.Match, start: int, text: str, prev: dict | None) -> dict | None:
    branch = m.lastgroup
    if branch == "num":
        return _from_num(m, text)
    if branch == "my":
        return _from_my(m, start, text, prev)
    if branch == "od":
        return _from_od(m, start, text)
    if branch == "yr":
        return _from_yr(m, start, text, prev)
    return _FROM_MATCH[branch](m)


# The reader of each other branch (a table made once, not at every match).
_FROM_MATCH = {
    "hd": _from_hd, "hm": _from_hm, "hy": _from_hy, "lmd": _from_latin, "ldm": _from_latin, "lmy": _from_latin,
    "dm": _from_dm, "amd": _from_amd, "per": _from_per, "sea": _from_sea, "mo": _from_mo, "wk": _from_wk,
    "ago": _from_ago, "last": _from_last, "wd": _from_wd, "yd": _from_yd,
}


def _dates(text: str, lex: _Lexicon) -> Iterator[tuple[re.Match, int]]:
    r"""The matches of ``lex.pattern.finditer(text)``, each with its start, found faster.

    A date starts at the text's start or after a non-word character. ``lex.scan`` is
    that character followed by ``lex.pattern``: it begins with a class, so ``re``
    skips in C to the characters that can precede a date, where ``lex.pattern`` alone
    is tried at every position. A match of ``lex.scan`` at p is one of ``lex.pattern``
    at p + 1. Leftmost first, as ``finditer``: a date ends before a non-word character
    (its ``(?!\w)``) and starts with a word character, so the next one starts at least
    one character after the last one's end, and scanning from that end finds it.
    """
    pos = 0
    m = lex.pattern.match(text)
    if m is not None:
        yield m, 0
        pos = m.end()
    for m in lex.scan.finditer(text, pos):
        yield m, m.start() + 1


def find_dates(text: str, published: Any = None) -> list[dict]:
    """Date mentions in *normalized* text, in order.

    Args:
        text: normalized text (see :func:`analysis.normalize.normalize`).
        published: the publication date used to resolve relative dates.

    Returns:
        Dicts with ``start, end, surface`` (offsets into ``text``), ``kind, year,
        month, day, part, relative, resolved, cue`` (see the module docstring),
        and, for :func:`resolve_relative`, ``rel`` (``''``, ``'year:-1'``,
        ``'month:-1'``, ``'day:-1'``, ``'week:0'``, ``'last:week:2'``, ``'prev'``,
        ``'next'``, ``'this'``, ``'new_year'``) and ``weekday`` (0 = Monday); ``fiscal``
        (True) marks a fiscal year, left unresolved.
    """
    if not isinstance(text, str):
        raise TypeError(f"find_dates() takes a str, not {type(text).__name__}")
    lex = _lexicon()
    pub = parse_published(published)
    out: list[dict] = []
    for m, at in _dates(text, lex):
        men = _mention(m, at, text, out[-1] if out else None)
        if men is None:
            continue
        end = men.pop("end", m.end())
        if men["calendar"] != "hijri" and men["year"] is not None and lex.hijri.match(text, end):
            continue  # a Hijri year read as a Gregorian one
        start = men.pop("start", None)  # a reader may keep only the end of its match
        if start is None:
            start = m.start(m.lastgroup)
        else:
            at = start
        men.update(start=start, end=end, surface=text[start:end],
                   relative=bool(men["rel"]) or men["weekday"] is not None, cue=_word_before(text, at))
        men["cue"] = lex.cues.get(men["cue"], "")
        men["resolved"] = resolve_relative(men, pub)
        out.append(men)
    _link_weekdays(text, out)
    return out


def _link_weekdays(text: str, mentions: list[dict]) -> None:
    """``يوم الاثنين (10 فبراير)``: the weekday takes the date next to it, if they agree."""
    for a, b in pairwise(mentions):
        if a["weekday"] is None or b["kind"] != "day" or b["weekday"] is not None:
            continue
        if not b["resolved"] or "/" in b["resolved"] or not _LINK.match(text[a["end"]:b["start"]]):
            continue
        if date.fromisoformat(b["resolved"]).weekday() == a["weekday"]:
            a["resolved"] = b["resolved"]


# --------------------------------------------------------------------------- corpus


def _sentence_of(text: str, a: int, b: int, cache: dict) -> tuple[int, int]:
    """The sentence of ``text`` holding ``[a, b)``, split one line at a time.

    A line break always ends a sentence, so splitting only the mention's line
    gives the spans :func:`sentence_spans` gives for the whole text, for less work.
    """
    breaks = cache.get("breaks")
    if breaks is None:
        breaks = cache["breaks"] = [m.start() for m in re.finditer("\n", text)]
    i = bisect_right(breaks, a)
    lo = breaks[i - 1] + 1 if i else 0
    hi = breaks[i] if i < len(breaks) else len(text)
    spans = cache.get(lo)
    if spans is None:
        spans = cache[lo] = [(lo + s, lo + e) for s, e in sentence_spans(text[lo:hi])]
    j = bisect_right(spans, (a, len(text) + 1)) - 1
    if j >= 0 and spans[j][0] <= a and b <= spans[j][1]:
        return spans[j]
    return a, b


def _sentence_in(spans: list[tuple[int, int]], a: int, b: int) -> tuple[int, int]:
    """The span of ``spans`` (all sentences of a text) holding ``[a, b)``, as :func:`_sentence_of`."""
    j = bisect_right(spans, (a, math.inf)) - 1
    if j >= 0 and spans[j][0] <= a and b <= spans[j][1]:
        return spans[j]
    return a, b


def _article_rows(raw: str, spans, published: Any, article_id, art: ArticleText | None = None) -> list[dict]:
    """Rows of one article; ``art`` is the article already prepared with the same ``spans``."""
    if art is None:
        masked = mask_spans(raw, spans) if spans else raw
        norm = normalize_with_offsets(masked)
    else:
        norm = art.norm
    rows, cache = [], {}
    for men in find_dates(norm.text, published):
        a, b = norm.raw_span(men["start"], men["end"])
        s0, s1 = _sentence_of(masked, a, b, cache) if art is None else _sentence_in(art.sentences, a, b)
        sentence = cache.get((s0, s1))
        if sentence is None:  # one string per sentence, shared by its mentions
            sentence = cache[(s0, s1)] = raw[s0:s1]
        rows.append({
            "article_id": article_id, "start": a, "end": b, "surface": raw[a:b],
            "kind": men["kind"], "year": men["year"], "month": men["month"], "day": men["day"],
            "calendar": men["calendar"], "part": men["part"], "relative": men["relative"], "resolved": men["resolved"],
            "cue": men["cue"], "sentence": sentence, "sentence_start": s0, "sentence_end": s1,
        })
    return rows


def _published_of(row: Mapping[str, Any], default: Any, article_id) -> Published | None:
    value = row.get("published")
    try:
        pub = parse_published(value) if isinstance(value, (str, date)) and value != "" else None
    except ValueError as exc:
        warnings.warn(f"{article_id}: {exc}; its relative dates are left unresolved", DateWarning, stacklevel=3)
        return None
    return pub if pub is not None else parse_published(default)


def extract_dates(corpus: pd.DataFrame | str, published: Any = None,
                  texts: Iterable[ArticleText] | None = None) -> pd.DataFrame:
    """One row per date mention, with raw offsets and resolved ISO dates.

    Args:
        corpus: a DataFrame from :func:`analysis.load_corpus` (uses ``article_id,
            raw``, and ``boilerplate`` and ``published`` when present), or one raw
            text (then ``article_id`` is None).
        published: publication date for a text, or for articles whose catalog
            date is empty.
        texts: the corpus's articles already prepared by
            :func:`analysis.mentions.article_texts` (one per row, in order), so that
            several extractors share one normalization. One is used only when its
            blanked spans are those this function blanks (the corpus's ``boilerplate``
            list; none for a str or a corpus without that column); otherwise that
            article is prepared here, so the result never depends on ``texts``.

    Returns:
        A DataFrame with the columns in ``COLUMNS``: ``raw[start:end] == surface``;
        ``year, month, day`` are nullable ``Int64``.
    """
    rows: list[dict] = []
    prepared = iter(texts) if texts is not None else None

    def shared(raw: str, spans) -> ArticleText | None:
        art = next(prepared, None) if prepared is not None else None
        if art is not None and art.raw is not raw and art.raw != raw:
            raise ValueError("texts= does not match the corpus rows (prepare them with article_texts(corpus))")
        return art if art is not None and art.boilerplate == list(spans or []) else None

    if isinstance(corpus, str):
        rows = _article_rows(corpus, None, parse_published(published), None, shared(corpus, None))
    elif isinstance(corpus, pd.DataFrame):
        default = parse_published(published)
        has_bp = "boilerplate" in corpus.columns
        n = len(corpus)

        def column(name: str) -> list:  # only the columns read here, not a dict of every column per row
            return corpus[name].tolist() if name in corpus.columns else [None] * n

        for aid, raw, bp, pub in zip(column("article_id"), corpus["raw"].tolist(), column("boilerplate"),
                                     column("published")):
            spans = bp if has_bp and isinstance(bp, list) else None
            art = shared(raw, spans)
            rows.extend(_article_rows(raw, spans, _published_of({"published": pub}, default, aid), aid, art))
    else:
        raise TypeError(f"extract_dates() takes a corpus DataFrame or a str, not {type(corpus).__name__}")
    with python_strings():  # mentions of one sentence share its string
        df = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("year", "month", "day"):
        df[col] = df[col].astype("Int64")
    for col in ("start", "end", "sentence_start", "sentence_end"):
        df[col] = df[col].astype("int64")
    df["relative"] = df["relative"].astype(bool)
    return df
