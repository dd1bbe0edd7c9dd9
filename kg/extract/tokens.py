"""A document's token strings, read once and shared by the rules.

The rules ask for the same few strings of the same tokens many times, and each
``doc[i]`` or ``doc[a:b].text`` builds new spaCy objects to answer. A
:class:`TokenTable` reads every token once per document and answers from lists.

>>> from spacy.lang.en import English
>>> doc = English()("The U.S. Department of  Commerce acted.")
>>> table = token_table(doc)
>>> table.lower[1], table.span_text(1, 5) == doc[1:5].text
('u.s.', True)
>>> token_table(doc) is table  # cached on the document
True
>>> table.sentence(doc, 2)  # the one sentence's bounds
(0, 8)
"""

from __future__ import annotations

import operator
from bisect import bisect_right
from typing import cast

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IDX, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.tokens import Doc, Token

_KEY = "kg.token_table"
#: Strings by id, across documents: a word recurs in every article, and a dict look-up
#: is cheaper than the StringStore's (which decodes and copies). spaCy's ids are hashes
#: of the strings, the same in every vocab, so one table serves them all.
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 1 << 20  # emptied past this size: a long-running process stays bounded
#: The token attributes the rules read as whole-document columns, read in one
#: ``Doc.to_array`` (its time goes by tokens x attributes: each attribute was read two
#: to four times by separate calls).
COLUMNS = (ORTH, LOWER, SPACY, IDX, POS, TAG, DEP, HEAD, LEMMA, ENT_TYPE, SENT_START)
_COLUMN = {attr: k for k, attr in enumerate(COLUMNS)}


def _words(doc: Doc, ids: set[int]) -> dict[int, str]:
    """A table holding the strings of ``ids`` (ids from the document's vocab)."""
    if len(_STRINGS) > _STRINGS_MAX:
        _STRINGS.clear()
    strings = doc.vocab.strings
    for h in ids.difference(_STRINGS):  # (a C loop; ``ids - _STRINGS.keys()`` copies the keys)
        _STRINGS[h] = strings[h]
    return _STRINGS


class TokenTable:
    """Columns of a document's tokens: ``text``, ``lower``, ``whitespace`` (what
    follows the token) and character ``starts``; the :data:`COLUMNS` attributes as
    ids (:meth:`column`); and, made as the rules ask, each token's children and
    sentence."""

    __slots__ = (
        "_children",
        "_lower_words",
        "_sentence_starts",
        "array",
        "doc_text",
        "lower",
        "starts",
        "text",
        "whitespace",
    )

    def __init__(self, doc: Doc) -> None:
        # One array read instead of a Token object per token (and per ``doc.text``,
        # which spaCy rebuilds from Token objects on every call).
        self.array = doc.to_array(list(COLUMNS))
        orth, lower, spacy, starts = self.array[:, :4].T.tolist()
        words = _words(doc, {*orth, *lower})
        self.text = list(map(words.__getitem__, orth))  # (``map``: no Python step per token)
        self.lower = list(map(words.__getitem__, lower))
        self.whitespace = [" " if s else "" for s in spacy]
        self.starts = starts
        self.doc_text = "".join(map(operator.add, self.text, self.whitespace))
        self._lower_words: frozenset[str] | None = None
        self._children: dict[int, list[tuple[int, str]]] = {}
        self._sentence_starts: list[int] | None = None

    def column(self, attr: int) -> numpy.ndarray:
        """The ids (uint64) of attribute ``attr`` (one of :data:`COLUMNS`) by token: a
        view of the document's array, not to be written to."""
        return self.array[:, _COLUMN[attr]]

    def has_any(self, words: frozenset[str]) -> bool:
        """Whether the document holds any of the lower-case ``words`` (a cheap gate
        before a rule looks at tokens; the word set is made on first use)."""
        return not words.isdisjoint(self.lower_words)

    @property
    def lower_words(self) -> frozenset[str]:
        """The document's distinct lower-case words (made on first use)."""
        if self._lower_words is None:
            self._lower_words = frozenset(self.lower)
        return self._lower_words

    def where_lower(self, doc: Doc, words: frozenset[str] | set[str]) -> list[int]:
        """The tokens whose lower-case form is in ``words``, in order: the words met
        in the document found by set intersection, then one array comparison per such
        word (instead of a Python test per token)."""
        return self._where(doc, LOWER, words & self.lower_words)

    def where_text(self, doc: Doc, words: frozenset[str] | set[str]) -> list[int]:
        """The tokens whose text is one of ``words`` (words of the document), in order."""
        return self._where(doc, ORTH, words)

    def _where(self, doc: Doc, attr: int, present: frozenset[str] | set[str]) -> list[int]:
        if not present:
            return []
        column, strings = self.column(attr), doc.vocab.strings
        hits = numpy.zeros(len(column), dtype=bool)
        for word in present:  # ids are the strings' hashes (the words are in the vocab)
            hits |= column == strings[word]
        return cast("list[int]", numpy.flatnonzero(hits).tolist())

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without making the span (tokens and the spaces
        between them tile the document's text)."""
        if end <= start:
            return ""
        last = end - 1  # (:meth:`char_bounds` written out: asked ~200,000 times a build)
        return self.doc_text[self.starts[start] : self.starts[last] + len(self.text[last])]

    def char_bounds(self, start: int, end: int) -> tuple[int, int]:
        """``doc[start:end]``'s ``start_char`` and ``end_char`` (``end > start``),
        without making the span."""
        last = end - 1
        return self.starts[start], self.starts[last] + len(self.text[last])

    def children(self, doc: Doc, i: int) -> list[tuple[int, str]]:
        """The children of token ``i`` as (index, label) pairs, in order: read from
        spaCy once per token. The frames ask for the same verb's children again and
        again (its subject, its prepositions, its auxiliaries), and each walk of
        ``Token.children`` makes a Token per child; indices keep the cache free of
        reference cycles (a Token holds its Doc)."""
        kids = self._children.get(i)
        if kids is None:
            kids = self._children[i] = [(c.i, c.dep_) for c in doc[i].children]
        return kids

    def sentence(self, doc: Doc, i: int) -> tuple[int, int]:
        """The token bounds of the sentence of token ``i``: ``doc[i].sent``'s start and
        end, bisected from the document's sentence starts (``Token.sent`` scans the
        parse from the token and makes two Spans)."""
        starts = self._sentence_starts
        if starts is None:
            # the starts of ``doc.sents``: the first token, and every token marked 1
            marks = self.column(SENT_START)
            starts = [0, *(numpy.flatnonzero(marks[1:] == 1) + 1).tolist()] if len(doc) else []
            self._sentence_starts = starts
        k = bisect_right(starts, i)
        return starts[k - 1], starts[k] if k < len(starts) else len(self.text)


def token_table(doc: Doc) -> TokenTable:
    """The document's table, made on first use."""
    table: TokenTable | None = doc.user_data.get(_KEY)  # (asked ~100,000 times a build)
    if table is None:
        table = doc.user_data[_KEY] = TokenTable(doc)
    return table


def sentence_bounds(token: Token) -> tuple[int, int]:
    """``(token.sent.start, token.sent.end)`` from the document's table."""
    doc = token.doc
    return token_table(doc).sentence(doc, token.i)


__all__ = ["COLUMNS", "TokenTable", "sentence_bounds", "token_table"]
