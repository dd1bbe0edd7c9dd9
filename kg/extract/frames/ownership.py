"""Ownership and structure: ``partOf``, ``acquires``, ``investsIn``, ``partnersWith``.

"Unit 61398 of the Third Department", "the Treasury's Office of Foreign Assets
Control", "X, a subsidiary of Y", "Telco's Orbit unit", "X, owned by Y"; "Y bought
X", "X was bought by Y", "Y agreed to take over X", "Y's takeover of X", "X was sold
to Y"; "bought a 20% stake in X", "Y's stake in X", "X is 49% owned by Y", "invested
in X", "holds 12 pct of X", "X, backed by Y", "X secured an investment from Y";
"partnered with X", "a joint venture with X", "in cooperation with X", "A and B are
partners".

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = "Kornet Corp said it bought a 20 pct stake in Vestra Inc, owned by Arden Group."
>>> result = extract_doc(load_pipeline()(text), Article(id="doc", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> sorted((names[f.subject], f.predicate, names[f.object]) for f in result.facts)
[('Kornet Corp', 'investsIn', 'Vestra Inc'), ('Vestra Inc', 'partOf', 'Arden Group')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cached_property
from typing import cast

import numpy as np
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Span, Token

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.issuer import issuer
from kg.extract.frames.nearby import near_children
from kg.extract.frames.ownership_states import agency_named_before, state_of_body
from kg.extract.frames.ownership_words import (
    ACCEPT_VERBS,
    ACQUISITION_NOUNS,
    AGREEMENT_NOUNS,
    AGREEMENT_PLURALS,
    ATTEMPT_NOUNS,
    BODY_PART_NOUNS,
    CONCLUDE_VERBS,
    EQUITY_NOUNS,
    GIVE_VERBS,
    GROUP_NOUNS,
    INVESTOR_NOUNS,
    JOINT_BODY_NOUNS,
    JUDGING_VERBS,
    PARENT_NOUNS,
    PART_NOUNS,
    PARTIAL_WORDS,
    PARTNER_VERBS,
    PARTNERSHIP_NOUNS,
    PROSPECT_VERBS,
    PROVIDE_VERBS,
    RECEIVE_VERBS,
    STAKE_NOUNS,
    STATE_DEAL_NOUNS,
    TAKE_VERBS,
)
from kg.extract.frames.reader import ORG_CLASSES, ArticleReader
from kg.extract.frames.syntax import (
    agents,
    children,
    conjuncts,
    head_chain,
    modality,
    preps,
    sentence_words,
    subject,
)
from kg.extract.lexicon import ALLEGATION_WORDS, COUNTRY_NAMES, THREAT_WORDS, VERB_PROPERTIES
from kg.extract.mentions import Mention
from kg.extract.tokens import token_table
from kg.model import Modality

#: Nouns in apposition that make the name before them a part of what follows.
APPOSITION_PART_NOUNS = frozenset(
    {"part", "subsidiary", "unit", "division", "arm", "affiliate"} | BODY_PART_NOUNS
)
#: Of these, heads of bodies' own names, read only lower-case ("X, a bureau of Y").
_NAME_HEADS = frozenset({"bureau", "office", "branch"})
#: The apposition nouns ``_part_of`` reads: the part nouns, and "a Y Group company".
_APPOSITION_READ = APPOSITION_PART_NOUNS | {"company"}
_PROPERTIES = frozenset({"acquires", "investsIn", "partnersWith"})
_BUSINESS = frozenset({"Company", "Organization"})
#: Words that say the subject acts with another party ("together with", "alongside").
_TOGETHER_WORDS = frozenset({"together", "alongside"})
#: Verbs of bodies of states working with each other ("worked closely with", "consulted
#: frequently with"): no partnership verb of their own, so only between two governments.
_WORK_WORDS = frozenset({"work", "consult"})
#: People who stand for the body named after them: "its colleagues at the European
#: Commission", "counterparts in the Japan Fair Trade Commission", "officials from X".
_ENVOY_NOUNS = frozenset(
    {"colleague", "counterpart", "official", "officer", "representative", "leader", "staff"}
)
#: Verbs that mean "acquire" with their particle: "took over X", "snapped up X".
_PHRASAL_BUYS = {"take": "over", "snap": "up"}
#: Dashes and brackets that set off a list after a name.
_DASHES = frozenset({"–", "—", "-", "("})
#: Verbs of founding a body: "the joint venture was formed by A and B".
_FOUND_VERBS = frozenset({"form", "create", "establish", "found", "launch", "set"})

#: Words that say two or more parties do one thing together ("jointly", "a joint …").
_JOINT_WORDS = frozenset({"jointly", "joint"})
#: Document nouns a capitalised title may name, singular or plural ("Agreements").
_DOCUMENT_WORDS = AGREEMENT_NOUNS | frozenset(AGREEMENT_PLURALS)
#: Pacts a capitalised title may name: "a Critical Minerals Framework", "the Trilateral
#: Cable Partnership" (the tagger reads them as proper nouns).
_TITLED_PACTS = _DOCUMENT_WORDS | STATE_DEAL_NOUNS | JOINT_BODY_NOUNS
#: The words OwnershipFrame.read_sentence acts on besides proper nouns.
_SENTENCE_WORDS = _JOINT_WORDS | _WORK_WORDS | _TOGETHER_WORDS | {"we", "co"}
#: Verbs of a thing two bodies run together, after "co-": "which A co-leads with B".
_CO_VERBS = frozenset(
    {
        "lead",
        "leads",
        "led",
        "chair",
        "chairs",
        "chaired",
        "host",
        "hosts",
        "hosted",
        "sponsor",
        "sponsors",
        "sponsored",
        "organize",
        "organized",
        *("develop", "develops", "developed", "produce", "produces", "produced"),
        *("fund", "funds", "funded", "finance", "finances", "financed"),
    }
)
#: First halves of hyphened partnership nouns the tokenizer splits: "tie-up", "link-up".
_TIE_WORDS = frozenset({"tie", "link"})
#: Copulas of "X is / became / remains part of Y".
_PART_VERBS = frozenset({"be", "become", "remain"})
#: Words that make a plural noun after a list describe each item ("both subsidiaries").
_EACH_WORDS = frozenset({"both", "all", "each"})
#: Words of the name a chain of bodies starts at ("Department of Commerce, Bureau …").
_DEPARTMENT_WORDS = frozenset({"department", "ministry"})
_STOCK_WORDS = frozenset({"stock", "share", "equity", "capital", "common", "outstanding"})
_SHARE = re.compile(r"^(\d+(?:\.\d+)?)\s*(?:%|pct|percent)?$")

_APPOS_ID = get_string_id("appos")


#: Verbs that move money, the preposition of the other party, and whether the
#: subject gives it: "X raised $5m from Y", "Y ploughed $5m into X" ("put … into" is
#: the sanction frame's listing verb, which claims it).
_MONEY_VERBS: dict[str, tuple[str, bool]] = {
    "raise": ("from", False), "pour": ("into", True),
    "plough": ("into", True), "plow": ("into", True), "pump": ("into", True),
    "inject": ("into", True),
}  # fmt: skip
#: Words that make a "round" one of funding ("a funding round", "a Series B round").
_ROUND_WORDS = frozenset({"funding", "financing", "investment", "seed", "series", "fundraising"})
#: Verbs by which an investor takes part in a round.
_ROUND_VERBS = frozenset({"lead", "co-lead", "join", "back", "participate"})
#: The verbs read_verb reads besides the shared lexicon's ("sell", "join", …).
_OWN_VERBS = frozenset({"sell", "own", "hold", "control", "join", "establish", "back", "fund"})
#: Of these, the verbs read only for their rounds.
_ROUND_ONLY = _ROUND_VERBS - _OWN_VERBS - frozenset(VERB_PROPERTIES) - PARTNER_VERBS
#: Participles of holding: "a stake held by Y".
_HELD = frozenset({"hold", "own"})


class OwnershipFrame(Frame):
    verbs = (
        frozenset(v for v, p in VERB_PROPERTIES.items() if p in _PROPERTIES)
        | {"sell", "own", "hold", "control", "join", "establish", "back", "house"}
        | frozenset(_MONEY_VERBS)
        | _ROUND_VERBS
        | {"fund"}
        | set(_PHRASAL_BUYS)
        | PARTNER_VERBS
    )
    nouns = (
        ACQUISITION_NOUNS
        | STAKE_NOUNS
        | PART_NOUNS
        | PARENT_NOUNS
        | PARTNERSHIP_NOUNS
        | AGREEMENT_NOUNS
        | STATE_DEAL_NOUNS
        | INVESTOR_NOUNS
        | BODY_PART_NOUNS
        | EQUITY_NOUNS
        | {"partner", "part", "up", "round"}
    )

    @cached_property
    def _sentence_words(self) -> list[int]:
        """The article's words read_sentence may act on (a trigger word or a proper
        noun), in order: one list per article, bisected per sentence, instead of
        the tests on every word of every sentence."""
        r = self.reader
        words = r.lemma_mask(_SENTENCE_WORDS) | (r.tag_array[:, 0] == PROPN)
        return cast("list[int]", np.flatnonzero(words).tolist())

    # ------------------------------------------------------------ verbs
    def read_verb(self, clause: VerbClause) -> bool:
        r, verb, lemma = self.reader, clause.verb, clause.lemma
        if lemma == "sell":
            return self._sell(clause)
        if lemma == "own":
            self._own(clause)
            return True
        if lemma in {"back", "fund"}:
            return self._backed(clause)
        if lemma in _MONEY_VERBS:
            return self._money_moved(clause)
        rounds = [o for o in children(verb, "dobj") if o.lower_ in {"round", "rounds"}]
        if lemma in _ROUND_VERBS and rounds:
            # "Y led a funding round in X" (the parser may tag "round" an adverb)
            for obj in rounds:
                self._round(obj, clause.sent)
            return False
        if lemma in _ROUND_ONLY:
            return False  # "led", "participated": only their rounds are ours
        if lemma == "control":
            return self._hold(clause) or self._control(clause)
        if lemma == "hold":
            return self._hold(clause)
        if lemma == "join":
            return self._joined(clause)
        if lemma in {"establish", "house"}:
            return self._established_within(clause)
        if lemma in _PHRASAL_BUYS:
            if not any(c.dep_ == "prt" and c.lower_ == _PHRASAL_BUYS[lemma] for c in verb.children):
                return self._taken_over(clause)
            lemma = "acquire"  # "take over X", "snapped up X"
        prop = "partnersWith" if lemma in PARTNER_VERBS else VERB_PROPERTIES[lemma]
        rule = f"verb.{prop}.{lemma}.v1"
        if prop == "investsIn":
            # "invested $1bn in a data centre / in Kenya": only a business takes a stake
            targets = [e for t in preps(verb, "in") for e in r.entities(t) if r.cls(e) == "Company"]
            for a in clause.actors:
                for t in targets:
                    r.fact(a, "investsIn", t, clause.sent, rule, 0.7, clause.modality)
        elif prop == "partnersWith":
            partners = [e for t in _with_objects(verb) for e in _parties(r, t)]
            actors = clause.actors or _adjective_subjects(r, verb) or self._we(subject(verb))
            actors = list(dict.fromkeys(actors))
            if not actors and clause.passive and not clause.agents and partners:
                # "Today's action was coordinated with the UK": the release's issuer acts
                actors = [i for i in [issuer(r)] if i is not None]
            pairs = [(a, t) for a in actors for t in partners]
            confidence = 0.7
            if not partners and not clause.passive:
                # "A and B will cooperate on …": conjoined actors partner each other
                pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
                rule, confidence = f"verb.partnersWith.{lemma}.mutual.v1", 0.65
            for a, t in pairs:
                # a company "cooperating with" prosecutors is no partnership; but a firm
                # "partnered with" a university is
                # (and "will partner / collaborates with the Geological Bureau": the
                # verb says so; "cooperated with prosecutors" is help to a case)
                joined = lemma in {"partner", "collaborate"}
                mixed = (lemma == "team" or joined) and (
                    {r.cls(a), r.cls(t)} == _BUSINESS
                    or (joined and {r.cls(a), r.cls(t)} == {"Company", "Government"})
                )
                if _alike(r, a, t) or mixed:
                    r.fact(a, "partnersWith", t, clause.sent, rule, confidence, clause.modality)
        else:
            self._acquire(clause, rule)
        return True

    def _taken_over(self, clause: VerbClause) -> bool:
        """ "it had taken over X" with "over" parsed as a preposition: the subject
        acquires the business the preposition names (not "took over the role")."""
        r, verb = self.reader, clause.verb
        if clause.passive or children(verb, "dobj"):
            return False
        owned = [
            e
            for p in children(verb, "prep")
            if p.lower_ == _PHRASAL_BUYS[clause.lemma]
            for t in children(p, "pobj")
            for e in r.entities(t)
            if r.cls(e) == "Company"
        ]
        for a in clause.actors:
            for o in owned:
                if r.cls(a) in ORG_CLASSES and a != o:
                    r.fact(a, "acquires", o, clause.sent, "verb.acquires.take_over.prep.v1", 0.7,
                           clause.modality)  # fmt: skip
        return bool(owned)

    def _joined(self, clause: VerbClause) -> bool:
        """ "The United States, joined by the EU and Japan, is imposing …": the
        states or bodies that join one act are its partners; so are those that join
        another in doing it ("Canada and Japan are joining the US in imposing …")."""
        r, verb = self.reader, clause.verb
        if any(o.lemma_.lower() == "force" for o in children(verb, "dobj")):
            return self._joined_forces(clause)
        if not clause.passive and verb.dep_ not in {"acl", "advcl"}:
            # an act shared ("in imposing", "to condemn"), not a membership ("joined NATO")
            shared = any(c.dep_ in {"xcomp", "advcl"} for c in verb.children) or any(
                c.dep_ == "pcomp"
                for p in children(verb, "prep")
                if p.lower_ == "in"
                for c in p.children
            )
            partners = [e for t in children(verb, "dobj") for e in _parties(r, t)]
            holders = clause.subjects or _parties(r, subject(verb))
            if not shared or not partners:
                return False
        elif verb.dep_ not in {"acl", "advcl"} or not agents(verb):
            return False
        else:
            partners = [e for a in agents(verb) for e in _parties(r, a)]
            holders = (
                r.entities(verb.head) if verb.dep_ == "acl" else r.entities(subject(verb.head))
            )
        for a in dict.fromkeys(holders):
            for b in dict.fromkeys(partners):
                # "the EU, the UK and NATO are joining the US in …": an alliance acts too
                alliance = {r.cls(a), r.cls(b)} == {"Government", "Organization"}
                if a != b and (_acting_alike(r, a, b) or alliance) and r.cls(a) != "Company":
                    r.fact(a, "partnersWith", b, clause.sent, "verb.partnersWith.join.v1", 0.7,
                           clause.modality)  # fmt: skip
        return bool(partners and holders)

    def _joined_forces(self, clause: VerbClause) -> bool:
        """ "A joined forces with B", "A and B joined forces to …": they partner."""
        r, verb = self.reader, clause.verb
        actors = list(dict.fromkeys(clause.subjects))
        withs = [p for o in children(verb, "dobj") for p in preps(o, "with")]
        partners = [e for t in preps(verb, "with") + withs for e in _parties(r, t)]
        pairs = [(a, b) for a in actors for b in partners]
        if not partners:  # "A and B joined forces": each other
            pairs = [(a, b) for i, a in enumerate(actors) for b in actors[i + 1 :]]
        made = False
        for a, b in pairs:
            if a != b and _alike(r, a, b):
                r.fact(a, "partnersWith", b, clause.sent, "verb.partnersWith.join_forces.v1",
                       0.65, clause.modality)  # fmt: skip
                made = True
        return made

    def _established_within(self, clause: VerbClause) -> bool:
        """ "There is established within the Department of X the Y Council", "the Y
        Office is established within the Department of X": an order sets up a body
        inside another (the parser often misreads the inverted form, so the names are
        read in text order: the body right after the one "within" names)."""
        r, verb = self.reader, clause.verb
        within = next((c for c in verb.children if c.lower_ == "within"), None)
        housed = clause.lemma == "house"  # "the X Office, housed within the Y Department"
        if within is None or not (clause.passive or (housed and verb.dep_ == "acl")):
            return False
        lower = token_table(r.doc).lower
        start = within.i + 1 + (lower[within.i + 1] == "the")
        outer = r.index.get(start)
        if outer is None and start + 2 < len(lower) and lower[start + 1] == "'s":
            outer = r.index.get(start + 2)  # "within Energy's Office of …" ("Energy" no name)
        elif outer is not None and outer.end + 1 < len(lower) and lower[outer.end] == "'s":
            # "within Commerce's National Institute of …": the body the possessor holds
            owned = r.index.get(outer.end + 1)
            outer = owned if owned is not None and owned.start == outer.end + 1 else outer
        if outer is None or r.cls(outer.entity) != "Government":
            return False
        if outer.start != start and lower[outer.start - 1] != "'s":
            return False
        inner = [e for e in clause.subjects if r.cls(e) == "Government"]
        if housed and verb.dep_ == "acl":
            inner = [e for e in r.entities(verb.head) if r.cls(e) == "Government"]
        if any(t.dep_ == "expl" for t in r.doc[max(verb.i - 4, clause.sent.start) : verb.i]):
            # "There is (hereby) established …": "There" may hang on the auxiliary
            after = outer.end + (
                outer.end < len(r.doc) and token_table(r.doc).lower[outer.end] in {"the", "a", "an"}
            )
            found = r.index.get(after)
            inner = [found.entity] if found is not None and found.start == after else []
        for body in inner:
            if r.cls(body) == "Government":
                rule = f"verb.partOf.{'housed' if housed else 'established'}.v1"
                r.fact(body, "partOf", outer.entity, clause.sent, rule, 0.7 if housed else 0.8,
                       clause.modality)  # fmt: skip
        return bool(inner)

    def _acquire(self, clause: VerbClause, rule: str) -> None:
        """ "Y bought X", "X was bought by Y", "Y bought 100% of X" (a share of under
        half is an investment); a stake is read by its noun."""
        r = self.reader
        head = clause.verb.head
        if clause.verb.dep_ == "xcomp" and (
            head.lemma_.lower() in PROSPECT_VERBS
            or (head.tag_ == "VBN" and not any(c.dep_ == "aux" for c in head.children))
        ):
            return  # "the firm tipped / expected / sought to buy X": no purchase
        to = [c for c in clause.verb.children if c.dep_ == "aux" and c.lower_ == "to"]
        if to and to[0].i > 0 and r.doc[to[0].i - 1].lemma_.lower() in _TALK_NOUNS:
            return  # "walked away from talks to buy X", however the infinitive hangs
        if _stake_relative(clause.verb):
            return  # "a stake in X, which it bought in 2017": the stake is bought, not X
        owned = clause.patients
        actors = clause.actors
        if clause.verb.dep_ == "acl" and clause.verb.tag_ == "VBN":
            # "X, acquired by Y in 2001, …": a participle is passive without its auxiliary
            actors, owned = clause.agents, r.entities(clause.verb.head)
        prop, confidence = "acquires", 0.75 if not clause.passive else 0.7
        noun = clause.verb.head
        if not actors and clause.verb.tag_ == "VB" and clause.verb.dep_ in {"acl", "relcl"}:
            # "Y's $4bn deal to buy X" (as "Y agreed to buy X"); "Y's bid to buy X" tries
            if noun.lemma_.lower() in PROSPECT_VERBS or noun.lemma_.lower() in _TALK_NOUNS:
                return  # "Y's attempt to buy X", "talks to buy X"
            actors = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
            confidence = 0.55 if noun.lemma_.lower() in ATTEMPT_NOUNS else 0.7
        rule_of = {"acquires": rule, "investsIn": rule.replace("acquires", "investsIn")}
        for obj in children(clause.verb, "dobj"):
            share = _share(obj)
            if share is not None:  # "bought 100% of X", "bought 20 pct of X"
                owned = _share_of(r, obj)
                prop = "acquires" if share >= 50 else "investsIn"
        for a in actors:
            if r.cls(a) not in ORG_CLASSES:
                continue
            for o in owned:
                if r.cls(o) == "Company":
                    r.fact(a, prop, o, clause.sent, rule_of[prop], confidence, clause.modality)

    def _sell(self, clause: VerbClause) -> bool:
        """ "A sold X to B", "X was sold to B": B acquires X (else not ours: a firm
        "sells chips" is the technology frame's)."""
        r = self.reader
        buyers = [e for t in preps(clause.verb, "to") for e in _named(r, t)]
        buyers += [e for t in children(clause.verb, "dative") for e in r.entities(t)]
        buyers = [b for b in buyers if r.cls(b) in ORG_CLASSES]
        # what is sold to a business is a business ("X was sold to Y"), not a person
        sold = [e for e in clause.patients if r.cls(e) in {"Company", "Person"}]
        units = [o for o in children(clause.verb, "dobj") if o.lemma_.lower() in PART_NOUNS]
        if units and not clause.passive:
            # "sold the Yukos unit to B": B buys the unit, not Yukos; but "its Vestra
            # unit" (an owner said before) names the unit
            sold = [
                r.index[c.i].entity
                for u in units
                for c in u.children
                if c.i in r.index
                and r.cls(r.index[c.i].entity) in {"Company", "Person"}  # not "its US unit"
                and (
                    c.dep_ == "appos"
                    or (c.dep_ == "compound" and any(p.dep_ == "poss" for p in u.children))
                )
            ]
        if any(t.lemma_.lower() in STAKE_NOUNS for t in children(clause.verb, "dobj")):
            return True  # "sold GM a stake": the stake noun reads it
        for s in sold if buyers else []:
            r.clusters[s].cls = "Company"
        for b in buyers:
            for s in sold:
                r.fact(b, "acquires", s, clause.sent, "verb.acquires.sell.v1", 0.7, clause.modality)
        # selling a unit is a deal of ownership, named or not: never a supply of goods
        return bool(buyers and (sold or units))

    def _hold(self, clause: VerbClause) -> bool:
        """ "Y holds 12 pct of X's stock", "Y controls 60% of X" (else not ours)."""
        r = self.reader
        made = False
        for obj in children(clause.verb, "dobj"):
            share = _share(obj)
            if share is None:
                continue
            for owner in clause.actors:
                # a firm in a state's hands is no part of another firm: the state holds it
                whole = share > 50 and r.cls(owner) != "Government"
                prop = "partOf" if whole else "investsIn"
                for thing in _share_of(r, obj):
                    if r.cls(owner) in ORG_CLASSES and r.cls(thing) == "Company":
                        s, o = (thing, owner) if prop == "partOf" else (owner, thing)
                        rule = f"verb.{prop}.{clause.lemma}.v1"
                        r.fact(s, prop, o, clause.sent, rule, 0.7, clause.modality)
                        made = True
        return made

    def _control(self, clause: VerbClause) -> bool:
        """ "Y controls X", "X is controlled by Y", "X, controlled by Y": a business
        another controls is its part (a share given is read by :meth:`_hold`)."""
        r, verb = self.reader, clause.verb
        owners, owned = clause.actors, clause.patients
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            owners, owned = clause.agents, r.entities(verb.head)  # "X, controlled by Y"
        made = False
        for owner in owners:
            for thing in owned:
                if r.cls(owner) in _BUSINESS and r.cls(thing) == "Company" and owner != thing:
                    r.fact(thing, "partOf", owner, clause.sent, "verb.partOf.control.v1", 0.6,
                           clause.modality)  # fmt: skip
                    made = True
        return made

    def _own(self, clause: VerbClause) -> None:
        """ "Y owns X", "X, owned by Y", "X is 49% owned by Y" (investsIn), "the
        Disney-owned unit X"."""
        r, verb = self.reader, clause.verb
        complement = _copula_participle(verb)
        if verb.dep_ in {"acl", "amod"} or clause.passive or complement:
            owners, owned = self._participle_parties(clause)
            if verb.dep_ == "acl" and _share(verb.head) is not None:
                # "X is 49 pct owned by Y": the share is what X is
                owned = r.entities(subject(verb.head.head)) if verb.head.dep_ == "attr" else []
        else:
            owners, owned = clause.subjects, clause.objects
            shares = [o for o in children(verb, "dobj") if _share(o) is not None]
            if shares:  # "Y owns 30 pct of X": as "holds"
                self._hold(clause)
                return
        partial = _share(verb.head) is not None and verb.dep_ == "acl"
        partial = partial or any(
            t.lower_ in PARTIAL_WORDS or _share(t) is not None
            for c in verb.children
            if c.dep_ in {"npadvmod", "advmod"}
            for t in c.subtree
        )
        # a state holds a share of a firm too ("34% owned by the Norwegian state"), and
        # a majority ("majority-owned by the Russian government"); partOf joins firms to
        # firms only, so a firm a state owns outright is neither
        majority = any(t.lower_ == "majority" for c in verb.children for t in c.subtree)
        holders = _BUSINESS | {"Government"} if partial or majority else _BUSINESS
        for owner in owners:
            held = partial or (majority and r.cls(owner) == "Government")
            prop = "investsIn" if held else "partOf"
            for thing in owned:
                if r.cls(owner) in holders and r.cls(thing) == "Company":
                    s, o = (owner, thing) if held else (thing, owner)
                    r.fact(s, prop, o, clause.sent, f"verb.{prop}.own.v1", 0.7, clause.modality)
        if not partial:
            return
        for owner in _gapped_owners(r, verb):
            for thing in owned:
                if r.cls(owner) in holders and r.cls(thing) == "Company" and owner != thing:
                    r.fact(owner, "investsIn", thing, clause.sent, "verb.investsIn.own.gapped.v1",
                           0.7, clause.modality)  # fmt: skip

    def _participle_parties(self, clause: VerbClause) -> tuple[list[int], list[int]]:
        """Who does and who undergoes a passive or participle verb of holding: "X is
        owned by Y", "X, owned by Y", "the Y-owned X", "X, a Y-backed startup", "X,
        which is part-owned by Y" (the doers first)."""
        r, verb = self.reader, clause.verb
        doers = clause.agents or [e for a in agents(verb) for e in r.entities(a)]
        if not doers:
            # "X is owned or controlled by Y": the agent hangs on the verb joined to it
            joined = [c for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"]
            doers = [e for c in joined for a in agents(c) for e in r.entities(a)]
        doers += [
            e for c in verb.children if c.dep_ in {"npadvmod", "compound", "nmod"}
            for e in r.entities(c)
        ]  # fmt: skip
        done = (
            r.entities(subject(verb))
            if verb.dep_ != "amod"
            else r.entities(verb.head) or _described_name(r, verb.head)
        )
        if _copula_participle(verb):
            done = r.entities(subject(verb.head)) or _called(r, subject(verb.head))
            done = done or _relative_described(r, verb.head)
        elif not any(r.cls(e) in _BUSINESS for e in done):
            done = done + _relative_described(r, verb)  # "X, a firm that is owned by Y"
        return doers, done

    def _money_moved(self, clause: VerbClause) -> bool:
        """ "X raised $50m from Y" (Y invests in X), "Y put $20m into X" (Y invests in
        X): a sum of money moved between two businesses (else not ours)."""
        r, verb = self.reader, clause.verb
        if not any(_money(o) for o in children(verb, "dobj")):
            return False
        word, giving = _MONEY_VERBS[clause.lemma]
        others = [e for t in preps(verb, word) for e in r.entities(t)]
        pairs = [(a, o) if giving else (o, a) for a in clause.actors for o in others]
        made = False
        for investor, firm in pairs:
            if r.cls(investor) in _BUSINESS | {"Government"} and r.cls(firm) == "Company":
                rule = f"verb.investsIn.{clause.lemma}.money.v1"
                r.fact(investor, "investsIn", firm, clause.sent, rule, 0.65, clause.modality)
                made = True
        return made

    def _backed(self, clause: VerbClause) -> bool:
        """ "X is backed by Y", "X, backed by Y", "the Y-backed X", "X, a Y-backed
        startup": Y has put money in the business X. Only the passive and participle
        forms: an active "Y backs X" is mostly support ("the US backs the plan")."""
        r, verb = self.reader, clause.verb
        if not (verb.dep_ in {"acl", "amod"} or clause.passive or _copula_participle(verb)):
            return False
        backers, backed = self._participle_parties(clause)
        backers = [b for b in dict.fromkeys(backers) if r.cls(b) in _BUSINESS | {"Government"}]
        firms = [f for f in dict.fromkeys(backed) if r.cls(f) == "Company"]
        made = False
        for backer in backers:
            for firm in firms:
                if backer != firm:
                    r.fact(backer, "investsIn", firm, clause.sent, "verb.investsIn.backed.v1", 0.6,
                           clause.modality)  # fmt: skip
                    made = True
        return made

    # ------------------------------------------------------------ nouns
    def read_noun(self, noun: Token, sent: Span) -> None:
        word = noun.lemma_.lower()
        if word in ACQUISITION_NOUNS:
            self._acquisition(noun, sent)
        elif word in STAKE_NOUNS:
            self._stake(noun, sent)
        elif word in PART_NOUNS or word in PARENT_NOUNS:
            self._unit(noun, sent, parent=word in PARENT_NOUNS)
        elif word in PARTNERSHIP_NOUNS or word in AGREEMENT_NOUNS or word in STATE_DEAL_NOUNS:
            self._partnership(noun, sent)
        elif word == "up" and any(c.lower_ in _TIE_WORDS for c in children(noun, "compound")):
            self._partnership(noun, sent)  # "a tie-up with X", "the A-B link-up"
        elif word == "partner":
            self._partner_of(noun, sent)
        elif word == "round" and noun.head.lemma_.lower() not in _ROUND_VERBS:
            self._round(noun, sent)  # (after a round verb, read by read_verb)
        elif word == "part" or word in BODY_PART_NOUNS:
            self._is_part_of(noun, sent)
        elif word in INVESTOR_NOUNS:
            self._investor(noun, sent)
        elif word in EQUITY_NOUNS:
            self._equity(noun, sent)

    def _equity(self, noun: Token, sent: Span) -> None:
        """ "Y will provide $40 million in equity financing to X", "Y committed equity
        capital to X": who provides money for shares invests in the firm it goes to."""
        r = self.reader
        if not any(c.lemma_.lower() == "equity" for c in children(noun, "compound", "amod")):
            return
        phrase = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "in" else noun
        if phrase.dep_ != "dobj" or phrase.head.lemma_.lower() not in PROVIDE_VERBS:
            return
        verb = phrase.head
        firms = [e for t in preps(verb, "to", "for") + preps(noun, "to", "for", "in")
                 for e in r.entities(t) if r.cls(e) == "Company"]  # fmt: skip
        investors = self._acting(subject(verb))
        mood = modality(verb, sent)
        for investor in investors:
            if r.cls(investor) not in _BUSINESS | {"Government"}:
                continue
            for firm in dict.fromkeys(firms):
                if firm != investor:
                    r.fact(investor, "investsIn", firm, sent, "nominal.investsIn.equity.v1", 0.65,
                           mood)  # fmt: skip

    def _investor(self, noun: Token, sent: Span) -> None:
        """ "Y is X's largest shareholder", "Y, an investor in X", "X shareholder Y":
        the name the noun describes invests in the firm it is of."""
        r = self.reader
        targets = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        targets += [e for t in preps(noun, "in", "of") for e in r.entities(t)]
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            holders = r.entities(subject(noun.head))
        elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be" and noun.tag_ == "NN":
            # "X's majority shareholder is Y": the complement names the holder
            holders = [e for a in children(noun.head, "attr") for e in r.entities(a)]
        elif noun.dep_ in {"appos", "compound"} and noun.head.i in r.index:
            holders = [r.index[noun.head.i].entity]  # "Y, X's largest shareholder"
            if noun.dep_ == "compound":  # "Vestra shareholder Kornet"
                targets += [r.index[c.i].entity for c in noun.children
                            if c.dep_ == "compound" and c.i in r.index]  # fmt: skip
        elif noun.tag_ == "NNS" and _included(r, noun):
            holders = _included(r, noun)  # "X's investors include A, B and C"
        else:
            return
        mood = _mood(noun, sent)
        for holder in dict.fromkeys(holders):
            if r.cls(holder) not in _BUSINESS | {"Government"}:
                continue
            for target in dict.fromkeys(targets):
                if r.cls(target) == "Company" and target != holder:
                    r.fact(holder, "investsIn", target, sent, "nominal.investsIn.investor.v1",
                           0.65, mood)  # fmt: skip

    def _partner_of(self, noun: Token, sent: Span) -> None:
        """ "X was a business partner of Y", "X, a longtime partner of Y": the name the
        noun describes partners the one after "of" (not "partners of X" in a list)."""
        r = self.reader
        if noun.tag_ == "NNS":
            self._are_partners(noun, sent)
            return
        if noun.tag_ != "NN":
            return
        others = [e for t in preps(noun, "of") for e in r.entities(t)]
        if not others:
            return
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            described = r.entities(subject(noun.head))
        elif noun.dep_ == "appos":
            described = r.entities(noun.head)
        else:
            return
        for a in dict.fromkeys(described):
            for b in dict.fromkeys(others):
                # "Japan is a key partner of the United States": places that partner are states
                if a != b and _acting_alike(r, a, b):
                    r.fact(a, "partnersWith", b, sent, "nominal.partnersWith.partner_of.v1",
                           0.65, _mood(noun, sent))  # fmt: skip

    def _is_part_of(self, noun: Token, sent: Span) -> None:
        """ "X is part of Y", "X became part of Y in 2019": a business inside a business,
        a body inside a body (not "part of efforts", "part of the problem"); "FinCEN is
        a bureau of the Treasury": a body inside a body only."""
        r = self.reader
        body_noun = noun.lemma_.lower() in BODY_PART_NOUNS
        verb = noun.head
        if noun.dep_ == "appos" and body_noun:
            self._body_part_apposition(noun, sent)
            return
        if noun.dep_ != "attr" or verb.lemma_ not in _PART_VERBS:
            return
        wholes = [e for t in preps(noun, "of") for e in r.entities(t)]
        if not wholes:
            return
        for part in r.entities(subject(verb)):
            for whole in wholes:
                same = r.cls(part) == r.cls(whole) and r.cls(part) in {"Company", "Government"}
                if body_noun and r.cls(part) != "Government":
                    continue  # "Orbit is a branch of Y Bank": the unit nouns read firms
                if part != whole and same:
                    rule = f"nominal.partOf.is_{'body' if body_noun else 'part'}_of.v1"
                    r.fact(part, "partOf", whole, sent, rule, 0.7, _mood(noun, sent))

    def _body_part_apposition(self, noun: Token, sent: Span) -> None:
        """ "the Main Directorate for X (MDX), an element of the Ministry of Y": the parse
        hangs the apposition on a word inside the body's name (or its acronym), where
        :meth:`_apposition` (which reads the name's head) does not look; a body inside
        a body only."""
        r = self.reader
        named = r.index.get(noun.head.i)
        if named is not None and r.cls(named.entity) == "Person":
            # "- A, deputy head of the X Directorate (XD), an element of Y": no person is
            # a body's element; the parse hung it on the list item's name, it tells of
            # the last body named before it
            named = next(
                (r.index[i] for i in range(noun.i - 1, named.end, -1)
                 if i in r.index and r.cls(r.index[i].entity) == "Government"),
                None,
            )  # fmt: skip
            k = named.start - 2 if named is not None else -1
            if (
                k >= 0
                and r.doc[k + 1].text == "("
                and k in r.index
                and r.cls(r.index[k].entity) == "Government"
            ):
                named = r.index[k]  # "the X Directorate (XD)": the name, not its acronym
        elif named is not None and named.root.i == noun.head.i:
            return  # the name's head: the apposition reading has it
        if named is None:
            return
        part = named.entity
        if r.cls(part) != "Government":
            return
        for t in preps(noun, "of"):
            for whole in r.entities(t):
                if whole != part and r.cls(whole) == "Government":
                    r.fact(part, "partOf", whole, sent, "nominal.partOf.body_apposition.v1", 0.7)

    def _are_partners(self, noun: Token, sent: Span) -> None:
        """ "A and B are partners (in the project)": the subjects partner each other;
        "A and B are partners of C": each partners C. Not "allies and partners of the
        United States" with no copula: no one named is described."""
        r = self.reader
        if noun.dep_ != "attr" or noun.head.lemma_ != "be":
            return
        subj = subject(noun.head)
        if subj is None:
            return
        described = [e for c in conjuncts(subj) for e in r.entities(c)]
        described = list(dict.fromkeys(described))
        others = [e for t in preps(noun, "of") for e in _parties(r, t)]
        if others:
            pairs = [(a, b) for a in described for b in others]
        else:
            pairs = [(a, b) for i, a in enumerate(described) for b in described[i + 1 :]]
        for a, b in pairs:
            # "Japan and Australia are close partners": places that partner are the states
            if a != b and _acting_alike(r, a, b):
                r.fact(a, "partnersWith", b, sent, "nominal.partnersWith.are_partners.v1",
                       0.6, _mood(noun, sent))  # fmt: skip

    def _holders(self, noun: Token) -> list[int]:
        """Who holds or does what ``noun`` names: "Y's takeover", "its stake", "the
        takeover by Y", or the subject of the verb it is the object of ("Y sealed a
        takeover", "Y has agreed to buy a stake")."""
        r = self.reader
        found = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        # "an offer from Y", but "the purchase of X from Y": Y sells
        words = ("by", "from") if noun.lemma_.lower() in ATTEMPT_NOUNS else ("by",)
        found += [e for t in preps(noun, *words) for e in r.entities(t)]
        if found:
            return found
        phrase = noun.head if noun.dep_ == "compound" else noun  # "a takeover bid"
        if phrase.dep_ in {"dobj", "attr"} and phrase.head.lemma_.lower() in TAKE_VERBS:
            verb = phrase.head
            if any(c.dep_ == "auxpass" for c in verb.children):
                return [e for a in agents(verb) for e in r.entities(a)]
            return r.entities(subject(verb))
        return []

    def _acquisition(self, noun: Token, sent: Span) -> None:
        """ "Y's takeover of X", "the purchase of X by Y", "Y sealed a takeover of X",
        "Y won a takeover battle for X"."""
        r = self.reader
        phrase = noun.head if noun.dep_ == "compound" else noun
        words = (
            ("of", "for") if noun.lemma_.lower() in ATTEMPT_NOUNS or phrase is not noun else ("of",)
        )
        targets = [e for p in {noun, phrase} for t in preps(p, *words) for e in _named(r, t)]
        if not targets and phrase.dep_ == "dobj" and phrase.head.lemma_ in ACCEPT_VERBS:
            targets = r.entities(subject(phrase.head))  # "X accepted a takeover offer"
        targets = [t for t in targets if r.cls(t) == "Company"]
        if not targets or _unrealised(noun):
            return  # nor "a proposed takeover of X", "talks on a takeover of X"
        attempt = noun.lemma_.lower() in ATTEMPT_NOUNS
        confidence = 0.55 if attempt else 0.7
        mood = _mood(noun, sent)
        buyers = self._holders(noun)
        if not buyers:
            # "the takeover of X by Y": the parser may hang "by Y" on X
            buyers = [e for t in preps(noun, "of") for b in preps(t, "by") for e in r.entities(b)]
        for buyer in buyers:
            if r.cls(buyer) not in ORG_CLASSES:
                continue
            for t in targets:
                r.fact(
                    buyer,
                    "acquires",
                    t,
                    sent,
                    f"nominal.acquires.{noun.lemma_.lower()}.v1",
                    confidence,
                    mood,
                )

    def _round(self, noun: Token, sent: Span) -> None:
        """ "Y led a $30m funding round in X", "Y joined X's Series B round": who leads
        or takes part in a round of funding invests in the firm raising it."""
        r, verb = self.reader, noun.head
        if noun.dep_ != "dobj" or verb.lemma_.lower() not in _ROUND_VERBS:
            return
        if not any(
            c.lower_ in _ROUND_WORDS or c.lemma_.lower() in _ROUND_WORDS for c in noun.children
        ):
            return  # "led the first round of talks"
        firms = [e for t in preps(noun, "in", "for") for e in r.entities(t)]
        firms += [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        for investor in dict.fromkeys(r.entities(subject(verb))):
            if r.cls(investor) not in _BUSINESS | {"Government"}:
                continue
            for firm in dict.fromkeys(firms):
                if r.cls(firm) == "Company" and firm != investor:
                    r.fact(investor, "investsIn", firm, sent, "nominal.investsIn.round.v1", 0.65,
                           _mood(noun, sent))  # fmt: skip

    def _stake(self, noun: Token, sent: Span) -> None:
        """ "Y bought a 20% stake in X", "Y's stake in X", "A sold B a stake", "Y, a
        fund that holds stakes in A and in B"."""
        r = self.reader
        targets = [e for t in _in_objects(noun) for e in _named(r, t) or _alias_named(r, t)]
        owners = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        verb = noun.head
        givers = [e for t in preps(noun, "from") + preps(verb, "from") for e in r.entities(t)]
        if noun.dep_ == "dobj" and verb.lemma_.lower() in RECEIVE_VERBS and givers:
            # "X received / secured an investment from Y": Y invests in the receiver
            owners = givers
            targets = targets or r.entities(subject(verb))
        elif noun.dep_ in {"dobj", "attr"} and verb.lemma_.lower() in GIVE_VERBS:
            # "Fiat sold GM a stake (in itself)": the receiver holds it
            owners = [e for t in preps(verb, "to") for e in r.entities(t)]
            owners += [e for t in children(verb, "dative") for e in r.entities(t)]
            if not targets:
                targets = r.entities(subject(verb))
        elif noun.dep_ in {"dobj", "attr"} and verb.lemma_.lower() in TAKE_VERBS:
            owners += r.entities(subject(verb))  # the buyer too: "buy Alfa's stake in X"
            owners += _relative_described(r, verb)  # "Y, a fund that holds stakes in X"
            if not targets:
                # "Orbitane, in which it holds a stake": the "in" hangs on the verb
                targets = [e for t in preps(verb, "in") for e in _named(r, t)]
        elif noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in ACQUISITION_NOUNS:
            owners += self._holders(noun.head.head)  # "the purchase of a stake by Y"
        # "the 15% stake in X held by Y"
        # (the parser may hang the participle on the firm's name)
        # (the parser may hang "held by" on the firm's name; "X, owned by Y" there is X's)
        held = [c for c in noun.children if c.dep_ == "acl" and c.lemma_.lower() in _HELD]
        held += [
            c for t in preps(noun, "in") for c in t.children
            if c.dep_ == "acl" and c.lemma_.lower() == "hold"
        ]  # fmt: skip
        owners += [e for c in held for a in agents(c) for e in r.entities(a)]
        mood = _mood(noun, sent)
        for owner in dict.fromkeys(owners):
            if r.cls(owner) not in ORG_CLASSES:
                continue
            for t in targets:
                if r.cls(t) == "Company":
                    r.fact(owner, "investsIn", t, sent, "nominal.investsIn.stake.v1", 0.7, mood)

    def _unit(self, noun: Token, sent: Span, parent: bool) -> None:
        """ "Telco's Orbit unit", "its unit Orbit", "Orbit, Telco's unit", "the Orbit
        unit of Telco"; "X's parent company Y" (X partOf Y)."""
        r = self.reader
        # "parent company Y": the phrase is the noun's head
        if noun.dep_ == "compound" and noun.head.pos_ == "NOUN":
            noun = noun.head
        named: list[int] = []
        parts = [c for c in noun.children if c.dep_ in {"compound", "appos"} and c.i in r.index]
        described = noun.dep_ == "appos" and noun.head.i in r.index and not parent
        # "Orbit, a Telco unit": the name before the noun that describes Orbit owns it
        owning = [c for c in parts if described and c.dep_ == "compound" and c.i < noun.i]
        parts = [c for c in parts if c not in owning]
        # "its Hong Kong subsidiary, X": the place says where the unit is, X is the unit
        parts = [c for c in parts if r.cls(r.index[c.i].entity) != "Location"]
        if noun.tag_ != "NNS":
            parts = parts[:1]  # "its unit A, broker B and C": one unit, the first name
        for c in parts:
            # "its units A and B": every name of the list
            items = conjuncts(c) if noun.tag_ == "NNS" else [c]
            named += [r.index[t.i].entity for t in items if t.i in r.index]
        single = noun.dep_ == "appos" and noun.tag_ == "NNS"  # "A Co., subsidiaries of B"
        if noun.dep_ in {"compound", "appos"} and noun.head.i in r.index and not single:
            named.append(r.index[noun.head.i].entity)  # "its unit Orbit"; "Orbit, its unit"
        if single and any(c.lower_ in _EACH_WORDS for c in noun.children):
            named += r.entities(noun.head)  # "A and B, both subsidiaries of C": each of them
        if noun.dep_ == "attr" and noun.head.lemma_ == "be":
            named += r.entities(subject(noun.head))  # "X is a subsidiary of Y"
        named += _included(r, noun) if noun.tag_ == "NNS" else []
        owners = [
            e
            for c in noun.children
            if c.dep_ == "poss"
            for e in (_firm_just_before(r, c, sent, named) if c.lower_ == "its" else [])
            or r.entities(c)
        ]
        owners += [e for t in preps(noun, "of") for e in r.entities(t)]
        owners += [r.index[c.i].entity for c in owning]
        for part in dict.fromkeys(named):
            for owner in dict.fromkeys(owners):
                if r.cls(owner) == r.cls(part) == "Government" and owner != part and not parent:
                    # "the Cyber Command is a unit of the Guard": a body inside a body
                    r.fact(part, "partOf", owner, sent, "nominal.partOf.body_unit.v1", 0.7)
                    continue
                # "Yukos's Yugansk subsidiary": the noun says both names are businesses
                if r.cls(owner) not in _BUSINESS and not (not parent and _as_business(r, owner)):
                    continue
                if r.cls(part) not in _BUSINESS and not (not parent and _as_business(r, part)):
                    continue
                s, o = (owner, part) if parent else (part, owner)
                r.fact(s, "partOf", o, sent, "nominal.partOf.unit.v1", 0.75)

    def _partnership(self, noun: Token, sent: Span) -> None:
        """ "Y formed a joint venture with X", "the A-B alliance", "in concert with X"."""
        r = self.reader
        word = _document_word(noun)
        if word == "concert" and (
            noun.dep_ != "pobj" or noun.head.lower_ != "in" or any(noun.children)
        ):
            return  # only the phrase "in concert with": "a concert" is no partnership
        # a trade deal or framework binds states; a firm's "deal with" another is a sale
        states_only = word in STATE_DEAL_NOUNS
        agreement = word in AGREEMENT_NOUNS or states_only
        verb = noun.head
        if agreement and verb.dep_ == "xcomp" and _prospect(verb.head):
            return  # "A failed / hopes / seeks to reach a deal with B": no agreement yet
        if _unrealised(noun):
            return  # "talks on a partnership between A and B", "a proposed alliance"
        partners = [e for t in preps(noun, "with") for e in self._counterparts(t)]
        if not partners and noun.dep_ == "pobj" and noun.head.lower_ == "in":
            # "imposed in concert with B": the parser hangs "with" on the verb
            partners = [e for t in preps(noun.head.head, "with") for e in _parties(r, t)]
        if not partners and noun.dep_ == "dobj" and agreement:
            # "A signed a memorandum with B": the "with" may hang on the verb
            partners = [e for t in preps(noun.head, "with") for e in self._counterparts(t)]
        if not partners and agreement:
            # "a memorandum of understanding with B", "agreements on trade with B",
            # "frameworks for trade negotiations with B": on the noun after "of"/"on"/"for"
            partners = [
                e
                for o in preps(noun, "of", "on", "for")
                for t in preps(o, "with")
                for e in self._counterparts(t)
            ]
        holders = self._holders(noun)
        if (
            not holders
            and noun.dep_ == "dobj"
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        ):
            # "The United States will continue its cooperation with X": "its" is the
            # subject's (the reader refers "its" back to firms only)
            holders = [e for e in r.entities(subject(noun.head)) if r.cls(e) != "Person"]
        if not partners and not holders:
            # "a joint venture between A and B": the parties partner each other
            # "X, a joint venture of A and B": a body two own together
            words = ("between", "of") if word in JOINT_BODY_NOUNS else ("between",)
            # (the parser may run "A and B" into one name: "Orvik Energy and Tessel Motors")
            between = [
                e
                for t in preps(noun, *words)
                for e in _run_in(r, t) + _parties(r, t) + _described(r, t)
            ]
            holders, partners = between[:1], between[1:]
        if not partners and not holders and word in JOINT_BODY_NOUNS:
            # "The joint venture was formed by A and B": its founders partner
            holders = _founders(r, noun)
        if noun.dep_ == "dobj" and len(holders) == 1 and not partners:
            # "A and B formed a venture" parsed with A as a modifier of B; "A, the
            # Commonwealth of B and C signed a framework" with B as A's apposition
            signer = subject(noun.head)
            holders = holders + (_run_in(r, signer) or _listed_after(r, signer))
        if agreement and noun.dep_ == "dobj":
            # "President Ruiz signed an accord with Peru": the leader signs for the state
            signer = subject(noun.head)
            if not holders and noun.head.lemma_.lower() in CONCLUDE_VERBS:
                # "The United States reached a deal with China": who reaches it signs it
                holders = r.entities(signer)
            leader = r.leader_state(signer) if signer is not None else None
            if leader is not None:
                holders = [leader if r.cls(h) == "Person" else h for h in holders] or [leader]
        anchor = noun.head.head if noun.dep_ == "pobj" else noun
        issuing = False  # the holder is the release's issuer, named nowhere in the phrase
        if anchor.dep_ == "dobj" and anchor.i not in r.index and anchor.pos_ == "NOUN":
            anchor = anchor.head  # "will open a plant in partnership with Y": the verb's
        if not holders and noun.dep_ == "pobj" and anchor.pos_ in {"VERB", "AUX"}:
            # "X, in cooperation with Y, seized …": who acts in cooperation
            verb = anchor
            holders = [e for a in agents(verb) for e in r.entities(a)]
            holders = holders or self._acting(subject(verb))
            if not holders and any(c.dep_ == "auxpass" for c in verb.children):
                # "Today's action was taken in concert with the EU": the release's issuer
                holders = [i for i in [issuer(r)] if i is not None]
                issuing = True
        elif not holders and noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            holders = r.entities(noun.head.head)  # "by the FBI in coordination with Y"
        sides = holders + [
            r.index[c.i].entity for c in noun.children if c.dep_ == "compound" and c.i in r.index
        ]
        sides = list(dict.fromkeys(sides))
        pairs = [(a, b) for a in sides for b in dict.fromkeys(partners)]
        acting = agreement
        if not partners:
            # "the Fiat-GM alliance"; "A, B and C signed a framework": each two partner
            pairs = [(a, b) for i, a in enumerate(sides) for b in sides[i + 1 :]]
            acting = acting or len(holders) > 1  # "A, B and C launched a Partnership"
        mood = _mood(noun, sent)
        rule = "nominal.partnersWith.agreement.v1" if agreement else "nominal.partnersWith.v1"
        if states_only:
            rule = "nominal.partnersWith.state_deal.v1"
        for a, b in pairs:
            if states_only and not {r.cls(a), r.cls(b)} <= {"Government", "Location"}:
                continue
            # a company "in cooperation with" prosecutors is no partnership; places
            # that sign an accord are the states
            alike = _acting_alike(r, a, b) if acting else _alike(r, a, b)
            # "in partnership with the state government": the noun says so, as the verb
            # "partner" does (not "in cooperation with" prosecutors)
            alike = alike or (
                word in JOINT_BODY_NOUNS
                and not issuing
                and {r.cls(a), r.cls(b)} == {"Company", "Government"}
            )
            if a != b and alike:
                r.fact(a, "partnersWith", b, sent, rule, 0.6 if agreement else 0.65, mood)

    # ------------------------------------------------------------ mentions
    def read_sentence(self, sent: Span) -> None:
        """ "The United States, together with the EU, announced …", "Alongside Japan,
        the United States launched …": who acts together with the subject partners it."""
        r = self.reader
        lower_lemmas = r.lower_lemmas  # one list per article, not a call per word
        words = self._sentence_words
        for i in words[bisect_left(words, sent.start) : bisect_left(words, sent.end)]:
            word = lower_lemmas[i]
            if word in _JOINT_WORDS:
                self._jointly(r.doc[i], sent)
                continue
            if word in _WORK_WORDS:
                self._work_with(r.doc[i], sent)
                continue
            if word == "we":
                self._we_the_governments(r.doc[i], sent)
                continue
            if word == "co":
                self._co_led(i, sent)
                continue
            if r.pos[i] == PROPN and i in r.index and r.cls(r.index[i].entity) == "Organization":
                self._members(r.doc[i], sent)  # "the Quad (Australia, India, Japan and …)"
            if word in _TITLED_PACTS and r.pos[i] == PROPN:
                # "signed a Memorandum of Understanding", "signed Agreements on Trade
                # with X", "launched a Critical Minerals Partnership": the capitalised
                # document or partnership is read as its noun
                self._partnership(r.doc[i], sent)
                continue
            if word not in _TOGETHER_WORDS:
                continue
            token = r.doc[i]
            link = token  # the word whose object is the partner
            if word == "together":
                withs = [c for c in token.children if c.dep_ == "prep" and c.lower_ == "with"]
                if not withs and token.head.lower_ == "with":
                    withs = [token.head]  # "X, together with Y,": "with" hangs on X
                if not withs:  # "X worked together with Y": "with" hangs on the verb
                    withs = [
                        c for c in token.head.children if c.dep_ == "prep" and c.lower_ == "with"
                    ]
                if not withs:
                    self._jointly(token, sent)  # "A and B will work together"
                    continue
                link = withs[0]
            partners = [e for t in children(link, "pobj") for e in _parties(r, t)]
            anchor = link.head if link is not token else token.head
            if anchor.pos_ in {"VERB", "AUX"}:
                holders = r.entities(subject(anchor)) or self._we(subject(anchor))
            elif anchor.i in r.index:
                holders, anchor = [r.index[anchor.i].entity], anchor.head
            else:
                continue
            if not partners:
                continue
            verb = anchor
            for a in dict.fromkeys(holders):
                for b in dict.fromkeys(partners):
                    if a != b and _alike(r, a, b):
                        r.fact(a, "partnersWith", b, sent, f"nominal.partnersWith.{word}.v1",
                               0.6, modality(verb, sent))  # fmt: skip

    def _co_led(self, i: int, sent: Span) -> None:
        """ "the Task Force, which A co-leads with B", "A co-chaired the talks with B":
        the two that lead one thing together partner. Read in text order (the parser
        breaks "co-leads" apart): the name right before "co-" and the one right after
        its "with"."""
        r, doc = self.reader, self.reader.doc
        if i + 2 >= sent.end or doc[i + 1].text != "-" or doc[i + 2].lower_ not in _CO_VERBS:
            return
        leader = r.index.get(i - 1)
        if leader is None or leader.end != i:
            if not any(doc[k].lower_ == "with" for k in range(i + 3, min(i + 9, sent.end))):
                self._co_subjects(i, sent)  # "A and B will co-develop …"
            return
        # "co-leads with B", "co-chaired the meeting with B": the first "with" after it
        k = next((k for k in range(i + 3, min(i + 9, sent.end)) if doc[k].lower_ == "with"), None)
        if k is None:
            self._co_subjects(i, sent)
            return
        k += k + 1 < sent.end and doc[k + 1].lower_ == "the"
        other = r.index.get(k + 1)
        if other is None or other.start != k + 1 or other.entity == leader.entity:
            return
        if _alike(r, leader.entity, other.entity):
            r.fact(leader.entity, "partnersWith", other.entity, sent,
                   "nominal.partnersWith.co_led.v1", 0.65, modality(doc[i + 2], sent))  # fmt: skip

    def _co_subjects(self, i: int, sent: Span) -> None:
        """ "The Department of Defense and India's Ministry of Defence will co-develop
        drones": the subjects of a "co-" verb with no "with" do it together."""
        r, doc = self.reader, self.reader.doc
        verb = doc[i + 2]
        subj = subject(doc[i]) or subject(verb)
        if subj is None or subj.i > i:
            return
        sides = list(dict.fromkeys(self._acting(subj)))
        for n, a in enumerate(sides):
            for b in sides[n + 1 :]:
                if _acting_alike(r, a, b):
                    r.fact(a, "partnersWith", b, sent, "nominal.partnersWith.co_verb.v1", 0.6,
                           modality(verb, sent))  # fmt: skip

    def _members(self, group: Token, sent: Span) -> None:
        """ "the Quad – Australia, India, Japan and the United States –": the states a
        grouping is named by are partners; a government's release names its own state
        among them, which partners each other member."""
        r = self.reader
        state = r.state() if issuer(r) is not None else None
        if state is None:
            return
        lists = children(group, "appos")
        after = r.doc[group.i + 1] if group.i + 1 < len(r.doc) else None
        if group.dep_ in {"nmod", "compound"} and after is not None and after.text in _DASHES:
            lists.append(group.head)  # "the Quad – Australia, India …" parsed the other way
        members = [
            e
            for a in lists
            for i in _list_items(a)
            for e in r.entities(i)
            if r.cls(e) in {"Government", "Location"}
        ]
        members = list(dict.fromkeys(members))
        if len(members) < 2 or state not in members:
            return
        for other in members:
            if other != state and _acting_alike(r, state, other):
                r.fact(state, "partnersWith", other, sent, "nominal.partnersWith.members.v1",
                       0.55, _mood(group, sent))  # fmt: skip

    def _counterparts(self, token: Token) -> list[int]:
        """The parties named after "with" (see :func:`_parties`), a head of state for
        the state: "a deal with President Xi of China" is a deal with China."""
        r = self.reader
        own = r.entity(token)
        return [self._party_of(e, token) if e == own else e for e in _parties(r, token)]

    def _acting(self, token: Token | None) -> list[int]:
        """Who acts as the subject ``token``: its entities, a leader's state ("President
        Ruiz, in partnership with Japan, launched …"), or "we" in a government's release."""
        r = self.reader
        if token is None:
            return []
        found = [self._party_of(e, c) for c in conjuncts(token) for e in r.entities(c)]
        return list(dict.fromkeys(found)) or self._we(token)

    def _we(self, token: Token | None) -> list[int]:
        """ "Together with Japan, we launched …": in a government's release, "we" is
        the issuing state."""
        r = self.reader
        if token is None or token.lower_ != "we" or issuer(r) is None:
            return []
        state = r.state()
        return [state] if state is not None else []

    def _party_of(self, entity: int, token: Token) -> int:
        """A head of state or government stands for the state: "Prime Minister Tanaka
        of Japan" for Japan, "President Ruiz" for the article's state."""
        r = self.reader
        if r.cls(entity) != "Person":
            return entity
        state = r.leader_state(token)
        mention = r.index.get(token.i)
        start = mention.start if mention is not None else token.i
        before = " ".join(t.lower_ for t in r.doc[max(start - 2, 0) : start])
        if state is None and before != "prime minister":
            return entity  # "Ann Roe of Plano": no leader, no state
        for o in preps(token, "of"):
            place = r.entity(o)
            if place is not None and r.cls(place) in {"Government", "Location"}:
                return place  # "Prime Minister Tanaka of Japan"
        return state if state is not None else entity

    def _jointly(self, word: Token, sent: Span) -> None:
        """ "A and B will jointly fund …", "investigated jointly by A and B", "A and B
        worked together", "A and B issued a joint statement": the parties that act
        together partner each other."""
        r = self.reader
        head = word.head
        if word.dep_ in {"compound", "amod"} and word.i + 1 == head.i and head.pos_ == "PROPN":
            # "Joint Statement of the United States and Brazil": a capitalised title
            parties = [e for t in preps(head, "by", "of", "between") for e in _parties(r, t)]
            # "United States-Australia-Japan Joint Statement": the states named before it
            parties += [
                e
                for c in head.children
                if c.dep_ in {"nmod", "compound"} and c.i < word.i
                for i in _list_items(c)
                for e in r.entities(i)
                if r.cls(e) in {"Government", "Location"}
            ]
            self._pairs(parties, sent, _mood(word, sent))
            return
        if word.dep_ == "amod":  # "a joint statement / investigation"
            if head.lemma_.lower() in PARTNERSHIP_NOUNS:
                return  # "a joint venture with X": the noun reads it
            parties = [e for t in preps(head, "by", "of", "between") for e in _parties(r, t)]
            if not parties and head.dep_ in {"dobj", "attr"}:
                head = head.head
            elif not parties and head.dep_ == "pobj" and head.head.dep_ == "prep":
                head = head.head.head  # "in a joint operation": the verb it qualifies
        elif word.dep_ != "advmod":
            return
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in JUDGING_VERBS:
            return  # "A and B jointly attribute the attack to X": one verdict, no venture
        if head.pos_ in {"VERB", "AUX"}:
            passive = any(c.dep_ == "auxpass" for c in head.children) or (
                head.tag_ == "VBN" and bool(agents(head))
            )
            found = agents(head) if passive else [subject(head)]
            # "President Ruiz and Prime Minister Tanaka of Japan issued a joint …":
            # leaders act for their states
            parties = [
                self._party_of(e, c)
                for t in found
                if t is not None
                for c in conjuncts(t)
                for e in _parties(r, c)
            ]
        elif word.dep_ != "amod":
            return
        mood = modality(head, sent) if head.pos_ in {"VERB", "AUX"} else _mood(word, sent)
        self._pairs(parties, sent, mood)

    def _pairs(self, parties: list[int], sent: Span, mood: Modality) -> None:
        """Every two parties acting together partner each other."""
        r = self.reader
        parties = list(dict.fromkeys(parties))
        for n, a in enumerate(parties):
            for b in parties[n + 1 :]:
                if _acting_alike(r, a, b):
                    r.fact(a, "partnersWith", b, sent, "nominal.partnersWith.jointly.v1", 0.6, mood)

    def _we_the_governments(self, we: Token, sent: Span) -> None:
        """ "We, the governments of A, B and the United States, commit …": a joint
        statement; the issuing state partners each other signatory."""
        r = self.reader
        groups = [c for c in we.children if c.dep_ == "appos" and c.lemma_.lower() == "government"]
        if we.dep_ != "nsubj" or not groups:
            return
        members = list(dict.fromkeys(e for g in groups for e in _parties(r, g)))
        issuer = r.state()
        if issuer is None or issuer not in members:
            return
        mood = modality(we.head, sent)
        for other in members:
            if other != issuer and _acting_alike(r, issuer, other):
                r.fact(
                    issuer, "partnersWith", other, sent, "nominal.partnersWith.we.v1", 0.55, mood
                )

    def _work_with(self, verb: Token, sent: Span) -> None:
        """ "The FBI worked closely with the RCMP", "the Division consulted frequently
        with its colleagues at the European Commission": bodies of states working with
        each other partner (a firm "working with" prosecutors does not)."""
        r = self.reader
        if verb.pos_ != "VERB":
            return
        consult = verb.lemma_.lower() == "consult"
        if consult and verb.tag_ not in {"VBD", "VBN"}:
            return  # "the Secretary shall consult with …": a duty an order sets, not a deed
        objects = _with_objects(verb) + [
            n  # "with the RCMP to dismantle …" parsed as the subject of a clause
            for p in children(verb, "prep")
            if p.lower_ == "with"
            for c in children(p, "pcomp")
            for n in children(c, "nsubj")
        ]
        partners = [e for t in objects for e in _parties(r, t)]
        if not partners:
            return
        holders = (
            _parties(r, subject(verb)) or _adjective_subjects(r, verb) or self._we(subject(verb))
        )
        for a in dict.fromkeys(holders):
            for b in dict.fromkeys(partners):
                # two firms working together on something partner too ("X is working with
                # Y on a new chip"); a firm working with a state body does not
                firms = not consult and r.cls(a) == "Company" and r.cls(b) == "Company"
                if a != b and ((r.cls(a) == "Government" and _state_body(r, b)) or firms):
                    rule = f"verb.partnersWith.{'consult' if consult else 'work'}.v1"
                    r.fact(a, "partnersWith", b, sent, rule, 0.6, modality(verb, sent))

    def read_mention(self, mention: Mention, sent: Span) -> None:
        if self.reader.cls(mention.entity) in {"Government", "Company", "Person", "Location"}:
            self._part_of(mention, sent)

    def _part_of(self, body: Mention, sent: Span) -> None:
        """ "Unit 61398 of the Third Department", "the Treasury's Office of Foreign
        Assets Control", "X, part of Y"."""
        r = self.reader
        cls = r.cls(body.entity)
        if body.part_of is not None:
            outer = r.index.get(body.part_of)
            if (
                outer is not None
                and outer.end + 1 < len(r.doc)
                and token_table(r.doc).lower[outer.end] == "'s"
            ):
                # "the X Section of the Justice Department's Y Division": X is Y's
                owned = r.index.get(outer.end + 1)
                if owned is not None and owned.entity != body.entity and r.cls(owned.entity) == cls:
                    outer = owned
            if outer is not None and r.cls(outer.entity) == cls == "Government":
                r.fact(body.entity, "partOf", outer.entity, sent, "nominal.body.v1", 0.8)
        elif cls == "Government":
            chained = _comma_parent(r, body)
            if chained is not None:
                r.fact(body.entity, "partOf", chained, sent, "nominal.body.comma.v1", 0.85)
            agency = agency_named_before(r, body)  # "the BIS Office of Export Enforcement"
            if agency is not None and chained is None:
                r.fact(body.entity, "partOf", agency, sent, "nominal.partOf.agency_named.v1", 0.75)
            state = state_of_body(r, body)  # "Ghana's Ministry of …", "Norway, whose …"
            if state is not None:
                r.fact(body.entity, "partOf", state, sent, "nominal.partOf.state_body.v1", 0.75)
        # "X, part of / a subsidiary of Y"
        # right after the name, past its acronym: "Office of X (OX), part of Y"
        if _APPOS_ID not in r.dep[body.start : body.end + 7]:
            return  # no apposition where near_children looks: most names (no Span.root)
        if _APPOSITION_READ.isdisjoint(r.lower_lemmas[body.start : body.end + 7]):
            return  # nor a noun there that the loop below reads ("X, a law firm")
        root = body.root
        reach = body.end - root.i + 6
        for appos in near_children(root, 0, reach, frozenset({"appos"})):
            named = appos.pos_ == "PROPN" and appos.lemma_.lower() in _NAME_HEADS
            if named:
                continue  # "A, the Bureau of X's Office of Y": a list of bodies' names
            if appos.lemma_.lower() in APPOSITION_PART_NOUNS and appos.tag_ != "NNS":
                # (a plural after one name starts a list's next item: "A, subsidiaries of B")
                found = False
                for org, _ in r.prep_chain(appos):
                    if r.cls(org) == "Company" and appos.lemma_.lower() in PART_NOUNS:
                        _as_business(r, body.entity)  # "Alfa-Eco, the arm of Alfa Group"
                        cls = r.cls(body.entity)
                    if r.cls(org) == cls:
                        r.fact(body.entity, "partOf", org, sent, "nominal.partof.v1", 0.8)
                        found = True
                        break
                parent = None if found or cls != "Company" else _firm_before(r, appos, body)
                if parent is not None:
                    # "Corvane GmbH, the company's subsidiary in Munich": the firm the
                    # release is about, named before (not the subsidiary itself)
                    r.fact(body.entity, "partOf", parent, sent, "nominal.partof.anaphor.v1", 0.7)
            elif appos.lemma_.lower() == "company" and cls == "Company":
                # "Vestra, a Kornet Group company": the firm the noun is named by owns it
                for c in appos.children:
                    owner = r.index.get(c.i) if c.dep_ == "compound" else None
                    if owner is not None and r.cls(owner.entity) == "Company":
                        r.fact(body.entity, "partOf", owner.entity, sent,
                               "nominal.partOf.a_company_of.v1", 0.65)  # fmt: skip


def _firm_just_before(r: ArticleReader, its: Token, sent: Span, parts: list[int]) -> list[int]:
    """The firm "its" before a part noun stands for when the sentence names one shortly
    before it: "with A or with its subsidiary B" is A's (the last firm named, not the
    unit; also a short name the model left untagged, known as a firm's alias)."""
    doc = r.doc
    for i in range(its.i - 1, max(sent.start, its.i - 30) - 1, -1):
        mention = r.index.get(i)
        if mention is not None:
            if mention.entity not in parts and r.cls(mention.entity) == "Company":
                return [mention.entity]
            continue
        if doc[i].pos_ == "PROPN":
            known = _firm_called(r, doc[i].text)
            if known is not None and known not in parts:
                return [known]
    return []


def _alias_named(r: ArticleReader, token: Token) -> list[int]:
    """The firm a one-word short name the model left untagged stands for ("stakes in A
    and in GeneHelix", after "… Group Co., Ltd. (GeneHelix)")."""
    known = _firm_called(r, token.text) if token.pos_ == "PROPN" else None
    return [known] if known is not None else []


def _firm_called(r: ArticleReader, word: str) -> int | None:
    """The article's firm whose name or alias is the one word ``word``."""
    for i, cluster in enumerate(r.clusters):
        if cluster.cls == "Company" and (cluster.name == word or word in cluster.aliases):
            return i
    return None


def _firm_before(r: ArticleReader, part: Token, body: Mention) -> int | None:
    """The firm "the company's" or "its" before a part noun refers to: the nearest
    other firm named before ``body`` ("X Inc. agreed … X GmbH, the company's unit";
    "A Co., and B Inc., its U.S. subsidiary")."""
    owners = [c for c in part.children if c.dep_ == "poss"]
    if len(owners) != 1:
        return None
    owner = owners[0]
    definite = owner.lemma_.lower() in {"company", "firm"} and any(
        c.lower_ == "the" for c in owner.children
    )
    doc = part.doc
    named_after = part.i + 1 < len(doc) and doc[part.i + 1].pos_ == "PROPN"
    if not definite and (owner.lower_ != "its" or named_after):
        # "Gazprom, its unit Gazpromneft": the name after the noun is the unit, and
        # "its" is the name's own before it
        return None
    for m in reversed(r.mentions):
        if m.start >= body.start:
            continue
        if body.start - m.start > 120:
            break
        if m.entity != body.entity and r.cls(m.entity) == "Company":
            return m.entity
    return None


#: Nouns of negotiating, whose deal is not yet made: "talks to buy X".
_TALK_NOUNS = frozenset({"talk", "talks", "negotiation", "discussion"})
#: Modifiers of a deal that is not (yet) made: "a proposed takeover".
_UNREALISED_WORDS = frozenset(
    {"proposed", "planned", "possible", "potential", "mooted", "rumoured", "rumored",
     "failed", "abandoned", "aborted", "hypothetical", "prospective"}
)  # fmt: skip


def _unrealised(noun: Token) -> bool:
    """Whether a deal noun names a deal not made: "a proposed takeover of X", "talks on
    a partnership between A and B" (the noun inside a phrase of a talks noun)."""
    if any(c.dep_ == "amod" and c.lower_ in _UNREALISED_WORDS for c in noun.children):
        return True
    head = noun.head.head if noun.dep_ == "pobj" else None
    return head is not None and head.lemma_.lower() in _TALK_NOUNS


def _money(token: Token) -> bool:
    """Whether a phrase is a sum of money ("$50m", "50 million euros")."""
    return token.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in token.subtree)


#: Verbs by which a plural noun lists its members: "X's units include A and B".
_LISTING_VERBS = frozenset({"include", "comprise", "be"})


def _included(reader: ArticleReader, noun: Token) -> list[int]:
    """The names a plural subject lists by its verb: "X's subsidiaries include A, B
    and C", "the investors are A and B" (its objects or complements and their
    conjuncts)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _LISTING_VERBS:
        return []
    return [
        e
        for c in verb.children
        if c.dep_ in {"dobj", "attr"}
        for t in conjuncts(c, {"conj", "appos"})
        for e in reader.entities(t)
    ]


def _gapped_owners(reader: ArticleReader, verb: Token) -> list[int]:
    """ "X is 60% owned by A and 40% by B": the owner of a further share, whose verb
    "owned" is left out (the parser hangs the share on the verb or on A)."""
    tops = [verb, *agents(verb)]
    return [
        e
        for t in tops
        for share in children(t, "conj")
        if _share(share) is not None
        for by in share.children
        if by.lower_ == "by"
        for o in children(by, "pobj")
        for e in reader.entities(o)
    ]


def _prospect(verb: Token) -> bool:
    """A verb of hoping or trying (``PROSPECT_VERBS``), also where the tagger missed its
    lemma ("hopes" read as "hop")."""
    word = verb.lower_
    return bool({verb.lemma_.lower(), word, word[:-1], word[:-2]} & PROSPECT_VERBS)


def _document_word(noun: Token) -> str:
    """The lower-case lemma of a noun, a capitalised plural document read as its
    singular ("signed Agreements on Trade": the tagger keeps "agreements")."""
    word = noun.lemma_.lower()
    return AGREEMENT_PLURALS.get(word, word)


def _copula_participle(verb: Token) -> bool:
    """ "X, which is part-owned by Y": the participle parsed as the copula's complement."""
    return verb.dep_ == "acomp" and verb.head.lemma_ == "be" and bool(agents(verb))


def _comma_before(r: ArticleReader, mention: Mention) -> Mention | None:
    """The government body named right before ``mention`` and a comma, with no article
    between ("Department of Commerce, Bureau of …"), or None."""
    doc, start = r.doc, mention.start
    if (
        start < 2
        or token_table(doc).text[start - 1] != ","
        or token_table(doc).lower[start] == "the"
    ):
        return None
    before = r.index.get(start - 2)
    if before is None or before.end != start - 1 or r.cls(before.entity) != "Government":
        return None
    return before


def _comma_parent(r: ArticleReader, body: Mention) -> int | None:
    """The body a body is inside when a release names them as a chain from the
    department down, joined by commas: "the Department of Commerce, Bureau of Industry
    and Security, Office of Export Enforcement" (each inside the one before). Not a
    list of bodies: the chain starts at a department or ministry, and no "and" or "or"
    joins a further item to it ("the Department of Justice, FBI and IRS")."""
    parent = _comma_before(r, body)
    if parent is None:
        return None
    top, steps = parent, 0
    while (up := _comma_before(r, top)) is not None and steps < 6:
        top, steps = up, steps + 1
    if not any(w in _DEPARTMENT_WORDS for w in r.clusters[top.entity].name.lower().split()):
        return None
    # the chain's end: the body after which no comma joins another
    last, doc = body, r.doc
    while last.end + 1 < len(doc) and token_table(doc).text[last.end] == ",":
        following = r.index.get(last.end + 1)
        if following is None or _comma_before(r, following) is not last:
            break
        last = following
    after = [t.lower_ for t in doc[last.end : last.end + 2]]
    if after[:1] in (["and"], ["or"]) or (after[:1] == [","] and after[1:] in (["and"], ["or"])):
        return None
    return parent.entity


def _mood(noun: Token, sent: Span) -> Modality:
    """The modality of a nominal statement, as :func:`syntax.modality` reads it, but
    from the words just before the words above the noun only: "not", "will", "may"
    and "if" stand right before their verb, and a verb heading a list of thousands
    of clauses must not be scanned once for every noun in it."""
    chain = head_chain(noun)
    for t in chain[:2]:
        if near_children(t, 4, 0, frozenset({"neg"})):
            return "negated"
    for t in chain:
        left = near_children(t, 4, 0)
        if any(c.lower_ in THREAT_WORDS and c.dep_ in {"aux", "mark", "advmod"} for c in left):
            return "threatened"
        if t.i != noun.i and t.lemma_.lower() in THREAT_WORDS:
            return "threatened"
    words = sentence_words(sent) | {t.lemma_.lower() for t in chain}
    if words & ALLEGATION_WORDS:
        return "alleged"
    return "asserted"


def _as_business(reader: ArticleReader, entity: int) -> bool:
    """Retype a one-word name the tagger read as a person or place to Company, when
    the grammar says it is a business part ("its unit Yugansk"); True if it now is."""
    cluster = reader.clusters[entity]
    if cluster.cls in _BUSINESS:
        return True
    if cluster.cls not in {"Person", "Location"} or len(cluster.name.split()) > 1:
        return False
    if cluster.name in COUNTRY_NAMES or any(m.source == "gazetteer" for m in cluster.mentions):
        return False
    cluster.cls = "Company"
    return True


def _named(reader: ArticleReader, token: Token) -> list[int]:
    """The entities a phrase names, also through a describing noun ("its smaller
    rival Peoplesoft", "former parent AT&T")."""
    found = reader.entities(token)
    if not found:
        found = [
            reader.index[c.i].entity
            for c in token.children
            if c.dep_ in {"appos", "compound"} and c.i in reader.index
        ]
    return found


def _described_name(reader: ArticleReader, noun: Token) -> list[int]:
    """The name a business noun describes as its modifier or apposition: "the
    Siemens-owned broadcaster X", "X, a Siemens-owned broadcaster", "a Siemens-owned
    subsidiary company - X" (through a run of nouns)."""
    for _ in range(3):
        if noun.dep_ not in {"compound", "appos"} or noun.head.i == noun.i:
            return []
        if noun.head.i in reader.index:
            return [reader.index[noun.head.i].entity]
        noun = noun.head
    return []


def _called(reader: ArticleReader, noun: Token | None) -> list[int]:
    """The name a noun is given by a participle after it: "the venture, to be called
    X", "a new company named X"."""
    if noun is None:
        return []
    return [
        e
        for v in noun.children
        if v.dep_ == "acl" and v.lemma_.lower() in {"call", "name"}
        for c in v.children
        if c.dep_ in {"oprd", "attr", "dobj"}
        for e in reader.entities(c)
    ]


def _share_of(reader: ArticleReader, share: Token) -> list[int]:
    """What a share is of: "20 pct of X", "20 pct of X's common stock"."""
    found: list[int] = []
    for t in preps(share, "of"):
        named = _named(reader, t)
        if not named and t.lemma_.lower() in _STOCK_WORDS:
            named = [e for c in t.children if c.dep_ == "poss" for e in reader.entities(c)]
            named += [e for p in preps(t, "of") for e in _named(reader, p)]
        found += named
    return found


def _share(token: Token) -> float | None:
    """The percentage a token (or its number) gives: "100%", "20 pct", "half"."""
    words = [token.lower_, *(c.lower_ for c in token.children if c.dep_ in {"nummod", "compound"})]
    if token.lower_ in {"%", "pct", "percent"} or token.lower_.endswith("%"):
        for w in words:
            m = _SHARE.match(w.rstrip("%"))
            if m:
                return float(m.group(1))
    if token.lower_ in {"all", "whole"}:
        return 100.0
    return None


def _alike(r: ArticleReader, a: int, b: int) -> bool:
    """Two parties that can partner: of one class ("a company cooperating with
    prosecutors" is no partnership), or a government and a place acting as a state
    ("the United States is partnering with Kenya")."""
    ca, cb = r.cls(a), r.cls(b)
    if ca == cb:
        return ca in ORG_CLASSES
    states = {"Government", "Location"}
    if ca not in states or cb not in states:
        return False
    if ca == cb:
        return False  # two places are no parties
    r.promote(a if ca == "Location" else b)
    return True


def _parties(reader: ArticleReader, token: Token | None) -> list[int]:
    """The parties a phrase names: its entities, or the members of a group it names
    ("allies and partners including the UK and Canada", "the governments of Peru and
    Chile")."""
    if token is None:
        return []
    found: list[int] = []
    for t in conjuncts(token):
        # ("The Governments of A and B" opening a sentence: a proper noun, unlemmatised)
        singular = t.lower_[:-1] if t.pos_ == "PROPN" and t.lower_.endswith("s") else ""
        if (t.lemma_.lower() not in GROUP_NOUNS and singular not in GROUP_NOUNS) or (
            t.i in reader.index
        ):
            continue
        # "eight countries – Peru, Chile and Kenya": the list set off after the noun
        found += [e for a in children(t, "appos") for e in reader.entities(a)]
        for prep in children(t, "prep", "acl"):
            if prep.lower_ in {"including", "of", "like", "as", "include"}:
                items = [i for o in children(prep, "pobj", "dobj") for i in _list_items(o)]
                found += [e for i in items for e in reader.entities(i)]
    for t in conjuncts(token):
        word = t.lemma_.lower()
        if (word in _ENVOY_NOUNS or word == "partner") and t.i not in reader.index:
            # "its colleagues at the European Commission", "our partners at DCIS": the
            # body they stand for (but "partners of X" are X's partners, not X)
            words = {"at", "from", "in"} | ({"of"} if word != "partner" else set())
            found += [e for p in children(t, "prep") if p.lower_ in words
                      for o in children(p, "pobj") for i in _list_items(o)
                      for e in reader.entities(i)]  # fmt: skip
    if found:
        return list(dict.fromkeys(found))
    # the members named, else what the phrase names or refers back to ("the government");
    # "the Republic of Korea and Japan": the parser hangs "and Japan" on "Korea" (with
    # its "and": "X K.K. of Yokohama, Japan" names the firm's seat, no second party)
    tail = [
        e
        for o in (preps(token, "of") if token.pos_ == "PROPN" else [])
        if any(children(c, "cc") for c in conjuncts(o))
        for c in children(o, "conj")
        for e in reader.entities(c)
    ]
    return list(dict.fromkeys(reader.entities(token) + tail))


def _with_objects(verb: Token) -> list[Token]:
    """The objects of a verb's "with", also of a second "with" joined to it: "worked
    with A and with B" (the parse makes the second a conjunct of the first)."""
    out = preps(verb, "with")
    if out:
        out += [o for p in children(verb, "prep") if p.lower_ == "with"
                for c in children(p, "conj") if c.lower_ == "with"
                for o in children(c, "pobj")]  # fmt: skip
    return out


def _in_objects(noun: Token) -> list[Token]:
    """The objects of a noun's "in", also of a second "in" joined to it: "stakes in A
    and in B"."""
    out = preps(noun, "in")
    for p in children(noun, "prep"):
        if p.lower_ == "in":
            out += [o for c in children(p, "conj") if c.lower_ == "in" for o in children(c, "pobj")]
    return out


def _relative_described(reader: ArticleReader, verb: Token) -> list[int]:
    """The name a relative clause tells of through the noun that describes it: "X, a
    fund that holds stakes in …", "X, a processor that is wholly owned by Y" (the
    clause hangs on the noun in apposition to X)."""
    subj = subject(verb)
    if verb.dep_ != "relcl" or subj is None or subj.lower_ not in {"that", "which"}:
        return []
    noun = verb.head
    if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.i in reader.index:
        return [reader.index[noun.head.i].entity]
    return []


def _listed_after(reader: ArticleReader, token: Token | None) -> list[int]:
    """The further items of a list "A, B and C" that the parser hung on A as an
    apposition B with C joined to it (not "A, a firm,": no "and" goes on from B)."""
    if token is None:
        return []
    listed = [a for a in children(token, "appos") if a.pos_ == "PROPN" and children(a, "conj")]
    own = reader.entities(token)
    return [e for a in listed for t in _list_items(a) for e in reader.entities(t) if e not in own]


def _list_items(token: Token) -> list[Token]:
    """The items of a list of names, also past an item named with "of" ("A, the
    Republic of Korea, B and C": the parser hangs B and C on "Korea")."""
    out: list[Token] = []
    stack = [token]
    while stack and len(out) < 200:
        t = stack.pop()
        out.append(t)
        # "Australia, Canada, Costa Rica and …": the second item may hang as an apposition
        stack += [
            c for c in t.children if c.dep_ == "conj" or (c.dep_ == "appos" and c.pos_ == "PROPN")
        ]
        if t.pos_ == "PROPN":
            stack += [
                o for p in children(t, "prep") if p.lower_ == "of" for o in children(p, "pobj")
            ]
    return out


def _adjective_subjects(reader: ArticleReader, verb: Token) -> list[int]:
    """ "The IRS is proud to partner with …": the subject of the adjective's copula."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.dep_ == "acomp" and head.head.lemma_ == "be":
        return reader.entities(subject(head.head))
    return []


def _state_body(r: ArticleReader, entity: int) -> bool:
    """A government, or a country named where a body works with it ("its counterparts
    in Japan": the state, promoted to Government)."""
    if r.cls(entity) == "Government":
        return True
    if r.cls(entity) != "Location" or r.clusters[entity].name not in COUNTRY_NAMES:
        return False
    r.promote(entity)
    return True


def _acting_alike(r: ArticleReader, a: int, b: int) -> bool:
    """As :func:`_alike`, where the wording itself makes both parties act ("A and B
    jointly fund", "A, joined by B", "A and B signed"): two places are the states."""
    states = {"Government", "Location"}
    if r.cls(a) in states and r.cls(b) in states:
        r.promote(a)
        r.promote(b)
        return True
    return _alike(r, a, b)


def _described(reader: ArticleReader, token: Token) -> list[int]:
    """Names set beside a role noun in a list: "between A and the Korean steelmaker B"
    (the parse joins "steelmaker" to A and hangs B on it as an apposition)."""
    return [
        e
        for c in conjuncts(token)[1:]
        if c.pos_ == "NOUN" and c.i not in reader.index
        for a in children(c, "appos")
        for e in reader.entities(a)
    ]


def _founders(reader: ArticleReader, body: Token) -> list[int]:
    """Who founded a venture named as a passive subject: "the venture was formed /
    set up / established by A and B"."""
    verb = body.head
    if body.dep_ != "nsubjpass" or verb.lemma_.lower() not in _FOUND_VERBS:
        return []
    return list(dict.fromkeys(e for a in agents(verb) for e in reader.entities(a)))


def _run_in(reader: ArticleReader, token: Token | None) -> list[int]:
    """The names run into a phrase as modifiers joined by "and": "Orvik Energy and
    Tessel Motors" parsed as one name whose first part "Energy" has the "and"."""
    if token is None:
        return []
    return [
        e
        for c in token.children
        if c.dep_ in {"nmod", "compound"} and any(g.dep_ == "cc" for g in c.children)
        for e in reader.entities(c)
    ]


def _stake_relative(verb: Token) -> bool:
    """Whether ``verb`` heads a relative clause on the firm of "a stake in X": what
    "which it bought" names there is the stake (the parser hangs it on X)."""
    if verb.dep_ not in {"relcl", "acl"}:
        return False
    named = verb.head
    prep = named.head
    return named.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in STAKE_NOUNS
