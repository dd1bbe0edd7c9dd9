"""Accusations (``accuses``): "the regulator accused X of …", "X was accused by Y",
"Y sued X", "Y filed a lawsuit against X", "a complaint filed against X by Y",
"Y's lawsuit against X", "X denied the allegations made by Y".

Blame and attribution: "Y blamed X for …" / "blamed … on X", "Y will hold X
accountable", "Y is naming X as the perpetrator of …", "attributed the attack to X"
("we" in a government's release is its state; "the Governments of A, B and C" each of
them), "A's attribution of the campaign to X", "A said X was behind the attack" (see
:mod:`kg.extract.frames.attribution`); a claim of a wrong done: "X alleges that it was
defrauded by Y"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from kg.extract.frames.attribution import attributed, culprits, laid_on, names_wrong
from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.issuer import SOURCE_KEY, issuer, issuer_kind, state_issuer
from kg.extract.frames.legal import against, bringers, clause_parties, parties, reporter
from kg.extract.frames.legal_words import (
    ACCOUNTABLE_WORDS,
    ALLEGE_VERBS,
    ATTACK_NOUNS,
    ATTRIBUTE_VERBS,
    BLAME_VERBS,
    BRING_VERBS,
    CASE_NOUNS,
    FACE_VERBS,
    FILING_NOUNS,
    FINDING_VERBS,
    HARM_VERBS,
    HOLD_VERBS,
    PERPETRATOR_NOUNS,
    SUE_VERBS,
    WRONG_VERBS,
)
from kg.extract.frames.ownership import _parties as members
from kg.extract.frames.syntax import agents, children, is_passive, modality, preps, subject
from kg.extract.lexicon import VERB_PROPERTIES
from kg.extract.tokens import token_table

if TYPE_CHECKING:
    from kg.extract.frames.reader import ArticleReader

#: Who can accuse or be accused.
PARTIES = frozenset({"Person", "Company", "Organization", "Government", "Location"})


class AccusationFrame(Frame):
    verbs = (
        frozenset(v for v, p in VERB_PROPERTIES.items() if p == "accuses")
        | SUE_VERBS
        | ALLEGE_VERBS
        | BLAME_VERBS
        | HOLD_VERBS
        | ATTRIBUTE_VERBS
        | FINDING_VERBS
    )
    nouns = (
        frozenset(n for n, p in CASE_NOUNS.items() if p == "accuses")
        | {"attribution"}
        | ATTACK_NOUNS
    )

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        super().__init__(reader)
        self._sued: list[int] = []  # whom the article's last suit is against

    def read_verb(self, clause: VerbClause) -> bool:
        r = self.reader
        if clause.lemma in FINDING_VERBS:
            if clause.lemma == "say":
                self._said_wrong(clause)
            self._found_culprit(clause)
            return False  # the saying is every frame's to read
        if clause.lemma in ALLEGE_VERBS:
            return self._alleges(clause)
        if clause.lemma in BLAME_VERBS:
            return self._blames(clause)
        if clause.lemma in HOLD_VERBS | ATTRIBUTE_VERBS:
            return self._held_to_account(clause)
        rule = f"verb.accuses.{clause.lemma}.v1"
        confidence = 0.7 if clause.lemma not in SUE_VERBS else 0.75
        actors, patients = clause.actors, clause.patients
        if not (actors and patients):
            actors, patients = clause_parties(r, clause.verb, clause.passive)
        if not patients and not clause.passive:
            # "accused her former partner, X, of …": the name beside a role noun
            patients = [
                e
                for t in children(clause.verb, "dobj")
                if t.pos_ == "NOUN" and t.i not in r.index
                for a in children(t, "appos")
                for e in r.entities(a)
            ]
        if not actors and clause.passive:
            # "X is accused of inflating its profits, the regulator said"
            actors = parties(r, reporter(clause.verb))
            rule = f"verb.accuses.{clause.lemma}.reported.v1" if actors else rule
        if not actors and clause.passive and patients:
            # "The Commission sent a statement of objections to X. The company is
            # accused of …": the government acting on X in the sentence before
            actors = _acting_before(r, clause.sent, patients)
            rule, confidence = f"verb.accuses.{clause.lemma}.before.v1", 0.6
        for a in actors:
            for t in patients:
                if r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    r.fact(a, "accuses", t, clause.sent, rule, confidence, clause.modality)
        if clause.lemma in SUE_VERBS and patients:
            self._sued = patients  # "A user is suing Apple … X filed the suit"
        return True

    def _said_wrong(self, clause: VerbClause) -> None:
        """ "Vantage Solar said Corliss Energy had copied its designs": a party that
        says another did a wrong accuses it (not itself, not a wrong denied). The
        statement follows the saying: a quotation before "said the Attorney General"
        is an official's comment on a case, not an accusation of its own."""
        r, verb = self.reader, clause.verb
        # the wrong said first: most sayings say none, and the speakers and modality cost
        wrongs = [
            c
            for c in verb.children
            if c.dep_ == "ccomp" and c.i > verb.i and c.lemma_.lower() in WRONG_VERBS
        ]
        if not wrongs:
            return
        speakers = [a for a in clause.subjects if r.cls(a) in PARTIES]
        if not speakers or clause.modality != "asserted":
            return
        for c in wrongs:
            if is_passive(c):
                continue
            if any(t.dep_ == "neg" for t in c.children):
                continue  # "said it had not copied …"
            wrongdoers = parties(r, subject(c))
            for a in speakers:
                for t in wrongdoers:
                    if t != a and r.cls(t) in PARTIES - {"Location"}:
                        rule = "accuses.said_wrong.v1"
                        r.fact(a, "accuses", t, clause.sent, rule, 0.6, "asserted")

    def _blames(self, clause: VerbClause) -> bool:
        """ "The regulator blamed Veltra for the outage", "blamed the outage on Veltra",
        "Veltra was blamed by the regulator for …": the one blamed is accused (a
        thing blamed, "blamed the weather", names no one)."""
        r, verb = self.reader, clause.verb
        blamed = clause.patients or [e for t in preps(verb, "on") for e in parties(r, t)]
        found = False
        for a in clause.actors:
            for t in blamed:
                if a != t and r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    r.fact(a, "accuses", t, clause.sent, "accuses.blames.v1", 0.6, clause.modality)
                    found = True
        return found

    def _held_to_account(self, clause: VerbClause) -> bool:
        """ "We will hold Russia accountable for …", "the United States is naming the
        SVR as the perpetrator of the campaign", "attributed the attack to X": the one
        held responsible is accused; "we" in a government's release is its state."""
        r, verb = self.reader, clause.verb
        if clause.lemma in HOLD_VERBS:
            said = [c for c in verb.children if c.lower_ in ACCOUNTABLE_WORDS]
            accused = clause.patients if said else []
            # "hold Russia accountable": the parse may make a small clause of it
            accused += [
                e
                for c in said
                if c.dep_ in {"ccomp", "xcomp"}
                for e in parties(r, subject(c))
                if e not in accused
            ]
        elif clause.lemma == "attribute":
            # "attribute the campaign to X" (a wrong: not "its profits to strong sales")
            accused = laid_on(r, verb) if names_wrong(attributed(verb)) else []
        else:
            roles = [t for t in preps(verb, "as") if t.lemma_.lower() in PERPETRATOR_NOUNS]
            accused = clause.patients if roles else []
        actors = clause.actors or self._we(subject(verb)) or self._members(verb, clause)
        if not actors and clause.passive and clause.lemma in HOLD_VERBS:
            # "X was held responsible by Poland": the parse hangs "by" on the adjective
            actors = [e for c in verb.children if c.lower_ in ACCOUNTABLE_WORDS
                      for t in preps(c, "by") for e in parties(r, t)]  # fmt: skip
        found = False
        for a in actors:
            for t in accused:
                if a != t and r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    rule = f"accuses.held_responsible.{clause.lemma}.v1"
                    r.fact(a, "accuses", t, clause.sent, rule, 0.6, clause.modality)
                    found = True
        return found

    def _members(self, verb: Token, clause: VerbClause) -> list[int]:
        """ "The Governments of A, B and C attribute …", "… was attributed by the
        governments of A and B": each state of the group named."""
        r = self.reader
        found = agents(verb) if clause.passive else [subject(verb)]
        return [e for t in found if t is not None for e in members(r, t) if r.cls(e) in PARTIES]

    def _found_culprit(self, clause: VerbClause) -> None:
        """ "Japan said the Kessel Group was behind the theft", "the United States
        assesses that X is responsible for the attack", "X was behind the attack, the
        ministry said": the party that states the finding accuses the culprit."""
        r, verb = self.reader, clause.verb
        findings = [c for c in verb.children if c.dep_ == "ccomp"]
        if verb.dep_ == "parataxis" or (verb.dep_ == "ccomp" and verb.head.i < verb.i):
            findings.append(verb.head)  # "X, Canada said, was behind …", "X was …, it said"
        # the culprits first: most sayings name none, and the speakers and modality cost
        found = [t for c in findings for t in culprits(r, c)]
        if not found or clause.modality != "asserted":
            return
        speakers = [a for a in clause.subjects if r.cls(a) in PARTIES]
        for a in speakers or self._we(subject(verb)):
            for t in dict.fromkeys(found):
                if a != t and r.cls(t) in PARTIES:
                    r.fact(
                        a, "accuses", t, clause.sent, "accuses.found_culprit.v1", 0.6, "asserted"
                    )

    def _stated_culprit(self, wrong: Token, sent: Span) -> None:
        """ "The GRU was behind the attack." in a government's own statement: the
        issuing state states the finding (under a verb of saying, its speaker does:
        :meth:`_found_culprit`; in a prosecutor's release it is the charge)."""
        r = self.reader
        if wrong.dep_ != "pobj" or wrong.head.lower_ not in {"behind", "for"}:
            return
        clause = wrong.head.head
        if wrong.head.lower_ == "for" and clause.lower_ in ACCOUNTABLE_WORDS:
            clause = clause.head  # "X is responsible for the attack"
        if clause.lemma_.lower() != "be" or clause.dep_ != "ROOT":
            return
        state = state_issuer(r)
        if state is None or modality(clause, sent) != "asserted":
            return
        for t in culprits(r, clause):
            if t != state and r.cls(t) in PARTIES - {"Location"}:
                r.fact(state, "accuses", t, sent, "accuses.stated_culprit.v1", 0.55, "asserted")

    def _attribution(self, noun: Token, sent: Span) -> None:
        """ "Australia announced its attribution of the campaign to X", "the United
        Kingdom's attribution of the attacks to X", "the attribution of X to Y by A"."""
        r = self.reader
        if not names_wrong(attributed(noun)):
            return
        accused = laid_on(r, noun)
        if not accused:
            return
        owners = [c for c in noun.children if c.dep_ == "poss"]
        actors = [e for c in owners if c.pos_ != "PRON" for e in parties(r, c)]
        if not actors and owners and noun.dep_ == "dobj":
            # "announced its attribution": the one announcing
            actors = parties(r, subject(noun.head)) or self._we(subject(noun.head))
        # "the attribution of X to Y by A": "by" after "to Y" (before it, "the attack
        # by Z" names the attacker)
        to_y = max(
            (m.end for m in r.mentions if m.entity in accused and m.start > noun.i), default=0
        )
        actors += [e for e in laid_on(r, noun, "by", to_y) if e not in accused]
        mood = modality(noun.head if noun.dep_ == "dobj" else noun, sent)
        for a in dict.fromkeys(actors):
            for t in accused:
                if a != t and r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    r.fact(a, "accuses", t, sent, "accuses.attribution.v1", 0.6, mood)

    def _we(self, token: Token | None) -> list[int]:
        """ "We will hold Russia accountable": in a government's release, its state."""
        r = self.reader
        if token is None or token.lower_ != "we" or issuer(r) is None:
            return []
        state = r.state()
        return [state] if state is not None else []

    def _alleges(self, clause: VerbClause) -> bool:
        """ "The regulator alleges that X inflated its profits": Y accuses X."""
        r = self.reader
        actors = [a for a in clause.subjects if r.cls(a) in PARTIES]
        if clause.passive:
            return False
        subj = subject(clause.verb)
        if not actors and subj is not None and subj.lemma_.lower() in FILING_NOUNS:
            # "The complaint alleges that X inflated …": whoever filed it
            actors = self._filer(subj)
        accused = [
            e
            for c in clause.verb.children
            if c.dep_ == "ccomp" and _stated(c)
            for e in parties(r, subject(c))
            if r.cls(e) in {"Person", "Company", "Organization"}
        ]
        # "X alleges that it was cheated by Y": the one who did the wrong
        accused += [
            e
            for c in clause.verb.children
            if c.dep_ == "ccomp" and c.lemma_.lower() in HARM_VERBS
            for a in agents(c)
            for e in parties(r, a)
            if e not in accused
        ]
        verb = clause.verb
        if verb.dep_ == "relcl" and any(
            c.lower_ in {"which", "who", "whom"} for c in verb.children
        ):
            # "X, which the Treasury claims operated …": the claim is about X (the
            # parse may make the pronoun the claim's subject or object)
            about = [
                e
                for e in r.entities(verb.head)
                if r.cls(e) in {"Person", "Company", "Organization"}
            ]
            accused += [e for e in about if e not in accused]
            actors = [
                e
                for c in verb.children
                if c.dep_ == "nsubj" and c.lower_ not in {"which", "who"}
                for e in r.entities(c)
                if r.cls(e) in PARTIES
            ]
        for a in actors:
            for t in accused:
                if t == a:
                    continue  # "X claims it did nothing wrong": no accusation
                r.fact(a, "accuses", t, clause.sent, "accuses.alleges.v1", 0.6, "asserted")
        return bool(accused)

    def read_noun(self, noun: Token, sent: Span) -> None:
        """ "Y filed a lawsuit against X", "a complaint filed against X by Y"."""
        r = self.reader
        if noun.lemma_.lower() == "attribution":
            self._attribution(noun, sent)
            return
        if noun.lemma_.lower() in ATTACK_NOUNS:
            self._stated_culprit(noun, sent)
            return
        targets = against(r, noun)
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in BRING_VERBS:
            # "filed a lawsuit against X": the parse hangs the phrase on the verb
            targets += [e for t in preps(noun.head, "against") for e in parties(r, t)]
            if not targets:
                # "filed a lawsuit in the U.S. District Court for the District of Y
                # against A, B, C and D": the phrase hung deeper, its list split up
                targets = _against_run(r, noun)
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in FACE_VERBS:
            # "X faces a lawsuit from Y": X is accused by whoever brought it
            accusers = bringers(r, noun) or [
                e for t in preps(noun.head, "from", "by") for e in parties(r, t)
            ]
            for a in accusers:
                for t in parties(r, subject(noun.head)):
                    if r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                        r.fact(
                            a,
                            "accuses",
                            t,
                            sent,
                            "accuses.faced.v1",
                            0.7,
                            modality(noun.head, sent),
                        )
        if not targets:
            named = _named_in_case(r, noun)
            if named:
                # "the department's historic Veltra antitrust case": a government's case
                # named after the company it is against
                for a in named[0]:
                    for t in named[1]:
                        r.fact(
                            a, "accuses", t, sent, "accuses.case_named.v1", 0.6,
                            modality(noun, sent),
                        )  # fmt: skip
                return
            self._same_suit(noun, sent)
            return
        self._sued = targets
        actors = bringers(r, noun)
        head = noun.head
        if not actors and noun.dep_ == "dobj" and head.lemma_.lower() in BRING_VERBS:
            actors = parties(r, _subject_past_heading(head))
        if not actors and noun.dep_ == "pobj" and head.lower_ == "against":
            return  # "the case against X" alone names no accuser
        if not actors and noun.dep_ == "dobj" and head.lemma_.lower() in BRING_VERBS:
            actors = [e for t in preps(head, "by") for e in r.entities(t)]
        if not actors and noun.dep_ == "dobj" and head.lemma_.lower() in BRING_VERBS:
            actors = self._the_department(subject(head))
        mod = modality(head if noun.dep_ == "dobj" else noun, sent)
        for a in actors:
            for t in targets:
                if r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    r.fact(a, "accuses", t, sent, "accuses.noun.v1", 0.7, mod)

    def _the_department(self, token: Token | None) -> list[int]:
        """ "The department filed a lawsuit against X" in a Justice Department release:
        the prosecuting department the release speaks for."""
        r = self.reader
        if token is None or token.lemma_.lower() != "department":
            return []
        if not any(c.lower_ == "the" for c in token.children):
            return []
        if issuer_kind(r.doc.user_data.get(SOURCE_KEY)) != "prosecutor":
            return []
        prosecutor = r.prosecutor()
        return [prosecutor] if prosecutor is not None else []

    def _filer(self, filing: Token) -> list[int]:
        """Who filed a complaint, indictment or lawsuit, as its own phrase names them
        ("the SEC's complaint", "the complaint filed by Y"). Not the article's
        prosecutors: the gold reads "the indictment alleges that X …" in a release as
        the charge it is, not as an accusation."""
        r = self.reader
        return [e for e in bringers(r, filing) if r.cls(e) in PARTIES]

    def _same_suit(self, noun: Token, sent: Span) -> None:
        """ "X filed the suit in a US court": the suit the article spoke of, against
        whom it was."""
        r, head = self.reader, noun.head
        definite = any(c.lower_ in {"the", "this"} for c in noun.children if c.dep_ == "det")
        if not (self._sued and definite and noun.dep_ == "dobj"):
            return
        if head.lemma_.lower() not in BRING_VERBS:
            return
        for a in parties(r, subject(head)):
            if a in self._sued:
                continue  # "it filed the lawsuit": not one of those it is against
            for t in self._sued:
                if r.cls(a) in PARTIES and r.cls(t) in PARTIES:
                    r.fact(a, "accuses", t, sent, "accuses.same_suit.v1", 0.6, modality(head, sent))


