"""Accuracy of a pipeline (default: the shipped one) on the held-out tests.

ISDT test → UPOS, lemma, UAS, LAS (multiword tokens merged, as spaCy's Italian
tokenizer leaves them); KIND Wikinews EVALITA-2023 test → NER P/R/F (PER, ORG, LOC).

    python training/scripts/evaluate.py [--model PATH] [--corpora ../shared/data]
"""
import json
import sys
from pathlib import Path

import spacy
import typer
from spacy.tokens import DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).resolve().parent))
from convert_ner import TEST_FILE, to_docbin  # noqa: E402
from convert_ud import HELD_OUT_TEST, read_docs  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def main(model: Path = REPO / "kg" / "models" / "it", corpora: Path = REPO.parent / "shared" / "data",
         json_out: bool = typer.Option(False, "--json")):
    nlp = spacy.load(model)
    # through a DocBin so the gold strings land in the model's string store
    ud_docs = list(DocBin(docs=read_docs(corpora / "ud-italian" / HELD_OUT_TEST)).get_docs(nlp.vocab))
    ud_examples = [Example(nlp.make_doc(doc.text), doc) for doc in ud_docs]
    ner_docs = list(to_docbin(nlp, [corpora / TEST_FILE]).get_docs(nlp.vocab))
    ner_examples = [Example(nlp.make_doc(doc.text), doc) for doc in ner_docs]
    syntax = nlp.evaluate(ud_examples)
    ner = nlp.evaluate(ner_examples)
    words = sum(len(doc) for doc in ud_docs)
    scores = {
        "upos": syntax["pos_acc"], "lemma": syntax["lemma_acc"], "morph": syntax["morph_acc"],
        "uas": syntax["dep_uas"], "las": syntax["dep_las"],
        "ner_p": ner["ents_p"], "ner_r": ner["ents_r"], "ner_f": ner["ents_f"],
        "ner_per_type": {k: round(v["f"], 4) for k, v in ner["ents_per_type"].items()},
        "isdt_test_words": words,
    }
    if json_out:
        print(json.dumps(scores, indent=2))
        return
    print(f"model: {model}")
    print(f"ISDT test ({words} words): UPOS {scores['upos']:.3f}  lemma {scores['lemma']:.3f}  "
          f"morph {scores['morph']:.3f}  UAS {scores['uas']:.3f}  LAS {scores['las']:.3f}")
    print(f"KIND WN test: NER P {scores['ner_p']:.3f}  R {scores['ner_r']:.3f}  F {scores['ner_f']:.3f}  "
          + "  ".join(f"{k} {v:.3f}" for k, v in sorted(scores["ner_per_type"].items())))


if __name__ == "__main__":
    typer.run(main)
