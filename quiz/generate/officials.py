"""Find officials in a sentence: a named person and the position they held.

Two patterns cover most news and encyclopedia prose, with a gazetteer of titles:
  title first   "then U.S. Secretary of State Madeleine Albright", "Armenian Prime Minister Nikol
                Pashinyan", "Under Secretary of State for Political Affairs William J. Burns"
  apposition    "Khazar Ibrahim, Azerbaijani Ambassador to the United States", "Matthew Miller,
                the spokesperson for the US Department of State", "Sen. Richard Lugar, R-Ind.,
                head of the Senate Foreign Relations Committee"
Qualifiers former / acting are kept in the role; "then" is dropped (it only dates the role).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from quiz.generate.countries import COUNTRIES, I_NATIONS
from quiz.generate.facts import OFFICIAL, Fact
from quiz.generate.inflect import parts_of_speech
from quiz.generate.sentences import Sentence
from quiz.generate.text import UPPER, alternation

_CORE_TITLES = (
    "Secretary-General", "Secretary General", "Prime Minister", "Foreign Minister",
    "Defen[cs]e Minister", "Foreign Secretary", "Press Secretary", "Attorney General",
    "National Security Advis[eo]r", "Chief of Staff", "High Representative", "Crown Prince",
    "Director-General", "Director General", "Consul General", "Chargé d[’']affaires",
    "Special Envoy", "Special Representative", "Majority Leader", "Minority Leader",
    "Ambassador-at-Large", "Secretary", "Undersecretary", "President", "Premier", "Chancellor",
    "Minister", "Ambassador", "Envoy", "Senator", "Sen\\.", "Congressman", "Congresswoman",
    "Rep\\.", "Representative", "Speaker", "Spokesperson", "Spokesman", "Spokeswoman", "Governor",
    "Mayor", "King", "Queen", "Emir", "Sultan", "Chairman", "Chairwoman", "Chairperson",
    "Director", "Commissioner", "Admiral", "General", "Consul", "Adviser", "Advisor",
)
_TITLE_PREFIX = (r"(?:(?:Deputy|Assistant|Vice|Chief|Senior|Principal|First|Acting|Federal)\s+)*"
                 r"(?:Under\s+(?=Secretary))?(?:Lieutenant[ -](?=Governor))?"
                 r"(?:General\s+(?=Secretary\s+of\s+the\s+(?:[A-Z]\w+\s+)*Party))?")
TITLE = _TITLE_PREFIX + "(?:" + "|".join(_CORE_TITLES) + r")(?![\w-])"
# In apposition a role may be written in lower case, and "head of ..." is a role too.
_LOWER_TITLES = "|".join(t.lower() for t in _CORE_TITLES if t[0].isalpha())
TITLE_ANYCASE = (r"(?:(?:deputy|assistant|under|vice|chief|senior|principal|first|acting|special|"
                 r"freshman|top|foreign|defen[cs]e|last|longtime|current|incoming|sitting)\s+)*"
                 r"(?:" + _LOWER_TITLES +
                 r"|head|chair|leader)(?![\w-])")
_ROLE_NOUNS_NEEDING_OF = ("head", "chair", "leader")

QUAL = r"(?:(?P<qual>[Ff]ormer|[Tt]hen|[Aa]cting|[Ii]ncumbent|[Oo]utgoing|[Ii]nterim)[\s-]+)"
_NATIONAL = rf"(?:{I_NATIONS}|[A-Z][^\W\d_A-Z]+(?:ian|an|ese|ish|ic|ch))"
# The portfolio of a minister or secretary ("Transport Minister", "Northern Ireland Secretary").
PORTFOLIO = (r"(?:Transport|Finance|Health|Education|Interior|Justice|Trade|Energy|Environment|"
             r"Culture|Agriculture|Labou?r|Economy|Economic|Home|Northern\s+Ireland|Scottish|"
             r"Welsh|War|Navy|Army|Air|Foreign\s+Affairs|Industry|Development|Treasury|Climate)"
             r"(?=\s+(?:Minister|Secretary)\b)")
MOD = (r"(?:U\.S\.|US|U\.K\.|UK|U\.N\.|UN|EU|NATO|OSCE|United\s+States|United\s+Nations|"
       r"Soviet|Dutch|Swiss|Greek|Thai|" + PORTFOLIO + "|"
       r"State\s+Department|White\s+House|" + _NATIONAL +
       r"|(?:[A-Z][\w.]*\s+){0,2}[A-Z][\w.]*[’']s)")
# (a name's "d'" particle goes with it: "Côte d'Ivoire", not "Côte")
_CAP = rf"(?:U\.S\.|U\.K\.|U\.N\.|[{UPPER}][\w’'–-]*(?:\s+d[’'][{UPPER}][\w’'-]*)?)"
CAPSEQ = rf"{_CAP}(?:\s+(?:and\s+|&\s+|of\s+(?:the\s+)?)?{_CAP})*"
_CAPRUN = rf"{_CAP}(?:\s+(?:of\s+(?:the\s+)?)?{_CAP})*"
CAPSEQ_COMMA = rf"(?:{_CAPRUN}(?:,\s+{_CAPRUN})+,?\s+(?:and|&)\s+{_CAPRUN}|{CAPSEQ})"
_POST = rf"(?:\s+(?:of|for|to|at|on)\s+(?:the\s+)?{CAPSEQ})"
_POST_COMMA = rf"(?:\s+(?:of|for|to|at|on|in)\s+(?:the\s+)?{CAPSEQ_COMMA})"

_NAME_WORD = rf"(?:(?:O[’']|Mc|Mac|D[’'])?[{UPPER}][^\W\d_A-Z]+(?:-[{UPPER}][^\W\d_A-Z]+)?)"
_INITIALS = r"(?:[A-Z]\.){1,3}"
# "Louis I. Zadar": a given name, a ruler's number with a full stop, a word: a name and the
# next sentence's first word, when a ruler's title goes before it
_NUMBER_READ_AS_INITIAL = re.compile(r"\S+\s+[IVX]{1,4}\.\s")
_RULER_ROLE = re.compile(r"\b(?:King|Queen|Emperor|Empress|Tsar|Sultan|Pope|Prince|Duke|"
                         r"Doge|Shah|Emir|Khan|Archduke|Margrave|Elector)\b")
NAME = (rf"{_NAME_WORD}(?:\s+{_INITIALS})*(?:\s+{_NAME_WORD}){{1,2}}"
        # (no place's head ends a person's name: "Lieutenant Governor of Prince Edward Island"
        # is no "Edward Island", round 631)
        r"(?<!\sIsland)(?<!\sIslands)(?<!\sCounty)(?<!\sProvince)(?<!\sRiver)(?<!\sBay)"
        r"(?:,?\s+(?:Jr\.|Sr\.|III|II|IV)(?![\w]))?")

_ANY_TITLE = re.compile(alternation((  # any part of a word, in lower-cased text
    "secretary", "minister", "president", "premier", "chancellor", "ambassador", "envoy",
    "senator", "sen.", "congress", "rep.", "representative", "speaker", "spokes", "adviser",
    "advisor", "governor", "mayor", "king", "queen", "prince", "emir", "sultan", "chair",
    "director", "commissioner", "admiral", "general", "consul", "chargé", "head", "leader",
    "negotiator")))
# Each pattern below opens with a lookahead for the characters a match can start with: the
# engine then rules out most positions at once instead of trying every alternative there.
TITLE_FIRST = re.compile(
    rf"(?=[{UPPER}fatio])(?<![\w’'-]){QUAL}?(?P<role>(?:{MOD}\s+){{0,3}}{TITLE}{_POST}*"
    rf"|(?:(?!The\b|A\b|An\b|In\b|On\b|At\b)(?:{MOD}|{_CAP})\s+){{1,5}}"
    rf"(?:leader|member|chairman|chairwoman|chair|spokesperson|"
    rf"spokesman|spokeswoman))"
    rf",?\s+(?P<name>{NAME})"
    r"(?![\w-]|[’'][a-rt-z]|\s+[A-Z][a-z]|\s+[A-Z]\.)"
)
# "Name, the role" or "Name became / was elected / served as role".
APPOSITION = re.compile(
    rf"(?:,\s+(?:(?P<party>[RDI]-[A-Z][a-z]+\.?),\s+)?|\s+(?:became|was appointed|was named|"
    rf"was elected|was re-elected|was sworn in as|served as|serves as|was made)\s+)"
    rf"(?:(?:the|a|an)\s+)?{QUAL}?"
    rf"(?P<role>(?:{MOD}\s+){{0,3}}(?:{TITLE}|{TITLE_ANYCASE}){_POST_COMMA}*)"
    r"(?=\s*[,.;:)]|\s+(?:who|and|since|from|until|in|on|at|told|said|was|is|has|after|before|"
    r"during|between|for)\b|\s*$)"
)
# "As a freshman senator, Barack Obama ...", "the bloc's chief negotiator, Michel Barnier, ..."
ROLE_THEN_NAME = re.compile(
    rf"(?=[AaTt])(?<![\w’'-])(?:[Aa]s\s+)?(?:[Aa]n?|[Tt]he)\s+{QUAL}?(?P<role>(?:{MOD}\s+){{0,3}}"
    rf"(?:{TITLE}|{TITLE_ANYCASE}|chief negotiator|negotiator){_POST_COMMA}*),\s+(?P<name>{NAME})"
    r"(?![\w-]|[’'][a-rt-z]|\s+[A-Z][a-z]|\s+[A-Z]\.)"
)
# "Foreign Ministers Jeyhun Bayramov and Ararat Mirzoyan", "special envoys A of Turkey and B of
# Armenia": each person holds the singular role (a prefix of the plural, so still quoted text).
_PLURAL_TITLE = (r"(?:(?:Deputy|Vice|Prime|Foreign|Defen[cs]e|Special|special)\s+)?"
                 r"(?:Presidents|Ministers|Ambassadors|Senators|Envoys|envoys|Leaders|leaders|"
                 r"Chancellors|Governors|Mayors)")
_OF_PLACE = rf"(?:\s+of\s+(?:the\s+)?{_CAP}(?:\s+{_CAP})?)?"
_ANY_PLURAL = re.compile(r"(?:Presidents|Ministers|Ambassadors|Senators|nvoys|eaders|Chancellors|"
                         r"Governors|Mayors)\b")
PLURAL = re.compile(
    rf"(?<![\w’'-])(?P<role>(?:{MOD}\s+){{0,2}}{_PLURAL_TITLE})\s+(?P<first>{NAME})"
    rf"(?P<first_of>{_OF_PLACE})\s+and\s+(?P<second>{NAME})(?P<second_of>{_OF_PLACE})"
    r"(?![\w-]|\s+[A-Z][a-z]|\s+[A-Z]\.)"
)
NAME_AT_END = re.compile(rf"(?=[{UPPER}])(?:^|(?<=[\s(“\"]))(?P<name>{NAME})$")
_PEER = re.compile(r"(?:Lord|Lady|Baron|Baroness|Earl|Viscount|Viscountess|Marquess|Duke|"
                   r"Duchess|Countess)\s")
AFTER_NAME = re.compile(rf"\s+of\s+(?:the\s+)?{CAPSEQ_COMMA}")  # "at the ...": where, not what

ORG_WORDS = frozenset({
    "States", "Department", "House", "Committee", "Council", "Union", "Nations", "Affairs",
    "Ministry", "Republic", "Kingdom", "Office", "Bureau", "Agency", "Group", "Army", "Navy",
    "Force", "Forces", "Senate", "Congress", "Parliament", "Government", "Embassy", "State",
    "Administration", "University", "Conference", "Court", "Party", "Organization", "Commission",
    "Foundation", "Institute", "Club", "News", "Post", "Times", "Caucus", "Assembly", "Guard",
    "Command", "Security", "Relations", "Defense", "Defence", "Treasury", "Justice", "Energy",
    "Commerce", "Interior", "Europe", "Asia", "Africa", "America", "Caucasus", "Region", "City",
    "Federation", "Mission", "Consulate", "Summit", "Forum", "Program", "Treaty", "Agreement",
    "Act", "Statement", "Declaration", "Partnership", "Development", "Cooperation", "Peace",
    "Community", "Communities", "Organisation", "League", "Alliance", "Bank",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "The", "This", "That", "In", "On", "At", "According", "After",
    "License", "Public", "Motors", "Electric", "Hospital", "Staff", "Headquarters", "Secretariat",
    "Directorate", "Inspector", "Attorney", "Prosecutor", "Store", "Issues", "Crimes", "Rights",
    "Operations", "Programs", "Studies", "Services", "Resources", "Matters",
})
_TITLE_WORDS = frozenset({"President", "Minister", "Secretary", "Ambassador", "Senator",
                          "Congressman", "Governor", "Envoy", "General", "Chairman", "Director"})
NATIONAL_WORD = re.compile(_NATIONAL)  # "Kaldoran", "Chinese": an adjective of a nation


# ("Argentina's General Elections Law": no one's name, round 215)
_NOT_NAME_WORDS = frozenset({"Elections", "Election",  # (not "Law": Bonar Law)
                             # legislatures by their own names ("Chairman of the Russian
                             # Supreme Soviet" had "Supreme Soviet" for its holder, round 297)
                             "Soviet", "Duma", "Sejm", "Majlis", "Knesset", "Storting",
                             "Riksdag", "Bundestag", "Reichstag", "Landtag", "Diet",
                             "Althing", "Folketing", "Sabor", "Skupština", "Khural", "Jirga",
                             # a corps or a trade in a life's subtitle ("Royal Engineer,
                             # commissioner in Lower Canada and Governor of New South Wales":
                             # round 1226 answered "Who ... founded ...?" with "Royal Engineer")
                             "Royal", "Engineer", "Engineers", "Marine", "Marines", "Artillery"})


# Prepositions that open a sentence, capitalised there, before a name
_OPENING_PREPOSITIONS = frozenset({"Under", "After", "Before", "With", "Without", "For", "From",
                                   "By", "During", "Since", "Until", "Against", "Through",
                                   "Between", "Among", "Despite", "Like", "Unlike", "As"})


def _good_name(name: str) -> bool:
    words = [w.rstrip(".,") for w in name.split()]
    if any(w in ORG_WORDS or w in _TITLE_WORDS or w in _NOT_NAME_WORDS for w in words):
        return False
    if words and words[0] in _OPENING_PREPOSITIONS:
        return False  # "Under Pierre Michelin, president until ...": a sentence's opening
        # preposition before the name (round 1501 wrote "Michelin sought a partner" as "Under
        # Pierre Michelin sought")
    if words and words[0] in {"North", "South", "East", "West"}:
        return False  # "the Governor of New [South Wales]": the rest of a place's name
        # (round 306 asked "What position did South Wales hold?")
    if len(words) == 2 and words[0] in {"Mr", "Mrs", "Ms", "Dr"}:
        return False  # "Mr Wałęsa": a surname alone, no answer to "Who was ...?"
    return not any(w.endswith(("ian", "ese", "ish")) and NATIONAL_WORD.fullmatch(w)
                   for w in words)


def _ruler_number_then_word(name: str, role: str) -> bool:
    """Whether `name` is a ruler's name and number read on into the next sentence: "passed to
    King Louis I. Zadar governed Pag" (round 1083 asked "did King Louis I. Zadar throw off
    Venetian rule?"): the number's full stop ends the sentence, "Zadar" is no surname."""
    return bool(_NUMBER_READ_AS_INITIAL.match(name) and _RULER_ROLE.search(role))


