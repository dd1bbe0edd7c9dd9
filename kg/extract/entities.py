"""Group an article's mentions into entities: aliases, acronyms, short names.

Within one article, "Kexue Huang", "Huang" and "Mr. Huang" are one person; "Office
of Foreign Assets Control (OFAC)" defines an acronym; "Dow" is short for "Dow
AgroSciences LLC". Pronouns and "the company" are resolved later, per statement, by
:func:`antecedent`.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from spacy.tokens import Doc, Token

from kg.extract.city_regions import join_city_regions
from kg.extract.lexicon import COMPANY_SUFFIXES, COUNTRY_NAMES, NATIONALITIES
from kg.extract.mentions import EntityCluster, Mention
from kg.extract.places import settle_places
from kg.extract.tokens import token_table
from kg.extract.typing_words import (
    CASED_LEGAL_SUFFIXES,
    FIRM_NAME_WORDS,
    LEGAL_SUFFIXES,
    PLACE_NAMES,
)

_NORM = re.compile(r"[^0-9a-z]+")
_TRUSTED = frozenset({"gazetteer", "body", "list", "product", "cue"})
_TRUSTED_OR_GOVERNMENT = _TRUSTED | {"government"}  # made once, not per test
_CLASS_PRIORITY = {
    "gazetteer": 3,
    "product": 3,
    "cue": 3,
    "list": 3,
    "body": 3,
    "ner": 2,
    "government": 2,
    "tech": 2,
    "propn": 1,
}


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """Case- and punctuation-insensitive key of a name.

    >>> normalize("ZTE Corp.") == normalize("zte corp")
    True
    """
    return _NORM.sub(" ", name.lower()).strip()


@lru_cache(maxsize=65536)  # each acronym is tried against every long alias seen
def _is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` is the initials of ``long`` (of its last words, or without its
    legal forms).

    >>> _is_acronym_of("CTS", "Cuyahoga Turbine Systems Inc.")
    True
    >>> _is_acronym_of("HXP", "Harbin Xinhua Power Co., Ltd.")
    True
    >>> _is_acronym_of("CTS", "Cuyahoga Turbine Inc.")
    False
    >>> _is_acronym_of("MOIS", "Ministry of Intelligence and Security")
    True
    """
    letters = [w[0] for w in re.findall(r"[A-Za-z][A-Za-z'-]*", long) if w[0].isupper()]
    initials = short.replace(".", "").upper()
    if len(short) >= 2 and initials == "".join(letters).upper():
        return True
    # "Cuyahoga Turbine Systems Inc. (CTS)": the legal form has no letter in the acronym
    # ("… Co., Ltd. (HXP)": each legal form)
    words = re.findall(r"[A-Za-z][A-Za-z'.-]*", long)
    end = len(words)
    while end > 2 and words[end - 1].lower() in LEGAL_SUFFIXES:
        end -= 1
    if end < len(words) and initials == "".join(w[0] for w in words[:end] if w[0].isupper()):
        return True
    # "Ministry of Intelligence and Security (MOIS)": the "of" has its letter too
    if (
        len(initials) >= 3
        and initials == "".join(w[0] for w in words if w.lower() not in {"and", "the"}).upper()
    ):
        return True
    # "U.S. International Development Finance Corporation (DFC)": the acronym of the
    # name's last words, without the state and scope before them
    return len(initials) >= 3 and initials == "".join(letters[-len(initials) :]).upper()


def firm_by_name(name: str) -> bool:
    """Whether a name says by its last word that it is a firm's.

    >>> firm_by_name("Ferraldi SpA"), firm_by_name("Tianrun Solar"), firm_by_name("Ferraldi")
    (True, True, False)
    """
    words = [w.lower().strip(",.") for w in name.split()]
    if len(words) < 2:
        return False
    if name.split()[-1] in CASED_LEGAL_SUFFIXES:
        return True  # "Halden Marine AS"
    last = words[-1]
    return last in FIRM_NAME_WORDS or last in LEGAL_SUFFIXES or last in COMPANY_SUFFIXES


