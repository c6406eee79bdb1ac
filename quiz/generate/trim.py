"""Shorten a long question to the clause that holds the fact.

News sentences carry trailing phrases (", ending the 35-year conflict", ", which banned any
aid") and fronted ones ("Continuing its collaboration with the UN, in what year ...") that a
question does not need. They are cut, outermost first, only while the question is too long, and
never a phrase that holds the blank; asides in brackets go first.
"""

from __future__ import annotations

import re

from quiz.generate.clauses import RELATIVE_OPENING, TRAILING_CONJUNCTION, without_dangling_aside
from quiz.generate.coordination import has_finite
from quiz.generate.grammar import balanced
from quiz.generate.inflect import is_base_verb, is_participle, is_past_tense, parts_of_speech
from quiz.generate.questions import BLANK

TARGET_WORDS = 30
_TRAILING_OPENERS = re.compile(
    r"\s*(?:which|who|whom|where|while|whereas|including|as part of|along with|as well as|"
    r"according to|[a-z]+ing)\b")
# A participle phrase, which runs to the end: a relative clause after a comma ("Finland,
# which declared ..., regarded") may be followed by its sentence's verb.
_TRAILING_PARTICIPLE = re.compile(r"\s*(?:including|[a-z]+ing)\b")
# The wh-phrases questions are built with; a relative "when" or "which" after a comma is not one.
_WH = re.compile(r"(?:(?:in|on)\s+what|what\s+\w+\s+(?:did|was|were|had)|which\s+\w+\s+(?:did|was|"
                 r"were|had)|who\s+(?:was|were|is|had))\b", re.I)
_COMMA = re.compile(",")
_PARENTHESIS = re.compile(r"\s*\([^()]*\)")
# A pair of spaced dashes around an aside, not before an article ("three units – ... – an
# arrangement that lasted": what follows may be an apposition the dash alone sets off)
_DASHED_ASIDE = re.compile(r"\s+[—–]\s[^—–;?]{1,120}\s[—–](?=\s(?!(?:an?|the)\s))")
# Capitalised words either side of a parenthesis: it is inside a name ("the Constitution
# (Ninetieth Amendment) Act", round 368), no aside to drop
# (and "etc.": "the Local Government etc. (Scotland) Act 1994", one name, round 941 cut it
# to "the Local Government etc")
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w’'-]*|\betc\.)$")
_NAME_AFTER = re.compile(r"\s+[A-Z]")
_WORDS_OF_A_NAME = re.compile(r"\((?:[A-Z][a-z’'-]+\s*)+\)")  # ("(Ninetieth Amendment)", not
# "(1865–1870)" nor "(BTC)")


def without_relative_opening(question: str) -> str:
    """The question without an opening time counted from another sentence's event ("A year
    later, on 8 August 870, the ____ divided ..." -> "On 8 August 870, the ____ divided ...")."""
    opening = RELATIVE_OPENING.match(question)
    if opening is None:
        return question
    rest = question[opening.end():]
    if not rest[:1].isupper() and not re.match(r"(?:in|on|by)\s", rest):
        return question  # "A year later the treaty ...": whose treaty is not said either
    return rest[:1].upper() + rest[1:]


# "In what year was Back in Tennessee, Cordell Hull appointed ...?": an opening phrase of the
# sentence left between the auxiliary and the subject.
_OPENING_AFTER_AUX = re.compile(
    r"^(?P<label>[^:?]{1,60}:\s+)?(?P<wh>(?:In|On)\s+what\s+(?:dates?|year|month(?:\s+and\s+"
    r"year)?)(?:\s+in\s+\d{4})?)\s+(?P<aux>did|was|were)\s+(?P<phrase>[^,?]{3,70}?),\s+"
    r"(?P<rest>[A-Z][^?]*\?)$")
_ARTICLES = frozenset({"the", "a", "an"})
# The subject the rest opens with, a name, and the verb right after it
_NAMED_SUBJECT = re.compile(r"(?:[A-Z][\w’'.-]*\s+){0,5}?[A-Z][\w’'.-]*\s+(?P<verb>[a-z]+)\b")


