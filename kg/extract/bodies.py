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

from typing import Final

from spacy.tokens import Doc, Token

from kg.extract.lexicon import COMPANY_SUFFIXES, COUNTRY_NAMES, NATIONALITIES, TITLE_WORDS

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
#: Heads that name a body only with a qualifier ("Field Office", not "Office").
_WEAK_HEADS: Final = frozenset({"community", "center"})
#: Heads that are a body's whole name ("Congress", "the Treasury").
_SINGLE_NAMES: Final = frozenset({"congress", "senate", "parliament", "treasury", "cabinet"})
_COUNTRY_WORDS: Final = frozenset(NATIONALITIES) | {"united", "states", "u.s", "u.k."}
_JOINERS: Final = frozenset({"of", "for", "and", "&", "on"})
_POSSESSIVE: Final = frozenset({"'s", "’s", "'", "’"})


_TITLE_POSSESSORS: Final = frozenset(
    {"attorney", "attorneys", "prosecutor", "general", "commissioner", "governor"}
)


def _capital(token: Token) -> bool:
    text = token.text
    if text.isdigit():
        return token.i > 0 and token.nbor(-1).text[:1].isupper()  # "Unit 61398"
    if token.ent_type_ in {"PERSON", "DATE", "MONEY", "PERCENT", "TIME"}:
        return False
    return bool(text) and text[0].isupper()


def _runs(doc: Doc) -> list[tuple[int, int]]:
    """Maximal runs of capitalised tokens joined by of/for/and (+ "the")."""
    runs: list[tuple[int, int]] = []
    toks = list(doc)  # one Token object per position, not one per look
    caps = [_capital(t) for t in toks]
    i, n = 0, len(toks)
    while i < n:
        if not caps[i] or toks[i].text.isdigit() or toks[i].lower_ in {"the", "a"}:
            i += 1
            continue
        j = i + 1
        while j < n:
            prev = toks[j - 1]
            if "\n" in prev.whitespace_ or "\n" in prev.text or toks[j].is_sent_start:
                break  # a name ends at a line or sentence break ("… to the U.S. The …")
            if caps[j]:
                j += 1
                continue
            hyphen = toks[j].text == "-" and not prev.whitespace_
            if hyphen and j + 1 < n and caps[j + 1] and not toks[j].whitespace_:
                j += 2  # "Anti-Terrorism and National Security Unit"
                continue
            k = j
            word = toks[k].lower_
            # "U.S. Attorney's Office": a title's possessive stays inside the name
            titled = toks[k].text in _POSSESSIVE and prev.lower_ in _TITLE_POSSESSORS
            if titled and k + 1 < n and caps[k + 1]:
                j = k + 1
                continue
            # "Section and the Department": "and" does not join two whole names
            if word == "and" and _head_word(prev.lower_):
                break
            if word in _JOINERS and k + 1 < n:
                k += 1
                if toks[k].lower_ == "the" and word in {"of", "for"} and k + 1 < n:
                    k += 1
                if caps[k] and not toks[k].text.isdigit():
                    j = k + 1
                    continue
            break
        runs.append((i, j))
        i = j
    return runs


def _split(doc: Doc, start: int, end: int) -> int | None:
    """Where a run holds two names joined by a lost apostrophe or a bare head noun."""
    if _known(doc[start:end].text):
        return None  # "Treasury Department" is one name
    for k in range(start, end - 1):
        word = doc[k].lower_
        nxt = doc[k + 1]
        if nxt.lower_ in _JOINERS or not nxt.text[:1].isupper():
            continue
        if _is_title(nxt):
            continue  # "New York County District Attorneys Office": a title inside
        if word.endswith("s") and (word[:-1] in BODY_HEADS or _known_body(doc, start, k)):
            return k + 1  # "Criminal Divisions Fraud Section", "Department of Justices …"
        if _head_word(nxt.lower_):
            continue  # "Treasury Department(s)": one name
        rest_named = end - (k + 1) >= 2 or _known(doc[k + 1 : end].text)
        prefix_known = _known(doc[start : k + 1].text, allow_country=False)
        if prefix_known and rest_named and _is_body(doc, k + 1, end):
            return k + 1  # "FBI Boston Field Office"
        if word in BODY_HEADS - _WEAK_HEADS:
            return k + 1  # "National Security Division Counterespionage Section"
    return None


def _known(name: str, allow_country: bool = True) -> bool:
    from kg.extract.gazetteer import load_gazetteer

    entry = load_gazetteer().lookup(name)
    if entry is None or entry.cls != "Government" or name.lower() == "u.s.":
        return False
    return allow_country or entry.canonical not in COUNTRY_NAMES


def _head_word(word: str) -> bool:
    return word in BODY_HEADS or word.removesuffix("s") in BODY_HEADS


def _is_title(token: Token) -> bool:
    word = token.lower_
    return word in TITLE_WORDS or word.removesuffix("s") in TITLE_WORDS


