"""Find lines of our files that repeat seven words in a row of a development-corpus text.

The corpus excerpts are third-party text and must not be copied into the repository, not
even as a test sentence or a comment. A test sentence that shows the same construction in
our own words shares short phrases with news («مليار دولار في جولة تمويل») but rarely seven
words in a row; a copied clause does. Run before committing, with the corpus restored:

    python -m benchmarks.overlap DEVCORPUS [FILE ...]

Without files, every tracked text file of the repository is checked except the bundled
seeds (``seeds/``, the four articles we ship by design) and the annotation files, which
hold the surfaces of the spans they annotate. Words are compared without
diacritics or tatweel; a line that shares nine words in a row once numbers are left out is a
copy too (a clause copied with its figures changed). Exit status 1 when a line is found, with its file, line number and
the shared words.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
N = 7
N_FIGURES_CHANGED = 9  # the run a line must share once numbers are left out (a copy with its figures changed)
_WORD = re.compile(r"\w+")  # letters and digits: Arabic punctuation («،» «؛») is no word
_MARKS = re.compile(r"[\u064B-\u065F\u0670\u0640]")
# The seeds are articles we ship by design; the annotation files hold the surfaces of the
# spans they annotate (names, amounts), by design too.
_SKIP = ("seeds/", "figures/", "reports/", "benchmarks/devcorpus.jsonl", "benchmarks/adjudication",
         "benchmarks/agreement.jsonl")  # "adjudication": every session's list (adjudication15.jsonl, …)
_TEXT = (".py", ".md", ".json", ".jsonl", ".csv", ".txt", ".ipynb", ".toml", ".html", ".j2", ".tpl")


def words(text: str, numbers: bool = True) -> list[str]:
    """The text's words, lower-cased, without Arabic diacritics or tatweel (and, with
    ``numbers=False``, without the words that hold a digit)."""
    found = [w.lower() for w in _WORD.findall(_MARKS.sub("", text))]
    return found if numbers else [w for w in found if not any(c.isdigit() for c in w)]


def shingles(seq: list[str], n: int = N) -> set[tuple[str, ...]]:
    return {tuple(seq[i:i + n]) for i in range(len(seq) - n + 1)}


def corpus_texts(folder: str | Path) -> list[str]:
    """The texts of ``folder/articles/*.txt`` (or ``folder/*.txt``), read once for every check."""
    folder = Path(folder)
    files = sorted((folder / "articles").glob("*.txt")) or sorted(folder.glob("*.txt"))
    if not files:
        raise SystemExit(f"{folder}: no texts (expected articles/*.txt); restore the corpus first "
                         "(python -m benchmarks.devcorpus todo ...)")
    return [path.read_text(encoding="utf-8") for path in files]


def corpus_shingles(folder: str | Path | list[str], n: int = N, numbers: bool = True) -> set[tuple[str, ...]]:
    """Every run of ``n`` words in the corpus texts (a folder, see :func:`corpus_texts`, or the
    texts already read); with ``numbers=False``, of its words without the numbers."""
    texts = folder if isinstance(folder, list) else corpus_texts(folder)
    found: set[tuple[str, ...]] = set()
    for text in texts:
        found |= shingles(words(text, numbers), n)
    return found


def overlaps(path: Path, known: set[tuple[str, ...]], n: int = N, numbers: bool = True) -> list[tuple[int, str]]:
    """(line number, shared words) for each line of ``path`` sharing a run of ``n`` words
    (of its words without numbers, with ``numbers=False``: ``known`` made the same way)."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        shared = [s for s in shingles(words(line, numbers), n) if s in known]
        if shared:
            out.append((number, " ".join(shared[0])))
    return out


def tracked_files() -> list[Path]:
    names = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()
    return [ROOT / name for name in names if name.endswith(_TEXT) and not name.startswith(_SKIP)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.overlap", description=__doc__.splitlines()[0])
    parser.add_argument("devcorpus", help="the restored development corpus folder")
    parser.add_argument("files", nargs="*", help="files to check (default: every tracked text file)")
    args = parser.parse_args(argv)
    texts = corpus_texts(args.devcorpus)
    known = corpus_shingles(texts)
    known_bare = corpus_shingles(texts, N_FIGURES_CHANGED, numbers=False)
    files = [Path(f) for f in args.files] or tracked_files()
    count = 0
    for path in files:
        found = dict(overlaps(path, known_bare, N_FIGURES_CHANGED, numbers=False))
        found.update(overlaps(path, known))
        for number in sorted(found):
            count += 1
            print(f"{path}:{number}: «{found[number]}»")
    print(f"{count} line(s) share {N} words in a row with the corpus, or {N_FIGURES_CHANGED} once numbers are "
          f"left out ({len(files)} files checked)")
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
