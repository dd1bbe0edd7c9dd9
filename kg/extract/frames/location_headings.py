"""Places set as headings over a list of firms (``basedIn``).

A release that adds parties to a list often groups them by country: the country's
name alone on a line (or followed by a colon), then one bulleted or numbered item per
party, each opening with the party's name::

    Norway
    - Fjordlys Trading Co., a broker that paid for the parts;
    - Kvitberg Shipping Co., which moved them.

Every firm that opens an item under the heading is based there; the list ends at the
first line that is neither an item nor blank (the next heading, or the prose after
it). A person who opens an item is not placed (the heading says where a party is
listed, and a person has no seat).
"""

from __future__ import annotations

import re
from bisect import bisect_left

from kg.extract.frames.reader import ArticleReader
from kg.extract.mentions import Mention
from kg.extract.tokens import token_table

#: The marker that opens a list item: a dash or bullet, or "1." / "2)" / "(a)".
_ITEM = re.compile(r"[ \t]*(?:[-*•–—]|\d{1,2}[.)]|\([a-z0-9]{1,2}\))[ \t]+")
#: The classes a heading places (a firm or an organisation, never a person).
_PLACED = frozenset({"Company", "Organization"})
#: How many items one heading may govern (a longer run is no such list).
_MAX_ITEMS = 40


def is_heading(text: str, start: int, end: int) -> bool:
    """Whether the characters ``start:end`` of ``text`` stand alone on their line
    (an optional colon after them), with a line after: a heading, not a word of prose.

    Only the blanks next to the characters are walked (asked of every place name: a
    search for the line's ends would read the whole paragraph around each).

    >>> is_heading("Intro.\\n  Norway:\\n- A", 9, 15), is_heading("in Norway today\\n", 3, 9)
    (True, False)
    """
    before = start
    while before > 0 and text[before - 1] != "\n":
        if not text[before - 1].isspace():
            return False
        before -= 1
    after = end
    while after < len(text) and text[after] != "\n" and text[after].isspace():
        after += 1
    if after < len(text) and text[after] == ":":
        after += 1  # "Norway:"
    while after < len(text) and text[after] != "\n" and text[after].isspace():
        after += 1
    return after < len(text) and text[after] == "\n"


def listed_under(r: ArticleReader, heading: Mention) -> list[Mention]:
    """The mentions of firms that open the items listed under ``heading``."""
    table = token_table(r.doc)
    text = table.doc_text
    line_end = text.find("\n", table.char_bounds(heading.start, heading.end)[1])
    # character starts from the token table: no Span made per mention
    starts = [table.starts[m.start] for m in r.mentions]
    found: list[Mention] = []
    pos = line_end + 1
    items = 0
    while pos < len(text) and items < _MAX_ITEMS:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if line.strip():
            marker = _ITEM.match(line)
            if marker is None:
                break  # the next heading or the prose: the list is over
            items += 1
            k = bisect_left(starts, pos + marker.end())
            if k < len(starts) and starts[k] == pos + marker.end():
                first = r.mentions[k]
                if r.cls(first.entity) in _PLACED:
                    found.append(first)
        pos = end + 1
    return found
