"""Word lists for typing mentions: products, trades, and what is no product.

General English, not any one article's wording. A product category is named by a
head noun ("search engine", "mobile phones", "diesel engines"), or by the words
before a trade noun ("a long-distance telecoms firm", "soft drink prices", "the
clothing industry"); brands are named in lists ("its brands include A, B and C").

>>> "engines" in PRODUCT_HEADS and "engine" in PRODUCT_HEADS
True
>>> "firm" in TRADE_HEADS
True
"""

from __future__ import annotations

from itertools import pairwise
from typing import Final


def _with_plurals(words: set[str]) -> frozenset[str]:
    """Each word with its regular plural ("engine" → "engines", "battery" → "batteries")."""
    out = set(words)
    for w in words:
        if w.endswith("y") and w[-2:-1] not in set("aeiou"):
            out.add(w[:-1] + "ies")
        elif w.endswith(("s", "x", "ch", "sh")):
            out.add(w + "es")
        else:
            out.add(w + "s")
    return frozenset(out)


#: Head nouns of product and technology categories: with a modifier before them they
#: name a category ("search engine", "portable music players", "online games").
PRODUCT_HEADS: Final = _with_plurals(
    {
        # machines and devices
        "engine", "turbine", "player", "phone", "handset", "smartphone", "console",
        "computer", "laptop", "notebook", "tablet", "printer", "television", "tv",
        "radio", "gadget", "appliance", "device", "camera", "battery", "processor",
        "microprocessor", "chip", "microchip", "memory", "disk", "screen", "router",
        "server", "sensor", "robot", "drone", "reactor",
        "vehicle", "car", "truck", "lorry", "tractor", "bus", "aircraft", "airliner",
        "jet", "plane", "helicopter", "satellite", "rocket", "missile", "weapon",
        "tyre", "tire", "machine", "equaliser", "equalizer",
        # software and services
        "software", "browser", "portal", "encyclopaedia", "encyclopedia", "database",
        "format", "codec", "game", "app", "website", "network",
        "broadband", "telecoms", "telecommunications", "wireless",
        # goods
        "drink", "beverage", "beer", "lager", "wine", "cigarette", "tobacco",
        "drug", "medicine", "vaccine", "pharmaceutical", "chemical", "fertiliser",
        "fertilizer", "pesticide", "herbicide", "seed", "clothing", "garment",
        "apparel", "footwear", "shoe", "toy", "steel", "fuel",
    }
)  # fmt: skip

#: Product heads that name a category on their own, with no modifier ("software").
STANDALONE_PRODUCTS: Final = frozenset(
    {
        "software", "broadband", "telecoms", "telecommunications", "clothing",
        "garments", "apparel", "footwear", "cigarettes", "pharmaceuticals",
        "smartphones", "handsets", "microprocessors", "microchips", "laptops",
        "pesticides", "herbicides", "fertilisers", "fertilizers", "electronics",
        "computers", "firearms", "munitions", "ammunition", "explosives", "weapons",
        "missiles", "aircraft", "vaccines", "nanotechnology", "cybersecurity",
    }
)  # fmt: skip

#: Heads that name a category only after a technical or product word ("music
#: service", "search site"), never after any noun ("customer service").
SERVICE_HEADS: Final = frozenset(
    {"service", "services", "site", "sites", "store", "environment", "environments"}
)

#: Words that make a "service"/"site" a technology ("music service", "search site").
SERVICE_MODIFIERS: Final = frozenset(
    {
        "music", "search", "internet", "online", "web", "mobile", "cloud", "video",
        "streaming", "email", "e-mail", "messaging", "broadband", "phone", "telephone",
        "wireless", "download", "payment", "mapping", "news", "social", "computing",
    }
)  # fmt: skip

#: Nouns of the trade a firm or market is in: the words before them name a product
#: category ("internet portal firm", "the clothing industry", "soft drink prices").
TRADE_HEADS: Final = frozenset(
    {
        "firm", "firms", "company", "companies", "operator", "operators", "maker",
        "makers", "manufacturer", "manufacturers", "producer", "producers", "provider",
        "providers", "supplier", "suppliers", "giant", "giants", "arm", "unit",
        "business", "businesses", "division", "market", "markets", "industry",
        "industries", "sector", "price", "prices", "sales", "exports", "imports",
        "retailer", "retailers", "seller", "sellers", "vendor", "vendors", "brand",
        "brands", "specialist", "group", "carrier", "carriers",
    }
)  # fmt: skip

