"""A designation release's structure, on releases written for these tests: a counted
lead ("OFAC is designating four entities and two individuals") whose targets follow in
bullets ("They include:", a colon after a long phrase, "Among the entities being added
are:", "(i) A; (ii) B" in an order) or in follow-up clauses ("who is also being
designated today", "is the second individual named today", "together with its chief
engineer, Y", "Those covered include A and B"); the state issuing an order or a fact
sheet that names no source; and the near misses (customers, suppliers, a measure only
considered)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.extractor import extract_doc
from kg.extract.frames.sanction_followups import among_group, numbered_member
from kg.model import Article
from tests.test_extract_rules import run
from tests.test_frame_sanction_forms import sanctions

OFAC = "Office of Foreign Assets Control"
BIS = "Bureau of Industry and Security"

# ---------------------------------------------------------------- counted lead, bullets

_LEAD = (
    "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) is "
    "designating four entities and two individuals pursuant to Executive Order 14024. "
    "They include:\n"
    "- Varnel Optics Ltd., a Minsk-based maker of thermal sights. Varnel is owned by "
    "Belarusian national Tomas Rudak, who is also being designated today.\n"
    "- Quillon Avionics JSC, a Russian producer of autopilots. The company's chief "
    "engineer, Irina Valko, is the second individual named today.\n"
    "- Kessa Logistics LLC and Dornan Freight LLC, two front companies in Armenia that "
    "ship parts on behalf of Quillon Avionics.\n\n"
    "The network's customers include Orlen Machine Works and Tavrida Shipyard."
)


@pytest.mark.model
def test_a_counted_lead_reaches_its_bullets_and_followups(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, _LEAD))
    for target in (
        "Varnel Optics Ltd.",
        "Quillon Avionics JSC",
        "Kessa Logistics LLC",
        "Dornan Freight LLC",  # the second name of a bullet's "A and B, two …"
        "Tomas Rudak",  # "who is also being designated today"
        "Irina Valko",  # "is the second individual named today"
    ):
        assert (OFAC, "Designation", target) in found, target


@pytest.mark.model
def test_customers_a_release_names_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    targets = {t for _, _, t in sanctions(run(nlp, _LEAD))}
    assert not targets & {"Orlen Machine Works", "Tavrida Shipyard"}


@pytest.mark.model
def test_they_include_without_a_measure_before_lists_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Varnel Optics Ltd. buys lenses from several suppliers abroad. They include:\n"
        "- Hollin Glass GmbH, a lens grinder in Jena;\n"
        "- Sorrel Coatings AG, which coats the lenses.\n"
    )
    assert not sanctions(run(nlp, text))


@pytest.mark.model
def test_a_colon_after_a_long_lead_opens_the_bullets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Concurrently, the Department of State is designating two entities and one "
        "individual pursuant to Executive Order 14024 for operating in the defense "
        "sector of the Russian Federation economy:\n\n"
        "- Borvik Radar LLC, a Kazan-based developer of radar jammers;\n"
        "- Selvan Drive JSC (Selvan), which supplies motors to Borvik Radar LLC; and\n"
        "- Maxim Orlenko, the general director of Selvan Drive JSC.\n"
    )
    found = sanctions(run(nlp, text))
    assert {t for _, kind, t in found if kind == "Designation"} >= {
        "Borvik Radar LLC",
        "Selvan Drive JSC",
        "Maxim Orlenko",
    }


@pytest.mark.model
def test_bullets_of_a_measure_only_considered_are_not_asserted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of the Treasury's Office of Foreign Assets Control (OFAC) may "
        "designate two more entities for supplying drone engines to Russia's military:\n\n"
        "- Borvik Radar LLC, a Kazan-based developer of radar jammers;\n"
        "- Selvan Drive JSC, which supplies motors to Borvik Radar LLC.\n"
    )
    assert not sanctions(run(nlp, text))


@pytest.mark.model
def test_among_the_entities_being_added_are(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Commerce's Bureau of Industry and Security (BIS) today "
        "announced the addition of nine entities to the Entity List for diverting "
        "graphics processors to military end users.\n\n"
        "Among the entities being added are:\n\n"
        "- Tellar Compute Co., Ltd., a Wuxi-based operator of a computing cluster;\n"
        "- Ombrel Systems Sdn. Bhd., a Malaysian reseller of servers.\n"
    )
    found = sanctions(run(nlp, text))
    assert (BIS, "ExportControl", "Tellar Compute Co., Ltd.") in found


@pytest.mark.model
def test_a_heading_names_a_target_before_its_bullets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Bureau of Industry and Security (BIS) is adding seven parties in China and "
        "Türkiye to the Entity List. The additions include Varnel Optics as well as two "
        "Chinese makers of small engines for drones:\n"
        "- Ningde Haolin Power Co., Ltd.; and\n"
        "- Xuzhou Fengyi Aero Parts Co., Ltd., which also supplies propellers.\n"
        "These listings cut the firms off from U.S.-origin items.\n"
    )
    found = sanctions(run(nlp, text))
    targets = {t for i, kind, t in found if i == BIS and kind == "ExportControl"}
    assert "Varnel Optics" in targets
    assert "Ningde Haolin Power Co., Ltd." in targets


@pytest.mark.model
def test_a_passive_followup_carries_the_lead_that_counted_people(nlp) -> None:  # type: ignore[no-untyped-def]
    # the State Department's lead counts one entity, so the director named after it
    # is OFAC's, whose lead counted individuals
    text = (
        "Today, the Department of the Treasury's Office of Foreign Assets Control (OFAC) "
        "designated three entities and two individuals in Russia and Armenia. "
        "Concurrently, the Department of State is designating one Russian entity.\n\n"
        "Selvan Drive JSC makes motors for attack drones. Maxim Orlenko, the general "
        "director of Selvan Drive JSC, is designated today for acting on behalf of the "
        "company.\n"
    )
    found = sanctions(run(nlp, text))
    assert (OFAC, "Designation", "Maxim Orlenko") in found
    assert ("Department of State", "Designation", "Maxim Orlenko") not in found


@pytest.mark.model
def test_designated_together_with_a_named_officer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of State is designating the Perm Rotor Design Bureau, a "
        "state-owned developer of cruise missiles, together with its chief engineer, "
        "Arkady Solovtsov."
    )
    targets = {t for _, _, t in sanctions(run(nlp, text))}
    assert {"Perm Rotor Design Bureau", "Arkady Solovtsov"} <= targets


# ---------------------------------------------------------------- visa restrictions


@pytest.mark.model
def test_those_covered_include_the_people_not_their_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of State is imposing visa restrictions on five individuals for "
        "their involvement in the misuse of commercial spyware. Those covered include "
        "Lars Emberg, the founder of Skarvik Signals AB, a Malmo-based vendor of "
        "interception software, and Pavo Rintala, Skarvik's head of sales."
    )
    found = sanctions(run(nlp, text))
    visas = {t for _, kind, t in found if kind == "VisaBan"}
    assert {"Lars Emberg", "Pavo Rintala"} <= visas
    assert "Skarvik Signals AB" not in visas


@pytest.mark.model
def test_those_covered_leaves_a_firm_conjoined_in_a_description(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of State is imposing visa restrictions on two individuals. Those "
        "covered include Lars Emberg, the founder of Skarvik Signals AB and Orvel Labs."
    )
    visas = {t for _, kind, t in sanctions(run(nlp, text)) if kind == "VisaBan"}
    assert "Lars Emberg" in visas
    assert not visas & {"Skarvik Signals AB", "Orvel Labs"}


@pytest.mark.model
def test_visas_restricted_for_a_named_founder(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "In a parallel action, the Department of State is restricting visas for three "
        "employees of Corvel Labs Ltd., a Limassol-based spyware vendor, and for its "
        "founder, Dario Vemmos."
    )
    found = sanctions(run(nlp, text))
    assert {t for _, kind, t in found if kind == "VisaBan"} == {"Dario Vemmos"}


@pytest.mark.model
def test_a_heading_of_people_subject_to_visa_restrictions_after_a_designation(nlp) -> None:  # type: ignore[no-untyped-def]
    # the heading names the measure: the designation stated last is not it
    text = (
        "Today, the Department of State is imposing visa restrictions on three "
        "individuals involved in selling the Wrenfield spyware. In coordination, OFAC is "
        "also designating two companies and one individual responsible for the tool.\n\n"
        "The individuals subject to visa restrictions are:\n\n"
        "- Lars Emberg, founder of Skarvik Signals AB;\n"
        "- Pavo Rintala, a Skarvik sales executive.\n"
    )
    found = sanctions(run(nlp, text))
    kinds = {kind for _, kind, t in found if t == "Lars Emberg"}
    assert kinds == {"VisaBan"}


# ---------------------------------------------------------------- orders and fact sheets

_ORDER = (
    "By the authority vested in me as President by the Constitution and the laws of "
    "the United States of America, I hereby order:\n\n"
    "Section 1. (a) The purchase or sale by a United States person of any publicly "
    "traded securities of any entity listed in the Annex to this order is prohibited.\n\n"
    "Sec. 2. Blocking. All property and interests in property that are in the United States of "
    "the following persons are blocked and may not be transferred, paid, exported, "
    "withdrawn, or otherwise dealt in:\n"
    "(i) Lanzhou Qubit Devices Co., Ltd., which builds ion-trap processors; and\n"
    "(ii) any person determined by the Secretary of the Treasury to be owned by a "
    "person listed in this section.\n\n"
    "Sec. 3. The Secretary of Commerce shall consider whether to add each entity "
    "listed in the Annex to the Entity List.\n\n"
    "ANNEX\n\n"
    "Lanzhou Qubit Devices Co., Ltd.\n"
    "Harbin Photon Metrology Co., Ltd., a maker of single-photon detectors\n"
)


@pytest.mark.model
def test_an_order_without_a_source_is_the_states_own(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, _ORDER))
    assert ("United States", "AssetFreeze", "Lanzhou Qubit Devices Co., Ltd.") in found
    # the annex's firms fall under the securities ban, not the blocking
    assert ("United States", "InvestmentBan", "Harbin Photon Metrology Co., Ltd.") in found
    assert ("United States", "AssetFreeze", "Harbin Photon Metrology Co., Ltd.") not in found
    # an Entity List addition the order only asks the Secretary to consider
    assert not {t for _, kind, t in found if kind == "ExportControl"}


@pytest.mark.model
def test_a_fact_sheet_title_makes_the_state_the_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the President signed a proclamation adjusting imports of steel. The "
        "proclamation imposes a 40 percent tariff on steel imported from Freedonia."
    )
    titled = Article(id="t", text=text, title="FACT SHEET: President Acts on Steel Imports")
    found = sanctions(extract_doc(nlp(text), titled))
    assert ("United States", "Tariff", "Freedonia") in found
    untitled = sanctions(run(nlp, text))
    assert ("United States", "Tariff", "Freedonia") not in untitled


# ---------------------------------------------------------------- hand-built parses


def _doc(words: list[str], heads: list[int], deps: list[str], lemmas: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)


def test_among_group_on_a_hand_built_parse() -> None:
    # "Among the entities being added are:" — and not "Among the buyers are:"
    words = ["Among", "the", "entities", "being", "added", "are", ":"]
    heads = [5, 2, 0, 4, 2, 5, 5]
    deps = ["prep", "det", "pobj", "auxpass", "acl", "ROOT", "punct"]
    lemmas = ["among", "the", "entity", "be", "add", "be", ":"]
    doc = _doc(words, heads, deps, lemmas)
    assert among_group(doc[5]) == doc[2]
    buyers = _doc(
        ["Among", "the", "buyers", "are", ":"],
        [3, 2, 0, 3, 3],
        ["prep", "det", "pobj", "ROOT", "punct"],
        ["among", "the", "buyer", "be", ":"],
    )
    assert among_group(buyers[3]) is None


def test_numbered_member_on_a_hand_built_parse() -> None:
    # "Orlenko is the third individual named today" / "… the third individual to visit"
    from types import SimpleNamespace

    words = ["Orlenko", "is", "the", "third", "individual", "named", "today"]
    heads = [1, 1, 4, 4, 1, 4, 5]
    deps = ["nsubj", "ROOT", "det", "amod", "attr", "acl", "npadvmod"]
    lemmas = ["Orlenko", "be", "the", "third", "individual", "name", "today"]
    doc = _doc(words, heads, deps, lemmas)
    doc[5].tag_ = "VBN"
    r = SimpleNamespace(entities=lambda t: [0] if t.i == 0 else [], cls=lambda e: "Person")
    assert numbered_member(r, doc[1]) == [0]
    visiting = _doc(
        ["Orlenko", "is", "the", "third", "individual", "to", "visit"],
        [1, 1, 4, 4, 1, 6, 4],
        ["nsubj", "ROOT", "det", "amod", "attr", "aux", "relcl"],
        ["Orlenko", "be", "the", "third", "individual", "to", "visit"],
    )
    assert numbered_member(r, visiting[1]) == []


# ---------------------------------------------------------------- other lists and orders


@pytest.mark.model
def test_military_companies_a_department_identifies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of Defense has identified Qintar Gene Labs, a Wuhan-based "
        "sequencing company, and its affiliate Lumo Biodata Co., Ltd. as Chinese military "
        "companies under Section 1260H of the National Defense Authorization Act."
    )
    found = {t for _, kind, t in sanctions(run(nlp, text)) if kind == "Designation"}
    assert {"Qintar Gene Labs", "Lumo Biodata Co., Ltd."} <= found
    partner = (
        "The Department of Defense has identified Qintar Gene Labs as a trusted partner "
        "for its genomics research."
    )
    assert not sanctions(run(nlp, partner))


@pytest.mark.model
def test_the_covered_list_and_a_temporary_denial_order(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Federal Communications Commission (FCC) has added Tessaro Radio Co., Ltd., "
        "a maker of base stations, to the Covered List. The Bureau of Industry and "
        "Security (BIS) also issued a 180-day TDO against Merlin Cargo Pte. Ltd."
    )
    found = {(kind, t) for _, kind, t in sanctions(run(nlp, text))}
    assert ("Ban", "Tessaro Radio Co., Ltd.") in found
    assert {kind for kind, t in found if t.startswith("Merlin Cargo")} == {"ExportControl"}


@pytest.mark.parametrize(
    "items",
    [
        # run in, with dashes
        " - Velkor Dynamics LLC, which sells servo motors; - Drina Holdings AG, a Swiss "
        "trading house; and - Tamsin Rotor Co., a maker of propellers.",
        # run in, lettered
        " (a) Velkor Dynamics LLC, which sells servo motors; (b) Drina Holdings AG, a "
        "Swiss trading house; and (c) Tamsin Rotor Co., a maker of propellers.",
        # numbered lines
        "\n1. Velkor Dynamics LLC, which sells servo motors;\n2. Drina Holdings AG, a Swiss "
        "trading house; and\n3. Tamsin Rotor Co., a maker of propellers.\n",
    ],
)
@pytest.mark.model
def test_a_list_is_a_list_however_marked(nlp, items: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Bureau of Industry and Security (BIS) is adding three companies to the "
        "Entity List for supplying the Iranian drone program:" + items
    )
    found = {t for i, kind, t in sanctions(run(nlp, text)) if i == BIS and kind == "ExportControl"}
    assert found == {"Velkor Dynamics LLC", "Drina Holdings AG", "Tamsin Rotor Co."}


# ---------------------------------------------------------------- paragraphs after a lead

_DESCRIBED = (
    "WASHINGTON - Today, the Department of the Treasury's Office of Foreign Assets "
    "Control (OFAC) designated three entities and two individuals in Iran and Armenia "
    "for procuring drone engines.\n\n"
    '"These suppliers keep the drones flying," said Under Secretary Dana Pellow.\n\n'
    "PRODUCER\n\n"
    "Sahra Rotor Company is a Tehran-based maker of attack drones. Reza Tavakoli, the "
    "managing director of Sahra Rotor Company, approved the purchases.\n\n"
    "SUPPLIERS\n\n"
    "Yerevan Gearworks LLC sells piston engines to Sahra Rotor Company. Its owner, Aram "
    "Petrosyan, arranged the shipments. Kotayk Freight LLC, a trucking firm, carried "
    "the engines to Iran.\n\n"
    "Separately, OFAC identified a cargo aircraft as blocked property.\n"
)


@pytest.mark.model
def test_a_counted_lead_reaches_the_firms_and_people_its_paragraphs_describe(nlp) -> None:  # type: ignore[no-untyped-def]
    found = {t for i, kind, t in sanctions(run(nlp, _DESCRIBED)) if i == OFAC}
    assert found >= {
        "Sahra Rotor Company",
        "Yerevan Gearworks LLC",
        "Kotayk Freight LLC",
        "Reza Tavakoli",
        "Aram Petrosyan",
    }
    assert "Dana Pellow" not in found  # the speaker


@pytest.mark.model
def test_paragraph_subjects_are_no_targets_when_the_count_does_not_match(nlp) -> None:  # type: ignore[no-untyped-def]
    # four firms are described for a lead that counted three: which are targets is
    # not said
    text = _DESCRIBED.replace(
        "Separately, OFAC", "Arax Bank processed the payments. Separately, OFAC"
    )
    found = {t for _, _, t in sanctions(run(nlp, text))}
    assert not found & {"Sahra Rotor Company", "Yerevan Gearworks LLC", "Arax Bank"}
