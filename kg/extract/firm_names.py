"""Firms' names the model cuts short, rebuilt from the grammar of firms' names.

A firm's name is one noun phrase ending in a trade word or a legal form; the model's
label often starts or ends inside it:

- a name that begins with a city or a word the model takes for a person or a place
  ("Dalmar Kestrel Optics Ltd." with "Dalmar" labelled GPE, "Vostra Signal Works
  S.A." with only "Vostra" labelled): the capitalised words before the label that
  the parse attaches inside the name (compounds of its head) are the name's own;
- a seat in parentheses before the legal form ("Norvik Marine (Malta) Ltd."): the
  bracket is part of the name when a legal form follows it (a short name defined
  in brackets after a name, "Norvik Marine Ltd. (Norvik)", is no such part);
- a legal form set off by a comma after "Co." ("Tarvik Mining Co., Ltd.").

Each rebuilt name is added as a candidate mention; the longest candidates win later.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg.extract.lexicon import COMPANY_SUFFIXES, NATIONALITIES, TITLE_WORDS
from kg.extract.tokens import token_table
from kg.extract.typing_words import FIRM_NAME_WORDS, HONORIFICS, LEGAL_SUFFIXES

#: Last words that say a name is a firm's.
#: Last words of a firm's name (a legal form or a trade word).
FIRM_ENDS = FIRM_NAME_WORDS | LEGAL_SUFFIXES | COMPANY_SUFFIXES
#: Words before a firm's name that are never its first word: states' short names in
#: titles and descriptions ("U.S. Kestrel Systems" is no firm called so), titles and
#: a party's role ("Defendant Kestrel Systems Inc.").
_NEVER_FIRST = (
    frozenset({"u.s.", "u.s", "us", "u.k.", "uk", "the", "a", "an", "defendant", "defendants",
               "co-defendant", "codefendant"})
    | TITLE_WORDS
    | HONORIFICS  # "Mr. Sam Shipping" is a man, not a firm "Mr. Sam Shipping"
)  # fmt: skip
#: Classes of a candidate that a firm's name may swallow (not a body or a product).
_SWALLOWED = frozenset({"Company", "Location", "Person", "Organization", None})
_SOURCES = frozenset({"ner", "propn", "cue"})
#: Labels of words that may begin a firm's name (none: the model left it unlabelled).
_NAME_LABELS = frozenset({"", "ORG", "GPE", "LOC", "PERSON", "FAC", "PRODUCT"})
#: The most words a rebuilt name adds before the model's label.
_MOST_ADDED = 3


class _Held:
    """The class and source of the span holding each token, read from the spans on the
    first question: most documents never ask (the rules that do are rare), and a
    dict made up front cost a Python step per token of every name."""

    __slots__ = ("_by_token", "_spans")

    def __init__(self, spans: list[tuple[int, int, str | None, str]]) -> None:
        self._spans = spans
        self._by_token: dict[int, tuple[str | None, str]] | None = None

    def get(self, i: int) -> tuple[str | None, str] | None:
        """The (class, source) of the last span holding token ``i``, or None."""
        by_token = self._by_token
        if by_token is None:
            by_token = self._by_token = {}
            for start, end, cls, source in self._spans:
                held = (cls, source)  # (one pair per span, shared by its tokens)
                for k in range(start, end):
                    by_token[k] = held
        return by_token.get(i)


def _legal(word: str) -> bool:
    return word in LEGAL_SUFFIXES or word.rstrip(".,") in LEGAL_SUFFIXES


def firm_name_bounds(
    doc: Doc, spans: list[tuple[int, int, str | None, str]]
) -> list[tuple[int, int]]:
    """Fuller bounds for the firm names among ``spans`` (start, end, class, source) the
    model cut short; each returned (start, end) is a firm's whole name.

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("Ferrum Signal Works S.A. sold it to Norvik Marine (Malta) Ltd.")
    >>> [doc[a:b].text for a, b in firm_name_bounds(doc, [(1, 4, "Company", "propn")])]
    ['Ferrum Signal Works S.A.', 'Norvik Marine (Malta) Ltd.']
    """
    table = token_table(doc)
    lower, text = table.lower, table.text
    covered = _Held(spans)
    out: list[tuple[int, int]] = []
    for start, end, cls, source in spans:
        if cls not in _SWALLOWED or source not in _SOURCES or lower[end - 1] not in FIRM_ENDS:
            continue
        new_start = _first_word(doc, start, end, covered)
        new_end = _comma_legal_end(lower, text, end)
        if (new_start, new_end) != (start, end):
            out.append((new_start, new_end))
    out.extend(_bracketed_seats(doc, covered))
    out.extend(_legal_form_names(doc, covered))
    return list(dict.fromkeys(out))  # a name rebuilt twice is one candidate


#: The most words of a name before its legal form ("Marlin Bay Computing Pte. Ltd.").
_MOST_NAME_WORDS = 6


def _legal_form_names(doc: Doc, covered: _Held) -> list[tuple[int, int]]:
    """Names the model left unlabelled that end in a legal form: "Marlin Bay Computing
    Pte. Ltd.", "Tasman Cross Rare Earths Ltd." (capitalised words, then the form).

    >>> from kg.extract.pipeline import load_pipeline
    >>> doc = load_pipeline()("- Marlin Bay Computing Pte. Ltd., a reseller, sold chips.")
    >>> [doc[a:b].text for a, b in _legal_form_names(doc, _Held([]))]
    ['Marlin Bay Computing Pte. Ltd.']
    """
    table = token_table(doc)
    # the forms the document holds, by set intersection, then an array test per form
    # (``np.isin`` against all the forms sorted the document's words each time)
    hits = table.where_lower(doc, LEGAL_SUFFIXES)
    if not hits:
        return []
    lower, text = table.lower, table.text
    n = len(doc)
    out: list[tuple[int, int]] = []
    for i in hits:
        if not text[i][:1].isupper() or _legal_form_goes_on(lower, text, i, n):
            continue  # not the legal form's last word
        k = _legal_form_start(lower, text, i)
        j = k
        while j > 0 and k - j < _MOST_NAME_WORDS and _name_word(doc, j - 1, covered):
            j -= 1
        if j < k and not (doc[j].is_sent_start and _title_cased(doc[j].sent)):
            out.append((j, i + 1))
    return out


def _legal_form_goes_on(lower: list[str], text: list[str], i: int, n: int) -> bool:
    """Word ``i`` is followed by more of its legal form ("Pte" of "Pte. Ltd.")."""
    k = i + 1
    while k < n and text[k] in {".", ","}:
        k += 1
    return k < n and k - i <= 2 and text[k][:1].isupper() and _legal(lower[k])


def _legal_form_start(lower: list[str], text: list[str], i: int) -> int:
    """The first word of the legal form ending at ``i`` ("Co." of "Co., Ltd.")."""
    k = i
    while k > 0:
        j = k - 1
        while j > 0 and text[j] in {".", ","}:
            j -= 1
        if j < k - 2 or not (_legal(lower[j]) and text[j][:1].isupper()) or j == k:
            break
        k = j
    return k


def _name_word(doc: Doc, i: int, covered: _Held) -> bool:
    """Word ``i`` may be a word of a firm's name before its legal form: capitalised, a
    proper noun (or a noun inside a sentence), not a title, a state's short name or a
    curated body's word."""
    t = doc[i]
    if not t.text[:1].isupper() or not t.is_alpha:
        return False
    if t.lower_ in _NEVER_FIRST and not _general_of_a_name(doc, i):
        return False
    if t.pos_ != "PROPN" and (t.pos_ not in {"NOUN", "ADJ"} or t.is_sent_start):
        return False
    if t.ent_type_ not in _NAME_LABELS and not _norp_name_word(t):
        return False
    if t.lower_ in NATIONALITIES:
        return False
    held = covered.get(i)
    return held is None or (held[0] in _SWALLOWED and held[1] in _SOURCES)


