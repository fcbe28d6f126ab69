"""Accuracy on a hand-annotated development corpus of real Arabic news (not shipped).

The corpus is a folder laid out as ``benchmarks/ACCURACY.md`` describes: ``articles/*.txt``
(the excerpts), ``catalog.csv`` and ``gold/<id>.json`` (the annotation). Third-party
article text is never committed, so this runs only where such a folder exists:

    .venv/bin/python -m benchmarks.accuracy /path/to/devcorpus [--json out.json] [--errors]

Scores, each over the gold items it applies to:

* money: recall and precision of amounts (spans overlapping one to one), value and
  currency right among the found, qualifier and role right among the found; an amount the
  extraction marks ``unquantified`` («مليارات الدولارات»: no number, no value) is outside
  the schema (the gold annotates a number with its currency) and is counted apart
  (``money_unquantified``), neither right nor spurious;
* payer and recipient: among found amounts whose gold states them, the predicted names
  equal the gold names (payer: the same set); their precision: among found amounts given
  a payer (a recipient), the one the gold states (a name where the text states none is wrong);
* entities: distinct organizations and people of the gold found in their article
  (recall), and predicted names that are no entity of the gold (wrong names);
* conflicts: how many claims the facts table flags as conflicting;
* dates (:func:`score_dates`): recall and precision of date expressions (spans
  overlapping one to one), and year, month and day as the text states them right
  among the found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

import pandas as pd

from analysis import extract_all, load_corpus, normalize

ENTITY_KINDS = ("org", "person", "fund", "government", "product")


def _key(name: str) -> str:
    """A name reduced for comparison: normalized, lower case, letters and digits only."""
    text = normalize(unicodedata.normalize("NFKC", str(name or ""))).lower()
    # A government is named after its country («Government of Saudi Arabia» is «Saudi Arabia»).
    text = re.sub(r"^government of (?:the )?", "", text)
    text = re.sub(r"^(?:ال|لل)", "", text)
    return re.sub(r"[^\w]", "", text)


def _names(value) -> list[str]:
    """A payer cell (list, or names joined by «; ») as a list."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v) for v in value if str(v)]
    return [v.strip() for v in str(value).split(";") if v.strip()]


def _same_name(pred: str, gold_en: str, gold_ar: str, aliases: dict[str, set[str]]) -> bool:
    if not pred:
        return False
    keys = {_key(gold_en), _key(gold_ar)} - {""}
    if "|" in pred:  # another annotator's name and its spelling (gold_tables): either matches
        return any(_same_name(p, gold_en, gold_ar, aliases) for p in pred.split("|"))
    return _key(pred) in keys or bool(aliases.get(pred, set()) & keys)


def _aliases() -> dict[str, set[str]]:
    """Canonical name → the keys of all its spellings in the gazetteer."""
    from analysis.extract.entities import load_gazetteer

    gaz = load_gazetteer()
    out: dict[str, set[str]] = {}
    for row in gaz.itertuples():
        spellings = [row.name_en, row.name_ar, *str(getattr(row, "aliases", "") or "").split("|")]
        out.setdefault(row.name_en, set()).update(_key(s) for s in spellings if str(s).strip())
    return out


def _match(gold: list[dict], pred: pd.DataFrame) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, pred row) of overlapping spans, greatest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        a, b = g["start"], g["start"] + len(g["surface"])
        for pi, (s, e) in enumerate(zip(pred["start"], pred["end"])):
            overlap = min(b, e) - max(a, s)
            if overlap > 0:
                pairs.append((overlap, gi, pi))
    used_g, used_p, out = set(), set(), []
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out.append((gi, pi))
    return out


def _close(a, b) -> bool:
    if a is None or (isinstance(a, float) and pd.isna(a)):
        return b is None or pd.isna(b)
    return b is not None and not pd.isna(b) and abs(float(a) - float(b)) <= 0.005 * max(abs(float(a)), 1.0)


