"""Relations no typed frame covers (``relatedTo``), from the open extractor.

"Huawei showcased its software to police": kept with its wording. Only sentences
where no frame found a statement, and that name two entities, are read, so the open
extractor adds little to the time of the frames.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import DEP, TAG
from spacy.strings import StringStore
from spacy.symbols import ccomp, conj, relcl, xcomp
from spacy.tokens import Doc, Span, Token

from kg.extract.frames.nearby import head_indices
from kg.extract.frames.reader import ORG_CLASSES, ArticleReader
from kg.extract.openie import OBJECT_DEPS, SUBJECT_DEPS, extract_clauses
from kg.extract.tokens import token_table

_LABELS = StringStore()  # dependency label ids, the same in every vocab
_SUBJECT_IDS = frozenset(_LABELS[d] for d in SUBJECT_DEPS)
_RELCL_ID = relcl
#: The children of a verb whose phrases can be its objects (openie's OBJECT_DEPS, a
#: complement clause, and the adjuncts of ``_is_adjunct``).
_OBJECT_EDGES = frozenset(
    _LABELS[d] for d in OBJECT_DEPS | {"ccomp", "prep", "agent", "npadvmod", "tmod", "advmod"}
)
_PREPOSITIONS = frozenset({_LABELS["prep"], _LABELS["agent"]})


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
    heads, deps = head_indices(reader.doc), reader.dep
    passive_words = _passive_words(reader.doc)
    passives = set(
        passive_words[bisect_left(passive_words, sent.start) : bisect_left(passive_words, sent.end)]
    )
    clauses = extract_clauses(
        sent,
        keep_subject=lambda head: _named(reader, head.i) is not None,
        # a clause without a named object adds nothing: most verbs are skipped unbuilt
        keep_verb=lambda verb: _may_name_object(verb, named_tokens, passives, heads, deps),
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


def _may_name_object(
    verb: Token, named: list[int], passives: set[int], heads: list[int], deps: list[int]
) -> bool:
    """Whether an object of ``verb``'s clauses can have its head word in ``named``.

    Where :func:`kg.extract.openie._fill_arguments` finds an object's head word, in
    edges down from the verb (after its chain of open complements; conjunctions
    below the first edge add none): 1, a complement or adjunct of the verb; 2, a
    word under one (a preposition's object); 3, the object of a preposition under
    one ("is aware of X"). A passive's agent may come from deep in its object, and a
    relative clause's object may be the noun it modifies: both are always read
    (``passives``: the sentence's :func:`_passive_words`).
    Tested on the parse's arrays (``heads``: each word's head index; ``deps``: label
    ids), before the clause is built. (The depths hold for projective parses; on the
    corpus and news builds no verb with a named object was skipped.)
    """
    if deps[verb.i] == _RELCL_ID or verb.i in passives:
        return True
    for i in named:
        path = _labels_down(verb.i, i, heads, deps)
        if path is not None and _object_path(path):
            return True
    return False


def _labels_down(top: int, i: int, heads: list[int], deps: list[int]) -> list[int] | None:
    """The labels of the edges from word ``top`` down to word ``i``, top first; None
    when ``i`` is not under ``top``."""
    labels: list[int] = []
    below, up = i, heads[i]
    while True:
        labels.append(deps[below])
        if up == top:
            return labels[::-1]
        if up == below:
            return None  # the root: ``i`` is not under ``top``
        below, up = up, heads[up]


def _object_path(labels: list[int]) -> bool:
    """Whether edges with these labels (top first) can lead from a verb to the head
    word of one of its objects; see :func:`_may_name_object`."""
    k = 0
    while k < len(labels) and labels[k] == xcomp:
        k += 1  # "agreed to buy X": the chain's last verb takes the objects
    if k == len(labels) or labels[k] not in _OBJECT_EDGES:
        return False
    if labels[k] == ccomp:
        return k + 1 == len(labels)  # a complement clause's span has its verb as head
    below = [label for label in labels[k + 1 :] if label != conj]
    return len(below) <= 1 or (len(below) == 2 and below[0] in _PREPOSITIONS)


def _passive_words(doc: Doc) -> list[int]:
    """The words ``openie._frame`` may read as passive, or more: past participles
    and words with a passive auxiliary or subject; in order, found once per document."""
    cached: list[int] | None = doc.user_data.get("kg.passive_words")
    if cached is None:
        table = token_table(doc)
        tag, dep = table.column(TAG), table.column(DEP)
        passive_child = (dep == _LABELS["auxpass"]) | (dep == _LABELS["nsubjpass"])
        words = set(np.flatnonzero(tag == _LABELS["VBN"]).tolist())
        heads = head_indices(doc)  # (a list: the few passive children looked up in it)
        words.update(heads[c] for c in np.flatnonzero(passive_child).tolist())
        cached = doc.user_data["kg.passive_words"] = sorted(words)
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
