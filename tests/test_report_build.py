"""Building reports: notebooks found and read, parameters injected, parallel run,
failures named, atomic output, index page, command line."""

from __future__ import annotations

import os
import re
import shutil
import signal
import threading
import time
from pathlib import Path

import jupytext
import nbformat
import pytest

import analysis.report
import analysis.report.forks
from analysis.__main__ import main
from analysis.report import (
    NotebookError,
    ReportError,
    build_reports,
    describe_notebook,
    find_notebooks,
    inject_parameters,
    read_notebook,
)
from analysis.report.execute import (
    LAZY_IMPORTS,
    Kernel,
    async_execute_notebook,
    imported_modules,
    notebook_source,
    run_sync,
)

FIXTURES = Path(__file__).parent / "fixtures" / "notebooks"
SEEDS = Path(__file__).parents[1] / "seeds"
FAILING = """# %% [markdown]
# # دفتر يفشل

# %% tags=["parameters"]
lang = "ar"
articles = None

# %%
x = 1

# %%
y = 2
z = y / (x - 1)
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Both fixture notebooks, the second as a lone .ipynb, built with two processes."""
    src = tmp_path_factory.mktemp("notebooks")
    shutil.copy(FIXTURES / "01_arabic_prose.py", src)
    jupytext.write(jupytext.read(FIXTURES / "02_numbers.py"), src / "02_numbers.ipynb")
    out = tmp_path_factory.mktemp("reports")
    started = time.monotonic()
    written = build_reports(find_notebooks(src), out=out, jobs=2, progress=False)
    return out, written, time.monotonic() - started


def test_builds_every_notebook_and_the_index(built):
    out, written, _ = built
    assert [p.name for p in written] == ["01_arabic_prose.html", "02_numbers.html", "index.html"]
    assert sorted(p.name for p in out.iterdir() if p.is_file()) == sorted(
        [p.name for p in written] + [".report-build.json"])
    assert {p.name for p in out.iterdir() if p.is_dir()} <= {"articles", "figures"}
    # One article page per article, for the figures' links.
    assert len(list((out / "articles").glob("*.html"))) == 4


def test_report_content(built):
    page = (built[0] / "01_arabic_prose.html").read_text(encoding="utf-8")
    assert "تمويل سباق الذكاء الاصطناعي في الأخبار العربية" in page
    assert "lang=ar articles=4" in page  # the parameters reached the kernel
    assert 'src="data:image/png;base64,' in page  # the figure is inline
    assert '<table border="1" class="dataframe" dir="rtl"' in page
    assert "<script" not in page and 'lang="ar"' in page
    assert "read_text" not in page and "jp-InputArea-editor\"" not in page  # no code by default
    numbers = (built[0] / "02_numbers.html").read_text(encoding="utf-8")
    # The chart's phone variant, chosen by the browser on a narrow screen.
    assert numbers.count('<picture><source media="(max-width: 600px)" srcset="data:image/png;base64,') == 1
    assert '<table class="rtl-table" dir="rtl">' in numbers
    assert sorted(p.name for p in (built[0] / "figures").iterdir()) == [
        "fixture_sums_ar-narrow.png", "fixture_sums_ar.png", "fixture_sums_ar.svg"]


def test_index_lists_titles_and_summaries(built):
    index = (built[0] / "index.html").read_text(encoding="utf-8")
    assert (
        '<a href="01_arabic_prose.html" dir="rtl">تمويل سباق الذكاء الاصطناعي في الأخبار العربية</a>'
        in index
    )
    assert "جدول صغير بالأرقام" in index and 'href="02_numbers.html"' in index
    assert index.index("01_arabic_prose.html") < index.index("02_numbers.html")
    assert "<script" not in index and 'dir="rtl"' in index


def test_index_article_metadata_reads_in_order(built):
    index = (built[0] / "index.html").read_text(encoding="utf-8")
    # «موقع Downcodes · 2024»: each part isolated, in the page's (right-to-left) direction.
    assert re.search(r'<span class="meta"><bdi>[^<]+</bdi> · <bdi>[^<]+</bdi></span>', index)
    assert '<span dir="ltr">' not in index


