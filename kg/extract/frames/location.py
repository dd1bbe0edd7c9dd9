"""Where organisations are based (``basedIn``).

Nationality and place words on a business noun ("Chinese telecom firm Huawei",
"Huawei, a Chinese company", "US phone firm X", "Korea's biggest chipmakers, A and
B", "X is Italy's largest carmaker"), a place owning the name ("Germany's X"), "X of
Germany", and "based"/"headquartered" ("Hong Kong-based AI firm X", "a company based
in Indianapolis", "X is headquartered in Y", "its headquarters in Y").

>>> from kg.extract.pipeline import load_pipeline
>>> from kg.extract.extractor import extract_doc
>>> from kg.model import Article
>>> text = "Dutch chemicals group Akzenta bought Halvex, the Oslo-based paint maker."
>>> result = extract_doc(load_pipeline()(text), Article(id="doc", text=text))
>>> names = {e.key: e.name for e in result.entities}
>>> sorted((names[f.subject], names[f.object]) for f in result.facts if f.predicate == "basedIn")
[('Akzenta', 'Netherlands'), ('Halvex', 'Oslo')]
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.strings import get_string_id
from spacy.tokens import Span, Token

from kg.extract.city_regions import joined_town
from kg.extract.entities import antecedent, firm_by_name
from kg.extract.frames.base import Frame
from kg.extract.frames.location_headings import is_heading, listed_under
from kg.extract.frames.location_words import (
    BUSINESS_NOUNS,
    FINANCIAL_WORDS,
    MORE_NATIONALITIES,
    ORGANIZATION_NOUNS,
    OWNED_NOUNS,
    PLACE_ALIASES,
)
from kg.extract.frames.nearby import near_children, up_conjuncts
from kg.extract.frames.reader import ArticleReader
from kg.extract.frames.syntax import conjuncts, preps, subject
from kg.extract.lexicon import (
    COMPANY_NOUNS,
    COUNTRY_NAMES,
    GOVERNMENT_WORDS,
    NATIONALITIES,
    TITLE_WORDS,
)
from kg.extract.mentions import EntityCluster, Mention
from kg.extract.tokens import token_table

#: Nationality words ("kazakh"), which the tagger may take for a name.
_DEMONYMS = frozenset(NATIONALITIES) | frozenset(MORE_NATIONALITIES)

#: Lemmas of the participles that place an organisation ("based", "headquartered").
BASED_WORDS = frozenset(
    {"base", "headquarter", "locate", "register", "incorporate", "organize", "organise"}
)
#: The same words fused to a place in one token ("U.S.-based").
_FUSED_WORDS = frozenset({"based", "headquartered", "registered", "incorporated"})
#: Nationality words ("kazakh"), which the tagger may take for a name.
_DEMONYMS = frozenset(NATIONALITIES) | frozenset(MORE_NATIONALITIES)

#: Lemmas of the participles that give a business noun its name ("a company named X").
NAMING_WORDS = frozenset({"name", "call"})
#: Nouns of an organisation's seat: "its headquarters in Oslo", "X's head office in Y".
SEAT_NOUNS = frozenset({"headquarters", "hq", "place"})
_BASED_ORGS = frozenset({"Company", "Organization"})
_PLACES = frozenset({"Location", "Government"})
#: Names of countries ("the country's biggest bank" points back to one of them).
_COUNTRIES = (COUNTRY_NAMES | frozenset(MORE_NATIONALITIES.values())) - {
    "California", "Texas", "Bavaria",
}  # fmt: skip
#: Words that make "the … firm of X" another firm than X ("the parent firm of X").
_OWNER_WORDS = frozenset({"parent", "holding", "owner", "mother"})
#: Parts of a firm that are firms themselves: what places them is theirs, not the owner's.
_FIRM_PARTS = frozenset({"subsidiary", "affiliate", "unit", "division", "arm", "venture"})
#: Countries by name, for a place the model did not label ("Cyprus-registered").
_KNOWN_COUNTRIES = (
    COUNTRY_NAMES | frozenset(NATIONALITIES.values()) | frozenset(MORE_NATIONALITIES.values())
)
#: Dependencies by which a word modifies the noun it describes ("US firm", "Dutch firm").
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod", "poss"})
#: Dependencies of a noun that describes a name: "US firm X", "X, a US firm".
_DESCRIBING_DEPS = frozenset({"compound", "appos"})
_ATTR, _APPOS, _DET = frozenset({"attr"}), frozenset({"appos"}), frozenset({"det"})
#: Lemma and label ids of the trigger words (spaCy's ids are hashes of the strings, the
#: same in every document): read_sentence compares ids, no string work per token.
_SEAT_IDS = frozenset(map(get_string_id, SEAT_NOUNS))
_BASED_IDS = frozenset(map(get_string_id, BASED_WORDS))
_NAMING_IDS = frozenset(map(get_string_id, NAMING_WORDS))
_ATTR_ID, _ACL_ID = get_string_id("attr"), get_string_id("acl")
_HEADQUARTER_ID = get_string_id("headquarter")
_SENTENCE_LEMMAS = _SEAT_IDS | _BASED_IDS | _NAMING_IDS
_ATTR_IDS = frozenset({_ATTR_ID})
#: Lower-case lemmas ``_noun`` can accept: a name no such word is near has no heads.
_HEAD_LEMMAS = BUSINESS_NOUNS | ORGANIZATION_NOUNS | {"institution", "designer"}
#: How far before its sentence a name's describing noun may be: ``_dash_list_noun``
#: looks back up to 11 words from a dash just before the list's first item.
_HEADS_BEFORE = 12


class LocationFrame(Frame):
    def __init__(self, reader: ArticleReader) -> None:
        super().__init__(reader)
        self._class_fixed: dict[int, bool] = {}  # entity → _fixed_class(), asked once
        self._head_words: list[int] | None = None  # tokens _noun may accept, made on first use
        self._fused: list[int] | None = None  # tokens such as "U.S.-based", made on first use

    def read_mention(self, mention: Mention, sent: Span) -> None:
        cls = self.reader.cls(mention.entity)
        # the token table's text: Doc.text joins every token on each call (it was
        # a quadratic cost, read once per place mention)
        if cls in _PLACES and is_heading(token_table(self.reader.doc).doc_text, *_chars(mention)):
            self._heading(mention)
            return
        based = cls in _BASED_ORGS
        if based:
            self._bracketed_seat(mention, sent)
        near = self._head_word_near(sent)
        if cls in {"Location", "Company"} and near and mention.end - mention.start == 1:
            self._the_place_firm(mention, sent)
        if not based and not near:
            return  # no business noun near: _business_heads would find none (most names)
        if not based and not self._retypable(mention):
            return  # most names: no noun could retype them, so none is looked for
        # (a firm's nationality is still read from its name's own words)
        heads = self._business_heads(mention) if near else []
        # "Dutch chemicals group Akzenta": the grammar says what the name names
        if not based and not (heads and self._retype(mention, heads)):
            return
        self._nationality(mention, heads, sent)

    def _bracketed_seat(self, mention: Mention, sent: Span) -> None:
        """ "Volna Data JSC (Russia), a data broker": a place in brackets right after a
        firm's name, as annexes and lists of parties write it, is where the firm is."""
        r = self.reader
        text = token_table(r.doc).text
        k = mention.end
        if k + 2 >= len(text) or text[k] != "(":
            return  # (most names: no bracket after them)
        place = r.index.get(k + 1)
        if place is None or place.start != k + 1 or place.end >= len(text):
            return
        if text[place.end] == ")" and r.cls(place.entity) in _PLACES:
            r.fact(mention.entity, "basedIn", place.entity, sent, "nominal.bracketed_seat.v1", 0.7)

    def read_sentence(self, sent: Span) -> None:
        r = self.reader
        attr, acl = _ATTR_ID, _ACL_ID
        seat, based, naming = _SEAT_IDS, _BASED_IDS, _NAMING_IDS
        lower = token_table(r.doc).lower
        for i in self._sentence_words(sent):
            lemma = r.lemma[i]
            if r.dep[i] == attr:
                if r.lower_lemma(i) in BUSINESS_NOUNS:
                    self._copula(r.doc[i], sent)
            elif lemma in seat or (lemma == _HEADQUARTER_ID and r.doc[i].pos_ == "NOUN"):
                # a plural "headquarters" may be lemmatised "headquarter"
                self._seat(r.doc[i], sent)
            elif lemma in naming:
                if r.dep[i] == acl and r.doc[i].tag_ in {"VBN", "VBD"}:
                    self._named(r.doc[i], sent)
            elif lemma in based or _fused_based(lower[i]):
                if r.dep[i] in r.modifier_deps:
                    self._based_word(r.doc[i], sent)
                elif r.doc[i].tag_ == "VBN":
                    self._based_clause(r.doc[i], sent)

    def _sentence_words(self, sent: Span) -> list[int]:
        """The words of ``sent`` read_sentence acts on (an attribute, a trigger lemma,
        a fused "X-based"), found from per-article lists instead of a test per word."""
        r = self.reader
        found = r.words_with(_SENTENCE_LEMMAS, _ATTR_IDS, sent.start, sent.end)
        if self._fused is None:
            # the test once per distinct word ("-" first: a call per word costs more)
            table = token_table(r.doc)
            fused = {w for w in table.lower_words if "-" in w and _fused_based(w)}
            self._fused = table.where_lower(r.doc, fused)
        k = bisect_left(self._fused, sent.start)
        if k < len(self._fused) and self._fused[k] < sent.end:
            found = sorted({*found, *(i for i in self._fused[k:] if i < sent.end)})
        return found

    def _head_word_near(self, sent: Span) -> bool:
        """Whether a word ``_noun`` may accept is in ``sent`` or just before it (every
        head ``_business_heads`` finds is one): a bisect in a per-article list."""
        if self._head_words is None:
            self._head_words = self.reader.lemma_positions(_HEAD_LEMMAS)
        words = self._head_words
        k = bisect_left(words, sent.start - _HEADS_BEFORE)
        return k < len(words) and words[k] < sent.end

    def _heading(self, heading: Mention) -> None:
        """A country alone on its line over a list of firms: each firm is based there
        (:mod:`kg.extract.frames.location_headings`)."""
        r = self.reader
        place = self._place(heading.span.root)
        if place is None:
            return
        for firm in listed_under(r, heading):
            r.fact(firm.entity, "basedIn", place, firm.span.sent, "nominal.heading.v1", 0.7)

    def _the_place_firm(self, place: Mention, sent: Span) -> None:
        """ "The Gothenburg company's modules", "the Lyon firm said": a town before a
        definite business noun places the firm the noun refers back to (a country is
        left alone: "the U.S. company" may be another firm than the last one named)."""
        r = self.reader
        root = place.root
        noun = root.head
        if root.dep_ != "compound" or noun.i in r.index or not _noun(noun):
            return
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            return
        cluster = r.clusters[place.entity]
        name = cluster.name
        if name in _COUNTRIES or any(name in a for a in PLACE_ALIASES.values()):
            return
        firm = r.entity(noun)
        if firm == place.entity:
            # the town the tagger took for a firm is the nearest "company" before the noun
            firm = antecedent(noun, [m for m in r.mentions if m.entity != firm], r.clusters)
        if firm is None or firm == place.entity or r.cls(firm) not in _BASED_ORGS:
            return
        if cluster.cls == "Company":
            # the tagger often takes the town for a firm ("the Lyon company"): a word
            # said once, no part of the firm's name, before the noun that refers back
            # to that firm, is the town (a firm's own name would be said again)
            if len(cluster.mentions) > 1 or not name.isalpha() or not name.istitle():
                return
            if name.lower() in r.clusters[firm].name.lower() or _fixed_class(cluster):
                return
            cluster.cls = "Location"
        r.fact(firm, "basedIn", place.entity, sent, "nominal.the_place_firm.v1", 0.65)

    # ------------------------------------------------------------ nationality
    def _business_heads(self, company: Mention) -> list[Token]:
        """The business nouns that describe a name: "firm" in "US firm X", "X, a
        US firm", "the US firm, X", "X is a US firm", "US firms A and B"."""
        root = company.root
        first = _first_name(root)  # "chipmakers A and B": B is described like A
        inside = range(*_bounds(company))
        # compounds stand left of the name, an apposition right after it: the words
        # near it only (a list's head may have thousands of children)
        near = [c for t in {root, first} for c in near_children(t, 6, 10, _DESCRIBING_DEPS)]
        tail = root.doc[company.end - 1]
        split = tail.dep_ == root.dep_ and tail.head.i == root.head.i  # "a.s" + "."
        if tail.i != root.i and ((tail.dep_ == "appos" and tail.head.i == root.i) or split):
            # "Veridex Systems, Inc., a Palo Alto company": the parser hangs the noun on
            # the legal form the comma set off
            near += near_children(tail, 0, 10, _APPOS)
        heads = [c for c in near if c.i not in inside and _noun(c)]
        if first is not root and any(h.head.i == root.i and h.dep_ == "appos" for h in heads):
            # "A, a New York company, and B, a Russian company": B's own noun, not A's
            heads = [h for h in heads if h.head.i == root.i]
        last = _last_item(root)
        if last is root:
            # "A Co., U.S. subsidiaries of B, C Corp.": a plural after one name starts
            # the next item of a list, it does not describe the name
            # (but "A and B, both Chinese companies", "A and B, two companies in C": a
            # plural after the last item describes them all)
            heads = [
                h
                for h in heads
                if not (h.dep_ == "appos" and h.tag_ == "NNS")
                or (first is not root and h.head.i in {first.i, root.i} and h.i > root.i)
            ]
        else:
            # an earlier item: the plural set after the last item describes it too
            heads += [
                h
                for h in near_children(last, 0, 6, _APPOS)
                if h.tag_ == "NNS" and h.i not in inside and _noun(h)
            ]
        # "BNP subsidiary in Geneva" places the subsidiary, not BNP
        owned = first.dep_ == "compound" and first.head.lemma_.lower() in OWNED_NOUNS
        # (not a word of another name: "the boss of Pellow Bank, Sanjay Morel")
        named = first.head.i in self.reader.index
        if first.dep_ in {"compound", "appos"} and _noun(first.head) and not owned and not named:
            heads.append(first.head)
        if root.dep_ == "nsubj" and root.head.lemma_ == "be":
            heads += [c for c in near_children(root.head, 0, 12, _ATTR) if _noun(c)]
            ones = near_children(root.head, 0, 4, _ATTR)
        else:
            ones = near_children(root, 0, 4, _APPOS)
        # "X, one of Russia's biggest companies", "X is one of the largest banks in Y"
        heads += [n for c in ones if c.lower_ == "one" for n in _one_of(c)]
        dashed = _dash_list_noun(first)
        if dashed is not None:
            heads.append(dashed)
        before = _noun_before_comma(company)
        if before is not None and before not in heads:
            heads.append(before)
        named_by = _the_noun_of(first)
        if named_by is not None:
            heads.append(named_by)
        prep = first.head
        if first.dep_ == "pobj" and prep.lower_ in {"as", "including", "like"}:
            # "Chinese companies such as A and B", "Chinese firms, including A and B"
            noun = prep.head
            if noun.tag_ == "NNS" and _noun(noun) and noun.i < prep.i:
                heads.append(noun)
        return heads

    def _retype(self, company: Mention, heads: list[Token]) -> bool:
        """A name a business noun describes is a business, whatever the tagger said,
        unless it names a known place ("the US firm" describes no "US")."""
        if not self._retypable(company):
            return False
        r = self.reader
        cluster = r.clusters[company.entity]
        # only a noun describing the name itself (not a name modifying the noun)
        root = company.root
        first = _first_name(root)
        dashed = _dash_list_noun(first)
        own = [
            h
            for h in heads
            if h.head.i in {root.i, first.i}
            or (first.head.i == h.i and first.dep_ == "appos")
            or (dashed is not None and h.i == dashed.i)
        ]
        # "Liew, his company, X": a noun the name owns does not describe it
        own = [h for h in own if not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in h.children)]
        if cluster.cls == "Person" and len(cluster.mentions) > 1:
            # a name said again and again is retyped only on the tightest cue,
            # "oil firm Yukos" (not "Huang … at Dow, a company")
            own = [
                h
                for h in own
                if (h.dep_ == "compound" and h.head.i == root.i) or h.i == company.start - 1
            ]
        if not own:
            return False
        word = own[0].lemma_.lower()
        cluster.cls = "Organization" if word in ORGANIZATION_NOUNS else "Company"
        return True

    def _retypable(self, company: Mention) -> bool:
        """Whether a business noun may retype the name: not a known place or a curated
        name, a government body its own words name, a person by a cue, nor a name
        with "a" or "an" before it."""
        entity = company.entity
        fixed = self._class_fixed.get(entity)
        if fixed is None:
            # a cluster's name and mentions stay as they are while the frames read
            fixed = self._class_fixed[entity] = _fixed_class(self.reader.clusters[entity])
        if fixed:
            return False
        cluster = self.reader.clusters[entity]
        words = {w.lower() for w in cluster.name.split()}
        if cluster.cls == "Government" and words & GOVERNMENT_WORDS:
            return False  # "Office of Foreign Assets Control": its own words tell
        root = company.root
        return not any(c.lower_ in {"a", "an"} for c in near_children(root, 6, 0, _DET))

    def _nationality(self, company: Mention, heads: list[Token], sent: Span) -> None:
        """ "Chinese telecommunications firm Huawei" → China; "US phone firm X" → US;
        "Russia's second-largest brewer, X" → Russia; "Germany's X" → Germany;
        "X of Germany" → Germany."""
        r = self.reader
        root = company.root
        found = self._places_on([root, *heads], range(*_bounds(company)))
        if _first_name(root) is not root:
            own = self._places_on([root], range(*_bounds(company)))
            if own:
                # "Belgian firm A and Italy's B": B's own place, not the first item's
                found = own
        if r.cls(company.entity) == "Company":
            for obj in preps(root, "of"):  # "General Motors of the US"
                place = self._place(obj)
                if place is not None:
                    found.setdefault(place, ("nominal.of_place.v1", 0.65))
                    for region in self._regions([obj]):  # "X of Shenzhen, China"
                        found.setdefault(region, ("nominal.region.v1", 0.7))
        prep = root.head
        if (
            r.cls(company.entity) == "Company"
            and root.dep_ == "pobj"
            and prep.lower_ == "of"
            and prep.head.lemma_.lower() in _FIRM_PARTS
        ):
            # "a subsidiary of X in Tennessee": the parent named with its seat
            for obj in preps(root, "in"):
                place = self._place(obj)
                if place is not None:
                    found.setdefault(place, ("nominal.parent_in.v1", 0.6))
        for head in heads:  # "X, an electronics company in Shenzhen"
            for obj in preps(head, "in"):
                place = self._place(obj)
                if place is not None:
                    found.setdefault(place, ("nominal.company_in.v1", 0.65))
                    for region in self._regions([obj]):
                        found.setdefault(region, ("nominal.region.v1", 0.7))
        for place, (rule, confidence) in found.items():
            if place != company.entity:
                r.fact(company.entity, "basedIn", place, sent, rule, confidence)

    def _copula(self, noun: Token, sent: Span) -> None:
        """ "The firm is the US's biggest carrier": the subject, named or referred
        back to, is based where the noun says."""
        r = self.reader
        verb = noun.head
        if verb.lemma_ != "be" or verb.i in r.index:
            return
        subj = subject(verb)
        if subj is None or subj.i in r.index:
            return  # a named subject: read with its mention
        found = self._places_on([noun], range(0))
        for company in r.entities(subj):
            if r.cls(company) not in _BASED_ORGS:
                continue
            for place in found:
                if place != company:
                    r.fact(company, "basedIn", place, sent, "nominal.copula.v1", 0.65)

    def _places_on(self, heads: list[Token], inside: range) -> dict[int, tuple[str, float]]:
        """The places the modifiers of ``heads`` name (outside the name itself)."""
        found: dict[int, tuple[str, float]] = {}
        for head in heads:
            # modifiers stand before their noun ("US phone firm", "Russia's biggest firm")
            mods = [m for m in near_children(head, 8, 0, _MODIFIER_DEPS) if m.i not in inside]
            # "German-US car firm": "German" hangs on "US"; "Swedish telecoms
            # operator": "Swedish" hangs on the trade noun before the head (a business
            # noun there is a phrase of its own run in: "Russian firm Brewing giant X")
            mods += [
                c
                for m in mods
                if m.ent_type_ in {"GPE", "NORP"}
                or (
                    m.dep_ == "compound"
                    and m.pos_ == "NOUN"
                    and m.lemma_.lower() not in COMPANY_NOUNS
                )
                for c in m.children
                # a demonym the tagger made a name ("a Kazakh mining company"), a place
                # before the trade ("a Colorado photonics startup")
                if (
                    c.dep_ == "amod"
                    or (c.dep_ == "compound" and (c.lower_ in _DEMONYMS or c.ent_type_ == "GPE"))
                )
                and c.i < m.i
            ]
            for mod in mods:
                if mod.dep_ == "poss" and mod.lower_ in {"country", "nation"}:
                    # "the country's biggest bank": the country named last before
                    country = self._last_country(mod.i)
                    if country is not None:
                        found.setdefault(country, ("nominal.the_country.v1", 0.6))
                    continue
                place = self._place(mod)
                if place is not None:
                    rule = (
                        "nominal.possessive.v1" if mod.dep_ == "poss" else "nominal.nationality.v1"
                    )
                    found.setdefault(place, (rule, 0.7))
                    town = self._town_before(mod)
                    if town is not None:
                        # "its Austin, Texas, subsidiary": the town the state closes too
                        found.setdefault(town, (rule, 0.7))
                elif mod.dep_ in {"amod", "compound"}:
                    country = self.country(mod)
                    if country is not None:
                        found.setdefault(country, ("nominal.nationality.v1", 0.7))
        return found

    def _town_before(self, region: Token) -> int | None:
        """The town whose joined name ("Austin, Texas") the state or country at
        ``region`` ends, written just before it; None elsewhere."""
        r = self.reader
        if region.i < 2 or token_table(r.doc).text[region.i - 1] != ",":
            return None
        town = r.index.get(region.i - 2)
        if town is None or r.cls(town.entity) != "Location":
            return None
        name = r.clusters[town.entity].name
        return town.entity if name.endswith(f", {region.text}") else None

    def _regions(self, places: list[Token]) -> list[int]:
        """The countries set off after the places of ``places``: "China" in "based in
        Dalian, China" (the parser hangs it on the city as an apposition)."""
        r = self.reader
        found: list[int] = []
        for token in places:
            text = token_table(r.doc).text
            for c in token.children:
                # "Dalian, China"; "Rotterdam, the Netherlands"
                comma = c.i - 2 if text[c.i - 1].lower() == "the" else c.i - 1
                if c.dep_ not in {"appos", "conj"} or text[comma] != ",":
                    continue
                mention = r.index.get(c.i)
                if mention is None or r.cls(mention.entity) not in _PLACES:
                    continue
                name = r.clusters[mention.entity].name
                if name in _COUNTRIES or any(name in a for a in PLACE_ALIASES.values()):
                    found.append(mention.entity)
        return found

    def _last_country(self, before: int) -> int | None:
        """The last country named before token ``before`` (within a few sentences)."""
        r = self.reader
        for m in reversed(r.mentions):
            if m.start >= before:
                continue
            if before - m.start > 150:
                return None
            name = r.clusters[m.entity].name
            if r.cls(m.entity) in _PLACES and (
                name in _COUNTRIES or any(name in a for a in PLACE_ALIASES.values())
            ):
                return m.entity
        return None

    def _place(self, token: Token) -> int | None:
        """The place a token names ("US", "Russia", "Oslo"), or None."""
        r = self.reader
        mention = r.index.get(token.i)
        if mention is None:
            return None
        entity = mention.entity
        cls = r.cls(entity)
        if cls == "Location":
            return self._demonym(entity)
        if cls == "Government" and (
            token.ent_type_ in {"GPE", "LOC"} or r.clusters[entity].name in COUNTRY_NAMES
        ):
            return entity
        return None

    def _demonym(self, place: int) -> int:
        """The country a place the tagger named by its demonym stands for: "Kyrgyz" in
        "a Kyrgyz-registered exchange" is the Kyrgyz Republic the article names."""
        name = self.reader.clusters[place].name
        country = MORE_NATIONALITIES.get(name.lower()) or NATIONALITIES.get(name.lower())
        if country is None or country == name or name.isupper():
            return place  # a country's own name, or an acronym ("US", "UK")
        return self.reader.country(country, PLACE_ALIASES.get(country, frozenset()))

    def country(self, adjective: Token) -> int | None:
        """The country a nationality adjective names, as an entity of the article
        (added as a Location when the article never names it)."""
        r = self.reader
        words = adjective.lower_
        if adjective.i > 0 and token_table(adjective.doc).lower[adjective.i - 1] in {
            "south",
            "north",
            "new",
        }:
            words = (
                f"{token_table(adjective.doc).lower[adjective.i - 1]} {words}"  # "South African"
            )
        name = NATIONALITIES.get(words) or MORE_NATIONALITIES.get(words)
        if name is None:
            name = NATIONALITIES.get(adjective.lower_) or MORE_NATIONALITIES.get(adjective.lower_)
        if name is None:
            return None
        if adjective.ent_type_ != "NORP" and not (
            adjective.pos_ in {"ADJ", "PROPN"} and adjective.text[:1].isupper()
        ):
            return None  # "us" the pronoun; a lower-case word is no nationality
        return r.country(name, PLACE_ALIASES.get(name, frozenset()))

    def _named(self, verb: Token, sent: Span) -> None:
        """ "a company in China named X", "a Chinese firm called X": the name the
        participle gives is a business (whatever the tagger said), based where the
        noun says."""
        r = self.reader
        noun = verb.head
        if not _noun(noun) or noun.i in r.index:
            return
        named = [m for c in verb.children if c.dep_ in {"oprd", "attr", "dobj"}
                 for m in [r.index.get(c.i)] if m is not None]  # fmt: skip
        if len(named) != 1:
            return
        entity = named[0].entity
        cluster = r.clusters[entity]
        if cluster.cls in {"Person", "Location"} and not any(
            m.source == "gazetteer" for m in cluster.mentions
        ):
            # "a company called Hexin Tooling": the noun says what the name names
            cluster.cls = "Organization" if noun.lemma_.lower() in ORGANIZATION_NOUNS else "Company"
        if r.cls(entity) not in _BASED_ORGS:
            return
        found = {
            p: ("nominal.named.nationality.v1", 0.7) for p in self._places_on([noun], range(0))
        }
        for obj in preps(noun, "in"):
            place = self._place(obj)
            if place is not None:
                found.setdefault(place, ("nominal.named.in.v1", 0.75))
                for region in self._regions([obj]):
                    found.setdefault(region, ("nominal.region.v1", 0.7))
        for place, (rule, confidence) in found.items():
            if place != entity:
                r.fact(entity, "basedIn", place, sent, rule, confidence)

    # ------------------------------------------------------------ based in
    def _based_word(self, based: Token, sent: Span) -> None:
        """ "Hong Kong-based firm X", "a company based in Indianapolis"."""
        r = self.reader
        places = [
            r.entity(c) for c in based.children if c.dep_ in {"npadvmod", "nsubj", "compound"}
        ]
        places += [r.entity(t) for t in (*preps(based, "in"), *_laws_of(based))]
        places_ok = [self._demonym(p) for p in places if p is not None and r.cls(p) in _PLACES]
        # "a company based in Minsk, Belarus": the country after the city too
        regions = self._regions(preps(based, "in")) if places_ok else []
        for child in based.children:
            # "the Austin, Texas-based company": the city before the state's comma too
            comma = child.i - 1
            city = (
                r.index.get(comma - 1)
                if comma > 0 and token_table(r.doc).text[comma] == ","
                else None
            )
            if child.dep_ == "npadvmod" and city is not None and r.cls(city.entity) in _PLACES:
                places_ok.append(city.entity)
        fused = self._fused_place(based)
        if fused is not None:
            places_ok.append(fused)  # "U.S.-based" read as one word
        if not places_ok:
            places_ok = [
                self.reader.country(w.text, PLACE_ALIASES.get(w.text, frozenset()))
                for w in based.children
                if w.dep_ in {"npadvmod", "compound"} and w.text in _KNOWN_COUNTRIES
            ]  # "its Cyprus-registered arm": a country the model did not label
        if not places_ok:
            # "Hong-Kong based": the place can sit just before the hyphen
            prev = r.index.get(based.i - 1) or r.index.get(based.i - 2)
            if prev is not None and r.cls(prev.entity) in _PLACES:
                places_ok = [prev.entity]
        head = based.head
        maker = up_conjuncts(head.head.head) if head.head.lower_ == "of" else head
        product = head.i not in r.index or r.cls(r.index[head.i].entity) == "Technology"
        if head.dep_ == "pobj" and product and _noun(maker) and not _noun(head):
            # "a manufacturer of wind turbines based in X": no product is based anywhere
            head = maker
        companies = [e for e in r.entities(head) if r.cls(e) in _BASED_ORGS]
        if based.i < head.i and len(companies) > 1:
            # "Hanoi-based A and B of Reston": the later name has a seat of its own
            seated = {
                e
                for c in conjuncts(head)[1:]
                if any(r.cls(x) in _PLACES for x in map(r.entity, preps(c, "of")) if x is not None)
                for e in r.entities(c)
            }
            companies = [e for e in companies if e not in seated] or companies
        if head.dep_ == "appos":
            # "… at Dow, a company based in Y": the apposition describes the name just
            # before its comma, even when the parser hangs it on an earlier word
            before = head.left_edge.i - 1
            while before > 0 and r.doc[before].is_punct:
                before -= 1
            near = r.index.get(before)
            if near is not None and r.cls(near.entity) in _BASED_ORGS:
                companies = [near.entity]
        if not companies and head.dep_ in {"compound", "amod"} and head.head.i in r.index:
            companies = [r.index[head.head.i].entity]  # "Hong Kong-based AI firm X"
        # "a company based in Indianapolis" (appos of X): the company is X
        if not companies and head.dep_ == "appos" and head.head.i in r.index:
            companies = [r.index[head.head.i].entity]
        loose: list[int] = []  # names the parse left apart from the noun
        before = head.left_edge.i - 1
        if not companies and _noun(head) and before > 0 and token_table(r.doc).text[before] == ",":
            # "X, a company located in Y" parsed as two subjects: the name before the comma
            near = r.index.get(before - 1)
            if near is not None and near.end == before:
                companies = loose = [near.entity]
        # "a Madrid-based charity, the X Foundation, which …" parsed apart: the name set
        # off by commas right after the noun (or its clause: "a … company he
        # controlled, X") is the one it describes
        ends = [head.i] + ([head.right_edge.i] if _noun(head) else [])
        for end in ends if not companies else []:
            if end + 2 >= len(r.doc) or token_table(r.doc).text[end + 1] != ",":
                continue
            after = end + 2 + (token_table(r.doc).lower[end + 2] == "the")
            named = r.index.get(after)
            if named is not None and named.end < len(r.doc) and r.doc[named.end].is_punct:
                companies = loose = [named.entity]
                break
        if not companies and _noun(head):
            # "a Los Angeles-based company he controlled Pullman Lane LLC": with its
            # commas lost, the name runs on after the relative clause's verb
            companies = loose = self._run_on_name(head)
        lead = False
        if not companies and _noun(head):
            # "A manufacturer of turbines based in the PRC was convicted": a release's
            # lead describes the firm it is about without its name
            companies = self._lead_firm(head, sent)
            lead = bool(companies)
        if not companies and head.dep_ == "attr" and head.head.lemma_ == "be":
            # "X is a company based in Wilmington": the copula's subject; "X is a
            # UAE-based ship manager": any noun, once the subject is known to be a firm
            # (as the apposition "X, a UAE-based ship manager" reads it)
            subjects = [e for e in r.entities(subject(head.head)) if r.cls(e) in _BASED_ORGS]
            if _noun(head) or based.dep in r.modifier_deps:
                companies = subjects
        if not companies and head.lemma_.lower() not in _FIRM_PARTS:
            # "its office located in Y" (but "its Cyprus-registered arm" is the arm's)
            companies = [e for c in head.children if c.dep_ == "poss" for e in r.entities(c)]
        if not companies and not (head.lower_ in TITLE_WORDS and not _noun(head)):
            # (not "a Veltra finance official based in Dubai": the official is there)
            companies = [
                r.index[t.i].entity
                for t in [head.head, *head.children]
                if (t.i in r.index and t.dep_ in {"compound", "appos"})
                or (t == head.head and t.i in r.index)
            ]
        if len(companies) == 1 and companies[0] in places_ok:
            # "X, a Woburn, Massachusetts-based distributor": the noun hung on its own
            # town, the town on X; the firm is X, never the town
            companies = _firm_above_town(r, head)
        if head.tag_ == "NNS" and _noun(head) and len(companies) == 1 and not lead:
            # "two China-based companies, A and B", "A and B, two companies based in C":
            # a plural noun describes every name of the list
            companies = _list_names(r, head, companies[0]) or companies
        for c in companies:
            # "Titan, a California-based company": the noun says it is a business
            if r.cls(c) not in _BASED_ORGS and not (
                _noun(head)
                and (self._retype(self._mention_of(c, sent), [head]) or _loose_retype(r, c, loose))
            ):
                continue
            rule, confidence = (
                ("nominal.based.lead_firm.v1", 0.6) if lead else ("nominal.based.v1", 0.8)
            )
            for p in places_ok:
                if p != c:
                    r.fact(c, "basedIn", p, sent, rule, confidence)
            for p in regions:
                if p != c and p not in places_ok:
                    r.fact(c, "basedIn", p, sent, "nominal.region.v1", 0.7)

    def _run_on_name(self, noun: Token) -> list[int]:
        """The name run on after a relative clause with no relative pronoun: "a company
        he controlled X" (the clause's object is its gap, so an object after its verb
        is the name set off by commas the text lost)."""
        r = self.reader
        for clause in (c for c in noun.children if c.dep_ == "relcl" and c.i > noun.i):
            if any(c.tag_ in {"WDT", "WP"} for c in clause.children):
                return []  # "a company that bought X": X is the object
            if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in clause.children):
                return []
            named = r.index.get(clause.i + 1)
            if named is not None and r.doc[clause.i + 1].head.i in {
                clause.i,
                *range(named.start, named.end),
            }:
                return [named.entity]
        return []

    def _lead_firm(self, noun: Token, sent: Span) -> list[int]:
        """The firm a release is about, for an indefinite business noun that opens its
        first sentence: the company named most often in the article (and more often
        than any other), not named in this sentence."""
        r = self.reader
        if noun.dep_ not in {"nsubj", "nsubjpass", "ROOT"} or not any(
            c.lower_ in {"a", "an"} for c in noun.children if c.dep_ == "det"
        ):
            return []
        first = next((s for s in r.doc.sents if not _HEADER.match(s.text.lstrip())), None)
        if first is None or first.start != sent.start:
            return []
        # the lead paragraph (the parser may cut its sentence short)
        table = token_table(r.doc)
        end = next((i for i in range(sent.start, len(r.doc)) if "\n" in table.text[i]), len(r.doc))
        here = {m.entity for m in r.mentions if sent.start <= m.start <= end}
        # the model misses many bare short names ("Sinovel said"): count the words
        words = table.text
        counts: dict[str, int] = {}
        keyed: dict[str, list[int]] = {}
        for i, cluster in enumerate(r.clusters):
            key = _key_word(cluster.name) if cluster.cls == "Company" else None
            if key is None:
                continue
            keyed.setdefault(key, []).append(i)
            counts[key] = sum(w in {key, key + "s"} for w in words)
        # a firm named in the sentence is not the one it leaves unnamed
        ranked = sorted(
            ((k, n) for k, n in counts.items() if not any(f in here for f in keyed[k])),
            key=lambda kv: kv[1],
            reverse=True,
        )
        if not ranked or ranked[0][1] < 3 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
            return []
        firms = keyed[ranked[0][0]]
        # of the names sharing the word, the firm's full legal name
        return [
            max(
                firms, key=lambda f: (firm_by_name(r.clusters[f].name), len(r.clusters[f].mentions))
            )
        ]

    def _fused_place(self, based: Token) -> int | None:
        """The place of a one-token "U.S.-based" or "UK-registered": a country the
        article names (or one added for it)."""
        if not _fused_based(based.lower_):
            return None
        prefix = based.text.rsplit("-", 1)[0]
        name = NATIONALITIES.get(prefix.lower()) or MORE_NATIONALITIES.get(prefix.lower())
        if name is None and prefix in COUNTRY_NAMES:
            name = prefix
        if name is None:
            for i, cluster in enumerate(self.reader.clusters):
                if cluster.cls in _PLACES and prefix in {cluster.name, *cluster.aliases}:
                    return i
            return None
        return self.reader.country(name, PLACE_ALIASES.get(name, frozenset()))

    def _seat(self, noun: Token, sent: Span) -> None:
        """ "its headquarters in Oslo", "X has its headquarters in Y", "the
        headquarters of X in Y"."""
        r = self.reader
        if noun.lemma_.lower() == "place" and not any(
            o.lower_ == "business" for o in preps(noun, "of")
        ):
            return  # only "its principal place of business in Y" is a seat
        # "in Shenzhen, China" parses as a list: the first place is the seat
        places = [p for p in map(r.entity, _seat_places(noun)) if p is not None]
        places = [p for p in places if r.cls(p) in _PLACES]
        if not places:
            return
        owners = [e for c in noun.children if c.dep_ == "poss" for e in _owner(r, c)]
        owners += [e for t in preps(noun, "of") for e in r.entities(t)]
        if not owners and noun.dep_ == "dobj" and noun.head.lemma_ in _SEAT_VERBS:
            owners = r.entities(subject(noun.head))
        prep = noun.head
        if (
            not owners
            and noun.dep_ == "pobj"
            and prep.lower_ == "with"
            and prep.head.pos_ == "PROPN"
        ):
            owners = r.entities(prep.head)  # "X, with headquarters in Y, makes …"
        rule = (
            "nominal.place_of_business.v1"
            if noun.lemma_.lower() == "place"
            else "nominal.headquarters.v1"
        )
        for c in owners:
            if r.cls(c) in _BASED_ORGS:
                for p in places:
                    if p != c:
                        r.fact(c, "basedIn", p, sent, rule, 0.75)

    def _based_clause(self, based: Token, sent: Span) -> None:
        """ "X is based in Oslo", "X, which is headquartered in Oslo"."""
        r = self.reader
        words = [*preps(based, "in"), *_laws_of(based)]
        places = [p for t in words for p in r.entities(t) if r.cls(p) in _PLACES]
        if not places:
            return
        places += [p for p in self._regions(preps(based, "in")) if p not in places]
        subj = subject(based)
        companies = r.entities(subj)
        if subj is not None and subj.tag_ == "NNS" and _noun(subj):
            # "The three firms, A, B and C, are based in Y": the names set beside the noun
            named = [e for c in subj.children if c.dep_ == "appos" for e in r.entities(c)]
            companies = list(dict.fromkeys([*companies, *named]))
            earlier = _earlier_list(r, subj)  # "Both firms are based in Y": the list before
            if len(earlier) > len(companies):
                companies = earlier
        for c in companies:
            if r.cls(c) in _BASED_ORGS:
                for p in places:
                    if p != c:
                        r.fact(c, "basedIn", p, sent, "verb.based.v1", 0.75)

    def _mention_of(self, entity: int, sent: Span) -> Mention:
        r = self.reader
        return next(
            (m for m in r.mentions if m.entity == entity and sent.start <= m.start < sent.end),
            r.clusters[entity].mentions[0] if r.clusters[entity].mentions else r.mentions[0],
        )


