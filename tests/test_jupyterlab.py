"""The notebooks in JupyterLab itself: Arabic prose right to left, code left to right.

Starts a real JupyterLab server on loopback and opens a notebook in headless Chromium.

JupyterLab's own stylesheet sets ``.jp-RenderedHTMLCommon p { text-align: left }``: a
paragraph stays left-aligned inside ``<div dir="rtl">`` whatever the wrapper says
(``style="text-align: right"`` or ``align="right"`` on it are not inherited past that
rule, and Lab's sanitizer drops ``text-align: start``). What works without a Lab
extension is the paragraph's own ``<p dir="rtl" style="text-align: right">``, which the
sanitizer keeps (``tests/fixtures/lab_rtl_prose.ipynb``).
"""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from conftest import CHROMIUM_ARGS, ROOT, jupyter_lab, require_module, require_tool

FIXTURES = ROOT / "tests" / "fixtures"

pytestmark = pytest.mark.browser


@contextmanager
def lab_page(server, notebook: str, shot):
    """A headless Chromium page with ``notebook`` open in ``server``'s JupyterLab, its
    Markdown and code rendered (a screenshot goes to ``shot`` whatever happens)."""
    chromium = require_tool("chromium")
    sync_api = require_module("playwright.sync_api")
    base, token = server
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
            page.goto(f"{base}/lab/tree/{notebook}?token={token}")
            try:
                page.wait_for_selector(".jp-RenderedMarkdown div[dir=rtl] p", state="attached", timeout=60_000)
                page.wait_for_selector(".jp-InputArea-editor .cm-content", state="attached", timeout=60_000)
            finally:
                page.screenshot(path=str(shot))
            yield page
        finally:
            browser.close()


@pytest.fixture(scope="module")
def lab(tmp_path_factory):
    with jupyter_lab(ROOT, tmp_path_factory.mktemp("jupyter-home")) as server:
        yield server


def test_arabic_prose_is_rtl_and_code_ltr_in_jupyterlab(lab, tmp_path):
    with lab_page(lab, "notebooks/02_funding_history.ipynb", tmp_path / "jupyterlab.png") as page:
        directions = page.evaluate("""() => ({
            prose: Array.from(document.querySelectorAll('.jp-RenderedMarkdown div[dir=rtl] p'))
                       .map(e => getComputedStyle(e).direction),
            align: Array.from(document.querySelectorAll('.jp-RenderedMarkdown div[dir=rtl] h1, .jp-RenderedMarkdown div[dir=rtl] p'))
                       .map(e => getComputedStyle(e).textAlign),
            code: Array.from(document.querySelectorAll('.jp-InputArea-editor .cm-content'))
                       .map(e => getComputedStyle(e).direction),
        })""")
    assert directions["prose"] and set(directions["prose"]) == {"rtl"}
    # Paragraphs as well as headings right-aligned: the notebooks' Arabic paragraphs carry
    # style="text-align: right"; "start" (headings) is right in a right-to-left block.
    assert directions["align"] and set(directions["align"]) <= {"start", "right", "-webkit-right"}
    assert directions["code"] and set(directions["code"]) == {"ltr"}


@pytest.fixture(scope="module")
def fixture_lab(tmp_path_factory):
    with jupyter_lab(FIXTURES, tmp_path_factory.mktemp("jupyter-home")) as server:
        yield server


def test_arabic_paragraphs_are_right_aligned_in_jupyterlab(fixture_lab, tmp_path):
    with lab_page(fixture_lab, "lab_rtl_prose.ipynb", tmp_path / "jupyterlab-prose.png") as page:
        found = page.evaluate("""() => {
            const look = sel => [...document.querySelectorAll(sel)].map(e => {
                const box = e.getBoundingClientRect(), range = document.createRange();
                range.selectNodeContents(e);
                const text = range.getBoundingClientRect();
                return {dir: getComputedStyle(e).direction, align: getComputedStyle(e).textAlign,
                        gapRight: box.right - text.right, gapLeft: text.left - box.left};
            });
            return {p: look('.jp-RenderedMarkdown div[dir=rtl] p'),
                    li: look('.jp-RenderedMarkdown div[dir=rtl] li'),
                    h2: look('.jp-RenderedMarkdown div[dir=rtl] h2'),
                    code: [...document.querySelectorAll('.jp-InputArea-editor .cm-content')]
                              .map(e => getComputedStyle(e).direction)};
        }""")
    assert len(found["p"]) == 2 and len(found["li"]) == 2 and found["h2"], found
    for block in found["p"] + found["li"] + found["h2"]:
        assert block["dir"] == "rtl" and block["align"] in ("right", "start"), found
        # The text sits against the right edge, the free space on its left.
        assert block["gapRight"] < 2 < block["gapLeft"], found
    assert found["code"] and set(found["code"]) == {"ltr"}
