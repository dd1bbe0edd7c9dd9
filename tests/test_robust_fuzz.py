"""Generated inputs for every entry point that takes outside input (issue 8).

Whatever a user feeds ``kg`` (arbitrary Unicode text, money and date wordings, query
parameters, damaged graph files, folders that are not stores, any command line), the
result is a value or a one-line :class:`~kg.errors.KGError` (exit 1 on the command
line, 2 for bad usage, 3 for a build that skipped articles), never an uncaught
exception or a traceback.

Each property counts the inputs it was given and fails unless it got its minimum;
the minimums add up to at least :data:`MIN_TOTAL` (``tests/test_ingest_fuzz.py`` adds
its own on top). Run with ``-s`` to see each property's count.
"""

from __future__ import annotations

import contextlib
import functools
import io
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Literal
from spacy.language import Language

from kg.build import BuildSummary, build, write_into
from kg.cli import main
from kg.errors import GraphLoadError, KGError, QueryError, StoreError
from kg.extract.normalize import parse_date, parse_money
from kg.extract.parallel import extract_batch
from kg.ingest import iter_articles
from kg.ingest.meta import split_header
from kg.model import Article
from kg.store.filesink import FileSink
from kg.store.formats import write_dataset
from kg.store.load import open_graph
from kg.store.query import bind_params, named_queries, run_named, run_query, sparql_string

#: Generated inputs the whole group must have tried.
MIN_TOTAL = 10_000
COUNTS: Counter[str] = Counter()
#: Properties that count, and the fewest inputs each must get.
EXPECTED: dict[str, int] = {}

SANCTION_TEXT = (
    "The Treasury Department sanctioned Huawei Technologies in May 2021. "
    "ZTE paid a $1.2 billion fine to the Commerce Department. "
    "SenseTime develops facial recognition for the Chinese government."
)


def at_least(minimum: int) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Fail the test unless hypothesis gave it ``minimum`` inputs or more (counted by
    :func:`counted`, which goes under ``@given``)."""

    def wrap(test: Callable[..., None]) -> Callable[..., None]:
        EXPECTED[test.__name__] = minimum

        @functools.wraps(test)
        def run(*args: Any, **kwargs: Any) -> None:
            before = COUNTS[test.__name__]
            test(*args, **kwargs)
            tried = COUNTS[test.__name__] - before
            assert tried >= minimum, f"only {tried} generated inputs, expected {minimum}"
            print(f"{test.__name__}: {tried:,} generated inputs")

        return run

    return wrap


def counted(test: Callable[..., None]) -> Callable[..., None]:
    """Count every input hypothesis passes to the test."""

    @functools.wraps(test)
    def inner(*args: Any, **kwargs: Any) -> None:
        COUNTS[test.__name__] += 1
        test(*args, **kwargs)

    return inner


def one_line_error(err: BaseException) -> None:
    """A user-facing error: a KGError whose message is one non-empty line."""
    assert isinstance(err, KGError), f"{type(err).__name__}: {err}"
    message = str(err)
    assert message.strip() and "\n" not in message, repr(message)
    assert "Traceback" not in message


# ----------------------------------------------------------------- shared inputs


@pytest.fixture(scope="module")
def graphs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A real small graph in every RDF format, a store, a folder of articles."""
    root = tmp_path_factory.mktemp("robust")
    articles = root / "articles"
    articles.mkdir()
    (articles / "a.txt").write_text(SANCTION_TEXT, encoding="utf-8")
    (articles / "b.md").write_text("# ZTE\n\nZTE sells 5G gear to Iran.\n", encoding="utf-8")
    trig = root / "g.trig"
    build([articles], output=trig)
    dataset = open_graph(trig)
    paths = {"articles": articles, "trig": trig}
    for suffix in (".ttl", ".nq", ".nt", ".jsonld"):
        path = root / f"g{suffix}"
        write_dataset(dataset, path)
        paths[suffix] = path
    paths[".trig"] = trig
    store = root / "store"
    build([articles], store=store)
    paths["store"] = store
    not_store = root / "not_a_store"
    not_store.mkdir()
    (not_store / "notes.txt").write_text("hello", encoding="utf-8")
    paths["not_store"] = not_store
    gold = root / "eval" / "g.gold.jsonl"
    gold.parent.mkdir()
    (root / "corpus").mkdir()
    (root / "corpus" / "a.txt").write_text(SANCTION_TEXT, encoding="utf-8")
    gold.write_text(
        '{"doc": "corpus/a.txt", "entities": [{"id": "e1", "name": "Huawei", '
        '"type": "Company"}, {"id": "e2", "name": "Treasury Department", '
        '"type": "Government"}], "facts": [{"s": "e2", "p": "sanctions", "o": "e1", '
        '"kind": "Designation"}]}\n',
        encoding="utf-8",
    )
    paths["gold"] = gold
    bad_gold = root / "eval" / "bad.gold.jsonl"
    bad_gold.write_text('{"doc": 3}\n[1, 2]\n{"doc": "corpus/none.txt"}\n', encoding="utf-8")
    paths["bad_gold"] = bad_gold
    query_file = root / "q.rq"
    query_file.write_text("SELECT ?s WHERE { ?s a kg:Company }\n", encoding="utf-8")
    paths["rq"] = query_file
    bad_query = root / "bad.rq"
    bad_query.write_bytes(b"SELECT \xff WHERE {")
    paths["bad_rq"] = bad_query
    paths["root"] = root
    return paths


