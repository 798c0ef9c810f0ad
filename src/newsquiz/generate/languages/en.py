"""English: names from capitalisation and gazetteers; questions by subject replacement or by
`do`-support ("Takaichi received 237 votes" → "How many votes did Takaichi receive?").
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property
from typing import Literal

from newsquiz.core.morphology import morphology_for
from newsquiz.generate import gazetteers
from newsquiz.generate.clauses import (
    Token,
    capitalise,
    cut,
    drop_parentheses,
    segment_bounds,
    tidy,
    tokenize,
    word_count,
)
from newsquiz.generate.events import with_event
from newsquiz.generate.languages import Context, Question, ask_list_item
from newsquiz.generate.languages import grammar_en as g
from newsquiz.generate.languages.phrases_en import PHRASE_KEY, find_phrases
from newsquiz.generate.mentions import (
    NAMES,
    PLACES,
    Kind,
    Mention,
    NumberFinder,
    NumberWords,
    overlaps,
)
from newsquiz.generate.sentences import Sentence

_SEPARATORS = re.compile(
    r"\s*;\s*|:\s+|\s+[—–]\s+|,\s+(?=(?:while|but|whereas|although|though|so|and|as)\s)"
    r"|,\s+(?=(?:which|who|where|when|whose)\s)"
)
_FOR_WHAT = re.compile(
    r"\bfor\s+\"?(?:(?:their|his|her|its|the)\s+)?"
    r"((discover(?:y|ies)|development|invention|creation|design|work|research|studies)\s+"
    r"(of|on|concerning|into|in))\s+(?:the\s+)?([a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,7})"
    r"(?=\"|[,.;:]|$)"
)
_RESTRICTION = re.compile(
    r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+((?:would|will|could|has|have|had)\s+)?"
    r"(?:also\s+)?([a-z]+)\s+(?:the\s+|new\s+|its\s+)*"
    r"(export controls|export curbs|export restrictions|restrictions|limits|curbs|controls|"
    r"tariffs|bans?|sanctions|duties)"
    r"(?:\s+(?:it|they)\s+(?:has|have|had)\s+[a-z]+ed)?\s+on\s+(?:exports\s+of\s+)?"
    r"((?:[a-z-]+\s+){0,4}[a-z-]+?)(?=\s+(?:for|from|to|in|by|until|after|and|at)\b|[,.;]|$)"
)
_RELATIVE = re.compile(r"(which|who|where|when|whose)\s", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_POSSESSIVE = re.compile(r"['’]s?$")
_ATTRIBUTION = re.compile(
    r"(?:^|,\s*)(?:according to|as reported by|citing)\b[^,]*,?", re.IGNORECASE
)
_TRAILING_ATTRIBUTION = re.compile(
    r",\s+(?:the\s+|an?\s+)?[A-Za-z][\w'’ -]{1,60}?\s+(?:said|says|reported|announced|confirmed)"
    r"(?:\s+in\s+[A-Z][\w-]+)?(?:\s+(?:on|late on|early on)\s+\w+day|\s+in\s+a\s+statement)?\s*\.?$"
)
_LEADING_CONJUNCTION = re.compile(
    r"(?:and|but|while|so|as|whereas|although|though|yet|then)\s+", re.IGNORECASE
)
_TAIL = re.compile(
    r",\s+(?:[a-z]+ing\b|which\b|who\b|while\b|as\b|according\b|with\b|after\b|amid\b|"
    r"before\b|since\b|where\b|when\b|and\b)|\s+[—–]\s+"
)


class English:
    code = "en"
    abbreviations = frozenset(
        {"mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "col", "lt", "sgt", "gov"}
        | {"sen", "rep", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct"}
        | {"nov", "dec", "no", "vs", "etc", "inc", "ltd", "co", "corp", "approx", "u.s", "u.k"}
    )

    def __init__(self) -> None:
        data = gazetteers.words("en")
        self.number_words = NumberWords(
            months=tuple(data["months"]),
            month_forms=tuple(a for a in data["month_abbreviations"] if a.endswith(".")),
            numbers=dict(data["numbers"]),
            ordinals=tuple(data["ordinals"]),
            scales=tuple(data["scales"]),
            currencies=tuple(data["currencies"]),
            units=tuple(data["units"]),
            percent_words=("per cent", "percent", "percentage points"),
            magnitude_words=("magnitude",),
            year_words=(),
            ordinal_suffix=r"(?:st|nd|rd|th)",
            century_words=("century",),
        )
        self.finder = NumberFinder(self.number_words)
        self.titles = gazetteers.titles("en") | g.TITLES_BEFORE_NAME
        self.demonyms = frozenset(d.casefold() for d in data.get("demonyms", []))
        self._names_cache: dict[str, tuple[Mention, ...]] = {}

    @cached_property
    def _places(self) -> dict[str, Kind]:
        return {
            name.casefold(): p.kind for p in gazetteers.places() for name in (p.en, *p.en_aliases)
        }

    @cached_property
    def _organisations(self) -> dict[str, str]:
        table: dict[str, str] = {}
        for org in gazetteers.organisations():
            table[org.en.casefold()] = org.en
            for abbreviation in org.abbreviations:
                if abbreviation.isascii():
                    table[abbreviation.casefold()] = abbreviation
        return table

    def gazetteer_names(self, kind: Kind) -> tuple[str, ...]:
        if kind is Kind.ORG:
            return tuple(o.en for o in gazetteers.organisations())
        return tuple(p.en for p in gazetteers.places() if p.kind == kind)

    # -- mentions ----------------------------------------------------------------------------

    def find_mentions(self, sentence: str) -> list[Mention]:
        tokens = tokenize(sentence)
        phrases = find_phrases(sentence)
        mentions = phrases + [
            m for m in self._numbers(sentence, tokens) if not any(overlaps(m, p) for p in phrases)
        ]
        for mention in (
            self._what_for(sentence)
            + self._restricted(sentence)
            + self._quoted(sentence)
            + self._names_of(sentence)
        ):
            if not any(overlaps(mention, m) for m in mentions):
                mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        mentions = [
            m for m in mentions if m.case != "poss" or m.kind is Kind.COUNTRY
        ]  # "Xi's arrival": a possessive name is not an answer, a country's can be
        mentions = [
            m
            for m in mentions
            if not (
                m.kind is Kind.NAME
                and " " not in m.base
                and any(0 <= n.cue_start <= m.start and m.end <= n.start for n in mentions)
            )
        ]  # "Chief economist Huw Pill": the capitalised "Chief" belongs to the role
        return self._coordinate(sentence, mentions)

    def _what_for(self, sentence: str) -> list[Mention]:
        """`for "their discoveries concerning peripheral immune tolerance"`: what a prize is
        given for, a short lower-case phrase (at most six words) closed by punctuation. Plural
        marks it as a common-noun answer with no distractors of its own shape."""
        found = []
        for match in _FOR_WHAT.finditer(sentence):
            words = match.group(4).split()
            if len(words) > 6 or any(g.is_verb_form(w) for w in words):
                continue
            found.append(
                Mention(
                    kind=Kind.NAME,
                    start=match.start(4),
                    end=match.end(4),
                    surface=match.group(4),
                    base=match.group(4),
                    key="what:" + match.group(4).casefold(),
                    plural=True,
                    cue=f"for {match.group(2).casefold()} {match.group(3).casefold()}",
                    cue_start=match.start(),
                    extent=match.end(),
                )
            )
        return found

    def _restricted(self, sentence: str) -> list[Mention]:
        """`Beijing would pause the export controls it has planned on rare earth minerals`:
        the goods a restriction is on (at most five words), asked `Export controls on what
        would Beijing pause?`; the question is kept in the mention's cue."""
        found = []
        for match in _RESTRICTION.finditer(sentence):
            subject, aux, verb, noun, goods = match.group(1, 2, 3, 4, 5)
            if len(goods.split()) > 5 or any(g.is_verb_form(w) for w in goods.split()[1:]):
                continue  # "imported steel pipes" is goods; "minerals were" is a clause
            if aux:
                asked = f"{aux.strip()} {subject} {verb}"
            elif verb.endswith("ed") or verb in g.IRREGULAR:
                asked = f"did {subject} {g.base_form(verb)}"
            else:
                continue
            found.append(
                Mention(
                    kind=Kind.NAME,
                    start=match.start(5),
                    end=match.end(5),
                    surface=goods,
                    base=goods,
                    key="on-what:" + goods.casefold(),
                    plural=True,
                    cue=f"{noun.casefold()} on what {asked}",
                    cue_start=match.start(5),
                )
            )
        return found

    def _ask_what_for(self, mention: Mention, context: Context) -> Question | None:
        event = context.event
        if event is None or event.language != self.code:
            return None
        if not re.search(r"\b(?:Prize|Award|Medal)s?\b", event.label):
            return None
        if {w.casefold() for w in mention.base.split()} & event.words:
            return None
        question = f"{event.label}: {capitalise(mention.cue)} what was the prize awarded?"
        return Question(question, _relation(mention), 0.5, answer=mention)

    def _prep_before(self, sentence: str, start: int) -> tuple[str, int]:
        match = re.search(
            r"\b(in|at|on|from|to|near|off|of|since|by|for|with|over|against|until|after|"
            r"before|between|about|under|into|toward|towards|across)\s+(?:(?:the|a|an|about|"
            r"around|nearly|roughly|some|up to|as much as|more than|at least|almost|"
            r"(?:north|south|east|west|central)[a-z]*)\s+)*$",
            sentence[:start],
            re.IGNORECASE,
        )
        if match:
            return match.group(1).casefold(), match.start()
        return "", -1

    def _numbers(self, sentence: str, tokens: list[Token]) -> list[Mention]:
        mentions: list[Mention] = []
        for kind, start, end in self.finder.find(sentence):
            surface = sentence[start:end]
            if kind is Kind.YEAR:
                before = sentence[max(0, start - 8) : start].casefold()
                if not re.search(r"\b(in|since|by|until|from|of)\s+$", before):
                    continue
            if kind is Kind.COUNT and surface.casefold() in ("one",) and not surface[0].isdigit():
                continue
            noun = ""
            extent = end
            compound = re.match(
                r"-(day|week|month|year|hour|minute|kilometre|kilometer|mile|meter|metre)\b(-old)?",
                sentence[end:],
            )
            if kind is Kind.COUNT and compound:
                if compound.group(2):
                    continue  # "26-year-old": an age used as a description
                kind = Kind.MEASURE
                extent = end + compound.end()
                surface = surface + " " + compound.group(1) + "s"
            if kind is Kind.COUNT:
                match = re.match(
                    r"[\s-]+((?:[A-Za-z-]+\s){0,3}?(?:[a-z]+s|people|children|men|women|staff))\b",
                    sentence[end:],
                )
                if match and not g.is_verb_form(match.group(1).split()[-1]):
                    noun = match.group(1)
                    extent = end + match.end()
                if re.match(r"\s*(?:times|per|years?\b|-year)", sentence[end:]):
                    noun = noun if noun else ""
            prep, prep_start = self._prep_before(sentence, start)
            cue, cue_start = self._measure_cue(sentence, start)
            approx = re.search(
                r"\b(?:only|about|nearly|some|at least|more than|as much as|up to|roughly|"
                r"around|almost|over|just)\s+$",
                sentence[:start],
                re.IGNORECASE,
            )
            if approx and not cue and prep_start < 0:
                prep_start = approx.start()
            base = (
                surface
                if extent == end
                else sentence[start:end] + surface[len(sentence[start:end]) :]
            )
            if kind is Kind.MAGNITUDE:
                base = re.sub(r"[^\d.,]", "", surface).strip(".,")
            accept = []
            if kind is Kind.COUNT and not surface[:1].isdigit():
                value = self.number_words.numbers.get(surface.casefold())
                if value:
                    accept.append(str(value))  # "five other books": five, also 5
            key = re.sub(r"\s", "", base).casefold() + (":" + noun.split()[-1] if noun else "")
            if kind is Kind.COUNT and noun:
                accept.append(f"{base} {noun}")
            mentions.append(
                Mention(
                    kind=kind,
                    start=start,
                    end=end,
                    surface=surface,
                    base=base,
                    key=key,
                    accept=tuple(accept),
                    noun=noun,
                    prep=prep,
                    cue=cue,
                    cue_start=cue_start if cue else prep_start,
                    extent=extent,
                )
            )
        return mentions

    def _measure_cue(self, sentence: str, start: int) -> tuple[str, int]:
        match = re.search(
            r"\b((?:at|to|with|of|by)\s+)?(?:a|an|the)\s+(depth|height|distance|speed|rate|range|cost|price|total|margin|magnitude|population|sum|level)\s+of\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?$",
            sentence[:start],
            re.IGNORECASE,
        )
        if match:
            return match.group(0).strip(), match.start()
        return "", -1

    def _quoted(self, sentence: str) -> list[Mention]:
        mentions: list[Mention] = []
        for match in re.finditer(r"[\"“]([A-Z][^\"“”]{0,40})[\"”]", sentence):
            inner = match.group(1).strip(" ,.")
            if len(inner.split()) > 5 or sentence[: match.start()].rstrip().endswith(":"):
                continue
            prep, prep_start = self._prep_before(sentence, match.start())
            classed = _WORK_CLASS.search(sentence[: match.start()])
            if classed:  # `for her novel "X"` → `For which novel …?`
                prep, prep_start = (classed.group(1) or "").casefold(), classed.start()
            mentions.append(
                Mention(
                    kind=Kind.WORK,
                    cue=classed.group(2) if classed else "",
                    start=match.start(),
                    end=match.end(),
                    surface=match.group(0),
                    base=inner,
                    key="w:" + inner.casefold(),
                    prep=prep,
                    cue_start=prep_start,
                )
            )
        return mentions

    def _runs(self, tokens: list[Token]) -> list[list[int]]:
        runs: list[list[int]] = []
        current: list[int] = []
        for i, token in enumerate(tokens):
            text = token.text
            capital = token.is_word and text[0].isupper()
            if capital and i == 0 and text.casefold() in g.STOP_START:
                capital = False
            if capital and i == 0 and _common_opening(tokens):
                capital = False  # "Policymakers are …", "Consumer price inflation rose …"
            if capital and (
                text.casefold() in _CALENDAR or (text in _PRONOUN_WORDS and not current)
            ):
                capital = False
            if capital or (
                current
                and text.isdigit()
                and len(text) <= 3
                and not tokens[current[-1]].text[0].isdigit()
                and len(current) == 1
            ):
                current.append(i)
                if re.search(r"['’]s$", text):
                    runs.append(current)
                    current = []
                continue
            if "-" in text and re.fullmatch(r"(?:el|al|ad|as|ash|ul|bin|ibn)-[A-Z][\w-]*", text):
                current.append(i)  # "Abdel Fattah el-Sisi", "Sharm el-Sheikh": one name
                continue
            if (
                current
                and text.casefold() in g.CONNECTORS
                and i + 1 < len(tokens)
                and tokens[i + 1].text[:1].isupper()
                and not (text.casefold() == "and" and len(current) < 2)
                and not (text == "of" and self._person_of_place(tokens, current, i + 1))
            ):
                current.append(i)
                continue
            if (
                current
                and text == "in"
                and i + 1 < len(tokens)
                and tokens[i + 1].text[:1].isupper()
                and tokens[current[-1]].text.casefold() in _NAMED_WITH_IN
            ):
                current.append(i)  # "the Nobel Prize in Literature": one name
                continue
            if (
                current
                and text == "of"
                and i + 2 < len(tokens)
                and tokens[i + 1].text == "the"
                and tokens[i + 2].text[:1].isupper()
                and tokens[current[-1]].text.casefold() in g.ORG_WORDS
            ):
                # "the International Committee of the Red Cross": one organisation's name
                current.extend((i, i + 1))
                continue
            if current:
                runs.append(current)
                current = []
        if current:
            runs.append(current)
        cleaned: list[list[int]] = []
        for run in runs:
            while run and tokens[run[-1]].text.casefold() in g.CONNECTORS:
                run = run[:-1]
            if run:
                cleaned.extend(self._split_and(run, tokens))
        return cleaned

    def _person_of_place(self, tokens: list[Token], run: list[int], k: int) -> bool:
        """`Iga Swiatek of Poland`: a person and the country they are from, two names."""
        words = [tokens[i].text.casefold() for i in run]
        if len(words) < 2 or any(
            w in g.ORG_WORDS or w in g.PLACE_WORDS or w in g.NAMED_HEADS or w in self.titles
            for w in words
        ):
            return False
        for size in (3, 2, 1):
            place = " ".join(t.text for t in tokens[k : k + size]).casefold()
            if self._places.get(place) is Kind.COUNTRY:
                return True
        # "Philemon Yang of Cameroon,": one capitalised word closing the phrase
        return k + 1 < len(tokens) and tokens[k + 1].text in (",", ".", ";")

    def _split_and(self, run: list[int], tokens: list[Token]) -> list[list[int]]:
        """`Mary Brunkow, Fred Ramsdell and Shimon Sakaguchi` are three names, not one."""
        words = [tokens[i].text for i in run]
        if "and" not in words:
            return [run]
        lowered = " ".join(words).casefold()
        if any(lowered.endswith(w) for w in g.ORG_WORDS) or lowered in self._organisations:
            return [run]
        out: list[list[int]] = []
        current: list[int] = []
        for i in run:
            if tokens[i].text == "and":
                if current:
                    out.append(current)
                current = []
            else:
                current.append(i)
        if current:
            out.append(current)
        return out

    def _names_of(self, text: str) -> list[Mention]:
        """`_names` of a text, cached: a clause is read again for each person named in it."""
        found = self._names_cache.get(text)
        if found is None:
            found = tuple(self._names(text, tokenize(text)))
            if len(self._names_cache) >= 64:
                self._names_cache.clear()
            self._names_cache[text] = found
        return list(found)

    def _names(self, sentence: str, tokens: list[Token]) -> list[Mention]:
        mentions: list[Mention] = []
        for run in self._runs(tokens):
            first = tokens[run[0]]
            last = tokens[run[-1]]
            start, end = first.start, last.end
            possessive = bool(re.match(r"['’]s?\b", sentence[end : end + 2]))
            words = [tokens[i].text for i in run]
            if re.search(r"['’]s$", words[-1]):
                possessive = True
                words[-1] = words[-1][:-2]
                end -= 2
            if (
                not possessive
                and re.fullmatch(r"(?:[A-Z]\.)+[A-Z]", words[-1])
                and sentence[end : end + 1] == "."
            ):
                end += 1  # "the U.N.": the abbreviation keeps its last dot
            surface = sentence[start:end]
            lead = list(words)
            # role words inside the run ("President Donald Trump"): they become the cue
            cue_words: list[str] = []
            known = " ".join(lead).casefold()
            while (
                (
                    known not in self._organisations
                    and known not in self._places
                    and not any(w.casefold() in g.ORG_WORDS for w in lead[1:])
                )
                and len(lead) > 1
                and (lead[0].casefold() in self.titles or lead[0].casefold() in self.demonyms)
                and lead[-1].casefold() not in g.PLACE_WORDS  # "the Indian Ocean"
            ):
                cue_words.append(lead.pop(0))
            titled = [i for i, w in enumerate(lead[:-1]) if w.casefold() in self.titles]
            if (
                not cue_words
                and titled
                and known not in self._organisations
                and len(lead) - titled[-1] - 1 >= 1
                and not any(w.casefold() in g.ORG_WORDS for w in lead)
            ):
                cut_at = titled[-1] + 1  # "Fed Governor Lisa Cook": the role ends at "Governor"
                cue_words, lead = lead[:cut_at], lead[cut_at:]
            if cue_words:
                start = tokens[run[len(cue_words)]].start
                surface = sentence[start:end]
            kind = self._classify(lead, sentence, start, end, cue_words)
            if kind is None:
                continue
            cue = " ".join(cue_words)
            prep, prep_start = self._prep_before(sentence, tokens[run[0]].start)
            named_place = _PLACE_CLASS_OF.search(sentence[: tokens[run[0]].start])
            if prep == "of" and (kind in PLACES or kind is Kind.NAME) and named_place:
                # "in the northern port city of Tianjin": the city is where, not an attribute
                prep, prep_start = named_place.group(1).casefold(), named_place.start()
                if kind is Kind.NAME:
                    kind = Kind.CITY if named_place.group(2).casefold() in _TOWNS else Kind.PLACE
            cue_start = tokens[run[0]].start if cue_words else -1
            if not cue_words:
                before = re.search(
                    r"(?<![\w-])((?:[A-Z][a-z]+(?:ish|an|ese|ch|i)\s+|(?:Chief|Deputy|Senior|"
                    r"Former|Acting|Vice|Executive|Assistant)\s+)?(?:[a-z-]+\s){0,3}?)"
                    r"([a-z-]+)\s+$",
                    sentence[:start],
                )  # "Irish writer Niamh Calloway": the demonym belongs to the role
                if before and before.group(2) in self.titles:
                    cue = before.group(0).strip()
                    cue_start = before.start()
                    words_before = cue.split()
                    # "by beating seven-time champion X": the role starts after the verb
                    bad = [
                        k
                        for k, w in enumerate(words_before[:-1])
                        if w.endswith("ing")
                        or g.is_verb_form(w)
                        or w.casefold() in g.STOP_START | _PREPOSITIONS | {"by", "to", "of"}
                    ]
                    if bad:
                        cue = " ".join(words_before[bad[-1] + 1 :])
                        cue_start = sentence.rfind(cue, 0, start)
            if prep and (cue_start < 0 or prep_start < cue_start):
                cue_start = prep_start
            base = surface
            noun = ""
            if lead[-1].casefold() in g.NAMED_HEADS and len(lead) > 1:
                kind, noun = Kind.NAME, lead[-1].casefold()  # "the Karolinska Institute"
            generic = g.CLASS_BEFORE_NAME.search(sentence[:start])
            if generic and kind in (Kind.NAME, Kind.ORG, Kind.PERSON, *PLACES):
                kind, noun = Kind.NAME, generic.group(1)  # "the social network Mastodon"
                on = re.search(r"\b(on|in|at|via|to|from)\s+$", sentence[: generic.start()])
                prep = on.group(1) if on else prep
                cue_start = on.start() if on else generic.start()
            accept: list[str] = []
            if kind is Kind.PERSON and len(lead) > 1:
                accept.append(lead[-1] if lead[-2].islower() is False else " ".join(lead[-2:]))
            single = kind is Kind.NAME and len(lead) == 1
            key = (
                ("p:" + lead[-1].casefold())
                if kind is Kind.PERSON or single
                else ("n:" + base.casefold())
            )
            if noun:
                key = "thing:" + base.casefold()
            mentions.append(
                Mention(
                    kind=kind,
                    start=start,
                    end=end,
                    surface=surface,
                    base=base,
                    key=key,
                    accept=tuple(accept),
                    cue=cue,
                    cue_start=cue_start,
                    prep=prep,
                    case="poss" if possessive else "",
                    noun=noun,
                )
            )
        return mentions

    def _classify(
        self, words: list[str], sentence: str, start: int, end: int, cue_words: list[str]
    ) -> Kind | None:
        phrase = " ".join(words)
        lowered = phrase.casefold()
        if lowered in self._places:
            return self._places[lowered]
        if lowered in self._organisations:
            return Kind.ORG
        if len(words) == 1 and words[0].casefold() in self.demonyms:
            return None
        last = words[-1].casefold()
        if last in g.ORG_WORDS:
            return Kind.ORG
        if "of" in words[1:-1] and words[words.index("of") - 1].casefold() in g.ORG_WORDS:
            return Kind.ORG  # "International Committee of the Red Cross"
        if last in g.PLACE_WORDS or words[0].casefold() in g.PLACE_FIRST_WORDS:
            return Kind.PLACE
        if last in g.EVENT_WORDS or any(w.casefold() in g.EVENT_WORDS for w in words):
            return Kind.NAME
        if words[0].isupper() and len(words[0]) > 1:
            return Kind.ORG if len(words) == 1 else Kind.NAME
        if cue_words or re.match(r",\s+\d{1,3},\s", sentence[end:]):
            return Kind.PERSON  # a role before the name, or an age after it ("Lind, 60,")
        before = sentence[:start].rstrip().rsplit(" ", 1)[-1].casefold()
        if before in self.titles:
            return Kind.PERSON
        previous_word = sentence[:start].rstrip().rsplit(" ", 2)
        after_name = (
            len(previous_word) >= 2 and previous_word[-2][:1].isupper() and before in ("in", "of")
        )
        if (
            before == "near"
            or (
                before == "off"
                and not g.is_verb_form(previous_word[-2] if len(previous_word) >= 2 else "")
            )
        ) and len(words) <= 3:
            return Kind.PLACE  # "landfall near New Hope"; "held off Eva Berg" is a person
        if before in ("in", "at", "from", "near", "off") and len(words) == 1 and not after_name:
            return Kind.PLACE  # an unknown name after a place preposition: a town, a venue
        if len(words) >= 3 and any(w in _TITLE_WORDS for w in words[1:]):
            return Kind.WORK  # "All That Man Is", "The Rest of Our Lives": a title
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            return Kind.PERSON
        return Kind.NAME

    def _coordinate(self, sentence: str, mentions: list[Mention]) -> list[Mention]:
        out: list[Mention] = []
        for mention in mentions:
            if out:
                prev = out[-1]
                gap = sentence[prev.end : mention.start]
                same_kind = prev.kind == mention.kind or (
                    prev.kind in PLACES and mention.kind in PLACES and "and" in gap
                )  # "in Kingston and Montego Bay": a city and a town, one answer
                if (
                    same_kind
                    and prev.kind in NAMES
                    and re.fullmatch(r",?\s*(?:and|,)\s*(?:the\s+)?", gap)
                    and not mention.cue
                    and (
                        "and" in gap
                        or prev.parts
                        or re.match(r"\s*(?:,|and\b)", sentence[mention.end :])
                    )  # "in Zenda, Ruritania": a town and its country, not a list
                ):
                    parts = (prev.parts or (prev.base,)) + (mention.base,)
                    base = ", ".join(parts[:-1]) + " and " + parts[-1]
                    surnames = [p.split()[-1] for p in parts]
                    accept = (
                        [", ".join(surnames[:-1]) + " and " + surnames[-1]]
                        if prev.kind is Kind.PERSON
                        else []
                    )
                    out[-1] = Mention(
                        kind=prev.kind if prev.kind == mention.kind else Kind.PLACE,
                        start=prev.start,
                        end=mention.end,
                        surface=sentence[prev.start : mention.end],
                        base=base,
                        key="+".join(sorted({prev.key, mention.key})),
                        accept=tuple(accept),
                        plural=True,
                        cue=prev.cue,
                        cue_start=prev.cue_start,
                        prep=prev.prep,
                        parts=parts,
                    )
                    continue
            out.append(mention)
        return out

    # -- questions ---------------------------------------------------------------------------

    def ask(self, sentence: Sentence, mention: Mention, context: Context) -> Question | None:
        text = sentence.text
        attribution = _TRAILING_ATTRIBUTION.search(text)
        if (
            attribution
            and mention.end <= attribution.start()
            and not text.lstrip().startswith(('"', "“"))
        ):
            # "X killed 43 people, the agency said on Saturday.": the fact, not the report
            text = text[: attribution.start()] + "."
        if sentence.is_list_item:
            return ask_list_item(
                text, mention, context, 'Who won in the category "{category}"', self.code
            )
        if mention.kind in (Kind.NAME, Kind.PERSON) and " " not in mention.base:
            person = next(
                (
                    p
                    for p in reversed(context.people)
                    if mention.base in (p.base.split()[-1], p.base.split()[0])
                ),
                None,
            )
            if person is not None:
                mention = replace(
                    mention, kind=Kind.PERSON, base=person.base, accept=(mention.base,)
                )
        for match in _ATTRIBUTION.finditer(text):
            if match.start() <= mention.start < match.end():
                # the source of the news: asked only when it reports the article's event
                return self._ask_source(text, match.span(), mention, context)
        if mention.kind is Kind.COUNT:
            if re.search(r"\d[\d,]*\s+of\s+the\s+$", text[: mention.start]):
                return None  # "169 of the 343 seats": the total is asked with its part
            end = max(mention.end, mention.extent)
            paired = re.match(
                r"\s+and\s+([a-z]+s)\b(?!\s+(?:the|a|an|his|her|its|their|to)\b)", text[end:]
            )
            if mention.noun and paired and not g.is_verb_form(paired.group(1)):
                # "nearly 2,000 Palestinian prisoners and detainees": one count of both
                mention = replace(
                    mention,
                    noun=f"{mention.noun} and {paired.group(1)}",
                    extent=end + paired.end(),
                )
            whole = re.match(r"\s+of\s+the\s+(\d[\d,]*\s+[a-z]+)\b", text[mention.end :])
            if whole:
                # "The Liberals won 169 of the 343 seats" → "How many of the 343 seats did …"
                mention = replace(
                    mention, noun=f"of the {whole.group(1)}", extent=mention.end + whole.end()
                )
        for writer in (self._ask_storm, self._ask_venue):
            written = writer(text, mention, context)
            if written is not None:
                return written
        if mention.kind is Kind.SCORE and any(
            m.start() <= mention.start < m.end()
            and mention.end < len(m.group(0).rstrip()) + m.start()
            for m in _SET_SCORES.finditer(text)
        ):
            return None  # `4-6, 7-6(4), 7-5` read as `4-6, 7-6`: part of a match is no answer
        beaten = self._ask_infinitive_win(text, mention, context)
        if beaten is not None:
            return beaten
        listed = self._ask_listed_subject(text, mention, context)
        if listed is not None:
            return listed or None
        participial = self._ask_participle_clause(text, mention, context)
        if participial is not None:
            return participial
        agent = self._ask_agent(text, mention, context)
        if agent is not None:
            return agent
        if mention.key.startswith("what:"):
            return self._ask_what_for(mention, context)
        if mention.key.startswith(PHRASE_KEY):
            # the phrase fixed the question; `wh` is the whole body so nothing counts as a giveaway
            return self._finish(mention.cue, mention, context, 1.0, wh=mention.cue)
        gapped = self._ask_gapped(text, mention, context)
        if gapped is not None:
            return gapped
        if mention.key.startswith("on-what:"):
            return self._finish(mention.cue, mention, context, 0.3, wh="what")
        if mention.kind is Kind.ORDINAL and re.match(
            r"\s+(?:[A-Za-z-]+\s+){1,3}(?:to\s+[a-z]+|since\b)", text[mention.end :]
        ):
            return None  # "the fifth woman to hold …": a distinction, not a rank to ask for
        if mention.kind is Kind.ORDINAL and mention.base.casefold() in ("first", "last"):
            return None  # "his first Wimbledon title", "Germany's first female minister"
        for writer in (
            self._ask_standing,
            self._ask_ordinal_role,
            self._ask_measure_phrase,
            self._ask_bearing,
        ):
            written = writer(text, mention, context)
            if written is not None:
                return written
        quoted = self._ask_quote(text, mention)
        if quoted is not None:
            return self._finish(quoted, mention, context, 0.5)
        cleft = re.match(r"It (?:was|is) (.+?) (?:who|that) (.+)$", text)
        if cleft:
            if mention.start == cleft.start(1) and mention.kind is Kind.PERSON:
                body = "who " + _trim_tail(tidy(cleft.group(2)))
                return self._finish(body, mention, context, 0.8)
            if mention.start < cleft.end(2) - len(cleft.group(2)) + len(_trim_tail(cleft.group(2))):
                return None
        segments = segment_bounds(text, _SEPARATORS)
        index = next((i for i, (s, e) in enumerate(segments) if s <= mention.start < e), None)
        if index is None:
            return None
        seg_start, seg_end = segments[index]
        segment = text[seg_start:seg_end]
        offset = seg_start
        prefix = ""
        relative = _RELATIVE.match(segment)
        if relative and seg_start > 0:
            antecedent = _antecedent(text[:seg_start], relative.group(1).casefold() == "who")
            if antecedent is None or relative.group(1).casefold() in ("where", "when"):
                return None
            prefix = antecedent
            segment = segment[relative.end() :]
            offset = seg_start + relative.end()
            resumed = re.search(r",\s+([a-z]+)\s", segment)
            if (
                resumed
                and offset + resumed.end() <= mention.start
                and g.is_verb_form(resumed.group(1))
                and resumed.group(1) not in g.AUXILIARIES
            ):
                # "Poilievre, who had represented …, lost his seat to X": the main clause
                # resumes after the relative clause, with the antecedent as its subject
                segment = segment[resumed.start(1) :]
                offset += resumed.start(1)
        else:
            conjunction = _LEADING_CONJUNCTION.match(segment)
            if conjunction:
                segment = segment[conjunction.end() :]
                offset += conjunction.end()
        if mention.start < offset:
            return None
        inner_start, inner_end = self._inner_clause(segment, mention.start - offset)
        if (inner_start, inner_end) != (0, len(segment)):
            # "seven ballots named X and 14 countries abstained": only the answer's own clause
            owner = re.match(
                r"((?:[A-Z][\w-]+\s+){0,3}[A-Z][\w-]+)(?:['’]s\s+[a-z]+|,\s+\d{1,3},)?\s", segment
            )  # "Weber, 58, …", "Sinner's season …": whom a later he/she means
            subordinate = re.search(
                r"\b(?:before|after|when|since|until|once)\s+$", segment[:inner_start]
            )
            segment = segment[inner_start:inner_end]
            offset += inner_start
            if subordinate and mention.start - offset <= 4:
                return None  # "since the U.N. was founded": "Which organisation was founded?"
            pronoun = re.match(r"(?:he|she)\b", segment)
            if pronoun and owner and inner_start > 0:
                # "Weber had never held office before he won …": he is the main clause's subject
                name = owner.group(1)
                owner_name: str = next(
                    (
                        p.base
                        for p in reversed(context.people)
                        if name in (p.base, p.base.split()[-1])
                    ),
                    name,
                )
                segment = owner_name + segment[pronoun.end() :]
                offset -= len(owner_name) - pronoun.end()
        if re.search(r"\band\s+[A-Z]\w+\s+(?:first|second|third|fourth|fifth|last)\b", segment):
            return None  # "X came first with 123 and Y second with 44": a gapped clause
        own_start = mention.phrase_start
        if (
            mention.kind is Kind.PERSON
            and not prefix
            and index + 1 < len(segments)
            and text[seg_start:own_start].strip(" ,") == ""
            and _OWN_PARTY_TAIL.fullmatch(text[mention.end : seg_end])
            and re.match(r"\s*who\s", text[segments[index + 1][0] : segments[index + 1][1]])
        ):  # the name right before `who` (not `Han took …, defeating Park, who …`)
            # "Roddy Doyle, who chaired the panel, said ..." → "Who chaired the panel?"
            clause = text[segments[index + 1][0] : segments[index + 1][1]].strip()
            clause = clause.split(",")[0]
            main = re.match(r",\s+who\s+[^,]+,\s+([a-z]+)\b(.*)$", text[mention.end :])
            if (
                main
                and g.base_form(main.group(1)) in g.SPEECH_VERBS
                and ":" not in main.group(2)
                and not re.match(r"\s*[\"“]", main.group(2))
            ):
                # "Governor B, who backed the cut, said X": what B said is the fact
                body = "who " + _trim_tail(tidy(main.group(1) + main.group(2))).rstrip(".")
                return self._finish(tidy(body), mention, context, 0.5)
            return self._finish(tidy(clause), mention, context, 0.3)
        removals = [
            (s - offset, e - offset)
            for s, e in [*drop_parentheses(text), *(m.span() for m in _ATTRIBUTION.finditer(text))]
            if s >= offset
        ]
        a_start = max((mention.cue_start if mention.cue_start >= 0 else mention.start) - offset, 0)
        a_end = max(mention.end, mention.extent) - offset
        if mention.case == "poss":
            return self._ask_possessive(text, mention, context)
        if mention.kind in (Kind.NAME, Kind.WORK) and re.search(
            r"[A-Z][\w-]+\s+(?:in|for|of)\s+$", text[: mention.start]
        ):
            return None  # "the Nobel Prize in Literature": the tail of a longer name
        if any(s <= mention.start < e for s, e in drop_parentheses(text)):
            return None  # "(LDP)": an aside
        if mention.kind in (Kind.PERCENT, Kind.MONEY) and re.match(
            r"\s+(?!(?:in|on|at|of|to|for|from|with|by|and|or|as|that|was|were|is|are)\b)[a-z]+\b",
            text[mention.end :],
        ):
            return None  # "the 100 per cent tariff": a modifier inside a noun phrase
        if mention.kind is Kind.MEASURE and mention.extent > mention.end:
            return None  # "a three-day visit": a description inside a noun phrase
        modified = re.match(
            r"\s+(?!(?:in|on|at|of|to|for|from|with|by|and|or|as|that|who|which|was|were|is|are|has|have|had|will|would|said|says|after|before|during|since|until|when|while|amid|under|near)\b)([a-z]+)\b",
            text[mention.end :],
        )
        if (
            mention.kind in (Kind.NAME, Kind.ORG, Kind.WORK, *PLACES)
            and modified
            and not (
                mention.kind is not Kind.NAME
                and g.is_verb_form(modified.group(1))
                and g.base_form(modified.group(1)) != modified.group(1)
            )
        ):
            return None  # a modifier ("Tour de France title"), not the thing asked about; a
            # past verb after a known kind of name ("the Swedish Academy cited …") makes it a
            # subject ("Liberals won …" stays out: "What won …?" is no question)
        if prefix:
            segment = prefix + " " + segment
            shift = len(prefix) + 1
            a_start += shift
            a_end += shift
            removals = [(s + shift, e + shift) for s, e in removals]
        tokens = tokenize(segment)
        verb_index = self._verb_index(tokens)
        if verb_index is None:
            return None
        verb = tokens[verb_index]
        later = self._verb_before(tokens, a_start, verb_index)
        subject_end = verb.start
        if later is not None:
            verb = tokens[later]
        between = segment[a_end : verb.start]
        if mention.kind is Kind.PERSON:
            # "Lee Jae-myung of the liberal Democratic Party was sworn in"
            between = _OWN_PARTY.sub("", between)
        between = _SUBJECT_ADVERBIAL.sub("", between)
        is_subject = a_end <= verb.start and not re.search(r"[A-Za-z]", _strip_appositive(between))
        if (
            is_subject
            and between.strip() == ","
            and (verb.text.endswith("ed") or verb.text.casefold() in ("known", "born", "seen"))
        ):
            return None  # "Elena Varga, known in markets as …,": a participle, not the verb
        if a_end <= verb.start and not is_subject:
            return self._ask_inside_subject(segment, mention, a_start, a_end, verb, tokens, context)
        of_magnitude = re.search(
            r"\b(?:an?|the)\s+((?:[a-z-]+\s+){0,2}[a-z]+)\s+of\s+$", text[: mention.start]
        )
        if mention.kind is Kind.MAGNITUDE and of_magnitude:
            body = f"what was the magnitude of the {of_magnitude.group(1)}"
            return self._finish(body, mention, context, 0.3)
        if mention.kind is Kind.ORDINAL and not is_subject:
            phrase = re.match(
                r"((?:\s+(?!(?:in|on|at|of|to|for|from|with|by|and|or|as|since|after|instead|"
                r"again|also|too|later|earlier|then|now|so|but)\b)[A-Za-z][\w-]*){1,4})",
                segment[a_end:],
            )
            if phrase is None:
                return None
            own_start = mention.start - offset + (len(prefix) + 1 if prefix else 0)
            determiner = re.search(
                r"(?:\b(?:the|his|her|its|their|a)|[A-Z]\w*['’]s)\s+$", segment[:own_start]
            )
            a_start = determiner.start() if determiner else own_start
            a_end += phrase.end()
            wh: str | None = "which " + phrase.group(1).strip()
        else:
            wh = self._question_phrase(mention, subject=is_subject)
        if wh is None:
            return None
        if is_subject:
            before = segment[: max(mention.start - offset, 0)]
            if re.search(r"\b(?:of|from|in|with|for|by|at)\s+(?:the\s+|a\s+|an\s+)?$", before):
                if mention.kind in PLACES and mention.prep == "in":
                    # "A panel at X in Stockholm announced …" → "Where did a panel at X announce …?"
                    return self._ask_thing_in_subject(
                        segment, mention, a_start, a_end, verb, context
                    )
                return None  # the answer sits in a phrase inside the subject
            head = re.sub(r"\b(?:the|a|an)\s*$", "", segment[:a_start], flags=re.IGNORECASE)
            role = re.fullmatch(
                r"\s*(?:the\s+|The\s+)?(?:[A-Z][\w.-]*\s+)?((?:[a-z-]+\s+)?[a-z]+)\s*", head
            )
            if (
                mention.kind is Kind.PERSON
                and role is not None
                and not any(
                    w in _PREPOSITIONS | {"and", "or", "but", "then", "also"} or g.is_verb_form(w)
                    for w in role.group(1).split()
                )
            ):
                head = ""  # "Irish writer Niamh Calloway has won …": a role word, not an owner
            if (
                mention.kind is Kind.PERSON
                and mention.cue
                and re.fullmatch(r"\s*(?:the\s+|The\s+)?[A-Z][\w.-]*\s*", head)
            ):
                head = ""  # "NDP leader Jagmeet Singh": the role's own modifier
            if head.strip() and not head.rstrip().endswith(","):
                return None  # "The world's two biggest economies": the answer is inside the subject
            head = head.strip(" ,")
            rest = cut(
                segment[verb.start :],
                [(s - verb.start, e - verb.start) for s, e in removals if s >= verb.start],
            )
            trimmed = _trim_tail(tidy(re.sub(r",\s+\d{1,3},(?=\s)", "", rest)))  # `Venn, 56,`
            by_means = re.search(r"\s+by\s+[a-z]+ing\b.*$", trimmed)
            if by_means and word_count(trimmed[: by_means.start()]) >= 3:
                trimmed = trimmed[: by_means.start()]  # "won the title by beating X": the result
            body = wh + " " + trimmed
            if head and not _is_subject_material(head):
                body = body + " " + _lower_head(head)
            body = tidy(body)
        else:
            if g.base_form(verb.text) in g.SPEECH_VERBS:
                return None  # what someone said is reported, not a fact to ask about
            if re.search(
                r"\bby\s+[a-z]+ing\s+(?:[A-Za-z-]+\s+){0,3}$", segment[verb.end : a_start]
            ):
                return None  # "won the title by beating X": "Who did … win … by beating?"
            if verb.text.casefold() in ("is", "are", "was", "were") and mention.prep in (
                "by",
                "of",
            ):
                return None  # "the book is the sixth novel by X": no clean question
            if mention.kind in NAMES and re.match(
                r",\s+(?:(?![a-z]+ing\b)[a-z-]+\s+){0,3}[A-Z]", segment[a_end:]
            ):
                return None  # the first of a list of names: the question would list the rest
            asides = [
                m.span() for m in _ASIDE.finditer(segment, verb.end, a_start) if m.end() <= a_start
            ]  # "sentenced Le Pen, 56, to …", "beaten in Dickson, a Brisbane seat, by …"
            reach = cut(
                segment[verb.end : a_start], [(s - verb.end, e - verb.end) for s, e in asides]
            )
            if "," in reach or len(reach) > 60:
                return None  # too far from its verb to ask about cleanly
            if asides and re.search(r"\bby\s+(?:[A-Za-z-]+\s+){0,3}$", segment[:a_start]):
                return None  # `beaten …, by Labour candidate X`: the agent is asked as such
            if re.search(
                r"\b(?:after|before|when|since|until|because)\s+(?:the|a|an|he|she|they|it)\b",
                segment[verb.end : a_start],
            ):
                return None  # the answer belongs to a subordinate clause, not to this verb
            following = re.match(r"(?:,\s+\d{1,3},)?\s+([a-z]+)\b", segment[a_end:])
            if (
                mention.kind in NAMES
                and following
                and g.is_verb_form(following.group(1))
                and not following.group(1).endswith("ing")
            ):
                return None  # "came back after Alcaraz, 22, took the set": X is a subject
            if re.search(r"['’]s\s", segment[verb.end : a_start]):
                return None  # "after Xi's arrival in …": the place belongs to a noun
            particle = re.match(r"\s*(\w+)\s", segment[verb.end : a_end])
            if (
                particle
                and particle.group(1).casefold() in g.PARTICLES
                and mention.kind is Kind.PERSON
            ):
                a_start = verb.end + particle.end()
                wh = "who" if mention.kind is Kind.PERSON else "what"
            role = _ROLE_BEFORE.search(segment[:a_start])
            if (
                mention.kind is Kind.PERSON
                and not mention.plural
                and role is not None
                and role.start() >= verb.end
                and self._person_noun(role.group("noun"))
            ):
                # "named German diplomat Helga Schmid" → "Which German diplomat did … name?"
                preposition = re.search(
                    r"\b(to|with|by|for|against|from|over)\s+$", segment[: role.start()]
                )
                wh = "which " + role.group(0).strip()
                a_start = role.start()
                if preposition:
                    wh = f"{preposition.group(1)} {wh}"
                    a_start = preposition.start()
            determiner = re.search(r"\bthe\s+(?:[a-z0-9-]+\s+){0,2}$", segment[:a_start])
            if determiner and mention.kind in NAMES and not mention.prep:
                a_start = determiner.start()
            subject_text = re.sub(r",\s+\d{1,3},\s+", " ", segment[:subject_end])  # "X, 71,"
            front, subject = _split_fronted(subject_text)
            if (
                not subject
                or word_count(subject) > 8
                or (re.search(r"\b(?:that|which|who|and)\b", subject) and subject != prefix)
                or subject.split()[0].casefold() in _CALENDAR | _PREPOSITIONS
            ):
                return None  # no clean subject to ask "did …" about
            if mention.kind is Kind.COUNT and mention.prep not in ("", "by") and not mention.cue:
                # "prevailed over five other books" → "How many other books did … prevail over?"
                prep_at = segment.rfind(
                    mention.prep + " ", 0, mention.start - offset + len(prefix) + 1
                )
                if prep_at >= 0:
                    a_start = max(a_start, prep_at + len(mention.prep) + 1)
            if mention.kind is Kind.COUNT and re.search(
                r"\d[\d,.]*\s+[^,;.]*\band\s+$", segment[verb.end : a_start]
            ):
                return None  # the second of two coordinated counts
            coordinated = re.match(r"\s+and\s+\d[\d,.]*\s+[^,;.]*", segment[a_end:])
            if mention.kind is Kind.COUNT and coordinated is not None:
                a_end += coordinated.end()  # "won 21 X stages and 30 stages across …": one count
            rest_removals = [(a_start, a_end), *asides] + [r for r in removals if r[0] >= verb.end]
            rest = cut(
                segment[verb.end :], [(s - verb.end, e - verb.end) for s, e in rest_removals]
            )
            rest = re.sub(
                r",\s+(?:[a-z]+ing|[a-z]+ed|which|who|while|as|where|when|an?|the)\b.*$", "", rest
            )  # ", a small town in …": an apposition of the last noun
            rest = re.sub(r"\s+(?:after|before|while)\s+[a-z]+ing\b.*$", "", rest)
            second = re.search(r"\s+and\s+(?:[a-z]+ly\s+)?([a-z]+)\b", rest)
            if second and g.is_verb_form(second.group(1)):
                rest = rest[: second.start()]  # "killed 43 and forced …": one verb per question
            if a_end - verb.end <= len(segment[verb.end :]) and re.match(r"\s*,", segment[a_end:]):
                rest = rest[: max(rest.find(","), 0)] if "," in rest else rest
            rest = _trim_tail(tidy(rest))
            verb_word = verb.text.casefold()
            if verb_word in g.AUXILIARIES:
                body = f"{wh} {verb_word} {_lower_head(subject)} {rest}"
            elif verb_word.endswith("ed") or verb_word in g.IRREGULAR:
                body = f"{wh} did {_lower_head(subject)} {g.base_form(verb_word)} {rest}"
            elif verb_word.endswith("s"):
                body = f"{wh} does {_lower_head(subject)} {g.base_form(verb_word)} {rest}"
            else:
                body = f"{wh} do {_lower_head(subject)} {verb_word} {rest}"
            if (
                front
                and not _YEAR.search(body)
                and not re.search(r"\b(?:this|that|these|those)\b", front, re.IGNORECASE)
            ):  # "With this victory, …": a back-reference is left out
                body = body + " " + _lower_head(front)
            body = tidy(body)
        bonus = 0.0
        if g.base_form(verb.text) in g.SPEECH_VERBS and mention.kind is not Kind.PERSON:
            bonus -= 0.7
        return self._finish(body, mention, context, bonus, wh=wh)

    def _ask_storm(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`Hurricane X slammed into Y on Tuesday as a Category 5 storm with maximum sustained
        winds of 185 mph` → `As what category of storm did Hurricane X slam into Y?` (answer
        `Category 5`) and `With what maximum sustained winds did Hurricane X slam into Y?`."""
        match = _STORM.match(text)
        if match is None or mention.kind not in (Kind.COUNT, Kind.MEASURE):
            return None
        verb = match.group("verb")
        predicate = (
            f"{g.base_form(verb)} {match.group('object')}"
            if verb != "made"
            else (f"make {match.group('object')}")
        )
        event = f"did {match.group('subject')} {predicate}"
        if match.start("category") <= mention.start < match.end("category"):
            base = match.group("category")
            answer = replace(
                mention,
                kind=Kind.NAME,
                start=match.start("category"),
                surface=base,
                base=base,
                key="n:" + base.casefold(),
                accept=(mention.base,),
            )
            wh = "as what category of storm"
            return self._finish(f"{wh} {event}", answer, context, 0.8, wh=wh)
        if match.group("wind") and match.start("wind") <= mention.start < match.end("wind"):
            wh = f"with what {match.group('winds')}"
            return self._finish(f"{wh} {event}", mention, context, 0.6, wh=wh)
        return None

    def _ask_venue(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`A and B hosted 20 leaders at a summit in the Red Sea resort of Sharm el-Sheikh` →
        `Where did A and B host 20 leaders at a summit?`: the place of a gathering, asked with
        the whole subject (a list of hosts is what names the summit)."""
        if mention.kind not in (*PLACES, Kind.NAME):
            return None
        gathering = _VENUE.search(text[: mention.start])
        if gathering is None or re.match(
            r"\s+(?!(?:on|in|at|of|to|for|from|with|by|and|or|as)\b)[a-z]", text[mention.end :]
        ):
            return None  # "the Red Sea resort of …": a modifier, not the venue
        tokens = tokenize(text)
        verb_index = self._verb_index(tokens)
        if verb_index is None:
            return None
        verb = tokens[verb_index]
        word = verb.text.casefold()
        subject = text[: verb.start].strip()
        if (
            verb.end > gathering.start()
            or not (word.endswith("ed") or word in g.IRREGULAR)
            or word in g.AUXILIARIES
            or not subject
            or word_count(subject) > 16
            or "," in subject
        ):
            return None
        predicate = text[verb.end : gathering.end("noun")]
        body = f"where did {_lower_head(subject)} {g.base_form(word)}{predicate}"
        return self._finish(tidy(body), mention, context, 0.6, wh="where")

    def _person_noun(self, words: str) -> bool:
        """`diplomat`, `defending champion`, `newcomer`: lower-case nouns naming a person's
        role, not a verb, preposition or determiner."""
        parts = words.split()
        if any(
            g.is_verb_form(w) or w in g.STOP_START or w in _PREPOSITIONS or w in g.PARTICLES
            for w in parts
        ):
            return False
        last = parts[-1]
        return last in self.titles or last in _ROLE_MODIFIERS or bool(_PERSON_NOUN.search(last))

    def _inner_clause(self, segment: str, position: int) -> tuple[int, int]:
        """The bounds of the coordinated clause holding `position`: `A backed a cut, four voted
        to hold and member B argued for more` is three clauses, each with its own subject and
        verb. A boundary is `,`/`and` before a short subject and a past verb, once a verb came
        before it (so `A and B hosted …` stays one subject)."""
        start, end = 0, len(segment)
        for match in _CLAUSE_JOIN.finditer(segment):
            following = segment[match.end() :].split()[:9]
            k = next(
                (i for i, w in enumerate(following[:6]) if i and g.is_verb_form(w.rstrip(",.;"))),
                0,
            )
            subject = following[:k]
            if not subject or any(w.endswith((",", ";")) for w in subject):
                continue
            first = subject[0].casefold()
            subordinate = match.group(0).strip(" ,").casefold() in _SUBORDINATORS
            if subordinate and match.end() > position:
                continue  # the main clause keeps its subordinate clause: it says which one
            opening = first in _SUBJECT_OPENERS if subordinate else False
            if any(w.casefold() in g.AUXILIARIES for w in following[k + 1 : k + 4]):
                continue  # "hostages held in Gaza were freed": `held` is a participle
            if (
                following[k].islower() is False
                or (following[k].casefold() in g.AUXILIARIES and not subordinate)
                or any(
                    g.is_verb_form(w) or w.casefold() in g.AUXILIARIES | {"and", "or"}
                    for w in subject
                )
                or first.endswith("ly")
                or (
                    first in g.STOP_START | _PREPOSITIONS | {"to", "then", "not", "never"}
                    and not opening
                )
                or self._verb_index(tokenize(segment[start : match.start()])) is None
            ):
                continue
            if match.end() <= position:
                start = match.end()
            else:
                end = match.start()
                break
        return start, end

    def _ask_listed_subject(
        self, text: str, mention: Mention, context: Context
    ) -> Question | Literal[False] | None:
        """`U.S. President A and Egyptian President B hosted …` → `Which Egyptian president
        hosted … with A?`: one person of a subject list of named people, asked by the role
        written before the name. False refuses the mention (a group of the list is no answer);
        None leaves it to the other writers."""
        if mention.kind is not Kind.PERSON:
            return None
        segments = segment_bounds(text, _SEPARATORS)
        bounds = next(((a, b) for a, b in segments if a <= mention.start < b), None)
        if bounds is None:
            return None
        seg_start, seg_end = bounds
        segment = text[seg_start:seg_end]
        conjunction = _LEADING_CONJUNCTION.match(segment)
        if conjunction:
            seg_start += conjunction.end()
            segment = segment[conjunction.end() :]
        tokens = tokenize(segment)
        verb_index = self._verb_index(tokens)
        if verb_index is None:
            return None
        verb = tokens[verb_index]
        subject = segment[: verb.start]
        names = [
            m for m in self._coordinate(segment, self._names_of(segment)) if m.end <= verb.start
        ]
        people = [n for n in names if n.kind is Kind.PERSON or n.parts]
        if len(people) < 2 and not any(n.parts for n in people):
            return None
        rest = subject
        for name in sorted(names, key=lambda n: -n.start):
            first = name.cue_start if name.cue_start >= 0 else name.start
            rest = rest[:first] + rest[name.end :]
        rest = re.sub(r"\b[A-Z][\w-]*['’]s\s+[A-Z][\w-]*\b", "", rest)  # "Qatar's Emir"
        rest = re.sub(r"['’]s\b", "", rest)
        if not re.fullmatch(r"[\s,.]*(?:(?:and|,)[\s,.]*)*", rest):
            return None  # the subject holds more than a list of people
        own = next((n for n in names if n.start <= mention.start - seg_start < n.end), None)
        if own is None:
            return None
        if own.parts or mention.plural:
            return False  # "Lombardelli, Greene and Mann": part of the list, not an answer
        others = [n for n in people if n is not own]
        role = own.cue
        ahead = [
            n
            for n in names
            if n.kind not in (Kind.PERSON, Kind.NAME)
            and own.cue_start >= 0
            and re.fullmatch(r"\.?\s*", segment[n.end : own.cue_start])
        ]
        if role and ahead:
            role = segment[ahead[0].start : own.cue_start].strip() + " " + role  # "U.S. President"
        role_words = self.titles | _ROLE_MODIFIERS
        if (
            not role
            or re.search(r"['’]s\b", role)
            or not all(
                w.casefold() in role_words
                or w.casefold() in self.demonyms
                or re.fullmatch(r"[A-Z][a-z]+(?:ish|an|ese|ch|i)", w)
                or w.isupper()
                or "." in w
                for w in role.split()
            )
        ):
            wh = "who"
        else:
            wh = "which " + " ".join(
                w.casefold()
                if w.casefold() in role_words and w.casefold() not in self.demonyms
                else w
                for w in role.split()
            )
        predicate = cut(
            segment[verb.start :],
            [
                (a - seg_start - verb.start, b - seg_start - verb.start)
                for a, b in drop_parentheses(text)
                if a >= seg_start + verb.start
            ],
        )
        body = f"{wh} {_trim_tail(tidy(predicate))}"
        if len(others) == 1 and not others[0].parts:
            body += f" with {others[0].base}"
        elif wh == "who":
            return False  # "Who signed …?" of four signatories: no single answer
        return self._finish(tidy(body), mention, context, 0.4, wh=wh)

    def _finish(
        self, body: str, mention: Mention, context: Context, bonus: float, wh: str = ""
    ) -> Question | None:
        body, penalty = self._resolve_pronouns(body, context, keep_first=True, answer=mention.base)
        if penalty <= -99.0:
            return None
        bonus += penalty
        if mention.kind is not Kind.SCORE:
            body = _SET_SCORES.sub("", body)  # `beat X 4-6, 6-7, 6-4 in the final`: detail
        if word_count(body) < 3 or self._gives_away(body, wh or body.split(" ")[0], mention):
            return None
        if word_count(body) > 28:
            bonus -= 1.0
        year = context.as_of.year if context.as_of else None
        if year is not None:
            body = re.sub(r"\bthis year's\b", f"the {year}", body)
            body = re.sub(r"\bfor this year\b", f"for {year}", body)
            body = re.sub(
                r"\s*\b(?:this year|on \w+day(?:\s+(?:morning|afternoon|evening|night))?)\b",
                "" if str(year) in body else f" in {year}",
                body,
                count=1,
            )  # "won the 2025 Nobel Prize … on Thursday": the year is there already
        body = re.sub(r"""\.(["”])\s*$""", r"\1", body.rstrip())  # `"… carefully."?`
        lowered = body.casefold()
        words = re.findall(r"[a-z]+", lowered)
        labelled = with_event(
            capitalise(tidy(body)) + "?",
            context.event,
            set(words) | {g.base_form(w) for w in words} | {w.rstrip("s") for w in words},
            {w.casefold() for w in re.findall(r"[^\W_]+", mention.base) if len(w) > 2},
            self.code,
        )
        if labelled is not None and year is not None:
            labelled = re.sub(rf"\s+in {year}\b", "", labelled)
        if labelled is not None:
            bonus += _outcome_bonus(lowered)
            return Question(labelled, _relation(mention), bonus, answer=mention)
        if (
            year is not None
            and not _YEAR.search(body)
            and mention.kind not in (Kind.DATE, Kind.YEAR)
            and not any(p in lowered for p in g.PAST_TIME)
        ):
            body += f" in {year}"
        bonus += _outcome_bonus(lowered)
        return Question(capitalise(tidy(body)) + "?", _relation(mention), bonus, answer=mention)

    def _ask_gapped(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`In a public vote, "A" came first with 8,400 votes and "B" second with 6,100` →
        `What came second in a public vote?` (and `… first …` for A)."""
        if mention.kind not in NAMES or mention.kind in PLACES or not _GAPPED_CUE.search(text):
            return None  # the cue first: _GAPPED's lazy lead scans from every position
        match = _GAPPED.search(text)
        if match is None:
            return None
        if match.start(4) <= mention.start < match.end(4):
            place = match.group(5)
        elif match.start(1) <= mention.start < match.end(1):
            place = match.group(3)
        else:
            return None
        front = re.sub(r",\s+(?:which|who)\b[^,]*", "", text[: match.start(1)])
        front = front.split(",")[0].strip(" ,:")  # the setting, without relative clauses
        if not re.match(r"(?:In|At|On|Among)\s", front) or word_count(front) > 10:
            front = ""
        wh = "who" if mention.kind is Kind.PERSON else "what"
        body = f"{wh} {match.group(2)} {place} {_lower_head(front)}".strip()
        return self._finish(body, mention, context, 0.6, wh=wh)

    def _ask_standing(self, text: str, mention: Mention, context: Context) -> Question | None:
        """Results written without a verb of their own: `…, with Florian Lipowitz third` →
        `Who finished third?`; `won the race comfortably, 4 minutes and 24 seconds clear of X` →
        `By what margin did <the protagonist> win the race?`.

        Both only read well under an event label, which says what the standings are of.
        """
        if context.event is None:
            return None
        if mention.kind is Kind.PERSON:
            place = _PLACING.match(text, mention.end)
            before = text[: mention.start].rstrip()
            if place and (before.endswith((" with", " and", ",")) or not before):
                body = f"who finished {place.group(1).casefold()}"
                return self._finish(body, mention, context, 0.6, wh="who")
            return None
        share = _SHARE_TAIL.search(text[: mention.start])
        if mention.kind is Kind.PERCENT and share and _VOTE.match(text, mention.end):
            winner = re.match(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+)\s+(?:has\s+)?won\b", text)
            if winner is None:
                return None
            tail = _VOTE.match(text, mention.end)
            rest = text[tail.end() :].strip(" .") if tail else ""
            rest = rest if re.fullmatch(r"in (?:the )?[\w' -]+", rest) and len(rest) < 40 else ""
            body = f"what share of the vote did {winner.group(1)} win {rest}".strip()
            return self._finish(body, mention, context, 0.8, wh="what share of the vote")
        if mention.kind is not Kind.MEASURE or not _MARGIN.match(text, mention.end):
            return None
        won = _WON_BEFORE.search(text[: mention.start])
        if won is None or not context.people:
            return None
        subject = text[: won.start()].strip()
        protagonist = max(reversed(context.people), key=lambda p: context.key_counts.get(p.key, 0))
        last = protagonist.base.split()[-1]
        if last not in subject and not re.match(r"(?:The|He|She)\b", subject):
            return None  # someone other than the article's main actor won
        body = f"by what margin did {protagonist.base} win {won.group(1)}"
        return self._finish(body, mention, context, 0.8, wh="by what margin")

    def _ask_ordinal_role(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`made her Japan's 104th prime minister` → `Which prime minister of Japan, by number,
        did <her> become?`; `X became the 11th member` → `Which member, by number, did X
        become?`."""
        if mention.kind is not Kind.ORDINAL:
            return None
        before = text[: mention.start]
        role = re.match(
            r"\s+((?:[a-z]+\s+){0,2}?[a-z]+)(?=\s+(?:and|in|to|of|since|after|on|at|for|with|"
            r"from|by)\b|\s*[,.;]|\s*$)",
            text[mention.end :],
        )
        if role is None or g.is_verb_form(role.group(1).split()[-1]):
            return None
        owner = r"(?:([A-Z][\w-]*)['’]s\s+|the\s+)"
        made = re.search(rf"\bmade\s+(her|him|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)\s+{owner}$", before)
        became = re.search(rf"^((?:[A-Z][\w-]*\s?){{1,3}})\s+became\s+{owner}$", before)
        if made is not None:
            subject = {"her": "she", "him": "he"}.get(made.group(1), made.group(1))
            country = made.group(2)
        elif became is not None:
            subject, country = became.group(1).strip(), became.group(2)
        else:
            return None
        of = f" of {country}" if country else ""
        wh = f"which {role.group(1)}{of}, by number,"
        return self._finish(f"{wh} did {subject} become", mention, context, 0.3, wh=wh)

    def _ask_measure_phrase(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`the quake was shallow, striking at a depth of 19.3 kilometers` → `At what depth did
        the quake strike?`: a measure in a prepositional phrase after a participle or a past
        verb is asked with that verb and the clause's subject."""
        if mention.cue_start < 0 or not mention.cue:
            return None
        cue = re.match(
            r"(at|to|with)\s+(?:a|an|the)\s+(depth|height|altitude|distance|speed)\s+of\b",
            mention.cue,
            re.IGNORECASE,
        )
        if cue is None:
            return None
        before = _ATTRIBUTION.sub(" ", text[: mention.cue_start]).strip()
        tail = re.search(r",\s+([a-z]+ing)\s*$", before)
        if tail is not None:
            verb = _ing_base(tail.group(1))
            clause = before[: tail.start()]
        else:
            past = re.search(r"\s([a-z]+ed|struck|hit|rose|fell|flew|sank)\s*$", before)
            if past is None:
                return None
            verb = g.base_form(past.group(1))
            clause = before[: past.start()]
        clause = re.split(r";\s+|,\s+(?:and|but|while)\s+", clause)[-1]
        tokens = tokenize(clause)
        index = self._verb_index(tokens)
        subject_text = clause[: tokens[index].start] if index is not None else clause
        subject = _split_fronted(subject_text)[1].strip(" ,")
        if (
            not subject
            or word_count(subject) > 6
            or re.search(r"\b(?:that|which|who|and|it|they|its|their)\b", subject, re.IGNORECASE)
        ):
            return None
        wh = f"{cue.group(1).casefold()} what {cue.group(2).casefold()}"
        body = f"{wh} did {_lower_head(subject)} {verb}"
        return self._finish(body, mention, context, 0.3, wh=wh)

    def _ask_bearing(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`its epicenter lay about 119 kilometers southeast of Petropavlovsk` → `The epicenter
        lay about 119 kilometers southeast of which city?`: the place a distance is measured
        from."""
        if mention.kind not in PLACES and mention.kind is not Kind.NAME:
            return None
        distance = re.search(
            r"(?:^|[,;]\s+|\band\s+)((?:the|its|their|[A-Z]\w*['’]s)\s+[a-z]+(?:\s+[a-z]+)?)\s+"
            r"(lay|was|were|lies|is|struck|hit)\s+((?:about\s+|roughly\s+|some\s+|around\s+)?"
            r"[\d.,]+\s+(?:kilometers|kilometres|km|miles)\s+"
            r"(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of)\s+$",
            text[: mention.start],
        )
        if distance is None:
            return None
        subject = re.sub(r"^(?:its|their|[A-Z]\w*['’]s)\s", "the ", distance.group(1))
        which = {Kind.COUNTRY: "which country", Kind.CITY: "which city"}.get(
            mention.kind, "which place"
        )
        body = f"{subject} {distance.group(2)} {distance.group(3)} {which}"
        return self._finish(body, mention, context, 0.3, wh=which)

    def _ask_possessive(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`Japan's parliament chose X` → `Which country's parliament chose X?`."""
        if mention.start != 0 or mention.kind is not Kind.COUNTRY:
            return None
        rest = re.sub(r"^['’]s?\s*", "", text[mention.end :])
        body = "which country's " + _trim_tail(tidy(rest))
        return self._finish(body, mention, context, 0.0)

    def _ask_quote(self, text: str, mention: Mention) -> str | None:
        """`"…," Name, the governor of X, said` → `Who said "…"?`."""
        if mention.kind is not Kind.PERSON:
            return None
        match = re.match(r"\s*[\"“]([^\"”]{8,120}?)[,.]?[\"”],?\s*", text)
        if (
            not match
            or abs(match.end() - (mention.cue_start if mention.cue_start >= 0 else mention.start))
            > 2
        ):
            return None
        after = text[mention.end :]
        verb = re.match(
            r"(?:,[^,]{0,60},)?\s*(said|told|added|warned|wrote|insisted|declared)\b", after
        )
        if not verb:
            return None
        return f'who {verb.group(1)} "{match.group(1).strip()}"'

    def _ask_inside_subject(
        self,
        segment: str,
        mention: Mention,
        a_start: int,
        a_end: int,
        verb: Token,
        tokens: list[Token],
        context: Context,
    ) -> Question | None:
        """A number inside the subject: "A powerful 8.8-magnitude earthquake struck …"."""
        place = mention.kind in PLACES and mention.prep == "in"
        if (mention.key.startswith("thing:") and mention.prep) or place:
            return self._ask_thing_in_subject(segment, mention, a_start, a_end, verb, context)
        head = re.match(r"[\s-]*((?:[a-z-]+\s){0,2}?[a-z-]+)\s*$", segment[a_end : verb.start])
        rest = _trim_tail(tidy(segment[verb.start :]))
        if head is None:
            return None
        noun = head.group(1).strip()
        if mention.kind is Kind.MAGNITUDE:
            body = f"what was the magnitude of the {noun} that {rest}"
        elif mention.kind is Kind.COUNT and mention.noun:
            body = f"how many {mention.noun} {rest}"
        else:
            return None
        return self._finish(body, mention, context, 0.3)

    def _ask_thing_in_subject(
        self,
        segment: str,
        mention: Mention,
        a_start: int,
        a_end: int,
        verb: Token,
        context: Context,
    ) -> Question | None:
        """`A panel at the Karolinska Institute in Stockholm announced the prize` → `At which
        institute did a panel announce the prize?`: the phrase leaves the subject, and a place
        right after it (`in Stockholm`) goes with it."""
        between = segment[a_end : verb.start]
        thing = mention.key.startswith("thing:")
        place = r"\s*(?:,?\s*in\s+[A-Z][\w'’-]+(?:,\s*[A-Z][\w'’-]+)?,?)?\s*" if thing else r"\s*"
        if not re.fullmatch(place, between):
            return None
        subject = tidy(segment[:a_start])
        shape = r"[a-z-]+(?:\s+[a-z-]+)?" if thing else r"[a-z-]+(?:\s+[\w'’-]+){0,6}"
        if not re.fullmatch(rf"(?:[Aa]n?|[Tt]he)\s+{shape}", subject):
            return None
        rest = _trim_tail(tidy(segment[verb.end :]))
        word = verb.text.casefold()
        if word.endswith("ed") or word in g.IRREGULAR:
            do = "did"
        elif word.endswith("s") and word not in g.AUXILIARIES:
            do = "does"
        else:
            return None
        wh = f"{mention.prep} which {mention.noun}" if thing else "where"
        body = f"{wh} {do} {_lower_head(subject)} {g.base_form(word)} {rest}"
        return self._finish(tidy(body), mention, context, 0.5, wh=wh)

    def _ask_agent(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`The award was announced in Stockholm by Mats Malm, the academy's permanent
        secretary.` → `Who announced the award in Stockholm?`: the agent of a passive clause
        is asked in the active voice, with the passive subject as its object."""
        if mention.kind not in (Kind.PERSON, Kind.ORG) or mention.prep != "by":
            return None
        dateline = re.match(r"[A-Z][A-Z .,'’-]{2,40}\s+[—–-]\s+", text)
        start = dateline.end() if dateline else 0
        passive = _PASSIVE.match(text, start)
        if passive is None or passive.end() > mention.start:
            return None
        between = re.fullmatch(
            r"\s+(?P<where>(?:in|at|on)\s+[^,]{1,40}?\s+)?by\s+(?:[\w'’-]+\s+){0,3}",
            text[passive.end() : mention.start],
        )
        if between is None:
            return None
        if re.match(r"\s+(?:and|&)\s+(?:the\s+)?[A-Z]", text[mention.end :]):
            return None  # `signed by the Commission and Japan`: one of two agents
        subject = passive.group("subject")
        if re.match(r"(?:it|they|he|she|this|these|that)\b", subject, re.I):
            return None  # the passive subject is a pronoun: what was announced?
        participle = passive.group("participle")
        past = _PARTICIPLE_PAST.get(participle, participle if participle.endswith("ed") else "")
        if not past:
            return None
        where = (between.group("where") or "").strip()
        if subject.startswith(("The ", "A ", "An ")):
            subject = subject[0].lower() + subject[1:]
        body = tidy(f"who {past} {subject} {where}")
        return self._finish(body, mention, context, 0.6, wh="who")

    def _ask_infinitive_win(self, text: str, mention: Mention, context: Context) -> Question | None:
        """`X came back from a set down to beat world number one Y 4-6, 7-5 in the final` →
        `Whom did X beat in the final?`: the infinitive, not `came back`, takes the answer."""
        if mention.kind not in (Kind.PERSON, Kind.ORG, Kind.NAME):
            return None
        infinitive = re.search(
            r"\bto\s+(beat|defeat|overcome|edge|oust|unseat)\s+(?:[a-z][\w'’-]*\s+){0,4}$",
            text[: mention.start],
        )
        subject = re.match(r"((?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)\s+([a-z]+)\b", text)
        if infinitive is None or subject is None or not g.is_verb_form(subject.group(2)):
            return None
        if "," in text[subject.end() : infinitive.start()]:
            return None  # the infinitive belongs to a later clause
        after = _SET_SCORES.sub("", text[mention.end :].rstrip("."))
        after = re.sub(r"^\s*\d{1,2}-\d{1,2}(?:\(\d+(?:-\d+)?\))?", "", after)
        rest = after.split(",", 1)[0]
        body = f"whom did {subject.group(1)} {infinitive.group(1)} {rest.strip()}"
        return self._finish(tidy(body), mention, context, 0.6, wh="whom")

    def _ask_participle_clause(
        self, text: str, mention: Mention, context: Context
    ) -> Question | None:
        """`X was admitted to ASEAN, becoming the bloc's 11th member at the 47th ASEAN Summit in
        Kuala Lumpur, Malaysia` → `Where did X become the bloc's 11th member at the 47th ASEAN
        Summit?` and `At which ASEAN Summit did X become …?` (answer `47th ASEAN Summit`): the
        participle is the subject's verb; the main clause has a name for its subject."""
        participle = None
        for match in re.finditer(r"(?:,|\bby)\s+([a-z]+ing)\s", text[: mention.start]):
            participle = match
        if participle is None or "," in text[participle.end() : mention.start]:
            return None
        dateline = re.match(r"[A-Z][A-Z .,'’-]{2,40}\s+[—–-]\s+", text)
        opening = re.compile(r"(?:On|In|At|Late|Early)\s+[A-Z]?[\w'’ -]{0,30}?,\s+").match(
            text, dateline.end() if dateline else 0
        )  # `On Saturday, Iga Swiatek of Poland won …`
        subject = re.compile(
            r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+)?"
            r"\s+([a-z]+)\b"
        ).match(text, opening.end() if opening else dateline.end() if dateline else 0)
        if subject is None or subject.end() > participle.start():
            return None
        if not (g.is_verb_form(subject.group(2)) or subject.group(2) == "will"):
            return None  # `Lee took …`, `X was admitted …`: the main clause's finite verb
        word = participle.group(1)
        verb = _ING_IRREGULAR.get(word, _ing_base(word))
        end = text.find(",", mention.end)
        end = len(text.rstrip(".")) if end < 0 else end
        a_start, a_end = mention.cue_start if mention.cue_start >= 0 else mention.start, mention.end
        answer = mention
        if mention.kind is Kind.ORDINAL:
            named = re.match(r"\s+((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)", text[mention.end :])
            the = re.search(r"\b(at|in|of|to)\s+the\s+$", text[: mention.start])
            if named is None or the is None:
                return None
            a_start, a_end = the.start(), mention.end + named.end()
            base = text[mention.start : a_end]
            answer = replace(mention, base=base, key="n:" + base.casefold(), accept=(mention.base,))
            wh = f"{the.group(1)} which {named.group(1)}"
        elif mention.kind in PLACES and mention.prep in ("in", "at"):
            wh = "where"
        elif word in _BEATING and mention.kind in (Kind.PERSON, Kind.ORG, Kind.NAME):
            role = text[participle.end() : mention.start].strip()
            if role and not re.fullmatch(r"(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*", role):
                return None
            a_start = participle.end()
            # "…, beating Lindholm United 3-1", "…, beating two-time champion Carlos Alcaraz"
            wh = f"which {role}" if role else "whom"
            origin = re.match(r"\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*\s*)+", text[mention.end :])
            a_end = mention.end + (origin.end() if origin else 0)
        elif word in _BEATING and mention.kind is Kind.SCORE:
            wh = "by what score"
        elif word in _SUCCEEDING and mention.kind is Kind.PERSON:
            if text[participle.end() : mention.start].strip():
                return None
            wh = "whom"  # "…, succeeding Philemon Yang": whom the subject took over from
            origin = re.match(r"\s+of\s+[A-Z][\w-]*", text[mention.end :])
            a_end = mention.end + (origin.end() if origin else 0)
        else:
            return None
        rest = tidy(text[participle.end() : a_start] + " " + text[a_end:end])
        if word in _BEATING:  # the score and the venue are facts of their own
            rest = re.sub(r"^\d+-\d+(?:,\s*\d+-\d+)*\s*", "", rest.strip())
            rest = re.sub(r"\s+(?:at|in|on)\s+(?:the\s+)?[A-Z].*$", "", rest)
            rest = re.sub(r"\s+to\s+(?:become|win|claim|seal|take)\b.*$", "", rest)
        bloc = re.search(r"\bthe\s+(?:bloc|alliance|organi[sz]ation|union)(?=['’]s\b|\b)", rest)
        if bloc:
            # `the bloc's 11th member`: the organisation the main clause named
            orgs = [m for m in self.find_mentions(text[: participle.start()]) if m.kind is Kind.ORG]
            if not orgs:
                return None
            rest = rest[: bloc.start()] + orgs[-1].base + rest[bloc.end() :]
        auxiliary = "will" if subject.group(2) == "will" else "did"
        body = f"{wh} {auxiliary} {subject.group(1)} {verb} {rest}"
        return self._finish(tidy(body), answer, context, 0.6, wh=wh)

    def _ask_source(
        self, text: str, span: tuple[int, int], mention: Mention, context: Context
    ) -> Question | None:
        """`According to Finance Minister X, the budget for <event> will rise …` → `Which
        finance minister said that the budget for <event> will rise …?`, only when the reported
        clause names the article's event: other sources are background."""
        event = context.event
        if mention.kind is not Kind.PERSON or not mention.cue or event is None:
            return None
        if not text[span[0] : span[1]].strip(" ,").casefold().startswith("according to"):
            return None
        clause = tidy(text[: span[0]] + " " + text[span[1] :]).strip(" ,.")
        words = {w.casefold() for w in re.findall(r"[A-Za-z]+", clause)}
        if not words & event.keys or word_count(clause) < 4:
            return None
        role = mention.cue.casefold()
        body = f"which {role} said that {_lower_head(clause)}"
        return self._finish(body, mention, context, 0.4)

    def _verb_before(self, tokens: list[Token], position: int, first: int) -> int | None:
        """A second verb coordinated with the first ("passed 11-1 and sets …") that governs
        the answer."""
        found = None
        for i in range(first + 1, len(tokens)):
            if tokens[i].start >= position:
                break
            if tokens[i - 1].text.casefold() != "and":
                continue
            word = tokens[i].text
            following = tokens[i + 1].text.casefold() if i + 1 < len(tokens) else ""
            present = (
                word.islower()
                and word.endswith("s")
                and word not in g.NOT_VERBS
                and following in ("the", "a", "an", "his", "her", "its", "their")
            )
            if g.is_verb_form(word) or present:
                found = i
        return found

    def _verb_index(self, tokens: list[Token]) -> int | None:
        for i, token in enumerate(tokens):
            if not token.is_word or i == 0:
                continue
            word = token.text
            following = tokens[i + 1].text.casefold() if i + 1 < len(tokens) else ""
            if (
                word.islower()
                and word.endswith("s")
                and not word.endswith("ss")
                and word not in g.NOT_VERBS
                and (
                    following in ("the", "a", "an", "his", "her", "its", "their", "that", "to")
                    or following[:1].isdigit()
                    or following in self.number_words.numbers
                )
                and tokens[i - 1].is_word
                and tokens[i - 1].text.casefold() not in ("the", "a", "an", "of", "and")
            ):
                return i
            if not g.is_verb_form(word) or word[0].isupper():
                continue
            if following == "by" and word.endswith("ed"):
                continue  # "a dot plot published by the FOMC": a participle
            if (
                i >= 2
                and tokens[i - 2].text.casefold() in g.AUXILIARIES
                and tokens[i - 1].text.casefold().endswith("ly")
                | (
                    tokens[i - 1].text.casefold()
                    in ("now", "also", "still", "already", "never", "not", "just")
                )
                and word.casefold() not in g.AUXILIARIES
            ):
                return i - 2
            previous = tokens[i - 1].text.casefold()
            if previous in (
                "other",
                "newly",
                "the",
                "a",
                "an",
                "its",
                "his",
                "her",
                "their",
                "of",
                "and",
                "was",
                "were",
                "is",
                "are",
                "has",
                "have",
                "had",
                "been",
                "be",
            ):
                if previous not in ("was", "were", "is", "are", "has", "have", "had"):
                    continue
                return i - 1
            return i
        return None

    def _question_phrase(self, mention: Mention, *, subject: bool) -> str | None:
        kind, prep = mention.kind, mention.prep
        if prep == "between":
            return None  # "a truce between A and B": the pair belongs to the noun
        if (
            mention.cue
            and mention.cue_start >= 0
            and re.search(
                r"\b(depth|height|distance|speed|rate|range|cost|price|total|margin|population|sum|level)\b",
                mention.cue,
            )
        ):
            noun = re.search(
                r"\b(depth|height|distance|speed|rate|range|cost|price|total|margin|population|sum|level)\b",
                mention.cue,
            )
            lead = mention.cue.split()[0].casefold()
            lead = lead if lead in ("at", "to", "with", "of", "by") else ""
            return f"{lead} what {noun.group(1) if noun else 'value'}".strip()
        if mention.key.startswith("thing:"):
            return (
                f"which {mention.noun}" if subject or not prep else f"{prep} which {mention.noun}"
            )
        if kind is Kind.PERSON:
            return "who" if subject or not prep else f"{prep} whom"
        if kind in PLACES:
            if subject:
                return {Kind.COUNTRY: "which country", Kind.CITY: "which city"}.get(
                    kind, "which place"
                )
            if prep in ("in", "at", "near", "off", "on"):
                return "where"
            place = {Kind.COUNTRY: "country", Kind.CITY: "city"}.get(kind, "place")
            if prep in ("from", "to", "into", "toward", "towards", "across", "against", "with"):
                return f"{prep} which {place}"
            if not prep:
                return f"which {place}"  # "visited Japan", "placed the Kuril Islands under …"
            return None
        if kind is Kind.ORG:
            body = "chamber" if _CHAMBER.search(mention.base) else "organisation"  # "House of …"
            return f"which {body}" if subject or not prep else f"{prep} which {body}"
        if kind is Kind.WORK and mention.cue:
            return f"which {mention.cue}" if subject or not prep else f"{prep} which {mention.cue}"
        if kind in (Kind.WORK, Kind.NAME):
            if prep == "of":
                return None  # "the climbs of Montmartre": an attribute, not an answer
            if prep == "to" and kind is Kind.NAME:
                return None  # "send people to Mars": "To what …" asks for a destination badly
            return "what" if subject or not prep else f"{prep} what"
        if kind is Kind.COUNT:
            if mention.noun:
                return "how many " + re.sub(r"^of\s+(?!the\b)", "", mention.noun)
            return None  # "how many" of what? leave it to a cloze
        if kind is Kind.MEASURE:
            if prep == "with":
                return None
            unit = mention.base.split()[-1].casefold()
            if unit.rstrip("s") in ("minute", "second", "hour", "day", "week", "month", "year"):
                return "how long"
            return "how far"
        if kind in (Kind.PERCENT, Kind.MONEY):
            if prep == "to":
                return "to what level"  # "inflation slowed to 2.1%": a level, not an amount
            if prep == "from":
                return "from what level"
            return "by how much" if prep == "by" else "how much"
        if kind is Kind.MAGNITUDE:
            return "what magnitude"
        if kind is Kind.SCORE:
            return "by what margin"
        if kind is Kind.DATE:
            return "when"
        if kind is Kind.YEAR:
            return {"since": "since what year", "in": "in what year", "by": "by what year"}.get(
                prep, "when"
            )
        return None

    def _resolve_pronouns(
        self, body: str, context: Context, keep_first: bool, answer: str = ""
    ) -> tuple[str, float]:
        penalty = 0.0
        for word in re.findall(r"[A-Za-z]+", body):
            lowered = word.casefold()
            if lowered in ("he", "she") and re.match(
                rf"who\s+(?!{_NOT_SPEECH})[a-z]+\s+(?:that\s+)?{word}\b", body, re.IGNORECASE
            ):
                continue  # "Who said he would step down?": the pronoun is the answer's own
            antecedent = context.here or context.subject
            if lowered in ("he", "she") and antecedent is not None and antecedent.base == answer:
                continue  # "Who urged …, as he hosted …?": the answer's own `he`, kept
            if lowered in ("he", "she") and antecedent is not None:
                # only the subject of this sentence or the one before: the article's most
                # mentioned person is often not the one a `he` in a quote or a result means
                body = re.sub(rf"\b{word}\b", antecedent.base, body, count=1)
                continue
            if lowered in ("his", "her", "their") and re.match(r"who\s", body, re.IGNORECASE):
                continue  # "Who sealed his fourth title?": the possessive is the answer's
            if lowered in ("his", "her") and re.search(
                rf"\b(?:did|does|will|has|had)\s+[A-Z][\w-]+\s+[a-z]+\s+{word}\b", body
            ):
                continue  # "did Poilievre lose his seat": the subject's own
            if lowered == "their" and re.search(
                r"\b(?:did|do|will|have|had)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,3}[a-z][\w-]*s\s+[a-z]+\s+"
                r"their\b",
                body,
            ):
                continue  # "When will the winners receive their medals?": the subject's own
            if lowered in ("he", "she", "they", "him", "them", "his", "her", "their"):
                return body, -99.0  # an unresolved person: unreadable on its own
            if lowered == "its":
                penalty -= 0.5  # a possessive is usually clear from the rest of the question
            elif lowered in g.PRONOUNS:
                penalty -= 1.5
        return body, max(penalty, -3.0)

    def _gives_away(self, body: str, wh: str, mention: Mention) -> bool:
        lowered = body[len(wh) :].casefold()
        words = [w for w in re.findall(r"[A-Za-z]+", mention.base) if len(w) > 3]
        if mention.kind in NAMES and words:
            return any(re.search(rf"\b{re.escape(w.casefold())}\b", lowered) for w in words)
        digits = re.findall(r"\d+(?:[.,]\d+)?", mention.base)
        return any(d in lowered for d in digits if len(d) > 1)


_TITLE_WORDS = frozenset(
    {"That", "Is", "The", "Of", "In", "A", "An", "Our", "Their", "My", "Your", "We", "Was"}
)
_PRONOUN_WORDS = frozenset({"We", "I", "You", "They", "He", "She", "It", "This", "That"})

_ROLE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[A-Z][a-z]+\s+)?(?P<noun>(?:[a-z][a-z-]*\s+){0,2}[a-z][a-z-]*)\s+$"
)
"""`German diplomat `, `Liberal newcomer `, `two-time defending champion ` before a name."""
_PERSON_NOUN = re.compile(r"(?:er|or|ist|ian|ant|ent|at|ee|man|woman)$")
_DEMONYM = re.compile(r"[A-Z][a-z]+(?:ish|an|ese|ch|i)")
_NAMED_WITH_IN = frozenset({"prize", "award", "championship", "championships", "medal", "cup"})
_STORM = re.compile(
    r"(?P<subject>(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*|The\s+[a-z]+)\s+"
    r"(?P<verb>[a-z]+ed|struck|hit|made)\s+(?P<object>[^,]*?)"
    r"(?:\s+(?:on|late on|early on)\s+\w+day)?"
    r"\s+as\s+an?\s+(?P<category>Category\s+\d)\s+(?:storm|hurricane|typhoon|cyclone)"
    r"(?:\s+with\s+(?P<winds>(?:maximum\s+|peak\s+)?(?:sustained\s+)?winds)\s+of\s+"
    r"(?P<wind>(?:about\s+|up to\s+)?[\d,.]+\s*(?:mph|km/h|kph|knots)))?"
)
_NOT_SPEECH = r"(?:did|does|do|had|has|have|was|is|were|are|will|would|can|could)\b"
_CHAMBER = re.compile(
    r"\b(?:House|Commons|Senate|Parliament|Assembly|Congress|Chamber|Duma|Diet|Knesset|Bundestag|"
    r"Councilors|Councillors|Representatives|Lords)\b"
)
_VENUE = re.compile(
    r"\b(?:a|an|the)\s+(?P<noun>summit|conference|meeting|talks|ceremony|forum|festival|"
    r"gathering)\s+(?:in|at)\s+(?:the\s+)?(?:(?:[A-Z][\w-]*\s+){0,3}(?:[a-z]+\s+)?"
    r"(?:resort|city|town|port|village|capital)\s+of\s+)?$"
)
_CLAUSE_JOIN = re.compile(
    r",?\s+(?:before|after|when|because|although|though|until|once|since)\s+"
    r"|,\s+(?:and\s+)?|\s+and\s+"
)
_SUBORDINATORS = frozenset(
    {"before", "after", "when", "because", "although", "though", "until", "once", "since"}
)
"""`… office before he won the race on March 9`: the subordinate clause is a fact of its own."""
_SUBJECT_OPENERS = frozenset(
    {"he", "she", "they", "it", "we", "the", "a", "an", "his", "her", "its", "their"}
)
_ROLE_MODIFIERS = frozenset(
    {"chief", "deputy", "senior", "former", "acting", "vice", "executive", "assistant"}
    | {"external", "economist", "member", "lawmaker", "official", "envoy"}
)
_PREPOSITIONS = frozenset(
    {"beneath", "under", "in", "on", "at", "after", "before", "with", "without", "among", "from"}
)

_CALENDAR = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "oct", "nov", "dec", "jan", "feb", "sept", "aug",
}  # fmt: skip


_ORDINAL_PLACES = r"(first|second|third|fourth|fifth|sixth|last)"
_PLACING = re.compile(rf"\s+(?:came\s+|finished\s+|placed\s+)?{_ORDINAL_PLACES}\b(?!\s+[a-z])")
"""`X third,` / `X finished third.`: a placing, not `third time` (an ordinal with a noun)."""
_SHARE_TAIL = re.compile(r",\s+(?:taking|winning|securing|receiving|with)\s+$")
_VOTE = re.compile(r"\s+of the (?:vote|votes|ballots)\b")
"""`X won the election, taking 54.2% of the vote`: the winner's share, asked on its own."""
_MARGIN = re.compile(r"\s+(?:clear of|ahead of)\s")
_WON_BEFORE = re.compile(
    r"\b(?:won|wins)\s+((?:the|a|his|her|its|their)\s+[\w -]+?)(?:\s+[a-z]+ly)?,\s+$"
)
"""`won the race comfortably, ` just before a margin."""


_SUCCEEDING = frozenset({"succeeding", "replacing", "ousting", "unseating", "overtaking"})
_PASSIVE = re.compile(
    r"(?P<subject>(?:The|A|An|[A-Z][\w'’-]*)(?:\s+[\w'’-]+){0,5}?)\s+"
    r"(?:was|were|has been|have been|had been|will be|is|are)\s+"
    r"(?:(?:first|officially|formally|also)\s+)?(?P<participle>[a-z]+)\b"
)
"""`The award was announced`, `The bridge will be opened`: a passive main clause."""
_PARTICIPLE_PAST = {
    "won": "won", "held": "held", "chosen": "chose", "given": "gave", "taken": "took",
    "written": "wrote", "led": "led", "beaten": "beat", "made": "made", "shown": "showed",
    "drawn": "drew", "driven": "drove", "sold": "sold", "bought": "bought", "built": "built",
    "brought": "brought", "caught": "caught", "found": "found", "told": "told", "sent": "sent",
    "set": "set", "hit": "hit", "put": "put", "struck": "struck", "seen": "saw", "known": "knew",
    "thrown": "threw", "done": "did", "begun": "began", "signed": "signed", "sworn": "swore",
}  # fmt: skip
"""Irregular past participles and their simple past, for turning a passive into the active."""
_BEATING = frozenset({"beating", "defeating", "edging", "overcoming", "thrashing"})
_GAPPED = re.compile(
    r"([^,:;]+?)\s+(came|finished|placed)\s+(first|second|third)\s+with\s+[\d,.]+(?:\s+[a-z]+)?"
    r"\s+and\s+(.+?)\s+(second|third|fourth|last)\b"
)
"""`"A" came first with 8,400 votes and "B" second with 6,100`: the verb of the second is gapped."""
_GAPPED_CUE = re.compile(r"\b(?:came|finished|placed)\s+(?:first|second|third)\s+with\b")
_WORK_CLASS = re.compile(
    r"(?:\b(for|in|of|with|by|from|to|about)\s+)?\b(?:her|his|their|its|the|a)\s+"
    r"(?:(?:new|debut|latest|first|second|third|last)\s+)?"
    r"(novel|book|film|album|song|play|memoir|series|collection|poem|opera|documentary)\s+$"
)
"""`for her novel "The Salt Year"`: the class noun carries the question."""
_ING_IRREGULAR = {"becoming": "become", "making": "make", "taking": "take", "coming": "come"}


def _common_opening(tokens: list[Token]) -> bool:
    """The sentence's capitalised first word is a common noun, not a name: a dictionary word
    in its plural (`Policymakers are`) or before a lower-case noun (`Consumer price inflation`)."""
    if not tokens:
        return False
    word = tokens[0].text.casefold()
    morph = morphology_for("en")
    if (
        not word.isalpha()
        or tokens[0].text.isupper()
        or not morph.is_known(word)
        or _DEMONYM.fullmatch(tokens[0].text)
    ):
        return False
    plural = word.endswith("s") and word not in morph.lemmas(word)
    if len(tokens) == 1:
        return plural
    if not tokens[1].is_word or tokens[1].text[:1].isupper():
        return False
    following = tokens[1].text
    modifier = not g.is_verb_form(following) and not (
        following.endswith("s") and following not in g.NOT_VERBS
    )
    return plural or (modifier and following.casefold() not in g.STOP_START | _PREPOSITIONS)


def _ing_base(word: str) -> str:
    """`striking` → `strike`, `hitting` → `hit`, `reaching` → `reach`."""
    stem = word.casefold()[:-3]
    if stem in ("ly", "dy", "ty", "vy"):
        return stem[0] + "ie"
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz":
        return stem[:-1]
    if re.search(r"[^aeiou][aeiou][^aeiouwxy]$", stem) and not re.search(
        r"(?:en|er|on|el|it|et|om|ow)$", stem
    ):
        return stem + "e"
    return stem


_ASIDE = re.compile(r",\s+(?:\d{1,3}|(?:a|an|the)\s+[^,]{1,60}|[a-z]+ed\s+[^,]{1,60}),(?=\s)")
"""An age or an apposition between commas: `Le Pen, 56,`; `Dickson, a Brisbane seat he had
held since 2001,`; it leaves the question with its commas."""
_PLACE_CLASS_OF = re.compile(
    r"\b(in|at|near|from|to|into)\s+the\s+(?:[a-z-]+\s+){0,3}(city|town|port|village|"
    r"province|region|state|island|capital|district|county|municipality)\s+of\s+$",
    re.IGNORECASE,
)
_TOWNS = frozenset({"city", "town", "port", "village", "capital"})
_SET_SCORES = re.compile(
    r"\s+\d{1,2}-\d{1,2}(?:\(\d+(?:-\d+)?\))?(?:,\s*\d{1,2}-\d{1,2}(?:\(\d+(?:-\d+)?\))?)+"
)
"""A run of set or game scores inside a clause the question keeps."""
_OWN_PARTY = re.compile(r"^\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")
_OWN_PARTY_TAIL = re.compile(r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’ -]*)?[\s,]*")
"""`Park Ji-won of the Justice Party`: a person's party or country stays with the person."""
_SUBJECT_ADVERBIAL = re.compile(
    r"^\s+(?:(?:on|late|early)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"also|(?!only\b)[a-z]+ly|then|later|now|still|already|jointly|last\s+(?:week|month|year))"
    r"(?=\s*$)"
)
"""`Xi Jinping on Monday urged …`, `the judge also sentenced …`: an adverbial between a subject
and its verb leaves the name the subject."""


