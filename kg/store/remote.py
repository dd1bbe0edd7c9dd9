"""A remote store: an existing SPARQL 1.1 server, through rdflib's SPARQL stores.

The location is the server's **query endpoint** URL; the update endpoint is found
from it:

=============================================  ======================================
``--store`` URL                                 update endpoint
=============================================  ======================================
``http://host:7878/`` (Oxigraph, root)          ``http://host:7878/update``
``http://host:7878/query`` (Oxigraph)           ``http://host:7878/update``
``http://host:3030/news/query`` (Fuseki)        ``http://host:3030/news/update``
``http://host:3030/news/sparql`` (Fuseki)       ``http://host:3030/news/update``
``http://host:8890/sparql`` (Virtuoso)          ``http://host:8890/sparql`` (same)
=============================================  ======================================

Set ``KG_SPARQL_UPDATE_URL`` to use another update endpoint (for example Virtuoso's
``/sparql-auth``); ``http://user:password@host/...`` sends HTTP basic auth.

Writes are batched: each article is one SPARQL Update (replace its graph, upsert
its entities), and several articles go in one request (one transaction on Oxigraph
and Fuseki). Readers see the union of the named graphs only if the server queries it
by default: start Oxigraph with ``--union-default-graph`` (``kg serve`` does), give
Fuseki ``tdb2:unionDefaultGraph true``; Virtuoso does so already.

>>> endpoints("http://localhost:7878/")
('http://localhost:7878/query', 'http://localhost:7878/update', None)
>>> endpoints("http://u:p@host:8890/sparql")
('http://host:8890/sparql', 'http://host:8890/sparql', ('u', 'p'))
"""

from __future__ import annotations

import os
import urllib.error
from collections.abc import Iterator, Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from rdflib import BNode, Dataset, Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

from kg.errors import GraphLoadError, StoreError
from kg.fingerprint import extractor_fingerprint
from kg.model import ArticleExtraction, ResolvedEntity
from kg.store.formats import bind_prefixes
from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.rdf import article_id_of, article_iri, article_quads, entities_graph_quads
from kg.store.sink import entities_from_triples
from kg.store.updates import article_update, nt, remove_update

#: Articles sent per update request.
BATCH = 25


def endpoints(url: str) -> tuple[str, str, tuple[str, str] | None]:
    """The query endpoint, update endpoint and basic-auth pair for a ``--store`` URL.

    >>> endpoints("http://[::1/query")
    Traceback (most recent call last):
    ...
    kg.errors.GraphLoadError: http://[::1/query: not a valid URL (Invalid IPv6 URL)
    """
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - checks the port: "host:99999" raises here
    except ValueError as err:
        raise GraphLoadError(f"{url}: not a valid URL ({err})") from err
    if any(c.isspace() or not c.isprintable() for c in url):  # http.client would raise
        raise GraphLoadError(f"{url!r}: not a valid URL (spaces or control characters)")
    auth = None
    netloc = parts.netloc
    if parts.username is not None:
        auth = (parts.username, parts.password or "")
        netloc = netloc.rsplit("@", 1)[1]
    path = parts.path
    if path in ("", "/"):
        query_path, update_path = "/query", "/update"
    elif path.endswith("/query"):
        query_path, update_path = path, path[: -len("query")] + "update"
    elif path.endswith("/sparql") and path.count("/") >= 2:  # Fuseki: /DATASET/sparql
        query_path, update_path = path, path[: -len("sparql")] + "update"
    else:  # Virtuoso and others: one endpoint for both
        query_path, update_path = path, path
    query = urlunsplit((parts.scheme, netloc, query_path, parts.query, ""))
    update = urlunsplit((parts.scheme, netloc, update_path, "", ""))
    return query, os.environ.get("KG_SPARQL_UPDATE_URL", update), auth


class QuadSPARQLStore(SPARQLStore):
    """rdflib's read-only SPARQL store, also telling which graph each triple is in.

    rdflib's own returns no graphs, so ``Dataset.quads`` (and exports keeping the
    named graphs) would fail on it.
    """

    def triples(self, spo: Any, context: Any = None) -> Iterator[tuple[Any, Any]]:
        identifier = getattr(context, "identifier", context)
        if identifier is not None and not isinstance(identifier, BNode):
            for triple, _ in super().triples(spo, context):
                yield triple, iter((context,))
            return
        terms = [nt(t) if t is not None else f"?{v}" for t, v in zip(spo, "spo", strict=True)]
        query = f"SELECT * WHERE {{ GRAPH ?g {{ {' '.join(terms)} }} }}"
        for row in self.query(query):
            values = row.asdict()  # type: ignore[union-attr]
            triple = tuple(values.get(v, t) for t, v in zip(spo, "spo", strict=True))
            yield triple, iter((Graph(self, identifier=values["g"]),))

    def add_graph(self, graph: Graph) -> None:
        """Nothing to do: rdflib registers a graph even to read it."""


