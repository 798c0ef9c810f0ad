"""English facts carried by a fixed phrase rather than by a name's place in its clause: the size
of a rate move (`cut its rate by a quarter point to 3.5%`, `approved a quarter-point cut`), a vote
tally (`voted 7-2 for`), a nickname (`known as "the Hawk"`, `dubbing him "Too Late"`) and a status
granted (`gave Timor-Leste observer status`).

The phrase decides the question (`By how much …?`, `By what vote …?`, `What nickname …?`), so
each finder writes the question body into the mention's `cue` (key prefix `phrase:`) and the
language only adds the event label. Subjects must be short and found in the same clause; when
they are not, no mention is made and the ordinary writer (or a cloze) takes over.
"""

from __future__ import annotations

import re

from newsquiz.generate.languages import grammar_en as g
from newsquiz.generate.mentions import Kind, Mention

PHRASE_KEY = "phrase:"

_AMOUNT = (
    r"(?:a\s+)?(?:quarter|half)[\s-]+(?:of\s+a\s+)?(?:percentage[\s-]+)?point"
    r"|half\s+a\s+(?:percentage\s+)?point"
    r"|\d+(?:\.\d+)?\s+(?:basis|percentage)\s+points?"
    r"|\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s+per\s?cent"
)
_LEVEL = r"\d+(?:\.\d+)?\s?%|\d+(?:\.\d+)?\s+per\s?cent"
_CHANGE_VERBS = r"cut|cuts|raised|raises|lowered|lowers|reduced|reduces|trimmed|hiked|increased"
_MOVE_BY = re.compile(
    rf"\b({_CHANGE_VERBS})\s+((?:its|their|the|his|her)\s+(?:[a-z-]+\s+){{0,3}}?[a-z-]+)"
    rf"\s+by\s+({_AMOUNT})(?:\s+to\s+({_LEVEL}))?"
)
"""`cut its main interest rate by a quarter point to 3.5%`."""
_SIZED_MOVE = re.compile(
    r"\b(approved|announced|delivered|made|agreed|argued for|called for|pushed for|backed|"
    r"favou?red|voted for|proposed|wanted)\s+"
    r"(an?\s+(quarter|half|full|\d+(?:\.\d+)?(?:-basis)?)[\s-](?:percentage[\s-])?point)[\s-]"
    r"(cut|reduction|increase|hike|rise|move)(\s+in\s+(?:interest\s+)?rates)?"
)
"""`approved a quarter-point cut in interest rates`, `had argued for a half-point cut`."""
_VOTE = re.compile(r"\b(voted|passed|was (?:approved|adopted|passed))\s+(\d{1,3})[-–](\d{1,3})\b")
_KNOWN_AS = re.compile(
    r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*),\s+(?:also\s+)?(?:known|nicknamed)"
    r"((?:\s+(?:to|in|among)\s+[^,\"“]{1,40}?)?)\s+(?:as\s+)?[\"“]([^\"”]{1,40})[\"”]"
)
_DUBBING = re.compile(
    r"\b(?:dubbing|dubbed|calling|nicknaming|nicknamed)\s+(him|her)\s+[\"“]([^\"”]{1,40})[\"”]"
)
_GRANTED = re.compile(
    r"\b(granted|gave|awarded|offered)\s+([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+"
    r"((?:[a-z-]+\s+){0,2}status)\b"
)
_GRANTED_PASSIVE = re.compile(
    r"\b((?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*)\s+(was|were|has been|had been)\s+"
    r"(granted|given|awarded|offered)\s+((?:[a-z-]+\s+){0,2}status)\b"
)
_LED_BY = re.compile(
    r"\b([Tt]he\s+(?:[a-z-]+\s+){0,3}[a-z]+),\s+(chaired|led|headed|directed|coached|founded)\s+"
    r"by\s+(?:(?:[a-z-]+|[A-Z][a-z]+(?:ish|an|ese|ch|i))\s+){0,2}"
    r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),"
)
"""`The jury, chaired by historian Robert Penn, chose …` → `Who chaired the jury?`."""
_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+[^,]+,")
_ADVERBIAL = re.compile(
    r"^(?:(?:On|In|By|At|Last|Earlier|Later)\s+(?:[A-Z]?[a-z]+|\d{4})(?:\s+\d{4})?,?\s+)"
)
_SAID_IT = re.compile(
    r"^(.+?)\s+(?:said|says|announced|confirmed)\s+(?:that\s+)?(?:it|they)(?:\s+(?:had|has|have))?$"
)
_AUX = ("had", "has", "have", "will", "would")
_PRONOUN_SUBJECTS = frozenset({"he", "she", "it", "they"})


