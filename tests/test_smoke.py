from analysis import load_corpus


def test_seeds_load_four_articles():
    corpus = load_corpus()
    assert len(corpus) == 4
    assert corpus["raw"].str.len().min() > 1000