def _role_and_qualifier(m: re.Match[str]) -> tuple[str, int, int, str]:
    """The role text and span, dropping a 'then' qualifier but keeping 'former' / 'acting'."""
    qual = (m.group("qual") or "").lower()
    start, end = m.start("role"), m.end("role")
    if qual and qual != "then":
        start = m.start("qual")
    role = m.string[start:end].rstrip(",")
    if qual and qual != "then":
        role = role[: len(qual)].lower() + role[len(qual):]
    lead = _LEAD_IN.match(role)
    if lead:  # "As Mr Uribe's Defence Minister": "as" and the courtesy title are no part of it
        role, start = role[lead.end():], start + lead.end()
    return role, start, end, qual


# "As Mr Uribe's Defence Minister, Juan Manuel Santos ...": a lead-in read into a possessive
# modifier of the role.
_LEAD_IN = re.compile(r"(?:As\s+)?(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?=[A-Z][\w.’'-]*[’']s\s)|As\s+")


_CAP_TITLE = re.compile(r"(?=[lmcseSUPCMAERGKQHDNFV])"  # the first letters below, for speed
                        r"\b(?:leader|member|chair\w*|spokes\w*|envoys|Secretary|Undersecretary|"
                        r"President|Premier|Chancellor|Minister|"
                        r"Ambassador|Chargé|Envoy|Senator|Sen\.|Congress(?:man|woman)|Rep\.|"
                        r"Representative|Speaker|Spokes(?:person|man|woman)|Governor|Mayor|King|"
                        r"Queen|Crown|Emir|Sultan|Chair(?:man|woman|person)|Director|Commissioner|"
                        r"Admiral|General|Consul|Advis[eo]r|High|Majority|Minority|Special|"
                        r"National|Attorney|Chief|Foreign|Defen[cs]e|Press|Deputy|Assistant|"
                        r"Under|Vice|Senior|Principal|First|Acting|Lieutenant)\b")