#: Verbs whose object is an organisation's own seat ("X has / moved its headquarters …").
_SEAT_VERBS = frozenset({"have", "keep", "maintain", "move", "relocate", "shift"})
_MOVE_VERBS = frozenset({"move", "relocate", "shift"})


#: Words that count the items of a list a plural noun refers back to ("both firms").
_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}


def _earlier_list(r: ArticleReader, noun: Token) -> list[int]:
    """ "A and B were named. Both firms are based in Y": the list of names just before
    that a counted plural noun refers back to (as many names as it counts)."""
    counted = [
        _COUNTS.get(c.lower_) for c in noun.children if c.dep_ in {"det", "nummod", "predet"}
    ]
    want = next((n for n in counted if n is not None), None)
    if want is None:
        return []
    for m in reversed(r.mentions):
        if m.start >= noun.i:
            continue
        if noun.i - m.start > 60:
            return []
        root = m.root
        if root.dep_ != "conj" and not any(c.dep_ == "conj" for c in root.children):
            continue
        names = [e for e in r.entities(_first_name(root)) if r.cls(e) in _BASED_ORGS]
        return names if len(names) == want else []
    return []


def _laws_of(based: Token) -> list[Token]:
    """The place of "incorporated / organized under the laws of Y": Y."""
    return [
        o for law in preps(based, "under") if law.lemma_.lower() == "law" for o in preps(law, "of")
    ]


