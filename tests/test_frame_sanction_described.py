"""Targets named first and then described as under a measure, on sentences written for
these tests, through the real pipeline: "Iran, a country subject to a U.S. embargo",
"Sudan and Cuba, countries subject to U.S. sanctions", "A and B, entities designated by
OFAC", "X is an entity designated by OFAC"; and descriptions that name no measure
("a company subject to Chinese law")."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.sanction_described import described_group
from tests.test_extract_rules import asserted_measures as sanctions
from tests.test_extract_rules import run

JUSTICE = "https://www.justice.gov/opa/pr/an-invented-release"
OPENING = "The Justice Department announced the plea today. "


@pytest.mark.model
def test_a_country_subject_to_an_embargo_in_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + "Velmora Shipping sent pumps to Iran, a country subject to a U.S. embargo."
    assert sanctions(run(nlp, text, JUSTICE)) == {("United States", "Ban", "Iran")}


@pytest.mark.model
def test_countries_subject_to_sanctions_after_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        OPENING + "Velmora Shipping moved funds for banks in Sudan and Cuba, "
        "countries subject to U.S. sanctions."
    )
    assert sanctions(run(nlp, text, JUSTICE)) == {
        ("United States", "Ban", "Sudan"),
        ("United States", "Ban", "Cuba"),
    }


@pytest.mark.model
def test_entities_designated_by_ofac_after_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        OPENING + "Velmora Shipping sold valves to Kestrel Partners and Belmont Trading, "
        "entities designated by OFAC."
    )
    assert sanctions(run(nlp, text, JUSTICE)) == {
        ("Office of Foreign Assets Control", "Designation", "Kestrel Partners"),
        ("Office of Foreign Assets Control", "Designation", "Belmont Trading"),
    }


@pytest.mark.model
def test_a_firm_that_is_an_entity_designated_by_ofac(nlp) -> None:  # type: ignore[no-untyped-def]
    text = OPENING + "Velmora Shipping is an entity designated by OFAC."
    assert sanctions(run(nlp, text, JUSTICE)) == {
        ("Office of Foreign Assets Control", "Designation", "Velmora Shipping")
    }


@pytest.mark.model
def test_a_company_subject_to_law_or_review_is_no_target(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Velmora Shipping sold valves to Kestrel Partners, a company subject to Chinese law.",
        "Velmora Shipping sold valves to Kestrel Partners, a company subject to review by the SEC.",
    ):
        assert sanctions(run(nlp, text)) == set()


def test_described_group_on_a_hand_built_parse() -> None:
    vocab = spacy.blank("en").vocab
    # "Iran , a country subject to sanctions": "subject" modifies the group noun
    words = ["Iran", ",", "a", "country", "subject", "to", "sanctions"]
    doc = Doc(
        vocab,
        words=words,
        heads=[0, 0, 3, 0, 3, 4, 5],
        deps=["ROOT", "punct", "det", "appos", "amod", "prep", "pobj"],
        lemmas=["Iran", ",", "a", "country", "subject", "to", "sanction"],
    )
    group = described_group(doc[4])
    assert group is not None and group.text == "country"
    # "countries subject to sanctions" parsed as a clause: the group is its subject
    clause = Doc(
        vocab,
        words=["countries", "subject", "to", "sanctions"],
        heads=[1, 1, 1, 2],
        deps=["nsubj", "ROOT", "prep", "pobj"],
        lemmas=["country", "subject", "to", "sanction"],
    )
    found = described_group(clause[1])
    assert found is not None and found.text == "countries"
    # "a law subject to review": no group noun
    law = Doc(
        vocab,
        words=["law", "subject", "to", "review"],
        heads=[0, 0, 1, 2],
        deps=["ROOT", "amod", "prep", "pobj"],
        lemmas=["law", "subject", "to", "review"],
    )
    assert described_group(law[1]) is None


# ---------------------------------------------------------------- lists past a description


@pytest.mark.model
def test_a_list_goes_on_past_a_description_of_its_first_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "- Blocking sanctions on Orvane Systems, Freedonia's largest bank, and Kestrel Partners."
    found = sanctions(run(nlp, text, "https://www.whitehouse.gov/fact-sheets/2031/01/a-sheet/"))
    assert ("United States", "Designation", "Kestrel Partners") in found
    assert ("United States", "Designation", "Orvane Systems") in found


@pytest.mark.model
def test_a_passive_list_goes_on_past_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems, Freedonia's largest bank, and Kestrel Partners were designated by OFAC."
    assert sanctions(run(nlp, text)) == {
        ("Office of Foreign Assets Control", "Designation", "Orvane Systems"),
        ("Office of Foreign Assets Control", "Designation", "Kestrel Partners"),
    }


# ---------------------------------------------------------------- groups pointed back to

ORDER = "https://www.federalregister.gov/documents/2031/01/01/2031-00001/an-invented-order"


@pytest.mark.model
def test_the_prohibitions_with_respect_to_these_entities(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Act covers apps run by Velmora Shipping or Kestrel Partners. The prohibitions "
        "of the Act with respect to these entities took effect on March 1, 2031."
    )
    assert sanctions(run(nlp, text, ORDER)) == {
        ("United States", "Ban", "Velmora Shipping"),
        ("United States", "Ban", "Kestrel Partners"),
    }


@pytest.mark.model
def test_sanctions_against_those_regimes_fall_on_the_countries_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        OPENING + "Velmora Shipping traded with Syria and Cuba, thereby violating the U.S. "
        "sanctions against those regimes."
    )
    assert sanctions(run(nlp, text, JUSTICE)) == {
        ("United States", "Ban", "Syria"),
        ("United States", "Ban", "Cuba"),
    }


@pytest.mark.model
def test_these_entities_are_not_the_government_acting_on_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department designated Velmora Shipping on Monday. "
        "The sanctions on these entities freeze their assets."
    )
    targets = {t for _, _, t in sanctions(run(nlp, text))}
    assert "Treasury Department" not in targets
