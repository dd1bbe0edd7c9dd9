"""Word lists that map English wording to the ontology (documented in the README).

Everything here is about English constructions, not about particular articles.

>>> SANCTION_VERBS["blacklist"]
'Designation'
>>> fix_lemma("fined", "fin")
'fine'
"""

from __future__ import annotations

from typing import Final

#: Verbs whose object (or passive subject) is the target of a sanction, with its kind.
SANCTION_VERBS: Final[dict[str, str]] = {
    "blacklist": "Designation",
    "designate": "Designation",
    "sanction": "Designation",
    "list": "Designation",
    "fine": "Fine",
    "penalize": "Fine",
    "penalise": "Fine",
    "ban": "Ban",
    "bar": "Ban",
    "debar": "Ban",  # "was debarred from government contracting"
    "block": "Ban",
    "prohibit": "Ban",
    "freeze": "AssetFreeze",
    "restrict": "ExportControl",
    "tariff": "Tariff",
}

#: Nouns naming a measure ("imposed sanctions on X", "a $5 million penalty").
SANCTION_NOUNS: Final[dict[str, str]] = {
    "sanction": "Designation",
    "designation": "Designation",
    "blacklist": "Designation",
    "fine": "Fine",
    "penalty": "Fine",
    "forfeiture": "Fine",
    "settlement": "Fine",
    "ban": "Ban",
    "prohibition": "Ban",
    "embargo": "Ban",
    "freeze": "AssetFreeze",
    "tariff": "Tariff",
    "duty": "Tariff",
    "control": "ExportControl",
    "restriction": "ExportControl",
}

#: Verbs introducing a measure as their object: "impose sanctions on X".
IMPOSE_VERBS: Final = frozenset(
    {"impose", "levy", "announce", "issue", "slap", "place", "put", "set"}
)  # fmt: skip

#: Lists an entity is added to, and the kind that follows.
LIST_NAMES: Final[dict[str, str]] = {
    "entity list": "ExportControl",
    "sdn list": "Designation",
    "specially designated nationals": "Designation",
    "blacklist": "Designation",
    "ns-cmic list": "InvestmentBan",
    "unverified list": "ExportControl",
    "covered list": "Ban",  # the FCC's: listed equipment may not be authorized for sale
}

#: Verbs of prosecution: subject (or passive agent) `charges` the object.
CHARGE_VERBS: Final = frozenset(
    # not "arrest": an arrest by the police or FBI is no charge by a court or prosecutor
    {"charge", "indict", "convict", "sentence", "prosecute"}
)

#: Verb lemma → property for statements between an actor and a technology/entity.
VERB_PROPERTIES: Final[dict[str, str]] = {
    "develop": "develops",
    "build": "develops",
    "design": "develops",
    "make": "develops",
    "manufacture": "develops",
    "produce": "develops",
    "create": "develops",
    "invent": "develops",
    "sell": "provides",
    "supply": "provides",
    "offer": "provides",
    "provide": "provides",
    "market": "provides",
    "export": "provides",
    "ship": "provides",
    "use": "uses",
    "deploy": "uses",
    "operate": "uses",
    "employ": "uses",
    "adopt": "uses",
    "install": "uses",
    "acquire": "acquires",
    "buy": "acquires",
    "purchase": "acquires",
    "invest": "investsIn",
    "partner": "partnersWith",
    "cooperate": "partnersWith",
    "collaborate": "partnersWith",
    "accuse": "accuses",
    "work": "worksFor",
    "hire": "worksFor",
    "join": "worksFor",
}

#: Role nouns: "a provider of X" → provides, "a maker of X" → develops.
PROVIDER_NOUNS: Final[dict[str, str]] = {
    "provider": "provides", "supplier": "provides", "seller": "provides",
    "vendor": "provides", "distributor": "provides", "exporter": "provides",
    "reseller": "provides",
    "maker": "develops", "manufacturer": "develops", "developer": "develops",
    "producer": "develops", "designer": "develops", "builder": "develops",
}  # fmt: skip

