"""Rule pass 304, from rounds 1173-1188 (heldout1165-1180) as their first readers judged them:

- "Britain promised to use its influence to have Sultan Khalifa cede his mainland possessions"
  (round 1173): "the Sultan" of 1890 written as the one the paragraph named in 1888, though it
  goes on to name his successor, "Sultan Ali bin Said made the cession";
- "commanded the American squadron on Lake Erie in the War of ____": the year in the name of the
  War of 1812 (rounds 156-1188 kept 0 of 6 verdicts).

Tried and dropped: leaving out a bare noun the paragraph gave two names of ("the council" after
the Expediency Discernment Council and the Guardian Council, of which round 1176 wrote the
nearer): on the judged sets it took out 3 rejected cards and 5 kept ones, the two names often
one body's ("Scottish Marine Biological Association", "Marine Biological Association of the
West of Scotland").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from test_generate_rules294 import _faults

from quiz.generate.definites import resolve_definites


def test_a_title_named_before_is_not_written_in_when_the_paragraph_names_another_after() -> None:
    told = ("In 1888 Sultan Omar bin Said leased the strip to the Kask Company. In 1890 Britain "
            "promised to have the Sultan cede the island of Vell to Kask. Sultan Ali bin Said "
            "made the cession in October 1890.")
    asked, _ = resolve_definites("In what year did Britain promise to have the Sultan cede the "
                                 "island of Vell to Kask?", "1890", f"# Vell\n\n{told}\n",
                                 "In 1890 Britain promised to have the Sultan cede the island of "
                                 "Vell to Kask.")
    assert "Sultan Omar" not in asked, asked


def test_a_guard_a_title_named_before_alone_is_written_in() -> None:
    told = ("In 1888 Sultan Omar bin Said leased the strip to the Kask Company. In 1890 Britain "
            "promised to have the Sultan cede the island of Vell to Kask.")
    asked, _ = resolve_definites("In what year did Britain promise to have the Sultan cede the "
                                 "island of Vell to Kask?", "1890", f"# Vell\n\n{told}\n",
                                 "In 1890 Britain promised to have the Sultan cede the island of "
                                 "Vell to Kask.")
    assert "have Sultan Omar cede" in asked, asked


@given(st.sampled_from(["Ivo Dorn commanded the Vell squadron on Lake Kask in the War of ____.",
                        "During the War of ____ the Province of Vell was the main battleground."]))
def test_the_year_of_the_war_of_a_year_is_part_of_its_name(question: str) -> None:
    found = _faults(question, "1812")
    assert any("part of a name" in f for f in found), found


def test_a_guard_a_war_named_by_its_parties_keeps_its_years() -> None:
    found = _faults("During the Vell–Kask War of ____ Ivo Dorn commanded the fleet.", "1812")
    assert not any("part of a name" in f for f in found), found
