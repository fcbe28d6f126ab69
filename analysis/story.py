"""The tables the notebooks tell their stories from, and a way to say numbers in prose.

Each function is a pure DataFrame → DataFrame step over the extraction output, so
the notebooks hold prose and one-line calls, and a different set of articles
simply gives different tables (empty ones included, never an error).
"""

from __future__ import annotations

import re
import string

import pandas as pd

from .corpus import load_corpus
from .entities import display_name, find_entities, sectors
from .handoff import handed_tables
from .normalize import normalize
from .pipeline import extract_all
from .present import (
    Md,
    cite,
    format_amount,
    format_period,
    md_escape,
    publisher_name,
    qualifier_words,
)
from .sentences import clause_spans
from .sources import articles_list, fact_link, sources_list  # noqa: F401 (for notebooks)

ROLES_AR = {
    "raise": "جمع تمويل", "valuation": "تقييم", "investment": "استثمار", "bid": "عرض شراء",
    "acquisition": "استحواذ", "debt": "ديون", "budget": "تكلفة أو ميزانية", "other": "أخرى",
}
ROLES_EN = {
    "raise": "raise", "valuation": "valuation", "investment": "investment", "bid": "bid",
    "acquisition": "acquisition", "debt": "debt", "budget": "cost or budget", "other": "other",
}
# Sectors that put money in (media, products, people and courts do not).
BACKER_SECTORS = ("big_tech", "cloud", "chips", "venture", "sovereign", "investor", "place")
SECTORS = {
    "ai_lab": ("مختبرات الذكاء الاصطناعي", "AI labs"),
    "big_tech": ("شركات التكنولوجيا الكبرى", "big tech"),
    "cloud": ("الحوسبة السحابية", "cloud"),
    "chips": ("الرقائق", "chips"),
    "venture": ("رأس المال الاستثماري", "venture capital"),
    "sovereign": ("صناديق سيادية", "sovereign funds"),
    "investor": ("مستثمرون ومجموعات", "investment groups"),
    "place": ("دول ومناطق", "countries and regions"),
}
# A sentence about money changing hands, in normalized spelling.
_FUNDING_CUES = re.compile(
    r"تمويل|ممول|استثمار|استثمر|المستثمر|مستثمر|داعم|دعم|التزامات|جولة|جمع|يقود|رائد"
)


def prepare(articles=None) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """What every notebook starts from: the corpus and its extracted tables.

    Returns ``(corpus, tables)`` with ``tables`` holding ``money``, ``dates``,
    ``entities`` and ``facts`` (one extraction pass, :func:`analysis.extract_all`).
    In a report build the tables are the build's own extraction of the same corpus
    (:mod:`analysis.handoff`), not extracted again by every notebook.
    """

    corpus = load_corpus(articles)
    tables = handed_tables(corpus)
    return corpus, tables if tables is not None else extract_all(corpus)


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


def sector_name(sector: str, lang: str = "ar") -> str:
    """A sector code in the reader's language."""
    ar, en = SECTORS.get(sector, (sector, sector))
    return ar if lang == "ar" else en


# Where a sentence puts a backer: after «from / led by / investors in» …
_BEFORE = re.compile(
    r"(?:\bمن|بقياده|بقيادة|داعم لها|مستثمرين من دول مثل|مستثمرين من|المستثمرين في|المستثمرين من"
    r"|المستثمرين الحاليين مثل|مستثمرين مثل|شركاء التكنولوجيا مثل"
    r"|تشارك|ستشارك|يشارك|سيشارك|تستثمر|ستستثمر)\s*(?:شركه|شركة|صندوق)?\s*$"
)
# … or before «invests / leads / takes part / backs».
_AFTER = re.compile(
    r"^\s*(?:،[^،.]{0,60}،\s*)?(?:ايضا\s+)?(?:دورا رائدا|تستثمر|استثمرت|ستستثمر|قررت الاستثمار|في الاستثمار"
    r"|الاستثمار في|تشارك|ستشارك|تدعم|دعمت|تقود|ستقود)"
)
_LIST_GLUE = re.compile(r"^\s*(?:و|،|,)\s*$")


