"""Clauses that noun phrases imply: appositions, possession, titles, locations.

"SenseTime, a Chinese firm" says that SenseTime is a Chinese firm; "Huawei's
chief executive" that Huawei has a chief executive; "Commerce Secretary Gina
Raimondo" that Raimondo is Commerce Secretary; "demand for chips" that demand is
for chips. The verb agrees with the sentence: "is"/"are" in the present, "was"/
"were" when the sentence's main verb is in the past. These patterns are weaker
evidence than a verb, and their confidences say so.

>>> from kg.extract.pipeline import load_pipeline
>>> sent = next(load_pipeline()("Huawei's founder Ren Zhengfei met Wally Adeyemo.").sents)
>>> [(s.text, rel, o.text) for s, rel, o, _, _ in nominal_relations(sent)]
[('Huawei', 'has', 'founder'), ('Ren Zhengfei', 'is', "Huawei's founder")]
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kg.extract.openie_args import argument_spans, span_of
from kg.extract.tokens import token_table

#: Prepositions after a noun that CaRB-style readings turn into "is in", "is at"...
NOUN_PREPS = {"in": 0.3, "at": 0.3, "on": 0.3, "from": 0.3, "for": 0.3, "near": 0.3}
LOCATION_TYPES = frozenset({"GPE", "LOC"})
NUMERIC_TYPES = frozenset({"DATE", "TIME", "MONEY", "CARDINAL", "PERCENT", "QUANTITY"})

#: Forms of address, not descriptions: "Mr. Baker" does not say Baker "is Mr.".
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "mx", "madam"})

NominalRelation = tuple[Span, str, Span, float, str]


def is_past(sent: Span) -> bool:
    """Whether the sentence's main verb is in the past tense.

    >>> from kg.extract.pipeline import load_pipeline
    >>> is_past(next(load_pipeline()("ZTE paid a fine.").sents))
    True
    """
    root = sent.root
    if root.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children)


def be_form(subject: Span, past: bool) -> str:
    """ "is", "are", "was" or "were" for a subject."""
    inside = range(subject.start, subject.end)
    plural = subject.root.tag_ in ("NNS", "NNPS") or any(
        t.dep_ == "conj" and t.i in inside for t in subject.root.children
    )
    if past:
        return "were" if plural else "was"
    return "are" if plural else "is"


def _bare(tok: Token) -> Span:
    """A noun phrase without its possessor, determiner and clauses: "chief executive"."""
    drop = frozenset({"relcl", "appos", "parataxis", "advcl", "poss", "det", "acl", "prep"})
    span = span_of(tok, drop=drop, drop_conj=True)
    while len(span) > 1 and span[0].dep_ in ("case", "det", "poss", "predet"):
        span = span[1:]
    return span


def nominal_relations(sent: Span) -> Iterator[NominalRelation]:
    """(subject, relation, object, confidence, rule) for the relations noun phrases imply."""
    # Descriptions hold beyond the event told: "X, a Chinese firm, was fined" still
    # reads "X is a Chinese firm"; CaRB's annotators write them in the present too.
    past = False
    titled: set[int] = set()
    for ent in sentence_entities(sent):
        if ent.label_ in ("PERSON", "ORG"):
            title = _title_before(ent)
            if title is not None:
                titled.add(ent.root.i)
                yield ent, be_form(ent, past), title, 0.4, "openie.title.v1"
    for tok in sent:
        head = tok.head
        if tok.dep_ == "appos" and head.pos_ in ("PROPN", "NOUN") and head.i < tok.i:
            yield from _apposition(tok, past)
        elif (
            tok.dep_ == "poss"
            and tok.pos_ in ("PROPN", "NOUN")
            and head.pos_
            in (
                "NOUN",
                "PROPN",
            )
        ):
            owner = span_of(tok, drop_conj=True)
            owner = owner[:-1] if len(owner) > 1 and owner[-1].dep_ == "case" else owner
            owned = _bare(head)
            if len(owner) and len(owned) and owner.end <= owned.start:
                yield owner, "had" if past else "has", owned, 0.2, "openie.possessive.v1"
        elif (
            tok.dep_ == "compound"
            and tok.pos_ == "NOUN"
            and head.pos_ == "PROPN"
            and tok.i < head.i
            and not tok.ent_type_
            and head.i not in titled
        ):
            name = sent.doc[tok.i + 1 : head.i + 1]
            while len(name) > 1 and name[0].pos_ != "PROPN":
                name = name[1:]
            title = sent.doc[_title_start(tok) : tok.i + 1]
            if len(name) and len(title):
                yield name, be_form(name, past), title, 0.4, "openie.title.v1"
        elif tok.dep_ == "prep" and tok.lower_ == "as" and head.pos_ in ("NOUN", "PROPN"):
            # "symbols, such as the Star of David and the zodiac": one clause per example.
            if (
                not any(c.lower_ == "such" for c in tok.children)
                and token_table(sent.doc).lower[tok.i - 1] != "such"
            ):
                continue
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            subject = _bare(head)
            if obj is None or not len(subject):
                continue
            for example in argument_spans(obj):
                yield (
                    subject,
                    f"{be_form(subject, past)} such as",
                    example,
                    0.3,
                    "openie.such-as.v1",
                )
        elif tok.dep_ == "prep" and tok.lower_ in NOUN_PREPS and head.pos_ in ("NOUN", "PROPN"):
            obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if obj is None or (head.dep_ == "pobj" and head.head.lower_ == tok.lower_):
                continue
            if obj.ent_type_ in ("DATE", "TIME"):
                continue  # "sales in 2019" is when, not where
            subject = _bare(head)
            target = span_of(obj)
            if len(subject) and len(target):
                rel = f"{be_form(subject, past)} {tok.text}"
                conf = NOUN_PREPS[tok.lower_] + (0.2 if head.pos_ == "PROPN" else 0.0)
                yield subject, rel, target, conf, "openie.noun-prep.v1"


def sentence_entities(sent: Span) -> list[Span]:
    """The named entities of one sentence, read from its tokens (``Span.ents`` walks
    every entity of the document, which is slow sentence by sentence).

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Huawei sued. ZTE paid the Treasury.")
    >>> [e.text for e in sentence_entities(list(doc.sents)[1])]
    ['ZTE', 'Treasury']
    """
    doc = sent.doc
    spans = []
    start = None
    for tok in sent:
        if start is not None and tok.ent_iob_ != "I":
            spans.append(doc[start : tok.i])
            start = None
        if tok.ent_iob_ == "B":
            start = tok.i
    if start is not None:
        spans.append(doc[start : sent.end])
    return [Span(doc, s.start, s.end, label=s[0].ent_type_) for s in spans]


def _title_before(ent: Span) -> Span | None:
    """The words that describe a name in front of it: "Deputy Treasury Secretary"
    before "Wally Adeyemo", "Chinese telecommunications firm" before "Huawei"."""
    doc = ent.doc
    inside = {t.i for t in ent}
    start = ent.start
    while start > ent.sent.start:
        left = doc[start - 1]
        if left.dep_ not in ("compound", "amod", "nmod") or left.ent_type_ == ent.label_:
            break
        if left.head.i not in inside:
            break
        inside.add(left.i)
        start -= 1
    words = [t for t in doc[start : ent.start] if t.lower_.rstrip(".") not in HONORIFICS]
    # A person's title may be all names ("Deputy Treasury Secretary"); an
    # organisation's description needs a common noun ("telecommunications firm").
    kinds = ("NOUN", "PROPN") if ent.label_ == "PERSON" else ("NOUN",)
    if not any(t.pos_ in kinds for t in words):
        return None
    while token_table(doc).lower[start].rstrip(".") in HONORIFICS:
        start += 1
    return doc[start : ent.start]


def _title_start(tok: Token) -> int:
    """First word of a title made of compounds and modifiers ("Deputy Treasury Secretary")."""
    start = tok.i
    for left in reversed(list(tok.head.lefts)):
        if left.i < tok.i and left.dep_ in ("compound", "amod") and left.i == start - 1:
            start = left.i
    return start


def _apposition(tok: Token, past: bool) -> Iterator[NominalRelation]:
    head = tok.head
    subject = span_of(head, stop_at=tok, drop_conj=True)
    obj = span_of(tok, drop_conj=True)
    if not len(subject) or not len(obj):
        return
    if {head.ent_type_, tok.ent_type_} & NUMERIC_TYPES:
        return  # "May 26, 1994", "70.9 billion rubles (US$ 114.3 billion)"
    adjacent = obj.start == subject.end
    if head.ent_type_ == tok.ent_type_ == "PERSON":
        return  # two people in a list the parser read as one naming the other
    doc = tok.doc
    bracketed = obj.start > 0 and token_table(doc).text[obj.start - 1] in ("(", "-LRB-", "[")
    if bracketed or (len(obj) == 1 and tok.is_upper and len(tok) <= 6):
        # "the People's Republic of China (PRC)": another name, not a description.
        yield subject, be_form(subject, past), obj, 0.4, "openie.alias.v1"
    elif head.ent_type_ in LOCATION_TYPES and tok.ent_type_ in LOCATION_TYPES:
        # "Salt Lake City, Utah": a place in a larger one.
        yield subject, f"{be_form(subject, past)} in", obj, 0.5, "openie.appos-location.v1"
    elif adjacent and head.pos_ == "NOUN" and tok.pos_ == "PROPN":
        # "the French socialist Henri de Saint-Simon": the name is what is described.
        yield obj, be_form(obj, past), subject, 0.45, "openie.title.v1"
    else:
        # A name described ("BNL, Italy's largest bank") is likelier right than a
        # common noun followed by another phrase, often a list the parser misread.
        conf = 0.55 if head.pos_ == "PROPN" else 0.3
        verb = be_form(subject, past)
        if verb == "are":
            conf -= 0.1
        yield subject, verb, obj, conf, "openie.appos.v1"