#: Words before a trade noun that name no product: kinds of business, ownership,
#: markets of money, people ("law firm", "parent company", "stock market").
NOT_PRODUCTS: Final = frozenset(
    {
        "law", "legal", "investment", "investor", "securities", "brokerage", "broker",
        "accounting", "accountancy", "audit", "consulting", "consultancy", "research",
        "equity", "holding", "parent", "shell", "finance", "financial", "insurance",
        "banking", "bank", "trading", "advertising", "marketing", "management",
        "property", "estate", "stock", "share", "shares", "bond", "money", "capital",
        "credit", "currency", "exchange", "labour", "labor", "job", "housing",
        "house", "home", "consumer", "consumers", "retail", "wholesale", "media",
        "entertainment", "publishing", "services", "service", "state", "family",
        "private", "public", "joint", "venture", "rival", "partner", "subsidiary",
        "sister", "local", "domestic", "world", "global", "national", "international",
        "foreign", "overseas", "regional", "defence", "defense", "security",
        "mining", "construction", "transport", "logistics", "shipping", "utility",
        "utilities", "energy", "power", "water", "business", "industry", "market",
        "group", "company", "firm", "unit", "arm", "division", "operations",
        "operating", "trade", "tech", "technology", "high-tech", "start", "startup",
        "retailing", "distribution", "manufacturing", "production", "engineering",
        "chief", "executive", "staff", "employee", "union", "pension", "tax",
        "oil-price", "target", "profit", "revenue", "earnings", "sales", "price",
        "prices", "import", "export", "spot", "futures", "commodity", "commodities",
        "pressure", "lobby", "campaign", "advocacy", "rights", "interest", "think",
        "tank", "watchdog", "growth", "dealer", "test", "recruitment",
        "planning", "patent", "election", "world-class", "premium", "budget",
    }
)  # fmt: skip

#: Adjectives that rate or place a firm, not its product ("biggest", "former").
EVALUATIVE_WORDS: Final = frozenset(
    {
        "big", "bigger", "biggest", "large", "larger", "largest", "small", "smaller",
        "smallest", "major", "leading", "top", "main", "former", "new", "old", "own",
        "successful", "profitable", "troubled", "struggling", "key", "giant", "huge",
        "second", "third", "fourth", "fifth", "best", "worst", "important", "famous",
        "well-known", "rival", "dominant", "powerful", "independent", "listed",
        "state-owned", "privately", "owned", "based", "separate", "whole", "entire",
        "other", "same", "such", "various", "several", "many", "few", "first", "last",
        "next", "previous", "current", "existing", "proposed", "planned", "merged",
        "combined", "global", "worldwide", "international", "national", "domestic",
        "local", "regional", "foreign", "overseas", "fast-growing", "growing",
        "booming", "lucrative", "competitive", "crowded", "so-called",
        # ratings of price and quality ("affordable mobile data services")
        "affordable", "cheap", "cheaper", "cheapest", "expensive", "pricey", "reliable",
        "sophisticated", "popular", "modern",
    }
)  # fmt: skip

#: Modifiers that make any noun a technology ("genetically-modified cotton").
ENGINEERING_WORDS: Final = frozenset({"genetically", "gm", "transgenic"})

#: Acronyms of technologies that modify a product noun as a kind, not an owner ("AI
#: accelerator chips", "5G base stations"): the model often labels them ORG or GPE.
MODIFIER_ACRONYMS: Final = frozenset(
    {"ai", "a.i.", "5g", "4g", "6g", "iot", "gps", "rf", "lidar", "uav", "ev", "ml"}
)
#: Words after "N-" that count time, people or money, not a product's measure ("a
#: 10-year plan", "a 20-member team"); any other "7-nanometer", "one-way", "two-stage"
#: before a product noun is part of its kind.
COUNTED_NOT_KINDS: Final = frozenset(
    {"year", "month", "week", "day", "hour", "minute", "second", "percent", "point",
     "member", "person", "man", "page", "count", "million", "billion", "thousand",
     "dollar", "time", "old"}
)  # fmt: skip

#: Nouns that gather the brands a firm sells ("its brands include A, B and C").
BRAND_NOUNS: Final = frozenset(
    {"brand", "brands", "label", "labels", "marque", "marques", "beers", "products"}
)

