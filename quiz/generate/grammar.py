"""Just enough English grammar to turn a statement into a question, by rule.

`base_form("signed") == "sign"` undoes the past tense (for "did ... sign"); `find_verb` finds the
main verb of a simple clause; `is_pronoun_led` spots subjects a student cannot resolve.
"""

from __future__ import annotations

import re

IRREGULAR = {
    "made": "make", "came": "come", "went": "go", "took": "take", "gave": "give", "saw": "see",
    "met": "meet", "said": "say", "told": "tell", "led": "lead", "began": "begin",
    "became": "become", "won": "win", "lost": "lose", "held": "hold", "left": "leave",
    "sent": "send", "spent": "spend", "built": "build", "brought": "bring", "bought": "buy",
    "thought": "think", "sought": "seek", "fought": "fight", "taught": "teach", "caught": "catch",
    "found": "find", "paid": "pay", "laid": "lay", "wrote": "write", "spoke": "speak",
    "broke": "break", "chose": "choose", "rose": "rise", "drove": "drive", "struck": "strike",
    "stood": "stand", "understood": "understand", "fell": "fall", "felt": "feel", "kept": "keep",
    "knew": "know", "grew": "grow", "drew": "draw", "threw": "throw", "flew": "fly", "ran": "run",
    "sat": "sit", "got": "get", "heard": "hear", "meant": "mean", "dealt": "deal",
    "swore": "swear", "sold": "sell", "upheld": "uphold", "withdrew": "withdraw",
    "undertook": "undertake", "oversaw": "oversee", "overcame": "overcome", "rebuilt": "rebuild",
    "forbade": "forbid", "shook": "shake", "hung": "hang", "bore": "bear", "wore": "wear",
    "set": "set", "put": "put", "cut": "cut", "let": "let", "hit": "hit", "read": "read",
    "shut": "shut", "quit": "quit", "spread": "spread", "cast": "cast", "struck down": "strike",
    "given": "give", "taken": "take", "seen": "see", "written": "write", "spoken": "speak",
    "chosen": "choose", "broken": "break", "known": "know", "grown": "grow", "drawn": "draw",
    "shown": "show", "begun": "begin", "done": "do", "gone": "go", "undertaken": "undertake",
    "withdrawn": "withdraw", "risen": "rise", "driven": "drive", "overseen": "oversee",
    "forbidden": "forbid", "become": "become", "come": "come", "won over": "win",
}
PAST_ONLY_IRREGULAR = frozenset(IRREGULAR) - {"given", "taken", "seen", "written", "spoken",
                                              "chosen", "broken", "known", "grown", "drawn",
                                              "shown", "begun", "done", "gone", "undertaken",
                                              "withdrawn", "risen", "driven", "overseen",
                                              "forbidden", "become", "come"}
AUXILIARIES = frozenset({"was", "were", "is", "are", "will", "would", "can", "could", "should",
                         "may", "might", "must", "has", "have", "had", "did", "does", "do"})
ADVERBS = frozenset({"also", "further", "then", "later", "already", "eventually", "jointly",
                     "finally", "first", "once", "again", "still", "never", "not", "officially",
                     "subsequently", "reportedly", "only", "just", "even", "soon"})
# Words ending in -ed that are not verbs.
NOT_VERBS = frozenset({"red", "united", "bed", "shed", "hundred", "sled", "wed", "fed", "speed",
                       "need", "seed", "deed", "creed", "greed", "breed", "weed", "feed", "reed",
                       "indeed", "naked", "sacred", "kindred", "wicked", "rugged", "ragged",
                       "beloved", "so-called", "unprecedented", "skilled", "unbiased", "biased",
                       "armed", "landmark"})
SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "this", "these",
                              "those", "that", "there", "such", "who", "which"})
DETERMINERS = frozenset({"former", "then", "acting", "the", "a", "an", "this", "that", "these",
                         "those", "its", "their",
                         "his", "her", "our", "both", "all", "some", "several", "many", "most",
                         "each", "every", "such", "other", "another", "no", "two", "three",
                         "four", "five", "six", "seven", "eight", "nine", "ten", "one"})

