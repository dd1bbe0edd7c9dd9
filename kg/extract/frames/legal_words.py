"""Trigger words of the legal frames (sanctions, charges, accusations) in news wording.

Kept apart from :mod:`kg.extract.lexicon` so that the frames' own vocabulary is read in
one place: the nouns of a case ("charges", "a lawsuit"), what brings one ("brought by",
"filed against"), the courts that act, and the instruments they act through ("a court
injunction").

>>> CASE_NOUNS["lawsuit"], CASE_NOUNS["indictment"]
('accuses', 'charges')
>>> "injunction" in INSTRUMENT_NOUNS
True
"""

from __future__ import annotations

from typing import Final

#: Nouns of a case against someone, with the property the case gives its bringer:
#: a charge or indictment is a prosecution (``charges``), a lawsuit or complaint is an
#: accusation (``accuses``).
CASE_NOUNS: Final[dict[str, str]] = {
    "charge": "charges", "indictment": "charges", "prosecution": "charges",
    "count": "charges",
    "lawsuit": "accuses", "suit": "accuses", "complaint": "accuses",
    "allegation": "accuses", "claim": "accuses", "action": "accuses",
    "case": "accuses", "accusation": "accuses",
}  # fmt: skip

#: Verbs whose object is a case and whose subject brings it ("filed a lawsuit against").
BRING_VERBS: Final = frozenset(
    {"bring", "file", "lodge", "launch", "level", "press", "submit", "issue", "return",
     "hand", "initiate"}
)  # fmt: skip

#: Participles that name who made a case: the bringing verbs, and "allegations made by
#: the regulator", "claims raised by Y" (a participle only: "made the case for …"
#: brings none).
BROUGHT_PARTICIPLES: Final = BRING_VERBS | frozenset({"make", "raise"})

#: Verbs whose subject is the one a case is against ("faced charges from the SEC",
#: "settled charges brought by the regulator").
FACE_VERBS: Final = frozenset(
    {"face", "settle", "deny", "resolve", "fight", "contest", "dispute", "reject"}
)  # fmt: skip

#: Nouns of a body that judges: the court behind "in a US court" or "by a federal jury".
COURT_NOUNS: Final = frozenset({"court", "jury", "tribunal"})

#: Words that qualify a court in its name ("a federal grand jury", "the US bankruptcy
#: court"); a court with none of them and no place is not named.
COURT_QUALIFIERS: Final = frozenset(
    {"federal", "grand", "district", "bankruptcy", "appeals", "appeal", "supreme",
     "high", "state", "county", "criminal", "civil", "international", "european",
     "commercial", "administrative", "constitutional", "military", "magistrates",
     "crown", "tax", "trade", "u.s.", "us", "u.s", "uk", "eu"}
)  # fmt: skip

#: What a court or regulator acts through: "banned … by a US court injunction".
INSTRUMENT_NOUNS: Final = frozenset(
    {"injunction", "order", "ruling", "judgment", "judgement", "decision", "verdict",
     "decree"}
)  # fmt: skip

#: Nouns of money paid as a measure: "agreed to pay penalties of $2m".
PENALTY_NOUNS: Final = frozenset({"penalty", "fine", "forfeiture", "damages", "damage", "sanction"})

#: Verbs of saying: their subject speaks for the clause they govern.
SAY_VERBS: Final = frozenset({"say", "announce", "state", "report", "tell", "add"})

#: "hit X with a $2bn bill for back taxes and fines": a verb whose with-phrase is the
#: measure.
HIT_VERBS: Final = frozenset({"hit", "slap", "saddle", "punish"})

#: Verbs of a prison sentence, read as sentencing: "a court jailed X for six years", "X
#: was imprisoned for fraud" (not "detain": custody before any charge).
JAIL_VERBS: Final = frozenset({"jail", "imprison"})

#: Verbs of suing: the subject accuses the object ("Yukos sued four companies").
SUE_VERBS: Final = frozenset({"sue", "countersue"})

#: Verbs of putting the blame on someone: "the regulator blamed X for the outage",
#: "blamed the outage on X", "X was blamed for …" (the one blamed is accused).
BLAME_VERBS: Final = frozenset({"blame"})

