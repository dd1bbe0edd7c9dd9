"""Who holds a contract to supply goods, and who awarded it.

"Volta awarded Brisk contracts to supply routers", "Brisk was awarded a contract by
Volta to supply routers", "Brisk won a contract from Volta to supply routers", "the
award of a contract to Brisk by Volta to supply routers": the holder (Brisk) supplies
the goods, the one who awards (Volta) is its customer. The subject of the clause is
the holder only when it wins the contract; when it awards one it is the customer.

Pure syntax over a parsed sentence: :func:`award_parties` gives the tokens of the
two sides, the frame maps them to entities.
"""

from __future__ import annotations

from typing import Final, NamedTuple

from spacy.tokens import Token

from kg.extract.frames.syntax import agents, children, preps
from kg.extract.frames.syntax import subject as subject_of

#: Verbs by which a buyer gives a seller a contract ("awarded X a contract").
AWARD_VERBS: Final = frozenset({"award", "grant", "give"})
#: Verbs by which a seller gets one, with the buyer after "from".
WIN_VERBS: Final = frozenset({"win", "secure", "receive", "obtain", "get", "land"})
#: Verbs by which two sides make a contract, the other side after "with": "signed an
#: agreement with Y to supply ore", "entered into a contract with Y to supply Z".
SIGN_VERBS: Final = frozenset({"sign", "enter", "conclude", "reach", "strike", "ink"})
#: Nouns of a contract for goods (a "plan" or "approval" to supply has no buyer).
CONTRACT_NOUNS: Final = frozenset(
    {"contract", "order", "deal", "tender", "award", "agreement", "subcontract"}
)


class AwardParties(NamedTuple):
    """The tokens naming who holds the contract and who gave it."""

    holders: list[Token]
    customers: list[Token]


def award_parties(verb: Token) -> AwardParties | None:
    """The holder and the awarder of the contract an infinitive of supplying
    serves ("… contracts to supply Y"), or None when it serves no contract award."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head, dep = verb.head, verb.dep_
    if head.tag_ == "CD" and head.head.lower_ == "worth":
        head = head.head  # the parser hangs the infinitive on the value or on "worth"
    if head.lower_ == "worth":
        # "contracts worth $600 million to supply Y": past the value to what it is of
        head = head.head
        dep = "acl" if head.pos_ == "NOUN" else "advcl"
    if dep in {"acl", "relcl"} and head.lemma_.lower() == "award" and head.pos_ == "NOUN":
        # "the award of a contract to X by Y to supply Z", the infinitive on "award"
        contracts = [c for c in preps(head, "of") if c.lemma_.lower() in CONTRACT_NOUNS]
        return _nominal_award(contracts[0] if contracts else head, head)
    if dep in {"acl", "relcl"} and head.lemma_.lower() in CONTRACT_NOUNS:
        contract = head
        if contract.dep_ == "pobj" and contract.head.lower_ == "of":
            return _nominal_award(contract, contract.head.head)
        if contract.dep_ == "pobj" and contract.head.lower_ == "into":
            giver = contract.head.head  # "entered into a contract with Y to supply Z"
        elif contract.dep_ in {"dobj", "nsubjpass"}:
            giver = contract.head
        else:
            return None
    elif dep in {"advcl", "xcomp"} and head.pos_ in {"VERB", "AUX"}:
        # "awarded X contracts to supply Y": the parser may hang the infinitive on the verb
        giver = head
        objects = children(giver, "dobj") + preps(giver, "into")  # "entered into a deal"
        found = [c for c in objects if c.lemma_.lower() in CONTRACT_NOUNS]
        if not found:
            return None
        contract = found[0]
    else:
        return None
    lemma = giver.lemma_.lower()
    if lemma in AWARD_VERBS:
        passive = any(c.dep_ == "nsubjpass" for c in giver.children)
        if passive:
            # "X was awarded a contract by Y": the "by" may hang on the contract
            by = agents(giver) + preps(contract, "by")
            return AwardParties(children(giver, "nsubjpass"), by)
        # "awarded X a contract"; the parser may fold X into the contract's name
        holders = [d for d in children(giver, "dative") if d.pos_ != "ADP"]
        holders += preps(giver, "to") + preps(contract, "to")
        holders += [c for c in contract.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        subject = subject_of(giver)
        return AwardParties(holders, [subject] if subject is not None else [])
    if lemma in SIGN_VERBS:
        subject = subject_of(giver)
        withs = preps(giver, "with") + preps(contract, "with")
        return AwardParties([subject] if subject is not None else [], withs)
    if lemma in WIN_VERBS:
        subject = subject_of(giver)
        froms = preps(giver, "from") + preps(contract, "from")
        return AwardParties([subject] if subject is not None else [], froms)
    return None


def _nominal_award(contract: Token, award: Token) -> AwardParties | None:
    """ "the award of a contract to X by Y": "to" and "by" on the contract or the award."""
    if award.lemma_.lower() != "award":
        return None
    both = [contract] if contract is award else [contract, award]
    holders = [t for w in both for t in preps(w, "to")]
    customers = [t for w in both for t in preps(w, "by")]
    return AwardParties(holders, customers)
