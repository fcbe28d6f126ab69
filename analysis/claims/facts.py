"""One table of claims across the sources: who, what kind of money, how much, says who.

``facts(corpus)`` turns money mentions into claims (subject, role, payer, recipient,
value, qualifier) joined with their article's publisher and date. A claim belongs to
one **event**, keyed by what a reader would call the same thing (``event_key``): the
company, the role, the other party of a deal (who invested in it, whom it bought),
the round when the sentence names one («السلسلة B») and the period (the year the
sentence states, or tells relative to the article's date («العام الماضي»), else the year the
article was published). Claims of one event with
compatible figures are one report (``event_id``); an event whose **articles** give
incompatible figures is a **conflict**. Separate rounds, separate years and separate
deals of one investor are separate events, never conflicts; several figures in one
article (tranches, a range, before and after) are that article's own account.
"""

from __future__ import annotations

import json
import math
import re
from collections import namedtuple
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from analysis.extract.dates import find_dates
from analysis.extract.mentions import python_strings
from analysis.extract.money import extract_money
from analysis.text.normalize import dropped_run, normalize, normalize_with_offsets, raw_atoms
from analysis.text.patterns import trie_regex

_DATA = Path(__file__).resolve().parent.parent / "data"

FACT_COLUMNS = [
    "fact_id", "event_key", "event_id", "period", "period_basis", "subject", "subject_basis", "role",
    "payer", "payer_basis", "recipient", "recipient_basis",
    "value", "value_max", "currency", "value_usd", "qualifier",
    "article_id", "publisher", "published", "surface", "sentence", "start", "end",
    "sentence_start", "sentence_end", "n_sources", "conflict", "conflict_note",
]

# Two figures are the same report when they differ by at most this much; an
# approximate figure ("about 100bn" vs "97.4bn") gets a wider margin.
_SAME = 0.03
_SAME_APPROX = 0.10
# Roles whose event is a deal between two named parties: the other party is part of it.
_DEALS = ("investment", "acquisition", "bid", "debt", "spending", "damages")
# Roles measured over a span of time (a quarter, a year, to date): only a stated year pins them.
_FLOWS = ("revenue", "loss", "spending")
# A year 1980-2049 not inside a longer number. The "no digit before" test comes after the
# first digit, so that each branch starts with a literal and ``re`` skips to the 1s and 2s.
_YEAR = re.compile(r"(2(?<!\d2)0[0-4]\d|1(?<!\d1)9[89]\d)(?!\d)")


def _compatible(a: pd.Series, b: pd.Series) -> bool:
    return _compatible_values(a["value_usd"], a["qualifier"], b["value_usd"], b["qualifier"])


def _compatible_values(va: float, qa: str, vb: float, qb: str) -> bool:
    """Two figures are one report: within 3% (10% when either is approximate)."""
    if va is None or vb is None or math.isnan(va) or math.isnan(vb):  # unquantified
        return False
    tol = _SAME_APPROX if "approx" in (qa, qb) else _SAME
    return abs(va - vb) <= tol * max(va, vb)


def _argsort(values: np.ndarray) -> np.ndarray:
    """Positions that put ``values`` in the order ``sort_values`` gives (NumPy's
    quicksort, NaN last), ties included, without building a frame per group."""
    mask = np.isnan(values)
    idx = np.arange(len(values))
    return np.concatenate([idx[~mask][values[~mask].argsort(kind="quicksort")], np.nonzero(mask)[0]])


def _groups(keys: list) -> dict:
    """Row positions per key, keys in order of first appearance (``groupby(sort=False)``)."""
    groups: dict = {}
    for i, key in enumerate(keys):
        groups.setdefault(key, []).append(i)
    return groups


