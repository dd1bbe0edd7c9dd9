"""Event resolution: one real sanction is one ``Sanction`` node, however many reports.

A report's event key is what every report of one measure shares, and nothing a report
may leave out or round differently:

* the target (its resolved entity) and the kind;
* with an amount: the amount to three significant figures and its currency (a fine of
  $286,992,532 and one of "$287 million" on one company are one fine, whoever is said
  to have imposed it);
* without one: the state that imposed it, so that "the Treasury", "OFAC" and "the
  United States" imposing a designation on one target are one designation, while the
  European Union's is another.

Dates are not in the key (one report gives the day, another only the year). The key
is a pure function of one article's extraction and the resolved entity ids, so the
node's IRI is the same in a clean, a resumed and a parallel build, and an article
added later joins the node that earlier articles made.

>>> from decimal import Decimal
>>> rounded_amount(Decimal("286992532")), rounded_amount(Decimal("2.87E+8"))
(Decimal('2.87E+8'), Decimal('2.87E+8'))
>>> jurisdiction(["United States Department of Justice"]), jurisdiction(["OFAC"])
('US', 'US')
>>> jurisdiction(["Chinese regulators"]), jurisdiction(["Acme Board"]) is None
('CN', True)
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from decimal import Decimal

from kg.model import Sanction

#: Names and adjectives that say which state a government body belongs to, as words.
_STATES: dict[tuple[str, ...], str] = {
    ("united", "states"): "US",
    ("u", "s"): "US",
    ("us",): "US",
    ("usa",): "US",
    ("america",): "US",
    ("american",): "US",
    ("washington",): "US",
    ("white", "house"): "US",
    ("china",): "CN",
    ("chinese",): "CN",
    ("beijing",): "CN",
    ("prc",): "CN",
    ("united", "kingdom"): "GB",
    ("uk",): "GB",
    ("u", "k"): "GB",
    ("british",): "GB",
    ("britain",): "GB",
    ("hm",): "GB",
    ("european",): "EU",
    ("eu",): "EU",
    ("brussels",): "EU",
    ("russia",): "RU",
    ("russian",): "RU",
    ("moscow",): "RU",
    ("kremlin",): "RU",
    ("japan",): "JP",
    ("japanese",): "JP",
    ("canada",): "CA",
    ("canadian",): "CA",
    ("australia",): "AU",
    ("australian",): "AU",
    ("india",): "IN",
    ("indian",): "IN",
    ("germany",): "DE",
    ("german",): "DE",
    ("france",): "FR",
    ("french",): "FR",
    ("netherlands",): "NL",
    ("dutch",): "NL",
    ("taiwan",): "TW",
    ("taiwanese",): "TW",
    ("south", "korea"): "KR",
    ("korean",): "KR",
}
#: United States bodies that the news names without the country.
_US_BODIES = (
    "treasury",
    "ofac",
    "office of foreign assets control",
    "commerce department",
    "department of commerce",
    "bureau of industry and security",
    "bis",
    "justice department",
    "department of justice",
    "doj",
    "fbi",
    "federal bureau of investigation",
    "state department",
    "department of state",
    "federal communications commission",
    "fcc",
    "securities and exchange commission",
    "sec",
    "pentagon",
    "department of defense",
    "congress",
    "senate",
    "biden administration",
    "biden harris administration",
    "trump administration",
    "obama administration",
)


def _words(name: str) -> list[str]:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^0-9a-z]+", " ", text.lower()).split()


def jurisdiction(names: Iterable[str]) -> str | None:
    """The state (ISO code, or ``EU``) a government body's names say it belongs to.

    >>> jurisdiction(["HM Treasury"]), jurisdiction(["U.S. Department of the Treasury"])
    ('GB', 'US')
    >>> jurisdiction(["the Treasury"]), jurisdiction(["European Commission"])
    ('US', 'EU')
    """
    names = list(names)
    for name in names:
        words = _words(name)
        if words[:1] == ["the"]:
            words = words[1:]
        for size in (2, 1):  # a country named first: "U.S. Department of ..."
            state = _STATES.get(tuple(words[:size]))
            if state:
                return state
    for name in names:
        padded = f" {' '.join(_words(name))} "
        for size in (2, 1):
            for state_words, state in _STATES.items():
                if len(state_words) == size and f" {' '.join(state_words)} " in padded:
                    return state
        text = padded.strip().removeprefix("the ")
        if text in _US_BODIES or any(text.endswith(" " + b) for b in _US_BODIES):
            return "US"
    return None


def rounded_amount(amount: Decimal) -> Decimal:
    """``amount`` to three significant figures: what two reports of one fine share.

    >>> rounded_amount(Decimal("430488798")) == rounded_amount(Decimal("430.49E6"))
    True
    >>> rounded_amount(Decimal("2.8E9")) == rounded_amount(Decimal("2.75E9"))
    False
    """
    if amount == 0:
        return Decimal(0)
    exponent = amount.adjusted() - 2
    return amount.scaleb(-exponent).quantize(Decimal(1)).scaleb(exponent).normalize()


def event_key(
    sanction: Sanction, target_id: str, imposer_id: str | None, imposer_names: Iterable[str]
) -> tuple[str, ...]:
    """What every report of one sanction shares (see the module's description).

    >>> from kg.model import Evidence
    >>> ev = Evidence("a", "s", 0, 1, "r", 0.9)
    >>> doj = event_key(Sanction("z", "Fine", ev, "d", Decimal("286992532"), "USD"), "zte",
    ...                 "justice-department", ["United States Department of Justice"])
    >>> us = event_key(Sanction("z", "Fine", ev, "u", Decimal("287E6"), "USD"), "zte",
    ...                "united-states", ["United States"])
    >>> doj == us
    True
    >>> ofac = event_key(Sanction("h", "Designation", ev, "o"), "huawei", "ofac", ["OFAC"])
    >>> eu = event_key(Sanction("h", "Designation", ev, "e"), "huawei", "eu", ["EU"])
    >>> ofac == eu
    False
    """
    if sanction.amount is not None:
        amount = rounded_amount(Decimal(sanction.amount))
        return (target_id, sanction.kind, format(amount, "f"), sanction.currency or "")
    if imposer_id is None:
        return (target_id, sanction.kind)
    state = jurisdiction(imposer_names)
    return (target_id, sanction.kind, "", "", state or f"entity:{imposer_id}")