_MOD_REACH = 80
_JOINED = re.compile(rf"\s(?:and|&)\s+(?:{MOD}\s+)*{TITLE}")


# "Secretary of State Charles": an office "of State" is whole; a capitalised word after it
# opens the name (a three-word name, "Charles Evans Hughes", "William Jennings Bryan").
_OF_STATE_AND_NAME = re.compile(r"\bof\s+State\s+(?P<given>[A-Z][a-z]+)$")


# "Minister of Mines and Hydrocarbons Valentín": an office's "of" phrase of capitalised nouns,
# then one more capitalised word, which may open the holder's name (round 206)
_GIVEN_AFTER_POST = re.compile(r"\s(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+(?:and\s+)?)*"
                               r"(?P<noun>[A-Z][a-z]+)\s+(?P<given>[A-Z][^\W\d_]+)$")
_NAME_SUFFIXES = frozenset({"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"})


def _given_name_ending(role: str, name: str) -> re.Match[str] | None:
    """The given name the title-first pattern left at the end of `role`, when the name after
    it has three words ("Minister of Mines and Hydrocarbons Valentín" of "Valentín Hernández
    Acosta", "Secretary of the Army Frank" of "Frank Pace Jr."): a word the lexicon does not
    know after a noun of the office's "of" phrase, or any word before a name of a surname and
    "Jr." only. Not a place ("Governor of New Mexico", "Ambassador of Vell")."""
    m = _GIVEN_AFTER_POST.search(role)
    if m is None or m.group("given") in ORG_WORDS or len(name.split()) > 3:
        return None
    words = name.split()
    if len(words) == 2 and words[1] in _NAME_SUFFIXES:
        return m
    known = "NOUN" in parts_of_speech(m.group("noun").lower())
    return m if known and not parts_of_speech(m.group("given").lower()) else None


