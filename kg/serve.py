"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over a build's store, and its graph page.

Routes: ``/sparql`` (GET ``?query=``, POST ``application/sparql-query`` or a form with
``query=``; results by ``Accept``), ``/`` (the build's ``graph.html`` with its
Content-Security-Policy as a header) and ``/health``.

Queries run in a small pool of worker processes, each holding the store open read-only
(RocksDB allows any number of read-only openers, also beside a writer). A read-only instance
is a snapshot, so a worker opens the store again before a query once `kg add`, `kg remove` or
a rebuild has changed it and released the build's lock. pyoxigraph releases
the GIL while it evaluates, but it cannot cancel a query: a query that outlives its timeout is
stopped by killing its worker, which is replaced, while the other workers keep serving.
Nothing can write: the store is opened read-only, and SPARQL Update is refused with 403
before it reaches the store. ``SERVICE`` (federated query) is refused too, because
Oxigraph would fetch any URL the client names, from this machine's network.
"""
from __future__ import annotations

import fcntl
import json
import os
import queue
import re
import select
import socket
import subprocess
import sys
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from itertools import islice
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from .errors import KgError

SOLUTION_FORMATS = {  # media type → (pyoxigraph format name, Content-Type sent)
    "application/sparql-results+json": ("JSON", "application/sparql-results+json"),
    "application/json": ("JSON", "application/sparql-results+json"),
    "application/sparql-results+xml": ("XML", "application/sparql-results+xml"),
    "application/xml": ("XML", "application/sparql-results+xml"),
    "text/csv": ("CSV", "text/csv; charset=utf-8"),
    "text/tab-separated-values": ("TSV", "text/tab-separated-values; charset=utf-8"),
}
GRAPH_FORMATS = {
    "text/turtle": ("TURTLE", "text/turtle; charset=utf-8"),
    "application/n-triples": ("N_TRIPLES", "application/n-triples"),
    "text/plain": ("N_TRIPLES", "application/n-triples"),
    "application/rdf+xml": ("RDF_XML", "application/rdf+xml"),
    "application/ld+json": ("JSON_LD", "application/ld+json"),
}
LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
META_CSP = re.compile(rb'<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"', re.IGNORECASE)
FALLBACK_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
# Strings, IRIs and comments: removed before looking for the SERVICE keyword.
_OPAQUE = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\''
                     r'|"(?:[^"\\\n\r]|\\.)*"|\'(?:[^\'\\\n\r]|\\.)*\'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*', re.DOTALL)
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:\-])", re.IGNORECASE)


@dataclass(frozen=True)
class Limits:
    """What one request may cost."""
    timeout: float = 10.0            # seconds a query may run
    max_results: int = 10_000        # rows (SELECT) or triples (CONSTRUCT/DESCRIBE)
    max_request: int = 256 * 1024    # bytes of a POST body
    max_url: int = 32 * 1024         # bytes of a request target (GET queries live there)
    workers: int = 2                 # query processes
    memory_mb: int = 2048            # data segment of a worker process
    max_connections: int = 64        # connections served at once; more get 503


def uses_service(query: str) -> bool:
    """Whether a query has a ``SERVICE`` clause (outside strings, IRIs and comments).

    >>> uses_service("SELECT * WHERE { SERVICE <http://10.0.0.1/sparql> { ?s ?p ?o } }")
    True
    >>> uses_service('SELECT ?service WHERE { ?service ex:service "SERVICE" } # SERVICE')
    False
    """
    return bool(_SERVICE.search(_OPAQUE.sub(" ", query)))


def parse_accept(header: str | None) -> list[str]:
    """Media ranges of an ``Accept`` header, most wanted first; ``q=0`` ones dropped.

    >>> parse_accept("text/csv;q=0.5, application/sparql-results+json, */*;q=0.1")
    ['application/sparql-results+json', 'text/csv', '*/*']
    """
    if not header or not header.strip():
        return ["*/*"]
    ranges = []
    for position, item in enumerate(header.split(",")):
        media, *params = [part.strip() for part in item.split(";")]
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media and q > 0:
            ranges.append((-q, position, media.lower()))
    return [media for _, _, media in sorted(ranges)]


def negotiate(accept: str | None, offers: dict) -> tuple[str, str] | None:
    """The (format name, Content-Type) to answer with, or None if the client accepts none.

    The first offer is the default for ``*/*``.

    >>> negotiate("text/csv", SOLUTION_FORMATS)
    ('CSV', 'text/csv; charset=utf-8')
    >>> negotiate("text/html,application/xhtml+xml,*/*;q=0.8", GRAPH_FORMATS)
    ('TURTLE', 'text/turtle; charset=utf-8')
    >>> negotiate("image/png", SOLUTION_FORMATS) is None
    True
    """
    for media in parse_accept(accept):
        if media in offers:
            return offers[media]
        if media == "*/*":
            return next(iter(offers.values()))
        if media.endswith("/*"):
            for offered, answer in offers.items():
                if offered.startswith(media[:-1]):
                    return answer
    return None


def _text(status: int, message: str) -> tuple[int, str, bytes]:
    return status, "text/plain; charset=utf-8", (message.rstrip("\n") + "\n").encode("utf8")


def answer(store, job: dict) -> tuple[int, str, bytes]:
    """Run one query job on an open store: (HTTP status, Content-Type, body).

    ``job`` holds ``query``, ``accept``, ``max_results`` and optionally ``default``/``named``
    graph IRIs (the protocol's ``default-graph-uri``/``named-graph-uri``).
    """
    import pyoxigraph as ox

    from .sparql import execute, one_line, turtle_prefixes

    cap = job["max_results"]
    try:
        result = execute(store, job["query"], default_graphs=job.get("default"), named_graphs=job.get("named"))
        offers = GRAPH_FORMATS if isinstance(result, ox.QueryTriples) else SOLUTION_FORMATS
        chosen = negotiate(job.get("accept"), offers)
        if chosen is None:
            return _text(406, f"not acceptable: this query's results come as {', '.join(offers)}")
        name, content_type = chosen
        if isinstance(result, ox.QueryBoolean):
            return 200, content_type, result.serialize(format=getattr(ox.QueryResultsFormat, name))
        if isinstance(result, ox.QueryTriples):
            triples = list(islice(result, cap + 1))
            if len(triples) > cap:
                return _text(422, f"more than {cap} result triples: narrow the query or raise --max-results")
            prefixes = turtle_prefixes() if name == "TURTLE" else None
            return 200, content_type, ox.serialize(triples, format=getattr(ox.RdfFormat, name), prefixes=prefixes)
        variables = result.variables
        rows = list(islice(result, cap + 1))
        if len(rows) > cap:
            return _text(422, f"more than {cap} result rows: add LIMIT, narrow the query or raise --max-results")
        # The capped rows go back through pyoxigraph's own parser and serializers, via TSV
        # (terms in N-Triples syntax: str() of a pyoxigraph term), so every format is exact.
        lines = ["\t".join(str(v) for v in variables)]
        lines += ["\t".join("" if row[v] is None else str(row[v]) for v in variables) for row in rows]
        solutions = ox.parse_query_results(("\n".join(lines) + "\n").encode("utf8"), format=ox.QueryResultsFormat.TSV)
        return 200, content_type, solutions.serialize(format=getattr(ox.QueryResultsFormat, name))
    except KgError as err:
        return _text(400, str(err))
    except (SyntaxError, ValueError, TypeError, RuntimeError) as err:  # errors raised while iterating
        return _text(400, f"SPARQL error: {one_line(err)}")


# ---------------------------------------------------------------------------------- workers

def worker_main(build_dir: str) -> None:
    """A query process: read JSON jobs on stdin, write a JSON header line and a body on stdout."""
    import resource

    import pyoxigraph as ox

    from .sparql import default_prefixes, one_line

    memory = int(os.environ.get("KG_SERVE_MEMORY_MB", "0"))
    if memory:  # a runaway query dies alone instead of starving the machine
        resource.setrlimit(resource.RLIMIT_DATA, (memory * 2**20, memory * 2**20))
    default_prefixes()  # import rdflib now, not during the first query's timeout
    link, lock = Path(build_dir) / "store", Path(build_dir) / ".lock"
    out = sys.stdout.buffer
    store, opened = None, None

    def version() -> tuple[str, int]:
        """Which generation the link names, and when its files last changed."""
        target = os.path.realpath(link)
        try:
            return target, max(entry.stat().st_mtime_ns for entry in os.scandir(target))
        except (OSError, ValueError):
            return target, 0

    def writer_busy() -> bool:
        """Whether `kg add`/`remove`/`build` holds the build's lock right now."""
        try:
            fd = os.open(lock, os.O_RDONLY)
        except OSError:
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
            fcntl.flock(fd, fcntl.LOCK_UN)
            return False
        except BlockingIOError:
            return True
        finally:
            os.close(fd)

    def reopen():
        # A read-only instance is a snapshot: open afresh once a rebuild published a new
        # generation or `kg add` changed the store, but never while a writer is at work.
        nonlocal store, opened
        current = version()
        if current != opened and (store is None or not writer_busy()):
            store, opened = ox.Store.read_only(current[0]), current

    try:
        reopen()
    except OSError as err:
        out.write(json.dumps({"error": f"{link}: cannot open the store ({one_line(err, 200)})"}).encode() + b"\n")
        out.flush()
        return
    out.write(b'{"ready": true}\n')
    out.flush()
    for line in sys.stdin.buffer:
        job = json.loads(line)
        try:
            reopen()
            status, content_type, body = answer(store, job)
        except OSError:  # files moved under a read-only instance: open afresh and retry once
            opened = None
            try:
                reopen()
                status, content_type, body = answer(store, job)
            except OSError as err:
                status, content_type, body = _text(500, f"store error: {one_line(err)}")
        out.write(json.dumps({"status": status, "type": content_type, "length": len(body)}).encode() + b"\n")
        out.write(body)
        out.flush()


class WorkerGone(Exception):
    """The worker process died or closed its pipe."""


class Worker:
    """One query process and its pipes; used by one request thread at a time."""

    def __init__(self, build_dir: Path, memory_mb: int):
        root = str(Path(__file__).resolve().parent.parent)
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [root, os.environ.get("PYTHONPATH")])),
               "KG_SERVE_MEMORY_MB": str(memory_mb)}
        # own session: a Ctrl-C on `kg serve` reaches the server, which then stops its workers
        self.proc = subprocess.Popen([sys.executable, "-m", "kg.serve", "--worker", str(build_dir)],
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env,
                                     start_new_session=True)
        self.fd = self.proc.stdout.fileno()
        self.buffer = b""
        self.ready = False

    def _fill(self, deadline: float) -> None:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([self.fd], [], [], remaining)[0]:
            raise TimeoutError
        chunk = os.read(self.fd, 1 << 16)
        if not chunk:
            raise WorkerGone
        self.buffer += chunk

    def _line(self, deadline: float) -> dict:
        while b"\n" not in self.buffer:
            self._fill(deadline)
        line, _, self.buffer = self.buffer.partition(b"\n")
        return json.loads(line)

    def wait_ready(self, deadline: float) -> None:
        if not self.ready:
            hello = self._line(deadline)
            if "error" in hello:
                raise KgError(hello["error"])
            self.ready = True

    def call(self, job: dict, deadline: float) -> tuple[int, str, bytes]:
        self.wait_ready(deadline)
        try:
            self.proc.stdin.write(json.dumps(job).encode("utf8") + b"\n")
            self.proc.stdin.flush()
        except (BrokenPipeError, OSError):
            raise WorkerGone from None
        head = self._line(deadline)
        while len(self.buffer) < head["length"]:
            self._fill(deadline)
        body, self.buffer = self.buffer[:head["length"]], self.buffer[head["length"]:]
        return head["status"], head["type"], body

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            try:
                pipe.close()
            except OSError:
                pass


