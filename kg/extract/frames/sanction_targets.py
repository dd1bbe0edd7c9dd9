"""What a measure's phrases reach and what kind they make it: "sanctions on X", "on
three banks: A, B and C", "tariffs on Japanese electronics" (the goods' origin),
"exports of chips to Iran" (the destination), "the property of X" (its owner),
"securities of X" (their issuer); "export restrictions" → ExportControl, "debt and
equity restrictions" → InvestmentBan.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("They imposed debt and equity restrictions on the bank.")
>>> restricted_kind(doc[5])
'InvestmentBan'
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.frames.legal import ACTING, named_after
from kg.extract.frames.location import LocationFrame
from kg.extract.frames.sanction_described import referred_names
from kg.extract.frames.sanction_lists import ACTOR_TARGETS, TARGETS, colon_list, names_run
from kg.extract.frames.sanction_objects import examples
from kg.extract.frames.sanction_words import (
    ACTOR_NOUNS,
    GENERAL_MEASURES,
    PROPERTY_WORDS,
    SECURITIES_WORDS,
    TARGET_GROUPS,
)
from kg.extract.frames.syntax import (
    agents,
    children,
    conjuncts,
    preps,
    relative_antecedent,
    subject,
)
from kg.extract.lexicon import COUNTRY_NAMES, NATIONALITIES, RESTRICTED_THINGS

if TYPE_CHECKING:
    from kg.extract.frames.reader import ArticleReader


def past_descriptions(r: ArticleReader, token: Token) -> list[int]:
    """ "A, Freedonia's largest bank, and B": the names a list goes on with past a
    description set beside one of its names, which the parse makes the head of the
    next name (B a conjunct of "bank", not of A)."""
    found = [
        e
        for t in conjuncts(token)
        for a in children(t, "appos")
        if a.i not in r.index
        for c in conjuncts(a)[1:]
        for e in r.entities(c)
        if r.cls(e) in ACTOR_TARGETS
    ]
    return list(dict.fromkeys(found))


def measure_targets(r, target: Token, sent: Span) -> list[int]:  # type: ignore[no-untyped-def]
    """ "sanctions on X", "on Russia's largest bank, VTB Bank", "on three banks: A, B
    and C" (the names after the colon)."""
    # goods ("tariffs on Japanese electronics") are no target: their origin is
    # "on three Russian banks: A, B and C": the names, not the nationality
    listed = colon_list(r, target, sent) if target.lemma_.lower() in TARGET_GROUPS else []
    if listed:
        return listed
    found = [e for e in r.entities(target) if r.cls(e) in TARGETS]
    if found:
        # "on the Ministry of Defense and its minister, X": the name beside a conjunct
        beside = [
            e
            for c in conjuncts(target)[1:]
            if not r.entities(c) or r.person_named(c) is not None
            for a in children(c, "appos")
            for e in r.entities(a)
            if r.cls(e) in ACTOR_TARGETS
        ]
        beside += past_descriptions(r, target)  # "on A, Freedonia's largest bank, and B"
        return found + [e for e in dict.fromkeys(beside) if e not in found]
    listed = colon_list(r, target, sent)
    if listed:
        return listed
    named_beside = named_after(r, target)  # "on Russia's largest bank, VTB Bank"
    if named_beside is not None and not _clause_subject(r, named_beside, target):
        return [named_beside]
    # "against military end users, including the Ministry of Defense"
    included = [
        e
        for t in examples(target)  # "including A", "such as A"
        for e in r.entities(t)
        if r.cls(e) in ACTOR_TARGETS and r.clusters[e].name not in COUNTRY_NAMES
    ]
    if included:
        return included
    if target.lower_ in _EXPORT_WORDS:
        # "the export of goods from the United States to Iran": the destination
        return [
            e
            for t in target.subtree
            if t.dep_ == "pobj" and t.head.lower_ == "to"
            for e in r.entities(t)
            if r.cls(e) in {"Location", "Government"}
        ]
    # "duties on solar panels made by X": the goods' maker
    makers = [
        e
        for c in target.children
        if c.dep_ == "acl" and c.lemma_.lower() in _MAKING_VERBS
        for a in agents(c)
        for e in r.entities(a)
        if r.cls(e) in {"Company", "Organization"}
    ]
    if makers:
        return makers
    # "on steel imports from China", "imports of beef from Britain"
    origins = [e for t in target.subtree if t.dep_ == "pobj" and t.head.lower_ == "from"
               for e in r.entities(t) if r.cls(e) in {"Location", "Government"}]  # fmt: skip
    if origins:
        return origins
    # "tariffs on Japanese electronics", "imports of Belarusian potash / of goods of
    # Belarusian origin": the country the goods come from; assets frozen are an
    # owner's, whatever their nationality ("the assets of Russian metals groups")
    if target.lemma_.lower() in PROPERTY_WORDS:
        return []
    referred = referred_names(r, target)  # "against those regimes", "these entities"
    if referred:
        return referred
    for c in _goods_words(target):
        if c.dep_ == "amod" and c.lower_ in NATIONALITIES and not _names_actor(c.head):
            if _of_any_origin(c.head):
                continue
            country = LocationFrame(r).country(c)
            if country is not None:
                return [country]
    return []


