"""Arabic news on AI funding: load articles, normalize Arabic with offsets, extract facts.

The public API. The package is layered, each layer importing only those before it:
``text`` (normalization, sentences) → ``corpus`` (files into a frame) → ``extract``
(money, dates, names) → ``claims`` (facts table, who funds whom) → ``run`` (one pass,
Dask, the cache) → ``present`` (words, Markdown, reader tables) → ``charts`` and
``report``. Nothing heavy happens at import time: data files load on first use, and
``analysis.charts`` and ``analysis.report`` (matplotlib, nbconvert) load only when
asked for.
"""

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
