"""Where a name starts and ends, and what a name's own wording or its apposition says it
is: rules about how English names things, on sentences written for these tests (not
from any gold article) and on hand-built parses, with negative cases."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from tests.test_extract_rules import facts, run, sanctions, typed

pytestmark = pytest.mark.model


# ------------------------------------------------- a name holds no finite verb


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        ("The Office of Foreign Assets Control designated Orvane Systems on Tuesday.",
         "Office of Foreign Assets Control", "Orvane Systems"),
        ("The Bureau of Industry and Security added Kestrel Dynamics to the Entity List.",
         "Bureau of Industry and Security", "Kestrel Dynamics"),
    ],
)  # fmt: skip
def test_a_verb_inside_a_labelled_name_cuts_it_in_two(
    nlp, text: str, actor: str, target: str
) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, text)
    assert found.get(actor) == "Government"
    assert found.get(target) == "Company"
    assert not any(" designated " in name or " added " in name for name in found)


def test_the_sanction_whose_verb_the_ner_swallowed_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Office of Foreign Assets Control designated Orvane Systems on Tuesday."
    targets = {target for _, target, _ in sanctions(run(nlp, text))}
    assert "Orvane Systems" in targets


def test_a_verb_in_a_hand_built_entity_span_cuts_it(nlp) -> None:  # type: ignore[no-untyped-def]
    """The model's span over "Norvale Council sanctioned Tarvik Mining" (one ORG) is two
    names; a participle modifying a name ("so-called") cuts nothing."""
    from kg.extract.mentions import find_mentions

    words = ["The", "Norvale", "Council", "sanctioned", "Tarvik", "Mining", "."]
    ents = ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]
    pos = ["DET", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = ["DT", "NNP", "NNP", "VBD", "NNP", "NNP", "."]
    lemmas = ["the", "Norvale", "Council", "sanction", "Tarvik", "Mining", "."]
    heads = [2, 2, 3, 3, 5, 3, 3]
    deps = ["det", "compound", "nsubj", "ROOT", "compound", "dobj", "punct"]
    doc = Doc(
        nlp.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas, heads=heads, deps=deps,
        ents=ents,
    )  # fmt: skip
    names = {m.name: m.cls for m in find_mentions(doc)}
    assert "Norvale Council" in names and "Tarvik Mining" in names
    assert not any("sanctioned" in name for name in names)


# ------------------------------------------------- legal forms end a firm's name


def test_an_and_after_a_legal_form_starts_a_second_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Harlow, Penrose and Co and Tindall Co agreed to merge.")
    assert "Harlow, Penrose and Co and Tindall Co" not in found
    assert found.get("Tindall Co") == "Company"


def test_a_firm_named_after_its_founder_and_co_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Paul Lamar worked for Ivan Pereira and Co L.P. in New York.")
    assert found.get("Ivan Pereira and Co L.P.") == "Company"
    assert found.get("Paul Lamar") == "Person"


# ------------------------------------------------- a state's office is Government


@pytest.mark.parametrize(
    "name", ["United States Trade Representative", "U.S. Trade Representative"]
)
def test_a_states_office_title_is_a_government_body(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    text = f"After a review by the {name}, the President raised tariffs on steel."
    assert typed(nlp, text).get(name) == "Government"


def test_an_office_word_without_a_state_before_it_is_no_government() -> None:
    from kg.extract.mentions import classify_name

    assert classify_name("Kestrel Sales Representative", "ORG") != "Government"
    assert classify_name("United States Trade Representative", "ORG") == "Government"


# ------------------------------------------------- a named product is a technology


@pytest.mark.parametrize(
    "text",
    [
        "India has banned Zapteo, the short-video app owned by Moyu Labs, and other apps.",
        "The ministry banned the video app Zapteo last year.",
        "Regulators said Zapteo, a messaging app, leaked data.",
    ],
)
def test_a_name_in_apposition_to_a_product_noun_is_a_technology(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get("Zapteo") == "Technology"


@pytest.mark.parametrize(
    "text",
    [
        "Regulators fined Kestrel, the app maker, on Monday.",
        "Regulators fined Kestrel, the app developer owned by Moyu Labs.",
    ],
)
def test_a_maker_of_a_product_stays_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get("Kestrel") != "Technology"


# ------------------------------------------------- a phrase never cuts a name in half


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Kestrel Dynamics used a Hong Kong-registered front company to buy chips.", "Hong Kong"),
        ("Norvia hid the payments in a New Jersey-incorporated shell company.", "New Jersey"),
    ],
)  # fmt: skip
def test_a_seat_before_a_hyphen_stays_a_whole_place(nlp, text: str, place: str) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, text)
    assert place in found
    assert not any(name.startswith(place.split()[-1] + "-") for name in found)


def test_an_ampersand_name_at_a_sentence_end_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Norvia cut 9,000 jobs after its takeover of former parent AT&T.")
    assert "AT&T" in found and "AT&T." not in found


def test_the_trade_representative_named_without_a_person_is_found(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The President directed the U.S. Trade Representative to negotiate agreements."
    assert typed(nlp, text).get("U.S. Trade Representative") == "Government"


# ------------------------------------------------- "… of the <state's formal name>"


@pytest.mark.parametrize(
    "name",
    [
        "Central Bank of the Russian Federation",
        "National Wealth Fund of the Russian Federation",
        "Ministry of Finance of the Russian Federation",
    ],
)
def test_a_body_of_a_state_by_its_formal_name_is_whole_and_government(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order bars lending to the Central Bank of the Russian Federation, the National "
        "Wealth Fund of the Russian Federation, or the Ministry of Finance of the Russian "
        "Federation."
    )
    assert typed(nlp, text).get(name) == "Government"


def test_a_firm_named_after_a_plain_country_name_stays_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "The Bank of America and the Industrial Bank of Korea lent money.")
    assert found.get("Bank of America") == "Company"
    assert found.get("Industrial Bank of Korea") == "Company"


# ------------------------------------------------- partnerships named after partners


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The objection came from Holm and Varga P.C., counsel for the plaintiffs.",
         "Holm and Varga P.C."),
        ("Kestrel hired Lunde, Pike & Varga LLP and Norvia.", "Lunde, Pike & Varga LLP"),
        ("He is a partner at the New York law firm of Lunde, Varga, Holm and Pike, which "
         "represents them.", "Lunde, Varga, Holm and Pike"),
    ],
)  # fmt: skip
def test_a_partnership_named_after_its_partners_is_one_firm(nlp, text: str, firm: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(firm) == "Company"


def test_firm_of_a_single_name_adds_no_partnership(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "The firm of Kestrel sold chips to Norvia and Tarsa.")
    assert "Norvia and Tarsa" not in found


# ------------------------------------------------- an untyped name typed by a neighbour


def test_an_unlabelled_name_coordinated_with_a_firm_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """On a hand-built parse ("Saab" labelled, "Opel"-like "Tarvo" not): the conjunct of
    a firm's name is a firm; a bare legal form ("Co") stays nameless."""
    from kg.extract.mentions import find_mentions

    words = [
        "GM",
        "sold",
        "its",
        "marques",
        "Tarvo",
        "and",
        "Saab",
        "to",
        "Kestrel",
        "and",
        "Co",
        ".",
    ]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "B-ORG", "O", "O", "O"]
    pos = [
        "PROPN",
        "VERB",
        "PRON",
        "NOUN",
        "PROPN",
        "CCONJ",
        "PROPN",
        "ADP",
        "PROPN",
        "CCONJ",
        "PROPN",
        "PUNCT",
    ]
    tags = ["NNP", "VBD", "PRP$", "NNS", "NNP", "CC", "NNP", "IN", "NNP", "CC", "NNP", "."]
    lemmas = [
        "GM",
        "sell",
        "its",
        "marque",
        "Tarvo",
        "and",
        "Saab",
        "to",
        "Kestrel",
        "and",
        "Co",
        ".",
    ]
    heads = [1, 1, 3, 1, 3, 4, 4, 1, 7, 8, 8, 1]
    deps = [
        "nsubj",
        "ROOT",
        "poss",
        "dobj",
        "appos",
        "cc",
        "conj",
        "prep",
        "pobj",
        "cc",
        "conj",
        "punct",
    ]
    doc = Doc(
        nlp.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas, heads=heads, deps=deps,
        ents=ents,
    )  # fmt: skip
    names = {m.name: m.cls for m in find_mentions(doc)}
    assert names.get("Tarvo") == "Company"
    assert "Co" not in names


