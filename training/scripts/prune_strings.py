"""Drop training-vocabulary strings the shipped pipeline never looks up.

The string store of a trained pipeline holds every word seen in training; at run
time spaCy adds the strings it meets, and needs only the ones components refer to
by hash: labels, morphological features, the lemmatizer's edit-tree substrings,
the tokenizer's special cases. Checked by parsing text with both stores.

    python prune_strings.py MODEL_DIR CHECK_DOCBIN
"""
from pathlib import Path

import srsly
import spacy
import typer
from spacy.tokens import DocBin

import tokenizer  # noqa: F401


def needed_strings(nlp) -> set[str]:
    keep = set()
    for name, pipe in nlp.pipeline:
        labels = getattr(pipe, "labels", ()) or ()
        keep.update(str(label) for label in labels)
        if hasattr(pipe, "trees"):
            for node in srsly.msgpack_loads(pipe.trees.to_bytes())["trees"]:
                for key in ("orig", "subst"):
                    if key in node and node[key] in nlp.vocab.strings:
                        keep.add(nlp.vocab.strings[node[key]])
    for analysis in nlp.get_pipe("morphologizer").labels:
        keep.add(analysis)
        for part in analysis.replace("POS=", "").split("|"):
            keep.update([part, *part.split("=")])
    for text, specials in nlp.tokenizer.rules.items():
        keep.add(text)
        keep.update(s.get(65, "") for s in specials)  # ORTH
    return {s for s in keep if s}


def main(model: Path, check: Path):
    nlp = spacy.load(model)
    docs = list(DocBin().from_disk(check).get_docs(nlp.vocab))
    texts = [d.text for d in docs]
    before = [[(t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_type_) for t in d] for d in nlp.pipe(texts)]
    keep = needed_strings(nlp)
    strings_path = model / "vocab" / "strings.json"
    old = srsly.read_json(strings_path)
    srsly.write_json(strings_path, sorted(s for s in old if s in keep))
    pruned = spacy.load(model)
    after = [[(t.lemma_, t.pos_, str(t.morph), t.dep_, t.head.i, t.ent_type_) for t in d] for d in pruned.pipe(texts)]
    if before != after:
        srsly.write_json(strings_path, old)
        raise SystemExit("pruned store changes the output: kept the full one")
    print(f"strings: {len(old)} -> {len(keep & set(old))}; output identical on {len(texts)} texts")


if __name__ == "__main__":
    typer.run(main)
