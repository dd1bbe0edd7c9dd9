"""The role frame (worksFor) on news-style wordings, through the real pipeline, on
sentences written for these tests; parse shapes the rules read are also pinned on
hand-built parses."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract.frames.role import _title_tokens
from kg.extract.mentions import Mention
from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def works(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), "worksFor")


# ---------------------------------------------------------------- titles before the name


@pytest.mark.parametrize(
    "text",
    [
        "Veltra Corp chief executive Tom Ng said profits rose.",
        "Former Veltra Corp boss Tom Ng is on trial.",
        "Veltra Corp's Tom Ng said sales would grow.",
        # the tokenizer splits "co -" off the title and the parse hangs the firm on it
        "Brightwater Bank co-founder Tom Ng said sales would grow.",
        "Brightwater Bank vice-chairman Tom Ng said sales would grow.",
    ],
)
def test_company_before_the_title_and_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    firm = "Brightwater Bank" if "Brightwater" in text else "Veltra Corp"
    assert works(nlp, text) == {("Tom Ng", firm)}


def test_possessive_company_with_a_lower_case_title(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Brightwater Bank's finance director Ann Ross said costs fell."
    assert works(nlp, text) == {("Ann Ross", "Brightwater Bank")}


# ---------------------------------------------------------------- appositions


@pytest.mark.parametrize(
    "text",
    [
        "Veltra Corp said its chief executive, Tom Ng, would retire.",
        "Tom Ng, a former Veltra Corp engineer, was charged.",
        "Tom Ng, the Veltra Corp founder, sold his shares.",
    ],
)
def test_title_noun_phrase_beside_the_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Tom Ng", "Veltra Corp")}


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ng, Veltra Corp's chairman, said sales would grow.",
        "Tom Ng, chairman of Veltra Corp, said sales would grow.",
        "Tom Ng, a director of sales at Veltra Corp, said sales would grow.",
        "The head of Veltra Corp, Tom Ng, said sales would grow.",
        "A spokeswoman for Veltra Corp, Ann Ross, said sales would grow.",
        "A senior trader at Veltra Corp, Ann Ross, said sales would grow.",
    ],
)
def test_title_in_apposition(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    person = "Ann Ross" if "Ann Ross" in text else "Tom Ng"
    assert works(nlp, text) == {(person, "Veltra Corp")}


def test_a_lawyer_for_a_person_works_for_no_one_named(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a lawyer for X, Y": Y acts for X, a person, not an employer
    assert works(nlp, "A lawyer for Tom Ng, Ann Ross, said he would appeal.") == set()


@pytest.mark.parametrize("title", ["an economist", "an analyst", "a strategist"])
def test_analysts_and_economists_at_a_firm(nlp, title: str) -> None:  # type: ignore[no-untyped-def]
    text = f"Ann Ross, {title} at Brightwater Bank, said rates would rise."
    assert works(nlp, text) == {("Ann Ross", "Brightwater Bank")}


def test_a_title_without_employer_or_a_customer_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "An analyst, Tom Ng, said sales would grow.") == set()
    assert works(nlp, "Ann Ross, a customer of Veltra Corp, said prices rose.") == set()
    assert works(nlp, "Veltra Corp sued Tom Ng last year.") == set()


# ---------------------------------------------------------------- lists of names


def test_counted_title_with_a_list_of_names(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Two former Veltra Corp directors, Ann Ross and Tom Ng, resigned."
    assert works(nlp, text) == {("Ann Ross", "Veltra Corp"), ("Tom Ng", "Veltra Corp")}


def test_one_of_the_company_executives(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ann Ross, one of six Veltra Corp executives charged, pleaded guilty."
    assert works(nlp, text) == {("Ann Ross", "Veltra Corp")}


def test_a_bare_title_takes_its_earlier_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ten former directors at Veltra Corp agreed to pay. "
        "The former directors are Ann Ross and Tom Ng."
    )
    assert works(nlp, text) == {("Ann Ross", "Veltra Corp"), ("Tom Ng", "Veltra Corp")}


def test_a_bare_title_with_no_earlier_employer_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Shares of Veltra Corp fell. The former directors are Ann Ross and Tom Ng."
    assert works(nlp, text) == set()


# ---------------------------------------------------------------- role clauses


def test_role_clause_at_the_company_it_refers_back_to(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp lost money last year. Tom Ng was chief executive at the company until May."
    assert works(nlp, text) == {("Tom Ng", "Veltra Corp")}


def test_role_clause_with_the_phrase_on_the_verb(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Tom Ng was a director at Veltra Corp until May.") == {
        ("Tom Ng", "Veltra Corp")
    }


def test_a_lawyer_representing_a_company_is_no_employee(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Ann Ross, a lawyer representing Veltra Corp, declined to comment.") == set()


# ---------------------------------------------------------------- verbs of leading


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ng runs Veltra Corp.",
        "Tom Ng, who heads Veltra Corp, declined to comment.",
        "Veltra Corp, headed by Tom Ng, declined to comment.",
        "Veltra Corp is run by Tom Ng.",
        # operating or managing a firm: one verb or two sharing the object
        "Tom Ng owned and operated Veltra Corp from 2019 until 2024.",
        "Tom Ng, who manages Veltra Corp, declined to comment.",
        "The parts went to Veltra Corp, a trading company managed by Tom Ng.",
    ],
)
def test_who_leads_a_company_works_for_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {p for p, _ in works(nlp, text)} == {"Tom Ng"}
    assert {o.rstrip(".") for _, o in works(nlp, text)} == {"Veltra Corp"}


@pytest.mark.parametrize(
    "text", ["Ann Ross remains with Veltra Corp.", "Ann Ross stayed with Veltra Corp until 2003."]
)
def test_staying_with_a_company(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert {(p, o.rstrip(".")) for p, o in works(nlp, text)} == {("Ann Ross", "Veltra Corp")}


def test_staying_in_talks_with_a_company_is_no_employment(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Ann Ross remains in talks with Veltra Corp.") == set()


def test_leading_a_protest_is_no_employment(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Tom Ng led a protest outside the court.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Tom Ng operated lathes he bought from Veltra Corp.",  # machines, not the firm
        "Veltra Corp owned and operated Halvex Ltd until 2024.",  # a firm runs a firm
    ],
)
def test_operating_no_firm_is_no_employment(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == set()


# ---------------------------------------------------------------- public offices


def test_commissioner_sits_on_the_articles_commission(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Federal Trade Commission fined Veltra Corp. Commissioner Ann Ross dissented."
    assert works(nlp, text) == {("Ann Ross", "FTC")}


def test_a_commissioner_without_a_commission_gives_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Commissioner Ann Ross dissented from the ruling.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The Senate passed the bill on Monday. Sen. Ann Ross, an Ohio Republican, voted no.",
        "Sen. Ann Ross, an Ohio Republican, voted against the bill.",
    ],
)
def test_a_senator_sits_in_the_senate(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Ann Ross", "Senate")}


def test_a_representative_sits_in_the_house_not_the_white_house(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The White House welcomed the vote. Rep. Tom Ng voted for it."
    assert works(nlp, text) == {("Tom Ng", "House of Representatives")}


def test_nationality_of_a_head_of_state(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Russian President Ivan Petrov defended the deal.") == {
        ("Ivan Petrov", "Russia")
    }


@pytest.mark.parametrize(
    "text",
    [
        "China's Foreign Minister Wang Lei said talks would resume.",
        "Foreign Minister Wang Lei of China said talks would resume.",
        "The Chinese foreign minister, Wang Lei, said talks would resume.",
        # the portfolio phrase between the title and the name
        "Chinese Minister for Commerce Wang Lei said talks would resume.",
        "Chinese Minister of Industry and Trade Wang Lei said talks would resume.",
    ],
)
def test_a_minister_of_a_named_country(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Wang Lei", "China")}


def test_a_city_employs_no_analyst(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Analyst Tom Ng of London said shares would fall.") == set()


def test_a_portfolio_title_with_no_country_names_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Minister for Trade Wang Lei said talks would resume.") == set()


def test_a_state_before_a_public_office(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "New Jersey Governor Ann Ross signed the bill.") == {
        ("Ann Ross", "New Jersey")
    }


def test_a_bare_president_is_no_guess_at_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Firms in Benin and the United States paid bribes. President Ann Ross denied it."
    assert works(nlp, text) == set()
    assert works(nlp, "The company president Tom Ng spoke.") == set()


# ---------------------------------------------------------------- parse shapes, pinned


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    # English's vocabulary: lower-case forms and the like, as the model's docs have
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


def _person(doc: Doc, start: int, end: int) -> Mention:
    return Mention(doc[start:end], doc[start:end].text, "Person", "ner")


def test_shape_title_compound_of_the_name() -> None:
    # "Veltra chief executive Tom Ng said"
    doc = _doc(
        ["Veltra", "chief", "executive", "Tom", "Ng", "said"],
        [2, 2, 4, 4, 5, 5],
        ["compound", "amod", "compound", "compound", "nsubj", "ROOT"],
        ["PROPN", "ADJ", "NOUN", "PROPN", "PROPN", "VERB"],
    )
    person = _person(doc, 3, 5)
    assert [t.text for t in _title_tokens(person, doc[4])] == ["executive"]


def test_shape_name_in_apposition_to_the_employers_name() -> None:
    # "The head of Veltra , Tom Ng , said": the name hangs on "Veltra", not on "head"
    doc = _doc(
        ["The", "head", "of", "Veltra", ",", "Tom", "Ng", ",", "said"],
        [1, 8, 1, 2, 3, 6, 3, 1, 8],
        ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"],
        ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
    )
    person = _person(doc, 5, 7)
    assert [t.text for t in _title_tokens(person, doc[6])] == ["head"]


def test_shape_name_in_apposition_to_the_employer_of_a_for_phrase() -> None:
    # "A spokesman for Veltra , Tom Ng , said": the name hangs on "Veltra" of "for"
    doc = _doc(
        ["A", "spokesman", "for", "Veltra", ",", "Tom", "Ng", ",", "said"],
        [1, 8, 1, 2, 3, 6, 3, 3, 8],
        ["det", "nsubj", "prep", "pobj", "punct", "compound", "appos", "punct", "ROOT"],
        ["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"],
    )
    person = _person(doc, 5, 7)
    assert [t.text for t in _title_tokens(person, doc[6])] == ["spokesman"]


def test_shape_counted_title_with_listed_names() -> None:
    # "Two outside directors , Ann Ross and Tom Ng , remain": "outside" misparsed as a
    # preposition still leaves the counted title reachable
    doc = _doc(
        ["Two", "outside", "directors", ",", "Ann", "Ross", "and", "Tom", "Ng", ",", "remain"],
        [10, 0, 1, 0, 5, 0, 5, 8, 5, 10, 10],
        ["nsubj", "prep", "pobj", "punct", "compound", "appos", "cc", "compound", "conj",
         "punct", "ROOT"],
        ["NUM", "ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT",
         "VERB"],
    )  # fmt: skip
    assert [t.text for t in _title_tokens(_person(doc, 7, 9), doc[8])] == ["directors"]


def test_shape_copula_with_a_title_subject() -> None:
    # "The directors are Ann Ross": the title is the subject, the name the attribute
    doc = _doc(
        ["The", "directors", "are", "Ann", "Ross"],
        [1, 2, 2, 4, 2],
        ["det", "nsubj", "ROOT", "compound", "attr"],
        ["DET", "NOUN", "AUX", "PROPN", "PROPN"],
    )
    doc[2].lemma_ = "be"
    assert [t.text for t in _title_tokens(_person(doc, 3, 5), doc[4])] == ["directors"]


def test_shape_a_verb_is_no_title() -> None:
    # "Tom Ng said": nothing stands with the name
    doc = _doc(["Tom", "Ng", "said"], [1, 2, 2], ["compound", "nsubj", "ROOT"],
               ["PROPN", "PROPN", "VERB"])  # fmt: skip
    assert _title_tokens(_person(doc, 0, 2), doc[1]) == []


# ---------------------------------------------------------------- the attorney general


@pytest.mark.parametrize(
    "text",
    [
        "The Justice Department sued Orvane Systems. Attorney General Tom Weller said "
        "the case was strong.",
        'The Justice Department sued Orvane Systems. "We will not tolerate it," Acting Assistant '
        "Attorney General Tom Weller said.",
        # the title after the name, in lower case
        'The Justice Department sued Orvane Systems. "Bribery is a crime," said Tom '
        "Weller, assistant US attorney general.",
    ],
)
def test_an_attorney_general_works_for_the_justice_department(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Tom Weller", "Justice Department")}


@pytest.mark.parametrize(
    "text",
    [
        # a state's attorney general is not the department's
        "The Justice Department sued Orvane Systems. State Attorney General Tom Weller "
        "said the case was strong.",
        'The Justice Department sued Orvane Systems. "Bribery is a crime," said Tom '
        "Weller, the state attorney general.",
        # a division named in the article is the one an assistant attorney general heads
        "The Justice Department sued Orvane Systems. The Civil Division filed the case, "
        "Assistant Attorney General Tom Weller said.",
        # no department named
        "Orvane Systems was sued. Attorney General Tom Weller said the case was strong.",
    ],
)
def test_an_attorney_general_without_the_department_is_not_guessed(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Tom Weller", "Justice Department") not in works(nlp, text)


# ---------------------------------------------------------------- a country's ministry


@pytest.mark.parametrize(
    ("text", "person", "ministry"),
    [
        ("Germany's economy ministry spokesman, Jan Vogel, said the rules would change.",
         "Jan Vogel", "Germany's economy ministry"),
        ("Japan's trade ministry spokeswoman Emi Sato said Japan was concerned.",
         "Emi Sato", "Japan's trade ministry"),
    ],
)  # fmt: skip
def test_a_countrys_ministry_named_before_a_title(
    nlp, text: str, person: str, ministry: str
) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "worksFor") == {(person, ministry)}
    assert {e.name: e.cls for e in result.entities}[ministry] == "Government"


def test_a_companys_department_is_no_ministry(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The company's finance department spokesman Tom Weller said profits rose.")
    assert facts(result, "worksFor") == set()


# ---------------------------------------------------------------- a state's own president

_WHITE_HOUSE = "https://www.whitehouse.gov/briefing-room/statements-releases/2024/01/01/x/"


def test_a_white_house_releases_president_works_for_the_united_states(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Today, President Ann Ross signed an executive order to secure the supply of "
        "semiconductors. The order directs the Secretary of Commerce to act."
    )
    found = facts(run(nlp, text, source=_WHITE_HOUSE), "worksFor")
    assert found == {("Ann Ross", "United States")}


def test_a_foreign_president_held_to_account_is_not_the_releases_own(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States has imposed sanctions to hold President Ivo Petrov to account "
        "for his war against Veltravia."
    )
    assert facts(run(nlp, text, source=_WHITE_HOUSE), "worksFor") == set()


def test_a_bare_president_in_a_news_story_is_not_guessed(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today, President Ann Ross signed an executive order on semiconductors."
    assert facts(run(nlp, text), "worksFor") == set()


# ---------------------------------------------------------------- a person's own firm


@pytest.mark.parametrize(
    "text",
    [
        "Tom Weller certified that his company, Orvane Systems, was the end user.",
        "Tom Weller's company, Orvane Systems, exported the chips.",
        "Orvane Systems, Tom Weller's firm, exported the chips.",
    ],
)
def test_a_persons_own_company_named_beside_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Tom Weller", "Orvane Systems")}


def test_his_company_is_the_clauses_subjects_not_an_earlier_persons(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Mai" (a name the tagger misses) owns the company, not Ann Ross named before
    text = (
        "Ann Ross ordered the parts. Mai acted as the middleman by using his company, "
        "Orvane Systems, to pose as a customer."
    )
    assert ("Ann Ross", "Orvane Systems") not in works(nlp, text)


def test_the_attorney_general_heads_the_department_not_a_body_named_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case was brought by the Department of Justice's Criminal Division and the "
        "Department of Justice Task Force on Piracy. Attorney General Tom Weller "
        "created the task force in 2010."
    )
    found = works(nlp, text)
    # a division named does not stop the attorney general (an assistant's would)
    assert ("Tom Weller", "Justice Department") in found
    assert ("Tom Weller", "Department of Justice Task Force on Piracy") not in found


# ---------------------------------------------------------------- joining, inside a phrase


@pytest.mark.parametrize(
    "text",
    [
        "Tom Weller took the blueprints home before leaving to join Dravin Corp in 2022.",
        "Before joining Dravin Corp, Tom Weller worked as a lawyer.",
        "Investigators said the chemist, Tom Weller, took the blueprints before leaving to join "
        "Dravin Corp in 2021.",
    ],
)
def test_joining_inside_a_phrase_is_the_clauses_subjects(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Tom Weller", "Dravin Corp") in works(nlp, text)


def test_leaving_a_company_is_not_joining_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "After leaving Orvane Systems, Tom Weller sold the files.") == set()


def test_two_names_and_two_titles_of_one_company(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Paul Renner and Lisa Hume, the chief executive and finance director of Orvane "
        "Systems, resigned."
    )
    assert works(nlp, text) == {("Paul Renner", "Orvane Systems"), ("Lisa Hume", "Orvane Systems")}


def test_a_title_with_its_own_unnamed_employer_borrows_no_earlier_one(nlp) -> None:  # type: ignore[no-untyped-def]
    # "director of the regulator's enforcement division" names an employer of its own
    # (unresolved): not the firm an earlier finance director worked for
    text = (
        "Orvane Systems said its finance director, Lena Park, had resigned. "
        '"The accounts were false," said Ann Ross, director of the regulator\'s '
        "enforcement division."
    )
    assert works(nlp, text) == {("Lena Park", "Orvane Systems")}


def test_a_bare_title_still_takes_the_employer_it_had_earlier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Two directors at Orvane Systems resigned on Monday. The directors, Lena Park "
        "and Ann Ross, gave no reason."
    )
    found = works(nlp, text)
    assert ("Lena Park", "Orvane Systems") in found
    assert ("Ann Ross", "Orvane Systems") in found


@pytest.mark.parametrize(
    "text",
    [
        "Nora Quist, U.S. Attorney in Denver, announced the case on Monday.",
        "The case was announced by Nora Quist, the U.S. Attorney in Denver.",
    ],
)
def test_a_us_attorney_by_her_seat_works_for_that_office(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Nora Quist", "U.S. Attorney in Denver")}


def test_a_us_attorney_with_no_seat_makes_no_office(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Nora Quist, a U.S. Attorney, announced the case.") == set()


def test_a_place_before_a_split_title_is_no_employer(nlp) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, "Boston co-founder Tom Ng said sales would grow.") == set()
