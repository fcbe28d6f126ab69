"""Command line: ``python -m analysis report`` (and friends)."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    rep = sub.add_parser("report", help="build the notebooks, figures and HTML reports")
    rep.add_argument("--articles", help="folder of .txt articles (default: the bundled seeds)")
    rep.add_argument("--out", help="output folder for the HTML reports (default: reports/)")
    rep.add_argument("--lang", choices=["ar", "en"], default="ar")
    rep.add_argument("--jobs", type=int, default=2)
    summ = sub.add_parser("summary", help="load the articles and print one line per article")
    summ.add_argument("--articles")
    args = parser.parse_args(argv)

    from .corpus import CorpusError, load_corpus, summarize

    try:
        if args.command == "summary" or args.command == "report":
            corpus = load_corpus(args.articles)
            print(summarize(corpus).to_string(index=False))
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