class QueryPool:
    """Worker processes shared by the request threads; a timed-out worker is killed and replaced."""

    def __init__(self, build_dir: Path, limits: Limits):
        self.build_dir, self.limits = Path(build_dir), limits
        self.idle: queue.Queue[Worker] = queue.Queue()
        self.lock = threading.Lock()
        self.workers: set[Worker] = set()
        self.closed = False
        self.timeouts = 0
        started = [self._spawn() for _ in range(max(1, limits.workers))]
        try:
            for worker in started:
                worker.wait_ready(time.monotonic() + 120)
        except (KgError, TimeoutError, WorkerGone) as err:
            self.close()
            raise KgError(str(err) if isinstance(err, KgError) else "query workers did not start") from None
        for worker in started:
            self.idle.put(worker)

    def _spawn(self) -> Worker:
        worker = Worker(self.build_dir, self.limits.memory_mb)
        with self.lock:
            self.workers.add(worker)
        return worker

    def _retire(self, worker: Worker) -> None:
        worker.stop()
        with self.lock:
            self.workers.discard(worker)
            if self.closed:
                return
        self.idle.put(self._spawn())

    def run(self, job: dict) -> tuple[int, str, bytes]:
        timeout = self.limits.timeout
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            return _text(503, f"all {self.limits.workers} query workers busy for {timeout:g} s; try again")
        try:
            result = worker.call({**job, "max_results": self.limits.max_results}, time.monotonic() + timeout)
        except TimeoutError:
            self.timeouts += 1
            self._retire(worker)
            return _text(503, f"query timed out after {timeout:g} s (and was stopped)")
        except (WorkerGone, KgError, ValueError) as err:
            self._retire(worker)
            detail = f": {err}" if isinstance(err, KgError) else " (out of memory?)"
            return _text(500, f"the query process died{detail}")
        self.idle.put(worker)
        return result

    def idle_count(self) -> int:
        return self.idle.qsize()

    def close(self) -> None:
        with self.lock:
            self.closed = True
            workers = list(self.workers)
        for worker in workers:
            worker.stop()


