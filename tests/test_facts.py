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
    ev = table[table["event_id"] == "xAI/raise/2024/6bn"]
    assert set(ev["article_id"]) == {"001_ef5f6a763e32d541", "002_2d51d1c94387f4fe"}
    assert set(ev["n_sources"]) == {2}
    # The FT piece reports a target ("up to"), Al Qahera the announced round.
    assert set(ev["qualifier"]) == {"up_to", ""}


def test_a_lower_bound_and_a_larger_figure_are_not_a_conflict(table):
    """FT (March 2024): a round «that could value xAI at 18bn or more»; Downcodes (later
    in 2024): a valuation of about 45bn. Both can be true, so both are kept, as two
    versions of one event, and neither is flagged."""
    val = table[(table["subject"] == "xAI") & (table["role"] == "valuation")]
    assert sorted(val["value_usd"].unique()) == [18e9, 45e9]
    assert set(val["event_key"]) == {"xAI/valuation/2024"}
    assert set(val.loc[val["value_usd"] == 18e9, "qualifier"]) == {"at_least"}
    assert not val["conflict"].any()


def _articles(tmp_path, texts: dict[str, str], published: str = "2025-01") -> pd.DataFrame:
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    rows = "".join(f"{name},P{name},{published}\n" for name in texts)
    (tmp_path / "catalog.csv").write_text("article_id,publisher,published\n" + rows, encoding="utf-8")
    return load_corpus(tmp_path)


def test_two_articles_with_different_figures_for_one_round_are_a_conflict(tmp_path):
    corpus = _articles(tmp_path, {"a": "جمعت شركة OpenAI مبلغ 6 مليارات دولار في جولة تمويل جديدة.",
                                  "b": "أعلنت OpenAI أنها جمعت 9 مليارات دولار في جولة تمويل جديدة."})
    table = facts(corpus)
    assert table["conflict"].all() and set(table["event_key"]) == {"OpenAI/raise/2025"}
    assert table["conflict_note"].iloc[0] == "6bn in a; 9bn in b"
    assert list(conflicts(table)["value_usd"]) == [6e9, 9e9]


def test_separate_years_rounds_and_deals_are_not_conflicts(tmp_path):
    corpus = _articles(tmp_path, {
        "a": "جمعت شركة OpenAI مبلغ 6 مليارات دولار عام 2024.",
        "b": "جمعت شركة OpenAI مبلغ 40 مليار دولار عام 2025.",
        "c": "استثمرت أمازون 4 مليارات دولار في أنثروبيك.",
        "d": "استثمرت مايكروسوفت 10 مليارات دولار في OpenAI.",
    })
    table = facts(corpus)
    assert not table["conflict"].any()
    assert set(table["event_key"]) >= {"OpenAI/raise/2024", "OpenAI/raise/2025",
                                       "Amazon/investment/Anthropic/2025", "Microsoft/investment/OpenAI/2025"}


def test_a_year_told_relative_to_the_article_is_the_figure_s_year(tmp_path):
    # «العام الماضي» in the figure's clause dates it a year before its article: last year's
    # valuation is another event than this year's, never a conflict with it. «هذا العام» is the
    # article's own year (basis published); a year stated outright still wins.
    corpus = _articles(tmp_path, {
        "a": "قُدرت قيمة أنثروبيك العام الماضي بنحو 800 مليار دولار في بيع أسهم ثانوي.",
        "b": "قُدرت قيمة أنثروبيك بتريليون دولار في الصفقة الجديدة.",
        "c": "وقالت أمازون إنها ستنفق هذا العام 5 مليارات دولار على مراكز البيانات.",
        "d": "قُدرت قيمة أنثروبيك في عام 2023 بنحو 500 مليار دولار وفق تقرير صدر العام الماضي.",
    }, published="2026-02-03")
    table = facts(corpus).set_index("article_id")
    assert (table.loc["a", "period"], table.loc["a", "period_basis"]) == ("2025", "relative")
    assert (table.loc["b", "period"], table.loc["b", "period_basis"]) == ("2026", "published")
    assert (table.loc["c", "period"], table.loc["c", "period_basis"]) == ("2026", "published")
    assert table.loc["d", "period"] == "2023"
    assert not table["conflict"].any()


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
    assert row["subject_basis"] == "named earlier in the article"