#: Participles naming who made goods a measure falls on ("panels made by X").
_MAKING_VERBS = frozenset({"make", "produce", "manufacture"})


#: Words that make goods any country's own: "other foreign vehicles", "imported steel".
_ANY_ORIGIN = frozenset({"foreign", "imported", "overseas"})


def _of_any_origin(goods: Token) -> bool:
    """Whether goods named by a nationality stand for foreign goods at large: beside a
    conjunct "other foreign vehicles", "American autos" is one instance of them, and
    the measure falls on every country's ("restrictions on American autos and other
    foreign vehicles"), unlike "tariffs on Japanese electronics and steel"."""
    return any(
        c.dep_ == "amod" and c.lower_ in _ANY_ORIGIN
        for noun in goods.conjuncts
        for c in noun.children
    )


def _names_actor(noun: Token) -> bool:
    """Whether a noun names a firm or a person, whose nationality is not the origin of
    goods: "duties on Chinese solar makers", "sanctions on Iranian suppliers", "the
    assets of Russian businessman X" (a name), unlike "tariffs on Japanese electronics"."""
    if noun.pos_ == "PROPN":
        return True
    lemma = noun.lemma_.lower()
    return lemma in ACTOR_NOUNS or lemma.endswith("maker")


def _goods_words(target: Token) -> list[Token]:
    """The words that describe goods: the target's own modifiers, and those in its
    of-phrases ("imports of Belarusian potash", "the importation into the United States
    of goods of Belarusian origin"), not in clauses or other phrases."""
    words = []
    for t in target.subtree:
        head, ok = t.head, True
        while ok and head.i != target.i:
            ok = head.dep_ in {"pobj", "conj", "cc"} or (
                head.dep_ == "prep" and head.lower_ in _GOODS_PREPS
            )
            head = head.head
        if ok and t.i != target.i:
            words.append(t)
    return words


#: Prepositions that describe goods: "imports of X", "importation into the U.S. of X".
_GOODS_PREPS = frozenset({"of", "into"})


def _clause_subject(r, entity: int, target: Token) -> bool:  # type: ignore[no-untyped-def]
    """Whether the name after the measure's phrase is the subject of the clause that
    follows ("In addition to restrictions on the sector, the United States will …"),
    not a name set beside the phrase."""
    end = max(t.i for t in target.subtree) + 1
    for i in range(end, min(end + 4, len(target.doc))):
        mention = r.index.get(i)
        if mention is not None and mention.entity == entity:
            return mention.root.dep_ in {"nsubj", "nsubjpass"}
    return False


#: Verbs whose object says what a measure restricts.
RESTRICTING_VERBS = frozenset({"restrict", "prohibit", "ban", "bar", "block"})


def object_kind(verb: Token) -> str | None:
    """The kind a restricting verb takes from what it restricts: "restrict Chinese
    investments" → InvestmentBan, "prohibit the sale or import of Y" → Ban, "restrict
    exports of chips" → ExportControl; None for people and companies ("banned X")."""
    if verb.lemma_.lower() not in RESTRICTING_VERBS:
        return None
    for obj in children(verb, "dobj", "nsubjpass"):
        if obj.lower_ == "access":
            # "restrict Russia's access to critical technology"; not "restrict X's
            # access to transactions made in the dollar"
            return "ExportControl" if technology_access(obj) else "Other"
        heads = [obj] + [c for c in obj.children if c.dep_ == "conj"]
        for head in heads:
            for word in [head] + [c for c in head.children if c.dep_ in {"compound", "amod"}]:
                kind = RESTRICTED_THINGS.get(word.lower_)
                if kind is not None:
                    return kind
    return None


