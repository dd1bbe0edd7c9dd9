"""Cross-article entity resolution (kg.resolve), on plain data."""

from __future__ import annotations

from kg.model import Article, ArticleExtraction, Entity, ResolvedEntity
from kg.resolve import Resolver, name_key


def _article(i: int, *entities: Entity) -> ArticleExtraction:
    return ArticleExtraction(Article(id=f"a{i}", text="."), entities)


def test_company_name_variants_are_one_node_with_alt_labels() -> None:
    r = Resolver()
    ids = [
        r.resolve(_article(1, Entity("k", "ZTE", "Company")))[0]["k"],
        r.resolve(_article(2, Entity("k", "ZTE Corporation", "Company")))[0]["k"],
        r.resolve(_article(3, Entity("k", "ZTE Corp.", "Company")))[0]["k"],
    ]
    assert len(set(ids)) == 1
    (zte,) = r.entities()
    assert zte.label == "ZTE Corporation"
    assert set(zte.aliases) == {"ZTE", "ZTE Corp."}


def test_similar_but_distinct_names_stay_apart() -> None:
    r = Resolver()
    a = r.match(Entity("a", "Huawei", "Company"))
    b = r.match(Entity("b", "Huawei Marine Networks", "Company"))
    c = r.match(Entity("c", "China Telecom", "Company"))
    d = r.match(Entity("d", "China Telecom Americas", "Company"))
    assert len({a, b, c, d}) == 4


def test_people_are_not_merged_on_a_bare_surname_across_articles() -> None:
    r = Resolver()
    xu = r.match(Entity("p", "Yanjun Xu", "Person", aliases=("Xu",)))
    other = r.match(Entity("q", "Xu", "Person"))
    assert xu != other
    assert r.match(Entity("r", "Yanjun Xu", "Person")) == xu


def test_a_country_as_place_and_as_state_is_one_node() -> None:
    r = Resolver()
    place = r.match(Entity("l", "Russia", "Location"))
    state = r.match(Entity("g", "Russia", "Government", mentions=3))
    assert place == state
    assert r.entities()[0].cls == "Government"  # the more frequent reading wins


def test_different_classes_with_one_name_stay_apart() -> None:
    r = Resolver()
    assert r.match(Entity("a", "Apple", "Company")) != r.match(Entity("b", "Apple", "Person"))


def test_resolution_resumes_from_stored_entities() -> None:
    known = [ResolvedEntity("zte-corporation", "ZTE Corporation", "Company", ("ZTE",))]
    r = Resolver(known)
    ids, touched = r.resolve(_article(9, Entity("k", "ZTE Corp.", "Company")))
    assert ids["k"] == "zte-corporation"
    assert "ZTE Corp." in touched[0].aliases


def test_ids_are_stable_slugs_and_never_collide() -> None:
    r = Resolver()
    first = r.match(Entity("a", "Apple", "Company"))
    second = r.match(Entity("b", "Apple", "Technology"))
    assert first == "apple" and second == "apple-2"


def test_name_key_ignores_case_punctuation_and_legal_suffixes() -> None:
    assert name_key("SenseTime Group Limited", "Company") == name_key("sensetime", "Company")
    assert name_key("U.S.", "Government") == name_key("U S", "Government")
    assert name_key("Group", "Company") == "group"  # a suffix alone is still a name


def test_spellings_of_one_state_body_are_one_node() -> None:
    r = Resolver()
    names = [
        "Justice Department",
        "U.S. Department of Justice",
        "United States Department of Justice",
        "US Department of Justice",
        "U.S. Justice Department",
    ]
    assert len({r.match(Entity(str(i), n, "Government")) for i, n in enumerate(names)}) == 1
    us = r.match(Entity("u", "United States", "Government"))
    assert r.match(Entity("g", "United States Government", "Government")) == us
    # a body inside the department, or another country's ministry, stays apart
    task_force = r.match(Entity("t", "Department of Justice Task Force", "Government"))
    ministry = r.match(Entity("m", "Federal Ministry of Justice", "Government"))
    assert (
        len({r.match(Entity("j", "Justice Department", "Government")), task_force, ministry}) == 3
    )
