"""Charges whose charger is not in the charging clause (bench/paraphrase/charge-context.jsonl
measures them): "if convicted, X faces …" after the indictment's grand jury, an
indictment unsealed in a named district, a release that names only its district, and
the list the parse hangs on its last name. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.frames.charge_context import penalty_faced
from tests.test_extract_rules import facts, run

RELEASE = "https://www.justice.gov/usao-xx/pr/invented"


def _by_grand_jury(found: set[tuple[str, str]]) -> set[str]:
    """Whom the article's grand jury charged (named with or without its seat)."""
    return {o for s, o in found if s.startswith("federal grand jury")}


def _verb(nlp, text: str, lemma: str):  # type: ignore[no-untyped-def]
    return next(t for t in nlp(text) if t.lemma_ == lemma)


@pytest.mark.model
def test_who_faces_a_prison_term_is_charged_by_the_grand_jury(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Akron indicted an engineer of Pellam Foundry on charges of "
        "theft of trade secrets. If convicted, Rosalind Achebe faces up to ten years in prison."
    )
    assert "Rosalind Achebe" in _by_grand_jury(facts(run(nlp, text), "charges"))


@pytest.mark.model
def test_each_face_a_maximum_penalty_names_both(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Dayton returned an indictment on Friday. If convicted, "
        "Quentin Moss and Hal Berrigan each face a maximum penalty of five years in prison."
    )
    charged = _by_grand_jury(facts(run(nlp, text), "charges"))
    assert {"Quentin Moss", "Hal Berrigan"} <= charged


@pytest.mark.model
def test_what_a_defendant_faces_is_a_penalty_not_a_rival(nlp) -> None:  # type: ignore[no-untyped-def]
    assert penalty_faced(_verb(nlp, "Ada Lund faces up to 20 years in prison.", "face"))
    assert penalty_faced(_verb(nlp, "Ada Lund faces a maximum sentence of 5 years.", "face"))
    assert not penalty_faced(_verb(nlp, "Ada Lund faces a tough rival in Orvik Ltd.", "face"))
    assert not penalty_faced(_verb(nlp, "Orvik faces a fine from the regulator.", "face"))


@pytest.mark.model
def test_facing_a_penalty_after_a_plea_adds_no_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal jury in Reno convicted Ivo Sand of smuggling. Co-defendant Pim Ruud "
        "previously pleaded guilty and faces five years in prison."
    )
    assert ("federal jury in Reno", "Pim Ruud") not in facts(run(nlp, text), "charges")


@pytest.mark.model
def test_an_indictment_unsealed_in_a_district_is_its_charge(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "An indictment was unsealed today in the Western District of Texas charging Boris "
        "Kalder with exporting gun sights to Russia."
    )
    found = facts(run(nlp, text, RELEASE), "charges")
    assert ("Western District of Texas", "Boris Kalder") in found
    assert not any(o == "Russia" for _, o in found)


@pytest.mark.model
def test_a_court_of_no_name_is_not_the_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A criminal information was filed today in federal court charging Tollan Marine "
        "Ltd. with violating export controls."
    )
    assert not any(s == "federal court" for s, _ in facts(run(nlp, text), "charges"))


@pytest.mark.model
def test_a_release_naming_only_its_district_charges_through_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "U.S. Attorney Clara Voss of the District of Alaska said Egon Pratt, 58, of Juneau, "
        "pleaded guilty to smuggling ivory."
    )
    found = facts(run(nlp, text, RELEASE), "charges")
    assert ("District of Alaska", "Egon Pratt") in found
    assert not any(o == "Juneau" for _, o in found)  # a town after a defendant
    # a charge (not a plea, which is always to a court's charge) with no actor: outside a
    # release no district speaks for the prosecutors
    charged = (
        "Egon Pratt, 58, of Juneau, was charged with smuggling ivory. U.S. Attorney Clara "
        "Voss of the District of Alaska announced the case."
    )
    assert ("District of Alaska", "Egon Pratt") in facts(run(nlp, charged, RELEASE), "charges")
    assert ("District of Alaska", "Egon Pratt") not in facts(run(nlp, charged), "charges")


