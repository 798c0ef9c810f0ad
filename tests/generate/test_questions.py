"""Clause patterns become standalone questions, in Ukrainian and English.

Each case is a short sentence we wrote, the answer we expect a card for, and words its question
must contain (the question word and the rest of the clause, kept grammatical).
"""

from __future__ import annotations

import pytest

from newsquiz.core.cards import BasicCard, CardType, ClozeCard
from newsquiz.generate import generate_cards, parse_article
from newsquiz.generate.events import Event, with_event
from newsquiz.generate.languages import language_for
from newsquiz.generate.languages.grammar_uk import euphony
from newsquiz.generate.languages.uk import Ukrainian

CASES = [
    (
        "uk who invited whom",
        "uk",
        "Прем'єр-міністр Норвегії Ерна Сульберг запросила президента Франції Емманюеля Макрона "
        "на конференцію з клімату.",
        "Ерна Сульберг",
        ["Хто запросив", "на конференцію з клімату"],
    ),
    (
        "uk whom",
        "uk",
        "Прем'єр-міністр Норвегії Ерна Сульберг запросила президента Франції Емманюеля Макрона "
        "на конференцію з клімату.",
        "Емманюель Макрон",
        ["Кого", "запросила"],
    ),
    (
        "uk where, relative clause",
        "uk",
        "Міністри погодили план конференції, яка у 2025 році відбудеться "
        "в норвезькому місті Берген на запрошення ООН.",
        "Берген",
        ["У якому норвезькому місті", "конференція", "відбудеться"],
    ),
    (
        "uk how many died",
        "uk",
        "Унаслідок повені в Румунії загинули 12 людей.",
        "12",
        ["Скільки людей", "загинули"],
    ),
    (
        "uk rose by percent",
        "uk",
        "Ціни на пальне в Ардії зросли на 4,5% за місяць.",
        "4,5%",
        ["На скільки відсотків", "зросли"],
    ),
    (
        "uk elected",
        "uk",
        "Головою комісії ЄС обрали Олену Коваль.",
        "Олена Коваль",
        ["Кого", "обрали"],
    ),
    (
        "uk until when",
        "uk",
        "Фестиваль джазу в Арлі триватиме до 14 червня.",
        "14 червня",
        ["До якого числа", "триватиме"],
    ),
    (
        "en who won",
        "en",
        "Maria Lopez won the city marathon in Lisbon on Sunday.",
        "Maria Lopez",
        ["Who won the city marathon"],
    ),
    (
        "en where, do-support",
        "en",
        "Maria Lopez won the city marathon in Lisbon on Sunday.",
        "Lisbon",
        ["Where did Maria Lopez win"],
    ),
    (
        "en whom appointed",
        "en",
        "The council appointed Helen Cole as its new chair.",
        "Helen Cole",
        ["Who did the council appoint"],
    ),
    (
        "en how many votes",
        "en",
        "In the final round, Takeshi Mori received 230 votes.",
        "230",
        ["How many votes did Takeshi Mori receive"],
    ),
    (
        "en magnitude",
        "en",
        "A powerful 7.1-magnitude earthquake struck off the coast of Chile.",
        "7.1",
        ["What was the magnitude of the earthquake"],
    ),
    (
        "en depth after a participle",
        "en",
        "The storm drain collapsed overnight, and the tunnel was flooded, lying at a depth of "
        "12 metres.",
        "12 metres",
        ["At what depth did the tunnel lie"],
    ),
    (
        "en depth after a past verb",
        "en",
        "A small submarine dived to a depth of 640 meters near Malta on Friday.",
        "640 meters",
        ["To what depth did a small submarine dive"],
    ),
    (
        "en place a distance is measured from",
        "en",
        "Rescuers reached the camp at dawn; its entrance lay about 40 kilometers north of Bergen.",
        "Bergen",
        ["The entrance lay about 40 kilometers north of which"],
    ),
    (
        "uk ordinal adverb",
        "uk",
        "Львівська команда «Буревій» утретє поспіль виграла кубок країни з волейболу.",
        "утретє",
        ["Котрий раз", "виграла кубок країни з волейболу"],
    ),
    (
        "uk for what",
        "uk",
        "Інженерка з Арлі отримала грант за створення гнучких сонячних панелей.",
        "гнучкі сонячні панелі",
        ["За створення чого", "отримала грант"],
    ),
    (
        "en for what a prize was given",
        "en",
        "The 2024 Halden Prize went to engineer Ana Ruiz for her work on flexible solar panels.",
        "flexible solar panels",
        ["2024 Halden Prize: For work on what was the prize awarded?"],
    ),
    (
        "en ordinal role",
        "en",
        "Parliament's vote made Ilse Marten Norway's 31st prime minister.",
        "31st",
        ["Which prime minister of Norway, by number, did Ilse Marten become"],
    ),
    (
        "en first of two coordinated counts",
        "en",
        "After this season, Lena Holt has scored 48 league goals and 12 goals in cup games.",
        "48",
        ["How many league goals has Lena Holt scored", "Holt scored in"],
    ),
    (
        "en goods a restriction is on",
        "en",
        "Last month Norway imposed new tariffs on imported steel pipes.",
        "imported steel pipes",
        ["Tariffs on what did Norway impose"],
    ),
    (
        "en time adverbial between subject and verb",
        "en",
        "Defence Minister Lars Vogel on Tuesday announced a new budget for the Ardian navy.",
        "Lars Vogel",
        ["Who announced a new budget for the Ardian navy"],
    ),
    (
        "en subject with its party",
        "en",
        "Han Seo-yeon of the centrist Unity Party was sworn in as Ardia's president on Monday.",
        "Han Seo-yeon",
        ["Who was sworn in as Ardia's president"],
    ),
    (
        "en organisation before a past verb",
        "en",
        "The Royal Ardian Academy cited the luminous prose of Mira Lind in awarding its prize.",
        "Royal Ardian Academy",
        ["cited the luminous prose of Mira Lind"],
    ),
    (
        "en apposition between the verb and the answer",
        "en",
        "Mara Venn was beaten in Dunmore, a rural seat she had held since 2001, by Ali Frost.",
        "Dunmore",
        ["Where was Mara Venn beaten"],
    ),
    (
        "en country as the object",
        "en",
        "President Ana Lind visited Japan on a state visit about trade.",
        "Japan",
        ["Which country did President Ana Lind visit"],
    ),
    (
        "en country after with",
        "en",
        "President Ana Lind held talks with Vietnam on trade.",
        "Vietnam",
        ["With which country did President Ana Lind hold talks"],
    ),
    (
        "en the city of a name",
        "en",
        "President Lu Wen hosted the Pacific Forum summit in the northern port city of Tianjin.",
        "Tianjin",
        ["Where did President Lu Wen host the Pacific Forum summit"],
    ),
    (
        "en participle after an irregular main verb",
        "en",
        "Han Seo-yeon took 52.1% of the vote in the Ardian election, defeating Park Ji-won.",
        "Park Ji-won",
        ["Whom did Han Seo-yeon defeat"],
    ),
]