def _events(claims: pd.DataFrame) -> pd.Series:
    """An event id per claim: same event key, compatible figures.

    Claims are taken in increasing figure; each joins the first cluster whose first
    claim is compatible with it, else starts a cluster (unquantified claims always do).
    """
    array = claims["value_usd"].to_numpy(dtype="float64")
    values = array.tolist()
    quals = claims["qualifier"].tolist()
    ids = [""] * len(claims)
    for key, members in _groups(claims["event_key"].tolist()).items():
        members = np.asarray(members)
        clusters: list[list[int]] = []  # quantified first claims only: NaN never matches
        first = 0  # clusters before this one are too small for this figure and all later ones
        for idx in members[_argsort(array[members])].tolist():
            v, q = values[idx], quals[idx]
            if math.isnan(v):
                ids[idx] = f"{key}/unquantified"
                continue
            while first < len(clusters) and 0 <= values[clusters[first][0]] < v * (1 - _SAME_APPROX):
                first += 1  # figures come in increasing order, so this cluster is out of reach
            for cluster in clusters[first:]:
                head = cluster[0]
                if _compatible_values(values[head], quals[head], v, q):
                    cluster.append(idx)
                    break
            else:
                clusters.append([idx])
        for cluster in clusters:
            tag = f"{values[cluster[0]] / 1e9:g}bn"
            for idx in cluster:
                ids[idx] = f"{key}/{tag}"
    return pd.Series(ids, index=claims.index, dtype=object)


def _tuples(df: pd.DataFrame) -> list[tuple]:
    """``list(df.itertuples(index=False))``, built from whole columns (``tolist``) rather
    than one element at a time (slow for pandas' extension arrays such as strings)."""
    row = namedtuple("Pandas", df.columns, rename=True)
    return [row._make(values) for values in zip(*(df.iloc[:, k].tolist() for k in range(df.shape[1])))]


def _carry_subjects(claims: pd.DataFrame) -> pd.DataFrame:
    """Give a subject-less claim the subject of an earlier claim in the same article
    with the same role and a compatible figure: the article repeating its own number
    («a valuation of 45 billion was discussed» after «xAI targets 45 billion»)."""
    claims = claims.sort_values(["article_id", "start"], ignore_index=True)
    subjects = claims["subject"].tolist()
    if all(subjects):
        return claims
    basis = claims["subject_basis"].tolist()
    articles, starts, roles = (claims[c].tolist() for c in ("article_id", "start", "role"))
    values, quals = claims["value_usd"].tolist(), claims["qualifier"].tolist()
    changed = False
    for i, subject in enumerate(subjects):
        if subject != "":
            continue
        # Rows are sorted by article and start: the earlier claims of the article come
        # just before this one; the nearest compatible one wins.
        j = i - 1
        while j >= 0 and articles[j] == articles[i]:
            if (starts[j] < starts[i] and roles[j] == roles[i] and basis[j] == "sentence"
                    and _compatible_values(values[j], quals[j], values[i], quals[i])):
                subjects[i], basis[i] = subjects[j], f"same figure as {starts[j]}"
                changed = True
                break
            j -= 1
    if changed:
        claims["subject"] = pd.Series(subjects, index=claims.index, dtype=claims["subject"].dtype)
        claims["subject_basis"] = pd.Series(basis, index=claims.index, dtype=claims["subject_basis"].dtype)
    return claims


# «المشروع» (the project) before a figure refers back to the project named last.
_THE_PROJECT = re.compile(r"(?<!\w)[وف]?(?:ال|لل)مشروع(?!\w)")


def _resolve_the_project(claims: pd.DataFrame) -> pd.DataFrame:
    """A figure whose sentence speaks of «المشروع» before it belongs to the project an
    earlier claim of the same article named («Stargate, costing 500bn … the project,
    run by OpenAI, with an initial investment of 100bn»), not to the company named
    beside it."""
    from analysis.extract.entities import sectors

    sector = sectors()
    claims = claims.sort_values(["article_id", "start"], ignore_index=True)
    last_project: dict[str, str] = {}
    subjects, basis = claims["subject"].tolist(), claims["subject_basis"].tolist()
    changed = False
    for i, row in enumerate(_tuples(claims[["article_id", "role", "sentence", "start", "sentence_start"]])):
        if sector.get(subjects[i]) == "project" and basis[i] == "sentence":
            last_project[row.article_id] = subjects[i]
        elif row.article_id in last_project and row.role in ("investment", "spending", "raise"):
            before = normalize(row.sentence[: max(0, row.start - row.sentence_start)])
            if _THE_PROJECT.search(before):
                subjects[i], basis[i] = last_project[row.article_id], "the project named earlier (المشروع)"
                changed = True
    if changed:
        claims["subject"] = pd.Series(subjects, index=claims.index, dtype=claims["subject"].dtype)
        claims["subject_basis"] = pd.Series(basis, index=claims.index, dtype=claims["subject_basis"].dtype)
    return claims