def _title_first(text: str) -> list[re.Match[str]]:
    """Title-first matches; a role that swallowed "and <another title>" is retried after it."""
    found: list[re.Match[str]] = []
    anchors = [a.start() for a in _CAP_TITLE.finditer(text)]
    pos = 0
    while anchors:
        # A match holds a capitalised title, with at most a qualifier and three modifiers
        # before it: start looking just before the next title, not at every word.
        anchors = [a for a in anchors if a >= pos]
        if not anchors:
            return found
        m = TITLE_FIRST.search(text, max(pos, anchors[0] - _MOD_REACH))
        if not m:
            return found
        joined = _JOINED.search(m.group("role"))
        if joined:
            pos = m.start("role") + joined.start() + 1
            continue
        found.append(m)
        pos = m.end()
    return found


def _specific(role: str) -> int:
    """How much a role says: words, less for abbreviations ("Sen.")."""
    return len(role.split()) - role.count(".")


# ", Per Stig Møller": a name right after a role, which the role introduces (a list of people
# with their offices), so the role is not the one before's in apposition.
# (A lower-case "for foreign policy" may come between the office and its holder's name.)
_NEXT_NAME = re.compile(rf"(?:\s+(?:for|of|on)\s+[a-z][^,;]{{0,40}})?,\s+(?:{NAME})"
                        rf"(?=\s*[,;]|\s+and\b)")