def _strip_appositive(text: str) -> str:
    """`, the governor of Kamchatka,` between a subject and its verb is dropped."""
    return re.sub(r"^\s*,[^,]*,\s*", " ", text) if text.strip().startswith(",") else text


def _split_fronted(text: str) -> tuple[str, str]:
    """`In the House, Takaichi` → (`In the House`, `Takaichi`): a fronted adverbial and the
    subject."""
    text = text.strip()
    if "," in text:
        front, _, subject = text.rpartition(",")
        return front.strip(), _strip_appositive(subject).strip()
    match = re.match(
        r"((?:On|In|At|After|Since|During|Last|This|Earlier)\s+\S+(?:\s+\d{4})?)\s+(.+)", text
    )
    if match and (
        match.group(2)[:1].isupper() or match.group(2).split()[0] in ("he", "she", "they", "it")
    ):
        return match.group(1), match.group(2)
    return "", text


def _is_subject_material(head: str) -> bool:
    return bool(re.fullmatch(r"(?:the|a|an)?\s*", head.casefold()))


def _lower_head(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.casefold() in g.STOP_START or first.casefold() in (
        "on",
        "in",
        "at",
        "after",
        "since",
        "during",
    ):
        return text[:1].lower() + text[1:]
    if _common_opening(tokenize(text)):
        return text[:1].lower() + text[1:]  # "Consumer price inflation" inside a question
    return text


def _antecedent(before: str, person: bool = False) -> str | None:
    """The noun phrase before `, which`/`, who`: back to its determiner or its name (for `who`,
    the name that ends the phrase: `a losing streak against Alcaraz, who …` is about Alcaraz)."""
    words = before.rstrip(" ,").split()
    if not words:
        return None
    if person and words[-1][:1].isupper() and len(words) > 1 and words[-2][:1].islower():
        return words[-1].strip(",")
    of_party = re.search(
        r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s*)+$",
        before.rstrip(" ,"),
    )
    if person and of_party:
        return of_party.group(1)  # `Park Ji-won of the Justice Party, who …` is about Park
    for size in range(1, min(len(words), 9) + 1):
        first = words[-size]
        if first.casefold() in ("the", "a", "an", "its", "his", "her", "their"):
            return " ".join(words[-size:]).strip(",")
    last = words[-1]
    if last[:1].isupper():
        taken = [last]
        for word in reversed(words[:-1]):
            if not word[:1].isupper():
                break
            taken.insert(0, word)
        return " ".join(taken).strip(",")
    return None


def _trim_tail(rest: str) -> str:
    """A participle or relative tail after a comma leaves the question ("…, generating …")."""
    for match in _TAIL.finditer(rest):
        if word_count(rest[: match.start()]) >= 3:
            return rest[: match.start()]
    comma = rest.find(", ")
    while comma >= 0:
        if word_count(rest[:comma]) >= 5:
            return rest[:comma]
        comma = rest.find(", ", comma + 1)
    return rest


def _outcome_bonus(lowered: str) -> float:
    lemmas = {g.base_form(w) for w in re.findall(r"[a-z]+", lowered)}
    return 0.8 if lemmas & g.OUTCOME_VERBS else 0.0


def _relation(mention: Mention) -> str:
    if mention.kind is Kind.PERSON:
        return "who"
    if mention.kind in PLACES:
        return "where"
    if mention.kind in (Kind.DATE, Kind.YEAR, Kind.CENTURY):
        return "when"
    if mention.kind in (
        Kind.COUNT,
        Kind.PERCENT,
        Kind.MONEY,
        Kind.MEASURE,
        Kind.MAGNITUDE,
        Kind.SCORE,
    ):
        return "how-many"
    if mention.kind is Kind.ORDINAL:
        return "which-number"
    return "which"


LANGUAGE = English()
