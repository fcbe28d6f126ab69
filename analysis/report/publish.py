"""Move a finished build into the output folder: exactly this build's pages, nothing lost.

The build writes everything to a staging folder first. Publishing swaps each
sub-folder (``articles/``, ``figures/``) in whole, atomically where the system can
(Linux ``renameat2(RENAME_EXCHANGE)``), so a reader never sees one corpus's pages
mixed with another's; the reports and ``index.html`` are replaced one by one
(``os.replace``). A manifest (``.report-build.json``) lists what each build wrote:
the next build removes the previous build's files it does not write again, and
keeps every other file in the folder (one the user put there is never deleted).
"""

from __future__ import annotations

import contextlib
import ctypes
import errno
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from analysis.present.links import ARTICLES_DIR

MANIFEST = ".report-build.json"
FOLDERS = ("figures", ARTICLES_DIR)
_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _ours(name: str) -> bool:
    """Whether a manifest entry names a file a build may write (and so remove)."""
    parts = PurePosixPath(name).parts
    return (
        0 < len(parts) <= 2
        and not PurePosixPath(name).is_absolute()
        and all(p not in ("", ".", "..") for p in parts)
        and (len(parts) == 1 or parts[0] in FOLDERS)
        and parts[-1] != MANIFEST
    )


def previous_build(out: Path) -> set[str]:
    """The files the last build listed in ``out``'s manifest (``folder/name`` paths).

    A missing or damaged manifest lists nothing: then nothing is removed.
    """
    try:
        files = json.loads((out / MANIFEST).read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError):
        return set()
    return {f for f in files if isinstance(f, str) and _ours(f)} if isinstance(files, list) else set()


def write_manifest(out: Path, files: Iterable[str]) -> None:
    """List ``files`` (relative to ``out``) as what the build wrote, atomically."""
    part = out / f"{MANIFEST}.part"
    part.write_text(json.dumps({"files": sorted(set(files))}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    os.replace(part, out / MANIFEST)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one step (Linux); ``False`` where the system cannot."""
    libc = ctypes.CDLL(None, use_errno=True)
    renameat2 = getattr(libc, "renameat2", None)
    if renameat2 is None:
        return False
    ok = renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0
    if not ok and ctypes.get_errno() not in (errno.EINVAL, errno.ENOSYS, errno.ENOTSUP):
        raise OSError(ctypes.get_errno(), os.strerror(ctypes.get_errno()), str(b))
    return ok


def _carry(src: Path, dst: Path) -> None:
    """Put a file the build did not write into the new folder (a hard link: no copy)."""
    if src.is_dir() and not src.is_symlink():
        shutil.copytree(src, dst, symlinks=True)
        return
    try:
        os.link(src, dst, follow_symlinks=False)
    except OSError:
        shutil.copy2(src, dst, follow_symlinks=False)


def replace_file(src: Path, dst: Path) -> None:
    """``os.replace``, or copy-then-replace when ``dst`` is on another filesystem."""
    try:
        os.replace(src, dst)
    except OSError as exc:  # the output folder is on another filesystem (a mount point)
        if exc.errno != errno.EXDEV:
            raise
        part = dst.with_name(f".{dst.name}.part")
        shutil.copyfile(src, part)
        os.replace(part, dst)


def replace_folder(staged: Path, dest: Path, previous: set[str]) -> None:
    """Make ``dest`` hold ``staged``'s files plus the files of ``dest`` no build wrote.

    Args:
        staged: the new folder, complete (consumed).
        dest: the folder in the output (created if missing).
        previous: the previous build's files (``folder/name``): those not in
            ``staged`` are removed; every other file in ``dest`` is kept.
    """
    if dest.is_symlink() or (dest.exists() and not dest.is_dir()):
        raise FileExistsError(f"{dest}: not a folder; move it away and build again")
    if not dest.exists():
        try:
            os.rename(staged, dest)
            return
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
            dest.mkdir()
    sub = dest.name
    for entry in dest.iterdir():
        if f"{sub}/{entry.name}" not in previous and not (staged / entry.name).exists():
            _carry(entry, staged / entry.name)
    old = staged.with_name(f"{staged.name}.old")
    try:
        if _exchange(staged, dest):
            shutil.rmtree(staged)  # now the old folder: its files are carried or the last build's
            return
        os.rename(dest, old)  # no atomic swap here: two renames, a moment apart
        os.rename(staged, dest)
        shutil.rmtree(old)
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
        # On another filesystem: file by file, then the previous build's leftovers.
        if old.exists() and not dest.exists():
            os.rename(old, dest)
        for f in sorted(staged.iterdir()):
            if f.is_file():
                replace_file(f, dest / f.name)
        for entry in dest.iterdir():
            if f"{sub}/{entry.name}" in previous and not (staged / entry.name).exists():
                with contextlib.suppress(FileNotFoundError):
                    entry.unlink()


def publish(staging: Path, out: Path, pages: list[str]) -> list[Path]:
    """Move a build from ``staging`` into ``out``.

    Args:
        staging: the build's folder: the pages, and ``articles/``, ``figures/``.
        out: the output folder.
        pages: the top-level pages, in order (the reports, then ``index.html``).

    Returns:
        The pages' paths in ``out``.
    """
    previous = previous_build(out)
    files = list(pages)
    for sub in FOLDERS:
        if (staging / sub).is_dir():
            files += [f"{sub}/{f.name}" for f in (staging / sub).iterdir()]
    # Listed before anything moves: an interrupted publish leaves nothing unlisted.
    write_manifest(out, previous | set(files))
    for sub in FOLDERS:
        staged = staging / sub
        if staged.is_dir() or ((out / sub).is_dir() and any(p.startswith(f"{sub}/") for p in previous)):
            staged.mkdir(exist_ok=True)
            replace_folder(staged, out / sub, previous)
    written = []
    for name in pages:
        replace_file(staging / name, out / name)
        written.append(out / name)
    for name in sorted(previous - set(files)):
        if "/" not in name:  # a report of the previous build this one does not write
            with contextlib.suppress(FileNotFoundError):
                (out / name).unlink()
    write_manifest(out, files)
    return written
