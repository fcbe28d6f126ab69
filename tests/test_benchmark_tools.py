"""The tools that guard a change: the copied-text check, the output-identity check and the
summary of a speed comparison between trees."""

import pandas as pd

from benchmarks.ab_trees import summary
from benchmarks.identity import differences
from benchmarks.overlap import corpus_shingles, overlaps, words

# A "corpus" text we write here, standing for a third-party excerpt.
NEWS = "أعلنت شركة نجمة الشمال اليوم أنها جمعت مئتي مليون دولار من مستثمرين في الخليج والعالم."


def _corpus(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "x1.txt").write_text(NEWS, encoding="utf-8")
    return corpus_shingles(tmp_path)


def test_a_copied_clause_is_found_with_its_line_and_words(tmp_path):
    ours = tmp_path / "test_x.py"
    ours.write_text('A = "جمعت الشركة 5 ملايين دولار"\n'
                    'B = "قالت أنها جمعت مئتي مليون دولار من مستثمرين في الخليج"\n', encoding="utf-8")
    found = overlaps(ours, _corpus(tmp_path))
    assert [n for n, _ in found] == [2]
    assert found[0][1].split()[0] in words(NEWS)


def test_diacritics_and_tatweel_do_not_hide_a_copy(tmp_path):
    ours = tmp_path / "c.md"
    ours.write_text("جَمَعَت مئتـــي مليون دولار من مستثمرين في الخليج\n", encoding="utf-8")
    assert overlaps(ours, _corpus(tmp_path))


def test_a_copy_with_its_figures_changed_is_found_once_numbers_are_left_out(tmp_path):
    news = "وقالت الشركة في بيانها إنها جمعت 200 مليون دولار من مستثمرين في الخليج والعالم لتوسيع أعمالها."
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "x1.txt").write_text(news, encoding="utf-8")
    ours = tmp_path / "t.py"
    ours.write_text('S = "وقالت الشركة في بيانها إنها جمعت 350 مليون دولار من مستثمرين في الخليج"\n'
                    'T = "قالت فابريكام إنها جمعت 350 مليون دولار من صناديق في آسيا"\n', encoding="utf-8")
    assert overlaps(ours, corpus_shingles(tmp_path)) == []  # seven words with the numbers: the figure breaks every run
    bare = corpus_shingles(tmp_path, 9, numbers=False)
    assert [n for n, _ in overlaps(ours, bare, 9, numbers=False)] == [1]
    assert words("جمعت 350 مليون", numbers=False) == ["جمعت", "مليون"]


def test_our_own_sentence_with_the_same_construction_passes(tmp_path):
    ours = tmp_path / "t.py"
    ours.write_text('S = "أكدت مجموعة الواحة أنها جمعت ثلاثين مليون دولار من صناديق في آسيا."\n', encoding="utf-8")
    assert overlaps(ours, _corpus(tmp_path)) == []


def test_identity_reports_the_changed_cell_and_only_changed_tables():
    before = {"seeds/money": pd.DataFrame({"role": ["raise", "valuation"], "value": [1.0, None]}),
              "seeds/dates": pd.DataFrame({"year": [2024]})}
    after = {"seeds/money": pd.DataFrame({"role": ["raise", "investment"], "value": [1.0, None]}),
             "seeds/dates": pd.DataFrame({"year": [2024]})}
    assert differences(before, before) == []
    lines = differences(before, after)
    assert lines[0].startswith("seeds/money") and "'valuation' → 'investment'" in lines[1]
    assert not any(line.startswith("seeds/dates") for line in lines)


def test_ab_summary_gives_best_median_spread_and_round_ratios():
    runs = {"base": [{"load": 1, "extract": 9, "total": 10}, {"load": 1, "extract": 11, "total": 12},
                     {"load": 1, "extract": 10, "total": 11}],
            "new": [{"load": 1, "extract": 14, "total": 15}, {"load": 1, "extract": 17, "total": 18},
                    {"load": 1, "extract": 21, "total": 22}]}
    lines = summary(runs)
    assert lines[1] == "best of 3, new: load 1.00 extract 14.00 total 15.00 CPU s; total / base: 1.50"
    # the round ratios 1.5, 1.5 and 2.0: their median, not the bests', and their range
    assert lines[3] == ("new: total median 18.00 (min 15.00, max 22.00, spread 47%); "
                        "round ratio / base: median 1.500 (range 1.500–2.000)")


def test_the_overlap_check_leaves_out_every_annotation_file_and_nothing_else():
    from benchmarks.overlap import tracked_files

    names = {str(p.relative_to(p.parents[1])) for p in tracked_files() if p.parent.name == "benchmarks"}
    assert not any(n.startswith(("benchmarks/adjudication", "benchmarks/devcorpus.jsonl")) for n in names)
    assert "benchmarks/ANNOTATION.md" in names and "benchmarks/accuracy.py" in names
