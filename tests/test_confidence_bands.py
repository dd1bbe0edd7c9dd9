"""Where a rule's stated confidence puts its facts among the bands [0.5, 0.7),
[0.7, 0.85) and [0.85, 1] (what ``--min-confidence`` filters and the gold scoring
measures per band), for rules measured outside the band the scheme would give them."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import names, run

pytestmark = pytest.mark.model


def confidences(nlp, text: str, prop: str) -> dict[str, float]:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    n = names(result)
    return {n[f.object]: f.evidence.confidence for f in result.facts if f.predicate == prop}


def test_a_verb_of_using_states_under_the_middle_band(nlp) -> None:  # type: ignore[no-untyped-def]
    used = confidences(nlp, "Veltra Inc. uses facial recognition software in its depots.", "uses")
    assert list(used.values()) and all(0.5 <= c < 0.7 for c in used.values())
    # a verb of making keeps the middle band
    made = confidences(
        nlp, "Veltra Inc. makes facial recognition software for airports.", "develops"
    )
    assert list(made.values()) and all(0.7 <= c < 0.85 for c in made.values())
