"""Entity finding and typing in news wording, on sentences written for these tests
(not from any gold article), through the real spaCy pipeline, with negative cases."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import run, typed

pytestmark = pytest.mark.model


def technologies(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {name for name, cls in typed(nlp, text).items() if cls == "Technology"}


# ---------------------------------------------------------------- products


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Norvia sells mobile phones in Peru.", "mobile phones"),
        ("Avanti sells diesel engines to truck makers.", "diesel engines"),
        ("Kestrel built a home-grown search engine to rival Norvia.", "home-grown search engine"),
        ("Demand for portable music players fell in May.", "portable music players"),
        ("Tarsa offers online role-playing games to teenagers.", "online role-playing games"),
        ("Rivals pay less for software than for hardware.", "software"),
    ],
)  # fmt: skip
def test_product_head_phrases_are_technologies(nlp, text: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    assert wanted in technologies(nlp, text)


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Tarsa is a long-distance telecoms operator based in Lima.", "long-distance telecoms"),
        ("Kordex, an internet portal firm, was sold in May.", "internet portal"),
        ("In Ohio, soft drink prices rose sharply.", "soft drink"),
        ("Prices fell across the clothing industry last year.", "clothing"),
        ("Veltra runs a profitable mobile arm and a bank.", "mobile"),
        ("Orvana is a defence and telecommunications company in Oslo.", "telecommunications"),
        ("Sales grew in the enterprise software market.", "enterprise software"),
    ],
)  # fmt: skip
def test_words_before_a_trade_noun_name_a_product(nlp, text: str, wanted: str) -> None:  # type: ignore[no-untyped-def]
    assert wanted in technologies(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The law firm and the investment bank advised the parent company.",
        "Shares fell on the stock market as house prices rose.",
        "The biggest firm in the sector is a leading rival.",
        "A human rights group and a minority group protested.",
        "Customer service staff at the media group went on strike.",
    ],
)
def test_businesses_markets_and_ratings_are_no_products(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert technologies(nlp, text) == set()


def test_rating_and_nationality_stay_out_of_the_product_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "Norvia is the second-biggest long distance firm in Chile.")
    assert found == {"long distance"}


def test_brand_with_its_kind_after_an_owner(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel's players read the MP3 format and its ZMA format; see its Lexa encyclopaedia."
    found = technologies(nlp, text)
    assert {"MP3 format", "ZMA format", "Lexa encyclopaedia"} <= found
    assert typed(nlp, text).get("Kestrel") != "Technology"  # the owner stays a firm


def test_known_company_stays_out_of_its_products(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "Shoppers bought the Huawei phones and the Huawei laptops.")
    assert result.get("Huawei") == "Company"


def test_listed_brands_are_products_not_people_or_places(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra's brands include Norska, Blue Harbour, Keldin and Ostrava."
    assert {"Norska", "Blue Harbour", "Keldin", "Ostrava"} <= technologies(nlp, text)
    text = "Norvia brands such as Kestrel and Amber Gold sell well in Spain."
    assert {"Kestrel", "Amber Gold"} <= technologies(nlp, text)


def test_a_name_counted_like_a_thing_is_a_product(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Orbix Zune" in technologies(nlp, "Fans buy an Orbix Zune to hear the album.")


def test_genetic_engineering_makes_a_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Norvia grows genetically-modified wheat on its farms."
    assert "genetically-modified wheat" in technologies(nlp, text)


def test_product_words_before_a_named_firm_leave_the_firm_to_the_rules(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Last year the e-commerce company Kestrel was fined $5 million by Chinese regulators."
    result = run(nlp, text)
    names = {e.key: e.name for e in result.entities}
    assert {(names[s.imposer or ""], names[s.target]) for s in result.sanctions} == {
        ("Chinese regulators", "Kestrel")
    }


# ---------------------------------------------------------------- places and states


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel Inc sells most of its phones in the US.",
        "Kestrel Inc is the US's second-biggest phone maker.",
        "Kestrel Inc opened a plant near Moscow last year.",
    ],
)
def test_a_country_or_capital_as_a_place_is_a_location(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    places = {n: c for n, c in typed(nlp, text).items() if n in {"United States", "Moscow"}}
    assert places and set(places.values()) == {"Location"}


def test_a_capital_as_a_place_keeps_its_own_name(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "Kestrel Inc opened a plant near Moscow last year.")
    assert result.get("Moscow") == "Location" and "Russian government" not in result


@pytest.mark.parametrize(
    "text",
    [
        "The US imposed tariffs on Kestrel Inc last year.",
        "Tariffs were imposed by the US on Kestrel Inc.",
        "US regulators and US officials questioned Kestrel Inc.",
        "Kestrel Inc was accused of a plot to defraud the United States.",
        "Moscow said Kestrel Inc had broken the law.",
    ],
)
def test_a_country_or_capital_that_acts_is_a_government(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, text)
    states = {n: c for n, c in result.items() if n in {"United States", "Russian government"}}
    assert states and set(states.values()) == {"Government"}


def test_a_partner_in_a_dealing_is_a_government(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury worked in partnership with Canada on the case against Kestrel Inc."
    assert typed(nlp, text).get("Canada") == "Government"


def test_the_countries_whose_governments_act_are_governments(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Governments of Australia, Canada and New Zealand today jointly attribute the "
        "attacks to the Vostok Bureau."
    )
    found = typed(nlp, text)
    assert [found.get(c) for c in ("Australia", "Canada", "New Zealand")] == ["Government"] * 3
    # near miss: a country's economy is the place
    found = typed(nlp, "Trade between the economies of Japan and Norway grew.")
    assert found.get("Japan") == found.get("Norway") == "Location"


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("A US court ordered Kestrel Inc to pay.", "US court"),
        ("A US bankruptcy court froze the assets of Kestrel Inc.", "US bankruptcy court"),
        ("A Lima court fined Kestrel Inc last year.", "Lima court"),
        ("A federal court in Ohio heard the case against Kestrel Inc.", "federal court"),
        (
            "Peru's environment ministry opened a case against Kestrel Inc.",
            "Peru's environment ministry",
        ),
        ("Dissidents were jailed by the Soviet regime.", "Soviet regime"),
    ],
)
def test_a_body_named_by_its_place_or_kind_is_a_government(nlp, text: str, body: str) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, text)
    assert result.get(body) == "Government"


def test_the_place_in_a_court_name_does_not_act(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "A US court ordered Kestrel Inc to pay its debts in the US.")
    assert result.get("United States") == "Location"


def test_an_unqualified_court_is_no_named_body(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "court" not in typed(nlp, "Kestrel Inc went to court over the deal.")


# ---------------------------------------------------------------- people and firms


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Mr Ostrander denied the claims on Tuesday.", "Ostrander", "Person"),
        ("The board said Ms Calloway had retired.", "Calloway", "Person"),
        ("Former Norvia boss Dale Ostrander is on trial.", "Dale Ostrander", "Person"),
        ("Rosvalt shareholders lost out when Rosvalt's main unit was sold.", "Rosvalt",
         "Company"),
        ("Norvia hired Air Kestrel, a charter airline, for the trip.", "Air Kestrel", "Company"),
        ("The sale of Rosvalt's subsidiary was approved.", "Rosvalt", "Company"),
    ],
)  # fmt: skip
def test_words_around_a_name_settle_person_or_firm(nlp, text: str, name: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == cls


def test_a_country_owning_an_industry_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "Russia's oil industry grew while Russia's output of gas fell.")
    assert result.get("Russia") in {"Location", "Government"}


def test_a_surname_after_the_full_name_is_the_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Lena Ostrova was charged in May. Ostrova was employed as a research chemist at "
        "Velmar, a leading international farm company based in Tulsa."
    )
    result = typed(nlp, text)
    assert result.get("Ostrova") == "Person" and result.get("Lena Ostrova") == "Person"
    assert result.get("Velmar") == "Company"


def test_a_headline_and_the_next_paragraph_are_two_names(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "Rosvalt\n\nRussia's parliament debated the sale of Rosvalt on Monday.")
    assert "Rosvalt Russia" not in result


def test_a_name_wrapped_over_one_line_break_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "The panel chairman, Dan\nKowalczyk, backed the bill on Tuesday.")
    assert "Dan\nKowalczyk" in result or "Dan Kowalczyk" in result


# ---------------------------------------------------------------- in-article coreference


def test_a_bare_brand_joins_its_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Zolo fans angry\n\nSubscribers to Fenwick's Zolo music service complained on "
        "Monday. Zolo locks songs to one player."
    )
    result = run(nlp, text)
    product = [e for e in result.entities if e.name == "Zolo music service"]
    assert product and product[0].cls == "Technology" and "Zolo" in product[0].aliases
    assert typed(nlp, text).get("Fenwick") != "Technology"  # the owner is no product


def test_a_camel_case_name_counted_like_a_thing_is_a_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Fenwick launched the iZolo in May. Buyers must use an iZolo for the songs."
    assert typed(nlp, text).get("iZolo") == "Technology"


def test_two_firms_the_ner_joined_at_a_comma_are_split(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "Rivals such as Kestrel, Norvia and Tarsa sell more songs.")
    assert "Kestrel, Norvia" not in result


def test_a_firm_name_with_a_comma_and_a_legal_suffix_stays_whole(nlp) -> None:  # type: ignore[no-untyped-def]
    result = typed(nlp, "The regulator said Harlow, Barnes and Co agreed to pay a penalty.")
    assert not ({"Harlow", "Barnes and Co"} <= result.keys())


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("He spied for MI6 after leaving the KGB.", "MI6", "Government"),
        ("He spied for MI6 after leaving the KGB.", "KGB", "Government"),
        ("She studied at Yale before joining Kestrel Inc.", "Yale", "Organization"),
        ("The Bank of England raised rates again.", "Bank of England", "Government"),
        ("Europol seized the servers with help from Dutch police.", "Europol", "Government"),
        ("The ITC ruled that the imported tablets infringed the patent.", "ITC", "Government"),
        ("Talks with the UAE on chip exports resumed.", "United Arab Emirates", "Government"),
    ],
)
def test_curated_bodies_the_ner_mistypes(nlp, text: str, name: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == cls


def test_coordinated_product_adjectives_stay_in_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Velmar supplies cellular and landline network infrastructure to carriers."
    assert "cellular and landline network infrastructure" in technologies(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Velmar wanted Tarsa to be an isolation company for the deal.",
        "Four managers signed an Executive Memo in May.",
        "Velmar set up a front company in Dubai.",
    ],
)
def test_plain_nouns_before_a_firm_and_signed_documents_are_no_products(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert technologies(nlp, text) == set()


def test_a_legal_form_makes_a_firm_of_a_name_the_ner_took_for_a_person(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Treasury designated Golden Harbour Capital Limited on Monday."
    result = typed(nlp, text)
    firm = [n for n in result if n.startswith("Golden Harbour")]
    assert firm and all(result[n] == "Company" for n in firm)


def test_foreign_and_western_governments_are_governments(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Foreign governments and Western governments used the spyware against critics."
    result = typed(nlp, text)
    assert result.get("Foreign governments") == "Government"
    assert result.get("Western governments") == "Government"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kestrel is the bigger company of the two.", "Kestrel"),
        ("Shareholders rejected the bid from Qwanto on Friday.", "Qwanto"),
        ("A merger between Norvia and Vellago would be the fifth this year.", "Vellago"),
        ("Rivals such as Microsoft and Blinkto want more users.", "Blinkto"),
        ("The Tarsona recapitalization was announced in July.", "Tarsona"),
        ("An Allegra Cola employee was convicted on Tuesday.", "Allegra Cola"),
    ],
)
def test_firm_cues_in_news_wording(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == "Company"


def test_a_firm_cue_does_not_override_a_government_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The deal needs a stake in the Foreign Trade Ministry of Peru."
    result = typed(nlp, text)
    ministry = [n for n in result if "Ministry" in n]
    assert ministry and all(result[n] == "Government" for n in ministry)


def test_the_start_of_a_body_name_is_that_kind_of_body(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Ways and Means Committee met on Monday. Ways and Means chairman Ann Roe "
        "backed the bill."
    )
    result = typed(nlp, text)
    assert result.get("Ways and Means Committee") == "Government"
    assert result.get("Ways and Means", "Government") == "Government"


def test_mr_and_a_bare_surname_are_aliases_of_the_full_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra's finance director Tom Ngata resigned on Monday. Mr Ngata said the firm "
        "had been fair. Ngata joined the company in 2001."
    )
    people = [e for e in run(nlp, text).entities if e.name == "Tom Ngata"]
    assert people and people[0].cls == "Person"
    assert {"Ngata"} <= set(people[0].aliases)
    everything = {a for e in run(nlp, text).entities for a in (e.name, *e.aliases)}
    assert not everything & {"the firm", "the company", "firm", "company"}


def test_an_acronym_defined_in_parentheses_is_an_alias(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Northern Fisheries Authority (NFA) fined Velmar Inc. The NFA said the "
        "labels were false."
    )
    bodies = [e for e in run(nlp, text).entities if "NFA" in (e.name, *e.aliases)]
    assert len(bodies) == 1 and bodies[0].cls == "Government"


@pytest.mark.parametrize("text", ["Mr.🗾", "Ms ?!", "Mr. .", "Dr. 😀 said"])
def test_a_courtesy_title_before_no_name_gives_no_entity(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(e.name.strip() for e in run(nlp, text).entities)


@pytest.mark.parametrize("word", ["electronics", "firearms", "vaccines", "software"])
def test_a_product_category_alone_is_a_technology(nlp, word: str) -> None:  # type: ignore[no-untyped-def]
    assert word in technologies(nlp, f"Velmar Inc exported {word} to Peru last year.")


def test_a_place_before_a_firm_noun_stays_a_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lawyers for the New York firm of Harlow and Barnes filed the papers."
    assert typed(nlp, text).get("New York") == "Location"


def test_a_legal_form_makes_a_firm_of_any_label(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model may take "X Freight LLC" for a work of art: the legal form names a firm
    types = typed(nlp, "Petrov owned Baltic Freight LLC, a New York company.")
    assert types.get("Baltic Freight LLC") == "Company"


def test_a_party_role_before_a_name_is_no_part_of_it(nlp) -> None:  # type: ignore[no-untyped-def]
    types = typed(nlp, "Defendant Arctic Electronics Inc. shipped the parts to Moscow.")
    assert types.get("Arctic Electronics Inc.") == "Company"
    assert not any(name.startswith("Defendant") for name in types)


def test_plural_organisation_words_name_organisations(nlp) -> None:  # type: ignore[no-untyped-def]
    types = typed(nlp, "The grants fund the Coastal Marine Research Institutes in Oregon.")
    assert types.get("Coastal Marine Research Institutes") == "Organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Australia and Vanuatu signed a memorandum on undersea cables.", "Vanuatu"),
        ("Officials from Palau toured the new port.", "Palau"),
    ],
)
def test_a_small_state_is_no_firm_or_person(nlp, text: str, name: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) in {"Location", "Government"}


def test_a_title_run_into_a_name_is_cut_off(nlp) -> None:  # type: ignore[no-untyped-def]
    # "CCIPS Trial Attorney Roe": "Trial" opens her title, it is no part of the body
    types = typed(nlp, "The case was prosecuted by CCIPS Trial Attorney Jane Roe.")
    assert "CCIPS" in types and "CCIPS Trial" not in types
    assert types.get("Jane Roe") == "Person"


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The Cyber Unified Coordination Group met twice a week.",
         "Cyber Unified Coordination Group", "Government"),
        ("Shares in Alfa Group rose after the deal.", "Alfa Group", "Company"),
    ],
)  # fmt: skip
def test_a_panel_of_officials_is_no_firm(nlp, text: str, name: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == cls


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("Officers of the People's Liberation Army hacked the networks.",
         "People's Liberation Army", "Government"),
        ("The hackers, known as APT41, targeted game companies.", "APT41", "Organization"),
        ("Hezbollah received funds from the network.", "Hezbollah", "Organization"),
    ],
)  # fmt: skip
def test_armed_and_hacking_groups_and_curated_bodies(nlp, text: str, name: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == cls


def test_a_surname_taken_for_a_firm_in_a_list_of_people(nlp) -> None:  # type: ignore[no-untyped-def]
    types = typed(
        nlp, "The case is prosecuted by Assistant U.S. Attorneys Greg Staples and Ivy Wang."
    )
    assert types.get("Ivy Wang") == "Person"
    assert "Wang" not in types


def test_a_firm_joined_to_a_person_stays_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, "The deal was signed by Tom Harlan and Tesla Motors.").get(
        "Tesla Motors"
    ) == ("Company")


def test_a_firm_named_again_without_its_legal_form_stays_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Agency" would make a government body of the short name
    text = (
        "Ivanov worked for Baltic Media Agency LLC, a company in Riga. The Baltic Media "
        "Agency paid trolls to post comments."
    )
    firms = [e for e in run(nlp, text).entities if e.name.startswith("Baltic Media Agency")]
    assert len(firms) == 1 and firms[0].cls == "Company"


def test_a_firm_name_joined_by_and_before_its_legal_form_is_one_name(nlp) -> None:  # type: ignore[no-untyped-def]
    types = typed(nlp, "Prigozhin funded the plot through Arvale Media and Consulting LLC.")
    assert types.get("Arvale Media and Consulting LLC") == "Company"


def test_a_second_firm_named_after_and_is_not_joined_to_the_first(nlp) -> None:  # type: ignore[no-untyped-def]
    # "Holdings" ends a name, but "Brightwater" is a firm's own name, not a line of business
    types = typed(nlp, "The order names Volta Bank, Kestrel Capital and Brightwater Holdings.")
    assert types.get("Kestrel Capital") == types.get("Brightwater Holdings") == "Company"
    assert "Kestrel Capital and Brightwater Holdings" not in types


def test_two_firms_each_with_a_legal_form_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    types = typed(nlp, "Kestrel Inc. and Norvia LLC signed the deal. Kestrel said so.")
    assert types.get("Kestrel Inc.") == types.get("Norvia LLC") == "Company"


def test_a_department_named_by_its_field_alone_acts_for_the_government(nlp) -> None:  # type: ignore[no-untyped-def]
    # the model labels a bare "Commerce" an organisation, and typing took it for a firm
    text = "Officials said Commerce will act. Commerce added Volta Systems to the Entity List."
    ex = run(nlp, text)
    commerce = [e for e in ex.entities if "Commerce" in (e.name, *e.aliases)]
    assert [(e.name, e.cls) for e in commerce] == [("Commerce Department", "Government")]
    imposers = {s.imposer for s in ex.sanctions if s.kind == "ExportControl"}
    assert imposers == {"Government:commerce department"}


def test_a_field_word_inside_a_longer_name_is_no_department(nlp) -> None:  # type: ignore[no-untyped-def]
    types = typed(nlp, "The Chamber of Commerce and Chief Justice Roberts disagreed.")
    assert "Commerce Department" not in types and "Justice Department" not in types


def test_formats_and_copy_protection_by_name_are_technologies_not_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Norvia's store sells songs as AAC files, and its rival Tarsa uses WMA, which "
        "carries Digital Rights Management against copying."
    )
    kinds = typed(nlp, text)
    assert kinds.get("AAC") == "Technology"
    assert kinds.get("WMA") == "Technology"
    assert kinds.get("Digital Rights Management") == "Technology"
    assert kinds.get("Tarsa") == "Company"


def test_a_product_named_by_its_maker_and_kind_is_no_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    kinds = typed(nlp, "Attackers exploited a flaw in Veltra Exchange Server.")
    assert kinds.get("Veltra Exchange Server") == "Technology"
    # a firm's name ends in its trade, not in a product's kind
    assert typed(nlp, "Norvia Systems hired 200 engineers.").get("Norvia Systems") == "Company"


def test_a_kind_of_user_stays_in_a_technology_name_but_makes_none(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "Several states curbed the sale of commercial spyware last year.")
    assert "commercial spyware" in found
    assert not technologies(nlp, "Tarsa sells commercial services to small shops.")


def test_policy_names_a_class_of_technologies_by_an_adjective(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "The rules restrict outbound investment in sensitive technologies.")
    assert "sensitive technologies" in found
    assert "critical and emerging technologies" in technologies(
        nlp, "The strategy protects critical and emerging technologies."
    )
    # before any other noun the adjective names no technology
    assert not technologies(nlp, "Agents seized sensitive documents in emerging markets.")


def test_a_rating_of_price_or_quality_is_no_part_of_a_technology_name(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "Tarsa sells affordable mobile data services and cheap solar panels.")
    assert {"mobile data services", "solar panels"} <= found
    assert not any(name.startswith(("affordable", "cheap")) for name in found)
