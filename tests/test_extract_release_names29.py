"""Names and the facts that hang on them in releases, by construction: a name given to
a noun ("a hacking group known as X", "the malware, known as X"), a "who" clause after
"the chief executive of X", "an Oregon designer of chips", a firm's short name the model
took for a person, "X General Trading LLC"; joint attributions to a group "known as"
X; bodies inside bodies ("an element of", "a unit of", "housed within"); "worked with A
and with B"; a judge "in federal court". Sentences written for these tests, through the
real spaCy pipeline, each with a near miss."""

from __future__ import annotations

import pytest

from tests.test_extract_rules import facts, run, typed

pytestmark = pytest.mark.model


# ---------------------------------------------------------------- a name given to a noun


@pytest.mark.parametrize(
    ("text", "name", "cls"),
    [
        ("The attacks were the work of a hacking group known as Copper Lynx, officials said.",
         "Copper Lynx", "Organization"),
        ("The attacks were carried out by a criminal gang called Velgard Brigade.",
         "Velgard Brigade", "Organization"),
        ('Ilya Moran wrote the custom malware, known as "GreyFern," used against water plants.',
         "GreyFern", "Technology"),
    ],
)  # fmt: skip
def test_a_name_given_to_a_noun_is_of_its_kind(nlp, text: str, name: str, cls: str) -> None:  # type: ignore[no-untyped-def]
    assert typed(nlp, text).get(name) == cls


def test_an_alias_after_another_name_keeps_that_names_kind(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "suppliers of Ansarallah, commonly known as the Houthis": the alias is
    Ansarallah's (a group), not a supplier's name."""
    text = "The Treasury designated suppliers of Ansarallah, commonly known as the Houthis."
    assert typed(nlp, text).get("Houthis") == "Organization"


# ---------------------------------------------------------------- firms typed as people


def test_who_after_a_title_of_a_firm_is_the_title_holders(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "- A, 38, the chief executive of Kavir Negar, who …": "who" tells of A, so the
    firm is no person; the holder is still one and works for it."""
    text = (
        "The defendants are:\n\n"
        "- Dara Vosough, 38, the chief executive of Kavir Negar Sanat, who allegedly hired "
        "the others;\n"
        "- Ilya Moran, 34, who allegedly wrote the code."
    )
    classes = typed(nlp, text)
    assert classes.get("Kavir Negar Sanat") == "Company"
    assert classes.get("Dara Vosough") == "Person" and classes.get("Ilya Moran") == "Person"


def test_a_place_before_designer_makes_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Commitments include:\n\n- Solvane Compute, an Oregon designer of memory chips, has "
        "partnered with Tarsin Optics."
    )
    assert typed(nlp, text).get("Solvane Compute") == "Company"


