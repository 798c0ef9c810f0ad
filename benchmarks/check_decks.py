"""How long `newsquiz check` takes on a 10,000-card deck (target < 1 s), beside bare YAML loading.

The reference is PyYAML's fastest loader (libyaml `CSafeLoader`) building plain Python objects with
no validation at all: the ratio shows what the node walk and the checks cost on top of parsing.

    .venv/bin/python benchmarks/check_decks.py
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import yaml

from newsquiz.deck_files import read_deck_file

CARDS = 10_000
RUNS = 5


def make_deck(cards: int) -> str:
    lines = [
        "deck: benchmark",
        "title: Benchmark deck",
        "language: uk",
        "as_of: 2025-12-23",
        "source: {title: Новини, url: 'https://example.org/news'}",
        "cards:",
    ]
    for i in range(cards):
        kind = i % 3
        lines.append(f"  - id: card-{i}")
        lines.append("    tags: [g20, саміт]")
        lines.append(
            f"    evidence: Саміт номер {i} відбудеться в американському місті Маямі у 2026 році."
        )
        if kind == 0:
            lines.append(f"    question: Де відбудеться саміт номер {i}?")
            lines.append("    answer: Маямі")
            lines.append("    accept: [Miami, в Маямі]")
        elif kind == 1:
            lines.append("    type: choice")
            lines.append(f"    question: Хто запросив гостей на саміт номер {i}?")
            lines.append("    answer: Дональд Трамп")
            lines.append("    choices: [Дональд Трамп, Джо Байден, Сі Цзіньпін, Емманюель Макрон]")
        else:
            lines.append("    type: cloze")
            lines.append(
                f"    text: Саміт номер {i} відбудеться у {{{{2026}}}} році в {{{{Маямі|Miami}}}}."
            )
    return "\n".join(lines) + "\n"


def measure(run: Callable[[], object]) -> tuple[float, float]:
    """Best wall-clock and best CPU seconds over RUNS runs: the machine is shared and noisy."""
    walls, cpus = [], []
    for _ in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return min(walls), min(cpus)


def main() -> None:
    text = make_deck(CARDS)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "benchmark.yaml"
        path.write_text(text, encoding="utf-8")
        assert len(read_deck_file(path).cards) == CARDS
        check_wall, check_cpu = measure(lambda: read_deck_file(path))
        load_wall, load_cpu = measure(lambda: yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader))
    print(f"deck: {CARDS} cards, {len(text.encode()) / 1e6:.1f} MB; best of {RUNS} runs")
    print(f"{'':34} {'wall ms':>8} {'cpu ms':>8}")
    print(
        f"{'newsquiz check (parse + validate)':34} {check_wall * 1e3:8.0f} {check_cpu * 1e3:8.0f}"
    )
    print(f"{'yaml CSafeLoader, no validation':34} {load_wall * 1e3:8.0f} {load_cpu * 1e3:8.0f}")
    print(
        f"{'ratio check / bare load':34} {check_wall / load_wall:8.2f} {check_cpu / load_cpu:8.2f}"
    )
    print(f"target < 1000 ms: {'met' if check_wall < 1.0 else 'MISSED'}")


if __name__ == "__main__":
    main()
