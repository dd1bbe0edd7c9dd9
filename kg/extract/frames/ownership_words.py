"""Trigger words of the ownership frame (``partOf``, ``acquires``, ``investsIn``,
``partnersWith``): the verbs' nominalisations and the nouns of a company's parts.

>>> "takeover" in ACQUISITION_NOUNS and "stake" in STAKE_NOUNS
True
"""

from __future__ import annotations

from typing import Final

#: "Y's takeover of X", "the acquisition of X by Y", "Y's bid for X".
ACQUISITION_NOUNS: Final = frozenset(
    {"takeover", "acquisition", "purchase", "buyout", "bid", "offer"}
)
#: Of these, the ones that only try ("a bid for X"): less sure than a done deal.
ATTEMPT_NOUNS: Final = frozenset({"bid", "offer"})
#: "a 20% stake in X", "Y's holding in X", "Y's investment in X".
STAKE_NOUNS: Final = frozenset({"stake", "holding", "shareholding", "investment"})
#: Holders of a firm's shares: "Y is X's largest shareholder", "Y, an investor in X".
INVESTOR_NOUNS: Final = frozenset({"shareholder", "investor", "stakeholder", "backer"})
#: Verbs whose subject comes to hold the stake in their object ("bought a stake").
TAKE_VERBS: Final = frozenset(
    {"buy", "acquire", "purchase", "take", "have", "hold", "own", "raise", "increase",
     "boost", "build", "keep", "retain", "control", "get", "secure", "agree", "complete",
     "seal", "win", "announce", "make", "launch", "finalise", "finalize", "close",
     "form", "create", "establish", "set", "enter", "sign"}
)  # fmt: skip
#: Verbs whose indirect object ("sold GM a stake") or "to" object gets the thing.
GIVE_VERBS: Final = frozenset({"sell", "give", "offer", "transfer", "hand"})
#: Money that buys a share when "equity" qualifies it: "$40 million in equity financing
#: to X" (a loan or plain "financing" is no stake).
EQUITY_NOUNS: Final = frozenset({"financing", "funding", "capital"})
#: Verbs that put such money in a firm ("will provide", "committed", "made available").
PROVIDE_VERBS: Final = frozenset({"provide", "commit", "extend", "make", "invest", "approve"})
#: "Telco's Orbit unit", "its subsidiary X", "X's parent company Y" (reversed).
PART_NOUNS: Final = frozenset(
    {"unit", "subsidiary", "division", "arm", "affiliate", "offshoot", "marque"}
)
PARENT_NOUNS: Final = frozenset({"parent", "owner"})
#: Nouns of a state body's parts: "FinCEN is a bureau of the Treasury", "X, an agency
#: of the Department of Y" (both sides government bodies).
BODY_PART_NOUNS: Final = frozenset({"bureau", "agency", "component", "office", "branch", "element"})
#: "a joint venture with X", "the A-B alliance".
PARTNERSHIP_NOUNS: Final = frozenset(
    {"venture", "partnership", "alliance", "cooperation", "coordination", "collaboration",
     "concert", "consortium"}
)  # fmt: skip
#: Of these, bodies two parties own together, named by "of" as by "between": "X, a
#: joint venture of A and B" (but "the cooperation of A and B" is each one's with a third).
JOINT_BODY_NOUNS: Final = frozenset({"venture", "partnership", "alliance", "consortium"})
#: Verbs by which a business takes money put in it: "X secured an investment from Y".
RECEIVE_VERBS: Final = frozenset(
    {"receive", "secure", "win", "get", "attract", "obtain", "land", "accept", "take"}
)
#: Documents two parties sign: "A and B signed a memorandum of understanding", "an
#: accord with B" (less sure than a partnership: a plea agreement has two sides too).
AGREEMENT_NOUNS: Final = frozenset({"memorandum", "mou", "accord", "pact", "treaty", "agreement"})
#: Capitalised plurals the tagger keeps as their own lemma ("signed Agreements on
#: Reciprocal Trade with X"), read as the singular document noun.
AGREEMENT_PLURALS: Final = {w + "s": w for w in AGREEMENT_NOUNS} | {"memoranda": "memorandum"}
#: Agreements of states only: "reached a trade deal with China", "announced frameworks
#: for trade negotiations with X" (a firm's "deal with" another is mostly a sale).
STATE_DEAL_NOUNS: Final = frozenset({"deal", "framework"})
#: Verbs by which the subject concludes an agreement (besides ``TAKE_VERBS``): "the
#: United States reached a deal with China" (not "is negotiating a deal": only talks).
CONCLUDE_VERBS: Final = frozenset({"reach", "strike", "conclude", "clinch"})
#: Nouns of a group of parties named after it: "allies including A and B", "the
#: governments of A and B".
GROUP_NOUNS: Final = frozenset(
    {
        "ally",
        "partner",
        "government",
        "country",
        "nation",
        "state",
        "counterpart",
        "group",
        "coalition",
    }
)
#: Verbs of a judgement or a statement about a third party: governments that "jointly
#: attribute the attack to X", "jointly condemn" or "jointly announce" it say the same
#: thing at once, they do not work together (no partnership, unlike "jointly fund").
JUDGING_VERBS: Final = frozenset(
    {"attribute", "accuse", "blame", "condemn", "denounce", "criticize", "criticise",
     "deplore", "reject", "sanction", "designate", "announce", "declare", "state", "say",
     "assess", "conclude", "determine", "call", "urge", "warn", "express", "reaffirm",
     "welcome", "note", "recognize", "recognise", "name", "identify", "expose"}
)  # fmt: skip
#: Verbs of working together the shared lexicon lacks: "teamed up with X".
PARTNER_VERBS: Final = frozenset({"team", "coordinate", "ally"})
#: Words that make an owner's share partial ("49 pct owned", "partly owned").
PARTIAL_WORDS: Final = frozenset(
    {"partly", "partially", "jointly", "pct", "%", "percent", "part", "minority"}
)
#: Verbs whose "to buy X" is no purchase: "tipped to buy", "sought to acquire".
PROSPECT_VERBS: Final = frozenset(
    {"tip", "expect", "rumour", "rumor", "want", "seek", "try", "hope", "consider", "aim",
     "intend", "fail", "refuse", "attempt", "struggle", "wish", "like", "love"}
)  # fmt: skip
#: Verbs by which the target takes an offer for itself ("X accepted Y's bid").
ACCEPT_VERBS: Final = frozenset({"accept", "approve", "back", "recommend", "endorse"})
