"""Country names, to resolve "the country" in a question to the country a document is about.

"Since joining in 1992, the country has become an active initiator within the UN" leans on an
earlier sentence; with the document's main country put in ("Since joining in ____, Azerbaijan has
become ...") the card stands alone. The main country is the one the document names most often.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# The nations' adjectives that end in "-i" ("Iraqi", "Thai"), as a pattern: few enough to list,
# where a pattern for every "-i" word would take names for nations ("Károlyi", "Giolitti").
I_NATIONS = (r"(?:Iraq|Israel|Pakistan|Somal|Azerbaijan|Kuwait|Yemen|Saud|Oman|Qatar|Bangladesh|"
             r"Nepal|Tha|Bengal|Punjab|Afghan|Emirat|Bahrain|Burund|Swaz|Kashmir|Sindh|Gujarat|"
             r"Marath|Maor|Māor|Hind|Tajik|Turkmen|Kurd|Baluch|Pashtun|Malaw|Iran|Sudan)i")

# A nation's adjective opening a timeline's subject ("Pakistani irregulars", "British troops"),
# stricter than officials.NATIONAL_WORD: "Pakistan" or "Japan" (ending in "an") is a country.
# The nations' adjectives in a bare "-an" ("Libyan", "Cuban"), listed: a pattern for every "-an"
# word would take names ("Morgan") and countries ("Pakistan") for them.
AN_NATIONS = (r"(?:Liby|Keny|Cub|Morocc|Tibet|Ugand|Rwand|Angol|Guatemal|Hondur|Andorr|"
              r"Lank|Samo|Tong|Nicaragu|Paragu|Urugu|Venezuel|Chechen)an")
NATION_ADJECTIVE = re.compile(rf"[A-Z][a-z]+(?:ian|ean|ican|ese|ish|ch)|{I_NATIONS}|{AN_NATIONS}|"
                              r"German|Soviet")

COUNTRIES = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Argentina", "Armenia", "Australia",
    "Austria", "Azerbaijan", "Bahrain", "Bangladesh", "Belarus", "Belgium", "Belize", "Benin",
    "Bhutan", "Bolivia", "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei", "Bulgaria",
    "Burkina Faso", "Burundi", "Cambodia", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Comoros", "Congo", "Costa Rica", "Croatia", "Cuba", "Cyprus", "Czechia",
    "Czech Republic", "Denmark", "Djibouti", "Dominican Republic", "Ecuador", "Egypt",
    "El Salvador", "Eritrea", "Estonia", "Eswatini", "Ethiopia", "Fiji", "Finland", "France",
    "Gabon", "Gambia", "Georgia", "Germany", "Ghana", "Greece", "Guatemala", "Guinea", "Guyana",
    "Haiti", "Honduras", "Hungary", "Iceland", "India", "Indonesia", "Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kosovo", "Kuwait",
    "Kyrgyzstan", "Laos", "Latvia", "Lebanon", "Lesotho", "Liberia", "Libya", "Liechtenstein",
    "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia", "Maldives", "Mali", "Malta",
    "Mauritania", "Mauritius", "Mexico", "Moldova", "Monaco", "Mongolia", "Montenegro",
    "Morocco", "Mozambique", "Myanmar", "Namibia", "Nepal", "Netherlands", "New Zealand",
    "Nicaragua", "Niger", "Nigeria", "North Korea", "North Macedonia", "Norway", "Oman",
    "Pakistan", "Palestine", "Panama", "Papua New Guinea", "Paraguay", "Peru", "Philippines",
    "Poland", "Portugal", "Qatar", "Romania", "Russia", "Rwanda", "Saudi Arabia", "Senegal",
    "Serbia", "Sierra Leone", "Singapore", "Slovakia", "Slovenia", "Somalia", "South Africa",
    "South Korea", "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden",
    "Switzerland", "Syria", "Taiwan", "Tajikistan", "Tanzania", "Thailand", "Togo", "Tunisia",
    "Turkey", "Türkiye", "Turkmenistan", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam", "Yemen",
    "Zambia", "Zimbabwe", "Trinidad and Tobago", "Barbados", "Bahamas", "Grenada", "Dominica",
    "Antigua and Barbuda", "Cape Verde", "Equatorial Guinea", "Guinea-Bissau", "Seychelles",
    "Samoa", "Tonga", "Vanuatu", "Kiribati", "Tuvalu", "Nauru", "Palau", "East Timor",
    "Timor-Leste", "San Marino", "Ivory Coast", "Côte d'Ivoire", "Central African Republic",
    # states of the past a history names as often as today's ("the country's government in
    # exile" in a life of Beneš is Czechoslovakia's, not France's)
    "Czechoslovakia", "Yugoslavia", "Soviet Union", "Ottoman Empire", "Austria-Hungary",
    "Prussia", "Persia", "Siam", "Burma", "Ceylon", "Zaire", "Rhodesia", "East Germany",
    "West Germany",
    # states by names a history uses throughout ("the nation" in a history of Swaziland is not
    # South Africa, which it names less often than Swaziland: round 273). Not a colony renamed
    # at independence ("Tanganyika"): a life of Nyerere would call Tanzania by it in 1967.
    "Swaziland", "Transvaal", "Orange Free State",
)

_NAMES = re.compile(r"(?<!Port of )\b(?:"  # ("Port of Spain" is a city of Trinidad)
                    + "|".join(sorted(map(re.escape, COUNTRIES), key=len, reverse=True))
                    + r")\b")
# Lands a text may call "the country" that are no state of COUNTRIES
_LANDS = re.compile(r"\b(?:England|Scotland|Wales|Britain|Holland|Prussia|Bavaria|Saxony|Castile|"
                    r"Aragon|Bohemia|Savoy|Piedmont|Tuscany|Flanders)\b")
_THE_COUNTRY = re.compile(r"\b(?P<the>[Tt])he (?:country|nation)(?P<own>[’']s)?\b")


def main_country(text: str | Iterable[str]) -> str | None:
    """The country `text` names most often (at least twice, and more than half again as often
    as any other: a life of Beneš that names France three times and Czechoslovakia twice has
    none). `text` may be given as blocks of whole lines (a name never runs over a line end)."""
    found: Counter[str] = Counter()
    for block in (text,) if isinstance(text, str) else text:
        found.update(_NAMES.findall(block))
    counts = found.most_common(2)
    if not counts or counts[0][1] < 2 or (len(counts) > 1 and 2 * counts[0][1] <= 3 * counts[1][1]):
        return None
    return counts[0][0]


_APPOSED_TO_A_NAME = re.compile(r"[A-Z][\w’'-]+,\s*$")  # "Bengal, " right before "the country"


def another_country_before(sentence: str, country: str | None) -> bool:
    """Whether `sentence` names a country other than `country` before its "the country": the
    one the phrase refers to, which a question cut from the sentence's later clause no longer
    shows ("In India, ...; the country's last case was recorded in May 1975": round 1681 wrote
    "the United States' last case", the document's main country)."""
    match = _THE_COUNTRY.search(sentence)
    return match is not None and any(
        name != country for name in _NAMES.findall(sentence, 0, match.start()))


def resolve_the_country(question: str, country: str | None) -> str | None:
    """`question` with "the country" / "the nation" replaced by `country`; None when the phrase
    cannot be resolved safely (no main country, or another country named before it)."""
    match = _THE_COUNTRY.search(question)
    if match is None:
        return question
    named_before = _NAMES.findall(question, 0, match.start())
    if country is None or any(name != country for name in named_before):
        return None
    if _APPOSED_TO_A_NAME.search(question, 0, match.start()):
        return None  # "the ancient irrigation of Bengal, the country where he had first learned
        # his trade": Bengal itself, in apposition (round 1129 wrote "Bengal, Egypt where")
    if any(land not in country for land in _LANDS.findall(question, 0, match.start())):
        return None  # "In England, Gourgaud published ... and was expelled from the country":
        # England's, not France's (round 996)
    if any(not _adjective_of(adjective.group(), country)
           for adjective in _PEOPLE_BEFORE.finditer(question, 0, match.start())):
        return None  # "the Government of National Accord, formed under the Libyan Political
        # Agreement, controlled Tripoli and the west of the country": Libya's, not the
        # document's main country (round 806 wrote "the west of Turkey")
    if country in _NAMES.findall(question, match.end()):
        return None  # "the country instituted proceedings against Greece": not Greece, which
        # the question names after it as another (round 573 wrote "Greece ... against Greece")
    if "nation" in match.group().lower():
        if not named_before:
            # "the nation" is a people as often as a state ("general of the nation" of Corsica,
            # the Swazi nation): written as the main country it was wrong in 29 of 40 verdicts
            # (rounds 82-277), and it leans on the document left as it is
            return None
        if not match.group("own"):
            return question  # "did Lithuania adopt a law for the protection of the nation":
            # the country is named, and "the nation" is the law's own words
    the = f"{match.group('the')}he " if country in _NAMED_WITH_THE else ""
    own = match.group("own") or ""
    if own and country.endswith("s"):
        own = own[0]  # "the Bahamas’ army", "the United States’ offer"
    replacement = the + country + own
    return _THE_COUNTRY.sub(replacement, question)


# A people's adjective as a word of its own ("Libyan", "Turkish", "Greek")
_PEOPLE_BEFORE = re.compile(rf"\b(?:{NATION_ADJECTIVE.pattern}|Greek|Dutch|Swiss|Thai)\b")


def _adjective_of(adjective: str, country: str) -> bool:
    """Whether the people's `adjective` may be `country`'s ("Libyan" of Libya, "Turkish" of
    Turkey): the two open with the same three letters, as most do."""
    return adjective[:3] == country[:3]


# Countries whose name takes "the" ("was the Bahamas admitted", not "was Bahamas": round 149)
_NAMED_WITH_THE = frozenset({
    "Bahamas", "Netherlands", "Philippines", "Gambia", "Maldives", "Comoros", "Seychelles",
    "United States", "United Kingdom", "United Arab Emirates", "Czech Republic",
    "Dominican Republic", "Central African Republic", "Soviet Union", "Ottoman Empire"})
