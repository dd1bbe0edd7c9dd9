"""The location frame (``basedIn``) on sentences written for these tests: nationality
and place words on business nouns, possessive places, "of", "based"/"headquartered",
lists, and negative cases; one rule pinned on a hand-built parse."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.location import LocationFrame
from kg.extract.frames.reader import ArticleReader
from kg.extract.mentions import EntityCluster, Mention
from tests.test_extract_rules import facts, run


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nationality adjective on a compound business noun; the noun retypes the name
        ("Dutch chemicals group Akzenta said sales fell.", {("Akzenta", "Netherlands")}),
        # a place name as the modifier
        (
            "Kovalent Systems is the UK's third-largest software firm.",
            {("Kovalent Systems", "United Kingdom")},
        ),
        # two places joined by a hyphen
        (
            "German-US car firm Maxwerk opened a plant in Ohio.",
            {("Maxwerk", "Germany"), ("Maxwerk", "United States")},
        ),
        # a list in apposition: each name is described by the same noun
        (
            "Korea's biggest chipmakers, Hanbit and Sorae, said profits fell.",
            {("Hanbit", "Korea"), ("Sorae", "Korea")},
        ),
        # "X of the US"
        (
            "Frandel Motors of the US opened a plant in Ohio.",
            {("Frandel Motors", "United States")},
        ),
        # possessive place on the name; nationality on the object's noun
        (
            "Last year Spain's Kornet Group bought Mexican bottler Ambrosa.",
            {("Kornet Group", "Spain"), ("Ambrosa", "Mexico")},
        ),
        # passive clause and relative clause
        ("Sorvik Energy is based in Oslo.", {("Sorvik Energy", "Oslo")}),
        (
            "Sorvik Energy, which is headquartered in Oslo, said profits fell.",
            {("Sorvik Energy", "Oslo")},
        ),
        # "X-based" in apposition
        ("Halcor, a Texas-based company, reported record sales.", {("Halcor", "Texas")}),
    ],
)
def test_based_in(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        # a place where a firm sells is not where it is based
        "Kovalent Systems sells phones in the UK.",
        # a nationality on a person's job is no business's base
        "Anna Berg, a German lawyer, joined Kovalent Systems.",
    ],
)
def test_no_based_in(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == set()


def test_place_compound_on_a_hand_built_parse() -> None:
    # "US phone firm Norvex fell ." with "firm" a compound of the name
    words = ["US", "phone", "firm", "Norvex", "fell", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[2, 2, 3, 4, 4, 4],
        deps=["compound", "compound", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "NOUN", "NOUN", "PROPN", "VERB", "PUNCT"],
        lemmas=["US", "phone", "firm", "Norvex", "fall", "."],
        ents=["B-GPE", "O", "O", "B-ORG", "O", "O"],
    )
    clusters = [EntityCluster("United States", "Location"), EntityCluster("Norvex", "Company")]
    mentions = [
        Mention(doc[0:1], "US", "Location", "ner", entity=0),
        Mention(doc[3:4], "Norvex", "Company", "ner", entity=1),
    ]
    reader = ArticleReader(doc, mentions, clusters)
    frame = LocationFrame(reader)
    sent = doc[:]
    for m in mentions:
        frame.read_mention(m, sent)
    assert [(f.subject, f.predicate, f.object) for f in reader.found.facts] == [(1, "basedIn", 0)]
    # the place itself, a modifier of the noun, is no business based anywhere
    assert clusters[0].cls == "Location"


@pytest.mark.model
def test_the_firm_referred_back_in_a_copula(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Enrova Corp opened in 1990. By 2000 the firm was the largest US maker of valves."
    assert facts(run(nlp, text), "basedIn") == {("Enrova Corp", "United States")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Velmar Corp. has its headquarters in Austin.", {("Velmar Corp.", "Austin")}),
        (
            "Velmar Corp., located in Austin, Texas, sold the parts.",
            {("Velmar Corp.", "Austin, Texas")},
        ),
        # the seat is the first place of "City, Country"
        (
            "Lin built up Chitrex Electronics Inc., including its headquarters in Shenzhen, China.",
            {("Chitrex Electronics Inc.", "Shenzhen, China")},
        ),
        # people located somewhere are no organisation's seat
        ("Customers located in Iran bought parts from Velmar Corp.", set()),
    ],
)
def test_headquarters_and_located(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


def test_apposition_hung_on_an_earlier_word_on_a_hand_built_parse() -> None:
    # "Lee worked at Dow , a company based in Oslo ." with the apposition parsed as
    # describing "Lee": the name just before the comma is the one described
    words = ["Lee", "worked", "at", "Dow", ",", "a", "company", "based", "in", "Oslo", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 1, 2, 0, 6, 0, 6, 7, 8, 1],
        deps=[
            "nsubj", "ROOT", "prep", "pobj", "punct", "det", "appos", "acl", "prep", "pobj",
            "punct",
        ],
        pos=[
            "PROPN", "VERB", "ADP", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "ADP", "PROPN",
            "PUNCT",
        ],
        lemmas=["Lee", "work", "at", "Dow", ",", "a", "company", "base", "in", "Oslo", "."],
    )  # fmt: skip
    clusters = [
        EntityCluster("Lee", "Person"),
        EntityCluster("Dow", "Company"),
        EntityCluster("Oslo", "Location"),
    ]
    mentions = [
        Mention(doc[0:1], "Lee", "Person", "ner", entity=0),
        Mention(doc[3:4], "Dow", "Company", "ner", entity=1),
        Mention(doc[9:10], "Oslo", "Location", "ner", entity=2),
    ]
    reader = ArticleReader(doc, mentions, clusters)
    LocationFrame(reader).read_sentence(doc[:])
    assert [(f.subject, f.predicate, f.object) for f in reader.found.facts] == [(1, "basedIn", 2)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The prize went to a Lisbon-based charity, the Velasco Foundation, which "
            "trains nurses.",
            {("Velasco Foundation", "Lisbon")},
        ),
        # "oil firm Yukora" with no comma: the noun names the business
        (
            "Yukora cut jobs. Russian oil firm Yukora has closed two refineries.",
            {("Yukora", "Russia")},
        ),
    ],
)
def test_business_named_after_its_noun(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


@pytest.mark.model
def test_the_country_refers_to_the_last_country_named(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Investors in Norway cheered on Monday. Fjordbank, the country's biggest "
        "lender, said profits rose."
    )
    assert facts(run(nlp, text), "basedIn") == {("Fjordbank", "Norway")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wu controlled Chitrex Electronics, an electronics company in Shenzhen, China.",
            # the country after the city places the firm too (as annotators mark it)
            {("Chitrex Electronics", "Shenzhen, China"), ("Chitrex Electronics", "China")},
        ),
        ("Halvex Ltd, the largest firm in the steel industry, said sales fell.", set()),
    ],
)
def test_a_company_in_a_place(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Staff at the BNPP subsidiary in Geneva were warned.",
        "Staff at Halvex Corp's US subsidiary were warned.",
    ],
)
def test_a_part_places_itself_not_its_owner(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == set()


# ------------------------------------------------------------ news wordings (round 16)


@pytest.mark.model
def test_a_listed_firm_with_its_own_place_keeps_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norwegian carmaker Fjord Motors and Germany's Halbach Systems formed a venture."
    assert facts(run(nlp, text), "basedIn") == {
        ("Fjord Motors", "Norway"),
        ("Halbach Systems", "Germany"),
    }


@pytest.mark.model
def test_a_list_under_one_nationality_shares_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "French carmakers Renoire Motors and Vauban Motors cut prices."
    assert facts(run(nlp, text), "basedIn") == {
        ("Renoire Motors", "France"),
        ("Vauban Motors", "France"),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Malta-registered Kelvar Shipping bought two tankers.", ("Kelvar Shipping", "Malta")),
        (
            "Arden Group was fined, along with its Cyprus-registered shipping arm, Kelvar "
            "Trading Ltd, which ships metal.",
            ("Kelvar Trading Ltd", "Cyprus"),
        ),
    ],
)
def test_a_country_the_model_did_not_label_before_registered(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in facts(run(nlp, text), "basedIn")


@pytest.mark.model
def test_a_city_and_its_state_before_based(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Halvex Systems, a Houston, Texas-based maker of valves, was fined."
    assert facts(run(nlp, text), "basedIn") >= {
        ("Halvex Systems", "Houston, Texas"),
        ("Halvex Systems", "Texas"),
    }


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arden Mobile said it would buy Swedish telecoms operator Halvik Networks.",
            ("Halvik Networks", "Sweden"),
        ),
        ("Finnish equipment maker Kaarvo Systems won the order.", ("Kaarvo Systems", "Finland")),
    ],
)
def test_a_nationality_on_the_trade_before_a_business_noun(nlp, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in facts(run(nlp, text), "basedIn")


@pytest.mark.model
def test_a_nationality_on_a_run_in_firm_noun_is_not_the_next_firm_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Beer giant buys Russian firm Brewing giant Kolbe has agreed to buy a stake in Halvik."
    assert not {f for f in facts(run(nlp, text), "basedIn") if f[0] == "Kolbe"}


@pytest.mark.model
def test_a_place_on_a_firm_s_arm_is_not_the_owner_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arden Group sold its Oslo-based unit last year."
    assert facts(run(nlp, text), "basedIn") == set()


@pytest.mark.model
def test_a_place_on_a_firm_s_office_is_the_owner_s(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Arden Group expanded its office located in Oslo."
    assert facts(run(nlp, text), "basedIn") == {("Arden Group", "Oslo")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a company in Y named X": the participle names the business the noun places
        ("Her cousins worked for a company in Vietnam named Sao Mai Optics Co. Ltd.",
         {("Sao Mai Optics Co. Ltd.", "Vietnam")}),
        # "a Chinese firm called X": the nationality on the named noun; the name, taken
        # for a person by the tagger, is the firm's
        ("He shipped the lasers to a Chinese firm called Wenrui Tooling last year.",
         {("Wenrui Tooling", "China")}),
    ],
)  # fmt: skip
def test_a_business_noun_named_by_a_participle(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "basedIn") == expected
    types = {e.name: e.cls for e in result.entities}
    assert all(types[company] == "Company" for company, _ in expected)


@pytest.mark.model
def test_a_person_named_by_a_participle_is_placed_nowhere(nlp) -> None:  # type: ignore[no-untyped-def]
    # "a man named X": no business noun, no seat
    result = run(nlp, "A man in Canada named Peter Hollis bought the parts.")
    assert facts(result, "basedIn") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He worked for Belvar Trading LLC, a company based in Minsk, Belarus.",
         {("Belvar Trading LLC", "Minsk, Belarus"), ("Belvar Trading LLC", "Belarus")}),
        ("Orvane Inc. is headquartered in Shenzhen, China, and sells drones.",
         {("Orvane Inc.", "Shenzhen, China"), ("Orvane Inc.", "China")}),
        ("The indictment names Fenghua Precision Instruments of Shenzhen, China, as a "
         "co-conspirator.", {("Fenghua Precision Instruments", "Shenzhen, China"),
                             ("Fenghua Precision Instruments", "China")}),
        # the country with its article: city and country stay two places
        ("Kessold Telecom N.V., a radio maker headquartered in Rotterdam, the Netherlands, "
         "paid the fine.", {("Kessold Telecom N.V.", "Rotterdam"),
                            ("Kessold Telecom N.V.", "Netherlands")}),
    ],
)  # fmt: skip
def test_the_country_set_off_after_the_city_places_the_firm_too(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


@pytest.mark.model
def test_a_state_after_a_city_is_no_country(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Fremont, California" names the city by its state: only the city is the seat
    found = facts(run(nlp, "Lam Optics Corp. is based in Fremont, California."), "basedIn")
    assert ("Lam Optics Corp.", "California") not in found


@pytest.mark.model
def test_each_item_of_a_list_keeps_its_own_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    # "A, a New York company, and B, a Russian company": B is Russian, not New York's
    text = (
        "Petrov owned Baltic Freight LLC, a New York company, and Neva Trading, a Russian company."
    )
    assert facts(run(nlp, text), "basedIn") == {
        ("Baltic Freight LLC", "New York"),
        ("Neva Trading", "Russia"),
    }


_LEAD = (
    "title: Chinese Firm Convicted of Stealing Pump Designs\n"
    "date: 2020-01-01\n\n"
    "A maker of industrial pumps based in the Peoples Republic of China was convicted "
    "today of stealing designs from Orvik Hydraulics, a company in Ohio.\n\n"
    "Velnor Pump Group Co. Ltd. (Velnor) paid an engineer to copy the designs. Velnor "
    "then sold the pumps abroad. Velnor faces a fine.\n"
)


@pytest.mark.model
def test_a_release_lead_describing_its_firm_without_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    # the lead's unnamed maker is the firm the release is about (named most often, and
    # not the victim named in the lead itself)
    found = facts(run(nlp, _LEAD), "basedIn")
    assert ("Velnor Pump Group Co. Ltd.", "Peoples Republic of China") in found
    assert ("Orvik Hydraulics", "Peoples Republic of China") not in found


@pytest.mark.model
def test_an_unnamed_maker_later_in_the_article_names_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = _LEAD + "\nA maker of valves based in Vietnam was also named in the case.\n"
    found = facts(run(nlp, text), "basedIn")
    assert not any(place == "Vietnam" for _, place in found)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the commas lost around a name after a relative clause with no pronoun
        ("Shih used a Denver-based company he controlled Tarvello Media LLC to move "
         "the money.", {("Tarvello Media LLC", "Denver")}),
        # "its principal place of business in Y"
        ("Norvane LLC, which has its principal place of business in Miami, shipped the goods.",
         {("Norvane LLC", "Miami")}),
        # a plural apposition after the last item of a list describes every item
        ("Kestrel Dynamics and Halvorn Labs, both Chinese companies, bought the chips.",
         {("Kestrel Dynamics", "China"), ("Halvorn Labs", "China")}),
    ],
)  # fmt: skip
def test_release_wordings_of_a_seat(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected <= facts(run(nlp, text), "basedIn")


@pytest.mark.model
def test_a_company_that_bought_a_firm_is_not_that_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    # a relative clause with its own pronoun: the object is what the company bought
    text = "A Denver-based company that acquired Aspen Ridge Media LLC sold the unit."
    assert ("Aspen Ridge Media LLC", "Denver") not in facts(run(nlp, text), "basedIn")


@pytest.mark.model
def test_a_place_that_is_no_place_of_business(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norvane LLC took its place in Miami among the largest exporters."
    assert facts(run(nlp, text), "basedIn") == set()


@pytest.mark.model
def test_a_list_set_off_by_a_dash_names_the_business_noun_before(nlp) -> None:  # type: ignore[no-untyped-def]
    # the parser hangs the list on "robotics"; the dash sets it off from "firms"
    text = (
        "The President met the heads of four American firms at the forefront of "
        "robotics—Norvia, Halvex and Tamberg—to discuss safety."
    )
    found = facts(run(nlp, text), "basedIn")
    assert {("Norvia", "United States"), ("Halvex", "United States")} <= found


@pytest.mark.model
def test_a_dash_list_after_a_verb_names_no_business_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "American firms met the three leaders of the region—Norvia, Halvex and Tamberg."
    assert facts(run(nlp, text), "basedIn") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the parser hangs the list on a noun far before the colon
            "The order bars dealings in new debt issued by five Norwegian state-owned "
            "enterprises and entities: Halvik Kredit, Nordmark Energi ASA, Fjellvik "
            "Shipping, Ostra Telekom, and Brann Rail.",
            {
                "Halvik Kredit",
                "Nordmark Energi ASA",
                "Fjellvik Shipping",
                "Ostra Telekom",
                "Brann Rail",
            },
        ),
        (  # "financial institutions"; the second item parsed as an apposition
            "Treasury imposed blocking sanctions on three major Danish financial "
            "institutions: Tarvik Bank, Holmgaard Kredit A/S, and Nyborg Sparekasse.",
            {"Tarvik Bank", "Holmgaard Kredit A/S", "Nyborg Sparekasse"},
        ),
    ],
)
def test_a_list_after_a_colon_shares_the_nationality_of_its_noun(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "basedIn")
    country = next(iter({o for _, o in found}), None)
    assert country in {"Norway", "Denmark"}
    assert {s for s, o in found if o == country} == expected


@pytest.mark.model
def test_a_colon_after_a_verb_names_no_business_noun(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Swedish banks said: Halvik Kredit and Nordmark Energi will merge."
    assert facts(run(nlp, text), "basedIn") == set()


@pytest.mark.model
def test_a_research_institution_is_no_business(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Grants went to two Dutch research institutions: Halvik Instituut and Nordmark Lab."
    assert facts(run(nlp, text), "basedIn") == set()


def test_colon_list_on_a_hand_built_parse() -> None:
    # "debt issued by Danish enterprises : Halvik , Nordmark and Tarvik ." with the list
    # hung on "debt" as its conjunct (as the parser does past a long phrase), not on
    # "enterprises"
    words = ["debt", "issued", "by", "Danish", "enterprises", ":", "Halvik", ",", "Nordmark",
             "and", "Tarvik", "."]  # fmt: skip
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[0, 0, 1, 4, 2, 0, 0, 6, 6, 8, 8, 0],
        deps=[
            "ROOT",
            "acl",
            "agent",
            "amod",
            "pobj",
            "punct",
            "conj",
            "punct",
            "conj",
            "cc",
            "conj",
            "punct",
        ],
        pos=[
            "NOUN",
            "VERB",
            "ADP",
            "ADJ",
            "NOUN",
            "PUNCT",
            "PROPN",
            "PUNCT",
            "PROPN",
            "CCONJ",
            "PROPN",
            "PUNCT",
        ],
        tags=["NN", "VBN", "IN", "JJ", "NNS", ":", "NNP", ",", "NNP", "CC", "NNP", "."],
        lemmas=[
            "debt",
            "issue",
            "by",
            "danish",
            "enterprise",
            ":",
            "Halvik",
            ",",
            "Nordmark",
            "and",
            "Tarvik",
            ".",
        ],
        ents=["O", "O", "O", "B-NORP", "O", "O", "B-ORG", "O", "B-ORG", "O", "B-ORG", "O"],
    )
    clusters = [EntityCluster(n, "Company") for n in ("Halvik", "Nordmark", "Tarvik")]
    mentions = [
        Mention(doc[i : i + 1], doc[i].text, "Company", "ner", entity=n)
        for n, i in enumerate((6, 8, 10))
    ]
    reader = ArticleReader(doc, mentions, clusters)
    frame = LocationFrame(reader)
    for m in mentions:
        frame.read_mention(m, doc[:])
    names = [c.name for c in reader.clusters]
    based = {(names[f.subject], names[f.object]) for f in reader.found.facts}
    assert based == {("Halvik", "Denmark"), ("Nordmark", "Denmark"), ("Tarvik", "Denmark")}


@pytest.mark.model
@pytest.mark.parametrize("name", ["Industrial Bank of Moscow", "Trading Company of Beijing"])
def test_a_firm_named_of_a_capital_keeps_its_whole_name(nlp, name: str) -> None:  # type: ignore[no-untyped-def]
    # the capital alone is a state to the gazetteer: the firm's name is not cut to it
    result = run(nlp, f"Treasury blocked the assets of {name} and of two of its officers.")
    assert {e.name: e.cls for e in result.entities}.get(name) == "Company"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "The lawsuit pushed Vestra Holdings, one of Norway's biggest companies, to the brink.",
        "Vestra Holdings is one of Norway's best-known companies.",  # the copula
        "Vestra Holdings, one of the largest banks in Norway, cut 300 jobs.",  # "in"
    ],
)
def test_one_of_a_country_s_businesses(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == {("Vestra Holdings", "Norway")}


@pytest.mark.model
def test_one_of_the_firms_selling_to_a_country_is_not_based_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vestra Holdings, one of the few firms that sell turbines to Norway, said nothing."
    assert facts(run(nlp, text), "basedIn") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "OFAC designated two China-based companies, Vestra Group and Kornet Holdings.",
        "OFAC designated Vestra Group and Kornet Holdings, two companies based in China.",
    ],
)
def test_a_plural_based_noun_places_every_name_of_its_list(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == {
        ("Vestra Group", "China"),
        ("Kornet Holdings", "China"),
    }


@pytest.mark.model
def test_a_singular_based_noun_places_one_name_of_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "OFAC designated Vestra Group and Kornet Holdings, a company based in China."
    assert facts(run(nlp, text), "basedIn") == {("Kornet Holdings", "China")}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Halvex Trading, LLC, a Delaware company, was charged.", "Halvex Trading, LLC"),
        ("The complaint names Norvia Systems, LLC as a defendant.", "Norvia Systems, LLC"),
        ("Norvia Systems, Inc., a Texas company, was charged.", "Norvia Systems, Inc."),
    ],
)
def test_a_legal_form_after_a_comma_is_the_firm_s_name(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert {e.name: e.cls for e in run(nlp, text).entities}.get(name) == "Company"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Treasury imposed sanctions on Russia's largest financial institution, Kornet Bank.",
        "Treasury imposed blocking sanctions on Russia's third largest lender, Kornet Bank, "
        "and its units.",
        "Regulators blocked a deal with a Russian bank, Kornet Bank, on Monday.",
    ],
)
def test_a_business_noun_set_before_a_name_and_a_comma(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == {("Kornet Bank", "Russia")}


@pytest.mark.model
def test_a_noun_before_a_comma_places_no_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He joined a Norwegian bank, Anna Lund said."
    assert facts(run(nlp, text), "basedIn") == set()


def test_noun_before_a_comma_on_a_hand_built_parse() -> None:
    # "Fines hit Peru 's top bank , Norvex ." with "Norvex" hung on the verb, not on
    # "bank": the noun right before the name and the comma describes it
    words = ["Fines", "hit", "Peru", "'s", "top", "bank", ",", "Norvex", "."]
    doc = Doc(
        spacy.blank("en").vocab,
        words=words,
        heads=[1, 1, 5, 2, 5, 1, 7, 1, 1],
        deps=["nsubj", "ROOT", "poss", "case", "amod", "dobj", "punct", "npadvmod", "punct"],
        pos=["NOUN", "VERB", "PROPN", "PART", "ADJ", "NOUN", "PUNCT", "PROPN", "PUNCT"],
        tags=["NNS", "VBD", "NNP", "POS", "JJ", "NN", ",", "NNP", "."],
        lemmas=["fine", "hit", "Peru", "'s", "top", "bank", ",", "Norvex", "."],
        ents=["O", "O", "B-GPE", "O", "O", "O", "O", "B-ORG", "O"],
    )
    clusters = [EntityCluster("Peru", "Location"), EntityCluster("Norvex", "Company")]
    mentions = [
        Mention(doc[2:3], "Peru", "Location", "ner", entity=0),
        Mention(doc[7:8], "Norvex", "Company", "ner", entity=1),
    ]
    reader = ArticleReader(doc, mentions, clusters)
    LocationFrame(reader).read_mention(mentions[1], doc[:])
    assert [(f.subject, f.predicate, f.object) for f in reader.found.facts] == [(1, "basedIn", 0)]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Vestra Group, with headquarters in Lima, makes drones.",
        "Vestra Group, with its headquarters in Lima, was added to the list.",
    ],
)
def test_a_name_with_its_headquarters_in_a_place(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == {("Vestra Group", "Lima")}


@pytest.mark.model
def test_a_name_with_offices_in_a_place_is_not_based_there(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vestra Group, with offices in Lima, makes drones."
    assert facts(run(nlp, text), "basedIn") == set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was a partner at the Boston law firm of Orvik Energy.", {("Orvik Energy", "Boston")}),
        ("He advised the Chilean firm of Vestra Group on the sale.", {("Vestra Group", "Chile")}),
    ],
)
def test_the_firm_of_a_name(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "basedIn") == expected


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Kornet Holdings bought the Peruvian bank of Vestra Group.",  # a bank Vestra owns
        "The Chilean parent firm of Vestra Group was fined.",  # another firm
    ],
)
def test_a_business_of_a_name_that_is_another_business(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert ("Vestra Group", "Peru") not in facts(run(nlp, text), "basedIn")
    assert ("Vestra Group", "Chile") not in facts(run(nlp, text), "basedIn")
