"""The token table answers as spaCy's own Token objects do."""

import spacy
from spacy.attrs import SENT_START
from spacy.tokens import Doc

from kg.extract.pipeline import load_pipeline
from kg.extract.tokens import token_table


def test_children_match_spacy_in_text_order() -> None:
    doc = load_pipeline()(
        "Yesterday the Brannock Trust, a lender based in Ostvale, quietly sold its "
        "two freight ships to Halloway Marine and Pettigrew Ltd. Nobody objected."
    )
    table = token_table(doc)
    for token in doc:
        assert table.children(doc, token.i) == [(c.i, c.dep_) for c in token.children]
    verb = next(t for t in doc if t.lemma_ == "sell")
    # left and right children both, the root itself never among them
    assert [i for i, _ in table.children(doc, verb.i)] == sorted(c.i for c in verb.children)
    assert all(i != verb.i for i, _ in table.children(doc, verb.i))


def test_where_finds_every_token_of_the_words_in_order() -> None:
    doc = load_pipeline()("Drones, DRONES and more drones: Kestrel drones flew.")
    table = token_table(doc)
    assert table.where_lower(doc, frozenset({"drones", "flew"})) == [0, 2, 5, 8, 9]
    assert table.where_lower(doc, frozenset({"satellite"})) == []


def test_children_match_spacy_when_a_sentence_mark_cuts_a_tree() -> None:
    # a document whose sentence marks were set over its parse ("C left" marked as a
    # sentence while "left" hangs on "sold"): a sentence's words do not hold all the
    # children of its words, and the table must not read them as if they did
    vocab = spacy.blank("en").vocab
    doc = Doc(
        vocab,
        words=["A", "sold", "B", ".", "C", "left"],
        heads=[1, 1, 1, 1, 5, 1],
        deps=["nsubj", "ROOT", "dobj", "punct", "nsubj", "conj"],
    )
    marks = doc.to_array([SENT_START])
    marks[4] = 1
    doc.from_array([SENT_START], marks)
    assert [s.start for s in doc.sents] == [0, 4]
    table = token_table(doc)
    for token in doc:
        assert table.children(doc, token.i) == [(c.i, c.dep_) for c in token.children]
    assert table.children(doc, 1)[-1] == (5, "conj")