def _bare_place(name: str) -> bool:
    """A country's or capital's name (never the short form of a firm's name)."""
    return name in COUNTRY_NAMES or name.lower() in PLACE_NAMES or name.lower() in NATIONALITIES


def _short_form_of(short: Mention, long: EntityCluster) -> bool:
    """ "Huang" for "Kexue Huang"; "Dow" for "Dow AgroSciences LLC"."""
    s_words = normalize(short.name).split()
    l_words = normalize(long.name).split()
    if not s_words or len(s_words) >= len(l_words):
        return False
    if long.cls == "Person" and short.cls in {"Person", None}:
        return s_words == l_words[-len(s_words) :]
    if long.cls == "Person" and short.source in {"ner", "propn"} and len(s_words) == 1:
        # "Ostrova" after "Lena Ostrova": a surname the NER took for a firm or place;
        # "Wang" after "Wang Dong": a family name written first
        after = long.mentions[0].start < short.start
        family_first = len(l_words) == 2 and s_words == l_words[:1]
        return after and (s_words == l_words[-1:] or family_first)
    if long.cls == "Person" and short.source == "propn" and len(s_words) == 1:
        return s_words == l_words[:1]  # "Wang" for "Wang Dong": family name first
    if long.cls == "Technology" and short.source in {"ner", "propn"} and short.name[:1].isalnum():
        # "Zolo" for "the Zolo music service", "Zune" for "an Orbix Zune"
        proper = any(ch.isupper() for ch in short.name)
        return proper and s_words in (l_words[: len(s_words)], l_words[-len(s_words) :])
    if long.cls in {"Company", "Organization"} and short.cls in {
        "Company",
        "Organization",
        None,
    }:
        return s_words == l_words[: len(s_words)]
    if (
        long.cls == "Company"
        and short.source in {"ner", "propn"}
        and firm_by_name(long.name)
        and not _bare_place(short.name)
    ):
        # "Jinlong" after "Jinlong Semiconductor": the model's guess at a short firm's
        # name (a person, a place) yields to the full name that says it is a firm
        return s_words == l_words[: len(s_words)] and (
            short.root.ent_type_ not in {"GPE", "LOC"} or _trade_words(l_words[len(s_words) :])
        )
    return False


#: Nouns of a firm's part: the name they describe is a part of the name after "of"
#: ("X, a unit of Y"), or of the name that owns them ("X, a Y subsidiary").
_PART_NOUNS = frozenset({"subsidiary", "unit", "division", "arm", "affiliate", "offshoot"})


def _part_described(mention: Mention) -> int | None:
    """The token of the name a part noun describes when ``mention`` names the owner:
    "Gazprom Neft, the oil arm of Gazprom" gives "Neft" for "Gazprom" (so the short
    name is not taken for the part's own short form). None otherwise."""
    root = mention.root
    noun = root.head
    if root.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif root.dep_ not in {"poss", "compound"}:
        return None
    if noun.lemma_.lower() not in _PART_NOUNS or noun.dep_ != "appos":
        return None
    return noun.head.i


def _part_owners(mention: Mention) -> set[str]:
    """The names (normalised) of what a part noun set off after ``mention`` says owns
    it: {"amsc"} for "AMSC Windtec GmbH, a subsidiary of AMSC" or "…, an AMSC unit"."""
    root = mention.root
    found: set[str] = set()
    for noun in root.children:
        if noun.dep_ != "appos" or noun.lemma_.lower() not in _PART_NOUNS:
            continue
        owners = [o for p in noun.children if p.lower_ == "of" for o in p.children]
        owners += [c for c in noun.children if c.dep_ in {"poss", "compound"} and c.i < noun.i]
        found |= {normalize(_name_text(o)) for o in owners if o.pos_ == "PROPN"}
    return found


