"""The name a peer goes by: "Mirabeau" for "Honoré Gabriel Riqueti, Comte de Mirabeau".

A biography titled with a person's name and their title ("Robert Stewart, Viscount
Castlereagh", "Jean de Saint-Bonnet, Marquis de Toiras") often calls them by the title's name
throughout ("Castlereagh resigned", "Toiras held the citadel"). A card that writes them by the
family name the title opens with reads as naming someone else ("did Mirabeau marry ..., whom
Honoré Gabriel Riqueti had pursued": round 1111 found it vague). A ruler of a land ("Charles the
Bold, Duke of Burgundy") is not called by the land: the text puts the land after "in".
"""

from __future__ import annotations

import re

_ORDINAL = (r"(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
            r"ninth|tenth|eleventh|twelfth)")
_RANKS = (r"Comte|Count|Marquis|Marquess|Marqués|Marquês|Viscount|Vicomte|Visconde|Baron|Earl|"
          r"Duke|Duc|Duque|Conde|Conte|Marchese|Lord|Prince")
# ", Comte de Mirabeau", ", 1st Viscount Castlereagh", ", Count of Cavour" after a title's name
_PEERAGE = re.compile(rf",\s+(?:(?:the\s+)?{_ORDINAL}\s+)?(?:Grand\s+)?(?:{_RANKS})\s+"
                      r"(?:(?:of|de|del|di|da|do|d’|d')\s*)?(?P<peer>[A-Z][\w’'-]+)(?!\s+[A-Z])")
_MIN_USES = 5  # bare uses of the title's name before it is the one the text calls them by


def title_peer(title: str, after: int) -> str:
    """The name of the title a biography's `title` gives its person right after the name that
    ends at `after` ("Mirabeau", "Castlereagh"; "Kaunitz" of "Kaunitz-Rietberg"), or ""."""
    found = _PEERAGE.match(title, after)
    if found is None:
        return ""
    return found.group("peer").split("-")[0]


def bare_uses(peer: str, block: str) -> int:
    """How often `block` calls someone `peer` alone: not after a rank or a preposition ("Comte
    de Mirabeau", "in Burgundy") and not as the first word of a longer name ("Stratford
    Canning"); a possessive counts ("Mirabeau's father")."""
    uses = 0
    alone = rf"(?<![\w’'-]){re.escape(peer)}(?![\w-]|[’'](?!s\b))(?!\s+[A-Z])"
    for found in re.finditer(alone, block):
        before = block[max(0, found.start() - 4): found.start()]
        if not re.search(r"(?:\bof|\bde|\bin|\bto|d['’]|-)\s*$", before):
            uses += 1
    return uses


def named_as_place(peer: str, block: str) -> bool:
    """Whether `block` speaks of `peer` as a place ("in Savoy", "to Burgundy")."""
    return re.search(rf"\b(?:in|into|to|from|across)\s+{re.escape(peer)}\b", block) is not None


def called_by_peer(peer_uses: int, name_uses: int, a_place: bool) -> bool:
    """Whether a text that calls its person `peer` `peer_uses` times and by their family name
    `name_uses` times goes by the title: far more often, and never as a place."""
    return not a_place and peer_uses >= _MIN_USES and peer_uses >= 2 * name_uses


def without_peerage(name: str, found: frozenset[str]) -> frozenset[str]:
    """`found`, the full names a text gives `name`, without its peerage ("Count Mercy",
    "Comte de Mirabeau"): the peer the biography calls `name` is that one man."""
    titled = re.compile(rf"(?:(?:{_RANKS})\s+(?:(?:of|de|del|di|da|do)\s+)?)+{re.escape(name)}")
    return frozenset(full for full in found if not titled.fullmatch(full))
