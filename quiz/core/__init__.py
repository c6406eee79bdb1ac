"""The ground floor: what every layer of quiz uses, and nothing that uses them.

The clock and the student's study day (`clock`), the card states, ratings and study modes
(`enums`), text folding (`text`), month names (`months`), deck-id slugs (`slugs`), atomic
file writes (`files`) and a student's remembered choices (`settings`). These modules import
only the standard library and `quiz.errors`, so the deck model, the store, the scheduler, the
exports and the TUI can all depend on them without depending on each other. Import the
submodules themselves; this file imports none of them, so using one costs no more than that
one.
"""
