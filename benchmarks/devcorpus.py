"""Keep the development corpus's annotation in the repository without its text.

The excerpts are third-party text and are never committed; the annotation is ours. ``pack``
writes, for each article, where it came from (URL, publisher, date, the query that found
it), the SHA-256 and length of its text, and its gold annotation; ``unpack`` rebuilds the
folder ``benchmarks.accuracy`` scores once the texts are back in ``articles/`` (fetched
again from their URLs), refusing any text whose hash differs from the annotated one:

    python -m benchmarks.devcorpus pack /path/to/devcorpus benchmarks/devcorpus.jsonl
    python -m benchmarks.devcorpus unpack benchmarks/devcorpus.jsonl /path/to/devcorpus

Restoring the texts (done once per machine; 90 excerpts took six helpers about ten minutes):
``todo`` lists the articles still missing, each with its URL, the query that found it and its
length; whoever fetches a text (the stored page's opening, as the search gives it) writes it
anywhere and ``place`` files it under ``articles/`` if it is the annotated text, trying the
whitespace a copy typically gains or loses (a trailing newline, a leading space) and otherwise
saying how far off it is and where the annotated amounts should sit:

    python -m benchmarks.devcorpus todo benchmarks/devcorpus.jsonl /path/to/devcorpus
    python -m benchmarks.devcorpus place benchmarks/devcorpus.jsonl /path/to/devcorpus ID copied.txt

Adjudication: when the schema settles a case annotators had decided differently, an adjudicator
who reads only the texts and the gold writes one line per changed field (article, the amount's
offset and surface, the field, the old and the new value, and why; a line whose field is ``entity``
or ``date`` removes that span: old = the entity's name or the date's surface, new = ""; an entity can
also be renamed, new = its new name, or added, old = "" and its kind given); ``adjudicate``
applies such a list to the annotation file, refusing a line whose old value is not the gold's, so the
list is the record of what changed and the scores before it can be had again from git:

    python -m benchmarks.devcorpus adjudicate benchmarks/devcorpus.jsonl benchmarks/adjudication.jsonl
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


def _has_text(folder: Path, item: dict) -> bool:
    """Does ``folder/articles`` hold the text ``item`` was annotated on (same hash)?"""
    path = folder / "articles" / f"{item['article_id']}.txt"
    return path.is_file() and digest(path.read_text(encoding="utf-8")) == item["sha256"]


def unpack(packed: str | Path, folder: str | Path) -> list[str]:
    """Write ``gold/`` and ``catalog.csv`` into ``folder`` for the articles whose text in
    ``folder/articles`` has the annotated hash; returns the ids still missing or changed."""
    folder = Path(folder)
    (folder / "gold").mkdir(parents=True, exist_ok=True)
    rows, missing = [], []
    for line in Path(packed).read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        aid = item["article_id"]
        if not _has_text(folder, item):
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


def _items(packed: str | Path) -> dict[str, dict]:
    return {item["article_id"]: item for item in
            (json.loads(line) for line in Path(packed).read_text(encoding="utf-8").splitlines())}


FIELDS = ("role", "payer", "payer_ar", "recipient", "recipient_ar")
SPANS = {"entity": "entities", "date": "dates"}  # a line with these fields removes (or names, adds) a gold span


def _change_span(item: dict | None, change: dict, n: int) -> str | None:
    """Apply to ``item``'s gold a change of an entity or a date at ``start`` with ``surface``: remove
    the entity (``old`` = its name, ``new`` = "") or the date (``old`` = its surface, ``new`` = "");
    rename an entity (``old`` = its name, ``new`` = the new name); add an entity (``old`` = "",
    ``new`` = its name, and its ``kind``); add a date (``old`` = "", ``new`` = its surface, and its
    ``year``, ``month``, ``day``). Returns what is wrong instead, if anything (nothing changed)."""
    key, what = SPANS[change["field"]], change["field"]
    old, new = change["old"], change["new"]
    rows = [r for r in (item["gold"][key] if item else [])
            if r["start"] == change["start"] and r["surface"] == change["surface"]]
    where = f"{change['article_id']} {what} «{change['surface']}» at {change['start']}"
    if item is None:
        return f"change {n}: no article {change['article_id']}"
    if what == "entity" and old == "":
        if new == "" or change.get("kind") not in KINDS:
            return f"change {n}: adding {where} needs a name (new) and a kind, one of {', '.join(sorted(KINDS))}"
        if rows:
            return f"change {n}: {where} is already there (as {rows[0]['name']!r})"
        row = {"name": new, "surface": change["surface"], "kind": change["kind"], "start": change["start"]}
        item["gold"][key] = sorted(item["gold"][key] + [row], key=lambda r: r["start"])
        return None
    if what == "date" and old == "":
        # add a date: ``new`` is its surface, with its ``year``, ``month`` and ``day`` (null if not said)
        if new != change["surface"] or not any(change.get(k) for k in ("year", "month", "day")):
            return f"change {n}: adding {where} needs new = its surface and a year, month or day"
        if rows:
            return f"change {n}: {where} is already there"
        row = {"surface": new, **{k: change.get(k) for k in ("year", "month", "day")}, "start": change["start"]}
        item["gold"][key] = sorted(item["gold"][key] + [row], key=lambda r: r["start"])
        return None
    if what == "date" and new != "":
        return f"change {n}: a date line removes a date (new must be \"\") or adds one (old \"\"), not {old!r} → {new!r}"
    if len(rows) != 1:
        return f"change {n}: {change['article_id']} has no {what} «{change['surface']}» at {change['start']}"
    current = rows[0]["name"] if what == "entity" else rows[0]["surface"]
    if current != old:
        return f"change {n}: {where} is {current!r}, not {old!r}"
    if new == "":
        item["gold"][key].remove(rows[0])
    else:
        rows[0]["name"] = new
    return None


def adjudicate(packed: str | Path, changes: list[dict]) -> int:
    """Apply adjudicated changes (``article_id``, ``start``, ``surface``, ``field``, ``old``,
    ``new``) to the gold of ``packed`` in place; returns how many lines were applied. A money
    field (one of FIELDS) changes from ``old`` to ``new``; a line whose field is ``entity`` or
    ``date`` removes, renames or adds that gold span at ``start`` (see :func:`_change_span`).
    Nothing is written unless every change names a span of the gold and its current value."""
    items = _items(packed)
    errors = []
    for n, change in enumerate(changes, 1):
        item = items.get(change["article_id"])
        if change["field"] in SPANS:
            error = _change_span(item, change, n)
            if error:
                errors.append(error)
            continue
        money = [m for m in (item["gold"]["money"] if item else [])
                 if m["start"] == change["start"] and m["surface"] == change["surface"]]
        if change["field"] not in FIELDS:
            errors.append(f"change {n}: field {change['field']!r} is not one of {', '.join(FIELDS + tuple(SPANS))}")
        elif len(money) != 1:
            errors.append(f"change {n}: {change['article_id']} has no amount «{change['surface']}» at {change['start']}")
        elif money[0][change["field"]] != change["old"]:
            errors.append(f"change {n}: {change['article_id']} «{change['surface']}» {change['field']} is "
                          f"{money[0][change['field']]!r}, not {change['old']!r} (already applied?)")
        else:
            money[0][change["field"]] = change["new"]
    if errors:
        raise ValueError("nothing applied:\n" + "\n".join(errors))
    Path(packed).write_text("".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items.values()),
                            encoding="utf-8")
    return len(changes)


def todo(packed: str | Path, folder: str | Path) -> list[dict]:
    """The packed articles whose text is not yet in ``folder/articles`` (or is another text)."""
    return [item for item in _items(packed).values() if not _has_text(Path(folder), item)]


def _variants(text: str) -> list[tuple[str, str]]:
    """A copied text and the few whitespace edits a copy typically makes to a page's text: a
    page's opening can end in a run of empty lines, of which a copy keeps more or fewer."""
    bare = text.rstrip("\n")
    return [("as written", text), ("without the trailing newline", bare), ("with a trailing newline", bare + "\n"),
            ("stripped", text.strip()), ("with one leading space", " " + text.strip()),
            *((f"ending in {n} newlines", bare + "\n" * n) for n in range(2, 9))]


