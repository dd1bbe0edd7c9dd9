"""Whom a measure's object phrase reaches when it names no target itself: the names
a group is said to include, the parties to prohibited dealings, where investments
would go, the country whose sector a measure falls on.

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = "The order prohibits any transaction with Volta Media Ltd. by any person."
>>> result = extract_doc(load_pipeline()(text), Article(id="d", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> [(s.kind, names[s.target]) for s in result.sanctions]
[('Ban', 'Volta Media Ltd.')]
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.frames.sanction_kinds import is_country
from kg.extract.frames.sanction_lists import ACTOR_TARGETS, TARGETS
from kg.extract.frames.sanction_words import SECURITIES_WORDS, TARGET_GROUPS
from kg.extract.frames.syntax import agents, children, conjuncts, preps, subject
from kg.extract.lexicon import RESTRICTED_THINGS
from kg.extract.tokens import sentence_bounds


def included_members(r, verb: Token, passive: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """ "adding 20 entities to the Entity List, including A and B", "14 firms,
    including A, were designated": the names said to be among a group the verb
    reaches, the including-phrase hung on the group or on the verb."""
    # "elites and their family members, including A": the phrase on either conjunct
    groups = [
        c
        for t in children(verb, "nsubjpass" if passive else "dobj")
        if t.lemma_.lower() in TARGET_GROUPS
        for c in conjuncts(t)
    ]
    if not groups:
        return []
    # "to the Entity List, including A": the phrase hung on the list named
    heads = [*groups, verb, *preps(verb, "to", "on")]
    phrases = [p for h in heads for p in examples(h)]
    # "including six subsidiaries of X and the research institute Y": the name set
    # beside a conjoined common noun (X, whose subsidiaries are listed, is not)
    nouns = [
        n
        for t in phrases
        for c in conjuncts(t)
        for n in ([c, *children(c, "appos")] if c.pos_ == "NOUN" else [c])
    ]
    found = [e for t in phrases + nouns for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS]
    return list(dict.fromkeys(found))


def examples(group: Token) -> list[Token]:
    """The objects of a group's "including" and "such as" ("entities such as A and
    B", "firms, including A")."""
    such_as = [
        t
        for p in group.children
        if p.dep_ == "prep" and p.lower_ == "as" and any(c.lower_ == "such" for c in p.children)
        for t in children(p, "pobj")
    ]
    return preps(group, "including") + such_as


#: A country's branches of business a measure can fall on: "Iran's oil sector".
_SECTOR_NOUNS = frozenset({"sector", "industry"})


def sector_countries(r, tokens: list[Token]) -> list[int]:  # type: ignore[no-untyped-def]
    """ "(sanctions on) Iran's oil sector", "(investment in) X's energy sector": the
    country whose branch of business a measure falls on."""
    found = [
        e
        for t in tokens
        for s in conjuncts(t)
        if s.lemma_.lower() in _SECTOR_NOUNS
        for c in s.children
        if c.dep_ == "poss"
        for e in r.entities(c)
        if r.cls(e) in {"Location", "Government"}
    ]
    return list(dict.fromkeys(found))


#: Dealings a prohibition can cover, whose with-phrase names the other party.
_DEALING_WORDS = frozenset({"transaction", "dealing", "business", "trade"})


