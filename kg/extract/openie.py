"""Open information extraction: subject; relation; object tuples from spaCy's parse.

Rule-based, in the manner of ClausIE and OpenIE-4: every verbal or copular predicate
of a sentence gives one clause, its subject found directly, through coordination,
through a relative clause, from the noun a participle modifies ("firms sanctioned
by the Treasury") or from the clause it complements ("forced the firm to pay");
its arguments are the predicate's complements, then its adjuncts, then fronted
adjuncts, each expanded to its compounds and modifiers. The relation keeps
auxiliaries, negation, modals, pre-verbal adverbs, particles, open complements
("agreed to pay") and, when the verb has no direct object, the first preposition
("was fined by"; a passive's agent always leads). Reported speech gives the report
("said that; clause") and the clause. Noun phrases add weaker clauses
(:mod:`kg.extract.openie_nominal`: appositions, titles, possession, "is in").
Coordinated subjects and objects give one clause each.

Confidence is a feature-based score (:mod:`kg.extract.openie_conf`); the CaRB
benchmark measures the whole (:mod:`kg.evaluate.carb`).

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("Alibaba was fined by Chinese regulators.")
>>> [(t.arg1, t.relation, t.args) for t in open_triples(doc)]
[('Alibaba', 'was fined by', ('Chinese regulators',))]
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import DEP, HEAD, POS
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span, Token

from kg.extract.frames.syntax import heads_with
from kg.extract.openie_args import (
    NOMINAL,
    OBJECT_DROP,
    argument_spans,
    clause_span,
    is_relative_pronoun,
    span_of,
)
from kg.extract.openie_conf import confidence
from kg.extract.openie_nominal import be_form, is_past, nominal_relations
from kg.extract.tokens import token_table
from kg.model import Modality, OpenTriple

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass"})
CLAUSE_DEPS = frozenset(
    {"ROOT", "conj", "ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis", "csubj"}
)
#: Modal auxiliaries and governing verbs that make a statement a threat, not a fact.
THREAT_WORDS = frozenset(
    {"may", "might", "could", "threaten", "plan", "consider", "propose", "warn", "seek"}
)
ALLEGE_WORDS = frozenset({"allege", "allegedly", "accuse", "claim", "reportedly", "suspect"})
#: Auxiliaries a coordinated participle shares ("were mobilized and recalled").
BE_HAVE = frozenset(
    {"be", "is", "am", "are", "was", "were", "been", "being", "have", "has", "had", "having"}
    | {"'s", "'re", "'m", "'ve", "'d"}
)


@dataclass(frozen=True)
class Clause:
    """One proposition of a sentence; spans stay inside the process.

    ``relation_tokens`` are Doc indices of the words the relation is made of; words
    the rule adds (the "is" of an apposition) have none. ``verb`` is the predicate's
    head token, whose lemma the typed facts use; in a chain ("agreed to pay",
    "threatened to ban") it is the last verb, the one that says what happens, while
    ``modality`` reads the whole chain. Nominal clauses have no verb. ``rule`` names
    the pattern and version ("openie.passive.v1+relcl": a passive whose subject
    came through a relative clause).
    """

    subject: Span
    relation: str
    relation_tokens: tuple[int, ...]
    objects: tuple[Span, ...]
    confidence: float
    passive: bool
    negated: bool
    modality: Modality
    verb: Token | None
    rule: str = "openie.svo.v1"


@dataclass
class _Frame:
    """A predicate being assembled: relation words and argument spans."""

    verb: Token
    rel: list[Token]
    extra_rel: list[Token]  # words moved from an argument into the relation
    objects: list[Span]
    passive: bool
    rule: str


def _is_predicate(tok: Token) -> bool:
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ in ("aux", "auxpass", "amod", "compound"):
        return False
    if tok.dep_ == "xcomp" and _chains(tok):
        return False  # folded into the governing verb's relation
    return tok.dep_ in CLAUSE_DEPS or tok.dep_ == "ROOT"


def _chains(xcomp: Token) -> bool:
    """Whether an open complement ("wants to buy") joins its governor's relation."""
    head = xcomp.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("dobj", "attr", "acomp") for c in head.children):
        return False
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in xcomp.children)


