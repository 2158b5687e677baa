"""Ingest: article files, saved HTML pages and RSS/Atom feeds into the store; recode.

Reading and deciding happen in the main process, which alone writes to SQLite;
extraction runs in a pool of worker processes, each loading the knowledge base once in
its initializer. Articles go through in batches (default 200), one transaction per batch,
so a process killed at any point loses no committed batch and a re-run duplicates nothing:

- an article whose id is stored and whose current run used the current knowledge-base
  version is skipped (another version: it is extracted again, see `recode`);
- an article whose url or normalized-text hash matches a stored article under another id
  is recorded in ``article_copies`` (its outlet counts as a source of the incidents the
  stored article reports) and is not extracted again;
- a bad file or article is recorded in ``errors`` (origin FILE:LINE, stage, reason) and
  skipped; the rest goes on.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import gzip
import hashlib
import json
import multiprocessing
import sys
import time
import zlib
from collections import deque
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rasad.errors import InputError, StageError
from rasad.io import read_articles
from rasad.kb import KnowledgeBase, load_kb
from rasad.model import Article
from rasad.output import article_record
from rasad.pipeline import parse_published, process
from rasad.store.db import ArticleIndex, Extraction, Store, content_hash

DEFAULT_BATCH = 200
DEFAULT_PUBLISHED_FALLBACK = "date_extracted"

JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
FEED_SUFFIXES = {".rss", ".atom"}
# .xml (and anything else named on the command line) is sniffed: a feed or a page.

#: Called as hook(batch_number, phase) with phase "written" (rows inserted, transaction
#: still open) and "committed". Tests use it to kill the process at a precise point.
BatchHook = Callable[[int, str], None]


# --- items read from files ---------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Item:
    """One article read from a file, or why it (or the whole file) could not be read."""

    where: str                          # FILE:LINE, FILE[k], FILE#itemN or FILE
    article: Article | None
    raw_id: str | None = None
    error: str | None = None
    stage: str = "input"                # input | html | feed
    kind: str = "article"               # article | file
    published_from: str | None = None   # published | date_extracted | html | feed


def file_kind(path: Path) -> str | None:
    """'json', 'html', 'feed' or None, from the suffix (a trailing .gz ignored), else sniffed."""
    name = path.name.lower()
    base = name[:-3] if name.endswith(".gz") else name
    suffix = Path(base).suffix
    if suffix in JSON_SUFFIXES:
        return "json"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in FEED_SUFFIXES:
        return "feed"
    try:
        head = _read_bytes(path, limit=4096).lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    except (OSError, EOFError, zlib.error):
        return None
    if head[:1] in (b"{", b"["):
        return "json"
    if b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head:
        return "feed"
    if b"<html" in head or b"<!doctype html" in head or b"<body" in head:
        return "html"
    return None


def discover(paths: Iterable[str | Path]) -> tuple[list[tuple[Path, str]], list[Item], int]:
    """Expand folders (recursively, hidden entries skipped, sorted). Returns the files with
    their kind, error items for paths that cannot be used, and how many files in folders
    were ignored as not articles (README, images...)."""
    files: list[tuple[Path, str]] = []
    errors: list[Item] = []
    ignored = 0
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p).parts
                if not f.is_file() or any(part.startswith(".") for part in rel):
                    continue
                kind = file_kind(f)
                if kind is None:
                    ignored += 1
                else:
                    files.append((f, kind))
        elif p.is_file():
            kind = file_kind(p)
            if kind is None:
                errors.append(Item(str(p), None, error="unsupported file type (expected JSON/JSONL, HTML or "
                                   "RSS/Atom, optionally .gz)", kind="file"))
            else:
                files.append((p, kind))
        else:
            errors.append(Item(str(p), None, error="no such file or directory", kind="file"))
    return files, errors, ignored


def read_items(path: Path, kind: str, published_fallback: str | None = DEFAULT_PUBLISHED_FALLBACK) -> Iterator[Item]:
    """Every article of one file. A file that fails midway yields a file error after the
    items it did read."""
    try:
        if kind == "json":
            yield from _json_items(path, published_fallback)
        elif kind == "html":
            yield from _html_items(path)
        else:
            yield from _feed_items(path)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, InputError, ValueError) as exc:
        yield Item(str(path), None, error=f"cannot read file: {type(exc).__name__}: {exc}", kind="file",
                   stage=kind if kind != "json" else "input")


def _read_bytes(path: Path, limit: int | None = None) -> bytes:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as f:
        return f.read(limit) if limit else f.read()


def _json_items(path: Path, published_fallback: str | None) -> Iterator[Item]:
    fallback: dict[str, str] | None = None
    for it in read_articles(str(path)):
        if it.article is None:
            yield Item(it.where, None, it.raw_id, it.error)
            continue
        art, source = it.article, "published" if it.article.published else None
        if art.published is None and published_fallback:
            if fallback is None:
                fallback = _raw_field(path, published_fallback)
            value = fallback.get(art.id)
            if value:
                try:
                    day = parse_published(value)
                except InputError:
                    day = None
                if day is not None:
                    art = dataclasses.replace(art, published=day, published_raw=value)
                    source = published_fallback
        yield Item(it.where, art, art.id, None, published_from=source)


def _raw_field(path: Path, name: str) -> dict[str, str]:
    """article id -> the raw value of field `name` (e.g. the corpus's crawl time `date_extracted`),
    for a JSON, JSON array or JSONL file. Read only when an article lacks `published`."""
    out: dict[str, str] = {}

    def take(obj: object) -> None:
        if isinstance(obj, dict) and obj.get("id") is not None and isinstance(obj.get(name), str):
            out[str(obj["id"])] = obj[name]

    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        head = f.read(4096)
        if head.lstrip().startswith("["):        # a JSON array: the whole file is one document
            try:
                data = json.loads(head + f.read())
            except json.JSONDecodeError:
                data = None
            for obj in data if isinstance(data, list) else ():
                take(obj)
            return out
        f.seek(0)
        lines = 0
        for line in f:                            # JSONL, streamed
            lines += 1
            try:
                take(json.loads(line))
            except json.JSONDecodeError:
                continue
    if not out and lines:
        try:                                      # one JSON object spread over several lines
            take(json.loads(_read_bytes(path).decode("utf-8")))
        except json.JSONDecodeError:
            pass
    return out


def _short_hash(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _html_items(path: Path) -> Iterator[Item]:
    import trafilatura  # imported here: only HTML ingestion needs it

    raw = _read_bytes(path)
    doc = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False,
                                      date_extraction_params={"extensive_search": False, "original_date": True})
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        yield Item(str(path), None, error="no article text found in the HTML page", stage="html")
        return
    title = (doc.title or "").strip() or None
    if title:
        first, _, rest = text.partition("\n")
        if first.strip() == title and rest.strip():
            text = rest.strip()  # trafilatura repeats the headline as the first line; title is kept apart
    url = doc.url or None
    published = None
    if doc.date:
        try:
            published = dt.date.fromisoformat(doc.date[:10])
        except ValueError:
            published = None
    source = doc.sitename or doc.hostname or None
    art_id = "html-" + _short_hash(url or content_hash(text) or text)
    art = Article(art_id, text, published, doc.date if published else None, source, url, title)
    yield Item(str(path), art, art_id, None, stage="html", published_from="html" if published else None)


def _feed_items(path: Path) -> Iterator[Item]:
    import feedparser  # imported here: only feed ingestion needs it

    feed = feedparser.parse(_read_bytes(path))
    if not feed.entries:
        why = f": {feed.bozo_exception}" if feed.get("bozo") else ""
        yield Item(str(path), None, error=f"not an RSS/Atom feed, or a feed with no items{why}", stage="feed",
                   kind="file")
        return
    outlet = (feed.feed.get("title") or "").strip() or None
    for k, entry in enumerate(feed.entries, 1):
        where = f"{path}#item{k}"
        content = entry.get("content")
        html = content[0].get("value") if content else (entry.get("summary") or entry.get("description") or "")
        text = html_to_text(html or "")
        guid = (entry.get("id") or "").strip()
        url = (entry.get("link") or "").strip() or None
        if not text:
            yield Item(where, None, guid or url, "feed item has no description or content", stage="feed")
            continue
        if guid and ":" in guid:
            art_id = guid                   # a URL or URN: unique on its own
        elif guid or url:
            art_id = url if not guid else "feed-" + _short_hash(outlet or str(path), guid)
        else:
            art_id = "feed-" + _short_hash(content_hash(text) or text)
        raw_date = entry.get("published") or entry.get("updated")
        published = _feed_date(raw_date, entry.get("published_parsed") or entry.get("updated_parsed"))
        title = (entry.get("title") or "").strip() or None
        art = Article(art_id, text, published, raw_date if published else None, outlet, url, title)
        yield Item(where, art, art_id, None, stage="feed", published_from="feed" if published else None)


def _feed_date(raw: str | None, parsed) -> dt.date | None:
    """The item's own calendar day (in the feed's time zone, not converted to UTC)."""
    if raw:
        try:
            return email.utils.parsedate_to_datetime(raw).date()       # RSS: RFC 822
        except (TypeError, ValueError, IndexError):
            pass
        try:
            return dt.datetime.fromisoformat(raw.strip().replace("Z", "+00:00")).date()   # Atom: RFC 3339
        except ValueError:
            pass
    if parsed:
        return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
    return None


_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"}


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment (a feed item's description), one paragraph a line."""
    if "<" not in html:
        import html as html_mod
        return "\n".join(" ".join(line.split()) for line in html_mod.unescape(html).splitlines() if line.strip())
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ""
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.lower() in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


