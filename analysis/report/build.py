"""Run the notebooks in parallel, export each report, write them atomically.

Every report and the index are written to a temporary folder next to the
output folder (same filesystem), then moved in (:mod:`analysis.report.publish`):
a build that fails or is interrupted leaves the output folder as it was, and a
build leaves in it exactly its own pages (none of a previous build's).
"""

from __future__ import annotations

import asyncio
import contextlib
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from analysis.report.execute import (
    NOTEBOOKS,
    ROOT,
    Kernel,
    ReportError,
    async_execute_notebook,
    find_notebooks,
    imported_modules,
    inject_parameters,
    notebook_source,
    read_notebook,
    run_notebook,
    run_sync,
    select_language,
)
from analysis.report.index import ReportEntry, describe_notebook, render_index
from analysis.report.publish import publish

if TYPE_CHECKING:
    from collections.abc import Callable

    import pandas as pd
    from nbformat import NotebookNode

DEFAULT_OUT = ROOT / "reports"
SPARE_KERNELS = 1  # kernels started ahead of their notebook, beyond the ``jobs`` running


def write_report(
    nb: NotebookNode, path: Path, folder: str | Path, *, lang: str = "ar", show_code: bool = False
) -> ReportEntry:
    """Export an executed notebook to ``folder/<name>.html`` with the report exporter
    (:class:`~analysis.report.exporter.ArabicReportExporter`, the one behind
    ``jupyter nbconvert --to arabic_report``), linking to the article pages the build writes.

    Raises:
        ReportError: the notebook could not be exported.
    """
    from analysis.report.export import export_html

    title, summary = describe_notebook(nb, fallback=path.stem.replace("_", " "))
    try:
        page = export_html(nb, title=title, lang=lang, path=path.parent, show_code=show_code,
                           index_link=True, article_links="keep")
    except Exception as exc:  # noqa: BLE001 - name the notebook whatever went wrong
        raise ReportError(
            f"notebook {path.name}: cannot export to HTML: {type(exc).__name__}: {exc}"
        ) from None
    name = f"{path.stem}.html"
    (Path(folder) / name).write_text(page, encoding="utf-8")
    return ReportEntry(name, title, summary)


def build_one(
    path: str | Path,
    params: dict,
    folder: str | Path,
    *,
    lang: str = "ar",
    timeout: int = 600,
    show_code: bool = False,
) -> ReportEntry:
    """Run one notebook and write its report to ``folder/<name>.html``.

    Args:
        path: the notebook (``.py`` or ``.ipynb``).
        params: values for the notebook's parameters cell.
        folder: where to write the HTML.
        lang: the report language.
        timeout: seconds allowed per cell.
        show_code: include the code cells' source (default: left out, a report for readers).

    Returns:
        The report's file name, title and summary.

    Raises:
        NotebookError: a cell failed. ReportError: the notebook could not be read or exported.
    """
    path = Path(path)
    nb = run_notebook(path, params, timeout=timeout)
    return write_report(nb, path, folder, lang=lang, show_code=show_code)


# What every notebook's first cell does (``prepare``), run silently in the first kernel
# before its notebook; warnings are left for the notebooks to show.
_WARM_UP = """\
import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from analysis import prepare
    prepare({articles!r}, {cache!r})
"""


def _read(source: Path, params: dict) -> NotebookNode:
    return inject_parameters(select_language(read_notebook(source), params["lang"]), params)


