"""Words of the role frame: job titles as news stories write them, the titles of a
head of state or government, titles named after their body, and verbs of leading.

>>> is_role_word("boss"), is_role_word("strategists"), is_role_word("customer")
(True, True, False)
>>> BODY_TITLES["commissioner"]
'commission'
>>> portfolio_of("Defense"), portfolio_of("economic"), portfolio_of("chief")
('defence', 'economy', None)
"""

from __future__ import annotations

from typing import Final

from kg.extract.lexicon import TITLE_WORDS

#: Titles news stories use beside the release vocabulary (``TITLE_WORDS``):
#: "Veltra boss Tom Ng", "an analyst at X", "a former Yale historian".
NEWS_TITLES: Final = frozenset(
    {
        "boss", "chairman", "chairwoman", "chief", "executive", "head", "director",
        "founder", "co-founder", "cofounder", "owner", "partner", "strategist",
        "economist", "analyst", "historian", "professor", "lecturer", "lawyer",
        "attorney", "spokesman", "spokeswoman", "spokesperson", "comptroller",
        "treasurer", "controller", "editor", "correspondent", "trader", "banker",
        "specialist", "expert", "adviser", "advisor", "commissioner", "governor",
        "minister", "secretary", "president", "vice-president", "premier",
        "chancellor", "dean", "fellow", "designer", "developer", "accountant",
        "auditor", "broker", "dealer", "trustee", "chief-executive", "cfo", "coo",
        "cto", "md", "mp", "sen.", "rep.", "senator", "congressman", "congresswoman",
        "representative", "mayor", "ambassador", "envoy", "negotiator", "regulator",
        "investigator", "inspector", "prosecutor", "judge", "employee", "staffer",
        "officer", "official", "agent", "executives",
    }
)  # fmt: skip

#: Heads of state or government and ministers: without a named employer they work
#: for their country's government ("President Kerekou", "Foreign Minister X").
LEADER_WORDS: Final = frozenset(
    {"president", "premier", "chancellor", "prime", "king", "queen", "minister",
     "secretary", "emir", "sheikh", "sultan"}
)  # fmt: skip

#: Public offices: a place before the title is the government they serve ("New
#: York State Comptroller X", "California Attorney General X").
PUBLIC_TITLES: Final = LEADER_WORDS | frozenset(
    {"comptroller", "governor", "mayor", "attorney", "senator", "sen.", "treasurer",
     "ambassador", "envoy", "representative", "rep.", "congressman", "congresswoman"}
)  # fmt: skip

#: Titles named after their body: "Commissioner X" sits on the article's Commission,
#: "Sen. X" in the Senate.
BODY_TITLES: Final[dict[str, str]] = {
    "commissioner": "commission",
    "senator": "senate",
    "sen.": "senate",
    "sen": "senate",
    "congressman": "house",
    "congresswoman": "house",
    "rep.": "house",
    "representative": "house",
    "judge": "court",
    "justice": "court",
    "comptroller": "comptroller",
}

#: Legislative chambers a member's title names outright ("Sen. X", "Rep. X").
CHAMBERS: Final[dict[str, str]] = {"senate": "Senate", "house": "House of Representatives"}

#: Verbs whose subject leads an organisation: "Tom Ng, who heads Veltra",
#: "Veltra, run by Tom Ng", "X owned and operated Y", "Y, a firm managed by X" (a
#: person's, never a firm's: "Veltra operates a plant" names no employer).
LEAD_VERBS: Final = frozenset(
    {"head", "lead", "run", "chair", "found", "co-found", "cofound", "operate", "manage"}
)

#: Verbs whose subject gives its object a post: "Veltra named Ann Ross (as) its chief
#: executive", "Ann Ross was appointed chairman of Veltra".
APPOINT_VERBS: Final = frozenset(
    {"appoint", "name", "hire", "recruit", "promote", "elect", "install", "reappoint",
     "nominate", "tap"}
)  # fmt: skip

#: Verbs whose subject takes its object's post away, read like the appointing verbs:
#: "Ann Ross was ousted as Veltra's chief executive", "Veltra sacked Ann Ross as
#: chairman" (she held the post).
REMOVE_VERBS: Final = frozenset({"oust", "sack", "fire", "dismiss", "remove", "depose"})

#: Verbs whose "as" phrase gives the post their subject takes, holds or leaves: "Ann
#: Ross resigned as Veltra's chief executive", "will take over as chairman of Veltra".
AS_TITLE_VERBS: Final = frozenset(
    {"resign", "step", "retire", "quit", "take", "continue", "return", "act", "stay",
     "remain", "start", "begin", "replace", "succeed", "leave", "depart"}
)  # fmt: skip

#: Nouns of a person's own business: "his company, Veltra" (he owns or runs it).
OWN_FIRM_NOUNS: Final = frozenset({"company", "firm", "business"})

#: Verbs of staying on: "Ann Ross remains with Veltra".
STAY_VERBS: Final = frozenset({"remain", "stay"})


def is_role_word(word: str) -> bool:
    """A word of a job title, singular or plural ("director", "directors", "Sen.")."""
    w = word.lower()
    for form in (w, w.removesuffix("s"), w.removesuffix("es")):
        if form in TITLE_WORDS or form in NEWS_TITLES:
            return True
    return False


#: Portfolios of ministries and departments, in the spellings a title and a body's
#: name share ("Trade Minister X" of the Ministry of Trade, "Energy Secretary X" of the
#: Energy Department), each with the forms that stand for it.
PORTFOLIOS: Final[dict[str, str]] = {
    "foreign": "foreign", "home": "home", "interior": "interior", "defence": "defence",
    "defense": "defence", "commerce": "commerce", "trade": "trade", "finance": "finance",
    "financial": "finance", "treasury": "treasury", "justice": "justice",
    "energy": "energy", "health": "health", "education": "education",
    "transport": "transport", "transportation": "transport", "agriculture": "agriculture",
    "labor": "labour", "labour": "labour", "economy": "economy", "economic": "economy",
    "industry": "industry", "environment": "environment", "culture": "culture",
    "communications": "communications", "telecommunications": "communications",
    "information": "information", "technology": "technology", "science": "science",
    "homeland": "homeland", "state": "state",
}  # fmt: skip

#: Body nouns a title may name its employer by ("a ministry spokesman", "the
#: department's press secretary"), and the nouns a portfolio body's name may end in.
PORTFOLIO_HEADS: Final = frozenset(
    {"ministry", "department", "office", "treasury", "secretariat"}
)  # fmt: skip

#: The head a title's body usually has: a minister heads a ministry, a secretary a
#: department or an office ("Foreign Secretary X" of the Foreign Office).
TITLE_HEADS: Final[dict[str, frozenset[str]]] = {
    "minister": frozenset({"ministry"}),
    "secretary": frozenset({"department", "office", "treasury"}),
    "general": frozenset({"department", "ministry"}),  # "Attorney General X"
}

#: Words that may stand before "Attorney General" of the Justice Department ("Acting
#: Assistant Attorney General X"); any other ("State Attorney General", "California
#: Attorney General") names another office.
ATTORNEY_GENERAL_RANKS: Final = frozenset(
    {"acting", "assistant", "deputy", "associate", "principal", "u.s.", "us", "former"}
)  # fmt: skip


def portfolio_of(word: str) -> str | None:
    """The portfolio a word of a title or body name stands for ("Defense" → defence)."""
    return PORTFOLIOS.get(word.lower())
