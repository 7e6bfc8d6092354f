"""Write the train/dev/test files of some UD Italian treebanks into one DocBin, for fine-tuning
rounds that should see only edited prose annotated in ISDT's style (full label subtypes:
nsubj:pass, aux:pass, expl:impers, obl:agent, flat:name). The held-out ISDT test and any file
sharing sentences with it stay out.

    python scripts/select_treebanks.py CORPORA_DIR OUT.spacy ParTUT VIT MarkIT
"""
import sys
from pathlib import Path

from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).parent))
from convert_ud import HELD_OUT_TEST, read_docs, sentence_texts  # noqa: E402


def main(corpora: Path, out: Path, treebanks: list[str]) -> None:
    ud = corpora / "ud-italian"
    held_out = sentence_texts(ud / HELD_OUT_TEST)
    chosen = DocBin(store_user_data=False)
    for name in treebanks:
        for path in sorted((ud / name).glob("*.conllu")):
            if path.relative_to(ud).as_posix() == HELD_OUT_TEST or sentence_texts(path) & held_out:
                print(f"{path.name}: left out (held-out test or overlaps it)")
                continue
            docs = read_docs(path)
            for doc in docs:
                chosen.add(doc)
            print(f"{path.name}: {sum(len(d) for d in docs)} tokens")
    chosen.to_disk(out)


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3:])
