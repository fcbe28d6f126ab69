"""Arabic news on AI funding: load articles, normalize Arabic with offsets, extract facts.

Nothing heavy happens at import time: data files load on first use, and the chart
(``analysis.charts``) and report (``analysis.report``) layers, which pull in
matplotlib and nbconvert, are imported only when asked for.
"""

from .corpus import CorpusError, CorpusWarning, load_corpus, read_article
from .dates import extract_dates, find_dates, resolve_relative
from .entities import display_name, extract_entities, find_entities
from .facts import conflicts, facts
from .money import extract_money, find_money
from .normalize import Normalized, normalize, normalize_with_offsets
from .pipeline import extract_all
from .sentences import clause_spans, sentence_spans, split_sentences

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "Normalized",
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
    "load_corpus",
    "normalize",
    "normalize_with_offsets",
    "read_article",
    "resolve_relative",
    "sentence_spans",
    "split_sentences",
]
__version__ = "0.1.0"
