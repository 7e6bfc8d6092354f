"""Collect raw Italian text from the corpora, one sentence a line, for vectors.

Held-out test files (ISDT test, KIND WN_test) are left out.

    python raw_text.py CORPORA_DIR OUT_FILE
"""
import json
from pathlib import Path

import typer

from convert_ner import read_sentences, spaces_for

HELD_OUT = {"ud-italian/ISDT/it_isdt-ud-test.conllu", "kind/evalita-2023/WN_test.tsv"}


def detokenize(tokens: list[str]) -> str:
    return "".join(t + (" " if s else "") for t, s in zip(tokens, spaces_for(tokens)))


def main(corpora: Path, out: Path):
    lines = []
    for path in sorted((corpora / "ud-italian").glob("*/*.conllu")):
        if path.relative_to(corpora).as_posix() in HELD_OUT:
            continue
        lines += [l[8:].strip() for l in path.read_text(encoding="utf8").splitlines()
                  if l.startswith("# text =")]
    # KIND's dataset/ holds the same sentences as evalita's train/dev plus Moro.
    ner_files = sorted((corpora / "kind/dataset").glob("*.tsv")) + [corpora / "wikineural/it/val.conllu"]
    for path in ner_files:
        lines += [detokenize(tokens) for tokens, _ in read_sentences(path)]
    out.parent.mkdir(parents=True, exist_ok=True)
    # Lowercased for the vectors (looked up by LOWER); cased JSONL for tok2vec pretraining.
    out.write_text("\n".join(l.lower() for l in lines) + "\n", encoding="utf8")
    with out.with_suffix(".jsonl").open("w", encoding="utf8") as handle:
        for line in lines:
            handle.write(json.dumps({"text": line}, ensure_ascii=False) + "\n")
    print(f"{len(lines)} lines, {sum(len(l.split()) for l in lines)} words -> {out}")


if __name__ == "__main__":
    typer.run(main)
