"""Training code for rounds that resume sourced components: the tokenizer rules, plus a repair
for spaCy's edit-tree lemmatizer, whose label map (edit tree → output row) is rebuilt only when
labels are added, not when the component is loaded. A sourced lemmatizer that keeps training
then maps every gold tree to row 0 and unlearns lemmas within a few hundred steps.

    python -m spacy train CONFIG --code scripts/resume.py
"""
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).parent))
import tokenizer  # noqa: E402,F401  (registers geokg.it_tokenizer.v1)


@spacy.registry.callbacks("geokg.lemmatizer_labels.v1")
def make_lemmatizer_label_repair():
    def repair(nlp):
        for _, pipe in nlp.components:  # sourced components are disabled while this runs
            if hasattr(pipe, "tree2label") and not pipe.tree2label:
                pipe.tree2label.update({tree: row for row, tree in enumerate(pipe.cfg["labels"])})
        return nlp

    return repair
