"""The tables the notebooks tell their stories from, ready for readers.

Each function is a pure DataFrame → DataFrame (or labels) step over the extraction
output, so a different set of articles simply gives different tables (empty ones
included, never an error).
"""

from __future__ import annotations

import re

import pandas as pd

from analysis.extract.entities import find_entities
from analysis.present.words import format_period, publisher_name, qualifier_words, role_name
from analysis.text.normalize import normalize


def counts_by_article(corpus: pd.DataFrame, money: pd.DataFrame, dates: pd.DataFrame,
                      entities: pd.DataFrame) -> pd.DataFrame:
    """Per article: publisher, date, and how many mentions of each kind were extracted."""
    out = corpus[["article_id", "publisher", "published"]].copy()
    kinds = {
        "money": money,
        "dates": dates,
        "organizations": entities[entities["kind"].isin(["org", "fund", "government"])],
        "people": entities[entities["kind"] == "person"],
    }
    for name, df in kinds.items():
        out[name] = out["article_id"].map(df.groupby("article_id").size()).fillna(0).astype(int)
    return out


def source_limits(corpus: pd.DataFrame) -> dict[str, int]:
    """How many articles are translations, and how many dates were inferred, per the catalog."""
    publisher = corpus["publisher"].fillna("").astype(str)
    basis = corpus["date_basis"].fillna("").astype(str) if "date_basis" in corpus else pd.Series("", index=corpus.index)
    return {
        "n": len(corpus),
        "translated": int(publisher.str.contains(r"translation|ترجمة|مترجم", case=False, regex=True).sum()),
        "inferred": int(basis.str.match(r"\s*not stated|\s*inferred|\s*غير مذكور").sum()),
    }


