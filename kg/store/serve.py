"""``kg serve``: a SPARQL 1.1 endpoint over a store, run by the Oxigraph server.

The server is PyPI's ``oxigraph`` command (``oxigraph serve-read-only`` by default,
``oxigraph serve`` when writable), bound to 127.0.0.1 and querying the union of the
named graphs. While it runs, it holds the store's lock: shared when read-only (no
build can write underneath it), exclusive when writable (no build at the same time).

>>> " ".join(server_command(Path("news"), port=7000, writable=False)[1:])
'serve-read-only --location news/oxigraph --bind 127.0.0.1:7000 --union-default-graph'
"""

from __future__ import annotations

import ctypes
import shutil
import signal
import subprocess
import sys
from pathlib import Path

from kg.errors import GraphLoadError, StoreError
from kg.store.oxstore import data_dir, is_store, lock_store, unlock_store


def oxigraph_binary() -> str:
    """The ``oxigraph`` command: beside this Python first (a virtualenv), then PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise StoreError("the oxigraph server is not installed (pip install oxigraph)")
    return found


def server_command(
    store: Path, port: int = 7878, host: str = "127.0.0.1", writable: bool = False
) -> list[str]:
    """The command line that serves ``store``."""
    return [
        oxigraph_binary(),
        "serve" if writable else "serve-read-only",
        "--location",
        str(data_dir(store)),
        "--bind",
        f"{host}:{port}",
        "--union-default-graph",
    ]


def serve(store: Path, port: int = 7878, host: str = "127.0.0.1", writable: bool = False) -> int:
    """Serve ``store`` until the server stops (Ctrl-C); returns its exit status.

    The query endpoint is ``http://HOST:PORT/query`` (and ``/update`` when writable);
    that URL also works as ``--store`` or a ``GRAPH`` argument of other commands.
    """
    if not is_store(store):
        raise GraphLoadError(f"{store}: not a kg store (no {data_dir(store).name}/ folder inside)")
    lock = lock_store(store, exclusive=writable)
    try:
        process = subprocess.Popen(
            server_command(store, port, host, writable), preexec_fn=_die_with_parent
        )
        # SIGTERM (a service manager, a test) stops the server too, not just us.
        previous = signal.signal(signal.SIGTERM, lambda *_: process.terminate())
        try:
            return process.wait()
        except KeyboardInterrupt:
            process.terminate()
            process.wait(timeout=30)
            return 0
        finally:
            signal.signal(signal.SIGTERM, previous)
            if process.poll() is None:
                process.kill()
                process.wait()
    finally:
        unlock_store(lock, writer=writable)


def _die_with_parent() -> None:
    """In the server's process: ask Linux to stop it if ``kg serve`` is killed, so an
    orphaned server never keeps the store."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
