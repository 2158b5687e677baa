"""The event database: migrations, ingest (JSON, HTML, RSS/Atom, folders), idempotency,
a run killed with SIGKILL then resumed, bad files, recode. Offline, on the fixture
knowledge base and small files written here."""
from __future__ import annotations

import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from conftest import FIXTURE_KB, ROOT, SHARED, needs_shared
from rasad.cli import main
from rasad.ingest import html_to_text, ingest, recode
from rasad.kb import load_kb
from rasad.merge import merge
from rasad.store import MIGRATIONS, MIGRATIONS_TABLE, Migrations, Store, content_hash

PUB = "2021-03-04"
#: (id, source, published, text): a1/a2 report the same bombing (two outlets, 5 and 3 dead);
#: a3 another place; a4 the same place two weeks later; a5 is a1's text carried by a third outlet.
ARTICLES = [
    ("a1", "Palm TV", PUB, "وقتل خمسة مدنيين بانفجار عبوة ناسفة في تل السنابل أمس الأربعاء."),
    ("a2", "Velmar Daily", PUB, "أسفر انفجار عبوة ناسفة في تل السنابل، أمس الأربعاء، عن مقتل ثلاثة مدنيين."),
    ("a3", "Palm TV", PUB, "وقصف جيش فيلمار قرية النخلة بمحافظة الجبل اليوم."),
    ("a4", "Palm TV", "2021-03-20", "وقتل مدنيان بانفجار عبوة ناسفة في تل السنابل أمس الجمعة."),
    ("a5", "Wadi Wire", PUB, "وقتل  خمسة مدنيين بانفجار عبوة ناسفة في تل السنابل أمس الأربعاء."),
    ("a6", "Velmar Daily", "2021-03-05", "وتظاهر مئات المدنيين في مدينة فيلمار وطالبوا حكومة فيلمار بالكهرباء."),
    ("a7", "Palm TV", PUB, 'وقال العميد سالم الفارس إن "الوضع تحت السيطرة تماما الآن".'),
]

#: columns that hold wall-clock times, left out when comparing two databases
TIMESTAMPS = {"ingested_at", "extracted_at", "first_seen", "last_seen", "merged_at", "applied_at", "superseded_at"}
TABLES = ("articles", "article_copies", "runs", "events", "quotes", "errors", "incidents", "incident_events",
          "incident_sources", MIGRATIONS_TABLE)


def article(aid, source, published, text, **extra):
    obj = {"id": aid, "source": source, "published": published, "text": text,
           "url": f"https://news.example/{aid}", "title": f"title {aid}"}
    obj.update(extra)
    return obj


def write_jsonl(path, objs, raw_lines=()):
    lines = [json.dumps(o, ensure_ascii=False) for o in objs] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def sample_file(tmp_path, name="articles.jsonl"):
    return write_jsonl(tmp_path / name, [article(*a) for a in ARTICLES])


def dump(db_path) -> dict:
    """Every table's rows, without wall-clock columns, in a stable order."""
    conn = sqlite3.connect(db_path)
    out = {}
    for table in TABLES:
        cur = conn.execute(f"SELECT * FROM {table}")
        cols = [d[0] for d in cur.description]
        keep = [i for i, c in enumerate(cols) if c not in TIMESTAMPS]
        out[table] = sorted((tuple(row[i] for i in keep) for row in cur), key=repr)
    conn.close()
    return out


@pytest.fixture(scope="module")
def kb():
    return load_kb(FIXTURE_KB)


def run_ingest(db, paths, kb, **kw):
    kw.setdefault("workers", 1)
    with Store(db) as store:
        stats = ingest(store, [str(p) for p in paths], kb, kb_dir=FIXTURE_KB, **kw)
        merge(store)
    return stats


# --- migrations ----------------------------------------------------------------------------