def find_phrases(sentence: str) -> list[Mention]:
    found = _moves(sentence) + _votes(sentence) + _nicknames(sentence) + _statuses(sentence)
    found += [
        _mention(
            sentence,
            m.span(3),
            m.group(3),
            f"who {m.group(2)} {m.group(1).casefold()}",
            Kind.PERSON,
        )
        for m in _LED_BY.finditer(sentence)
    ]
    kept: list[Mention] = []
    for mention in sorted(found, key=lambda m: m.start):
        if not any(m.start < mention.end and mention.start < m.end for m in kept):
            kept.append(mention)
    return kept


def clause_subject(before: str) -> tuple[str, str] | None:
    """The subject and auxiliary of the clause that ends where a phrase's verb starts:
    `On Wednesday the Federal Reserve said it had ` → (`the Federal Reserve`, ``),
    `Miran, a Trump appointee, had ` → (`Miran`, `had`)."""
    text = _APPOSITION.sub("", before).strip()
    text = re.split(r"[;:]|,\s+(?:and|but|while|as)\s+|\s+[—–]\s+", text)[-1].strip()
    text = _ADVERBIAL.sub("", text)
    text = re.sub(r"\s+(?:also|again|now|then|[a-z]+ly)$", "", text)
    said = _SAID_IT.match(text)
    aux = ""
    if said:
        text = said.group(1)
    else:
        words = text.split()
        if words and words[-1].casefold() in _AUX:
            aux, text = words[-1].casefold(), " ".join(words[:-1])
    words = text.split()
    if not 1 <= len(words) <= 7 or "," in text or '"' in text:
        return None
    if words[0].casefold() not in _PRONOUN_SUBJECTS | {"the"} and not words[0][:1].isupper():
        return None
    if any(g.is_verb_form(w) and w.casefold() not in ("the",) for w in words[1:]):
        return None  # a clause, not a noun phrase
    return text, aux


def _lower_head(subject: str) -> str:
    first, _, rest = subject.partition(" ")
    if first in ("The", "A", "An") or first.casefold() in _PRONOUN_SUBJECTS:
        first = first.casefold()
    return f"{first} {rest}".strip()


def _asked(subject: str, aux: str, verb: str) -> str:
    """`did the bank cut`, `had Miran argued for`."""
    if aux:
        return f"{aux} {_lower_head(subject)} {verb}"
    head, _, particle = verb.partition(" ")
    base = g.base_form(head)
    helper = "does" if head.endswith("s") and not head.endswith(("ed", "ss")) else "did"
    return f"{helper} {_lower_head(subject)} {base} {particle}".strip()


def _mention(
    sentence: str,
    span: tuple[int, int],
    base: str,
    body: str,
    kind: Kind = Kind.NAME,
    accept: tuple[str, ...] = (),
) -> Mention:
    return Mention(
        kind=kind,
        start=span[0],
        end=span[1],
        surface=sentence[span[0] : span[1]],
        base=base,
        key=PHRASE_KEY + base.casefold(),
        accept=accept,
        plural=kind is Kind.NAME,
        cue=body,
    )


