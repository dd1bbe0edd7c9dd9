"""The trigger lexicon of the technology frame: product verbs, product nouns and the
words that make a company noun name what the company sells.

>>> PRODUCT_VERBS["launch"]
('provides', 'develops')
>>> is_product_head("chips"), is_product_head("profit")
(True, False)
"""

from __future__ import annotations

from typing import Final

#: Verbs whose object is a product, and what they say of their subject.
PRODUCT_VERBS: Final[dict[str, tuple[str, ...]]] = {
    "develop": ("develops",), "build": ("develops",), "design": ("develops",),
    "make": ("develops",), "manufacture": ("develops",), "produce": ("develops",),
    "create": ("develops",), "invent": ("develops",), "fabricate": ("develops",),
    "research": ("develops",),
    "engineer": ("develops",), "assemble": ("develops",), "pioneer": ("develops",),
    "sell": ("provides",), "supply": ("provides",), "offer": ("provides",),
    "provide": ("provides",), "market": ("provides",), "export": ("provides",),
    "ship": ("provides",), "distribute": ("provides",), "resell": ("provides",),
    "deliver": ("provides",), "re-export": ("provides",), "re-ship": ("provides",),
    "transship": ("provides",),
    # lent for a fee: "leased GPU servers to Z", "rents cloud computing to Z"
    "lease": ("provides",), "rent": ("provides",),
    # a firm that launches a product both made it and sells it
    "launch": ("provides", "develops"), "unveil": ("provides", "develops"),
    "introduce": ("provides", "develops"), "debut": ("provides", "develops"),
    "release": ("provides", "develops"),
    "use": ("uses",), "deploy": ("uses",), "operate": ("uses",), "employ": ("uses",),
    "adopt": ("uses",), "install": ("uses",), "leverage": ("uses",),
    "utilize": ("uses",), "utilise": ("uses",), "field": ("uses",),
}  # fmt: skip

#: Verbs that also say weapons are fired ("launched missiles at ships"), and what
#: they are fired with: the target phrase's prepositions and the nouns of munitions.
FIRING_VERBS: Final = frozenset({"launch"})
TARGET_PREPS: Final = frozenset({"at", "against", "toward", "towards"})
MUNITION_NOUNS: Final = frozenset(
    {"missile", "rocket", "torpedo", "munition", "projectile", "shell", "bomb", "warhead",
     "strike", "attack", "raid", "barrage", "salvo", "volley", "assault", "offensive"}
)  # fmt: skip

#: Verbs by which a state body buys goods for its own use: "the Army procured
#: drones" (the Army uses them; a firm that buys may sell them on, so not firms).
STATE_BUYING_VERBS: Final = frozenset({"buy", "purchase", "procure", "acquire"})

#: Nouns of a lead in a field of technology, which its holder develops: "U.S.
#: leadership in wireless technologies", "keep the United States the leader in AI".
LEADERSHIP_NOUNS: Final = frozenset({"leadership", "leader", "forefront", "innovator"})
#: Verbs by which their subject holds or seeks a lead: "China seeks leadership in AI",
#: "for the United States to retain global leadership in AI".
HOLDING_VERBS: Final = frozenset(
    {"retain", "maintain", "keep", "hold", "seek", "secure", "sustain", "achieve", "gain",
     "cement", "pursue", "assert", "claim", "extend"}
)  # fmt: skip
#: Nouns of the work done in a field, whose "of" names the technology: "leadership
#: in the research, development, and manufacturing of semiconductors".
FIELD_WORK_NOUNS: Final = frozenset(
    {"research", "development", "manufacturing", "manufacture", "production", "design",
     "innovation", "deployment", "field", "area"}
)  # fmt: skip
#: Names a release gives its own country by: "our Nation's leadership".
OWN_NATION_WORDS: Final = frozenset({"nation", "country"})

#: Goods a firm runs for others to use, so that a firm that operates them provides
#: them: "applications operated by X", "X operates a messaging platform".
SERVICE_HEADS: Final = frozenset(
    {"application", "app", "website", "site", "platform", "service", "store", "marketplace",
     "portal", "exchange", "network", "engine"}
)  # fmt: skip

#: Nouns of the one who uses a product: "X, a major user of cloud services", "an
#: operator of supercomputers" (who operates a thing uses it).
USER_NOUNS: Final = frozenset({"user", "operator"})

#: Verbs of running data for a client, and what they run: "X hosts user data for Y",
#: "stores customer records for Y" (X supplies Y a service).
HOSTING_VERBS: Final = frozenset({"host", "store"})
HOSTED_NOUNS: Final = frozenset(
    {"data", "record", "website", "server", "content", "email", "file", "application",
     "app", "platform", "database", "workload", "infrastructure", "backup"}
)  # fmt: skip

