"""Every corpus text, transformed the ways real exports break it, reads back to the
same article (or to one clear error when the bytes really are not UTF-8)."""

from __future__ import annotations

import codecs
import html
import json
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.ingest import iter_articles
from kg.model import Article

pytestmark = pytest.mark.shared


def _words(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def originals(corpus_dir: Path) -> dict[str, Article]:
    items = list(iter_articles([corpus_dir]))
    assert all(isinstance(i, Article) for i in items)
    return {a.id: a for a in items if isinstance(a, Article)}


def _html(article: Article) -> str:
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n" for line in article.text.split("\n"))
    title = html.escape(article.title or "")
    return (
        f"<!doctype html><html><head><meta charset='utf-8'><title>{title}</title>"
        f"<script>var t = '<p>not text</p>';</script></head><body>"
        f"<header><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav></header>"
        f"<main>{paragraphs}</main><footer>Contact us</footer></body></html>"
    )


def test_transformed_corpus_reads_back(tmp_path: Path, originals: dict[str, Article]) -> None:
    feed = []
    expected_errors = set()
    for aid, art in originals.items():
        raw = (Path(art.path or "")).read_text(encoding="utf-8")
        (tmp_path / f"{aid}.crlf.txt").write_bytes(raw.replace("\n", "\r\n").encode())
        (tmp_path / f"{aid}.u16.txt").write_bytes(codecs.BOM_UTF16_LE + raw.encode("utf-16-le"))
        (tmp_path / f"{aid}.bom.txt").write_bytes(codecs.BOM_UTF8 + raw.encode())
        (tmp_path / f"{aid}.page.html").write_text(_html(art), encoding="utf-8")
        latin = raw.encode("latin-1", "replace")
        (tmp_path / f"{aid}.latin.txt").write_bytes(latin)
        cut = raw.encode()
        cut_at = next((i for i, b in enumerate(cut) if b >= 0xC0), None)
        if cut_at is not None:  # cut inside the first multi-byte character
            (tmp_path / f"{aid}.cut.txt").write_bytes(cut[: cut_at + 1])
            expected_errors.add(f"{aid}.cut.txt")
        try:
            latin.decode("utf-8")
        except UnicodeDecodeError:
            expected_errors.add(f"{aid}.latin.txt")
        feed.append(json.dumps({"text": art.text, "title": art.title, "url": art.source}))
    (tmp_path / "all.jsonl").write_text("\n".join(feed) + "\n", encoding="utf-8")

    items = list(iter_articles([tmp_path]))
    errors = {Path(e.path).name: e.reason for e in items if isinstance(e, InputError)}
    articles = [a for a in items if isinstance(a, Article)]
    assert set(errors) == expected_errors
    assert all(r.startswith("not UTF-8 (byte 0x") for r in errors.values())

    by_variant: dict[str, dict[str, Article]] = {}
    for art in articles:
        if art.path and ".jsonl:" in art.path:
            by_variant.setdefault("jsonl", {})[str(len(by_variant.get("jsonl", {})))] = art
            continue
        name = Path(art.path or "").name
        aid, variant = name.split(".")[0], name.split(".")[1]
        by_variant.setdefault(variant, {})[aid] = art
    for variant in ("crlf", "u16", "bom"):
        for aid, art in by_variant[variant].items():
            want = originals[aid]
            assert (art.title, art.date, art.source) == (want.title, want.date, want.source)
            assert _words(art.text) == _words(want.text), (variant, aid)
    for aid, art in by_variant["page"].items():
        assert art.title == (originals[aid].title or None)
        assert _words(art.text) == _words(originals[aid].text), aid
    assert [_words(a.text) for a in by_variant["jsonl"].values()] == [
        _words(a.text) for a in originals.values()
    ]
    # every id in one run is distinct
    assert len({a.id for a in articles}) == len(articles)