def _name_text(token: Token) -> str:
    """The words of the proper name ``token`` heads: "Norvik Group" for "Group"."""
    start = token.i
    while (
        start > 0 and token.doc[start - 1].dep_ == "compound" and token.doc[start - 1].head == token
    ):
        start -= 1
    return token.doc[start : token.i + 1].text


def _trade_words(words: list[str]) -> bool:
    """Whether the words after a place-like name are all trade words and legal forms:
    "Jinlong" is "Jinlong Semiconductor"'s short name, "Shenzhen" not "Shenzhen
    Chitron Electronics Co"'s (a place a firm is named after is still the place)."""
    return all(w in FIRM_NAME_WORDS or w in LEGAL_SUFFIXES or w in COMPANY_SUFFIXES for w in words)


def group_mentions(doc: Doc, mentions: list[Mention]) -> list[EntityCluster]:
    """Cluster ``mentions`` (in text order) into entities; sets ``Mention.entity``.

    Short and full forms are found through indexes of each entity's name prefixes and
    suffixes, so grouping stays linear in the number of mentions.
    """
    clusters: list[EntityCluster] = []
    by_key: dict[str, int] = {}
    # entity name words → entities: whole names, proper prefixes and proper suffixes
    whole: dict[tuple[str, ...], list[int]] = {}
    parts: dict[tuple[str, ...], list[int]] = {}

    def join(mention: Mention, index: int) -> None:
        cluster = clusters[index]
        mention.entity = index
        cluster.mentions.append(mention)
        cluster.aliases.add(mention.name)
        if mention.canonical and mention.canonical not in cluster.aliases:
            cluster.aliases.add(mention.canonical)
        by_key.setdefault(normalize(mention.name), index)

    def create(mention: Mention, key: str) -> int:
        clusters.append(EntityCluster(mention.canonical or mention.name, mention.cls or ""))
        index = len(clusters) - 1
        by_key[key] = index
        words = tuple(normalize(clusters[index].name).split())
        whole.setdefault(words, []).append(index)
        for k in range(1, min(len(words), 8)):
            parts.setdefault(words[:k], []).append(index)
            parts.setdefault(words[-k:], []).append(index)
        return index

    acronyms: set[str] = set()  # short names defined for a longer name (its class wins)
    for position, mention in enumerate(mentions):
        key = normalize(mention.canonical or mention.name)
        words = tuple(normalize(mention.name).split())
        index = by_key.get(key)
        if index is None and mention.canonical is None:
            index = by_key.get(normalize(mention.name))
        if index is None:
            index = _acronym_target(doc, mentions, position, clusters)
            if index is not None and mention.source in {"ner", "propn"}:
                acronyms.add(mention.name)
        if index is None and mention.cls == "Government" and mention.name.islower():
            # "the jury" after "a federal jury", "the court" after "the District Court"
            for i in sorted(set(parts.get(words, ())), reverse=True):
                c = clusters[i]
                if c.cls == "Government" and c.name.lower().endswith(" " + mention.name):
                    index = i
                    break
        if index is None and position > 0 and _aka(doc, mentions[position - 1], mention):
            index = mentions[position - 1].entity  # "Zhen Zhou Wu aka Alex Wu"
            legal = mentions[position - 1]
            if legal.cls != mention.cls:
                # "Ansarallah, also known as the Houthis": the group's two names
                legal.cls = mention.cls = clusters[index].cls = "Organization"
            if _trade_name(doc, legal, mention) and legal.canonical is None:
                # "X Co. Ltd., dba X (USA) Co. Ltd.": the firm is the one it does business
                # for, so its legal name, not the longer trade name, names it
                legal.canonical = legal.name
        if index is None and mention.source in {"ner", "propn"}:
            index = _lost_possessive(mention, clusters, by_key, parts)
        if index is None:
            # "AMSC Windtec GmbH, a subsidiary of AMSC": no firm is its own subsidiary
            described = _part_described(mention)
            for i in sorted(set(parts.get(words, ())), reverse=True):
                if described is not None and any(
                    m.start <= described < m.end for m in clusters[i].mentions
                ):
                    continue
                if _short_form_of(mention, clusters[i]):
                    index = i
                    if clusters[i].cls in {
                        "Person",
                        "Technology",
                        "Company",
                    } and mention.source in {
                        "ner",
                        "propn",
                    }:
                        mention.cls = clusters[i].cls  # the full name says what the NER missed
                    break
        if index is None:
            # a fuller name for an entity seen before ("Dow" then "Dow AgroSciences LLC")
            shorter = {
                i
                for k in range(1, len(words))
                for i in (*whole.get(words[:k], ()), *whole.get(words[-k:], ()))
            }
            owners = _part_owners(mention)
            for i in sorted(shorter, reverse=True):
                c = clusters[i]
                if normalize(c.name) in owners:
                    continue  # "AMSC Windtec GmbH, a subsidiary of AMSC": not AMSC
                if mention.source == "product" and all(
                    m.source in {"ner", "propn"} and any(ch.isupper() for ch in m.name)
                    for m in c.mentions
                ):
                    index = i  # "Zolo" in a headline, then "the Zolo music service"
                    for m in c.mentions:
                        m.cls = "Technology"
                    break
                if (
                    mention.cls == "Company"
                    and c.cls in {"Person", "Location"}
                    and firm_by_name(mention.name)
                    and all(m.source in {"ner", "propn"} for m in c.mentions)
                    and not _bare_place(c.name)
                    and words[: len(c_words := normalize(c.name).split())] == tuple(c_words)
                    and (c.cls == "Person" or _trade_words(list(words[len(c_words) :])))
                ):
                    index = i  # "Sendel" in a headline, then "Sendel Technik"
                    for m in c.mentions:
                        m.cls = "Company"
                    c.cls = "Company"
                    break
                if c.cls == mention.cls and c.cls in {"Company", "Person", "Organization"}:
                    probe = Mention(c.mentions[0].span, c.name, c.cls, "ner")
                    fake = EntityCluster(mention.name, mention.cls or c.cls)
                    if _short_form_of(probe, fake):
                        index = i
                        break
        if index is None:
            index = create(mention, key)
        elif _surname_of(mention, clusters[index]):
            mention.cls = "Person"  # "Mai" again after "Kiet Ahn Mai": the NER's ORG guess
        join(mention, index)

    if acronyms:
        _type_acronyms_by_their_names(clusters, acronyms)
    for cluster in clusters:
        _settle(cluster)
    settle_places(clusters)
    join_city_regions(doc, clusters)
    _short_bodies(clusters)
    return clusters