def _same_part(gold, pred) -> bool:
    """A stated year, month or day of the gold (int or None) equals the table's (Int64 or <NA>)."""
    if gold is None:
        return pred is None or pd.isna(pred)
    return pred is not None and not pd.isna(pred) and int(pred) == int(gold)


def score_dates(golds: dict[str, dict], dates: pd.DataFrame, log: list[str] | None = None) -> dict:
    """Score the dates table against the ``dates`` of the gold files.

    Args:
        golds: article id → its gold annotation.
        dates: the dates table of those articles (``extract_all(...)["dates"]``).
        log: when given, misses, spurious dates and wrong parts are appended to it.

    Returns:
        ``date_items`` (gold dates), ``date_recall`` and ``date_precision`` (spans
        overlapping one to one), ``date_year_right``, ``date_month_right``,
        ``date_day_right`` (among the found: the stated part equals the gold's,
        both empty counting as right), ``date_ymd_right`` (all three right) and
        ``date_precision_stated``: the precision among the dates the text states
        (not ``relative``), since the gold annotates no relative date («أمس»,
        «العام الماضي») and ``date_precision`` counts every one found as wrong.
    """
    n = dict.fromkeys(("gold", "pred", "found", "year", "month", "day", "ymd", "pred_stated", "found_stated"), 0)
    for aid, gold in golds.items():
        g_dates = gold.get("dates", [])
        pd_ = dates[dates["article_id"] == aid].reset_index(drop=True)
        pairs = _match(g_dates, pd_)
        n["gold"] += len(g_dates)
        n["pred"] += len(pd_)
        n["found"] += len(pairs)
        stated = ~pd_["relative"].astype(bool) if "relative" in pd_ else pd.Series(True, index=pd_.index)
        n["pred_stated"] += int(stated.sum())
        n["found_stated"] += sum(bool(stated.iloc[pi]) for _, pi in pairs)
        if log is not None:
            matched = {gi for gi, _ in pairs}
            log.extend(f"{aid} DATE MISSED «{g['surface']}»" for gi, g in enumerate(g_dates) if gi not in matched)
            log.extend(f"{aid} DATE SPURIOUS «{pd_.at[pi, 'surface']}»"
                       for pi in sorted(set(range(len(pd_))) - {pi for _, pi in pairs}))
        for gi, pi in pairs:
            g, p = g_dates[gi], pd_.iloc[pi]
            ok = [_same_part(g.get(k), p[k]) for k in ("year", "month", "day")]
            n["year"] += ok[0]
            n["month"] += ok[1]
            n["day"] += ok[2]
            n["ymd"] += all(ok)
            if log is not None and not all(ok):
                log.append(f"{aid} DATE PARTS «{g['surface']}» gold {g.get('year')}/{g.get('month')}/{g.get('day')}"
                           f" pred «{p['surface']}» {p['year']}/{p['month']}/{p['day']}")

    def pct(a, b):
        return round(100 * a / b, 1) if b else None

    return {
        "date_items": n["gold"],
        "date_recall": pct(n["found"], n["gold"]),
        "date_precision": pct(n["found"], n["pred"]),
        "date_precision_stated": pct(n["found_stated"], n["pred_stated"]),
        "date_year_right": pct(n["year"], n["found"]),
        "date_month_right": pct(n["month"], n["found"]),
        "date_day_right": pct(n["day"], n["found"]),
        "date_ymd_right": pct(n["ymd"], n["found"]),
    }


def score(folder: str | Path, errors: bool = False, only: str | None = None) -> dict:
    """Extract the development corpus and score the tables against its gold.

    ``only``: score the articles whose id matches this regular expression at its start
    (a letter for a part, ``[g-l]01[1-5]`` for a held-out set).
    """
    folder = Path(folder)
    corpus = load_corpus(folder / "articles", catalog=folder / "catalog.csv")
    if only:
        corpus = corpus[corpus["article_id"].str.match(only)].reset_index(drop=True)
    # Articles still being annotated (no gold yet) are left out.
    corpus = corpus[[(folder / "gold" / f"{aid}.json").is_file() for aid in corpus["article_id"]]]
    corpus = corpus.reset_index(drop=True)
    tables = extract_all(corpus)
    golds = {aid: _gold(folder, aid) for aid in corpus["article_id"]}
    return compare(golds, tables, errors=errors)


