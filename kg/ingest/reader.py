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

import os
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path, PurePosixPath

from kg.errors import InputError
from kg.ingest.decode import decode_text, strip_controls
from kg.ingest.files import FORMATS, MAX_BYTES, READ_ERRORS, format_of, open_input, read_error
from kg.ingest.html import declared_charset, html_to_text
from kg.ingest.jsonl import read_jsonl
from kg.ingest.markdown import markdown_to_text
from kg.ingest.meta import normalise_date, slugify, split_header
from kg.model import Article

__all__ = ["FORMATS", "MAX_BYTES", "iter_articles", "read_file"]

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
        yield from read_jsonl(path, stem_id, max_bytes, encoding, compressed)
        return
    if size > max_bytes and not compressed:
        yield InputError(str(path), f"too large ({size} bytes; the limit is {max_bytes})")
        return
    try:
        with open_input(path, compressed) as fh:
            data = fh.read(max_bytes + 1)  # decompressed bytes, so a gzip bomb stops here
    except READ_ERRORS as err:
        yield InputError(str(path), read_error(err, compressed))
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
    text = strip_controls(text).strip()
    meta = {k: strip_controls(v).strip() for k, v in meta.items() if v}
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
