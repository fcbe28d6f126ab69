"""Article pages: what a figure's link in a report opens.

A report ships one page per article (``articles/<page_file(article_id)>``): the raw
text, escaped and right-to-left, with every extracted mention marked by kind and
every sentence addressable. A figure in a report links to
``articles/<id>.html#m-<start>-<end>`` (:mod:`analysis.present.links`); the page
highlights that mention and its sentence with CSS ``:target`` alone (no script),
and the browser scrolls to it.
"""

from __future__ import annotations

import html
from functools import cache
from itertools import pairwise
from pathlib import Path

import pandas as pd
from markupsafe import Markup

from analysis.corpus.load import boilerplate_spans
from analysis.present.links import ARTICLES_DIR, article_href, mention_id, page_file  # noqa: F401 (article_href: re-exported for the build)
from analysis.present.markdown import amount
from analysis.present.words import (
    arrow,
    column_name,
    missing,
    name,
    period_or_unknown,
    publisher_or_unknown,
    role_name,
    title_of,
)
from analysis.text.sentences import sentence_spans

_TEMPLATES = Path(__file__).resolve().parent / "templates"
_STATIC = Path(__file__).resolve().parent / "static"
KIND_ORDER = {"money": 0, "date": 1, "org": 2, "fund": 2, "government": 2, "person": 3, "product": 4, "place": 5}
KIND_NAMES = {
    "money": ("مبلغ مالي", "money"), "date": ("تاريخ", "date"), "org": ("مؤسسة", "organization"),
    "person": ("شخص", "person"), "product": ("منتج", "product"), "place": ("مكان", "place"),
    "fund": ("صندوق استثمار", "fund"), "government": ("جهة حكومية", "government"),
}


# Roles of what a company is worth, earns or loses: no money moves, and the «recipient» of
# the money table is the company the figure is about («الجهة: شل», not «المتلقي: شل»).
_ABOUT_ROLES = frozenset(("valuation", "market_value", "revenue", "loss"))


def _parties(payer, recipient, lang: str, role: str = "") -> str:
    """«payer ← recipient» (→ in English) when the text names both; one named side with its
    column name («المتلقي: OpenAI»; «الجهة: …» for a worth, revenue or loss); "" when
    neither is known. Several payers are listed."""
    sep = "، " if lang == "ar" else ", "
    payers = "" if missing(payer) else sep.join(name(p, lang) for p in str(payer).split("; "))
    recipient = "" if missing(recipient) else name(str(recipient), lang)
    if payers and recipient:
        return f"{payers} {arrow(lang)} {recipient}"
    if payers or recipient:
        side = "payer" if payers else ("subject" if role in _ABOUT_ROLES else "recipient")
        return f"{column_name(side, lang)}: {payers or recipient}"
    return ""


def amount_tooltip(row, lang: str = "ar") -> str:
    """What the highlighted amount's tooltip says: the amount as the reports write it
    (:func:`analysis.present.markdown.amount`), its role, and payer → recipient where known.

    «40 مليار دولار — جمع تمويل — سوفت بنك ← أوبن إيه آي» / "$40bn — raise — SoftBank → OpenAI".
    Plain text: the page escapes it into the ``title`` attribute.
    """
    parts = [amount(row, lang)]
    role = row.get("role")
    if not missing(role):
        parts.append(role_name(str(role), lang))
    who = _parties(row.get("payer"), row.get("recipient"), lang, "" if missing(role) else str(role))
    if who:
        parts.append(who)
    return " — ".join(parts)


def _mentions_of(article_id: str, extracted: dict[str, pd.DataFrame],
                 lang: str = "ar") -> list[tuple[int, int, str, str]]:
    """(start, end, kind, tooltip) for one article, overlaps resolved (money first)."""
    found = []
    money = extracted.get("money")
    if money is not None and len(money):
        for r in money[money["article_id"] == article_id].to_dict("records"):
            found.append((r["start"], r["end"], "money", amount_tooltip(r, lang)))
    dates = extracted.get("dates")
    if dates is not None and len(dates):
        for r in dates[dates["article_id"] == article_id].itertuples():
            found.append((r.start, r.end, "date", str(getattr(r, "resolved", "") or "")))
    ents = extracted.get("entities")
    if ents is not None and len(ents):
        for r in ents[ents["article_id"] == article_id].itertuples():
            found.append((r.start, r.end, r.kind, r.name_en))
    found.sort(key=lambda m: (KIND_ORDER.get(m[2], 9), m[0], -(m[1] - m[0])))
    kept: list[tuple[int, int, str, str]] = []
    for m in found:
        if all(m[1] <= k[0] or m[0] >= k[1] for k in kept):
            kept.append(m)
    return sorted(kept)


