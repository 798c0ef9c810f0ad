"""The article's event: a short name for what the story is about, taken from its lead.

A question cut out of one sentence often lacks the event it belongs to ("Who chaired the judging
panel?"). A teacher's card names it ("2025 Booker Prize: who chaired the judging panel?"), so the
lead's event noun phrase, with the year from the date header, becomes a label the question
writers put in front of any question that does not already name the event. A label is a noun
phrase in the base form, so it never has to agree with the question around it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from newsquiz.core.morphology import Morphology, morphology_for
from newsquiz.generate import gazetteers

LEAD_SENTENCES = 2
MAX_LABEL_WORDS = 9


@dataclass(frozen=True, slots=True)
class Event:
    label: str
    """Base-form noun phrase with its year: `Саміт «Великої сімки» 2025 року`,
    `2025 Tour de France`."""
    keys: frozenset[str]
    """Lower-case lemmas that show a question already names the event (`саміт`, `booker`)."""
    words: frozenset[str] = frozenset()
    """Lower-case lemmas of every word of the label: an answer among them would be given away."""
    language: str = ""
    fallback: bool = False
    """An actor label (`actor_event`), not an event: it goes only on questions that name
    nothing else, since a question that names its people and places stands alone already."""


def find_event(language: str, lead: list[str], as_of: date | None) -> Event | None:
    """The event named first in the lead sentences, or None when they name none."""
    sentences = lead[:LEAD_SENTENCES]
    found = None
    if language == "uk":
        found = _ukrainian(sentences, as_of, morphology_for("uk"))
    elif language == "en":
        found = _english(sentences, as_of)
    if found is not None and language == "uk":
        # deferred: the languages package imports this module
        from newsquiz.generate.languages.grammar_uk import euphony

        found = replace(found, label=euphony(found.label))  # `Саміт у Гаазі`, not `в Гаазі`
    return replace(found, language=language) if found else None


def with_event(
    question: str,
    event: Event | None,
    question_lemmas: set[str],
    answer_lemmas: set[str],
    language: str,
) -> str | None:
    """`question` labelled with the event, or None when the event is named already, is named in
    another language, or would give the answer away (then the caller falls back to the year)."""
    if event is None or event.language != language or question_lemmas & event.keys:
        return None
    if event.fallback and (_NAMES_SOMETHING.search(question, 1) or answer_lemmas & event.words):
        return None
    if answer_lemmas & (event.words | event.keys):
        shorter = _without_answer(event.label, answer_lemmas)
        shared = answer_lemmas & (event.words | event.keys)
        if not shorter and shared <= _EN_MONTH_WORDS:
            # "August 2024" under "The Bank's August 2025 cut": the label without its month
            shorter = re.sub(
                r"\s+", " ", re.sub(rf"\b(?:{'|'.join(_EN_MONTHS)})\s+", "", event.label)
            )
        return f"{shorter}: {question}" if shorter else None
    return f"{event.label}: {question}"


_NAMES_SOMETHING = re.compile(r"\b[A-ZА-ЯІЇЄҐ]|«|\"|“")


def _without_answer(label: str, answer_lemmas: set[str]) -> str:
    """`47th ASEAN Summit (2025)` without a leading `47th` that is the answer: the label may
    name the event but must not give the answer away. Empty when the answer is elsewhere."""
    words = label.split(" ")
    k = 0
    while k < len(words) - 2 and words[k].casefold() in answer_lemmas:
        k += 1
    rest = words[k:]
    if k == 0 or any(w.casefold().strip("()«»") in answer_lemmas for w in rest):
        return ""
    return " ".join(rest)


# English ------------------------------------------------------------------------------------

_EN_NAMED_HEADS = frozenset(
    {"summit", "prize", "prizes", "award", "awards", "oscars", "championship", "championships"}
    | {"cup", "games", "olympics", "open", "festival", "conference", "forum", "marathon", "expo"}
    | {"biennale", "eurovision", "tour", "giro", "vuelta", "grand", "classic", "congress"}
    | {"assembly", "election", "elections", "referendum", "contest", "series", "league"}
)
_EN_EVENT_NOUNS = frozenset(
    {"earthquake", "quake", "tsunami", "storm", "hurricane", "typhoon", "cyclone", "flood"}
    | {"floods", "wildfire", "wildfires", "fire", "eruption", "explosion", "blast", "crash"}
    | {"attack", "landslide", "summit", "talks", "meeting", "election", "elections", "vote"}
    | {"referendum", "ceremony", "cut", "hike", "decision", "visit", "strike", "launch"}
    | {"outbreak", "heatwave", "drought", "derailment", "collision", "shooting", "protests"}
    | {"flight"}
)
_EN_STORMS = frozenset({"hurricane", "typhoon", "cyclone", "storm"})
_EN_TITLE_NOUNS = frozenset({"title", "crown", "trophy", "final", "championship", "tournament"})
_EN_TITLE_OWNERS = frozenset(
    {"his", "her", "their", "its", "the", "a", "first", "second", "third", "fourth", "fifth"}
    | {"sixth", "seventh", "eighth", "ninth", "tenth", "maiden", "straight", "consecutive"}
    | {"last", "record", "latest"}
)
_EN_CONNECTORS = frozenset({"of", "in", "or", "de", "du", "and", "for", "the", "des", "la"})
_EN_SKIP_CAPITALS = frozenset(
    {"on", "in", "at", "the", "a", "an", "after", "before", "this", "last", "us", "u.s"}
    | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)
_EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
EN_MONTHS: tuple[str, ...] = tuple(_EN_MONTHS)
"""Month names, January first: shared with `when.py`."""
_EN_MONTH_WORDS = frozenset(m.casefold() for m in _EN_MONTHS)
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*|\S")


def _english(sentences: list[str], as_of: date | None) -> Event | None:
    year = str(as_of.year) if as_of else ""
    # the lead's own event first: a named event of the second sentence is often background
    # ("… avenged his defeat in the French Open final")
    for k, sentence in enumerate(sentences):
        named = _english_named(sentence, year)
        if named is not None:
            return named
        if k == 0:
            common = _english_common(sentence, as_of)
            if common is not None:
                return common
    return None


def _english_named(sentence: str, year: str) -> Event | None:
    """`the 47th ASEAN Summit`, `this year's Booker Prize`, `his fourth Tour de France title`."""
    words = _WORD.findall(sentence)
    i = 0
    while i < len(words):
        if not words[i][:1].isupper() or words[i].casefold() in _EN_SKIP_CAPITALS:
            i += 1
            continue
        j = i
        while (
            j + 1 < len(words)
            and not _place_follows(words, j + 1)
            and (
                words[j + 1][:1].isupper()
                or (
                    words[j + 1] in _EN_CONNECTORS
                    and j + 2 < len(words)
                    and words[j + 2][:1].isupper()
                )
            )
        ):
            j += 1
        run = words[i : j + 1]
        if run[0].casefold() in _EN_STORMS and len(run) == 2:
            # "Hurricane Melissa": the storm's own name is the label
            name = " ".join(run)
            return Event(name, frozenset(w.casefold() for w in run), _english_words(name))
        heads = [w for w in run if w.casefold() in _EN_NAMED_HEADS]
        if (
            heads
            and run[0].casefold() in _EN_NAMED_HEADS
            and len(run) > 1
            and " ".join(run[1:]).casefold() in _english_places()
        ):
            heads = []  # "Elections Canada": a body named after its country, not an event
        if heads and run[-1].casefold() in _EN_BODY_WORDS:
            heads = []  # "National Election Commission": a body that runs the event, no event
        if (
            not heads
            and j + 1 < len(words)
            and words[j + 1].casefold() in _EN_TITLE_NOUNS
            and i > 0
            and words[i - 1].casefold() in _EN_TITLE_OWNERS
        ):
            heads = run  # "won his first Wimbledon title": the tournament the title is of
        single = heads is run or run[0].casefold() in ("eurovision", "oscars")
        if heads and (len(run) > 1 or single):
            name = " ".join(run)
            name = re.sub(r"\s+(['’.-])\s*", r"\1", name)
            before = words[max(i - 3, 0) : i]
            ordinal = (
                before[-1] if before and re.fullmatch(r"\d+(?:st|nd|rd|th)", before[-1]) else ""
            )
            own_year = before[-1] if before and re.fullmatch(r"(?:19|20)\d\d", before[-1]) else ""
            if ordinal:
                label = f"{ordinal} {name} ({year})" if year else f"{ordinal} {name}"
            elif own_year or year:
                label = f"{own_year or year} {name}"
            else:
                label = name
            keys = {w.casefold() for w in run if w.casefold() not in _EN_CONNECTORS}
            keys -= {"prize", "award", "awards", "open", "cup", "games", "grand"}
            return Event(label, frozenset(keys), _english_words(label))
        i = j + 1
    return None


_EN_BODY_WORDS = frozenset(
    {"commission", "committee", "council", "agency", "authority", "office", "board", "bureau",
     "ministry", "department", "service", "institute", "foundation", "association", "union",
     "party", "court", "tribunal", "panel", "secretariat"}
)  # fmt: skip
"""Last words of a body's name: `Election Commission` organises an election, it is none."""


