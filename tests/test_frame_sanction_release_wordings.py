"""Sanctions in release wordings, on releases written for these tests: bullets under
the paragraph of a "the following" lead, Entity List additions whose list the parse
splits, "Among those covered are A and B", a designation of "the two defendants", a
fine a judge of a district orders, a licence required to export to a country, an annex
order that bars dealings (a Ban unless it blocks property), and near misses: a suit to
block a deal, exports in violation of export controls, a permit's issuing state."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import asserted_measures as sanctions
from tests.test_extract_rules import run

OFAC = "Office of Foreign Assets Control"
BIS = "Bureau of Industry and Security"
STATE = "State Department"

_LEAD = (
    "Blocking sanctions. The Office of Foreign Assets Control (OFAC) is designating the "
    "following entities and individuals. All property and interests in property of these "
    "persons that are in the United States are blocked.\n\n"
    "- Tarvo Fertilizer Trading JSC, a state-owned exporter of potash.\n"
    "- Dravo Chemical Works, a maker of nitrogen fertilizer, and its general director, "
    "Pavel Hretski.\n"
    "- Anton Vyalikau, the head of the regional security service.\n"
)


@pytest.mark.model
def test_bullets_under_the_paragraph_of_a_following_lead(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {t for gov, kind, t in sanctions(run(nlp, _LEAD)) if gov == OFAC}
    assert {
        "Tarvo Fertilizer Trading JSC",
        "Dravo Chemical Works",
        "Pavel Hretski",  # "and its general director, X" in a bullet
        "Anton Vyalikau",
    } <= found


@pytest.mark.model
def test_bullets_after_a_lead_that_names_no_following_group_are_not_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the lead designates one firm; the bullets are its customers
    text = _LEAD.replace("the following entities and individuals", "Orvik Potash Company")
    found = {t for _, _, t in sanctions(run(nlp, text))}
    assert "Orvik Potash Company" in found
    assert not found & {"Tarvo Fertilizer Trading JSC", "Anton Vyalikau"}


@pytest.mark.model
@pytest.mark.parametrize("verb", ["is adding", "added"])
def test_three_firms_added_to_the_entity_list(nlp, verb: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        f"The Bureau of Industry and Security (BIS) {verb} Korvel Systems, Danto Optics "
        "and the Ural Gear Works to the Entity List, restricting their access to U.S. chips."
    )
    found = sanctions(run(nlp, text))
    for firm in ("Korvel Systems", "Danto Optics", "Ural Gear Works"):
        assert (BIS, "ExportControl", firm) in found


@pytest.mark.model
def test_a_clause_after_the_entity_list_addition_is_no_item(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "BIS added Korvel Systems to the Entity List, and the Treasury designated Danto Optics."
    found = sanctions(run(nlp, text))
    assert (BIS, "ExportControl", "Korvel Systems") in found
    assert not any(gov == BIS and t == "Danto Optics" for gov, _, t in found)


_VISAS = (
    "The Department of State is imposing visa restrictions on 30 Moldovan officials "
    "responsible for undermining democracy. {second}"
)


@pytest.mark.model
def test_among_those_covered_are_the_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _VISAS.format(
        second="Among those covered are Ion Ceban, a prosecutor of the Chisinau District, "
        "and Pavel Rotaru, head of the Border Police."
    )
    found = sanctions(run(nlp, text))
    assert (STATE, "VisaBan", "Ion Ceban") in found
    assert (STATE, "VisaBan", "Pavel Rotaru") in found


@pytest.mark.model
def test_among_guests_is_no_measure(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _VISAS.format(
        second="Among the guests at the ceremony were Ion Ceban, a prosecutor, and Pavel Rotaru."
    )
    assert not {t for _, _, t in sanctions(run(nlp, text))} & {"Ion Ceban", "Pavel Rotaru"}


_CHARGED = (
    "A federal grand jury in Portland indicted Farhad Mirani and Leyla Sadeghi on charges "
    "of hacking water utilities. In a coordinated action, OFAC today designated Pardis "
    "Cyber Company and the {count} defendants."
)


@pytest.mark.model
def test_the_defendants_designated_are_those_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, _CHARGED.format(count="two")))
    for person in ("Farhad Mirani", "Leyla Sadeghi"):
        assert (OFAC, "Designation", person) in found


@pytest.mark.model
def test_defendants_counted_otherwise_are_not_those_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    found = run(nlp, _CHARGED.format(count="five")).sanctions
    assert not any(s.evidence.rule.endswith(".defendants.v1") for s in found)


@pytest.mark.model
def test_a_judge_of_a_district_orders_the_fine(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dale Renner, 52, was sentenced today to 30 months in prison. District Judge Mara "
        "Quint of the Western District of Texas also ordered Renner to pay a $25,000 fine."
    )
    assert ("Western District of Texas", "Fine", "Dale Renner") in sanctions(run(nlp, text))


@pytest.mark.model
def test_a_judge_of_a_district_who_orders_no_payment_fines_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "District Judge Mara Quint of the Western District of Texas sentenced Dale Renner to "
        "30 months in prison."
    )
    assert not any(kind == "Fine" for _, kind, _ in sanctions(run(nlp, text)))


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Since March 2022, the Commerce Department has required a license to export such "
        "lasers to Belarus.",
        "The Commerce Department requires a license for exports of such lasers to Belarus.",
        "A license from the Commerce Department is required to export such lasers to Belarus.",
    ],
)
def test_a_licence_required_to_export_to_a_country(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Commerce Department", "ExportControl", "Belarus") in sanctions(run(nlp, text))


@pytest.mark.model
def test_a_licence_to_sell_at_home_is_no_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Commerce Department requires a license to sell such lasers to customers in Ohio."
    assert not sanctions(run(nlp, text))


@pytest.mark.model
def test_a_suit_to_block_a_deal_sanctions_no_party(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Corvell Lasers agreed to buy Dunmore Optics. The companies dropped the deal after "
        "the Antitrust Division told them it would sue to block it."
    )
    assert not run(nlp, text).sanctions


@pytest.mark.model
def test_blocking_a_firm_still_sanctions_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Treasury blocked Dunmore Optics from the U.S. financial system."
    assert ("Treasury Department", "Ban", "Dunmore Optics") in sanctions(run(nlp, text))


@pytest.mark.model
def test_export_controls_violated_fall_on_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two men were arrested today on charges of smuggling rifle scopes to Syria in "
        "violation of U.S. export controls."
    )
    assert not run(nlp, text).sanctions


@pytest.mark.model
def test_sanctions_violated_still_fall_on_the_destination(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two men shipped rifle scopes to Syria in violation of U.S. sanctions."
    assert any(t == "Syria" for _, _, t in sanctions(run(nlp, text)))


@pytest.mark.model
def test_a_permits_issuing_state_is_not_its_holder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Aviation Administration has suspended the U.S. operating permit of "
        "Dravia Air, the state airline."
    )
    found = sanctions(run(nlp, text))
    assert ("Federal Aviation Administration", "Ban", "Dravia Air") in found
    assert not any(t in {"United States", "U.S."} for _, _, t in found)


_ORDER = (
    "EXECUTIVE ORDER\n\n"
    "By the authority vested in me as President by the Constitution and the laws of the "
    "United States of America, it is hereby ordered as follows:\n\n"
    "Section 1. Policy. Foreign brokers buy the health records of Americans and sell them "
    "abroad. Such sales harm the privacy and property of our citizens.\n\n"
    "Sec. 2. {operative}\n\n"
    "ANNEX\n\n"
    "1. Kestrava Medical Data LLC (Belarus), a broker of clinic records.\n"
    "2. Orlane Health Analytics Co. (China), developer of the PulseNote application.\n"
)

_BARRED = (
    "(a) The following are prohibited: any transaction by any person subject to the "
    "jurisdiction of the United States with an entity listed in the Annex to this order."
)


@pytest.mark.model
def test_an_annex_order_barring_dealings_is_a_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _ORDER.format(operative=_BARRED)
    kinds = {kind for _, kind, t in sanctions(run(nlp, text)) if t == "Kestrava Medical Data LLC"}
    assert kinds == {"Ban"}


@pytest.mark.model
def test_an_annex_order_that_also_blocks_property_is_no_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the order blocks the listed persons' property and bars dealings too
    blocking = (
        "(a) All property and interests in property that are in the United States of the "
        "persons listed in the Annex to this order are blocked.\n\n" + _BARRED.replace("(a)", "(b)")
    )
    kinds = {
        kind
        for _, kind, t in sanctions(run(nlp, _ORDER.format(operative=blocking)))
        if t == "Kestrava Medical Data LLC"
    }
    assert kinds and "Ban" not in kinds


@pytest.mark.model
def test_also_being_designated_after_a_listing_is_the_designating_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Office of Foreign Assets Control (OFAC) today designated Korvane Trading LLC, a "
        "Minsk firm.\n\nThe Bureau of Industry and Security (BIS) is adding Ostrel Systems to "
        "the Entity List. Ostrel is owned by Nordvel Holding Ltd., a Cyprus-registered "
        "holding company, which is also being designated today.\n"
    )
    found = sanctions(run(nlp, text))
    assert (OFAC, "Designation", "Nordvel Holding Ltd.") in found
    assert not any(gov == BIS and t == "Nordvel Holding Ltd." for gov, _, t in found)


@pytest.mark.model
def test_also_added_after_a_listing_stays_with_the_list(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a second firm added to the list carries the list's keeper, not OFAC
    text = (
        "The Office of Foreign Assets Control (OFAC) today designated Korvane Trading LLC, a "
        "Minsk firm.\n\nThe Bureau of Industry and Security (BIS) is adding Ostrel Systems to "
        "the Entity List. Nordvel Holding Ltd., its parent, is also being added to the list.\n"
    )
    found = sanctions(run(nlp, text))
    assert not any(gov == OFAC and t == "Nordvel Holding Ltd." for gov, _, t in found)
