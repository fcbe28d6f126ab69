"""Train the filter of names found by rule (``analysis/data/name_model.json``).

    .venv/bin/python -m benchmarks.train_names /path/to/devcorpus [--write] [--grid]

An example is one distinct name of one article that only the rules found (``known``
False in all its mentions, an entity kind the scorer counts); its features are
:func:`analysis.extract.name_filter.name_features` (the function the package uses); its
label is ``drop`` when the scorer would count it wrong (no gold entity of the article
matches it, by ``benchmarks.accuracy``'s ``_same_name`` or surface key), else ``keep``.
Only READ articles are used (``benchmarks.learn.readable``); a held-out id is refused.

Evaluation: part-grouped 5-fold cross-validation on READ; the out-of-fold probabilities
give, for each threshold, the entity recall and wrong share the scorer would report had
the names above it been left out of the table (the gazetteer's names and the other
rows untouched), against the rules' own figures on the same articles.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np

from analysis import load_corpus
from analysis.extract.entities import extract_entities, find_all_entities
from analysis.extract.mentions import article_texts
from analysis.extract.name_filter import name_features
from benchmarks.accuracy import ENTITY_KINDS, _aliases, _gold, _key, _same_name
from benchmarks.learn import group_folds, predict, readable, to_dict, train

OUT = Path(__file__).resolve().parents[1] / "analysis" / "data" / "name_model.json"
CLASSES = ("keep", "drop")
L2 = 3.0
MIN_COUNT = 2
THRESHOLD = 0.6
STEPS = 300


def build(folder: str | Path) -> tuple[list[dict], dict, dict]:
    """Examples of the READ articles with gold, the gold, and each article's predicted
    names (name → last surface) as the scorer sees them."""
    folder = Path(folder)
    corpus = load_corpus(folder / "articles", catalog=folder / "catalog.csv")
    corpus = corpus[[(folder / "gold" / f"{x}.json").is_file() for x in corpus["article_id"]]]
    corpus = corpus[[readable(x) for x in corpus["article_id"]]].reset_index(drop=True)
    held = [x for x in corpus["article_id"] if not readable(x)]
    if held:
        raise SystemExit(f"refusing held-out articles: {held[:5]}")
    texts = list(article_texts(corpus))
    mentions = [find_all_entities(art.norm.text) for art in texts]
    table = extract_entities(corpus, texts=texts, mentions=mentions, name_filter=False)
    aliases = _aliases()
    golds, preds, examples = {}, {}, []
    for art, ments in zip(texts, mentions):
        aid = art.article_id
        gold = _gold(folder, aid)
        golds[aid] = gold
        rows = table[table["article_id"] == aid]
        assert len(rows) == len(ments)
        scored = rows["kind"].isin(ENTITY_KINDS).tolist()
        surfaces = {n: s for n, s, ok in zip(rows["name_en"], rows["surface"], scored) if ok}
        preds[aid] = surfaces
        listed = {e.name_en for e in ments if e.known}
        groups: dict[str, list] = {}
        for e, ok in zip(ments, scored):
            if ok and not e.known and e.name_en not in listed:
                groups.setdefault(e.name_en, []).append(e)
        for name, group in groups.items():
            right = any(_same_name(name, g["name"], g["surface"], aliases) or _key(surfaces[name]) == _key(g["surface"])
                        for g in gold["entities"])
            examples.append({"aid": aid, "name": name, "x": name_features(art.norm.text, group),
                             "y": "keep" if right else "drop"})
    return examples, golds, preds


# The rules as they were before a part was read, and that part: what the rules propose on
# text they were not written for (the read parts' own output has had its wrong names fixed
# by hand, so it holds few). Their names are examples too (labelled by the same gold).
OLD_RULES = (("9650678", r"a[l-n]"), ("1b15c39", r"a[i-k]"))
_FINDERS = {"_cue_names": "cue", "_person_names": "person", "_dateline_names": "dateline",
            "_speech_subjects": "speech", "_listed_people": "listed", "_associations": "association",
            "_bodies": "body", "_bylines": "byline", "_suffixed_orgs": "suffixed", "_quoted_companies": "quoted",
            "_suffixed_outlets": "outlet", "_latin_names": "latin", "_dotted_brands": "dotted",
            "_glossed_by_acronym": "acronym"}
_DUMP = """
import functools, json, re, sys, warnings
warnings.simplefilter("ignore")
from pathlib import Path
import analysis.extract.names as N
folder, rx, finders = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
tag = {}
def wrap(f, r):
    @functools.wraps(f)
    def g(text, *a, **k):
        out = f(text, *a, **k)
        for c in out:
            tag[(text, c.start)] = r
        return out
    return g