# --------------------------------------------------- amount and date normalisation

_digits = st.text("0123456789,.", min_size=1, max_size=40)
money_text = st.one_of(
    st.text(max_size=60),
    st.builds(
        lambda sym, num, scale, word: f"{sym}{num}{scale}{word}",
        st.sampled_from(["", "$", "US$", "€", "£", "¥", "USD ", "-"]),
        _digits,
        st.sampled_from(["", " million", " bn", "m", " trillion", "k", " billion billion"]),
        st.sampled_from(["", " dollars", " euros", " yuan", " yen", " pounds", " RMB"]),
    ),
)


@at_least(3000)
@settings(max_examples=3000, deadline=None)
@given(money_text)
@example("$1" + "0" * 40)  # regression: 29+ digits overflowed Decimal's context
@example("$123456789012345678901234567890 billion")
@counted
def test_money_is_an_amount_or_none(text: str) -> None:
    result = parse_money(text)
    if result is not None:
        value, currency = result
        assert isinstance(value, Decimal) and value.is_finite() and value >= 0
        assert currency in {None, "USD", "EUR", "GBP", "CNY", "JPY"}
        Literal(value)  # and the graph can hold it


@at_least(300)
@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=0, max_value=10**15))
@counted
def test_written_amounts_read_back_exactly(amount: int) -> None:
    assert parse_money(f"${amount:,}") == (Decimal(amount), "USD")


_month = st.sampled_from(
    ["January", "Feb.", "march", "Apr", "May", "June", "Sept.", "Dec", "Foo", ""]
)
date_text = st.one_of(
    st.text(max_size=40),
    st.builds(
        lambda m, d, y: f"{m} {d}, {y}",
        _month,
        st.integers(min_value=-1, max_value=40),
        st.integers(min_value=1700, max_value=2100),
    ),
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}",
        st.integers(min_value=0, max_value=9999),
        st.integers(min_value=0, max_value=99),
        st.integers(min_value=0, max_value=99),
    ),
    st.builds(lambda y, m: f"{y:04d}-{m:02d}", st.integers(0, 9999), st.integers(0, 99)),
)


