"""Run the notebooks in parallel, export each report, write them atomically.

Every report and the index are written to a temporary folder next to the
output folder (same filesystem), then moved in with ``os.replace``: a build
that fails or is interrupted leaves the output folder as it was.
"""

from __future__ import annotations

import errno
import multiprocessing
import os
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from ..sources import ARTICLES_DIR
from .execute import ROOT, ReportError, find_notebooks, run_notebook
from .index import ReportEntry, describe_notebook, render_index

DEFAULT_OUT = ROOT / "reports"


def build_one(
    path: str | Path,
    params: dict,
    folder: str | Path,
    *,
    lang: str = "ar",
    timeout: int = 600,
    show_code: bool = True,
) -> ReportEntry:
    """Run one notebook and write its report to ``folder/<name>.html``.

    Args:
        path: the notebook (``.py`` or ``.ipynb``).
        params: values for the notebook's parameters cell.
        folder: where to write the HTML.
        lang: the report language.
        timeout: seconds allowed per cell.
        show_code: include the code cells' source.

    Returns:
        The report's file name, title and summary.

    Raises:
        NotebookError: a cell failed. ReportError: the notebook could not be read or exported.
    """
    from .export import export_html

    path = Path(path)
    nb = run_notebook(path, params, timeout=timeout)
    title, summary = describe_notebook(nb, fallback=path.stem.replace("_", " "))
    try:
        page = export_html(nb, title=title, lang=lang, path=path.parent, show_code=show_code)
    except Exception as exc:  # noqa: BLE001 - name the notebook whatever went wrong
        raise ReportError(
            f"notebook {path.name}: cannot export to HTML: {type(exc).__name__}: {exc}"
        ) from None
    name = f"{path.stem}.html"
    (Path(folder) / name).write_text(page, encoding="utf-8")
    return ReportEntry(name, title, summary)


def _replace(src: Path, dst: Path) -> None:
    try:
        os.replace(src, dst)
    except OSError as exc:  # the output folder is on another filesystem (a mount point)
        if exc.errno != errno.EXDEV:
            raise
        part = dst.with_name(f".{dst.name}.part")
        shutil.copyfile(src, part)
        os.replace(part, dst)


def _run_all(
    paths: list[Path], params: dict, folder: Path, jobs: int, progress, **kw
) -> list[ReportEntry]:
    from tqdm import tqdm

    done: dict[Path, ReportEntry] = {}
    with tqdm(
        total=len(paths), desc="reports", unit="nb", disable=progress, file=sys.stderr
    ) as bar:
        if jobs <= 1 or len(paths) == 1:
            for p in paths:
                bar.set_postfix_str(p.name)
                done[p] = build_one(p, params, folder, **kw)
                bar.update()
        else:
            # spawn, not fork: the parent has threads (tqdm) and forking them is unsafe.
            ctx = multiprocessing.get_context("spawn")
            with ProcessPoolExecutor(max_workers=min(jobs, len(paths)), mp_context=ctx) as pool:
                futures = {pool.submit(build_one, p, params, folder, **kw): p for p in paths}
                try:
                    for fut in as_completed(futures):
                        done[futures[fut]] = fut.result()
                        bar.set_postfix_str(futures[fut].name)
                        bar.update()
                except BrokenProcessPool as exc:
                    raise ReportError(
                        f"a worker process died while building {futures[fut].name} ({exc}); "
                        "a script that calls build_reports(jobs>1) needs "
                        "`if __name__ == '__main__':`"
                    ) from None
                except BaseException:
                    # Notebooks not started yet are dropped; running ones finish first.
                    pool.shutdown(wait=False, cancel_futures=True)
                    raise
    return [done[p] for p in paths]


def _repo_figures() -> Path:
    from ..charts.save import FIGURES_DIR

    FIGURES_DIR.mkdir(exist_ok=True)
    return FIGURES_DIR


def _article_pages(articles, folder: Path, lang: str) -> list[tuple[str, str, str]]:
    """Write one page per article (every mention marked) for the reports' links."""
    from .. import extract_all, load_corpus
    from ..present import format_period, publisher_name
    from ..sources import article_href, write_article_pages

    corpus = load_corpus(articles)
    write_article_pages(corpus, extract_all(corpus), folder, lang)
    return [
        (article_href(r.article_id), r.title or r.article_id,
         f"{publisher_name(r.publisher, lang)} · {format_period(r.published, lang)}".strip(" ·"))
        for r in corpus.itertuples()
    ]


def build_reports(
    notebooks: list[str | Path] | None = None,
    *,
    out: str | Path | None = None,
    articles: str | Path | None = None,
    lang: str = "ar",
    jobs: int = 2,
    timeout: int = 600,
    show_code: bool = True,
    progress: bool | None = None,
) -> list[Path]:
    """Execute notebooks with their parameters and write HTML reports and an index.

    Args:
        notebooks: notebook files (``.py`` or ``.ipynb``); default the numbered
            notebooks in the repository's ``notebooks/``.
        out: output folder; default ``reports/`` in the repository.
        articles: folder of articles passed to the notebooks (default: their own
            default, the bundled seeds).
        lang: ``"ar"`` or ``"en"``, passed to the notebooks and used for the pages.
        jobs: notebooks run at the same time (one process each).
        timeout: seconds allowed per cell.
        show_code: include the code cells' source in the reports.
        progress: show a progress bar; ``None`` shows it on a terminal only.

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
    out.mkdir(parents=True, exist_ok=True)
    disable = None if progress is None else not progress

    from .export import report_css

    tmp = Path(tempfile.mkdtemp(prefix=f".{out.name}-build-", dir=out.parent))
    # Figures go with the reports (a user's articles never overwrite the bundled
    # figures); a build on the bundled seeds refreshes the repository's figures/ too.
    params = {"lang": lang, "articles": str(Path(articles).resolve()) if articles else None,
              "figures": str(tmp / "figures")}
    try:
        # The article pages are written by this process while the notebooks run in
        # their kernels: it would otherwise sit idle waiting for them.
        with ThreadPoolExecutor(1) as side:
            pages_job = side.submit(_article_pages, articles, tmp, lang)
            entries = _run_all(
                paths,
                params,
                tmp,
                max(1, jobs),
                disable,
                lang=lang,
                timeout=timeout,
                show_code=show_code,
            )
            pages = pages_job.result()
        (tmp / "index.html").write_text(
            render_index(entries, lang=lang, css=report_css(), articles=pages), encoding="utf-8"
        )
        for sub in ("figures", ARTICLES_DIR):
            if (tmp / sub).is_dir():
                (out / sub).mkdir(exist_ok=True)
                for f in sorted((tmp / sub).iterdir()):
                    if articles is None and sub == "figures":
                        shutil.copyfile(f, _repo_figures() / f.name)
                    _replace(f, out / sub / f.name)
        written = []
        for name in [e.file for e in entries] + ["index.html"]:
            _replace(tmp / name, out / name)
            written.append(out / name)
        return written
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
