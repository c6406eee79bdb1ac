"""Rule pass 91, from round 96 (heldout92): a life of a Secretary of State that names
"Theodore Roosevelt", "Franklin Roosevelt" and "Franklin D. Roosevelt" wrote a bare "Roosevelt"
(Franklin's) as "Theodore Roosevelt": a name with a middle initial was not read at all. Every
sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from quiz.generate.names import document_full_names


def test_a_name_with_a_middle_initial_is_read_whole() -> None:
    text = "Ivo Kask spoke first. Lev D. Kask answered. Kask left the hall."
    assert document_full_names("Kask", text) == {"Ivo Kask", "Lev D. Kask"}
    assert document_full_names("Tamm", "Mara B. Tamm signed. Tamm left.") == {"Mara B. Tamm"}

