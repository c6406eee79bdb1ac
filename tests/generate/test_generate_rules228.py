"""Rule pass 228, from round 696 (heldout688): a report headed "Tokelau Again Rejects
Self-Government, ..." was read as the life of "Tokelau", so its cards were labelled with the
headline and "Tokelau" in a question became "Tokelau Again Rejects Self-Government"; so were
the encyclopedia articles "Nova Scotia" and "New Brunswick", which say "he" of their
governors. A life tells a birth or gives its years. And pass 229: "become Vice-President" on a
fixed day is taking an office. Every sentence here is invented. Each test fails on the code
before, except the guard named as such."""

from __future__ import annotations

from collections.abc import Callable

from quiz.generate.documents import main_person

Questions = Callable[[str, str], list[str]]

GOVERNORS = ["Nova Vellia was settled in 1605. Nova Vellia grew slowly. He came from Lerno, "
             "the first governor. Nova Vellia prospered under him. He ruled it for ten years. "
             "Nova Vellia joined the federation in 1867. He died there."]


def test_a_place_that_says_he_of_its_governors_is_no_life() -> None:
    assert main_person("Nova Vellia", GOVERNORS) is None
    assert main_person("Nova Vellia Again Rejects Self-Government, Falling 16 Votes Short",
                       GOVERNORS) is None


def test_a_life_tells_a_birth_or_gives_its_years() -> None:
    """(guard: a birth in the text, or a span of years in the title)"""
    born = [GOVERNORS[0] + " Nova Vellia was born in Lerno, he said."]
    assert main_person("Nova Vellia", born) == ("Nova Vellia", "he")
    assert main_person("Nova Vellia (1801–1870)", GOVERNORS) == ("Nova Vellia", "he")


def test_a_vice_presidents_fixed_day_is_asked_once(questions_from: Questions) -> None:
    """(pass 229, from round 706: three Vice-Presidents "become Vice-President" on 11 May)"""
    text = ("# Vellia: A Timeline\n\n" + "\n\n".join(
        f"## {year}\n\n- 11 May: {name} becomes Vice-President under President {chief}."
        for year, name, chief in ((1991, "Orlas Vell", "Tarin Dask"),
                                  (2007, "Ilan Yoma", "Petros Ost"),
                                  (2023, "Aren Palik", "Wesley Sima"))) + "\n")
    asked = [q for q in questions_from("vellia-timeline.md", text) if "Vice-President" in q]
    assert len(asked) == 1, asked