def _known_body(doc: Doc, start: int, k: int) -> bool:
    """Whether the run up to ``k``, less a final lost-apostrophe "s", is a known body or
    a country ("Chinas Ministry of Commerce")."""
    name = (doc[start:k].text + " " + doc[k].text[:-1]).strip()
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
    head_end = next((t.i for t in doc[start:end] if t.lower_ in {"of", "for"}), end)
    core = [t.lower_ for t in doc[start:head_end] if not t.text.isdigit()]
    return (core[-1], len(core)) if core else ("", 0)


def _is_body(doc: Doc, start: int, end: int, plural_lost: bool = False) -> bool:
    if _known(doc[start:end].text) or (plural_lost and _known(doc[start:end].text[:-1])):
        return True
    head, size = _head(doc, start, end)
    if head not in BODY_HEADS and head.removesuffix("s") in BODY_HEADS:
        head = head.removesuffix("s")  # "Export Control Sections", "Divisions"
    if head not in BODY_HEADS or (head in _WEAK_HEADS and size < 2):
        return False
    bare = size < 2 and end - start == 1  # "Office", not "Office of Export Enforcement"
    if bare and head not in _SINGLE_NAMES:
        return False  # a bare "Office" or "Department" names no particular body
    last = doc[end - 1].lower_.strip(".,")
    return last not in COMPANY_SUFFIXES or last in BODY_HEADS


def _of_split(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """ "Unit 61398 of the Third Department of the PLA": a body of a body, split."""
    for t in doc[start:end]:
        if t.lower_ != "of" or t.i == start:
            continue
        if doc[t.i + 1].lower_ != "the":
            break  # "Boston Office of Export Enforcement" is one name; "… of the FBI" two
        right = t.i + 2
        # the inner body needs a name of its own: "Third Department", "Unit 61398",
        # not "U.S. Department (of the Treasury)"
        own = [w for w in doc[start : t.i] if w.lower_ not in _COUNTRY_WORDS]
        named = len(own) >= 2 or any(w.text.isdigit() for w in own)
        if right < end and named and _is_body(doc, start, t.i) and _is_body(doc, right, end):
            return [(start, t.i), *_of_split(doc, right, end)]
        break
    return [(start, end)]


def body_spans(doc: Doc) -> list[tuple[int, int, str, int | None]]:
    """Government bodies named in ``doc``: (start, end, name, index of the body it is
    inside, or None), in text order."""
    out: list[tuple[int, int, str, int | None]] = []
    for start, end in _runs(doc):
        if doc[end - 1].lower_ in TITLE_WORDS:
            # "U.S. District Judge", "Assistant U.S. Attorney": a title; but "X Section
            # and Assistant U.S. Attorney" keeps the name before the "and"
            ands = [t.i for t in doc[start:end] if t.lower_ == "and"]
            if not ands or not _head_word(doc[ands[-1] - 1].lower_):
                continue
            end = ands[-1]
        # "Charge of the FBI Boston Field Office": the words before "of" are no name
        first_of = next((t.i for t in doc[start:end] if t.lower_ in {"of", "for"}), None)
        if (
            first_of is not None
            and first_of - start <= 3
            and not _head_word(_head(doc, start, first_of)[0])
            and not _known(doc[start:first_of].text)
        ):
            start = first_of + 1 + (doc[first_of + 1].lower_ == "the")
            if start >= end:
                continue
        pieces: list[tuple[int, int, str, bool]] = []
        s = start
        while s < end:
            cut = _split(doc, s, end)
            e = cut if cut is not None else end
            name = doc[s:e].text
            lost = False
            plural = cut is not None and doc[e - 1].lower_.endswith("s")
            if plural and (doc[e - 1].lower_[:-1] in BODY_HEADS or _known_body(doc, s, e - 1)):
                name, lost = name[:-1], True
            pieces.append((s, e, name, lost))
            s = e
        previous: int | None = None
        waiting: int | None = None
        for s, e, name, lost in pieces:
            if doc[s].is_sent_start and doc[s].pos_ not in {"PROPN", "ADJ"} and e - s > 1:
                s, name = s + 1, doc[s + 1 : e].text  # "Today Commerce Department…"
            if not _is_body(doc, s, e, lost):
                # "(Special Agent in) Charge of the Boston Field Office": the object
                of = next((t.i for t in doc[s:e] if t.lower_ in {"of", "for"}), None)
                if of is None:
                    previous = None
                    continue
                s = of + 1 + (doc[of + 1].lower_ == "the")
                name = doc[s:e].text
                if s >= e or not _is_body(doc, s, e):
                    previous = None
                    continue
            parts = _of_split(doc, s, e)
            first = len(out)
            for n, (ps, pe) in enumerate(parts):
                pname = name if len(parts) == 1 else doc[ps:pe].text
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


def _link_possessives(
    doc: Doc, spans: list[tuple[int, int, str, int | None]]
) -> list[tuple[int, int, str, int | None]]:
    """ "the Treasury's Office of …": a body named right after a possessive is inside."""
    out: list[tuple[int, int, str, int | None]] = []
    for index, (s, e, name, inside) in enumerate(spans):
        if inside is None and index > 0:
            pe = spans[index - 1][1]
            if pe + 1 == s and doc[pe].text in _POSSESSIVE:
                inside = index - 1
        out.append((s, e, name, inside))
    return out
