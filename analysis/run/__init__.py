"""Run layer: every extractor in one pass (pandas or Dask) and the on-disk cache of its tables.

Imports ``analysis.claims`` and below.
"""