def test_one_articles_several_figures_are_its_own_account(tmp_path):
    """Tranches, parts and totals in one article are not set against each other."""
    corpus = _articles(tmp_path, {"a": "جمعت شركة OpenAI مبلغ 6 مليارات دولار.\n"
                                       "وفي فقرة أخرى: جمعت شركة OpenAI مبلغ 9 مليارات دولار.\n"})
    table = facts(corpus)
    assert len(table) == 2 and not table["conflict"].any()


def test_removing_an_article_removes_its_facts(corpus, table):
    smaller = corpus[corpus["article_id"] != "002_2d51d1c94387f4fe"]
    t2 = facts(smaller)
    assert "002_2d51d1c94387f4fe" not in set(t2["article_id"])
    assert set(t2.loc[t2["event_id"] == "xAI/raise/2024/6bn", "n_sources"]) == {1}


def test_a_corpus_without_money_gives_an_empty_table(tmp_path):
    (tmp_path / "a.txt").write_text("قالت الشركة إنها ستطلق منتجا جديدا في العام المقبل.", encoding="utf-8")
    table = facts(load_corpus(tmp_path))
    assert table.empty and list(table.columns) == FACT_COLUMNS
    assert isinstance(conflicts(table), pd.DataFrame)


def test_a_conflict_note_stays_short_when_many_articles_agree(tmp_path):
    texts = {f"a{i}": "جمعت شركة OpenAI مبلغ 6 مليارات دولار." for i in range(6)}
    texts["b"] = "جمعت شركة OpenAI مبلغ 9 مليارات دولار."
    table = facts(_articles(tmp_path, texts))
    assert set(table["conflict_note"]) == {"6bn in a0, a1, a2 and 3 more; 9bn in b"}


def test_an_event_without_a_period_is_never_a_conflict(tmp_path):
    """No year in the sentence and no publication date: nothing says the figures are
    of the same moment."""
    for name, n in (("a", 6), ("b", 9)):
        (tmp_path / f"{name}.txt").write_text(f"جمعت شركة OpenAI مبلغ {n} مليارات دولار.", encoding="utf-8")
    table = facts(load_corpus(tmp_path))
    assert set(table["event_key"]) == {"OpenAI/raise/?"} and not table["conflict"].any()


def test_the_project_refers_back_to_the_project_named_earlier(table):
    stargate = table[(table["article_id"] == "003_7b04d372a099f76b") & (table["subject"] == "Stargate")]
    assert sorted(stargate["value_usd"].unique()) == [1e11, 5e11]
    moved = stargate[stargate["subject_basis"].str.startswith("the project named earlier")]
    assert set(moved["start"]) == {1352, 1393}
    assert not ((table["subject"] == "OpenAI") & (table["role"] == "investment")).any()


def _events_with_pandas(claims: pd.DataFrame) -> pd.Series:
    """The event clustering written with a sorted frame per event key (how facts.py
    once did it): the reference the list-based version must equal, ties included."""
    from analysis.claims.facts import _SAME_APPROX, _compatible_values

    values, quals = claims["value_usd"].tolist(), claims["qualifier"].tolist()
    pos = pd.Series(range(len(claims)), index=claims.index)
    ids = [""] * len(claims)
    for key, group in claims.groupby("event_key", sort=False):
        clusters, first = [], 0
        for idx in pos[group.sort_values("value_usd").index]:
            v = values[idx]
            if v != v:
                ids[idx] = f"{key}/unquantified"
                continue
            while first < len(clusters) and 0 <= values[clusters[first][0]] < v * (1 - _SAME_APPROX):
                first += 1
            for cluster in clusters[first:]:
                if _compatible_values(values[cluster[0]], quals[cluster[0]], v, quals[idx]):
                    cluster.append(idx)
                    break
            else:
                clusters.append([idx])
        for cluster in clusters:
            for idx in cluster:
                ids[idx] = f"{key}/{values[cluster[0]] / 1e9:g}bn"
    return pd.Series(ids, index=claims.index, dtype=object)


