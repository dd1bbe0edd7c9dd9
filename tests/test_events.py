"""Event resolution (one Sanction node per real measure) and path-independent builds.

Plain-data tests write their own sentences; the corpus tests read ../shared.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Dataset, Literal
from rdflib.namespace import RDF, RDFS

from kg.build import build
from kg.model import Article, ArticleExtraction, Entity, Evidence, Sanction
from kg.resolve import Resolver
from kg.store.eventcheck import duplicate_sanctions
from kg.store.load import open_graph
from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.oxstore import StoreSink
from kg.store.rdf import article_iri
from kg.store.sink import open_sink


def _fine(article: str, imposer: str, amount: str, sentence: str) -> ArticleExtraction:
    ev = Evidence(article, sentence, 0, len(sentence), "sanction.fine.v1", 0.9)
    return ArticleExtraction(
        Article(article, sentence),
        (Entity("t", "Acme Telecom Corp.", "Company"), Entity("g", imposer, "Government")),
        sanctions=(Sanction("t", "Fine", ev, "g", Decimal(amount), "USD"),),
    )


def _write(sink, resolver: Resolver, extraction: ArticleExtraction) -> None:  # type: ignore[no-untyped-def]
    ids, entities = resolver.resolve(extraction)
    sink.write_article(extraction, ids, entities)


REPORTS = [
    _fine("a1", "United States Department of Justice", "286992532", "Justice fined Acme."),
    _fine("a2", "United States", "287e6", "America fined Acme $287 million."),
    _fine("a3", "U.S. Justice Department", "430488798", "Acme paid a second penalty."),
]


def _sanctions(ds: Dataset) -> list[object]:
    return sorted(set(ds.subjects(RDF.type, KG.Sanction)), key=str)


def test_reports_of_one_fine_are_one_node_with_every_report_as_evidence(tmp_path: Path) -> None:
    sink = open_sink(output=tmp_path / "g.trig")
    resolver = Resolver()
    for report in REPORTS:
        _write(sink, resolver, report)
    sink.close()
    ds = open_graph(tmp_path / "g.trig")
    nodes = _sanctions(ds)
    assert len(nodes) == 2  # $287 million twice (two imposers, one state), $430 million once
    first = next(
        n
        for n in nodes
        if (n, KG.amount, None) in ds and len(set(ds.objects(n, KG.imposedBy))) == 2
    )
    sentences = {str(ds.value(e, KG.sentence)) for e in ds.subjects(RDF.subject, first)}
    assert sentences == {"Justice fined Acme.", "America fined Acme $287 million."}
    assert len(list(ds.objects(first, RDFS.label))) == 1
    assert duplicate_sanctions(ds) == []


def test_different_states_and_kinds_stay_apart() -> None:
    ev = Evidence("a", "s", 0, 1, "r", 0.9)
    from kg.store.rdf import sanction_iri

    def iri(imposer: str, kind: str = "Designation") -> str:
        ext = ArticleExtraction(
            Article("a", "."),
            (Entity("t", "Acme", "Company"), Entity("g", imposer, "Government")),
            sanctions=(Sanction("t", kind, ev, "g"),),
        )
        return str(sanction_iri(ext.sanctions[0], ext, {"t": "acme", "g": imposer.lower()}))

    assert iri("Office of Foreign Assets Control") == iri("U.S. Department of the Treasury")
    assert iri("Office of Foreign Assets Control") != iri("European Union")
    assert iri("Commerce Department") != iri("Commerce Department", kind="ExportControl")


@pytest.mark.xdist_group("store")
def test_store_keeps_events_across_incremental_builds(tmp_path: Path) -> None:
    root = tmp_path / "store"
    sink = StoreSink(root)
    resolver = Resolver(sink.known_entities())
    _write(sink, resolver, REPORTS[0])
    sink.close()
    # a later build adds a second report: it joins the stored node
    sink = StoreSink(root)
    resolver = Resolver(sink.known_entities())
    _write(sink, resolver, REPORTS[1])
    sink.close()
    ds = open_graph(root)
    (node,) = _sanctions(ds)
    assert {g for g in (article_iri("a1"), article_iri("a2")) if (node, KG.target, None, g) in ds}
    assert len(set(ds.subjects(RDF.subject, node))) == 4  # target and imposer, twice
    del ds
    # removing one report leaves the event, with the other's evidence
    sink = StoreSink(root)
    assert sink.remove_articles(["a1"]) == ["a1"]
    sink.close()
    ds = open_graph(root)
    assert _sanctions(ds) == [node]
    assert ds.graph(ENTITIES_GRAPH).value(node, RDFS.label) == Literal("Fine on Acme Telecom Corp.")
    assert {str(ds.value(e, KG.sentence)) for e in ds.subjects(RDF.subject, node)} == {
        "America fined Acme $287 million."
    }
    del ds
    # removing the last report removes the node, label included
    sink = StoreSink(root)
    sink.remove_articles(["a2"])
    sink.close()
    ds = open_graph(root)
    assert _sanctions(ds) == []
    assert (node, None, None) not in ds


def test_a_bare_surname_joins_its_own_articles_full_name_in_either_order() -> None:
    r = Resolver()
    seed = ArticleExtraction(
        Article("a1", "."), (Entity("p", "Yanjun Xu", "Person", aliases=("Xu",)),)
    )
    ids1, _ = r.resolve(seed)
    later = ArticleExtraction(
        Article("a2", "."),
        (Entity("f", "Xu Jiaqiang", "Person"), Entity("b", "Xu", "Person", mentions=4)),
    )
    ids2, touched = r.resolve(later)
    assert ids2["b"] == ids2["f"] != ids1["p"]
    (xu,) = touched
    assert xu.label == "Xu Jiaqiang" and "Xu" in xu.aliases
    # alone in a third article, it joins neither full name
    ids3, _ = r.resolve(ArticleExtraction(Article("a3", "."), (Entity("b", "Xu", "Person"),)))
    assert ids3["b"] not in {ids1["p"], ids2["f"]}


def test_a_resumed_resolver_decides_as_the_clean_one() -> None:
    """Seeded from what a store holds after each article, resolution goes on identically."""
    articles = [
        ArticleExtraction(Article("a1", "."), (Entity("p", "Yanjun Xu", "Person", ("Xu",)),)),
        ArticleExtraction(Article("a2", "."), (Entity("c", "Freedonia", "Location", mentions=3),)),
        ArticleExtraction(
            Article("a3", "."), (Entity("c", "Freedonia", "Government", mentions=2),)
        ),
        ArticleExtraction(
            Article("a4", "."), (Entity("c", "Freedonia", "Government", mentions=2),)
        ),
        ArticleExtraction(Article("a5", "."), (Entity("b", "Xu", "Person"),)),
    ]
    clean = Resolver()
    clean_ids = [clean.resolve(a)[0] for a in articles]
    for stop in range(1, len(articles)):
        first = Resolver()
        for a in articles[:stop]:
            first.resolve(a)
        resumed = Resolver(first.entities())  # what the entities graph holds
        ids = [resumed.resolve(a)[0] for a in articles[stop:]]
        assert ids == clean_ids[stop:], f"resumed after {stop} articles"
        assert resumed.entities() == clean.entities(), f"resumed after {stop} articles"
    assert next(e for e in clean.entities() if e.label == "Freedonia").cls == "Government"


# ---------------------------------------------------------------- the corpus

SUBSET = (
    "000_0010815b821944bb.txt",
    "doj_001.txt",
    "doj_002.txt",
    "doj_014.txt",
    "doj_020.txt",
    "doj_023.txt",
    "doj_024.txt",
)

KILLED_BUILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from kg.build import BuildSummary, write_into
    from kg.store.oxstore import StoreSink

    class Loud:
        \"\"\"The store, saying each article once its transaction is committed.\"\"\"

        def __init__(self, sink):
            self.sink = sink

        def __getattr__(self, name):
            return getattr(self.sink, name)

        def write_article(self, extraction, entity_ids, entities):
            self.sink.write_article(extraction, entity_ids, entities)
            print(extraction.article.id, flush=True)

    write_into(Loud(StoreSink(Path(sys.argv[2]))), [sys.argv[1]], BuildSummary())
    """
)


