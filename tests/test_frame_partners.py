"""``partnersWith`` in the wording of official releases (joint statements, fact
sheets, prosecutors' releases), on sentences written for these tests, through the
real spaCy pipeline, with negative cases; one rule pinned on a hand-built parse."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.entities import group_mentions
from kg.extract.frames.ownership import _adjective_subjects, _parties
from kg.extract.frames.reader import ArticleReader
from kg.extract.mentions import find_mentions
from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


def partners(nlp, text: str) -> set[frozenset[str]]:  # type: ignore[no-untyped-def]
    """The partner pairs of ``text``, unordered (the property is symmetric)."""
    return {frozenset(pair) for pair in facts(run(nlp, text), "partnersWith")}


def pair(a: str, b: str) -> frozenset[str]:
    return frozenset({a, b})


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # a group named by its members: "allies including A and B"
        ("The United States, joined by allies including the United Kingdom and Canada, "
         "named the hackers.", {pair("United States", "United Kingdom"),
                                pair("United States", "Canada")}),
        # active "join": A joins B in doing something
        ("Canada and Japan are joining the United States in imposing export controls on "
         "Valtrix Ltd.",
         {pair("Canada", "United States"), pair("Japan", "United States")}),
        ("A group of partners, including Norway and Chile, joined the European Union to "
         "condemn the attack.",
         {pair("Norway", "European Union"), pair("Chile", "European Union")}),
        # "the governments of A and B"
        ("The United States, together with the Governments of Canada and Japan, imposed "
         "new export controls.", {pair("United States", "Canada"), pair("United States", "Japan")}),
    ],
)  # fmt: skip
def test_states_that_join_another_in_an_act_partner_it(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert wanted <= partners(nlp, text)


def test_joining_an_alliance_is_no_partnership_with_it(nlp) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, "Estonia joined NATO in 2004 after a referendum.") == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The United States and Japan signed a memorandum of understanding on minerals.",
         pair("United States", "Japan")),
        ("The Commerce Department signed a memorandum of understanding with the Ministry of "
         "Trade of Ghana.", pair("Commerce Department", "Ministry of Trade of Ghana")),
        ("Kornet Corp signed an accord with Vestra Inc on chip supply.",
         pair("Kornet Corp", "Vestra Inc")),
    ],
)  # fmt: skip
def test_parties_to_a_signed_memorandum_partner(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert wanted in partners(nlp, text)


def test_a_memorandum_between_a_firm_and_a_ministry_is_no_partnership(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kornet Corp signed a memorandum with the Ministry of Trade of Ghana."
    assert partners(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The United States and Australia will jointly fund the undersea cable.",
         pair("United States", "Australia")),
        ("The fraud ring was examined jointly by the Secret Service and the Coast Guard.",
         pair("Secret Service", "Coast Guard")),
        ("The FBI and the IRS conducted a joint investigation into the scheme.",
         pair("FBI", "IRS")),
        ("The United States and Japan will work together to secure supply chains.",
         pair("United States", "Japan")),
        ("The United States and Japan issued a joint statement on export controls.",
         pair("United States", "Japan")),
    ],
)  # fmt: skip
def test_parties_acting_jointly_partner_each_other(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert wanted in partners(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The FBI jointly seized the servers last year.",  # one party alone
        "Ann Lee and Tom Ng jointly owned the boat.",  # people are no partners
        "Kornet Corp and the FBI jointly reviewed the files.",  # a firm and an agency
    ],
)
def test_no_partnership_without_two_like_parties(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The FBI worked closely with the Royal Canadian Mounted Police to dismantle the network.",
         pair("FBI", "Royal Canadian Mounted Police")),
        ("The Secret Service is eager to partner with the Postal Inspection Service on fraud.",
         pair("Secret Service", "Postal Inspection Service")),
    ],
)  # fmt: skip
def test_agencies_working_with_agencies_partner(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert wanted in partners(nlp, text)


def test_a_firm_working_with_prosecutors_is_no_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, "Kestrel Inc worked with prosecutors after the raid.") == set()


def test_group_members_and_the_adjective_subject_on_a_hand_built_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "allies including Peru and Chile" and "The FBI is eager to partner with …",
    on a parse built by hand (the model's parse may vary)."""
    words = ["The", "FBI", "is", "eager", "to", "partner", "with", "allies", "including",
             "Peru", "and", "Chile", "."]  # fmt: skip
    heads = [1, 2, 2, 2, 5, 3, 5, 6, 7, 8, 9, 9, 2]
    deps = ["det", "nsubj", "ROOT", "acomp", "aux", "xcomp", "prep", "pobj", "prep", "pobj",
            "cc", "conj", "punct"]  # fmt: skip
    pos = ["DET", "PROPN", "AUX", "ADJ", "PART", "VERB", "ADP", "NOUN", "VERB", "PROPN",
           "CCONJ", "PROPN", "PUNCT"]  # fmt: skip
    ents = ["O", "B-ORG", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    doc[5].lemma_ = "partner"
    doc[7].lemma_ = "ally"
    doc[2].lemma_ = "be"
    mentions = find_mentions(doc)
    reader = ArticleReader(doc, mentions, group_mentions(doc, mentions))
    names = {reader.clusters[e].name for e in _parties(reader, doc[7])}
    assert names == {"Peru", "Chile"}
    assert [reader.clusters[e].name for e in _adjective_subjects(reader, doc[5])] == ["FBI"]
    assert _parties(reader, doc[3]) == []  # "eager" names no party


def test_a_leader_signing_an_agreement_signs_for_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The United States imposed new tariffs on steel last week. On Friday, President "
        "Ruiz signed a critical minerals agreement with Peru."
    )
    assert partners(nlp, text) == {pair("United States", "Peru")}
    # a person who is no head of state signs for nobody
    assert partners(nlp, text.replace("President Ruiz", "Ann Ruiz")) == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Kornet Corp signed a licensing agreement with Vestra Inc in 2009.",
         {pair("Kornet Corp", "Vestra Inc")}),
        ("Kestrel Inc signed a plea agreement with the Justice Department.", set()),
    ],
)  # fmt: skip
def test_an_agreement_binds_like_parties_only(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, text) == wanted


