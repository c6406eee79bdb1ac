"""Rule pass 52, from rounds 63-64 (heldout60 and heldout61, judged after pass 51): every card of
a document with a subject is headed with it unless it names it, not only one that leans on the
document by a pronoun or "the ..." ("On what date was a free trade agreement with Serbia signed
in Moscow?" in a fact sheet on a union was faulted as vague: whose agreement?). A title naming
a doctrine is no person's name ("Monroe Doctrine" is not a biography of a Monroe), and a title
that opens with "The" and a common noun ("The federation of the Kell colonies, 1883–1901") is a
topic. Every title and sentence here is invented. Each test fails on the code before."""

from __future__ import annotations

from test_generate_quality import _prepared_titled

from quiz.generate.documents import main_person
from quiz.generate.topic import title_topic


def test_a_card_that_stands_alone_is_headed_too() -> None:
    body = ("The Kaldoran Trade Union (KTU) was founded in 1981 by Kaldora and Vesteria. "
            "A free trade agreement with Trell was signed in Kell on 25 October 2019.")
    prepared = _prepared_titled("Fact sheet: The Kaldoran Trade Union (KTU)", body)
    asked = [c.question for c in prepared.candidates if c.answer == "25 October 2019"]
    assert asked and all(q.startswith("KTU: ") for q in asked), asked


def test_a_doctrine_is_no_persons_biography() -> None:
    blocks = ["James Tamm, born at Dorn, announced the doctrine in 1823. Tamm said that he would "
              "oppose any new colony. Tamm was Secretary of State then; he wrote most of it. Tamm "
              "later said he was proud of it, and his successors invoked it."]
    assert main_person("Tamm Doctrine", blocks) is None
    assert main_person("James Tamm", blocks) is not None  # (a biography still is one)


def test_a_title_opening_with_the_and_a_common_noun_is_a_topic() -> None:
    topic = title_topic("The federation of the Kell colonies, 1883–1901: a timeline")
    assert topic is not None and topic.name == "Federation of the Kell colonies"
