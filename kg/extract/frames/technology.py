"""Technologies and products: ``develops``, ``provides``, ``uses`` and ``supplies``.

- product verbs, active, passive and participial: "Veltra makes memory chips",
  "coats made by Kellwood and sold by Sears", "X launched a new phone", "X, which
  makes Y", "X uses Y"; "X sells Y to Z" (and supplies Z);
- provider nouns: "X, the world's biggest maker of Y", "a supplier of Y to Z",
  "X, a Sears supplier" (X supplies Sears);
- company nouns with the product before them: "mobile phone firm Orbit", "chip maker
  X", "Sina, an internet portal firm", "X is a long-distance telecoms firm";
- possessives: "the firm's search engine", "Apple's music service" (provides);
- firms by trade and in lists: "X, a facial recognition company", "suppliers of Y such
  as A and B", "A, B and C make Y", "A and B, two drone makers", "the company behind
  Y", "a leader in the design of Y", "X relies on Z for Y", "enables X to sell Y";
- goods "for use in the programs of X" / "for use by X" (X uses them), "makes Y for
  X" (supplies X), and verbs the parser misreads as nouns ("X Inc. designs and
  manufactures Y").

The object of a product verb is a product when it is a Technology mention or a noun
phrase headed by a product noun (:mod:`~kg.extract.frames.technology_words`); the
frame then makes the Technology entity itself, named by the phrase as written
without determiners, owners or evaluative words ("memory chips"). "made a profit" and
"make a bid" name no product.

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = "Veltra makes memory chips. The coats were sold by Orbit Retail Corp."
>>> result = extract_doc(load_pipeline()(text), Article(id="a", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> sorted((names[f.subject], f.predicate, names[f.object]) for f in result.facts)
[('Orbit Retail Corp.', 'provides', 'coats'), ('Veltra', 'develops', 'memory chips')]
"""

from __future__ import annotations

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kg.extract.frames.base import Frame, VerbClause
from kg.extract.frames.legal_words import SAY_VERBS
from kg.extract.frames.product_phrase import (
    OWN_MAKE_WORDS,
    bracket_split,
    bracketed_name,
    branded_name,
    clause_verb,
    kind_words,
    name_start,
    own_make,
    product_bounds,
    relative_object,
    relative_pronoun,
    version_of,
)
from kg.extract.frames.reader import NAMING_NOUNS, ORG_CLASSES, ArticleReader
from kg.extract.frames.syntax import agents as agents_of
from kg.extract.frames.syntax import (
    children,
    conjuncts,
    is_passive,
    modality,
    preps,
    relative_antecedent,
)
from kg.extract.frames.syntax import subject as subject_of
from kg.extract.frames.technology_awards import award_parties
from kg.extract.frames.technology_words import (
    BUYING_VERBS,
    CATEGORY_NOUNS,
    DEAL_NOUNS,
    DEVELOPED_HEADS,
    FIELD_WORK_NOUNS,
    FIRING_VERBS,
    FIRM_NOUNS,
    GENERIC_PRODUCT_HEADS,
    GOODS_NOUNS,
    GROWTH_VERBS,
    HOLDING_VERBS,
    HOSTED_NOUNS,
    HOSTING_VERBS,
    LEADERSHIP_NOUNS,
    LIGHT_VERBS,
    MAKING_NOMINALS,
    MARKET_POWER_NOUNS,
    MEASURE_NOUNS,
    MUNITION_NOUNS,
    NOT_GOODS,
    NOT_SERVICE_WORK,
    OCCUPATION_VERBS,
    OWN_NATION_WORDS,
    PLANT_NOUNS,
    PLANT_VERBS,
    PREP_VERBS,
    PRODUCT_FIRM_WORDS,
    PRODUCT_NOMINALS,
    PRODUCT_VERBS,
    RANGE_NOUNS,
    SERVICE_HEADS,
    STATE_BUYING_VERBS,
    SUPPLIER_NOUNS,
    TARGET_PREPS,
    TECH_FIRM_WORDS,
    THEFT_VERBS,
    TRADE_PARTNER_NOUNS,
    USER_NOUNS,
    WORKS_NOUNS,
    is_product_head,
)
from kg.extract.lexicon import COMPANY_NOUNS, COUNTRY_NAMES, PROVIDER_NOUNS
from kg.extract.mentions import EntityCluster, Mention, nationality_country
from kg.extract.tech_phrases import GOODS, MISREAD_VERBS, TECH_PHRASE_HEADS
from kg.extract.tokens import token_table
from kg.extract.typing_words import PRODUCT_HEADS as TYPED_PRODUCT_HEADS
from kg.extract.typing_words import STANDALONE_PRODUCTS

_MAKERS = frozenset(p for p, prop in PROVIDER_NOUNS.items() if prop == "develops")
#: A list of objects: "A, B and C", "cameras (A), wristbands and B".
_LIST_DEPS = frozenset({"conj", "appos"})
#: Pronouns a second verb takes the first one's goods by ("bought Y and resold them").
_GOODS_PRONOUNS = frozenset({"them", "it"})
#: Verbs whose object may be the customer: "supplies the army", "provides the
#: police with drones" (the latter only with the goods named).
_CUSTOMER_VERBS = frozenset({"supply", "provide"})
#: Verbs that move goods by themselves ("ships to Iran"), whatever their object.
_GOODS_VERBS = frozenset(
    {"sell", "supply", "export", "ship", "distribute", "resell", "deliver", "re-export", "re-ship",
     "transship"}
)  # fmt: skip
_COMPANY_CLASSES = frozenset({"Company", "Organization"})
#: Firm nouns of traders in goods: "an electronics exporter", "a drone dealer".
_GOODS_SELLERS = frozenset({"exporter", "dealer", "reseller", "distributor", "supplier", "vendor"})
#: Unnamed buyers whose country a "to" phrase names: "to customers in Iran".
_BUYER_NOUNS = frozenset(
    {"customer", "buyer", "user", "end-user", "client", "purchaser", "company", "entity",
     "firm", "recipient", "consignee", "importer", "distributor"}
)  # fmt: skip
#: What a firm sells of itself, which supplies its buyer with no goods.
_DIVESTED = frozenset(
    {"business", "unit", "division", "arm", "operation", "segment", "stake", "share",
     "subsidiary", "asset", "company", "firm", "interest", "holding"}
)  # fmt: skip
#: Nouns of a firm's line of business, named by its goods: "Apple's e-book business".
_LINE_NOUNS = frozenset({"business", "unit", "division", "arm", "operation", "segment"})
#: Verbs that blame their object for what an "of"/"with" clause says: "accused X of
#: selling Y", "charged X with exporting Y".
_BLAME_VERBS = frozenset({"accuse", "charge", "convict", "suspect", "indict"})
#: Words that say a firm's product is its own invention ("its proprietary software").
_OWN_MAKE = OWN_MAKE_WORDS
#: Prepositions and participles of a secret's subject ("trade secrets about Y").
_ABOUT = frozenset({"about", "regarding", "concerning", "on", "for", "involving", "of"})
#: Dashes that set off a list of names ("five AI companies – A, B and C –").
_DASHES = frozenset({"–", "—", "--"})
#: Lemmas of :data:`MISREAD_VERBS` read as nouns ("manufactures" → "manufacture").
_MISREAD_LEMMAS = frozenset(
    {"design", "manufacture", "make", "develop", "produce", "sell", "supply", "build",
     "market", "distribute", "export", "fabricate", "assemble"}
)  # fmt: skip
#: Verbs whose object does what their infinitive says ("enables X to sell Y").
_ENABLING_VERBS = frozenset(
    {"help", "allow", "enable", "permit", "let", "authorize", "authorise", "assist", "license"}
)
#: Nouns of a firm that excels in a line of work ("a leader in the production of Y").
_LEADER_NOUNS = frozenset({"leader", "pioneer", "specialist", "expert"})
#: Nouns whose "that" clause says what was alleged ("allegations that it sold Y").
_ALLEGATION_NOUNS = frozenset({"allegation", "claim", "accusation", "assertion", "charge"})
#: Nouns of an amount of goods, the goods in an "of" phrase ("consignments of radios").
_AMOUNT_NOUNS = MEASURE_NOUNS | frozenset(
    {"worth", "quantity", "consignment", "batch", "lot", "dozen", "hundred", "thousand",
     "number"}
)  # fmt: skip
#: Nominals of goods moved, whose "of" object is goods: "the export of microcircuits".
_MOVED_GOODS_NOMINALS = frozenset({"export", "shipment", "re-export", "transshipment"})
#: Plural nouns of goods of no kind: "shipments of items".
_VAGUE_GOODS = frozenset({"item", "commodity", "article", "good", "thing", "order"})
#: Nouns of one's part in an act: "for its role in developing Y".
#: Nouns of an offer of a service, named by the service before them: "a satellite
#: internet plan", "a mobile data package".
_PLAN_NOUNS = frozenset({"plan", "subscription", "package", "bundle", "tariff"})
#: Verbs of lending for a fee, which provide goods only to a named firm or state:
#: "leased GPU servers to Z Co."; the tenant "rented the servers" too.
_LENDING_VERBS = frozenset({"lease", "rent"})
#: Nouns of places a firm runs: "a data center operator", "a port operator".
_PLACE_HEADS = frozenset(
    {"center", "centre", "facility", "site", "park", "port", "terminal", "mine", "field",
     "warehouse", "campus", "farm"}
)  # fmt: skip
#: Modifiers of what a firm runs for itself, which it offers no one: "its
#: compliance program", "the firm's billing system", "its internal software".
_INTERNAL_WORDS = frozenset(
    {"compliance", "internal", "accounting", "payroll", "billing", "audit", "ethics",
     "training", "recruitment", "hiring", "reporting", "bookkeeping", "monitoring"}
)  # fmt: skip
_ROLE_NOUNS = frozenset({"role", "involvement", "participation", "part"})
#: Nouns of a firm by its trade ("a facial recognition company").
_TRADE_NOUNS = frozenset({"company", "firm", "startup", "start-up"})
#: "X expanded its booking platform": a product read off a possessive pronoun,
#: stated under the lowest band (what the pronoun owns is more often run than sold).
POSSESSED_BY_PRONOUN_CONFIDENCE = 0.45
#: Heads a possessive names a part of the owner by, not a product ("Telco's unit").
_NOT_PRODUCTS = COMPANY_NOUNS | NAMING_NOUNS | {"arm", "division", "stake", "share"}


#: Lemma and label ids read_sentence compares (spaCy's ids are hashes of the strings,
#: the same in every document): no string work per token, nor per sentence.
_POSS_ID = get_string_id("poss")
_BUYING_IDS = frozenset(map(get_string_id, BUYING_VERBS))
_STATE_BUYING_IDS = frozenset(map(get_string_id, STATE_BUYING_VERBS))
_MAKING_IDS = frozenset(map(get_string_id, ("make", "build", "design", "manufacture", "produce")))
_MISREAD_IDS = frozenset(map(get_string_id, _MISREAD_LEMMAS))
#: Every lemma read_sentence acts on besides the possessive
_SENTENCE_TRIGGER_IDS = _BUYING_IDS | _STATE_BUYING_IDS | _MAKING_IDS | _MISREAD_IDS
_POSS_IDS = frozenset({_POSS_ID})
#: "X uses / deploys / operates Y" as stated: the verbs of using were right 4 of 9
#: times on the tuned-on sets (December 2026; 90% interval [0.22, 0.68], under the
#: middle band; a plan to deploy, a craft a firm operates, a clause of a condition),
#: against 0.75 for the verbs of making and selling.
USING_VERB_CONFIDENCE = 0.6


