"""Store commands of the `rasad` command line: ingest, recode, merge, events.

Registered on `rasad.cli.main` when `rasad.cli` is imported (its last line imports this
module).
"""
from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import click

from rasad.cli import main
from rasad.errors import KnowledgeBaseError

_DB_OPTION = click.option("--db", "db_path", default="rasad.db", show_default=True, envvar="RASAD_DB",
                          type=click.Path(dir_okay=False, path_type=Path),
                          help="SQLite database file (env RASAD_DB).")
_KB = click.option("--kb", "kb_dir", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None,
                   help="Knowledge-base directory (default: the one shipped with Rasad).")
_WORKERS = click.option("--workers", type=click.IntRange(min=1), default=lambda: os.cpu_count() or 1,
                        show_default="number of CPUs", help="Extraction processes (1: extract in this process).")
_BATCH = click.option("--batch-size", type=click.IntRange(min=1), default=200, show_default=True,
                      help="Articles per transaction.")
_PROGRESS = click.option("--progress/--no-progress", default=None,
                         help="Progress bar on stderr (default: only when stderr is a terminal).")
_NO_MERGE = click.option("--no-merge", is_flag=True, help="Do not rebuild the cross-source incidents afterwards.")


def _load_kb(kb_dir):
    from rasad.kb import load_kb

    try:
        return load_kb(kb_dir)
    except KnowledgeBaseError as exc:
        raise click.ClickException(str(exc)) from exc


def _open(db_path: Path, must_exist: bool = False):
    from rasad.store import Store

    if must_exist and not db_path.exists():
        raise click.ClickException(f"{db_path}: no such database (create it with `rasad ingest FILES --db {db_path}`)")
    return Store(db_path)


def _merge_and_report(store, text_anchor: bool = True, changed: bool = True) -> None:
    from rasad.merge import is_current, merge, stored_stats

    if not changed and is_current(store):
        click.echo(stored_stats(store).summary() + "\n(incidents up to date: nothing changed)")
        return
    click.echo(merge(store, text_anchor=text_anchor).summary())


def _changed(stats) -> bool:
    return bool(stats.new or stats.reextracted or stats.copies)


def _report(stats, store, what: str) -> None:
    click.echo(f"{what}: {stats.summary()}")
    if stats.ignored_files:
        click.echo(f"{stats.ignored_files} file(s) in folders ignored (not JSON, HTML or RSS/Atom)")
    for line in stats.error_samples:
        click.echo(f"  error {line}", err=True)
    if stats.bad + stats.extraction_errors > len(stats.error_samples):
        click.echo(f"  ... all errors are in the `errors` table of {store.path}", err=True)
    c = store.counts()
    click.echo(f"database {store.path}: {c['articles']} articles, {c['copies']} copies, {c['current_events']} current "
               f"events ({c['events']} counting superseded runs), {c['quotes']} quotes, {c['errors']} errors recorded")


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_DB_OPTION
@_WORKERS
@_KB
@_BATCH
@click.option("--published-fallback", default="date_extracted", show_default=True, metavar="FIELD",
              help="For a JSON article without `published`, take the date part of this field (the SaudiNewsNet "
                   "crawl time); '' to never do so.")
@_PROGRESS
@_NO_MERGE
def ingest(paths: tuple[str, ...], db_path: Path, workers: int, kb_dir: Path | None, batch_size: int,
           published_fallback: str, progress: bool | None, no_merge: bool) -> None:
    """Extract articles into the event database and merge reports of the same incident.

    PATHS are JSON/JSONL article files (.gz ok), saved HTML pages, RSS/Atom feed files,
    or folders of these (searched recursively). Ingesting again adds nothing: an article
    already stored (same id, url, or normalized text) is skipped, or recorded as a copy
    when another outlet carried it. Articles stored with another knowledge-base version
    are extracted again. Bad files and articles are recorded in the `errors` table and
    skipped. One transaction per batch: a killed run loses nothing committed; run it
    again to finish.

    \b
    Example:
      rasad ingest ../shared/corpora/saudinewsnet-2015.jsonl.gz --db rasad.db
      rasad ingest saved-pages/ feeds/shafaq.rss --db rasad.db --workers 2
    """
    from rasad.ingest import ingest as run_ingest

    kb = _load_kb(kb_dir)
    with _open(db_path) as store:
        try:
            stats = run_ingest(store, paths, kb, kb_dir=kb_dir, workers=workers, batch_size=batch_size,
                               progress=progress, published_fallback=published_fallback or None)
        except KeyboardInterrupt:
            click.echo("interrupted: every committed batch is kept; run the same command again to finish",
                       err=True)
            sys.exit(130)
        _report(stats, store, "ingest")
        if not no_merge:
            _merge_and_report(store, changed=_changed(stats))


