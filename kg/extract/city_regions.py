"""A town written with its state or country ("Brook Park, Ohio", "Osaka, Japan") is
one place, named as written.

Releases name a firm's seat, a court's city or a defendant's home as "City, State"
or "City, Country"; the gold names that place whole ("Fremont, California"), with the
bare town as an alias. The town's entity takes the joined name and keeps the bare
one as an alias, so either spelling finds it; the state or country stays an entity of
its own. Only a town directly followed by a comma and a state or country, which in
turn ends at punctuation, is joined: "Rotterdam, the Netherlands" (an article before
the country) and "Paris, Texas Instruments" are left alone.

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.mentions import find_mentions
>>> from kg.extract.entities import group_mentions
>>> nlp = load_pipeline()
>>> def places(text):
...     doc = nlp(text)
...     clusters = group_mentions(doc, find_mentions(doc))
...     return sorted((c.name, sorted(c.aliases)) for c in clusters if c.cls == "Location")
>>> places("Velmont Dynamics, a valve maker based in Grove City, Ohio, hired 40 people.")
[('Grove City, Ohio', ['Grove City']), ('Ohio', [])]
"""

from __future__ import annotations

from typing import Final

from spacy.tokens import Doc

from kg.extract.lexicon import COUNTRY_NAMES
from kg.extract.mentions import EntityCluster
from kg.extract.typing_words import WORLD_COUNTRIES

#: The states of the United States, by name and by the newspaper abbreviations
#: releases use ("Wis.", "Calif."); a few territories written the same way.
US_STATES: Final = frozenset(
    {"Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado",
     "Connecticut", "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois",
     "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
     "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana",
     "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
     "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
     "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
     "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
     "Puerto Rico", "Guam",
     "Ala.", "Ariz.", "Ark.", "Calif.", "Colo.", "Conn.", "Del.", "Fla.", "Ga.", "Ill.",
     "Ind.", "Kan.", "Ky.", "La.", "Md.", "Mass.", "Mich.", "Minn.", "Miss.", "Mo.",
     "Mont.", "Neb.", "Nev.", "N.H.", "N.J.", "N.M.", "N.Y.", "N.C.", "N.D.", "Okla.",
     "Ore.", "Pa.", "R.I.", "S.C.", "S.D.", "Tenn.", "Vt.", "Va.", "Wash.", "W.Va.",
     "Wis.", "Wyo."}
)  # fmt: skip

#: Countries written after a town, besides the world's country names.
_MORE_COUNTRIES: Final = frozenset({"PRC", "Türkiye", "UAE", "U.A.E.", "Hong Kong"})

REGIONS: Final = US_STATES | WORLD_COUNTRIES | COUNTRY_NAMES | _MORE_COUNTRIES

#: Words a region is written in at most (``"North Carolina"``, ``"Bosnia and Herzegovina"``).
_LONGEST = max(len(name.split()) for name in REGIONS)

_PLACE: Final = frozenset({"GPE", "LOC"})

#: What may follow the region: the end of the phrase.
_CLOSERS: Final = frozenset({",", ".", ";", ":", ")", "-", "–", "—", "'s", "’s"})


def join_city_regions(doc: Doc, clusters: list[EntityCluster]) -> None:
    """Name each town entity "Town, Region" where the article writes it so; the bare
    town stays an alias. Reads only the words after each place mention. A region
    the model took for a person or firm ("Tampa, Florida") is a place."""
    starts = {m.start: c for c in clusters for m in c.mentions if m.name in REGIONS}
    for cluster in clusters:
        if cluster.cls in {"Company", "Person"} and _town_taken_for_firm(doc, cluster):
            cluster.cls = "Location"  # "its San Jose, California, subsidiary"
            for m in cluster.mentions:
                m.cls = "Location"
        if cluster.cls != "Location" or cluster.name in REGIONS:
            continue
        for mention in cluster.mentions:
            before = mention.start
            if before > 1 and doc[before - 1].text == "," and doc[before - 2].ent_type_ in _PLACE:
                continue  # "Seoul, Tokyo": a town on a list of places
            region = _region_after(doc, mention.end)
            if region is not None:
                joined = f"{mention.name}, {region}"
                cluster.aliases.add(cluster.name)
                cluster.aliases.discard(joined)
                cluster.name = joined
                region_cluster = starts.get(mention.end + 1)
                if region_cluster is not None and region_cluster.cls in {"Person", "Company"}:
                    region_cluster.cls = "Location"
                    for m in region_cluster.mentions:
                        m.cls = "Location"
                break


def joined_town(name: str) -> bool:
    """Whether ``name`` is a town joined with its region here ("Brook Park, Ohio")."""
    town, sep, region = name.rpartition(", ")
    return bool(sep and town) and region in REGIONS


def _town_taken_for_firm(doc: Doc, cluster: EntityCluster) -> bool:
    """A name the model tagged a place in every word, then typed a firm or person
    from the words around it ("the company's San Jose, California, subsidiary"),
    that a state or country follows: a town."""
    if cluster.name in REGIONS or not all(m.source == "ner" for m in cluster.mentions):
        return False
    if not all(doc[i].ent_type_ == "GPE" for m in cluster.mentions for i in range(m.start, m.end)):
        return False
    return any(_region_after(doc, m.end) is not None for m in cluster.mentions)


def _region_after(doc: Doc, end: int) -> str | None:
    """The state or country written ", Region" from token ``end`` on, then closed by
    punctuation or the end of the text, and not going on with a list of places."""
    region = _region_text(doc, end)
    if region is None:
        return None
    stop = end + 1 + len(region.split())
    if stop < len(doc) and doc[stop].text == "," and _in_list(doc, stop + 1):
        return None
    return region


def _region_text(doc: Doc, end: int) -> str | None:
    """The region written ", Region" from token ``end`` on, closed by punctuation."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    for size in range(min(_LONGEST, len(doc) - end - 1), 0, -1):
        stop = end + 1 + size
        words = doc[end + 1 : stop]
        if words.text not in REGIONS:
            continue
        if stop == len(doc) or doc[stop].is_space or doc[stop].text in _CLOSERS:
            return words.text
        if _modifies_a_noun_after(doc, stop):
            return words.text  # "the Austin, Texas electric-vehicle maker"
    return None


def _modifies_a_noun_after(doc: Doc, stop: int) -> bool:
    """The region ending before ``stop`` modifies a common noun after it, whose phrase
    goes on in lower case ("the Boise, Idaho truck maker"; not "Paris, Texas
    Instruments", a name)."""
    region = doc[stop - 1]
    head = region.head
    return (
        doc[stop].is_lower
        and region.dep_ in {"compound", "nmod", "amod", "npadvmod"}
        and head.i >= stop
        and head.pos_ == "NOUN"
    )


def _in_list(doc: Doc, i: int) -> bool:
    """Token ``i`` stands after a comma that goes on with a list of places ("Tokyo,
    Singapore, and Seoul"), not with a town's region: a place before the comma, or
    after it (past "and"/"or") a place that has no region of its own."""
    if i < 2 or i >= len(doc) or doc[i - 1].text != ",":
        return False
    if doc[i].ent_type_ in _PLACE and doc[i].ent_iob_ == "B":
        place = i
    elif (
        doc[i].lower_ in {"and", "or"}
        and i + 1 < len(doc)
        and doc[i + 1].ent_type_ in {"GPE", "LOC"}
    ):
        place = i + 1
    else:
        return False
    end = place + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return _region_text(doc, end) is None
