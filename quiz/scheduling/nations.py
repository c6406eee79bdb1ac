"""Offices named two ways: "Armenian Prime Minister" is the "Prime Minister of Armenia".

`office_form` rewrites the tokens of an answer that names an office so both forms give the same
words: a country next to the office (before it, or after it with or without "of") and a
nationality adjective right before it ("Armenian", "U.S.") become the country's name, put in
front of the office ("prime minister of armenia" -> "armenia prime minister"), and short forms
("US", "UK") are spelled out anywhere in an office. Nothing else is moved, so "Ambassador to the
United States" keeps its "to", and a different office, person or country stays different.

The table is deliberately small: the country names of quiz.generate's list and a few of
history books (Soviet Union, Yugoslavia), their usual adjectives, and a few short forms (US,
USA, UK, Britain, USSR).
"""

from __future__ import annotations

from quiz.core.text import fold_answer
from quiz.scheduling.textnorm import Token

# Country -> its adjectives and other names. A country with no adjective listed is still
# recognised by name ("Prime Minister of Bhutan" = "Bhutan Prime Minister").
_ADJECTIVES: dict[str, tuple[str, ...]] = {
    "Afghanistan": ("Afghan",), "Albania": ("Albanian",), "Algeria": ("Algerian",),
    "Andorra": ("Andorran",), "Angola": ("Angolan",), "Argentina": ("Argentine", "Argentinian"),
    "Armenia": ("Armenian",), "Australia": ("Australian",), "Austria": ("Austrian",),
    "Azerbaijan": ("Azerbaijani", "Azeri"), "Bahrain": ("Bahraini",),
    "Bangladesh": ("Bangladeshi",), "Belarus": ("Belarusian",), "Belgium": ("Belgian",),
    "Benin": ("Beninese",), "Bhutan": ("Bhutanese",), "Bolivia": ("Bolivian",),
    "Bosnia and Herzegovina": ("Bosnian",), "Botswana": ("Botswanan",),
    "Brazil": ("Brazilian",), "Bulgaria": ("Bulgarian",), "Burundi": ("Burundian",),
    "Cambodia": ("Cambodian",), "Cameroon": ("Cameroonian",), "Canada": ("Canadian",),
    "Chad": ("Chadian",), "Chile": ("Chilean",), "China": ("Chinese",),
    "Colombia": ("Colombian",), "Congo": ("Congolese",), "Costa Rica": ("Costa Rican",),
    "Croatia": ("Croatian",), "Cuba": ("Cuban",), "Cyprus": ("Cypriot",),
    "Czech Republic": ("Czech", "Czechia"), "Denmark": ("Danish",),
    "Dominican Republic": ("Dominican",), "Ecuador": ("Ecuadorian",), "Egypt": ("Egyptian",),
    "El Salvador": ("Salvadoran",), "Eritrea": ("Eritrean",), "Estonia": ("Estonian",),
    "Ethiopia": ("Ethiopian",), "Fiji": ("Fijian",), "Finland": ("Finnish",),
    "France": ("French",), "Gabon": ("Gabonese",), "Gambia": ("Gambian",),
    "Georgia": ("Georgian",), "Germany": ("German",), "Ghana": ("Ghanaian",),
    "Greece": ("Greek",), "Guatemala": ("Guatemalan",), "Guinea": ("Guinean",),
    "Haiti": ("Haitian",), "Honduras": ("Honduran",), "Hungary": ("Hungarian",),
    "Iceland": ("Icelandic",), "India": ("Indian",), "Indonesia": ("Indonesian",),
    "Iran": ("Iranian",), "Iraq": ("Iraqi",), "Ireland": ("Irish",), "Israel": ("Israeli",),
    "Italy": ("Italian",), "Jamaica": ("Jamaican",), "Japan": ("Japanese",),
    "Jordan": ("Jordanian",), "Kazakhstan": ("Kazakh", "Kazakhstani"), "Kenya": ("Kenyan",),
    "Kosovo": ("Kosovar",), "Kuwait": ("Kuwaiti",), "Kyrgyzstan": ("Kyrgyz",),
    "Laos": ("Lao", "Laotian"), "Latvia": ("Latvian",), "Lebanon": ("Lebanese",),
    "Liberia": ("Liberian",), "Libya": ("Libyan",), "Lithuania": ("Lithuanian",),
    "Luxembourg": ("Luxembourgish",), "Madagascar": ("Malagasy",), "Malawi": ("Malawian",),
    "Malaysia": ("Malaysian",), "Maldives": ("Maldivian",), "Mali": ("Malian",),
    "Malta": ("Maltese",), "Mauritania": ("Mauritanian",), "Mauritius": ("Mauritian",),
    "Mexico": ("Mexican",), "Moldova": ("Moldovan",), "Monaco": ("Monegasque",),
    "Mongolia": ("Mongolian",), "Montenegro": ("Montenegrin",), "Morocco": ("Moroccan",),
    "Mozambique": ("Mozambican",), "Myanmar": ("Burmese", "Burma"), "Namibia": ("Namibian",),
    "Nepal": ("Nepali", "Nepalese"), "Netherlands": ("Dutch", "Holland"),
    "New Zealand": ("NZ",), "Nicaragua": ("Nicaraguan",), "Nigeria": ("Nigerian",),
    "North Korea": ("North Korean",), "North Macedonia": ("Macedonian",),
    "Norway": ("Norwegian",), "Oman": ("Omani",), "Pakistan": ("Pakistani",),
    "Palestine": ("Palestinian",), "Panama": ("Panamanian",), "Paraguay": ("Paraguayan",),
    "Peru": ("Peruvian",), "Philippines": ("Philippine", "Filipino"), "Poland": ("Polish",),
    "Portugal": ("Portuguese",), "Qatar": ("Qatari",), "Romania": ("Romanian",),
    "Russia": ("Russian",), "Rwanda": ("Rwandan",), "Saudi Arabia": ("Saudi",),
    "Senegal": ("Senegalese",), "Serbia": ("Serbian",), "Sierra Leone": ("Sierra Leonean",),
    "Singapore": ("Singaporean",), "Slovakia": ("Slovak", "Slovakian"),
    "Slovenia": ("Slovenian", "Slovene"), "Somalia": ("Somali",),
    "South Africa": ("South African",), "South Korea": ("South Korean", "Korean"),
    "South Sudan": ("South Sudanese",), "Spain": ("Spanish",), "Sri Lanka": ("Sri Lankan",),
    "Sudan": ("Sudanese",), "Sweden": ("Swedish",), "Switzerland": ("Swiss",),
    "Syria": ("Syrian",), "Taiwan": ("Taiwanese",), "Tajikistan": ("Tajik",),
    "Tanzania": ("Tanzanian",), "Thailand": ("Thai",), "Togo": ("Togolese",),
    "Tunisia": ("Tunisian",), "Turkey": ("Turkish", "Türkiye"),
    "Turkmenistan": ("Turkmen",), "Uganda": ("Ugandan",), "Ukraine": ("Ukrainian",),
    "United Arab Emirates": ("Emirati", "UAE", "U.A.E."),
    "United Kingdom": ("British", "UK", "U.K.", "Britain", "Great Britain"),
    "United States": ("American", "US", "U.S.", "USA", "U.S.A.", "America",
                      "United States of America"),
    "Uruguay": ("Uruguayan",), "Uzbekistan": ("Uzbek",), "Venezuela": ("Venezuelan",),
    "Vietnam": ("Vietnamese",), "Yemen": ("Yemeni",), "Zambia": ("Zambian",),
    "Zimbabwe": ("Zimbabwean",),
    # countries of history books
    "Soviet Union": ("Soviet", "USSR", "U.S.S.R."), "Yugoslavia": ("Yugoslav", "Yugoslavian"),
    "Czechoslovakia": ("Czechoslovak", "Czechoslovakian"), "Ottoman Empire": ("Ottoman",),
    "Prussia": ("Prussian",), "England": ("English",), "Scotland": ("Scottish",),
    "Wales": ("Welsh",),
}
# Short forms, read as the country anywhere in an office ("Ambassador to the US")
_SHORT_FORMS = ("US", "U.S.", "USA", "U.S.A.", "UK", "U.K.", "UAE", "U.A.E.", "NZ", "USSR",
                "U.S.S.R.")
