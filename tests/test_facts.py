"""The cross-source claims table: events, sources, conflicts, subject carry-over."""

import pandas as pd
import pytest

from analysis import conflicts, facts, load_corpus
from analysis.claims.facts import FACT_COLUMNS


@pytest.fixture(scope="module")
def table(corpus):
    return facts(corpus)


def test_columns_and_provenance(corpus, table):
    assert list(table.columns) == FACT_COLUMNS
    raw = dict(zip(corpus["article_id"], corpus["raw"]))
    for row in table.itertuples():
        assert raw[row.article_id][row.start:row.end] == row.surface
        assert raw[row.article_id][row.sentence_start:row.sentence_end] == row.sentence
        assert row.publisher and row.published


def test_xai_series_b_is_one_event_reported_by_two_articles(table):
    ev = table[table["event_id"] == "xAI/raise/6bn"]
    assert set(ev["article_id"]) == {"001_ef5f6a763e32d541", "002_2d51d1c94387f4fe"}
    assert set(ev["n_sources"]) == {2}
    # The FT piece reports a target ("up to"), Al Qahera the announced round.
    assert set(ev["qualifier"]) == {"up_to", ""}


def test_xai_valuations_disagree_across_articles_and_both_are_kept(table):
    val = table[(table["subject"] == "xAI") & (table["role"] == "valuation")]
    assert val["conflict"].all()
    assert sorted(val["value_usd"].unique()) == [18e9, 45e9]
    assert val["conflict_note"].iloc[0] == "18bn in 001_ef5f6a763e32d541; 45bn in 000_058ae3e1c078b0a8"
    versions = conflicts(table)
    xai = versions[(versions["subject"] == "xAI") & (versions["role"] == "valuation")]
    assert list(xai["value_usd"]) == [18e9, 45e9]


def test_figures_side_by_side_in_one_sentence_are_not_a_conflict(table):
    anthropic = table[table["subject"] == "Anthropic"]
    assert sorted(anthropic["value_usd"]) == [2e9, 4e9]
    assert not anthropic["conflict"].any()


def test_an_approximate_repeat_is_the_same_event(table):
    bid = table[(table["subject"] == "OpenAI") & (table["role"] == "bid")]
    assert bid["event_id"].nunique() == 1
    assert not bid["conflict"].any()


def test_a_repeated_figure_inherits_its_subject(table):
    row = table[(table["article_id"] == "000_058ae3e1c078b0a8") & (table["start"] == 1117)].iloc[0]
    assert row["subject"] == "xAI"
    assert row["subject_basis"].startswith("same figure as")


def test_an_article_that_disagrees_with_itself_is_flagged(tmp_path):
    (tmp_path / "a.txt").write_text(
        "جمعت شركة OpenAI مبلغ 6 مليارات دولار.\nوفي فقرة أخرى: جمعت شركة OpenAI مبلغ 9 مليارات دولار.\n",
        encoding="utf-8",
    )
    table = facts(load_corpus(tmp_path))
    assert table["conflict"].all()
    assert table["conflict_note"].iloc[0] == "6bn in a; 9bn in a"


def test_removing_an_article_removes_its_facts(corpus, table):
    smaller = corpus[corpus["article_id"] != "002_2d51d1c94387f4fe"]
    t2 = facts(smaller)
    assert "002_2d51d1c94387f4fe" not in set(t2["article_id"])
    assert set(t2.loc[t2["event_id"] == "xAI/raise/6bn", "n_sources"]) == {1}


def test_a_corpus_without_money_gives_an_empty_table(tmp_path):
    (tmp_path / "a.txt").write_text("قالت الشركة إنها ستطلق منتجا جديدا في العام المقبل.", encoding="utf-8")
    table = facts(load_corpus(tmp_path))
    assert table.empty and list(table.columns) == FACT_COLUMNS
    assert isinstance(conflicts(table), pd.DataFrame)


def test_a_conflict_note_stays_short_when_many_articles_agree(tmp_path):
    for i in range(6):
        (tmp_path / f"a{i}.txt").write_text("جمعت شركة OpenAI مبلغ 6 مليارات دولار.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("جمعت شركة OpenAI مبلغ 9 مليارات دولار.", encoding="utf-8")
    table = facts(load_corpus(tmp_path))
    assert set(table["conflict_note"]) == {"6bn in a0, a1, a2 and 3 more; 9bn in b"}


def test_the_project_refers_back_to_the_project_named_earlier(table):
    stargate = table[(table["article_id"] == "003_7b04d372a099f76b") & (table["subject"] == "Stargate")]
    assert sorted(stargate["value_usd"].unique()) == [1e11, 5e11]
    moved = stargate[stargate["subject_basis"].str.startswith("the project named earlier")]
    assert set(moved["start"]) == {1352, 1393}
    assert not ((table["subject"] == "OpenAI") & (table["role"] == "investment")).any()