class TechnologyFrame(Frame):
    _found_by = ""
    #: items of an object list the parser hung on a fragment's name, and the "to"
    #: phrases hung there (set by _arguments, see _fragment_items)
    _fragment: frozenset[int] = frozenset()
    _fragment_to: tuple[Token, ...] = ()
    verbs = (
        frozenset(PRODUCT_VERBS)
        | frozenset(PREP_VERBS)
        | THEFT_VERBS
        | HOSTING_VERBS
        | {"contract"}
    )
    nouns = (
        RANGE_NOUNS
        | frozenset(TRADE_PARTNER_NOUNS)
        | frozenset(PROVIDER_NOUNS)
        | frozenset(FIRM_NOUNS)
        | SUPPLIER_NOUNS
        | frozenset(PRODUCT_NOMINALS)
        | {"secret"}
        | MARKET_POWER_NOUNS
        | _LINE_NOUNS
        | USER_NOUNS
        | LEADERSHIP_NOUNS
    )

    # ------------------------------------------------------------ verbs
    def read_verb(self, clause: VerbClause) -> bool:
        r, verb, lemma = self.reader, clause.verb, clause.lemma
        self._found_by = ""  # set by _arguments when the actor is found a step away
        self._fragment, self._fragment_to = frozenset(), ()
        actors, things = self._arguments(clause)
        if lemma in FIRING_VERBS and _fired(verb, things):
            return True  # "launched missiles at ships": weapons fired, no product
        if lemma in THEFT_VERBS:
            self._stolen(clause, actors, things)
            return False  # other frames may read the theft too
        if lemma == "contract":
            self._contracted_with(clause)
            return False
        if lemma in HOSTING_VERBS:
            self._hosted_for(clause, actors, things)
            return False
        if lemma in PREP_VERBS:
            word, prop = PREP_VERBS[lemma]  # "X relies on Y"
            # "relies on A and on B": the second "on" hangs on the first
            things = [t for o in _prep_phrases(verb, word) for t in conjuncts(o, _LIST_DEPS)]
            if any(r.cls(e) == "Company" for t in things for e in r.entities(t)):
                # "relies on Veltra for memory chips": the goods follow "for"
                things += [t for f in preps(verb, "for") for t in conjuncts(f, _LIST_DEPS)]
            props: tuple[str, ...] = (prop,)
        else:
            props = PRODUCT_VERBS[lemma]
        awarded = self._awarded(verb) if "provides" in props else None
        if awarded is not None:
            actors = awarded[0]  # "awarded X contracts to supply Y": X, not the awarder
        subj = subject_of(verb)
        owned = lemma in PREP_VERBS or (subj is not None and subj.lemma_.lower() in WORKS_NOUNS)
        if not actors and owned and subj is not None and subj.i not in r.index:
            # "Veltra's phones run on Y", "Veltra's factories make Y", "Orbis engineers
            # designed Y": the owner of what runs, of the plant, of the staff
            owners = [c for c in subj.children if c.dep_ in {"poss", "compound"}]
            actors = [e for c in owners for e in r.entities(c)]
        if not actors and clause.passive and "uses" not in props and subj is not None:
            # "its routers were developed in-house", "Veltra's phones are made in
            # Busan": with no agent, the owner of the goods made or sold them (not
            # so for use: "Veltra's chips are used in phones" is another's use)
            owners = [c for c in subj.children if c.dep_ == "poss"]
            actors = [e for c in owners for e in r.entities(c)]
            self._found_by = "owner" if actors else ""
        # the rule's name: the verb, and how its firm was found
        key = f"{lemma}.{self._found_by}" if self._found_by else lemma
        actors = [a for a in actors if r.cls(a) in ORG_CLASSES]
        if not actors and lemma in _GOODS_VERBS:
            # "Lin exported the goods through his company, Kestrel": the firm he used
            actors = self._front_companies(verb)
            key = f"{lemma}.through"
        if not actors and verb.tag_ in {"VBN", "VBD"} and lemma in _GOODS_VERBS:
            # "were shipped to A and then re-exported to B": A passed them on
            actors = [a for a in self._relayed_by(verb) if r.cls(a) in ORG_CLASSES]
            key = f"{lemma}.relay"
        if not actors:
            return True
        supplied = self._supplied_with(verb) if "provides" in props else []
        things += supplied  # "supplies the army with drones"
        # "to airlines such as A and B": the named ones
        to_phrases = _to_phrases(verb)
        if not to_phrases and verb.dep_ == "conj" and verb.head.pos_ in {"NOUN", "PROPN"}:
            # "… for railroads and supplies parts to Y": "to" hung on the noun joined to
            to_phrases = [t for t in _to_phrases(verb.head) if t.i > verb.i]
        if (lemma in _GOODS_VERBS or lemma in _LENDING_VERBS) and not to_phrases:
            # "exported items, such as A, to Iran": the parser may hang "to" on the goods
            to_phrases = [o for t in things for o in _to_phrases(t)] or list(self._fragment_to)
        misread = _misread_items(verb) if "uses" not in props else []
        if lemma in _GOODS_VERBS and not to_phrases:
            # "cables and signal boosters to Z", "signal" read as a verb: its "to"
            to_phrases = [o for word, _ in misread for o in _to_phrases(word)]
        receivers = [e for t in to_phrases for n in [t, *_such_as(t)] for e in r.entities(n)]
        if lemma in _LENDING_VERBS and not any(
            r.cls(e) in {"Company", "Government"} for e in receivers
        ):
            return True  # "rented the servers" (as tenant), "leases it to affiliates"
        if lemma in _GOODS_VERBS:
            # "shipped X to end users in China": the country the unnamed buyers are in
            buyers = [t for t in to_phrases if t.lemma_.lower() in _BUYER_NOUNS]
            places = [p for t in buyers for p in preps(t, "in")]
            # the parser may hang "in Iran" on the verb, right after the buyers
            lower = token_table(r.doc).lower
            places += [p for t in buyers for p in preps(verb, "in") if lower[t.i + 1] == "in"]
            buyer_countries = [e for p in places for e in r.entities(p) if self._country(e)]
        else:
            buyer_countries = []
        products: list[int] = []
        customers: list[int] = []  # "X supplies the army"
        examples: set[int] = set()  # products named as examples of a category
        plants: set[int] = set()  # products a plant built is named by
        own_made: set[int] = set()  # products their seller made ("self-developed")
        for t in things:
            if bracket_split(t) is not None:
                continue  # "design automation (EDA) software": the name goes on
            split = bracket_split(t.head) if t.dep_ == "appos" else None
            if split is not None and split.i == t.i:
                # … to the noun after the brackets, named from the first word
                whole = self.product(t, vouched=True)
                products += [whole] if whole is not None else []
                continue
            # "surveillance technology, including A and B": the kinds it names too
            listed = [p for p in self._examples_of(version_of(t)) if p not in products]
            products += listed
            examples.update(listed)
            mention = r.index.get(t.i)
            if mention is not None:
                if r.cls(mention.entity) == "Technology":
                    named = self._fuller(t, mention.entity, mention.start, mention.end)
                    if t.dep_ == "dobj" and t.head in _ing_modifiers(verb):
                        named = self._with_ing(t, named)
                    products.append(named)
                    if own_make(t):
                        own_made.add(mention.entity)  # "sells its proprietary software"
                elif (
                    lemma in _CUSTOMER_VERBS
                    and not to_phrases  # "supplies X to Z": X is the goods, Z the customer
                    and r.cls(mention.entity) in {"Government", "Company"}
                ):
                    customers.append(mention.entity)
                continue
            # a maker's or seller's list holds goods of one kind; a user's may mix in
            # what is no product ("used cameras, informants and checkpoints")
            vouched = _vouches(lemma, t) or (
                "uses" not in props and (t.i in self._fragment or self._listed_with_goods(t))
            )
            if not vouched and t.lemma_.lower() in _PART_NOUNS:
                vouched = self._parts_for_goods(t)  # "builds composite parts for drones"
            if not vouched and lemma in _GOODS_VERBS and _kind_named(t):
                # "supplies video analytics to the Ministry": goods a named buyer gets
                vouched = any(r.cls(e) in {"Government", "Company"} for e in receivers)
            product = self.product(version_of(t), vouched=vouched)
            if product is not None and lemma in {"build", "construct"} and _one_thing(t):
                product = None  # "the cable will be built by X": one project, no product
            if product is not None and t.dep_ == "dobj" and t.head in _ing_modifiers(verb):
                product = self._with_ing(t, product)
            if product is not None:
                products.append(product)
                if own_make(version_of(t)):
                    own_made.add(product)  # "supplied its self-developed equipment"
            elif t.lemma_.lower() in PLANT_NOUNS and lemma in {"build", "construct"}:
                # "build a new memory chip factory": the plant makes the product
                made = [p for p in self._plant_product(t) if self._specific(p)]
                products += made
                plants.update(made)
            else:
                # "a variety of products, including A and B": the named examples
                listed = self._examples_of(version_of(t)) or self._examples_of(t)
                products += listed
                examples.update(listed)
        for first, item in misread:
            # "makes sensors and stabilized gimbals": the last item, from its first word;
            # a product noun it must be ("and hired engineers": a real verb's object)
            bounds = product_bounds(item)
            if bounds is not None and bounds[0] > first.i:
                products.append(self.technology(r.doc[first.i : bounds[1]]))
        if (supplied or lemma != "supply") and not products:
            customers = []  # "supplied X with capital", "provided X with training"
        # "a contract with Y to supply ore": goods, though no product ("training" none)
        moved = lemma in _GOODS_VERBS and any(t.lemma_.lower() not in NOT_GOODS for t in things)
        if awarded is not None and (products or moved):
            customers += [c for c in awarded[1] if c not in customers]  # who awarded it
        if products and "provides" in props:
            customers += [c for c in self._goods_users(clause) if c not in customers]
        if any(t.lemma_.lower() in _DIVESTED for t in things):
            receivers = []  # "sold its phone business to Z": a sale of the firm's part
        if not (products or customers or receivers):
            return True
        served = self._services_run(lemma, things)
        # asked only now: on a sentence of thousands of verbs it reads their whole chain
        if clause.modality == "negated" or _alleged_content(verb):
            return True  # "has not made or sold any garments", "allegations that it sold"
        for a in actors:
            for customer in customers:
                r.fact(a, "supplies", customer, clause.sent, f"verb.supplies.{key}.v1", 0.65)
        # goods change hands in "sells/ships X to Z"; "provides advice to Z" supplies no one
        goods = lemma in _GOODS_VERBS or bool(products)
        for a in actors:
            if "uses" not in props and r.cls(a) == "Government":
                continue  # a state that develops or offers something is no vendor
            if "provides" in props and goods:
                for rec in receivers:
                    if r.cls(rec) in {"Government", "Company"}:
                        r.fact(
                            a, "supplies", rec, clause.sent, f"verb.supplies.{key}.v1", 0.7,
                            clause.modality,
                        )  # fmt: skip
                    elif products and lemma in _GOODS_VERBS and self._country(rec):
                        # "exported the circuits to Iran": goods sold into a country
                        r.fact(
                            a, "supplies", rec, clause.sent, f"verb.supplies.{key}.country.v1",
                            0.6, clause.modality,
                        )  # fmt: skip
            if products and "provides" in props:
                for country in buyer_countries:
                    rule = f"verb.supplies.{key}.buyers.v1"
                    r.fact(a, "supplies", country, clause.sent, rule, 0.6, clause.modality)
            for p in products:
                for prop in props:
                    if prop == "uses" and p in served and r.cls(a) == "Company":
                        prop = "provides"  # "apps operated by X": X offers them
                    if p in examples:
                        rule, confidence = f"verb.{prop}.{key}.including.v1", 0.7
                    elif p in plants:
                        rule, confidence = f"verb.{prop}.{key}.plant.v1", 0.65
                    else:
                        rule = f"verb.{prop}.{key}.v1"
                        confidence = USING_VERB_CONFIDENCE if prop == "uses" else 0.75
                    if key != lemma:
                        # the firm a person used, or one an agency punished: a step removed
                        confidence = 0.65
                    r.fact(a, prop, p, clause.sent, rule, confidence, clause.modality)
                if p in own_made and "develops" not in props:
                    rule = f"verb.develops.{key}.own.v1"
                    r.fact(a, "develops", p, clause.sent, rule, 0.7, clause.modality)
        if "uses" in props and products:
            self._used_from(clause, actors, things, products)
            if lemma in PREP_VERBS:
                self._relied_on(clause, actors, things, products)
        if products and "uses" not in props:
            self._made_for(clause, actors, things)
        return True

    def _awarded(self, verb: Token) -> tuple[list[int], list[int]] | None:
        """The holders and awarders of a contract "to supply Y" (see
        :mod:`~kg.extract.frames.technology_awards`), as entities; None when the
        infinitive serves no award or names no holder."""
        parties = award_parties(verb)
        if parties is None:
            return None
        r = self.reader
        holders = [e for t in parties.holders for e in r.entities(t) or self._short_names(t)]
        if not holders:
            return None
        self._found_by = "award"
        buyers = [e for t in parties.customers for e in r.entities(t) or self._short_names(t)]
        return holders, [
            e for e in buyers if e not in holders and r.cls(e) in {"Company", "Government"}
        ]

    def _goods_users(self, clause: VerbClause) -> list[int]:
        """ "Z will use cable supplied by X", "Z bought drones sold by X": who uses or
        buys the goods a participle says X supplied is X's customer."""
        verb = clause.verb
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.dep_ != "dobj":
            return []
        taker = verb.head.head
        lemma = taker.lemma_.lower()
        if PRODUCT_VERBS.get(lemma) != ("uses",) and lemma not in BUYING_VERBS:
            return []
        r = self.reader
        users = r.entities(subject_of(taker)) or self._short_names(subject_of(taker))
        return [u for u in users if r.cls(u) in {"Company", "Government"}]

    def _supplied_with(self, verb: Token) -> list[Token]:
        """The goods of "supplied X with Y": the "with" phrase, through an amount
        ("with hundreds of drones"), its list, and the goods an "along with" phrase
        adds ("…, along with radios"), not a firm it names ("along with Orbit")."""
        r = self.reader
        with_goods = [_goods_of_amount(o) for o in preps(verb, "with")]
        if not with_goods:
            return []
        along = [
            t
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "along"
            for t in preps(c, "with")
        ]
        items = [version_of(t) for o in with_goods for t in conjuncts(o, _LIST_DEPS)]
        for o in along:
            items += [
                version_of(t)
                for t in conjuncts(_goods_of_amount(o), _LIST_DEPS)
                if t.i not in r.index or r.cls(r.index[t.i].entity) == "Technology"
            ]
        return items

    def _services_run(self, lemma: str, things: list[Token]) -> set[int]:
        """The services among ``things`` that a firm operating them offers to others
        ("websites and applications operated by X", "X operates a messaging
        platform"): for such goods "operate" says provides, not uses."""
        if lemma != "operate":
            return set()
        return {
            p
            for t in things
            if version_of(t).lemma_.lower() in SERVICE_HEADS
            for p in self._thing(version_of(t))
        }

    def _stolen(self, clause: VerbClause, thieves: list[int], things: list[Token]) -> None:
        """ "Sinara Corp stole wind turbine technology from Veltra", "software stolen
        from Veltra by Sinara": the firm that took a technology uses it, and the firm
        it was taken from develops it (a person who steals it is no user: his firm
        may be named elsewhere)."""
        r = self.reader
        if clause.modality == "negated":
            return
        products = [p for t in things for p in self._thing(t)]
        if not products:
            return
        for thief in thieves:
            if r.cls(thief) == "Company":
                for p in products:
                    rule = f"verb.uses.{clause.lemma}.v1"
                    r.fact(thief, "uses", p, clause.sent, rule, 0.7, clause.modality)
        # "stole Y from Z": "from" on the verb, or on the goods as the parser may hang it
        sources = [f for t in [clause.verb, *things] for f in preps(t, "from")]
        for owner in (e for f in sources for e in r.entities(f)):
            if r.cls(owner) == "Company" and owner not in thieves:
                for p in products:
                    # 1 of 2 on the tuned-on sets (doj_007's gold folds the technology
                    # into the turbines it names)
                    rule = f"verb.develops.{clause.lemma}.from.v1"
                    r.fact(owner, "develops", p, clause.sent, rule, 0.5, clause.modality)

    def _contracted_with(self, clause: VerbClause) -> None:
        """ "Sinara Corp had contracted with Veltra for $80 million in products and
        services": the firm contracted with supplies the one that contracted."""
        r, verb = self.reader, clause.verb
        if clause.passive or clause.modality == "negated":
            return
        named = clause.subjects or self._short_names(subject_of(verb))
        buyers = [e for e in named if r.cls(e) in {"Company", "Government"}]
        partners = [
            e for w in preps(verb, "with") for e in r.entities(w) or self._same_name(w)
        ]  # fmt: skip
        sellers = [e for e in partners if r.cls(e) == "Company"]
        if not (buyers and sellers and _names_goods(preps(verb, "for"))):
            return
        for seller in sellers:
            for buyer in buyers:
                if buyer != seller:
                    rule = "verb.supplies.contract.with.v1"
                    r.fact(seller, "supplies", buyer, clause.sent, rule, 0.6, clause.modality)

    def _hosted_for(self, clause: VerbClause, hosts: list[int], things: list[Token]) -> None:
        """ "X, which hosts user data for Y and Z", "stores customer records for Y": a
        firm that runs data or sites for a named firm or state supplies it."""
        r, verb = self.reader, clause.verb
        if clause.modality == "negated" or not any(
            t.lemma_.lower() in HOSTED_NOUNS for t in things
        ):
            return
        hosts = [h for h in hosts if r.cls(h) == "Company"]
        if not hosts and verb.dep_ == "relcl" and verb.head.dep_ == "pobj":
            # "X, a provider of cloud services that hosts data for Y": the parser hangs
            # the clause on the services; a service does not host, its provider does
            provider = verb.head.head.head
            if provider.lemma_.lower() in PROVIDER_NOUNS and provider.dep_ == "appos":
                anchor = self._appositive_anchor(provider)
                hosts = [anchor] if anchor is not None else []
        fors = preps(verb, "for") + [f for t in things for f in preps(t, "for")]
        clients = [e for t in fors for c in conjuncts(t) for e in r.entities(c)]
        rule = f"verb.supplies.{clause.lemma}.for.v1"
        for host in hosts:
            for client in clients:
                if client != host and r.cls(client) in {"Company", "Government"}:
                    r.fact(host, "supplies", client, clause.sent, rule, 0.6, clause.modality)

    def _relied_on(
        self, clause: VerbClause, users: list[int], things: list[Token], products: list[int]
    ) -> None:
        """ "the army relies on Veltra for drones", "X depends on Y for chips": the
        firm relied on supplies the user and provides the goods."""
        r = self.reader
        sources = [e for t in things for e in r.entities(t) if r.cls(e) == "Company"]
        for source in sources:
            rule = f"verb.supplies.{clause.lemma}.for.v1"
            for user in users:
                if user != source and r.cls(user) in {"Company", "Government"}:
                    r.fact(source, "supplies", user, clause.sent, rule, 0.6, clause.modality)
            for p in products:
                rule = f"verb.provides.{clause.lemma}.for.v1"
                r.fact(source, "provides", p, clause.sent, rule, 0.6, clause.modality)

    def _made_for(self, clause: VerbClause, makers: list[int], things: list[Token]) -> None:
        """ "TSMC manufactures chips for Apple and Nvidia", "builds satellites for
        NASA": a firm that makes or sells goods for a named state or firm supplies it
        ("for use in …" is another's use, and "for $2m" names no one). "for" hangs
        on the verb or on the goods."""
        r = self.reader
        fors = preps(clause.verb, "for") + [f for t in things for f in preps(t, "for")]
        clients = [
            e
            for t in fors
            if t.lower_ != "use"
            for c in conjuncts(t)
            for e in r.entities(c)
            if r.cls(e) in {"Government", "Company"}
        ]
        rule = f"verb.supplies.{clause.lemma}.for.v1"
        for maker in makers:
            if r.cls(maker) != "Company":
                continue
            for client in clients:
                if client != maker:
                    r.fact(maker, "supplies", client, clause.sent, rule, 0.6, clause.modality)

    def _front_companies(self, verb: Token) -> list[int]:
        """ "exported A through his company, Kestrel Corp.", "via Kestrel", "used
        Kestrel to ship A": the firm a person moved the goods with."""
        r = self.reader
        means = preps(verb, "through") + preps(verb, "via")
        if verb.dep_ in {"xcomp", "advcl"} and verb.head.lemma_.lower() == "use":
            means += children(verb.head, "dobj")  # "used Kestrel to export A"
        found = [e for t in means for e in r.entities(t)]
        for t in means:  # "through his company, Kestrel Corp.": the name in apposition
            found += [e for c in t.children if c.dep_ == "appos" for e in r.entities(c)]
        return [e for e in dict.fromkeys(found) if r.cls(e) == "Company"]

    def _specific(self, entity: int) -> bool:
        """A technology named by more than one common word or by an acronym ("memory
        chip", "MMIC"): "a chip plant" says too little of what it makes."""
        name = self.reader.clusters[entity].name
        return len(name.split()) > 1 or name.isupper()

    def _plant_product(self, plant: Token) -> list[int]:
        """ "a memory chip factory", "a MMIC manufacturing facility": the product a
        plant noun names before it."""
        r = self.reader
        before = r.doc[plant.i - 1] if plant.i > 0 else None
        if before is None or before.dep_ != "compound" or before.head.i != plant.i:
            return []
        if before.lemma_.lower() in MAKING_NOMINALS:
            return self._compound_product(before)  # "chip manufacturing plant"
        return self._technology_at(before)

    def _technology_at(self, word: Token) -> list[int]:
        """The Technology a modifier word names: its entity when it is in one (none
        when that entity is not a Technology), else the product phrase it starts."""
        r = self.reader
        held = r.index.get(word.i)
        if held is not None:
            return [held.entity] if r.cls(held.entity) == "Technology" else []
        bounds = product_bounds(word)
        return [self.technology(r.doc[bounds[0] : bounds[1]])] if bounds is not None else []

    def _examples_of(self, noun: Token) -> list[int]:
        """ "products, including A and B", "items such as A", "technologies like A":
        the Technology entities a category noun gives as its examples."""
        if noun.lemma_.lower() not in CATEGORY_NOUNS:
            return []
        listed = [c for t in _such_as(noun) for c in conjuncts(t, _LIST_DEPS)]
        return [p for c in listed for p in self._thing(c, True)]

    def _used_from(
        self, clause: VerbClause, users: list[int], things: list[Token], products: list[int]
    ) -> None:
        """ "X uses chips from Y", "X relies on software from Y": Y supplies X and
        provides what X uses."""
        r, verb = self.reader, clause.verb
        # each thing with its own "from"; the verb's "from" only when one thing is used
        pairs = [(f, self._thing(t)) for t in things for f in preps(t, "from")]
        if len(products) == 1:
            pairs += [(f, products) for f in preps(verb, "from")]
        for source, used in pairs:
            for seller in (e for e in r.entities(source) if r.cls(e) == "Company"):
                rule = f"verb.supplies.{clause.lemma}.from.v1"
                for user in users:
                    if user != seller and r.cls(user) in {"Company", "Government"}:
                        r.fact(seller, "supplies", user, clause.sent, rule, 0.6, clause.modality)
                for p in used:
                    r.fact(
                        seller, "provides", p, clause.sent,
                        f"verb.provides.{clause.lemma}.from.v1", 0.6, clause.modality,
                    )  # fmt: skip

    def _country(self, entity: int) -> bool:
        """A country named as a place ("Iran", "the PRC")."""
        cluster = self.reader.clusters[entity]
        if cluster.cls != "Location":
            return False
        names = {cluster.name} | set(cluster.aliases)
        return bool(names & COUNTRY_NAMES) or any(
            m.doc[m.start].ent_type_ == "GPE" and token_table(m.doc).text[m.start].isupper()
            for m in cluster.mentions
        )

    def _arguments(self, clause: VerbClause) -> tuple[list[int], list[Token]]:
        """Who acts, and the words naming what they act on: active ("X makes Y"),
        passive ("Y was made by X", "… and sold by Z") and participial ("Y made by X")."""
        verb = clause.verb
        if clause.passive or (verb.tag_ == "VBN" and any(c.dep_ == "agent" for c in verb.children)):
            if clause.passive:
                subj = _passive_subject(verb)
                things = conjuncts(subj, _LIST_DEPS) if subj is not None else []
            elif verb.dep_ == "acl":
                things = conjuncts(verb.head, _LIST_DEPS)  # "clothing made by X"
            elif verb.dep_ == "conj" and is_passive(verb.head):
                subj = _passive_subject(verb.head)  # "were made by X and sold by Y"
                things = conjuncts(subj) if subj is not None else []
            elif verb.dep_ == "conj" and verb.head.dep_ == "acl":
                things = conjuncts(verb.head.head)  # "made by X and sold by Y"
            else:
                things = []
            agents = clause.agents or [e for a in agents_of(verb) for e in self._short_names(a)]
            if not agents and clause.passive:
                # "were designed and sold by X": the agent of the verb joined to it
                agents = [e for a in _joined_agents(verb) for e in self.reader.entities(a)]
                self._found_by = "joined" if agents else ""
            return agents, things
        misread = _goods_it_makes(verb)
        if misread is not None:
            # "X Co., for the terminals it manufactures", the parser making the firm
            # the verb's object: the firm made the goods
            firm, made = misread
            return self.reader.entities(firm), [version_of(t) for t in conjuncts(made)]
        objects = [o for o in children(verb, "dobj") if not relative_pronoun(o)]
        if objects and all(o.lower_ in _GOODS_PRONOUNS for o in objects) and verb.dep_ == "conj":
            # "obtained the chips from Z and resold them to Y": what the first verb took
            objects = [o for o in children(verb.head, "dobj") if o.lower_ not in _GOODS_PRONOUNS]
        elif objects and all(o.lower_ in _GOODS_PRONOUNS for o in objects) and verb.dep_ == "relcl":
            # "sells Y to Z, which uses them": the goods that went to the antecedent
            objects = _goods_passed_to(verb.head) or objects
        if not objects:
            # "develops superconducting quantum computers": an -ing modifier read as a
            # verb of its own, with the goods its object
            objects = [o for c in _ing_modifiers(verb) for o in children(c, "dobj")]
        if not objects:
            # "made or sold coats": the object of the verb joined to it, the next one
            # only ("designs and makes X and supplies Y": Y is no design of its)
            joined = [c for c in verb.children if c.dep_ == "conj" and children(c, "dobj")]
            objects = children(joined[0], "dobj") if joined else []
        if not objects:
            objects = relative_object(verb)  # "the turbines that X made and sold"
        actors = (
            clause.subjects
            or self._short_names(subject_of(verb))
            or self._listed_subjects(verb)
            or self._described(verb)
            or self._joined_to_noun(verb)
        )
        actors = actors + [e for e in self._apposed_list(verb) if e not in actors]
        if not actors and verb.dep_ in {"xcomp", "ccomp"}:
            actors = self._enabled(verb)
        # "X, a Montana startup that uses Y": the parser may join the noun to the verb
        # before, not to X; a firm noun right after X's comma describes X all the same
        # ("… that uses Y to deliver Z": the relative clause's subject delivers too)
        rel = verb.head if verb.dep_ == "xcomp" and verb.head.dep_ == "relcl" else verb
        # (a singular one: "A and B, firms that make Y" is the list's)
        if rel.dep_ == "relcl" and (
            rel.head.dep_ == "appos"
            or (rel.head.lemma_.lower() in _TRADE_NOUNS and rel.head.tag_ == "NN")
        ):
            named = self._appositive_anchor(rel.head)
            actors = [named] if named is not None else actors
        elif rel.dep_ == "relcl" and rel.head.pos_ == "PROPN":
            # "X, a contractor based in Mobile, Alabama, that builds Y": the parser
            # hangs the clause on the firm's seat
            seated = _seated_firm_noun(rel.head)
            named = self._appositive_anchor(seated) if seated is not None else None
            actors = [named] if named is not None else actors
        # "signed a deal to supply Y": the parser may read the infinitive as a relative
        infinitive = verb.dep_ == "relcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
        )
        if not actors and (verb.dep_ == "acl" or infinitive) and verb.head.pos_ == "NOUN":
            # "its plans to introduce Y", "Veltra's decision to sell Y": the owner of the
            # plan; "in order to build Y": the subject of the clause it serves
            noun = verb.head
            owners = [e for c in noun.children if c.dep_ == "poss" for e in self.reader.entities(c)]
            if not owners and noun.lower_ == "order" and noun.head.lower_ == "in":
                subj = subject_of(noun.head.head)
                owners = self.reader.entities(subj) or self._short_names(subj)
            elif not owners and noun.lemma_.lower() in DEAL_NOUNS and noun.dep_ == "dobj":
                owners = self.reader.entities(subject_of(noun.head))  # "won a contract to"
            actors = owners
        if not actors and verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
            # "X opened a store after launching Y": the subject of the clause it modifies
            main = verb.head.head
            if main.lemma_.lower() in _ROLE_NOUNS and verb.head.lower_ == "in":
                # "added X to the Entity List for its role in developing Y": the one
                # punished for the role, else the role's holder ("X's role in making Y")
                holders = self._role_holders(main)
                if holders:
                    self._found_by = "target"
                    return holders, [
                        version_of(t) for o in objects for t in conjuncts(o, _LIST_DEPS)
                    ]
            if main.dep_ == "acomp" and main.lemma_.lower() == "guilty":
                main = main.head  # "X pleaded guilty to exporting Y": who pleaded
            if main.dep_ == "dobj" and main.head.lemma_.lower() in _BLAME_VERBS:
                # "convicted X of exporting Y", the parser hanging "of" on X: X did it
                actors, self._found_by = self.reader.entities(main), "target"
            else:
                actors = self.reader.entities(subject_of(main))
            if not actors and main.lemma_.lower() == "business" and verb.head.lower_ == "of":
                # "X is (engaged) in the business of selling Y": the firm whose trade it is
                actors = self.reader.entities(subject_of(clause_verb(main)))
            blamed = verb.head.lower_ in {"of", "with"} and main.lemma_.lower() in _BLAME_VERBS
            if (
                (verb.head.lower_ == "for" or blamed)
                and main.pos_ == "VERB"
                and not is_passive(main)
            ):
                # "Treasury designated X for supplying Y", "added X to the Entity List
                # for selling Y": the one punished for it is the object, not the agency
                objects_of_main = children(main, "dobj") + children(main, "dative")
                punished = [e for o in objects_of_main for e in self.reader.entities(o)]
                if punished:
                    actors, self._found_by = punished, "target"
        goods = [_goods_of_amount(o) for o in objects]  # "shipped $5 million in chips"
        things = [version_of(t) for o in goods for t in conjuncts(o, _LIST_DEPS)]
        rest = _fragment_items(verb, things)
        if rest:
            self._fragment = frozenset(t.i for t in rest)
            anchor, last = verb.head.head, max(t.i for t in rest)
            self._fragment_to = tuple(t for t in _to_phrases(anchor) if t.i > last)
        return actors, things + rest

    def _role_holders(self, role: Token) -> list[int]:
        """Whose part a role noun names: the object a verb punishes "for its role"
        ("designated X for its role in …"), else the noun's owner ("X's involvement
        in …")."""
        r = self.reader
        if role.dep_ == "pobj" and role.head.lower_ == "for" and role.head.head.pos_ == "VERB":
            punisher = role.head.head
            punished = [
                e for o in children(punisher, "dobj", "nsubjpass") for e in r.entities(o)
            ]  # fmt: skip
            if punished:
                return punished
        return [e for c in role.children if c.dep_ == "poss" for e in r.entities(c)]

    def _short_names(self, token: Token | None) -> list[int]:
        """ "Sinovel" for "Sinovel Wind Group Co. Ltd.": a bare proper name the text
        left unlinked that begins one company's name (the most named, if several)."""
        r = self.reader
        if token is None or token.pos_ != "PROPN" or token.i in r.index:
            return []
        prefix = token.text + " "
        found = [
            i
            for i, c in enumerate(r.clusters)
            if c.cls in _COMPANY_CLASSES
            and (c.name.startswith(prefix) or any(a.startswith(prefix) for a in c.aliases))
        ]
        if len(found) > 1:
            # "Sinovel Corporation" in a title, "Sinovel Wind Group Co. Ltd." in the text:
            # the one the text names most, if one does
            counts = sorted((len(r.clusters[i].mentions), i) for i in found)
            found = [counts[-1][1]] if counts[-1][0] > counts[-2][0] else []
        return found

    def _same_name(self, token: Token) -> list[int]:
        """ "AMSC" where the tagger left this one unlinked: the one company the
        article names so elsewhere, else by a name it begins (:meth:`_short_names`)."""
        r = self.reader
        if token.pos_ != "PROPN" or token.i in r.index:
            return []
        same = [
            i
            for i, c in enumerate(r.clusters)
            if c.cls in _COMPANY_CLASSES and (c.name == token.text or token.text in c.aliases)
        ]
        return same if len(same) == 1 else self._short_names(token)

    def _described(self, verb: Token) -> list[int]:
        """ "X is a company that develops Y": the company a relative clause's noun
        describes ("that" stands for "a company", which is X)."""
        clause = verb
        while clause.dep_ == "conj" and clause.head.pos_ in {"VERB", "AUX"}:
            clause = clause.head
        subj = subject_of(clause)
        if clause.dep_ != "relcl" or subj is None or not relative_pronoun(subj):
            return []
        noun = clause.head
        if noun.lemma_.lower() not in NAMING_NOUNS and noun.lemma_.lower() not in FIRM_NOUNS:
            return []  # "X is a chipmaker that produces Y" as "a company that"
        return self._named_by(noun)

    def _joined_to_noun(self, verb: Token) -> list[int]:
        """ "X makes engines for railroads and supplies parts to Y": a verb the parser
        joined to the last noun of the clause before; its subject is that clause's
        (through a first verb it misread as a noun: "X Inc. designs and …")."""
        if verb.dep_ != "conj" or verb.head.pos_ not in {"NOUN", "PROPN"}:
            return []
        if not verb.tag_.startswith("VB") or verb.tag_ in {"VBG", "VBN"}:
            return []
        r, word = self.reader, verb.head
        for _ in range(4):
            if word.dep_ == "ROOT" or word.head.i == word.i:
                break
            word = word.head
            if word.pos_ in {"VERB", "AUX"}:
                return r.entities(subject_of(word)) or self._short_names(subject_of(word))
        lower = token_table(r.doc).lower
        if word.tag_ == "NNS" and lower[word.i] in MISREAD_VERBS and word.i > 0:
            firm = r.index.get(word.i - 1)  # "Veltra Inc. designs …", read as a noun
            if firm is not None and r.cls(firm.entity) == "Company":
                return [firm.entity]
        return []

    def _enabled(self, verb: Token) -> list[int]:
        """ "the deal enables Orbis Inc to sell drones", "helped Veltra Corp build
        chips": the firm a verb of enabling names as its object does the selling or
        building (the parser may hang the firm as an object or a clause)."""
        control = verb.head
        if control.lemma_.lower() not in _ENABLING_VERBS:
            return []
        named = [c for c in control.children if c.dep_ in {"dobj", "ccomp"} and c.i != verb.i]
        return [e for c in named for e in self.reader.entities(c)]

    def _apposed_list(self, verb: Token) -> list[int]:
        """ "Veltra Corp, Orbis Inc and Kestrel Ltd make chips": the parser may hang
        the second name on the first as an apposition, with the rest joined to it; a
        plural verb or a joined name says they are a list, not a description ("Veltra
        Corp, an Orbis Inc unit, makes chips").

        >>> from kg.extract.pipeline import load_pipeline
        >>> from kg.extract.extractor import extract_doc
        >>> from kg.model import Article
        >>> text = "Veltra Corp, Orbis Inc and Kestrel Ltd make memory chips."
        >>> result = extract_doc(load_pipeline()(text), Article(id="a", text=text))
        >>> names = {e.key: e.name for e in result.entities}
        >>> sorted(names[f.subject] for f in result.facts if f.predicate == "develops")
        ['Kestrel Ltd', 'Orbis Inc', 'Veltra Corp']
        """
        r = self.reader
        subj = subject_of(verb)
        if subj is None or subj.pos_ != "PROPN":
            return []
        found: list[int] = []
        for appos in subj.children:
            if appos.dep_ != "appos" or appos.pos_ != "PROPN" or appos.i not in r.index:
                continue
            joined = any(c.dep_ == "conj" for c in appos.children)
            if not joined and verb.tag_ not in {"VBP", "VB"}:
                continue
            if verb.tag_ == "VB" and any(c.dep_ == "aux" for c in verb.children):
                continue  # "will make": no number in the verb
            found += [e for e in r.entities(appos) if r.cls(e) in _COMPANY_CLASSES]
        return found

    def _listed_subjects(self, verb: Token) -> list[int]:
        """ "Companies such as X and Y develop Z", "AI firms, including X, build Z": the
        companies a plural company noun lists act for it."""
        subj = subject_of(verb)
        if subj is None or subj.tag_ != "NNS" or subj.lemma_.lower() not in COMPANY_NOUNS:
            return []
        return [e for t in _such_as(subj) for e in self.reader.entities(t)]

    def _appositive_anchor(self, appos: Token) -> int | None:
        """ "… at Dow, a company based in X that provides Y": the organisation named
        just before the appositive's comma (the parser often hangs it elsewhere)."""
        r = self.reader
        comma = appos.left_edge.i - 1
        text = token_table(r.doc).text
        if comma < 1 or text[comma] != ",":
            return None
        before = comma - 1
        if text[before] == ")":
            # "X (Russia), a data broker that …": the firm's country in brackets
            opening = next(
                (k for k in range(before - 1, max(before - 5, 0), -1) if text[k] == "("), None
            )
            before = opening - 1 if opening is not None else before
        mention = r.index.get(before)
        if mention is None or r.cls(mention.entity) not in _COMPANY_CLASSES:
            return None
        return mention.entity

    # ------------------------------------------------------------ nouns
    def read_noun(self, noun: Token, sent: Span) -> None:
        word = noun.lemma_.lower()
        if word == "secret":
            self._trade_secret(noun, sent)
            return
        if word in LEADERSHIP_NOUNS:
            self._leadership(noun, sent)
        if word in MARKET_POWER_NOUNS:
            self._market_power(noun, sent)
            if word not in PRODUCT_NOMINALS and word not in FIRM_NOUNS:
                return
        if word == "use" and noun.dep_ == "pobj" and noun.head.lower_ == "for":
            self._for_use(noun, sent)
        if word in PRODUCT_NOMINALS:
            self._nominal(noun, PRODUCT_NOMINALS[word], sent)
        if word in TRADE_PARTNER_NOUNS:
            self._trade_partners(noun, TRADE_PARTNER_NOUNS[word], sent)
        if word in RANGE_NOUNS:
            self._range_includes(noun, sent)
        companies = self._named_by(noun)
        if not companies and word in _LINE_NOUNS:
            # "Apple's e-book business", "Veltra's memory chip unit": the owner sells them
            r = self.reader
            owners = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
            owners = [e for e in owners if r.cls(e) == "Company"]
            if owners and modality(noun, sent) != "negated":
                self._firm_words(noun, owners, "provides", sent, "nominal.provides.business.v1")
            return
        if not companies:
            return
        if word in PROVIDER_NOUNS:
            self._provider_of(noun, companies, PROVIDER_NOUNS[word], sent)
        elif word in USER_NOUNS and not any(c.lower_ == "end" for c in noun.children):
            # "a major user of Y"; not "the end user of Y", the recipient an export
            # licence declares (often falsely, in export cases); the operator of an
            # app or a platform offers it to others, as the verb says (_services_run)
            runs = word == "operator" and any(
                version_of(c).lemma_.lower() in SERVICE_HEADS
                for t in preps(noun, "of")
                for c in conjuncts(t)
            )
            self._provider_of(noun, companies, "provides" if runs else "uses", sent)
        if word in FIRM_NOUNS or word in SUPPLIER_NOUNS:
            # "a Pentagon contractor": a supplier noun that names no goods
            self._firm_words(noun, companies, FIRM_NOUNS.get(word, "provides"), sent)
        if word in _TRADE_NOUNS or word == "startup":
            self._behind(noun, companies, sent)

    def _leadership(self, noun: Token, sent: Span) -> None:
        """ "This will boost U.S. leadership in wireless technologies", "our Nation's
        leadership in the research and manufacturing of semiconductors", "keep the
        United States the leader in the industries of tomorrow, including AI": who
        holds the lead in a technology develops it. A country holding it is the
        state acting; the release's "our Nation" is its own state."""
        r = self.reader
        holders = [c for c in noun.children if c.dep_ in {"poss", "compound"}]
        owners: list[int] = []
        for adjective in children(noun, "amod", "compound"):
            country = nationality_country(adjective)  # "American leadership in AI"
            owners += [r.country(country)] if country is not None else []
        if noun.dep_ == "oprd":
            holders += children(noun.head, "dobj")  # "keep the United States the leader"
        elif noun.dep_ == "attr" or (
            noun.dep_ == "dobj" and noun.head.lemma_.lower() in HOLDING_VERBS and not holders
        ):
            # "X is the leader in Y", "X seeks leadership in Y", "for X to retain ..."
            holders += [t for t in [subject_of(noun.head)] if t is not None]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "at":
            # "X has long been at the forefront of Y innovation"
            holders += [t for t in [subject_of(noun.head.head)] if t is not None]
        for holder in holders:
            if holder.lower_ in OWN_NATION_WORDS:  # the NER may call "Nation" a firm
                state = r.state()
                owners += [state] if state is not None else []
            else:
                owners += r.entities(holder)
        owners = [e for e in owners if r.cls(e) in ORG_CLASSES or self._country(e)]
        fields = preps(noun, "in", "of")
        nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if nxt is not None and nxt.lower_ == "in" and nxt.head == noun.head:
            fields += [o for o in nxt.children if o.dep_ == "pobj"]  # "in" hung on the verb
        things = [t for f in fields for t in conjuncts(f)]
        # "the research, development and manufacturing of Y": the work's "of" names Y;
        # "Y innovation": the words before it
        work = [t for t in things if t.lemma_.lower() in FIELD_WORK_NOUNS]
        things += [o for t in work for o in preps(t, "of")]
        things += [c for t in work for c in t.children if c.dep_ in {"compound", "nmod"}]
        things += [t for e in preps(noun, "including") for t in conjuncts(e)]
        # a technology by the typing or by a technical head ("solid-state batteries");
        # not any product word: "spirit" is a drink's word too
        products = list(
            dict.fromkeys(
                p
                for t in things
                for c in conjuncts(t)
                if c.i in r.index or c.lower_ in TECH_PHRASE_HEADS | GOODS
                for p in self._thing(c)
            )
        )
        if not owners or not products or modality(noun, sent) == "negated":
            return
        for owner in owners:
            r.promote(owner)  # a country with a lead in a technology is the state
            for p in products:
                r.fact(owner, "develops", p, sent, "nominal.develops.leadership.v1", 0.7)

    def _behind(self, noun: Token, companies: list[int], sent: Span) -> None:
        """ "Orbis Inc, the company behind the Helix chatbot": the firm behind a
        product made it."""
        r = self.reader
        products = [p for t in preps(noun, "behind") for c in conjuncts(t) for p in self._thing(c)]
        if not products or modality(noun, sent) == "negated":
            return
        for company in companies:
            for p in products:
                r.fact(company, "develops", p, sent, "nominal.develops.behind.v1", 0.65)

    def _range_includes(self, noun: Token, sent: Span) -> None:
        """ "X's products include Y and Z", "X, whose products include Y": X provides
        them."""
        r = self.reader
        if noun.dep_ != "nsubj" or noun.head.lemma_ != "include" or noun.tag_ != "NNS":
            return
        owners: list[int] = []
        for c in noun.children:
            if c.dep_ != "poss":
                continue
            if c.lower_ == "whose":
                antecedent = relative_antecedent(c)
                owners += r.entities(antecedent) if antecedent is not None else []
            elif c.pos_ != "PRON":
                owners += r.entities(c)
        things = [
            p for o in children(noun.head, "dobj") for t in conjuncts(o, _LIST_DEPS)
            for p in self._thing(t, True)
        ]  # fmt: skip
        if not things or modality(noun.head, sent) == "negated":
            return
        for owner in owners:
            if r.cls(owner) in _COMPANY_CLASSES:
                for p in things:
                    r.fact(owner, "provides", p, sent, "nominal.provides.range.v1", 0.7)

    def _trade_partners(self, noun: Token, owner_sells: bool, sent: Span) -> None:
        """ "X's customers include A and B" (X supplies them), "its suppliers include
        A" (A supplies X), "A, a customer of X" (X supplies A), "its largest customer
        is A" (the owner supplies A)."""
        r = self.reader
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "include":
            # a named owner only: "its customers" points back too loosely; "X, whose
            # customers include A": the firm the clause describes
            owner_tokens = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            owner_tokens += [
                a
                for c in noun.children
                if c.dep_ == "poss" and c.lower_ == "whose"
                for a in [relative_antecedent(c)]
                if a is not None
            ]
            others = [e for o in children(noun.head, "dobj") for e in r.entities(o)]
        elif noun.dep_ in {"appos", "attr"} and noun.tag_ == "NN":
            owner_tokens = preps(noun, "of")
            others = self._named_by(noun)
        elif noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            # "Its biggest customer is A", "Veltra's main suppliers are A and B"
            owner_tokens = [c for c in noun.children if c.dep_ == "poss"]
            others = [e for o in children(noun.head, "attr") for e in r.entities(o)]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
            # "A is one of Veltra's biggest customers"
            one = noun.head.head
            owner_tokens = [c for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON"]
            others = r.entities(subject_of(one.head)) if one.dep_ == "attr" else []
        elif noun.dep_ == "pobj" and noun.head.lower_ == "among":
            # "Veltra counts A and B among its customers": "its" is the subject's
            verb = noun.head.head
            owned = any(c.dep_ == "poss" for c in noun.children)
            subj = subject_of(verb)
            owner_tokens = [subj] if owned and subj is not None else []
            others = [e for o in children(verb, "dobj") for e in r.entities(o)]
        else:
            return
        owners = [e for t in owner_tokens for e in r.entities(t)]
        if modality(noun, sent) == "negated":
            return
        parties = {"Company", "Government"}
        for owner in owners:
            for other in others:
                if r.cls(owner) not in parties or r.cls(other) not in parties:
                    continue
                seller, buyer = (owner, other) if owner_sells else (other, owner)
                if r.cls(seller) == "Company":
                    # "its largest customer is A": as good as the pronoun's antecedent
                    pronoun = any(t.pos_ == "PRON" for t in owner_tokens)
                    rule = f"nominal.supplies.{noun.lemma_}.v1"
                    r.fact(seller, "supplies", buyer, sent, rule, 0.6 if pronoun else 0.65)

    def _nominal(self, noun: Token, props: tuple[str, ...], sent: Span) -> None:
        """ "Veltra's sales of memory chips", "the production of drones by X"."""
        r = self.reader
        # what is exported or shipped is goods, whatever it is called ("the export of
        # radiation-hardened microcircuits"); "items", "commodities" name no kind
        moved = noun.lemma_.lower() in _MOVED_GOODS_NOMINALS
        things = [
            p
            for t in preps(noun, "of")
            for c in conjuncts(t)
            for p in self._thing(c, moved and c.lemma_.lower() not in _VAGUE_GOODS)
        ]
        confidence = 0.65
        if not things and noun.lemma_.lower() in MAKING_NOMINALS:
            things = self._compound_product(noun)  # "memory chip manufacturing"
            confidence = 0.6
        if not things:
            return
        rule_name: str | None = None
        owners = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        # "by X" hangs on the noun or, as often, on its of-object
        agents = preps(noun, "by") + [a for t in preps(noun, "of") for a in preps(t, "by")]
        # a name, not "the victim company", whose antecedent is too far to trust here
        owners += [e for t in agents for c in conjuncts(t) if c.i in r.index for e in r.entities(c)]
        if not owners:
            owners = self._engaged_in(noun)  # "X specializes in the production of Y"
        if not owners and noun.lemma_.lower() in MAKING_NOMINALS:
            owners = self._investor(noun)  # "X invests in chip production"
        plant = noun.head if noun.dep_ == "compound" else None
        if not owners and plant is not None and plant.lemma_.lower() in PLANT_NOUNS:
            # "X established a MMIC manufacturing facility": who set up the plant
            owner_verb = plant.head if plant.dep_ == "dobj" else None
            if owner_verb is not None and owner_verb.lemma_.lower() in PLANT_VERBS:
                owners = [
                    e for e in r.entities(subject_of(owner_verb)) if r.cls(e) in _COMPANY_CLASSES
                ]
                rule_name = "nominal.develops.plant.v1"
                things = [p for p in things if self._specific(p)]
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            # "X made shipments of Y", "X completed the sale of Y": the verb's subject
            owners = [e for e in r.entities(subject_of(noun.head)) if r.cls(e) in _COMPANY_CLASSES]
        if modality(noun, sent) == "negated":
            return
        if "provides" in props:
            self._delivered_to(noun, owners, sent)
        for owner in owners:
            if r.cls(owner) not in ORG_CLASSES:
                continue
            if "uses" not in props and r.cls(owner) == "Government":
                continue  # "China's exports of EVs": a state is no vendor
            for p in things:
                for prop in props:
                    rule = rule_name or f"nominal.{prop}.{noun.lemma_.lower()}.v1"
                    r.fact(owner, prop, p, sent, rule, confidence)

    def _for_use(self, use: Token, sent: Span) -> None:
        """ "exported circuits for use in the space programs of China and Russia",
        "sold gyroscopes for use by the Iranian military", "drones for use in Russia's
        war": the state or firm whose use the goods are meant for uses them. A place
        alone ("for use in China") names no user."""
        r = self.reader
        holder = use.head.head  # what "for use" hangs on: the goods, or their verb
        if holder.pos_ in {"VERB", "AUX"}:
            goods = [t for o in children(holder, "dobj") for t in conjuncts(o, _LIST_DEPS)]
        else:
            goods = conjuncts(holder, _LIST_DEPS)
        products = [p for t in goods for p in self._thing(version_of(t))]
        users = [e for t in preps(use, "by") for c in conjuncts(t) for e in r.entities(c)]
        for program in preps(use, "in"):
            if program.i in r.index:
                continue  # "for use in China": a place
            owners = [c for c in program.children if c.dep_ == "poss"]
            owners += [c for o in preps(program, "of") for c in conjuncts(o)]
            users += [e for c in owners for e in r.entities(c)]
        users = [e for e in dict.fromkeys(users) if r.cls(e) in ORG_CLASSES or self._country(e)]
        if not products or not users:
            return
        mood = modality(use, sent)
        if mood == "negated":
            return
        for user in users:
            r.promote(user)  # "the space programs of China": the state that runs them
            for p in products:
                r.fact(user, "uses", p, sent, "nominal.uses.for_use.v1", 0.6, mood)

    def _market_power(self, noun: Token, sent: Span) -> None:
        """ "X maintained its monopoly in PC operating systems", "X holds a 40 percent
        share of the DRAM market", "X's dominance of the drone market": a firm that
        holds a market sells its goods."""
        r = self.reader
        markets = [t for t in preps(noun, "in", "of", "over", "on") for t in conjuncts(t)]
        products = [p for t in markets for p in self._market_goods(t)]
        if not products or modality(noun, sent) == "negated":
            return
        owners = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        if noun.dep_ in {"dobj", "attr"} and noun.head.pos_ in {"VERB", "AUX"}:
            # "X maintained its monopoly", "X is a monopolist in Y", "X holds a share"
            owners += r.entities(subject_of(noun.head))
        rule = f"nominal.provides.market.{noun.lemma_.lower()}.v1"
        for owner in dict.fromkeys(owners):
            if r.cls(owner) == "Company":
                for p in products:
                    r.fact(owner, "provides", p, sent, rule, 0.65)

    def _market_goods(self, token: Token) -> list[int]:
        """What a market phrase trades: "the DRAM market" (the words before
        "market"), "PC operating systems" (the phrase itself)."""
        r = self.reader
        if token.lemma_.lower() not in {"market", "industry", "sector"}:
            return self._thing(token, True)
        before = r.doc[token.i - 1] if token.i > 0 else None
        if (
            before is None
            or before.head.i != token.i
            or before.dep_ not in {"compound", "amod", "nmod"}
        ):
            return []
        return self._technology_at(before)

    def _trade_secret(self, noun: Token, sent: Span) -> None:
        """ "stole trade secrets related to wind turbine technology from X", "X's trade
        secrets concerning Y", "trade secrets about Y belonging to X": a firm's trade
        secrets about a technology say it develops it."""
        r = self.reader
        if not any(c.lower_ == "trade" and c.dep_ == "compound" for c in noun.children):
            return
        topics: list[Token] = []
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in _ABOUT:
                topics += children(c, "pobj")
            elif c.dep_ == "acl" and c.lower_ in {"related", "relating"}:
                topics += [
                    o for p in children(c, "prep") if p.lower_ == "to" for o in children(p, "pobj")
                ]
            elif c.dep_ in {"acl", "prep"} and c.lower_ in _ABOUT:
                topics += children(c, "dobj") + children(c, "pobj")
        if not topics:
            # "stole trade secrets from Veltra relating to DRAM": the parser hangs the
            # subject on the firm
            froms = preps(noun, "from") + (preps(noun.head, "from") if noun.dep_ == "dobj" else [])
            if noun.dep_ == "dobj":
                froms.append(noun.head)  # or on the verb ("stole … from X, relating to Y")
            for f in froms:
                for c in f.children:
                    if c.dep_ in {"acl", "advcl"} and c.lower_ in {"related", "relating"}:
                        topics += preps(c, "to")
        things = [t for o in topics for t in conjuncts(o, _LIST_DEPS)]
        products = [p for t in things for p in self._thing(t)]
        # "Boeing trade secrets", "DuPont TiO2 trade secrets": the firm and the
        # technology named before the noun
        before = [r.index[c.i] for c in noun.children if c.dep_ == "compound" and c.i in r.index]
        products += [m.entity for m in before if r.cls(m.entity) == "Technology"]
        if not products or modality(noun, sent) == "negated":
            return
        sources = [noun, *topics]
        if noun.dep_ == "dobj":
            sources.append(noun.head)  # "stole trade secrets about Y from X"
        owners = [e for c in noun.children if c.dep_ == "poss" for e in r.entities(c)]
        owners += [m.entity for m in before if r.cls(m.entity) in _COMPANY_CLASSES]
        for t in sources:
            owners += [e for f in preps(t, "from") for e in r.entities(f)]
            for c in t.children:
                if c.dep_ == "acl" and c.lemma_.lower() in {"belong", "own"}:
                    owners += [e for p in c.children if p.dep_ in {"prep", "agent"}
                               for o in children(p, "pobj") for e in r.entities(o)]  # fmt: skip
        for owner in dict.fromkeys(owners):
            if r.cls(owner) in _COMPANY_CLASSES:
                for p in products:
                    r.fact(owner, "develops", p, sent, "nominal.develops.tradesecret.v1", 0.65)

    def _delivered_to(self, noun: Token, owners: list[int], sent: Span) -> None:
        """ "X's shipments of gyroscopes to Iran", "X made sales of drones to the army":
        the seller supplies the buyer or the country the goods went to."""
        r = self.reader
        word = noun.lemma_.lower()
        targets = _to_phrases(noun) + [o for t in preps(noun, "of") for o in _to_phrases(t)]
        if noun.dep_ == "dobj" and noun.head.lemma_.lower() in LIGHT_VERBS:
            targets += _to_phrases(noun.head)  # "made shipments of Y to Iran"
        for target in (e for t in targets for e in r.entities(t)):
            for owner in owners:
                if r.cls(owner) != "Company" or owner == target:
                    continue
                if r.cls(target) in {"Government", "Company"}:
                    r.fact(owner, "supplies", target, sent, f"nominal.supplies.{word}.v1", 0.65)
                elif self._country(target):
                    rule = f"nominal.supplies.{word}.country.v1"
                    r.fact(owner, "supplies", target, sent, rule, 0.6)

    def _compound_product(self, noun: Token) -> list[int]:
        """ "memory chip manufacturing", "semiconductor production": the product a
        making noun names before it."""
        r = self.reader
        before = r.doc[noun.i - 1] if noun.i > 0 else None
        # the product may hang on the plant after the noun ("a MMIC manufacturing
        # facility") or be read as an adverb of it ("a chip manufacturing plant")
        heads = {noun.i, noun.head.i} if noun.dep_ == "compound" else {noun.i}
        if (
            before is None
            or before.dep_ not in {"compound", "npadvmod"}
            or before.head.i not in heads
        ):
            return []
        return self._technology_at(before)

    def _investor(self, noun: Token) -> list[int]:
        """ "X announced an investment in chip manufacturing", "X plans to increase
        semiconductor production": the firm that puts money into the making."""
        r = self.reader
        verb: Token | None = None
        if noun.dep_ == "pobj" and noun.head.lower_ == "in":
            holder = noun.head.head  # "an investment in", "invests in"
            if holder.lemma_.lower() in {"investment", "invest"}:
                verb = holder if holder.pos_ == "VERB" else holder.head
        elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in GROWTH_VERBS:
            verb = noun.head
            if verb.dep_ == "acl" and verb.head.dep_ == "dobj":
                verb = verb.head.head  # "announced plans to increase"
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            return []
        return [e for e in r.entities(subject_of(verb)) if r.cls(e) == "Company"]

    def _engaged_in(self, noun: Token) -> list[int]:
        """ "X specializes in the production of Y", "X is engaged in the development
        of Y": the subject of a verb of occupation is the one who produces."""
        prep = noun.head
        if noun.dep_ != "pobj" or prep.lower_ not in {"in", "on"}:
            return []
        verb = prep.head
        if verb.lemma_.lower() in _LEADER_NOUNS and verb.pos_ == "NOUN":
            return self._named_by(verb)  # "X is a global leader in the design of Y"
        if verb.lemma_.lower() not in OCCUPATION_VERBS:
            return []
        if verb.dep_ in {"acomp", "attr"} or (verb.dep_ == "ROOT" and verb.pos_ == "ADJ"):
            verb = verb.head  # "is engaged in": the copula holds the subject
        return self.reader.entities(subject_of(verb)) or self._described(verb)

    def _named_by(self, noun: Token) -> list[int]:
        """The companies a company noun describes: "X, a maker of …", "X is a … firm",
        "chip maker X"."""
        r = self.reader
        found: list[int] = []
        if noun.dep_ == "attr":
            found = r.entities(subject_of(noun.head))
        elif noun.dep_ == "appos" and self._appositive_anchor(noun) is not None:
            found = [self._appositive_anchor(noun)]  # type: ignore[list-item]
            if noun.tag_ == "NNS":
                # "A and B, two Chinese drone makers": the plural describes the list
                named = r.doc[noun.left_edge.i - 2]
                while named.dep_ == "conj" and named.head.i < named.i:
                    named = named.head
                found = r.entities(named) or found
        elif noun.dep_ in {"appos", "compound"} and noun.head.i in r.index:
            found = [r.index[noun.head.i].entity]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one":
            return self._named_by(noun.head.head)  # "X is one of the biggest makers of Y"
        elif noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.pos_ == "VERB":
            found = r.entities(subject_of(noun.head.head))  # "X will act as a supplier"
        if not found and noun.tag_ == "NNS":
            # "chip makers such as X and Y", "phone firms including X"; "seven AI
            # companies – X, Y and Z –" (a dash or colon list in apposition)
            listed = [c for c in noun.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
            # "added A and B, companies that develop Y, to …": the parser may hang the
            # names before the plural on it as a modifier, the rest joined to the first
            listed += [
                t
                for c in noun.children
                if c.dep_ == "nmod" and c.pos_ == "PROPN" and c.i < noun.i
                for t in conjuncts(c)
            ]
            listed += _such_as(noun)
            # "suppliers of Y such as A and B": the parser hangs the list on Y; only
            # the firms it names are kept below
            listed += [t for o in preps(noun, "of") for t in _such_as(o)]
            found = (
                [e for t in listed for e in r.entities(t)]
                or self._dash_list(noun)
                or self._list_before(noun)
            )
        return [e for e in found if r.cls(e) in _COMPANY_CLASSES]

    def _list_before(self, noun: Token) -> list[int]:
        """ "listed A and B, firms that make Y, on …": the list of two or more names
        right before the comma that opens a plural company noun, however the parser
        hangs the noun (a second object, a modifier)."""
        r = self.reader
        k = noun.left_edge.i - 1
        if k < 1 or token_table(r.doc).text[k] != ",":
            return []
        named = r.doc[k - 1]
        while named.dep_ == "conj" and named.head.i < named.i:
            named = named.head
        found = r.entities(named)
        return found if len(found) >= 2 else []

    def _dash_list(self, noun: Token) -> list[int]:
        """ "seven AI companies at the White House today – A, B and C –": the names
        set off by a dash after a plural noun, whatever the parser hangs them on; no
        verb may come between the noun and the dash (its own clause would list
        another thing)."""
        r = self.reader
        doc = r.doc
        # words from the table, the sentence's end bisected: asked of every plural noun
        table = token_table(doc)
        text, sent_end = table.text, table.sentence(doc, noun.i)[1]
        end = min(sent_end, noun.i + 12)
        dash = next((i for i in range(noun.i + 1, end) if text[i] in _DASHES), None)
        if dash is None or any(doc[i].pos_ in {"VERB", "AUX"} for i in range(noun.i, dash)):
            return []
        found: list[int] = []
        for i in range(dash + 1, sent_end):
            if text[i] in _DASHES:
                break
            held = r.index.get(i)
            if held is None:
                if text[i] not in {",", "and", "&"}:
                    return []  # a phrase of its own after the dash: no list of names
                continue
            if held.entity not in found:
                found.append(held.entity)
        return found if len(found) > 1 else []

    def _provider_of(self, role: Token, companies: list[int], prop: str, sent: Span) -> None:
        """ "a leading provider of A and B to Z", "X, a maker of drones"."""
        r = self.reader
        # a maker's or seller's goods are goods whatever they are called; a user's
        # must be named ("a big user of funds" uses no product)
        vouched = prop != "uses"
        products = [
            p for t in preps(role, "of") for c in conjuncts(t) for p in self._thing(c, vouched)
        ]
        if not products and prop == "provides":
            # "a provider of remote network monitoring": a service named by its work
            products = [p for t in preps(role, "of") for p in self._service_work(t)]
        if products and prop != "uses":
            # "a maker of goggles and stabilized gimbals": the last item read as a verb
            # (in an apposition the list goes on: "X, a maker of A and B-ed C, …")
            listed = role.dep_ == "appos"
            products += [p for t in preps(role, "of") for p in self._misread_last_item(t, listed)]
        # "a supplier of chips to Z": "to" hangs on the supplier or on the goods
        to = preps(role, "to") + [t for o in preps(role, "of") for t in preps(o, "to")]
        receivers = [e for t in to for e in r.entities(t)]
        # "a maker of drones for the army": a named state or firm the goods are made for
        fors = [] if prop == "uses" else preps(role, "for")
        fors += [f for o in preps(role, "of") for c in conjuncts(o) for f in preps(c, "for")]
        clients = [
            e
            for t in fors
            for c in conjuncts(t)
            for e in r.entities(c)
            if r.cls(e) in {"Government", "Company"}
        ] if products and prop != "uses" else []  # fmt: skip
        for company in companies:
            for p in products:
                r.fact(company, prop, p, sent, f"nominal.{prop}.v1", 0.75)
            for client in clients:
                if client != company and r.cls(company) == "Company":
                    r.fact(company, "supplies", client, sent, "nominal.supplies.for.v1", 0.6)
            # "a supplier of chips to Z", "a key supplier to Z"; not "a provider of
            # funding to Z"
            # "a supplier of components to Z": goods, if none the typing names
            goods = (
                bool(products)
                or not preps(role, "of")
                or any(t.lemma_.lower() in CATEGORY_NOUNS for t in preps(role, "of"))
            )
            if prop == "provides" and goods:
                for rec in receivers:
                    if r.cls(rec) in {"Government", "Company"}:
                        r.fact(company, "supplies", rec, sent, "nominal.supplies.v1", 0.7)

    def _service_work(self, noun: Token) -> list[int]:
        """The service an -ing noun names after a provider noun when a noun before it
        says of what: "remote network monitoring", "cloud hosting", "payment
        processing"; not "funding", "money laundering" or a bare "consulting"."""
        word = noun.lower_
        if noun.tag_ != "NN" or not word.endswith("ing") or word in NOT_SERVICE_WORK:
            return []
        if word in NOT_GOODS or not any(c.dep_ == "compound" for c in noun.children):
            return []
        return [self.technology(self.reader.doc[name_start(noun, goods=True) : noun.i + 1])]

    def _with_ing(self, head: Token, product: int) -> int:
        """The technology named from the -ing word the parser took for a verb
        ("superconducting quantum computers"), when the product's phrase starts right
        after it; else ``product``."""
        bounds = product_bounds(head, vouched=True)
        if bounds is None or bounds[0] != head.head.i + 1:
            return product
        return self.technology(self.reader.doc[head.head.i : bounds[1]])

    def _listed_with_goods(self, token: Token) -> bool:
        """Whether ``token`` is an item of a list ("A, B and C") another item of which
        names a technology: in "shipped flight controllers, laser rangefinders and
        thermal cores" the known goods vouch that the plural nouns beside them are
        goods too (the list's items are things of one kind)."""
        first = token
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        items = conjuncts(first)
        if len(items) < 2 or token.lemma_.lower() in CATEGORY_NOUNS | _VAGUE_GOODS:
            return False
        r = self.reader
        for c in items:
            if c.i == token.i:
                continue
            mention = r.index.get(c.i)
            if mention is not None and r.cls(mention.entity) == "Technology":
                return True
            if product_bounds(c) is not None:
                return True
        return False

    def _thing(self, token: Token, vouched: bool = False) -> list[int]:
        spelled = bracketed_name(token)
        if spelled is not None:
            # "computer numerically controlled (CNC) machine tools": one name
            return [self.technology(self.reader.doc[spelled[0] : spelled[1]])]
        spelled = branded_name(token)
        if spelled is not None:
            # "the FitLoop fitness-tracking application": its brand names it too
            return [self.technology(self.reader.doc[spelled[0] : spelled[1]])]
        mention = self.reader.index.get(token.i)
        if mention is not None:
            if self.reader.cls(mention.entity) != "Technology":
                return []
            return [self._fuller(token, mention.entity, mention.start, mention.end)]
        product = self.product(token, vouched=vouched)
        return [product] if product is not None else []

    def _firm_words(
        self, noun: Token, companies: list[int], prop: str, sent: Span, rule: str | None = None
    ) -> None:
        """ "mobile phone firm Orbit", "chip maker X", "X, a Sears supplier"; with
        ``rule``, a firm's line of business ("its e-book business")."""
        r = self.reader
        if noun.lower_ in SUPPLIER_NOUNS:
            # "a Sears supplier", "TikTok's security provider"
            customers = [
                e
                for c in noun.children
                if c.dep_ in {"compound", "poss"}
                for e in ([r.index[c.i].entity] if c.i in r.index else r.entities(c))
            ]
            for company in companies:
                for customer in customers:
                    if r.cls(customer) in {"Company", "Government"}:
                        r.fact(company, "supplies", customer, sent, "nominal.supplier.v1", 0.7)
            if noun.lower_ == "contractor":
                # "a contractor for the Department of Defense": works for it under contract
                clients = [e for t in preps(noun, "for", "to") for e in r.entities(t)]
                for company in companies:
                    for client in clients:
                        if r.cls(client) in {"Company", "Government"} and client != company:
                            rule = "nominal.supplies.contractor.v1"
                            r.fact(company, "supplies", client, sent, rule, 0.65)
        start = name_start(noun)
        before = r.index.get(noun.i - 1)
        if start == noun.i and before is not None and r.doc[noun.i - 1].head.i == noun.i:
            # "AI companies" where the NER calls "AI" a place: the technology mention
            # the parse hangs on the noun names the trade all the same
            start = before.start if r.cls(before.entity) == "Technology" else start
        words = list(r.doc[start : noun.i])
        named = {r.index[t.i].entity for t in words if t.i in r.index}
        if not words or any(r.cls(e) != "Technology" for e in named):
            return  # nothing before the noun, or a name among the words
        maker = noun.lemma_.lower() in _MAKERS or noun.lower_ == "chipmaker"
        lowered = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
        if not maker and not lowered & (PRODUCT_FIRM_WORDS | TECH_FIRM_WORDS):
            # "a facial recognition company", "a Chinese artificial intelligence firm":
            # words the typing calls a technology name the firm's trade as "an AI
            # company" does; goods ("a car firm", "steel companies") say nothing of
            # who made them, and other words name no trade ("market research firm")
            goods = lowered & (TYPED_PRODUCT_HEADS | STANDALONE_PRODUCTS)
            if len(named) == 1 and noun.lemma_.lower() in _TRADE_NOUNS and not goods and not rule:
                product = next(iter(named))
                for company in companies:
                    rule = "nominal.develops.techfirm.named.v1"
                    r.fact(company, "develops", product, sent, rule, 0.65)
            return
        if not any(t.pos_ in {"NOUN", "PROPN"} or t.lower_ in PRODUCT_FIRM_WORDS for t in words):
            return  # "a Chinese firm", "a big maker"
        alpha = [t for t in words if t.is_alpha or t.lower_ == "a.i."]
        # "an AI company", "a semiconductor firm": one word of a technology that firms
        # of the kind make (the annotators read develops; provides is left optional)
        tech_firm = len(alpha) == 1 and alpha[0].lower_ in TECH_FIRM_WORDS and not maker
        # "an electronics exporter": a trader in goods the typing already calls a technology
        seller = (
            len(alpha) == 1
            and noun.lemma_.lower() in _GOODS_SELLERS
            and bool(named)
            and not tech_firm
        )
        if not maker and not tech_firm and not seller and len(alpha) < 2:
            return  # "phone company", "technology firm": a trade, not a product
        if maker and len(alpha) == 1 and alpha[0].lemma_.lower() in GENERIC_PRODUCT_HEADS:
            return  # "an equipment maker", "a device maker": no kind of goods
        if alpha and alpha[-1].lemma_.lower() in _PLACE_HEADS:
            return  # "a data center operator" runs a place, which it offers no one
        tech = [r.index[t.i] for t in words if t.i in r.index]
        if tech and tech[0].start <= start and tech[0].end >= noun.i:
            product = tech[0].entity  # "memory chip makers": the mention names it already
        else:
            product = self.technology(r.doc[start : noun.i])
        if tech_firm:
            for company in companies:
                r.fact(company, "develops", product, sent, "nominal.develops.techfirm.v1", 0.65)
            return
        if seller:
            for company in companies:
                r.fact(company, "provides", product, sent, "nominal.provides.seller.v1", 0.65)
            return
        # "memory chip maker X" is less often a developer than it reads (1 of 4 on
        # the tuned-on sets): below the verbs' 0.75
        confidence = 0.6 if maker else 0.65
        for company in companies:
            r.fact(company, prop, product, sent, rule or f"nominal.{prop}.firm.v1", confidence)

    # ------------------------------------------------------------ possessives
    def read_sentence(self, sent: Span) -> None:
        """ "the firm's search engine", "Apple's online music service": provides."""
        r = self.reader
        poss, buying, making, misread = _POSS_ID, _BUYING_IDS, _MAKING_IDS, _MISREAD_IDS
        state_buying = _STATE_BUYING_IDS
        # only the words a branch below reads (one of these lemmas, or a possessive)
        for i in r.words_with(_SENTENCE_TRIGGER_IDS, _POSS_IDS, sent.start, sent.end):
            lemma = r.lemma[i]
            if lemma in state_buying:
                self._bought_for_use(r.doc[i], sent)
            if lemma in buying:
                self._bought_from(r.doc[i], sent)  # the buying frame is ownership's
            elif lemma in making and i - 2 >= sent.start:
                self._made_by_name(i, sent)
            if lemma in misread and i > sent.start:
                self._misread_verbs(i, sent)
            if r.dep[i] != poss:
                continue
            owner_token = r.doc[i]
            head = owner_token.head
            if head.lemma_.lower() in _NOT_PRODUCTS or head.i == owner_token.i:
                continue
            owner = r.entity(owner_token)
            whose = owner_token.lower_ == "whose"
            if owner is None and whose:
                # "Nvidia, whose chips power AI systems": the firm the clause describes
                antecedent = relative_antecedent(owner_token)
                owner = r.entity(antecedent) if antecedent is not None else None
            if owner is None or r.cls(owner) not in _COMPANY_CLASSES:
                continue
            pronoun = owner_token.pos_ == "PRON" and not whose
            verb = clause_verb(head)
            if pronoun and not _its_own(r, head, verb, owner):
                continue  # "its" names the clause's (or its speaker's) subject, or is unsure
            if verb is not None and verb.lemma_ in BUYING_VERBS:
                continue  # "X buys its screens from Y": another's goods, not X's
            # "X develops its own chips": the verb says what X does with them
            own_object = verb is not None and head.dep_ == "dobj" and head.head == verb
            if pronoun and own_object and verb.lemma_.lower() in PRODUCT_VERBS:  # type: ignore[union-attr]
                continue
            mention = r.index.get(head.i)
            product: int | None
            if mention is not None:
                product = mention.entity if r.cls(mention.entity) == "Technology" else None
            else:
                product = self.product(head, brand=True)
            if product is None or modality(head, sent) == "negated":
                continue
            # "Microsoft's WMA format": a format or standard is developed, not sold
            developed = head.lemma_.lower() in DEVELOPED_HEADS
            prop = "develops" if developed else "provides"
            # "its booking platform", "its compliance program": a thing its owner runs
            # more often than a product it offers (0 of 3 right on the tuned-on sets,
            # 90% interval [0, 0.47]): under the lowest band; a named owner 0.6
            confidence = POSSESSED_BY_PRONOUN_CONFIDENCE if pronoun else 0.6
            modifiers = [c.lower_ for c in head.children if c.dep_ in {"amod", "compound"}]
            if any(m in _INTERNAL_WORDS for m in modifiers):
                continue  # "Tengri's compliance program": what it runs for itself
            if any(m in _OWN_MAKE for m in modifiers):
                # "Veltra's proprietary battery technology": its own invention
                r.fact(owner, "develops", product, sent, "nominal.develops.proprietary.v1", 0.65)
                continue
            r.fact(owner, prop, product, sent, f"nominal.{prop}.poss.v1", confidence)

    def _misread_verbs(self, i: int, sent: Span) -> None:
        """ "Veltra Inc. designs and manufactures microwave integrated circuits": verbs
        right after a firm's name that the parser read as plural nouns, and the
        technology after them. Read from the words, as the parse is broken."""
        r, doc = self.reader, self.reader.doc
        if token_table(doc).lower[i] not in MISREAD_VERBS or doc[i].tag_ != "NNS":
            return
        before = r.index.get(i - 1)
        if before is None and token_table(doc).text[i - 1] == ",":
            before = self._set_off_firm(i - 1, sent)  # "X, based in Y, designs …"
        if before is None or r.cls(before.entity) != "Company":
            return  # the first verb of the run comes right after the firm's name
        verbs, j = [doc[i]], i + 1
        while j + 1 < sent.end and token_table(doc).lower[j] in {",", "and"}:
            k = j + 1 if token_table(doc).lower[j + 1] != "and" else j + 2
            if k >= sent.end or token_table(doc).lower[k] not in MISREAD_VERBS:
                break
            verbs.append(doc[k])
            j = k + 1
        product = None
        for k in range(j, min(j + 6, sent.end)):
            held = r.index.get(k)
            if held is not None:
                product = held.entity if r.cls(held.entity) == "Technology" else None
                break
            if (
                doc[k].pos_ not in {"NOUN", "ADJ", "VERB", "PROPN"}
                or token_table(doc).lower[k] in _DASHES
            ):
                break
        # a list of goods, read from its words as the parse is broken: "pump diodes,
        # fiber couplers and laser-based welding systems"
        items = self._word_items(j, sent)
        products = items if len(items) > 1 else [product] if product is not None else []
        if not products or modality(doc[i], sent) == "negated":
            return
        for verb in verbs:
            lemma = verb.lemma_.lower()
            for prop in PRODUCT_VERBS.get(lemma, ()):
                rule = f"verb.{prop}.{lemma}.misread.v1"
                for p in products:
                    r.fact(before.entity, prop, p, sent, rule, 0.65)

    def _misread_last_item(self, first: Token, listed: bool) -> list[int]:
        """The goods the last item of a list after "of" names when the parser read its
        first word as a verb ("of goggles and stabilized gimbals": "stabilized" a
        second verb with "gimbals" its object): a bare verb and object, right after
        the "and", whose object names a product (any plural noun when ``listed``)."""
        doc, k = self.reader.doc, first.right_edge.i + 1
        if k + 2 >= len(doc) or doc[k].lower_ != "and" or doc[k + 1].tag_ not in {"VBD", "VBN"}:
            return []  # cheap: most lists stop here
        verb = doc[k + 1]
        # (the parser may make the firm before the list the verb's subject)
        objects = [
            c
            for c in verb.children
            if c.dep_ not in {"punct", "cc"} and not (c.dep_ == "nsubj" and c.i < verb.i)
        ]
        if len(objects) != 1 or objects[0].dep_ != "dobj" or objects[0].left_edge.i != k + 2:
            return []  # "and employed 300 workers in 2020": a real verb
        bounds = product_bounds(objects[0], vouched=listed)
        if verb.lemma_.lower() in PRODUCT_VERBS or bounds is None or bounds[0] != k + 2:
            return []  # "and bought the cameras": no word of a name
        return [self.technology(doc[verb.i : bounds[1]])]

    def _relayed_by(self, verb: Token) -> list[int]:
        """Who received goods before a passive goods verb joined to the first one sent
        them on: "were shipped to A and then re-exported to B" (A)."""
        first = verb.head
        if verb.dep_ != "conj" or first.lemma_.lower() not in _GOODS_VERBS:
            return []
        if not is_passive(first) or children(verb, "nsubj", "dobj"):
            return []  # "X shipped Y to A and re-exported it": X sent it on
        return [e for t in _to_phrases(first) for e in self.reader.entities(t)]

    def _parts_for_goods(self, parts: Token) -> bool:
        """Whether a "for" phrase says the parts are for goods: "composite parts for
        cargo drones" (not "parts for the Navy", a buyer)."""
        r = self.reader
        for goods in preps(parts, "for"):
            mention = r.index.get(goods.i)
            if mention is not None and r.cls(mention.entity) == "Technology":
                return True
            if mention is None and is_product_head(goods.lower_):
                return True
        return False

    def _set_off_firm(self, comma: int, sent: Span) -> Mention | None:
        """The firm before a phrase set off by commas that ends at ``comma``: "Vantor,
        headquartered in Boulder, Colorado, designs …", "Vantor, a Boulder company,
        makes …" (a participle or an apposition, at most a dozen words)."""
        r, text, tags = self.reader, token_table(self.reader.doc).text, self.reader.doc
        for k in range(comma - 2, max(sent.start, comma - 14), -1):
            if text[k] != ",":
                continue
            firm = r.index.get(k - 1)
            if firm is not None and r.cls(firm.entity) == "Company":
                return firm if tags[k + 1].tag_ in {"VBN", "DT"} else None
        return None

    def _word_items(self, start: int, sent: Span) -> list[int]:
        """The goods a list of noun phrases from ``start`` names, read from the words
        ("A B, C D and E-based F G"): each item a run of nouns, adjectives and
        hyphened words whose last word is a plural or product noun. Empty when any
        item names no goods (the list is then no list of goods)."""
        doc = self.reader.doc
        lower, end = token_table(doc).lower, min(sent.end, start + 30)
        items: list[int] = []
        k = start
        while k < end:
            first = k
            while k < end and (doc[k].pos_ in {"NOUN", "ADJ", "PROPN", "VERB"} or lower[k] == "-"):
                k += 1  # the words of one item
            last = doc[k - 1]
            if k == first or k - first > 6 or lower[k - 1] == "-":
                return []
            if not (last.tag_ == "NNS" or is_product_head(last.lower_)):
                return []
            if last.lower_ in NOT_GOODS or last.lemma_.lower() in NOT_GOODS:
                return []
            items.append(self.technology(doc[first:k]))
            if k >= end or lower[k] not in {",", "and"}:
                break  # the list ends: "." or "for …"
            k += 1
            if k < end and lower[k] == "and":
                k += 1  # ", and"
        return items

    def _made_by_name(self, i: int, sent: Span) -> None:
        """ "Kestrel-made drones", "Zentra-built routers": the company before the
        hyphen develops the product the participle describes."""
        r = self.reader
        hyphen, participle = r.doc[i - 1], r.doc[i]
        if hyphen.text != "-" or hyphen.whitespace_ or r.doc[i - 2].whitespace_:
            return
        held = r.index.get(i - 2)
        makers = [held.entity] if held is not None else self._short_names(r.doc[i - 2])
        makers = [m for m in makers if r.cls(m) == "Company"]  # "Chinese-made": a place
        head = participle.head
        if not makers or participle.dep_ != "amod" or head.i <= i:
            return
        product = self._thing(head)
        for maker in makers:
            for p in product:
                r.fact(maker, "develops", p, sent, "nominal.develops.made.v1", 0.7)

    def _procured_for(self, verb: Token, objects: list[Token], sent: Span) -> None:
        """ "X procured thermal cameras for the PLA", "X bought chips on behalf of Y":
        a firm that buys goods for a state or firm supplies it."""
        r = self.reader
        if verb.lemma_.lower() not in {"procure", "purchase", "buy", "acquire", "obtain", "source"}:
            return
        targets = preps(verb, "for") + [f for o in objects for f in preps(o, "for")]
        targets += [o for b in preps(verb, "on") if b.lower_ == "behalf" for o in preps(b, "of")]
        customers = [
            e for t in targets for e in r.entities(t) if r.cls(e) in {"Government", "Company"}
        ]
        products = [p for t in objects for p in self._thing(t, True)]
        if not customers or not products or modality(verb, sent) == "negated":
            return
        buyers = [e for e in r.entities(subject_of(verb)) if r.cls(e) == "Company"]
        rule = f"verb.supplies.{verb.lemma_.lower()}.for.v1"
        for buyer in buyers:
            for customer in customers:
                if customer != buyer:
                    r.fact(buyer, "supplies", customer, sent, rule, 0.6)

    def _bought_for_use(self, verb: Token, sent: Span) -> None:
        """ "The Army procured thermal cameras", "drones purchased by the Navy": a
        state body that buys a named technology uses it (a firm may sell it on, so
        firms are left out). Read here, as the ownership frame claims the verbs.

        >>> from kg.extract.pipeline import load_pipeline
        >>> from kg.extract.extractor import extract_doc
        >>> from kg.model import Article
        >>> text = "The Defense Department acquired 500 drones last year."
        >>> res = extract_doc(load_pipeline()(text), Article(id="a", text=text))
        >>> names = {e.key: e.name for e in res.entities}
        >>> [(names[f.subject], f.predicate, names[f.object]) for f in res.facts]
        [('Defense Department', 'uses', 'drones')]
        """
        r = self.reader
        if verb.pos_ != "VERB":
            return
        if is_passive(verb) or (verb.dep_ == "acl" and verb.tag_ == "VBN"):
            # "drones purchased by the Navy", "the drones were procured by the Navy"
            objects = conjuncts(verb.head) if verb.dep_ == "acl" else []
            subj = _passive_subject(verb) if is_passive(verb) else None
            objects += conjuncts(subj, _LIST_DEPS) if subj is not None else []
            named = [e for a in agents_of(verb) for e in r.entities(a)]
        else:
            if _reason_gerund(verb):
                return  # "BIS added X to the list for acquiring chips": X acquired them
            objects = [t for o in children(verb, "dobj") for t in conjuncts(o, _LIST_DEPS)]
            named = r.entities(subject_of(verb))
        buyers = [e for e in named if r.cls(e) == "Government"]
        if not buyers:
            return
        products = [p for t in objects for p in self._thing(version_of(t))]
        mood = modality(verb, sent)
        if not products or mood == "negated":
            return
        rule = f"verb.uses.{verb.lemma_.lower()}.state.v1"
        for buyer in buyers:
            for p in products:
                r.fact(buyer, "uses", p, sent, rule, 0.7, mood)

    def _bought_from(self, verb: Token, sent: Span) -> None:
        """ "X purchased software and equipment from Z": Z supplies X and provides
        what X bought. Read here, as the ownership frame claims the buying verbs."""
        r = self.reader
        if verb.pos_ != "VERB" or is_passive(verb):
            return
        objects = [
            version_of(t)
            for o in children(verb, "dobj")
            for t in conjuncts(_goods_of_amount(o), _LIST_DEPS)
        ]  # "bought 300 tonnes of copper": the copper
        # "from Z" hangs on the verb or on its object, or deeper in a money object:
        # "purchase $70 million in products from Z"
        sources = preps(verb, "from") + [f for o in objects for f in preps(o, "from")]
        sources += [
            f for o in objects if o.pos_ == "NUM" for t in o.subtree for f in preps(t, "from")
        ]  # fmt: skip
        sellers = [
            e for t in sources for e in r.entities(t) or self._same_name(t) if r.cls(e) == "Company"
        ]  # fmt: skip
        self._procured_for(verb, objects, sent)
        if not sellers:
            return
        products = [p for t in objects for p in self._thing(t, True)]
        # "purchase products and services from Z": goods, though no product is named
        goods = bool(products) or _names_goods(objects)
        # "bought 300 tonnes of gold from Z": goods by the measure, though no product
        goods = goods or any(
            o.lemma_.lower() in _MEASURES_NOT_CONTRACTS for o in children(verb, "dobj")
        )
        if not goods or modality(verb, sent) == "negated":
            return  # "bought a stake from Z" is the ownership frame's
        subj = subject_of(verb)
        named = r.entities(subj) or self._short_names(subj)
        if not named and verb.dep_ == "acl" and verb.head.lemma_.lower() in DEAL_NOUNS:
            # "X entered into contracts to purchase Y from Z": who holds the contract
            holder = clause_verb(verb.head)
            named = r.entities(subject_of(holder)) if holder is not None else []
        buyers = [e for e in named if r.cls(e) in {"Company", "Government"}]
        rule = f"verb.supplies.{verb.lemma_.lower()}.from.v1"
        for seller in sellers:
            for buyer in buyers:
                r.fact(seller, "supplies", buyer, sent, rule, 0.65)
            for p in products:
                r.fact(
                    seller,
                    "provides",
                    p,
                    sent,
                    f"verb.provides.{verb.lemma_.lower()}.from.v1",
                    0.65,
                )

    # ------------------------------------------------------------ products
    def product(self, token: Token, brand: bool = False, vouched: bool = False) -> int | None:
        """The Technology entity a product noun phrase names (made if new)."""
        if token.lemma_.lower() in _PLAN_NOUNS:
            return self._planned(token)
        bounds = product_bounds(token, brand, vouched)
        if bounds is None:
            return None
        if bounds[1] - bounds[0] == 1 and any(
            c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in token.children
        ):
            earlier = self._named_before(token)
            if earlier is not None:
                return earlier  # "a maker of thermal imaging cameras … sells its cameras"
        return self.technology(self.reader.doc[bounds[0] : bounds[1]])

    def _planned(self, plan: Token) -> int | None:
        """The service a plan of it names: "a discounted satellite internet plan"
        (satellite internet), "a mobile data package"; not "a pension plan" or a
        "business plan", whose words name no service."""
        start = name_start(plan, goods=True)
        words = [t for t in self.reader.doc[start : plan.i] if t.dep_ in {"compound", "amod"}]
        while words and words[0].tag_ in {"VBN", "VBD", "VBG"}:
            words = words[1:]  # "a discounted … plan": a rating, not the service
        if not words or words[-1].i != plan.i - 1:
            return None
        last = words[-1].lower_
        service = last in PRODUCT_FIRM_WORDS and len(words) >= 2
        if not (service or is_product_head(last)):
            return None
        return self.technology(self.reader.doc[words[0].i : plan.i])

    def _named_before(self, head: Token) -> int | None:
        """The technology named before in full whose head word a bare "its cameras"
        repeats: the goods the firm was described by."""
        r = self.reader
        word = head.lower_
        for m in reversed(r.mentions):
            if m.start >= head.i:
                continue
            if head.i - m.start > 200:
                break
            if (
                m.end - m.start > 1
                and token_table(m.doc).lower[m.end - 1] == word
                and r.cls(m.entity) == "Technology"
            ):
                return m.entity
        return None

    def _fuller(self, head: Token, entity: int, start: int, end: int) -> int:
        """The Technology a mention names, or a fuller one when the product phrase
        begins earlier with words the mention left out: "small gasoline engines",
        "quantum key distribution equipment", "Open RAN radios"."""
        if end != head.i + 1:
            return entity
        bounds = product_bounds(head, vouched=True)
        if bounds is None or bounds[0] >= start or bounds[1] != end:
            return entity
        # only the words a mention's typing drops though they name the kind: a
        # technical acronym the model labelled a firm ("RAN"), "key" after a technical
        # word; not ratings the typing leaves out on purpose ("multiple", "imported")
        if not kind_words(self.reader.doc[bounds[0] : start]):
            return entity
        return self.technology(self.reader.doc[bounds[0] : bounds[1]])

    def technology(self, phrase: Span) -> int:
        """The article's Technology entity named ``phrase`` (added when new)."""
        r = self.reader
        name = " ".join(phrase.text.replace(" - ", "-").split()).strip('"“”')
        if name.count("(") != name.count(")"):
            name = name.replace("(", "").replace(")", "")  # "(AI)-enabled cameras" cut
        key = name.lower()
        for i, c in enumerate(r.clusters):
            if c.cls == "Technology" and (
                c.name.lower() == key or key in {a.lower() for a in c.aliases}
            ):
                return i
        r.clusters.append(EntityCluster(name, "Technology"))
        return len(r.clusters) - 1


#: Measures of goods bought ("300 tonnes of gold from Z"); a contract measures none.
_MEASURES_NOT_CONTRACTS = MEASURE_NOUNS - {"contract"}


def _one_thing(noun: Token) -> bool:
    """A bare singular noun that names one thing, not a kind of goods: "the cable",
    "the Palau Express cable" (not "a cable", "undersea cables", "the new cable line")."""
    if noun.tag_ != "NN":
        return False
    kids = list(noun.children)
    if any(
        c.dep_ in {"amod", "nmod"} or (c.dep_ == "compound" and c.pos_ != "PROPN") for c in kids
    ):
        return False
    return any(
        (c.dep_ == "det" and c.lower_ in {"the", "this", "that"})
        or (c.dep_ == "compound" and c.pos_ == "PROPN")
        for c in kids
    )


def _vouches(lemma: str, goods: Token) -> bool:
    """Whether the verb makes its object goods whatever it is called: "manufactures
    terminals", "assembles navigation units" (a named kind; "assembled teams" is none)."""
    if lemma == "manufacture":
        return True
    return lemma == "assemble" and any(c.dep_ == "compound" for c in goods.children)


#: Participles that seat a firm in a place ("a contractor based in Mobile").
_SEATING_WORDS = frozenset({"based", "headquartered", "located"})


def _seated_firm_noun(place: Token) -> Token | None:
    """The firm noun in apposition whose seat ``place`` names ("a contractor based in
    Mobile, Alabama": contractor), or None."""
    word = place
    for _ in range(4):  # "Mobile" ← "in" ← "based" (through "Alabama" in apposition)
        if word.dep_ == "acl" and word.lower_ in _SEATING_WORDS:
            noun = word.head
            return noun if noun.dep_ == "appos" else None
        if word.dep_ not in {"pobj", "prep", "appos"}:
            return None
        word = word.head
    return None


#: Nouns of parts, goods when a "for" phrase names the goods they are for.
_PART_NOUNS = frozenset({"part", "component"})
#: What is sold that is no goods, though named by its kind ("company shares").
_SECURITIES = frozenset({"share", "bond", "security", "note", "credit", "fund", "asset", "right"})
_NOT_KINDS = _SECURITIES | _DIVESTED  # (made once: asked per sold object)


def _kind_named(noun: Token) -> bool:
    """A plural noun a noun before it names the kind of ("video analytics", "location
    data"; not "shares", "company shares")."""
    return (
        noun.tag_ == "NNS"
        and noun.lemma_.lower() not in _NOT_KINDS
        and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in noun.children)
    )


def _misread_items(verb: Token) -> list[tuple[Token, Token]]:
    """The last item of an object list whose first word the parser read as a verb
    joined to ``verb`` ("makes sensors and stabilized gimbals", "supplies cables and
    signal boosters"): that word and the head noun of the item, when the word has no
    subject of its own, its object follows it, and its tense differs from the verb's.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Corvane Ltd. makes infrared sensors and stabilized gimbals.")
    >>> [(w.text, h.text) for w, h in _misread_items(doc[2])]
    [('stabilized', 'gimbals')]
    """
    objects = children(verb, "dobj")
    if not objects:
        return []
    doc = verb.doc
    return [
        (c, o)
        for c in children(verb, "conj")
        # a real second verb shares the first one's tense ("made X and sold Y") or is
        # one of making and selling ("makes X and sold Y")
        if c.tag_ in {"VBD", "VBN", "VBP", "VBG"}
        and c.tag_ != verb.tag_
        and c.lemma_.lower() not in PRODUCT_VERBS
        and doc[c.i - 1].dep_ == "cc"
        and c.i - 1 > max(t.right_edge.i for t in objects)
        and not children(c, "nsubj", "nsubjpass")
        for o in children(c, "dobj")
        if o.left_edge.i == c.i + 1 or o.i == c.i + 1
    ]


def _fired(verb: Token, things: list[Token]) -> bool:
    """Whether "launch" says weapons were fired, not a product brought out: it has a
    target ("launched drones at ships", "against the port"), or its goods are
    munitions with no word of a new product ("launched missiles"; not "launched a
    new missile").

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The rebels launched rockets at the port.")
    >>> _fired(doc[2], [doc[3]])
    True
    >>> doc = load_pipeline()("Orvanta launched a new satellite phone.")
    >>> _fired(doc[1], [doc[5]])
    False
    """
    # the parser may hang the target on the goods ("drones against the posts")
    if any(
        c.dep_ == "prep" and c.lower_ in TARGET_PREPS for t in (verb, *things) for c in t.children
    ):
        return True
    heads = [version_of(t) for t in things]
    return bool(heads) and all(
        h.lemma_.lower() in MUNITION_NOUNS
        and not any(c.lower_ in {"new", "latest"} for c in h.children)
        for h in heads
    )


def _reason_gerund(verb: Token) -> bool:
    """Whether ``verb`` is (or is joined to) a gerund after a preposition ("for
    acquiring, or attempting to acquire, chips"): the reason for an action, whose
    doer is not the clause's subject but the party acted against."""
    t = verb
    for _ in range(3):
        if t.tag_ == "VBG" and t.dep_ in {"pcomp", "pobj"}:
            # the reason for acting on an object ("added X for acquiring": X did);
            # not "responsible for procuring", "was praised for procuring"
            return _acts_on_object(t.head.head)
        if t.tag_ == "VBG" and t.dep_ == "conj" and _gerund_prep(t.head):
            return True  # "…, or attempting to acquire": joined to the clause it follows
        if t.dep_ not in {"conj", "xcomp"} or t.head is t:
            break
        t = t.head
    # "for acquiring, or attempting to acquire, chips": the second verb repeats the
    # first, however the parser joined it
    return any(
        g.lemma_ == verb.lemma_
        and g.i < verb.i
        and g.tag_ == "VBG"
        and g.dep_ in {"pcomp", "pobj"}
        and _acts_on_object(g.head.head)
        for g in verb.sent
    )


def _gerund_prep(verb: Token) -> bool:
    """Whether a preposition of ``verb`` takes a gerund ("added X for acquiring")."""
    return any(
        c.dep_ == "prep"
        and any(g.tag_ == "VBG" and g.dep_ in {"pcomp", "pobj"} for g in c.children)
        for c in verb.children
        if _acts_on_object(verb)
    )


def _acts_on_object(verb: Token) -> bool:
    """An active verb with a direct object ("added eleven entities"), or a noun ("the
    addition of eleven entities for acquiring", "entities for acquiring"): not the
    clause's subject acts."""
    if verb.pos_ == "NOUN":
        return True
    return verb.pos_ == "VERB" and any(c.dep_ == "dobj" for c in verb.children)


def _names_goods(phrases: list[Token]) -> bool:
    """Whether a phrase names goods or services by a goods noun ("$80 million in
    products and services", "equipment"), not money, a stake or a firm.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("It paid $5 million in products and services.")
    >>> _names_goods([doc[1]]), _names_goods([doc[0]])
    (True, False)
    """
    return any(
        t.lemma_.lower() in GOODS_NOUNS or t.lower_ in GOODS_NOUNS
        for p in phrases
        for t in p.subtree
    )


def _passive_subject(verb: Token) -> Token | None:
    """The subject of a passive verb; in a relative clause, the noun its "which" or
    "that" stands for ("the gyroscopes, which were made by X": "gyroscopes").

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("They sold the radars, which were built by Orlan Corp.")
    >>> _passive_subject(doc[7]).text
    'radars'
    """
    subj = subject_of(verb)
    if subj is not None and relative_pronoun(subj) and verb.dep_ == "relcl":
        return verb.head
    return subj


def _joined_agents(verb: Token) -> list[Token]:
    """The "by" phrase of the passive verb joined after ``verb``, which has none of its
    own: "were designed and built by X" (X designed them too).

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("The radars were designed and built by Orlan Corp.")
    >>> [t.text for t in _joined_agents(doc[3])]
    ['Corp.']
    """
    return [a for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN" for a in agents_of(c)]


def _goods_passed_to(noun: Token) -> list[Token]:
    """The objects of the verb whose "to" phrase ``noun`` is ("supplies cameras to
    the police": cameras), pronouns left out.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Orbit sells radios to the navy, which uses them.")
    >>> [t.text for t in _goods_passed_to(doc[5])]
    ['radios']
    """
    if noun.dep_ != "pobj" or noun.head.lower_ != "to" or noun.head.head.pos_ != "VERB":
        return []
    verb = noun.head.head
    return [o for o in children(verb, "dobj") if o.lower_ not in _GOODS_PRONOUNS]


def _alleged_content(verb: Token) -> bool:
    """Whether ``verb`` says what an allegation holds ("paid $2 million to settle
    allegations that it shipped Y", "claims that it sold Y and resold them"): what
    was alleged and settled, not a sale the release states.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Orbit settled allegations that it sold radios to Iran.")
    >>> _alleged_content(doc[5]), _alleged_content(doc[1])
    (True, False)
    """
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "that it bought Y and shipped it": the first verb's clause
    return (
        head.dep_ in {"acl", "ccomp"}
        and head.head.lemma_.lower() in _ALLEGATION_NOUNS
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.children)
    )


def _goods_of_amount(noun: Token) -> Token:
    """The goods an amount of them names ("shipped $5 million in chips", "two
    consignments of radios"), else ``noun`` itself.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Orbit shipped $5 million in radios to Iran.")
    >>> _goods_of_amount(doc[4]).text
    'radios'
    """
    if noun.tag_ != "CD" and noun.lemma_.lower() not in _AMOUNT_NOUNS:
        return noun
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "of"}:
            for goods in children(prep, "pobj"):
                return goods
    return noun