def property_owners(r, token: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "(all property and interests in property) of X", "the assets of X and Y": the
    owners of the property a measure blocks."""
    if token.lemma_.lower() not in PROPERTY_WORDS:
        return []
    owners = [
        e
        for t in token.subtree
        if t.dep_ == "pobj"
        and t.head.lower_ == "of"
        and t.head.head.lemma_.lower() in PROPERTY_WORDS
        # "of X and his wife, Y": the name set beside a conjoined noun too; "of its
        # owner, Y": beside a role noun that names no one
        for n in [
            t,
            *(a for c in conjuncts(t)[1:] for a in children(c, "appos")),
            *(a for a in children(t, "appos") if t.pos_ == "NOUN" and t.i not in r.index),
        ]
        for e in r.entities(n)
        if r.cls(e) in ACTOR_TARGETS
    ]
    return list(dict.fromkeys(owners))


def securities_issuers(r, verb: Token, passive: bool = False) -> tuple[list[int], Token | None]:  # type: ignore[no-untyped-def]
    """Issuers of the securities a prohibition covers, and the securities' word:
    "purchasing securities of X", "dealings in bonds issued by X, Y or Z"; in the
    passive, in its subject ("the purchase of securities of X … is prohibited")."""
    found: list[int] = []
    word = None
    tokens = (
        [t for s in children(verb, "nsubjpass") for t in s.subtree]
        if passive
        else [t for t in verb.subtree if t.i > verb.i]
    )
    for t in tokens:
        if t.lower_ not in SECURITIES_WORDS:
            continue
        for p in t.children:
            phrases = [p] if p.dep_ == "prep" and p.lower_ == "of" else []
            if p.dep_ == "acl" and p.lemma_.lower() == "issue":
                phrases = [a for a in p.children if a.dep_ == "agent"]  # "issued … by X"
            found += [
                e
                for phrase in phrases
                for obj in children(phrase, "pobj")
                for e in r.entities(obj) + names_run(r, obj)
                if r.cls(e) in ACTOR_TARGETS
            ]
            word = word or (t if found else None)
    return list(dict.fromkeys(found)), word


def instrument_issuers(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Who issued the instrument that prohibits: "Treasury issued a directive that
    prohibits …" → Treasury."""
    subj = subject(verb)
    if subj is None or subj.lower_ not in {"that", "which"}:
        return []
    instrument = relative_antecedent(subj)
    if instrument is None or instrument.dep_ != "dobj":
        return []
    return [e for e in r.entities(subject(instrument.head)) if r.cls(e) in ACTING]


def goods_parties(r, verb: Token, sent: Span, passive: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """The country or firm goods a restricting verb names go to ("exports of chips to
    Iran", "restricted exports to X Ltd.") or, in the passive ("imports from X will
    be banned"), come from."""
    if object_kind(verb) not in {"ExportControl", "Ban"}:
        return []
    found: list[int] = []
    for obj in children(verb, "nsubjpass" if passive else "dobj"):
        if passive:
            found += measure_targets(r, obj, sent)
        if obj.lower_ == "access":
            # "restrict Russia's access to critical technology": whose access
            found += [
                e
                for c in obj.children
                if c.dep_ == "poss"
                for e in r.entities(c)
                if r.cls(e) in TARGETS
            ]
            continue
        if obj.lower_ not in _EXPORT_WORDS:
            continue
        # the parse hangs "to Iran" on the verb or inside the goods' phrase
        places = preps(verb, "to") + [
            t for t in obj.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"
        ]
        # a country, or a firm or body the goods may not reach ("exports to X Ltd.")
        found += [e for t in places for e in r.entities(t) if r.cls(e) in TARGETS]
    return list(dict.fromkeys(found))


#: What "access to …" an export control cuts off.
TECHNOLOGY_GOODS = frozenset(
    {"technology", "technologies", "inputs", "chips", "semiconductors", "components",
     "goods", "items", "software", "equipment"}
)  # fmt: skip


def technology_access(access: Token) -> bool:
    """ "access to critical technology / vital technological inputs"."""
    return any(t.lower_ in TECHNOLOGY_GOODS for obj in preps(access, "to") for t in obj.subtree)


#: Goods sent abroad, whose to-phrase names the restricted destination.
_EXPORT_WORDS = frozenset({"exports", "export", "sale", "sales", "transfer", "transfers"})


def dealings_kind(noun: Token, phrases: list[Token]) -> str | None:
    """ "restrictions on dealings in new debt and equity of X": a general measure on
    dealings in a target's securities is an investment ban."""
    if noun.lemma_.lower() not in GENERAL_MEASURES:
        return None
    # the parse hangs "in new debt" on the measure or on a conjunct of it
    for t in [*noun.subtree, *(t for p in phrases for t in p.subtree)]:
        if t.i > noun.i and t.text == ":":
            break  # the names listed after it say nothing of the kind
        if t.i > noun.i and t.lower_ in SECURITIES_WORDS:
            return "InvestmentBan"
    return None


def restricted_kind(noun: Token) -> str | None:
    """ "debt and equity restrictions" → InvestmentBan, "export restrictions" →
    ExportControl, "visa restrictions" / "a travel ban" → VisaBan, "full blocking
    sanctions" → AssetFreeze: what the measure restricts."""
    words = [t.lower_ for t in noun.lefts] + [t.lower_ for c in noun.lefts for t in c.children]
    if noun.dep_ == "conj":
        words.append(noun.head.lower_)  # "debt and equity restrictions"
    for word in words:
        if word in {"debt", "equity"}:
            return "InvestmentBan"
        if word == "travel":
            return "VisaBan"
        if word == "blocking":
            return "AssetFreeze"  # "full blocking sanctions": the property is blocked
        kind = RESTRICTED_THINGS.get(word)
        if kind is not None:
            return kind
    return None


def visa_holders(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "is restricting visas for three employees of X and for its founder, Y",
    "denied visas to A and B": whose visas a measure restricts, named or set beside
    a role noun (Y; not X, whose employees they are)."""
    if not any(o.lemma_.lower() == "visa" for o in children(verb, "dobj")):
        return []
    phrases = [
        obj
        for p in [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "ADP")]
        for obj in (preps(verb, "for", "to") if p is verb else children(p, "pobj"))
    ]
    found = [
        e
        for t in phrases
        for n in conjuncts(t)
        for e in (r.entities(n) or [e for a in children(n, "appos") for e in r.entities(a)])
    ]
    return [e for e in dict.fromkeys(found) if r.cls(e) == "Person"]