def _type_acronyms_by_their_names(clusters: list[EntityCluster], acronyms: set[str]) -> None:
    """ "Cyber Unified Coordination Group (UCG) … The UCG": the model's guesses at the
    acronym (a firm) yield to the class the name it stands for gives."""
    for cluster in clusters:
        named = [m.cls for m in cluster.mentions if m.name not in acronyms and m.cls]
        if not named:
            continue
        for m in cluster.mentions:
            if m.name in acronyms and m.source in {"ner", "propn"}:
                m.cls = named[0]


def _surname_of(mention: Mention, cluster: EntityCluster) -> bool:
    """Whether a name the NER guessed at is the last words of the person ``cluster``."""
    if cluster.cls != "Person" or mention.source not in {"ner", "propn"}:
        return False
    words, full = normalize(mention.name).split(), normalize(cluster.name).split()
    family_first = len(full) == 2 and words == full[:1]  # "Wang" for "Wang Dong"
    return 0 < len(words) < len(full) and (full[-len(words) :] == words or family_first)


def _lost_possessive(
    mention: Mention,
    clusters: list[EntityCluster],
    by_key: dict[str, int],
    parts: dict[tuple[str, ...], list[int]],
) -> int | None:
    """ "Zuccarellis co-conspirator", "Sinovels engineers": scraped texts lose the
    apostrophe, so a name seen before plus "s" is that entity's possessive. The name
    takes the entity's class (the NER reads "Shihs" as a place).

    >>> from spacy.lang.en import English
    >>> doc = English()("Ann Shih said so. Shihs lawyer agreed.")
    >>> full = Mention(doc[0:2], "Ann Shih", "Person", "ner")
    >>> cluster = EntityCluster("Ann Shih", "Person", [full])
    >>> probe = Mention(doc[5:6], "Shihs", "Location", "ner")
    >>> _lost_possessive(probe, [cluster], {"ann shih": 0}, {("shih",): [0]}), probe.cls
    (0, 'Person')
    >>> probe.name
    'Shih'
    >>> _lost_possessive(Mention(doc[5:6], "Shih", None, "ner"), [cluster], {}, {})
    """
    name = normalize(mention.name)
    if not name.endswith("s") or len(name) < 3:
        return None
    stem = name[:-1]
    index = by_key.get(stem)
    if index is None:
        # "Shihs" after "Yi-Chi Shih" (a person's last words), "Kovaxs" after "Kovax
        # Ltd" (a firm's first words)
        words = stem.split()
        n = len(words)

        def short_of(cluster: EntityCluster) -> bool:
            full = normalize(cluster.name).split()
            if cluster.cls == "Person":  # "Wangs" for "Wang Dong" too
                return full[-n:] == words or (len(full) == 2 and words == full[:1])
            return cluster.cls in {"Company", "Organization"} and full[:n] == words

        short = [i for i in parts.get(tuple(words), ()) if short_of(clusters[i])]
        index = short[-1] if short else None
    if index is None or clusters[index].cls in {"Technology", ""}:
        return None
    # the name without its "s" ("Chinas" → "China"): still a bare place's name
    mention.cls, mention.name = clusters[index].cls, mention.name[:-1]
    return index


