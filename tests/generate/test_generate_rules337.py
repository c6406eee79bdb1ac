"""Rule pass 337, from rounds 1373-1380 (heldout1365-1372, opera houses) as both readers judged
them:

- "the theatre" in a text whose first sentence defines its subject as a theatre ("The Royal
  Opera House is a theatre in ...") is the subject, not the theatre named just before (round
  1377 wrote "Her Majesty's Theatre was again destroyed by fire" of Covent Garden);
- a common noun and a lower-case office before the holder's name opening a timeline's entry
  ("Music director Tugan Sokhiev resigns") is lower-cased in a question (round 1374 asked "did
  Music director Tugan Sokhiev resign").

Every sentence here is invented. Each test fails on the code before, but the guards, named as
such."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

_TEXT = """Vell Opera House

The Vell Opera House is a {noun} in the Kask district of Vell, standing on Tamm Street.

In 1840 the rival Kask {head} opened across the square. On 5 March 1856 the {noun} was
again destroyed by fire.
"""


@given(st.sampled_from([("theatre", "Theatre"), ("palace", "Palace"), ("museum", "Museum")]))
def test_the_noun_a_text_defines_its_subject_by_is_the_subject(words: tuple[str, str]) -> None:
    from quiz.generate.definites import resolve_definites
    noun, head = words
    text = _TEXT.format(noun=noun, head=head)
    quote = f"On 5 March 1856 the {noun} was\nagain destroyed by fire."
    question, _ = resolve_definites(f"On what date was the {noun} again destroyed by fire?",
                                    "5 March 1856", text, quote, title="Vell Opera House",
                                    labelled=True)
    assert f"Kask {head}" not in question


def test_a_guard_the_noun_of_another_kind_is_still_the_one_named_before() -> None:
    from quiz.generate.definites import _defining_noun
    assert _defining_noun(_TEXT.format(noun="theatre", head="Theatre")) == "theatre"
    assert _defining_noun("Vell\n\nIn 1840 the theatre opened.") == ""


@given(st.sampled_from(["Music director", "Orchestra manager", "Police commissioner"]))
def test_a_noun_and_an_office_before_a_name_are_lower_cased(office: str) -> None:
    from quiz.generate.clauses import _common_noun_lowered
    assert _common_noun_lowered(f"{office} Anna Kask") == f"{office.lower()} Anna Kask"


def test_a_guard_a_peoples_adjective_before_an_office_keeps_its_capital() -> None:
    from quiz.generate.clauses import _common_noun_lowered
    assert _common_noun_lowered("French minister Anna Kask") == "French minister Anna Kask"
