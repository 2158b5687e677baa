"""The pipeline: an article in, a Document with events and quotes out."""
from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from rasad.errors import InputError, StageError
from rasad.kb import KnowledgeBase
from rasad.model import Article, Document
from rasad.stages.events import code_events, finish_events
from rasad.stages.geocode import geocode
from rasad.stages.mentions import find_mentions
from rasad.stages.quotes import find_quotes
from rasad.stages.segment import segment
from rasad.stages.times import resolve_times

#: The stages in order. Each reads what the earlier ones wrote.
STAGES: tuple[tuple[str, Callable[..., None]], ...] = (
    ("segment", lambda doc, kb: segment(doc)),
    ("times", lambda doc, kb: resolve_times(doc)),
    ("mentions", find_mentions),
    ("quotes", find_quotes),
    ("events", code_events),
    ("geocode", geocode),
    ("merge", finish_events),
)


def parse_published(value: Any) -> dt.date | None:
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        raise InputError(f"'published' must be an ISO 8601 string, got {type(value).__name__}")
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            raise InputError(f"'published' is not an ISO 8601 date: {value!r}") from None


def article_from_dict(obj: Any) -> Article:
    """Check an input object against the contract and build an Article (InputError if bad)."""
    if not isinstance(obj, dict):
        raise InputError(f"an article must be a JSON object, got {type(obj).__name__}")
    if "id" not in obj or obj["id"] in (None, ""):
        raise InputError("missing required field 'id'")
    if not isinstance(obj["id"], (str, int)):
        raise InputError(f"'id' must be a string, got {type(obj['id']).__name__}")
    if "text" not in obj or obj["text"] is None:
        raise InputError("missing required field 'text'")
    if not isinstance(obj["text"], str):
        raise InputError(f"'text' must be a string, got {type(obj['text']).__name__}")
    for name in ("source", "url", "title"):
        if obj.get(name) is not None and not isinstance(obj[name], str):
            raise InputError(f"'{name}' must be a string, got {type(obj[name]).__name__}")
    return Article(str(obj["id"]), obj["text"], parse_published(obj.get("published")), obj.get("published"),
                   obj.get("source"), obj.get("url"), obj.get("title"))


def process(article: Article, kb: KnowledgeBase) -> Document:
    """Run every stage on one article. A failing stage raises StageError naming it."""
    doc = Document(article)
    for name, stage in STAGES:
        try:
            stage(doc, kb)
        except Exception as exc:  # a bug on one article must not end the batch; the caller records it
            raise StageError(name, exc) from exc
    return doc
