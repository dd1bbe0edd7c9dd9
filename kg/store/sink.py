"""Where a build writes its graph: a file, an on-disk store, or a SPARQL server.

A build writes one article at a time, in article order, through a :class:`GraphSink`;
:func:`open_sink` picks the sink from the command line's ``--output``/``--store``.

>>> import tempfile, pathlib
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.trig"
>>> sink = open_sink(output=out)
>>> sink.is_unchanged("a1", "0" * 64)
False
>>> sink.close()
>>> out.exists()
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Protocol

from rdflib import Literal
from rdflib.namespace import RDF, RDFS, SKOS

from kg.errors import StoreError
from kg.model import ArticleExtraction, ResolvedEntity
from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.rdf import entity_id_of, parse_votes


class GraphSink(Protocol):
    """What a build writes into; every method is safe to call in article order."""

    def is_unchanged(
        self, article_id: str, content_hash: str, extractor: str | None = None
    ) -> bool:
        """True when the article is already stored with this content hash (and, when
        ``extractor`` is given, was written by that extractor: see :mod:`kg.fingerprint`)."""
        ...

    def known_entities(self) -> list[ResolvedEntity]:
        """Entities already stored, to seed cross-article resolution."""
        ...

    def write_article(
        self,
        extraction: ArticleExtraction,
        entity_ids: Mapping[str, str],
        entities: Sequence[ResolvedEntity],
    ) -> None:
        """Replace the article's graph and upsert ``entities``, all or nothing."""
        ...

    def remove_articles(self, ids: Sequence[str]) -> list[str]:
        """Remove articles by id; returns the ids that were present."""
        ...

    def close(self) -> None:
        """Finish writing (a file sink writes its file here) and release locks."""
        ...


def open_sink(output: Path | str | None = None, store: str | Path | None = None) -> GraphSink:
    """The sink for ``--output FILE`` or ``--store DIR|URL`` (exactly one of them)."""
    if (output is None) == (store is None):
        raise StoreError("give exactly one of an output file or a store")
    if output is not None:
        from kg.store.filesink import FileSink

        return FileSink(Path(output))
    location = str(store)
    if location.startswith(("http://", "https://")):
        from kg.store.remote import RemoteSink

        return RemoteSink(location)
    from kg.store.oxstore import StoreSink

    return StoreSink(Path(location))


def entities_from_triples(
    triples: Iterable[tuple[object, object, object]],
) -> list[ResolvedEntity]:
    """Rebuild :class:`ResolvedEntity` values from the entities graph's triples.

    >>> from kg.store.rdf import entity_quads
    >>> e = ResolvedEntity("zte", "ZTE Corporation", "Company", ("ZTE",))
    >>> entities_from_triples(q[:3] for q in entity_quads([e])) == [e]
    True
    """
    labels: dict[str, str] = {}
    classes: dict[str, str] = {}
    aliases: dict[str, set[str]] = {}
    votes: dict[str, tuple[tuple[str, int], ...]] = {}
    kg_ns = str(KG._NS)
    for s, p, o in triples:
        key = str(s)
        if p == RDF.type and str(o).startswith(kg_ns):
            classes[key] = str(o)[len(kg_ns) :]
        elif p == RDFS.label and isinstance(o, Literal):
            labels[key] = str(o)
        elif p == SKOS.altLabel and isinstance(o, Literal):
            aliases.setdefault(key, set()).add(str(o))
        elif p == KG.classVotes and isinstance(o, Literal):
            votes[key] = parse_votes(str(o))
    found = []
    for key in sorted(labels.keys() & classes.keys()):
        names = tuple(sorted(aliases.get(key, set()) - {labels[key]}))
        try:
            entity_id = entity_id_of(key)
            found.append(
                ResolvedEntity(entity_id, labels[key], classes[key], names, votes.get(key, ()))
            )
        except ValueError:
            continue  # a node the build did not write (foreign class): not ours to seed
    return found


__all__ = ["ENTITIES_GRAPH", "GraphSink", "entities_from_triples", "open_sink"]
