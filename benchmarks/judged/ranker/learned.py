"""A learned ranker (issue #9): how likely a reader is to judge a card acceptable.

`features` turns a card's text (its kind, question and answer; nothing else) into a few dozen
readable numbers, each about what the rubric (`shared/eval/rubric.md`) checks: length, the
question's form and opener, pronouns and unresolved "the measure", relative time words, a second
date in the question, verb forms a reader would correct, capitalised common words, the answer's
shape. `score` is a logistic regression over them, with the weights that
`benchmarks/judged/train_ranker.py` fits (by `fit`, here) to the judged cards in
`benchmarks/judged/judgements/` and writes to `ranker_weights.json` next to this file.

Not used by the generator yet: an experiment whose figures the training script prints.

Pure Python and deterministic: the same card always gets the same features and score.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

from quiz.generate.dates import MONTH_NAMES

WEIGHTS_PATH = Path(__file__).with_name("ranker_weights.json")

BLANK = "____"
_MONTHS = frozenset(MONTH_NAMES[1:])
_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*\.?|____")
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_MONTH_RE = "|".join(MONTH_NAMES[1:])
_FULL_DATE = re.compile(rf"\b(?:\d{{1,2}} (?:{_MONTH_RE})|(?:{_MONTH_RE}) \d{{1,2}}\b)")
_MONTH_ANY = re.compile(rf"\b(?:{_MONTH_RE})\b")

_OPENERS = (
    ("opener_on_what_date_in_year", re.compile(r"^On what dates? in \d{4} ")),
    ("opener_on_what_date_did", re.compile(r"^On what dates? did ")),
    ("opener_on_what_date_was", re.compile(r"^On what dates? (?:was|were) ")),
    ("opener_in_what_year", re.compile(r"^In what year ")),
    ("opener_in_what_month", re.compile(r"^In what month and year ")),
    ("opener_position_did", re.compile(r"^What position did ")),
    ("opener_position_had", re.compile(r"^What position had ")),
    ("opener_which_what", re.compile(r"^(?:Which|What) (?!position)")),
)
# A question whose opener is not at its start ("As a freshman senator, in what year did ...").
_INNER_OPENER = re.compile(r"., (?:on|in) what (?:date|year|month)|, (?:which|what) \w+ did")
_PRESENT_AUX = re.compile(
    r"^(?:On what dates?|In what year|In what month and year)(?: in \d{4})? (?:is|are)\b")
_AUX = frozenset({"did", "was", "were", "is", "are", "could", "would", "had", "has"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their",
                       "hers", "theirs"})
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those", "both", "such"})
# Nouns that, after a lower-case "the" and without "of ..." to follow, leave the reader asking
# which one ("the measure", "the two countries", "the agreement").
_VAGUE_NOUNS = frozenset({
    "measure", "agreement", "agreements", "treaty", "treaties", "convention", "protocol",
    "accord", "accords", "settlement", "conference", "plan", "idea", "programme", "program",
    "initiative", "party", "war", "group", "committee", "union", "court", "constitution",
    "family", "number", "region", "country", "countries", "government", "assembly", "summit",
    "meeting", "talks", "declaration", "organisation", "organization", "alliance", "bloc",
    "deal", "text", "draft", "proposal", "resolution", "act", "law", "bill", "body", "state",
    "states", "leaders", "sides", "parties", "two", "three", "four", "five", "six", "work",
    "crisis", "council", "city", "capital", "document", "pact", "charter", "project", "post",
    "office", "mission", "operation", "commission", "report", "forum", "company", "association",
})
_RELATIVE_TIME = re.compile(
    r"\b(?:later|earlier|following|previous|previously|afterwards|shortly|soon|same day|"
    r"that day|next day|the day|days after|weeks after|months after|years after|then|"
    r"by early|by late|by the end|the next|at first|meanwhile|subsequently|recently|"
    r"eventually|again|still|already)\b", re.IGNORECASE)
_CONTEXT_WORDS = re.compile(
    r"\b(?:also|too|respectively|for example|for instance|instead|however|as well|"
    r"likewise|in turn|in response|other|another|remaining|former|latter)\b", re.IGNORECASE)
_AND_CLAUSE = re.compile(
    r"\band (?:was|were|is|are|has|have|had|the|a|[A-Z]\w+ (?:was|were|is|are|[a-z]+ed|"
    r"[a-z]+s)\b|[a-z]+ed\b)")
_RELATIVE_PRONOUN = re.compile(r"\b(?:which|who|whose|whom|where|when)\b")
_FUNCTION_S = frozenset({"its", "his", "this", "was", "has", "is", "as", "us", "thus",
                         "whereas", "always", "perhaps", "hers", "theirs", "yes", "news",
                         "towards", "afterwards", "means", "series", "basis", "crisis", "status",
                         "across", "unless", "less"})
_COMMON_CAPITALISED = frozenset({  # determiners and numbers: never a name mid-sentence
    "more", "most", "many", "some", "all", "one", "two", "three", "four", "five", "six",
    "seven", "eight", "nine", "ten", "eleven", "twelve", "hundreds", "thousands", "several",
    "both", "each", "every", "other", "others", "those", "these", "their", "its", "his", "her",
})
_VERBISH = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had",
                      "did", "does", "do", "will", "would", "could", "can", "may", "might",
                      "shall", "should", "must", "became", "become", "becomes", "took", "made",
                      "met", "began", "won", "left", "held", "led", "set", "sent", "gave",
                      "went", "came", "told", "chose", "wrote", "fell", "broke", "rose", "ran",
                      "sat", "fought", "brought", "drew", "saw", "stood", "paid", "kept"})
_LIST_START = re.compile(r"^(?:\d{1,2} \w+|\w+ \d{1,2}|\d{4})\s*[:–—-]")


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def _is_capitalised(word: str) -> bool:
    return word[:1].isupper()


def _capped(value: float, cap: float) -> float:
    return min(value, cap) / cap


def _answer_features(kind: str, question: str, answer: str) -> dict[str, float]:
    words = _words(answer)
    letters = [w for w in words if w[:1].isalpha()]
    capitalised = sum(_is_capitalised(w) for w in letters)
    lower_question = question.lower()
    content = [w.lower() for w in letters if len(w) > 3]
    overlap = sum(1 for w in content if re.search(rf"\b{re.escape(w)}\b", lower_question))
    years = _YEAR.findall(answer)
    months = [m for m in _MONTHS if m in answer]
    head = letters[0] if letters else ""
    features = {
        "answer_words": _capped(len(words), 8),
        "answer_one_word": float(len(words) == 1),
        "answer_has_digits": float(any(c.isdigit() for c in answer)),
        "answer_capitalised_share": capitalised / len(letters) if letters else 0.0,
        "answer_lowercase_head": float(bool(head) and head[:1].islower()),
        "answer_determiner_head": float(head.lower() in {"the", "that", "this", "a", "an"}),
        "answer_range": float(bool(re.search(r"\bto\b|[–-]\s*\d", answer))),
        "answer_parenthesis": float("(" in answer),
        "answer_words_in_question": overlap / len(content) if content else 0.0,
        "answer_year_in_question": float(any(y in question for y in years)),
        "answer_month_in_question": float(any(m in question for m in months)),
    }
    if kind == "date":
        has_day = bool(re.search(r"\b\d{1,2}\b", re.sub(_YEAR, "", answer)))
        features["answer_year_only"] = float(bool(years) and not months)
        features["answer_month_year"] = float(bool(years) and bool(months) and not has_day)
        features["answer_day_month_only"] = float(not years and bool(months))
    return features


def features(kind: str, question: str, answer: str) -> dict[str, float]:
    """Readable numbers about one card, each scaled to about 0..1; zeros are left out."""
    question = " ".join(question.split())
    answer = " ".join(answer.split())
    words = _words(question)
    lower = [w.lower() for w in words]
    count = len(words)
    cloze = BLANK in question
    f: dict[str, float] = {
        "kind_date": float(kind == "date"),
        "kind_official": float(kind == "official"),
        "kind_agreement": float(kind == "agreement"),
        "form_cloze": float(cloze),
        "question_words": _capped(count, 40),
        "question_over_30_words": float(count > 30),
        "question_under_9_words": float(count < 9),
        "commas": _capped(question.count(","), 4),
        "parentheses": float("(" in question),
        "quotes": float(any(q in question for q in "\"“”‘")),
        "semicolon_colon_dash": float(any(s in question for s in (";", ":", " — ", " – "))),
        "list_entry_start": float(bool(_LIST_START.match(question))),
    }
    if cloze:
        position = lower.index(BLANK) if BLANK in lower else 0
        f["cloze_blank_first"] = float(position == 0)
        f["cloze_blank_position"] = position / max(count - 1, 1)
        f["cloze_starts_preposition"] = float(
            position == 1 and lower[0] in {"in", "on", "by", "after", "since", "from", "until"})
        before_comma = question.split(",", 1)[0]
        f["cloze_fragment"] = float(
            "," in question and not any(w.lower() in _VERBISH or w.endswith("ed")
                                        for w in _words(before_comma))
            and bool(re.match(r",\s*(?:which|whose|who|adopted|signed|set up|created|hosted)\b",
                              question[len(before_comma):])))
        f["cloze_ends_without_stop"] = float(not question.rstrip().endswith((".", "?", "!")))
    else:
        for name, pattern in _OPENERS:
            if pattern.match(question):
                f[name] = 1.0
        f["opener_inside"] = float(bool(_INNER_OPENER.search(question)))
        f["present_tense_after_opener"] = float(bool(_PRESENT_AUX.match(question)))
        f["official_with_year"] = float(
            kind == "official" and bool(re.search(r" in \d{4}\?$", question)))
        if "did" in lower:
            after = words[lower.index("did") + 1:lower.index("did") + 5]
            f["did_then_s_verb"] = float(any(
                w.islower() and w.endswith("s") and not w.endswith(("ss", "us", "is", "ous"))
                and w not in _FUNCTION_S for w in after[1:]))
            f["did_then_ed_verb"] = float(any(w.islower() and w.endswith("ed")
                                              for w in after[1:]))
    # Pronouns and demonstratives, and whether one stands in the first few words.
    pronouns = [i for i, w in enumerate(lower) if w in _PRONOUNS]
    f["pronouns"] = _capped(len(pronouns), 2)
    f["pronoun_early"] = float(any(i < 6 for i in pronouns))
    f["demonstratives"] = float(any(w in _DEMONSTRATIVES for w in lower))
    # "the measure", "the two countries": a lower-case noun after "the", without "of ...".
    the_lower = 0
    the_vague = 0
    for i, w in enumerate(lower[:-1]):
        if w == "the" and words[i + 1][:1].islower():
            the_lower += 1
            following = lower[i + 2] if i + 2 < count else ""
            if lower[i + 1] in _VAGUE_NOUNS and following != "of":
                the_vague += 1
    f["the_lowercase_noun"] = _capped(the_lower, 3)
    f["the_vague_noun"] = _capped(the_vague, 2)
    f["relative_time_words"] = _capped(len(_RELATIVE_TIME.findall(question)), 2)
    f["context_words"] = _capped(len(_CONTEXT_WORDS.findall(question)), 2)
    # Verbs and clauses: several finite verbs or "and" + a clause suggest sentences glued together.
    verbish = sum(1 for w in lower if w in _VERBISH or (w.endswith("ed") and len(w) > 4))
    f["verb_like_words"] = _capped(verbish, 5)
    f["and_count"] = _capped(lower.count("and"), 3)
    f["and_clause"] = float(bool(_AND_CLAUSE.search(question)))
    f["relative_pronouns"] = _capped(len(_RELATIVE_PRONOUN.findall(question)), 2)
    # Capitalised words after the first: names, and capitalised common words ("did Eleven
    # republic sign", "did Trading under the AfCFTA begin").
    tail = [w for w in words[1:] if w != BLANK and w[:1].isalpha()]
    f["capitalised_share"] = sum(_is_capitalised(w) for w in tail) / len(tail) if tail else 0.0
    common_caps = 0
    for i in range(1, count):
        w = words[i]
        if not _is_capitalised(w) or words[i - 1].endswith((".", ":")):
            continue
        after_aux = lower[i - 1] in _AUX
        if w.lower() in _COMMON_CAPITALISED or (after_aux and w.endswith(("s", "ing"))
                                                and not w.endswith("ss") and w.isalpha()
                                                and i + 1 < count and words[i + 1].islower()):
            common_caps += 1
    f["capitalised_common_word"] = float(common_caps > 0)
    # Another date in the question: years besides one in the opener, full dates, months.
    opener_year = re.match(r"^(?:On what dates?|What position did .*? hold) in (\d{4})", question)
    years = _YEAR.findall(question)
    if opener_year:
        years.remove(opener_year.group(1))
    trailing_year = re.search(r" in (\d{4})\?$", question)
    if trailing_year and kind == "official" and trailing_year.group(1) in years:
        years.remove(trailing_year.group(1))
    f["other_years"] = _capped(len(years), 2)
    f["full_date_in_question"] = float(bool(_FULL_DATE.search(question)))
    f["month_in_question"] = float(bool(_MONTH_ANY.search(question)))
    f["digits_besides_years"] = float(bool(re.search(r"\b\d+\b", _YEAR.sub("", question))))
    f.update(_answer_features(kind, question, answer))
    return {name: value for name, value in f.items() if value}


@cache
def _weights(path: Path = WEIGHTS_PATH) -> tuple[float, dict[str, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return float(data["bias"]), {k: float(v) for k, v in data["weights"].items()}


def logistic(z: float) -> float:
    """1 / (1 + e^-z), without overflow for large |z|."""
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit(rows: list[dict[str, float]], labels: list[bool], l2: float = 0.001, steps: int = 800,
        min_support: int = 1, rate: float = 0.5, momentum: float = 0.9,
        row_weights: list[float] | None = None) -> tuple[float, dict[str, float]]:
    """L2-regularised logistic regression by full-batch gradient descent with momentum.

    Minimises the (weighted) mean log-loss + l2/2 * sum(w^2) (the bias is not penalised), from
    zero weights, for a fixed number of steps, in a fixed order: the same data give the same
    weights. A feature non-zero on fewer than `min_support` rows gets no weight (one card cannot
    teach a rule). `row_weights` (default all 1) weighs each row's loss, e.g. recent rounds more.
    Returns (bias, weights by feature name).
    """
    support: dict[str, int] = {}
    for row in rows:
        for name in row:
            support[name] = support.get(name, 0) + 1
    names = sorted(name for name, n in support.items() if n >= min_support)
    index = {name: i for i, name in enumerate(names)}
    sparse = [[(index[name], value) for name, value in sorted(row.items()) if name in index]
              for row in rows]
    ys = [1.0 if label else 0.0 for label in labels]
    shares = row_weights if row_weights is not None else [1.0] * len(rows)
    total = sum(shares)
    w = [0.0] * len(names)
    b = 0.0
    vw = [0.0] * len(names)
    vb = 0.0
    for _ in range(steps):
        gw = [l2 * x for x in w]
        gb = 0.0
        for pairs, y, share in zip(sparse, ys, shares, strict=True):
            z = b
            for i, v in pairs:
                z += w[i] * v
            r = (logistic(z) - y) * share / total
            gb += r
            for i, v in pairs:
                gw[i] += r * v
        vb = momentum * vb - rate * gb
        b += vb
        for i, g in enumerate(gw):
            vw[i] = momentum * vw[i] - rate * g
            w[i] += vw[i]
    return b, dict(zip(names, w, strict=True))


def predict(model: tuple[float, dict[str, float]], row: dict[str, float]) -> float:
    """The probability a model (bias, weights) gives a card's features."""
    bias, weights = model
    return logistic(bias + sum(weights.get(name, 0.0) * value for name, value in row.items()))


def score(kind: str, question: str, answer: str) -> float:
    """The probability (0..1) that a reader judges this card acceptable."""
    return predict(_weights(), features(kind, question, answer))
