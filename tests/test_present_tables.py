"""The notebook tables and who funds whom: backers by position, funders, timeline events, safe prose."""

import pandas as pd
import pytest

from analysis import extract_dates, extract_entities, extract_money, facts, prepare
from analysis.present import tables
from analysis.present.markdown import Md, bullets, say


@pytest.fixture(scope="module")
def extracted(corpus):
    money = extract_money(corpus)
    return {
        "money": money,
        "dates": extract_dates(corpus),
        "entities": extract_entities(corpus),
        "facts": facts(corpus, money=money),
    }


def test_dispute_timeline_dates_each_sentence_by_its_first_date(corpus, extracted):
    events = tables.dated_events(extracted["dates"], extracted["entities"], corpus,
                                must_name=({"Elon Musk", "xAI"}, {"OpenAI", "Sam Altman"}),
                                cues="dispute")
    resolved = list(events["resolved"])
    assert "1985" not in resolved  # Altman's birth year is no event
    assert "2024-08" in resolved and "2025-02-10" in resolved and "2015" in resolved
    keys = [tables.period_start(r) for r in resolved]
    assert keys == sorted(keys)


def test_counts_by_article(corpus, extracted):
    counts = tables.counts_by_article(corpus, extracted["money"], extracted["dates"], extracted["entities"])
    assert list(counts["article_id"]) == list(corpus["article_id"])
    assert counts["money"].sum() == len(extracted["money"])
    assert (counts["people"] > 0).all()


def test_say_escapes_values_but_not_its_own_markdown():
    out = say("قال {who} {src}", "ar", who="<script>x</script>", src=Md("(**مصدر**)"))
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "(<strong>مصدر</strong>)" in out  # our Markdown renders; the value's tags do not
    assert out.startswith('<div dir="rtl">')
    assert say("x", "en").startswith('<div dir="ltr">')


@pytest.mark.parametrize("iso, first", [("2024", "2024-01-01"), ("2024-05", "2024-05-01"),
                                        ("2024-06/2024-08", "2024-06-01"), ("2025-W06", "2025-02-03")])
def test_period_start(iso, first):
    assert tables.period_start(iso) == first


def test_chart_claims_labels_in_words(extracted):
    labels, values = tables.chart_claims(extracted["facts"][extracted["facts"]["subject"] == "xAI"], "ar")
    assert len(labels) == len(values) and 45.0 in values and 18.0 in values
    assert any("مارس 2024" in label for label in labels)
    assert not any("2024-" in label for label in labels)


def test_empty_inputs_give_empty_tables(corpus, extracted):
    empty = extracted["facts"].iloc[0:0]
    assert tables.claims_once(empty).empty and tables.chronological(empty).empty
    assert "لا شيء" in bullets([], "ar")


def test_a_sentence_an_article_repeats_tells_its_flow_once():
    from analysis.claims.flows import flows

    headline = "استثمرت شركة ألفا مليار دولار في شركة بيتا."
    body = "وقالت شركة ألفا إنها استثمرت مليار دولار في شركة بيتا هذا العام."
    row = dict(payer="Alpha", payer_basis="sentence", recipient="Beta", recipient_basis="sentence",
               role="investment", value=1e9, value_max=None, currency="USD", value_usd=1e9, qualifier="")
    money = pd.DataFrame([dict(row, article_id="a1", start=s, end=s + 10, surface="مليار دولار", sentence=t)
                          for s, t in ((0, headline), (60, headline), (120, body))]
                         + [dict(row, article_id="a2", start=0, end=10, surface="مليار دولار", sentence=headline)])
    once = tables.flows_once(flows(money))
    assert once[["article_id", "start"]].values.tolist() == [["a1", 0], ["a1", 120], ["a2", 0]]
    assert tables.flows_once(flows(money).iloc[0:0]).empty


def test_source_limits_count_from_the_catalog(corpus):
    assert tables.source_limits(corpus) == {"n": 4, "translated": 2, "inferred": 4}
    assert tables.source_limits(corpus.iloc[:1]) == {"n": 1, "translated": 0, "inferred": 1}


def test_prepare_gives_the_corpus_and_the_same_tables_as_the_extractors(corpus, extracted, tmp_path):
    import pandas.testing as pdt

    got_corpus, tables = prepare(cache_dir=tmp_path)
    assert list(got_corpus["article_id"]) == list(corpus["article_id"])
    for name in ("money", "dates", "entities", "facts"):
        pdt.assert_frame_equal(tables[name].reset_index(drop=True), extracted[name].reset_index(drop=True),
                               check_dtype=False)


