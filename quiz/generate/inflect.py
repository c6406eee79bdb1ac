"""English word forms from a lexicon (lemminflect), for turning statements into questions.

"did ... sign" needs the base form of "signed", "seized" or "withdrew"; "were ... admitted"
needs to know that "admitted" is a participle and "workers" a noun, not a verb. Suffix rules
guess wrong ("recogniz", "seiz"); lemminflect's dictionary (the SPECIALIST lexicon, shipped
in its wheel) knows. Every lookup is cached: generation asks about the same words again and
again.
"""

from __future__ import annotations

from functools import lru_cache

import lemminflect

_PAST_TAGS = frozenset({"VBD", "VBN"})
_BASE_TAGS = frozenset({"VB", "VBP"})
_VBD, _VBN, _VBZ, _VBG = (frozenset({tag}) for tag in ("VBD", "VBN", "VBZ", "VBG"))


@lru_cache(maxsize=1 << 16)
def _verb_forms(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(lemma, Penn tags) for each verb lemma that `word` (lower case) is a form of.

    A regular verb lists one form for both past tags; an out-of-vocabulary "-ed" word
    ("denuclearised") is lemmatised by lemminflect's rules and counts as a past form.
    """
    if "-" in word.strip("-"):  # "re-appointed": the forms of "appointed", prefix kept
        prefix, _, last = word.rpartition("-")
        return tuple((f"{prefix}-{lemma}", tags) for lemma, tags in _verb_forms(last))
    found: list[tuple[str, frozenset[str]]] = []
    for lemma in lemminflect.getAllLemmas(word, upos="VERB").get("VERB", ()):
        inflections = lemminflect.getAllInflections(lemma, upos="VERB")
        tags = frozenset(tag for tag, forms in inflections.items() if word in forms)
        if "VBD" in tags and "VBN" not in inflections:
            tags |= {"VBN"}  # "signed": lemminflect lists the one form under VBD only
        if tags:
            found.append((lemma, tags))
    if (not found and word.endswith("ed") and len(word) > 4 and word.isalpha()
            and not lemminflect.getAllLemmas(word)):
        guessed = lemminflect.getLemma(word, upos="VERB", lemmatize_oov=True)
        if guessed and guessed[0] != word:
            found.append((guessed[0], frozenset(_PAST_TAGS)))
    return tuple(found)


@lru_cache(maxsize=1 << 16)
def _lemma_with(word: str, tags: frozenset[str]) -> str | None:
    for lemma, have in _verb_forms(word.lower()):
        if have & tags:
            return lemma
    return None


def past_base(word: str) -> str | None:
    """The base form of a past tense or past participle ("seized" -> "seize", "withdrew" ->
    "withdraw", "begun" -> "begin"), else None."""
    return _lemma_with(word, _PAST_TAGS)


def is_past_tense(word: str) -> bool:
    """Whether `word` can be a finite past tense ("signed", "withdrew"; not "begun", "born")."""
    return _lemma_with(word, _VBD) is not None


def is_participle(word: str) -> bool:
    """Whether `word` can be a past participle ("conducted", "held", "born")."""
    return _lemma_with(word, _VBN) is not None


def present_base(word: str) -> str | None:
    """The base form of a third-person present ("seizes" -> "seize", "goes" -> "go"), else
    None ("workers", "pandas": nouns only)."""
    return _lemma_with(word, _VBZ)


def is_present_only(word: str) -> bool:
    """Whether `word` is a third-person present and nothing else ("declares", "seizes"; not
    "places" or "talks", which are plural nouns too)."""
    low = word.lower()
    return present_base(low) is not None and "NOUN" not in parts_of_speech(low)


def is_base_verb(word: str) -> bool:
    """Whether `word` is a verb's base or plural present form ("begin", "join")."""
    return _lemma_with(word, _BASE_TAGS) is not None


def ing_base(word: str) -> str | None:
    """The base form of an -ing participle ("speaking" -> "speak", "making" -> "make")."""
    return _lemma_with(word, _VBG)


@lru_cache(maxsize=1 << 16)
def parts_of_speech(word: str) -> frozenset[str]:
    """The universal parts of speech `word` (lower case) has in the lexicon (NOUN, VERB, ADJ
    ...), empty for a word it does not know."""
    return frozenset(lemminflect.getAllLemmas(word))


@lru_cache(maxsize=1 << 16)
def is_plural_noun(word: str) -> bool:
    """Whether `word` (lower case) is a plural noun ("workers", "troops", "pandas")."""
    for lemma in lemminflect.getAllLemmas(word, upos="NOUN").get("NOUN", ()):
        if lemma != word and word in lemminflect.getAllInflections(lemma, upos="NOUN").get(
                "NNS", ()):
            return True
    return False


def past_tense(lemma: str) -> str:
    """The simple past of `lemma` ("become" -> "became", "be" -> "was")."""
    forms = lemminflect.getInflection(lemma, tag="VBD")
    return forms[0] if forms else lemma + "ed"
