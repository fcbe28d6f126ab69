"""The extraction on a Dask cluster: partitions of corpus rows, extracted by the workers.

Used through :func:`analysis.pipeline.extract_all` with ``engine="dask"``; Dask is an
optional extra (``pip install -e '.[dask]'``), imported only here and only when asked for.

The corpus is split by rows (a pandas corpus into row slices scattered to the
workers; a ``dask.dataframe`` corpus keeps its partitions); each partition goes to :func:`analysis.run.partition.extract_partition` on a worker, which
prepares its articles once and returns their money, dates and entities tables; the
client gathers the tables in partition order and concatenates them, then computes
``facts`` on the whole money table (facts groups claims across articles, so it
cannot run per partition). Every extractor reads one article at a time, so the
result equals the pandas path row for row.

Where it runs (``scheduler``):

* ``None``: the Dask client already current in this process (``distributed.Client(...)``
  made earlier), else a :class:`distributed.LocalCluster` started for the call (one
  single-threaded worker process per core: the extractors are pure Python and hold
  the GIL, so processes, not threads, run them in parallel) and closed after it;
* ``"tcp://host:8786"``: the scheduler of a cluster (``dask scheduler`` on one machine,
  ``dask worker tcp://host:8786`` on each of the others, or a cluster from
  dask-jobqueue, dask-kubernetes, Coiled …); every worker needs this package
  installed, at the same version;
* a connected ``distributed.Client``.

Data: a pandas corpus is sent from the client to the workers with the task graph,
so the client must hold the whole corpus. For an archive larger than that, give a
``dask.dataframe.DataFrame`` the workers read themselves, e.g. a corpus saved once
with ``load_corpus(folder).to_parquet("s3://bucket/corpus/")`` and passed as
``dask.dataframe.read_parquet("s3://bucket/corpus/")``; only the result tables come
back to the client.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pandas as pd

from analysis.claims.facts import facts
from analysis.claims.flows import flows
from analysis.corpus.load import boilerplate_spans
from analysis.run.partition import extract_partition, gather

DASK_EXTRA = "pip install -e '.[dask]'  (or: pip install 'dask[dataframe]' distributed)"

PARTITIONS_PER_THREAD = 4  # enough partitions to keep every worker busy to the end
_META_COLUMNS = ["article_id", "publisher", "published"]
_INPUT_COLUMNS = ["article_id", "raw", "boilerplate", "published"]  # all the extractors read


def require_dask():
    """Import ``dask``, ``dask.dataframe`` and ``distributed``, or say how to install them.

    Raises:
        ImportError: naming the ``dask`` extra.
    """
    try:
        import dask
        import dask.dataframe as dd
        import distributed
    except ImportError as exc:
        raise ImportError(
            f"engine='dask' needs the optional Dask dependencies ({exc.name} is missing): {DASK_EXTRA}"
        ) from exc
    return dask, dd, distributed


@contextmanager
def dask_client(scheduler: Any = None) -> Iterator[Any]:
    """A ``distributed.Client`` for ``scheduler`` (see the module docstring), closed after
    use if it was made here."""
    _, _, distributed = require_dask()
    if isinstance(scheduler, distributed.Client):
        yield scheduler
        return
    if scheduler is None:
        try:
            yield distributed.get_client()
            return
        except ValueError:  # no client yet: a local cluster for this call
            pass
        workers = max(1, min(os.cpu_count() or 1, 8))
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            yield client
        return
    with distributed.Client(scheduler) as client:
        yield client


def _spans(value: Any, raw: str) -> list[tuple[int, int]]:
    """A boilerplate cell as :func:`~analysis.load_corpus` makes it: a list of (start, end)."""
    if isinstance(value, list):
        return value
    if value is None or isinstance(value, (str, float)):  # stringified by Dask, or missing
        return boilerplate_spans(raw)
    return [(int(a), int(b)) for a, b in value]  # arrays, as read back from Parquet


def _extract_loaded(part: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """:func:`extract_partition` of a partition read by Dask, its boilerplate lists restored.

    A Dask DataFrame may hold the ``boilerplate`` span lists as NumPy arrays (Parquet)
    or as strings (Dask's Arrow-string conversion); the extractors want lists of pairs.
    """
    if "boilerplate" in part.columns:
        part = part.assign(boilerplate=[_spans(v, r) for v, r in zip(part["boilerplate"], part["raw"])])
    return extract_partition(part)


def extract_all_dask(corpus: Any, scheduler: Any = None, partitions: int | None = None) -> dict[str, pd.DataFrame]:
    """:func:`analysis.pipeline.extract_all` on a Dask cluster (same arguments and result)."""
    dask, dd, _ = require_dask()
    if not isinstance(corpus, (pd.DataFrame, dd.DataFrame)):
        raise TypeError(f"extract_all() takes a corpus DataFrame (pandas or dask), not {type(corpus).__name__}")
    # Keep object columns (the boilerplate span lists) as they are: no conversion to Arrow strings.
    # Only the columns the extractors read travel to the workers (not body, text, path …).
    corpus = corpus[[c for c in corpus.columns if c in _INPUT_COLUMNS or c in _META_COLUMNS]]
    with dask.config.set({"dataframe.convert-string": False}), dask_client(scheduler) as client:
        if isinstance(corpus, pd.DataFrame):
            # Row slices scattered to the workers (data sent once, not inside the task graph).
            threads = sum(client.nthreads().values()) or 1
            n = max(1, min(partitions or PARTITIONS_PER_THREAD * threads, len(corpus)))
            size = -(-len(corpus) // n)
            parts = client.scatter([corpus.iloc[i:i + size] for i in range(0, len(corpus), size)])
            futures = client.map(extract_partition, parts, pure=False)
            meta = corpus[_META_COLUMNS]
        else:
            ddf = corpus if partitions is None else corpus.repartition(npartitions=partitions)
            futures = client.compute([dask.delayed(_extract_loaded)(p) for p in ddf.to_delayed()])
            meta = ddf[_META_COLUMNS].compute()
        results = client.gather(futures)
    tables = gather(results)
    tables["facts"] = facts(meta, money=tables["money"])
    tables["flows"] = flows(tables["money"], meta)
    return tables
