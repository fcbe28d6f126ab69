"""Arabic news on AI funding: load articles, normalize Arabic with offsets, extract facts.

Nothing heavy happens at import time: submodules load their data on first use.
"""

from .corpus import CorpusError, CorpusWarning, load_corpus, read_article
from .normalize import Normalized, normalize, normalize_with_offsets
from .sentences import clause_spans, sentence_spans, split_sentences

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "Normalized",
    "clause_spans",
    "load_corpus",
    "normalize",
    "normalize_with_offsets",
    "read_article",
    "sentence_spans",
    "split_sentences",
]
__version__ = "0.1.0"
