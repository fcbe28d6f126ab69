"""The accuracy scorer (benchmarks/accuracy.py) on an annotation we wrote ourselves."""

import copy

from benchmarks.accuracy import compare, gold_tables

TEXT = "قادت سوفت بنك الجولة التي جمعت فيها أوبن إيه آي 40 مليار دولار في مارس 2025."
GOLD = {"x1": {
    "money": [{"surface": "40 مليار دولار", "start": TEXT.index("40"), "value": 4e10, "value_max": None,
               "currency": "USD", "qualifier": "", "role": "raise", "payer": ["SoftBank"],
               "payer_ar": ["سوفت بنك"], "recipient": "OpenAI", "recipient_ar": "أوبن إيه آي"}],
    "entities": [{"name": "SoftBank", "surface": "سوفت بنك", "kind": "org"},
                 {"name": "OpenAI", "surface": "أوبن إيه آي", "kind": "org"}],
    "dates": [{"surface": "مارس 2025", "start": TEXT.index("مارس"), "year": 2025, "month": 3, "day": None}],
}}


def test_an_annotation_agrees_with_itself():
    result = compare(GOLD, gold_tables(GOLD))
    assert result["money_recall"] == result["money_precision"] == 100.0
    assert result["payer_right"] == result["recipient_right"] == result["role_right"] == 100.0
    assert result["entity_recall"] == 100.0 and result["entity_wrong"] == 0.0
    assert result["date_ymd_right"] == 100.0


def test_another_annotator_matches_by_either_spelling_and_disagreements_count():
    other = copy.deepcopy(GOLD)
    money = other["x1"]["money"][0]
    money["payer"] = ["Soft Bank Group"]  # another English name, the same Arabic spelling: agreement
    money["recipient"], money["recipient_ar"] = "Microsoft", "مايكروسوفت"  # a disagreement
    money["role"] = "investment"
    result = compare(GOLD, gold_tables(other), errors=True)
    assert result["payer_right"] == 100.0
    assert result["recipient_right"] == 0.0 and result["role_right"] == 0.0
    assert any("RECIPIENT" in line for line in result["errors"])
