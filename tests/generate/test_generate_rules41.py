"""Rule pass 41, from the seeds' office cards readers judged trivial (round 42): the office of an
official the document names only as the writer of a testimony or a letter ("Deputy Assistant
Secretary X of the Bureau of ... noted in a written testimony"; "then Secretary of State X
wrote:"), and a spokesperson's office. Every sentence here is invented. Each test but the guard
fails on the code before."""

from __future__ import annotations

from test_generate_quality import _run


def _offices_of(name: str, kept: dict[str, str]) -> list[str]:
    return [q for q in kept if ("position" in q and name in q) or kept[q] == name]


def test_an_official_who_only_noted_something_past_a_bureau_name_gets_no_office_card() -> None:
    body = ("In 2011, Deputy Assistant Minister Ana Ros of the Office of Fisheries, Harbours, "
            "and Coasts noted in a written testimony that the catch had fallen by half. "
            "The Vellish parliament adopted the Coastal Fisheries Act in 2012.")
    kept, left = _run(body)
    assert not _offices_of("Ana Ros", kept), kept
    assert any("Ana Ros" in q for q in left), left


def test_an_official_who_only_wrote_a_letter_gets_no_office_card() -> None:
    body = ("In her 1999 letter to the Finance Committee chairman, Ivo Tamm, then Vellish "
            "Foreign Minister Karla Benn wrote: \"The embargo is an obstacle to peace.\" "
            "The embargo was lifted in 2002.")
    kept, _ = _run(body)
    assert not _offices_of("Karla Benn", kept), kept


def test_a_spokespersons_office_is_not_asked() -> None:
    body = ("The talks were the subject of a press briefing conducted on 3 March 2021 by Ivo "
            "Tamm, the spokesperson for the Vellish Ministry of Foreign Affairs. Tamm said that "
            "the ministry wanted peace. Tamm added that the border would stay open. Later, Tamm "
            "confirmed the visit of the minister.")
    kept, left = _run(body, dated=True)
    assert not _offices_of("Ivo Tamm", kept), kept
    assert any("spokesperson" in reason for reason in left.values()), left


def test_an_actor_named_again_and_again_keeps_his_office_card() -> None:
    body = ("In 2011 Ivo Tamm, the Vellish Minister of Fisheries, noted that the catch had "
            "fallen. Tamm closed the northern banks in 2012. Tamm signed the Harrow Fisheries "
            "Agreement with Ostria in 2013. In 2015 Tamm resigned.")
    kept, left = _run(body)
    assert _offices_of("Ivo Tamm", kept) or any("Ivo Tamm" in q and "sibling" in r
                                                for q, r in left.items()), (kept, left)
