"""The learned screen (quiz.generate.learned): a model of readers' verdicts leaves out the
candidates readers rarely kept, each with its reason, and reads a card by its words, not by the
names in it."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from quiz.cli import cli
from quiz.generate.learned import UNLIKELY, WEIGHTS_PATH, acceptable_chance, features

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "tests" / "data" / "docs"

_NAMES = st.from_regex(r"[A-Z][a-z]{3,9}", fullmatch=True).filter(
    lambda w: w.lower() not in {"the", "what", "when", "which", "after", "before", "who", "how"})


@given(_NAMES, _NAMES)
def test_a_card_is_read_by_its_words_not_its_names(first: str, second: str) -> None:
    question = "On what date did {} sign the Treaty of {} with the northern chiefs?"
    one = acceptable_chance("date", question.format(first, second), "3 May 1901")
    other = acceptable_chance("date", question.format(second, first), "3 May 1901")
    assert one == other and 0.0 < one < 1.0


@given(st.text(max_size=200), st.text(max_size=40), st.sampled_from(["date", "official",
                                                                     "agreement"]))
def test_any_text_gets_a_chance_the_same_every_time(question: str, answer: str, kind: str) -> None:
    chance = acceptable_chance(kind, question, answer)
    assert 0.0 < chance < 1.0 and chance == acceptable_chance(kind, question, answer)
    assert features(kind, question, answer) == features(kind, question, answer)


def test_the_weights_file_is_written_deterministically() -> None:
    data = json.loads(WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert set(data) == {"bias", "weights"} and len(data["weights"]) > 1000
    assert list(data["weights"]) == sorted(data["weights"])


def test_a_well_formed_question_scores_above_a_list_fragment() -> None:
    """(the model on the judged cards: readers keep a plain question far more often than a
    fact-sheet line with its subject missing)"""
    good = acceptable_chance("date", "On what date did the Kellish parliament ratify the Treaty "
                                     "of Zell?", "14 March 1921")
    bad = acceptable_chance("date", "Kell: 909,100 on ____, of whom 74.6 per cent were Kellish, "
                                    "20.0 per cent Zellish.", "1 January 1931")
    assert good > UNLIKELY > bad


def _train_ranker():  # type: ignore[no-untyped-def]
    path = ROOT / "benchmarks" / "judged" / "ranker" / "train_ranker.py"
    spec = importlib.util.spec_from_file_location("train_ranker", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_ranker"] = module
    spec.loader.exec_module(module)
    return module


def test_training_learns_which_words_readers_fault() -> None:
    train = _train_ranker()
    examples = [(["w=plain", f"w={i % 7}"], True) for i in range(60)]
    examples += [(["w=garbled", f"w={i % 7}"], False) for i in range(60)]
    bias, weights = train.fit(examples)
    assert weights["w=garbled"] < 0 < weights["w=plain"]
    assert train.fit(examples) == (bias, weights)  # no randomness: the same weights again


@pytest.mark.learned
def test_every_candidate_left_out_is_said_and_listed(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("quiz.generate.pipeline.UNLIKELY", 1.0)  # (no card is that sure)
    rejected = tmp_path / "rejected.yaml"
    result = CliRunner().invoke(cli, ["generate", str(DOCS / "harbor_accord.txt"), "--out",
                                      str(tmp_path / "out"), "--jobs", "1", "--rejected",
                                      str(rejected)], obj={}, catch_exceptions=False)
    assert result.exit_code == 0
    assert "none of its" in result.output and "was kept" in result.output
    reasons = [item["reason"] for item in yaml.safe_load(rejected.read_text(encoding="utf-8"))]
    assert any(reason.startswith("unlikely: readers kept about") for reason in reasons)


def test_with_the_screen_off_the_rules_alone_decide(tmp_path: Path) -> None:
    """(guard: tests/generate run the rules alone, as their conftest sets)"""
    rejected = tmp_path / "rejected.yaml"
    result = CliRunner().invoke(cli, ["generate", str(DOCS / "harbor_accord.txt"), "--out",
                                      str(tmp_path / "out"), "--jobs", "1", "--rejected",
                                      str(rejected)], obj={}, catch_exceptions=False)
    assert result.exit_code == 0 and "cards, written" in result.output
    reasons = [item["reason"] for item in yaml.safe_load(rejected.read_text(encoding="utf-8"))]
    assert not any(reason.startswith("unlikely") for reason in reasons)
