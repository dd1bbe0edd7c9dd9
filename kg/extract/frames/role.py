"""Roles: who works for whom (``worksFor``).

Titles around a name ("Deputy Treasury Secretary Wally Adeyemo", "X, CEO of
Huawei"), role clauses ("X was an engineer at Y", "X served as the manager of Y")
and employment verbs ("joined Y", "was hired by Y", "works for Y").

News wordings are read over the parse from the title noun that stands with a name
(:func:`_title_tokens`): "Veltra's finance director X", "X, an analyst at Y", "the
head of Y, X", "Two former Y directors, A and B", "X, one of six Y executives"; a
bare title takes its body ("Commissioner X", "Sen. X") or the employer the same
title had earlier ("the directors are A, B"). Leading verbs ("X, who heads Y",
"Y, run by X") and "X remains with Y" count too. A bare "President X" is not
guessed into a country: only a named one ("Russian President X", "X of China").

Release wordings: the office before the name ("U.S. Attorney for the District of Y
X"), lists of officials sharing one office ("Assistant U.S. Attorneys A, B, C and D
of …", "Trial Attorney A and Senior Trial Attorney B of …"), "worked as an engineer
for Y", "formerly employed by Y", and employers read through the scraper's and the
tagger's slips: a lost apostrophe ("Huaweis chief financial officer X"), a district
cut short before a list's "and", a body run on into the next person's title ("the
District of Y and Trial Attorneys"). "(Assistant) Attorney General X" works for the
article's Justice Department, a U.S. Attorney for the article's "U.S. Attorney's
Office for the District of Y", and the first "President X" of a state's own release
(who acts in it) for that state.

Also: "Germany's economy ministry spokesman, X" (the ministry made an entity where the
tagger found none), "his company, Y" (a person's own firm), "X took the designs
before leaving to join Y" (a verb of employment inside a phrase).
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from spacy.tokens import Span, Token

from kg.extract.bodies import BODY_HEADS, portfolio_fields
from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.issuer import state_issuer
from kg.extract.frames.legal import court_entity
from kg.extract.frames.nearby import near_children
from kg.extract.frames.pronoun import PERSONAL, person_referent
from kg.extract.frames.reader import ORG_CLASSES, ArticleReader
from kg.extract.frames.role_members import MEMBER_NOUNS, members_listed, the_defendants
from kg.extract.frames.role_release import (
    AFTER_PORTFOLIO,
    COMMA_BODY_RULE,
    FROM_RULE,
    IN_CHARGE_RULE,
    PAST_PORTFOLIO_RULE,
    bracketed_acronym,
    charge_word,
    containers,
    country_after_title,
    ends_phrase,
    in_charge_of,
    portfolio_after,
    portfolio_end,
    untagged_name_before,
)
from kg.extract.frames.role_words import (
    APPOINT_VERBS,
    AS_TITLE_VERBS,
    ATTORNEY_GENERAL_RANKS,
    BODY_TITLES,
    CHAMBERS,
    LEAD_VERBS,
    LEADER_WORDS,
    OWN_FIRM_NOUNS,
    PORTFOLIO_HEADS,
    PUBLIC_TITLES,
    REMOVE_VERBS,
    STAY_VERBS,
    TITLE_HEADS,
    is_role_word,
    portfolio_of,
)
from kg.extract.frames.syntax import (
    agents,
    children,
    conjuncts,
    is_title,
    negated,
    preps,
    relative_antecedent,
    subject,
)
from kg.extract.lexicon import (
    COMPANY_NOUNS,
    COUNTRY_NAMES,
    NATIONALITIES,
    TITLE_WORDS,
    VERB_PROPERTIES,
)
from kg.extract.mentions import EntityCluster, Mention
from kg.extract.tokens import sentence_bounds, token_table

#: "X was an engineer at Y", "X served as …": worksFor through a title noun.
ROLE_VERBS = frozenset({"be", "become", "serve", "work"})
#: "joined Y", "hired by Y", "works for Y".
EMPLOYMENT_VERBS = frozenset(v for v, p in VERB_PROPERTIES.items() if p == "worksFor")


class RoleFrame(Frame):
    verbs = (
        (ROLE_VERBS | EMPLOYMENT_VERBS | LEAD_VERBS | STAY_VERBS | APPOINT_VERBS | AS_TITLE_VERBS)
        | REMOVE_VERBS
        | {"employ"}
    )
    nouns = frozenset({"employer"}) | OWN_FIRM_NOUNS | MEMBER_NOUNS

    def __init__(self, reader: ArticleReader) -> None:
        super().__init__(reader)
        self._said: set[tuple[int, int, int]] = set()  # (person, employer, sentence start)
        self._chambers: dict[str, int] = {}  # chambers added by "Sen."/"Rep." titles
        self._president: int | bool | None = False  # the first "President X" (cached)
        self._title_words: list[int] | None = None  # see _has_title_word

    def _has_title_word(self, start: int, end: int) -> bool:
        """Whether tokens ``start`` up to ``end`` hold a title word (:func:`is_title`)
        or a role word (:func:`_is_role`'s): a sentence without one gives
        :meth:`_titles` and the title nouns of :meth:`_title_phrases` nothing to read.
        The article's such words are found once (its distinct words tested, then
        located by the token table), then bisected per sentence."""
        found = self._title_words
        if found is None:
            doc = self.reader.doc
            table = token_table(doc)
            found = self._title_words = table.where_lower(doc, _title_likes(table.lower_words))
        return bisect_left(found, start) < bisect_left(found, end)

    def read_verb(self, clause: VerbClause) -> bool:
        lemma = clause.lemma
        if _denied(clause):
            # "X never worked for Y", "Y denied that X had worked for it": no employment
            return lemma in EMPLOYMENT_VERBS or lemma in ROLE_VERBS
        if lemma in APPOINT_VERBS or lemma in AS_TITLE_VERBS or lemma in REMOVE_VERBS:
            posted = self._posted(clause)
            if lemma not in EMPLOYMENT_VERBS | LEAD_VERBS | STAY_VERBS:
                return posted
        if lemma in LEAD_VERBS:
            return self._leads(clause)
        if lemma in STAY_VERBS:
            return self._stays(clause)
        if lemma in ROLE_VERBS:
            self._role_clause(clause)
        if lemma in EMPLOYMENT_VERBS:
            self._employment(clause)
            # "The United States, joined by the EU, …" joins no employer: a partnership
            people = clause.actors + clause.patients
            return lemma != "join" or any(self.reader.cls(e) == "Person" for e in people)
        participle = clause.verb.dep_ == "acl" and clause.verb.tag_ == "VBN"
        # "While employed as an engineer at Y, X copied …": the main clause's subject
        adverbial = clause.verb.dep_ == "advcl" and clause.verb.tag_ == "VBN"
        if lemma == "employ" and adverbial and not clause.passive:
            return self._employed_while(clause)
        if lemma == "employ" and not (clause.passive or participle):
            return self._employs(clause)
        if lemma == "employ" and (clause.passive or participle):
            # "X was employed at/by Y", "employed as a scientist at Y", "X, (an engineer)
            # formerly employed by Y"
            r = self.reader
            named = [x for t in _employer_phrases(clause.verb, "by") for x in r.entities(t)]
            named += [x for t in agents(clause.verb) for x in r.entities(t) if x not in named]
            patients = clause.patients if clause.passive else _described(r, clause.verb.head)
            for p in patients:
                for e in named:
                    if r.cls(p) == "Person" and r.cls(e) in ORG_CLASSES:
                        r.fact(
                            p, "worksFor", e, clause.sent, "verb.worksFor.employed.v1", 0.75,
                            clause.modality,
                        )  # fmt: skip
            return True
        return False

    def _employs(self, clause: VerbClause) -> bool:
        """ "Veltra employed Tom Ng (as a network engineer)", "Veltra, which employed A
        and B": the subject employs the people it names as object."""
        r = self.reader
        people = [p for p in clause.patients if r.cls(p) == "Person"]
        employers = [e for e in clause.actors if r.cls(e) in ORG_CLASSES - {"Location"}]
        return self._employed(people, employers, clause, "verb.worksFor.employs.v1")

    def _employed_while(self, clause: VerbClause) -> bool:
        """ "While employed as an engineer at Y, X copied …", "Employed by Y, X …": the
        person of the main clause worked for the employer named."""
        r, verb = self.reader, clause.verb
        named = [x for t in _employer_phrases(verb, "by") for x in r.entities(t)]
        people = [p for p in _subject_people(r, subject(verb.head)) if r.cls(p) == "Person"]
        employers = [e for e in named if r.cls(e) in ORG_CLASSES]
        return self._employed(people, employers, clause, "verb.worksFor.employed_while.v1")

    def _employed(
        self, people: list[int], employers: list[int], clause: VerbClause, rule: str
    ) -> bool:
        """Each person works for each employer; whether any fact was stated."""
        for p in people:
            for e in employers:
                self.reader.fact(p, "worksFor", e, clause.sent, rule, 0.75, clause.modality)
        return bool(people and employers)

    def _posted(self, clause: VerbClause) -> bool:
        """A post given, taken or left, with its employer: "Veltra appointed Ann Ross (as)
        chief executive", "named Ann Ross its chairman", "Ann Ross was appointed head of
        Veltra", "Ann Ross resigned as Veltra's chief executive", "will take over as
        chairman of Veltra". The employer is the one the title names, else the body
        that appoints."""
        r, verb = self.reader, clause.verb
        # "Veltra appointed / ousted Ann Ross as …": the object's post, given or taken away
        appoint = clause.lemma in APPOINT_VERBS or clause.lemma in REMOVE_VERBS
        # the post: an as-phrase, or the second object of an appointing verb
        posts = preps(verb, "as")
        if appoint:
            posts += [c for c in verb.children if c.dep_ in {"oprd", "attr", "xcomp", "dobj"}]
            posts += [c for p in children(verb, "ccomp", "xcomp") for c in children(p, "attr")]
        posts = [t for t in posts if t.i not in r.index and (_is_role(t) or is_title(t))]
        # "The indictment names X's president, A": a title set beside a name is that
        # person, not a post given
        posts = [t for t in posts if r.person_named(t) is None]
        if not posts:
            return False
        if appoint:
            people = clause.patients
            if not people and not clause.passive:
                # "named Ann Ross its chairman": the parser may take the name as the subject
                # of a small clause
                people = [
                    e for p in children(verb, "ccomp", "xcomp") for e in r.entities(subject(p))
                ]
        else:
            people = clause.subjects
        people = [p for p in people if r.cls(p) == "Person"]
        if not people:
            return False
        found = False
        for post in posts:
            employers = _possessors(r, self._employers(post, post, None))
            rule, confidence = "verb.worksFor.post.v1", 0.7
            if not employers and appoint:
                # "Veltra appointed Ann Ross as chief executive": the appointing company
                appointers = clause.actors
                employers = [(e, 0.65) for e in appointers if r.cls(e) in ORG_CLASSES]
                rule = "verb.worksFor.appointed.v1"
            for person in people:
                for org, conf in employers:
                    if r.cls(org) in ORG_CLASSES and not _bare_portfolio(r, org):
                        r.fact(
                            person, "worksFor", org, clause.sent, rule, min(conf, confidence),
                            clause.modality,
                        )  # fmt: skip
                        found = True
        return found

    def _employment(self, clause: VerbClause) -> None:
        r, verb, lemma = self.reader, clause.verb, clause.lemma
        hired = lemma == "hire"  # "X was hired by Y", "Y hired X": Y employs X
        people = clause.patients if hired else clause.actors
        subj = subject(verb)
        if not hired and not clause.passive and subj is not None and subj.lower_ in PERSONAL:
            # "He worked at Y" after "X pleaded guilty before Judge Z": X
            people = _subject_people(r, subj)
        if not people and subj is not None and subj.lower_ in {"who", "that"}:
            # "X, a citizen of Y who worked as an engineer for Z": the name the
            # described noun stands beside
            antecedent = relative_antecedent(subj)
            people = _described(r, antecedent) if antecedent is not None else []
        if subj is not None and subj.lower_ == "defendants" and not hired:
            # "According to the indictment, the defendants worked for Y": each of them
            people = the_defendants(r, subj) or people
        if not people and subj is None and not clause.passive:
            # "X took the designs before leaving to join Y", "after joining Y, X …":
            # the subject of the clause the phrase hangs on
            shared = _phrase_subject(verb)
            people = _subject_people(r, shared)
            if not people and shared is not None:
                # "the chemist, Tom Ng, took …": the name beside the noun
                people = [e for c in children(shared, "appos") for e in r.entities(c)]
        speaker = _speaker(verb, subj)
        if speaker is not None and not hired:
            # "Y, who indicated that he worked for Z": "he" is the one who said it
            people = [p for p in r.entities(speaker) if r.cls(p) == "Person"]
        if hired:
            employers = clause.actors
        elif lemma == "join" and not clause.passive:
            employers = clause.patients
        else:
            # "worked for Y", "worked as an engineer for Y"
            employers = [e for t in _employer_phrases(verb) for e in r.entities(t)]
        for p in people:
            for e in employers:
                if r.cls(p) == "Person" and r.cls(e) in ORG_CLASSES:
                    r.fact(
                        p, "worksFor", e, clause.sent, f"verb.worksFor.{lemma}.v1", 0.75,
                        clause.modality,
                    )  # fmt: skip
        if lemma == "work" and not employers:
            # "X worked in Veltras research department": a body, not a place
            for e in _worked_in(r, verb):
                for p in people:
                    if r.cls(p) == "Person":
                        r.fact(
                            p, "worksFor", e, clause.sent, "verb.worksFor.work_in.v1", 0.7,
                            clause.modality,
                        )  # fmt: skip

    def _role_clause(self, clause: VerbClause) -> None:
        """ "X was an engineer at Y", "A and B, who were officers in Unit 1",
        "X served as the manager of Y": worksFor through a title noun."""
        r, verb = self.reader, clause.verb
        copula = clause.lemma in {"be", "become"}
        roles = children(verb, "attr") if copula else preps(verb, "as")
        # "the president of A and the owner of B": each title of the list
        roles = [c for t in roles for c in conjuncts(t)]
        roles = [t for t in roles if is_title(t) or _is_role(t)]
        if not roles:
            return
        people = [p for p in _subject_people(r, subject(verb)) if r.cls(p) == "Person"]
        for role in roles:
            # the nearest organisation only: "officers in Unit 1 of the Third Department"
            # means Unit 1
            targets = preps(role, "of", "at", "for", "in", "with")
            rule = "clause.role.v1" if targets else "clause.role.shared_phrase.v1"
            if not targets:
                # "a founding member and equity shareholder of Y": the phrase hangs on
                # the last noun of the list
                targets = [
                    t
                    for c in role.children
                    if c.dep_ == "conj"
                    for t in preps(c, "of", "at", "for", "with")
                ]
            # "X was a Veltra employee", "X was Veltra's president": the name before
            targets += [c for c in role.children if c.dep_ in {"compound", "poss"}]
            if not any(t.i in r.index or t.lemma_.lower() in COMPANY_NOUNS for t in targets):
                where = _where_employer(r, verb)
                if where is not None:
                    for person in people:
                        r.fact(
                            person, "worksFor", where, clause.sent, "clause.role.where.v1",
                            0.7, clause.modality,
                        )  # fmt: skip
                    continue
            # "an analyst for the Boston firm of Marsh and Tolland": the firm's name
            targets += [
                named
                for t in targets
                if t.i not in r.index and t.lemma_.lower() in COMPANY_NOUNS
                for named in preps(t, "of")
            ]
            # "she served as finance chief at the bank": the phrase may hang on the
            # verb, and "the group" names the company it refers back to
            if copula:
                targets += preps(verb, "at", "with")
            anaphoric = [
                t
                for t in targets
                if t.i not in r.index
                and t.lemma_.lower() in COMPANY_NOUNS | {"group"}
                and any(c.lower_ in {"the", "its"} for c in t.children)
            ]
            named_targets = [t for t in targets if t.i in r.index]
            if not named_targets and anaphoric:
                org = r.entity(anaphoric[0])
                if org is not None and r.cls(org) == "Company":
                    for person in people:
                        r.fact(
                            person, "worksFor", org, clause.sent, "clause.role.anaphor.v1",
                            0.6, clause.modality,
                        )  # fmt: skip
            nearest = sorted(named_targets, key=lambda t: t.i)[:1]
            # "employees of A and B": each employer of the list
            nearest += [c for t in nearest for c in conjuncts(t)[1:] if c.i in r.index]
            for target in nearest:
                org, conf = r.inside_chain(r.index[target.i])[0]
                if r.cls(org) not in ORG_CLASSES:
                    continue
                for person in people:
                    r.fact(person, "worksFor", org, clause.sent, rule, conf - 0.05, clause.modality)

    def read_noun(self, noun: Token, sent: Span) -> None:
        """ "X stole files from his (former) employer, Veltra", "X's employer, Veltra,",
        "Veltra, X's employer,": the employer named beside the noun employs X; "X
        certified that his company, Veltra, was the end user": X works for his firm."""
        r = self.reader
        if noun.lemma_.lower() in MEMBER_NOUNS:
            # "Unit 40211 and two of its officers, A and B": the body's members
            body, members = members_listed(r, noun, sent)
            for person in members:
                if body is not None and person != body:
                    self._works(person, body, sent, "nominal.members_listed.v1", 0.7)
            return
        owners = [c for c in noun.children if c.dep_ == "poss"]
        people = [p for o in owners for p in _subject_people(r, o) if r.cls(p) == "Person"]
        if noun.lemma_.lower() in OWN_FIRM_NOUNS and any(o.pos_ == "PRON" for o in owners):
            # "Mai acted … by using his company MicroEx": "his" is the clause's own
            # subject when it names a person (a name the tagger missed: no one)
            subj = _clause_subject(noun)
            if subj is not None and subj.pos_ == "PROPN":
                people = [p for p in r.entities(subj) if r.cls(p) == "Person"]
        if not people:
            return
        named = [e for c in noun.children if c.dep_ == "appos" for e in r.entities(c)]
        if noun.dep_ == "appos":
            named += r.entities(noun.head)
        firm = noun.lemma_.lower() in OWN_FIRM_NOUNS
        rule = "nominal.own_firm.v1" if firm else "nominal.employer.v1"
        for org in dict.fromkeys(named):
            # "his company, Veltra": a company he owns or runs, never a ministry
            if r.cls(org) in (({"Company"}) if firm else ORG_CLASSES):
                for person in people:
                    self._works(person, org, sent, rule, 0.7 if firm else 0.75)

    def read_mention(self, mention: Mention, sent: Span) -> None:
        if self.reader.cls(mention.entity) == "Person":
            if self._has_title_word(sent.start, sent.end):
                self._titles(mention, sent)  # (every fact of it needs a title word)
            self._title_phrases(mention, sent)
            self._included(mention, sent)

    def _included(self, person: Mention, sent: Span) -> None:
        """ "executives at Veltra, including A and B", "Veltra officials such as A": a
        name listed after "including" or "such as" holds the plural title before it,
        whose employer is the title's (the parser may hang the list on the employer's
        name instead of on the title)."""
        r = self.reader
        item = person.root
        while item.dep_ == "conj" and item.head.i != item.i:
            item = item.head  # "including A and B": B is listed like A
        prep = item.head
        if item.dep_ != "pobj" or not _listing(prep):
            return
        noun = prep.head
        if noun.i in r.index and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            noun = noun.head.head  # "executives at Veltra, including": up to the title
        if noun.tag_ not in {"NNS", "NNPS"} or not (_is_role(noun) or is_title(noun)):
            return
        for org, confidence in _possessors(r, self._employers(noun, noun, None)):
            if r.cls(org) in ORG_CLASSES and not _bare_portfolio(r, org):
                self._works(person.entity, org, sent, "nominal.title.including.v1", confidence)

    def _titles(self, person: Mention, sent: Span) -> None:
        """ "Deputy Treasury Secretary Wally Adeyemo", "X, CEO of Huawei", "Assistant U.S.
        Attorney X of the Southern District of Indiana", "A and B of the Fraud Section"."""
        r = self.reader
        doc = r.doc
        left_titled = False
        left_title: Token | None = None
        employers: list[tuple[int, float]] = []
        # the title just before the name, inside its noun phrase
        i = person.start - 1
        my_title: list[str] = []  # the words of the title before the name
        countries: list[int] = []  # "Attorney General of the United States X"
        steps = 0  # words walked, names of a shared list not counted
        while i >= sent.start and steps < 10:
            tok = doc[i]
            steps += 1
            before = r.index.get(i - 1)
            shared = before is not None and r.cls(before.entity) == "Person"
            if tok.lower_ in {"and", ","} and before is not None and shared:
                if left_titled:
                    break  # "Treasury Secretary A and Commerce Secretary B": B's own
                i = before.start - 1  # "Trial Attorneys A and B": B shares A's title
                continue
            unnamed = untagged_name_before(doc, i, sent.start) if tok.lower_ == "and" else None
            if unnamed is not None and before is None and not left_titled:
                # "Assistant U.S. Attorneys Emil J. Bove III and X": a list's first name
                # the tagger missed still shares its title with X
                i = unnamed
                continue
            if is_title(tok):
                left_titled = True
                left_title = left_title or tok
                my_title.append(tok.lower_.removesuffix("s"))
            elif _in_charge(tok):
                pass  # "Special Agent in Charge X": the title runs on past "in"
            elif tok.text in {"(", ")"} and bracketed_acronym(doc, i):
                # "… of the Naval Criminal Investigative Service (NCIS) Field Office X":
                # the brackets are no words of the title walked
                steps -= 1
            elif tok.lower_ in {"of", "for", "the"} and _body_after(r, i):
                pass  # "U.S. Attorney for the District of Y John Doe": its body
            elif tok.lower_ in {"of", "the"} and country_after_title(r, i):
                pass  # "Attorney General of the United States X": the country's
            elif tok.lower_ == "for" and i > sent.start and is_title(doc[i - 1]):
                pass  # "Assistant Attorney General for National Security X": a portfolio
            elif tok.lower_ in {"for", "and"} and any(
                a - 1 <= i < b for a, b in portfolio_fields(doc)
            ):
                pass  # "Under Secretary of the Treasury for Trade and Finance X": its field
            elif tok.lower_ == "of" and i > sent.start and portfolio_after(doc[i - 1]):
                pass  # "Secretary of Commerce X": the portfolio, its department below
            elif i not in r.index and not (tok.text[:1].isupper() or tok.text == "-"):
                break
            mention = r.index.get(i)
            if mention is not None and mention.entity != person.entity:
                joiner = doc[mention.start - 1] if mention.start > sent.start else None
                if joiner is not None and joiner.lower_ == "the" and mention.start > 1:
                    joiner = doc[mention.start - 2]
                portfolio = joiner is not None and _portfolio(joiner.lower_, mention, True)
                # "Under Secretary of Commerce for Industry and Security X": the tagger's
                # name is the portfolio's field, the department is found below
                portfolio = portfolio or (
                    joiner is not None
                    and joiner.lower_ == "of"
                    and portfolio_after(doc[joiner.i - 1]) is not None
                )
                run_on = _runs_into_title(mention)
                # "National Security Advisor X": the field the adviser advises on, which
                # the tagger took for a company's name
                if r.cls(mention.entity) in ORG_CLASSES and not portfolio and not run_on:
                    employers.append((mention.entity, 0.8))
                elif country_after_title(r, mention.start - 1):
                    countries.append(mention.entity)
                i = mention.start
            i -= 1
        if not left_titled:
            employers = []
        elif countries and not employers:
            # "Attorney General of the United States Jeff Sessions": a public office of
            # the country, whose government he works for
            for country in countries:
                self._works(person.entity, country, sent, "nominal.title.of_country.v1", 0.75)
        elif not employers:
            # "Assistant Attorney General for National Security X": the division of
            # that portfolio, where the article names one (seldom meant as the employer)
            division = _portfolio_division(r, doc[max(i, sent.start) : person.start])
            employers = [(division, 0.5)] if division is not None else []
        # after the name: [and NAME] [, title words] of/for/at/with [the] BODY
        j = person.end
        titled = left_titled
        steps = 0  # words between the name and its body, names in a shared list not counted
        their_title: list[str] = []  # "A and Senior Trial Attorney B": B's own title
        # a capitalised title is a formal office ("Assistant Attorney General")
        formal = left_title is None or left_title.text[:1].isupper()
        extra: list[tuple[int, float]] = []  # employers read through a release wording
        route: str | None = None  # that wording's rule
        while j < sent.end and steps <= 12:
            tok = doc[j]
            mention = r.index.get(j)
            steps += 1
            nxt = _next_name(r, j) if tok.lower_ in {"and", ","} else None
            if nxt is not None:
                j = nxt.end  # "A, B and C of the Section": they share it
                continue
            if mention is not None and charge_word(doc, j):
                j += 1  # "Special Agent in Charge": a title's word, not a name
                continue
            if mention is not None:
                same = _same_title(my_title, their_title)
                if same and r.cls(mention.entity) == "Person" and mention.entity != person.entity:
                    # "Trial Attorney A and Senior Trial Attorney B of the Section"
                    j, their_title = mention.end, []
                    continue
                comma = j > 0 and token_table(doc).text[j - 1] == "," and mention.start == j
                is_body = r.cls(mention.entity) in ORG_CLASSES - {"Location"}
                if comma and is_body and their_title and ends_phrase(sent, mention.end):
                    # "X, Special Agent in Charge, IRS Criminal Investigation."
                    extra.extend(r.inside_chain(mention))
                    route = COMMA_BODY_RULE
                break
            of = in_charge_of(doc, j, sent.end) if titled else None
            if of is not None:
                # "Assistant Attorney General X in charge of the Antitrust Division"
                j, route = of, IN_CHARGE_RULE
                continue
            if is_title(tok):
                titled = True
                their_title.append(tok.lower_.removesuffix("s"))
                formal = tok.text[:1].isupper()
            elif titled and (_employer_prep(tok, formal) or tok.lower_ == "from"):
                k = j + 1
                while k < sent.end and token_table(doc).lower[k] in {"the", "its"}:
                    k += 1
                target = _past_modifier_name(r, r.index.get(k))
                # "Assistant Attorney General for National Security": a portfolio; "an
                # official in London": a place
                portfolio = target is not None and _portfolio(tok.lower_, target, formal)
                unknown = target is None and k < sent.end and doc[k].pos_ == "PROPN"
                field = tok.lower_ == "for" and formal and route is None
                if field and (
                    portfolio or (unknown and _named(r, token_table(doc).text[k]) is None)
                ):
                    # "… for National Security at the Department of Justice": the
                    # employer comes after the portfolio
                    after = portfolio_end(doc, k, sent.end)
                    if (
                        after > k
                        and after < sent.end
                        and token_table(doc).lower[after] in AFTER_PORTFOLIO
                    ):
                        j, route = after, PAST_PORTFOLIO_RULE
                        continue
                if tok.lower_ == "from":
                    route = FROM_RULE  # "Special Agent X from the FBI": not a place
                place = tok.lower_ in {"in", "from"}
                allowed = ORG_CLASSES - {"Location"} if place else ORG_CLASSES
                found = extra if route is not None else employers
                if target is not None and r.cls(target.entity) in allowed and not portfolio:
                    found.extend(r.inside_chain(target))
                elif unknown:
                    # "a manager for Veltra" where the tagger missed the short name
                    known = _named(r, token_table(doc).text[k])
                    found.extend([(known, 0.7)] if known is not None else [])
                break
            elif not (
                tok.text in {",", "-", "’s", "'s"}
                or tok.lower_ in {"a", "an", "the", "in", "and", "senior", "former"}
                or (tok.text[:1].isupper() and not tok.is_sent_start)
            ):
                break  # only a title may stand between a name and its employer
            j += 1
        if left_title is not None and left_title.lower_.removesuffix("s") in _COURT_TITLES:
            # "U.S. District Judge X", "Assistant U.S. Attorney X": a court's or an
            # office's, not the country's (the office is read below, by the title)
            employers = [(o, c) for o, c in employers if not _the_us(r, o)]
        found_by = [(o, c, "nominal.title.v2") for o, c in _possessors(r, employers)]
        if "attorney" in my_title + their_title:
            # "U.S. Attorney X for the Eastern District of Y": the article's "U.S.
            # Attorney's Office for the Eastern District of Y", its fullest name
            found_by = [(_attorneys_office(r, o), c, rule) for o, c, rule in found_by]
        if route is not None:
            found_by += [(o, min(c, 0.75), route) for o, c in _possessors(r, extra)]
        around = containers(r, [o for o, _, _ in found_by])
        for org, confidence, rule in found_by:
            if org in around:
                # "Trial Attorney X of the Justice Department's Criminal Division": the
                # division employs X; the department around it is not what a reader files
                continue
            if _bare_portfolio(r, org):
                # "Commerce Secretary X": "Commerce" is no employer, its department is
                body = _portfolio_body(r, left_title) if left_title is not None else None
                if body is not None:
                    self._works(person.entity, body, sent, "nominal.title.portfolio.v1", 0.75)
                continue
            if r.cls(org) in ORG_CLASSES:
                r.fact(person.entity, "worksFor", org, sent, rule, confidence)
        if not found_by and left_title is not None and portfolio_after(left_title):
            # "Secretary of Commerce X": the article's Commerce Department
            body = _portfolio_body(r, left_title)
            if body is not None:
                self._works(person.entity, body, sent, "nominal.title.portfolio_of.v1", 0.75)
        if (
            not employers
            and not extra
            and left_title is not None
            and left_title.lower_ in {"attorney", "attorneys"}
            and _federal_prosecutor(left_title)
        ):
            # "Assistant U.S. Attorneys A, B and C are in charge": the article's office
            office = self._attorney_office(left_title)
            if office is not None:
                self._works(person.entity, office, sent, "nominal.title.office.v1", 0.6)
            else:
                # "Assistant U.S. Attorneys A and B, and Trial Attorney C of the Fraud
                # Section": the body named is the next title's, not theirs
                office = self._attorney_office(left_title, own_list_only=True)
                if office is not None:
                    self._works(person.entity, office, sent, "nominal.title.office.list.v1", 0.6)

    # ------------------------------------------------------------ news-style roles
    def _works(self, person: int, org: int, sent: Span, rule: str, confidence: float) -> None:
        """One worksFor per person, employer and sentence, whichever rule finds it first."""
        key = (person, org, sent.start)
        if key in self._said or any(
            f.subject == person and f.object == org and f.sentence.start == sent.start
            for f in self.reader.found.facts
            if f.predicate == "worksFor"
        ):
            return
        self._said.add(key)
        self.reader.fact(person, "worksFor", org, sent, rule, confidence)

    def _title_phrases(self, person: Mention, sent: Span) -> None:
        """The title noun a name stands with, read over the parse: "Veltra chief
        executive Tom Ng", "Veltra's finance director Tom Ng", "Tom Ng, Veltra's
        chairman", "Tom Ng, an analyst at Veltra", "the head of Veltra, Tom Ng", "the
        Veltra directors, A, B and C", "X, one of six Veltra executives"; a bare
        "President X" or "Commissioner X" works for the article's state or commission;
        "Veltra's Tom Ng" for Veltra."""
        r = self.reader
        root = person.root
        titled = False
        # the title nouns are words of the name's own sentence
        has_title = self._has_title_word(*sentence_bounds(root))
        for title in _title_tokens(person, root) if has_title else ():
            titled = True
            employers = _possessors(r, self._employers(title, root, person))
            for other in (c for c in title.children if c.dep_ == "conj" and not employers):
                if _is_role(other) or is_title(other):
                    # "the owner and president of Y": the phrase hangs on the last title
                    employers = _possessors(r, self._employers(other, other, None))
            if not employers and root.dep_ == "conj" and title.i < person.start:
                employers = self._shared_employers(title, root)
            employers = [(o, c) for o, c in employers if not _bare_portfolio(r, o)]
            if title.lower_.startswith("attorney"):
                employers = [(_attorneys_office(r, o), c) for o, c in employers]

            if title.lower_.removesuffix("s") in _COURT_TITLES:
                # "Assistant United States Attorney X", "U.S. Magistrate Judge X": the
                # words name the office or court (read below), not the country
                employers = [(o, c) for o, c in employers if not _the_us(r, o)]
            around = containers(r, [o for o, _ in employers])
            # "… of the Justice Department's Criminal Division": the division
            employers = [(o, c) for o, c in employers if o not in around]
            # "A and B, both employees of Y": B shares the list's plural title
            listed = root.dep_ == "conj" and title.i > root.i and title.tag_ in {"NNS", "NNPS"}
            rule = "nominal.title.list_shared.v1" if listed else "nominal.title.news.v1"
            for org, confidence in employers:
                self._works(person.entity, org, sent, rule, confidence)
            if not employers:
                for org, confidence, rule in self._implied(title, person.entity):
                    self._works(person.entity, org, sent, rule, confidence)
        if titled:
            return
        # "Tom Ng of Veltra said": a company's person (a place's "of" is where they come
        # from; "X of the Fraud Section" without a title is not read as employment);
        # the last name of a list is the title rules' to read
        listed = person.start > sent.start and token_table(r.doc).lower[person.start - 1] in {
            "and",
            ",",
        }
        for org in (e for t in ([] if listed else preps(root, "of")) for e in r.entities(t)):
            if r.cls(org) == "Company" and org != person.entity:
                self._works(person.entity, org, sent, "nominal.of.v1", 0.6)
        # "Veltra's Tom Ng said": a company's person, most often its employee
        for c in root.children:
            if c.dep_ == "poss" and c.i < person.start:
                owner = r.entity(c)
                if owner is not None and r.cls(owner) in {"Company", "Government"}:
                    self._works(person.entity, owner, sent, "nominal.possessive.v1", 0.6)

    def _shared_employers(self, title: Token, root: Token) -> list[tuple[int, float]]:
        """ "Veltra chairman A and chief executive B": a bare title before a later name
        of a list shares the employer the first name's title names."""
        r = self.reader
        k = title.i - 1  # the title's own words, back to the list's "and"
        while k > 0 and k not in r.index and r.doc[k].pos_ in {"ADJ", "NOUN"}:
            k -= 1
        if token_table(r.doc).lower[k] not in {"and", ","}:
            return []  # "… and Commerce Secretary B": B's title names its own body
        first = root.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        mention = r.index.get(first.i)
        if mention is None or r.cls(mention.entity) != "Person":
            return []
        for title in _title_tokens(mention, first):
            if title.i < mention.start:
                employers = _possessors(r, self._employers(title, first, mention))
                return [(o, min(c, 0.7)) for o, c in employers]
        return []

    def _employers(
        self, title: Token, root: Token, person: Mention | None
    ) -> list[tuple[int, float]]:
        """The organisations a title noun names: its possessive and compound modifiers
        ("Veltra's", "Veltra") or its of/at/for/with phrase ("chief of Veltra",
        "director of sales at Veltra")."""
        r = self.reader
        leader = title.lower_ in LEADER_WORDS
        public = leader or title.lower_ in PUBLIC_TITLES
        allowed = ORG_CLASSES | ({"Location"} if public else set())
        out: list[tuple[int, float]] = []
        # modifiers before the title (and before the name, when the title is its compound)
        mods = [t for t in title.subtree if t.i < title.i]
        me = person.entity if person is not None else -1
        if person is not None and title.i < person.start:
            # "Fiat chief executive Sergio Marchionne": "Fiat" may hang on the name
            mods += [t for t in root.lefts if t.i < person.start and t.i != title.i]
        seen: set[int] = set()
        cut_off = _possessor_cut_off(r, title, allowed, leader)
        if cut_off:
            return cut_off
        for t in sorted(mods, key=lambda t: -t.i):
            if t.dep_ not in {"poss", "compound", "nmod", "amod", "npadvmod", "appos"}:
                continue
            if t.i in r.index and r.index[t.i].entity == me:
                continue
            if t.i in r.index and _runs_into_title(r.index[t.i]):
                continue
            org = r.entity(t) if t.dep_ == "poss" else (
                r.index[t.i].entity if t.i in r.index else _stripped_possessive(r, t)
            )  # fmt: skip
            if org is not None and t.dep_ == "poss" and r.cls(org) == "Location" and not leader:
                # "Veltrix's head of sales": the article's firm "Veltrix Intelligence AB",
                # its short name taken for a place
                org = _named(r, t.text)
            if org is None or org in seen or r.cls(org) not in allowed:
                continue
            if r.cls(org) == "Location" and t.dep_ == "poss" and not leader:
                continue  # "Moscow's Sovlink Securities": a city employs no one
            seen.add(org)
            # "its chief executive": as good as the pronoun's antecedent
            out.append((org, 0.6 if t.pos_ == "PRON" else 0.8))
            break  # the nearest modifier: "the Treasury's OFAC director" is OFAC's
        if not out and person is not None and title.i < person.start:
            out = _before_split_prefix(r, title)
        if out:
            return out
        # of/at/for/with phrases, one level down: "director of product at Veltra"; after
        # the name when the title comes first ("Foreign Minister Wang Lei of China")
        heads = [title]
        if person is not None and title.i < person.start:
            heads.append(root)
        for _ in range(2):
            nxt: list[Token] = []
            for head in heads:
                # "Assistant Secretary for Export Enforcement at the Department of
                # Commerce": after a formal title, "for" names the post's field before
                # the body an "at" or "of" phrase names
                formal = title.text[:1].isupper()
                for prep in sorted(head.children, key=lambda p: formal and p.lower_ == "for"):
                    if prep.dep_ != "prep" or prep.lower_ not in {"of", "at", "for", "with", "in"}:
                        continue
                    for obj in children(prep, "pobj"):
                        mention = r.index.get(obj.i)
                        # "Assistant Attorney General for National Security": a portfolio
                        formal = title.text[:1].isupper()
                        portfolio = mention is not None and _portfolio(prep.lower_, mention, formal)
                        if prep.lower_ == "in" and formal:
                            continue  # "Judge X in the District of Y": a place
                        here = allowed - ({"Location"} if prep.lower_ == "in" else set())
                        if mention is not None and mention.entity != me and not portfolio:
                            if r.cls(mention.entity) in here:
                                return r.inside_chain(mention) if not leader else [
                                    (mention.entity, 0.8)
                                ]  # fmt: skip
                        elif mention is None and obj.pos_ == "NOUN":
                            # "a spokeswoman for the ministry": the body named before
                            ref = r.entity(obj)
                            if ref is not None and ref != me and r.cls(ref) in here:
                                return [(ref, 0.6)]
                            nxt.append(obj)
                        elif mention is None:
                            # "Senior Counsel X of CCIPS": a short name the tagger
                            # missed; an unknown acronym is a body, the employer
                            known = _named(r, obj.text) if obj.pos_ == "PROPN" else None
                            if known is not None and r.cls(known) in here:
                                return [(known, 0.7)]
                            if obj.text.isupper() and len(obj.text) > 1:
                                return out
                            nxt.append(obj)
            heads = nxt
        return out

    def _implied(self, title: Token, person: int = -1) -> list[tuple[int, float, str]]:
        """The employer a bare title implies: a head of state or government works for
        the state ("the Russian president"; "President X" in a state's own release,
        the first president it names), a commissioner for the article's commission, a
        senator for the Senate."""
        r = self.reader
        word = title.lower_
        body_of = _portfolio_body(r, title)
        if body_of is not None:
            # "Trade Minister X" of the Ministry of Trade, "a ministry spokesman, X"
            return [(body_of, 0.7, "nominal.title.portfolio.v1")]
        ministry = _country_ministry(r, title)
        if ministry is not None:
            # "Germany's economy ministry spokesman, X": that ministry, named as written
            return [(ministry, 0.7, "nominal.title.country_ministry.v1")]
        if word in LEADER_WORDS:
            for mod in title.children:
                if mod.dep_ in {"amod", "compound"} and mod.lower_ in NATIONALITIES:
                    country = self.reader.country(NATIONALITIES[mod.lower_])
                    return [(country, 0.7, "nominal.title.leader.v1")]
            state = state_issuer(r) if title.text == "President" else None
            if state is not None and person == self._first_president():
                # "President Biden is directing …" in a White House fact sheet
                return [(state, 0.7, "nominal.title.own_president.v1")]
            return []
        if word in {"attorney", "attorneys"} and _federal_prosecutor(title):
            office = self._attorney_office(title)
            if office is None and preps(title, "in"):
                # "X, U.S. Attorney in Boston": the prosecutor's office by its seat (made
                # an entity, as the charge frame names it: "the U.S. Attorney in Boston";
                # 1 of 1 right on the tuned sets, stated as the release offices are)
                seat = court_entity(r, title)
                return [(seat, 0.6, "nominal.title.office_by_seat.v1")] if seat is not None else []
            return [(office, 0.6, "nominal.title.office.v1")] if office is not None else []
        body = BODY_TITLES.get(word) or BODY_TITLES.get(word.removesuffix("s"))
        if any(portfolio_of(t.text) for t in _title_words(title)):
            body = None  # "Trade Representative X" holds an office, not a House seat
        if body is not None and title.text[:1].isupper():
            best: tuple[int, int] | None = None
            for i, c in enumerate(r.clusters):
                names = [c.name.lower(), *(a.lower() for a in c.aliases)]
                named = (
                    c.cls == "Government"
                    and c.name[:1].isupper()  # a body's name: not "in federal court"
                    and any(body in n.split() and "white" not in n for n in names)
                )  # "Rep. X" sits in the House, not the White House
                if named and (best is None or len(c.mentions) > best[0]):
                    best = (len(c.mentions), i)
            if best is not None:
                return [(best[1], 0.6, "nominal.title.body.v1")]
            if body in CHAMBERS:
                # "Sen. Ann Ross" names her chamber even when the article does not
                return [(self._chamber(CHAMBERS[body]), 0.6, "nominal.title.body.v1")]
        return self._earlier_employer(title)

    def _first_president(self) -> int | None:
        """The first person the article titles "President" and makes the subject of a
        verb somewhere ("President Biden signed …"), looked up once: in a state's own
        release, its own president. A foreign one is named later or only as an object
        ("to hold President Putin to account"), and mostly with the country."""
        if self._president is False:
            r = self.reader
            table = token_table(r.doc)
            acting: set[int] | None = None  # subjects of verbs: made at the first "President"
            self._president = None
            for m in r.mentions:
                if (
                    m.start <= 1
                    or table.text[m.start - 1] != "President"
                    or table.lower[m.start - 2] == "vice"
                ):
                    continue
                if acting is None:
                    acting = {
                        n.entity
                        for n in r.mentions
                        if n.root.dep_ == "nsubj" and _finite(n.root.head)
                    }
                if m.entity in acting and r.cls(m.entity) == "Person":
                    self._president = m.entity
                    break
        return self._president if isinstance(self._president, int) else None

    def _attorney_office(self, title: Token, own_list_only: bool = False) -> int | None:
        """The office of an "Assistant U.S. Attorney" whose sentence names none: the
        article's most-mentioned government body named for a judicial district or an
        attorney's office ("the Southern District of New York", "U.S. Attorney's
        Office for the District of Minnesota")."""
        r = self.reader
        for t in r.doc[title.i + 1 : sentence_bounds(title)[1] - 2]:
            another = is_title(t) or t.lower_ in _TITLE_STARTS
            if own_list_only and another and token_table(r.doc).lower[t.i - 1] in {"and", ","}:
                break  # "…, and Trial Attorney C of …": another's title and body
            nxt = r.doc[t.i + 2] if token_table(r.doc).lower[t.i + 1] == "the" else r.doc[t.i + 1]
            if t.lower_ in {"of", "for", "with"} and nxt.text[:1].isupper():
                return None  # "… of the District of X" / a body the parse lost: not implied
        best: tuple[int, int] | None = None
        offices: list[tuple[int, str]] = []  # attorney's offices named: (entity, name)
        for i, c in enumerate(r.clusters):
            if c.cls != "Government" or "court" in c.name.lower():
                continue
            names = [c.name.lower().replace("’", "'"), *(a.lower() for a in c.aliases)]
            if any("attorney" in n and "office" in n for n in names):
                offices.append((i, names[0]))
            elif not any("district of" in n for n in names):
                continue
            if best is None or len(c.mentions) > best[0]:
                best = (len(c.mentions), i)
        if best is None:
            return None
        # "… of the District of Columbia" named most, "the U.S. Attorney's Office for the
        # District of Columbia" once: the district's own office is the employer (not an
        # office of another district that assisted)
        district = r.clusters[best[1]].name.lower()
        own = [i for i, name in offices if i != best[1] and name.endswith(district)]
        return own[0] if own else best[1]

    def _chamber(self, name: str) -> int:
        """The legislative chamber ``name`` as an entity of the article (added once)."""
        r = self.reader
        if name not in self._chambers:
            r.clusters.append(EntityCluster(name, "Government"))
            self._chambers[name] = len(r.clusters) - 1
        return self._chambers[name]

    def _earlier_employer(self, title: Token) -> list[tuple[int, float, str]]:
        """ "The ten former directors are A, B…" after "directors at Veltra": a bare
        lower-case title takes the employer the same title had earlier in the article."""
        r = self.reader
        # a capitalised title is a formal one ("Assistant Attorney General X"), held
        # in many offices; "a director" is any director
        if title.text[:1].isupper() or any(
            c.lower_ in {"a", "an", "another"} for c in title.children
        ):
            return []
        if _own_employer_phrase(title):
            # "X, director of the agency's enforcement division": an employer of its
            # own, unresolved; not the firm an earlier "finance director" worked for
            return []
        lemma = r.lemma[title.i]
        # the article so far, bounded: a title several pages back names another firm
        for i in range(title.i - 1, max(title.i - 3000, 0) - 1, -1):
            if r.lemma[i] != lemma:
                continue
            earlier = r.doc[i]
            employers = self._employers(earlier, earlier, None)
            if employers:
                return [(employers[0][0], 0.7, "nominal.title.earlier.v1")]
            if any(c.lower_ in {"another", "other"} for c in earlier.children):
                # "another engineer who worked …": a new one, whom the title now means
                return []
        return []

    def _stays(self, clause: VerbClause) -> bool:
        """ "Ann Ross remains with Veltra", "stayed with the firm": still employed there
        (a company only: "remains with the police" is custody)."""
        r = self.reader
        found = False
        for org in (e for t in preps(clause.verb, "with") for e in r.entities(t)):
            for p in clause.subjects:
                if r.cls(p) == "Person" and r.cls(org) == "Company":
                    r.fact(
                        p, "worksFor", org, clause.sent, f"verb.worksFor.{clause.lemma}.v1",
                        0.6, clause.modality,
                    )  # fmt: skip
                    found = True
        return found

    def _leads(self, clause: VerbClause) -> bool:
        """ "Tom Ng heads Veltra", "Tom Ng, who runs Veltra", "Veltra, headed by Tom Ng"."""
        r, verb = self.reader, clause.verb
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            people = [e for t in agents(verb) for e in r.entities(t)]
            orgs = r.entities(verb.head)
        else:
            people, orgs = clause.actors, clause.patients
            if not orgs and verb.dep_ == "conj" and not clause.passive:
                # "X owned and operated Y": the object the first verb shares
                orgs = [e for t in children(verb.head, "dobj") for e in r.entities(t)]
        if not people and clause.passive:
            # "headed by Special Agent in Charge X": the name after the agent's title
            people = [e for t in agents(verb) if is_title(t) for e in _name_after(r, t)]
        found = False
        for p in people:
            for org in orgs:
                if r.cls(p) == "Person" and r.cls(org) in ORG_CLASSES:
                    r.fact(
                        p, "worksFor", org, clause.sent, f"verb.worksFor.{clause.lemma}.v1",
                        0.7, clause.modality,
                    )  # fmt: skip
                    found = True
        return found


