"""Names a measure lists: after a colon ("on three banks: A, B and C"), in the
bullets below a heading ("the following entities:\n- A, a bank …"), in an order's
annex, or run on past a broken parse ("by A, the B, or the C"); names the tagger
missed there become entities of the list's kind.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from kg.extract.frames.sanction_context import short_name
from kg.extract.frames.sanction_words import PERSON_GROUPS, PLACE_GROUPS, TARGET_GROUPS
from kg.extract.frames.syntax import children, conjuncts
from kg.extract.lexicon import COUNTRY_NAMES
from kg.extract.mentions import EntityCluster
from kg.extract.tokens import token_table

#: The heading of an order's annex, alone on its line: "ANNEX", "Annex I".
_ANNEX_HEADING = re.compile(r"^[ \t]*annex(?:[ \t]+[ivx\d]+)?[ \t]*\.?[ \t]*$", re.I | re.M)


#: An annex entry naming a person the sanctions-list way: "KOROBOV, Igor Valentinovich".
_LISTED_PERSON = re.compile(
    r"([A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+)*), ([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)*)"
)

#: An entry's number or bullet: "1. ", "(2) ", "- ".
_ENTRY_MARK = re.compile(r"[ \t]*(?:[-•*]|\(?\d{1,3}[.)])?[ \t]*")


def annex_entities(r) -> list[int]:  # type: ignore[no-untyped-def]
    """The name each entry under an "ANNEX" heading starts with ("1. Orvane Systems
    Limited (a.k.a. …); Minsk, Belarus", "2. DORN, Pavel; DOB …"); one-word lines are
    sub-headings ("Individuals"); a country is no entry."""
    doc = r.doc
    text = token_table(doc).doc_text  # ``doc.text`` joins every token again per call
    heading = _ANNEX_HEADING.search(text)
    if heading is None:
        return _annex_in_text(r, text)
    found: list[int] = []
    for line in re.finditer(r"[^\n]+", text[heading.end() :]):
        at = heading.end() + line.start()
        entry = line.group()
        mark = _ENTRY_MARK.match(entry)
        skip = mark.end() if mark else 0
        rest = entry[skip:]
        if len(rest.split()) < 2:
            continue  # "Entities", "Individuals": sub-headings
        person = _LISTED_PERSON.match(rest)
        if person is not None:
            surname, given = person.group(1), person.group(2)
            found.append(_listed_person(r, f"{given} {surname.title()}", person.group(0)))
            continue
        span = doc.char_span(at + skip, at + skip + 1, alignment_mode="expand")
        if span is None:
            continue
        i = span.start + (token_table(doc).lower[span.start] == "the")
        mention = r.index.get(i)
        if mention is None or mention.start != i or r.cls(mention.entity) not in ACTOR_TARGETS:
            continue
        if r.clusters[mention.entity].name not in COUNTRY_NAMES:
            found.append(mention.entity)
    return list(dict.fromkeys(found))


#: A line that says the list after it is the instrument's annex ("The following
#: entities, identified in the Annex to this memorandum, are of particular concern:").
_ANNEX_LEAD = re.compile(r"[^\n]*\bthe Annex\b[^\n]*:[ \t]*(?=\n)")


def _annex_in_text(r, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The bulleted names after a line that calls them the Annex's, where the
    instrument prints no "ANNEX" heading of its own."""
    lead = _annex_lead(text)
    if lead is None:
        return []
    span = r.doc.char_span(lead.end() - 1, lead.end(), alignment_mode="expand")
    if span is None:
        return []
    return _bullet_items(r, span[-1], "Company") or []


def _annex_lead(text: str) -> re.Match[str] | None:
    """``_ANNEX_LEAD.search(text)``, tried only from the start of each line that says
    "the Annex": a search retries the pattern's leading run of the line from every
    position of a line (48 ms on one release with a 2,000-character line, 10 us this
    way). A match lies within one line, and one from the line's start exists whenever
    any does, so the first such line's match is the search's.

    >>> text = "Under the Annex rules.\\nAs the Annex lists:\\n- Veltra Ltd.\\n"
    >>> _annex_lead(text).span() == _ANNEX_LEAD.search(text).span() == (23, 42)
    True
    >>> _annex_lead("See the Annex:") is None  # no line break after it
    True
    """
    at = text.find("the Annex")
    while at >= 0:
        lead = _ANNEX_LEAD.match(text, text.rfind("\n", 0, at) + 1)
        if lead is not None:
            return lead
        end = text.find("\n", at)
        at = text.find("the Annex", end) if end >= 0 else -1
    return None


def _listed_person(r, name: str, listed_as: str) -> int:  # type: ignore[no-untyped-def]
    """The person an annex lists as "SURNAME, Given": the article's entity of that
    name, or one added with the listed form as an alias."""
    for i, c in enumerate(r.clusters):
        if c.name == name or name in c.aliases or listed_as in c.aliases:
            return i
    r.clusters.append(EntityCluster(name, "Person", aliases={listed_as}))
    return len(r.clusters) - 1


#: Classes whose property or securities a measure can cover.
ACTOR_TARGETS = frozenset({"Person", "Company", "Organization", "Government"})

#: Classes a measure can target.
TARGETS = frozenset({"Person", "Company", "Organization", "Government", "Location"})


def colon_list(r, target: Token, sent: Span) -> list[int]:  # type: ignore[no-untyped-def]
    """The names listed after a colon that closes the measure's phrase ("on three
    banks: A, B and C", "designating three individuals: A, B and C", "adding the
    following companies to the Entity List: A, B"), or closes a longer one that ends on
    a group of targets ("on dealings in new debt issued by thirteen enterprises: A,
    B"), or in the bullets that follow it ("the following entities:\n- A, a bank …");
    not the names in a parenthesis ("A (and his son)") or of an order ("…: This E.O.
    will …")."""
    doc = target.doc
    end = max(t.i for t in target.subtree) + 1
    group = target.lemma_.lower() in TARGET_GROUPS
    first = target.i + 1 if group else end
    colon = next(
        (i for i in range(first, min(sent.end, first + 40)) if token_table(doc).text[i] == ":"),
        None,
    )
    if colon is None:
        if group and any(c.lower_ == "following" for c in target.children):
            # "OFAC is designating the following entities. All property … is blocked."
            # and the bullets under the paragraph: the group is the bullets' names
            personal = target.lemma_.lower() in PERSON_GROUPS - {"person"}
            return _paragraph_bullets(r, sent, "Person" if personal else "Company")
        return []
    between = doc[target.i + 1 : colon]
    if group and any(c.lower_ == "following" for c in target.children):
        # "the following persons …:" and a paragraph on each (bullets are read below)
        paragraphs = paragraph_items(r, doc[colon])
        if paragraphs:
            return paragraphs
    direct = group and colon - target.i <= 12 and not any(t.pos_ == "VERB" for t in between)
    if colon > end and not direct and group:
        # "is designating three entities and two individuals pursuant to E.O. 14024
        # for operating in …:" and bullets below (the colon ends its line): the
        # group's members, however long the phrase between
        bullets = _bullet_items(r, doc[colon], "Company")
        if bullets is not None:
            return bullets
        # "…for supplying the drone program: (a) A, which …; (b) B, a …; and (c) C"
        run_in = _run_in_items(r, colon + 1, sent.end)
        if run_in:
            return run_in
    if colon > end and not direct:
        groups = {doc[i].lemma_.lower() for i in range(end, colon)} & TARGET_GROUPS
        if not groups or doc[colon - 1].lemma_.lower() not in TARGET_GROUPS:
            return []  # the colon closes some other phrase
    person = {doc[colon - 1].lemma_.lower(), target.lemma_.lower()} & PERSON_GROUPS
    bullets = _bullet_items(r, doc[colon], "Person" if person else "Company")
    if bullets is not None:
        return bullets
    places = doc[colon - 1].lemma_.lower() in PLACE_GROUPS or target.lemma_.lower() in PLACE_GROUPS
    named: list[int] = []
    depth = 0
    for i in range(colon + 1, sent.end):
        depth += {"(": 1, ")": -1}.get(token_table(doc).text[i], 0)
        mention = r.index.get(i)
        if depth > 0 or mention is None or mention.start != i:
            continue
        cls = r.cls(mention.entity)
        if cls not in TARGETS:
            continue
        if cls == "Location" and not places and r.clusters[mention.entity].name in COUNTRY_NAMES:
            continue  # a country among companies is where one is, not a target
        root = mention.root
        if root.dep_ in {"poss", "compound"}:
            continue  # "Russia's" inside an item
        if (
            root.dep_ in {"nsubj", "nsubjpass"}
            and root.head.i > root.i
            and root.head.pos_ == "VERB"
        ):
            continue  # "…: the measures take effect, and Treasury will publish …": a clause
        if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.pos_ == "PROPN":
            continue  # "Moscow" in "Credit Bank of Moscow"
        if instrument_name(r.clusters[mention.entity].name):
            continue  # "…: This E.O. will amend …" names the order, no target
        if _in_description(root, colon):
            continue  # "A, a Moscow-based importer; B, which supplies the Russian army"
        named.append(mention.entity)
    if named and not places:
        # "…: Sberbank, Gazprom, Gazprom Neft, …": the items the tagger missed
        cls = "Person" if person else "Company"
        named += [_listed_name(r, item, cls) for item in _unnamed_items(r, colon + 1, sent.end)]
    return list(dict.fromkeys(named))


def following_list(r, sent: Span) -> list[int]:  # type: ignore[no-untyped-def]
    """The bullets under a measure on "the following persons" whose sentence ends on
    the colon ("All property … of the following persons are blocked …:\n(i) A, which
    …;\n(ii) B, …"), where the parse loses the group under the measure; empty when the
    sentence names no such group or no bullets follow."""
    doc = sent.doc
    last = sent.end - 1
    while last > sent.start and doc[last].is_space:
        last -= 1
    if not token_table(doc).text[last].endswith(":"):
        return []
    groups = [
        t.head
        for t in doc[sent.start : last]
        if t.lower_ == "following" and t.head.lemma_.lower() in TARGET_GROUPS
    ]
    if not groups:
        return []
    person = any(g.lemma_.lower() in PERSON_GROUPS - {"person"} for g in groups)
    return _bullet_items(r, doc[last], "Person" if person else "Company") or []


#: An item's mark in a list run into one paragraph: "-", "•", "(a)", "b)", "1.", "(ii)".
_RUN_IN_MARK = re.compile(r"^(?:[-•*–—]|\(?(?:\d{1,3}|[ivx]{1,5}|[a-z])[.)]?\)?)$")


def _run_in_items(r, start: int, end: int) -> list[int]:  # type: ignore[no-untyped-def]
    """The names that open the items of a list run into the sentence after its colon
    and parted by semicolons ("- A, which …; - B, a …; and - C", "(a) A; (b) B"):
    each item's first name, its mark and "and" skipped; none unless every item (two
    at least) opens on a name."""
    doc = r.doc
    items: list[int] = []
    first = start
    for i in range(start, end + 1):
        if i < end and token_table(doc).text[i] != ";":
            continue
        k = first
        while k < i and (token_table(doc).lower[k] in {"and", "or"} or doc[k].is_space):
            k += 1
        # the mark: one token ("-", "1.") or a bracketed letter ("(", "a", ")")
        for width in (3, 2, 1):
            mark = "".join(t.text for t in doc[k : min(k + width, i)])
            if k + width <= i and _RUN_IN_MARK.match(mark):
                k += width
                break
        mention = r.index.get(k)
        if mention is None or mention.start != k or r.cls(mention.entity) not in ACTOR_TARGETS:
            return []
        items.append(mention.entity)
        first = i + 1
        if i < end and all(t.is_space or t.is_punct for t in doc[first:end]):
            break
    return list(dict.fromkeys(items)) if len(items) >= 2 else []


def _in_description(root: Token, colon: int) -> bool:
    """Whether a name after the list's colon sits inside an item's description ("A, a
    Moscow-based importer of tools", "B, which procured parts for the Russian army"):
    a modifier or a prepositional object, with a common noun or a verb of the list
    between it and the item it describes (names set beside a noun, "his son, X", are
    items)."""
    if root.dep_ not in {"npadvmod", "amod", "nmod", "pobj"}:
        return False
    token, seen = root, 0
    while token.head.i != token.i and token.head.i > colon and seen < 12:
        token, seen = token.head, seen + 1
        if token.pos_ in {"NOUN", "VERB"}:
            return True
    return False


#: Lower-case words a listed name may hold ("Credit Bank of Moscow").
_NAME_CONNECTORS = frozenset({"of", "and", "the", "for", "&", "de", "du", "la", "in", "on"})


def _unnamed_items(r, start: int, end: int) -> list[Span]:  # type: ignore[no-untyped-def]
    """The items of a name list ("A, B, and C") in which no entity is found and that
    read as names: capitalised words, at most eight, outside parentheses."""
    doc = r.doc
    items: list[Span] = []
    first, depth = start, 0
    for i in range(start, end + 1):
        if i < end:
            depth += {"(": 1, ")": -1}.get(token_table(doc).text[i], 0)
        if i == end or (
            depth == 0 and (token_table(doc).text[i] in {",", ";"} or doc[i].pos_ == "CCONJ")
        ):
            words = [t for t in doc[first:i] if t.text not in {"the", "The"}]
            first = i + 1
            if _name_like(r, words):
                items.append(doc[words[0].i : words[-1].i + 1])
    return items


def _name_like(r, words: list[Token]) -> bool:  # type: ignore[no-untyped-def]
    """Words that read as a name no entity was found in: capitalised (connectors
    aside), at most eight, not only numbers or punctuation."""
    return not any(t.i in r.index for t in words) and _reads_as_name(words)


def _reads_as_name(words: list[Token]) -> bool:
    """Capitalised words (connectors aside), at most eight, not only numbers or
    punctuation."""
    if not words or len(words) > 8:
        return False
    if not words[0].is_title and not words[0].is_upper:
        return False
    named = all(t.is_title or t.is_upper or t.lower_ in _NAME_CONNECTORS for t in words)
    return named and not all(t.is_punct or t.like_num for t in words)


def _listed_name(r, item: Span, cls: str, exact: bool = False) -> int:  # type: ignore[no-untyped-def]
    """The entity of a listed name the tagger missed: one of that name, or added;
    ``exact``: the name as written, a final stop kept (a table's cell, "… Co., Ltd.")."""
    name = item.text if exact else item.text.rstrip(".-– ")
    for i, c in enumerate(r.clusters):
        if c.name == name or name in c.aliases:
            return i
    r.clusters.append(EntityCluster(name, cls))
    return len(r.clusters) - 1


#: A bullet or item number opening a line: "- ", "• ", "1. ", "(ii) ".
_BULLET = re.compile(r"[ \t]*(?:[-•*–—]|\(?(?:\d{1,3}|[ivx]{1,5}|[a-z])[.)])[ \t]+")

#: Most bullets read after one colon.
_MAX_BULLETS = 200


def _bullet_items(r, colon: Token, cls: str) -> list[int] | None:  # type: ignore[no-untyped-def]
    """The entity each bullet names first, for a colon that ends its line and is
    followed by bullets ("the following entities:\n- Orvane Systems, a bank in …");
    a bullet's leading name the tagger missed becomes an entity of ``cls`` when other
    bullets are named; None when no bullets follow."""
    doc = colon.doc
    text = token_table(doc).doc_text  # ``doc.text`` joins every token again per call
    pos = colon.idx + len(colon.text)  # "):" is one token
    line_end = text.find("\n", pos)
    if line_end < 0 or text[pos:line_end].strip():
        return None  # the list goes on in the same line
    return _bullets_from(r, line_end, cls)


def _paragraph_bullets(r, sent: Span, cls: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The bullets right under the paragraph a sentence ends in ("… the following
    persons. Their property is blocked.\n\n- A, …\n- B, …"); empty when none follow."""
    text = token_table(r.doc).doc_text
    line_end = text.find("\n", sent.end_char)
    if line_end < 0:
        return []
    return [e for e in _bullets_from(r, line_end, cls) or [] if r.cls(e) in ACTOR_TARGETS]


def _bullets_from(r, line_end: int, cls: str) -> list[int] | None:  # type: ignore[no-untyped-def]
    """The entity each bullet names first in the bullets that start on the line after
    ``line_end``; None when no bullet follows (nor a table)."""
    doc = r.doc
    text = token_table(doc).doc_text
    found: list[int] = []
    missed: list[Span] = []
    seen = 0
    for line in re.finditer(r"[^\n]+", text[line_end:]):
        if not line.group().strip():
            continue
        marker = _BULLET.match(line.group())
        if marker is None or seen >= _MAX_BULLETS:
            break
        seen += 1
        at = line_end + line.start() + marker.end()
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            continue
        i = span.start + (token_table(doc).lower[span.start] == "the")
        mention = r.index.get(i)
        if mention is not None and mention.start == i and r.cls(mention.entity) in ACTOR_TARGETS:
            found.append(mention.entity)
            # "- A LLC and B LLC, two front companies …": the name joined to the first
            after = r.index.get(mention.end + 1) if mention.end < len(doc) else None
            if (
                after is not None
                and token_table(doc).lower[mention.end] == "and"
                and after.start == mention.end + 1
                and r.cls(after.entity) == r.cls(mention.entity)
            ):
                found.append(after.entity)
            # "- A, a fertilizer maker, and its general director, B.": the person
            # set beside the item's conjoined role noun is listed too
            found += [
                e
                for c in conjuncts(mention.root)[1:]
                if c.pos_ == "NOUN"
                for a in children(c, "appos")
                for e in r.entities(a)
                if r.cls(e) == "Person"
            ]
        elif mention is None:
            # "- Velmorag Trading, a Minsk-based firm": the words before the description
            words = []
            for t in doc[i : min(i + 9, len(doc))]:
                if t.text in {",", "(", ";", ":", "–", "—"} or "\n" in t.text or t.is_sent_start:
                    break
                words.append(t)
            if words and words[-1].text == ".":
                words.pop()
            if _name_like(r, words):
                missed.append(doc[words[0].i : words[-1].i + 1])
    if found:
        found += [_listed_name(r, item, cls) for item in missed]
    if not seen:
        # "The persons listed in the Annex are:" over a table ("Name | Country")
        rows = table_names(r, line_end, cls)
        return rows or None
    return list(dict.fromkeys(found))


def paragraph_items(r, colon: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """ "… is designating the following persons:" and a paragraph on each with no
    bullet ("A is a finance official …" / "B, a ship manager, arranged …"): the name
    each paragraph opens on, up to the first paragraph that opens on none."""
    doc = colon.doc
    text = token_table(doc).doc_text
    pos = colon.idx + len(colon.text)
    line_end = text.find("\n", pos)
    if line_end < 0 or text[pos:line_end].strip():
        return []
    found: list[int] = []
    for line in re.finditer(r"[^\n]+", text[line_end:]):
        if not line.group().strip() or len(found) >= _MAX_BULLETS:
            continue
        at = line_end + line.start() + len(line.group()) - len(line.group().lstrip())
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            break
        i = span.start + (token_table(doc).lower[span.start] == "the")
        mention = r.index.get(i)
        if mention is None or mention.start != i or r.cls(mention.entity) not in _NAMED:
            break
        found.append(mention.entity)
    return list(dict.fromkeys(found))


#: Who a paragraph after "the following persons:" may be about.
_NAMED = frozenset({"Person", "Company", "Organization"})


def names_run(r, token: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """The names that follow ``token``'s phrase as a list ("by A, the B, or the C")
    where the parse lost the conjuncts: mentions joined by commas, "and", "or"."""
    doc, names = token.doc, []
    i = max(t.i for t in token.subtree) + 1
    end = token.sent.end

    def skip(i: int, words: set[str]) -> int:
        while i < end and token_table(doc).lower[i] in words:
            i += 1
        return i

    while i < end and token_table(doc).lower[i] in {",", "and", "or"}:
        mention = r.index.get(skip(i, {",", "and", "or", "the"}))
        if mention is None or mention.start != skip(i, {",", "and", "or", "the"}):
            break
        if mention.root.dep_ in {"nsubj", "nsubjpass"}:
            break  # "…, and the Treasury designated Y": a clause's subject, no item
        names.append(mention.entity)
        i = mention.end
        # "the National Wealth Fund of the Russian Federation": the rest of the name
        while i < end and token_table(doc).lower[i] == "of":
            part = r.index.get(skip(i + 1, {"the"}))
            if part is None:
                break
            i = part.end
    return names


def instrument_name(name: str) -> bool:
    """A legal instrument's name ("E.O. 13959", "Executive Order", "the CHIPS Act"):
    what imposes a measure, never its target.

    >>> instrument_name("E.O."), instrument_name("Export Control Reform Act")
    (True, True)
    >>> instrument_name("Orvane Systems")
    False
    """
    words = name.replace(".", " ").split()
    return bool(words) and (
        words[:2] in (["E", "O"], ["Executive", "Order"]) or words[-1] in {"Act", "Order"}
    )


#: How many lines after a counted lead its bullets may reach (headings and short
#: paragraphs between the groups of bullets included).
_LEAD_LINES = 40


def counted_bullets(r, sent: Span, counts: dict[str, int]) -> list[int]:  # type: ignore[no-untyped-def]
    """The names that open the bullets after a counted lead with no colon ("BIS added
    seven entities to the Entity List." … "Entities supplying X" / "- A, a distributor
    …" / "- B, …"), under headings or not: taken only when the bullets name exactly as
    many firms and people as the lead counted."""
    doc = sent.doc
    text = token_table(doc).doc_text
    total = sum(counts.values())
    found: list[int] = []
    pos = sent.end_char
    for n, line in enumerate(re.finditer(r"[^\n]+", text[pos:])):
        marker = _BULLET.match(line.group())
        if n >= _LEAD_LINES or len(found) > total:
            break
        if marker is None:
            continue
        at = pos + line.start() + marker.end()
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            continue
        i = span.start + (token_table(doc).lower[span.start] == "the")
        mention = r.index.get(i)
        if mention is None or mention.start != i or mention.entity in found:
            continue
        if r.cls(mention.entity) in ACTOR_TARGETS:
            found.append(mention.entity)
    if not found:
        # "BIS is adding four entities … . The entities are listed below." over a
        # table, one target to a row (a cell's class is the tagger's guess: the rows
        # are counted whole)
        rows = table_names(r, pos, "Person" if "firm" not in counts else "Company")
        return rows if len(rows) == total else []
    people = [e for e in found if r.cls(e) == "Person"]
    firms = [e for e in found if r.cls(e) in {"Company", "Organization"}]
    if len(people) != counts.get("Person", 0) or len(firms) != counts.get("firm", 0):
        return []
    return found


#: A table's row as plain text writes it: cells parted by "|" ("Name | Country").
_TABLE_ROW = re.compile(r"[^\n|]*\|[^\n]*")

#: How many lines before its first row a table may start (a sentence, blank lines).
_TABLE_LINES = 4


def table_names(r, pos: int, cls: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The names in the first cells of the table that starts within a few lines after
    character ``pos`` ("Entity | Country" / "Orvane Systems Ltd. | China" / …): the
    entity a cell names exactly, else one of ``cls`` for a cell that reads as a name; a
    header row (one word in its first cell) is skipped; [] when no table follows."""
    doc = r.doc
    text = token_table(doc).doc_text
    found: list[int] = []
    started = False
    for n, line in enumerate(re.finditer(r"[^\n]+", text[pos:])):
        if _TABLE_ROW.fullmatch(line.group()) is None:
            if started or n >= _TABLE_LINES:
                break
            continue
        started = True
        cell = line.group().split("|", 1)[0]
        name = cell.strip()
        if len(name.split()) < 2:
            continue  # "Entity | Country": the header
        at = pos + line.start() + cell.index(name)
        span = doc.char_span(at, at + len(name), alignment_mode="expand")
        if span is None or len(found) >= _MAX_BULLETS:
            continue
        mention = r.index.get(span.start)
        if (
            mention is not None
            and mention.span.text == name
            and r.cls(mention.entity) in ACTOR_TARGETS
        ):
            found.append(mention.entity)
        elif _reads_as_name([t for t in span if t.text not in {",", "(", ")"}]):
            # the tagger may have joined the cell's words to the next row's: by the text
            found.append(_listed_name(r, span, cls, exact=True))
    return list(dict.fromkeys(found))


def run_on_objects(r, verb: Token) -> list[int]:  # type: ignore[no-untyped-def]
    """A listing verb's object with the names run on after it where the parse lost
    their conjunction ("adding A, B and C to …" with B and C hung on the subject);
    the object itself when it is a short name the tagger missed ("BelTrackSys")."""
    found: list[int] = []
    for obj in children(verb, "dobj"):
        if len(conjuncts(obj)) > 1:
            continue  # the parse kept the list
        run = names_run(r, obj)
        if run:
            found += (r.entities(obj) or short_name(r, obj)) + run
    return [e for e in found if r.cls(e) in ACTOR_TARGETS]