#: Adjectives that name a product's kind on their own ("mobile", "online", "portable").
PRODUCT_ADJECTIVES: Final = frozenset(
    {
        "mobile", "wireless", "online", "digital", "electronic", "portable", "soft",
        "fixed-line", "broadband", "optical", "electric", "hybrid", "nuclear",
        "chemical", "pharmaceutical", "agrochemical", "automotive", "video",
        "interactive", "virtual", "cellular", "landline", "handheld",
        "acoustic", "solar", "diesel", "petrol",
    }
)  # fmt: skip

#: Last words of a product's name that no firm's name ends in: "Microsoft Exchange
#: Server", "the F-35 Joint Strike Fighter" (the NER calls them organisations). Not
#: "Systems", "Devices", "Networks", "Technology" or "Semiconductor": firms end so.
PRODUCT_NAME_HEADS: Final = frozenset(
    {"server", "fighter", "bomber", "browser", "smartphone", "chipset", "firmware",
     "spyware", "malware", "ransomware"}
)  # fmt: skip

#: Lower-case heads of state bodies named by place or kind ("a US court", "a federal
#: jury", "Peru's environment ministry", "the Soviet regime").
STATE_BODY_HEADS: Final = frozenset(
    {
        "court", "courts", "jury", "tribunal", "regime", "ministry", "parliament",
        "watchdog", "regulator", "regulators", "prosecutors", "judiciary", "senate",
        "legislature", "cabinet", "government", "authorities", "administration",
        "military", "police", "customs", "treasury", "junta", "governments",
    }
)  # fmt: skip

#: Lower-case words that make a state body of a court or jury ("a federal court").
STATE_BODY_QUALIFIERS: Final = frozenset(
    {
        "federal", "state", "appeals", "appellate", "district", "supreme", "high",
        "constitutional", "administrative", "criminal", "provincial", "municipal",
        "county", "grand", "foreign", "western", "allied",
    }
)  # fmt: skip

#: Bare names of states and capitals that the gazetteer reads as the state acting.
PLACE_NAMES: Final = frozenset(
    {"united states", "u.s.", "us", "usa", "u.s.a.", "united states of america", "america",
     "united kingdom", "uk", "u.k.", "britain", "great britain", "washington", "beijing",
     "moscow", "london", "tokyo", "paris", "berlin", "brussels", "seoul", "taipei"}
)  # fmt: skip

#: Courtesy titles: the name after them is a person's ("Mr Ng", "Ms Ruiz").
HONORIFICS: Final = frozenset(
    {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.", "sir", "dame",
     "lord", "lady", "mme", "mlle", "herr", "sen.", "rep.", "gov.", "judge",
     # military and police ranks: "Colonel Ivar Selk", "Rear Admiral X" ("major" is
     # left out: it opens firms' and leagues' names too)
     "colonel", "col.", "lieutenant", "lt.", "captain", "capt.", "admiral", "adm.",
     "sergeant", "sgt.", "brigadier", "commander", "cmdr.", "marshal"}
)  # fmt: skip

#: Lower-case job words before a name: "Veltra boss Tom Ng", "finance director Ann Lee".
PERSON_TITLE_NOUNS: Final = frozenset(
    {"boss", "chief", "executive", "founder", "co-founder", "chairman", "chairwoman",
     "director", "president", "minister", "secretary", "spokesman", "spokeswoman",
     "analyst", "lawyer", "attorney", "judge", "senator", "economist", "banker",
     "tycoon", "magnate", "billionaire", "entrepreneur", "manager", "head",
     "official", "chancellor", "governor", "mayor", "commissioner", "ceo", "cfo",
     "coo", "cto", "chair", "vice-president", "prosecutor", "actor", "singer",
     "author", "professor", "scientist", "engineer"}
)  # fmt: skip

#: Jobs held at a firm, which a firm's name before them makes a person's: "Ivo Brandt,
#: a former Kestrel Bank trader" (but "X, a commodities trader" may be a firm).
FIRM_JOB_NOUNS: Final = frozenset(
    {"trader", "broker", "dealer", "employee", "staffer", "accountant", "worker",
     "executive", "engineer", "manager", "banker", "analyst", "adviser", "advisor",
     "consultant", "researcher", "programmer", "salesman", "saleswoman", "official",
     "officer", "insider", "auditor", "scientist", "chemist", "designer", "developer"}
)  # fmt: skip

