"""Peak memory of kg build on 10x the corpus against 1x (target: ratio <= 1.5).

Each build runs in its own process; its peak resident memory is read from
getrusage(RUSAGE_CHILDREN) after it exits.

    python benchmarks/build_memory.py [--articles 150]
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from corpus import articles, scratch_dir, words, write_articles


def peak_rss_mb(folder: Path, out: Path) -> float:
    code = ("import resource, sys; from pathlib import Path; from kg.build import build; "
            "build([Path(sys.argv[1])], Path(sys.argv[2])); "
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", code, str(folder), str(out)],
                            capture_output=True, text=True)
    if result.returncode:
        raise SystemExit(f"build failed: {result.stderr.strip().splitlines()[-1]}")
    return int(result.stdout.split()[-1]) / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=150)
    args = parser.parse_args()
    with scratch_dir() as work:
        small = articles(args.articles)
        large = articles(args.articles * 10)
        one = peak_rss_mb(write_articles(work / "x1", small), work / "out1")
        ten = peak_rss_mb(write_articles(work / "x10", large), work / "out10")
        print(f"1x:  {len(small):6} articles {words(small):9,} words  peak {one:7.0f} MB")
        print(f"10x: {len(large):6} articles {words(large):9,} words  peak {ten:7.0f} MB")
        print(f"ratio 10x/1x peak memory: {ten / one:.2f} (target <= 1.50)")


if __name__ == "__main__":
    main()
