"""Synthetic corpora for scale benchmarks and tests: the seeds, varied, with known truth.

Each generated article is one of the four seed articles with

* its money figures changed (``45 مليار`` → ``17 مليار``; digits or Arabic-Indic digits),
* its years shifted (the whole article by one offset, and its catalog date with it),
* its month names replaced by other months,
* its AI-lab and big-tech names swapped for others of the same sector (gazetteer names),

plus one to three added paragraphs that state a raise with a known amount (digits,
Arabic-Indic digits or number words; dollars or euros), subject and month/year. Those
added facts are the *truth* (``truth.csv``): what the extractors must find in them.

``python -m benchmarks.generate N OUT`` writes ``OUT/<id>.txt``, ``OUT/catalog.csv`` and
``OUT/truth.csv``. :func:`generate_corpus` does the same in memory. The output depends
only on ``n`` and ``seed``.
"""

from __future__ import annotations

import argparse
import csv
import random
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from analysis.corpus.load import default_articles_dir, read_catalog
from analysis.extract.entities import load_gazetteer

TRUTH_COLUMNS = ["article_id", "kind", "surface", "value", "currency", "subject", "year", "month"]

_INDIC = str.maketrans("0123456789.", "٠١٢٣٤٥٦٧٨٩٫")
_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
           "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
_MONTH_RE = re.compile(r"(?<!\w)(" + "|".join(_MONTHS) + r")(?!\w)")
_YEAR_RE = re.compile(r"(?<![\d./-])(20[012]\d)(?![\d/-])")
_AMOUNT_RE = re.compile(r"(?<![\d.,])(\d+(?:\.\d+)?)(?=[ \t]+(?:مليار|مليون|ملايين))")
# Number words for 3–10 (the feminine form goes with مليارات/ملايين).
_WORDS = {3: "ثلاثة", 4: "أربعة", 5: "خمسة", 6: "ستة", 7: "سبعة", 8: "ثمانية", 9: "تسعة", 10: "عشرة"}
_TEMPLATES = [
    "وأعلنت شركة {org} أنها جمعت {amount} في جولة تمويل جديدة في {month} {year}.",
    "وجمعت {org} {amount} من مستثمرين جدد في {month} {year}، بحسب بيان للشركة.",
    "وفي {month} {year} جمعت شركة {org} {amount} لتوسيع مراكز البيانات.",
]


@dataclass
class GeneratedArticle:
    """One synthetic article: id, raw text, catalog row and the facts it was given."""

    article_id: str
    raw: str
    catalog: dict[str, str]
    truth: list[dict] = field(default_factory=list)


@dataclass(frozen=True)
class _Seed:
    article_id: str
    raw: str
    catalog: dict[str, str]


@lru_cache(maxsize=1)
def _seeds() -> tuple[_Seed, ...]:
    folder = default_articles_dir()
    cat = read_catalog(folder / "catalog.csv").set_index("article_id")
    return tuple(
        _Seed(p.stem, p.read_text(encoding="utf-8"), {"article_id": p.stem, **cat.loc[p.stem].to_dict()})
        for p in sorted(folder.glob("*.txt"))
    )


@lru_cache(maxsize=1)
def _names() -> tuple[dict[str, list[tuple[str, str]]], re.Pattern, dict[str, str]]:
    """Gazetteer orgs by sector ((name_en, name_ar) pairs) and a pattern of the Latin
    names of AI labs and big tech as the seeds write them."""
    gaz = load_gazetteer()
    orgs = gaz[(gaz["kind"] == "org") & gaz["sector"].isin(["ai_lab", "big_tech"])]
    by_sector: dict[str, list[tuple[str, str]]] = {}
    sector_of: dict[str, str] = {}
    for en, ar, sector in orgs[["name_en", "name_ar", "sector"]].itertuples(index=False):
        by_sector.setdefault(sector, []).append((en, ar))
        sector_of[en] = sector
    latin = sorted(sector_of, key=len, reverse=True)
    pattern = re.compile(r"(?<![A-Za-z.])(" + "|".join(map(re.escape, latin)) + r")(?![A-Za-z])")
    return by_sector, pattern, sector_of


@lru_cache(maxsize=1)
def _truth_orgs() -> list[tuple[str, str]]:
    """The AI labs and big tech a truth fact names: those whose Arabic name the gazetteer
    lists as an alias of its own (Dell's «ديل» is not: it is also «بديل», so only «شركة ديل»
    is listed, and a truth surface «ديل» could never be found)."""
    by_sector, _, _ = _names()
    gaz = load_gazetteer()
    own = {en for en, ar, aliases in gaz[["name_en", "name_ar", "aliases"]].itertuples(index=False)
           if ar in aliases.split("|")}
    return [(en, ar) for en, ar in by_sector["ai_lab"] + by_sector["big_tech"] if en in own]


def _render(value: float, scale: str, form: str) -> str:
    """An amount in digits, Arabic-Indic digits or words, with its scale word."""
    if form == "words":
        return f"{_WORDS[int(value)]} {'مليارات' if scale == 'مليار' else 'ملايين'}"
    digits = f"{value:g}"
    return f"{digits.translate(_INDIC) if form == 'indic' else digits} {scale}"


