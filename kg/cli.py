"""The ``kg`` command line: build, query, viz."""
from __future__ import annotations

from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn
from rich.table import Table

from .errors import KgError

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Build, query and draw knowledge graphs of geopolitical news.")
console = Console()
errors = Console(stderr=True)
PROGRESS_THRESHOLD = 20  # articles; shorter builds finish before a bar helps


class OutputFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


@contextmanager
def user_errors():
    """Turn a ``KgError`` into one line on stderr and exit code 1."""
    try:
        yield
    except KgError as err:
        typer.echo(f"error: {err}", err=True)  # one plain line, never wrapped
        raise typer.Exit(1) from None


def _progress_factory(progress: Progress):
    def factory(total: int):
        if total < PROGRESS_THRESHOLD:
            return None
        task = progress.add_task("articles", total=total)
        return lambda n: progress.advance(task, n)
    return factory


JOBS_HELP = "Worker processes for parsing and extraction."


def _print_summary(title: str, summary, out: Path) -> None:
    table = Table(title=title, show_header=False)
    table.add_row("articles", str(summary.articles))
    if summary.unchanged:
        table.add_row("articles already in the build", str(summary.unchanged))
    if summary.removed:
        table.add_row("articles removed", str(summary.removed))
    table.add_row("sentences", str(summary.sentences))
    table.add_row("actors", str(summary.actors))
    table.add_row("facts (edges)", str(sum(summary.facts_by_relation.values())))
    for relation, count in sorted(summary.facts_by_relation.items()):
        table.add_row(f"  {relation}", str(count))
    table.add_row("claims kept in provenance only", str(summary.provenance_only))
    shacl = summary.shacl
    table.add_row("SHACL", "not run (large build: kg validate)" if shacl is None else
                  "conforms" if shacl.conforms else f"{shacl.violations} violations")
    table.add_row("skipped inputs", str(len(summary.skipped)))
    from .articles import skipped_by_reason
    for reason, count in sorted(skipped_by_reason(summary.skipped).items()):
        table.add_row(f"  {reason}", str(count))
    console.print(table)
    for line in summary.skipped:
        typer.echo(f"skipped: {line}", err=True)
    console.print(f"HTML graph: {out / 'graph.html'}", markup=False, highlight=False)


def _progress_bar():
    return Progress(BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(), console=errors, transient=True)


