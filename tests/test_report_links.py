"""The real notebooks as reports: every stated figure links to its highlighted sentence.

Built from the seeds plus two hostile articles (script, event handlers, iframe,
``javascript:`` links, some inside sentences the notebooks quote).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from conftest import ROOT, SEEDS, PageElements, require_tool
from test_report_browser import MARKS, open_offline, screenshot

from analysis import load_corpus
from analysis.report import build_reports

pytestmark = [pytest.mark.browser, pytest.mark.slow]
FIXTURES = Path(__file__).parent / "fixtures"
LINK = re.compile(r'href="(articles/[^"#]+\.html)#(m-(\d+)-(\d+))"')


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    for f in SEEDS.iterdir():
        shutil.copy(f, folder)
    for f in (FIXTURES / "articles").glob("*.txt"):
        shutil.copy(f, folder)
    return folder


@pytest.fixture(scope="module")
def reports(articles, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports")
    build_reports(sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.py")), out=out, articles=articles,
                  jobs=2, progress=False)
    return out


def links_in(reports: Path) -> list[tuple[str, str, str, int, int]]:
    found = []
    for page in sorted(reports.glob("*.html")):
        for href, ident, s, e in LINK.findall(page.read_text(encoding="utf-8")):
            found.append((page.name, href, ident, int(s), int(e)))
    return found


def test_every_link_lands_on_an_element_showing_the_facts_surface(reports, articles):
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        raw = dict(zip(*load_corpus(articles)[["article_id", "raw"]].T.values))
    links = links_in(reports)
    assert len(links) >= 20
    assert {name for name, *_ in links} >= {"02_funding_history.html", "03_competitive_landscape.html",
                                            "04_disputes.html"}
    parsed: dict[str, PageElements] = {}
    for name, href, ident, start, end in links:
        target = reports / unquote(href)
        assert target.is_file(), f"{name}: {href} does not exist"
        if href not in parsed:
            parsed[href] = PageElements(target.read_text(encoding="utf-8"))
        aid = Path(unquote(href)).stem
        assert parsed[href].text.get(ident) == raw[aid][start:end].replace("\r", ""), f"{name} → {href}#{ident}"


def test_the_hostile_articles_figures_are_reported_and_inert(reports):
    text = (reports / "02_funding_history.html").read_text(encoding="utf-8")
    assert "998_hostile_money.html#m-" in text
    assert "<script>document.title" not in text
    for page in [*reports.glob("*.html"), *(reports / "articles").glob("*.html")]:
        tags = PageElements(page.read_text(encoding="utf-8"))
        assert not {"script", "iframe", "object", "embed"} & tags.names, page.name
        assert not [k for k, _ in tags.attrs if k.startswith("on")], page.name
        assert not [v for k, v in tags.attrs if k in ("href", "src") and v and "javascript:" in v.lower()], page.name


def test_clicking_a_figure_opens_its_sentence_highlighted(reports):
    chromium = require_tool("chromium")
    from playwright.sync_api import sync_playwright
    from test_report_browser import CHROMIUM_ARGS

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page, problems = open_offline(browser, reports / "04_disputes.html")
        link = page.locator('a[href*="articles/"][href*="#m-"]').first
        href = link.get_attribute("href")
        link.click()
        page.wait_for_load_state()
        landed = page.evaluate("""() => {
            const t = document.querySelector(':target');
            const s = t && t.closest('.sentence');
            const r = t && t.getBoundingClientRect();
            return t && {id: t.id, text: t.textContent, sentence: s && s.textContent,
                         bg: s && getComputedStyle(s).backgroundColor,
                         visible: r.top >= 0 && r.bottom <= innerHeight,
                         dir: getComputedStyle(document.querySelector('article')).direction};
        }""")
        screenshot(page, reports / "clicked_link")
        marks = page.evaluate(MARKS)
        browser.close()
    assert problems == []
    assert page_url_fragment(href) == landed["id"]
    assert landed["text"] and landed["text"] in landed["sentence"]
    assert landed["bg"] not in ("rgba(0, 0, 0, 0)", "transparent")
    assert landed["visible"] and landed["dir"] == "rtl"
    assert not marks["marked"] and "PWNED" not in marks["title"]


def page_url_fragment(href: str) -> str:
    return href.split("#", 1)[1]


@pytest.mark.parametrize("name", ["998_hostile_money.html", "999_hostile.html", "003_7b04d372a099f76b.html"])
def test_article_pages_open_offline_and_run_nothing(reports, name):
    chromium = require_tool("chromium")
    from playwright.sync_api import sync_playwright
    from test_report_browser import CHROMIUM_ARGS

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page, problems = open_offline(browser, reports / "articles" / name)
        page.wait_for_timeout(300)
        marks = page.evaluate(MARKS)
        direction = page.evaluate("() => getComputedStyle(document.querySelector('article')).direction")
        browser.close()
    assert problems == []
    assert direction == "rtl"
    assert not marks["marked"] and not marks["active"] and "PWNED" not in marks["title"]


@pytest.mark.browser
def test_arabic_report_tables_read_right_to_left_with_arabic_headers(reports):
    """The corpus report's tables, as Chromium lays them out: right to left, every header in
    Arabic, no raw column names and no «nan»."""
    chromium = require_tool("chromium")
    from playwright.sync_api import sync_playwright
    from test_report_browser import CHROMIUM_ARGS

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        page, problems = open_offline(browser, reports / "01_corpus.html")
        tables = page.evaluate("""() => Array.from(document.querySelectorAll('table')).map(t => ({
            dir: getComputedStyle(t).direction,
            headers: Array.from(t.querySelectorAll('th')).map(h => h.textContent.trim()),
            cells: Array.from(t.querySelectorAll('td')).map(d => d.textContent.trim())}))""")
        browser.close()
    assert problems == [] and len(tables) >= 2
    for table in tables:
        assert table["dir"] == "rtl"
        assert table["headers"] and all(re.search(r"[\u0600-\u06ff]", h) for h in table["headers"] if h)
        assert not {"value_usd", "article_id", "publisher", "nan", "None"} & set(table["headers"] + table["cells"])
