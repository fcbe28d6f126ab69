"""Command line: ``python -m analysis report`` (and friends)."""

from __future__ import annotations

import argparse
import sys


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="run the notebooks and write the HTML reports")
    rep.add_argument("--articles", help="folder of .txt articles (default: the bundled seeds)")
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
    summ.add_argument("--articles")
    ext = sub.add_parser("extract", help="extract money, dates, entities, facts and flows to CSV files")
    ext.add_argument("--articles", help="folder of .txt articles (default: the bundled seeds)")
    ext.add_argument("--out", required=True, help="folder for money.csv, dates.csv, entities.csv, facts.csv, flows.csv")
    ext.add_argument("--engine", choices=["pandas", "dask"], default="pandas")
    ext.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")
    ext.add_argument("--partitions", type=int, help="Dask partitions (default: from the worker count)")
    return parser


def _extract(args) -> int:
    from pathlib import Path

    from analysis.corpus.load import load_corpus
    from analysis.run.pipeline import extract_all

    tables = extract_all(load_corpus(args.articles), engine=args.engine, scheduler=args.scheduler,
                         partitions=args.partitions)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for name, table in tables.items():
        path = out / f"{name}.csv"
        tmp = path.with_name(f".{path.name}.part")
        # utf-8 with a BOM: Excel, where many analysts open CSVs, then reads the Arabic right.
        table.to_csv(tmp, index=False, encoding="utf-8-sig")
        tmp.replace(path)
        print(f"{path}: {len(table)} rows")
    return 0


def _report(args) -> int:
    from analysis.corpus.load import load_corpus
    from analysis.report import NotebookError, ReportError, build_reports, find_notebooks
    from analysis.report.execute import NOTEBOOKS

    corpus = load_corpus(args.articles)  # fail early, with the loader's message, on bad input
    print(f"articles: {len(corpus)} from {args.articles or 'the bundled seeds'}")
    notebooks = args.notebooks if args.notebooks else find_notebooks()
    if not notebooks:
        print(f"no notebooks to build: {NOTEBOOKS} has no numbered notebooks (01_….py or .ipynb)")
        return 0
    try:
        written = build_reports(
            notebooks,
            out=args.out,
            articles=args.articles,
            lang=args.lang,
            jobs=args.jobs,
            timeout=args.timeout,
            show_code=args.show_code,
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
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)

    from analysis.corpus.load import CorpusError, load_corpus, summarize

    try:
        if args.command == "report":
            return _report(args)
        if args.command == "extract":
            return _extract(args)
        print(summarize(load_corpus(args.articles)).to_string(index=False))
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
