"""Untrusted HTML → safe HTML with per-block text direction.

Article text reaches a report through Markdown cells, ``text/markdown`` and
``text/html`` outputs. Everything rendered from those goes through
:func:`sanitize_html` (an ``nh3`` allowlist: structure, tables, ``dir``,
inline ``data:`` images, ``<picture>`` with inline sources; no script, event handler, frame, form, outside
image or ``javascript:`` link), then :func:`add_direction` marks each block
``dir="rtl"`` or ``dir="ltr"`` by the script most of its letters are in.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache
from html.parser import HTMLParser

import nh3

TAGS = {
    "a", "abbr", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark", "ol", "p",
    "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "source", "span", "strong",
    "sub", "summary",
    "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul", "var", "wbr",
}  # fmt: skip
# Removed together with everything inside them (the rest keep their text).
DROP_WITH_CONTENT = {
    "script", "style", "iframe", "frame", "frameset", "noscript", "noembed", "noframes",
    "template", "textarea", "select", "title", "object", "embed", "xmp", "svg", "math",
}  # fmt: skip
ATTRIBUTES = {
    "*": {"dir", "lang", "title", "class", "align", "style"},
    "a": {"href"},
    "img": {"src", "alt", "width", "height"},
    # <picture><source media srcset> chooses a chart's narrow variant on a phone;
    # srcset holds one inline image only (_filter_attribute).
    "source": {"srcset", "media", "type", "width", "height"},
    "td": {"colspan", "rowspan"},
    "th": {"colspan", "rowspan", "scope"},
    "table": {"border"},
    "col": {"span"},
    "colgroup": {"span"},
    "ol": {"start", "type"},
    "details": {"open"},
    **{f"h{i}": {"id"} for i in range(1, 7)},
}
# No position (overlays), no background/content/url() (outside requests).
STYLE_PROPERTIES = {
    "text-align", "vertical-align", "direction", "unicode-bidi", "font-weight", "font-style",
    "text-decoration", "white-space", "color", "background-color", "border", "border-collapse",
    "padding", "margin", "width", "min-width", "max-width", "height",
}  # fmt: skip
URL_SCHEMES = {"http", "https", "mailto", "data"}
_DATA_IMAGE = re.compile(r"data:image/(png|jpeg|jpg|gif|webp|svg\+xml);base64,[A-Za-z0-9+/=\s]*\Z")
_DATA_SRCSET = re.compile(r"data:image/(png|jpeg|jpg|gif|webp);base64,[A-Za-z0-9+/=]+")

# Blocks that get their own direction; text inside code does not vote.
DIRECTION_BLOCKS = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "table", "td", "th", "caption",
    "dt", "dd", "figcaption", "summary",
}  # fmt: skip
_CODE = {"code", "pre", "kbd", "samp"}
_VOID = {"br", "col", "hr", "img", "source", "wbr"}
_DIGIT = re.compile(r"\d")


def _filter_attribute(tag: str, attr: str, value: str) -> str | None:
    if attr == "src":
        # Only inline images: an outside URL would be a network request.
        return value if tag == "img" and _DATA_IMAGE.match(value.strip()) else None
    if attr == "srcset":
        # One inline image, no candidates list (a second URL could be an outside one).
        return value if tag == "source" and _DATA_SRCSET.fullmatch(value.strip()) else None
    if attr == "href" and value.strip().lower().startswith("data:"):
        return None
    return value


@lru_cache(maxsize=1)
def _cleaner() -> nh3.Cleaner:
    return nh3.Cleaner(
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=_filter_attribute,
        url_schemes=URL_SCHEMES,
        filter_style_properties=STYLE_PROPERTIES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )


def sanitize_html(fragment: str) -> str:
    """Keep only allowlisted tags and attributes of an untrusted HTML fragment.

    Args:
        fragment: HTML from a Markdown cell or an output.

    Returns:
        The fragment with scripts, event handlers, frames, forms, styles,
        ``javascript:`` links and non-``data:`` images removed.
    """
    return _cleaner().clean(fragment)


def _count(text: str) -> tuple[int, int, bool]:
    rtl = ltr = 0
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind == "L":
            ltr += 1
        elif kind in ("R", "AL"):
            rtl += 1
    return rtl, ltr, bool(_DIGIT.search(text))


def text_direction(text: str) -> str | None:
    """``"rtl"``/``"ltr"`` by the majority of strong letters, ``"ltr"`` for bare
    numbers, ``None`` when there is nothing to decide by.

    Args:
        text: plain text.

    Returns:
        ``"rtl"``, ``"ltr"`` or ``None``.
    """
    rtl, ltr, digits = _count(text)
    if rtl or ltr:
        return "rtl" if rtl >= ltr else "ltr"
    return "ltr" if digits else None


class _DirectionPass(HTMLParser):
    """Re-emit well-formed HTML, noting each direction block's text (and
    dropping images left without a source)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.out: list[str] = []
        self.stack: list[tuple[str, int | None]] = []
        self.texts: dict[int, list[str]] = {}
        self.all_text: list[str] = []
        self.code_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag == "img" and not any(k == "src" for k, _ in attrs):
            return  # its outside or unsafe source was removed: nothing to show
        self.out.append(self.get_starttag_text() or "")
        if tag in _VOID:
            return
        slot = None
        if tag in DIRECTION_BLOCKS and not any(k == "dir" for k, _ in attrs):
            slot = len(self.out) - 1
            self.texts[slot] = []
        self.stack.append((tag, slot))
        self.code_depth += tag in _CODE

    def handle_startendtag(self, tag, attrs):
        if tag == "img" and not any(k == "src" for k, _ in attrs):
            return
        self.out.append(self.get_starttag_text() or "")

    def handle_endtag(self, tag):
        self.out.append(f"</{tag}>")
        while self.stack:
            open_tag, _ = self.stack.pop()
            self.code_depth -= open_tag in _CODE
            if open_tag == tag:
                break

    def _text(self, raw: str, text: str) -> None:
        self.out.append(raw)
        if self.code_depth:
            return
        self.all_text.append(text)
        for _, slot in self.stack:
            if slot is not None:
                self.texts[slot].append(text)

    def handle_data(self, data):
        self._text(data, data)

    def handle_entityref(self, name):
        self._text(f"&{name};", html.unescape(f"&{name};"))

    def handle_charref(self, name):
        self._text(f"&#{name};", html.unescape(f"&#{name};"))

    def handle_comment(self, data):
        self.out.append(f"<!--{data}-->")


