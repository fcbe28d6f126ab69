"""Corpus layer: article files (and their catalog) into one DataFrame, raw text untouched.

Imports only ``analysis.text``.
"""