# --- extraction in worker processes ---------------------------------------------------------

_WORKER_KB: KnowledgeBase | None = None   # set once per worker process by _init_worker


def _init_worker(kb_dir: str | None) -> None:
    global _WORKER_KB
    _die_with_parent()
    _WORKER_KB = load_kb(Path(kb_dir) if kb_dir else None)


def _die_with_parent() -> None:
    """On Linux, ask the kernel to kill this worker when the main process dies (kill -9
    included), so that no orphaned worker is left waiting for work."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)   # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _extract_in_worker(article: Article) -> Extraction:
    assert _WORKER_KB is not None, "worker not initialized"
    return extract_article(article, _WORKER_KB)


def extract_article(article: Article, kb: KnowledgeBase) -> Extraction:
    """Run the pipeline on one article; a failing stage becomes an Extraction with the error."""
    try:
        doc = process(article, kb)
    except StageError as exc:
        return Extraction(article.id, None, [], exc.stage, str(exc))
    try:
        record = article_record(doc, kb.version)
    except Exception as exc:  # a bug in one record must not end the batch; it is recorded
        return Extraction(article.id, None, [], "output", f"{type(exc).__name__}: {exc}")
    extras = [{"actor1_country": ev.actor1.country if ev.actor1 else None,
               "actor2_country": ev.actor2.country if ev.actor2 else None} for ev in doc.events]
    return Extraction(article.id, record, extras)


class _Done:
    def __init__(self, fn, items):
        self._fn, self._items = fn, items

    def get(self):
        return [self._fn(a) for a in self._items]


class Extractor:
    """Extraction of batches of articles: a process pool (workers > 1) or in this process."""

    def __init__(self, kb: KnowledgeBase, kb_dir: Path | None, workers: int):
        self.kb = kb
        self.workers = max(1, workers)
        self._pool = None
        if self.workers > 1:
            self._pool = multiprocessing.get_context().Pool(
                self.workers, initializer=_init_worker, initargs=(str(kb_dir) if kb_dir else None,))

    def submit(self, articles: list[Article]):
        if self._pool is None or not articles:
            return _Done(lambda a: extract_article(a, self.kb), articles)
        chunk = max(1, len(articles) // (self.workers * 4))
        return self._pool.map_async(_extract_in_worker, articles, chunksize=chunk)

    def close(self, ok: bool = True) -> None:
        if self._pool is not None:
            if ok:
                self._pool.close()
            else:
                self._pool.terminate()
            self._pool.join()
            self._pool = None


# --- ingest and recode ----------------------------------------------------------------------

@dataclass(slots=True)
class Stats:
    files: int = 0
    ignored_files: int = 0
    read: int = 0                  # articles read (good or bad)
    new: int = 0                   # stored for the first time
    reextracted: int = 0           # stored already, extracted again (other knowledge-base version)
    current: int = 0               # stored already with the current version: skipped
    copies: int = 0                # same url or text as a stored article, another id
    duplicates: int = 0            # a copy met again: nothing to do
    bad: int = 0                   # bad files and articles (recorded in `errors`)
    extraction_errors: int = 0
    events: int = 0
    quotes: int = 0
    batches: int = 0
    seconds: float = 0.0
    error_samples: list[str] = field(default_factory=list)   # the first few, for the summary

    def note_error(self, where: str, stage: str, reason: str) -> None:
        if len(self.error_samples) < 10:
            self.error_samples.append(f"{where} [{stage}]: {reason}")

    def summary(self) -> str:
        rate = (self.new + self.reextracted) / self.seconds if self.seconds else 0.0
        return (f"{self.read} read from {self.files} file(s): {self.new} new, {self.reextracted} re-extracted, "
                f"{self.current} already stored, {self.copies} copies, {self.duplicates} duplicates, "
                f"{self.bad} bad (recorded in errors), {self.extraction_errors} extraction errors; "
                f"{self.events} events, {self.quotes} quotes; {self.seconds:.1f} s "
                f"({rate:.1f} articles extracted/s)")


@dataclass(slots=True)
class _Unit:
    op: str                          # extract | copy | error | skip
    where: str
    article: Article | None = None
    new: bool = False
    published_from: str | None = None
    of: str | None = None            # copy: the stored article
    matched_by: str | None = None
    item: Item | None = None
    text_hash: str | None = None


def _plan(items: Iterable[Item], index: ArticleIndex, store: Store, kb_version: str, stats: Stats) -> Iterator[_Unit]:
    """Decide, for each item in order, what to do with it (see the module docstring)."""
    for it in items:
        stats.read += it.kind == "article"
        if it.article is None:
            stats.bad += 1
            stats.note_error(it.where, it.stage, it.error or "?")
            yield _Unit("error", it.where, item=it)
            continue
        art = it.article
        if art.id in index.runs:
            if index.runs[art.id] == kb_version:
                stats.current += 1
                yield _Unit("skip", it.where)
                continue
            stored, origin, pub_from = store.stored_article(art.id)
            index.runs[art.id] = kb_version
            stats.reextracted += 1
            yield _Unit("extract", origin or it.where, stored, new=False, published_from=pub_from)
            continue
        if art.id in index.copies:
            stats.duplicates += 1
            yield _Unit("skip", it.where)
            continue
        h = content_hash(art.text)
        of, matched_by = None, None
        if art.url and art.url in index.urls:
            of, matched_by = index.urls[art.url], "url"
        elif h and h in index.hashes:
            of, matched_by = index.hashes[h], "content"
        if of is not None:
            index.copies.add(art.id)
            stats.copies += 1
            yield _Unit("copy", it.where, art, of=of, matched_by=matched_by)
            continue
        index.runs[art.id] = kb_version
        if art.url:
            index.urls[art.url] = art.id
        if h:
            index.hashes[h] = art.id
        stats.new += 1
        yield _Unit("extract", it.where, art, new=True, published_from=it.published_from, text_hash=h)


def _run_batches(store: Store, units: Iterator[_Unit], extractor: Extractor, kb_version: str, stats: Stats,
                 batch_size: int, bar, hook: BatchHook | None) -> None:
    in_flight: deque = deque()

    def write(batch_no: int, batch: list[_Unit], handle) -> None:
        results = iter(handle.get())
        with store.transaction():
            for u in batch:
                if u.op == "extract":
                    ex = next(results)
                    if u.new:
                        store.insert_article(u.article, origin=u.where, published_from=u.published_from,
                                             text_hash=u.text_hash)
                    store.write_run(ex, kb_version, origin=u.where)
                    if ex.record is None:
                        stats.extraction_errors += 1
                        stats.note_error(u.where, ex.stage or "?", ex.error or "?")
                    else:
                        stats.events += len(ex.record["events"])
                        stats.quotes += len(ex.record["quotes"])
                elif u.op == "copy":
                    store.insert_copy(u.article, of=u.of, matched_by=u.matched_by, origin=u.where)
                elif u.op == "error":
                    it = u.item
                    store.record_error(kind=it.kind, origin=it.where, stage=it.stage, reason=it.error or "?",
                                       article_id=it.raw_id)
            if hook:
                hook(batch_no, "written")
        stats.batches += 1
        if hook:
            hook(batch_no, "committed")
        if bar is not None:
            bar.update(sum(1 for u in batch if u.item is None or u.item.kind == "article"))

    batch_no = 0
    while True:
        batch = list(islice(units, batch_size))
        if not batch:
            break
        batch_no += 1
        handle = extractor.submit([u.article for u in batch if u.op == "extract"])
        in_flight.append((batch_no, batch, handle))
        if len(in_flight) > 2:   # keep the workers busy while this process writes
            write(*in_flight.popleft())
    while in_flight:
        write(*in_flight.popleft())


def _count_articles(files: list[tuple[Path, str]]) -> int:
    n = 0
    for path, kind in files:
        try:
            if kind == "html":
                n += 1
            elif kind == "feed":
                data = _read_bytes(path).lower()
                n += max(1, data.count(b"<item") + data.count(b"<entry"))
            else:
                n += sum(1 for line in _read_bytes(path).splitlines() if line.strip())
        except (OSError, EOFError, zlib.error):
            continue
    return n


def _bar(total: int | None, progress: bool | None, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc=desc, file=sys.stderr,
                disable=None if progress is None else not progress,
                dynamic_ncols=True, smoothing=0.1)


def _progress_enabled(progress: bool | None) -> bool:
    return bool(progress) if progress is not None else sys.stderr.isatty()


def ingest(store: Store, paths: Iterable[str | Path], kb: KnowledgeBase, *, kb_dir: Path | None = None,
           workers: int = 1, batch_size: int = DEFAULT_BATCH, progress: bool | None = None,
           published_fallback: str | None = DEFAULT_PUBLISHED_FALLBACK, hook: BatchHook | None = None) -> Stats:
    """Read every article of `paths` (files or folders) into `store`. See the module docstring."""
    t0 = time.perf_counter()
    stats = Stats()
    files, path_errors, stats.ignored_files = discover(paths)
    stats.files = len(files)

    def items() -> Iterator[Item]:
        yield from path_errors
        for path, kind in files:
            yield from read_items(path, kind, published_fallback)

    total = _count_articles(files) if _progress_enabled(progress) else None
    index = store.article_index()
    _extract_all(store, _plan(items(), index, store, kb.version, stats), kb, kb_dir, workers, stats, batch_size,
                 _bar(total, progress, "ingest"), hook)
    stats.seconds = time.perf_counter() - t0
    return stats


def _extract_all(store: Store, units: Iterable[_Unit], kb: KnowledgeBase, kb_dir: Path | None, workers: int,
                 stats: Stats, batch_size: int, bar, hook: BatchHook | None) -> None:
    """Run the batches through a pool of extractors, closing the pool and the bar either way."""
    extractor = Extractor(kb, kb_dir, workers)
    ok = False
    try:
        _run_batches(store, units, extractor, kb.version, stats, batch_size, bar, hook)
        ok = True
    finally:
        bar.close()
        extractor.close(ok)


def recode(store: Store, kb: KnowledgeBase, *, kb_dir: Path | None = None, workers: int = 1,
           everything: bool = False, batch_size: int = DEFAULT_BATCH, progress: bool | None = None,
           hook: BatchHook | None = None) -> Stats:
    """Extract stored articles again with `kb`: those whose current run used another
    knowledge-base version (default), or all of them (`everything`)."""
    t0 = time.perf_counter()
    stats = Stats()
    ids = store.articles_to_recode(kb.version, everything)

    def units() -> Iterator[_Unit]:
        for aid in ids:
            art, origin, pub_from = store.stored_article(aid)
            stats.read += 1
            stats.reextracted += 1
            yield _Unit("extract", origin or f"article {aid}", art, new=False, published_from=pub_from)

    _extract_all(store, units(), kb, kb_dir, workers, stats, batch_size, _bar(len(ids), progress, "recode"), hook)
    stats.seconds = time.perf_counter() - t0
    return stats