@at_least(3000)
@settings(max_examples=3000, deadline=None)
@given(date_text)
@example("2021-99-99")  # regression: impossible dates came back as they were
@example("February 30, 2021")
@counted
def test_dates_are_real_calendar_dates_or_none(text: str) -> None:
    result = parse_date(text)
    if result is not None:
        import datetime

        parts = [int(p) for p in result.split("-")]
        assert len(result.split("-")[0]) == 4 and 1 <= len(parts) <= 3
        datetime.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))


# ------------------------------------------------------------- the header parser


@at_least(1000)
@settings(max_examples=1000, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(
                ["---", "title: ", "date: ", "source: ", "license: ", "Title:", "\n", "\r\n"]
            ),
            st.text(max_size=30),
        ),
        max_size=12,
    ).map("".join)
)
@counted
def test_header_parser_keeps_known_keys_and_the_body(text: str) -> None:
    meta, body = split_header(text)
    assert set(meta) <= {"title", "date", "source", "license"}
    assert all(isinstance(v, str) for v in meta.values())
    assert isinstance(body, str) and len(body) <= len(text)


# --------------------------------------------------------- named-query parameters

_values = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            '" } DROP ALL #',
            "') } ; DELETE WHERE { ?s ?p ?o } #",
            '\\" . } } UNION { ?s ?p ?o',
            '"""',
            "\\u0022 }",
            "\n} SELECT * WHERE { ?s ?p ?o",
            "<http://x> }",
            "\ud800",
            "$x ?y",
        ]
    ),
)


@at_least(1500)
@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(value=_values)
@example(value="\\u0022 }")  # rdflib's engine reads \u escapes inside strings first
@example(value="\\U0000")
@counted
def test_a_parameter_value_is_one_literal_and_comes_back_unchanged(
    graphs: dict[str, Path], value: str
) -> None:
    """Whatever the value, the query differs from a benign one only by the literal,
    and the literal decodes to exactly the value on the graphs ``kg`` opens."""
    query = "SELECT ?v WHERE { ?s ?p ?o }"
    bound = bind_params(query, {"v": value})
    assert bound == bind_params(query, {"v": "x"}).replace('"x"', sparql_string(value), 1)
    literal = sparql_string(value)
    assert literal.count("\n") == 0 and literal[0] == literal[-1] == '"'
    try:
        result = run_query(_open_once(str(graphs["trig"])), "SELECT ?v WHERE { }", {"v": value})
    except QueryError as err:  # a lone surrogate is not a character SPARQL allows
        assert re.search("[\ud800-\udfff]", value), err
        one_line_error(err)
        return
    assert result.vars == ["v"] and [str(row[0]) for row in result.rows] == [value]
    # rdflib's own engine (a plain Graph from the API) expands \u escapes before it
    # reads strings, so such a value may come back altered, or fail in one line; a
    # literal's backslashes are doubled, so the shape still cannot change: one row.
    from rdflib import Graph

    try:
        plain = run_query(Graph(), "SELECT ?v WHERE { }", {"v": value})
    except QueryError as err:
        one_line_error(err)
        return
    assert plain.vars == ["v"] and len(plain.rows) == 1


