"""Technologies and products named in news wording, read from the parse.

News names a firm's products the way people speak of them: by a category's head
phrase ("search engine", "portable music players", "diesel engines"), by the words
before a trade noun ("a long-distance telecoms firm", "the clothing industry", "soft
drink prices", "its mobile arm"), by a brand name with its kind ("its Lexa
encyclopaedia", "the ZMA format"), by a list of brands ("its brands include A, B and
C") or as a countable thing ("he bought an Orbix Zune"). Each gives a Technology
mention; the words that rate or place a firm ("biggest", "former", "Dutch") and the
kinds of business that sell no product ("law firm", "stock market") do not.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("Norvia, a long-distance telecoms firm, sells mobile phones.")
>>> [doc[s:e].text for s, e in product_spans(doc)]
['long-distance telecoms', 'mobile phones']
"""

from __future__ import annotations

from collections.abc import Callable

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Token

from kg.extract.tech_phrases import (
    LIKENESS_WORDS,
    MISREAD_VERBS,
    TECH_PHRASE_HEADS,
    measured_number,
    release_spans,
)
from kg.extract.tokens import TokenTable, token_table
from kg.extract.typing_words import (
    BRAND_NOUNS,
    ENGINEERING_WORDS,
    EVALUATIVE_WORDS,
    MODIFIER_ACRONYMS,
    NOT_PRODUCTS,
    PRODUCT_ADJECTIVES,
    PRODUCT_HEADS,
    SERVICE_HEADS,
    SERVICE_MODIFIERS,
    STANDALONE_PRODUCTS,
    TRADE_HEADS,
)

#: Named-entity labels of words that place, date or count, never name a product.
_NOT_PRODUCT_LABELS = frozenset(
    {"NORP", "GPE", "LOC", "PERSON", "DATE", "TIME", "MONEY", "CARDINAL", "PERCENT",
     "ORDINAL", "QUANTITY", "FAC"}
)  # fmt: skip
#: Trade nouns whose modifiers must name a product outright ("the car market"), since
#: markets and prices are also of money, labour and houses, and groups of people.
_MARKET_HEADS = frozenset(
    {"market", "markets", "industry", "industries", "sector", "price", "prices", "sales",
     "exports", "imports", "group", "groups"}
)  # fmt: skip
_JOINERS = frozenset({"and", "or", ",", "&"})
#: Unions made once here (``x in A | B`` in a function builds the set on each call).
_JOINERS_OR_DASHES = _JOINERS | {"-", "–"}
_PRODUCT_KINDS = PRODUCT_HEADS | STANDALONE_PRODUCTS | SERVICE_MODIFIERS
_NOT_TECHNOLOGIES = NOT_PRODUCTS | EVALUATIVE_WORDS | TRADE_HEADS
#: Words of regulations that pick some of a kind, not name it ("certain advanced
#: computing chips", "covered technologies"), and a kind of firm ("fabless").
_SELECTING = (
    frozenset(
        {
            "certain",
            "specific",
            "particular",
            "relevant",
            "covered",
            "applicable",
            "specified",
            "fabless",
            # what was done with the goods, not what they are ("imported lithography machines")
            "imported",
            "exported",
            "smuggled",
            "stolen",
            "seized",
            "purchased",
            "shipped",
            "delivered",
            "donated",
            # a rank in a firm's range, not a kind ("its flagship smartphone")
            "flagship",
        }
    )
    | LIKENESS_WORDS
)
_OWNERS = frozenset({"the", "its", "their", "his", "her", "our", "'s", "’s"})

#: Verbs of having and using things: "use an Orbix Zune", "sold ten million Zunes".
_HANDLING_VERBS = frozenset(
    {"use", "buy", "purchase", "sell", "launch", "own", "make", "ship", "order", "release",
     "unveil", "introduce", "design", "build", "produce", "manufacture", "develop", "play"}
)  # fmt: skip

IsCompany = Callable[[str], bool]


def product_spans(doc: Doc, is_company: IsCompany | None = None) -> list[tuple[int, int]]:
    """Token bounds of the product and technology phrases of ``doc``, in text order.

    ``is_company`` says whether a capitalised name is a known company ("Huawei"),
    which stays out of the product's name ("Huawei phones" names Huawei's phones).
    """
    known = is_company or (lambda name: False)
    table = token_table(doc)
    lower = table.lower
    found: set[tuple[int, int]] = set()
    for i in table.where_lower(doc, _HEAD_WORDS):  # most words head no product phrase
        word = lower[i]
        if word in PRODUCT_HEADS or word in SERVICE_HEADS or word in STANDALONE_PRODUCTS:
            found.update(_headed(doc[i], known))
        if word in TRADE_HEADS:
            found.update(_traded(doc[i]))
        if word in BRAND_NOUNS:
            found.update(_brands(doc[i]))
        if word in ENGINEERING_WORDS:
            found.update(_engineered(doc[i]))
    found.update(_countable(doc))
    found.update(release_spans(doc, known))  # "connected vehicles", "(VCS)", "such as the Z100"
    found.update(_list_mates(doc, found))  # "lasers, sensors, navigation and avionics"
    names = set(table.text)
    out: set[tuple[int, int]] = set()
    for start, end in found:
        if _inside_a_firm_name(doc, start, end):
            continue
        owners = [i + 1 for i in range(start, end - 1) if _owner(table.text, i, names)]
        # "Kestrel-made drones", "U.S.-origin chips": who made it is no part of its name
        makers = [i + 1 for i in range(start, end - 1) if _made_by(table, i)]
        out.add((max([start, *owners, *makers]), end))
    return sorted(out)


