"""English word lists for the question writer: verbs and their base forms, function words.

English has no morphology dictionary here, so verbs are recognised from a list of irregular and
common news verbs plus the regular `-ed`/`-s` endings, and put back into the base form with the
usual spelling rules (`approved` → `approve`, `admitted` → `admit`).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from newsquiz.core.morphology import morphology_for

IRREGULAR: Final = {
    "won": "win", "held": "hold", "got": "get", "came": "come", "made": "make", "took": "take",
    "gave": "give", "said": "say", "struck": "strike", "led": "lead", "met": "meet",
    "became": "become", "began": "begin", "brought": "bring", "built": "build", "bought": "buy",
    "chose": "choose", "cut": "cut", "drew": "draw", "drove": "drive", "fell": "fall",
    "felt": "feel", "fought": "fight", "found": "find", "flew": "fly", "forgot": "forget",
    "froze": "freeze", "grew": "grow", "had": "have", "heard": "hear", "hit": "hit",
    "hurt": "hurt", "kept": "keep", "knew": "know", "laid": "lay", "left": "leave", "lent": "lend",
    "let": "let", "lost": "lose", "meant": "mean", "paid": "pay", "put": "put", "quit": "quit",
    "ran": "run", "rose": "rise", "saw": "see", "sold": "sell", "sent": "send", "set": "set",
    "shot": "shoot", "shut": "shut", "sang": "sing", "sat": "sit", "slept": "sleep",
    "spoke": "speak", "spent": "spend", "stood": "stand", "stole": "steal", "swept": "sweep",
    "taught": "teach", "told": "tell", "thought": "think", "threw": "throw", "understood":
    "understand", "woke": "wake", "wore": "wear", "wrote": "write", "sought": "seek",
    "beat": "beat", "bore": "bear", "broke": "break", "dealt": "deal", "hung": "hang",
    "overtook": "overtake", "withdrew": "withdraw", "upheld": "uphold", "rode": "ride",
    "shook": "shake", "sank": "sink", "spread": "spread", "split": "split", "stuck": "stick",
    "swore": "swear", "undertook": "undertake", "went": "go", "did": "do", "wound": "wind",
    "gone": "go", "done": "do", "been": "be", "seen": "see", "given": "give", "taken": "take",
    "chosen": "choose", "written": "write", "spoken": "speak", "broken": "break",
    "driven": "drive", "risen": "rise", "fallen": "fall", "shown": "show", "known": "know",
    "grown": "grow", "thrown": "throw", "drawn": "draw", "begun": "begin", "sung": "sing",
    "cast": "cast", "bid": "bid", "burst": "burst", "cost": "cost", "forecast": "forecast",
    "broadcast": "broadcast", "fled": "flee", "fed": "feed", "hid": "hide", "lit": "light",
    "oversaw": "oversee", "overcame": "overcome", "overthrew": "overthrow", "foresaw": "foresee",
    "rebuilt": "rebuild", "sped": "speed", "spun": "spin", "swam": "swim", "swung": "swing",
    "tore": "tear", "wept": "weep", "slid": "slide", "shone": "shine", "bent": "bend",
    "bound": "bind", "dug": "dig", "forgave": "forgive", "mistook": "mistake",
    "outlined": "outline", "stung": "sting", "strove": "strive", "withheld": "withhold",
}  # fmt: skip

AUXILIARIES: Final = {
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "may",
    "might", "should", "must", "shall",
}  # fmt: skip

NOT_VERBS: Final = {
    "red", "bed", "seed", "need", "speed", "feed", "breed", "creed", "greed", "shed", "hundred",
    "united", "limited", "bred", "naked", "sacred", "wicked", "wretched", "beloved",
    "news", "series", "species", "its", "his", "this", "has", "was", "is", "as", "us", "plus",
    "thus", "bus", "gas", "yes", "less", "unless", "across", "chaos", "status", "analysis",
    "crisis", "basis", "campus", "census", "bonus", "focus", "virus", "consensus", "press",
    "business", "class", "glass", "mass", "pass", "boss", "loss", "access", "process",
    "progress", "success", "congress", "address", "witness", "wellness", "illness", "always",
    "perhaps", "towards", "afterwards", "sometimes", "times", "years", "games", "rates",
    "states", "talks", "cuts", "votes", "tariffs", "goods", "duties", "imports", "exports",
    "laureates", "prizes", "stages", "members", "nations", "leaders", "officials", "reports",
    "issues", "purchases", "farmers", "rounds", "products", "means", "minutes", "seconds",
}  # fmt: skip

STOP_START: Final = {
    "the", "a", "an", "in", "on", "at", "after", "before", "as", "with", "for", "from", "by",
    "since", "during", "under", "over", "this", "that", "these", "those", "it", "its", "he",
    "she", "they", "we", "his", "her", "their", "our", "there", "here", "when", "while",
    "although", "though", "but", "and", "or", "so", "yet", "if", "instead", "besides",
    "according", "last", "next", "earlier", "later", "meanwhile", "however", "also", "still",
    "friday", "monday", "tuesday", "wednesday", "thursday", "saturday", "sunday", "times",
    "alarms", "tsunami", "efforts", "laureates", "lipowitz", "between", "each",
}  # fmt: skip

CONNECTORS: Final = {
    "of",
    "the",
    "de",
    "van",
    "von",
    "du",
    "da",
    "del",
    "der",
    "la",
    "le",
    "bin",
    "al",
    "for",
    "and",
}

ORG_WORDS: Final = {
    "party", "agency", "institute", "council", "committee", "reserve", "survey", "court",
    "association", "nations", "union", "bank", "fund", "organization", "organisation",
    "ministry", "commission", "parliament", "house", "senate", "congress", "department",
    "university", "foundation", "corporation", "group", "forum", "company", "inc", "ltd",
    "service", "office", "board", "assembly", "army", "forces", "police", "councilors",
    "representatives", "panel", "academy", "club", "team", "network", "alliance", "treasury",
    "government", "authority", "administration", "bureau", "force", "guard", "navy",
}  # fmt: skip

PLACE_FIRST_WORDS: Final = {
    "rue", "avenue", "mount", "lake", "cape", "port", "fort", "saint", "st", "gulf", "bay",
    "strait", "isle", "sea",
}  # fmt: skip

PARTICLES: Final = {"off", "up", "out", "down", "back", "over", "away"}

PLACE_WORDS: Final = {
    "island", "islands", "peninsula", "province", "region", "mountains", "river", "sea",
    "ocean", "bay", "valley", "street", "square", "state", "county", "city", "hill", "coast",
    "east", "west", "north", "south", "strait", "gulf", "lake", "desert", "district", "avenue",
    "road", "boulevard", "bridge", "airport", "stadium", "park", "palace", "hall", "arena",
    "theatre", "theater", "base",
}  # fmt: skip

EVENT_WORDS: Final = {
    "summit", "prize", "award", "awards", "championship", "championships", "cup", "games",
    "olympics", "festival", "tour", "conference", "stage", "open", "election", "elections",
    "war", "treaty", "agreement", "declaration", "accord", "act", "fire", "wildfire", "blaze",
    "flood", "floods", "earthquake", "quake", "eruption", "marathon",
}  # fmt: skip

DEMONYM_ENDINGS: Final = ("an", "ese", "ish", "ian", "i", "ch")

TITLES_BEFORE_NAME: Final = {
    "president", "prime", "minister", "governor", "chair", "chairman", "chancellor", "king",
    "queen", "pope", "senator", "secretary", "general", "leader", "novelist", "actor",
    "actress", "critic", "author", "writer", "director", "producer", "coach", "champion",
    "americans", "american", "belgian", "german", "french", "british", "chinese", "japanese",
    "russian", "ukrainian", "spokesman", "spokeswoman", "ceo", "judge", "mayor", "premier",
    "dr", "mr", "mrs", "ms", "sir", "lord", "lady", "prince", "princess", "ambassador",
    "envoy", "commander", "officer", "official", "scientist", "chemist", "physicist",
    "economist", "analyst", "rider", "player", "striker", "goalkeeper", "captain", "manager",
    "singer", "rapper", "comedian", "host", "poet", "artist", "filmmaker", "architect",
    "entrepreneur", "founder", "emperor", "sheikh", "crown", "two-time", "three-time",
}  # fmt: skip

PRONOUNS: Final = {
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "that",
    "these", "those", "there",
}  # fmt: skip

OUTCOME_VERBS: Final = {
    "win", "elect", "choose", "appoint", "invite", "kill", "die", "award", "receive", "beat",
    "approve", "pass", "sign", "become", "cut", "raise", "strike", "hit", "announce", "name",
    "admit", "join", "hold", "take", "finish", "claim", "seal", "defeat", "launch", "host",
}  # fmt: skip

SPEECH_VERBS: Final = {"say", "tell", "add", "note", "state", "write", "argue", "warn", "urge"}

LEAD_INS: Final = (
    "according to reports", "in a statement", "in his words", "in her words", "however",
    "meanwhile", "for its part", "instead", "in return", "with this victory", "also",
)  # fmt: skip

PAST_TIME: Final = (
    "last year",
    "earlier",
    "previously",
    "in the past",
    "ago",
    "this year",
    "this week",
)


@lru_cache(maxsize=8192)
def is_verb_form(word: str) -> bool:
    w = word.casefold()
    if w in AUXILIARIES or w in IRREGULAR:
        return True
    if w in NOT_VERBS or not w.replace("-", "").isalpha():
        return False  # "re-entered" is a verb too
    return w.endswith("ed") and len(w) > 4


def _dictionary_base(word: str) -> str | None:
    """The dictionary's infinitive of a regular past form (`welcomed` → `welcome`), when it knows
    the word: suffix rules alone made `welcom`. Unknown words fall back to the rules."""
    lemma = next(iter(morphology_for("en").lemmas(word)))
    if lemma != word and lemma.isalpha() and word.startswith(lemma[: max(2, len(lemma) - 2)]):
        return lemma
    return None


@lru_cache(maxsize=8192)
def base_form(word: str) -> str:
    """The infinitive of a past-tense or third-person verb."""
    w = word.casefold()
    if w in IRREGULAR:
        return IRREGULAR[w]
    if w in ("is", "are", "was", "were"):
        return "be"
    if w in ("has", "had"):
        return "have"
    if w.endswith("ied"):
        return w[:-3] + "y"
    if w.endswith("ed"):
        known = _dictionary_base(w)
        if known is not None:
            return known
        stem = w[:-2]
        if re.fullmatch(r"[^aeiou][aeiou]t", stem) or re.search(r"(?:sc|st|gn|pl|sn|wh)or$", stem):
            return stem + "e"  # voted, noted, cited; scored, restored, ignored
        if (
            len(stem) >= 3
            and stem[-1] == stem[-2]
            and stem[-1] not in "lsz"
            and not (len(stem) == 3 and stem[0] in "aeiou")
        ):  # "added", "erred" keep their double letter
            return stem[:-1]
        if stem.endswith(("v", "c", "z", "u", "g")) and not stem.endswith(("ng", "gg")):
            return stem + "e"
        if (
            stem.endswith(("at", "it", "ut", "ot"))
            and len(stem) > 4
            and not re.search(
                r"(?:ibit|imit|isit|edit|osit|erit|rget|udget|efit|pirit|ruit|quit)$", stem
            )
        ):
            return stem + "e"
        if re.search(r"[^aeiou][aeiou][bdkmnprs]$", stem) and not re.search(
            r"(?:en|er|on|el|ar|or|om|ot)$", stem
        ):
            return stem + "e"
        if re.search(r"(?:ar|ir|ur)$", stem) and len(stem) > 4:
            return stem + "e"
        if re.search(r"[aeiou]s$", stem) and not stem.endswith(("us", "ss")):
            return stem + "e"
        return stem
    if w in ("lies", "dies", "ties"):
        return w[:-1]
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


NAMED_HEADS: Final = frozenset(
    # the last word of a name that says what kind of thing it names; it carries the question
    # ("the Karolinska Institute" -> "Which institute …?")
    {"institute", "mosque", "museum", "university", "cathedral", "palace", "church", "temple"}
    | {"stadium", "bridge", "square", "tower", "gallery", "abbey", "basilica", "arena"}
    | {"hospital", "library", "theatre", "theater", "castle", "monastery", "college"}
)
CLASS_BEFORE_NAME = re.compile(
    r"\b(?:the|a|its|his|her|their)\s+(social network|social media platform|platform|messaging app|"
    r"newspaper|broadcaster|news agency|website)\s+$"
)
"""`on the social network Mastodon`: a generic noun before the name carries the question."""