def _render_line(raw: str, a: int, b: int, sentences, mentions, boiler) -> str:
    """One line of the article as HTML: sentences as spans, mentions as marks."""
    cuts = {a, b}
    for s, e in sentences:
        if s < b and e > a:
            cuts.update((max(s, a), min(e, b)))
    for s, e, *_ in mentions:
        if s < b and e > a:
            cuts.update((max(s, a), min(e, b)))
    for s, e in boiler:
        if s < b and e > a:
            cuts.update((max(s, a), min(e, b)))
    points = sorted(cuts)
    out = []
    sent_open = None
    for x, y in pairwise(points):
        sent = next(((s, e) for s, e in sentences if s <= x and y <= e), None)
        if sent != sent_open:
            if sent_open is not None:
                out.append("</span>")
            if sent is not None:
                out.append(f'<span class="sentence" id="s-{sent[0]}-{sent[1]}">')
            sent_open = sent
        text = html.escape(raw[x:y].replace("\r", ""), quote=True)
        mention = next((m for m in mentions if m[0] == x and m[1] == y), None)
        inside = next((m for m in mentions if m[0] <= x and y <= m[1]), None)
        if any(s <= x and y <= e for s, e in boiler):
            out.append(f'<span class="boilerplate">{text}</span>')
        elif mention is not None or inside is not None:
            m = mention or inside
            out.append(f'<mark class="{m[2]}" id="{mention_id(m[0], m[1])}" '
                       f'title="{html.escape(m[3], quote=True)}">{text}</mark>')
        else:
            out.append(text)
    if sent_open is not None:
        out.append("</span>")
    return "".join(out)


def article_page(row: pd.Series, extracted: dict[str, pd.DataFrame], lang: str = "ar",
                 index_href: str = "../index.html") -> str:
    """A self-contained, script-free HTML page of one article with its mentions marked.

    Args:
        row: a corpus row (``article_id``, ``raw``, catalog columns).
        extracted: ``{"money": …, "dates": …, "entities": …}`` from the extractors.
        lang: language of the page furniture.
        index_href: link back to the report index.
    """
    raw = row["raw"]
    aid = str(row["article_id"])
    boiler = row["boilerplate"] if "boilerplate" in row and isinstance(row["boilerplate"], list) else boilerplate_spans(raw)
    sentences = sentence_spans(raw)
    mentions = _mentions_of(aid, extracted, lang)
    lines, pos = [], 0
    for line in raw.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if line.strip():
            lines.append(_render_line(raw, a, b, sentences, mentions, boiler))
    kinds = sorted({m[2] for m in mentions}, key=lambda k: (KIND_ORDER.get(k, 9), k))
    # Each metadata part isolated (<bdi>) in the page's direction: «موقع Downcodes · 2024» reads in order.
    parts = [publisher_or_unknown(row.get("publisher"), lang), period_or_unknown(row.get("published"), lang)]
    return _template().render(
        lang=lang, direction="rtl" if lang == "ar" else "ltr", title=title_of(row, lang), article_id=aid,
        index_href=index_href, back="العودة إلى التقارير" if lang == "ar" else "Back to the reports",
        meta=parts, legend=[(k, KIND_NAMES.get(k, (k, k))[0 if lang == "ar" else 1]) for k in kinds],
        lines=[Markup(line) for line in lines], css=Markup(_css()),
    )


@cache
def _css() -> str:
    from analysis.report.fonts import FONT_STACK

    return f":root{{--report-font:{FONT_STACK}}}\n" + (_STATIC / "article.css").read_text(encoding="utf-8")


@cache
def _template():
    import jinja2

    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(_TEMPLATES)), autoescape=True,
                             keep_trailing_newline=True)
    return env.get_template("article.html.j2")


def write_article_pages(corpus: pd.DataFrame, extracted: dict[str, pd.DataFrame], out_dir,
                        lang: str = "ar") -> list:
    """Write ``<out_dir>/articles/<id>.html`` for every article; returns the paths."""
    from pathlib import Path

    folder = Path(out_dir) / ARTICLES_DIR
    folder.mkdir(parents=True, exist_ok=True)
    # Split each table by article once: filtering whole tables per page would make
    # a large corpus quadratic.
    kinds = ("money", "dates", "entities")
    split = {k: dict(tuple(extracted[k].groupby("article_id", sort=False)))
             for k in kinds if extracted.get(k) is not None and len(extracted[k])}
    paths = []
    for _, row in corpus.iterrows():
        own = {k: parts[row["article_id"]] for k, parts in split.items() if row["article_id"] in parts}
        path = folder / page_file(row["article_id"])
        path.write_text(article_page(row, own, lang), encoding="utf-8")
        paths.append(path)
    return paths
