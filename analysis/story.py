"""The tables the notebooks tell their stories from, and a way to say numbers in prose.

Each function is a pure DataFrame → DataFrame step over the extraction output, so
the notebooks hold prose and one-line calls, and a different set of articles
simply gives different tables (empty ones included, never an error).
"""

from __future__ import annotations

import re
import string

import pandas as pd

from .entities import display_name
from .present import cite, format_amount, md_escape

ROLES_AR = {
    "raise": "جمع تمويل", "valuation": "تقييم", "investment": "استثمار", "bid": "عرض شراء",
    "acquisition": "استحواذ", "debt": "ديون", "budget": "تكلفة أو ميزانية", "other": "أخرى",
}
ROLES_EN = {
    "raise": "raise", "valuation": "valuation", "investment": "investment", "bid": "bid",
    "acquisition": "acquisition", "debt": "debt", "budget": "cost or budget", "other": "other",
}
FUNDER_KINDS = ("org", "fund", "government", "place")


def role_name(role: str, lang: str = "ar") -> str:
    """A role code in the reader's language."""
    return (ROLES_AR if lang == "ar" else ROLES_EN).get(role, role)


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


def subject_claims(table: pd.DataFrame, subject: str, roles: tuple[str, ...] | None = None) -> pd.DataFrame:
    """The claims about one subject (optionally some roles), oldest article first."""
    hit = table[table["subject"] == subject]
    if roles is not None:
        hit = hit[hit["role"].isin(roles)]
    return hit.sort_values(["published", "article_id", "start"], ignore_index=True)


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


def funders(table: pd.DataFrame, entities: pd.DataFrame) -> pd.DataFrame:
    """Who funds whom: for raise and investment claims, the other organizations in the sentence.

    A backer is an organization, fund or government named in the same sentence as
    the claim, other than its subject. Rows: subject, backer, value_usd, role,
    article and sentence.
    """
    cols = ["subject", "backer", "backer_kind", "role", "value_usd", "article_id", "publisher", "sentence"]
    money = table[table["role"].isin(["raise", "investment"])]
    if money.empty or entities.empty:
        return pd.DataFrame(columns=cols)
    ents = entities[entities["kind"].isin(FUNDER_KINDS)]
    rows = []
    for claim in money.itertuples():
        named = ents[(ents["article_id"] == claim.article_id)
                     & (ents["sentence_start"] == claim.sentence_start)]
        for backer, kind in dict(zip(named["name_en"], named["kind"])).items():
            if backer != claim.subject:
                rows.append((claim.subject, backer, kind, claim.role, claim.value_usd,
                             claim.article_id, claim.publisher, claim.sentence))
    return pd.DataFrame(rows, columns=cols).drop_duplicates(["subject", "backer", "article_id", "value_usd"])


def dated_events(dates: pd.DataFrame, entities: pd.DataFrame, corpus: pd.DataFrame,
                 must_name: tuple[set[str], ...]) -> pd.DataFrame:
    """Sentences with a resolved date that name one entity from each set in ``must_name``.

    Used for the dispute timeline: e.g. ``({"Elon Musk"}, {"OpenAI", "Sam Altman"})``.
    One row per sentence (its earliest stated date), oldest first.
    """
    cols = ["resolved", "surface", "article_id", "publisher", "published", "sentence", "start", "end"]
    if dates.empty:
        return pd.DataFrame(columns=cols)
    named = entities.groupby(["article_id", "sentence_start"])["name_en"].agg(set)
    keep = []
    for row in dates[dates["resolved"].fillna("") != ""].itertuples():
        names = named.get((row.article_id, row.sentence_start), set())
        if all(names & group for group in must_name):
            keep.append(row.Index)
    hit = dates.loc[keep].merge(corpus[["article_id", "publisher", "published"]], on="article_id")
    hit = hit.sort_values(["resolved", "start"]).drop_duplicates(["article_id", "sentence_start"])
    return hit[cols].reset_index(drop=True)


def source_line(article_ids, corpus: pd.DataFrame, lang: str = "ar") -> str:
    """The articles behind a chart, as «Publisher (date)» joined for the source line."""
    meta = corpus.set_index("article_id")
    parts = []
    for aid in sorted(set(article_ids)):
        if aid in meta.index:
            pub = meta.at[aid, "publisher"] or aid
            date = meta.at[aid, "published"]
            parts.append(f"{pub} ({date})" if date else pub)
    sep = "؛ " if lang == "ar" else "; "
    return sep.join(parts) if parts else ("لا مصادر" if lang == "ar" else "no sources")


def name(name_en: str, lang: str = "ar") -> str:
    """An entity's name in the reader's language."""
    return display_name(name_en, lang)


def amount(row, lang: str = "ar") -> str:
    """A claim's figure in words, with its qualifier."""
    value = row["value"] if "value" in row else row["value_usd"]
    return format_amount(value, row.get("currency", "USD") or "USD", lang, row.get("qualifier"))


def claim_line(row, lang: str = "ar") -> str:
    """One Markdown bullet: figure, role, source, and the quoted sentence (escaped)."""
    return (f"- **{md_escape(amount(row, lang))}** — {md_escape(role_name(row['role'], lang))} "
            f"{cite(row, lang)}: «{md_escape(row['sentence'].strip())}»")


class _Values(string.Formatter):
    def format_field(self, value, format_spec):
        # Values reach Markdown escaped; the template itself is the notebook's prose.
        return md_escape(format(value, format_spec))


def say(template: str, lang: str = "ar", **values) -> str:
    """Fill a prose template with computed values (escaped) and wrap it for RTL.

    The notebook writes the sentence; every number in it comes in as a value.
    Returns Markdown, to show with ``IPython.display.Markdown``.
    """
    body = _Values().format(template, **values)
    direction = "rtl" if lang == "ar" else "ltr"
    return f'<div dir="{direction}">\n\n{body}\n\n</div>'


def bullets(lines: list[str], lang: str = "ar", empty: str | None = None) -> str:
    """Markdown bullets (already escaped by their makers) wrapped for direction."""
    if not lines:
        lines = [empty or ("لا شيء في هذه المقالات." if lang == "ar" else "Nothing in these articles.")]
    direction = "rtl" if lang == "ar" else "ltr"
    return f'<div dir="{direction}">\n\n' + "\n".join(lines) + "\n\n</div>"


def slug(text: str) -> str:
    """A file-name-safe slug for figure names."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
