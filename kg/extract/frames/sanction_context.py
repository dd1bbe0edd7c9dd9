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
from kg.extract.frames.syntax import head_chain, modality
from kg.extract.lexicon import THREAT_WORDS
from kg.extract.tokens import token_table
from kg.model import Modality

#: How many sentences before the measure's may name the government acting.
_SENTENCES_BACK = 2

#: Dependencies of a name acting in its clause: "The Commission said / closed …".
_ACTING_DEPS = frozenset({"nsubj"})


def acting_before(r, sent: Span, exclude: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The government that is the subject of a clause in the sentences just before
    ``sent`` (the nearest one), other than ``exclude``; [] when none acts there."""
    doc = sent.doc
    start = sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    found = [
        m.entity
        for m in r.mentions
        if start <= m.start < sent.start
        and m.root.dep_ in _ACTING_DEPS
        and r.cls(m.entity) == "Government"
        and m.entity not in exclude
        and _asserted(m.root.head)
    ]
    return found[-1:]


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