# Folded words of every name -> the country's folded words
COUNTRY_NAMES: dict[tuple[str, ...], tuple[str, ...]] = {}
for _country, _others in _ADJECTIVES.items():
    _canonical = tuple(fold_answer(_country).split())
    for _name in (_country, *_others):
        COUNTRY_NAMES[tuple(fold_answer(_name).split())] = _canonical
_LONGEST = max(len(words) for words in COUNTRY_NAMES)
_SHORT = {tuple(fold_answer(name).split()): COUNTRY_NAMES[tuple(fold_answer(name).split())]
          for name in _SHORT_FORMS}
_LONGEST_SHORT = max(len(words) for words in _SHORT)

# Words that make a phrase an office: its head ("minister") and words that qualify it
OFFICE_HEADS = frozenset(
    {
        "president", "minister", "ambassador", "secretary", "chancellor", "premier", "king",
        "queen", "governor", "envoy", "consul", "representative", "commissioner", "chairman",
        "chairwoman", "chair", "speaker", "emperor", "sultan", "shah", "monarch", "ruler",
        "leader", "head", "mayor", "senator", "attache", "congressman", "congresswoman",
        "spokesperson", "spokesman", "spokeswoman", "director", "adviser", "advisor", "delegate",
        "commander", "judge",
    }
)
_OFFICE_WORDS = OFFICE_HEADS | {
    "prime", "foreign", "deputy", "vice", "first", "defence", "defense", "finance",
    "interior", "justice", "health", "education", "transport", "economy", "trade", "state",
    "special", "permanent", "acting", "former", "chief", "affairs", "under", "assistant",
    "general", "national", "security", "energy", "agriculture", "culture", "labour", "labor",
}


