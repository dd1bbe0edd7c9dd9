"""The on-disk Oxigraph store: incremental builds, removal, crash safety, locking."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic

from kg.cli import main
from kg.errors import StoreError
from kg.model import ArticleExtraction
from kg.store import oxstore
from kg.store.load import open_graph
from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.oxstore import StoreSink, data_dir, wal_bytes
from kg.store.query import run_named
from kg.store.rdf import article_iri, article_quads, entities_graph_quads, entity_iri
from kg.store.sink import open_sink
from kg.store.synthetic import SyntheticArticle, synthetic_articles

pytestmark = pytest.mark.xdist_group("store")

SEED = 11


def write(sink: StoreSink, batch: list[SyntheticArticle]) -> None:
    for item in batch:
        sink.write_article(item.extraction, item.entity_ids, item.entities)


def graph_of(store_dir: Path, name: URIRef) -> Graph:
    dataset = open_graph(store_dir)
    graph = Graph()
    for s, p, o in dataset.graph(name):
        graph.add((s, p, o))
    return graph


def expected_graph(item: SyntheticArticle) -> Graph:
    graph = Graph()
    for s, p, o, _ in article_quads(item.extraction, item.entity_ids):
        graph.add((s, p, o))
    return graph


def dump(store_dir: Path) -> bytes:
    store = ox.Store.read_only(str(data_dir(store_dir)))
    return b"".join(sorted(store.dump(format=ox.RdfFormat.N_QUADS).splitlines()))


def test_add_skip_replace_remove(tmp_path: Path) -> None:
    root = tmp_path / "store"
    batch = synthetic_articles(6, seed=SEED)
    sink = open_sink(store=root)
    write(sink, batch[:4])
    sink.close()

    # a later build adds articles and sees what is there
    sink = open_sink(store=root)
    first = batch[0].extraction.article
    assert sink.is_unchanged(first.id, first.content_hash)
    assert not sink.is_unchanged(first.id, "0" * 64)
    assert not sink.is_unchanged(batch[4].extraction.article.id, "x")
    known = {e.id: e for e in sink.known_entities()}
    assert set(known) == {e.id for item in batch[:4] for e in item.entities}
    write(sink, batch[4:])
    # a changed article replaces its facts, not adds to them
    old = batch[1]
    changed = ArticleExtraction(
        old.extraction.article.__class__(old.extraction.article.id, "new text", title="New"),
        old.extraction.entities[:2],
        old.extraction.facts[:1],
        (),
    )
    fact = old.extraction.facts[0]
    used = {"k0", "k1", fact.subject, fact.object}
    changed = ArticleExtraction(
        changed.article, tuple(e for e in old.extraction.entities if e.key in used), (fact,), ()
    )
    keep = {k: old.entity_ids[k] for k in used}
    sink.write_article(changed, keep, [e for e in old.entities if e.id in keep.values()])
    sink.close()

    replaced = graph_of(root, article_iri(old.extraction.article.id))
    want = Graph()
    for s, p, o, _ in article_quads(changed, keep):
        want.add((s, p, o))
    assert isomorphic(replaced, want)
    names = {str(g.identifier) for g in open_graph(root).graphs()}
    assert len({n for n in names if n.startswith(str(article_iri("")))}) == 6

    # remove: the article goes, and so do entities nothing else mentions
    assert main(["remove", str(root), batch[2].extraction.article.id, "not-there"]) == 0
    dataset = open_graph(root)
    graphs = {str(g.identifier) for g in dataset.graphs()}
    assert str(article_iri(batch[2].extraction.article.id)) not in graphs
    mentioned = set(dataset.subjects(KG.mentionedIn, None))
    entity_nodes = set(dataset.graph(ENTITIES_GRAPH).subjects())
    assert entity_nodes == mentioned
    del dataset
    assert main(["remove", str(root), "not-there"]) == 1
    # an id Python could not decode from the command line (a lone surrogate) is no
    # article either: exit 1 with the store's message, no traceback
    assert main(["remove", str(root), chr(0xD800)]) == 1


def test_entities_gain_aliases_and_keep_their_iri(tmp_path: Path) -> None:
    root = tmp_path / "store"
    item = synthetic_articles(1, seed=SEED)[0]
    sink = open_sink(store=root)
    write(sink, [item])
    entity = item.entities[0]
    grown = entity.__class__(entity.id, entity.label, entity.cls, (*entity.aliases, "New Name"))
    sink.write_article(item.extraction, item.entity_ids, [grown])
    assert grown in sink.known_entities()
    sink.close()
    labels = {str(o) for o in open_graph(root).objects(entity_iri(entity.id), None)}
    assert "New Name" in labels


def test_store_matches_file_output(tmp_path: Path) -> None:
    batch = synthetic_articles(5, seed=SEED)
    for target in ({"store": tmp_path / "s"}, {"output": tmp_path / "g.nq"}):
        sink = open_sink(**target)  # type: ignore[arg-type]
        write(sink, batch)
        sink.close()
    from_store, from_file = Graph(), Graph()
    for s, p, o, _ in open_graph(tmp_path / "s").quads((None, None, None, None)):
        from_store.add((s, p, o))
    for s, p, o, _ in open_graph(tmp_path / "g.nq").quads((None, None, None, None)):
        from_file.add((s, p, o))
    assert isomorphic(from_store, from_file)
    want = Graph()
    for item in batch:
        for s, p, o, _ in [
            *article_quads(item.extraction, item.entity_ids),
            *entities_graph_quads(item.extraction, item.entity_ids, item.entities),
        ]:
            want.add((s, p, o))
    assert isomorphic(from_store, want)


def test_query_opens_store_read_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "store"
    sink = open_sink(store=root)
    write(sink, synthetic_articles(3, seed=SEED))
    sink.close()
    before = dump(root)
    assert main(["query", str(root), "DELETE WHERE { ?s ?p ?o }"]) == 1
    assert "not allowed" in capsys.readouterr().err
    dataset = open_graph(root)
    with pytest.raises(RuntimeError):  # the store itself refuses writes, whatever the caller does
        dataset.update("DROP ALL")
    assert run_named(dataset, "sanctions").rows
    del dataset
    assert dump(root) == before


WRITER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kg.store.oxstore import StoreSink
    from kg.store.synthetic import synthetic_articles

    sink = StoreSink(Path(sys.argv[1]))
    print("locked", flush=True)
    for item in synthetic_articles(int(sys.argv[2]), seed=int(sys.argv[3])):
        sink.write_article(item.extraction, item.entity_ids, item.entities)
        print(item.extraction.article.id, flush=True)
    if sys.argv[4] == "hold":
        sys.stdin.read()
    sink.close()
    """
)


