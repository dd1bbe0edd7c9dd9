"""News wordings of ``uses``: a firm whose products run on a technology uses it
("Veltra's phones run on Y's software"). Sentences written for these tests, through
the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Veltra Corp's phones run on software made by Orbis Inc.",
            {("Veltra Corp", "software")},
        ),
        (
            "Veltra Corp's new phone will run on Orbis Inc's Helios operating system.",
            {("Veltra Corp", "Helios operating system")},
        ),
        ("Veltra Corp runs on Orbis Inc software.", {("Veltra Corp", "software")}),
        ("Veltra Corp's trains run on time.", set()),
        ("Tom Ng runs Veltra Corp's chip unit.", set()),
    ],
)
def test_what_a_firms_products_run_on(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert facts(run(nlp, text), "uses") == expected