def _seat_places(noun: Token) -> list[Token]:
    """The place words of a seat noun: "its headquarters in Oslo" (not the "in" of a
    later item: "headquarters in Oslo and offices in Rome"), "its headquarters are
    in Oslo", "moved its headquarters to Oslo"."""
    ins = [c.i for c in noun.children if c.dep_ == "prep" and c.lower_ == "in"]
    second = ins[1] if len(ins) > 1 else len(noun.doc)
    places = [t for t in preps(noun, "in") if t.i < second]
    verb = noun.head
    if not places and noun.dep_ == "nsubj" and verb.lemma_ == "be":
        places = preps(verb, "in")
    if not places and noun.dep_ == "dobj" and verb.lemma_ in _SEAT_VERBS - _MOVE_VERBS:
        places = preps(verb, "in")  # "keeps its headquarters in Oslo" hung on the verb
    if not places and noun.dep_ == "dobj" and verb.lemma_ in _MOVE_VERBS:
        places = preps(verb, "to")
    return places


def _owner(r: ArticleReader, poss: Token) -> list[int]:
    """The entities a seat noun's possessive names: a name, a pronoun's antecedent, or
    for "whose" the name the relative clause describes ("X, whose headquarters …")."""
    if poss.lower_ == "whose":
        clause = poss.head.head
        return r.entities(clause.head) if clause.dep_ == "relcl" else []
    return r.entities(poss)


