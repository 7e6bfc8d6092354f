"""Where extraction runs: in this process, in worker processes, or on a Dask cluster.

Every executor yields ``(article, facts)`` in input order, so a build is deterministic
whatever runs it, and keeps only a few batches in flight, so memory stays bounded by
the batch size and not by the corpus.
"""
from __future__ import annotations

import os
from collections import deque
from itertools import islice
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from functools import cache
from multiprocessing import get_context
from typing import Callable, Iterable, Iterator

from .articles import Article
from .errors import KgError
from .facts import ArticleFacts

EXECUTORS = ("local", "dask")
BATCHES_IN_FLIGHT_PER_WORKER = 2

# (article, its facts, its quads as N-Quads when asked for: serialising in the worker keeps the
# writer process, which every worker waits on, light)
Result = tuple[Article, ArticleFacts, "bytes | None"]


def batched(items: Iterable, size: int) -> Iterator[list]:
    """Consecutive lists of ``size`` items.

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    """
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def nquads(article: Article, extracted: ArticleFacts) -> bytes:
    """The article's quads (see :func:`kg.rdf.article_quads`) serialised as N-Quads."""
    import pyoxigraph as ox

    from .rdf import article_quads
    from .store import to_ox_quad

    return ox.serialize([to_ox_quad(*q) for q in article_quads(article, extracted)], format=ox.RdfFormat.N_QUADS)


@cache
def _gazetteer():
    """One gazetteer per process: the linker's phrase matcher is built once per gazetteer."""
    from .gazetteer import Gazetteer

    return Gazetteer.load()


def _extract_docs(nlp, articles: Iterable[Article], batch_size: int, with_quads: bool) -> Iterator[Result]:
    from .extract import extract_article, language_for

    language = language_for(nlp.lang)
    gazetteer = _gazetteer()
    for doc, article in nlp.pipe(((a.text, a) for a in articles), as_tuples=True, batch_size=batch_size):
        extracted = extract_article(doc, article.id, article.date, language, gazetteer, nlp.tokenizer)
        yield article, extracted, nquads(article, extracted) if with_quads else None


def extract_batch(articles: list[Article], model: str | None = None, with_quads: bool = False) -> list[Result]:
    """Parse and extract one batch (runs in a worker; the model loads once per process)."""
    from .nlp import load_model

    return list(_extract_docs(load_model(model), articles, len(articles) or 1, with_quads))


def _in_order(submit: Callable[[list[Article]], Future], batches: Iterable[list[Article]],
              in_flight: int) -> Iterator[list[Result]]:
    """Submit batches keeping at most ``in_flight`` pending; yield results in input order."""
    pending: deque[Future] = deque()
    for batch in batches:
        pending.append(submit(batch))
        if len(pending) >= in_flight:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def _single_thread_blas() -> None:
    # Worker processes share the cores: a BLAS thread pool each would oversubscribe them.
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def extract_stream(articles: Iterator[Article], model: str | None = None, jobs: int = 1,
                   executor: str = "local", scheduler: str | None = None, batch_size: int = 32,
                   progress: Callable[[int], None] | None = None, with_quads: bool = False) -> Iterator[Result]:
    """Extract facts from ``articles`` with the chosen executor, in input order.

    Yields ``(article, facts, quads)``; ``quads`` is the article's N-Quads if ``with_quads``, else None.
    """
    if executor not in EXECUTORS:
        raise KgError(f"unknown executor {executor!r} (expected {' or '.join(EXECUTORS)})")
    if jobs < 1:
        raise KgError(f"--jobs must be at least 1 (got {jobs})")
    if executor == "dask":
        results = _dask_stream(articles, model, scheduler, batch_size, with_quads)
    elif jobs == 1:
        from .nlp import load_model

        results = ([r] for r in _extract_docs(load_model(model), articles, batch_size, with_quads))
    else:
        results = _process_stream(articles, model, jobs, batch_size, with_quads)
    for chunk in results:
        yield from chunk
        if progress:
            progress(len(chunk))


def _process_stream(articles: Iterator[Article], model: str | None, jobs: int,
                    batch_size: int, with_quads: bool) -> Iterator[list[Result]]:
    _single_thread_blas()
    # spawn, not fork: the parent may hold threads (progress bar) and an open store.
    with ProcessPoolExecutor(max_workers=jobs, mp_context=get_context("spawn")) as pool:
        try:
            yield from _in_order(lambda batch: pool.submit(extract_batch, batch, model, with_quads),
                                 batched(articles, batch_size), jobs * BATCHES_IN_FLIGHT_PER_WORKER)
        except BrokenProcessPool:
            raise KgError("a worker process died (out of memory or killed); nothing was written, "
                          "try fewer --jobs") from None


def _dask_stream(articles: Iterator[Article], model: str | None, scheduler: str | None,
                 batch_size: int, with_quads: bool) -> Iterator[list[Result]]:
    try:
        from distributed import Client
    except ImportError:
        raise KgError("--executor dask needs Dask: pip install 'geokg[scale]'") from None
    if not scheduler:
        raise KgError("--executor dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    try:
        client = Client(scheduler, timeout="10s")
    except (OSError, TimeoutError) as err:
        raise KgError(f"cannot reach the Dask scheduler at {scheduler} ({err})") from None
    try:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        yield from _in_order(lambda batch: client.submit(extract_batch, batch, model, with_quads, pure=False),
                             batched(articles, batch_size), workers * BATCHES_IN_FLIGHT_PER_WORKER)
    finally:
        client.close()