def test_a_joint_statement_of_governments_partners_the_issuer_with_each(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "We, the governments of A, B, … and the United States, …" in a White House
    release: the issuing state partners each other signatory (and only it)."""
    from kg.extract.extractor import extract_doc
    from kg.model import Article

    text = (
        "We, the governments of Chile, Estonia, the Republic of Korea, Ghana, Peru and the "
        "United States, commit to curb the misuse of spyware."
    )
    article = Article(id="t", text=text, source="https://www.whitehouse.gov/briefings/x/")
    result = extract_doc(nlp(text), article)
    names = {e.key: e.name for e in result.entities}
    found = {
        frozenset({names[f.subject], names[f.object]})
        for f in result.facts
        if f.predicate == "partnersWith"
    }
    others = ["Chile", "Estonia", "Republic of Korea", "Ghana", "Peru"]
    assert found == {pair("United States", c) for c in others}
    # a statement the issuer does not sign makes no partners of it
    assert partners(nlp, text.replace(" and the United States", "")) == set()


def test_a_singular_unit_before_a_list_names_one_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The suit names Orvana Group Inc, its unit Tarkin Systems Ltd, broker Kestrel "
        "Metals Inc and lender Norvia Holdings."
    )
    found = facts(run(nlp, text), "partOf")
    assert found == {("Tarkin Systems Ltd", "Orvana Group Inc")}
    plural = "The suit names Orvana Group Inc, its units Tarkin Systems Ltd and Kestrel Metals Inc."
    assert len(facts(run(nlp, plural), "partOf")) == 2


def test_an_action_coordinated_with_states_is_the_issuers_partnership(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Today's action was coordinated with Peru" in a White House release: the
    United States (the issuer) partners Peru; in a text of no known issuer, nobody."""
    from kg.extract.extractor import extract_doc
    from kg.model import Article

    text = "Today's action was coordinated closely with Peru and Chile."
    article = Article(id="t", text=text, source="https://www.whitehouse.gov/briefings/x/")
    result = extract_doc(nlp(text), article)
    names = {e.key: e.name for e in result.entities}
    found = {
        frozenset({names[f.subject], names[f.object]})
        for f in result.facts
        if f.predicate == "partnersWith"
    }
    assert found == {pair("United States", "Peru"), pair("United States", "Chile")}
    assert partners(nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "consulted with", also after a first verb ("worked … and consulted … with")
        ("The Antitrust Division worked closely and consulted regularly with the European "
         "Commission.", pair("Antitrust Division", "European Commission")),
        # the people of a body stand for it: "its counterparts at X"
        ("The Antitrust Division consulted frequently with its counterparts at the European "
         "Commission.", pair("Antitrust Division", "European Commission")),
        ("Throughout the review, the Antitrust Division cooperated with officials at the Japan "
         "Fair Trade Commission.", pair("Antitrust Division", "Japan Fair Trade Commission")),
    ],
)  # fmt: skip
def test_bodies_that_consult_with_each_other_partner(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert wanted in partners(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a duty an order sets is no deed
        "The Secretary of Commerce shall consult with the Secretary of State on the rule.",
        # a firm consulting prosecutors is no partner of theirs
        "Kestrel Inc. consulted with the Justice Department before the plea.",
    ],
)
def test_consulting_that_is_no_partnership(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, text) == set()


