"""The charge frame in news wording, on sentences written for these tests: charges
faced, brought or settled, that-clauses, pleas in a described court, indictments
handed down and the people then named, a release's list of defendants."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.entities import group_mentions
from kg.extract.mentions import find_mentions
from kg.extract.relations import RelationReader
from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def test_charges_faced_from_two_bodies_are_charges_by_each(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Orvane Systems faced charges from both the Department of Justice "
        "and the Coastal Trade Commission.",
    )
    found = facts(result, "charges")
    assert ("Justice Department", "Orvane Systems") in found
    assert ("Coastal Trade Commission", "Orvane Systems") in found


def test_charges_brought_against_a_company_by_a_regulator(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The Coastal Trade Commission brought charges against Orvane Systems.")
    assert facts(result, "charges") == {("Coastal Trade Commission", "Orvane Systems")}


def test_charges_a_company_brings_against_another_are_an_accusation(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems brought charges against Kestrel Partners in March.")
    assert facts(result, "charges") == set()
    assert ("Orvane Systems", "Kestrel Partners") in facts(result, "accuses")


def test_charges_denied_with_no_one_bringing_them_give_no_fact(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Orvane Systems has denied the fraud and conspiracy charges.")
    assert facts(result, "charges") == set()


def test_a_regulator_charging_that_companies_did_something(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "The Coastal Trade Commission had charged in a complaint filed in federal court "
        "that Orvane Systems and Kestrel Partners mislabelled their goods.",
    )
    found = facts(result, "charges")
    assert ("Coastal Trade Commission", "Orvane Systems") in found
    assert ("Coastal Trade Commission", "Kestrel Partners") in found


def test_that_clause_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Regulators charged in a complaint that Vemora lied ." with the that-clause hung
    # as a relative clause on "complaint" (the model's usual parse)
    words = ["The", "Commission", "charged", "in", "a", "complaint", "that", "Vemora"]
    words += ["lied", "."]
    heads = [1, 2, 2, 2, 5, 3, 8, 8, 5, 2]
    deps = ["det", "nsubj", "ROOT", "prep", "det", "pobj", "mark", "nsubj", "relcl", "punct"]
    pos = ["DET", "PROPN", "VERB", "ADP", "DET", "NOUN", "SCONJ", "PROPN", "VERB", "PUNCT"]
    lemmas = ["the", "Commission", "charge", "in", "a", "complaint", "that", "Vemora", "lie"]
    lemmas += ["."]
    ents = ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O"]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
        sent_starts=[True] + [False] * 9,
    )  # fmt: skip
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    found = RelationReader(doc, mentions, clusters).read()
    pairs = {(clusters[f.subject].name, clusters[f.object].name) for f in found.facts}
    assert ("Commission", "Vemora") in pairs


def test_a_guilty_plea_in_a_described_court_is_charged_by_that_court(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Last month in a US court, Orvane Systems pleaded guilty to fraud.")
    assert ("US court", "Orvane Systems") in facts(result, "charges")


def test_an_indictment_handed_down_by_a_jury_then_the_indicted_named(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp,
        "Three men were charged today with running a tax scheme. The indictment had "
        "been handed down by a grand jury sitting in Ohio. The three indicted were named as "
        "Arlo Penrose, Milo Vance and Ezra Quill.",
    )
    found = facts(result, "charges")
    for person in ("Arlo Penrose", "Milo Vance", "Ezra Quill"):
        assert ("grand jury", person) in found


def test_people_named_without_an_indictment_are_not_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The three winners were named as Arlo Penrose, Milo Vance and Ezra Quill.")
    assert facts(result, "charges") == set()


def test_a_releases_defendants_heading_lists_who_the_jury_indicted(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A grand jury in the Northern District of Ohio indicted four men for fraud.\n\n"
        "Defendants: Arlo Penrose, Milo Vance, Ezra Quill and Otto Brand, who ran the "
        "scheme.\n"
    )
    found = facts(run(nlp, text), "charges")
    for person in ("Arlo Penrose", "Milo Vance", "Ezra Quill", "Otto Brand"):
        assert ("grand jury", person) in found


def test_prosecutors_described_by_nationality_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "French prosecutors charged Ezra Quill with insider trading.")
    assert facts(result, "charges") == {("French prosecutors", "Ezra Quill")}


def test_a_jury_that_convicts_charges(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Milo Vance was indicted by a federal grand jury in Texas.")
    assert facts(result, "charges") == {("federal grand jury", "Milo Vance")}


# ---------------------------------------------------------------- release wordings


def test_a_judge_of_a_district_sentencing_is_that_districts_court(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arlo Penrose was sentenced today by U.S. District Judge Milo Vance of the "
        "Northern District of Ohio to 40 months in prison."
    )
    found = facts(run(nlp, text), "charges")
    assert ("Northern District of Ohio", "Arlo Penrose") in found
    assert not any(actor == "Milo Vance" for actor, _ in found)


def test_a_plea_before_a_judge_of_a_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arlo Penrose pleaded guilty before U.S. Magistrate Judge Milo Vance of the "
        "Northern District of Ohio."
    )
    assert ("Northern District of Ohio", "Arlo Penrose") in facts(run(nlp, text), "charges")


def test_a_case_prosecuted_by_attorneys_is_no_judges_court(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "It is being prosecuted by Assistant U.S. Attorney Milo Vance of the Northern "
        "District of Ohio."
    )
    assert facts(run(nlp, text), "charges") == set()


def test_what_the_jury_found_the_defendants_did_convicts_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal jury in Toledo has found two men and a company guilty of fraud. The "
        "jury found that Arlo Penrose, his company, Orvane Systems Inc., and Milo Vance "
        "conspired to steal trade secrets."
    )
    found = facts(run(nlp, text), "charges")
    assert {("federal jury", "Arlo Penrose"), ("federal jury", "Milo Vance")} <= found
    assert ("federal jury", "Orvane Systems Inc.") in found


def test_a_finding_that_someone_did_not_act_convicts_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The jury found that Orvane Systems did not violate the law."
    assert facts(run(nlp, text), "charges") == set()


def test_a_finding_of_a_company_is_no_conviction(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvane Systems found that Arlo Penrose had copied the files."
    assert facts(run(nlp, text), "charges") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The indictment charges Arlo Penrose with wire fraud. The indictment was returned "
        "by a federal grand jury in Toledo on June 2.",
        "Arlo Penrose was charged in an indictment with wire fraud. The indictment was "
        "returned by a federal grand jury in Toledo on June 2.",
    ],
)
def test_the_indictment_charges_whom_the_jury_that_returned_it_indicted(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("federal grand jury", "Arlo Penrose") in facts(run(nlp, text), "charges")


def test_the_defendants_charged_again_are_the_ones_named_before(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury returned an indictment charging Arlo Penrose, 40, a former "
        "employee of Orvane Systems Inc., and Milo Vance with theft. The two defendants "
        "are charged with stealing source code from Orvane Systems Inc."
    )
    found = facts(run(nlp, text), "charges")
    assert {("federal grand jury", "Arlo Penrose"), ("federal grand jury", "Milo Vance")} <= found
    assert not any(charged == "Orvane Systems Inc." for _, charged in found)


def test_a_list_of_names_parsed_as_appositions_is_charged_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arlo Penrose, Milo Vance and Ezra Quill were indicted by a federal grand jury in Toledo."
    )
    found = facts(run(nlp, text), "charges")
    for person in ("Arlo Penrose", "Milo Vance", "Ezra Quill"):
        assert ("federal grand jury", person) in found


def test_a_role_apposition_is_no_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury indicted Arlo Penrose, a former engineer at Orvane Systems "
        "Inc., for theft."
    )
    assert facts(run(nlp, text), "charges") == {("federal grand jury", "Arlo Penrose")}


def test_arrested_and_charged_is_a_passive_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Toledo indicted Milo Vance in May. Arlo Penrose was "
        "arrested and charged by criminal complaint with smuggling."
    )
    found = facts(run(nlp, text), "charges")
    assert ("federal grand jury", "Arlo Penrose") in found
    assert not any(actor == "Arlo Penrose" for actor, _ in found)


def test_a_judge_of_a_district_sentencing_as_subject(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "U.S. District Judge Milo Vance of the Northern District of Ohio sentenced Arlo "
        "Penrose to five years in prison."
    )
    found = facts(run(nlp, text), "charges")
    assert found == {("Northern District of Ohio", "Arlo Penrose")}


def test_a_person_who_is_no_judge_charges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Milo Vance of Orvane Systems Inc. sentenced Arlo Penrose to silence."
    assert facts(run(nlp, text), "charges") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Arlo Penrose was indicted on Monday for wire fraud. The case was presented to a "
        "federal grand jury in Toledo by the U.S. Attorney's Office.",
        "Arlo Penrose was charged in a federal grand jury indictment unsealed on Monday.",
    ],
)
def test_an_indictment_with_no_actor_is_the_named_grand_jurys(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "charges")
    assert ("federal grand jury", "Arlo Penrose") in found


def test_a_bulleted_list_of_the_charged_after_a_heading(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Toledo has charged three men with fraud.\n\n"
        "The three individuals charged in the indictment are:\n\n"
        "- Arlo Penrose, 54, of Dayton, Ohio. Penrose ran the scheme.\n\n"
        "- Milo Vance, 47, of Akron, Ohio. Vance kept the books.\n\n"
        "- Peter Ostrowski, 39, of Erie, Pa. Ostrowski recruited buyers.\n\n"
        "Orvane Systems Inc. reported the scheme to the FBI.\n"
    )
    found = facts(run(nlp, text), "charges")
    for person in ("Arlo Penrose", "Milo Vance", "Peter Ostrowski"):
        assert ("federal grand jury", person) in found
    assert not any(charged == "Orvane Systems Inc." for _, charged in found)


def test_a_bulleted_list_under_another_heading_is_not_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Toledo indicted Arlo Penrose for fraud.\n\n"
        "The agencies that helped in the investigation are:\n\n"
        "- Orvane Systems Inc., which reported the scheme.\n\n"
        "- Milo Vance, a private investigator.\n"
    )
    found = facts(run(nlp, text), "charges")
    assert found == {("federal grand jury", "Arlo Penrose")}


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department brought charges of fraud against Orvane Systems.",
        "The Justice Department filed charges of bribery against Orvane Systems on Monday.",
        "The Justice Department's indictment of Orvane Systems was unsealed on Monday.",
        "The prosecution of Orvane Systems by the Justice Department began in May.",
    ],
)
def test_proceedings_against_or_of_a_company_are_charges(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Justice Department", "Orvane Systems") in facts(run(nlp, text), "charges")


def test_charges_of_a_crime_name_no_one_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(
        nlp, "The Justice Department brought charges of fraud on behalf of Orvane Systems."
    )
    assert not facts(result, "charges")


# ---------------------------------------------------------------- co-defendants, misparses


@pytest.mark.parametrize(
    "text",
    [
        "A federal grand jury in Salem indicted Veltra Corp on June 1, 2019, along with Tom "
        "Ng, its chief executive, and Ann Ross, a former engineer.",
        "Veltra Corp, along with Tom Ng and Ann Ross, was indicted by a federal grand jury in "
        "Salem.",
    ],
)
def test_co_defendants_charged_along_with_the_named_one(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "charges")
    jury = "federal grand jury"
    assert {(jury, "Veltra Corp"), (jury, "Tom Ng"), (jury, "Ann Ross")} <= found


def test_along_with_names_no_one_charged_without_a_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp, along with Tom Ng, opened a factory in Salem."
    assert facts(run(nlp, text), "charges") == set()


def test_jury_sitting_in_a_place_convicts_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser takes the company (and the state) for further subjects of "convicted"
    text = (
        "Following an 8-day trial, a jury sitting in Salem, Oregon, convicted Veltra Wind "
        "Group Co. Ltd. of wire fraud."
    )
    result = run(nlp, text)
    assert facts(result, "charges") == {("jury", "Veltra Wind Group Co. Ltd.")}


@pytest.mark.parametrize(
    "verdict",
    [
        "Tom Ng was found guilty by U.S. District Judge Ann Ross, who presided over the trial.",
        "Tom Ng, a former engineer at Veltra Corp, was sentenced today to 24 months in prison.",
    ],
)
def test_verdict_with_no_court_named_is_the_districts(nlp, verdict: str) -> None:  # type: ignore[no-untyped-def]
    text = f"The case was brought in the District of Oregon. {verdict}"
    result = run(nlp, text, source="https://www.justice.gov/opa/pr/x")
    assert facts(result, "charges") == {("District of Oregon", "Tom Ng")}


def test_verdict_outside_a_prosecutors_release_is_not_guessed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case was brought in the District of Oregon. Tom Ng was sentenced today to 24 "
        "months in prison."
    )
    assert facts(run(nlp, text), "charges") == set()


def test_court_finding_that_a_company_violated_a_law(nlp) -> None:  # type: ignore[no-untyped-def]
    # annotators count a court's ruling that X violated a law as charges (a release
    # annotated blind, 17:00), though it may be civil: a rule of its own, at 0.6
    text = (
        "The statement came after the U.S. District Court for the District of Oregon found "
        "that Veltra Corp violated Section 1 of the Sherman Act."
    )
    found = facts(run(nlp, text), "charges")
    assert found == {("U.S. District Court for the District of Oregon", "Veltra Corp")}


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. District Court for the District of Oregon found that Veltra Corp acted lawfully.",
        "The U.S. District Court for the District of Oregon found that Veltra Corp did not "
        "violate the Sherman Act.",
    ],
)
def test_court_findings_of_no_violation_are_no_charge(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "charges") == set()


def test_defendants_named_beside_the_noun_are_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Salem indicted two people on Monday. The defendants, Tom Ng "
        "and Ann Ross, are charged with conspiracy to commit wire fraud."
    )
    found = facts(run(nlp, text), "charges")
    assert {("federal grand jury", "Tom Ng"), ("federal grand jury", "Ann Ross")} <= found


def test_a_company_and_its_officer_plead_guilty(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the plea. Veltra Corp and its president, Tom Ng, "
        "pleaded guilty to conspiracy."
    )
    result = run(nlp, text, source="https://www.justice.gov/opa/pr/x")
    found = facts(result, "charges")
    assert found == {("Justice Department", "Veltra Corp"), ("Justice Department", "Tom Ng")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A federal grand jury in Salem returned an indictment today. The other individual "
            "defendant, Tom Ng, funded the scheme.",
            {("federal grand jury", "Tom Ng")},
        ),
        (
            "A federal grand jury in Salem indicted Kim Lee today. Defendants Tom Ng and Ann "
            "Ross obtained the files.",
            {("federal grand jury", p) for p in ("Kim Lee", "Tom Ng", "Ann Ross")},
        ),
    ],
)
def test_names_beside_a_defendant_noun_are_charged(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "charges") == expected


@pytest.mark.parametrize(
    "text",
    [
        "A federal grand jury in Salem indicted Kim Lee today. The defendant's lawyer, Tom Ng, "
        "said his client was innocent.",
        "A federal grand jury in Salem indicted Kim Lee today. Co-defendant Tom Ng previously "
        "pleaded guilty in another case.",
    ],
)
def test_a_lawyer_or_co_defendant_is_not_charged_by_this_jury(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("federal grand jury", "Tom Ng") not in facts(run(nlp, text), "charges")


def test_named_in_a_complaint_in_a_prosecutors_release(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the case. Tom Ng and Ann Ross are named in a "
        "criminal complaint unsealed today in Salem."
    )
    found = facts(run(nlp, text, source="https://www.justice.gov/opa/pr/x"), "charges")
    assert found == {("Justice Department", "Tom Ng"), ("Justice Department", "Ann Ross")}


def test_named_in_a_report_is_no_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department announced the case. Tom Ng and Ann Ross are named in a "
        "report published today in Salem."
    )
    assert facts(run(nlp, text, source="https://www.justice.gov/opa/pr/x"), "charges") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ng pleaded guilty before U.S. District Judge Ann Ross of the District of Oregon "
        "in May. He was sentenced today to 24 months in prison.",
        "A federal grand jury in Salem indicted Tom Ng. The case was investigated by Special "
        "Agent Ann Ross of the FBI. He was convicted in May.",
    ],
)
def test_he_charged_is_the_defendant_not_the_judge_or_agent(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    charged = {p for _, p in facts(run(nlp, text), "charges")}
    assert charged == {"Tom Ng"}


# ---------------------------------------------------------------- the charger's provenance


def _charges_with_confidence(result) -> dict[tuple[str, str], float]:  # type: ignore[no-untyped-def]
    n = {e.key: e.name for e in result.entities}
    return {
        (n[f.subject], n[f.object]): f.evidence.confidence
        for f in result.facts
        if f.predicate == "charges"
    }


def test_later_passive_charges_keep_the_charger_named_first(nlp) -> None:  # type: ignore[no-untyped-def]
    # the second sentence takes its charger from the first; the third still does, though
    # the second's charger was itself taken from the document (not named there)
    text = (
        "The Coastal Trade Commission charged Orvane Systems with fraud in May. "
        "Kestrel Partners was charged in June. Tarn Logistics was charged in July."
    )
    found = _charges_with_confidence(run(nlp, text))
    named = found[("Coastal Trade Commission", "Orvane Systems")]
    for company in ("Kestrel Partners", "Tarn Logistics"):
        inferred = found[("Coastal Trade Commission", company)]
        assert 0.7 <= inferred < named  # a charger from another sentence is less sure


def test_a_charger_taken_from_the_document_is_not_remembered(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Y was indicted" takes the grand jury the article names (an indictment is a grand
    # jury's), not the Commission that charged last; "Z was convicted" after it is still
    # the Commission's: a charger taken from the document is not remembered as the
    # article's charger, whatever its confidence
    text = (
        "A federal grand jury in Ohio heard the case. The Coastal Trade Commission "
        "charged Orvane Systems with fraud in May. Kestrel Partners was indicted in June. "
        "Tarn Logistics was convicted in July."
    )
    found = _charges_with_confidence(run(nlp, text))
    assert ("federal grand jury", "Kestrel Partners") in found
    assert ("Coastal Trade Commission", "Tarn Logistics") in found
    assert ("federal grand jury", "Tarn Logistics") not in found


def test_a_charger_from_the_document_is_not_remembered_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A federal grand jury heard the case. The Commission charged Vemora in May. Kestra
    # was indicted in June. Tarnix was convicted in July." parsed by hand: the indictment
    # is the grand jury's (taken from the document), the conviction after it the
    # Commission's (the last charger named as an actor)
    words = "A federal grand jury heard the case . The Commission charged Vemora in May ."
    words += " Kestra was indicted in June . Tarnix was convicted in July ."
    heads = [3, 3, 3, 4, 4, 6, 4, 4, 9, 10, 10, 10, 10, 12, 10]
    heads += [17, 17, 17, 17, 18, 17, 23, 23, 23, 23, 24, 23]
    deps = "det amod amod nsubj ROOT det dobj punct det nsubj ROOT dobj prep pobj punct"
    deps += " nsubjpass auxpass ROOT prep pobj punct nsubjpass auxpass ROOT prep pobj punct"
    pos = "DET ADJ ADJ NOUN VERB DET NOUN PUNCT DET PROPN VERB PROPN ADP PROPN PUNCT"
    pos += " PROPN AUX VERB ADP PROPN PUNCT PROPN AUX VERB ADP PROPN PUNCT"
    tags = "DT JJ JJ NN VBD DT NN . DT NNP VBD NNP IN NNP ."
    tags += " NNP VBD VBN IN NNP . NNP VBD VBN IN NNP ."
    lemmas = "a federal grand jury hear the case . the Commission charge Vemora in May ."
    lemmas += " Kestra be indict in June . Tarnix be convict in July ."
    ents = "O O O O O O O O O B-ORG O B-ORG O B-DATE O"
    ents += " B-ORG O O O B-DATE O B-ORG O O O B-DATE O"
    starts = {0, 8, 15, 21}
    doc = Doc(
        nlp.vocab, words=words.split(), heads=heads, deps=deps.split(), pos=pos.split(),
        tags=tags.split(), lemmas=lemmas.split(), ents=ents.split(),
        sent_starts=[i in starts for i in range(len(heads))],
    )  # fmt: skip
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    found = RelationReader(doc, mentions, clusters).read()
    pairs = {
        (clusters[f.subject].name, clusters[f.object].name): f.confidence
        for f in found.facts
        if f.predicate == "charges"
    }
    assert pairs[("Commission", "Vemora")] > pairs[("federal grand jury", "Kestra")]
    assert ("Commission", "Tarnix") in pairs
    assert ("federal grand jury", "Tarnix") not in pairs


# ---------------------------------------------------------------- courts by their seat


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("A court in Paris sentenced Ann Ross to six years in prison.", "court in Paris"),
        ("Ann Ross was sentenced to six years in prison by a court in Paris.", "court in Paris"),
        ("Prosecutors in Milan charged Ann Ross with fraud.", "Prosecutors in Milan"),
    ],
)
def test_a_court_or_prosecutors_named_by_their_seat(nlp, text: str, court: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "charges") == {(court, "Ann Ross")}


def test_a_court_in_a_statement_is_no_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "A court in a brief statement said Ann Ross was a witness.")
    assert facts(result, "charges") == set()


@pytest.mark.parametrize(
    ("text", "court"),
    [
        ("A French court jailed Ann Ross for six years.", "French court"),
        ("Ann Ross was jailed for six years by a court in Paris.", "court in Paris"),
        ("A federal court imprisoned Ann Ross for fraud.", "federal court"),
    ],
)
def test_jailing_is_sentencing(nlp, text: str, court: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "charges") == {(court, "Ann Ross")}


def test_a_jail_seat_on_a_hand_built_doc(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A court in Lyon jailed Ann Ross ." with the seat hung on the court
    words = ["A", "court", "in", "Lyon", "jailed", "Ann", "Ross", "."]
    heads = [1, 4, 1, 2, 4, 6, 4, 4]
    deps = ["det", "nsubj", "prep", "pobj", "ROOT", "compound", "dobj", "punct"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = ["DT", "NN", "IN", "NNP", "VBD", "NNP", "NNP", "."]
    lemmas = ["a", "court", "in", "Lyon", "jail", "Ann", "Ross", "."]
    ents = ["O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"]
    doc = Doc(
        nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas,
        ents=ents, sent_starts=[True] + [False] * 7,
    )  # fmt: skip
    mentions = find_mentions(doc)
    clusters = group_mentions(doc, mentions)
    found = RelationReader(doc, mentions, clusters).read()
    pairs = {
        (clusters[f.subject].name, clusters[f.object].name)
        for f in found.facts
        if f.predicate == "charges"
    }
    assert pairs == {("court in Lyon", "Ann Ross")}


@pytest.mark.parametrize(
    "text",
    [
        "Ann Ross faces charges of wire fraud brought by the Coastal Trade Commission.",
        "Ann Ross settled charges of insider trading brought by the Coastal Trade Commission.",
    ],
)
def test_charges_of_a_crime_brought_by_a_regulator(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "charges") == {("Coastal Trade Commission", "Ann Ross")}


# ---------------------------------------------------------------- "the case is prosecuted by"


def test_the_bodies_a_case_is_prosecuted_by_charge_its_defendants(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Ross, 52, of Plano, Texas, pleaded guilty today to smuggling radar parts. "
        "This case is being prosecuted by the U.S. Attorney's Office for the District of "
        "Oregon together with the Fraud Section of the Justice Department's Criminal "
        "Division."
    )
    found = facts(run(nlp, text), "charges")
    assert ("U.S. Attorney's Office for the District of Oregon", "Ann Ross") in found
    assert ("Fraud Section", "Ann Ross") in found
    # the division around the section is not filed as a prosecutor of its own
    assert ("Criminal Division", "Ann Ross") not in found


def test_a_prosecutors_office_in_the_by_phrase_is_not_read_as_the_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ann Ross, 52, of Plano, Texas, pleaded guilty today to smuggling radar parts. "
        "The case is being prosecuted by Assistant U.S. Attorney Tom Weller of the "
        "District of Oregon."
    )
    assert ("District of Oregon", "Ann Ross") not in facts(run(nlp, text), "charges")


@pytest.mark.parametrize(
    ("text", "office"),
    [
        ("The U.S. Attorney's office in Manhattan charged Ann Ross with insider trading.",
         "U.S. Attorney's office in Manhattan"),
        ("The U.S. Attorney in Manhattan charged Ann Ross with insider trading.",
         "U.S. Attorney in Manhattan"),
        ("Ann Ross was charged by the Manhattan district attorney with fraud.",
         "Manhattan district attorney"),
    ],
)  # fmt: skip
def test_a_prosecutors_office_described_charges(nlp, text: str, office: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "charges") == {(office, "Ann Ross")}
    assert {e.name: e.cls for e in result.entities}[office] == "Government"


def test_a_defence_attorney_charges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "A defence attorney charged that Ann Ross was framed.")
    assert facts(result, "charges") == set()
