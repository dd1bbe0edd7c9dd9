"""The kind of a measure on a whole country: "U.S. sanctions against Freedonia" is an
embargo (``Ban``), not a designation; annotators mark designations on named people,
firms and bodies, and the sanctions a state keeps on another state as a ban.

>>> kind_on("Designation", True), kind_on("Designation", False), kind_on("Tariff", True)
('Ban', 'Designation', 'Tariff')
"""

from __future__ import annotations

from typing import Any

from kg.extract.lexicon import COUNTRY_NAMES


def kind_on(kind: str, country: bool) -> str:
    """The kind of a measure of ``kind`` on a country (``country``) or on another target."""
    return "Ban" if country and kind == "Designation" else kind


def is_country(r, entity: int) -> bool:  # type: ignore[no-untyped-def]
    """A place, or a state named by its country's name ("Iran", "the Russian
    Federation" as its alias "Russia")."""
    cluster = r.clusters[entity]
    if r.cls(entity) == "Location":
        return True
    return cluster.name in COUNTRY_NAMES or any(a in COUNTRY_NAMES for a in cluster.aliases)


def record(  # type: ignore[no-untyped-def]
    r, imposers: list[int], targets: list[int], kind: str, *args: Any, **kwargs: Any
) -> None:
    """``r.sanction`` with the kind each target takes: a generic designation on a
    country is a ban."""
    countries = [t for t in targets if is_country(r, t)]
    others = [t for t in targets if t not in countries]
    if others:
        r.sanction(imposers, others, kind, *args, **kwargs)
    if countries:
        r.sanction(imposers, countries, kind_on(kind, True), *args, **kwargs)
