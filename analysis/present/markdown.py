"""Safe Markdown for notebooks and reports: one escaper, citations, prose templates, lists.

Article text is untrusted. Everything taken from an article passes :func:`md_escape`
(HTML-escaped, Markdown and math marks backslash-escaped), and what this module
builds from escaped parts is marked :class:`Md` so it is not escaped twice. The
report sanitizer (``analysis.report.sanitize``) runs after this, on the HTML.

Links to article pages exist only in reports (``links=True``, a notebook parameter
the report build injects); in JupyterLab references stay plain text.
"""

from __future__ import annotations

import html
import re
import string

import pandas as pd

from analysis.present.links import article_href
from analysis.present.words import (
    format_amount,
    name,
    period_or_unknown,
    publisher_name,
    publisher_or_unknown,
    role_name,
    title_of,
    unknown,
)

# Markdown punctuation, plus $ (math in Jupyter), = and : (setext headings, autolinks);
# < > & and quotes become HTML entities (no raw HTML, no blockquote), after this.
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|~$=:])")


class Md(str):
    """Markdown that is already safe (built by this module): not escaped again."""


def md_escape(text: str) -> str:
    """Make untrusted text inert inside Markdown, on one line.

    Args:
        text: any text (an article sentence, a name, a title).

    Returns:
        The text HTML-escaped and with every Markdown mark backslash-escaped,
        line breaks turned into spaces: it renders as exactly that text.
    """
    # Markdown marks first: the entities html.escape writes (&#x27;) must stay whole.
    return html.escape(_MD_SPECIAL.sub(r"\\\1", str(text)), quote=True).replace("\n", " ")


def md_escape_lines(text: str) -> str:
    """:func:`md_escape` line by line, keeping the line breaks (a whole article body).

    Leading spaces are dropped so an indented line does not become a code block.
    """
    lines = str(text).replace("\r\n", "\n").split("\n")
    return "\n".join(md_escape(line.lstrip()) for line in lines)


_ARABIC = re.compile(r"[\u0600-\u06ff]")


def in_text(text: str, lang: str = "ar") -> Md:
    """Text from an article (a title, a name) escaped for prose in ``lang``: in English
    prose Arabic text is marked ``lang="ar"`` with its own direction, like a quotation."""
    shown = md_escape(text)
    if lang == "en" and _ARABIC.search(shown):
        return Md(f'<bdi lang="ar" dir="rtl">{shown}</bdi>')
    return Md(shown)


def named(name_en: str, lang: str = "ar") -> Md:
    """A name in the reader's language, escaped (:func:`in_text`): an unlisted company
    known only by its Arabic name stays Arabic, marked as such in English prose."""
    return in_text(name(name_en, lang) if name_en else unknown(lang), lang)


def named_list(names_en: list[str], lang: str = "ar") -> Md:
    """Several names in the reader's language, escaped, joined with «، » / ", "."""
    return Md(("، " if lang == "ar" else ", ").join(named(n, lang) for n in names_en))


def cite(row: pd.Series | dict, lang: str = "ar") -> Md:
    """«(القاهرة الإخبارية، مايو 2024)»: publisher and date of a fact's article («غير
    معروف» for what the catalog does not say)."""
    publisher = publisher_or_unknown(row.get("publisher"), lang)
    published = period_or_unknown(row.get("published"), lang)
    sep = "، " if lang == "ar" else ", "
    return Md(f"({in_text(publisher, lang)}{sep}{md_escape(published)})")


def quoted(sentence: str, lang: str = "ar") -> Md:
    """An article's sentence, escaped, in «» and marked as Arabic (``lang="ar"``), so an
    English report shows it as a quotation with its own direction."""
    text = md_escape(str(sentence).strip())
    return Md(f'<q lang="ar" dir="rtl">{text}</q>' if lang == "en" else f"«{text}»")


def quote(sentence: str) -> Md:
    """A source sentence as a Markdown blockquote, escaped."""
    return Md("> " + md_escape(sentence.strip()))


def fact_link(row, text_md: str, links: bool = False) -> Md:
    """``text_md`` (already safe Markdown) as a link to the fact's sentence.

    Args:
        row: a mention or claim row (``article_id``, ``start``, ``end``, ``publisher``).
        text_md: the link text, already safe.
        links: True in reports, where article pages exist; otherwise the text is
            returned as it is.
    """
    if not links or not row.get("article_id"):
        return Md(text_md)
    href = article_href(row["article_id"], row["start"], row["end"])
    title = md_escape(f"{publisher_name(row.get('publisher', ''))} {row.get('published', '') or ''}").replace('"', "")
    return Md(f'[{text_md}]({href} "{title.strip()}")')