def backer_mentions(sentence: str, subject: str | None = None) -> list[str]:
    """Organizations, funds and countries a funding sentence casts as putting money in.

    Positions, not co-occurrence: named after «من / بقيادة / المستثمرين في / مثل»,
    or before «تستثمر / دورًا رائدًا / تشارك»; a name listed right after a backer
    («من جوجل وأمازون») is one too. Competitors merely named alongside are not.
    """

    text = normalize(sentence)
    if not _FUNDING_CUES.search(text):
        return []
    sector = sectors()
    found: list[str] = []
    prev_end, prev_backer = -1, False
    for ent in find_entities(text):
        ok = sector.get(ent.name_en, "") in BACKER_SECTORS and ent.name_en != subject
        is_backer = ok and (
            bool(_BEFORE.search(text[max(0, ent.start - 60):ent.start]))
            or bool(_AFTER.match(text[ent.end:ent.end + 90]))
            or (prev_backer and bool(_LIST_GLUE.match(text[prev_end:ent.start])))
        )
        if is_backer and ent.name_en not in found:
            found.append(ent.name_en)
        prev_end, prev_backer = ent.end, is_backer
    return found


def _merge_short(spans: list[tuple[int, int]], min_len: int = 25) -> list[tuple[int, int]]:
    """Join a clause shorter than ``min_len`` to the next one (a name between commas)."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] - out[-1][0] < min_len:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def funders(table: pd.DataFrame) -> pd.DataFrame:
    """Who funds whom, with how much where the sentence says.

    For each raise or investment claim, the backers its sentence names
    (:func:`backer_mentions`). «2 و4 مليارات من جوجل وأمازون على التوالي» pairs
    figures and backers in order; otherwise every backer gets the claim's figure.
    """
    cols = ["subject", "backer", "role", "value_usd", "article_id", "publisher", "published", "sentence",
            "start", "end", "surface"]

    money = table[table["role"].isin(["raise", "investment"])]
    rows = []
    for (aid, s_start), group in money.groupby(["article_id", "sentence_start"], sort=False):
        sentence = group["sentence"].iloc[0]
        # A backer belongs to the clause of its figure: «OpenAI raised 13bn from
        # Microsoft, while Anthropic got 2bn and 4bn from Google and Amazon».
        clauses = _merge_short(clause_spans(sentence))
        for (a, b) in clauses:
            in_clause = group[(group["start"] - s_start >= a) & (group["start"] - s_start < b)]
            for subject, claims in in_clause.groupby("subject", sort=False):
                names = backer_mentions(sentence[a:b], subject)
                claims = claims.sort_values("start")
                respectively = "التوالي" in sentence[a:b] and len(names) == len(claims) > 1
                for i, claim in enumerate(claims.itertuples()):
                    for backer in ([names[i]] if respectively else names):
                        rows.append((subject, backer, claim.role, claim.value_usd, aid, claim.publisher,
                                     claim.published, sentence, claim.start, claim.end, claim.surface))
    return pd.DataFrame(rows, columns=cols).drop_duplicates(["subject", "backer", "value_usd", "article_id"])


def main_subjects(table: pd.DataFrame) -> dict[str, str]:
    """article_id → the subject with most claims in it (ties: the first claimed)."""
    if table.empty:
        return {}
    ordered = table.sort_values(["article_id", "start"])
    counts = ordered.groupby(["article_id", "subject"], sort=False).size().reset_index(name="n")
    best = counts.sort_values("n", ascending=False, kind="stable").drop_duplicates("article_id")
    return dict(zip(best["article_id"], best["subject"]))


def backers_of(subject: str, table: pd.DataFrame, entities: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Would-be backers of ``subject``: named in funding sentences about it.

    A clause is about the subject when it names it, or names no AI lab at all in
    an article whose claims are mostly about the subject: articles say «Valor will
    lead the round» without naming xAI again. One row per backer, with its
    articles and sentences.
    """
    cols = ["backer", "sector", "articles", "sentences"]

    labs = {n for n, sec in sectors().items() if sec == "ai_lab"}
    main = main_subjects(table)
    rows = []
    for aid, sentence in entities.drop_duplicates(["article_id", "sentence_start"])[["article_id", "sentence"]].itertuples(index=False):
        # Split at commas only where the sentence names several labs: commas also
        # set off appositions («Sequoia، التي استثمرت …، ترغب في الاستثمار في xAI»).
        several = len({e.name_en for e in find_entities(normalize(sentence))} & labs) > 1
        units = _merge_short(clause_spans(sentence)) if several else [(0, len(sentence))]
        for a, b in units:
            clause = sentence[a:b]
            named_labs = {e.name_en for e in find_entities(normalize(clause))} & labs
            # A clause speaks of the subject when it names it, or names no lab at
            # all in an article mainly about it.
            if subject in named_labs or (not named_labs and main.get(aid) == subject):
                rows += [(name, aid, sentence) for name in backer_mentions(clause, subject)]
    if not rows:
        return pd.DataFrame(columns=cols)
    df = pd.DataFrame(rows, columns=["backer", "article_id", "sentence"])
    df["sector"] = df["backer"].map(sectors()).fillna("")
    return (
        df.groupby(["backer", "sector"], as_index=False)
        .agg(articles=("article_id", lambda s: sorted(set(s))), sentences=("sentence", lambda s: list(dict.fromkeys(s))))
        .sort_values(["sector", "backer"], ignore_index=True)[cols]
    )


