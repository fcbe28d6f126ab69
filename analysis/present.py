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


def qualifier_words(qualifier: str | None, lang: str = "ar") -> str:
    """``up_to`` → «حتى» / "up to"; empty for no qualifier."""
    return _QUALIFIER.get(lang, {}).get(qualifier or "", "")


def md_escape(text: str) -> str:
    """Make untrusted text inert inside Markdown: HTML-escaped, Markdown marks escaped."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(str(text), quote=True)).replace("\n", " ")


def cite(row: pd.Series | dict, lang: str = "ar") -> str:
    """«(القاهرة الإخبارية، 2024-05)»: publisher and date of a fact's article."""
    publisher = str(row.get("publisher") or row.get("article_id") or "?")
    published = str(row.get("published") or ("تاريخ غير معروف" if lang == "ar" else "date unknown"))
    sep = "، " if lang == "ar" else ", "
    return f"({md_escape(publisher)}{sep}{md_escape(published)})"


def quote(sentence: str) -> str:
    """A source sentence as a Markdown blockquote, escaped."""
    return "> " + md_escape(sentence.strip())