def subject_claims(table: pd.DataFrame, subject: str, roles: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The claims about one subject (optionally some roles), oldest article first."""
    hit = table[table["subject"] == subject]
    if roles is not None:
        hit = hit[hit["role"].isin(roles)]
    return hit.sort_values(["published", "article_id", "start"], ignore_index=True)


def best_claim(claims: pd.DataFrame):
    """The most precise claim of a set: an exact figure before a qualified one, then
    the earliest in the article; None when there is none."""
    quantified = claims.dropna(subset=["value_usd"])
    if quantified.empty:
        return None
    order = quantified.assign(_q=quantified["qualifier"].fillna("") != "").sort_values(["_q", "start"])
    return order.iloc[0].drop(labels="_q")


def event_summary(table: pd.DataFrame) -> pd.DataFrame:
    """One row per event: subject, role, figure, qualifier(s), articles, first date."""
    if table.empty:
        return pd.DataFrame(columns=["event_id", "subject", "role", "value_usd", "qualifiers",
                                     "articles", "publishers", "first_published", "n_sources"])
    return (
        table.dropna(subset=["value_usd"])
        .groupby("event_id", as_index=False)
        .agg(subject=("subject", "first"), role=("role", "first"), value_usd=("value_usd", "max"),
             qualifiers=("qualifier", lambda s: sorted({q for q in s if q})),
             articles=("article_id", lambda s: sorted(set(s))),
             publishers=("publisher", lambda s: sorted(set(s))),
             first_published=("published", "min"), n_sources=("n_sources", "first"))
        .sort_values(["subject", "first_published", "value_usd"], ignore_index=True)
    )


def period_start(resolved: str) -> str:
    """The first day of an ISO date or period (``2024``, ``2024-05``, ``2024-06/2024-08``)."""
    first = str(resolved).split("/")[0]
    if re.fullmatch(r"\d{4}-W\d{2}", first):
        return pd.Timestamp.fromisocalendar(int(first[:4]), int(first[6:]), 1).date().isoformat()
    parts = first.split("-")
    parts += ["01"] * (3 - len(parts))
    return "-".join(parts[:3])


def event_label(sentence: str, lang: str = "ar", words: int = 7) -> str:
    """A short label for a timeline: the sentence's first words (ar) or its names (en)."""
    if lang == "ar":
        head = sentence.split()
        cut = head[:words]
        # Do not end on an opening bracket or a lone number cut from its words.
        while len(cut) > 1 and re.fullmatch(r"[\(\[«\"]?\d*[،,]?", cut[-1].strip("()")) is not None:
            cut.pop()
        return " ".join(cut).rstrip("،,(") + (" …" if len(head) > len(cut) else "")

    names = list(dict.fromkeys(e.name_en for e in find_entities(normalize(sentence))))
    return ", ".join(names[:4]) or sentence[:40]


def chart_claims(claims: pd.DataFrame, lang: str = "ar") -> tuple[list[str], list[float]]:
    """Bar labels and values (USD bn) for quantified claims: «role (qualifier) — publisher، date»."""
    labels, values = [], []
    for _, row in claims.dropna(subset=["value_usd"]).iterrows():
        q = qualifier_words(row["qualifier"], lang)
        qual = f" ({q})" if q else ""
        comma = "،" if lang == "ar" else ","
        source = f"{publisher_name(row['publisher'], lang)}{comma} {format_period(row['published'], lang)}"
        labels.append(f"{role_name(row['role'], lang)}{qual} — {source}")
        values.append(row["value_usd"] / 1e9)
    return labels, values


def dated_events(dates: pd.DataFrame, entities: pd.DataFrame, corpus: pd.DataFrame,
                 must_name: tuple[set[str], ...], cues: str | None = None) -> pd.DataFrame:
    """Sentences with a resolved date that name one entity from each set in ``must_name``
    (or, with ``cues``, one of the sets and a cue word: «the bid, made on Monday, came
    from a consortium led by Musk» names one side only).

    Used for the dispute timeline: e.g. ``({"Elon Musk"}, {"OpenAI", "Sam Altman"})``.
    One row per sentence, dated by its first stated date, oldest first. A bare year in
    brackets («(1985)») is a birth year, not an event, and is left out.
    """
    cols = ["resolved", "surface", "article_id", "publisher", "published", "sentence", "start", "end"]
    if dates.empty:
        return pd.DataFrame(columns=cols)
    named = entities.groupby(["article_id", "sentence_start"])["name_en"].agg(set)
    keep = []
    cue = re.compile(cues) if cues else None
    for row in dates[dates["resolved"].fillna("") != ""].itertuples():
        names = named.get((row.article_id, row.sentence_start), set())
        both = all(names & group for group in must_name)
        one = cue is not None and any(names & group for group in must_name) and cue.search(normalize(row.sentence))
        if both or one:
            keep.append(row.Index)
    hit = dates.loc[keep]
    if "cue" in hit and "kind" in hit:
        # «سام ألتمان (1985)»: a bare year in brackets after a name is a birth year.
        hit = hit[~((hit["kind"] == "year") & (hit["cue"].fillna("") == "(") & hit["month"].isna())]
    hit = hit.merge(corpus[["article_id", "publisher", "published"]], on="article_id")
    # A sentence's first date is its event («in August 2024 Musk sued … (founded in 2015)»).
    hit = hit.sort_values("start").drop_duplicates(["article_id", "sentence_start"])
    hit = hit.assign(_key=hit["resolved"].map(period_start)).sort_values(["_key", "published", "start"])
    return hit[cols].reset_index(drop=True)


def source_line(article_ids, corpus: pd.DataFrame, lang: str = "ar") -> str:
    """The articles behind a chart, as «Publisher (date)» joined for the source line."""
    meta = corpus.set_index("article_id")
    parts = []
    for aid in sorted(set(article_ids)):
        if aid in meta.index:
            pub = publisher_name(meta.at[aid, "publisher"], lang) or aid
            date = format_period(meta.at[aid, "published"], lang)
            parts.append(f"{pub}، {date}" if date and lang == "ar" else f"{pub}, {date}" if date else pub)
    sep = "؛ " if lang == "ar" else "; "
    return sep.join(parts) if parts else ("لا مصادر" if lang == "ar" else "no sources")


def slug(text: str) -> str:
    """A file-name-safe slug for figure names."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
