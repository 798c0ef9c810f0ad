"""Fsync the SQLite write-ahead log soon after each answer, off the learner's thread.

With `synchronous=NORMAL` a commit has reached the operating system when `commit()` returns, so
it survives the process being killed; only a power cut or kernel crash before the next fsync could
lose it. SQLite alone fsyncs only at checkpoints (every ~100 answers). This thread fsyncs the WAL
file within `DELAY` of each commit instead, so that window shrinks to about 10 ms while the
learner never waits for the disk: PostgreSQL's asynchronous commit with its WAL writer. The short
delay lets one fsync cover every commit made meanwhile, so a burst of writes (an import, a
script, the benchmark) costs a few fsyncs instead of one each. A store opened with
`synchronous="full"` needs none of this: SQLite fsyncs inside every commit.
"""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Final

DELAY: Final = 0.01
"""Seconds between a commit and the fsync that covers it (and any commit made meanwhile)."""


class WalFlusher:
    def __init__(self, database: Path, delay: float = DELAY) -> None:
        self.wal = database.with_name(database.name + "-wal")
        self.delay = delay
        self.flushes = 0
        """Completed fsyncs, for tests and diagnostics."""
        self._changed = threading.Condition()
        self._requested = 0
        self._done = 0
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="newsquiz-wal-flush", daemon=True)
        self._thread.start()

    def request(self) -> None:
        """A commit just happened: fsync the WAL as soon as possible."""
        with self._changed:
            self._requested += 1
            self._changed.notify_all()

    def wait(self, timeout: float = 5.0) -> bool:
        """Block until every commit requested so far is fsynced (for tests and for closing)."""
        with self._changed:
            return self._changed.wait_for(lambda: self._done >= self._requested, timeout)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def close(self) -> None:
        with self._changed:
            self._closing = True
            self._changed.notify_all()
        self._thread.join(timeout=5.0)

    def _run(self) -> None:
        while True:
            with self._changed:
                self._changed.wait_for(lambda: self._requested > self._done or self._closing)
                if self._requested <= self._done:
                    return  # closing, and nothing left to flush
            if not self._closing:
                time.sleep(self.delay)  # gather the commits of a burst into one fsync
            with self._changed:
                target = self._requested
            self._fsync()  # covers every commit requested before it started
            with self._changed:
                self._done = target
                self._changed.notify_all()

    def _fsync(self) -> None:
        try:
            descriptor = os.open(self.wal, os.O_RDWR)
        except OSError:  # no WAL yet, or already removed at close: nothing to make durable
            return
        try:
            os.fsync(descriptor)
            self.flushes += 1
        except OSError:  # a failing disk shows up in SQLite's own next write; don't kill the app
            pass
        finally:
            os.close(descriptor)