def _prep_phrases(verb: Token, word: str) -> list[Token]:
    """The objects of a verb's ``word`` phrases, also of one joined to another ("relies
    on A and on B": the parser hangs the second "on" on the first)."""
    out: list[Token] = []
    for prep in verb.children:
        if prep.dep_ not in {"prep", "dative"} or prep.lower_ != word:
            continue
        for p in conjuncts(prep):
            if p.lower_ == word:
                out.extend(children(p, "pobj"))
    return out


def _ing_modifiers(verb: Token) -> list[Token]:
    """The -ing word right after a making or selling verb that the parser read as a
    verb of its own ("develops superconducting quantum computers", "sells encrypting
    radios"): its object is the first verb's goods.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Wuxi Quantum Co. develops superconducting quantum computers.")
    >>> [t.text for t in _ing_modifiers(doc[3])]
    ['superconducting']
    """
    return [
        c
        for c in children(verb, "xcomp")
        if c.i == verb.i + 1 and c.tag_ == "VBG" and children(c, "dobj")
    ]


def _goods_it_makes(verb: Token) -> tuple[Token, Token] | None:
    """The firm and the goods of "X Co., for the terminals and equipment it
    manufactures" (a list of firms and what each is listed for) when the parser read
    the firm as the object of "manufactures" and "for the terminals" as hung on it:
    the "for" phrase ends right before the clause's subject pronoun.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()(
    ...     "2. Hangzhou Beidou Satellite Technology Co., Ltd. (Beidou SatTech), for the "
    ...     "satellite user terminals and ground station equipment it manufactures."
    ... )
    >>> firm, goods = _goods_it_makes(doc[24])
    >>> firm.text, goods.text
    ('Co.', 'terminals')
    """
    subj = subject_of(verb)
    if subj is None or subj.lower_ not in _GOODS_PRONOUNS | {"they"}:
        return None
    for firm in children(verb, "dobj"):
        if firm.i > subj.i or firm.pos_ != "PROPN":
            continue
        for goods in preps(firm, "for"):
            if goods.right_edge.i == subj.i - 1:
                return firm, goods
    return None


