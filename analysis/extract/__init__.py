"""Extraction layer: mentions of money, dates and names, each tied to its sentence and raw offsets.

Imports ``analysis.text`` and ``analysis.corpus``; word lists live in ``analysis/data/``.
"""
