"""Names cut short or typed wrong, by construction: firms' names the model takes for
people (a trade word last or first), legal forms written in capitals that are English
words in lower case ("AS"), a firm "of" a place with a first word the model took for a
nationality, a long title before a three-word name, a group named by its members ("the
Houthis") and its alias, a country named as a place. Sentences written for these
tests, through the real spaCy pipeline, each with a near miss."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, sanctions, typed

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- trade words in names


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("Dorsey Navigation shipped the parts to Karachi in 2024.", "Dorsey Navigation"),
        ("Qazaq Rare Earths signed a supply deal in March.", "Qazaq Rare Earths"),
        ("Lingyun SatCom sells satellite terminals to the military.", "Lingyun SatCom"),
        ("Vardo Exchange moved the funds to accounts in Oman.", "Vardo Exchange"),
        ("Comercializadora Arcos del Norte received the shipments in May.",
         "Comercializadora Arcos del Norte"),
        ("The network used Promsvyazbank to move the funds.", "Promsvyazbank"),
        ("Kerem Ali Yildiz, the director of Bosporus Mekatronik, arranged the sales.",
         "Bosporus Mekatronik"),
        ("Small rural providers such as Prairie Wireless Cooperative replaced their radios.",
         "Prairie Wireless Cooperative"),
    ],
)  # fmt: skip
def test_a_name_with_a_trade_word_is_a_firm_not_a_person(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    """A name that ends in a trade noun ("Navigation", "Rare Earths"), opens with one
    ("Comercializadora …") or is one word ending in "bank" is a firm's, whatever the
    model guessed."""
    assert typed(nlp, text).get(firm) == "Company"


def test_a_man_whose_surname_is_a_trade_word_stays_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "Mr. Sam Shipping" is a man; the courtesy title outweighs the trade
    word his surname happens to be (and is no first word of a firm's name)."""
    classes = typed(nlp, "Mr. Sam Shipping, a retired captain, testified on Monday.")
    assert classes.get("Sam Shipping") == "Person"
    assert "Mr. Sam Shipping" not in classes