def _name_after(r: ArticleReader, title: Token) -> list[int]:
    """The person named right after a title word, past the rest of the title
    ("Agent | in Charge X", "Director X")."""
    doc = r.doc
    for k in range(title.i + 1, min(title.i + 5, len(doc))):
        mention = r.index.get(k)
        if mention is not None:
            return [mention.entity] if r.cls(mention.entity) == "Person" else []
        if not (
            is_title(doc[k])
            or token_table(doc).lower[k] == "in"
            or token_table(doc).text[k] == "Charge"
        ):
            return []
    return []


#: Participles after a hyphen that make a name a modifier of the body after it
#: ("the Kremlin-backed Patriot Media Group").
_HYPHEN_PARTICIPLES = frozenset(
    {"controlled", "backed", "linked", "owned", "aligned", "affiliated", "run", "led",
     "funded", "sponsored", "allied"}
)  # fmt: skip


def _past_modifier_name(r: ArticleReader, target: Mention | None) -> Mention | None:
    """The body a phrase names past a hyphenated modifier ("an official of the
    Houthi-controlled Yemen Economic Committee": the committee, not the Houthis)."""
    doc = r.doc
    if target is None or target.end + 2 >= len(doc) or token_table(doc).text[target.end] != "-":
        return target
    if token_table(doc).lower[target.end + 1] not in _HYPHEN_PARTICIPLES:
        return target
    return r.index.get(target.end + 2)


