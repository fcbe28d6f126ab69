"""Reports in a real browser (headless Chromium) with the network off.

Each report loads with no request leaving the file and no console error, its
Arabic prose computes ``direction: rtl`` and its code ``ltr``, the embedded
font loads, and none of the hostile article's payloads runs. Screenshots
are saved next to the reports (the path is printed; ``REPORT_SCREENSHOTS=dir``
copies them there).
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from conftest import SEEDS, require_tool

from analysis.report import build_reports

pytestmark = [pytest.mark.browser, pytest.mark.slow]

FIXTURES = Path(__file__).parent / "fixtures"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARABIC_BLOCKS = """() => [...document.querySelectorAll('.report-prose p, .report-prose h1, .report-prose h2')]
    .filter(e => (e.textContent.match(/[\\u0600-\\u06FF]/g) || []).length
                 > (e.textContent.match(/[A-Za-z]/g) || []).length)
    .map(e => [e.textContent.slice(0, 40), getComputedStyle(e).direction])"""
MARKS = """() => ({
    title: document.title,
    marked: [...document.querySelectorAll('[data-pwned]')].map(e => e.tagName),
    active: [...document.querySelectorAll('script, iframe, frame, object, embed, svg, form, meta[http-equiv=refresh]')]
        .filter(e => e.tagName !== 'META' || e.httpEquiv.toLowerCase() === 'refresh')
        .map(e => e.tagName),
    url: location.href,
})"""


@pytest.fixture(scope="module")
def chromium():
    path = require_tool("chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def reports(tmp_path_factory):
    """The fixture notebooks built from the seeds plus the hostile article."""
    require_tool("chromium")
    articles = tmp_path_factory.mktemp("articles")
    for f in SEEDS.iterdir():
        shutil.copy(f, articles)
    shutil.copy(FIXTURES / "articles" / "999_hostile.txt", articles)
    out = tmp_path_factory.mktemp("reports")
    notebooks = sorted((FIXTURES / "notebooks").glob("[0-9][0-9]_*.py"))
    build_reports(notebooks, out=out, articles=articles, jobs=2, progress=False)
    return out


def open_offline(browser, path: Path, width: int = 1000):
    """Load a file with every non-file request aborted; return page and problems."""
    page = browser.new_page(viewport={"width": width, "height": 900})
    problems: list[str] = []

    def route(r):
        if r.request.url.startswith(("file:", "data:")):
            r.continue_()
        else:
            problems.append(f"outside request: {r.request.url}")
            r.abort()

    page.route("**/*", route)
    page.on("requestfailed", lambda r: problems.append(f"failed request: {r.url[:120]}"))
    page.on(
        "console",
        lambda m: m.type in ("error", "warning") and problems.append(f"console {m.type}: {m.text}"),
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.goto(path.as_uri())
    page.evaluate("() => document.fonts.ready.then(() => true)")
    return page, problems


def screenshot(page, path: Path) -> Path:
    shot = path.with_suffix(".png")
    page.screenshot(path=str(shot), full_page=True)
    if os.environ.get("REPORT_SCREENSHOTS"):
        dest = Path(os.environ["REPORT_SCREENSHOTS"])
        dest.mkdir(parents=True, exist_ok=True)
        shutil.copy(shot, dest / shot.name)
    print(f"screenshot: {shot}")
    return shot


@pytest.mark.parametrize("name", ["01_arabic_prose.html", "02_numbers.html", "index.html"])
def test_report_loads_offline_and_reads_right_to_left(chromium, reports, name):
    page, problems = open_offline(chromium, reports / name)
    try:
        assert problems == []
        fonts = page.evaluate("() => [...document.fonts].map(f => f.family + ':' + f.status)")
        assert fonts == ["Noto Sans Arabic:loaded"]
        if name == "index.html":
            links = page.evaluate(
                "() => [...document.querySelectorAll('main > ol a')].map(a => [a.textContent, getComputedStyle(a).direction])"
            )
            assert len(links) == 2 and all(d == "rtl" for _, d in links)
        else:
            blocks = page.evaluate(ARABIC_BLOCKS)
            assert blocks and all(d == "rtl" for _, d in blocks), blocks
            # A report for readers: the outputs, no code.
            assert page.locator(".jp-InputArea-editor").count() == 0
            assert page.locator(".jp-OutputArea-output").count() > 0
            # pandas tables and show_table's (rtl_table_html) read from the right.
            tables = page.evaluate(
                "() => [...document.querySelectorAll('table.dataframe, table.rtl-table')]"
                ".map(e => [e.className, getComputedStyle(e).direction])"
            )
            assert tables and {d for _, d in tables} == {"rtl"}, tables
            if name == "02_numbers.html":
                assert {c for c, _ in tables} == {"dataframe", "rtl-table"}
        shot = screenshot(page, reports / name)
        assert shot.stat().st_size > 10_000
    finally:
        page.close()


def test_hostile_article_runs_nothing(chromium, reports):
    path = reports / "01_arabic_prose.html"
    page, problems = open_offline(chromium, path)
    try:
        page.wait_for_timeout(300)
        marks = page.evaluate(MARKS)
        assert marks["title"] == "تمويل سباق الذكاء الاصطناعي في الأخبار العربية"
        assert marks["marked"] == [] and marks["active"] == []
        # Links the article planted must not run anything when clicked either.
        links = page.locator(".report-prose a:not(.anchor-link):visible")
        assert links.count() >= 3
        for i in range(links.count()):
            links.nth(i).click(no_wait_after=True, timeout=5000)
        page.wait_for_timeout(300)
        after = page.evaluate(MARKS)
        assert after == marks | {"url": path.as_uri()}
        assert problems == []
        # The escaped rendering shows the payloads as text.
        text = page.inner_text("body")
        assert "<script>document.title='PWNED-script'" in text
        assert "[رابط ماركداون](javascript:document.title='PWNED-md')" in text
    finally:
        page.close()


CHART = """() => [...document.querySelectorAll('.jp-RenderedImage picture img')].map(img => ({
    current: img.currentSrc.slice(0, 120),
    narrow: img.parentElement.querySelector('source').srcset.slice(0, 120),
    wide: img.src.slice(0, 120),
    natural: img.naturalWidth,
    shown: img.getBoundingClientRect().width,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
}))"""


def test_charts_are_readable_on_a_phone(chromium, reports):
    """At 390 CSS px the browser picks the narrow chart and its smallest text (at least
    NARROW_MIN_PT points at SAVE_DPI in a NARROW_WIDTH-inch figure) is >= 9 CSS px."""
    from analysis.charts.save import NARROW_MIN_PT, NARROW_WIDTH
    from analysis.charts.style import SAVE_DPI

    path = reports / "02_numbers.html"
    page, problems = open_offline(chromium, path, width=390)
    try:
        charts = page.evaluate(CHART)
        screenshot(page, reports / "02_numbers_phone.html")
    finally:
        page.close()
    assert problems == [] and len(charts) == 1, (problems, charts)
    chart = charts[0]
    assert chart["current"] == chart["narrow"] != chart["wide"]
    assert chart["natural"] == round(NARROW_WIDTH * SAVE_DPI)
    smallest = NARROW_MIN_PT / 72 * SAVE_DPI * chart["shown"] / chart["natural"]
    assert smallest >= 9, chart
    assert chart["overflow"] <= 0  # nothing wider than the phone
    page, _ = open_offline(chromium, path, width=1000)
    try:
        wide = page.evaluate(CHART)[0]
    finally:
        page.close()
    assert wide["current"] == wide["wide"] and wide["natural"] > chart["natural"]


def test_index_article_metadata_reads_in_order(chromium, reports):
    """«موقع Downcodes · 2024»: the publisher first, on the right of a right-to-left page,
    each part laid out in its own direction."""
    page, problems = open_offline(chromium, reports / "index.html", width=1000)
    try:
        rows = page.evaluate(
            "() => [...document.querySelectorAll('.meta')].map(m => [...m.querySelectorAll('bdi')]"
            ".map(b => ({text: b.textContent, dir: getComputedStyle(b).direction,"
            " right: b.getBoundingClientRect().right, top: b.getBoundingClientRect().top})))"
        )
    finally:
        page.close()
    pairs = [r for r in rows if len(r) == 2 and abs(r[0]["top"] - r[1]["top"]) < 2]
    assert problems == [] and len(pairs) >= 3, rows
    for publisher, date in pairs:
        assert publisher["right"] > date["right"], (publisher, date)
        if re.search("[\u0600-\u06FF]", publisher["text"]):
            assert publisher["dir"] == "rtl", publisher
