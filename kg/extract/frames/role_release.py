"""Release wordings of a title after a name that the title walk of the role frame
(:meth:`RoleFrame._titles`) steps over to reach the employer.

"Assistant Attorney General X in charge of the Antitrust Division" (the office a
title is in charge of), "Assistant Attorney General for National Security at the
Department of Justice" (a portfolio before the employer), "X, Special Agent in Charge,
IRS Criminal Investigation" (a body set off by a comma, no preposition) and "Special
Agent X from the FBI's Dallas Field Office" (a from-phrase); before the name, "Secretary
of Commerce X" (a portfolio after the title), "Attorney General of the United States X"
(a country's office), a bracketed acronym inside the body ("… Service (NCIS) Field
Office X") and a list's first name the tagger missed ("Attorneys Emil J. Bove III and
X"); a department around the division named is not the employer.

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

from spacy.tokens import Doc, Span, Token

from kg.extract.frames.reader import ArticleReader
from kg.extract.frames.role_words import PUBLIC_TITLES, portfolio_of
from kg.extract.frames.syntax import is_title
from kg.extract.lexicon import COUNTRY_NAMES
from kg.extract.tokens import token_table

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
    words = [token_table(doc).lower[j], token_table(doc).text[j + 1], token_table(doc).lower[j + 2]]
    return j + 2 if words == ["in", "charge", "of"] else None


def portfolio_end(doc: Doc, k: int, end: int) -> int:
    """The first token after the capitalised field a title's "for" names, from ``k``
    ("for National Security and Cyber | at …"); ``k`` itself when none starts there."""
    m = k
    while m < end and (
        token_table(doc).text[m][:1].isupper() or (m > k and token_table(doc).lower[m] == "and")
    ):
        m += 1
    while m > k and token_table(doc).lower[m - 1] == "and":
        m -= 1
    return m


def charge_word(doc: Doc, j: int) -> bool:
    """The "Charge" of "Special Agent in Charge", which the tagger may take for a name."""
    return token_table(doc).text[j] == "Charge" and j > 0 and token_table(doc).lower[j - 1] == "in"


def ends_phrase(sent: Span, end: int) -> bool:
    """A body named at ``end`` closes the appositive ("…, IRS Criminal Investigation."
    / "…, FBI, said"): the sentence ends or punctuation follows it."""
    return end >= sent.end or sent.doc[end].is_punct


def untagged_name_before(doc: Doc, i: int, start: int) -> int | None:
    """The index of the title word before a run of capitalised words (a name the
    tagger missed: "Emil J. Bove III") that ends right before the "and" at ``i``."""
    k = i - 1
    while (
        k >= start
        and i - k <= 5
        and token_table(doc).text[k][:1].isupper()
        and not is_title(doc[k])
    ):
        k -= 1
    if k == i - 1 or k < start or i - k > 5:
        return None
    return k if is_title(doc[k]) else None


def country_after_title(r: ArticleReader, i: int) -> bool:
    """Token ``i`` ("of", "the") joins a public title to a country named right after
    it: "Attorney General of the United States", "Secretary of State of Veltria"."""
    doc = r.doc
    of = i if token_table(doc).lower[i] == "of" else i - 1
    k = of + 1
    if of < 1 or token_table(doc).lower[of] != "of":
        return False
    if k < len(doc) and token_table(doc).lower[k] == "the":
        k += 1
    mention = r.index.get(k)
    if (
        mention is None
        or mention.start != k
        or r.cls(mention.entity) not in {"Location", "Government"}
    ):
        return False
    country = r.clusters[mention.entity].name in COUNTRY_NAMES or mention.span.text in COUNTRY_NAMES
    title = token_table(doc).lower[of - 1]
    return country and (title in PUBLIC_TITLES or token_table(doc).text[of - 1] == "General")


def containers(r: ArticleReader, orgs: list[int]) -> set[int]:
    """The employers of a title that only contain another one it names: a department
    or ministry around any other government body ("the Justice Department's Criminal
    Division"), a division around a section, unit or office ("the Criminal Division's
    Fraud Section"). An agency around its field office (FBI) is kept."""
    levels = {o: _level(r, o) for o in orgs if r.cls(o) == "Government"}
    out = set()
    for o, level in levels.items():
        others = [v for p, v in levels.items() if p != o]
        if (level == 1 and any(v != 1 for v in others)) or (level == 2 and 3 in others):
            out.add(o)
    return out


def _level(r: ArticleReader, org: int) -> int:
    """1 for a department or ministry, 2 for a division, 3 for a section, unit, office
    or branch, 0 for any other body (an agency: never dropped, never dropping)."""
    words = [w.lower().strip(".,") for w in r.clusters[org].name.split()]
    if {"department", "ministry"} & set(words):
        return 1
    last = words[-1] if words else ""
    if last == "division":
        return 2
    return 3 if last in {"section", "unit", "office", "branch"} else 0


def portfolio_after(title: Token) -> Token | None:
    """The portfolio word of "Secretary of Commerce (X)": a capitalised portfolio right
    after the title's "of"."""
    doc = title.doc
    k = title.i + 2
    if (
        k >= len(doc)
        or token_table(doc).lower[title.i + 1] != "of"
        or not token_table(doc).text[k][:1].isupper()
    ):
        return None
    return doc[k] if portfolio_of(token_table(doc).text[k]) is not None else None


def bracketed_acronym(doc: Doc, i: int) -> bool:
    """Token ``i`` is a bracket around an acronym ("(NCIS)") inside a title's body."""
    if token_table(doc).text[i] == ")":
        return (
            i >= 2
            and token_table(doc).text[i - 2] == "("
            and token_table(doc).text[i - 1].isupper()
        )
    return (
        i + 2 < len(doc)
        and token_table(doc).text[i + 2] == ")"
        and token_table(doc).text[i + 1].isupper()
    )