def _possessor_cut_off(
    r: ArticleReader, title: Token, allowed: frozenset[str] | set[str], leader: bool
) -> list[tuple[int, float]]:
    """ "the Secretary of State and Moldova's Minister of Finance, X": the possessor
    right before the title that the parser joined to the list before it instead."""
    doc = r.doc
    k = title.i - 1
    while k > 0 and doc[k].head.i == title.i and doc[k].dep_ in {"amod", "compound"}:
        k -= 1  # "Orbis's chief executive"
    if k < 1 or doc[k].tag_ != "POS" or doc[k].head.i != k - 1 or doc[k - 1].dep_ == "poss":
        return []
    owner = r.index.get(k - 1)
    if owner is None or r.cls(owner.entity) not in allowed:
        return []
    if r.cls(owner.entity) == "Location" and not leader:
        return []  # "Moscow's Sovlink Securities": a city employs no one
    return [(owner.entity, 0.7)]


def _listing(prep: Token) -> bool:
    """ "including" or the "as" of "such as": a preposition that lists examples."""
    if prep.dep_ != "prep":
        return False
    if prep.lower_ == "including":
        return True
    return prep.lower_ == "as" and prep.i > 0 and token_table(prep.doc).lower[prep.i - 1] == "such"


#: Verbs whose complement clause they deny ("Y denied that X had worked for it").
DENY_VERBS = frozenset({"deny", "dispute", "reject"})