_PATRONYMIC_BEFORE = re.compile(r"\b(?:bin|ibn|bint|ben)\s+$")
# An office held for another office-holder, the name after it being that holder's
_OFFICE_OF_AN_OFFICE = re.compile(r"^[a-z][\w -]*?\s+(?:of|to)\s+(?:the\s+)?"
                                  r"(?P<inner>(?:[A-Z][\w-]*\s+)*(?:Secretary|Minister|"
                                  r"President|Chancellor|Premier|Secretary-General|Governor|"
                                  r"Governor-General))$")


# "Minister of Employment, ": an office's "of" and its first field, then a comma
_FIELD_LISTED_BEFORE = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w’'-]*,\s*$")
_AND_A_NAME_NEXT = re.compile(r",?\s+and\s+(?:the\s+)?[A-Z]")


def find_officials(sentence: Sentence) -> list[Fact]:
    """Every (person, role) pair stated in the sentence, left to right."""
    text = sentence.text
    if not _ANY_TITLE.search(text.lower()):
        return []  # no title word at all: one cheap scan rules the sentence out
    found: dict[str, Fact] = {}
    for m in _title_first(text):
        name = m.group("name").rstrip(",")
        if not _good_name(name) or _ruler_number_then_word(name, m.group("role")):
            continue
        if _FIELD_LISTED_BEFORE.search(text, 0, m.start("name")) and _AND_A_NAME_NEXT.match(
                text, m.end("name")):
            continue  # "Minister of Employment, Social Cohesion and Housing": the office's
            # fields, no holder (round 1004 asked "What position did Social Cohesion hold?")
        role, rs, re_, qual = _role_and_qualifier(m)
        if _PATRONYMIC_BEFORE.search(text, max(0, rs - 8), rs):
            continue  # "Sheikh Zayed bin Sultan Al Nahyan": a father's name, no office
            # (round 225: "Who was the Sultan of Abu Dhabi?" answered "Al Nahyan")
        # "Secretary of State Charles Evans Hughes": "State" ends the office; "Minister of Mines
        # and Hydrocarbons Valentín Hernández Acosta": the given name the pattern left in it
        apposed = "," in text[m.end("role"): m.start("name")]  # ("the Chief Minister of West
        # Bengal, Mamata Banerjee": no given name is left in an office a comma closes, round 374)
        given = _OF_STATE_AND_NAME.search(role) or (
            None if apposed else _given_name_ending(role, name))
        if given:
            name = f"{given.group('given')} {name}"
            role = role[: given.start("given")].rstrip()
        after = AFTER_NAME.match(text, m.end("name"))
        context = after.group().strip() if after else ""
        if after and _PEER.match(name):
            continue  # "the last Governor, Lord Grey of Naunton": "of Naunton" is the peer's
            # title, not the office's land, and "Lord Grey" alone is half a name (round 182)
        if _names_another(role):
            continue  # "Minister of the Environment Villu Reiljan and State Secretary Uno
            # Veering": a list of signatories, each office before its holder
        start = m.start("name") - (len(given.group("given")) + 1 if given else 0)
        found[name] = Fact(OFFICIAL, name, start, start + len(name),
                           sentence, role=role, role_start=rs, role_end=rs + len(role),
                           role_context=context, qualifier=qual)
    for m in PLURAL.finditer(text) if _ANY_PLURAL.search(text) else ():
        plural = m.group("role")
        role = plural[:-1]  # "Foreign Ministers" -> "Foreign Minister"
        for key in ("first", "second"):
            name = m.group(key)
            if not _good_name(name) or name in found:
                continue
            found[name] = Fact(OFFICIAL, name, m.start(key), m.end(key), sentence, role=role,
                               role_start=m.start("role"), role_end=m.start("role") + len(role),
                               role_context=m.group(key + "_of").strip())
    for m in ROLE_THEN_NAME.finditer(text):
        name = m.group("name").rstrip(",")
        if not _good_name(name) or (name in found and _specific(found[name].role) >=
                                    _specific(m.group("role"))):
            continue
        if _ruler_number_then_word(name, m.group("role")):
            continue
        role, rs, re_, qual = _role_and_qualifier(m)
        first = role.split()[len(qual.split()) if qual and qual != "then" else 0].lower()
        if first in _ROLE_NOUNS_NEEDING_OF and " of " not in role:
            continue
        if _names_another(role):
            continue  # ("Minister of the Environment Villu Reiljan and State Secretary Uno
            # Veering": a list of signatories, not Veering's office)
        inner = _OFFICE_OF_AN_OFFICE.search(role)
        if inner:  # "the special representative of the British Foreign Secretary, Sir Alec
            # Douglas-Home": the name is the Foreign Secretary's (round 225)
            role, rs, qual = inner.group("inner"), rs + inner.start("inner"), ""
        found[name] = Fact(OFFICIAL, name, m.start("name"), m.start("name") + len(name),
                           sentence, role=role, role_start=rs, role_end=rs + len(role),
                           qualifier=qual)
    for m in APPOSITION.finditer(text):
        window = max(0, m.start() - 80)  # a name is a few words: look only just before
        named = NAME_AT_END.search(text[window: m.start()])
        if not named:
            continue
        words = named.group("name").split()
        while len(words) > 2 and (words[0] in ORG_WORDS or words[0] in _TITLE_WORDS):
            words = words[1:]
        name = " ".join(words)
        if not _good_name(name) or len(words) < 2:
            continue
        start = window + named.start("name") + named.group("name").index(name)
        if _PLACE_BEFORE.search(text, 0, start):
            continue  # "Senator Robert F. Wagner of New York, chairman of ...", "in New Delhi,
            # Portugal's Foreign Minister, ...": a place (round 395)
        role, rs, re_, qual = _role_and_qualifier(m)
        first = role.split()[len(qual.split()) if qual and qual != "then" else 0].lower()
        if first in _ROLE_NOUNS_NEEDING_OF and " of " not in role:
            continue
        if name in found and _specific(found[name].role) >= _specific(role):
            continue
        if _names_another(role):
            continue  # ("Mart Siimann, Minister of the Environment Villu Reiljan and ...": the
            # next signatory's office and name, no role of Siimann's)
        if _ENDS_WITH_INITIAL.search(role):
            continue  # "chief of staff to General Dwight D": the role's name cut at its
            # initial's full stop (round 216)
        if _NEXT_NAME.match(text, m.end("role")) and re.search(
                r"\b(?:the|a|an)\s+$", text[m.start(): m.start("role")]):
            continue  # "Colin Powell, the Danish Foreign Minister, Per Stig Møller": Møller's
            # (without "the" it is the name before's: "Sir Ivo Tamm, Governor of Vell, Raja ...")
        found[name] = Fact(OFFICIAL, name, start, start + len(name), sentence, role=role,
                           role_start=rs, role_end=rs + len(role), qualifier=qual)
    return sorted(map(_with_whole_body, map(_with_owner, map(_without_honorific,
                                                              _one_holder_a_role(found.values())))),
                  key=lambda f: f.start)