def with_opening_fronted(question: str) -> str:
    """The question with an opening phrase left after its auxiliary put before the wh-phrase:
    "In what year was Back in Tennessee, Cordell Hull appointed judge?" -> "Back in Tennessee,
    in what year was Cordell Hull appointed judge?"; "did exhausted and ill, Hull enter" too.
    A phrase that may be the subject ("the Treaty of X, signed in ...,") is left alone."""
    m = _OPENING_AFTER_AUX.match(question) if ", " in question else None
    if m is None:
        return question
    phrase = m.group("phrase")
    first = phrase.split()[0]
    if _COMPANY_SUFFIX.match(m.group("rest")):
        return question  # "was Paramount Pictures, Inc. dissolved": a company's name, its
        # suffix after a comma (round 1489 asked "Paramount Pictures, ... was Inc. dissolved")
    if first[:1].isupper():
        kinds = parts_of_speech(first.lower())
        if "ADV" not in kinds and (not kinds or kinds & {"NOUN", "PROPN"} or not kinds & {
                "ADJ", "NUM"}):
            return question  # ("was Count Károlyi, the envoy, ...": a name)
    elif first in _ARTICLES or first.endswith(("’s", "'s")):
        return question
    subject = _NAMED_SUBJECT.match(m.group("rest"))
    verb = subject.group("verb") if subject else ""
    if not verb or not (is_base_verb(verb) if m.group("aux") == "did" else (
            is_past_tense(verb) or is_participle(verb))):
        return question  # ("did six rulers, Ras al-Khaimah holding back, agree": the phrase is
        # the subject; "Sir Peter Fawcus, lead": a name in apposition)
    wh = m.group("wh")
    return (f"{m.group('label') or ''}{phrase[:1].upper()}{phrase[1:]}, {wh[:1].lower()}{wh[1:]} "
            f"{m.group('aux')} {m.group('rest')}")


# The suffix of a company's name written after a comma ("Paramount Pictures, Inc.")
_COMPANY_SUFFIX = re.compile(r"(?:Inc|Ltd|Co|Corp|Plc|plc|LLC|S\.A|S\.p\.A|AG|SA|GmbH|KK)\b")


# "Over-confident, in what year did Giap attack ...": one word describing the subject, left
# before the wh-phrase: a reader takes it for a dangling modifier (rounds 151, 202).
_LONE_OPENING_WORD = re.compile(r"^(?P<label>[^:?]{1,60}:\s+)?(?P<word>[A-Z][a-z]+(?:-[a-z]+)?),\s+"
                                r"(?=(?:in|on)\s+what\b)")


# "Marking the first anniversary, on what date ...", "To celebrate its centenary, in ____":
# an occasion counted from an event another sentence gives, which the question does not ask
_MARKING_AN_ANNIVERSARY = re.compile(
    r"^(?P<label>[^:?]{1,60}:\s+)?(?:Marking|Celebrating|Commemorating|To\s+mark|To\s+celebrate)"
    r"\s+(?:the|its|his|her|their)\s+(?:[\w-]+\s+){0,2}(?:anniversary|centenary|centennial|"
    r"bicentenary|bicentennial|tercentenary|jubilee),\s+(?=(?:in|on)\s+(?:what\b|____))")


def without_anniversary_opening(question: str) -> str:
    """The question without an opening that marks an anniversary of something it does not name
    ("Marking the first anniversary, on what date in 2003 did Suzanne Mubarak open a new wing?"
    -> "On what date in 2003 ...": round 1413 found "the first anniversary" unresolved)."""
    m = _MARKING_AN_ANNIVERSARY.match(question) if ", " in question else None
    if m is None:
        return question
    rest = question[m.end():]
    return f"{m.group('label') or ''}{rest[:1].upper()}{rest[1:]}"


def without_lone_opening_word(question: str) -> str:
    """The question without a one-word opening that describes its subject ("Disappointed, in
    what year did Boyd Orr leave office?" -> "In what year did Boyd Orr leave office?"). An
    adverb is left: it may link to another sentence, which other rules judge."""
    m = _LONE_OPENING_WORD.match(question) if ", " in question else None
    if m is None:
        return question
    word = m.group("word").lower()
    kinds = parts_of_speech(word)
    if "ADV" in kinds or not (kinds & {"ADJ"} or is_participle(word) or "-" in word):
        return question
    rest = question[m.end():]
    return f"{m.group('label') or ''}{rest[:1].upper()}{rest[1:]}"


