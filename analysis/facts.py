"""One table of claims across the sources: who, what kind of money, how much, says who.

``facts(corpus)`` turns money mentions into claims (subject, role, value,
qualifier) joined with their article's publisher and date, groups the claims
that report the same event (same subject and role, compatible figures) and flags
subjects whose figures disagree, across articles or inside one.
"""

from __future__ import annotations

import pandas as pd

from .money import extract_money

FACT_COLUMNS = [
    "fact_id", "event_id", "subject", "subject_basis", "role", "value", "currency", "value_usd", "qualifier",
    "article_id", "publisher", "published", "surface", "sentence", "start", "end",
    "sentence_start", "sentence_end", "n_sources", "conflict", "conflict_note",
]

# Two figures are the same report when they differ by at most this much; an
# approximate figure ("about 100bn" vs "97.4bn") gets a wider margin.
_SAME = 0.03
_SAME_APPROX = 0.10


def _compatible(a: pd.Series, b: pd.Series) -> bool:
    va, vb = a["value_usd"], b["value_usd"]
    if pd.isna(va) or pd.isna(vb):
        return False
    tol = _SAME_APPROX if "approx" in (a["qualifier"], b["qualifier"]) else _SAME
    return abs(va - vb) <= tol * max(va, vb)


def _events(claims: pd.DataFrame) -> pd.Series:
    """An event id per claim: same subject and role, compatible figures."""
    ids = pd.Series("", index=claims.index, dtype=object)
    for (subject, role), group in claims.groupby(["subject", "role"], sort=False, dropna=False):
        clusters: list[list[int]] = []
        for idx in group.sort_values("value_usd").index:
            for cluster in clusters:
                if _compatible(claims.loc[cluster[0]], claims.loc[idx]):
                    cluster.append(idx)
                    break
            else:
                clusters.append([idx])
        for cluster in clusters:
            head = claims.loc[cluster[0]]
            value = head["value_usd"]
            tag = "unquantified" if pd.isna(value) else f"{value / 1e9:g}bn"
            ids[cluster] = f"{subject or '?'}/{role or 'other'}/{tag}"
    return ids


def _carry_subjects(claims: pd.DataFrame) -> pd.DataFrame:
    """Give a subject-less claim the subject of an earlier claim in the same article
    with the same role and a compatible figure: the article repeating its own number
    («a valuation of 45 billion was discussed» after «xAI targets 45 billion»)."""
    claims = claims.sort_values(["article_id", "start"], ignore_index=True)
    for i in claims.index[claims["subject"] == ""]:
        row = claims.loc[i]
        earlier = claims[(claims["article_id"] == row["article_id"]) & (claims["start"] < row["start"])
                         & (claims["role"] == row["role"]) & (claims["subject_basis"] == "sentence")]
        for j in reversed(earlier.index):
            if _compatible(claims.loc[j], row):
                claims.loc[i, ["subject", "subject_basis"]] = [claims.at[j, "subject"], f"same figure as {claims.at[j, 'start']}"]
                break
    return claims


def _disagree(claims: pd.DataFrame) -> bool:
    """Incompatible figures from different sentences (figures listed side by side in
    one sentence, «2 and 4 billion from Google and Amazon», are separate facts)."""
    rows = list(claims.itertuples())
    return any(
        a.event_id != b.event_id and (a.article_id, a.sentence_start) != (b.article_id, b.sentence_start)
        for i, a in enumerate(rows) for b in rows[i + 1:]
    )


def facts(corpus: pd.DataFrame, money: pd.DataFrame | None = None) -> pd.DataFrame:
    """The claims table the notebooks tell their stories from.

    Args:
        corpus: from :func:`analysis.load_corpus` (publisher and date come from it).
        money: the output of :func:`analysis.extract_money` if already computed.

    Returns:
        One row per money mention with ``subject, role, value, currency,
        value_usd, qualifier``, the article's ``publisher`` and ``published``,
        the raw ``surface``/``sentence`` and offsets; ``event_id`` groups
        reports of the same event, ``n_sources`` counts the articles reporting
        it, and ``conflict``/``conflict_note`` mark a subject and role reported
        with different figures in different sentences, across articles or inside
        one (listing each figure with its articles). ``subject_basis`` says where
        the subject came from: the claim's own sentence, or an earlier claim of the
        same article with the same role and figure.
    """
    money = extract_money(corpus) if money is None else money
    meta = corpus[["article_id", "publisher", "published"]]
    claims = money.merge(meta, on="article_id", how="left")
    if claims.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    claims["qualifier"] = claims["qualifier"].fillna("")
    claims["subject"] = claims["subject"].fillna("")
    claims["subject_basis"] = ["sentence" if s else "" for s in claims["subject"]]
    claims = _carry_subjects(claims)
    claims = claims[claims["subject"] != ""].copy()
    if claims.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    claims = claims.sort_values(["subject", "role", "published", "article_id", "start"], ignore_index=True)
    claims["fact_id"] = [f"{a}:{s}-{e}" for a, s, e in zip(claims["article_id"], claims["start"], claims["end"])]
    claims["event_id"] = _events(claims)
    claims["n_sources"] = claims.groupby("event_id")["article_id"].transform("nunique")

    notes = {}
    for key, group in claims.groupby(["subject", "role"], sort=False):
        quantified = group.dropna(subset=["value_usd"])
        if not _disagree(quantified):
            continue
        versions = (
            quantified.groupby("event_id")
            .agg(value=("value_usd", "first"), where=("article_id", lambda s: ", ".join(sorted(set(s)))))
            .sort_values("value")
        )
        notes[key] = "; ".join(f"{v / 1e9:g}bn in {w}" for v, w in zip(versions["value"], versions["where"]))
    claims["conflict"] = [(s, r) in notes for s, r in zip(claims["subject"], claims["role"])]
    claims["conflict_note"] = [notes.get((s, r), "") for s, r in zip(claims["subject"], claims["role"])]
    return claims[FACT_COLUMNS]


def conflicts(table: pd.DataFrame) -> pd.DataFrame:
    """Subjects and roles reported with different figures: one row per version."""
    hit = table[table["conflict"].astype(bool)]
    if hit.empty:
        return pd.DataFrame(columns=["subject", "role", "event_id", "value_usd", "articles",
                                     "publishers", "sentences"])
    return (
        hit.groupby(["subject", "role", "event_id"], as_index=False)
        .agg(value_usd=("value_usd", "first"), articles=("article_id", lambda s: sorted(set(s))),
             publishers=("publisher", lambda s: sorted(set(s))), sentences=("sentence", list))
        .sort_values(["subject", "role", "value_usd"], ignore_index=True)
    )
