"""Named, transactional schema migrations, recorded in a table.

Modelled on sqlite-utils' ``migrations`` package: a :class:`Migrations` set holds named
functions in order; :meth:`Migrations.apply` runs each one not yet recorded in
``_rasad_migrations``, inside its own transaction, and records it in the same
transaction. A migration that fails leaves neither its changes nor its record behind,
so it is tried again next time. Names are never reused or renamed: a change to the
schema is a new migration appended to the set.
"""
from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from typing import Callable

MIGRATIONS_TABLE = "_rasad_migrations"

Migration = Callable[[sqlite3.Connection], None]


@dataclass(frozen=True, slots=True)
class _Step:
    name: str
    fn: Migration


class Migrations:
    """An ordered set of named migrations (``@migrations()`` registers one)."""

    def __init__(self, name: str):
        self.name = name
        self._steps: list[_Step] = []

    def __call__(self, *, name: str | None = None) -> Callable[[Migration], Migration]:
        def register(fn: Migration) -> Migration:
            step_name = name or fn.__name__
            if any(s.name == step_name for s in self._steps):
                raise ValueError(f"migration {step_name!r} is registered twice in set {self.name!r}")
            self._steps.append(_Step(step_name, fn))
            return fn
        return register

    @property
    def names(self) -> list[str]:
        return [s.name for s in self._steps]

    def applied(self, conn: sqlite3.Connection) -> list[str]:
        """Names of the migrations of this set already applied to the database, in order."""
        _ensure_table(conn)
        rows = conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
                            (self.name,)).fetchall()
        return [r[0] for r in rows]

    def pending(self, conn: sqlite3.Connection) -> list[str]:
        done = set(self.applied(conn))
        return [s.name for s in self._steps if s.name not in done]

    def apply(self, conn: sqlite3.Connection) -> list[str]:
        """Apply every pending migration, each in its own transaction. Returns their names.

        The connection must be in autocommit mode (``isolation_level=None``) so that this
        method controls the transactions, DDL included.
        """
        _ensure_table(conn)
        done = set(self.applied(conn))
        ran = []
        for step in self._steps:
            if step.name in done:
                continue
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have applied it while we waited for the write lock.
                again = conn.execute(f"SELECT 1 FROM {MIGRATIONS_TABLE} WHERE migration_set = ? AND name = ?",
                                     (self.name, step.name)).fetchone()
                if again is None:
                    step.fn(conn)
                    conn.execute(f"INSERT INTO {MIGRATIONS_TABLE} (migration_set, name, applied_at) VALUES (?, ?, ?)",
                                 (self.name, step.name, _now()))
                    ran.append(step.name)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        return ran


def _ensure_table(conn: sqlite3.Connection) -> None:
    conn.execute(f"""CREATE TABLE IF NOT EXISTS {MIGRATIONS_TABLE} (
        migration_set TEXT NOT NULL,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL,
        PRIMARY KEY (migration_set, name))""")


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
