"""The `rasad` command line."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from rasad import __version__
from rasad.errors import InputError, KnowledgeBaseError, RasadError, StageError
from rasad.io import read_articles
from rasad.kb import default_kb_dir, load_kb, validate_kb_dir
from rasad.output import article_record
from rasad.pipeline import process

_KB_OPTION = click.option("--kb", "kb_dir", type=click.Path(file_okay=False, exists=True, path_type=Path),
                          default=None, help="Knowledge-base directory (default: the one shipped with Rasad).")


def _load(kb_dir):
    try:
        return load_kb(kb_dir)
    except KnowledgeBaseError as exc:
        raise click.ClickException(str(exc)) from exc


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rasad")
def main() -> None:
    """Rasad (رصد): Arabic news to structured security events.

    \b
    Example:
      rasad extract articles.jsonl > events.jsonl
    """


@main.command()
@click.argument("inputs", nargs=-1)
@click.option("--format", "fmt", type=click.Choice(["jsonl", "summary"]), default="jsonl", show_default=True,
              help="jsonl: one JSON line per article (the contract); summary: readable text.")
@_KB_OPTION
def extract(inputs: tuple[str, ...], fmt: str, kb_dir: Path | None) -> None:
    """Extract events and quotes from articles (JSON, JSON array or JSONL; .gz ok; - for stdin).

    Writes one JSON object per input article, in input order:
    {"article_id", "events", "quotes", "errors"}. A bad article gets an entry in
    "errors" and the batch goes on.

    \b
    Example:
      rasad extract ../shared/seed/seed-article.json
      cat articles.jsonl | rasad extract --format summary -
    """
    kb = _load(kb_dir)
    out = sys.stdout
    for path in inputs or ("-",):
        try:
            items = list(read_articles(path))
        except InputError as exc:
            raise click.ClickException(str(exc)) from exc
        for item in items:
            if item.article is None:
                rec = {"article_id": item.raw_id, "events": [], "quotes": [],
                       "errors": [{"stage": "input", "where": item.where, "message": item.error}]}
            else:
                try:
                    doc = process(item.article, kb)
                    rec = article_record(doc, kb.version)
                except StageError as exc:
                    rec = {"article_id": item.article.id, "events": [], "quotes": [],
                           "errors": [{"stage": exc.stage, "where": item.where, "message": str(exc)}]}
            if fmt == "jsonl":
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            else:
                out.write(_summary(rec))
            out.flush()


def _summary(rec: dict) -> str:
    lines = [f"== {rec['article_id']}: {len(rec['events'])} events, {len(rec['quotes'])} quotes"]
    for e in rec["events"]:
        loc = e["location"]
        where = f"{loc['name']} ({loc['admin1'] or e['country']})" if loc else "-"
        lines.append(f"  [{e['plover']}{'/' + e['acled_sub_event_type'] if e['acled_sub_event_type'] else ''}] "
                     f"{e['event_date'] or '?'} p{e['time_precision'] or '-'} @ {where}: {e['notes']}")
    for q in rec["quotes"]:
        sp = q["speaker"]
        who = ", ".join(x for x in (sp["name"], sp["title"], sp["role"]) if x)
        via = f" via {q['via']}" if q["via"] else ""
        lines.append(f"  \u201c{q['text'][:70]}\u2026\u201d \u2014 {who}{via}")
    for err in rec["errors"]:
        lines.append(f"  ERROR [{err['stage']}] {err['where']}: {err['message']}")
    return "\n".join(lines) + "\n"


@main.command()
@click.argument("article_file")
@click.option("--id", "article_id", default=None, help="Which article of the file (default: the first).")
@_KB_OPTION
def explain(article_file: str, article_id: str | None, kb_dir: Path | None) -> None:
    """Show, for each event of an article, the rule that produced each field.

    \b
    Example:
      rasad explain ../shared/seed/seed-article.json
    """
    kb = _load(kb_dir)
    for item in read_articles(article_file):
        if item.article is None or (article_id and item.article.id != article_id):
            continue
        doc = process(item.article, kb)
        click.echo(f"article {doc.article.id} (knowledge base {kb.version})")
        for k, ev in enumerate(doc.events, 1):
            click.echo(f"\n#{k} {ev.plover} — {ev.notes}")
            click.echo(f"   trigger: '{ev.trigger.text}' [{ev.trigger.start}:{ev.trigger.end}] rule {ev.rule}")
            for field, why in sorted(ev.provenance.items()):
                click.echo(f"   {field:<22} {why}")
        return
    raise click.ClickException(f"no article {'with id ' + article_id if article_id else ''} in {article_file}")


@main.group()
def kb() -> None:
    """Knowledge-base tools."""


@kb.command("validate")
@click.argument("directory", required=False, type=click.Path(file_okay=False, exists=True, path_type=Path))
def kb_validate(directory: Path | None) -> None:
    """Check every knowledge-base file; print FILE:LINE FIELD: problem for each error.

    \b
    Example:
      rasad kb validate
      rasad kb validate path/to/my-kb
    """
    directory = directory or default_kb_dir()
    problems = validate_kb_dir(directory)
    if problems:
        for p in problems:
            click.echo(p, err=True)
        raise click.ClickException(f"{len(problems)} problem(s) in {directory}")
    kbase = load_kb(directory, validate=False)
    click.echo(f"ok: {len(kbase.actors)} actors, {len(kbase.persons)} persons, {len(kbase.titles)} titles, "
               f"{len(kbase.places)} places, {len(kbase.triggers)} triggers (version {kbase.version})")


if __name__ == "__main__":  # pragma: no cover
    main()
