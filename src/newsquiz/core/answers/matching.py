"""How one parsed answer is compared with another: words by lemma, numbers by value, lists in any
order, a surname for a full name, and a typo only when it does not spell another real word.

A `Matcher` belongs to one deck language and keeps caches (parsed answers, lemmas, person checks),
so that after the first review of a card every later check costs microseconds.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum
from itertools import permutations
from typing import Final

from rapidfuzz.distance import OSA

from newsquiz.core.answers.tokens import Item, Kind, Parsed, Token, parse_answer
from newsquiz.core.answers.verdicts import Rule
from newsquiz.core.morphology import PROPER, Morphology, morphology_for


class Level(IntEnum):
    NONE = 0
    CLOSE = 1
    EXACT = 2


@dataclass(frozen=True, slots=True)
class Match:
    level: Level
    rules: frozenset[Rule] = frozenset()

    def plus(self, *rules: Rule) -> Match:
        return self if self.level is Level.NONE else Match(self.level, self.rules | set(rules))


NO_MATCH: Final = Match(Level.NONE)
SAME: Final = Match(Level.EXACT)

GIVEN_NAMES_THAT_ARE_WORDS: Final = frozenset(
    {
        "bill", "mark", "rose", "grace", "hope", "joy", "frank", "will", "pat", "ray", "dean",
        "drew", "jack", "rich", "sue", "faith", "victor", "may", "june", "april", "bob", "ben",
        "tom", "jean", "john",
    }
)  # fmt: skip
"""English first names the dictionary knows as ordinary words: `Mark Carney` is still a person."""
MAX_LIST_PERMUTED: Final = 6
"""Lists longer than this are matched in the order given (6! = 720 orders is the most tried)."""
MAX_CACHE: Final = 50_000
CASES: Final = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct")
"""pymorphy3's names of the seven Ukrainian cases."""


def typo_allowance(length: int) -> int:
    """Edits forgiven in a word of this many letters: 0 up to 3, 1 up to 7, 2 beyond."""
    if length <= 3:
        return 0
    return 1 if length <= 7 else 2


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _both(first: Match, second: Match) -> Match:
    if first.level is Level.NONE or second.level is Level.NONE:
        return NO_MATCH
    return Match(min(first.level, second.level), first.rules | second.rules)


def _best(*matches: Match) -> Match:
    best = NO_MATCH
    for match in matches:
        if match.level > best.level:
            best = match
    return best


