"""The narrative notebooks: run top to bottom, follow their articles, draw Arabic right.

Each notebook is executed in a fresh kernel with nbclient from its jupytext `.py`
source, with parameters injected after its `parameters` cell (papermill-style).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import jupytext
import nbformat
import pytest
from conftest import ROOT, SEEDS, require_module
from nbclient import NotebookClient

NOTEBOOKS = sorted((ROOT / "notebooks").glob("[0-9][0-9]_*.py"))
CHECK_FIGURES = """
import json
from analysis.charts.kinds import created_figures
from analysis.charts.verify import figure_text_problems
print("FIGURE-CHECK " + json.dumps({"n": len(created_figures()),
      "problems": [p for f in created_figures() for p in figure_text_problems(f)]}))
"""


def run_notebook(path: Path, tmp: Path, extra: str | None = None, **params) -> nbformat.NotebookNode:
    nb = jupytext.read(path)
    at = next(i for i, c in enumerate(nb.cells) if "parameters" in c.get("metadata", {}).get("tags", []))
    source = "\n".join(f"{k} = {v!r}" for k, v in params.items())
    nb.cells.insert(at + 1, nbformat.v4.new_code_cell(source, metadata={"tags": ["injected-parameters"]}))
    if extra:
        nb.cells.append(nbformat.v4.new_code_cell(extra))
    NotebookClient(nb, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(tmp)}}).execute()
    return nb


def markdown_out(nb) -> str:
    return "\n".join(
        o["data"]["text/markdown"]
        for c in nb.cells if c.cell_type == "code"
        for o in c.get("outputs", []) if "text/markdown" in o.get("data", {})
    )


def printed(nb, tag: str) -> dict:
    for c in nb.cells:
        for o in c.get("outputs", []):
            if o.get("name") == "stdout" and tag in o.get("text", ""):
                return json.loads(o["text"].split(tag, 1)[1])
    raise AssertionError(f"{tag} not printed")


def digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def seed_runs(tmp_path_factory):
    """Each notebook run once on the seeds, Arabic labels, figures in a temp folder."""
    runs = {}
    for path in NOTEBOOKS:
        figs = tmp_path_factory.mktemp(path.stem)
        nb = run_notebook(path, figs, extra=CHECK_FIGURES, lang="ar", articles=None, figures=str(figs))
        runs[path.stem] = (nb, figs)
    return runs


def test_there_are_four_numbered_notebooks():
    assert [p.stem for p in NOTEBOOKS] == [
        "01_corpus", "02_funding_history", "03_competitive_landscape", "04_disputes"]


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_runs_and_every_arabic_string_matches_harfbuzz(seed_runs, name):
    require_module("uharfbuzz")
    nb, figs = seed_runs[name]
    check = printed(nb, "FIGURE-CHECK ")
    assert check["n"] >= 1, "the notebook drew no chart"
    assert check["problems"] == []
    assert any(p.suffix == ".png" for p in figs.iterdir()) and any(p.suffix == ".svg" for p in figs.iterdir())
    text = markdown_out(nb)
    assert '<div dir="rtl">' in text
    assert "<script" not in text


def test_stated_numbers_come_from_the_articles(seed_runs):
    text = markdown_out(seed_runs["04_disputes"][0])
    assert "إيلون ماسك" in text and "أوبن إيه آي" in text  # the pair the bids name
    assert "97.4 مليار دولار" in text and "44 مليار دولار" in text
    text = markdown_out(seed_runs["02_funding_history"][0])
    assert "18 مليار دولار" in text and "45 مليار دولار" in text


def tables_shown(cell) -> list[str]:
    """The HTML tables a code cell displayed."""
    return [o["data"]["text/html"] for o in cell.get("outputs", [])
            if "text/html" in o.get("data", {}) and "<table" in o["data"]["text/html"]]


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_every_table_a_cell_builds_is_shown(seed_runs, name):
    """A ``show_table(...)`` that is not its cell's last expression (inside an ``if``) is
    built and thrown away: each cell that calls it must display as many tables."""
    nb, _figs = seed_runs[name]
    for cell in nb.cells:
        if cell.cell_type == "code" and "show_table(" in cell.source:
            assert len(tables_shown(cell)) == cell.source.count("show_table("), cell.source[:120]


@pytest.fixture(scope="module")
def three_articles(tmp_path_factory):
    folder = tmp_path_factory.mktemp("three")
    for p in SEEDS.glob("*.txt"):
        if not p.name.startswith("002_"):
            shutil.copy(p, folder / p.name)
    shutil.copy(SEEDS / "catalog.csv", folder / "catalog.csv")
    return folder


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_one_article_removed_changes_numbers_and_figures(seed_runs, three_articles, tmp_path, name):
    full_nb, full_figs = seed_runs[name]
    nb = run_notebook(ROOT / "notebooks" / f"{name}.py", tmp_path, lang="ar",
                      articles=str(three_articles), figures=str(tmp_path))
    assert markdown_out(nb) != markdown_out(full_nb)
    assert digests(tmp_path) != digests(full_figs)
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


def test_the_removed_article_disappears_from_the_story(seed_runs, three_articles, tmp_path):
    nb = run_notebook(ROOT / "notebooks" / "02_funding_history.py", tmp_path, lang="ar",
                      articles=str(three_articles), figures=str(tmp_path))
    assert "القاهرة الإخبارية" in markdown_out(seed_runs["02_funding_history"][0])
    assert "القاهرة الإخبارية" not in markdown_out(nb)


def test_english_labels_run(tmp_path):
    nb = run_notebook(ROOT / "notebooks" / "01_corpus.py", tmp_path, lang="en", articles=None, figures=str(tmp_path))
    assert '<div dir="ltr">' in markdown_out(nb)
    assert (tmp_path / "01_extracted_counts_en.png").is_file()


def test_rerun_writes_identical_figures(seed_runs, tmp_path):
    _nb, figs = seed_runs["01_corpus"]
    run_notebook(ROOT / "notebooks" / "01_corpus.py", tmp_path, lang="ar", articles=None, figures=str(tmp_path))
    assert digests(tmp_path) == digests(figs)


def _svg_texts(svg: bytes) -> list[str]:
    # matplotlib writes each text string as a comment before its glyphs: the words and
    # numbers a reader sees, without the glyph outlines a newer matplotlib may draw otherwise.
    return re.findall(r"<!-- (.*?) -->", svg.decode("utf-8"))


def test_committed_figures_say_what_the_notebooks_draw(seed_runs):
    """figures/ in git is what `make` draws from the seeds: a stale chart fails here."""
    stale = []
    for _nb, figs in seed_runs.values():
        for new in sorted(figs.glob("*.svg")):
            committed = ROOT / "figures" / new.name
            if not committed.is_file() or _svg_texts(committed.read_bytes()) != _svg_texts(new.read_bytes()):
                stale.append(new.name)
    assert stale == [], f"figures/ is out of date (run `make`): {stale}"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_committed_ipynb_matches_its_py_and_has_no_outputs(path):
    ipynb = path.with_suffix(".ipynb")
    assert ipynb.is_file(), f"{ipynb.name} missing: run `jupytext --sync {path.name}`"
    committed = nbformat.read(ipynb, as_version=4)
    source = jupytext.read(path)
    assert [c.source for c in committed.cells] == [c.source for c in source.cells]
    assert all(not c.get("outputs") and not c.get("execution_count") for c in committed.cells if c.cell_type == "code")


# --------------------------------------------------------------------------- any corpus

OTHER = ROOT / "tests" / "fixtures" / "other_corpus"  # our own sentences: no xAI, no Musk, no catalog
CHART_TEXT = """
import json
from analysis.charts.kinds import created_figures
print("CHART-TEXT " + json.dumps([t.get_text() for f in created_figures() for t in f.findobj(
    lambda a: hasattr(a, "get_text")) if t.get_text()], ensure_ascii=False))
