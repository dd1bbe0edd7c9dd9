"""The date that governs a measure: "On June 3, 2021, the President signed an order
that prohibits investments in X" dates the prohibition by the signing, though the
date hangs on "signed", not on "prohibits".

>>> from kg.extract.pipeline import load_pipeline
>>> doc = load_pipeline()("On June 3, 2031, the President signed an order that bans imports.")
>>> governing_date(next(t for t in doc if t.lemma_ == "ban"), "2031")
'2031-06-03'

"Today, the President signed an order that bans …" dates the measure by the
release's own date, which :func:`kg.extract.extractor.extract_doc` leaves in
``doc.user_data`` under ``DATE_KEY``:

>>> doc = load_pipeline()("Today, the President signed an order that bans imports.")
>>> doc.user_data[DATE_KEY] = "2031-06-03"
>>> governing_date(next(t for t in doc if t.lemma_ == "ban"), "2031")
'2031-06-03'
"""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.frames.syntax import date_of, entity_at, parse_date

#: Where ``extract_doc`` leaves the article's own date (ISO), for "today".
DATE_KEY = "kg.article_date"

#: Words that date a statement by the article's own day ("todays" as DOJ releases
#: print "today's").
_TODAY = frozenset({"today", "todays"})

#: Verbs of enacting a measure, whose date is the measure's: "signed an order that
#: bans …", "issued a directive that prohibits …", not "buying bonds issued after X".
_ENACTING_VERBS = frozenset(
    {"sign", "issue", "announce", "order", "direct", "take", "adopt", "publish",
     "approve", "enact", "declare", "unveil", "release", "maintain", "establish",
     "introduce"}
)  # fmt: skip

#: How many heads above the measure's word a governing date may hang on.
_STEPS = 6


def governing_date(anchor: Token, year: str | None = None) -> str | None:
    """The date on the nearest enacting verb above ``anchor`` in its sentence that
    carries one ("signed" above "prohibits"), the article's day for "today", or None."""
    token = anchor
    for _ in range(_STEPS):
        if any(c.lower_ in _TODAY for c in token.children):
            return _article_day(anchor)
        head = token.head
        if head.i == token.i:
            return None  # the sentence's root reached
        if head.pos_ in {"VERB", "AUX"} and head.lemma_.lower() in _ENACTING_VERBS:
            date = date_of(head, year)
            if date:
                return date
        token = head
    return None


def _article_day(token: Token) -> str | None:
    """The article's own date, when it gives the day ("2031-06-03")."""
    day = token.doc.user_data.get(DATE_KEY)
    return day if isinstance(day, str) and len(day) == 10 else None


#: Nouns naming a law or instrument, whose "of YEAR" is part of the name ("the Trade
#: Act of 1974"), not a date of the measure.
_LAW_NOUNS = frozenset({"act", "law", "code", "statute", "order", "resolution"})


def own_date(token: Token, year: str | None = None) -> str | None:
    """:func:`date_of` without the years that name a law: "increase tariffs under
    Section 301 of the Trade Act of 1974" has no date of its own.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("They raised tariffs under the Trade Act of 1974 in May 2031.")
    >>> own_date(doc[1])
    '2031-05'
    """
    candidates = [token, *(p for p in token.children if p.dep_ in {"prep", "npadvmod"})]
    for c in candidates:
        for t in c.subtree if c.i != token.i else c.children:
            if t.ent_type_ != "DATE" or _names_a_law(t):
                continue
            ent = entity_at(t)
            date = parse_date(ent.text, year)
            if date:
                return date
    return None


def _names_a_law(token: Token) -> bool:
    """ "(the Trade Act) of 1974": a year in the of-phrase of a law's name."""
    prep = token.head
    return (
        token.dep_ == "pobj"
        and prep.lower_ == "of"
        and (prep.head.lemma_.lower() in _LAW_NOUNS or prep.head.ent_type_ == "LAW")
    )