_NOTE_ARTICLES = 3  # a note names this many articles per version, then counts the rest


def _article_list(ids) -> str:
    """«a, b, c and 12 more»: the articles behind one version, kept short at scale."""
    ids = sorted(set(ids))
    shown = ", ".join(ids[:_NOTE_ARTICLES])
    return shown + (f" and {len(ids) - _NOTE_ARTICLES} more" if len(ids) > _NOTE_ARTICLES else "")


def _fits(va: float, qa: str, vb: float, qb: str) -> bool:
    """Two figures can both be true of one event: compatible, or a bound the other
    satisfies («more than 40bn» and 45bn; «up to 6bn» and 5bn)."""
    if _compatible_values(va, qa, vb, qb):
        return True
    lower = {"more_than", "at_least"}
    if (qa in lower and vb >= va) or (qb in lower and va >= vb):
        return True
    return (qa == "up_to" and vb <= va) or (qb == "up_to" and va <= vb)


def _present(article_id) -> bool:
    return article_id is not None and article_id == article_id  # not None, not NaN


def _disagree(rows: list[int], cols: dict[str, list]) -> bool:
    """Two articles give figures for one event that cannot both be true.

    Only events a reader can pin down count: a known period (for revenue, losses and
    spending, a year the sentence states: a quarter's loss and a year's are not two
    versions) and, for a deal, a known other party. An article that gives several
    figures for the event (tranches, parts and totals, a before and an after) tells its
    own account and is not set against others; and two figures one article gives
    together are two events to every other article too («its valuation rose from 300bn
    to 500bn»: another source's 300bn and a third's 500bn do not disagree). A listed
    company's market value moves every trading day: only articles of the same day can
    disagree about it; a private company's valuation moves with each round, several in a
    year: only articles of the same month can. Two figures of a deal between the same
    parties more than three times apart are two deals, not two versions of one.

    Args:
        rows: positions of the event's quantified claims, in table order.
        cols: the claims table's columns as lists (``article_id, event_key, role,
            period_basis, event_id, value_usd, qualifier``).
    """
    articles = cols["article_id"]
    if len({articles[i] for i in rows if _present(articles[i])}) < 2:
        return False
    key = str(cols["event_key"][rows[0]])
    if key.endswith("/?") or "/?/" in key:
        return False
    if cols["role"][rows[0]] == "other":
        # «other» holds unlike measures (a fine, a profit, a share price, a salary): two of
        # a company's in one year are not two versions of one figure.
        return False
    if cols["role"][rows[0]] in _FLOWS and not all(cols["period_basis"][i] == "stated" for i in rows):
        return False
    events = cols["event_id"]
    per_article: dict = {}
    for i in rows:
        if _present(articles[i]):
            per_article.setdefault(articles[i], set()).add(events[i])
    # Figures stated together by one article: (value, qualifier) of each of its events.
    together = [[(cols["value_usd"][i], cols["qualifier"][i]) for i in rows if articles[i] == a]
                for a, ids in per_article.items() if len(ids) > 1]

    def told_apart(a: tuple, b: tuple) -> bool:
        return any(any(_fits(*a[:2], *x) for x in figures) and any(_fits(*b[:2], *x) for x in figures)
                   for figures in together)

    role = cols["role"][rows[0]]
    # A listed company's market value moves every day, a private one's value with each round
    # (several a year): only articles of the same day, or of the same month, can disagree.
    same = 10 if role == "market_value" else 7 if role == "valuation" else 0
    deal = role in _DEALS
    seen, versions = set(), []
    for i in rows:  # the first claim of each event among articles that give it one figure
        if len(per_article.get(articles[i], ())) == 1 and events[i] not in seen:
            seen.add(events[i])
            versions.append((cols["value_usd"][i], cols["qualifier"][i], articles[i], str(cols["published"][i] or "")))
    return any(a[2] != b[2] and not _fits(a[0], a[1], b[0], b[1]) and not told_apart(a, b)
               and (not same or (len(a[3]) >= same and a[3][:same] == b[3][:same]))
               and not (deal and max(a[0], b[0]) > _OTHER_DEAL * min(a[0], b[0]))
               for i, a in enumerate(versions) for b in versions[i + 1:])


# Two figures of one deal's parties more than this many times apart are two deals (a 30bn
# cloud contract and a 300bn one with the same supplier), not two versions of one.
_OTHER_DEAL = 3.0