#: "hold X accountable / responsible (for …)": the one held to account is accused.
HOLD_VERBS: Final = frozenset({"hold"})
ACCOUNTABLE_WORDS: Final = frozenset({"accountable", "responsible", "liable", "culpable"})

#: "name / identify X as the perpetrator of …": an attribution is an accusation.
ATTRIBUTE_VERBS: Final = frozenset({"name", "identify", "attribute"})
PERPETRATOR_NOUNS: Final = frozenset(
    {"perpetrator", "culprit", "author", "actor", "party", "source", "sponsor"}
)  # fmt: skip

#: Wrongs a state attributes to another party: "attribute the attack to X", "X was
#: behind the intrusion", "X is responsible for the campaign" (an attribution of a
#: profit or a trend to something is none).
ATTACK_NOUNS: Final = frozenset(
    {"attack", "cyberattack", "hack", "hacking", "intrusion", "breach", "campaign",
     "operation", "activity", "incident", "compromise", "theft", "heist", "sabotage",
     "espionage", "ransomware", "malware", "interference", "plot", "bombing",
     "poisoning", "assassination", "killing", "disinformation", "fraud", "scheme",
     "crime", "abuse", "strike", "explosion", "cyberespionage"}
)  # fmt: skip
#: Of these, words that name a wrong only with a word of harm beside them ("a
#: malicious cyber campaign", "destructive operations"; not "a marketing campaign").
VAGUE_WRONGS: Final = frozenset(
    {"campaign", "operation", "activity", "strike", "scheme", "incident", "compromise"}
)
HARM_WORDS: Final = frozenset(
    {"cyber", "malicious", "destructive", "hacking", "ransomware", "disinformation",
     "espionage", "influence", "sabotage", "terrorist", "criminal", "illegal", "illicit",
     "fraudulent", "hostile", "covert", "military", "missile", "drone", "wiper"}
)  # fmt: skip
#: Verbs of doing a wrong: "X carried out / conducted / committed the attack".
PERPETRATE_VERBS: Final = frozenset(
    {"conduct", "carry", "commit", "perpetrate", "stage", "orchestrate", "mount"}
)

#: Verbs by which a party states a finding: "the United States assesses that X was
#: behind the attack", "Japan said X is responsible for the theft".
FINDING_VERBS: Final = frozenset(
    {"say", "assess", "conclude", "determine", "believe", "find", "judge", "confirm",
     "state", "announce", "establish"}
)  # fmt: skip

#: Verbs of a wrong done to someone: "X alleges it was cheated by Y" accuses Y.
HARM_VERBS: Final = frozenset(
    {"betray", "cheat", "defraud", "deceive", "mislead", "harass", "abuse", "mistreat",
     "threaten", "intimidate", "spy", "hack", "target", "persecute", "discriminate",
     "swindle", "exploit", "punish", "victimise", "victimize"}
)  # fmt: skip

#: Verbs whose that-clause states an accusation ("the SEC alleges that X inflated …",
#: "X, which the Treasury claims operated …").
ALLEGE_VERBS: Final = frozenset({"allege", "claim"})

#: Wrongs a party says another did: "X said Y had copied its designs" accuses Y.
WRONG_VERBS: Final = frozenset(
    {"steal", "copy", "infringe", "breach", "violate", "defraud", "deceive", "mislead",
     "cheat", "bribe", "launder", "collude", "conceal", "falsify", "inflate", "manipulate",
     "misuse", "misappropriate", "poach", "sabotage", "plagiarise", "plagiarize",
     "smuggle", "embezzle", "hack", "spy"}
)  # fmt: skip

#: Filings that state an accusation for whoever filed them: "the complaint filed by the
#: regulator alleges that X …" (not an indictment: what it alleges is the charge).
FILING_NOUNS: Final = frozenset({"complaint", "lawsuit", "suit", "filing", "petition"})

#: Verbs that raise a measure already in place ("raised tariffs on steel from X"); read
#: only with a tariff as object.
RAISE_VERBS: Final = frozenset({"raise", "increase", "hike", "double", "triple"})

#: Prosecutors described rather than named ("French prosecutors", "federal prosecutors"):
#: a body that charges, made an entity like a described court.
PROSECUTION_NOUNS: Final = frozenset({"prosecutor", "prosecution"})
