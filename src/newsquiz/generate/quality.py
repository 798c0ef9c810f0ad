"""Quality gates: a question a teacher would not accept as it stands is dropped, not ranked low.

The question writers cut a clause out of its sentence; what survives can still point back into
the article ("the decision", "its probability", "цього документа"), ask about metonymy ("Which
place had anticipated a cut?" for Wall Street), or keep a verb the cut left stranded ("did the
decision pass and sets …"). Six good cards beat eight with three bad ones, so these checks veto
rather than weigh. They look only at the finished question and its answer, so they hold for
any clause shape the writers produce.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from newsquiz.core.morphology import morphology_for
from newsquiz.generate import gazetteers
from newsquiz.generate.agreement_uk import fused_clauses, subject_flaw
from newsquiz.generate.events import Event
from newsquiz.generate.gazetteers import capitals_uk
from newsquiz.generate.mentions import NAMES, NUMBERS, PLACES, TIMES, Kind, Mention

MAX_QUESTION_WORDS = 30

_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»")
LABEL = re.compile(r"^[^:?]{3,90}:\s+(?=\S)")
"""An event label in front of a question: `Саміт G7 2025 року: …`."""
_LABEL = LABEL

_EN_PRONOUN = re.compile(r"\b(?:it|they|them|this|these|those|he|she|him|hers)\b", re.IGNORECASE)
_EN_POSSESSIVE = re.compile(r"\b(?:its|their|his|her)\b", re.IGNORECASE)
_EN_BACK_REFERENCE = re.compile(
    r"\bthe\s+(?:decision|committee|move|bloc|body|agency|document|deal|measure|plan|latter|"
    r"former|same|group|company|panel|ministry|organisation|organization|country|countries|"
    r"proposal|statement|report|announcement|official|spokesperson|spokesman)\b",
    re.IGNORECASE,
)
"""`the decision`: clear under the event's label, a riddle without it."""
_EN_VAGUE_REFERENCE = re.compile(
    r"\bthe\s+(?:switch|shift|swap|reversal|episode|incident|row|change|turnaround|u-turn)\b",
    re.IGNORECASE,
)
"""Nouns that point back to something the previous sentence told: a label does not say which."""
_EN_BARE_EVENT = re.compile(
    r"\bthe\s+(war|victory|win|defeat|fight|bout|deal|agreement|ruling|verdict|attack|"
    r"race|match|final|game|vote|ballot|cut|hike|talks|meeting|summit|election|ceremony|"
    r"flight|launch|storm|quake|earthquake|crash|fire|blaze|trial|strike|tournament|campaign)\b"
    r"(?!['’]s)(?!\s+(?:that|which|who|in|of|between|against|with|over|at|on|for|from)\b)",
)
"""`When did the war begin?`, `Against whom did the victory end a streak?`: an event named by
its bare noun is the one the article had introduced, unless what follows says which (`the
war in Gaza`, `the earthquake that struck …`)."""
BARE_EVENT_REACH = 6
"""How far into the question a bare event noun is the asked clause's own participant."""
_EN_OTHER_EVENT = frozenset(
    {"war", "victory", "win", "defeat", "fight", "bout", "deal", "agreement", "ruling"}
    | {"verdict", "attack"}
)
"""Bare nouns that name something besides the article's event: a label (`2025 Wimbledon: …
the victory`) does not say which. The rest (`the race`, `the storm`) are the labelled event."""
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
    r"\b(?:did|does|do)\b(?:(?!\b(?:who|which|that)\b).)*\band\s+(?-i:[a-z]+(?:s|ed))\b",
    re.IGNORECASE,
)

_UK_DANGLING = re.compile(
    r"(?<![\w’'])(?:він|вона|воно|вони|його|її|їх|йому|їй|їм|нього|неї|них|ним|нею|ними|"
    r"цей|ця|це|ці|цього|цієї|цих|цьому|цим|цією|цими|такий|така|таке|такі|такого|таких|"
    r"останній|остання|тоді(?!\s+як)|наступного\s+дня|того\s+ж\s+дня|"
    r"(?:в|у)\s+столиці(?!\s+(?-i:[А-ЯІЇЄҐA-Z])))(?![\w’'])",
    re.IGNORECASE,
)
_UK_BACK_REFERENCE = re.compile(
    r"(?<![\w’'])(?:документ|документа|документу|документом|боксери|учені|вчені|лауреати|"
    r"сторони|союзники|стихія|нагороду|нагорода)(?![\w’'])",
    re.IGNORECASE,
)
"""`Коли боксери зустрічалися у Вроцлаві?`, `Стихія зруйнувала …`: which boxers, which
disaster? The label says; without one the words point back into the article."""
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


