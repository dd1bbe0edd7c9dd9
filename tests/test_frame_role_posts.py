"""Posts given, taken or left (``worksFor``): verbs of appointment ("Veltra appointed
Ann Lee as chief executive", "named Ann Lee its chairman", "was appointed head of
Veltra") and verbs with an "as TITLE" phrase ("resigned as Veltra's chief executive",
"will take over as chairman of Veltra"), posts taken away ("was ousted as Veltra's chief
executive", "Veltra sacked Ann Lee as chairman"), and "Veltra hired Ann Lee". Sentences
written for these tests, through the real pipeline."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def works(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return facts(run(nlp, text), "worksFor")


@pytest.mark.parametrize(
    "text",
    [
        "Veltra Corp appointed Ann Lee as chief executive on Monday.",
        "Veltra Corp named Ann Lee its new chief executive on Monday.",
        "Ann Lee, who was appointed chief executive of Veltra Corp in 2019, said sales rose.",
        "Ann Lee, who stepped down as chairman of Veltra Corp last year, said sales rose.",
        "Ann Lee resigned as Veltra Corp's chief executive on Monday.",
        "Ann Lee will take over as chief executive of Veltra Corp in June.",
        "Veltra Corp hired Ann Lee from a rival in 2019.",
        "Ann Lee was ousted as Veltra Corp's chief executive after the losses.",
        "Ann Lee was dismissed as chairman of Veltra Corp in 2018.",
        "Veltra Corp sacked Ann Lee as finance director on Friday.",
    ],
)
def test_a_post_given_taken_or_left(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == {("Ann Lee", "Veltra Corp")}


@pytest.mark.parametrize(
    "text",
    [
        "Veltra Corp named Ann Lee in a lawsuit filed on Monday.",
        "Ann Lee took Veltra Corp to court over the patents.",
        "Ann Lee hired a lawyer from Veltra Corp.",
        "The rebels fired rockets at Veltra Corp's depot.",
        "Ann Lee was removed from the list of Veltra Corp's suppliers.",
    ],
)
def test_no_post_no_employer(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert works(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee of Veltra Corp said sales rose.", {("Ann Lee", "Veltra Corp")}),
        ("Ann Lee of the Commerce Department said the rules would change.", set()),
        ("Ann Lee of London said she was shocked.", set()),
        (
            "Veltra Corp boss Ann Lee and Orbis Inc chairman Tom Ng met on Monday.",
            {("Ann Lee", "Veltra Corp"), ("Tom Ng", "Orbis Inc")},
        ),
    ],
)
def test_a_name_of_a_body_and_names_with_titles_of_their_own(nlp, text: str, expected: set) -> None:  # type: ignore[no-untyped-def, type-arg]
    assert works(nlp, text) == expected
