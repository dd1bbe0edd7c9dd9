"""Entity mentions in a parsed article: found, typed and grouped into entities.

Sources, in order of trust: the curated gazetteer, spaCy's named entities, runs of
proper nouns that the model left unlabelled, and technology noun phrases. Types come
from the gazetteer, then name cues (legal suffixes, "Department", "University"),
then context cues ("AI firm X", "X, a Chinese company"), then spaCy's label.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise
from typing import Protocol

import numpy as np
from spacy.attrs import ENT_TYPE, LOWER, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from kg.extract.bodies import (
    BODY_HEADS,
    body_spans,
    offices_under_parents,
    portfolio_end,
    portfolio_fields,
)
from kg.extract.cues import class_cue, honorific_before
from kg.extract.firm_names import firm_name_bounds
from kg.extract.gazetteer import Gazetteer, load_gazetteer
from kg.extract.lexicon import (
    COMPANY_NOUNS,
    COMPANY_SUFFIXES,
    COUNTRY_NAMES,
    FIELD_TITLES,
    GOVERNMENT_HEADS,
    GOVERNMENT_WORDS,
    NATIONALITIES,
    ORGANIZATION_WORDS,
    TITLE_WORDS,
)
from kg.extract.lists import list_blocks
from kg.extract.name_edges import after_dateline, before_seat
from kg.extract.pipeline import loaded_pipeline
from kg.extract.products import product_spans
from kg.extract.statebodies import state_body_spans
from kg.extract.tech_phrases import MISREAD_VERBS
from kg.extract.tokens import TokenTable, sentence_bounds, token_table
from kg.extract.typing_words import (
    BARE_DEPARTMENTS,
    CASED_LEGAL_PREFIXES,
    CASED_LEGAL_SUFFIXES,
    DEPARTMENT_FIELDS,
    DEPARTMENT_HEAD_TITLES,
    EVALUATIVE_WORDS,
    FIRM_FIRST_WORDS,
    FIRM_NAME_WORDS,
    HONORIFICS,
    LEGAL_PREFIXES,
    LEGAL_SUFFIXES,
    MODIFIER_ACRONYMS,
    MORE_COMPANY_NOUNS,
    MORE_GOVERNMENT_WORDS,
    NOT_PRODUCTS,
    PARTNERSHIP_FORMS,
    PERSON_TITLE_NOUNS,
    PRODUCT_ADJECTIVES,
    PRODUCT_NAME_HEADS,
    SEAT_PARTICIPLES,
    WORLD_COUNTRIES,
    legal_form,
    state_finance_agency,
)

NER_CLASSES = {
    "PERSON": "Person",
    "ORG": "Company",
    "GPE": "Location",
    "LOC": "Location",
    "FAC": "Location",
}
#: Heads of technology noun phrases ("surveillance technology", "5G networks").
TECH_HEADS = frozenset(
    {
        "technology", "technologies", "software", "recognition", "network", "networks",
        "chip", "chips", "semiconductor", "semiconductors", "camera", "cameras",
        "equipment", "gear", "computing", "intelligence", "microelectronics",
        "components", "circuits", "satellites", "drones", "radar", "encryption",
        "spyware", "malware", "surveillance", "tracking", "robotics", "missiles",
        "supercomputers", "sensors", "servers", "platform", "services", "devices",
        "products", "systems", "insecticides", "pesticides", "tools", "infrastructure",
        "communications", "warfare",
    }
)  # fmt: skip
#: Modifiers that make a noun phrase technical ("cloud platform services").
TECH_MODIFIERS = frozenset(
    {
        "surveillance", "facial", "face", "voice", "biometric", "5g", "4g", "ai",
        "ai-enabled", "cloud", "semiconductor", "chip", "quantum", "cyber", "digital",
        "military", "telecommunications", "telecom", "networking", "wireless",
        "electronic", "electronics", "radar", "satellite", "nuclear", "missile",
        "encryption", "software", "computer", "recognition", "artificial", "machine",
        "agrochemical", "biotechnology", "aerospace", "space", "defense", "dual-use",
        "hypersonic", "microwave", "optical", "laser", "navigation", "drone",
        "organic", "tracking", "monitoring", "hacking", "data",
        "thermal", "infrared", "genetic", "genomic", "robotic", "cryptographic", "photonic",
    }
)  # fmt: skip
#: Technical modifiers with the adjectives of product kinds ("cellular", "wireless").
_TECH_WORDS = TECH_MODIFIERS | PRODUCT_ADJECTIVES
_DROP_LEADING = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that"}
_TITLES = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}
#: Words of a party's role in a case that a release writes before a name.
_PARTY_WORDS = frozenset({"defendant", "defendants", "co-defendant", "codefendant"})
#: Last words of documents' names the model takes for people ("Joint Statement").
_DOCUMENT_HEADS = frozenset(
    {"statement", "report", "sheet", "summit", "strategy", "framework", "memorandum",
     "agreement", "initiative", "declaration", "communique", "proclamation"}
)  # fmt: skip
#: Names of states that are people's names as often ("Jordan", "Chad").
_PERSONAL_NAMES = frozenset({"Jordan", "Chad", "Georgia", "Israel", "Kenya", "Niger", "Guinea"})
#: Words before "Group" that make it a panel of officials, not a firm's group.
_PANEL_WORDS = frozenset(
    {"coordination", "working", "action", "steering", "advisory", "interagency", "contact",
     "consultative", "expert", "experts"}
)  # fmt: skip
#: Plurals of the organisation words ("National AI Research Institutes").
_ORGANIZATION_PLURALS = frozenset(
    {"universities", "colleges", "institutes", "academies", "schools", "foundations",
     "associations", "societies", "centers", "centres"}
)  # fmt: skip
_NAME_JUNK = re.compile(r"^[\W_]+|[\W_]+$")
_SPACES = re.compile(r"\s+")


class Mention:
    """A span of the article that names an entity.

    Its token bounds ``start`` and ``end`` are plain attributes; the spaCy ``Span``
    (``span``) and its head word (``root``) are made when a rule first asks, then
    kept. Most candidates are dropped by the overlap filter without being read, and
    each ``Span`` or ``Token`` spaCy hands out is a new object (with a Python slice
    normalised for ``doc[a:b]``)."""

    __slots__ = (
        "_root",
        "_span",
        "canonical",
        "cls",
        "doc",
        "end",
        "entity",
        "group",
        "name",
        "part_of",
        "source",
        "start",
    )

    def __init__(
        self,
        span: Span,
        name: str,
        cls: str | None,
        source: str,  # "gazetteer" | "ner" | "propn" | "tech" | "product" | "government" | …
        canonical: str | None = None,  # gazetteer canonical name
        entity: int = -1,  # index of the entity it belongs to (within the article)
        group: int = -1,  # index of the name-list paragraph it is an item of (lists.py)
        part_of: int | None = None,  # first token of the body this body is inside (bodies.py)
    ) -> None:
        self.doc: Doc = span.doc
        self.start: int = span.start
        self.end: int = span.end
        self._span: Span | None = span
        self._root: Token | None = None
        self.name = name
        self.cls = cls
        self.source = source
        self.canonical = canonical
        self.entity = entity
        self.group = group
        self.part_of = part_of

    @classmethod
    def at(
        cls,
        doc: Doc,
        start: int,
        end: int,
        name: str,
        type_: str | None,
        source: str,
        canonical: str | None = None,
    ) -> Mention:
        """The mention of ``doc[start:end]``, its ``Span`` not made yet."""
        mention = cls.__new__(cls)
        mention.doc, mention.start, mention.end = doc, start, end
        mention._span = mention._root = None
        mention.name, mention.cls, mention.source = name, type_, source
        mention.canonical, mention.entity, mention.group, mention.part_of = canonical, -1, -1, None
        return mention

    @property
    def span(self) -> Span:
        """The mention's words as a ``Span`` (made on first use)."""
        span = self._span
        if span is None:
            span = self._span = Span(self.doc, self.start, self.end)
        return span

    @span.setter
    def span(self, span: Span) -> None:
        self.doc, self.start, self.end = span.doc, span.start, span.end
        self._span, self._root = span, None

    @property
    def root(self) -> Token:
        """``span.root``, the syntactic head of its words (made on first use)."""
        root = self._root
        if root is None:
            # a one-word span's root is its word: no Span made for most names
            one_word = self.end - self.start == 1
            root = self._root = self.doc[self.start] if one_word else self.span.root
        return root

    def __repr__(self) -> str:
        return (
            f"Mention(span={self.span!r}, name={self.name!r}, cls={self.cls!r}, "
            f"source={self.source!r}, canonical={self.canonical!r}, entity={self.entity!r}, "
            f"group={self.group!r}, part_of={self.part_of!r})"
        )

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Mention):
            return NotImplemented
        return self._fields() == other._fields()

    __hash__ = None  # type: ignore[assignment]  # mutable, as the dataclass it was

    def _fields(self) -> tuple[object, ...]:
        return (
            self.span,
            self.name,
            self.cls,
            self.source,
            self.canonical,
            self.entity,
            self.group,
            self.part_of,
        )


@dataclass(slots=True)
class EntityCluster:
    """All mentions of one entity within an article."""

    name: str
    cls: str
    mentions: list[Mention] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    acting: int = 0  # times used as an actor (for GPE → Government)


#: Words before or after a person's name that are none of its words.
_NOT_NAME_WORDS = TITLE_WORDS | HONORIFICS | PERSON_TITLE_NOUNS | _PARTY_WORDS


def _name_word_of(doc: Doc, i: int, start: int, end: int) -> bool:
    """Word ``i`` is a capitalised proper noun the model left unlabelled that the parse
    joins to the person's name in ``start:end`` (it is their head, or they are its)."""
    t = doc[i]
    if t.pos_ != "PROPN" or t.ent_type_ or not t.is_alpha or not t.text.istitle():
        return False
    if _title_like(t.lower_) or t.lower_ in NATIONALITIES:
        return False
    if i < start:
        return t.dep_ == "compound" and start <= t.head.i < end
    return doc[end - 1].dep_ == "compound" and doc[end - 1].head.i == i


def _after_of_body(doc: Doc, i: int) -> bool:
    """Word ``i`` ends a body the model labelled, named after "of" ("Secretary of the
    Treasury", "Minister of Finance"): what follows is the title holder's name."""
    t = doc[i]
    if t.ent_type_ not in {"ORG", "GPE"} or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return False
    k = i
    while k > 0 and doc[k].ent_iob_ == "I":
        k -= 1  # the body's first word
    before = [w.lower_ for w in doc[max(0, k - 2) : k]]
    return "of" in before and all(w in {"of", "the"} for w in before[before.index("of") :])


#: Words that qualify a title before a name ("Trial Attorney", "Acting Director").
_TITLE_QUALIFIERS = frozenset(
    {"trial", "special", "assistant", "acting", "deputy", "senior", "associate", "chief",
     "principal", "former", "interim", "executive", "general", "vice", "under"}
)  # fmt: skip


def _title_like(word: str) -> bool:
    """A title's word, singular or plural ("Attorneys"), or its qualifier ("Trial")."""
    return (
        word in _NOT_NAME_WORDS
        or word.removesuffix("s") in _NOT_NAME_WORDS
        or word in _TITLE_QUALIFIERS
    )


#: Marks that open a list item: a name right after one opens the item.
_ITEM_MARKS = frozenset({"-", "–", "•", "*", "·"})


def _opening_given_names(doc: Doc, start: int, end: int) -> int:
    """Where a person's name that opens a sentence or a list item begins when the model
    labelled only its last two words: "- Julio Cesar Varela Ortiz, the owner of …"
    (two surnames, two given names). ``start`` when nothing is added."""
    k = start
    while k > 0 and start - k < 2:
        t = doc[k - 1]
        if t.pos_ != "PROPN" or t.ent_type_ or not t.is_alpha or not t.text.istitle():
            break
        if _title_like(t.lower_) or t.lower_ in NATIONALITIES:
            break  # "Trial Attorneys Ann Lee": the title's words
        if t.dep_ != "compound" or not k - 1 < t.head.i < end:
            break
        k -= 1
    if k == start:
        return start
    first = doc[k]
    opens = first.is_sent_start or (k > 0 and doc[k - 1].text in _ITEM_MARKS)
    return k if opens else start


#: Lower-case particles that open a surname ("van der Meulen", "de la Cruz").
_SURNAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "dos", "du",
     "ter", "ten", "bin", "ibn", "al"}
)  # fmt: skip


def _before_particle(doc: Doc, start: int, end: int) -> int:
    """Where a person's name begins when the model labelled only a surname that opens
    with a particle ("Joost van der Meulen" with "van der Meulen" labelled): the one
    given name before the particle, a capitalised word the model left unlabelled
    (``start`` when there is none)."""
    table = token_table(doc)
    if start == 0 or table.lower[start] not in _SURNAME_PARTICLES or end - start < 2:
        return start
    given = doc[start - 1]
    if given.pos_ != "PROPN" or given.ent_type_ or not given.text.istitle() or not given.is_alpha:
        return start
    if _title_like(given.lower_) or given.lower_ in NATIONALITIES:
        return start  # "Trial Attorney van Dijk": a title, no given name
    return start - 1