def test_a_rebuild_holds_exactly_its_own_pages(tmp_path):
    """Another corpus into the same --out: the previous articles and reports go, a file
    the user put there stays, and a damaged manifest removes nothing."""
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(f, first)
    for f in sorted(SEEDS.glob("*.txt"))[2:]:
        shutil.copy(f, second)
    out = tmp_path / "out"
    build_reports([FIXTURES / "01_arabic_prose.py", FIXTURES / "02_numbers.py"], out=out,
                  articles=first, jobs=2, progress=False)
    firsts = sorted(p.name for p in (out / "articles").iterdir())
    assert len(firsts) == 2
    (out / "articles" / "notes.txt").write_text("mine", encoding="utf-8")
    (out / "keep.html").write_text("mine", encoding="utf-8")
    folder = (out / "articles").stat().st_ino
    written = build_reports([FIXTURES / "02_numbers.py"], out=out, articles=second, jobs=1,
                            progress=False)
    assert [p.name for p in written] == ["02_numbers.html", "index.html"]
    seconds = sorted(p.name for p in (out / "articles").iterdir())
    assert seconds == sorted([f"{p.stem}.html" for p in second.iterdir()] + ["notes.txt"])
    assert not set(firsts) & set(seconds)
    assert (out / "articles" / "notes.txt").read_text(encoding="utf-8") == "mine"
    assert (out / "articles").stat().st_ino != folder  # the folder was swapped in whole
    assert sorted(p.name for p in out.iterdir()) == [
        ".report-build.json", "02_numbers.html", "articles", "figures", "index.html", "keep.html"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["first", "out", "second"]
    # A manifest that names files outside the build's own is not obeyed.
    (out / ".report-build.json").write_text(
        '{"files": ["../first/' + min(first.iterdir()).name + '", "keep.html/..", "/etc/passwd", 3]}',
        encoding="utf-8")
    build_reports([FIXTURES / "02_numbers.py"], out=out, articles=second, jobs=1, progress=False)
    assert len(list(first.iterdir())) == 2 and (out / "keep.html").exists()


def test_no_temporary_folder_is_left(built):
    out = built[0]
    assert not [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}-build-")]


def test_find_notebooks(tmp_path):
    for name in [
        "01_a.py",
        "01_a.ipynb",
        "02_b.ipynb",
        "helpers.py",
        "3_x.py",
        "10_c.py",
        "README.md",
    ]:
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.name for p in find_notebooks(tmp_path)] == ["01_a.py", "02_b.ipynb", "10_c.py"]
    assert find_notebooks(tmp_path / "missing") == []


def test_the_newer_file_of_a_pair_is_built(tmp_path):
    py, ipynb = tmp_path / "01_a.py", tmp_path / "01_a.ipynb"
    py.write_text("x = 1\n", encoding="utf-8")
    assert notebook_source(py) == py
    ipynb.write_text("{}", encoding="utf-8")
    os.utime(py, (time.time(), time.time()))
    os.utime(ipynb, (time.time() - 60, time.time() - 60))
    assert notebook_source(ipynb) == py  # the .ipynb is older: build from the .py
    os.utime(ipynb, (time.time() + 60, time.time() + 60))
    assert notebook_source(py) == ipynb


def test_inject_parameters_after_the_parameters_cell():
    nb = read_notebook(FIXTURES / "01_arabic_prose.py")
    before = len(nb.cells)
    new = inject_parameters(nb, {"lang": "en", "articles": "/tmp/a'b"})
    assert len(nb.cells) == before  # the original is untouched
    at = next(i for i, c in enumerate(new.cells) if "parameters" in c.metadata.get("tags", []))
    injected = new.cells[at + 1]
    assert injected.metadata.tags == ["injected-parameters"]
    assert "lang = 'en'\n" in injected.source and 'articles = "/tmp/a\'b"\n' in injected.source
    again = inject_parameters(new, {"lang": "ar"})  # re-injecting replaces, never stacks
    assert sum("injected-parameters" in c.metadata.get("tags", []) for c in again.cells) == 1


def test_inject_parameters_without_a_parameters_cell_goes_first():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("print(lang)")])
    assert inject_parameters(nb, {"lang": "ar"}).cells[0].source == "# Parameters\nlang = 'ar'\n"


def test_describe_notebook():
    nb = read_notebook(FIXTURES / "02_numbers.py")
    title, summary = describe_notebook(nb)
    assert title == "أرقام التمويل"
    assert summary.startswith("جدول صغير بالأرقام")
    nb.metadata["title"], nb.metadata["summary"] = "T", "S"
    assert describe_notebook(nb) == ("T", "S")
    empty = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("1")])
    assert describe_notebook(empty, fallback="01 x") == ("01 x", "")


