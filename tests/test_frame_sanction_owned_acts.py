"""Earlier measures named by the noun of the act, the body that took it the possessor:
"FinCEN's 2024 action against X", "OFAC's designation of X in 2023", "BIS's addition
of X to the Entity List"; "action against" only with a sanctions body as its owner
(not a regulator's enforcement action, not an unowned "action"). On sentences written
for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import asserted_measures, run

pytestmark = pytest.mark.model

FINCEN = "Financial Crimes Enforcement Network"


def test_fincens_earlier_action_against_a_firm_is_its_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today's order follows FinCEN's 2024 action against Morvel Exchange, a Kazakh platform."
    assert (FINCEN, "Ban", "Morvel Exchange") in asserted_measures(run(nlp, text))


def test_treasurys_action_against_a_firm_is_a_designation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury's action against Durant Holdings blocks its property."
    found = asserted_measures(run(nlp, text))
    assert ("Treasury Department", "Designation", "Durant Holdings") in found


def test_fincen_taking_action_against_a_firm_bans_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "FinCEN took action against Morvel Exchange on Tuesday."
    assert (FINCEN, "Ban", "Morvel Exchange") in asserted_measures(run(nlp, text))


def test_a_possessed_designation_with_its_year_is_a_designation(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "OFAC's designation of Durant Holdings in 2023 froze its dollar accounts."
    found = asserted_measures(run(nlp, text))
    assert ("Office of Foreign Assets Control", "Designation", "Durant Holdings") in found


def test_a_possessed_addition_to_the_entity_list_is_an_export_control(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "BIS's addition of Tessaro Optics to the Entity List cut off its supply of lasers."
    found = asserted_measures(run(nlp, text))
    assert ("Bureau of Industry and Security", "ExportControl", "Tessaro Optics") in found


def test_a_regulators_enforcement_action_is_no_sanction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The SEC's action against Durant Holdings ended in a settlement."
    assert "sanction.action.owned.v1" not in {s.evidence.rule for s in run(nlp, text).sanctions}


def test_an_unowned_action_names_no_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today's action against Durant Holdings follows a long investigation."
    assert not run(nlp, text).sanctions
