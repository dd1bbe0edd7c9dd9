"""The file sink: collect the graph in memory, write it atomically when closed.

>>> import tempfile, pathlib
>>> from kg.model import Article, ArticleExtraction, Entity, ResolvedEntity
>>> out = pathlib.Path(tempfile.mkdtemp()) / "g.ttl"
>>> sink = FileSink(out)
>>> ext = ArticleExtraction(Article("a1", "ZTE."), (Entity("z", "ZTE", "Company"),))
>>> sink.write_article(ext, {"z": "zte"}, [ResolvedEntity("zte", "ZTE", "Company")])
>>> sink.is_unchanged("a1", ext.article.content_hash)
True
>>> sink.close()
>>> "kg:Company" in out.read_text()
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from rdflib import Dataset, Literal

from kg.model import ArticleExtraction, ResolvedEntity
from kg.store.formats import format_of, write_dataset
from kg.store.namespace import ENTITIES_GRAPH, KG
from kg.store.rdf import article_iri, article_quads, entities_graph_quads
from kg.store.sink import entities_from_triples


class FileSink:
    """A :class:`~kg.store.sink.GraphSink` that writes one graph file at close.

    The file's extension picks the format; an unknown one fails at once, before
    any work is done.
    """

    def __init__(self, path: Path) -> None:
        format_of(path)  # fail before a long build, not after it
        self.path = path
        self.dataset = Dataset(default_union=True)

    def is_unchanged(
        self, article_id: str, content_hash: str, extractor: str | None = None
    ) -> bool:
        """True when this build already wrote the article with this content (by
        ``extractor``, when given)."""
        graph = article_iri(article_id)
        if (graph, KG.contentHash, Literal(content_hash), graph) not in self.dataset:
            return False
        return (
            extractor is None
            or (graph, KG.extractedWith, Literal(extractor), graph) in self.dataset
        )

    def known_entities(self) -> list[ResolvedEntity]:
        """Entities written so far in this build."""
        graph = self.dataset.graph(ENTITIES_GRAPH)
        return entities_from_triples(graph.triples((None, None, None)))

    def write_article(
        self,
        extraction: ArticleExtraction,
        entity_ids: Mapping[str, str],
        entities: Sequence[ResolvedEntity],
    ) -> None:
        """Replace the article's graph and upsert the entities."""
        # Compute every quad first, so a bad extraction leaves the dataset untouched.
        quads = list(article_quads(extraction, entity_ids))
        upserts = entities_graph_quads(extraction, entity_ids, entities)
        self.dataset.remove_graph(article_iri(extraction.article.id))
        entity_graph = self.dataset.graph(ENTITIES_GRAPH)
        for subject in dict.fromkeys(q[0] for q in upserts):
            entity_graph.remove((subject, None, None))
        self.dataset.addN([*quads, *upserts])  # type: ignore[arg-type,list-item]

    def remove_articles(self, ids: Sequence[str]) -> list[str]:
        """Drop articles from this build's graph."""
        present = {g.identifier for g in self.dataset.graphs()}
        removed = [i for i in ids if article_iri(i) in present]
        for article_id in removed:
            self.dataset.remove_graph(article_iri(article_id))
        return removed

    def close(self) -> None:
        """Write the file (atomically: temp file, then rename)."""
        write_dataset(self.dataset, self.path)
