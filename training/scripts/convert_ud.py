"""Convert UD Italian CoNLL-U files into spaCy DocBins for the syntax pipeline.

Multiword tokens ("della" = di + la) are merged into one token, as spaCy's
Italian tokenizer leaves them whole. The held-out ISDT test is converted to its
own file and checked never to overlap the training text.

    python convert_ud.py CORPORA_DIR OUT_DIR
"""
from pathlib import Path

import typer
from spacy.tokens import DocBin
from spacy.training.converters import conllu_to_docs

HELD_OUT_TEST = "ISDT/it_isdt-ud-test.conllu"
DEV_FILE = "ISDT/it_isdt-ud-dev.conllu"
# Old Italian is literary language of the 1300s: it hurts a news parser.
SKIPPED_TREEBANKS = {"Old"}


def read_docs(path: Path):
    text = path.read_text(encoding="utf8")
    return list(conllu_to_docs(text, n_sents=10, merge_subtokens=True, no_print=True))


def sentence_texts(path: Path) -> set[str]:
    return {
        line.split("=", 1)[1].strip()
        for line in path.read_text(encoding="utf8").splitlines()
        if line.startswith("# text =")
    }


def main(corpora: Path, out: Path):
    ud = corpora / "ud-italian"
    out.mkdir(parents=True, exist_ok=True)
    test_path = ud / HELD_OUT_TEST
    held_out = sentence_texts(test_path)
    train, dev = DocBin(store_user_data=False), DocBin()
    for path in sorted(ud.glob("*/*.conllu")):
        rel = path.relative_to(ud).as_posix()
        if rel == HELD_OUT_TEST or path.parent.name in SKIPPED_TREEBANKS:
            continue
        overlap = sentence_texts(path) & held_out
        if overlap:  # shared source texts (ParTUT test): keep the whole file out
            print(f"{rel}: skipped, {len(overlap)} sentences also in the held-out test")
            continue
        target = dev if rel == DEV_FILE else train
        for doc in read_docs(path):
            target.add(doc)
        print(f"{rel}: {'dev' if target is dev else 'train'}")
    test = DocBin()
    for doc in read_docs(test_path):
        test.add(doc)
    train.to_disk(out / "ud-train.spacy")
    dev.to_disk(out / "ud-dev.spacy")
    test.to_disk(out / "ud-test.spacy")
    print(f"train docs {len(train)}, dev docs {len(dev)}, test docs {len(test)}")


if __name__ == "__main__":
    typer.run(main)
