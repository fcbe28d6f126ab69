from analysis import load_corpus


def test_seeds_load_four_articles():
    corpus = load_corpus()
    assert len(corpus) == 4
    assert corpus["raw"].str.len().min() > 1000


def test_data_files_have_no_duplicate_keys():
    """JSON keeps the last of two equal keys without a word: a word list added twice (two
    branches merged) would silently lose one of them."""
    import json
    from collections import Counter
    from pathlib import Path

    def refuse_duplicates(pairs):
        twice = [k for k, n in Counter(k for k, _ in pairs).items() if n > 1]
        assert not twice, twice
        return dict(pairs)

    files = sorted((Path(__file__).resolve().parents[1] / "analysis" / "data").glob("*.json"))
    assert len(files) > 10
    for path in files:
        json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=refuse_duplicates)
