"""JSON lines: one article a line, read as a stream (never the whole file at once).

Each line is an object with ``text`` and optional ``title``, ``date``, ``url`` (or
``source``), ``license`` and ``id``. A bad line is one :class:`InputError` value naming
the line; the lines after it are still read.

>>> import pathlib, tempfile
>>> f = pathlib.Path(tempfile.mkdtemp()) / "feed.jsonl"
>>> _ = f.write_text('{"text": "ZTE paid.", "url": "https://www.justice.gov/zte"}\\n{oops\\n')
>>> for item in read_jsonl(f, "feed", 1000, None):
...     print(item.id if isinstance(item, Article) else item.reason[:25])
justice-gov-zte
line 2: invalid JSON (Exp
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.ingest.decode import (
    looks_like_utf16,
    normalise_newlines,
    nul_bytes_are_text,
    sniff_bom,
    strip_controls,
)
from kg.ingest.files import READ_ERRORS, open_input, read_error
from kg.ingest.meta import normalise_date, slugify
from kg.model import Article


def read_jsonl(
    path: Path, stem_id: str, max_bytes: int, encoding: str | None, compressed: bool = False
) -> Iterator[Article | InputError]:
    """The articles of a JSONL file, and a reason for each line that is not one.

    Ids: the line's ``id``, else its URL without scheme and ``www.``, else
    ``<stem_id>-<line number>``.
    """
    name = str(path)
    try:
        fh = open_input(path, compressed)
    except OSError as err:
        yield InputError(name, read_error(err, compressed))
        return
    with fh:
        try:
            head = fh.read(8192)
        except READ_ERRORS as err:
            yield InputError(name, read_error(err, compressed))
            return
        bom_encoding, skip = sniff_bom(head)
        if bom_encoding is None and b"\x00" in head and not nul_bytes_are_text(encoding):
            nul = head.index(b"\x00")
            if looks_like_utf16(head):
                yield InputError(name, "looks like UTF-16 without a byte-order mark; save as UTF-8")
            else:
                yield InputError(name, f"binary file (NUL byte at offset {nul}), not JSON lines")
            return
        if not head:
            yield InputError(name, "empty file")
            return
        fh.seek(skip)
        chosen = bom_encoding or encoding or "utf-8"
        any_article = False
        lines = _lines(fh, chosen, max_bytes, name)
        while True:
            try:
                lineno, line = next(lines)
            except StopIteration:
                break
            except READ_ERRORS as err:  # a damaged gzip stream
                yield InputError(name, read_error(err, compressed) + "; reading stops")
                return
            if isinstance(line, InputError):
                yield line
                continue
            try:
                article = _json_article(line, name, lineno, stem_id)
            except InputError as err:
                yield err
                continue
            if article is not None:
                any_article = True
                yield article
        if not any_article:
            yield InputError(name, 'no articles (no line with a "text" field)')


def _lines(
    fh: BinaryIO, encoding: str, max_bytes: int, name: str
) -> Iterator[tuple[int, str | InputError]]:
    """Decoded lines of a stream, read one at a time, never more than ``max_bytes``."""
    utf8 = encoding.replace("_", "-").lower() in ("utf-8", "utf8")
    lineno = 0
    if not utf8:
        # Multi-byte encodings (UTF-16 with a BOM…) are decoded as a stream; an error
        # ends the file because the line boundaries after it are unknown.
        stream = io.TextIOWrapper(fh, encoding=encoding, errors="strict", newline="")
        while True:
            try:
                text = stream.readline(max_bytes + 1)
            except UnicodeDecodeError as err:
                bad = err.object[err.start : err.start + 1].hex()
                reason = f"line {lineno + 1}: not valid {encoding} (byte 0x{bad}); reading stops"
                yield lineno + 1, InputError(name, reason)
                return
            except LookupError:
                yield 1, InputError(name, f"unknown encoding {encoding!r}")
                return
            if not text:
                return
            lineno += 1
            if len(text) > max_bytes and not text.endswith("\n"):
                while (rest := stream.readline(1 << 20)) and not rest.endswith("\n"):
                    pass
                yield (
                    lineno,
                    InputError(name, f"line {lineno}: too large (over {max_bytes} characters)"),
                )
                continue
            yield lineno, normalise_newlines(text)
        return
    while True:
        offset = fh.tell()
        raw = fh.readline(max_bytes + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            while (more := fh.readline(1 << 20)) and not more.endswith(b"\n"):
                pass
            yield lineno, InputError(name, f"line {lineno}: too large (over {max_bytes} bytes)")
            continue
        try:
            yield lineno, normalise_newlines(raw.decode("utf-8"))
        except UnicodeDecodeError as err:
            bad = raw[err.start : err.start + 1].hex()
            yield (
                lineno,
                InputError(
                    name,
                    f"line {lineno}: not UTF-8 (byte 0x{bad} at offset {offset + err.start}); "
                    "convert the file to UTF-8",
                ),
            )


def _json_article(line: str, name: str, lineno: int, stem_id: str) -> Article | None:
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(
            name, f"line {lineno}: invalid JSON ({err.msg} at column {err.colno})"
        ) from err
    except RecursionError as err:
        raise InputError(name, f"line {lineno}: JSON nested too deeply") from err
    if not isinstance(obj, dict):
        raise InputError(
            name,
            f'line {lineno}: expected a JSON object with a "text" field, got {type(obj).__name__}',
        )
    text = _clean(obj.get("text"))
    if text is None:
        raise InputError(name, f'line {lineno}: no "text" string field')
    text = text.strip()
    if not text:
        raise InputError(name, f'line {lineno}: "text" is empty')
    url = _clean(obj.get("url")) or _clean(obj.get("source"))
    given_id = _clean(obj.get("id")) if not isinstance(obj.get("id"), int) else str(obj["id"])
    if given_id and given_id.strip():
        article_id = slugify(given_id)
    elif url and url.strip():
        article_id = slugify(re.sub(r"^[a-z][a-z0-9+.-]*://(www\.)?", "", url.strip(), flags=re.I))
    else:
        article_id = f"{stem_id}-{lineno}"
    return Article(
        id=article_id,
        text=text,
        title=(_clean(obj.get("title")) or "").strip() or None,
        date=normalise_date(_clean(obj.get("date"))),
        source=url.strip() if url else None,
        license=(_clean(obj.get("license")) or "").strip() or None,
        path=f"{name}:{lineno}",
    )


def _clean(value: object) -> str | None:
    """A JSON string made safe to write anywhere: lone surrogates become U+FFFD and
    control characters spaces. Anything but a string is ``None``."""
    if not isinstance(value, str):
        return None
    fixed = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    return normalise_newlines(strip_controls(fixed))