def _short_bodies(clusters: list[EntityCluster]) -> None:
    """ "Ways and Means" beside "the Ways and Means Committee": an organisation's name
    the NER guessed at that begins an official body's name in the article is that
    kind of body (kept apart: "the House" is not its subcommittee)."""
    bodies = [
        tuple(normalize(c.name).split())
        for c in clusters
        if c.cls == "Government" and any(m.source in _TRUSTED_OR_GOVERNMENT for m in c.mentions)
    ]
    if not bodies:
        return
    for cluster in clusters:
        if cluster.cls not in {"Company", "Organization"} or not cluster.mentions:
            continue  # a person's or a place's name often ends a body's ("… of Ohio")
        if any(m.source not in {"ner", "propn"} for m in cluster.mentions):
            continue
        words = tuple(normalize(cluster.name).split())
        n = len(words)
        if any(n < len(b) and words == b[:n] for b in bodies):
            cluster.cls = "Government"


def _acronym_target(
    doc: Doc, mentions: list[Mention], position: int, clusters: list[EntityCluster]
) -> int | None:
    """ "Office of Foreign Assets Control (OFAC)": the acronym joins the name before it."""
    mention = mentions[position]
    if position == 0:
        return None
    previous = mentions[position - 1]
    table = token_table(doc)  # no Token made for every word between two mentions
    after = table.text[mention.end] if mention.end < len(doc) else ""
    # the gap's text only for a name in brackets (it may run a paragraph long)
    between = table.span_text(previous.end, mention.start).strip() if after == ")" else ""
    if between == "(" and _is_acronym_of(mention.name, previous.name):
        return previous.entity
    if between == "(" and _defined_short_name(mention, previous):
        return previous.entity  # "Zhuhai Kolion Technology Co. Ltd. (Kolion)"
    # an acronym used later without its definition
    if " " in mention.name or not mention.name.replace(".", "").isupper():
        return None
    for i, cluster in enumerate(clusters):
        defined = any(_is_acronym_of(mention.name, a) for a in cluster.aliases if len(a) > 8)
        if defined and (mention.cls in {None, cluster.cls} or mention.source == "ner"):
            return i
    return None