def test_failing_notebook_is_named_and_nothing_is_written(tmp_path):
    nb = tmp_path / "nb"
    nb.mkdir()
    (nb / "01_fails.py").write_text(FAILING, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "01_fails.html").write_text("old report", encoding="utf-8")
    with pytest.raises(NotebookError) as info:
        build_reports([nb / "01_fails.py"], out=out, jobs=1, progress=False)
    err = info.value
    assert err.notebook == "01_fails.py"
    assert err.where == "cell 4 (line 13 of 01_fails.py): y = 2"
    assert "ZeroDivisionError" in err.error and "division by zero" in err.error
    assert "An error occurred" not in err.error  # the kernel's traceback, not nbclient's echo
    assert str(err).startswith("notebook 01_fails.py failed in cell 4 (line 13 of 01_fails.py)")
    assert (out / "01_fails.html").read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nb", "out"]


CACHED = """# %% tags=["parameters"]
lang = "ar"
articles = None
figures = None
links = False
cache = None

# %%
from analysis.run.cache import cached_extract_all, corpus_key
from analysis import load_corpus
from pathlib import Path
key = corpus_key(load_corpus(articles))
print("cached:", (Path(cache) / f"{key}.tables.pickle").is_file(), "links:", links)
"""


def test_the_notebooks_get_the_builds_extraction_and_links(tmp_path):
    """The build extracts into the cache folder it injects, before any notebook runs a
    cell that needs it, and turns links on: parameters, not environment variables."""
    nb = tmp_path / "nb"
    nb.mkdir()
    (nb / "01_cached.py").write_text(CACHED, encoding="utf-8")
    build_reports(find_notebooks(nb), out=tmp_path / "out", jobs=1, progress=False, cache_dir=tmp_path / "cache")
    assert "cached: True links: True" in (tmp_path / "out" / "01_cached.html").read_text(encoding="utf-8")


