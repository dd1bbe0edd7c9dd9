"""Sanctions: designations, bans, fines, export controls, listed by verb or noun.

"The Treasury blacklisted X", "X was fined $2m by the regulator", "imposed a ban on
X", "added X to the Entity List", "ordered to pay a $40m penalty", "the U.S. ban on
X"; a government "targeting" people followed by "This includes A, B and C".

News wordings: "agreed to pay $40m to settle charges brought by the SEC" (a Fine by
the SEC, who also charged), "paying the regulator $250m", "the regulator said X agreed
to pay penalties of $2m", "it must pay a penalty" after "in a US court, X
pleaded guilty", "banned … by a US court injunction", "hit X with a $2bn bill for
taxes and fines".
"""

from __future__ import annotations

from typing import Final

from spacy.symbols import PROPN
from spacy.tokens import Span, Token

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.issuer import SOURCE_KEY, issuer_kind, national_state, state_issuer
from kg.extract.frames.legal import (
    ACTING,
    SETTLING_VERBS,
    actor_entities,
    bringers,
    clause_parties,
    court_entity,
    court_nearby,
    known_surname,
    parties,
)
from kg.extract.frames.legal_words import (
    CASE_NOUNS,
    COURT_NOUNS,
    HIT_VERBS,
    INSTRUMENT_NOUNS,
    PENALTY_NOUNS,
    RAISE_VERBS,
    SAY_VERBS,
)
from kg.extract.frames.pronoun import person_referent, personal
from kg.extract.frames.reader import ArticleReader
from kg.extract.frames.sanction_annex import blocks_property, deals_barred, transactions_prohibited
from kg.extract.frames.sanction_classes import (
    CLASSING_VERBS,
    class_named,
    listed_class,
    military_company_named,
)
from kg.extract.frames.sanction_context import (
    acting_before,
    clause_modality,
    empowered,
    faced_as_done,
    possible_measure,
    short_name,
)
from kg.extract.frames.sanction_dates import own_date
from kg.extract.frames.sanction_described import (
    defendants_named,
    described_group,
    described_names,
)
from kg.extract.frames.sanction_followups import (
    IDENTIFYING_VERBS,
    both_referents,
    counted_makers,
    described_subjects,
    lead_counts,
    located_places,
    next_subjects,
    numbered_member,
    subject_to_members,
)
from kg.extract.frames.sanction_judgments import (
    JUDGMENT_NOUNS,
    judgment_parties,
    proposed,
    restraining_judgment,
)
from kg.extract.frames.sanction_kinds import (
    DIVESTING_NOUNS,
    authority_kind,
    is_country,
    keeper_kind,
    named_measure,
    noun_kind,
    record,
    sanctions_body,
)
from kg.extract.frames.sanction_leads import LeadMemory
from kg.extract.frames.sanction_licences import (
    EXPORTING_WORDS,
    WITHDRAWING_NOUNS,
    WITHDRAWING_VERBS,
    held_by,
    is_licence,
    licence_holders,
    licence_kind,
    revoked_licence,
)
from kg.extract.frames.sanction_lists import (
    ACTOR_TARGETS,
    TARGETS,
    annex_entities,
    colon_list,
    counted_bullets,
    following_list,
    run_on_objects,
)
from kg.extract.frames.sanction_nominals import (
    DESIGNATING_NOUNS,
    LISTING_NOUNS,
    act_targets,
    clause_imposers,
    described_as_sanctioned,
    imposing_clauses,
)
from kg.extract.frames.sanction_objects import (
    amount_phrases,
    barred_customers,
    barred_investees,
    blocks_a_deal,
    dealing_parties,
    export_destinations,
    goods_makers,
    included_members,
    invested_in,
    sector_countries,
    under_measure,
    violated_destinations,
)
from kg.extract.frames.sanction_ordered import judge_of, judges_district, ordered_payers
from kg.extract.frames.sanction_payments import settling_bodies
from kg.extract.frames.sanction_targets import (
    RESTRICTING_VERBS,
    TECHNOLOGY_GOODS,
    dealings_kind,
    goods_parties,
    instrument_issuers,
    measure_targets,
    object_kind,
    past_descriptions,
    property_owners,
    restricted_kind,
    securities_issuers,
    technology_access,
    visa_holders,
)
from kg.extract.frames.sanction_words import (
    BARE_DEPARTMENTS,
    CAPITALISED_MEASURES,
    DESCRIBED_MEASURES,
    ENDING_NOUNS,
    GENERIC_LISTS,
    LIST_KEEPERS,
    MEASURE_HEADS,
    MORE_SANCTION_VERBS,
    OTHER_MEASURES,
    OWNING_VERBS,
    PERSON_GROUPS,
    PRODUCT_NOUNS,
    PROPERTY_WORDS,
    SECURITIES_WORDS,
    TARGET_GROUPS,
)
from kg.extract.frames.syntax import (
    agents,
    children,
    conjuncts,
    date_of,
    is_passive,
    modality,
    money_in,
    preps,
    subject,
)
from kg.extract.lexicon import (
    COUNTRY_NAMES,
    GOVERNMENT_WORDS,
    IMPOSE_VERBS,
    LIFT_VERBS,
    LIST_NAMES,
    MEASURE_WORDS,
    SANCTION_NOUNS,
)
from kg.extract.lexicon import (
    SANCTION_VERBS as LEXICON_SANCTION_VERBS,
)
from kg.extract.mentions import EntityCluster
from kg.extract.tokens import sentence_bounds, token_table
from kg.model import Modality

#: Verbs whose object is a measure's target, with its kind: the lexicon's and the
#: frame's own ("immobilizing the assets of X").
SANCTION_VERBS = {**LEXICON_SANCTION_VERBS, **MORE_SANCTION_VERBS}

#: Named lists and generic ones ("placed X on its sanctions list"), with their kinds.
SANCTION_LISTS = {**LIST_NAMES, **GENERIC_LISTS}

#: "added X to the Entity List": a sanction when the object is a named list.
LISTING_VERBS = frozenset({"add", "place", "put"})

#: Copulas that place a target on a list: "X is / remains on the Entity List".
_BEING_VERBS = frozenset({"be", "remain", "stay", "appear"})

#: Verbs saying whom a measure reaches: "the tariffs apply to X", "the ban covers X".
_APPLYING_VERBS = frozenset({"apply", "cover", "affect"})

#: Verbs whose subject undergoes the measure it names: "X received a fine from Y".
_RECEIVING_VERBS = frozenset({"receive", "incur"})

#: Verbs of handing over money as a measure: "agreed to pay a fine", "will forfeit $2m".
PAY_VERBS = frozenset({"pay", "forfeit"})

#: Participles that describe a target as under a state's measure: "US-sanctioned X"
#: (not "London-listed", "state-banned").
_DESCRIBING_VERBS = frozenset({"sanction", "blacklist", "designate"})

#: A measure read only as what an offence violated ("shipped parts to Iran in violation
#: of U.S. sanctions"): the destination is inferred, and the tuned-on gold leaves it out.
VIOLATED_MEASURE_CONFIDENCE = 0.55
#: A sanctioning verb with no government acting in its clause ("all property of these
#: persons is blocked", "prohibiting investment in …"): the release's issuing state
#: inferred as the imposer. Stated alone it was right 0 of 4 times on the tuned-on sets
#: (90% interval [0, 0.40]; a title, an anaphor read as targets, an agency named in a
#: run-on heading), 3 of 3 with another rule agreeing (December 2026).
VERB_ISSUER = 0.6

#: How many words open a heading or bullet whose capitalised measure is read.
_HEADING_WORDS = 4

#: Verbs that conclude an agreement: "reached / entered into a settlement agreement".
_CONCLUDING_VERBS = frozenset({"reach", "enter", "sign", "conclude"})

#: Verbs whose object is made to pay: "ordered / sentenced X to pay a fine".
_ORDERING_VERBS = frozenset({"order", "sentence", "require", "direct"})


