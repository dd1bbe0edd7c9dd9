"""``kg serve STORE``: a SPARQL 1.1 endpoint over a store (the Oxigraph server)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any


def register(subparsers: Any) -> None:
    """Add the ``serve`` verb."""
    parser = subparsers.add_parser(
        "serve",
        help="serve a store as a SPARQL endpoint (read-only unless --writable)",
        description="Serve a store folder as a SPARQL 1.1 endpoint with the Oxigraph "
        "server. Queries see the union of the article graphs. Ctrl-C stops it.",
    )
    parser.add_argument("store", metavar="STORE", type=Path, help="store folder")
    parser.add_argument("--port", type=_port, default=7878, help="port (default 7878)")
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)"
    )
    parser.add_argument(
        "--writable", action="store_true", help="also accept SPARQL updates at /update"
    )
    parser.set_defaults(run=run)


def _port(value: str) -> int:
    # checked here: the Oxigraph server answers a bad port with a Rust backtrace
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a port number: {value!r}") from None
    if not 0 < port < 65536:
        raise argparse.ArgumentTypeError(f"a port is 1 to 65535, not {port}")
    return port


def run(args: argparse.Namespace) -> int:
    """Run the server until it stops."""
    from kg.store.serve import serve

    mode = "read-write" if args.writable else "read-only"
    print(
        f"kg: serving {args.store} ({mode}) at http://{args.host}:{args.port}/query; Ctrl-C stops",
        file=sys.stderr,
    )
    return serve(args.store, port=args.port, host=args.host, writable=args.writable)
