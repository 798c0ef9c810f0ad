"""The small interface every language module implements, and the registry that finds them.

A language knows how to find names in a sentence (numbers and dates are shared, see
`mentions.NumberFinder`), how to turn a sentence and one of its mentions into a question in that
language, and which gazetteer names can serve as distractors. Adding Polish means adding one
module here and one line in `_MODULES`.
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Protocol

from newsquiz.generate.events import Event
from newsquiz.generate.mentions import Kind, Mention
from newsquiz.generate.sentences import Sentence


@dataclass(frozen=True, slots=True)
class Question:
    text: str
    relation: str
    """What the question asks about: `agent`, `place`, `count`, ... (for ranking and ids)."""
    bonus: float = 0.0
    """Ranking adjustment the language judged from the clause (outcome verbs, anaphora)."""
    answer: Mention | None = None
    """The answer when the writer resolved it further (a surname to the person's full name)."""
    cloze: bool = False
    """`text` is a cloze (`{{…}}` blanks) that carries its own context, for a fact no question
    can ask grammatically (`Серед них — президент України {{Володимир Зеленський}}`)."""
    natural: str = ""
    """The same question in a question's word order (`хто посів друге місце`), when that
    differs from the sentence's order the quality gates read (`хто друге місце посів`)."""


@dataclass(slots=True)
class Context:
    """What a question writer may need beyond its sentence."""

    as_of: date | None
    key_counts: dict[str, int] = field(default_factory=dict)
    people: list[Mention] = field(default_factory=list)
    """People mentioned so far, latest last: the antecedents of `he`/`він`."""
    lead: str = ""
    """The article's first sentence."""
    event: Event | None = None
    """What the article is about, to name in questions that lack it."""
    previous: str = ""
    """The sentence before the one asked about: what `про це`, `серед них` point back to."""
    subject: Mention | None = None
    """The person the previous sentence was about (its grammatical subject), or None: the one
    antecedent an English `he`/`she` is trusted to; the most-mentioned person is often wrong
    ("Marrone said she had been briefed": she is the mayor, not the fire chief)."""
    here: Mention | None = None
    """The person the sentence asked about opens with, if any: a later `he` in that sentence
    is theirs ("Krasznahorkai is known for …, and he won …")."""


class Language(Protocol):
    code: str
    abbreviations: frozenset[str]

    def find_mentions(self, sentence: str) -> list[Mention]:
        """Every answer candidate in the sentence, without overlaps, in text order."""
        ...

    def ask(self, sentence: Sentence, mention: Mention, context: Context) -> Question | None:
        """A standalone question whose answer is `mention`, or None when none reads well."""
        ...

    def gazetteer_names(self, kind: Kind) -> tuple[str, ...]:
        """Names of the kind in base form, for distractors."""
        ...


def ask_list_item(
    text: str, mention: Mention, context: Context, won: str, language: str
) -> Question | None:
    """`- Олена Коваль, «Сад» — найкраща акторка` → `Кінопремія 2026 року: хто переміг у
    категорії «найкраща акторка» («Сад»)?`.

    Lists of winners name the person first and the category after a dash, in any language;
    only the question words (`won`, with `{category}` in it) differ.
    """
    parts = re.split(r"\s+[—–-]\s+", text, maxsplit=1)
    if len(parts) != 2 or mention.kind is not Kind.PERSON or mention.start != 0:
        return None
    left, right = parts
    extra = left[mention.end :].strip(" ,")
    question = won.format(category=right.strip().rstrip("."))
    event = context.event
    if event is not None and event.language == language:
        tail = f" ({extra})" if extra else ""
        return Question(f"{event.label}: {question}{tail}?", "who", 0.5)
    details = [d for d in (extra, str(context.as_of.year) if context.as_of else "") if d]
    tail = f" ({', '.join(details)})" if details else ""
    return Question(f"{question[:1].upper()}{question[1:]}{tail}?", "who", 0.5)


_MODULES = {"uk": "newsquiz.generate.languages.uk", "en": "newsquiz.generate.languages.en"}
_loaded: dict[str, Language] = {}

_NOT_CYRILLIC = re.compile(r"[^\u0400-\u04ff]+")
_NOT_LETTER = re.compile(r"[\W\d_]+")
"""What is left once these are removed is counted: the Cyrillic letters and all letters."""


def supported_languages() -> tuple[str, ...]:
    return tuple(_MODULES)


def language_for(code: str) -> Language:
    if code not in _MODULES:
        raise ValueError(f"unsupported language `{code}` (one of {', '.join(_MODULES)})")
    if code not in _loaded:
        module = importlib.import_module(_MODULES[code])
        _loaded[code] = module.LANGUAGE
    return _loaded[code]


def detect_language(text: str, sample: int = 20_000) -> str:
    """`uk` when at least 30 % of the letters are Cyrillic, else `en`."""
    head = text[:sample]
    letters = len(_NOT_LETTER.sub("", head))
    if letters == 0:
        return "en"
    return "uk" if len(_NOT_CYRILLIC.sub("", head)) / letters >= 0.3 else "en"
