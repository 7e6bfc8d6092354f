"""Convert KIND and WikiNEuRal (Italian) NER files into spaCy DocBins.

Both are token-per-line files (KIND: ``token<TAB>BIO``; WikiNEuRal:
``idx<TAB>token<TAB>BIO``). Text is rebuilt with Italian spacing so that the
pipeline's own tokenizer sees what it will see at run time. MISC (WikiNEuRal
only) is dropped: KIND, the target, does not annotate it.

    python convert_ner.py CORPORA_DIR OUT_DIR
"""
from pathlib import Path

import spacy
import typer
from spacy.tokens import Doc, DocBin
from spacy.training import biluo_tags_to_spans, iob_to_biluo

KEPT_LABELS = {"PER", "ORG", "LOC"}
NO_SPACE_BEFORE = set(".,;:!?)]}»%…") | {"'s"}
NO_SPACE_AFTER = set("([{«")
# Wikinews first (twice: it is the target domain but a fifth of the tokens);
# fiction, De Gasperi and Moro (political prose, rich in parties and
# institutions) add variety. WN_test is held out; KIND's dataset/wikinews_*
# are the WN sentences again (IO tags), so they are not read.
TRAIN_FILES = ["kind/evalita-2023/WN_train.tsv", "kind/evalita-2023/WN_train.tsv",
               "kind/evalita-2023/FIC_train.tsv", "kind/evalita-2023/FIC_dev.tsv",
               "kind/evalita-2023/ADG_train.tsv", "kind/evalita-2023/ADG_dev.tsv",
               "kind/dataset/moro_train.tsv", "kind/dataset/moro_test.tsv",
               "wikineural/it/val.conllu"]
# Round 4 fine-tunes on the target domain alone.
WN_TRAIN_FILES = ["kind/evalita-2023/WN_train.tsv"]
DEV_FILE = "kind/evalita-2023/WN_dev.tsv"
TEST_FILE = "kind/evalita-2023/WN_test.tsv"


def read_sentences(path: Path):
    """Yield (tokens, bio_tags) per sentence."""
    tokens, tags = [], []
    for line in path.read_text(encoding="utf8").splitlines():
        parts = line.split("\t")
        if not line.strip():
            if tokens:
                yield tokens, tags
            tokens, tags = [], []
            continue
        token, tag = parts[-2], parts[-1]
        label = tag[2:] if "-" in tag else ""
        tags.append(tag if label in KEPT_LABELS else "O")
        tokens.append(token)
    if tokens:
        yield tokens, tags


def spaces_for(tokens: list[str]) -> list[bool]:
    spaces = []
    for i, token in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        space = nxt is not None and nxt not in NO_SPACE_BEFORE
        if token in NO_SPACE_AFTER or token.endswith(("'", "’")):
            space = False
        spaces.append(space)
    return spaces


def to_docbin(nlp, paths: list[Path], docs_per_group: int = 10) -> DocBin:
    db = DocBin()
    sentences = []
    for path in paths:
        for tokens, tags in read_sentences(path):
            doc = Doc(nlp.vocab, words=tokens, spaces=spaces_for(tokens))
            doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
            sentences.append(doc)
    for start in range(0, len(sentences), docs_per_group):
        db.add(Doc.from_docs(sentences[start:start + docs_per_group]))
    return db


def main(corpora: Path, out: Path):
    nlp = spacy.blank("it")
    out.mkdir(parents=True, exist_ok=True)
    to_docbin(nlp, [corpora / f for f in TRAIN_FILES]).to_disk(out / "ner-train.spacy")
    to_docbin(nlp, [corpora / f for f in WN_TRAIN_FILES]).to_disk(out / "ner-wn-train.spacy")
    to_docbin(nlp, [corpora / DEV_FILE]).to_disk(out / "ner-dev.spacy")
    to_docbin(nlp, [corpora / TEST_FILE]).to_disk(out / "ner-test.spacy")
    print("NER corpora written to", out)


if __name__ == "__main__":
    typer.run(main)
