from __future__ import annotations

import signal
import sys
import time
from pathlib import Path
from typing import Annotated

import typer

from ..errors import UsageError
from ..graph.store import close_store, is_on_disk, open_store, stamped_quads, store_path
from ..serve import DEFAULT_WORKERS, make_server
from .common import cli_errors, err


def serve_cli(
    graph: Annotated[Path, typer.Argument(
        help="A graph file (.trig, .ttl...) or a build output folder (its store/ is served read-only when fresh).")],
    host: Annotated[str, typer.Option(help="Address to listen on; the default answers this machine only.")] = (
        "127.0.0.1"),
    port: Annotated[int, typer.Option(help="Port to listen on; 0 picks a free one.", min=0, max=65535)] = 8000,
    allow_updates: Annotated[bool, typer.Option(
        "--allow-updates",
        help="Accept SPARQL Update (from this machine's pages only). Changes go to a temporary copy of the "
             "graph: the graph file and the store are never written. Queries then run one at a time.")] = False,
    allow_load: Annotated[bool, typer.Option(
        "--allow-load",
        help="With --allow-updates, let LOAD fetch from other machines (without it, only from 127.0.0.1).")] = False,
    timeout: Annotated[float, typer.Option(
        help="Seconds a query may take (and may wait for a free worker) before it is answered 503; a query "
             "still running then is stopped.")] = 10.0,
    max_results: Annotated[int, typer.Option(
        help="Result rows (or triples) sent at most; more are cut and flagged with X-Kg-Truncated.", min=1)] = 10000,
    workers: Annotated[int, typer.Option(
        help="Queries evaluated at once, each in a worker process of its own (started when needed).",
        min=1)] = DEFAULT_WORKERS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Do not log each request on stderr.")] = False,
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint (read-only unless --allow-updates); Ctrl-C stops it."""
    with cli_errors():
        if allow_load and not allow_updates:
            raise UsageError("--allow-load needs --allow-updates")
        # Updates need a store that can change: a temporary copy. The build's store is opened
        # read-only, by us (whose shared lock keeps a build from writing it) and by each worker.
        store = open_store(graph, in_memory=allow_updates)
        on_disk = is_on_disk(store)
        # Counting the quads of an on-disk store scans it; its stamp has the number already.
        quads = (stamped_quads(graph) if on_disk else None) or len(store)
        try:
            server = make_server(store, host, port, allow_updates=allow_updates, allow_load=allow_load,
                                 timeout=timeout, max_results=max_results, max_workers=workers, quiet=quiet,
                                 location=store_path(graph) if on_disk else None, quads=quads)
        except BaseException:
            close_store(store)
            raise
    stopping: list[int] = []

    def on_signal(signum, frame) -> None:
        stopping.append(signum)  # only a flag: the main loop below does the shutting down

    previous = {sig: signal.signal(sig, on_signal) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        server.start()
        mode = "updates allowed, to a temporary copy" if allow_updates else "read-only"
        source = f"store {graph / 'store'}" if on_disk else "a temporary on-disk copy"
        typer.echo(f"kg serve: SPARQL endpoint at {server.url} ({quads} quads, {source}, {mode}); "
                   f"landing page {server.base_url}/; Ctrl-C stops")
        sys.stdout.flush()
        while not stopping:
            time.sleep(0.2)
    finally:
        server.stop()
        close_store(store)  # releases the reader's lock, so a build may update the store again
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    err("kg serve: stopped")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve_cli)