@pytest.mark.parametrize(
    ("name", "language", "sentence", "answer", "expected"), CASES, ids=[c[0] for c in CASES]
)
def test_clause_becomes_question(
    name: str, language: str, sentence: str, answer: str, expected: list[str]
) -> None:
    article = parse_article(f"date 2024-05-10\n\n{sentence}")
    cards = generate_cards(
        article, language=language, max_cards=30, types=frozenset({CardType.BASIC})
    )
    matching = [c for c in cards if isinstance(c, BasicCard) and c.answer == answer]
    seen = [(c.question, c.answer) for c in cards if isinstance(c, BasicCard)]
    assert matching, f"no card answering {answer!r}: {seen}"
    question = matching[0].question
    for part in expected:
        assert part in question
    assert question.endswith("?")
    assert answer not in question


def test_question_names_the_year_when_the_clause_does_not() -> None:
    """A flashcard outlives the news: the article's year goes into the question."""
    article = parse_article("date 2024-05-10\n\nУнаслідок повені в Румунії загинули 12 людей.")
    cards = generate_cards(article, language="uk", types=frozenset({CardType.BASIC}))
    assert all("2024" in c.question for c in cards if isinstance(c, BasicCard))


def test_pronoun_subjects_are_resolved_or_ranked_down() -> None:
    """ "Він" in a question is replaced by the person it refers to."""
    article = parse_article(
        "date 2024-05-10\n\nМер Львова Андрій Садовий відкрив міст. "
        "Він запросив на відкриття посла Франції."
    )
    cards = generate_cards(article, language="uk", types=frozenset({CardType.BASIC}))
    questions = [c.question for c in cards if isinstance(c, BasicCard)]
    assert not any(" він " in q.casefold() for q in questions)


def basic_cards(text: str, language: str) -> list[BasicCard]:
    article = parse_article(text)
    cards = generate_cards(
        article, language=language, max_cards=40, types=frozenset({CardType.BASIC})
    )
    return [card for card in cards if isinstance(card, BasicCard)]


def test_winners_list_items_become_who_questions() -> None:
    """`- Name, «Work» — category` lines under a heading ask who won the category."""
    cards = basic_cards(
        "date 2024-03-01\n\nПереможці премії\n- Олена Коваль, «Сад» — найкраща акторка\n"
        "- Ігор Мельник, «Міст» — найкращий актор\n",
        "uk",
    )
    card = next(c for c in cards if c.answer == "Олена Коваль")
    assert card.question == "Хто переміг у категорії «найкраща акторка» («Сад», 2024)?"


def test_winners_list_items_name_the_event_of_the_lead() -> None:
    cards = basic_cards(
        "date 2024-03-01\n\nУ Києві вручили кінопремію «Золота дзиґа». Журі оголосило "
        "переможців.\nПереможці\n- Олена Коваль, «Сад» — найкраща акторка\n",
        "uk",
    )
    card = next(c for c in cards if c.answer == "Олена Коваль")
    assert card.question == (
        "Кінопремія «Золота дзиґа» 2024 року: хто переміг у категорії «найкраща акторка» («Сад»)?"
    )


def test_a_surname_alone_is_answered_with_the_full_name() -> None:
    cards = basic_cards(
        "date 2024-05-10\n\nGovernor Stephen Miller opened the bridge in Leeds on Monday. "
        "Miller had argued for a second bridge instead.",
        "en",
    )
    card = next(c for c in cards if c.answer == "Stephen Miller")
    assert "Miller" in card.accept
    assert all(c.answer != "Miller" for c in cards)


def test_speech_clause_becomes_who_announced_that() -> None:
    cards = basic_cards(
        "date 2024-05-10\n\nКомісія Ради Європи завершила роботу над законом про мови, "
        "оголосив голова комісії Андрій Шевченко.",
        "uk",
    )
    card = next(c for c in cards if c.answer == "Андрій Шевченко")
    assert card.question.casefold().startswith(
        "хто оголосив, що комісія ради європи завершила роботу"
    )


def test_who_takes_a_masculine_verb() -> None:
    """Ukrainian `хто` agrees with a masculine verb whoever the answer is."""
    cards = basic_cards("date 2024-05-10\n\nОлена Коваль виграла марафон у Львові.", "uk")
    card = next(c for c in cards if c.answer == "Олена Коваль")
    assert card.question.startswith("Хто виграв марафон")


def test_source_attributions_are_not_asked_about() -> None:
    cards = basic_cards("date 2024-05-10\n\nЯк пише Reuters, у Румунії загинули 12 людей.", "uk")
    assert all(card.answer != "Reuters" for card in cards)
    assert any(card.answer == "12" for card in cards)


def test_an_age_gives_no_count_card_and_stays_with_its_person() -> None:
    cards = basic_cards(
        "date 2024-05-10\n\n38-річний Олег Гринчук виграв шаховий турнір у Кракові.", "uk"
    )
    assert all(card.answer != "38" for card in cards)
    assert all("Скільки" not in card.question for card in cards)
    card = next(c for c in cards if c.answer == "Олег Гринчук")
    assert card.question.startswith("Хто виграв шаховий турнір у Кракові")


def test_a_floor_count_adjective_is_not_asked_how_many() -> None:
    cards = basic_cards(
        "date 2024-05-10\n\nКомпанія Ларвік звела 30-поверхову будівлю для мерії Бергена.", "uk"
    )
    assert all(card.answer != "30" and "Скільки" not in card.question for card in cards)


def test_an_ordinal_with_a_hyphenated_ending_is_asked_which_by_number() -> None:
    cards = basic_cards(
        "date 2024-05-10\n\nДелегати 78-ї сесії асамблеї Новарії обрали нового голову.", "uk"
    )
    card = next(c for c in cards if c.answer == "78")
    assert card.question.startswith("Котрої за рахунком сесії асамблеї Новарії")


@pytest.mark.parametrize(
    ("text", "answer", "question"),
    [
        (
            "Уряд Новарії підвищив тарифи на газ на 12%, повідомляє пресслужба регулятора.",
            "12%",
            "На скільки відсотків уряд Новарії підвищив тарифи на газ у травні 2024 року?",
        ),
        (
            "Ціни на хліб у Новарії зросли на 5%, повідомляє Новарська спілка пекарів.",
            "5%",
            "На скільки відсотків зросли ціни на хліб у Новарії у травні 2024 року?",
        ),
        (
            "Олена Коваль, пише Lumen Sport, виграла марафон у Лісабоні.",
            "Олена Коваль",
            "Хто виграв марафон у Лісабоні у травні 2024 року?",
        ),
        (
            "Збірна Новарії здобула 3 медалі, інформує Федерація легкої атлетики.",
            "3",
            "Скільки медалей здобула збірна Новарії у травні 2024 року?",
        ),
    ],
)
def test_a_report_clause_leaves_the_question(text: str, answer: str, question: str) -> None:
    """`, повідомляє X` / `, пише X,` says where the news came from: it is cut from the
    question, and its outlet is never asked about."""
    cards = generate_cards(parse_article(f"date 2024-05-10\n\n{text}"), language="uk", max_cards=40)
    card = next(c for c in cards if isinstance(c, BasicCard) and c.answer == answer)
    assert card.question == question
    outlets = ("Lumen", "пресслужб", "спілк", "Федераці")
    assert not any(o in card.answer for card in cards for o in outlets)


