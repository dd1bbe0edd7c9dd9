"""Where a name starts and ends, and what a name's own wording or its apposition says it
is: rules about how English names things, on sentences written for these tests (not
from any gold article) and on hand-built parses, with negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import typed

pytestmark = pytest.mark.model


# ------------------------------------------------- legal forms end a firm's name


def test_an_and_after_a_legal_form_starts_a_second_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Harlow, Penrose and Co and Tindall Co agreed to merge.")
    assert "Harlow, Penrose and Co and Tindall Co" not in found
    assert found.get("Tindall Co") == "Company"


def test_a_firm_named_after_its_founder_and_co_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Paul Lamar worked for Ivan Pereira and Co L.P. in New York.")
    assert found.get("Ivan Pereira and Co L.P.") == "Company"
    assert found.get("Paul Lamar") == "Person"


# ------------------------------------------------- a state's office is Government


@pytest.mark.parametrize(
    "name", ["United States Trade Representative", "U.S. Trade Representative"]
)
def test_a_states_office_title_is_a_government_body(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    text = f"After a review by the {name}, the President raised tariffs on steel."
    assert typed(nlp, text).get(name) == "Government"


def test_an_office_word_without_a_state_before_it_is_no_government() -> None:
    from kg.extract.mentions import classify_name

    assert classify_name("Kestrel Sales Representative", "ORG") != "Government"
    assert classify_name("United States Trade Representative", "ORG") == "Government"


# ------------------------------------------------- a named product is a technology


@pytest.mark.parametrize(
    "text",
    [
        "India has banned Zapteo, the short-video app owned by Moyu Labs, and other apps.",
        "The ministry banned the video app Zapteo last year.",
        "Regulators said Zapteo, a messaging app, leaked data.",
    ],
)
def test_a_name_in_apposition_to_a_product_noun_is_a_technology(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get("Zapteo") == "Technology"


@pytest.mark.parametrize(
    "text",
    [
        "Regulators fined Kestrel, the app maker, on Monday.",
        "Regulators fined Kestrel, the app developer owned by Moyu Labs.",
    ],
)
def test_a_maker_of_a_product_stays_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get("Kestrel") != "Technology"
