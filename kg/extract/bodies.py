"""Names of government bodies, read from capitalisation and the grammar of titles.

Official names follow a pattern the statistical NER often cuts short: capitalised
words joined by "of", "for", "and" ("U.S. Attorney's Office for the Southern District
of New York", "Bureau of Industry and Security"), ending in a head noun that says what
kind of body it is (Department, Division, Section, Office, Court, District…). A chain
of such names, joined by a possessive, names a body inside another: "the Treasury's
Office of Foreign Assets Control", "the Criminal Division's Fraud Section" — and in
texts whose apostrophes were lost, "the Criminal Divisions Fraud Section" or
"the National Security Division Counterespionage Section".

>>> from spacy.lang.en import English
>>> doc = English()("Trial Attorney Ann Lee of the Criminal Division's Fraud Section spoke.")
>>> [(doc[s:e].text, name, inside) for s, e, name, inside in body_spans(doc)]
[('Criminal Division', 'Criminal Division', None), ('Fraud Section', 'Fraud Section', 0)]
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final, cast

import numpy
from spacy.attrs import ENT_TYPE, SENT_START
from spacy.tokens import Doc

from kg.extract.lexicon import COMPANY_SUFFIXES, COUNTRY_NAMES, NATIONALITIES, TITLE_WORDS
from kg.extract.tokens import token_table
from kg.extract.typing_words import DEPARTMENT_FIELDS, legal_form

#: Head nouns of government bodies' names ("Antitrust Division", "District of Minnesota").
BODY_HEADS: Final = frozenset(
    {
        "department", "division", "section", "unit", "office", "bureau", "agency",
        "administration", "service", "court", "district", "commission", "ministry",
        "council", "committee", "directorate", "command", "enforcement",
        "investigations", "center", "centre", "board", "branch", "authority",
        "police", "army", "navy", "corps", "force", "guard", "patrol", "secretariat",
        "inspectorate", "prosecutor's", "procuratorate", "parliament", "senate",
        "congress", "cabinet", "treasury", "regulator", "community",
    }
)  # fmt: skip
#: Heads whose plural before a capitalised word is a lost possessive ("Criminal
#: Divisions Fraud Section"); "Armed Forces" is a plural that names keep ("Ministry
#: of Defense and Armed Forces Logistics", "Armed Forces Command").
_POSSESSOR_HEADS: Final = BODY_HEADS - {"force"}
#: Heads that name a body only with a qualifier ("Field Office", not "Office").
_WEAK_HEADS: Final = frozenset({"community", "center"})
#: Heads that are a body's whole name ("Congress", "the Treasury").
_SINGLE_NAMES: Final = frozenset({"congress", "senate", "parliament", "treasury", "cabinet"})
_COUNTRY_WORDS: Final = frozenset(NATIONALITIES) | {"united", "states", "u.s", "u.k."}
_JOINERS: Final = frozenset({"of", "for", "and", "&", "on"})
_POSSESSIVE: Final = frozenset({"'s", "’s", "'", "’"})


#: Head words before "of" that make a name a firm's: "Credit Bank of Moscow" names no
#: body "Moscow" (a capital the gazetteer knows as a state).
_FIRM_HEADS: Final = frozenset({"bank", "company", "corporation", "corp", "corp.", "co", "co."})


_TITLE_POSSESSORS: Final = frozenset(
    {"attorney", "attorneys", "prosecutor", "general", "commissioner", "governor"}
)


_FOR: Final = frozenset({"for"})
#: Entity types whose capitalised words are no body's name.
_NOT_BODY_TYPES: Final = ("PERSON", "DATE", "MONEY", "PERCENT", "TIME")


def _capitals(doc: Doc) -> list[bool]:
    """Per token: does it start with a capital (or is it a number after one, "Unit
    61398")? Words of people, dates and amounts do not count."""
    table = token_table(doc)
    text, n = table.text, len(table.text)
    # the string tests once per distinct word, set look-ups per token (in ``map``, no
    # Python step per token), the rest array passes
    words = set(text)
    upper = {w for w in words if w[:1].isupper()}
    digits = {w for w in words if w.isdigit()}
    is_upper = numpy.fromiter(map(upper.__contains__, text), bool, n)
    is_digit = numpy.fromiter(map(digits.__contains__, text), bool, n)
    ents = table.column(ENT_TYPE)
    named = numpy.ones(n, dtype=bool)
    for label in _NOT_BODY_TYPES:
        named &= ents != doc.vocab.strings[label]
    after_upper = numpy.zeros(n, dtype=bool)
    after_upper[1:] = is_upper[:-1]
    return cast("list[bool]", numpy.where(is_digit, after_upper, named & is_upper).tolist())


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens joined by of/for/and (+ "the")."""
    runs: list[tuple[int, int]] = []
    table = token_table(doc)
    text, lower, space = table.text, table.lower, table.whitespace
    sent_start = table.column(SENT_START).tolist()
    caps = _capitals(doc)
    n = len(doc)
    # the words a run may start at, found in one pass (most words start none)
    starts = [
        k for k in range(n) if caps[k] and not text[k].isdigit() and lower[k] not in {"the", "a"}
    ]
    j = 0
    for i in starts:
        if i < j:
            continue  # inside the run before
        j = i + 1
        while j < n:
            if "\n" in space[j - 1] or "\n" in text[j - 1] or sent_start[j] == 1:
                break  # a name ends at a line or sentence break ("… to the U.S. The …")
            if caps[j]:
                j += 1
                continue
            hyphen = text[j] == "-" and not space[j - 1]
            if hyphen and j + 1 < n and caps[j + 1] and not space[j]:
                j += 2  # "Anti-Terrorism and National Security Unit"
                continue
            k = j
            word = lower[k]
            # "U.S. Attorney's Office": a title's possessive stays inside the name
            titled = text[k] in _POSSESSIVE and lower[j - 1] in _TITLE_POSSESSORS
            if titled and k + 1 < n and caps[k + 1]:
                j = k + 1
                continue
            # "Section and the Department", "FBI and Department of Commerce": "and"
            # does not join two whole names
            if word == "and" and (_head_word(lower[j - 1]) or _known(table.span_text(i, j))):
                break
            if word in _JOINERS and k + 1 < n:
                k += 1
                if lower[k] == "the" and word in {"of", "for"} and k + 1 < n:
                    k += 1
                if caps[k] and not text[k].isdigit():
                    j = k + 1
                    continue
            break
        runs.append((i, j))
    return runs


def _split(doc: Doc, start: int, end: int) -> int | None:
    """Where a run holds two names joined by a lost apostrophe or a bare head noun."""
    table = token_table(doc)
    if _known(table.span_text(start, end)):
        return None  # "Treasury Department" is one name
    for k in range(start, end - 1):
        word, nxt = table.lower[k], table.lower[k + 1]
        if nxt in _JOINERS or not table.text[k + 1][:1].isupper():
            continue
        if _is_title_word(nxt):
            continue  # "New York County District Attorneys Office": a title inside
        if _head_word(nxt) and _field_list(table.lower[start:k]):
            # "Health Resources and Services Administration": the plural ends a list
            # of the body's fields, no body before a lost apostrophe
            continue
        if word.endswith("s") and (word[:-1] in _POSSESSOR_HEADS or _known_body(doc, start, k)):
            return k + 1  # "Criminal Divisions Fraud Section", "Department of Justices …"
        if word.endswith("s") and _lost_possessor(doc, start, k, end):
            return k + 1  # "Facility of the FBIs Technical Branch"
        if _head_word(nxt):
            continue  # "Treasury Department(s)": one name
        rest_named = end - (k + 1) >= 2 or _known(table.span_text(k + 1, end))
        prefix_known = _known(table.span_text(start, k + 1), allow_country=False)
        if prefix_known and rest_named and _is_body(doc, k + 1, end):
            return k + 1  # "FBI Boston Field Office"
        if word in BODY_HEADS - _WEAK_HEADS:
            return k + 1  # "National Security Division Counterespionage Section"
    return None


def _field_list(words: list[str]) -> bool:
    """Whether the words before a plural are fields joined by "and", with no body's
    head among them ("Mental Health and Addiction (Services)")."""
    return ("and" in words or "&" in words) and not any(_head_word(w) for w in words)


def _lost_possessor(doc: Doc, start: int, k: int, end: int) -> bool:
    """Whether word ``k`` ends, with a lost apostrophe, a body that owns the body after
    it, inside a run: "(Facility of the) FBIs Technical Branch" (a known body alone),
    "Southern District of New Yorks Terrorism Unit" (a district, before a body)."""
    table = token_table(doc)
    if k > start and _known(table.text[k][:-1], allow_country=False):
        return _is_body(doc, k + 1, end)
    # a judicial district only: "Unit of the Chinese Peoples Liberation Army" and "Unit
    # of the U.S. Attorneys Office" end in a plural inside one name
    if _head(doc, start, k + 1)[0] != "district" or "of" not in table.lower[start:k]:
        return False
    return _is_body(doc, k + 1, end)


@lru_cache(maxsize=1 << 16)  # asked of every run and split of a run; the gazetteer is fixed
def _known(name: str, allow_country: bool = True) -> bool:
    from kg.extract.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(name)
    if entry is None or entry.cls != "Government" or name.lower() == "u.s.":
        return False
    return allow_country or entry.canonical not in COUNTRY_NAMES


def _head_word(word: str) -> bool:
    return word in BODY_HEADS or word.removesuffix("s") in BODY_HEADS


def _is_title_word(word: str) -> bool:
    return word in TITLE_WORDS or word.removesuffix("s") in TITLE_WORDS


def _known_body(doc: Doc, start: int, k: int) -> bool:
    """Whether the run up to ``k``, less a final lost-apostrophe "s", is a known body or
    a country ("Chinas Ministry of Commerce")."""
    table = token_table(doc)
    name = (table.span_text(start, k) + " " + table.text[k][:-1]).strip()
    return _known(name) or (k == start and name in COUNTRY_NAMES)


def _singular(name: str) -> str:
    """ "Antitrust Divisions (investigation)": a lost possessive, or a plural head."""
    words = name.split()
    if "of" in words or "for" in words:
        return name  # "Department of Financial Services": the plural is the complement's
    last = words[-1].lower() if words else ""
    if last.endswith("s") and last not in BODY_HEADS and last[:-1] in BODY_HEADS - {"force"}:
        return name[:-1]
    return name


def _head(doc: Doc, start: int, end: int) -> tuple[str, int]:
    """The head word of a name (last word before "of"/"for", numbers aside) and how
    many words precede it."""
    table = token_table(doc)
    head_end = next((i for i in range(start, end) if table.lower[i] in {"of", "for"}), end)
    core = [table.lower[i] for i in range(start, head_end) if not table.text[i].isdigit()]
    return (core[-1], len(core)) if core else ("", 0)


#: Words of a state's services ("Citizenship and Immigration Services", "Intelligence
#: Services", "Financial Services" after "Department of").
_STATE_SERVICE_WORDS: Final = frozenset(
    {"intelligence", "immigration", "citizenship", "security", "human", "health",
     "social", "emergency", "public", "civil", "federal", "national", "state", "armed",
     "special", "diplomatic", "foreign", "marshals", "financial"}
)  # fmt: skip


def _state_words(words: list[str]) -> bool:
    """A name's words say it is a state's ("U.S.", a nationality, "Intelligence")."""
    return any(w in _COUNTRY_WORDS or w in _STATE_SERVICE_WORDS for w in words)


def _is_body(doc: Doc, start: int, end: int, plural_lost: bool = False) -> bool:
    table = token_table(doc)
    name = table.span_text(start, end)
    if _known(name) or (plural_lost and _known(name[:-1])):
        return True
    head, size = _head(doc, start, end)
    if head == "services" and size >= 2 and not _state_words(table.lower[start:end]):
        return False  # "Kordofan Airlift Services", a firm; "U.S. … Services" a body
    if head not in BODY_HEADS and head.removesuffix("s") in BODY_HEADS:
        head = head.removesuffix("s")  # "Export Control Sections", "Divisions"
    if head not in BODY_HEADS or (head in _WEAK_HEADS and size < 2):
        return False
    if size >= 2 and _trade_before_head(table.lower, start, end, head):
        return False  # "Volga Rotor Design Bureau", "Tianji AI Computing Center": firms
    bare = size < 2 and end - start == 1  # "Office", not "Office of Export Enforcement"
    if bare and head not in _SINGLE_NAMES:
        return False  # a bare "Office" or "Department" names no particular body
    last = table.lower[end - 1].strip(".,")
    return last not in COMPANY_SUFFIXES or last in BODY_HEADS


#: Trades that make a body's head word a firm's: a design bureau builds aircraft or
#: weapons, a computing or data center sells or runs computing power.
_FIRM_TRADES: Final = {
    "bureau": frozenset({"design"}),
    "center": frozenset({"computing", "supercomputing", "data"}),
    "centre": frozenset({"computing", "supercomputing", "data"}),
}


def _trade_before_head(lower: list[str], start: int, end: int, head: str) -> bool:
    """The word before a name's head ``head`` is a firm's trade for it ("Design Bureau")."""
    trades = _FIRM_TRADES.get(head)
    if trades is None:
        return False
    k = next((i for i in range(start, end) if lower[i] in {"of", "for"}), end) - 1
    while k > start and lower[k] != head:
        k -= 1
    return k > start and lower[k - 1] in trades


def _of_split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Unit 61398 of the Third Department of the PLA": a body of a body, split."""
    table = token_table(doc)  # the words from the table: no Token for each
    lower, text = table.lower, table.text
    for of in range(start + 1, end):
        if lower[of] != "of":
            continue
        if lower[of + 1] != "the":
            break  # "Boston Office of Export Enforcement" is one name; "… of the FBI" two
        right = of + 2
        # the inner body needs a name of its own: "Third Department", "Unit 61398",
        # not "U.S. Department (of the Treasury)"
        own = [k for k in range(start, of) if lower[k] not in _COUNTRY_WORDS]
        named = len(own) >= 2 or any(text[k].isdigit() for k in own)
        if right < end and named and _is_body(doc, start, of) and _is_body(doc, right, end):
            return [(start, of), *_of_split(doc, right, end)]
        break
    return [(start, end)]


def body_spans(doc: Doc) -> list[tuple[int, int, str, int | None]]:
    """Government bodies named in ``doc``: (start, end, name, index of the body it is
    inside, or None), in text order."""
    out: list[tuple[int, int, str, int | None]] = []
    table = token_table(doc)
    lower = table.lower
    for start, end in _runs(doc):
        if end - start == 1 and not _is_body(doc, start, end):
            continue  # most runs are one capitalised word, and no body: skip the rest
        if legal_form(table.text[end - 1]):
            continue  # "Internet Research Agency LLC": a firm's name, whatever its words
        # "Executive Office of the President": a body's head before "of the" and a title
        office_of_title = (
            end - start >= 4
            and lower[end - 3 : end - 1] == ["of", "the"]
            and _head_word(lower[end - 4])
        )
        if lower[end - 1] in TITLE_WORDS and not office_of_title:
            # "U.S. District Judge", "Assistant U.S. Attorney": a title; but "X Section
            # and Assistant U.S. Attorney" keeps the name before the "and"
            # ("District of Ohio and Special Agent": the body's name ends at the "and")
            ands = [i for i in range(start, end) if lower[i] == "and"]
            if not ands or not (_head_word(lower[ands[-1] - 1]) or _is_body(doc, start, ands[-1])):
                continue
            end = ands[-1]
        # "Charge of the FBI Boston Field Office": the words before "of" are no name
        first_of = next((i for i in range(start, end) if lower[i] in {"of", "for"}), None)
        if first_of is not None and _head(doc, start, first_of)[0] in _FIRM_HEADS:
            continue  # "Credit Bank of Moscow", "Bank of America": a firm, not "Moscow"
        if (
            first_of is not None
            and first_of - start <= 3
            and not _head_word(_head(doc, start, first_of)[0])
            and not _known(table.span_text(start, first_of))
        ):
            start = first_of + 1 + (lower[first_of + 1] == "the")
            if start >= end:
                continue
            end = portfolio_end(doc, start, end)
        pieces: list[tuple[int, int, str, bool]] = []
        s = start
        while s < end:
            cut = _split(doc, s, end)
            e = cut if cut is not None else end
            name = table.span_text(s, e)
            lost = False
            plural = cut is not None and lower[e - 1].endswith("s")
            if plural and (
                lower[e - 1][:-1] in _POSSESSOR_HEADS
                or _known_body(doc, s, e - 1)
                or _lost_possessor(doc, s, e - 1, end)
            ):
                name, lost = name[:-1], True
            pieces.append((s, e, name, lost))
            s = e
        previous: int | None = None
        waiting: int | None = None
        for s, e, name, lost in pieces:
            if doc[s].is_sent_start and doc[s].pos_ not in {"PROPN", "ADJ"} and e - s > 1:
                s, name = s + 1, table.span_text(s + 1, e)  # "Today Commerce Department…"
            if not _is_body(doc, s, e, lost):
                # "(Special Agent in) Charge of the Boston Field Office": the object
                of = next((i for i in range(s, e) if lower[i] in {"of", "for"}), None)
                if of is None:
                    previous = None
                    continue
                s = of + 1 + (lower[of + 1] == "the")
                name = table.span_text(s, e)[: -1 if lost else None]  # "(… of the) FBIs"
                if s >= e or not _is_body(doc, s, e, lost):
                    previous = None
                    continue
            parts = _of_split(doc, s, e)
            first = len(out)
            for n, (ps, pe) in enumerate(parts):
                pname = name if len(parts) == 1 else table.span_text(ps, pe)
                if lost and n == len(parts) - 1 and len(parts) > 1:
                    pname = pname[:-1]
                # each part is inside the next one ("Unit of the Department of the Army")
                out.append(
                    (ps, pe, _singular(pname), first + n + 1 if n < len(parts) - 1 else None)
                )
            if previous is not None:
                ps, pe, pname, _ = out[first]
                out[first] = (ps, pe, pname, previous)
            if waiting is not None:
                # "the X Unit of the Criminal Divisions Y Section": X is inside Y
                ws, we, wname, _ = out[waiting]
                out[waiting] = (ws, we, wname, first)
                waiting = None
            if lost:
                previous = len(out) - 1  # the next piece is inside this one
                if len(parts) > 1:
                    waiting = len(out) - 2
                    ws, we, wname, _ = out[waiting]
                    out[waiting] = (ws, we, wname, None)
            else:
                # "National Security Division Counterespionage Section": the next piece
                # of the same run is inside this one
                previous = len(out) - 1 if len(parts) == 1 else None
    return _link_possessives(doc, out)


def portfolio_end(doc: Doc, start: int, end: int) -> int:
    """Where the name of a department a title's "of" names ends: at the "for" of the
    post's portfolio ("Under Secretary of the Treasury for Terrorism and Financial
    Intelligence" names the Treasury; "Assistant Secretary of Commerce for Export
    Enforcement" names Commerce; "chairman of the Center for X" names the Center).
    ``end`` when no title's "of" and a department's field come before.

    >>> from spacy.lang.en import English
    >>> doc = English()("Under Secretary of the Treasury for Trade Crimes Ann Roe")
    >>> doc[4 : portfolio_end(doc, 4, 8)].text
    'Treasury'
    >>> portfolio_end(doc, 6, 8)
    8
    """
    table = token_table(doc)
    lower = table.lower
    k = start - 1
    if k >= 0 and lower[k] == "the":
        k -= 1
    if k < 1 or lower[k] != "of" or not _is_title_word(lower[k - 1]):
        return end
    cut = next((i for i in range(start + 1, end) if lower[i] == "for"), end)
    return cut if table.span_text(start, cut) in DEPARTMENT_FIELDS else end


#: Titles whose remit follows "for" directly ("Assistant Secretary for Export
#: Enforcement X", "Special Envoy for Climate X"): a field, no body.
_REMIT_TITLES: Final = frozenset({"secretary", "minister", "commissioner", "envoy", "coordinator"})


def portfolio_fields(doc: Doc) -> list[tuple[int, int]]:
    """The fields of posts' portfolios after a department ("Under Secretary of the
    Treasury for Trade Crimes and Sanctions Ann Roe": "Trade Crimes and Sanctions"),
    which name no entity of their own.

    >>> from spacy.lang.en import English
    >>> doc = English()("Under Secretary of the Treasury for Trade Crimes and Sanctions Ann Roe")
    >>> [doc[a:b].text for a, b in portfolio_fields(doc)]
    ['Trade Crimes and Sanctions Ann Roe']
    """
    held = doc.user_data.get("kg.portfolio_fields")
    if held is not None:
        return held  # type: ignore[no-any-return]
    table = token_table(doc)
    lower, text = table.lower, table.text
    out: list[tuple[int, int]] = []
    doc.user_data["kg.portfolio_fields"] = out  # asked again by the role frame
    for i in table.where_lower(doc, _FOR):  # (no step per token)
        if i < 1:
            continue
        remit = lower[i - 1] in _REMIT_TITLES and text[i - 1][:1].isupper()
        start = next((k for k in range(i - 1, max(i - 5, 0), -1) if lower[k] == "of"), None)
        if not remit and (start is None or start < 1 or not _is_title_word(lower[start - 1])):
            continue
        if not remit and start is not None:
            first = start + 1 + (lower[start + 1] == "the")
            if first >= i or table.span_text(first, i) not in DEPARTMENT_FIELDS:
                continue  # "the Center for X" is a name; "Secretary of Commerce for X" a post
        end = i + 1
        while end < len(doc) and (text[end][:1].isupper() or lower[end] == "and"):
            end += 1
        if remit and any(lower[k] in COMPANY_SUFFIXES for k in range(i + 1, end)):
            continue  # "Representative for Velloro Marine Inc.": a firm, no field
        if end > i + 1:
            out.append((i + 1, end))
    return out


def _link_possessives(
    doc: Doc, spans: list[tuple[int, int, str, int | None]]
) -> list[tuple[int, int, str, int | None]]:
    """ "the Treasury's Office of …": a body named right after a possessive is inside."""
    out: list[tuple[int, int, str, int | None]] = []
    for index, (s, e, name, inside) in enumerate(spans):
        if inside is None and index > 0:
            pe = spans[index - 1][1]
            if pe + 1 == s and token_table(doc).text[pe] in _POSSESSIVE:
                inside = index - 1
        out.append((s, e, name, inside))
    return out


#: Heads of a regional office's name, unique only within its agency ("Field Office").
_REGIONAL_OFFICES: Final = ("field office", "resident agency", "field division")


def offices_under_parents(
    doc: Doc, spans: list[tuple[int, int, str, int | None]]
) -> dict[str, frozenset[str]]:
    """Regional offices that the article names alike under two different agencies, with
    the agencies' names as written before them: "the Coastal Inspection Service (CIS)
    Northeast Field Office" and "the Harbor Audit Service (HAS) Northeast Field Office"
    are two offices, ``{"Northeast Field Office": {"CIS", "HAS"}}``.

    An office's agency is the body its name was split from ("FBI Boston Field Office")
    or the bracketed acronym before it ("… Service (CIS) Northeast Field Office"); two
    agencies differ when the gazetteer does not make them one (an acronym and its full
    name are one). An office under one agency only is left as it is.
    """
    from kg.extract.gazetteer import load_gazetteer

    parents: dict[str, dict[str, str]] = {}  # office -> agency as written -> identity
    for start, _, name, inside in spans:
        if not name.lower().endswith(_REGIONAL_OFFICES):
            continue
        if inside is not None:
            parent = spans[inside][2]
        elif (
            start >= 3
            and token_table(doc).text[start - 1] == ")"
            and token_table(doc).text[start - 3] == "("
        ):
            parent = token_table(doc).text[start - 2]
            if not (parent.isupper() and len(parent) > 1):
                continue
        else:
            continue
        entry = load_gazetteer().lookup(parent)
        parents.setdefault(name, {})[parent] = entry.canonical if entry is not None else parent
    return {
        name: frozenset(written)
        for name, written in parents.items()
        if len(set(written.values())) > 1
    }