class SanctionFrame(LeadMemory, Frame):
    verbs = (
        frozenset(SANCTION_VERBS)
        | IMPOSE_VERBS
        | LISTING_VERBS
        | HIT_VERBS
        | RAISE_VERBS
        | {"target", "include", "take"}  # "took action against X"
        | IDENTIFYING_VERBS  # "identified the companies subject to the prohibition"
        | {"face"}  # "imports from X will face a 25% tariff"
        | {"cut"}  # "cut off X from the U.S. financial system"
        | _APPLYING_VERBS
        | _RECEIVING_VERBS
        | PAY_VERBS
        | WITHDRAWING_VERBS
        | CLASSING_VERBS
        | {"settle"}
        | {"divest"}  # "ordered X to divest its stake in Y"
        | _BEING_VERBS  # "X, which is on the Entity List"
        | {"require"}  # "has required a license to export chips to X"
    )
    # "a denial order against X", "restrictive measures against X"
    nouns = (
        frozenset(SANCTION_NOUNS)
        | {"order", "requirement"}  # "a denial order", "license requirements on X"
        | frozenset(OTHER_MEASURES)
        | TARGET_GROUPS  # "sanctioned countries such as X", "X, an entity on the Entity List"
        | JUDGMENT_NOUNS  # "the final judgment prevented X from …"
        | DESIGNATING_NOUNS  # "the designation of X"
        | LISTING_NOUNS  # "the addition of X to the Entity List"
        | WITHDRAWING_NOUNS  # "the revocation of X's licence"
        | {"action"}  # "FinCEN's 2025 action against X"
        | DIVESTING_NOUNS  # "ordered the divestment of X's stake in Y"
    )

    def __init__(self, reader) -> None:  # type: ignore[no-untyped-def]
        super().__init__(reader)
        self._init_leads()
        # the last "X is targeting …" frame: (governments, kind, sentence end)
        self._targeting: tuple[list[int], str, int] | None = None
        self._annex: list[int] | None = None  # the names of the order's annex, read once
        # the measures already recorded on the annex's names: a second sentence that
        # points at the annex ("The persons listed in the Annex are:") reads the same
        # list again, no independent support for its names (corroboration would raise
        # a misread name to 0.91)
        self._annex_kinds: set[str] = set()

    def read_verb(self, clause: VerbClause) -> bool:
        r, verb, lemma, sent = self.reader, clause.verb, clause.lemma, clause.sent
        if lemma == "target" and _quoted(verb):
            return True  # a quoted title ("“X Targets U.S. Networks,”") states no measure
        if lemma == "target" and not clause.passive and self._measure_targeting(clause):
            return True
        if lemma == "target" and not clause.passive:
            # "The Department of State is targeting Russian oligarchs": a government
            # targeting people is sanctioning them; the names may follow ("This
            # includes A, …; B, …; and C")
            actors = _inner_bodies(r, subject(verb), clause.actors)
            govs = [a for a in actors if r.cls(a) == "Government"]
            if govs:
                self._targeting = (govs, "Designation", sent.end)
                record(
                    r, govs, clause.patients, "Designation", verb, sent, "sanction.target.v1",
                    _modality(clause),
                )  # fmt: skip
            return True
        if lemma == "require":
            return self._licence_required(clause)
        if lemma in {"include", "be"} and self._heading_list(clause):
            return True
        if lemma == "be" and self._named_after_lead(clause):
            return True
        # "Among those covered are A and B": a copula read only after "among" (a word
        # table look-up: copulas are many)
        among = lemma == "be" and "among" in token_table(verb.doc).lower[sent.start : verb.i]
        if (lemma == "include" or among) and self._covered_include(clause):
            return True
        if lemma in IDENTIFYING_VERBS and not clause.passive and self._identified(clause):
            return True
        if lemma == "include" and self._targeting is not None and _demonstrative_subject(verb):
            govs, kind, frame_end = self._targeting
            if sent.start - frame_end <= 2:
                targets = r.named_in(sent)
                record(
                    r, govs, targets, kind, verb, sent, "sanction.includes.v1", _modality(clause)
                )
            return True
        if lemma == "take":
            return self._action_taken(clause)
        if lemma == "face":
            return self._measure_faced(clause)
        if lemma == "cut":
            return self._cut_off(clause)
        if lemma == "list" and self._annex_listing(clause):
            return True
        if lemma == "list" and verb.dep_ == "amod":
            return self._keeper_listed(clause)
        if lemma in _APPLYING_VERBS:
            return self._measure_applies(clause)
        if lemma in WITHDRAWING_VERBS:
            return self._licence_withdrawn(clause)
        if lemma == "divest":
            return self._divestment_ordered(clause)
        if lemma == "settle":
            self._settled_verb(clause)
            return False  # the settled charges are the charge frame's to read
        if lemma == "be" and self._last is not None and clause.sent.start > self._last_sent:
            # "Its general director, Y, is the third individual named today": one of
            # the targets the last measure counted
            numbered = numbered_member(r, verb)
            if numbered:
                govs, kind = self._lead_for(numbered)
                record(
                    r, govs, numbered, kind, verb, sent, "sanction.numbered.v1",
                    _modality(clause), 0.7,
                )  # fmt: skip
                return True
        if lemma in _BEING_VERBS:
            self._on_list(clause)
            return False  # a copula: whatever else it says is for other frames
        if lemma in CLASSING_VERBS and class_named(verb):
            return self._class_member(clause)
        if lemma in CLASSING_VERBS and lemma != "designate" and listed_class(verb):
            return self._class_listed(clause)
        if lemma in CLASSING_VERBS and military_company_named(verb):
            # "DoD identified X and its affiliate Y as Chinese military companies"
            targets = [e for e in clause.patients if r.cls(e) in ACTOR_TARGETS]
            targets += [
                e for e in _conjoined_appositions(r, verb, clause.passive) if e not in targets
            ]
            record(
                r, clause.actors, targets, "Designation", verb, sent,
                "sanction.class.military.v1", _modality(clause), 0.75,
            )  # fmt: skip
            return True
        if lemma in CLASSING_VERBS and lemma not in SANCTION_VERBS:
            return False
        listable = lemma in SANCTION_VERBS or lemma in LISTING_VERBS
        listed_kind = _list_kind(verb) if listable else None
        if lemma in SANCTION_VERBS or listed_kind:
            kind = listed_kind or SANCTION_VERBS.get(lemma, "Other")
            if lemma == "designate":
                kind = authority_kind(verb) or kind  # "designated X under Section 7031(c)"
            if listed_kind is None and kind == "Designation" and _refers_to_measures(verb):
                # "listed X as subject to the order's prohibitions": the measures the
                # article describes ("prohibit U.S. investments in …")
                kind = r.measure_kind() or kind
            actors, rule = clause.actors, f"sanction.verb.{lemma}.v1"
            patients, anchor = clause.patients, verb
            if lemma == "block" and blocks_a_deal(verb):
                return False  # "sue to block it": the merger, no measure on a party to it
            if not (actors and patients):
                actors, patients = clause_parties(r, verb, clause.passive)
            if not clause.passive:
                # "the Department of the Treasury's Office of Foreign Assets Control
                # designated X": the office inside the department acts
                actors = _inner_bodies(r, subject(verb), actors) or _bare_department(r, verb)
            # "designating the following entities:\n- A, …\n- B, …", "sanctioning three
            # individuals: A, B and C": the names the colon opens
            listed = [
                e
                for t in children(verb, "nsubjpass" if clause.passive else "dobj")
                if t.lemma_.lower() in TARGET_GROUPS
                for e in colon_list(r, t, sent)
            ]
            if not listed:
                # "sanctioned two officials, A and B": the names set beside the group
                listed = [
                    e
                    for t in children(verb, "nsubjpass" if clause.passive else "dobj")
                    if t.lemma_.lower() in TARGET_GROUPS
                    for a in children(t, "appos")
                    for e in r.entities(a)
                    if r.cls(e) in ACTOR_TARGETS
                ]
                rule = f"sanction.verb.{lemma}.appos.v1" if listed else rule
            if listed:
                patients = listed
                rule = rule if rule.endswith(".appos.v1") else f"sanction.verb.{lemma}.list.v1"
            elif listed_kind and not clause.passive:
                # "adding A, B and C to the Entity List" parsed with B and C hung
                # elsewhere: the names that run on after the object
                patients = list(dict.fromkeys(patients + run_on_objects(r, verb)))
            if not patients:
                # "adding 20 entities to the Entity List, including A and B": the
                # names a group object is said to include
                patients = included_members(r, verb, clause.passive)
                rule = f"sanction.verb.{lemma}.including.v1" if patients else rule
            # "banned X, the video app owned by Y": the product's owner is reached
            owners = [] if clause.passive else _product_owners(r, verb)
            # "OFAC is designating both companies", "Both are being designated": the
            # two the sentences before were about
            both = [e for e in both_referents(r, verb, clause.passive) if e not in patients]
            patients += both
            rule = f"sanction.verb.{lemma}.both.v1" if both else rule
            if patients:
                # "designated X and its general manager, Y": the name set beside a
                # conjoined noun
                patients += [
                    e for e in _conjoined_appositions(r, verb, clause.passive) if e not in patients
                ]
            if patients and not clause.passive:
                # "is designating X, a …, together with its chief designer, Y"
                patients += [e for e in _companions(r, verb, False) if e not in patients]
            if not patients:
                # "The bank's chairman, Pavel Orlin, was also sanctioned", "froze the
                # assets of its owner, X": the name set beside a role noun
                patients = _role_appositions(r, verb, clause.passive)
            if clause.passive and not patients:
                # "Also designated were A and B": the subject after the auxiliary
                patients = _inverted_subjects(r, verb)
            if clause.passive:
                # "X, which was placed on the Entity List": the name before ", which"
                patients = _which_names(r, verb) or patients
                # "X was also sanctioned, along with its trading arm, Y": Y is too
                patients += [e for e in _companions(r, verb) if e not in patients]
            if not patients and verb.dep_ == "acl" and verb.tag_ == "VBN":
                # "Kestrel Partners, a company designated by OFAC in 2012"; "X was among
                # 12 firms sanctioned by Y", "X is one of the firms sanctioned by Y"
                patients = [
                    e for e in r.entities(verb.head) or _group_members(r, verb.head)
                    if r.cls(e) in ACTOR_TARGETS
                ]  # fmt: skip
                group = described_group(verb)
                if not patients and group is not None:
                    # "X, an entity designated by OFAC", "A and B, entities designated …"
                    patients = described_names(r, group)
                    rule = f"sanction.verb.{lemma}.described.v1" if patients else rule
                actors = [e for t in agents(verb) for e in r.entities(t)]
            if not patients and verb.dep_ == "amod" and lemma in _DESCRIBING_VERBS:
                # "Orvane Systems, a US-sanctioned chipmaker", "the EU-sanctioned
                # businessman X": the state named before the hyphen
                patients, actors = described_as_sanctioned(r, verb)
                rule = f"sanction.verb.{lemma}.hyphen.v1" if patients else rule
            if not patients and verb.dep_ == "conj" and is_passive(verb.head):
                # "X was sentenced to 24 months in prison and fined $10,000"
                patients = [e for t in children(verb.head, "nsubjpass") for e in parties(r, t)]
                actors = [e for t in agents(verb.head) for e in parties(r, t)]
            if listed_kind and not [a for a in actors if r.cls(a) in ACTING]:
                # "placed on the Commerce Department's Entity List": the list's keeper;
                # "X was added to the Entity List": the keeper the article names
                keepers = _list_keepers(r, verb)
                if not keepers:
                    keepers = _article_keeper(r, listed_kind)
                    rule = f"sanction.verb.{lemma}.keeper.v1" if keepers else rule
                actors = keepers or actors
            if not patients and not clause.passive:
                # "banned imports of beef from Britain", "banned Chinese imports": the
                # goods' origin
                patients = [e for t in children(verb, "dobj") for e in measure_targets(r, t, sent)]
                rule = f"sanction.verb.{lemma}.goods.v1" if patients else rule
            if not patients:
                # "Vandermeulen Coatings … Vandermeulen was fined 210m euros": the firm
                # an unrecognised short name stands for
                patients = [
                    e for t in children(verb, "nsubjpass" if clause.passive else "dobj")
                    for e in short_name(r, t)
                ]  # fmt: skip
                rule = f"sanction.verb.{lemma}.short.v1" if patients else rule
            if not patients and not clause.passive:
                # "fined Orvane Systems 497m euros", misparsed: the name right after
                patients = _name_after(r, verb)
                rule = f"sanction.verb.{lemma}.next.v1" if patients else rule
            if not patients:
                # "All property and interests in property of X are blocked", "froze
                # the assets of X": whose property
                patients = [
                    e for t in children(verb, "nsubjpass" if clause.passive else "dobj")
                    for e in property_owners(r, t)
                ]  # fmt: skip
                if not patients and lemma in SANCTION_VERBS:
                    # "All property … of the following persons are blocked …:" over
                    # bullets "(i) A, which …; (ii) B, …": their property is frozen
                    patients = following_list(r, sent)
                    if patients and any(t.lemma_.lower() in PROPERTY_WORDS for t in sent):
                        kind = "AssetFreeze"
                        rule = f"sanction.verb.{lemma}.following.v1"
                if patients and not rule.endswith(".following.v1"):
                    rule = f"sanction.verb.{lemma}.property.v1"
                    kind = (
                        "AssetFreeze" if SANCTION_VERBS[lemma] == "AssetFreeze" else "Designation"
                    )
            if not patients and lemma in RESTRICTING_VERBS:
                # "prohibits U.S. persons from purchasing securities of X / bonds
                # issued by X", "the purchase of securities of X … is prohibited": the
                # issuer of the securities
                patients, securities = securities_issuers(r, verb, clause.passive)
                if patients and securities is not None:
                    rule, listed_kind = f"sanction.verb.{lemma}.securities.v1", "InvestmentBan"
                    kind, anchor = listed_kind, securities  # its date is not the bonds'
                    actors = actors or instrument_issuers(r, verb)
            if not patients and lemma in RESTRICTING_VERBS:
                # "prohibits any transaction with X", "The following actions are
                # prohibited: any transaction … with X": the other party to dealings
                patients = dealing_parties(r, verb, clause.passive)
                rule = f"sanction.verb.{lemma}.transactions.v1" if patients else rule
            if not patients and lemma in RESTRICTING_VERBS:
                # "barred U.S. firms from selling chips to X": whom goods may not reach
                patients = barred_customers(r, verb)
                if patients:
                    rule, kind = f"sanction.verb.{lemma}.customers.v1", "ExportControl"
            if not patients and lemma in RESTRICTING_VERBS:
                # "is restricting visas for three employees of X and for its founder, Y"
                patients = visa_holders(r, verb)
                if patients:
                    rule, kind = f"sanction.verb.{lemma}.visas.v1", "VisaBan"
            if not patients and lemma in RESTRICTING_VERBS:
                # "barred Americans from investing in X / buying shares of X"
                patients = barred_investees(r, verb)
                if patients:
                    rule, listed_kind = f"sanction.verb.{lemma}.investees.v1", "InvestmentBan"
                    kind = listed_kind  # not the kind the barred persons would give
            if not patients and lemma in RESTRICTING_VERBS:
                # "prohibits the import of products made by X", "bans the sale of X
                # equipment": whose goods are kept out
                patients = goods_makers(r, verb, clause.passive)
                rule = f"sanction.verb.{lemma}.makers.v1" if patients else rule
            if not patients and lemma in RESTRICTING_VERBS:
                # "bans new U.S. investment in the Russian Federation": where the
                # investments would go
                patients = invested_in(r, verb, clause.passive)
                rule = f"sanction.verb.{lemma}.investment.v1" if patients else rule
            if not patients:
                # "sanctioned Iran's oil sector", "bans investment in X's energy sector"
                objs = children(verb, "nsubjpass" if clause.passive else "dobj")
                patients = sector_countries(
                    r, objs + [p for o in objs for p in preps(o, "in", "into")]
                )
                rule = f"sanction.verb.{lemma}.sector.v1" if patients else rule
            if not patients:
                # "restrict exports of chips to Iran": the destination; "imports of
                # steel from X will be banned": the goods' origin
                patients = goods_parties(r, verb, sent, clause.passive)
                rule = f"sanction.verb.{lemma}.goods.v1" if patients else rule
            if clause.passive and not actors:
                # "X was banned from … by a US court injunction": the parse hangs the
                # by-phrase anywhere under the verb
                actors = _instrument_actors(r, verb)
                rule = f"sanction.verb.{lemma}.instrument.v1" if actors else rule
            if clause.passive and patients and not actors:
                # "was placed under sanctions by the EU": the by-phrase hung on the measure
                actors = _by_bodies(r, verb)
            if patients and not [a for a in actors if r.cls(a) in ACTING]:
                # "issued a determination designating X": who issued the instrument
                actors = _issuing_bodies(r, verb) or actors
            fixed = 0.75 if rule.endswith((".instrument.v1", ".next.v1")) else None
            fixed = 0.7 if rule.endswith(".keeper.v1") else fixed  # a keeper guessed
            fixed = 0.7 if rule.endswith(".both.v1") else fixed  # "both" read back
            # whose securities a prohibition reaches is read through long phrases (1 of 3
            # right on the releases it was written from)
            fixed = 0.7 if rule.endswith(".securities.v1") else fixed
            fixed = 0.6 if rule.endswith(".sector.v1") else fixed  # a country by its sector
            # "a US-sanctioned chipmaker": a description, not the report of the measure
            fixed = 0.7 if rule.endswith(".hyphen.v1") else fixed
            if kind == "Fine" and patients and not [a for a in actors if r.cls(a) in ACTING]:
                # "X was sentenced … and fined $10,000", "Judge Y fined him": the court
                # that sentences, else the prosecutors whose release it is
                judged = judges_district(r, verb)
                if judged:
                    actors, rule, fixed = judged, f"sanction.verb.{lemma}.judge.v1", 0.65
                    # "Judge Y …, who also fined him": him is the one sentenced, not Y
                    pronoun = next(
                        (o for o in children(verb, "dative", "dobj") if personal(o)), None
                    )
                    ref = person_referent(r, pronoun) if pronoun is not None else None
                    patients = [ref] if ref is not None else patients
                else:
                    actors, rule, fixed = _sentencing_body(r, sent, actors, rule, fixed)
            if listed_kind is None:
                # "restrict investments in X", "prohibit the import of Y from X"
                kind = object_kind(verb) or kind
            if patients and not clause.passive and not [a for a in actors if r.cls(a) in ACTING]:
                # "The Treasury took action today. It designated X": the government
                # acting in the sentences before, which the subject refers back to
                before = acting_before(r, sent, patients) if _refers_back(subject(verb)) else []
                if before:
                    actors, rule, fixed = before, f"sanction.verb.{lemma}.back.v1", 0.7
            # no by-phrase anywhere: "banned from bidding by a vote of its board" is not
            # the last measure's government
            unnamed = not any(t.lower_ == "by" for t in verb.subtree)
            # "Among those designated are X", "X was one of the firms sanctioned": a
            # participle reports a measure as a passive does
            undergone = clause.passive or (verb.dep_ == "acl" and verb.tag_ == "VBN")
            # a passive with no one named carries the last measure's government before
            # the issuing state is guessed ("Y, who is also being designated today")
            carries = undergone and unnamed and self._last is not None
            if patients and not [a for a in actors if r.cls(a) in ACTING] and not carries:
                actors, rule, fixed = self._issuer(verb, actors, rule, fixed, VERB_ISSUER)
            # "designated five entities in A, B and C": the places locate the group
            located = located_places(r, verb, clause.passive)
            patients = [p for p in patients if p not in located]
            acting = [a for a in actors if r.cls(a) in ACTING]
            counted = _counted_group(verb, clause.passive)
            if undergone and unnamed and patients and not acting and self._last:
                # "Britain froze X's assets. X's company was also sanctioned": a measure
                # stated with no one named is the one the article reported last
                if not r.nearest_government(sent, exclude=patients):
                    last = self._lead_for(patients)
                    actors, rule, fixed = last[0], f"sanction.verb.{lemma}.carried.v1", 0.7
                    kind = last[1] if lemma == "sanction" else kind
                    designators = self._kinds.get("Designation")
                    if kind == "Designation" and last[1] != "Designation" and designators:
                        # "…, which is also being designated today" after an Entity List
                        # addition: the body that designated today, not the list's keeper
                        actors = designators
                else:
                    actors, rule, fixed = self._issuer(verb, actors, rule, fixed, VERB_ISSUER)
            elif clause.passive and unnamed and patients and not acting and kind == "Fine":
                # "The Commission closed its inquiry. X was fined 5m euros": no measure
                # reported before, the government acting just before (same sentence
                # first); fines only: lists and designations have their keepers
                if not r.nearest_government(sent, exclude=patients):
                    before = acting_before(r, sent, patients)
                    if before:
                        actors, fixed = before, 0.6
                        rule = f"sanction.verb.{lemma}.context.v1"
            elif acting and (patients or located or counted) and _modality(clause) == "asserted":
                # not a measure only threatened; a counted lead ("OFAC is designating
                # six entities") names its targets later, under this measure
                self._remember(acting, kind, sent, counted)
                # "added equipment produced by three companies": the goods name no target
                named = [p for p in patients if r.cls(p) in TARGETS]
                counts = lead_counts(verb, clause.passive) if counted and not named else {}
                described = described_subjects(r, sent, counts) if counts else []
                if counts and not described:
                    # "… added seven entities to the Entity List." and a bullet for each
                    described = counted_bullets(r, sent, counts)
                if described:
                    # "OFAC designated six entities and three individuals …" and a
                    # paragraph about each: the firms and people they are about
                    record(
                        r, acting, described, kind, anchor, sent, "sanction.lead.described.v1",
                        _modality(clause), 0.7,
                    )  # fmt: skip
            record(r, actors, patients, kind, anchor, sent, rule, _modality(clause), fixed)
            charged = [c for c in defendants_named(r, verb, clause.passive) if c not in patients]
            if charged and [a for a in actors if r.cls(a) in ACTING]:
                # "OFAC designated X and the six defendants": those the article charged
                record(
                    r, actors, charged, kind, anchor, sent, f"sanction.verb.{lemma}.defendants.v1",
                    _modality(clause), 0.7,
                )  # fmt: skip
            bodies = [] if clause.passive else _announcers(r, verb, actors)
            if bodies and patients:
                record(
                    r, bodies, patients, kind, anchor, sent, f"sanction.verb.{lemma}.announced.v1",
                    _modality(clause), 0.7,
                )  # fmt: skip
                if _modality(clause) == "asserted" and self._last is not None:
                    self._last = (self._last[0] + bodies, self._last[1])
            used = _used_by_state(r, verb)
            if used and patients and used[0] not in actors:
                # "CFIUS will be used to restrict Chinese investments": in a state's own
                # release, the state uses its body or law to take the measure
                record(
                    r, used, patients, kind, anchor, sent, f"sanction.verb.{lemma}.used.v1",
                    _modality(clause), 0.7,
                )  # fmt: skip
            owners = [e for e in owners if e not in patients]
            if owners:
                record(
                    r, actors, owners, kind, anchor, sent, f"sanction.verb.{lemma}.owner.v1",
                    _modality(clause), min(fixed or 0.75, 0.75),
                )  # fmt: skip
            return True
        if lemma in _RECEIVING_VERBS:
            return self._received(clause)
        if lemma in HIT_VERBS and self._hit(clause):
            return True  # "hit X with a bill for fines"; else "slapped sanctions on X"
        if lemma in IMPOSE_VERBS or lemma in RAISE_VERBS:
            found = False
            # "imposed a $10 million penalty and a denial of export privileges on X":
            # each conjoined measure, the on-phrase hung on the last one shared
            # "a $3 million penalty was imposed on X by the SEC": the passive's subject
            # ("the designation of X … was announced": the noun's own phrases say it)
            imposed = clause.passive and lemma not in {"announce", "issue"}
            objects = children(verb, "nsubjpass") if imposed else children(verb, "dobj")
            measures = [m for d in objects for m in conjuncts(d)]
            # "imposing asset freezes on X": the parse makes the measure a verb
            # conjoined to the clause, its first word the object
            measures += [
                m for d in objects for m in children(verb, "conj")
                if m.i == d.i + 1 and noun_kind(m) is not None
            ]  # fmt: skip
            # "which imposed asset freezes on X": the parse makes "freezes" a clause
            # of its own, its first word the subject
            measures += [
                m for m in children(verb, "ccomp")
                if noun_kind(m) is not None
                and [s.i for s in children(m, "nsubj")] == [m.i - 1]
            ]  # fmt: skip
            shared = [p for m in measures for p in preps(m, "on", "against")]
            for measure in measures:
                # "raised the tariff rate on X": the measure the rate is of
                measure_kind = noun_kind(named_measure(measure))
                if measure_kind is None or (lemma in RAISE_VERBS and measure_kind != "Tariff"):
                    continue
                found = True
                measure_kind = restricted_kind(measure) or measure_kind
                phrases = preps(verb, "on", "against") + preps(measure, "on", "against")
                phrases += amount_phrases(measure)  # "tariffs of 25 percent on X"
                targets = [e for p in phrases or shared for e in measure_targets(r, p, sent)]
                of_group: frozenset[str] = frozenset()
                if not targets and measure.lemma_.lower() in DESIGNATING_NOUNS:
                    # "announced the designation of X"; "… of two officials": a counted
                    # lead, the group no target
                    of_group = _counted_group(measure, False, "pobj")
                    groups = [r.index.get(g.i) for g in preps(measure, "of")] if of_group else []
                    own = {m.entity for m in groups if m is not None}
                    targets = [e for e in act_targets(r, measure) if e not in own]
                    # "announced the designation of X under Section 7031(c)": the parse
                    # may hang the authority on the verb
                    measure_kind = authority_kind(measure) or authority_kind(verb) or measure_kind
                if not targets and measure_kind == "ExportControl":
                    # "imposed export controls on chips to Russia": the destination
                    targets = export_destinations(r, [verb, measure], phrases or shared)
                sector = not targets and bool(sector_countries(r, phrases or shared))
                targets = targets or sector_countries(r, phrases or shared)
                if not targets and measure_kind in {"Tariff", "Ban"}:
                    # "raised tariffs on steel imports from China", "imposed a 25%
                    # tariff on steel from Canada": the from-phrase on the verb or on
                    # the measure
                    targets = [
                        e for t in preps(verb, "from") + preps(measure, "from")
                        for e in r.entities(t) if r.cls(e) in {"Location", "Government"}
                    ]  # fmt: skip
                actors = clause.actors or clause_parties(r, verb, False)[0]
                if not clause.passive:
                    actors = _inner_bodies(r, subject(verb), actors) or _bare_department(r, verb)
                if not [a for a in actors if r.cls(a) in ACTING]:
                    # "issued a final determination imposing prohibitions on X": who
                    # issued the instrument
                    actors = _issuing_bodies(r, verb) or actors
                # "the President is directing his Trade Representative to increase tariffs":
                # the body directed imposes them
                directed = _directed_bodies(r, verb)
                actors = directed or actors
                rule = f"sanction.{lemma}.v1" if lemma in RAISE_VERBS else "sanction.impose.v1"
                rule = rule.removesuffix(".v1") + ".directed.v1" if directed else rule
                fixed = None
                if sector:
                    rule, fixed = rule.removesuffix(".v1") + ".sector.v1", 0.6
                if targets and not actors and _refers_back(subject(verb)):
                    # "It imposed sanctions on X": the government acting just before
                    actors = acting_before(r, sent, targets)
                    if actors:
                        rule, fixed = rule.removesuffix(".v1") + ".back.v1", 0.7
                if targets and not [a for a in actors if r.cls(a) in ACTING]:
                    actors, rule, fixed = self._issuer(verb, actors, rule, fixed)
                # "In 2018, the Commerce Department issued a denial order against X":
                # the date hangs on the verb, not on the measure
                date = own_date(measure, r.year) or own_date(verb, r.year)
                record(
                    r, actors, targets, measure_kind, measure, sent, rule, _modality(clause), fixed,
                    date,
                )  # fmt: skip
                bodies = _announcers(r, verb, actors)
                if bodies and targets:
                    record(
                        r, bodies, targets, measure_kind, measure, sent,
                        "sanction.impose.announced.v1", _modality(clause), 0.7, date,
                    )  # fmt: skip
                acting = [a for a in actors + bodies if r.cls(a) in ACTING]
                if acting and _modality(clause) == "asserted":
                    self._remember(acting, measure_kind, sent, of_group)
                    # "… is announcing the public designation of two officials." and the
                    # sentences about them: the people and firms they are about
                    counts = lead_counts(measure, False, "pobj") if of_group else {}
                    described = described_subjects(r, sent, counts) if counts else []
                    described = described or (next_subjects(r, sent, counts) if counts else [])
                    record(
                        r, acting, described, measure_kind, measure, sent,
                        "sanction.lead.described.v1", _modality(clause), 0.7, date,
                    )  # fmt: skip
            return found or lemma in IMPOSE_VERBS
        if lemma in PAY_VERBS and not clause.passive:
            self._payment(clause)
            return True
        return False

    def _described_targets(self, noun: Token, sent: Span) -> None:
        """ "sanctioned countries such as Iran and Syria", "X, an entity on the Entity
        List": a group described as under a measure, and the names it stands for."""
        r = self.reader
        kind, rule, keepers = None, "sanction.described.v1", []
        for c in noun.children:
            if c.dep_ == "amod" and c.lower_ in DESCRIBED_MEASURES:
                kind = DESCRIBED_MEASURES[c.lower_]
        listed = None if kind else _on_list(noun)
        if listed is not None:
            kind, keepers, rule = listed[0], listed[1], "sanction.described.list.v1"
        if kind is None:
            return
        if listed is not None:
            targets = r.entities(noun)  # "X, an entity on the Entity List"
        else:
            targets = [e for t in preps(noun, "as", "including", "like") for e in r.entities(t)]
        targets = [e for e in targets if r.cls(e) in TARGETS]
        if not targets:
            return
        imposers = [e for t in keepers for e in r.entities(t) if r.cls(e) == "Government"]
        confidence = None
        if not imposers:
            state = state_issuer(r)
            if state is None:
                state = national_state(r)
            if state is not None:
                imposers, confidence = [state], 0.7
        record(
            r, imposers, targets, kind, noun, sent, rule, modality(noun, sent), confidence
        )  # fmt: skip

    def _listing_noun(self, noun: Token, sent: Span) -> None:
        """ "the addition of X to the Entity List", "Commerce's listing of X on the
        Unverified List": a measure of the kind the named list implies, by its keeper
        (the noun's owner or by-phrase, the list's owner, the subject announcing the
        addition), else the body keeping such lists in the article, else the issuer."""
        r = self.reader
        kind = _list_kind(noun)
        targets = act_targets(r, noun) if kind is not None else []
        # "announced the addition of nine entities to the Entity List": a counted lead
        # whose targets follow ("Among the entities being added are:")
        counted = _counted_group(noun, False, "pobj") if kind is not None else frozenset()
        if kind is None or not (targets or counted):
            return
        owners = _measure_owners(r, noun) + [e for t in preps(noun, "by") for e in r.entities(t)]
        owners += _list_keepers(r, noun)
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            owners += parties(r, subject(noun.head))  # "Commerce announced the addition of X"
        imposers = [e for e in owners if r.cls(e) in ACTING]
        rule, fixed = "sanction.noun.listing.v1", None
        if not imposers:
            imposers, rule, fixed = _article_keeper(r, kind), "sanction.noun.listing.keeper.v1", 0.7
        if not imposers:
            imposers, rule, fixed = self._issuer(noun, [], "sanction.noun.listing.v1", None)
        acting = [e for e in imposers if r.cls(e) in ACTING]
        if counted and acting and _noun_modality(noun, sent) == "asserted":
            self._remember(acting, kind, sent, counted)
        record(r, imposers, targets, kind, noun, sent, rule, _noun_modality(noun, sent), fixed)

    def _settled_with(self, noun: Token, sent: Span) -> bool:
        """ "OFAC reached a $100 million settlement with X", "X agreed to a $10 million
        settlement with the Commerce Department": a settlement for money between a
        government body and a firm or person is the body's fine on them."""
        r = self.reader
        rule, confidence = "sanction.settlement.with.v1", 0.75
        if money_in(noun) is None:
            # "X reached settlement agreements with BIS and OFAC": an agreement settling
            # with a body, its amount said elsewhere
            if noun.dep_ != "compound" or noun.head.lemma_.lower() != "agreement":
                return False
            noun = noun.head
            if noun.head.lemma_.lower() not in _CONCLUDING_VERBS:
                return False
            rule, confidence = "sanction.settlement.agreement.v1", 0.7
        # the two sides: the with-phrase and the subject of the verb that has the noun;
        # "with the Department of the Treasury's Office of …": the office
        sides = [
            e
            for t in preps(noun, "with")
            for c in conjuncts(t)
            for e in _inner_bodies(r, c, _own_entity(r, c) or actor_entities(r, c))
        ]
        head = noun.head.head if noun.dep_ == "pobj" else noun.head  # "agreed to a …"
        sides += parties(r, subject(head)) if head.pos_ in {"VERB", "AUX"} else []
        bodies = [e for e in sides if r.cls(e) in ACTING]
        payers = [e for e in sides if r.cls(e) in {"Company", "Person", "Organization"}]
        if not (bodies and payers):
            return False
        record(r, bodies, payers, "Fine", noun, sent, rule, _noun_modality(noun, sent), confidence)
        return True

    def _on_list(self, clause: VerbClause) -> None:
        """ "X, which is on the Entity List", "X has been on the SDN List since 2019":
        a target a named list holds, listed by its keeper (named, or the body of the
        article that keeps such lists)."""
        r, verb = self.reader, clause.verb
        if not preps(verb, "on"):
            return  # most copulas: nothing to read
        kind = _list_kind(verb)
        if kind is None:
            return
        # a listing the article already reported ("X was placed on the Entity List
        # in 2014 … because it was on the Entity List") is not restated
        listed = {s.target for s in r.found.sanctions if s.kind == kind and s.imposer is not None}
        targets = [e for e in clause.subjects if r.cls(e) in ACTOR_TARGETS and e not in listed]
        if not targets:
            return
        keepers = _list_keepers(r, verb) or _article_keeper(r, kind)
        rule, fixed = "sanction.on.list.v1", 0.75
        if not keepers:
            state = national_state(r)
            keepers, rule, fixed = (
                ([state], "sanction.on.list.national.v1", 0.7)
                if state is not None
                else ([], rule, fixed)
            )
        record(
            r, keepers, targets, kind, verb, clause.sent, rule, _modality(clause), fixed,
            date_of(verb, r.year),
        )  # fmt: skip

    def _settled_verb(self, clause: VerbClause) -> None:
        """ "X settled with the SEC for $10 million": the body settled with fines the
        firm or person that settles."""
        r, verb = self.reader, clause.verb
        if clause.passive or money_in(verb) is None:
            return
        bodies = [
            e for t in preps(verb, "with") for e in actor_entities(r, t) if r.cls(e) in ACTING
        ]
        payers = [e for e in clause.subjects if r.cls(e) in {"Company", "Person", "Organization"}]
        if bodies and payers:
            record(
                r, bodies, payers, "Fine", verb, clause.sent, "sanction.settle.with.v1",
                _modality(clause), 0.75,
            )  # fmt: skip

    def _judgment(self, noun: Token, sent: Span) -> None:
        """ "The Microsoft final judgment, in effect since 2002", "the final judgment
        prevented X from …": in a prosecutors' release, their remedy on the company."""
        r = self.reader
        if not restraining_judgment(noun):
            return
        prosecutor = r.prosecutor()
        if prosecutor is None or issuer_kind(r.doc.user_data.get(SOURCE_KEY)) != "prosecutor":
            return  # whose remedy it is, no release says
        targets = [
            e
            for t in judgment_parties(noun)
            for e in r.entities(t)
            if r.cls(e) in {"Company", "Person", "Organization"}
        ]
        if not targets:
            return
        # "which has been in effect since 2002": the date in a clause on the judgment
        date = date_of(noun, r.year) or next(
            (d for c in children(noun, "relcl") if (d := date_of(c, r.year))), None
        )
        mod: Modality = "threatened" if proposed(noun) else _noun_modality(noun, sent)
        record(
            r, [prosecutor], targets, "Other", noun, sent, "sanction.judgment.v1", mod, 0.6, date
        )

    def _identified(self, clause: VerbClause) -> bool:
        """ "Treasury identified the first companies subject to the investment
        prohibition, including A and B": the government naming the group imposes its
        measure on each member named."""
        r, verb = self.reader, clause.verb
        members = subject_to_members(r, verb)
        govs = [a for a in _inner_bodies(r, subject(verb), clause.actors) if r.cls(a) in ACTING]
        if members is None or not govs:
            return False
        targets, kind = members
        record(
            r, govs, targets, kind, verb, clause.sent, "sanction.identified.subject_to.v1",
            _modality(clause), 0.75,
        )  # fmt: skip
        if _modality(clause) == "asserted":
            self._remember(govs, kind, clause.sent)
        return True

    def _licence_required(self, clause: VerbClause) -> bool:
        """ "The Commerce Department has required a license to export such chips to X",
        "A license from BIS is required for exports of … to X": a licence requirement
        on exports to a country is an export control on it, by who requires it."""
        r, verb = self.reader, clause.verb
        licence = next(
            (o for o in children(verb, "nsubjpass" if clause.passive else "dobj") if is_licence(o)),
            None,
        )
        if licence is None:
            return False
        subtree = list(verb.subtree)
        if not any(t.lemma_.lower() in EXPORTING_WORDS for t in subtree):
            return False  # "requires a license to sell X to customers in Ohio"
        places = [t for t in subtree if t.dep_ == "pobj" and t.head.lower_ == "to"]
        targets = [e for t in places for e in r.entities(t) if is_country(r, e)]
        if clause.passive:
            actors = [e for p in preps(licence, "from") for e in r.entities(p)]
        else:
            actors = _inner_bodies(r, subject(verb), clause.actors)
        actors = [a for a in actors if r.cls(a) in ACTING]
        if not (targets and actors):
            return False
        record(
            r, actors, list(dict.fromkeys(targets)), "ExportControl", verb, clause.sent,
            "sanction.verb.require.licence.v1", _modality(clause), 0.7,
        )  # fmt: skip
        return True

    def _annex_listing(self, clause: VerbClause) -> bool:
        """ "(the property of) the persons listed in the Annex to this order (is
        blocked)": an order's measures reach every name its annex lists."""
        r, verb = self.reader, clause.verb
        if not any(t.lemma_.lower() == "annex" for t in preps(verb, "in")):
            return False
        if self._annex is None:
            self._annex = annex_entities(r)
        if not self._annex:
            return False  # no annex in this text: read the verb as any other listing
        kind = _annex_measure(verb)
        if kind == "":
            return True  # "shall consider whether to add each entity listed in the Annex"
        kind = kind or r.measure_kind() or "Designation"
        barred = kind in {"AssetFreeze", "Designation"} and (
            deals_barred(verb) or transactions_prohibited(r)
        )
        if barred and not blocks_property(r):
            # "any transaction … with an entity listed in the Annex is prohibited", in an
            # order that blocks no property: a ban on dealings, not a freeze
            kind = "Ban"
        # the order's own operative words ("… are blocked and may not be transferred")
        modality: Modality = "negated" if _modality(clause) == "negated" else "asserted"
        if modality == "asserted" and kind in self._annex_kinds:
            return True  # this measure on the annex's names is recorded already
        if modality == "asserted":
            self._annex_kinds.add(kind)
        state = state_issuer(r)
        record(
            r, [state] if state is not None else [], self._annex, kind, verb, clause.sent,
            "sanction.annex.v1", modality, 0.7,
        )  # fmt: skip
        return True

    def _measure_applies(self, clause: VerbClause) -> bool:
        """ "The tariffs apply to imports from A and B", "the ban covers X": a measure
        said to reach its targets; its owner ("the EU's ban") or else the government of
        the article's last measure imposes it."""
        r, verb = self.reader, clause.verb
        measure = subject(verb)
        if measure is not None:
            # "an additional 25 percent rate of duty shall apply to …": the measure named
            # on the rate
            measure = named_measure(measure)
        kind = noun_kind(measure) if measure is not None else None
        if measure is None or kind is None:
            return False
        phrases = preps(verb, "to") if clause.lemma == "apply" else children(verb, "dobj")
        targets = []
        for t in phrases:
            # "to imports from A and B": who the goods come from, firms included
            origins = [
                e for w in t.subtree if w.dep_ == "pobj" and w.head.lower_ == "from"
                for e in r.entities(w) if r.cls(e) in TARGETS
            ]  # fmt: skip
            targets += origins or measure_targets(r, t, clause.sent)
        if not targets:
            return False
        imposers = [e for e in _measure_owners(r, measure) if r.cls(e) in ACTING]
        # "travel bans imposed by the UK today apply to X": who the clause says imposed it
        imposers += [
            e for c in imposing_clauses(measure) for e in clause_imposers(r, c)
            if r.cls(e) in ACTING and e not in imposers
        ]  # fmt: skip
        rule, fixed = "sanction.measure.applies.v1", None
        if not imposers and self._last is not None:
            imposers, fixed = self._last[0], 0.7
            rule = "sanction.measure.applies.carried.v1"
        if not imposers:
            imposers, rule, fixed = self._issuer(verb, [], rule, fixed)
        kind = restricted_kind(measure) or kind
        record(r, imposers, targets, kind, verb, clause.sent, rule, _modality(clause), fixed)
        return True

    def _measure_targeting(self, clause: VerbClause) -> bool:
        """ "These sanctions target A and B", "The new controls target X": the measure
        that targets names the kind; its owner ("Treasury's sanctions") or the issuing
        state imposes it."""
        r, verb = self.reader, clause.verb
        measure = subject(verb)
        kind = noun_kind(measure) if measure is not None else None
        if measure is not None and kind is None and measure.lemma_.lower() == "action":
            return self._action_targeting(clause, measure)
        if measure is None or kind is None:
            return False
        # "sanctions targeting Russia's largest banks, including X": a group's names too
        targets = [e for t in children(verb, "dobj") for e in measure_targets(r, t, clause.sent)]
        targets = [e for e in targets if r.cls(e) in TARGETS]
        if not targets:
            return True  # "these sanctions target Russia's economy": no one named
        imposers = [e for e in _measure_owners(r, measure) if r.cls(e) in ACTING]
        if measure.dep_ == "dobj" and measure.head.lemma_.lower() in IMPOSE_VERBS:
            # "Treasury imposed sanctions targeting X": who imposed them
            imposers += [e for e in parties(r, subject(measure.head)) if r.cls(e) in ACTING]
        rule, fixed = "sanction.measure.target.v1", None
        if not imposers:
            imposers, rule, fixed = self._issuer(verb, [], rule, fixed)
        kind = restricted_kind(measure) or kind
        record(r, imposers, targets, kind, verb, clause.sent, rule, _modality(clause), fixed)
        return True

    def _action_targeting(self, clause: VerbClause, action: Token) -> bool:
        """ "Today's action targets A, B and C", "Treasury's action targets X": a
        release's action on named targets, by the body named on it ("by the
        Department of the Treasury"), else the issuing state; its kind is the one the
        body's lists carry (Commerce: export controls; else designations)."""
        r, verb = self.reader, clause.verb
        targets = [
            e for t in children(verb, "dobj") for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS
        ]
        if not targets:
            return False
        phrases = [c for c in action.children if c.dep_ in {"poss", "compound", "nmod"}]
        bodies = [e for t in phrases + preps(action, "by") for e in r.entities(t)]
        imposers = [e for e in bodies if r.cls(e) == "Government"]
        rule, fixed = "sanction.action.target.v1", 0.7
        if not imposers and self._last is not None and _this_action(action):
            # "OFAC is designating X. This action also targets Y": the measure just stated
            imposers, rule = self._last[0], "sanction.action.target.this.v1"
        if not imposers:
            imposers, rule, _ = self._issuer(verb, [], rule, fixed)
        kind = keeper_kind(r, imposers)
        record(r, imposers, targets, kind, verb, clause.sent, rule, _modality(clause), fixed)
        return True

    def _cut_off(self, clause: VerbClause) -> bool:
        """ "Cutting off X from the U.S. financial system", "cut off Russia's access to
        critical technology": a government cutting a target off (Other; an export
        control when what is cut off is technology), by the acting government or the
        issuing state."""
        r, verb = self.reader, clause.verb
        if clause.passive or not any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children):
            return False
        objects = children(verb, "dobj")
        access = [o for o in objects if o.lower_ == "access"]
        sources = preps(verb, "from") + [p for o in objects for p in preps(o, "from")]
        if access:
            # "cut off Russia's access to …": whose access
            targets = [e for a in access for c in children(a, "poss") for e in r.entities(c)]
        elif sources:
            # "cut off X from …", X named (not "the firm", which may be anything before)
            targets = [e for o in objects if o.i in r.index for e in r.entities(o)]
        else:
            return False  # "cut off supplies": no one cut off named
        # "controls will cut off …": the measure's kind; "… from / access to chips":
        # an export control; "from the financial system": another measure
        measure = subject(verb)
        kind = (restricted_kind(measure) or noun_kind(measure)) if measure is not None else None
        goods = any(technology_access(a) for a in access) or any(
            t.lower_ in TECHNOLOGY_GOODS for p in sources for t in p.subtree
        )
        kind = kind or ("ExportControl" if goods else "Other")
        targets = [e for e in targets if r.cls(e) in TARGETS]
        actors = [a for a in _inner_bodies(r, subject(verb), clause.actors) if r.cls(a) in ACTING]
        rule, fixed = "sanction.cut.off.v1", 0.7
        if not actors and not clause.actors:
            actors, rule, _ = self._issuer(verb, [], rule, fixed)
        if not targets or not actors:
            return False
        record(r, actors, targets, kind, verb, clause.sent, rule, _modality(clause), fixed)
        return True

    def _measure_faced(self, clause: VerbClause) -> bool:
        """ "Imports from X will face an additional 10% tariff", "X has faced U.S.
        sanctions since 2019": the subject undergoes the measure, by its owner or the
        issuing state. Stated as done ("has faced", "faced") or in a state's own release
        it is asserted; otherwise ("X faces sanctions", "faces a maximum fine of") only
        threatened."""
        r, verb = self.reader, clause.verb
        measure = next((m for m in children(verb, "dobj") if noun_kind(m)), None)
        subj = subject(verb)
        if clause.passive or measure is None or subj is None:
            return False
        targets = measure_targets(r, subj, clause.sent)
        if not targets:
            return False
        kind = restricted_kind(measure) or noun_kind(measure) or "Other"
        if kind == "Fine" and money_in(measure) is None:
            return False  # "faces a maximum penalty of five years in prison"
        imposers = [e for e in _measure_owners(r, measure) if r.cls(e) in ACTING]
        imposers += [e for t in preps(measure, "by", "from") for e in actor_entities(r, t)]
        rule, fixed = "sanction.faced.v1", 0.7
        if not imposers:
            imposers, rule, _ = self._issuer(verb, [], rule, fixed)
        mod = _modality(clause)
        if mod == "asserted" and not (faced_as_done(verb) or state_issuer(r) is not None):
            mod = "threatened"
        if mod == "asserted" and possible_measure(measure):
            mod = "threatened"  # "faces a maximum fine of $1 million"
        record(
            r, imposers, targets, kind, measure, clause.sent, rule, mod, fixed,
            own_date(verb, r.year),
        )  # fmt: skip
        return True

    def _action_taken(self, clause: VerbClause) -> bool:
        """ "Treasury took action against A and B", "OFAC is taking action against X":
        a sanctions body's (or, in a state's release, the state's) action on named
        targets, of the kind the body's lists carry."""
        r, verb = self.reader, clause.verb
        # not "legal action": a lawsuit
        actions = [
            a
            for a in children(verb, "dobj")
            if a.lemma_.lower() == "action" and not any(c.lower_ == "legal" for c in a.children)
        ]
        against = [t for a in actions for t in preps(a, "against") + preps(verb, "against")]
        targets = [e for t in against for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS]
        if clause.passive or not against:
            return False
        actors = _inner_bodies(r, subject(verb), clause.actors)
        imposers = [a for a in actors if r.cls(a) == "Government" and sanctions_body(r, a)]
        if not targets:
            if imposers and _modality(clause) == "asserted":
                # "OFAC took action against a network …. A and B were designated":
                # the measure the passives after it carry
                self._remember(imposers, keeper_kind(r, imposers), clause.sent)
            return False
        rule, fixed = "sanction.action.against.v1", 0.7
        if not actors:
            # "Today, we are taking action against X": the issuing state's
            imposers, rule, _ = self._issuer(verb, [], rule, fixed)
        if not imposers:
            return False  # "the FTC took action against X": enforcement, no measure
        record(
            r, imposers, list(dict.fromkeys(targets)), keeper_kind(r, imposers), verb,
            clause.sent, rule, _modality(clause), fixed,
        )  # fmt: skip
        return True

    def _issuer(
        self,
        verb: Token,
        actors: list[int],
        rule: str,
        fixed: float | None,
        inferred: float = 0.7,
    ) -> tuple[list[int], str, float | None]:
        """A measure a state's own release states without an acting government ("is
        directing his Trade Representative to increase tariffs on X", "imports from X
        will be prohibited"): the issuing state's, unless a leader acts for it anyway
        (stated at ``inferred`` then)."""
        leader = subject(verb)
        state = self.reader.leader_state(leader) if leader is not None else None
        if not is_passive(verb) and state is not None:
            # "President X is directing … to increase tariffs": the leader's state
            return [state], rule.removesuffix(".v1") + ".leader.v1", fixed
        state = state_issuer(self.reader)
        if state is None:
            return actors, rule, fixed
        return [state], rule.removesuffix(".v1") + ".issuer.v1", inferred

    def _class_member(self, clause: VerbClause) -> bool:
        """ "In an Annex, the President identified the PRC as a country of concern":
        the article's measures on countries of concern reach the country named, with
        the kind of the measures the article describes."""
        r, verb = self.reader, clause.verb
        kind = r.measure_kind()
        if kind is None:
            return True  # a class named with no measure described: nothing imposed
        targets = [e for e in clause.patients if r.cls(e) in TARGETS]
        actors = clause.actors or (_by_bodies(r, verb) if clause.passive else [])
        rule, fixed = "sanction.class.member.v1", 0.7
        if not [a for a in actors if r.cls(a) in ACTING]:
            actors, rule, _ = self._issuer(verb, actors, rule, fixed)
        record(r, actors, targets, kind, verb, clause.sent, rule, _modality(clause), fixed)
        return True

    def _class_listed(self, clause: VerbClause) -> bool:
        """ "FinCEN identified X as a primary money laundering concern", "X was named a
        Specially Designated Global Terrorist by State": naming the class designates."""
        r, verb = self.reader, clause.verb
        targets = [e for e in clause.patients if r.cls(e) in ACTOR_TARGETS]
        actors = clause.actors or (_by_bodies(r, verb) if clause.passive else [])
        if not clause.passive:
            actors = _inner_bodies(r, subject(verb), actors) or _issuing_bodies(r, verb)
        rule, fixed = "sanction.class.listed.v1", 0.75
        if not [a for a in actors if r.cls(a) in ACTING]:
            actors, rule, _ = self._issuer(verb, actors, rule, fixed)
        if not actors:
            return False  # "analysts identified X as a …": no one with the power named
        record(r, actors, targets, "Designation", verb, clause.sent, rule, _modality(clause), fixed)
        if actors and targets and _modality(clause) == "asserted":
            self._remember(actors, "Designation", clause.sent)
        return True

    def _keeper_listed(self, clause: VerbClause) -> bool:
        """ "the BIS-listed firm X", "X, an OFAC-listed tanker operator": a target on
        the list of the body named before the hyphen, of the kind that body's lists
        carry; "a Nasdaq-listed firm" names no list keeper and is no measure."""
        r, verb = self.reader, clause.verb
        targets, imposers = described_as_sanctioned(r, verb)
        imposers = [e for e in imposers if sanctions_body(r, e)]
        if not (targets and imposers):
            return False
        kind = keeper_kind(r, imposers)
        # a description, not the report of the measure (as "a US-sanctioned chipmaker")
        record(
            r, imposers, targets, kind, verb, clause.sent, "sanction.verb.list.hyphen.v1",
            _modality(clause), 0.7,
        )  # fmt: skip
        return True

    def _licence_withdrawn(self, clause: VerbClause) -> bool:
        """ "Commerce revoked the export licenses of X", "denied export privileges to
        X": a permission taken from its holder."""
        r, verb = self.reader, clause.verb
        holders, licence = licence_holders(clause)
        if licence is None:
            return False  # "revoked the order", "suspended the tariffs": no licence
        actors = clause.actors
        if clause.passive and not actors:
            actors = _by_bodies(r, verb)
        if not clause.passive:
            actors = _inner_bodies(r, subject(verb), actors)
        rule, fixed = "sanction.licence.withdrawn.v1", 0.75
        if not [a for a in actors if r.cls(a) in ACTING]:
            actors, rule, issued = self._issuer(verb, actors, rule, fixed)
            fixed = min(fixed, issued or fixed)  # the issuer's, at most as sure
        record(
            r, actors, holders, licence_kind(licence), verb, clause.sent, rule,
            _modality(clause), fixed,
        )  # fmt: skip
        return True

    def _divestment_ordered(self, clause: VerbClause) -> bool:
        """ "CFIUS ordered X to divest its stake in Y", "X was ordered to divest Y": a
        forced sale of an investment, a restriction on the one ordered; "X divested its
        stake" (a sale of its own accord) is none."""
        r, verb = self.reader, clause.verb
        ordering = verb.head
        if verb.dep_ != "xcomp" or ordering.lemma_.lower() not in _ORDERING_VERBS:
            return False
        passive = is_passive(ordering)
        ordered = children(ordering, "nsubjpass") if passive else children(ordering, "dobj")
        targets = [e for t in ordered for e in parties(r, t) if r.cls(e) in ACTOR_TARGETS]
        if not targets:
            return False
        if passive:
            actors = [e for t in agents(ordering) for e in actor_entities(r, t)]
        else:
            actors = _inner_bodies(r, subject(ordering), clause_parties(r, ordering, False)[0])
        rule, fixed = "sanction.divest.ordered.v1", 0.75
        if not [a for a in actors if r.cls(a) in ACTING]:
            actors, rule, issued = self._issuer(ordering, actors, rule, fixed)
            fixed = min(fixed, issued or fixed)
        record(
            r, actors, list(dict.fromkeys(targets)), "InvestmentBan", ordering, clause.sent,
            rule, _modality(clause), fixed,
        )  # fmt: skip
        return True

    def _divestment_noun(self, noun: Token, sent: Span) -> None:
        """ "The President ordered the divestment of X's stake in Y", "prohibited the
        acquisition of Y by X and ordered its divestment": a divestment ordered, on
        the owner of what is sold (the stake's possessor, or the acquirer of the
        acquisition the ordering verb is joined to)."""
        r, ordering = self.reader, noun.head
        if noun.dep_ != "dobj" or ordering.lemma_.lower() not in _ORDERING_VERBS:
            return
        sold = preps(noun, "of")
        owners = [k for t in sold for k in t.children if k.dep_ == "poss"]
        if not sold and ordering.dep_ == "conj":
            # "its divestment" after "prohibited the acquisition of Y by X": the
            # acquirer, in a by-phrase anywhere under the acquisition
            acquired = [
                a for a in children(ordering.head, "dobj") if a.lemma_.lower() == "acquisition"
            ]
            owners = [
                p for a in acquired for p in a.subtree if p.dep_ == "pobj" and p.head.lower_ == "by"
            ]
        targets = [e for t in owners for e in parties(r, t) if r.cls(e) in ACTOR_TARGETS]
        if not targets:
            return
        actors = _inner_bodies(r, subject(ordering) or subject(ordering.head), [])
        rule, fixed = "sanction.divest.noun.v1", 0.7
        if not [a for a in actors if r.cls(a) in ACTING]:
            actors, rule, issued = self._issuer(ordering, actors, rule, fixed)
            fixed = min(fixed, issued or fixed)
        if not actors:
            return  # "the board ordered the divestment of X's stake": a firm's own sale
        record(
            r, actors, list(dict.fromkeys(targets)), "InvestmentBan", noun, sent, rule,
            _noun_modality(noun, sent), fixed,
        )  # fmt: skip

    def _action_owned(self, noun: Token, sent: Span) -> None:
        """ "FinCEN's 2025 action against X", "OFAC's action against A and B": a
        sanctions body's action, its owner the possessor, is a measure of the kind the
        body's lists carry; "the SEC's action against X" (a regulator enforcing the
        law) and an unowned "action against X" are none."""
        r = self.reader
        owners = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        imposers = [e for e in owners if r.cls(e) == "Government" and sanctions_body(r, e)]
        if not imposers:
            return
        against = preps(noun, "against")
        targets = [e for t in against for e in r.entities(t) if r.cls(e) in ACTOR_TARGETS]
        if not targets:
            return
        record(
            r, imposers, list(dict.fromkeys(targets)), keeper_kind(r, imposers), noun, sent,
            "sanction.action.owned.v1", _noun_modality(noun, sent), 0.7,
        )  # fmt: skip

    def _licence_revocation(self, noun: Token, sent: Span) -> None:
        """ "the revocation of X's authorization", "the FCC's revocation of the licence
        of X": a permission taken from its holder, named by the noun of taking it; by
        the noun's owner or by-phrase, the subject announcing it, else the issuer."""
        r = self.reader
        licence = revoked_licence(noun)
        holders = held_by(r, licence) if licence is not None else []
        if licence is None or not holders:
            return  # "the revocation of sanctions on X": a measure ending
        owners = _measure_owners(r, noun) + [e for t in preps(noun, "by") for e in r.entities(t)]
        if noun.dep_ == "dobj" and noun.head.pos_ == "VERB":
            owners += parties(r, subject(noun.head))  # "the FCC announced the revocation"
        actors = [e for e in owners if r.cls(e) in ACTING]
        rule, fixed = "sanction.licence.revocation.v1", 0.75
        if not actors:
            actors, rule, issued = self._issuer(noun, [], rule, fixed)
            fixed = min(fixed, issued or fixed)
        record(
            r, actors, holders, licence_kind(licence), noun, sent, rule,
            _noun_modality(noun, sent), fixed,
        )  # fmt: skip

    def _payment(self, clause: VerbClause) -> None:
        """ "X was ordered to pay $40m", "X will pay a $430 million penalty to the U.S.",
        "paying the regulator $250m to settle charges", "agreed to pay $15m to settle a
        lawsuit brought by the SEC"."""
        r, verb, sent = self.reader, clause.verb, clause.sent
        money = money_in(verb)
        # what is forfeited is a penalty: "agreed to forfeit $12 million"
        penalty = _penalty(verb) or (clause.lemma == "forfeit" and money is not None)
        if not (penalty or money):
            return
        # "ordered X to pay", "sentenced X to pay" (parsed as an adverbial clause)
        ordering = verb.head.lemma_.lower() in _ORDERING_VERBS
        # "the plea agreement requires that X pay": a that-clause of an ordering verb
        ordered = (
            verb.head
            if verb.dep_ == "xcomp" or (verb.dep_ in {"advcl", "ccomp"} and ordering)
            else None
        )
        # "the court ordered X to pay": X pays, the court orders
        payers = ordered_payers(r, ordered) if ordered is not None else []
        if ordered is not None and children(ordered, "dobj") and not payers:
            return  # "the judge ordered Voss to pay": the one ordered, unnamed here, pays
        subjects = payers or clause.subjects or parties(r, subject(verb))
        if not subjects and ordered is not None and ordered.dep_ == "conj":
            # "X was sentenced to 36 months in prison and ordered to pay $2m": the
            # subject of the first conjunct
            subjects = [
                e for t in children(ordered.head, "nsubjpass", "nsubj") for e in parties(r, t)
            ]
        if not subjects:
            # "Reyl was also ordered to forfeit $1m": a surname the tagger left unnamed
            subjects = known_surname(r, subject(verb))
        if all(r.cls(e) == "Location" for e in subjects):
            # "WASHINGTON, March 12 - X agreed to pay": the dateline's city parsed as
            # the subject, the payer as its apposition
            subjects = _dateline_party(r, subject(verb)) or subjects
        if not subjects:
            return
        imposers = []
        if ordered is not None:
            if ordered.lemma_ == "order" and is_passive(ordered):
                imposers = [e for t in agents(ordered) for e in actor_entities(r, t)]
            else:
                imposers = clause_parties(r, ordered, False)[0]
        # "pay a $430 million penalty to the U.S.", "paying the SEC $250m"
        payees = [e for t in preps(verb, "to") for e in _inner_bodies(r, t, r.entities(t))]
        # "a fine of 1.5 mln dlrs to the Commission": the to-phrase hung on the amount
        # "a total of $13m, including $10m to the Justice Department": the parts' payees
        payees += [
            e
            for obj in children(verb, "dobj") + preps(verb, "including")
            for t in obj.subtree
            if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.dep_ == "prep"
            for e in r.entities(t)
        ]
        payees += [e for t in children(verb, "dative") for e in r.entities(t)]
        # "paid $12,000 to Kestrel Partners for the chips": a payment to a company
        private = any(r.cls(i) in {"Company", "Person", "Organization"} for i in payees)
        imposers = [i for i in imposers + payees if r.cls(i) in ACTING]
        rule, confidence = "sanction.pay.v1", None
        settled = _settled_cases(verb)
        if not imposers:
            # "entered into a settlement agreement with BIS and agreed to pay $10m"
            imposers = settling_bodies(r, verb)
            rule, confidence = "sanction.pay.settled.with.v1", 0.75
            if not imposers:
                rule, confidence = "sanction.pay.v1", None
        if not imposers:
            # "to resolve a civil suit the SEC had brought": who brought the case
            imposers = [e for case in settled for e in bringers(r, case) if r.cls(e) in ACTING]
            rule = "sanction.pay.settle.v1"
        if not imposers and ordered is not None and ordered.lemma_ in {"order", "sentence"}:
            # "X admitted the offence in a US court. It must pay a penalty of $5m."
            court = court_nearby(r, sent)
            imposers, rule, confidence = (
                ([court], "sanction.pay.court.v1", 0.65) if court is not None else ([], rule, None)
            )
        if not imposers and ordered is not None:
            # "Judge Y of the Eastern District of Z also ordered X to pay a fine": the
            # judge's district imposes it
            imposers = judges_district(r, ordered)
            rule, confidence = ("sanction.pay.judge.v1", 0.65) if imposers else (rule, confidence)
            if not imposers and judge_of(ordered) is not None:
                return  # "Judge Y ordered X to forfeit $2m": the court's order, not the
                # prosecutors' penalty, and no court named to impose it
        if not imposers and (penalty or settled or _resolving(verb)):
            # "The regulator said X agreed to pay penalties of $2m", "… agreed to pay $4m
            # to resolve its liability for violations, OFAC said": the speaker imposed
            imposers = [e for e in _speaker(r, verb) if r.cls(e) in ACTING]
            rule, confidence = "sanction.pay.speaker.v1", 0.7
        if imposers:
            record(r, imposers, subjects, "Fine", verb, sent, rule, _modality(clause), confidence)
            self._settled_charges(imposers, subjects, settled, sent, clause)
        # a plea agreement's fine is the prosecutors' doing, unless another body (a
        # regulator, "a civil penalty to OFAC") is paid; the state as a whole ("a
        # penalty to the United States") is what the prosecutors act for
        prosecutor = r.prosecutor()
        if prosecutor is None or prosecutor in imposers:
            return
        if private or not (penalty or settled or ordered is not None):
            return  # a purchase, a debt: nothing the prosecutors imposed
        if any(not _the_state(r, i) for i in imposers):
            return
        # in the prosecutors' own release, a penalty agreed or ordered is theirs
        own = penalty and issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor"
        record(
            r, [prosecutor], subjects, "Fine", verb, sent,
            "sanction.pay.prosecutor.release.v1" if own else "sanction.pay.prosecutor.v1",
            _modality(clause), confidence=0.75 if own else 0.55,
        )  # fmt: skip

    def _settled_charges(
        self,
        imposers: list[int],
        payers: list[int],
        settled: list[Token],
        sent: Span,
        clause: VerbClause,
    ) -> None:
        """A payment that settles charges (a lawsuit) says the imposer charged (sued)."""
        r = self.reader
        for case in settled:
            prop = CASE_NOUNS.get(case.lemma_.lower())
            if prop is None:
                continue
            if any(a.lower_ == "administrative" for a in case.children if a.dep_ == "amod"):
                continue  # "to resolve related administrative charges": an agency's own
                # proceeding the penalty closes, no charge brought (the Fine stands)
            for i in imposers:
                for p in payers:
                    if r.cls(p) in {"Person", "Company", "Organization"}:
                        r.fact(i, prop, p, sent, f"{prop}.settled.v1", 0.7, _modality(clause))

    def _hit(self, clause: VerbClause) -> bool:
        """ "hit the company with a $27bn bill for back taxes and fines"."""
        measure = next(
            (
                obj
                for t in preps(clause.verb, "with")
                for obj in [t]
                if any(w.lemma_.lower() in PENALTY_NOUNS for w in t.subtree)
            ),
            None,
        )
        if measure is None:
            return False
        r = self.reader
        actors, patients = clause.actors, clause.patients
        if not (actors and patients):
            actors, patients = clause_parties(r, clause.verb, clause.passive)
        if clause.passive and not [a for a in actors if r.cls(a) in ACTING]:
            # "was hit with a fine by the Commission": the by-phrase hung on the fine;
            # "was hit with U.S. sanctions": the measure's owner
            actors = _by_bodies(r, clause.verb) or _measure_owners(r, measure)
        if clause.passive and not [a for a in actors if r.cls(a) in ACTING]:
            # "the clash between X and the Kremlin peaked when X was hit with a bill
            # for fines": the government the sentence names
            actors = r.nearest_government(clause.sent, exclude=patients)
        # "hit with sanctions" names its kind; "a bill for taxes and fines" is a fine
        kind = noun_kind(measure) or "Fine"
        record(
            r, actors, patients, kind, measure, clause.sent,
            f"sanction.verb.{clause.lemma}.with.v1", _modality(clause), 0.7,
            date_of(measure, r.year) or date_of(clause.verb, r.year),  # "hit … in 2022"
        )  # fmt: skip
        return True

    def _received(self, clause: VerbClause) -> bool:
        """ "X received a $5m fine from the regulator", "X incurred a penalty imposed
        by Y": a measure its target receives, from the body that gives it."""
        r, verb = self.reader, clause.verb
        # "received a sentence of probation and a fine of $10,000": each conjoined object
        objects = [c for d in children(verb, "dobj") for c in conjuncts(d)]
        measure = next((m for m in objects if _penalty_phrase(m)), None)
        kind = "Fine" if measure is not None else None
        if measure is None:
            measure = next((m for m in objects if noun_kind(m)), None)
            kind = noun_kind(measure) if measure is not None else None
        if measure is None or clause.passive:
            return False
        # "from the regulator", "imposed by the regulator", wherever the parse hangs it
        givers = [
            e
            for t in verb.subtree
            if t.dep_ == "pobj" and t.head.lower_ in {"from", "by"}
            for e in actor_entities(r, t)
            if r.cls(e) in ACTING
        ]
        targets = [e for e in clause.subjects if r.cls(e) in ACTOR_TARGETS]
        if not (givers and targets):
            return False
        record(
            r, givers, targets, kind or "Other", measure, clause.sent,
            f"sanction.verb.{clause.lemma}.v1", _modality(clause), 0.75,
        )  # fmt: skip
        return True

    def read_sentence(self, sent: Span) -> None:
        """ "- Sanctions on X", "Export Controls on X": a heading's or bullet's measure
        the parser took for a name (read as the noun it is); only its first words."""
        r = self.reader
        lower = token_table(r.doc).lower  # the tables: no Token made for every first word
        for i in range(sent.start, min(sent.start + _HEADING_WORDS, sent.end)):
            if r.pos[i] == PROPN and lower[i] in CAPITALISED_MEASURES:
                self.read_noun(r.doc[i], sent)

    def read_noun(self, noun: Token, sent: Span) -> None:
        """ "the U.S. ban on Huawei", "Treasury's sanctions against SenseTime"."""
        r = self.reader
        if noun.lemma_.lower() in JUDGMENT_NOUNS:
            self._judgment(noun, sent)
            return
        if noun.lemma_.lower() == "settlement" and self._settled_with(noun, sent):
            return
        if noun.lemma_.lower() in TARGET_GROUPS and noun.lemma_.lower() not in SANCTION_NOUNS:
            self._described_targets(noun, sent)
            return
        if noun.lemma_.lower() in LISTING_NOUNS:
            self._listing_noun(noun, sent)
            return
        if noun.lemma_.lower() in WITHDRAWING_NOUNS:
            self._licence_revocation(noun, sent)
            return
        if noun.lemma_.lower() == "action":
            self._action_owned(noun, sent)
            return
        if noun.lemma_.lower() in DIVESTING_NOUNS:
            self._divestment_noun(noun, sent)
            return
        kind = noun_kind(noun)
        if kind is None or (noun.head.lemma_.lower() in IMPOSE_VERBS and noun.dep_ == "dobj"):
            return
        if noun.head.lemma_.lower() in LIFT_VERBS:
            return  # "lifted its ban on X": a measure that ended is no sanction
        if _ended(noun):
            return  # "the termination of sanctions on X", "sanctions relief for X"
        # "debt and equity restrictions on X": the parse hangs the on-phrase on the
        # first conjunct
        phrases = preps(noun, "on", "against") + amount_phrases(noun) + _respect_phrases(noun)
        compound = noun.dep_ == "compound" and noun.head.lemma_.lower() in MEASURE_HEADS
        if not phrases and (noun.dep_ == "conj" or compound):
            # "the tariff rate on Chinese electric vehicles": the phrase on the head
            phrases = preps(noun.head, "on", "against")
        # "the sanctions imposed on X by Y", "the sanctions Y imposed on X"
        imposing = imposing_clauses(noun)
        phrases += [p for c in imposing for p in preps(c, "on", "against")]
        targets = [e for t in phrases for e in measure_targets(r, t, sent)]
        rule = "sanction.noun.v1"
        if not targets:
            # "Iran-related sanctions": the country the measure relates to
            targets = [
                e
                for a in noun.children
                if a.dep_ == "amod" and a.lower_ in {"related", "specific", "focused"}
                for c in a.children
                for e in r.entities(c)
                if r.cls(e) in TARGETS
            ]
        if not targets:
            # "Full blocking sanctions on Iran's oil sector": the sector's country
            targets = sector_countries(r, phrases)
            rule = "sanction.noun.sector.v1" if targets else rule
        if not targets and kind in {"Tariff", "Ban"}:
            # "directed a 100 percent tariff on electric vehicles from China": the
            # goods' origin in the measure's own from-phrase
            targets = [
                e for t in preps(noun, "from") for e in r.entities(t)
                if r.cls(e) in {"Location", "Government"}
            ]  # fmt: skip
            rule = "sanction.noun.origin.v1" if targets else rule
        if not targets and noun.lemma_.lower() in DESIGNATING_NOUNS:
            # "the designation of X by the Treasury", "Treasury's designation of X"
            targets = act_targets(r, noun)
            rule = "sanction.noun.of.v1" if targets else rule
        if not targets:
            # "Iran is subject to U.S. sanctions", "X, which remains subject to …", "X,
            # which is under U.S. sanctions"
            targets, rule = (
                _subject_to(r, noun) or under_measure(r, noun),
                "sanction.noun.subject.v1",
            )
        if not targets and (restricted_kind(noun) or kind) == "ExportControl":
            # "new export controls on advanced chips to China"
            targets = export_destinations(r, [noun], phrases)
            rule = "sanction.noun.destination.v1" if targets else rule
        if not targets:
            # "exported chips to Iran in violation of U.S. sanctions"
            targets = violated_destinations(r, noun)
            rule = "sanction.noun.violated.v1" if targets else rule
        if not targets and kind == "Fine":
            # "X was sentenced to five years of probation and a $2 million fine"
            targets, rule = _sentenced_to(r, noun), "sanction.noun.sentence.v1"
        whole = _compound_head(noun)  # "a forfeiture money judgment of $2m"
        if not targets and kind == "Fine" and money_in(whole) is not None:
            # "the forfeiture of $50 million by X", "X agreed to a forfeiture money
            # judgment of $2 million": who pays; the court or prosecutors impose
            targets, rule = _forfeiting_parties(r, noun), "sanction.noun.sentence.v1"
        if not targets:
            return
        kind = restricted_kind(noun) or dealings_kind(noun, phrases) or kind
        imposers = _measure_owners(r, noun)
        imposers += [e for t in preps(noun, "by") for e in r.entities(t)]
        imposers += [e for c in imposing for e in clause_imposers(r, c)]
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() in IMPOSE_VERBS:
            # "A $12 million fine against X was announced by the regulator": the
            # passive's agent imposes the measure its subject names
            imposers += [e for t in agents(noun.head) for e in r.entities(t)]
        # "The EU adopted restrictive measures against X": who adopted them
        adopters = (
            parties(r, subject(noun.head))
            if noun.dep_ == "dobj" and noun.head.pos_ == "VERB"
            else []
        )
        imposers += [e for e in adopters if r.cls(e) in ACTING]
        if noun.lemma_.lower() in OTHER_MEASURES:
            if adopters and not [e for e in adopters if r.cls(e) in ACTING]:
                return  # "the company took measures against X": no state's measure
            targets = [t for t in targets if r.cls(t) != "Location"]
            if not targets:
                return  # "measures against Belarusian hackers" names no target
        confidence = 0.6 if rule == "sanction.noun.sector.v1" else None
        mod = _noun_modality(noun, sent)
        if rule == "sanction.noun.sentence.v1":
            imposers, rule, confidence = _sentencing_body(r, sent, imposers, rule, confidence)
        if not [i for i in imposers if r.cls(i) in ACTING]:
            # "New license requirements on X take effect today, the Commerce
            # Department said": the government body announcing them
            speakers = [e for e in _speaker(r, noun) if r.cls(e) == "Government"]
            if speakers and mod == "asserted" and not set(speakers) & set(targets):
                imposers, rule, confidence = speakers, rule.removesuffix(".v1") + ".said.v1", 0.7
        if not [i for i in imposers if r.cls(i) in ACTING]:
            # "Following today's action by the Commerce Department, X is subject to a
            # license requirement": the body the sentence says acted
            acted = _action_bodies(r, sent)
            if acted and not set(acted) & set(targets):
                imposers, rule, confidence = acted, rule.removesuffix(".v1") + ".action.v1", 0.7
        if not [i for i in imposers if r.cls(i) in ACTING] and self._last and _definite(noun):
            # "The Treasury designated A and B. The sanctions on these firms …": the
            # measure the article reported last, pointed back to
            carried = [i for i in self._last[0] if i not in targets]
            if carried:
                imposers, rule, confidence = carried, rule.removesuffix(".v1") + ".carried.v1", 0.7
        if not [i for i in imposers if r.cls(i) in ACTING]:
            # a fact sheet's "Full blocking sanctions on X": the issuing state's; a
            # Justice release's "the embargo against Iran": its country's
            state, how = state_issuer(r), "issuer"
            if state is None:
                state, how = national_state(r), "national"
            if state is not None and state not in targets:
                imposers, confidence = [state], 0.7
                rule = rule.removesuffix(".v1") + f".{how}.v1"
        if rule.startswith("sanction.noun.violated."):
            # "exported parts to Iran in violation of U.S. sanctions": the measure is
            # background to the offence and names no target of its own (the tuned-on
            # gold leaves the destination out): the lowest band
            confidence = VIOLATED_MEASURE_CONFIDENCE
        # "the sanctions the EU imposed on X in 2022": the date on the clause
        date = next((d for c in imposing if (d := date_of(c, r.year))), None)
        record(r, imposers, targets, kind, noun, sent, rule, mod, confidence, date)
        named = [i for i in imposers if r.cls(i) in ACTING]
        if named and mod == "asserted" and confidence is None:
            # "Treasury announced sanctions against X. Also designated were Y": a
            # measure the text names its government for is the one later passives carry
            self._remember(named, kind, sent)


