"""Words for readers: amounts in Arabic or English, citations, safe Markdown.

Notebooks state numbers only through these functions, fed from the facts table,
so no figure is typed by hand and article text never reaches HTML unescaped.
"""

from __future__ import annotations

import html
import math
import re

import pandas as pd

_SCALES = [
    (1e12, ("تريليون", "تريليونات", "تريليوني"), "tn"),
    (1e9, ("مليار", "مليارات", "ملياري"), "bn"),
    (1e6, ("مليون", "ملايين", "مليوني"), "m"),
    (1e3, ("ألف", "آلاف", "ألفي"), "k"),
]
_CURRENCY = {
    "USD": ("دولار", "$"),
    "EUR": ("يورو", "€"),
    "SAR": ("ريال سعودي", "SAR "),
    "AED": ("درهم إماراتي", "AED "),
    "EGP": ("جنيه مصري", "EGP "),
}
_QUALIFIER = {
    "ar": {"up_to": "حتى", "approx": "نحو", "more_than": "أكثر من", "at_least": "ما لا يقل عن"},
    "en": {"up_to": "up to", "approx": "about", "more_than": "more than", "at_least": "at least"},
}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~>])")


def _number(x: float) -> str:
    return f"{x:,.2f}".rstrip("0").rstrip(".")


def format_amount(value: float | None, currency: str = "USD", lang: str = "ar",
                  qualifier: str | None = None) -> str:
    """``6e9`` → «6 مليارات دولار» (ar) or ``$6bn`` (en), with the qualifier in words.

    Arabic agreement: 1 → مليار، 2 → ملياري، 3–10 → مليارات، otherwise مليار.
    A missing value reads «مبلغ غير محدد» / "an unstated sum".
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "مبلغ غير محدد" if lang == "ar" else "an unstated sum"
    word, symbol = _CURRENCY.get(currency, (currency, currency + " "))
    for scale, (one, plural, dual), short in _SCALES:
        if abs(value) >= scale:
            n = value / scale
            break
    else:
        scale, one, plural, dual, short, n = 1, "", "", "", "", value
    if lang == "ar":
        if scale == 1:
            text = f"{_number(n)} {word}"
        elif n == 1:
            text = f"{one} {word}"
        elif n == 2:
            text = f"{dual} {word}"
        elif float(n).is_integer() and 3 <= n <= 10:
            text = f"{_number(n)} {plural} {word}"
        else:
            text = f"{_number(n)} {one} {word}"
    else:
        text = f"{symbol}{_number(n)}{short}"
    q = qualifier_words(qualifier, lang)
    return f"{q} {text}" if q else text


_MONTHS = {
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
           "أكتوبر", "نوفمبر", "ديسمبر"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"],
}
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a]")


def format_period(iso: str | None, lang: str = "ar") -> str:
    """``2024-05`` → «مايو 2024» / "May 2024"; ``2024-05-26`` → «26 مايو 2024».

    Words, not ISO strings, in prose and charts: inside Arabic text the bidi
    algorithm shows ``2024-05`` as ``05-2024``.
    """
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(iso or "").strip())
    if not m:
        return str(iso or "")
    year, month, day = m.groups()
    if not month:
        return year
    name = _MONTHS["en" if lang == "en" else "ar"][int(month) - 1]
    if not day:
        return f"{name} {year}"
    return f"{int(day)} {name} {year}" if lang != "en" else f"{name} {int(day)}, {year}"


def publisher_name(publisher: str, lang: str = "ar") -> str:
    """The reader's-language part of a catalog publisher such as «القاهرة الإخبارية (Al Qahera News)»."""
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
    return _QUALIFIER.get(lang, {}).get(qualifier or "", "")


class Md(str):
    """Markdown that is already safe (built by this module): not escaped again."""


def md_escape(text: str) -> str:
    """Make untrusted text inert inside Markdown: HTML-escaped, Markdown marks escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=True)).replace("\n", " ")


def cite(row: pd.Series | dict, lang: str = "ar") -> str:
    """«(القاهرة الإخبارية، مايو 2024)»: publisher and date of a fact's article."""
    publisher = publisher_name(row.get("publisher") or "", lang) or str(row.get("article_id") or "?")
    published = format_period(row.get("published"), lang) or ("تاريخ غير معروف" if lang == "ar" else "date unknown")
    sep = "، " if lang == "ar" else ", "
    return Md(f"({md_escape(publisher)}{sep}{md_escape(published)})")


def quote(sentence: str) -> str:
    """A source sentence as a Markdown blockquote, escaped."""
    return "> " + md_escape(sentence.strip())
