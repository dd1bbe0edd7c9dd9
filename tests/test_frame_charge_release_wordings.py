"""Charges in release wordings, on sentences written for these tests: a complaint filed
in a district charges (the district, and every name listed), a defendant named after
his role "was charged in the same indictment", a plea in a described court where the
release's prosecutors brought the case (no court charges), and a civil penalty that
resolves administrative charges (a Fine, no charge)."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import asserted_measures, facts, run

_DOJ = "https://www.justice.gov/opa/pr/invented"


@pytest.mark.model
def test_a_complaint_filed_in_a_district_charges_every_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A criminal complaint filed in the Northern District of Texas charges Dale Renner, "
        "52, of Plano, and Omar Haddad, 38, a Jordanian citizen living in Frisco, with "
        "conspiracy to smuggle rifle scopes."
    )
    found = facts(run(nlp, text), "charges")
    assert ("Northern District of Texas", "Dale Renner") in found
    assert ("Northern District of Texas", "Omar Haddad") in found


@pytest.mark.model
def test_a_filer_named_charges_rather_than_the_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A complaint filed in the Northern District of Texas by the Securities and Exchange "
        "Commission charges Dale Renner with fraud."
    )
    found = facts(run(nlp, text), "charges")
    assert found and all(charger != "Northern District of Texas" for charger, _ in found)


@pytest.mark.model
def test_a_court_a_paper_is_filed_in_still_charges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A criminal information filed today in the U.S. District Court for the District of "
        "Oregon charges Velloro Marine Inc. with wire fraud."
    )
    assert not any("Court" in charger for charger, _ in facts(run(nlp, text), "charges"))


@pytest.mark.model
def test_a_role_then_the_name_charged_in_the_same_indictment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dale Renner was indicted on May 3 by a federal grand jury in Boise on charges of "
        "smuggling. The managing director of Ranier Trading, Omar Haddad, a Jordanian "
        "national, was charged in the same indictment and remains at large."
    )
    found = facts(run(nlp, text), "charges")
    assert ("federal grand jury", "Omar Haddad") in found
    assert ("federal grand jury", "Ranier Trading") not in found


@pytest.mark.model
def test_a_plea_in_federal_court_is_to_the_prosecutors_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "WASHINGTON - Harlow Optics Inc., a maker of lenses, pleaded guilty today in federal "
        "court in Denver to exporting rifle scopes to Iran, the Justice Department announced."
    )
    found = facts(run(nlp, text, source=_DOJ), "charges")
    assert ("Justice Department", "Harlow Optics Inc.") in found
    assert not any("court" in charger.lower() for charger, _ in found)


@pytest.mark.model
def test_a_plea_in_a_described_court_with_no_prosecutor_known(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Last month in a US court, Orvane Systems pleaded guilty to fraud.")
    assert ("US court", "Orvane Systems") in facts(result, "charges")


@pytest.mark.model
def test_a_penalty_resolving_administrative_charges_is_no_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harlow Optics Inc. also agreed to pay a $300,000 civil penalty to the Commerce "
        "Department's Bureau of Industry and Security (BIS) to resolve related "
        "administrative charges."
    )
    result = run(nlp, text)
    assert ("Bureau of Industry and Security", "Fine", "Harlow Optics Inc.") in asserted_measures(
        result
    )
    assert not facts(result, "charges")


@pytest.mark.model
def test_a_settlement_of_a_regulators_charges_still_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Harlow Optics Inc. agreed to pay $3 million to settle charges brought by the "
        "Securities and Exchange Commission."
    )
    assert ("SEC", "Harlow Optics Inc.") in facts(run(nlp, text), "charges")