def start_writer(root: Path, count: int, hold: bool = False) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", WRITER, str(root), str(count), str(SEED), "hold" if hold else "go"],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


@pytest.mark.slow
@pytest.mark.parametrize("kill_after", [1, 40, 170])
def test_kill_9_mid_build_leaves_whole_articles(tmp_path: Path, kill_after: int) -> None:
    root = tmp_path / "store"
    total = 2000  # far more than it can write before the kill, even on a fast machine
    batch = {item.extraction.article.id: item for item in synthetic_articles(total, seed=SEED)}
    proc = start_writer(root, total)
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "locked"
    done = [proc.stdout.readline().strip() for _ in range(kill_after)]
    os.kill(proc.pid, signal.SIGKILL)  # mid-run: the writer is busy with the next articles
    proc.wait()
    assert proc.returncode == -signal.SIGKILL

    sink = StoreSink(root)  # the lock died with the writer
    stored = sink.article_ids()
    sink.close()
    assert set(done) <= set(stored), "an article reported written is missing"
    assert len(stored) < total, "the writer finished before the kill; kill earlier"
    dataset = open_graph(root)
    entities = dataset.graph(ENTITIES_GRAPH)
    for article_id in stored:
        item = batch[article_id]
        got = Graph()
        for s, p, o in dataset.graph(article_iri(article_id)):
            got.add((s, p, o))
        # no blank nodes, so equal triple sets mean the very same graph
        assert set(got) == set(expected_graph(item)), f"{article_id} is incomplete"
        for entity in item.entities:  # its entities were upserted in the same transaction
            assert (entity_iri(entity.id), KG.mentionedIn, article_iri(article_id)) in got
            assert entities.value(entity_iri(entity.id), KG.mentionedIn) is None
            assert len(list(entities.triples((entity_iri(entity.id), None, None)))) >= 2


def test_second_writer_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "store"
    proc = start_writer(root, 3, hold=True)
    assert proc.stdout is not None
    try:
        assert proc.stdout.readline().strip() == "locked"
        with pytest.raises(
            StoreError, match=rf"another build is writing to this store \(pid {proc.pid} "
        ):
            open_sink(store=root)
        assert main(["remove", str(root), "syn-000000"]) == 1
        assert "another build is writing" in capsys.readouterr().err
        with pytest.raises(StoreError, match="a build is writing to this store"):
            open_graph(root)  # readers wait for the build rather than read a moving store
    finally:
        proc.communicate("", timeout=60)
    assert proc.returncode == 0
    sink = open_sink(store=root)  # released when the writer ends
    sink.close()


