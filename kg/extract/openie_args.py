"""Argument spans for open triples: a head word expanded to its phrase.

An argument is the head's subtree, less the parts that say something of their own
(relative clauses, appositions, parentheticals), kept contiguous and trimmed of
edge punctuation. Coordinated heads can be split into one span each.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("ZTE and Huawei, which make phones, were charged.")
>>> [s.text for s in argument_spans(doc[0])]
['ZTE', 'Huawei']
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from kg.extract.tokens import token_table

#: Children whose phrases are separate statements, not part of the argument.
DROP_DEPS = frozenset({"relcl", "appos", "parataxis", "advcl"})
#: Objects keep their relative clauses: "became the first player to ..." is one thing.
OBJECT_DROP = DROP_DEPS
NESTED_ASIDES = frozenset({"relcl", "acl", "appos", "advcl", "parataxis"})
CONJ_DEPS = frozenset({"conj", "cc", "preconj"})
NOMINAL = frozenset({"NOUN", "PROPN", "PRON", "NUM"})
OPENING = frozenset({"(", "[", "{", "-LRB-", "-LSB-", "-LCB-", "``"})
CLOSING = frozenset({")", "]", "}", "-RRB-", "-RSB-", "-RCB-"})
EDGE_PUNCT = frozenset({",", ";", ":", ".", "--", "-", "!", "?"})


def is_relative_pronoun(tok: Token) -> bool:
    """Whether ``tok`` is the pronoun that opens a relative clause (who, which, that).

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The firm that makes chips grew.")
    >>> is_relative_pronoun(doc[2])
    True
    """
    if tok.tag_ in ("WDT", "WP", "WP$"):
        return True
    return tok.lower_ == "that" and tok.head.dep_ in ("relcl", "acl") and tok.i < tok.head.i


def span_of(
    tok: Token,
    drop: frozenset[str] = DROP_DEPS,
    stop_at: Token | None = None,
    drop_conj: bool = False,
) -> Span:
    """The contiguous phrase around ``tok``, less dropped children and edge punctuation.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The company, which is big, grew.")
    >>> span_of(doc[1]).text
    'The company'
    """
    doc = tok.doc
    text = token_table(doc).text  # words by index: no Token object per look
    excluded: set[int] = set()
    for child in tok.children:
        # A participle set off by a comma is an aside: "The company, fined last year, ..."
        edge = child.left_edge.i
        aside = child.dep_ == "acl" and edge > 0 and text[edge - 1] == ","
        if child.dep_ in drop or aside or (drop_conj and child.dep_ in CONJ_DEPS):
            excluded.update(t.i for t in child.subtree)
    if stop_at is not None:
        excluded.update(t.i for t in stop_at.subtree)
    subtree = list(tok.subtree)  # walked once, read twice
    # Deeper down, clauses set off by a comma are asides too: "the band of Reploids,
    # who in turn marvel at his skills".
    for inner in subtree if drop else ():
        if inner.i in excluded or inner.head == tok or inner == tok:
            continue
        edge = inner.left_edge.i
        if inner.dep_ in NESTED_ASIDES and edge > 0 and text[edge - 1] == ",":
            excluded.update(t.i for t in inner.subtree)
    allowed = {t.i for t in subtree} - excluded
    lo = hi = tok.i
    # A line break ends a phrase: a heading the parser ran into the sentence stays out.
    while lo - 1 in allowed and not _line_break(text[lo - 1]):
        lo -= 1
    while hi + 1 in allowed and not _line_break(text[hi + 1]):
        hi += 1
    while lo < tok.i and (
        text[lo] in EDGE_PUNCT or doc[lo].dep_ in ("cc", "preconj") or text[lo].isspace()
    ):
        lo += 1
    while hi > tok.i and (text[hi] in EDGE_PUNCT or doc[hi].dep_ == "cc" or text[hi].isspace()):
        hi -= 1
    if hi > tok.i and text[hi] in OPENING:
        hi -= 1
    if lo < tok.i and text[lo] in CLOSING:
        lo += 1
    # A quotation mark whose partner fell outside the phrase goes too.
    words = text[lo : hi + 1]
    if lo < tok.i and words[0] in ("``", '"') and not any(w in ("''", '"') for w in words[1:]):
        lo += 1
    if hi > tok.i and words[-1] in ("''", '"') and not any(w in ("``", '"') for w in words[:-1]):
        hi -= 1
    return Span(doc, lo, hi + 1)  # lo <= tok.i <= hi: no slice to normalise (doc[lo:hi+1])


def _line_break(word: str) -> bool:
    return word.isspace() and "\n" in word  # spaCy's is_space is str.isspace()


def clause_span(tok: Token) -> Span:
    """A whole clause (a complement or clausal subject), trimmed of edge punctuation.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("He said that ZTE sold chips.")
    >>> clause_span(doc[4]).text
    'that ZTE sold chips'
    """
    return span_of(tok, drop=frozenset())


def _conjuncts(tok: Token) -> list[Token]:
    if tok.pos_ not in NOMINAL:
        return [tok]
    return [tok, *(c for c in tok.conjuncts if c.pos_ in NOMINAL and c.i > tok.i)]


def argument_spans(
    tok: Token,
    keep_conj: bool = False,
    drop: frozenset[str] = DROP_DEPS,
    keep_head: Callable[[Token], bool] | None = None,
) -> list[Span]:
    """The argument(s) headed by ``tok``: one per conjunct unless ``keep_conj``.
    ``keep_head`` leaves out a conjunct it rejects before its span is made (a
    preposition's spans are all made: the caller tests their heads).

    A preposition keeps its object ("to Iran"); its further coordinated objects are
    their own words only, as the text has them.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("They sold chips to Iran and Syria.")
    >>> [s.text for s in argument_spans(doc[3])]
    ['to Iran', 'Syria']
    """
    doc = tok.doc
    if tok.pos_ == "ADP" or tok.dep_ in ("prep", "agent"):
        objs = [c for c in tok.children if c.dep_ in ("pobj", "pcomp")]
        if not objs:
            return [span_of(tok, drop=drop)]
        obj = objs[0]
        inner = [span_of(obj, drop=drop)] if keep_conj else _split(obj, drop)
        out = []
        for k, span in enumerate(inner):
            if k == 0 and span.start > tok.i:
                out.append(doc[tok.i : span.end])
            else:
                out.append(span)
        return out
    if keep_conj:
        return [span_of(tok, drop=drop)] if keep_head is None or keep_head(tok) else []
    return _split(tok, drop, keep_head)


def _split(
    tok: Token,
    drop: frozenset[str] = DROP_DEPS,
    keep_head: Callable[[Token], bool] | None = None,
) -> list[Span]:
    conjuncts = _conjuncts(tok)
    if keep_head is not None:
        # each span's head is its conjunct (``span_of(t)`` is a phrase of t's subtree)
        if len(conjuncts) == 1:
            return [span_of(tok, drop=drop)] if keep_head(tok) else []
        return [span_of(c, drop=drop, drop_conj=True) for c in conjuncts if keep_head(c)]
    if len(conjuncts) == 1:
        return [span_of(tok, drop=drop)]
    return [span_of(c, drop=drop, drop_conj=True) for c in conjuncts]