# "On ____ Kim Gu had presided in Chongqing over ...": a pluperfect whose point of reference
# was the sentence before; a fill-in with its date blanked reads as the simple past
_PLUPERFECT_AFTER_DATE = re.compile(rf"^(?:[^:?]{{1,60}}:\s+)?(?:In|On)\s+{re.escape(BLANK)},?\s+"
                                    r"(?P<subject>[^,?;]{1,60}?)\s+(?P<had>had\s+)"
                                    r"(?:already\s+)?(?P<participle>[a-z]+ed)\b")


def without_pluperfect(question: str) -> str:
    """The fill-in with "had" taken from a pluperfect right after its blanked date and subject
    ("In ____ the Senate had adopted ..." -> "In ____ the Senate adopted ...", rounds 202-210),
    when the participle is also the past ("adopted"; not "had been", "had taken")."""
    m = _PLUPERFECT_AFTER_DATE.match(question) if " had " in question else None
    if m is None or not is_past_tense(m.group("participle")) or any(
            is_past_tense(word) for word in m.group("subject").split()):
        return question
    return question[:m.start("had")] + question[m.end("had"):]


# "was Senghor elected, the first African member?": a timeline's appositive to the person,
# which after a verb of choosing reads as its complement once the comma is gone
_CHOSEN_THE_FIRST = re.compile(
    r"\b(?P<verb>elected|appointed|named|chosen|crowned|proclaimed|installed|admitted),\s+"
    r"(?=the\s+(?:first|only|youngest|oldest|last|second|third)\b[^,;:?]*[?.]$)")


def without_comma_before_chosen_as(question: str) -> str:
    """`question` without the comma of a timeline's "X is elected, the first African member"
    ("On what date was Senghor elected the first African member?"): left in, the appositive
    dangles after the question's verb (round 1416)."""
    if ", the " not in question:
        return question
    return _CHOSEN_THE_FIRST.sub(r"\g<verb> ", question)


# "did Anti-Armenian pogroms break out": a timeline entry's capital, kept mid-question
_PREFIX_CAPITAL = re.compile(r"(?<=\s)(?P<before>[a-z]+\s+)(?P<prefix>Anti|Pro|Pan|Ex|Non)-"
                             r"(?=[A-Z][\w’'-]*\s+(?!(?:of|and|for|on|in|to)\b)[a-z])")
# (not a name's: "the Anti-Comintern Pact", "the Treaty on the Non-Proliferation of Nuclear
# Weapons", "Treaty of Neutrality and Mutual Non-Aggression signed")


def with_prefixes_lowered(question: str) -> str:
    """The question with a capitalised prefix of an adjective made lower case where it stands
    mid-question ("did Anti-Armenian pogroms" -> "did anti-Armenian pogroms", round 211)."""
    if "-" not in question:
        return question
    return _PREFIX_CAPITAL.sub(lambda m: m.group("before") + m.group("prefix").lower() + "-",
                               question)


# "Pearson then chaired", "the minister, Jósepsson, then issued": a "then" between a named
# subject and its verb in the past counts from another sentence's event. (Not "Kiev, then part
# of", "accepted ..., then withdrew", "only then did": there it says when, or joins a clause.)
_THEN = re.compile(r"\bthen\s+(?P<verb>[a-z]+)\b")
_ASKED_WITH_DID = re.compile(r"\bdid\s")
_NAMED_SUBJECT_END = re.compile(r"(?:^|[^,]\s)[A-Z][\w’'.-]*\s$|"
                                r"^(?:[A-Z][\w’'.-]*\s+){1,2}(?!(?:was|has|is|does)\s)[a-z]{3,}s\s$|"
                                r",\s(?:[A-Z][\w’'.-]*\s){0,3}[A-Z][\w’'.-]*,\s$")


# "did the Arms Trade Treaty accordingly enter into force": an adverb that links the sentence
# to the one before it, between "did" and its verb (round 147); "did the rise in prices decided
# by OPEC members then multiply" and "was Leguía accordingly re-elected" too (round 206). A
# "then" after a preposition is a time ("was Bornholm governed from then on", round 294).
_LINKING_ADVERB = re.compile(r"(?:(?<=\bdid )|(?<=\bwas )|(?<=\bwere ))(?P<subject>[^?,;]{2,80}?)"
                             r"(?<! and)(?<! or)(?<! from)(?<! since)(?<! until)(?<! till)"
                             r"(?<! by)(?<! before) (?:accordingly|consequently|"
                             r"therefore|thus|likewise|nevertheless|subsequently|then) (?=[a-z])")