def test_verbless_placings_and_margins_become_questions() -> None:
    """`…, 3 minutes clear of X, with Y third` carries the result without a verb of its own."""
    cards = basic_cards(
        "date 2024-09-15\n\nLena Sorvik won the 2024 Tour of Norvale on Sunday.\n"
        "The 29-year-old Norvalian won the race easily, 3 minutes and 10 seconds clear of "
        "Pavel Drun, with Ivo Kessel third.\n",
        "en",
    )
    questions = {card.answer: card.question for card in cards}
    assert questions["Ivo Kessel"] == "2024 Tour of Norvale: Who finished third?"
    assert questions["3 minutes and 10 seconds"] == (
        "2024 Tour of Norvale: By what margin did Lena Sorvik win the race?"
    )


def test_adverbial_participle_becomes_the_subjects_verb() -> None:
    """`X переміг, набравши N % голосів` asks what X got, not what the cut left behind."""
    cards = basic_cards(
        "date 2024-05-12\n\nНа виборах мера Зорянська переміг Остап Гайдук, набравши 61,5% "
        "голосів у другому турі.\n",
        "uk",
    )
    card = next(c for c in cards if c.answer == "61,5%")
    assert (
        "скільки відсотків голосів набрав остап гайдук у другому турі" in card.question.casefold()
    )


def test_a_pronoun_after_a_preposition_names_the_person() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nОстап Гайдук переміг на виборах мера Зорянська.\n"
        "За нього проголосували 61,5% виборців.\n",
        "uk",
    )
    card = next(c for c in cards if c.answer == "61,5%")
    assert "проголосували за Остапа Гайдука" in card.question


def test_the_winners_share_in_a_participle_tail_is_asked() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nOskar Malm has won the mayoral election in Tarsk, taking 61.5% of "
        "the vote.\n",
        "en",
    )
    card = next(c for c in cards if c.answer == "61.5%")
    assert card.question.endswith("What share of the vote did Oskar Malm win?")


def test_a_magnitude_is_asked_of_the_event_it_belongs_to() -> None:
    text = (
        "date 2024-03-10\n"
        "Унаслідок землетрусу магнітудою 5,8 в Греції загинули 12 людей.\n"
        "Рятувальники шукають постраждалих."
    )
    found = generate_cards(
        parse_article(text, "t"), language="uk", types=frozenset({CardType.BASIC})
    )
    questions = [c.question for c in found if isinstance(c, BasicCard) and c.answer == "5,8"]
    assert questions == ["Якої магнітуди був землетрус у Греції 2024 року?"]


def test_an_unknown_country_and_its_capital_stay_apart() -> None:
    """`у столиці Зоранії Велтах`: the owner is not merged into the capital's name, and a
    place the gazetteer lacks is asked with `Де`."""
    cards = basic_cards(
        "date 2024-05-12\n\nНа виборах у Зоранії переміг Остап Гайдук.\n"
        "Урочиста присяга відбудеться в столиці Зоранії Велтах.\n",
        "uk",
    )
    answers = {card.answer for card in cards}
    assert "Велтах" in answers
    assert not any("Велтах" in a and " " in a for a in answers)
    card = next(c for c in cards if c.answer == "Велтах")
    assert "де відбудеться урочиста присяга" in card.question.casefold()


def test_a_landmark_named_by_adjectives_is_asked_by_its_noun() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nЗлива пошкодила старовинну Золоту браму Києва.\n"
        "Архієпископ Климент відслужив літургію у Михайлівському соборі.\n",
        "uk",
    )
    questions = {card.answer: card.question for card in cards}
    assert "Яку старовинну браму злива пошкодила" in questions["Золота брама"]
    assert (
        "У якому соборі архієпископ Климент відслужив літургію" in questions["Михайлівський собор"]
    )


def test_a_verbless_list_after_a_sentence_becomes_a_cloze_with_that_sentence() -> None:
    article = parse_article(
        "date 2024-05-12\n\nНа форум у Луцьку приїдуть мери міст Волині.\n"
        "Серед них — мер Ковеля Ігор Чайка.\n"
    )
    cards = generate_cards(article, language="uk", types=frozenset(CardType))
    clozes = [c.text for c in cards if isinstance(c, ClozeCard)]
    assert any(
        t.endswith(
            "На форум у Луцьку приїдуть мери міст Волині. Серед них — мер Ковеля {{Ігор Чайка}}."
        )
        for t in clozes
    ), clozes


def test_a_source_is_asked_when_it_reports_the_articles_event() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nВерховна Рада ухвалила державний бюджет Зорянська на 2025 рік.\n"
        "Видатки бюджету Зорянська, за даними міністра фінансів Остапа Гайдука, становитимуть 12 млрд "
        "грн, з яких 3 млрд грн піде на дороги.\n"
        "Погода, за словами синоптика Ігоря Чайки, буде теплою.\n",
        "uk",
    )
    questions = {card.answer: card.question for card in cards}
    assert (
        "за даними якого міністра фінансів видатки бюджету зорянська становитимуть 12 млрд грн?"
        in questions["Остап Гайдук"].casefold()
    )
    assert "Ігор Чайка" not in questions


def test_about_this_names_what_the_sentence_before_reported() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nМер Ковеля Остап Гайдук відкрив новий міст через річку.\n"
        "Про це він написав у своїй соцмережі Telegram.\n",
        "uk",
    )
    card = next(c for c in cards if c.answer == "Telegram")
    assert card.question.startswith("У якій соцмережі написав Остап Гайдук, що")
    assert "відкрив новий міст" in card.question


def test_english_named_things_are_asked_by_their_class_noun() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nThe Ruritanian Open ended in Strelsau on Sunday.\n"
        "A jury at the Strelsau Institute in Zenda announced the winner.\n"
        "The prize was presented at the Blue Mosque.\n"
        "The mayor posted the results on the social network Mastodon.\n",
        "en",
    )
    questions = {card.answer: card.question for card in cards}
    assert "At which institute did a jury announce the winner" in questions["Strelsau Institute"]
    assert "At which mosque was the prize presented" in questions["Blue Mosque"]
    assert "On which social network did the mayor post the results" in questions["Mastodon"]


def test_english_participle_clause_is_the_subjects_verb() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nTALLINN — Ruritania was admitted to the Hanseatic Union (HU) on "
        "Sunday, becoming the bloc's 9th member at the 12th Hanseatic Summit in Tallinn, "
        "Estonia.\n",
        "en",
    )
    questions = {card.answer: card.question for card in cards}
    assert questions["12th Hanseatic Summit"].startswith(
        "At which Hanseatic Summit did Ruritania become HU's 9th member"
    )
    assert questions["Tallinn"].startswith("Where did Ruritania become HU's 9th member")


def test_english_source_is_asked_when_it_reports_the_event() -> None:
    cards = basic_cards(
        "date 2024-05-12\n\nThe Ruritanian Open was held in Strelsau on Sunday.\n"
        "According to Finance Minister Karl Weber, the budget for the Ruritanian Open will "
        "rise to 3 million euros.\n"
        "According to Weather Officer Anna Lind, the summer will be warm.\n",
        "en",
    )
    questions = {card.answer: card.question for card in cards}
    assert questions["Karl Weber"].startswith(
        "Which finance minister said that the budget for the Ruritanian Open will rise"
    )
    assert "Anna Lind" not in questions