def acceptable(question: str, mention: Mention, language: str, has_event: bool = True) -> bool:
    """Whether the question can stand alone on a card. `has_event`: the article is about a
    named event, so a question that names nothing ties to the event only through a label."""
    body = _LABEL.sub("", question)
    labelled = body != question
    bare = _QUOTED.sub('"…"', body)
    if len(re.findall(r"[^\W_]+", body)) > MAX_QUESTION_WORDS:
        return False
    if not labelled and _DEICTIC.search(bare):
        return False  # "this year's summit", "цьогорічний саміт": which one, on a card?
    if body.count('"') % 2:
        return False  # half a quotation: the cut went through it
    if language == "en":
        bound = re.sub(
            r"^(who\s+(?!(?:did|does|do|had|has|was|is|will|would)\b)[a-z]+\s+(?:that\s+)?)"
            r"(?:he|she)\b",
            r"\1",
            bare,
            flags=re.I,
        )
        if _EN_PRONOUN.search(bound):  # "Who said he would …": bound to the answer, kept
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
        for bare_event in _EN_BARE_EVENT.finditer(bare):
            if len(bare[: bare_event.start()].split()) > BARE_EVENT_REACH:
                break  # `… under a plan to end the war`: an adjunct, not what is asked about
            if not labelled or bare_event.group(1) in _EN_OTHER_EVENT:
                return False  # `the war` under a label about a summit: which war?
        if _EN_VAGUE_REFERENCE.search(bare):
            return False  # "Where did the switch draw criticism?": which switch, even labelled
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
        if _EN_DISCOURSE.search(bare):
            return False  # "What did Tarr also adapt …?": `also` points to a sentence not shown
        if has_event and not labelled and not _EN_PROPER.search(_YEAR_SUFFIX.sub("", bare)):
            return False  # "How many members backed a cut in the first round?": of what?
        if _EN_BARE_VERB.match(bare):
            return False  # "Who did not attend?", "How many countries abstained?": attend what?
    elif language == "uk":
        if _UK_BROKEN_START.match(bare):
            return False  # "Зі якої країни …": the cut joined a preposition to the wrong word
        if _UK_EVENT_NAME.match(bare):
            return False  # "Чемпіонат якого регіону …": the label already names it
        if _participle_tail(bare):
            return False  # "переміг …, набравши у другому турі": the cut left a gap
        if _UK_DANGLING.search(bare):
            return False
        if _uk_adverb_comma(bare):
            return False
        if not labelled and _UK_BACK_REFERENCE.search(bare):
            return False
        if mention.kind is not Kind.DATE and _UK_RELATIVE_TIME.search(bare):
            return False
        if not labelled and not _uk_names_other(body, mention):
            return False  # `Коли нові ставки набудуть чинності?`: which rates?
        if _uk_gives_away(question, mention):
            return False  # `мер Бухареста` → `Румунія`, `у М’янмі` → `М’янма`
    return True


_UK_NAME_TOKEN = re.compile(r"«[^»]+»|[^\W\d_][\w’'ʼ-]*")


def stem_prefix(word: str) -> str:
    """A word less its last two letters (at least four kept): what Ukrainian case endings and
    English plurals leave alone, for matching a name in any of its forms (`премія`, `премії`)."""
    return word[: max(4, len(word) - 2)]


def _stem(word: str) -> str:
    return stem_prefix(word.casefold().replace("'", "’"))


def _answer_stems(mention: Mention) -> set[str]:
    words = re.findall(r"[^\W\d_][\w’'ʼ-]*", f"{mention.surface} {mention.base}")
    return {_stem(w) for w in words if w[:1].isupper()}


_UK_COMMON_ACRONYMS = frozenset({"ввп", "ес", "сша"})
_UK_VENUES = frozenset({"стадіоні", "стадіон", "арені", "арена", "залі", "палаці", "площі"})


def _uk_names_other(body: str, mention: Mention) -> bool:
    """An unlabelled question must name someone or something besides its answer: a capital
    past the first word, a «name» or a Latin word. A venue's name alone does not say which
    event (`бій … на стадіоні «Вемблі»`), nor does `ВВП`. Without such a name the question
    leans on the article."""
    stems = _answer_stems(mention)
    tokens = _UK_NAME_TOKEN.findall(body)
    for k, token in enumerate(tokens):
        named = token[:1] == "«" or (k > 0 and token[:1].isupper()) or token.isascii()
        if not named or token.casefold() in _UK_COMMON_ACRONYMS:
            continue
        stem = _stem(token.strip("«»"))
        if any(stem.startswith(s) for s in stems):
            continue
        if k > 0 and tokens[k - 1].casefold() in _UK_VENUES:
            continue
        return True
    return False


def _uk_gives_away(question: str, mention: Mention) -> bool:
    """The answer's own name (any case, `М’янмі`) or, for a country, its capital is already in
    the question or its label."""
    words = [
        w.casefold().replace("'", "’").strip("«»")
        for w in _UK_NAME_TOKEN.findall(question)
        if w[:1].isupper() or w[1:2].isupper()
    ]
    if any(w.startswith(s) for s in _answer_stems(mention) if len(s) >= 4 for w in words):
        return True
    capital = capitals_uk().get(mention.base) if mention.kind is Kind.COUNTRY else None
    return capital is not None and any(w.startswith(_stem(capital)) for w in words)


_UK_THING_WORD = re.compile(r"^(?:що|чого|чому|чим)(?![\w’'])", re.IGNORECASE)
_UK_CITY_WORD = re.compile(r"(?<![\w’'])(?:місто|міста|місту|містом|місті)(?![\w’'])")
_UK_COUNTRY_WORD = re.compile(r"(?<![\w’'])(?:країна|країни|країні|країну|країною)(?![\w’'])")


def _uk_kind_word_flaw(question: str, asked: Mention) -> str:
    """`Що` for a club or a person; `якому місті` for a state, `якій країні` for a city."""
    if asked.kind in NAMES - {Kind.WORK} and _UK_THING_WORD.match(question):
        return "`що` asks for a thing, not a team, body, person or place"
    head = " ".join(question.split()[:3])
    if re.match(r"на\s+якому\s+місті", question, re.IGNORECASE):
        return "`на якому місті` is no Ukrainian"
    if asked.kind in {Kind.COUNTRY, Kind.REGION} and _UK_CITY_WORD.search(head):
        return "a city asked, a country or region answered"
    if asked.kind in {Kind.CITY, Kind.REGION} and _UK_COUNTRY_WORD.search(head):
        return "a country asked, a city or region answered"
    return ""


