"""Amounts in words, dates in words, citations and Markdown escaping."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.present.markdown import cite, md_escape, quote
from analysis.present.words import format_amount, format_period, publisher_name


@pytest.mark.parametrize(
    "value, lang, qualifier, expected",
    [
        (6e9, "ar", None, "6 مليارات دولار"),
        (45e9, "ar", None, "45 مليار دولار"),
        (1e9, "ar", None, "مليار دولار"),
        (2e9, "ar", None, "ملياري دولار"),
        (10e9, "ar", None, "10 مليارات دولار"),
        (97.4e9, "ar", "approx", "نحو 97.4 مليار دولار"),
        (800e6, "ar", None, "800 مليون دولار"),
        (2.5e12, "ar", None, "2.5 تريليون دولار"),
        (6e9, "en", "up_to", "up to $6bn"),
        (800e6, "en", None, "$800m"),
        (None, "ar", None, "مبلغ غير محدد"),
        (float("nan"), "en", None, "an unstated sum"),
    ],
)
def test_format_amount(value, lang, qualifier, expected):
    assert format_amount(value, "USD", lang, qualifier) == expected


def test_other_currencies_keep_their_name():
    assert format_amount(3e6, "SAR", "ar") == "3 ملايين ريال سعودي"
    assert format_amount(3e6, "EUR", "en") == "€3m"


@pytest.mark.parametrize(
    "iso, lang, expected",
    [("2024-05", "ar", "مايو 2024"), ("2025-02-10", "ar", "10 فبراير 2025"), ("2024", "ar", "2024"),
     ("2024-05", "en", "May 2024"), ("", "ar", ""), ("not a date", "ar", "not a date")],
)
def test_format_period(iso, lang, expected):
    assert format_period(iso, lang) == expected


def test_publisher_name_picks_the_readers_language():
    assert publisher_name("القاهرة الإخبارية (Al Qahera News)", "ar") == "القاهرة الإخبارية"
    assert publisher_name("القاهرة الإخبارية (Al Qahera News)", "en") == "Al Qahera News"
    assert publisher_name("Financial Times (Arabic translation)", "ar") == "Financial Times"
    assert publisher_name("Reuters", "ar") == "Reuters"


HOSTILE = [
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "[click](javascript:alert(1))",
    "<iframe src=//evil></iframe>",
    "**bold** _it_ `code` # heading",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_md_escape_leaves_no_tag_and_no_markdown_link(text):
    out = md_escape(text)
    assert "<" not in out and ">" not in out
    assert not re.search(r"(?<!\\)\]\(", out)  # no live [text](url)
    assert "\n" not in out


@given(st.text())
def test_md_escape_never_lets_a_tag_through(text):
    out = md_escape(text)
    assert "<" not in out and ">" not in out and "\n" not in out


def test_cite_and_quote_escape_article_fields():
    row = {"publisher": "<b>Evil</b>", "published": "2024-05", "article_id": "x"}
    assert cite(row, "ar") == "(&lt;b&gt;Evil&lt;/b&gt;، مايو 2024)"
    assert quote("<script>x</script>").startswith("> &lt;script&gt;")