def dealing_parties(r, verb: Token, passive: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """The parties named in the with-phrases of the dealings a restricting verb
    covers: "prohibits any transaction with X", "any transaction by any person with X
    is prohibited", "prohibits U.S. persons from engaging in transactions with X",
    "the following actions are prohibited: any transaction … with X"
    (the dealings set beside the subject after the colon)."""
    found: list[int] = []
    # "prohibits U.S. persons from engaging in transactions with X": the dealings the
    # from-clause names
    barred = [d for act in _barred_acts(verb) for d in preps(act, "in")]
    for obj in children(verb, "nsubjpass" if passive else "dobj") + barred:
        for dealing in [obj, *children(obj, "appos")]:
            if dealing.lemma_.lower() not in _DEALING_WORDS:
                continue
            # "with X", or "involving X" (the dealings' participle)
            found += [
                e
                for t in dealing.subtree
                if (t.dep_ == "pobj" and t.head.lower_ == "with")
                or (t.dep_ == "dobj" and t.head.lemma_.lower() == "involve")
                for e in r.entities(t)
                if r.cls(e) in ACTOR_TARGETS
            ]
    # "prohibits U.S. persons from dealing / doing business with X"
    found += [
        e
        for act in _barred_acts(verb)
        if act.lemma_.lower() in _DEALING_ACTS
        or any(o.lemma_.lower() in _DEALING_WORDS for o in children(act, "dobj"))
        for t in preps(act, "with")
        for e in r.entities(t)
        if r.cls(e) in ACTOR_TARGETS
    ]
    return list(dict.fromkeys(found))


#: Verbs of dealing whose with-phrase names the other party: "from dealing with X".
_DEALING_ACTS = frozenset({"deal", "transact", "trade"})


def _barred_acts(verb: Token) -> list[Token]:
    """The acts a restricting verb keeps its object from: "prohibits U.S. persons from
    engaging in …", "are prohibited from dealing with …" (the from-clause's verb)."""
    return [a for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
            for a in children(p, "pcomp")]  # fmt: skip


#: Verbs of sending goods whose receiver a ban can name: "from selling chips to X".
_SELLING_ACTS = frozenset({"sell", "export", "ship", "supply", "provide", "transfer"})


def barred_customers(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Whom a restricting verb keeps goods from: "barred U.S. firms from selling chips
    to X", "are prohibited from supplying X" (an export control on X)."""
    found = [
        e
        for act in _barred_acts(verb)
        if act.lemma_.lower() in _SELLING_ACTS
        # "selling … to X"; "supplying X" (the receiver as the object)
        for t in preps(act, "to")
        + (children(act, "dobj") if act.lemma_.lower() == "supply" else [])
        for e in r.entities(t)
        if r.cls(e) in TARGETS
    ]
    return list(dict.fromkeys(found))


def invested_in(r, verb: Token, passive: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """Who receives the investments a restricting verb names: "bans new investment in
    X", "new investments in A and B are prohibited"."""
    found = [
        e
        for obj in children(verb, "nsubjpass" if passive else "dobj")
        for head in [obj, *(c for c in obj.children if c.dep_ == "conj")]
        if head.lemma_.lower() == "investment"
        for t in preps(head, "in", "into")
        for e in r.entities(t)
        if r.cls(e) in TARGETS
    ]
    return list(dict.fromkeys(found))


#: Entity types of a measure's size: "tariffs of 25 percent", "a fine of $5 million".
_AMOUNT_TYPES = frozenset({"PERCENT", "MONEY"})


def amount_phrases(measure: Token) -> list[Token]:
    """ "tariffs of 25 percent on X", "a penalty of $5 million against X": the on- and
    against-phrases the parse hangs on the measure's size rather than on the measure.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("They imposed tariffs of 25 percent on imports from Peru.")
    >>> [t.text for t in amount_phrases(doc[2])]
    ['imports']
    """
    return [
        p
        for size in preps(measure, "of")
        if size.ent_type_ in _AMOUNT_TYPES
        for p in preps(size, "on", "against")
    ]


#: Verbs of being under a measure: "X is / remains / came under U.S. sanctions".
_UNDER_VERBS = frozenset({"be", "remain", "stay", "come", "fall"})


def under_measure(r, noun: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "X, which is under U.S. sanctions", "X came under sanctions in 2019": who is
    under the measure ``noun`` names."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "under":
        return []
    verb = prep.head
    if verb.lemma_.lower() not in _UNDER_VERBS:
        return []
    return [e for e in r.entities(subject(verb)) if r.cls(e) in TARGETS]


#: Verbs of sending goods abroad, whose destination a violated measure falls on.
_SENDING_VERBS = frozenset(
    {"export", "reexport", "re-export", "ship", "send", "sell", "supply", "transfer",
     "transship", "smuggle", "deliver", "provide"}
)  # fmt: skip


#: Bodies of rules an export may violate, which fall on no country ("export controls",
#: "export laws"), unlike a measure on one ("sanctions", "the embargo").
_RULE_BODIES = frozenset({"control", "law", "regulation", "rule"})


def violated_destinations(r, noun: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "exported chips to Iran in violation of U.S. sanctions / the trade embargo":
    the country goods went to, on which the violated measure falls (a measure that
    names no target of its own)."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() != "violation":
        return []
    prep = of.head.head
    verb = prep.head
    if prep.lower_ != "in" or verb.lemma_.lower() not in _SENDING_VERBS:
        return []
    if noun.lemma_.lower() in _RULE_BODIES:
        return []  # "in violation of U.S. export controls": the rules, no measure on a place
    # "to Iran" on the verb or on its goods ("exported items to Iran")
    places = preps(verb, "to") + [p for o in children(verb, "dobj") for p in preps(o, "to")]
    found = [e for t in places for e in r.entities(t) if is_country(r, e)]
    return list(dict.fromkeys(found))


def export_destinations(r, heads: list[Token], phrases: list[Token]) -> list[int]:  # type: ignore[no-untyped-def]
    """ "imposed export controls on chips to Russia", "new export restrictions on
    advanced chips to China": where the goods may not go, in a to-phrase on the verb
    or the measure (``heads``) or inside the measure's on-phrase (``phrases``)."""
    restricted = {t.lower_ for p in phrases for t in p.subtree}
    if any(RESTRICTED_THINGS.get(w, "ExportControl") != "ExportControl" for w in restricted):
        return []  # "restrictions on outbound investment to China": no export
    places = [p for h in heads for p in preps(h, "to")]
    places += [t for p in phrases for t in p.subtree if t.dep_ == "pobj" and t.head.lower_ == "to"]
    found = [e for t in places for e in r.entities(t) if r.cls(e) in TARGETS]
    return list(dict.fromkeys(found))


#: Dealings in goods a ban can cover, whose of-phrase names the goods.
_TRADE_WORDS = frozenset(
    {"import", "imports", "importation", "sale", "sales", "purchase", "purchases"}
)

#: Verbs that say who made goods: "products made / manufactured by X".
_MAKING_VERBS = frozenset({"make", "manufacture", "produce", "supply", "develop", "design"})


def goods_makers(r, verb: Token, passive: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """The firms whose goods a restricting verb keeps out: "prohibits the import of
    products made by X", "bans the sale of X equipment"."""
    found: list[int] = []
    for obj in children(verb, "nsubjpass" if passive else "dobj"):
        if obj.lower_ not in _TRADE_WORDS:
            continue
        for goods in (g for p in preps(obj, "of") for g in conjuncts(p)):
            # "X equipment": the maker named on the goods
            named = [c for c in goods.children if c.dep_ in {"compound", "amod", "poss"}]
            # "products made by X"
            named += [
                a
                for c in goods.children
                if c.dep_ == "acl" and c.lemma_.lower() in _MAKING_VERBS
                for a in agents(c)
            ]
            found += [
                e for t in named for e in r.entities(t) if r.cls(e) in {"Company", "Organization"}
            ]
    return list(dict.fromkeys(found))


#: Acts of investing a ban can keep persons from: "from investing in X", "from buying
#: shares in / of X".
_INVESTING_ACTS = frozenset({"invest", "buy", "purchase", "hold", "acquire"})


def barred_investees(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Who may not be invested in: "barred Americans from investing in X", "prohibits
    U.S. persons from buying shares of X" (an investment ban on X)."""
    found = []
    for act in _barred_acts(verb):
        if act.lemma_.lower() not in _INVESTING_ACTS:
            continue
        # "investing in X"; "buying shares / securities in or of X"
        phrases = preps(act, "in") if act.lemma_.lower() == "invest" else []
        phrases += [
            p
            for o in children(act, "dobj")
            if o.lower_ in SECURITIES_WORDS or o.lemma_.lower() == "stake"
            for p in preps(o, "in", "of")
        ]
        found += [e for t in phrases for e in r.entities(t) if r.cls(e) in TARGETS]
    return list(dict.fromkeys(found))


#: Words of a deal between firms, which a lawsuit may block (no sanction on either).
_DEAL_WORDS = frozenset(
    {"deal", "acquisition", "merger", "takeover", "transaction", "acquire", "merge", "buy"}
)


def blocks_a_deal(verb: Token) -> bool:
    """ "(informed them it would sue) to block it", where "it" is the deal the
    sentence or the one before speaks of: an antitrust suit, no measure on a firm."""
    obj = next(iter(children(verb, "dobj")), None)
    if obj is None or obj.lower_ != "it":
        return False
    doc = verb.doc
    start = sentence_bounds(verb)[0]
    start = sentence_bounds(doc[start - 1])[0] if start > 0 else start
    return any(t.lemma_.lower() in _DEAL_WORDS for t in doc[start : verb.i])
