"""A throwaway Virtuoso open-source server on loopback, for the ``kg push`` tests.

``VirtuosoServer.start(folder)`` writes its own ``virtuoso.ini`` (database, log and
lock files in ``folder``, two free loopback ports, small buffers), starts
``virtuoso-t +foreground`` and waits until the HTTP port answers a SPARQL ``ASK``.
``stop()`` ends that one process. Nothing outside ``folder`` is written. The login is
Virtuoso's default for a fresh database, ``dba``/``dba``, used with HTTP Digest on the
``-auth`` endpoints.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

VIRTUOSO = shutil.which("virtuoso-t") or "/usr/bin/virtuoso-t"
STARTUP_SECONDS = 90


def free_port() -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _ini(folder: Path, sql_port: int, http_port: int) -> str:
    db = folder / "db"
    return f"""\
[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {folder}
NumberOfBuffers = 2000
MaxDirtyBuffers = 1200
ThreadsPerQuery = 1
AsyncQueueMaxThreads = 2
MaxQueryMem = 100M
CaseMode = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {folder}/www
ServerThreads = 4
MaxClientConnections = 4
MaxKeepAlives = 4
KeepAliveTimeout = 10
Charset = UTF-8

[SPARQL]
ResultSetMaxRows = 100000
MaxQueryExecutionTime = 60
"""


@dataclass
class VirtuosoServer:
    folder: Path
    sql_port: int
    http_port: int
    process: subprocess.Popen = field(repr=False)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.http_port}"

    @property
    def graph_store(self) -> str:
        """The Graph Store Protocol endpoint that takes HTTP Digest logins."""
        return f"{self.base}/sparql-graph-crud-auth"

    @property
    def sparql_auth(self) -> str:
        """The SPARQL query/update endpoint that takes HTTP Digest logins."""
        return f"{self.base}/sparql-auth"

    @property
    def sparql(self) -> str:
        """The anonymous, read-only SPARQL endpoint."""
        return f"{self.base}/sparql"

    @classmethod
    def start(cls, folder: Path) -> VirtuosoServer:
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "db").mkdir(exist_ok=True)
        (folder / "www").mkdir(exist_ok=True)
        sql_port, http_port = free_port(), free_port()
        while http_port == sql_port:
            http_port = free_port()
        ini = folder / "virtuoso.ini"
        ini.write_text(_ini(folder, sql_port, http_port), encoding="utf8")
        with open(folder / "stdout.log", "wb") as log:  # the child keeps its own copy of the handle
            process = subprocess.Popen([VIRTUOSO, "+foreground", "+configfile", str(ini)],
                                       cwd=folder, stdout=log, stderr=subprocess.STDOUT,
                                       stdin=subprocess.DEVNULL)
        server = cls(folder, sql_port, http_port, process)
        try:
            server._wait_until_ready()
        except Exception:
            server.stop()
            raise
        return server

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + STARTUP_SECONDS
        probe = f"{self.sparql}?" + urllib.parse.urlencode({"query": "ASK {}"})
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited with {self.process.returncode}: {self.log_tail()}")
            try:
                with urllib.request.urlopen(probe, timeout=5) as response:
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"virtuoso-t did not answer on {self.base} in {STARTUP_SECONDS} s: {self.log_tail()}")

    def log_tail(self, lines: int = 15) -> str:
        text = ""
        for name in ("db/virtuoso.log", "stdout.log"):
            path = self.folder / name
            if path.exists():
                text += path.read_text(encoding="utf8", errors="replace")
        return " | ".join(text.strip().splitlines()[-lines:])

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()  # virtuoso-t checkpoints and exits on SIGTERM
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def virtuoso_available() -> bool:
    return os.access(VIRTUOSO, os.X_OK)
