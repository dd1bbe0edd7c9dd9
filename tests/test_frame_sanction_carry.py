"""Sanctions whose imposer or target a sentence leaves to the one before, on sentences
written for these tests, through the real pipeline: "Also designated were A and B",
"Among those designated are X", "It designated X" after "The Treasury took action",
"the agency fined X", "The sanctions on Y" after a measure; the body a leader directs;
a body a state "will use"; and a pronoun whose sentence before names no acting
government."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.sanction import _refers_back
from tests.test_extract_rules import asserted_measures as sanctions
from tests.test_extract_rules import run

# ---------------------------------------------------------------- the measure stated before


@pytest.mark.model
def test_an_inverted_passive_carries_the_measure_a_noun_stated(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department announced sanctions against Velmora Shipping on Friday. "
        "Also designated were Kestrel Partners and Belmont Trading."
    )
    assert sanctions(run(nlp, text)) == {
        ("Treasury Department", "Designation", "Velmora Shipping"),
        ("Treasury Department", "Designation", "Kestrel Partners"),
        ("Treasury Department", "Designation", "Belmont Trading"),
    }


@pytest.mark.model
def test_those_designated_carry_the_last_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "OFAC designated Velmora Shipping on Friday. "
        "Among those designated are Kestrel Partners and Belmont Trading."
    )
    found = sanctions(run(nlp, text))
    assert ("Office of Foreign Assets Control", "Designation", "Kestrel Partners") in found
    assert ("Office of Foreign Assets Control", "Designation", "Belmont Trading") in found


@pytest.mark.model
def test_one_of_the_firms_sanctioned_carries_the_last_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The European Union imposed sanctions on Velmora Shipping in March. "
        "Kestrel Partners was one of the firms sanctioned."
    )
    assert ("European Union", "Designation", "Kestrel Partners") in sanctions(run(nlp, text))


@pytest.mark.model
def test_an_inverted_passive_with_no_measure_before_names_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Also designated were Kestrel Partners and Belmont Trading."
    assert {i for i, _, _ in sanctions(run(nlp, text))} <= {None}


# ---------------------------------------------------------------- subjects that refer back


@pytest.mark.model
def test_it_designated_refers_to_the_government_acting_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury Department took action on Friday. It designated Velmora Shipping."
    assert sanctions(run(nlp, text)) == {("Treasury Department", "Designation", "Velmora Shipping")}


@pytest.mark.model
def test_it_imposed_sanctions_refers_to_the_union_acting_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The European Union met in Brussels on Monday. It imposed sanctions on Ivan Dorokhov."
    assert sanctions(run(nlp, text)) == {("European Union", "Designation", "Ivan Dorokhov")}


@pytest.mark.model
def test_the_agency_fined_refers_to_the_regulator_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Securities and Exchange Commission closed its inquiry. "
        "The agency fined Velmora Shipping $3 million."
    )
    assert sanctions(run(nlp, text)) == {("SEC", "Fine", "Velmora Shipping")}


@pytest.mark.model
def test_it_after_a_government_as_object_names_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    # the Treasury is no subject before: "it" is the firm, no government acts
    text = "Kestrel Partners met the Treasury Department on Monday. It banned Velmora Shipping."
    assert {i for i, _, _ in sanctions(run(nlp, text))} <= {None}


def test_refers_back_on_a_hand_built_parse() -> None:
    vocab = spacy.blank("en").vocab
    # "the agency fined X": a definite body noun; "a company fined X": no
    words = ["the", "agency", "fined", "X", "a", "company", "fined", "Y"]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 2, 2, 2, 5, 6, 6, 6],
        deps=["det", "nsubj", "ROOT", "dobj", "det", "nsubj", "ROOT", "dobj"],
        pos=["DET", "NOUN", "VERB", "PROPN", "DET", "NOUN", "VERB", "PROPN"],
        lemmas=["the", "agency", "fine", "X", "a", "company", "fine", "Y"],
    )
    assert _refers_back(doc[1])
    assert not _refers_back(doc[5])
    assert not _refers_back(None)
    it = Doc(vocab, words=["It", "fined", "X"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"])
    assert _refers_back(it[0])


# ---------------------------------------------------------------- the body a leader directs


WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


@pytest.mark.model
def test_the_body_a_president_directs_raises_the_tariffs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States Trade Representative reviewed the practices of Freedonia. "
        "Today, President Alvarez is directing his Trade Representative to raise tariffs "
        "on imports from China."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("United States Trade Representative", "Tariff", "China") in found


@pytest.mark.model
def test_the_department_a_president_instructs_imposes_the_controls(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The President instructed the Commerce Department to impose export controls on "
        "Velmora Shipping."
    )
    assert sanctions(run(nlp, text)) == {
        ("Commerce Department", "ExportControl", "Velmora Shipping")
    }


@pytest.mark.model
def test_a_person_directed_is_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The President directed Dmitri Valkov to impose sanctions on Velmora Shipping."
    assert {i for i, _, _ in sanctions(run(nlp, text))} <= {None}


# ---------------------------------------------------------------- a body the state uses


@pytest.mark.model
def test_a_body_the_state_uses_restricts_for_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "- The Committee on Foreign Investment in the United States (CFIUS) will be used "
        "to restrict Russian investments in U.S. ports."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    assert ("United States", "InvestmentBan", "Russia") in found


@pytest.mark.model
def test_a_body_used_outside_a_state_release_adds_no_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "CFIUS will be used to restrict Russian investments in U.S. ports."
    assert "United States" not in {i for i, _, _ in sanctions(run(nlp, text))}


@pytest.mark.model
def test_the_sanctions_pointed_back_to_carry_the_last_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The European Union designated Velmora Shipping on Monday. "
        "The sanctions on Kestrel Partners took effect a day later."
    )
    assert ("European Union", "Designation", "Kestrel Partners") in sanctions(run(nlp, text))


@pytest.mark.model
def test_sanctions_without_a_determiner_carry_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The European Union designated Velmora Shipping on Monday. "
        "Sanctions on Kestrel Partners are possible."
    )
    assert ("European Union", "Designation", "Kestrel Partners") not in sanctions(run(nlp, text))
