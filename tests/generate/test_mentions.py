"""Mentions: numbers, dates and names with their base forms, in both languages."""

from __future__ import annotations

import pytest

from newsquiz.generate.languages import language_for
from newsquiz.generate.mentions import Kind, Mention


def mentions(language: str, text: str) -> list[Mention]:
    return language_for(language).find_mentions(text)


def find(language: str, text: str, kind: Kind) -> Mention:
    found = [m for m in mentions(language, text) if m.kind is kind]
    assert found, f"no {kind} in {text!r}: {mentions(language, text)}"
    return found[0]


NUMBER_CASES = [
    ("uk percent", "uk", "Ціни зросли на 4,5% за місяць.", Kind.PERCENT, "4,5%"),
    (
        "uk money",
        "uk",
        "Видатки становитимуть 4 трлн 781 млрд грн.",
        Kind.MONEY,
        "4 трлн 781 млрд грн",
    ),
    ("uk date", "uk", "Фестиваль триватиме до 14 червня.", Kind.DATE, "14 червня"),
    ("uk measure", "uk", "Спортсменка взяла висоту 2,01 м.", Kind.MEASURE, "2,01 м"),
    ("uk magnitude", "uk", "Стався землетрус магнітудою 6,3.", Kind.MAGNITUDE, "6,3"),
    ("uk count", "uk", "Загинули 12 людей.", Kind.COUNT, "12"),
    ("uk century", "uk", "Мечеть звели у XV столітті.", Kind.CENTURY, "XV столітті"),
    ("en percent", "en", "Prices rose by 4.5% in May.", Kind.PERCENT, "4.5%"),
    ("en money", "en", "The winner receives £50,000 in cash.", Kind.MONEY, "£50,000"),
    ("en date", "en", "The vote is set for Oct. 28-29 this year.", Kind.DATE, "Oct. 28-29"),
    ("en magnitude", "en", "A 7.1-magnitude quake struck.", Kind.MAGNITUDE, "7.1"),
    ("en measure", "en", "It struck at a depth of 10 kilometers.", Kind.MEASURE, "10 kilometers"),
    ("en ordinal", "en", "She won her fourth title.", Kind.ORDINAL, "fourth"),
]


@pytest.mark.parametrize(
    ("name", "language", "text", "kind", "base"), NUMBER_CASES, ids=[c[0] for c in NUMBER_CASES]
)
def test_number_mentions(name: str, language: str, text: str, kind: Kind, base: str) -> None:
    assert find(language, text, kind).base == base


NAME_CASES = [
    ("uk person, accusative", "uk", "Журі нагородило Олену Коваль.", Kind.PERSON, "Олена Коваль"),
    (
        "uk person, genitive",
        "uk",
        "Він привітав Андрія Шевченка з перемогою.",
        Kind.PERSON,
        "Андрій Шевченко",
    ),
    (
        "uk person, dative",
        "uk",
        "Премію вручили британцю Річарду Робсону.",
        Kind.PERSON,
        "Річард Робсон",
    ),
    ("uk country, locative", "uk", "Повінь сталася в Румунії вчора.", Kind.COUNTRY, "Румунія"),
    ("uk unknown town", "uk", "Турнір пройшов у Кракові минулого тижня.", Kind.CITY, "Краків"),
    ("uk organisation", "uk", "Рішення ухвалила Рада Європи вчора.", Kind.ORG, "Рада Європи"),
    (
        "en person with title",
        "en",
        "President Emmanuel Macron arrived.",
        Kind.PERSON,
        "Emmanuel Macron",
    ),
    ("en country", "en", "Floods hit Romania on Tuesday.", Kind.COUNTRY, "Romania"),
    ("en organisation", "en", "The European Union agreed a plan.", Kind.ORG, "European Union"),
]


@pytest.mark.parametrize(
    ("name", "language", "text", "kind", "base"), NAME_CASES, ids=[c[0] for c in NAME_CASES]
)
def test_name_mentions(name: str, language: str, text: str, kind: Kind, base: str) -> None:
    assert find(language, text, kind).base == base


def test_coordinated_countries_become_one_answer() -> None:
    """`лідерів Казахстану та Узбекистану` asks about both countries at once."""
    found = find("uk", "Він запросив лідерів Казахстану та Узбекистану.", Kind.COUNTRY)
    assert found.base == "Казахстан і Узбекистан"
    assert found.parts == ("Казахстан", "Узбекистан")


def test_person_accepts_surname_and_surface_form() -> None:
    found = find("uk", "Журі нагородило Олену Коваль.", Kind.PERSON)
    assert "Коваль" in found.accept
    assert "Олену Коваль" in found.accept


def test_sentence_initial_common_word_is_not_a_name() -> None:
    """`Документ` starts the sentence with a capital but is not a name."""
    assert not [m for m in mentions("uk", "Документ підтримали депутати.") if m.kind is Kind.NAME]


@pytest.mark.parametrize(
    "text",
    [
        "69-річний Ігор Ланський очолив комісію.",
        "Будівельники звели 30-поверхову вежу на околиці.",
        "Об'їзд замінив 12-кілометровий тунель.",
        "Водія 3-тонної вантажівки врятували.",
    ],
)
def test_a_number_in_a_hyphenated_compound_is_not_a_count(text: str) -> None:
    """`69-річний`, `30-поверхову`: the number belongs to an adjective, not to the noun after it."""
    assert not [m for m in mentions("uk", text) if m.kind is Kind.COUNT]


@pytest.mark.parametrize(
    "text",
    ["Делегати 78-ї сесії асамблеї Новарії обрали голову.", "Учасники 51-го саміту поїхали."],
)
def test_a_number_with_an_ordinal_ending_is_an_ordinal(text: str) -> None:
    found = find("uk", text, Kind.ORDINAL)
    assert found.base in ("78", "51")
    assert not [m for m in mentions("uk", text) if m.kind is Kind.COUNT]


def test_the_outlet_of_a_report_clause_is_no_mention() -> None:
    """`, пише Lumen Sport,` names where the news came from; it is never an answer."""
    found = mentions("uk", "Олена Коваль, пише Lumen Sport, виграла марафон у Лісабоні.")
    assert [m.base for m in found] == ["Олена Коваль", "Лісабон"]