def _defined_short_name(short: Mention, long: Mention) -> bool:
    """ "Zhuhai Kolion Technology Company Ltd. (Kolion)": a firm's or body's name
    followed by a few of its own words in parentheses defines its short name.

    >>> from spacy.lang.en import English
    >>> doc = English()("Zhuhai Kolion Technology Company Ltd. (Kolion)")
    >>> firm = Mention(doc[0:5], "Zhuhai Kolion Technology Company Ltd.", "Company", "ner")
    >>> short = Mention(doc[6:7], "Kolion", "Person", "ner")
    >>> _defined_short_name(short, firm)
    True
    >>> _defined_short_name(short, Mention(doc[0:2], "Ann Kolion", "Person", "ner"))
    False
    """
    if long.cls not in {"Company", "Organization", "Government"}:
        return False
    s_words, l_words = normalize(short.name).split(), normalize(long.name).split()
    n = len(s_words)
    if not s_words or n >= len(l_words):
        return False
    if any(l_words[i : i + n] == s_words for i in range(len(l_words) - n + 1)):
        return True
    return _short_with_acronym(short.name.split(), l_words)


def _short_with_acronym(short: list[str], long: list[str]) -> bool:
    """ "Nordhaven Asia Pacific Pte. Ltd. (Nordhaven APAC)": the short name's words are
    the long name's first words, one of them written as the capitals of a few words
    ("APAC" for "Asia Pacific").

    >>> _short_with_acronym(["Nordhaven", "APAC"], ["nordhaven", "asia", "pacific", "pte", "ltd"])
    True
    >>> _short_with_acronym(["Nordhaven", "APAC"], ["nordhaven", "telecom", "nv"])
    False
    """
    i = 0
    literal = False
    for word in short:
        folded = normalize(word)
        if i < len(long) and folded == long[i]:
            i, literal = i + 1, True
            continue
        if not (word.isupper() and word.isalpha() and 2 <= len(word) <= 5):
            return False
        for k in (3, 2):  # the fewest words whose initials open the capitals in order
            words = long[i : i + k]
            if len(words) == k and _spells(word.lower(), words):
                i += k
                break
        else:
            return False
    return literal


def _spells(capitals: str, words: list[str]) -> bool:
    """Whether ``capitals`` is read in order off ``words``, each word's first letter
    among them ("apac" off "asia pacific")."""
    joined = "".join(words)
    starts = {sum(map(len, words[:j])) for j in range(len(words))}
    pos, used = 0, set()
    for ch in capitals:
        pos = joined.find(ch, pos)
        if pos < 0:
            return False
        used.add(pos)
        pos += 1
    return starts <= used


_TRADE_NAME_MARKS = frozenset({"dba", "d/b/a", "doing business as"})
_ALIAS_MARKS = frozenset(
    {"aka", "a/k/a", "a.k.a.", "a.k.a", "also known as", "alias", "commonly known as",
     "better known as", "otherwise known as", "also called"}
)  # fmt: skip
#: Classes the model guesses for a group's one-word name ("Ansarallah" a place, "the
#: Houthis" a person): an alias that names the group makes them the group.
_GUESSED_FOR_GROUPS = frozenset({"Location", "Person"})


def _between(doc: Doc, first: Mention, second: Mention) -> str:
    """The words between two mentions, lower-cased, without commas and brackets."""
    return token_table(doc).span_text(first.end, second.start).lower().strip(" ,(")


def _trade_name(doc: Doc, first: Mention, second: Mention) -> bool:
    """ "X, dba Y": ``second`` is the name ``first`` does business as."""
    return first.cls == "Company" and _between(doc, first, second) in _TRADE_NAME_MARKS


