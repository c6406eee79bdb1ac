"""`quiz serve` in a real headless Chromium: students open the page, answer, and the one
progress database holds each student's reviews."""

from __future__ import annotations

from browser_session import BrowserSession
from serve_support import Served, reviews, wait_for


def answer_first_card(session: BrowserSession) -> None:
    """From home: study the deck, type the capital of France, then rate it Good (3)."""
    session.wait_text("Capitals")  # the decks table is filled (Enter before it does nothing)
    session.forget()
    session.press("Enter")
    session.wait_text("What is the capital of France?")
    session.type("Paris")
    session.press("Enter")
    session.wait_text("Enter accepts")
    session.press("3")


def test_a_student_chosen_on_the_first_screen_answers_a_card(browser, served: Served) -> None:
    session = BrowserSession(browser, served.url)
    try:
        session.wait_text("Study as which student?", "Type your name and press Enter.")
        session.type("ana")
        session.press("Enter")
        session.wait_text("student ana", "2 cards to study today")
        answer_first_card(session)
        wait_for(lambda: reviews(served.db_path), "the review in the database")
        assert reviews(served.db_path) == [("ana", "france", 3, "Paris")]
        assert session.hosts() == {"127.0.0.1"}  # page, script, style, font and websocket
    finally:
        session.close()


def test_two_students_in_two_browsers_write_to_one_database(browser, served: Served) -> None:
    ana = BrowserSession(browser, f"{served.url}?student=ana")
    bo = BrowserSession(browser, f"{served.url}?student=bo%20l%C3%A9on")
    try:
        ana.wait_text("student ana", "2 cards to study today")
        bo.wait_text("student bo léon", "2 cards to study today")
        answer_first_card(ana)
        answer_first_card(bo)
        wait_for(lambda: len(reviews(served.db_path)) == 2, "both reviews in the database")
        assert sorted(reviews(served.db_path)) == [
            ("ana", "france", 3, "Paris"), ("bo léon", "france", 3, "Paris")]
    finally:
        ana.close()
        bo.close()


def test_a_name_in_the_address_that_cannot_be_used_asks_for_another(browser,
                                                                    served: Served) -> None:
    session = BrowserSession(browser, f"{served.url}?student=%E2%80%AEana")  # RTL override
    try:
        session.wait_text("The name in the address cannot be used", "U+202E")
        session.type("cy")
        session.press("Enter")
        session.wait_text("student cy")
        answer_first_card(session)
        wait_for(lambda: reviews(served.db_path), "the review in the database")
        assert reviews(served.db_path) == [("cy", "france", 3, "Paris")]
    finally:
        session.close()
