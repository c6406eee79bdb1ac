"""British and American spellings of one word read as one ("programme" and "program").

A student who writes "State Partnership Programme" for "State Partnership Program", or
"Defense Minister" for "Defence Minister", has the answer right: the two spellings are one word,
not a typo to forgive (a typo is forgiven only up to one letter of length, and "programme" is
two longer). `american_spelling` maps a folded word to one spelling by the regular patterns that
tell the two apart, and a short list for the irregular ones. It is applied to both sides of a
comparison, so a rule only has to map both spellings to the same string; it must not map two
different words to one (such as "filed" and "filled": the doubled "l" is undone only in long
words, where no such pair exists).
"""

from __future__ import annotations

import re
from functools import lru_cache

# Whole words spelled apart beyond the patterns below (British -> American)
_IRREGULAR = {
    "grey": "gray", "greys": "grays", "cheque": "check", "cheques": "checks",
    "tyre": "tire", "tyres": "tires", "plough": "plow", "ploughs": "plows",
    "mould": "mold", "moulds": "molds", "moulded": "molded", "aluminium": "aluminum",
    "kerb": "curb", "kerbs": "curbs", "pyjamas": "pajamas", "jewellery": "jewelry",
    "sceptic": "skeptic", "sceptics": "skeptics", "sceptical": "skeptical",
    "storey": "story", "storeys": "stories", "draught": "draft", "draughts": "drafts",
    "gaol": "jail", "gaols": "jails", "manoeuvre": "maneuver", "manoeuvres": "maneuvers",
    "enrolment": "enrollment", "fulfil": "fulfill", "fulfilment": "fulfillment",
    "instalment": "installment", "skilful": "skillful", "wilful": "willful",
    "artefact": "artifact", "artefacts": "artifacts", "ageing": "aging",
}

# Suffix patterns, tried in order; each maps the British ending to the American one.
_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement) for pattern, replacement in (
        (r"gramme(s?)$", r"gram\1"),  # programme, kilogramme
        (r"([a-z]{2})our(s|ed|ing|er|ers|ite|ites|able|ful|less|ism)?$", r"\1or\2"),  # labour
        (r"([a-z]{2}[bgtv])re(s?)$", r"\1er\2"),  # centre, theatre, fibre, meagre, metre
        (r"([a-z]{2})is(e|es|ed|ing|ation|ations|er|ers)$", r"\1iz\2"),  # organise(d)
        (r"([a-z])ys(e|es|ed|ing)$", r"\1yz\2"),  # analyse, paralysed
        (r"([fc])ence(s?)$", r"\1ense\2"),  # defence, offence, licence
        (r"([a-z]{2})ogue(s?)$", r"\1og\2"),  # catalogue, dialogue
        (r"dgement(s?)$", r"dgment\1"),  # judgement, acknowledgement
    )
)
# A doubled "l" before an ending, in a word long enough that no other word differs only by it
# (travelled, cancelled, counsellor, modelling; not "filled"/"filed")
_DOUBLED_L = re.compile(r"^([a-z]{3,}[aeiou])ll(ed|ing|er|ers|or|ors)$")
# "ae" and "oe" written as "e", in the stems where American writing drops the "a" or "o"
# (a list: "Boeing" is not "being", nor "Israel" "Isrel")
_DIGRAPH_STEMS = re.compile(r"(?:p(?=aed)|h(?=aem)|an(?=aem)|an(?=aesth)|^(?=aesthet)|"
                            r"^(?=oestr)|^(?=oesoph)|^(?=oedem)|f(?=oet)|medi(?=aev)|pal(?=aeo)|"
                            r"encyclop(?=aed)|diarrh(?=oe)|leuk(?=aem)|gyn(?=aec)|c(?=aesarean)|"
                            r"am(?=oeb)|orthop(?=aed))[ao]e")


@lru_cache(maxsize=8192)
def american_spelling(word: str) -> str:
    """One spelling for a folded (lower-case) word of either kind: "programme" and "program" ->
    "program", "centre" -> "center", "organisation" -> "organization". A word of four letters
    or fewer ("grey" is in the list), and any word with a digit or a capital, is returned as
    it is."""
    if word in _IRREGULAR:
        return _IRREGULAR[word]
    if len(word) <= 4 or not word.isalpha() or not word.islower():
        return word
    for pattern, replacement in _PATTERNS:
        spelled = pattern.sub(replacement, word, count=1)
        if spelled != word:
            word = spelled
            break
    word = _DOUBLED_L.sub(r"\1l\2", word)
    return _DIGRAPH_STEMS.sub(lambda m: m.group()[:-2] + "e", word)