def test_where_a_title_holder_works_at_is_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """On a hand-built parse with no entity labels: the place a director works "at"."""
    from kg.extract.mentions import find_mentions

    words = ["Tom", "Ng", ",", "director", "of", "product", "at", "Ask", "Pelvo", ",", "left", "."]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    pos = [
        "PROPN",
        "PROPN",
        "PUNCT",
        "NOUN",
        "ADP",
        "NOUN",
        "ADP",
        "PROPN",
        "PROPN",
        "PUNCT",
        "VERB",
        "PUNCT",
    ]
    tags = ["NNP", "NNP", ",", "NN", "IN", "NN", "IN", "NNP", "NNP", ",", "VBD", "."]
    lemmas = [
        "Tom",
        "Ng",
        ",",
        "director",
        "of",
        "product",
        "at",
        "Ask",
        "Pelvo",
        ",",
        "leave",
        ".",
    ]
    heads = [1, 10, 1, 1, 3, 4, 3, 8, 6, 1, 10, 10]
    deps = [
        "compound",
        "nsubj",
        "punct",
        "appos",
        "prep",
        "pobj",
        "prep",
        "compound",
        "pobj",
        "punct",
        "ROOT",
        "punct",
    ]
    doc = Doc(
        nlp.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas, heads=heads, deps=deps,
        ents=ents,
    )  # fmt: skip
    assert {m.name: m.cls for m in find_mentions(doc)}.get("Ask Pelvo") == "Company"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("She was assigned to the Central Evidence Processing Facility of the FBI's "
         "Operational Technology Division.", "Central Evidence Processing Facility"),
        ("He was a technician at the Regional Computer Forensics Laboratory of the FBI's "
         "Cyber Division.", "Regional Computer Forensics Laboratory"),
    ],
)  # fmt: skip
def test_a_unit_of_a_government_body_is_government(nlp, text: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(unit) == "Government"


def test_a_firm_of_a_place_is_no_unit_of_government(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Kestrel Dynamics of Ohio sold radios to the Ministry of Defense.")
    assert found.get("Kestrel Dynamics") == "Company"


def _listed_doc(nlp, second: list[str]):  # type: ignore[no-untyped-def]
    """ "Treasury designated Olga Markova, <second>, and Boris Lebedev." with the middle
    name labelled an organisation (as the model sometimes does)."""
    words = [
        "Treasury",
        "designated",
        "Olga",
        "Markova",
        ",",
        *second,
        ",",
        "and",
        "Boris",
        "Lebedev",
        ".",
    ]
    n = len(second)
    ents = [
        "B-ORG",
        "O",
        "B-PERSON",
        "I-PERSON",
        "O",
        "B-ORG",
        *["I-ORG"] * (n - 1),
        "O",
        "O",
        "B-PERSON",
        "I-PERSON",
        "O",
    ]
    pos = [
        "PROPN",
        "VERB",
        "PROPN",
        "PROPN",
        "PUNCT",
        *["PROPN"] * n,
        "PUNCT",
        "CCONJ",
        "PROPN",
        "PROPN",
        "PUNCT",
    ]
    tags = ["NNP", "VBD", "NNP", "NNP", ",", *["NNP"] * n, ",", "CC", "NNP", "NNP", "."]
    mid = 5 + n - 1  # the middle name's head (its last word)
    heads = [1, 1, 3, 1, 3, *[mid] * (n - 1), 3, mid, mid, mid + 4, mid, 1]
    deps = [
        "nsubj",
        "ROOT",
        "compound",
        "dobj",
        "punct",
        *["compound"] * (n - 1),
        "conj",
        "punct",
        "cc",
        "compound",
        "conj",
        "punct",
    ]
    return Doc(nlp.vocab, words=words, pos=pos, tags=tags, heads=heads, deps=deps, ents=ents)


def test_a_person_shaped_name_listed_among_people_is_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    from kg.extract.mentions import find_mentions

    names = {m.name: m.cls for m in find_mentions(_listed_doc(nlp, ["Galina", "Sorokina"]))}
    assert names.get("Galina Sorokina") == "Person"
    firms = {m.name: m.cls for m in find_mentions(_listed_doc(nlp, ["Kestrel", "Holdings"]))}
    assert firms.get("Kestrel Holdings") == "Company"


# ------------------------------------------------- a legislature's chamber named bare


def test_the_house_alone_is_a_legislature_and_random_house_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        typed(nlp, "Last year the House passed a tougher trade bill.").get("House") == "Government"
    )
    assert typed(nlp, "Random House published the book in May.").get("Random House") == "Company"


def test_a_model_code_at_a_sentence_end_keeps_no_stop(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "The tariff covers chips such as the Kestrel KX450 and the Norvia NV320X.")
    assert not any(name.endswith("NV320X.") for name in found)


# ------------------------------------------------- "X, also known as A, B, and C"


def test_names_after_also_known_as_take_the_named_things_class(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Officials named the Norvalian Foreign Intelligence Service (NFIS), also known as "
        "APT 61, Grey Heron, and The Lanterns, as the author of the intrusion."
    )
    found = typed(nlp, text)
    assert found.get("Grey Heron") == "Government"
    assert found.get("APT 61") == "Government"


def test_a_name_after_an_alias_and_and_is_no_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    found = typed(nlp, "Kestrel hired Tom Ng, also known as Tommy, and Norvia sued.")
    assert found.get("Norvia") != "Person"


# ------------------------------------- a regional office is named within its agency


def test_offices_named_alike_under_two_agencies_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The arrest was announced by Special Agent in Charge of the Defense Criminal"
        " Investigative Service (DCIS) Western Field Office Jane Roe; and Special Agent in"
        " Charge of the Naval Criminal Investigative Service (NCIS) Western Field Office"
        ' John Poe. "Fake parts endanger our sailors," said DCIS Western Field Office'
        " Special Agent in Charge Roe."
    )
    employers = facts(run(nlp, text), "worksFor")
    # each agent works for their own agency's office, the quote's too; no shared office
    assert {
        ("Jane Roe", "DCIS Western Field Office"),
        ("John Poe", "NCIS Western Field Office"),
    } <= employers
    assert not any(office == "Western Field Office" for _, office in employers)


