"""Confidence of an open triple: a small additive feature-based score.

The weights were read off how often each feature's tuples matched CaRB's
development gold (a tuple's precision against its best gold tuple), one feature
at a time, so that a higher score means a more often right tuple:

* where the predicate stands: a main verb (0.74) beats a coordinated verb (0.70),
  a relative, complement or adverbial clause (about 0.58), an open complement or a
  gerund after a preposition (about 0.46);
* passives and chained relations ("was forced to pay") are specific (+0.08); so are
  longer relations (+0.05 from three words);
* copulas (-0.06), long arguments and subjects (up to -0.12), several adjuncts
  (-0.04), long sentences (-0.08), a subject taken from an apposition (-0.15) or
  given to a participle or adverbial clause by the noun or clause it modifies
  (-0.06) make mistakes likelier.

Clauses that noun phrases imply get fixed, lower scores in
:mod:`kg.extract.openie_nominal`, read off the same way.

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("Huawei makes phones.")
>>> confidence(doc[1], doc[0:1], [doc[2:3]], "openie.svo.v1", 1)
0.79
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span, Token

from kg.extract.tokens import sentence_bounds

#: Starting score by the predicate's place in the parse.
DEP_BASE = {
    "ROOT": 0.74,
    "conj": 0.70,
    "relcl": 0.60,
    "ccomp": 0.58,
    "advcl": 0.58,
    "acl": 0.56,
    "parataxis": 0.55,
    "xcomp": 0.48,
    "pcomp": 0.45,
}


#: Subjects found indirectly: an apposition of the subject is less often the one meant.
VIA_PENALTY = {"appos": 0.15, "acl": 0.06, "advcl": 0.06}


def confidence(
    verb: Token,
    subject: Span,
    objects: Sequence[Span],
    rule: str,
    relation_len: int,
    via: str = "direct",
) -> float:
    """Score in [0.05, 0.95] of a verbal clause; see the module docstring."""
    score = DEP_BASE.get(verb.dep_, 0.5) - VIA_PENALTY.get(via, 0.0)
    if "passive" in rule or "xcomp" in rule:
        score += 0.08
    if relation_len >= 3:
        score += 0.05
    if verb.pos_ == "AUX":
        score -= 0.06
    if not objects:
        score -= 0.3
    longest = max((len(o) for o in objects), default=0)
    total = sum(len(o) for o in objects)
    if longest > 15:
        score -= 0.06
    if total >= 30:
        score -= 0.12
    elif total >= 20:
        score -= 0.06
    if len(subject) > 8:
        score -= 0.08
    if len(objects) >= 2:
        score -= 0.04
    start, end = sentence_bounds(verb)  # (``verb.sent`` scans the parse)
    sent_len = end - start
    if sent_len >= 45:
        score -= 0.08
    elif sent_len < 15:
        score += 0.05
    return round(min(0.95, max(0.05, score)), 3)
