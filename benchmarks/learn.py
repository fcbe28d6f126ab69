"""Training and honest evaluation of the sparse linear models of ``analysis.extract.linear``.

Shared by the training scripts (``train_*.py``). The development corpus's text is never
committed (``benchmarks/ACCURACY.md``); a model file keeps only feature strings (single
words, word pairs, rule outputs) and numbers.

* :func:`train`: multinomial logistic regression with an L2 penalty, full-batch gradient
  descent (:func:`adam`, shared with the listwise ranker of ``train_parties.py``) in numpy,
  deterministic (no random start, no shuffling).
* :func:`group_folds`: folds that keep an annotated part (an id prefix such as ``al``)
  whole, so a model is never tested on a part it was trained on.
* :func:`to_dict`: the JSON form :func:`analysis.extract.linear.from_dict` reads, with the
  weights rounded and the features that do nothing pruned.

Sets (``benchmarks/ACCURACY.md``): train and choose on the READ parts only; the validation
parts (au–aw since the fifteenth session; ar–at and af–ah before it, now read) may only be
scored; the blind parts (ba and later since the sixteenth session; ax–az, blind in the
fifteenth, now read) are never used here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np

HELD_OUT = re.compile(r"b[a-z]")  # validation (ba-bc) and blind parts (bd on): never trained on


def readable(article_id: str) -> bool:
    """May this article be trained on (a READ part)?"""
    return not HELD_OUT.match(article_id)


def part(article_id: str) -> str:
    """The annotated part of an id: its letters (``al013`` → ``al``)."""
    return re.match(r"[a-z]+", article_id).group(0)


def group_folds(ids: Sequence[str], k: int = 5) -> list[np.ndarray]:
    """``k`` boolean test masks over ``ids``; each part falls in one fold (parts dealt in
    order of size, largest first, to the fold with fewest examples so far)."""
    parts: dict[str, int] = {}
    for x in ids:
        parts[part(x)] = parts.get(part(x), 0) + 1
    load = [0] * k
    fold_of: dict[str, int] = {}
    for p, n in sorted(parts.items(), key=lambda t: (-t[1], t[0])):
        f = min(range(k), key=lambda i: (load[i], i))
        fold_of[p] = f
        load[f] += n
    fold = np.array([fold_of[part(x)] for x in ids])
    return [fold == f for f in range(k)]


def _index(X: Sequence[Sequence[str]], vocab: dict[str, int] | None = None):
    grow = vocab is None
    vocab = {} if vocab is None else vocab
    rows, cols = [], []
    for i, feats in enumerate(X):
        for f in set(feats):
            j = vocab.get(f)
            if j is None and grow:
                j = vocab[f] = len(vocab)
            if j is not None:
                rows.append(i)
                cols.append(j)
    return vocab, np.array(rows, dtype=np.int64), np.array(cols, dtype=np.int64)


def train(X: Sequence[Sequence[str]], y: Sequence[str], classes: Sequence[str], l2: float = 1.0,
          steps: int = 400, rate: float = 0.1, min_count: int = 2) -> dict:
    """Fit weights for examples ``X`` (feature lists) with labels ``y``.

    Features seen in fewer than ``min_count`` examples are dropped. Returns
    ``{"classes", "bias", "weights"}`` (unrounded; see :func:`to_dict`).
    """
    counts: dict[str, int] = {}
    for feats in X:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    _, rows, cols = _index(X, vocab)
    n, d, c = len(X), len(vocab), len(classes)
    cls = {k: i for i, k in enumerate(classes)}
    Y = np.zeros((n, c))
    Y[np.arange(n), [cls[v] for v in y]] = 1.0
    W = np.zeros((d, c))
    b = np.zeros(c)

    def gradient(W: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        S = np.tile(b, (n, 1))
        np.add.at(S, rows, W[cols])
        S -= S.max(axis=1, keepdims=True)
        P = np.exp(S)
        P /= P.sum(axis=1, keepdims=True)
        G = (P - Y) / n
        g_w = np.zeros_like(W)
        np.add.at(g_w, cols, G[rows])
        g_w += l2 / n * W
        return g_w, G.sum(axis=0)

    adam(gradient, (W, b), steps, rate)
    names = sorted(vocab, key=vocab.get)
    return {"classes": list(classes), "bias": b.tolist(), "weights": dict(zip(names, W.tolist()))}


def adam(gradient: Callable[..., Sequence[np.ndarray]], params: Sequence[np.ndarray], steps: int,
         rate: float) -> None:
    """``steps`` full-batch Adam steps (β 0.9 / 0.999, ε 1e-8) on ``params``, in place;
    ``gradient(*params)`` gives the gradient of each. Deterministic; shared by :func:`train`
    and ``benchmarks/train_parties.py``'s listwise ranker."""
    moments = [(np.zeros_like(p), np.zeros_like(p)) for p in params]
    for t in range(1, steps + 1):
        for g, (m, v), p in zip(gradient(*params), moments, params):
            m *= 0.9
            m += 0.1 * g
            v *= 0.999
            v += 0.001 * g * g
            p -= rate * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)


def predict(model: dict, X: Sequence[Sequence[str]]) -> np.ndarray:
    """Probabilities (examples × classes) of a :func:`train` result."""
    vocab = {f: i for i, f in enumerate(model["weights"])}
    W = np.array(list(model["weights"].values())) if vocab else np.zeros((0, len(model["classes"])))
    _, rows, cols = _index(X, vocab)
    S = np.tile(np.array(model["bias"]), (len(X), 1))
    if len(rows):
        np.add.at(S, rows, W[cols])
    S -= S.max(axis=1, keepdims=True)
    P = np.exp(S)
    return P / P.sum(axis=1, keepdims=True)


def to_dict(model: dict, about: str, threshold: float, digits: int = 3) -> dict:
    """The JSON form for ``analysis/data``: weights rounded, all-zero features dropped."""
    weights = {}
    for f, w in sorted(model["weights"].items()):
        r = [round(x, digits) for x in w]
        if any(r):
            weights[f] = r
    return {"about": about, "classes": list(model["classes"]), "threshold": threshold,
            "bias": [round(x, digits) for x in model["bias"]], "weights": weights}
