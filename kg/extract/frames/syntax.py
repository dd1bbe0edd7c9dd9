"""Parse helpers every frame reads: arguments of a verb, money, dates, modality.

They work on spaCy ``Token`` objects of any parse; none of them knows a frame.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("Huawei was fined $2 million by the regulator in 2019.")
>>> verb = doc[2]
>>> is_passive(verb), [t.text for t in agents(verb)]
(True, ['regulator'])
>>> money_in(verb)
(Decimal('2000000'), 'USD')
>>> date_of(verb)
'2019'
"""

from __future__ import annotations

from decimal import Decimal

import numpy
from spacy.attrs import DEP, HEAD, LEMMA
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from kg.extract.frames.nearby import head_indices, label_ids
from kg.extract.lexicon import ALLEGATION_WORDS, THREAT_WORDS, TITLE_WORDS
from kg.extract.normalize import parse_date, parse_money
from kg.extract.tokens import TokenTable, token_table
from kg.model import Modality

SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})
_PREPOSITIONS = frozenset({"prep", "dative"})
_AGENTS = frozenset({"agent"})
_PASSIVE_MARKS = frozenset({"nsubjpass", "auxpass"})
#: The children :func:`subject` reads: a word with none of them has no subject there.
_SUBJECT_CHILDREN = SUBJECTS | {"compound", "aux", "auxpass"}
_THREAT_MARKS = frozenset({"aux", "mark", "advmod"})


def is_title(token: Token) -> bool:
    """ "Attorney", "attorneys", "CEO": a word of a job title."""
    word = token.lower_
    return word in TITLE_WORDS or word.removesuffix("s") in TITLE_WORDS


def is_passive(verb: Token) -> bool:
    if verb.i in heads_with(verb.doc, _PASSIVE_MARKS):
        return True
    # "X was on Tuesday, after a review, added to the list": phrases between the
    # auxiliary and the participle, the parse makes "was" the clause's verb
    if verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False  # (asked of every verb: the cheap tests first)
    head = verb.head
    return (
        head.lemma_ == "be"
        and head.i < verb.i
        and any(c.dep_ == "nsubj" for c in head.children)
        and not any(c.dep_ in {"acomp", "attr", "ccomp", "xcomp"} for c in head.children)
    )


def heads_with(doc: Doc, deps: frozenset[str]) -> frozenset[int]:
    """The tokens with a child attached by one of ``deps``, found once per document
    from its label and head columns: a cheap test before a token's children are read
    (most words asked for their conjuncts or prepositions have none).

    >>> import spacy
    >>> doc = Doc(spacy.blank("en").vocab, words=["A", "and", "B", "left"],
    ...           heads=[3, 0, 0, 3], deps=["nsubj", "cc", "conj", "ROOT"])
    >>> sorted(heads_with(doc, frozenset({"conj"}))), sorted(heads_with(doc, SUBJECTS))
    ([0], [3])
    """
    cache: dict[frozenset[str], frozenset[int]] | None = doc.user_data.get("kg.heads_with")
    if cache is None:
        cache = doc.user_data["kg.heads_with"] = {}
    found = cache.get(deps)
    if found is None:
        labels = token_table(doc).column(DEP)
        hits = numpy.zeros(len(labels), dtype=bool)
        for label in label_ids(deps):
            hits |= labels == label
        heads = head_indices(doc)
        children = numpy.flatnonzero(hits).tolist()
        found = cache[deps] = frozenset(heads[c] for c in children if heads[c] != c)
    return found


def conjuncts(token: Token, deps: frozenset[str] | set[str] = frozenset({"conj"})) -> list[Token]:
    """``token`` and the tokens joined to it by ``deps`` ("A, B and C")."""
    doc = token.doc
    joined = heads_with(doc, deps if isinstance(deps, frozenset) else frozenset(deps))
    if token.i not in joined:
        return [token]  # most words: no children to read
    return [doc[i] for i in _joined(doc, token_table(doc), token.i, deps, joined)]


def _joined(
    doc: Doc, table: TokenTable, i: int, deps: frozenset[str] | set[str], joined: frozenset[int]
) -> list[int]:
    """:func:`conjuncts` by index, from the table's children (a Token made per item
    only, not per child of each); ``joined``: the words with such a child."""
    out = [i]
    for c, dep in table.children(doc, i):
        if dep in deps:
            out.extend(_joined(doc, table, c, deps, joined) if c in joined else [c])
    return out