def _denied(clause: VerbClause) -> bool:
    """A clause negated ("never worked for Y") or the complement of a denial ("denied
    that X had worked for Y", "denies X is an employee of Y")."""
    verb = clause.verb
    if negated(verb):  # not clause.modality: its sentence word set costs on every verb
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in DENY_VERBS


def _worked_in(r: ArticleReader, verb: Token) -> list[int]:
    """The organisations of "worked in the Commerce Department" / "worked in Veltras
    research department" (the body's owner, its apostrophe lost); never a place."""
    found: list[int] = []
    for obj in preps(verb, "in"):
        named = [e for e in r.entities(obj) if r.cls(e) in ORG_CLASSES]
        if not named and obj.pos_ == "NOUN":
            # "Veltras research department": the department of the company named before
            for c in obj.children:
                if c.dep_ in {"compound", "poss", "nmod"} and c.i < obj.i:
                    owner = r.entity(c) if c.i in r.index else _stripped_possessive(r, c)
                    if owner is not None and r.cls(owner) in ORG_CLASSES:
                        named.append(owner)
        found += [e for e in named if e not in found]
    return found


def _subject_people(r: ArticleReader, subj: Token | None) -> list[int]:
    """The entities a clause's subject names; "he"/"she" the person the text is about
    (:func:`person_referent`), not merely the last one named."""
    if subj is None:
        return []
    if subj.lower_ in PERSONAL or (subj.lower_ in {"his", "her"} and subj.dep_ == "poss"):
        ref = person_referent(r, subj)
        return [ref] if ref is not None else []
    found = r.entities(subj)
    if not found and subj.lower_ == "who":
        # "X, a Swedish national who served as …": the clause hangs on the noun set
        # beside the name, and its "who" is the person so described
        noun = relative_antecedent(subj)
        if noun is not None and noun.dep_ == "appos" and noun.head.i in r.index:
            found = [p for p in r.entities(noun.head) if r.cls(p) == "Person"]
    return found


