"""Quality gates: a question a teacher would not accept as it stands is dropped, not ranked low.

The question writers cut a clause out of its sentence; what survives can still point back into
the article ("the decision", "its probability", "цього документа"), ask about metonymy ("Which
place had anticipated a cut?" for Wall Street), or keep a verb the cut left stranded ("did the
decision pass and sets …"). Six good cards beat eight with three bad ones, so these checks veto
rather than weigh. They look only at the finished question and its answer, so they hold for
any clause shape the writers produce.
"""

from __future__ import annotations

import re

from newsquiz.core.morphology import morphology_for
from newsquiz.generate.mentions import PLACES, Kind, Mention

MAX_QUESTION_WORDS = 30

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
_LABEL = re.compile(r"^[^:?]{3,90}:\s+(?=\S)")

_EN_PRONOUN = re.compile(r"\b(?:it|they|them|this|these|those|he|she|him|hers)\b", re.IGNORECASE)
_EN_POSSESSIVE = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)
_EN_BACK_REFERENCE = re.compile(
    r"\bthe\s+(?:decision|committee|move|bloc|body|agency|document|deal|measure|plan|latter|"
    r"former|same|group|company|panel|ministry|organisation|organization|country|countries|"
    r"proposal|statement|report|announcement|official|spokesperson|spokesman)\b",
    re.IGNORECASE,
)
"""`the decision`: clear under the event's label, a riddle without it."""
_EN_RELATIVE_TIME = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|this week|last week|next week|this month|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.IGNORECASE,
)
_EN_SUBJECT_PLACE = re.compile(
    r"^(?:which|what)\s+(?:place|city|town)\s+(?!(?:did|does|do|is|was|will|would)\b)"
    r"(?!(?:hosted|hosts|host|held|holds|will host)\b)",
    re.IGNORECASE,
)
_EN_STRANDED_VERB = re.compile(
    r"\b(?:did|does|do)\b(?:(?!\b(?:who|which|that)\b).)*\band\s+(?:[a-z]+(?:s|ed))\b",
    re.IGNORECASE,
)

_UK_DANGLING = re.compile(
    r"(?<![\w’'])(?:він|вона|воно|вони|його|її|їх|йому|їй|їм|нього|неї|них|ним|нею|ними|"
    r"цей|ця|це|ці|цього|цієї|цих|цьому|цим|цією|цими|такий|така|таке|такі|такого|таких|"
    r"останній|остання)(?![\w’'])",
    re.IGNORECASE,
)
_UK_BACK_REFERENCE = re.compile(
    r"(?<![\w’'])(?:документ|документа|документу|документом)(?![\w’'])",
    re.IGNORECASE,
)
_UK_EVENT_NAME = re.compile(
    r"^(?:саміт|чемпіонат|вибори|премі[яю]|церемоні[яю]|турнір|фестиваль|форум)\s+"
    r"(?:якого|якої|яких)\s",
    re.IGNORECASE,
)
_UK_RELATIVE_TIME = re.compile(
    r"(?<![\w’'])(?:сьогодні|учора|вчора|завтра|цього тижня|минулого тижня|"
    r"(?:у|в)\s+(?:понеділок|вівторок|середу|четвер|п[’']ятницю|суботу|неділю))(?![\w’'])",
    re.IGNORECASE,
)


def acceptable(question: str, mention: Mention, language: str) -> bool:
    """Whether the question can stand alone on a card."""
    body = _LABEL.sub("", question)
    labelled = body != question
    bare = _QUOTED.sub('"…"', body)
    if len(re.findall(r"[^\W_]+", body)) > MAX_QUESTION_WORDS:
        return False
    if language == "en":
        if _EN_PRONOUN.search(bare):
            return False
        possessive = _EN_POSSESSIVE.search(bare)
        if (
            possessive
            and not bare.casefold().startswith("who ")
            and not re.search(r".\b[A-Z][a-z]|\bthe\s+[a-z]+", bare[: possessive.start()])
        ):
            return False  # "its" with nothing before it to point to
        if not labelled and _EN_BACK_REFERENCE.search(bare):
            return False
        if re.match(r"(?:what|how much|how many|who)\s+(?:was|is|were|are)\s+\S+\?$", bare, re.I):
            return False  # "How much was Turnout?": a copula and one word is a riddle
        if _EN_STRANDED_VERB.search(bare):
            return False
        if mention.kind in PLACES | {Kind.NAME} and _EN_SUBJECT_PLACE.match(bare):
            return False  # "Which place had anticipated …": metonymy, not a place
        if mention.kind is not Kind.DATE and _EN_RELATIVE_TIME.search(bare):
            return False
        if _EN_WHAT_SPEAKER.match(bare):
            return False  # "What said more than 50,000 …?": a speaker is asked with "who"
    elif language == "uk":
        if _UK_BROKEN_START.match(bare):
            return False  # "Зі якої країни …": the cut joined a preposition to the wrong word
        if _UK_EVENT_NAME.match(bare):
            return False  # "Чемпіонат якого регіону …": the label already names it
        if _participle_tail(bare):
            return False  # "переміг …, набравши у другому турі": the cut left a gap
        if _UK_DANGLING.search(bare):
            return False
        if not labelled and _UK_BACK_REFERENCE.search(bare):
            return False
        if mention.kind is not Kind.DATE and _UK_RELATIVE_TIME.search(bare):
            return False
    return True