def test_event_ids_match_a_sorted_frame_per_event_with_many_ties():
    """Equal figures with different qualifiers: which one heads a cluster decides who
    joins it, so the order of ties must be the one ``sort_values`` gives (NumPy's
    quicksort is not stable beyond 16 items)."""
    import random

    from analysis.claims.facts import _events

    rng = random.Random(0)
    n = 400
    values = [rng.choice([1e9, 1.05e9, 1.2e9, 2e9, float("nan")]) for _ in range(n)]
    # The first 1bn in table order is approximate, the other 1bns exact: a stable sort
    # would make the approximate one the head, and the 1.05bns would join its cluster.
    first = values.index(1e9)
    quals = ["approx" if i == first else "" if v == 1e9 else rng.choice(["", "up_to"])
             for i, v in enumerate(values)]
    claims = pd.DataFrame({"event_key": "X/raise/2024", "value_usd": values, "qualifier": quals})
    got = _events(claims)
    assert got.tolist() == _events_with_pandas(claims).tolist()
    assert got.nunique() > 2  # several clusters, and the unquantified claims


def test_figures_one_article_gives_together_are_two_events_for_every_article(tmp_path):
    """«its valuation rose from 300bn to 500bn»: a source giving 300bn and another giving
    500bn report the two moments, not two versions of one."""
    corpus = _articles(tmp_path, {
        "a": "قدرت قيمة شركة OpenAI بنحو 300 مليار دولار.",
        "b": "ارتفع تقييم OpenAI من 300 مليار دولار إلى 500 مليار دولار.",
        "c": "بلغ تقييم شركة OpenAI نحو 500 مليار دولار.",
    })
    table = facts(corpus)
    assert set(table.loc[table["value_usd"].notna(), "role"]) == {"valuation"}
    assert not table["conflict"].any()
    # Without the article that tells both, the two are set against each other.
    (tmp_path / "x").mkdir()
    alone = facts(_articles(tmp_path / "x", {"a": "قدرت قيمة شركة OpenAI بنحو 300 مليار دولار.",
                                              "c": "بلغ تقييم شركة OpenAI نحو 500 مليار دولار."}))
    assert alone["conflict"].all()


