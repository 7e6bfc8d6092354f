"""Floret vectors that remember the words they have seen.

spaCy computes a floret vector from scratch every time a word occurs in a batch: it hashes
every character n-gram of the word and averages the rows it finds. The shipped pipeline has two
tok2vec layers that both read the vectors, so each batch paid for that twice, and a word met in
an earlier batch paid again. A word's vector never changes, so this table keeps the ones it has
computed (up to ``max_words``) and hands back exactly the same numbers.

>>> import numpy
>>> from spacy.vocab import Vocab
>>> vocab = Vocab()
>>> plain = Vectors(strings=vocab.strings, data=numpy.random.rand(100, 8).astype("float32"),
...                 mode="floret", minn=3, maxn=5, hash_count=2)
>>> cached = CachedFloretVectors.from_vectors(plain)
>>> keys = [vocab.strings.add(word) for word in ("Kim", "ordina", "missili", "Kim")]
>>> bool((cached.get_batch(keys) == plain.get_batch(keys)).all())
True
>>> cached.cached_words
3
"""
from __future__ import annotations

import numpy
from spacy.vectors import Mode, Vectors

MAX_WORDS = 20_000  # 20k words of 64 floats: 5 MB, and the frequent words of any corpus
NO_KEYS = numpy.empty(0, dtype="uint64")


class CachedFloretVectors(Vectors):
    """spaCy ``Vectors`` in floret mode whose ``get_batch`` reuses the vectors of words seen before.

    The cache is three arrays: the keys seen (sorted), the row of each in ``_table`` (rows in the
    order the words were first seen), and the table. When full it keeps the words seen first, which
    in running text are the frequent ones, and forgets the rest.
    """

    max_words: int = MAX_WORDS

    @classmethod
    def from_vectors(cls, vectors: Vectors, max_words: int = MAX_WORDS) -> CachedFloretVectors:
        """A cached copy of floret ``vectors`` (same table, settings and string store)."""
        if vectors.mode != Mode.floret:
            raise ValueError(f"only floret vectors need a cache, not {vectors.mode!r} ones")
        cached = cls(strings=vectors.strings)
        cached.from_bytes(vectors.to_bytes())
        cached.max_words = max_words
        cached.clear_cache()
        return cached

    def clear_cache(self) -> None:
        self._keys = NO_KEYS
        self._rows = numpy.empty(0, dtype="int64")
        self._table = numpy.empty((self.max_words, self.shape[1]), dtype=self.data.dtype)

    @property
    def cached_words(self) -> int:
        return len(self._keys)

    def get_batch(self, keys):
        if not isinstance(keys, numpy.ndarray):  # tok2vec passes an array of ids; others may pass strings
            keys = [self.strings.add(k) if isinstance(k, str) else k for k in keys]
        keys = numpy.asarray(keys, dtype="uint64")
        unique, position = numpy.unique(keys, return_inverse=True)
        if len(unique) > self.max_words:  # a batch larger than the whole cache
            return super().get_batch(keys)
        found, where = self._find(unique)
        if not found.all():
            if len(self._keys) + (~found).sum() > self.max_words:
                self._keep_first(max(0, min(self.max_words // 2, self.max_words - len(unique))))
                found, where = self._find(unique)
            self._remember(unique[~found])
            found, where = self._find(unique)
        return self._table[self._rows[where][position.reshape(-1)]]

    def _find(self, unique: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Whether each of the sorted ``unique`` keys is cached, and where in ``_keys``."""
        where = numpy.searchsorted(self._keys, unique)
        found = numpy.zeros(len(unique), dtype=bool)
        inside = where < len(self._keys)
        found[inside] = self._keys[where[inside]] == unique[inside]
        return found, where

    def _remember(self, unseen: numpy.ndarray) -> None:
        start = len(self._keys)
        self._table[start:start + len(unseen)] = super().get_batch(unseen.tolist())
        keys = numpy.concatenate([self._keys, unseen])
        rows = numpy.concatenate([self._rows, numpy.arange(start, start + len(unseen))])
        order = numpy.argsort(keys, kind="stable")
        self._keys, self._rows = keys[order], rows[order]

    def _keep_first(self, count: int) -> None:
        kept = self._rows < count
        self._keys, self._rows = self._keys[kept], self._rows[kept]


def with_cached_vectors(vocab) -> None:
    """Swap a vocabulary's floret vectors for a cached copy; other vectors are left alone."""
    if vocab.vectors.mode == Mode.floret and not isinstance(vocab.vectors, CachedFloretVectors):
        vocab.vectors = CachedFloretVectors.from_vectors(vocab.vectors)
