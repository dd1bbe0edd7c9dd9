"""Weapons fired are no product launched, for the technology frame: "X launched
missiles at ships" says nothing of what X makes or sells, while "X launched a new
phone" does. Sentences written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # a target phrase: fired at something
        "The Zarvan Liberation Front keeps launching rockets and armed drones at cargo "
        "ships in the strait.",
        "Orvanta Corp. launched drones against the border posts last week.",
        # munitions with no word of a new product
        "The Zarvan Liberation Front launched ballistic missiles overnight.",
    ],
)
def test_weapons_launched_are_not_products(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "develops") == set()
    assert facts(result, "provides") == set()


@pytest.mark.parametrize(
    ("text", "product"),
    [
        ("Orvanta Corp. launched a new satellite phone in May.", "satellite phone"),
        # a new weapon brought out by its maker is a product
        ("Orvanta Corp. launched a new anti-ship missile in May.", "anti-ship missile"),
    ],
)
def test_a_product_launched_is_made_and_offered(nlp, text: str, product: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "develops") == {("Orvanta Corp.", product)}
    assert facts(result, "provides") == {("Orvanta Corp.", product)}
