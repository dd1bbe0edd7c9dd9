"""Sanctions on named examples of a group and measures named by a requirement, on
sentences written for these tests, through the real pipeline: "added 12 entities to
the Entity List, including A and B" (the phrase hung on the list), "sanctions on
several companies, such as A and B", "license requirements on exports to X" (an export
control, by the body that imposes or announces it); "reporting requirements" are none,
nor measures named as ending ("the termination of sanctions on X", "sanctions relief");
"Commerce imposed …": the department a bare word names."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.sanction_kinds import noun_kind
from kg.extract.frames.sanction_objects import examples
from tests.test_extract_rules import asserted_measures as sanctions
from tests.test_extract_rules import run


@pytest.mark.model
def test_entities_added_to_the_entity_list_including_two_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Commerce Department added 9 entities to the Entity List, including Velmora "
        "Shipping and Kestrel Partners."
    )
    assert sanctions(run(nlp, text)) == {
        ("Commerce Department", "ExportControl", "Velmora Shipping"),
        ("Commerce Department", "ExportControl", "Kestrel Partners"),
    }


@pytest.mark.model
def test_sanctions_on_companies_such_as_two_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury imposed sanctions on several companies, such as Velmora Shipping "
        "and Kestrel Partners."
    )
    assert sanctions(run(nlp, text)) == {
        ("Treasury Department", "Designation", "Velmora Shipping"),
        ("Treasury Department", "Designation", "Kestrel Partners"),
    }


@pytest.mark.model
def test_license_requirements_imposed_are_export_controls(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department imposed new license requirements on Velmora Shipping."
    assert sanctions(run(nlp, text)) == {
        ("Commerce Department", "ExportControl", "Velmora Shipping")
    }


@pytest.mark.model
def test_license_requirements_a_department_announces(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The new license requirements on exports to Velmora Shipping took effect on "
        "Monday, the Commerce Department said."
    )
    assert sanctions(run(nlp, text)) == {
        ("Commerce Department", "ExportControl", "Velmora Shipping")
    }


@pytest.mark.model
def test_reporting_requirements_are_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The SEC imposed new reporting requirements on Velmora Shipping."
    assert sanctions(run(nlp, text)) == set()


def test_requirements_and_such_as_on_a_hand_built_parse() -> None:
    vocab = spacy.blank("en").vocab
    # "license requirements on firms such as X"
    words = ["license", "requirements", "on", "firms", "such", "as", "X"]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 1, 1, 2, 5, 3, 5],
        deps=["compound", "ROOT", "prep", "pobj", "amod", "prep", "pobj"],
        lemmas=["license", "requirement", "on", "firm", "such", "as", "X"],
    )
    assert noun_kind(doc[1]) == "ExportControl"
    assert [t.text for t in examples(doc[3])] == ["X"]
    plain = Doc(
        vocab,
        words=["reporting", "requirements"],
        heads=[1, 1],
        deps=["compound", "ROOT"],
        lemmas=["reporting", "requirement"],
    )
    assert noun_kind(plain[1]) is None


# ---------------------------------------------------------------- measures named as ending

WHITE_HOUSE = "https://www.whitehouse.gov/fact-sheets/2031/01/an-invented-fact-sheet/"


@pytest.mark.model
def test_the_termination_of_sanctions_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "The termination of sanctions on Syria takes effect today.",
        "Sanctions relief for Syria was announced today.",
        "The suspension of the tariffs on Chinese steel begins in May.",
    ):
        assert sanctions(run(nlp, text, WHITE_HOUSE)) == set(), text


@pytest.mark.model
def test_sanctions_whose_evasion_is_charged_are_still_sanctions(nlp) -> None:  # type: ignore[no-untyped-def]
    # the measure on the firm is stated; the evader is no target
    text = (
        "The Justice Department announced the plea today. Dmitri Valkov conspired to "
        "evade sanctions imposed on Velmora Shipping."
    )
    found = sanctions(run(nlp, text, "https://www.justice.gov/opa/pr/an-invented-release"))
    assert {t for _, _, t in found} == {"Velmora Shipping"}


# ---------------------------------------------------------------- departments by a bare word


@pytest.mark.model
def test_commerce_as_a_bare_subject_imposes_the_controls(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Commerce also imposed new export controls on Velmora Shipping."
    assert sanctions(run(nlp, text)) == {
        ("Commerce Department", "ExportControl", "Velmora Shipping")
    }


@pytest.mark.model
def test_a_bare_department_word_takes_the_body_the_article_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Commerce announced new rules on Monday. "
        "Commerce also imposed anti-dumping duties on Velmora Shipping."
    )
    imposers = {i for i, _, _ in sanctions(run(nlp, text))}
    assert len(imposers) == 1 and "commerce" in str(next(iter(imposers))).lower()


@pytest.mark.model
def test_state_as_a_bare_subject_parsed_as_an_adverbial_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "State designated Orvane Systems as a Specially Designated Global Terrorist."
    assert sanctions(run(nlp, text)) == {("State Department", "Designation", "Orvane Systems")}