def _fragment_items(verb: Token, items: list[Token]) -> list[Token]:
    """The rest of an object list that the parser hung on the name a verbless
    fragment describes. In a release's bulleted "Kestrel Ltd., a distributor that
    shipped radios, GPS modules and gate arrays to Z." (no main verb) the items after
    the first become more appositions of "Kestrel Ltd."; they go on the verb's list
    when the comma right after its last object leads to them.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()(
    ...     "Kowloon Xinda Electronics Trading Limited, a distributor that shipped flight "
    ...     "controllers, GNSS receiver modules and gate arrays to Kazan Drone Systems."
    ... )
    >>> [t.text for t in _fragment_items(doc[9], [doc[11]])]
    ['modules', 'arrays']
    """
    if verb.dep_ != "relcl" or verb.head.dep_ != "appos" or not items:
        return []
    doc = verb.doc
    end = max(t.right_edge.i for t in items)
    if end + 2 >= len(doc) or doc[end + 1].text != ",":
        return []
    return [
        t
        for c in children(verb.head.head, "appos")
        if c.left_edge.i == end + 2 and c.tag_ in _COMMON_NOUN_TAGS
        for t in conjuncts(c)
        if t.tag_ in _COMMON_NOUN_TAGS
    ]


#: Tags of common nouns: a list's goods, not a name in apposition.
_COMMON_NOUN_TAGS = frozenset({"NN", "NNS"})