_UK_WHICH_NOUN = re.compile(
    r"(?<![\w’'])(?:якого|якої|якому|якій|яким|якою|який|яка|яке|які|яких)\s+([а-яіїєґ’']+)",
    re.IGNORECASE,
)


def _uk_class_noun_twice(question: str) -> str:
    """`неподалік якого міста епіцентр розташовувався поблизу міста Сагайн`: the asked class
    noun comes back with its name, so the cut joined two adjuncts of one kind."""
    found = _UK_WHICH_NOUN.search(question)
    if not found:
        return ""
    morph = morphology_for("uk")
    head = {a.lemma for a in morph.analyses(found.group(1).casefold()) if "NOUN" in a.tags}
    rest = question[found.end() :]
    for later in re.finditer(r"([а-яіїєґ’']+)\s+(?=[А-ЯІЇЄҐA-Z«])", rest):
        if head & {a.lemma for a in morph.analyses(later.group(1)) if "NOUN" in a.tags}:
            return "the asked class noun comes back with its name"
    return ""


_UK_AFTER_COMMA = frozenset(
    {"що", "який", "яка", "яке", "які", "якого", "якої", "яких", "якому", "якій", "яким"}
    | {"де", "коли", "як", "щоб", "бо", "адже", "хоча", "поки", "і", "й", "та", "а", "але"}
    | {"однак", "проте", "зокрема", "тоді", "чи", "або", "після", "ніж", "мов", "наче"}
)


def _uk_stray_comma(question: str) -> str:
    """`скільки відсотків ВВП згідно з ухваленою декларацією, союзники спрямовуватимуть`:
    a lone comma that opens no clause is the trace of a cut (an aside half removed)."""
    outside = re.sub(r"(?<=\d),(?=\d)", "", _QUOTED.sub("", question))  # `0,5`
    if outside.count(",") != 1:
        return ""
    after = re.findall(r"[^\W\d_][\w’'ʼ-]*", outside.split(",", 1)[1])[:1]
    if not after:
        return ""
    word = after[0].casefold()
    if word in _UK_AFTER_COMMA or re.search(r"(?:вши|ючи|учи|ачи|ячи)(?:сь)?$", word):
        return ""
    return "a lone comma opens no clause"


def _uk_guessed_base(asked: Mention) -> str:
    """`Хвічі` → `Хвіч`, `Анора` → `Анор`: for a word the dictionary does not know, pymorphy3
    guessed a case ending and cut it off; the guess is as likely to be a truncation."""
    morph = morphology_for("uk")
    surface = asked.surface.split()
    base = asked.base.split()
    if asked.kind not in NAMES or len(surface) != len(base):
        return ""
    for said, made in zip(surface, base, strict=True):
        if said == made or morph.is_known(said.casefold()):
            continue
        if said[-1:] in "аяиіу" and made == said[:-1] and made[-1:].casefold() not in "аеєиіїоуюяь":
            return f"`{made}` is a guessed nominative of the unknown `{said}`"
    return ""


_DEICTIC = re.compile(
    r"(?<![\w’'])(?:this year['’]s|last year['’]s|next year['’]s|the latter|the former|"
    r"цьогорічн\w*|торішн\w*|минулорічн\w*|нинішн\w*|останн(?:ій|я|є|і) з них)(?![\w’'])",
    re.IGNORECASE,
)
"""Words that point at the article's own time or text: clear in it, a riddle on a card."""


def wording_flaw(question: str, sentence: str, asked: Mention, language: str) -> str:
    """What went wrong when a question was cut from `sentence` around `asked`, or "".

    These flaws are in the wording, not the fact: the sentence still stands alone, so the fact
    becomes a cloze of it instead (see `Fact.vetoed`)."""
    bare = _QUOTED.sub('"…"', _LABEL.sub("", question))
    if not question_word_fits(bare, asked.kind, language):
        return "the question word does not fit the answer's kind"
    if _pairs_people_with_amounts(bare, sentence, asked):
        return "the sentence pairs several people with several amounts; which is whose"
    if language == "uk":
        if _lowered_name(bare, sentence):
            return "a name lost its capital"
        if _UK_GENITIVE_START.match(bare):
            return "`Чого …?` asks for an attribute the cut tore from its noun"
        if re.search(r"«(?:та|і|й|а|або)\s", question):
            return "a quotation was cut in half at its conjunction"
        flaw = (
            subject_flaw(bare)
            or fused_clauses(bare)
            or _uk_cut_flaw(bare, sentence, asked)
            or _uk_kind_word_flaw(bare, asked)
            or _uk_guessed_base(asked)
            or _uk_class_noun_twice(bare)
            or _uk_stray_comma(bare)
        )
        if flaw:
            return flaw
        last = re.findall(r"[^\W\d_]+", bare)[-1:]
        if last and last[0].casefold() in _PREPOSITIONS_UK:
            return "the question ends on a preposition"
    if asked.end <= len(sentence) and not _keeps_preposition(bare, sentence, asked, language):
        return "the answer's preposition was dropped"
    if _DANGLING_END.search(bare):
        return "the question ends on a conjunction or article"
    if asked.end <= len(sentence) and _glued_gap(bare, sentence, asked):
        return "the answer was cut out of a phrase and the rest closed over the gap"
    made_up = _made_up_word(bare, sentence, language)
    if made_up:
        return f"`{made_up}` is in neither the sentence nor the dictionary"
    if language == "en" and asked.kind is Kind.PERSON and _NOT_A_PERSON.search(asked.base):
        return "`Who` asks for a storm, a party or a body"
    if (
        language == "en"
        and asked.end <= len(sentence)
        and _noun_complement_fronted(bare, sentence, asked)
    ):
        return "the answer completed a noun, and the question left the noun hanging"
    return ""


