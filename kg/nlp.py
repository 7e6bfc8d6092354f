"""Load the spaCy pipeline: the shipped Italian model, or one the user names.

Resolution order: the ``model`` argument (``--model``), the ``GEOKG_MODEL``
environment variable, then the model shipped in ``kg/models/it``. A name of an
installed package (``it_core_news_lg``) works as well as a path: extraction
relies only on UD labels, which both kinds of model produce.
"""
from __future__ import annotations

import json
import os
from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from thinc.api import NumpyOps, get_current_ops, use_ops

from . import segmentation  # noqa: F401  (registers the geokg_sentence_bounds component)
from .errors import ModelError
from .vectors import with_cached_vectors

SHIPPED_MODEL = Path(__file__).resolve().parent / "models" / "it"
REQUIRED_FILES = ("config.cfg", "meta.json")
FIX_HINT = ("reinstall geokg (pip install -e .), rebuild it with `weasel run all` in training/, "
            "or pass --model / set GEOKG_MODEL to another spaCy pipeline")


def resolve_model(model: str | Path | None = None) -> str | Path:
    """The model to load: the argument, ``$GEOKG_MODEL``, or the shipped model."""
    return model or os.environ.get("GEOKG_MODEL") or SHIPPED_MODEL


def _check_model_dir(path: Path) -> None:
    if not path.is_dir():
        raise ModelError(f"{path}: model directory not found; {FIX_HINT}")
    missing = [name for name in REQUIRED_FILES if not (path / name).is_file()]
    if missing:
        raise ModelError(f"{path}: not a spaCy model (missing {', '.join(missing)}); {FIX_HINT}")
    try:
        json.loads((path / "meta.json").read_text(encoding="utf8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise ModelError(f"{path}: corrupt model (unreadable meta.json); {FIX_HINT}") from None


def load_model(model: str | Path | None = None) -> Language:
    """Load a spaCy pipeline (once per name or path) with a clear error if it is missing or corrupt."""
    return _load(str(resolve_model(model)))


@cache
def _load(target: str) -> Language:
    as_path = Path(target)
    if as_path.exists() or os.sep in target:
        _check_model_dir(as_path)
        target = as_path
    try:
        if type(get_current_ops()) is NumpyOps:
            # numpy's BLAS (OpenBLAS) runs the matrix products 2-3x faster than thinc's
            # default BLIS kernels on our CPUs: the whole pipeline goes ~1.7x faster.
            with use_ops("numpy", use_blis=False):
                nlp = spacy.load(target)
        else:
            nlp = spacy.load(target)  # GPU or platform ops chosen by the user
    except OSError as err:
        raise ModelError(f"{target}: cannot load spaCy model ({str(err).splitlines()[0]}); "
                         f"{FIX_HINT}") from None
    except Exception as err:  # a damaged weights file fails deep inside thinc/srsly
        raise ModelError(f"{target}: corrupt model ({type(err).__name__}: {err}); {FIX_HINT}") from None
    with_cached_vectors(nlp.vocab)  # floret vectors computed once per word, not per batch and layer
    if "parser" in nlp.pipe_names and "geokg_sentence_bounds" not in nlp.pipe_names:
        nlp.add_pipe("geokg_sentence_bounds", before="parser")  # sentences end at headlines and full stops only
    return nlp