def _title_tokens(person: Mention, root: Token) -> list[Token]:
    """The title nouns standing with a name: before it ("Veltra chief executive X"),
    in apposition ("X, chairman of Y"; "the head of Y, X"; "the directors - A and B"),
    or as the subject of a copula with the name ("The directors are A, B and C")."""
    out: list[Token] = []
    doc = root.doc
    # inside or just before the name: the nearest title word of the noun phrase
    sent_start = sentence_bounds(root)[0]  # (``root.sent`` scans the parse: asked per name)
    for i in range(person.end - 1, max(person.start - 6, sent_start) - 1, -1):
        t = doc[i]
        inside = person.start <= t.head.i < person.end or t.dep_ == "compound"
        if i < person.start and not inside:
            break  # left of the name's noun phrase
        if _is_role(t):
            out.append(t)
            break
    if not out:
        # "Australian Minister for Resources X": a title with its portfolio phrase the
        # parser hangs on the name whole, past the phrase's words
        out.extend(
            c
            for c in near_children(root, 8, 0, _NMOD)
            if c.i < person.start and c.i >= sent_start and _is_role(c)
        )
    # "Veltra boss A and Orbis chairman B": B's own title, not the one B is hung on
    titled_before = any(t.i < person.start for t in out)
    out.extend(_titles_past_home(root))
    for c in root.children:
        if c.dep_ == "appos" and c.i > root.i:
            roles = _role_of(c)
            # "X, a Polish national and the managing director of Y": the title joined to
            # a noun that is none
            out.extend(roles or [t for d in c.children if d.dep_ == "conj" for t in _role_of(d)])
    head = root
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    if head is not root and not titled_before:
        # "A and B, both employees of Y": a plural title after the list is all of theirs;
        # "A and B, the chief executive and finance director of Y": one title each
        out.extend(
            t
            for c in head.children
            if c.dep_ == "appos" and c.i > root.i and (c.tag_ in {"NNS", "NNPS"} or _paired(c))
            for t in _role_of(c)
        )
    if head.dep_ == "appos" and not titled_before:
        out.extend(_role_of(head.head))
        # "the head of Veltra, Tom Ng", "a spokesman for Veltra, Tom Ng", "an analyst at
        # Veltra, Tom Ng": the name stands beside the employer's name
        named = head.head
        prep = named.head
        if named.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _BESIDE_EMPLOYER:
            out.extend(_role_of(prep.head))
    elif head.dep_ == "attr" and head.head.lemma_ == "be":
        out.extend(t for t in head.head.children if t.dep_ == "nsubj" and _is_role(t))
    elif root.dep_ == "conj" and not titled_before and not out:
        # "The managing director of Gulf Crest, Farid Moradi, an Iranian national, …":
        # the apposition parsed as a conjunct of the employer's name (only a comma
        # between, no "and": "the head of A, B and C" lists no person beside A)
        named, prep = root.head, root.head.head
        beside = named.dep_ == "pobj" and prep.dep_ == "prep" and prep.lower_ in _BESIDE_EMPLOYER
        if (
            beside
            and named.i < person.start
            and not any(c.dep_ == "cc" for t in (named, root) for c in t.children)
            and all(t.is_punct for t in doc[named.i + 1 : person.start])
        ):
            out.extend(_role_of(prep.head))
    return out


