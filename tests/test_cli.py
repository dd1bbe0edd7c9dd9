"""The command line as a whole: help, and a reader that goes away."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.cli import COMMANDS, make_parser


def test_every_verb_is_registered_and_documented() -> None:
    help_text = make_parser().format_help()
    for verb in COMMANDS:
        assert verb in help_text


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    graph = tmp_path / "g.ttl"
    graph.write_text(
        "@prefix kg: <https://w3id.org/kg-news/ontology#> .\n"
        "<https://w3id.org/kg-news/id/entity/zte> a kg:Company .\n",
        encoding="utf-8",
    )
    for _ in range(3):  # the race between writer and reader differs run to run
        proc = subprocess.Popen(
            [sys.executable, "-m", "kg", "query", str(graph), "--list"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # as `| head -0` would
        err = proc.stderr.read().decode()
        proc.wait(timeout=60)
        assert "Traceback" not in err
        assert proc.returncode in (0, 141)