def _general_of_a_name(doc: Doc, i: int) -> bool:
    """ "Gulf Horizon General Trading LLC": "General" after a proper noun that is no
    title, and before a firm's word, is a word of the firm's name (after "Attorney" it
    ends a title; "Solicitor General Ana Ruiz" names a person)."""
    lower = token_table(doc).lower
    if i == 0 or lower[i] != "general" or i + 1 >= len(lower) or lower[i + 1] not in FIRM_ENDS:
        return False
    before = doc[i - 1]
    return before.pos_ == "PROPN" and before.lower_ not in _NEVER_FIRST


def _norp_name_word(t: Token) -> bool:
    """A word the model labelled a nationality that the parse makes a proper noun of a
    name ("Meridian Magnetics LLC"); a nationality before a name is an adjective
    ("a Norwegian Halden Marine AS")."""
    return t.ent_type_ == "NORP" and t.pos_ == "PROPN" and t.dep_ == "compound"


def _first_word(doc: Doc, start: int, end: int, covered: _Held) -> int:
    """Where a firm's name labelled from ``start`` really begins: over the capitalised
    proper nouns before it that the parse attaches to a word of the name."""
    k = start
    while k > 0 and start - k < _MOST_ADDED:
        t = doc[k - 1]
        if t.pos_ != "PROPN" or t.dep_ != "compound" or not t.text[:1].isupper():
            break
        if not start <= t.head.i < end or t.lower_ in _NEVER_FIRST or t.lower_ in NATIONALITIES:
            break
        if t.ent_type_ not in _NAME_LABELS and not _norp_name_word(t):
            break  # "In March Kestrel Holdings bought …": a date, not the firm's first word
        held = covered.get(t.i)
        if held is not None and (held[0] not in _SWALLOWED or held[1] not in _SOURCES):
            break  # a body's or a curated name ("FBI"), not a firm's first word
        if (
            t.whitespace_ == ""
            and t.i + 1 < len(doc)
            and token_table(doc).text[t.i + 1] in {"-", "–"}
        ):
            break
        k -= 1
    if k < start and doc[k].is_sent_start and _title_cased(doc[k].sent):
        return start  # a headline capitalises every word: no name can be read off it
    return k


