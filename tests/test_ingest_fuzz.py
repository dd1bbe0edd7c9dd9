"""Generated inputs for ingest: whatever the bytes, the result is articles or one-line
``InputError`` values, never an exception; parsers of metadata never crash."""

from __future__ import annotations

import gzip
import json
import re
import tempfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.ingest import read_file
from kg.ingest.html import html_to_text
from kg.ingest.markdown import markdown_to_text
from kg.ingest.meta import normalise_date, slugify, split_header
from kg.model import Article

FAST = settings(max_examples=1000, deadline=None)
FILES = settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
IRI_SAFE = re.compile(r"^[a-z0-9_]+(-[a-z0-9_]+)*$")

# Bytes that look like text files: mostly UTF-8 text with markup, sometimes raw noise.
texty = st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(
        st.sampled_from(
            [
                b"title: T\n",
                b"date: 2021-02-30\n",
                b"\n",
                b"<p>",
                b"</p>",
                b"<script>",
                b"<nav>",
                b"</div>",
                b"# H\n",
                b"**b**",
                b"```\n",
                b'{"text": "x"}\n',
                b'{"text": 1}\n',
                b"\xff",
                b"\xe2\x80",
                b"\x00",
                b"\xef\xbb\xbf",
                b"\xff\xfe",
                b"Huawei makes 5G gear. ",
                b"---\n",
                b"\r\n",
            ]
        ),
        max_size=30,
    ).map(b"".join),
)


def _check(items: list[Article | InputError], path: Path) -> None:
    for item in items:
        assert isinstance(item, Article | InputError)
        if isinstance(item, InputError):
            assert item.path == str(path)
            assert "\n" not in str(item)
        else:
            assert item.text.strip() and IRI_SAFE.match(item.id)
            item.text.encode("utf-8")  # writable: no lone surrogates
            for value in (item.text, item.title, item.source, item.license):
                assert value is None or not CONTROL.search(value)
            assert item.date is None or normalise_date(item.date) == item.date


@FILES
@given(
    data=texty,
    suffix=st.sampled_from([".txt", ".md", ".html", ".jsonl", ".txt.gz", ".jsonl.gz"]),
    cut=st.integers(min_value=0, max_value=40),
)
def test_any_bytes_give_articles_or_errors(data: bytes, suffix: str, cut: int) -> None:
    if suffix.endswith(".gz") and cut % 3:  # mostly real gzip, sometimes cut short
        data = gzip.compress(data)
        data = data[: len(data) - cut // 3]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"doc{suffix}"
        path.write_bytes(data)
        _check(list(read_file(path, max_bytes=2000)), path)


@FILES
@given(
    st.lists(
        st.one_of(
            st.dictionaries(
                st.sampled_from(["text", "title", "date", "url", "id", "license", "x"]),
                st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.integers())),
            ).map(json.dumps),
            st.text(max_size=40),
        ),
        max_size=8,
    )
)
def test_jsonl_lines_of_any_shape(lines: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        content = "\n".join(lines)
        path.write_text(content, encoding="utf-8", errors="surrogatepass")
        items = list(read_file(path))
        _check(items, path)
        for item in items:
            if isinstance(item, InputError) and item.reason.startswith("line "):
                number = int(item.reason.split(":")[0].split()[1])
                assert 1 <= number <= content.count("\n") + 1


@FAST
@given(st.text(max_size=200))
def test_header_split_keeps_the_body(text: str) -> None:
    meta, body = split_header(text)
    assert set(meta) <= {"title", "date", "source", "license"}
    if not meta:
        assert body == text or text.startswith("---")
    assert body.lstrip("\n") in text


@FAST
@given(
    st.one_of(
        st.text(max_size=40),
        st.dates().map(lambda d: d.strftime("%B %d, %Y")),
        st.dates().map(lambda d: d.strftime("%d %b %Y")),
        st.dates().map(date.isoformat),
    )
)
def test_dates_normalise_to_valid_iso_or_none(value: str) -> None:
    result = normalise_date(value)
    if result is not None:
        parts = [int(p) for p in result.split("-")]
        assert len(str(parts[0])) <= 4 and len(result.split("-")[0]) == 4
        date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))  # a real calendar date


@FAST
@given(st.text(max_size=120))
def test_slugs_are_iri_safe_and_bounded(value: str) -> None:
    slug = slugify(value)
    assert IRI_SAFE.match(slug) and len(slug) <= 80


@FAST
@given(st.text(max_size=300))
def test_markup_parsers_never_raise(value: str) -> None:
    page = html_to_text(value)
    assert "<script" not in page.text.lower() or "<script" in value.lower()
    text, _ = markdown_to_text(value)
    assert isinstance(text, str)
