"""Presentation layer: amounts, dates and names in words (ar/en), safe Markdown, reader tables.

Imports ``analysis.run`` and below; ``analysis.charts`` and ``analysis.report`` sit on top.
"""
