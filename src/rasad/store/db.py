"""The SQLite store: connection settings, transactions, and the writes of ingest and recode.

The database runs in WAL mode with ``synchronous=NORMAL``: a committed transaction
survives the process being killed (kill -9); only a power cut can lose the last ones.
Every write goes through :meth:`Store.transaction` (``BEGIN IMMEDIATE`` … ``COMMIT``),
one transaction per batch of articles.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from rasad import __version__
from rasad.lang.ar import normalize
from rasad.model import Article
from rasad.store.schema import MIGRATIONS


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def content_hash(text: str) -> str | None:
    """sha256 of the text after Arabic normalization, whitespace folding and casefolding.

    None for a text that is empty after normalization: empty articles are not duplicates
    of each other.
    """
    folded = " ".join(normalize(text).casefold().split())
    if not folded:
        return None
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


@dataclass(slots=True)
class Extraction:
    """What a worker sends back for one article: the contract record or the failure."""

    article_id: str
    record: dict | None                    # {"article_id", "events", "quotes", "errors"}
    # per event (same order as record["events"]): actor countries, which the record does not carry
    extras: list[dict] = field(default_factory=list)
    stage: str | None = None               # failing stage, when record is None
    error: str | None = None


@dataclass(slots=True)
class ArticleIndex:
    """What ingest needs to decide, without a query per article, whether an article is new."""

    runs: dict[str, str | None]     # article id -> kb_version of its current run (None: no run)
    urls: dict[str, str]            # url -> article id
    hashes: dict[str, str]          # content hash -> article id
    copies: set[str]                # ids recorded as copies


class Store:
    """An open Rasad database. Use as a context manager, or call :meth:`close`."""

    def __init__(self, path: str | Path):
        self.path = str(path)
        self.conn = sqlite3.connect(self.path, isolation_level=None, timeout=60)
        self.conn.row_factory = sqlite3.Row
        mode = self.conn.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if mode.lower() != "wal" and self.path != ":memory:":
            raise sqlite3.OperationalError(f"{self.path}: could not switch to WAL mode (got {mode})")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self.conn.execute("PRAGMA foreign_keys=ON")
        self.conn.create_function("ar_norm", 1, _ar_norm, deterministic=True)
        self.applied_migrations = MIGRATIONS.apply(self.conn)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self.conn
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        self.conn.execute("COMMIT")

    # --- reading ------------------------------------------------------------------------

    def article_index(self) -> ArticleIndex:
        c = self.conn
        runs: dict[str, str | None] = {r[0]: None for r in c.execute("SELECT id FROM articles")}
        for aid, kbv in c.execute("SELECT article_id, kb_version FROM runs WHERE superseded_at IS NULL"):
            runs[aid] = kbv
        urls = {u: a for a, u in c.execute("SELECT id, url FROM articles WHERE url IS NOT NULL")}
        hashes = {h: a for a, h in c.execute("SELECT id, content_hash FROM articles WHERE content_hash IS NOT NULL")}
        copies = {r[0] for r in c.execute("SELECT id FROM article_copies")}
        return ArticleIndex(runs, urls, hashes, copies)

    def stored_article(self, article_id: str) -> tuple[Article, str | None, str | None]:
        """The stored article as the pipeline takes it, with its origin and where its date came from."""
        row = self.conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        return article_from_row(row), row["origin"], row["published_from"]

    def articles_to_recode(self, kb_version: str, everything: bool = False) -> list[str]:
        """Ids of the articles to extract again: all, or those whose current run used another
        knowledge-base version (or that have no run), in ingest order."""
        if everything:
            sql = "SELECT id FROM articles ORDER BY rowid"
            return [r[0] for r in self.conn.execute(sql)]
        sql = """SELECT a.id FROM articles a LEFT JOIN runs r ON r.article_id = a.id AND r.superseded_at IS NULL
                 WHERE r.run_id IS NULL OR r.kb_version != ? ORDER BY a.rowid"""
        return [r[0] for r in self.conn.execute(sql, (kb_version,))]

    def counts(self) -> dict[str, int]:
        out = {}
        for name, sql in (("articles", "SELECT count(*) FROM articles"),
                          ("copies", "SELECT count(*) FROM article_copies"),
                          ("runs", "SELECT count(*) FROM runs"),
                          ("current_events", "SELECT count(*) FROM current_events"),
                          ("events", "SELECT count(*) FROM events"),
                          ("quotes", "SELECT count(*) FROM current_quotes"),
                          ("errors", "SELECT count(*) FROM errors"),
                          ("incidents", "SELECT count(*) FROM incidents")):
            out[name] = self.conn.execute(sql).fetchone()[0]
        return out

    # --- writing (call inside `transaction()`) -------------------------------------------

    def insert_article(self, art: Article, *, origin: str, published_from: str | None,
                       text_hash: str | None | bool = False) -> None:
        """Store an article (`text_hash`: its content_hash when the caller computed it already)."""
        self.conn.execute(
            """INSERT INTO articles (id, content_hash, url, source, title, published, published_raw, published_from,
                                     text, origin, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)""",
            (art.id, content_hash(art.text) if text_hash is False else text_hash, art.url, art.source, art.title,
             art.published.isoformat() if art.published else None, art.published_raw,
             published_from if art.published else None, art.text, origin, now()))

    def insert_copy(self, art: Article, *, of: str, matched_by: str, origin: str) -> None:
        self.conn.execute(
            """INSERT OR IGNORE INTO article_copies (id, article_id, matched_by, url, source, title, published, origin,
                                                     ingested_at) VALUES (?,?,?,?,?,?,?,?,?)""",
            (art.id, of, matched_by, art.url, art.source, art.title,
             art.published.isoformat() if art.published else None, origin, now()))

    def record_error(self, *, kind: str, origin: str, stage: str, reason: str, article_id: str | None = None,
                     kb_version: str | None = None) -> None:
        t = now()
        self.conn.execute(
            """INSERT INTO errors (kind, origin, article_id, stage, reason, kb_version, first_seen, last_seen)
               VALUES (?,?,?,?,?,?,?,?)
               ON CONFLICT (origin, stage, reason) DO UPDATE SET last_seen = excluded.last_seen""",
            (kind, origin, article_id, stage, reason, kb_version, t, t))

    def write_run(self, ex: Extraction, kb_version: str, *, origin: str) -> int:
        """Store one extraction as the article's current run.

        A run of the same article with the same knowledge-base version is replaced; runs
        with other versions are kept and marked superseded (see docs/store.md).
        """
        c = self.conn
        t = now()
        c.execute("DELETE FROM runs WHERE article_id = ? AND kb_version = ?", (ex.article_id, kb_version))
        c.execute("UPDATE runs SET superseded_at = ? WHERE article_id = ? AND superseded_at IS NULL",
                  (t, ex.article_id))
        rec = ex.record
        ok = rec is not None
        events = rec["events"] if ok else []
        quotes = rec["quotes"] if ok else []
        cur = c.execute(
            """INSERT INTO runs (article_id, kb_version, rasad_version, extracted_at, status, n_events, n_quotes)
               VALUES (?,?,?,?,?,?,?)""",
            (ex.article_id, kb_version, __version__, t, "ok" if ok else "error", len(events), len(quotes)))
        run_id = cur.lastrowid
        if not ok:
            self.record_error(kind="extraction", origin=origin, stage=ex.stage or "?", reason=ex.error or "?",
                              article_id=ex.article_id, kb_version=kb_version)
            return run_id
        c.executemany(_EVENT_INSERT, [_event_row(run_id, k, e, ex.extras[k] if k < len(ex.extras) else {}, kb_version)
                                      for k, e in enumerate(events)])
        c.executemany(_QUOTE_INSERT, [_quote_row(run_id, k, q, kb_version) for k, q in enumerate(quotes)])
        for err in rec.get("errors") or []:
            self.record_error(kind="extraction", origin=origin, stage=str(err.get("stage", "?")),
                              reason=str(err.get("message", err)), article_id=ex.article_id, kb_version=kb_version)
        return run_id


def article_from_row(row: sqlite3.Row) -> Article:
    pub = dt.date.fromisoformat(row["published"]) if row["published"] else None
    return Article(row["id"], row["text"], pub, row["published_raw"], row["source"], row["url"], row["title"])


def _ar_norm(value: Any) -> str | None:
    return None if value is None else " ".join(normalize(str(value)).casefold().split())


_EVENT_COLUMNS = ("run_id", "seq", "event_id", "article_id", "kb_version", "plover", "plover_mode", "acled_event_type",
                  "acled_sub_event_type", "event_date", "time_precision", "country", "admin1", "admin2", "admin3",
                  "location", "latitude", "longitude", "geo_precision", "actor1", "actor1_country", "actor2",
                  "actor2_country", "assoc_actors", "claimed_by", "fatalities", "injuries", "arrests", "rule",
                  "sentence", "evidence", "notes", "confidence", "source", "published", "record")
_EVENT_INSERT = f"INSERT INTO events ({', '.join(_EVENT_COLUMNS)}) VALUES ({', '.join('?' * len(_EVENT_COLUMNS))})"
_QUOTE_COLUMNS = ("run_id", "seq", "quote_id", "article_id", "kb_version", "speaker", "speaker_title", "speaker_role",
                  "text", "start", '"end"', "via", "record")
_QUOTE_INSERT = f"INSERT INTO quotes ({', '.join(_QUOTE_COLUMNS)}) VALUES ({', '.join('?' * len(_QUOTE_COLUMNS))})"


def _name(obj: dict | None) -> str | None:
    return obj.get("name") if obj else None


def _event_row(run_id: int, seq: int, e: dict, extra: dict, kb_version: str) -> tuple:
    loc = e.get("location") or {}
    prov = e.get("provenance") or {}
    ev = e.get("evidence") or {}
    assoc = "; ".join(a["name"] for a in e.get("assoc_actors") or [] if a and a.get("name")) or None
    return (run_id, seq, e["event_id"], e["article_id"], kb_version, e["plover"], e.get("plover_mode"),
            e.get("acled_event_type"), e.get("acled_sub_event_type"), e.get("event_date"), e.get("time_precision"),
            e.get("country"), loc.get("admin1"), loc.get("admin2"), loc.get("admin3"), loc.get("name"),
            loc.get("latitude"), loc.get("longitude"), loc.get("geo_precision"),
            _name(e.get("actor1")), extra.get("actor1_country"), _name(e.get("actor2")), extra.get("actor2_country"),
            assoc, _name(e.get("claimed_by")), e.get("fatalities"), e.get("injuries"), e.get("arrests"),
            prov.get("rule"), prov.get("sentence"), ev.get("text"), e.get("notes"), e.get("confidence"),
            e.get("source"), e.get("published"), json.dumps(e, ensure_ascii=False))


def _quote_row(run_id: int, seq: int, q: dict, kb_version: str) -> tuple:
    sp = q.get("speaker") or {}
    return (run_id, seq, q["quote_id"], q["article_id"], kb_version, sp.get("name"), sp.get("title"), sp.get("role"),
            q["text"], q.get("start"), q.get("end"), q.get("via"), json.dumps(q, ensure_ascii=False))