def is_office(words: list[str] | tuple[str, ...]) -> bool:
    """Whether folded answer words name an office (they hold a word such as "minister")."""
    return any(word in OFFICE_HEADS for word in words)


def _country_at(words: list[Token], i: int) -> tuple[tuple[str, ...], int] | None:
    """The country named by the words starting at `i`, and how many words name it."""
    for size in range(min(_LONGEST, len(words) - i), 0, -1):
        country = COUNTRY_NAMES.get(tuple(w.text for w in words[i:i + size]))
        if country is not None:
            return country, size
    return None


def _as_country(country: tuple[str, ...], named: list[Token]) -> list[Token]:
    """The country's own words, read from the tokens that named it."""
    first, last = named[0].first, named[-1].last
    return [Token(word, first, last) for word in country]


def office_form(words: tuple[Token, ...]) -> tuple[tuple[Token, ...], bool]:
    """Answer tokens with the country of each office put in front of it, by name; and whether
    anything was rewritten. Words that name no office are returned as they are."""
    if not is_office([w.text for w in words]):
        return words, False
    out, changed = _short_forms_spelled_out(words)
    i = 0
    while i < len(out):
        if out[i].text not in _OFFICE_WORDS:
            i += 1
            continue
        start = i  # an office: a run of office words, "of" allowed inside ("secretary of state")
        while i < len(out) and (out[i].text in _OFFICE_WORDS or (
                out[i].text == "of" and i + 1 < len(out) and out[i + 1].text in _OFFICE_WORDS)):
            i += 1
        if not any(w.text in OFFICE_HEADS for w in out[start:i]):
            continue
        after = i + (i < len(out) and out[i].text == "of")
        found = _country_at(out, after) if after < len(out) else None
        if found is not None and after == i and after + found[1] != len(out):
            found = None  # without "of", only a last word: "Minister Jordan Smith" is a name
        if found is not None:  # "minister of armenia", "minister armenia"
            country, size = found
            named = out[after:after + size]
            out[start:after + size] = [*_as_country(country, named), *out[start:i]]
            changed = True
            i = after + size
            continue
        before = _preceding_country(out, start)
        if before is not None:  # "armenian minister", "u s secretary of state"
            country, size = before
            named = out[start - size:start]
            if [w.text for w in named] != list(country):
                out[start - size:start] = _as_country(country, named)
                changed = True
                i += len(country) - size
    return tuple(out), changed


def _preceding_country(words: list[Token], end: int) -> tuple[tuple[str, ...], int] | None:
    """The country named by the words right before index `end`, longest name first."""
    for size in range(min(_LONGEST, end), 0, -1):
        country = COUNTRY_NAMES.get(tuple(w.text for w in words[end - size:end]))
        if country is not None:
            return country, size
    return None


def _short_forms_spelled_out(words: tuple[Token, ...]) -> tuple[list[Token], bool]:
    """"us", "u s", "uk" ... as the country's name, wherever they stand."""
    out: list[Token] = []
    changed = False
    i = 0
    while i < len(words):
        for size in range(min(_LONGEST_SHORT, len(words) - i), 0, -1):
            country = _SHORT.get(tuple(w.text for w in words[i:i + size]))
            if country is not None:
                out.extend(_as_country(country, list(words[i:i + size])))
                changed = True
                i += size
                break
        else:
            out.append(words[i])
            i += 1
    return out, changed