WH = "https://www.whitehouse.gov/briefing-room/statements-releases/x"


def test_a_leader_referred_to_by_a_pronoun_signs_for_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "President Ruiz traveled to Asia this week. He also signed critical minerals "
        "cooperation agreements with Thailand and Malaysia."
    )
    found = {frozenset(p) for p in facts(run(nlp, text, WH), "partnersWith")}
    assert {pair("United States", "Thailand"), pair("United States", "Malaysia")} <= found


def test_a_pronoun_that_is_no_leader_signs_for_no_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Professor Ruiz traveled to Asia this week. He also signed research agreements "
        "with Thailand and Malaysia."
    )
    found = {frozenset(p) for p in facts(run(nlp, text, WH), "partnersWith")}
    assert not any("United States" in p for p in found)


def test_its_cooperation_is_the_subjects(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The United States will continue its historic cooperation with Japan on shipbuilding."
    assert pair("United States", "Japan") in partners(nlp, text)


def test_partners_at_a_body_stand_for_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "NCIS has worked closely with our law enforcement partners at DCIS on the case."
    assert pair(
        "Naval Criminal Investigative Service", "Defense Criminal Investigative Service"
    ) in (partners(nlp, text))


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "we" in a government's release is its state
        ("Today, in partnership with Japan and Australia, we are launching a fund for undersea "
         "cables.", {pair("United States", "Japan"), pair("United States", "Australia")}),
        ("Together with the Governments of Australia and India, we launched a new initiative.",
         {pair("United States", "Australia"), pair("United States", "India")}),
        # a leader acts for the state
        ("President Ruiz, in close coordination with Canada, imposed new tariffs on steel.",
         {pair("United States", "Canada")}),
        ("President Ruiz and Prime Minister Tanaka of Japan issued a joint statement on chips.",
         {pair("United States", "Japan")}),
        # a capitalised document or title
        ("The United States and the United Kingdom today signed a Memorandum of Understanding "
         "on AI safety.", {pair("United States", "United Kingdom")}),
        ("Joint Statement of the United States and Brazil on Clean Energy",
         {pair("United States", "Brazil")}),
        # a grouping named by its members, the issuing state among them
        ("The leaders of the Quad (Australia, India, Japan and the United States) met in Tokyo.",
         {pair("United States", "Australia"), pair("United States", "Japan")}),
    ],
)  # fmt: skip
def test_fact_sheet_wordings_of_partners(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    found = {frozenset(p) for p in facts(run(nlp, text, WH), "partnersWith")}
    assert wanted <= found


def test_we_outside_a_government_release_is_no_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Today, in partnership with Japan and Australia, we are launching a fund."
    assert partners(nlp, text) == set()


def test_a_grouping_without_the_issuing_state_gives_no_pairs(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The leaders of the Quad (Australia, India and Japan) met in Tokyo."
    assert facts(run(nlp, text, WH), "partnersWith") == set()


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Halvex Inc. was a business partner of Tianrun Solar Co. Ltd.",
         pair("Halvex Inc.", "Tianrun Solar Co. Ltd.")),
        ("Halvex Inc., a longtime partner of Tianrun Solar Co. Ltd., sold the chips.",
         pair("Halvex Inc.", "Tianrun Solar Co. Ltd.")),
        # a firm partnering with a university: an explicit partnership of two bodies
        ("Halvex Inc. partnered with the University of Ohio to develop batteries.",
         pair("Halvex Inc.", "University of Ohio")),
    ],
)  # fmt: skip
def test_partners_named_by_the_noun_or_the_verb(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert wanted in partners(nlp, text)


def test_allies_and_partners_of_a_body_describe_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, "The United States will consult allies and partners of NATO.") == set()