def _gold(folder: Path, aid: str) -> dict:
    return json.loads((folder / "gold" / f"{aid}.json").read_text(encoding="utf-8"))


def gold_tables(golds: dict[str, dict]) -> dict[str, pd.DataFrame]:
    """A second annotation shaped as the extraction's tables, to score one annotator
    against another (inter-annotator agreement: the ceiling for any extractor).

    Names keep both spellings («name|spelling»), so that either may match."""
    money, entities, dates = [], [], []
    for aid, gold in golds.items():
        for m in gold["money"]:
            money.append({
                "article_id": aid, "start": m["start"], "end": m["start"] + len(m["surface"]),
                "surface": m["surface"], "value": m["value"], "value_max": m.get("value_max"),
                "currency": m["currency"], "qualifier": m["qualifier"] or "", "role": m["role"],
                "payer": "; ".join(f"{en}|{ar}" for en, ar in zip(m["payer"], m["payer_ar"])),
                "recipient": f"{m['recipient']}|{m['recipient_ar']}" if m["recipient"] else ""})
        for e in gold["entities"]:
            entities.append({"article_id": aid, "name_en": e["name"], "surface": e["surface"], "kind": e["kind"]})
        for d in gold.get("dates", []):
            dates.append({"article_id": aid, "start": d["start"], "end": d["start"] + len(d["surface"]),
                          "surface": d["surface"], **{k: d.get(k) for k in ("year", "month", "day")}})
    cols = {"money": ["article_id", "start", "end", "surface", "value", "value_max", "currency", "qualifier",
                      "role", "payer", "recipient"],
            "entities": ["article_id", "name_en", "surface", "kind"],
            "dates": ["article_id", "start", "end", "surface", "year", "month", "day"]}
    out = {k: pd.DataFrame(rows, columns=cols[k]) for k, rows in
           (("money", money), ("entities", entities), ("dates", dates))}
    for k in ("year", "month", "day"):
        out["dates"][k] = out["dates"][k].astype("Int64")
    out["facts"] = pd.DataFrame({"conflict": pd.Series([], dtype=bool)})
    return out