_NMOD = frozenset({"nmod"})
_PLACE_TYPES = frozenset({"GPE", "LOC"})


def _titles_past_home(root: Token) -> list[Token]:
    """ "X, 44, of Tampa, Florida, the president of Y": the parser hangs the title set
    off after a person's home town on the town (or its state), not on the name."""
    out: list[Token] = []
    holders = [root, *(c for c in root.children if c.dep_ == "appos" and c.like_num)]
    for holder in holders:
        for prep in holder.children:
            if prep.dep_ != "prep" or prep.lower_ != "of" or prep.i < root.i:
                continue
            for town in prep.children:
                if town.dep_ != "pobj" or town.ent_type_ not in _PLACE_TYPES:
                    continue
                places = [town, *(c for c in town.children if c.dep_ in {"appos", "conj"})]
                for place in places:
                    if place.ent_type_ not in _PLACE_TYPES:
                        continue
                    for c in place.children:
                        if c.dep_ == "appos" and c.i > place.i and c.ent_type_ not in _PLACE_TYPES:
                            out.extend(_role_of(c))
    return out


#: Prepositions between a title and the employer a name stands beside ("the head of
#: Veltra, Tom Ng", "a spokesman for Veltra, Tom Ng", "an analyst at Veltra, Tom Ng").
_BESIDE_EMPLOYER = frozenset({"of", "for", "at", "with"})


#: Title prefixes the tokenizer splits off with their hyphen ("co-founder", "vice-chairman").
_SPLIT_PREFIXES = frozenset({"co", "vice"})


def _before_split_prefix(r: ArticleReader, title: Token) -> list[tuple[int, float]]:
    """ "Veltra co-founder X", "Veltra vice-chairman X" where the tokenizer split off
    "co -" and the parse hung the firm's name on the prefix: the body named right
    before it."""
    doc, i = title.doc, title.i
    if (
        i < 3
        or token_table(doc).text[i - 1] != "-"
        or token_table(doc).lower[i - 2] not in _SPLIT_PREFIXES
    ):
        return []
    mention = r.index.get(i - 3)
    if mention is None or mention.end != i - 2:
        return []
    return [(mention.entity, 0.8)] if r.cls(mention.entity) in ORG_CLASSES - {"Location"} else []


