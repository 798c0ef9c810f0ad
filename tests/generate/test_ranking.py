"""Ranking rules on facts we build by hand: re-asked entities, clozes and side notes go below
the questions that carry the story."""

from __future__ import annotations

from newsquiz.generate.facts import Fact
from newsquiz.generate.languages import Question
from newsquiz.generate.mentions import Kind, Mention
from newsquiz.generate.ranking import rank_facts, score_fact
from newsquiz.generate.sentences import Sentence


def fact(
    index: int,
    text: str,
    answer: str,
    key: str,
    *,
    question: str | None = "Who?",
    cloze: bool = False,
) -> Fact:
    mention = Mention(
        kind=Kind.PERSON,
        start=0,
        end=len(answer),
        surface=answer,
        base=answer,
        key=key,
    )
    asked = None if question is None else Question(question, "agent", cloze=cloze)
    return Fact(Sentence(text, index, index), mention, asked, "en", repeats=1)


def test_a_later_card_about_an_answered_person_goes_below_a_new_entity() -> None:
    lead = fact(
        0,
        "Anna Vik and Otto Kranz won the pairs title.",
        "Anna Vik and Otto Kranz",
        "p:anna vik+p:otto kranz",
    )
    again = fact(3, "Otto Kranz thanked the crowd.", "Otto Kranz", "p:otto kranz")
    new = fact(4, "Ilse Brand presented the trophy.", "Ilse Brand", "p:ilse brand")
    assert score_fact(again) > score_fact(new)
    order = [f.mention.base for f, _ in rank_facts([lead, again, new])]
    assert order == ["Anna Vik and Otto Kranz", "Ilse Brand", "Otto Kranz"]


def test_a_cloze_never_outranks_a_question_on_its_sentence() -> None:
    text = "Anna Vik beat Otto Kranz in the final."
    cloze = fact(0, text, "Otto Kranz", "p:otto kranz", question="{{Otto Kranz}}", cloze=True)
    none = fact(0, text, "Ilse Brand", "p:ilse brand", question=None)
    asked = fact(0, text, "Anna Vik", "p:anna vik", question="Who beat Otto Kranz?")
    lowered = Fact(asked.sentence, asked.mention, Question("Who?", "agent", bonus=-2.0), "en", 1)
    ranked = rank_facts([cloze, none, lowered])
    assert ranked[0][0] is lowered
    assert all(score < ranked[0][1] for _, score in ranked[1:])


def test_a_side_note_scores_below_the_same_fact_told_plainly() -> None:
    plain = fact(5, "Otto Kranz thanked the crowd.", "Otto Kranz", "p:otto kranz")
    aside = fact(5, "Meanwhile, Otto Kranz thanked the crowd.", "Otto Kranz", "p:otto kranz")
    assert score_fact(aside) < score_fact(plain)


def test_a_second_ukrainian_card_on_a_sentence_yields_to_a_new_sentence() -> None:
    from dataclasses import replace

    text = "Ігор Ткач і Олена Грак виграли фінал у Сольці."
    first = replace(fact(2, text, "Ігор Ткач", "p:ткач"), language="uk")
    second = replace(fact(2, text, "Олена Грак", "p:грак"), language="uk")
    other = replace(fact(3, "Нагороду вручив Остап Лис.", "Остап Лис", "p:лис"), language="uk")
    assert score_fact(second) > score_fact(other)
    order = [f.mention.base for f, _ in rank_facts([first, second, other])]
    assert order == ["Ігор Ткач", "Остап Лис", "Олена Грак"]


def _uk_number(text: str, answer: str, kind: Kind, question: str) -> Fact:
    start = text.index(answer)
    mention = Mention(kind, start, start + len(answer), answer, answer, answer)
    return Fact(Sentence(text, 1, 0), mention, Question(question, "how-many"), "uk", repeats=1)


def test_ukrainian_ages_and_counts_do_not_blur_a_number_card() -> None:
    """`24-річний` is an age, and `32 країн` is no share: neither blurs which number is asked
    (another percentage does)."""
    points = _uk_number(
        "Співак набрав 436 балів.", "436 балів", Kind.MEASURE, "Скільки балів 24-річний набрав?"
    )
    plain = _uk_number("Співак набрав 436 балів.", "436 балів", Kind.MEASURE, "Скільки балів?")
    assert score_fact(points) == score_fact(plain)
    share = _uk_number(
        "Лідери 32 країн погодилися до 5%.", "5%", Kind.PERCENT, "До скількох відсотків 32 країн?"
    )
    blurred = _uk_number(
        "Лідери 32 країн погодилися до 5%.", "5%", Kind.PERCENT, "До скількох відсотків 3%?"
    )
    assert score_fact(share) > score_fact(blurred)
