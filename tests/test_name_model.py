"""The learned filter of names found by rule (analysis/extract/name_filter.py, name_model.json).

Sentences are invented (made-up companies, titles and people)."""

import json
import re

import pytest

from analysis import extract_entities, normalize
from analysis.extract.entities import find_all_entities
from analysis.extract.linear import _DATA, load
from analysis.extract.name_filter import MODEL, filtered_names, name_features

# An English title at the head of a text, no cue before it: the Latin finder takes it for a
# name; the model takes it for no name.
TITLE = "Garden of Stars هو عنوان الكتاب الجديد الذي صدر أمس."
# An unlisted company after «شركة» and an unlisted analyst after his title: the rules stand.
COMPANY = "أعلنت شركة زيلوترا، ومقرها دبي، عن جولة تمويل بقيمة 5 ملايين دولار."
ANALYST = "وقال المحلل سامر قندلفت إن السوق ينمو."

_PREFIXES = ("kind=", "kind_script=", "script=", "nwords=", "mentions=", "first_", "last_", "all_capitals",
             "digit", "chars=", "shape=", "renamed", "near_start", "rule=", "mark-1=", "mark+1=",
             "w-1=", "w+1=", "w-2,-1=", "w+1,+2=")


def test_model_file_loads_and_matches_its_schema():
    model = load(MODEL)
    raw = json.loads((_DATA / f"{MODEL}.json").read_text(encoding="utf-8"))
    assert model.classes == ("keep", "drop")
    assert 0.5 <= model.threshold < 1
    assert "train_names" in raw["about"] and "validation" in raw["about"].lower()
    assert model.weights and all(len(w) == 2 for w in model.weights.values())
    for feature in model.weights:
        assert feature.startswith(_PREFIXES), feature
        if feature.startswith(("w-1=", "w+1=")):
            assert re.fullmatch(r"w[-+]1=\w+", feature), feature  # one word
        if feature.startswith(("w-2,-1=", "w+1,+2=")):
            assert re.fullmatch(r"w[-+,12]+=\w+_\w+", feature) and feature.count("_") == 1, feature  # two words


def _unlisted(text):
    return [e for e in find_all_entities(text) if not e.known]


def test_features_are_generic_and_deterministic():
    text = normalize(COMPANY)
    ments = _unlisted(text)
    assert [e.name_en for e in ments] == ["زيلوترا"]
    feats = name_features(text, ments)
    assert feats == name_features(text, ments) == sorted(set(feats))
    assert "rule=cue" in feats and "w-1=شركة" in feats and "kind=org" in feats
    assert not any("زيلوترا" in f for f in feats)  # never the name itself


def test_the_model_leaves_out_what_it_is_sure_is_no_name():
    text = normalize(TITLE)
    assert [e.name_en for e in _unlisted(text)] == ["Garden of Stars"]
    assert filtered_names(text, find_all_entities(text)) == {"Garden of Stars"}
    assert "Garden of Stars" not in set(extract_entities(TITLE)["name_en"])
    # the rules' own answer is still there when asked for
    table = extract_entities(TITLE, name_filter=False)
    row = table[table["name_en"] == "Garden of Stars"].iloc[0]
    assert TITLE[row["start"]:row["end"]] == row["surface"]  # raw text and offsets untouched


@pytest.mark.parametrize("sentence,name", [(COMPANY, "زيلوترا"), (ANALYST, "سامر قندلفت")])
def test_the_rules_stand_where_the_model_is_unsure(sentence, name):
    text = normalize(sentence)
    ments = find_all_entities(text)
    assert filtered_names(text, ments) == set()
    p = load(MODEL).probabilities(name_features(text, [e for e in ments if e.name_en == name]))["drop"]
    assert p < load(MODEL).threshold
    assert name in set(extract_entities(sentence)["name_en"])


def test_listed_names_are_never_scored():
    text = normalize("استثمرت مايكروسوفت في Garden of Stars.")
    listed = [e for e in find_all_entities(text) if e.known]
    assert listed and filtered_names(text, listed) == set()
