"""Open triples: each construction on real sentences through the real pipeline
(none from CaRB's dev set), negative cases, and rules on hand-built parses."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.openie import Clause, extract_clauses, open_triples, to_open_triple
from kg.extract.openie_carb import extract_tokenised, tokenised_doc


def clauses(nlp, text: str) -> list[Clause]:  # type: ignore[no-untyped-def]
    return [c for sent in nlp(text).sents for c in extract_clauses(sent)]


def triples(nlp, text: str) -> set[tuple[str, str, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return {
        (c.subject.text, c.relation, tuple(o.text for o in c.objects)) for c in clauses(nlp, text)
    }


def find(found: list[Clause], subject: str, relation: str) -> Clause:
    for c in found:
        if c.subject.text == subject and c.relation == relation:
            return c
    shown = [(c.subject.text, c.relation) for c in found]
    raise AssertionError(f"no ({subject!r}, {relation!r}) among {shown}")


# --- the real pipeline --------------------------------------------------------------


@pytest.mark.model
def test_active_voice_with_object_and_adjuncts(nlp) -> None:  # type: ignore[no-untyped-def]
    c = find(
        clauses(nlp, "The Commerce Department added Huawei to the Entity List in May 2019."),
        "The Commerce Department",
        "added",
    )
    assert [o.text for o in c.objects] == ["Huawei", "to the Entity List", "in May 2019"]
    assert not c.passive and c.modality == "asserted"
    assert c.verb is not None and c.verb.lemma_ == "add"
    assert [c.subject.doc[i].text for i in c.relation_tokens] == ["added"]


@pytest.mark.model
def test_passive_keeps_its_wording_and_the_agent_leads(nlp) -> None:  # type: ignore[no-untyped-def]
    found = clauses(nlp, "Alibaba was fined $2.8 billion by Chinese regulators in April 2021.")
    c = find(found, "Alibaba", "was fined by")
    assert c.passive
    assert c.objects[0].text == "Chinese regulators"
    assert "$2.8 billion" in [o.text for o in c.objects]


@pytest.mark.model
def test_copula_and_apposition(nlp) -> None:  # type: ignore[no-untyped-def]
    assert ("Huawei", "is", ("a Chinese telecommunications company",)) in triples(
        nlp, "Huawei is a Chinese telecommunications company."
    )
    # An adjective's preposition joins the relation, negation stays on it.
    c = find(
        clauses(nlp, "The company was not aware of the export restrictions."),
        "The company",
        "was not aware of",
    )
    assert [o.text for o in c.objects] == ["the export restrictions"] and c.negated
    found = clauses(
        nlp, "SenseTime, a Hong Kong-based AI company, develops facial recognition software."
    )
    appos = find(found, "SenseTime", "is")
    assert [o.text for o in appos.objects] == ["a Hong Kong-based AI company"]
    assert appos.verb is None and appos.relation_tokens == ()
    # The verb's own clause is more certain than what the noun phrase implies.
    assert find(found, "SenseTime", "develops").confidence > appos.confidence


@pytest.mark.model
def test_relative_clauses_take_the_noun_they_modify(nlp) -> None:  # type: ignore[no-untyped-def]
    got = triples(
        nlp, "The Treasury sanctioned SenseTime, which operated surveillance systems in Xinjiang."
    )
    assert ("The Treasury", "sanctioned", ("SenseTime",)) in got
    assert ("SenseTime", "operated", ("surveillance systems", "in Xinjiang")) in got
    got = triples(
        nlp, "The chipmaker, which was founded in 1987, supplies processors to Apple and Samsung."
    )
    assert ("The chipmaker", "was founded in", ("1987",)) in got


@pytest.mark.model
def test_participles_read_passive(nlp) -> None:  # type: ignore[no-untyped-def]
    found = clauses(nlp, "The list includes firms sanctioned by the Treasury in 2021.")
    c = find(found, "firms", "are sanctioned by")
    assert c.passive and [o.text for o in c.objects] == ["the Treasury", "in 2021"]
    found = clauses(nlp, "The company, fined by regulators last year, appealed.")
    assert find(found, "The company", "was fined by").objects[0].text == "regulators"
    # The aside is no part of the subject of the main verb.
    assert all(c.subject.text == "The company" for c in found)
    found = clauses(nlp, "Founded in 1987, the chipmaker supplies processors to Apple.")
    assert find(found, "the chipmaker", "is founded in").passive


@pytest.mark.model
def test_existential_there(nlp) -> None:  # type: ignore[no-untyped-def]
    got = triples(nlp, "There were repeated attempts by hackers to steal the designs.")
    assert ("repeated attempts", "were by", ("hackers",)) in got
    # An infinitive's doer is unsaid: the attempts do not steal.
    assert not any(rel == "steal" for _, rel, _ in got)


@pytest.mark.model
def test_prepositional_gerund_gives_its_own_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    found = clauses(nlp, "The engineer was convicted last year for attempting economic espionage.")
    main = find(found, "The engineer", "was convicted")
    assert "for attempting economic espionage" in [o.text for o in main.objects]
    inner = find(found, "The engineer", "attempting")
    assert [o.text for o in inner.objects] == ["economic espionage"]


@pytest.mark.model
def test_coordinated_subjects_and_verbs_split(nlp) -> None:  # type: ignore[no-untyped-def]
    got = triples(nlp, "ZTE and Huawei were charged with stealing trade secrets.")
    assert ("ZTE", "were charged with", ("stealing trade secrets",)) in got
    assert ("Huawei", "were charged with", ("stealing trade secrets",)) in got
    got = triples(nlp, "The company designed the chips and sold them to Iran.")
    assert ("The company", "designed", ("the chips",)) in got
    assert ("The company", "sold", ("them", "to Iran")) in got


@pytest.mark.model
def test_open_complements_join_the_relation(nlp) -> None:  # type: ignore[no-untyped-def]
    got = triples(nlp, "The company agreed to pay a $1.19 billion penalty.")
    assert ("The company", "agreed to pay", ("a $1.19 billion penalty",)) in got


@pytest.mark.model
def test_negation_and_modality_stay_on_the_relation(nlp) -> None:  # type: ignore[no-untyped-def]
    c = find(
        clauses(nlp, "The firm did not sell equipment to North Korea."), "The firm", "did not sell"
    )
    assert c.negated and c.modality == "negated"
    c = find(
        clauses(nlp, "The United States may ban TikTok next year."), "The United States", "may ban"
    )
    assert c.modality == "threatened" and not c.negated
    c = find(
        clauses(nlp, "Commerce threatened to revoke the license."),
        "Commerce",
        "threatened to revoke",
    )
    assert c.modality == "threatened"
    assert c.verb is not None and c.verb.lemma_ == "revoke"  # what is threatened
    c = find(
        clauses(nlp, "The defendant allegedly smuggled components to China."),
        "The defendant",
        "allegedly smuggled",
    )
    assert c.modality == "alleged"


@pytest.mark.model
def test_reported_speech_gives_the_report_and_the_inner_clause(nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Prosecutors alleged that the executive had lied to banks about the business in Iran."
    found = clauses(nlp, text)
    report = find(found, "Prosecutors", "alleged that")
    assert report.objects[0].text.startswith("the executive had lied")
    assert report.modality == "asserted"  # they did allege it ...
    assert find(found, "the executive", "had lied to").modality == "alleged"  # ... it is alleged
    # Fronted speech: the clause comes first, the speaker after.
    found = clauses(nlp, "The company had violated export controls, prosecutors said.")
    said = find(found, "prosecutors", "said")
    assert said.objects[0].text == "The company had violated export controls"
    find(found, "The company", "had violated")


@pytest.mark.model
def test_titles_before_names(nlp) -> None:  # type: ignore[no-untyped-def]
    got = triples(nlp, "Deputy Treasury Secretary Wally Adeyemo announced the sanctions.")
    assert ("Wally Adeyemo", "is", ("Deputy Treasury Secretary",)) in got
    # A form of address is no description.
    assert not any(rel == "is" for _, rel, _ in triples(nlp, "Mr. Baker announced the sanctions."))


@pytest.mark.model
def test_no_clause_from_a_verbless_heading(nlp) -> None:  # type: ignore[no-untyped-def]
    assert clauses(nlp, "Export Controls and Sanctions") == []
    assert open_triples(nlp("")) == []


@pytest.mark.model
def test_open_triples_cover_every_sentence(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("ZTE paid a fine. Huawei makes 5G gear.")
    got = open_triples(doc)
    assert {(t.arg1, t.relation, t.args) for t in got} >= {
        ("ZTE", "paid", ("a fine",)),
        ("Huawei", "makes", ("5G gear",)),
    }
    assert {t.sentence for t in got} == {"ZTE paid a fine.", "Huawei makes 5G gear."}
    assert all(0.0 < t.confidence <= 1.0 for t in got)


@pytest.mark.model
def test_tokenised_input_keeps_the_files_words(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = tokenised_doc(nlp, "Huawei -LRB- China -RRB- did n't sell `` chips '' .")
    assert [t.text for t in doc][:4] == ["Huawei", "-LRB-", "China", "-RRB-"]
    [got, empty] = extract_tokenised(nlp, ["The firm did n't sell `` chips '' to Iran .", "  "])
    assert empty == []
    assert ("The firm", "did n't sell") in {(t.arg1, t.relation) for t in got}


# --- hand-built parses: the rules without a model ------------------------------------


#: English lexical attributes (lower case, shapes) without any trained model.
VOCAB = spacy.blank("en").vocab


def parsed(words, heads, deps, pos, tags=None) -> Doc:  # type: ignore[no-untyped-def]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_rule_passive_with_agent_on_a_hand_built_parse() -> None:
    # "Alibaba was fined by regulators ."
    doc = parsed(
        ["Alibaba", "was", "fined", "by", "regulators", "."],
        [2, 2, 2, 2, 3, 2],
        ["nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"],
        ["PROPN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"],
        ["NNP", "VBD", "VBN", "IN", "NNS", "."],
    )
    [c] = extract_clauses(doc[:])
    assert (c.subject.text, c.relation, [o.text for o in c.objects]) == (
        "Alibaba",
        "was fined by",
        ["regulators"],
    )
    assert c.passive and c.relation_tokens == (1, 2, 3)
    assert to_open_triple(c).args == ("regulators",)


def test_rule_relative_pronoun_object_stands_for_the_noun() -> None:
    # "the chips which ZTE sold grew" -> ZTE; sold; the chips
    doc = parsed(
        ["the", "chips", "which", "ZTE", "sold", "grew"],
        [1, 5, 4, 4, 1, 5],
        ["det", "nsubj", "dobj", "nsubj", "relcl", "ROOT"],
        ["DET", "NOUN", "PRON", "PROPN", "VERB", "VERB"],
        ["DT", "NNS", "WDT", "NNP", "VBD", "VBD"],
    )
    got = {
        (c.subject.text, c.relation, tuple(o.text for o in c.objects))
        for c in extract_clauses(doc[:])
    }
    assert ("ZTE", "sold", ("the chips",)) in got


def test_rule_coordinated_verb_shares_subject_and_auxiliary() -> None:
    # "units were mobilized and recalled to duty"
    doc = parsed(
        ["units", "were", "mobilized", "and", "recalled", "to", "duty"],
        [2, 2, 2, 2, 2, 4, 5],
        ["nsubjpass", "auxpass", "ROOT", "cc", "conj", "prep", "pobj"],
        ["NOUN", "AUX", "VERB", "CCONJ", "VERB", "ADP", "NOUN"],
        ["NNS", "VBD", "VBN", "CC", "VBN", "IN", "NN"],
    )
    got = {
        (c.subject.text, c.relation, tuple(o.text for o in c.objects))
        for c in extract_clauses(doc[:])
    }
    assert ("units", "were recalled to", ("duty",)) in got


def test_rule_negation_on_a_hand_built_parse() -> None:
    doc = parsed(
        ["ZTE", "did", "not", "sell", "chips"],
        [3, 3, 3, 3, 3],
        ["nsubj", "aux", "neg", "ROOT", "dobj"],
        ["PROPN", "AUX", "PART", "VERB", "NOUN"],
        ["NNP", "VBD", "RB", "VB", "NNS"],
    )
    [c] = extract_clauses(doc[:])
    assert c.relation == "did not sell" and c.negated and c.modality == "negated"


def test_rule_no_subject_no_clause() -> None:
    # An imperative or a fragment: a verb with nobody doing it.
    doc = parsed(["Sell", "chips"], [0, 0], ["ROOT", "dobj"], ["VERB", "NOUN"], ["VB", "NNS"])
    assert extract_clauses(doc[:]) == []


@pytest.mark.parametrize(
    "text",
    [
        "Velmora Systems and Orvane Capital sold drones to Kestrel Dynamics.",
        "The board, which Orvane Capital controls, told Velmora Systems to sell its drones.",
        "Workers hired by Kestrel Dynamics said Velmora Systems had sold the turbines.",
        "Orvane Capital bought the firm and Velmora Systems was paid by the buyers.",
    ],
)
def test_keep_subject_keeps_the_same_clauses_as_a_filter_after(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    """A subject test handed to extract_clauses (which skips the spans of subjects
    it rejects) keeps exactly the clauses a filter on the full list keeps."""
    sent = next(nlp(text).sents)

    def capitalised(head: spacy.tokens.Token) -> bool:
        return head.text[:1].isupper() and head.i > 0

    def key(c: Clause) -> tuple[object, ...]:
        return (c.subject.start, c.subject.end, c.relation, c.confidence, c.rule)

    everything = extract_clauses(sent, nominal=False)
    wanted = [key(c) for c in everything if capitalised(c.subject.root)]
    assert wanted  # the sentence has a clause to keep
    assert [
        key(c) for c in extract_clauses(sent, keep_subject=capitalised, nominal=False)
    ] == wanted
