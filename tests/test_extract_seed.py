"""The seed article (issue 2) yields what an analyst would read in it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from kg.extract.extractor import extract_doc
from kg.ingest.reader import read_file
from kg.model import Article, ArticleExtraction

pytestmark = [pytest.mark.model, pytest.mark.shared]

SEED = "000_0010815b821944bb.txt"


@pytest.fixture(scope="module")
def seed(nlp, corpus_dir: Path) -> ArticleExtraction:  # type: ignore[no-untyped-def]
    (article,) = [a for a in read_file(corpus_dir / SEED) if isinstance(a, Article)]
    return extract_doc(nlp(article.text), article)


def _names(result: ArticleExtraction) -> dict[str, str]:
    return {e.key: e.name for e in result.entities}


def test_sensetime_designated_by_the_us_government(seed: ArticleExtraction) -> None:
    names = _names(seed)
    found = {
        (names.get(s.imposer or ""), s.kind)
        for s in seed.sanctions
        if names[s.target].startswith("SenseTime")
    }
    assert found & {("Biden administration", "Designation"), ("Treasury Department", "Designation")}


def test_alibaba_fined_2_8_billion_dollars_by_chinese_regulators(seed: ArticleExtraction) -> None:
    names = _names(seed)
    fines = [s for s in seed.sanctions if names[s.target] == "Alibaba" and s.kind == "Fine"]
    assert [(names.get(s.imposer or ""), s.amount, s.currency) for s in fines] == [
        ("Chinese regulators", Decimal("2800000000"), "USD")
    ]


def test_yanjun_xu_convicted_by_the_federal_jury(seed: ArticleExtraction) -> None:
    names = _names(seed)
    charges = {(names[f.subject], names[f.object]) for f in seed.facts if f.predicate == "charges"}
    assert ("federal jury", "Yanjun Xu") in charges


def test_huawei_is_a_company(seed: ArticleExtraction) -> None:
    assert {e.cls for e in seed.entities if e.name == "Huawei"} == {"Company"}


def test_no_entity_from_headline_noise(seed: ArticleExtraction) -> None:
    # an all-caps dateline or heading is no entity name
    assert not [e.name for e in seed.entities if len(e.name) > 3 and e.name.isupper()]
