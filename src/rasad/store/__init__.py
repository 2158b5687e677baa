"""Rasad's event database: an embedded SQLite store (see docs/store.md).

    from rasad.store import Store
    with Store("rasad.db") as store:
        print(store.counts())
"""
from rasad.store.db import ArticleIndex, Extraction, Store, content_hash
from rasad.store.migrations import MIGRATIONS_TABLE, Migrations
from rasad.store.schema import MIGRATIONS

__all__ = ["Store", "Extraction", "ArticleIndex", "content_hash", "Migrations", "MIGRATIONS", "MIGRATIONS_TABLE"]
