"""Indictments in release wording, on sentences written for these tests: "a grand jury
returned an indictment today charging X" (the jury charges, not a body named later in
the sentence), "The indictment names X's chief executive, A, and its export manager,
B", "Also charged are C and D", and "The defendants are charged with …" after them."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.charge import CHARGER_FROM_DOCUMENT, CHARGER_NAMED
from kg.extract.frames.charge_indictment import indictment_names
from tests.test_extract_rules import facts, run

_RELEASE = (
    "DENVER – A federal grand jury in Denver returned an indictment today charging "
    "Corvel Optics Inc., a Boulder, Colorado-based maker of laser sights, and three of "
    "its managers with conspiring to ship night-vision scopes to Belarus without the "
    "licenses required by the Department of Commerce.\n\n"
    "The indictment names Corvel's chief executive, Martin Hessler, 61, of Golden, and "
    "its export manager, Dana Whitcombe, 39, of Aurora. Also charged are Baltic Relay "
    "OU, an Estonian shipping agent, and Igor Smolensky, 50, a Belarusian national.\n\n"
    "The defendants are charged with conspiracy to violate export control laws and "
    "smuggling."
)


@pytest.mark.model
def test_the_jury_that_returned_the_indictment_charges_everyone_named(nlp) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, _RELEASE), "charges")
    assert {d for _, d in found} >= {
        "Corvel Optics Inc.",
        "Martin Hessler",
        "Dana Whitcombe",
        "Baltic Relay OU",
        "Igor Smolensky",
    }
    # the department whose licences were required charged no one
    assert {c for c, _ in found} == {"federal grand jury"}


@pytest.mark.model
def test_someone_named_as_an_unindicted_co_conspirator_is_not_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Tulsa indicted Marlow Freight LLC on Monday. The "
        "indictment also names Dana Whitcombe as an unindicted co-conspirator."
    )
    found = facts(run(nlp, text), "charges")
    assert ("federal grand jury", "Marlow Freight LLC") in found
    assert not {d for _, d in found} & {"Dana Whitcombe"}


def test_indictment_names_on_a_hand_built_parse() -> None:
    # "The indictment names Kestrel's president, A, and B": A and B, not Kestrel (the
    # title's owner); a subject that is no case noun names no defendants
    from types import SimpleNamespace

    vocab = spacy.blank("en").vocab
    words = ["The", "indictment", "names", "Kestrel", "'s", "president", ",", "A", ",", "and", "B"]
    doc = Doc(
        vocab,
        words=words,
        heads=[1, 2, 2, 5, 3, 2, 5, 5, 7, 7, 7],
        deps=["det", "nsubj", "ROOT", "poss", "case", "dobj", "punct", "appos", "punct",
              "cc", "conj"],
        lemmas=["the", "indictment", "name", "Kestrel", "'s", "president", ",", "A", ",",
                "and", "B"],
    )  # fmt: skip
    ids = {3: 0, 7: 1, 10: 2}
    classes = ["Company", "Person", "Person"]
    r = SimpleNamespace(
        entities=lambda t: [ids[t.i]] if t is not None and t.i in ids else [],
        cls=lambda e: classes[e],
    )
    assert indictment_names(r, doc[2]) == [1, 2]
    board = Doc(
        vocab,
        words=["The", "board", "names", "A"],
        heads=[1, 2, 2, 2],
        deps=["det", "nsubj", "ROOT", "dobj"],
        lemmas=["the", "board", "name", "A"],
    )
    assert indictment_names(r, board[2]) == []


@pytest.mark.model
def test_a_co_defendant_named_beside_the_noun_is_charged_by_the_grand_jury(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Chicago returned the indictment in May 2024. A "
        "co-defendant, Ramin Tehrani, a purchasing agent of Iran's Aerospace Industries "
        "Organization, was charged in the same indictment with arranging the payments."
    )
    assert ("federal grand jury", "Ramin Tehrani") in facts(run(nlp, text), "charges")


@pytest.mark.model
def test_a_sentencing_still_to_come_is_no_charge_by_the_court(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dario Velasquez admitted the smuggling scheme in a plea agreement filed in "
        "federal court in Miami. Velasquez faces up to ten years in prison when he is "
        "sentenced on March 3, 2026."
    )
    assert facts(run(nlp, text), "charges") == set()


@pytest.mark.model
def test_a_sentence_passed_is_still_the_courts_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dario Velasquez admitted the smuggling scheme in a plea agreement filed in "
        "federal court in Miami. When the hearing ended, Velasquez was sentenced to ten "
        "years in prison."
    )
    assert ("federal court", "Dario Velasquez") in facts(run(nlp, text), "charges")


@pytest.mark.model
def test_a_separate_indictment_is_not_the_sentencing_courts_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maya Lindgren, 51, of Reno, was sentenced today in the U.S. District Court for "
        "the District of Nevada to four years in prison. Lindgren admitted that her "
        "business partner, Tomas Reyes, arranged the payments. Reyes was charged in a "
        "separate indictment unsealed in June and remains a fugitive."
    )
    found = facts(run(nlp, text), "charges")
    assert ("U.S. District Court for the District of Nevada", "Maya Lindgren") in found
    assert not {d for _, d in found} & {"Tomas Reyes"}


# ------------------------------------------- a paper filed in a court; lists; a role first

_DOJ = "https://www.justice.gov/opa/pr/invented"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department today filed a criminal information in the U.S. District "
        "Court for the District of Oregon charging Velloro Marine Inc. with wire fraud.",
        "A criminal information filed today in the U.S. District Court for the District of "
        "Oregon charges Velloro Marine Inc. with wire fraud, the Justice Department said.",
    ],
)
def test_who_files_a_paper_in_a_court_charges_not_the_court(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text, source=_DOJ), "charges")
    assert ("Justice Department", "Velloro Marine Inc.") in found
    assert not any("Court" in charger for charger, _ in found)


@pytest.mark.model
def test_a_regulator_filing_a_complaint_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Coastal Trade Commission filed a complaint in the U.S. District Court for the "
        "District of Maine charging Velloro Marine Inc. with deceptive advertising."
    )
    assert facts(run(nlp, text), "charges") == {("Coastal Trade Commission", "Velloro Marine Inc.")}


@pytest.mark.model
def test_an_indictment_returned_by_a_named_jury_still_charges_as_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a grand jury returned the paper; no filer to put in its place
    text = (
        "An indictment returned by a federal grand jury in the District of Oregon charges "
        "Velloro Marine Inc. with wire fraud."
    )
    found = facts(run(nlp, text), "charges")
    assert found and all(charger != "Justice Department" for charger, _ in found)


@pytest.mark.model
def test_defendants_listed_with_ages_and_hometowns_are_each_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Maksim Orlov, 34, of Perm, Russia, and Ion Rusu, 29, of Balti, Moldova, are "
        "charged in a 14-count indictment returned by a federal grand jury in the Eastern "
        "District of Wisconsin with conspiracy."
    )
    charged = {p for _, p in facts(run(nlp, text), "charges")}
    assert {"Maksim Orlov", "Ion Rusu"} <= charged
    assert not charged & {"Perm", "Russia", "Balti", "Moldova"}


@pytest.mark.model
def test_a_firm_after_a_persons_of_phrase_is_not_a_defendant(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: the of-phrase names where he works, a firm, not a second defendant
    text = (
        "Dana Okoro, 52, of Corvane Systems and Kestrel Partners, was charged by a federal "
        "grand jury in Austin with wire fraud."
    )
    charged = {p for _, p in facts(run(nlp, text), "charges")}
    assert "Kestrel Partners" not in charged


@pytest.mark.model
def test_the_name_after_a_role_phrase_is_the_one_indicted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A former sales director of Lianmei Capacitor Co., Ltd., Chen Wei-lun, was indicted "
        "by a federal grand jury in San Jose in March."
    )
    assert {p for _, p in facts(run(nlp, text), "charges")} == {"Chen Wei-lun"}


@pytest.mark.model
def test_a_role_phrase_with_no_name_after_it_charges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # near miss: a relative clause, not a name, between the commas
    text = (
        "A former engineer at Corvane Systems, which makes servers, was indicted by a "
        "federal grand jury in Austin."
    )
    assert facts(run(nlp, text), "charges") == set()


@pytest.mark.model
def test_a_paper_filed_by_unnamed_prosecutors_is_charged_at_the_documents_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Prosecutors filed …" names no body: the charger comes from the release (its
    # district), so the fact is as sure as the other charges taken from the document,
    # not as one whose charger the sentence names
    unnamed = run(
        nlp,
        "Prosecutors filed a criminal information today in the U.S. District Court for the "
        "District of Oregon charging Velloro Marine Inc. with wire fraud.",
        source=_DOJ,
    )
    named = run(
        nlp,
        "The Justice Department today filed a criminal information in the U.S. District "
        "Court for the District of Oregon charging Velloro Marine Inc. with wire fraud.",
        source=_DOJ,
    )
    (from_release,) = [f for f in unnamed.facts if f.predicate == "charges"]
    (stated,) = [f for f in named.facts if f.predicate == "charges"]
    assert from_release.evidence.rule == "charges.filed.prosecutor.v1"
    assert from_release.evidence.confidence == CHARGER_FROM_DOCUMENT
    assert stated.evidence.confidence == CHARGER_NAMED > CHARGER_FROM_DOCUMENT
