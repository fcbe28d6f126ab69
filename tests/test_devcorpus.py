"""benchmarks/devcorpus.py adjudicate: removing, renaming or adding a gold entity or date (invented data)."""

import json

import pytest

from benchmarks.devcorpus import adjudicate

TEXT = "الرياض نيوز | ذكرت رويترز أن وزارة المالية ستدفع 5 مليارات دولار في مارس 2025. حقوق النشر 2026"
GOLD = {
    "money": [{"surface": "5 مليارات دولار", "start": TEXT.index("5 م"), "value": 5e9, "value_max": None,
               "currency": "USD", "qualifier": "", "role": "spending", "payer": [], "payer_ar": [],
               "recipient": "", "recipient_ar": ""}],
    "entities": [{"name": "Riyadh News", "surface": "الرياض نيوز", "kind": "org", "start": 0},
                 {"name": "Reuters", "surface": "رويترز", "kind": "org", "start": TEXT.index("رويترز")}],
    "dates": [{"surface": "مارس 2025", "start": TEXT.index("مارس"), "year": 2025, "month": 3, "day": None},
              {"surface": "2026", "start": TEXT.index("2026"), "year": 2026, "month": None, "day": None}],
}


def _packed(tmp_path):
    path = tmp_path / "corpus.jsonl"
    path.write_text(json.dumps({"article_id": "x1", "sha256": "", "chars": len(TEXT), "gold": GOLD},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return path


def test_devcorpus_adjudication_removes_an_entity_or_a_date_only_as_named(tmp_path):
    packed = _packed(tmp_path)
    before = packed.read_text(encoding="utf-8")
    entity = {"article_id": "x1", "start": 0, "surface": "الرياض نيوز", "field": "entity", "old": "Riyadh News",
              "new": "", "why": "C10: the site's own name"}
    date = {"article_id": "x1", "start": TEXT.index("2026"), "surface": "2026", "field": "date", "old": "2026",
            "new": "", "why": "C10: copyright"}
    money = {"article_id": "x1", "start": TEXT.index("5 م"), "surface": "5 مليارات دولار", "field": "payer",
             "old": [], "new": ["Saudi Arabia"]}
    for wrong, message in [({**entity, "old": "Reuters"}, "is 'Riyadh News', not 'Reuters'"),
                           ({**entity, "start": 1}, "no entity «الرياض نيوز» at 1"),
                           ({**date, "new": "2027"}, "new must be"),
                           ({**date, "surface": "2025"}, "no date «2025»"),
                           ({**entity, "article_id": "x2"}, "no article x2")]:
        with pytest.raises(ValueError, match=message):
            adjudicate(packed, [money, wrong])  # the good line is refused with the wrong one
        assert packed.read_text(encoding="utf-8") == before
    with pytest.raises(ValueError, match="no entity"):
        adjudicate(packed, [entity, entity])  # removed once only
    assert packed.read_text(encoding="utf-8") == before

    assert adjudicate(packed, [entity, date, money]) == 3
    gold = json.loads(packed.read_text(encoding="utf-8"))["gold"]
    assert [e["name"] for e in gold["entities"]] == ["Reuters"]
    assert [d["surface"] for d in gold["dates"]] == ["مارس 2025"]
    assert gold["money"][0]["payer"] == ["Saudi Arabia"] and gold["money"][0]["role"] == "spending"


def test_devcorpus_adjudication_renames_or_adds_an_entity_and_checks_it(tmp_path):
    packed = _packed(tmp_path)
    before = packed.read_text(encoding="utf-8")
    at = TEXT.index("وزارة")
    add = {"article_id": "x1", "start": at, "surface": "وزارة المالية", "field": "entity", "old": "",
           "new": "Ministry of Finance", "kind": "government"}
    rename = {"article_id": "x1", "start": TEXT.index("رويترز"), "surface": "رويترز", "field": "entity",
              "old": "Reuters", "new": "Reuters News"}
    for good, wrong, message in [(rename, {**add, "kind": "ministry"}, "needs a name"),
                                 (rename, {**add, "start": 0, "surface": "الرياض نيوز"}, "already there"),
                                 (add, {**rename, "old": "AFP"}, "is 'Reuters', not 'AFP'"),
                                 (add, {**rename, "field": "date", "old": "رويترز"}, "new must be")]:
        with pytest.raises(ValueError, match=message):
            adjudicate(packed, [good, wrong])
        assert packed.read_text(encoding="utf-8") == before
    assert adjudicate(packed, [add, rename]) == 2
    entities = json.loads(packed.read_text(encoding="utf-8"))["gold"]["entities"]
    assert [(e["name"], e["start"]) for e in entities] == [("Riyadh News", 0), ("Reuters News", TEXT.index("رويترز")),
                                                          ("Ministry of Finance", at)]


def test_devcorpus_adjudication_adds_a_date_with_its_parts(tmp_path):
    packed = _packed(tmp_path)
    before = packed.read_text(encoding="utf-8")
    text = "ستدفع 5 مليارات دولار في مارس"  # a bare month (C16): its year is not said
    at = TEXT.index("مارس 2025")
    add = {"article_id": "x1", "start": at, "surface": "مارس", "field": "date", "old": "", "new": "مارس",
           "year": None, "month": 3, "day": None, "why": "C16: " + text}
    for wrong, message in [({**add, "month": None}, "needs new = its surface and a year"),
                           ({**add, "new": "أبريل"}, "needs new = its surface"),
                           ({**add, "surface": "مارس 2025", "new": "مارس 2025", "year": 2025}, "already there")]:
        with pytest.raises(ValueError, match=message):
            adjudicate(packed, [wrong])
        assert packed.read_text(encoding="utf-8") == before
    assert adjudicate(packed, [add]) == 1
    dates = json.loads(packed.read_text(encoding="utf-8"))["gold"]["dates"]
    assert [(d["surface"], d["month"], d["year"]) for d in dates] == [("مارس 2025", 3, 2025), ("مارس", 3, None),
                                                                    ("2026", None, 2026)]