def test_migrations_are_applied_once_and_recorded(tmp_path):
    db = tmp_path / "m.db"
    with Store(db) as s:
        assert s.applied_migrations == MIGRATIONS.names
        assert s.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    with Store(db) as s:
        assert s.applied_migrations == []
        rows = s.conn.execute(f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = 'rasad'").fetchall()
        assert [r[0] for r in rows] == MIGRATIONS.names


def test_a_failing_migration_leaves_nothing_and_runs_again(tmp_path):
    conn = sqlite3.connect(tmp_path / "x.db", isolation_level=None)
    ms = Migrations("demo")
    calls = []

    @ms(name="one")
    def one(c):
        c.execute("CREATE TABLE t (x)")

    @ms(name="two")
    def two(c):
        calls.append(1)
        c.execute("CREATE TABLE u (y)")
        if len(calls) == 1:
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        ms.apply(conn)
    assert ms.applied(conn) == ["one"]
    assert conn.execute("SELECT name FROM sqlite_master WHERE name = 'u'").fetchone() is None
    assert ms.apply(conn) == ["two"]
    assert ms.apply(conn) == []
    with pytest.raises(ValueError):
        ms(name="one")(lambda c: None)


# --- ingest: idempotency, copies, errors -----------------------------------------------------

def test_ingest_twice_adds_nothing_and_copies_are_recorded(tmp_path, kb):
    src = sample_file(tmp_path)
    db = tmp_path / "r.db"
    first = run_ingest(db, [src], kb)
    assert (first.new, first.copies, first.bad) == (6, 1, 0)
    before = dump(db)
    assert len(before["articles"]) == 6 and len(before["runs"]) == 6
    copy = before["article_copies"][0]
    assert copy[:3] == ("a5", "a1", "content")     # same text after normalization (double space), other outlet
    second = run_ingest(db, [src, src], kb)
    assert (second.new, second.current, second.duplicates, second.events) == (0, 12, 2, 0)
    assert dump(db) == before


def test_same_url_under_another_id_is_a_copy(tmp_path, kb):
    a = article("x1", "Palm TV", PUB, ARTICLES[0][3])
    b = article("x2", "Palm TV", PUB, ARTICLES[2][3], url=a["url"])
    db = tmp_path / "u.db"
    stats = run_ingest(db, [write_jsonl(tmp_path / "u.jsonl", [a, b])], kb)
    assert (stats.new, stats.copies) == (1, 1)
    with Store(db) as s:
        rows = s.conn.execute("SELECT id, article_id, matched_by FROM article_copies").fetchall()
        assert list(map(tuple, rows)) == [("x2", "x1", "url")]


def test_bad_files_and_articles_are_recorded_and_skipped(tmp_path, kb):
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    write_jsonl(d / "good.jsonl", [article(*ARTICLES[0])])
    write_jsonl(d / "sub" / "mixed.jsonl", [article(*ARTICLES[2]), {"id": "no-text"}],
                raw_lines=["{broken json", json.dumps({"id": "bad-date", "text": "نص", "published": "yesterday"})])
    (d / "sub" / "corrupt.jsonl.gz").write_bytes(b"\x1f\x8b\x08\x00" + b"not deflate data" * 4)
    (d / "README.md").write_text("not articles", encoding="utf-8")
    (d / "empty.rss").write_text("<rss><channel><title>x</title></channel></rss>", encoding="utf-8")
    (d / "page.html").write_text("<html><head><title>x</title></head><body></body></html>", encoding="utf-8")
    notes = tmp_path / "notes.txt"
    notes.write_text("hello", encoding="utf-8")
    db = tmp_path / "e.db"
    stats = run_ingest(db, [d, notes, tmp_path / "missing.jsonl"], kb)
    assert stats.new == 2 and stats.ignored_files == 1
    with Store(db) as s:
        errors = {(r["kind"], r["origin"].replace(str(tmp_path) + os.sep, ""), r["stage"]): r["reason"]
                  for r in s.conn.execute("SELECT * FROM errors")}
        ids = {r[0] for r in s.conn.execute("SELECT id FROM articles")}
    assert ids == {"a1", "a3"}
    mixed = os.path.join("in", "sub", "mixed.jsonl")
    assert "missing required field 'text'" in errors[("article", f"{mixed}:2", "input")]
    assert "not valid JSON" in errors[("article", f"{mixed}:3", "input")]
    assert "ISO 8601" in errors[("article", f"{mixed}:4", "input")]
    assert "cannot read file" in errors[("file", os.path.join("in", "sub", "corrupt.jsonl.gz"), "input")]
    assert "no such file" in errors[("file", "missing.jsonl", "input")]
    assert "unsupported file type" in errors[("file", "notes.txt", "input")]
    assert "not an RSS/Atom feed" in errors[("file", os.path.join("in", "empty.rss"), "feed")]
    assert "no article text" in errors[("article", os.path.join("in", "page.html"), "html")]
    # recorded once, however often the same bad input is met
    run_ingest(db, [d], kb)
    with Store(db) as s:
        assert s.conn.execute("SELECT count(*) FROM errors").fetchone()[0] == len(errors)


def test_an_extraction_failure_is_recorded_and_the_batch_goes_on(tmp_path, kb, monkeypatch):
    import rasad.ingest as ing

    real = ing.process

    def flaky(art, kbase):
        if art.id == "a3":
            from rasad.errors import StageError
            raise StageError("events", ValueError("synthetic failure"))
        return real(art, kbase)

    monkeypatch.setattr(ing, "process", flaky)
    db = tmp_path / "f.db"
    stats = run_ingest(db, [sample_file(tmp_path)], kb)
    assert stats.extraction_errors == 1 and stats.new == 6
    with Store(db) as s:
        assert s.conn.execute("SELECT status FROM runs WHERE article_id = 'a3'").fetchone()[0] == "error"
        err = s.conn.execute("SELECT kind, stage, reason, article_id FROM errors").fetchone()
        assert tuple(err)[:2] == ("extraction", "events") and "synthetic failure" in err[2] and err[3] == "a3"
        assert s.conn.execute("SELECT count(*) FROM current_events WHERE article_id = 'a1'").fetchone()[0] == 1


# --- a run killed with SIGKILL, then run again ----------------------------------------------------

def _many_articles(n=30):
    objs = []
    places = ["تل السنابل", "قرية النخلة بمحافظة الجبل", "مدينة الوادي"]
    for k in range(n):
        text = f"وقتل {k + 2} مدنيين بانفجار عبوة ناسفة في {places[k % 3]} أمس الأربعاء. وأفاد المراسل {'ب' * (k + 1)}."
        objs.append(article(f"k{k:02d}", ["Palm TV", "Velmar Daily"][k % 2], PUB, text))
    objs.insert(7, dict(objs[3], id="k03-copy", source="Wadi Wire", url="https://other.example/k03"))
    return objs


KILLER = textwrap.dedent("""
    import os, signal, sys
    from rasad.ingest import ingest
    from rasad.kb import load_kb
    from rasad.store import Store

    db, src, kb_dir, workers, stop_at = sys.argv[1:]

    def hook(batch, phase):
        if batch == int(stop_at) and phase == "written":   # rows inserted, transaction not committed
            print(os.getpid(), flush=True)
            os.kill(os.getpid(), signal.SIGKILL)

    with Store(db) as store:
        ingest(store, [src], load_kb(kb_dir), kb_dir=kb_dir, workers=int(workers), batch_size=4, hook=hook)
    print("finished without being killed")
""")


@pytest.mark.parametrize("workers", [1, 2])
def test_killed_run_then_rerun_equals_an_uninterrupted_run(tmp_path, kb, workers):
    src = write_jsonl(tmp_path / "many.jsonl", _many_articles(), raw_lines=["{not json"])
    script = tmp_path / "killer.py"
    script.write_text(KILLER, encoding="utf-8")
    killed = tmp_path / "killed.db"
    proc = subprocess.run([sys.executable, str(script), str(killed), str(src), str(FIXTURE_KB), str(workers), "3"],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stdout + proc.stderr
    with Store(killed) as s:
        # two batches of four committed (seven articles and the copy); the third, killed
        # before COMMIT, left nothing
        assert s.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 7
        assert s.conn.execute("SELECT count(*) FROM article_copies").fetchone()[0] == 1
    stats = run_ingest(killed, [src], kb)
    assert (stats.current, stats.duplicates, stats.new) == (7, 1, 30 - 7)
    clean = tmp_path / "clean.db"
    run_ingest(clean, [src], kb)
    assert dump(killed) == dump(clean)


# --- HTML pages and RSS/Atom feeds -------------------------------------------------------------

HTML_PAGE = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>انفجار في تل السنابل | قناة النخيل</title>
<meta property="og:title" content="انفجار عبوة ناسفة في تل السنابل">
<meta property="og:site_name" content="قناة النخيل">
<meta property="og:url" content="https://palm.example/news/1">
<meta property="article:published_time" content="2021-03-04T10:00:00+03:00">
<link rel="canonical" href="https://palm.example/news/1"></head>
<body><nav><a href="/">الرئيسية</a> <a href="/sport">رياضة</a></nav>
<article><h1>انفجار عبوة ناسفة في تل السنابل</h1>
<p>وقتل خمسة مدنيين بانفجار عبوة ناسفة في تل السنابل أمس الأربعاء، بحسب مصادر أمنية محلية تحدثت للقناة.</p>
<p>وأضافت المصادر أن القوات الأمنية فرضت طوقا حول المكان وباشرت التحقيق في ملابسات الحادث.</p></article>
<footer>جميع الحقوق محفوظة لقناة النخيل</footer></body></html>"""

RSS_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Velmar Daily</title><link>https://velmar.example</link>
<item><title>انفجار</title><link>https://velmar.example/n/7</link><guid>https://velmar.example/n/7</guid>
<pubDate>Thu, 04 Mar 2021 01:30:00 +0300</pubDate>
<description><![CDATA[<p>أسفر انفجار عبوة ناسفة في تل السنابل، أمس الأربعاء، عن مقتل ثلاثة مدنيين.</p><p>وفتحت السلطات تحقيقا.</p>]]></description></item>
<item><title>قصف</title><link>https://velmar.example/n/8</link><guid isPermaLink="false">8</guid>
<pubDate>Thu, 04 Mar 2021 12:00:00 +0300</pubDate>
<description>وقصف جيش فيلمار قرية النخلة بمحافظة الجبل اليوم.</description></item>
<item><title>فارغ</title><link>https://velmar.example/n/9</link></item>
</channel></rss>"""

ATOM_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Wadi Wire</title><id>urn:wadi</id><updated>2021-03-05T08:00:00Z</updated>
<entry><title>مظاهرة</title><id>urn:wadi:1</id><link href="https://wadi.example/1"/><updated>2021-03-05T08:00:00Z</updated>
<content type="html">&lt;p&gt;وتظاهر مئات المدنيين في مدينة فيلمار للمطالبة بالكهرباء.&lt;/p&gt;</content></entry></feed>"""


def test_html_page_is_ingested_with_title_date_and_outlet(tmp_path, kb):
    page = tmp_path / "page.html"
    page.write_text(HTML_PAGE, encoding="utf-8")
    db = tmp_path / "h.db"
    stats = run_ingest(db, [page], kb)
    assert stats.new == 1
    with Store(db) as s:
        a = s.conn.execute("SELECT * FROM articles").fetchone()
        ev = s.conn.execute("SELECT * FROM current_events").fetchone()
    assert a["url"] == "https://palm.example/news/1" and a["published"] == "2021-03-04"
    assert a["published_from"] == "html" and a["source"] == "قناة النخيل"
    assert a["title"].startswith("انفجار عبوة ناسفة")
    assert a["text"].startswith("وقتل خمسة مدنيين") and "الرئيسية" not in a["text"] and "الحقوق" not in a["text"]
    assert (ev["plover"], ev["event_date"], ev["location"], ev["fatalities"]) == ("ASSAULT", "2021-03-03",
                                                                                 "Tall Sanabil", 5)
    assert run_ingest(db, [page], kb).current == 1   # same page again: nothing new


def test_rss_and_atom_items_become_articles(tmp_path, kb):
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "velmar.xml").write_text(RSS_FEED, encoding="utf-8")   # .xml: sniffed as a feed
    (feeds / "wadi.atom").write_text(ATOM_FEED, encoding="utf-8")
    db = tmp_path / "r.db"
    stats = run_ingest(db, [feeds], kb)
    assert (stats.new, stats.bad) == (3, 1)    # the third RSS item has no text
    with Store(db) as s:
        rows = {r["id"]: r for r in s.conn.execute("SELECT * FROM articles")}
        err = s.conn.execute("SELECT origin, reason FROM errors").fetchone()
        assert s.conn.execute("SELECT count(*) FROM current_events WHERE plover = 'PROTEST'").fetchone()[0] == 1
    first = rows["https://velmar.example/n/7"]
    assert first["source"] == "Velmar Daily" and first["title"] == "انفجار"
    assert first["published"] == "2021-03-04"     # the feed's own day, not UTC (2021-03-03 22:30)
    assert first["text"] == "أسفر انفجار عبوة ناسفة في تل السنابل، أمس الأربعاء، عن مقتل ثلاثة مدنيين.\nوفتحت السلطات تحقيقا."
    second = [r for k, r in rows.items() if r["url"] == "https://velmar.example/n/8"][0]
    assert second["id"].startswith("feed-")       # a bare guid is qualified by the feed
    assert rows["urn:wadi:1"]["published"] == "2021-03-05" and rows["urn:wadi:1"]["source"] == "Wadi Wire"
    assert err["origin"].endswith("velmar.xml#item3") and "no description" in err["reason"]


def test_html_to_text_keeps_paragraphs():
    assert html_to_text("<p>a &amp; b</p><p>c<br>d</p>") == "a & b\nc\nd"
    assert html_to_text("plain &amp; simple") == "plain & simple"
    assert content_hash("  ") is None and content_hash("أ ب") == content_hash("ا  ب")


# --- recode ------------------------------------------------------------------------------------

def test_recode_keeps_old_versions_superseded_and_is_idempotent(tmp_path, kb):
    import shutil

    db = tmp_path / "v.db"
    run_ingest(db, [sample_file(tmp_path)], kb)
    kb2_dir = tmp_path / "kb2"
    shutil.copytree(FIXTURE_KB, kb2_dir)
    with (kb2_dir / "actors.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps({"id": "zz.police", "name": "Police of Kardonia", "type": "state_forces", "inter": 1,
                            "country": "ZZ", "aliases_ar": ["شرطة كاردونيا"], "source": "test"},
                           ensure_ascii=False) + "\n")
    kb2 = load_kb(kb2_dir)
    assert kb2.version != kb.version
    with Store(db) as s:
        n_articles = s.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        old_events = s.conn.execute("SELECT count(*) FROM events").fetchone()[0]
        stats = recode(s, kb2, kb_dir=kb2_dir)
        assert stats.reextracted == n_articles
        runs = s.conn.execute("SELECT kb_version, superseded_at IS NULL FROM runs").fetchall()
        assert sorted(map(tuple, runs)) == sorted([(kb.version, 0)] * n_articles + [(kb2.version, 1)] * n_articles)
        assert {r[0] for r in s.conn.execute("SELECT kb_version FROM current_events")} == {kb2.version}
        assert s.conn.execute("SELECT count(*) FROM events WHERE kb_version = ?", (kb.version,)).fetchone()[0] \
            == old_events
        assert recode(s, kb2, kb_dir=kb2_dir).reextracted == 0          # nothing stale any more
        assert recode(s, kb2, kb_dir=kb2_dir, everything=True).reextracted == n_articles
        assert s.conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 2 * n_articles  # replaced, not added
    # ingest with the old knowledge base makes the old runs current again
    stats = run_ingest(db, [sample_file(tmp_path)], kb)
    assert stats.reextracted == n_articles and stats.new == 0
    out = CliRunner().invoke(main, ["events", "--db", str(db), "--kb-version", kb2.version, "--format", "jsonl"])
    assert {json.loads(x)["store"]["current"] for x in out.output.splitlines()} == {False}


# --- the command line -----------------------------------------------------------------------------

def test_store_commands_have_help_with_an_example():
    for cmd in ("ingest", "recode", "merge", "events"):
        result = CliRunner().invoke(main, [cmd, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, cmd


def test_cli_ingest_recode_merge_events(tmp_path):
    src = sample_file(tmp_path)
    db = str(tmp_path / "c.db")
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--kb", str(FIXTURE_KB), "--workers", "2"],
                           catch_exceptions=False)
    assert r.exit_code == 0
    assert "6 new" in r.output and "1 copies" in r.output and "merge:" in r.output and "largest:" in r.output
    r = CliRunner().invoke(main, ["ingest", str(src), "--db", db, "--kb", str(FIXTURE_KB)])
    assert "0 new" in r.output and "6 already stored" in r.output and "incidents up to date" in r.output
    r = CliRunner().invoke(main, ["recode", "--db", db, "--kb", str(FIXTURE_KB)])
    assert r.exit_code == 0 and "0 new, 0 re-extracted" in r.output
    r = CliRunner().invoke(main, ["merge", "--db", db])
    assert r.exit_code == 0 and "incidents" in r.output
    r = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "nope.db")])
    assert r.exit_code != 0 and "no such database" in r.output


@needs_shared
def test_corpus_sample_dates_from_crawl_time_and_wire_copies(tmp_path):
    corpus = SHARED / "corpora" / "saudinewsnet-2015.jsonl.gz"
    if not corpus.exists():
        pytest.skip(f"corpus not found at {corpus}")
    wanted = {"snn-640", "snn-1129"}     # the same text in Al-Eqtisadiya and Al-Madina
    lines = []
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            if json.loads(line)["id"] in wanted:
                lines.append(line)
            if len(lines) == 2:
                break
    src = tmp_path / "sample.jsonl"
    src.write_text("".join(lines), encoding="utf-8")
    db = tmp_path / "s.db"
    stats = run_ingest(db, [src], load_kb())
    assert (stats.new, stats.copies) == (1, 1)
    with Store(db) as s:
        a = s.conn.execute("SELECT published, published_from FROM articles").fetchone()
        assert tuple(a) == ("2015-07-21", "date_extracted")
        rows = s.conn.execute("SELECT id, article_id FROM article_copies").fetchall()
        assert list(map(tuple, rows)) == [("snn-1129", "snn-640")]


def test_json_array_and_object_files_with_the_crawl_date_fallback(tmp_path, kb):
    objs = [{"id": f"c{k}", "source": "Palm TV", "date_extracted": "2021-03-04 09:10:11", "text": ARTICLES[k][3]}
            for k in (0, 2)]
    (tmp_path / "arr.json").write_text(json.dumps(objs, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps(dict(objs[0], id="c9", text=ARTICLES[3][3]), ensure_ascii=False,
                                                  indent=2), encoding="utf-8")
    db = tmp_path / "j.db"
    assert run_ingest(db, [tmp_path / "arr.json", tmp_path / "one.json"], kb).new == 3
    with Store(db) as s:
        rows = s.conn.execute("SELECT id, published, published_from, origin FROM articles ORDER BY id").fetchall()
        assert [tuple(r)[:3] for r in rows] == [("c0", "2021-03-04", "date_extracted"),
                                                 ("c2", "2021-03-04", "date_extracted"),
                                                 ("c9", "2021-03-04", "date_extracted")]
        assert rows[0]["origin"].endswith("arr.json[0]")
        assert s.conn.execute("SELECT event_date FROM current_events WHERE article_id = 'c0'").fetchone()[0] \
            == "2021-03-03"
    db2 = tmp_path / "n.db"
    run_ingest(db2, [tmp_path / "arr.json"], kb, published_fallback=None)
    with Store(db2) as s:
        assert s.conn.execute("SELECT count(*) FROM articles WHERE published IS NULL").fetchone()[0] == 2
