"""Ownership facts in the wordings of government releases, on sentences written for
these tests: a country's own ministry, "a bureau of", states signing a framework or
launching a partnership together; each with a near miss."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "body", "state"),
    [
        (
            "The Republic of Ghana's Ministry of Lands and Forestry suspended the licences of"
            " Tamsin Timber Ltd.",
            "Ministry of Lands and Forestry",
            "Republic of Ghana",
        ),
        (
            "The action is coordinated with Norway, whose Ministry of Trade and Fisheries is"
            " imposing its own restrictions on Corvell Shipping AS.",
            "Ministry of Trade and Fisheries",
            "Norway",
        ),
        (
            "The United Kingdom's Foreign, Commonwealth and Development Office (FCDO) froze"
            " the assets of Marrow Holdings.",
            "Foreign, Commonwealth and Development Office",
            "United Kingdom",
        ),
    ],
)
def test_a_countrys_ministry_is_part_of_it(nlp, text: str, body: str, state: str) -> None:  # type: ignore[no-untyped-def]
    assert (body, state) in facts(run(nlp, text), "partOf")


def test_a_ministry_named_with_its_country_as_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Republic of Mozambique joined the talks. Mozambique's Ministry of Mineral"
        " Resources and Energy will host a technical office in Maputo."
    )
    assert facts(run(nlp, text), "partOf") == {
        ("Ministry of Mineral Resources and Energy", "Republic of Mozambique")
    }


def test_a_place_named_in_passing_gets_no_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    # a deliberate trade: news and court releases name such ministries in passing
    # ("China's Ministry of Commerce said"), and their gold leaves the link out
    text = "Shares of Kestrel Robotics fell after China's Ministry of Commerce said it would act."
    assert facts(run(nlp, text), "partOf") == set()


def test_a_countrys_firm_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "China's Kestrel Robotics Co., Ltd. said it would appeal the decision."
    assert facts(run(nlp, text), "partOf") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Coastal Statistics Administration is a bureau of the Department of Commerce.",
        "The Coastal Statistics Administration, a bureau of the Department of Commerce,"
        " publishes fishery data.",
    ],
)
def test_a_bureau_of_a_department(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "partOf")
    assert {part for part, _ in found} == {"Coastal Statistics Administration"}
    assert len(found) == 1


def test_a_firm_described_as_an_agency_is_no_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lantern Media Ltd. is an agency of Orvane Group for its advertising."
    assert facts(run(nlp, text), "partOf") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Today, the United States, Canada and the Republic of Chile signed a trilateral"
        " Battery Minerals Framework to expand lithium refining.",
        "In Jakarta, the United States, Canada and the Republic of Chile launched a"
        " Trilateral Cable Security Partnership to protect undersea cables.",
        "Today, the United States, the Commonwealth of Canada and the Republic of Chile"
        " signed a framework to expand lithium refining.",
    ],
)
def test_states_that_sign_together_each_partner(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "partnersWith")
    pairs = {frozenset(p) for p in found}
    canada = next(name for pair in found for name in pair if "Canada" in name)
    assert pairs == {
        frozenset({"United States", canada}),
        frozenset({"United States", "Republic of Chile"}),
        frozenset({canada, "Republic of Chile"}),
    }


def test_states_that_hope_to_sign_do_not_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States, Canada and Chile hope to sign a minerals framework next year."
    assert facts(run(nlp, text), "partnersWith") == set()


def test_stakes_held_in_a_relative_clause_on_a_describing_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Secretary also designated Rosalind Capital Holdings Limited, a Macau-registered"
        " investment vehicle that holds controlling stakes in Quillon Dynamics Co., Ltd. and"
        " in Harfang Biotech Co., Ltd."
    )
    assert facts(run(nlp, text), "investsIn") == {
        ("Rosalind Capital Holdings Limited", "Quillon Dynamics Co., Ltd."),
        ("Rosalind Capital Holdings Limited", "Harfang Biotech Co., Ltd."),
    }


def test_an_affiliate_a_relative_clause_says_is_owned(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tarvex Exchange LLC also operates through an affiliate, Tarvex Pay OU, a"
        " Latvia-registered payment processor that is wholly owned by Tarvex Exchange LLC."
    )
    assert facts(run(nlp, text), "partOf") == {("Tarvex Pay OU", "Tarvex Exchange LLC")}


@pytest.mark.parametrize(
    ("noun", "expected"),
    [
        ("majority shareholder", {("Ostrander Payments LLC", "Orlan Exchange LLC")}),
        ("largest customer", set()),  # a near miss: buying from a firm is no stake in it
    ],
)
def test_a_firms_shareholder_is_y(nlp, noun: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    text = f"Orlan Exchange LLC's {noun} is Ostrander Payments LLC, a payment services firm."
    assert facts(run(nlp, text), "investsIn") == expected


def test_its_subsidiary_after_a_firm_in_the_same_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    # a heading run into the sentence names a capitalised phrase first; "its" is the
    # firm named right before it
    text = (
        "Sec. 2. Restrictions on Federal Procurement. (a) No agency shall renew any contract"
        " with Qinhai Cable Co., Ltd. or with its subsidiary Qinhai Marine Engineering"
        " (Singapore) Pte. Ltd."
    )
    assert facts(run(nlp, text), "partOf") == {
        ("Qinhai Marine Engineering (Singapore) Pte. Ltd.", "Qinhai Cable Co., Ltd.")
    }


@pytest.mark.parametrize(
    "text",
    [
        "The cable will be built by Halvern Subsea LLC, a Baltimore-based cable maker, in a"
        " consortium with Nagisa Cable Works K.K. of Kobe, Japan.",
        "Halvern Subsea LLC will partner with Nagisa Cable Works K.K. to lay the cable.",
    ],
)
def test_a_consortium_with_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partnersWith") == {
        ("Halvern Subsea LLC", "Nagisa Cable Works K.K.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The case was developed with the Sensitive Exports Task Force, which the"
            " Department of Commerce co-leads with the Department of Justice.",
            {("Commerce Department", "Justice Department")},
        ),
        # a near miss: one body leading a thing "with" a tool is no partnership
        ("The Department of Commerce co-leads with new software.", set()),
    ],
)
def test_bodies_that_co_lead_partner(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partnersWith") == expected


def test_a_firm_partners_a_named_bureau_not_local_police(nlp) -> None:  # type: ignore[no-untyped-def]
    named = "Tasman Rare Metals Ltd. will partner with the Philippine Geological Bureau."
    assert facts(run(nlp, named), "partnersWith") == {
        ("Tasman Rare Metals Ltd.", "Philippine Geological Bureau")
    }
    unnamed = "Tasman Rare Metals Ltd. partnered with local police to secure its port."
    assert facts(run(nlp, unnamed), "partnersWith") == set()


def test_equity_financing_is_an_investment_a_loan_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    equity = (
        "Orvane Capital LLC will provide $40 million in equity financing to Marula Graphite Ltd."
    )
    assert facts(run(nlp, equity), "investsIn") == {("Orvane Capital LLC", "Marula Graphite Ltd.")}
    loan = "Orvane Capital LLC will provide a $40 million loan to Marula Graphite Ltd."
    assert facts(run(nlp, loan), "investsIn") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Orvane Capital LLC is considering providing equity financing to Marula Graphite Ltd.",
        "Orvane Capital LLC said it was considering an investment in Marula Graphite Ltd.",
        "Analysts discussed a potential partnership between Orvane Capital LLC and Marula"
        " Graphite Ltd.",
    ],
)
def test_deals_only_considered_are_not_asserted(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert not [f for f in result.facts if f.predicate in {"investsIn", "partnersWith"}
                and f.evidence.modality == "asserted"]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The Bureau of Maritime Security (BMS) added the firm. The order followed an"
        " investigation by the BMS Office of Port Enforcement, with help from the FBI.",
        "The FBI and the Bureau of Maritime Security (BMS) Office of Port Enforcement"
        " investigated the case.",
    ],
)
def test_an_office_named_after_its_agencys_acronym(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "partOf")
    assert {whole for _, whole in found} == {"Bureau of Maritime Security"}
    assert all("Office of Port Enforcement" in part for part, _ in found)


def test_an_office_named_after_its_countrys_acronym_is_no_agencys(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The US and Canada agreed. The US Office of Port Statistics published the data."
    assert facts(run(nlp, text), "partOf") == set()


def test_its_subsidiary_after_a_firms_short_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Qinhai Cable Co., Ltd. (Qinhai) lays undersea cables.\n\nSec. 2. Restrictions on"
        " Federal Procurement. (a) No agency shall renew any contract with Qinhai or with its"
        " subsidiary Qinhai Marine Engineering (Singapore) Pte. Ltd."
    )
    assert facts(run(nlp, text), "partOf") == {
        ("Qinhai Marine Engineering (Singapore) Pte. Ltd.", "Qinhai Cable Co., Ltd.")
    }


def test_a_stake_in_a_firm_by_its_short_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jiangsu Harfang Biotech Group Co., Ltd. (Harfang) makes sequencers. Rosalind Capital"
        " Holdings Limited, a Macau-registered investment vehicle that holds controlling"
        " stakes in Quillon Dynamics Co., Ltd. and in Harfang, was named."
    )
    assert ("Rosalind Capital Holdings Limited", "Jiangsu Harfang Biotech Group Co., Ltd.") in (
        facts(run(nlp, text), "investsIn")
    )
