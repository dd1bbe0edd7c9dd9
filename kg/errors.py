"""The exceptions `kg` raises.

Every error a user can act on is a :class:`KGError`; the CLI turns it into one line
on stderr and exit status 1. Messages name the file and what is wrong.

>>> err = InputError("data/a.bin", "binary file (NUL byte at offset 12)")
>>> str(err)
'data/a.bin: binary file (NUL byte at offset 12)'
"""

from __future__ import annotations


class KGError(Exception):
    """Base class of every error `kg` reports to a user."""


class InputError(KGError):
    """An input file or article cannot be read or is not what it claims to be."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class QueryError(KGError):
    """A SPARQL query is malformed, unknown, or would modify a read-only graph."""


class GraphLoadError(KGError):
    """A graph file or store cannot be opened."""


class StoreError(KGError):
    """A persistent store is locked, damaged or refuses the operation."""
