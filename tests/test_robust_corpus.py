"""The robustness run (``bench/robustness.py``) on a few corpus texts: every form of
each text (HTML, CRLF, UTF-16, Latin-1, gzip, JSONL, cut mid-character) through the
real ``kg build``, ``query``, ``render`` and ``export``: no crash, and every readable
article in the graph. The full run over the whole corpus is in docs/robustness.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "robustness.py"


@pytest.mark.slow
@pytest.mark.shared
@pytest.mark.model
def test_transformed_corpus_texts_build_without_crash_or_loss(corpus_dir: Path) -> None:
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--corpus", str(corpus_dir), "--limit", "3", "--workers", "1"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    out = proc.stdout
    assert proc.returncode == 0, out + proc.stderr
    assert "files holding 30 articles" in out  # 3 texts x 10 forms
    assert "missing from the graph: 0 " in out and "expected skipped but built: 0 " in out
    assert "crashes (traceback or exit not 0/3): 0" in out
