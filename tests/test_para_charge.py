"""Charge and accusation constructions the paraphrase battery found missing, on
sentences written for these tests (not the battery's): a verdict the prosecutors
report ("the Justice Department announced that X was sentenced"), a verdict noun with
its possessive ("X's conviction by the Y court"), a counted group whose names the
parse joins to the company after "of", "ordered X to stand trial"; accusations
rejected ("rejected allegations by Y"), said ("X said Y had copied …"), charged ("the
FTC charged that X …"), carried from the sentence before ("The company is accused
of …") or made against a role noun's name ("accused her partner, X, of …")."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run


@pytest.mark.model
def test_a_verdict_the_prosecutors_announce_is_their_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced that Wendy Arlow, 47, of Tulsa, was sentenced "
        "to three years in prison for smuggling rifle parts."
    )
    assert ("Justice Department", "Wendy Arlow") in facts(run(nlp, text), "charges")


@pytest.mark.model
def test_a_verdict_a_regulator_reports_names_no_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Wendy Arlow was convicted of fraud last year, the Commerce Department said."
    assert facts(run(nlp, text), "charges") == set()


@pytest.mark.model
def test_a_possessive_conviction_by_a_court(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Pieter Vos's conviction by the Rotterdam District Court was overturned in May."
    assert facts(run(nlp, text), "charges") == {("Rotterdam District Court", "Pieter Vos")}


@pytest.mark.model
def test_the_names_a_counted_group_announces_are_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The SEC charged two directors of Corlan Mining, Edith Barr and Samir Haddad, "
        "with insider trading."
    )
    found = facts(run(nlp, text), "charges")
    assert {o for _, o in found} == {"Edith Barr", "Samir Haddad"}


@pytest.mark.model
def test_a_court_ordering_a_trial_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A court in Turin ordered Sergio Balla to stand trial for fraud."
    assert facts(run(nlp, text), "charges") == {("court in Turin", "Sergio Balla")}
    paying = "A court in Turin ordered Sergio Balla to pay damages."
    assert facts(run(nlp, paying), "charges") == set()


@pytest.mark.model
def test_allegations_rejected_are_the_accusers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dunmore Cable rejected allegations by the Competition Bureau that it fixed prices."
    assert ("Competition Bureau", "Dunmore Cable") in facts(run(nlp, text), "accuses")


@pytest.mark.model
def test_a_wrong_said_of_another_is_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    said = "Lindholm Robotics said Aster Automation had stolen its gripper designs."
    assert facts(run(nlp, said), "accuses") == {("Lindholm Robotics", "Aster Automation")}
    denied = "Lindholm Robotics said Aster Automation had not stolen anything."
    assert facts(run(nlp, denied), "accuses") == set()
    itself = "Lindholm Robotics said it had breached no rules."
    assert facts(run(nlp, itself), "accuses") == set()


@pytest.mark.model
def test_a_charge_that_x_did_wrong_is_also_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Federal Trade Commission charged that Pellam Credit misled its borrowers."
    result = run(nlp, text)
    assert {o for _, o in facts(result, "accuses")} == {"Pellam Credit"}
    assert {o for _, o in facts(result, "charges")} == {"Pellam Credit"}


@pytest.mark.model
def test_an_agentless_accusation_carries_the_government_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Cartel Office opened proceedings against Brauner Logistik in June. "
        "The firm is accused of sharing price data with rivals."
    )
    assert {o for _, o in facts(run(nlp, text), "accuses")} == {"Brauner Logistik"}
    unrelated = (
        "The Federal Cartel Office fined Halm Energie in June. "
        "Brauner Logistik is accused of sharing price data with rivals."
    )
    assert facts(run(nlp, unrelated), "accuses") == set()


@pytest.mark.model
def test_the_name_beside_a_role_noun_is_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Petra Lind has accused her former business partner, Jonas Eck, of fraud."
    assert ("Petra Lind", "Jonas Eck") in facts(run(nlp, text), "accuses")


@pytest.mark.model
def test_a_headlines_subject_parsed_as_a_compound_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "US charges Lin Baoqi over stolen drone designs"
    assert {o for _, o in facts(run(nlp, text), "charges")} == {"Lin Baoqi"}
