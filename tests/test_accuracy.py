"""The accuracy scorer (benchmarks/accuracy.py) on an annotation we wrote ourselves."""

import copy

import pytest
import pandas as pd

from benchmarks.accuracy import compare, gold_tables, second_reading

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


def test_a_second_reading_of_the_parties_is_scored_against_the_first(tmp_path):
    import json

    start = GOLD["x1"]["money"][0]["start"]
    line = {"article_id": "x1", "start": start, "surface": "40 مليار دولار", "role": "investment",
            "payer": ["SoftBank"], "recipient": "OpenAI"}
    path = tmp_path / "agreement.jsonl"
    path.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    result = compare(GOLD, gold_tables(second_reading(GOLD, path)))
    assert result["payer_right"] == result["recipient_right"] == 100.0
    assert result["role_right"] == 0.0  # raise vs investment: a disagreement
    path.write_text(json.dumps({**line, "start": start + 1}, ensure_ascii=False) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="no second reading of «40 مليار دولار»"):
        second_reading(GOLD, path)


def _annotated_folder(folder, catalog: str):
    """A corpus folder of one article (TEXT, annotated as GOLD) and its catalog."""
    import json

    (folder / "articles").mkdir(parents=True)
    (folder / "gold").mkdir()
    (folder / "articles" / "x1.txt").write_text(TEXT, encoding="utf-8")
    (folder / "gold" / "x1.json").write_text(json.dumps(GOLD["x1"], ensure_ascii=False), encoding="utf-8")
    (folder / "catalog.csv").write_text(catalog, encoding="utf-8")
    return folder


def test_the_annotation_is_kept_without_its_text_and_comes_back_only_for_the_same_text(tmp_path):
    import json

    from benchmarks.devcorpus import pack, unpack

    src = _annotated_folder(tmp_path / "src", "article_id,title,publisher,url,published,query\n"
                                              "x1,عنوان المقال,P,https://example.org/x1,2025-03-02,q\n")
    packed = tmp_path / "corpus.jsonl"
    assert pack(src, packed) == 1
    kept = packed.read_text(encoding="utf-8")
    assert TEXT not in kept and "عنوان المقال" not in kept  # neither the text nor the title

    dst = tmp_path / "dst"
    (dst / "articles").mkdir(parents=True)
    (dst / "articles" / "x1.txt").write_text(TEXT + " ", encoding="utf-8")  # not the annotated text
    assert unpack(packed, dst) == ["x1"]
    assert not (dst / "gold" / "x1.json").exists()
    (dst / "articles" / "x1.txt").write_text(TEXT, encoding="utf-8")
    assert unpack(packed, dst) == []
    assert json.loads((dst / "gold" / "x1.json").read_text(encoding="utf-8")) == GOLD["x1"]
    assert "https://example.org/x1" in (dst / "catalog.csv").read_text(encoding="utf-8")


def test_an_adjudication_changes_only_the_fields_it_names_and_only_from_their_current_value(tmp_path):
    import json

    from benchmarks.devcorpus import adjudicate, pack

    packed = tmp_path / "corpus.jsonl"
    pack(_annotated_folder(tmp_path / "src", "article_id,publisher,url,published,query\nx1,P,u,,q\n"), packed)
    before = packed.read_text(encoding="utf-8")
    at = TEXT.index("40")
    stale = {"article_id": "x1", "start": at, "surface": "40 مليار دولار", "field": "role", "old": "investment",
             "new": "spending"}
    with pytest.raises(ValueError, match="is 'raise', not 'investment'"):
        adjudicate(packed, [stale])
    with pytest.raises(ValueError, match="no amount"):
        adjudicate(packed, [{**stale, "start": at + 1, "old": "raise"}])
    assert packed.read_text(encoding="utf-8") == before  # a refused list writes nothing
    assert adjudicate(packed, [{**stale, "old": "raise"},
                               {**stale, "field": "payer", "old": ["SoftBank"], "new": []}]) == 2
    money = json.loads(packed.read_text(encoding="utf-8"))["gold"]["money"][0]
    assert (money["role"], money["payer"], money["recipient"]) == ("spending", [], "OpenAI")


def test_a_government_matches_its_country():
    from benchmarks.accuracy import _same_name

    assert _same_name("Government of Saudi Arabia", "Saudi Arabia", "السعودية", {})
    assert _same_name("Government of the United States", "United States", "الولايات المتحدة", {})
    assert not _same_name("Government of Qatar", "Saudi Arabia", "السعودية", {})


def test_a_payer_where_the_text_states_none_counts_against_precision_only():
    other = copy.deepcopy(GOLD)
    gold = copy.deepcopy(GOLD)
    gold["x1"]["money"][0]["payer"], gold["x1"]["money"][0]["payer_ar"] = [], []
    result = compare(gold, gold_tables(other))
    assert result["payer_right"] is None  # no payer stated: nothing to get right
    assert result["payer_precision"] == 0.0  # but one was said
    assert result["recipient_precision"] == 100.0


