"""Files and folders to :class:`~kg.model.Article` values, one bad file never stopping
the rest.

Formats by extension: ``.txt``, ``.md``/``.markdown``, ``.html``/``.htm`` and
``.jsonl``, each also gzip-compressed (``.jsonl.gz``; ``max_bytes`` then limits the
decompressed size). Folders are walked recursively in sorted order, skipping hidden names,
symlinked folders and unknown extensions. Problems come back as
:class:`~kg.errors.InputError` *values* in the stream (file, line for JSONL, reason);
only an input path that does not exist raises.

Article ids are IRI-safe slugs (:func:`kg.ingest.meta.slugify`):

* a file: its path relative to the folder given (or its own name when the file was
  given), without extension: ``corpus/doj_001.txt`` → ``doj_001``,
  ``news/2021/a.md`` given as ``news`` → ``2021-a``;
* a JSONL line: its ``id`` field if present, else its ``url``/``source`` without the
  scheme and ``www.`` (stable when the file is re-exported in another order), else
  ``<file id>-<line number>``;
* an id already used in this run gets ``-2``, ``-3``… in reading order, which is
  deterministic.

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("title: A\\ndate: 2021-07-04\\n\\nHuawei makes 5G gear.")
>>> _ = (folder / "b.txt").write_bytes(b"\\xff\\xfe\\xff")
>>> for item in iter_articles([folder]):
...     print(item.id, item.date) if isinstance(item, Article) else print(item.reason)
a 2021-07-04
not valid utf-16-le (byte 0xff at offset 2)
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath
from typing import BinaryIO

from kg.errors import InputError
from kg.ingest.decode import decode_text, looks_like_utf16, normalise_newlines, sniff_bom
from kg.ingest.html import declared_charset, html_to_text
from kg.ingest.markdown import markdown_to_text
from kg.ingest.meta import normalise_date, slugify, split_header
from kg.model import Article

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

# C0 controls other than tab and newline become spaces (same length, so offsets hold):
# they are never meaningful in prose and some RDF formats cannot carry them.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")

Item = Article | InputError


def iter_articles(
    inputs: Iterable[str | Path],
    *,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[Item]:
    """Articles from files and folders, with problems as ``InputError`` values.

    Args:
        inputs: files and folders, read in the order given.
        max_bytes: largest file (or JSONL line) read; larger ones are reported.
        encoding: encoding of files without a byte-order mark (default UTF-8).

    Raises:
        InputError: at once, when an input path does not exist.

    >>> list(iter_articles(["no/such/folder"]))
    Traceback (most recent call last):
    ...
    kg.errors.InputError: no/such/folder: no such file or folder
    """
    paths = [Path(p) for p in inputs]
    for path in paths:
        if not path.exists():
            raise InputError(str(path), "no such file or folder")
    return _iterate(paths, max_bytes, encoding)


def _iterate(paths: list[Path], max_bytes: int, encoding: str | None) -> Iterator[Item]:
    used: set[str] = set()
    seen_files: set[Path] = set()
    for root in paths:
        found: Iterator[tuple[Path, PurePosixPath] | InputError]
        if root.is_dir():
            found = _walk(root, PurePosixPath())
        else:
            found = iter([(root, PurePosixPath(root.name))])
        for entry in found:
            if isinstance(entry, InputError):
                yield entry
                continue
            file, rel = entry
            key = file.resolve()
            if key in seen_files:  # the same file named twice, e.g. `kg build data data/a.txt`
                continue
            seen_files.add(key)
            for item in read_file(file, rel, max_bytes=max_bytes, encoding=encoding):
                if isinstance(item, Article):
                    item = _with_unique_id(item, used)
                yield item


def _with_unique_id(article: Article, used: set[str]) -> Article:
    unique, n = article.id, 1
    while unique in used:
        n += 1
        unique = f"{article.id}-{n}"
    used.add(unique)
    return article if unique == article.id else replace(article, id=unique)


def _walk(folder: Path, rel: PurePosixPath) -> Iterator[tuple[Path, PurePosixPath] | InputError]:
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        yield InputError(str(folder), f"cannot list folder: {err.strerror or err}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path, rel / entry.name)
            elif entry.is_file() and format_of(path)[0] is not None:
                yield path, rel / entry.name
        except OSError as err:
            yield InputError(str(path), f"cannot read: {err.strerror or err}")


def read_file(
    path: Path,
    rel: PurePosixPath | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[Item]:
    """The article(s) in one file, or the reasons it has none.

    ``rel`` is the path the id is made from (default: the file's name). Ids are not
    de-duplicated here; :func:`iter_articles` does that across a run.

    >>> import pathlib, tempfile
    >>> f = pathlib.Path(tempfile.mkdtemp()) / "empty.md"
    >>> _ = f.write_text("")
    >>> [str(e) for e in read_file(f)] == [f"{f}: empty file"]
    True
    """
    rel = rel or PurePosixPath(path.name)
    fmt, compressed = format_of(path)
    if fmt is None:
        known = ", ".join(sorted(FORMATS))
        yield InputError(
            str(path), f"unknown file type {path.suffix!r}; expected one of {known} (or .gz of one)"
        )
        return
    try:
        if not path.is_file():
            yield InputError(str(path), "not a regular file")
            return
        size = path.stat().st_size
    except OSError as err:
        yield InputError(str(path), f"cannot read: {err.strerror or err}")
        return
    stem = rel.with_suffix("").with_suffix("") if compressed else rel.with_suffix("")
    stem_id = slugify(str(stem))
    if fmt == "jsonl":
        yield from _read_jsonl(path, stem_id, max_bytes, encoding, compressed)
        return
    if size > max_bytes and not compressed:
        yield InputError(str(path), f"too large ({size} bytes; the limit is {max_bytes})")
        return
    try:
        with _open(path, compressed) as fh:
            data = fh.read(max_bytes + 1)  # decompressed bytes, so a gzip bomb stops here
    except (OSError, EOFError, zlib.error) as err:
        yield InputError(str(path), _read_error(err, compressed))
        return
    if len(data) > max_bytes:  # grew since stat, or a special file
        yield InputError(str(path), f"too large (over {max_bytes} bytes)")
        return
    if not data:
        yield InputError(str(path), "empty file")
        return
    try:
        yield _parse_document(data, fmt, stem_id, str(path), encoding)
    except InputError as err:
        yield err


def _parse_document(
    data: bytes, fmt: str, article_id: str, path: str, encoding: str | None
) -> Article:
    if fmt == "html":
        declared = declared_charset(data)
        try:
            markup = decode_text(data, path, encoding=encoding)
        except InputError:
            if encoding or not declared or declared.lower().replace("_", "-") in ("utf-8", "utf8"):
                raise
            markup = decode_text(data, path, encoding=declared)  # the page says what it is
        page = html_to_text(markup)
        meta = {"title": page.title, "date": page.date, "source": page.source}
        text = page.text
    else:
        header, body = split_header(decode_text(data, path, encoding=encoding))
        meta = dict(header)
        text = body
        if fmt == "markdown":
            text, heading = markdown_to_text(body)
            if heading:
                meta.setdefault("title", heading)
    text = _CONTROL.sub(" ", text).strip()
    meta = {k: _CONTROL.sub(" ", v).strip() for k, v in meta.items() if v}
    if not text:
        what = "markup" if fmt == "html" else "a header" if any(meta.values()) else "whitespace"
        raise InputError(path, f"no article text (only {what})")
    return Article(
        id=article_id,
        text=text,
        title=meta.get("title") or None,
        date=normalise_date(meta.get("date")),
        source=meta.get("source") or None,
        license=meta.get("license") or None,
        path=path,
    )


def format_of(path: Path) -> tuple[str | None, bool]:
    """The format a file name announces, and whether it is gzip-compressed.

    >>> format_of(Path("feed.JSONL.gz")), format_of(Path("a.txt")), format_of(Path("a.pdf"))
    (('jsonl', True), ('text', False), (None, False))
    """
    name = path.name.lower()
    if name.endswith(".gz"):
        return FORMATS.get(Path(name[:-3]).suffix), True
    return FORMATS.get(path.suffix.lower()), False


def _open(path: Path, compressed: bool) -> BinaryIO:
    if compressed:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _read_error(err: BaseException, compressed: bool) -> str:
    if compressed and isinstance(err, EOFError):
        return "compressed data ends early (truncated gzip file)"
    if compressed and isinstance(err, (gzip.BadGzipFile, zlib.error)):
        return f"not a valid gzip file ({err})"
    if isinstance(err, OSError):
        return f"cannot read: {err.strerror or err}"
    return f"cannot read: {err}"


def _read_jsonl(
    path: Path, stem_id: str, max_bytes: int, encoding: str | None, compressed: bool = False
) -> Iterator[Item]:
    name = str(path)
    try:
        fh = _open(path, compressed)
    except OSError as err:
        yield InputError(name, _read_error(err, compressed))
        return
    with fh:
        try:
            head = fh.read(8192)
        except (OSError, EOFError, zlib.error) as err:
            yield InputError(name, _read_error(err, compressed))
            return
        bom_encoding, skip = sniff_bom(head)
        if bom_encoding is None and b"\x00" in head:
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
            except (OSError, EOFError, zlib.error) as err:  # a damaged gzip stream
                yield InputError(name, _read_error(err, compressed) + "; reading stops")
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
    return normalise_newlines(_CONTROL.sub(" ", fixed))