@main.command()
@_DB_OPTION
@click.option("--stale", "mode", flag_value="stale", default=True,
              help="Only articles whose current events come from another knowledge-base version (default).")
@click.option("--all", "mode", flag_value="all", help="Every stored article.")
@_WORKERS
@_KB
@_BATCH
@_PROGRESS
@_NO_MERGE
def recode(db_path: Path, mode: str, workers: int, kb_dir: Path | None, batch_size: int, progress: bool | None,
           no_merge: bool) -> None:
    """Extract stored articles again with the current knowledge base.

    The new run becomes the article's current one; runs made with other knowledge-base
    versions are kept, marked superseded (see `rasad events --kb-version`). With --all,
    a run with the same version is replaced.

    \b
    Example:
      rasad recode --db rasad.db
      rasad recode --db rasad.db --all --kb path/to/kb
    """
    from rasad.ingest import recode as run_recode

    kb = _load_kb(kb_dir)
    with _open(db_path, must_exist=True) as store:
        stats = run_recode(store, kb, kb_dir=kb_dir, workers=workers, everything=mode == "all",
                           batch_size=batch_size, progress=progress)
        _report(stats, store, f"recode ({mode}, knowledge base {kb.version})")
        if not no_merge:
            _merge_and_report(store, changed=_changed(stats))


@main.command("merge")
@_DB_OPTION
@click.option("--no-text-anchor", is_flag=True,
              help="Apply the field rule alone, without requiring shared words between evidence sentences.")
def merge_cmd(db_path: Path, no_text_anchor: bool) -> None:
    """Rebuild the cross-source incidents from the current events and print statistics.

    Events of different articles join one incident when they have the same PLOVER type,
    compatible dates (1/7/31 days for time precision 1/2/3), the same admin1 (and same
    admin2, or within 10 km), and the same actor1 or one missing, and when the evidence
    sentence shares content words with a report already in the incident. The incident
    keeps every source's figures and reports the minimum fatalities.

    \b
    Example:
      rasad merge --db rasad.db
    """
    with _open(db_path, must_exist=True) as store:
        _merge_and_report(store, text_anchor=not no_text_anchor)


def _date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date YYYY-MM-DD") from None


@main.command()
@_DB_OPTION
@click.option("--from", "date_from", callback=_date, metavar="DATE", help="Events on or after this day (YYYY-MM-DD).")
@click.option("--to", "date_to", callback=_date, metavar="DATE", help="Events on or before this day.")
@click.option("--admin1", help="Governorate / first-level division (English name, any case).")
@click.option("--admin2", help="District / second-level division.")
@click.option("--type", "types", multiple=True, metavar="PLOVER",
              help="PLOVER type, e.g. ASSAULT (repeatable, or comma-separated).")
@click.option("--actor", metavar="TEXT", help="Part of an actor's name or mention (Arabic is normalized).")
@click.option("--text", metavar="TEXT", help="Part of the evidence sentence or notes (Arabic is normalized).")
@click.option("--incidents", is_flag=True, help="One row per cross-source incident instead of per event.")
@click.option("--kb-version", metavar="VERSION",
              help="Events produced with this knowledge-base version, current or superseded (default: current).")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")
@click.option("--format", "fmt", type=click.Choice(["table", "acled-csv", "plover-json", "geojson", "jsonl"]),
              default="table", show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.File("w", encoding="utf-8"), default="-",
              help="Output file (default stdout).")
def events(db_path: Path, date_from, date_to, admin1, admin2, types, actor, text, incidents, kb_version, limit, fmt,
           output) -> None:
    """Query the stored events (or incidents) and export them.

    Formats: table (readable), jsonl (contract records), acled-csv (ACLED's columns,
    ACLED-coded events only), geojson (FeatureCollection of Points, events with
    coordinates), plover-json (PLOVER field names).

    \b
    Example:
      rasad events --db rasad.db --from 2015-07-20 --to 2015-07-31 --admin1 Anbar --type ASSAULT
      rasad events --db rasad.db --incidents --format acled-csv -o incidents.csv
      rasad events --db rasad.db --actor "Islamic State" --format geojson > is.geojson
    """
    from rasad.export import Filters, export

    plover = tuple(t.strip().upper() for group in types for t in group.split(",") if t.strip())
    f = Filters(date_from, date_to, admin1, admin2, plover, actor, text, kb_version, limit)
    with _open(db_path, must_exist=True) as store:
        n = export(store, f, fmt, output, incidents=incidents)
    if fmt != "table" and output is not sys.stdout and getattr(output, "name", "-") != "<stdout>":
        click.echo(f"{n} {'incidents' if incidents else 'events'} written to {output.name}", err=True)