def _moves(sentence: str) -> list[Mention]:
    found = []
    for match in _MOVE_BY.finditer(sentence):
        who = clause_subject(sentence[: match.start()])
        if who is None:
            continue
        asked = f"{_asked(*who, match.group(1))} {match.group(2)}"
        amount = re.sub(r"[\s-]+", " ", match.group(3))
        kind = Kind.PERCENT if "%" in amount else Kind.NAME
        found.append(_mention(sentence, match.span(3), amount, f"by how much {asked}", kind))
        if match.group(4):
            level = f"to what level {asked}"
            found.append(_mention(sentence, match.span(4), match.group(4), level, Kind.PERCENT))
    for match in _SIZED_MOVE.finditer(sentence):
        who = clause_subject(sentence[: match.start()])
        if who is None:
            continue
        verb, size, noun, rates = match.group(1), match.group(2), match.group(4), match.group(5)
        size_text = re.sub(r"[\s-]+", " ", size)
        hyphened = f"{size} {noun}" if "-" in sentence[match.start(2) : match.end(4)] else ""
        if rates and verb in ("approved", "announced", "delivered", "made", "agreed"):
            act = "cut" if noun in ("cut", "reduction") else "raise"
            body = f"by how much {_asked(who[0], '', 'cut' if act == 'cut' else 'raised')}"
            body = f"{body} interest rates"
            accept = (hyphened.replace(" " + noun, ""), f"{size_text} {noun}")
            found.append(
                _mention(
                    sentence,
                    (match.start(2), match.end(4)),
                    size_text,
                    body,
                    accept=tuple(a for a in accept if a),
                )
            )
        else:
            base = f"{size_text.split(' ', 1)[0]} {size_text.split(' ', 1)[1]}"
            body = f"what size of {noun} {_asked(*who, verb)}"
            answer = f"{base.replace(' point', '-point')} {noun}"
            found.append(
                _mention(
                    sentence,
                    (match.start(2), match.end(4)),
                    answer,
                    body,
                    accept=(f"{size_text} {noun}", size_text),
                )
            )
    return found


def _votes(sentence: str) -> list[Mention]:
    found = []
    for match in _VOTE.finditer(sentence):
        who = clause_subject(sentence[: match.start()])
        if who is None:
            continue
        tail = re.match(
            r"\s+((?:for|against|to|on)\s+[^,;.]{1,40}?)(?=[,;.]|\s+and\s|$)",
            sentence[match.end() :],
        )
        verb = match.group(1)
        if verb.startswith("was "):
            asked = f"was {_lower_head(who[0])} {verb.split()[1]}"
        else:
            asked = _asked(*who, verb)
        body = f"by what vote {asked}" + (f" {tail.group(1)}" if tail else "")
        tally = f"{match.group(2)}-{match.group(3)}"
        found.append(
            _mention(sentence, match.span(2)[:1] + match.span(3)[1:], tally, body, Kind.SCORE)
        )
    return found


def _nicknames(sentence: str) -> list[Mention]:
    found = []
    for match in _KNOWN_AS.finditer(sentence):
        where = match.group(2).strip()
        body = f"what nickname is {match.group(1)} known by" + (f" {where}" if where else "")
        found.append(_mention(sentence, match.span(3), match.group(3), body, Kind.WORK))
    for match in _DUBBING.finditer(sentence):
        names = re.findall(
            r"([A-Z][a-z]+(?:\s+[A-Z][a-z]+)+?)(?=['’]s\b|\s*[,.]|\s+[a-z])",
            sentence[: match.start()],
        )
        who = clause_subject(
            re.split(
                r"\s+(?:has|had|have)?\s*(?:[a-z]+ly\s+)?[a-z]+ed\b",
                sentence[: match.start()],
                maxsplit=1,
            )[0]
        )
        if not names or who is None:
            continue
        person = " ".join(names[-1].split()[-2:])
        body = f"what nickname {_asked(who[0], '', 'gave')} {person}"
        found.append(_mention(sentence, match.span(2), match.group(2), body, Kind.WORK))
    return found


def _statuses(sentence: str) -> list[Mention]:
    found = []
    for match in _GRANTED.finditer(sentence):
        who = clause_subject(sentence[: match.start()])
        if who is None:
            continue
        body = f"what status {_asked(*who, match.group(1))} {match.group(2)}"
        year = re.match(r"(?:In|By)\s+((?:19|20)\d\d)\b", sentence)
        body += f" in {year.group(1)}" if year else ""
        found.append(_mention(sentence, match.span(3), match.group(3), body))
    for match in _GRANTED_PASSIVE.finditer(sentence):
        body = f"what status {match.group(2)} {match.group(1)} {match.group(3)}"
        found.append(_mention(sentence, match.span(4), match.group(4), body))
    return found