def _subjects(
    verb: Token, depth: int = 0, keep: Callable[[Token], bool] | None = None
) -> list[tuple[Span, str]]:
    """The verb's subjects and how they were found (``direct``, ``conj``, ...).

    With ``keep``, a subject whose head word it rejects is left out before its span
    is built where the head is known beforehand (the head of ``span_of(t)`` is ``t``);
    :func:`_verb_clauses` tests the others."""
    if depth > 4:
        return []
    has_subject = verb.i in heads_with(verb.doc, SUBJECT_DEPS)  # (most clauses: no Tokens)
    direct = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] if has_subject else []
    if direct:
        subj = direct[0]
        if verb.dep_ == "relcl" and is_relative_pronoun(subj):
            return [(s, "relcl") for s in argument_spans(verb.head, keep_head=keep)]
        if subj.dep_ in ("csubj", "csubjpass"):
            return [(clause_span(subj), "direct")] if keep is None or keep(subj) else []
        if subj.tag_ in ("WP", "WDT"):
            return []
        found = [(s, "direct") for s in argument_spans(subj, keep_head=keep)]
        # "One of its specialists, Steve White, took ...": the name is a subject too.
        found += [
            (span_of(a), "appos")
            for a in subj.children
            if a.dep_ == "appos" and a.pos_ == "PROPN" and (keep is None or keep(a))
        ]
        return found
    head = verb.head
    if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
        return [(s, "conj") for s, _ in _subjects(head, depth + 1, keep)]
    if verb.dep_ == "xcomp" and head.pos_ in ("VERB", "AUX"):
        # "forced the company to pay": the object does it when the complement follows
        # it at once; "used the phones for X to gain ...": the subject does.
        objs = [
            c for c in head.children if c.dep_ == "dobj" and verb.left_edge.i == c.right_edge.i + 1
        ]
        if objs:
            return [(s, "control") for s in argument_spans(objs[0], keep_head=keep)]
        return [(s, "control") for s, _ in _subjects(head, depth + 1, keep)]
    purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if (
        verb.dep_ == "advcl"
        and head.pos_ in ("VERB", "AUX")
        and (verb.tag_ in ("VBG", "VBN") or purpose)
    ):
        return [(s, "advcl") for s, _ in _subjects(head, depth + 1, keep)]
    # Not "attempts to steal": the attempts do not steal (an infinitive's doer is unsaid).
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN", "PRON") and not infinitive:
        # "commissioners sent to the army": the noun, without the participle's phrase.
        return [(span_of(head, stop_at=verb), "acl")] if keep is None or keep(head) else []
    if verb.dep_ == "relcl":
        return [(s, "relcl") for s in argument_spans(head, keep_head=keep)]
    if verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX"):
        return [(s, "pcomp") for s, _ in _subjects(head.head, depth + 1, keep)]
    return []


def _shares_auxiliary(aux: Token, verb: Token) -> bool:
    """Whether a coordinated verb reads with its head's auxiliary: a participle with
    "has"/"was" ("has designed and sold"), a bare verb with a modal ("may ban and
    fine"); a finite verb has its own tense ("has sold and buys")."""
    if aux.dep_ not in ("aux", "auxpass") or aux.lower_ == "to":
        return False
    if verb.tag_ in ("VBN", "VBG"):
        return aux.lower_ in BE_HAVE
    return verb.tag_ == "VB" and (aux.tag_ == "MD" or aux.lower_ in ("do", "does", "did"))


def _relation_words(verb: Token) -> list[Token]:
    """Auxiliaries, negation, pre-verbal adverbs, the verb and its particles.

    A coordinated verb without auxiliaries of its own shares its head's: "were
    mobilized and recalled" gives "were recalled".
    """
    words = [verb]
    own_aux = any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if verb.dep_ == "conj" and not own_aux and verb.head.pos_ in ("VERB", "AUX"):
        shared = [c for c in verb.head.children if _shares_auxiliary(c, verb)]
        if shared:
            words += shared + [c for c in verb.head.children if c.dep_ == "neg"]
    for c in verb.children:
        auxiliary = c.dep_ in ("aux", "auxpass", "neg") and c.lower_ != "to"
        # "usually consisted of", "has also been": bare adverbs just before the verb.
        adverb = (
            c.dep_ == "advmod"
            and c.i < verb.i
            and c.tag_ != "WRB"
            and c.n_lefts + c.n_rights == 0
            and verb.i - c.i <= 2
        )
        if auxiliary or adverb or c.dep_ == "prt":
            words.append(c)
    return sorted(words, key=lambda t: t.i)


