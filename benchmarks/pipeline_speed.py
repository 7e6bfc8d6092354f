"""Words per second of the whole shipped Italian pipeline in one process.

Reads Italian edited prose that does not repeat (the sentences of the news-like UD Italian
treebanks in ../shared/data, see ``corpus.py``, grouped into ~300-word articles), else the
bundled sample articles repeated. Repeated text would flatter the pipeline, which computes a
word's floret vector once (``kg.vectors``). Prints words/s and the ratio to the 10,000 words/s
target. BLAS runs on one thread unless told otherwise (``OMP_NUM_THREADS=2 python
benchmarks/pipeline_speed.py`` measures one process using both cores of a 2-core machine).

    python benchmarks/pipeline_speed.py [--words 100000]
"""
from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one process, one core: the target's terms

import corpus  # noqa: E402

from kg.articles import read_articles  # noqa: E402
from kg.build import BATCH_SIZE  # noqa: E402
from kg.nlp import load_model  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
TARGET_WPS = 10_000
ARTICLE_WORDS = 300


def news_sentences() -> tuple[list[str], str]:
    if corpus.UD.is_dir():
        return corpus.sentences(), f"UD Italian {', '.join(corpus.TREEBANKS)}"
    return [a.text for a in read_articles([REPO / "data" / "articles"])], "the bundled sample articles"


def articles(sentences: list[str], words: int) -> list[str]:
    """~300-word texts of ``words`` words in all, repeating the sentences only when they run out."""
    texts, chunk, chunk_words, total = [], [], 0, 0
    while total < words:
        for sentence in sentences:
            chunk.append(sentence)
            count = len(sentence.split())
            chunk_words += count
            total += count
            if chunk_words >= ARTICLE_WORDS or total >= words:
                texts.append(" ".join(chunk))
                chunk, chunk_words = [], 0
            if total >= words:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--words", type=int, default=60_000)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    nlp = load_model(args.model)
    sentences, source = news_sentences()
    texts = articles(sentences, args.words)
    available = sum(len(s.split()) for s in sentences)
    list(nlp.pipe(articles(sentences[::-1], 2_000)))  # warm-up on the corpus's last sentences
    start = time.perf_counter()
    tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=BATCH_SIZE))
    elapsed = time.perf_counter() - start
    wps = tokens / elapsed
    print(f"text: {source}, {available:,} words" + (" (repeated)" if args.words > available else ""))
    print(f"pipeline {nlp.pipe_names}, {BATCH_SIZE} texts a batch as in kg build: {tokens} tokens in {elapsed:.1f}s = {wps:,.0f} words/s; "
          f"ratio to target {TARGET_WPS:,}: {wps / TARGET_WPS:.2f}")


if __name__ == "__main__":
    main()
