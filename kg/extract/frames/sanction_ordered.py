"""Who an order to pay names: "Judge Y, who also ordered him to pay a $100,000 fine" —
"him" is the person the sentence is about (the one sentenced), never the judge whose
relative clause it is; and who imposes it: the judge's district ("Judge Y of the
Eastern District of Z ordered …")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg.extract.frames.legal import parties
from kg.extract.frames.pronoun import person_referent, personal
from kg.extract.frames.syntax import children, preps, subject

if TYPE_CHECKING:
    from kg.extract.frames.reader import ArticleReader


def ordered_payers(r, ordered: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The parties an ordering verb's object names ("ordered X to pay"); a personal
    pronoun ("ordered him to pay") is the person the clause is about, not the nearest
    name before it (the judge in "by Judge Y, who ordered him to pay")."""
    found: list[int] = []
    for t in children(ordered, "dobj"):
        if personal(t):
            ref = person_referent(r, t)
            found += [ref] if ref is not None else []
        else:
            found += parties(r, t)
    return list(dict.fromkeys(found))


def judges_district(r: ArticleReader, ordered: Token) -> list[int]:
    """The district of the judge who orders or fines: "(U.S.) District Judge Y of the
    Eastern District of Z ordered …", "… by Judge Y in the District of Z, who also fined
    him …" → that district; none for anyone but a judge."""
    judge = judge_of(ordered)
    if judge is None:
        return []
    found = [e for p in preps(judge, "of", "in") for e in r.entities(p)]
    return [e for e in found if "District" in r.clusters[e].name]


def judge_of(ordered: Token) -> Token | None:
    """The judge who orders or fines ("Judge Y ordered …", "Judge Y, who also fined
    him … and ordered him to pay"), else None."""
    if ordered.dep_ == "conj":
        ordered = ordered.head  # "who also fined him … and ordered him to pay"
    subj = subject(ordered)
    if subj is not None and subj.lower_ in {"who", "whom"} and ordered.dep_ == "relcl":
        subj = ordered.head  # "Judge Y …, who also fined him": the judge
    if subj is None or not any(t.lower_ == "judge" for t in subj.lefts):
        return None
    return subj