def _live_children() -> list[int]:
    """Processes this one started, or they started (forked kernels), still running (not zombies)."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if stat[0] != "Z":
            parents[int(entry.name)] = int(stat[1])
    found, mine = [], {os.getpid()}
    while True:
        more = [pid for pid, parent in parents.items() if parent in mine and pid not in mine]
        if not more:
            return found
        found += more
        mine.update(more)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_a_failing_notebook_stops_the_others(tmp_path):
    nb = tmp_path / "nb"
    nb.mkdir()
    (nb / "01_fails.py").write_text(FAILING, encoding="utf-8")
    (nb / "02_slow.py").write_text("# %%\nimport time\ntime.sleep(300)\n", encoding="utf-8")
    before = set(_live_children())
    with pytest.raises(NotebookError) as info:
        build_reports(find_notebooks(nb), out=tmp_path / "out", jobs=2, progress=False)
    assert info.value.notebook == "01_fails.py"
    assert set(_live_children()) <= before  # no kernel left running


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_ctrl_c_stops_the_kernels_and_writes_nothing(tmp_path):
    nb = tmp_path / "nb"
    nb.mkdir()
    for name in ("01_slow.py", "02_slow.py", "03_slow.py"):
        (nb / name).write_text("# %%\nimport time\ntime.sleep(300)\n", encoding="utf-8")
    before = set(_live_children())
    ctrl_c = threading.Timer(3, os.kill, (os.getpid(), signal.SIGINT))
    ctrl_c.start()
    try:
        with pytest.raises(KeyboardInterrupt):
            build_reports(find_notebooks(nb), out=tmp_path / "out", jobs=2, progress=False)
    finally:
        ctrl_c.cancel()
    assert set(_live_children()) <= before
    # The output folder did not exist: it does not now either (nor any temporary folder).
    assert sorted(p.name for p in tmp_path.iterdir()) == ["nb"]


def test_interrupted_build_leaves_the_output_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    (out / "01_arabic_prose.html").write_text("old report", encoding="utf-8")

    def half_written(nb, path, folder, **kw):
        (Path(folder) / "01_arabic_prose.html").write_text("<html><body>half", encoding="utf-8")
        raise KeyboardInterrupt

    monkeypatch.setattr("analysis.report.build.write_report", half_written)
    with pytest.raises(KeyboardInterrupt):
        build_reports([FIXTURES / "01_arabic_prose.py"], out=out, jobs=1, progress=False)
    assert [p.name for p in out.iterdir()] == ["01_arabic_prose.html"]
    assert (out / "01_arabic_prose.html").read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_bad_arguments(tmp_path):
    with pytest.raises(ReportError, match="lang"):
        build_reports([FIXTURES / "02_numbers.py"], out=tmp_path, lang="fr")
    with pytest.raises(ReportError, match="not found"):
        build_reports([FIXTURES / "02_numbers.py"], out=tmp_path, articles=tmp_path / "nope")
    assert build_reports([], out=tmp_path) == []


def test_cli_english_report(tmp_path, capsys):
    rc = main(["report", "--notebooks", str(FIXTURES / "02_numbers.py"), "--out", str(tmp_path),
               "--lang", "en", "--jobs", "1", "--show-code"])  # fmt: skip
    assert rc == 0, capsys.readouterr().err
    page = (tmp_path / "02_numbers.html").read_text(encoding="utf-8")
    assert 'lang="en"' in page and "All reports" in page
    assert ">tempfile<" in page  # --show-code: a report for analysts
    assert "wrote 1 reports" in capsys.readouterr().out


def test_cli_failure_exit_code(tmp_path, capsys):
    (tmp_path / "01_fails.py").write_text(FAILING, encoding="utf-8")
    rc = main(
        ["report", "--notebooks", str(tmp_path / "01_fails.py"), "--out", str(tmp_path / "o")]
    )
    err = capsys.readouterr().err
    assert rc == 1
    assert "01_fails.py" in err and "cell 4" in err and "ZeroDivisionError" in err


def test_cli_without_notebooks(monkeypatch, tmp_path, capsys):
    monkeypatch.setattr(analysis.report, "find_notebooks", list)
    assert main(["report", "--out", str(tmp_path)]) == 0
    assert "no notebooks to build" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []


def test_cli_bad_articles(tmp_path, capsys):
    assert main(["report", "--articles", str(tmp_path / "none")]) == 2
    assert "folder not found" in capsys.readouterr().err


def test_imported_modules_are_read_from_the_notebook_without_running_it(tmp_path):
    py = tmp_path / "01_a.py"
    py.write_text(
        "# %% [markdown]\n# import markdown_words_are_not_code\n\n"
        "# %%\nimport os, json as j  # a comment\nfrom collections.abc import Mapping\n"
        "from analysis.charts import save_and_show\n    import textwrap\nfrom . import _x\nx = 'import not_a_module'\n",
        encoding="utf-8",
    )
    found = imported_modules(py)
    assert found[:4] == ("os", "json", "collections.abc", "analysis.charts")
    # analysis.charts imports matplotlib on first use: the kernel loads that too.
    assert set(LAZY_IMPORTS["analysis.charts"]) <= set(found) and "textwrap" in found
    assert not {"markdown_words_are_not_code", "not_a_module", "_x", "."} & set(found)
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("import in_prose"),
                                         nbformat.v4.new_code_cell("import sys\nfrom pathlib import Path")])
    nbformat.write(nb, tmp_path / "02_b.ipynb")
    assert imported_modules(tmp_path / "02_b.ipynb") == ("sys", "pathlib")
    (tmp_path / "03_c.ipynb").write_text("{not json", encoding="utf-8")
    assert imported_modules(tmp_path / "03_c.ipynb") == ()
    assert imported_modules(tmp_path / "missing.py") == ()


def test_imported_names_of_from_imports(tmp_path):
    """With ``names``, a ``from a import b`` also gives ``a.b`` (what the kernel server loads:
    a lazily loaded name such as ``analysis.prepare`` is a name, not a module)."""
    py = tmp_path / "01_a.py"
    py.write_text("# %%\nimport os\nfrom analysis import prepare, load_corpus as lc  # c\n"
                  "from IPython.display import (\n    Markdown,\n    display,\n)\nfrom x import *\n", encoding="utf-8")
    assert imported_modules(py) == ("os", "analysis", "IPython.display", "x")
    assert imported_modules(py, names=True) == (
        "os", "analysis", "analysis.prepare", "analysis.load_corpus",
        "IPython.display", "IPython.display.Markdown", "IPython.display.display", "x",
    )


FORKED = """# %%
import os, sys
import fork_probe
print("pid", os.getpid(), "parent", os.getppid(), "loaded in", fork_probe.PID)
print("nice", os.getpriority(os.PRIO_PROCESS, 0), "left", "mine" in dir())
print("argv", os.path.basename(sys.argv[0]), "cwd", os.getcwd())
mine = 1
"""


@pytest.mark.skipif(not analysis.report.forks.KernelForks.available(), reason="kernels are forked on Linux")
def test_kernels_are_forked_fresh_from_a_process_that_imported_for_them(tmp_path):
    """Notebooks of one folder run in processes forked from one that has imported what
    they all import: each notebook its own process and namespace, started as
    ipykernel_launcher would be; the server and its kernels are gone after the build."""
    nb = tmp_path / "nb"
    nb.mkdir()
    (nb / "fork_probe.py").write_text("import os\nPID = os.getpid()\n", encoding="utf-8")
    for name in ("01_a.py", "02_b.py", "03_c.py"):
        (nb / name).write_text(FORKED, encoding="utf-8")
    before = set(_live_children())
    build_reports(find_notebooks(nb), out=tmp_path / "out", jobs=2, progress=False, show_code=True,
                  cache_dir=tmp_path / "cache")
    assert set(_live_children()) <= before
    seen = []
    for name in ("01_a", "02_b", "03_c"):
        text = re.sub(r"<[^>]+>", "", (tmp_path / "out" / f"{name}.html").read_text(encoding="utf-8"))
        m = re.search(r"pid (\d+) parent (\d+) loaded in (\d+)\s+nice (\d+) left (\w+)\s+argv (\S+) cwd (\S+)", text)
        assert m, text[-2000:]
        pid, parent, loaded, nice, left, argv, cwd = m.groups()
        assert parent == loaded != pid and left == "False"
        assert argv == "ipykernel_launcher.py" and Path(cwd) == nb.resolve()
        seen.append((pid, parent, int(nice)))
    assert len({pid for pid, _, _ in seen}) == 3 and len({parent for _, parent, _ in seen}) == 1
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert seen[0][2] == ours and seen[1][2] == min(19, ours + analysis.report.execute.KERNEL_NICENESS)


@pytest.mark.skipif(not analysis.report.forks.KernelForks.available(), reason="kernels are forked on Linux")
def test_a_kernel_is_launched_when_it_cannot_be_forked(tmp_path):
    """Another folder than the server's, the server gone, or a thread started by an import
    the server made (a fork would copy the process without it): the kernel is launched as usual."""
    from analysis.report.execute import kernel_env
    from analysis.report.forks import KernelForks

    source = tmp_path / "01_pid.py"
    source.write_text("# %%\nimport os\nprint('parent', os.getppid())\n", encoding="utf-8")

    async def run(folder, close_first, names=()):
        forks = KernelForks(folder, kernel_env(), names)
        if close_first:
            await forks.close()
        kernel = await Kernel(source.parent).start(source, forks=forks)
        try:
            nb = await async_execute_notebook(read_notebook(source), source=source, kernel=kernel, timeout=60)
        finally:
            await kernel.shutdown(now=True)
            await forks.close()
        return "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))

    other = tmp_path / "other"
    other.mkdir()
    assert run_sync(run(other, False)) == f"parent {os.getpid()}\n"
    assert run_sync(run(tmp_path, True)) == f"parent {os.getpid()}\n"
    (tmp_path / "threader.py").write_text(
        "import threading, time\nthreading.Thread(target=time.sleep, args=(30,), daemon=True).start()\n",
        encoding="utf-8")
    assert run_sync(run(tmp_path, False, ("threader",))) == f"parent {os.getpid()}\n"
    # In the server's folder, it is forked.
    assert run_sync(run(tmp_path, False)) != f"parent {os.getpid()}\n"


SLOW_MODULE = "import time\ntime.sleep(1.5)\nLOADED = time.time()\n"
PRELOADED = """# %%
import sys
print("loaded before:", "slow_preload_mod" in sys.modules, "broken" in sys.modules)
print("names left:", sorted(n for n in dir() if "preload" in n))

