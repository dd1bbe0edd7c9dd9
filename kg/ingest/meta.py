"""Article metadata: ``key: value`` header lines, ISO dates and IRI-safe ids.

The texts in ``shared/corpus`` open with ``title:``, ``date:``, ``source:`` and
``license:`` lines, a blank line, then the body. Markdown files may use a YAML-style
``---`` front matter block with the same keys.

>>> meta, body = split_header("title: Huawei fined\\ndate: July 4, 2021\\n\\nBody.")
>>> meta["title"], normalise_date(meta["date"]), body
('Huawei fined', '2021-07-04', 'Body.')
>>> slugify("Reports/2021 DOJ_001")
'reports-2021-doj_001'
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

#: Header keys we read; ``url`` is a synonym of ``source``.
HEADER_KEYS = ("title", "date", "source", "url", "license")

_HEADER_LINE = re.compile(r"^(title|date|source|url|license)[ \t]*:(.*)$", re.I)

_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )
    for m in names
}
_OTHER_KEY = re.compile(r"^[A-Za-z][\w-]{0,30}[ \t]*:")
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_SLASHED = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")
_US_NUMERIC = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$")
_MONTH_YEAR = re.compile(r"^([A-Za-z]+)\.?,?\s+(\d{4})$")


def split_header(text: str) -> tuple[dict[str, str], str]:
    """Split leading ``key: value`` lines (or a ``---`` block) from the body.

    Only a block that starts on the first line with a known key and ends with a blank
    line (or the end of the text) counts, so a body sentence like "Date: unknown"
    further down stays text; other ``key:`` lines inside the block are ignored.
    Returns the metadata (lower-case keys, ``url`` folded into ``source``) and the body
    with leading blank lines removed.

    >>> split_header("Truth, hope.\\n\\nBody")
    ({}, 'Truth, hope.\\n\\nBody')
    >>> split_header("---\\ntitle: T\\nurl: https://x.org/a\\n---\\n# T\\n")[0]
    {'title': 'T', 'source': 'https://x.org/a'}
    """
    lines = text.split("\n")
    meta: dict[str, str] = {}
    if lines and lines[0].strip() == "---":
        for i, line in enumerate(lines[1:], start=1):
            if line.strip() == "---":
                return _fold(meta), "\n".join(lines[i + 1 :]).lstrip("\n")
            key, sep, value = line.partition(":")
            if sep and key.strip().lower() in HEADER_KEYS:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        return {}, text  # no closing fence: not front matter
    end = 0
    for line in lines:
        match = _HEADER_LINE.match(line)
        if match:
            meta[match.group(1).lower()] = match.group(2).strip(" \t")
        elif not (meta and _OTHER_KEY.match(line)):  # e.g. "author:" after "title:"
            break
        end += 1
    if not meta or (end < len(lines) and lines[end].strip()):
        return {}, text
    return _fold(meta), "\n".join(lines[end:]).lstrip("\n")


def _fold(meta: dict[str, str]) -> dict[str, str]:
    url = meta.pop("url", None)
    if url and not meta.get("source"):
        meta["source"] = url
    return {k: v for k, v in meta.items() if v}


def normalise_date(value: str | None) -> str | None:
    """An ISO 8601 date (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``) for common spellings.

    Returns ``None`` when the value is not a recognisable, valid date.

    >>> [normalise_date(v) for v in ["2021-08-02T10:00:00Z", "Dec. 15, 2021", "15 December 2021"]]
    ['2021-08-02', '2021-12-15', '2021-12-15']
    >>> [normalise_date(v) for v in ["April 2021", "2021/4/9", "04/09/2021", "2021-02-30", "soon"]]
    ['2021-04', '2021-04-09', '2021-04-09', None, None]
    """
    if not value:
        return None
    value = " ".join(value.split())
    year: str | int
    month: str | int | None
    day: str | int | None
    if m := _ISO.match(value):
        year, month, day = m.group(1), m.group(2), m.group(3)
    elif m := _SLASHED.match(value):
        year, month, day = m.groups()
    elif m := _US_NUMERIC.match(value):
        month, day, year = m.groups()
    elif m := _MONTH_DAY_YEAR.match(value):
        month, day, year = _MONTHS.get(m.group(1).lower()), m.group(2), m.group(3)
        if month is None:
            return None
    elif m := _DAY_MONTH_YEAR.match(value):
        day, month, year = m.group(1), _MONTHS.get(m.group(2).lower()), m.group(3)
        if month is None:
            return None
    elif m := _MONTH_YEAR.match(value):
        month, year, day = _MONTHS.get(m.group(1).lower()), m.group(2), None
        if month is None:
            return None
    else:
        return None
    try:
        when = datetime(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    if month is None:
        return f"{when.year:04d}"
    if day is None:
        return f"{when.year:04d}-{when.month:02d}"
    return f"{when.year:04d}-{when.month:02d}-{when.day:02d}"


def slugify(value: str, *, max_length: int = 80) -> str:
    """A lower-case, IRI-safe slug: ASCII letters, digits, ``_`` and single ``-``.

    Accents are folded; anything else becomes ``-``. An empty result, or one longer
    than ``max_length``, gets a short hash of the original so distinct inputs stay
    distinct.

    >>> slugify("Société Générale/Q3.report")
    'societe-generale-q3-report'
    >>> slugify("北京")
    'a-685e1518'
    """
    folded = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_]+", "-", folded.lower()).strip("-")
    digest = hashlib.sha1(value.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    if not slug:
        return f"a-{digest}"
    if len(slug) > max_length:
        return f"{slug[: max_length - 9].rstrip('-')}-{digest}"
    return slug