class Matcher:
    def __init__(self, native: Morphology, language: str, latin: Morphology | None = None) -> None:
        self.native = native
        self.language = language
        self._latin = latin if latin is not None else (native if language == "en" else None)
        self._parsed: dict[str, Parsed] = {}
        self._keys: dict[tuple[bool, str], frozenset[str]] = {}
        self._people: dict[Item, bool] = {}

    def morphology(self, latin: bool) -> Morphology:
        """The deck language's analyser, or for Latin-script words in a non-English deck English."""
        if not latin:
            return self.native
        if self._latin is None:
            self._latin = morphology_for("en")
        return self._latin

    def parse(self, text: str) -> Parsed:
        found = self._parsed.get(text)
        if found is None:
            found = parse_answer(text, language=self.language, lemmas=self.native.lemmas)
            if len(self._parsed) < MAX_CACHE:
                self._parsed[text] = found
        return found

    def keys(self, token: Token) -> frozenset[str]:
        """Lemmas of a word. A word that can be a surname loses its adjective readings, so that
        `Зеленська` (Olena) never meets `Зеленський` (Volodymyr) through adjective `зеленський`."""
        key = (token.latin, token.text)
        found = self._keys.get(key)
        if found is None:
            analyses = self.morphology(token.latin).analyses(token.text)
            if any("Surn" in a.tags for a in analyses):
                analyses = tuple(a for a in analyses if "ADJF" not in a.tags)
            found = frozenset(a.lemma for a in analyses)
            if len(self._keys) < MAX_CACHE:
                self._keys[key] = found
        return found

    def surname_forms(self, token: Token) -> frozenset[str]:
        """The case forms of a surname, made from it: the dictionary guesses a name it does not
        know from its ending, and reads `Мірзійоєва` as a woman's name, not as `Мірзійоєв`'s
        genitive; inflecting the expected `Мірзійоєв` finds the genitive all the same."""
        key = (token.latin, "\0" + token.text)
        found = self._keys.get(key)
        if found is None:
            morphology = self.morphology(token.latin)
            found = frozenset()
            if any("Surn" in a.tags for a in morphology.analyses(token.text)):
                forms = (morphology.inflect(token.text, frozenset({case})) for case in CASES)
                found = frozenset(form for form in forms if form)
            if len(self._keys) < MAX_CACHE:
                self._keys[key] = found
        return found

    def is_known(self, token: Token) -> bool:
        return self.morphology(token.latin).is_known(token.text)

    def match_word(self, typed: Token, expected: Token) -> Match:
        if typed.text == expected.text:
            return SAME
        if typed.latin != expected.latin:
            return NO_MATCH
        expected_keys = self.keys(expected)
        if self.keys(typed) & expected_keys or typed.text in self.surname_forms(expected):
            return Match(Level.EXACT, frozenset({Rule.FORM}))
        allowance = typo_allowance(len(expected.text))
        if not allowance or _digits(typed.text) != _digits(expected.text):
            return NO_MATCH
        targets = {expected.text, *expected_keys}
        distance = min(OSA.distance(typed.text, t, score_cutoff=allowance) for t in targets)
        if distance > allowance or self.is_known(typed):
            return NO_MATCH
        return Match(Level.CLOSE, frozenset({Rule.TYPO}))

    def match_token(self, typed: Token, expected: Token) -> Match:
        if typed.kind is not expected.kind:
            return NO_MATCH
        if typed.kind is Kind.WORD:
            return self.match_word(typed, expected)
        same = (
            typed.text == expected.text
            if typed.kind is Kind.UNIT
            else typed.value == expected.value
        )
        if not same:
            return NO_MATCH
        return (
            SAME
            if typed.written == expected.written
            else Match(Level.EXACT, frozenset({Rule.NUMBER}))
        )

    def match_tokens(self, typed: tuple[Token, ...], expected: tuple[Token, ...]) -> Match:
        if len(typed) != len(expected) or not typed:
            return NO_MATCH
        result = SAME
        for t, e in zip(typed, expected, strict=True):
            result = _both(result, self.match_token(t, e))
            if result.level is Level.NONE:
                return NO_MATCH
        return result

    def is_person(self, item: Item) -> bool:
        """Whether an expected item is a person's name: first and last words capitalised, the last
        one a surname (or unknown) and the first a person (or unknown): `Біла Церква` is no one.
        English has no such tags: there, no word before the last may be an ordinary word."""
        found = self._people.get(item)
        if found is None:
            found = self._looks_like_person(item.tokens)
            if len(self._people) < MAX_CACHE:
                self._people[item] = found
        return found

    def _looks_like_person(self, tokens: tuple[Token, ...]) -> bool:
        if len(tokens) < 2 or not all(t.kind is Kind.WORD for t in tokens):
            return False
        if not (tokens[0].capital and tokens[-1].capital):
            return False
        if len({t.latin for t in tokens}) != 1:
            return False
        if tokens[0].latin:
            english = self.morphology(latin=True)
            return all(
                t.text in GIVEN_NAMES_THAT_ARE_WORDS
                or not english.is_known(t.text)
                or any(PROPER in a.tags for a in english.analyses(t.text))
                for t in tokens[:-1]
            )
        first, last = tokens[0].text, tokens[-1].text
        given = not self.native.is_known(first) or any(
            "Name" in a.tags or {"NOUN", "anim"} <= a.tags for a in self.native.analyses(first)
        )
        family = not self.native.is_known(last) or any(
            "Surn" in a.tags for a in self.native.analyses(last)
        )
        return given and family

    def match_name(self, typed: tuple[Token, ...], expected: tuple[Token, ...]) -> Match:
        """A person's name given shorter: the surname alone (or with what precedes it), initials
        for the given names, or surname first."""
        if not typed or len(typed) > len(expected):
            return NO_MATCH
        matches = [self.match_tokens(typed[::-1], expected).plus(Rule.ORDER)]
        if len(typed) < len(expected):
            tail = expected[len(expected) - len(typed) :]
            matches.append(self.match_tokens(typed, tail).plus(Rule.SURNAME))
        if len(typed) > 1 and all(len(t.text) == 1 for t in typed[:-1]):
            given = [
                SAME if e.kind is Kind.WORD and e.text.startswith(t.text) else NO_MATCH
                for t, e in zip(typed[:-1], expected, strict=False)
            ]
            surname = self.match_token(typed[-1], expected[-1])
            initials = surname.plus(Rule.INITIALS)
            for each in given:
                initials = _both(initials, each)
            matches.append(initials)
        return _best(*matches)

    def match_item(self, typed: Item, expected: Item) -> Match:
        t_tokens, e_tokens = typed.tokens, expected.tokens
        unit = SAME
        t_units = [t.text for t in t_tokens if t.kind is Kind.UNIT]
        e_units = [t.text for t in e_tokens if t.kind is Kind.UNIT]
        if t_units != e_units and not (t_units and e_units):
            t_tokens = tuple(t for t in t_tokens if t.kind is not Kind.UNIT)
            e_tokens = tuple(t for t in e_tokens if t.kind is not Kind.UNIT)
            unit = Match(Level.EXACT, frozenset({Rule.NUMBER}))
        match = _both(unit, self.match_tokens(t_tokens, e_tokens))
        if match.level is not Level.EXACT and self.is_person(expected):
            match = _best(match, self.match_name(t_tokens, e_tokens))
        if match.level is not Level.EXACT and typed.compact and typed.compact == expected.compact:
            match = Match(Level.EXACT, frozenset({Rule.SPACING}))
        if typed.dropped and typed.dropped != expected.dropped:
            match = match.plus(Rule.PREPOSITION)
        return match

    def match(self, typed: Parsed, expected: Parsed) -> Match:
        n = len(expected.items)
        if len(typed.items) != n or n == 0:
            return NO_MATCH
        if n == 1:
            return self.match_item(typed.items[0], expected.items[0])
        grid = [[self.match_item(t, e) for e in expected.items] for t in typed.items]
        in_order = NO_MATCH if n == 0 else grid[0][0]
        for i in range(1, n):
            in_order = _both(in_order, grid[i][i])
        if in_order.level is Level.EXACT or n > MAX_LIST_PERMUTED:
            return in_order
        best = in_order
        for order in permutations(range(n)):
            result = SAME
            for i, j in enumerate(order):
                result = _both(result, grid[i][j])
            if result.level > best.level:
                best = result.plus(Rule.ORDER)
        return best