def _aka(doc: Doc, first: Mention, second: Mention) -> bool:
    """ "X aka Y", "X, also known as Y", "X (a/k/a Y)", a firm "X, dba Y" (doing
    business as): one entity under two names."""
    if first.cls != second.cls and not _group_alias(first, second):
        return False  # tested first: the gap's text may run a paragraph long
    between = _between(doc, first, second).removesuffix(" the")
    return between in _ALIAS_MARKS or (first.cls == "Company" and between in _TRADE_NAME_MARKS)


def _group_alias(first: Mention, second: Mention) -> bool:
    """One of two names is a group's ("the Houthis", Organization) and the other the
    model's guess at a one-word name ("Ansarallah" as a place): they may be aliases."""
    pair = {first.cls, second.cls}
    if "Organization" not in pair:
        return False
    guess = second if first.cls == "Organization" else first
    return (
        guess.cls in _GUESSED_FOR_GROUPS
        and guess.source in {"ner", "propn"}
        and len(guess.span) == 1
    )


def _settle(cluster: EntityCluster) -> None:
    """Pick the fullest name and the most trusted class."""
    if len(cluster.mentions) == 1:
        # most entities are named once: the votes below would give its own class and name
        only = cluster.mentions[0]
        if only.cls:
            cluster.cls = only.cls
        cluster.name = only.canonical or only.name
        cluster.aliases.discard(cluster.name)
        return
    votes: Counter[str] = Counter()
    trusted = [m for m in cluster.mentions if m.cls and m.source in _TRUSTED]
    # a name that says it is a firm ("Sendel Technik") outvotes the model's guesses
    # at its short form ("Sendel" as a person)
    trusted += [
        m
        for m in cluster.mentions
        if m.cls == "Company" and m.source == "ner" and firm_by_name(m.name) and trusted == []
    ]
    # a curated or grammatical reading ("… Section") outvotes the NER's guesses for
    # its acronym ("AFMLS" as ORG) however often the acronym recurs
    for m in trusted or cluster.mentions:
        if m.cls:
            votes[m.cls] += _CLASS_PRIORITY.get(m.source, 1)
    if votes:
        cluster.cls = votes.most_common(1)[0][0]
    gazetteer_names = [m.canonical for m in cluster.mentions if m.canonical]
    if gazetteer_names:
        cluster.name = Counter(gazetteer_names).most_common(1)[0][0]
    else:
        cluster.name = max(
            (m.name for m in cluster.mentions), key=lambda n: (len(n.split()), len(n))
        )
    cluster.aliases.discard(cluster.name)


_PRONOUN_CLASSES = {
    "he": "Person",
    "him": "Person",
    "his": "Person",
    "she": "Person",
    "her": "Person",
    "it": "Company",
    "its": "Company",
}
_DEFINITE_HEADS = {
    "company": "Company",
    "firm": "Company",
    "corporation": "Company",
    "department": "Government",
    "agency": "Government",
    "ministry": "Government",
    "government": "Government",
    "division": "Government",
    "section": "Government",
    "bureau": "Government",
    "office": "Government",
    "commission": "Government",
    "court": "Government",
    "jury": "Government",
    # a body by its trade ("the watchdog fined the company"): the last body named,
    # whatever its name's words, but not a state ("the US", "Britain")
    "regulator": "Government",
    "watchdog": "Government",
    "defendant": "Person",
    # a firm by its trade ("the carmaker said it would …", "the fund put $5m into X")
    "carmaker": "Company",
    "automaker": "Company",
    "chipmaker": "Company",
    "maker": "Company",
    "manufacturer": "Company",
    "retailer": "Company",
    "lender": "Company",
    "insurer": "Company",
    "airline": "Company",
    "startup": "Company",
    "start-up": "Company",
    "fund": "Company",
    "conglomerate": "Company",
}


_BODY_TRADES = frozenset({"regulator", "watchdog"})


