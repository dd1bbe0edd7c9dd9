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
"""

from __future__ import annotations

from spacy.attrs import IDX, LOWER, ORTH, SPACY
from spacy.tokens import Doc

_KEY = "kg.token_table"
#: Strings by id, across documents: a word recurs in every article, and a dict look-up
#: is cheaper than the StringStore's (which decodes and copies). spaCy's ids are hashes
#: of the strings, the same in every vocab, so one table serves them all.
_STRINGS: dict[int, str] = {}
_STRINGS_MAX = 1 << 20  # emptied past this size: a long-running process stays bounded


def _words(doc: Doc, ids: set[int]) -> dict[int, str]:
    """A table holding the strings of ``ids`` (ids from the document's vocab)."""
    if len(_STRINGS) > _STRINGS_MAX:
        _STRINGS.clear()
    strings = doc.vocab.strings
    for h in [h for h in ids if h not in _STRINGS]:  # (set - dict.keys() copies the keys)
        _STRINGS[h] = strings[h]
    return _STRINGS


class TokenTable:
    """Columns of a document's tokens: ``text``, ``lower``, ``whitespace`` (what
    follows the token) and character ``starts``."""

    __slots__ = ("_lower_words", "doc_text", "lower", "starts", "text", "whitespace")

    def __init__(self, doc: Doc) -> None:
        # One array read instead of a Token object per token (and per ``doc.text``,
        # which spaCy rebuilds from Token objects on every call).
        orth, lower, spacy, starts = doc.to_array([ORTH, LOWER, SPACY, IDX]).T.tolist()
        words = _words(doc, {*orth, *lower})
        self.text = [words[h] for h in orth]
        self.lower = [words[h] for h in lower]
        self.whitespace = [" " if s else "" for s in spacy]
        self.starts = starts
        self.doc_text = "".join(
            [w + " " if s else w for w, s in zip(self.text, spacy, strict=True)]
        )
        self._lower_words: frozenset[str] | None = None

    def has_any(self, words: frozenset[str]) -> bool:
        """Whether the document holds any of the lower-case ``words`` (a cheap gate
        before a rule looks at tokens; the word set is made on first use)."""
        if self._lower_words is None:
            self._lower_words = frozenset(self.lower)
        return not words.isdisjoint(self._lower_words)

    def span_text(self, start: int, end: int) -> str:
        """``doc[start:end].text`` without making the span (tokens and the spaces
        between them tile the document's text)."""
        if end <= start:
            return ""
        last = end - 1
        return self.doc_text[self.starts[start] : self.starts[last] + len(self.text[last])]


def token_table(doc: Doc) -> TokenTable:
    """The document's table, made on first use."""
    table = doc.user_data.get(_KEY)
    if table is None:
        table = doc.user_data[_KEY] = TokenTable(doc)
    assert isinstance(table, TokenTable)
    return table


__all__ = ["TokenTable", "token_table"]
