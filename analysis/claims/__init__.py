"""Claims layer: the cross-source facts table (events, conflicts) and who funds whom.

Imports ``analysis.extract`` and below.
"""