#: Every word at which :func:`product_spans` looks for a phrase.
_HEAD_WORDS = (
    PRODUCT_HEADS
    | SERVICE_HEADS
    | STANDALONE_PRODUCTS
    | TRADE_HEADS
    | BRAND_NOUNS
    | ENGINEERING_WORDS
)

#: Participles after a hyphen that say where a product comes from ("Kestrel-made").
MADE_WORDS = frozenset(
    {"made", "built", "designed", "manufactured", "produced", "developed", "origin",
     "owned", "based", "backed", "supplied", "sourced"}
)  # fmt: skip


def _made_by(table: TokenTable, i: int) -> bool:
    """Word ``i`` ends "Kestrel-made" or "U.S.-origin" (written "X - made" or "X-made")."""
    word = table.lower[i]
    if word in MADE_WORDS:
        return table.text[i - 1] == "-" and not table.whitespace[i - 1]
    return "-" in word and word.rsplit("-", 1)[1] in MADE_WORDS


def _owner(words: list[str], i: int, names: set[str]) -> bool:
    """Word ``i`` is a possessive whose apostrophe a scraper dropped ("AMSCs software",
    "the victim companys systems"): a name the text also uses without the "s", before
    a lower-case word, or a common noun in "ys" that no plural ends with. The
    product's name begins after it.

    >>> _owner(["AMSCs", "software"], 0, {"AMSC"}), _owner(["companys", "systems"], 0, set())
    (True, True)
    >>> _owner(["Systems", "Engineering"], 0, {"System"}), _owner(["days", "work"], 0, set())
    (False, False)
    """
    word = words[i]
    if len(word) < 3 or not word.endswith("s"):
        return False
    if word[:1].isupper():
        return word[:-1] in names and i + 1 < len(words) and words[i + 1][:1].islower()
    return word.islower() and word.endswith("ys") and word[-3] not in "aeiou"


def _inside_a_firm_name(doc: Doc, start: int, end: int) -> bool:
    """ "e-commerce company Kestrel": the phrase before a named firm describes the firm,
    and the relation rules read that whole phrase as the firm's name; kept whole.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The online retailer Kestrel sells mobile phones.")
    >>> _inside_a_firm_name(doc, 1, 2), _inside_a_firm_name(doc, 5, 7)
    (True, False)
    """
    head = doc[end - 1]
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i >= end:
        head = head.head
    if head.i < end:
        return False  # the phrase heads its own noun phrase
    kids = token_table(doc).children(doc, head.i)  # labels first: a Token per match only
    return any(
        dep in {"appos", "compound"} and c > head.i and doc[c].pos_ == "PROPN" for c, dep in kids
    ) or (head.dep_ in {"compound"} and head.head.pos_ == "PROPN")


def _chain(head: Token, known: IsCompany | None = None) -> int:
    """Where the product modifiers of ``head`` begin (``head.i`` if none).

    Walks left over nouns, adjectives, hyphen chains and their coordination, and
    stops at determiners, possessives, ratings, places and names. With ``known``,
    brand names after an owner ("its Lexa encyclopaedia", "the ZMA format") are kept.
    """
    doc = head.doc
    left = head.i
    i = head.i - 1
    edge = head.left_edge.i
    while i >= edge:
        t = doc[i]
        word = t.lower_
        hyphen = t.text in {"-", "–"} and not t.whitespace_ and not doc[i - 1].whitespace_
        before_hyphen = (
            i + 1 < len(doc) and token_table(doc).text[i + 1] == "-" and not t.whitespace_
        )
        if hyphen or (before_hyphen and word not in EVALUATIVE_WORDS and t.pos_ != "NUM"):
            left = i
        elif before_hyphen and measured_number(doc, i):
            left = i  # "7-nanometer processors", "one-way attack drones"
        elif word in MODIFIER_ACRONYMS and t.dep_ in {"compound", "nmod", "amod"}:
            left = i  # "AI accelerator chips": the model labels "AI" a firm or a place
        elif word in EVALUATIVE_WORDS or word in _SELECTING or t.tag_ in {"JJS", "JJR", "RBS"}:
            break
        elif word in MISREAD_VERBS:
            break  # "(Veltra Inc.) manufactures integrated circuits": a verb the parser misread
        elif word in _JOINERS and i - 1 >= edge and left < head.i + 1:
            if doc[i - 1].pos_ not in {"NOUN", "ADJ"}:
                break  # "A and B tools": walk on only to another modifier
        elif t.pos_ == "PROPN" or t.ent_type_ in {"ORG", "PRODUCT", "WORK_OF_ART"}:
            if known is None or not _brand_name(doc, i, known):
                break
            left = i
        elif t.ent_type_ in _NOT_PRODUCT_LABELS:
            break
        elif t.pos_ in {"NOUN", "ADJ"} or (t.pos_ == "VERB" and t.dep_ == "amod"):
            if t.dep_ not in {"compound", "amod", "nmod", "conj", "npadvmod"}:
                break
            left = i
        else:
            break
        i -= 1
    while left < head.i and token_table(doc).lower[left] in _JOINERS_OR_DASHES:
        left += 1
    return left


