"""Arabic news on AI funding: load articles, normalize Arabic with offsets, extract facts.

The public API. The package is layered, each layer importing only those before it:
``text`` (normalization, sentences) → ``corpus`` (files into a frame) → ``extract``
(money, dates, names) → ``claims`` (facts table, who funds whom) → ``run`` (one pass,
Dask, the cache) → ``present`` (words, Markdown, reader tables) → ``charts`` and
``report``. Nothing heavy happens at import time: data files load on first use, and
``analysis.charts`` and ``analysis.report`` (matplotlib, nbconvert) load only when
asked for. The names below load their module on first use (PEP 562), so ``python -m
analysis report`` starts its notebooks' kernels before pandas and the extractors are
even imported.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

# Where each public name lives.
_HOMES = {
    "conflicts": "analysis.claims.facts",
    "facts": "analysis.claims.facts",
    "flows": "analysis.claims.flows",
    "CorpusError": "analysis.corpus.load",
    "CorpusWarning": "analysis.corpus.load",
    "load_corpus": "analysis.corpus.load",
    "read_article": "analysis.corpus.load",
    "extract_dates": "analysis.extract.dates",
    "find_dates": "analysis.extract.dates",
    "resolve_relative": "analysis.extract.dates",
    "display_name": "analysis.extract.entities",
    "extract_entities": "analysis.extract.entities",
    "find_entities": "analysis.extract.entities",
    "extract_money": "analysis.extract.money",
    "find_money": "analysis.extract.money",
    "cached_extract_all": "analysis.run.cache",
    "prepare": "analysis.run.cache",
    "extract_all": "analysis.run.pipeline",
    "Normalized": "analysis.text.normalize",
    "normalize": "analysis.text.normalize",
    "normalize_with_offsets": "analysis.text.normalize",
    "clause_spans": "analysis.text.sentences",
    "sentence_spans": "analysis.text.sentences",
    "split_sentences": "analysis.text.sentences",
}

if TYPE_CHECKING:  # what a type checker and an editor see
    from analysis.claims.facts import conflicts, facts
    from analysis.claims.flows import flows
    from analysis.corpus.load import CorpusError, CorpusWarning, load_corpus, read_article
    from analysis.extract.dates import extract_dates, find_dates, resolve_relative
    from analysis.extract.entities import display_name, extract_entities, find_entities
    from analysis.extract.money import extract_money, find_money
    from analysis.run.cache import cached_extract_all, prepare
    from analysis.run.pipeline import extract_all
    from analysis.text.normalize import Normalized, normalize, normalize_with_offsets
    from analysis.text.sentences import clause_spans, sentence_spans, split_sentences


def __getattr__(name: str):
    """A public name, imported from its module the first time it is asked for."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'analysis' has no attribute {name!r}")
    value = getattr(import_module(home), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})


__all__ = [
    "CorpusError",
    "CorpusWarning",
    "Normalized",
    "cached_extract_all",
    "clause_spans",
    "conflicts",
    "display_name",
    "extract_all",
    "extract_dates",
    "extract_entities",
    "extract_money",
    "facts",
    "find_dates",
    "find_entities",
    "find_money",
    "flows",
    "load_corpus",
    "normalize",
    "normalize_with_offsets",
    "prepare",
    "read_article",
    "resolve_relative",
    "sentence_spans",
    "split_sentences",
]
__version__ = "0.2.0"