def add_direction(fragment: str, default_dir: str = "rtl") -> tuple[str, str | None]:
    """Give each paragraph, heading, list item, table and cell a ``dir``.

    Blocks that already have one keep it. Arabic-majority text is ``rtl``,
    Latin-majority text and bare numbers ``ltr``; code does not count. A table
    takes the report's direction (``default_dir``) if it holds any Arabic, so
    an Arabic report's tables read from the right even when ids or company
    names in them are Latin.

    Args:
        fragment: sanitized (well-formed) HTML.
        default_dir: the report's direction.

    Returns:
        The annotated fragment and the direction of the fragment as a whole.
    """
    parser = _DirectionPass()
    parser.feed(fragment)
    parser.close()
    out = parser.out
    for slot, parts in parser.texts.items():
        text = "".join(parts)
        direction = text_direction(text)
        if out[slot].startswith("<table") and default_dir == "rtl" and _count(text)[0]:
            direction = "rtl"
        if direction:
            tag_open = out[slot]
            cut = len(re.match(r"<[^\s/>]+", tag_open).group(0))
            out[slot] = f'{tag_open[:cut]} dir="{direction}"{tag_open[cut:]}'
    whole = text_direction("".join(parser.all_text))
    return "".join(out), whole


# In sanitized HTML (well-formed, attributes double-quoted, no nested links).
_LINK = re.compile(r'<a\b[^>]*?\shref="([^"]*)"[^>]*>(.*?)</a>', re.DOTALL)


def unlink(fragment: str, keep: Callable[[str], bool]) -> str:
    """Replace the links ``keep`` rejects by their text.

    Args:
        fragment: sanitized HTML (:func:`sanitize_html`).
        keep: ``href -> bool`` (the ``href`` unescaped).

    Returns:
        The fragment, rejected links unwrapped.
    """
    return _LINK.sub(
        lambda m: m.group(0) if keep(html.unescape(m.group(1))) else m.group(2), fragment
    )


def render_prose(
    fragment: str, default_dir: str = "rtl", keep_link: Callable[[str], bool] | None = None
) -> str:
    """Sanitize an untrusted fragment and wrap it in a block with its direction.

    Args:
        fragment: HTML rendered from Markdown, or a ``text/html`` output.
        default_dir: direction when the text has no letters or digits.
        keep_link: ``href -> bool``: links it rejects become plain text
            (default: every link the allowlist lets through stays).

    Returns:
        ``<div class="report-prose" dir="…">…</div>``.
    """
    safe = sanitize_html(fragment)
    if keep_link is not None:
        safe = unlink(safe, keep_link)
    body, whole = add_direction(safe, default_dir)
    return f'<div class="report-prose" dir="{whole or default_dir}">{body}</div>'


def escape_markdown(text: str) -> str:
    """Article text as Markdown that renders as exactly that text.

    The package's one escaper (:func:`analysis.present.markdown.md_escape_lines`):
    HTML escaped, Markdown and math marks backslash-escaped, line breaks kept,
    leading spaces dropped so indented lines do not become code blocks.

    Args:
        text: untrusted plain text.

    Returns:
        Markdown source.
    """
    from analysis.present.markdown import md_escape_lines  # pandas: loaded when first needed

    return md_escape_lines(text)
