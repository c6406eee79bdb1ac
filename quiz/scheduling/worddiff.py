"""The word diff of a typed answer against the expected one, for a UI to colour.

Words are aligned by what they mean once folded (case, accents, punctuation, number words,
units: "kilometres" = "km"), and an alignment keeps the most *content* words: a match on an
article or a filler word ("the", "of") counts for little, so "the president" against "President
of the United States" keeps "president" rather than "the". Every typed word appears once, in
order, as equal, extra or wrong; every expected word once, in order, as equal or missing; a
UI can rebuild both texts from the segments.
"""

from __future__ import annotations

from quiz.core.text import fold_answer
from quiz.scheduling.textnorm import ARTICLES, FILLER_WORDS, split_words, word_tokens

EQUAL, MISSING, EXTRA, WRONG = "equal", "missing", "extra", "wrong"
Segment = tuple[str, str]

_CONTENT, _FUNCTION, _TRIVIAL = 10, 3, 1  # what a match on such a word is worth
MAX_CELLS = 250_000  # longer texts are aligned greedily, word by word


def diff_keys(text: str) -> tuple[list[str], list[str]]:
    """The words of `text` as typed and the key each is compared by."""
    words = split_words(text)
    keys = [""] * len(words)
    covered = [False] * len(words)
    for token in word_tokens(text):
        keys[token.first] = f"{keys[token.first]} {token.text}".strip()
        for index in range(token.first + 1, token.last + 1):
            covered[index] = True
    for index, word in enumerate(words):
        if not keys[index]:  # an article, a sign, or the "million" of "150 million"
            prefix = "+" if covered[index] else "~"
            keys[index] = prefix + (fold_answer(word) or word)
    return words, keys


def _weight(key: str) -> int:
    if key[0] in "+~":
        return _TRIVIAL
    return _FUNCTION if key in FILLER_WORDS or key in ARTICLES else _CONTENT


def _align(said: list[str], wanted: list[str]) -> list[tuple[int, int]]:
    """Index pairs of equal keys, in order on both sides, of the greatest total weight."""
    n, m = len(said), len(wanted)
    if n * m > MAX_CELLS:
        return _greedy(said, wanted)
    best = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        row, below = best[i], best[i + 1]
        for j in range(m - 1, -1, -1):
            value = max(below[j], row[j + 1])
            if said[i] == wanted[j]:
                value = max(value, _weight(said[i]) + below[j + 1])
            row[j] = value
    pairs: list[tuple[int, int]] = []
    i = j = 0
    while i < n and j < m:
        if said[i] == wanted[j] and best[i][j] == _weight(said[i]) + best[i + 1][j + 1]:
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif best[i + 1][j] >= best[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def _greedy(said: list[str], wanted: list[str]) -> list[tuple[int, int]]:
    """Each typed word matched to the next equal expected word, if any (for huge inputs)."""
    pairs: list[tuple[int, int]] = []
    j = 0
    for i, key in enumerate(said):
        found = next((k for k in range(j, len(wanted)) if wanted[k] == key), None)
        if found is not None:
            pairs.append((i, found))
            j = found + 1
    return pairs


def word_diff(response: str, expected: str) -> tuple[Segment, ...]:
    """Word-level segments turning `response` into `expected`.

    Words are compared folded and shown as typed. Typed words left over between two kept ones
    are "wrong" when expected words are missing there, else "extra" (and "extra" too when they
    are only articles or filler words such as titles).
    """
    said, said_keys = diff_keys(response)
    wanted, wanted_keys = diff_keys(expected)
    segments: list[Segment] = []

    def add(words: list[str], kind: str) -> None:
        if not words:
            return
        if segments and segments[-1][1] == kind:
            segments[-1] = (f"{segments[-1][0]} {' '.join(words)}", kind)
        else:
            segments.append((" ".join(words), kind))

    def gap(i0: int, i1: int, j0: int, j1: int) -> None:
        typed = said[i0:i1]
        fillers = all(_weight(key) != _CONTENT for key in said_keys[i0:i1])
        add(typed, WRONG if j1 > j0 and not fillers else EXTRA)
        add(wanted[j0:j1], MISSING)

    i = j = 0
    for a, b in [*_align(said_keys, wanted_keys), (len(said), len(wanted))]:
        gap(i, a, j, b)
        if a < len(said):
            add([said[a]], EQUAL)
        i, j = a + 1, b + 1
    return tuple(segments)
