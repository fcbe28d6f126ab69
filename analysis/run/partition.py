"""One partition of a corpus through the three extractors: what a pandas chunk or a Dask
worker runs, and how the partitions' tables are joined again."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager

import pandas as pd

from analysis.extract.dates import extract_dates
from analysis.extract.entities import extract_entities, find_all_entities
from analysis.extract.mentions import article_texts
from analysis.extract.money import extract_money
from analysis.extract.spelling import article_forms, respell_entities, respell_money, spellings


def extract_partition(corpus: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """Money, dates and entities of some corpus rows, each article prepared once.

    Args:
        corpus: rows of a corpus from :func:`analysis.load_corpus` (any subset).

    Returns:
        ``{"money", "dates", "entities"}``: the same tables the three extractors
        give for these rows, but with the names found by rule still by their keys, and
        ``"forms"``: how these rows write those names (:func:`gather` respells them
        for the whole corpus, as one call of an extractor does).
    """
    with no_cycle_collection():
        texts = list(article_texts(corpus))
        # Each article's names are found once, for the entities table and for the parties
        # of its money (which would otherwise look for them again in each money sentence).
        mentions = [find_all_entities(art.norm.text) for art in texts]
        forms: Counter = Counter()
        for art, found in zip(texts, mentions):
            forms.update(article_forms(art, found))
        return {
            "money": extract_money(corpus, texts=texts, entities=mentions, respell=False),
            "dates": extract_dates(corpus, texts=texts),
            "entities": extract_entities(corpus, texts=texts, mentions=mentions, respell=False),
            "forms": forms,
        }


@contextmanager
def no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector for one partition.

    Extraction allocates hundreds of thousands of small acyclic objects (mentions,
    rows, matches); each burst makes the collector walk every live object again,
    the corpus included, for nothing to free. Reference counting still frees them;
    any cycles are collected once the partition is done.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _concat(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """Row-order concatenation that keeps the columns and dtypes of the parts."""
    full = [p for p in parts if len(p)]
    if not full:
        return parts[0]
    if len(full) == 1:
        return full[0].reset_index(drop=True)
    return pd.concat(full, ignore_index=True)


def gather(results: list[dict]) -> dict[str, pd.DataFrame]:
    """The partitions' tables joined in row order, one table per kind, the names found by
    rule shown as the whole corpus writes them (:mod:`analysis.extract.spelling`)."""
    tables = {name: _concat([r[name] for r in results]) for name in ("money", "dates", "entities")}
    shown = spellings(sum((r["forms"] for r in results), Counter()))
    tables["money"] = respell_money(tables["money"], shown)
    tables["entities"] = respell_entities(tables["entities"], shown)
    return tables