@pytest.mark.model
def test_a_pledge_to_prosecute_is_not_the_case_charger(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Eugene indicted two men. The Justice Department will find "
        "and prosecute those who smuggle arms. If convicted, Daniel Hartley faces up to 20 years "
        "in prison."
    )
    found = facts(run(nlp, text), "charges")
    assert "Daniel Hartley" in _by_grand_jury(found)
    assert ("Justice Department", "Daniel Hartley") not in found


@pytest.mark.model
def test_the_people_court_papers_introduce_by_age_are_the_defendants(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Fargo returned an indictment charging a man with smuggling. "
        "According to court documents, Gregor Lindqvist, 58, of Minot, sold rifle scopes to "
        "a buyer in Iran."
    )
    found = facts(run(nlp, text), "charges")
    assert "Gregor Lindqvist" in _by_grand_jury(found)
    assert not any(o in {"Minot", "Iran"} for _, o in found)


@pytest.mark.model
def test_what_the_papers_say_a_victim_did_charges_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "A federal grand jury in Fargo indicted Gregor Lindqvist for theft. According to the "
        "indictment, Barrow Turbines developed the stolen software in 2015."
    )
    found = facts(run(nlp, text), "charges")
    assert "Gregor Lindqvist" in _by_grand_jury(found)
    assert not any(o == "Barrow Turbines" for _, o in found)


@pytest.mark.model
def test_who_unseals_or_announces_charges_brought_them(nlp) -> None:  # type: ignore[no-untyped-def]
    unsealed = (
        "The Justice Department also unsealed charges against Perrin Logistics and its "
        "general manager, Ilya Brandt, who remains at large."
    )
    found = facts(run(nlp, unsealed), "charges")
    assert {
        ("Justice Department", "Perrin Logistics"),
        ("Justice Department", "Ilya Brandt"),
    } <= found
    announced = "The Justice Department announced charges against Ilya Brandt on Monday."
    assert ("Justice Department", "Ilya Brandt") in facts(run(nlp, announced), "charges")


@pytest.mark.model
def test_a_plea_is_to_the_charge_of_the_district_named_throughout(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tobias Wren, 44, of Camden, pleaded guilty to smuggling. U.S. Attorney Lena Ortiz "
        "for the District of New Jersey announced the plea. The District of New Jersey "
        "will hold the sentencing in May."
    )
    found = facts(run(nlp, text), "charges")
    assert ("District of New Jersey", "Tobias Wren") in found
    assert not any(o == "Camden" for _, o in found)


@pytest.mark.model
def test_a_co_defendant_the_parse_makes_a_second_subject_is_charged(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Wren's co-defendant, Laura Mitchell, a British national who ran a freight firm, was "
        "indicted by a federal grand jury in Newark."
    )
    assert "Laura Mitchell" in _by_grand_jury(facts(run(nlp, text), "charges"))


@pytest.mark.model
def test_charges_a_us_attorney_announces_are_his_districts(nlp) -> None:  # type: ignore[no-untyped-def]
    passive = (
        "The indictment of Noor Haddad, 41, of Tampa, was announced today by U.S. Attorney "
        "Mark Feld of the Middle District of Florida."
    )
    found = facts(run(nlp, passive, RELEASE), "charges")
    assert found == {("Middle District of Florida", "Noor Haddad")}
    assert not facts(run(nlp, passive, RELEASE), "accuses")  # not the man's own charge
    reported = (
        "An indictment unsealed today charges Noor Haddad, 41, of Tampa, with exporting "
        "drone parts, U.S. Attorney Mark Feld of the Middle District of Florida announced."
    )
    found = facts(run(nlp, reported, RELEASE), "charges")
    assert found == {("Middle District of Florida", "Noor Haddad")}


@pytest.mark.model
def test_a_defence_attorney_speaks_for_no_district(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Noor Haddad was charged with fraud, his attorney John Bell of the District of "
        "Columbia said."
    )
    assert not any(s == "District of Columbia" for s, _ in facts(run(nlp, text), "charges"))