def _deal(payer, recipient, role, value, event_id, qualifier="", period="", period_basis="published", n=1):
    return {"payer": payer, "recipient": recipient, "role": role, "value_usd": value, "event_id": event_id,
            "qualifier": qualifier, "period": period, "period_basis": period_basis, "n_sources": n}


def test_one_bar_per_deal_at_its_largest_figure():
    import pandas as pd

    deals = pd.DataFrame([
        _deal("Alpha Fund", "Kite", "raise", 3e9, "k1"),
        _deal("Alpha Fund; Beta Bank", "Kite", "raise", 3.5e9, "k2"),   # the same round, more investors named
        _deal("Gamma", "Heron", "acquisition", 3e9, "h1"),              # equal size, other parties: kept
        _deal("Gamma", "Kite", "raise", 1e9, "k3"),                     # another investor: another deal
        _deal("Delta", "Lark", "bid", 50e9, "l1", qualifier="approx"),  # «about 50bn» ...
        _deal("Delta", "Lark", "bid", 48.7e9, "l1"),                    # ... reports the same 48.7bn bid
        _deal("Alpha Fund", "Kite", "raise", 2e9, "k4", period="2021", period_basis="stated"),  # no year is any year
        _deal("Alpha Fund", "Wren", "raise", 2e9, "w1", period="2021", period_basis="stated"),  # two years stated:
        _deal("Alpha Fund", "Wren", "raise", 2.2e9, "w2", period="2023", period_basis="stated"),  # two rounds
        _deal("Government of Ruritania", "the Kingdom of Oz", "investment", 9e9, "o1"),
        _deal("Ruritania", "Government of the Kingdom of Oz", "investment", 8e9, "o2"),  # a state is its government
        _deal("Ruritania", "the Kingdom of Oz", "raise", 9e9, "o3"),  # Oz raised what Ruritania invested: one deal
    ])
    once = tables.one_per_deal(deals)
    assert once["value_usd"].tolist() == [48.7e9, 9e9, 3.5e9, 3e9, 2.2e9, 2e9, 1e9]
    assert once["recipient"].tolist() == ["Lark", "the Kingdom of Oz", "Kite", "Heron", "Wren", "Wren", "Kite"]


def test_a_deal_label_names_payer_recipient_and_role_in_the_readers_direction():
    row = {"payer": "Microsoft; Nvidia; SoftBank", "recipient": "OpenAI", "role": "investment"}
    assert tables.deal_label(row, "en") == "Microsoft, Nvidia +1 → OpenAI — investment"
    label = tables.deal_label(row, "ar")
    assert " ← " in label and label.endswith("— استثمار") and "→" not in label


def test_outlets_are_counted_once_however_the_catalog_spells_them():
    import pandas as pd

    corpus = pd.DataFrame({
        "article_id": ["a", "b", "c", "d", "e", "f", "g"],
        "publisher": ["النجمة اليومية", "Daily Star Arabia", "najma-daily.com", "موقع النجمة اليومية",
                      "النجمة اليومية", "صدى الوادي (sada-wadi.net)", ""],
        "url": ["https://www.najma-daily.com/a/1", "https://news.najma-daily.com/b", "", "",
                "https://najma-daily.com/c", "", ""],
    })
    key = tables.outlet_key(corpus)
    # the domain of the link, the domain a name spells, a name another article has a domain for,
    # and «موقع …» for the same name: one outlet; a name spelling its own domain: another
    assert list(key) == ["najma-daily.com"] * 5 + ["sada-wadi.net", ""]
    out = tables.outlets(corpus)
    assert list(out["outlet"]) == ["النجمة اليومية", "صدى الوادي (sada-wadi.net)"]
    assert list(out["articles"]) == [5, 1] and list(out["spellings"]) == [4, 1]
    # a bare domain names the outlet only when the catalog has nothing else
    only_domain = tables.outlets(corpus.iloc[[2, 2]].assign(article_id=["x", "y"]))
    assert list(only_domain["outlet"]) == ["najma-daily.com"]
    # read as a publisher: the reader's-language part of «name (other name)»
    shown = tables.reader_table(out, "ar")
    assert list(shown.columns)[0] == "المنفذ الإعلامي" and list(shown.iloc[:, 0]) == ["النجمة اليومية", "صدى الوادي"]
    assert tables.registered_domain("https://www.okaz-example.com.sa/x") == "okaz-example.com.sa"
    assert tables.registered_domain("بلا نطاق") == ""
    assert tables.outlets(corpus.iloc[[6]]).empty


