"""Charges: indictments, convictions, guilty pleas and sentences.

"A federal jury convicted X", "X was indicted by a grand jury", "the jury found X
guilty", "X pleaded guilty" (the prosecutors of the article charged X), and a
charge with no actor named ("X was charged in an indictment filed in the District
of Y") takes the court named in its phrases or whoever charged last.

Release forms: "sentenced by U.S. District Judge Y of the District of Z" (the
judge's district), "the jury found that A and B conspired …", "the indictment charges
X" with the jury the article says returned it, "the four defendants are charged …"
(those charged before), "charging A, 40, a former employee of Y, and B".

Nominal and news forms: "X faced charges from the SEC", "the SEC brought charges
against X", "charges (of fraud) brought by the regulator", "in a US court, X pleaded
guilty", "the FTC charged that X and Y mislabelled …", "an indictment a grand jury
handed down … the three indicted were named as A, B and C", "a court in Paris
jailed X" (courts and prosecutors by their seat, jail/imprison as sentencing), "the
U.S. Attorney's office in Manhattan charged X"; and a release's closing "The case is
being prosecuted by the U.S. Attorney's Office for … together with the Z Section"
(the bodies named charge the article's defendants).

Charges whose charger is not in the clause (:mod:`kg.extract.frames.charge_context`):
"if convicted, A and B each face up to 20 years" and "according to court documents,
A, 52, of Y, shipped …" (the indictment's grand jury, else whoever charged last), "an
indictment was unsealed in the District of Y charging X" (that court), and in a
prosecutor's release that names no prosecuting body, the district it names.
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.symbols import VERB
from spacy.tokens import Span, Token

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.charge_attorney import attorney_district
from kg.extract.frames.charge_context import (
    SOURCE_CASES,
    according_to_case,
    aged,
    case_verb,
    floated_names,
    penalty_faced,
    prosecutor_office,
    stated_before,
)
from kg.extract.frames.charge_indictment import (
    case_filing,
    case_returners,
    in_other_case,
    indictment_names,
    named_beside_defendant,
    sentencing_to_come,
)
from kg.extract.frames.issuer import SOURCE_KEY, issuer_kind
from kg.extract.frames.legal import (
    ACTING,
    actor_entities,
    against,
    bringers,
    clause_parties,
    court_entity,
    known_surname,
    parties,
    reporter,
)
from kg.extract.frames.legal_words import (
    BRING_VERBS,
    CASE_NOUNS,
    COURT_NOUNS,
    COURT_QUALIFIERS,
    FACE_VERBS,
    JAIL_VERBS,
    PROSECUTION_NOUNS,
)
from kg.extract.frames.nearby import near_children
from kg.extract.frames.pronoun import person_referent, personal
from kg.extract.frames.reader import ACTOR_CLASSES, ArticleReader
from kg.extract.frames.role_release import containers
from kg.extract.frames.syntax import (
    agents,
    children,
    conjuncts,
    modality,
    negated,
    preps,
    sentence_words,
    subject,
)
from kg.extract.lexicon import CHARGE_VERBS, PROSECUTOR_WORDS, count_of
from kg.extract.tokens import token_table
from kg.model import Modality

#: Who can be charged.
CHARGEABLE = frozenset({"Person", "Company", "Organization"})

#: A charge's confidence by where its charger comes from: named as the clause's actor
#: (subject, agent, "charges from/by" phrase); named in the clause's other phrases (a
#: court "in the District of X", the jury the article says returned the indictment);
#: taken from elsewhere in the document (whoever charged last, the grand jury the article
#: names, the releasing prosecutors, the release's district). On the tuned-on gold sets
#: the charge frame was right 0.93-1.0 of the time and its document-inferred chargers 9
#: of 10 (bench/rule_precision.py): all three tiers are well above the 0.55-0.6 they
#: were stated at, and the order says what a charger taken from another sentence risks
#: (an article about two prosecutions).
CHARGER_NAMED, CHARGER_IN_PHRASES, CHARGER_FROM_DOCUMENT = 0.85, 0.75, 0.7

#: Nouns of a court's verdict on someone: "X's conviction by Y", "Y's conviction of X".
VERDICT_NOUNS = frozenset({"conviction"})


class ChargeFrame(Frame):
    verbs = CHARGE_VERBS | JAIL_VERBS | {"find", "plead", "hand", "return", "name", "order", "face"}
    nouns = (
        frozenset(n for n, p in CASE_NOUNS.items() if p == "charges")
        | {"defendant"}
        | VERDICT_NOUNS
        | SOURCE_CASES
    )

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        super().__init__(reader)
        self._last_charger: int | None = None  # who charged someone last in the article
        self._charged: list[int] = []  # whom a named body charged, in order
        self._returner: int | bool | None = False  # who returned the indictment (cached)
        self._jury: int | bool | None = False  # the grand jury the article names (cached)
        self._court: int | bool | None = False  # the district the article names most (cached)
        self._attorney: int | bool | None = False  # a named U.S. Attorney's district (cached)
        self._colons: list[int] | None = None  # the article's colons, found on first use

    def read_verb(self, clause: VerbClause) -> bool:
        r, verb, lemma, sent = self.reader, clause.verb, clause.lemma, clause.sent
        if lemma == "order":
            self._trial_ordered(clause)
            return False  # "ordered X to pay": the sanction frame's to read too
        if lemma in {"hand", "return"}:
            return self._handed_down(clause)
        if lemma == "face":
            return self._faces_penalty(clause)
        if lemma == "name":
            return self._named_as(clause) or self._indictment_names(clause)
        if lemma == "find" and not guilty(verb, lemma):
            return self._found_that(clause)
        if lemma not in CHARGE_VERBS | JAIL_VERBS and not guilty(verb, lemma):
            return False
        if sentencing_to_come(verb):
            return True  # "faces 20 years when he is sentenced on May 3": not yet passed
        if lemma == "prosecute" and clause.passive and _the_case(subject(verb)):
            return self._case_prosecuted_by(clause)
        actors, patients = clause.actors, clause.patients
        passive = clause.passive or _passive_conjunct(verb)
        if not (actors and patients) or passive != clause.passive:
            actors, patients = clause_parties(r, verb, passive)
        rule = f"charges.verb.{lemma}.v1"
        repaired = _object_parsed_as_subject(r, verb) if not passive else None
        if repaired is not None:
            # "a jury sitting in Salem, Oregon, convicted X": X parsed as a second subject
            actors, patients = repaired
            rule = "charges.verb.object_as_subject.v1"
        charged_token = subject(verb) if passive else next(iter(children(verb, "dobj")), None)
        patients += [p for p in _listed(r, charged_token) if p not in patients]
        if not patients:
            # "charged three executives of X, A, B and C": the parse joins the names
            # to X; the count says they are the executives
            patients = _counted_members(r, charged_token)
        if not patients:
            # "Marsh was charged …": a surname the tagger missed at a sentence start
            patients = known_surname(r, charged_token)
        if not patients:
            # "A co-defendant, X, was charged …": the name beside the noun
            patients = named_beside_defendant(r, verb)
        if charged_token is not None and personal(charged_token) and repaired is None:
            # "X pleaded guilty before Judge Y. He was sentenced …": he is X, not Y
            ref = person_referent(r, charged_token)
            patients = [ref] if ref is not None else []
        appearance = _appearance(verb) if lemma == "charge" else None
        if appearance is not None:
            # "X appeared at Y Crown Court charged with fraud": X is charged, before that
            # court (else by whoever the fallbacks below find)
            patients = parties(r, subject(appearance))
            actors = _court_appeared_at(r, appearance)
            rule = "charges.appeared_charged.v1"
        if _defendants_noun(subject(verb)):
            # "The four defendants are charged with …": the ones charged before; "The
            # defendants, A and B, are charged …": the ones named beside the noun
            named = _named_defendants(r, subject(verb))
            patients = named or list(self._charged)
        in_district = pleaded_to = filer_from_document = False
        filed = case_filing(r, verb) if lemma == "charge" and not passive else None
        if filed is not None:
            # "the department filed an information in the District Court charging X":
            # who filed it charges (else the release's prosecutors), not the court
            filers, courts = filed
            actors = filers or [a for a in actors if a not in courts]
            if not actors:
                # "A complaint filed in the Central District of X charges Z": a district
                # named bare is its U.S. Attorney's office, which brought the case (as in
                # "charged in a complaint filed in the District of X"); a court is not
                actors = [c for c in courts if _bare_district(r.clusters[c].name)]
                in_district = bool(actors)
            if not actors and self._release_prosecutor() is not None:
                actors = [self._release_prosecutor()]  # type: ignore[list-item]
                rule = "charges.filed.prosecutor.v1"
                filer_from_document = True
            if not actors:
                return True
        modality = clause.modality
        # the court appeared before is named, but beside the charge, not as its actor
        confidence = CHARGER_NAMED if appearance is None else CHARGER_IN_PHRASES
        confidence = CHARGER_IN_PHRASES if in_district else confidence
        # the charger taken from elsewhere in the document (the grand jury it names, whoever
        # charged last, the releasing prosecutors, the release's district), not from this
        # sentence: it is not remembered as the article's charger
        from_document = filer_from_document
        if from_document:
            confidence = CHARGER_FROM_DOCUMENT  # the papers' filer, from the release's issuer
        if lemma == "plead":
            # "X pleaded guilty before Judge Y in the Southern District of Z"; the
            # prosecutors who brought the case charged X too (those of the district the
            # article names, where it names no prosecuting body: a plea is to a court's
            # charge)
            actors, patients = [], clause.subjects or parties(r, subject(verb))
            patients = patients or known_surname(r, subject(verb))
            pleader = subject(verb)
            if pleader is not None and personal(pleader):
                ref = person_referent(r, pleader)  # "He pleaded guilty": not the judge
                patients = [ref] if ref is not None else []
            # "Veltra and its president, Tom Ng, pleaded guilty": the list's names
            patients += [p for p in _listed(r, subject(verb)) if p not in patients]
            prosecutor = _first(self._release_prosecutor(), self._venue())
            pleaded_to = prosecutor is not None
            district = self._attorney_district(prosecutor)
            for p in patients:
                if r.cls(p) in CHARGEABLE:
                    self._remember(p)  # a defendant the prosecutors named later charged
                if prosecutor is not None and r.cls(p) in ACTOR_CLASSES - {"Government"}:
                    r.fact(
                        prosecutor, "charges", p, sent, "charges.plea.prosecutor.v1",
                        CHARGER_FROM_DOCUMENT, modality,
                    )  # fmt: skip
                if district is not None and r.cls(p) in ACTOR_CLASSES - {"Government"}:
                    # "said U.S. Attorney X for the District of Y": that office prosecuted
                    r.fact(
                        district, "charges", p, sent, "charges.plea.attorney_district.v1",
                        CHARGER_FROM_DOCUMENT, modality,
                    )  # fmt: skip
        elif lemma == "find" and not patients:
            # "the jury found X guilty": X is the small clause's subject
            patients = [
                e
                for c in verb.children
                if c.lower_ == "guilty" or c.dep_ in {"ccomp", "oprd", "xcomp"}
                for e in r.entities(subject(c))
            ]
        elif not patients and not clause.passive:
            # "the FTC charged in a complaint that X and Y mislabelled …": a charge, and
            # what it states of X and Y an accusation
            patients = _that_clause_subjects(r, verb)
            for a in actors if lemma == "charge" else []:
                for p in patients:
                    if r.cls(a) == "Government" and modality == "asserted":
                        r.fact(a, "accuses", p, sent, "accuses.charged_that.v1", 0.6, modality)
        if actors and all(r.cls(a) == "Person" for a in actors) and _by_judge(verb):
            # "sentenced by U.S. District Judge X (of the District of Y)": a judge acts
            # for the court, found below
            actors = []
        if not actors and verb.dep_ == "acl":
            # "a grand jury returned an indictment charging X": who returned it
            actors = _case_bringers(r, verb.head)
        if not actors:
            # "a grand jury returned an indictment today charging X": the parse hangs
            # the participle on the returning verb
            actors = case_returners(r, verb)
        unsealed = case_verb(verb) if not actors else None
        if unsealed is not None:
            # "An indictment was unsealed today in the District of Y charging X": the
            # court named in the unsealing verb's own phrases (not the participle's)
            actors = _court_of_phrases(r, unsealed, exclude=patients)
            confidence = CHARGER_IN_PHRASES
        if not actors:
            # "charged in an indictment filed in the District of X": the court named
            # in the verb's own phrases or its subject's ("an indictment filed in…"),
            # else whoever charged last in the article
            actors = self._body_in_phrases(verb, exclude=patients)
            subj = subject(verb)
            if not actors and subj is not None and subj.i not in r.index:
                actors = self._body_in_phrases(subj, exclude=patients)
            confidence = CHARGER_IN_PHRASES
            if not actors and not pleaded_to:
                # "in a US court, X pleaded guilty": a court described, not named (where
                # no prosecutors are known to have brought the case the plea answers)
                actors = _court_in_phrases(r, verb)
            if not actors:
                # "X was charged with fraud, prosecutors in Milan said": the body that
                # reports the charge brought it
                actors = _reporting_body(r, verb, lemma)
                rule = "charges.verb.reported.v1" if actors else rule
            if not actors and in_other_case(verb):
                return True  # "charged in a separate indictment": not this case's charger
            indicted = lemma == "indict" or (lemma == "charge" and _case_charged(verb, subj))
            if not actors and indicted:
                # "The indictment charges X" / "X was charged in an indictment": the
                # jury the article says returned the indictment, else the grand jury it
                # names anywhere (an indictment is a grand jury's)
                returner = self._indictment_returner()
                actors = [returner] if returner is not None else []
                jury = self._grand_jury() if returner is None else None
                if jury is not None:
                    actors, confidence, from_document = [jury], CHARGER_FROM_DOCUMENT, True
            if not actors and self._last_charger is not None and lemma != "plead":
                actors, from_document = [self._last_charger], True
                confidence = CHARGER_FROM_DOCUMENT
            if not actors and lemma in VERDICT_LEMMAS:
                # "Y Crown Court heard that X stole … X was jailed for six years": the
                # court named in this sentence or the one before
                actors = _named_court_nearby(r, sent)
                if actors:
                    confidence, from_document = CHARGER_FROM_DOCUMENT, True
                    rule = "charges.verdict.court_nearby.v1"
            prosecutor = self._release_prosecutor()
            if not actors and prosecutor is not None and lemma in {"charge", "indict"}:
                # "X was charged today": the prosecutors whose release it is
                actors, confidence, from_document = [prosecutor], CHARGER_FROM_DOCUMENT, True
            release = issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor"
            if not actors and release and lemma in {"convict", "sentence", "find"}:
                # "X was found guilty by U.S. District Judge Y", "X was sentenced today":
                # a verdict of the court of the district the release is about
                district = self._district()
                if district is not None:
                    actors, confidence, from_document = [district], CHARGER_FROM_DOCUMENT, True
                    rule = "charges.verdict.district.v1"
        for a in actors:
            if r.cls(a) not in {"Government", "Location"}:
                continue
            r.promote(a)
            if not from_document and modality == "asserted" and (patients or lemma != "prosecute"):
                # "a federal jury found two nationals guilty": the jury acts on in
                # later sentences ("X and Y were convicted of …"); not "the Division
                # will find and prosecute those who …", a pledge naming no case
                self._last_charger = a
            for p in patients:
                if r.cls(p) in CHARGEABLE:
                    r.fact(a, "charges", p, sent, rule, confidence, modality)
                    if not from_document:
                        self._last_charger = a
                        self._remember(p)
            if not patients:
                continue
            # "X was charged along with A, B and C": the co-defendants too
            for p in _along_with(r, verb, exclude=patients):
                r.fact(a, "charges", p, sent, "charges.verb.along_with.v1", confidence - 0.05,
                       modality)  # fmt: skip
                self._remember(p)
        return True

    def read_sentence(self, sent: Span) -> None:
        """ "The five individuals charged in the indictment are:" / "The indictment also
        names five companies as defendants:" and a bulleted list after it ("- A, 54, of
        Y. …"): whoever charged last charged each name that opens a bullet."""
        doc = self.reader.doc
        table = token_table(doc)
        text = table.text
        if self._colons is None:
            self._colons = table.where_lower(doc, {":"})
        colons = self._colons
        # the heading's colon, at the sentence's end or before a line break (the
        # sentencizer often keeps the first bullet with its heading); the article's
        # colons bisected: no test for every word of every sentence
        last = next(
            (
                i
                for i in colons[bisect_left(colons, sent.start) : bisect_left(colons, sent.end)]
                if i == sent.end - 1 or (not text[i + 1].strip() and "\n" in text[i + 1])
            ),
            -1,
        )
        if last < 0:
            return
        words = sentence_words(sent)
        if not words & {"defendant", "defendants", "charged", "indicted"}:
            return
        charger = self._known_charger()
        if charger is None:
            return
        for p in _bulleted(self.reader, last + 1):
            self.reader.fact(
                charger,
                "charges",
                p,
                sent,
                "charges.bullets.v1",
                CHARGER_FROM_DOCUMENT,
                modality(doc[last], sent),
            )
            self._remember(p)

    def _case_prosecuted_by(self, clause: VerbClause) -> bool:
        """ "The case is being prosecuted by the U.S. Attorney's Office for the District
        of Y together with the Z Section", "… by Assistant U.S. Attorney A of the
        District of Y and Trial Attorney B of the Z Section": each body named in the
        by-phrase charged the article's defendants (those charged or pleading guilty
        before)."""
        r, verb = self.reader, clause.verb
        # the bodies the by-phrase names outright, not the offices of prosecutors it
        # names ("by Assistant U.S. Attorney A of the District of Y": A's office is
        # seldom filed as the charger)
        named = [t for a in agents(verb) for t in children(a, "pobj")]
        named += [
            t
            for w in children(verb, "prep")
            if w.lower_ == "with" and any(c.lower_ in {"together", "along"} for c in w.children)
            for t in children(w, "pobj")
        ]  # "… together with the Z Section"
        bodies: list[int] = []
        for t in named:
            for e in r.entities(t):
                if r.cls(e) == "Government" and e not in bodies:
                    bodies.append(e)
        # "the Justice Department's National Security Division Counterespionage
        # Section": the section prosecutes, not the division and department around it
        around = containers(r, bodies)
        bodies = [b for b in bodies if b not in around]
        for body in bodies:
            for p in self._charged:
                r.fact(
                    body, "charges", p, clause.sent, "charges.case_prosecuted_by.v1", 0.6,
                    clause.modality,
                )  # fmt: skip
        return bool(bodies and self._charged)

    def _faces_penalty(self, clause: VerbClause) -> bool:
        """ "If convicted, X faces up to 20 years in prison", "A and B each face a
        maximum penalty of …": those who face a sentence are charged, by whoever the
        article says charged (else, in a prosecutor's release, its prosecutors). "The
        defendants face …" names no one new."""
        r, verb = self.reader, clause.verb
        subj = subject(verb)
        if subj is None or not penalty_faced(verb) or stated_before(verb):
            return False
        if personal(subj):
            ref = person_referent(r, subj)  # "If convicted, he faces …"
            faced = [ref] if ref is not None else []
        else:
            faced = clause.subjects or parties(r, subj)
            faced += [p for p in _listed(r, subj) if p not in faced]
            for named in floated_names(subj):
                # "If convicted, A and B each face …" parsed with "each" as the subject
                faced += [p for p in parties(r, named) + _listed(r, named) if p not in faced]
        faced = [p for p in faced if r.cls(p) in CHARGEABLE]
        # the penalty is the indictment's: its grand jury, else whoever charged last
        charger = _first(self._indictment_returner(), self._last_charger, self._grand_jury())
        charger = charger if faced else None
        release = issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor"
        if charger is None and faced and release:
            charger = self._release_prosecutor()
        if charger is None:
            return False
        # "if convicted" makes the sentence, not the charge, a possibility
        mod: Modality = "negated" if clause.modality == "negated" else "asserted"
        for p in faced:
            r.fact(
                charger, "charges", p, clause.sent, "charges.faces_penalty.v1",
                CHARGER_FROM_DOCUMENT, mod,
            )  # fmt: skip
            self._remember(p)
        return True

    def _according_to_case(self, verb: Token, sent: Span) -> None:
        """ "According to court documents, A, 52, of Y, and B, 47, shipped …": the
        people the case papers introduce by age as the subjects of what they did are its
        defendants, charged by the grand jury that returned the indictment, else whoever
        charged last (else, in a prosecutor's release, its prosecutors)."""
        r = self.reader
        subj = subject(verb)
        if subj is None or any(c.dep_ == "auxpass" for c in verb.children):
            return  # "X was defrauded": a victim, not a defendant
        # a release introduces its defendants by age ("A, 52, of Y"); what the papers say
        # a firm or an unaged person did ("AMSC developed software") may be a victim's
        named = [
            m.entity
            for t in [subj, *conjuncts(subj, {"conj", "appos"})]
            if (m := r.index.get(t.i)) is not None and aged(m.span)
        ]
        named = list(dict.fromkeys(p for p in named if r.cls(p) == "Person"))
        if not named:
            return
        charger = _first(self._indictment_returner(), self._last_charger)
        if charger is None and issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor":
            charger = self._release_prosecutor()
        if charger is None:
            return
        for p in named:
            r.fact(
                charger, "charges", p, sent, "charges.according_to_case.v1",
                CHARGER_FROM_DOCUMENT, "negated" if negated(verb) else "asserted",
            )  # fmt: skip
            self._remember(p)

    def _release_prosecutor(self) -> int | None:
        """The article's prosecutors (:meth:`ArticleReader.prosecutor`); in a
        prosecutor's release that names no prosecuting body, the judicial district it
        names most ("U.S. Attorney X of the District of Y announced …": the office of
        that district prosecutes), also where the only prosecutor named is a joint one."""
        r = self.reader
        prosecutor = r.prosecutor()
        if prosecutor is not None and " and " in r.clusters[prosecutor].name:
            prosecutor = None  # "the Departments of Justice and Commerce": no one body
        if prosecutor is None and issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor":
            prosecutor = self._district()
        return prosecutor

    def _attorney_district(self, prosecutor: int | None) -> int | None:
        """The district whose U.S. Attorney the release names (:mod:`charge_attorney`),
        unless the prosecutor already is that district or its office (looked up once)."""
        if self._attorney is False:
            self._attorney = attorney_district(self.reader)
        district = self._attorney if isinstance(self._attorney, int) else None
        if district is None or prosecutor is None:
            return district
        names = self.reader.clusters
        if district == prosecutor or names[district].name in names[prosecutor].name:
            return None
        return district

    def _remember(self, charged: int) -> None:
        if charged not in self._charged:
            self._charged.append(charged)

    def _found_that(self, clause: VerbClause) -> bool:
        """ "The jury found that A, his company B, and C conspired to …": a jury's
        finding against the subjects of its that-clause is a conviction (not "found that
        X did not …"); a court's only where it found that X violated or conspired (its
        findings are as often civil)."""
        r, verb = self.reader, clause.verb
        subj = subject(verb)
        if subj is None or subj.lemma_.lower() not in {"jury", "court"}:
            return False
        court = court_entity(r, subj)
        if court is None:
            return False
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        if any(t.dep_ == "neg" or t.lower_ == "acquitted" for c in clauses for t in c.children):
            return False
        rule, confidence = "charges.found.v1", 0.7
        if subj.lemma_.lower() == "court":
            # a court's findings are as often civil: only "the court found that X
            # violated / conspired …", a ruling against X
            if not any(c.lemma_.lower() in _VIOLATION_VERBS for c in clauses):
                return False
            rule, confidence = "charges.found.court.v1", 0.6
        found = False
        found_against = _that_clause_subjects(r, verb)
        for c in clauses:
            found_against += [p for p in _listed(r, subject(c)) if p not in found_against]
        for p in found_against:
            r.fact(court, "charges", p, clause.sent, rule, confidence, clause.modality)
            self._remember(p)
            found = True
        if found:
            r.promote(court)
            self._last_charger = court
        return found

    def _district(self) -> int | None:
        """The judicial district the article names most ("the District of Oregon",
        "U.S. District Court for the Western District of X"), if any (looked up once)."""
        if self._court is False:
            r = self.reader
            best: tuple[int, int] | None = None
            for i, c in enumerate(r.clusters):
                district = c.cls == "Government" and "district" in c.name.lower().split()
                if district and (best is None or len(c.mentions) > best[0]):
                    best = (len(c.mentions), i)
            self._court = best[1] if best is not None else None
        return self._court if isinstance(self._court, int) else None

    def _venue(self) -> int | None:
        """The district an article names more than once, its case's venue (a district
        named once, as a prosecutor's in "prosecuted by Assistant U.S. Attorney A of the
        District of Y", is no charger of its own)."""
        district = self._district()
        if district is None or len(self.reader.clusters[district].mentions) < 2:
            return None
        return district

    def _grand_jury(self) -> int | None:
        """The grand jury the article names ("a federal grand jury in Toledo"), if any."""
        if self._jury is False:
            r = self.reader
            self._jury = None
            for i, c in enumerate(r.clusters):
                if c.cls == "Government" and "grand jury" in c.name.lower():
                    self._jury = i
                    break
        return self._jury if isinstance(self._jury, int) else None

    def _known_charger(self) -> int | None:
        """Who charges defendants a sentence names without an actor: the last charger
        read, else the jury the article says returned the indictment, else the grand
        jury it names anywhere."""
        if self._last_charger is not None:
            return self._last_charger
        # entity indices start at 0: test for None, not truth
        returner = self._indictment_returner()
        return returner if returner is not None else self._grand_jury()

    def _indictment_returner(self) -> int | None:
        """The grand jury an article says returned or handed down its indictment ("The
        indictment was returned by a federal grand jury in Toledo"), wherever it says it;
        looked up once per article, at the first indictment with no actor."""
        if self._returner is False:
            r = self.reader
            self._returner = None
            # the lemma and tag tables: a Token only for a "return"/"hand" verb
            lemmas = r.lower_lemmas
            for i, word in enumerate(lemmas):
                if word not in {"return", "hand"} or r.pos[i] != VERB:
                    continue
                verb = r.doc[i]
                subj = subject(verb)
                if subj is not None and subj.lemma_.lower() == "indictment":
                    returners = agents(verb)  # "The indictment was returned by a grand jury"
                elif any(o.lemma_.lower() == "indictment" for o in children(verb, "dobj")):
                    returners = children(verb, "nsubj")  # "A grand jury returned an indictment"
                else:
                    continue
                courts = [
                    e for t in returners for e in _court_or_actors(r, t) if r.cls(e) in ACTING
                ]
                if courts:
                    self._returner = courts[0]
                    return courts[0]
        return self._returner if isinstance(self._returner, int) else None

    def _handed_down(self, clause: VerbClause) -> bool:
        """ "An indictment a grand jury handed down": the jury is who
        charges the people the article names as indicted."""
        if not clause.passive:
            return False
        subj = subject(clause.verb)
        if subj is None or CASE_NOUNS.get(subj.lemma_.lower()) != "charges":
            return False
        courts = [e for t in agents(clause.verb) for e in actor_entities(self.reader, t)]
        courts = [c for c in courts if self.reader.cls(c) in ACTING]
        if courts:
            self._last_charger = courts[0]
        return bool(courts)

    def _named_in_case(self, clause: VerbClause) -> bool:
        """ "A and B are named in a criminal complaint unsealed today": the case's
        bringer (whoever charged last; in a prosecutor's release, its prosecutors)
        charges them."""
        r, verb = self.reader, clause.verb
        cases = [o for o in preps(verb, "in") if CASE_NOUNS.get(o.lemma_.lower()) == "charges"] + [
            o for o in preps(verb, "in") if o.lemma_.lower() in _FILED_CASES
        ]
        named = [p for p in clause.subjects if r.cls(p) in CHARGEABLE]
        if not cases or not named:
            return False
        charger = self._last_charger
        release = issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor"
        if charger is None and release:
            charger = r.prosecutor()
        if charger is None:
            return False
        for p in named:
            r.fact(
                charger,
                "charges",
                p,
                clause.sent,
                "charges.named_in.v1",
                CHARGER_FROM_DOCUMENT,
                clause.modality,
            )
            self._remember(p)
        return True

    def _named_as(self, clause: VerbClause) -> bool:
        """ "The three indicted were named as A, B and C", "the defendants were named
        as …": the charged are named; whoever charged last charged them."""
        r, verb = self.reader, clause.verb
        subj = subject(verb)
        if clause.passive and self._named_in_case(clause):
            return True
        if not clause.passive or subj is None or self._last_charger is None:
            return False
        charged = subj.lemma_.lower() == "defendant" or any(
            c.dep_ in {"amod", "acl", "relcl"} and c.lemma_.lower() in CHARGE_VERBS
            for c in subj.children
        )
        if not charged:
            return False
        named = [
            e
            for prep in children(verb, "prep")
            if prep.lower_ == "as"
            for t in children(prep, "pobj")
            for e in r.entities(t)
        ]
        for p in named:
            if r.cls(p) in CHARGEABLE:
                r.fact(
                    self._last_charger, "charges", p, clause.sent, "charges.named.v1",
                    CHARGER_FROM_DOCUMENT, clause.modality,
                )  # fmt: skip
                self._remember(p)
        return bool(named)

    def _indictment_names(self, clause: VerbClause) -> bool:
        """ "The indictment names X's president, A, and its sales director, B": whoever
        charged last (else the jury that returned the indictment) charged each name."""
        if clause.passive:
            return False
        named = indictment_names(self.reader, clause.verb)
        charger = self._known_charger() if named else None
        if charger is None:
            return False
        for p in named:
            self.reader.fact(
                charger, "charges", p, clause.sent, "charges.indictment_names.v1",
                CHARGER_FROM_DOCUMENT, clause.modality,
            )  # fmt: skip
            self._remember(p)
        return True

    def read_noun(self, noun: Token, sent: Span) -> None:
        """ "X faced charges from the SEC", "the SEC brought charges against X",
        "charges brought by the regulator against X"."""
        r = self.reader
        if noun.lemma_.lower() == "defendant":
            self._defendants(noun, sent)
            return
        according = according_to_case(noun)
        if according is not None:
            self._according_to_case(according, sent)
            return
        if noun.lemma_.lower() in VERDICT_NOUNS:
            self._verdict(noun, sent)
            return
        head = noun.head
        actors = bringers(r, noun)
        targets = against(r, noun)
        if noun.dep_ in {"dobj", "nsubjpass"} and head.lemma_.lower() in FACE_VERBS:
            targets += [e for e in parties(r, subject(head)) if e not in targets]
            if not actors:
                # "faced charges from the SEC": the parse often hangs the phrase on the verb
                actors = [e for t in preps(head, "from", "by") for e in actor_entities(r, t)]
        elif noun.dep_ == "dobj" and head.lemma_.lower() in _BRINGING:
            if not actors:
                actors = _offices(r, [t for t in [subject(head)] if t is not None])
            targets += [
                e
                for prep in children(head, "prep")
                if prep.lower_ == "against"
                for t in children(prep, "pobj")
                for e in r.entities(t)
            ]
        elif noun.dep_ == "nsubjpass" and head.lemma_.lower() in _BRINGING:
            # "The charges against X were brought by the SEC", "… announced by U.S.
            # Attorney A of the District of Y" (his office)
            if not actors:
                actors = _offices(r, agents(head))
            targets += [e for t in preps(head, "against") for e in r.entities(t)]
        confidence = 0.75
        from_document = False  # set where the charger is not named in the sentence
        if not targets and noun.dep_ == "nsubjpass" and noun.lemma_.lower() in _FILED_CASES:
            # "An indictment was unsealed against A": the parse hangs it on the verb
            targets = [e for t in preps(head, "against") for e in r.entities(t)]
        release = issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor"
        if targets and not actors and noun.lemma_.lower() in _FILED_CASES and release:
            # a prosecutor's release: "An indictment was unsealed today against A and B"
            # is the case of whoever charged last, else of the prosecutors issuing it
            charger = self._last_charger
            charger = charger if charger is not None else r.prosecutor()
            actors = [charger] if charger is not None else []
            confidence = CHARGER_FROM_DOCUMENT
            from_document = True
        if not (actors and targets):
            return
        mod = modality(head if noun.dep_ in {"dobj", "nsubjpass"} else noun, sent)
        for a in actors:
            acting = r.cls(a) in ACTING
            if acting:
                r.promote(a)
            for t in targets:
                if r.cls(t) not in CHARGEABLE | ({"Government"} if not acting else set()):
                    continue
                if acting:
                    rule = "charges.noun.release.v1" if from_document else "charges.noun.v1"
                    r.fact(a, "charges", t, sent, rule, confidence, mod)
                    self._last_charger = a if mod == "asserted" else self._last_charger
                    self._remember(t)
                else:
                    # a company's or person's "charges" against another are accusations
                    r.fact(a, "accuses", t, sent, "accuses.charges.noun.v1", 0.7, mod)

    def _trial_ordered(self, clause: VerbClause) -> None:
        """ "A court in Milan ordered X to stand trial", "X was ordered to stand trial
        by the Y court": the court sends X to trial on the charges."""
        r, verb = self.reader, clause.verb
        trial = [
            c
            for c in verb.children
            if c.dep_ == "xcomp" and c.lemma_.lower() in {"stand", "face"}
            and any(o.lemma_.lower() == "trial" for o in children(c, "dobj"))
        ]  # fmt: skip
        if not trial:
            return
        if clause.passive:
            courts, tried = clause.agents, clause.subjects
        else:
            courts = clause.subjects or [
                e for t in [subject(verb)] if t is not None for e in actor_entities(r, t)
            ]
            tried = [e for t in children(verb, "dobj") for e in parties(r, t)]
        rule = "charges.ordered_to_trial.v1"
        self._courts_charge(courts, tried, clause.sent, rule, CHARGER_NAMED, clause.modality)

    def _verdict(self, noun: Token, sent: Span) -> None:
        """ "Tomas Havel's conviction by the Prague court was upheld", "the jury's
        conviction of X": the court in the by-phrase or possessive, the one convicted in
        the of-phrase or possessive (a person or company, never the court)."""
        r = self.reader
        owners = [e for c in children(noun, "poss") for e in r.entities(c)]
        courts = [e for t in preps(noun, "by") for e in actor_entities(r, t)]
        courts += [e for e in owners if r.cls(e) == "Government"]
        convicted = [e for t in preps(noun, "of") for e in parties(r, t)]
        convicted += [e for e in owners if r.cls(e) in CHARGEABLE]
        mod = modality(noun, sent)
        self._courts_charge(
            courts, convicted, sent, "charges.noun.verdict.v1", CHARGER_IN_PHRASES, mod
        )

    def _courts_charge(
        self,
        courts: list[int],
        charged: list[int],
        sent: Span,
        rule: str,
        confidence: float,
        mod: Modality,
    ) -> None:
        """Each government among ``courts`` charges each person or company in ``charged``."""
        r = self.reader
        for a in courts:
            if r.cls(a) != "Government":
                continue
            for t in charged:
                if r.cls(t) in CHARGEABLE:
                    r.fact(a, "charges", t, sent, rule, confidence, mod)
                    self._remember(t)

    def _defendants(self, noun: Token, sent: Span) -> None:
        """ "Defendants: A, B and C, who were …": a heading that lists the charged;
        whoever charged last in the article charged them."""
        r, doc = self.reader, noun.doc
        colon = noun.i + 1
        if colon >= sent.end or token_table(doc).text[colon] != ":":
            self._defendants_named(noun, sent)
            return
        if self._last_charger is None:
            return
        named: list[int] = []
        for i in range(colon + 1, sent.end):
            if token_table(doc).lower[i] in {"who", "which", "that", "."}:
                break  # the list ends where a clause about it begins
            mention = r.index.get(i)
            if mention is not None and mention.start == i and r.cls(mention.entity) in CHARGEABLE:
                named.append(mention.entity)
        for p in dict.fromkeys(named):
            r.fact(
                self._last_charger, "charges", p, sent, "charges.defendants.v1",
                CHARGER_FROM_DOCUMENT, modality(noun, sent),
            )  # fmt: skip
            self._remember(p)

    def _defendants_named(self, noun: Token, sent: Span) -> None:
        """ "The other individual defendant, X, funded …", "Defendants A, B and C
        obtained …": the names a "defendant" noun stands beside were charged, by whoever
        charged last, else by the jury that returned the article's indictment."""
        r = self.reader
        doc = noun.doc
        before = doc[noun.i - 2 : noun.i].text.lower().replace(" ", "") if noun.i > 1 else ""
        if noun.lower_.startswith("co") or before == "co-":
            return  # "Co-defendant X previously pleaded guilty": another case, maybe
        named = [e for c in noun.children if c.dep_ == "appos" for e in r.entities(c)]
        if noun.dep_ == "compound" and noun.head.i in r.index:
            named += r.entities(noun.head)  # "Defendants A, B and C"
        named = list(dict.fromkeys(e for e in named if r.cls(e) in CHARGEABLE))
        if not named:
            return
        charger = self._known_charger()
        if charger is None:
            return
        for p in named:
            r.fact(
                charger, "charges", p, sent, "charges.defendant_named.v1", CHARGER_FROM_DOCUMENT,
                modality(noun, sent),
            )  # fmt: skip
            self._remember(p)

    def _body_in_phrases(self, verb: Token, exclude: list[int]) -> list[int]:
        """A court, jury or prosecutor named in the verb's in/by/before phrases, or the
        district of the judge named there ("sentenced by U.S. District Judge X of the
        District of Y")."""
        r = self.reader
        for t in verb.subtree:
            if t.dep_ != "pobj":
                continue
            prep = t.head.lower_
            # "at Southwark Crown Court": a court only ("an engineer at the Commerce
            # Department" is where someone worked)
            at_court = prep == "at" and t.lemma_.lower() in COURT_NOUNS
            if prep in {"in", "by", "before"} or at_court or _judges(r, t):
                named = t.i in r.index and r.index[t.i].source in {"body", "gazetteer"}
                for e in r.entities(t):
                    if named and r.cls(e) == "Government" and e not in exclude:
                        return [e]
        return []