# ---------------------------------------------------------------- legal forms in capitals


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("OFAC designated Halden Marine Services AS, a Norwegian ship manager, on Tuesday.",
         "Halden Marine Services AS"),
        ("OFAC designated Kestrel Logistics Oy on Tuesday.", "Kestrel Logistics Oy"),
    ],
)  # fmt: skip
def test_a_legal_form_in_capitals_ends_a_firms_name(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    """ "Services AS" is a Norwegian firm's legal form, not a lost possessive of a
    government "Service": the firm is designated whole."""
    result = run(nlp, text)
    assert typed(nlp, text).get(firm) == "Company"
    assert ("Office of Foreign Assets Control", firm, "asserted") in sanctions(result)


def test_as_in_lower_case_is_no_legal_form() -> None:
    """Near miss: "as" and "As" are English words; only "AS" as written is a form."""
    from kg.extract.typing_words import legal_form

    assert legal_form("AS") and legal_form("Oy") and legal_form("Ltd.")
    assert not legal_form("as") and not legal_form("As")


# ---------------------------------------------------------------- a firm of a place


def test_a_firm_of_a_place_keeps_its_first_word(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Meridian Magnetics LLC of Texas": the model labels "Meridian" a nationality and
    nothing else; the name is the firm's whole, and it is based in Texas."""
    text = "The Treasury designated Meridian Magnetics LLC of Texas and its owner."
    result = run(nlp, text)
    assert ("Meridian Magnetics LLC", "Texas") in facts(result, "basedIn")
    assert "Magnetics LLC" not in typed(nlp, text)


def test_a_nationality_before_a_firms_name_stays_out_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "the Norwegian firm Halden Marine AS" names no "Norwegian Halden"."""
    classes = typed(nlp, "The Norwegian firm Halden Marine AS signed the contract.")
    assert classes.get("Halden Marine AS") == "Company"


# ---------------------------------------------------------------- a title before a name


@pytest.mark.parametrize(
    "text",
    [
        '"Fentanyl kills," said Deputy Secretary of the Treasury Ana Lucia Brandt.',
        "Deputy Secretary Ana Lucia Brandt spoke on Monday.",
    ],
)
def test_a_three_word_name_after_a_long_title_is_whole(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """The model labels two of the three words ("Lucia Brandt" after a body's name,
    "Ana Lucia" before the verb); the third, joined by the parse, is the name's too."""
    classes = typed(nlp, text)
    assert classes.get("Ana Lucia Brandt") == "Person"
    assert "Lucia Brandt" not in classes and "Ana Lucia" not in classes


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Trial Attorneys Craig Dunne and Ivy Marsh of the Fraud Section handle the case.",
         "Craig Dunne"),
        ("The accord was signed by the Minister for Resources Madeleine Carter and others.",
         "Madeleine Carter"),
        ("Special Agent in Charge Omar Vidal of the Boston Field Office spoke.", "Omar Vidal"),
    ],
)  # fmt: skip
def test_a_title_word_before_a_name_stays_out_of_it(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """Near misses: the capitalised word before a name that ends a title ("Attorneys",
    "Resources", "Charge") is none of its words."""
    assert typed(nlp, text).get(person) == "Person"


@pytest.mark.parametrize(
    "text",
    [
        "- Julio Cesar Varela Ortiz, the owner of Importadora Sur.",
        "Those designated include: - Importadora Sur; and - Julio Cesar Varela Ortiz, its owner.",
    ],
)
def test_a_four_word_name_opening_an_item_is_whole(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "Julio Cesar Varela Ortiz" with only the two surnames labelled: the given names
    that open the list item are the name's too."""
    classes = typed(nlp, text)
    assert classes.get("Julio Cesar Varela Ortiz") == "Person"
    assert "Varela Ortiz" not in classes


def test_a_title_opening_a_sentence_stays_out_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "Trial Attorneys Craig Dunne …" opens the sentence with a title."""
    classes = typed(nlp, "Trial Attorneys Craig Dunne and Ivy Marsh of AFMLS handle the case.")
    assert classes.get("Craig Dunne") == "Person"


def test_a_double_barrelled_surname_is_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Marisol Vance-Okoro" labelled up to the hyphen: the surname's second half is
    the name's too, and she works for the Treasury."""
    text = (
        '"Gold pays for it," said Under Secretary of the Treasury for Terrorism and '
        'Financial Intelligence Marisol Vance-Okoro. "We will act."'
    )
    result = run(nlp, text)
    assert typed(nlp, text).get("Marisol Vance-Okoro") == "Person"
    assert ("Marisol Vance-Okoro", "Treasury Department") in facts(result, "worksFor")


def test_a_dash_between_words_joins_no_surname(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss (a hand-built Doc: the model labels spaced dashes into names itself):
    "Ann Lee - Paris" sets a word off with a spaced dash; "Ann Lee-Smith" is one name."""
    from spacy.tokens import Doc, Span

    from kg.extract.mentions import Mention, _add_hyphenated_surnames

    for spaces, joined in (([True, True, True, False], False), ([True, False, False, False], True)):
        doc = Doc(nlp.vocab, words=["Ann", "Lee", "-", "Smith"], spaces=spaces)
        candidates = {(0, 2): Mention(Span(doc, 0, 2), "Ann Lee", "Person", "ner")}
        _add_hyphenated_surnames(doc, candidates)
        assert ((0, 4) in candidates) is joined


# ---------------------------------------------------------------- acronyms


def test_an_acronym_of_a_names_last_words_is_its_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "U.S. International Development Finance Corporation (DFC)": the acronym leaves
    out the state and scope; "DFC Chief Executive Officer X" later is the same body."""
    text = (
        "The U.S. International Development Finance Corporation (DFC) will lend $50 million "
        'to Steppe Lithium JSC. "Minerals matter," said DFC Chief Executive Officer Marcus Bell.'
    )
    classes = typed(nlp, text)
    assert classes.get("DFC") == "Government"
    assert ("Marcus Bell", "International Development Finance Corporation") in facts(
        run(nlp, text), "worksFor"
    )


def test_an_acronym_takes_the_class_of_the_name_it_stands_for(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the Joint Cyber Coordination Group (JCCG) … The JCCG met": whatever the model
    guesses for the bare acronym, it names the body its definition names."""
    text = (
        "Officials brought private companies into the Joint Cyber Coordination Group (JCCG) "
        "to handle the breach. The JCCG met daily. The JCCG reported to the President."
    )
    entities = [e for e in run(nlp, text).entities if "JCCG" in {e.name, *e.aliases}]
    assert len(entities) == 1 and entities[0].cls == "Government"


# ---------------------------------------------------------------- groups and aliases


@pytest.mark.parametrize(
    "text",
    [
        "The Houthis, also known as Ansarallah, attacked ships in the Red Sea.",
        "The Treasury designated suppliers of Ansarallah, commonly known as the Houthis, "
        "in May. The Houthis continue to attack ships.",
    ],
)
def test_a_group_and_its_alias_are_one_organization(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "the Houthis" is a group named by its members (no person is "the" plural) and
    "also known as" / "commonly known as" gives its other name: one Organization."""
    entities = [e for e in run(nlp, text).entities if "Houthis" in {e.name, *e.aliases}]
    assert len(entities) == 1
    assert entities[0].cls == "Organization"
    assert {entities[0].name, *entities[0].aliases} >= {"Houthis", "Ansarallah"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel Holdings was founded by Ana Collins in 2019.", "Ana Collins"),
        ("The firm hired the Collins brothers in 2019.", "Collins"),
    ],
)
def test_a_surname_ending_in_s_is_no_group(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """Near misses: a surname ending in "s" without "the" ("Ana Collins"), or one that
    only modifies a noun after "the" ("the Collins brothers"), names no group."""
    assert typed(nlp, text).get(name) != "Organization"


# ---------------------------------------------------------------- firms named "… Services"


def test_a_name_ending_in_services_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Kordofan Airlift Services, a cargo airline": a plural "Services" after trade
    words ends a firm's name, not a body "Service" with a lost possessive."""
    text = "- Kordofan Airlift Services, a cargo airline headquartered in N'Djamena, Chad."
    result = run(nlp, text)
    assert typed(nlp, text).get("Kordofan Airlift Services") == "Company"
    assert ("Kordofan Airlift Services", "N'Djamena, Chad") in facts(result, "basedIn")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("U.S. Citizenship and Immigration Services denied the visas.",
         "U.S. Citizenship and Immigration Service"),
        ("The Russian Intelligence Services ran the operation.", "Russian Intelligence Service"),
    ],
)  # fmt: skip
def test_a_states_services_stay_a_government_body(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    """Near misses: "Services" after a state's or its services' words names a body."""
    assert typed(nlp, text).get(body) == "Government"


# ---------------------------------------------------------------- a country as a place


@pytest.mark.parametrize(
    "text",
    [
        "Sandpiper Logistics FZE, a freight forwarder based in the United Arab Emirates, "
        "arranged shipments to Iran.",
        "Vardo Exchange moved funds to accounts in the UAE and Oman.",
    ],
)
def test_a_country_the_gazetteer_knows_is_a_place_where_it_does_not_act(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """ "based in the United Arab Emirates", "accounts in the UAE": a place."""
    assert typed(nlp, text).get("United Arab Emirates") == "Location"


def test_a_commonwealth_is_a_state_not_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the Commonwealth of Australia" is a state's formal name, like "Republic of X"."""
    text = "Today, the United States, the Commonwealth of Australia and Peru signed a framework."
    assert typed(nlp, text).get("Commonwealth of Australia") in {"Location", "Government"}


def test_a_country_the_gazetteer_knows_acting_is_its_government(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "The United Arab Emirates imposed sanctions": the state acts."""
    text = "The United Arab Emirates imposed sanctions on Vardo Trading in May."
    assert typed(nlp, text).get("United Arab Emirates") == "Government"


# ---------------------------------------------------------------- a memorandum's subject line


def test_a_memorandums_subject_line_names_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "SUBJECT: Prohibiting United States Investment in …" is the memorandum's title:
    no firm "Prohibiting United States Investment", and nothing sanctioned in it."""
    text = (
        "MEMORANDUM FOR THE SECRETARY OF STATE\n\nSUBJECT: Prohibiting United States "
        "Investment in Companies Advancing Military Robotics of the Republic of Kestrelia\n\n"
        "By the authority vested in me, I hereby direct the following."
    )
    result = run(nlp, text)
    assert not any(e.name.startswith("Prohibiting") for e in result.entities)
    assert not result.sanctions


def test_a_line_not_opened_by_subject_keeps_its_names(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "the subject: Kestrel Holdings …" inside a line is no subject line."""
    text = "The panel turned to a new subject: Kestrel Holdings bought Arden Capital in May."
    assert typed(nlp, text).get("Kestrel Holdings") == "Company"


# ---------------------------------------------------------------- ranks before names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Colonel Ivar Selk accepted payments from the smugglers.", "Ivar Selk"),
        ("Rear Admiral Tomas Brevik ordered the tankers to sail.", "Tomas Brevik"),
        ("Captain Lena Morcov steered the vessel to Tartus in 2024.", "Lena Morcov"),
    ],
)  # fmt: skip
def test_a_rank_opening_a_sentence_is_no_part_of_the_name(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """A military or police rank before a name is a title, like "Mr." ("Colonel Ivar
    Selk" is Ivar Selk), even where it opens the sentence."""
    assert typed(nlp, text).get(person) == "Person"


def test_major_is_no_rank_before_a_firms_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Major" opens firms' names too: it is not read as a rank."""
    found = typed(nlp, "Major Harbor Logistics shipped the parts to Karachi in 2024.")
    assert found.get("Major Harbor Logistics") == "Company"
