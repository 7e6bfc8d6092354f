"""Make the training folder of a fine-tuning round: a base DocBin plus copies of an in-style one
(spaCy's corpus reader takes every .spacy file in a folder, so copies weigh it up).

    python scripts/finetune_corpus.py OUT_DIR BASE.spacy EXTRA.spacy COPIES
"""
import shutil
import sys
from pathlib import Path


def main(out: Path, base: Path, extra: Path, copies: int) -> None:
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    shutil.copy(base, out / base.name)
    for i in range(copies):
        shutil.copy(extra, out / f"{extra.stem}-{i + 1}.spacy")
    print(f"{out}: {base.name} + {copies} x {extra.name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