def _truth_fact(rng: random.Random, article_id: str, year_shift: int) -> tuple[str, list[dict]]:
    """One added paragraph stating a raise, and its truth rows."""
    en, ar = rng.choice(_truth_orgs())
    form = rng.choice(["digits", "indic", "words"])
    scale = rng.choice(["مليار", "مليون"])
    if form == "words":
        value = float(rng.randint(3, 10))
    else:
        value = rng.choice([float(rng.randint(2, 900)), round(rng.uniform(1, 99), 1)])
    currency, cur_word = rng.choice([("USD", "دولار"), ("USD", "دولار أمريكي"), ("EUR", "يورو")])
    amount = f"{_render(value, scale, form)} {cur_word}"
    month = rng.randint(1, 12)
    year = rng.randint(2019, 2024) + year_shift
    org = ar if rng.random() < 0.5 else en
    text = rng.choice(_TEMPLATES).format(org=org, amount=amount, month=_MONTHS[month - 1], year=year)
    truth = [
        {"article_id": article_id, "kind": "money", "surface": amount,
         "value": value * (1e9 if scale == "مليار" else 1e6), "currency": currency,
         "subject": en, "year": "", "month": ""},
        {"article_id": article_id, "kind": "date", "surface": f"{_MONTHS[month - 1]} {year}",
         "value": "", "currency": "", "subject": "", "year": year, "month": month},
        {"article_id": article_id, "kind": "entity", "surface": org, "value": "", "currency": "",
         "subject": en, "year": "", "month": ""},
    ]
    return text, truth


def _vary(rng: random.Random, raw: str, year_shift: int) -> str:
    """The seed text with other figures, years, months and company names."""
    by_sector, latin, _ = _names()
    swap = {}
    for names in by_sector.values():
        shuffled = names[:]
        rng.shuffle(shuffled)
        swap.update({en: new for (en, _), new in zip(names, shuffled)})

    def org(m: re.Match) -> str:
        en, ar = swap[m.group(1)]
        return en if rng.random() < 0.5 else ar

    def amount(m: re.Match) -> str:
        old = float(m.group(1))
        new = f"{max(1.0, round(old * rng.uniform(0.3, 3), 1 if '.' in m.group(1) else 0)):g}"
        return new.translate(_INDIC) if rng.random() < 0.3 else new

    text = latin.sub(org, raw)
    text = _AMOUNT_RE.sub(amount, text)
    text = _YEAR_RE.sub(lambda m: str(int(m.group(1)) + year_shift), text)
    return _MONTH_RE.sub(lambda m: rng.choice(_MONTHS), text)


def _shift_date(published: str, shift: int) -> str:
    return f"{int(published[:4]) + shift}{published[4:]}" if published[:4].isdigit() else published


def generate_article(i: int, seed: int = 0) -> GeneratedArticle:
    """The ``i``-th synthetic article of the stream numbered by ``seed``."""
    rng = random.Random(seed * 1_000_003 + i)
    base = _seeds()[i % len(_seeds())]
    article_id = f"gen{seed:02d}_{i:07d}"
    shift = rng.randint(-3, 1)
    text = _vary(rng, base.raw, shift)
    paragraphs, truth = [], []
    for _ in range(rng.randint(1, 3)):
        para, rows = _truth_fact(rng, article_id, shift)
        paragraphs.append(para)
        truth.extend(rows)
    # The added paragraphs close the article (after any site furniture: that is line-based).
    text = text.rstrip("\n") + "\n\n" + "\n\n".join(paragraphs) + "\n"
    catalog = {**base.catalog, "article_id": article_id,
               "published": _shift_date(base.catalog.get("published", ""), shift),
               "date_basis": f"synthetic: seed {base.article_id}, years shifted by {shift:+d}"}
    return GeneratedArticle(article_id, text, catalog, truth)


def generate_corpus(n: int, seed: int = 0) -> list[GeneratedArticle]:
    """``n`` synthetic articles, in memory."""
    return [generate_article(i, seed) for i in range(n)]


def write_corpus(n: int, out: str | Path, seed: int = 0) -> Path:
    """Write ``n`` articles as ``<id>.txt`` plus ``catalog.csv`` and ``truth.csv`` to ``out``.

    Returns:
        The folder, ready for :func:`analysis.load_corpus`.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    catalog_columns = ["article_id", *[c for c in _seeds()[0].catalog if c != "article_id"]]
    with (out / "catalog.csv").open("w", encoding="utf-8", newline="") as cat, \
            (out / "truth.csv").open("w", encoding="utf-8", newline="") as tru:
        cat_w = csv.DictWriter(cat, catalog_columns)
        tru_w = csv.DictWriter(tru, TRUTH_COLUMNS)
        cat_w.writeheader()
        tru_w.writeheader()
        for i in range(n):
            art = generate_article(i, seed)
            (out / f"{art.article_id}.txt").write_text(art.raw, encoding="utf-8", newline="")
            cat_w.writerow(art.catalog)
            tru_w.writerows(art.truth)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.generate", description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int, help="number of articles")
    parser.add_argument("out", help="folder to write (created if missing)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    print(write_corpus(args.n, args.out, args.seed))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