_CLAUSE_MARKS = "،؛;"  # what ends a clause
_BRACKETED_YEAR = re.compile(r"\(\s*(?:19|20)\d\d\s*\)")
# «منذ (عام) 2019»: a year a total is counted from.
_SINCE_YEAR = re.compile(r"(?<!\w)و?منذ\s+(?:(?:عام|العام|سنة)\s+)?(?:20[0-4]\d|19[89]\d)(?!\d)")
# «… 200 مليون دولار خلال عام 2023»، «… في 2024»: the time adverbial right after the figure.
_YEAR_RIGHT_AFTER = re.compile(r"\s*(?:خلال|في|ل)\s*(?:(?:عام|العام|سنة|السنة)\s+)?(20[0-4]\d|19[89]\d)(?!\d)")


@lru_cache(maxsize=2)
def _claim_cues(key: str) -> re.Pattern:
    """The words of ``data/claim_cues.json`` under ``key`` ('projection': aiming, expecting
    and estimating; 'change': rising and falling), found in raw text as
    :func:`~analysis.text.normalize.normalize` would find them in normalized text
    (:func:`~analysis.text.normalize.raw_atoms`), at a word start, a one-letter clitic
    allowed before. One regex search on the raw clause (normalizing every claim's clause
    cost as much as the rest of the facts table)."""
    words = _claim_words()[key]
    return re.compile(rf"(?<!\w)[وفلب]?{dropped_run()}(?:{trie_regex(raw_atoms(w) for w in words)})")


@lru_cache(maxsize=1)
def _claim_words() -> dict:
    return json.loads((_DATA / "claim_cues.json").read_text(encoding="utf-8"))


def _cue_in_clause(row, key: str) -> bool:
    """Does the claim's clause, before its figure, hold a word of ``_claim_cues(key)``?"""
    sentence = str(row.sentence)
    at = max(0, int(row.start) - int(row.sentence_start))
    return _claim_cues(key).search(sentence, _clause_start(sentence, at), at) is not None


# «… من 1.2 مليار»، «… من نحو 3 مليارات»: the figure a change starts from.
_FROM_BEFORE = re.compile(r"(?<!\w)من(?:\s+(?:نحو|حوالي|حوالى|قرابة))?\s*$")


def _before_change(row) -> bool:
    """Is the claim the value a change starts from («قفز تقييم الشركة من 1.2 مليار دولار»:
    «من» right before the figure, a word of rising or falling before it in its clause)? It
    is an earlier value than the one the article reports, of a time it often leaves
    unsaid: like a projection, never set against other articles' figures."""
    at = max(0, int(row.start) - int(row.sentence_start))
    return _FROM_BEFORE.search(str(row.sentence), max(0, at - 20), at) is not None and _cue_in_clause(row, "change")


def _clause_start(sentence: str, at: int) -> int:
    """Where the clause holding position ``at`` of ``sentence`` starts: after the last
    clause mark (``_CLAUSE_MARKS``) before it."""
    return max(sentence.rfind(mark, 0, at) for mark in _CLAUSE_MARKS) + 1


def _projected(row) -> bool:
    """Is the claim a projection: a verb or noun of aiming, expecting or estimating in its
    clause before the figure («تسعى الشركة إلى رفع مبيعاتها إلى 300 مليون دولار في 2026»)?
    Such a figure is a target or an estimate, not a report of the event: it is never set
    against other articles' figures (:func:`_disagree`)."""
    return _cue_in_clause(row, "projection")


# The fields of a claim that _period and _event_key read (rows are built of these only).
_ROW_FIELDS = ["sentence", "start", "end", "sentence_start", "published", "subject", "role", "recipient", "payer"]


