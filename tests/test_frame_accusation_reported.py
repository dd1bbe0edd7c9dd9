"""Accusations whose accuser stands outside the accusing clause: "X is accused of …,
the regulator said" (the one reporting a passive accusation), "the complaint filed by
Y alleges that X …" (whoever filed the complaint). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run
from tests.test_frame_technology import ParseRow, facts_on_parse

pytestmark = pytest.mark.model


def test_a_passive_accusation_reported_by_a_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "Orvane Systems is accused of hiding losses, the Coastal Trade Commission said."
    )
    assert facts(result, "accuses") == {("Coastal Trade Commission", "Orvane Systems")}


def test_a_passive_accusation_with_an_agent_keeps_the_agent(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Orvane Systems was accused by Kestrel Partners of copying its designs, a "
        "spokesman for the Coastal Trade Commission said.",
    )
    assert facts(result, "accuses") == {("Kestrel Partners", "Orvane Systems")}


def test_a_passive_accusation_no_one_reports_gives_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems is accused of hiding losses from its investors.")
    assert facts(result, "accuses") == set()


def test_a_complaint_alleging_is_its_filer_accusing(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The complaint filed by the Coastal Trade Commission alleges that Orvane "
        "Systems hid losses.",
    )
    assert facts(result, "accuses") == {("Coastal Trade Commission", "Orvane Systems")}


def test_a_complaint_with_no_filer_named_gives_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The complaint alleges that Orvane Systems hid losses.")
    assert facts(result, "accuses") == set()


def test_reported_accusation_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Vemora was accused of fraud , the Commission said ." with the saying as the root
    rows: list[ParseRow] = [  # word, head, dep, pos, tag, lemma, entity
        ("Vemora", 2, "nsubjpass", "PROPN", "NNP", "Vemora", "B-ORG"),
        ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
        ("accused", 8, "ccomp", "VERB", "VBN", "accuse", "O"),
        ("of", 2, "prep", "ADP", "IN", "of", "O"),
        ("fraud", 3, "pobj", "NOUN", "NN", "fraud", "O"),
        (",", 8, "punct", "PUNCT", ",", ",", "O"),
        ("the", 7, "det", "DET", "DT", "the", "O"),
        ("Commission", 8, "nsubj", "PROPN", "NNP", "Commission", "B-ORG"),
        ("said", 8, "ROOT", "VERB", "VBD", "say", "O"),
        (".", 8, "punct", "PUNCT", ".", ".", "O"),
    ]
    assert facts_on_parse(rows, "accuses") == {("Commission", "Vemora")}


_RELEASE = "https://www.justice.gov/opa/pr/invented-release"


def test_the_department_suing_a_scattered_list_in_its_own_release(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Justice announced a settlement today.\n\n"
        "On May 2, 2019, the department filed a civil antitrust lawsuit in the U.S. "
        "District Court for the District of Oregon against Orvane Systems, Kestrel "
        "Partners LLC, which does business as Kestrel, and Veltra Corp., for fixing "
        "prices.\n\n"
        "At the same time that it filed the lawsuit, the department reached a "
        "settlement with Veltra Corp."
    )
    found = facts(run(nlp, text, source=_RELEASE), "accuses")
    for company in ("Orvane Systems", "Kestrel Partners LLC", "Veltra Corp."):
        assert ("Justice Department", company) in found
    # "it filed the lawsuit" is the department, not a company the suit is against
    assert not {(a, t) for a, t in found if a != "Justice Department"}


def test_the_department_suing_outside_a_justice_release_names_no_accuser(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "On May 2, the department filed a lawsuit in the U.S. District Court for the "
        "District of Oregon against Orvane Systems and Veltra Corp."
    )
    assert facts(run(nlp, text), "accuses") == set()