def test_a_label_drops_a_leading_word_that_is_the_answer() -> None:
    event = Event(
        "47th Nordic Summit (2024)",
        frozenset({"nordic", "summit"}),
        frozenset({"47th", "nordic", "summit", "2024"}),
        "en",
    )
    assert with_event("Which ordinal?", event, {"which"}, {"47th"}, "en") == (
        "Nordic Summit (2024): Which ordinal?"
    )
    assert with_event("Where?", event, {"where"}, {"nordic"}, "en") is None


def _uk_questions(text: str) -> dict[str, str]:
    return {card.answer: card.question for card in basic_cards(text, "uk")}


def test_uk_role_with_a_genitive_keeps_the_role_word() -> None:
    """`співголова соціал-демократів Ігор Ткач`: the role, not its genitive, is the cue."""
    questions = _uk_questions(
        "date 2024-04-02\n\nМіністром культури в новому уряді Ардії став співголова аграріїв Ігор Ткач.\n"
    )
    assert questions["Ігор Ткач"].startswith("Хто став міністром культури в новому уряді Ардії")
    assert "співголова" not in questions["Ігор Ткач"]


def test_uk_latin_stage_name_after_role_and_owner_is_the_person() -> None:
    questions = _uk_questions(
        "date 2024-05-20\n\nПереможцем пісенного фестивалю «Зорепад» став представник "
        "Естонії KX з піснею «Blue Sky».\n"
    )
    assert questions["KX"].startswith("Хто став переможцем пісенного фестивалю")
    assert "Зорепад" not in questions  # `конкурсу «X»`: an apposition `що` cannot ask


def test_uk_quoted_name_after_a_class_noun_is_asked_with_it() -> None:
    questions = _uk_questions(
        "date 2024-05-20\n\nФінал фестивалю відбувся 17 травня у місті Арлі на арені «Сонячна».\n"
    )
    assert "на якій арені відбувся фінал фестивалю" in questions["Сонячна"].casefold()


def test_uk_relative_shcho_before_a_verb_takes_its_antecedent() -> None:
    questions = _uk_questions(
        "date 2024-07-20\n\nБоксер Іван Сірко переміг британця Тома Грея в третьому раунді "
        "бою, що відбувся 19 липня на стадіоні «Зоря» в Арлі.\n"
    )
    assert questions["19 липня"].startswith("Коли у 2024 році відбувся бій на стадіоні «Зоря»")
    assert questions["Том Грей"].startswith("Кого переміг боксер Іван Сірко")


def test_uk_count_after_na_is_asked_by_how_much() -> None:
    questions = _uk_questions(
        "date 2024-06-05\n\nНаціональний банк Ардії 5 червня знизив усі три ключові ставки "
        "на 0,5 процентного пункту.\n"
    )
    assert questions["0,5"].startswith("На скільки процентних пунктів")
    assert questions["три"].startswith("Скільки ключових ставок")
    assert " усі " not in questions["три"]  # `усі три`: the quantifier leaves with the count


def test_uk_measure_in_years_and_hedged_class_noun() -> None:
    questions = _uk_questions(
        "date 2024-06-05\n\nСторони узгоджували текст угоди понад три роки.\n"
        "Під час землетрусу в Ардії вогнище залягало на глибині близько 12 км.\n"
    )
    assert "скільки років сторони узгоджували" in questions["три роки"].casefold()
    assert questions["12 км"].startswith("На якій глибині")


def test_uk_parts_of_names_and_years_as_ordinals_are_not_asked() -> None:
    questions = _uk_questions(
        "date 2024-06-05\n\nНа виборах блок ПСА/ПНР посів перше місце.\n"
        "Угоду розробили у відповідь на пандемію SARS-19 у Сольці.\n"
        "Раніше країна вигравала у 1990 році та у 2004-му.\n"
    )
    assert not {"ПСА", "ПНР", "19", "2004"} & set(questions)


def test_uk_subject_after_its_verb_stays_nominative() -> None:
    questions = _uk_questions(
        "date 2024-06-05\n\nНаступний фестиваль «Зорепад» у 2025 році прийматиме Естонія.\n"
    )
    assert questions["Естонія"].startswith("Яка країна")


def test_uk_fronted_genitive_chain_is_refused() -> None:
    """`Монетарної політики якої організації …`: a two-word genitive chain cannot lead."""
    questions = _uk_questions(
        "date 2024-06-05\n\nСтавка за депозитами є основним орієнтиром монетарної політики "
        "НБА у 2024 році.\n"
    )
    assert not any(q.startswith("Монетарної політики") for q in questions.values())


def test_uk_count_after_its_owner_noun() -> None:
    questions = _uk_questions(
        "date 2024-06-05\n\nУ другому голосуванні, яке відбулося того ж дня, Ігор Ткач здобув "
        "підтримку 215 депутатів.\n"
        "Угода з Ардією набуде чинності після ратифікації 40 державами.\n"
        "Сторони підтвердили відданість статті 7 Сольчанського договору.\n"
    )
    assert questions["215"].startswith(
        "Підтримку скількох депутатів здобув у другому голосуванні Ігор Ткач"
    )
    assert "яке відбулося" not in questions["215"]
    assert "після ратифікації скількома державами угода з ардією" in questions["40"].casefold()
    assert "7" not in questions  # `статті 7 … договору`: a label, not a count


def test_uk_pronoun_bound_inside_the_sentence_drops_its_list() -> None:
    questions = _uk_questions(
        "date 2024-06-05\n\nВсесвітня асамблея лісників 12 травня в Сольці ухвалила угоду про "
        "запобігання пожежам, готовність до них і реагування на них.\n"
    )
    question = questions["Сольця"] if "Сольця" in questions else questions["12 травня"]
    assert "до них" not in question
    assert "Всесвітня асамблея лісників" in questions["12 травня"]  # a name keeps its capital


def test_uk_dash_between_nouns_is_not_a_clause_boundary() -> None:
    questions = _uk_questions(
        "date 2024-06-25\n\nЛідери 12 країн – членів Ліги на форумі в Арлі 25 червня "
        "погодилися до 2030 року збільшити витрати на науку до 3% ВВП.\n"
    )
    assert "лідери 12 країн – членів Ліги" in questions["25 червня"]
    assert "До скількох відсотків ВВП" in questions["3%"]


def test_uk_range_years_currencies_and_dated_places_are_not_cut() -> None:
    questions = _uk_questions(
        "date 2024-06-25\n\nУ 1991–1993 роках учені провели в Сольці серію дослідів.\n"
        "Лауреати розділять премію в розмірі 9 млн ардійських крон.\n"
        "Ардія приймала фестиваль завдяки перемозі Ірми Грак на конкурсі 2023 року в "
        "Польщі.\n"
        "Поштовхи відчули й у сусідній Румунії.\n"
    )
    assert not {"1991", "1993", "9 млн", "Польща", "Румунія"} & set(questions)