def _period(row) -> tuple[str, str]:
    """The year of a claim and its basis: the one stated in the figure's clause (a time
    adverbial right after the figure, else the last year before it, else the first after
    it; ``stated``), else a year told relative to the article's date in that clause («العام
    الماضي»; ``relative``), else the year its article was published (``published``), else
    ``("", "")``; a total counted «منذ 2019»
    (since a year) has none (``("", "since")``)."""
    sentence = str(row.sentence)
    at = max(0, int(row.start) - int(row.sentence_start))
    # The clause marks around the figure, found with str.rfind/find (no regex, no match objects).
    lo = _clause_start(sentence, at)
    hi = len(sentence)
    for mark in _CLAUSE_MARKS:  # each search stops at the nearest mark found so far
        i = sentence.find(mark, at, hi)
        if i >= 0:
            hi = i
    clause = sentence[lo:hi]
    # «سام ألتمان (1985)»: a year in brackets after a name is a birth year.
    if "(" in clause:  # the patterns below are tried only where their first literal is
        clause = _BRACKETED_YEAR.sub(" ", clause)
    at -= lo
    if "منذ" in clause and _SINCE_YEAR.search(clause):
        # «استثمرت 13 مليار دولار منذ عام 2019»: a total to date, of no single year.
        return "", "since"
    end = at + int(row.end) - int(row.start)
    right_after = _YEAR_RIGHT_AFTER.match(clause, end)
    if right_after:
        # The adverbial right after the figure is its time (grammar: it attaches to the
        # nearest predicate), before a year earlier in the clause («قالت في 2025 إن
        # إيراداتها بلغت 3.7 مليار دولار في 2024» is 2024's revenue).
        return right_after.group(1), "stated"
    before = _YEAR.findall(clause[:at])
    if before:
        return before[-1], "stated"
    after = _YEAR.findall(clause[at:])
    if after:
        return after[0], "stated"
    published = str(row.published or "")
    if not _YEAR.fullmatch(published[:4]):
        return "", ""
    other_year = _relative_year(clause, at, published)
    if other_year:
        # «افتتحت الشركة بيع أسهم العام الماضي بتقييم 800 مليار»: a year told relative to the
        # article's date («العام الماضي»، «العام المقبل») is the figure's year, not the article's.
        return other_year, "relative"
    return published[:4], "published"


# Every year noun and unit of the dates extractor (date_cues.json: 'year_nouns', 'units.year':
# «العام»، «أعوام»، «سنتين»، «سنوات»، «السنه» as printed) holds one of these: a cheap test before
# normalizing the clause (tests/test_facts.py checks the data against it).
_YEAR_STEMS = ("عام", "عوام", "سن")


def _relative_year(clause: str, at: int, published: str) -> str:
    """The year of a relative year expression in ``clause`` (the last before position ``at``,
    else the first after it), resolved from ``published`` by the dates extractor's own cues
    (:func:`analysis.extract.dates.find_dates`), when it is another year than the article's;
    else ``""``. «هذا العام» is the article's year: its claims keep the basis ``published``."""
    if not any(stem in clause for stem in _YEAR_STEMS):
        return ""
    norm = normalize_with_offsets(clause)
    try:
        dates = find_dates(norm.text, published[:10])
    except ValueError:  # «2026/03/05», «2026-13-01»: the year alone still resolves a year
        dates = find_dates(norm.text, published[:4])
    years = [(norm.raw_span(d["start"], d["end"])[0], d["resolved"]) for d in dates
             if d["kind"] == "year" and str(d.get("rel", "")).startswith("year:") and _YEAR.fullmatch(str(d["resolved"]))]
    before = [y for start, y in years if start < at]
    year = before[-1] if before else next((y for start, y in years if start >= at), "")
    return year if year != published[:4] else ""


