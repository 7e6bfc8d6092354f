"""Join the trained syntax and NER pipelines into the one geokg ships.

The NER component carries its own tok2vec, so it is sourced as it is; both were
trained with the same floret vectors. The meta records sources and licence.

    python assemble.py SYNTAX_DIR NER_DIR OUT_DIR
"""
import shutil
from pathlib import Path

import spacy
import typer

import tokenizer  # noqa: F401  (registers the tokenizer callback named in the configs)

SOURCES = [
    {"name": "UD Italian (ISDT dev, VIT dev+test, ParTUT train+dev, PoSTWITA, TWITTIRO, MarkIT, ParlaMint, Valico, KIParlaForest)",
     "url": "https://universaldependencies.org", "license": "CC BY-NC-SA 3.0/4.0, CC BY-SA 4.0, CC BY 4.0"},
    {"name": "KIND (Wikinews, fiction, De Gasperi: EVALITA 2023 train/dev; Moro: train/test)", "url": "https://github.com/dhfbk/KIND",
     "license": "CC BY-NC 4.0 / CC BY-NC-SA 4.0"},
    {"name": "WikiNEuRal Italian (val, silver)", "url": "https://github.com/Babelscape/wikineural",
     "license": "CC BY-NC-SA 4.0"},
]


def main(syntax: Path, ner: Path, out: Path, version: str = "0.1.0"):
    nlp = spacy.load(syntax)
    ner_nlp = spacy.load(ner)
    if "tok2vec" in ner_nlp.pipe_names:  # give NER its own copy of its tok2vec
        ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)
    nlp.meta.update({
        "name": "geokg_it", "version": version, "lang": "it",
        "description": "geokg's Italian pipeline: tokenizer, morphologizer, trainable lemmatizer, "
                       "dependency parser (UD) and NER (PER/ORG/LOC), trained on public corpora.",
        "license": "CC BY-NC-SA 4.0 (inherited from the training treebanks and NER corpora)",
        "sources": SOURCES, "author": "geokg", "url": "",
    })
    for name in ("performance",):
        nlp.meta.pop(name, None)
    if out.exists():
        shutil.rmtree(out)
    nlp.to_disk(out)
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file())
    print(f"{out}: {size / 1e6:.1f} MB, pipeline {nlp.pipe_names}")


if __name__ == "__main__":
    typer.run(main)
