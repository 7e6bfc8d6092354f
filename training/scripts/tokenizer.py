"""Tokenizer rules for the geokg Italian pipeline.

Registered as an ``[initialize.before_init]`` callback: the changed rules are
serialized with the tokenizer, so the packaged model needs no code to load.
"""
import spacy
from spacy.lang.char_classes import ALPHA
from spacy.lang.it.punctuation import TOKENIZER_INFIXES
from spacy.util import compile_infix_regex

# Opening quotes may follow an elided article: l'«invincibile amicizia».
ELISION_BEFORE_QUOTE = rf"(?<=[{ALPHA}]['’])[«\"“‘]"


def _keeps_hyphenated_words(pattern: str) -> bool:
    # spaCy splits letter-hyphen-letter ("Jong-un", "nord-coreano"); UD Italian
    # keeps such words whole, and names like Kim Jong-un must stay one span.
    return "(?:-|–|—" not in pattern


@spacy.registry.callbacks("geokg.it_tokenizer.v1")
def make_it_tokenizer_customizer():
    def customize(nlp):
        infixes = [p for p in TOKENIZER_INFIXES if _keeps_hyphenated_words(p)]
        infixes.append(ELISION_BEFORE_QUOTE)
        nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        return nlp

    return customize
