"""Release wordings of a title after a name that the title walk of the role frame
(:meth:`RoleFrame._titles`) steps over to reach the employer.

"Assistant Attorney General X in charge of the Antitrust Division" (the office a
title is in charge of), "Assistant Attorney General for National Security at the
Department of Justice" (a portfolio before the employer), "X, Special Agent in Charge,
IRS Criminal Investigation" (a body set off by a comma, no preposition) and "Special
Agent X from the FBI's Dallas Field Office" (a from-phrase).

>>> from spacy.lang.en import English
>>> doc = English()("Ann Ross in charge of the Fraud Section said")
>>> in_charge_of(doc, 2, len(doc))  # the index of its "of"
4
>>> in_charge_of(English()("Agent in Charge of the FBI"), 1, 6) is None
True
>>> doc = English()("Ann Ross, Counsel for National Security at the Department")
>>> portfolio_end(doc, 5, len(doc))  # "National Security" ends before "at"
7
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

#: Rule names of the wordings above (each its own, for per-rule calibration).
IN_CHARGE_RULE = "nominal.title.in_charge.v1"
PAST_PORTFOLIO_RULE = "nominal.title.past_portfolio.v1"
FROM_RULE = "nominal.title.from.v1"
COMMA_BODY_RULE = "nominal.title.comma_body.v1"

#: Prepositions that name the employer after a title's portfolio ("for National
#: Security at the Department of Justice").
AFTER_PORTFOLIO = frozenset({"at", "of", "with"})


def in_charge_of(doc: Doc, j: int, end: int) -> int | None:
    """The index of the "of" of "in charge of" starting at ``j``, else None."""
    if j + 2 >= end:
        return None
    # "Special Agent in Charge of the FBI" (capitalised) is the title itself
    words = [doc[j].lower_, doc[j + 1].text, doc[j + 2].lower_]
    return j + 2 if words == ["in", "charge", "of"] else None


def portfolio_end(doc: Doc, k: int, end: int) -> int:
    """The first token after the capitalised field a title's "for" names, from ``k``
    ("for National Security and Cyber | at …"); ``k`` itself when none starts there."""
    m = k
    while m < end and (doc[m].text[:1].isupper() or (m > k and doc[m].lower_ == "and")):
        m += 1
    while m > k and doc[m - 1].lower_ == "and":
        m -= 1
    return m


def charge_word(doc: Doc, j: int) -> bool:
    """The "Charge" of "Special Agent in Charge", which the tagger may take for a name."""
    return doc[j].text == "Charge" and j > 0 and doc[j - 1].lower_ == "in"


def ends_phrase(sent: Span, end: int) -> bool:
    """A body named at ``end`` closes the appositive ("…, IRS Criminal Investigation."
    / "…, FBI, said"): the sentence ends or punctuation follows it."""
    return end >= sent.end or sent.doc[end].is_punct
