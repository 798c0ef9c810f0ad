"""Time per answer check over the test case table (target p95 < 1 ms) and the one-time cost of
loading the morphology (target < 300 ms), beside plain string equality on the same cases.

Three figures per check: `warm` (the same answers checked again, every cache full, as when a deck
is reviewed a second time), `new answer` (every cache of the checker and of the word analyser
emptied before each check; only the dictionaries stay loaded, as for an answer never seen before),
and the two baselines, `==` and `normalise() ==`. Loading is measured in fresh interpreters.

    .venv/bin/python benchmarks/answers.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pymorphy3
from tests.core.test_answers import CASES

from newsquiz.core.answers import check_text
from newsquiz.core.morphology import (
    EnglishMorphology,
    Morphology,
    PymorphyMorphology,
)
from newsquiz.core.text import normalise

ROUNDS = 30
LOAD_RUNS = 3
LOAD_CODE = """
import time
from newsquiz.core.morphology import morphology_for
t = time.perf_counter()
morphology_for({language!r}).lemmas({word!r})
print(time.perf_counter() - t)
"""


def load_seconds(language: str, word: str) -> float:
    """Library import, dictionary load and first analysis in a fresh interpreter where newsquiz
    itself is already imported (median of runs)."""
    code = LOAD_CODE.format(language=language, word=word)
    runs = [
        float(
            subprocess.run(
                [sys.executable, "-c", code], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(LOAD_RUNS)
    ]
    return statistics.median(runs)


def percentiles(samples: list[int]) -> tuple[float, float]:
    """p50 and p95 in microseconds."""
    ordered = sorted(samples)
    return (
        ordered[len(ordered) // 2] / 1000,
        ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))] / 1000,
    )


def time_each(check: Callable[[int], object]) -> list[int]:
    samples: list[int] = []
    for _ in range(ROUNDS):
        for i in range(len(CASES)):
            start = time.perf_counter_ns()
            check(i)
            samples.append(time.perf_counter_ns() - start)
    return samples


def main() -> None:
    uk_load = load_seconds("uk", "маямі")
    en_load = load_seconds("en", "cities")
    print(f"morphology load, fresh interpreter: uk (pymorphy3) {uk_load * 1000:.0f} ms, "
          f"en (simplemma) {en_load * 1000:.0f} ms  (target < 300 ms each)")  # fmt: skip

    alternatives = [[alt.strip() for alt in case.expected.split("|")] for case in CASES]
    analyzer = pymorphy3.MorphAnalyzer(lang="uk")

    def warm(i: int) -> object:
        case = CASES[i]
        return check_text(alternatives[i], case.typed, case.language)

    def new_answer(i: int) -> object:
        case = CASES[i]
        fresh: Morphology = (
            EnglishMorphology() if case.language == "en" else PymorphyMorphology(analyzer)
        )
        return check_text(alternatives[i], case.typed, case.language, morphology=fresh)

    def equality(i: int) -> object:
        return any(CASES[i].typed == alt for alt in alternatives[i])

    def normalised_equality(i: int) -> object:
        typed = normalise(CASES[i].typed)
        return any(typed == normalise(alt) for alt in alternatives[i])

    for i in range(len(CASES)):  # warm-up: every word seen once, every answer parsed once
        warm(i)
    print(f"{len(CASES)} cases x {ROUNDS} rounds; time per check:")
    base_p50, base_p95 = percentiles(time_each(equality))
    for name, check in (
        ("warm", warm),
        ("new answer", new_answer),
        ("== (baseline)", equality),
        ("normalise() ==", normalised_equality),
    ):
        p50, p95 = percentiles(time_each(check))
        print(
            f"  {name:16} p50 {p50:8.1f} µs  p95 {p95:8.1f} µs"
            f"  ({p50 / base_p50:7.0f}x / {p95 / base_p95:7.0f}x the == baseline)"
        )
    print("target: p95 < 1000 µs per check")


if __name__ == "__main__":
    main()