def test_reader_blocks_writer_until_closed(tmp_path: Path) -> None:
    root = tmp_path / "store"
    open_sink(store=root).close()
    reader = open_graph(root)
    with pytest.raises(StoreError, match="open for reading"):
        open_sink(store=root)
    del reader
    open_sink(store=root).close()


def test_store_location_errors(tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not empty and not a kg store"):
        open_sink(store=tmp_path / "full")
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="not a folder"):
        open_sink(store=tmp_path / "file")


@pytest.mark.model
@pytest.mark.parametrize("earlier", ["kg 0.0.9 code 0123456789abcdef; spacy 3.7.0", None])
def test_an_article_stored_by_another_extractor_is_extracted_again(
    tmp_path: Path, earlier: str | None
) -> None:
    """A store built by an earlier release (another extractor fingerprint, or none at
    all) must not keep that release's statements: the unchanged article is extracted
    again, replaces its graph, and only then counts as unchanged."""
    from kg.build import build
    from kg.fingerprint import extractor_fingerprint

    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "a.txt").write_text("The Treasury Department sanctioned Orvane Systems.")
    root = tmp_path / "store"
    first = build([tmp_path / "news"], store=root)
    assert (first.articles, first.unchanged) == (1, 0)
    assert build([tmp_path / "news"], store=root).unchanged == 1

    # rewrite the store as an earlier release would have left it
    store = ox.Store(str(data_dir(root)))
    stamp = ox.NamedNode(str(KG.extractedWith))
    [old] = list(store.quads_for_pattern(None, stamp, None, None))
    store.remove(old)
    if earlier is not None:
        store.add(ox.Quad(old.subject, stamp, ox.Literal(earlier), old.graph_name))
    del store  # closes it: the build opens it for writing

    again = build([tmp_path / "news"], store=root)
    assert (again.articles, again.unchanged, again.sanctions) == (1, 0, 1)
    dataset = open_graph(root)
    assert {str(o) for o in dataset.objects(None, KG.extractedWith)} == {extractor_fingerprint()}
    assert len(set(dataset.subjects(KG.sanctionKind, None))) == 1  # replaced, not added
    del dataset
    assert build([tmp_path / "news"], store=root).unchanged == 1


def test_a_new_store_that_cannot_be_created_fails_its_first_write_and_unlocks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new store's database is created while the build starts parsing; when that
    fails (a full disk), the first write says so and the folder is not left locked."""
    import kg.store.oxstore as oxstore

    def full_disk(path: str) -> ox.Store:
        raise OSError(f"{path}: No space left on device")

    monkeypatch.setattr(oxstore.ox, "Store", full_disk)
    sink = StoreSink(tmp_path / "s")
    item = synthetic_articles(1, seed=4)[0]
    assert sink.known_entities() == []  # an empty store is not asked
    with pytest.raises(StoreError, match=r"cannot create the store.*No space left"):
        sink.write_article(item.extraction, item.entity_ids, item.entities)
    with pytest.raises(StoreError):
        sink.close()
    monkeypatch.undo()
    retry = StoreSink(tmp_path / "s")  # not refused as "another build is writing"
    write(retry, [item])
    assert retry.is_unchanged(item.extraction.article.id, item.extraction.article.content_hash)
    retry.close()


def test_write_ahead_log_is_dropped_when_large_else_at_the_next_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = synthetic_articles(30, seed=SEED)
    # a small log is left at close (reopening to drop it costs a build ~0.06 s) ...
    small = StoreSink(tmp_path / "small")
    write(small, batch)
    small.close()
    assert wal_bytes(tmp_path / "small") > 0
    kept = dump(tmp_path / "small")  # readable with its log, every article there
    assert kept == dump_of_fresh(tmp_path / "fresh", batch)
    # ... and dropped when the store is next opened for writing, the data unchanged
    StoreSink(tmp_path / "small").close()
    assert wal_bytes(tmp_path / "small") == 0
    assert dump(tmp_path / "small") == kept
    # a log past the bound is dropped at close
    monkeypatch.setattr(oxstore, "WAL_KEPT_BYTES", 0)
    large = StoreSink(tmp_path / "large")
    write(large, batch)
    large.close()
    assert wal_bytes(tmp_path / "large") == 0
    assert dump(tmp_path / "large") == kept


def dump_of_fresh(store_dir: Path, batch: list[SyntheticArticle]) -> bytes:
    """The store ``batch`` makes when its log is dropped at close."""
    sink = StoreSink(store_dir)
    write(sink, batch)
    sink.close()
    StoreSink(store_dir).close()
    return dump(store_dir)