def compare(golds: dict[str, dict], tables: dict[str, pd.DataFrame], errors: bool = False) -> dict:
    """Score extraction tables (or :func:`gold_tables` of another annotator) against the gold.

    Args:
        golds: article id → its gold annotation.
        tables: ``money``, ``entities``, ``facts`` and ``dates`` tables of those articles.
        errors: also return the list of misses and mismatches.
    """
    money, entities, facts = tables["money"], tables["entities"], tables["facts"]
    aliases = _aliases()
    n = {k: 0 for k in ("gold", "pred", "found", "value", "currency", "qualifier", "role",
                        "payer_gold", "payer", "recipient_gold", "recipient",
                        "payer_pred", "payer_pred_right", "recipient_pred", "recipient_pred_right",
                        "ent_gold", "ent_found", "ent_pred", "ent_wrong", "unquantified")}
    log: list[str] = []
    for aid, gold in golds.items():
        pm = money[money["article_id"] == aid]
        if "note" in pm:
            vague = pm["note"].fillna("").astype(str).str.contains("unquantified")
            n["unquantified"] += int(vague.sum())
            pm = pm[~vague]
        pm = pm.reset_index(drop=True)
        g_money = gold["money"]
        n["gold"] += len(g_money)
        n["pred"] += len(pm)
        pairs = _match(g_money, pm)
        n["found"] += len(pairs)
        matched = {gi for gi, _ in pairs}
        for gi, g in enumerate(g_money):
            if gi not in matched:
                log.append(f"{aid} MISSED «{g['surface']}» {g['role']}")
        for pi in set(range(len(pm))) - {pi for _, pi in pairs}:
            log.append(f"{aid} SPURIOUS «{pm.at[pi, 'surface']}»")
        for gi, pi in pairs:
            g, p = g_money[gi], pm.iloc[pi]
            ok_value = _close(g["value"], p["value"]) and (g.get("value_max") is None or _close(g["value_max"], p.get("value_max")))
            n["value"] += ok_value
            n["currency"] += (g["currency"] or "") == (p["currency"] or "") or g["value"] is None
            n["qualifier"] += (g["qualifier"] or "") == (p["qualifier"] if isinstance(p["qualifier"], str) else "")
            n["role"] += g["role"] == p["role"]
            if not ok_value:
                log.append(f"{aid} VALUE «{g['surface']}» gold {g['value']} pred {p['value']}")
            if g["role"] != p["role"]:
                log.append(f"{aid} ROLE «{g['surface']}» gold {g['role']} pred {p['role']}")
            got = _names(p.get("payer"))
            ok = len(got) == len(g["payer"]) and all(
                any(_same_name(x, ge, ga, aliases) for x in got) for ge, ga in zip(g["payer"], g["payer_ar"]))
            if g["payer"]:
                n["payer_gold"] += 1
                n["payer"] += ok
                if not ok:
                    log.append(f"{aid} PAYER «{g['surface']}» gold {g['payer']} pred {got}")
            if got:  # a payer said: is it the one the text states (none stated: wrong)?
                n["payer_pred"] += 1
                n["payer_pred_right"] += ok
                if not g["payer"]:
                    log.append(f"{aid} PAYER «{g['surface']}» gold [] pred {got}")
            got = p.get("recipient", p.get("subject"))
            got = got if isinstance(got, str) else ""
            ok = _same_name(got, g["recipient"], g["recipient_ar"], aliases)
            if g["recipient"]:
                n["recipient_gold"] += 1
                n["recipient"] += ok
                if not ok:
                    log.append(f"{aid} RECIPIENT «{g['surface']}» gold {g['recipient']} pred {got!r}")
            if got:
                n["recipient_pred"] += 1
                n["recipient_pred_right"] += ok
                if not g["recipient"]:
                    log.append(f"{aid} RECIPIENT «{g['surface']}» gold '' pred {got!r}")
        # Entities: distinct names per article.
        g_ents = [e for e in gold["entities"] if e["kind"] in ENTITY_KINDS]
        pe = entities[(entities["article_id"] == aid) & entities["kind"].isin(ENTITY_KINDS)]
        pred_names = list(dict.fromkeys(pe["name_en"]))
        surfaces = dict(zip(pe["name_en"], pe["surface"]))
        n["ent_gold"] += len(g_ents)
        for e in g_ents:
            hit = any(_same_name(x, e["name"], e["surface"], aliases) or _key(surfaces[x]) == _key(e["surface"])
                      for x in pred_names)
            n["ent_found"] += hit
            if not hit:
                log.append(f"{aid} ENTITY MISSED {e['name']} «{e['surface']}»")
        n["ent_pred"] += len(pred_names)
        for x in pred_names:
            if not any(_same_name(x, e["name"], e["surface"], aliases) or _key(surfaces[x]) == _key(e["surface"])
                       for e in gold["entities"]):
                n["ent_wrong"] += 1
                log.append(f"{aid} ENTITY WRONG {x} «{surfaces[x]}»")

    def pct(a, b):
        return round(100 * a / b, 1) if b else None

    result = {
        "articles": len(golds),
        "money_items": n["gold"],
        "money_recall": pct(n["found"], n["gold"]),
        "money_precision": pct(n["found"], n["pred"]),
        "money_unquantified": n["unquantified"],
        "value_right": pct(n["value"], n["found"]),
        "currency_right": pct(n["currency"], n["found"]),
        "qualifier_right": pct(n["qualifier"], n["found"]),
        "role_right": pct(n["role"], n["found"]),
        "payer_right": pct(n["payer"], n["payer_gold"]),
        "payer_items": n["payer_gold"],
        "payer_precision": pct(n["payer_pred_right"], n["payer_pred"]),
        "recipient_right": pct(n["recipient"], n["recipient_gold"]),
        "recipient_items": n["recipient_gold"],
        "recipient_precision": pct(n["recipient_pred_right"], n["recipient_pred"]),
        "entity_recall": pct(n["ent_found"], n["ent_gold"]),
        "entity_wrong": pct(n["ent_wrong"], n["ent_pred"]),
        "entities_gold": n["ent_gold"],
        "facts": len(facts),
        "flagged_conflicts": int(facts["conflict"].sum()) if len(facts) else 0,
        **score_dates(golds, tables["dates"], log if errors else None),
    }
    if errors:
        result["errors"] = log
    return result


