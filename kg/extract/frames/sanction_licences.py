"""Measures that take away a permission: "revoked the export licenses of X", "denied
export privileges to X", "suspends X's licence to operate".

A licence revoked, suspended or denied to a named holder is a restrictive measure on
the holder (an export licence or export privileges: an export control; any other
licence: a ban); "revoked the order" or "suspended the tariffs" is a measure ending,
which this module leaves alone (no licence word).

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = "The Commerce Department revoked the export licenses of Kestrel Dynamics."
>>> result = extract_doc(load_pipeline()(text), Article(id="d", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> [(names[s.imposer], s.kind, names[s.target]) for s in result.sanctions]
[('Commerce Department', 'ExportControl', 'Kestrel Dynamics')]
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kg.extract.frames.base import VerbClause
from kg.extract.frames.sanction_lists import ACTOR_TARGETS
from kg.extract.frames.syntax import children, preps

#: Verbs that take a permission away from its holder.
WITHDRAWING_VERBS: Final = frozenset({"revoke", "suspend", "deny", "cancel", "withdraw"})

#: Permissions a government grants and can take away ("Section 214 authority": a
#: regulator's grant to operate, a common noun, not a body named "Authority").
LICENCE_NOUNS: Final = frozenset(
    {"license", "licence", "privilege", "permit", "authorization", "authorisation", "authority"}
)

#: Nouns of taking a permission away, whose of-phrase names the permission ("the
#: revocation of X's licence").
WITHDRAWING_NOUNS: Final = frozenset({"revocation", "suspension", "withdrawal", "cancellation"})


def is_licence(token: Token) -> bool:
    """A permission's common noun ("export licenses", "Section 214 authority"), not a
    proper name ("the Palestinian Authority")."""
    return token.lemma_.lower() in LICENCE_NOUNS and token.pos_ == "NOUN"


def possessors(licence: Token) -> list[Token]:
    """The possessor of a permission: "X's licence", and "X's Section 214 authority",
    where the parse hangs the possessor on the name before the noun."""
    own = [c for c in licence.children if c.dep_ == "poss"]
    named = [c for c in licence.children if c.dep_ in {"nmod", "compound"}]
    return own + [k for c in named for k in c.children if k.dep_ == "poss"]


def revoked_licence(noun: Token) -> Token | None:
    """The permission a noun of withdrawing names in its of-phrase: "the revocation of
    X's authorization" → authorization; None for "the revocation of sanctions"."""
    if noun.lemma_.lower() not in WITHDRAWING_NOUNS:
        return None
    return next((t for t in preps(noun, "of") if is_licence(t)), None)


def held_by(r, licence: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Who holds a permission its own phrase names: "X's licence", "the licence of X"."""
    phrases = preps(licence, "of") + possessors(licence)
    found = [e for t in phrases for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS]
    return list(dict.fromkeys(found))


def licence_holders(clause: VerbClause) -> tuple[list[int], Token | None]:
    """Who loses the permission a withdrawing verb names, and the permission's word:
    "revoked the licenses of X" / "X's licenses", "denied export privileges to X",
    "X's licence was suspended", "X was denied export privileges"."""
    r, verb = clause.reader, clause.verb
    # "X was denied export privileges": the permission stays the object
    objects = children(verb, "nsubjpass", "dobj") if clause.passive else children(verb, "dobj")
    for obj in objects:
        if not is_licence(obj):
            continue
        phrases = preps(obj, "of") + possessors(obj)
        # "denied export privileges to X": the holder in the verb's to-phrase
        phrases += preps(verb, "to") + children(verb, "dative")
        if not preps(verb, "to"):
            # "denied … to Tessaro Optics" parsed as a verb phrase under "to"
            phrases += [t for p in children(verb, "prep") if p.lower_ == "to" for t in p.subtree]
        if obj.dep_ == "dobj":
            # "was denied export privileges" (the holder the subject); "denied X export
            # privileges", the holder parsed into the permission's compounds, unless an
            # of-phrase names it ("the U.S. operating permit of X": the issuer's state)
            compounds = [] if preps(obj, "of") else children(obj, "compound")
            phrases += children(verb, "nsubjpass") + compounds
        found = [e for t in phrases for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS]
        if found:
            return list(dict.fromkeys(found)), obj
    return [], None


def licence_kind(licence: Token) -> str:
    """ "export licenses", "export privileges" → ExportControl; any other → Ban."""
    words = {t.lower_ for t in licence.subtree if t.i < licence.i}
    return "ExportControl" if words & {"export", "exports", "exporting"} else "Ban"


#: Words of exporting that a licence requirement covers.
EXPORTING_WORDS: Final = frozenset(
    {"export", "exports", "reexport", "re-export", "ship", "transfer"}
)
