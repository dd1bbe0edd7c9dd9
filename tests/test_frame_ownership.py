"""The ownership frame (``partOf``, ``acquires``, ``investsIn``, ``partnersWith``) on
sentences written for these tests: active, passive, nominal and possessive forms,
with negative cases; one rule pinned on a hand-built parse."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.frames.base import VerbClause
from kg.extract.frames.ownership import OwnershipFrame
from kg.extract.frames.reader import ArticleReader
from kg.extract.mentions import EntityCluster, Mention
from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model

KORNET, VESTRA = "Kornet Holdings", "Vestra Finance Group"


@pytest.mark.parametrize(
    "text",
    [
        "In March Kornet Holdings bought 75% of Vestra Finance Group from its founders.",
        "Vestra Finance Group was bought by Kornet Holdings in May.",  # passive
        "Kornet Holdings agreed to take over Vestra Finance Group.",  # phrasal verb
        "Kornet Holdings finalised its takeover of Vestra Finance Group.",  # nominal
        "Vestra Finance Group was sold to Kornet Holdings for $2 billion.",  # sold to
    ],
)
def test_acquires(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "acquires") == {(KORNET, VESTRA)}


def test_takeover_of_a_described_rival(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kornet Holdings completed its takeover of its larger competitor Vestra Group."
    assert facts(run(nlp, text), "acquires") == {(KORNET, "Vestra Group")}


def test_a_bid_is_less_sure_than_a_takeover(nlp) -> None:  # type: ignore[no-untyped-def]
    def confidence(text: str) -> float:
        [fact] = [f for f in run(nlp, text).facts if f.predicate == "acquires"]
        return fact.evidence.confidence

    bid = confidence("Kornet Holdings made a bid for Vestra Group.")
    done = confidence("Kornet Holdings finalised its takeover of Vestra Group.")
    assert bid < done


@pytest.mark.parametrize(
    "text",
    [
        "Kornet Holdings has bought a 20% stake in Vestra Finance Group.",  # stake
        "Kornet Holdings bought 20% of Vestra Finance Group.",  # a minority share
        "Vestra Finance Group, which is 35 pct owned by Kornet Holdings, reported a loss.",
    ],
)
def test_invests_in(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, text)
    assert facts(result, "investsIn") == {(KORNET, VESTRA)}
    assert facts(result, "acquires") == facts(result, "partOf") == set()


def test_a_stake_sold_to_a_buyer_is_in_the_seller(nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, "Brenner AG sold Kornet Holdings a stake last year."), "investsIn") == {
        (KORNET, "Brenner AG")
    }


@pytest.mark.parametrize(
    "text",
    [
        "Orbit Mobile, owned by Telco AG, said sales rose.",  # participle
        "Orbit Mobile's parent company Telco AG said sales rose.",  # parent
    ],
)
def test_part_of(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == {("Orbit Mobile", "Telco AG")}


def test_possessive_unit(nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, "Telco AG's Orbit unit said sales rose."), "partOf") == {
        ("Orbit", "Telco AG")
    }


def test_joint_venture(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kornet Holdings formed a joint venture with Vestra Group."
    assert facts(run(nlp, text), "partnersWith") == {(KORNET, "Vestra Group")}


def test_selling_goods_to_a_firm_is_no_acquisition(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Kornet Holdings sold chips to Vestra Group.")
    assert facts(result, "acquires") == set()


def test_possessive_unit_on_a_hand_built_parse() -> None:
    # "Telco 's Orbit unit grew ." — the owner a possessive of the part noun
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Telco", "'s", "Orbit", "unit", "grew", "."],
        heads=[3, 0, 3, 4, 4, 4],
        deps=["poss", "case", "compound", "nsubj", "ROOT", "punct"],
        pos=["PROPN", "PART", "PROPN", "NOUN", "VERB", "PUNCT"],
        lemmas=["Telco", "'s", "Orbit", "unit", "grow", "."],
    )
    clusters = [EntityCluster("Telco", "Company"), EntityCluster("Orbit", "Company")]
    mentions = [
        Mention(doc[0:1], "Telco", "Company", "ner", entity=0),
        Mention(doc[2:3], "Orbit", "Company", "ner", entity=1),
    ]
    reader = ArticleReader(doc, mentions, clusters)
    OwnershipFrame(reader).read_noun(doc[3], doc[:])
    assert [(f.subject, f.predicate, f.object) for f in reader.found.facts] == [(1, "partOf", 0)]
    # a person's "unit" is no company's part (a full personal name is not retyped)
    reader.found.facts.clear()
    clusters[0].name, clusters[0].cls = "Anna Telco", "Person"
    OwnershipFrame(reader).read_noun(doc[3], doc[:])
    assert reader.found.facts == []


@pytest.mark.parametrize(
    "text",
    [
        "Gazmark, the firm widely tipped to buy Vestra Group last spring, said nothing.",
        "Kornet Holdings sought to acquire Vestra Group last year.",
    ],
)
def test_a_guessed_or_tried_purchase_is_no_acquisition(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "acquires") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The FBI, in cooperation with the Drug Enforcement Administration, seized servers.",
        "The case was investigated by the FBI in close coordination with the Drug "
        "Enforcement Administration.",
    ],
)
def test_in_cooperation_with(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partnersWith") == {("FBI", "Drug Enforcement Administration")}


def test_a_company_cooperating_with_prosecutors_is_no_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Velmar Corp., in cooperation with the Justice Department, returned the money."
    assert facts(run(nlp, text), "partnersWith") == set()


def test_teamed_up_with(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kornet Holdings teamed up with Vestra Group to build phones."
    assert facts(run(nlp, text), "partnersWith") == {(KORNET, "Vestra Group")}


@pytest.mark.parametrize(
    ("text", "prop", "expected"),
    [
        ("Kornet Corp said it holds 12.5 pct of Vestra Inc's common stock.", "investsIn",
         {("Kornet Corp", "Vestra Inc")}),
        ("Kornet Corp owns 30 pct of Vestra Inc.", "investsIn", {("Kornet Corp", "Vestra Inc.")}),
        # a majority held makes the held firm a part
        ("Kornet Corp holds 60 pct of Vestra Inc.", "partOf", {("Vestra Inc.", "Kornet Corp")}),
        ("Kornet Corp owns Vestra Inc.", "partOf", {("Vestra Inc.", "Kornet Corp")}),
        ("Vestra Inc, a wholly-owned subsidiary of Kornet Corp, said profits rose.", "partOf",
         {("Vestra Inc", "Kornet Corp")}),
        ("Kornet Corp said it sold its Vestra unit to Arden Group Inc.", "acquires",
         {("Arden Group Inc.", "Vestra")}),
        ("Vestra Inc said it agreed to be acquired by Kornet Corp.", "acquires",
         {("Kornet Corp.", "Vestra Inc")}),
    ],
)  # fmt: skip
def test_shares_units_and_sales(nlp, text: str, prop: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), prop) == expected


def test_held_liable_is_no_holding(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "The court held Kornet Corp liable for the losses of Vestra Inc.")
    assert facts(result, "investsIn") == facts(result, "partOf") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vestra Inc, acquired by Kornet Corp in 2001, said sales rose.",
         {("Kornet Corp", "Vestra Inc")}),
        ("Vestra Inc accepted a takeover offer from Kornet Corp.",
         {("Kornet Corp.", "Vestra Inc")}),
        ("Kornet Corp made an offer for Vestra Inc.", {("Kornet Corp", "Vestra Inc.")}),
        # the purchase "from" names the seller, not the buyer
        ("Kornet Corp said it completed the purchase of Vestra Inc from Arden Group.",
         {("Kornet Corp", "Vestra Inc")}),
        ("Halvex Corp said it will buy the remaining 60 pct of Vestra Inc.",
         {("Halvex Corp", "Vestra Inc.")}),
        # a rejected offer and an offer of goods are no acquisitions
        ("Vestra Inc rejected a takeover offer from Kornet Corp.", set()),
        ("Kornet Corp offered customers a discount on Vestra Inc products.", set()),
    ],
)  # fmt: skip
def test_participles_and_offers(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "acquires") == expected


# ---------------------------------------------------------------- acting together


@pytest.mark.parametrize(
    "text",
    [
        "Kornet Corp and Vestra Inc will cooperate on 5G research.",
        "Kornet Corp and Vestra Inc collaborated on a new chip design.",
    ],
)
def test_conjoined_subjects_of_a_reciprocal_verb_partner_each_other(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "partnersWith")
    assert found == {("Kornet Corp", "Vestra Inc")}


def test_a_company_cooperating_with_prosecutors_beside_it_is_no_partner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kornet Corp and the Justice Department cooperated in the investigation."
    assert facts(run(nlp, text), "partnersWith") == set()


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("The United States, together with the European Union, announced new export controls.",
         ("United States", "European Union")),
        ("Alongside Japan, the United States launched a fund for secure networks.",
         ("United States", "Japan")),
        ("Kornet Corp, together with Vestra Inc, supplies network gear.",
         ("Kornet Corp", "Vestra Inc")),
    ],
)  # fmt: skip
def test_who_acts_together_with_the_subject_partners_it(
    nlp, text: str, pair: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert pair in facts(run(nlp, text), "partnersWith")


def test_working_alongside_people_is_no_partnership(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kornet Corp engineers worked alongside researchers in Shenzhen."
    assert facts(run(nlp, text), "partnersWith") == set()


# ------------------------------------------------------------ news wordings (round 16)


@pytest.mark.parametrize(
    "text",
    [
        "Vestra Finance Group is partly owned by Kornet Holdings.",  # passive, adverb
        # a participle after the copula of a relative clause, with a hyphenated share
        "Its app is made by Vestra Finance Group, which is part-owned by Kornet Holdings.",
        "Vestra Finance Group, which is 30% owned by Kornet Holdings, cut prices.",
    ],
)
def test_a_part_owner_invests(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == {(KORNET, VESTRA)}
    assert facts(run(nlp, text), "partOf") == set()


def test_a_state_that_owns_a_share_of_a_firm_invests_in_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vestra Finance Group, which is 29% owned by the Norwegian state, cut prices."
    assert facts(run(nlp, text), "investsIn") == {("Norwegian state", VESTRA)}


def test_a_state_that_owns_a_whole_firm_is_no_investor(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vestra Finance Group, which is owned by the Norwegian state, cut prices."
    assert facts(run(nlp, text), "investsIn") == set()


def test_a_stake_held_in_which_names_the_relative_clause_s_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Kornet Holdings sells routers to airlines. Its biggest client is Vestra Finance "
        "Group, in which it holds a 17% stake."
    )
    assert facts(run(nlp, text), "investsIn") == {(KORNET, VESTRA)}


def test_the_company_in_a_firm_s_relative_clause_is_another_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Arden Group agreed to buy Vestra Finance Group. Its largest shareholder, "
        "investment firm Kornet Holdings, which owns 18% of the company, will sell."
    )
    assert facts(run(nlp, text), "investsIn") == {(KORNET, VESTRA)}


def test_a_body_part_of_a_department_past_its_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Office of Export Licensing (OEL), part of the Commerce Department, said so."
    assert facts(run(nlp, text), "partOf") == {
        ("Office of Export Licensing", "Commerce Department")
    }


def test_a_plural_after_one_name_in_a_list_makes_no_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Victims: Kelmar Electric Co. (Kelmar), U.S. subsidiaries of Sonnwerk AG "
        "(Sonnwerk), Halvex Steel Corp. (Halvex Steel), and others."
    )
    assert facts(run(nlp, text), "partOf") == set()
    assert facts(run(nlp, text), "basedIn") == set()


def test_a_singular_subsidiary_of_after_a_name_is_a_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kelmar Electric Co., a subsidiary of Sonnwerk AG, was hacked."
    assert facts(run(nlp, text), "partOf") == {("Kelmar Electric Co.", "Sonnwerk AG")}


ORVIK, TESSEL = "Orvik Energy", "Tessel Motors"


@pytest.mark.parametrize(
    "text",
    [
        "Tessel Motors is a wholly owned subsidiary of Orvik Energy.",  # copula
        "Orvik Energy is the parent company of Tessel Motors.",  # copula, reversed
    ],
)
def test_a_subsidiary_or_parent_after_the_copula(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == {(TESSEL, ORVIK)}


def test_a_customer_after_the_copula_is_no_part(nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, "Tessel Motors is a customer of Orvik Energy."), "partOf") == set()


@pytest.mark.parametrize(
    "text",
    [
        "The plant is run by a joint venture between Orvik Energy and Tessel Motors.",
        "Orvik Energy and Tessel Motors formed a joint venture last year.",
    ],
)
def test_a_joint_venture_of_two_named_firms(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "partnersWith")
    assert found in ({(ORVIK, TESSEL)}, {(TESSEL, ORVIK)})


def test_one_firm_forming_a_venture_partners_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    assert (
        facts(run(nlp, "Orvik Energy formed a joint venture last year."), "partnersWith") == set()
    )


@pytest.mark.parametrize(
    "text",
    [
        "Halvard Windtec GmbH, a wholly-owned subsidiary of Halvard, built the software.",
        # the owner named before: its short name is no short form of the part's
        "Halvard sued the engineer. He had worked at Halvard Windtec GmbH, a wholly-owned "
        "subsidiary of Halvard, until 2011.",
        "Halvard Windtec GmbH, a Halvard subsidiary, built the software.",  # owner as modifier
    ],
)
def test_a_part_named_after_its_owner_is_not_the_owner(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == {("Halvard Windtec GmbH", "Halvard")}


def test_a_short_name_without_a_part_noun_is_still_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Halvard Windtec GmbH said on Monday that Halvard would hire 200 engineers.")
    assert [e.name for e in result.entities if e.cls == "Company"] == ["Halvard Windtec GmbH"]


def test_an_owner_modifying_the_part_noun_of_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Tarvik Lines, a Holmgaard unit, was sold last year."
    assert facts(run(nlp, text), "partOf") == {("Tarvik Lines", "Holmgaard")}


def test_owner_modifying_an_apposed_unit_on_a_hand_built_parse() -> None:
    # "Orbit , a Telco unit , grew ." — the name before the noun owns the name it describes
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Orbit", ",", "a", "Telco", "unit", ",", "grew", "."],
        heads=[6, 0, 4, 4, 0, 0, 6, 6],
        deps=["nsubj", "punct", "det", "compound", "appos", "punct", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT", "VERB", "PUNCT"],
        lemmas=["Orbit", ",", "a", "Telco", "unit", ",", "grow", "."],
    )
    clusters = [EntityCluster("Orbit", "Company"), EntityCluster("Telco", "Company")]
    mentions = [
        Mention(doc[0:1], "Orbit", "Company", "ner", entity=0),
        Mention(doc[3:4], "Telco", "Company", "ner", entity=1),
    ]
    reader = ArticleReader(doc, mentions, clusters)
    OwnershipFrame(reader).read_noun(doc[4], doc[:])
    assert [(f.subject, f.predicate, f.object) for f in reader.found.facts] == [(0, "partOf", 1)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The case was investigated by the Department of Energy, Office of Intelligence "
            "and Counterintelligence, Cyber Fraud Unit; and the FBI.",
            {
                ("Office of Intelligence and Counterintelligence", "Department of Energy"),
                ("Cyber Fraud Unit", "Office of Intelligence and Counterintelligence"),
            },
        ),
        (  # a list of bodies joined by "and" is no chain
            "The case was investigated by the Department of Energy, Federal Bureau of "
            "Investigation and Internal Revenue Service.",
            set(),
        ),
        (  # nor a list that starts at no department
            "The case was investigated by the FBI, Drug Enforcement Administration, Coast Guard.",
            set(),
        ),
    ],
)
def test_bodies_named_in_a_chain_from_the_department_down(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == expected


def test_comma_chain_of_bodies_on_a_hand_built_parse() -> None:
    # "the Ministry of Trade , Export Office ; and the Police ." — the office inside the
    # ministry (the parse itself plays no part: the commas and names do)
    words = ["the", "Ministry", "of", "Trade", ",", "Export", "Office", ";", "and", "the",
             "Police", "."]  # fmt: skip
    doc = Doc(spacy.blank("en").vocab, words=words)
    clusters = [
        EntityCluster(n, "Government") for n in ("Ministry of Trade", "Export Office", "Police")
    ]
    mentions = [
        Mention(doc[1:4], "Ministry of Trade", "Government", "body", entity=0),
        Mention(doc[5:7], "Export Office", "Government", "body", entity=1),
        Mention(doc[10:11], "Police", "Government", "body", entity=2),
    ]
    reader = ArticleReader(doc, mentions, clusters)
    frame = OwnershipFrame(reader)
    for m in mentions:
        frame.read_mention(m, doc[:])
    assert [(f.subject, f.predicate, f.object) for f in reader.found.facts] == [(1, "partOf", 0)]


def _release_partners(nlp, text: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """partnersWith pairs of ``text`` read as a White House release (the issuer known)."""
    from kg.extract.extractor import extract_doc
    from kg.model import Article

    article = Article(id="t", text=text, source="https://www.whitehouse.gov/briefings/x/")
    return facts(extract_doc(nlp(text), article), "partnersWith")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "with" hung on the verb; the passive's actor is the issuer
            "The sanctions were imposed in concert with Canada and Japan.",
            {("United States", "Canada"), ("United States", "Japan")},
        ),
        (
            "The Treasury acted in concert with the United Kingdom.",
            {("Treasury Department", "United Kingdom")},
        ),
        ("Kornet Holdings played in a concert with Vestra Group.", set()),  # a concert
        ("Kornet Holdings held a concert with Vestra Group in Oslo.", set()),
    ],
)
def test_in_concert_with(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert _release_partners(nlp, text) == expected


def test_a_body_working_with_its_counterparts_in_a_country(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Department of Commerce is working with its counterparts in Japan on controls."
    assert facts(run(nlp, text), "partnersWith") == {("Commerce Department", "Japan")}
    # a firm working with a state's officials is no partnership of states
    text = "Kornet Holdings is working with its counterparts in Japan on controls."
    assert facts(run(nlp, text), "partnersWith") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Vestra Group is controlled by Kornet Holdings.",  # passive
        "Kornet Holdings controls Vestra Group through a trust.",  # active
        "Vestra Group, controlled by Kornet Holdings since 2015, cut jobs.",  # participle
        "Vestra Group, a Kornet Holdings company, makes batteries.",  # "a Y company"
    ],
)
def test_a_firm_another_controls_is_its_part(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == {(VESTRA.replace(" Finance", ""), KORNET)}


@pytest.mark.parametrize(
    "text",
    [
        "Kornet Holdings controls exports to Vestra Group.",  # what it controls is no firm
        "The Treasury controls Vestra Group.",  # a state's control is no ownership here
        "Vestra Group, a Fortune 500 company, makes batteries.",
        "Vestra Group, a software company, makes batteries.",
    ],
)
def test_no_control_of_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kornet Holdings snapped up Vestra Group last year.",
        "Vestra Group was snapped up by Kornet Holdings.",
    ],
)
def test_snapped_up(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "acquires") == {(KORNET, "Vestra Group")}


def test_snapping_at_a_firm_buys_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, "Kornet Holdings snapped at Vestra Group."), "acquires") == set()


def test_shares_of_a_venture_named_by_a_participle(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The venture, to be called Norvia Microsystems, will be 51% owned by Kornet "
        "Holdings and 49% by Vestra Group under the deal."
    )
    assert facts(run(nlp, text), "investsIn") == {
        (KORNET, "Norvia Microsystems"),
        ("Vestra Group", "Norvia Microsystems"),
    }


@pytest.mark.parametrize(
    "text",
    [
        "Vestra Media, a Siemens-owned broadcaster, was sold.",  # apposition
        "Vestra Media, the Siemens-owned broadcaster, cut 200 jobs.",
    ],
)
def test_an_owned_business_noun_describing_a_name(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == {("Vestra Media", "Siemens")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "There is established within the Department of Energy the Office of Grid Security.",
            {("Office of Grid Security", "Department of Energy")},
        ),
        (  # "There" on the auxiliary, an indefinite body
            "There is hereby established within the Department of Energy an Office of Grid "
            "Security.",
            {("Office of Grid Security", "Department of Energy")},
        ),
        (  # the passive with its subject
            "The Office of Grid Security is established within the Department of Energy.",
            {("Office of Grid Security", "Department of Energy")},
        ),
        (  # the body named after a title: a body all the same
            "There is established within the Executive Office of the President the Grid "
            "Security Council.",
            {("Grid Security Council", "Executive Office of the President")},
        ),
        # a firm established in a place is no body of a body
        ("Vestra Group was established within the Shenzhen free trade zone in 2001.", set()),
    ],
)
def test_a_body_established_within_another(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a known body with its apostrophe lost, after "of the"
            "Lee worked as a technician assigned to the Central Data Monitoring Facility "
            "of the FBIs Technical Branch.",
            {("Technical Branch", "FBI")},
        ),
        (  # a judicial district with its apostrophe lost
            "The case is prosecuted by Assistant U.S. Attorney Ann Roe of the Western "
            "District of Oklahomas Cyber Crimes Unit.",
            {("Cyber Crimes Unit", "Western District of Oklahoma")},
        ),
        (  # a plural inside one name is no lost apostrophe
            "The case was investigated by Unit 61398 of the Third Department of the Chinese "
            "Peoples Liberation Army.",
            {
                ("Unit 61398", "Third Department"),
                ("Third Department", "Chinese Peoples Liberation Army"),
            },
        ),
    ],
)
def test_bodies_joined_by_a_lost_apostrophe_inside_a_name(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the buyer gets the unit, not its owner
        (
            "By selling the Halvex unit to little-known Baikor Group, the state avoided a suit.",
            set(),
        ),
        (
            "Halvex sold its unit Norvia Energy to Baikor Group.",
            {("Baikor Group", "Norvia Energy")},
        ),
        ("Halvex sold Norvia Energy to Baikor Group.", {("Baikor Group", "Norvia Energy")}),
        ("Halvex sold its German unit to Baikor Group.", set()),  # a unit named by a place
    ],
)
def test_a_unit_sold_is_not_its_owner(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "acquires") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Kornet Holdings is Vestra Group's largest shareholder.",  # the copula
        "Kornet Holdings, Vestra Group's biggest investor, declined to comment.",  # apposition
        "Kornet Holdings, an early investor in Vestra Group, declined to comment.",  # "in"
        "Vestra Group shareholder Kornet Holdings voted against the deal.",  # a title
    ],
)
def test_a_shareholder_invests_in_the_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == {(KORNET, "Vestra Group")}


@pytest.mark.parametrize(
    "text",
    [
        "John Smith is Vestra Group's largest shareholder.",  # a person is no investing firm
        "Vestra Group's shareholders approved the deal.",  # nobody named
        "Kornet Holdings told investors in Vestra Group to sell.",  # the investors unnamed
    ],
)
def test_no_named_shareholder(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == set()


def test_a_deal_to_buy_named_by_its_buyer(nlp) -> None:  # type: ignore[no-untyped-def]
    def found(text: str) -> dict[tuple[str, str], float]:
        result = run(nlp, text)
        n = {e.key: e.name for e in result.entities}
        return {
            (n[f.subject], n[f.object]): f.evidence.confidence
            for f in result.facts
            if f.predicate == "acquires"
        }

    deal = found("Kornet Holdings' $4bn deal to buy Vestra Group was blocked by regulators.")
    bid = found("Kornet Holdings' bid to acquire Vestra Group failed.")
    assert set(deal) == set(bid) == {(KORNET, "Vestra Group")}
    assert bid[(KORNET, "Vestra Group")] < deal[(KORNET, "Vestra Group")]  # a bid only tries
    assert found("Kornet Holdings' attempt to buy Vestra Group failed.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Vestra Finance Group, backed by Kornet Holdings, opened an office in Lima.",  # participle
        "Vestra Finance Group is backed by Kornet Holdings.",  # passive
        "Vestra Finance Group, which is backed by Kornet Holdings, opened an office.",
        "Vestra Finance Group, a Kornet Holdings-backed lender, opened an office.",  # adjective
    ],
)
def test_a_backer_of_a_firm_invests_in_it(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == {(KORNET, VESTRA)}


@pytest.mark.parametrize(
    "text",
    [
        "Kornet Holdings backs Vestra Finance Group in the dispute.",  # active: support
        "The plan, backed by Kornet Holdings, was approved.",  # no firm is backed
    ],
)
def test_backing_that_is_no_investment(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == set()


def test_backed_on_a_hand_built_parse() -> None:
    # "Vestra , backed by Kornet , grew ." — the participle's agent backs the name
    doc = Doc(
        spacy.blank("en").vocab,
        words=["Vestra", ",", "backed", "by", "Kornet", ",", "grew", "."],
        heads=[6, 0, 0, 2, 3, 0, 6, 6],
        deps=["nsubj", "punct", "acl", "agent", "pobj", "punct", "ROOT", "punct"],
        pos=["PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
        tags=["NNP", ",", "VBN", "IN", "NNP", ",", "VBD", "."],
        lemmas=["Vestra", ",", "back", "by", "Kornet", ",", "grow", "."],
    )
    clusters = [EntityCluster("Vestra", "Company"), EntityCluster("Kornet", "Company")]
    mentions = [
        Mention(doc[0:1], "Vestra", "Company", "ner", entity=0),
        Mention(doc[4:5], "Kornet", "Company", "ner", entity=1),
    ]
    reader = ArticleReader(doc, mentions, clusters)
    clause = VerbClause(reader, doc[2], "back", doc[:])
    assert OwnershipFrame(reader).read_verb(clause)
    assert [(f.subject, f.predicate, f.object) for f in reader.found.facts] == [(1, "investsIn", 0)]


@pytest.mark.parametrize(
    "text",
    [
        "Vestra Finance Group secured an investment from Kornet Holdings.",
        "Vestra Finance Group received a $40 million investment from Kornet Holdings.",
    ],
)
def test_an_investment_received_from_a_firm(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == {(KORNET, VESTRA)}


def test_a_loan_received_is_no_investment(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Vestra Finance Group received a loan from Kornet Holdings."
    assert facts(run(nlp, text), "investsIn") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Orvik Energy and Tessel Motors are partners in the new battery plant.",
        "Orvik Energy and Tessel Motors have been partners since 2015.",
        "Kalder Power, a joint venture of Orvik Energy and Tessel Motors, opened a plant.",
    ],
)
def test_two_firms_that_are_partners(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "partnersWith")
    assert found in ({(ORVIK, TESSEL)}, {(TESSEL, ORVIK)})


def test_firms_that_are_partners_of_a_third(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvik Energy and Tessel Motors are partners of Kornet Holdings."
    assert facts(run(nlp, text), "partnersWith") == {(ORVIK, KORNET), (TESSEL, KORNET)}


def test_states_that_are_partners(nlp) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, "Norway and Chile are close partners."), "partnersWith")
    assert found in ({("Norway", "Chile")}, {("Chile", "Norway")})


def test_firms_that_are_rivals_are_no_partners(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvik Energy and Tessel Motors are rivals in the battery market."
    assert facts(run(nlp, text), "partnersWith") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Kalder Power, a new battery maker in Lima, would be 55% owned by Orvik Energy "
        "and 45% by Tessel Motors under the plan.",
        "Kalder Power is 70 pct owned by Orvik Energy and 30 pct by Tessel Motors.",
    ],
)
def test_a_second_share_whose_verb_is_left_out(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    found = facts(run(nlp, text), "investsIn")
    assert found == {(ORVIK, "Kalder Power"), (TESSEL, "Kalder Power")}


@pytest.mark.parametrize(
    "text",
    [
        "Kornet Holdings plans to invest $2bn in a data centre in Lima.",  # a building
        "Kornet Holdings invested heavily in Peru last year.",  # a country
    ],
)
def test_investing_in_what_is_no_business(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "investsIn") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised plural document ("Agreements") and a list after "with"
        (
            "The United States signed Agreements on Reciprocal Trade with Peru and Chile.",
            {("United States", "Peru"), ("United States", "Chile")},
        ),
        # "with" on the noun after "for": frameworks for negotiations with X
        (
            "The United States announced frameworks for trade negotiations with Peru and Chile.",
            {("United States", "Peru"), ("United States", "Chile")},
        ),
        # a trade deal reached by a state
        ("The United States reached a trade deal with Peru.", {("United States", "Peru")}),
        # "the Republic of Korea and Japan": the list's tail hangs on "Korea"
        (
            "The United States will continue its cooperation with the Republic of Korea and "
            "Japan on shipbuilding.",
            {("United States", "Republic of Korea"), ("United States", "Japan")},
        ),
    ],
)
def test_agreements_and_deals_of_states(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partnersWith") == expected


def test_a_deal_with_a_head_of_state_is_with_the_state(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "President Ruiz reached a trade deal with President Okafor of Nigeria."
    assert _release_partners(nlp, text) == {("United States", "Nigeria")}


@pytest.mark.parametrize(
    "text",
    [
        "The United States is negotiating a trade deal with Peru.",  # only talks
        "Britain and the EU failed to reach a deal on fishing rights.",  # failed
        "Britain hopes to strike a trade deal with Peru next year.",  # hoped
        "Britain hopes to sign an agreement with Peru next year.",  # hoped ("hopes" as "hop")
        "Kornet Holdings struck a deal with Vestra Group to buy its network.",  # a sale
    ],
)
def test_no_deal_of_states_yet(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partnersWith") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vestra Finance Group is part of Kornet Holdings.", {(VESTRA, KORNET)}),
        ("Vestra Finance Group became part of Kornet Holdings in 2019.", {(VESTRA, KORNET)}),
        (
            "The Office of Tariff Review is part of the Department of Commerce.",
            {("Office of Tariff Review", "Commerce Department")},
        ),
        # a plural after a list that "both" spreads over every item
        (
            "Vestra Finance Group and Orbit Telecom, both subsidiaries of Kornet Holdings, "
            "make drones.",
            {(VESTRA, KORNET), ("Orbit Telecom", KORNET)},
        ),
    ],
)
def test_is_part_of_and_both_subsidiaries(nlp, text: str, expected: set[tuple[str, str]]) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == expected


@pytest.mark.parametrize(
    "text",
    [
        "This case is part of efforts by Kornet Holdings to protect its patents.",
        "Kornet Holdings is part of the problem, Vestra Finance Group said.",
        "Lima is part of Peru's Kornet Holdings sales region.",
    ],
)
def test_no_part_of(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partOf") == set()


def test_an_alliance_joining_a_state_partners_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Canada and NATO are joining the United States in condemning the attacks."
    assert facts(run(nlp, text), "partnersWith") == {
        ("Canada", "United States"),
        ("NATO", "United States"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Orvik Energy joined forces with Tessel Motors to build batteries.", (ORVIK, TESSEL)),
        ("Orvik Energy and Tessel Motors joined forces to build batteries.", (ORVIK, TESSEL)),
        ("Orvik Energy announced a tie-up with Tessel Motors.", (ORVIK, TESSEL)),
        ("Norway is a key partner of Chile.", ("Norway", "Chile")),
    ],
)
def test_joined_forces_tie_ups_and_partner_states(
    nlp, text: str, expected: tuple[str, str]
) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "partnersWith") == {expected}


def test_joining_the_armed_forces_partners_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orvik Energy and Tessel Motors staff joined the armed forces."
    assert facts(run(nlp, text), "partnersWith") == set()
