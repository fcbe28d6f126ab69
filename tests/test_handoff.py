"""A report build's one extraction, handed to its notebooks: the same tables and warnings
as the notebook's own extraction, and only for the same corpus."""

from __future__ import annotations

import warnings

import pandas.testing as pdt
import pytest

from analysis import extract_all, handoff, story
from analysis.dates import DateWarning


def _same_tables(got: dict, want: dict) -> None:
    assert set(got) == set(want)
    for name, table in want.items():
        pdt.assert_frame_equal(got[name], table)  # values, dtypes and order


@pytest.fixture
def handed(corpus, tmp_path, monkeypatch):
    path = tmp_path / "extracted.pickle"
    tables = handoff.extract_and_hand_off(corpus, path)
    monkeypatch.setenv(handoff.HANDOFF_ENV, str(path))
    return tables


def test_prepare_takes_the_handed_tables_equal_to_its_own_extraction(corpus, handed, monkeypatch):
    own = extract_all(corpus)
    _same_tables(handed, own)

    def no_extraction(*_a, **_k):
        raise AssertionError("extracted again")

    monkeypatch.setattr(story, "extract_all", no_extraction)
    got_corpus, tables = story.prepare()
    pdt.assert_frame_equal(got_corpus, corpus)
    _same_tables(tables, own)


def test_another_corpus_extracts_its_own(corpus, handed, monkeypatch):
    fewer = corpus.iloc[1:].reset_index(drop=True)
    assert handoff.handed_tables(fewer) is None
    assert handoff.handed_tables(corpus) is not None
    monkeypatch.setenv(handoff.HANDOFF_ENV, str(handoff.Path("/nonexistent/extracted.pickle")))
    assert handoff.handed_tables(corpus) is None


def test_without_the_variable_nothing_is_handed(corpus, monkeypatch):
    monkeypatch.delenv(handoff.HANDOFF_ENV, raising=False)
    assert handoff.handed_tables(corpus) is None


def test_the_extractions_warnings_come_with_the_tables(corpus, tmp_path, monkeypatch):
    bad = corpus.copy()
    bad.loc[0, "published"] = "2024-13-45"
    with pytest.warns(DateWarning) as own:
        handoff.extract_and_hand_off(bad, tmp_path / "x.pickle")
    monkeypatch.setenv(handoff.HANDOFF_ENV, str(tmp_path / "x.pickle"))
    with warnings.catch_warnings(record=True) as again:
        warnings.simplefilter("always")
        assert handoff.handed_tables(bad) is not None
    assert [(w.category, str(w.message)) for w in again] == [(w.category, str(w.message)) for w in own]
