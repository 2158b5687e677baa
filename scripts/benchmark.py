#!/usr/bin/env python
"""Throughput and memory of extraction and ingest on the SaudiNewsNet corpus (prints figures).

Measured in one run, on the first N articles of the corpus (default 2000):

1. full ingest into a temporary database with a pool of workers (reading, dedup, extraction,
   SQLite writes), then the cross-source merge;
2. a bare regular-expression tokenization pass over the same texts;
3. extraction alone (pipeline + contract record) in this process, on one core;
4. peak resident memory of this process and of its largest child (getrusage maxrss).

The ingest runs first so that its workers start as cold as in real use. --all ingests the
whole corpus into a temporary database and prints the wall time.

    .venv/bin/python scripts/benchmark.py --n 2000
    .venv/bin/python scripts/benchmark.py --all
"""
from __future__ import annotations

import argparse
import itertools
import json
import os
import platform
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from rasad.ingest import extract_article, ingest, read_items  # noqa: E402
from rasad.kb import load_kb  # noqa: E402
from rasad.merge import merge  # noqa: E402
from rasad.store import Store  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpora" / "saudinewsnet-2015.jsonl.gz"


def token_regex() -> tuple[re.Pattern, str]:
    """The project's token pattern when it is importable, else a generic one."""
    try:
        from rasad.lang.ar.tokenize import _TOKEN_RE  # private, but the honest baseline
        return _TOKEN_RE, "rasad.lang.ar.tokenize._TOKEN_RE"
    except ImportError:
        return re.compile(r"\w+|[^\w\s]"), r"\w+|[^\w\s]"


def maxrss_mib(who: int) -> float:
    kib = resource.getrusage(who).ru_maxrss          # KiB on Linux
    return kib / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="articles to measure (default 2000)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="ingest workers (default: CPUs)")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--kb", type=Path, default=None, help="knowledge-base directory (default: shipped)")
    ap.add_argument("--all", action="store_true", help="also ingest the whole corpus into a temp db (wall time)")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus} (it lives in ../shared)", file=sys.stderr)
        return 2

    print(f"python {platform.python_version()}, {os.cpu_count()} CPUs, load average before: "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    t = time.perf_counter()
    kb = load_kb(args.kb)
    print(f"knowledge base {kb.version} loaded in {time.perf_counter() - t:.2f} s")

    items = [it for it in itertools.islice(read_items(args.corpus, "json"), args.n) if it.article is not None]
    articles = [it.article for it in items]
    chars = sum(len(a.text) for a in articles)
    print(f"sample: first {len(articles)} articles of {args.corpus.name}, {chars / 1e6:.2f} M characters")

    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        with sample.open("w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps({"id": a.id, "text": a.text, "published": a.published_raw, "source": a.source,
                                    "url": a.url, "title": a.title}, ensure_ascii=False) + "\n")
        with Store(Path(tmp) / "bench.db") as store:
            t = time.perf_counter()
            stats = ingest(store, [sample], kb, kb_dir=args.kb, workers=args.workers, progress=False)
            ingest_s = time.perf_counter() - t
            t = time.perf_counter()
            mstats = merge(store)
            merge_s = time.perf_counter() - t
    print(f"full ingest, {args.workers} workers: {len(articles) / ingest_s:.1f} articles/s "
          f"({ingest_s:.2f} s; {stats.events} events, {stats.copies} copies, {stats.extraction_errors} extraction "
          f"errors); merge {merge_s:.2f} s ({mstats.events} events -> {mstats.incidents} incidents)")

    regex, regex_name = token_regex()
    t = time.perf_counter()
    n_tokens = 0
    for a in articles:
        n_tokens += sum(1 for _ in regex.finditer(a.text))
    tok_s = time.perf_counter() - t
    print(f"bare regex tokenization ({regex_name}): {tok_s:.3f} s, {n_tokens} tokens, "
          f"{len(articles) / tok_s:.0f} articles/s")

    t = time.perf_counter()
    failures = 0
    for a in articles:
        failures += extract_article(a, kb).record is None
    ext_s = time.perf_counter() - t
    print(f"extraction alone, one core: {len(articles) / ext_s:.1f} articles/s ({ext_s:.2f} s, "
          f"{1000 * ext_s / len(articles):.2f} ms/article, {failures} failures)")
    print(f"ratio extraction / tokenization: {ext_s / tok_s:.0f}x")
    print(f"peak memory (maxrss): this process {maxrss_mib(resource.RUSAGE_SELF):.0f} MiB, largest child "
          f"{maxrss_mib(resource.RUSAGE_CHILDREN):.0f} MiB")

    if args.all:
        with tempfile.TemporaryDirectory() as tmp:
            with Store(Path(tmp) / "all.db") as store:
                t = time.perf_counter()
                stats = ingest(store, [args.corpus], kb, kb_dir=args.kb, workers=args.workers, progress=None)
                all_s = time.perf_counter() - t
                t = time.perf_counter()
                mstats = merge(store)
                merge_s = time.perf_counter() - t
                size = sum(p.stat().st_size for p in Path(tmp).iterdir()) / 2**20
        print(f"whole corpus: ingest {all_s:.1f} s wall ({stats.read / all_s:.1f} articles/s), merge {merge_s:.1f} s; "
              f"{stats.summary()}")
        print(f"  {mstats.summary()}")
        print(f"  database size {size:.0f} MiB; peak memory: this process {maxrss_mib(resource.RUSAGE_SELF):.0f} MiB,"
              f" largest child {maxrss_mib(resource.RUSAGE_CHILDREN):.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
