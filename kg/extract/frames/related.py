"""Relations no typed frame covers (``relatedTo``), from the open extractor.

"Huawei showcased its software to police": kept with its wording. Only sentences
where no frame found a statement, and that name two entities, are read, so the open
extractor adds little to the time of the frames.
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import HEAD
from spacy.symbols import csubj, csubjpass, nsubj, nsubjpass, relcl
from spacy.tokens import Doc, Span

from kg.extract.frames.reader import ORG_CLASSES, ArticleReader
from kg.extract.openie import extract_clauses

_SUBJECT_IDS = frozenset({nsubj, nsubjpass, csubj, csubjpass})  # openie's SUBJECT_DEPS, as ids
_RELCL_ID = relcl


def read_related(reader: ArticleReader, sent: Span) -> None:
    """Add ``relatedTo`` facts between the named entities of ``sent``'s clauses."""
    if len(sent) > 60:
        return  # long enumerations: the open extractor's spans get unreliable there
    index = reader.index
    named_tokens = [
        i
        for i in reader.named_tokens(sent.start, sent.end)
        if reader.cls(index[i].entity) != "Location"
    ]
    named = {index[i].entity for i in named_tokens}
    if len(named) < 2 or not any(reader.cls(e) in ORG_CLASSES for e in named):
        return
    heads, deps = _heads(reader.doc), reader.dep
    clauses = extract_clauses(
        sent,
        keep_subject=lambda head: _named(reader, head.i) is not None,
        # a clause without a named object adds nothing: most verbs are skipped unbuilt
        keep_verb=lambda verb: _may_name_object(verb.i, named_tokens, heads, deps),
        nominal=False,
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


def _may_name_object(verb: int, named: list[int], heads: list[int], deps: list[int]) -> bool:
    """Whether an object of verb ``verb``'s clauses can be a named word of ``named``.

    An object's head word lies under the verb but not under one of its subjects
    (:func:`kg.extract.openie._fill_arguments`), or, in a relative clause, is the
    noun the clause modifies. Read off the parse's arrays (``heads``: each word's
    head index; ``deps``: label ids), not its Tokens, before the clause is built.
    """
    if deps[verb] == _RELCL_ID and heads[verb] in named:
        return True
    for i in named:
        if i == verb:
            continue
        below, up = i, heads[i]
        while up != verb and up != below:  # climb to the verb, or stop at the root
            below, up = up, heads[up]
        if up == verb and deps[below] not in _SUBJECT_IDS:
            return True
    return False


def _heads(doc: Doc) -> list[int]:
    """Each word's head index, read once per document."""
    cached: list[int] | None = doc.user_data.get("kg.heads")
    if cached is None:
        offsets = doc.to_array(HEAD).astype(np.int64)  # relative, stored unsigned
        cached = (np.arange(len(doc)) + offsets).tolist()
        doc.user_data["kg.heads"] = cached
    return cached


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
