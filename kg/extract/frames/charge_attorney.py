"""The judicial district whose U.S. Attorney a release names as prosecuting.

"said U.S. Attorney Karen Holt for the Southern District of Ohio", "Acting U.S.
Attorney X of the District of Oregon announced": the office of that district's U.S.
Attorney brought the case, so a defendant who pleads guilty in it was charged by that
district's office too (the article's "U.S. Attorney's Office for the District of Y"
where it names one), with the department the release names. A district
named only as a court's seat or a grand jury's ("indicted by a grand jury in the
Southern District of Ohio"), or as an assistant's ("prosecuted by Assistant U.S.
Attorney A of the District of Y": the office a lawyer comes from), is not read here.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kg.extract.frames.reader import ArticleReader

#: How far before a district's "for"/"of" the "U.S. Attorney" title may stand (the
#: names of a few assistants between them).
_TITLE_REACH = 14


def attorney_district(r: ArticleReader) -> int | None:
    """The district a U.S. Attorney the article names serves (the one so named most
    often, or its office); None if no such title names a district."""
    doc = r.doc
    counts: dict[int, int] = {}
    for m in r.mentions:
        cluster = r.clusters[m.entity]
        if cluster.cls != "Government" or "district" not in cluster.name.lower().split():
            continue
        if _after_attorney_title(doc, m.start):
            counts[m.entity] = counts.get(m.entity, 0) + 1
    if not counts:
        return None
    return _office_for(r, max(counts, key=lambda e: counts[e]))


def _office_for(r: ArticleReader, district: int) -> int:
    """The article's "U.S. Attorney's Office for the X District of Y" whose name holds
    the district's (the office is the prosecutor; the tagger may have cut the district's
    name short: "Northern District"), else ``district``."""
    name = r.clusters[district].name
    for i, c in enumerate(r.clusters):
        words = c.name.lower().replace("’", "'").split()
        office = "office" in words and any(w.startswith("attorney") for w in words)
        if i != district and c.cls == "Government" and office and name in c.name:
            return i
    return district


def _after_attorney_title(doc: Doc, start: int) -> bool:
    """Whether the district named from token ``start`` follows "for"/"of" (and "the")
    after a "U.S. Attorney" title of its sentence (not an assistant's)."""
    i = start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1 or doc[i].lower_ not in {"for", "of"}:
        return False
    sent_start = doc[i].sent.start
    for j in range(i - 1, max(sent_start, i - _TITLE_REACH) - 1, -1):
        word = doc[j]
        if word.lower_ == "attorney" and j > 1:
            before = doc[j - 1].text
            if before == "States" and doc[j - 2].text == "United":
                before = "U.S."
                j -= 1
            # the U.S. Attorney (Acting or not), not an assistant: an assistant who
            # prosecutes names the office a lawyer comes from, not who brought the case
            if before in {"U.S.", "US"}:
                return doc[j - 2].lower_ != "assistant"
        if word.text in {";", "."}:
            return False
    return False
