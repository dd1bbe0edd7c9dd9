"""Words near a token, found without walking its whole subtree.

spaCy's ``Token.children``, ``lefts`` and ``rights`` walk the token's whole
subtree; the head of a list of thousands of names has a subtree as wide as the
list, and a frame that asks once per name would take quadratic time.
"""

from __future__ import annotations

from functools import lru_cache
from typing import cast

import numpy
from spacy.attrs import DEP, HEAD
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from kg.extract.tokens import token_table


def near_children(
    token: Token, left: int, right: int, deps: frozenset[str] | None = None
) -> list[Token]:
    """The children of ``token`` within ``left`` words before and ``right`` after it;
    with ``deps``, only those attached by one of these labels (tested on the label
    ids: no Token object is made for the other children).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["US", "firm", "X"], heads=[1, 2, 2],
    ...           deps=["compound", "compound", "ROOT"])
    >>> [t.text for t in near_children(doc[2], 6, 10)]
    ['firm']
    >>> doc = Doc(spacy.blank("en").vocab, words=["X", ",", "a", "firm"], heads=[0, 0, 3, 0],
    ...           deps=["ROOT", "punct", "det", "appos"])
    >>> [t.text for t in near_children(doc[0], 0, 5)]
    [',', 'firm']
    >>> [t.text for t in near_children(doc[0], 0, 5, frozenset({"appos"}))]
    ['firm']
    """
    doc = token.doc
    heads, labels = _tables(doc)
    i = token.i
    span = range(max(i - left, 0), min(i + right + 1, len(heads)))
    if deps is None:
        return [doc[j] for j in span if j != i and heads[j] == i]
    wanted = label_ids(deps)
    return [doc[j] for j in span if j != i and heads[j] == i and labels[j] in wanted]


def up_conjuncts(token: Token, limit: int = 12) -> Token:
    """The first item of the list ``token`` is a later item of ("A, B and C" → A),
    climbing at most ``limit`` items.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "and", "B"], heads=[0, 0, 0],
    ...           deps=["ROOT", "cc", "conj"])
    >>> up_conjuncts(doc[2]).text
    'A'
    """
    for _ in range(limit):
        if token.dep_ != "conj" or token.head.i == token.i:
            break
        token = token.head
    return token


def _tables(doc: Doc) -> tuple[list[int], list[int]]:
    """:func:`head_indices` and :func:`_dep_ids` in one look-up (near_children is called
    tens of thousands of times a build: one cache read per call, not two)."""
    cached: tuple[list[int], list[int]] | None = doc.user_data.get("kg.near_tables")
    if cached is None or len(cached[0]) != len(doc):
        cached = doc.user_data["kg.near_tables"] = (head_indices(doc), _dep_ids(doc))
    return cached


def head_indices(doc: Doc) -> list[int]:
    """Each token's head index, computed once per document."""
    cached: list[int] | None = doc.user_data.get("kg.heads")
    if cached is None or len(cached) != len(doc):
        # relative offsets, stored unsigned: view them as signed
        offsets = token_table(doc).column(HEAD).view("int64")
        heads = numpy.arange(len(offsets), dtype=numpy.int64) + offsets  # one array add
        cached = doc.user_data["kg.heads"] = cast("list[int]", heads.tolist())
    return cached


def _dep_ids(doc: Doc) -> list[int]:
    """Each token's dependency label id, read once per document (one array copy)."""
    cached: list[int] | None = doc.user_data.get("kg.dep_ids")
    if cached is None or len(cached) != len(doc):
        ids = cast("list[int]", token_table(doc).column(DEP).tolist())
        cached = doc.user_data["kg.dep_ids"] = ids
    return cached


@lru_cache(maxsize=256)
def label_ids(deps: frozenset[str] | tuple[str, ...]) -> frozenset[int]:
    """The ids of dependency labels (spaCy's ids are hashes of the strings, the same
    in every document), looked up once per set of labels.

    >>> label_ids(frozenset({"conj"})) == {get_string_id("conj")}
    True
    """
    return frozenset(get_string_id(d) for d in deps)