def _own_employer_phrase(title: Token) -> bool:
    """A title with an of/at/for/with phrase of its own ("director of the agency's
    enforcement division"), whether or not the phrase names an entity."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in _BESIDE_EMPLOYER and children(prep, "pobj")
        for prep in title.children
    )


def _paired(title: Token) -> bool:
    """ "the chief executive and finance director (of Y)": a title noun phrase that
    joins two titles with "and", one for each name of a list."""
    before = [t for t in title.subtree if t.i < title.i]
    and_at = next((t.i for t in before if t.lower_ == "and" and t.dep_ == "cc"), None)
    return and_at is not None and any(_is_role(t) for t in before if t.i < and_at)


def _role_of(token: Token) -> list[Token]:
    """``token`` if it is a title noun; "one of six Veltra executives" → executives."""
    if _is_role(token):
        return [token]
    if token.lower_ == "one":
        return [o for o in preps(token, "of") if _is_role(o)]
    if token.pos_ == "NUM":
        # "Two former directors, A and B": the counted title, however it is attached
        return [t for t in token.subtree if t.i > token.i and t.i < token.i + 6 and _is_role(t)][:1]
    return []


@lru_cache(maxsize=1 << 16)
def _title_like(word: str) -> bool:
    """Whether a lower-case word is a title word (:func:`is_title`) or a role word
    (:func:`_is_role`'s test of its text)."""
    return (
        word in TITLE_WORDS
        or word.removesuffix("s") in TITLE_WORDS
        or is_role_word(word)
        or word in BODY_TITLES
    )


#: The words :func:`_title_likes` has tested, and those of them that are title-like:
#: shared by all articles (each article's distinct words are asked, and most recur).
_TESTED: set[str] = set()
_TITLE_LIKE: set[str] = set()


def _title_likes(words: frozenset[str]) -> frozenset[str]:
    """The title-like words (:func:`_title_like`) among ``words``: only the words no
    earlier article had tested, then set intersections."""
    if len(_TESTED) > 1 << 20:
        _TESTED.clear()  # a long-running process stays bounded
        _TITLE_LIKE.clear()
    new = words - _TESTED
    _TESTED.update(new)
    _TITLE_LIKE.update(w for w in new if _title_like(w))
    return words & _TITLE_LIKE


def _is_role(token: Token) -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and (
        is_role_word(token.text) or token.lower_ in BODY_TITLES
    )


def _employer_prep(token: Token, formal: bool) -> bool:
    """The preposition between a title and its employer: "engineer at Y", "chief of Y",
    "manager for Y"; after a lower-case title also "an official in the Ministry of Y"
    (a formal title's "in" is a place: "Judge X in the District of Y")."""
    word = token.lower_
    return word in {"of", "for", "at", "with"} or (word == "in" and not formal)


def _portfolio(prep: str, target: Mention, formal: bool) -> bool:
    """ "Assistant Attorney General for National Security": after a formal title, a
    "for" phrase names a field unless it names a body (a known one, or a name with a
    body's head noun: "U.S. Attorney X for the Northern District of Texas"); after a
    lower-case title it names the employer ("a technology manager for Veltra")."""
    if prep != "for" or not formal or target.source in {"body", "gazetteer"}:
        return False
    return not (set(target.span.text.lower().split()) & BODY_HEADS)


def _speaker(verb: Token, subj: Token | None) -> Token | None:
    """The subject of the verb of saying whose that-clause ``verb`` heads, where the
    clause's own subject is "he" or "she" ("Y indicated that he worked for Z")."""
    if subj is None or subj.lower_ not in {"he", "she"} or verb.dep_ != "ccomp":
        return None
    if not any(t.lower_ == "that" for t in verb.children if t.i < verb.i):
        return None
    return subject(verb.head)


def _employer_phrases(verb: Token, *more: str) -> list[Token]:
    """The for/at/with phrases of a verb of working, also inside its as-phrase
    ("worked as an engineer for Y", "employed as a scientist at Y")."""
    words = ("for", "at", "with", *more)
    return preps(verb, *words) + [t for role in preps(verb, "as") for t in preps(role, *words)]


def _described(r: ArticleReader, head: Token) -> list[int]:
    """The person a participle phrase describes: the name it hangs on, or the name a
    title noun it hangs on stands beside ("X, an engineer formerly employed at Y")."""
    mention = r.index.get(head.i)
    if mention is None and head.dep_ == "appos" and head.pos_ == "NOUN":
        mention = r.index.get(head.head.i)
    return [mention.entity] if mention is not None else []


def _where_employer(r: ArticleReader, verb: Token) -> int | None:
    """The firm a "where" clause describes: "Daugava Tools SIA, a trading company in
    Riga, Latvia, where X served as managing director" (the clause may hang on the
    place after the firm's description; the firm is the nearest organisation above)."""
    if verb.dep_ != "relcl" or not any(c.lower_ == "where" for c in verb.children):
        return None
    t = verb.head
    for _ in range(6):
        mention = r.index.get(t.i)
        if mention is not None and r.cls(mention.entity) in ORG_CLASSES:
            return mention.entity
        if t.pos_ in {"VERB", "AUX"} or t.head.i == t.i:
            return None
        t = t.head
    return None


def _named(r: ArticleReader, name: str, other_than: int = -1) -> int | None:
    """The organisation the article names ``name`` (its name or an alias)."""
    span_text = token_table(r.doc).span_text  # a mention's text without making its Span's
    for i, c in enumerate(r.clusters):
        if (
            i != other_than
            and c.cls in ORG_CLASSES
            and (
                name in {c.name, *c.aliases}
                or any(span_text(m.start, m.end) == name for m in c.mentions)
            )
        ):
            return i
    if " " in name or name.isupper() or name.lower() in NATIONALITIES or name in COUNTRY_NAMES:
        return None  # an acronym is a name of its own
    for i, c in enumerate(r.clusters):
        # "Veltra" for "Veltra Wind Group Co. Ltd.": a company's distinctive first word
        if i != other_than and c.cls == "Company" and c.name.split()[0] == name:
            return i
    return None


def _stripped_possessive(r: ArticleReader, token: Token) -> int | None:
    """ "Veltras chief executive": a known organisation's name with its apostrophe
    lost (texts scraped without apostrophes), which the tagger reads as a word."""
    text = token.text
    if len(text) < 4 or not text[:1].isupper() or not text.endswith("s"):
        return None
    return _named(r, text[:-1])


def _fuller(r: ArticleReader, org: int) -> int:
    """The body a cut-short name stands for: "Southern District" where the text goes on
    "… of New York and …" (the tagger cuts a name before a list's "and") is the
    article's "(U.S. Attorney's Office for the) Southern District of New York", made
    an entity of its own when the article has none by that name."""
    c = r.clusters[org]
    doc = r.doc
    for m in c.mentions:
        k = m.end
        if k + 1 >= len(doc) or token_table(doc).lower[k] != "of" or doc[k + 1].pos_ != "PROPN":
            continue
        while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN":
            k += 1
        full = doc[m.start : k + 1].text
        best: int | None = None
        for j, other in enumerate(r.clusters):
            names = (other.name, *other.aliases)
            if j == org or other.cls not in ORG_CLASSES:
                continue
            if full in names:
                return j
            if best is None and any(n.endswith(" " + full) for n in names):
                best = j
        if best is not None:
            return best
        if c.name.split()[-1] == "District" and c.cls == "Government":
            r.clusters.append(EntityCluster(full, "Government"))
            return len(r.clusters) - 1
    return org


#: Words that begin a title, not a body: a body's name the tagger ran on into the
#: next person's title ("CCIPS Trial | Attorney X", "the District of Y and Trial |
#: Attorneys A and B") ends before them.
_TITLE_STARTS = frozenset(
    {"trial", "acting", "special", "senior", "assistant", "deputy", "principal",
     "supervisory", "digital", "investigative", "chief", "executive"}
)  # fmt: skip


def _portfolio_division(r: ArticleReader, title: Span) -> int | None:
    """The body named for a title's portfolio: "… for National Security" → the
    article's "National Security Division"."""
    words = [t.text for t in title]
    if "for" not in words:
        return None
    field = words[words.index("for") + 1 :]
    if not field or not all(w[:1].isupper() for w in field):
        return None
    return _named(r, " ".join(field) + " Division")


def _runs_into_title(mention: Mention) -> bool:
    """ "… of the District of Y and Trial Attorneys X": a body's name the tagger ran on
    into the next person's title belongs to the person before, not to X."""
    span = mention.span
    return any(
        t.lower_ == "and" and (span[k + 1].lower_ in _TITLE_STARTS or is_title(span[k + 1]))
        for k, t in enumerate(span[:-1])
    )


def _trimmed(r: ArticleReader, org: int) -> int | None:
    """The body a name stands for once the title words run into it are cut off: the
    article's body of that name, a new one if the rest ends in a body's head noun
    ("District of Connecticut"), or none ("Digital Investigative | Analyst X")."""
    name = r.clusters[org].name
    words = name.split()
    cut = len(words)
    for i, w in enumerate(words):
        if w.lower() == "and" and i + 1 < len(words):
            nxt = words[i + 1].lower()
            if nxt in _TITLE_STARTS or is_role_word(nxt):
                cut = i
                break
    end = cut
    while cut > 0 and (words[cut - 1].lower() in _TITLE_STARTS or is_role_word(words[cut - 1])):
        cut -= 1
    if not any(w.lower() in _TITLE_STARTS for w in words[cut:end]):
        cut = end  # "Office of the Attorney General", "Trade Representative": a name
    if cut == len(words) or (cut and words[cut - 1].lower() in {"of", "the", "for", "to"}):
        return org
    rest = " ".join(words[:cut])
    if not rest:
        return None
    known = _named(r, rest, other_than=org)
    if known is not None:
        return known
    if any(w.lower() in BODY_HEADS for w in words[:cut]):
        r.clusters.append(EntityCluster(rest, "Government"))
        return len(r.clusters) - 1
    return None


#: Head nouns of an office inside a body, run on after the body's name.
_SUB_BODIES = frozenset({"office", "division", "section", "unit", "branch", "bureau"})


def _run_on_owner(r: ArticleReader, org: int) -> int | None:
    """The known body whose name opens ``org``'s before an office's head noun and "of":
    "ICE Office of Investigations" → ICE (by its name or an alias), else None."""
    words = r.clusters[org].name.split()
    for k in range(1, len(words) - 2):
        if words[k].lower() in _SUB_BODIES and words[k + 1] == "of":
            head = " ".join(words[:k]).removeprefix("U.S. ").removeprefix("the ")
            return _named(r, head, other_than=org) if head else None
    return None


def _possessors(r: ArticleReader, employers: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """Employers read through a lost apostrophe: "Veltra Corps" is Veltra Corp itself;
    "Veltras Research Department" is a department of Veltra, who employs its staff too."""
    out: list[tuple[int, float]] = []
    for found, confidence in employers:
        trimmed = _trimmed(r, _fuller(r, found))
        if trimmed is None:
            continue
        org = trimmed
        words = r.clusters[org].name.split()
        owner: int | None = None
        for k in range(1, len(words) + 1):
            head = " ".join(words[:k])
            if head.endswith("s") and len(head) > 3:
                owner = _named(r, head[:-1], other_than=org)
                if owner is not None:
                    break
        if owner is None:
            out.append((org, confidence))
            # "U.S. Immigration and Customs Enforcement Office of Investigations": a
            # known body's office run on into one name; the body employs its staff too
            run_on = _run_on_owner(r, org)
            if run_on is not None:
                out.append((run_on, min(confidence, 0.7)))
        elif k == len(words):
            out.append((owner, confidence))  # the whole name, possessive
        else:
            # "Southern District of New Yorks Terrorism and International Narcotics
            # Unit": the unit of the owner, named apart where the tagger ran them on
            if r.cls(owner) == "Company":
                # "Sinovels Research and Development Department": a company's own
                # department is no employer of its own
                out.append((owner, min(confidence, 0.7)))
                continue
            inner = _body_after_possessive(r, org, words[k:])
            out += [(inner, confidence), (owner, min(confidence, 0.7))]
    return list(dict.fromkeys(out))


def _same_title(mine: list[str], theirs: list[str]) -> bool:
    """Two titles of one office, up to seniority ("Trial Attorney", "Senior Trial
    Attorney"): names listed with them share the body named after the list."""
    rank = {"senior", "acting"}
    return bool(theirs) and sorted(set(mine) - rank) == sorted(set(theirs) - rank)


def _next_name(r: ArticleReader, j: int) -> Mention | None:
    """The person named right after the "and" or comma at ``j`` of a list of names,
    also where the tagger left a first name out ("and Micah W.J. Smith")."""
    doc = r.doc
    for k in (j + 1, j + 2):
        mention = r.index.get(k)
        if mention is not None:
            return mention if r.cls(mention.entity) == "Person" else None
        if k >= len(doc) or not token_table(doc).text[k][:1].isupper() or is_title(doc[k]):
            return None
    return None


def _body_after(r: ArticleReader, i: int) -> bool:
    """Token ``i`` ("of", "for", "the") joins a title to a body named right after it."""
    doc = r.doc
    k = i + 1
    if k < len(doc) and token_table(doc).lower[k] == "the":
        k += 1
    mention = r.index.get(k)
    return mention is not None and r.cls(mention.entity) in ORG_CLASSES


def _in_charge(token: Token) -> bool:
    """The "in" of "Special Agent in Charge" / "Assistant Director in Charge", a title
    that a name follows."""
    doc = token.doc
    return (
        token.lower_ == "in"
        and token.i + 1 < len(doc)
        and token_table(doc).text[token.i + 1] == "Charge"
    )


#: Titles of the courts and prosecutors the words "U.S." open: "U.S. District Judge".
_COURT_TITLES = frozenset({"judge", "attorney", "marshal"})

_US_NAMES = frozenset({"United States", "United States of America", "U.S.", "US", "USA"})


def _the_us(r: ArticleReader, entity: int) -> bool:
    """Whether ``entity`` is the United States, by any of its names."""
    cluster = r.clusters[entity]
    return cluster.name in _US_NAMES or not cluster.aliases.isdisjoint(_US_NAMES)


def _federal_prosecutor(title: Token) -> bool:
    """ "Assistant U.S. Attorney(s)": a prosecutor of a U.S. Attorney's Office."""
    doc = title.doc
    before = {token_table(doc).text[i] for i in range(max(title.i - 3, 0), title.i)}
    # "U.S. Attorney X" heads the office; not "Assistant Attorney General", "Attorney
    # General" (the title runs on past "Attorney")
    after = token_table(doc).text[title.i + 1] if title.i + 1 < len(doc) else ""
    return bool(before & {"U.S.", "US", "United"}) and after != "General"


def _title_words(title: Token) -> list[Token]:
    """The words of a title's noun phrase before its title word ("Trade" of "Trade
    Minister X", "ministry" of "a ministry spokesman"), nearest first."""
    doc, out = title.doc, []
    for i in range(title.i - 1, max(title.i - 4, sentence_bounds(title)[0]) - 1, -1):
        tok = doc[i]
        if tok.dep_ not in {"compound", "amod", "nmod"} and not tok.text[:1].isupper():
            break
        out.append(tok)
    return out


def _portfolio_body(r: ArticleReader, title: Token) -> int | None:
    """The article's ministry or department a title names by its portfolio or its
    body noun: "Trade Minister X" (the Ministry of Trade), "Energy Secretary X" (the
    Energy Department), "a ministry spokesman, X" (the ministry last named before).
    A secretary's body is a department or an office, a minister's a ministry; among
    several, the one named last before the title."""
    words = _title_words(title)
    word = title.lower_.removesuffix("s")
    portfolio = next((p for t in words if (p := portfolio_of(t.text)) is not None), None)
    assistant = any(t.lower_ == "assistant" for t in words)
    if portfolio is None and _attorney_general(title) and not (assistant and _divisions(r)):
        # "(Deputy / Assistant) Attorney General X": the Justice Department's office;
        # an assistant attorney general heads a division, and where the article names
        # divisions, is filed under one
        words, word, portfolio = [], "general", "justice"
    after = portfolio_after(title)
    if portfolio is None and after is not None:
        words, portfolio = [after], portfolio_of(after.text)  # "Secretary of Commerce X"
    noun = next((t.lower_ for t in words if t.lower_ in PORTFOLIO_HEADS), None)
    if portfolio is not None and word not in TITLE_HEADS:
        return None  # "Chief Technology Officer": a company's office, no ministry
    if portfolio is None and noun is None:
        return None
    heads = {noun} if noun is not None else TITLE_HEADS[word] | {"ministry", "department"}
    best: tuple[bool, bool, int, int] | None = None
    for i, c in enumerate(r.clusters):
        if c.cls != "Government":
            continue
        end, tokens, portfolios = _body_words(c.name, frozenset(c.aliases))
        # "Department of Justice" or "Justice Department", before a body inside it
        # named after it ("Department of Justice Task Force on Intellectual Property")
        headed = end in heads or (portfolio is not None and portfolio_of(end) == portfolio)
        if not tokens & heads and not (portfolio == "treasury" and "treasury" in tokens):
            continue
        if portfolio is not None and portfolio not in portfolios:
            continue
        preferred = bool(tokens & TITLE_HEADS.get(word, frozenset(heads)))
        last = max((m.start for m in c.mentions if m.start < title.i), default=-1)
        key = (headed, preferred, last, -i)
        if best is None or key > best:
            best = key
    return -best[3] if best is not None else None


@lru_cache(maxsize=4096)
def _body_words(name: str, aliases: frozenset[str]) -> tuple[str, frozenset[str], frozenset[str]]:
    """A body's name words as :func:`_portfolio_body` compares them (a body recurs in
    every title of the article): its name's last word, the words of all its names,
    and the portfolios those stand for.

    >>> end, words, portfolios = _body_words("Department of Commerce", frozenset())
    >>> end, sorted(words), sorted(portfolios)
    ('commerce', ['commerce', 'department', 'of'], ['commerce'])
    """
    end = _bare_word(name.split()[-1]) if name.split() else ""
    words = frozenset(_bare_word(w) for n in (name, *aliases) for w in n.split())
    return end, words, frozenset(p for w in words if (p := portfolio_of(w)) is not None)


def _bare_word(word: str) -> str:
    """A name's word without its punctuation or possessive ending ("State" of
    "Department of State", "Commerce" of "Commerce's"; a strip of the letter "s"
    would cut "State" to "tate").

    >>> _bare_word("State"), _bare_word("Commerce’s"), _bare_word("Inc.,")
    ('state', 'commerce', 'inc')
    """
    word = word.lower().strip(".,")
    return word.removesuffix("'s").removesuffix("’s").strip(".,'’")


def _attorney_general(title: Token) -> bool:
    """ "Attorney General X", "Acting Assistant Attorney General X", "X, assistant US
    attorney general": ``title`` is the "Attorney" or "General" of a federal Attorney
    General's title (not a state's: "California Attorney General X", "State Attorney
    General X")."""
    doc = title.doc
    if (
        title.lower_ == "general"
        and title.i > 0
        and token_table(doc).lower[title.i - 1] == "attorney"
    ):
        title = doc[title.i - 1]  # the tagger's title word may be either
    if (
        title.lower_ != "attorney"
        or title.i + 1 >= len(doc)
        or token_table(doc).lower[title.i + 1] != "general"
    ):
        return False
    if title.i + 2 < len(doc) and token_table(doc).lower[title.i + 2] == "for":
        return False  # "Assistant Attorney General for National Security": a division's
    return all(t.lower_ in ATTORNEY_GENERAL_RANKS for t in _title_words(title))


def _country_ministry(r: ArticleReader, title: Token) -> int | None:
    """The ministry a title names by its country and portfolio where the tagger found
    no name: "Germany's economy ministry spokesman" → an entity "Germany's economy
    ministry" (the article's, when it has one of that name)."""
    words = _title_words(title)
    body = next((t for t in words if t.lower_ in {"ministry", "department"}), None)
    if body is None or body.i in r.index or not any(portfolio_of(t.text) for t in words):
        return None
    first = min(t.i for t in words)
    if first > 1 and r.doc[first - 1].tag_ == "POS":
        first -= 2  # "Germany's economy ministry": the possessive the title's words stop at
    country = r.index.get(first)
    if country is None or r.clusters[country.entity].name not in COUNTRY_NAMES:
        return None  # "Orvane's finance department": a company's
    name = r.doc[country.start : body.i + 1].text
    for i, c in enumerate(r.clusters):
        if c.cls == "Government" and name.lower() in {c.name.lower(), *map(str.lower, c.aliases)}:
            return i
    r.clusters.append(EntityCluster(name, "Government"))
    return len(r.clusters) - 1


def _attorneys_office(r: ArticleReader, district: int) -> int:
    """The article's U.S. Attorney's Office named for a judicial district ("U.S.
    Attorneys Office for the Eastern District of Texas" for "Eastern District of
    Texas"), else ``district`` itself."""
    name = r.clusters[district].name
    if "District" not in name.split():
        return district
    for i, c in enumerate(r.clusters):
        words = c.name.lower().replace("’", "'").split()
        office = "office" in words and any(w.startswith("attorney") for w in words)
        if i != district and c.cls == "Government" and office and c.name.endswith(" " + name):
            return i
    return district


def _phrase_subject(verb: Token) -> Token | None:
    """The subject a verb inside a prepositional phrase shares with the clause it
    modifies ("X took the designs before leaving to join Y": X), through its own
    xcomp chain; None where the chain meets no "before/after/by … -ing" phrase."""
    t = verb
    for _ in range(4):
        if t.dep_ == "xcomp" and t.head.i != t.i:
            t = t.head
        elif t.dep_ == "pcomp" and t.head.dep_ == "prep":
            return subject(t.head.head)
        else:
            return None
    return None


def _clause_subject(token: Token) -> Token | None:
    """The subject of the nearest clause above ``token`` that has one ("Mai acted … by
    using his company": Mai)."""
    t = token
    for _ in range(8):
        if t.head is t:
            return subject(t) if t.pos_ in {"VERB", "AUX"} else None
        t = t.head
        if t.pos_ in {"VERB", "AUX"} and subject(t) is not None:
            return subject(t)
    return None


def _finite(verb: Token) -> bool:
    """A verb of a finite clause ("signed", "is directing", "will deploy"), not of a
    small clause ("to hold X to account")."""
    tensed = {"VBD", "VBZ", "VBP", "MD"}
    return verb.tag_ in tensed or any(c.dep_ == "aux" and c.tag_ in tensed for c in verb.children)


def _divisions(r: ArticleReader) -> bool:
    """Whether the article names a body called a division ("the Criminal Division")."""
    return any(c.cls == "Government" and "Division" in c.name.split() for c in r.clusters)


def _body_after_possessive(r: ArticleReader, org: int, rest: list[str]) -> int:
    """The body named after a lost possessive inside ``org``'s name ("… New Yorks |
    Terrorism and International Narcotics Unit"): the article's body of that name, a
    new one when the words end in a body's head noun, else ``org`` itself."""
    name = " ".join(rest)
    known = _named(r, name, other_than=org)
    if known is not None:
        return known
    if len(rest) > 1 and rest[-1].lower() in BODY_HEADS and rest[0][:1].isupper():
        r.clusters.append(EntityCluster(name, "Government"))
        return len(r.clusters) - 1
    return org


def _bare_portfolio(r: ArticleReader, org: int) -> bool:
    """An "employer" that is only a portfolio's word ("Commerce" of "Commerce
    Secretary X"), which names no body by itself."""
    name = r.clusters[org].name
    return " " not in name and portfolio_of(name) is not None and name != "Treasury"