def test_top_bars_keeps_the_largest_in_their_order_and_counts_the_rest():
    values = [3, 9, 1, 7, 7, 2, 8]
    kept, left, total = tables.top_bars(values, most=4)
    assert kept == [1, 3, 4, 6]  # 9, 7, 7, 8 in the order drawn
    assert (left, total) == (3, 6.0)
    assert tables.top_bars([5, 4], most=4) == ([0, 1], 0, 0.0)
    kept, left, _ = tables.top_bars(list(range(90)))
    assert len(kept) == tables.BARS_SHOWN == 15 and left == 75 and kept[0] == 75


def test_a_dispute_event_names_both_sides_or_one_side_at_court_in_an_article_about_both():
    import pandas as pd

    sentences = {  # (article, sentence start): text; invented
        ("a", 0): "رفعت شركة ألف دعوى على شركة باء في عام 2030.",
        ("a", 100): "وقالت المحكمة في مايو 2031 إنها ستنظر في طلب شركة ألف.",
        ("a", 200): "تأسست شركة ألف عام 2029 في مدينة صغيرة.",
        ("a", 300): "وتتعاون شركة ألف مع شركة باء منذ 2020، وفي 2032 افترقتا.",
        ("a", 400): "وشاركت شركة ألف في معرض للتقنية في 2033.",
        ("b", 0): "وخسرت شركة ألف دعوى أخرى أمام محكمة محلية في 2034.",
    }
    first_dates = {("a", 0): [("2030", "في")], ("a", 100): [("2031-05", "في")], ("a", 200): [("2029", "")],
                   ("a", 300): [("2020", "منذ"), ("2032", "في")], ("a", 400): [("2033", "في")],
                   ("b", 0): [("2034", "في")]}
    names = {("a", 0): ["Alef", "Beh"], ("a", 100): ["Alef"], ("a", 200): ["Alef"], ("a", 300): ["Alef", "Beh"],
             ("a", 400): ["Alef"], ("b", 0): ["Alef"]}
    dates = pd.DataFrame([
        {"article_id": a, "start": s + 10 + i, "end": s + 14 + i, "surface": r, "resolved": r, "cue": cue,
         "kind": "year" if len(r) == 4 else "month", "month": pd.NA, "sentence": sentences[(a, s)],
         "sentence_start": s}
        for (a, s), found in first_dates.items() for i, (r, cue) in enumerate(found)])
    entities = pd.DataFrame([{"article_id": a, "sentence_start": s, "name_en": n}
                             for (a, s), ns in names.items() for n in ns])
    corpus = pd.DataFrame({"article_id": ["a", "b"], "publisher": ["P", "Q"], "published": ["2035", "2035"]})
    events = tables.dated_events(dates, entities, corpus, must_name=({"Alef"}, {"Beh"}), cues="dispute")
    # both sides: an event; one side at court in an article naming both: an event; one side
    # founding, at an exhibition («معرض» is no «عرض»), or at court in an article about it
    # alone: none; «منذ 2020» is background, the sentence is dated by its next date
    assert list(events["resolved"]) == ["2030", "2031-05", "2032"]
    assert list(events["article_id"]) == ["a", "a", "a"]


def test_the_products_chart_counts_ai_products_only():
    import pandas as pd

    from analysis.extract.entities import sectors

    names = ["ChatGPT", "Grok 4", "H100", "iPhone", "iPhone 17", "Windows", "Microsoft Azure",
             "Colossus", "Bloomberg Billionaires Index", "Nebula Mind 2"]
    entities = pd.DataFrame({"article_id": "a", "start": range(len(names)), "name_en": names,
                             "kind": "product"})
    entities = pd.concat([entities, pd.DataFrame([{"article_id": "a", "start": 99, "name_en": "OpenAI",
                                                   "kind": "org"}])], ignore_index=True)
    kept = tables.ai_products(entities)
    # models and apps, a version of a listed model, an AI chip, and a product the list does not know
    assert list(kept["name_en"]) == ["ChatGPT", "Grok 4", "H100", "Nebula Mind 2"]
    # the data says so: a phone, an operating system, a cloud, a data centre and an index are no AI products
    got = sectors()
    assert [got[n] for n in ("iPhone", "Windows", "Microsoft Azure", "Colossus", "Bloomberg Billionaires Index")] \
        == ["device", "software", "cloud", "project", "media"]
    assert tables.ai_products(entities.iloc[0:0]).empty


def test_a_timeline_label_drops_a_scrapers_date_stamp():
    label = tables.event_label("date 2031-04-02 رفعت شركة ألف دعوى على شركة باء أمام المحكمة", "ar")
    assert label == "رفعت شركة ألف دعوى على شركة باء …"  # seven words, the stamp not among them
    assert tables.event_label("رفعت شركة ألف دعوى", "ar") == "رفعت شركة ألف دعوى"