#: Verbs whose product is the object of a preposition: "X relies on Y" uses Y.
PREP_VERBS: Final[dict[str, tuple[str, str]]] = {
    "rely": ("on", "uses"), "depend": ("on", "uses"), "switch": ("to", "uses"),
    "run": ("on", "uses"),
}  # fmt: skip

#: Verbs of taking another firm's technology: "X stole Y technology from Z" (X, a
#: firm, uses Y; Z develops it).
THEFT_VERBS: Final = frozenset({"steal", "misappropriate"})

#: Nouns of goods and services bought or contracted for, which say the seller
#: supplies the buyer though they name no product: "contracted with Z for products
#: and services", "agreed to purchase equipment from Z".
GOODS_NOUNS: Final = frozenset(
    {"product", "good", "goods", "service", "equipment", "component", "part", "item",
     "commodity", "material", "system", "device", "technology", "software", "hardware"}
)  # fmt: skip

#: Verbs of buying goods: "X purchased Y from Z" (Z supplies X and provides Y).
BUYING_VERBS: Final = frozenset(
    {"buy", "purchase", "procure", "order", "import", "source", "get", "obtain"}
)

#: Nouns of a share of goods: "makes 40% of the world's chips", "buys most of its
#: screens from Y", "supplies a third of the engines" are about the chips, screens, engines.
SHARE_NOUNS: Final = frozenset(
    {"%", "percent", "per", "most", "half", "third", "quarter", "share", "bulk", "majority",
     "part", "much", "all", "some", "many", "lot", "fraction", "portion", "proportion"}
)  # fmt: skip

#: Nouns whose holder does what their infinitive says: "X won a contract to supply
#: Z", "X has a plan to launch Y", "X got approval to sell Y".
DEAL_NOUNS: Final = frozenset(
    {
        "contract", "deal", "agreement", "order", "plan", "licence", "license",
        "approval", "permission", "right", "go-ahead", "bid", "investment", "commitment",
    }
)  # fmt: skip

#: Verbs and adjectives of occupation: "X specializes in the production of Y", "X is
#: engaged in the development of Y" (X produces, develops Y).
OCCUPATION_VERBS: Final = frozenset(
    {"specialize", "specialise", "engage", "engaged", "involve", "involved", "focus",
     "concentrate", "active"}
)  # fmt: skip

#: Nouns of making that may name their product before them ("chip manufacturing").
MAKING_NOMINALS: Final = frozenset({"production", "manufacturing", "manufacture", "fabrication"})

#: Verbs by which a firm grows its own making: "X plans to expand chip production".
GROWTH_VERBS: Final = frozenset(
    {"increase", "expand", "boost", "double", "triple", "begin", "start", "ramp", "scale"}
)

#: Nominalisations of the product verbs: "X's sales of Y", "the production of Y by X".
PRODUCT_NOMINALS: Final[dict[str, tuple[str, ...]]] = {
    "sale": ("provides",), "supply": ("provides",), "export": ("provides",),
    "production": ("develops",), "manufacture": ("develops",),
    "manufacturing": ("develops",), "development": ("develops",),
    "fabrication": ("develops",),
    "launch": ("provides", "develops"), "use": ("uses",), "deployment": ("uses",),
    "shipment": ("provides",), "adoption": ("uses",), "utilization": ("uses",),
    "design": ("develops",),
    "utilisation": ("uses",),
}  # fmt: skip

#: Nouns of a firm's hold on a market: "its monopoly in PC operating systems", "a
#: 40 percent share of the DRAM market" (the firm sells those goods).
MARKET_POWER_NOUNS: Final = frozenset(
    {"monopoly", "monopolist", "dominance", "share", "duopoly", "leader"}
)

#: Plants named by what they make: "a memory chip factory", "a MMIC manufacturing
#: facility" (who builds or runs one makes the product).
PLANT_NOUNS: Final = frozenset({"factory", "plant", "fab", "foundry", "facility", "megafab"})
#: Verbs by which a firm sets up or runs a plant: "X established a chip plant".
PLANT_VERBS: Final = frozenset(
    {"build", "construct", "establish", "open", "operate", "run", "set", "expand", "launch",
     "own", "have"}
)  # fmt: skip

#: Verbs whose subject does what their object noun says: "X made shipments of Y",
#: "X completed the sale of Y", "X arranged exports of Y".
LIGHT_VERBS: Final = frozenset(
    {"make", "conduct", "arrange", "complete", "send", "effect", "cause"}
)  # "caused the export of Y to Iran", as export cases put it