def _quads(ds: Dataset) -> set[tuple[object, ...]]:
    return {q for q in ds.quads((None, None, None, None)) if q[3] is not None}


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
@pytest.mark.xdist_group("store")
def test_killed_resumed_parallel_and_clean_builds_are_the_same_graph(
    corpus_dir: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SUBSET:  # copied at run time: the texts never enter the repository
        shutil.copy(corpus_dir / name, folder / name)
    build([folder], output=tmp_path / "clean.trig")
    build([folder], output=tmp_path / "parallel.trig", workers=2)
    root = tmp_path / "store"
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_BUILD, str(folder), str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert proc.stdout is not None
    committed = [proc.stdout.readline().strip() for _ in range(2)]
    os.kill(proc.pid, signal.SIGKILL)  # the seed article is in the store, doj_020 not yet
    assert committed[0] == SUBSET[0].removesuffix(".txt")
    proc.wait()
    stored = StoreSink(root)
    written = stored.article_ids()
    stored.close()
    assert 0 < len(written) < len(SUBSET), "kill earlier: the build was not interrupted"
    build([folder], store=root)

    clean = _quads(open_graph(tmp_path / "clean.trig"))
    assert _quads(open_graph(tmp_path / "parallel.trig")) == clean
    assert _quads(open_graph(root)) == clean


@pytest.mark.model
@pytest.mark.shared
@pytest.mark.slow
def test_corpus_subset_reports_each_fine_once(corpus_dir: Path, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in SUBSET:
        shutil.copy(corpus_dir / name, folder / name)
    build([folder], output=tmp_path / "g.trig")
    ds = open_graph(tmp_path / "g.trig")
    assert duplicate_sanctions(ds) == []
    fines = {n for n in ds.subjects(KG.sanctionKind, KG.Fine) if (n, KG.amount, None) in ds}
    amounts = [str(ds.value(n, KG.amount)) for n in fines]
    assert len(amounts) == len(set(amounts))
    # a fine two articles report carries both articles' evidence
    articles = {
        n: {ds.value(e, KG.article) for e in ds.subjects(RDF.subject, n)} for n in set(fines)
    }
    assert any(len(a) >= 2 for a in articles.values())


def test_a_sanctioned_country_is_read_as_the_state() -> None:
    r = Resolver()
    r.resolve(ArticleExtraction(Article("a1", "."), (Entity("c", "Freedonia", "Location"),)))
    ev = Evidence("a2", "Sylvania sanctioned Freedonia.", 0, 30, "r", 0.9)
    ext = ArticleExtraction(
        Article("a2", ev.sentence),
        (Entity("s", "Sylvania", "Government"), Entity("c", "Freedonia", "Location", mentions=2)),
        sanctions=(Sanction("c", "Designation", ev, "s"),),
    )
    ids, touched = r.resolve(ext)
    freedonia = next(e for e in touched if e.id == ids["c"])
    assert freedonia.cls == "Government"  # two mentions as the sanctioned state, one as a place
    assert dict(freedonia.votes) == {"Location": 1, "Government": 2}
