"""A defendant who pleads guilty is charged by the district whose U.S. Attorney (not
an assistant) the release names (or that district's office, where the release names
it), on releases written for these tests."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model

_PLEA = (
    "Tomas Varga, 51, of Dayton, pleaded guilty today to smuggling lathes to Russia. "
    "Lakeshore Tooling LLC, which he owned, pleaded guilty separately.\n\n"
    '"Export laws protect us," said U.S. Attorney Helen Marsh {prep} the Southern '
    "District of Ohio.\n\n"
    "The Justice Department's National Security Division assisted."
)


@pytest.mark.parametrize("prep", ["for", "of"])
def test_the_district_of_a_named_us_attorney_charges_who_pleads(nlp, prep: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, _PLEA.format(prep=prep)), "charges")
    assert ("Southern District of Ohio", "Tomas Varga") in found
    assert ("Southern District of Ohio", "Lakeshore Tooling LLC") in found


def test_the_districts_office_where_the_release_names_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Varga pleaded guilty today to smuggling lathes to Russia, said Acting U.S. "
        "Attorney Ana Ruiz of the Western District of Texas. The U.S. Attorney's Office "
        "for the Western District of Texas thanked the FBI."
    )
    found = facts(run(nlp, text), "charges")
    assert ("U.S. Attorney's Office for the Western District of Texas", "Tomas Varga") in found
    assert ("Western District of Texas", "Tomas Varga") not in found


def test_an_assistants_district_is_no_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Varga pleaded guilty today to smuggling lathes to Russia. Assistant U.S. "
        "Attorney Paul Kim of the Western District of Texas prosecuted the case."
    )
    assert ("Western District of Texas", "Tomas Varga") not in facts(run(nlp, text), "charges")


def test_a_grand_jurys_district_is_no_prosecutor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tomas Varga pleaded guilty today to smuggling lathes to Russia. Dana Holt was "
        "indicted by a federal grand jury in the Southern District of Ohio in 2025."
    )
    found = facts(run(nlp, text), "charges")
    assert ("Southern District of Ohio", "Tomas Varga") not in found