def test_market_values_of_different_days_are_not_a_conflict(tmp_path):
    """A listed company's market value moves every trading day."""
    texts = {"a": "بلغت القيمة السوقية لشركة آبل 3.5 تريليون دولار.",
             "b": "وصلت القيمة السوقية لشركة آبل إلى 3.9 تريليون دولار."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")

    def table(day_a, day_b):
        (tmp_path / "catalog.csv").write_text(
            f"article_id,publisher,published\na,Pa,{day_a}\nb,Pb,{day_b}\n", encoding="utf-8")
        t = facts(load_corpus(tmp_path))
        assert set(t["role"]) == {"market_value"}
        return t

    assert not table("2024-06-03", "2024-12-20")["conflict"].any()
    assert table("2024-12-20", "2024-12-20")["conflict"].all()


def test_a_total_since_a_year_is_not_that_years_deal(tmp_path):
    corpus = _articles(tmp_path, {
        "a": "ضخت مايكروسوفت مليار دولار في OpenAI عام 2019.",
        "b": "وكانت مايكروسوفت قد استثمرت نحو 11 مليار دولار في OpenAI منذ 2019.",
    })
    table = facts(corpus).set_index("article_id")
    assert table.at["a", "event_key"] == "Microsoft/investment/OpenAI/2019"
    assert (table.at["b", "period"], table.at["b", "period_basis"]) == ("", "since")
    assert not table["conflict"].any()


def test_unlike_measures_of_role_other_are_never_a_conflict(tmp_path):
    """Two fines one authority imposed on two companies the same year: both «other» of the
    authority, not two versions of one figure."""
    corpus = _articles(tmp_path, {
        "a": "فرضت المفوضية الأوروبية غرامة قدرها 500 مليون دولار على شركة آبل عام 2025.",
        "b": "فرضت المفوضية الأوروبية غرامة قدرها 3 مليارات دولار على شركة جوجل عام 2025.",
    })
    table = facts(corpus)
    assert set(table["event_key"]) == {"European Commission/other/2025"}
    assert not table["conflict"].any()


def test_valuations_of_different_months_are_not_a_conflict(tmp_path):
    """A private company's value moves with each round, several in a year."""
    texts = {"a": "قدرت قيمة شركة OpenAI بنحو 300 مليار دولار.", "b": "بلغ تقييم شركة OpenAI نحو 500 مليار دولار."}
    for name, text in texts.items():
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")

    def table(day_a, day_b):
        (tmp_path / "catalog.csv").write_text(
            f"article_id,publisher,published\na,Pa,{day_a}\nb,Pb,{day_b}\n", encoding="utf-8")
        return facts(load_corpus(tmp_path))

    assert not table("2025-03-31", "2025-10-02")["conflict"].any()
    assert table("2025-10-01", "2025-10-20")["conflict"].all()


def test_two_deals_of_the_same_parties_far_apart_are_not_a_conflict(tmp_path):
    # A 30bn cloud contract and a 300bn one with the same supplier are two deals …
    far = facts(_articles(tmp_path, {"a": "وقعت OpenAI عام 2025 عقدا بقيمة 30 مليار دولار مع أوراكل.",
                                     "b": "وقعت OpenAI عام 2025 عقدا بقيمة 300 مليار دولار مع أوراكل."}))
    assert not far["conflict"].any()
    # … 30bn and 40bn may be two sources on one deal.
    (tmp_path / "x").mkdir()
    near = facts(_articles(tmp_path / "x", {"a": "وقعت OpenAI عام 2025 عقدا بقيمة 30 مليار دولار مع أوراكل.",
                                            "b": "وقعت OpenAI عام 2025 عقدا بقيمة 40 مليار دولار مع أوراكل."}))
    assert near["conflict"].all()


def test_a_range_keeps_its_upper_end_in_the_facts_and_in_words(tmp_path):
    from analysis.present.markdown import amount

    table = facts(_articles(tmp_path, {"r": "قالت شركة OpenAI إنها ستجمع ما بين 12 و15 مليار دولار من مستثمرين.",
                                       "s": "جمعت شركة OpenAI مبلغ 7 مليارات دولار."}))
    ranged = table[table["article_id"] == "r"].iloc[0]
    assert (ranged["value"], ranged["value_max"]) == (12e9, 15e9)
    assert amount(ranged, "ar") == "بين 12 و15 مليار دولار"
    single = table[table["article_id"] == "s"].iloc[0]
    assert pd.isna(single["value_max"]) and amount(single, "ar") == "7 مليارات دولار"


def test_facts_say_whether_the_sentence_names_each_party(tmp_path):
    table = facts(_articles(tmp_path, {"d": "استثمرت شركة Microsoft مبلغ 5 مليارات دولار في شركة OpenAI."}))
    row = table.iloc[0]
    assert (row["payer"], row["recipient"]) == ("Microsoft", "OpenAI")
    assert (row["payer_basis"], row["recipient_basis"]) == ("sentence", "sentence")


def test_a_target_or_an_estimate_is_not_a_version_of_what_happened(tmp_path):
    """A company's revenue target (or analysts' estimate) for a year and another source's
    revenue for that year are not two versions of one figure; two reported outcomes are."""
    outcome = "بلغت إيرادات شركة OpenAI نحو 3 مليارات دولار في عام 2024."
    target = "وقالت مصادر إن OpenAI تتطلع لرفع إيراداتها لتصل إلى 5 مليارات دولار في عام 2024."
    estimate = "وكانت تقديرات المحللين تشير إلى إيرادات قدرها 4 مليارات دولار لشركة OpenAI في عام 2024."
    other = "حققت OpenAI إيرادات بلغت 4.5 مليار دولار في عام 2024 بحسب وثائق مسربة."
    table = facts(_articles(tmp_path, {"a": outcome, "b": target, "c": estimate}))
    assert set(table["event_key"]) == {"OpenAI/revenue/2024"} and len(table) == 3
    assert not table["conflict"].any()
    (tmp_path / "d.txt").write_text(other, encoding="utf-8")
    (tmp_path / "catalog.csv").write_text("article_id,publisher,published\n" + "".join(
        f"{n},P{n},2025-01\n" for n in "abcd"), encoding="utf-8")
    table = facts(load_corpus(tmp_path))
    flagged = table[table["conflict"]]
    assert sorted(flagged["article_id"]) == ["a", "d"]  # the two outcomes disagree; target and estimate stay out


def test_the_year_right_after_a_figure_is_its_year(tmp_path):
    """«… دولار في 2024» after the figure is its time, before a year earlier in the clause
    (the date of a report, or the other figure of a comparison)."""
    corpus = _articles(tmp_path, {
        "a": "قالت شركة OpenAI في تقريرها لعام 2026 إن إيراداتها بلغت 9 مليارات دولار في 2025.",
        "b": "ارتفعت إيرادات شركة OpenAI من 4 مليارات دولار في عام 2024 إلى 11 مليار دولار في عام 2025.",
        "c": "وفي 2025 قالت OpenAI إن إيراداتها ستبلغ 30 مليار دولار.",
    })
    table = facts(corpus).set_index("value_usd")
    assert table.loc[9e9, "period"] == "2025"  # not the report's 2026
    assert table.loc[4e9, "period"] == "2024" and table.loc[11e9, "period"] == "2025"
    assert table.loc[30e9, "period"] == "2025"  # no year after it: the one before stands


def test_the_value_a_change_starts_from_is_no_version_of_the_event(tmp_path):
    """«قفز تقييم الشركة من 3 مليارات دولار» (the rest of the sentence cut off, as excerpts
    are) is an earlier value than the report's: not set against another article's valuation
    of the same month; two reported valuations of that month are."""
    texts = {"a": "قفز تقييم شركة OpenAI من 3 مليارات دولار في",
             "b": "بلغ تقييم شركة OpenAI نحو 7 مليارات دولار بعد الجولة الأخيرة.",
             "c": "قدرت قيمة شركة OpenAI بنحو 9 مليارات دولار في الجولة الأخيرة."}
    for n, t in texts.items():
        (tmp_path / f"{n}.txt").write_text(t, encoding="utf-8")
    (tmp_path / "catalog.csv").write_text("article_id,publisher,published\n" + "".join(
        f"{n},P{n},2025-06-10\n" for n in "ab"), encoding="utf-8")
    table = facts(load_corpus(tmp_path))
    assert len(table[table["article_id"].isin(["a", "b"])]) == 2
    assert not table["conflict"].any()
    (tmp_path / "catalog.csv").write_text("article_id,publisher,published\n" + "".join(
        f"{n},P{n},2025-06-10\n" for n in "abc"), encoding="utf-8")
    table = facts(load_corpus(tmp_path))
    assert sorted(table.loc[table["conflict"], "article_id"]) == ["b", "c"]


def _period_of(sentence: str, figure: str, published: str) -> tuple[str, str]:
    from types import SimpleNamespace

    from analysis.claims.facts import _period
    at = sentence.index(figure)
    return _period(SimpleNamespace(sentence=sentence, start=at, end=at + len(figure), sentence_start=0,
                                   published=published))


def test_a_relative_year_counted_in_years_or_with_a_malformed_date():
    # «قبل سنتين» holds no «سنة» but is a year told relative to the article's date; a publication
    # date the dates reader refuses («2026/03/05») still gives its year, and raises nothing.
    sentence = "باعت شركة نجمة أسهما قبل سنتين بقيمة 8 مليارات دولار"
    assert _period_of(sentence, "8", "2026-03-05") == ("2024", "relative")
    assert _period_of("باعت شركة نجمة أسهما العام الماضي بقيمة 8 مليارات دولار", "8", "2026/03/05") == ("2025", "relative")
    assert _period_of("باعت شركة نجمة أسهما العام الماضي بقيمة 8 مليارات دولار", "8", "2026-13-45") == ("2025", "relative")
    assert _period_of("باعت شركة نجمة أسهما بقيمة 8 مليارات دولار", "8", "2026/03/05") == ("2026", "published")
    assert _period_of("", "", "") == ("", "")


def test_every_year_word_of_the_dates_data_holds_a_stem_the_facts_test_first():
    import json
    from pathlib import Path

    import analysis
    from analysis.claims.facts import _YEAR_STEMS
    cues = json.loads((Path(analysis.__file__).parent / "data" / "date_cues.json").read_text(encoding="utf-8"))
    words = [*cues["year_nouns"], *(w for ws in cues["units"]["year"].values() for w in ws)]
    assert all(any(stem in w for stem in _YEAR_STEMS) for w in words)