def test_a_fetched_copy_is_filed_only_if_it_is_the_annotated_text(tmp_path):
    from benchmarks.devcorpus import pack, place, todo

    src = _annotated_folder(tmp_path / "src", "article_id,publisher,url,published,query\nx1,P,https://example.org/x1,,q\n")
    packed = tmp_path / "corpus.jsonl"
    pack(src, packed)
    dst = tmp_path / "dst"
    assert [item["url"] for item in todo(packed, dst)] == ["https://example.org/x1"]

    placed, message = place(packed, dst, "x1", TEXT.replace("مليار", "مليون", 1))  # another text
    assert not placed and f"{len(TEXT)}" in message
    assert not (dst / "articles" / "x1.txt").exists()
    placed, message = place(packed, dst, "x1", TEXT + "\n")  # what a copy gains
    assert placed, message
    assert (dst / "articles" / "x1.txt").read_text(encoding="utf-8") == TEXT
    assert todo(packed, dst) == []
    assert place(packed, dst, "nope", TEXT)[0] is False


def test_a_copy_with_more_or_fewer_empty_lines_at_its_end_is_placed(tmp_path):
    from benchmarks.devcorpus import pack, place

    src = _annotated_folder(tmp_path / "src", "article_id,publisher,url,published,query\nx1,P,https://example.org/x1,,q\n")
    (src / "articles" / "x1.txt").write_text(TEXT + "\n\n\n\n", encoding="utf-8")  # annotated with four
    packed = tmp_path / "corpus.jsonl"
    pack(src, packed)
    for copy_ in (TEXT + "\n" * 7, TEXT, TEXT + "\n\n"):
        placed, message = place(packed, tmp_path / "dst", "x1", copy_)
        assert placed, message
        assert (tmp_path / "dst" / "articles" / "x1.txt").read_text(encoding="utf-8") == TEXT + "\n\n\n\n"
    assert not place(packed, tmp_path / "dst", "x1", TEXT + " \n")[0]  # other whitespace is another text


def test_relative_dates_count_against_plain_precision_but_not_the_stated_one():
    import pandas as pd

    from benchmarks.accuracy import score_dates

    text = "أعلنت الشركة أمس أنها جمعت المبلغ في مارس 2025."
    gold = {"x1": {"dates": [{"surface": "مارس 2025", "start": text.index("مارس"), "year": 2025, "month": 3,
                              "day": None}]}}
    def row(surface, relative, year, month):
        start = text.index(surface)
        return {"article_id": "x1", "start": start, "end": start + len(surface), "surface": surface,
                "relative": relative, "year": year, "month": month, "day": None}
    dates = pd.DataFrame([row("أمس", True, None, None), row("مارس 2025", False, 2025, 3)])
    got = score_dates(gold, dates)
    assert got["date_recall"] == 100.0 and got["date_precision"] == 50.0
    assert got["date_precision_stated"] == 100.0
    assert score_dates(gold, dates.iloc[:1])["date_precision_stated"] is None  # nothing stated was said


def test_an_annotators_spec_gets_its_offsets_and_a_wrong_one_is_named(tmp_path):
    import json

    from benchmarks.devcorpus import build, problems

    (tmp_path / "articles").mkdir()
    (tmp_path / "spec").mkdir()
    (tmp_path / "articles" / "x1.txt").write_text(TEXT, encoding="utf-8")
    spec = {"money": [{"surface": "40 مليار دولار", "nth": 1, "value": 4e10, "value_max": None, "currency": "USD",
                       "qualifier": "", "role": "raise", "payer": ["SoftBank"], "payer_ar": ["سوفت بنك"],
                       "recipient": "OpenAI", "recipient_ar": "أوبن إيه آي"}],
            "entities": [{"name": "SoftBank", "surface": "سوفت بنك", "kind": "org", "nth": 1}], "dates": []}
    (tmp_path / "spec" / "x1.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    gold = build(tmp_path, "x1")
    assert gold["money"][0]["start"] == TEXT.index("40 مليار دولار") and "nth" not in gold["money"][0]
    assert problems(tmp_path) == []

    spec["money"][0]["role"] = "funding"  # no role of the schema
    spec["entities"][0]["nth"] = 2  # the name is there once
    (tmp_path / "spec" / "x1.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(ValueError, match="occurrence 2"):
        build(tmp_path, "x1")
    spec["entities"][0]["nth"] = 1
    (tmp_path / "spec" / "x1.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
    build(tmp_path, "x1")
    assert any("role 'funding'" in p for p in problems(tmp_path))


def test_an_unquantified_amount_is_counted_apart_not_as_spurious():
    tables = gold_tables(GOLD)
    vague = {"article_id": "x1", "start": 0, "end": 5, "surface": "مليارات الدولارات", "value": float("nan"),
             "value_max": None, "currency": "USD", "qualifier": "", "role": "other", "payer": "", "recipient": ""}
    money = tables["money"].assign(note="")
    tables["money"] = pd.concat([money, pd.DataFrame([{**vague, "note": "unquantified"}])], ignore_index=True)
    result = compare(GOLD, tables)
    assert result["money_precision"] == 100.0 and result["money_unquantified"] == 1
    tables["money"].loc[1, "note"] = ""  # the same row, not marked: a spurious amount
    assert compare(GOLD, tables)["money_precision"] == 50.0
