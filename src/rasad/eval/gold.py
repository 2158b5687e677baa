"""Gold annotation files (format: ../shared/spec/annotation-guide.md) and their articles."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path

from rasad.errors import GoldError
from rasad.io import read_articles
from rasad.model import Article


@dataclass(frozen=True)
class GoldArticle:
    path: Path
    article_id: str
    published: dt.date | None
    events: tuple[dict, ...]
    quotes: tuple[dict, ...]
    article: Article | None = None
    problems: tuple[str, ...] = field(default=())


_EVENT_FIELDS = ("plover", "acled_event_type", "acled_sub_event_type", "event_date", "time_precision", "actor1",
                 "actor2", "location", "admin1", "admin2", "fatalities", "injuries", "arrests", "evidence")
_SUBSTRING_FIELDS = ("actor1", "actor2", "location", "evidence")


def _read(path: Path) -> dict:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise GoldError(f"{path}: not valid JSON: {exc.msg} (line {exc.lineno})") from exc
    if not isinstance(data, dict) or "article_id" not in data:
        raise GoldError(f"{path}: a gold file is a JSON object with 'article_id', 'events' and 'quotes'")
    for k, ev in enumerate(data.get("events", [])):
        missing = [f for f in ("plover", "evidence") if f not in ev]
        if missing:
            raise GoldError(f"{path}: events.{k}: missing {', '.join(missing)}")
    return data


def load_gold_dir(gold_dir: Path, article_files: list[str]) -> list[GoldArticle]:
    """Read every gold file (*.json) of a directory and find its article in `article_files`.

    The gold file's `published` overrides the article's (the corpus has only a crawl time).
    Strings that must be exact substrings of the article and are not are reported in
    `problems`, naming the file and field.
    """
    paths = sorted(p for p in Path(gold_dir).glob("*.json"))
    if not paths:
        raise GoldError(f"{gold_dir}: no gold files (*.json)")
    golds = [(p, _read(p)) for p in paths]
    wanted = {str(g["article_id"]) for _, g in golds}
    found: dict[str, Article] = {}
    for f in article_files:
        for item in read_articles(f):
            if item.raw_id in wanted and item.article is not None:
                found[item.raw_id] = item.article
            elif item.raw_id in wanted and item.article is None:
                # Corpus records lack `published`; accept them through the contract anyway.
                pass
    out = []
    for path, g in golds:
        aid = str(g["article_id"])
        art = found.get(aid)
        if art is None:
            raise GoldError(f"{path}: article {aid!r} not found in {', '.join(article_files) or '(no article files)'}")
        pub = dt.date.fromisoformat(g["published"]) if g.get("published") else art.published
        art = Article(art.id, art.text, pub, g.get("published") or art.published_raw, art.source or g.get("source"),
                      art.url, art.title)
        problems = []
        for k, ev in enumerate(g.get("events", [])):
            for f in _SUBSTRING_FIELDS:
                v = ev.get(f)
                if v and v not in art.text:
                    problems.append(f"{path.name} events.{k}.{f}: {v!r} is not in the article text")
        for k, q in enumerate(g.get("quotes", [])):
            for f in ("speaker", "text", "via"):
                v = q.get(f)
                if v and v not in art.text:
                    problems.append(f"{path.name} quotes.{k}.{f}: {v!r} is not in the article text")
        out.append(GoldArticle(path, aid, pub, tuple(g.get("events", [])), tuple(g.get("quotes", [])), art,
                               tuple(problems)))
    return out
