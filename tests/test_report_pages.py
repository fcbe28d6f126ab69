"""Article pages and figure links: every target exists, shows the fact's surface, safely."""

import html
import re

import pytest
from conftest import PageElements

from analysis import (
    CorpusWarning,
    extract_dates,
    extract_entities,
    extract_money,
    facts,
    load_corpus,
)
from analysis.present.links import article_href
from analysis.present.markdown import articles_list, fact_link, sources_list
from analysis.report.pages import article_page


@pytest.fixture(scope="module")
def extracted(corpus):
    return {"money": extract_money(corpus), "dates": extract_dates(corpus), "entities": extract_entities(corpus)}


def parse(page: str) -> PageElements:
    return PageElements(page)


def test_every_fact_has_a_mark_whose_text_is_its_surface(corpus, extracted):
    table = facts(corpus, money=extracted["money"])
    pages = {r.article_id: parse(article_page(r._asdict() | {"boilerplate": r.boilerplate}, extracted))
             for r in corpus.itertuples()}
    for row in table.itertuples():
        marks = pages[row.article_id].text
        ident = f"m-{row.start}-{row.end}"
        assert ident in marks, ident
        assert marks[ident] == row.surface.replace("\r", "")


def test_every_date_mention_is_marked_too(corpus, extracted):
    row = corpus.iloc[3]
    marks = parse(article_page(row, extracted)).text
    dates = extracted["dates"]
    for d in dates[dates["article_id"] == row["article_id"]].itertuples():
        assert marks.get(f"m-{d.start}-{d.end}") == d.surface


def test_the_page_keeps_the_whole_article_text(corpus, extracted):
    row = corpus.iloc[2]
    page = article_page(row, extracted)
    text = html.unescape(re.sub(r"<[^>]+>", "", page.split("<article", 1)[1]))
    for line in row["raw"].splitlines():
        assert line.strip() in text


def test_hostile_article_text_stays_text(tmp_path):
    payload = ('جمعت <script>document.title="pwned"</script> شركة OpenAI مبلغ 6 مليارات دولار '
               '<img src=x onerror="alert(1)"> <a href="javascript:alert(1)">x</a> [y](javascript:alert(2))')
    (tmp_path / "evil.txt").write_text(payload, encoding="utf-8")
    with pytest.warns(CorpusWarning, match="HTML or script"):
        corpus = load_corpus(tmp_path)
    ex = {"money": extract_money(corpus), "dates": extract_dates(corpus), "entities": extract_entities(corpus)}
    page = parse(article_page(corpus.iloc[0], ex))
    assert page.names <= {"html", "head", "meta", "title", "style", "body", "header", "p", "a", "h1",
                              "code", "mark", "article", "span", "bdi"}
    assert not any(k.startswith("on") for k, _ in page.attrs)
    assert not any(v and "javascript:" in v for _, v in page.attrs)


def test_links_only_in_reports():
    row = {"article_id": "a b", "start": 3, "end": 9, "publisher": "P", "published": "2024"}
    assert fact_link(row, "**x**") == "**x**"
    assert fact_link(row, "**x**", links=True).startswith("[**x**](articles/a%20b.html#m-3-9 ")
    # one flat file inside articles/: "../evil" cannot climb out of it
    assert article_href("../evil") == "articles/%252E.%252Fevil.html"


def test_sources_list_numbers_and_escapes():
    import pandas as pd

    rows = pd.DataFrame([{"article_id": "a", "start": 0, "end": 1, "surface": "<b>", "publisher": "P",
                          "published": "2024-05", "sentence": "<script>x</script>"}])
    out = sources_list(rows, "ar")
    assert "<li><strong>&lt;b&gt;</strong>" in out and "&lt;script&gt;" in out and "<script>" not in out
    assert out.startswith('<div dir="rtl"')


def test_articles_list_links_pages_only_in_reports(corpus):
    plain = articles_list(corpus, "ar")
    assert "articles/" not in plain and plain.count("<li>") == 4
    linked = articles_list(corpus, "ar", only=["003_7b04d372a099f76b"], links=True)
    assert linked.count('href="articles/003_7b04d372a099f76b.html"') == 1 and linked.count("<li>") == 1


def test_amount_tooltip_reads_like_the_report():
    from analysis.report.pages import amount_tooltip

    row = {"value": 4e10, "value_max": float("nan"), "currency": "USD", "qualifier": "approx",
           "role": "raise", "payer": "SoftBank", "recipient": "OpenAI"}
    en = amount_tooltip(row, "en")
    assert en == "about $40bn — raise — SoftBank → OpenAI"
    ar = amount_tooltip(row, "ar")
    assert ar.startswith("نحو 40 مليار دولار — جمع تمويل — ") and " ← " in ar
    assert "40000000000" not in ar + en and "e+10" not in ar + en
    one_side = amount_tooltip(row | {"payer": ""}, "en")
    assert one_side == "about $40bn — raise — recipient: OpenAI"
    worth = amount_tooltip(row | {"payer": "", "role": "valuation"}, "en")
    assert worth == "about $40bn — valuation — company: OpenAI"  # a worth has no recipient
    bare = amount_tooltip({"value": float("nan"), "currency": "USD", "role": "", "payer": None,
                           "recipient": float("nan")}, "ar")
    assert bare == "مبلغ غير محدد"


def test_article_page_amount_title_is_words_and_escaped():
    import pandas as pd

    raw = "جمعت شركة OpenAI مبلغ 6 مليارات دولار من المستثمرين."
    row = pd.Series({"article_id": "t1", "raw": raw, "title": "x", "publisher": "P", "published": "2024"})
    money = pd.DataFrame([{"article_id": "t1", "start": raw.index("6"), "end": raw.index(" من"),
                           "value": 6e9, "value_max": None, "currency": "USD", "qualifier": None,
                           "role": "raise", "payer": 'A "<b>"', "recipient": "OpenAI"}])
    for lang, words in (("ar", "6 مليارات دولار — جمع تمويل"), ("en", "$6bn — raise")):
        page = article_page(row, {"money": money}, lang)
        title = re.search(r'<mark class="money"[^>]*title="([^"]*)"', page).group(1)
        assert html.unescape(title).startswith(words), title
        assert "6000000000" not in title and "<b>" not in title and "&lt;b&gt;" in title
