"""Deck format v1: YAML text in, a validated `Deck` out, or every problem of the file at once.

We walk PyYAML's node tree instead of `safe_load`'s plain objects because only nodes keep line and
column marks, and a teacher fixing a deck needs `file:line:column` and the field path. The node tree
is built from libyaml's events by `yaml_nodes` (fast, nesting-limited, no constructors run, so a
deck can never execute code). Only the fixed depth of the schema is ever walked, and a list or
mapping reached twice through YAML aliases is refused, so an alias bomb costs nothing.
"""

from __future__ import annotations

import difflib
import gc
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, Final, TypeVar

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from newsquiz.core.cards import (
    GAP_PATTERN,
    BasicCard,
    Card,
    CardType,
    ChoiceCard,
    ClozeCard,
    Deck,
    Reject,
    Source,
)
from newsquiz.core.text import normalise
from newsquiz.core.yaml_nodes import ComposeError, compose_document
from newsquiz.i18n import N_, _

FORMAT_VERSION: Final = 1
MAX_DECK_BYTES: Final = 16 * 1024 * 1024
"""A 10,000-card deck is about 3 MB; anything far larger is a mistake, refused before parsing."""
MIN_CHOICES: Final = 2
MAX_CHOICES: Final = 8


SLUG_PATTERN = re.compile(r"[a-z0-9]+(?:[-_.][a-z0-9]+)*")
CARD_ID_PATTERN = re.compile(r"[A-Za-z0-9]+(?:[-_.:][A-Za-z0-9]+)*")
LANGUAGE_PATTERN = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")

DECK_FIELDS: Final = (
    "format", "deck", "title", "language", "description", "author", "tags", "source", "as_of",
    "valid_until", "cards",
)  # fmt: skip
COMMON_CARD_FIELDS: Final = (
    "id", "type", "tags", "explanation", "evidence", "source", "as_of", "valid_until", "reject",
    "score",
)  # fmt: skip
TYPE_FIELDS: Final = {
    CardType.BASIC: ("question", "answer", "accept"),
    CardType.CHOICE: ("question", "answer", "choices"),
    CardType.CLOZE: ("text",),
}
SOURCE_FIELDS: Final = ("title", "url", "published")
REJECT_FIELDS: Final = ("answer", "why")


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing wrong with a deck file, located precisely enough to fix without searching."""

    file: str
    line: int
    """1-based."""
    column: int
    """1-based."""
    path: str
    """Where in the deck, e.g. `cards[3].answer`; empty for the file as a whole."""
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}:{self.column}"
        return f"{where}: {self.path}: {self.message}" if self.path else f"{where}: {self.message}"

    def to_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "path": self.path,
            "message": self.message,
        }


class DeckError(Exception):
    """A deck file that cannot be used; `problems` lists every reason, in file order."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.line, p.column)))
        super().__init__("\n".join(str(p) for p in self.problems))


def parse_deck(content: str | bytes, origin: str = "<deck>") -> Deck:
    """Parse and validate one deck file's content; raise `DeckError` listing all its problems."""
    with _garbage_collector_paused():
        root = _compose(content, origin)
        return _DeckReader(origin).read(root)