@app.command()
def build(inputs: List[Path] = typer.Argument(..., help="Article files (.txt, .md, .jsonl) or folders."),
          out: Path = typer.Option(..., "--out", "-o", help="Output folder."),
          model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy model name or path."),
          strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
          jobs: int = typer.Option(1, "--jobs", "-j", help=JOBS_HELP),
          executor: str = typer.Option("local", "--executor", help="local (processes) or dask."),
          scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address.")):
    """Build the graph (store, graph.ttl, graph.trig, graph.jsonld, graph.html) from news articles."""
    from .build import build as run_build
    with user_errors(), _progress_bar() as progress:
        summary = run_build(inputs, out, model, strict, _progress_factory(progress), jobs, executor, scheduler)
    _print_summary(f"geokg build → {out}", summary, out)


@app.command()
def add(inputs: List[Path] = typer.Argument(..., help="Article files (.txt, .md, .jsonl) or folders."),
        to: Path = typer.Option(..., "--to", help="The build folder to add to."),
        model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy model name or path."),
        strict: bool = typer.Option(False, "--strict", help="Stop at the first unreadable input."),
        jobs: int = typer.Option(1, "--jobs", "-j", help=JOBS_HELP)):
    """Add articles to an existing build; articles it already holds change nothing."""
    from .build import add as run_add
    with user_errors(), _progress_bar() as progress:
        summary = run_add(inputs, to, model, strict, _progress_factory(progress), jobs)
    _print_summary(f"geokg add → {to}", summary, to)


@app.command()
def remove(article_ids: List[str] = typer.Argument(..., help="Article ids (a-…) or IRIs."),
           from_: Path = typer.Option(..., "--from", help="The build folder.")):
    """Take articles out of a build; facts other articles support stay."""
    from .build import remove as run_remove
    with user_errors():
        summary = run_remove(article_ids, from_)
    console.print(f"removed {summary.removed} article(s) from {from_}", markup=False, highlight=False)


@app.command()
def validate(build_dir: Path = typer.Argument(..., metavar="DIR", help="A build folder."),
             report: bool = typer.Option(False, "--report", help="Print pySHACL's full report.")):
    """Check a build against the SHACL shapes (exit code 1 on violations)."""
    from .build import validate_build
    with user_errors():
        result = validate_build(build_dir)
    if report or not result.conforms:
        typer.echo(result.text)
    typer.echo("SHACL: conforms" if result.conforms else f"SHACL: {result.violations} violations")
    if not result.conforms:
        raise typer.Exit(1)


@app.command()
def query(graph: Path = typer.Argument(..., help="A build folder, .ttl or .trig file."),
          sparql: Optional[str] = typer.Argument(None, help="A SPARQL query."),
          file: Optional[Path] = typer.Option(None, "--file", "-f", help="Read the query from a .rq file."),
          name: Optional[str] = typer.Option(None, "--name", "-n", help="Run a canned query by name."),
          bind: List[str] = typer.Option([], "--bind", "-b", help="Variable binding NAME=VALUE."),
          fmt: OutputFormat = typer.Option(OutputFormat.table, "--format", help="Output format.")):
    """Run a SPARQL query (or a canned one: leaders, military-support, actor, …)."""
    from .sparql import canned_query, format_result, open_graph, run_query
    with user_errors():
        chosen = [x for x in (sparql, file, name) if x]
        if len(chosen) != 1:
            raise KgError("give exactly one of QUERY, --file or --name")
        if file:
            try:
                text = Path(file).read_text(encoding="utf8")
            except (OSError, UnicodeDecodeError) as err:
                raise KgError(f"{file}: cannot read query ({err})") from None
        else:
            text = canned_query(name) if name else sparql
        bindings = {}
        for item in bind:
            key, sep, value = item.partition("=")
            if not sep or not key:
                raise KgError(f"--bind {item!r}: expected NAME=VALUE")
            bindings[key] = value
        result = run_query(open_graph(graph), text, bindings)
        typer.echo(format_result(result, fmt.value))


@app.command()
def serve(build: Path = typer.Argument(..., help="A build folder (with its store)."),
          host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on (loopback by default)."),
          port: int = typer.Option(7878, "--port", help="TCP port."),
          timeout: float = typer.Option(10.0, "--timeout", help="Seconds a query may run before it is stopped."),
          max_results: int = typer.Option(10_000, "--max-results", help="Most rows (or triples) a query may return."),
          workers: int = typer.Option(2, "--workers", help="Query processes (queries running at once)."),
          max_request: int = typer.Option(256 * 1024, "--max-request", help="Largest POST body, in bytes."),
          quiet: bool = typer.Option(False, "--quiet", help="No access log.")):
    """Serve the build read-only: SPARQL 1.1 Protocol at /sparql, the graph page at /."""
    from .serve import Limits, make_server
    with user_errors():
        if timeout <= 0 or max_results < 1 or workers < 1 or max_request < 1:
            raise KgError("--timeout, --max-results, --workers and --max-request must be positive")
        limits = Limits(timeout=timeout, max_results=max_results, workers=workers, max_request=max_request)
        server = make_server(build, host, port, limits, access_log=not quiet)
    if not server.loopback:
        typer.echo(f"warning: listening on {host}: anyone who can reach this address can query the build", err=True)
    typer.echo(f"SPARQL endpoint {server.url}/sparql · graph page {server.url}/ · Ctrl-C to stop", err=True)

    def stop(signum, frame):  # SIGTERM too stops the workers, not only Ctrl-C
        raise KeyboardInterrupt

    import signal
    signal.signal(signal.SIGTERM, stop)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


@app.command()
def viz(graph: Path = typer.Argument(..., help="A build folder, .ttl or .trig file."),
        out: Path = typer.Option(..., "--out", "-o", help="HTML file to write."),
        relation: List[str] = typer.Option([], "--relation", "-r", help="Keep only these relations."),
        actor_type: List[str] = typer.Option([], "--actor-type", "-t", help="Keep only these actor classes."),
        min_evidence: int = typer.Option(1, "--min-evidence", help="Minimum supporting sentences."),
        min_confidence: float = typer.Option(0.0, "--min-confidence", help="Minimum confidence."),
        around: Optional[str] = typer.Option(None, "--around", help="Only this actor's neighbourhood (IRI, id like country/PRK, or label)."),
        depth: Optional[int] = typer.Option(None, "--depth", help="Relations away from --around to keep [default: 1]."),
        top: Optional[int] = typer.Option(None, "--top", help="Keep the N most central actors and the relations among them.")):
    """Re-render the HTML actor graph from a saved graph, with filters."""
    from .graphview import ViewFilter, actor_network, neighbourhood, top_actors
    from .html import write_html
    from .rdf import load_dataset
    with user_errors():
        if depth is not None and around is None:
            raise KgError("--depth needs --around ACTOR")
        view = ViewFilter(frozenset(relation), frozenset(actor_type), min_evidence, min_confidence)
        network = actor_network(load_dataset(graph), view)
        if around is not None:
            network = neighbourhood(network, around, 1 if depth is None else depth)
        if top is not None:
            network = top_actors(network, top)
        write_html(network, out)
    console.print(f"{network.number_of_nodes()} actors, {network.number_of_edges()} relations → {out}",
                  markup=False, highlight=False)


@app.command("eval")
def evaluate(gold: Path = typer.Argument(..., help="Gold file (JSON Lines, see data/gold/README.md)."),
             model: Optional[str] = typer.Option(None, "--model", "-m", help="spaCy model name or path."),
             errors_too: bool = typer.Option(True, "--errors/--no-errors", help="List misses and false edges.")):
    """Score extraction against a gold file: precision, recall, F1 overall and per relation."""
    from .evaluate import load_gold, predict, report, score
    with user_errors():
        items = load_gold(gold)
        typer.echo(report(score(items, predict(items, model)), errors_too))


class PushProtocol(str, Enum):
    gsp = "gsp"
    update = "update"


@app.command()
def push(build_dir: Path = typer.Argument(..., metavar="DIR", help="A build folder (reads its graph.trig)."),
         endpoint: str = typer.Option(..., "--endpoint", "-e",
                                      help="Graph store URL (gsp) or SPARQL Update URL (update)."),
         graph: str = typer.Option("https://w3id.org/geokg/graph/actors", "--graph", "-g",
                                   help="Named graph that receives the actor (default) graph."),
         protocol: PushProtocol = typer.Option(PushProtocol.gsp, "--protocol", "-p",
                                      help="gsp (Graph Store HTTP Protocol) or update (SPARQL Update)."),
         user: Optional[str] = typer.Option(None, "--user", "-u", help="Login (HTTP Basic or Digest)."),
         password: Optional[str] = typer.Option(None, "--password", help="Password for --user.",
                                                envvar="KG_PUSH_PASSWORD"),
         query_endpoint: Optional[str] = typer.Option(None, "--query-endpoint",
                                                      help="SPARQL query URL, if not --endpoint (update)."),
         batch_size: Optional[int] = typer.Option(None, "--batch-size",
                                                  help="Triples per request (default 10000 gsp, 1000 update).")):
    """Load a build into a SPARQL server, replacing its graphs (pushing twice changes nothing)."""
    from .push import push as run_push
    with user_errors():
        summary = run_push(build_dir, endpoint, graph=graph, protocol=protocol.value, user=user,
                           password=password, query_endpoint=query_endpoint, batch_size=batch_size)
    typer.echo(summary.line(endpoint))

if __name__ == "__main__":
    app()
