"""Where a name starts and ends, and what a name's own wording or its apposition says it
is: rules about how English names things, on sentences written for these tests (not
from any gold article) and on hand-built parses, with negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import typed

pytestmark = pytest.mark.model


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