def test_a_firm_before_a_job_noun_still_makes_an_employee(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "a former Kestrel Bank trader": the proper noun is a firm, not a place."""
    text = "Ivo Brandt, a former Kestrel Bank trader, pleaded guilty on Monday."
    assert typed(nlp, text).get("Ivo Brandt") == "Person"


def test_a_firms_first_word_alone_is_the_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "He met representatives of Vostsvyaz Holding, a state-owned telecom company in Minsk. "
        "The fees were invoiced to Vostsvyaz for research. Vostsvyaz, in turn, was paid by "
        "the ministry."
    )
    classes = {name: cls for name, cls in typed(nlp, text).items() if "Vostsvyaz" in name}
    assert classes and set(classes.values()) == {"Company"}


def test_general_inside_a_firms_name(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Harwell sold four lathes to Gulf Crest General Trading LLC, a Dubai-based company."
    result = run(nlp, text)
    assert ("Gulf Crest General Trading LLC", "Dubai") in facts(result, "basedIn")
    near_miss = typed(nlp, "Attorney General Merrick Lane praised Kestrel Trading LLC.")
    assert near_miss.get("Merrick Lane") == "Person"
    assert near_miss.get("Kestrel Trading LLC") == "Company"


# ---------------------------------------------------------------- attributions


def test_governments_attribute_to_a_group_known_as(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Governments of Peru, Ghana and Finland today attribute a wave of attacks on "
        "water utilities to a hacking group known as Amber Heron, which acts for the "
        "ministry."
    )
    wanted = {(s, "Amber Heron") for s in ("Peru", "Ghana", "Finland")}
    assert wanted <= facts(run(nlp, text), "accuses")


def test_a_cause_known_as_is_no_accused(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: the rise in prices "attributed to a storm known as Vela" lays no wrong."""
    text = "Finland attributed the rise in prices to a storm system known as Vela."
    assert facts(run(nlp, text), "accuses") == set()


# ---------------------------------------------------------------- bodies inside bodies


@pytest.mark.parametrize(
    ("text", "part", "whole"),
    [
        ("Pavel Orlin heads the Main Directorate for Border Crime, an element of the "
         "Ministry of Internal Affairs.",
         "Main Directorate for Border Crime", "Ministry of Internal Affairs"),
        ("- Pavel Orlin, deputy head of the Main Directorate for Border Crime (GUBK), an "
         "element of the Ministry of Internal Affairs.",
         "Main Directorate for Border Crime", "Ministry of Internal Affairs"),
        ("The Velgard Cyber Command is a unit of the Ruritanian Guard.",
         "Velgard Cyber Command", "Ruritanian Guard"),
        ("The Grid Security Office, housed within the Energy Department, awarded the grants.",
         "Grid Security Office", "Energy Department"),
        ("The Grid Security Office is housed within the Energy Department.",
         "Grid Security Office", "Energy Department"),
    ],
)  # fmt: skip
def test_a_body_inside_a_body(nlp, text: str, part: str, whole: str) -> None:  # type: ignore[no-untyped-def]
    assert (part, whole) in facts(run(nlp, text), "partOf")


def test_a_person_is_no_element(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "an agency official" after a person's name makes no body a part."""
    text = "Pavel Orlin, an agency official of the Ministry of Internal Affairs, spoke."
    assert facts(run(nlp, text), "partOf") == set()


def test_housed_in_a_building_is_no_part(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The Grid Security Office is housed in a building near the Energy Department."
    assert facts(run(nlp, text), "partOf") == set()


def test_working_with_a_and_with_b_partners_both(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The Antitrust Division cooperated closely with the Competition Bureau of Canada and "
        "with the Korea Fair Trade Commission."
    )
    partners = facts(run(nlp, text), "partnersWith")
    assert ("Antitrust Division", "Korea Fair Trade Commission") in partners
    assert ("Antitrust Division", "Competition Bureau of Canada") in partners


# ---------------------------------------------------------------- roles


def test_a_judge_works_for_no_court_named_in_lower_case(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "U.S. District Judge Wanda Ellery accepted the plea in federal court in Denver."
    assert facts(run(nlp, text), "worksFor") == set()


# ---------------------------------------------------------------- places


def test_a_based_modifier_before_a_list_skips_a_name_with_its_own_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Tallinn-based Nordhaven Advisory and Brightwell Sensors of Tucson, Arizona, formed "
        "a joint venture."
    )
    based = facts(run(nlp, text), "basedIn")
    assert ("Nordhaven Advisory", "Tallinn") in based
    assert ("Brightwell Sensors", "Tallinn") not in based


def test_a_country_in_brackets_after_a_firm_is_its_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Annex\n\n1. Kestrel Mapping Ltd. (China), developer of the RoadBee navigation "
        "application.\n2. Volna Data JSC (Russia), a data broker that sells location records."
    )
    based = facts(run(nlp, text), "basedIn")
    assert {("Kestrel Mapping Ltd.", "China"), ("Volna Data JSC", "Russia")} <= based


def test_a_short_name_in_brackets_is_no_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Zhuhai Kolion Technology Company Ltd. (Kolion) makes batteries for buses."
    assert facts(run(nlp, text), "basedIn") == set()


def test_a_label_ending_in_of_leaves_the_seat(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "… Company of" labelled and the city after it not: the firm's name stops before
    "of", and the city is a place (the firm's seat)."""
    text = (
        "Between May and June, the group struck the control systems of several "
        "organizations, including Dunecrest Desalination Company of Abu Dhabi and the "
        "utility Prairie Grid Inc."
    )
    result = run(nlp, text)
    names = {e.name: e.cls for e in result.entities}
    assert not any(name.endswith(" of") for name in names)


# ---------------------------------------------------------------- acronyms


def test_an_acronym_defined_in_brackets_names_the_body_later(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The scheme was run by Ruritania's Ministry of Internal Security (MOIS). The "
        "Treasury designated two MOIS officers, Pavel Orlin and Marat Zhukov, for their roles."
    )
    works = facts(run(nlp, text), "worksFor")
    assert {("Pavel Orlin", "Ministry of Internal Security"),
            ("Marat Zhukov", "Ministry of Internal Security")} <= works  # fmt: skip


def test_the_title_of_a_firm_then_a_name_parsed_as_a_list(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "The managing director of X, A, an Iranian national, …": the parse makes A a
    conjunct of X; with only a comma between, A is the title holder."""
    text = (
        "The managing director of Gulf Crest Trading LLC, Farid Moradi, an Iranian "
        "national, was charged in the same indictment."
    )
    assert ("Farid Moradi", "Gulf Crest Trading LLC") in facts(run(nlp, text), "worksFor")


def test_a_list_of_firms_after_a_title_holds_no_employee(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The chief executives of Kestrel Bank, Orvane Capital and Dorval Lenz AG met."
    assert facts(run(nlp, text), "worksFor") == set()


def test_names_listed_after_front_companies_are_firms(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The group works through front companies, including Dara Kavosh Pardaz, which buy "
        "servers abroad."
    )
    assert typed(nlp, text).get("Dara Kavosh Pardaz") == "Company"


def test_names_listed_after_affiliates_stay_people(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "affiliates, including Lupu": affiliates of a gang may be people."""
    text = (
        "Ion Lupu, 29, of Chisinau, was charged. Affiliates, including Lupu, broke into "
        "victim networks."
    )
    assert "Company" not in {cls for name, cls in typed(nlp, text).items() if "Lupu" in name}


def test_a_word_of_letters_labelled_a_number_is_a_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """The model may label a one-word firm's name CARDINAL ("BelTrackSys is owned by
    …"): a lone capitalised word of letters is no number (set by hand: the label is the
    model's whim); "One" stays a number."""
    from spacy.tokens import Span

    from kg.extract.mentions import find_mentions

    doc = nlp("VexlarSys LLC makes cameras. VexlarSys is owned by One Calder Holdings Ltd.")
    i = [t.i for t in doc if t.text == "VexlarSys"][1]
    one = next(t.i for t in doc if t.text == "One")
    doc.set_ents([Span(doc, i, i + 1, "CARDINAL"), Span(doc, one, one + 1, "CARDINAL")])
    names = {m.name for m in find_mentions(doc)}
    assert "VexlarSys" in names and "One" not in names


def test_the_defendants_worked_for_a_firm(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "the defendants worked for Y": each person the release introduces with an age."""
    text = (
        "Dara Vosough, 38, and Ilya Moran, 34, both of Shiraz, were charged. According to "
        "the indictment, the defendants worked for Kavir Negar Sanat Company, a Shiraz-based "
        "firm."
    )
    works = facts(run(nlp, text), "worksFor")
    assert {("Dara Vosough", "Kavir Negar Sanat Company"),
            ("Ilya Moran", "Kavir Negar Sanat Company")} <= works  # fmt: skip


def test_the_victims_are_no_defendants(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Ana Ruiz, 38, of Plano, was charged. The victims worked for Kestrel Bank."
    assert facts(run(nlp, text), "worksFor") == set()


def test_an_object_relative_after_a_description_tells_of_the_name(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "X, a maker of lenses in Jena, Germany, which it acquired": the parse hangs the
    clause on a word of the description; what "it" acquired is X (and "it" is not X)."""
    text = (
        "Kestrel Industries owns Lindmark Optics GmbH, a maker of lenses in Jena, Germany, "
        "which it acquired in 2014."
    )
    assert ("Kestrel Industries", "Lindmark Optics GmbH") in facts(run(nlp, text), "acquires")


def test_what_a_firm_makes_and_sells_is_no_acquisition(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Kestrel Industries owns Lindmark Optics GmbH, a maker of lenses, which it sells."
    assert facts(run(nlp, text), "acquires") == set()


def test_a_town_and_state_before_a_firm_noun_is_one_place(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Commitments:\n\n- Tarrow Motors, the Austin, Texas electric-vehicle maker, will "
        "invest $600 million in Keystone Silicon for a minority stake."
    )
    assert ("Tarrow Motors", "Austin, Texas") in facts(run(nlp, text), "basedIn")


def test_a_state_opening_a_firms_name_joins_no_town(nlp) -> None:  # type: ignore[no-untyped-def]
    """Near miss: "Paris, Texas Instruments …": "Texas" opens a name, no town's state."""
    assert "Paris, Texas" not in typed(nlp, "He moved from Paris, Texas Instruments hired him.")


def test_a_legal_form_whose_stop_the_tokenizer_split(nlp) -> None:  # type: ignore[no-untyped-def]
    """ "Ostrava Automation a.s., a manufacturer in Brno": the name keeps its form's last
    stop, and the apposition the parse hangs on that stop describes the firm."""
    text = (
        "The hackers scanned for controllers made by Ostrava Automation a.s., a "
        "manufacturer in Brno, Czech Republic, whose controllers run small water systems."
    )
    result = run(nlp, text)
    assert "Ostrava Automation a.s." in {e.name for e in result.entities}
    assert ("Ostrava Automation a.s.", "Brno, Czech Republic") in facts(result, "basedIn")


def test_a_lower_case_legal_form_makes_a_firm_of_a_person_label(nlp) -> None:  # type: ignore[no-untyped-def]
    text = (
        "The hackers scanned for controllers made by Vysoka Controls a.s., a manufacturer "
        "in Plzen, Czech Republic."
    )
    assert typed(nlp, text).get("Vysoka Controls a.s.") == "Company"
