"""English word forms from a lexicon (lemminflect), for turning statements into questions.

"did ... sign" needs the base form of "signed", "seized" or "withdrew"; "were ... admitted"
needs to know that "admitted" is a participle and "workers" a noun, not a verb. Suffix rules
guess wrong ("recogniz", "seiz"); lemminflect's dictionary (the SPECIALIST lexicon, shipped
in its wheel) knows. Every lookup is cached: generation asks about the same words again and
again.

lemminflect parses the whole of its look-up tables (120,000 lines of gzipped text) at its first
look-up, about a second a process, where a run asks about a few thousand words. It is given the
tables already indexed instead (_LazyTable): a word's lines are parsed, by lemminflect's own
codecs, when the word is first asked about.
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any

import lemminflect
from lemminflect import config
from lemminflect.codecs.InflectionLUCodec import InflectionLUCodec
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from lemminflect.core.Inflections import Inflections
from lemminflect.core.Lemmatizer import Lemmatizer
from lemminflect.core.LexicalUtils import categoryToUPos

Entry = dict[str, tuple[str, ...]]  # tag -> spellings, as lemminflect's tables hold them


class _LazyTable(Mapping[str, Entry]):
    """One of lemminflect's look-up tables, word -> entry, as its codec's `load` would make
    it: a word's lines (together: the file is sorted) are found through an index of their
    positions and parsed, with `entry_of`, when the word is first looked up. `fixed` are the
    entries `load` puts in after reading (they replace the file's)."""

    def __init__(self, lines: list[str], words: list[str], entry_of: Callable[[list[str]], Entry],
                 fixed: dict[str, Entry]) -> None:
        self._lines, self._words = lines, words  # each line's word
        self._last = dict(zip(words, range(len(words)), strict=True))  # a word's last line
        self._entry_of = entry_of
        self._entries: dict[str, Entry] = dict(fixed)

    @classmethod
    def read(cls, path: str, entry_of: Callable[[list[str]], Entry],
             fixed: dict[str, Entry]) -> _LazyTable | None:
        """The table of the gzipped file at `path`; None when its lines are not sorted by
        word (the file of another lemminflect release: its own `load` is then used)."""
        with gzip.open(path, "rb") as stream:
            lines = stream.read().decode().split("\n")
        if lines and not lines[-1]:
            lines.pop()  # (after the last line's end: no line)
        words = [line.lstrip().partition(",")[0] for line in lines]  # (the codecs' first field)
        return cls(lines, words, entry_of, fixed) if words == sorted(words) else None

    def __getitem__(self, word: str) -> Entry:
        entry = self._entries.get(word)
        if entry is None:
            last = first = self._last[word]  # (KeyError: a word the table has not)
            while first and self._words[first - 1] == word:
                first -= 1
            entry = self._entries[word] = self._entry_of(self._lines[first: last + 1])
        return entry

    def get(self, word: str, default: Any = None) -> Any:
        return self[word] if word in self else default

    def __contains__(self, word: object) -> bool:
        return word in self._entries or word in self._last

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys([*self._last, *self._entries]))

    def __len__(self) -> int:
        return len(self._last.keys() | self._entries.keys())


def _lemma_entry(lines: list[str]) -> Entry:
    """A word's entry in the lemma table, from its lines (LemmaLUCodec.load)."""
    entry: Entry = {}
    for line in lines:
        _, category, forms = LemmaLUCodec.fromString(line)
        entry[categoryToUPos(category)] = forms
    return entry


def _inflection_entry(lines: list[str]) -> Entry:
    """A word's entry in the inflection table, from its lines (InflectionLUCodec.load)."""
    entry: Entry = {}
    for line in lines:
        entry.update(InflectionLUCodec.fromString(line)[2])
    return entry


_tables_given = False


def _give_tables() -> None:
    """Give lemminflect its tables as _LazyTable (once, before its first look-up)."""
    global _tables_given
    if _tables_given:
        return
    _tables_given = True
    lemmatizer, inflections = Lemmatizer(), Inflections()
    if not hasattr(lemmatizer, "lemma_dict"):  # (what its lazy loading looks for)
        table = _LazyTable.read(config.lemma_lu_fn, _lemma_entry, {})
        if table is not None:
            lemmatizer.lemma_dict = table
    if not hasattr(inflections, "infl_dict"):
        table = _LazyTable.read(config.inflection_lu_fn, _inflection_entry,
                                InflectionLUCodec.updateForAuxMod({}))
        if table is not None:
            inflections.infl_dict = table


_PAST_TAGS = frozenset({"VBD", "VBN"})
_BASE_TAGS = frozenset({"VB", "VBP"})
_VBD, _VBN, _VBZ, _VBG = (frozenset({tag}) for tag in ("VBD", "VBN", "VBZ", "VBG"))


# Participles the lexicon lists as pasts only, beside a regular spelling it gives for both
# ("lit" and "lighted"); its tables cannot tell these from "lay", the past of "lie" alone.
_PARTICIPLES_LISTED_AS_PASTS = frozenset({"lit", "spelt", "burnt", "dreamt", "leapt", "knelt",
                                          "spoilt", "spilt", "smelt", "dwelt"})


