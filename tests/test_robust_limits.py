"""Resource limits and failure isolation (issue 8): large or slow input is reported
and skipped, never a hang or a memory blow-up, and the exit status says so.

Memory is measured in a child process (its own peak RSS), so the figures do not
depend on what the test session loaded before.
"""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.cli import main
from kg.store.load import open_graph
from kg.store.query import run_named

SANCTION = "The Treasury Department sanctioned Huawei Technologies in May 2021."
#: Peak memory a child may use above its own baseline while reading a 200 MB file.
EXTRA_MB = 60

_PEAK = """
import resource, sys
{setup}
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
{work}
after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print("PEAK", before // 1024, after // 1024, result)
"""


def _peak(setup: str, work: str) -> tuple[int, int, str]:
    """Run ``work`` in a fresh interpreter: (baseline MB, peak MB, what it printed)."""
    code = _PEAK.format(setup=setup, work=work)
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=600, check=False
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    last = proc.stdout.rstrip("\n").rsplit("\n", 1)[-1]
    _, before, after, result = last.split(maxsplit=3)
    return int(before), int(after), result.strip()


def _write_200mb_jsonl(path: Path) -> None:
    """Two good articles around a 200 MB line, written lazily (never in memory)."""
    with path.open("wb") as fh:
        fh.write(json.dumps({"text": SANCTION}).encode() + b"\n")
        fh.write(b'{"text": "')
        block = b"Huawei sells 5G gear. " * 47_000  # ~1 MB
        for _ in range(200):
            fh.write(block)
        fh.write(b'"}\n')
        fh.write(json.dumps({"text": "ZTE sells 5G networks to Iran."}).encode() + b"\n")


