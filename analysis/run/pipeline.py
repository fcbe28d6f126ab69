"""Every extraction of a corpus in one pass, on one machine or on a Dask cluster.

:func:`extract_all` gives the tables :func:`~analysis.extract_money`,
:func:`~analysis.extract_dates`, :func:`~analysis.extract_entities` and
:func:`~analysis.facts` give, but prepares each article (boilerplate blanked,
normalized with offsets, split into sentences) once for the three extractors
instead of once per extractor, and works through the corpus a chunk of rows at a
time, so memory holds one chunk of prepared articles, not the whole corpus.

The extractors read one article at a time, so the corpus splits by rows: each
chunk (a *partition*) is extracted on its own and the tables are concatenated in
row order. ``facts`` groups claims across articles, so it runs once, after the
gather, on the whole money table. With ``engine="dask"`` the partitions are
extracted by the workers of a ``dask.distributed`` cluster; the result is the
same, row for row, as with ``engine="pandas"``.

Running on a cluster (``pip install -e .[dask]``)::

    # on the scheduler machine:   dask scheduler            (prints tcp://HOST:8786)
    # on every worker machine:    dask worker tcp://HOST:8786
    #   (each worker needs this package installed: pip install ai-funding-arabic[dask])
    from analysis import load_corpus
    from analysis.run.pipeline import extract_all
    tables = extract_all(load_corpus("archive/"), engine="dask",
                         scheduler="tcp://HOST:8786", partitions=200)

``scheduler`` may also be a ``distributed.Client`` already connected; without it a
local cluster (one worker process per core) is started for the call and closed
after it. A corpus too large for the client's memory can be passed as a
``dask.dataframe.DataFrame`` with the :func:`~analysis.load_corpus` columns
(``article_id, raw, boilerplate, published, publisher``), e.g. read by the
workers from Parquet on shared storage: then only the results travel back.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from analysis.claims.facts import facts
from analysis.claims.flows import flows
from analysis.run.partition import extract_partition, gather, no_cycle_collection

TABLES = ("money", "dates", "entities", "facts", "flows")  # what extract_all returns
ENGINES = ("pandas", "dask")
CHUNK_ROWS = 256  # articles prepared at once on the pandas path (bounds memory)


def _chunks(corpus: pd.DataFrame, partitions: int | None) -> list[pd.DataFrame]:
    n = len(corpus)
    size = CHUNK_ROWS if partitions is None else max(1, -(-n // max(1, partitions)))
    return [corpus.iloc[i:i + size] for i in range(0, max(n, 1), size)]


def extract_all(
    corpus: Any,
    engine: str = "pandas",
    scheduler: Any = None,
    partitions: int | None = None,
    progress: bool = False,
) -> dict[str, pd.DataFrame]:
    """Extract money, dates, entities and facts from a corpus, each article prepared once.

    Args:
        corpus: a DataFrame from :func:`analysis.load_corpus`; with ``engine="dask"``
            also a ``dask.dataframe.DataFrame`` with the same columns.
        engine: ``"pandas"`` (this process) or ``"dask"`` (the partitions on a
            ``dask.distributed`` cluster; needs the ``dask`` extra).
        scheduler: for ``"dask"``: a scheduler address (``"tcp://host:8786"``) or a
            connected ``distributed.Client``; default a local cluster for this call.
        partitions: how many row partitions to split the corpus into; default
            chunks of 256 rows for ``"pandas"``, and for ``"dask"`` four per
            worker thread (a dask DataFrame keeps its own partitions).
        progress: show a progress bar (articles done) on the ``"pandas"`` path.

    Returns:
        ``{"money", "dates", "entities", "facts", "flows"}``: equal (values, dtypes
        and row order) to ``extract_money(corpus)``, ``extract_dates(corpus)``,
        ``extract_entities(corpus)``, ``facts(corpus)`` and ``flows(money)``.

    Raises:
        ValueError: an unknown engine.
        ImportError: ``engine="dask"`` without dask installed (names the extra to install).
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    if engine == "dask":
        from analysis.run.distributed import extract_all_dask

        return extract_all_dask(corpus, scheduler=scheduler, partitions=partitions)
    if not isinstance(corpus, pd.DataFrame):
        raise TypeError(f"extract_all() takes a corpus DataFrame, not {type(corpus).__name__}")
    if scheduler is not None:
        raise ValueError("scheduler= is for engine='dask'")
    from tqdm import tqdm

    if corpus.attrs:
        # pandas deep-copies ``attrs`` (load_corpus's list of skipped files) into every column
        # or slice taken of the corpus: a view without them reads the same rows.
        corpus = corpus.copy(deep=False)
        corpus.attrs = {}
    parts = []
    with tqdm(total=len(corpus), desc="extracting", unit="article", disable=not progress) as bar:
        for part in _chunks(corpus, partitions):
            parts.append(extract_partition(part))
            bar.update(len(part))
    with no_cycle_collection():
        tables = gather(parts)
        tables["facts"] = facts(corpus, money=tables["money"])
        tables["flows"] = flows(tables["money"], corpus)
    return tables

