"""Subject–verb checks on a finished Ukrainian question, with pymorphy3's tags.

A question writer cuts the answer out of its clause and puts a question word in front. When
the cut takes the wrong words, the clause is left with no subject (`Коли відбувся на стадіоні
«Вемблі»?`, `членів НАТО … погодилися`) or with two (`Хто королівська академія оголосила …?`).
Both show in the main clause of the question alone, whatever shape the source sentence had, so
the check needs no knowledge of how the question was written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from newsquiz.core.morphology import Analysis, morphology_for
from newsquiz.generate.languages import grammar_uk as g

_TOKEN = re.compile(r"«[^»]*»|[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*|\d[\d.,]*|[,:;—–?]")
_INTERROGATIVES = frozenset(
    {"хто", "кого", "кому", "ким", "кім", "що", "чого", "чому", "чим", "чім", "де", "коли"}
    | {"куди", "звідки", "скільки", "чий", "чия", "чиє", "чиї", "чийого", "чийої"}
    | set(g.RELATIVE)
    | {word.replace("як", "котр", 1) for word in g.RELATIVE}
)
_SUBJECT_WORDS = frozenset(
    [
        "хто",
        "який",
        "яка",
        "яке",
        "які",
        "котрий",
        "котра",
        "котре",
        "котрі",
        "чий",
        "чия",
        "чиє",
        "чиї",
    ]
)
_PREPOSITIONS = frozenset(
    [
        "у",
        "в",
        "на",
        "з",
        "із",
        "зі",
        "зо",
        "до",
        "від",
        "за",
        "про",
        "під",
        "над",
        "між",
        "після",
        "перед",
        "через",
        "для",
        "без",
        "щодо",
        "біля",
        "поблизу",
        "неподалік",
        "серед",
        "проти",
        "при",
        "по",
        "о",
        "об",
        "поза",
        "крізь",
        "замість",
        "коло",
        "навколо",
        "як",
        "ніж",
    ]
)
_CLAUSE_END = frozenset({",", ":", ";", "—", "–", "?", "що", "який", "яка", "які", "яке", "щоб"})


@dataclass(frozen=True, slots=True)
class _Word:
    text: str
    analyses: tuple[Analysis, ...]

    def has(self, *tags: str) -> bool:
        return any(all(t in a.tags for t in tags) for a in self.analyses)

    @property
    def finite_verb(self) -> Analysis | None:
        for a in self.analyses[:3]:
            if "VERB" in a.tags and a.tags & {"past", "pres", "futr"} and "Impe" not in a.tags:
                return a
        return None


@lru_cache(maxsize=32)
def _words(text: str) -> tuple[_Word, ...]:
    """Cached: `subject_flaw` and `fused_clauses` read the same question one after the other."""
    morph = morphology_for("uk")
    words = []
    for token in _TOKEN.findall(text):
        analyses = (
            ()
            if token[:1] in "«,:;—–?" or token[:1].isdigit()
            else morph.analyses(token.casefold())
        )
        words.append(_Word(token, analyses))
    return tuple(words)


def _unambiguous_nominative(word: _Word) -> bool:
    nouns = [a for a in word.analyses if "NOUN" in a.tags or "NPRO" in a.tags]
    return bool(nouns) and all("nomn" in a.tags for a in nouns) and "Fixd" not in nouns[0].tags


def _unknown_name(word: _Word) -> bool:
    """A name the dictionary does not know (`Берсе`): its case and gender are a guess."""
    return (
        word.text[:1].isupper()
        and not word.has("NOUN", "nomn")
        and not any(a.tags & _PROPER for a in word.analyses)
    )


def _may_be_nominative(word: _Word) -> bool:
    if word.text[:1] == "«" or re.match(r"[A-Za-z]", word.text):
        return True  # a quoted or Latin name does not decline
    if (
        word.text[:1].isupper()
        and not word.has("NOUN", "nomn")
        and not any(a.tags & _PROPER for a in word.analyses)
    ):
        return True  # a name the dictionary does not know (`Берсе`): its case is a guess
    return any(
        "nomn" in a.tags and a.tags & {"NOUN", "NPRO", "ADJF", "NUMR"} for a in word.analyses
    )


_GENDERS = frozenset({"masc", "femn", "neut"})
_PROPER = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn"})


def _accusative_object(word: _Word) -> bool:
    """`лідерів`, `вечерю`: a noun that can only be a direct object (or an animate one)."""
    nouns = [a for a in word.analyses if "NOUN" in a.tags]
    if not nouns or word.text[:1].isupper():
        return False
    return all("accs" in a.tags for a in nouns) or any(
        "accs" in a.tags and "anim" in a.tags for a in nouns
    )


def _agrees(verb: Analysis, word: _Word) -> bool:
    """Number, and in the past tense gender, as a subject must match its verb."""
    if not word.analyses or _unknown_name(word):
        return True
    if "plur" in verb.tags:
        return word.has("plur")
    gender = verb.tags & _GENDERS
    return any(
        "plur" not in a.tags
        and "nomn" in a.tags
        and (not gender or not a.tags & _GENDERS or a.tags & gender)
        for a in word.analyses
    )


def subject_flaw(question: str) -> str:
    """Why the question's main clause has no subject or two, or "" when it reads right."""
    words = _words(question)
    start = next((i for i, w in enumerate(words) if w.text.casefold() in _INTERROGATIVES), -1)
    if start < 0:
        return ""
    qword = words[start].text.casefold()
    end = start + 1
    if qword in _SUBJECT_WORDS - {"хто"} or qword.startswith(("як", "котр", "чи")):
        while end < len(words) and not words[end].has("NOUN") and words[end].has("ADJF"):
            end += 1
        end += 1 if end < len(words) and words[end].has("NOUN") else 0
    is_subject = start == 0 and qword in _SUBJECT_WORDS
    if start + 1 < len(words) and words[start + 1].text.casefold() == "раз":
        is_subject = False  # `котрий раз`: how many times, not who
    verb: Analysis | None = None
    nominatives: list[_Word] = []
    governed = False
    apposition = False
    after_governed = False
    for word in words[end:]:
        lowered = word.text.casefold()
        if lowered in _CLAUSE_END or word.has("VERB", "infn"):
            break  # what follows an infinitive is the infinitive's: `погодилися збільшити витрати`
        if lowered in _PREPOSITIONS:
            governed = True
            continue
        if lowered in _COORDINATORS:
            governed = after_governed  # `між Україною та США`: the preposition governs both
            continue
        after_governed = False
        if apposition and word.text[:1] == "«":
            apposition = False
            continue  # `на стадіоні «Північна арена»`: the name of the governed noun
        apposition = False
        if governed:
            governed = not word.has("NOUN") and word.text[:1] != "«"
            apposition = not governed
            after_governed = not governed
            continue
        found = word.finite_verb
        if found is not None and verb is None and not word.has("NOUN", "nomn"):
            verb = found
            continue
        if word.has("NOUN") or word.has("NPRO") or word.text[:1] == "«":
            nominatives.append(word)
    if verb is None:
        return ""
    if qword == "кого" and start == 0 and any(_accusative_object(w) for w in nominatives):
        return "a second object beside `кого`"
    if is_subject:
        if qword == "хто" and (verb.tags & {"femn", "neut"} or "plur" in verb.tags):
            return "the verb does not agree with `хто`"
        # a reflexive verb takes no object, so `дим` before `зʼявився` can only be its subject
        second = _may_be_nominative if "Refl" in verb.tags else _unambiguous_nominative
        if any(second(w) and _agrees(verb, w) for w in nominatives if w.text[:1] != "«"):
            return "a second subject beside the question word"
        return ""
    if "plur" in verb.tags and "3per" not in verb.tags and "Refl" not in verb.tags:
        return ""  # `обрали`, `залишили`: Ukrainian's subjectless plural is grammatical
    if qword == "скільки" and "neut" in verb.tags:
        return ""  # `скільки депутатів підтримало`: the count is the subject
    if "plur" in verb.tags and qword == "скільки":
        return ""
    if not any(_may_be_nominative(w) and _agrees(verb, w) for w in nominatives):
        return "the verb has no subject"
    return ""