def _jsonl(path: str | Path) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def second_reading(golds: dict[str, dict], path: str | Path) -> dict[str, dict]:
    """The gold of ``golds`` with each amount's role, payer and recipient as a second
    annotator gave them (``benchmarks/agreement.jsonl``: one JSON line per amount with
    ``article_id``, ``start``, ``surface``, ``role``, ``payer`` (English names),
    ``recipient``); the amounts themselves are the first annotation's, so only the
    parties and roles are compared. An amount the file does not hold is refused."""
    second = {(row["article_id"], row["start"], row["surface"]): row for row in _jsonl(path)}
    out = {}
    for aid, gold in golds.items():
        money = []
        for m in gold["money"]:
            row = second.get((aid, m["start"], m["surface"]))
            if row is None:
                raise ValueError(f"{path}: no second reading of «{m['surface']}» at {m['start']} in {aid}; "
                                 "every amount of an article read twice must be in the file")
            money.append({**m, "role": row["role"], "payer": row["payer"], "payer_ar": [""] * len(row["payer"]),
                          "recipient": row["recipient"], "recipient_ar": ""})
        out[aid] = {**gold, "money": money}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", help="the development corpus (articles/, catalog.csv, gold/)")
    parser.add_argument("--json", help="also write the scores to this file")
    parser.add_argument("--errors", action="store_true", help="list every miss and mismatch")
    parser.add_argument("--only", help="score only the articles whose id matches this regular expression "
                        "at its start (a part's letter, or e.g. '[g-l]01[1-5]')")
    parser.add_argument("--agree", metavar="OTHER",
                        help="score OTHER's gold/ (a second annotation of some articles) against FOLDER's, "
                             "instead of the extraction: the inter-annotator agreement")
    parser.add_argument("--agree-parties", metavar="JSONL",
                        help="score a second reading of the roles, payers and recipients of the amounts "
                             "(benchmarks/agreement.jsonl) against FOLDER's gold: their agreement")
    args = parser.parse_args(argv)
    if args.agree_parties:
        ids = sorted({row["article_id"] for row in _jsonl(args.agree_parties)})
        golds = {aid: _gold(Path(args.folder), aid) for aid in ids}
        result = compare(golds, gold_tables(second_reading(golds, args.agree_parties)), errors=args.errors)
        keep = ("articles", "money_items", "role_right", "payer_right", "payer_items", "payer_precision",
                "recipient_right", "recipient_items", "recipient_precision", "errors")
        result = {k: v for k, v in result.items() if k in keep}
    elif args.agree:
        other = Path(args.agree)
        ids = sorted(p.stem for p in (other / "gold").glob("*.json") if not args.only or re.match(args.only, p.stem))
        golds = {aid: _gold(Path(args.folder), aid) for aid in ids}
        result = compare(golds, gold_tables({aid: _gold(other, aid) for aid in ids}), errors=args.errors)
    else:
        result = score(args.folder, errors=args.errors, only=args.only)
    for line in result.pop("errors", []):
        print(line)
    for k, v in result.items():
        print(f"{k:>20}: {v}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
