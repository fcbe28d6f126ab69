"""The tables the notebooks tell their stories from, ready for readers.

Each function is a pure DataFrame → DataFrame (or labels) step over the extraction
output, so a different set of articles simply gives different tables (empty ones
included, never an error).
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pandas as pd

from analysis.extract.entities import find_entities
from analysis.present.words import (
    arrow,
    column_name,
    format_amount,
    missing,
    name,
    period_or_unknown,
    publisher_or_unknown,
    qualifier_words,
    role_name,
    sector_name,
    unknown,
)
from analysis.text.normalize import normalize

_DATA = Path(__file__).resolve().parents[1] / "data"
SOURCES_SHOWN = 4  # sources a chart's source line names before «and N more»
BARS_SHOWN = 15  # bars a chart draws; the prose under it counts the rest («and N others»)


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
    for kind, df in kinds.items():
        out[kind] = out["article_id"].map(df.groupby("article_id").size()).fillna(0).astype(int)
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


def event_summary(table: pd.DataFrame) -> pd.DataFrame:
    """One row per event: subject, role, figure (``value_usd_max``: the upper end when an
    article states a range), qualifier(s), articles, first date."""
    if table.empty:
        return pd.DataFrame(columns=["event_id", "subject", "role", "value_usd", "value_usd_max", "qualifiers",
                                     "articles", "publishers", "first_published", "n_sources"])
    return (
        table.dropna(subset=["value_usd"])
        .assign(value_usd_max=lambda t: usd_max(t))
        .groupby("event_id", as_index=False)
        .agg(subject=("subject", "first"), role=("role", "first"), value_usd=("value_usd", "max"),
             value_usd_max=("value_usd_max", "max"),
             qualifiers=("qualifier", lambda s: sorted({q for q in s if q})),
             articles=("article_id", lambda s: sorted(set(s))),
             publishers=("publisher", lambda s: sorted(set(s))),
             first_published=("published", "min"), n_sources=("n_sources", "first"))
        .sort_values(["subject", "first_published", "value_usd"], ignore_index=True)
    )


def usd_max(table: pd.DataFrame) -> pd.Series:
    """The upper end of each range in US dollars (``value_max`` at the rate of ``value``
    to ``value_usd``); NaN for a single figure or a table without ``value_max``."""
    if "value_max" not in table or "value" not in table:
        return pd.Series(float("nan"), index=table.index)
    value, top = pd.to_numeric(table["value"], errors="coerce"), pd.to_numeric(table["value_max"], errors="coerce")
    return (pd.to_numeric(table["value_usd"], errors="coerce") * top / value).where(top > value)


DEAL_ROLES = ("raise", "investment", "acquisition", "bid", "debt", "spending")


def named_deals(facts: pd.DataFrame) -> pd.DataFrame:
    """The claims that are deals a reader can trust: money that moves (``DEAL_ROLES``), with a
    USD value, whose own sentence names who pays and who receives, two different parties
    («المشروع», "the project", names the project its article named before it). A party
    guessed from what the article speaks of is not enough: that leaves out market sizes,
    forecasts and fortunes, which have no payer and no recipient."""
    named_here = (facts["payer_basis"] == "sentence") & (
        (facts["recipient_basis"] == "sentence") | facts["subject_basis"].str.startswith("the project named earlier"))
    deals = facts[facts["role"].isin(DEAL_ROLES) & named_here & (facts["recipient"] != "")].dropna(subset=["value_usd"])
    return deals[[r not in p.split("; ") for p, r in zip(deals["payer"], deals["recipient"])]]


def one_per_deal(deals: pd.DataFrame) -> pd.DataFrame:
    """One row per deal, its largest stated figure, largest deals first.

    Reports of one figure (one ``event_id``) are one row, the plain figure before an
    approximate one («97.4 مليار» before «نحو 100 مليار»). Then rows with the same
    recipient and role whose payers overlap («A» and «A; B») are one deal, shown once
    at its largest figure, unless their sentences state two different years (``period``
    when ``period_basis`` is ``stated``). A raise and an investment between the same
    parties are one deal told from either side, and a country and its government are
    one party («the United States», «Government of the United States»). Deals of equal size
    between other parties stay apart.
    """
    if deals.empty:
        return deals
    ordered = (deals.assign(_q=deals["qualifier"].fillna("") != "")
               .sort_values(["_q", "value_usd", "n_sources"], ascending=[True, False, False], kind="stable")
               .drop_duplicates("event_id")
               .sort_values(["value_usd", "n_sources"], ascending=False, kind="stable")
               .drop(columns="_q"))
    kept, seen = [], []
    for i, row in ordered.iterrows():
        year = row["period"] if row.get("period_basis") == "stated" else ""
        key = (_party(row["recipient"]), "investment" if row["role"] == "raise" else row["role"])
        payers = {_party(p) for p in str(row["payer"]).split("; ")}
        if any(k == key and payers & p and (year == y or not year or not y) for k, p, y in seen):
            continue
        seen.append((key, payers, year))
        kept.append(i)
    return ordered.loc[kept]


_GOVERNMENT = re.compile(r"^Government of (?:the )?")


def _party(name_en: str) -> str:
    """A party as deals are matched: a country's government is the country."""
    return _GOVERNMENT.sub("", str(name_en)).removeprefix("the ")


