"""The store's schema, as named migrations (applied once each, in order, in a transaction).

Never edit a migration that has shipped: append a new one. docs/store.md describes the
tables; `rasad.store.MIGRATIONS.names` lists the migrations in order.
"""
from __future__ import annotations

import sqlite3

from rasad.store.migrations import Migrations

MIGRATIONS = Migrations("rasad")


def _run(conn: sqlite3.Connection, script: str) -> None:
    """Run `;`-separated statements one by one (``executescript`` would COMMIT on its own)."""
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip() and not all(x.strip().startswith("--") for x in pending.strip().splitlines()):
        conn.execute(pending)


@MIGRATIONS(name="001_articles_runs_events")
def _m001(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,            -- the article's own id (input `id`, or derived for HTML/feeds)
        content_hash TEXT,              -- sha256 of the normalized text; NULL when the text is empty
        url TEXT,
        source TEXT,                    -- outlet
        title TEXT,
        published TEXT,                 -- ISO date used as the base of relative dates
        published_raw TEXT,
        published_from TEXT,            -- where `published` came from: published | date_extracted | html | feed
        text TEXT NOT NULL,
        origin TEXT,                    -- FILE:LINE (or FILE#itemN) where it was first read
        ingested_at TEXT NOT NULL
    );
    CREATE UNIQUE INDEX articles_by_url ON articles(url) WHERE url IS NOT NULL;
    CREATE UNIQUE INDEX articles_by_hash ON articles(content_hash) WHERE content_hash IS NOT NULL;
    CREATE INDEX articles_by_source ON articles(source);

    CREATE TABLE article_copies (       -- the same article met again under another id
        id TEXT PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        matched_by TEXT NOT NULL CHECK (matched_by IN ('url', 'content')),
        url TEXT,
        source TEXT,
        title TEXT,
        published TEXT,
        origin TEXT,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX article_copies_by_article ON article_copies(article_id);

    CREATE TABLE runs (                 -- one extraction of one article with one knowledge-base version
        run_id INTEGER PRIMARY KEY,
        article_id TEXT NOT NULL REFERENCES articles(id),
        kb_version TEXT NOT NULL,
        rasad_version TEXT NOT NULL,
        extracted_at TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('ok', 'error')),
        n_events INTEGER NOT NULL,
        n_quotes INTEGER NOT NULL,
        superseded_at TEXT,             -- NULL: the article's current run
        UNIQUE (article_id, kb_version)
    );
    CREATE UNIQUE INDEX runs_current ON runs(article_id) WHERE superseded_at IS NULL;
    CREATE INDEX runs_by_kb_version ON runs(kb_version);

    CREATE TABLE events (
        run_id INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,           -- position in the article's record
        event_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        kb_version TEXT NOT NULL,
        plover TEXT NOT NULL,
        plover_mode TEXT,
        acled_event_type TEXT,
        acled_sub_event_type TEXT,
        event_date TEXT,
        time_precision INTEGER,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        admin3 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision INTEGER,
        actor1 TEXT,
        actor1_country TEXT,
        actor2 TEXT,
        actor2_country TEXT,
        assoc_actors TEXT,              -- names joined with '; '
        claimed_by TEXT,
        fatalities INTEGER,
        injuries INTEGER,
        arrests INTEGER,
        rule TEXT,
        sentence INTEGER,
        evidence TEXT,
        notes TEXT,
        confidence REAL,
        source TEXT,
        published TEXT,
        record TEXT NOT NULL,           -- the contract record, JSON
        PRIMARY KEY (run_id, seq)
    );
    CREATE INDEX events_by_event_id ON events(event_id);
    CREATE INDEX events_by_article ON events(article_id);
    CREATE INDEX events_by_type_date ON events(plover, event_date);
    CREATE INDEX events_by_date ON events(event_date);
    CREATE INDEX events_by_place ON events(admin1, admin2);
    CREATE INDEX events_by_actor1 ON events(actor1);
    CREATE INDEX events_by_actor2 ON events(actor2);
    CREATE INDEX events_by_kb_version ON events(kb_version);

    CREATE TABLE quotes (
        run_id INTEGER NOT NULL REFERENCES runs(run_id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        quote_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        kb_version TEXT NOT NULL,
        speaker TEXT,
        speaker_title TEXT,
        speaker_role TEXT,
        text TEXT NOT NULL,
        start INTEGER,
        "end" INTEGER,
        via TEXT,
        record TEXT NOT NULL,
        PRIMARY KEY (run_id, seq)
    );
    CREATE INDEX quotes_by_article ON quotes(article_id);
    CREATE INDEX quotes_by_speaker ON quotes(speaker);

    CREATE TABLE errors (               -- bad files, bad articles, failed extractions
        error_id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('file', 'article', 'extraction')),
        origin TEXT NOT NULL,           -- FILE, FILE:LINE, FILE[k] or FILE#itemN
        article_id TEXT,
        stage TEXT NOT NULL,            -- input | html | feed | a pipeline stage
        reason TEXT NOT NULL,
        kb_version TEXT,
        first_seen TEXT NOT NULL,
        last_seen TEXT NOT NULL,
        UNIQUE (origin, stage, reason)
    );

    CREATE VIEW current_events AS
        SELECT e.* FROM events e JOIN runs r ON r.run_id = e.run_id WHERE r.superseded_at IS NULL;
    CREATE VIEW current_quotes AS
        SELECT q.* FROM quotes q JOIN runs r ON r.run_id = q.run_id WHERE r.superseded_at IS NULL
    """)


@MIGRATIONS(name="002_incidents")
def _m002(conn: sqlite3.Connection) -> None:
    _run(conn, """
    CREATE TABLE incidents (            -- rebuilt by every merge from the current events
        incident_id TEXT PRIMARY KEY,
        plover TEXT NOT NULL,
        acled_event_type TEXT,
        acled_sub_event_type TEXT,
        event_date TEXT,                -- the most precise member date
        date_min TEXT,
        date_max TEXT,
        time_precision INTEGER,
        country TEXT,
        admin1 TEXT,
        admin2 TEXT,
        location TEXT,
        latitude REAL,
        longitude REAL,
        geo_precision INTEGER,
        actor1 TEXT,
        actor2 TEXT,
        fatalities INTEGER,             -- most conservative: minimum of the sources' non-null figures
        fatalities_max INTEGER,
        injuries INTEGER,
        arrests INTEGER,
        n_events INTEGER NOT NULL,
        n_articles INTEGER NOT NULL,    -- stored articles plus their copies
        n_sources INTEGER NOT NULL,     -- distinct outlets
        sources TEXT NOT NULL,          -- JSON list of outlets
        article_ids TEXT NOT NULL,      -- JSON list of article ids (copies included)
        notes TEXT,
        merged_at TEXT NOT NULL
    );
    CREATE INDEX incidents_by_type_date ON incidents(plover, event_date);
    CREATE INDEX incidents_by_place ON incidents(admin1, admin2);

    CREATE TABLE incident_events (
        incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
        run_id INTEGER NOT NULL,
        seq INTEGER NOT NULL,
        event_id TEXT NOT NULL,
        article_id TEXT NOT NULL,
        PRIMARY KEY (run_id, seq),
        FOREIGN KEY (run_id, seq) REFERENCES events(run_id, seq) ON DELETE CASCADE
    );
    CREATE INDEX incident_events_by_incident ON incident_events(incident_id);

    CREATE TABLE incident_sources (     -- every article and outlet that reported the incident, with its figures
        incident_id TEXT NOT NULL REFERENCES incidents(incident_id) ON DELETE CASCADE,
        article_id TEXT NOT NULL,
        source TEXT,
        url TEXT,
        via TEXT NOT NULL CHECK (via IN ('article', 'copy')),
        fatalities INTEGER,
        injuries INTEGER,
        arrests INTEGER,
        PRIMARY KEY (incident_id, article_id)
    )
    """)
