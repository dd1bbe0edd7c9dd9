"""Words at the edges of a labelled name that belong to the text around it.

The model sometimes runs a name's label over words that are not the name:

- a release's dateline before the first name of its first sentence ("BOSTON - Acme
  Robotics Inc., a maker of ...", "DENVER, Colo. – Acme LLC"): the city (in capitals,
  perhaps with a state's short name after a comma) and the dash open the line, and the
  name starts after the dash;
- a firm's seat after its name ("Garrison Metalworks Company of Akron, Ohio"): a firm's
  name (ending in a legal form or trade word) then "of" and a city, with the city's
  state or country after a comma; the seat is where the firm is based, not its name
  ("Aluminum Corporation of China Limited" goes on to a legal form, "Bank of America"
  ends in no firm word: both keep their "of").
"""

from __future__ import annotations

from kg.extract.firm_names import FIRM_ENDS
from kg.extract.tokens import TokenTable

#: Dashes that end a dateline.
_DASHES = frozenset({"-", "–", "—", "--"})
#: The most words a dateline's city and state take ("NEW YORK", "ST. PAUL, Minn.").
_MOST_DATELINE_WORDS = 5


def _line_start(table: TokenTable, i: int) -> bool:
    return i == 0 or "\n" in table.whitespace[i - 1] or "\n" in table.text[i - 1]


def after_dateline(table: TokenTable, start: int, end: int) -> int:
    """Where the name in ``[start, end)`` begins once a dateline opening it is left out
    (``start`` when none does): capitalised city words at the start of a line, perhaps a
    comma and a state's short name, then a dash, with words of the name after it.

    >>> from spacy.lang.en import English
    >>> from kg.extract.tokens import token_table
    >>> doc = English()("DENVER, Colo. - Pinecrest Analytics LLC pleaded guilty.")
    >>> after_dateline(token_table(doc), 0, 7)
    4
    >>> doc = English()("Tri-State Kestrel - Pinecrest LLC pleaded guilty.")
    >>> after_dateline(token_table(doc), 0, 7)
    0
    >>> doc = English()("KLA-Tencor Corp. sells tools.")
    >>> after_dateline(token_table(doc), 0, 4)
    0
    """
    text = table.text
    if not _line_start(table, start) or not text[start].isupper():
        return start
    i = start
    while i < end and i - start < _MOST_DATELINE_WORDS and text[i].isupper():
        i += 1  # the city, in capitals ("NEW ORLEANS", "ST. LOUIS")
    if i + 1 < end and text[i] == "," and text[i + 1][:1].isupper():
        i += 2  # its state's short name ("Fla.", "D.C.")
    if i + 1 < end and text[i] in _DASHES and table.whitespace[i - 1]:
        return i + 1  # a spaced dash: "KLA-Tencor" is one name
    return start


def before_seat(table: TokenTable, start: int, end: int) -> int:
    """Where a firm's name in ``[start, end)`` ends when the label ran on over "of" and the
    firm's seat ("Garrison Metalworks Company of Akron", then ", Ohio"): ``end`` when it
    did not. The seat's state or country must follow the label after a comma.

    >>> from spacy.lang.en import English
    >>> from kg.extract.tokens import token_table
    >>> doc = English()("Garrison Metalworks Company of Akron, Ohio, sold it.")
    >>> before_seat(token_table(doc), 0, 5)
    3
    >>> doc = English()("Bank of America, Ohio's lender, sold it.")
    >>> before_seat(token_table(doc), 0, 3)
    3
    """
    text, lower = table.text, table.lower
    if end + 1 >= len(text) or text[end] != "," or not text[end + 1][:1].isupper():
        return end
    for k in range(end - 2, start, -1):
        if lower[k] != "of":
            continue
        seat = text[k + 1 : end]
        if lower[k - 1] in FIRM_ENDS and all(w[:1].isupper() for w in seat):
            return k
        return end
    return end
