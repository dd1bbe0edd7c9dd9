"""The kind of measure an order's annex is under when the order bars dealings: "any
transaction … with an entity listed in the Annex … is prohibited" is a Ban, unless the
order blocks property (then the names are blocked, not only dealt with)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from kg.extract.frames.reader import ArticleReader


def deals_barred(listed: Token) -> bool:
    """Whether "listed in the Annex" sits in a phrase of dealings ("any transaction …
    with an entity listed in the Annex")."""
    token, seen = listed, 0
    while token.head.i != token.i and seen < 10:
        token, seen = token.head, seen + 1
        if token.lemma_.lower() in {"transaction", "dealing"}:
            return True
    return False


def transactions_prohibited(r: ArticleReader) -> bool:
    """Whether the order prohibits transactions ("the following are prohibited: (i) any
    transaction … with a covered company"): the article's few "prohibit" words only."""
    lemmas = r.lower_lemmas
    return any(
        "transaction" in lemmas[max(i - 8, 0) : i + 12] for i in r.lemma_positions({"prohibit"})
    )


def blocks_property(r: ArticleReader) -> bool:
    """Whether the article blocks property anywhere ("All property and interests in
    property of … are blocked", "blocking the property of …"), not only empowers
    someone to ("is authorized … to block their property"): read on the lemma table,
    only for the annex clauses that ask."""
    lemmas = r.lower_lemmas
    return any(
        (i == 0 or lemmas[i - 1] != "to") and "property" in lemmas[max(i - 40, 0) : i + 8]
        for i in r.lemma_positions({"block"})
    )
