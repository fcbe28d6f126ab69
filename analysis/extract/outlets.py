"""The outlet that published an article, among the names found in it.

A web page names its own site: in its dateline («وام - أعلنت …»), a source label, a header,
a sentence about itself. That is not a name the story cites, and a table of who is named
in a corpus would count the outlet once for every article it published (convention C10 of
``benchmarks/ANNOTATION.md``). Another outlet cited as a source («ذكرت رويترز») stays.

The article's own outlet is known from its catalog row: the publisher («سانا», «سكاي نيوز
عربية (skynewsarabia.com)») and the URL's host. A name found in the text is that outlet when

* its normalized Arabic spelling is the publisher's Arabic name, or that name's first words
  («إرم» of «إرم نيوز» is not enough: one word must be the whole name); or
* its Latin letters and digits («Lebanon 24» → ``lebanon24``) are the site's name in the
  publisher or the URL's host (``lebanon24.com`` → ``lebanon24``), give or take a web
  suffix (``investingcom`` and ``investing``, ``aljazeeranet`` and ``aljazeera``; not
  ``cnbc`` and ``cnbcarabia``: a network cited on its regional site).

Only an organization can be the outlet: the country «لبنان» on «لبنان 24» stays.

With no publisher and no URL (a folder of text files without a catalog), nothing is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

from analysis.text.normalize import normalize

_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PAREN = re.compile(r"^(.*?)\s*\(([^()]*)\)\s*$")  # «سانا (sana.sy)»
_HOST_PREFIX = re.compile(r"^(?:www\d?|ar|arabic|m|amp|mobile|api|news)\.")
_NOT_LATIN_KEY = re.compile(r"[^a-z0-9]")
_LATIN_WORDS = re.compile(r"[A-Za-z][A-Za-z0-9.\-]*[A-Za-z0-9]")  # «Investing.com» in «Investing.com السعودية»
_SITE_SUFFIXES = ("com", "net", "org", "info", "news", "online", "tv")  # «Investing.com», «Al Jazeera Net»


@dataclass(frozen=True)
class Outlet:
    """What an article's catalog row says of the site that published it."""

    arabic: tuple[str, ...]  # normalized Arabic names («سانا»)
    latin: tuple[str, ...]  # Latin keys: letters and digits, lower case («sana»)

    def __bool__(self) -> bool:
        return bool(self.arabic or self.latin)


def _latin_key(s: str) -> str:
    return _NOT_LATIN_KEY.sub("", s.lower())


def _host_key(host: str) -> str:
    """``www.lebanon24.com`` → ``lebanon24``: the site's name in a host."""
    host = host.strip().lower().split(":")[0]
    while _HOST_PREFIX.match(host):
        host = _HOST_PREFIX.sub("", host, count=1)
    return _latin_key(host.split(".")[0]) if "." in host else ""


@lru_cache(maxsize=4096)
def outlet(publisher: str, url: str) -> Outlet:
    """The outlet of an article, from its catalog ``publisher`` and ``url`` (either may be "")."""
    arabic: set[str] = set()
    latin: set[str] = set()
    publisher = (publisher or "").strip()
    m = _PAREN.match(publisher)
    for part in (m.group(1), m.group(2)) if m else (publisher,):
        part = part.strip()
        if not part:
            continue
        if _ARABIC.search(part):
            arabic.add(normalize(part).strip())
            latin.update(_host_key(w) if "." in w else _latin_key(w) for w in _LATIN_WORDS.findall(part))
        elif "." in part and " " not in part:  # a domain as the publisher («sana.sy»)
            latin.add(_host_key(part))
        else:
            latin.add(_latin_key(part))
    if url:
        try:
            latin.add(_host_key(urlsplit(str(url)).netloc))
        except ValueError:  # not a URL: nothing to learn from it
            pass
    return Outlet(tuple(sorted(a for a in arabic if a)), tuple(sorted(k for k in latin if len(k) >= 3)))


def _latin_same(key: str, site: str) -> bool:
    if len(key) < 3:
        return False
    short, long_ = sorted((key, site), key=len)
    return long_ == short or (long_.startswith(short) and long_[len(short):] in _SITE_SUFFIXES)


@lru_cache(maxsize=1 << 16)  # an article names the same few names many times, a corpus the same sites
def is_own_outlet(site: Outlet, name_en: str, surface: str, kind: str = "org") -> bool:
    """Is a name found in the article (its canonical ``name_en``, its normalized
    ``surface`` and its kind) the outlet that published the article? Only an organization
    can be: a country or a person named like a site («لبنان» on «لبنان 24») is not."""
    if not site or kind != "org":
        return False
    if site.arabic and _ARABIC.search(surface):
        s = surface.strip()
        for name in site.arabic:
            if s == name or (" " in s and name.startswith(s + " ")):
                return True
    if site.latin:
        keys = {_latin_key(name_en), _latin_key(surface)} - {""}
        return any(_latin_same(k, s) for k in keys for s in site.latin)
    return False


def without_own_outlet(site: Outlet, text: str, mentions: list) -> list:
    """``mentions`` (entity mentions of the normalized ``text``: ``start``, ``end``,
    ``name_en``, ``kind``) without those of the article's own outlet ``site``."""
    if not site:
        return mentions
    return [e for e in mentions if e.kind != "org" or not is_own_outlet(site, e.name_en, text[e.start:e.end])]
