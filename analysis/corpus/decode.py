"""File bytes → text: the size limit, NUL bytes, the encoding, each refused with the fix."""

from __future__ import annotations

from pathlib import Path

from analysis.corpus.errors import CorpusError

DEFAULT_MAX_BYTES = 10_000_000


def _is_utf8(encoding: str) -> bool:
    return encoding.lower().replace("_", "-") in ("utf-8", "utf8", "utf-8-sig")


def decode(path: Path, data: bytes, encoding: str = "utf-8") -> str:
    """Decode a file's bytes, refusing binary data and naming a likely encoding.

    Args:
        path: the file (for the message).
        data: its bytes.
        encoding: the encoding to decode with; a UTF-8 byte-order mark is dropped.

    Returns:
        The text.

    Raises:
        CorpusError: a NUL byte (binary or UTF-16) or bytes that are not ``encoding``.
    """
    nul = data.find(b"\x00")
    if nul >= 0:
        raise CorpusError(
            f"{path}: contains a NUL byte at offset {nul}; this looks like a binary file "
            "or UTF-16 text, not a UTF-8 article"
        )
    try:
        if _is_utf8(encoding):
            # A BOM is part of the encoding, not of the text.
            return data.decode("utf-8-sig")
        return data.decode(encoding)
    except LookupError:
        raise CorpusError(f"{path}: unknown encoding {encoding!r}") from None
    except UnicodeDecodeError as exc:
        hint = ""
        if _is_utf8(encoding):
            try:
                sample = data.decode("cp1256")
                if sum("\u0621" <= c <= "\u064a" for c in sample) > len(sample) // 5:
                    hint = (" It looks like Windows Arabic: pass --encoding cp1256 on the command "
                            "line (encoding='cp1256' in Python).")
            except UnicodeDecodeError:
                pass
            hint = hint or (" If the file uses another encoding, pass --encoding NAME on the command "
                            "line (encoding=... in Python); cp1256 is common for Arabic.")
        raise CorpusError(
            f"{path}: not valid {encoding} (byte {exc.start}: {data[exc.start:exc.start + 4]!r}).{hint}"
        ) from None


def read_bytes(path: Path, max_bytes: int | None = DEFAULT_MAX_BYTES) -> bytes:
    """A file's bytes, refused when it is missing or larger than ``max_bytes``.

    Raises:
        CorpusError: no such file, or over the limit (the message says how to lift it).
    """
    if not path.is_file():
        raise CorpusError(f"{path}: no such file")
    size = path.stat().st_size
    if max_bytes is not None and size > max_bytes:
        raise CorpusError(
            f"{path}: {size:,} bytes is over the limit of {max_bytes:,}; split it, or raise the "
            f"limit with --max-bytes {size} on the command line (max_bytes= in Python)"
        )
    return path.read_bytes()


def read_text(path: Path, encoding: str = "utf-8", max_bytes: int | None = DEFAULT_MAX_BYTES) -> str:
    """:func:`read_bytes` then :func:`decode`; an empty (or blank) file is an error."""
    text = decode(path, read_bytes(path, max_bytes), encoding)
    if not text.strip():
        raise CorpusError(f"{path}: the file is empty")
    return text
