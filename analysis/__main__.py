"""Command line: ``python -m analysis report`` (and friends)."""

from __future__ import annotations

import argparse
import sys

MANIFEST = "run.json"  # written by ``extract`` beside its tables: which articles they come from


def _load_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--articles",
        help="folder (sub-folders included) or file of articles: .txt, .md, .html, .csv/.jsonl/"
        ".parquet (one article per row), .docx, .pdf (default: the bundled seeds)",
    )
    parser.add_argument("--encoding", default="utf-8",
                        help="encoding of the text files (default utf-8; cp1256 for Windows Arabic)")
    parser.add_argument("--max-bytes", type=int, default=None, metavar="N",
                        help="refuse files larger than N bytes (default 10,000,000; for tables, each row)")
    parser.add_argument("--on-error", choices=["stop", "skip"], default="stop",
                        help="stop at the first unreadable file (default), or skip it and list it at the end")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run the notebooks and write the HTML reports")
    _load_arguments(rep)
    rep.add_argument("--out", help="output folder for the HTML reports (default: reports/)")
    rep.add_argument("--lang", choices=["ar", "en"], default="ar")
    rep.add_argument("--jobs", type=int, default=2, help="notebooks run at once (default 2)")
    rep.add_argument("--timeout", type=int, default=600, help="seconds allowed per cell")
    code = rep.add_mutually_exclusive_group()
    code.add_argument("--show-code", action="store_true",
                      help="include the code cells (reports for analysts; default: readers' reports, no code)")
    # The default since reports are for readers; still accepted so old scripts keep working.
    code.add_argument("--hide-code", action="store_true", help=argparse.SUPPRESS)
    rep.add_argument(
        "--notebooks",
        nargs="+",
        metavar="FILE",
        help="build these notebooks (default: notebooks/NN_*)",
    )
    summ = sub.add_parser("summary", help="load the articles and print one line per article")
    _load_arguments(summ)
    ext = sub.add_parser("extract", help="extract money, dates, entities, facts and flows to CSV files")
    _load_arguments(ext)
    ext.add_argument("--out", required=True, help="folder for money.csv, dates.csv, entities.csv, facts.csv, flows.csv")
    ext.add_argument("--force", action="store_true",
                     help="overwrite tables in --out that another run wrote from other articles")
    ext.add_argument("--engine", choices=["pandas", "dask"], default="pandas")
    ext.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")
    ext.add_argument("--partitions", type=int, help="Dask partitions (default: from the worker count)")
    return parser


def _load_options(args) -> dict:
    """The command line's loader options, as :func:`analysis.load_corpus` arguments."""
    options = {}
    if args.encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        options["encoding"] = args.encoding
    if args.max_bytes is not None:
        options["max_bytes"] = args.max_bytes
    if args.on_error == "skip":
        options["errors"] = "skip"
    return options


def _print_skipped(corpus) -> None:
    skipped = corpus.attrs.get("skipped", [])
    if skipped:
        print(f"skipped {len(skipped)} file(s), not in the results:", file=sys.stderr)
        for where, reason in skipped:
            print(f"  {where}: {reason}", file=sys.stderr)


def _source(articles) -> str:
    from pathlib import Path

    return str(Path(articles).resolve()) if articles else "the bundled seeds"


def _check_out(out, articles: str, force: bool) -> None:
    """Refuse to overwrite tables that another run wrote from other articles.

    ``extract`` writes ``run.json`` beside its tables; a folder holding tables whose
    ``run.json`` names other articles (or holding tables and no ``run.json``) is
    another run's, kept unless ``--force``. Rerunning on the same articles replaces
    their tables.
    """
    import json

    from analysis.corpus.load import CorpusError
    from analysis.run.pipeline import TABLES

    present = [n for n in TABLES if (out / f"{n}.csv").exists()]
    if force or not present:
        return
    try:
        before = json.loads((out / MANIFEST).read_text(encoding="utf-8")).get("articles")
    except (OSError, ValueError, AttributeError):
        before = None
    if before != articles:
        what = f"tables from {before}" if before else f"tables of unknown origin ({', '.join(present)}.csv)"
        raise CorpusError(f"{out}: holds {what}, not from {articles}; choose another --out, "
                          "or pass --force to overwrite them")


def _extract(args) -> int:
    import json
    from datetime import UTC, datetime
    from pathlib import Path

    from analysis import __version__
    from analysis.corpus.load import load_corpus
    from analysis.run.pipeline import extract_all

    out = Path(args.out)
    source = _source(args.articles)
    _check_out(out, source, args.force)
    progress = sys.stderr.isatty()
    corpus = load_corpus(args.articles, progress=progress, **_load_options(args))
    tables = extract_all(corpus, engine=args.engine, scheduler=args.scheduler,
                         partitions=args.partitions, progress=progress)
    out.mkdir(parents=True, exist_ok=True)
    manifest = {"articles": source, "options": _load_options(args), "article_count": len(corpus),
                "skipped": [list(s) for s in corpus.attrs.get("skipped", [])],
                "tables": {}, "version": __version__,
                "written": datetime.now(UTC).isoformat(timespec="seconds")}
    for name, table in tables.items():
        path = out / f"{name}.csv"
        tmp = path.with_name(f".{path.name}.part")
        # utf-8 with a BOM: Excel, where many analysts open CSVs, then reads the Arabic right.
        table.to_csv(tmp, index=False, encoding="utf-8-sig")
        tmp.replace(path)
        manifest["tables"][path.name] = len(table)
        print(f"{path}: {len(table)} rows")
    tmp = out / f".{MANIFEST}.part"
    tmp.write_text(json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    tmp.replace(out / MANIFEST)
    _print_skipped(corpus)
    return 0


def _report(args) -> int:
    from analysis.report import NotebookError, ReportError, build_reports, find_notebooks
    from analysis.report.execute import NOTEBOOKS

    options = _load_options(args)
    loaded = []

    def announce(corpus) -> None:
        loaded.append(corpus)
        print(f"articles: {len(corpus)} from {args.articles or 'the bundled seeds'}", flush=True)

    notebooks = args.notebooks if args.notebooks else find_notebooks()
    if not notebooks:
        from analysis.corpus.load import load_corpus

        announce(load_corpus(args.articles, **options))
        print(f"no notebooks to build: {NOTEBOOKS} has no numbered notebooks (01_….py or .ipynb)")
        _print_skipped(loaded[0])
        return 0
    # The build reads the articles itself (bad input stops it, with the loader's message,
    # before any notebook runs) while its kernels start: reading them here first would
    # hold the kernels back.
    try:
        written = build_reports(
            notebooks,
            out=args.out,
            articles=args.articles,
            lang=args.lang,
            jobs=args.jobs,
            timeout=args.timeout,
            show_code=args.show_code,
            load_options=options,
            on_load=announce,
        )
    except NotebookError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted: no report was written", file=sys.stderr)
        return 130
    print(f"wrote {len(written) - 1} reports and {written[-1]}")
    _print_skipped(loaded[0])
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    # Not the loader itself (pandas): a report build starts its kernels first.
    from analysis.corpus.errors import CorpusError

    try:
        if args.command == "report":
            return _report(args)
        if args.command == "extract":
            return _extract(args)
        from analysis.corpus.load import load_corpus, summarize

        corpus = load_corpus(args.articles, **_load_options(args))
        print(summarize(corpus).to_string(index=False))
        _print_skipped(corpus)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