# %%
import slow_preload_mod
print("loaded at:", slow_preload_mod.LOADED)
"""


def _run_in_own_kernel(source, preload=(), first=""):
    """Execute ``source`` in a kernel of its own (running ``first``, then preloading
    ``preload``), as the build does; returns the executed notebook and its printed text."""

    async def run():
        kernel = await Kernel(source.parent).start(source, preload, first=first)
        await kernel.warmed()  # as the build waits for the first kernel's warm-up
        try:
            return await async_execute_notebook(read_notebook(source), source=source, kernel=kernel, timeout=60)
        finally:
            await kernel.shutdown(now=True)

    nb = run_sync(run())
    return nb, "".join(o.get("text", "") for c in nb.cells for o in c.get("outputs", []))


def test_a_kernel_preloads_its_notebooks_modules_and_leaves_no_trace(tmp_path):
    """The kernel imports the modules while the notebook's client connects (each on a
    session of its own, or the kernel would answer only one); a module that fails to
    import is left for the notebook's own cell; nothing is left in the namespace."""
    (tmp_path / "slow_preload_mod.py").write_text(SLOW_MODULE, encoding="utf-8")
    (tmp_path / "broken.py").write_text("raise RuntimeError('broken on import')\n", encoding="utf-8")
    source = tmp_path / "01_pre.py"
    source.write_text(PRELOADED, encoding="utf-8")

    nb, text = _run_in_own_kernel(source, ("slow_preload_mod", "broken", "no_such_module_x"))
    assert "loaded before: True False" in text
    assert "names left: []" in text
    assert "loaded at:" in text
    # The preload is not counted: the notebook's cells are numbered from 1.
    assert [c.execution_count for c in nb.cells if c.cell_type == "code"] == [1, 2]


