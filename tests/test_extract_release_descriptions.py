"""Names, roles and technologies in the descriptions of releases (relc24n), on
sentences written for these tests: legal forms of the Emirates' free zones, Russian
joint-stock companies and Baltic firms; "its chairman" after a sentence about a firm;
what a described firm designs, makes, operates or supplies."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, typed

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- legal forms


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Saltmarsh Components FZCO, a Sharjah-based trading firm, shipped the parts to Iran.",
         "Saltmarsh Components FZCO"),
        ("Ostrava Trade FZE, a Fujairah-based broker, re-exported the chips.", "Ostrava Trade FZE"),
        ("Bosphorus Motion Dynamics A.S., an Ankara-based distributor, sold servo motors.",
         "Bosphorus Motion Dynamics A.S."),
        ("The parts went through Daugava Tools SIA, a Riga-based trading company.",
         "Daugava Tools SIA"),
    ],
)  # fmt: skip
def test_a_foreign_legal_form_ends_the_firms_name(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, text)
    assert found.get(firm) == "Company"
    # the legal form alone is no firm: the place is the whole firm's seat
    assert not any(name in found for name in ("FZCO", "FZE", "A.S.", "SIA"))
    assert {s for s, _ in facts(run(nlp, text), "basedIn")} <= {firm}
