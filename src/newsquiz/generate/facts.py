"""Facts: one answer in one sentence, with the question a language wrote for it.

This stage walks the article sentence by sentence, asks the sentence's language for mentions,
counts how often each entity recurs (salience), and lets the language write a question for each
mention. A mention that gets no question is kept as a cloze candidate.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from newsquiz.generate.article import Article
from newsquiz.generate.events import LEAD_SENTENCES, Event, actor_event, find_event
from newsquiz.generate.languages import (
    Context,
    Language,
    Question,
    detect_language,
    language_for,
)
from newsquiz.generate.mentions import Kind, Mention
from newsquiz.generate.quality import (
    LABEL,
    acceptable,
    context_cloze_acceptable,
    label_deictic,
    stem_prefix,
    strip_relative_time,
    wording_flaw,
)
from newsquiz.generate.sentences import Sentence, split_sentences
from newsquiz.generate.when import dated_by_month, when_in_year, year_with_its_day

MAX_MENTIONS_PER_SENTENCE = 12
MAX_PEOPLE_IN_CONTEXT = 40
"""Antecedents for pronouns and surnames come from the recent past; a bound keeps long
articles linear."""
_DATELINE = re.compile(r"[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .,'’-]{2,40}\s+[—–-]\s+")
"""`KUALA LUMPUR — …`: where the story was filed, not what it is about."""
"""Bounds per-sentence work on pathological input (lists, tables)."""


@dataclass(frozen=True, slots=True)
class Fact:
    sentence: Sentence
    mention: Mention
    question: Question | None
    language: str
    repeats: int
    """How many sentences of the article mention the same entity or number."""
    label: str = ""
    """The event label when the sentence does not name the event: a cloze of the sentence shows
    it in front, so `The storm made landfall …` says which storm."""
    vetoed: Question | None = None
    """The question a quality gate refused: the fact is worth a card, its wording is not, so it
    becomes a cloze of its own sentence (verbatim, hence grammatical) instead of vanishing."""


def _sentence_language(sentence: Sentence, default: str) -> str:
    if len(sentence.text) < 40:
        return default
    return detect_language(sentence.text)


def _cloze_label(context: Context, sentence: str, answer: Mention, language: str) -> str:
    event = context.event
    if event is None or event.language != language:
        return ""
    lowered = sentence.casefold()
    if any(stem_prefix(key) in lowered for key in event.keys):
        return ""  # the sentence names the event itself (`премія` in `премії`: a stem will do)
    label = event.label.casefold()
    if answer.base.casefold() in label or answer.surface.casefold() in label:
        return ""  # the label would give the blank away
    return event.label


_SUBJECT_PREFIX = re.compile(
    r"^(?:[A-ZА-ЯІЇЄҐ][A-ZА-ЯІЇЄҐ .,'’-]{2,40}\s+[—–-]\s+)?(?:[A-Z][^,\"“]{0,80},\s+)?$"
)
"""A dateline and one opening adverbial (`On Saturday, `, `Although he had no need …, `)."""
_SUBJECT_PRONOUN = re.compile(r"^(?:[A-Z][^,\"“]{0,80},\s+(?:he|she|his|her)|He|She|His|Her)\b")


def _subject(text: str, mentions: list[Mention], context: Context) -> Mention | None:
    """The person `text` is about: a name (with its role) that opens the sentence, or the
    previous subject again when the sentence opens with `He`/`She`; otherwise None."""
    if _SUBJECT_PRONOUN.match(text):
        return context.subject
    known = {p.base.split()[-1]: p for p in context.people}
    first = next(
        (m for m in mentions if m.kind is Kind.PERSON or (m.kind is Kind.NAME and m.base in known)),
        None,
    )
    if first is None or first.plural or first.case == "poss":
        return None
    start = first.phrase_start
    if not _SUBJECT_PREFIX.match(text[:start]) and not re.fullmatch(
        r"(?:[A-Z][\w.'’-]*\s+){1,4}", text[:start]
    ):
        return None
    if " " not in first.base:
        return known.get(first.base)
    return first


_ACTORS = frozenset({Kind.PERSON, Kind.ORG, Kind.COUNTRY, Kind.CITY, Kind.NAME, Kind.WORK})


def _lead_actor(sentence: str, mentions: list[Mention]) -> Mention | None:
    """Who the lead is about: its first name (a country inside a role, `президент США Дональд
    Трамп`, belongs to the person), when it is in the subject's form — not after a preposition,
    not possessive or oblique (`Japan's parliament`), not in parentheses, not a first name
    alone. Any other first name is no actor: an object is not whose story it is."""
    in_role = {
        id(m)
        for m in mentions
        for person in mentions
        if person.kind is Kind.PERSON and 0 <= person.cue_start <= m.start < person.start
    }
    first = next((m for m in mentions if m.kind in _ACTORS and id(m) not in in_role), None)
    if first is None or first.prep:
        return None
    if sentence[: first.start].count("(") > sentence[: first.start].count(")"):
        return None
    if (
        first.kind in (Kind.PERSON, Kind.NAME)
        and " " not in first.base
        and not first.base.isupper()
    ):
        return None  # `Vik`: a first name alone does not say whose story it is
    if first.case == "nomn" or (first.case == "" and not re.search(r"[а-яіїєґ]", sentence, re.I)):
        return first
    if first.case == "" and first.start == 0:
        return first  # `ЄЦБ знизив …`: an acronym has no case but opens the sentence
    return None


def _labelled(question: str, event: Event | None, answer: Mention, language: str) -> str:
    """The question under the article's event label, for a question refused for naming
    nothing (`Коли депутати проголосували за бюджет?`: which budget?); empty when there is no
    named event, the question has a label already, or the label holds the answer."""
    if event is None or event.fallback or event.language != language or LABEL.match(question):
        return ""
    label = event.label.casefold()
    if any(stem_prefix(w.casefold()) in label for w in (answer.base, answer.surface) if w):
        return ""
    body = question[:1].lower() + question[1:] if language == "uk" else question
    return f"{event.label}: {body}"


def extract_facts(article: Article, language: str) -> list[Fact]:
    main = language_for(language)
    sentences = split_sentences(article.paragraphs, main.abbreviations)
    per_sentence: list[tuple[Sentence, Language, list[Mention]]] = []
    counts: Counter[str] = Counter()
    for sentence in sentences:
        code = _sentence_language(sentence, language)
        lang = language_for(code) if code != language else main
        mentions = lang.find_mentions(sentence.text)[:MAX_MENTIONS_PER_SENTENCE]
        dateline = _DATELINE.match(sentence.text)
        if dateline:
            mentions = [m for m in mentions if m.start >= dateline.end()]
        per_sentence.append((sentence, lang, mentions))
        for key in {part for m in mentions for part in m.key.split("+")}:
            counts[key] += 1
    context = Context(as_of=article.as_of, key_counts=dict(counts))
    if sentences:
        context.lead = sentences[0].text
    context.event = find_event(
        language, [s.text for s in sentences[:LEAD_SENTENCES] if not s.is_heading], article.as_of
    )
    if context.event is None and per_sentence:
        actor = _lead_actor(per_sentence[0][0].text, per_sentence[0][2])
        if actor is not None:
            context.event = actor_event(actor.base, language, article.as_of)
    facts: list[Fact] = []
    for sentence, lang, mentions in per_sentence:
        context.here = _subject(sentence.text, mentions, context)
        for mention in mentions:
            if sentence.is_heading:
                continue
            question = lang.ask(sentence, mention, context)
            answer = question.answer if question and question.answer else mention
            vetoed = None
            if question is not None and question.cloze:
                if not context_cloze_acceptable(question.text):
                    question = None
            elif question is not None:
                text = label_deictic(
                    strip_relative_time(question.text, lang.code), context.event, lang.code
                )
                named_event = context.event is not None and not context.event.fallback
                relabel = False
                if not acceptable(text, answer, lang.code, named_event):
                    labelled = _labelled(text, context.event, answer, lang.code)
                    relabel = bool(labelled) and acceptable(
                        labelled, answer, lang.code, named_event
                    )
                    text = labelled if relabel else ""
                if not text:
                    question = None
                elif wording_flaw(text, sentence.text, mention, lang.code):
                    vetoed, question = question, None
                else:
                    if question.natural:
                        text = label_deictic(
                            strip_relative_time(question.natural, lang.code),
                            context.event,
                            lang.code,
                        )
                        if relabel:
                            text = _labelled(text, context.event, answer, lang.code) or text
                    text = year_with_its_day(
                        dated_by_month(
                            text, sentence.text, sentence.index, article.as_of, lang.code
                        ),
                        lang.code,
                    )
                    text = when_in_year(
                        text, answer.base, answer.kind.value, article.as_of, lang.code
                    )
                    question = replace(question, text=text)
            repeats = max(counts[part] for part in mention.key.split("+"))
            label = _cloze_label(context, sentence.text, answer, lang.code)
            facts.append(Fact(sentence, answer, question, lang.code, repeats, label, vetoed))
        if not sentence.is_heading:
            context.previous = sentence.text
            context.subject = context.here
        context.people.extend(
            m for m in mentions if m.kind is Kind.PERSON and not m.plural and " " in m.base
        )
        del context.people[:-MAX_PEOPLE_IN_CONTEXT]
    return facts