def _english_words(label: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in re.findall(r"[^\W_]+", label))


def _place_follows(words: list[str], k: int) -> bool:
    """`… Summit in Kuala Lumpur`: where the event was, not part of its name."""
    if words[k] != "in":
        return False
    for size in (3, 2, 1):
        if " ".join(words[k + 1 : k + 1 + size]).casefold() in _english_places():
            return True
    return False


def _english_first_country(sentence: str) -> str:
    """The first country the sentence names (`Canada's Liberal Party` → `Canada`)."""
    countries = {
        n.casefold(): place.en
        for place in gazetteers.places()
        if place.kind == "country"
        for n in (place.en, *place.en_aliases)
    }
    for match in re.finditer(r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?", sentence):
        for candidate in (match.group(0), match.group(0).split()[0]):
            if candidate.casefold() in countries:
                return countries[candidate.casefold()]
    return ""


@cache
def _english_places() -> frozenset[str]:
    names: set[str] = set()
    for place in gazetteers.places():
        names.update(n.casefold() for n in (place.en, *place.en_aliases))
    return frozenset(names)


def _english_common(sentence: str, as_of: date | None) -> Event | None:
    """`A powerful 8.8-magnitude earthquake struck off the Kamchatka Peninsula` →
    `July 2025 earthquake off the Kamchatka Peninsula`."""
    when = f"{_EN_MONTHS[as_of.month - 1]} {as_of.year}" if as_of else ""
    found = [m for m in re.finditer(r"[a-z]+", sentence) if m.group(0) in _EN_EVENT_NOUNS]
    found.sort(key=lambda m: (m.group(0) in ("talks", "meeting", "visit", "decision"), m.start()))
    for match in found:
        noun = match.group(0)
        rest = sentence[match.end() :]
        tail = ""
        resort = re.match(
            r"\s+(in|at)\s+(?:the\s+)?(?:[A-Z][\w-]+\s+){0,3}(?:[a-z]+\s+)?"
            r"(?:resort|city|town|port|village|capital)\s+of\s+([A-Z][\w-]+(?:\s+(?:[A-Z][\w-]+|"
            r"[a-z]{1,3}-[A-Z][\w-]+)){0,3})",
            rest,
        )  # "a summit in the Red Sea resort of Sharm el-Sheikh": the place is the apposition
        place = re.match(
            r"(?:\s+(?:struck|hit|hits|strikes|rocked|jolted|held|took place))?"
            r"\s+(in|off|near|at)\s+((?:the\s+)?(?:(?:north|south|east|west|central)[a-z-]*\s+)?"
            r"(?:(?:coast|shores?|island|region|province)\s+of\s+)?"
            r"[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3})",
            rest,
        )
        topic = re.match(r"\s+(in|on)\s+((?:[a-z-]+\s+)?(?:rates?|prices?|taxes|tariffs))\b", rest)
        owned = re.match(
            r"\s+(?:its|their|the)\s+(?:main\s+|key\s+|benchmark\s+|policy\s+)*"
            r"(interest\s+rates?|rates?)\b",
            rest,
        )  # "The Bank of England cut its main interest rate": the noun is the lead's verb
        if resort:
            tail = f" {resort.group(1)} {resort.group(2)}"
        elif place:
            tail = f" {place.group(1)} {place.group(2)}"
        elif topic:
            tail = f" {topic.group(1)} {topic.group(2)}"
        elif owned:
            tail = " in interest rates"
        elif noun in ("election", "elections", "vote", "referendum"):
            country = _english_first_country(sentence)
            tail = f" in {country}" if country else ""
        kind = re.search(
            r"\b(federal|presidential|parliamentary|general|snap|legislative|local|municipal)\s+$",
            sentence[: match.start()],
        )
        if kind and noun in ("election", "elections", "vote"):
            noun = f"{kind.group(1)} {noun}"
        actor = ""
        if noun in ("cut", "hike", "decision", "meeting", "vote", "launch"):
            subject = re.search(
                r"\b(?:[Tt]he\s+)?((?:[A-Z][\w-]+\s+(?:of\s+)?){0,3}[A-Z][\w-]+)\s+"
                r"(?:(?:said|announced|has|had|have|approved|decided|voted|held|made)\b.*)?$",
                sentence[: match.start()],
            )
            if subject and subject.group(1).casefold() not in _EN_SKIP_CAPITALS:
                actor = subject.group(1) + "'s "
        if noun == "flight":
            # "SpaceX's Starship rocket completed its 10th test flight" → "August 2025 Starship
            # test flight": the craft's name says which flight series it was
            craft = re.search(
                r"([A-Z][\w-]+)\s+(?:rocket|spacecraft|capsule|probe|ship|mission)\b",
                sentence[: match.start()],
            )
            test = "test " if sentence[: match.start()].endswith("test ") else ""
            if craft is None:
                continue
            noun = f"{craft.group(1)} {test}flight"
        if not (actor or when or tail):
            continue  # a bare "Wildfires:" says neither where nor when: no label at all
        label = f"{actor}{when} {noun}{tail}".strip()
        if actor:
            label = "The " + label
        keys = {noun.split()[0].casefold() if noun.endswith("flight") else noun}
        keys |= {w.casefold() for w in re.findall(r"[A-Z][\w-]+", tail)}
        return Event(label[:1].upper() + label[1:], frozenset(keys), _english_words(label))
    return None


# Ukrainian ----------------------------------------------------------------------------------

_UK_HEADS = frozenset(
    {"саміт", "вибори", "премія", "церемонія", "чемпіонат", "першість", "олімпіада"}
    | {"турнір", "фестиваль", "конкурс", "землетрус", "повінь", "пожежа", "вибух", "ураган"}
    | {"шторм", "цунамі", "аварія", "катастрофа", "теракт", "бюджет", "засідання", "переговори"}
    | {"конференція", "форум", "референдум", "голосування", "євробачення", "олімпійський"}
    | {"кубок", "марафон", "виверження", "зсув", "обстріл", "атака", "угода"}
)
_UK_DISASTERS = frozenset(
    {"землетрус", "повінь", "пожежа", "вибух", "ураган", "шторм", "цунамі", "аварія"}
    | {"катастрофа", "теракт", "виверження", "зсув", "обстріл", "атака"}
)
_UK_TOKEN = re.compile(r"«[^»]{1,60}»|[^\W_]+(?:['’ʼ\-][^\W_]+)*|\S")
_UK_VOWELS = "аеєиіїоуюяАЕЄИІЇОУЮЯ"


def _uk_head(lemma: str) -> bool:
    return lemma in _UK_HEADS or lemma.endswith(("премія", "фестиваль"))


def _tags(morph: Morphology, word: str) -> list[frozenset[str]]:
    return [a.tags for a in morph.analyses(word)]


def _is(morph: Morphology, word: str, *tags: str) -> bool:
    return any(set(tags) <= t for t in _tags(morph, word))


def _ukrainian(sentences: list[str], as_of: date | None, morph: Morphology) -> Event | None:
    for sentence in sentences:
        words = _UK_TOKEN.findall(sentence)
        for i, word in enumerate(words):
            hyphen_year = re.fullmatch(r"([^\W\d_]+)-(20\d\d)", word)
            if hyphen_year and (
                word[0].isupper() or _uk_head(morph.analyses(hyphen_year.group(1))[0].lemma)
            ):
                stem = hyphen_year.group(1)
                nominative = stem if stem[0].isupper() else _nominative(morph, stem, "")
                label = f"{nominative}-{hyphen_year.group(2)}"
                keys = frozenset({morph.analyses(stem)[0].lemma, label.casefold()})
                return Event(label[:1].upper() + label[1:], keys, keys)
            head = next(
                (a for a in morph.analyses(word) if _uk_head(a.lemma) and "NOUN" in a.tags),
                None,
            )
            if head is None or word[:1] == "«":
                continue
            if head.lemma == "угода" and (i + 1 >= len(words) or words[i + 1] != "про"):
                continue  # `текст угоди`: an agreement is an event only as `угода про …`
            found = _ukrainian_phrase(words, i, head.lemma, head.tags, sentence, as_of, morph)
            return found if _uk_says_which(found.label) else None
    return None


def _uk_says_which(label: str) -> bool:
    """`Голосування 2025 року`, `Переговори 2025 року`: an event noun and a year say neither
    where nor whose, so a card under such a label still leans on the article. A label needs
    a name (`в Гаазі`, `«Євробачення»`) or a word beside its noun (`вибори мера`)."""
    words = re.sub(r"\s*(?:на|за)?\s*(?:19|20)\d\d(?:\s+р(?:оку|ік|оці))?", "", label).split()
    if any(w[:1].isupper() or w[:1] == "«" or w.isascii() for w in words[1:]):
        return True
    return len(words) >= 2


def _ukrainian_phrase(
    words: list[str],
    i: int,
    lemma: str,
    head_tags: frozenset[str],
    sentence: str,
    as_of: date | None,
    morph: Morphology,
) -> Event:
    case = next((c for c in ("nomn", "gent", "datv", "accs", "ablt", "loct") if c in head_tags), "")
    number = "plur" if "plur" in head_tags else ""
    left: list[str] = []
    k = i - 1
    while k >= 0 and len(left) < 2 and words[k].isalpha() and _is(morph, words[k], "ADJF", case):
        left.insert(0, words[k])
        k -= 1
    right: list[str] = []
    k = i + 1
    while k < len(words) and len(left) + len(right) < MAX_LABEL_WORDS - 1:
        word = words[k]
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (
            word.startswith("«")
            or re.fullmatch(r"[A-Z][\w-]*|[А-ЯІЇЄҐ]{2,}", word)
            or (word[:1].isupper() and _is(morph, word, "NOUN", "gent"))
        ) or (word in ("з", "із") and nxt and _is(morph, nxt, "gent") and not nxt[0].isupper()):
            right.append(word)
            k += 1
        elif (
            word in ("в", "у")
            and nxt
            and (nxt[0].isupper() or (right and _is(morph, nxt, "NOUN", "loct")))
        ):
            right.extend([word, nxt])
            k += 2
        elif (
            word == "про"
            and lemma == "угода"
            and nxt.isalpha()
            and nxt.islower()
            and _is(morph, nxt, "NOUN")
        ):
            # `угоду про запобігання пандеміям`: what the agreement is about names it
            right.extend([word, nxt])
            k += 2
            after = words[k] if k < len(words) else ""
            if after.isalpha() and after.islower() and _is(morph, after, "NOUN"):
                right.append(after)
                k += 1
        elif word in ("на", "за") and re.fullmatch(r"(?:19|20)\d\d", nxt) and k + 2 < len(words):
            right.extend([word, nxt, words[k + 2]])
            k += 3
        elif (
            word.isalpha()
            and word.islower()
            and _is(morph, word, "gent")
            and not _verbish(morph, word)
        ):
            right.append(word)
            k += 1
        else:
            break
    while right and right[-1] in ("з", "із", "в", "у", "на", "за"):
        right.pop()
    phrase_words = [_nominative(morph, w, number) for w in left]
    phrase_words.append(_nominative(morph, words[i], number))
    phrase = " ".join(phrase_words + right)
    has_place = any(w[:1].isupper() and not w.startswith("«") for w in right)
    if lemma in _UK_DISASTERS and not has_place:
        place = _first_country(sentence, morph)
        if place:
            prep = "в" if place[0] in _UK_VOWELS else "у"
            phrase = f"{phrase} {prep} {place}"
    if not re.search(r"(?:19|20)\d\d", phrase):
        year = _year_near(sentence, words[i], as_of, morph) or (str(as_of.year) if as_of else "")
        if year:
            phrase = f"{phrase} {year} року"
    keys = {lemma, lemma.removeprefix("кіно")} | {
        morph.analyses(w)[0].lemma
        for q in right
        if q.startswith("«") or re.fullmatch(r"[A-Z][\w-]*|[А-ЯІЇЄҐ]{2,}", q)
        for w in re.findall(r"[^\W_]+", q)
    }
    lemmas = {morph.analyses(w)[0].lemma for w in re.findall(r"[^\W_]+", phrase)}
    return Event(phrase[:1].upper() + phrase[1:], frozenset(keys), frozenset(lemmas))


def _verbish(morph: Morphology, word: str) -> bool:
    return any("VERB" in t or "PREP" in t or "CONJ" in t for t in _tags(morph, word)[:1])


def _nominative(morph: Morphology, word: str, number: str) -> str:
    tags = {"nomn", number} if number else {"nomn"}
    inflected = morph.inflect(word, frozenset(tags))
    if inflected is None:
        return word
    return inflected[:1].upper() + inflected[1:] if word[:1].isupper() else inflected


def _first_country(sentence: str, morph: Morphology) -> str:
    """The first capitalised noun that reads as a genitive place (`на півночі Афганістану`),
    put in the locative."""
    for match in re.finditer(
        r"(?:півночі|півдні|заході|сході|центрі|у|в|поблизу)\s+([А-ЯІЇЄҐ][\w’'-]+)", sentence
    ):
        word = match.group(1)
        for a in morph.analyses(word):
            if "NOUN" in a.tags and ("Geox" in a.tags or a.tags & {"gent", "loct"}):
                if "Geox" not in a.tags and "Name" in a.tags | {"Surn"} & a.tags:
                    continue
                loct = morph.inflect(word, frozenset({"loct"}))
                if loct:
                    return loct[:1].upper() + loct[1:]
    return ""


_DEADLINE = re.compile(
    r"(?:^|[\s,])(?:до|з|із|зі|після|від|протягом|впродовж|упродовж|починаючи\s+з|аж\s+до)\s+"
    r"(?:(?:кінця|середини|початку|половини)\s+)?$",
    re.IGNORECASE,
)
"""`до 2035 року`, `з 2026 року`, `після 2029 року`: a deadline or a range's end, not when the
event took place."""
_RELATIVE_TO_HEAD = re.compile(r"^[^,]*,\s*(?:який|яка|яке|які|що)\s+(?:\S+\s+){0,2}$")


def _year_near(sentence: str, head: str, as_of: date | None, morph: Morphology) -> str:
    """A year written in the head's clause (`саміт …, який у 2026 році відбудеться`); empty
    when the first such year is governed by `до`/`з`/`після`/… (`саміт … погодився до 2035 року
    збільшити …`), or lies more than a year after the article's date without being attached to
    the head (its own phrase or a relative clause about it)."""
    at = sentence.find(head)
    if at < 0:
        return ""
    clause = sentence[at : at + 120]
    found = re.search(r"\b((?:19|20)\d\d)\s+(?:році|року|рік)", clause)
    if found is None:
        return ""
    before = clause[: found.start()]
    if _DEADLINE.search(before):
        return ""
    year = found.group(1)
    if as_of is not None and int(year) > as_of.year + 1:
        between = before[len(head) :]
        verbs = [
            w
            for w in re.findall(r"[^\W\d_]+", between)
            if any("VERB" in t for t in _tags(morph, w)[:1])
        ]
        if verbs and not _RELATIVE_TO_HEAD.match(between):
            return ""
    return year


# The lead's actor -----------------------------------------------------------------------------

_MONTHS = {
    "uk": (
        "січень", "лютий", "березень", "квітень", "травень", "червень",
        "липень", "серпень", "вересень", "жовтень", "листопад", "грудень",
    ),
    "en": EN_MONTHS,
}  # fmt: skip


def actor_event(name: str, language: str, as_of: date | None) -> Event | None:
    """`Європейський центральний банк (червень 2025)`: when the lead names no event noun, its
    first actor and the article's month still tell a learner which story a card is from —
    `Коли нові ставки набудуть чинності?` alone does not. None without a date: an actor alone
    is no better than the article's own headline-less sentence."""
    months = _MONTHS.get(language)
    if as_of is None or months is None or not name.strip():
        return None
    morph = morphology_for(language)
    lemmas = frozenset(
        morph.analyses(w)[0].lemma.casefold() if language == "uk" else w.casefold()
        for w in re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", name)
    )
    label = f"{name} ({months[as_of.month - 1]} {as_of.year})"
    return Event(label, lemmas, lemmas, language, fallback=True)
