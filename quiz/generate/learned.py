"""How likely a reader is to keep a card, learned from the cards readers have judged (issue #9).

The rules of quiz.generate.quality name each fault they know; readers find more than any rule
names ("the new stronghold", a clause glued to another, a fact only a specialist asks). Their
verdicts on every judged card (`benchmarks/judged/judgements/`) train a logistic model over
the card's own words: its kind and form, the words of its question as a reader meets them
(capitalised names folded to one token, so a model learned on Friesland reads Hokkaido alike),
pairs and triples of them, how the question opens and ends, and the shape of the answer.
`benchmarks/judged/ranker/train_ranker.py` fits it and writes `acceptance_weights.json` here;
its README gives the figures measured forward in time (trained on earlier rounds, scored on
later ones).

Pure Python and deterministic: the same card always gets the same features and chance.
"""

from __future__ import annotations

import json
import math
import re
from functools import cache
from pathlib import Path

WEIGHTS_PATH = Path(__file__).with_name("acceptance_weights.json")

# Below this chance a candidate is left out (with its reason in --rejected): the threshold
# the training script's forward figures support (README of benchmarks/judged/ranker).
UNLIKELY = 0.6
# Kinds of document whose cards readers kept less often than the model expects of cards as
# likely: a life, an agreement's summary, a dated report (rounds 400-668, none of them trained
# on: at a chance of 0.60-0.65 a life's cards were kept in 65 % of verdicts, against 80 % for
# all; 0.60-0.70 of a summary's, 60 %; 0.60-0.75 of a report's, 51 %). Their cards must be
# likelier still (see quiz.generate.pipeline's document_kind).
UNLIKELY_IN = {"life": 0.65, "agreement summary": 0.75, "dated report": 0.75,
               "instrument summary": 0.75}
# (pass 404: on rounds 1261-1766 a summary of an agreement kept 60 % of its verdicts at a chance
# of 0.70-0.75, and prose on another instrument its title names, a contract, a deed, a law, 56 %
# under 0.75 and 70 % above; leaving both out under 0.75 took the share kept from 80.1 % to 80.9 %
# and left out 1,228 of 33,925 verdicts)
# A card whose every name its document gives at most twice (quiz.generate.centrality) must be
# likelier still: on rounds 869-1340, none trained on, such cards under 0.8 were kept in 59 % of
# verdicts (1,188 of 2,001) against 77 % for all; leaving them out took the share kept from
# 76.8 % to 78.2 % and lost 5.8 % of the kept verdicts (rounds 393-868: 78.9 % to 80.1 %).
PERIPHERAL_MENTIONS = 2
UNLIKELY_PERIPHERAL = 0.8

_TOKEN = re.compile(r"[^\W\d_][\w’'-]*|\d+|____|[?.,;:()\"“”]")
_LABEL = re.compile(r"^([^:?]{1,60}):\s+")
# Capitalised words that are not names: kept as words, since a sentence may open with them
_FUNCTION = frozenset({"the", "in", "on", "what", "when", "who", "which", "how", "after", "before"})
_YEAR_ONLY = re.compile(r"^\d{4}$")
_DAY_FIRST = re.compile(r"^\d{1,2}(?:\s*[–-]\s*\d{1,2})?\s+[A-Z]")
_MONTH_YEAR = re.compile(r"^[A-Z][a-z]+\s+\d{4}$")


def _token(word: str) -> str:
    """A word as the model reads it: a name is "CAP", a number "NUM", a year "YEAR"."""
    if word.isdigit():
        return "YEAR" if len(word) == 4 else "NUM"
    if word[:1].isupper() and word.lower() not in _FUNCTION:
        return "CAP"
    return word.lower()


def _granularity(answer: str) -> str:
    if _YEAR_ONLY.match(answer):
        return "year"
    if _DAY_FIRST.match(answer):
        return "day"
    if _MONTH_YEAR.match(answer):
        return "month"
    return "other"


def features(kind: str, question: str, answer: str) -> list[str]:
    """The named features of a card (kind "date", "official" or "agreement")."""
    form = "cloze" if "__" in question else "wh"
    label = _LABEL.match(question)
    body = question[label.end():] if label else question
    words = [_token(w) for w in _TOKEN.findall(body)]
    found = [f"kind={kind}", f"form={form}", f"kind_form={kind}_{form}",
             f"labelled={bool(label)}", f"length={min(len(body.split()) // 4, 10)}",
             f"answer_length={min(len(answer.split()), 8)}",
             f"names={min(words.count('CAP'), 12)}", f"the={min(words.count('the'), 6)}",
             f"commas={min(words.count(','), 5)}",
             f"opens={' '.join(words[:3])}", f"ends={' '.join(words[-3:])}"]
    if kind == "date":
        found.append(f"granularity={_granularity(answer)}")
    found += [f"w={w}" for w in words]
    found += [f"w2={a} {b}" for a, b in zip(words, words[1:], strict=False)]
    found += [f"w3={a} {b} {c}" for a, b, c in zip(words, words[1:], words[2:], strict=False)]
    found += [f"a={_token(w)}" for w in _TOKEN.findall(answer)]
    return found


@cache
def _weights() -> tuple[float, dict[str, float]]:
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    return float(data["bias"]), {name: float(w) for name, w in data["weights"].items()}


def scale(names: list[str]) -> float:
    """Each feature's value in a card of `names`: 1/sqrt(their number), so every card weighs
    alike (a long question has more word features, not more say) and training converges."""
    return 1.0 / math.sqrt(len(names))


def chance_of(names: list[str], bias: float, weights: dict[str, float]) -> float:
    """The model's chance for a card of features `names`, with these weights."""
    total = bias + scale(names) * sum(weights.get(name, 0.0) for name in names)
    return 1.0 / (1.0 + math.exp(-total))


def acceptable_chance(kind: str, question: str, answer: str) -> float:
    """The chance, as the model learned it, that a reader keeps this card."""
    bias, weights = _weights()
    return chance_of(features(kind, question, answer), bias, weights)
