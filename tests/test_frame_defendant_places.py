"""Places in a release's description of its defendants, on sentences written for these
tests: the town of "X, a Scranton, Pennsylvania-based maker", of "A, 58, of Plano"
and of "of Aurora and Lakewood" is where a firm or person is, never a defendant, a
firm or a person (a town read as a second defendant was charged at the top band)."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, typed

_FIRM_IN_A_LIST = (
    "A federal grand jury in Tulsa indicted Marlow Freight LLC, a Broken Arrow, "
    "Oklahoma-based freight forwarder, and two of its managers on Monday. The "
    "defendants are charged with smuggling."
)


@pytest.mark.model
def test_the_town_before_a_state_based_noun_is_a_place_and_charged_with_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, _FIRM_IN_A_LIST)
    assert typed(nlp, _FIRM_IN_A_LIST)["Broken Arrow"] == "Location"
    assert {d for _, d in facts(result, "charges")} == {"Marlow Freight LLC"}
    # the firm, not the town, is based in both places
    assert facts(result, "basedIn") >= {
        ("Marlow Freight LLC", "Broken Arrow, Oklahoma"),
        ("Marlow Freight LLC", "Oklahoma"),
    }
    assert not {s for s, _ in facts(result, "basedIn")} - {"Marlow Freight LLC"}


@pytest.mark.model
def test_a_passive_list_of_a_firm_and_its_owner_with_their_towns(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prosecutors said Dunmore Valve Co., a Scranton, Pennsylvania-based pump "
        "maker, and its owner, Carl Ibsen, 58, of Clarks Summit, Pennsylvania, were "
        "charged with smuggling."
    )
    classes = typed(nlp, text)
    assert classes["Scranton"] == classes["Clarks Summit"] == "Location"
    assert ("Dunmore Valve Co.", "Scranton, Pennsylvania") in facts(run(nlp, text), "basedIn")


@pytest.mark.model
def test_the_town_after_an_age_is_a_place_even_before_the_next_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # "of Plano and Rita Gomez": the parse joins the town to the next defendant
    text = (
        "A federal jury convicted Lena Marsh, 44, of Plano and Rita Gomez, 51, of Frisco "
        "of wire fraud."
    )
    classes = typed(nlp, text)
    assert classes["Plano"] == classes["Frisco"] == "Location"
    assert not {d for _, d in facts(run(nlp, text), "charges")} & {"Plano", "Frisco"}


@pytest.mark.model
def test_two_towns_of_one_defendant_are_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Denver indicted Corvel Optics Inc. and Dana Whitcombe, "
        "39, of Aurora and Lakewood. The defendants are charged with export violations."
    )
    result = run(nlp, text)
    charged = {d for _, d in facts(result, "charges")}
    assert charged == {"Corvel Optics Inc.", "Dana Whitcombe"}
    assert not {e.name for e in result.entities if e.cls in {"Company", "Person"}} & {
        "Aurora",
        "Lakewood",
        "Aurora and Lakewood",
    }


@pytest.mark.model
def test_a_town_the_model_takes_for_a_person_is_a_place_before_its_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Nadia Orlova, of Hollis Falls, Vermont, was indicted by a federal grand jury "
        "on smuggling charges."
    )
    assert typed(nlp, text)["Hollis Falls"] == "Location"
    assert {d for _, d in facts(run(nlp, text), "charges")} == {"Nadia Orlova"}


@pytest.mark.model
def test_a_person_of_a_firm_is_still_read_as_working_there(nlp) -> None:  # type: ignore[no-untyped-def]
    # no age and no state after it: "of X" may be a workplace, not a town
    text = "Tom Ng of Veltra Mobile said the deal would close in May."
    assert typed(nlp, text).get("Veltra Mobile") != "Location"