def funding_backers(entities: pd.DataFrame, corpus: pd.DataFrame) -> pd.DataFrame:
    """Every backer :func:`backer_mentions` finds, one row per (sentence, backer)."""

    cols = ["article_id", "publisher", "published", "backer", "sector", "sentence"]
    if entities.empty:
        return pd.DataFrame(columns=cols)
    meta = corpus.set_index("article_id")
    rows = [
        (aid, meta.at[aid, "publisher"], meta.at[aid, "published"], b, sectors().get(b, ""), sentence)
        for aid, sentence in entities.drop_duplicates(["article_id", "sentence_start"])[["article_id", "sentence"]]
        .itertuples(index=False)
        for b in backer_mentions(sentence)
    ]
    return pd.DataFrame(rows, columns=cols)


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


def name(name_en: str, lang: str = "ar") -> str:
    """An entity's name in the reader's language."""
    return display_name(name_en, lang)


def linked_amount(row, lang: str = "ar") -> Md:
    """A claim's figure in words, bold, linked to its sentence in reports."""
    return fact_link(row, f"**{md_escape(amount(row, lang))}**")


def amount(row, lang: str = "ar") -> str:
    """A claim's figure in words, with its qualifier."""
    value = row["value"] if "value" in row else row["value_usd"]
    return format_amount(value, row.get("currency", "USD") or "USD", lang, row.get("qualifier"))


def claim_line(row, lang: str = "ar") -> str:
    """One Markdown bullet: figure (a link to its sentence in reports), role, source,
    and the quoted sentence (escaped)."""
    figure = fact_link(row, f"**{md_escape(amount(row, lang))}**")
    return (f"- {figure} — {md_escape(role_name(row['role'], lang))} "
            f"{cite(row, lang)}: «{md_escape(row['sentence'].strip())}»")


class _Values(string.Formatter):
    def format_field(self, value, format_spec):
        # Values reach Markdown escaped (but for Markdown this package built); the
        # template itself is the notebook's prose.
        return value if isinstance(value, Md) else md_escape(format(value, format_spec))


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
