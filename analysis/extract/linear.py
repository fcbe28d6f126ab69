"""Sparse linear classifiers read from data files: the learned parts of the extraction.

A model is a JSON file in ``analysis/data`` (written by a training script in
``benchmarks/``, which says what it was trained on and how it was chosen)::

    {"about": "...", "classes": ["raise", "valuation", ...], "bias": [..],
     "weights": {"feature": [w per class], ...}, "threshold": 0.6}

A feature is a string (``"w-1=استثمار"``, ``"rule=raise"``); an example is the set of
its features, each worth 1. Scoring is a sum of the weights of the features present,
then a softmax: pure Python, no array library, a few dozen dictionary lookups per
example. Features the model never saw are ignored.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

_DATA = Path(__file__).resolve().parents[1] / "data"


def softmax(scores: list[float]) -> list[float]:
    """Probabilities from scores (shifted by their maximum: no overflow)."""
    top = max(scores)
    e = [math.exp(x - top) for x in scores]
    z = sum(e)
    return [x / z for x in e]


@dataclass(frozen=True)
class LinearModel:
    """A multinomial logistic regression over binary string features."""

    classes: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[str, tuple[float, ...]]
    threshold: float = 0.5
    about: str = ""

    def scores(self, features: Iterable[str]) -> list[float]:
        """The linear score of each class (bias + the weights of the features present)."""
        total = list(self.bias)
        for f in set(features):
            w = self.weights.get(f)
            if w is not None:
                for k, x in enumerate(w):
                    total[k] += x
        return total

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        """Class → probability (softmax of :meth:`scores`)."""
        return dict(zip(self.classes, softmax(self.scores(features))))

    def best(self, features: Iterable[str]) -> tuple[str, float]:
        """The most probable class and its probability (ties: the first class listed)."""
        p = self.probabilities(features)
        c = max(self.classes, key=lambda k: p[k])
        return c, p[c]


def from_dict(d: dict, source: str = "model") -> LinearModel:
    """A :class:`LinearModel` from its JSON form; a clear error if the form is wrong."""
    try:
        classes = tuple(d["classes"])
        bias = tuple(float(x) for x in d["bias"])
        weights = {str(f): tuple(float(x) for x in w) for f, w in d["weights"].items()}
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise ValueError(f"{source}: not a linear model file ({err!r}); rebuild it with its "
                         "training script in benchmarks/") from err
    if len(bias) != len(classes) or any(len(w) != len(classes) for w in weights.values()):
        raise ValueError(f"{source}: every weight list must have one number per class "
                         f"({len(classes)}); rebuild it with its training script in benchmarks/")
    return LinearModel(classes, bias, weights, float(d.get("threshold", 0.5)), str(d.get("about", "")))


@cache
def load(name: str) -> LinearModel:
    """The model ``analysis/data/NAME.json`` (read once)."""
    path = _DATA / f"{name}.json"
    return from_dict(json.loads(path.read_text(encoding="utf-8")), str(path))
