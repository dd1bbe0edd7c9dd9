"""The accusation frame in news wording, on sentences written for these tests: accused
of (active and passive), sued, lawsuits and complaints against X, "alleges that", and
a later "X filed the suit"."""

from __future__ import annotations

import pytest

from kg.model import ArticleExtraction
from tests.test_extract_rules import run

pytestmark = pytest.mark.model


def accusations(result: ArticleExtraction) -> set[tuple[str, str]]:
    n = {e.key: e.name for e in result.entities}
    return {(n[f.subject], n[f.object]) for f in result.facts if f.predicate == "accuses"}


def test_accused_of_active_and_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    active = run(
        nlp,
        "Kestrel Partners makes loudspeakers. Orvane Systems accused Kestrel Partners of "
        "copying its designs.",
    )
    passive = run(nlp, "Kestrel Partners was accused by Orvane Systems of copying its designs.")
    assert ("Orvane Systems", "Kestrel Partners") in accusations(active)
    assert ("Orvane Systems", "Kestrel Partners") in accusations(passive)


def test_suing_is_accusing(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems has sued Kestrel Partners for $20m in damages.")
    assert accusations(result) == {("Orvane Systems", "Kestrel Partners")}


def test_a_lawsuit_filed_against_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems filed a lawsuit against Kestrel Partners in Texas.")
    assert ("Orvane Systems", "Kestrel Partners") in accusations(result)


def test_a_complaint_filed_against_a_company_by_a_judge(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The deal follows a legal complaint filed against Kestrel Partners by Judge "
        "Marta Olsen alleging that it hid assets.",
    )
    assert ("Marta Olsen", "Kestrel Partners") in accusations(result)


def test_a_body_alleging_that_a_company_did_wrong(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Coastal Trade Commission alleges that Orvane Systems inflated sales.")
    assert ("Coastal Trade Commission", "Orvane Systems") in accusations(result)


def test_the_suit_filed_later_is_against_whom_the_article_said(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "A customer of its music store is suing Orvane Systems over its players. "
        "Marta Olsen filed the suit in a court in San Jose.",
    )
    assert ("Marta Olsen", "Orvane Systems") in accusations(result)


def test_a_case_against_someone_with_no_accuser_gives_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The case against Kestrel Partners will be heard in June.")
    assert accusations(result) == set()


def test_saying_that_is_no_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems said that Kestrel Partners had grown quickly.")
    assert accusations(result) == set()


def test_a_lawsuit_faced_from_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems faces a lawsuit from Kestrel Partners over the patents.")
    assert accusations(result) == {("Kestrel Partners", "Orvane Systems")}


def test_the_bank_a_complaint_is_against_is_the_bank_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Harbor Trust Bank will pay $4m into a fund. The deal follows a complaint filed "
        "against the bank by Judge Marta Olsen.",
    )
    assert ("Marta Olsen", "Harbor Trust Bank") in accusations(result)


@pytest.mark.parametrize(
    "text",
    [
        "Regulators fined Kestrel Vision Limited, which the Commerce Ministry alleges "
        "shipped drones to rebel groups.",
        "The Commerce Ministry claims that Kestrel Vision Limited shipped drones to rebels.",
    ],
)
def test_a_claim_that_a_company_did_something(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Commerce Ministry", "Kestrel Vision Limited") in accusations(run(nlp, text))


def test_a_company_claiming_its_own_success_accuses_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Vision Limited claims that it sold more cameras than ever last year."
    assert accusations(run(nlp, text)) == set()


def test_a_heading_glued_to_the_sentence_is_no_accuser(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department settled with Kestrel Partners.\n\nBackground\n\nIn 2001, "
        "the Justice Department filed suit against Orvane Systems Inc. for price fixing."
    )
    found = accusations(run(nlp, text))
    assert not any(accuser == "Background" for accuser, _ in found)
    assert ("Justice Department", "Orvane Systems Inc.") in found


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department's Veltra Corp antitrust case ended in 2011.",
        "The Justice Department said that its historic Veltra Corp antitrust case had "
        "restored competition.",
    ],
)
def test_a_governments_case_named_after_a_company(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert accusations(run(nlp, text)) == {("Justice Department", "Veltra Corp")}


def test_a_companys_case_named_after_another_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Inc. said its Veltra Corp patent case was going well."
    assert accusations(run(nlp, text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Trade Commission blamed Orvane Systems for the outage.",
        "The Coastal Trade Commission blamed the outage on Orvane Systems.",
        "Orvane Systems was blamed by the Coastal Trade Commission for the outage.",
    ],
)
def test_blaming_someone_is_accusing_them(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert accusations(run(nlp, text)) == {("Coastal Trade Commission", "Orvane Systems")}


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems blamed the weather for the delay.",
        "Orvane Systems blamed weak demand in China for the loss.",
    ],
)
def test_blaming_a_thing_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert accusations(run(nlp, text)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems denied the allegations made by the European Commission.",
        "Orvane Systems disputed the allegations made against it by the European Commission.",
    ],
)
def test_allegations_made_by_a_body_and_denied(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert accusations(run(nlp, text)) == {("European Commission", "Orvane Systems")}


def test_making_the_case_for_something_accuses_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Kestrel Partners sued Orvane Systems. Dravin Corp made the case for calm.")
    assert accusations(result) == {("Kestrel Partners", "Orvane Systems")}


_WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/01/01/x/"


@pytest.mark.parametrize(
    "text",
    [
        "The United States will hold Veltravia accountable for its cyber attacks.",
        "The United States is formally naming Veltravia as the perpetrator of the "
        "espionage campaign.",
        "The United States attributed the attack to Veltravia.",
    ],
)
def test_holding_to_account_and_naming_the_perpetrator_accuse(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert accusations(run(nlp, text)) == {("United States", "Veltravia")}


def test_we_in_a_governments_release_is_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "We will continue to hold Veltravia accountable for its cyber attacks."
    assert accusations(run(nlp, text, source=_WHITE_HOUSE)) == {("United States", "Veltravia")}


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Systems holds a stake in Dravin Corp.",
        "Orvane Systems named Tom Weller as its chief executive.",
        "We will hold Veltravia accountable.",  # no government's release: "we" is no one
    ],
)
def test_holding_or_naming_without_blame_accuses_no_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert accusations(run(nlp, text)) == set()


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Tom Weller claims that he was cheated by the Coastal Trade Commission.",
         "Coastal Trade Commission"),
        ("Orvane Systems alleges that it was defrauded by Dravin Corp in 2020.", "Dravin Corp"),
    ],
)  # fmt: skip
def test_a_claim_of_being_wronged_by_someone_accuses_them(nlp, text: str, accused: str) -> None:  # type: ignore[no-untyped-def]
    accuser = text.split(" claims")[0].split(" alleges")[0]
    assert accusations(run(nlp, text)) == {(accuser, accused)}


def test_a_claim_of_being_approved_by_someone_accuses_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems claims its product was approved by the Coastal Trade Commission."
    assert accusations(run(nlp, text)) == set()
