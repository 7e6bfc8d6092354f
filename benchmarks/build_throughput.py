"""kg build throughput against bare nlp.pipe, and --jobs 2 against --jobs 1.

Targets (issue 5): build ÷ bare pipe ≥ 0.7; jobs 2 ÷ jobs 1 ≥ 1.6 on 2 cores.
All measured in one run on the same articles.

    python benchmarks/build_throughput.py [--articles 400]
"""
from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

from corpus import articles, scratch_dir, timed, words, write_articles  # noqa: E402

from kg.articles import read_articles  # noqa: E402
from kg.build import build  # noqa: E402
from kg.nlp import load_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=400)
    args = parser.parse_args()
    with scratch_dir() as work:
        texts = articles(args.articles)
        folder = write_articles(work / "in", texts)
        total = words(texts)
        nlp = load_model()
        parsed = [a.text for a in read_articles([folder])]
        list(nlp.pipe(parsed[:8]))  # warm-up
        bare = timed(lambda: list(nlp.pipe(parsed, batch_size=32)))
        one = timed(lambda: build([folder], work / "out1", jobs=1))
        two = timed(lambda: build([folder], work / "out2", jobs=2))
        print(f"{len(texts)} articles, {total:,} words")
        print(f"bare nlp.pipe      {bare:6.1f} s  {total / bare:8,.0f} words/s")
        print(f"kg build --jobs 1  {one:6.1f} s  {total / one:8,.0f} words/s")
        print(f"kg build --jobs 2  {two:6.1f} s  {total / two:8,.0f} words/s")
        print(f"ratio build/bare pipe: {bare / one:.2f} (target >= 0.70)")
        print(f"ratio jobs 2/jobs 1:   {one / two:.2f} (target >= 1.60)")


if __name__ == "__main__":
    main()
