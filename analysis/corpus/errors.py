"""The corpus layer's error and warning types."""

from __future__ import annotations


class CorpusError(ValueError):
    """A problem with the user's articles; the message names the file."""


class CorpusWarning(UserWarning):
    """A file was skipped or holds something worth knowing about."""
