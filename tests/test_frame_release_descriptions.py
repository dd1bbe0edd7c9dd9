"""Roles and seats in the way official releases describe the people and firms they
name, on sentences written for these tests, through the real spaCy pipeline, with
near misses: a person's nationality with a title joined to it ("a Czech national and
the owner of Y", "a Czech national who served as Y's director"), a country's minister
whose possessor the parser hung on a list, a copula "X is a Mali-based broker", a
demonym the tagger took for a place or a firm ("a Kyrgyz-registered exchange", "a
Kazakh mining company"), and "the Gothenburg company's" referring back."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title joined by "and" to a noun that names no post
        ("Pavel Novacek, a Czech national and the owner of Brnova Components Ltd., "
         "signed the contracts.", ("Pavel Novacek", "Brnova Components Ltd.")),
        # the relative clause hangs on "national", its "who" is the person
        ("Selin Arkan, a Turkish national who served as the finance director of Marmaris "
         "Kargo Ltd., wired the money.", ("Selin Arkan", "Marmaris Kargo Ltd.")),
        ("Giorgi Beridze, a Georgian national who serves as Kolkheti Trade LLC's agent in "
         "Tbilisi, collected the fees.", ("Giorgi Beridze", "Kolkheti Trade LLC")),
        # "A and B's Minister of X, Y": B employs Y, not the title
        ("The accord was signed by the Secretary of Energy and Mongolia's Minister of "
         "Mining, Tsogt Enkhbayar.", ("Tsogt Enkhbayar", "Mongolia")),
        # "Secretary of State": the article's department (its name ends in an "s" word)
        ("The Department of State announced the visa bans. Deputy Secretary of State "
         "Corinne Vashti said more would follow.", ("Corinne Vashti", "State Department")),
        # a release's byline: "Department Spokesperson" is a post, not a body
        ("Press Statement\nRachel T. Dunmore, Department Spokesperson\n\nThe Department "
         "of State is designating two entities today.", ("Rachel T. Dunmore", "State Department")),
        # a curated body's short name before a title the tagger ran into it
        ("\"The exchange is closed to U.S. banks,\" said FinCEN Director Paula R. Esterhazy.",
         ("Paula R. Esterhazy", "Financial Crimes Enforcement Network")),
        # past a hyphenated modifier to the body it describes
        ("Faris Dawud, an official of the Kremlin-backed Patriot Media Group, arranged the "
         "deal.", ("Faris Dawud", "Patriot Media Group")),
        # the same with a company: Orvik's chief, not Tallis's
        ("The merger was approved by Tallis Group and Orvik Energy's chief executive, "
         "Hanne Strand.", ("Hanne Strand", "Orvik Energy")),
    ],
)  # fmt: skip
def test_roles_described_beside_a_name(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in facts(run(nlp, text), "worksFor")


@pytest.mark.parametrize(
    "text",
    [
        # "customer" and "witness" are no posts
        "Pavel Novacek, a Czech national and a regular customer of Brnova Components "
        "Ltd., was questioned.",
        "Selin Arkan, a Turkish national who served as a witness against Marmaris Kargo "
        "Ltd., testified.",
    ],
)
def test_no_role_for_a_customer_or_witness(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert facts(run(nlp, text), "worksFor") == set()


def test_a_ministers_post_is_no_organisation(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Mongolia's Minister of Mining, Tsogt Enkhbayar, signed the accord.")
    assert facts(result, "worksFor") == {("Tsogt Enkhbayar", "Mongolia")}
    assert facts(result, "basedIn") == set()  # no "Minister of Mining" based in Mongolia


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula with a place-based noun, any noun once the subject is a firm
        ("Kankan Gold Exchange Ltd. is a Mali-based money transfer house.",
         ("Kankan Gold Exchange Ltd.", "Mali")),
        ("Saltmarsh Shipping FZE is a Sharjah-based ship manager.",
         ("Saltmarsh Shipping FZE", "Sharjah")),
        # a demonym the tagger made a place: the country the article names
        ("The bank also cut off Ala-Too Pay, a Kyrgyz-registered wallet. Regulators in the "
         "Kyrgyz Republic said nothing.", ("Ala-Too Pay", "Kyrgyz Republic")),
        # a demonym the tagger made a firm, on the noun before "company"
        ("Altynsay Copper JSC, a Kazakh mining company, will build the smelter. Kazakhstan "
         "approved the plan.", ("Altynsay Copper JSC", "Kazakhstan")),
        # a state before the trade noun before "startup"
        ("Arcadia partnered with Kestrel Labs, a Colorado photonics startup, to build optics.",
         ("Kestrel Labs", "Colorado")),
        # a town before a definite business noun, referring back (the tagger took
        # "Rotterdam" for a firm)
        ("The agency fined Brekke Radar AS. The Rotterdam company's exports fell.",
         ("Brekke Radar AS", "Rotterdam")),
        ("Regulators fined Wisla Sonar SA on Monday. The Krakow firm said it would appeal.",
         ("Wisla Sonar SA", "Krakow")),
    ],
)  # fmt: skip
def test_seats_in_release_descriptions(nlp, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in facts(run(nlp, text), "basedIn")


@pytest.mark.parametrize(
    "text",
    [
        # a person is placed by no business noun
        "Omar Haddad is a Sharjah-based businessman.",
        # a country before "the company" may be another firm than the last one named
        "Veltra sold the parts to Brekke Radar AS. The U.S. company said it had a licence.",
        # "based in" on a person's title places the person, not the firm before it
        "Omar Zaid is a senior Hezbollah finance official based in Beirut who manages payments.",
        # the firm's own name before "company" is no town
        "Regulators fined Korvex Ltd. The Korvex company said it would appeal.",
    ],
)
def test_no_seat_for_a_person_or_a_country_company(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = facts(run(nlp, text), "basedIn")
    assert not any(p in {"Sharjah", "United States", "Korvex", "Beirut"} for _, p in result)
