"""The package as a user imports it: the lazy public names and the shipped ontology."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import kg
import kg.api
from kg.ontology_data import ONTOLOGY_FILES, ontology_file

ROOT = Path(__file__).resolve().parent.parent


def test_the_lazy_table_names_exactly_the_api() -> None:
    from_api = {name for name, module in kg._SOURCES.items() if module == "kg.api"}
    assert from_api == set(kg.api.__all__)
    assert sorted(kg.__all__) == sorted(kg._SOURCES)


def test_the_type_checking_imports_match_the_lazy_table() -> None:
    # mypy and editors see only these imports; the table is what runs
    tree = ast.parse((ROOT / "kg" / "__init__.py").read_text(encoding="utf-8"))
    guarded = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and ast.unparse(node.test) == "TYPE_CHECKING"
    )
    imported = {
        alias.name: node.module
        for node in guarded.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert imported == kg._SOURCES


def test_every_public_name_resolves_to_its_module() -> None:
    for name, module in kg._SOURCES.items():
        assert getattr(kg, name) is getattr(sys.modules[module], name)


def test_import_kg_stays_light() -> None:
    code = "import sys, kg; print(sorted({'pandas', 'rdflib', 'spacy'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_package_reads_the_one_ontology_in_the_repository() -> None:
    # kg/ontology links to ontology/: the same files, not a copy that could drift
    for name in ONTOLOGY_FILES:
        assert ontology_file(name).samefile(ROOT / "ontology" / name)
    assert sorted(p.name for p in (ROOT / "ontology").glob("*.ttl")) == sorted(ONTOLOGY_FILES)