def deal_label(row, lang: str = "ar", most: int = 2) -> str:
    """«payer → recipient — role» for a bar (the arrow points from payer to recipient in
    the reader's direction: ← in Arabic); more than ``most`` payers end in «+n»."""
    payers = str(row["payer"]).split("; ")
    sep = "، " if lang == "ar" else ", "
    who = sep.join(name(p, lang) for p in payers[:most]) + (f" +{len(payers) - most}" if len(payers) > most else "")
    return f"{who} {arrow(lang)} {name(row['recipient'], lang)} — {role_name(row['role'], lang)}"


def period_start(resolved: str) -> str:
    """The first day of an ISO date or period (``2024``, ``2024-05``, ``2024-06/2024-08``)."""
    first = str(resolved).split("/")[0]
    if re.fullmatch(r"\d{4}-W\d{2}", first):
        return pd.Timestamp.fromisocalendar(int(first[:4]), int(first[6:]), 1).date().isoformat()
    parts = first.split("-")
    parts += ["01"] * (3 - len(parts))
    return "-".join(parts[:3])


@cache
def _stamp() -> re.Pattern:
    stamp = json.loads((_DATA / "labels.json").read_text(encoding="utf-8"))["title_lines"]["stamp"]
    return re.compile(stamp, re.IGNORECASE)


def event_label(sentence: str, lang: str = "ar", words: int = 7) -> str:
    """A short label for a timeline: the sentence's first words (ar) or its names (en),
    without a date stamp a scraper put before the text («date 2025-02-11 …»: the
    ``title_lines`` stamp of labels.json)."""
    if lang == "ar":
        head = _stamp().sub("", sentence.strip()).split()
        cut = head[:words]
        # Do not end on an opening bracket or a lone number cut from its words.
        while len(cut) > 1 and re.fullmatch(r"[\(\[«\"]?\d*[،,]?", cut[-1].strip("()")) is not None:
            cut.pop()
        return " ".join(cut).rstrip("،,(") + (" …" if len(head) > len(cut) else "")

    names = list(dict.fromkeys(e.name_en for e in find_entities(normalize(sentence))))
    return ", ".join(names[:4]) or sentence[:40]