# "The UN Secretary-General's Special Representative for Angola": an office held for another
# office-holder, whose office belongs to the answer ("Special Representative for Angola" alone
# leaves out whose representative).
_OWNER_BEFORE = re.compile(r"(?P<owner>(?:(?:UN|U\.N\.|United\s+Nations|EU|AU|OAU|OAS)\s+)?"
                           r"(?:Secretary-General|Secretary\s+General|President|Prime\s+Minister|"
                           r"Chancellor|Emperor|King|Queen|Sultan|Pope)[’']s\s+)$")


_ENDS_WITH_INITIAL = re.compile(r"\s[A-Z]$")  # ("... to General Dwight D")
# Two capitalised words before " and " or closing a role: a person's name when no lexicon
# knows either ("Minister of the Environment Villu Reiljan and State Secretary", not "Minister
# of Foreign Affairs and Trade")
_NAME_IN_ROLE = re.compile(r"\b(?P<first>[A-Z][\w’'-]+)\s+(?P<last>[A-Z][\w’'-]+)(?=\s+and\s|$)")


def _names_another(role: str) -> bool:
    """Whether `role` holds another person's name: "signed by Prime Minister Mart Siimann,
    Minister of the Environment Villu Reiljan and State Secretary Uno Veering" is a list of
    signatories, each office before its holder, not Siimann's or Veering's office (round 861
    answered "What position did Mart Siimann hold?" with Reiljan's)."""
    return " and " in role and any(
        not parts_of_speech(m.group("first").lower()) and not parts_of_speech(
            m.group("last").lower()) and f"{m.group('first')} {m.group('last')}" not in _COUNTRY_SET
        for m in _NAME_IN_ROLE.finditer(role))


