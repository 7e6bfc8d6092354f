"""Floret vectors that remember the words they have seen.

spaCy computes a floret vector from scratch every time a word occurs in a batch: it hashes
every character n-gram of the word and averages the rows it finds. The shipped pipeline has two
tok2vec layers that both read the vectors, so each batch paid for that twice, and a word met in
an earlier batch paid again. A word's vector never changes, so this table keeps the ones it has
computed (up to ``max_words``, then starts over) and hands back exactly the same numbers.

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

MAX_WORDS = 100_000  # 100k words of 64 floats: 25 MB, and the most frequent words of any corpus


class CachedFloretVectors(Vectors):
    """spaCy ``Vectors`` in floret mode whose ``get_batch`` reuses the vectors of words seen before."""

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
        self._row_of_key: dict[int, int] = {}
        self._table = numpy.empty((0, self.shape[1]), dtype=self.data.dtype)

    @property
    def cached_words(self) -> int:
        return len(self._row_of_key)

    def get_batch(self, keys):
        keys = numpy.asarray([self.strings.add(k) if isinstance(k, str) else k for k in keys], dtype="uint64")
        unique, position = numpy.unique(keys, return_inverse=True)
        if len(unique) > self.max_words:  # a batch larger than the whole cache
            return super().get_batch(keys)
        row_of_key = self._row_of_key
        unseen = [int(key) for key in unique if int(key) not in row_of_key]
        if len(row_of_key) + len(unseen) > self.max_words:
            self.clear_cache()
            row_of_key = self._row_of_key
            unseen = [int(key) for key in unique]
        if unseen:
            self._remember(unseen, numpy.asarray(super().get_batch(unseen)))
        rows = numpy.fromiter((row_of_key[int(key)] for key in unique), dtype="int64", count=len(unique))
        return self._table[rows[position.reshape(-1)]]

    def _remember(self, keys: list[int], vectors: numpy.ndarray) -> None:
        start = len(self._row_of_key)
        needed = start + len(keys)
        if needed > len(self._table):  # grow by doubling: no copy of the whole table per batch
            grown = numpy.empty((max(needed, 2 * len(self._table)), self.shape[1]), dtype=self._table.dtype)
            grown[:start] = self._table[:start]
            self._table = grown
        self._table[start:needed] = vectors
        self._row_of_key.update(zip(keys, range(start, needed)))


def with_cached_vectors(vocab) -> None:
    """Swap a vocabulary's floret vectors for a cached copy; other vectors are left alone."""
    if vocab.vectors.mode == Mode.floret and not isinstance(vocab.vectors, CachedFloretVectors):
        vocab.vectors = CachedFloretVectors.from_vectors(vocab.vectors)