def _noun_complement_fronted(question: str, sentence: str, asked: Mention) -> bool:
    """`returned early from a trip to Ghana` → `To which country did she return early from a
    trip?`: the preposition belonged to `a trip`, not to the verb, so the question asks
    something else and ends on a bare noun."""
    end = re.search(r"\b(?:a|an)\s+([a-z][a-z-]*)\?$", question)
    if end is None or asked.kind in TIMES:  # "failed a test in March": a date is the verb's
        return False
    before = sentence[: asked.start]
    return bool(
        re.search(
            rf"\b(?:a|an)\s+{re.escape(end.group(1))}\s+"
            r"(?:to|of|in|for|from|with|at|on|by|about|against)\s+(?:the\s+)?$",
            before,
        )
    )


_UK_REPEATED_ROLE = re.compile(
    r"^(з|із|зі|для|про)\s+(?:ким|кого|чим|якою|яким|якого|якої|якій|якому)"
    r"(?![\w’']).*?(?<![\w’'])\1\s+(?-i:[А-ЯІЇЄҐA-Z])",
    re.IGNORECASE,
)
_UK_SPEECH_END = re.compile(
    r"(?:заяви|сказа|повідоми|наголоси|зазначи|дода|підкресли|поясни|попереди)(?:в|ла|ли)"
)
_UK_ADVERB_COMMA = re.compile(r"(?<![\w’'])([а-яіїєґ’']+),\s+(?:\d|[а-яіїєґ])")


def _uk_adverb_comma(question: str) -> bool:
    """`Коли напередодні, текст схвалив …`: the cut took the date out of `Напередодні, 19
    травня,` and left the adverb's comma hanging in the clause."""
    morph = morphology_for("uk")
    for match in _UK_ADVERB_COMMA.finditer(question):
        readings = morph.analyses(match.group(1).casefold())
        if (
            readings
            and "ADVB" in readings[0].tags
            and not any({"VERB", "NOUN"} & a.tags for a in readings)
            and match.group(1).casefold() not in ("зокрема", "також", "однак", "проте", "втім")
        ):
            return True
    return False


def _uk_cut_flaw(question: str, sentence: str, asked: Mention) -> str:
    """Cuts that leave a Ukrainian question broken though every word is in place."""
    if _UK_REPEATED_ROLE.match(question):
        # `з ким країна вигравала у 1966 році та у 2014-му з Кончітою Вурст`: coordinated
        # adjuncts, the other one still fills the slot the question word asks for
        return "the question word's slot is still filled by a coordinated twin"
    if asked.kind is Kind.PERCENT and re.search(r"\d\s*%", question):
        # `скільки відсотків … з результатом 28,5%, «Альтернатива» отримала?`: another share
        # in the question is a second clause the cut did not close
        return "another percentage stands in the question"
    unyeared = _YEAR_SUFFIX.sub("", question).rstrip("? ")
    last = re.findall(r"[^\W\d_]+", unyeared)[-1:]
    if last and _UK_SPEECH_END.fullmatch(last[0].casefold()):
        return "a speech verb lost what was said (`… на пресконференції заявила?`)"
    left = re.findall(r"[^\W\d_][\w’'-]*", sentence[: asked.phrase_start])
    adjacent = re.search(r"[^\W\d_]\s+$", sentence[: asked.phrase_start])
    if (
        left
        and left[-1].islower()
        and adjacent
        and asked.kind in NAMES
        and not asked.cue
        and not asked.prep
        and asked.surface[:1].isupper()
    ):
        word = left[-1]
        morph = morphology_for("uk")
        top = morph.analyses(word.casefold())[:1]
        stem = {a.lemma for a in top}
        asked_words = re.findall(r"[^\W\d_][\w’'-]*", question.casefold())
        fronted = _fronted_lemmas(question)
        if (
            top
            and "NOUN" in top[0].tags
            and "anim" not in top[0].tags
            and not any("VERB" in a.tags for a in morph.analyses(word.casefold()))
            and word.casefold() in asked_words
            and not stem & fronted
        ):
            # `обвалився міст через річку?` for `через річку Іраваді`: the name's class noun
            # stayed behind without the name
            return f"`{word}` lost the name it introduced"
    return ""


def _fronted_lemmas(question: str) -> set[str]:
    """Lemmas of the question phrase: the words up to the first interrogative and the noun
    phrase after it (`На якій глибині`, `Лідерів яких країн`)."""
    words = re.findall(r"[^\W\d_][\w’'-]*", question.casefold())
    morph = morphology_for("uk")
    out: set[str] = set()
    for index, word in enumerate(words):
        out |= {a.lemma for a in morph.analyses(word)[:2]}
        if word.startswith(("як", "котр", "скільк", "чи")) and index + 1 < len(words):
            out |= {a.lemma for a in morph.analyses(words[index + 1])[:2]}
            if index + 2 < len(words):
                out |= {a.lemma for a in morph.analyses(words[index + 2])[:2]}
            break
        if index >= 3:
            break
    return out


