"""The package as a user installs it: build the wheel, install it in a fresh virtual
environment, and use it there (outside the checkout, so nothing is read from it).

pip in the new environment resolves the pinned dependencies as any user's would,
from pip's cache and the package registry; nothing else is fetched. It takes a
minute or two, hence ``slow``.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from kg.ontology_data import ONTOLOGY_FILES

pytestmark = [pytest.mark.slow, pytest.mark.model, pytest.mark.timeout(1200)]

ROOT = Path(__file__).resolve().parent.parent
#: What a wheel is built from (a copy, so the build leaves nothing in the checkout).
SOURCES = ("pyproject.toml", "README.md", "kg", "ontology")

ARTICLE = (
    "title: A made-up release\ndate: 2024-05-02\n\n"
    "The Treasury Department sanctioned Huawei for selling surveillance cameras. "
    "Huawei develops 5G networks.\n"
)


def _run(*argv: str | Path, cwd: Path, ok: bool = True) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    done = subprocess.run(
        [str(a) for a in argv], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )
    if ok:
        assert done.returncode == 0, f"{argv}: {done.stderr[-2000:]}"
    return done


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    source.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in SOURCES:
        path = ROOT / name
        if path.is_dir():
            # kg/ontology stays a link to ../ontology, as in the repository
            shutil.copytree(path, source / name, symlinks=True, ignore=ignore)
        else:
            shutil.copy2(path, source / name)
    dist = work / "dist"
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", dist, source, cwd=work)
    (built,) = dist.glob("kg-*.whl")
    return built


@pytest.fixture(scope="module")
def env(wheel: Path) -> Path:
    """A fresh virtual environment with the base package installed from the wheel."""
    where = wheel.parent.parent / "venv"
    venv.EnvBuilder(with_pip=True).create(where)
    _run(where / "bin" / "python", "-m", "pip", "install", "-q", wheel, cwd=wheel.parent)
    return where


def test_the_wheel_ships_the_ontology_files_themselves(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        for name in ONTOLOGY_FILES:
            shipped = archive.read(f"kg/ontology/{name}")
            assert shipped == (ROOT / "ontology" / name).read_bytes()


def test_the_base_install_leaves_dask_out_and_says_how_to_add_it(env: Path, tmp_path: Path) -> None:
    python = env / "bin" / "python"
    listed = _run(python, "-m", "pip", "list", "--format=freeze", cwd=tmp_path).stdout.lower()
    assert "scipy==" in listed
    assert "dask==" not in listed and "distributed==" not in listed
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = _run(
        env / "bin" / "kg",
        "build",
        "--dask",
        "local",
        "a.txt",
        "-o",
        "g.trig",
        cwd=tmp_path,
        ok=False,
    )
    assert done.returncode == 1
    assert done.stderr == "kg: --dask needs Dask, an optional extra: pip install 'kg[dask]'\n"


def test_build_query_render_and_validate_in_the_installed_package(
    env: Path, wheel: Path, tmp_path: Path
) -> None:
    kg = env / "bin" / "kg"
    python = env / "bin" / "python"
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(ARTICLE, encoding="utf-8")

    _run(kg, "build", "--quiet", "--output", "g.trig", "articles", cwd=tmp_path)
    answer = _run(kg, "query", "g.trig", "--format", "csv", "sanctions", cwd=tmp_path).stdout
    assert "Huawei" in answer and "Treasury Department" in answer
    _run(kg, "render", "--output", "g.html", "g.trig", cwd=tmp_path)
    assert "Huawei" in (tmp_path / "g.html").read_text(encoding="utf-8")

    # shape validation needs the shacl extra; the shapes come from the installed package
    _run(python, "-m", "pip", "install", "-q", f"{wheel}[shacl]", cwd=tmp_path)
    check = (
        "import kg, networkx\n"
        "from kg.evaluate.shapes import shapes_path, validate\n"
        "from kg.ontology_data import ontology_file\n"
        "g = kg.open_graph('g.trig')\n"
        "print(shapes_path().parent == ontology_file('kg.ttl').parent)\n"
        "print(shapes_path().is_relative_to(kg.__path__[0]))\n"
        "print(validate(g)[0])\n"
        "ranks = networkx.pagerank(kg.to_networkx(g, sanctions='edges'))\n"
        "print(round(sum(ranks.values()), 6))\n"
    )
    lines = _run(python, "-c", check, cwd=tmp_path).stdout.split()
    assert lines == ["True", "True", "True", "1.0"]
    where = _run(python, "-c", "import kg; print(kg.__file__)", cwd=tmp_path).stdout.strip()
    assert Path(where).is_relative_to(env)  # the installed copy, not the checkout