def test_uk_class_noun_read_past_its_first_lemma() -> None:
    """`на рівні 3,1%`: pymorphy3 reads `рівні` as `рівня` first; the class noun `рівень`
    still carries the question."""
    questions = _uk_questions(
        "date 2024-06-25\n\nПрогноз інфляції в Ардії залишили без змін, на рівні 3,1%.\n"
    )
    assert "На якому рівні" in questions["3,1%"]


def test_uk_what_for_answer_agrees_with_its_head() -> None:
    cards = basic_cards(
        "date 2024-10-07\n\nСольчанська премія з хімії 2024 року: нагороду присуджено за "
        "відкриття квантового моделювання.\n",
        "uk",
    )
    assert "квантове моделювання" in {card.answer for card in cards}


def test_uk_the_events_own_place_ranks_below_the_news() -> None:
    """Under `Землетрус у Румунії`, a card answered `Румунія` tells the reader nothing new."""
    cards = basic_cards(
        "date 2024-03-28\n\nПотужний землетрус у Румунії забрав життя 40 людей.\n"
        "У Румунії кількість загиблих перевищила сотню людей.\n"
        "Уряд попросив допомоги в Остапа Лиса.\n",
        "uk",
    )
    answers = [card.answer for card in cards]
    assert "Румунія" not in answers[:2]


def test_uk_asyndetic_clauses_leave_the_question() -> None:
    questions = _uk_questions(
        "date 2024-05-19\n\nУ комітеті «за» проголосували 84 країни, жодна не висловилася "
        "проти, ще 9 утрималися.\n"
        "Блок «Рух» посів перше місце з результатом 31,5%, а партія «Сад» – друге.\n"
        "Стихія пошкодила тисячі будинків у Сольці.\n"
    )
    assert questions["84"].startswith("Скільки країн проголосували у комітеті «за»")
    assert "жодна" not in questions["84"]
    assert "з яким результатом" in questions["31,5%"].casefold()
    assert "тисячі" not in questions


def test_uk_a_comma_inside_a_quotation_does_not_end_the_clause() -> None:
    questions = _uk_questions(
        "date 2024-05-19\n\nГенеральний директор фонду Остап Лис назвав угоду «перемогою для "
        "науки, медицини та людей».\n"
    )
    assert "«перемогою для науки, медицини та людей»" in questions["Остап Лис"]


def test_uk_ordinal_words_are_asked_with_their_noun() -> None:
    questions = _uk_questions(
        "date 2024-07-20\n\nБоксер Іван Сірко нокаутував британця Тома Грея в сьомому раунді "
        "бою в Арлі.\n"
        "На виборах у Сольці блок «Рух» посів друге місце.\n"
    )
    assert "у якому раунді бою боксер" in questions["сьомий"].casefold()
    assert "яке місце" in questions["друге"].casefold()


def test_uk_magnitude_of_the_tremors_names_the_quake() -> None:
    questions = _uk_questions(
        "date 2024-03-28\n\nПотужний землетрус в Ардії зруйнував сотні будинків.\n"
        "Поштовхи магнітудою 6,8 сталися 28 березня.\n"
    )
    assert questions["6,8"] == "Якої магнітуди був потужний землетрус в Ардії 2024 року?"


def test_uk_a_band_is_asked_by_its_class_noun() -> None:
    questions = _uk_questions(
        "date 2024-05-18\n\nНа фестивалі в Арлі Ардію представляв гурт Klangwerk із піснею "
        "«Blue Hour».\n"
    )
    assert "який гурт" in questions["Klangwerk"].casefold()


def test_uk_subordinate_clause_without_its_subject_is_not_cut() -> None:
    questions = _uk_questions(
        "date 2024-07-20\n\nУперше чемпіоном Іван Сірко став у травні 2020 року, коли у Варшаві "
        "переміг Тома Грея.\n"
    )
    assert "Варшава" not in questions


def test_uk_subordinate_clause_with_its_subject_after_the_verb_is_asked() -> None:
    questions = _uk_questions(
        "date 2024-05-19\n\nУгоду схвалили ще в травні 2021 року, коли в Ісландії проходив "
        "форум Ліги.\n"
    )
    assert "Ісландія" in questions


def test_uk_organisation_is_asked_by_its_class_noun_in_its_own_case() -> None:
    cards = basic_cards(
        "date 2024-10-07\n\nСольчанська премія з хімії 2024 року: учені провели досліди в "
        "Північному університеті в Сольці.\n",
        "uk",
    )
    questions = {card.answer: card.question for card in cards}
    assert "у якому університеті" in questions["Північний університет"].casefold()


def test_uk_an_aged_role_names_the_latest_person() -> None:
    questions = _uk_questions(
        "date 2024-05-06\n\nСейм обрав Остапа Лиса прем’єр-міністром Ардії.\n"
        "У першому турі 58-річний політик отримав 210 голосів.\n"
    )
    assert questions["210"].startswith("Скільки голосів отримав у першому турі Остап Лис")


def questions_of(text: str) -> dict[str, str]:
    return {card.answer: card.question for card in basic_cards(text, "en")}


def test_a_person_of_a_subject_list_is_asked_by_the_role_before_the_name() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nRuritanian President Karl Weber and Borduvian President Omar "
        "al-Rashid opened a new bridge across the Elbe River on Sunday.\n"
        "Chief judge Ana Lind, Deputy Mayor Ivo Horn, Eva Berg and Tom Kay voted to close "
        "the old crossing.\n"
    )
    assert questions["Omar al-Rashid"] == (
        "Which Borduvian president opened a new bridge across the Elbe River in 2024 with "
        "Karl Weber?"
    )
    # the lead's actor labels a question that names nothing else
    assert questions["Ana Lind"] == (
        "Karl Weber (May 2024): Which chief judge voted to close the old crossing?"
    )
    assert "Ivo Horn, Eva Berg and Tom Kay" not in questions  # a group of the list


def test_an_organisation_named_with_of_the_stays_one_name() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nThe rebels handed 12 captives to the Northern Committee of the "
        "Blue Shield on Sunday.\n"
    )
    assert questions["Northern Committee of the Blue Shield"] == (
        "To which organisation did the rebels hand 12 captives in May 2024?"
    )


def test_coordinated_clauses_keep_only_the_answers_clause() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nLind received 90 votes in the city council, while three ballots "
        "named Ruritanian lawyer Ivo Horn and 12 councillors abstained.\n"
        "In the first round, five members backed a new budget, four voted against and senior "
        "member Eva Berg argued for a delay, leaving no majority.\n"
    )
    assert questions["12"] == "How many councillors abstained in May 2024?"
    assert questions["Ivo Horn"] == "Which Ruritanian lawyer did three ballots name in May 2024?"
    assert (
        questions["five"] == "How many members backed a new budget in the first round in May 2024?"
    )
    assert questions["Eva Berg"] == "Who argued for a delay in May 2024?"


def test_a_common_noun_opening_a_sentence_is_no_name() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nThe Bank of Valdoria cut its key rate to 3% on Monday.\n"
        "Wholesale price inflation rose to 4.1% in June.\n"
        "Forecasters are trying to gauge the effect of the cut.\n"
    )
    assert questions["4.1%"].endswith("To what level did wholesale price inflation rise in June?")
    assert not any(q.startswith("What are trying") for q in questions.values())