_DANGLING_END = re.compile(
    r"(?<![\w’'])(?:and|or|but|the|a|an|than|і|й|та|а|але|чи)\s*\?$", re.IGNORECASE
)
_NOT_A_PERSON = re.compile(
    r"\b(?:Hurricane|Storm|Typhoon|Cyclone|Tropical|Party|Bloc|Committee|Ministry|Council|"
    r"Bank|Agency|Group|Union|Republic|Islands?|Club|Association|Organi[sz]ation|Institute|"
    r"University|Company|Corporation|Inc|Ltd|Airlines?|Academy|Fire|Wildfire|Blaze|Flood|"
    r"Earthquake|Quake|Summit|Prize|Award|Cup|Games|Festival|Treaty|Fund|Act|Plan|Program|"
    r"Programme|Mission|Project|Station|Hospital|School|Court|Bridge|Stadium)\b"
)
"""Words a writer's capitalised run can swallow that say the name is not a person's."""


def _glued_gap(question: str, sentence: str, asked: Mention) -> bool:
    """The words on both sides of the answer sit side by side in the question (`worth 11
    million Swedish kronor` → `worth Swedish kronor`, `the 2025 Nobel Prize in` → `the 2025
    in`): nothing took the answer's place, so the phrase it belonged to is broken."""
    end = asked.extent if asked.extent > asked.end else asked.end
    left = re.findall(r"[^\W_]+", sentence[: asked.start])
    right = re.findall(r"[^\W_]+", sentence[end:])
    if not left or not right:
        return False
    pair = (left[-1].casefold(), right[0].casefold())
    if (
        asked.cue
        and pair[0] == asked.cue.split()[-1].casefold()
        and re.match(rf"which\s+(?:\S+\s+){{0,3}}{re.escape(pair[0])}\b", question, re.I)
    ):
        return False  # "Egyptian President B hosted" → "Which Egyptian president hosted": the role
    if re.match(
        rf"як\w+\s+(?:\S+\s+){{0,3}}{re.escape(pair[0])}\s+{re.escape(pair[1])}\b",
        question.casefold(),
    ):
        return False  # `драма «X» Олафа Берга` → `Яка драма Олафа Берга`: the answer's own phrase
    if asked.kind in TIMES:
        return False  # a date is an adjunct: `обрали 3 квітня в Сольці` → `обрали в Сольці`
    function_word = pair[1] in _FUNCTION_WORDS
    modifier = left[-1].isdigit() or (left[-1].islower() and bool(_EN_ADJECTIVE.search(left[-1])))
    if function_word and not modifier:
        return False  # `beat X 2-0 in the final` → `beat X in the final` reads whole
    unyeared = _YEAR_SUFFIX.sub("", question)  # the writer's " in 2025" sits in the gap
    words = re.findall(r"[^\W_]+", unyeared.casefold())
    return pair in set(itertools.pairwise(words))


_EN_ADJECTIVE = re.compile(r"(?:ern|ian|ese|ish|ic|ical|ive|ous|ful|-year-old)$")
"""Endings of the modifiers (`southwestern`, `Hungarian`) that cannot close over a gap."""
_YEAR_SUFFIX = re.compile(r"\s+(?:in|у|в)\s+\d{4}(?:\s+році)?(?=[\s?,])")


_QUESTION_WORDS = frozenset(
    [
        "who",
        "whom",
        "whose",
        "what",
        "which",
        "where",
        "when",
        "how",
        "many",
        "much",
        "did",
        "does",
        "do",
        "was",
        "were",
        "is",
        "are",
        "will",
        "would",
        "has",
        "have",
        "had",
        "been",
        "be",
        "by",
        "what's",
        "year",
        "date",
        "day",
        "month",
        "place",
        "country",
        "city",
        "organisation",
        "organization",
    ]
)


def _made_up_word(question: str, sentence: str, language: str) -> str:
    """A word the writer built (a stem cut too short, `succe`, `welcom`) that is neither in its
    sentence nor a dictionary word."""
    in_sentence = _casefolded_words(sentence)
    morph = morphology_for(language)
    for match in _WORD.finditer(question):
        word = match.group(0)
        lowered = word.casefold()
        if (
            len(word) < 4
            or not word.isalpha()
            or lowered in in_sentence
            or lowered in _QUESTION_WORDS
            or word[:1].isupper()
        ):
            continue
        if not morph.is_known(lowered):
            return word
    return ""


_AMOUNT = re.compile(
    r"(?<![\w.,])\d+(?:[.,]\d+)?\s*(?:%|per cent|percent|відсот\w*|votes|голос\w*)"
)


def _pairs_people_with_amounts(question: str, sentence: str, asked: Mention) -> bool:
    """`X got 49.4 %, ahead of Y with 41.2 %` asked as `Who received 41.2 %?`: the writer
    pairs a person with the nearest amount, and in a results sentence that is often the other
    person's. The verbatim sentence as a cloze states the pairing correctly."""
    if asked.kind is not Kind.PERSON or not _AMOUNT.search(question):
        return False
    return len(_AMOUNT.findall(sentence)) >= 2


_UK_GENITIVE_START = re.compile(r"^чого(?![\w’'])", re.IGNORECASE)


