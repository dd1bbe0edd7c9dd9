"""Technology phrases in release wording (kg.extract.tech_phrases) on sentences
written for these tests: participle-led categories, acronyms defined in parentheses,
model names given as examples, fixed terms; and the phrases that are none."""

from __future__ import annotations

import pytest
from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract.products import product_spans
from kg.extract.tech_phrases import release_spans
from tests.test_extract_rules import run

pytestmark = pytest.mark.model


def spans(nlp, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return [doc[s:e].text for s, e in release_spans(doc)]


def technologies(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {e.name for e in run(nlp, text).entities if e.cls == "Technology"}


# ---------------------------------------------------------------- participles


def test_a_participle_leads_a_technology_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The rule covers connected vehicles and unmanned aircraft systems."
    assert {"connected vehicles", "unmanned aircraft systems"} <= technologies(nlp, text)


def test_the_participle_keeps_its_own_modifier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Veltra Corp shipped radiation hardened integrated circuits to Kestrel Inc."
    assert "radiation hardened integrated circuits" in technologies(nlp, text)


def test_a_participle_before_a_vague_or_nontechnical_noun_names_nothing(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Connected parties used automated systems and an automated process."
    assert spans(nlp, text) == []


# ---------------------------------------------------------------- acronyms


def test_an_acronym_defined_for_a_technology_is_one_wherever_used(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The order covers vehicle connectivity systems (VCS) made abroad. "
        "Imports of VCS hardware from Russia will end."
    )
    found = spans(nlp, text)
    assert found.count("VCS") == 2 and "vehicle connectivity systems" in found
    # one entity: the acronym, wherever used, is an alias of the name it was defined for
    (tech,) = [e for e in run(nlp, text).entities if e.cls == "Technology"]
    assert tech.name == "vehicle connectivity systems" and "VCS" in tech.aliases


def test_an_acronym_in_quotes_and_in_the_plural(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He sold “monolithic microwave integrated circuits” (MMICs) to a broker."
    assert {"monolithic microwave integrated circuits", "MMICs"} <= set(spans(nlp, text))


def test_an_acronym_of_no_technology_is_left_alone(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The fund helps small and medium enterprises (SMEs). "
        "The Office of Export Enforcement (OEE) chose its systems (TS)."
    )
    assert spans(nlp, text) == []


# ---------------------------------------------------------------- examples and terms


def test_model_names_given_as_examples_of_a_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The tariff applies to advanced computing chips, such as the Zentra Z100 and Kovo K7."
    assert {"Zentra Z100", "Kovo K7"} <= technologies(nlp, text)


def test_firms_given_as_examples_are_no_products(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The tariff hurts makers of chips, such as Zentra and Kovo Inc."
    assert spans(nlp, text) == []


def test_source_code_is_a_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "source code" in technologies(nlp, "She copied the source code to a laptop.")
    assert spans(nlp, "The code of conduct applies to her.") == []


def test_certain_picks_some_of_a_kind_and_is_not_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The duty covers certain advanced computing chips."
    assert "advanced computing chips" in technologies(nlp, text)


# ---------------------------------------------------------------- fixed parses


def _doc(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(English().vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_participle_phrase_on_a_fixed_parse() -> None:
    doc = _doc(
        ["the", "connected", "vehicle", "technologies"],
        [3, 3, 3, 3],
        ["det", "amod", "compound", "ROOT"],
        ["DET", "VERB", "NOUN", "NOUN"],
    )
    assert release_spans(doc) == [(1, 4)]
    doc = _doc(
        ["the", "connected", "parties"],
        [2, 2, 2],
        ["det", "amod", "ROOT"],
        ["DET", "VERB", "NOUN"],
    )
    assert release_spans(doc) == []


def test_acronym_on_a_fixed_parse() -> None:
    doc = _doc(
        ["automated", "driving", "systems", "(", "ADS", ")"],
        [2, 2, 2, 2, 2, 2],
        ["amod", "compound", "ROOT", "punct", "appos", "punct"],
        ["VERB", "NOUN", "NOUN", "PUNCT", "PROPN", "PUNCT"],
    )
    assert (0, 3) in release_spans(doc) and (4, 5) in release_spans(doc)


# ---------------------------------------------------------------- dropped apostrophes


def test_a_possessive_without_its_apostrophe_is_no_part_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp sued Avro Inc. Avro copied the Kestrels network software."
    doc = nlp(text)
    names = [doc[s:e].text for s, e in product_spans(doc)]
    assert "network software" in names and not any("Kestrels" in n for n in names)


def test_a_plural_before_a_product_stays_in_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Avro Inc sells sports cars and Avro phones.")
    names = [doc[s:e].text for s, e in product_spans(doc)]
    assert "sports cars" in names


def test_what_was_done_with_the_goods_is_no_part_of_their_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Avro Inc relies on imported lithography machines and makes integrated circuits.")
    names = [doc[s:e].text for s, e in product_spans(doc)]
    assert "lithography machines" in names and "integrated circuits" in names


# ---------------------------------------------------------------- goods of export cases


def test_components_of_export_cases_are_technologies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Corp shipped accelerometers, power amplifiers and DRAM chips to Avro Inc."
    assert {"accelerometers", "power amplifiers", "DRAM chips"} <= technologies(nlp, text)


def test_an_acronym_names_the_product_it_modifies_not_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "AI companies such as Avro Inc sell AI chips and GPU servers."
    found = technologies(nlp, text)
    assert {"AI chips", "GPU servers"} <= found and "AI companies" not in found


def test_a_vague_head_needs_its_technical_modifier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Avro Inc opened data centers and bought fiber optic cables."
    assert {"data centers", "fiber optic cables"} <= technologies(nlp, text)
    assert "solar panels" in technologies(nlp, "Avro Inc imports solar panels.")
    text = "The diplomat read the cables at the call centers with role models in prison cells."
    assert spans(nlp, text) == []


# ---------------------------------------------------------------- brands and models


def test_a_brand_or_model_before_a_product_word_names_it(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Avro Inc bought the Zorvex spyware and Kestrel 9 rockets in 2020."
    assert {"Zorvex spyware", "Kestrel 9 rockets"} <= technologies(nlp, text)


def test_a_model_before_a_described_product(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "He stole plans for the Z-40 strategic transport aircraft in 2012."
    assert "Z-40 strategic transport aircraft" in technologies(nlp, text)
    assert spans(nlp, "Avro Inc bought the Zorvex new drones.") == []


def test_a_known_company_before_a_product_word_stays_a_company(nlp) -> None:  # type: ignore[no-untyped-def]
    result = run(nlp, "Avro Inc banned the Huawei phones and Zorvex drones in 2020.")
    classes = {e.name: e.cls for e in result.entities}
    assert classes.get("Huawei") == "Company" and "Huawei phones" not in classes
    assert "Zorvex drones" not in classes  # no "the", no number: maybe the maker


def test_who_made_a_product_is_no_part_of_its_name(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Orbit Inc banned Veltra-made routers and Chinese-made surveillance cameras.")
    names = [doc[s:e].text for s, e in product_spans(doc)]
    assert "routers" in names and "surveillance cameras" in names
    assert not any("made" in n for n in names)


# ---------------------------------------------------------------- release goods (tech17)


def test_storage_networks_and_protocols_with_their_technical_modifier(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The analyst copied the files to solid-state hard drives, hid behind a virtual "
        "private network and posted on social media networks. Agencies will move to "
        "post-quantum cryptography and the latest encryption protocols."
    )
    found = technologies(nlp, text)
    assert {
        "solid-state hard drives",
        "virtual private network",
        "social media networks",
        "post-quantum cryptography",
        "encryption protocols",
    } <= found


def test_a_network_drive_or_protocol_of_no_technology_is_none(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The retailer grew its distribution network and a network of partners. "
        "She took a test drive and followed the diplomatic protocol."
    )
    assert technologies(nlp, text) == set()


def test_fixed_terms_of_fact_sheets(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The plan secures the Internet of Things, digital IDs and silicon carbide substrates."
    assert {"Internet of Things", "digital IDs", "silicon carbide substrates"} <= technologies(
        nlp, text
    )


def test_a_technology_written_in_capitals_with_its_acronym(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Administration will manage the risks of Artificial Intelligence (AI) this year."
    typed_here = {e.name: e.cls for e in run(nlp, text).entities}
    assert any(
        n.startswith("Artificial Intelligence") and c == "Technology" for n, c in typed_here.items()
    )
    assert all(c != "Company" for c in typed_here.values())


def test_an_agency_in_capitals_with_its_acronym_is_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Office of Science and Technology Policy (OSTP) met the Science Board (SB)."
    assert technologies(nlp, text) == set()


def test_devices_players_and_submarines_of_releases(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Orbit Inc. sells the iPhone and iPads. Microsoft bundled media players with "
        "Windows. The chips were meant for nuclear submarines."
    )
    assert {"iPhone", "iPads", "media players", "nuclear submarines"} <= technologies(nlp, text)


def test_players_and_submarines_of_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The team signed two players and watched a film about yellow submarines."
    assert technologies(nlp, text) == set()


def test_two_technology_phrases_joined_by_and_stay_two(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "They sought satellite technology and space technology, and aircraft parts."
    found = technologies(nlp, text)
    assert {"satellite technology", "space technology", "aircraft parts"} <= found
    assert not any(" and " in name for name in found)


def test_modifiers_joined_by_and_before_one_head_stay_one_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Lam sells metrology and inspection equipment."
    assert "metrology and inspection equipment" in technologies(nlp, text)


def test_fixed_terms_with_a_rating_word_in_them(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Agencies must secure operational technology and industrial control systems, "
        "and study large language models and advanced computing."
    )
    assert {
        "operational technology",
        "industrial control systems",
        "large language models",
        "advanced computing",
    } <= technologies(nlp, text)


def test_the_rating_words_alone_name_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The large firm ran an advanced course on industrial policy."
    assert technologies(nlp, text) == set()


def test_ict_infrastructure_is_a_technology_not_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orbis, a global provider of ICT infrastructure and smart devices, denied it."
    typed_here = {e.name: e.cls for e in run(nlp, text).entities}
    assert typed_here.get("ICT infrastructure") == "Technology"
    assert "ICT" not in typed_here or typed_here["ICT"] == "Technology"


# ---------------------------------------------------------------- lists of modifiers


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orbis Inc is a provider of etch, deposition and clean tools.",
            "etch, deposition and clean tools",
        ),
        (
            "The contract covered cellular and landline network infrastructure.",
            "cellular and landline network infrastructure",
        ),
    ],
)
def test_modifiers_listed_before_one_tool_or_infrastructure_head(
    nlp, text: str, expected: str
) -> None:  # type: ignore[no-untyped-def]
    assert expected in technologies(nlp, text)


def test_a_verb_or_plural_before_the_list_stays_out(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "The firm began installing cellular network infrastructure.")
    assert "cellular network infrastructure" in found
    assert not any("installing" in name for name in found)
    found = technologies(nlp, "Kestrel Corp sold cameras and etching tools.")
    assert "etching tools" in found and "cameras and etching tools" not in found


def test_chipmaking_and_hacking_tools_and_processing_units(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Veltra Corp makes chipmaking equipment. Orbis Inc designs graphics processing "
        "units. The hackers used intrusion tools."
    )
    expected = {"chipmaking equipment", "graphics processing units", "intrusion tools"}
    assert expected <= technologies(nlp, text)


def test_tools_and_units_of_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "The unit sold garden tools and housing units.")
    assert not found & {"garden tools", "housing units", "tools", "units"}


def test_lasers_sensors_and_avionics_alone_in_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The controls cover lasers, sensors and avionics."
    assert {"lasers", "sensors", "avionics"} <= technologies(nlp, text)


@pytest.mark.parametrize(
    "phrase",
    [
        "social media platforms", "cloud platforms", "network gear", "base stations",
        "cloud storage", "mass surveillance", "unmanned aerial systems", "hypersonics",
        "chatbots", "surveillance tools", "processors", "video-sharing app",
    ],
)  # fmt: skip
def test_release_and_news_families_of_technology(nlp, phrase: str) -> None:  # type: ignore[no-untyped-def]
    assert phrase in technologies(nlp, f"The rule covers {phrase}.")


def test_platforms_gear_and_stations_of_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "The party platform and the camping gear were at the bus station.")
    assert not found


def test_the_other_items_of_a_list_of_technologies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The controls cover semiconductors, telecommunication, lasers, sensors, "
        "navigation, avionics and maritime technologies."
    )
    found = technologies(nlp, text)
    assert {"telecommunication", "navigation", "maritime technologies"} <= found
    # commas alone join things, not the modifiers of one head
    assert not any("," in name for name in found)


def test_a_short_or_mixed_list_names_no_other_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    found = technologies(nlp, "Amazon used cameras, wristbands and other devices.")
    assert "wristbands" not in found
    found = technologies(nlp, "The deal covers lasers, sensors, radars, finance and energy.")
    assert not found & {"finance", "energy"}
    found = technologies(nlp, "The sanctions cover banks, energy firms, chips, lasers and sensors.")
    assert not found & {"banks", "energy firms", "firms"}


# ---------------------------------------------------------------- terms cut at their hyphens


def test_security_terms_cut_at_their_hyphens_are_technologies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The agencies deployed multi-factor authentication, endpoint security and "
        "end-to-end encryption."
    )
    assert {
        "multi-factor authentication",
        "endpoint security",
        "end-to-end encryption",
    } <= technologies(nlp, text)


def test_a_factor_or_a_security_of_another_kind_is_no_technology(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "A key factor in the authentication of the documents was national security."
    assert not technologies(nlp, text)


def test_bombers_and_encryption_name_technologies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chung kept manuals for the bombers and for the encryption of radio traffic."
    assert {"bombers", "encryption"} <= technologies(nlp, text)


def test_components_and_craft_of_export_cases_name_technologies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Brandt exported pressure transducers, hydrophones and microcontrollers for sonar "
        "and spacecraft."
    )
    assert {
        "pressure transducers",
        "hydrophones",
        "microcontrollers",
        "sonar",
        "spacecraft",
    } <= technologies(nlp, text)


def test_the_space_shuttle_is_a_technology_shuttle_diplomacy_is_not(nlp) -> None:  # type: ignore[no-untyped-def]
    assert "Space Shuttle" in technologies(nlp, "Chung kept files on the Space Shuttle program.")
    assert not technologies(nlp, "The envoy began shuttle diplomacy in the region.")


def test_a_model_code_names_the_craft_with_its_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Chung sent manuals on the B-1 Bomber and the B-2 bomber, and 12 MQ-9 drones."
    assert {"B-1 Bomber", "B-2 bomber", "MQ-9 drones"} <= technologies(nlp, text)


def test_a_model_code_on_a_fixed_parse_starts_the_brand() -> None:
    # "the B-1 Bomber", with "B-1" parsed as a common noun
    words = ["the", "B-1", "Bomber"]
    doc = Doc(
        English().vocab,
        words=words,
        heads=[2, 2, 2],
        deps=["det", "compound", "ROOT"],
        pos=["DET", "NOUN", "PROPN"],
    )
    assert [doc[s:e].text for s, e in release_spans(doc)] == ["B-1 Bomber"]


def test_radio_sensing_and_test_gear_of_export_cases_names_technologies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Marlow Instruments Inc. shipped frequency synthesizers, infrared detectors and "
        "spectrum analyzers to a buyer in Minsk."
    )
    assert {"frequency synthesizers", "infrared detectors", "spectrum analyzers"} <= (
        technologies(nlp, text)
    )


def test_a_thermal_or_genetic_modifier_makes_a_technology_phrase(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Customs agents seized thermal imaging systems bound for Tehran."
    assert "thermal imaging systems" in technologies(nlp, text)
    # the modifier alone names nothing: a firm's "thermal" plant is no technology
    assert not technologies(nlp, "The plant burns coal for thermal power.")


def test_the_verbs_of_a_clause_are_no_modifiers_of_its_goods(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Tools Inc. has the ability to develop and supply wafer inspection equipment."
    assert spans(nlp, text) == ["wafer inspection equipment"]
    # a list of modifiers still shares the head
    assert spans(nlp, "Orlan Tools Inc. sold etch, deposition and clean tools.") == [
        "etch, deposition and clean tools"
    ]


def test_fields_given_as_examples_of_technologies_are_technologies(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The review covers critical technologies, including photonics, aerospace and "
        "more, from 2026."
    )
    found = technologies(nlp, text)
    assert {"photonics", "aerospace"} <= found
    assert "more" not in found
    # examples of anything else are not: "sectors, including tourism"
    assert "tourism" not in technologies(nlp, "Key sectors, including tourism, grew fast.")


def test_speakers_cells_and_cranes_are_goods_only_with_their_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Corp. makes smart speakers, battery cells and container cranes."
    assert {"smart speakers", "battery cells", "container cranes"} <= technologies(nlp, text)
    assert not technologies(nlp, "The speaker thanked the cranes' keepers and blood cells.")


def test_the_protections_of_computing_are_technologies_with_their_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Orlan Corp. shipped firmware patches and sold network security to banks."
    assert {"firmware patches", "network security"} <= technologies(nlp, text)
    assert not technologies(nlp, "Officials debated national security and a policy update.")