def claims_once(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per article and event: an article that repeats a figure is one claim.

    The row kept is the article's most precise mention; ``mentions`` counts them all
    (every mention stays in the facts table, linked to its sentence).
    """
    if claims.empty:
        return claims.assign(mentions=pd.Series(dtype=int))
    # The most precise mention stands for the others: a plain figure before a qualified one
    # («97.4 مليار» before «نحو 100 مليار»), then the article's first.
    ordered = claims.assign(_q=claims["qualifier"].fillna("") != "").sort_values(["article_id", "_q", "start"])
    counts = ordered.groupby(["article_id", "event_id"])["start"].transform("size")
    once = ordered.assign(mentions=counts).drop_duplicates(["article_id", "event_id"]).drop(columns="_q")
    return once.sort_values(["article_id", "start"]).reset_index(drop=True)


def flows_once(flows: pd.DataFrame) -> pd.DataFrame:
    """One row per article, flow and sentence: a sentence an article repeats word for word
    (a headline printed again above the body, a lead quoted again) tells one flow once.

    Flows of the same payer, recipient and figure in *different* sentences of an article all
    stay: each is a place the article says it, and the reader may want each. The row kept is
    the first; every mention stays in the flows table.
    """
    if flows.empty:
        return flows
    key = ["article_id", "payer", "recipient", "role", "value", "value_max", "currency", "sentence"]
    return flows.drop_duplicates(key).reset_index(drop=True)


def date_key(row) -> str:
    """The best-known date of a claim, for sorting: the year its own clause states or tells
    relative to the article's date (``period``), else its article's publication date; "9999" when neither is known.

    A year-only date sorts as that year, not as its first of January: «2024» comes
    after «2024-03» only because it is less precise, never before it.
    """
    published = "" if missing(row.get("published")) else str(row.get("published"))
    period = "" if missing(row.get("period")) else str(row.get("period"))
    if row.get("period_basis") in ("stated", "relative") and period and not published.startswith(period):
        return f"{period}-99"
    if published:
        return published + "-99" * (2 - published.count("-"))
    return f"{period}-99" if period else "9999"


def chronological(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims in the order of their best-known dates (:func:`date_key`), then by article."""
    if claims.empty:
        return claims
    keys = [date_key(r) for _, r in claims.iterrows()]
    return (claims.assign(_key=keys).sort_values(["_key", "article_id", "start"])
            .drop(columns="_key").reset_index(drop=True))


def chart_claims(claims: pd.DataFrame, lang: str = "ar") -> tuple[list[str], list[float]]:
    """Bar labels and values (USD bn) for quantified claims: «role (qualifier) — publisher،
    date» and «×n» when the article states the figure n times; a range is drawn at its
    lower end and its label states both ends («role (بين 65.5 و109.4 مليار دولار) — …»)."""
    labels, values = [], []
    # In Arabic a right-to-left mark closes the publisher's name: «موقع Downcodes، 2024»
    # would otherwise read «موقع 2024 ،Downcodes» (the comma and the year join the Latin run).
    comma, mark = ("\u200f،", "\u200f") if lang == "ar" else (",", "")
    for _, row in claims.dropna(subset=["value_usd"]).iterrows():
        q = qualifier_words(row["qualifier"], lang)
        if not missing(row.get("value_max")) and not missing(row.get("value")) and row["value_max"] > row["value"]:
            # A range is drawn at its lower end; the label says both ends.
            q = format_amount(row["value"], row.get("currency") or "USD", lang, row["qualifier"], row["value_max"])
        qual = f" ({q})" if q else ""
        source = f"{publisher_or_unknown(row['publisher'], lang)}{comma} {period_or_unknown(row['published'], lang)}"
        times = int(row.get("mentions", 1) or 1)
        repeat = f"{mark} ×{times}" if times > 1 else ""
        labels.append(f"{role_name(row['role'], lang)}{qual} — {source}{repeat}")
        values.append(row["value_usd"] / 1e9)
    return labels, values


AI_PRODUCT_SECTORS = ("product", "chips")  # gazetteer sectors of AI models and apps, and AI chips


def ai_products(entities: pd.DataFrame) -> pd.DataFrame:
    """The product mentions that are AI: models and apps (gazetteer sector ``product``)
    and AI chips (``chips``); devices, operating systems and other software, cloud
    services, projects (data centres), satellites and indexes are left out. A version the
    gazetteer does not list takes the sector of the listed product it starts with («Grok 4»
    is Grok's, «iPhone 17» the iPhone's); a product of neither kind is kept (unknown is
    not proof it is no AI)."""
    products = entities[entities["kind"] == "product"]
    if products.empty:
        return products
    listed = _product_sectors()
    by_length = sorted(listed, key=len, reverse=True)

    def sector(name: str) -> str:
        if name in listed:
            return listed[name]
        base = next((n for n in by_length if name.startswith(n + " ")), None)
        return listed[base] if base else ""

    sectors = products["name_en"].map(sector)
    return products[sectors.isin(AI_PRODUCT_SECTORS) | (sectors == "")]


@cache
def _product_sectors() -> dict[str, str]:
    from analysis.extract.entities import load_gazetteer

    gaz = load_gazetteer()
    rows = gaz[gaz["kind"] == "product"]
    return dict(zip(rows["name_en"], rows["sector"].fillna("") if "sector" in rows else [""] * len(rows)))


def top_bars(values, most: int = BARS_SHOWN) -> tuple[list[int], int, float]:
    """Which bars a chart draws when there are too many to read: the ``most`` largest
    values, kept in their given order (dates stay in date order, ranks in rank order).

    Args:
        values: one number per bar, in the order the chart draws them.
        most: how many bars to keep (:data:`BARS_SHOWN`).

    Returns:
        ``(kept, left_out, left_out_total)``: the positions of the bars to draw, how many
        were left out and the sum of their values, for the prose's «and N others».
    """
    values = [float(v) for v in values]
    if len(values) <= most:
        return list(range(len(values))), 0, 0.0
    largest = sorted(range(len(values)), key=lambda i: (-values[i], i))[:most]
    kept = sorted(largest)
    left = [v for i, v in enumerate(values) if i not in set(kept)]
    return kept, len(left), float(sum(left))


_NAME_COLUMNS = ("subject", "payer", "recipient", "name", "backer")


def _cell(column: str, value, row, lang: str):
    if isinstance(value, (list, tuple, set)):
        parts = [_cell(column, v, row, lang) for v in value]
        joined = ("، " if lang == "ar" else ", ").join(p for p in parts if p)
        return joined or ("" if column in ("qualifier", "qualifiers") else unknown(lang))
    if column in ("published", "first_published"):
        return period_or_unknown(value, lang)
    if missing(value):
        return unknown(lang) if column not in ("qualifier",) else ""
    if column in ("publisher", "publishers", "outlet"):
        return publisher_or_unknown(value, lang)
    if column == "role":
        return role_name(str(value), lang)
    if column in ("qualifier", "qualifiers"):
        return qualifier_words(str(value), lang)
    if column == "sector":
        return sector_name(str(value), lang)
    if column in _NAME_COLUMNS:
        return ("، " if lang == "ar" else ", ").join(name(n, lang) for n in str(value).split("; "))
    return value


def reader_table(df: pd.DataFrame, lang: str = "ar") -> pd.DataFrame:
    """A table as readers read it: headers in their language, amounts in words
    («45 مليار دولار», "$45bn") with their qualifier, roles, sectors, names, publishers
    and dates in words, «غير معروف» / "unknown" for what is missing (never ``nan``).

    A ``value_usd`` or ``value`` column (with ``currency`` and ``qualifier`` when
    present, and the upper end of a range, ``value_usd_max`` or ``value_max``) becomes
    one ``amount`` column. Show the result with
    :func:`analysis.charts.show_table`, which escapes every cell.
    """
    out = df.copy()
    value_col = "value" if "value" in out else "value_usd" if "value_usd" in out else None
    if value_col is not None:
        currency = out["currency"] if value_col == "value" and "currency" in out else pd.Series("USD", index=out.index)
        qualifier = out["qualifier"] if "qualifier" in out else pd.Series("", index=out.index)
        top_col = "value_max" if value_col == "value" else "value_usd_max"
        top = out[top_col] if top_col in out else pd.Series(None, index=out.index, dtype=object)
        amounts = [format_amount(None if missing(v) else float(v), c or "USD", lang, "" if missing(q) else q,
                                 None if missing(t) else float(t))
                   for v, c, q, t in zip(out[value_col], currency, qualifier, top)]
        at = list(out.columns).index(value_col)
        out = out.drop(columns=[c for c in (value_col, "value_usd", "currency", "qualifier", "value_max",
                                            "value_usd_max") if c in out])
        out.insert(min(at, len(out.columns)), "amount", amounts)
    for column in out.columns:
        if column != "amount":
            out[column] = [_cell(column, v, r, lang) for v, (_, r) in zip(out[column], out.iterrows())]
    return out.rename(columns={c: column_name(c, lang) for c in out.columns})


def dated_events(dates: pd.DataFrame, entities: pd.DataFrame, corpus: pd.DataFrame,
                 must_name: tuple[set[str], ...], cues: str | None = None) -> pd.DataFrame:
    """Sentences with a resolved date that name one entity from each set in ``must_name``;
    with ``cues`` (the name of a word list in ``data/story_cues.json``), also a sentence
    that names one of the sets and speaks of a bid or the courts, in an article that
    names every set: «the bid, made on Monday, came from a consortium led by Musk» names
    one side only, in an article about the bid for the other.

    Used for the dispute timeline: e.g. ``({"Elon Musk"}, {"OpenAI", "Sam Altman"})``.
    One row per sentence, dated by its first stated date, oldest first. A date right after
    a background word of the list (``<cues>_background``: «منذ 2015», since 2015) is not the
    sentence's event (the sentence is dated by its next date, or left out), nor is a bare
    year in brackets («(1985)», a birth year).
    """
    cols = ["resolved", "surface", "article_id", "publisher", "published", "sentence", "start", "end"]
    if dates.empty:
        return pd.DataFrame(columns=cols)
    named = entities.groupby(["article_id", "sentence_start"])["name_en"].agg(set)
    in_article = entities.groupby("article_id")["name_en"].agg(set)
    keep = []
    cue = _story_cues(cues) if cues else None
    background = _story_words(f"{cues}_background") if cues else set()
    for row in dates[dates["resolved"].fillna("") != ""].itertuples():
        if normalize(str(getattr(row, "cue", "") or "")) in background:
            continue
        speaks = cue is not None and bool(cue.search(normalize(row.sentence)))
        names = named.get((row.article_id, row.sentence_start), set())
        both = all(names & group for group in must_name)
        one = (speaks and any(names & group for group in must_name)
               and all(in_article.get(row.article_id, set()) & group for group in must_name))
        if both or one:
            keep.append(row.Index)
    hit = dates.loc[keep]
    if "cue" in hit and "kind" in hit:
        # «سام ألتمان (1985)»: a bare year in brackets after a name is a birth year.
        hit = hit[~((hit["kind"] == "year") & (hit["cue"].fillna("") == "(") & hit["month"].isna())]
    hit = hit.merge(corpus[["article_id", "publisher", "published"]], on="article_id")
    # A sentence's first date is its event («in August 2024 Musk sued … (founded in 2015)»).
    hit = hit.sort_values("start").drop_duplicates(["article_id", "sentence_start"])
    # Sorted by the middle of the period: a year sorts as its middle, not its 1 January.
    mid = [pd.Timestamp(a) + (pd.Timestamp(b) - pd.Timestamp(a)) / 2 for a, b, _ in map(period_span, hit["resolved"])]
    hit = hit.assign(_key=mid).sort_values(["_key", "published", "start"])
    return hit[cols].reset_index(drop=True)


@cache
def _story_words(key: str) -> frozenset[str]:
    spec = json.loads((_DATA / "story_cues.json").read_text(encoding="utf-8"))
    return frozenset(normalize(w) for w in spec.get(key, []))


@cache
def _story_cues(key: str) -> re.Pattern:
    """The words of ``key`` at a word's start, after «و/ف» and «ب/ل/ك» and «ال» («والعرض»,
    «بالمحكمة»), with any ending; «معرض» (an exhibition) is no «عرض»."""
    words = sorted(_story_words(key), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:[وف]?[بلك]?(?:ال)?)(?:" + "|".join(re.escape(w) for w in words) + ")",
                      re.IGNORECASE)