def children(token: Token, *deps: str) -> list[Token]:
    doc = token.doc
    return [doc[c] for c, dep in token_table(doc).children(doc, token.i) if dep in deps]


def preps(token: Token, *words: str) -> list[Token]:
    """Objects of ``token``'s prepositions ``words`` ("fined … by X" → X for "by")."""
    doc = token.doc
    if token.i not in heads_with(doc, _PREPOSITIONS):
        return []  # most words asked have no preposition: their children are not read
    table = token_table(doc)
    lower, kids = table.lower, table.children
    return [
        doc[obj]
        for prep, dep in kids(doc, token.i)
        if dep in {"prep", "dative"} and lower[prep] in words
        for obj, obj_dep in kids(doc, prep)
        if obj_dep == "pobj"
    ]


def agents(verb: Token) -> list[Token]:
    """The objects of a passive verb's "by" phrase."""
    doc = verb.doc
    if verb.i not in heads_with(doc, _AGENTS):
        return []
    kids = token_table(doc).children
    return [
        doc[obj]
        for a, dep in kids(doc, verb.i)
        if dep == "agent"
        for obj, obj_dep in kids(doc, a)
        if obj_dep == "pobj"
    ]


def subject(verb: Token | None) -> Token | None:
    """The subject of ``verb``, inherited through conjunction, xcomp and relative clauses."""
    if verb is None:
        return None
    doc = verb.doc
    kids_of = token_table(doc).children  # (index, label) pairs: every verb's frames ask
    asked = heads_with(doc, _SUBJECT_CHILDREN)
    seen = 0
    while seen < 4:
        seen += 1
        i = verb.i
        kids = kids_of(doc, i) if i in asked else []  # (none of the children read below)
        for c, dep in kids:
            if dep in SUBJECTS:
                return doc[c]
        # "US charges X over …", "EU fines X €3m": a headline's subject the parse
        # makes a compound (of a verb, or of the headline's root read as a noun)
        if verb.pos_ == "VERB" or verb.dep_ == "ROOT":
            for c, dep in kids:
                if dep == "compound" and c < i:
                    return doc[c]
        # "OFAC is today designating X": the parse may hang the subject on the
        # auxiliary an adverb separates from the verb
        for aux, dep in kids:
            if dep in {"aux", "auxpass"} and aux < i:
                for c, c_dep in kids_of(doc, aux):
                    if c_dep in SUBJECTS:
                        return doc[c]
        if verb.dep_ in {"conj", "xcomp", "advcl"} and verb.head.i != i:
            verb = verb.head
            continue
        if verb.dep_ in {"relcl", "acl"}:
            return verb.head
        return _swallowed_subject(verb) if verb.dep_ == "ROOT" else None
    return None


def _swallowed_subject(verb: Token) -> Token | None:
    """ "Today in Manila, the United States, Australia and Peru launched …": the parse
    may join the subjects to the fronted place as its conjuncts and leave the verb
    without a subject. The first conjunct after the comma, when the list runs up to the
    verb, is the subject (its conjuncts the rest)."""
    doc = verb.doc
    kids = token_table(doc).children(doc, verb.i)
    for c, dep in kids:
        if c >= verb.i or dep not in {"prep", "npadvmod"}:
            continue
        fronted = doc[c]
        if fronted.right_edge.i != verb.i - 1:
            continue  # the list must run up to the verb
        for t in fronted.subtree:
            head = t.head
            if t.dep_ != "conj" or head.dep_ != "pobj" or head.ent_type_ != "GPE":
                continue
            between = doc[head.i + 1 : t.left_edge.i]
            if len(between) == 1 and between[0].text == "," and len(conjuncts(t)) > 1:
                return t
    return None


def relative_antecedent(pronoun: Token) -> Token | None:
    """ "A, who were officers": the noun a relative pronoun stands for."""
    clause = pronoun.head
    while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ in {"relcl", "acl"} else None


