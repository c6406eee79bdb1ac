"""The years of office of a head of state a question names by title, as general knowledge.

"In what year did President George W. Bush award Henderson the Presidential Medal of
Freedom?" (2002): an option of 1998 or 2000 is struck by anyone who knows when Bush was
President (round 1681). A question that names a President of the United States by title
bounds its date's options to his years in office (quiz.generate.distractors). The table is
public knowledge, fixed in the code: no lookup at run time. A title held by no one in the table
in the answer's year (another country's President Taylor) bounds nothing.
"""

from __future__ import annotations

import re

# Presidents of the United States: (given names, family name, first year, last year) of each
# term; a second term apart is a row of its own (Cleveland, Trump).
_US_PRESIDENTS: tuple[tuple[str, str, int, int], ...] = (
    ("George", "Washington", 1789, 1797), ("John", "Adams", 1797, 1801),
    ("Thomas", "Jefferson", 1801, 1809), ("James", "Madison", 1809, 1817),
    ("James", "Monroe", 1817, 1825), ("John Quincy", "Adams", 1825, 1829),
    ("Andrew", "Jackson", 1829, 1837), ("Martin", "Van Buren", 1837, 1841),
    ("William Henry", "Harrison", 1841, 1841), ("John", "Tyler", 1841, 1845),
    ("James K.", "Polk", 1845, 1849), ("Zachary", "Taylor", 1849, 1850),
    ("Millard", "Fillmore", 1850, 1853), ("Franklin", "Pierce", 1853, 1857),
    ("James", "Buchanan", 1857, 1861), ("Abraham", "Lincoln", 1861, 1865),
    ("Andrew", "Johnson", 1865, 1869), ("Ulysses S.", "Grant", 1869, 1877),
    ("Rutherford B.", "Hayes", 1877, 1881), ("James A.", "Garfield", 1881, 1881),
    ("Chester A.", "Arthur", 1881, 1885), ("Grover", "Cleveland", 1885, 1889),
    ("Benjamin", "Harrison", 1889, 1893), ("Grover", "Cleveland", 1893, 1897),
    ("William", "McKinley", 1897, 1901), ("Theodore", "Roosevelt", 1901, 1909),
    ("William Howard", "Taft", 1909, 1913), ("Woodrow", "Wilson", 1913, 1921),
    ("Warren G.", "Harding", 1921, 1923), ("Calvin", "Coolidge", 1923, 1929),
    ("Herbert", "Hoover", 1929, 1933), ("Franklin D.", "Roosevelt", 1933, 1945),
    ("Harry S.", "Truman", 1945, 1953), ("Dwight D.", "Eisenhower", 1953, 1961),
    ("John F.", "Kennedy", 1961, 1963), ("Lyndon B.", "Johnson", 1963, 1969),
    ("Richard", "Nixon", 1969, 1974), ("Gerald", "Ford", 1974, 1977),
    ("Jimmy", "Carter", 1977, 1981), ("Ronald", "Reagan", 1981, 1989),
    ("George H. W.", "Bush", 1989, 1993), ("Bill", "Clinton", 1993, 2001),
    ("George W.", "Bush", 2001, 2009), ("Barack", "Obama", 2009, 2017),
    ("Donald", "Trump", 2017, 2021), ("Joe", "Biden", 2021, 2025),
    ("Donald", "Trump", 2025, 2029),
)

# "President George W. Bush", "President Harding": the title and the name after it; not a vice
# president's, a former one's or one elect's
_PRESIDENT_NAMED = re.compile(r"(?<![Vv]ice )(?<![Vv]ice-)(?<!former )(?<!ex-)\bPresident\s+"
                              r"(?P<name>(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w’'-]+)(?!-elect)")


def _given_names_agree(written: str, given: str) -> bool:
    """Whether the given names a text writes before a family name ("George W.", "Franklin
    Delano", "") fit a president's ("George W."): every initial or name written is his."""
    if not written:
        return True
    known = [part.rstrip(".") for part in given.replace(".", ". ").split()]
    for part in written.replace(".", ". ").split():
        part = part.rstrip(".")
        if not any(name == part or (len(part) == 1 and name.startswith(part)) for name in known):
            return False
    return True


def _terms_of(name: str) -> list[tuple[int, int]]:
    """The terms of the presidents whose family name ends `name` and whose given names fit
    the words before it."""
    terms = []
    for given, family, first, last in _US_PRESIDENTS:
        if name == family or name.endswith(" " + family):
            written = name[: len(name) - len(family)].strip()
            if _given_names_agree(written, given):
                terms.append((first, last))
    return terms


def _named_terms(written: str) -> list[tuple[int, int]]:
    """The terms of the presidents a name written after the title may be: without its
    possessive ("President Joe Biden's"), then without the words of another title before the
    name, dropped one by one."""
    name = re.sub(r"[’']s$", "", written)
    while name and not _terms_of(name) and " " in name:
        name = name.split(" ", 1)[1]
    return _terms_of(name)


def president_s_term(question: str, year: int) -> tuple[int, int] | None:
    """The first and last year of the term of the President of the United States `question`
    names by title, the term that holds `year` (the answer's), or None: no such title, no one
    of that name in office that year, or two of the name in office then."""
    for m in _PRESIDENT_NAMED.finditer(question):
        holding = [term for term in _named_terms(m.group("name")) if term[0] <= year <= term[1]]
        if len(holding) == 1:
            return holding[0]
    return None


# "President-elect Franklin D. Roosevelt": the title of the weeks between election and oath
_PRESIDENT_ELECT = re.compile(r"\bPresident-elect\s+(?P<name>(?:[A-Z][\w.]*\s+){0,3}[A-Z][\w’'-]+)")
# The inauguration moved from 4 March to 20 January with the Twentieth Amendment (from 1937)
_JANUARY_OATHS_FROM = 1937


def president_elect_s_weeks(question: str, year: int
                            ) -> tuple[tuple[int, int, int], tuple[int, int, int]] | None:
    """The first and last day (year, month, day) a President of the United States the question
    names "President-elect" was so, for the election in or just before `year` (the answer's),
    or None: from 1 November of the election year to his inauguration (4 March, or 20 January
    from 1937). "Zangara fired at President-elect Franklin D. Roosevelt" (15 February 1933)
    cannot be asked against 24 April 1933 or 1934 (round 1722)."""
    for m in _PRESIDENT_ELECT.finditer(question):
        starts = [first for first, _ in _named_terms(m.group("name")) if first in (year, year + 1)]
        if len(starts) == 1:
            first = starts[0]
            oath = (first, 1, 20) if first >= _JANUARY_OATHS_FROM else (first, 3, 4)
            return (first - 1, 11, 1), oath
    return None