_COUNTRY_SET = frozenset(COUNTRIES)  # ("Prime Minister of Sri Lanka and ...": a country)
# A name's "of" right before a capitalised name ("Wagner of New York"): the second is a place;
# so is a name after a comma and "in" or "at" ("On 31 December 1974, in New Delhi, ...": where the
# sentence's act happened)
_PLACE_BEFORE = re.compile(r"\b[A-Z][\w.’'-]+\s+(?:of|from)\s+$|(?:^|,)\s*(?:in|at)\s+$")


def _with_owner(fact: Fact) -> Fact:
    """The fact with its role's owner written in ("UN Secretary-General's Special
    Representative for Angola"), when the sentence gives one just before the role."""
    if fact.role_start <= 0 or not fact.role:
        return fact
    owner = _OWNER_BEFORE.search(fact.sentence.text, max(0, fact.role_start - 60),
                                 fact.role_start)
    if owner is None:
        return fact
    return replace(fact, role=owner.group("owner") + fact.role, role_start=owner.start("owner"))


# "President of the Board", where the sentence has just named "the Board of Trade": the
# body's short form, written in full
_SHORT_BODY = re.compile(r"\bof\s+the\s+(?P<head>[A-Z][a-z]+)$")


def _with_whole_body(fact: Fact) -> Fact:
    """The fact with a role that names its body by one word ("President of the Board") given
    the body's whole name the sentence uses ("President of the Board of Trade")."""
    short = _SHORT_BODY.search(fact.role) if fact.role else None
    if short is None:
        return fact
    head = short.group("head")
    whole = set(re.findall(rf"\b{head}\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*"
                           rf"(?:\s+[A-Z][\w’'-]*)*", fact.sentence.text))
    if len(whole) != 1:
        return fact
    return replace(fact, role=fact.role[: short.start("head")] + whole.pop())


