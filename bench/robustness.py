"""Robustness run (issue 8): every corpus text, as is and transformed the ways users'
files arrive, through the real ``kg build`` command; then the reading commands.

    .venv/bin/python bench/robustness.py                  # ../shared/corpus, 2 workers
    .venv/bin/python bench/robustness.py --limit 10       # the first 10 texts only

Copies made of each text: HTML-wrapped (UTF-8, and Latin-1 with a meta charset),
CRLF line ends, UTF-16 with a BOM, Latin-1 without a declaration, gzip
(``.txt.gz``), all texts concatenated into one JSONL file (and ``.jsonl.gz``), and the
UTF-8 bytes cut in the middle of a character. An input is *expected readable* unless
its bytes are not what it claims and nothing says otherwise (Latin-1 ``.txt`` with
non-ASCII bytes, a cut character); those must be skipped with a reason.

Prints inputs tried, built, skipped (with reasons), crashes (a traceback or an
exit status other than 0/3), and expected-readable articles missing from the graph.
Exits 1 if there was any crash or a readable article is missing.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


def _html(title: str, body: str, charset: str) -> str:
    paragraphs = "\n".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n") if p.strip())
    return (
        f'<!DOCTYPE html>\n<html><head><meta charset="{charset}">'
        f"<title>{html.escape(title)} | Newsroom</title>"
        "<script>var tracking = '<p>not text</p>';</script></head>\n"
        "<body><nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>\n"
        f"<article><h1>{html.escape(title)}</h1>\n{paragraphs}\n</article>\n"
        "<footer>Copyright. All rights reserved.</footer></body></html>\n"
    )


def _cut_mid_character(data: bytes) -> bytes | None:
    """The bytes cut after the first byte of their last multi-byte character."""
    for i in range(len(data) - 1, -1, -1):
        if data[i] >= 0xC2 and data[i] < 0xF5:  # a UTF-8 lead byte
            return data[: i + 1]
    return None


def make_inputs(corpus: Path, work: Path, limit: int | None) -> dict[str, bool]:
    """Write the copies; return {article id: expected readable}."""
    texts = sorted(corpus.glob("*.txt"))[:limit]
    expected: dict[str, bool] = {}
    jsonl_lines: list[str] = []
    for path in texts:
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        stem = path.stem
        header, _, body = text.partition("\n\n") if text.startswith("title:") else ("", "", text)
        title = re.search(r"^title: (.*)$", header, re.M)
        name = title.group(1) if title else stem

        def put(folder: str, suffix: str, data: bytes, readable: bool, stem: str = stem) -> None:
            target = work / folder / f"{stem}{suffix}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            expected[f"{folder}-{stem}"] = readable

        put("original", ".txt", raw, True)
        put("html", ".html", _html(name, body, "utf-8").encode("utf-8"), True)
        put("crlf", ".txt", text.replace("\n", "\r\n").encode("utf-8"), True)
        put("utf16", ".txt", text.encode("utf-16"), True)  # Python writes the BOM
        latin = text.encode("latin-1", errors="replace")
        put("latin1", ".txt", latin, latin.isascii())  # no declaration: not UTF-8
        put(
            "latin1_html",
            ".html",
            _html(name, body, "iso-8859-1").encode("latin-1", errors="replace"),
            True,
        )
        put("gzip", ".txt.gz", gzip.compress(raw), True)
        cut = _cut_mid_character(raw)
        put("truncated", ".txt", cut if cut else raw[: len(raw) // 2], cut is None)
        jsonl_lines.append(json.dumps({"id": stem, "title": name, "text": body}))
    # one JSONL file of every text, plain and gzip-compressed; ids as the lines give them
    for folder, prefix, pack in (("jsonl", "jl-", bytes), ("jsonl_gz", "jlgz-", gzip.compress)):
        lines = [line.replace('"id": "', f'"id": "{prefix}', 1) for line in jsonl_lines]
        (work / folder).mkdir()
        suffix = ".jsonl.gz" if folder == "jsonl_gz" else ".jsonl"
        (work / folder / f"all{suffix}").write_bytes(pack(("\n".join(lines) + "\n").encode()))
        for path in texts:
            expected[f"{prefix}{path.stem}"] = True
    return expected


def run(argv: list[str], timeout: float = 3600) -> tuple[int, str, str, float]:
    start = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *argv],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return proc.returncode, proc.stdout, proc.stderr, time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="use the first N texts")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not args.corpus.is_dir():
        print(f"no corpus at {args.corpus}", file=sys.stderr)
        return 1

    work = Path(tempfile.mkdtemp(prefix="kg-robust-"))
    inputs = work / "inputs"
    expected = make_inputs(args.corpus, inputs, args.limit)
    graph = work / "graph.trig"
    status, out, err, seconds = run(
        ["build", str(inputs), "-o", str(graph), "--workers", str(args.workers), "--json"]
    )
    crashes: list[str] = []
    if "Traceback" in err or status not in (0, 3):
        crashes.append(f"kg build: exit {status}: {err.strip().splitlines()[-1:]}")
    summary = json.loads(out) if out.strip().startswith("{") else {}

    # Which expected articles are in the graph: ask the graph, as a user would.
    status_q, ids_out, err_q, _ = run(
        ["query", str(graph), "SELECT ?a WHERE { ?a a kg:Article }", "--format", "csv"]
    )
    if "Traceback" in err_q or status_q != 0:
        crashes.append(f"kg query: exit {status_q}: {err_q.strip()[-300:]}")
    present = {line.rsplit("/", 1)[-1].strip() for line in ids_out.splitlines()[1:]}
    present = {p.split("#")[0] for p in present}

    missing = sorted(k for k, readable in expected.items() if readable and k not in present)
    unexpected = sorted(k for k, readable in expected.items() if not readable and k in present)

    # The reading commands over the result must not crash either.
    for argv in (
        ["query", str(graph), "sanctions"],
        ["render", str(graph), "-o", str(work / "g.html")],
        ["export", str(graph), "-o", str(work / "g.graphml")],
    ):
        code, _, e, _ = run(argv)
        if "Traceback" in e or code != 0:
            crashes.append(f"kg {argv[0]}: exit {code}: {e.strip()[-300:]}")

    problems: list[str] = summary.get("problems", [])  # type: ignore[assignment]
    reasons = Counter(
        Path(p.split(": ", 1)[0]).parent.name
        + ": "
        + re.sub(r"byte 0x\w+ at offset \d+", "byte …", p.split(": ", 1)[-1])
        for p in problems
    )
    by_copy = Counter(k.split("-")[0] for k in expected)
    files = sum(1 for p in inputs.rglob("*") if p.is_file())
    print(f"corpus: {args.corpus} ({by_copy['original']} texts), work folder {work}")
    print(f"inputs tried: {files} files holding {len(expected)} articles")
    print("  copies: " + ", ".join(f"{k} {v}" for k, v in sorted(by_copy.items())))
    print(f"kg build: exit {status} in {seconds:.0f} s, {summary.get('articles')} articles built")
    print(f"skipped: {len(problems)}")
    for reason, n in reasons.most_common():
        print(f"  {n:4d} x {reason}")
    print(f"expected readable but missing from the graph: {len(missing)} {missing[:10]}")
    print(f"expected skipped but built: {len(unexpected)} {unexpected[:10]}")
    print(f"crashes (traceback or exit not 0/3): {len(crashes)}")
    for crash in crashes:
        print(f"  {crash}")
    return 1 if crashes or missing else 0


if __name__ == "__main__":
    sys.exit(main())