def amount(row, lang: str = "ar") -> str:
    """A claim's figure in words, with its qualifier; a range (``value_max``) as both ends."""
    if "value" in row:
        return format_amount(row["value"], row.get("currency", "USD") or "USD", lang, row.get("qualifier"),
                             row.get("value_max"))
    return format_amount(row["value_usd"], "USD", lang, row.get("qualifier"), row.get("value_usd_max"))


def linked_amount(row, lang: str = "ar", links: bool = False) -> Md:
    """A claim's figure in words, bold, linked to its sentence in reports."""
    return fact_link(row, f"**{md_escape(amount(row, lang))}**", links)


def claim_line(row, lang: str = "ar", links: bool = False) -> Md:
    """One Markdown bullet: figure (a link to its sentence in reports), role, source,
    and the quoted sentence (escaped)."""
    return Md(f"- {linked_amount(row, lang, links)} — {md_escape(role_name(row['role'], lang))} "
              f"{cite(row, lang)}: {quoted(row['sentence'], lang)}")


# JupyterLab pins paragraphs to text-align: left (jupyterlab#1163): an Arabic paragraph is
# right-aligned only by a style on the <p> itself, which Lab's sanitizer and ours keep.
RTL_PARAGRAPH = '<p dir="rtl" style="text-align: right">'


def _wrap(body: str, lang: str, cls: str = "") -> Md:
    """``body`` (safe Markdown) in a block of the reader's direction. Arabic is rendered
    to HTML here so that each paragraph carries its own alignment (:data:`RTL_PARAGRAPH`)."""
    klass = f' class="{cls}"' if cls else ""
    if lang != "ar":
        return Md(f'<div dir="ltr"{klass}>\n\n{body}\n\n</div>')
    import mistune

    html = mistune.create_markdown(escape=False)(body).replace("<p>", RTL_PARAGRAPH)
    return Md(f'<div dir="rtl"{klass}>\n{html}</div>')


class _Values(string.Formatter):
    def format_field(self, value, format_spec):
        # Values reach Markdown escaped (but for Markdown this module built); the
        # template itself is the notebook's prose.
        return value if isinstance(value, Md) else md_escape(format(value, format_spec))


def say(template: str | dict, lang: str = "ar", **values) -> Md:
    """Fill a prose template with computed values (escaped) and wrap it for direction.

    The notebook writes the sentence, in one language or as ``{"ar": …, "en": …}``;
    every number in it comes in as a value. Returns Markdown, to show with
    ``IPython.display.Markdown``.
    """
    if isinstance(template, dict):
        template = template["en" if lang == "en" else "ar"]
    return _wrap(_Values().format(template, **values), lang)


def bullets(lines: list[str], lang: str = "ar", empty: str | dict | None = None) -> Md:
    """Markdown bullets (already escaped by their makers) wrapped for direction; with no
    lines, the ``empty`` sentence (one language or ``{"ar": …, "en": …}``)."""
    if not lines:
        if isinstance(empty, dict):
            empty = empty["en" if lang == "en" else "ar"]
        lines = [md_escape(empty or ("لا شيء في هذه المقالات." if lang == "ar" else "Nothing in these articles."))]
    return _wrap("\n".join(lines), lang)


def sources_list(rows: pd.DataFrame, lang: str = "ar", labels: list[str] | None = None,
                 links: bool = False) -> Md:
    """A compact, numbered list of the facts behind a chart: figure, source, sentence.

    ``labels`` name the chart's bars in order (default: the surfaces).
    """
    head = "المصادر" if lang == "ar" else "Sources"
    lines = []
    for i, (_, row) in enumerate(rows.iterrows()):
        label = labels[i] if labels is not None and i < len(labels) else row["surface"]
        figure = fact_link(row, f"**{md_escape(label)}**", links)
        lines.append(f"{i + 1}. {figure} {cite(row, lang)}: {quoted(row['sentence'], lang)}")
    body = "\n".join(lines) if lines else ("لا مصادر." if lang == "ar" else "No sources.")
    return _wrap(f"**{head}**\n\n{body}", lang, "sources")


def articles_list(corpus: pd.DataFrame, lang: str = "ar", only=None, links: bool = False) -> Md:
    """The articles behind a count chart: each a link to its page (in reports), where
    every counted mention is marked."""
    head = "المقالات" if lang == "ar" else "Articles"
    rows = corpus if only is None else corpus[corpus["article_id"].isin(set(only))]
    lines = []
    for _, row in rows.iterrows():
        title = f"**{in_text(title_of(row, lang), lang)}**"
        if links:
            title = f"[{title}]({article_href(row['article_id'])})"
        lines.append(f"- {title} {cite(row, lang)}")
    return _wrap(f"**{head}**\n\n" + "\n".join(lines), lang, "sources")