def _one_holder_a_role(facts: Iterable[Fact]) -> list[Fact]:
    """The facts with each written role given to one person: "Sir Andrew Clarke, Governor of
    the Straits Settlements, Raja Abdullah and the chiefs" reads as a name and its apposition
    and as a role and the name after it; the name just before the role holds it."""
    facts = list(facts)
    by_role: dict[int, list[Fact]] = {}
    for fact in facts:
        if fact.role_start >= 0:
            by_role.setdefault(fact.role_start, []).append(fact)
    dropped: set[int] = set()
    for sharing in by_role.values():
        before = [f for f in sharing if f.end <= f.role_start]
        if len(sharing) > 1 and before:
            dropped.update(id(f) for f in sharing if f.end > f.role_start)
    return [f for f in facts if id(f) not in dropped]


# "Mr Bob Hawke": a report's courtesy title, which is no part of the name asked or given.
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Dr)\.?\s+(?=[A-Z][\w’'-]*\s+[A-Z])")


def _without_honorific(fact: Fact) -> Fact:
    honorific = _HONORIFIC.match(fact.answer) or _OPENING_CONJUNCTION.match(fact.answer)
    if honorific is None:
        return fact
    return replace(fact, answer=fact.answer[honorific.end():], start=fact.start + honorific.end())


# A sentence's opening conjunction before a name of two words or more: "When Hiram Johnson became
# Governor" (round 1197 wrote "Governor When Hiram Johnson")
_OPENING_CONJUNCTION = re.compile(r"(?:When|While|After|Before|Since|Although|Though|If|Once|"
                                  r"Until|Unless|Because|Whereas)\s+(?=\S+\s+\S)")