def _event_key(row, period: str | None = None) -> str:
    """What makes two claims reports of the same event (see the module docstring);
    ``period``: the claim's :func:`_period` year if already known."""
    parts = [row.subject, row.role]
    if row.role in _DEALS:
        other = row.recipient if row.subject != row.recipient else row.payer
        parts.append(other or "?")
    parts.append((_period(row)[0] if period is None else period) or "?")
    return "/".join(parts)


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
        it; ``event_key`` is the event (company, role, other party of a deal,
        round or year) and ``conflict``/``conflict_note`` mark an event that
        different articles report with incompatible figures (listing each figure
        with its articles). ``subject_basis`` says where
        the subject came from: the claim's own sentence, or an earlier claim of the
        same article with the same role and figure.
    """
    money = extract_money(corpus) if money is None else money
    # Python strings, not Arrow copies (pandas >= 3 with pyarrow): the rows of one
    # subject and role share one conflict note, which lists every article.
    with python_strings():
        return _facts(corpus, money)


def _facts(corpus: pd.DataFrame, money: pd.DataFrame) -> pd.DataFrame:
    meta = corpus[["article_id", "publisher", "published"]]
    claims = money.merge(meta, on="article_id", how="left")
    if claims.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    claims["qualifier"] = claims["qualifier"].fillna("")
    claims["subject"] = claims["subject"].fillna("")
    basis = claims["recipient_basis"] if "recipient_basis" in claims else pd.Series("sentence", index=claims.index)
    claims["subject_basis"] = [
        "" if not s else "named earlier in the article" if b == "article" and s == r else "sentence"
        for s, r, b in zip(claims["subject"].tolist(), claims["recipient"].fillna("").tolist(), basis.fillna("").tolist())
    ]
    claims = _carry_subjects(claims)
    claims = _resolve_the_project(claims)
    claims = claims[claims["subject"] != ""].copy()
    if claims.empty:
        return pd.DataFrame(columns=FACT_COLUMNS)
    claims = claims.sort_values(["subject", "role", "published", "article_id", "start"], ignore_index=True)
    claims["fact_id"] = [f"{a}:{s}-{e}" for a, s, e in zip(*(claims[c].tolist() for c in ("article_id", "start", "end")))]
    for col in ("payer", "recipient"):
        claims[col] = claims[col].fillna("") if col in claims else ""
    for col in ("payer_basis", "recipient_basis"):  # "sentence", "article", "model" or "" (no party)
        claims[col] = claims[col].fillna("") if col in claims else ""
    if "value_max" not in claims:  # the upper end of a range; NaN for a single figure
        claims["value_max"] = float("nan")
    rows = _tuples(claims[_ROW_FIELDS])
    periods = [_period(r) for r in rows]
    # A change told whole («من X إلى Y») is two events already (money notes change_from /
    # change_to, _events); a value a change starts from with no value reached is set apart here.
    money_notes = claims["note"].fillna("").tolist() if "note" in claims else [""] * len(claims)
    projected = [_projected(r) or (not n.startswith("change") and _before_change(r)) for r, n in zip(rows, money_notes)]
    claims["event_key"] = [_event_key(r, p) for r, (p, _) in zip(rows, periods)]
    claims["period"] = [p for p, _ in periods]
    claims["period_basis"] = [b for _, b in periods]
    claims["event_id"] = _events(claims)
    claims["n_sources"] = claims.groupby("event_id")["article_id"].transform("nunique")

    notes = {}
    cols = {c: claims[c].tolist() for c in ("article_id", "event_key", "role", "period_basis", "event_id",
                                            "value_usd", "qualifier", "published")}
    values = cols["value_usd"]
    for key, members in _groups(cols["event_key"]).items():
        # A target or an estimate is not a version of what happened (_projected), nor is
        # the value a change started from (_before_change).
        quantified = [i for i in members if not math.isnan(values[i]) and not projected[i]]
        if not _disagree(quantified, cols):
            continue
        # The versions: one per event id (in id order), then by figure as sort_values orders them.
        by_event = _groups([cols["event_id"][i] for i in quantified])
        event_ids = sorted(by_event)
        firsts = np.array([values[quantified[by_event[e][0]]] for e in event_ids], dtype="float64")
        notes[key] = "; ".join(
            f"{firsts[j] / 1e9:g}bn in {_article_list(cols['article_id'][quantified[k]] for k in by_event[event_ids[j]])}"
            for j in _argsort(firsts).tolist()
        )
    claims["conflict"] = claims["event_key"].isin(notes.keys()) & ~np.array(projected, dtype=bool)
    claims["conflict_note"] = (claims["event_key"].map(notes).fillna("") if notes
                               else pd.Series("", index=claims.index, dtype=object))
    return claims[FACT_COLUMNS]


def conflicts(table: pd.DataFrame) -> pd.DataFrame:
    """Events that articles report with different figures: one row per version."""
    hit = table[table["conflict"].astype(bool)]
    if hit.empty:
        return pd.DataFrame(columns=["event_key", "subject", "role", "event_id", "value_usd", "articles",
                                     "publishers", "sentences"])
    return (
        hit.groupby(["event_key", "subject", "role", "event_id"], as_index=False)
        .agg(value_usd=("value_usd", "first"), articles=("article_id", lambda s: sorted(set(s))),
             publishers=("publisher", lambda s: sorted(set(s))), sentences=("sentence", list))
        .sort_values(["event_key", "value_usd"], ignore_index=True)
    )
