"""Words for readers: amounts, dates, roles, sectors and names in Arabic or English.

Notebooks state numbers only through these functions, fed from the facts table, so
no figure is typed by hand. Month and currency words come from the data files the
extractors read (``months.json``, ``currencies.json``); role and sector names from
``labels.json``.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from analysis.extract.entities import display_name

_DATA = Path(__file__).resolve().parents[1] / "data"

_SCALES = [
    (1e12, ("تريليون", "تريليونات", "تريليوني"), "tn"),
    (1e9, ("مليار", "مليارات", "ملياري"), "bn"),
    (1e6, ("مليون", "ملايين", "مليوني"), "m"),
    (1e3, ("ألف", "آلاف", "ألفي"), "k"),
]


def _number(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def _scaled(value: float) -> tuple[float, tuple[str, str, str], str, float]:
    """``value`` on its scale: (number, Arabic words one/plural/dual, English suffix, scale)."""
    for scale, words, short in _SCALES:
        if abs(value) >= scale:
            return value / scale, words, short, scale
    return value, ("", "", ""), "", 1


def _count_ar(n: float, words: tuple[str, str, str]) -> str:
    """A number and its scale word with Arabic agreement: 1 → مليار، 2 → ملياري، 3–10 →
    3 مليارات، otherwise 65.5 مليار; the bare number below a thousand."""
    one, plural, dual = words
    if not one:
        return _number(n)
    if n == 1:
        return one
    if n == 2:
        return dual
    if float(n).is_integer() and 3 <= n <= 10:
        return f"{_number(n)} {plural}"
    return f"{_number(n)} {one}"


def format_amount(value: float | None, currency: str = "USD", lang: str = "ar",
                  qualifier: str | None = None, value_max: float | None = None) -> str:
    """``6e9`` → «6 مليارات دولار» (ar) or ``$6bn`` (en), with the qualifier in words.

    Arabic agreement: 1 → مليار، 2 → ملياري، 3–10 → مليارات، otherwise مليار.
    A missing value reads «مبلغ غير محدد» / "an unstated sum". A range (``value_max``
    above ``value``) reads «بين 65.5 و109.4 مليار دولار» / "$65.5–109.4bn" (both ends
    on one scale), «بين 800 مليون و1.2 مليار دولار» / "$800m–1.2bn" (two scales).
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "مبلغ غير محدد" if lang == "ar" else "an unstated sum"
    shown = _data("currencies.json")["display"].get(currency, {})
    word, symbol = shown.get("ar", currency), shown.get("en", currency + " ")
    n, words, short, scale = _scaled(value)
    top = None if missing(value_max) or float(value_max) <= value else float(value_max)
    if top is None:
        text = f"{_count_ar(n, words)} {word}" if lang == "ar" else f"{symbol}{_number(n)}{short}"
    else:
        n_top, words_top, short_top, scale_top = _scaled(top)
        if lang == "ar":
            same = scale == scale_top and n not in (1, 2)  # «بين 65.5 و109.4 مليار»: the word once
            low = _number(n) if same else _count_ar(n, words)
            text = f"بين {low} و{_count_ar(n_top, words_top)} {word}"
        else:
            low = _number(n) if scale == scale_top else f"{_number(n)}{short}"
            text = f"{symbol}{low}–{_number(n_top)}{short_top}"
    q = qualifier_words(qualifier, lang)
    if q and top is not None and lang == "ar" and qualifier == "approx":
        return text.replace("بين ", f"بين {q} ", 1)  # «بين نحو 90 و92 مليار دولار», not «نحو بين …»
    return f"{q} {text}" if q else text


_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def format_period(iso: str | None, lang: str = "ar") -> str:
    """``2024-05`` → «مايو 2024» / "May 2024"; ``2024-05-26`` → «26 مايو 2024».

    Words, not ISO strings, in prose and charts: inside Arabic text the bidi
    algorithm shows ``2024-05`` as ``05-2024``.
    """
    if missing(iso):
        return ""
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(iso).strip())
    if not m:
        return str(iso)
    year, month, day = m.groups()
    if not month:
        return year
    months = _data("months.json")
    name = months["english"][int(month) - 1] if lang == "en" else months["months"][str(int(month))][0]
    if not day:
        return f"{name} {year}"
    return f"{int(day)} {name} {year}" if lang != "en" else f"{name} {int(day)}, {year}"


def publisher_name(publisher: str, lang: str = "ar") -> str:
    """The reader's-language part of a catalog publisher such as «القاهرة الإخبارية (Al Qahera News)»."""
    if missing(publisher):
        return ""
    m = re.fullmatch(r"\s*(.+?)\s*\((.+)\)\s*", str(publisher or ""))
    if not m:
        return str(publisher or "")
    parts = [m.group(1), m.group(2)]
    arabic = [p for p in parts if _ARABIC_LETTER.search(p)]
    latin = [p for p in parts if not _ARABIC_LETTER.search(p)]
    if lang == "ar" and arabic:
        return arabic[0]
    if lang != "ar" and latin and latin[0] == parts[0]:
        return latin[0]
    if lang != "ar" and latin:
        return latin[0]
    return parts[0]


def qualifier_words(qualifier: str | None, lang: str = "ar") -> str:
    """``up_to`` → «حتى» / "up to"; empty for no qualifier."""
    return _data("labels.json")["qualifiers"].get(qualifier or "", {}).get(lang, "")


@cache
def _data(name: str) -> dict:
    return json.loads((_DATA / name).read_text(encoding="utf-8"))


def role_name(role: str, lang: str = "ar") -> str:
    """A role code in the reader's language (``raise`` → «جمع تمويل»)."""
    return _data("labels.json")["roles"].get(role, {}).get(lang, role)