_DOMAIN = re.compile(r"(?<![\w.@-])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w.-])", re.IGNORECASE)


@cache
def _outlet_words() -> re.Pattern:
    words = json.loads((_DATA / "labels.json").read_text(encoding="utf-8"))["outlet_words"]
    return re.compile(r"^(?:" + "|".join(re.escape(normalize(w)) for w in words) + r")\s+(?=\S)", re.IGNORECASE)


def registered_domain(text) -> str:
    """The registered domain in a URL or in a name that spells one («sfegypt.com»,
    «Al Bayan (albayan.ae)», ``https://www.albayan.ae/…`` → ``albayan.ae``;
    ``news.twaslnews.com`` → ``twaslnews.com``, ``www.okaz.com.sa`` → ``okaz.com.sa``,
    by the public-suffix list); "" when there is none."""
    from tld import get_fld

    if missing(text):
        return ""
    text = str(text).strip()
    if "://" in text:
        return (get_fld(text, fail_silently=True) or "").lower()
    for host in _DOMAIN.findall(text):
        found = get_fld("http://" + host.lower(), fail_silently=True)
        if found:
            return found
    return ""


def _spelling_key(publisher: str) -> str:
    """A publisher's name as outlets are matched when no domain is known: normalized
    Arabic, lower case, one space, without an opening «موقع» (``outlet_words``)."""
    text = " ".join(normalize(str(publisher)).lower().split())
    return _outlet_words().sub("", text)


