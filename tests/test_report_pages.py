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
