"""A learned second opinion on the payer and recipient the rules chose (:func:`rerank`).

For every amount, the candidates are the names of its sentence and of the sentence
before (organizations, people, funds, governments, products), the article's main
name, the names the rules chose, and «nobody» (an empty party: often right, and an
empty answer beats a wrong one). :func:`candidates` gives each a few generic features:
its kind and gazetteer sector group, the marker before it (:func:`_named`), the words
right before and after it, the first word of its clause (in Arabic news mostly the
verb), the words between it and the amount, where it stands relative to the amount and
to the role cue, the amount's role and cue word, the distance, whether it opens the
sentence, and what the rules chose. No feature holds a name.

Two listwise linear rankers (a score per candidate, a softmax over the amount's
candidates) read from ``analysis/data/party_model.json`` score each candidate as the
payer and as the recipient; :func:`rerank` (called once, at the end of
:func:`analysis.extract.parties.assign`) applies the policy stated in that file:
``fallback`` (a name where the rules name none, if the model is above its threshold),
``veto`` (a rules' name the model finds below its threshold is dropped), ``override``;
never a party as its own payer. Where the model is unsure, the rules stand.

The model is wired in as a fallback only: :func:`rerank` asks it only where the rules
leave a party open (:func:`is_open`): they name none AND do not leave it empty on purpose.
The rules mark their deliberate empties (``payer_empty`` / ``recipient_empty`` on the
amount, removed before :func:`~analysis.extract.parties.assign` returns): a group's or a
market's total, holdings, a sale's seller spoken of, a guess refused, a project's payers,
counted companies, a claim's total, a figure no clause gives a company, an investment that
goes to none, a round naming no investor, and what a company is worth, takes in or loses
(no payer). A party the file's policy does not name is left to the rules: the shipped
policy fills payers only (its recipient fallback was right 3 times in 10 on the blind
parts; ``benchmarks/ACCURACY.md``). Amounts with nothing open are skipped, and only the model of an open party is
scored: extraction time on a 2,000-article generated corpus stays within noise of the rules
alone. ``benchmarks/train_parties.py --listwise --write`` rebuilds the file (with the weights
of the parties its policy names only); see its docstring.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from analysis.extract.entities import sectors
from analysis.extract.linear import LinearModel, from_dict, softmax
from analysis.extract.parties.context import Context, _sentences_before
from analysis.extract.parties.marks import _named

NOBODY = ""
KINDS = ("org", "person", "fund", "government", "product")
SECTOR_GROUPS = {
    "investor": "investor", "venture": "investor", "bank": "investor", "sovereign": "investor",
    "finance": "investor", "big_tech": "big_tech", "ai_lab": "lab", "cloud": "compute",
    "chips": "compute", "media": "media", "project": "project", "government": "government",
    "person": "person", "product": "product",
}
_STRIP = "\"'«»“”()[]{}.:;!؟?-ـ"
_PUNCT = re.compile(r"^[\"'«»“”()\[\]{}.:;!؟?\-ـ،,]+$")
_GAP_WORDS = 4  # words of the gap between candidate and amount kept at each end
_WINDOW = 400  # names this far from the amount (characters, in its sentence or the end of the one before)
_REACH = 48  # characters looked at for the word before or after a name



def _word(w: str) -> str:
    """A word as a feature: punctuation stripped, a lone comma kept as «،»."""
    if _PUNCT.match(w):
        return "،" if ("،" in w or "," in w) else "."
    return w.strip(_STRIP).rstrip("،,") or "."


def _stem(w: str) -> str:
    """A word without a leading conjunction («وأعلنت» → «اعلنت»: the text is normalized)."""
    return w[1:] if len(w) > 3 and w[0] in "وف" else w


def _words_before(text: str, pos: int, lo: int, n: int = 1) -> list[str]:
    words = text[max(lo, pos - _REACH):pos].split()
    return [_word(w) for w in words[-n:]] if words else ["<s>"]


def _words_after(text: str, pos: int, hi: int, n: int = 1) -> list[str]:
    words = text[pos:min(hi, pos + _REACH)].split()
    return [_word(w) for w in words[:n]] if words else ["</s>"]


def _bucket(n: int) -> str:
    return "0" if n <= 1 else "2-4" if n <= 4 else "5-9" if n <= 9 else "10-19" if n <= 19 else "20+"


def _group(name: str, kind: str) -> str:
    if kind in ("person", "government", "product", "fund"):
        return kind
    return SECTOR_GROUPS.get(sectors().get(name, ""), "unknown")


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return list(value or [])


def _named_at(ctx: Context, pos: int, role: str) -> dict:
    """:func:`_named` of the sentence holding ``pos`` by start, once per sentence and role."""
    return ctx.per_sentence(pos, ("ranker named", role), lambda: {n.e.start: n for n in _named(ctx, pos, role)})


def candidates(ctx: Context, a: dict) -> list[tuple[str, list[str]]]:
    """(name, features) of each candidate party of the amount ``a`` (the rules' answer,
    ``role``, ``payer``, ``recipient`` and ``cue``, in ``a``); the first is «nobody» ("")."""
    text = ctx.text
    start, end, role = a["start"], a["end"], a["role"]
    cue = a.get("cue")
    sent = ctx.sentence(start)
    clause = ctx.clause(start)
    payers = _names(a["payer"])
    rec = a["recipient"]
    cue_word = _stem(_word(text[cue[0]:cue[1]].split()[0])) if cue is not None and text[cue[0]:cue[1]].split() else "none"
    cue_role = ctx.cue_role(start, cue) if cue is not None else "none"
    a0 = _stem(_words_after(text, clause[0], clause[1])[0])
    # Names within _WINDOW characters of the amount (bisection: a long line stays linear).
    named = _named_at(ctx, start, role)
    mentions = [(e, "sentence") for e in ctx.entities_within(start, max(sent[0], start - _WINDOW),
                                                             min(sent[1], end + _WINDOW)) if e.kind in KINDS]
    prev = next(_sentences_before(ctx, sent[0], 1), None) if start - sent[0] < _WINDOW else None
    if prev is not None:
        named = {**_named_at(ctx, prev[0], role), **named}
        mentions = [(e, "prev") for e in ctx.entities_within(prev[0], max(prev[0], prev[1] - _WINDOW), prev[1])
                    if e.kind in KINDS] + mentions
    first = next((e.name_en for e in ctx.entities(start) if e.kind in KINDS), "")
    main = ctx.main()
    common = [f"role={role}", f"cue={cue_word}", f"cuerole={cue_role}", f"a0={a0}"]
    nobody = ["nobody", f"nobody*role={role}", f"nobody*cue={cue_word}", f"nobody*a0={a0}",
              f"nobody*rules_payers={min(len(payers), 2)}", f"nobody*rules_recipient={bool(rec)}",
              f"nobody*role*rules={role}:{min(len(payers), 2)}:{bool(rec)}",
              f"nobody*names={_bucket(sum(s == 'sentence' for _, s in mentions))}",
              f"nobody*basis={a.get('recipient_basis', '')}:{'guess' if a.get('payer_guess') else ''}"]
    best: dict[str, tuple[int, list[str]]] = {}
    for e, scope in mentions:
        in_clause = scope == "sentence" and clause[0] <= e.start < clause[1]
        scope = "clause" if in_clause else scope
        after = e.start >= end
        side = "after" if after else "before"
        lo, hi = (end, e.start) if after else (e.end, start)
        gap = text[lo:hi].split() if scope != "prev" else []
        n = named.get(e.start)
        mark = "none" if n is None else n.mark or "plain"
        group = _group(e.name_en, e.kind)
        s_lo, s_hi = ctx.sentence(e.start)
        w_1 = _stem(_words_before(text, e.start, s_lo)[0])
        w1 = _words_after(text, e.end, s_hi)[0]
        c = ctx.clause(e.start) if scope != "prev" else (s_lo, s_hi)
        c0 = _stem(_words_after(text, c[0], c[1])[0])
        cue_side = "nocue" if cue is None else "before_cue" if e.end <= cue[0] else "after_cue"
        feats = [f"pos={side}", f"dist={side}:{_bucket(len(gap))}", f"scope={scope}", f"mark={mark}",
                 f"role*mark={role}:{mark}", f"kind={e.kind}", f"group={group}", f"role*group={role}:{group}",
                 f"role*pos={role}:{side}", f"cueside={cue_side}", f"role*cueside={role}:{cue_side}",
                 f"w-1={w_1}", f"w+1={w1}", f"role*w-1={role}:{w_1}", f"c0={c0}", f"c0*pos={c0}:{side}",
                 f"scope*pos={scope}:{side}", f"cue*pos={cue_word}:{side}", f"w-1*mark={w_1}:{mark}"]
        if scope != "prev":
            near = gap[:_GAP_WORDS] + gap[-_GAP_WORDS:] if len(gap) > 2 * _GAP_WORDS else gap
            feats += sorted({f"gap={side}:{_stem(_word(w))}" for w in near})
        if n is not None and n.lead:
            feats.append("lead")
        if e.name_en == first:
            feats.append("first_in_sentence")
        d = (e.start - end) if after else (start - e.end)
        if e.name_en not in best or d < best[e.name_en][0]:
            best[e.name_en] = (d, feats)
    names = list(best)
    for extra in (main, *payers, rec):
        if extra and extra not in names:
            names.append(extra)
    out = [(NOBODY, common + nobody)]
    for name in names:
        feats = list(best[name][1]) if name in best else ["scope=far", f"role*scope={role}:far"]
        feats += common
        if name == main:
            feats.append("main_entity")
        if name in payers:
            feats += ["rules_payer", f"role*rules_payer={role}", f"rules_payers={min(len(payers), 3)}"]
            if a.get("payer_guess"):
                feats.append("rules_payer_guessed")
        if name == rec:
            feats += ["rules_recipient", f"role*rules_recipient={role}",
                      f"rules_recipient_basis={a.get('recipient_basis', '')}"]
        out.append((name, feats))
    return out


@cache
def _model() -> tuple[LinearModel | None, LinearModel | None, dict] | None:
    """The payer and recipient rankers and their policy, or None without a model file (a
    party the policy leaves to the rules has no ranker in the file: None)."""
    path = Path(__file__).resolve().parents[2] / "data" / "party_model.json"
    if not path.is_file():
        return None
    d = json.loads(path.read_text(encoding="utf-8"))
    pm, rm = (from_dict(d[p], f"{path}: {p}") if p in d else None for p in ("payer", "recipient"))
    missing = [p for p, m in (("payer", pm), ("recipient", rm)) if p in d["policy"] and m is None]
    if missing:
        raise ValueError(f"{path}: the policy names {missing} but the file has no weights for it; "
                         "rebuild it with benchmarks/train_parties.py --listwise --write")
    return pm, rm, d["policy"]


def rerank(ctx: Context, amounts: list[dict],
           model: tuple[LinearModel | None, LinearModel | None, dict] | None = None,
           tap: Callable[[Context, list[tuple[dict, list, tuple[bool, bool]]]], None] | None = None) -> None:
    """Apply the learned payer and recipient rankers to the rules' answers, in place
    (``model``: by default ``analysis/data/party_model.json``; none: the rules stand).
    ``tap`` (training, ``benchmarks/train_parties.py``): called once with ``ctx`` and, for
    every amount, (amount, :func:`candidates`, :func:`is_open`); then nothing is decided."""
    if tap is not None:
        tap(ctx, [(a, candidates(ctx, a), is_open(a)) for a in amounts])
        return
    loaded = model if model is not None else _model()
    if loaded is None:
        return
    pm, rm, policy = loaded
    always = {p for p in ("payer", "recipient") if any(k in policy.get(p, {}) for k in ("override", "veto", "replace"))}
    for a in amounts:
        open_p, open_r = is_open(a)
        open_p, open_r = open_p and "payer" in policy, open_r and "recipient" in policy  # a party the policy leaves to the rules
        need_p, need_r = open_p or "payer" in always, open_r or "recipient" in always
        if not (need_p or need_r):
            continue  # the rules named both parties, or left them empty on purpose: nothing to decide
        before = (_names(a["payer"]), a["recipient"])
        a["payer"], a["recipient"] = decide(a, candidates(ctx, a), pm, rm, policy, open_p, open_r, need_p, need_r)
        # a party the model named is no party the text states: its basis says so (``model``)
        a["payer_model"] = bool(a["payer"]) and a["payer"] != before[0]
        a["recipient_model"] = bool(a["recipient"]) and a["recipient"] != before[1]


def is_open(a: dict) -> tuple[bool, bool]:
    """Whether the payer and the recipient of ``a`` are open to the fallback: the rules name
    none and do not leave it empty on purpose (``payer_empty`` / ``recipient_empty``, set by
    the rules of article.py and passes.py: a group's or market's total, holdings, a sale's
    seller spoken of, counted companies, a claim's total, a figure no clause gives a company)."""
    return (not a["payer"] and not a.get("payer_empty", False),
            not a["recipient"] and not a.get("recipient_empty", False))


def decide(a: dict, cands: list[tuple[str, list[str]]], pm: LinearModel | None, rm: LinearModel | None,
           policy: dict, open_p: bool = True, open_r: bool = True, need_p: bool = True,
           need_r: bool = True) -> tuple[list[str], str]:
    """The payers and recipient of one amount under ``policy`` (see :func:`choose`): each
    model scores every candidate, a softmax over the amount's candidates («nobody» among
    them) gives their probabilities."""
    names = [n for n, _ in cands]
    zero = [0.0] * len(cands)  # a party not to decide: the model is not asked
    pp = softmax([pm.scores(f)[0] for _, f in cands]) if need_p else zero
    pr = softmax([rm.scores(f)[0] for _, f in cands]) if need_r else zero
    return choose(_names(a["payer"]), a["recipient"], names, pp, pr, policy, open_p, open_r)


def choose(rules_p: list[str], rules_r: str, names: list[str], pp: list[float], pr: list[float],
           policy: dict, open_p: bool = True, open_r: bool = True) -> tuple[list[str], str]:
    """Combine the rules' answer with the models' scores.

    ``policy`` per party (``payer``, ``recipient``): ``fallback`` t (the model's best name
    where the rules name none, if above t and, with ``margin`` m, more than m above «nobody»), ``override`` t (the model's best name instead of
    the rules', if above t), ``replace`` t (the model alone: the names above t), ``veto`` t (the rules' name dropped if the model gives it less
    than t). A missing key or None: not applied.
    """
    def one(rules: list[str], scores: list[float], pol: dict, many: bool, other: set[str]) -> list[str]:
        score = dict(zip(names, scores))
        # The model's best name, never the other party (no one pays itself).
        k = max((i for i in range(1, len(names)) if names[i] not in other), key=lambda i: scores[i], default=None)
        top, p = (names[k], scores[k]) if k is not None else ("", 0.0)
        out = list(rules)
        t = pol.get("replace")
        if t is not None:  # the model alone: every name above t (a recipient: the best one)
            got = [n for n, x in zip(names[1:], scores[1:]) if x > t and n not in other]
            return got if many else ([top] if top and p > t else [])
        t = pol.get("override")
        if t is not None and top and p > t and top not in rules:
            return [top]
        t = pol.get("veto")
        if t is not None and rules and max(score.get(n, 1.0) for n in rules) < t:
            out = []
        t = pol.get("fallback")
        if t is not None and not rules and top and p > t and p - scores[0] > pol.get("margin", -1.0):
            out = [top]
        return out

    rec = one([rules_r] if rules_r else [], pr, policy.get("recipient", {}), False, set(rules_p))
    rec = rec if rules_r or open_r else []  # left empty on purpose (:func:`is_open`): stays empty
    payers = one(rules_p, pp, policy.get("payer", {}), True, set(rec))
    payers = payers if rules_p or open_p else []
    return payers, (rec[0] if rec else "")