@contextmanager
def _garbage_collector_paused() -> Iterator[None]:
    """A 10,000-card deck is ~200,000 new node objects, and the cyclic collector re-scanning them
    again and again took 70 % of the load time (measured: 1.2 s → 0.33 s to compose). The nodes
    hold no cycles that outlive the call, so collection can wait until the deck is built.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _position(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _compose(content: str | bytes, origin: str) -> Node:
    def fail(line: int, column: int, message: str) -> DeckError:
        return DeckError([Problem(origin, line, column, "", message)])

    size = len(content.encode("utf-8", "surrogatepass") if isinstance(content, str) else content)
    if size > MAX_DECK_BYTES:
        mib = 1024 * 1024
        raise fail(
            1,
            1,
            _("file is {size} MiB; a deck may be at most {most} MiB").format(
                size=f"{size / mib:.1f}", most=MAX_DECK_BYTES // mib
            ),
        )
    if isinstance(content, bytes):
        try:
            text = content.decode("utf-8-sig")
        except UnicodeDecodeError as err:
            line = content.count(b"\n", 0, err.start) + 1
            column = err.start - (content.rfind(b"\n", 0, err.start) + 1) + 1
            byte = content[err.start]
            raise fail(
                line,
                column,
                _("not UTF-8 text (byte {byte}); save the deck as UTF-8").format(
                    byte=f"0x{byte:02x}"
                ),
            ) from None
    else:
        text = content.removeprefix("\ufeff")
    if not text.strip():
        raise fail(1, 1, _("file is empty; a deck needs `deck`, `title`, `language` and `cards`"))
    try:
        root = compose_document(text)
    except ComposeError as err:
        raise fail(
            err.mark.line + 1,
            err.mark.column + 1,
            _("invalid YAML: {problem}").format(problem=err.message),
        ) from None
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        raise fail(line, column, _describe_yaml_error(err)) from None
    except yaml.reader.ReaderError as err:
        line, column = _position(text, err.position)
        raise fail(
            line,
            column,
            _("character {code} is not allowed in YAML").format(code=f"U+{err.character:04X}"),
        ) from None
    except yaml.YAMLError as err:
        raise fail(1, 1, _("invalid YAML: {problem}").format(problem=err)) from None
    except RecursionError:
        raise fail(1, 1, _("invalid YAML: nesting is too deep")) from None
    if root is None:
        raise fail(
            1, 1, _("file has no content; a deck needs `deck`, `title`, `language` and `cards`")
        )
    return root


_YAML_MESSAGES: Final = (
    ("tab", N_("a tab character here breaks the indentation; YAML indents with spaces only")),
    (
        "mapping values are not allowed",
        N_("a second `: ` on this line; put text containing `: ` in quotes"),
    ),
    (
        "single document",
        N_("a second document starts here; a deck file holds exactly one deck"),
    ),
    ("maximum nesting depth", N_("nested far deeper than any deck can be")),
    ("undefined alias", N_("an alias (*name) that refers to no anchor (&name)")),
    ("unhashable key", N_("a field name must be plain text, not a list or mapping")),
)
"""Libyaml's wording for the mistakes people actually make, replaced by what to do about them."""


def _describe_yaml_error(err: yaml.MarkedYAMLError) -> str:
    problem = (err.problem or _("syntax error")).strip()
    text = f"{err.context or ''} {problem}"
    for needle, message in _YAML_MESSAGES:
        if needle in text:
            return _("invalid YAML: {problem}").format(problem=_(message))
    message = _("invalid YAML: {problem}").format(problem=problem)
    context, problem_mark = err.context_mark, err.problem_mark
    if err.context and context and problem_mark and context.line != problem_mark.line:
        message += " " + _("({context} at line {line})").format(
            context=err.context.strip(), line=context.line + 1
        )
    return message


T = TypeVar("T")


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return _("a mapping")
    if isinstance(node, SequenceNode):
        return _("a list")
    if node.tag.endswith(":null"):
        return _("empty")
    return _("text")