def place(packed: str | Path, folder: str | Path, article_id: str, copied: str) -> tuple[bool, str]:
    """File ``copied`` as ``folder/articles/<article_id>.txt`` if it (or one of its
    :func:`_variants`) is the annotated text; returns (placed, what happened)."""
    item = _items(packed).get(article_id)
    if item is None:
        return False, f"{article_id}: no such article in {packed}"
    for how, text in _variants(copied):
        if digest(text) == item["sha256"]:
            path = Path(folder) / "articles" / f"{article_id}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            return True, f"{article_id}: the annotated text ({how}), written to {path}"
    text = copied.rstrip("\n")
    lines = [f"{article_id}: not the annotated text: {len(text)} characters, the annotated text has {item['chars']}"]
    for amount in item["gold"].get("money", [])[:3]:
        surface, start = amount["surface"], amount["start"]
        where = "in place" if text[start:start + len(surface)] == surface else f"not at {start} (found at {text.find(surface)})"
        lines.append(f"  «{surface}»: {where}")
    return False, "\n".join(lines)


ROLES = frozenset({"raise", "valuation", "market_value", "investment", "acquisition", "bid", "revenue", "loss",
                   "spending", "debt", "damages", "other"})
QUALIFIERS = frozenset({"", "up_to", "approx", "more_than", "at_least", "less_than"})
KINDS = frozenset({"org", "person", "fund", "government", "product"})