def test_clause_shapes_of_results_and_rescue_reports() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nAna Lind won the Ruritanian Open on Sunday, beating Eva Berg.\n"
        "The win ended a four-match losing streak against Berg, who had won 12 straight "
        "matches in Zenda.\n"
        "Authorities opened dozens of shelters in Strelsau.\n"
        "The probe deployed four small satellites and briefly fired one of its engines during "
        "the flight.\n"
        "The storm made landfall near Port Aldo in Varna province.\n"
        "Lind, 31, is the second Ruritanian to win the Open.\n"
        "Tomas Kay won the Dravo Prize in Poetry in 2019.\n"
    )
    # `who` after a name is about the name, not the phrase that ends with it
    assert (
        questions["12"] == "2024 Ruritanian Open: How many straight matches had Berg won in Zenda?"
    )
    assert questions["dozens"] == (
        "2024 Ruritanian Open: How many shelters did authorities open in Strelsau?"
    )
    assert (
        questions["four"] == "2024 Ruritanian Open: How many small satellites did the probe deploy?"
    )
    assert questions["Port Aldo"] == (
        "2024 Ruritanian Open: Where did the storm make landfall in Varna province?"
    )
    assert (
        questions["Dravo Prize in Poetry"]
        == "2024 Ruritanian Open: What did Tomas Kay win in 2019?"
    )
    assert "second" not in questions  # "the second Ruritanian to win": a distinction


def test_seat_shares_successions_relatives_and_currencies() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nThe Unity Party won 90 of the 150 seats in the Ruritanian "
        "parliament on Sunday.\n"
        "On Saturday, Ana Lind of Portugal won the junior title by beating Eva Berg.\n"
        "Lind will take office in June, succeeding Omar Kay of Zenda.\n"
        "Karl Weber was sworn in on May 2, replacing Ivo Horn.\n"
        "The leaders signed a truce between Ruritania and Borduvia, which took effect on May 4.\n"
        "The prize is worth 2 million Danish kroner.\n"
    )
    assert questions["90"] == (
        "How many of the 150 seats did the Unity Party win in the Ruritanian parliament in May 2024?"
    )
    assert "150" not in questions
    # "of Portugal" apart; the lead's actor says which story
    assert questions["Ana Lind"] == "Unity Party (May 2024): Who won the junior title?"
    assert questions["Eva Berg"] == "Whom did Ana Lind beat in May 2024?"  # not "Who did … win"
    assert questions["Omar Kay"] == "Whom will Lind succeed in 2024?"
    assert questions["Ivo Horn"] == "Whom did Karl Weber replace in 2024?"
    assert (
        questions["May 4"] == "When in 2024 did a truce between Ruritania and Borduvia take effect?"
    )
    assert questions["2 million Danish kroner"] == (
        "Unity Party (May 2024): How much is the prize worth?"
    )
    assert "Ruritania and Borduvia" not in questions  # "Between what …?"


def test_a_storms_category_and_winds_are_asked_with_its_landfall() -> None:
    questions = questions_of(
        "date 2024-09-02\n\nHurricane Lorna slammed into northern Belize on Monday as a "
        "Category 4 storm with maximum sustained winds of 140 mph, forecasters said.\n"
        "Lorna had already been blamed for deaths in Haiti and the Dominican Republic.\n"
    )
    assert questions["Category 4"] == (
        "As what category of storm did Hurricane Lorna slam into northern Belize in September 2024?"
    )
    assert questions["140 mph"] == (
        "With what maximum sustained winds did Hurricane Lorna slam into northern Belize in September 2024?"
    )
    assert questions["Belize"].startswith("Into which country did Hurricane Lorna slam in 2024")
    assert questions["Haiti and Dominican Republic"] == (
        "Where had Lorna already been blamed for deaths in September 2024?"
    )


def test_a_question_with_the_year_already_drops_the_weekday() -> None:
    questions = questions_of(
        "date 2024-10-09\n\nRuritanian poet Ana Lind won the 2024 Dravo Prize in Poetry on "
        "Thursday, honored for dark, dense verse.\n"
    )
    assert questions["Ana Lind"] == "Who won the 2024 Dravo Prize in Poetry?"


def test_what_a_named_role_said_is_asked_with_who() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nThe Unity Party won 90 seats in Sunday's general election.\n"
        "The Green Party took 12 seats, and UP leader Ana Lind said she would stay on as "
        "premier.\n"
        'Governor Karl Weber, who backed the result, said the count had been "fair and '
        'quick."\n'
    )
    assert questions["Ana Lind"] == (
        "May 2024 general election: Who said she would stay on as premier?"
    )
    assert questions["Karl Weber"] == (
        'May 2024 general election: Who said the count had been "fair and quick"?'
    )


def test_a_match_score_a_role_after_by_beating_and_a_pair_of_places() -> None:
    questions = questions_of(
        "date 2024-07-14\n\nAna Lind won her first Halvorsen title on Sunday, beating "
        "defending champion Eva Berg 6-4, 3-6, 7-5 on Court One to become the first "
        "Ruritanian to win it.\n"
        "Lind, who had reached the final by beating top seed Mia Holt in straight sets, came "
        "back after Berg took the opening set.\n"
        "Officials closed the main roads in Strelsau and Port Aldo.\n"
    )
    assert questions["6-4, 3-6, 7-5"] == (
        "2024 Halvorsen: By what score did Ana Lind beat defending champion Eva Berg?"
    )
    assert "Mia Holt" not in questions  # "Who had Lind reached … came back …?" no more
    assert questions["Strelsau and Port Aldo"] == (
        "2024 Halvorsen: Where did officials close the main roads?"
    )


def test_guards_for_quotes_particles_and_capitals() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nAna Lind won the Halvorsen Cup on Sunday.\n"
        "Lind first held off Eva Berg.\n"
        'Karl Weber, who chaired the jury, said in a statement: "We loved it."\n'
        "US duties on Ruritanian cheese rose to 30% in May.\n"
    )
    assert questions["Eva Berg"] == "2024 Halvorsen Cup: Who did Lind first hold off?"
    assert questions["Karl Weber"] == "2024 Halvorsen Cup: Who chaired the jury?"
    assert questions["30%"] == (
        "2024 Halvorsen Cup: To what level did US duties on Ruritanian cheese rise in May?"
    )


def test_subordinate_clauses_coordinated_nouns_and_sea_names() -> None:
    questions = questions_of(
        "date 2024-08-07\n\nAna Lind won the Ruritanian party leadership race on March 9.\n"
        "The rebels began releasing nearly 300 soldiers and civilians in exchange.\n"
        "The capsule then re-entered the atmosphere and made a splashdown in the Arctic Ocean, "
        "as planned.\n"
        "The booster came down in the Gulf of Zenda after testing a landing burn.\n"
        "Lind, 60, was born in 1964 in Varna, a small town in northern Ruritania.\n"
        "Karl Weber, 58, had never held office before he won the mayoral race on May 2.\n"
    )
    assert questions["May 2"] == "When in 2024 did Karl Weber win the mayoral race?"
    assert questions["300"] == (
        "Ana Lind (August 2024): How many soldiers and civilians did the rebels begin releasing "
        "in exchange?"
    )
    # "then" leans on the sentence before, which the card does not show
    assert "then" not in questions.get("Arctic Ocean", "")
    assert questions["Gulf of Zenda"] == "Ana Lind (August 2024): Where did the booster come down?"
    assert questions["1964"] == "In what year was Lind born in Varna?"