# "did Accra also host", "Ghana, Guinea and Mali also drew together": "also" links the sentence
# to the one before, which the card does not have (round 186-187); "but also" does not.
_ALSO = re.compile(r"(?<!\bbut )(?<!\band )(?<!\bor )\balso (?=[a-z])")


def _without_linking_also(match: re.Match[str]) -> str:
    """"" for an "also" of the sentence's own clause; the "also" itself inside a relative
    clause or brackets ("which Honduras also claims") or before a naming participle ("also
    known as"), where it says something within the sentence."""
    before = match.string[: match.start()]
    after = match.string[match.end():].split(" ", 1)[0]
    if _RELATIVE_BEFORE.search(before) or before.count("(") > before.count(")") or (
            after in {"known", "called", "named", "styled", "spelt", "spelled"}):
        return match.group()
    return ""


_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|whom|whose|that|where|when|while|as)\b")


def without_then(question: str) -> str:
    """The question without a "then" that points back to an event before it ("Lester Pearson
    then chaired" -> "Lester Pearson chaired"): on a card alone there is no such event; nor
    an adverb that links it to the sentence before ("did the treaty accordingly enter", "did
    Accra also host")."""
    if "also " in question and '"' not in question and "“" not in question:
        question = _ALSO.sub(_without_linking_also, question)
    if ("did " in question or "was " in question or "were " in question) and any(map(
            question.__contains__, ("ly ", "thus ", "fore ", "wise ", "less ", "then "))):
        question = _LINKING_ADVERB.sub(r"\g<subject> ", question)
    if "then " not in question:
        return question
    for m in reversed(list(_THEN.finditer(question))):
        if _then_points_back(question, m):
            question = question[:m.start()] + question[m.start("verb"):]
    return question


def _then_points_back(question: str, m: re.Match[str]) -> bool:
    """Whether the "then" at `m` only says "after the sentence before": between a named
    subject and its past verb, after a which-question's aside ("Which protocol, signed on 7
    October 1864, then fixed"), or after "did" and a named subject ("did Thailand then join")."""
    verb = m.group("verb")
    named_before = _NAMED_SUBJECT_END.search(question, 0, m.start()) is not None
    if is_past_tense(verb):
        return (verb != "did" and named_before) or (
            question.endswith(", ", 0, m.start()) and question.startswith(("Which ", "What ")))
    return (named_before and is_base_verb(verb)
            and _ASKED_WITH_DID.search(question, 0, m.start()) is not None)


# "did Yohannes defeat invasions at Gundet and at Gura in March 1876?": a second phrase joined
# by "and" that carries a date of its own is another event; the question asks for the first.
# So is a second name and its year ("inscribe the Town of Campeche on the List and the Ancient
# Maya City of Calakmul in 2002?", round 636).
_DATED_CONJUNCT = re.compile(
    r",?\s+and\s+(?:(?:again|also|later)\s+(?=(?:in|on)\s)|"
    r"(?:at|to|another|with|by|for|from|in|of|the(?=\s+[A-Z]))\s(?:(?!\band\b)[^?,;])*?\s)"
    r"(?:in|on)\s+"
    r"(?:\d{1,2}(?:[–-]\d{1,2})?\s+)?"
    r"(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December)\s+)?\d{4}(?=\?$|,\s+and\s|,\s+[a-z]+ing\b)")  # (", extending the latter":
# a participle of the second name's act)
# ", and the Loan Agreement by a joint resolution of 7 December 1926?": a second name, its own
# means and its own date, the verb left out
_GAPPED_NAME = re.compile(r",\s+and\s+the\s+[A-Z][^?,;]*?\s(?:by|in|on|under|at|through)\s"
                          r"[^?,;]*?\b\d{4}\?$")
_ASKS_A_DATE = re.compile(r"^(?:[^:?]{1,60}:\s+)?(?:In|On)\s+what\s+(?:year|dates?|month)\b")