def build(folder: str | Path, article_id: str) -> dict:
    """An annotator's ``spec/<id>.json`` (surfaces with ``nth``, no offsets; see
    ``ANNOTATION.md``) → ``gold/<id>.json`` with each span's start in the text; returns the gold.

    Raises:
        ValueError: a surface (or its nth occurrence) is not in ``articles/<id>.txt``.
    """
    folder = Path(folder)
    text = (folder / "articles" / f"{article_id}.txt").read_text(encoding="utf-8")
    spec = json.loads((folder / "spec" / f"{article_id}.json").read_text(encoding="utf-8"))
    gold = {}
    for key in ("money", "entities", "dates"):
        rows = []
        for row in spec.get(key, []):
            row = dict(row)
            nth, pos = row.pop("nth", 1) or 1, -1
            for _ in range(nth):
                pos = text.find(row["surface"], pos + 1)
                if pos < 0:
                    raise ValueError(f"{article_id}: {key} «{row['surface']}» (occurrence {nth}) is not in "
                                     f"articles/{article_id}.txt; copy the surface from the text")
            rows.append({**row, "start": pos})
        gold[key] = sorted(rows, key=lambda r: r["start"])
    (folder / "gold").mkdir(exist_ok=True)
    (folder / "gold" / f"{article_id}.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1),
                                                       encoding="utf-8")
    return gold


def problems(folder: str | Path) -> list[str]:
    """What in ``folder/gold`` breaks the schema: a span not at its offset, an unknown role,
    qualifier or kind, payers and their spellings that do not pair up."""
    folder = Path(folder)
    out = []
    for path in sorted((folder / "gold").glob("*.json")):
        aid = path.stem
        text = (folder / "articles" / f"{aid}.txt").read_text(encoding="utf-8")
        gold = json.loads(path.read_text(encoding="utf-8"))
        for key in ("money", "entities", "dates"):
            out += [f"{aid}: {key} «{r['surface']}» is not at {r['start']}" for r in gold.get(key, [])
                    if text[r["start"]:r["start"] + len(r["surface"])] != r["surface"]]
        for m in gold.get("money", []):
            if m.get("role") not in ROLES:
                out.append(f"{aid}: «{m['surface']}» has role {m.get('role')!r}, not one of {sorted(ROLES)}")
            if m.get("qualifier", "") not in QUALIFIERS:
                out.append(f"{aid}: «{m['surface']}» has qualifier {m.get('qualifier')!r}")
            if not isinstance(m.get("payer"), list) or len(m["payer"]) != len(m.get("payer_ar", [])):
                out.append(f"{aid}: «{m['surface']}»: payer and payer_ar must be lists of the same length")
            if (m.get("recipient", "") == "") != (m.get("recipient_ar", "") == ""):
                out.append(f"{aid}: «{m['surface']}»: recipient and recipient_ar go together")
        out += [f"{aid}: entity «{e['surface']}» has kind {e.get('kind')!r}" for e in gold.get("entities", [])
                if e.get("kind") not in KINDS]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.devcorpus", description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pack", help="folder → annotation file (no text)")
    p.add_argument("folder")
    p.add_argument("out")
    u = sub.add_parser("unpack", help="annotation file + texts in FOLDER/articles → gold/ and catalog.csv")
    u.add_argument("packed")
    u.add_argument("folder")
    t = sub.add_parser("todo", help="the articles whose text is still to be fetched: id, URL, query, length")
    t.add_argument("packed")
    t.add_argument("folder")
    c = sub.add_parser("place", help="file a fetched copy under FOLDER/articles if it is the annotated text")
    c.add_argument("packed")
    c.add_argument("folder")
    c.add_argument("article_id")
    c.add_argument("copy")
    b = sub.add_parser("build", help="spec/ID.json (surfaces, no offsets) → gold/ID.json")
    b.add_argument("folder")
    b.add_argument("article_ids", nargs="+")
    v = sub.add_parser("validate", help="check every gold file of FOLDER against the schema")
    v.add_argument("folder")
    a = sub.add_parser("adjudicate", help="apply an adjudicator's changes (JSON lines) to the annotation file")
    a.add_argument("packed")
    a.add_argument("changes")
    args = parser.parse_args(argv)
    if args.command == "adjudicate":
        lines = Path(args.changes).read_text(encoding="utf-8").splitlines()
        try:
            n = adjudicate(args.packed, [json.loads(line) for line in lines if line.strip()])
        except ValueError as e:
            print(f"{args.changes}: {e}")
            return 1
        print(f"{n} fields changed in {args.packed}")
        return 0
    if args.command == "build":
        for aid in args.article_ids:
            gold = build(args.folder, aid)
            print(f"{aid}: {len(gold['money'])} amounts, {len(gold['entities'])} names, {len(gold['dates'])} dates")
        return 0
    if args.command == "validate":
        found = problems(args.folder)
        print("\n".join(found) or "no problems")
        return 1 if found else 0
    if args.command == "todo":
        for item in todo(args.packed, args.folder):
            print("\t".join([item["article_id"], item["url"], item["query"], str(item["chars"])]))
        return 0
    if args.command == "place":
        placed, message = place(args.packed, args.folder, args.article_id,
                                Path(args.copy).read_text(encoding="utf-8"))
        print(message)
        return 0 if placed else 1
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