def entity_at(token: Token) -> Span:
    """The named entity ``token`` is a word of, found from the IOB tags around it
    (``doc.ents`` would make a Span of every entity of the document on each call).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["paid", "$", "5", "million", "."],
    ...           ents=["O", "B-MONEY", "I-MONEY", "I-MONEY", "O"])
    >>> entity_at(doc[3]).text, entity_at(doc[1]).text
    ('$ 5 million', '$ 5 million')
    """
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def money_in(token: Token) -> tuple[Decimal, str | None] | None:
    """The first amount of money in ``token``'s subtree, with its currency."""
    for t in token.subtree:
        if t.ent_type_ == "MONEY":
            ent = entity_at(t)
            money = parse_money(ent.text + _scale_after(ent))
            if money is not None and money[1] is None and ent.start > 0:
                # the model often leaves the currency sign out of the entity: "$ 286,992,532"
                sign = parse_money("1 " + token_table(t.doc).text[ent.start - 1])
                money = (money[0], sign[1] if sign else None)
            return money
        if t.lower_ in _CURRENCY_NOUNS:
            money = _bare_money(t)
            if money is not None:
                return money
    return None


#: Currency nouns after a bare number, which the model tags no MONEY ("200,000 dlrs",
#: "1.5 mln stg": the Reuters style).
_CURRENCY_NOUNS = frozenset(
    # "fined 210m euros", "a 2 million euro fine": the model tags these CARDINAL
    {"dlrs", "dlr", "stg", "euros", "euro", "yuan", "yen", "rupees", "roubles", "rubles",
     "francs", "kronor", "kroner"}
)  # fmt: skip

#: Scale words between a number and its currency ("1.5 mln dlrs", "210m euros").
_SCALE_WORDS = frozenset({"m", "bn", "mln", "million", "billion", "trillion", "thousand", "k"})


def _bare_money(currency: Token) -> tuple[Decimal, str | None] | None:
    """ "200,000 dlrs", "1.5 mln dlrs": the number (and scale) modifying ``currency``."""
    words = currency.doc[currency.left_edge.i : currency.i + 1]
    if not any(t.like_num for t in words):
        # "a 200,000 dlrs civil penalty": the number hangs elsewhere, right before it
        start = currency.i
        while start > 0 and (
            currency.doc[start - 1].like_num
            or token_table(currency.doc).lower[start - 1] in _SCALE_WORDS
        ):
            start -= 1
        words = currency.doc[start : currency.i + 1]
        if not any(t.like_num for t in words):
            return None
    return parse_money(words.text)


#: Scale words the model leaves out of a MONEY entity ("$ 16" "m.", "$1" "bn").
_SCALES = frozenset({"m", "mn", "mln", "million", "bn", "b", "billion", "bln", "k"})


def _scale_after(ent: Span) -> str:
    """ " m" when the token after a MONEY entity is a scale word it left out."""
    doc = ent.doc
    if ent.end < len(doc) and not any(t.lower_.rstrip(".") in _SCALES for t in ent):
        word = token_table(doc).lower[ent.end].rstrip(".")
        if word in _SCALES and doc[ent.end - 1].whitespace_ == "":
            return " " + word
    return ""


def date_of(token: Token, year: str | None = None) -> str | None:
    """The date in the measure's own phrases ("in April 2021"; "in April" takes the
    article's year)."""
    candidates = [token, *(p for p in token.children if p.dep_ in {"prep", "npadvmod"})]
    for c in candidates:
        for t in c.subtree if c.i != token.i else c.children:
            if t.ent_type_ == "DATE":
                ent = entity_at(t)
                date = parse_date(ent.text, year)
                if date:
                    return date
    return None


def reason_of(token: Token) -> str | None:
    """ "fined … for acting like a monopoly": the for-phrase, as written."""
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            text = " ".join(t.text for t in prep.subtree)
            if 3 < len(text) < 200:
                return text
    return None


def head_chain(token: Token, steps: int = 3) -> list[Token]:
    """``token`` and up to ``steps`` heads above it, nearest first: where the words
    that set a statement's modality ("not", "will", "alleged") hang."""
    chain = [token]
    while len(chain) <= steps:
        head = chain[-1].head  # (each ``.head`` makes a Token: read once a step)
        if head.i == chain[-1].i:
            break
        chain.append(head)
    return chain