@at_least(600)
@settings(
    max_examples=600,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(st.data())
@counted
def test_named_queries_keep_their_shape_whatever_the_parameters(
    graphs: dict[str, Path], data: st.DataObject
) -> None:
    graph = _open_once(str(graphs["trig"]))
    queries = named_queries()
    name = data.draw(st.sampled_from(sorted(queries)))
    declared = list(queries[name].params)
    names = st.sampled_from([*declared, "nope", "x y", ""]) if declared else st.just("nope")
    params = data.draw(st.dictionaries(names, _values, max_size=3))
    try:
        result = run_named(graph, name, params)
    except QueryError as err:
        one_line_error(err)
        return
    baseline = _baseline(str(graphs["trig"]), name)
    assert result.kind == baseline.kind and result.vars == baseline.vars


@functools.lru_cache(maxsize=4)
def _open_once(path: str) -> Any:
    return open_graph(path)


@functools.lru_cache(maxsize=16)
def _baseline(path: str, name: str) -> Any:
    params = {p: "x" for p, h in named_queries()[name].params.items() if h.startswith("required")}
    return run_named(_open_once(path), name, params)


# ------------------------------------------------------- graph and store loading


@at_least(1500)
@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    suffix=st.sampled_from([".ttl", ".trig", ".nq", ".nt", ".jsonld"]),
    source=st.sampled_from([".ttl", ".trig", ".nq", ".nt", ".jsonld"]),
    how=st.sampled_from(["truncate", "splice", "flip", "noise", "empty", "utf16"]),
    at=st.floats(min_value=0, max_value=1),
    junk=st.binary(max_size=12),
)
@counted
def test_damaged_graph_files_load_or_fail_in_one_line(
    graphs: dict[str, Path], suffix: str, source: str, how: str, at: float, junk: bytes
) -> None:
    data = graphs[source].read_bytes()
    cut = int(len(data) * at)
    if how == "truncate":
        data = data[:cut]
    elif how == "splice":
        data = data[:cut] + junk + data[cut:]
    elif how == "flip" and data:
        data = data[:cut] + bytes([data[min(cut, len(data) - 1)] ^ 0xA5]) + data[cut + 1 :]
    elif how == "noise":
        data = junk * 50
    elif how == "empty":
        data = b""
    else:
        data = data.decode("utf-8").encode("utf-16")
    path = graphs["root"] / f"damaged{suffix}"
    path.write_bytes(data)
    try:
        dataset = open_graph(path)
        run_query(dataset, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    except KGError as err:
        one_line_error(err)
        assert str(path) in str(err)


@at_least(200)
@settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["oxigraph", "CURRENT", "kg.lock", "x", "oxigraph/CURRENT", "d/e"]),
            st.binary(max_size=40),
        ),
        max_size=4,
    )
)
@counted
def test_a_folder_that_is_not_a_store_fails_in_one_line(
    graphs: dict[str, Path], files: list[tuple[str, bytes]]
) -> None:
    folder = (
        graphs["root"] / f"notstore{COUNTS['test_a_folder_that_is_not_a_store_fails_in_one_line']}"
    )
    folder.mkdir()
    for name, content in files:
        target = folder / name
        with contextlib.suppress(OSError):  # "d" a file, then "d/e": not a folder
            target.parent.mkdir(parents=True, exist_ok=True)
            if not target.is_dir():
                target.write_bytes(content)
    try:
        dataset = open_graph(folder)
        run_query(dataset, "ASK { ?s ?p ?o }")
    except (GraphLoadError, StoreError, QueryError) as err:
        one_line_error(err)


# ------------------------------------------------------------------ command lines

_VERBS = ["build", "query", "render", "export", "remove", "evaluate", "nosuchverb", ""]
_OPTIONS = [
    "--output", "-o", "--store", "--format", "--param", "--file", "--list", "--focus",
    "--hops", "--classes", "--properties", "--since", "--until", "--min-confidence",
    "--max-nodes", "--title", "--gold", "--carb", "--root", "--errors", "--json",
    "--write", "--sanctions", "--workers", "--max-article-bytes", "--time-limit", "-q",
    "--quiet", "--help", "-h", "--", "--encoding",
]  # fmt: skip
_VALUES = [
    "0", "1", "-1", "nan", "inf", "1e308", "2021-02-30", "2021", "x=1", "=", "name=ZTE",
    "latin-1", "utf-16-le", "rot13",
    "Company,Nope", "imposedBy", "table", "csv", "json", "nodes", "edges", "sanctions",
    "entities", "evidence", "SELECT * WHERE { ?s ?p ?o }", "DROP ALL", "ASK {}",
    "out.html", "out.ttl", "out.trig", "out.xlsx", "out.csv", "out.graphml", "new_store",
    "\x00", "\ud800", "é", " ", "", "/proc/kg/out.ttl", "/proc/kg/store", "http://[::1",
]  # fmt: skip
_PATHS = ["trig", ".ttl", ".nq", ".jsonld", "store", "not_store", "articles", "gold",
          "bad_gold", "rq", "bad_rq"]  # fmt: skip


