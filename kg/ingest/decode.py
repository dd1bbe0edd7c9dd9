"""Bytes to text: byte-order marks, binary files and encoding errors, said precisely.

>>> decode_text(b"\\xef\\xbb\\xbfHuawei", "a.txt")
'Huawei'
>>> decode_text(b"caf\\xe9", "a.txt")
Traceback (most recent call last):
...
kg.errors.InputError: a.txt: not UTF-8 (byte 0xe9 at offset 3); convert the file to UTF-8
"""

from __future__ import annotations

import codecs
import re

from kg.errors import InputError

#: Byte-order marks we accept, longest first (UTF-32 LE starts like UTF-16 LE).
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def sniff_bom(data: bytes) -> tuple[str | None, int]:
    """The encoding a byte-order mark at the start of ``data`` announces, and its length.

    >>> sniff_bom(b"\\xff\\xfeH\\x00")
    ('utf-16-le', 2)
    >>> sniff_bom(b"plain")
    (None, 0)
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding, len(bom)
    return None, 0


def decode_text(data: bytes, path: str, *, encoding: str | None = None) -> str:
    """Decode a whole file's bytes to text, or raise :class:`InputError` saying why not.

    A BOM wins; otherwise ``encoding`` (default UTF-8). NUL bytes without a BOM mean
    a binary file; a decoded NUL character means the same. Line ends become ``\\n``.

    >>> decode_text(b"a\\r\\nb", "x.txt")
    'a\\nb'
    >>> decode_text(b"PK\\x03\\x04\\x00", "x.txt")
    Traceback (most recent call last):
    ...
    kg.errors.InputError: x.txt: binary file (NUL byte at offset 4), not text
    """
    bom_encoding, skip = sniff_bom(data)
    if bom_encoding is None and not nul_bytes_are_text(encoding):
        nul = data.find(b"\x00")
        if nul >= 0:
            if looks_like_utf16(data):
                raise InputError(path, "looks like UTF-16 without a byte-order mark; save as UTF-8")
            raise InputError(path, f"binary file (NUL byte at offset {nul}), not text")
    chosen = bom_encoding or encoding or "utf-8"
    try:
        text = data[skip:].decode(chosen)
    except UnicodeDecodeError as err:
        bad = err.object[err.start : err.start + 1]
        offset = err.start + skip
        if chosen.replace("_", "-").lower() in ("utf-8", "utf8"):
            raise InputError(
                path,
                f"not UTF-8 (byte 0x{bad.hex()} at offset {offset}); convert the file to UTF-8",
            ) from err
        raise InputError(
            path, f"not valid {chosen} (byte 0x{bad.hex()} at offset {offset})"
        ) from err
    except LookupError as err:
        raise InputError(path, f"unknown encoding {chosen!r}") from err
    nul_char = text.find("\x00")
    if nul_char >= 0:
        raise InputError(path, f"binary file (NUL character at position {nul_char}), not text")
    return normalise_newlines(text)


def nul_bytes_are_text(encoding: str | None) -> bool:
    """Whether ``encoding`` writes plain text with NUL bytes (UTF-16, UTF-32), so that a
    NUL byte says nothing about a file named to be in it (``kg build --encoding``).

    >>> nul_bytes_are_text("utf-16-le"), nul_bytes_are_text("latin-1"), nul_bytes_are_text(None)
    (True, False, False)
    >>> decode_text("5G".encode("utf-16-be"), "a.txt", encoding="utf-16-be")
    '5G'
    """
    if encoding is None:
        return False
    try:
        return b"\x00" in "a".encode(encoding)
    except (LookupError, UnicodeError, ValueError):
        return False


def looks_like_utf16(data: bytes) -> bool:
    """ASCII-range text in UTF-16: every other byte of the start is NUL, the rest not.

    >>> looks_like_utf16("Huawei makes 5G gear".encode("utf-16-be"))
    True
    >>> looks_like_utf16(b"PK\\x03\\x04\\x00\\x00\\x08\\x00")
    False
    """
    head = data[:512]
    if len(head) < 8:
        return False
    for parity in (0, 1):
        zeros = head[parity::2]
        others = head[1 - parity :: 2]
        if zeros.count(0) >= 0.9 * len(zeros) and others.count(0) <= 0.1 * len(others):
            return True
    return False


# C0 controls other than tab and newline become spaces (same length, so offsets hold):
# they are never meaningful in prose and some RDF formats cannot carry them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def strip_controls(text: str) -> str:
    """Control characters (not tab or newline) as spaces.

    >>> strip_controls("a\\x0cb\\tc")
    'a b\\tc'
    """
    return _CONTROL.sub(" ", text)


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``, so offsets mean the same on every OS.

    >>> normalise_newlines("a\\r\\nb\\rc")
    'a\\nb\\nc'
    """
    return text.replace("\r\n", "\n").replace("\r", "\n")