async def _run_all(
    paths: list[Path], params: dict, folder: Path, jobs: int, bar, side, pages, *,
    lang: str, timeout: int, show_code: bool,
) -> tuple[list[ReportEntry], list]:
    """Run the notebooks, ``jobs`` at a time, each in a kernel of its own.

    This process reads the notebooks, writes the article pages (``pages()``) and
    exports each report as soon as its notebook is done, all on the ``side``
    thread, while the kernels work.

    Returns:
        The reports, in the order of ``paths``, and what ``pages()`` returned.
    """
    loop = asyncio.get_running_loop()
    sources = [notebook_source(p) for p in paths]
    warm_up = _WARM_UP.format(articles=params["articles"], cache=params["cache"])
    forks = _kernel_forks(paths, sources)
    # A kernel takes most of a second to start, mostly waiting: the next notebook's
    # kernel starts while the running ones work, so it is ready when a slot frees.
    alive = asyncio.Semaphore(jobs + SPARE_KERNELS)
    running = asyncio.Semaphore(jobs)
    stopping: list[asyncio.Task] = []

    async def kernel_for(i: int) -> Kernel:
        await alive.acquire()
        try:
            # It imports what its notebook imports while it waits for it; the first one
            # begins by extracting the articles into the cache, as its notebook's
            # prepare() would, while this process reads the notebooks.
            return await Kernel(paths[i].parent).start(
                sources[i], imported_modules(sources[i]), first=warm_up if i == 0 else "", forks=forks
            )
        except BaseException:
            alive.release()
            raise

    async def article_pages():
        # The pages read the tables the first kernel cached; should it have failed,
        # pages() extracts them itself and raises what went wrong, named.
        await (await kernels[0]).warmed()
        return await loop.run_in_executor(side, pages)

    async def one(i: int) -> ReportEntry:
        kernel = await kernels[i]
        try:
            nb = await notebooks[i]
            # The extraction is in the cache before a notebook asks for it (the first
            # kernel made it while booting): every notebook reads it, none extracts again.
            # The article pages are written meanwhile, on the side thread.
            await (await kernels[0]).warmed()
            await async_execute_notebook(
                nb, source=sources[i], kernel=kernel, slot=running, timeout=timeout
            )
        finally:
            alive.release()
            # Its notebook is done: nothing is left in the kernel to wait for.
            stopping.append(asyncio.create_task(kernel.shutdown(now=True)))
        entry = await loop.run_in_executor(
            side, partial(write_report, nb, paths[i], folder, lang=lang, show_code=show_code)
        )
        bar.set_postfix_str(paths[i].name)
        bar.update()
        return entry

    kernels = [asyncio.create_task(kernel_for(i)) for i in range(len(paths))]
    tasks: list[asyncio.Task] = []  # the notebooks, then the article pages
    try:
        # The first kernels launch before anything else: they boot while the notebooks are
        # read. Forked ones need not: the server is importing, and their requests wait for it.
        if forks is None:
            await asyncio.wait(kernels[: jobs + SPARE_KERNELS])
        notebooks = [loop.run_in_executor(side, _read, s, params) for s in sources]
        pages_done = asyncio.create_task(article_pages())
        tasks = [asyncio.create_task(one(i)) for i in range(len(paths))] + [pages_done]
        *entries, pages_made = await asyncio.gather(*tasks)
        return entries, pages_made
    finally:
        # A failure stops every other notebook; no kernel outlives the build.
        for t in tasks + kernels:
            t.cancel()
        await asyncio.gather(*tasks, *kernels, return_exceptions=True)
        stopping += [asyncio.create_task(k.result().shutdown(now=True)) for k in kernels
                     if not k.cancelled() and k.exception() is None]
        await asyncio.gather(*stopping, return_exceptions=True)
        if forks is not None:
            await forks.close()


def _kernel_forks(paths: list[Path], sources: list[Path]):
    """Where the kernels are forked from (:mod:`analysis.report.forks`), having imported
    what every notebook imports; ``None`` (launch each) for one notebook, for notebooks
    in several folders, or where forking is not available."""
    from analysis.report.execute import kernel_env
    from analysis.report.forks import KernelForks

    if len(paths) < 2 or len({p.parent for p in paths}) > 1 or not KernelForks.available():
        return None
    imported = [imported_modules(s, names=True) for s in sources]
    common = [n for n in imported[0] if all(n in other for other in imported[1:])]
    try:
        return KernelForks(paths[0].parent, kernel_env(), tuple(common))
    except OSError:  # cannot start it: the kernels are launched
        return None


def _refresh_repo_figures(built: Path) -> None:
    """Copy a build's figures (of the repository's notebooks, on the bundled seeds) to the
    repository's ``figures/``; the phone variants are only for the reports."""
    from analysis.charts.save import FIGURES_DIR, NARROW_SUFFIX

    if not built.is_dir():
        return
    FIGURES_DIR.mkdir(exist_ok=True)
    for f in sorted(built.iterdir()):
        if f.is_file() and not f.name.endswith(NARROW_SUFFIX):
            shutil.copyfile(f, FIGURES_DIR / f.name)


def _article_pages(articles, folder: Path, lang: str, cache_dir, load_options: dict, on_load=None
                   ) -> list[tuple[str, str, tuple]]:
    """Write one page per article (every mention marked) for the reports' links, from
    the cached extraction (made by the first kernel, or here if it could not)."""
    from analysis.corpus.load import load_corpus
    from analysis.present.links import article_href
    from analysis.present.words import period_or_unknown, publisher_or_unknown, title_of
    from analysis.report.pages import write_article_pages
    from analysis.run.cache import cached_extract_all

    corpus = load_corpus(articles, **load_options)
    if on_load is not None:
        on_load(corpus)
    write_article_pages(corpus, cached_extract_all(corpus, cache_dir), folder, lang)
    return [
        (article_href(r["article_id"]), title_of(r, lang),
         (publisher_or_unknown(r["publisher"], lang), period_or_unknown(r["published"], lang)))
        for _, r in corpus.iterrows()
    ]