# ", Bukavu at the end of the month and Goma on 1 November.": after the clause asked, a list of
# like events whose verb is left out, each with its own time (round 155)
_GAPPED_LIST = re.compile(
    r",\s+(?P<first>(?:the\s+)?[^,?;:()]{1,60}?)\s(?:on|in|at|by)\s+(?:\d{1,2}\s+|late\s+|"
    r"early\s+|mid-)?(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|the\s+(?:end|start|beginning|middle)\s+of)\b[^,?;:()]*?\s+and\s+"
    r"(?P<last>[^,?;:()]+)(?P<end>[.?])$")


_COMPLEMENT_OPENERS = frozenset({"to", "into", "towards", "toward", "onto", "upon"})


def without_gapped_list(question: str) -> str:
    """`question` without a list of like events after the clause it asks about, their verb
    left out ("did Fada fall, the great air base of Ouadi Doum on 22 March and Faya-Largeau
    shortly afterwards?" -> "did Fada fall?"): glued on, the list reads as nonsense, and in a
    cloze its dates give the blank away."""
    if " and " not in question:
        return question
    m = _GAPPED_LIST.search(question)
    if m is None or BLANK in question[m.start():] or has_finite(m.group("first")) or (
            has_finite(m.group("last"))):
        return question
    if m.group("first").split()[0] in _COMPLEMENT_OPENERS:
        return question  # "led, under his successor X, to the archbishop's arrest on 20
        # November 1837 and the crisis ...": the verb's own phrase after an aside, no list of
        # events (round 1322 asked "... led, under his successor Clemens August.")
    return question[: m.start()] + m.group("end")


def without_dated_conjunct(question: str) -> str:
    """A date question without a phrase joined by "and" that gives its own date ("..., and at
    Gura in March 1876?"), nor what follows it ("of St John in 1718, and buy St Croix ..."):
    that date is another event's, and names what the question asks."""
    question = without_gapped_list(question)
    if " and " not in question:
        return question
    if not _ASKS_A_DATE.match(question):
        gapped = _GAPPED_NAME.search(question) if question.startswith(("What", "Which")) else None
        if gapped and not has_finite(gapped.group()):
            return question[: gapped.start()] + "?"  # "What agreement did the Legislature
            # approve by an act of 10 November 1926, and the Loan Agreement by a joint
            # resolution of 7 December 1926?": the second act is another's (round 255)
        return question
    conjunct = _DATED_CONJUNCT.search(question)
    if conjunct is None:
        return _without_dated_second_part(question)
    if re.search(r"\d{4}", question[:conjunct.start()]):
        return question  # ("at Fleurus, at Steenkerque in 1692 and at ... in 1693": a list)
    return question[:conjunct.start()] + "?"


# "and chief conductor in 1961", "and re-elected on 6 April 1924", "and into the European Union
# on 1 May 2004": a second part joined by "and" with a date of its own, then the end or an
# aside (rounds 156-1420 kept 6 of 58 such verdicts: "In what year did Britain honour Haitink
# with a knighthood and appointment as a Companion of Honour in 2002?")
_DATED_SECOND_PART = re.compile(
    r"(?<!\bin)(?<!\bon)(?<!\bat)(?<!\bto)(?<!\bfrom)(?<!\binto)(?<!\bof)(?<!\bfor)"
    r"\s+and\s+(?P<conj>(?!(?:the|a|an|his|her|its|their)\b)[a-z][^?,;:\d]{0,60}?)\s+(?:in|on)\s+"
    r"(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+)?\d{4}\b(?=\?$|,)")


def _without_dated_second_part(question: str) -> str:
    """A date question without a second part that gives its own date ("On what date did
    Haitink become first conductor and chief conductor in 1961?" -> "... become first
    conductor?"): the date asked is the first part's, and the second's in view confuses it."""
    if " and " not in question:
        return question
    m = _DATED_SECOND_PART.search(question)
    if m is None or m.group("conj").split()[0].endswith("ing"):
        return question  # ("and dying there on 21 September": what the subject went on to do)
    head = question[:m.start()]
    asked = _ASKS_A_DATE.match(head)
    if asked is None or re.search(r"\d{4}|,", head[asked.end():]):
        return question  # (an aside or a year before it: the "and" may be inside them)
    return head + "?"