def label_deictic(question: str, event: Event | None, language: str) -> str:
    """`Де цьогорічний саміт проходить?` → `Саміт G7 2025 року: де цьогорічний саміт …?`: the
    label says which year's summit; without a label the gate refuses the question."""
    if (
        event is None
        or event.language != language
        or _LABEL.match(question)
        or not _DEICTIC.search(question)
    ):
        return question
    body = question[:1].lower() + question[1:] if language == "uk" else question
    return f"{event.label}: {body}"


_WRONG_QUESTION_WORD: dict[str, tuple[tuple[frozenset[Kind], re.Pattern[str]], ...]] = {
    "en": (
        (
            NUMBERS | TIMES | {Kind.ORDINAL},
            re.compile(r"^(?:who|whom|whose|where)\b", re.IGNORECASE),
        ),
        (
            frozenset({Kind.PERSON}),
            re.compile(r"^(?:where|when|how|what (?:year|date|time))\b", re.IGNORECASE),
        ),
        (
            PLACES,
            re.compile(
                r"^(?:who|whom|when|how (?:many|much)|what\s+(?:did|does|do|will|has|have|had)\b)",
                re.IGNORECASE,
            ),
        ),
        (
            TIMES,
            re.compile(r"^(?:how many|how much|which (?:country|city|place))\b", re.IGNORECASE),
        ),
    ),
    "uk": (
        (
            NUMBERS | TIMES | {Kind.ORDINAL},
            re.compile(r"^(?:хто|кого|кому|ким|чий|чия|чиє|чиї|де)(?![\w’'])", re.IGNORECASE),
        ),
        (
            frozenset({Kind.PERSON}),
            re.compile(r"^(?:де|коли|куди|звідки|скільки)(?![\w’'])", re.IGNORECASE),
        ),
        (
            PLACES,
            re.compile(r"^(?:хто|кого|кому|ким|коли|скільки)(?![\w’'])", re.IGNORECASE),
        ),
        (
            TIMES,
            re.compile(r"^(?:скільки|де|куди|звідки)(?![\w’'])", re.IGNORECASE),
        ),
    ),
}
"""Question words that cannot ask for an answer of the kind: "Who" for a number, "What did
Brazil choose …?" for a city, "Скільки" for a person. The writers pick the word from the
answer's kind; a cut that went wrong shows here first."""


def question_word_fits(question: str, kind: Kind, language: str) -> bool:
    body = _LABEL.sub("", question).lstrip('«"“ ')
    return not any(
        kind in kinds and pattern.match(body)
        for kinds, pattern in _WRONG_QUESTION_WORD.get(language, ())
    )


_WORD = re.compile(r"[^\W\d_][\w’'ʼ-]*")


def _lowered_name(question: str, sentence: str) -> bool:
    """A name written with a capital inside the sentence that the question lower-cases
    (`речник … шарфат Заманд`): the cut split a name or took the wrong word for one. Only for
    Ukrainian: English writers lower-case class nouns on purpose (`the medicine prize`)."""
    lowered, in_sentence = _capitalised_words(sentence)
    for match in _WORD.finditer(question):
        word = match.group(0)
        if match.start() == 0 or not word[:1].islower():
            continue
        if word in lowered and word not in in_sentence and not _common_word(word):
            return True
    return False


@lru_cache(maxsize=32)
def _casefolded_words(sentence: str) -> frozenset[str]:
    """The sentence's words, casefolded; cached, as every question cut from it is checked."""
    return frozenset(m.group(0).casefold() for m in _WORD.finditer(sentence))


@lru_cache(maxsize=32)
def _capitalised_words(sentence: str) -> tuple[frozenset[str], frozenset[str]]:
    """(casefolded words written with a capital after the start, every word as written)."""
    capitalised = {
        m.group(0)
        for m in _WORD.finditer(sentence)
        if m.start() > 0 and m.group(0)[:1].isupper() and not m.group(0).isupper()
    }
    lowered = frozenset(word.casefold() for word in capitalised)
    return lowered, frozenset(m.group(0) for m in _WORD.finditer(sentence))


def _common_word(word: str) -> bool:
    """A dictionary word that is not a name: lower case is its own spelling (`премія`)."""
    analyses = morphology_for("uk").analyses(word)
    return (
        bool(analyses)
        and not any(
            tag in a.tags for a in analyses[:1] for tag in ("Name", "Surn", "Patr", "Geox", "Orgn")
        )
        and morphology_for("uk").is_known(word)
    )


_PREPOSITIONS_EN = frozenset(
    {"at", "to", "from", "with", "by", "in", "on", "for", "into", "over", "against", "under"}
    | {"between", "among", "about", "after", "before", "since", "until", "near", "off"}
    | {"toward", "towards", "behind", "across", "through", "during", "without", "within"}
)
_PREPOSITIONS_UK = frozenset(
    {"у", "в", "на", "з", "із", "зі", "до", "від", "за", "про", "під", "над", "між", "після"}
    | {"перед", "через", "для", "без", "щодо", "біля", "поблизу", "неподалік", "серед"}
    | {"проти", "при", "по", "о", "об", "поза", "крізь", "замість", "коло", "навколо"}
)
_PREPOSITIONS = {"en": _PREPOSITIONS_EN, "uk": _PREPOSITIONS_UK}
_FUNCTION_WORDS = (
    _PREPOSITIONS_EN | _PREPOSITIONS_UK | {"and", "or", "as", "but", "і", "й", "та", "а", "але"}
)
_APPROXIMATELY = frozenset(
    {"nearly", "almost", "about", "around", "roughly", "approximately", "some", "just", "only"}
    | {"майже", "близько", "приблизно", "понад", "щонайменше", "лише", "ледь", "трохи", "аж"}
)
_SAME_PREPOSITION = {"в": "у", "із": "з", "зі": "з", "зо": "з", "об": "о", "towards": "toward"}
_FREE_OF_PREPOSITION = {
    "en": re.compile(r"^(?:where|when|what (?:year|date|day|month)|how long|how far)\b", re.I),
    "uk": re.compile(
        r"^(?:де|коли|куди|звідки|якого числа|якого року|в якому році|у якому році)(?![\w’'])",
        re.I,
    ),
}
"""Question words that carry the preposition in themselves: "in Paris" → "Where", "у 2011
році" → "Коли"."""


