"""The four notebooks' Arabic figures, on whatever matplotlib is installed: every string
passes the glyph-level check of its shaping path, and tesseract reads the words forward.

`make test-old-matplotlib` runs this file under matplotlib 3.8 and 3.10 (reshape + bidi),
`make test` under the locked matplotlib (native shaping). The words expected in a figure
come from its committed SVG in figures/, drawn by the locked matplotlib from the logical
strings (test_notebooks.py keeps those files up to date), so they do not depend on the
path under test.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, missing, require_tool

pytestmark = [pytest.mark.ocr, pytest.mark.slow]

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.py"))
FIGURES = ROOT / "figures"
ARABIC_WORD = re.compile("[\u0621-\u064a]{3,}")  # letters only: no digits, no marks
#: Share of a figure's distinct Arabic words that tesseract must find, spelled forward.
#: Measured on the seeds: 0.48-1.0 per figure under matplotlib 3.11 (it misses some bar
#: labels), 0.86-1.0 under 3.8 and 3.10; 0.0 on the wrong path, under all three.
MIN_FORWARD = 0.4
#: Expected words a figure may show reversed and still pass (measured: 0 on the right
#: path, 3-24 per figure on the wrong one).
MAX_REVERSED = 1
CHECK_FIGURES = """
import json
from analysis.charts.kinds import created_figures
from analysis.charts.verify import figure_text_problems
print("FIGURE-CHECK " + json.dumps({"n": len(created_figures()),
      "problems": [p for f in created_figures() for p in figure_text_problems(f)]}))
"""


#: Injected for the negative control: chart_text takes the path this matplotlib must not.
WRONG_PATH = """
from analysis.charts import shaping
shaping.matplotlib_shapes_arabic = (lambda right=shaping.matplotlib_shapes_arabic(): not right)
"""


def _run(path: Path, figures: Path, *, wrong_path: bool = False):
    """Execute a notebook from its jupytext source, figures to *figures*, Arabic labels.

    Returns:
        What the appended figure check printed: ``{"n": charts, "problems": [...]}``.
    """
    import jupytext
    import nbformat
    from nbclient import NotebookClient

    nb = jupytext.read(path)
    tags = [c.get("metadata", {}).get("tags", []) for c in nb.cells]
    at = next(i for i, t in enumerate(tags) if "parameters" in t)
    params = f"lang = 'ar'\narticles = None\nfigures = {str(figures)!r}"
    nb.cells.insert(at + 1, nbformat.v4.new_code_cell(params + (WRONG_PATH if wrong_path else "")))
    nb.cells.append(nbformat.v4.new_code_cell(CHECK_FIGURES))
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(figures)}}).execute()
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            if out.get("name") == "stdout" and "FIGURE-CHECK " in out.get("text", ""):
                return json.loads(out["text"].split("FIGURE-CHECK ", 1)[1])
    raise AssertionError(f"{path.name}: the figure check printed nothing")


@pytest.fixture(scope="module")
def runs(tmp_path_factory):
    """Each notebook run once on the seeds: (figure check, folder of its figures)."""
    out = {}
    for path in NOTEBOOKS:
        folder = tmp_path_factory.mktemp(path.stem)
        out[path.stem] = (_run(path, folder), folder)
    return out


def expected_words(svg: Path) -> set[str]:
    """Arabic words of the strings a committed SVG was drawn from (its text comments)."""
    texts = re.findall(r"<!-- (.*?) -->", svg.read_text(encoding="utf-8"))
    return {w for t in texts for w in ARABIC_WORD.findall(t)}


def ocr_words(png: Path) -> list[str]:
    """Arabic words tesseract reads in *png*, in reading order."""
    tesseract = require_tool("tesseract")
    langs = subprocess.run([tesseract, "--list-langs"], check=True, capture_output=True,
                           text=True).stdout.split()
    if "ara" not in langs:
        missing("tesseract has no Arabic data (apt-get install tesseract-ocr-ara)")
    out = subprocess.run([tesseract, str(png), "stdout", "-l", "ara"], check=True,
                         capture_output=True, text=True, timeout=120).stdout
    return ARABIC_WORD.findall(out)


def forward_and_reversed(expected: set[str], found: list[str]) -> tuple[set[str], set[str]]:
    """Expected words tesseract found as written, and those it found only reversed."""
    seen = set(found)
    forward = expected & seen
    backward = {w for w in expected - forward if w != w[::-1] and w[::-1] in seen}
    return forward, backward


def test_forward_reading_check_fails_on_reversed_words():
    expected = {"تمويل", "الذكاء", "الاصطناعي"}
    assert forward_and_reversed(expected, ["تمويل", "ءاكذلا", "الاصطناعي"]) == (
        {"تمويل", "الاصطناعي"}, {"الذكاء"})
    assert forward_and_reversed(expected, ["ليومت"]) == (set(), {"تمويل"})


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_notebook_figures_pass_the_glyph_check(runs, name):
    pytest.importorskip("uharfbuzz")
    check, folder = runs[name]
    assert check["n"] >= 1, "the notebook drew no chart"
    assert check["problems"] == []
    assert sorted(p.name for p in folder.glob("*_ar.png"))


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_notebook_arabic_figures_read_forward(runs, name):
    _check, folder = runs[name]
    pngs = sorted(folder.glob("*_ar.png"))
    assert pngs, "no Arabic figure written"
    report = {}
    for png in pngs:
        svg = FIGURES / png.with_suffix(".svg").name
        assert svg.is_file(), f"{svg.name} not committed: run `make`"
        expected = expected_words(svg)
        assert len(expected) >= 3, (svg.name, expected)
        forward, backward = forward_and_reversed(expected, ocr_words(png))
        report[png.name] = (len(forward), len(expected), sorted(backward))
        assert len(forward) >= MIN_FORWARD * len(expected), (png.name, sorted(expected - forward))
        assert len(backward) <= MAX_REVERSED, (png.name, sorted(backward))
    print(json.dumps(report, ensure_ascii=False))


def test_wrong_path_fails_both_checks(tmp_path):
    """Negative control: the notebook with the most figures, its labels prepared for the
    other kind of matplotlib (logical strings on 3.8-3.10, reshape + bidi on 3.11+)."""
    pytest.importorskip("uharfbuzz")
    path = ROOT / "notebooks" / "03_competitive_landscape.py"
    check = _run(path, tmp_path, wrong_path=True)
    assert check["n"] >= 1 and check["problems"]
    pngs = sorted(tmp_path.glob("*_ar.png"))
    assert pngs
    for png in pngs:
        expected = expected_words(FIGURES / png.with_suffix(".svg").name)
        forward, backward = forward_and_reversed(expected, ocr_words(png))
        assert len(forward) < MIN_FORWARD * len(expected), (png.name, sorted(forward))
        assert len(backward) > MAX_REVERSED, (png.name, sorted(backward))
