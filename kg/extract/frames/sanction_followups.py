"""Targets a release names around its counted lead, not in the lead's own clause.

A designation release opens on a count ("OFAC designated four entities and two
individuals in A, B and C") and names the targets afterwards:

- the places after the counted group locate its members, they are not targets
  (:func:`located_places`);
- "OFAC is designating both companies", "Both are being designated today": the two
  firms or people the sentences just before were about (:func:`both_referents`);
- "The additions include several firms that …:" / "The individuals subject to visa
  restrictions are:" and a bulleted list below: each bullet's name
  (:func:`heading_subject`, the bullets read by ``sanction_lists``);
- "Treasury identified the first companies subject to the investment prohibition,
  including A and B": the members of a group under a measure
  (:func:`subject_to_members`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from typing import Final

from spacy.tokens import Doc, Span, Token

from kg.extract.frames.sanction_kinds import noun_kind
from kg.extract.frames.sanction_nominals import DESIGNATING_NOUNS, LISTING_NOUNS
from kg.extract.frames.sanction_objects import examples
from kg.extract.frames.sanction_targets import restricted_kind
from kg.extract.frames.sanction_words import PERSON_GROUPS, TARGET_GROUPS
from kg.extract.frames.syntax import children, conjuncts, preps, subject
from kg.extract.lexicon import COUNTRY_NAMES, count_of
from kg.extract.tokens import token_table

#: Prepositions that place a counted group: "five entities in / from / across A and B".
_PLACING: Final = frozenset({"in", "from", "across", "throughout"})

#: Classes "both" and "the two firms" can refer back to.
_REFERRED: Final = frozenset({"Person", "Company", "Organization"})

#: How many sentences back "both" looks for the two it means.
_BACK: Final = 3


def located_places(r, verb: Token, passive: bool) -> set[int]:  # type: ignore[no-untyped-def]
    """The places named after a counted group's placing preposition ("designated five
    entities and three individuals in Russia, China and Kyrgyzstan", "added eight
    entities from A, B and C to the Entity List"): where the group's members are, which
    the parse often joins to the group as conjuncts. Empty when the verb's object is no
    counted group."""
    objects = [c for o in children(verb, "nsubjpass" if passive else "dobj") for c in conjuncts(o)]
    placing = [
        p
        for o in objects
        if o.lemma_.lower() in TARGET_GROUPS and children(o, "nummod")
        for p in children(o, "prep")
        if p.lower_ in _PLACING
    ]
    if not placing:
        return set()
    start = min(p.i for p in placing)
    # the places: the preposition's objects, and the conjuncts the parse hung on the group
    tokens = [t for p in placing for o in children(p, "pobj") for t in conjuncts(o)]
    tokens += [o for o in objects if o.i > start]
    places: set[int] = set()
    for t in tokens:
        for e in r.entities(t):
            if (
                r.cls(e) == "Location"
                or r.clusters[e].name in COUNTRY_NAMES
                or t.ent_type_ == "GPE"
            ):
                places.add(e)
    return places


#: Verbs of speech whose subjects are speakers, no targets ("…," said the Under
#: Secretary).
_SPEAKING: Final = frozenset({"say", "add", "state", "note", "tell"})

#: The classes a lead's counted group holds: individuals are people, entities firms.
_FIRMS: Final = frozenset({"Company", "Organization"})


#: Participles that say whose goods a listed object is: "equipment produced by three
#: companies", "services offered by a U.S. subsidiary".
_MAKING_VERBS: Final = frozenset(
    {"produce", "make", "manufacture", "offer", "provide", "supply", "sell", "develop"}
)


def counted_makers(obj: Token) -> list[Token]:
    """The groups whose goods a measure's object is ("added communications equipment
    produced by three manufacturers, and services offered by a U.S. subsidiary, to the
    Covered List"): each target group after "by" on the goods' participle, counted by
    a number or by "a"; the measure falls on the makers, whom the release names later."""
    found = []
    for goods in conjuncts(obj):
        for made in children(goods, "acl"):
            if made.lemma_.lower() not in _MAKING_VERBS:
                continue
            for group in (g for a in children(made, "agent") for g in children(a, "pobj")):
                found += [t for t in conjuncts(group) if t.lemma_.lower() in TARGET_GROUPS]
    return [t for t in found if children(t, "nummod") or _one(t)]


def _one(group: Token) -> bool:
    """A group counted by its article: "a U.S. subsidiary"."""
    return group.tag_ == "NN" and any(c.lower_ in {"a", "an"} for c in children(group, "det"))


def lead_counts(verb: Token, passive: bool, dep: str = "") -> dict[str, int]:
    """How many targets of each sort a counted lead announces ("designated six
    entities and three individuals" → firms 6, people 3; "added equipment produced by
    three manufacturers" → firms 3); empty when a count is not a plain number or the
    object is no counted group."""
    counts: dict[str, int] = {}
    # ``dep`` "pobj": a noun's of-object ("the designation of two officials")
    objects = (
        preps(verb, "of") if dep == "pobj" else children(verb, "nsubjpass" if passive else "dobj")
    )
    for o in objects:
        makers = counted_makers(o)
        for t in makers or conjuncts(o):
            if t.lemma_.lower() not in TARGET_GROUPS:
                continue
            numbers = children(t, "nummod")
            if not numbers and t in makers:
                counts["firm"] = counts.get("firm", 0) + 1  # "a U.S. subsidiary"
                continue
            if not numbers:
                continue
            n = count_of(numbers[0].text)
            if n is None:
                return {}
            sort = "Person" if t.lemma_.lower() in PERSON_GROUPS else "firm"
            counts[sort] = counts.get(sort, 0) + n
    return counts


def described_subjects(r, sent: Span, counts: dict[str, int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The targets a counted lead's release describes in the paragraphs after it,
    each the subject of a sentence ("A is a Tehran-based maker of drones. B, based in
    Isfahan, acts as its procurement agent. Its chairman, C, arranged the
    shipments."): the firms and people the sentences after the lead are about,
    taken only when they are exactly as many as the lead counted (a speaker quoted
    or a government acting does not count)."""
    doc = sent.doc
    found: dict[str, list[int]] = {"firm": [], "Person": []}
    at = sent.end
    while at < len(doc):
        later = doc[at].sent
        at = later.end
        root = later.root
        if root.lemma_.lower() in _SPEAKING:
            continue
        for v in conjuncts(root):
            if v.pos_ not in {"VERB", "AUX"} or v.lemma_.lower() in _SPEAKING:
                continue
            subj = subject(v)
            if subj is None:
                continue
            named = r.entities(subj) or [e for a in children(subj, "appos") for e in r.entities(a)]
            _add_by_sort(r, found, named)
    return _as_counted(found, counts)


def _add_by_sort(r, found: dict[str, list[int]], named: Iterable[int]) -> None:  # type: ignore[no-untyped-def]
    """Add each of ``named`` once to ``found``'s people or firms (others are no target)."""
    for e in named:
        cls = r.cls(e)
        sort = "Person" if cls == "Person" else "firm" if cls in _FIRMS else None
        if sort is not None and e not in found[sort]:
            found[sort].append(e)


def _as_counted(found: dict[str, list[int]], counts: dict[str, int]) -> list[int]:
    """The people and firms found, only when each sort is exactly as many as counted.

    >>> _as_counted({"firm": [3], "Person": [5, 6]}, {"firm": 1, "Person": 2})
    [3, 5, 6]
    >>> _as_counted({"firm": [3], "Person": [5]}, {"firm": 1, "Person": 2})
    []
    """
    if any(len(found[sort]) != n for sort, n in counts.items()):
        return []
    return [e for sort in counts for e in found[sort]]


def next_subjects(r, sent: Span, counts: dict[str, int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The targets a counted lead names as the subjects of the sentence right after it
    ("… the designation of two officials. General A, commander of the police, and B,
    a deputy governor, accepted payments …"; the parse may join B to A's apposition):
    taken only when exactly as many as the lead counted."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    found: dict[str, list[int]] = {"firm": [], "Person": []}
    for v in conjuncts(doc[sent.end].sent.root):
        subj = subject(v)
        if subj is None:
            continue
        items = conjuncts(subj)
        items += [c for t in items for a in children(t, "appos") for c in conjuncts(a)[1:]]
        _add_by_sort(r, found, (e for t in items for e in r.entities(t)))
    return _as_counted(found, counts)


def both_referents(r, verb: Token, passive: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """ "OFAC is designating both companies", "Both are being designated today", "the
    two firms are designated": the two firms or people (firms for a firm noun, people
    for a person noun) the subjects of the sentences just before name, most recent
    first; none unless two are found."""
    found: list[int] = []
    for t in children(verb, "nsubjpass" if passive else "dobj"):
        classes = _referred_classes(t)
        if classes is None:
            continue
        found += [e for e in _recent_subjects(r, t.sent, classes) if e not in found]
    return found


def _referred_classes(token: Token) -> frozenset[str] | None:
    """The classes "both" / "both companies" / "the two individuals" refers to; None
    for any other phrase."""
    lemma = token.lemma_.lower()
    if token.lower_ == "both" and not list(token.children):
        return _REFERRED  # "Both are being designated"
    both = any(c.lower_ == "both" for c in token.children if c.dep_ in {"det", "predet"})
    two = any(c.lower_ == "two" for c in token.children if c.dep_ == "nummod") and any(
        c.lower_ in {"the", "these"} for c in token.children if c.dep_ == "det"
    )
    if not (both or two) or lemma not in TARGET_GROUPS:
        return None
    if lemma in PERSON_GROUPS:
        return frozenset({"Person"})
    return frozenset({"Company", "Organization"}) if lemma != "entity" else _REFERRED


def _recent_subjects(r, sent: Span, classes: frozenset[str]) -> list[int]:  # type: ignore[no-untyped-def]
    """The two entities of ``classes`` the main subjects of the sentences before
    ``sent`` name, the nearest first ("A, a trading firm, sold … . B, its director,
    arranged the sales."); empty unless two are found within a few sentences."""
    doc, found = sent.doc, list[int]()
    start = sent.start
    for _ in range(_BACK):
        if start <= 0 or len(found) >= 2:
            break
        before = doc[start - 1].sent
        start = before.start
        verbs = [v for v in conjuncts(before.root) if v.pos_ in {"VERB", "AUX"}]
        for v in verbs:
            for e in _subject_entities(r, v):
                if r.cls(e) in classes and e not in found:
                    found.append(e)
    return found[:2] if len(found) >= 2 else []


def _subject_entities(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Whom ``verb``'s subject names: its entities, the name set beside it ("Its
    parent, B, financed …"), else the first name before the verb where the parse lost
    the subject ("A d.o.o., a machine shop, sold …")."""
    subj = subject(verb)
    found = r.entities(subj) if subj is not None else []
    if subj is not None and not found:
        found = [e for a in children(subj, "appos") for e in r.entities(a)]
    if not found and verb.dep_ == "ROOT":
        first = next((r.index[i] for i in range(verb.sent.start, verb.i) if i in r.index), None)
        found = [first.entity] if first is not None else []
    return found


def heading_subject(verb: Token) -> Token | None:
    """The subject of a sentence that heads a list ("The additions include several
    firms that …:", "The entities are:", "The individuals subject to visa restrictions
    are:"): a definite noun of listing or of a target group; None for other subjects."""
    subj = subject(verb)
    if subj is None:
        return None
    lemma = subj.lemma_.lower()
    definite = any(c.lower_ in {"the", "these", "today"} for c in subj.lefts)
    if lemma in LISTING_NOUNS | DESIGNATING_NOUNS or (lemma in TARGET_GROUPS and definite):
        return subj
    return None


#: Pronouns a list's heading opens on for the group the sentence before counted
#: ("OFAC is designating six entities. They include:").
_HEADING_PRONOUNS: Final = frozenset({"they", "these", "those"})


def pronoun_heading(verb: Token) -> Token | None:
    """The pronoun subject of a heading that points back to a counted group ("They
    include:", "These are:"); None for other subjects."""
    subj = subject(verb)
    if subj is None or subj.lower_ not in _HEADING_PRONOUNS or list(subj.children):
        return None  # "Those covered include …" says more than "they"
    return subj


def among_group(verb: Token) -> Token | None:
    """The group of "Among the entities being added are:", "Among those designated
    today are:": a definite group (or "those") after "among" on a subjectless copula."""
    if verb.lemma_.lower() != "be" or subject(verb) is not None:
        return None
    for group in preps(verb, "among"):
        definite = any(c.lower_ in {"the", "these", "today"} for c in group.lefts)
        if (group.lemma_.lower() in TARGET_GROUPS and definite) or group.lower_ == "those":
            return group
    return None


def heading_names(r, verb: Token, deps: tuple[str, ...] = ("dobj", "attr")) -> list[int]:  # type: ignore[no-untyped-def]
    """The names a heading or an "include" gives ("The additions include A as well as
    three makers of …:", "Those covered include A, the founder of C, and B"): the
    verb's objects and their conjuncts, not the names inside their descriptions (C);
    the parse often joins B to A's description, so a name conjoined there counts."""
    found: list[int] = []
    for o in children(verb, *deps):
        items = conjuncts(o)
        items += [c for t in items for a in children(t, "appos") for c in conjuncts(a)[1:]]
        named = [e for t in items for e in r.entities(t) if r.cls(e) in _REFERRED]
        found += named + _listed_after(r, o, {r.cls(e) for e in named})
    return list(dict.fromkeys(found))


def _listed_after(r, item: Token, classes: set[str]) -> list[int]:  # type: ignore[no-untyped-def]
    """ "A, the founder of C, a vendor of …, and B": B, whom the parse joins to the
    last noun of A's description; only a name of A's class after ", and" (not "the
    founder of C and D", whose D is C's fellow)."""
    found: list[int] = []
    for t in item.subtree:
        if t.dep_ != "conj" or t.head.i == item.i:
            continue
        doc, k = t.doc, t.left_edge.i
        if (
            k >= 2
            and token_table(doc).lower[k - 1] == "and"
            and token_table(doc).text[k - 2] == ","
        ):
            found += [e for e in r.entities(t) if r.cls(e) in classes]
    return found


#: Participles that make "those" the targets of a measure just stated: "Those covered
#: include …", "Those designated today include …".
_COVERED: Final = frozenset({"cover", "designate", "sanction", "target", "name", "affect", "list"})


#: Ordinals that number a target among those a release names ("the third individual
#: named today").
_ORDINALS: Final = frozenset(
    {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
     "tenth", "last", "final"}
)  # fmt: skip


def numbered_member(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "X is the third individual named today", "Its director, Y, is the last
    person designated": the subject's names (or the name set beside its role noun),
    numbered among the targets a measure named; empty for other copulas ("X is the
    third company to open a plant")."""
    numbered = any(
        a.dep_ == "amod" and a.lower_ in _ORDINALS
        for g in children(verb, "attr")
        if g.lemma_.lower() in TARGET_GROUPS
        for a in g.children
    ) and any(
        c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in _COVERED
        for g in children(verb, "attr")
        for c in g.children
    )
    subj = subject(verb)
    if not numbered or subj is None:
        return []
    found = r.entities(subj) or [e for a in children(subj, "appos") for e in r.entities(a)]
    return [e for e in found if r.cls(e) in _REFERRED]


def covered_subject(verb: Token) -> Token | None:
    """The subject of "Those covered include A and B", "The individuals designated
    today include …": "those" or a definite group of targets, with a participle of
    being under a measure; None for other subjects ("The network's customers include
    A and B")."""
    subj = subject(verb)
    if subj is None:
        return None
    group = subj.lower_ == "those" or (
        subj.lemma_.lower() in TARGET_GROUPS
        and any(c.lower_ in {"the", "these"} for c in subj.lefts)
    )
    covered = any(c.dep_ == "acl" and c.lemma_.lower() in _COVERED for c in subj.children)
    return subj if group and covered else None


def covered_among(verb: Token) -> Token | None:
    """The "those" of "Among those covered are A, a judge, and B": a copula whose
    among-phrase holds "those" (or a definite group) under a participle of being
    under a measure; its subject is the names. None for other copulas ("Among the
    guests were A and B")."""
    if verb.lemma_.lower() != "be" or subject(verb) is None:
        return None
    for group in preps(verb, "among"):
        definite = group.lower_ == "those" or (
            group.lemma_.lower() in TARGET_GROUPS
            and any(c.lower_ in {"the", "these"} for c in group.lefts)
        )
        if definite and any(
            c.dep_ == "acl" and c.lemma_.lower() in _COVERED for c in group.children
        ):
            return group
    return None


def subject_to_kind(group: Token) -> str | None:
    """The measure a group is said to be subject to ("the individuals subject to visa
    restrictions" → VisaBan), else None."""
    # "subject" hung on the group, or the group made its subject ("The individuals
    # subject to visa restrictions are:" parsed as "individuals [are] subject")
    for adj in [*group.children, group.head]:
        if adj.lower_ != "subject":
            continue
        for to in children(adj, "prep"):
            for measure in children(to, "pobj"):
                kind = restricted_kind(measure) or noun_kind(measure)
                if kind is not None:
                    return kind
    return None


def heading_colon(verb: Token, sent: Span) -> Token | None:
    """The colon after ``verb`` that ends the heading's line (the bullets follow); the
    tokenizer keeps "(PLA):" 's closing bracket and colon as one token."""
    colons = _colon_tokens(verb.doc)
    k = bisect_right(colons, verb.i)
    return verb.doc[colons[k]] if k < len(colons) and colons[k] < sent.end else None


def _colon_tokens(doc: Doc) -> list[int]:
    """The tokens that end in a colon, in order: found once per document from the
    colons of its text (every "be" and "include" asks, and few sentences have one)."""
    found: list[int] | None = doc.user_data.get("kg.colon_tokens")
    if found is None:
        table = token_table(doc)
        found = []
        at = table.doc_text.find(":")
        while at >= 0:
            k = bisect_right(table.starts, at) - 1  # the token the colon is in
            if at == table.starts[k] + len(table.text[k]) - 1:
                found.append(k)  # the token ends in it ("(PLA):")
            at = table.doc_text.find(":", at + 1)
        doc.user_data["kg.colon_tokens"] = found
    return found


#: Verbs that name the members of a group under a measure without imposing it anew:
#: "Treasury identified the first companies subject to the investment prohibition,
#: including A and B".
IDENTIFYING_VERBS: Final = frozenset({"identify", "name"})


def subject_to_members(r, verb: Token) -> tuple[list[int], str] | None:  # type: ignore[no-untyped-def]
    """ "identified the first companies subject to the investment prohibition,
    including A, a …, and B": the names the group is said to include (the phrase hung
    on the group, the measure or the verb) and the measure's kind; None when the
    object is no group said to be subject to a measure."""
    for group in children(verb, "dobj"):
        if group.lemma_.lower() not in TARGET_GROUPS:
            continue
        kind = subject_to_kind(group)
        if kind is None:
            continue
        measures = [m for a in group.children if a.lower_ == "subject" for m in a.subtree]
        phrases = [p for h in [group, verb, *measures] for p in examples(h)]
        found = [
            e for p in phrases for t in conjuncts(p) for e in r.entities(t) if r.cls(e) in _REFERRED
        ]
        if found:
            return list(dict.fromkeys(found)), kind
    return None