def _keeps_preposition(question: str, sentence: str, source: Mention, language: str) -> bool:
    """An answer governed by a preposition keeps it in the question ("at a range of 4%" → "At
    what range …?", "до 17 червня" → "До якого числа …?"); a question that dropped it ("How
    much did CME FedWatch put its probability?") was cut badly. "of" and possessive shapes are
    free to change ("leader of the X party" → "Which party did … lead?")."""
    prepositions = _PREPOSITIONS.get(language)
    if not prepositions:
        return True
    start = source.phrase_start
    before = [w.casefold() for w in re.findall(r"[^\W\d_]+", sentence[:start][-40:])]
    while before and before[-1] in _APPROXIMATELY:
        before.pop()  # "at nearly 95%": the preposition stands before the hedge
    if not before or before[-1] == "least":
        return True  # "at least 20": a hedge, not a preposition
    prep = before[-1]
    if prep not in prepositions:
        return True
    if _FREE_OF_PREPOSITION[language].match(question):
        return True
    prep = _SAME_PREPOSITION.get(prep, prep)
    words = {_SAME_PREPOSITION.get(w, w) for w in re.findall(r"[^\W\d_]+", question.casefold())}
    return prep in words


_EN_WHAT_SPEAKER = re.compile(
    r"^what\s+(?:said|says|told|announced|reported|added|noted|warned|argued|claimed|stated)\b",
    re.IGNORECASE,
)
_EN_DISCOURSE = re.compile(
    r"\b(?:also|then|another|meanwhile|however|instead|likewise|too|again|"
    r"(?:has|had|have)\s+since)\b(?!\s+(?:than|as)\b)",
    re.IGNORECASE,
)
"""Words that lean on the sentence before: on a card nothing came before."""
_EN_PROPER = re.compile(r"(?<=.)\b(?:[A-Z][\w'’.-]*[a-z.]|[A-Z]{2,})|\d")
"""A name or number after the question word: what ties an unlabelled question to one event (the
year the writer appends does not: "How many members backed a cut in the first round in 2025?")."""
_EN_BARE_VERB = re.compile(
    r"^(?:who|what|(?:which|how\s+many)\s+[a-z]+|how\s+much)\s+"
    r"(?:(?:did|does|do|will)(?:\s+not)?\s+[a-z]+|[a-z]+ed)\?$",
    re.IGNORECASE,
)
"""A question word and a lone verb ("Who did not attend?"): the object or the occasion is lost."""
_EN_CLOZE_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:(?:men's|women's|men’s|women’s|first|final|opening|latest)\s+)?"
    r"(?:cut|storm|final|title|post|victory|champion|winner|vote|ballot|race|match|deal|decision|election|"
    r"summit|award|prize|tournament|championship|meeting|talks|fire|blaze|quake|earthquake|"
    r"attack|crash|ceremony|ruling|pact|agreement|flight|mission|launch|central\s+bank)\b"
    r"(?!\s+(?:of|between|against|for|in\s+[A-Z])\b|\s+[A-Z]|['’]s\s+[A-Z])"
)
"""`the cut`, `the storm`, `the women's title`: a sentence that needs the one before it."""
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
            r"неділю)(?:\s+(?:уранці|зранку|ввечері|увечері|вночі|вдень))?"
            r"(?:,\s*(\d{1,2}\s+(?:січня|лютого|березня|квітня|травня|червня|липня|серпня|"
            r"вересня|жовтня|листопада|грудня)),?)?(?![\w’'])",
            lambda m: f" {m.group(1)}" if m.group(1) else "",
            question,
        )  # `у неділю, 1 червня, провела` → `1 червня провела`: the date stays, not its commas
        question = re.sub(r"(?<![\w’'])(?:сьогодні|учора|вчора)\s+", "", question)
    elif language == "en":
        question = re.sub(
            r"\s+(?:today|yesterday|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            r"Sunday))\b",
            "",
            question,
        )
        question = re.sub(
            r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
            r"(?:\s+(?:night|morning|evening|afternoon))?['’]s\s+",
            "the ",
            question,
        )  # `in Monday's federal election` → `in the federal election`
    return question


MAX_CLOZE_WORDS = 35
_CLOZE_KINDS = PLACES | {Kind.PERSON, Kind.ORG, Kind.WORK, Kind.PERCENT, Kind.MONEY}
_PRONOUN_START = re.compile(
    r"^(?:it|they|he|she|this|these|those|its|their|his|her|such|він|вона|вони|воно|цей|ця|"
    r"це|ці|такі|такий|така|свій|своє|своя|його|її|їх)\b",
    re.IGNORECASE,
)


