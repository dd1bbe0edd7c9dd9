"""A counted lead's targets in bullets the rules had not read, on releases written for
these tests: bullets under headings with no colon, as many as the lead counted; "Those
designated include:"; a memorandum whose annex is the lettered list its findings
introduce, enacted below its addressees."""

from __future__ import annotations

import pytest

from kg.extract.extractor import extract_doc
from kg.model import Article
from tests.test_extract_rules import names, run
from tests.test_frame_sanction_forms import sanctions

BIS = "Bureau of Industry and Security"
OFAC = "Office of Foreign Assets Control"

_LEAD = (
    "WASHINGTON — The Department of Commerce's Bureau of Industry and Security (BIS) "
    "today added {count} entities in China and Armenia to the Entity List.\n\n"
    "Suppliers of drone parts\n\n"
    "- Ostrava Avionics Trading Limited, a distributor of flight controllers.\n"
    "- Yerevan Lumen Electronics LLC, a reseller of thermal cameras.\n\n"
    "Suppliers of surveillance tools\n\n"
    "- Kunlun Gaze Technology Co., Ltd., which builds face recognition systems.\n"
)


@pytest.mark.model
def test_bullets_under_headings_as_many_as_the_lead_counted(nlp) -> None:  # type: ignore[no-untyped-def]
    found = sanctions(run(nlp, _LEAD.format(count="three")))
    targets = {t for gov, kind, t in found if gov == BIS and kind == "ExportControl"}
    assert {
        "Ostrava Avionics Trading Limited",
        "Yerevan Lumen Electronics LLC",
        "Kunlun Gaze Technology Co., Ltd.",
    } <= targets


@pytest.mark.model
def test_bullets_that_do_not_match_the_count_are_not_taken(nlp) -> None:  # type: ignore[no-untyped-def]
    # five counted, three bulleted: the bullets may be anything (customers, examples)
    found = sanctions(run(nlp, _LEAD.format(count="five")))
    assert "Yerevan Lumen Electronics LLC" not in {t for _, _, t in found}


@pytest.mark.model
def test_those_designated_include_a_colon_and_bullets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Department of the Treasury's Office of Foreign Assets Control (OFAC) today "
        "designated two entities and one individual. Those designated include:\n"
        "- Qadir Chemicals Ltd., a seller of pill presses;\n"
        "- Harven Logistics S.A., a freight forwarder; and\n"
        "- Tomas Ruelas Prieto, the owner of Harven Logistics.\n"
    )
    targets = {t for gov, _, t in sanctions(run(nlp, text)) if gov == OFAC}
    assert {"Qadir Chemicals Ltd.", "Harven Logistics S.A.", "Tomas Ruelas Prieto"} <= targets


_MEMO = (
    "MEMORANDUM FOR THE SECRETARY OF THE TREASURY\n"
    "THE SECRETARY OF COMMERCE\n\n"
    "By the authority vested in me as President by the Constitution and the laws of "
    "the United States of America, it is hereby ordered as follows:\n\n"
    "Section 1. Findings. Several companies equip the navy of a hostile power. The "
    "following entities, identified in the Annex to this memorandum, are of concern:\n\n"
    "(a) Korvan Radar Systems Co., Ltd., a maker of naval radars;\n\n"
    "(b) Tarsus Microwave Holdings Limited, its parent; and\n\n"
    "(c) Meilin Signal Technology Co., Ltd.\n\n"
    "Sec. 2. Prohibition. The purchase or sale by any United States person of any "
    "publicly traded securities of an entity listed in the Annex is prohibited.\n"
)


@pytest.mark.model
def test_a_memorandums_lettered_annex_under_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    result = extract_doc(nlp(_MEMO), Article(id="m", text=_MEMO))
    n = names(result)
    found = {(n[s.imposer] if s.imposer else None, s.kind, n[s.target]) for s in result.sanctions}
    for firm in ("Korvan Radar Systems Co., Ltd.", "Tarsus Microwave Holdings Limited"):
        assert ("United States", "InvestmentBan", firm) in found


@pytest.mark.model
def test_enacting_words_deep_in_a_story_make_no_state_instrument(nlp) -> None:  # type: ignore[no-untyped-def]
    # a news story quoting an order is not the order: its imports ban has no imposer
    text = (
        "Vessel owners said on Monday they were studying the new rules.\n\n"
        + "The order was long awaited by shippers and ports alike. " * 30
        + "\nBy the authority vested in me as President, the order began, imports from "
        "Kestrel Ports Ltd. are prohibited.\n"
    )
    found = sanctions(run(nlp, text))
    assert ("United States", "Ban", "Kestrel Ports Ltd.") not in found


_PARAGRAPHS = (
    "The Department of State is designating the following persons pursuant to "
    "Executive Order 13224, as amended:\n\n"
    "Karim Haddadi, a finance official, is based in Tabriz and directs payments to "
    "suppliers.\n\n"
    "Zarin Exchange Company is a money exchange house that moved funds for Haddadi.\n\n"
    "Ostrow Shipping FZE is a Sharjah-based ship manager.\n\n"
    "{closing}\n"
)


@pytest.mark.model
def test_the_following_persons_and_a_paragraph_on_each(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _PARAGRAPHS.format(closing="All property of these persons is blocked.")
    targets = {t for gov, _, t in sanctions(run(nlp, text)) if gov == "State Department"}
    assert {"Karim Haddadi", "Zarin Exchange Company", "Ostrow Shipping FZE"} <= targets


@pytest.mark.model
def test_the_paragraphs_end_at_the_first_that_opens_on_no_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _PARAGRAPHS.format(closing="Meanwhile, Harlow Bank said it had closed their accounts.")
    targets = {t for _, _, t in sanctions(run(nlp, text))}
    assert "Harlow Bank" not in targets
