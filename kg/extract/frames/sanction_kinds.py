"""The kind of a measure on a whole country: "U.S. sanctions against Freedonia" is an
embargo (``Ban``), not a designation; annotators mark designations on named people,
firms and bodies, and the sanctions a state keeps on another state as a ban.

>>> kind_on("Designation", True), kind_on("Designation", False), kind_on("Tariff", True)
('Ban', 'Designation', 'Tariff')
"""

from __future__ import annotations

from typing import Any, Final

from spacy.tokens import Token

from kg.extract.frames.sanction_context import BEFORE_CONFIDENCE, government_before
from kg.extract.frames.sanction_words import (
    CAPITALISED_MEASURES,
    LICENCE_WORDS,
    MEASURE_HEADS,
    OTHER_MEASURES,
)
from kg.extract.frames.syntax import children, preps
from kg.extract.lexicon import COUNTRY_NAMES, SANCTION_NOUNS
from kg.extract.typing_words import WORLD_COUNTRIES


def kind_on(kind: str, country: bool) -> str:
    """The kind of a measure of ``kind`` on a country (``country``) or on another target."""
    return "Ban" if country and kind == "Designation" else kind


def is_country(r, entity: int) -> bool:  # type: ignore[no-untyped-def]
    """A place, or a state named by its country's name ("Iran", "Sudan", "the Russian
    Federation" as its alias "Russia")."""
    cluster = r.clusters[entity]
    if r.cls(entity) == "Location":
        return True
    return any(n in COUNTRY_NAMES or n in WORLD_COUNTRIES for n in [cluster.name, *cluster.aliases])


#: Classes an imposer has.
_IMPOSING: Final = frozenset({"Government", "Location"})


def record(  # type: ignore[no-untyped-def]
    r, imposers: list[int], targets: list[int], kind: str, *args: Any, **kwargs: Any
) -> None:
    """``r.sanction`` with the kind each target takes: a generic designation on a
    country is a ban. A measure stated with no government takes the one acting in the
    sentences just before, at a guess's confidence (:func:`government_before`)."""
    # a measure an offence violated ("violated the embargo against Iran") is background
    background = ".violated." in str(args[2])
    if targets and not background and not [i for i in imposers if r.cls(i) in _IMPOSING]:
        anchor, sent = args[0], args[1]
        before = government_before(r, anchor, sent, targets)
        if before:
            imposers = before
            rest = list(args)
            rest[2] = str(rest[2]).removesuffix(".v1") + ".before.v1"  # the rule
            if len(rest) > 4:
                rest[4] = BEFORE_CONFIDENCE
            else:
                kwargs["confidence"] = BEFORE_CONFIDENCE
            args = tuple(rest)
    countries = [t for t in targets if is_country(r, t)]
    others = [t for t in targets if t not in countries]
    if others:
        r.sanction(imposers, others, kind, *args, **kwargs)
    if countries:
        r.sanction(imposers, countries, kind_on(kind, True), *args, **kwargs)


#: Nouns of a forced sale: "a divestment order", "a divestiture order".
DIVESTING_NOUNS: Final = frozenset({"divestment", "divestiture"})


def noun_kind(noun: Token) -> str | None:
    """The kind a measure's noun names: "sanctions" → Designation, "tariff" → Tariff,
    "a (temporary) denial order", "license requirements" → ExportControl; None for
    other nouns."""
    lemma = noun.lemma_.lower()
    if lemma == "order":
        denial = any(c.lower_ == "denial" for c in noun.children)
        # "a forfeiture order of $2 million against X": the court's money judgment
        forfeiture = any(c.lower_ == "forfeiture" for c in noun.children)
        # "a divestment order against X": X made to sell what it acquired
        divesting = any(c.lemma_.lower() in DIVESTING_NOUNS for c in noun.children)
        if divesting:
            return "InvestmentBan"
        return "ExportControl" if denial else "Fine" if forfeiture else None
    if lemma in {"tdo", "tdos"}:
        return "ExportControl"  # a temporary denial order, by its usual abbreviation
    if lemma == "requirement":
        # "license requirements on exports to X"; not "reporting requirements"
        licensing = any(c.lower_ in LICENCE_WORDS for c in noun.children if c.dep_ == "compound")
        return "ExportControl" if licensing else None
    if lemma == "denial":
        # "a seven-year denial of export privileges"; not "a denial of the charges"
        exports = any(t.lower_ in {"export", "exports", "exporting"} for t in noun.subtree)
        return "ExportControl" if exports else None
    if noun.pos_ == "PROPN" and noun.lower_ in CAPITALISED_MEASURES:
        # "- Sanctions on X" parsed as a name, its lemma the word as written
        lemma = noun.lower_.removesuffix("es" if noun.lower_.endswith("oes") else "s")
    return SANCTION_NOUNS.get(lemma) or OTHER_MEASURES.get(lemma)


def named_measure(noun: Token) -> Token:
    """The measure a head noun names ("the tariff rate", "the rate of duty", "a
    sanctions package" → the tariff, duty, sanctions word), else ``noun`` itself.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("They raised the tariff rate on steel.")
    >>> named_measure(doc[3]).text
    'tariff'
    """
    if noun.lemma_.lower() not in MEASURE_HEADS:
        return noun
    named = [t for t in [*children(noun, "compound"), *preps(noun, "of")] if noun_kind(t)]
    return named[0] if named else noun


#: Name words of the bodies that keep sanctions lists, and the kind their lists carry.
_KEEPER_WORDS: Final[dict[str, str]] = {
    "commerce": "ExportControl", "industry and security": "ExportControl",
    "treasury": "Designation", "foreign assets control": "Designation",
    "state department": "Designation", "department of state": "Designation",
    "united states": "Designation", "u.s. government": "Designation",
    # FinCEN's orders cut a named firm off from U.S. transfers: a ban (its "action
    # against X" is a measure, as OFAC's is)
    "financial crimes enforcement": "Ban", "fincen": "Ban",
}  # fmt: skip


def sanctions_body(r, entity: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether a government body keeps sanctions or export lists (Treasury, OFAC,
    Commerce, BIS, the State Department) or is the state itself, whose "action
    against X" is a measure; not a regulator or prosecutor enforcing the law."""
    name = r.clusters[entity].name.lower()
    return any(word in name for word in _KEEPER_WORDS)


def keeper_kind(r, imposers: list[int]) -> str:  # type: ignore[no-untyped-def]
    """The kind the imposers' lists carry: Commerce's export controls, else
    designations."""
    names = " ".join(r.clusters[i].name.lower() for i in imposers)
    if "commerce" in names or "industry and security" in names:
        return "ExportControl"
    return "Ban" if "financial crimes enforcement" in names or "fincen" in names else "Designation"


#: Authorities whose designations bar entry rather than block property: Section
#: 7031(c) of the State Department's appropriations act makes the designated (and
#: their families) ineligible for entry into the United States.
_VISA_AUTHORITIES: Final = ("7031(c",)  # the parser splits off ")"


def authority_kind(head: Token) -> str | None:
    """ "designated X under Section 7031(c)": VisaBan, the measure that authority
    carries; else None."""
    for obj in preps(head, "under"):
        text = "".join(t.text for t in obj.subtree)
        if any(a in text for a in _VISA_AUTHORITIES):
            return "VisaBan"
    return None
