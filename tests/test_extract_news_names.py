"""Firm names the model misreads in news (invented names taken for people or places),
settled by the name's own words and by the names it shortens, on sentences written
for these tests, through the real spaCy pipeline, with negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import typed

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Regulators fined Bellacqua SpA over the cartel.", "Bellacqua SpA"),
        ("The contract went to Drevenhof NV last year.", "Drevenhof NV"),
        ("Imports from Qinshan Solar rose sharply.", "Qinshan Solar"),
        ("The deal was led by Harrowgate Capital in June.", "Harrowgate Capital"),
        ("Ships owned by Lindmark Tankers were detained.", "Lindmark Tankers"),
        ("Analysts at Salvin Bros said the bid was low.", "Salvin Bros"),
    ],
)
def test_a_trade_word_or_legal_form_ends_a_firm_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == "Company"


def test_a_short_name_after_the_full_one_is_the_same_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Prosecutors charged Dravik Semiconductor with fraud. Dravik denied the charges, "
        "and Dravik said it would fight."
    )
    names = typed(nlp, text)
    assert names.get("Dravik Semiconductor") == "Company"
    assert names.get("Dravik") == "Company"  # an alias of the firm, not a person or place


def test_a_short_name_in_a_headline_before_the_full_one_is_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ostervik sues rival\n\nThe lawsuit against Ostervik Technik was filed on Monday."
    names = typed(nlp, text)
    assert names.get("Ostervik Technik") == "Company"
    assert names.get("Ostervik", "Company") == "Company"


def test_a_place_a_firm_is_named_after_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Ningbo Harvest Electronics Company Limited was indicted. The firm kept its "
        "head office in Ningbo, where most of its staff worked."
    )
    names = typed(nlp, text)
    assert names.get("Ningbo") == "Location"


def test_a_trade_noun_before_a_firm_name_makes_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "US software maker Talvern Systems agreed to pay a fine."
    names = typed(nlp, text)
    assert names.get("Talvern Systems") == "Company"
    assert not any("maker" in n for n, cls in names.items() if cls == "Technology")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Halvex, which is based in Drammen, makes paint.", "Drammen"),
        ("Stavanger-based Norbrook Shipping bought two tankers.", "Stavanger"),
        ("The group is headquartered in Tromso and employs 300 people.", "Tromso"),
    ],
)
def test_what_a_firm_is_based_in_is_a_place(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(place) == "Location"


def test_a_person_name_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Marta Kowalczyk, the chief executive, said Kowalczyk would stay."
    assert typed(nlp, text).get("Marta Kowalczyk") == "Person"


def test_a_lower_case_noun_the_model_labels_is_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rheinwerk AG sells antennas to airlines and radios to ships."
    names = typed(nlp, text)
    assert names.get("Rheinwerk AG") == "Company"
    assert names.get("antennas") != "Company"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Among the apps banned was Pixel, a photo-editing app made by Lumo Interactive.", "Pixel"),
        ("Regulators approved Zelvex, a drug sold by Arden Pharma.", "Zelvex"),
    ],
)
def test_a_name_an_app_or_drug_describes_is_a_product(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == "Technology"


def test_a_name_an_app_maker_describes_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Investors backed Lumo Interactive, an app maker based in Oslo."
    assert typed(nlp, text).get("Lumo Interactive") == "Company"


@pytest.mark.parametrize(
    "text",
    [
        "Vellani Moda is headquartered in Milan.",
        "Vellani Moda, headquartered in Milan, makes bags.",
        "Vellani Moda has its headquarters in Milan.",
    ],
)
def test_a_name_with_headquarters_is_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get("Vellani Moda") == "Company"


def test_a_person_based_somewhere_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, "Marta Vellani is based in Milan.").get("Marta Vellani") == "Person"


def test_a_name_set_off_after_a_job_title_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Dorvane's chief executive, Ana Ruiz, resigned."
    names = typed(nlp, text)
    assert names.get("Ana Ruiz") == "Person"
    assert names.get("Dorvane") == "Company"


@pytest.mark.parametrize(
    "text",
    ["Brennick posted a loss for the year.", "Brennick employs 2,000 people in Ohio."],
)
def test_what_only_a_firm_reports_or_employs(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get("Brennick") == "Company"


def test_a_person_posting_a_photo_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, "Marta Brennick posted a photo online.").get("Marta Brennick") == "Person"
