"""Benchmark corpus: Italian sentences from ../shared/data (UD Italian, news-like parts)
grouped into short dated articles. Only benchmarks use it; tests never need it."""
from __future__ import annotations

import shutil
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

REPO = Path(__file__).resolve().parent.parent
UD = REPO.parent / "shared" / "data" / "ud-italian"
TREEBANKS = ("ISDT", "VIT", "ParTUT", "MarkIT", "ParlaMint")  # edited prose, not tweets or speech


def sentences() -> list[str]:
    found = []
    for name in TREEBANKS:
        for path in sorted((UD / name).glob("*.conllu")):
            found += [line[8:].strip() for line in path.read_text(encoding="utf8").splitlines()
                      if line.startswith("# text =")]
    if not found:
        raise SystemExit(f"benchmark corpus not found under {UD}")
    return found


def articles(count: int, sentences_per_article: int = 8) -> list[str]:
    """``count`` distinct plain-text articles (header line, title, body)."""
    pool = sentences()
    texts = []
    for i in range(count):
        start = (i * sentences_per_article) % len(pool)
        body = pool[start:start + sentences_per_article]
        cycle = (i * sentences_per_article) // len(pool)
        title = f"Notizia {i}" + (f" (ripresa {cycle})" if cycle else "")
        texts.append(f" date 2025-{1 + i % 12:02}-{1 + i % 28:02} {title}\n" + " ".join(body) + "\n")
    return texts


def write_articles(folder: Path, texts: list[str], per_file: int = 1) -> Path:
    """Write articles as one .txt file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, text in enumerate(texts):
        (folder / f"{i:06}.txt").write_text(text, encoding="utf8")
    return folder


def words(texts: list[str]) -> int:
    return sum(len(t.split()) for t in texts)


@contextmanager
def scratch_dir() -> Iterator[Path]:
    """A temporary folder for a benchmark's inputs and builds, removed afterwards."""
    work = Path(tempfile.mkdtemp(prefix="geokg-bench-"))
    try:
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)


def timed(run: Callable[[], object]) -> float:
    """Seconds ``run()`` takes."""
    start = time.perf_counter()
    run()
    return time.perf_counter() - start
