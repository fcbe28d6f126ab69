"""Text layer: offset-preserving Arabic normalization, sentence and clause spans, word-list regexes.

Imports nothing from the rest of the package.
"""
