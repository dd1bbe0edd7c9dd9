"""Which files `kg` reads, and opening them (gzip-compressed or not).

>>> format_of(Path("feed.JSONL.gz")), format_of(Path("a.txt")), format_of(Path("a.pdf"))
(('jsonl', True), ('text', False), (None, False))
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path
from typing import BinaryIO

#: Default largest article, in bytes (a whole file, or one JSONL line).
MAX_BYTES = 10 * 1024 * 1024

#: Extension → format.
FORMATS = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}

#: What can go wrong reading a (possibly compressed) file.
READ_ERRORS = (OSError, EOFError, zlib.error)


def format_of(path: Path) -> tuple[str | None, bool]:
    """The format a file name announces, and whether it is gzip-compressed.

    >>> format_of(Path("notes.md")), format_of(Path("page.HTM.gz"))
    (('markdown', False), ('html', True))
    """
    name = path.name.lower()
    if name.endswith(".gz"):
        return FORMATS.get(Path(name[:-3]).suffix), True
    return FORMATS.get(path.suffix.lower()), False


def open_input(path: Path, compressed: bool) -> BinaryIO:
    """The file's bytes, decompressed on the fly when ``compressed``."""
    if compressed:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def read_error(err: BaseException, compressed: bool) -> str:
    """A one-line reason for a failed read.

    >>> read_error(EOFError(), compressed=True)
    'compressed data ends early (truncated gzip file)'
    """
    if compressed and isinstance(err, EOFError):
        return "compressed data ends early (truncated gzip file)"
    if compressed and isinstance(err, (gzip.BadGzipFile, zlib.error)):
        return f"not a valid gzip file ({err})"
    if isinstance(err, OSError):
        return f"cannot read: {err.strerror or err}"
    return f"cannot read: {err}"
