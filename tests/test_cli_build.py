"""``kg build --encoding``: an archive that is not UTF-8, and a name that is no encoding.

(``--dask`` without the ``kg[dask]`` extra is checked in a base install, in
``test_wheel.py``.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.api import query
from kg.cli import main

LATIN = "The Treasury sanctioned Société Générale for trading with Pyongyang.\n"


@pytest.mark.model
def test_encoding_reads_a_latin1_archive_with_its_accents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_bytes(LATIN.encode("latin-1"))
    # a byte-order mark still wins over --encoding
    (archive / "b.txt").write_bytes(("\ufeff" + "Huawei develops 5G networks.").encode("utf-8"))
    graph = tmp_path / "g.trig"

    # without --encoding the Latin-1 file is skipped as not UTF-8 (exit 3)
    assert main(["build", str(archive), "--output", str(graph), "--quiet"]) == 3
    assert "a.txt: not UTF-8 (byte 0xe9" in capsys.readouterr().err

    assert main(["build", "--encoding", "latin-1", str(archive), "-o", str(graph), "-q"]) == 0
    assert capsys.readouterr().err == ""
    assert query(graph, "sanctions")["targetName"].tolist() == ["Société Générale"]
    assert "Huawei" in query(graph, "entities")["label"].tolist()


@pytest.mark.parametrize(
    ("name", "reason"),
    [("latin-9x", "unknown encoding 'latin-9x'"), ("rot13", "'rot13' is not a text encoding")],
)
def test_an_unknown_encoding_is_one_line_naming_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, reason: str
) -> None:
    (tmp_path / "a.txt").write_text("Huawei develops 5G networks.", encoding="utf-8")
    store = tmp_path / "store"
    assert main(["build", str(tmp_path / "a.txt"), "--store", str(store), "--encoding", name]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"kg: {reason}") and err.count("\n") == 1
    assert not store.exists()  # refused before anything was opened


@pytest.mark.model
def test_encoding_names_utf16_without_a_byte_order_mark(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # without --encoding such files are refused as "UTF-16 without a byte-order mark"
    (tmp_path / "a.txt").write_bytes("Huawei develops 5G networks in Zürich.".encode("utf-16-le"))
    line = '{"id": "b", "text": "The Treasury sanctioned Société Générale."}\n'
    (tmp_path / "b.jsonl").write_bytes(line.encode("utf-16-le"))
    graph = tmp_path / "g.trig"
    assert main(["build", str(tmp_path), "-o", str(graph), "-q"]) == 1
    assert "looks like UTF-16 without a byte-order mark" in capsys.readouterr().err
    assert main(["build", str(tmp_path), "-o", str(graph), "-q", "--encoding", "utf-16-le"]) == 0
    labels = query(graph, "entities")["label"].tolist()
    assert {"Zürich", "Société Générale"} <= set(labels)
