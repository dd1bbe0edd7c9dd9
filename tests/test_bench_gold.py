"""The gold sets that ship in bench/gold: well formed, and their stories present.

`bench/quality.py` scores the extractor on them beside the shared sets; a malformed
line or a missing story would silently drop a column from that table.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.evaluate.gold import read_gold, resolve_docs

GOLD = Path(__file__).resolve().parents[1] / "bench" / "gold"
SHARED = Path(__file__).resolve().parents[2] / "shared"


@pytest.mark.parametrize(
    ("name", "size"),
    [
        ("news-invented-a", 12),
        ("news-invented-b", 12),
        ("releases-invented-a", 10),
        ("releases-invented-b", 10),
        ("releases-invented-c", 10),
        ("releases-invented-d", 10),
        ("releases-invented-e", 10),
        ("releases-invented-f", 10),
        ("releases-invented-g", 10),
        ("releases-invented-h", 10),
        ("releases-invented-i", 10),
        ("releases-invented-j", 10),
        ("releases-invented-k", 10),
        ("releases-invented-l", 10),
    ],
)
def test_invented_sets_parse_and_name_their_stories(name: str, size: int) -> None:
    gold = read_gold(GOLD / f"{name}.gold.jsonl")
    paths = resolve_docs(gold, GOLD / f"{name}.gold.jsonl", GOLD)
    assert len(gold) == size and all(p.is_file() for p in paths.values())
    for article in gold:
        text = paths[article.doc].read_text(encoding="utf-8")
        # every fact joins two annotated entities, and most names are in the story
        ids = {e.id for e in article.entities}
        assert all(f.s in ids and f.o in ids for f in article.facts)
        named = [e for e in article.entities if e.name in text]
        assert len(named) >= 0.8 * len(article.entities), article.doc


@pytest.mark.parametrize("name", ["releases-blind", "releases-silver"])
def test_release_sets_name_corpus_releases(name: str) -> None:
    gold = read_gold(GOLD / f"{name}.gold.jsonl")
    assert len(gold) >= 8
    assert {a.doc.split("/")[0] for a in gold} == {"corpus"}
    for article in gold:  # every fact joins two annotated entities
        ids = {e.id for e in article.entities}
        assert all(f.s in ids and f.o in ids for f in article.facts), article.doc
    if not SHARED.is_dir():
        pytest.skip("../shared (the corpus these releases come from) is not beside the repo")
    assert all(p.is_file() for p in resolve_docs(gold, GOLD / "x", SHARED).values())


def test_release_sets_share_no_text_with_each_other_or_the_shared_sets() -> None:
    """A release tuned on in releases-silver must not also be scored as a check (val,
    releases-blind), and no set of ours re-annotates a dev text."""
    docs = {
        name: {a.doc for a in read_gold(GOLD / f"{name}.gold.jsonl")}
        for name in ("releases-silver", "releases-blind")
    }
    assert not docs["releases-silver"] & docs["releases-blind"]
    for name in ("releases-silver", "releases-blind"):  # one line per release
        assert len(docs[name]) == len(read_gold(GOLD / f"{name}.gold.jsonl"))
    if not SHARED.is_dir():
        pytest.skip("../shared (dev and val gold) is not beside the repo")
    for shared in ("dev", "val"):
        theirs = {a.doc for a in read_gold(SHARED / "eval" / f"{shared}.gold.jsonl")}
        assert not theirs & (docs["releases-silver"] | docs["releases-blind"]), shared


BATTERY = Path(__file__).resolve().parents[1] / "bench" / "paraphrase"


@pytest.mark.parametrize("path", sorted(BATTERY.glob("*.jsonl")), ids=lambda p: p.stem)
def test_paraphrase_battery_files_parse_and_name_their_entities(path: Path) -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("paraphrase", BATTERY.parent / "paraphrase.py")
    assert spec and spec.loader
    paraphrase = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(paraphrase)
    items = paraphrase.read_battery(path)  # a fact naming an unlisted entity raises
    assert len(items) >= 10
    assert len({article.id for _, article, _ in items}) == len(items)
    for gold, article, _ in items:
        # each entity (or one of its aliases) is written in its text
        for entity in gold.entities:
            assert any(n in article.text for n in (entity.name, *entity.aliases)), gold.doc