def _court_of_phrases(r, verb: Token, exclude: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The court of "(unsealed) in federal court in the District of Y" or "in the
    Eastern District of Y": the object of the verb's own in/before phrase, a court
    described (the court, not the territory it sits in) or a body named."""
    for prep in children(verb, "prep"):
        if prep.lower_ not in {"in", "before"}:
            continue
        for t in children(prep, "pobj"):
            court = court_entity(r, t) if t.lemma_.lower() in COURT_NOUNS else None
            if court is not None and _unnamed_court(r.clusters[court].name):
                return []  # "in federal court": no court one could file, nor its seat
            found = [court] if court is not None else r.entities(t)
            found = [e for e in found if r.cls(e) == "Government" and e not in exclude]
            if found:
                return found[:1]
    return []


def _offices(r: ArticleReader, tokens: list[Token]) -> list[int]:
    """The actors the tokens name, a U.S. Attorney's by the district office he acts for."""
    found: list[int] = []
    for t in tokens:
        office = prosecutor_office(r, t)
        found += [office] if office is not None else actor_entities(r, t)
    return found


def _first(*entities: int | None) -> int | None:
    """The first entity given (an entity is an index: 0 is one)."""
    return next((e for e in entities if e is not None), None)


def _court_or_actors(r: ArticleReader, token: Token) -> list[int]:
    """The court a noun describes ("a federal grand jury in X"), else the actors it names."""
    court = court_entity(r, token)
    return [court] if court is not None else actor_entities(r, token)


def _bare_district(name: str) -> bool:
    """A judicial district named as itself ("Central District of California",
    "District of Oregon"), not its court ("U.S. District Court for the District of …")."""
    return "District of" in name and "Court" not in name


def _unnamed_court(name: str) -> bool:
    """ "federal court", "the U.S. court": a court described by kind, with no seat."""
    words = name.lower().split()
    return all(w in COURT_QUALIFIERS or w in COURT_NOUNS or w in {"the", "a"} for w in words)


def _judges(r, district: Token) -> bool:  # type: ignore[no-untyped-def]
    """ "by/before Judge X of the District of Y": ``district`` is the court of a judge
    named in a by/before phrase."""
    prep = district.head
    judge = prep.head
    acting = judge.dep_ in {"nsubj", "nsubjpass"} or (
        judge.dep_ == "pobj" and judge.head.lower_ in {"by", "before"}
    )
    if prep.lower_ != "of" or not acting:
        return False
    mention = r.index.get(judge.i)
    return mention is not None and r.cls(mention.entity) == "Person"


#: How a parse can hang the first name of "A and B" on the second.
_NAME_MODIFIERS = frozenset({"nmod", "compound"})


def _listed(r, token: Token | None) -> list[int]:  # type: ignore[no-untyped-def]
    """The defendants of a list the parse splits over appositions: "A, B and C were
    indicted" (B an apposition of A, C a conjunct of B), "charging A, 40, a former
    employee of Y, and B" (B hung on A's role noun; Y, inside the role phrase, is not
    listed). Only a list with "and"/"or" counts: "A, a Y engineer," is one person."""
    if token is None:
        return []
    items = conjuncts(token, {"conj", "appos"})
    # "charging Pavel Drozd and Mirela Kost" parsed with the first name a modifier of
    # the second, the "and" on it
    items += [
        c for c in near_children(token, 6, 0, _NAME_MODIFIERS)
        if any(cc.dep_ == "cc" for cc in c.children)
    ]  # fmt: skip
    items += _after_hometown(r, token)
    if not any(c.dep_ == "cc" for t in items for c in t.children):
        return []
    found: list[int] = []
    for t in items:
        e = r.index[t.i].entity if t.i in r.index else None
        if e is not None and r.cls(e) in CHARGEABLE and e not in found:
            found.append(e)
    return found


def _after_hometown(r, token: Token) -> list[Token]:  # type: ignore[no-untyped-def]
    """ "A, 34, of Perm, Russia, and B, 29, of Balti, Moldova, are charged": the parse
    hangs the next person on the first one's hometown, as a conjunct of its places.
    Only people follow a person so (a firm in "A, of Acme Corp. and Beta Inc." is where
    A works, not a defendant)."""
    if token.i not in r.index or r.cls(r.index[token.i].entity) != "Person":
        return []
    places = [t for obj in preps(token, "of") for t in conjuncts(obj, {"conj", "appos"})[1:]]
    people = [t for t in places if t.i in r.index and r.cls(r.index[t.i].entity) == "Person"]
    return people + [t for t in places if people and any(c.dep_ == "cc" for c in t.children)]


def _counted_members(r: ArticleReader, group: Token | None) -> list[int]:
    """ "three executives of X, A, B and C": the names after the group's of-phrase, when
    there are as many as the group counts (the parse makes them conjuncts of X)."""
    if group is None or group.pos_ != "NOUN":
        return []
    count = next(
        (count_of(c.text) or 0 for c in group.children if c.dep_ == "nummod"),
        0,
    )  # fmt: skip
    for of in preps(group, "of"):
        names = [
            e
            for t in conjuncts(of)[1:]
            for e in ([r.index[t.i].entity] if t.i in r.index else [])
            if r.cls(e) in CHARGEABLE
        ]
        if count > 1 and len(dict.fromkeys(names)) == count:
            return list(dict.fromkeys(names))
    return []


def _object_parsed_as_subject(r, verb: Token) -> tuple[list[int], list[int]] | None:  # type: ignore[no-untyped-def]
    """ "A jury sitting in Salem, Oregon, convicted X of …" parsed with X (and the
    place) as further subjects of the verb: the court or jury among the subjects
    before the verb is the actor, the subject after it the one charged (also after a
    case as subject, "the indictment charges X, 41, …", whose charger is found later)."""
    if children(verb, "dobj"):
        return None
    subjects = children(verb, "nsubj")
    late = [t for t in subjects if t.i > verb.i]
    if not late:
        return None
    courts = [c for t in subjects if t.i < verb.i and (c := court_entity(r, t)) is not None]
    charged = [e for t in late for e in r.entities(t) if r.cls(e) in CHARGEABLE]
    # "An indictment unsealed today charges X, 41, …" with X a subject too: the charger
    # is found as for any indictment
    case = any(t.i < verb.i and t.lemma_.lower() in _FILED_CASES for t in subjects)
    return (courts[:1], charged) if (courts or case) and charged else None


def _along_with(r, verb: Token, exclude: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The co-defendants of "X was charged along with A, B and C" / "X, along with A,
    was indicted" (the phrase on the verb or on its subject)."""
    subj = subject(verb)
    heads = [verb] + ([subj] if subj is not None else [])
    found: list[int] = []
    for head in heads:
        for along in head.children:
            if along.lower_ not in {"along", "together"} or along.dep_ not in {"prep", "advmod"}:
                continue
            for obj in preps(along, "with"):
                for e in r.entities(obj) + _listed(r, obj):
                    if r.cls(e) in CHARGEABLE and e not in exclude and e not in found:
                        found.append(e)
    return found


def _named_defendants(r, noun: Token | None) -> list[int]:  # type: ignore[no-untyped-def]
    """The names in apposition to "the defendants" ("The defendants, A and B, are …")."""
    if noun is None:
        return []
    found: list[int] = []
    for c in noun.children:
        if c.dep_ == "appos":
            found += [e for e in r.entities(c) if r.cls(e) in CHARGEABLE and e not in found]
    return found


def _passive_conjunct(verb: Token) -> bool:
    """ "X was arrested and charged by complaint": a participle joined to a passive
    verb is passive too (it has no auxiliary of its own)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and any(c.dep_ == "auxpass" for c in head.children)
        and not any(c.dep_ in {"nsubj", "dobj"} for c in verb.children)
    )


def _by_judge(verb: Token) -> bool:
    """ "sentenced by U.S. District Judge X", "Judge X sentenced …": the verb's agent
    or subject is titled judge."""
    subj = subject(verb)
    for agent in agents(verb) + ([subj] if subj is not None else []):
        first = min(t.i for t in agent.subtree)
        if any(t.lower_ == "judge" for t in agent.doc[first : agent.i]):
            return True
    return False


#: Bullets opening the items of a release's list.
_BULLETS = frozenset({"-", "•", "*", "–"})


def _bulleted(r, start: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The person or company each bulleted line after ``start`` opens with ("- Walter
    Liew, aka …, 54, of Orinda"), up to the first line that is no bullet."""
    doc = r.doc
    found: list[int] = []
    i = start
    while i < len(doc) and len(found) < 50:
        if doc[i].is_space:
            i += 1
            continue
        if token_table(doc).text[i] not in _BULLETS:
            break
        e = r.index[i + 1].entity if i + 1 in r.index else None
        if e is not None and r.cls(e) in CHARGEABLE and e not in found:
            found.append(e)
        i += 1
        while i < len(doc) and not (doc[i].is_space and "\n" in token_table(doc).text[i]):
            i += 1  # on to the next line
    return found


def _the_case(token: Token | None) -> bool:
    """ "The case", "this matter", "the prosecution": a case as the subject of "is being
    prosecuted by …" (not a defendant)."""
    return token is not None and token.lemma_.lower() in {"case", "matter", "prosecution"}


def _defendants_noun(token: Token | None) -> bool:
    """ "the (four) defendants", not named ones: the people charged so far."""
    return token is not None and token.lemma_.lower() == "defendant" and token.pos_ == "NOUN"


def _case_charged(verb: Token, subj: Token | None) -> bool:
    """ "The indictment charges X", "X was charged in an indictment": a charge the
    article's indictment brings."""
    if subj is not None and subj.lemma_.lower() == "indictment":
        return True
    return any(
        o.lemma_.lower() == "indictment"
        for prep in children(verb, "prep")
        if prep.lower_ == "in"
        for o in children(prep, "pobj")
    )


#: Verbs of a court's finding against someone ("the court found that X violated …").
_VIOLATION_VERBS = frozenset({"violate", "conspire", "infringe", "commit", "defraud"})

#: Verbs of bringing charges: also "the Department unsealed (announced) charges against
#: X", whose subject is who brought them.
_BRINGING = BRING_VERBS | {"unseal", "announce"}

#: Filed cases that charge whoever they are "against".
_FILED_CASES = frozenset({"indictment", "complaint", "information", "charge"})


def _case_bringers(r, case: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "A grand jury returned an indictment (charging X)", "an indictment returned by
    a grand jury (charging X)": who brought the case."""
    if CASE_NOUNS.get(case.lemma_.lower()) != "charges":
        return []
    found = bringers(r, case)
    if not found and case.dep_ == "dobj" and case.head.lemma_.lower() in BRING_VERBS:
        found = clause_parties(r, case.head, False)[0]
    return [e for e in found if r.cls(e) in ACTING]


def _court_in_phrases(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "In a US court, X pleaded guilty", "convicted by a federal jury": a court the
    verb's own in/by/before phrases describe."""
    for prep in verb.children:
        if prep.dep_ in {"prep", "agent"} and prep.lower_ in {"in", "by", "before", "at"}:
            for t in children(prep, "pobj"):
                if t.lemma_.lower() in COURT_NOUNS:
                    court = court_entity(r, t)
                    if court is not None:
                        return [court]
    return []


#: Verbs of a court's verdict or sentence (what only a court does).
VERDICT_LEMMAS = frozenset({"convict", "sentence", "jail", "imprison", "find"})


def _appearance(verb: Token) -> Token | None:
    """The "appeared" of "X appeared at Y Court (on Monday) charged with fraud": the
    participle hangs on the appearing verb, or on a noun of its phrases (tagged as a
    past tense too); a court the parse made its subject is where X appeared."""
    if verb.tag_ not in {"VBN", "VBD"} or verb.dep_ not in {"advcl", "acl"}:
        return None
    if children(verb, "nsubjpass", "dobj"):
        return None  # "appeared calm as she was charged …": a clause of its own
    if any(m.lower_ != "before" for m in children(verb, "mark")):
        return None  # "before" is the parse's slip for "appeared before Y Court"
    if any(t.lemma_.lower() not in COURT_NOUNS for t in children(verb, "nsubj")):
        return None
    head = verb.head
    for _ in range(3):
        if head.lemma_.lower() == "appear" and head.pos_ in {"VERB", "AUX"}:
            return head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def _court_appeared_at(r: ArticleReader, appear: Token) -> list[int]:
    """The court named in the phrases of "appeared at/before/in …" (also where the
    parse made it a subject: "appeared before Y Crown Court charged …")."""
    for t in appear.subtree:
        if t.lemma_.lower() in COURT_NOUNS and t.i > appear.i:
            court = court_entity(r, t)
            if court is not None:
                return [court]
    return []


def _named_court_nearby(r: ArticleReader, sent: Span) -> list[int]:
    """A court named in the sentence or the one before ("Y Crown Court heard …", "a
    court in Milan was told …"); not a bare "the court" (no name to file)."""
    doc = sent.doc
    start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    lemmas = r.lower_lemmas  # the lemma table: no Token made for every word walked
    for i in range(sent.end - 1, start - 1, -1):
        if lemmas[i] in COURT_NOUNS and doc[i].pos_ in {"NOUN", "PROPN"}:
            court = court_entity(r, doc[i])
            if court is not None:
                return [] if r.clusters[court].name.lower() in COURT_NOUNS else [court]
    return []


def _reporting_body(r: ArticleReader, verb: Token, lemma: str) -> list[int]:
    """The court, jury or prosecutor that reports a charge with no actor of its own:
    "X was charged with fraud, prosecutors in Milan said", "a federal court said X had
    been convicted"; for a charge or indictment also any government body that says so
    ("X has been charged, the Justice Department said")."""
    speaker = reporter(verb)
    if speaker is None:
        return []
    if lemma in {"charge", "indict"}:
        # "…, U.S. Attorney A of the District of Y announced": the district's office
        found = [e for e in _offices(r, [speaker]) if r.cls(e) in ACTING]
        if found:
            return found
    elif speaker.lemma_.lower() not in COURT_NOUNS | PROSECUTION_NOUNS:
        # a conviction or sentence is a court's: "X was convicted, the regulator said"
        # names no one who convicted X; but the prosecutors who won it do ("the
        # Justice Department announced that X was sentenced")
        return [e for e in r.entities(speaker) if _prosecuting(r, e)]
    court = court_entity(r, speaker)
    return [court] if court is not None else []


def _prosecuting(r: ArticleReader, entity: int) -> bool:
    """A government body named for justice or prosecution ("Justice Department", "the
    U.S. Attorney's Office in Manhattan")."""
    words = set(r.clusters[entity].name.lower().replace("’", "'").split())
    return r.cls(entity) == "Government" and bool(words & PROSECUTOR_WORDS)


def _that_clause_subjects(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "charged that X and Y mislabelled …" (also when the parser hangs the that-clause
    on a noun of the verb's phrases: "charged in a complaint that X …")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for prep in children(verb, "prep"):
        for obj in children(prep, "pobj"):
            clauses += [
                c
                for c in obj.children
                if c.dep_ in {"relcl", "acl", "ccomp"}
                and any(t.lower_ == "that" and t.i < c.i for t in c.children)
                and any(t.dep_ in {"nsubj"} for t in c.children)
            ]
    found: list[int] = []
    for clause in clauses:
        if not any(t.lower_ == "that" for t in clause.children if t.i < clause.i):
            continue
        found += [e for e in r.entities(subject(clause)) if r.cls(e) in CHARGEABLE]
    return list(dict.fromkeys(found))


def guilty(verb: Token, lemma: str) -> bool:
    """ "found X guilty", "pleaded guilty": a conviction or plea."""
    if lemma not in {"find", "plead"}:
        return False
    return any(t.lower_ == "guilty" for t in verb.children) or any(
        t.lower_ == "guilty"
        for c in verb.children
        if c.dep_ in {"ccomp", "oprd", "xcomp", "dobj"}
        for t in (c.subtree if c.dep_ != "dobj" else c.children)
    )