def cloze_acceptable(
    sentence: str, mention: Mention, kinds: frozenset[Kind] = _CLOZE_KINDS
) -> bool:
    """A fallback blank is worth a card only for a name or amount a reader could recall, in a
    sentence that stands alone, and not as a piece of a longer name (`the 2025 {{Nobel Prize}}
    in Physiology or Medicine`)."""
    if mention.kind not in kinds:
        return False
    if len(re.findall(r"[^\W_]+", sentence)) > MAX_CLOZE_WORDS:
        return False
    if _PRONOUN_START.match(sentence) or _EN_BACK_REFERENCE.match(sentence):
        return False
    if _UK_BACK_REFERENCE.match(sentence):
        return False
    if _EN_CLOZE_BACK_REFERENCE.search(sentence):
        return False  # "… voted 5-4 for the cut": which cut, on a card alone?
    if re.match(r"(?:[A-Z][\w'’-]*\s+){1,3}also\b|(?:[^,]*,\s+)?[Aa]nother\s", sentence):
        return False  # "Tarr also adapted …", "In June, another upper stage …": after what?
    before = sentence[: mention.start].rstrip()
    after = sentence[mention.end :]
    if (after[:1] in "-–" and after[1:2].isalpha()) or sentence[: mention.start][-1:] == "-":
        return False  # `{{30}}-поверхова`: a piece of a compound word
    if re.search(r"(?:\b[A-Z][\w-]*,?|\d{4}|['’]s)$", before) or re.match(
        r"['’]s\b|\s+(?:(?:in|of|de|or|for|з|із)\s+)?[A-ZА-ЯІЇЄҐ]|\s+з\s", after
    ):
        return False
    if re.match(r"[A-ZА-ЯІЇЄҐ' .,-]+\s+[—–-]\s", sentence) and mention.end < 40:
        return False  # the dateline
    if _uk_cloze_fragment(mention, after):
        return False
    if re.search(r"[а-яіїєґ]", mention.surface, re.IGNORECASE) and "," in mention.surface:
        return False  # `{{Джон Кларк, Мішель Деворе та Джон Мартініс}}`: a list is no answer
    if re.search(r"[а-яіїєґ]", sentence, re.IGNORECASE) and not _uk_names_other(
        f"{before} … {after}", mention
    ):
        return False  # `Лауреати розділять премію в розмірі {{11 млн}} …`: which prize?
    surface = mention.surface.casefold()
    rest = (before + " " + after).casefold()
    return surface[: max(4, len(surface) - 3)] not in rest


_UK_VAGUE = frozenset(
    {"тисячі", "тисяч", "десятки", "десятків", "сотні", "сотень", "кілька", "кількох"}
    | {"мільйони", "мільйонів", "десятками", "сотнями", "тисячами"}
)


def _uk_cloze_fragment(mention: Mention, after: str) -> bool:
    """A Ukrainian blank that is no answer: a vague amount (`{{тисячі}} будівель`), a name
    the sentence's capital glued to a preposition (`{{Для Усика}}`), or an adjective of a
    longer name (`{{Нобелівської}} премії`)."""
    if not re.search(r"[а-яіїєґ]", mention.surface, re.IGNORECASE):
        return False
    words = mention.surface.split()
    if mention.surface.casefold() in _UK_VAGUE:
        return True
    if len(words) > 1 and words[0].casefold() in _PREPOSITIONS_UK:
        return True
    if len(words) == 1 and re.match(r"\s+[а-яіїєґ]", after):
        top = morphology_for("uk").analyses(words[0].casefold())[:1]
        if top and "ADJF" in top[0].tags and "NOUN" not in top[0].tags:
            return True
    return False


def vetoed_cloze_acceptable(sentence: str, mention: Mention) -> bool:
    """The cloze that stands in for a refused question: the writer judged the fact worth asking,
    so any kind of answer may be blanked (counts and dates too), in a sentence that stands
    alone."""
    vague = not re.search(r"\d", mention.surface) and _VAGUE_AMOUNT.search(mention.surface)
    if mention.kind in NUMBERS and vague:
        return False  # `{{dozens}} of homes`, `{{тисячі}} будівель`: nothing to recall
    return cloze_acceptable(sentence, mention, NAMES | NUMBERS | TIMES | {Kind.ORDINAL})


_VAGUE_AMOUNT = re.compile(
    r"(?<![\w’'])(?:dozens|hundreds|thousands|millions|scores|several|many|десятк\w*|сотн\w*|"
    r"тисяч\w*|мільйон\w*|кілька|кількох|багато)(?![\w’'])",
    re.IGNORECASE,
)


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


def country_given_away(sentence: str, mention: Mention) -> bool:
    """A blanked country the rest of its sentence names another way: by its people or
    language (`Hungarian`, `угорський` beside {{Hungary}}, {{Угорщина}}) or by its capital
    (`у Бангкоку` beside {{Таїланді}}). The blank is then a guess, not a recall."""
    if mention.kind is not Kind.COUNTRY:
        return False
    rest = (sentence[: mention.start] + " " + sentence[mention.end :]).casefold()
    names = {mention.base, mention.surface}
    for name in names:
        stem = name.casefold()[:4]
        if len(stem) == 4 and re.search(rf"(?<![\w’']){re.escape(stem)}", rest):
            return True
        capital = gazetteers.capitals().get(name.casefold())
        if capital and any(stem_prefix(c).casefold() in rest for c in capital):
            return True
    return False