def _measure_owners(r, measure: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The entities a measure's modifiers name: "Treasury's sanctions", "EU tariffs",
    "the American ban" (whoever owns the measure, before any class check)."""
    return [
        e
        for c in measure.children
        if c.dep_ in {"poss", "compound", "amod", "nmod"}
        for e in r.entities(c)
    ]


#: What a prohibition on the entities an annex lists reaches when it is an investment
#: ban: "the purchase of securities of any entity listed in the Annex", "the
#: extension of a loan to an entity listed in the Annex".
_INVESTING_WORDS: Final = SECURITIES_WORDS | {"loan", "investment", "credit"}


def _annex_measure(listed: Token) -> str | None:
    """The measure the clause around "listed in the Annex" states: "InvestmentBan"
    when securities, equity or loans of the listed entities are what it covers; ""
    when another verb of listing or sanctioning governs the entities (its own
    measure, perhaps only considered: "whether to add each entity listed in the Annex
    to the Entity List"); None when the clause does not say."""
    token, seen = listed, 0
    while token.head.i != token.i and seen < 10:
        token, seen = token.head, seen + 1
        lemma = token.lemma_.lower()
        imposing = lemma in LISTING_VERBS or lemma in SANCTION_VERBS
        if token.pos_ == "VERB" and imposing and lemma not in RESTRICTING_VERBS:
            return ""
        words = [token, *(o for p in token.children if p.lower_ == "of" for o in p.children)]
        if any(w.lower_ in _INVESTING_WORDS for w in words):
            return "InvestmentBan"
    return None


def _counted_group(verb: Token, passive: bool, dep: str = "") -> frozenset[str]:
    """The classes of a counted group of targets the verb's object is ("is designating
    six entities and three individuals" → firms and people, "one Russian entity" →
    firms; ``dep`` "pobj": the of-object of a noun, "the addition of nine entities"):
    a lead whose targets the sentences after it name; empty for any other object."""
    classes: set[str] = set()
    objects = (
        preps(verb, "of") if dep == "pobj" else children(verb, "nsubjpass" if passive else "dobj")
    )
    for o in objects:
        # "added equipment produced by three companies": the makers are counted
        for t in counted_makers(o) or conjuncts(o):
            if t.lemma_.lower() in TARGET_GROUPS and children(t, "nummod"):
                person = t.lemma_.lower() in PERSON_GROUPS
                classes |= {"Person"} if person else {"Company", "Organization"}
    return frozenset(classes)


def _quoted(token: Token) -> bool:
    """Inside quotation marks opened earlier in the sentence."""
    text = token_table(token.doc).text
    marks = sum(word in {"“", "”", '"'} for word in text[sentence_bounds(token)[0] : token.i])
    return marks % 2 == 1


def _the_state(r, entity: int) -> bool:  # type: ignore[no-untyped-def]
    """A country or its government as a whole ("the United States", "the U.S.
    Government"), not one of its bodies."""
    name = r.clusters[entity].name
    return name in COUNTRY_NAMES or name.lower().endswith("government") or entity == r.state()


def _demonstrative_subject(verb: Token) -> bool:
    """ "This includes …", "These include …": the subject points back."""
    return any(c.dep_ == "nsubj" and c.lower_ in {"this", "these", "they"} for c in verb.children)


def _refers_to_measures(verb: Token) -> bool:
    """ "as subject to the prohibitions", "under these restrictions"."""
    doc = verb.doc
    end = min(verb.i + 15, sentence_bounds(verb)[1])  # this sentence's measures, not the next one's
    return any(t.lemma_.lower() in MEASURE_WORDS for t in doc[verb.i : end])


def _list_kind(verb: Token) -> str | None:
    """ "added to the Entity List" → ExportControl: the kind a named list implies
    (the to-phrase on the verb, or on its object: "adding 20 entities to the Entity
    List")."""
    # a noun's: "the addition of nine entities to the Entity List", the to-phrase hung
    # on its of-object
    objects = children(verb, "dobj") + preps(verb, "of")
    # "adding A, B and C to the Entity List": the parse hangs it on the last conjunct
    objects += [c for o in children(verb, "dobj") for c in conjuncts(o)[1:]]
    phrases = preps(verb, "to", "on") + [p for o in objects for p in preps(o, "to", "on")]
    # "added equipment produced by two makers to the Covered List", "added X, and by
    # their affiliates, to the Covered List": the parse hangs the to-phrase on the
    # object's participle or on another phrase of the verb
    phrases += [p for o in objects for a in children(o, "acl") for p in preps(a, "to")]
    phrases += [
        o for b in verb.children if b.dep_ in {"prep", "conj"} and b.lower_ == "by"
        for t in b.children if t.dep_ == "prep" and t.lower_ == "to"
        for o in t.children if o.dep_ == "pobj"
    ]  # fmt: skip
    for obj in phrases:
        phrase = " ".join(t.lower_ for t in obj.subtree)
        for name, kind in SANCTION_LISTS.items():
            if name in phrase:
                return kind
    # "placed / put under sanctions": the measure named
    measures = [noun_kind(obj) for obj in preps(verb, "under")]
    return next((m for m in measures if m is not None), None)


def _sentencing_body(
    r: ArticleReader, sent: Span, actors: list[int], rule: str, fixed: float | None
) -> tuple[list[int], str, float | None]:
    """Who imposes a fine no government is named for: the court of this sentence or
    the one before, else, in a prosecutors' own release, the prosecutors."""
    court = court_nearby(r, sent)
    if court is not None:
        return [court], rule.removesuffix(".v1") + ".court.v1", 0.65
    prosecutor = r.prosecutor()
    if prosecutor is not None and issuer_kind(r.doc.user_data.get(SOURCE_KEY)) == "prosecutor":
        return [prosecutor], rule.removesuffix(".v1") + ".prosecutor.v1", 0.6
    return actors, rule, fixed


def _sentenced_to(r, noun: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "X was sentenced to probation and a $2 million fine", "sentenced X to … a
    fine": who is sentenced."""
    head = noun
    while head.dep_ == "conj":
        head = head.head
    prep = head.head
    if head.lemma_.lower() == "follow" and prep.lemma_.lower() == "sentence":
        # "sentenced to 24 months, followed by three years of supervised release, and
        # a $50,000 fine": the fine joined to "followed"
        verb = prep
    elif head.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lemma_.lower() != "sentence":
        return []
    else:
        verb = prep.head
    found = [e for t in children(verb, "nsubjpass", "dobj") for e in parties(r, t)]
    return [e for e in found if r.cls(e) in {"Person", "Company", "Organization"}]


def _compound_head(noun: Token) -> Token:
    """The noun a chain of compounds modifies ("forfeiture" → "judgment" in "a
    forfeiture money judgment")."""
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head
    return noun


def _forfeiting_parties(r: ArticleReader, noun: Token) -> list[int]:
    """Who pays a forfeiture named as a noun: its by-phrase or owner
    ("the forfeiture of $50m by X", "X's $50m forfeiture"), else the subject of the
    verb it is the object of ("X agreed to a forfeiture money judgment of $2m")."""
    if noun.lemma_.lower() != "forfeiture":
        return []
    noun = _compound_head(noun)  # "a forfeiture money judgment of $2m"
    found = [e for t in preps(noun, "by") + children(noun, "poss") for e in parties(r, t)]
    if not found:
        head = noun.head.head if noun.dep_ == "pobj" else noun.head
        if noun.dep_ in {"dobj", "pobj"} and head.pos_ in {"VERB", "AUX"}:
            found = parties(r, subject(head))
    return [e for e in found if r.cls(e) in {"Person", "Company", "Organization"}]


def _subject_to(r, noun: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "Iran is subject to U.S. sanctions": who is subject to the measure."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "to" or prep.head.lower_ != "subject":
        return []
    adjective = prep.head
    group = described_group(adjective)
    if group is not None:
        # "Iran, a country subject to U.S. sanctions", "Sudan and Cuba, countries
        # subject to …", "X, an entity subject to …": the names described
        return described_names(r, group)
    if adjective.dep_ not in {"acomp", "oprd"}:
        return []
    return [e for e in r.entities(subject(adjective.head)) if r.cls(e) in TARGETS]


def _on_list(noun: Token) -> tuple[str, list[Token]] | None:
    """ "an entity on the (Commerce Department's) Entity List": the kind the named list
    implies and the words naming its keeper."""
    for obj in preps(noun, "on"):
        phrase = " ".join(t.lower_ for t in obj.subtree)
        for name, kind in SANCTION_LISTS.items():
            if name in phrase:
                return kind, [c for c in obj.children if c.dep_ in {"poss", "compound", "nmod"}]
    return None


def _article_keeper(r, kind: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The body of the article that keeps lists of ``kind``: Commerce's Bureau of
    Industry and Security for the Entity List, Treasury's OFAC for designations."""
    words = LIST_KEEPERS.get(kind, ())
    for word in words:
        for i, c in enumerate(r.clusters):
            if c.cls == "Government" and word in c.name.lower():
                return [i]
    return []


def _list_keepers(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The body whose list it is: "the Commerce Department's Entity List", or with
    the apostrophe lost, "the Commerce Departments Entity List"."""
    return [
        e
        for obj in preps(verb, "to", "on")
        for c in obj.children
        if c.dep_ in {"poss", "compound", "nmod"}
        for e in r.entities(c)
        if r.cls(e) == "Government"
    ]


def _inner_bodies(r, subj: Token | None, actors: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The innermost body named inside the subject's ("the Department of the
    Treasury's Office of Foreign Assets Control" → the Office), in place of the
    outer one; the body a government acts through ("the Government of Canada,
    through Global Affairs Canada, is imposing …") beside it."""
    if subj is not None:
        # "through" hangs on the subject or on its verb
        through = [
            e for t in preps(subj, "through") + preps(subj.head, "through")
            for e in r.entities(t) if e not in actors and r.cls(e) == "Government"
        ]  # fmt: skip
        if through and any(r.cls(a) == "Government" for a in actors):
            actors = actors + through
    mention = r.index.get(subj.i) if subj is not None else None
    if mention is None or mention.entity not in actors or r.cls(mention.entity) != "Government":
        return actors
    inner = r.inside_chain(mention)[0][0]
    if inner == mention.entity or r.cls(inner) != "Government":
        return actors
    return [inner if a == mention.entity else a for a in actors]


def _which_names(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "CGTC, which was placed on …": the entity named right before ", which", whatever
    noun the parse hung the relative clause on ("the president of CGTC, which …")."""
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None or subj.lower_ != "which" or subj.i < 2:
        return []
    comma = subj.doc[subj.i - 1]
    if comma.text != ",":
        return []
    mention = next(
        (m for m in (r.index.get(comma.i - 1),) if m is not None and m.end == comma.i), None
    )
    if mention is None or r.cls(mention.entity) not in ACTOR_TARGETS:
        return []
    return [mention.entity]


#: Verbs by which a leader has a body act: "directed the Commerce Department to …".
_DIRECTING_VERBS = frozenset({"direct", "instruct", "order", "task", "charge"})


def _bare_department(r: ArticleReader, verb: Token) -> list[int]:
    """ "Commerce added X to the Entity List", "State imposed visa restrictions on X":
    the department a release names by its bare word as the verb's subject (the tagger
    finds no name there): the article's body of that name, else one added."""
    subj = subject(verb)
    before = verb.doc[verb.i - 1] if verb.i > sentence_bounds(verb)[0] else None
    if subj is None and before is not None and before.dep_ == "npadvmod" and before.head == verb:
        subj = before  # "State designated X", the bare word parsed as an adverbial noun
    if subj is None or subj.i in r.index or subj.dep_ not in {"nsubj", "npadvmod"}:
        return []
    if list(subj.children):
        return []
    name = BARE_DEPARTMENTS.get(subj.text)
    if name is None:
        return []
    word = subj.text.lower()
    for i, c in enumerate(r.clusters):
        if c.cls == "Government" and word in c.name.lower().split():
            return [i]
    r.clusters.append(EntityCluster(name, "Government", aliases={subj.text}))
    return [len(r.clusters) - 1]


def _directed_bodies(r: ArticleReader, verb: Token) -> list[int]:
    """The government bodies a directing verb has do ``verb`` ("is directing his Trade
    Representative to increase tariffs", "instructed the Treasury to impose …")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.lemma_.lower() not in _DIRECTING_VERBS:
        return []
    found = [e for t in children(head, "dobj") for e in parties(r, t) or _body_named_short(r, t)]
    return [e for e in found if r.cls(e) == "Government"]


def _body_named_short(r: ArticleReader, noun: Token) -> list[int]:
    """The government body of the article whose name ends with the capitalised words
    of ``noun``'s phrase ("his Trade Representative" → the United States Trade
    Representative named earlier), where the tagger found no name there."""
    words = [t.text for t in noun.subtree if t.i <= noun.i and t.is_title]
    if len(words) < 2 or not noun.is_title:
        return []  # one capitalised word ("his Department") is too little to match
    tail = " ".join(words).lower()
    for i, c in enumerate(r.clusters):
        names = [c.name, *c.aliases]
        if c.cls == "Government" and any(n.lower().endswith(" " + tail) for n in names):
            return [i]
    return []


def _used_by_state(r: ArticleReader, verb: Token) -> list[int]:
    """The issuing state, for a measure its release says a body or law "will be used
    to" take ("CFIUS will be used to restrict investments", "the authority is used to
    block …"); [] elsewhere."""
    head = verb.head
    if verb.dep_ not in {"xcomp", "advcl"} or head.lemma_.lower() != "use" or not is_passive(head):
        return []
    state = state_issuer(r)
    return [state] if state is not None else []


def _own_entity(r: ArticleReader, token: Token) -> list[int]:
    """The entity ``token`` itself names, without its conjuncts' ([] if none)."""
    entity = r.entity(token)
    return [entity] if entity is not None else []


def _definite(noun: Token) -> bool:
    """A measure's noun that points back: "the sanctions", "these designations"."""
    return any(c.dep_ == "det" and c.lower_ in {"the", "these", "those"} for c in noun.children)


def _ended(noun: Token) -> bool:
    """A measure named as ending: the of-object of a noun of ending ("the termination /
    lifting / suspension of sanctions on X") or the modifier of one ("sanctions
    relief")."""
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of":
        head = head.head
    elif noun.dep_ != "compound":
        return False
    return head.lemma_.lower() in ENDING_NOUNS


def _respect_phrases(noun: Token) -> list[Token]:
    """ "the prohibitions with respect to X": the object of the measure's "with respect
    to" (the way orders name what a measure falls on)."""
    return [t for w in preps(noun, "with") if w.lemma_.lower() == "respect" for t in preps(w, "to")]


def _refers_back(subj: Token | None) -> bool:
    """A subject that names no one itself and points back: "it", "they", "the
    agency", "the department" (a government body's common noun, no name)."""
    if subj is None:
        return False
    if subj.lower_ in {"it", "they"}:
        return True
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)
    return definite and subj.pos_ == "NOUN" and subj.lemma_.lower() in GOVERNMENT_WORDS


def _inverted_subjects(r: ArticleReader, verb: Token) -> list[int]:
    """ "Also designated were A and B", "Sanctioned today was X": the subject a passive
    set after its auxiliary, which the parse hangs on the auxiliary."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return []
    # "Also designated was his company, X": the parse may make the subject the
    # auxiliary's attribute, and the name its apposition
    heads = [t for aux in children(verb, "auxpass") if aux.i > verb.i
             for t in children(aux, "nsubj", "nsubjpass", "attr")]  # fmt: skip
    found = [e for t in heads for n in [t, *children(t, "appos")] for e in parties(r, n)]
    return list(dict.fromkeys(e for e in found if r.cls(e) in ACTOR_TARGETS))


def _penalty(verb: Token) -> bool:
    """ "pay penalties of $2m", "pay $13m in criminal penalties", "pay a fine"."""
    objs = children(verb, "dobj") + preps(verb, "in", "including")
    # "a total of $40 million, including a $30 million criminal fine"
    return any(
        w.lemma_.lower() in PENALTY_NOUNS for t in objs for w in t.subtree if w.pos_ != "VERB"
    )


def _resolving(verb: Token) -> bool:
    """ "(pay $4m) to resolve its liability / to settle the matter": a payment that
    settles something, whatever the object's word."""
    return any(
        c.dep_ in {"advcl", "xcomp"} and c.lemma_.lower() in SETTLING_VERBS for c in verb.children
    )


def _settled_cases(verb: Token) -> list[Token]:
    """ "(pay $15m) to settle a civil lawsuit / charges": the cases settled."""
    cases = []
    for c in verb.children:
        if c.dep_ not in {"advcl", "xcomp", "conj"} or c.lemma_.lower() not in SETTLING_VERBS:
            continue
        for case in children(c, "dobj"):
            if case.lemma_.lower() in CASE_NOUNS:
                cases.append(case)
                continue
            # "to settle Trade Commission charges that …", parsed with the body as the
            # object and "charges" as a verb: the case word right after the object
            after = case.right_edge.i + 1
            if after < case.sent.end and case.doc[after].lemma_.lower() in CASE_NOUNS:
                cases.append(case.doc[after])
    return cases


def _conjoined_appositions(r, verb: Token, passive: bool) -> list[int]:  # type: ignore[no-untyped-def]
    """ "sanctioned X and its chief executive, Y": Y, named beside a conjoined noun that
    names no one itself."""
    found = []
    for obj in children(verb, "nsubjpass" if passive else "dobj"):
        for t in conjuncts(obj)[1:]:
            # (a job noun "names" the person beside it: "its managing director, Y")
            if not r.entities(t) or r.person_named(t) is not None:
                # "… and two of his companies, A and B": beside the noun "of" governs
                nouns = [t, *(n for n in preps(t, "of") if n.pos_ == "NOUN")]
                found += [e for n in nouns for c in children(n, "appos") for e in r.entities(c)]
        # "designated A, Freedonia's largest bank, and B": B after A's description
        found += past_descriptions(r, obj)
    return [e for e in found if r.cls(e) in ACTOR_TARGETS]


def _role_appositions(r: ArticleReader, verb: Token, passive: bool) -> list[int]:
    """The names set beside the verb's role-noun subject (passive) or object ("the
    bank's chairman, X", "its owner, X"), the noun itself naming no one."""
    nouns = children(verb, "nsubjpass" if passive else "dobj")
    return [
        e
        for t in nouns
        if t.pos_ == "NOUN" and t.i not in r.index
        for a in children(t, "appos")
        for e in r.entities(a)
        if r.cls(e) in ACTOR_TARGETS
    ]


def _product_owners(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "banned X, the short-video app owned by Y", "blocked X, a messaging service run
    by Y": the firm whose product a measure bans (the product itself is no party)."""
    found = []
    for obj in children(verb, "dobj"):
        for noun in [obj, *children(obj, "appos")]:
            if noun.lemma_.lower() not in PRODUCT_NOUNS:
                continue
            for acl in children(noun, "acl"):
                if acl.lemma_.lower() in OWNING_VERBS:
                    found += [e for t in agents(acl) for e in r.entities(t)]
    return [e for e in found if r.cls(e) in {"Company", "Organization"}]


def _penalty_phrase(noun: Token) -> bool:
    """ "a $5m fine", "penalties of $2m": a phrase naming a penalty (the tagger often
    takes "fine" after an amount for an adjective)."""
    words = [noun] + [c for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}]
    return any(w.lemma_.lower() in PENALTY_NOUNS and w.pos_ != "VERB" for w in words)


def _by_bodies(r, token: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """Governments in a by-phrase anywhere under ``token`` ("hit with a fine by X")."""
    return [
        e
        for t in token.subtree
        if t.dep_ == "pobj" and t.head.lower_ == "by"
        for e in actor_entities(r, t)
        if r.cls(e) in ACTING
    ]


def _group_members(r, group: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "X was among 12 firms …", "X is one of the firms …": who the clause places in
    the group."""
    prep = group.head
    if group.dep_ != "pobj":
        return []
    if prep.lower_ == "among" and prep.dep_ == "prep":
        return parties(r, subject(prep.head))
    one = prep.head
    if prep.lower_ == "of" and one.lower_ == "one" and one.dep_ in {"attr", "appos"}:
        return parties(r, subject(one.head)) if one.dep_ == "attr" else r.entities(one.head)
    return []


def _companions(r, verb: Token, passive: bool = True) -> list[int]:  # type: ignore[no-untyped-def]
    """Those a measure names "along with" or "together with" its target, or the name
    set beside the noun there ("X was sanctioned, along with its trading arm, Y";
    "is designating X, a …, together with its chief designer, Y"): the phrase hung on
    the verb, or on an active verb's object."""
    heads = [verb] if passive else [verb, *children(verb, "dobj")]
    found: list[int] = []
    for h in heads:
        for p in h.children:
            if p.dep_ in {"prep", "advmod"} and p.lower_ in {"along", "together"}:
                withs = preps(p, "with")  # "along" → "with" → the companion
            elif p.dep_ == "prep" and p.lower_ == "with":
                # "X, …, together with Y": "together" hung on the "with" itself
                together = [c for c in p.children if c.lower_ in {"along", "together"}]
                withs = children(p, "pobj") if together else []
            else:
                continue
            for t in withs:
                found += r.entities(t) or [e for c in children(t, "appos") for e in r.entities(c)]
    return [e for e in found if r.cls(e) in ACTOR_TARGETS]


def _announcers(r, verb: Token, actors: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """ "The United States will impose duties on X, the Commerce Department said": the
    body that announces a measure its state as a whole imposes imposes it too."""
    if not actors or not all(_the_state(r, a) for a in actors):
        return []
    return [e for e in _speaker(r, verb) if r.cls(e) == "Government" and not _the_state(r, e)]


def _dateline_party(r, subj: Token | None) -> list[int]:  # type: ignore[no-untyped-def]
    """ "LONDON, May 3 - Orvane Systems agreed …": the party set in apposition to a
    dateline's capitalised city at the start of the sentence."""
    if subj is None or not subj.is_upper or subj.i - sentence_bounds(subj)[0] > 1:
        return []
    # the apposition, or a second subject the parse gave the verb
    beside = [c for c in subj.children if c.dep_ == "appos"] + [
        c for c in subj.head.children if c.dep_ == "nsubj" and c.i != subj.i
    ]
    found = [e for c in beside for e in parties(r, c)]
    return [e for e in found if r.cls(e) in {"Company", "Person", "Organization"}]


def _speaker(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "The FTC said X agreed to pay …": the subject of the saying verb above."""
    head = verb
    for _ in range(4):
        if head.head.i == head.i:
            return []
        head = head.head
        if head.lemma_.lower() in SAY_VERBS:
            return r.entities(subject(head))
    return []


def _instrument_actors(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The court behind "by a US court injunction" / "by order of the court" anywhere
    in the verb's phrases."""
    for t in verb.subtree:
        if t.dep_ == "pobj" and t.head.lower_ == "by":
            word = t.lemma_.lower()
            if word in INSTRUMENT_NOUNS or word in COURT_NOUNS:
                found = actor_entities(r, t) if word in INSTRUMENT_NOUNS else []
                court = court_entity(r, t) if word in COURT_NOUNS else None
                return found or ([court] if court is not None else [])
    return []


#: The name other modules' tests knew it by before it moved to sanction_targets.
_object_kind = object_kind


#: "called for sanctions on X": a measure asked for is not (yet) imposed.
_ASKING_VERBS = frozenset(
    {"call", "press", "push", "urge", "demand", "seek", "lobby", "ask", "want", "propose"}
)


#: Verbs by which a body puts out an instrument that acts ("issued an order identifying
#: X as …", "published a rule adding X to the Entity List").
_ISSUING_VERBS = frozenset({"issue", "publish", "adopt", "release", "sign", "finalize"})


def _issuing_bodies(r: ArticleReader, verb: Token) -> list[int]:
    """The governments that issued the instrument a gerund hangs on ("FinCEN issued
    an order identifying X": FinCEN); empty for any other verb."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ != "dobj":
        return []
    issuing = verb.head.head
    if issuing.lemma_.lower() not in _ISSUING_VERBS:
        return []
    subj = subject(issuing)
    bodies = [e for e in parties(r, subj) if r.cls(e) == "Government"] if subj is not None else []
    return _inner_bodies(r, subj, bodies)


#: Nouns of a body's act that a sentence may hang its measure on ("following
#: today's action by X", "under the Commerce Department's rule").
_ACT_NOUNS = frozenset({"action", "rule"})


def _action_bodies(r: ArticleReader, sent: Span) -> list[int]:
    """The governments whose action or rule the sentence names ("today's action by
    the Commerce Department", "BIS's rule")."""
    found: list[int] = []
    for t in sent:
        if t.lemma_.lower() not in _ACT_NOUNS:
            continue
        phrases = preps(t, "by") + [c for c in t.children if c.dep_ == "poss"]
        found += [e for p in phrases for e in r.entities(p) if r.cls(e) == "Government"]
    return list(dict.fromkeys(found))


def _this_action(action: Token) -> bool:
    """ "This action", "today's action": the action the release has just stated."""
    return any(c.lower_ in {"this", "today"} for c in action.children if c.dep_ in {"det", "poss"})


def _noun_modality(noun: Token, sent: Span):  # type: ignore[no-untyped-def]
    """The measure's modality, "threatened" when it is only called for or only
    authorised."""
    found = modality(noun, sent)
    head = noun.head
    if head.dep_ == "prep" or head.pos_ == "ADP":
        head = head.head
    if found == "asserted" and (head.lemma_.lower() in _ASKING_VERBS or _empowered(noun)):
        return "threatened"
    return found


#: Short names the frame's many call sites use.
_modality = clause_modality
_empowered = empowered


def _name_after(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The organisation or person named right after an active verb ("fined Orvane
    Systems 497m euros"), where the parse lost the object."""
    i = verb.i + 1
    if i < len(verb.doc) and token_table(verb.doc).lower[i] == "the":
        i += 1  # not "designate a Coordinator": an indefinite names no one
    mention = r.index.get(i)
    if mention is None or mention.start != i or mention.span.sent != verb.sent:
        return []
    return (
        [mention.entity] if r.cls(mention.entity) in {"Company", "Person", "Organization"} else []
    )