#: Verbs whose clause or gerund the subject says is untrue: "X denied selling Y".
DENIAL_VERBS = frozenset({"deny", "dispute", "refute"})


def negated(token: Token) -> bool:
    """The predicate ``token`` (or its head) is negated or denied: ``modality(token, …)
    == "negated"`` without the sentence's word set, for rules that ask it of every verb."""
    marked = _negated_tokens(token.doc)
    return token.i in marked or token.head.i in marked


def _negated_tokens(doc: Doc) -> frozenset[int]:
    """The tokens with a negation among their children ("not", "never"), and the
    clauses a denial verb governs ("X denied selling Y", "X denies that it sold Y"):
    found once per document from its label columns, as rules ask of every verb."""
    marked: frozenset[int] | None = doc.user_data.get("kg.negated")
    if marked is None:
        table = token_table(doc)
        deps, offsets, lemmas = (table.column(a) for a in (DEP, HEAD, LEMMA))
        heads = numpy.arange(len(doc)) + offsets.astype(numpy.int64)  # (offsets wrap)
        strings = doc.vocab.strings
        negations = numpy.flatnonzero(deps == strings["neg"])
        negated_heads = zip(negations.tolist(), heads[negations].tolist(), strict=True)
        found = {h for i, h in negated_heads if h != i}  # (a root is no one's child)
        clauses = numpy.flatnonzero((deps == strings["ccomp"]) | (deps == strings["xcomp"]))
        by_head = zip(clauses.tolist(), lemmas[heads[clauses]].tolist(), strict=True)
        found.update(i for i, lemma in by_head if _denial_lemma(lemma, strings))
        marked = doc.user_data["kg.negated"] = frozenset(found)
    return marked


#: Lemma ids by whether they are a denial verb's, across documents (spaCy's ids are
#: the strings' hashes, the same in every vocab): a StringStore look-up decodes.
_DENIAL_IDS: dict[int, bool] = {}


def _denial_lemma(lemma: int, strings: StringStore) -> bool:
    """Whether the lemma of id ``lemma`` is a denial verb's, in any case ("Denied")."""
    known = _DENIAL_IDS.get(lemma)
    if known is None:
        if len(_DENIAL_IDS) > 1 << 20:
            _DENIAL_IDS.clear()  # a long-running process stays bounded
        known = _DENIAL_IDS[lemma] = strings[lemma].lower() in DENIAL_VERBS
    return known


def modality(token: Token, sent: Span) -> Modality:
    """negated > threatened > alleged > asserted, from the words around the predicate."""
    if negated(token):
        return "negated"
    chain = head_chain(token)
    for t in chain:
        if _threat_marked(t):
            return "threatened"
        if t.i != token.i and t.lemma_.lower() in THREAT_WORDS:
            return "threatened"
    words = sentence_words(sent) | {t.lemma_.lower() for t in chain}
    if words & ALLEGATION_WORDS or ("according" in words and "indictment" in words):
        return "alleged"
    return "asserted"


def _threat_marked(token: Token) -> bool:
    """A threat word ("will", "may") as ``token``'s aux/mark/advmod, computed once per
    token and doc: in a run-on sentence one head can have thousands of children, and
    every verb below it asks (negations: :func:`_negated_tokens`)."""
    cache = token.doc.user_data.setdefault("kg.threat_marks", {})
    marked: bool | None = cache.get(token.i)
    if marked is None:
        doc = token.doc
        table = token_table(doc)
        marked = cache[token.i] = token.i in heads_with(doc, _THREAT_MARKS) and any(
            table.lower[c] in THREAT_WORDS and dep in _THREAT_MARKS
            for c, dep in table.children(doc, token.i)
        )
    return marked


def sentence_words(sent: Span) -> frozenset[str]:
    """The sentence's lower-cased words, computed once per sentence and doc.

    Every predicate asks; without the cache a 100,000-character sentence with
    thousands of verbs took minutes (verbs x words).
    """
    cache = sent.doc.user_data.setdefault("kg.sentence_words", {})
    key = (sent.start, sent.end)
    if key not in cache:
        # from the token table: no Token made per word
        cache[key] = frozenset(token_table(sent.doc).lower[sent.start : sent.end])
    words: frozenset[str] = cache[key]
    return words