def _to_phrases(verb: Token) -> list[Token]:
    """The objects of a verb's "to" phrases, also of one joined to another ("sells it
    to A and to B": the parser hangs the second "to" on the first).

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Orbit sells radios to farmers and to the navy.")
    >>> [t.text for t in _to_phrases(doc[1])]
    ['farmers', 'navy']
    """
    return _prep_phrases(verb, "to")


def _such_as(noun: Token) -> list[Token]:
    """The names a plural noun lists: "airlines such as A and B", "carmakers
    including A", "firms like A".

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Orbit sells radios to airlines such as Avia and Jetco.")
    >>> [t.text for t in _such_as(doc[4])]
    ['Avia']
    """
    return [
        t
        for prep in noun.children
        if prep.dep_ == "prep"
        and (
            prep.lower_ in {"including", "like"}
            or (
                prep.lower_ == "as"
                and prep.i > 0
                and token_table(noun.doc).lower[prep.i - 1] == "such"
            )
        )
        for t in children(prep, "pobj")
    ]


def _its_own(r: ArticleReader, product: Token, verb: Token | None, owner: int) -> bool:
    """Whether "its" before ``product`` is ``owner``'s: the subject of the clause
    ``verb`` heads, or, when the product is that clause's subject, of the verb of
    saying it is reported by ("X said its search engine handles …"; not "X said
    customers could charge its car's battery")."""
    if owner in r.entities(subject_of(verb)):
        return True
    if verb is None or verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SAY_VERBS:
        return False
    if product.dep_ not in {"nsubj", "nsubjpass"} or product.head.i != verb.i:
        return False
    return owner in r.entities(subject_of(verb.head))