def build_reports(
    notebooks: list[str | Path] | None = None,
    *,
    out: str | Path | None = None,
    articles: str | Path | None = None,
    lang: str = "ar",
    jobs: int = 2,
    timeout: int = 600,
    show_code: bool = False,
    progress: bool | None = None,
    cache_dir: str | Path | None = None,
    load_options: dict | None = None,
    on_load: Callable[[pd.DataFrame], None] | None = None,
) -> list[Path]:
    """Execute notebooks with their parameters and write HTML reports and an index.

    Args:
        notebooks: notebook files (``.py`` or ``.ipynb``); default the numbered
            notebooks in the repository's ``notebooks/``.
        out: output folder; default ``reports/`` in the repository.
        articles: folder of articles passed to the notebooks (default: their own
            default, the bundled seeds).
        lang: ``"ar"`` or ``"en"``, passed to the notebooks and used for the pages.
        jobs: notebooks run at the same time (one kernel each).
        timeout: seconds allowed per cell.
        show_code: include the code cells' source in the reports (default: left out).
        progress: show a progress bar; ``None`` shows it on a terminal only.
        cache_dir: where the extraction is cached for the notebooks (default: the
            user's cache folder, :func:`analysis.run.cache.default_cache_dir`).
        load_options: :func:`~analysis.load_corpus` options (``encoding``,
            ``max_bytes``, ``errors``) for the article pages and every notebook.
        on_load: called with the loaded corpus once this process has read it, before
            any notebook runs (the command line prints its size and skipped files):
            the kernels are already starting by then.

    Returns:
        The files written: one report per notebook, then ``index.html``;
        empty when there is no notebook.

    Raises:
        NotebookError: a notebook failed (nothing is written).
        ReportError: bad arguments, or a notebook could not be read or exported.
    """
    if lang not in ("ar", "en"):
        raise ReportError(f"lang must be 'ar' or 'en', not {lang!r}")
    paths = [Path(p).resolve() for p in (notebooks if notebooks is not None else find_notebooks())]
    if not paths:
        return []
    stems = [p.stem for p in paths]
    if len(set(stems)) != len(stems):
        raise ReportError(f"two notebooks would write the same report: {sorted(stems)}")
    if articles is not None and not Path(articles).exists():
        raise ReportError(f"{articles}: articles folder not found")
    out = Path(out if out is not None else DEFAULT_OUT).resolve()
    made_out = not out.exists()  # removed again if the build stops (bad articles, a failing notebook)
    out.mkdir(parents=True, exist_ok=True)
    disable = None if progress is None else not progress

    from tqdm import tqdm

    from analysis.report.export import report_css

    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-build-", dir=out.parent))
    # Figures go with the reports (a user's articles never overwrite the bundled
    # figures); a build on the bundled seeds refreshes the repository's figures/ too.
    # Figure links to article pages are on: the build writes those pages.
    load_options = dict(load_options or {})
    folder = str(Path(articles).resolve()) if articles else None
    params = {"lang": lang, "articles": {"path": folder, **load_options} if load_options else folder,
              "figures": str(tmp / "figures"), "links": True,
              "cache": str(Path(cache_dir).resolve()) if cache_dir is not None else None}
    try:
        # This process writes the article pages and the reports while the notebooks
        # run in their kernels: it would otherwise sit idle waiting for them.
        with ThreadPoolExecutor(1) as side, tqdm(
            total=len(paths), desc="reports", unit="nb", disable=disable, file=sys.stderr
        ) as bar:
            # One extraction, for the article pages and every notebook (analysis.run.cache).
            entries, pages = run_sync(
                _run_all(paths, params, tmp, max(1, jobs), bar, side,
                         partial(_article_pages, articles, tmp, lang, cache_dir, load_options, on_load),
                         lang=lang, timeout=timeout, show_code=show_code)
            )
        (tmp / "index.html").write_text(
            render_index(entries, lang=lang, css=report_css(), articles=pages), encoding="utf-8"
        )
        if articles is None and all(p.parent == NOTEBOOKS for p in paths):
            _refresh_repo_figures(tmp / "figures")
        # The output then holds exactly this build's pages (and any file the user put there).
        return publish(tmp, out, [e.file for e in entries] + ["index.html"])
    except BaseException:
        if made_out:
            with contextlib.suppress(OSError):
                out.rmdir()  # only if still empty
        raise
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
