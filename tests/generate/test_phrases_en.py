"""English facts carried by fixed phrases (rate moves, vote tallies, nicknames, statuses,
gapped rankings, `beating X`): sentences we wrote, and the question each must become."""

from __future__ import annotations

from newsquiz.core.cards import BasicCard, CardType
from newsquiz.generate import generate_cards, parse_article
from newsquiz.generate.languages import grammar_en as g


def questions(text: str) -> dict[str, str]:
    article = parse_article("date 2024-05-12\n\n" + text + "\n", "t")
    cards = generate_cards(article, language="en", types=frozenset({CardType.BASIC}))
    return {card.answer: card.question for card in cards if isinstance(card, BasicCard)}


def test_a_rate_move_is_asked_by_its_size_and_its_level() -> None:
    found = questions(
        "The Bank of Ruritania raised its deposit rate by 25 basis points to 4.75% on Tuesday."
    )
    assert found["25 basis points"].startswith("By how much did the Bank of Ruritania raise")
    assert found["4.75%"].startswith("To what level did the Bank of Ruritania raise")


def test_a_sized_move_is_asked_by_how_much_or_by_what_size() -> None:
    found = questions(
        "On Monday the Reserve Bank of Zenda said it had approved a half-point cut in interest "
        "rates.\nOtto Kranz, a board member, had argued for a quarter-point cut."
    )
    assert found["a half point"].startswith("By how much did the Reserve Bank of Zenda cut")
    assert found["a quarter-point cut"].startswith("What size of cut had Otto Kranz argued for")


def test_a_vote_tally_is_asked_by_what_vote() -> None:
    found = questions("The Zenda city council voted 9-4 for the new tram line on Monday.")
    assert found["9-4"].startswith("By what vote did the Zenda city council vote for the new tram")


def test_a_nickname_is_asked_as_a_nickname() -> None:
    found = questions(
        'Mayor Ilse Brand, known to residents as "the Builder", opened the bridge.\n'
        'Critic Paul Otter attacked Mayor Ilse Brand\'s plan, dubbing her "Lady Concrete".'
    )
    assert found["the Builder"].startswith(
        "What nickname is Mayor Ilse Brand known by to residents"
    )
    assert found["Lady Concrete"].startswith("What nickname did Critic Paul Otter give Ilse Brand")
    assert not [q for q in found.values() if q.startswith("Who known")]


def test_a_granted_status_is_asked_as_a_status() -> None:
    found = questions("In 2019 the Hanseatic Union granted Ruritania associate status.")
    assert found["associate status"].startswith(
        "What status did the Hanseatic Union grant Ruritania in 2019"
    )


def test_the_second_of_a_gapped_ranking_is_asked() -> None:
    found = questions(
        'In the Zenda Prize audience vote, "Blue Harbour" came first with 3,200 votes and Anna '
        'Vik\'s "Salt Roads" second with 2,900.'
    )
    assert found["Salt Roads"].startswith("What came second in the Zenda Prize audience vote")


def test_beating_names_the_loser_and_the_score() -> None:
    found = questions(
        "Zenda Rovers won the Ruritanian Cup on Saturday, beating Strelsau Athletic 2-0 in the "
        "final at the Old Ground in Tarlenheim."
    )
    assert (
        "Whom did Zenda Rovers beat in the final?" in found["Strelsau Athletic"]
    )  # the score apart
    assert "By what score did Zenda Rovers beat Strelsau Athletic in the final?" in found["2-0"]


def test_a_role_word_before_a_winner_leaves_the_question() -> None:
    found = questions('Danish poet Karen Holt has won the Zenda Prize for her book "Ice Hours".')
    assert (
        found["Karen Holt"] == 'Who has won the Zenda Prize for her book "Ice Hours" in May 2024?'
    )
    assert found["Ice Hours"].startswith("For which book has")


def test_past_forms_keep_their_stems() -> None:
    assert [g.base_form(w) for w in ("voted", "added", "scored", "noted", "stopped")] == [
        "vote",
        "add",
        "score",
        "note",
        "stop",
    ]


def test_a_gapped_ranking_keeps_only_the_setting_in_front() -> None:
    found = questions(
        "In the city council, which also voted, no one won a majority: Vik came first with 12 "
        "votes and Otto Kranz second with 9."
    )
    assert found["Otto Kranz"].startswith("Who came second in the city council")
    assert "which" not in found["Otto Kranz"]


def test_the_chair_of_a_body_is_asked_by_the_body() -> None:
    found = questions("The jury, chaired by Danish critic Karen Holt, chose the winner.")
    assert found["Karen Holt"] == "Who chaired the jury in May 2024?"


def test_a_beaten_opponent_is_asked_with_the_role_before_the_name() -> None:
    found = questions(
        "On Saturday, Ana Lind of Poland won the Zenda Open by beating Eva Berg of Norway "
        "6-3, 6-2.\n"
        "Karl Weber won the men's title on Sunday, beating two-time defending champion Tom Kay "
        "4-6, 6-4, 6-4.\n"
    )
    assert (
        found["Eva Berg"].endswith("Whom did Ana Lind beat?")
        or "Whom did Ana Lind beat" in (found["Eva Berg"])
    )
    assert "6-3" not in found["Eva Berg"] and "Norway" not in found["Eva Berg"]
    assert "Which two-time defending champion did Karl Weber beat" in found["Tom Kay"]


def test_the_agent_of_a_passive_is_asked_in_the_active_voice() -> None:
    found = questions(
        "The Zenda Prize was announced in Strelsau by Mara Kovac, the jury's chair.\n"
        "The new bridge was opened by Mayor Karl Weber on Friday.\n"
        "The treaty was signed by the Ruritanian Commission and Borduvia.\n"
    )
    assert "Who announced the Zenda Prize in Strelsau" in found["Mara Kovac"]
    assert "Who opened the new bridge" in found["Karl Weber"]
    assert "Ruritanian Commission" not in found  # one of two agents


def test_their_of_a_plural_subject_is_its_own() -> None:
    found = questions("The Zenda Prize winners will receive their medals on December 10.\n")
    assert "When in 2024 will the Zenda Prize winners receive their medals" in found["December 10"]
