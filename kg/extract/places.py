"""A country or capital is a Government when it acts, a Location when it is a place.

"The US imposed tariffs", "Washington said", "tariffs imposed by Britain" and "US
sanctions" make the state an actor; "sales in the US", "a plant near Moscow" and "the
US's biggest phone firm" name a place. Within one article, one acting mention makes
the whole entity the state; otherwise it stays a place, under its own name ("Moscow",
not the "Russian government" the gazetteer gives for the capital acting).

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.mentions import find_mentions
>>> from kg.extract.entities import group_mentions
>>> nlp = load_pipeline()
>>> def classes(text):
...     doc = nlp(text)
...     return sorted((c.name, c.cls) for c in group_mentions(doc, find_mentions(doc)))
>>> classes("Kestrel Inc sells most of its phones in the US.")
[('Kestrel Inc', 'Company'), ('United States', 'Location')]
>>> classes("The US imposed tariffs on Kestrel Inc last year.")
[('Kestrel Inc', 'Company'), ('United States', 'Government')]
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from kg.extract.lexicon import COUNTRY_NAMES
from kg.extract.mentions import EntityCluster, Mention
from kg.extract.typing_words import PLACE_NAMES, WORLD_COUNTRIES

#: Nouns a state has or does: "US sanctions", "Britain's decision", "Japan's government".
STATE_NOUNS: Final = frozenset(
    {
        "government", "administration", "authorities", "authority", "official",
        "officials", "regulator", "regulators", "decision", "sanction", "sanctions",
        "ban", "embargo", "tariff", "tariffs", "duties", "quota", "quotas", "policy",
        "demand", "demands", "request", "move", "ruling", "president", "minister",
        "leader", "leaders", "ambassador", "embassy", "military", "army", "navy",
        "forces", "troops", "intelligence", "court", "courts", "prosecutor",
        "prosecutors", "law", "laws", "legislation", "legislators", "lawmakers",
        "parliament", "congress", "ministry", "department", "negotiators", "approval",
        "pressure", "threat", "threats", "complaint", "investigation", "probe",
        "crackdown", "state", "envoy", "diplomats", "spokesman", "spokeswoman",
        "retaliation", "veto", "objection", "objections", "offer", "proposal",
        "agency", "agencies", "regime", "security", "interests",
    }
)  # fmt: skip

#: A state's organs, named before "of" and the state ("the President of Peru").
_ORGANS: Final = frozenset(
    {"government", "president", "administration", "ministry", "minister", "embassy",
     "ambassador", "army", "military", "navy", "parliament", "congress", "court",
     "regime", "leader", "authority", "authorities", "behalf", "official"}
)  # fmt: skip

#: Nouns of what a state does, whose "by" names it: "commitments by Peru".
_ACT_NOUNS: Final = frozenset(
    {"commitment", "action", "measure", "decision", "statement", "announcement",
     "pledge", "effort", "sanction", "designation", "restriction", "ban", "tariff"}
)  # fmt: skip

#: Nouns whose "of" names a state acting through someone: "on behalf of", "agent of",
#: "the Governments of Japan and Norway" (a state's government is the state acting).
_AGENCY_NOUNS: Final = frozenset(
    {"behalf", "agent", "agents", "direction", "instruction", "government", "governments"}
)

#: Verbs whose object is a state, not a place ("to defraud the United States").
_ACTOR_OBJECT_VERBS: Final = frozenset(
    {"defraud", "harm", "threaten", "attack", "undermine", "deceive", "sue", "oppose",
     "urge", "ask", "accuse", "criticise", "criticize", "support", "help", "pressure",
     "warn", "join", "lobby", "persuade", "betray", "petition", "notify", "inform",
     "represent", "spy", "target", "retaliate", "sanction", "blame", "thank", "rebuff"}
)  # fmt: skip

#: Words of dealing between parties: "in partnership with Canada", "talks with Japan".
_DEALINGS: Final = frozenset(
    {"partnership", "cooperation", "coordination", "talk", "negotiation", "agreement",
     "deal", "dispute", "relation", "tie", "alliance", "consultation", "cooperate",
     "coordinate", "negotiate", "agree", "partner", "work", "sign", "side", "clash",
     "ally", "treaty", "pact", "accord", "friction", "row", "standoff", "consult",
     "commitment"}
)  # fmt: skip

#: Verbs only a state acting is the subject of: "Japan joined the statement", "Peru
#: signed the accord" (no place signs or pledges).
_STATE_VERBS: Final = frozenset(
    {"join", "sign", "ratify", "pledge", "commit", "endorse", "impose", "sanction",
     "condemn", "reaffirm", "recognize", "recognise", "welcome", "applaud", "urge",
     "partner", "cooperate", "declare", "designate", "retaliate", "negotiate", "vote",
     "expel", "announce", "agree"}
)  # fmt: skip

#: Verbs whose subject is a place, not an actor ("the US is the biggest market").
_PLACE_VERBS: Final = frozenset(
    {"be", "have", "remain", "become", "lie", "sit", "border", "account", "rank", "grow",
     "host", "include", "see", "experience", "face", "suffer", "lose", "gain"}
)  # fmt: skip


def is_place_mention(mention: Mention) -> bool:
    """A mention that names a country or capital by its bare name ("US", "Moscow",
    "Japan"), not a body of its state ("US government", "Kremlin")."""
    if mention.name.lower() in PLACE_NAMES or mention.name in COUNTRY_NAMES:
        return True
    if mention.name in WORLD_COUNTRIES and mention.source in {"ner", "propn"}:
        return True  # "Vanuatu", which the model took for a firm
    if mention.source in {"gazetteer", "body"} and mention.canonical in WORLD_COUNTRIES:
        return True  # "the UAE": a state the gazetteer knows under its short name
    # a place the model found ("Estonia"): the relations may still show it acting
    return mention.source == "ner" and all(t.ent_type_ == "GPE" for t in mention.span)


def acts(mention: Mention, strong: bool = False) -> bool:
    """Whether the place named by ``mention`` acts as a state in its sentence.

    ``strong``: only as an agent or a party to a dealing ("imposed by Peru", "in
    partnership with Peru"), where no place can stand; a place's subject may still be
    a place ("Peru continues to grow").
    """
    root = _first_conjunct(mention.root)
    head = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and not strong:
        return head.lemma_.lower() not in _PLACE_VERBS or _has_verb_complement(head)
    if root.dep_ == "nsubj" and head.lemma_.lower() in _STATE_VERBS:
        return True  # "Japan joined the statement": only a state signs or joins
    if root.dep_ == "pobj" and head.dep_ == "agent":
        return True  # "imposed by the US"
    if root.dep_ == "pobj" and head.lower_ == "by" and head.head.lemma_.lower() in _ACT_NOUNS:
        return True  # "the commitments by Peru and Chile": what only a state commits to
    if root.dep_ == "pobj" and head.lower_ == "with":
        return head.head.lemma_.lower() in _DEALINGS  # "in partnership with Canada"
    if root.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _AGENCY_NOUNS:
        return True  # "on behalf of Peru", "an agent of Peru": only a state has agents
    if root.dep_ == "pobj" and head.lower_ == "against" and head.head.lemma_.lower() in STATE_NOUNS:
        return True  # "sanctions against Peru": measures a state takes against a state
    if strong:
        return False
    if root.dep_ in {"poss", "compound", "nmod"} and head.i != root.i:
        return _state_word(head)
    if root.dep_ == "dobj":
        return head.lemma_.lower() in _ACTOR_OBJECT_VERBS  # "to defraud the United States"
    if root.dep_ == "pobj":
        owner = head.head
        if head.lower_ == "of":
            return owner.lemma_.lower() in _ORGANS  # "the Government of Peru"
        if head.lower_ == "against":
            return True  # "crimes against the United States", "sanctions against Russia"
    return False


def _first_conjunct(root: Token) -> Token:
    """The first item of the list a name stands in ("the US and Japan agreed"), also
    across an item named with "of" ("Korea" in "Republic of Korea, Sweden and …").

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The governments of Peru, the Republic of Korea and Chile met.")
    >>> _first_conjunct(doc[-3]).text
    'Peru'
    """
    while root.head.i < root.i:
        head = root.head
        if root.dep_ in {"conj", "appos"}:
            root = head
        elif (
            root.dep_ == "pobj"
            and head.lower_ == "of"
            and head.head.pos_ == "PROPN"
            and head.head.dep_ in {"conj", "appos"}
        ):
            root = head.head  # "Korea" inside "Republic of Korea": the item is "Republic"
        else:
            break
    return root


def _state_word(token: Token) -> bool:
    return token.lower_ in STATE_NOUNS or token.lemma_.lower() in STATE_NOUNS


def _has_verb_complement(verb: Token) -> bool:
    """ "The US has imposed…", "Japan is seeking…": an auxiliary before the real verb."""
    return verb.pos_ == "AUX" and any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)


def settle_places(clusters: list[EntityCluster]) -> None:
    """Type every country or capital entity by how the article uses it.

    An entity is a place entity when all its mentions name it by a bare place name;
    it is a Government when one of them acts, else a Location named by its most
    frequent bare name when the canonical one is a government's ("Moscow", not
    "Russian government").
    """
    for cluster in clusters:
        if cluster.cls not in {"Government", "Location"} or not cluster.mentions:
            continue
        if not all(is_place_mention(m) for m in cluster.mentions):
            continue
        # a place the model found (no gazetteer state) is promoted only where no place
        # can stand; the relation rules promote it when it imposes or is sanctioned
        strong = cluster.cls == "Location"
        if any(acts(m, strong) for m in cluster.mentions):
            cluster.cls = "Government"
            continue
        cluster.cls = "Location"
        if (
            cluster.name not in COUNTRY_NAMES
            and cluster.name not in WORLD_COUNTRIES
            and cluster.name.lower() not in PLACE_NAMES
        ):
            # a capital that does not act is the city, not the "Russian government"
            names = [m.name for m in cluster.mentions]
            # the most used name; among equals the fullest, then the first written (a
            # set's order would make the name differ from run to run)
            place = max(names, key=lambda n: (names.count(n), len(n.split()), len(n)))
            cluster.aliases.add(cluster.name)
            cluster.aliases.discard(place)
            cluster.aliases = {a for a in cluster.aliases if a.lower() in PLACE_NAMES}
            cluster.name = place