def _whole_person(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A person's name with the one given name or surname the model left out of its
    label: "Deputy Secretary of the Treasury Ana Lucia Brandt" (only "Lucia Brandt"
    labelled, "Ana" after a body's name), "Deputy Secretary Ana Lucia Brandt spoke"
    (only "Ana Lucia"). One word either side, and only to a two-word label."""
    particle = _before_particle(doc, start, end)
    if particle < start:
        return particle, end
    if end - start != 2:
        return start, end
    opening = _opening_given_names(doc, start, end)
    if opening < start:
        return opening, end
    if start > 1 and _name_word_of(doc, start - 1, start, end) and _after_of_body(doc, start - 2):
        return start - 1, end
    if end < len(doc) and _name_word_of(doc, end, start, end):
        return start, end + 1
    return start, end


def _plural_group(doc: Doc, start: int, end: int) -> bool:
    """A one-word plural proper noun after "the" that the model took for a person: a
    movement or armed group named by its members ("the Houthis attacked"); a person
    is never "the" plural."""
    t = doc[start]
    return (
        end - start == 1
        and start > 0
        and doc[start - 1].lower_ == "the"
        and t.pos_ == "PROPN"
        and t.dep_ not in {"compound", "amod", "nmod"}  # not "the Collins brothers"
        and t.text.endswith("s")
        and not t.text.endswith("ss")
    )


#: A firm's forms that "of" and its seat may follow ("… Company of Abu Dhabi").
_SEAT_FORMS = frozenset({"company", "corporation", "corp.", "co.", "inc.", "ltd.", "llc"})


def _unlabelled_proper(doc: Doc, i: int) -> bool:
    """Word ``i`` is a capitalised proper noun the model left unlabelled."""
    t = doc[i]
    return t.pos_ == "PROPN" and t.text[:1].isupper() and not t.ent_type_


def _dotted_legal_form(table: TokenTable, i: int) -> int:
    """1 when word ``i`` is a lower-case legal form written with stops ("a.s.",
    "s.r.o."), 2 when the tokenizer split off its last stop ("a.s" "."), else 0."""
    word, lower = table.text[i], table.lower[i]
    if "." not in word or not word[:1].islower():
        return 0
    if lower in LEGAL_SUFFIXES:
        return 1
    split = i + 1 < len(table.text) and table.text[i + 1] == "." and not table.whitespace[i]
    return 2 if split and lower + "." in LEGAL_SUFFIXES else 0


def clean_name(span: Span) -> tuple[int, int]:
    """Token bounds of ``span`` without leading articles/titles and trailing ``'s``."""
    start, end = span.start, span.end
    doc = span.doc
    table = token_table(doc)  # words by index: no Token made for each look
    lower, text = table.lower, table.text
    while start < end and (lower[start] in _DROP_LEADING or lower[start] in _TITLES):
        start += 1
    while start < end - 1 and lower[start] in _PARTY_WORDS:
        start += 1  # "Defendant Arctic Electronics Inc.": a party's role, not its name
    if 0 < start < end - 1 and text[start] == "Charge" and text[start - 1] == "in":
        start += 1  # "Special Agent in Charge Rowe": the title's last word, no name
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if (
        end < len(doc)
        and end - start >= 2
        and text[end] == "."
        and not table.whitespace[end - 1]
        and lower[end - 1] + "." in LEGAL_SUFFIXES
    ):
        end += 1  # "Ostrava Automation a.s.": the tokenizer split the form's last stop
    if end - start >= 3 and text[end - 2] == "-" and lower[end - 1] in _HYPHEN_PARTICIPLES:
        end -= 2  # "Kesson-owned Orbit Media": the owner's name, not "Kesson-owned"
    return start, end


#: Participles of ownership hyphened to a name before the noun they describe
#: ("Kesson-owned", "state-backed"): the model may take them into the name. ("-based"
#: is the location frame's: "a United States-based Schlumberger segment" places the
#: segment, not the firm.)
_HYPHEN_PARTICIPLES = frozenset({"owned", "backed", "controlled", "funded"})


#: Words that run a title on after its title word ("Attorney General").
_TITLE_RUNS = frozenset({"general"})


def _agency_office(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether a name is a government agency's acronym and a city: "HSI Seattle",
    "DCIS New York" name the agency's office in that city."""
    text = token_table(doc).text
    if not 2 <= end - start <= 3 or not text[start].isupper() or len(text[start]) < 2:
        return False
    agency = gaz.lookup(text[start])
    if agency is None or agency.cls != "Government":
        return False
    # the rest a place's name: capitalised words, none a firm's or a body's
    table = token_table(doc)
    return all(
        text[k].istitle() and text[k].isalpha() and table.lower[k] not in _FIRMISH_WORDS
        for k in range(start + 1, end)
    )


#: Words that make a name after an agency's acronym no city's ("FBI Academy").
_FIRMISH_WORDS = BODY_HEADS | COMPANY_SUFFIXES | FIRM_NAME_WORDS | LEGAL_SUFFIXES


def _given_name_before_surname(table: TokenTable, i: int, end: int) -> bool:
    """Whether the one word ``i`` left after a title is a given name whose surname, the
    next word, the model left unlabelled ("Special Agent in Charge Lauren Pike" with
    "Charge Lauren" labelled)."""
    if end >= len(table.text) or end != i + 1:
        return False
    word = table.text[end]
    unlabelled = int(table.column(ENT_TYPE)[end]) == 0
    return unlabelled and word.istitle() and word.isalpha() and table.lower[end] not in TITLE_WORDS


def _after_portfolio(table: TokenTable, start: int, end: int) -> int | None:
    """Where the name begins in a span that runs a post's portfolio into the holder's
    name: "Agriculture Howard Lindqvist" after "Secretary of" (the name is the last two
    capitalised words, three with an initial between; the portfolio, a department's
    field, the words before)."""
    text = table.text
    size = 3 if end - start >= 4 and len(text[end - 2]) == 2 and text[end - 2][1] == "." else 2
    name = range(end - size, end)
    if end - size <= start or any(not text[k][:1].isupper() for k in name):
        return None
    if table.lower[start - 1] == "for":
        # "Assistant Secretary for Export Enforcement Paul Hendricks": a remit, which no
        # firm's or body's words end
        last = table.lower[end - 1]
        if any(table.lower[k] in _NOT_PERSON_WORDS or table.lower[k] in _FIELD_WORDS for k in name):
            return None  # "(for) National Security Affairs": the remit's words alone
        if last in FIRM_NAME_WORDS:
            return None
    elif table.span_text(start, end - size) not in DEPARTMENT_FIELDS:
        return None  # "(an employee of) Velloro Marine Systems": a firm, no portfolio
    return end - size


#: Words of a firm's or a body's name, never of a person's.
_NOT_PERSON_WORDS = BODY_HEADS | LEGAL_SUFFIXES | COMPANY_SUFFIXES


def _titled_person_start(table: TokenTable, start: int, end: int) -> int | None:
    """Where the name begins in a span the model labelled as a whole that opens with a
    job title before two or three capitalised words ("Trial Attorneys Jane Roe",
    "Charge Jane Roe" of "Special Agent in Charge"); None where the span is no title
    and name (a body's words or a legal form after the title: "Attorney General's
    Office", "Agent Systems LLC").

    >>> from spacy.lang.en import English
    >>> doc = English()("Trial Attorneys Jane Roe and Special Agent in Charge Tom Ng")
    >>> table = token_table(doc)
    >>> _titled_person_start(table, 0, 4), _titled_person_start(table, 8, 11)
    (2, 9)
    >>> _titled_person_start(token_table(English()("Attorney General Sessions")), 0, 3) is None
    True
    """
    lower, text = table.lower, table.text
    first = lower[start]
    if start > 1 and lower[start - 1] in {"of", "for"} and lower[start - 2] in TITLE_WORDS:
        return _after_portfolio(table, start, end)
    if not (
        first in _TITLE_OPENERS
        or first in TITLE_WORDS
        or first[:-1] in TITLE_WORDS
        or text[start] == "Charge"
    ):
        return None  # most spans: no title opens them (asked of every name, so first)
    i = start
    if start > 0 and text[start] == "Charge" and lower[start - 1] == "in":
        i += 1
    else:
        while i < end and lower[i] in _TITLE_OPENERS:
            i += 1
        if i == end or not (lower[i] in TITLE_WORDS or lower[i][:-1] in TITLE_WORDS):
            return None
        i += 1
        # the rest of the title: "Attorney General", "Director General"
        while i < end and (lower[i] in _TITLE_RUNS or lower[i] in TITLE_WORDS):
            i += 1
    name = range(i, end)
    if len(name) == 1 and _given_name_before_surname(table, i, end):
        name = range(i, end + 1)  # "(in) Charge Lauren" labelled, "Pike" left out
    if not 2 <= len(name) <= 3 or i == start:
        return None
    if any(
        not text[k][:1].isupper() or lower[k] in BODY_HEADS or lower[k] in LEGAL_SUFFIXES
        for k in name
    ):
        return None
    return i


def _firm_by_legal_form(ent: Span) -> bool:
    """A name of two words or more the model labelled a work of art, a product or a
    law, ending in a legal form only a firm's name ends in ("Baltic Freight LLC").

    >>> from spacy.lang.en import English
    >>> doc = English()("Baltic Freight LLC and Office 365")
    >>> _firm_by_legal_form(doc[0:3]), _firm_by_legal_form(doc[4:6]), _firm_by_legal_form(doc[2:3])
    (True, False, False)
    """
    return len(ent) >= 2 and ent[-1].lower_ in LEGAL_SUFFIXES and ent[0].text[:1].isupper()


def _person_in_a_list_of_people(doc: Doc, start: int, end: int, label: str) -> bool:
    """ "Attorneys Greg Staples and Ivy Wang" with only "Wang" labelled (an
    organisation): a one-word name after an unlabelled given name, joined to a
    person's name, is a person's surname."""
    if label not in {"ORG", "GPE"} or end - start != 1 or start == 0:
        return False
    given, last = doc[start - 1], doc[start]
    if given.pos_ != "PROPN" or given.ent_type_ or not given.is_title:
        return False
    first = last.head if last.dep_ == "conj" else None
    if first is None or first.i >= start - 1:
        return False
    if first.ent_type_ == "PERSON":
        return True
    # "Attorneys Greg Staples and …": a title before the first name
    titled = any(
        c.dep_ == "compound" and (c.lower_ in TITLE_WORDS or c.lower_[:-1] in TITLE_WORDS)
        for c in first.children
    )
    return titled and first.pos_ == "PROPN" and not first.ent_type_


def _and_legal_form(doc: Doc, end: int) -> int:
    """ "Concord Management and Consulting LLC" with only "Concord Management"
    labelled: capitalised words after "and" that end in a legal form finish the name.

    >>> from spacy.lang.en import English
    >>> doc = English()("Concord Management and Consulting LLC paid, and Kestrel said so")
    >>> _and_legal_form(doc, 2), _and_legal_form(doc, 7)
    (5, 7)
    >>> doc = English()("Kestrel Co., Ltd. and Norvia Co. agreed")
    >>> _and_legal_form(doc, 4)
    4
    """
    if end + 2 >= len(doc) or token_table(doc).lower[end] != "and":
        return end
    if token_table(doc).lower[end - 1].rstrip(",") in _FIRM_ENDS:
        return end  # "Kestrel Co., Ltd. and Norvia Co.", "Daesan Energy Co and …": two firms
    for k in range(end + 1, min(end + 5, len(doc))):
        word = doc[k]
        if word.lower_ in LEGAL_SUFFIXES and k > end + 1:
            return k + 1
        if not word.is_title or word.ent_type_ not in {"", "ORG"}:
            return end
        if not _line_of_business(word.lower_):
            return end  # "Kestrel Capital and Brightwater Holdings": a second firm's name
    return end


#: "Co" without its stop, a legal form only after "and"/"&" or a name ("Banning and Co").
_LEGAL_FORMS = LEGAL_SUFFIXES | {"co", "co.,"}
#: The unions below are made once here: ``x in A | B`` in a function builds the set anew.
_LEGAL_OR_COMPANY_FORMS = _LEGAL_FORMS | COMPANY_SUFFIXES
#: Last words that end a firm's name ("Kestrel Co., Ltd.", "Daesan Energy Co").
_FIRM_ENDS = LEGAL_SUFFIXES | COMPANY_SUFFIXES
#: Determiners a name's piece after a cut starts with ("designated the Kestrel Group").
_PIECE_OPENERS = frozenset({"the", "a", "an", "its", "their"})


def _verb_cuts(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A name never holds a finite verb of its clause: "The Office of Foreign Assets
    Control designated Orvane Systems", labelled one organisation, is two names with
    the verb between them. A lower-case verb inside the span that heads a clause (not
    a modifier like "so-called") cuts it; each side is a name of its own.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The Office of Foreign Assets Control designated Orvane Systems.")
    >>> [doc[a:b].text for a, b in _verb_cuts(doc, 1, 9)]
    ['Office of Foreign Assets Control', 'Orvane Systems']
    >>> _verb_cuts(doc, 1, 6)
    [(1, 6)]
    """
    table = token_table(doc)
    for k in range(start + 1, end - 1):
        if table.lower[k] != table.text[k] or not table.lower[k].isalpha():
            continue  # names' own words are capitalised: only a lower-case word can cut
        word = doc[k]
        finite = word.tag_ in {"VBD", "VBZ", "VBP"} or (
            word.tag_ == "VBN" and word.dep_ in {"ROOT", "relcl", "conj", "ccomp", "acl"}
        )
        if word.pos_ not in {"VERB", "AUX"} or not finite or word.dep_ in {"amod", "compound"}:
            continue
        right = k + 1
        while right < end and table.lower[right] in _PIECE_OPENERS:
            right += 1
        return [(start, k), *_verb_cuts(doc, right, end)] if right < end else [(start, k)]
    return [(start, end)]


def _legal_form_ands(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Harlan, Pike and Co and Tessel Co": a legal form ends a firm's name, so an
    "and" right after one, before a capitalised word, starts a second firm.

    >>> from spacy.lang.en import English
    >>> doc = English()("Harlan, Pike and Co and Tessel Co agreed")
    >>> [doc[a:b].text for a, b in _legal_form_ands(doc, 0, 8)]
    ['Harlan, Pike and Co', 'Tessel Co']
    >>> _legal_form_ands(doc, 0, 5)
    [(0, 5)]
    """
    table = token_table(doc)
    for k in range(start + 1, end - 1):
        if table.lower[k] not in {"and", "&"} or table.lower[k - 1] not in _LEGAL_FORMS:
            continue
        if table.text[k + 1][:1].isupper() and table.lower[end - 1] in _LEGAL_FORMS:
            return [(start, k), *_legal_form_ands(doc, k + 1, end)]
    return [(start, end)]


def _and_company_start(doc: Doc, start: int, end: int) -> int:
    """ "Ivor Banning and Co L.P." with only "Co L.P." labelled: a firm named after its
    founder ("X and Co", "X & Co.") starts at the founder's name.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("He worked for Ivor Banning and Co L.P. in New York.")
    >>> doc[_and_company_start(doc, 6, 8) : 8].text
    'Ivor Banning and Co L.P.'
    """
    table = token_table(doc)
    if start < 2 or table.lower[start] not in {"co", "co.", "company"}:
        return start
    if not all(table.lower[i] in _LEGAL_FORMS for i in range(start + 1, end)):
        return start
    if table.lower[start - 1] not in {"and", "&"}:
        return start
    first = _founders_start(doc, start - 1)
    return first if first < start - 1 else start


def _partners_start(doc: Doc, start: int, end: int) -> int:
    """ "Holm and Varga P.C." with only "Varga P.C." labelled: a partnership's legal form
    ends a name of its partners' surnames, one capitalised word each, joined by commas
    and "and"/"&".

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("It came from Holm and Varga P.C., counsel for them.")
    >>> doc[_partners_start(doc, 5, 7) : 7].text
    'Holm and Varga P.C.'
    """
    table = token_table(doc)
    k = start
    while k >= 2 and table.lower[k - 1] in {"and", "&", ","} and _surname(doc[k - 2]):
        k -= 2
        if table.lower[k + 1] in {"and", "&"} and k >= 1 and table.text[k - 1] != ",":
            break  # the first partner: "A and B"; a comma before goes on ("A, B and C")
    return k


def _surname(token: Token) -> bool:
    """One capitalised proper noun, as a partner's surname in a firm's name."""
    return token.pos_ == "PROPN" and token.text[:1].isupper() and token.text.isalpha()


def _founders_start(doc: Doc, k: int) -> int:
    """Start of the founders' names before token ``k`` (the "and" of "… and Co"):
    capitalised proper nouns, in a comma list ("Harlow, Barnes and Co")."""
    table = token_table(doc)
    first = k
    while first > 0 and doc[first - 1].pos_ == "PROPN" and table.text[first - 1][:1].isupper():
        first -= 1
        if first > 1 and table.text[first - 1] == "," and doc[first - 2].pos_ == "PROPN":
            first -= 1  # the comma of "Harlow, Barnes": the next word back is a founder too
    return first


def _and_company_end(doc: Doc, end: int) -> int:
    """ "Ivan Pereira and Co L.P." with only "Ivan Pereira" labelled: "and Co" and the
    legal forms after it finish a firm's name that starts with its founder's.

    >>> from spacy.lang.en import English
    >>> doc = English()("He joined Ivan Pereira and Co L.P. in 1990, and Co-op later.")
    >>> _and_company_end(doc, 4), _and_company_end(doc, 11)
    (7, 11)
    """
    table = token_table(doc)
    if end + 1 >= len(doc) or table.lower[end] not in {"and", "&"}:
        return end
    if table.lower[end + 1] not in {"co", "co.", "co.,"}:
        return end
    k = end + 2
    while k < len(doc) and table.lower[k] in _LEGAL_FORMS:
        k += 1
    return k


def _line_of_business(word: str) -> bool:
    """Whether ``word`` names a line of business, not one firm ("Consulting" in
    "Concord Management and Consulting LLC", but not "Brightwater")."""
    return word in NOT_PRODUCTS or word in FIRM_NAME_WORDS


def _lines(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """A name the NER ran across a blank line (a headline and the next paragraph's
    first word) is two names; a single line break may wrap a name."""
    table = token_table(doc)
    for k in range(start, end - 1):
        if (table.whitespace[k] + table.text[k]).count("\n") >= 2:  # a blank line
            return [b for b in ((start, k + 1), *_lines(doc, k + 1, end)) if b[0] < b[1]]
    return [(start, end)]


#: Last words of a firm's name that may hold commas ("Harlow, Barnes and Co").
_PARTNERS_ENDS = COMPANY_SUFFIXES | PARTNERSHIP_FORMS


def _commas(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Kestrel, Norvia": two names the NER joined at a comma; but "Harlow, Barnes
    and Co" (ending in a legal suffix) is one firm's name."""
    table = token_table(doc)
    if "," not in table.text[start:end] or table.lower[end - 1] in _PARTNERS_ENDS:
        return [(start, end)]
    out, first = [], start
    for k in range(start, end + 1):
        if k == end or table.text[k] == ",":
            if first < k:
                out.append((first, k))
            first = k + 1
    return out


def _ands(doc: Doc, start: int, end: int, alone: set[str]) -> list[tuple[int, int]]:
    """ "Kestrel and Norvia withdrew": two names the NER joined at "and", when one of
    them stands alone elsewhere in the article; "Procter and Gamble" stays one."""
    table = token_table(doc)
    for k in range(start + 1, end - 1):
        if table.lower[k] == "and":
            left, right = table.span_text(start, k), table.span_text(k + 1, end)
            if _one_firm(doc, start, k, end):
                continue  # "Concord Management and Consulting LLC", labelled in two pieces
            if table.lower[end - 1] in PARTNERSHIP_FORMS:
                continue  # "Holm and Varga P.C.": a partnership named after its partners
            if all(table.lower[i] in _LEGAL_FORMS for i in range(k + 1, end)):
                continue  # "Ivor Banning and Co L.P.": a firm named after its founder
            if left in alone or right in alone:
                return [(start, k), (k + 1, end)]
    return [(start, end)]


def _one_firm(doc: Doc, start: int, k: int, end: int) -> bool:
    """Whether "A and B LLC" (the "and" at ``k``) is one firm's name: only the end has
    a legal form, and the NER labelled the part before "and" nowhere else."""
    table = token_table(doc)
    if table.lower[end - 1] not in LEGAL_SUFFIXES:
        return False
    if any(table.lower[i].rstrip(",") in _FIRM_ENDS for i in range(start, k)):
        return False  # "Kestrel Inc. and Norvia LLC", "Daesan Energy Co and …": two firms
    if not all(_line_of_business(table.lower[i]) for i in range(k + 1, end - 1)):
        return False  # "Kestrel Capital and Brightwater Holdings": two firms
    left = table.span_text(start, k)
    return sum(e.text == left for e in doc.ents) <= 1


def _span_name(doc: Doc, start: int, end: int) -> str:
    return _name_of_text(token_table(doc).span_text(start, end))


@lru_cache(maxsize=1 << 16)  # asked of every candidate name, most seen before
def _has_alnum(name: str) -> bool:
    return any(ch.isalnum() for ch in name)


@lru_cache(maxsize=1 << 16)  # asked ~170 times an article, mostly of names seen before
def _name_of_text(text: str) -> str:
    text = _SPACES.sub(" ", text)
    return _NAME_JUNK.sub("", text) if not text.endswith(".") else text.lstrip("-–— ")


#: Last words that make a capitalised name a law, policy, programme or document, not
#: an actor: "... Controlled Applications Act", "America First Trade Policy".
NOT_AN_ACTOR_HEADS = frozenset(
    {
        "act", "acts", "policy", "plan", "initiative", "credit", "program", "programme",
        "order", "annex", "budget", "rule", "rules", "strategy", "framework", "law",
        "regulation", "regulations", "directive", "memorandum", "amendment", "treaty",
        "agreement", "statement", "report", "fact", "sheet", "summit", "conference",
    }
)  # fmt: skip
#: Single capitalised words the model takes for organisations.
_BARE = frozenset({"allies", "americas", "capex", "stem"})
#: Abbreviations of documents and laws, whatever label the model gives them ("the
#: E.O." read as a place): an executive order, a rulemaking notice, a statute.
_DOCUMENT_ABBREVIATIONS = frozenset({"e.o", "eo", "nprm", "anprm", "ieepa", "ndaa"})


@lru_cache(maxsize=1 << 16)  # names recur in every article and the answer is pure
def classify_name(name: str, label: str | None) -> str | None:
    """Class of an organisation-like name from its own words.

    >>> classify_name("Dow AgroSciences LLC", "ORG")
    'Company'
    >>> classify_name("Southern District of Indiana", "GPE")
    'Government'
    >>> classify_name("Central Bank of Peru", "ORG")
    'Government'
    >>> classify_name("Harbin Institute of Technology", "ORG")
    'Organization'
    >>> classify_name("Ministry of Industry and Information Technology", "ORG")
    'Government'
    >>> classify_name("Hunan Normal University", "ORG")
    'Organization'
    >>> classify_name("Vanuatu", "ORG"), classify_name("Cyber Unified Coordination Group", "ORG")
    ('Location', 'Government')
    >>> classify_name("Alfa Group", "ORG"), classify_name("APT41", "ORG")
    ('Company', 'Organization')
    >>> classify_name("Foreign Adversary Controlled Applications Act", "ORG")
    >>> classify_name("Microsoft Exchange Server", "ORG")
    'Technology'
    >>> classify_name("7.5", "ORG")
    >>> classify_name("E.O.", "GPE"), classify_name("Co L.P.", "ORG")
    (None, None)
    """
    words = [w.lower().strip(",.") for w in name.split()]
    # "Directorate-General for Competition", "Cyber-Electronic Command": a body's word
    # may stand in a hyphened pair (the pair stays one word for the other tests)
    parts = [p for w in words for p in w.split("-")] if "-" in name else words
    last = words[-1] if words else ""
    if not any(ch.isalpha() for ch in name):
        return None  # "7.5": a number the model took for a name
    if len(words) >= 2 and name.split()[-1] in CASED_LEGAL_SUFFIXES:
        last = "ltd"  # "Halden Marine Services AS": a legal form only as written
    # "Tianrun Solar": a trade word after a name ends a firm's name, not a person's
    government = any(w in GOVERNMENT_WORDS or w in MORE_GOVERNMENT_WORDS for w in parts)
    if label != "PERSON" and state_finance_agency(words):
        return "Government"  # "Export Finance Australia", "… Development Finance Corporation"
    firm_word = len(words) >= 2 and last in FIRM_NAME_WORDS and not government
    if label == "PERSON" and len(words) >= 2 and last in _DOCUMENT_HEADS:
        return None  # "Joint Statement" taken for a person: a document
    if label == "PERSON" and name in WORLD_COUNTRIES and name not in _PERSONAL_NAMES:
        return "Location"  # "Vanuatu and Samoa signed": a state the model took for a person
    firm_end = last in LEGAL_SUFFIXES or last in COMPANY_SUFFIXES or firm_word
    if label == "PERSON" and words[0] in HONORIFICS:
        return "Person"  # "Mr. Sam Shipping": a courtesy title names a person, whatever his name
    if len(words) >= 2 and words[0] in FIRM_FIRST_WORDS and not government:
        return "Company"  # "Comercializadora Arcos del Norte": a trade word opens the name
    if len(words) == 1 and len(last) > 6 and last.endswith("bank"):
        return "Company"  # "Promsvyazbank", "Kestrelbank": one word ending in its trade
    if label == "PERSON" and (len(words) < 2 or not firm_end):
        return "Person"  # but "Proven Honour Capital Limited", "Orsolo Systems" are firms
    if (len(words) == 1 and last in _DOCUMENT_ABBREVIATIONS) or all(
        w in COMPANY_SUFFIXES or w in {"inc", "ltd", "co", "corp", "l.p"} for w in words
    ):
        return None  # "E.O.", or a legal form cut from its name ("Co L.P.")
    if len(words) <= 2 and re.fullmatch(r"apt ?-?\d+", " ".join(words)):
        return "Organization"  # "APT41", "APT 29": a hacking group's tracking name
    if label == "ORG" and len(words) >= 2 and last in PRODUCT_NAME_HEADS:
        return "Technology"  # "Microsoft Exchange Server": a product named by its maker
    bare = len(words) == 1 and last in _BARE
    if label in {"ORG", None} and (last in NOT_AN_ACTOR_HEADS or bare):
        return None  # a law, programme or document named like an organisation
    if "of" in words[1:] and last not in LEGAL_SUFFIXES:
        # "Harbin Institute of Technology", "Ministry of ... Information Technology": the
        # head before "of" says what the body is, not the last word after it
        head = words[words.index("of", 1) - 1]
        if head in GOVERNMENT_WORDS or head in MORE_GOVERNMENT_WORDS:
            return "Government"
        if head in ORGANIZATION_WORDS:
            return "Organization"
    if _of_formal_state(words):
        return "Government"  # "National Wealth Fund of the Russian Federation": a state's body
    if last in {"group", "groups"} and len(words) >= 2 and words[-2] in _PANEL_WORDS:
        return "Government"  # "the Unified Coordination Group", "an interagency working group"
    if last in COMPANY_SUFFIXES or (words and words[-1] in {"inc.", "ltd.", "co.", "corp."}):
        return "Company"
    if firm_word or (len(words) >= 2 and last in LEGAL_SUFFIXES):
        return "Company"  # "Ferraldi SpA", "Nordvik Shipping"
    if len(words) >= 2 and words[0] in LEGAL_PREFIXES and name[:1].isupper():
        return "Company"  # "NPO Volga-Servo", "OOO Tekhnopark"
    if words[-2:] == ["design", "bureau"]:
        return "Company"  # "the Volga Rotor Design Bureau": a Russian maker of aircraft
    if any(w in GOVERNMENT_WORDS or w in MORE_GOVERNMENT_WORDS for w in parts):
        return "Government"
    if _state_office(words):
        return "Government"  # "the United States Trade Representative": an office
    if "central" in words and "bank" in words:
        return "Government"  # "the Central Bank of the Russian Federation": a state body
    if label in {"ORG", "GPE", None} and (_state_name(words) or name in WORLD_COUNTRIES):
        return "Location"  # a country (acting, it becomes the state)
    if any(w in ORGANIZATION_WORDS or w in _ORGANIZATION_PLURALS for w in words):
        return "Organization"
    if label is None:
        return None
    return NER_CLASSES.get(label)


#: Last words of a state's office named as a body: "the United States Trade
#: Representative", "the U.S. Trade Representative".
_OFFICE_WORDS = frozenset({"representative", "commissioner"})
#: A state's name as the first words of an office: "U.S.", "United States".
_STATE_PREFIXES = frozenset({"u.s", "us", "united states", "u.k", "uk", "united kingdom"})


def _state_office(words: list[str]) -> bool:
    """Whether a name is a state's name, then words of its remit, then an office word:
    "United States Trade Representative" (lower-cased words, stops stripped).

    >>> _state_office(["united", "states", "trade", "representative"])
    True
    >>> _state_office(["u.s", "trade", "representative"])
    True
    >>> _state_office(["trade", "representative"])
    False
    """
    if len(words) < 3 or words[-1] not in _OFFICE_WORDS:
        return False
    return words[0] in _STATE_PREFIXES or " ".join(words[:2]) in _STATE_PREFIXES


#: Words of a country's formal name: "Republic of Korea", "United Arab Emirates".
_STATE_NAME_WORDS = frozenset(
    {"republic", "kingdom", "emirates", "principality", "sultanate", "commonwealth"}
)


def _state_name(words: list[str]) -> bool:
    """A country's formal name: "Democratic People's Republic of Korea", "Russian
    Federation" (a nationality before "Federation"), not "Republic Airways".

    >>> _state_name(["russian", "federation"]), _state_name(["republic", "of", "korea"])
    (True, True)
    >>> _state_name(["republic", "airways"]), _state_name(["football", "federation"])
    (False, False)
    """
    if len(words) == 2 and words[1] == "federation":
        return words[0] in NATIONALITIES
    if not any(w in _STATE_NAME_WORDS for w in words):
        return False
    # "Republic of X", "People's Republic", "United Kingdom": the word ends the name
    # or comes before "of"
    for i, w in enumerate(words):
        if w in _STATE_NAME_WORDS and (i == len(words) - 1 or words[i + 1] == "of"):
            return True
    return False


def _of_formal_state(words: list[str]) -> bool:
    """Whether a name ends "… of (the) <a state's formal name>": bodies of a state are
    named so ("Central Bank of the Russian Federation", "Ministry of Finance of the
    Republic of Korea"), firms are not.

    >>> _of_formal_state("national wealth fund of the russian federation".split())
    True
    >>> _of_formal_state("bank of america".split()), _of_formal_state("russian federation".split())
    (False, False)
    """
    if "of" not in words[1:]:
        return False
    tail = words[words.index("of", 1) + 1 :]
    if tail[:1] == ["the"]:
        tail = tail[1:]
    return bool(tail) and _state_name(tail)


def _of_formal_state_end(doc: Doc, end: int) -> int:
    """ "the Central Bank of the Russian Federation" with the NER's cut after "Bank": a
    name followed by "of (the) <a state's formal name>" ends after the state's name.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("It lent to the Central Bank of the Russian Federation.")
    >>> doc[4 : _of_formal_state_end(doc, 6)].text
    'Central Bank of the Russian Federation'
    """
    k = end + 1
    if k >= len(doc) or token_table(doc).lower[end] != "of":
        return end
    if token_table(doc).lower[k] == "the" and doc[k].ent_iob_ != "B":
        k += 1  # "the" outside the state's label ("of the [Russian Federation]")
    if k >= len(doc) or doc[k].ent_iob_ != "B" or doc[k].ent_type_ != "GPE":
        return end
    state_end = k + 1
    while state_end < len(doc) and doc[state_end].ent_iob_ == "I":
        state_end += 1
    words = [w for w in token_table(doc).lower[k:state_end] if w != "the"]
    return state_end if _state_name(words) else end


def _tech_phrase(token: Token) -> tuple[int, int] | None:
    """Bounds of a technology noun phrase headed by ``token``, or None."""
    if token.pos_ not in {"NOUN", "PROPN"} or token.lower_ not in TECH_HEADS:
        return None
    left = _modifier_start(token)
    phrase = token.doc[left : token.i + 1]
    words = set(token_table(token.doc).lower[left : token.i + 1])  # (no Token for each)
    if len(phrase) == 1:
        return (left, token.i + 1) if token.lower_ in _STANDALONE_TECH else None
    if token.pos_ == "PROPN" and any(
        t.lemma_.lower() in _FIRM_NOUNS and t.is_lower for t in phrase[:-1]
    ):
        return None  # "software maker Corvane Systems": a firm's name after its trade
    nouns = any(t.pos_ in {"NOUN", "PROPN"} for t in phrase[:-1])
    generic = token.lower_ in _GENERIC_TECH_HEADS and nouns
    strong = token.lower_ in _STRONG_TECH_HEADS or token.lower_ in _STANDALONE_TECH
    if not words & _TECH_WORDS and not strong and not generic:
        return None
    if any(
        t.ent_type_ in {"PERSON", "GPE", "ORG", "NORP", "DATE", "MONEY"}
        and t.lower_ not in MODIFIER_ACRONYMS
        for t in phrase[:-1]
    ):
        # "Huawei products", "Chinese networks": the owner is not part of the technology
        # ("AI" in "AI training services" is its kind, whatever the model labels it)
        lower = token_table(token.doc).lower
        named = left
        while left < token.i and (
            (token.doc[left].ent_type_ and lower[left] not in MODIFIER_ACRONYMS)
            # "Huawei and ZTE radio equipment": a list of owners, joined
            or (left > named and lower[left] in {"and", "or", ",", "&"})
        ):
            left += 1
    if left == token.i and token.lower_ not in _STANDALONE_TECH:
        return None
    return left, token.i + 1


def _modifier_start(token: Token) -> int:
    """Where the modifiers of a technology noun begin: noun compounds, technical
    adjectives, hyphen chains ("AI-enabled") and their coordination ("metrology and
    inspection equipment"); not determiners or evaluative adjectives ("leading")."""
    doc = token.doc
    table = token_table(doc)
    edge = token.left_edge.i  # (read once: each read makes a Token)
    technology = token.lemma_.lower() == "technology"
    left = token.i
    i = token.i - 1
    while i >= edge:
        t = doc[i]
        noun = t.pos_ in {"NOUN", "PROPN"} and t.dep_ in {"compound", "nmod", "conj", "amod"}
        adjective = t.pos_ == "ADJ" and (
            t.lower_ in _TECH_WORDS
            or t.lower_ in _KIND_ADJECTIVES
            or (i + 1 < len(doc) and table.text[i + 1] == "-")
        )
        # "critical and emerging technologies" (the parser calls "emerging" a verb)
        policy = t.lower_ in _POLICY_ADJECTIVES and technology
        hyphen = t.text == "-" and not t.whitespace_
        joiner = t.lower_ in {"and", "or", ","} and i - 1 >= edge
        if t.lower_ in MISREAD_VERBS:
            break  # "(TSMC) manufactures chips": a verb the parser read as a noun
        if t.text == ")" and _bracketed_acronym(doc, i, edge):
            left = i = i - 2  # "deep ultraviolet (DUV) lithography systems": one name
            i -= 1
            continue
        if noun or adjective or policy or hyphen or (t.dep_ == "amod" and "-" in t.text):
            left = i
        elif _term_adjective(t, token, left):
            left = i  # "inertial guidance systems", "quantum key distribution networks"
        elif joiner and doc[i - 1].pos_ in {"NOUN", "PROPN", "ADJ"}:
            # "A and B tools": keep walking; kept only if a modifier follows. Not past
            # the same head ("satellite technology and space technology": two phrases)
            if doc[i - 1].lemma_ == token.lemma_:
                break
        else:
            break
        i -= 1
    while left < token.i and table.lower[left] in {"and", "or", ",", "-", "("}:
        left += 3 if table.text[left] == "(" else 1  # "(DUV)" with no modifier before it
    if 0 < left < token.i and not doc[left - 1].whitespace_ and doc[left - 1].is_digit:
        left -= 1  # "5G radio equipment": the tokenizer cut "5G" in two
    return left


def _bracketed_acronym(doc: Doc, i: int, edge: int) -> bool:
    """Word ``i`` closes an acronym in brackets after a modifier of the phrase: "deep
    ultraviolet (DUV) lithography", "electronic design automation (EDA) software"."""
    if i - 3 < edge or token_table(doc).text[i - 2] != "(":
        return False
    acronym = token_table(doc).text[i - 1]
    before = doc[i - 3]
    return (
        acronym.isalpha()
        and 1 < len(acronym) <= 6
        and acronym[:1].isupper()
        and acronym[1:].upper() == acronym[1:]
        and before.pos_ in {"NOUN", "ADJ", "PROPN"}
        and before.is_lower
    )


def _term_adjective(t: Token, head: Token, left: int) -> bool:
    """An adjective that belongs to a compound term inside a technology phrase, not a
    rating or a place: one that modifies a noun of the phrase other than its head
    ("inertial guidance systems": "inertial guidance"), or one after a technical word
    modifying the same noun ("quantum key distribution networks")."""
    if t.pos_ != "ADJ" or t.tag_ in {"JJS", "JJR"} or t.ent_type_ or not t.is_lower:
        return False
    if t.lower_ in EVALUATIVE_WORDS or t.lower_ in NATIONALITIES:
        return False
    if t.head.i != head.i and left <= t.head.i < head.i and t.head.pos_ == "NOUN":
        return True
    before = t.doc[t.i - 1] if t.i > 0 else None
    return (
        before is not None
        and before.lower_ in _TECH_WORDS
        and before.head.i == t.head.i
        and t.dep_ == "amod"
    )


#: Nouns of a firm's trade ("chipmaker", "software maker"): a name after them is a firm.
_FIRM_NOUNS = COMPANY_NOUNS | MORE_COMPANY_NOUNS | {"chipmaker", "carmaker", "automaker"}
#: Heads that make a technology with any noun before them ("inspection equipment").
_GENERIC_TECH_HEADS = frozenset({"equipment", "software", "systems", "devices", "components"})
#: Adjectives of a technology's kind of user that stay in its name ("commercial
#: spyware") but make no phrase technical on their own ("commercial services").
_KIND_ADJECTIVES = frozenset({"commercial", "civilian", "consumer", "industrial"})
#: Adjectives by which policy names a class of technologies ("sensitive
#: technologies", "critical and emerging technologies"): before "technology" only.
_POLICY_ADJECTIVES = frozenset(
    {"sensitive", "critical", "emerging", "advanced", "disruptive", "foundational",
     "strategic", "innovative"}
)  # fmt: skip
_STANDALONE_TECH = frozenset(
    {"semiconductors", "microelectronics", "spyware", "malware", "encryption", "robotics",
     "supercomputers", "drones", "satellites", "radar"}
)  # fmt: skip
_STRONG_TECH_HEADS = frozenset(
    {"technology", "technologies", "software", "recognition", "chips", "semiconductors",
     "microelectronics", "computing", "encryption", "insecticides", "pesticides"}
)  # fmt: skip


def find_mentions(doc: Doc, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every entity mention in ``doc``, non-overlapping, in text order."""
    gaz = gazetteer or load_gazetteer()
    exact, lower = _matchers(doc, gaz)
    candidates: dict[tuple[int, int], Mention] = {}
    span_text = token_table(doc).span_text  # held: ``add`` runs ~100 times an article

    def add(
        start: int, end: int, cls: str | None, source: str, canonical: str | None = None
    ) -> None:
        if end <= start:
            return
        key = (start, end)
        name = _name_of_text(span_text(start, end))  # (``_span_name`` with the table held)
        if not name or not _has_alnum(name):
            return
        if key not in candidates or source == "gazetteer":
            # Span() itself: ``doc[start:end]`` normalises the slice in Python first
            candidates[key] = Mention.at(doc, start, end, name, cls, source, canonical)

    # gazetteer first: it knows best
    for matcher in (exact, lower):
        for match_id, start, end in matcher(doc):
            entry = gaz.lookup(doc.vocab.strings[match_id])
            if entry:
                add(start, end, entry.cls, "gazetteer", entry.canonical)
    # names the model labels on their own somewhere ("Gazprom"), to split "A and B"
    ents = doc.ents  # spaCy makes a Token per word of the document on each call
    table = token_table(doc)  # words from lists: ``e.text`` or ``doc[i]`` make Tokens
    span_text, text, lower = table.span_text, table.text, table.lower
    short = (span_text(e.start, e.end) for e in ents if e.end - e.start <= 4)
    alone = {name for name in short if "and" not in name.split()}
    for ent in ents:
        label = ent.label_
        titled = _titled_person_start(table, ent.start, ent.end) if label != "PERSON" else None
        if titled is not None:
            # "Trial Attorneys Jane Roe", "(in) Charge Jane Roe" labelled an organisation
            # or a building: the title's words run into a person's name (its surname
            # too, when the label stopped at the given name)
            if ent.end - titled == 1 and _given_name_before_surname(table, titled, ent.end):
                ent = doc[ent.start : ent.end + 1]
            field = _department_field(doc, ent.start, span_text(ent.start, titled))
            if field is not None:
                # "Secretary of Agriculture Howard Lindqvist" labelled from "Agriculture":
                # the portfolio names his department ("Secretary for Export Enforcement
                # X": a remit, no body, like "National Security" of an adviser)
                add(ent.start, titled, "Government", "gazetteer", field)

            label, ent = "PERSON", doc[titled : ent.end]
        if label not in NER_CLASSES:
            if not _firm_by_legal_form(ent):
                continue
            label = "ORG"  # "Baltic Freight LLC" taken for a work of art or a product
        start, end = clean_name(ent)
        if label == "ORG" and end - start >= 3 and lower[end - 1] == "of":
            # "Gulfstar Desalination Company of" labelled, "Abu Dhabi" after it not: a
            # label never ends in "of"; after a firm's form the words are its seat
            if lower[end - 2] in _SEAT_FORMS:
                k = end
                while k < len(doc) and k - end < 3 and _unlabelled_proper(doc, k):
                    k += 1
                add(end, k, "Location", "ner")
            end -= 1
        if start > 0 and text[start - 1] in CASED_LEGAL_PREFIXES and label in NER_CLASSES:
            start, label = start - 1, "ORG"  # "PT Cahaya Mitra Solusi": the form is the name's
        start = after_dateline(table, start, end)  # "BOSTON - Acme Inc.": not the city's
        seat = before_seat(table, start, end) if label == "ORG" else end
        if seat < end:
            # "Acme Corp. of Akron, Ohio": the seat is a place, not the firm's name's
            add(seat + 1, end, "Location", "ner")
            end = seat
        if label == "PERSON":
            start, end = _whole_person(doc, start, end)
        if _person_in_a_list_of_people(doc, start, end, label):
            start, label = start - 1, "PERSON"  # "Greg Staples and Ivy Wang": "Wang" as ORG
        if label == "ORG" and all(w.rstrip(",") in LEGAL_SUFFIXES for w in lower[start:end]):
            # "Internet Research Agency LLC" with only "LLC" labelled (or labelled apart):
            # the proper nouns before the legal form are the firm's name
            while (
                start > 0
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].ent_type_
                in {
                    "",
                    "ORG",
                }
            ):
                start -= 1
        while (
            label in {"ORG", "PERSON", "GPE"}
            and end < len(doc)
            and text[end][:1].isupper()
            and legal_form(text[end])
        ):
            end += 1  # "Drevenhof NV" with only "Drevenhof" labelled: the legal form is the name's
        if label in {"ORG", "PERSON"} and end < len(doc) and _dotted_legal_form(table, end):
            # "Vysoka Controls a.s." with the name labelled a person: Czech and Slovak
            # forms are written in lower case, and no person has one
            end, label = end + 1 + (_dotted_legal_form(table, end) == 2), "ORG"
        if (
            label in {"ORG", "PERSON", "GPE"}
            and end + 1 < len(doc)
            and text[end] == ","
            and text[end + 1][:1].isupper()
            and lower[end + 1] in LEGAL_SUFFIXES
        ):
            end += 2  # "Pullman Lane Productions, LLC" with the legal form labelled apart
        if label == "ORG":
            end = _of_formal_state_end(doc, end)  # "Central Bank" + "of the Russian Federation"
            end = portfolio_end(doc, start, end)  # "(Secretary of) Commerce for Trade"
        if label in {"PERSON", "ORG"} and _and_company_end(doc, end) > end:
            end, label = _and_company_end(doc, end), "ORG"  # "Ivan Pereira and Co L.P."
        if label in {"PERSON", "ORG"} and lower[end - 1] in PARTNERSHIP_FORMS:
            start, label = _partners_start(doc, start, end), "ORG"  # "Holm and Varga P.C."
        if label == "ORG":
            end = _and_legal_form(doc, end)
            start = _and_company_start(doc, start, end)
        if end - start > 2 and lower[start] == "governments" and lower[start + 1] == "of":
            # "the Governments of Canada and Japan": the states, each under its name
            start, label = start + 2 + (lower[start + 2] == "the"), "GPE"
        pieces = [p for piece in _lines(doc, start, end) for p in _verb_cuts(doc, *piece)]
        if label == "ORG":
            pieces = [p for piece in pieces for p in _legal_form_ands(doc, *piece)]
            pieces = [p for piece in pieces for p in _commas(doc, *piece)]
            pieces = [p for piece in pieces for p in _ands(doc, *piece, alone)]
        for start, end in pieces:
            name = _span_name(doc, start, end)
            entry = gaz.lookup(name)
            if entry is None and name.isupper() and len(name) > 5:
                entry = gaz.lookup(name.title())  # "THE WHITE HOUSE" heading a proclamation
            department = _department_field(doc, start, name)
            if department is None and label == "ORG":
                department = BARE_DEPARTMENTS.get(name)  # "Commerce added X to the list"
            if department is not None:
                add(start, end, "Government", "gazetteer", department)
            elif entry:
                add(start, end, entry.cls, "gazetteer", entry.canonical)
            else:
                cls = classify_name(name, label)
                if label == "PERSON" and start > 0 and lower[start - 1] in HONORIFICS:
                    cls = "Person"  # "Mr. Sam Shipping": whatever his name's last word
                elif label == "PERSON" and _plural_group(doc, start, end):
                    cls = "Organization"  # "the Houthis", "the Taliban's fighters"
                if cls in {"Company", "Person", "Location"} and all(
                    word.islower()
                    for word in text[start:end]  # (``Token.is_lower``)
                ):
                    continue  # "sells antennas" labelled ORG: a common noun names no one
                add(start, end, cls, "ner")
    _add_government_phrases(doc, add)
    _add_firms_of_partners(doc, add)
    _add_unlabelled_proper_nouns(doc, add)
    heads = table.where_lower(doc, TECH_HEADS)
    for i in heads:  # _tech_phrase's own first test, without making each token
        bounds = _tech_phrase(doc[i])
        if bounds:
            add(bounds[0], bounds[1], "Technology", "tech")
    _add_products(doc, candidates, gaz)
    offices = _add_bodies(doc, candidates, gaz)
    _add_state_bodies(doc, candidates)
    _drop_titles(doc, candidates)
    _drop_noise(doc, candidates)
    _drop_subject_lines(doc, candidates)
    _add_whole_firm_names(doc, candidates)
    _drop_portfolio_fields(doc, candidates)
    headings = _add_list_items(doc, candidates)
    if headings:
        # a list's heading ("Defense Sector of the Economy:") names a category
        for key in [k for k in candidates if any(a <= k[0] < b for a, b in headings)]:
            del candidates[key]

    _add_hyphenated_surnames(doc, candidates)
    kept = _longest_first([(m.start, m.end) for m in candidates.values()])
    chosen = [candidates[bounds] for bounds in kept]
    for mention in chosen:
        _refine_class(mention)
        if mention.cls == "Company" and _agency_office(doc, gaz, mention.start, mention.end):
            mention.cls = "Government"  # "HSI Seattle": the agency's office there
    _type_bare_names_by_neighbours(chosen)
    _units_of_government_bodies(doc, chosen)
    if offices:
        _offices_by_agency(doc, chosen, offices)
    _aliases_of_a_named_thing(doc, chosen)
    _bracketed_short_names(doc, chosen)
    _coordinated_firms(chosen)
    _firms_without_legal_form(chosen)
    _short_names_of_firms(chosen)
    chosen = _defined_acronyms(doc, chosen)
    return [m for m in chosen if m.cls]


#: Classes whose names define acronyms used later ("the Ministry of X (MOX) … MOX officers").
_ACRONYM_CLASSES = frozenset({"Government", "Company", "Organization"})


def _defined_acronyms(doc: Doc, chosen: list[Mention]) -> list[Mention]:
    """ "Iran's Ministry of Intelligence and Security (MOIS) … two MOIS officers": an
    acronym defined in brackets right after a body's or firm's name names it wherever
    the article uses it, also where the model left it unlabelled (grouping joins it to
    the name). Only acronyms no mention covers are added; the list stays in text order."""
    table = token_table(doc)
    text, n = table.text, len(table.text)
    covered = {i for m in chosen for i in range(m.start, m.end)}
    defined: dict[str, str] = {}
    for m in chosen:
        k = m.end
        if m.cls not in _ACRONYM_CLASSES or k + 2 >= n or text[k] != "(" or text[k + 2] != ")":
            continue
        word = text[k + 1]
        if 2 <= len(word) <= 8 and word.isupper() and word.isalpha() and k + 1 not in covered:
            defined.setdefault(word, m.cls)
    if not defined:
        return chosen  # (most articles: every bracketed acronym is a mention already)
    added = [
        Mention.at(doc, i, i + 1, text[i], defined[text[i]], "cue")
        for i in table.where_lower(doc, {w.lower() for w in defined})
        if i not in covered and text[i] in defined
    ]
    return sorted(chosen + added, key=lambda m: m.start) if added else chosen


#: Words that open a memorandum's or letter's subject line ("SUBJECT: Prohibiting …").
_SUBJECT_WORDS = frozenset({"subject", "re"})


def _drop_subject_lines(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> None:
    """A memorandum's subject line is its title in capitals ("SUBJECT: Prohibiting
    United States Investment in …"): its capitalised words name no firm or body, save
    the states and bodies the gazetteer or a body's grammar knows."""
    table = token_table(doc)
    text, space = table.text, table.whitespace
    n = len(doc)
    for i in table.where_lower(doc, _SUBJECT_WORDS):
        if i + 1 >= n or text[i + 1] != ":" or not text[i][:1].isupper():
            continue
        if i > 0 and "\n" not in space[i - 1] and "\n" not in text[i - 1]:
            continue  # not at a line's start
        end = next((k for k in range(i + 2, n) if "\n" in space[k] or "\n" in text[k]), n)
        for key in [k for k, m in candidates.items() if i < k[0] < end]:
            if candidates[key].source in {"ner", "propn", "cue"}:
                del candidates[key]


def _add_hyphenated_surnames(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> None:
    """A person's name with a double-barrelled surname the model cut at its hyphen
    ("Marisol Vance-Okoro" labelled "Marisol Vance"): the whole name as a candidate."""
    text = token_table(doc).text
    n = len(doc)
    for (start, end), m in list(candidates.items()):
        if m.cls != "Person" or end + 1 >= n or text[end] not in {"-", "–"}:
            continue
        if doc[end - 1].whitespace_ or doc[end].whitespace_:
            continue  # "Ann Lee - the chair": a dash between words, not a hyphen
        nxt = doc[end + 1]
        if nxt.is_alpha and nxt.text.istitle() and (start, end + 2) not in candidates:
            name = _span_name(doc, start, end + 2)
            candidates[(start, end + 2)] = Mention(
                Span(doc, start, end + 2), name, "Person", m.source
            )


def _short_names_of_firms(mentions: list[Mention]) -> None:
    """An untyped lone proper noun that is the first word of a firm named in the same
    article is that firm's short name: "Hanbit Semiconductor …. Hanbit, which makes …"
    (a sentence's first word has no other cue; grouping then joins the two); so is a
    lone word the model took for a person, when the firm is that word and its form."""
    bare = [
        m
        for m in mentions
        if m.cls is None
        and m.source == "propn"
        and m.end - m.start == 1
        and (m.start == 0 or m.doc[m.start - 1].pos_ != "PROPN")
        and m.root.dep_ not in {"compound", "amod", "nmod"}
    ]  # not "Shenzhen Rongtai" (a name's last word after a place's), nor a modifier
    # ("a US-based Schlumberger segment": what is based there is the segment)
    # one firm's first word: of "Norvika Wind Ltd." and "Norvika Solar Ltd.", "Norvika"
    # names neither
    named = {m.name for m in mentions if m.cls == "Company" and " " in m.name}
    counts = Counter(name.split()[0] for name in named)
    firsts = {word for word, n in counts.items() if n == 1}
    # a firm named after its founder ("Kiriak Trading LLC"): "Kiriak" may be the man
    # (a full name's words: a lone "Hanbit" the model took for a person is no one's)
    people = {w for m in mentions if m.cls == "Person" and " " in m.name for w in m.name.split()}
    for m in bare:
        if m.name in firsts and m.name not in people:
            m.cls = "Company"
    # "Belsvyaz Holding … Belsvyaz, in turn, …": a lone word the model took for a person,
    # when the only firm it opens is that word and a trade or legal form, is the firm
    formed = {
        words[0]
        for words in (name.split() for name in named)
        if len(words) == 2
        and {words[1].lower().strip(","), words[1].lower() + "s"} & _LEGAL_OR_COMPANY_FORMS
    }  # ("Holding": "Holdings" is the listed form)
    for m in mentions:
        if (
            m.cls == "Person"
            and m.source == "ner"
            and m.end - m.start == 1
            and m.name in formed
            and m.name in firsts
            and m.name not in people
        ):
            m.cls = "Company"


def _firms_without_legal_form(mentions: list[Mention]) -> None:
    """ "Internet Research Agency LLC", later "the Internet Research Agency": the name
    without its legal form is the same firm, whatever its words ("Agency") suggest."""
    firms = {
        " ".join(m.name.split()[:-1])
        for m in mentions
        if m.cls == "Company"
        and len(m.name.split()) > 1
        and m.name.split()[-1].lower().rstrip(",") in LEGAL_SUFFIXES
    }
    if not firms:
        return
    for m in mentions:
        if (
            m.cls in {"Government", "Organization"}
            and m.source in {"body", "ner", "propn"}
            and m.name in firms
        ):
            m.cls, m.source = "Company", "cue"


def _department_field(doc: Doc, start: int, name: str) -> str | None:
    """ "the Secretary of Commerce": "Commerce" names the Commerce Department (the
    model takes the bare field for a firm). Returns the department's full name.

    >>> from spacy.lang.en import English
    >>> doc = English()("The Secretary of Commerce and the Director of National Intelligence")
    >>> _department_field(doc, 3, "Commerce"), _department_field(doc, 8, "National Intelligence")
    ('Commerce Department', 'Office of the Director of National Intelligence')
    >>> _department_field(doc, 3, "Kestrel")
    """
    full = DEPARTMENT_FIELDS.get(name)
    if full is None:
        return None
    k = start - 1
    if k >= 0 and token_table(doc).lower[k] == "the":
        k -= 1
    if (
        k >= 1
        and token_table(doc).lower[k] == "of"
        and token_table(doc).lower[k - 1] in DEPARTMENT_HEAD_TITLES
    ):
        return full
    return None


def _coordinated_firms(mentions: list[Mention]) -> None:
    """ "rivals such as Microsoft and Blinkto": a name the NER guessed at, coordinated with
    a firm known from the gazetteer or a cue, is a firm too."""
    known = {
        m.root.i
        for m in mentions
        if m.cls == "Company" and m.source in {"gazetteer", "cue", "list"}
    }
    if not known:
        return
    for m in mentions:
        if m.source not in {"ner", "propn"} or m.cls == "Company" or m.end - m.start > 3:
            continue
        root = m.root
        linked = [c.i for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            linked.append(root.head.i)
        if any(i in known for i in linked) and classify_name(m.name, None) is None:
            m.cls, m.source = "Company", "cue"


def _matchers(doc: Doc, gaz: Gazetteer):  # type: ignore[no-untyped-def]
    # Phrase matchers are tied to a vocab; cache one pair per vocab.
    key = id(doc.vocab)
    if key not in _MATCHER_CACHE:
        from spacy.lang.en import English

        # the loaded pipeline's tokenizer splits the names as a blank English one
        # does (tests/test_gazetteer.py checks), without building one (0.06 s)
        nlp = loaded_pipeline(doc.vocab) or English(vocab=doc.vocab)
        _MATCHER_CACHE[key] = gaz.matchers(nlp)
    return _MATCHER_CACHE[key]


_MATCHER_CACHE: dict[int, tuple] = {}  # type: ignore[type-arg]


#: Words of a job title ("Assistant U.S. Attorney", "District Judge"): no entity alone.
_TITLE_ONLY = TITLE_WORDS | {
    "u.s.", "us", "general", "district", "acting", "special", "trial", "judge",
    "magistrate", "attorneys", "charge", "in", "senior", "associate", "principal",
    "first", "federal", "state", "national", "security", "for", "chief",
}  # fmt: skip


#: Bodies a title may be of, named by their noun alone ("Department Spokesperson").
_BODY_NOUNS = frozenset({"department", "ministry", "agency", "bureau", "office", "embassy"})

_DASHES = {"-", "–", "—", ",", ":"}


def _drop_noise(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> None:
    """Datelines ("WASHINGTON – …") and photo credits ("(AP Photo/Jane Roe)") name no
    entity the article is about."""
    table = token_table(doc)  # words read from the table: no Span or Token per mention
    photos = "photo" in table.doc_text.lower()  # a credit's window needs the word
    for key in list(candidates):
        m = candidates[key]
        start, end = m.start, m.end
        text = table.span_text(start, end)
        if m.source in {"gazetteer", "body", "list"} and not text.isupper():
            continue
        line_start = start == 0 or "\n" in table.whitespace[start - 1] + table.text[start - 1]
        after = table.text[end] if end < len(doc) else ""
        if line_start and text.isupper() and len(text) > 4 and after in _DASHES:
            del candidates[key]  # a dateline
            continue
        if not photos:
            continue
        window = table.span_text(max(start - 3, 0), min(end + 1, len(doc))).lower()
        if "photo" in window and ("/" in window or "photo:" in window):
            del candidates[key]  # a photo credit or caption label


#: Words that open a job title before "Attorney", "Agent" and the like.
_TITLE_OPENERS = frozenset(
    {"trial", "senior", "special", "assistant", "deputy", "acting", "principal", "chief"}
)


def _title_start(doc: Doc, m: Mention) -> int | None:
    """Where a title run into the end of a name begins: "Trial" in "CCIPS Trial"
    before "Attorney" (None when the name has no such tail, or is all title)."""
    lower = token_table(doc).lower  # no Token per word looked at
    if m.end >= len(doc) or lower[m.end] not in TITLE_WORDS:
        return None
    cut = m.end
    while cut > m.start and lower[cut - 1] in _TITLE_OPENERS:
        cut -= 1
    return cut if m.start < cut < m.end else None


#: A body's head noun that, capitalised and alone, names no particular body ("Office").
_BARE_BODY_NOUNS = frozenset(
    {"office", "department", "division", "section", "unit", "bureau", "agency", "court",
     "district", "ministry"}
)  # fmt: skip


def _field_of_a_title(table: TokenTable, m: Mention) -> bool:
    """Whether a firm-like name is the field of a title named after one: "National
    Security" before "Advisor", or "Homeland Security Adviser" taken whole ("Veltra Corp
    Adviser X" keeps its firm: a firm's suffix ends it)."""
    if m.cls not in {"Company", None} or m.source not in {"ner", "propn"}:
        return False
    words = table.lower[m.start : m.end]
    if words[-1] in FIELD_TITLES and len(words) > 1:
        return words[-2] not in COMPANY_SUFFIXES and table.text[m.end - 1][:1].isupper()
    after = m.end < len(table.lower) and table.lower[m.end] in FIELD_TITLES
    return after and table.text[m.end][:1].isupper() and words[-1] not in COMPANY_SUFFIXES


#: Titles of the federal courts and prosecutors that a country's full name can open
#: ("Assistant United States Attorney"); an envoy's ("United States Ambassador") keeps
#: the country as the body they serve.
_COURT_TITLES = frozenset({"attorney", "attorneys", "district", "judge", "magistrate", "marshal"})


def _drop_titles(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> None:
    """Titles are not entities: "Attorney", "District Judge", the "U.S." of "U.S. Attorney"."""
    table = token_table(doc)  # the words after a name from the table: no Token each
    lower = table.lower
    for key in list(candidates):
        m = candidates[key]
        words = lower[m.start : m.end]
        body_post = len(words) > 1 and all(w in _BODY_NOUNS for w in words[:-1])
        if body_post and words[-1] in TITLE_WORDS:
            # "X, Department Spokesperson": a post of the body the article is from,
            # whatever the tagger made of it
            del candidates[key]
            continue
        if m.source == "body" or m.cls == "Person":
            continue
        if m.source == "propn" and m.cls is None and len(words) > 1 and words[-1] in TITLE_WORDS:
            # "FinCEN Director X": the untyped run of capitals is a body and its title;
            # the body's own name stays (a curated or tagged one already is a candidate)
            del candidates[key]
            body_end = m.end - 1
            while body_end > m.start + 1 and lower[body_end - 1] in _TITLE_OPENERS:
                body_end -= 1
            name = _span_name(doc, m.start, body_end)
            body = classify_name(name, None) if name else None
            if body is not None and (m.start, body_end) not in candidates:
                candidates[(m.start, body_end)] = Mention.at(
                    doc, m.start, body_end, name, body, m.source
                )
            continue
        if len(words) == 1 and words[0] in _BARE_BODY_NOUNS:
            del candidates[key]  # a capitalised "Office" alone names no particular body
            continue
        if _field_of_a_title(table, m):
            del candidates[key]  # "(Deputy) National Security Advisor X": a post's field
            continue
        if words[0] == "minister" and "of" in words:
            # "Moldova's Minister of Economic Development, X": a post (its ministry is
            # named "Ministry of …"), whoever holds it works for the state
            del candidates[key]
            continue
        after = lower[m.end] if m.end < len(doc) else None
        cut = _title_start(doc, m)
        if cut is not None:
            # "CCIPS Trial Attorney Roe": the words of the title are no part of the name
            del candidates[key]
            name = _span_name(doc, m.start, cut)
            if name and (m.start, cut) not in candidates:
                label = m.root.ent_type_ or None
                candidates[(m.start, cut)] = Mention.at(
                    doc, m.start, cut, name, classify_name(name, label), m.source
                )
            continue
        before_title = after is not None and (after in TITLE_WORDS or after[:-1] in TITLE_WORDS)
        if all(w in _TITLE_ONLY for w in words) and (
            before_title or any(w in TITLE_WORDS for w in words)
        ):
            del candidates[key]  # "Attorney", "Trial (Attorney)", "District Judge"
            continue
        if (
            m.cls in {"Government", "Location"}
            and (m.canonical in COUNTRY_NAMES or m.doc[m.start].ent_type_ == "GPE")
            and after is not None
            and (m.end - m.start == 1 or after in _COURT_TITLES)
            and (after in TITLE_WORDS or after == "district" or after[:-1] in TITLE_WORDS)
            and table.text[m.end][:1].isupper()
        ):
            # "U.S. Attorney Jane Roe", "Assistant United States Attorney Jane Roe": part
            # of her title
            del candidates[key]


def _drop_portfolio_fields(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> None:
    """ "Under Secretary of the Treasury for Terrorism and Financial Intelligence X":
    the words of a post's field name no firm or body (the model labels them ORG)."""
    if "for" not in token_table(doc).lower:
        return
    for start, end in portfolio_fields(doc):
        # the NER may swallow the holder's name into an organisation that starts
        # before the field ("Commerce for Industry and Security Ann Roe")
        inside = [k for k in candidates if start < k[1] and k[0] < end]
        person = any(candidates[k].cls == "Person" for k in inside)
        for key in inside:
            m = candidates[key]
            if m.cls != "Person" and m.source in {"ner", "propn", "cue", "body"}:
                del candidates[key]  # ("Enforcement" read as a body's head: a field's)
        holder = None if person else _field_holder(doc, start, end)
        if holder is not None:
            name = _span_name(doc, *holder)
            candidates[holder] = Mention.at(doc, *holder, name, "Person", "propn")


#: Words of posts' fields ("Terrorism and Financial Intelligence", "Industry and
#: Security"): a field's last words, never a person's name.
_FIELD_WORDS = frozenset(
    {"intelligence", "security", "enforcement", "administration", "affairs", "crimes",
     "sanctions", "trade", "industry", "policy", "finance", "terrorism", "export",
     "exports", "international", "financial", "economic", "control", "controls",
     "nonproliferation", "management", "resources", "development", "analysis",
     "investment", "operations", "cyber", "technology", "services", "relations"}
)  # fmt: skip


def _field_holder(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The person named after a post's field ("… for Industry and Security Ann Roe"):
    its last two capitalised words, when a field word precedes them and neither is
    a field word; None when the field ends the run ("… for Terrorism and Financial
    Intelligence.")."""
    table = token_table(doc)
    lower, text = table.lower, table.text
    first, last = end - 2, end - 1
    if first - start < 1 or lower[first - 1] not in _FIELD_WORDS:
        return None
    if lower[first] in _FIELD_WORDS or lower[last] in _FIELD_WORDS:
        return None
    if not (text[first].istitle() and text[last][:1].isupper() and text[first].isalpha()):
        return None
    return first, end


def _add_whole_firm_names(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> None:
    """Firms' names the model cut short, whole (firm_names.py): they win over the
    pieces by their length when the spans are filtered."""
    spans = [(m.start, m.end, m.cls, m.source) for m in candidates.values()]
    for start, end in firm_name_bounds(doc, spans):
        name = _span_name(doc, start, end)
        if name and (start, end) not in candidates:
            candidates[(start, end)] = Mention.at(doc, start, end, name, "Company", "cue")


def _add_products(doc: Doc, candidates: dict[tuple[int, int], Mention], gaz: Gazetteer) -> None:
    """Products and technologies by their news wording (products.py) win over the
    NER's guesses for the same words ("brands include Kestrel" is no organisation)."""

    def is_company(name: str) -> bool:
        entry = gaz.lookup(name)
        return entry is not None and entry.cls in {"Company", "Organization", "Government"}

    for start, end in product_spans(doc, is_company):
        start = _after_a_cut_name(doc, start, end)
        if start >= end:
            continue
        held = candidates.get((start, end))
        if held is not None and held.source == "gazetteer":
            continue
        name = _span_name(doc, start, end)
        if name and any(ch.isalpha() for ch in name):
            candidates[(start, end)] = Mention.at(doc, start, end, name, "Technology", "product")


def _after_a_cut_name(doc: Doc, start: int, end: int) -> int:
    """Where a product phrase starting inside a name really starts: a phrase never cuts
    a name in half, so "Kong-registered front" (of "a Hong Kong-registered front
    company") loses the name's tail and the "-registered" of its seat; with no noun
    left it names nothing (``end`` is returned). A place named whole loses its seat
    participle too ("Dubai-registered" of "a Dubai-registered firm").

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Kestrel used a Hong Kong-registered front company.")
    >>> _after_a_cut_name(doc, 4, 8), _after_a_cut_name(doc, 7, 8)
    (8, 7)
    >>> doc = load_pipeline()("Kestrel used a Dubai-registered firm.")
    >>> _after_a_cut_name(doc, 3, 6)
    6
    """
    if doc[start].ent_iob_ == "B":
        # "a Dubai-registered firm": a place named whole, then its seat participle
        k = start + 1
        while k < end and doc[k].ent_iob_ == "I":
            k += 1
        if k + 1 < end and doc[k].text == "-" and doc[k + 1].lower_ in SEAT_PARTICIPLES:
            k += 2
            return k if any(doc[i].pos_ in {"NOUN", "PROPN"} for i in range(k, end)) else end
        return start
    if doc[start].ent_iob_ != "I":
        return start
    first = start  # the name's first word
    while first > 0 and doc[first].ent_iob_ == "I":
        first -= 1
    if all(doc[i].pos_ == "DET" for i in range(first, start)):
        return start  # "the B-1 Bomber" labelled whole: only its article is left out
    k = start
    while k < end and doc[k].ent_iob_ == "I":
        k += 1
    if (
        k + 1 < end
        and token_table(doc).text[k] == "-"
        and token_table(doc).lower[k + 1] in SEAT_PARTICIPLES
    ):
        k += 2
    if not any(doc[i].pos_ in {"NOUN", "PROPN"} for i in range(k, end)):
        return end
    return k


def _add_state_bodies(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> None:
    """ "a US court", "a federal jury": the body, not the place inside its name, unless
    a longer official name already covers it ("U.S. District Court for …")."""
    for start, end in state_body_spans(doc):
        inside = [k for k in candidates if start <= k[0] and k[1] <= end]
        if any(k[0] < end and start < k[1] and k not in inside for k in candidates):
            continue
        if any(candidates[k].source in {"body", "gazetteer"} and k[0] > start for k in inside):
            continue  # "the federal Department of Justice": its own name
        for key in inside:
            del candidates[key]
        name = _span_name(doc, start, end)
        candidates[(start, end)] = Mention.at(doc, start, end, name, "Government", "government")


def _offices_by_agency(
    doc: Doc, mentions: list[Mention], offices: dict[str, frozenset[str]]
) -> None:
    """ "(CIS) Northeast Field Office", "CIS Northeast Field Office": an office the
    article names alike under two agencies takes its agency's name before its own, so
    the two offices stay two entities (:func:`~kg.extract.bodies.offices_under_parents`)."""
    for mention in mentions:
        agencies = offices.get(mention.name)
        i = mention.start - 1
        if agencies is None or i < 0:
            continue
        if token_table(doc).text[i] == ")" and i >= 2 and token_table(doc).text[i - 2] == "(":
            i -= 1  # "Service (CIS) Northeast Field Office"
        if token_table(doc).text[i] in agencies:
            mention.name = f"{token_table(doc).text[i]} {mention.name}"


def _add_bodies(
    doc: Doc, candidates: dict[tuple[int, int], Mention], gaz: Gazetteer
) -> dict[str, frozenset[str]]:
    """Government bodies by the grammar of their names win over the NER's cuts; returns
    the regional offices named alike under two agencies (:func:`_offices_by_agency`)."""
    spans = body_spans(doc)
    if not spans:
        return {}
    # the names found before the bodies, by first word: a body is weighed against the
    # ones it overlaps (bisected: a name starts at most ``longest`` words before its end)
    found = sorted(candidates)
    firsts = [a for a, _ in found]
    longest = max((b - a for a, b in found), default=0)
    for start, end, name, inside in spans:
        window = found[bisect_left(firsts, start - longest + 1) : bisect_left(firsts, end)]
        near = {k for k in window if k[1] > start}
        if any(
            k in candidates
            and candidates[k].source == "gazetteer"
            and k[0] <= start
            and end <= k[1]
            and k != (start, end)
            for k in near
        ):
            continue  # "People's Liberation Army": the curated name covers "Liberation Army"
        for key in near:
            if key not in candidates:
                continue
            a, b = key
            overlaps = a < end and start < b
            if overlaps and (a, b) != (start, end) and candidates[key].source != "list":
                if candidates[key].source == "gazetteer" and start <= a and b <= end:
                    continue  # "U.S." inside "U.S. Department of …" is dropped by length
                del candidates[key]
        entry = gaz.lookup(name)
        canonical = entry.canonical if entry is not None and entry.cls == "Government" else None
        mention = Mention.at(doc, start, end, name, "Government", "body", canonical)
        if inside is not None:
            mention.part_of = spans[inside][0]
            outer_start, outer_end, outer_name, _ = spans[inside]
            written = _span_name(doc, outer_start, outer_end)  # not "FBIs" (a lost "'s")
            if (
                canonical is None
                and outer_end == start
                and written == outer_name
                and _field_office(outer_name, name)
            ):
                # "the FBI Boston Field Office": the office's full name holds its
                # agency's acronym; the agency stays a mention of its own (partOf)
                mention.canonical = f"{outer_name} {name}"
        candidates[(start, end)] = mention
    return offices_under_parents(doc, spans)


def _field_office(agency: str, office: str) -> bool:
    """An agency's acronym before one of its offices or units ("FBI", "Denver Field
    Office"), which releases name together ("the FBI Denver Field Office", "the FBI
    Cyber Division")."""
    return agency.isupper() and agency.isalpha() and len(agency) <= 6


def _add_list_items(doc: Doc, candidates: dict[tuple[int, int], Mention]) -> list[tuple[int, int]]:
    """Items of name-list paragraphs as mentions; returns the headings' token bounds."""
    headings: list[tuple[int, int]] = []
    for number, block in enumerate(list_blocks(token_table(doc).doc_text)):
        head = doc.char_span(block.start, block.heading_end, alignment_mode="expand")
        # a heading names a category ("Defense Sector:"); a sentence before the colon
        # ("Treasury designated the following: …") keeps its names
        sentence = head is not None and any(t.tag_ in {"VBD", "VBZ", "VBP"} for t in head)
        if head is not None and len(head) and not sentence:
            headings.append((head.start, head.end))
        spans = [doc.char_span(s, e, alignment_mode="expand") for s, e in block.items]
        found = [sp for sp in spans if sp is not None and len(sp)]
        classes = [classify_name(sp.text, _ner_label(sp)) for sp in found]
        known = [c for c in classes if c]
        default = max(set(known), key=known.count) if known else "Company"
        for span, cls in zip(found, classes, strict=True):
            name = _span_name(doc, span.start, span.end)
            if cls == "Organization" and default == "Company":
                cls = "Company"  # "China Academy of ... Technology" among listed companies
            candidates[(span.start, span.end)] = Mention(
                span, name, cls or default, "list", None, -1, number
            )
    return headings


def _ner_label(span: Span) -> str | None:
    labels = [t.ent_type_ for t in span if t.ent_type_]
    return max(set(labels), key=labels.count) if labels else None


class AddMention(Protocol):
    """``find_mentions``' ``add``: record a mention of tokens ``start``..``end``."""

    def __call__(
        self, start: int, end: int, cls: str | None, source: str, canonical: str | None = None
    ) -> None: ...


def _add_government_phrases(doc: Doc, add: AddMention) -> None:
    """ "the Russian government", "Chinese regulators": a state's bodies by nationality."""
    for i in token_table(doc).where_lower(doc, GOVERNMENT_HEADS):  # (no step per token)
        token = doc[i]
        if token.pos_ != "NOUN":
            continue
        mods = [c for c in token.lefts if c.dep_ in {"amod", "compound", "nmod"}]
        if any(c.dep_ == "nummod" for c in token.lefts):
            continue  # "two Cambodian officials": people counted, not the state's bodies
        if mods and (mods[0].ent_type_ in {"NORP", "GPE"} or mods[0].lower_ in NATIONALITIES):
            add(mods[0].i, token.i + 1, "Government", "government")


def _add_firms_of_partners(doc: Doc, add: AddMention) -> None:
    """ "the New York law firm of Lunde, Varga, Holm and Pike": the surnames listed after
    "firm of" are one firm's name (the NER labels each apart)."""
    firm = doc.vocab.strings["firm"]
    lower = token_table(doc).column(LOWER)
    for i in (lower == firm).nonzero()[0].tolist():  # a cheap trigger: the word "firm"
        end = (
            _partners_end(doc, i + 2)
            if i + 2 < len(doc) and token_table(doc).lower[i + 1] == "of"
            else 0
        )
        if end:
            add(i + 2, end, "Company", "cue")


def _partners_end(doc: Doc, start: int) -> int:
    """End of "A, B and C" from ``start`` (surnames, the last after "and"/"&"), or 0
    when there are not two surnames ending with "and".

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("the law firm of Lunde, Varga, Holm and Pike, which sued")
    >>> doc[4 : _partners_end(doc, 4)].text, _partners_end(doc, 0)
    ('Lunde, Varga, Holm and Pike', 0)
    """
    k = start
    while (
        k + 2 < len(doc) and _surname(doc[k]) and token_table(doc).lower[k + 1] in {",", "and", "&"}
    ):
        if token_table(doc).lower[k + 1] in {"and", "&"}:
            return k + 3 if _surname(doc[k + 2]) else 0
        k += 2
    return 0


def _add_unlabelled_proper_nouns(doc: Doc, add: AddMention) -> None:
    """Proper-noun runs the NER missed ("Alibaba was fined"), typed later by context."""
    table = token_table(doc)
    pos_array = table.column(POS)
    ent_array = table.column(ENT_TYPE).copy()  # (changed below: the table's is shared)
    pos, ent = pos_array.tolist(), ent_array.tolist()
    norp, product = doc.vocab.strings["NORP"], doc.vocab.strings["PRODUCT"]
    proper = pos_array == PROPN  # array tests: no Python step per token
    # (two comparisons: ``np.isin`` costs more in its set-up than in its pass)
    misread = (ent_array == norp) | (ent_array == product)
    for i in np.flatnonzero(proper & misread).tolist():
        # "Interbrew" as a nationality, "Ambev" as a product: a lone proper noun the
        # model labelled so is a name to type by context (not "Brazilian", "Democrats")
        if _lone_name(doc, i):
            ent[i] = ent_array[i] = 0
    cardinal = doc.vocab.strings["CARDINAL"]
    for i in np.flatnonzero(proper & (ent_array == cardinal)).tolist():
        # "BelTrackSys is owned by …" labelled a number: a lone word of letters is a name
        t = doc[i]
        alone = t.ent_iob_ == "B" and not (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")
        if alone and t.is_alpha and t.text[:1].isupper() and not t.like_num:
            ent[i] = ent_array[i] = 0
    n = len(doc)
    # the unlabelled proper nouns: a run can start only at one
    unlabelled = np.flatnonzero(proper & (ent_array == 0)).tolist()
    j = 0
    for i in unlabelled:
        if i < j or not table.text[i][:1].isupper():
            continue  # inside the run before, or a lower-case word
        j = i
        while j < n and pos[j] == PROPN and not ent[j]:
            j += 1
            if _hyphen_joins(table, pos, ent, j):
                j += 1  # "NPO Volga-Servo": one name across its hyphen, not "Servo"
        while j - i > 2 and _person_title(table.lower[i]):
            i += 1  # "(Assistant U.S.) Attorneys Ann Roe": the title is no part of her name
        name = table.span_text(i, j)
        titled = _titled_person_start(table, i, j)
        if titled is not None:
            add(titled, j, "Person", "propn")  # "Trial Attorneys Jane Roe": her name
        elif j - i <= 4 and not name.isupper():
            add(i, j, classify_name(name, None), "propn")


def _hyphen_joins(table: TokenTable, pos: list[int], ent: list[int], j: int) -> bool:
    """Word ``j`` is a hyphen written without spaces between two unlabelled proper
    nouns ("Volga-Servo"), the second at ``j + 1``."""
    return (
        j + 1 < len(pos)
        and table.text[j] == "-"
        and not table.whitespace[j - 1]
        and not table.whitespace[j]
        and pos[j + 1] == PROPN
        and not ent[j + 1]
        and table.text[j + 1][:1].isupper()
        # "United States-Australia-Japan (Joint Statement)": states joined, not a name
        and table.text[j + 1] not in COUNTRY_NAMES
        and table.text[j - 1] not in COUNTRY_NAMES
        and table.text[j - 1] != "States"
    )


#: Titles that go before a person's name and begin no firm's ("Agent", not "General").
_NAME_TITLES = frozenset(
    {"attorney", "agent", "secretary", "judge", "prosecutor", "ambassador", "senator",
     "governor", "inspector", "commissioner", "director", "minister", "officer"}
)  # fmt: skip


def _person_title(word: str) -> bool:
    """A title before a name, singular or plural ("Attorneys Ann Roe and Bo Li")."""
    return word in _NAME_TITLES or (word.endswith("s") and word[:-1] in TITLE_WORDS)


def _lone_name(doc: Doc, i: int) -> bool:
    """A one-token NORP/PRODUCT label on a capitalised word that is no nationality or
    group ("Interbrew"), with no other word of the same label beside it."""
    token = doc[i]
    word = token.lower_
    if token.ent_iob_ != "B" or (i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I"):
        return False
    return (
        token.text[:1].isupper()
        and not word.endswith("s")
        and word not in NATIONALITIES
        and not word.endswith(("an", "ese", "ish", "i", "ic"))
    )


def _longest_first(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """spaCy's ``filter_spans`` on (start, end) pairs: the spans that overlap none
    kept before them, longest (then first) first, in text order (without a Span's
    attribute reads in the sort key: an article has hundreds of candidates).

    >>> _longest_first([(0, 2), (1, 4), (4, 5), (3, 5)])
    [(1, 4), (4, 5)]
    """
    result: list[tuple[int, int]] = []
    seen: set[int] = set()
    for start, end in sorted(spans, key=lambda s: (s[1] - s[0], -s[0]), reverse=True):
        if start not in seen and end - 1 not in seen:
            result.append((start, end))
            seen.update(range(start, end))
    return sorted(result, key=lambda s: s[0])


def _refine_class(mention: Mention) -> None:
    """Context cues: "AI firm SenseTime", "SenseTime, a Chinese company"."""
    if mention.source in {"gazetteer", "list", "tech", "body", "product"} and mention.cls:
        return
    root, doc = mention.root, mention.doc
    table = token_table(doc)
    if mention.end - mention.start == 1 and table.lower[mention.start] in HONORIFICS:
        mention.cls = None  # "Mr." alone names nobody
        return
    if mention.cls == "Person" and honorific_before(doc[mention.start]):
        return  # "Ms. Ana Freight, a customs broker": the title outweighs the noun after
    named = classify_name(mention.name, None)
    formal_state = named == "Location" and " " in mention.name
    if (
        mention.source in {"ner", "propn"}
        and named not in {"Government", "Company"}
        and not (
            formal_state and _state_name([w.lower().strip(",.") for w in mention.name.split()])
        )
    ):
        # (a state's formal name is no firm, whatever noun stands beside it: "a single
        # supplier, the People's Republic of China")
        # the words around a name decide, unless it says so itself ("… Ministry", "… Inc")
        cue = class_cue(root, doc[mention.start])
        if cue is not None:
            _drop_honorific(mention)
            has_name = any(ch.isalnum() for ch in mention.name)
            mention.cls, mention.source = (cue if has_name else None), "cue"
            return  # "Mr." before an emoji names nobody
    if mention.cls == "Location" and _among_people(root):
        mention.cls = "Person"  # "Wang Dong, Sun Kailiang and Gu Chunhui"
        return
    if mention.cls == "Company" and named is None and _person_shaped_among_people(mention):
        mention.cls = "Person"  # "Yuriy Orlov, Galina Petrova, and Anton Belov"
        return
    if mention.source == "ner" and named is None and _titled_list(root):
        mention.cls = "Person"  # "Assistant U.S. Attorneys Ann Lee and Tom Ng"
        return
    neighbours: list[Token] = []
    dep = root.dep_
    if dep in {"compound", "appos"}:
        neighbours.append(root.head)
    # the children's labels from the table: a Token only for a compound or apposition
    neighbours.extend(doc[c] for c, d in table.children(doc, root.i) if d in {"appos", "compound"})
    for n in neighbours:
        if n.i in range(mention.start, mention.end):
            continue
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in n.children):
            continue  # "Liew, his company, X": what the name owns, not what it is
        if n.pos_ == "PROPN" and dep == "appos" and root.ent_type_ == "PERSON":
            continue  # "the boss of Pellow Bank, Sanjay Morel": a word of the firm's name
        lemma = n.lemma_.lower()
        if lemma in COMPANY_NOUNS and n.i == root.head.i and root.ent_type_ == "GPE":
            continue  # "a Houston company", "the New York firm of …": the firm's place
        if lemma in COMPANY_NOUNS:
            mention.cls = "Company"
            return
        if lemma in {"university", "group", "party", "organization", "newspaper", "outlet"}:
            mention.cls = "Organization" if lemma != "group" else mention.cls or "Organization"
            return
        if lemma in {"agency", "ministry", "regulator", "department", "government"}:
            mention.cls = "Government"
            return
    # a bare capitalised word with no cue is kept only as a company-like actor or target
    core_role = dep in {"nsubj", "nsubjpass", "dobj", "pobj"} and mention.end - mention.start <= 3
    if mention.source == "propn" and mention.cls is None and core_role:
        first = doc[mention.start]
        if first.i > sentence_bounds(first)[0] and first.shape_.startswith("X"):
            mention.cls = "Company" if _company_context(root) else None


def _type_bare_names_by_neighbours(mentions: list[Mention]) -> None:
    """Untyped proper nouns the NER missed, typed by a neighbour: a conjunct of a firm's
    or a person's name is of its kind ("marques Opel and Saab"), and the place a title
    holder works "at" is a firm ("head of design at Quillory")."""
    by_root = {m.root.i: m for m in mentions if m.cls}
    for m in mentions:
        if m.cls is not None or m.source != "propn":
            continue
        if all(w.lower().strip(",") in _LEGAL_OR_COMPANY_FORMS for w in m.name.split()):
            continue  # "… and Co", "(USA) Inc.": a legal form cut from its name names no one
        root = m.root
        conjuncts = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            conjuncts.append(root.head)
        classes = {by_root[c.i].cls for c in conjuncts if c.i in by_root}
        if len(classes) == 1 and classes <= {"Company", "Person"}:
            m.cls = classes.pop()  # "Opel and Saab": both names of one kind
        elif _workplace(root):
            m.cls = "Company"


def _units_of_government_bodies(doc: Doc, mentions: list[Mention]) -> None:
    """ "the Central Monitoring Facility of the FBI's Technical Branch": a name the NER
    typed a firm, whose own words say nothing of a firm, followed by "of (the)" and a
    government body, is a unit of that body (Government)."""
    starts = {m.start: m for m in mentions}
    for m in mentions:
        if m.cls != "Company" or m.source != "ner" or classify_name(m.name, None) is not None:
            continue
        k = m.end + 1
        if k >= len(doc) or token_table(doc).lower[m.end] != "of":
            continue
        k += token_table(doc).lower[k] == "the"
        body = starts.get(k)
        if body is not None and body.cls == "Government":
            m.cls = "Government"


#: Words that give another name of the thing just named ("X, also known as Y").
_ALIAS_WORDS = frozenset({"also known as", "aka", "a/k/a", "alias", "formerly known as"})
#: A piece of every phrase of :data:`_ALIAS_WORDS`: a gap without one holds none of them.
_ALIAS_CORES = ("known", "aka", "a/k/a", "alias")


def _aliases_of_a_named_thing(doc: Doc, mentions: list[Mention]) -> None:
    """ "the Foreign Intelligence Service (SVR), also known as APT 29, Cozy Bear, and The
    Dukes": the names after "also known as" (and the rest of their list) name the same
    thing, so they are of its class, whatever the NER guessed (a person, a firm)."""
    table = token_table(doc)
    text = table.doc_text.lower()
    if not any(core in text for core in _ALIAS_CORES):
        return  # (most articles) no gap between two names can hold an alias phrase
    named: Mention | None = None
    listed = 0  # names after the first, joined by a comma: "A, B, and C" goes on
    for i in range(1, len(mentions)):
        before, mention = mentions[i - 1], mentions[i]
        gap = table.span_text(before.end, mention.start).lower()
        if named is None and not (before.cls and any(w in gap for w in _ALIAS_CORES)):
            continue  # no alias words between (most pairs): no need to read the gap's words
        between = " ".join(w for w in gap.strip(" ,()").split() if w != "the")
        if before.cls and between in _ALIAS_WORDS:
            named, listed = _spelled_out(doc, mentions, i - 1), 0
        elif named is not None and between == "" and gap.strip() == ",":
            listed += 1  # "…, Cozy Bear"
        elif named is not None and between in {"and", "or"} and listed:
            named_cls = named.cls
            named = None  # "…, and The Dukes" ends the list
            mention.cls = named_cls
            continue
        else:
            named = None  # "Tom Ng, also known as Tommy, and Norvia": no list of names
            continue
        mention.cls = named.cls


def _bracketed_short_names(doc: Doc, mentions: list[Mention]) -> None:
    """ "Indonesia's Corruption Eradication Commission (KPK)": a short name in capitals
    in brackets right after a body's name stands for that body, whatever its letters
    (they need not be the name's initials), so it is of the body's class, not the
    firm the model's ORG label would make it."""
    text = token_table(doc).text
    for before, mention in pairwise(mentions):
        if (
            mention.cls == "Company"
            and before.cls in {"Government", "Organization"}
            and mention.source == "ner"
            and before.end + 1 == mention.start
            and text[before.end] == "("
            and mention.end < len(text)
            and text[mention.end] == ")"
            and mention.name.replace("-", "").isupper()
        ):
            mention.cls = before.cls


def _spelled_out(doc: Doc, mentions: list[Mention], i: int) -> Mention:
    """The full name an acronym in brackets stands for ("Intelligence Service (SVR)"),
    or the mention itself: the full name's words say best what it is."""
    m = mentions[i]
    if (
        i > 0
        and m.start >= 1
        and token_table(doc).text[m.start - 1] == "("
        and mentions[i - 1].end == m.start - 1
    ):
        return mentions[i - 1] if mentions[i - 1].cls else m
    return m


def _workplace(root: Token) -> bool:
    """Whether a name is where a title holder works: "director of product at X",
    "an analyst at X".

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Nora Lindqvist, director of design at Quill Works, said so.")
    >>> _workplace(doc[8]), _workplace(doc[1])
    (True, False)
    """
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ != "at":
        return False
    holder = prep.head
    while holder.dep_ == "pobj" and holder.head.lower_ == "of":
        holder = holder.head.head  # "director of product at X": the title before "of"
    return holder.pos_ == "NOUN" and holder.lower_ in PERSON_TITLE_NOUNS


def _drop_honorific(mention: Mention) -> None:
    """ "Ms Calloway" → "Calloway": the title is no part of the name."""
    span = mention.span
    if len(span) > 1 and span[0].lower_ in HONORIFICS:
        mention.span = span.doc[span.start + 1 : span.end]
        mention.name = _span_name(span.doc, span.start + 1, span.end)


def _person_shaped_among_people(mention: Mention) -> bool:
    """A two- or three-word title-case name with no firm word, listed among people's
    names, is a person's name the NER took for an organisation."""
    words = mention.span
    shaped = 2 <= len(words) <= 3 and all(t.is_title and t.is_alpha for t in words)
    return shaped and _among_people(mention.root)


def _among_people(token: Token) -> bool:
    """A name coordinated with people's names is a person's name."""
    near = [c for c in token.children if c.dep_ == "conj"]
    if token.dep_ == "conj":
        near.append(token.head)
    return bool(near) and all(n.ent_type_ == "PERSON" for n in near)


def _titled_list(token: Token) -> bool:
    """A later name in a list that a plural title heads, whose first name is a person's:
    "Assistant U.S. Attorneys Ann Lee and Tom Ng", "Special Agents A, B and C"."""
    if token.dep_ != "conj":
        return False
    first = token.head
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if first.ent_type_ != "PERSON" or first.i >= token.i:
        return False
    # the title heads the list ("Attorneys" ← "Ann Lee") or is a compound of its first name
    titles = [c for c in first.children if c.dep_ == "compound"]
    if first.dep_ in {"appos", "compound"}:
        titles.append(first.head)
    return any(t.i < first.i and t.lower_.rstrip("s") in TITLE_WORDS for t in titles)


def _company_context(token: Token) -> bool:
    verb = token.head
    return verb.lemma_.lower() in {
        "fine",
        "fin",
        "sell",
        "make",
        "produce",
        "pay",
        "acquire",
        "buy",
        "purchase",
        "merge",
    }


def nationality_country(token: Token) -> str | None:
    """The country a nationality adjective or demonym names ("Chinese" → China)."""
    return NATIONALITIES.get(token.lower_)


def mention_index(mentions: Iterable[Mention]) -> dict[int, Mention]:
    """Token index → the mention covering it."""
    index: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            index[i] = m
    return index