def _top_level_commas(text: str) -> list[int]:
    """Positions of the commas outside quotation marks and brackets."""
    if not any(mark in text for mark in "(“[\""):  # nothing to be inside of: every comma counts
        return [m.start() for m in _COMMA.finditer(text)]
    commas: list[int] = []
    depth, in_straight = 0, False
    for index, ch in enumerate(text):
        if ch in "(“[":
            depth += 1
        elif ch in ")”]":
            depth = max(0, depth - 1)
        elif ch == '"':
            in_straight = not in_straight
        elif ch == "," and depth == 0 and not in_straight:
            commas.append(index)
    return commas


def _words(text: str) -> int:
    return len(text.split())


# "(iii)", "(b)", "(2)": a label of a list's item, a criterion or an article's paragraph
_ENUMERATOR = re.compile(r"\(\s*(?:[ivx]{1,5}|[a-h]|\d{1,2})\s*\)")


def shorten(question: str, limit: int = TARGET_WORDS) -> str:
    """`question` cut down towards `limit` words by dropping asides, trailing phrases and a
    fronted phrase that do not hold the blank; unchanged when it is short enough already,
    but for an aside between two dashes, which goes whatever the length.
    With `limit` 0, every such phrase goes (the question's bare clause)."""
    for aside in _DASHED_ASIDE.finditer(question):
        if BLANK not in aside.group() and not _ASKS.search(aside.group()) and balanced(
                aside.group()):  # (not the dashes of
            # two names: '"Tavolara – Punta Coda Cavallo" (area ... "Tavolara – Punta ...")')
            question = question.replace(aside.group(), "", 1)  # ("declare all land not
            # already settled — about 97 per cent of the total — a national park")
    if _words(question) <= limit:
        return question
    end = question[-1] if question[-1] in "?." else ""
    body = question[: len(question) - len(end)] if end else question
    for aside in _PARENTHESIS.finditer(body):
        if _WORDS_OF_A_NAME.fullmatch(aside.group().strip()) and _NAME_BEFORE.search(
                body, 0, aside.start()) and _NAME_AFTER.match(body, aside.end()):
            continue
        if _ENUMERATOR.fullmatch(aside.group().strip()):
            continue  # "under criteria (iii) and (v)": the labels are the words' object, no
            # aside (round 1052 asked "inscribe Schokland under criteria?")
        if BLANK not in aside.group() and _words(body) > limit:
            body = body.replace(aside.group(), "", 1)
    body = _without_trailing(body, limit, last_only=True)
    if _words(body) > limit and not _WH.match(body):  # (a question that opens with its
        # wh-phrase has no fronted phrase: a ", who was" after it is a relative clause)
        commas = _top_level_commas(body)
        for comma in commas:
            rest = body[comma + 1:].lstrip()
            if BLANK in body[:comma]:
                break
            if _WH.match(rest) and end == "?":
                body = rest[0].upper() + rest[1:]
                break
    # A trailing phrase with commas of its own goes last (", bringing to a close talks that
    # had dragged on, with interruptions, since 1974").
    body = _without_trailing(body, limit, last_only=False)
    body = without_dangling_aside(body.rstrip(" ,;:"))
    body = TRAILING_CONJUNCTION.sub("", body.rstrip(" ,;:"))  # ("lectured on X and[, ...]": a
    # phrase cut after the "and" that joined it; "first mentioned in ____, when[, according to
    # ...]", round 820)
    return body.rstrip(" ,;:") + end


# ", calling for boycotts, strikes and civil disobedience, was accepted": the clause's verb
# after a participle aside, which is then no trailing phrase (round 190)
_VERB_AFTER_ASIDE = re.compile(r",\s+(?:was|were|is|are|had|has|have)\s")


def _aside_before_verb(body: str, comma: int) -> bool:
    """Whether the participle phrase after body[comma] is an aside closed by a comma and
    followed by the clause's verb, with no clause of its own between ("..., calling for
    boycotts, strikes and civil disobedience, was accepted"; not "..., during a visit ...,
    after Qian and ..., Ali Alatas, had settled")."""
    verb = _VERB_AFTER_ASIDE.search(body, comma + 1)
    if verb is None and _DID.search(body, 0, comma):
        verb = _BASE_AFTER_ASIDE.search(body, comma + 1)  # "did the criminal court, hearing
        # the prosecution of X, order a reference": the asked verb after the aside (round 772
        # cut it off: "did the criminal court in Frederikshavn?")
        word = verb.group("verb") if verb is not None else ""
        if not (is_base_verb(word) and not is_past_tense(word) and word not in _LITTLE_WORDS
                and "VERB" in parts_of_speech(word)):
            verb = None  # (not ", over the Kunzum La, to Spiti": a phrase's comma)
    return verb is not None and not _CLAUSE_WITHIN.search(body, comma + 1, verb.start())


