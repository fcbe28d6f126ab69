"""Names found by rule are shown as the articles write them, one spelling per corpus.

The sentences and companies are invented for these tests."""

from collections import Counter
from itertools import permutations

import pandas as pd
import pytest

from analysis import extract_all
from analysis.extract.entities import extract_entities
from analysis.extract.money import extract_money
from analysis.extract.spelling import shown_form, spellings, written_forms
from analysis.text.normalize import normalize

ARTICLES = [
    "استثمرت شركة أوركيد كابيتال 50 مليون دولار في شركة إيبسيلون الناشئة.",
    "قالت شركة ايبسيلون إنها جمعت 20 مليون دولار من مستثمرين.",
    "وقالت شركة ايبسيلون إن إيراداتها بلغت 3 ملايين دولار.",
]


@pytest.fixture(scope="module")
def corpus():
    n = len(ARTICLES)
    return pd.DataFrame({"article_id": list("abc"), "raw": ARTICLES, "boilerplate": [[]] * n,
                         "published": [""] * n, "publisher": [""] * n})


def test_an_unlisted_name_keeps_its_hamza_in_every_table(corpus):
    tables = extract_all(corpus)
    ents = tables["entities"]
    assert set(ents.loc[~ents["known"], "name_en"]) == {"أوركيد كابيتال", "إيبسيلون"}
    # Two articles write it without the hamza: still one name, in its standard spelling.
    assert ents.loc[ents["surface"] == "ايبسيلون", "name_en"].tolist() == ["إيبسيلون", "إيبسيلون"]
    money = tables["money"]
    assert money["recipient"].tolist() == ["إيبسيلون"] * 3
    assert money.loc[0, "payer"] == "أوركيد كابيتال"
    assert set(tables["flows"]["payer"]) == {"أوركيد كابيتال"}
    assert set(tables["facts"]["recipient"]) == {"إيبسيلون"}


def test_each_extractor_alone_shows_the_same_spelling(corpus):
    tables = extract_all(corpus, partitions=3)  # one article a partition: the corpus decides, not the part
    pd.testing.assert_frame_equal(tables["money"], extract_money(corpus))
    pd.testing.assert_frame_equal(tables["entities"], extract_entities(corpus))


def test_keys_stay_available_to_a_caller_that_respells_itself(corpus):
    assert set(extract_money(corpus, respell=False)["recipient"]) == {"ايبسيلون"}
    ents = extract_entities(corpus, respell=False)
    assert set(ents.loc[~ents["known"], "name_en"]) == {"اوركيد كابيتال", "ايبسيلون"}


def test_a_shown_form_drops_marks_and_keeps_the_letters_the_fold_loses():
    assert shown_form("أمـوداي") == "أموداي"  # tatweel
    assert shown_form("مُصْطَفَى") == "مصطفى"  # diacritics, final alef maksura as written
    assert shown_form("إس\u00a0كي") == "إس كي"  # no-break space
    assert normalize(shown_form("آلات")) == "الات"


def test_only_a_whole_written_name_is_a_form_of_it():
    raw = "وإيبسيلون إيبسيلون الكبرى ايبسيلون"
    counts = written_forms(raw, [("ايبسيلون", 0, 9), ("ايبسيلون", 10, 18), ("ايبسيلون", 10, 25), ("ايبسيلون", 26, 34)])
    # the clitic «و» and a longer span normalize to something else: not forms of the name
    assert counts == Counter({("ايبسيلون", "إيبسيلون"): 1, ("ايبسيلون", "ايبسيلون"): 1})


def test_the_key_spelling_written_most_keeps_its_form():
    corpus = pd.DataFrame({"article_id": ["a", "b"], "boilerplate": [[], []], "published": ["", ""],
                           "publisher": ["", ""], "raw": [
        "قال الرئيس التنفيذي للشركة سامي عبد الهادي إن الشركة ستستثمر 5 ملايين دولار. وأكد سامي عبد الهادي ذلك.",
        "وقال الرئيس التنفيذي للشركة سامى عبد الهادى إن الصفقة تمت."]})
    people = extract_entities(corpus)
    people = people[~people["known"] & (people["kind"] == "person")]
    assert len(people) == 3 and set(people["name_en"]) == {"سامي عبد الهادي"}  # two against one


def test_the_hamza_wins_then_frequency_whatever_the_order():
    counts = Counter({("اكسي", "أكسي"): 1, ("اكسي", "اكسى"): 5, ("بيتي", "بيتى"): 2, ("اكسي", "إكسي"): 1,
                      ("بيتي", "بيتي"): 1, ("سامي", "سامي"): 3, ("سامي", "سامى"): 1})
    for order in permutations(counts.items()):
        # one hamza each: «أكسي» and «إكسي» tie on hamza and count; code-point order decides;
        # «سامي» is written as its key most often: no form to show but the key
        assert spellings(Counter(dict(order))) == {"اكسي": "إكسي", "بيتي": "بيتى"}