def _named_in_case(r, case: Token) -> tuple[list[int], list[int]] | None:  # type: ignore[no-untyped-def]
    """(bringers, targets) of "the department's Veltra antitrust case": a government's
    case (its possessive) with a company or person named before the case noun."""
    if case.lemma_.lower() not in {"case", "lawsuit", "suit"}:
        return None
    # the possessive may hang on the case or on the name before it
    mods = [case] + [c for c in case.children if c.dep_ in {"compound", "nmod"}]
    owners = [e for m in mods for c in m.children if c.dep_ == "poss" for e in r.entities(c)]
    owners = [e for e in owners if r.cls(e) == "Government"]
    pronoun = next((c for m in mods for c in m.children if c.lower_ in {"its", "their"}), None)
    if not owners and pronoun is not None:
        # "the department said its … case": the government named last before "its"
        before = [m for m in r.mentions if m.start < pronoun.i and pronoun.i - m.start < 60]
        gov = [m.entity for m in before if r.cls(m.entity) == "Government"]
        owners = gov[-1:]
    if not owners:
        return None
    named = [
        e
        for c in case.children
        if c.dep_ in {"compound", "nmod"} and c.i < case.i
        for e in r.entities(c)
        if r.cls(e) in {"Company", "Person", "Organization"}
    ]
    return (owners, list(dict.fromkeys(named))) if named else None