def outlet_key(corpus: pd.DataFrame) -> pd.Series:
    """One key per article naming its outlet, however the catalog spells the publisher.

    The registered domain of the article's ``url`` when there is one (the most
    reliable key: «البيان», «Al Bayan» and «albayan.ae» all have ``albayan.ae``), else
    a domain the publisher's name spells, else the name itself without an opening word
    such as «موقع» (``labels.json`` → ``outlet_words``); a name that some other article
    of the same spelling has a domain for takes that domain. "" for no publisher.
    """
    publisher = corpus["publisher"] if "publisher" in corpus else pd.Series("", index=corpus.index)
    url = corpus["url"] if "url" in corpus else pd.Series("", index=corpus.index)
    domain = [registered_domain(u) or registered_domain(p) for u, p in zip(url, publisher)]
    spelling = ["" if missing(p) else _spelling_key(p) for p in publisher]
    known = {}
    for d, s in zip(domain, spelling):
        if d and s:
            known.setdefault(s, set()).add(d)
    keys = [d or (next(iter(known[s])) if len(known.get(s, ())) == 1 else s) for d, s in zip(domain, spelling)]
    return pd.Series(keys, index=corpus.index, name="outlet")


def _most_frequent_name(spellings: pd.Series) -> str:
    counts = spellings.value_counts(sort=False)  # in order of first appearance
    bare = [bool(_DOMAIN.fullmatch(str(s).strip())) for s in counts.index]
    ranked = sorted(range(len(counts)), key=lambda i: (bare[i], -counts.iloc[i]))
    return counts.index[ranked[0]]