for fn, r in finders.items():
    if hasattr(N, fn):
        setattr(N, fn, wrap(getattr(N, fn), r))
from analysis import load_corpus
from analysis.extract.entities import extract_entities, find_all_entities
from analysis.extract.mentions import article_texts
assert N.__file__.startswith(sys.path[1]), (N.__file__, sys.path[:3])  # the old rules, not today's
corpus = load_corpus(folder / "articles", catalog=folder / "catalog.csv")
corpus = corpus[[(folder / "gold" / f"{x}.json").is_file() and bool(re.match(rx, x))
                 for x in corpus["article_id"]]].reset_index(drop=True)
texts = list(article_texts(corpus))
ments = [find_all_entities(a.norm.text) for a in texts]
table = extract_entities(corpus, texts=texts, mentions=ments)
out = {}
for a, m in zip(texts, ments):
    rows = table[table["article_id"] == a.article_id]
    out[a.article_id] = [a.norm.text, [[e.start, e.end, e.name_en, e.name_ar, e.kind, bool(e.known),
                          "" if e.known else tag.get((a.norm.text, e.start), ""), s]
                         for e, s in zip(m, rows["surface"])]]
print(json.dumps(out, ensure_ascii=False))
"""


def old_examples(folder: str | Path, commit: str, parts: str) -> tuple[list[dict], dict, dict]:
    """Examples of the names the rules of ``commit`` found in the READ parts ``parts``
    (a regex), with the gold and those rules' predicted names; the features are today's
    :func:`name_features` of their mentions (each tagged with the finder that proposed it)."""
    from analysis.extract.entities import EntityMention

    folder = Path(folder)
    repo = Path(__file__).resolve().parents[1]
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(repo), "archive", commit, "analysis"], check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        res = subprocess.run([sys.executable, "-c", _DUMP, str(folder), parts, json.dumps(_FINDERS)],
                             check=True, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": tmp}, cwd=tmp)
    found = json.loads(res.stdout)
    aliases = _aliases()
    examples, golds, preds = [], {}, {}
    for aid, (text, ments) in sorted(found.items()):
        if not readable(aid):
            raise SystemExit(f"refusing held-out article {aid}")
        gold = golds[aid] = _gold(folder, aid)
        surfaces = {m[2]: m[7] for m in ments if m[4] in ENTITY_KINDS}
        preds[aid] = surfaces
        listed = {m[2] for m in ments if m[5]}
        groups: dict[str, list] = {}
        for m in ments:
            if m[4] in ENTITY_KINDS and not m[5] and m[2] not in listed:
                groups.setdefault(m[2], []).append(EntityMention(*m[:5], known=False, rule=m[6]))
        for name, group in groups.items():
            right = any(_same_name(name, g["name"], g["surface"], aliases) or _key(surfaces[name]) == _key(g["surface"])
                        for g in gold["entities"])
            examples.append({"aid": aid, "name": name, "x": name_features(text, group),
                             "y": "keep" if right else "drop", "src": commit})
    return examples, golds, preds


def entity_scores(golds: dict, preds: dict, dropped: set[tuple[str, str]], aliases) -> dict:
    """Entity recall and wrong share as ``benchmarks.accuracy.compare`` counts them, with
    the (article, name) pairs of ``dropped`` left out of the table."""
    n = dict.fromkeys(("gold", "found", "pred", "wrong"), 0)
    for aid, gold in golds.items():
        surfaces = {x: s for x, s in preds[aid].items() if (aid, x) not in dropped}
        g_ents = [e for e in gold["entities"] if e["kind"] in ENTITY_KINDS]
        n["gold"] += len(g_ents)
        for e in g_ents:
            n["found"] += any(_same_name(x, e["name"], e["surface"], aliases) or _key(s) == _key(e["surface"])
                              for x, s in surfaces.items())
        n["pred"] += len(surfaces)
        for x, s in surfaces.items():
            n["wrong"] += not any(_same_name(x, e["name"], e["surface"], aliases) or _key(s) == _key(e["surface"])
                                  for e in gold["entities"])
    return {"recall": round(100 * n["found"] / n["gold"], 2), "wrong": round(100 * n["wrong"] / n["pred"], 2),
            "found": n["found"], "n_wrong": n["wrong"], "pred": n["pred"]}


def fit(examples: list[dict], l2: float = L2) -> dict:
    return train([e["x"] for e in examples], [e["y"] for e in examples], CLASSES, l2=l2, steps=STEPS,
                 rate=0.1, min_count=MIN_COUNT)


def out_of_fold(examples: list[dict], l2: float = L2, k: int = 5) -> np.ndarray:
    """P(drop) of each example from a model not trained on its part."""
    p = np.zeros(len(examples))
    for test in group_folds([e["aid"] for e in examples], k):
        model = fit([e for e, t in zip(examples, test) if not t], l2)
        p[test] = predict(model, [e["x"] for e, t in zip(examples, test) if t])[:, 1]
    return p


def report(examples: list[dict], p: np.ndarray, sets: dict, aliases, thresholds) -> list[str]:
    """Entity recall / wrong of each set (``src``: today's rules, or an older commit's on the
    parts it had not read) with the rules alone and with the names above each threshold left out."""
    lines = []
    for src, (golds, preds) in sets.items():
        base = entity_scores(golds, preds, set(), aliases)
        lines.append(f"  {src:>8} rules   recall {base['recall']:6.2f}  wrong {base['wrong']:5.2f}"
                     f"  ({base['n_wrong']}/{base['pred']} names)")
        sel = [(e, q) for e, q in zip(examples, p) if e["src"] == src]
        for t in thresholds:
            dropped = {(e["aid"], e["name"]) for e, q in sel if q > t}
            right = sum(e["y"] == "keep" for e, q in sel if q > t)
            s = entity_scores(golds, preds, dropped, aliases)
            lines.append(f"  {src:>8} t={t:<4} recall {s['recall']:6.2f}  wrong {s['wrong']:5.2f}"
                         f"  ({s['n_wrong']}/{s['pred']} names; left out {len(dropped)}, {right} of them right)")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder")
    parser.add_argument("--write", action="store_true", help=f"write {OUT.name}")
    parser.add_argument("--grid", action="store_true", help="also cross-validate other l2 values")
    parser.add_argument("--no-old", action="store_true", help="train on today's rules' names only")
    args = parser.parse_args(argv)
    examples, golds, preds = build(args.folder)
    for e in examples:
        e["src"] = "today"
    sets = {"today": (golds, preds)}
    if not args.no_old:
        for commit, parts in OLD_RULES:
            ex, g, p = old_examples(args.folder, commit, parts)
            examples += ex
            sets[commit] = (g, p)
    aliases = _aliases()
    for src in sets:
        ys = [e["y"] for e in examples if e["src"] == src]
        print(f"{src}: {len(sets[src][0])} READ articles, {len(ys)} unlisted names, {ys.count('drop')} wrong")
    thresholds = (0.4, 0.5, 0.6, 0.7)
    for l2 in ((1.0, 3.0, 10.0) if args.grid else (L2,)):
        p = out_of_fold(examples, l2)
        print(f"\nl2={l2}: out-of-fold (part-grouped, 5 folds)")
        print("\n".join(report(examples, p, sets, aliases, thresholds)))
    if args.write:
        model = fit(examples)
        OUT.write_text(json.dumps(to_dict(model, ABOUT, THRESHOLD), ensure_ascii=False, indent=0) + "\n",
                       encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


ABOUT = "see benchmarks/train_names.py"

if __name__ == "__main__":
    sys.exit(main())