class _DeckReader:
    """Collects every problem of one file while building the deck, so all are reported at once."""

    def __init__(self, origin: str) -> None:
        self.origin = origin
        self.problems: list[Problem] = []
        self.seen: set[int] = set()

    # -- reporting --------------------------------------------------------------------------

    def report(self, node: Node, path: str, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.origin, mark.line + 1, mark.column + 1, path, message))

    # -- structure --------------------------------------------------------------------------

    def visit(self, node: Node, path: str) -> bool:
        """False (and a problem) when a list or mapping is reached a second time via an alias."""
        if isinstance(node, ScalarNode):
            return True
        if id(node) in self.seen:
            self.report(node, path, _("YAML aliases of lists or mappings are not allowed in decks"))
            return False
        self.seen.add(id(node))
        return True

    def fields(
        self,
        node: MappingNode,
        path: str,
        allowed: tuple[str, ...],
        misplaced: Callable[[str], str | None],
    ) -> dict[str, tuple[Node, Node]]:
        """Key → (key node, value node); unknown and duplicate keys are reported."""
        found: dict[str, tuple[Node, Node]] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                self.report(key_node, path, _("a field name must be plain text"))
                continue
            key = key_node.value
            where = f"{path}.{key}" if path else key
            if key in found:
                self.report(key_node, where, _("duplicate field `{key}`").format(key=key))
                continue
            if key not in allowed:
                self.report(key_node, where, self.unknown_message(key, allowed, misplaced))
                continue
            found[key] = (key_node, value_node)
        return found

    @staticmethod
    def unknown_message(
        key: str, allowed: tuple[str, ...], misplaced: Callable[[str], str | None]
    ) -> str:
        why = misplaced(key)
        if why is not None:
            return _("unknown field `{key}`: {why}").format(key=key, why=why)
        close = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        if not close:
            close = difflib.get_close_matches(key.lower().replace("-", "_"), allowed, n=1)
        if close:
            return _("unknown field `{key}`; did you mean `{close}`?").format(
                key=key, close=close[0]
            )
        return _("unknown field `{key}`").format(key=key)

    def missing(
        self, node: Node, path: str, name: str, found: dict[str, tuple[Node, Node]]
    ) -> bool:
        if name in found:
            return False
        where = f"{path}.{name}" if path else name
        self.report(node, where, _("missing required field `{name}`").format(name=name))
        return True

    # -- scalar kinds -----------------------------------------------------------------------

    def text(self, node: Node, path: str) -> str | None:
        if not isinstance(node, ScalarNode):
            self.report(node, path, _("must be text, not {kind}").format(kind=_kind(node)))
            return None
        value = str(node.value).strip()
        if not value:
            self.report(node, path, _("must not be empty"))
            return None
        return value

    def pattern(self, node: Node, path: str, regex: re.Pattern[str], what: str) -> str | None:
        value = self.text(node, path)
        if value is not None and not regex.fullmatch(value):
            self.report(node, path, _("`{value}` is not {what}").format(value=value, what=what))
            return None
        return value

    def a_date(self, node: Node, path: str) -> date | None:
        value = self.text(node, path)
        if value is None:
            return None
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.report(
                node, path, _("`{value}` is not a date; write it as YYYY-MM-DD").format(value=value)
            )
            return None

    def number(self, node: Node, path: str) -> float | None:
        value = self.text(node, path)
        if value is None:
            return None
        try:
            number = float(value)
        except ValueError:
            self.report(node, path, _("`{value}` is not a number").format(value=value))
            return None
        if number != number or number in (float("inf"), float("-inf")):
            self.report(node, path, _("`{value}` is not a finite number").format(value=value))
            return None
        return number

    def url(self, node: Node, path: str) -> str | None:
        value = self.text(node, path)
        if value is not None and not re.match(r"https?://\S+$", value):
            self.report(
                node,
                path,
                _("`{value}` is not a web address (http:// or https://)").format(value=value),
            )
            return None
        return value

    def text_list(self, node: Node, path: str) -> tuple[str, ...] | None:
        """A list of texts; a single text is taken as a one-item list."""
        if isinstance(node, ScalarNode) and not node.tag.endswith(":null"):
            one = self.text(node, path)
            return None if one is None else (one,)
        if not isinstance(node, SequenceNode):
            self.report(
                node, path, _("must be a list of texts, not {kind}").format(kind=_kind(node))
            )
            return None
        if not self.visit(node, path):
            return None
        items = [self.text(item, f"{path}[{i}]") for i, item in enumerate(node.value)]
        if any(item is None for item in items):
            return None
        return tuple(item for item in items if item is not None)

    def mapping(self, node: Node, path: str) -> MappingNode | None:
        if not isinstance(node, MappingNode):
            self.report(
                node, path, _("must be a mapping of fields, not {kind}").format(kind=_kind(node))
            )
            return None
        return node if self.visit(node, path) else None

    # -- composite kinds --------------------------------------------------------------------

    def source(self, node: Node, path: str) -> Source | None:
        if isinstance(node, ScalarNode) and not node.tag.endswith(":null"):
            value = self.text(node, path)
            if value is None:
                return None
            return Source(url=value) if re.match(r"https?://", value) else Source(title=value)
        mapping = self.mapping(node, path)
        if mapping is None:
            return None
        found = self.fields(mapping, path, SOURCE_FIELDS, _no_hint)
        if not found:
            self.report(node, path, _("a source needs at least one of `title`, `url`, `published`"))
            return None
        title = self.optional(found, path, "title", self.text)
        url = self.optional(found, path, "url", self.url)
        published = self.optional(found, path, "published", self.a_date)
        return Source(title=title, url=url, published=published)

    def rejects(self, node: Node, path: str) -> tuple[Reject, ...] | None:
        if not isinstance(node, SequenceNode):
            self.report(
                node,
                path,
                _("must be a list of {{answer, why}} entries, not {kind}").format(kind=_kind(node)),
            )
            return None
        if not self.visit(node, path):
            return None
        rejects: list[Reject] = []
        for i, item in enumerate(node.value):
            where = f"{path}[{i}]"
            mapping = self.mapping(item, where)
            if mapping is None:
                continue
            found = self.fields(mapping, where, REJECT_FIELDS, _no_hint)
            answer = self.required(mapping, found, where, "answer", self.text)
            why = self.required(mapping, found, where, "why", self.text)
            if answer is not None and why is not None:
                rejects.append(Reject(answer=answer, why=why))
        return tuple(rejects)

    def optional(
        self,
        found: dict[str, tuple[Node, Node]],
        path: str,
        name: str,
        read: Callable[[Node, str], T | None],
    ) -> T | None:
        if name not in found:
            return None
        value_node = found[name][1]
        return read(value_node, f"{path}.{name}" if path else name)

    def required(
        self,
        node: Node,
        found: dict[str, tuple[Node, Node]],
        path: str,
        name: str,
        read: Callable[[Node, str], T | None],
    ) -> T | None:
        if self.missing(node, path, name, found):
            return None
        return self.optional(found, path, name, read)

    def check_dates(
        self,
        found: dict[str, tuple[Node, Node]],
        path: str,
        as_of: date | None,
        valid_until: date | None,
    ) -> None:
        if as_of is not None and valid_until is not None and valid_until < as_of:
            where = f"{path}.valid_until" if path else "valid_until"
            self.report(
                found["valid_until"][1],
                where,
                _("valid_until {valid_until} is earlier than as_of {as_of}").format(
                    valid_until=valid_until.isoformat(), as_of=as_of.isoformat()
                ),
            )

    # -- the deck ---------------------------------------------------------------------------

    def read(self, root: Node) -> Deck:
        deck = self.read_deck(root)
        if self.problems or deck is None:
            raise DeckError(self.problems)
        return deck

    def read_deck(self, root: Node) -> Deck | None:
        if not isinstance(root, MappingNode):
            self.report(
                root,
                "",
                _(
                    "a deck file must be a mapping with `deck`, `title`, `language` and `cards`, "
                    "not {kind}"
                ).format(kind=_kind(root)),
            )
            return None
        self.seen.add(id(root))

        def card_only(name: str) -> str | None:
            if name in _CARD_ONLY:
                return _("that is a card field; cards go under `cards:`")
            return None

        found = self.fields(root, "", DECK_FIELDS, card_only)
        version = self.optional(found, "", "format", self.text)
        if version is not None and version != str(FORMAT_VERSION):
            self.report(
                found["format"][1],
                "format",
                _("format {version} is not known; this is format 1").format(version=version),
            )
        slug = self.required(root, found, "", "deck", self.slug)
        title = self.required(root, found, "", "title", self.text)
        language = self.required(
            root,
            found,
            "",
            "language",
            lambda n, p: self.pattern(
                n, p, LANGUAGE_PATTERN, _("a language code such as `uk` or `en`")
            ),
        )
        description = self.optional(found, "", "description", self.text)
        author = self.optional(found, "", "author", self.text)
        tags = self.optional(found, "", "tags", self.text_list) or ()
        source = self.optional(found, "", "source", self.source)
        as_of = self.optional(found, "", "as_of", self.a_date)
        valid_until = self.optional(found, "", "valid_until", self.a_date)
        self.check_dates(found, "", as_of, valid_until)
        cards: tuple[Card, ...] = ()
        if not self.missing(root, "", "cards", found):
            cards = self.read_cards(found["cards"][1], as_of)
        if slug is None or title is None or language is None:
            return None
        return Deck(
            slug=slug,
            title=title,
            language=language,
            cards=cards,
            description=description,
            author=author,
            tags=tags,
            source=source,
            as_of=as_of,
            valid_until=valid_until,
            origin=self.origin,
        )

    def slug(self, node: Node, path: str) -> str | None:
        return self.pattern(
            node,
            path,
            SLUG_PATTERN,
            _("a slug (lower-case letters, digits and `-`, e.g. `g20-2026`)"),
        )

    def read_cards(self, node: Node, deck_as_of: date | None) -> tuple[Card, ...]:
        if not isinstance(node, SequenceNode):
            self.report(
                node, "cards", _("must be a list of cards, not {kind}").format(kind=_kind(node))
            )
            return ()
        if not self.visit(node, "cards"):
            return ()
        if not node.value:
            self.report(node, "cards", _("a deck needs at least one card"))
            return ()
        cards: list[Card] = []
        first_line: dict[str, int] = {}
        for index, item in enumerate(node.value):
            path = f"cards[{index}]"
            card = self.read_card(item, path, deck_as_of)
            card_id = _raw_id(item)
            if card_id is not None and card_id in first_line:
                self.report(
                    item,
                    f"{path}.id",
                    _("duplicate card id `{id}` (first used at line {line})").format(
                        id=card_id, line=first_line[card_id]
                    ),
                )
                continue
            if card_id is not None:
                first_line[card_id] = item.start_mark.line + 1
            if card is not None:
                cards.append(card)
        return tuple(cards)

    def card_type(self, found: dict[str, tuple[Node, Node]], path: str) -> None:
        """Reports a `type` that names no card type; inference is `_infer_type`'s job."""
        if "type" not in found:
            return
        type_node = found["type"][1]
        value = self.text(type_node, f"{path}.type")
        if value is None or value in _TYPE_NAMES:
            return
        close = difflib.get_close_matches(value.lower(), _TYPE_NAMES, n=1)
        names = ", ".join(_TYPE_NAMES)
        message = (
            _("unknown card type `{type}` (one of {names}); did you mean `{close}`?")
            if close
            else _("unknown card type `{type}` (one of {names})")
        )
        self.report(
            type_node,
            f"{path}.type",
            message.format(type=value, names=names, close=close[0] if close else ""),
        )

    def read_card(self, node: Node, path: str, deck_as_of: date | None) -> Card | None:
        mapping = self.mapping(node, path)
        if mapping is None:
            return None
        card_type = _infer_type(mapping)
        allowed = _CARD_FIELDS[card_type]

        def misplaced(name: str) -> str | None:
            """Why a field does not belong here, worked out only for a field that does not."""
            owners = _FIELD_OWNERS.get(name)
            if owners and name not in allowed:
                return _("{type} cards have no `{name}`; it belongs to {owners} cards").format(
                    type=card_type.value,
                    name=name,
                    owners=_(" and ").join(t.value for t in owners),
                )
            if name in _DECK_ONLY:
                return _("that is a deck field; put it at the top of the file")
            return None

        found = self.fields(mapping, path, allowed, misplaced)
        before = len(self.problems)
        self.card_type(found, path)
        card_id = self.required(mapping, found, path, "id", self.card_id)
        as_of = self.optional(found, path, "as_of", self.a_date)
        valid_until = self.optional(found, path, "valid_until", self.a_date)
        self.check_dates(found, path, as_of or deck_as_of, valid_until)
        common: dict[str, Any] = {
            "tags": self.optional(found, path, "tags", self.text_list) or (),
            "explanation": self.optional(found, path, "explanation", self.text),
            "evidence": self.optional(found, path, "evidence", self.text),
            "source": self.optional(found, path, "source", self.source),
            "as_of": as_of,
            "valid_until": valid_until,
            "reject": self.optional(found, path, "reject", self.rejects) or (),
            "score": self.optional(found, path, "score", self.number),
            "line": mapping.start_mark.line + 1,
        }
        card = self.read_card_body(card_type, mapping, found, path, card_id or "", common)
        return card if len(self.problems) == before else None

    def card_id(self, node: Node, path: str) -> str | None:
        return self.pattern(
            node, path, CARD_ID_PATTERN, _("a card id (letters, digits, `-`, `_`, `.`, `:`)")
        )

    def read_card_body(
        self,
        card_type: CardType,
        node: MappingNode,
        found: dict[str, tuple[Node, Node]],
        path: str,
        card_id: str,
        common: dict[str, Any],
    ) -> Card | None:
        if card_type is CardType.CLOZE:
            text = self.required(node, found, path, "text", self.text)
            if text is None or not self.check_cloze(found["text"][1], f"{path}.text", text):
                return None
            return ClozeCard(id=card_id, text=text, **common)
        question = self.required(node, found, path, "question", self.text)
        answer = self.required(node, found, path, "answer", self.text)
        if card_type is CardType.BASIC:
            accept = self.optional(found, path, "accept", self.text_list) or ()
            if question is None or answer is None:
                return None
            self.check_rejects(found, path, (answer, *accept), common["reject"])
            return BasicCard(id=card_id, question=question, answer=answer, accept=accept, **common)
        choices = self.required(node, found, path, "choices", self.text_list)
        if question is None or answer is None or choices is None:
            return None
        if not self.check_choices(found, path, answer, choices):
            return None
        return ChoiceCard(id=card_id, question=question, answer=answer, choices=choices, **common)

    def check_rejects(
        self,
        found: dict[str, tuple[Node, Node]],
        path: str,
        correct: tuple[str, ...],
        rejects: tuple[Reject, ...],
    ) -> None:
        """A rejected answer that is also accepted would never be rejected: the author slipped."""
        accepted = {normalise(text): text for text in correct}
        reject_node = found["reject"][1] if "reject" in found else None
        for i, reject in enumerate(rejects):
            if normalise(reject.answer) in accepted and reject_node is not None:
                node = (
                    reject_node.value[i] if isinstance(reject_node, SequenceNode) else reject_node
                )
                self.report(
                    node,
                    f"{path}.reject[{i}].answer",
                    _("`{answer}` is both a correct answer and rejected").format(
                        answer=reject.answer
                    ),
                )

    def check_choices(
        self, found: dict[str, tuple[Node, Node]], path: str, answer: str, choices: tuple[str, ...]
    ) -> bool:
        choices_node = found["choices"][1]
        ok = True
        if not MIN_CHOICES <= len(choices) <= MAX_CHOICES:
            self.report(
                choices_node,
                f"{path}.choices",
                _("a choice card needs {least} to {most} choices, not {count}").format(
                    least=MIN_CHOICES, most=MAX_CHOICES, count=len(choices)
                ),
            )
            ok = False
        first: dict[str, int] = {}
        for i, choice in enumerate(choices):
            key = normalise(choice)
            if key in first:
                node = (
                    choices_node.value[i]
                    if isinstance(choices_node, SequenceNode)
                    else choices_node
                )
                self.report(
                    node,
                    f"{path}.choices[{i}]",
                    _("`{choice}` repeats choice {number} (`{first}`)").format(
                        choice=choice, number=first[key], first=choices[first[key]]
                    ),
                )
                ok = False
            else:
                first[key] = i
        if normalise(answer) not in first:
            self.report(
                found["answer"][1],
                f"{path}.answer",
                _("the answer `{answer}` is not among the choices").format(answer=answer),
            )
            ok = False
        return ok

    def check_cloze(self, node: Node, path: str, text: str) -> bool:
        gaps = list(GAP_PATTERN.finditer(text))
        outside = GAP_PATTERN.sub("", text)
        if "{{" in outside or "}}" in outside:
            self.report(node, path, _("unbalanced `{{` or `}}`: every gap is written `{{answer}}`"))
            return False
        if not gaps:
            self.report(node, path, _("a cloze text needs at least one gap written `{{answer}}`"))
            return False
        ok = True
        for number, gap in enumerate(gaps, start=1):
            alternatives = [part.strip() for part in gap.group(1).split("|")]
            if not any(alternatives):
                self.report(node, path, _("gap {number} is empty").format(number=number))
                ok = False
            elif not all(alternatives):
                self.report(
                    node,
                    path,
                    _("gap {number} (`{gap}`) has an empty alternative").format(
                        number=number, gap=gap.group(0)
                    ),
                )
                ok = False
        return ok


