"""A throwaway PostgreSQL server for the tests and the school benchmark.

One cluster in a temporary folder, reachable only on a unix socket in that folder (no TCP port to
collide with anything), started once and removed at the end. `initdb` refuses to run as root,
so when the tests run as root (as CI does) the server runs as the unprivileged `postgres` user
that Debian's `postgresql` package creates, through `runuser`. Authentication is `trust`: any
role may connect without a password, which lets the tests connect as each learner's role. It
is a test server: its socket folder is private (mode 0700) to the user the server runs as.

`PostgresUnavailable` says why a server could not be had (no binaries, no unprivileged user);
the fixture turns that into a skip for a developer and a failure in CI.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Self
from urllib.parse import quote

import psycopg

PORT = 5432
"""Only names the socket file (`.s.PGSQL.5432`) inside our own folder; no TCP is opened."""
SUPERUSER = "postgres"
BINDIR_ENV = "NEWSQUIZ_PG_BINDIR"


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be started here; the message says why and what to install."""


def find_bindir() -> Path:
    """The folder with `initdb`, `pg_ctl` and `postgres`: $NEWSQUIZ_PG_BINDIR, PATH, or Debian's
    versioned folder (the package does not put the server programs on PATH)."""
    candidates = []
    if os.environ.get(BINDIR_ENV):
        candidates.append(Path(os.environ[BINDIR_ENV]))
    on_path = shutil.which("initdb")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    debian = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
        reverse=True,
    )
    candidates.extend(Path(p) for p in debian)
    for folder in candidates:
        if all((folder / name).exists() for name in ("initdb", "pg_ctl", "postgres")):
            return folder
    raise PostgresUnavailable(
        "PostgreSQL server programs (initdb, pg_ctl) not found; install Debian's `postgresql` "
        "package (scripts/test does so when run as root) or set NEWSQUIZ_PG_BINDIR"
    )


def _runner() -> tuple[list[str], pwd.struct_passwd | None]:
    """How to run the server programs: directly, or as `postgres` when we are root."""
    if os.geteuid() != 0:
        return [], None
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        raise PostgresUnavailable(
            "running as root, and PostgreSQL refuses root; no `postgres` user to run it as "
            "(Debian's `postgresql` package creates one)"
        ) from None
    runuser = shutil.which("runuser")
    if runuser is None:
        raise PostgresUnavailable("running as root and `runuser` is missing (util-linux)")
    return [runuser, "-u", user.pw_name, "--"], user


@dataclass
class PostgresServer:
    folder: Path
    bindir: Path
    prefix: list[str]
    _names: itertools.count[int] = field(default_factory=lambda: itertools.count(1))
    _admin: psycopg.Connection[tuple[object, ...]] | None = None

    @classmethod
    def start(cls, *, durable: bool = False) -> Self:
        """initdb + start; `durable=False` turns fsync off, which is fine for a server whose
        data is thrown away (the benchmark keeps fsync on, to measure real commits)."""
        bindir = find_bindir()
        prefix, user = _runner()
        # /tmp when there is one: the `postgres` user can reach it (a $TMPDIR under /root it
        # could not), and the socket's path stays under the kernel's 107 characters.
        base = "/tmp" if os.path.isdir("/tmp") else None
        folder = Path(tempfile.mkdtemp(prefix="newsquiz-pg-", dir=base))
        if user is not None:
            os.chown(folder, user.pw_uid, user.pw_gid)
        server = cls(folder, bindir, prefix)
        try:
            server._run(
                "initdb", "-D", str(folder / "data"), "-U", SUPERUSER, "--auth=trust",
                "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync",
            )  # fmt: skip
            settings = {
                "listen_addresses": "''",
                "unix_socket_directories": f"'{folder}'",
                "port": str(PORT),
                "max_connections": "300",
                "log_min_messages": "warning",
            }
            if not durable:
                settings |= {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}
            options = " ".join(f"-c {name}={value}" for name, value in settings.items())
            server._run(
                "pg_ctl", "-D", str(folder / "data"), "-l", str(folder / "server.log"),
                "-o", options, "-w", "-t", "60", "start",
            )  # fmt: skip
        except BaseException:
            shutil.rmtree(folder, ignore_errors=True)
            raise
        return server

    def _run(self, program: str, *args: str) -> None:
        result = subprocess.run(
            [*self.prefix, str(self.bindir / program), *args],
            cwd=self.folder,
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            log = self.folder / "server.log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise PostgresUnavailable(
                f"{program} failed ({result.returncode}): {result.stderr.strip()}\n{tail}"
            )

    def stop(self) -> None:
        if self._admin is not None:
            self._admin.close()
            self._admin = None
        try:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    # connections --------------------------------------------------------------------------

    def url(self, database: str, user: str = SUPERUSER) -> str:
        """A SQLAlchemy URL for the psycopg 3 driver over the socket."""
        host = quote(str(self.folder), safe="")
        return f"postgresql+psycopg://{quote(user, safe='')}@/{database}?host={host}&port={PORT}"

    def connect(self, database: str = "postgres", user: str = SUPERUSER) -> psycopg.Connection[Any]:
        """A plain psycopg connection (autocommit), for hand-written SQL in tests."""
        return psycopg.connect(
            host=str(self.folder), port=PORT, dbname=database, user=user, autocommit=True
        )

    @property
    def admin(self) -> psycopg.Connection[tuple[object, ...]]:
        if self._admin is None or self._admin.closed:
            self._admin = self.connect()
        return self._admin

    def create_database(self, prefix: str = "t") -> str:
        """A new empty database with a name unique in this server's life."""
        name = f"{prefix}{next(self._names)}"
        self.admin.execute(f'CREATE DATABASE "{name}" TEMPLATE template0')
        return name

    def drop_database(self, name: str) -> None:
        self.admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