def antecedent(token: Token, mentions: list[Mention], clusters: list[EntityCluster]) -> int | None:
    """The entity a pronoun or "the company" refers to: the last one of its class before it."""
    wanted = _PRONOUN_CLASSES.get(token.lower_)
    definite = any(c.lower_ in {"the", "this"} for c in token.lefts)
    if wanted is None and definite and token.lemma_.lower() in _DEFINITE_HEADS:
        wanted = _DEFINITE_HEADS[token.lemma_.lower()]
    if wanted is None:
        return None
    head_word = token.lower_ if wanted == "Government" else None
    trade = token.lemma_.lower() in _BODY_TRADES
    if trade:
        head_word = None
    if token.lower_ in {"it", "its"} and token.i - token.sent.start <= 1:
        subject = _last_subject(token, mentions, clusters, wanted)
        if subject is not None:
            return subject
    if token.lower_ == "it":
        subject = _coordinated_subject(token, mentions, clusters, wanted)
        if subject is not None:
            return subject
    bound = _described(token)
    for m in reversed(mentions):
        if m.start >= token.i:
            continue
        if token.i - m.start > 120:
            break
        cluster = clusters[m.entity]
        if cluster.cls != wanted or any(m.start <= i < m.end for i in bound):
            continue
        if head_word and head_word not in cluster.name.lower():
            continue
        if trade and _bare_place(cluster.name):
            continue
        return m.entity
    return None


def _last_subject(
    token: Token, mentions: list[Mention], clusters: list[EntityCluster], wanted: str
) -> int | None:
    """The subject of the sentence before, when it is of the ``wanted`` class: "X sold
    modules to Y. Its chairman …" is X's chairman (a sentence's opening "it"/"its"
    continues the topic, not the last name)."""
    start = token.sent.start
    if start == 0:
        return None
    before = token.doc[start - 1].sent
    for m in reversed(mentions):
        if m.start >= start:
            continue
        if m.start < before.start:
            break
        root = m.root
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ == "ROOT":
            return m.entity if clusters[m.entity].cls == wanted else None
    return None


def _coordinated_subject(
    token: Token, mentions: list[Mention], clusters: list[EntityCluster], wanted: str
) -> int | None:
    """The subject of the clause an "it" clause is joined to, when of the ``wanted``
    class: "X is a unit of Y, and it supplies Z" (it is X, the topic, not the last
    name Y)."""
    if token.dep_ not in {"nsubj", "nsubjpass"} or token.head.dep_ != "conj":
        return None
    first = token.head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head
    subjects = [c.i for c in first.children if c.dep_ in {"nsubj", "nsubjpass"}]
    for m in mentions:
        if m.start < token.i and any(m.start <= i < m.end for i in subjects):
            return m.entity if clusters[m.entity].cls == wanted else None
    return None


def _appositive_head(token: Token) -> list[int]:
    """The name an apposition describes, from a word inside it ("lenses" of "X, a
    maker of lenses in Jena"): X's index, or none outside an apposition."""
    for _ in range(6):
        if token.dep_ == "appos":
            return [token.head.i]
        if token.dep_ not in {"pobj", "prep", "nmod", "compound", "conj"}:
            return []
        token = token.head
    return []


def _described(token: Token) -> list[int]:
    """The names a relative clause around ``token`` describes, which ``token`` cannot
    refer to: "X, which owns 18% of the company" (the company is not X), "X, in which
    it holds a stake" (it is not X); but "X, which said it would appeal" (it is X)."""
    out: list[int] = []
    pronoun = token.pos_ == "PRON"
    t = token
    for _ in range(6):
        if t.dep_ == "relcl":
            relative = [c for c in t.subtree if c.tag_ in {"WDT", "WP", "WP$"}]
            subject_is_relative = any(
                c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ in {"WDT", "WP"} for c in t.children
            )
            if relative and not (pronoun and subject_is_relative):
                out.append(t.head.i)
                out.extend(_appositive_head(t.head))  # "X, a maker of lenses, which it …"
        if t.head is t:
            break
        t = t.head
    return out