#: What only a firm has ("Veltra's shareholders", "Veltra shares", "its main unit").
COMPANY_POSSESSIONS: Final = frozenset(
    {"shareholder", "shareholders", "share", "shares", "stock", "board", "profit",
     "profits", "revenue", "revenues", "earnings", "turnover", "takeover", "merger",
     "bid", "subsidiary", "subsidiaries", "unit", "units", "arm", "division", "brand",
     "brands", "customers", "subscribers", "stake", "bankruptcy", "auditor",
     "auditors", "headquarters", "factory", "factories", "plant", "plants", "stores",
     "shops", "workforce", "products", "product", "chief", "boss", "ceo",
     "chairman", "executives", "directors", "accounts", "listing", "flotation",
     "dividend", "dividends", "assets", "bonds", "creditors", "investors",
     "recapitalization", "recapitalisation", "restructuring", "ipo", "employee",
     "employees", "workers", "acquisition", "suitor", "suitors"}
)  # fmt: skip

#: What only a person has ("Ng's wife", "Ng's lawyers", "Ng's trial").
PERSON_POSSESSIONS: Final = frozenset(
    {"wife", "husband", "son", "daughter", "father", "mother", "brother", "sister",
     "family", "trial", "career",
     "death", "birthday", "resignation", "arrest", "conviction", "sentence",
     "testimony", "home", "friend", "friends", "memoir", "retirement", "salary"}
)  # fmt: skip

#: Nouns that say a name is a firm's, beyond the lexicon's: "Air Kestrel, an airline".
MORE_COMPANY_NOUNS: Final = frozenset(
    {"airline", "insurer", "lender", "brewer", "bottler", "miner", "automaker",
     "carmaker", "chipmaker", "drugmaker", "publisher", "broker", "brokerage",
     "chain", "utility", "outfit", "partnership", "telco", "conglomerate", "bank",
     "supermarket", "shipper", "refiner", "retailer"}
)  # fmt: skip

#: Nouns of a product sold under its own name: "Pixo, a photo-editing app", "the
#: drug Zelvex" name a product (a technology), not its maker.
NAMED_PRODUCT_NOUNS: Final = frozenset(
    {"app", "application", "game", "browser", "smartphone", "handset", "console",
     "drug", "vaccine", "chatbot", "messenger", "videogame", "video-game"}
)  # fmt: skip

#: Participles after a hyphen that give a name's seat or owner, not a product's kind:
#: "a Hong Kong-registered front company", "a Paris-based firm".
SEAT_PARTICIPLES: Final = frozenset(
    {"registered", "based", "headquartered", "incorporated", "listed", "owned", "controlled"}
)

#: Legal forms of partnerships of professionals (lawyers, accountants), whose firms are
#: named after their partners: "Holm and Varga P.C.", "Lunde, Pike & Varga LLP".
PARTNERSHIP_FORMS: Final = frozenset({"p.c.", "llp", "l.l.p.", "pllc", "p.l.l.c.", "p.a."})

#: Name words of government bodies, beyond the lexicon's ("House Trade Subcommittee").
MORE_GOVERNMENT_WORDS: Final = frozenset(
    {"subcommittee", "panel", "ministry", "tribunal", "judiciary", "legislature",
     "assembly", "duma", "knesset", "bundestag", "regime", "junta", "kgb", "fsb",
     "command"}  # "Cyber Command": a military body
)  # fmt: skip

#: Legal forms that end only a firm's name, never a person's ("… Capital Limited").
LEGAL_SUFFIXES: Final = frozenset(
    {"inc", "inc.", "corp", "corp.", "corporation", "ltd", "ltd.", "limited", "llc",
     "l.l.c.", "plc", "gmbh", "s.a.", "co.", "l.p.", "lp", "llp", "n.v.", "b.v.",
     "ag", "holdings", "nv", "n.v", "bv", "b.v", "spa", "s.p.a.", "s.p.a", "srl", "s.r.l.",
     "ab", "asa", "oyj", "kk", "pte", "pvt", "bhd", "sdn", "pty", "sarl", "s.a.s.",
     # free-zone firms of the Emirates, Russian joint-stock companies, Turkish A.Ş.
     "fze", "fzco", "fzc", "fz-llc", "dmcc", "jsc", "pjsc", "ojsc", "cjsc", "a.s.", "a.ş.",
     "sia", "uab"}
)  # fmt: skip

#: Legal forms that are English words or initials in lower case ("as", "oy", "sa"),
#: so they count only as written: "Halden Marine Services AS" (Norway, Denmark),
#: "Kestrel Oy" (Finland), "Ferraldi SA", "Norvik A/S" — never "as" or "As".
CASED_LEGAL_SUFFIXES: Final = frozenset({"AS", "A/S", "ApS", "Oy", "SA", "SE", "KG"})


