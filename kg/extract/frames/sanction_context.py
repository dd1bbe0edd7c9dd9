"""Who imposes a fine stated in the passive with no one named, when the article has
reported no measure before: the government that acts (not only threatens) in the
sentences just before ("The competition authority closed its inquiry on Tuesday. Orvane was fined
5 million euros for abusing its position": the authority fined Orvane).

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = ("The European Commission closed its inquiry into the cartel on Tuesday. "
...         "Volta Media Ltd. was fined 5 million euros.")
>>> result = extract_doc(load_pipeline()(text), Article(id="d", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> [(names[s.imposer], s.kind, names[s.target]) for s in result.sanctions]
[('European Commission', 'Fine', 'Volta Media Ltd.')]
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.frames.base import VerbClause
from kg.extract.frames.sanction_words import POWER_WORDS
from kg.extract.frames.syntax import head_chain, is_passive, modality, subject
from kg.extract.lexicon import IMPOSE_VERBS, SANCTION_NOUNS, SANCTION_VERBS, THREAT_WORDS
from kg.extract.tokens import token_table
from kg.model import Modality

#: How many sentences before the measure's may name the government acting.
_SENTENCES_BACK = 2

#: Dependencies of a name acting in its clause: "The Commission said / closed …".
_ACTING_DEPS = frozenset({"nsubj"})


def acting_before(r, sent: Span, exclude: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The government that is the subject of a clause, stated as done, in the sentences just before
    ``sent`` (the nearest one), other than ``exclude``; [] when none acts there."""
    return _government_subject_before(r, sent, exclude, _asserted)


def _government_subject_before(  # type: ignore[no-untyped-def]
    r, sent: Span, exclude: list[int], verb_fits
) -> list[int]:
    """The nearest government, other than ``exclude``, that is the subject of a verb
    ``verb_fits`` accepts in the :data:`_SENTENCES_BACK` sentences before ``sent``."""
    doc = sent.doc
    table = token_table(doc)
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = table.sentence(doc, start - 1)[0]
    found = [
        m.entity
        for m in r.mentions
        if start <= m.start < sent.start
        and m.root.dep_ in _ACTING_DEPS
        and r.cls(m.entity) == "Government"
        and m.entity not in exclude
        and verb_fits(m.root.head)
    ]
    return found[-1:]


#: The confidence of a measure whose government is read off the sentences before it.
BEFORE_CONFIDENCE = 0.6

#: Verbs of a government taking a measure or announcing one, whose subject a measure
#: stated after them with no government belongs to ("BIS issued a denial order",
#: "Treasury announced new sanctions", "OFAC acted today against …"); not "the FBI
#: investigated".
_MEASURING_VERBS = (
    IMPOSE_VERBS | frozenset(SANCTION_VERBS) | {"act", "take", "adopt", "add", "target"}
)

#: Words that point a measure's noun back to one just reported: "the sanctions",
#: "this action", "today's designation".
_BACK_WORDS = frozenset({"the", "this", "these", "those", "today"})


def government_before(  # type: ignore[no-untyped-def]
    r, anchor: Token, sent: Span, targets: list[int]
) -> list[int]:
    """The government of a measure stated with none where its own sentence names
    none (and no leader acts in it): the one that took or announced a measure in the
    sentences just before ("BIS issued a denial order today. Under the order, X is
    denied export privileges"; "Treasury announced new sanctions. The sanctions target
    X"); [] when none did, when a by-phrase names someone else ("was banned from
    bidding by a vote of its board"), or when a measure's noun does not point back
    ("Sanctions on X are possible")."""
    if r.nearest_government(sent, exclude=targets):
        return []  # a government in the measure's own sentence: the sentence's rules
    if anchor.pos_ in {"VERB", "AUX"}:
        if any(t.lower_ == "by" for t in anchor.subtree):
            return []
        leader = subject(anchor)
        if not is_passive(anchor) and leader is not None and r.leader_state(leader) is not None:
            return []
    elif not any(c.lower_ in _BACK_WORDS for c in anchor.children if c.dep_ in {"det", "poss"}):
        return []
    return _measuring_before(r, sent, targets)


#: What "announced / issued / imposed" must have as object to state a measure: a
#: measure's noun, or an order, rule or action ("issued a denial order"; not
#: "announced the case").
_MEASURE_OBJECTS = frozenset(SANCTION_NOUNS) | {"order", "rule", "action", "determination"}


def _measuring(verb: Token) -> bool:
    """A verb stating a measure taken: a sanction verb, "acted", or "announced /
    issued" a measure."""
    lemma = verb.lemma_.lower()
    if lemma not in _MEASURING_VERBS:
        return False
    if lemma not in IMPOSE_VERBS:
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(o.lemma_.lower() in _MEASURE_OBJECTS for o in objects)


def _measuring_before(r, sent: Span, exclude: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The nearest government that is the subject of a measuring verb, stated as done,
    in the sentences just before ``sent``, other than ``exclude``."""
    return _government_subject_before(
        r, sent, exclude, lambda verb: _measuring(verb) and _asserted(verb)
    )


def _asserted(verb) -> bool:  # type: ignore[no-untyped-def]
    """A clause stated as done: not "has threatened to fine X", "may fine X"."""
    return verb.lemma_.lower() not in THREAT_WORDS and modality(verb, verb.sent) == "asserted"


#: Words making a measure a possibility: "a maximum fine", "a potential ban".
_POSSIBLE_WORDS = frozenset({"maximum", "potential", "possible", "statutory", "up"})


def faced_as_done(verb) -> bool:  # type: ignore[no-untyped-def]
    """ "faced" or "has faced": a measure undergone, not one ahead ("faces", "will
    face")."""
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and perfect)


def possible_measure(measure) -> bool:  # type: ignore[no-untyped-def]
    """ "a maximum fine of $1 million", "a fine of up to $500,000": a measure the law
    allows, not one imposed."""
    return any(t.lower_ in _POSSIBLE_WORDS for t in measure.subtree)


#: Classes a short name may stand for: the firms and people an article names in full
#: first ("Vandermeulen Coatings" … "Vandermeulen was fined").
_SHORT_NAMED = frozenset({"Company", "Person", "Organization"})


def short_name(r, token) -> list[int]:  # type: ignore[no-untyped-def]
    """The one firm or person whose full name, given earlier, starts with (or, for a
    person, ends with) the unrecognised proper noun ``token`` ("Vandermeulen" for
    "Vandermeulen Coatings"); [] when none or several do."""
    if token is None or token.pos_ != "PROPN" or token.i in r.index or len(token.text) < 3:
        return []
    word = token.text
    found = {
        m.entity
        for m in r.mentions
        if m.start < token.i
        and r.cls(m.entity) in _SHORT_NAMED
        and m.end - m.start > 1
        and (
            token_table(m.doc).text[m.start] == word
            or (r.cls(m.entity) == "Person" and token_table(m.doc).text[m.end - 1] == word)
        )
    }
    return list(found) if len(found) == 1 else []


def clause_modality(clause: VerbClause) -> Modality:
    """The clause's modality, "threatened" where the measure is a power granted ("is
    authorized to impose sanctions on X", "authorizes Treasury to block …")."""
    found: Modality = clause.modality
    return "threatened" if found == "asserted" and empowered(clause.verb) else found


def empowered(token: Token) -> bool:
    """A measure governed by a grant of power: "authorized to", "authority to",
    "will be able to"."""
    return any(t.i != token.i and t.lemma_.lower() in POWER_WORDS for t in head_chain(token, 4))