@contextlib.contextmanager
def _in(folder: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _run_cli(argv: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = main(argv)
        except SystemExit as exit_:  # argparse: usage errors and --help
            status = exit_.code if isinstance(exit_.code, int) else 2
    return status, out.getvalue(), err.getvalue()


@at_least(1500)
@settings(
    max_examples=1500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(st.data())
@counted
def test_any_command_line_exits_0_1_2_or_3_without_a_traceback(
    graphs: dict[str, Path], data: st.DataObject
) -> None:
    token = st.one_of(
        st.sampled_from(_OPTIONS),
        st.sampled_from(_VALUES),
        st.sampled_from(_PATHS).map(lambda key: str(graphs[key])),
        st.text(st.characters(exclude_characters="/\\"), max_size=12).filter(
            lambda t: ".." not in t
        ),
    )
    verb = data.draw(st.sampled_from(_VERBS))
    argv = [verb, *data.draw(st.lists(token, max_size=7))] if verb else []
    _check_cli(argv, graphs)


@pytest.mark.parametrize(
    "extra",
    [
        ["--time-limit", "nan"],  # regression: setitimer raised ValueError
        ["--time-limit", "inf"],  # regression: setitimer raised OverflowError
        ["--time-limit", "1e308", "-q"],
        ["--workers", "1", "--max-article-bytes", "1", "-q"],
    ],
)
def test_build_options_that_crashed(graphs: dict[str, Path], extra: list[str]) -> None:
    _check_cli(["build", str(graphs["articles"]), "-o", "t.ttl", *extra], graphs)


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["--port", "99999"], 2),  # regression: the server printed a Rust backtrace
        (["--port", "-5"], 2),
        (["--port", "x"], 2),
    ],
)
def test_serve_refuses_bad_ports_and_non_stores_at_once(
    graphs: dict[str, Path], args: list[str], status: int
) -> None:
    """``serve`` is left out of the command-line property (a good call blocks); its
    bad calls must fail at once, without starting a server."""
    assert _run_cli(["serve", str(graphs["store"]), *args])[0] == status
    code, _, err = _run_cli(["serve", str(graphs["not_store"])])
    assert code == 1 and "not a kg store" in err and "Traceback" not in err


@pytest.mark.parametrize(
    "argv",
    [
        ["query", "{trig}", "\ud800"],  # regression: UnicodeEncodeError from Oxigraph
        ["query", "{trig}", "sanctions", "--param", "target=\ud800"],
    ],
)
def test_queries_that_are_not_unicode_fail_in_one_line(
    graphs: dict[str, Path], argv: list[str]
) -> None:
    argv = [a.format(trig=graphs["trig"]) for a in argv]
    status, _, err = _run_cli(argv)
    assert status == 1 and "not valid Unicode" in err and err.count("\n") == 1, err


@pytest.mark.parametrize(
    "url",
    [
        "http://[::1",  # regression: ValueError from urlsplit
        "http://127.0.0.1:99999/",  # regression: ValueError for the port
        "https://x y/",  # regression: http.client.InvalidURL
        "http://a\x01b/",
        "http://127.0.0.1:1/query",  # nothing listens there (loopback)
    ],
)
def test_bad_endpoint_urls_fail_in_one_line(graphs: dict[str, Path], url: str) -> None:
    for argv in (
        ["query", url, "sanctions"],
        ["export", url, "-o", "x.ttl"],
        ["build", str(graphs["articles"]), "--store", url, "-q"],
    ):
        status, _, err = _run_cli(argv)
        assert status == 1 and err.startswith("kg: ") and err.count("\n") == 1, (argv, err)