def test_a_month_shared_with_the_label_drops_from_the_label() -> None:
    questions = questions_of(
        "date 2024-08-07\n\nThe Bank of Valdoria cut its key interest rate to 3% on Thursday.\n"
        "The move is the third cut since the bank began lowering rates in August 2023.\n"
    )
    assert questions["August 2023"] == (
        "The Bank of Valdoria's 2024 cut in interest rates: When did the bank begin lowering rates?"
    )


def test_subordinate_clause_guards() -> None:
    questions = questions_of(
        "date 2024-08-07\n\nAna Lind won the Halvorsen Cup on Sunday, beating Eva Berg.\n"
        "Lind's season was interrupted by a ban that ended in May, after she twice failed a "
        "test in March 2023.\n"
        "The talks opened hours after the last captives held in Zenda were freed.\n"
        "Lind will be the third champion since the Halvorsen Club was founded in 1921.\n"
    )
    # she is the owner of the main clause's subject, not whoever is named most
    assert questions["March 2023"] == "2024 Halvorsen Cup: When did Ana Lind twice fail a test?"
    assert "Zenda" not in questions  # "held in Zenda were freed": `held` is no verb
    assert "third" not in questions  # "the third champion since …": a distinction
    assert "Halvorsen Club" not in questions  # "Which organisation was founded …?"
    assert questions["1921"] == "In what year was the Halvorsen Club founded?"


def test_the_venue_of_a_gathering_is_asked_with_its_hosts() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nRuritanian President Karl Weber and Borduvian President Omar "
        "al-Rashid hosted 30 ministers at a summit in the Black Sea resort of Port el-Nadir "
        "on Monday, hours after the border reopened.\n"
    )
    assert questions["Port el-Nadir"] == (
        "Where did Ruritanian President Karl Weber and Borduvian President Omar al-Rashid host "
        "30 ministers at a summit in May 2024?"
    )
    assert "Black Sea" not in questions


def test_the_main_clause_resumes_after_a_relative_clause() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nThe Unity Party won 90 seats in Sunday's general election.\n"
        "The Greens came second, but Horn, who had held the seat since 2004, lost his Zenda "
        "seat to Unity newcomer Eva Berg.\n"
        "Lind, who had reached the final by beating Mia Holt, came back after Berg, 22, took "
        "the opening set.\n"
    )
    assert questions["Eva Berg"] == (
        "May 2024 general election: To which Unity newcomer did Horn lose his Zenda seat?"
    )
    assert "Berg" not in questions  # "came back after Berg, 22, took …": Berg is a subject


def test_a_legislature_is_asked_as_a_chamber() -> None:
    questions = questions_of(
        "date 2024-05-12\n\nThe Unity Party won 90 of the 150 seats in the House of Delegates "
        "on Sunday.\n"
    )
    assert questions["House of Delegates"] == (
        "In which chamber did the Unity Party win 90 of the 150 seats in May 2024?"
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an object, predicate or subject before the verb: the verb comes first
        ("друге місце посіла із піснею «Сад»", "посіла друге місце із піснею «Сад»"),
        ("третім став гурт з Ардії", "став третім гурт з Ардії"),
        ("переможцем фестивалю «Зорепад» став", "став переможцем фестивалю «Зорепад»"),
        ("фінал відбувся у Стрельзау", "відбувся фінал у Стрельзау"),
        # a verb stranded at the end
        ("вогнище землетрусу залягало", "залягало вогнище землетрусу"),
        # an adverb or particle moves with its verb
        ("премію вже отримали", "вже отримали премію"),
        # `держав` also reads as a verb; the clause's real verb is the one on top
        ("інших глав держав поза G7 запросив", "запросив інших глав держав поза G7"),
        # a verb holding its object or infinitive stays beside it
        ("нові ставки набудуть чинності", "нові ставки набудуть чинності"),
        ("24 червня взяв участь у вечері", "24 червня взяв участь у вечері"),
        ("союзники планують переглянути прогрес", "союзники планують переглянути прогрес"),
        ("відкрив новий міст", "відкрив новий міст"),
        # a verb past a clause boundary is another clause's
        ("на саміті, який відбувся в Гаазі", "на саміті, який відбувся в Гаазі"),
    ],
)
def test_uk_the_verb_comes_after_the_question_word(body: str, expected: str) -> None:
    uk = language_for("uk")
    assert isinstance(uk, Ukrainian)
    assert uk._verb_after_question(body) == expected


def test_uk_the_gates_read_the_sentence_order_and_the_card_shows_the_question_order() -> None:
    questions = _uk_questions(
        "date 2024-05-20\n\nНа фестивалі «Зорепад» у Стрельзау переміг гурт «Сова». Друге "
        "місце посіла співачка Олена Вир із піснею «Сад».\n"
    )
    assert questions["Олена Вир"].endswith("хто посів друге місце із піснею «Сад»?")


def test_uk_a_verb_before_a_title_is_no_antecedent() -> None:
    questions = _uk_questions(
        "date 2024-03-10\n\nНайкращою стрічкою вечора стала «Тиха вода» Івана Гная, яка "
        "забрала шість статуеток.\n"
    )
    assert "стала" not in questions["шість"]
    assert "забрала «Тиха вода»" in questions["шість"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("В якому місті відбувся саміт?", "У якому місті відбувся саміт?"),
        ("Саміт в Гаазі 2025 року: хто?", "Саміт у Гаазі 2025 року: хто?"),
        ("Кого нокаутував Лис в п’ятому раунді?", "Кого нокаутував Лис у п’ятому раунді?"),
        ("Хто виступав в Вашингтоні?", "Хто виступав у Вашингтоні?"),
        ("Вона була в Одесі.", "Вона була в Одесі."),  # before a vowel
        ("Хто приїхала в Київ?", "Хто приїхала в Київ?"),  # after a vowel
        ("Фільм «Дім в горах» переміг.", "Фільм «Дім в горах» переміг."),  # a title as written
    ],
)
def test_uk_euphony_turns_v_into_u_between_consonants(text: str, expected: str) -> None:
    assert euphony(text) == expected


def test_uk_a_count_after_a_preposition_keeps_it_and_its_case() -> None:
    questions = _uk_questions(
        "date 2024-05-20\n\nЗемлетрус в Ардії 2024 року зруйнував тисячі будинків. "
        "Рятувальники Ардії працюють у 30 населених пунктах.\n"
    )
    assert "у скількох населених пунктах" in questions["30"].casefold()


def test_who_after_a_name_with_its_party_is_that_person() -> None:
    """`…, defeating Park Ji-won of the Justice Party, who received 40.3%`: the share is Park's,
    not the main clause's subject's, and not the party's."""
    article = parse_article(
        "date 2026-03-09\n\nHan Seo-yeon won the Ardian presidential election on Sunday. Han "
        "took 52.1% of the vote in the election, defeating Park Ji-won of the Justice Party, who "
        "received 40.3%.\n"
    )
    cards = generate_cards(article, language="en", max_cards=30, types=frozenset({CardType.BASIC}))
    by_answer = {c.answer: c.question for c in cards if isinstance(c, BasicCard)}
    assert "Who received 40.3%" not in by_answer.get("Han Seo-yeon", "")
    assert "Park Ji-won receive" in by_answer["40.3%"]


