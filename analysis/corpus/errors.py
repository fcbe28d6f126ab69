"""The corpus layer's error and warning types."""

from __future__ import annotations


class CorpusError(ValueError):
    """A problem with the user's articles; the message names the file."""


class CorpusWarning(UserWarning):
    """A file was skipped or holds something worth knowing about."""


class NotArticles(CorpusError):
    """A file of a format read that holds no articles (a table without a text column).

    In a folder it is listed as skipped, like a file of another format; named
    directly, it is an error.
    """
