"""Amounts, currencies and dates as written → normalised values.

>>> parse_money("$2.8 billion")
(Decimal('2800000000'), 'USD')
>>> parse_money("430.4 million dollars")
(Decimal('430400000'), 'USD')
>>> parse_money("200,000 dlrs"), parse_money("1.5 mln dlrs"), parse_money("2 bln stg")
((Decimal('200000'), 'USD'), (Decimal('1500000'), 'USD'), (Decimal('2000000000'), 'GBP'))
>>> parse_date("April 2021")
'2021-04'
>>> parse_date("Dec. 10, 2021")
'2021-12-10'
>>> parse_date("2019")
'2019'
>>> parse_date("last year") is None
True
>>> parse_date("February 30, 2021"), parse_date("2021-13")
('2021-02', None)
"""

from __future__ import annotations

import calendar
import re
from decimal import Decimal, InvalidOperation

_SCALES = {
    "thousand": Decimal(10) ** 3,
    "k": Decimal(10) ** 3,
    "million": Decimal(10) ** 6,
    "m": Decimal(10) ** 6,
    "mn": Decimal(10) ** 6,
    "mln": Decimal(10) ** 6,  # Reuters: "1.5 mln dlrs"
    "billion": Decimal(10) ** 9,
    "bn": Decimal(10) ** 9,
    "b": Decimal(10) ** 9,
    "bln": Decimal(10) ** 9,
    "trillion": Decimal(10) ** 12,
}
_CURRENCIES = [
    # Reuters writes "dlrs" and "stg" (sterling)
    (re.compile(r"US\$|\$|\bdollars?\b|\bdlrs?\b|\bUSD\b", re.I), "USD"),
    (re.compile(r"€|\beuros?\b|\bEUR\b", re.I), "EUR"),
    (re.compile(r"£|\bpounds?\b|\bstg\b|\bsterling\b|\bGBP\b", re.I), "GBP"),
    (re.compile(r"¥|\byuan\b|\brenminbi\b|\bRMB\b|\bCNY\b", re.I), "CNY"),
    (re.compile(r"\byen\b|\bJPY\b", re.I), "JPY"),
]
_NUMBER = re.compile(
    r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million|billion|trillion|bn|mn|mln|bln|k|m|b)?\b", re.I
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}  # fmt: skip


#: Amounts of this many digits or more are not amounts (and overflow Decimal's context).
_MAX_DIGITS = 24


def _real_day(year: int, month: int, day: int) -> bool:
    """True when the day exists in that month ("February 30" does not)."""
    return 1 <= day <= calendar.monthrange(year, month)[1]


def parse_money(text: str) -> tuple[Decimal, str | None] | None:
    """Amount and ISO 4217 currency of a money expression, or None."""
    match = _NUMBER.search(text)
    if not match:
        return None
    try:
        value = Decimal(match.group(1).replace(",", ""))
    except InvalidOperation:
        return None
    scale = match.group(2)
    if scale:
        value *= _SCALES[scale.lower()]
    if value.adjusted() >= _MAX_DIGITS:
        return None  # no one writes such an amount; quantize would overflow the context
    currency = next((code for pattern, code in _CURRENCIES if pattern.search(text)), None)
    if value == value.to_integral():
        value = value.quantize(Decimal(1))
    return value, currency


def parse_date(text: str, year: str | None = None) -> str | None:
    """ISO date (YYYY, YYYY-MM or YYYY-MM-DD) of a date expression, or None.

    ``year`` completes a date written without one ("in April", in an article of 2021).

    >>> parse_date("in April", year="2021")
    '2021-04'
    """
    text = text.strip()
    iso = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", text)
    if iso:
        y, m, d = (int(g) if g else 0 for g in iso.groups())
        if not (y and 1 <= m <= 12):
            return None
        return text if not iso.group(3) or _real_day(y, m, d) else text[:7]
    year_match = re.search(r"\b(1[89]\d\d|20\d\d)\b", text)
    if year_match:
        year = year_match.group(1)
    elif not any(_MONTHS.get(w.lower().rstrip(".")) for w in text.split()):
        return None  # "last year": nothing to complete
    if year is None:
        return None
    month = None
    for word in re.findall(r"[A-Za-z]+", text):
        month = _MONTHS.get(word.lower().rstrip("."))
        if month:
            break
    if month is None:
        return year
    day_match = re.search(r"\b(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)", text.replace(year, ""))
    if day_match and _real_day(int(year), month, int(day_match.group(1))):
        return f"{year}-{month:02d}-{int(day_match.group(1)):02d}"
    return f"{year}-{month:02d}"
