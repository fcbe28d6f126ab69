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


@pytest.mark.parametrize(
    "value, value_max, lang, expected",
    [
        (65.5e9, 109.4e9, "ar", "بين 65.5 و109.4 مليار دولار"),
        (65.5e9, 109.4e9, "en", "$65.5–109.4bn"),
        (3e9, 5e9, "ar", "بين 3 و5 مليارات دولار"),
        (1e9, 4e9, "ar", "بين مليار و4 مليارات دولار"),
        (700e6, 1.5e9, "ar", "بين 700 مليون و1.5 مليار دولار"),
        (700e6, 1.5e9, "en", "$700m–1.5bn"),
        (4e9, 4e9, "en", "$4bn"),  # an upper end that is no higher is no range
        (4e9, float("nan"), "ar", "4 مليارات دولار"),
    ],
)
def test_a_range_reads_as_both_ends(value, value_max, lang, expected):
    assert format_amount(value, "USD", lang, None, value_max) == expected


def test_an_approximate_range_puts_the_qualifier_inside():
    assert format_amount(90e9, "USD", "ar", "approx", 92e9) == "بين نحو 90 و92 مليار دولار"
    assert format_amount(90e9, "USD", "en", "approx", 92e9) == "about $90–92bn"


def test_a_claims_amount_and_a_reader_table_say_the_range():
    import pandas as pd

    from analysis.present.markdown import amount
    from analysis.present.tables import chart_claims, event_summary, reader_table

    row = {"value": 20e9, "value_max": 30e9, "currency": "EUR", "value_usd": 22e9, "qualifier": ""}
    assert amount(row, "en") == "€20–30bn"
    assert amount({**row, "value_max": float("nan")}, "en") == "€20bn"
    claims = pd.DataFrame([{**row, "event_id": "e", "subject": "S", "role": "raise", "article_id": "a",
                            "publisher": "", "published": "2025", "n_sources": 1}])
    events = event_summary(claims)
    assert events.loc[0, "value_usd_max"] == pytest.approx(33e9)
    shown = reader_table(events[["role", "value_usd", "value_usd_max"]], "en")
    assert list(shown["amount"]) == ["$22–33bn"]
    assert list(reader_table(claims[["value", "value_max", "currency"]], "en")["amount"]) == ["€20–30bn"]
    labels, values = chart_claims(claims, "en")
    assert values == [22.0] and labels[0].startswith("raise (€20–30bn) — ")  # drawn at its lower end, labelled


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


def test_a_government_named_by_rule_is_in_the_government_sector():
    from analysis.present.words import sector_name, sector_of

    assert sector_of("Government of Saudi Arabia") == "government"
    assert sector_of("Government of the United States") == "government"
    assert sector_name(sector_of("Government of Egypt"), "en") == "governments"
    assert sector_of("Government of Atlantis") == ""  # no such country in governments.json
    assert sector_of("Sequoia Capital") == "venture"  # the gazetteer still decides for the names it lists


def test_a_title_is_the_first_line_that_reads_like_a_headline():
    from analysis.present.words import headline_line, title_of

    headline = "شركة الواحة الرقمية تجمع تمويلا جديدا لتطوير نماذجها"
    raw = "\n".join([
        "date 2031-04-02",                      # a date line
        "الثلاثاء 2 أبريل 2031",                # a date line in words
        "اقتصاد",                                # a section name
        "صحيفة الفجر الرقمية اليومية",          # the publisher's name
        "Share Tweet Print More",                # Latin furniture in an Arabic article
        "كتب: سمير الحداد",                      # a byline
        "الرئيسية الأخبارالاقتصادالتقنية الرياضة المنوعات",  # a menu that lost some spaces
        "  " + headline,
        "وقالت الشركة إن الجولة قادها صندوق محلي.",
    ])
    row = {"article_id": "t1", "raw": raw, "publisher": "صحيفة الفجر الرقمية اليومية", "published": "2031-04"}
    assert title_of(row, "ar") == headline
    # furniture the boilerplate data marks is skipped too; the stored text is never changed
    spans = [(raw.index(headline), raw.index(headline) + len(headline))]
    assert headline_line(raw, spans, row["publisher"]) == "وقالت الشركة إن الجولة قادها صندوق محلي."
    assert row["raw"] == raw
    # a date stamp before the text and a leading dash are dropped, the text kept
    assert headline_line("date 2031-04-02 - " + headline) == headline
    # no line reads like a headline: the publisher and the date
    only_furniture = {"article_id": "t2", "raw": "اقتصاد\n2031/04/02\n", "publisher": "جريدة الفجر الرقمية",
                      "published": "2031-04-02"}
    assert title_of(only_furniture, "ar") == "جريدة الفجر الرقمية\u200f، 2 أبريل 2031"
    assert title_of(only_furniture, "en") == "جريدة الفجر الرقمية, April 2, 2031"
    assert title_of({"article_id": "t3", "raw": "اقتصاد"}, "ar") == "t3"
    assert title_of({"title": "عنوان الفهرس", "raw": raw}, "ar") == "عنوان الفهرس"