_DID = re.compile(r"\bdid\b")
_LITTLE_WORDS = frozenset({"over", "to", "in", "on", "at", "by", "for", "with", "from", "and", "or",
                           "but", "after", "before", "up", "down", "out", "off", "then", "also"})
_BASE_AFTER_ASIDE = re.compile(r",\s+(?P<verb>[a-z]+)\s")
_CLAUSE_WITHIN = re.compile(r",\s+and\b|;|\b(?:after|before|where|which|who|whom|whose|when|"
                            r"while|because|that|until|since)\b")


def _without_trailing(body: str, limit: int, last_only: bool) -> str:
    """`body` without its trailing phrases (", ending the war", ", which ..."), the last
    first, while it is longer than `limit` words and none holds the blank; `last_only`: only
    a phrase after the last comma, else a participle phrase after any comma (commas inside
    it)."""
    while _words(body) > limit:
        commas = _top_level_commas(body)
        if last_only:
            cut = commas[-1] if commas and _TRAILING_OPENERS.match(body, commas[-1] + 1) else None
        else:
            cut = next((comma for comma in reversed(commas)
                        if _TRAILING_PARTICIPLE.match(body, comma + 1)
                        and not _aside_before_verb(body, comma)), None)
        if cut is not None and not last_only:
            cut = _relative_clause_start(body, commas, cut)
        if cut is None or BLANK in body[cut + 1:] or not _ASKS.search(body, 0, cut):
            break  # (nor the question itself: "In 2011, which minister met ...")
        if _passive_unfinished(body[:cut]):
            break  # "In what year was the High Coast, including the island, inscribed on the
            # World Heritage List?": the passive's participle comes after the aside (round 976
            # cut it to "In what year was the High Coast?")
        body = body[:cut]
    return body


# A relative clause's opening after a comma: "years in which", "which", "a time when"
_RELATIVE_AFTER_COMMA = re.compile(r",\s+(?:[a-z]+\s+){0,2}(?:(?:in|during|of|at|by|under)\s+)?"
                                   r"(?:which|whom|whose|when|where)\b")


def _relative_clause_start(body: str, commas: list[int], cut: int) -> int:
    """The comma to cut `body` at to drop the participle phrase after body[cut]: the comma before
    it when that one opens a relative clause with no verb before the phrase ("from ____, years
    in which the AASU, having seen ..., set itself up": the clause's verb is after the phrase,
    and round 1203 kept "years in which the All Assam Students' Union."); else `cut`."""
    before = [comma for comma in commas if comma < cut]
    if before and _RELATIVE_AFTER_COMMA.match(body, before[-1]) and not has_finite(
            body[before[-1] + 1: cut]):
        return before[-1]
    return cut


# "In what year was the High Coast": a passive question, its subject after "was"
_PASSIVE_ASKED = re.compile(r"^(?:[^:?]{1,60}:\s+)?(?:In|On)\s+what\s+(?:year|date|month"
                            r"(?:\s+and\s+year)?)(?:\s+in\s+\d{4})?\s+(?:was|were)\s+")


def _passive_unfinished(kept: str) -> bool:
    """Whether `kept` asks "was" of a subject whose participle has not come ("In what year was
    the High Coast"; not "On what date was Miguel Barbachano born in the port of Campeche")."""
    asked = _PASSIVE_ASKED.match(kept)
    if asked is None:
        return False
    return not any(is_participle(word) or word.endswith(("ed", "en"))
                   for word in re.findall(r"\b[a-z]+\b", kept[asked.end():]))


# What makes a text a question: a wh-word or the blank.
_ASKS = re.compile(rf"\b(?:[Ww]hat|[Ww]hich|[Ww]ho|[Ww]hom|[Ww]hen|[Ww]here|[Hh]ow)\b|{BLANK}")
