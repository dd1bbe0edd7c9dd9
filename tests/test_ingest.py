"""Ingest: every format, every kind of bad file, ids and order."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import iter_articles, read_file
from kg.model import Article

CORPUS_HEADER = (
    "title: Treasury Sanctions SenseTime\n"
    "date: 2021-12-10\n"
    "source: https://home.treasury.gov/news/press-releases/jy0538\n"
    "license: Public domain\n"
    "\n"
    "The Treasury Department designated SenseTime.\n\nSecond paragraph."
)


def _split(items: list[Article | InputError]) -> tuple[list[Article], list[InputError]]:
    return (
        [i for i in items if isinstance(i, Article)],
        [i for i in items if isinstance(i, InputError)],
    )


def _read(path: Path, **kwargs: int) -> tuple[list[Article], list[InputError]]:
    return _split(list(iter_articles([path], **kwargs)))  # type: ignore[arg-type]


def test_text_header_becomes_metadata_and_body_keeps_paragraphs(tmp_path: Path) -> None:
    (tmp_path / "treasury_001.txt").write_text(CORPUS_HEADER, encoding="utf-8")
    [art], errors = _read(tmp_path)
    assert errors == []
    assert art.id == "treasury_001"
    assert art.title == "Treasury Sanctions SenseTime"
    assert art.date == "2021-12-10"
    assert art.source == "https://home.treasury.gov/news/press-releases/jy0538"
    assert art.license == "Public domain"
    assert art.text == "The Treasury Department designated SenseTime.\n\nSecond paragraph."
    assert art.path == str(tmp_path / "treasury_001.txt")


def test_text_without_header_is_all_body(tmp_path: Path) -> None:
    body = "Truth, hope.\n\nDate: this line is prose, not a header."
    (tmp_path / "a.txt").write_text(body)
    [art], _ = _read(tmp_path)
    assert (art.title, art.date, art.text) == (None, None, body)


def test_dates_are_normalised_to_iso(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("title: A\ndate: December 15, 2021\n\nText.")
    (tmp_path / "b.txt").write_text("title: B\ndate: sometime\n\nText.")
    arts, _ = _read(tmp_path)
    assert [a.date for a in arts] == ["2021-12-15", None]


def test_markdown_header_front_matter_and_markup(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text(
        "title: From header\n\n# Heading\n\nThe **FCC** [banned](https://x.org) "
        "Huawei gear.\n\n* ZTE\n* Hikvision\n\n```\ncode()\n```\n"
    )
    (tmp_path / "b.md").write_text("---\ndate: 2020-05-15\n---\n# Entity List\n\nText here.\n")
    a, b = _read(tmp_path)[0]
    assert a.title == "From header"
    assert a.text == "Heading\n\nThe FCC banned Huawei gear.\n\nZTE\nHikvision"
    assert (b.title, b.date, b.text) == ("Entity List", "2020-05-15", "Entity List\n\nText here.")


def test_html_keeps_main_text_and_drops_boilerplate(tmp_path: Path) -> None:
    page = """<!doctype html><html><head><title>Huawei fined</title>
    <meta property="article:published_time" content="2021-04-10T08:00:00Z">
    <link rel="canonical" href="https://news.example/huawei">
    <style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
    <body class="has-sidebar"><header><a href="/">Home</a></header>
    <nav><ul><li>World</li><li>Tech</li></ul></nav>
    <div class="cookie-banner">We use cookies.</div>
    <article><h1>Regulators fine Alibaba</h1>
    <p>Chinese regulators fined <b>Alibaba</b> $2.8&nbsp;billion.</p>
    <p>Text with &lt;img src=x onerror=alert(1)&gt; stays text.</p>
    <aside>Related: other story</aside><form><input name="q"></form></article>
    <footer>Copyright</footer></body></html>"""
    (tmp_path / "p.html").write_text(page)
    [art], errors = _read(tmp_path)
    assert errors == []
    assert art.title == "Huawei fined"
    assert art.date == "2021-04-10"
    assert art.source == "https://news.example/huawei"
    assert art.text.split("\n\n") == [
        "Regulators fine Alibaba",
        "Chinese regulators fined Alibaba $2.8 billion.",
        "Text with <img src=x onerror=alert(1)> stays text.",
    ]


def test_html_without_main_keeps_every_block(tmp_path: Path) -> None:
    (tmp_path / "p.htm").write_text("<h2>One</h2>two<br>three<ul><li>four</li></ul>")
    [art], _ = _read(tmp_path)
    assert art.text.split("\n\n") == ["One", "two", "three", "four"]


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    markup = '<meta charset="iso-8859-1"><p>Soci\xe9t\xe9 G\xe9n\xe9rale</p>'
    (tmp_path / "p.html").write_bytes(markup.encode("latin-1"))
    [art], _ = _read(tmp_path)
    assert art.text == "Société Générale"


def test_jsonl_streams_articles_with_ids_and_reports_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "Huawei makes 5G gear.", "title": "T1", "date": "2021-01-02"}),
        json.dumps({"text": "ZTE paid.", "url": "https://www.justice.gov/opa/pr/zte"}),
        "",
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "   "}),
        json.dumps({"text": "Tail \ud800 surrogate", "id": "Custom ID"}),
        '{"text": "half-writ',
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), encoding="utf-8")
    arts, errors = _read(tmp_path)
    assert [a.id for a in arts] == ["feed-1", "justice-gov-opa-pr-zte", "custom-id"]
    assert arts[0].title == "T1" and arts[0].date == "2021-01-02"
    assert arts[1].source == "https://www.justice.gov/opa/pr/zte"
    assert arts[2].text == "Tail \ufffd surrogate"  # a lone surrogate could not be written out
    assert arts[0].path == f"{tmp_path / 'feed.jsonl'}:1"
    reasons = [e.reason for e in errors]
    assert [r.split(":")[0] for r in reasons] == ["line 4", "line 5", "line 6", "line 7", "line 9"]
    assert "invalid JSON" in reasons[0]
    assert "expected a JSON object" in reasons[1]
    assert all(e.path == str(tmp_path / "feed.jsonl") for e in errors)


def test_jsonl_long_line_is_skipped_and_the_next_line_still_read(tmp_path: Path) -> None:
    big = json.dumps({"text": "x" * 5000})
    (tmp_path / "f.jsonl").write_text(big + "\n" + json.dumps({"text": "after"}) + "\n")
    arts, errors = _read(tmp_path, max_bytes=1000)
    assert [a.text for a in arts] == ["after"]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'f.jsonl'}: line 1: too large (over 1000 bytes)"
    ]


def test_jsonl_invalid_utf8_line_names_line_and_byte(tmp_path: Path) -> None:
    good = json.dumps({"text": "ok"}).encode()
    (tmp_path / "f.jsonl").write_bytes(good + b"\n" + b'{"text": "caf\xe9"}\n' + good + b"\n")
    arts, errors = _read(tmp_path)
    assert len(arts) == 2
    offset = len(good) + 1 + len(b'{"text": "caf')
    assert errors[0].reason == (
        f"line 2: not UTF-8 (byte 0xe9 at offset {offset}); convert the file to UTF-8"
    )


def test_jsonl_utf16_with_bom(tmp_path: Path) -> None:
    text = json.dumps({"text": "Huawei"}) + "\n" + json.dumps({"text": "ZTE"}) + "\n"
    (tmp_path / "f.jsonl").write_bytes(codecs.BOM_UTF16_LE + text.encode("utf-16-le"))
    arts, errors = _read(tmp_path)
    assert ([a.text for a in arts], errors) == (["Huawei", "ZTE"], [])


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\n", "no article text (only whitespace)"),
        ("header.txt", b"title: T\n\n", "no article text (only a header)"),
        ("markup.html", b"<script>x()</script><nav>Home</nav>", "no article text (only markup)"),
        ("bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (NUL byte at offset 8), not text"),
        (
            "u16.txt",
            "ZTE paid a fine.".encode("utf-16-le"),
            "looks like UTF-16 without a byte-order mark; save as UTF-8",
        ),
        (
            "latin.txt",
            b"title: T\n\nSoci\xe9t\xe9",
            "not UTF-8 (byte 0xe9 at offset 14); convert the file to UTF-8",
        ),
        (
            "cut.txt",
            "ZTE’".encode()[:-1],
            "not UTF-8 (byte 0xe2 at offset 3); convert the file to UTF-8",
        ),
        ("empty.jsonl", b"", "empty file"),
        (
            "u16.jsonl",
            '{"text": "ZTE paid."}'.encode("utf-16-be"),
            "looks like UTF-16 without a byte-order mark; save as UTF-8",
        ),
        ("none.jsonl", b"\n\n", 'no articles (no line with a "text" field)'),
        (
            "bin.jsonl",
            b'{"text": "a"}\x00\x01',
            "binary file (NUL byte at offset 13), not JSON lines",
        ),
    ],
)
def test_bad_file_is_one_error_and_the_others_still_read(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    (tmp_path / name).write_bytes(data)
    (tmp_path / "zz_good.txt").write_text("Huawei makes 5G gear.")
    arts, errors = _read(tmp_path)
    assert [str(e) for e in errors] == [f"{tmp_path / name}: {reason}"]
    assert [a.id for a in arts] == ["zz_good"]


def test_byte_order_marks_are_accepted(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF8 + b"title: A\r\n\r\nBody\r\nline")
    (tmp_path / "b.txt").write_bytes(codecs.BOM_UTF16_LE + "Body\r\nline".encode("utf-16-le"))
    (tmp_path / "c.txt").write_bytes(codecs.BOM_UTF16_BE + "Body".encode("utf-16-be"))
    arts, errors = _read(tmp_path)
    assert errors == []
    assert [(a.title, a.text) for a in arts] == [
        ("A", "Body\nline"),
        (None, "Body\nline"),
        (None, "Body"),
    ]


def test_too_large_file_is_reported(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("word " * 100)
    _, [err] = _read(tmp_path, max_bytes=100)
    assert err.reason == "too large (500 bytes; the limit is 100)"


def test_folders_walk_sorted_recursive_skipping_hidden_and_unknown(tmp_path: Path) -> None:
    for rel in ["b.txt", "a/z.md", "a/c.html", ".hidden.txt", ".git/x.txt", "notes.pdf", "A.TXT"]:
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("<p>Text.</p>" if rel.endswith("html") else "Text.")
    arts, errors = _read(tmp_path)
    assert errors == []
    assert [a.id for a in arts] == ["a", "a-c", "a-z", "b"]  # "A.TXT" sorts first
    assert [a.id for a in _read(tmp_path)[0]] == ["a", "a-c", "a-z", "b"]


def test_duplicate_ids_get_deterministic_suffixes(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "y").mkdir()
    for folder in ("x", "y"):
        (tmp_path / folder / "doj_001.txt").write_text(f"Text {folder}.")
    (tmp_path / "x" / "doj_001.md").write_text("Markdown.")
    items = list(iter_articles([tmp_path / "x", tmp_path / "y"]))
    assert [(a.id, a.text) for a in items if isinstance(a, Article)] == [
        ("doj_001", "Markdown."),
        ("doj_001-2", "Text x."),
        ("doj_001-3", "Text y."),
    ]


def test_same_file_named_twice_is_read_once(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.")
    items = list(iter_articles([tmp_path, tmp_path / "a.txt"]))
    assert [a.id for a in items if isinstance(a, Article)] == ["a"]


def test_missing_input_raises_before_anything_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Text.")
    with pytest.raises(InputError, match="no such file or folder"):
        iter_articles([tmp_path, tmp_path / "missing"])


def test_named_file_with_unknown_extension_is_reported(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    [err] = list(read_file(tmp_path / "report.pdf"))
    assert isinstance(err, InputError)
    assert err.reason.startswith("unknown file type '.pdf'; expected one of .htm, .html")


@pytest.mark.shared
def test_corpus_reads_every_text_with_its_header(corpus_dir: Path) -> None:
    arts, errors = _read(corpus_dir)
    assert errors == []
    texts = sorted(p.stem for p in corpus_dir.glob("*.txt"))
    assert [a.id for a in arts] == texts
    by_id = {a.id: a for a in arts}
    doj = by_id["doj_001"]
    assert doj.date == "2009-07-16"
    assert doj.source and doj.source.startswith("https://www.justice.gov/")
    assert doj.text.startswith("A former Rockwell and Boeing engineer")
    assert all(a.title and a.date and a.license for a in arts if a.id != "000_0010815b821944bb")


def test_gzip_files_are_read_and_broken_ones_reported(tmp_path: Path) -> None:
    import gzip

    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"title: A\n\nHuawei makes 5G gear."))
    lines = b'{"text": "one"}\n{"text": "two"}\n'
    (tmp_path / "feed.jsonl.gz").write_bytes(gzip.compress(lines))
    (tmp_path / "bad.html.gz").write_bytes(b"not gzip at all")
    many = "".join(json.dumps({"text": f"article {i}"}) + "\n" for i in range(2000))
    (tmp_path / "cut.jsonl.gz").write_bytes(gzip.compress(many.encode())[:-30])
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 5000))
    (tmp_path / "notes.pdf.gz").write_bytes(gzip.compress(b"%PDF"))
    arts, errors = _read(tmp_path, max_bytes=1000)
    assert [(a.id, a.title, a.text) for a in arts if not a.id.startswith("cut")] == [
        ("a", "A", "Huawei makes 5G gear."),
        ("feed-1", None, "one"),
        ("feed-2", None, "two"),
    ]
    reasons = {Path(e.path).name: e.reason for e in errors}
    assert reasons["bad.html.gz"].startswith("not a valid gzip file")
    assert reasons["bomb.txt.gz"] == "too large (over 1000 bytes)"
    # what came before the damage is kept; the damage is one line and reading stops
    assert (
        reasons["cut.jsonl.gz"] == "compressed data ends early (truncated gzip file); reading stops"
    )
    assert sum(a.id.startswith("cut-") for a in arts) > 1000
    assert "notes.pdf.gz" not in reasons  # unknown inside: skipped like any unknown file


def test_html_page_without_main_drops_boilerplate_by_class_and_role(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text(
        "<body><div id='site-navigation'><a>World</a></div>"
        "<div role='banner'>Daily News</div>"
        "<div class='article-body'><h1>ZTE fined</h1><p>ZTE agreed to pay $892 million.</p>"
        "<ul class='related-links'><li>More</li></ul>"
        "<div class='share-buttons'>Tweet</div><p hidden>invisible</p></div>"
        "<div class='comments'>First!</div><div id='cookie-consent'>OK</div></body>"
    )
    [art], _ = _read(tmp_path)
    assert art.text == "ZTE fined\n\nZTE agreed to pay $892 million."
    (tmp_path / "p.html").write_text(
        "<head><title>ZTE fined | Daily News</title>"
        "<meta property='og:title' content='ZTE fined'></head><p>Text.</p>"
    )
    [art], _ = _read(tmp_path)
    assert art.title == "ZTE fined"


@pytest.mark.timeout(60)  # quadratic end-tag matching took many minutes on this
def test_html_with_thousands_of_unclosed_and_stray_tags_is_linear(tmp_path: Path) -> None:
    (tmp_path / "p.html").write_text("<div>" * 50_000 + "</span>" * 50_000 + "<p>Text.</p>")
    [art], _ = _read(tmp_path)
    assert art.text == "Text."


@pytest.mark.timeout(60)  # the inline patterns once took minutes on lines like these
@pytest.mark.parametrize("unit", ["*a ", "_a ", "[x", "![", "<a", "~~a ", "<!--"])
def test_markdown_with_100k_unclosed_marks_is_linear(tmp_path: Path, unit: str) -> None:
    (tmp_path / "a.md").write_text("# Title\n\n" + unit * (100_000 // len(unit)) + "\n\nEnd.")
    [art], errors = _read(tmp_path)
    assert errors == [] and art.title == "Title"
    assert art.text.endswith("End.") or unit == "<!--"  # an unclosed comment runs to the end


def test_header_value_with_huge_padding_is_trimmed(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("title:" + " " * 100_000 + "T \t\n\nBody.")
    [art], _ = _read(tmp_path)
    assert (art.title, art.text) == ("T", "Body.")
