"""Decks to and from the tools people use: CSV round trips, Quizlet and Anki plain-text imports,
and `.apkg` packages opened with Anki itself (the `anki` package)."""

from __future__ import annotations

import csv
import sqlite3
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import genanki
import pytest
from anki.collection import Collection, ImportAnkiPackageOptions, ImportAnkiPackageRequest

from newsquiz.anki_export import anki_cloze, write_apkg
from newsquiz.cli import main
from newsquiz.core.cards import BasicCard, ChoiceCard, ClozeCard, Deck
from newsquiz.core.deck_tables import TableError, card_id_for, deck_to_csv, parse_table
from newsquiz.core.decks import parse_deck
from newsquiz.core.scheduling import CardState, Phase
from tests.classroom import build_class

DECK = Deck(
    slug="mixed",
    title="Mixed",
    language="uk",
    cards=(
        BasicCard(
            id="host", question="Де саміт?", answer="Маямі", accept=("Miami",), tags=("g20",)
        ),
        ChoiceCard(
            id="who", question="Хто запросив?", answer="Трамп", choices=("Байден", "Трамп", "Сі")
        ),
        ClozeCard(id="year", text="Саміт у {{Маямі|Miami}} у {{2026}} році."),
    ),
)


def test_csv_round_trip_keeps_ids_types_choices_and_accepts() -> None:
    back = parse_table(deck_to_csv(DECK), slug="mixed", title="Mixed", language="uk")
    assert [(c.id, c.type) for c in back.cards] == [
        ("host", "basic"),
        ("who", "choice"),
        ("year", "cloze"),
    ]
    host, who, year = back.cards
    assert isinstance(host, BasicCard)
    assert (host.answer, host.accept, host.tags) == ("Маямі", ("Miami",), ("g20",))
    assert isinstance(who, ChoiceCard)
    assert who.choices == ("Байден", "Трамп", "Сі")
    assert isinstance(year, ClozeCard)
    assert year.text == "Саміт у {{Маямі|Miami}} у {{2026}} році."


QUIZLET = """term,definition
Хто запросив Токаєва на саміт G20?,Дональд Трамп
"Where is the 2026 G20 summit, exactly?",Miami
Хто запросив Токаєва на саміт G20?,Трамп
"""


def test_quizlet_export_gets_stable_deduplicated_ids() -> None:
    deck = parse_table(QUIZLET, slug="quiz", title="Quiz", language="uk")
    assert [c.id for c in deck.cards] == [
        "khto-zaprosyv-tokaieva-na-samit-g20",
        "where-is-the-2026-g20-summit",
        "khto-zaprosyv-tokaieva-na-samit-g20-2",
    ]
    assert parse_table(QUIZLET, slug="quiz", title="Quiz", language="uk") == deck
    second = deck.cards[1]
    assert isinstance(second, BasicCard)
    assert (second.question, second.answer, second.line) == (
        "Where is the 2026 G20 summit, exactly?",
        "Miami",
        3,
    )


ANKI_TEXT = (
    "#separator:tab\n#html:true\n#tags column:3\n"
    "Capital of <b>France</b>?\tParis<br>(since 508)\tgeo\n"
    "The summit is in {{c1::Miami::a city}} in {{c2::2026}}.\tTrump invited them\t\n"
    "Ampersand &amp; entity?\tyes &lt;really&gt;\t\n"
)


def test_anki_plain_text_with_html_and_cloze() -> None:
    deck = parse_table(ANKI_TEXT, slug="anki", title="From Anki", language="en")
    capital, summit, entity = deck.cards
    assert isinstance(capital, BasicCard)
    assert (capital.id, capital.question, capital.answer, capital.line) == (
        "capital-of-france",
        "Capital of France?",
        "Paris (since 508)",
        4,
    )
    assert isinstance(summit, ClozeCard)
    assert summit.text == "The summit is in {{Miami}} in {{2026}}."
    assert summit.explanation == "Trump invited them"
    assert isinstance(entity, BasicCard)
    assert (entity.question, entity.answer) == ("Ampersand & entity?", "yes <really>")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty"),
        ("word,meaning\na,b\n", "header needs a question column"),
        ("term\tdefinition\nQuestion?\t\n", "line 2: no answer"),
        ("term,definition\n", "no cards"),
    ],
    ids=["empty", "unknown header", "missing answer", "header only"],
)
def test_bad_tables_name_the_line(text: str, message: str) -> None:
    with pytest.raises(TableError, match=message):
        parse_table(text, slug="x", title="X", language="en")


def test_card_ids_transliterate_ukrainian() -> None:
    assert card_id_for("Що таке «Група двадцяти»?") == "shcho-take-hrupa-dvadtsiaty"
    assert card_id_for("???") == "card"


def test_anki_cloze_numbers_gaps_and_drops_alternatives() -> None:
    assert anki_cloze("In {{Miami|Маямі}} & {{2026}}") == "In {{c1::Miami}} &amp; {{c2::2026}}"


def import_into_anki(package: Path, folder: Path) -> Collection:
    col = Collection(str(folder / "collection.anki2"))
    options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)
    col.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=options))
    return col


NOW = datetime(2026, 3, 2, 8, tzinfo=UTC)


def note_type(note: Any) -> dict[str, Any]:
    found = note.note_type()
    assert found is not None
    return dict(found)


REVIEWED = CardState(
    phase=Phase.REVIEW,
    stability=30.0,
    difficulty=5.5,
    due=NOW + timedelta(days=25),
    last_review=NOW - timedelta(days=5),
    reps=4,
    lapses=1,
)


