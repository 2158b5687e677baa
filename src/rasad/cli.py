"""The `rasad` command line."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from rasad import __version__
from rasad.errors import InputError, KnowledgeBaseError, StageError
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


def _default_article_files() -> list[str]:
    """The shared corpus and seed, when run from a checkout next to ../shared."""
    candidates = [Path("../shared/corpora/saudinewsnet-2015.jsonl.gz"), Path("../shared/seed/seed-article.json")]
    return [str(p) for p in candidates if p.exists()]


@main.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, exists=True, path_type=Path))
@click.option("--articles", "article_files", multiple=True,
              help="Article files the gold ids refer to (repeatable; default: ../shared corpus and seed).")
@click.option("--details", is_flag=True, help="List every missed and spurious event and quote, and wrong fields.")
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON (for scripts).")
@_KB_OPTION
def eval_cmd(gold_dir: Path, article_files: tuple[str, ...], details: bool, as_json: bool, kb_dir: Path | None) -> None:
    """Score extraction against a directory of gold files (see the annotation guide).

    \b
    Example:
      rasad eval gold/dev --details
      rasad eval gold/dev --articles ../shared/corpora/saudinewsnet-2015.jsonl.gz --json
    """
    from rasad.eval import load_gold_dir, score_documents
    from rasad.eval.report import details as details_text, table
    from rasad.errors import GoldError

    files = list(article_files) or _default_article_files()
    if not files:
        raise click.ClickException("no article files: pass --articles FILE (the corpus the gold ids refer to)")
    kbase = _load(kb_dir)
    try:
        golds = load_gold_dir(gold_dir, files)
    except GoldError as exc:
        raise click.ClickException(str(exc)) from exc
    problems = [p for g in golds for p in g.problems]
    for p in problems:
        click.echo(f"gold problem: {p}", err=True)
    records = {}
    for g in golds:
        try:
            records[g.article_id] = article_record(process(g.article, kbase), kbase.version)
        except StageError as exc:
            click.echo(f"{g.article_id}: {exc}", err=True)
    summary, results = score_documents(golds, records)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    click.echo(table(summary))
    if details:
        click.echo("\n" + details_text(results))


@main.command("eval-sentences")
@click.argument("sentences_file", type=click.Path(dir_okay=False, exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@_KB_OPTION
def eval_sentences(sentences_file: str, as_json: bool, kb_dir: Path | None) -> None:
    """Score sentence-level detection: a JSONL of {id, text, labels: [PLOVER types]}.

    A sentence is predicted positive for a type when extraction gives at least one event
    of that type for it.

    \b
    Example:
      rasad eval-sentences sentences.jsonl
    """
    from rasad.eval import score_sentences
    from rasad.model import Article
    from rasad.pipeline import parse_published

    kbase = _load(kb_dir)
    items, predictions = [], {}
    with open(sentences_file, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                it = json.loads(line)
                art = Article(str(it["id"]), it["text"], parse_published(it.get("published")))
            except (json.JSONDecodeError, KeyError, TypeError, InputError) as exc:
                raise click.ClickException(f"{sentences_file}:{lineno}: {exc}") from exc
            items.append(it)
            predictions[str(it["id"])] = {e.plover for e in process(art, kbase).events}
    scores = score_sentences(items, predictions)
    if as_json:
        click.echo(json.dumps(scores, indent=2))
        return
    click.echo(f"{'type':<12}{'P':>7}{'R':>7}{'F1':>7}{'gold':>6}")
    for t, s in scores.items():
        click.echo(f"{t:<12}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}{s['gold']:>6}")


@main.command("geocode")
@click.argument("text")
@click.option("--published", default=None, help="Publication date (ISO), for the events' dates.")
@_KB_OPTION
def geocode_cmd(text: str, published: str | None, kb_dir: Path | None) -> None:
    """Show the places found in a text, their candidates, and which one wins and why.

    \b
    Example:
      rasad geocode "انفجار عبوة ناسفة قرب قضاء الحويجة جنوب غربي كركوك"
    """
    from rasad.model import Article
    from rasad.pipeline import parse_published
    from rasad.stages.geocode import article_context, candidates_for, choose_place

    kbase = _load(kb_dir)
    doc = process(Article("cli", text, parse_published(published)), kbase)
    context = article_context(doc, kbase)
    places = [m for m in doc.mentions if m.kind == "place"]
    if not places:
        click.echo("no place names found")
    for m in places:
        cands = candidates_for(kbase, m)
        best = choose_place(doc, kbase, m, context)
        click.echo(f"'{m.text}' [{m.start}:{m.end}]: {len(cands)} candidate(s)")
        for c in cands:
            mark = "*" if best and best[0].id == c.id else " "
            click.echo(f"  {mark} {c.id:<16} {c.kind:<15} {c.name} / {c.admin1 or '-'} / {c.admin2 or '-'} "
                       f"({c.country}) {c.lat:.4f},{c.lon:.4f}")
        if best:
            click.echo(f"    chosen because: {best[1]}")
    for ev in doc.events:
        loc = ev.location
        click.echo(f"event {ev.plover} '{ev.trigger.text}': " + (
            f"{loc.name} ({loc.admin1 or loc.country}) precision {loc.geo_precision} — {ev.provenance.get('location')}"
            if loc else "no location"))


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
from rasad import cli_store  # noqa: E402,F401  registers store commands