#: Nouns that name a product on their own ("makes chips", "sold coats").
PRODUCT_HEADS: Final = frozenset(
    {
        "chip", "microchip", "semiconductor", "processor", "microprocessor", "engine",
        "phone", "handset", "smartphone", "telephone", "computer", "pc", "laptop",
        "tablet", "server", "printer", "router", "modem", "software", "game",
        "console", "gadget", "camera", "television", "tv", "display", "battery",
        "car", "vehicle", "truck", "lorry", "aircraft", "airliner", "plane", "jet",
        "helicopter", "satellite", "rocket", "missile", "weapon", "drone", "radar",
        "robot", "turbine", "reactor", "clothing", "garment", "clothes", "coat",
        "shoe", "footwear", "drink", "beverage", "beer", "lager", "wine", "spirit",
        "cigarette", "jacket", "apparel", "toy", "furniture", "coating", "drug", "medicine",
        "vaccine", "pesticide", "insecticide",
        "herbicide", "fertiliser", "fertilizer", "seed", "encyclopaedia",
        "encyclopedia", "browser", "spyware", "malware", "app", "player", "equaliser",
        "equalizer", "sensor", "module", "workstation", "mainframe", "supercomputer",
        "antenna", "laser", "paint", "avionics", "vessel", "ship", "submarine", "qubit",
        "blade",
        # parts and instruments of drones, computers and laboratories
        "refrigerator", "detector", "propeller", "motor", "receiver", "optics", "munition",
        "accelerator", "gyroscope", "radio", "gimbal", "amplifier", "booster",
        # goods of power and telecoms networks: "fiber cable", "steam turbines"
        "cable", "transformer",
    }
)  # fmt: skip

#: Nouns that name a product only with a modifier ("network equipment", "music
#: service"; "the service", "new products" name none).
GENERIC_PRODUCT_HEADS: Final = frozenset(
    {
        "product", "equipment", "device", "system", "service", "tool", "component",
        "technology", "platform", "network", "format", "site", "portal",
        "material", "chemical", "goods", "infrastructure", "gear", "part",
        "application", "program", "programme", "search",
        # "a computing cluster", "accelerator boards", "flight controllers", "exploit kits"
        "cluster", "board", "controller", "kit", "instrument",
        # "internet connectivity", "satellite connectivity": a service named by its kind
        "connectivity",
        # "camera assemblies", "GNSS receiver modules": a part named by what it is of
        "assembly", "module",
        # "TV white space spectrum", "5G spectrum": radio bands a network runs on
        "spectrum",
    }
)  # fmt: skip

#: Nouns of a measure or lot of goods, whose "of" names the goods: "300 tonnes of
#: copper", "4,000 units of servo motors", "two containers of parts". No product.
MEASURE_NOUNS: Final = frozenset(
    {"tonne", "ton", "unit", "kilogram", "kilo", "kg", "pound", "ounce", "gram", "barrel",
     "gallon", "liter", "litre", "piece", "container", "cargo", "shipload", "truckload",
     "pallet", "carton", "crate", "load", "contract", "metre", "meter", "kilometer",
     "kilometre", "mile", "foot", "set", "pair"}
)  # fmt: skip

#: What a "provider of …" may provide that is no product ("a provider of funding").
NOT_GOODS: Final = frozenset(
    {
        "information", "funding", "finance", "financing", "capital", "liquidity",
        "training", "expertise", "guidance", "personnel", "staff", "labor", "labour",
        "advice", "support", "assistance", "credit", "loan", "insurance", "housing",
        "kind", "type", "variety", "sort", "number", "lot", "range", "line", "value",
        "news", "content", "employment", "job", "work", "cash", "money", "energy",
        "oil", "gas", "power", "electricity", "license", "licence",
    }
)  # fmt: skip

#: Work a "provider of …" may do that is no technology: "money laundering".
NOT_SERVICE_WORK: Final = frozenset(
    {"laundering", "smuggling", "trafficking", "shipping", "forwarding", "consulting",
     "lending", "banking", "accounting", "staffing", "recruiting", "training", "housing",
     "catering", "cleaning", "trading", "brokering", "lobbying", "marketing", "advertising"}
)  # fmt: skip

#: Modifiers that add nothing to a product's name ("new", "its own", "biggest").
EVALUATIVE: Final = frozenset(
    {
        "new", "own", "latest", "first", "other", "more", "many", "several", "various",
        "such", "same", "major", "leading", "popular", "successful", "existing",
        "current", "finished", "revamped", "key", "main", "big", "small", "large",
        "top", "best", "cheap", "expensive", "so-called", "further", "additional",
        "certain", "different", "particular", "former", "future", "next", "last",
        "previous", "only", "entire", "whole", "full", "total", "global", "local",
        "international", "national", "domestic", "foreign", "world", "fabless", "specific",
        "relevant", "covered", "applicable", "specified", "flagship",
    }
)  # fmt: skip

