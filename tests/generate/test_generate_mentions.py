"""A person named only in passing, as the one who reacted, gets no card on their office."""

from __future__ import annotations

from pathlib import Path

from quiz.generate.documents import Document
from quiz.generate.pipeline import prepare

STORY = ("Kaldora and Vesteria signed the Harbour Accord in Ostra on 3 May 2021. "
         "Kaldoran Prime Minister Lena Sarkis said the accord opened the straits to both fleets. "
         "Sarkis had negotiated the text for two years. Sarkis will present it to parliament.\n\n"
         "Meridian President Tomas Voigt, however, denounced the deal in 2021 as a betrayal of the "
         "region.")


def _cards(body: str) -> tuple[set[str], dict[str, str]]:
    doc = Document(Path("story.md"), f"# Harbour deal\n\n{body}\n", "Harbour deal")
    prepared = prepare(doc)
    return ({c.question for c in prepared.candidates},
            {r.candidate.question: r.reason for r in prepared.rejected})


def test_an_official_named_once_in_a_reaction_is_not_asked() -> None:
    kept, left = _cards(STORY)
    voigt = [q for q in kept | set(left) if "Voigt" in q and "position" in q]
    assert voigt and all("in passing" in left.get(q, "") for q in voigt)


def test_an_official_the_story_is_about_is_still_asked() -> None:
    kept, left = _cards(STORY)
    sarkis = [q for q in kept | set(left) if "Sarkis" in q and "position" in q]
    assert sarkis and not any("in passing" in left.get(q, "") for q in sarkis)


def test_an_official_named_once_for_a_statement_is_not_asked() -> None:
    body = ("Kaldora and Vesteria signed the Harbour Accord in Ostra on 3 May 2021. Sarkis had "
            "negotiated the text. Sarkis will present it.\n\nIn June 2022 the Meridian Interior "
            "Minister, Tomas Voigt, said in a statement that the accord was outdated.")
    kept, left = _cards(body)
    voigt = [q for q in kept | set(left) if "Voigt" in q and "position" in q]
    assert all("in passing" in left.get(q, "") for q in voigt)


def test_two_offices_joined_by_and_give_no_position_card() -> None:
    body = ("Kaldora and Vesteria signed the Harbour Accord in Ostra on 3 May 2021. In 2021 "
            "Tomas Voigt, Chancellor and Foreign Minister of Kaldora, defended the accord. Voigt "
            "had drafted it. Voigt signed it.")
    kept, _ = _cards(body)
    assert not [q for q in kept if "Voigt" in q and "position" in q]


def test_the_year_of_another_clause_does_not_date_an_office() -> None:
    body = ("Kaldora and Vesteria signed the Harbour Accord in Ostra on 3 May 2021. In the "
            "early years Mira Olsen, Deputy Secretary of the Kaldoran Harbour Board, revived the "
            "accord, and a revised edition was printed in 2030. Olsen retired. Olsen wrote.")
    kept, _ = _cards(body)
    assert not [q for q in kept if "Olsen hold in 2030" in q]
