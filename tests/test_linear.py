"""The sparse linear models (analysis.extract.linear) and their trainer (benchmarks.learn)."""

import json

import numpy as np
import pytest

from analysis.extract.linear import LinearModel, from_dict
from benchmarks.learn import group_folds, predict, readable, to_dict, train


def _toy():
    # «جمع» and «رفع» say raise, «إيرادات» says revenue; «في» says nothing.
    X = [["w=جمع", "w=في"], ["w=رفع"], ["w=جمع"], ["w=إيرادات", "w=في"], ["w=إيرادات"], ["w=إيرادات", "w=رفع"]] * 3
    y = ["raise", "raise", "raise", "revenue", "revenue", "revenue"] * 3
    return X, y


def test_training_learns_and_the_package_scores_as_the_trainer():
    X, y = _toy()
    model = train(X, y, ["raise", "revenue"], l2=0.1, steps=200)
    P = predict(model, X)
    assert [("raise", "revenue")[i] for i in P.argmax(axis=1)] == y
    m = from_dict(json.loads(json.dumps(to_dict(model, "toy", 0.6, digits=6))))
    for feats, row in zip(X, P):
        p = m.probabilities(feats)
        assert p["raise"] == pytest.approx(row[0], abs=1e-4)
        assert sum(p.values()) == pytest.approx(1.0)
    assert m.best(["w=جمع"])[0] == "raise" and m.best(["w=إيرادات"])[0] == "revenue"
    assert m.threshold == 0.6


def test_training_is_deterministic():
    X, y = _toy()
    assert train(X, y, ["raise", "revenue"]) == train(X, y, ["raise", "revenue"])


def test_unseen_features_are_ignored_and_rare_ones_dropped():
    m = LinearModel(("a", "b"), (0.0, 1.0), {"x": (2.0, 0.0)})
    assert m.scores(["unknown", "x", "x"]) == [2.0, 1.0]
    model = train([["once", "f"], ["f"]], ["a", "b"], ["a", "b"], min_count=2)
    assert "once" not in model["weights"] and "f" in model["weights"]


@pytest.mark.parametrize("bad", [{}, {"classes": ["a"], "bias": [0, 1], "weights": {}},
                                 {"classes": ["a", "b"], "bias": [0, 0], "weights": {"f": [1]}},
                                 {"classes": ["a"], "bias": ["x"], "weights": {}}])
def test_a_broken_model_file_names_itself_and_the_fix(bad):
    with pytest.raises(ValueError, match="role_model.json.*benchmarks/"):
        from_dict(bad, "role_model.json")


def test_folds_keep_each_part_whole_and_never_train_on_held_out_parts():
    ids = [f"{p}{i:03d}" for p in ("g", "h", "al", "am", "an", "x") for i in range(1, 4 + len(p))]
    folds = group_folds(ids, 3)
    assert np.all(sum(f.astype(int) for f in folds) == 1)
    for f in folds:
        parts = {i.rstrip("0123456789") for i, t in zip(ids, f) if t}
        rest = {i.rstrip("0123456789") for i, t in zip(ids, f) if not t}
        assert parts and not parts & rest
    assert readable("al001") and readable("g010") and readable("an020") and readable("af001") and readable("aq020") and readable("ar001") and readable("at020")
    assert readable("ax001") and readable("az020") and readable("b001")  # a one-letter part is read
    assert readable("au001") and readable("aw020")  # validation until the eighteenth session, read since
    assert not any(readable(x) for x in ("ba001", "bb020", "bc003", "bd001", "bf020"))
