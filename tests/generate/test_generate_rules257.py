"""Rule 257, from rounds 861-868 (heldout853-860), after they were judged (no batch has judged
it): "What position did Mart Siimann hold in October 1998?" answered "Minister of the
Environment Villu Reiljan and State Secretary Uno Veering" (a list of signatories, each office
before its holder, read as one man's office).

Every sentence here is invented. Each test fails on the code before, except the guard named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from quiz.generate.officials import find_officials
from quiz.generate.sentences import split_sentences


def _roles(text: str) -> dict[str, str]:
    return {fact.answer: fact.role or "" for fact in find_officials(split_sentences(text)[0])}


@given(st.sampled_from([("Mart Tamm", "Villu Rand", "Uno Kask"), ("Ivo Holm", "Aare Vell", "Jaan Pärn")]),
       st.sampled_from(["Minister of the Environment", "Minister of Justice"]))
def test_a_list_of_signatories_gives_no_one_anothers_name_as_office(
        names: tuple[str, str, str], office: str) -> None:
    first, second, third = names
    text = (f"Regulation No. 243, signed by Prime Minister {first}, {office} {second} and State "
            f"Secretary {third}, approves new protection rules.")
    roles = _roles(text)
    assert roles.get(first) == "Prime Minister"
    assert not [role for role in roles.values() if second in role or third in role], roles


@given(st.sampled_from(["Minister of Foreign Affairs and Trade",
                        "Prime Minister of Sri Lanka and Minister of Defence"]))
def test_a_guard_an_office_with_and_stays(office: str) -> None:
    assert _roles(f"Ivo Holm, {office}, signed the treaty in 1998.") == {"Ivo Holm": office}