def _word(tok: Token) -> str:
    """A relation word as it reads mid-sentence: "Founded in 1987, ..." gives "founded"."""
    if tok.is_sent_start and tok.pos_ != "PROPN" and not tok.is_upper:
        return tok.lower_
    return tok.text


def _bare_participle(verb: Token) -> bool:
    """A past participle without auxiliaries that modifies a noun or a clause: "firms
    sanctioned by the Treasury", "Founded in 1987, the firm ..."; it reads passive."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ in ("acl", "advcl")
        and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    )


def _frame(verb: Token) -> _Frame:
    rel = _relation_words(verb)
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
    passive = passive or _bare_participle(verb)
    rule = "openie.passive.v1" if passive else "openie.svo.v1"
    tail = verb
    # "wants to buy", "was forced to pay": open complements join the relation.
    while True:
        nxt = next((c for c in tail.children if c.dep_ == "xcomp" and _chains(c)), None)
        if nxt is None:
            break
        rel += [c for c in nxt.children if c.dep_ == "aux"]
        rel += _relation_words(nxt)
        tail = nxt
        rule = "openie.xcomp.v1"
    frame = _Frame(tail, sorted(set(rel), key=lambda t: t.i), [], [], passive, rule)
    _fill_arguments(frame, verb)
    return frame


OBJECT_DEPS = frozenset({"dobj", "attr", "acomp", "oprd", "dative"})


def _is_adjunct(c: Token, head: Token, tail: Token) -> bool:
    if c.dep_ in ("prep", "agent"):
        # Fronted ones too: "In 2019, the department fined ZTE" (placed last).
        return head is tail
    if c.dep_ in ("npadvmod", "tmod"):
        return True
    return c.dep_ == "advmod" and c.i > head.i and c.tag_ != "WRB"


def _semicolon_between(left: Token, right: Token) -> bool:
    doc = left.doc
    return any(t.text in (";", ":") for t in doc[left.right_edge.i + 1 : right.i])


def _fill_arguments(frame: _Frame, verb: Token) -> None:
    """Complements first, then adjuncts; the first preposition may join the relation."""
    tail = frame.verb
    core: list[Span] = []
    adjuncts: list[Span] = []
    fronted: list[Span] = []
    heads = [tail] if tail.i == verb.i else [verb, tail]
    for head in heads:
        for c in head.children:
            if c.dep_ in OBJECT_DEPS:
                if c.dep_ == "dative" and c.pos_ == "ADP":
                    adjuncts.extend(argument_spans(c, keep_conj=True, drop=OBJECT_DROP))
                else:
                    core.extend(argument_spans(c, keep_conj=True, drop=OBJECT_DROP)[:1])
            elif c.dep_ == "ccomp":
                if c.i < head.i and _semicolon_between(c, head):
                    continue  # "X held the post; he was readmitted": two sentences in one
                span = clause_span(c)
                if span[0].dep_ == "mark" and span[0].lower_ in ("that", "whether", "if"):
                    frame.extra_rel.append(span[0])
                    span = span[1:]
                if len(span):
                    core.append(span)
            elif _is_adjunct(c, head, tail):
                found = argument_spans(c, keep_conj=True, drop=OBJECT_DROP)[:1]
                # A preposition whose object the parser lost says nothing.
                found = [f for f in found if len(f) > 1 or f[0].pos_ != "ADP"]
                (fronted if c.i < verb.i else adjuncts).extend(found)
    if frame.passive:
        core, adjuncts = _agent_first(verb, core, adjuncts)
    if len(core) == 1:
        core = _fold_complement(frame, core[0]) or core
    if not core and adjuncts and adjuncts[0][0].pos_ == "ADP":
        first = adjuncts[0]
        if len(first) > 1:
            frame.extra_rel.append(first[0])
            adjuncts[0] = first[1:]
    frame.objects = core + adjuncts + fronted


def _fold_complement(frame: _Frame, comp: Span) -> list[Span] | None:
    """ "is aware of the risks", "are equal to the sum": the adjective and its
    preposition join the relation, the preposition's object is the argument.

    (Nouns stay in the argument: "is a member of the board" reads as well either
    way, and CaRB's annotators more often keep the noun as the argument.)
    """
    root = comp.root
    if root.dep_ != "acomp":
        return None
    prep = next((c for c in root.rights if c.dep_ == "prep"), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    if prep is None or obj is None or prep.i != root.i + 1 or comp.start > prep.i:
        return None
    frame.extra_rel.extend(comp.doc[comp.start : prep.i + 1])
    return [span_of(obj, drop=OBJECT_DROP)]


def _agent_first(
    verb: Token, core: list[Span], adjuncts: list[Span]
) -> tuple[list[Span], list[Span]]:
    """A passive's agent leads its arguments so that "by" joins the relation.

    The small parser often hangs "by regulators" on the object ("fined $2.8 billion
    by regulators"); such an agent is taken out of the object.
    """
    agent = next((a for a in adjuncts if a[0].dep_ == "agent"), None)
    if agent is None:
        for k, obj in enumerate(core):
            by = next((c for c in obj.root.children if c.dep_ == "prep" and c.lower_ == "by"), None)
            if by is None or not any(c.dep_ == "pobj" for c in by.children):
                continue
            agent = verb.doc[by.i : by.right_edge.i + 1]
            rest = verb.doc[obj.start : by.i] if by.i > obj.start else None
            core = core[:k] + ([rest] if rest is not None and len(rest) else []) + core[k + 1 :]
            return [], [agent, *core, *adjuncts]
        return core, adjuncts
    return [], [agent, *core, *(a for a in adjuncts if a is not agent)]


def _is_gap_word(tok: Token, verb: Token) -> bool:
    if is_relative_pronoun(tok):
        return True
    return verb.dep_ == "relcl" and tok.i < verb.i and tok.lower_ in RELATIVE_WORDS


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when"})


def _object_gap(verb: Token, frame: _Frame) -> bool:
    """Whether a relative clause's pronoun is its object: "the chips (that) ZTE sold",
    "ailments that the reforms have failed to cure"."""
    if any(c.dep_ == "dobj" and is_relative_pronoun(c) for c in frame.verb.children):
        return True
    first = verb.left_edge
    has_subject = any(c.dep_ in SUBJECT_DEPS for c in verb.children)
    has_object = any(c.dep_ in ("dobj", "attr") and c != first for c in frame.verb.children)
    return (
        has_subject and not has_object and first.dep_ == "dobj" and first.lower_ in RELATIVE_WORDS
    )


def _modality(frame: _Frame, verb: Token) -> tuple[bool, Modality]:
    words = [*frame.rel, *frame.extra_rel]
    negated = any(t.dep_ == "neg" for t in words)
    if negated:
        return True, "negated"
    # The verb itself counts only through a chain: "prosecutors alleged that ..." is
    # asserted (its complement is alleged), "is alleged to have lied" is alleged.
    if not frame.rule.startswith("openie.xcomp"):
        words = [t for t in words if t.i != verb.i]
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    advs = {c.lower_ for c in verb.children if c.dep_ == "advmod"}
    if lemmas & ALLEGE_WORDS or advs & ALLEGE_WORDS:
        return False, "alleged"
    gov = verb.head if verb.dep_ in ("xcomp", "ccomp") else None
    if gov is not None and gov.lemma_.lower() in ALLEGE_WORDS:
        return False, "alleged"
    if lemmas & THREAT_WORDS or (gov is not None and gov.lemma_.lower() in THREAT_WORDS):
        return False, "threatened"
    return False, "asserted"


def _verb_clauses(
    verb: Token, keep_subject: Callable[[Token], bool] | None = None
) -> Iterator[Clause]:
    subjects = _subjects(verb, keep=keep_subject)
    if keep_subject is not None:
        # before the frame: the arguments are the costly part, and a caller that
        # wants named subjects only need not pay for the others
        subjects = [(s, via) for s, via in subjects if keep_subject(s.root)]
    if not subjects:
        return
    frame = _frame(verb)
    objects = list(frame.objects)
    rel_tokens = sorted({*frame.rel, *frame.extra_rel}, key=lambda t: t.i)
    while len(rel_tokens) > 1 and rel_tokens[0].lower_ == "to" and rel_tokens[0].i < verb.i:
        rel_tokens = rel_tokens[1:]  # an infinitive's "to" is no part of the relation
    # A relative pronoun object ("which Keibler lost") stands for the modified noun.
    if verb.dep_ == "relcl" and _object_gap(verb, frame):
        objects = [span_of(verb.head), *objects]
    objects = [o for o in objects if not (len(o) == 1 and _is_gap_word(o[0], verb))]
    negated, modality = _modality(frame, verb)
    relation = " ".join(_word(t) for t in rel_tokens)
    rel_ids = {t.i for t in rel_tokens}
    variants = [objects]
    # "consists of the U.S., Japan and Britain": one clause per coordinated object.
    if objects and objects[0].root.dep_ != "ccomp":
        parts = argument_spans(objects[0].root) if objects[0].root.pos_ in NOMINAL else []
        if len(parts) > 1 and all(p.start >= objects[0].start for p in parts):
            variants = [[p, *objects[1:]] for p in parts]
    for (subject, via), objs in itertools.product(subjects, variants):
        if any(t.i in rel_ids for t in subject):
            continue
        wording = relation
        if _bare_participle(verb):
            # "commissioners sent to the army": they were sent; the rule says so.
            wording = f"{be_form(subject, is_past(verb.sent))} {relation}"
        yield Clause(
            subject=subject,
            relation=wording,
            relation_tokens=tuple(t.i for t in rel_tokens),
            objects=tuple(objs),
            confidence=confidence(verb, subject, objs, frame.rule, len(rel_tokens), via),
            passive=frame.passive,
            negated=negated,
            modality=modality,
            verb=frame.verb,
            rule=frame.rule if via == "direct" else f"{frame.rule}+{via}",
        )


def _existential_clauses(verb: Token) -> Iterator[Clause]:
    """ "There were attempts by the House to regain the throne": what exists is the
    subject, each of its prepositions joins the verb ("were by; attempts; the House")."""
    if not any(c.dep_ == "expl" for c in verb.children):
        return
    rel = _relation_words(verb)
    for noun in verb.children:
        if noun.dep_ not in ("attr", "nsubj", "dobj") or noun.pos_ not in NOMINAL:
            continue
        subject = span_of(noun, drop=OBJECT_DROP | {"prep", "acl"})
        for prep in noun.children:
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if prep.dep_ != "prep" or obj is None or prep.i < noun.i:
                continue
            words = sorted([*rel, prep], key=lambda t: t.i)
            yield Clause(
                subject=subject,
                relation=" ".join(t.text for t in words),
                relation_tokens=tuple(t.i for t in words),
                objects=(span_of(obj, drop=OBJECT_DROP),),
                confidence=0.45,
                passive=False,
                negated=any(t.dep_ == "neg" for t in rel),
                modality="negated" if any(t.dep_ == "neg" for t in rel) else "asserted",
                verb=verb,
                rule="openie.existential.v1",
            )


def _nominal_clauses(sent: Span) -> Iterator[Clause]:
    """Clauses implied by noun phrases (:mod:`kg.extract.openie_nominal`)."""
    for subject, relation, obj, conf, rule in nominal_relations(sent):
        yield Clause(
            subject=subject,
            relation=relation,
            relation_tokens=(),
            objects=(obj,),
            confidence=conf,
            passive=False,
            negated=False,
            modality="asserted",
            verb=None,
            rule=rule,
        )


def extract_clauses(
    sent: Span,
    *,
    keep_subject: Callable[[Token], bool] | None = None,
    keep_verb: Callable[[Token], bool] | None = None,
    nominal: bool = True,
) -> list[Clause]:
    """All clauses of one sentence, most confident first.

    ``keep_subject`` keeps only verb clauses whose subject's head word (the root
    of its span) it accepts;
    ``nominal=False`` leaves out the clauses implied by noun phrases (those without
    a verb). Both only save time: the clauses kept are the same as without them.
    ``keep_verb`` leaves out the verb clauses of a predicate it rejects, before
    their subjects and arguments are looked up (a caller that needs some argument
    the verb cannot have skips it).

    >>> from kg.extract.pipeline import load_pipeline
    >>> sent = next(load_pipeline()("ZTE did not sell chips to Iran.").sents)
    >>> c = extract_clauses(sent)[0]
    >>> (c.subject.text, c.relation, [o.text for o in c.objects], c.negated)
    ('ZTE', 'did not sell', ['chips', 'to Iran'], True)
    """
    clauses: list[Clause] = []
    doc = sent.doc
    verbs, expletives = _verbs_and_auxiliaries(doc)
    expletive_heads = expletives[
        bisect_left(expletives, sent.start) : bisect_left(expletives, sent.end)
    ]
    # only the words _is_predicate can accept (its first test): no Token for the others
    for i in verbs[bisect_left(verbs, sent.start) : bisect_left(verbs, sent.end)]:
        tok = doc[i]
        if _is_predicate(tok):
            if keep_verb is None or keep_verb(tok):
                clauses.extend(_verb_clauses(tok, keep_subject))
            if i in expletive_heads:  # _existential_clauses' own test, without Tokens
                clauses.extend(
                    c
                    for c in _existential_clauses(tok)
                    if keep_subject is None or keep_subject(c.subject.root)
                )
    if nominal:
        clauses.extend(_nominal_clauses(sent))
    return _dedupe(clauses)


def _verbs_and_auxiliaries(doc: Doc) -> list[list[int]]:
    """The indices of the document's verbs and auxiliaries, and those of the words
    with an expletive child ("there"), in order, found once per document."""
    cached: list[list[int]] | None = doc.user_data.get("kg.verbs_and_auxiliaries")
    if cached is None:
        table = token_table(doc)
        pos, dep, head = (table.column(a) for a in (POS, DEP, HEAD))
        heads = np.arange(len(doc)) + head.astype(np.int64)  # relative, stored unsigned
        expletive_heads = sorted(set(heads[dep == doc.vocab.strings["expl"]].tolist()))
        cached = [np.flatnonzero((pos == VERB) | (pos == AUX)).tolist(), expletive_heads]
        doc.user_data["kg.verbs_and_auxiliaries"] = cached
    return cached


def _dedupe(clauses: Iterable[Clause]) -> list[Clause]:
    seen: set[tuple[object, ...]] = set()
    out = []
    for c in sorted(clauses, key=lambda c: -c.confidence):
        key = (
            c.subject.start,
            c.subject.end,
            c.relation,
            tuple((o.start, o.end) for o in c.objects),
        )
        if key not in seen:
            seen.add(key)
            out.append(c)
    return out


def to_open_triple(clause: Clause, sentence: str | None = None) -> OpenTriple:
    """The plain tuple of a clause (``kg.model.OpenTriple``), sentence text included
    (pass ``sentence`` when it is at hand: finding it is not free).

    >>> from kg.extract.pipeline import load_pipeline
    >>> sent = next(load_pipeline()("Huawei makes 5G gear.").sents)
    >>> to_open_triple(extract_clauses(sent)[0]).args
    ('5G gear',)
    """
    return OpenTriple(
        arg1=clause.subject.text,
        relation=clause.relation,
        args=tuple(o.text for o in clause.objects),
        confidence=round(clause.confidence, 4),
        sentence=clause.subject.sent.text if sentence is None else sentence,
        modality=clause.modality,
    )


def open_triples(doc: Doc) -> list[OpenTriple]:
    """Open triples of every sentence of a parsed document.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("SenseTime, a Chinese firm, may face a ban.")
    >>> [(t.arg1, t.relation, t.args, t.modality) for t in open_triples(doc)]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('SenseTime', 'may face', ('a ban',), 'threatened'),
     ('SenseTime', 'is', ('a Chinese firm',), 'asserted')]
    """
    out: list[OpenTriple] = []
    for sent in doc.sents:
        text = sent.text
        out.extend(to_open_triple(c, text) for c in extract_clauses(sent))
    return out
