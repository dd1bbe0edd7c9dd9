"""Who supplies whom, for the technology frame: contracts awarded to supply goods
("A awarded B contracts to supply Y": B supplies A), goods a participle says were
supplied ("Z uses cable supplied by X"), a verb the parser joined to the last noun
of the clause before, measures of goods ("300 tonnes of Y"), services named by their
work ("a provider of remote network monitoring"), and what a firm runs for itself.
Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, names, run

pytestmark = pytest.mark.model

_AWARDS = [
    "Volta Telecom awarded Brisk Networks AB contracts to supply core routers.",
    "Volta Telecom awarded a contract to Brisk Networks AB to supply core routers.",
    "Brisk Networks AB was awarded a contract by Volta Telecom to supply core routers.",
    "Brisk Networks AB won a contract from Volta Telecom to supply core routers.",
    "The award of a contract to Brisk Networks AB by Volta Telecom to supply core "
    "routers was announced in May.",
    "Volta Telecom awarded Brisk Networks AB contracts worth more than $90 million to "
    "supply core routers.",
]


@pytest.mark.parametrize("text", _AWARDS)
def test_the_holder_of_an_awarded_contract_supplies_the_awarder(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "provides") == {("Brisk Networks AB", "core routers")}
    assert facts(result, "supplies") == {("Brisk Networks AB", "Volta Telecom")}


def test_a_plan_to_supply_is_its_subjects_own(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: no award, the subject supplies the one after "to"
    result = run(nlp, "Volta Telecom plans to supply core routers to Brisk Networks AB.")
    assert facts(result, "supplies") == {("Volta Telecom", "Brisk Networks AB")}


@pytest.mark.parametrize(
    ("text", "supplies"),
    [
        (
            "Brenford Grid Co. will use transformers supplied by Ostrava Electric Co.",
            {("Ostrava Electric Co.", "Brenford Grid Co.")},
        ),
        (
            "The Kavir Army bought drones sold by Lusk Aeronautics Ltd.",
            {("Lusk Aeronautics Ltd.", "Kavir Army")},
        ),
        # near miss: the participle's verb moves no goods
        ("Brenford Grid Co. will build substations funded by Ostrava Capital LLC.", set()),
    ],
)
def test_the_user_of_goods_supplied_by_a_firm_is_a_customer(nlp, text: str, supplies: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "supplies") == supplies


def test_a_verb_joined_to_the_last_noun_keeps_the_clause_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Cardel Power makes diesel engines for railroads and supplies engine parts to "
        "the Kavir Army."
    )
    result = run(nlp, text)
    assert facts(result, "develops") == {("Cardel Power", "diesel engines")}
    assert facts(result, "provides") == {("Cardel Power", "engine parts")}
    assert facts(result, "supplies") == {("Cardel Power", "Kavir Army")}


def test_a_verb_shares_only_the_next_verbs_object(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orlin Turbine Co. designs and manufactures gas turbines for electric utilities "
        "and supplies turbine components to the Kavir Navy."
    )
    result = run(nlp, text)
    assert facts(result, "develops") == {("Orlin Turbine Co.", "gas turbines")}
    assert facts(result, "provides") == {("Orlin Turbine Co.", "turbine components")}


@pytest.mark.parametrize(
    ("text", "provides", "supplies"),
    [
        (
            "Ferrox Robotics shipped 4,000 units of servo motors to Dunmore Machines.",
            {("Ferrox Robotics", "servo motors")},
            {("Ferrox Robotics", "Dunmore Machines")},
        ),
        (
            "Dunmore Refining FZE bought 300 tonnes of gold from Ferrox Mining Company.",
            set(),  # gold is a commodity, and "tonnes" no product
            {("Ferrox Mining Company", "Dunmore Refining FZE")},
        ),
    ],
)
def test_a_measure_of_goods_is_the_goods(nlp, text: str, provides: set, supplies: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    result = run(nlp, text)
    assert facts(result, "provides") == provides
    assert facts(result, "supplies") == supplies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tivoli Naval Systems Corp. assembles inertial navigation units.",
            {("Tivoli Naval Systems Corp.", "inertial navigation units")},
        ),
        ("Tivoli Naval Systems Corp. assembled teams of engineers.", set()),
    ],
)
def test_assembling_named_goods_develops_them(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "develops") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Halden Metrics Ltd., a Leeds-based provider of remote network monitoring, was hacked.",
            {("Halden Metrics Ltd.", "remote network monitoring")},
        ),
        ("Halden Metrics Ltd. is a provider of freight forwarding.", set()),
        ("FinCEN found that Halden Metrics Ltd.'s compliance program is nominal.", set()),
        ("Ferrox Mining Company operates three artisanal gold mining sites.", set()),
    ],
)
def test_services_a_firm_offers_and_what_it_runs_for_itself(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "provides") == expected


def test_a_firm_of_a_city_and_state_is_named_without_its_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kestrel Air agreed to purchase 24 turboprop aircraft from Brackley Aviation "
        "Corporation of Wichita, Kansas, in a deal valued at $1 billion."
    )
    result = run(nlp, text)
    assert "Brackley Aviation Corporation" in names(result).values()
    assert facts(result, "supplies") == {("Brackley Aviation Corporation", "Kestrel Air")}


@pytest.mark.parametrize(
    ("text", "supplies"),
    [
        (
            "Ferrox Nickel Corporation signed an agreement with Dunmore Processing Inc. "
            "to supply nickel ore.",
            {("Ferrox Nickel Corporation", "Dunmore Processing Inc.")},
        ),
        (
            "Ferrox Nickel Corporation entered into a contract with Dunmore Processing "
            "Inc. to supply nickel ore.",
            {("Ferrox Nickel Corporation", "Dunmore Processing Inc.")},
        ),
        # near miss: training is no goods
        (
            "Ferrox Nickel Corporation signed an agreement with Dunmore Processing Inc. "
            "to supply training.",
            set(),
        ),
    ],
)
def test_a_contract_with_a_buyer_to_supply_goods(nlp, text: str, supplies: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "supplies") == supplies


def test_leasing_goods_to_a_firm_supplies_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orchid Bay Computing, a data center operator in Johor, leased GPU servers to "
        "Tarsen Intelligent Equipment Co."
    )
    result = run(nlp, text)
    # a data center is a place the operator runs, not a product it offers
    assert facts(result, "provides") == {("Orchid Bay Computing", "GPU servers")}
    assert facts(result, "supplies") == {
        ("Orchid Bay Computing", "Tarsen Intelligent Equipment Co.")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Orchid Bay Computing Ltd. also rented the servers and laptops its workers used.",
        "Orchid Bay Computing Ltd. leases its ransomware to affiliates.",
    ],
)
def test_renting_without_a_named_lessee_provides_nothing(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the tenant rents too; goods let to unnamed takers are left to other wordings
    assert facts(run(nlp, text), "provides") == set()


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        (
            "Dorvan Trading Ltd. reexported the gyroscopes to Kavir Aerospace Industries.",
            "provides",
            {("Dorvan Trading Ltd.", "gyroscopes")},
        ),
        (
            "Harlan Sky Networks Inc. uses TV white space spectrum to reach mountain towns.",
            "uses",
            {("Harlan Sky Networks Inc.", "TV white space spectrum")},
        ),
        # near miss: a "spectrum of" services is a range, no radio band
        ("Harlan Sky Networks Inc. uses a broad spectrum of tactics.", "uses", set()),
    ],
)
def test_a_solid_reexport_and_spectrum(nlp, text: str, prop: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), prop) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Halvern Subsea LLC builds undersea cables.", {("Halvern Subsea LLC", "undersea cables")}),
        # near misses: one cable, a project, is no kind of goods
        ("The cable will be built by Halvern Subsea LLC.", set()),
        ("Halvern Subsea LLC will build the Tasman Express cable.", set()),
    ],
)
def test_building_one_named_thing_develops_no_product(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "develops") == expected


@pytest.mark.parametrize(
    ("text", "supplies"),
    [
        (
            "Quorra Data Ltd., a provider of cloud backup services that hosts customer "
            "records for Velt Bank and Arnor Insurance Co., was fined.",
            {("Quorra Data Ltd.", "Velt Bank"), ("Quorra Data Ltd.", "Arnor Insurance Co.")},
        ),
        (
            "Quorra Data Ltd., which hosts websites for Velt Bank, was fined.",
            {("Quorra Data Ltd.", "Velt Bank")},
        ),
        # near miss: a conference hosted for a firm is no service it buys
        (
            "Quorra Data Ltd., a provider of cloud backup services that hosted a "
            "conference for Velt Bank, was fined.",
            set(),
        ),
    ],
)
def test_a_firm_hosting_data_for_another_supplies_it(nlp, text: str, supplies: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "supplies") == supplies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Osprey Orbital Corporation will offer a discounted satellite internet plan "
            "to rural schools.",
            {("Osprey Orbital Corporation", "satellite internet")},
        ),
        (
            "Osprey Telecom Corporation sells a mobile data package.",
            {("Osprey Telecom Corporation", "mobile data")},
        ),
        # near miss: a pension plan offers no service of the firm's trade
        ("Osprey Orbital Corporation offers a pension plan to its workers.", set()),
    ],
)
def test_a_plan_of_a_service_names_the_service(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "provides") == expected


def test_a_startup_after_a_firms_comma_describes_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser joins "startup" to "invest" here, not to the firm's name
    text = (
        "- Velmora Capital Partners, a Denver-based investment firm, will invest $35 "
        "million in Harlan Sky Networks, a Montana startup that uses millimeter wave "
        "spectrum to deliver wireless broadband across mountainous terrain."
    )
    result = run(nlp, text)
    assert facts(result, "uses") == {("Harlan Sky Networks", "millimeter wave spectrum")}
    assert facts(result, "provides") == {("Harlan Sky Networks", "wireless broadband")}
