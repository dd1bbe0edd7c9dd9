"""Targets named first and then described as under a measure: "Iran, a country
subject to U.S. sanctions", "Sudan and Cuba, countries subject to a U.S. embargo",
"Kestrel Partners, an entity designated by OFAC", "X is a company designated by the
Treasury". The description's noun is a group word ("country", "entity", "company");
the names are the ones set right before its comma, however the parse attached it.
A group pointed back to ("sanctions against those regimes", "the prohibitions with
respect to these entities") stands for the names of the sentence or the one before.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("They shipped parts to Iran, a country subject to U.S. sanctions.")
>>> [t.text for t in doc if described_group(t) is not None]
['subject']
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.frames.sanction_kinds import is_country
from kg.extract.frames.sanction_lists import ACTOR_TARGETS
from kg.extract.frames.sanction_words import PLACE_GROUPS, TARGET_GROUPS
from kg.extract.frames.syntax import children, conjuncts, preps, subject
from kg.extract.lexicon import count_of
from kg.extract.tokens import sentence_bounds, token_table

if TYPE_CHECKING:
    from kg.extract.frames.reader import ArticleReader

#: Words joining the names of a list: "A, B and C", "A or B".
_JOINERS = frozenset({",", "and", "or"})

#: Determiners pointing back to names already given: "these entities", "those regimes".
_POINTING = frozenset({"these", "those", "both"})

#: Group nouns for states, besides the place groups: "those regimes".
_STATE_GROUPS = PLACE_GROUPS | {"regime", "government"}


def described_group(word: Token) -> Token | None:
    """The group noun a describing word ("subject" in "subject to", a participle such
    as "designated") is said of: the noun it modifies ("a country subject to") or the
    subject the parse gave it ("countries subject to" read as a clause)."""
    if word.dep_ in {"amod", "acl"} and word.head.lemma_.lower() in TARGET_GROUPS:
        return word.head
    nouns = [c for c in children(word, "nsubj") if c.lemma_.lower() in TARGET_GROUPS]
    return nouns[0] if nouns else None


def described_names(r: ArticleReader, group: Token) -> list[int]:
    """The names a group noun describes: the name it is set beside ("X, an entity …"),
    the subject of its copula ("X is an entity …"), or the names ending at the comma
    its phrase opens with ("Sudan and Cuba, countries …"); only countries for "country",
    "nation" and the like, only firms, people and bodies for the other groups."""
    found: list[int] = []
    if group.dep_ == "appos":
        found = r.entities(group.head)
    elif group.dep_ == "attr" and group.head.lemma_ == "be":
        found = r.entities(subject(group.head))
    if not found:
        found = names_before(r, group.left_edge.i)
    if group.lemma_.lower() in PLACE_GROUPS:
        return [e for e in found if is_country(r, e)]
    return [e for e in found if r.cls(e) in ACTOR_TARGETS and not is_country(r, e)]


def names_before(r: ArticleReader, start: int) -> list[int]:
    """The names of the list that ends with the comma right before token ``start``
    ("… to Sudan and Cuba, countries …" → Sudan, Cuba); [] without such a comma."""
    doc = r.doc
    comma = start - 1
    if comma < 1 or token_table(doc).text[comma] != ",":
        return []
    found: list[int] = []
    end = comma  # the token after the name looked for
    floor = doc[comma].sent.start
    while end > floor:
        mention = r.index.get(end - 1)
        if mention is None or mention.end != end:
            break
        found.append(mention.entity)
        i = mention.start - 1
        while i >= floor and token_table(doc).lower[i] in _JOINERS:
            i -= 1
        if i == mention.start - 1:
            break  # no joiner before the name: the list starts with it
        end = i + 1
    return list(dict.fromkeys(reversed(found)))


def referred_names(r: ArticleReader, group: Token) -> list[int]:
    """The names a group pointed back to stands for ("these entities", "those
    regimes", "both countries"): of the group's kind (countries for state words, firms,
    people and organisations otherwise), those named before it in its sentence, else in the
    sentence before; [] for any other noun."""
    lemma = group.lemma_.lower()
    if lemma not in TARGET_GROUPS | _STATE_GROUPS:
        return []
    if not any(c.dep_ in {"det", "predet"} and c.lower_ in _POINTING for c in group.children):
        return []
    states = lemma in _STATE_GROUPS

    def fits(e: int) -> bool:
        # "these entities" after "the Treasury designated A and B": the firms, not
        # the government acting on them
        return is_country(r, e) if states else r.cls(e) in {"Company", "Person", "Organization"}

    sent = group.sent
    spans = [(sent.start, group.i)]
    if sent.start > 0:
        before = group.doc[sent.start - 1].sent
        spans.append((before.start, before.end))
    for start, end in spans:
        found = [m.entity for m in r.mentions if start <= m.start < end and fits(m.entity)]
        if found:
            return list(dict.fromkeys(found))
    return []


def defendants_named(r: ArticleReader, verb: Token, passive: bool) -> list[int]:
    """ "designated X and the six defendants", "each of the defendants": the people and
    firms the article has charged so far (as many as the group counts, if it does)."""
    lower = token_table(verb.doc).lower
    start, end = sentence_bounds(verb)
    # (a word table look-up first: most measures name no defendants; a passive's
    # subject comes before the verb)
    if passive and not {"defendant", "defendants"} & set(lower[start:end]):
        return []
    if not passive and "defendants" not in lower[verb.i : end]:
        return []
    objects = children(verb, "nsubjpass" if passive else "dobj")
    groups = [c for o in objects for c in conjuncts(o)]
    groups += [p for g in groups if g.lower_ in {"each", "all"} for p in preps(g, "of")]
    group = next((g for g in groups if g.lemma_.lower() == "defendant" and _pointing_back(g)), None)
    if group is None:
        return []
    charged = list(
        dict.fromkeys(
            f.object
            for f in r.found.facts
            if f.predicate == "charges" and r.cls(f.object) in {"Person", "Company"}
        )
    )
    counts = [c for c in group.children if c.dep_ == "nummod"]
    if counts and count_of(counts[0].text) != len(charged):
        return []  # "the two defendants" after three charged: some other group
    return charged


def _pointing_back(noun: Token) -> bool:
    """A group said with a definite article or a demonstrative: "the defendants"."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children)
