"""The shipped Italian pipeline: loads offline, parses news Italian, fails clearly when broken."""
import pytest

from kg.errors import ModelError
from kg.nlp import load_model


def test_tokenizer_splits_elisions_and_keeps_hyphenated_names(nlp):
    words = [t.text for t in nlp.make_doc("L'espansione dell'arsenale di Kim Jong-un: 10mila soldati.")]
    assert words[:2] == ["L'", "espansione"]
    assert "dell'" in words and "Jong-un" in words and "10mila" in words


def test_number_with_mila_is_one_numeral(nlp):
    doc = nlp("Mosca ha ricevuto 10mila soldati.")
    number = next(t for t in doc if t.text == "10mila")
    assert number.pos_ == "NUM" and number.head.text == "soldati"


def test_subject_and_person_entity(nlp):
    doc = nlp("Kim Jong-un ha ordinato di aumentare la produzione di missili.")
    kim = doc[0]
    assert kim.dep_ == "nsubj" and kim.head.lemma_ == "ordinare"
    assert any(ent.text == "Kim Jong-un" and ent.label_ == "PER" for ent in doc.ents)


def test_passive_with_agent(nlp):
    doc = nlp("Il trattato è stato firmato da Putin a Pyongyang.")
    firmato = next(t for t in doc if t.text == "firmato")
    deps = {child.text: child.dep_ for child in firmato.children}
    assert deps["trattato"] == "nsubj:pass"
    assert deps["Putin"] == "obl:agent"


def test_missing_model_dir_names_path(tmp_path):
    with pytest.raises(ModelError, match=f"{tmp_path / 'nope'}: model directory not found"):
        load_model(str(tmp_path / "nope"))


def test_corrupt_model_dir_names_path(tmp_path):
    (tmp_path / "config.cfg").write_text("[nlp]\nlang = \"it\"\n")
    (tmp_path / "meta.json").write_text("{not json")
    with pytest.raises(ModelError, match="corrupt model"):
        load_model(str(tmp_path))


def test_model_setting_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOKG_MODEL", str(tmp_path / "elsewhere"))
    with pytest.raises(ModelError, match="elsewhere: model directory not found"):
        load_model()


def test_shipped_meta_states_sources_and_licence(nlp):
    assert "CC BY-NC-SA" in nlp.meta["license"]
    assert any("KIND" in source["name"] for source in nlp.meta["sources"])


def test_line_breaks_end_headlines_but_not_wrapped_lines(nlp):
    doc = nlp("Kim ordina più missili\n\nIl leader nordcoreano ha visitato una fabbrica di proiettili.")
    assert [s.text.strip() for s in doc.sents] == \
        ["Kim ordina più missili", "Il leader nordcoreano ha visitato una fabbrica di proiettili."]
    wrapped = nlp("Il leader nordcoreano ha visitato\nuna fabbrica di proiettili.")
    assert len(list(wrapped.sents)) == 1


def test_model_runs_matrix_products_on_numpy_blas(nlp):
    from thinc.api import NumpyOps

    ops = nlp.get_pipe("tok2vec").model.ops
    assert isinstance(ops, NumpyOps) and not ops.use_blis


def test_sentences_end_only_at_final_punctuation_or_line_breaks(nlp):
    doc = nlp("Putin ha minacciato di colpire con il missile Oreshnik i «centri decisionali» di Kiev. "
              "Israele e Hamas hanno firmato. A Sharm hanno mediato l'Egitto e il Qatar.")
    assert [s.text.split()[0] for s in doc.sents] == ["Putin", "Israele", "A"]


def test_shipped_vectors_are_cached_floret(nlp):
    from kg.vectors import CachedFloretVectors
    assert isinstance(nlp.vocab.vectors, CachedFloretVectors)
    assert nlp.vocab.vectors.mode == "floret"


def test_cached_vectors_equal_plain_floret_across_batches(nlp):
    import random

    from spacy.vectors import Vectors

    from kg.vectors import CachedFloretVectors
    plain = Vectors(strings=nlp.vocab.strings)
    plain.from_bytes(nlp.vocab.vectors.to_bytes())
    small = CachedFloretVectors.from_vectors(plain, max_words=12)
    words = ("Il Cremlino loda Pyongyang e ringrazia Kim per i proiettili mandati al fronte mentre Seul "
             "e Tokyo protestano contro i lanci dei missili balistici nel mar del Giappone").split()
    keys = [nlp.vocab.strings.add(word) for word in words]
    shuffle = random.Random(7)
    for _ in range(40):  # batches that overlap, fill the cache and make it forget
        batch = shuffle.choices(keys, k=shuffle.randint(1, 15))
        assert (small.get_batch(batch) == plain.get_batch(batch)).all()
        assert small.cached_words <= 12
    assert small.cached_words > 0


def test_parses_are_the_same_with_and_without_the_vector_cache(nlp):
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS
    from spacy.vectors import Vectors
    texts = ["Il leader di Pyongyang ha inviato migliaia di soldati in Russia.",
             "Putin ha elogiato l'«invincibile amicizia» con la Corea del Nord firmata a giugno."]
    attrs = [HEAD, DEP, POS, LEMMA, MORPH, ENT_IOB, ENT_TYPE]
    cached = [doc.to_array(attrs) for doc in nlp.pipe(texts)]
    cached_vectors = nlp.vocab.vectors
    plain = Vectors(strings=nlp.vocab.strings)
    plain.from_bytes(cached_vectors.to_bytes())
    try:
        nlp.vocab.vectors = plain
        uncached = [doc.to_array(attrs) for doc in nlp.pipe(texts)]
    finally:
        nlp.vocab.vectors = cached_vectors
    assert all((a == b).all() for a, b in zip(cached, uncached))


def test_default_vectors_are_left_alone():
    import numpy
    from spacy.vocab import Vocab

    from kg.vectors import with_cached_vectors
    vocab = Vocab()
    vocab.set_vector("Kim", numpy.ones(4, dtype="float32"))
    before = vocab.vectors
    with_cached_vectors(vocab)
    assert vocab.vectors is before
