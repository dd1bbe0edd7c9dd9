"""The ontology's Turtle files, found the same way in a checkout and an installed wheel.

The one copy lives in the repository's ``ontology/`` (DESIGN.md puts it there);
``kg/ontology`` is a symbolic link to it, so the package reaches it as
``kg/ontology/NAME`` from a checkout or an editable install, and a wheel build
copies the files behind the link into the package (``package-data`` in
``pyproject.toml``). Nothing to keep in step, nothing to drift.

>>> ontology_file("kg.ttl").read_text(encoding="utf-8").count("owl:Class") > 5
True
>>> sorted(p.name for p in ontology_files())
['kg.ttl', 'shapes.ttl']
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from kg.errors import KGError

#: The files the package ships: the OWL ontology and the SHACL shapes.
ONTOLOGY_FILES = ("kg.ttl", "shapes.ttl")


def ontology_dir() -> Path:
    """The folder holding the ontology files inside the installed package."""
    return Path(str(resources.files("kg") / "ontology"))


def ontology_file(name: str) -> Path:
    """One of :data:`ONTOLOGY_FILES` (``kg.ttl`` or ``shapes.ttl``).

    Raises:
        KGError: when the file is missing (a broken installation), naming it.

    >>> ontology_file("nope.ttl")
    Traceback (most recent call last):
    ...
    kg.errors.KGError: nope.ttl: not one of the ontology files (kg.ttl, shapes.ttl)
    """
    if name not in ONTOLOGY_FILES:
        raise KGError(f"{name}: not one of the ontology files ({', '.join(ONTOLOGY_FILES)})")
    path = ontology_dir() / name
    if not path.is_file():
        raise KGError(f"{path}: ontology file missing from the kg package; reinstall kg")
    return path


def ontology_files() -> list[Path]:
    """Every ontology file the package ships."""
    return [ontology_file(name) for name in ONTOLOGY_FILES]
