"""Designation releases that open on a count and name the targets afterwards, on
sentences written for these tests: places after a counted group are where its members
are, not targets; "both companies" / "Both are being designated" are the two firms or
people the sentences before were about; a heading ("The additions include …:", "The
individuals subject to visa restrictions are:") over bulleted names."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.sanction_followups import both_referents, located_places
from kg.model import ArticleExtraction
from tests.test_extract_rules import names, run
from tests.test_frame_sanction_forms import sanctions


def targets(result: ArticleExtraction) -> set[str]:
    n = names(result)
    return {n[s.target] for s in result.sanctions}


# ---------------------------------------------------------------- places after a count


@pytest.mark.model
def test_a_count_from_places_leaves_the_list_keeper_for_the_bullets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Bureau of Industry and Security (BIS) today added six entities from Belarus, "
        "Iran and Vietnam to the Entity List.\n\n"
        "The additions include several companies that make navigation equipment for "
        "the Islamic Revolutionary Guard Corps (IRGC):\n\n"
        "- Orvane Avionics Ltd., a Minsk-based maker of gyroscopes;\n"
        "- Tabriz Servo Company, which sells actuators to drone factories; and\n"
        "- Hanoi Delta Components JSC, a distributor of relabeled chips.\n"
    )
    found = sanctions(run(nlp, text))
    assert found >= {
        ("Bureau of Industry and Security", "ExportControl", "Orvane Avionics Ltd."),
        ("Bureau of Industry and Security", "ExportControl", "Tabriz Servo Company"),
        ("Bureau of Industry and Security", "ExportControl", "Hanoi Delta Components JSC"),
    }
    assert not {t for _, _, t in found} & {"Belarus", "Iran", "Vietnam"}


@pytest.mark.model
def test_named_targets_beside_a_place_are_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    # no counted group: the names are the targets
    text = "OFAC designated Velkor Dynamics LLC and Drina Holdings AG on Tuesday."
    found = targets(run(nlp, text))
    assert {"Velkor Dynamics LLC", "Drina Holdings AG"} <= found


def test_located_places_on_a_hand_built_parse() -> None:
    # "OFAC designated five entities in Serbia and Iran": Serbia, Iran locate them;
    # "OFAC designated entities in Serbia": no count, nothing located
    from types import SimpleNamespace

    vocab = spacy.blank("en").vocab
    words = ["OFAC", "designated", "five", "entities", "in", "Serbia", "and", "Iran"]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 1, 3, 1, 3, 4, 5, 5],
        deps=["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj", "cc", "conj"],
        lemmas=["OFAC", "designate", "five", "entity", "in", "Serbia", "and", "Iran"],
    )
    places = {5: 0, 7: 1}
    r = SimpleNamespace(
        entities=lambda t: [places[t.i]] if t is not None and t.i in places else [],
        cls=lambda e: "Location",
        clusters=[SimpleNamespace(name="Serbia"), SimpleNamespace(name="Iran")],
    )
    assert located_places(r, doc[1], False) == {0, 1}
    bare = Doc(
        vocab,
        words=["OFAC", "designated", "entities", "in", "Serbia"],
        heads=[1, 1, 1, 2, 3],
        deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
        lemmas=["OFAC", "designate", "entity", "in", "Serbia"],
    )
    assert located_places(r, bare[1], False) == set()


# ---------------------------------------------------------------- "both" read back


@pytest.mark.model
def test_both_companies_are_the_two_firms_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Office of Foreign Assets Control (OFAC) designated three entities and one "
        "individual today.\n\n"
        "Novi Sad Precision LLC, a Serbian machine shop, sold lathes to Velkor Dynamics. "
        "Its parent, Drina Holdings AG, financed the sales. OFAC is designating both "
        "companies, as well as Milan Jovic, the manager of Novi Sad Precision."
    )
    found = sanctions(run(nlp, text))
    imposer = "Office of Foreign Assets Control"
    assert found >= {
        (imposer, "Designation", "Novi Sad Precision LLC"),
        (imposer, "Designation", "Drina Holdings AG"),
        (imposer, "Designation", "Milan Jovic"),
    }
    assert (imposer, "Designation", "Velkor Dynamics") not in found


@pytest.mark.model
def test_both_are_designated_carries_the_lead_designator(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, OFAC designated two entities and two individuals in Iran and Armenia.\n\n"
        "Tabriz Servo Company, an Iranian supplier of actuators, shipped motors to Minsk. "
        "Reza Karimi, the founder of Tabriz Servo Company, arranged the shipments. "
        "Both are being designated today."
    )
    found = sanctions(run(nlp, text))
    assert found >= {
        ("Office of Foreign Assets Control", "Designation", "Tabriz Servo Company"),
        ("Office of Foreign Assets Control", "Designation", "Reza Karimi"),
    }
    assert not {t for _, _, t in found} & {"Iran", "Armenia", "Minsk"}


def test_both_needs_two_before_on_a_hand_built_parse() -> None:
    # "Both were designated." opening an article: nothing before it to refer to
    from types import SimpleNamespace

    vocab = spacy.blank("en").vocab
    doc = Doc(
        vocab,
        words=["Both", "were", "designated", "."],
        heads=[2, 2, 2, 2],
        deps=["nsubjpass", "auxpass", "ROOT", "punct"],
        sent_starts=[True, False, False, False],
        lemmas=["both", "be", "designate", "."],
    )
    r = SimpleNamespace(entities=lambda t: [], cls=lambda e: "Company", index={})
    assert both_referents(r, doc[2], True) == []


# ---------------------------------------------------------------- headings over bullets


@pytest.mark.model
def test_the_individuals_subject_to_visa_restrictions_are_the_state_departments(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the Department of State is imposing visa restrictions on three "
        "individuals involved in the sale of the Greyhawk spyware. The Office of Foreign "
        "Assets Control (OFAC) is also designating two companies.\n\n"
        "The individuals subject to visa restrictions are:\n\n"
        "- Arkady Petrenko, the founder of Orvane Avionics;\n"
        "- Reza Karimi, a sales manager at Tabriz Servo Company; and\n"
        "- Nguyen Van Long, the director of Hanoi Delta Components.\n"
    )
    found = sanctions(run(nlp, text))
    visa = {(i, t) for i, k, t in found if k == "VisaBan"}
    assert {t for _, t in visa} >= {"Arkady Petrenko", "Reza Karimi", "Nguyen Van Long"}
    assert {i for i, _ in visa} == {"State Department"}
    # the bullets are under the visa measure, not OFAC's designation stated last
    assert not {t for i, k, t in found if k == "Designation"} & {"Arkady Petrenko"}


@pytest.mark.model
def test_a_heading_with_no_measure_before_names_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The company's new board met in Riga.\n\n"
        "The additions include several executives:\n\n"
        "- Arkady Petrenko, a former banker;\n"
        "- Reza Karimi, an engineer.\n"
    )
    assert sanctions(run(nlp, text)) == set()


# ---------------------------------------------------------------- a group subject to a measure


@pytest.mark.model
def test_firms_identified_as_subject_to_a_prohibition_are_its_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the Treasury Department identified the first firms subject to the "
        "investment prohibition, including Hangzhou Qubit Devices Co., Ltd., a maker of "
        "quantum sensors, and Lanxi Photonics Technology, a Wuhan company that builds "
        "laser chips."
    )
    assert sanctions(run(nlp, text)) >= {
        ("Treasury Department", "InvestmentBan", "Hangzhou Qubit Devices Co., Ltd."),
        ("Treasury Department", "InvestmentBan", "Lanxi Photonics Technology"),
    }


@pytest.mark.model
def test_firms_identified_with_no_measure_are_no_targets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, the Treasury Department identified the first firms eligible for the "
        "grant program, including Hangzhou Qubit Devices Co., Ltd. and Lanxi Photonics "
        "Technology."
    )
    assert sanctions(run(nlp, text)) == set()
