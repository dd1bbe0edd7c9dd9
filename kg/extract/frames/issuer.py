"""The document layer of a release: who issues it speaks for the measures it lists.

A White House fact sheet's "Full blocking sanctions on VTB Bank" are the United
States' sanctions though no sentence says so; a Justice Department release speaks for
the Department. The issuer is read from the article's ``source`` header (its web
address), which :func:`kg.extract.extractor.extract_doc` leaves in ``doc.user_data``.

>>> issuer_kind("https://bidenwhitehouse.archives.gov/briefing-room/x/")
'state'
>>> issuer_kind("https://www.justice.gov/opa/pr/x"), issuer_kind("https://www.bbc.co.uk/news/x")
('prosecutor', None)
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final
from urllib.parse import urlparse

from spacy.tokens import Doc

from kg.extract.frames.reader import ArticleReader
from kg.extract.mentions import EntityCluster
from kg.extract.tokens import token_table

#: Where ``extract_doc`` leaves the article's source address.
SOURCE_KEY: Final = "kg.article_source"

#: Web hosts of issuers → who speaks: the state itself or its prosecutors.
_HOSTS: Final[dict[str, str]] = {
    "whitehouse.gov": "state",
    "bidenwhitehouse.archives.gov": "state",
    "trumpwhitehouse.archives.gov": "state",
    "obamawhitehouse.archives.gov": "state",
    "federalregister.gov": "state",
    "justice.gov": "prosecutor",
}

#: Names an article may give its own state by.
_STATE_NAMES: Final = ("United States", "U.S. Government", "United States Government", "U.S.")


@lru_cache(maxsize=1024)
def issuer_kind(source: str | None) -> str | None:
    """ "state" or "prosecutor" for a source address of a known issuer, else None."""
    if not source:
        return None
    host = urlparse(source).netloc.lower().removeprefix("www.")
    for known, kind in _HOSTS.items():
        if host == known or host.endswith("." + known):
            return kind
    return None


#: Where ``extract_doc`` leaves the article's title.
TITLE_KEY: Final = "kg.article_title"

#: How a state's own instrument opens: an executive order's, a proclamation's or a
#: memorandum's enacting words ("By the authority vested in me as President by the
#: Constitution …"), on a line of their own in the text's opening (how far it reaches).
_ENACTING_LINE: Final = re.compile(r"(?m)^[ \t]*By the authority vested in me as President\b")
_OPENING: Final = 1500

#: A title a state's fact sheet opens on ("FACT SHEET: President … Takes Action …").
_FACT_SHEET: Final = re.compile(r"\s*FACT SHEET\s*:")


def own_words_kind(doc: Doc) -> str | None:
    """ "state" for a text that shows itself a state's own instrument without a known
    source: an order opening on its enacting words, a fact sheet by its title."""
    title = doc.user_data.get(TITLE_KEY) or ""
    if _FACT_SHEET.match(title):
        return "state"
    # a memorandum's addressees ("MEMORANDUM FOR THE SECRETARY OF STATE …") may stand
    # before its enacting words: a line of its opening, not only its first. The token
    # table's text: ``doc.text`` joins every token of the article again, and this is
    # asked once per fact a frame may credit to the issuer
    opening = token_table(doc).doc_text[:_OPENING]
    return "state" if _ENACTING_LINE.search(opening) else None


def release_kind(doc: Doc) -> str | None:
    """Who speaks in the article: the kind of its source's issuer, else of its own
    words (:func:`own_words_kind`)."""
    return issuer_kind(doc.user_data.get(SOURCE_KEY)) or own_words_kind(doc)


def state_issuer(r: ArticleReader) -> int | None:
    """The issuing state, for a release its government issued (not a prosecutor's)."""
    if release_kind(r.doc) != "state":
        return None
    return issuer(r)


def issuer(r: ArticleReader) -> int | None:
    """The entity that issued the article, when its source names a known issuer: the
    United States for a White House fact sheet or an executive order (found among the
    article's entities, or added), the prosecuting department for a Justice release."""
    kind = release_kind(r.doc)
    if kind == "prosecutor":
        return r.prosecutor()
    if kind != "state":
        return None
    return _own_state(r)


def national_state(r: ArticleReader) -> int | None:
    """The state a known issuer serves, whoever in it speaks: a Justice Department
    release's "the embargo against Iran" is the United States' embargo."""
    if release_kind(r.doc) is None:
        return None
    return _own_state(r)


def _own_state(r: ArticleReader) -> int:
    """The United States among the article's entities, or added to them."""
    for name in _STATE_NAMES:
        for i, c in enumerate(r.clusters):
            if c.cls in {"Government", "Location"} and (c.name == name or name in c.aliases):
                return i
    r.clusters.append(EntityCluster("United States", "Government"))
    return len(r.clusters) - 1