def test_states_named_before_a_joint_statement_title_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "title: United States-Australia-Japan Joint Statement on Cooperation on "
        "Telecommunications Financing\n"
        "date: 2022-11-15\n\nThe three countries will fund new cables."
    )
    assert pair("United States", "Australia") in partners(nlp, text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # the second partner set beside a role noun in the list
        ("Brightwater, a joint venture between Kelso Mining Inc. and the Korean steelmaker "
         "Hanbit Steel, will refine nickel.", pair("Kelso Mining Inc.", "Hanbit Steel")),
        # a venture's founders named by the passive's "by"
        ("The joint venture was set up by Kelso Mining Inc. and Hanbit Steel in 2021.",
         pair("Kelso Mining Inc.", "Hanbit Steel")),
    ],
)  # fmt: skip
def test_the_parties_to_a_joint_venture_partner(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert wanted in partners(nlp, text)


def test_a_venture_praised_by_two_firms_is_no_founding(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The joint venture was praised by Kelso Mining Inc. and Hanbit Steel in 2021."
    assert partners(nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Today in Lima, the United States, Canada and the Republic of Peru launched a "
        "Pacific Fisheries Partnership to protect fish stocks.",
        "Today in Nairobi, the United States, Canada and the Republic of Peru signed a "
        "Digital Trade Framework.",
    ],
)
def test_states_listed_after_a_fronted_place_are_the_subjects(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    # the parse joins the states to the place ("in Lima, A, B and C") and leaves the
    # verb without a subject: the list after the comma is it
    states = ("United States", "Canada", "Republic of Peru")
    wanted = {pair(a, b) for i, a in enumerate(states) for b in states[i + 1 :]}
    assert wanted <= partners(nlp, text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Corvex Genomics collaborates with the Navy Academy of Medical Sciences on "
         "genomics research.", {pair("Corvex Genomics", "Navy Academy of Medical Sciences")}),
        ("Corvex Genomics collaborated with the Ministry of Health on a vaccine trial.",
         {pair("Corvex Genomics", "Ministry of Health")}),
        # helping a case is no partnership
        ("Corvex Genomics cooperated with the Justice Department after the raid.", set()),
    ],
)  # fmt: skip
def test_a_firm_collaborating_with_a_public_body_partners_it(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, text) == wanted


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "co-" verbs without "with": the subjects do it together
        ("The Department of Defense and India's Ministry of Defence will co-develop "
         "undersea drone systems.", {pair("Defense Department", "Ministry of Defence")}),
        ("Kelso Mining co-developed the mine in 2020.", set()),  # one party alone
        # "in partnership with" a public body, hung on the verb's object
        ("Corvanta Semiconductor will open a plant in Gujarat in partnership with the "
         "Gujarat state government.",
         {pair("Corvanta Semiconductor", "Gujarat state government")}),
        ("Corvanta Semiconductor will open a plant in Ohio in cooperation with the Justice "
         "Department.", set()),
    ],
)  # fmt: skip
def test_co_verbs_and_partnerships_with_a_public_body(nlp, text: str, wanted) -> None:  # type: ignore[no-untyped-def]
    assert partners(nlp, text) == wanted


def test_a_venture_in_a_passive_clause_is_not_the_issuers(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Justice Department charged Wen Li. In 2012, the victim was engaged in a joint "
        "venture with Harlan Steel Co."
    )
    result = run(nlp, text, source="https://www.justice.gov/opa/pr/invented")
    assert all("Justice" not in a and "Justice" not in b for a, b in facts(result, "partnersWith"))


def test_a_partner_firms_seat_is_no_second_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    # Japan acts in the first sentence (a state), so only the seat's comma keeps it out
    text = (
        "The Governments of the United States and Japan signed the compact. The line will "
        "be laid by Corvel Marine LLC in a consortium with Hoshiro Cable K.K. of Sendai, "
        "Japan."
    )
    found = partners(nlp, text)
    assert pair("Corvel Marine LLC", "Hoshiro Cable K.K.") in found
    assert not any("Japan" in p and "Corvel Marine LLC" in p for p in found)


def test_the_seat_after_a_partners_name_is_no_party_on_a_hand_built_parse(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "with Kaiyo Cable K.K. of Yokohama, Japan": the parser joins "Japan" to the
    town as it joins "and Japan" to "the Republic of Korea"; without an "and" it is
    the firm's seat, no second party."""
    words = ["Meridian", "worked", "with", "Kaiyo", "Cable", "K.K.", "of", "Yokohama", ",",
             "Japan", "."]  # fmt: skip
    heads = [1, 1, 1, 5, 5, 2, 5, 6, 7, 7, 1]
    deps = ["nsubj", "ROOT", "prep", "compound", "compound", "pobj", "prep", "pobj", "punct",
            "conj", "punct"]  # fmt: skip
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN",
           "PUNCT"]  # fmt: skip
    ents = ["B-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "B-GPE", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    mentions = find_mentions(doc)
    reader = ArticleReader(doc, mentions, group_mentions(doc, mentions))
    names = {reader.clusters[e].name for e in _parties(reader, doc[5])}
    assert names == {"Kaiyo Cable K.K."}
    # with its "and", the second country is a party: "the Republic of Korea and Japan"
    words = ["with", "the", "Republic", "of", "Korea", "and", "Japan"]
    heads = [0, 2, 0, 2, 3, 4, 4]
    deps = ["ROOT", "det", "pobj", "prep", "pobj", "cc", "conj"]
    pos = ["ADP", "DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN"]
    ents = ["O", "B-GPE", "I-GPE", "I-GPE", "I-GPE", "O", "B-GPE"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents)
    mentions = find_mentions(doc)
    reader = ArticleReader(doc, mentions, group_mentions(doc, mentions))
    assert "Japan" in {reader.clusters[e].name for e in _parties(reader, doc[2])}
