"""Relations no typed frame covers (``relatedTo``), from the open extractor.

"Huawei showcased its software to police": kept with its wording. Only sentences
where no frame found a statement, and that name two entities, are read, so the open
extractor adds little to the time of the frames.
"""

from __future__ import annotations

from spacy.tokens import Span

from kg.extract.frames.reader import ORG_CLASSES, ArticleReader
from kg.extract.openie import extract_clauses


def read_related(reader: ArticleReader, sent: Span) -> None:
    """Add ``relatedTo`` facts between the named entities of ``sent``'s clauses."""
    if len(sent) > 60:
        return  # long enumerations: the open extractor's spans get unreliable there
    index = reader.index
    named = {
        index[i].entity
        for i in reader.named_tokens(sent.start, sent.end)
        if reader.cls(index[i].entity) != "Location"
    }
    if len(named) < 2 or not any(reader.cls(e) in ORG_CLASSES for e in named):
        return
    clauses = extract_clauses(
        sent, keep_subject=lambda head: _named(reader, head.i) is not None, nominal=False
    )
    for clause in clauses:
        if clause.confidence < 0.4 or clause.verb is None:
            continue
        subjects = _span_entities(reader, clause.subject)
        for obj in clause.objects:
            for s_ent in subjects:
                for o_ent in _span_entities(reader, obj):
                    reader.fact(
                        s_ent, "relatedTo", o_ent, sent, "openie.related.v1",
                        round(clause.confidence * 0.8, 3), clause.modality, clause.relation,
                    )  # fmt: skip


def _span_entities(reader: ArticleReader, span: Span) -> list[int]:
    """The entity an argument span names: the mention at its head, if any."""
    entity = _named(reader, span.root.i)
    return [] if entity is None else [entity]


def _named(reader: ArticleReader, i: int) -> int | None:
    """The entity, other than a place, that a mention at token ``i`` names."""
    mention = reader.index.get(i)
    if mention is None or reader.cls(mention.entity) == "Location":
        return None
    return mention.entity