def test_apkg_opens_in_anki_with_stable_guids_models_and_schedule(tmp_path: Path) -> None:
    package = tmp_path / "mixed.apkg"
    write_apkg(DECK, package, {"host": REVIEWED})
    col = import_into_anki(package, tmp_path)
    try:
        notes = {col.get_note(nid).guid: col.get_note(nid) for nid in col.find_notes("")}
        assert set(notes) == {genanki.guid_for("mixed", c.id) for c in DECK.cards}
        host = notes[genanki.guid_for("mixed", "host")]
        assert note_type(host)["name"] == "newsquiz Basic"
        assert host.fields[:2] == ["Де саміт?", "Маямі"]
        (card,) = host.cards()
        assert (card.type, card.queue, card.ivl, card.reps, card.lapses) == (2, 2, 30, 4, 1)
        assert card.memory_state is not None
        assert card.memory_state.stability == pytest.approx(30.0)
        who = notes[genanki.guid_for("mixed", "who")]
        assert who.fields[0] == "Хто запросив?<ol><li>Байден</li><li>Трамп</li><li>Сі</li></ol>"
        year = notes[genanki.guid_for("mixed", "year")]
        assert note_type(year)["type"] == 1  # Anki's cloze note type
        assert year.fields[0] == "Саміт у {{c1::Маямі}} у {{c2::2026}} році."
        assert len(year.cards()) == 2
        assert all(c.type == 0 for c in year.cards())  # no schedule given: new
    finally:
        col.close()


def test_exporting_again_updates_the_same_notes_in_anki(tmp_path: Path) -> None:
    first = tmp_path / "one.apkg"
    write_apkg(DECK, first, timestamp=1_772_438_400)
    edited = Deck(
        slug="mixed",
        title="Mixed",
        language="uk",
        cards=(
            BasicCard(id="host", question="Де відбудеться саміт?", answer="Маямі"),
            *DECK.cards[1:],
        ),
    )
    second = tmp_path / "two.apkg"
    write_apkg(edited, second, timestamp=1_772_438_400 + 60)  # Anki takes only newer notes
    col = import_into_anki(first, tmp_path)
    try:
        options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)
        col.import_anki_package(ImportAnkiPackageRequest(package_path=str(second), options=options))
        fronts = sorted(
            col.get_note(nid).fields[0] for nid in col.find_notes('"note:newsquiz Basic"')
        )
        assert len(col.find_notes("")) == 3
        assert "Де відбудеться саміт?" in fronts
    finally:
        col.close()


def test_apkg_zip_holds_a_collection_with_notes_and_cards(tmp_path: Path) -> None:
    package = tmp_path / "mixed.apkg"
    write_apkg(DECK, package)
    with zipfile.ZipFile(package) as archive:
        archive.extract("collection.anki2", tmp_path)
    with sqlite3.connect(tmp_path / "collection.anki2") as db:
        assert db.execute("SELECT count(*) FROM notes").fetchone() == (3,)
        assert db.execute("SELECT count(*) FROM cards").fetchone() == (4,)


# the commands ------------------------------------------------------------------------------


def test_import_csv_writes_a_valid_deck_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "quizlet.csv"
    source.write_text(QUIZLET, encoding="utf-8")
    out = tmp_path / "quiz.yaml"
    argv = [
        "import-csv",
        str(source),
        "-o",
        str(out),
        "--deck",
        "quiz",
        "--title",
        "Quiz",
        "--language",
        "uk",
    ]
    assert main(argv) == 0
    assert "wrote" in capsys.readouterr().out
    deck = parse_deck(out.read_bytes(), str(out))
    assert [c.id for c in deck.cards][2] == "khto-zaprosyv-tokaieva-na-samit-g20-2"
    assert main(["check", str(out)]) == 0


def test_import_csv_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "bad.csv"
    source.write_text("word,meaning\na,b\n", encoding="utf-8")
    argv = [
        "import-csv",
        str(source),
        "-o",
        str(tmp_path / "x.yaml"),
        "--deck",
        "x",
        "--title",
        "X",
        "--language",
        "en",
    ]
    assert main(argv) == 2
    assert "header needs a question column" in capsys.readouterr().err
    argv[1] = str(tmp_path / "missing.csv")
    assert main(argv) == 2


def test_export_deck_csv_and_apkg_with_a_learners_schedule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = build_class(tmp_path)[0]
    table = tmp_path / "civics.csv"
    assert (
        main(["export-deck", "civics", "--format", "csv", "-o", str(table), "--db", str(db)]) == 0
    )
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["id"], r["type"]) for r in rows] == [
        ("capital", "basic"),
        ("host", "basic"),
        ("year", "cloze"),
    ]
    package = tmp_path / "bob.apkg"
    argv = [
        "export-deck",
        "civics",
        "--format",
        "apkg",
        "-o",
        str(package),
        "--profile",
        "bob",
        "--db",
        str(db),
    ]
    assert main(argv) == 0
    assert "with 3 cards' schedule" in capsys.readouterr().out
    col = import_into_anki(package, tmp_path)
    try:
        (year,) = col.get_note(col.find_notes('"note:newsquiz Cloze"')[0]).cards()
        assert (year.type, year.reps) == (2, 2)  # bob's year card is in review after two answers
    finally:
        col.close()


def test_export_deck_unknown_deck_and_csv_with_profile(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "x.db")
    assert (
        main(["export-deck", "nope", "--format", "csv", "-o", str(tmp_path / "x.csv"), "--db", db])
        == 2
    )
    assert "no deck 'nope'" in capsys.readouterr().err
    argv = ["export-deck", "nope", "--format", "csv", "-o", "x.csv", "--profile", "ann", "--db", db]
    assert main(argv) == 2
