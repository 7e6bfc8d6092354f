"""Words per second of the whole shipped Italian pipeline in one process.

Reads Italian news-like text: the ISDT dev sentences from ../shared/data when present
(grouped into ~300-word articles), else the bundled sample articles repeated.
Prints words/s and the ratio to the 10,000 words/s target. BLAS runs on one thread
unless told otherwise (``OMP_NUM_THREADS=2 python benchmarks/pipeline_speed.py``
measures one process using both cores of a 2-core machine).

    python benchmarks/pipeline_speed.py [--words 60000]
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one process, one core: the target's terms

from kg.articles import read_articles  # noqa: E402
from kg.nlp import load_model  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
ISDT_DEV = REPO.parent / "shared" / "data" / "ud-italian" / "ISDT" / "it_isdt-ud-dev.conllu"
TARGET_WPS = 10_000


def corpus(words: int) -> list[str]:
    if ISDT_DEV.is_file():
        sentences = [l[8:].strip() for l in ISDT_DEV.read_text(encoding="utf8").splitlines()
                     if l.startswith("# text =")]
    else:
        sentences = [a.text for a in read_articles([REPO / "data" / "articles"])]
    texts, count, chunk = [], 0, []
    while count < words:
        for sentence in sentences:
            chunk.append(sentence)
            count += len(sentence.split())
            if sum(len(s.split()) for s in chunk) >= 300:
                texts.append(" ".join(chunk))
                chunk = []
            if count >= words:
                break
    return texts + ([" ".join(chunk)] if chunk else [])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    nlp = load_model(args.model)
    texts = corpus(args.words)
    list(nlp.pipe(texts[:5]))  # warm-up
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
    elapsed = time.perf_counter() - start
    wps = tokens / elapsed
    print(f"pipeline {nlp.pipe_names}: {tokens} tokens in {elapsed:.1f}s = {wps:,.0f} words/s; "
          f"ratio to target {TARGET_WPS:,}: {wps / TARGET_WPS:.2f}")


if __name__ == "__main__":
    main()
