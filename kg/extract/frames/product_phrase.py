"""Product phrases for the technology frame: the words of a noun phrase that name a
product ("the new memory chips" → "memory chips"), and the nouns a clause is about
when its own words do not say ("the turbines that X made": turbines).

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("Veltra sells the biggest new memory chips.")
>>> product_bounds(doc[6])
(5, 7)
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg.extract.frames.syntax import preps
from kg.extract.frames.technology_words import (
    EVALUATIVE,
    GENERIC_PRODUCT_HEADS,
    MEASURE_NOUNS,
    NOT_GOODS,
    SHARE_NOUNS,
    VERSION_NOUNS,
    is_product_head,
)
from kg.extract.lexicon import COUNTRY_NAMES, NATIONALITIES
from kg.extract.mentions import TECH_MODIFIERS
from kg.extract.tokens import token_table

#: Words of work done at a place, which make a "site" a place: "mining sites".
_WORK_PLACE_WORDS = frozenset(
    {"mining", "drilling", "production", "manufacturing", "test", "testing", "launch",
     "construction", "storage", "disposal", "burial", "excavation", "industrial",
     "military", "nuclear", "extraction", "processing", "work", "job", "missile", "dump"}
)  # fmt: skip
#: Entity types of words that own or place a product, not name it ("Huawei phones").
_OWNER_ENTS = frozenset({"ORG", "GPE", "NORP", "PERSON", "DATE", "MONEY", "CARDINAL", "LOC"})
_BLOCKING_DEPS = frozenset({"det", "poss", "case", "nummod", "quantmod", "prep", "punct", "cc"})
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod"})
#: Participles of ownership that end a firm's description, not name its goods ("a
#: state-owned telecoms equipment maker"). Not "-based": a place before it is a name,
#: and a firm described by its seat is left out as before ("Idaho-based memory maker").
_OWNED_WORDS = frozenset({"owned", "backed", "controlled", "funded", "run", "operated"})


#: Generic heads of machines and their parts, which any word that rates none names a
#: kind of where the context vouches for goods ("a distributor of industrial
#: equipment"); not services, products or materials ("a provider of financial services").
_MACHINE_KINDS = frozenset(
    {"equipment", "machinery", "device", "component", "part", "instrument", "tool", "gear"}
)


#: Words that relate goods to others, not name their kind ("related components").
_RELATING_WORDS = frozenset({"related", "associated", "ancillary", "assorted", "miscellaneous"})


def _names_kind(first: Token) -> bool:
    """Whether the first word of a machine's name says its kind ("industrial"), not
    how it relates or was handled ("related", "used", "refurbished")."""
    return first.tag_ != "VBN" and first.lower_ not in _RELATING_WORDS


def product_bounds(
    head: Token, brand: bool = False, vouched: bool = False
) -> tuple[int, int] | None:
    """Token bounds of the product phrase headed by ``head``, or None when it names no
    product: "the new memory chips" → "memory chips"; "a profit" → None.

    A generic head needs a noun or technical word before it ("network equipment").
    A name the parser labels a product ("the PlayStation Portable") is one. When the
    context already says it is a product (``vouched``: "a maker of computer
    terminals"), any common noun but a few abstract ones will do. ``brand``: see
    :func:`name_start`.
    """
    if head.ent_type_ == "PRODUCT":
        ent = next(e for e in head.doc.ents if e.start <= head.i < e.end)
        start = ent.start
        while start < head.i and token_table(head.doc).lower[start] in {"the", "a", "an"}:
            start += 1
        return start, ent.end
    if head.pos_ not in {"NOUN", "PROPN"} or head.ent_type_ in _OWNER_ENTS:
        return None
    brand = brand or any(c.dep_ == "poss" for c in head.children)  # "its Orbit engine"
    start = name_start(head, brand, goods=True)
    split = bracket_split(head.head) if head.dep_ == "appos" else None
    if split is not None and split.i == head.i:
        start = name_start(head.head, brand, goods=True)  # "design automation (EDA) software"
    named = start < head.i
    word = head.lower_
    lemma = head.lemma_.lower()
    if lemma == "site" and head.i > 0 and head.doc[head.i - 1].lower_ in _WORK_PLACE_WORDS:
        return None  # "artisanal mining sites", "test sites": places, not web sites
    if lemma in MEASURE_NOUNS and (
        not named or any(c.dep_ in {"nummod", "quantmod"} for c in head.children)
    ):
        return None  # "300 tonnes", "4,000 units": a measure ("navigation units" names)
    # a product noun, or goods named in the plural where the context vouches ("a maker
    # of terminals"; not "a producer of food, agricultural and … products")
    goods = vouched and head.tag_ == "NNS" and lemma not in NOT_GOODS | GENERIC_PRODUCT_HEADS
    if is_product_head(word) or is_product_head(lemma) or goods:
        pass
    elif vouched and named and lemma in _MACHINE_KINDS and _names_kind(head.doc[start]):
        pass  # "a distributor of industrial equipment", "a reseller of heavy machinery"
    elif word in GENERIC_PRODUCT_HEADS or lemma in GENERIC_PRODUCT_HEADS:
        # "network equipment", "digital services"; not "relevant equipment",
        # "self-developed equipment" (the dev gold names no such technology)
        before = head.doc[head.i - 1]
        # (a product noun the tagger read as an adjective counts: "accelerator boards")
        noun = before.pos_ in {"NOUN", "PROPN"} or is_product_head(before.lower_)
        # a hyphened task names the kind too: "ride-hailing platform" ("high-end" no)
        noun = noun or (before.lower_.endswith("ing") and _hyphened(before))
        if not named or not (noun or before.lower_ in TECH_MODIFIERS):
            return None
    else:
        return None  # a bare name ("launched the Fund") is no product by itself
    return start, head.i + 1


def _hyphened(token: Token) -> bool:
    """Whether ``token`` ends a hyphened word ("ride-hailing")."""
    doc = token.doc
    return token.i >= 2 and doc[token.i - 1].text == "-" and not doc[token.i - 2].whitespace_


#: Entity types of a capitalised word that is no brand: "the 2024 phone", "the U.S.".
_NOT_BRANDS = frozenset({"DATE", "MONEY", "CARDINAL", "NORP", "PERCENT"})


def branded_name(head: Token) -> tuple[int, int] | None:
    """Token bounds of one product named by its brand and its kind after "the": "the
    FitLoop fitness-tracking application", "the Lumo music streaming app" (the brand
    stays in the name, though the model may call it a firm or a place). None for
    other phrases: a plural ("the Orbit phones": the owner's goods), a bare brand
    ("the Lumo application" is named by the typing), a country ("the China mobile
    network").

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("It runs the Lumo music streaming application.")
    >>> bounds = branded_name(doc[6])
    >>> doc[bounds[0] : bounds[1]].text
    'Lumo music streaming application'
    """
    if head.tag_ != "NN":
        return None
    doc = head.doc
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or det.i + 3 > head.i:
        return None
    first = det.i + 1
    end = first
    while end < head.i and (doc[end].tag_ == "NNP" or _named(doc[end])):
        end += 1  # the brand: "FitLoop", "Sky Note"
    brand = doc[first:end]
    if end == first or end == head.i or brand.text in COUNTRY_NAMES:
        return None
    if any(t.ent_type_ in _NOT_BRANDS or t.lower_ in NATIONALITIES for t in brand):
        return None
    # the kind between brand and head, all of it the head's modifiers
    if any(doc[k].head.i < end or doc[k].head.i > head.i for k in range(first, head.i)):
        return None
    bounds = product_bounds(head, brand=True)
    if bounds is None or bounds[0] > end:
        return None
    return first, head.i + 1


def _named(token: Token) -> bool:
    """A capitalised word the model names, though tagged otherwise ("Tianmu": JJ)."""
    return token.text[:1].isupper() and token.ent_type_ in {"ORG", "GPE", "PERSON", "PRODUCT"}


#: Words that say goods are their seller's own make ("its proprietary software").
OWN_MAKE_WORDS = frozenset({"proprietary", "patented", "in-house", "homegrown", "home-grown"})
#: Participles that, after "self-", say the same ("self-developed equipment").
_SELF_MADE = frozenset({"develop", "make", "manufacture", "design", "produce", "build"})


def own_make(head: Token) -> bool:
    """Whether a modifier of ``head`` says the goods are their seller's own make:
    "self-developed equipment", "self-manufactured items", "proprietary software".

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("It sold self-developed equipment and relevant equipment.")
    >>> own_make(doc[5]), own_make(doc[8])
    (True, False)
    """
    for c in head.children:
        if c.dep_ not in {"amod", "compound"}:
            continue
        if c.lower_ in OWN_MAKE_WORDS:
            return True
        if c.lemma_.lower() in _SELF_MADE and any(g.lower_ == "self" for g in c.children):
            return True
    return False


def name_start(head: Token, brand: bool = False, goods: bool = False) -> int:
    """Where the words naming the product before ``head`` begin: its modifiers next
    to it, up to the first word that names no product ("the", "Chinese", "biggest").
    With ``brand`` (the owner is named already: "its Encarta encyclopaedia") a name
    before the head is the product's brand, not its owner. With ``goods`` (``head``
    names goods, not a firm) a technical word the model labelled a firm or a people
    stays in the name ("AI accelerator boards", "GNSS receivers"), and so do words of
    size ("small engines"); before a firm noun ("AI firm", "a small chip maker") the
    technology frame reads that word's own mention, and size rates the firm."""
    kept = {
        t.i
        for c in head.lefts
        if c.dep_ in _MODIFIER_DEPS
        for t in _modifier_words(c, brand, goods)
    }
    start = head.i
    doc = head.doc
    while start - 1 in kept or (start - 2 in kept and doc[start - 1].is_space):
        start -= 1  # a line break inside the phrase is no gap
    while start < head.i and start > 0 and not doc[start - 1].whitespace_:
        if not token_table(doc).text[start - 1].isalnum():
            break
        start -= 1  # "5G equipment": the tokenizer cut "5G" in two
    return start


def _modifier_words(token: Token, brand: bool = False, goods: bool = False) -> list[Token]:
    """A modifier and its own modifiers, without the words that name no product.
    ``goods``: see :func:`name_start`."""
    out: list[Token] = []
    owners = _OWNER_ENTS - {"ORG", "PERSON"} if brand else _OWNER_ENTS
    for t in token.subtree:
        if t.is_space:
            continue
        blocked = t.dep_ in _BLOCKING_DEPS and t.text != "-" and not _acronym_bracket(t)
        if goods and t.ent_type_ in owners and _technical_acronym(t):
            out.append(t)  # "AI accelerator boards", "Open RAN radios"
        elif blocked or t.ent_type_ in owners or t.tag_ in {"JJS", "JJR", "RBS"}:
            out = []  # only the words after it belong to the name
        elif goods and (t.lower_ in _SIZE_WORDS or (t.lower_ == "key" and _after_tech(t))):
            out.append(t)  # goods: "small engines", "quantum key distribution equipment"
        elif t.lower_ in EVALUATIVE or t.lower_ in NATIONALITIES or t.lower_ in _OWNED_WORDS:
            out = []  # "state-owned", "Chinese": who owns or where, not what
        else:
            out.append(t)
    return out


#: Words of size that rate a firm ("a small chip maker") but name a kind of goods
#: ("small engines", "large language models").
_SIZE_WORDS = frozenset({"small", "large"})


def kind_words(words: Span) -> bool:
    """Whether words before a technology mention, which its typing left out, still
    name the kind: a technical acronym the model labelled a firm ("Open RAN radios"),
    "key" after a technical word ("quantum key distribution"); the rest of them
    technical words, hyphens or "open". Ratings ("multiple", "imported") are not."""
    dropped = False
    for t in words:
        if (t.lower_ == "key" and _after_tech(t)) or (
            t.ent_type_ in _OWNER_ENTS and _technical_acronym(t)
        ):
            dropped = True
        elif not (t.text == "-" or t.lower_ in TECH_MODIFIERS or t.lower_ == "open"):
            return False
    return dropped


def _after_tech(token: Token) -> bool:
    """Whether a technical word or a noun comes right before ``token``: "key" is a
    noun in "quantum key distribution", a rating in "the key components"."""
    before = token.doc[token.i - 1] if token.i > 0 else token
    return before.i < token.i and (before.lower_ in TECH_MODIFIERS or before.pos_ == "NOUN")


def _acronym_bracket(token: Token) -> bool:
    """A bracket round an acronym inside a product's name: "open radio access network
    (Open RAN) radios" is one name."""
    doc = token.doc
    if token.text == "(":
        inside = [doc[k] for k in range(token.i + 1, min(token.i + 4, len(doc)))]
        close = next((k for k, t in enumerate(inside) if t.text == ")"), None)
        words = inside[:close] if close is not None else []
    elif token.text == ")":
        before = [doc[k] for k in range(token.i - 1, max(token.i - 4, -1), -1)]
        open_ = next((k for k, t in enumerate(before) if t.text == "("), None)
        words = before[:open_] if open_ is not None else []
    else:
        return False
    return bool(words) and any(t.is_upper and len(t) > 1 for t in words)


def bracket_split(noun: Token) -> Token | None:
    """The noun a name goes on to after an acronym in brackets, which the parser hung
    on ``noun`` in apposition: "electronic design automation (EDA) software" is one
    name, not "automation" and "software".

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Orbit sells design automation (EDA) software.")
    >>> bracket_split(doc[3]).text
    'software'
    """
    doc = noun.doc
    for c in noun.children:
        if c.dep_ != "appos" or c.i < noun.i + 3 or token_table(doc).text[c.i - 1] != ")":
            continue
        if token_table(doc).text[noun.i + 1] == "(" and _acronym_bracket(doc[c.i - 1]):
            return c
    return None


#: Words that may stand between a noun and the bracket of an acronym inside one name
#: ("computer numerically controlled (CNC) lathes"): adverbs and participles.
_BRACKETED_TAGS = frozenset({"RB", "VBN", "VBD", "JJ", "HYPH"})


def bracketed_name(noun: Token) -> tuple[int, int] | None:
    """Token bounds of a goods name that runs on from ``noun`` through an acronym in
    brackets to a head noun the parser did not hang on ``noun`` (it often makes it a
    second object): "computer numerically controlled (CNC) machine tools" is one
    name, not "computer". None when no such bracket follows ``noun``.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("It makes computer numerically controlled (CNC) lathes.")
    >>> bounds = bracketed_name(doc[2])
    >>> doc[bounds[0] : bounds[1]].text
    'computer numerically controlled (CNC) lathes'
    """
    doc = noun.doc
    text, n = token_table(doc).text, len(doc)
    k = noun.i + 1
    while k < min(noun.i + 4, n) and doc[k].tag_ in _BRACKETED_TAGS:
        k += 1  # cheap: most nouns stop at once, at a word that is no "("
    if k >= n or text[k] != "(" or not _acronym_bracket(doc[k]):
        return None
    close = next((j for j in range(k + 1, min(k + 5, n)) if text[j] == ")"), None)
    if close is None:
        return None
    head = close + 1
    while head < min(close + 5, n) and doc[head].dep_ in _MODIFIER_DEPS:
        head += 1  # "(CNC) machine tools": to the noun the modifiers hang on
    if head >= n or doc[head].pos_ != "NOUN" or doc[head].dep_ in _MODIFIER_DEPS:
        return None
    if product_bounds(doc[head], vouched=True) is None:
        return None  # "artificial intelligence (AI) innovation": no goods
    return name_start(noun, goods=True), head + 1


#: Acronyms of technologies that the model labels a firm ("RAN") and that, before
#: goods, name their kind: "Open RAN radios", "GPU servers", "UAV engines".
_TECH_ACRONYMS = frozenset(
    {"ran", "gnss", "gps", "lte", "rf", "gpu", "cpu", "fpga", "asic", "uav", "uas", "cnc",
     "lidar", "iot", "hpc", "duv", "euv", "qkd", "sar", "eda"}
)  # fmt: skip


def _technical_acronym(token: Token) -> bool:
    """A technical word the model labelled a group or a firm: "AI" ("AI accelerator
    boards"), "RAN" ("Open RAN radios"), "GNSS" ("GNSS receivers") - capitals that are
    no nationality."""
    if token.lower_ in TECH_MODIFIERS or token.lower_ in _TECH_ACRONYMS:
        return True
    return (
        token.ent_type_ == "NORP"
        and token.is_upper
        and len(token) > 1
        and token.lower_ not in NATIONALITIES
    )


def clause_verb(token: Token) -> Token | None:
    """The verb whose clause ``token`` sits in."""
    for _ in range(8):
        if token.pos_ in {"VERB", "AUX"}:
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def relative_pronoun(token: Token) -> bool:
    return token.tag_ in {"WDT", "WP"} or token.lower_ in {"that", "which"}


def relative_object(verb: Token) -> list[Token]:
    """ "the turbines that X manufactured, sold and serviced", "the chips X makes": the
    noun a relative clause hangs on is the object of its verb (and of the verbs joined
    to it) when the clause has its own subject and no other object.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Avro bought the routers that Kestrel Corp built and sold.")
    >>> [t.text for t in relative_object(doc[9])], relative_object(doc[1])
    (['routers'], [])
    """
    clause = verb
    while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
        clause = clause.head
    if clause.dep_ != "relcl" or clause.head.pos_ not in {"NOUN", "PROPN"}:
        return []
    subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
    if subj is None or relative_pronoun(subj):
        return []  # "Veltra, which makes chips": the antecedent acts, it is not made
    if any(c.dep_ == "dobj" and not relative_pronoun(c) for c in clause.children):
        return []  # "the year that X made chips"
    return [clause.head]


def version_of(token: Token) -> Token:
    """ "unveiled the latest version of its search engine": the product, not its
    version; "makes 40% of the world's chips", "buys most of its screens": the goods,
    not their share.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Veltra makes about half of the memory chips sold.")
    >>> version_of(doc[3]).text
    'chips'
    """
    if token.lemma_.lower() in SHARE_NOUNS or token.lemma_.lower() in VERSION_NOUNS:
        for obj in preps(token, "of"):
            return obj
    return token