#: Head nouns that say an organisation is a company ("AI firm SenseTime").
COMPANY_NOUNS: Final = frozenset(
    {
        "company", "firm", "maker", "giant", "manufacturer", "supplier", "vendor",
        "provider", "corporation", "conglomerate", "startup", "start-up", "subsidiary",
        "business", "producer", "carrier", "operator", "developer", "retailer",
        "distributor", "exporter", "importer", "enterprise", "affiliate", "contractor",
        "bank", "fund",
    }
)  # fmt: skip

#: Name parts that say a proper name is a company.
COMPANY_SUFFIXES: Final = frozenset(
    {
        "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.",
        "limited", "llc", "l.l.c.", "plc", "ag", "gmbh", "s.a.", "sa", "holdings",
        "group", "technologies", "technology", "electronics", "systems",
        "semiconductor", "semiconductors", "telecom", "telecommunications",
        "networks", "industries", "international", "enterprises", "company",
        "pharmaceuticals", "airlines", "motors", "labs", "software", "solutions",
    }
)  # fmt: skip

#: Name parts that say a body is part of a government.
GOVERNMENT_WORDS: Final = frozenset(
    {
        "department", "ministry", "agency", "bureau", "administration", "commission",
        "office", "court", "jury", "congress", "senate", "parliament", "council",
        "treasury", "army", "navy", "military", "police", "division", "section",
        "government", "directorate", "service", "attorney", "district", "embassy",
        "consulate", "customs", "authority", "regulator", "regulators", "committee",
        "force", "patrol", "cabinet", "prosecutor", "prosecutors", "authorities",
    }
)  # fmt: skip

#: Name parts that say an organisation is neither a company nor a government.
ORGANIZATION_WORDS: Final = frozenset(
    {
        "university", "college", "institute", "academy", "school", "party",
        "foundation", "association", "union", "alliance", "society", "league",
        "organization", "organisation", "ngo", "post", "times", "journal", "news",
        "press", "watch", "center", "centre", "coalition", "federation", "network",
    }
)  # fmt: skip

#: Titles named after a field, not an employer ("National Security Advisor X").
FIELD_TITLES: Final = frozenset({"advisor", "adviser", "coordinator", "czar"})

#: Job titles that make "TITLE of/at ORG" or "ORG TITLE NAME" a worksFor.
TITLE_WORDS: Final = frozenset(
    {
        "ceo", "president", "chairman", "chairwoman", "chair", "director", "secretary",
        "minister", "attorney", "agent", "officer", "engineer", "scientist",
        "employee", "spokesperson", "spokesman", "spokeswoman", "founder", "head",
        "chief", "official", "executive", "manager", "judge", "prosecutor",
        "ambassador", "general", "commissioner", "administrator", "deputy",
        "assistant", "researcher", "analyst", "leader", "member", "staff", "worker",
        "representative", "senator", "governor", "counsel", "inspector", "consultant",
        "vice", "biotechnologist", "chemist", "professor", "programmer", "technician",
    }
)  # fmt: skip

#: Words after which a government entity is named for its country ("Chinese government").
GOVERNMENT_HEADS: Final = frozenset(
    {"government", "regulators", "regulator", "authorities", "military", "army", "navy",
     "officials", "administration", "ministry", "state"}
)  # fmt: skip

#: Nationality adjectives → country, for "Chinese telecom firm Huawei" → basedIn China.
NATIONALITIES: Final[dict[str, str]] = {
    "chinese": "China", "american": "United States", "u.s.": "United States",
    "us": "United States", "russian": "Russia", "iranian": "Iran",
    "north korean": "North Korea", "korean": "South Korea", "south korean": "South Korea",
    "japanese": "Japan", "taiwanese": "Taiwan", "german": "Germany", "french": "France",
    "british": "United Kingdom", "dutch": "Netherlands", "indian": "India",
    "canadian": "Canada", "israeli": "Israel", "european": "European Union",
    "swiss": "Switzerland", "italian": "Italy", "singaporean": "Singapore",
    "hong kong": "Hong Kong", "belarusian": "Belarus", "venezuelan": "Venezuela",
    "cuban": "Cuba", "syrian": "Syria", "turkish": "Turkey", "ukrainian": "Ukraine",
    "australian": "Australia", "brazilian": "Brazil", "mexican": "Mexico",
    "swedish": "Sweden", "finnish": "Finland", "irish": "Ireland",
}  # fmt: skip

