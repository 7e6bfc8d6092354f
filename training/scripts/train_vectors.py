"""Train compact floret vectors on the raw Italian text and convert them for spaCy.

Floret hashes subwords into a small table, so unseen words (names, inflections)
still get a vector and the table stays a few MB.

    python train_vectors.py RAW_TXT OUT_DIR --dim 64 --bucket 20000
"""
import subprocess
import sys
from pathlib import Path

import floret
import typer


def main(raw: Path, out: Path, dim: int = 64, bucket: int = 20000, epochs: int = 10,
         threads: int = 2):
    out.mkdir(parents=True, exist_ok=True)
    model = floret.train_unsupervised(
        str(raw), model="cbow", mode="floret", hashCount=2, bucket=bucket,
        minn=3, maxn=5, minCount=2, dim=dim, epoch=epochs, thread=threads)
    vec_file = out / "vectors.floret"
    model.save_floret_vectors(str(vec_file))
    subprocess.run([sys.executable, "-m", "spacy", "init", "vectors", "it", str(vec_file),
                    str(out / "nlp"), "--mode", "floret", "--attr", "LOWER",
                    "--name", "geokg_it.floret"], check=True)


if __name__ == "__main__":
    typer.run(main)
