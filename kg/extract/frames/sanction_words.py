"""Words of the sanction frame: the groups a measure's targets are listed under.

>>> "institution" in TARGET_GROUPS, "country" in PLACE_GROUPS
(True, True)
"""

from __future__ import annotations

from typing import Final

from kg.extract.frames.location_words import BUSINESS_NOUNS
from kg.extract.lexicon import LIST_NOUNS
from kg.extract.typing_words import PERSON_TITLE_NOUNS

#: Groups of countries a list names ("tariffs on imports from three countries: A, B").
PLACE_GROUPS: Final = frozenset({"country", "nation", "jurisdiction", "state"})

#: Nouns a measure's targets are listed under ("on three Russian banks: A, B and C",
#: "on elites and their family members: A, B").
TARGET_GROUPS: Final = (
    LIST_NOUNS
    | PLACE_GROUPS
    | frozenset(
        {"institution", "enterprise", "elite", "member", "oligarch", "subsidiary",
         "affiliate", "businessman", "executive", "leader", "lender", "producer",
         "manufacturer", "supplier", "operator", "group", "agency", "body", "app"}
    )
)  # fmt: skip

#: Measures named by what they do in general, whose kind the restricted dealings say
#: ("restrictions on dealings in new debt of X").
GENERAL_MEASURES: Final = frozenset({"restriction", "prohibition", "control", "limit", "ban"})

#: Securities whose dealings an investment ban restricts.
SECURITIES_WORDS: Final = frozenset(
    {"debt", "equity", "securities", "security", "bonds", "bond", "shares", "stock"}
)

#: What a blocking measure freezes: "all property and interests in property of X".
PROPERTY_WORDS: Final = frozenset({"property", "interest", "asset", "fund", "holding", "account"})

#: Nouns a measure's noun modifies without naming another thing ("the tariff rate on
#: X", "a sanctions package against X").
MEASURE_HEADS: Final = frozenset({"rate", "regime", "increase", "hike", "package", "program"})

#: Nouns of firms and people: their nationality says who they are, not where goods
#: come from ("duties on Chinese solar makers" is no measure on China).
ACTOR_NOUNS: Final = (
    BUSINESS_NOUNS
    | PERSON_TITLE_NOUNS
    | TARGET_GROUPS - PLACE_GROUPS
    | frozenset({"businessman", "businesswoman", "national", "citizen", "hacker"})
    # "barred American investors from buying shares of X": who may not deal
    | frozenset({"investor", "consumer", "user", "customer", "buyer", "resident"})
)

#: Lists named by what they are, not by name: "placed X on its sanctions list".
GENERIC_LISTS: Final[dict[str, str]] = {
    "sanctions list": "Designation", "sanction list": "Designation",
    "sanctions blacklist": "Designation", "export blacklist": "ExportControl",
    "trade blacklist": "ExportControl",
}  # fmt: skip

#: Products a ban can fall on, whose owner it reaches ("banned X, the app owned by Y").
PRODUCT_NOUNS: Final = frozenset(
    {"app", "application", "service", "platform", "product", "device", "game", "website",
     "site", "network", "brand", "software", "browser", "model", "chatbot"}
)  # fmt: skip

#: Verbs that say whose a product is: "the app owned / made / run by Y".
OWNING_VERBS: Final = frozenset(
    {"own", "make", "develop", "operate", "run", "produce", "create", "build", "control"}
)

#: Measures named in general, a sanction when they fall on a named target ("measures
#: against military end users, including the Ministry of Defense").
OTHER_MEASURES: Final[dict[str, str]] = {"measure": "Other", "countermeasure": "Other"}

#: Words describing a group as under a measure: "sanctioned countries such as X".
DESCRIBED_MEASURES: Final[dict[str, str]] = {
    "sanctioned": "Designation", "embargoed": "Ban", "blacklisted": "Designation",
    "designated": "Designation",
}  # fmt: skip

#: Words granting a power to take a measure, not taking it: "is authorized to impose
#: sanctions on X", "provides authority to expand sanctions", "will be able to".
POWER_WORDS: Final = frozenset(
    {"authorize", "authorise", "authority", "empower", "able", "enable", "allow", "permit"}
)


#: Groups of people a list names ("on three individuals: A, B and C").
PERSON_GROUPS: Final = frozenset(
    {"individual", "person", "people", "official", "elite", "member", "oligarch",
     "businessman", "executive", "leader"}
)  # fmt: skip

#: Who keeps the lists of a kind, by words of their names, most specific first.
LIST_KEEPERS: Final[dict[str, tuple[str, ...]]] = {
    "ExportControl": ("industry and security", "commerce"),
    "Designation": ("foreign assets control", "treasury"),
    "InvestmentBan": ("foreign assets control", "treasury"),
}

#: Posts a person or body is designated as, which make "the designation of X as …" an
#: appointment, not a measure ("as its chair", "as special envoy", "as the successor").
POST_NOUNS: Final = PERSON_TITLE_NOUNS | frozenset(
    {"envoy", "coordinator", "representative", "member", "head", "successor", "ambassador",
     "nominee", "candidate", "partner", "host", "site", "venue", "winner", "hub", "leader"}
)  # fmt: skip

#: Measures a heading or bullet writes with a capital, which the parser takes for a
#: name: "- Sanctions on X", "Export Controls on X".
CAPITALISED_MEASURES: Final = frozenset(
    {"sanctions", "tariffs", "restrictions", "controls", "bans", "embargoes", "duties"}
)

#: Verbs of measures the lexicon lacks, with their kinds: "immobilizing the assets of
#: X" freezes them.
MORE_SANCTION_VERBS: Final[dict[str, str]] = {
    "immobilize": "AssetFreeze", "immobilise": "AssetFreeze",
}  # fmt: skip

#: Words making a requirement an export control: "license requirements on exports to X".
LICENCE_WORDS: Final = frozenset({"license", "licence", "licensing", "licencing"})

#: Nouns of a measure ending, which make "the termination of sanctions on X" or
#: "sanctions relief for X" no sanction (GUIDELINES.md: lifted measures are none).
ENDING_NOUNS: Final = frozenset(
    {"termination", "lifting", "removal", "suspension", "revocation", "end", "easing",
     "relief", "waiver", "rollback", "repeal", "expiration", "withdrawal", "rescission"}
)  # fmt: skip

#: Departments a release names by a bare word as the subject of a measure ("Commerce
#: added X to the Entity List", "State imposed visa restrictions"), and the name given
#: to one the article does not name in full.
BARE_DEPARTMENTS: Final[dict[str, str]] = {
    "Commerce": "Commerce Department", "State": "State Department",
    "Treasury": "Treasury Department",
}  # fmt: skip