def _brand_name(doc: Doc, i: int, known: IsCompany) -> bool:
    """A proper name right before a product word, after an owner ("Kestrel's ZMA
    format", "its Lexa encyclopaedia", "the Orbix search engine"), that is no company."""
    start = i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    owner = token_table(doc).lower[start - 1] if start > 0 else ""
    return owner in _OWNERS and not known(doc[start : i + 1].text)


def _product_words(doc: Doc, start: int, end: int, strict: bool | None) -> bool:
    """Whether modifiers ``start:end`` name a product kind, not a business or a rating.

    Strict (markets, prices): a product word must be among them ("car market"). None
    (before a product head): only the word next to the head is checked for a
    business word ("distribution network" is none; "home-grown search engine" is).
    """
    table = token_table(doc)  # the words from the table: no Token for each
    text, lower = table.text, table.lower
    kept = [k for k in range(start, end) if text[k] not in {"-", "–"}]
    words = {lower[k] for k in kept}
    if not kept or (words if strict is not None else {lower[kept[-1]]}) & NOT_PRODUCTS:
        return False  # a product head needs only its own modifier to be no business word
    kinds = words & _PRODUCT_KINDS
    if strict:
        return bool(kinds) or bool(words & PRODUCT_ADJECTIVES and len(kept) > 1)
    hyphenated = "-" in text[start:end]
    if kinds or hyphenated or words & PRODUCT_ADJECTIVES or strict is None:
        return True
    # before a firm noun, one plain singular noun may name anything ("an isolation
    # company"): it takes a plural ("telecoms firm") or a phrase ("data network unit")
    return len(kept) > 1 or doc[kept[0]].tag_ in {"NNS", "NNPS"}


def _headed(head: Token, known: IsCompany) -> list[tuple[int, int]]:
    """ "search engine", "portable music players", "the ZMA format", "software"."""
    if head.pos_ != "NOUN":
        return []
    left = _chain(head, known)
    word = head.lower_
    if left == head.i:
        return [(head.i, head.i + 1)] if word in STANDALONE_PRODUCTS else []
    words = set(token_table(head.doc).lower[left : head.i])  # (no Token for each)
    if word in SERVICE_HEADS and not words & SERVICE_MODIFIERS:
        return []  # "customer service", "a news site"? only "music service", "search site"
    if not _product_words(head.doc, left, head.i, strict=None):
        return [(head.i, head.i + 1)] if word in STANDALONE_PRODUCTS else []
    return [(left, head.i + 1)]