def _against_run(r: ArticleReader, case: Token) -> list[int]:
    """The names listed after the first "against" in the phrases of the verb that
    brings ``case`` ("… against A, B (USA), C, which does business as X, D and E"): a
    list read word by word, as the parse may scatter it; a relative clause inside is
    passed over, anything else ends the list."""
    verb = case.head
    start = next(
        (t.i for t in verb.subtree if t.i > case.i and t.lower_ == "against" and t.dep_ == "prep"),
        None,
    )
    if start is None:
        return []
    doc, sent_end = verb.doc, verb.sent.end
    found: list[int] = []
    i = start + 1
    while i < sent_end:
        mention = r.index.get(i)
        word = token_table(doc).lower[i]
        if mention is not None:
            if r.cls(mention.entity) in {"Person", "Company", "Organization"}:
                found.append(mention.entity)
            i = max(mention.end, i + 1)
        elif word in {",", "and", "&", "(", ")", "the"} or doc[i].pos_ == "PROPN":
            i += 1  # a name the tagger missed is passed over, the list goes on
        elif word in {"which", "who"} and found:
            while i < sent_end and token_table(doc).text[i] != ",":
                i += 1  # ", which does business as X," describes the name before
        else:
            break
    return list(dict.fromkeys(found))


def _acting_before(r: ArticleReader, sent: Span, accused: list[int]) -> list[int]:
    """The government that is the subject of the sentence before, when that sentence
    names one of the accused too ("The Commission opened a case against X.")."""
    if sent.start == 0:
        return []
    before = sent.doc[sent.start - 1].sent
    if not any(m.entity in accused for m in r.mentions if before.start <= m.start < before.end):
        return []
    return [e for e in r.entities(subject(before.root)) if r.cls(e) == "Government"]


def _stated(clause: Token) -> bool:
    """A that-clause ("alleges that X inflated …"), or one whose subject is a relative
    pronoun ("X, which the Treasury claims operated …")."""
    before = [t for t in clause.children if t.i < clause.i]
    return any(t.lower_ == "that" for t in before) or any(
        t.dep_ in {"nsubj", "nsubjpass"} and t.lower_ in {"which", "who"} for t in before
    )


def _subject_past_heading(verb: Token) -> Token | None:
    """The verb's subject, passing over a heading the sentencizer glued to the sentence
    ("Background\n\nIn 1998, the department filed suit …")."""
    subj = subject(verb)
    doc = verb.doc
    nxt = doc[subj.i + 1] if subj is not None and subj.i + 1 < len(doc) else None
    if subj is not None and nxt is not None and nxt.is_space and "\n" in nxt.text:
        later = [c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i]
        return later[0] if later else None
    return subj
