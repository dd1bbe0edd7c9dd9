"""Sanctions stated in the top band (an imposer named as the clause's subject, 0.85)
whose imposer or target the reading got wrong: each a construction of English, tested
on invented sentences."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import names, run, typed
from tests.test_frame_sanction_measures import WHITE_HOUSE, sanctions

pytestmark = pytest.mark.model


def test_a_relative_clause_after_a_coordination_tells_of_the_nearest_conjunct(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The designations were coordinated with the Department of State and the"
        " Department of Commerce's Bureau of Industry and Security (BIS), which last"
        " year added Norvane Optics to the Entity List."
    )
    found = sanctions(run(nlp, text, WHITE_HOUSE))
    # not the Department of State, the first conjunct the parse hangs the clause on
    assert found == {("Bureau of Industry and Security", "ExportControl", "Norvane Optics")}


def test_a_relative_clause_on_one_body_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Treasury Department, which added Norvane Optics to the Entity List in May,"
        " said more would follow."
    )
    result = run(nlp, text, WHITE_HOUSE)
    n = names(result)
    assert {n[s.imposer] for s in result.sanctions if s.imposer} == {"Treasury Department"}


def test_goods_of_one_nation_among_all_foreign_goods_name_no_target_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kenya imposed new restrictions on Japanese cars and other imported vehicles"
        " on its highways."
    )
    assert not any(t == "Japan" for _, _, t in sanctions(run(nlp, text, WHITE_HOUSE)))
    # goods of one nation alone still name it ("tariffs on Japanese electronics")
    text = "Kenya imposed new restrictions on Japanese cars."
    assert any(t == "Japan" for _, _, t in sanctions(run(nlp, text, WHITE_HOUSE)))


def test_a_counted_group_of_officials_is_people_not_their_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of State designated two Laotian officials for corruption."
        " Dara Venn and Ivo Maral took bribes from timber smugglers."
    )
    targets = {t for _, _, t in sanctions(run(nlp, text, WHITE_HOUSE))}
    assert "Laotian officials" not in targets
    assert targets == {"Dara Venn", "Ivo Maral"}
    # uncounted, the phrase still names the state's bodies ("Chinese officials said")
    found = typed(nlp, "Laotian officials said the ban was unlawful.")
    assert found.get("Laotian officials") == "Government"


#: An invented fact sheet whose order names its targets in an annex, pointed at twice.
ANNEX_TWICE = (
    "Today, the President signed an Executive Order blocking the property of a network"
    " that smuggles timber out of Velmora.\n\n"
    "The order blocks all property and interests in property of the three persons listed"
    " in its Annex.\n\n"
    "The persons listed in the Annex are:\n"
    "- Tarrow Timber Holdings Ltd., a logging firm based in Port Ildis.\n"
    "- Quenby River Freight LLC, a barge operator based in Selm.\n"
    "- Halvard Oste, director of Tarrow Timber Holdings Ltd.\n"
)


def test_an_annex_pointed_at_twice_is_one_reading_of_its_names(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, ANNEX_TWICE, WHITE_HOUSE)
    n = names(result)
    annexed = [s for s in result.sanctions if s.evidence.rule == "sanction.annex.v1"]
    assert {n[s.target] for s in annexed} >= {"Tarrow Timber Holdings Ltd."}
    # the lead line reads the list the order's sentence read: no second, "independent"
    # sentence to raise each name into the top band
    assert all(s.evidence.confidence < 0.85 for s in annexed)
    assert len({s.evidence.start for s in annexed}) == 1


def test_a_blocking_clause_with_no_government_infers_the_issuer_under_the_middle_band(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "All property and interests in property of Tarrow Timber Holdings Ltd. are blocked."
    found = run(nlp, text, WHITE_HOUSE).sanctions
    assert [(s.evidence.rule, s.evidence.confidence) for s in found] == [
        ("sanction.verb.block.property.issuer.v1", 0.6)
    ]
    # a government named in the clause keeps the verb's own confidence
    text = "The Treasury Department blocked all property of Tarrow Timber Holdings Ltd."
    found = run(nlp, text, WHITE_HOUSE).sanctions
    assert [(s.evidence.rule, s.evidence.confidence) for s in found] == [
        ("sanction.verb.block.property.v1", 0.85)
    ]
