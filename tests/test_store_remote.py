"""The remote store and ``kg serve``, against real Oxigraph servers on free local ports."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import isomorphic

from kg.errors import GraphLoadError, QueryError, StoreError
from kg.store.load import open_graph
from kg.store.namespace import ENTITIES_GRAPH
from kg.store.query import run_named, run_query
from kg.store.rdf import article_iri, article_quads, entities_graph_quads
from kg.store.serve import oxigraph_binary
from kg.store.sink import open_sink
from kg.store.synthetic import synthetic_articles

pytestmark = [pytest.mark.server, pytest.mark.xdist_group("server")]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_until_up(url: str, proc: subprocess.Popen[bytes], timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(url + "query?query=ASK%7B%7D", timeout=2):
                return
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not come up")


def stop(proc: subprocess.Popen[bytes]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """An empty, writable Oxigraph server (an "existing SPARQL server")."""
    port = free_port()
    proc = subprocess.Popen(
        [
            oxigraph_binary(),
            "serve",
            "--location",
            str(tmp_path / "remote"),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url, proc)
        yield url
    finally:
        stop(proc)


def union(dataset: object) -> Graph:
    graph = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):  # type: ignore[attr-defined]
        graph.add((s, p, o))
    return graph


def test_remote_store_add_skip_replace_remove(server: str) -> None:
    batch = synthetic_articles(30, seed=4)
    sink = open_sink(store=server)
    for item in batch[:20]:
        sink.write_article(item.extraction, item.entity_ids, item.entities)
    sink.close()

    sink = open_sink(store=server)
    first = batch[0].extraction.article
    assert sink.is_unchanged(first.id, first.content_hash)
    assert not sink.is_unchanged(batch[25].extraction.article.id, "x")
    assert {e.id for e in sink.known_entities()} == {e.id for i in batch[:20] for e in i.entities}
    for item in batch[20:]:
        sink.write_article(item.extraction, item.entity_ids, item.entities)
    assert sink.remove_articles([batch[3].extraction.article.id, "absent"]) == [
        batch[3].extraction.article.id
    ]
    sink.close()

    kept = [item for i, item in enumerate(batch) if i != 3]
    want = Graph()
    for item in kept:
        for s, p, o, _ in article_quads(item.extraction, item.entity_ids):
            want.add((s, p, o))
    # entities no remaining article mentions are gone, the rest stay
    mentioned = {o for s, p, o in want if p.endswith("mentionedIn")}
    assert mentioned  # sanity: the graph has mentions
    live = {s for s, p, o in want if p.endswith("mentionedIn")}
    for item in kept:
        for s, p, o, _ in entities_graph_quads(item.extraction, item.entity_ids, item.entities):
            if s in live:
                want.add((s, p, o))
    # a later version of an entity (more aliases) replaces the earlier one: compare
    # what the last writer of each entity wrote
    dataset = open_graph(server)
    got = union(dataset)
    assert isomorphic(got, want)
    article_graphs = {str(g.identifier) for g in dataset.graphs()}
    assert str(article_iri(batch[3].extraction.article.id)) not in article_graphs
    assert str(ENTITIES_GRAPH) in article_graphs


def test_remote_queries_are_read_only(server: str) -> None:
    sink = open_sink(store=server)
    for item in synthetic_articles(5, seed=4):
        sink.write_article(item.extraction, item.entity_ids, item.entities)
    sink.close()
    dataset = open_graph(server)
    sanctions = run_named(dataset, "sanctions")
    assert len(sanctions.rows) == 5
    one = str(sanctions.rows[0][2])
    assert [str(r[2]) for r in run_named(dataset, "sanctions", {"target": one}).rows] == [one]
    with pytest.raises(QueryError, match="not allowed"):
        run_query(dataset, "DROP ALL")
    assert len(run_named(dataset, "sanctions").rows) == 5


def test_unreachable_endpoint() -> None:
    url = f"http://127.0.0.1:{free_port()}/"
    with pytest.raises(GraphLoadError, match="SPARQL endpoint not reachable"):
        open_graph(url)
    with pytest.raises(StoreError, match="SPARQL endpoint not reachable"):
        open_sink(store=url)


def test_kg_serve_read_only(tmp_path: Path) -> None:
    store = tmp_path / "store"
    sink = open_sink(store=store)
    for item in synthetic_articles(4, seed=9):
        sink.write_article(item.extraction, item.entity_ids, item.entities)
    sink.close()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(store), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(url, proc)
        # the union of the article graphs is queried, through the usual commands
        assert len(run_named(open_graph(url), "sanctions").rows) == 4
        # updates are refused by the server itself
        request = urllib.request.Request(url + "update", data=b"update=DROP+ALL", method="POST")
        with pytest.raises(urllib.error.HTTPError):
            urllib.request.urlopen(request, timeout=10)
        # and no build can write underneath the server
        with pytest.raises(StoreError, match="open for reading"):
            open_sink(store=store)
    finally:
        stop(proc)
    assert len(run_named(open_graph(store), "sanctions").rows) == 4


def test_kg_serve_writable_takes_remote_builds(tmp_path: Path) -> None:
    store = tmp_path / "store"
    open_sink(store=store).close()
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "serve", str(store), "--port", str(port), "--writable"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}/"
    batch = synthetic_articles(3, seed=2)
    try:
        wait_until_up(url, proc)
        with pytest.raises(StoreError, match="another build is writing"):
            open_sink(store=store)  # the server is the store's one writer now
        sink = open_sink(store=url)
        for item in batch:
            sink.write_article(item.extraction, item.entity_ids, item.entities)
        sink.close()
    finally:
        stop(proc)
    sink = open_sink(store=store)  # released when the server stops
    assert sink.is_unchanged(
        batch[2].extraction.article.id, batch[2].extraction.article.content_hash
    )
    sink.close()


def test_remote_named_queries_give_each_answer_once(server: str, tmp_path: Path) -> None:
    """Four invented articles reporting one sanction and one fact, built onto the
    server: the shipped queries and the networkx view give each answer once."""
    sys.path.insert(0, str(Path(__file__).parent))
    from test_query_repeated import N, check_named_queries, write_articles

    from kg.api import build_into
    from kg.store.tonetworkx import to_networkx

    build_into(write_articles(tmp_path / "texts"), store=server)
    check_named_queries(open_graph(server))
    g = to_networkx(open_graph(server), sanctions="edges")
    supplies = [d for _, _, d in g.edges(data=True) if d["relation"] == "supplies"]
    assert [d["evidence"] for d in supplies] == [N]
