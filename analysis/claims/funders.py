"""Who funds whom: the organizations a funding sentence casts as putting money in.

Positions, not co-occurrence: a backer is named after «من / بقيادة / المستثمرين في /
مثل» or before «تستثمر / دورًا رائدًا / تشارك»; competitors merely named alongside are
not backers. The cue words are data (``data/funding_cues.json``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pandas as pd

from analysis.extract.entities import find_entities, sectors
from analysis.text.normalize import normalize
from analysis.text.patterns import char_atoms, trie_regex
from analysis.text.sentences import clause_spans

_DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class _Cues:
    sentence: re.Pattern
    before: re.Pattern
    after: re.Pattern
    backer_sectors: frozenset[str]


@cache
def _cues() -> _Cues:
    spec = json.loads((_DATA / "funding_cues.json").read_text(encoding="utf-8"))

    def alt(key: str) -> str:
        return trie_regex(char_atoms(normalize(w)) for w in spec[key])

    return _Cues(
        sentence=re.compile(alt("sentence")),
        # «… بقيادة [شركة] NAME»: the cue, maybe a generic noun, then the name.
        before=re.compile(rf"(?<!\w)(?:{alt('before')})\s*(?:شركه|شركة|صندوق)?\s*$"),
        # «NAME[، التي …،] [أيضا] تستثمر»: the name, maybe an apposition, then the cue.
        after=re.compile(rf"^\s*(?:،[^،.]{{0,60}}،\s*)?(?:ايضا\s+)?(?:{alt('after')})"),
        backer_sectors=frozenset(spec["backer_sectors"]),
    )


_LIST_GLUE = re.compile(r"^\s*(?:و|،|,)\s*$")


def backer_mentions(sentence: str, subject: str | None = None) -> list[str]:
    """Organizations, funds and countries a funding sentence casts as putting money in.

    Positions, not co-occurrence: named after «من / بقيادة / المستثمرين في / مثل»,
    or before «تستثمر / دورًا رائدًا / تشارك»; a name listed right after a backer
    («من جوجل وأمازون») is one too. Competitors merely named alongside are not.
    """

    text = normalize(sentence)
    cues = _cues()
    if not cues.sentence.search(text):
        return []
    sector = sectors()
    found: list[str] = []
    prev_end, prev_backer = -1, False
    for ent in find_entities(text):
        ok = sector.get(ent.name_en, "") in cues.backer_sectors and ent.name_en != subject
        is_backer = ok and (
            bool(cues.before.search(text[max(0, ent.start - 60):ent.start]))
            or bool(cues.after.match(text[ent.end:ent.end + 90]))
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