def test_a_store_that_cannot_be_created_fails_in_one_line(graphs: dict[str, Path]) -> None:
    # regression: FileNotFoundError from mkdir (the same for a read-only disk)
    status, _, err = _run_cli(["build", str(graphs["articles"]), "--store", "/proc/kg/x", "-q"])
    assert status == 1 and "cannot create the store" in err and err.count("\n") == 1


def _check_cli(argv: list[str], graphs: dict[str, Path]) -> None:
    work = graphs["root"] / "cwd"
    work.mkdir(exist_ok=True)
    with _in(work):
        status, out, err = _run_cli(argv)
    assert status in (0, 1, 2, 3), (argv, status, err)
    assert "Traceback" not in out + err, (argv, err)
    if status == 1:  # a reason, on a line of its own
        assert any(line.startswith("kg: ") for line in err.split("\n")), (argv, err)
    # no control character breaks kg's lines in two (a file name may hold any);
    # argparse's usage errors (exit 2) echo arguments as given
    assert status == 2 or not re.search("[\x00-\x09\x0b-\x1f\x7f\x85\u2028\u2029]", err), (
        argv,
        err,
    )


# ------------------------------------------- extraction on arbitrary Unicode text

_fragments = st.sampled_from(
    [
        "\u202e", "\u200f", "\u200e", "\u061c", "\u2066", "\u200d", "\ufeff", "\u00ad",
        "😀", "👩‍💻", "🇨🇳", "\x00", "\x07", "\x1b[31m", "\r", "\t", "\u2028", "\u0301",
        "Huawei", " sanctioned ", "the Treasury", " ZTE ", "$2 billion", "in May 2021",
        "—", "...", "!!!", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
        "中国政府", " . ", "Mr.", "U.S.", "(", ")", '"', "'s", "\n\n", "https://x.y/z?q=1",
    ]
)  # fmt: skip
unicode_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.one_of(_fragments, st.text(max_size=8)), max_size=40).map("".join),
)


def _extract_and_write(text: str, folder: Path) -> None:
    """Extract ``text``, write the graph, read it back: no article may be lost."""
    article = Article(id="fuzz", text=text, title=text[:20] or None)
    sink = FileSink(folder / "fuzz.trig")
    summary = BuildSummary(target="fuzz")
    try:
        write_into(sink, [article], summary, limits=None)
    except KGError as err:  # only "nothing built", and then a problem says why
        one_line_error(err)
    assert summary.problems == [], summary.problems  # extraction never fails on text
    assert summary.articles == 1
    sink.close()
    dataset = open_graph(folder / "fuzz.trig")
    found = run_named(dataset, "articles")
    assert len(found.rows) == 1