def _traded(head: Token) -> list[tuple[int, int]]:
    """The product words before a trade noun, one phrase per conjunct: "a defence and
    telecoms company" gives "telecoms"; "the clothing industry" gives "clothing"."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return []
    left = _chain(head)
    if left == head.i:
        return []
    strict = head.lower_ in _MARKET_HEADS
    doc = head.doc
    lower = token_table(doc).lower
    out: list[tuple[int, int]] = []
    start = left
    for i in range(left, head.i + 1):
        if i == head.i or lower[i] in _JOINERS:
            if start < i and _product_words(doc, start, i, strict):
                out.append((start, i))
            start = i + 1
    return out


#: Heads too vague to name a technology with no modifier ("systems", "products").
_VAGUE_ALONE = frozenset(
    {"technology", "technologies", "system", "systems", "product", "products", "items",
     "goods", "equipment", "services", "tools", "devices", "components", "parts"}
)  # fmt: skip


def _list_mates(doc: Doc, found: set[tuple[int, int]]) -> set[tuple[int, int]]:
    """ "restrictions on semiconductors, lasers, sensors, navigation, avionics and
    maritime technologies": in a list of four or more whose items are mostly
    technologies already (three of them by more than a vague word), the other
    common nouns are technologies too ("navigation", "maritime technologies"); a
    business word ("finance", "energy") is none.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("It covers lasers, sensors, radars, navigation and energy.")
    >>> [doc[s:e].text for s, e in sorted(_list_mates(doc, {(2, 3), (4, 5), (6, 7)}))]
    ['navigation']
    """
    ends = {end - 1 for _, end in found}
    out: set[tuple[int, int]] = set()
    seen: set[int] = set()
    for end in ends:
        root = doc[end]
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        if root.i in seen:
            continue
        seen.add(root.i)
        items = _items(root)
        # an item is known as a technology by a phrase found, by its own word
        # ("semiconductors") or by a modifier found ("encryption (security)")
        known = [
            t
            for t in items
            if t.i in ends or t.lower_ in TECH_PHRASE_HEADS or any(c.i in ends for c in t.lefts)
        ]
        # a long list, most of it known by more than a vague word ("devices")
        sure = [t for t in known if t.lower_ not in _VAGUE_ALONE]
        if len(items) < 4 or len(sure) < 3 or 2 * len(known) < len(items):
            continue
        for t in items:
            if t.i in ends or t.pos_ != "NOUN" or not t.is_lower or t.ent_type_:
                continue
            if t.lower_ in _VAGUE_ALONE and _chain(t) == t.i:
                continue
            bare = _chain(t) == t.i  # "banks"; "maritime technologies" has its kind
            words = {t.lower_, t.lemma_.lower()} if bare else {t.lower_}
            if words & _NOT_TECHNOLOGIES:
                continue  # "banks", "energy firms": businesses, not technologies
            out.add((_chain(t), t.i + 1))
    return out


def _items(token: Token) -> list[Token]:
    """``token`` and its conjuncts ("A, B and C")."""
    doc = token.doc
    out = [token]
    for c, dep in token_table(doc).children(doc, token.i):
        if dep == "conj":
            out.extend(_items(doc[c]))
    return out


def _capitalised(word: str) -> bool:
    """A proper name's shape: "Zune", or "iZune" with the capital second."""
    return word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())


def _name_bounds(token: Token) -> tuple[int, int] | None:
    """A capitalised name headed by ``token``, with its compound words ("Blue Harbour")."""
    if not _capitalised(token.text) or token.pos_ not in {"PROPN", "NOUN"}:
        return None
    start = token.i
    doc = token.doc
    while (
        start > 0
        and doc[start - 1].dep_ == "compound"
        and token_table(doc).text[start - 1][:1].isupper()
    ):
        start -= 1
    return start, token.i + 1


def _brands(noun: Token) -> list[tuple[int, int]]:
    """ "its brands include A, B and C", "brands such as A and B", "the A brand"."""
    items: list[Token] = []
    plural = noun.lower_.endswith("s")
    if plural and noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
        items += [c for c in noun.head.children if c.dep_ in {"dobj", "attr"}]
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"as", "including", "like"}:
            items += [c for c in prep.children if c.dep_ == "pobj"]
    if plural:
        found = [_name_bounds(t) for item in items for t in _items(item)]
    else:
        found = [_name_bounds(c) for c in noun.children if c.dep_ == "compound"]
    return [b for b in found if b is not None]


def _engineered(word: Token) -> list[tuple[int, int]]:
    """ "genetically-modified cotton", "GM crops": engineering makes a technology."""
    head = word
    while head.dep_ in {"amod", "advmod", "compound", "punct"} and head.head.i > head.i:
        head = head.head
    if head is word or head.pos_ != "NOUN":
        return []
    return [(_chain(head), head.i + 1)]


def _countable(doc: Doc) -> list[tuple[int, int]]:
    """A proper name counted like a thing and handled: "use an Orbix Zune", "sold ten
    million Zunes" (not "signed an Executive Memo")."""
    out: list[tuple[int, int]] = []
    table = token_table(doc)
    objects = numpy.flatnonzero(table.column(DEP) == doc.vocab.strings["dobj"]).tolist()
    for i in objects:  # (an array pass: no Python step for most words)
        if not _capitalised(table.text[i]):
            continue  # read from the table: no Token made for most objects
        token = doc[i]
        if token.head.lemma_.lower() not in _HANDLING_VERBS:
            continue
        if token.pos_ not in {"PROPN", "NOUN"} or token.ent_type_ in {"PERSON", "NORP"}:
            continue
        indefinite = any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in token.children)
        counted = token.tag_ in {"NNS", "NNPS"} and any(c.dep_ == "nummod" for c in token.children)
        if indefinite or counted:
            bounds = _name_bounds(token)
            if bounds is not None:
                out.append(bounds)
    return out