_DOUBLE_L_DROP = frozenset({"control", "expel", "compel", "propel", "patrol", "excel", "annul",
                            "cancel", "label", "travel", "model", "fuel", "signal", "total",
                            "level", "channel", "repel", "dispel", "fulfil", "enrol", "instil",
                            "counsel", "marshal", "rebel", "impel"})
_KEEP_DOUBLE = frozenset({"add", "err", "egg", "butt", "inn", "odd", "ebb", "purr", "buzz"})
_E_WORDS = frozenset({"creat", "writ", "unit", "invit", "cit", "ignit", "recit", "excit", "incit",
                      "expedit", "ignor", "restor", "explor", "scor", "stor", "implor", "deplor",
                      "ador", "phon", "zon", "clon", "condon", "postpon", "aton", "hon",
                      "complet", "delet", "compet", "interfer", "adher", "persever", "cop",
                      "hop", "shap", "escap", "scop", "typ", "grip", "pip", "wip", "rop", "tap",
                      "past", "wast", "tast", "hast", "bast", "trad", "relat", "rat", "dat",
                      "mut", "vot", "quot", "not", "promot", "devot", "rebut", "tun", "prun"})
_NO_E_WORDS = frozenset({"focus", "bias", "develop", "envelop", "gallop", "worship", "gossip",
                         "visit", "limit", "edit", "exit", "credit", "inherit", "profit",
                         "deposit", "solicit", "elicit", "inhabit", "exhibit", "prohibit",
                         "audit", "merit", "combat", "format", "threat", "defeat", "repeat",
                         "treat", "seat", "heat", "cheat", "float", "boat", "coat", "pivot",
                         "target", "market", "budget", "diet", "benefit", "orbit", "posit",
                         "bang", "hang", "sing", "belong", "long", "prolong", "bring"})


def _needs_e(stem: str) -> bool:
    """Whether a past-tense stem lost a final silent e ("announc" -> "announce")."""
    if stem in _E_WORDS:
        return True
    if stem in _NO_E_WORDS or len(stem) < 2:
        return False
    vowels = "aeiou"
    last, before = stem[-1], stem[-2]
    third = stem[-3] if len(stem) > 2 else ""
    if last in "vczu":
        return True
    if last == "g":
        if before == "n":
            return before == "n" and third in "aeu" and len(stem) > 4
        return before not in vowels or stem.endswith(("ag", "ig", "ug", "eg", "og"))
    if stem.endswith(("iz", "ys")):
        return True
    if last == "s":
        return before != "s"
    if last in "rt" and before in vowels:
        if stem.endswith(("iat", "uat", "uir", "eat") ) and stem not in _NO_E_WORDS:
            return not stem.endswith("eat")
        if third in vowels:
            return False
        if last == "r":
            return before in "iua" or stem.endswith("ar")
        return before in "aou" and not stem.endswith("out")
    if last in "dkmpbl" and before in vowels and third and third not in vowels:
        if last == "l":
            return before in "iuo"
        return True
    if last == "n" and before == "i" and third and third not in vowels:
        return True
    if last == "l" and before not in vowels and before not in "lr":
        return True  # "settl" -> "settle", "handl" -> "handle"
    return False


def base_form(verb: str) -> str | None:
    """The base form of a past tense or past participle ("waived" -> "waive"), else None."""
    low = verb.lower()
    if low in IRREGULAR:
        return IRREGULAR[low]
    if not low.endswith("ed") or len(low) < 4 or low in NOT_VERBS:
        return None
    if low.endswith("ied"):
        return low[:-3] + "y" if len(low) > 4 else low[:-1]
    if low.endswith("eed") and not low.endswith("eeded"):
        return low[:-1]
    stem = low[:-2]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem not in _KEEP_DOUBLE:
        if stem[-1] == "l":
            return stem[:-1] if stem[:-1] in _DOUBLE_L_DROP else stem
        if stem[-1] in "bdgmnprt":
            return stem[:-1]
        return stem
    if stem.endswith("e"):
        return stem
    return stem + "e" if _needs_e(stem) else stem


