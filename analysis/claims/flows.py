"""Who pays whom: the money table as flows from payer to recipient.

One row per (payer, recipient, mention): «قادت سوفت بنك الجولة التي جمعت فيها
أوبن إيه آي 40 مليار دولار» is one flow SoftBank → OpenAI of 40bn (role ``raise``);
a round with several named investors is one flow per investor, each carrying the
round's figure with ``shared`` = the number of investors named, so a chart never
adds one round up several times. Only mentions whose payer the text names are flows.
``payer_basis`` and ``recipient_basis`` say whether each party is named with the amount
(``sentence``) or guessed from what the article spoke of (``article``): on real news the
guesses are right far less often, so a careful table keeps only ``sentence`` parties.
"""

from __future__ import annotations

import pandas as pd

FLOW_COLUMNS = [
    "article_id", "payer", "payer_basis", "recipient", "recipient_basis", "role", "value", "value_max",
    "currency", "value_usd",
    "qualifier", "shared", "publisher", "published", "start", "end", "surface", "sentence",
    "sentence_start", "sentence_end",
]


def flows(money: pd.DataFrame, corpus: pd.DataFrame | None = None) -> pd.DataFrame:
    """Flows of money named in the articles, one row per payer of each mention.

    Args:
        money: the table :func:`analysis.extract_money` returns.
        corpus: the articles (for ``publisher`` and ``published``; empty without it).

    Returns:
        Columns :data:`FLOW_COLUMNS`, in the order of ``money`` (and of the payers
        within a mention); empty when no mention names its payer.
    """
    if money.empty or "payer" not in money:
        return pd.DataFrame(columns=FLOW_COLUMNS)
    named = money[money["payer"].fillna("") != ""]
    if named.empty:
        return pd.DataFrame(columns=FLOW_COLUMNS)
    payers = named["payer"].str.split("; ")
    out = named.assign(payer=payers, shared=payers.str.len()).explode("payer", ignore_index=True)
    out["recipient"] = out["recipient"].fillna("")
    if corpus is not None:
        out = out.merge(corpus[["article_id", "publisher", "published"]], on="article_id", how="left")
    else:
        out = out.assign(publisher="", published="")
    out["shared"] = out["shared"].astype(int)
    keep = [c for c in FLOW_COLUMNS if c in out]
    return out[keep].reset_index(drop=True)