_FIELD_OWNERS: Final = {
    name: tuple(t for t, names in TYPE_FIELDS.items() if name in names)
    for name in {n for names in TYPE_FIELDS.values() for n in names}
}
_CARD_ONLY: Final = tuple(
    sorted(
        {*COMMON_CARD_FIELDS, *(n for names in TYPE_FIELDS.values() for n in names)}
        - set(DECK_FIELDS)
    )
)
_DECK_ONLY: Final = tuple(sorted(set(DECK_FIELDS) - set(COMMON_CARD_FIELDS)))


def _raw_id(node: Node) -> str | None:
    """A card's `id` as written, read even from a card with other problems, to catch duplicates."""
    if not isinstance(node, MappingNode):
        return None
    for key, value in node.value:
        if isinstance(key, ScalarNode) and key.value == "id" and isinstance(value, ScalarNode):
            return str(value.value).strip() or None
    return None


def _infer_type(node: MappingNode) -> CardType:
    """The declared type when valid, else the type the card's fields imply (`choices`, `text`)."""
    keys = {key.value: value for key, value in node.value if isinstance(key, ScalarNode)}
    declared = keys.get("type")
    if isinstance(declared, ScalarNode) and declared.value in _TYPE_NAMES:
        return CardType(declared.value)
    if "choices" in keys:
        return CardType.CHOICE
    return CardType.CLOZE if "text" in keys else CardType.BASIC


_TYPE_NAMES: Final = [t.value for t in CardType]


def _no_hint(name: str) -> str | None:
    return None


_CARD_FIELDS: Final = {kind: COMMON_CARD_FIELDS + names for kind, names in TYPE_FIELDS.items()}
"""The fields a card of each type may have."""