#: Words that, before a company noun, say what the company sells ("mobile phone firm
#: Orbit", "online game operator X", "a long-distance telecoms firm"). Commodities and
#: trades ("oil firm", "law firm", "investment firm") are not technologies.
PRODUCT_FIRM_WORDS: Final = frozenset(
    {
        "phone", "mobile", "telephone", "internet", "online", "web", "software",
        "chip", "chipmaker", "semiconductor", "telecoms", "telecom",
        "telecommunications", "game", "games", "gaming", "portal", "search",
        "computer", "computing", "long-distance", "distance", "network", "networking",
        "music", "video", "cable", "broadband", "satellite", "wireless", "technology",
        "electronics", "handset", "e-commerce", "database", "cloud", "drone",
        "robotics", "camera", "surveillance", "ai", "5g", "data",
    }
)  # fmt: skip

#: Company nouns, and what a company so named does with the product before it
#: ("chip maker X" develops chips; "phone firm X" provides phones).
FIRM_NOUNS: Final[dict[str, str]] = {
    "maker": "develops", "manufacturer": "develops", "producer": "develops",
    "developer": "develops", "designer": "develops", "chipmaker": "develops",
    "firm": "provides", "company": "provides", "operator": "provides",
    "provider": "provides", "supplier": "provides", "vendor": "provides",
    "retailer": "provides", "giant": "provides", "group": "provides",
    "business": "provides", "carrier": "provides", "distributor": "provides",
    "seller": "provides", "corporation": "provides",
    "foundry": "develops", "exporter": "provides", "reseller": "provides",
    "dealer": "provides",
}  # fmt: skip

#: Nouns for a version of a product: "the new version of its browser" names the browser.
VERSION_NOUNS: Final = frozenset(
    {"version", "model", "edition", "generation", "range", "line", "upgrade", "update"}
)

#: Product heads that a company develops rather than sells: "Microsoft's WMA format".
DEVELOPED_HEADS: Final = frozenset({"format", "standard", "protocol", "codec", "algorithm"})

#: Nouns of trading partners, and whether their owner is the seller: "X's
#: customers include A" (X sells to A), "X's suppliers include A" (A sells to X);
#: not "buyer", which is also who buys the company.
TRADE_PARTNER_NOUNS: Final[dict[str, bool]] = {
    "customer": True, "client": True,
    "supplier": False, "vendor": False,
}  # fmt: skip

#: Nouns of what a firm sells, whose list names its products: "X's products
#: include Y" (X provides Y).
RANGE_NOUNS: Final = frozenset({"product", "offering", "portfolio", "lineup", "line-up"})

#: Technologies a firm named by one word is taken to develop: "an AI company", "a
#: semiconductor firm", "leading AI companies – A, B and C" (a "phone company" or a
#: "telecom firm" sells a service, and is left to the longer phrases).
TECH_FIRM_WORDS: Final = frozenset(
    {"ai", "a.i.", "semiconductor", "chip", "robotics", "drone", "biotech",
     "biotechnology", "software", "cybersecurity", "spyware", "microelectronics"}
)  # fmt: skip

#: Nouns of a category of goods whose examples name the products: "makes a variety
#: of products, including A and B", "exported items such as A".
CATEGORY_NOUNS: Final = frozenset(
    {"product", "item", "good", "goods", "commodity", "equipment", "technology", "component",
     "device", "part", "variety", "range", "array", "type", "kind", "system", "material"}
)  # fmt: skip

#: Nouns that say the company before them is a customer: "Kellwood, a Sears supplier".
SUPPLIER_NOUNS: Final = frozenset({"supplier", "vendor", "contractor", "provider"})


def is_product_head(word: str) -> bool:
    """A noun that names a product on its own (singular or plural)."""
    word = word.lower()
    return word in PRODUCT_HEADS or (word.endswith("s") and word[:-1] in PRODUCT_HEADS)


#: Nouns of a firm's plants and staff, whose work is the firm's: "Veltra's factories
#: make cars", "Orbis engineers designed the chip".
WORKS_NOUNS: Final = frozenset(
    {"factory", "plant", "fab", "foundry", "mill", "facility", "site", "subsidiary",
     "unit", "division", "arm", "engineer", "researcher", "scientist", "team", "worker",
     "designer", "developer", "lab", "laboratory"}
)  # fmt: skip