_EN_WHAT_SPEAKER = re.compile(
    r"^what\s+(?:said|says|told|announced|reported|added|noted|warned|argued|claimed|stated)\b",
    re.IGNORECASE,
)
_UK_BROKEN_START = re.compile(r"^(?:зі|із|ві)\s+як", re.IGNORECASE)


def _participle_tail(question: str) -> bool:
    """A `, <adverbial participle> …` tail: its object is what a cut removes first."""
    morph = morphology_for("uk")
    for match in re.finditer(r",\s+([^\W\d_]+)", question):
        if any("GRND" in a.tags for a in morph.analyses(match.group(1).casefold())[:1]):
            return True
    return False


def strip_relative_time(question: str, language: str) -> str:
    """`… у понеділок уранці …` → `…`: a weekday means nothing once the card outlives the week;
    the label or the year carries the time."""
    if language == "uk":
        question = re.sub(
            r"\s*(?<![\w’'])(?:у|в)\s+(?:понеділок|вівторок|середу|четвер|п[’']ятницю|суботу|"
            r"неділю)(?:\s+(?:уранці|зранку|ввечері|увечері|вночі|вдень))?(?:,\s*\d{1,2}\s+\w+,)?"
            r"(?![\w’'])",
            "",
            question,
        )
        question = re.sub(r"(?<![\w’'])(?:сьогодні|учора|вчора)\s+", "", question)
    elif language == "en":
        question = re.sub(
            r"\s+(?:today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday))\b",
            "",
            question,
        )
    return question


MAX_CLOZE_WORDS = 35
_CLOZE_KINDS = PLACES | {Kind.PERSON, Kind.ORG, Kind.WORK, Kind.PERCENT, Kind.MONEY}
_PRONOUN_START = re.compile(
    r"^(?:it|they|he|she|this|these|those|its|their|his|her|such|він|вона|вони|воно|цей|ця|"
    r"це|ці|такі|такий|така|свій|своє|своя|його|її|їх)\b",
    re.IGNORECASE,
)


def cloze_acceptable(sentence: str, mention: Mention) -> bool:
    """A fallback blank is worth a card only for a name or amount a reader could recall, in a
    sentence that stands alone, and not as a piece of a longer name (`the 2025 {{Nobel Prize}}
    in Physiology or Medicine`)."""
    if mention.kind not in _CLOZE_KINDS:
        return False
    if len(re.findall(r"[^\W_]+", sentence)) > MAX_CLOZE_WORDS:
        return False
    if _PRONOUN_START.match(sentence) or _EN_BACK_REFERENCE.match(sentence):
        return False
    if _UK_BACK_REFERENCE.match(sentence):
        return False
    before = sentence[: mention.start].rstrip()
    after = sentence[mention.end :]
    if re.search(r"(?:\b[A-Z][\w-]*,?|\d{4}|['’]s)$", before) or re.match(
        r"['’]s\b|\s+(?:(?:in|of|de|or|for|з|із)\s+)?[A-ZА-ЯІЇЄҐ]|\s+з\s", after
    ):
        return False
    if re.match(r"[A-ZА-ЯІЇЄҐ' .,-]+\s+[—–-]\s", sentence) and mention.end < 40:
        return False  # the dateline
    surface = mention.surface.casefold()
    rest = (before + " " + after).casefold()
    return surface[: max(4, len(surface) - 3)] not in rest


MAX_CONTEXT_CLOZE_WORDS = 45
_GAP = re.compile(r"\{\{[^{}]+\}\}")


def context_cloze_acceptable(text: str) -> bool:
    """A cloze that quotes the sentence before its own (so `них` has its antecedent on the card):
    one blank, short enough to read at a glance, and the blanked name not repeated elsewhere."""
    if _PRONOUN_START.match(_LABEL.sub("", text)):
        return False
    gaps = _GAP.findall(text)
    if len(gaps) != 1 or len(re.findall(r"[^\W_]+", text)) > MAX_CONTEXT_CLOZE_WORDS:
        return False
    answer = gaps[0].strip("{}").split("|")[0].casefold()
    rest = _GAP.sub(" ", text).casefold()
    return answer[: max(4, len(answer) - 3)] not in rest
