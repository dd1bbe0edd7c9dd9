"""A court's fine ordered in a relative clause on the judge, on a sentence written for
this test: "sentenced … by Judge Y, who also ordered him to pay a fine" fines the man
sentenced, not the judge."""

from __future__ import annotations

import pytest

from kg.model import ArticleExtraction
from tests.test_extract_rules import names, run


def fined(result: ArticleExtraction) -> set[tuple[str | None, str]]:
    n = names(result)
    return {
        (n[s.imposer] if s.imposer else None, n[s.target])
        for s in result.sanctions
        if s.kind == "Fine"
    }


@pytest.mark.model
def test_him_ordered_to_pay_by_the_judge_is_the_man_sentenced(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Omar Castellanos, 44, of Tucson, was sentenced in the U.S. District Court for "
        "the District of Arizona by U.S. District Judge Helena P. Marsh, who also ordered "
        "him to pay $800,000 in restitution to the company and a $100,000 fine."
    )
    found = fined(run(nlp, text))
    assert {t for _, t in found} == {"Omar Castellanos"}
    assert {i for i, _ in found} == {"U.S. District Court for the District of Arizona"}
