"""Officials: a named person and the role they held, in both word orders, with qualifiers."""

from __future__ import annotations

from quiz.generate.officials import find_officials
from quiz.generate.sentences import Sentence


def _pairs(text: str) -> list[tuple[str, str, str]]:
    facts = find_officials(Sentence(text, 1))
    for f in facts:  # every answer and role is exact text of the sentence (grounding)
        assert text[f.start:f.end] == f.answer
        assert text[f.role_start:f.role_end].lower() == f.role.lower()
    return [(f.answer, f.role, f.qualifier) for f in facts]


def test_title_before_name_with_nationality_and_postfix() -> None:
    assert _pairs("Chilean Foreign Minister Rosa Etcheverry met Japanese Prime Minister Kenji "
                  "Sato in Lima.") == [
        ("Rosa Etcheverry", "Chilean Foreign Minister", ""),
        ("Kenji Sato", "Japanese Prime Minister", ""),
    ]
    assert _pairs("The talks were opened by Under Secretary of State for Arms Control Mark "
                  "T. Ellison on Monday.") == [
        ("Mark T. Ellison", "Under Secretary of State for Arms Control", "")]


def test_apposition_after_name() -> None:
    assert _pairs("Ingrid Solberg, the Norwegian Ambassador to Canada, presented her "
                  "credentials.") == [("Ingrid Solberg", "Norwegian Ambassador to Canada", "")]
    assert _pairs("Omar Haddad, spokesperson for the Jordanian Foreign Ministry, declined to "
                  "comment.") == [("Omar Haddad", "spokesperson for the Jordanian Foreign Ministry",
                                   "")]


def test_qualifiers_former_and_acting_are_kept_then_is_dropped() -> None:
    assert _pairs("Former Defence Minister Piotr Nowak criticised the plan.") == [
        ("Piotr Nowak", "former Defence Minister", "former")]
    assert _pairs("The letter from then Irish Foreign Minister Aoife Byrne was published.") == [
        ("Aoife Byrne", "Irish Foreign Minister", "then")]
    assert _pairs("It was signed by acting President Luis Mora.") == [
        ("Luis Mora", "acting President", "acting")]


def test_party_tag_and_head_of_a_committee() -> None:
    assert _pairs("A trip by Sen. Alan Brooks, D-Ore., chairman of the Senate Armed Services "
                  "Committee, was cancelled.") == [
        ("Alan Brooks", "chairman of the Senate Armed Services Committee", "")]


def test_two_officials_joined_by_and_are_both_found() -> None:
    pairs = _pairs("The deal was announced by acting Secretary of State Joan Ruiz and Peruvian "
                   "Deputy Foreign Minister Carlos Vega.")
    assert ("Carlos Vega", "Peruvian Deputy Foreign Minister", "") in pairs
    assert all("and" not in role for _, role, _ in pairs)


def test_organisations_and_places_are_not_people() -> None:
    assert _pairs("The President of the United States Congress Committee said nothing.") == []
    assert _pairs("Officials of the Foreign Ministry met in Paris.") == []


def test_roles_after_became_elected_and_served_as() -> None:
    assert _pairs("Ana Brnabic became Prime Minister of Serbia in June 2017.") == [
        ("Ana Brnabic", "Prime Minister of Serbia", "")]
    assert _pairs("Zoran Milanovic was elected President of Croatia in January 2020.") == [
        ("Zoran Milanovic", "President of Croatia", "")]
    assert _pairs("Sergei Lavrov served as Foreign Minister of Russia from 2004 onwards.") == [
        ("Sergei Lavrov", "Foreign Minister of Russia", "")]


def test_role_then_comma_then_name() -> None:
    assert _pairs("In 2009, as a freshman senator, Mark Udall toured the base.") == [
        ("Mark Udall", "freshman senator", "")]
    assert _pairs("The EU chief negotiator, Michel Barnier, said a deal was close.") == [
        ("Michel Barnier", "EU chief negotiator", "")]


def test_names_in_other_latin_scripts() -> None:
    assert _pairs("Turkish Foreign Minister Ahmet Davutoğlu met Polish President Lech Wałęsa.") == [
        ("Ahmet Davutoğlu", "Turkish Foreign Minister", ""),
        ("Lech Wałęsa", "Polish President", "")]
    assert _pairs("Şükrü Saracoğlu, the Turkish Prime Minister, resigned in 1946.") == [
        ("Şükrü Saracoğlu", "Turkish Prime Minister", "")]


def test_a_plural_title_gives_each_person_the_singular_role() -> None:
    facts = find_officials(Sentence("Special envoys Serdar Kılıç of Turkey and Ruben Rubinyan "
                                    "of Armenia met in Moscow.", 1))
    assert [(f.answer, f.role, f.role_context) for f in facts] == [
        ("Serdar Kılıç", "Special envoy", "of Turkey"),
        ("Ruben Rubinyan", "Special envoy", "of Armenia")]
    assert _pairs("Foreign Ministers Ana Lis and Jan Berg signed the memorandum.") == [
        ("Ana Lis", "Foreign Minister", ""), ("Jan Berg", "Foreign Minister", "")]


def test_an_office_ending_in_capitalised_nouns_is_not_taken_for_a_name() -> None:
    text = "In 1998, Ambassador-at-Large for War Crimes Issues David Scheffer led the delegation."
    assert [f.answer for f in find_officials(Sentence(text, 1))] == ["David Scheffer"]
