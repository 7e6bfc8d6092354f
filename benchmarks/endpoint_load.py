"""Load on `kg serve`: many concurrent SPARQL requests over loopback, latency and errors.

Starts the endpoint in this process (its query workers are processes) on a build — the
given one, or a fresh build of ``data/articles`` — and sends the canned queries (and an ASK)
from ``--concurrency`` client threads, each on its own keep-alive connection. With
``--runaway N``, N more clients keep sending a cartesian-product COUNT that can only end by
the timeout, to show that valid queries are still served meanwhile.

    python benchmarks/endpoint_load.py [--build DIR] [--requests 2000] [--concurrency 32]
                                       [--workers 2] [--runaway 1] [--timeout 10]
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from http.client import HTTPConnection
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.serve import Limits, make_server  # noqa: E402
from kg.sparql import canned_query  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
ASK = ("ASK { <https://w3id.org/geokg/id/country/PRK> <https://w3id.org/geokg/ontology#deploysTroopsTo> "
       "<https://w3id.org/geokg/id/country/RUS> }")


def fresh_build() -> Path:
    from typer.testing import CliRunner

    from kg.cli import app

    out = Path(tempfile.mkdtemp(prefix="kg-load-")) / "build"
    result = CliRunner().invoke(app, ["build", str(REPO / "data" / "articles"), "--out", str(out)])
    if result.exit_code:
        raise SystemExit(result.output)
    return out


def post(conn: HTTPConnection, query: str) -> tuple[int, bytes]:
    conn.request("POST", "/sparql", body=query.encode("utf8"),
                 headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"})
    response = conn.getresponse()
    return response.status, response.read()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--build", type=Path)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=32)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--runaway", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=10.0)
    args = parser.parse_args()

    build = args.build or fresh_build()
    try:
        run(args, build)
    finally:
        if not args.build:
            shutil.rmtree(build.parent, ignore_errors=True)


def run(args, build: Path) -> None:
    limits = Limits(timeout=args.timeout, workers=args.workers + args.runaway,
                    max_connections=args.concurrency + args.runaway + 8)
    server = make_server(build, "127.0.0.1", 0, limits)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = urlsplit(server.url).netloc.split(":")
    queries = [canned_query(name) for name in ("military-support", "leaders", "cooperation-conflict", "timeline")]
    queries.append(ASK)
    latencies, failures, lock = [], [], threading.Lock()
    done = threading.Event()
    runaway_replies = []

    def client(offset: int) -> None:
        conn = HTTPConnection(host, int(port), timeout=60)
        for i in range(offset, args.requests, args.concurrency):
            start = time.perf_counter()
            try:
                status, body = post(conn, queries[i % len(queries)])
                ok = status == 200 and body.startswith(b'{"head"')
            except OSError as err:
                ok, status = False, repr(err)
                conn.close()
                conn = HTTPConnection(host, int(port), timeout=60)
            with lock:
                latencies.append(time.perf_counter() - start)
                if not ok:
                    failures.append(status)
        conn.close()

    def runaway() -> None:
        conn = HTTPConnection(host, int(port), timeout=args.timeout + 30)
        while not done.is_set():
            start = time.perf_counter()
            status, _ = post(conn, RUNAWAY)
            runaway_replies.append((status, time.perf_counter() - start))

    hogs = [threading.Thread(target=runaway, daemon=True) for _ in range(args.runaway)]
    for hog in hogs:
        hog.start()
    time.sleep(0.5 if args.runaway else 0)
    start = time.perf_counter()
    clients = [threading.Thread(target=client, args=(c,)) for c in range(args.concurrency)]
    for thread in clients:
        thread.start()
    for thread in clients:
        thread.join()
    wall = time.perf_counter() - start
    done.set()
    for hog in hogs:
        hog.join(args.timeout + 30)
    server.shutdown()
    server.server_close()

    cuts = statistics.quantiles(latencies, n=100)
    print(f"build {build}: {limits.workers} query workers ({args.runaway} kept busy by runaway queries)")
    print(f"requests {len(latencies)}, concurrency {args.concurrency}, errors {len(failures)}"
          f"{' ' + str(sorted(set(map(str, failures)))) if failures else ''}, "
          f"p50 {cuts[49] * 1000:.0f} ms, p99 {cuts[98] * 1000:.0f} ms, max {max(latencies) * 1000:.0f} ms, "
          f"{len(latencies) / wall:.0f} requests/s")
    if runaway_replies:
        statuses = sorted({status for status, _ in runaway_replies})
        longest = max(seconds for _, seconds in runaway_replies)
        print(f"runaway queries: {len(runaway_replies)} answered with HTTP {statuses}, "
              f"each within {longest:.1f} s (timeout {args.timeout:g} s)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