def test_an_office_under_one_agency_keeps_its_own_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The case was investigated by the Federal Bureau of Investigation (FBI) Denver Field"
        " Office. Special Agent in Charge Omar Vance of the FBI Denver Field Office thanked"
        " the police."
    )
    found = typed(nlp, text)
    assert found.get("Denver Field Office") == "Government"
    # named as written under its one agency ("FBI Denver Field Office", the short name
    # an alias), never after another agency
    assert {n for n in found if n.endswith("Denver Field Office")} <= {
        "Denver Field Office",
        "FBI Denver Field Office",
    }


@pytest.mark.model
def test_a_dateline_is_no_word_of_the_firm_after_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "BOSTON - Kessold Telecom N.V., a radio maker, agreed to pay a fine.\n\nKLA-Tencor "
        "Corp., a maker of test tools, was not charged."
    )
    names = {e.name for e in run(nlp, text).entities}
    assert {"Kessold Telecom N.V.", "KLA-Tencor Corp."} <= names  # no spaced dash in it
    assert not [n for n in names if n.startswith("BOSTON")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The firm paid the fine. Joost van der Meulen, 49, a Dutch citizen and former sales "
         "director at Veldora APAC, pleaded guilty.", "Joost van der Meulen"),
        # a word before the particle that is no given name stays out
        ("Prosecutors said Thursday van der Meulen lied.", "van der Meulen"),
    ],
)  # fmt: skip
def test_a_given_name_before_a_surname_particle(nlp, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    assert person in {e.name for e in run(nlp, text).entities if e.cls == "Person"}