"""
_BAD = re.compile(r"(?<![\w])(?:nan|NaN|None|NaT|<NA>)(?![\w])|\*\*\s*\*\*|\(\s*[،,]?\s*\)")


@pytest.fixture(scope="module", params=["ar", "en"])
def other_runs(request, tmp_path_factory):
    runs = {}
    for path in NOTEBOOKS:
        figs = tmp_path_factory.mktemp(f"{path.stem}_{request.param}")
        nb = run_notebook(path, figs, extra=CHART_TEXT, lang=request.param, articles=str(OTHER),
                          figures=str(figs), cache=str(figs / "cache"))
        runs[path.stem] = nb
    return request.param, runs


def test_every_notebook_tells_another_corpus_without_nan_or_empty_labels(other_runs):
    lang, runs = other_runs
    for name, nb in runs.items():
        text = markdown_out(nb)
        assert text.strip(), name
        assert not _BAD.search(text), (name, _BAD.search(text).group(0))
        for chart_text in printed(nb, "CHART-TEXT "):
            assert not _BAD.search(chart_text), (name, chart_text)
        assert "xAI" not in text and "ماسك" not in text and "Musk" not in text


def test_another_corpus_has_its_own_company_flows_and_dispute(other_runs):
    lang, runs = other_runs
    history = markdown_out(runs["02_funding_history"])
    dispute = markdown_out(runs["04_disputes"])
    if lang == "ar":
        assert "أنثروبيك" in history and "13 مليار دولار" in history and "آيكونيك كابيتال" in history
        assert "ألفابت" in dispute and "32 مليار دولار" in dispute
    else:
        assert "Anthropic" in history and "$13bn" in history and "ICONIQ Capital" in history
        assert "Alphabet" in dispute and "$32bn" in dispute


def test_an_english_report_speaks_english_outside_quotations(other_runs):
    lang, runs = other_runs
    if lang != "en":
        pytest.skip("the Arabic run")
    quote = re.compile(r'<(q|bdi|span)[^>]*lang="ar"[^>]*>.*?</\1>', re.S)
    for name, nb in runs.items():
        text = quote.sub("", markdown_out(nb))
        assert not re.search(r"[\u0600-\u06ff]", text), (name, re.findall(r".{0,40}[\u0600-\u06ff]+.{0,20}", text)[:3])


def _write(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in texts.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def test_the_funding_history_keeps_only_recipients_its_sentences_name(tmp_path):
    """Our own sentences: one round with two named investors (one line, said to be
    shared), an amount whose recipient is only guessed from the article (left out), and
    an investment whose sentence names both sides (kept)."""
    articles = _write(tmp_path / "articles", {
        "r1": "أعلنت شركة Anthropic عن توسع جديد.\n\n"
              "جمعت شركة Anthropic مبلغ 4 مليارات دولار من شركة Lightspeed وشركة Menlo Ventures في عام 2024.\n",
        "r2": "تتحدث هذه المقالة عن شركة Anthropic وخططها للعام المقبل.\n\n"
              "وقد جمعت 7 مليارات دولار في الجولة الأخيرة بحسب مصادر مطلعة.\n\n"
              "واستثمرت شركة Amazon مبلغ 2 مليار دولار في شركة Anthropic خلال العام الماضي.\n",
    })
    nb = run_notebook(ROOT / "notebooks" / "02_funding_history.py", tmp_path, lang="en", articles=str(articles),
                      figures=str(tmp_path), cache=str(tmp_path / "cache"))
    text = markdown_out(nb)
    assert "Anthropic" in text and "$4bn" in text and "$2bn" in text
    assert "$7bn" not in text  # its sentence names no recipient: the article's company is a guess
    funders = next(c for c in nb.cells if c.cell_type == "code" and "backers = " in c.source)
    lines = [ln for o in funders["outputs"] for ln in o["data"]["text/markdown"].splitlines() if "$" in ln]
    assert len(lines) == 2, lines  # one line per amount, not one per investor
    round_line = next(ln for ln in lines if "$4bn" in ln)
    assert "Lightspeed" in round_line and "Menlo Ventures" in round_line and "shared by 2 named investors" in round_line


def test_the_limits_count_amounts_that_have_no_dollar_value(tmp_path):
    articles = _write(tmp_path / "articles", {
        "c1": "جمعت شركة Mistral AI مبلغ 600 مليون يورو من مستثمرين.\n",
        "c2": "جمعت شركة Anthropic مبلغ 4 مليارات دولار من مستثمرين.\n",
    })
    nb = run_notebook(ROOT / "notebooks" / "01_corpus.py", tmp_path, lang="en", articles=str(articles),
                      figures=str(tmp_path), cache=str(tmp_path / "cache"))
    text = markdown_out(nb)
    assert "Amounts of money: **2**" in text
    assert "with no US-dollar value, listed with their sentences but not charted: **1**" in text


def test_who_funds_whom_draws_each_funding_deal_once_and_says_what_it_leaves_out(tmp_path):
    """Our own sentences: one investment told by two articles with near-equal figures (one
    band, not their sum), a bid (not funding: counted as left out, not drawn)."""
    articles = _write(tmp_path / "articles", {
        "f1": "استثمرت شركة Microsoft مبلغ 10 مليارات دولار في شركة OpenAI.\n",
        "f2": "استثمرت شركة Microsoft نحو 10.3 مليار دولار في شركة OpenAI.\n",
        "f3": "قدمت شركة Alphabet عرضا لشراء شركة Wiz مقابل 23 مليار دولار.\n",
    })
    nb = run_notebook(ROOT / "notebooks" / "02_funding_history.py", tmp_path, extra=CHART_TEXT, lang="en",
                      articles=str(articles), figures=str(tmp_path), cache=str(tmp_path / "cache"))
    text = markdown_out(nb)
    assert "Amounts whose sentence names the payer: **3**. The chart draws **1** deals" in text
    assert "Not drawn: **1** of other kinds" in text and "**1** other figures of a deal already drawn" in text
    chart = printed(nb, "CHART-TEXT ")
    assert "10.0" in chart and "20.3" not in chart and not any("Wiz" in t for t in chart)


def test_an_agreed_purchase_is_no_dispute_a_refused_bid_is(tmp_path):
    """The sides are the pair with the most bids and damages claims, not the pair with the
    most purchases: a purchase both sides agreed to, however often reported, is no dispute."""
    arts = tmp_path / "articles"
    arts.mkdir()
    # our own sentences, invented companies
    for i in range(2):
        (arts / f"buy{i}.txt").write_text(
            "استحوذت شركة نيوفارا على شركة بلوستون مقابل 12 مليار دولار في صفقة وافق عليها الطرفان.\n", encoding="utf-8")
    (arts / "bid.txt").write_text(
        "قدمت شركة بيرانو عرضًا لشراء شركة زيفرون مقابل 3 مليارات دولار، لكن زيفرون رفضت العرض.\n", encoding="utf-8")
    nb = run_notebook(ROOT / "notebooks" / "04_disputes.py", tmp_path, lang="en", articles=str(arts),
                      figures=str(tmp_path / "figs"), cache=str(tmp_path / "cache"))
    parties = next(line for line in markdown_out(nb).splitlines() if line.startswith("The parties:"))
    assert "بيرانو" in parties, parties
    assert "نيوفارا" not in parties, parties
    (arts / "bid.txt").unlink()
    nb = run_notebook(ROOT / "notebooks" / "04_disputes.py", tmp_path, lang="en", articles=str(arts),
                      figures=str(tmp_path / "figs2"), cache=str(tmp_path / "cache2"))
    assert "there is no dispute to tell" in markdown_out(nb)