@lru_cache(maxsize=1 << 16)
def _verb_forms(word: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """(lemma, Penn tags) for each verb lemma that `word` (lower case) is a form of.

    A regular verb lists one form for both past tags; an out-of-vocabulary "-ed" word
    ("denuclearised") is lemmatised by lemminflect's rules and counts as a past form.
    """
    _give_tables()
    if "-" in word.strip("-"):  # "re-appointed": the forms of "appointed", prefix kept
        prefix, _, last = word.rpartition("-")
        return tuple((f"{prefix}-{lemma}", tags) for lemma, tags in _verb_forms(last))
    found: list[tuple[str, frozenset[str]]] = []
    for lemma in lemminflect.getAllLemmas(word, upos="VERB").get("VERB", ()):
        inflections = lemminflect.getAllInflections(lemma, upos="VERB")
        tags = frozenset(tag for tag, forms in inflections.items() if word in forms)
        if "VBD" in tags and "VBN" not in inflections:
            tags |= {"VBN"}  # "signed": lemminflect lists the one form under VBD only
        elif "VBD" in tags and word in _PARTICIPLES_LISTED_AS_PASTS:
            tags |= {"VBN"}  # "Cape Henry, Virginia, lit in October 1792" (round 1804)
        if tags:
            found.append((lemma, tags))
    if not found and _redone(word):  # "reshapes": the forms of "shapes", "re" kept (round
        # 980 left "struck central Sweden and reshapes" in the present)
        return tuple((f"re{lemma}", tags) for lemma, tags in _verb_forms(word[2:]))
    if (not found and word.endswith("ed") and len(word) > 4 and word.isalpha()
            and not lemminflect.getAllLemmas(word)):
        guessed = lemminflect.getLemma(word, upos="VERB", lemmatize_oov=True)
        if guessed and guessed[0] != word:
            found.append((guessed[0], frozenset(_PAST_TAGS)))
    return tuple(found)


def _redone(word: str) -> bool:
    """Whether `word` is "re" and a verb's form, and a word the tables do not know
    ("reshapes"; not "reason", "record" or "reads")."""
    return (len(word) > 6 and word.startswith("re") and word.isalpha()
            and not lemminflect.getAllLemmas(word)
            and "VERB" in lemminflect.getAllLemmas(word[2:]))


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
    return word.lower() not in _NOUNS_NOT_PAST and _lemma_with(word, _VBD) is not None


# Nouns the lexicon also lists as an archaic past ("crew", of "crow"): round 735 asked "did the
# killing of the Baron Innerdale's boat crow", round 720 "did ... the Moelfre crow take off"
_NOUNS_NOT_PAST = frozenset({"crew"})


def is_participle(word: str) -> bool:
    """Whether `word` can be a past participle ("conducted", "held", "born")."""
    return _lemma_with(word, _VBN) is not None


def present_base(word: str) -> str | None:
    """The base form of a third-person present ("seizes" -> "seize", "goes" -> "go"), else
    None ("workers", "pandas": nouns only; "headquarters", "barracks": nouns whose one form
    ends in -s, which the lexicon also lists as a rare verb's)."""
    if word.lower() in _NOUNS_IN_S:
        return None
    found = _lemma_with(word, _VBZ)
    if found is None and word.endswith("oes") and "VERB" in parts_of_speech(word[:-2].lower()):
        return word[:-2]  # "torpedoes", which the tables miss ("vetoes" they know)
    return found


# Nouns that end in -s in the singular, which the lexicon also lists as the present of a rare
# verb ("to headquarter"): a text's "at UN headquarters" is never that verb (round 132: "talks
# convened at UN headquarter"). (The lexicon cannot tell these from "comes" or "remains".)
_NOUNS_IN_S = frozenset({"headquarters", "barracks", "outskirts", "premises", "whereabouts"})


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
    _give_tables()
    found = frozenset(lemminflect.getAllLemmas(word))
    if not found and _redone(word):
        return frozenset({"VERB"})  # "reshapes": a verb the tables know without its "re"
    if not found and len(word) > 7 and word.isalpha() and word.endswith(_NOUN_SUFFIXES):
        return frozenset({"NOUN"})  # "demutualization", "renationalisation": a noun the
        # tables lack, its ending says so (round 1600 asked "did the demutualization takes
        # effect", its present kept)
    return found


# Endings only nouns have
_NOUN_SUFFIXES = ("ization", "isation", "ation", "ment", "ness", "ship", "ity")


# Plurals without an -s that the lexicon does not mark as plural ("Peruvian aircraft attack")
IRREGULAR_PLURALS = frozenset({"people", "aircraft", "police", "personnel", "men", "women",
                               "children"})


@lru_cache(maxsize=1 << 16)
def is_plural_noun(word: str) -> bool:
    """Whether `word` (lower case) is a plural noun ("workers", "troops", "pandas")."""
    _give_tables()
    for lemma in lemminflect.getAllLemmas(word, upos="NOUN").get("NOUN", ()):
        if lemma != word and word in lemminflect.getAllInflections(lemma, upos="NOUN").get(
                "NNS", ()):
            return True
    # "insurgents", "militants", "separatists": people named by an adjective the tables know
    # only as one (round 420: "when insurgents attack" was left in the present)
    return word.endswith(_PEOPLE_BY_ADJECTIVE) and parts_of_speech(word[:-1]) == {"ADJ"}


_PEOPLE_BY_ADJECTIVE = ("ents", "ants", "ists", "ians")


# Verbs whose simple past a teacher writes unchanged, where the tables give a rarer "-ed" form
# ("broadcasted": round 121).
_UNCHANGED_PAST = frozenset({"broadcast", "forecast", "telecast", "webcast", "podcast"})


def past_tense(lemma: str) -> str:
    """The simple past of `lemma` ("become" -> "became", "be" -> "was")."""
    if lemma in _UNCHANGED_PAST:
        return lemma
    _give_tables()
    forms = lemminflect.getInflection(lemma, tag="VBD")
    if not forms and _redone(lemma):
        return "re" + past_tense(lemma[2:])  # "reshape" -> "reshaped", not "reshapeed"
    return forms[0] if forms else lemma + "ed"