def arrow(lang: str = "ar") -> str:
    """The arrow from payer to recipient in the reader's direction: «←» in Arabic (read
    right to left, the payer first), "→" in English."""
    return _data("labels.json")["arrow"]["en" if lang == "en" else "ar"]


def sector_name(sector: str, lang: str = "ar") -> str:
    """A sector code in the reader's language (``venture`` → «رأس المال الاستثماري»)."""
    return _data("labels.json")["sectors"].get(sector, {}).get(lang, sector)


def name(name_en: str, lang: str = "ar") -> str:
    """An entity's name in the reader's language (the gazetteer's Arabic name in ``ar``)."""
    return display_name(name_en, lang)


def unknown(lang: str = "ar") -> str:
    """What a missing value reads as: «غير معروف» / "unknown" (never ``nan`` or empty)."""
    return _data("labels.json")["unknown"]["en" if lang == "en" else "ar"]


def column_name(column: str, lang: str = "ar") -> str:
    """A table column's header in the reader's language (``payer`` → «الدافع»)."""
    return _data("labels.json")["columns"].get(column, {}).get(lang, column)


def missing(value) -> bool:
    """True for None, NaN, NA and blank strings."""
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip() or value.strip().lower() in ("nan", "none", "<na>")
    try:
        return bool(value != value)  # NaN, NA
    except (TypeError, ValueError):
        return False


@cache
def _title_rules() -> tuple[re.Pattern, list[re.Pattern], int, re.Pattern, re.Pattern]:
    rules = _data("labels.json")["title_lines"]
    months = sorted({m for names in _data("months.json")["months"].values() for m in names}, key=len, reverse=True)
    return (re.compile(rules["stamp"], re.IGNORECASE),
            [re.compile(p, re.IGNORECASE) for p in rules["not_titles"]],
            int(rules["min_words"]),
            re.compile(r"[\u0621-\u064a]{%d,}" % int(rules["glued_letters"])),
            re.compile("|".join(re.escape(m) for m in months)))


_WORD = re.compile(r"[^\W\d_]{2,}")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u0671-\u06d3]{2,}")


def headline_line(raw: str, boilerplate=(), publisher: str | None = None) -> str:
    """The first line of ``raw`` that reads like a headline, "" when none does.

    A line is skipped when the boilerplate data marks it as furniture (``boilerplate``:
    spans of ``raw``), when it is a byline («كتب: …»), when fewer than ``min_words`` words
    are left once month names and numbers are left out (a date line, a section or a
    site name), when it is the publisher's name, or when it is a menu whose items lost
    their spaces (``labels.json`` → ``title_lines``). A date stamp a scraper put before
    the text («date 2026-01-29 …») and a leading dash or bullet are dropped. Words are counted in Arabic letters in an
    Arabic article (a line of Latin furniture is no Arabic headline), in any letters
    otherwise. ``raw`` itself is never changed.
    """
    stamp, not_titles, min_words, glued, months = _title_rules()
    text = str(raw or "")
    arabic = len(_ARABIC_LETTER.findall(text)) > len(re.findall(r"[A-Za-z]", text))
    words = _ARABIC_WORD if arabic else _WORD
    publishers = {" ".join(p.split()) for p in (str(publisher or ""), publisher_name(publisher or "", "ar"),
                                                  publisher_name(publisher or "", "en")) if p.strip()}
    pos = 0
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip() or any(s <= a + (len(line) - len(line.lstrip())) and b <= e for s, e in boilerplate):
            continue
        line = stamp.sub("", " ".join(line.split())).lstrip("-–—•·*|:؛، ")
        if (not line or any(p.search(line) for p in not_titles) or glued.search(line) or line in publishers
                or len(words.findall(months.sub(" ", line))) < min_words):
            continue
        return line
    return ""


def title_of(row, lang: str = "ar", width: int = 90) -> str:
    """An article's title: the catalog's; else its first line that reads like a headline
    (:func:`headline_line`), shortened; else «publisher، date»; else its id."""
    title = row.get("title")
    if not missing(title):
        return str(title)
    boiler = row.get("boilerplate")
    line = headline_line(str(row.get("raw") or ""), boiler if isinstance(boiler, list) else (),
                         None if missing(row.get("publisher")) else str(row.get("publisher")))
    if line:
        return line if len(line) <= width else line[: width - 1].rsplit(" ", 1)[0] + " …"
    if not (missing(row.get("publisher")) and missing(row.get("published"))):
        sep = "\u200f، " if lang == "ar" else ", "
        return f"{publisher_or_unknown(row.get('publisher'), lang)}{sep}{period_or_unknown(row.get('published'), lang)}"
    return str(row.get("article_id") or unknown(lang))


def publisher_or_unknown(publisher, lang: str = "ar") -> str:
    """:func:`publisher_name`, or «غير معروف» when the catalog does not say."""
    return unknown(lang) if missing(publisher) else (publisher_name(str(publisher), lang) or unknown(lang))


def period_or_unknown(iso, lang: str = "ar") -> str:
    """:func:`format_period`, or «غير معروف» when there is no date."""
    return unknown(lang) if missing(iso) else (format_period(str(iso), lang) or unknown(lang))


def sector_of(name_en: str) -> str:
    """The gazetteer sector of a name (``venture``, ``sovereign`` …); ``government`` for a
    government named by rule («Government of Saudi Arabia», which the gazetteer does not
    list); "" for any other name the gazetteer does not list."""
    from analysis.extract.entities import sectors
    from analysis.extract.governments import government_arabic_names

    sector = sectors().get(name_en, "")
    return sector or ("government" if name_en in government_arabic_names() else "")
