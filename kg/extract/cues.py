"""A name's class from the words around it: "Mr Ng" is a person, "Veltra's
shareholders" a firm's, "Air Kestrel, an airline" a firm.

The statistical NER often takes a firm's one-word name for a person or a place, and
a surname for an organisation. The words around a mention settle it more reliably
than its label: courtesy titles and job words before a name, what its possessor
owns, the noun in apposition.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("Mr Ostrander said Rosvalt shareholders lost out.")
>>> class_cue(doc[1]), class_cue(doc[3])
('Person', 'Company')
>>> doc = load_pipeline()("Kovalenko, 58, of Tulsa admitted the scheme.")
>>> class_cue(doc[0])
'Person'
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.lexicon import COMPANY_NOUNS, COUNTRY_NAMES, NATIONALITIES
from kg.extract.tokens import TokenTable, token_table
from kg.extract.typing_words import (
    COMPANY_POSSESSIONS,
    DEAL_NOUNS,
    FIRM_JOB_NOUNS,
    HONORIFICS,
    MORE_COMPANY_NOUNS,
    NAMED_PRODUCT_NOUNS,
    PERSON_POSSESSIONS,
    PERSON_TITLE_NOUNS,
    PLACE_NAMES,
)

_FIRM_NOUNS = COMPANY_NOUNS | MORE_COMPANY_NOUNS
#: Places and nationalities, joined once (not on each call: PLACE_NAMES is large).
_PLACE_WORDS = PLACE_NAMES | NATIONALITIES.keys()


def _place(table: TokenTable, first: Token, root: Token) -> bool:
    """A country's or capital's name: it has an oil industry and exports too."""
    name = table.span_text(first.i, root.i + 1)
    return name in COUNTRY_NAMES or name.lower() in _PLACE_WORDS


def honorific_before(first: Token) -> bool:
    """Whether a courtesy title stands right before ``first`` ("Ms Ruiz")."""
    return first.i > 0 and token_table(first.doc).lower[first.i - 1] in HONORIFICS


def _age_after(table: TokenTable, root: Token) -> bool:
    """ "Ana Ruiz, 62, of Plano": a name, a comma, a number of years and a comma or
    "of" (a release's way of naming a defendant)."""
    i = root.i + 1
    text = table.text  # the words from the table: no Token for each name
    if i + 2 >= len(text) or text[i] != "," or not text[i + 1].isdigit():
        return False
    return 14 <= int(text[i + 1]) <= 105 and table.lower[i + 2] in {",", "of"}


#: Participles that place a firm: what they name ("Oslo-based", "based in Oslo") is a place.
_SEAT_WORDS = frozenset({"based", "headquartered", "registered", "incorporated"})


def _seat(table: TokenTable, root: Token) -> bool:
    """ "Oslo-based X", "X, which is based in Rotterdam", "headquartered in Y": the
    name the participle hangs on is a place, whatever the model guessed."""
    if not table.has_any(_SEAT_WORDS):
        return False  # both readings need a seat word: most articles have none
    dep = root.dep_  # (Tokens for the heads only where the label asks)
    if dep in {"npadvmod", "compound", "nmod"}:
        head = root.head
        if head.lower_ in _SEAT_WORDS:
            return head.i == root.i + 1 or (head.i == root.i + 2 and root.nbor(1).text == "-")
    elif dep == "conj":
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "based in Austin and Dallas"
        dep = root.dep_
    if dep != "pobj":
        return False
    prep = root.head
    return prep.lower_ == "in" and prep.head.lower_ in _SEAT_WORDS


def _town_before_seat(table: TokenTable, root: Token) -> bool:
    """ "a Woburn, Massachusetts-based distributor": a name followed by a comma and a
    place fused to a seat participle is the town of that place, whatever the parse
    hung on it (an apposition with the firm noun makes it look like a firm)."""
    n = len(table.text)
    k = root.i + 1
    if k + 2 >= n or table.text[k] != ",":
        return False
    for i in range(k + 1, min(k + 6, n - 1)):
        word = table.lower[i]
        if word.endswith("-based") or word in _SEAT_WORDS:
            # "Massachusetts-based" as one token, or "Massachusetts - based"
            return i > k + 1 and (word in _SEAT_WORDS) == (table.text[i - 1] == "-")
        if not table.text[i][:1].isupper() and table.text[i] not in {"-", "."}:
            return False  # the words after the comma are no place name
    return False


def _place_of_a_defendant(table: TokenTable, first: Token, root: Token) -> bool:
    """ "Ana Ruiz, 62, of Plano" / "… of Plano and Ana Lee, 40, of Waco": the name
    after a person's age and "of" is where the person lives, even when the parse
    joins it to the next person's name; so is "of Hollis Falls, Vermont," (a name
    after "of" that a state or country follows, set off by commas)."""
    doc = first.doc
    text = table.text
    i = first.i
    if i < 1 or text[i - 1] != "of":
        return False
    if i >= 4 and text[i - 2] == "," and text[i - 3].isdigit() and text[i - 4] == ",":
        return True
    k = root.i + 1
    if k + 2 >= len(doc) or text[k] != "," or doc[k + 1].ent_type_ != "GPE":
        return False
    end = k + 2
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1  # past the whole place name ("New Hampshire")
    return end < len(doc) and text[end] in {",", ".", ";"}


#: What a firm reports ("X posted a loss", "X reported record profits").
_RESULT_VERBS = frozenset({"post", "report", "record", "book"})
_RESULTS = frozenset({"loss", "profit", "revenue", "earnings", "sale", "turnover", "dividend"})
_STAFF = frozenset({"people", "staff", "worker", "employee"})
#: Participles only an organisation takes ("X is headquartered in Y", "X,
#: incorporated in Delaware"); people are "based" somewhere too, so not that one.
_ORG_SEAT_WORDS = frozenset({"headquartered", "incorporated"})
#: The words of :func:`_has_seat`'s readings, participles and nouns.
_ORG_SEAT_NOUNS = _ORG_SEAT_WORDS | {"headquarters", "hq"}


def _has_seat(table: TokenTable, root: Token) -> bool:
    """ "X is headquartered in Y", "X, headquartered in Y", "X has its headquarters in Y"."""
    if not table.has_any(_ORG_SEAT_NOUNS):
        return False  # every reading needs one of these words: most articles have none
    doc, lower, kids = root.doc, table.lower, table.children  # (labels and words from the table)
    dep = root.dep_
    head = root.head if dep in {"nsubj", "nsubjpass"} else None
    if head is not None and lower[head.i] in _ORG_SEAT_WORDS:
        return True
    if any(d in {"acl", "relcl"} and lower[c] in _ORG_SEAT_WORDS for c, d in kids(doc, root.i)):
        return True
    return (
        dep == "nsubj"
        and head is not None
        and head.lemma_ == "have"
        and any(d == "dobj" and lower[c] in {"headquarters", "hq"} for c, d in kids(doc, head.i))
    )


def _who_after(table: TokenTable, root: Token) -> bool:
    """Whether a relative clause opened by "who" or "whom" describes a name the model
    labelled (not a capitalised common word of a heading: "a Person Who Operates")."""
    if not root.ent_type_:
        return False
    if root.dep_ == "pobj" and root.head.head.pos_ == "NOUN":
        return False  # "the chief executive of X, who …": "who" is the title holder's
    doc = root.doc
    for c, dep in table.children(doc, root.i):  # labels from the table: a Token per clause
        if dep == "relcl" and c > root.i:
            opener = doc[c].left_edge
            if opener.text in {"who", "whom"} and opener.i <= root.i + 3:
                return True
    return False


#: Entity labels of places: a place's name before a job noun is where, not whom for.
_PLACE_LABELS = frozenset({"GPE", "LOC", "NORP"})
#: Verbs that give a thing's name after a noun: "a group known as X", "a gang called X".
NAMING_VERBS = frozenset({"know", "call", "name", "dub"})
#: Nouns of groups that are neither firms nor states ("a hacking group known as X").
_GROUP_NOUNS = frozenset({"group", "gang", "crew", "collective", "actor", "network"})
#: Nouns of malicious software ("a wiper malware known as X"): a named one is a technology.
_MALWARE_NOUNS = frozenset(
    {"malware", "ransomware", "wiper", "backdoor", "botnet", "virus", "worm", "trojan", "implant"}
)


#: Plural nouns only firms are ("front companies …, including X"; "affiliates" and
#: "partners, including X" may be people).
_LISTED_FIRM_NOUNS = frozenset(
    {"company", "firm", "corporation", "business", "subsidiary", "manufacturer", "bank"}
)


def _known_as_noun(root: Token) -> str | None:
    """The class a name takes from the noun it is given to: "a hacking group known as X"
    (Organization), "the custom malware, known as X" (Technology), "a shell company
    called X" (Company); None when the name is given to no such noun.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The attacks were the work of a hacking group known as Copper Lynx.")
    >>> _known_as_noun(doc[12])
    'Organization'
    """
    dep = root.dep_  # (read first: most names are neither, and need no head Token)
    if dep == "oprd":
        verb = root.head  # "called X", "named X": X is the verb's own
    elif dep == "pobj" and (verb := root.head).lower_ == "as":
        verb = verb.head  # "known as X"
    else:
        return None
    if verb.lemma_ not in NAMING_VERBS or verb.dep_ != "acl" or verb.i > root.i:
        return None
    noun = verb.head
    if noun.pos_ != "NOUN" or not 0 < verb.i - noun.i <= 3:
        return None  # "suppliers of Ansarallah, commonly known as …": the name's own alias
    lemma = noun.lemma_.lower()
    if lemma in _GROUP_NOUNS:
        return "Organization"
    if lemma in _MALWARE_NOUNS or lemma in NAMED_PRODUCT_NOUNS:
        return "Technology"
    return "Company" if lemma in _FIRM_NOUNS else None


def class_cue(root: Token, first: Token | None = None) -> str | None:
    """ "Person", "Company", "Location", "Technology" or None, from the words around a name headed
    by ``root`` (whose first word is ``first``).

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Mr Ostrander said Halvex, which is based in Drammen, lost.")
    >>> class_cue(doc[9])
    'Location'
    """
    first = first if first is not None else root
    known_as = _known_as_noun(root)
    if known_as is not None:
        return known_as  # "a hacking group known as X", "the malware, known as X"
    doc = root.doc
    table = token_table(doc)  # (once: each test below reads it)
    if _seat(table, root) or _town_before_seat(table, root):
        return "Location"
    if _place_of_a_defendant(table, first, root):
        return "Location"
    if _product_noun_before(table, first):
        return "Technology"  # "the video app Chatly", "the drug Zelvex"
    if _has_seat(table, root):
        return "Company"  # only an organisation has headquarters
    if table.lower[first.i] in HONORIFICS or honorific_before(first):
        return "Person"
    if _age_after(table, root):
        return "Person"  # "Ana Ruiz, 62, of Plano": only people have an age there
    if _who_after(table, root):
        return "Person"  # "Ivo Brandt, who worked for …": "who" is for people, firms take "which"
    # the children's labels from the table: a Token only for a compound or apposition
    for c, dep in table.children(doc, root.i):
        if dep not in {"compound", "appos"}:
            continue
        child = doc[c]
        if dep == "compound" and c < first.i and child.pos_ == "NOUN":
            word = child.lower_
            if word in PERSON_TITLE_NOUNS:
                return "Person"  # "Veltra boss Tom Ng"
            if child.lemma_.lower() in _FIRM_NOUNS:
                return "Company"  # "oil firm Veltra"
        if dep == "appos" and child.pos_ == "NOUN" and child.left_edge.i <= root.i + 3:
            # right after the name (", an airline"), not a misparse sentences away
            lemma = child.lemma_.lower()
            owners = [c.lower_ for c in child.children if c.dep_ == "poss"]
            if owners:
                # "Liew, his company, X": the noun is something the name owns, and
                # "his"/"her" says the name is a person's
                return "Person" if owners[0] in {"his", "her"} else None
            if lemma in _FIRM_NOUNS:
                return "Company"  # "Air Kestrel, an airline owned by …"
            if lemma in NAMED_PRODUCT_NOUNS:
                return "Technology"  # "Lumo, a note-taking app made by …"
            if lemma in PERSON_TITLE_NOUNS:
                return "Person"  # "Tom Ng, finance director of Veltra"
            if lemma in FIRM_JOB_NOUNS and any(
                c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ not in _PLACE_LABELS
                for c in child.children
            ):
                return "Person"  # "Ivo Brandt, a former Kestrel Bank trader"
            if lemma == "designer" and any(
                c.dep_ == "compound" and c.ent_type_ in _PLACE_LABELS for c in child.children
            ):
                return "Company"  # "Velora, an Oregon designer of chips": the place is where
            # the firm is, not a firm the name works for
    head = root.head
    dep, head_pos = root.dep_, head.pos_  # (each read makes a string look-up)
    if dep in {"poss", "compound"} and head.i > root.i and head_pos == "NOUN":
        word = head.lower_
        if word in COMPANY_POSSESSIONS and not _place(table, first, root):
            return "Company"  # "Veltra's shareholders", "Veltra shares"
        if word in PERSON_POSSESSIONS and dep == "poss":
            return "Person"  # "Ng's lawyers"
    if dep == "appos" and head_pos == "NOUN" and head.lemma_.lower() in _FIRM_NOUNS:
        return "Company"  # "the airline, Air Kestrel"
    if dep == "appos" and head_pos == "NOUN" and head.lower_ in PERSON_TITLE_NOUNS:
        return "Person"  # "its chief executive, Ana Ruiz"
    verb = head.lemma_ if dep == "nsubj" and head_pos == "VERB" else None
    if (verb in _RESULT_VERBS or verb == "employ") and not _place(table, first, root):
        # (only these verbs' objects are read: most subjects' verbs are other verbs)
        objects = {c.lemma_.lower() for c in head.children if c.dep_ == "dobj"}
        if verb in _RESULT_VERBS and objects & _RESULTS:
            return "Company"  # "Brennick posted a loss"
        if verb == "employ" and objects & _STAFF:
            return "Company"  # "Brennick employs 2,000 people"
    if dep == "appos" and head_pos == "NOUN" and head.lemma_.lower() in NAMED_PRODUCT_NOUNS:
        return "Technology"  # "its messaging app, Chatly"
    if _product_apposition_after(table, root):
        return "Technology"  # "Chatly, the short-video app owned by …" (apposition misparsed)
    if dep == "nsubj" and head.lemma_ == "be" and not _place(table, first, root):
        for attr in head.children:
            noun = attr.dep_ == "attr" and attr.pos_ == "NOUN"
            if noun and attr.lemma_.lower() in _FIRM_NOUNS:
                return "Company"  # "Kestrel is the bigger company"
    prep = head
    if dep == "conj":
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head  # "a merger of Norvia and Kestrel": as the first conjunct
        prep, dep = root.head, root.dep_
    if dep != "pobj":
        return None  # (both readings below are of a preposition's object)
    word = table.lower[prep.i]
    if word in {"including", "like"}:
        listed = prep.head
        if (
            listed.tag_ == "NNS"
            and listed.lemma_.lower() in _LISTED_FIRM_NOUNS
            and not any(c.dep_ == "conj" for c in listed.children)
        ):
            return "Company"  # "front companies in Baku, including X and Y" (not "firms
        return None  # and people, including X": the list may hold both)
    if word in {"of", "for", "from", "in", "between", "with"}:
        owner = prep.head
        if owner.pos_ == "NOUN" and owner.lemma_.lower() in DEAL_NOUNS:
            seat = owner.lemma_.lower() in {"subsidiary", "unit"}
            if seat and word == "in" and root.ent_type_ in {"GPE", "LOC"}:
                return None  # "its subsidiary in Munich": where it is ("a stake in X": a firm)
            return None if _place(table, first, root) else "Company"  # "a bid from Norvia"
    return None


def _product_noun_before(table: TokenTable, first: Token) -> bool:
    """Whether a singular product noun stands right before the name ("video app Chatly",
    "the drug Zelvex"), whatever the parser made of the pair.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The ministry banned the video app Chatly last year.")
    >>> table = token_table(doc)
    >>> _product_noun_before(table, doc[6]), _product_noun_before(table, doc[1])
    (True, False)
    """
    if first.i == 0 or table.lower[first.i - 1] not in NAMED_PRODUCT_NOUNS:
        return False  # the word tested from the table first: no Token made for most names
    return first.doc[first.i - 1].pos_ == "NOUN"


_ARTICLES = frozenset({"the", "a", "an"})


def _product_apposition_after(table: TokenTable, root: Token) -> bool:
    """Whether the name ending at ``root`` is followed by ", the/a … <product noun>"
    whose noun ends the phrase: "Chatly, the short-video app owned by Moyu" names an
    app, however the parser attached the apposition. "Kestrel, the app maker" does not
    (the noun phrase goes on past "app").

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Regulators banned Chatly, the short-video app owned by Moyu.")
    >>> _product_apposition_after(token_table(doc), doc[2])
    True
    >>> doc = load_pipeline()("Regulators fined Kestrel, the app maker, on Monday.")
    >>> _product_apposition_after(token_table(doc), doc[2])
    False
    """
    doc = root.doc
    k = root.i + 1  # the words from the table: no Token for each name
    if k + 2 >= len(doc) or table.text[k] != "," or table.lower[k + 1] not in _ARTICLES:
        return False
    for i in range(k + 2, min(k + 7, len(doc))):
        word = doc[i]
        if word.pos_ == "NOUN" and word.lemma_.lower() in NAMED_PRODUCT_NOUNS:
            after = doc[i + 1] if i + 1 < len(doc) else None
            return after is None or after.pos_ not in {"NOUN", "PROPN"}
        if word.pos_ not in {"ADJ", "NOUN", "ADV", "PUNCT"} or word.text == ",":
            return False  # the apposition ended before any product noun
    return False