@pytest.fixture(scope="module")
def big_jsonl(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("big") / "feed.jsonl"
    _write_200mb_jsonl(path)
    return path


@pytest.mark.slow
def test_a_200_mb_jsonl_line_is_skipped_without_being_read_whole(big_jsonl: Path) -> None:
    assert big_jsonl.stat().st_size > 200_000_000
    before, after, result = _peak(
        "from kg.ingest import iter_articles\nfrom kg.model import Article",
        f"items = list(iter_articles([{str(big_jsonl)!r}]))\n"
        "result = [i.id if isinstance(i, Article) else i.reason for i in items]",
    )
    assert "line 2: too large" in result and result.count("feed-") == 2, result
    assert after - before < EXTRA_MB, f"peak {after} MB from {before} MB"


@pytest.mark.slow
@pytest.mark.model
def test_kg_build_of_a_200_mb_jsonl_keeps_memory_flat(big_jsonl: Path, tmp_path: Path) -> None:
    """The whole command, progress estimate included (it once read the line whole)."""
    out = tmp_path / "g.ttl"
    before, after, result = _peak(
        "from kg.cli import main\nfrom kg.extract.pipeline import load_pipeline\nload_pipeline()",
        f"result = main(['build', {str(big_jsonl)!r}, '-o', {str(out)!r}])",
    )
    assert result == "3"  # built, one line skipped
    assert after - before < EXTRA_MB, f"peak {after} MB from {before} MB"
    assert len(run_named(open_graph(out), "articles").rows) == 2


def test_a_gzip_bomb_is_skipped_by_its_decompressed_size(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "ok.txt").write_text(SANCTION, encoding="utf-8")
    with gzip.open(tmp_path / "bomb.txt.gz", "wb", compresslevel=9) as fh:
        zeros = b"a" * (1 << 20)
        for _ in range(64):  # 64 MB of text in ~64 KB
            fh.write(zeros)
    out = tmp_path / "g.ttl"
    status = main(["build", str(tmp_path), "-o", str(out), "--max-article-bytes", "1000000", "-q"])
    err = capsys.readouterr().err
    assert status == 3, err
    skipped = [line for line in err.splitlines() if line.startswith("kg: skipped")]
    assert len(skipped) == 1 and "bomb.txt.gz" in skipped[0] and "large" in skipped[0]


@pytest.mark.model
def test_one_bad_article_of_each_kind_is_named_and_the_rest_are_built(
    tmp_path: Path,
    capsys,  # type: ignore[no-untyped-def]
) -> None:
    """Failure isolation: each bad input is one 'kg: skipped FILE: reason' line (with
    the line number inside JSONL), the summary counts them, every good article is in
    the graph, and the exit status (3) says that some were skipped."""
    (tmp_path / "good.txt").write_text(SANCTION, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01PNG\x00")
    (tmp_path / "big.md").write_text("ZTE sells 5G gear. " * 200, encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 soci\xe9t\xe9 \xff".encode("latin-1"))
    lines = [
        json.dumps({"text": "ZTE sells 5G networks to Iran."}),
        '{"text": "cut short',
        json.dumps({"text": "SenseTime develops facial recognition. " * 100}),
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Hikvision supplies cameras to the police."}),
    ]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "g.trig"
    status = main(["build", str(tmp_path), "-o", str(out), "--max-article-bytes", "2000"])
    captured = capsys.readouterr()
    skipped = [line for line in captured.err.splitlines() if line.startswith("kg: skipped")]
    assert status == 3
    expected = {
        "binary.txt": "binary",
        "big.md": "large",
        "latin1.txt": "UTF-8",
        "feed.jsonl: line 2": "JSON",
        "feed.jsonl: line 3": "large",
        "feed.jsonl: line 4": "text",
    }
    for where, why in expected.items():
        found = [line for line in skipped if where in line]
        assert len(found) == 1 and why in found[0], (where, skipped)
    assert len(skipped) == len(expected), skipped
    assert f"skipped for problems: {len(expected)}" in captured.out
    articles = run_named(open_graph(out), "articles").rows
    assert len(articles) == 3  # good.txt and feed lines 1 and 5


@pytest.mark.model
def test_a_complete_build_exits_0(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "good.txt").write_text(SANCTION, encoding="utf-8")
    assert main(["build", str(tmp_path), "-o", str(tmp_path / "g.ttl"), "-q"]) == 0
    assert capsys.readouterr().err == ""


# Far apart on any machine: the quick article takes about 0.05 s, the slow one (300k
# characters) several seconds even on a fast core, so host load cannot flip the outcome.
LIMIT = ("--time-limit", "2")


@pytest.mark.model
@pytest.mark.slow
def test_a_slow_article_is_skipped_at_the_time_limit(tmp_path: Path) -> None:
    """A real slow article (no monkeypatching): the timer fires, the article is named,
    the quick one is built. Run as a command, so the timer signal has a main thread."""
    (tmp_path / "quick.txt").write_text(SANCTION, encoding="utf-8")
    sentences = "The Commerce Department added Huawei and ZTE to the Entity List. "
    (tmp_path / "slow.txt").write_text(sentences * 4500, encoding="utf-8")  # ~300k chars
    out = tmp_path / "g.ttl"
    proc = subprocess.run(
        [sys.executable, "-m", "kg", "build", str(tmp_path), "-o", str(out), "-q", *LIMIT],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 3, proc.stderr
    assert "Traceback" not in proc.stderr
    skipped = [line for line in proc.stderr.splitlines() if line.startswith("kg: skipped")]
    assert len(skipped) == 1 and "slow.txt" in skipped[0] and "longer than 2 s" in skipped[0]
    assert len(run_named(open_graph(out), "articles").rows) == 1


def test_nothing_readable_exits_1_with_the_first_reason(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02")
    status = main(["build", str(tmp_path), "-o", str(tmp_path / "g.ttl"), "-q"])
    err = capsys.readouterr().err
    assert status == 1 and err.count("\n") == 1
    assert "no article could be built" in err and "binary.txt" in err
    assert not (tmp_path / "g.ttl").exists()