def test_a_question_that_names_nothing_goes_under_the_event_label() -> None:
    """`Коли депутати проголосували за бюджет?` alone asks "which budget?"; under the article's
    label it stands alone."""
    article = parse_article(
        "date 2025-12-04\n\nВерховна Рада ухвалила державний бюджет Ардії на 2026 рік. "
        "У першому читанні депутати проголосували за бюджет 22 жовтня.\n"
    )
    cards = generate_cards(article, language="uk", max_cards=30, types=frozenset({CardType.BASIC}))
    by_answer = {c.answer: c.question for c in cards if isinstance(c, BasicCard)}
    assert by_answer["22 жовтня"].startswith("Державний бюджет Ардії на 2026 рік: коли")


def test_a_listed_subject_is_asked_by_its_role_with_a_singular_verb() -> None:
    """`підписали міністерка економіки України X та міністр фінансів США Y`: each signer gets
    a card, asked by the whole role, and the verb agrees with the one subject asked about."""
    questions = _uk_questions(
        "date 2026-03-09\n\nУгоду про надра між Україною та США 30 квітня в Києві підписали "
        "міністерка економіки України Олена Коваль та міністр фінансів США Петро Ленц. "
        "Операцію особисто контролювали президент Іван Дуб і голова служби Василь Клен.\n"
    )
    assert questions["Петро Ленц"].startswith("Який міністр фінансів США підписав угоду")
    assert questions["Олена Коваль"].startswith("Яка міністерка економіки України підписала")
    assert "Олена Коваль" not in questions["Петро Ленц"]
    assert "який голова служби особисто контролював операцію" in questions["Василь Клен"]
    assert "який президент особисто контролював операцію" in questions["Іван Дуб"]


def test_a_quoted_name_after_its_class_noun_is_asked_by_that_noun() -> None:
    """`провела спецоперацію «Тінь»` → `Яку спецоперацію …`; `отримала норвезька драма «X»` →
    `яка норвезька драма …`: the class noun is the verb's own object or subject."""
    questions = _uk_questions(
        "date 2026-06-02\n\nСлужба безпеки України в неділю, 1 червня, провела спецоперацію "
        "«Тінь», під час якої дрони уразили 20 російських літаків. Гран-прі фестивалю отримала "
        "норвезька драма «Світло півночі» Олафа Берга.\n"
    )
    assert (
        questions["Тінь"] == "Яку спецоперацію провела служба безпеки України 1 червня 2026 року?"
    )
    assert questions["Світло півночі"].startswith("Яка норвезька драма Олафа Берга отримала")


def test_an_age_between_commas_leaves_the_question() -> None:
    article = parse_article(
        "date 2025-03-31\n\nPresiding judge Hal Ostrow sentenced Mara Venn, 56, to four years in "
        "prison for fraud in the Arden funds case.\n"
    )
    cards = generate_cards(article, language="en", max_cards=30, types=frozenset({CardType.BASIC}))
    by_answer = {c.answer: c.question for c in cards if isinstance(c, BasicCard)}
    assert by_answer["Hal Ostrow"].startswith("Who sentenced Mara Venn to four years in prison")


def test_a_gerund_clause_and_a_source_lead_in_leave_the_question() -> None:
    """`За попередніми даними X, інфляція сповільнилася до 1,9%, опустившись нижче від …`: the
    source and the gerund's side remark go; the fact is asked."""
    questions = _uk_questions(
        "date 2025-06-05\n\nЗа попередніми даними Євростату, річна інфляція в єврозоні у травні "
        "2025 року сповільнилася до 1,9%, опустившись нижче від цільового рівня ЄЦБ у 2%.\n"
    )
    question = questions["1,9%"]
    assert "сповільнилася річна інфляція в єврозоні" in question
    assert "Євростату" not in question and "опустившись" not in question


def test_a_work_is_asked_with_its_author_after_a_verb_that_looks_like_an_adjective() -> None:
    """`стала «Тиха вода» Івана Гная`: `стала` is the verb here, and the author's genitive goes
    with the question word, not stranded in the clause."""
    questions = _uk_questions(
        "date 2026-03-16\n\nНайуспішнішою стрічкою вечора стала «Тиха вода» Івана Гная, яка "
        "забрала шість статуеток.\n"
    )
    assert questions["Тиха вода"].startswith("Яка стрічка Івана Гная стала найуспішнішою")


def test_a_person_after_a_participle_is_asked_with_the_subjects_verb() -> None:
    """`Мерц став канцлером, змінивши на цій посаді Олафа Шольца` → `Кого змінив Фрідріх
    Мерц …?`; a second participle joined by `і` is its own fact, not part of the question."""
    questions = _uk_questions(
        "date 2025-05-06\n\nБундестаг обрав Фрідріха Мерца федеральним канцлером. Мерц став "
        "десятим канцлером ФРН, змінивши на цій посаді Олафа Шольца. Нікушор Дан переміг у "
        "другому турі, набравши 53,6% голосів і випередивши Джордже Сіміона.\n"
    )
    assert questions["Олаф Шольц"].startswith("Кого змінив Фрідріх Мерц")
    assert questions["53,6%"].startswith("Скільки відсотків голосів набрав Нікушор Дан")
    assert "випередивши" not in questions["53,6%"]


def test_a_win_told_by_an_infinitive_and_set_scores() -> None:
    """`X saved two points and came back … to beat Y 4-6, 7-6(4), 7-5 in the final`: the winner
    is asked without the set scores, the beaten player with the infinitive's verb, and a
    score read only in part (`4-6, 7-6`) is no answer."""
    questions = questions_of(
        "date 2025-06-08\n\nCarla Mendes saved two championship points and came back from a set "
        "down to beat world number one Ines Vale 4-6, 7-6(4), 7-5 in the Lisbon Open final on "
        "Sunday, retaining her title in the longest final in the tournament's history.\n"
    )
    assert questions["Ines Vale"].startswith("Whom did Carla Mendes beat in the Lisbon Open final")
    assert questions["Carla Mendes"].startswith("Who saved two championship points")
    assert "4-6" not in questions["Carla Mendes"]
    assert not [a for a in questions if a.startswith("4-6")]


def test_a_role_without_a_case_in_the_dictionary_still_asks_for_its_person() -> None:
    questions = _uk_questions(
        "date 2026-03-09\n\nЗустріч тривала три години: президента Польщі супроводжували "
        "державний секретар Марко Лис та радник Стів Гай.\n"
    )
    assert questions["Марко Лис"].startswith("Який державний секретар супроводжував президента")


def test_a_dash_standing_for_is_gives_a_which_role_question() -> None:
    questions = _uk_questions(
        "date 2025-06-13\n\nПасажирський літак авіакомпанії Air India 12 червня розбився "
        "невдовзі після зльоту. Серед загиблих — колишній прем’єр-міністр Італії Маріо Россі.\n"
    )
    assert questions["Маріо Россі"].startswith(
        "Який колишній прем’єр-міністр Італії серед загиблих"
    )