def legal_form(word: str) -> bool:
    """Whether ``word`` (as written) is a firm's legal form.

    >>> legal_form("Ltd."), legal_form("AS"), legal_form("as"), legal_form("As")
    (True, True, False, False)
    """
    return word.lower().rstrip(",") in LEGAL_SUFFIXES or word.rstrip(",") in CASED_LEGAL_SUFFIXES


#: Legal forms that open a firm's name in Russia and its neighbours ("NPO Volga-Servo",
#: "OOO Tekhnopark"): scientific-production association, limited company, joint-stock
#: companies.
LEGAL_PREFIXES: Final = frozenset({"npo", "npp", "ooo", "oao", "zao", "pao", "ao", "tov", "pt"})
#: Legal forms written before a firm's name, in capitals ("PT Cahaya Mitra", "OOO
#: Tekhnopark"): the model often labels the name after one alone, or as a person's.
CASED_LEGAL_PREFIXES: Final = frozenset(w.upper() for w in LEGAL_PREFIXES)

#: Trade words that end a firm's name, never a person's or a place's ("Tianrun
#: Solar", "Lindvik Shipping", "Arden Capital"): with a name before them, a firm.
FIRM_NAME_WORDS: Final = frozenset(
    {"solar", "pv", "microelectronics", "mobile", "capital", "shipping", "tankers",
     "trading", "resources", "interactive", "communications", "chemie", "chemicals",
     "coatings", "technik", "energy", "pharma", "biotech", "logistics", "airways",
     "steel", "petroleum", "ventures", "securities", "investments", "foods", "metals",
     "mining", "minerals", "robotics", "aerospace", "automotive", "microsystems",
     "instruments", "devices", "semiconductor", "semiconductors", "motor", "media",
     "digital", "payments", "games", "studios", "telekom", "wireless", "broadband",
     "bros", "brothers", "tech", "labs", "laboratories", "avionics", "photonics", "optics",
     "dynamics", "machinery", "materials", "electronics", "technologies", "industries",
     "aeronautics", "aircraft", "airlines", "rail", "transit", "cloud", "ai", "analytics",
     "biologics", "batteries", "circuits", "foundry", "quantum", "partners", "air", "data",
     "pay", "marine", "navigation", "magnetics", "earths", "satcom", "services",
     "freight", "forwarding", "exchange", "petrochemicals", "polymers", "textiles",
     "cooperative",
     # Turkish trade words ("Bosporus Mekatronik", "Ege Elektronik")
     "mekatronik", "elektronik", "teknoloji", "makina", "ticaret", "sanayi", "otomasyon"}
)  # fmt: skip

#: Trade words that open a firm's name in Spanish, Portuguese and Italian ("Comercializadora
#: Arcos del Norte", "Importadora Delta", "Grupo Halcon"): with a name after them, a firm.
FIRM_FIRST_WORDS: Final = frozenset(
    {"comercializadora", "importadora", "exportadora", "distribuidora", "inversiones",
     "industrias", "transportes", "grupo", "compania", "compañía", "corporacion",
     "corporación", "empresa", "servicios", "tecnologias", "tecnologías", "laboratorios",
     "suministros", "constructora", "naviera", "comercial"}
)  # fmt: skip

#: Nouns whose "of"/"for"/"from"/"in"/"between" object is a firm ("a bid from Norvia",
#: "a merger between A and B", "a stake in Kestrel", "the takeover of Norvia").
DEAL_NOUNS: Final = frozenset(
    {"bid", "takeover", "merger", "stake", "shares", "acquisition", "buyout",
     "shareholders", "subsidiary", "unit", "flotation", "ipo", "recapitalization",
     "recapitalisation", "share", "shareholding"}
)  # fmt: skip