#: Country names an article's "own state" can be (values of NATIONALITIES and synonyms).
COUNTRY_NAMES: Final = frozenset(NATIONALITIES.values()) | {"United States", "China"}

#: Heads of state or government: "the President listed…" is the state acting.
LEADER_TITLES: Final = frozenset(
    {"president", "premier", "chancellor", "prime", "king", "queen", "emir"}
)

#: Nouns that, with "the following" or "these", point at a list of names.
LIST_NOUNS: Final = frozenset(
    {"entity", "company", "firm", "individual", "person", "organization", "name",
     "party", "target", "people", "vessel", "bank", "official"}
)  # fmt: skip

#: Verbs that end a measure: "lifted the ban on X" is no sanction (GUIDELINES.md).
LIFT_VERBS: Final = frozenset(
    {"lift", "remove", "revoke", "rescind", "end", "ease", "withdraw", "suspend", "waive"}
)

#: How much a statement's modality lowers its confidence as a plain fact: a threatened
#: or denied measure is, as a fact, usually wrong.
MODALITY_WEIGHT: Final[dict[str, float]] = {
    "asserted": 1.0, "alleged": 0.9, "threatened": 0.55, "negated": 0.4,
}  # fmt: skip

#: Name words of a prosecuting body ("Department of Justice", "U.S. Attorney's Office").
PROSECUTOR_WORDS: Final = frozenset(
    {"justice", "attorney's", "attorneys", "attorney", "prosecutor", "prosecutors", "procuratorate"}
)

#: Words naming a restrictive measure in general ("the prohibitions", "restrictions").
MEASURE_WORDS: Final = frozenset(
    {"prohibit", "prohibition", "restrict", "restriction", "ban", "block"}
)

#: What a measure restricts → its kind ("prohibit investments in X" → InvestmentBan).
RESTRICTED_THINGS: Final[dict[str, str]] = {
    "investment": "InvestmentBan", "investments": "InvestmentBan",
    "securities": "InvestmentBan", "imports": "Ban", "import": "Ban",
    "exports": "ExportControl", "export": "ExportControl", "visa": "VisaBan",
    "visas": "VisaBan", "property": "AssetFreeze", "assets": "AssetFreeze",
    "importation": "Ban", "exportation": "ExportControl",
}  # fmt: skip

#: Modal and hedging words and what they do to a statement's modality.
THREAT_WORDS: Final = frozenset(
    {"may", "might", "could", "would", "should", "threaten", "propose", "consider",
     "plan", "seek", "weigh", "urge", "want", "intend", "if"}
)  # fmt: skip
ALLEGATION_WORDS: Final = frozenset(
    {"allege", "alleged", "allegedly", "accuse", "accused", "claim", "reportedly",
     "suspect", "suspected", "purportedly"}
)  # fmt: skip

#: Lemmas the small English model gets wrong, keyed by lower-cased form.
LEMMA_FIXES: Final[dict[str, str]] = {
    "fined": "fine",
    "fines": "fine",
    "fining": "fine",
    "blacklisted": "blacklist",
    "blacklisting": "blacklist",
    "sanctioned": "sanction",
    "indicted": "indict",
    "penalized": "penalize",
}


#: Counts spelled out in a lead or a group ("six entities", "the three defendants").
COUNT_WORDS: Final[dict[str, int]] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip


def count_of(word: str) -> int | None:
    """The number a count word gives, spelled out or in digits; None for other words.

    >>> count_of("Six"), count_of("12"), count_of("several")
    (6, 12, None)
    """
    word = word.lower()
    return int(word) if word.isdigit() else COUNT_WORDS.get(word)


def fix_lemma(form: str, lemma: str) -> str:
    """The lemma to use for ``form``, fixing the small model's known errors."""
    return LEMMA_FIXES.get(form.lower(), lemma.lower())
