"""Who brought a case, and which court acted: the argument look-ups the legal frames
(sanctions, charges, accusations) share.

News names courts by description ("a US court", "a federal grand jury") more often
than by name; a case noun carries its bringer in a by/from phrase, a possessive or the
subject of "filed"/"brought" ("charges brought by the SEC", "a complaint filed against
the bank by Judge X", "Y's lawsuit against Z").

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.mentions import find_mentions
>>> from kg.extract.entities import group_mentions
>>> from kg.extract.frames.reader import ArticleReader
>>> doc = load_pipeline()("In a US court, Vemora pleaded guilty.")
>>> mentions = find_mentions(doc)
>>> r = ArticleReader(doc, mentions, group_mentions(doc, mentions))
>>> court = court_entity(r, doc[3])
>>> r.clusters[court].name, r.cls(court)
('US court', 'Government')
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.entities import antecedent
from kg.extract.frames.legal_words import (
    BRING_VERBS,
    BROUGHT_PARTICIPLES,
    COURT_NOUNS,
    COURT_QUALIFIERS,
    INSTRUMENT_NOUNS,
    PROSECUTION_NOUNS,
    SAY_VERBS,
)
from kg.extract.frames.reader import ArticleReader
from kg.extract.frames.syntax import agents, children, conjuncts, preps, subject
from kg.extract.lexicon import COMPANY_NOUNS, NATIONALITIES
from kg.extract.mentions import EntityCluster
from kg.extract.tokens import token_table

#: Classes that can act as a court, regulator or prosecutor.
ACTING = frozenset({"Government", "Location"})

#: Proceedings whose of-phrase names the accused: "the indictment / prosecution of X".
PROCEEDINGS_OF = frozenset({"indictment", "prosecution"})

#: Verbs that end a case by agreement: "to settle charges", "to resolve a lawsuit".
SETTLING_VERBS = frozenset({"settle", "resolve"})


def parties(r: ArticleReader, token: Token | None) -> list[int]:
    """Entities of ``token`` (and its conjuncts), also where the tagger missed a later
    mention of a name the article already uses ("Monsanto faced …" at a sentence start
    after "Monsanto" was found elsewhere)."""
    if token is None:
        return []
    found = r.entities(token)
    if found:
        return found
    if token.dep_ == "dative":
        # "fined the corporation $1.9 million": a back-reference as indirect object
        ref = antecedent(token, r.mentions, r.clusters)
        if ref is not None:
            return [ref]
    ref = _the_company(r, token)
    if ref is not None:
        return [ref]  # "a complaint filed against the bank", "fined the lender"
    for t in conjuncts(token):
        e = known_name(r, t)
        if e is not None and e not in found:
            found.append(e)
    return found


def _the_company(r: ArticleReader, token: Token) -> int | None:
    """ "the bank", "the lender", "the group": the last company named before, within
    a few sentences (a definite company noun points back)."""
    if token.lemma_.lower() not in COMPANY_NOUNS | {"lender", "group", "insurer"}:
        return None
    if not any(c.lower_ in {"the", "this"} for c in token.children if c.dep_ == "det"):
        return None
    for m in reversed(r.mentions):
        if m.start >= token.i:
            continue
        if token.i - m.start > 120:
            break
        if r.cls(m.entity) == "Company":
            return m.entity
    return None


def known_name(r: ArticleReader, token: Token) -> int | None:
    """The entity whose name (or alias) a proper-noun phrase spells exactly."""
    if token.pos_ != "PROPN" or token.i in r.index:
        return None
    words = [c for c in token.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"] + [token]
    name = " ".join(t.text for t in words)
    for i, c in enumerate(r.clusters):
        # companies and organisations only: a person's bare surname or a place word
        # matches too much
        if c.cls in {"Company", "Organization"} and c.mentions and name in {c.name, *c.aliases}:
            return i
    return None


def clause_parties(r: ArticleReader, verb: Token, passive: bool) -> tuple[list[int], list[int]]:
    """(actors, patients) of a verb, with :func:`parties` filling names the tagger missed,
    a court described as actor ("the court fined …") and an indirect object as patient
    ("fined the corporation $1.9 million")."""
    subj_token = subject(verb)
    if subj_token is None and verb.dep_ == "pcomp":
        # "after hitting the company with a bill": the clause the phrase belongs to
        subj_token = subject(verb.head.head)
    subj = parties(r, subj_token)
    if passive:
        return [e for t in agents(verb) for e in parties(r, t) or actor_entities(r, t)], subj
    if not subj and subj_token is not None:
        court = court_entity(r, subj_token)
        subj = [court] if court is not None else []
    objs = [e for t in children(verb, "dobj", "dative") for e in parties(r, t)]
    return subj, objs


def court_entity(r: ArticleReader, token: Token) -> int | None:
    """The court a noun names: its mention, or one made from its description ("a US
    court", "a federal grand jury"); "the court" is the last court described before."""
    mention = r.index.get(token.i)
    if mention is not None:
        return mention.entity if r.cls(mention.entity) == "Government" else None
    lemma = token.lemma_.lower()
    office = _prosecutors_office(token)
    if lemma not in COURT_NOUNS | PROSECUTION_NOUNS | {"attorney"} and office is None:
        return None
    if lemma in PROSECUTION_NOUNS and token.pos_ != "NOUN":
        return None
    mods = [
        c
        for c in token.lefts
        if c.dep_ in {"compound", "amod", "nmod"}
        and (c.lower_ in COURT_QUALIFIERS or c.lower_ in NATIONALITIES or c.i in r.index)
    ]
    if office is not None:
        mods = list(office.subtree)  # "the U.S. Attorney's office (in Manhattan)"
    elif lemma == "attorney" and not any(m.lower_ in _PUBLIC_ATTORNEYS for m in mods):
        return None  # "a defence attorney", "his attorney": no prosecutor
    place = _seat(r, token)
    if not mods and place is None:
        return _last_court(r, token) if lemma in COURT_NOUNS else None
    start = min(m.i for m in mods) if mods else token.i
    while start < token.i and token_table(token.doc).lower[start] in {"the", "a", "an"}:
        start += 1
    short = token.doc[start : token.i + 1].text
    # "a court in Paris", "a federal grand jury in Boston": the seat is part of its name
    name = f"{short} in {place}" if place is not None else short
    for i, c in enumerate(r.clusters):
        names = {c.name.lower(), *(a.lower() for a in c.aliases)}
        if c.cls == "Government" and name.lower() in names:
            return i
    court = EntityCluster(name, "Government")
    if mods and place is not None:
        court.aliases.add(short)  # "the federal grand jury" later in the article
    r.clusters.append(court)
    return len(r.clusters) - 1


#: Words that make an attorney a public prosecutor ("the U.S. Attorney in Manhattan",
#: "the Manhattan district attorney").
_PUBLIC_ATTORNEYS = frozenset({"u.s.", "us", "district", "state", "federal"})


def _prosecutors_office(token: Token) -> Token | None:
    """The "U.S. Attorney's" of "the U.S. Attorney's office": the prosecutor an office
    noun belongs to, if it is one."""
    if token.lemma_.lower() != "office":
        return None
    for c in token.lefts:
        attorney = c.dep_ in {"poss", "compound"} and c.lemma_.lower() in {"attorney", "attorneys"}
        if attorney and any(t.lower_ in _PUBLIC_ATTORNEYS for t in c.subtree):
            return c
    return None


def _seat(r: ArticleReader, token: Token) -> str | None:
    """The place a court or prosecutor noun sits in, by its in-phrase: "a court in
    Paris", "prosecutors in Milan" (a named place, not "in a statement")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for obj in children(prep, "pobj"):
            mention = r.index.get(obj.i)
            placed = mention is not None and r.cls(mention.entity) in {"Location", "Government"}
            if placed and mention is not None and mention.root.ent_type_ in {"GPE", "LOC"}:
                return mention.span.text
    return None


def _last_court(r: ArticleReader, token: Token) -> int | None:
    """ "the court": the court or jury an earlier sentence named."""
    if not any(c.lower_ in {"the", "that", "this"} for c in token.lefts):
        return None
    word = token.lower_
    for i in range(len(r.clusters) - 1, -1, -1):
        c = r.clusters[i]
        if c.cls == "Government" and c.name.lower().endswith(word):
            return i
    # "The court fined …" with no court named before: the court that tried the case
    r.clusters.append(EntityCluster(word, "Government"))
    return len(r.clusters) - 1


def named_after(r: ArticleReader, token: Token) -> int | None:
    """ "the American markets regulator, the Securities and Exchange Commission": the name
    set beside a description, even where the parse lost the apposition."""
    for c in token.children:
        if c.dep_ == "appos" and c.i in r.index:
            return r.index[c.i].entity
    end = max(t.i for t in token.subtree) + 1
    doc = token.doc
    if end < len(doc) and token_table(doc).text[end] == ",":
        nxt = end + 1
        if nxt < len(doc) and token_table(doc).lower[nxt] == "the":
            nxt += 1
        mention = r.index.get(nxt)
        if mention is not None and mention.start == nxt:
            return mention.entity
    return None


def actor_entities(r: ArticleReader, token: Token) -> list[int]:
    """The bodies or people a noun phrase names as actor: its entities, a court it
    describes, or the name set beside a description."""
    found = r.entities(token)
    if found:
        return found
    court = court_entity(r, token)
    if court is not None:
        return [court]
    if token.lemma_.lower() in INSTRUMENT_NOUNS:
        # "by a US court injunction", "by order of the court"
        for c in token.children:
            if c.dep_ in {"compound", "poss", "nmod"} or (c.dep_ == "prep" and c.lower_ == "of"):
                objs = children(c, "pobj") if c.dep_ == "prep" else [c]
                for o in objs:
                    court = court_entity(r, o)
                    if court is not None:
                        return [court]
                    listed = r.entities(o)
                    if listed:
                        return listed
        return []
    beside = named_after(r, token)
    return [beside] if beside is not None else []


def bringers(r: ArticleReader, case: Token) -> list[int]:
    """Who brought a case: "charges brought by the SEC", "charges from the FTC",
    "the SEC's lawsuit", "a complaint filed … by Judge X"."""
    out: list[int] = []
    phrases = preps(case, "by", "from")
    if case.dep_ == "dobj" and case.head.lemma_.lower() in SETTLING_VERBS:
        # "to settle charges by the SEC that …": the parse hangs the by-phrase on the verb
        phrases += preps(case.head, "by")
    for t in phrases:
        out += actor_entities(r, t)
    # "(settle) Trade Commission charges": a body named right before the case word,
    # however the parse attached it
    before = r.index.get(case.i - 1) if case.i > 0 else None
    if before is not None and before.end == case.i and r.cls(before.entity) == "Government":
        out.append(before.entity)
    for c in case.children:
        if c.dep_ == "poss":
            out += r.entities(c)
        elif c.dep_ in {"compound", "nmod"} and c.i < case.i:
            # "SEC charges", "Trade Commission accounting charges": a body named before
            # the case (a company before it, "the Kestrel lawsuit", is no bringer)
            out += [
                e for t in c.subtree if t.dep_ in {"compound", "nmod"} or t is c
                for e in r.entities(t) if r.cls(e) == "Government"
            ]  # fmt: skip
        elif c.dep_ == "acl" and c.lemma_.lower() in BROUGHT_PARTICIPLES:
            # "charges brought by the SEC", "the allegations made by the regulator"
            for t in agents(c) + preps(c, "by"):
                out += actor_entities(r, t)
    # "charges of fraud brought by the SEC": the parse hangs the participle on the crime
    for crime in preps(case, "of"):
        for c in crime.children:
            if c.dep_ == "acl" and c.lemma_.lower() in BROUGHT_PARTICIPLES:
                out += [e for t in agents(c) + preps(c, "by") for e in actor_entities(r, t)]
    return list(dict.fromkeys(out))


def against(r: ArticleReader, case: Token) -> list[int]:
    """Whom a case is against: "a lawsuit against X", "a complaint filed against X"."""
    targets = [e for t in preps(case, "against") for e in parties(r, t)]
    # "charges of fraud against X": the parse hangs the against-phrase on the crime
    targets += [
        e for t in preps(case, "of") for a in preps(t, "against") for e in parties(r, a)
        if e not in targets
    ]  # fmt: skip
    if case.lemma_.lower() in PROCEEDINGS_OF:
        # "the Justice Department's indictment of X" (not "charges of fraud": a crime)
        targets += [e for t in preps(case, "of") for e in parties(r, t) if e not in targets]
    for c in case.children:
        if c.dep_ == "acl" and c.lemma_.lower() in BRING_VERBS:
            targets += [e for t in preps(c, "against") for e in parties(r, t)]
    return list(dict.fromkeys(targets))


def court_nearby(r: ArticleReader, sent: Span) -> int | None:
    """A court the sentence or the one before names ("Last month in a US court, X
    pleaded guilty. It was ordered to pay …")."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    for i in range(sent.end - 1, start - 1, -1):
        token = doc[i]
        if token.lemma_.lower() in COURT_NOUNS and token.pos_ in {"NOUN", "PROPN"}:
            court = court_entity(r, token)
            if court is not None:
                return court
    return None


def reporter(verb: Token) -> Token | None:
    """The subject of the saying verb that reports ``verb``'s clause: "X was charged
    with fraud, prosecutors said" (the saying after, as a parenthetical or the root),
    "the SEC said (that) X had been charged" (the clause its complement).

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Vemora was charged with fraud, prosecutors said.")
    >>> reporter(doc[2]).text
    'prosecutors'
    """
    says = [c for c in verb.children if c.dep_ in {"parataxis", "ccomp"} and c.i > verb.i]
    head = verb
    for _ in range(3):
        if head.dep_ not in {"ccomp", "conj"} or head.head.i == head.i:
            break
        head = head.head
        says.append(head)
    for say in says:
        if say.lemma_.lower() in SAY_VERBS:
            speaker = subject(say)
            if speaker is not None:
                return speaker
    return None


def known_surname(r: ArticleReader, token: Token | None) -> list[int]:
    """ "Marsh was charged …" after "Alan Marsh …": a one-word proper noun the tagger
    left unnamed (a sentence's first word often is) that is the surname of exactly one
    person the article names in full."""
    if token is None or token.pos_ != "PROPN" or token.i in r.index:
        return []
    if any(c.dep_ in {"compound", "amod", "det", "poss"} for c in token.children):
        return []  # "the Marsh fund", "Marsh Holdings": not a surname alone
    people = [
        i
        for i, c in enumerate(r.clusters)
        if c.cls == "Person" and len(c.name.split()) > 1 and c.name.split()[-1] == token.text
    ]
    return people if len(people) == 1 else []