def _bare(word: str) -> str:
    return word.strip("\"“”‘’'(),;:")


_LOWER_WORD = re.compile(r"(?<![^\s\"“‘'(])[a-z][\w’'-]*(?P<close>\S*)")
_STRIPPED = frozenset("\"“”‘’'(),;:")


def find_verb(text: str) -> tuple[int, int, str] | None:
    """The first finite verb of a simple clause: (start, end, kind) with kind 'aux' or 'past'.

    Words in capitals are names, not verbs; a word closing a quotation or bracket, or ending a
    sentence, is not taken. Adverbs right before the verb ("formally recognized") stay in the
    predicate.
    """
    for m in _LOWER_WORD.finditer(text):
        close = m.group("close")
        if close and (close[-1] in ")”\"" or not _STRIPPED.issuperset(close)):
            continue
        bare = m.group()[: m.end() - m.start() - len(close)].rstrip("’'")
        low = bare.lower()
        if low in AUXILIARIES:
            return m.start(), m.start() + len(bare), "aux"
        if low in PAST_ONLY_IRREGULAR or (low.endswith("ed") and base_form(low)):
            return m.start(), m.start() + len(bare), "past"
    return None


def is_pronoun_led(text: str) -> bool:
    """Whether `text` starts with a pronoun ("He said", "It has") whose referent is elsewhere."""
    words = text.split()
    if not words:
        return True
    first = _bare(words[0]).lower()
    if first in SUBJECT_PRONOUNS or first in {"his", "her", "their", "its", "him", "them"}:
        return True
    return first in {"this", "these", "those", "that", "the"} and len(words) > 1 and _bare(
        words[1]).lower() in {"ban", "legislation", "visit", "agreement", "meeting", "move",
                              "decision", "statement", "step", "year", "month", "week", "day"}


def lower_first(text: str) -> str:
    """`text` with its first word in lower case when it is a determiner ("The war" -> "the war")."""
    words = text.split(" ", 1)
    if words and words[0].lower() in DETERMINERS:
        return words[0].lower() + (" " + words[1] if len(words) > 1 else "")
    return text


def balanced(text: str) -> bool:
    """Whether quotes and brackets in `text` are balanced (a cut clause may leave one open)."""
    pairs = (("“", "”"), ("(", ")"), ("[", "]"), ("‘", "’"))
    for left, right in pairs:
        if left == "‘":
            if text.count("‘") > text.count("’"):
                return False
            continue
        if text.count(left) != text.count(right):
            return False
    return text.count('"') % 2 == 0


_NOT_PRESENT = frozenset({"is", "has", "was", "does", "this", "its", "his", "hers", "us", "as",
                          "thus", "plus", "across", "unless", "news", "yes", "less", "bus",
                          "gas", "whereas", "series", "status", "various", "famous",
                          "serious", "previous", "always", "perhaps", "afterwards", "towards",
                          "besides", "nations", "states", "forces", "affairs", "talks", "arms",
                          "relations", "members", "ministers", "leaders", "troops"})
_NUMBER_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                           "eleven", "twelve", "several", "many", "some", "all", "both", "most",
                           "hundreds", "thousands", "millions"})
_PRESENT_SUBJECT = re.compile(
    r"^(?P<subject>(?:(?:[Tt]he|[Aa]n?)\s+)?(?:[A-Z][\w.’'-]*\s+(?:(?:of|and|the|for)\s+)*)*"
    r"[A-Z][\w.’'-]*(?:\s+[a-z]+){0,2}?)\s+(?P<adverbs>(?:[a-z]+ly\s+)*)(?P<verb>[a-z]+s)\b")


# "The Kashmir Princess, an Air India airliner chartered for ..., explodes": an apposition
# between the subject and its verb.
_APPOSITION = re.compile(r"^(?P<subject>(?:[Tt]he\s+)?(?:[A-Z][\w.’'-]*\s+)*[A-Z][\w.’'-]*)"
                         r",\s+(?:a|an|the)\s+[^,;:()]{1,90},\s+")


