"""Trigger words of the location frame (``basedIn``).

>>> "chipmaker" in BUSINESS_NOUNS and "brewer" in BUSINESS_NOUNS
True
>>> PLACE_ALIASES["United States"] >= {"US", "U.S."}
True
"""

from __future__ import annotations

from typing import Final

from kg.extract.lexicon import COMPANY_NOUNS

#: Head nouns that say what they name is a business: "Dutch chemicals group X",
#: "X, the French carmaker", "Korea's biggest chipmakers, A and B".
BUSINESS_NOUNS: Final = COMPANY_NOUNS | frozenset(
    {
        "group", "chipmaker", "carmaker", "automaker", "insurer", "airline", "lender",
        "brewer", "brewery", "retailer", "bank", "bottler", "miner", "broker",
        "brokerage", "publisher", "broadcaster", "telecom", "telco", "utility",
        "operator", "shipper", "shipbuilder", "refiner", "drugmaker", "conglomerate",
        "chain", "outfit", "multinational", "steelmaker", "bottling", "consultancy",
        "employer", "forwarder", "freight",
    }
)  # fmt: skip

#: Adjectives that make an "institution" a business: "Russia's largest financial
#: institution, X" (a "research institution" is none).
FINANCIAL_WORDS: Final = frozenset({"financial", "banking", "credit", "lending"})

#: Head nouns of organisations that are no business but are based somewhere too
#: ("a Madrid-based charity, the X Foundation").
ORGANIZATION_NOUNS: Final = frozenset(
    {"charity", "foundation", "university", "institute", "think-tank", "ngo"}
)

#: Other names an article may give a country a nationality adjective points to:
#: "an American firm" in an article that writes "the US" is based in that "US".
PLACE_ALIASES: Final[dict[str, frozenset[str]]] = {
    "United States": frozenset({"US", "U.S.", "USA", "U.S.A.", "America"}),
    "United Kingdom": frozenset({"UK", "U.K.", "Britain", "Great Britain"}),
    "South Korea": frozenset({"Korea", "Republic of Korea"}),
    "Netherlands": frozenset({"the Netherlands", "Holland"}),
    "European Union": frozenset({"EU", "E.U.", "Europe"}),
    "China": frozenset({"People's Republic of China", "PRC"}),
    "Kyrgyzstan": frozenset({"Kyrgyz Republic"}),
    "Kazakhstan": frozenset({"Republic of Kazakhstan"}),
}  # fmt: skip

#: Nationality adjectives the shared lexicon lacks (news stories name more countries).
MORE_NATIONALITIES: Final[dict[str, str]] = {
    "belgian": "Belgium", "spanish": "Spain", "norwegian": "Norway", "danish": "Denmark",
    "austrian": "Austria", "polish": "Poland", "greek": "Greece", "portuguese": "Portugal",
    "south african": "South Africa", "argentine": "Argentina", "chilean": "Chile",
    "indonesian": "Indonesia", "malaysian": "Malaysia", "thai": "Thailand",
    "vietnamese": "Vietnam", "saudi": "Saudi Arabia", "egyptian": "Egypt",
    "nigerian": "Nigeria", "pakistani": "Pakistan", "czech": "Czech Republic",
    "hungarian": "Hungary", "new zealand": "New Zealand", "scottish": "Scotland",
    "english": "England", "welsh": "Wales", "californian": "California",
    "texan": "Texas", "bavarian": "Bavaria", "colombian": "Colombia",
    "peruvian": "Peru", "philippine": "Philippines", "filipino": "Philippines",
    "emirati": "United Arab Emirates", "qatari": "Qatar", "kuwaiti": "Kuwait",
    "luxembourgish": "Luxembourg", "icelandic": "Iceland", "romanian": "Romania",
    "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia",
    "slovak": "Slovakia", "estonian": "Estonia", "latvian": "Latvia",
    "lithuanian": "Lithuania", "kazakh": "Kazakhstan", "uzbek": "Uzbekistan",
    "soviet": "Soviet Union", "cypriot": "Cyprus", "maltese": "Malta",
    "moroccan": "Morocco", "kenyan": "Kenya", "ethiopian": "Ethiopia",
    "bangladeshi": "Bangladesh", "sri lankan": "Sri Lanka", "burmese": "Myanmar",
    "cambodian": "Cambodia", "mongolian": "Mongolia", "georgian": "Georgia",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "slovenian": "Slovenia",
    "lebanese": "Lebanon", "iraqi": "Iraq", "jordanian": "Jordan", "omani": "Oman",
    "bahraini": "Bahrain", "algerian": "Algeria", "tunisian": "Tunisia",
    "libyan": "Libya", "ghanaian": "Ghana", "tanzanian": "Tanzania",
    "ugandan": "Uganda", "zimbabwean": "Zimbabwe", "angolan": "Angola",
    "mozambican": "Mozambique", "nepalese": "Nepal", "afghan": "Afghanistan",
    "laotian": "Laos", "kyrgyz": "Kyrgyzstan", "tajik": "Tajikistan", "turkmen": "Turkmenistan",
    "yemeni": "Yemen",
}  # fmt: skip

#: Nouns a name owns rather than names: "BNP's subsidiary in Geneva", "the Huawei US
#: unit" place the part, not the name before them.
OWNED_NOUNS: Final = frozenset(
    {"subsidiary", "affiliate", "unit", "branch", "office", "division", "arm", "plant",
     "factory", "operation", "operations", "venture"}
)  # fmt: skip