def _title_cased(sent: Span) -> bool:
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) > 2 and all(t.text[:1].isupper() for t in words)


#: First words of two-word legal forms ("Co., Ltd.", "Pvt. Ltd.", "Sdn. Bhd.").
_LEGAL_FIRSTS = frozenset({"co", "co.", "pvt", "pvt.", "pte", "pte.", "sdn", "sdn.", "pty", "pty."})


def _comma_legal_end(lower: list[str], text: list[str], end: int) -> int:
    """ "Tarvik Mining Co., Ltd.", "Kavir Mills Pvt. Ltd." with the name's run stopped
    at the comma or the stop between the legal form's two words."""
    n = len(lower)
    if not (lower[end - 1] in _LEGAL_FIRSTS and end + 1 < n and text[end] in {",", "."}):
        return end
    if text[end + 1][:1].isupper() and _legal(lower[end + 1]):
        end += 2
        while end < n and lower[end] == ".":
            end += 1
    return end


#: What opens a seat's name in brackets.
_OPENING = frozenset({"("})


def _bracketed_seats(doc: Doc, covered: _Held) -> list[tuple[int, int]]:
    """ "Norvik Marine (Malta) Ltd.": a name, a place in brackets, a legal form."""
    table = token_table(doc)
    lower, text = table.lower, table.text
    n = len(doc)
    out: list[tuple[int, int]] = []
    for i in table.where_lower(doc, _OPENING):  # (no step per token)
        if i == 0:
            continue
        close = next((j for j in range(i + 2, min(i + 5, n)) if text[j] == ")"), None)
        if close is None or close + 1 >= n or not _legal(lower[close + 1]):
            continue
        if not text[close + 1][:1].isupper():
            continue
        if not all(text[j][:1].isupper() for j in range(i + 1, close)):
            continue  # a seat's name is capitalised
        start = i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and text[start - 1][:1].isupper():
            held = covered.get(start - 1)
            if held is not None and (held[0] not in _SWALLOWED or held[1] not in _SOURCES):
                break
            start -= 1
        if start == i:
            continue
        end = close + 1
        while end < n and (_legal(lower[end]) or lower[end] == "."):
            end += 1
        out.append((start, end))
    return out