def outlets(corpus: pd.DataFrame) -> pd.DataFrame:
    """The outlets behind the articles, one row each (:func:`outlet_key`), most articles first.

    Returns:
        Columns ``outlet`` (its most frequent spelling in the catalog that
        is a name rather than a bare domain such as «albayan.ae», which shows only when
        the catalog has nothing else; the first one met on a tie), ``articles`` and ``spellings`` (how many different
        spellings the catalog uses for it); articles with no publisher are left out.
    """
    key = outlet_key(corpus)
    rows = corpus.assign(_key=key)
    rows = rows[(rows["_key"] != "") & ~rows["publisher"].map(missing)]
    if rows.empty:
        return pd.DataFrame(columns=["outlet", "articles", "spellings"])
    grouped = rows.groupby("_key", sort=False)["publisher"]
    out = pd.DataFrame({
        "outlet": grouped.agg(_most_frequent_name),
        "articles": grouped.size(),
        "spellings": grouped.nunique(),
    })
    return out.sort_values("articles", ascending=False, kind="stable").reset_index(drop=True)


def source_line(article_ids, corpus: pd.DataFrame, lang: str = "ar") -> str:
    """The articles behind a chart, as «Publisher، date» joined for the source line
    («غير معروف» / "unknown" for what the catalog does not say)."""
    meta = corpus.set_index("article_id")
    parts = []
    for aid in sorted(set(article_ids)):
        if aid in meta.index:
            pub = publisher_or_unknown(meta.at[aid, "publisher"], lang)
            date = period_or_unknown(meta.at[aid, "published"], lang)
            parts.append(f"{pub}\u200f، {date}" if lang == "ar" else f"{pub}, {date}")  # see chart_claims
    sep = "؛ " if lang == "ar" else "; "
    parts = list(dict.fromkeys(parts))
    if len(parts) > SOURCES_SHOWN:  # a chart's source line stays one or two lines long
        rest = len(parts) - SOURCES_SHOWN
        parts = parts[:SOURCES_SHOWN] + [f"و{rest} مصادر أخرى" if lang == "ar" else f"and {rest} more"]
    return sep.join(parts) if parts else ("لا مصادر" if lang == "ar" else "no sources")


def period_span(resolved: str) -> tuple[str, str, str]:
    """A resolved date as (first day, last day, precision): ``2024`` → the whole year
    (``year``), ``2024-05`` → May (``month``), ``2024-05-26`` → that day (``day``),
    ``2024-06/2024-08`` → the span (``span``)."""
    text = str(resolved)
    first, _, last = text.partition("/")
    last = last or first
    precision = "span" if "/" in text else {0: "year", 1: "month"}.get(first.count("-"), "day")
    end = pd.Period(last, freq={0: "Y", 1: "M"}.get(last.count("-"), "D")).end_time.date().isoformat() \
        if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", last) else period_start(last)
    return period_start(first), end, precision


def slug(text: str) -> str:
    """A file-name-safe slug for figure names."""
    return re.sub(r"[^a-z0-9]+", "_", text.lower()).strip("_")
