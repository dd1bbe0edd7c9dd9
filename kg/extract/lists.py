"""Name lists laid out as paragraphs: "Heading: Name A; Name B; and Name C."

Executive orders, fact sheets and sanctions notices name their targets in such
paragraphs (an annex, "the following entities"), which the parser reads as one long
noun phrase. Each item becomes a mention of its own; the heading before the colon
names a category, not an entity.

>>> text = "Defense Sector: Aero Engines Co., Ltd.; Spacesat Corporation; and Xian Labs Inc."
>>> [text[s:e] for s, e in list_blocks(text)[0].items]
['Aero Engines Co., Ltd.', 'Spacesat Corporation', 'Xian Labs Inc.']
>>> list_blocks("He said: we will act; they will not.")
[]
>>> bullets = "Designated:\\n- Orion Shipping Co., Ltd.\\n- Vega Trading Limited\\n"
>>> [bullets[s:e] for s, e in list_blocks(bullets)[0].items]
['Orion Shipping Co., Ltd.', 'Vega Trading Limited']
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.lexicon import COMPANY_SUFFIXES

#: Lower-case words allowed inside a listed name ("Bank of China", "Science and Industry").
_CONNECTORS = frozenset({"of", "and", "the", "for", "&", "de", "du", "la", "in", "on"})
_MAX_WORDS = 14
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True, slots=True)
class ListBlock:
    """One list paragraph: where its heading ends and its items' character bounds."""

    start: int  # paragraph start (character offset in the text)
    end: int
    heading_end: int  # offset of the colon; the heading is ``start..heading_end``
    items: tuple[tuple[int, int], ...]


def _looks_like_name(item: str) -> bool:
    words = item.split()
    if not words or len(words) > _MAX_WORDS or not (item[0].isupper() or item[0].isdigit()):
        return False
    for word in words:
        bare = word.strip("(),.;’'")
        if not bare or bare.lower() in _CONNECTORS:
            continue
        if not (bare[0].isupper() or bare[0].isdigit()):
            return False
    return True


def _ends_with_suffix(item: str) -> bool:
    words = item.lower().rstrip(".").replace(",", " ").split()
    return bool(words) and (words[-1] in COMPANY_SUFFIXES or words[-1] + "." in COMPANY_SUFFIXES)


def _abbreviated(item: str) -> bool:
    """Whether the final full stop belongs to an abbreviation ("Co., Ltd.")."""
    last = item.split()[-1].lower()
    return last in COMPANY_SUFFIXES or len(last) <= 4


def _split_items(body: str, offset: int) -> list[tuple[int, int]]:
    """Character bounds of the items of ``body`` (which starts at ``offset``)."""
    pieces: list[tuple[int, int]] = []
    if ";" in body:
        pos = 0
        for part in body.split(";"):
            pieces.append((pos, pos + len(part)))
            pos += len(part) + 1
    else:
        # "A Co., Ltd. and B Co., Ltd.": two names joined by "and", both with legal suffixes
        match = re.search(r"\s+and\s+", body)
        if match is None:
            return []
        left, right = body[: match.start()], body[match.end() :]
        if not (_ends_with_suffix(left) and _ends_with_suffix(right)):
            return []
        pieces = [(0, match.start()), (match.end(), len(body))]
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        text = body[start:end]
        lead = len(text) - len(text.lstrip())
        text = text.strip()
        if text.startswith("and "):
            lead += 4
            text = text[4:].lstrip()
        if text.endswith(".") and not _abbreviated(text):
            text = text[:-1]  # the paragraph's full stop, not an abbreviation
        if not text:
            continue
        out.append((offset + start + lead, offset + start + lead + len(text)))
    return out


#: A bullet line; its item ends before the list's joiner ("- Veltra Co., Ltd.; and").
_BULLET = re.compile(
    r"^[ \t]*(?:[-•*–]|\d{1,3}[.)])[ \t]+(.+?)[ \t]*(?:[;,][ \t]*(?:and|or)?)?[ \t]*$", re.M
)


def _bullet_blocks(text: str) -> list[ListBlock]:
    """Runs of two or more adjacent bullet lines that are each just a name."""
    blocks: list[ListBlock] = []
    run: list[tuple[int, int]] = []
    last_end = 0
    for match in _BULLET.finditer(text):
        name = match.group(1)
        adjacent = not run or text[last_end : match.start()].strip() == ""
        if not adjacent or not _looks_like_name(name):
            if len(run) >= 2:
                blocks.append(ListBlock(run[0][0], run[-1][1], run[0][0], tuple(run)))
            run = []
        if _looks_like_name(name):
            end = match.end(1)
            if name.endswith(".") and not _abbreviated(name):
                end -= 1  # the line's full stop, not "Ltd."
            run.append((match.start(1), end))
        last_end = match.end()
    if len(run) >= 2:
        blocks.append(ListBlock(run[0][0], run[-1][1], run[0][0], tuple(run)))
    return blocks


def list_blocks(text: str) -> list[ListBlock]:
    """Every name list of ``text`` (semicolon paragraphs and bullet lines), in order."""
    blocks: list[ListBlock] = _bullet_blocks(text)
    for line in _LINE.finditer(text):
        para = line.group()
        colon = para.find(": ")
        if colon <= 0 or colon > 400:
            continue
        body_start = colon + 2
        items = _split_items(para[body_start:], line.start() + body_start)
        if len(items) < 2 or not all(_looks_like_name(text[s:e]) for s, e in items):
            continue
        blocks.append(ListBlock(line.start(), line.end(), line.start() + colon, tuple(items)))
    return sorted(blocks, key=lambda b: b.start)
