"""Answer checking speed: typed answers (dates, names, typos, numbers) and multiple-choice picks.

    python benchmarks/bench_answers.py
"""

from __future__ import annotations

import time

from quiz.deck.model import Card
from quiz.scheduling.answers import check_answer, check_choice

CASES = [
    ("Washington", "Washingtn"),
    ("Ilham Aliyev", "President Ilham Aliyev"),
    ("March 6, 1992", "6 March 1992"),
    ("April 25-28, 2006", "April 25, 2006"),
    ("907", "970"),
    ("Ilham Aliyev", "Heydar Aliyev"),
    ("The Treaty of Paris", "treaty paris"),
    ("United States", "usa"),
]


def rate(check: object, cards: list[tuple[Card, str]], seconds: float) -> float:
    """Checks per second over `seconds` of repeated passes."""
    count = 0
    start = time.perf_counter()
    while time.perf_counter() - start < seconds:
        for card, response in cards:
            check(card, response)  # type: ignore[operator]
        count += len(cards)
    return count / (time.perf_counter() - start)


def main() -> None:
    cards = [(Card(id="x", question="q", answer=a, accept=("USA",)), r) for a, r in CASES]
    typed = rate(check_answer, cards, 2.0)
    print(f"check_answer  {typed:10,.0f} checks/s  ({1e6 / typed:.0f} us each, mixed)")
    choice = rate(check_choice, cards, 1.0)
    print(f"check_choice  {choice:10,.0f} checks/s")


if __name__ == "__main__":
    main()