@pytest.mark.model
@at_least(500)
@settings(
    max_examples=500,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(unicode_text)
@counted
def test_any_text_extracts_and_round_trips_through_a_graph_file(
    graphs: dict[str, Path], text: str
) -> None:
    _extract_and_write(text, graphs["root"])


@pytest.mark.model
@at_least(100)
@settings(max_examples=100, deadline=None)
@given(
    st.lists(
        st.one_of(unicode_text, st.just("Huawei \ud800 ZTE"), st.just("\udfff")),
        min_size=1,
        max_size=6,
    )
)
@example(["The Treasury sanctioned Huawei.", "ZTE \ud800", "Huawei makes phones."])
@counted
def test_one_bad_text_in_a_batch_fails_alone(texts: list[str]) -> None:
    """Regression: a text that breaks the parser (a lone surrogate, possible from the
    API) failed every article before it in its ``nlp.pipe`` batch."""
    articles = [Article(id=f"a{i}", text=t) for i, t in enumerate(texts)]
    results = extract_batch(articles, time_limit_s=None)
    assert [r.article.id for r in results] == [a.id for a in articles]
    for text, result in zip(texts, results, strict=True):
        bad = re.search("[\ud800-\udfff]", text) is not None
        assert bool(result.errors) == bad, (text, result.errors)


@pytest.mark.model
@pytest.mark.slow
@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Huawei sells 5G gear to the Treasury and " * 2500, id="100k-sentence"),
        pytest.param("word " * 20000, id="no-sentence-boundaries"),
        pytest.param("!?.,;:" * 5000, id="only-punctuation"),  # regression: 330 s
        pytest.param("x" * 100_000, id="one-100k-token"),
        pytest.param("\u202eHuawei\u200f sanctioned ZTE. 😀🇨🇳\x00\x1b " * 400, id="rtl-emoji"),
    ],
)
def test_pathological_texts_cost_about_one_parse(
    nlp: Language, graphs: dict[str, Path], text: str
) -> None:
    """kg's work on a pathological text stays near the cost of parsing it: a pass that
    turns quadratic (the punctuation case once took 330 s) shows as a ratio to the parse
    of the same text, taken in this test in CPU seconds, which machine load barely moves.
    Measured ratios are 0.97-1.5; the constant absorbs the store's fixed cost."""
    import time

    start = time.process_time()
    list(nlp.pipe([text]))
    parse = time.process_time() - start
    start = time.process_time()
    _extract_and_write(text, graphs["root"])
    build = time.process_time() - start
    assert build <= 3 * parse + 2.0, (build, parse)


# ---------------------------------------------- ingest of folders as users have them


@at_least(300)
@settings(
    max_examples=300,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    st.lists(
        st.tuples(
            st.text(st.characters(exclude_characters="/\\\x00"), min_size=1, max_size=12),
            st.sampled_from([".txt", ".md", ".html", ".jsonl", ".TXT", ".htm", ".gz", ""]),
            st.binary(max_size=60),
        ),
        max_size=5,
    )
)
@counted
def test_any_folder_gives_articles_or_one_line_problems(
    graphs: dict[str, Path], files: list[tuple[str, str, bytes]]
) -> None:
    n = COUNTS["test_any_folder_gives_articles_or_one_line_problems"]
    folder = graphs["root"] / f"folder{n}"
    folder.mkdir()
    for name, suffix, content in files:
        # file names are bytes on Linux, not always UTF-8: write them as such
        raw = os.fsencode(folder) + b"/" + f"{name}{suffix}".encode("utf-8", "surrogatepass")
        try:
            with open(raw, "wb") as handle:
                handle.write(content)
        except OSError:  # a name the file system refuses (too long, "." or "..")
            continue
    ids = set()
    for item in iter_articles([folder], max_bytes=1000):
        if isinstance(item, Article):
            assert item.id not in ids
            ids.add(item.id)
        else:  # the path is the user's (it may hold a line break); the reason is ours
            assert isinstance(item, KGError) and item.reason.strip() and "\n" not in item.reason


# ----------------------------------------------------------------------- the total


def test_the_group_asks_for_at_least_10000_generated_inputs() -> None:
    """Each property above fails unless it got its minimum of inputs (it measures
    them), so when the group passes it tried at least the sum of the minimums."""
    total = sum(EXPECTED.values())
    assert total >= MIN_TOTAL, total
    print(f"\nat least {total:,} generated inputs over {len(EXPECTED)} properties")


@pytest.mark.parametrize(
    "argv",
    [
        ["build", "{articles}", "--store", "st\x00re"],  # regression: ValueError from mkdir
        ["build", "{articles}", "-o", "out\x00.ttl"],  # regression: ValueError from mkstemp
        ["query", "{trig}", "SELECT\x00"],
    ],
)
def test_a_nul_byte_in_any_argument_fails_in_one_line(
    graphs: dict[str, Path], argv: list[str]
) -> None:
    filled = [a.format(articles=graphs["articles"], trig=graphs["trig"]) for a in argv]
    code, _, err = _run_cli(filled)
    assert code == 1 and "NUL byte" in err and err.count("\n") == 1
