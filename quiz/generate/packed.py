"""Candidates kept packed (pickled and compressed) until the whole document has been read.

A large document makes hundreds of thousands of candidates, and most are dropped as soon as
they can be finished, which is only once the names and agreements of the whole document are
known. Packed, with their facts and sentences, they take a tenth of the memory.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import operator
import pickle
import zlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from quiz.generate.dates import DateMention
from quiz.generate.facts import Fact
from quiz.generate.questions import Candidate
from quiz.generate.sentences import Sentence

BATCH = 4096  # candidates packed together; a document with fewer is never packed


def _by_fields(cls: type) -> Callable[[Any], tuple[type, tuple[Any, ...]]]:
    """Pickle an instance of a dataclass as the call that makes it again (faster than its
    generated __getstate__; a sentence finds its dates again when asked)."""
    names = [f.name for f in dataclasses.fields(cls) if f.init]
    fields = operator.attrgetter(*names)
    return lambda obj: (cls, fields(obj))


_DISPATCH = copyreg.dispatch_table | {
    cls: _by_fields(cls) for cls in (Candidate, Fact, Sentence, DateMention)}


class PackedCandidates:
    """A list of candidates, added a sentence's at a time and taken out once, in order."""

    def __init__(self) -> None:
        self.batch = BATCH
        self.packed: list[bytes] = []
        self.loose: list[Candidate] = []

    def extend(self, candidates: Iterable[Candidate]) -> None:
        """Add candidates (those of one sentence: they are packed together, sharing it)."""
        self.loose.extend(candidates)
        if len(self.loose) >= self.batch:
            stream = io.BytesIO()
            pickler = pickle.Pickler(stream, pickle.HIGHEST_PROTOCOL)
            pickler.dispatch_table = _DISPATCH
            pickler.dump(self.loose)
            self.packed.append(zlib.compress(stream.getvalue(), 1))
            self.loose = []

    def drain(self) -> Iterator[Candidate]:
        """Every candidate, in the order added; each batch is let go as it is given out."""
        packed, self.packed = self.packed, []
        packed.reverse()
        while packed:
            yield from pickle.loads(zlib.decompress(packed.pop()))
        loose, self.loose = self.loose, []
        yield from loose