def test_a_kernel_runs_its_warm_up_before_the_notebook_silently(tmp_path):
    """``first`` runs before the preloaded imports and the first cell, prints
    nothing into the notebook, leaves no name behind; if it fails, the notebook runs."""
    source = tmp_path / "01_warm.py"
    source.write_text(
        "# %%\nimport pathlib\nprint('warm file:', pathlib.Path('warm.txt').read_text())\n"
        "print('names:', sorted(n for n in dir() if not n.startswith('_') and n not in ('In', 'Out', "
        "'exit', 'quit', 'open', 'get_ipython', 'pathlib')))\n",
        encoding="utf-8",
    )
    first = "import pathlib\nprint('noise')\npathlib.Path('warm.txt').write_text('made')\nleft = 1\n"
    nb, text = _run_in_own_kernel(source, ("json",), first=first)
    assert "warm file: made" in text and "names: []" in text and "noise" not in text
    assert [c.execution_count for c in nb.cells if c.cell_type == "code"] == [1]

    (tmp_path / "warm.txt").write_text("old", encoding="utf-8")
    _, text = _run_in_own_kernel(source, (), first="raise RuntimeError('warm-up failed')")
    assert "warm file: old" in text


def test_the_build_extracts_once_in_the_first_kernel(tmp_path, monkeypatch):
    """The first kernel fills the cache while this process reads the notebooks; the article
    pages and every notebook then read it: this process extracts nothing."""
    import analysis.run.cache as cache

    def no_extraction(corpus):
        raise AssertionError("the build process extracted the articles itself")

    monkeypatch.setattr(cache, "extract_all", no_extraction)
    nb = tmp_path / "nbs" / "01_one.py"
    nb.parent.mkdir()
    nb.write_text("# %% tags=['parameters']\narticles = None\ncache = None\n\n"
                  "# %%\nfrom analysis import prepare\ncorpus, tables = prepare(articles, cache)\n"
                  "print('money rows:', len(tables['money']))\n", encoding="utf-8")
    build_reports([nb], out=tmp_path / "out", progress=False, cache_dir=tmp_path / "cache", show_code=True)
    assert len(list((tmp_path / "cache").glob("*.tables.pickle"))) == 1
    assert "money rows:" in (tmp_path / "out" / "01_one.html").read_text(encoding="utf-8")


def test_kernels_yield_the_cpu_to_the_builds_start_up(tmp_path):
    """A kernel runs at a lower priority than the build (on a busy machine the build's
    reading and extraction, which every notebook waits for, go first)."""
    import os

    from analysis.report.execute import KERNEL_NICENESS

    source = tmp_path / "01_nice.py"
    source.write_text(
        "# %%\nimport os\nprint('nice:', os.getpriority(os.PRIO_PROCESS, 0))\n", encoding="utf-8"
    )

    _, text = _run_in_own_kernel(source)
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert f"nice: {min(19, ours + KERNEL_NICENESS)}" in text
    # The kernel that warms the cache does what the others wait for: it keeps our priority.
    _, text = _run_in_own_kernel(source, first="pass")
    assert f"nice: {ours}" in text
