"""Whose a government body is, by the words before its name (``partOf``): a state's
("the Republic of Ghana's Ministry of Lands", "Norway, whose Ministry of Trade is
imposing …"), or an agency's whose acronym opens the name ("the BIS Office of Export
Enforcement", "the Bureau of Industry and Security (BIS) Office of …").

A release working with an ally names the ally's ministry by the country's possessive,
or by "whose" after the country; the body's own name does not say whose it is. Only
a government body after a country acting as a state counts: "China's Huawei" is a firm, and "the
Treasury's Office of …" (a body's body) is read by the body names themselves
(:mod:`kg.extract.bodies`).

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = "The Republic of Ghana's Ministry of Lands suspended the licences of Tamsin Ltd."
>>> result = extract_doc(load_pipeline()(text), Article(id="doc", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> [(names[f.subject], names[f.object]) for f in result.facts if f.predicate == "partOf"]
[('Ministry of Lands', 'Republic of Ghana')]
"""

from __future__ import annotations

from typing import Final

from kg.extract.frames.reader import ArticleReader
from kg.extract.lexicon import COUNTRY_NAMES
from kg.extract.mentions import Mention
from kg.extract.tokens import token_table
from kg.extract.typing_words import WORLD_COUNTRIES

#: The possessive endings a tokenizer splits off ("Ghana's", "the Philippines'").
_POSSESSIVES: Final = frozenset({"'s", "’s", "'", "’"})
#: Words of a country's formal name ("Republic of Korea", "United Kingdom").
_STATE_WORDS: Final = frozenset({"republic", "kingdom", "federation", "emirates", "commonwealth"})
#: Short names of states a release uses for them.
_STATE_SHORT: Final = frozenset({"PRC", "DPRK", "ROK", "UK", "U.K.", "US", "U.S.", "USA"})


def _is_country(reader: ArticleReader, entity: int) -> bool:
    """Whether an entity is a country (a state acting or a place): by a name or alias
    of a known state, or by a formal state name ("Republic of Mozambique")."""
    cluster = reader.clusters[entity]
    if cluster.cls not in {"Government", "Location"}:
        return False
    names = (cluster.name, *cluster.aliases)
    known = any(n in WORLD_COUNTRIES or n in COUNTRY_NAMES or n in _STATE_SHORT for n in names)
    return known or _formal(cluster.name)


def _formal(name: str) -> bool:
    """A state's formal name: "Republic of Mozambique", "United Kingdom" (not "Kingdom
    Holding Company")."""
    words = name.lower().split()
    if _STATE_WORDS.intersection(words) and "of" in words[:3]:
        return True
    return name.lower() in {"united kingdom", "russian federation"}


def state_of_body(reader: ArticleReader, body: Mention) -> int | None:
    """The country whose government body ``body`` is, by the words right before the
    body's name: "<country>'s <body>" or "<country>, whose <body>"; else None."""
    doc, start = reader.doc, body.start
    if start < 2:
        return None
    before = doc[start - 1].lower_
    if doc[start - 1].text in _POSSESSIVES:
        owner_end = start - 1  # "Ghana's Ministry of …"
    elif before == "whose" and start >= 3 and doc[start - 2].text == ",":
        owner_end = start - 2  # "Norway, whose Ministry of …"
    else:
        return None
    owner = reader.index.get(owner_end - 1)
    if owner is not None and owner.end == owner_end:
        found: int | None = owner.entity
    elif owner is None:
        # "Mozambique's Ministry of …" that the model took as one name: the country the
        # article names elsewhere
        found = _country_named(reader, doc[owner_end - 1].text)
    else:
        return None
    if found is None or found == body.entity:
        return None
    if not _is_country(reader, found) or _is_country(reader, body.entity):
        return None
    # only a state the article treats as a government (acting, or named formally: "the
    # Republic of Korea, whose …"), not a place ("China's commerce ministry said"):
    # news and court releases name such ministries in passing, and leave them out
    state = reader.cls(found) == "Government" or _formal(reader.clusters[found].name)
    return found if state else None


def _country_named(reader: ArticleReader, word: str) -> int | None:
    """The article's country entity a bare word names ("Mozambique" for the
    "Republic of Mozambique"), or None."""
    if word not in WORLD_COUNTRIES and word not in COUNTRY_NAMES and word not in _STATE_SHORT:
        return None
    for i, cluster in enumerate(reader.clusters):
        names = (cluster.name, *cluster.aliases)
        if any(n == word or n.endswith(f" of {word}") for n in names):
            return i
    return None


def agency_named_before(reader: ArticleReader, body: Mention) -> int | None:
    """The agency a body's formal name opens with, by its acronym or its name and
    acronym: "the BIS Office of Export Enforcement", "the Bureau of Industry and
    Security (BIS) Office of Export Enforcement" (the body is the agency's); else None."""
    table, start = token_table(reader.doc), body.start  # (asked of every body: no Tokens)
    text = table.text
    first = text[start]
    # a bureau's formal name ("Office of …"), not a regional office ("DCIS Northeast
    # Field Office", which releases name apart from their agency) nor a task force
    formal = "of" in table.lower[start + 1 : body.end]
    if not formal:
        return None
    if first.isupper() and len(first) >= 2 and first.isalpha():
        return _agency_called(reader, first, body.entity)
    if start >= 4 and text[start - 1] == ")" and text[start - 3] == "(":
        acronym = text[start - 2]
        named = reader.index.get(start - 4)
        if named is None or named.end != start - 3 or not acronym.isupper():
            return None
        if reader.cls(named.entity) == "Government" and named.entity != body.entity:
            return named.entity
    return None


def _agency_called(reader: ArticleReader, acronym: str, body: int) -> int | None:
    """The article's other government body named or aliased ``acronym`` (not a state:
    "US Office of X" is no agency's office)."""
    for i, cluster in enumerate(reader.clusters):
        if (
            i != body
            and cluster.cls == "Government"
            and (
                cluster.name == acronym
                or acronym in cluster.aliases
                or _initials(cluster.name) == acronym
            )
        ):
            return None if _is_country(reader, i) else i
    return None


def _initials(name: str) -> str:
    """The initials of a name's capitalised words: "Bureau of Maritime Security" → BMS."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())
