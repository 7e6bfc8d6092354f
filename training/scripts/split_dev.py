"""Split the ISDT dev DocBin in two: part A joins the training data of a fine-tuning round, part B
stays the dev set it is chosen on. Every third document goes to B, so both parts span the
treebank's genres. The held-out ISDT test is not touched.

    python scripts/split_dev.py corpus/ud-dev.spacy corpus/isdt-dev-a.spacy corpus/isdt-dev-b.spacy
"""
import sys
from pathlib import Path

import spacy
from spacy.tokens import DocBin


def main(dev: Path, part_a: Path, part_b: Path) -> None:
    vocab = spacy.blank("it").vocab
    docs = list(DocBin().from_disk(dev).get_docs(vocab))
    a, b = DocBin(store_user_data=False), DocBin(store_user_data=False)
    for i, doc in enumerate(docs):
        (b if i % 3 == 2 else a).add(doc)
    a.to_disk(part_a)
    b.to_disk(part_b)
    print(f"{dev}: {len(a)} docs to {part_a}, {len(b)} docs to {part_b}")


if __name__ == "__main__":
    main(*(Path(arg) for arg in sys.argv[1:4]))
