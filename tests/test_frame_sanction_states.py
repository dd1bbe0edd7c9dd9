"""Sanctions stated as a state of the target, on sentences written for these tests:
"an OFAC-designated shipping company", "the BIS-listed firm X", "X appears on the
Entity List", and the kind an authority carries ("designated under Section 7031(c)")."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import asserted_measures, run, sanctions

pytestmark = pytest.mark.model


def test_agency_designated_description_names_imposer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Halvard Marine Ltd., an OFAC-designated shipping company, moved oil for the network."
    assert asserted_measures(run(nlp, text)) == {
        ("Office of Foreign Assets Control", "Designation", "Halvard Marine Ltd.")
    }


def test_department_designated_person_set_beside(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The money was moved by a Treasury-designated money launderer, Dario Menkov."
    measures = asserted_measures(run(nlp, text))
    assert {(kind, target) for _, kind, target in measures} == {("Designation", "Dario Menkov")}
    assert all(imposer and "Treasury" in imposer for imposer, _, _ in measures)


def test_keeper_listed_firm_takes_the_keepers_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors said the BIS-listed firm Veltrona Systems bought the chips."
    assert asserted_measures(run(nlp, text)) == {
        ("Bureau of Industry and Security", "ExportControl", "Veltrona Systems")
    }
    text = "Halvard Marine Ltd., an OFAC-listed tanker operator, moved the oil."
    assert asserted_measures(run(nlp, text)) == {
        ("Office of Foreign Assets Control", "Designation", "Halvard Marine Ltd.")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said the Nasdaq-listed firm Veltrona Systems bought the chips.",
        "Halvard Marine Ltd., a court-designated receiver, moved the oil.",
        "The money went through a sanctioned Russian bank, Karvex Bank.",
        "Veltrona Systems appeared on television.",
        "Veltrona Systems was removed from the Entity List.",
    ],
)
def test_no_measure_without_a_list_keeper_or_list(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert asserted_measures(run(nlp, text)) == set()


def test_appearing_on_a_list_is_being_on_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltrona Systems appears on the Entity List."
    assert {(k, t) for _, k, t in asserted_measures(run(nlp, text))} == {
        ("ExportControl", "Veltrona Systems")
    }


def test_may_be_designated_is_no_assertion(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Halvard Marine Ltd. may be designated by OFAC.")
    assert {m for _, _, m in sanctions(result)} <= {"threatened", "proposed", "possible"}
    assert asserted_measures(result) == set()


def test_section_7031c_designation_is_a_visa_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of State designated Ivan Dorov under Section 7031(c) of the "
        "appropriations act for involvement in significant corruption."
    )
    assert {(k, t) for _, k, t in asserted_measures(run(nlp, text))} == {("VisaBan", "Ivan Dorov")}
    text = "The Department of State designated Ivan Dorov under Executive Order 13818."
    assert {(k, t) for _, k, t in asserted_measures(run(nlp, text))} == {
        ("Designation", "Ivan Dorov")
    }


def test_designation_noun_under_section_7031c_carries_the_visa_ban(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of State announced the designation of two officials, Marek "
        "Halden and Tomas Brel, under Section 7031(c) for corruption."
    )
    kinds = {k for _, k, _ in asserted_measures(run(nlp, text))}
    assert kinds == {"VisaBan"}
    text = (
        "The Department of State is announcing the public designation of two Valdorian "
        "officials under Section 7031(c) for their involvement in corruption. Lena Vosk, "
        "a border police commander, and Mira Oltan, a deputy governor, accepted payments."
    )
    measures = asserted_measures(run(nlp, text))
    assert {k for _, k, _ in measures} == {"VisaBan"}
    assert {t for _, _, t in measures} >= {"Mira Oltan"}
