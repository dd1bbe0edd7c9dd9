"""The curated gazetteer (``data/gazetteer.tsv``): names spaCy's labels get wrong.

>>> gaz = load_gazetteer()
>>> gaz.lookup("OFAC")
GazetteerEntry(name='OFAC', cls='Government', canonical='Office of Foreign Assets Control')
>>> gaz.lookup("facial recognition").cls
'Technology'
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.language import Language
from spacy.matcher import PhraseMatcher

from kg.model import ENTITY_CLASSES


@dataclass(frozen=True, slots=True)
class GazetteerEntry:
    name: str
    cls: str
    canonical: str

    @property
    def case_insensitive(self) -> bool:
        """Lower-case names (technologies, generic bodies) match in any case."""
        return self.name == self.name.lower()


class Gazetteer:
    """Name → class lookup plus spaCy phrase matchers over the same entries."""

    def __init__(self, entries: list[GazetteerEntry]) -> None:
        self.entries = entries
        self._exact = {e.name: e for e in entries}
        self._lower = {e.name.lower(): e for e in entries if e.case_insensitive}

    def lookup(self, name: str) -> GazetteerEntry | None:
        """The entry for ``name``, exact case first, then case-insensitive entries."""
        return self._exact.get(name) or self._lower.get(name.lower())

    def matchers(self, nlp: Language) -> tuple[PhraseMatcher, PhraseMatcher]:
        """(case-sensitive, case-insensitive) matchers labelled by entry name."""
        exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        for entry in self.entries:
            pattern = nlp.make_doc(entry.name)
            (lower if entry.case_insensitive else exact).add(entry.name, [pattern])
        return exact, lower


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Read the packaged gazetteer once per process."""
    text = resources.files("kg.extract").joinpath("data/gazetteer.tsv").read_text("utf-8")
    entries: list[GazetteerEntry] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        name, cls = cols[0].strip(), cols[1].strip()
        canonical = cols[2].strip() if len(cols) > 2 and cols[2].strip() else name
        if cls not in ENTITY_CLASSES:
            raise ValueError(f"gazetteer.tsv line {number}: unknown class {cls!r}")
        entries.append(GazetteerEntry(name, cls, canonical))
    return Gazetteer(entries)