_COORDINATORS = frozenset({"і", "й", "та", "або", "чи"})
"""A conjunction is no subject (`та` also reads as the pronoun `that`)."""
_JOINERS = frozenset(
    {",", ":", ";", "—", "–", "і", "й", "та", "а", "але", "або", "чи", "що", "як", "щоб", "коли"}
    | {"який", "яка", "яке", "які", "якого", "якої", "яких", "якому", "якій", "де", "куди"}
)


_NOT_VERBS = frozenset(
    {"мер", "мала", "мали", "мале", "малі", "було", "буде", "може", "можуть", "треба"}
)


def _any_finite(word: _Word) -> bool:
    """A finite verb in some reading, unless also a genitive plural noun (`держав`) or an
    adjective (`пальне`)."""
    if not word.text.islower() or not morphology_for("uk").is_known(word.text):
        return False  # `Арлі`, `Ардію`: a name's guessed reading is no verb
    return (
        any(
            "VERB" in a.tags
            and a.tags & {"past", "pres", "futr"}
            and not a.tags & {"1per", "2per"}  # `фестивалю`: a news question speaks of others
            for a in word.analyses
        )
        and not word.has("NOUN", "gent", "plur")
        and not word.has("ADJF")
    )


def fused_clauses(question: str) -> str:
    """Two finite verbs with nothing that joins them (`скільки статуеток стала … забрала?`):
    the cut glued a piece of one clause onto another. Only words that are a finite verb in
    any reading count (`посів`), unless they read as an adjective too (`пальне`, `стала`)."""
    verbs = 0
    for word in _words(question):
        if word.text.casefold() in _JOINERS or word.text[:1] == "«":
            verbs = 0 if word.text[:1] != "«" else verbs
            continue
        if _any_finite(word) and word.text.casefold() not in _NOT_VERBS:
            verbs += 1
            if verbs > 1:
                return "two finite verbs with no conjunction between them"
    return ""
