"""The ``kg`` command line: parse, call one library function, print.

Each verb lives in its own module with ``register(subparsers)`` and ``run(args)``.
A :class:`~kg.errors.KGError` becomes one line on stderr and exit status 1; bad
usage exits 2 (argparse's own convention). Every verb's parser is a
:class:`VerbParser`, so options may stand before, between or after its positional
arguments (``kg query GRAPH --format csv QUERY``), as DESIGN.md promises.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kg.errors import KGError

#: Verb modules under ``kg.cli``, in the order ``kg --help`` lists them.
COMMANDS = ("build", "query", "render", "export", "link", "remove", "serve", "evaluate")


class VerbParser(argparse.ArgumentParser):
    """A verb's parser: options and positional arguments in any order.

    Plain argparse fills positionals greedily from the first run of them, so in
    ``GRAPH --format csv QUERY`` an optional ``QUERY`` is taken as missing and the
    query text left over as "unrecognized". Intermixed parsing reads the options
    first and the positionals from what remains.

    >>> p = VerbParser(prog="demo")
    >>> _ = p.add_argument("graph"), p.add_argument("query", nargs="?"), p.add_argument("--fmt")
    >>> vars(p.parse_args(["g.ttl", "--fmt", "csv", "SELECT 1"]))
    {'fmt': 'csv', 'graph': 'g.ttl', 'query': 'SELECT 1'}
    """

    _intermixing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        # The top-level parser calls this for the verb's arguments; the intermixed
        # parse calls it again itself (twice, on Python 3.11), which must be plain.
        if self._intermixing:
            return super().parse_known_args(args, namespace)
        self._intermixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._intermixing = False


def make_parser() -> argparse.ArgumentParser:
    """The top-level parser with one sub-parser per verb.

    >>> parser = make_parser()
    >>> parser.parse_args(["render", "g.ttl", "--output", "g.html"]).command
    'render'
    """
    parser = argparse.ArgumentParser(
        prog="kg",
        description="Build and explore a knowledge graph of companies, governments, "
        "sanctions and technologies from news text.",
    )
    subparsers: Any = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", parser_class=VerbParser
    )
    for name in COMMANDS:
        importlib.import_module(f"kg.cli.{name}").register(subparsers)
    return parser


def one_line(text: str) -> str:
    """``text`` with line breaks and other control characters escaped, so that an
    error naming a file called ``a\\nb.ttl`` still takes one line.

    >>> print(one_line("data/a\\nb.ttl: no such file"))
    data/a\\nb.ttl: no such file
    """
    return "".join(c if c.isprintable() else c.encode("unicode_escape").decode() for c in text)


def nul_argument(args: argparse.Namespace) -> str | None:
    """The first argument whose text holds a NUL byte, which no file name, store or
    query can hold (the operating system refuses such paths), else None.

    >>> nul_argument(argparse.Namespace(store="st\\x00re", inputs=["a.txt"]))
    'st\\x00re'
    >>> nul_argument(argparse.Namespace(store=Path("st"), inputs=["a.txt"])) is None
    True
    """
    for value in vars(args).values():
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, (str, Path)) and "\x00" in str(item):
                return str(item)
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``kg`` with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    parser = make_parser()
    args = parser.parse_args(argv)
    bad = nul_argument(args)
    if bad is not None:  # else open() and mkdir() raise ValueError deep inside a verb
        print(f"kg: {one_line(bad)}: a path or query cannot contain a NUL byte", file=sys.stderr)
        return 1
    try:
        status: int = args.run(args)
    except KGError as err:
        print(f"kg: {one_line(str(err))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("kg: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`kg query ... | head`): stop quietly, as Unix tools do.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