#: A department named by its field after "Secretary of" or "Director of" ("the
#: Secretary of Commerce", "the Director of National Intelligence") → its full name.
DEPARTMENT_FIELDS: Final[dict[str, str]] = {
    "Commerce": "Commerce Department", "State": "State Department",
    "Defense": "Defense Department", "Treasury": "Treasury Department",
    "the Treasury": "Treasury Department", "Homeland Security": "Department of Homeland Security",
    "Energy": "Department of Energy", "Labor": "Department of Labor",
    "Transportation": "Department of Transportation", "Agriculture": "Department of Agriculture",
    "the Interior": "Department of the Interior", "Interior": "Department of the Interior",
    "Education": "Department of Education", "War": "Department of War",
    "Health and Human Services": "Department of Health and Human Services",
    "Housing and Urban Development": "Department of Housing and Urban Development",
    "Veterans Affairs": "Department of Veterans Affairs",
    "National Intelligence": "Office of the Director of National Intelligence",
}  # fmt: skip
#: Departments that releases name by their field alone, a word no firm or place is
#: called by on its own ("Commerce added X to the Entity List", "Justice officials").
BARE_DEPARTMENTS: Final[dict[str, str]] = {
    "Commerce": "Commerce Department",
    "Justice": "Justice Department",
    # a legislature's chamber named bare ("the House passed the bill"); longer names
    # ("Random House", "House of Lords") are labelled whole and never reach this
    "House": "House",
}
#: Titles whose "of" names the department they head.
DEPARTMENT_HEAD_TITLES: Final = frozenset(
    {"secretary", "secretaries", "director", "department", "departments"}
)

#: The world's states by their short English names (general knowledge, not any one
#: article's): the model often takes a small state ("Vanuatu", "Samoa") for a firm.
WORLD_COUNTRIES: Final = frozenset(
    {"Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia",
     "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh",
     "Barbados", "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Bolivia",
     "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
     "Burkina Faso", "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada",
     "Chad", "Chile", "China", "Colombia", "Comoros", "Congo", "Costa Rica",
     "Croatia", "Cuba", "Cyprus", "Czech Republic", "Czechia", "Denmark", "Djibouti",
     "Dominica", "Dominican Republic", "Ecuador", "Egypt", "El Salvador", "Eritrea",
     "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France", "Gabon",
     "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Grenada", "Guatemala",
     "Guinea", "Guyana", "Haiti", "Honduras", "Hungary", "Iceland", "India",
     "Indonesia", "Iran", "Iraq", "Ireland", "Israel", "Italy", "Jamaica", "Japan",
     "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kosovo", "Kuwait", "Kyrgyzstan",
     "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
     "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives",
     "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
     "Micronesia", "Moldova", "Monaco", "Mongolia", "Montenegro", "Morocco",
     "Mozambique", "Myanmar", "Burma", "Namibia", "Nauru", "Nepal", "Netherlands",
     "New Zealand", "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia",
     "Norway", "Oman", "Pakistan", "Palau", "Panama", "Papua New Guinea", "Paraguay",
     "Peru", "Philippines", "Poland", "Portugal", "Qatar", "Romania", "Russia",
     "Rwanda", "Samoa", "San Marino", "Saudi Arabia", "Senegal", "Serbia",
     "Seychelles", "Sierra Leone", "Singapore", "Slovakia", "Slovenia",
     "Solomon Islands", "Somalia", "South Africa", "South Korea", "South Sudan",
     "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syria",
     "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Timor-Leste", "Togo", "Tonga",
     "Trinidad and Tobago", "Tunisia", "Turkey", "Turkmenistan", "Tuvalu", "Uganda",
     "Ukraine", "United Arab Emirates", "United Kingdom", "United States", "Uruguay",
     "Uzbekistan", "Vanuatu", "Venezuela", "Vietnam", "Yemen", "Zambia", "Zimbabwe"}
)  # fmt: skip


#: Word pairs that name a state's export-credit or development-finance agency, whatever
#: its legal form: "Export-Import Bank", "Ex-Im Bank", "Export Finance Australia",
#: "Export Development Canada", "U.S. International Development Finance Corporation".
_STATE_FINANCE_PAIRS: Final = frozenset(
    {("export-import", "bank"), ("ex-im", "bank"), ("exim", "bank"), ("export", "finance"),
     ("export", "development"), ("export", "credit"), ("international", "development"),
     ("overseas", "development")}
)  # fmt: skip


def state_finance_agency(words: list[str]) -> bool:
    """Whether a name's lower-cased words name a state's export-credit or development
    finance agency: one of the pairs above, and for a development one "finance" too
    ("Housing Development Finance Corporation" is a lender: no state word opens it).

    >>> state_finance_agency("united states international development finance corporation".split())
    True
    >>> state_finance_agency(["export", "finance", "australia"])
    True
    >>> state_finance_agency(["housing", "development", "finance", "corporation"])
    False
    >>> state_finance_agency(["international", "development", "partners", "llc"])
    False
    """
    for a, b in pairwise(words):
        if (a, b) in _STATE_FINANCE_PAIRS:
            return b != "development" or a == "export" or "finance" in words
    return False
