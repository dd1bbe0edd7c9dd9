"""The token table answers as spaCy's own Token objects do."""

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


def test_where_text_matches_the_exact_text_in_order() -> None:
    doc = load_pipeline()("GPUs, gpus and the GPU: Marvik ships GPUs.")
    table = token_table(doc)
    assert table.where_text(doc, {"GPUs", "GPU"}) == [0, 5, 9]
    assert table.where_text(doc, set()) == []