#: Nouns that name a business or organisation only after one of their compounds.
_COMPOUND_NOUNS = {"designer": frozenset({"chip", "software"})}

#: The header lines of a stored article ("title: …", "source: …").
_HEADER = re.compile(r"^(title|date|source|license|url|author):", re.IGNORECASE)


def _one_of(one: Token) -> list[Token]:
    """The plural business noun after "one of": "companies" in "one of Russia's
    biggest companies"."""
    return [o for p in one.children if p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj" and o.tag_ == "NNS" and _noun(o)]  # fmt: skip


def _list_names(r: ArticleReader, noun: Token, named: int) -> list[int]:
    """The entities of the list of names ``noun`` describes, when ``named`` (found for
    it) is one of them: the list's first name and its conjuncts."""
    near = (m for m in r.mentions if m.entity == named and abs(m.start - noun.i) < 20)
    mention = next(near, None)
    if mention is None:
        return []
    stack = [_first_name(mention.root)]
    found: list[int] = []
    while stack and len(found) < 50:
        t = stack.pop()
        if t.i in r.index and r.cls(r.index[t.i].entity) in _BASED_ORGS:
            found.append(r.index[t.i].entity)
        stack += [c for c in t.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
    return list(dict.fromkeys(found)) if named in found else []


def _fixed_class(cluster: EntityCluster) -> bool:
    """Whether no business noun retypes the entity: a country or a curated name (its
    class wins, also over its acronym's context), a person by a cue ("Su Ling, 36,
    the deputy director …": by her age or title), or a place by a cue (the town of "a
    Tulsa, Oklahoma-based forwarder", which the parse may hang the noun on)."""
    if cluster.name in COUNTRY_NAMES or any(m.source == "gazetteer" for m in cluster.mentions):
        return True
    if cluster.cls == "Location" and joined_town(cluster.name):
        return True  # "its San Jose, California, subsidiary": a town with its state
    return any(m.source == "cue" and m.cls in _CUED_CLASSES for m in cluster.mentions)


#: Classes a cue around a name gives that no business noun overrides.
_CUED_CLASSES = frozenset({"Person", "Location"})


def _firm_above_town(r: ArticleReader, noun: Token) -> list[int]:
    """The firm a seat phrase describes when the parse hangs its noun on the town
    before the state ("X, a Woburn, Massachusetts-based distributor": distributor ←
    Woburn ← X): the business name the town is an apposition of, if any."""
    town = noun.head
    if noun.dep_ not in {"appos", "conj"} or town.dep_ != "appos" or town.head.i not in r.index:
        return []
    firm = r.index[town.head.i].entity
    return [firm] if r.cls(firm) in _BASED_ORGS else []


def _first_name(token: Token) -> Token:
    """The first name of the list of names ``token`` is an item of ("A, B and C" →
    A), however long the list, but not past a name to a word the parser joined the
    list to ("provision of financing, …: A, B and C" stops at A). A second item the
    parser hung as an apposition of the first counts as an item when the first has a
    later item too ("A, B Co, and C")."""
    for _ in range(100):
        head = token.head
        if head.i == token.i or head.pos_ != "PROPN":
            break
        listed = token.dep_ == "appos" and any(c.dep_ == "conj" for c in head.children)
        if token.dep_ != "conj" and not listed:
            break
        token = head
    return token


def _last_item(token: Token) -> Token:
    """The last name of the list ``token`` opens or continues ("A, B and C" → C; the
    parser may hang B on A as an apposition, C on B)."""
    for _ in range(20):
        later = [
            c
            for c in token.children
            if c.pos_ == "PROPN"
            and (
                c.dep_ == "conj"
                or (c.dep_ == "appos" and any(g.dep_ == "conj" for g in c.children))
            )
        ]
        if not later:
            break
        token = later[-1]
    return token


def _dash_list_noun(first: Token) -> Token | None:
    """The plural business noun a list set off by a dash names, when the parser hung
    the list on a later noun: "four American companies at the forefront of AI—A, B
    and C" (the list names the companies, not the forefront); after a colon, however
    the parser hung the list: "sanctions on two Russian state-owned banks: A and B"."""
    doc = first.doc
    dash = first.left_edge.i - 1
    if dash < 1 or token_table(doc).text[dash] not in {"—", "–", "-", ":"}:
        return None
    if token_table(doc).text[dash] != ":" and (first.dep_ != "appos" or _noun(first.head)):
        return None
    for k in range(dash - 1, max(dash - 12, 0), -1):
        t = doc[k]
        if t.pos_ in {"VERB", "AUX"} or t.text in {".", ";", ",", "—", "–"}:
            return None
        if t.tag_ == "NNS" and _noun(t):
            return t
    return None


def _fused_based(text: str) -> bool:
    """ "U.S.-based" as one token (the tokenizer keeps a dotted abbreviation whole);
    ``text`` is the token's lower-case form.

    >>> from spacy.lang.en import English
    >>> [_fused_based(t.lower_) for t in English()("a U.S.-based firm")]
    [False, True, False]
    """
    return "-" in text and text.rsplit("-", 1)[1] in _FUSED_WORDS and text[0].isalpha()


def _key_word(name: str) -> str | None:
    """The word a firm's name is known by ("Sinovel" in "Sinovel Wind Group Co."),
    past nationalities and trade nouns run into a headline ("Chinese Company …").

    >>> _key_word("Chinese Company Sinovel Wind Group"), _key_word("the company")
    ('Sinovel', None)
    """
    for word in name.split():
        low = word.lower()
        if low in NATIONALITIES or low in COMPANY_NOUNS or not word[:1].isupper():
            continue
        return word if len(word) > 2 else None
    return None


def _loose_retype(r: ArticleReader, entity: int, loose: list[int]) -> bool:
    """ "Ostrava Trading, a company located in …" parsed apart from its noun: a name
    said once that the model took for a person or place is the business."""
    cluster = r.clusters[entity]
    if entity not in loose or cluster.cls not in {"Person", "Location"}:
        return False
    if _fixed_class(cluster):
        return False  # a country, a curated name, or a place or person by a cue
    if len(cluster.mentions) > 1 or cluster.name in COUNTRY_NAMES:
        return False
    if any(m.source == "gazetteer" for m in cluster.mentions):
        return False
    cluster.cls = "Company"
    return True


def _noun(token: Token) -> bool:
    """A noun that says what it describes is a business or organisation ("firm",
    "charity"), also "financial institution"."""
    word = token.lemma_.lower()
    if word == "institution":
        return any(c.lower_ in FINANCIAL_WORDS for c in token.children if c.dep_ == "amod")
    if word in _COMPOUND_NOUNS:
        # "chip designer" (not "fashion designer"): a business noun only with its first word
        return any(
            c.lower_ in _COMPOUND_NOUNS[word] for c in token.children if c.dep_ == "compound"
        )
    return word in BUSINESS_NOUNS or word in ORGANIZATION_NOUNS


def _noun_before_comma(company: Mention) -> Token | None:
    """The business noun right before a name and a comma, read in text order: "sanctions
    on Russia's largest financial institution, X" (the parser often hangs the name on
    the verb instead of on the noun it is set beside)."""
    start = company.start
    doc = company.doc
    if start < 2 or token_table(doc).text[start - 1] != ",":
        return None
    noun = doc[start - 2]
    return noun if noun.tag_ == "NN" and _noun(noun) else None


def _the_noun_of(name: Token) -> Token | None:
    """The "firm" a name is given by after "of": "the New York law firm of Kramer and
    Hale" (only "firm": "the Peruvian bank of X" is a bank X owns; nor "the parent
    firm of X")."""
    prep = name.head
    if name.dep_ != "pobj" or prep.lower_ != "of":
        return None
    noun = prep.head
    if noun.tag_ != "NN" or noun.lemma_.lower() != "firm":
        return None
    words = {c.lower_ for c in noun.children if c.dep_ in {"det", "compound", "amod"}}
    return noun if "the" in words and not words & _OWNER_WORDS else None


def _chars(mention: Mention) -> tuple[int, int]:
    """A mention's character offsets, from the token table (no Span made)."""
    return token_table(mention.doc).char_bounds(mention.start, mention.end)


def _bounds(mention: Mention) -> tuple[int, int]:
    return mention.start, mention.end