def present_verb(text: str) -> tuple[int, int] | None:
    """The span of a present-tense verb right after a capitalised subject, as timelines write
    ("Radio Moscow broadcasts", "The Partial Test Ban Treaty enters into force"), else None."""
    apposition = _APPOSITION.match(text)
    if apposition:
        subject = apposition.group("subject")
        after = present_verb(f"{subject} {text[apposition.end():]}")
        if after is None:
            return None
        shift = apposition.end() - len(subject) - 1
        return after[0] + shift, after[1] + shift
    return _present_after_subject(text, _PRESENT_SUBJECT.match(text))


_NOUN_ENDINGS = ("ss", "us", "tions", "sions", "ments", "ships", "ities", "ists")


# Stricter than officials.NATIONAL_WORD: a timeline's subject "Pakistan" or "Japan" (ending in
# "an") is a country with its verb, not an adjective before a plural noun.
_NATIONAL = re.compile(r"[A-Z][a-z]+(?:ani|ian|ean|ican|ese|ish|ch|i)|German|Soviet")


# What follows a plural noun taken for a verb: names or an aside, then the real verb ("The four
# wartime powers concluded", "The giant pandas Ling-Ling and Hsing-Hsing, a gift, arrived").
_THEN_VERB = re.compile(r"(?:\s+[A-Z][\w.’'-]*(?:\s+and)?)*(?:,[^,;:]{1,90},)?\s+(?:[a-z]+ly\s+)?"
                        r"(?P<word>[a-z]+)\b")


def _verb_follows(text: str, end: int) -> bool:
    """Whether a past-tense verb or an auxiliary comes next after text[:end] (then the word
    before it was the subject's noun: a present verb is never followed by another verb)."""
    then = _THEN_VERB.match(text, end)
    if then is None:
        return False
    word = then.group("word")
    return word in AUXILIARIES or (base_form(word) is not None and word not in NOT_VERBS)


def _present_after_subject(text: str, m: re.Match[str] | None) -> tuple[int, int] | None:
    if m is None or m.group("verb") in _NOT_PRESENT or m.group("verb").endswith(_NOUN_ENDINGS):
        return None  # "Formal sessions open": "sessions" is the subject's noun
    if re.match(r"(?:\s+(?!that\b|which\b|who\b|whether\b|if\b)\S+){0,6}?\s+(?:is|are|was|"
                r"were)\b", text[m.end():]):
        return None  # "the boundary awards for Punjab are made public": "awards" is a noun
    if _verb_follows(text, m.end()):
        return None  # "The four wartime powers concluded ...": "powers" is a noun
    if m.group("subject").split()[-1].lower() in _NUMBER_WORDS:
        return None  # "Eleven republics sign": the word after a number is its noun
    if _NATIONAL.fullmatch(m.group("subject").split()[0]) and not any(
            w[:1].isupper() for w in m.group("subject").split()[1:]):
        return None  # "Pakistani irregulars begin", "Pakistani air strikes open": the noun
    nouns = [w for w in m.group("subject").split() if w[:1].islower() and w not in {
        "of", "and", "the", "for", "a", "an"}]
    if any(w in AUXILIARIES or w in PAST_ONLY_IRREGULAR or base_form(w) or w.endswith("s")
           for w in nouns):
        return None  # "Kaldora signed treaties": a verb in what was taken for the subject
    return m.start("verb"), m.end("verb")


def present_base(verb: str) -> str:
    """The base form of a third-person present verb ("enters" -> "enter", "goes" -> "go")."""
    low = verb.lower()
    if low.endswith("ies") and len(low) > 4:
        return low[:-3] + "y"
    if low.endswith(("ches", "shes", "sses", "xes", "zes", "oes")):
        return low[:-2]
    return low[:-1]


def participle_base(word: str) -> str | None:
    """The base form of an -ing participle ("speaking" -> "speak", "making" -> "make",
    "running" -> "run"), else None."""
    low = word.lower()
    if not low.endswith("ing") or len(low) < 5:
        return None
    stem = low[:-3]
    if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt":
        return stem[:-1]
    return stem + "e" if _needs_e(stem) else stem
