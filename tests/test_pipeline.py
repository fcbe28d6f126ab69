"""extract_all (pandas and Dask) equals the individual extractors; the synthetic corpus
generator makes valid articles whose stated facts the extractors find."""

from __future__ import annotations

import gc
import sys

import pandas as pd
import pytest
from conftest import require_module
from pandas.testing import assert_frame_equal

from analysis import extract_dates, extract_entities, extract_money, facts, flows, load_corpus
from analysis.extract.mentions import article_text, article_texts, mention_row, mention_spans
from analysis.run.pipeline import TABLES, extract_all
from benchmarks.generate import TRUTH_COLUMNS, generate_article, write_corpus

N_GENERATED = 50


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    """50 generated articles on disk, loaded, with their truth table."""
    folder = write_corpus(N_GENERATED, tmp_path_factory.mktemp("generated"), seed=7)
    truth = pd.read_csv(folder / "truth.csv", dtype=str, keep_default_na=False)
    return load_corpus(folder), truth


def individual(corpus: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return {
        "money": extract_money(corpus),
        "dates": extract_dates(corpus),
        "entities": extract_entities(corpus),
        "facts": facts(corpus),
        "flows": flows(extract_money(corpus), corpus),
    }


def assert_tables_equal(got: dict, want: dict) -> None:
    assert set(got) == set(want) == set(TABLES)
    for name in TABLES:
        assert_frame_equal(got[name], want[name], obj=name)


# --------------------------------------------------------------------------- pandas


def test_pipeline_equals_individual_extractors_on_seeds(corpus):
    assert_tables_equal(extract_all(corpus), individual(corpus))


@pytest.mark.parametrize("partitions", [None, 1, 3, N_GENERATED])
def test_pipeline_equals_individual_extractors_on_generated(generated, partitions):
    corpus, _ = generated
    assert_tables_equal(extract_all(corpus, partitions=partitions), individual(corpus))


def test_texts_keyword_changes_nothing(corpus):
    texts = list(article_texts(corpus))
    assert_frame_equal(extract_money(corpus, texts=texts), extract_money(corpus))
    assert_frame_equal(extract_entities(corpus, texts=texts), extract_entities(corpus))
    assert_frame_equal(extract_dates(corpus, texts=texts), extract_dates(corpus))


def test_dates_ignore_texts_prepared_with_other_boilerplate(corpus):
    # Without a boilerplate column extract_dates blanks nothing, while article_texts
    # blanks the site furniture it finds: the prepared texts must then not be used.
    bare = corpus.drop(columns="boilerplate")
    texts = list(article_texts(bare))
    assert_frame_equal(extract_dates(bare, texts=texts), extract_dates(bare))
    raw = corpus["raw"].iloc[2]
    assert_frame_equal(extract_dates(raw, texts=list(article_texts(raw))), extract_dates(raw))


def test_dates_refuse_texts_of_other_articles(corpus):
    with pytest.raises(ValueError, match="texts="):
        extract_dates(corpus, texts=list(article_texts(corpus.iloc[::-1])))


def test_pipeline_on_an_empty_result(corpus):
    quiet = corpus.iloc[:1].assign(raw="لا شيء هنا.", boilerplate=[[]])
    tables = extract_all(quiet)
    assert_tables_equal(tables, individual(quiet))
    assert all(tables[name].empty for name in ("money", "facts"))


def test_unknown_engine_and_misplaced_scheduler(corpus):
    with pytest.raises(ValueError, match="engine"):
        extract_all(corpus, engine="spark")
    with pytest.raises(ValueError, match="scheduler"):
        extract_all(corpus, scheduler="tcp://localhost:8786")
    with pytest.raises(TypeError):
        extract_all(corpus["raw"].iloc[0])


def test_dask_missing_names_the_extra(corpus, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed → ImportError
    with pytest.raises(ImportError, match=r"\[dask\]"):
        extract_all(corpus, engine="dask")


# --------------------------------------------------------------------------- dask


@pytest.fixture(scope="module")
def dask_client():
    distributed = require_module("distributed")
    require_module("dask.dataframe")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        yield client


def test_dask_equals_pandas_on_seeds(corpus, dask_client):
    assert_tables_equal(extract_all(corpus, engine="dask", scheduler=dask_client), extract_all(corpus))


def test_dask_equals_pandas_on_generated(generated, dask_client):
    corpus, _ = generated
    want = extract_all(corpus)
    # The current client is found without being passed; 7 uneven partitions.
    assert_tables_equal(extract_all(corpus, engine="dask", partitions=7), want)
    # By address, as for a remote cluster.
    assert_tables_equal(extract_all(corpus, engine="dask", scheduler=dask_client.scheduler.address), want)


def test_dask_takes_a_dask_dataframe(generated, dask_client):
    import dask
    import dask.dataframe as dd

    corpus, _ = generated
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(corpus, npartitions=4, sort=False)
    assert_tables_equal(extract_all(ddf, engine="dask", scheduler=dask_client), extract_all(corpus))
    # Boilerplate lists turned into strings (Dask's default) or arrays (Parquet) are restored.
    stringified = dd.from_pandas(corpus.assign(boilerplate=corpus["boilerplate"].astype(str)), npartitions=3)
    got = extract_all(stringified, engine="dask", scheduler=dask_client)
    for name in ("money", "dates", "entities"):
        assert_frame_equal(got[name], extract_all(corpus)[name], obj=name)


# --------------------------------------------------------------------------- generator


def test_generator_is_deterministic_and_varied():
    a, b = generate_article(3, seed=1), generate_article(3, seed=1)
    assert (a.raw, a.catalog, a.truth) == (b.raw, b.catalog, b.truth)
    texts = {generate_article(i).raw for i in range(12)}
    assert len(texts) == 12
    forms = {row["surface"].split()[0][0] for i in range(40) for row in generate_article(i).truth
             if row["kind"] == "money"}
    assert any(c.isascii() and c.isdigit() for c in forms)  # digits
    assert any("٠" <= c <= "٩" for c in forms)  # Arabic-Indic digits
    assert any(not c.isdigit() for c in forms)  # words


def test_generated_articles_are_valid(generated):
    corpus, truth = generated
    assert len(corpus) == N_GENERATED
    assert list(truth.columns) == TRUTH_COLUMNS
    assert set(truth["article_id"]) == set(corpus["article_id"])
    assert (corpus["publisher"] != "").all() and corpus["published"].str.match(r"^\d{4}(-\d\d)?$").all()
    assert (corpus["body"].str.len() > 1000).all()


def test_extractors_find_the_generated_truth(generated):
    corpus, truth = generated
    tables = extract_all(corpus)
    money = truth[truth["kind"] == "money"]
    for row in money.itertuples():
        hits = tables["money"].query("article_id == @row.article_id and surface == @row.surface")
        assert len(hits), row
        assert (hits["value"] == float(row.value)).all() and (hits["currency"] == row.currency).all(), row
        assert row.subject in set(hits["subject"]), row
    dates = truth[truth["kind"] == "date"]
    for row in dates.itertuples():
        hits = tables["dates"].query("article_id == @row.article_id and surface == @row.surface")
        assert len(hits) and (hits["year"] == int(row.year)).all() and (hits["month"] == int(row.month)).all(), row
    entities = truth[truth["kind"] == "entity"]
    for row in entities.itertuples():
        hits = tables["entities"].query("article_id == @row.article_id and surface == @row.surface")
        assert set(hits["name_en"]) == {row.subject}, row


def test_mention_spans_equal_mention_row_one_by_one():
    # Inserted spaces, a Tatweel dropped by normalization, empty spans (also at the
    # very end), spans across sentences and a span outside every sentence.
    raw = "جمعت «شركة» 6 ملـيارات دولار.\n\n  وقالت OpenAI: 5$ فقط!  "
    art = article_text(raw, "x")
    n = len(art.norm.text)
    spans = [(0, 4), (3, 3), (n, n), (0, n), (n - 1, n), (5, 12), (12, 30), (n - 3, n - 3)]
    got = mention_spans(art, spans)
    for (a, b), row in zip(spans, got):
        want = mention_row(art, a, b)
        assert row == tuple(want[c] for c in ("start", "end", "surface", "sentence", "sentence_start", "sentence_end"))
    assert mention_spans(art, []) == []
    empty = article_text("", "e")
    assert mention_spans(empty, [(0, 0)])[0][:2] == (mention_row(empty, 0, 0)["start"], mention_row(empty, 0, 0)["end"])
    with pytest.raises(IndexError):
        mention_spans(art, [(0, n + 1)])
    with pytest.raises(IndexError):
        mention_spans(art, [(4, 3)])


def test_extract_all_leaves_the_cycle_collector_as_it_was(corpus):
    assert gc.isenabled()
    extract_all(corpus)
    assert gc.isenabled()
    gc.disable()
    try:
        extract_all(corpus)
        assert not gc.isenabled()
    finally:
        gc.enable()
