"""kg add of one article to a large build against a full rebuild (target: <= 1% of the time).

    python benchmarks/incremental_add.py [--articles 10000] [--jobs 2]
"""
from __future__ import annotations

import argparse
import os

os.environ.setdefault("OMP_NUM_THREADS", "1")

from corpus import articles, scratch_dir, timed, words, write_articles  # noqa: E402

from kg.build import add, build  # noqa: E402
from kg.nlp import load_model  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with scratch_dir() as work:
        texts = articles(args.articles + 1)
        folder = write_articles(work / "in", texts[:-1])
        extra = write_articles(work / "extra", texts[-1:])
        load_model()  # both sides start with the model loaded
        rebuild = timed(lambda: build([folder], work / "out", jobs=args.jobs))
        one = timed(lambda: add([extra], work / "out"))
        print(f"build of {args.articles} articles ({words(texts):,} words, --jobs {args.jobs}): {rebuild:.1f} s")
        print(f"kg add of 1 article: {one:.2f} s")
        print(f"ratio add/rebuild: {one / rebuild:.4f} (target <= 0.01)")


if __name__ == "__main__":
    main()
