"""Keep the development corpus's annotation in the repository without its text.

The excerpts are third-party text and are never committed; the annotation is ours. ``pack``
writes, for each article, where it came from (URL, publisher, date, the query that found
it), the SHA-256 and length of its text, and its gold annotation; ``unpack`` rebuilds the
folder ``benchmarks.accuracy`` scores once the texts are back in ``articles/`` (fetched
again from their URLs), refusing any text whose hash differs from the annotated one:

    python -m benchmarks.devcorpus pack /path/to/devcorpus benchmarks/devcorpus.jsonl
    python -m benchmarks.devcorpus unpack benchmarks/devcorpus.jsonl /path/to/devcorpus
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
from pathlib import Path

CATALOG = ("article_id", "publisher", "url", "published", "query")  # no title: it is the outlet's text


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def pack(folder: str | Path, out: str | Path) -> int:
    """One JSON line per annotated article of ``folder``; returns how many."""
    folder = Path(folder)
    with (folder / "catalog.csv").open(encoding="utf-8") as f:
        catalog = {row["article_id"]: row for row in csv.DictReader(f)}
    lines = []
    for gold_file in sorted((folder / "gold").glob("*.json")):
        aid = gold_file.stem
        text = (folder / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        row = catalog.get(aid, {})
        lines.append(json.dumps({
            **{k: row.get(k, "") for k in CATALOG}, "article_id": aid,
            "sha256": digest(text), "chars": len(text),
            "gold": json.loads(gold_file.read_text(encoding="utf-8")),
        }, ensure_ascii=False))
    Path(out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


def unpack(packed: str | Path, folder: str | Path) -> list[str]:
    """Write ``gold/`` and ``catalog.csv`` into ``folder`` for the articles whose text in
    ``folder/articles`` has the annotated hash; returns the ids still missing or changed."""
    folder = Path(folder)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    rows, missing = [], []
    for line in Path(packed).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        aid = item["article_id"]
        path = folder / "articles" / f"{aid}.txt"
        if not path.is_file() or digest(path.read_text(encoding="utf-8")) != item["sha256"]:
            missing.append(aid)
            continue
        (folder / "gold" / f"{aid}.json").write_text(json.dumps(item["gold"], ensure_ascii=False, indent=1),
                                                     encoding="utf-8")
        rows.append({k: item.get(k, "") for k in CATALOG})
    with (folder / "catalog.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=CATALOG)
        writer.writeheader()
        writer.writerows(rows)
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.devcorpus", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack", help="folder → annotation file (no text)")
    p.add_argument("folder")
    p.add_argument("out")
    u = sub.add_parser("unpack", help="annotation file + texts in FOLDER/articles → gold/ and catalog.csv")
    u.add_argument("packed")
    u.add_argument("folder")
    args = parser.parse_args(argv)
    if args.command == "pack":
        print(f"{pack(args.folder, args.out)} articles packed into {args.out}")
        return 0
    missing = unpack(args.packed, args.folder)
    if missing:
        print(f"{len(missing)} articles have no text or another text than the one annotated "
              f"(fetch them again from their URLs into {args.folder}/articles): {' '.join(missing)}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