# ------------------------------------------------------------------------------------- HTTP

class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: load from one client reuses its connection
    server_version = "geokg"
    sys_version = ""
    timeout = 15  # seconds a client may stay silent mid-request or idle between requests
    server: SparqlServer

    # -- plumbing
    def version_string(self) -> str:
        return self.server_version

    def log_message(self, format, *args):  # the base class names it `format`
        if self.server.access_log:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def send(self, status: int, content_type: str, body: bytes, headers: dict | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def fail(self, status: int, message: str, close: bool = False) -> None:
        self.close_connection = self.close_connection or close
        self.send(*_text(status, message))

    def host_allowed(self) -> bool:
        """On loopback, only loopback Host names: a web page cannot rebind its DNS name to us."""
        if not self.server.loopback:
            return True
        host = (self.headers.get("Host") or "").strip().lower()
        name = host[1:host.index("]")] if host.startswith("[") and "]" in host else host.rsplit(":", 1)[0]
        return name in LOOPBACK_NAMES or name == self.server.bound_host

    def preflight(self) -> bool:
        if len(self.path) > self.server.limits.max_url:
            self.fail(414, f"request target over {self.server.limits.max_url} bytes; POST the query", close=True)
            return False
        if not self.host_allowed():
            self.fail(403, "unexpected Host header", close=True)
            return False
        return True

    def discard(self, size: int) -> None:
        try:
            while size > 0:
                chunk = self.rfile.read(min(size, 1 << 16))
                if not chunk:
                    return
                size -= len(chunk)
        except OSError:
            pass

    def params(self, text: str) -> dict[str, list[str]] | None:
        try:
            return parse_qs(text, keep_blank_values=True, errors="strict", max_num_fields=100)
        except (UnicodeDecodeError, ValueError) as err:
            self.fail(400, f"bad parameters ({err.__class__.__name__})")
            return None

    # -- methods
    def do_GET(self):
        if not self.preflight():
            return
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            return self.page()
        if url.path == "/health":
            body = json.dumps({"status": "ok", "workers": self.server.limits.workers,
                               "idle": self.server.pool.idle_count()}).encode()
            return self.send(200, "application/json", body)
        if url.path != "/sparql":
            return self.fail(404, "not found: try /sparql, /health or /")
        params = self.params(url.query)
        if params is not None:
            self.sparql(params)

    do_HEAD = do_GET

    def do_POST(self):
        if not self.preflight():
            return
        url = urlsplit(self.path)
        if url.path != "/sparql":
            return self.fail(404, "not found: POST queries to /sparql")
        if self.headers.get("Transfer-Encoding"):
            return self.fail(411, "send a Content-Length, not a chunked body", close=True)
        try:
            length = int(self.headers.get("Content-Length", ""))
        except ValueError:
            return self.fail(411, "Content-Length required", close=True)
        if length < 0 or length > self.server.limits.max_request:
            # Drain a little so the client reads the 413 rather than a reset, then hang up.
            self.discard(min(max(length, 0), 4 * self.server.limits.max_request))
            return self.fail(413, f"request body over {self.server.limits.max_request} bytes", close=True)
        body = self.rfile.read(length)
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        if content_type == "application/sparql-update":
            return self.fail(403, "read-only endpoint: SPARQL Update is not allowed")
        if content_type == "application/x-www-form-urlencoded":
            try:
                form = body.decode("utf8")
            except UnicodeDecodeError:
                return self.fail(400, "form is not UTF-8")
            params = self.params(form)
            if params is None:
                return
            # the protocol takes graph IRIs from the URL as well as from the form
            extra = self.params(url.query) or {}
            for key in ("default-graph-uri", "named-graph-uri"):
                params.setdefault(key, []).extend(extra.get(key, []))
            return self.sparql(params)
        if content_type == "application/sparql-query":
            params = self.params(url.query)
            if params is None:
                return
            try:
                params["query"] = params.get("query", []) + [body.decode("utf8")]
            except UnicodeDecodeError:
                return self.fail(400, "query is not UTF-8")
            return self.sparql(params)
        return self.fail(415, "POST application/sparql-query or application/x-www-form-urlencoded")

    # -- routes
    def sparql(self, params: dict[str, list[str]]) -> None:
        if "update" in params:
            return self.fail(403, "read-only endpoint: SPARQL Update is not allowed")
        queries = params.get("query", [])
        if len(queries) != 1:
            return self.fail(400, "give exactly one query" if queries else "missing query parameter")
        query = queries[0]
        if uses_service(query):
            return self.fail(403, "SERVICE (federated query) is disabled on this endpoint")
        job = {"query": query, "accept": self.headers.get("Accept"),
               "default": params.get("default-graph-uri"), "named": params.get("named-graph-uri")}
        status, content_type, body = self.server.pool.run(job)
        self.send(status, content_type, body)

    def page(self) -> None:
        path = self.server.build_dir / "graph.html"
        try:
            html = path.read_bytes()
        except OSError:
            return self.fail(404, "this build has no graph.html")
        found = META_CSP.search(html[:16384])
        csp = found.group(1).decode("utf8", "replace") if found else FALLBACK_CSP
        self.send(200, "text/html; charset=utf-8", html, {
            "Content-Security-Policy": f"{csp}; frame-ancestors 'none'",
            "Referrer-Policy": "no-referrer"})


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # listen backlog: the default 5 drops (then resets) bursts of clients

    def __init__(self, build_dir: Path, host: str, port: int, limits: Limits, access_log: bool = False):
        self.build_dir, self.limits, self.access_log = Path(build_dir), limits, access_log
        self._check_build()
        self.bound_host = host.strip("[]").lower()
        self.loopback = self.bound_host in LOOPBACK_NAMES or self.bound_host.startswith("127.")
        self.slots = threading.BoundedSemaphore(limits.max_connections)
        if ":" in self.bound_host:
            self.address_family = socket.AF_INET6
        super().__init__((self.bound_host, port), Handler)
        try:
            self.pool = QueryPool(self.build_dir, limits)
        except BaseException:
            self.server_close()
            raise

    def _check_build(self) -> None:
        from .store import open_store

        open_store(self.build_dir, read_only=True)  # one-line error now, not in every worker

    def process_request(self, request, client_address):
        if not self.slots.acquire(blocking=False):
            try:
                request.sendall(b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request, client_address):
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            return  # a client that went away: nothing to report
        super().handle_error(request, client_address)

    def server_close(self):
        super().server_close()
        pool = getattr(self, "pool", None)
        if pool is not None:
            pool.close()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{'[' + host + ']' if ':' in host else host}:{port}"


def make_server(build_dir: Path, host: str = "127.0.0.1", port: int = 7878,
                limits: Limits = Limits(), access_log: bool = False) -> SparqlServer:
    """A ready server (workers started, socket bound); call ``serve_forever()`` on it."""
    try:
        return SparqlServer(build_dir, host, port, limits, access_log)
    except OSError as err:
        raise KgError(f"cannot listen on {host}:{port} ({err.strerror or err})") from None


if __name__ == "__main__" and sys.argv[1:2] == ["--worker"]:
    worker_main(sys.argv[2])
