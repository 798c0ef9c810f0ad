"""Generator speed: ms per article over ../shared/dev after warm-up, start-up cost, 1 MB article.

Run from the repository root: `.venv/bin/python benchmarks/generate.py`. Prints figures, and
the warm figure beside the target (under 50 ms per 1,000 words) with their ratio.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from newsquiz.generate import generate_deck, parse_article

DEV = Path(__file__).resolve().parents[2] / "shared" / "dev"
TARGET_MS_PER_KWORD = 50.0
"""The issue's target: under 50 ms per 1,000 words, warm."""


def startup_seconds() -> float:
    """A fresh interpreter importing the generator and making a deck from one sentence."""
    code = (
        "from newsquiz.generate import generate_deck, parse_article;"
        "generate_deck([parse_article('Мер Києва відкрив міст у Харкові.', 'x')]);"
        "generate_deck([parse_article('The mayor of Kyiv opened a bridge in Paris.', 'y')])"
    )
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    files = sorted(DEV.glob("*.txt"))
    if not files:
        print(f"no articles in {DEV}")
        return
    texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    for name, text in texts:  # warm-up: dictionaries, caches, compiled patterns
        generate_deck([parse_article(text, name)])
    rounds = 5
    words = sum(len(text.split()) for _, text in texts)
    start = time.perf_counter()
    for _ in range(rounds):
        for name, text in texts:
            generate_deck([parse_article(text, name)])
    elapsed = time.perf_counter() - start
    per_article = elapsed / (rounds * len(texts)) * 1000
    per_kword = elapsed / (rounds * words) * 1000 * 1000
    print(f"dev articles: {len(texts)}, {words} words")
    print(f"warm: {per_article:.1f} ms per article, {per_kword:.1f} ms per 1,000 words")
    print(
        f"target: < {TARGET_MS_PER_KWORD:.0f} ms per 1,000 words — measured {per_kword:.1f} "
        f"(ratio {per_kword / TARGET_MS_PER_KWORD:.2f})"
    )
    print(f"start-up (fresh interpreter, two one-sentence decks): {startup_seconds():.2f} s")
    body = "\n".join(text.split("\n", 2)[-1] for _, text in texts)
    big = body * (1_000_000 // len(body.encode("utf-8")) + 1)
    size = len(big.encode("utf-8")) / 1_000_000
    start = time.perf_counter()
    deck = generate_deck([parse_article(big, "big")])
    seconds = time.perf_counter() - start
    big_words = len(big.split())
    print(
        f"{size:.1f} MB article ({big_words} words): {seconds:.2f} s, "
        f"{seconds / big_words * 1_000_000:.1f} ms per 1,000 words, {len(deck.cards)} cards"
    )


if __name__ == "__main__":
    main()