def _connect(url: str, update: bool) -> SPARQLStore:
    query_url, update_url, auth = endpoints(url)
    options: dict[str, Any] = {"returnFormat": "json", "method": "POST_FORM", "timeout": 120}
    if auth is not None:
        options["auth"] = auth
    if update:
        return SPARQLUpdateStore(query_url, update_url, autocommit=False, **options)
    return QuadSPARQLStore(query_url, **options)


def _unreachable(url: str, err: Exception) -> str:
    reason = getattr(err, "reason", None) or err
    return f"{url}: SPARQL endpoint not reachable ({reason})"


def open_remote(url: str) -> Dataset:
    """A read-only dataset over a SPARQL endpoint (checked with one small query)."""
    store = _connect(url, update=False)
    dataset = Dataset(store=store, default_union=True)
    bind_prefixes(dataset)
    try:
        dataset.query("ASK { }")
    except (urllib.error.URLError, OSError, ValueError) as err:
        raise GraphLoadError(_unreachable(url, err)) from err
    return dataset


class RemoteSink:
    """A :class:`~kg.store.sink.GraphSink` writing to a SPARQL 1.1 server."""

    def __init__(self, url: str, batch: int = BATCH) -> None:
        self.url = url
        self.batch = batch
        self.store: Any = _connect(url, update=True)
        self._pending = 0
        try:
            rows = self._select(
                f"SELECT ?g ?h ?x WHERE {{ GRAPH ?g {{ ?g {nt(KG.contentHash)} ?h "
                f"OPTIONAL {{ ?g {nt(KG.extractedWith)} ?x }} }} }}"
            )
        except (urllib.error.URLError, OSError, ValueError) as err:
            raise StoreError(_unreachable(url, err)) from err
        # Hashes are read once: looking them up per article would flush every batch.
        self.hashes = {str(g): str(h) for g, h, _ in rows}
        self.extractors = {str(g): str(x) for g, _, x in rows if x is not None}

    def _select(self, query: str) -> list[tuple[Any, ...]]:
        return [tuple(row) for row in self.store.query(query)]

    def is_unchanged(
        self, article_id: str, content_hash: str, extractor: str | None = None
    ) -> bool:
        """True when the server holds the article with this content hash (written by
        ``extractor``, when given)."""
        graph = str(article_iri(article_id))
        if self.hashes.get(graph) != content_hash:
            return False
        return extractor is None or self.extractors.get(graph) == extractor

    def known_entities(self) -> list[ResolvedEntity]:
        """Every entity in the server's entities graph."""
        self.flush()
        rows = self._select(
            f"SELECT ?s ?p ?o WHERE {{ GRAPH {nt(ENTITIES_GRAPH)} {{ ?s ?p ?o }} }}"
        )
        return entities_from_triples((s, p, o) for s, p, o in rows)

    def write_article(
        self,
        extraction: ArticleExtraction,
        entity_ids: Mapping[str, str],
        entities: Sequence[ResolvedEntity],
    ) -> None:
        """Queue the article's update; every ``batch`` articles go in one request."""
        graph = article_iri(extraction.article.id)
        update = article_update(
            graph,
            list(article_quads(extraction, entity_ids)),
            entities_graph_quads(extraction, entity_ids, entities),
            old_mentions=None,  # found by the server, so writes need no reads
        )
        self.store.update(update)
        self.hashes[str(graph)] = extraction.article.content_hash
        self.extractors[str(graph)] = extractor_fingerprint()
        self._pending += 1
        if self._pending >= self.batch:
            self.flush()

    def flush(self) -> None:
        """Send the queued updates."""
        if self._pending:
            try:
                self.store.commit()
            except (urllib.error.URLError, OSError, ValueError) as err:
                raise StoreError(f"{self.url}: update failed ({err})") from err
            self._pending = 0

    def remove_articles(self, ids: Sequence[str]) -> list[str]:
        """Remove articles and the entities only they mentioned."""
        self.flush()
        present = [i for i in ids if str(article_iri(i)) in self.hashes]
        if present:
            self.store.update(remove_update([article_iri(i) for i in present], None))
            self._pending += 1
            self.flush()
            for i in present:
                self.hashes.pop(str(article_iri(i)), None)
                self.extractors.pop(str(article_iri(i)), None)
        return present

    def article_ids(self) -> list[str]:
        """Ids of the articles on the server, sorted."""
        return sorted(article_id_of(g) for g in self.hashes)

    def close(self) -> None:
        """Send what is queued."""
        self.flush()


__all__ = ["RemoteSink", "URIRef", "endpoints", "open_remote"]
