"""Cross-source merging, query filters and export formats, on the fixture knowledge base."""
from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest
from click.testing import CliRunner

from conftest import FIXTURE_KB
from rasad.cli import main
from rasad.export import ACLED_COLUMNS, Filters, country_info, export, plover_record
from rasad.kb import load_kb
from rasad.merge import MergeEvent, anchored, cluster, compatible, content_words, distance_km
from rasad.store import Store
from test_store import ARTICLES, PUB, article, run_ingest, sample_file, write_jsonl


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("export")
    path = tmp / "x.db"
    run_ingest(path, [sample_file(tmp)], load_kb(FIXTURE_KB))
    return path


def events(db, *args):
    result = CliRunner().invoke(main, ["events", "--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def jsonl(db, *args):
    return [json.loads(x) for x in events(db, "--format", "jsonl", *args).splitlines()]


# --- merge ---------------------------------------------------------------------------------

def test_two_outlets_reporting_one_bombing_become_one_incident_with_the_minimum_count(db):
    with Store(db) as s:
        inc = s.conn.execute("""SELECT i.* FROM incidents i JOIN incident_events ie USING (incident_id)
                                WHERE ie.article_id = 'a1'""").fetchone()
        sources = {r["article_id"]: dict(r) for r in s.conn.execute(
            "SELECT * FROM incident_sources WHERE incident_id = ?", (inc["incident_id"],))}
        other = s.conn.execute("""SELECT count(DISTINCT ie.incident_id) FROM incident_events ie
                                  WHERE ie.article_id IN ('a3', 'a4')""").fetchone()[0]
        a4_with_a1 = s.conn.execute("""SELECT count(*) FROM incident_events WHERE incident_id = ?
                                       AND article_id IN ('a3', 'a4')""", (inc["incident_id"],)).fetchone()[0]
    assert (inc["n_events"], inc["fatalities"], inc["fatalities_max"]) == (2, 3, 5)
    assert json.loads(inc["sources"]) == ["Palm TV", "Velmar Daily", "Wadi Wire"]   # a5 is a1's copy
    assert sorted(json.loads(inc["article_ids"])) == ["a1", "a2", "a5"] and inc["n_sources"] == 3
    assert {k: (v["source"], v["via"], v["fatalities"]) for k, v in sources.items()} == {
        "a1": ("Palm TV", "article", 5), "a2": ("Velmar Daily", "article", 3), "a5": ("Wadi Wire", "copy", 5)}
    assert (inc["admin1"], inc["event_date"]) == ("Wadi", "2021-03-03")
    # another place (a3) and the same place two weeks later (a4) stay apart
    assert other == 2 and a4_with_a1 == 0


BOMBING = "وقتل خمسة مدنيين بانفجار عبوة ناسفة في تل السنابل"


def _ev(article_id, day, precision=1, text=BOMBING, **kw):
    base = dict(run_id=1, seq=0, event_id=f"e-{article_id}", article_id=article_id, plover="ASSAULT",
                date=dt.date(2021, 3, day) if day else None, time_precision=precision, country="ZZ", admin1="Wadi",
                admin2=None, latitude=None, longitude=None, actor1=None, words=content_words(text))
    base.update(kw)
    return MergeEvent(**base)


def test_merge_rule_dates_places_actors():
    assert compatible(_ev("a", 3), _ev("b", 4)) and not compatible(_ev("a", 3), _ev("b", 5))
    assert compatible(_ev("a", 3, 2), _ev("b", 9)) and not compatible(_ev("a", 3, 2), _ev("b", 11))
    assert compatible(_ev("a", 1, 3), _ev("b", 30, 1))
    assert not compatible(_ev("a", 3), _ev("a", 3))                      # same article
    assert not compatible(_ev("a", 3), _ev("b", 3, plover="PROTEST"))
    assert not compatible(_ev("a", 3), _ev("b", 3, admin1="Jabal"))
    assert not compatible(_ev("a", 3, admin1=None), _ev("b", 3, admin1=None))
    near = dict(latitude=10.60, longitude=20.60)
    assert compatible(_ev("a", 3, admin2="X", **near), _ev("b", 3, admin2="X", latitude=11.0, longitude=21.0))
    assert compatible(_ev("a", 3, admin2="X", **near), _ev("b", 3, admin2="Y", latitude=10.65, longitude=20.62))
    assert not compatible(_ev("a", 3, admin2="X", **near), _ev("b", 3, admin2="Y", latitude=10.8, longitude=20.6))
    assert compatible(_ev("a", 3, admin2="X"), _ev("b", 3))              # admin2 only on one side
    assert compatible(_ev("a", 3, actor1="Army"), _ev("b", 3))
    assert not compatible(_ev("a", 3, actor1="Army"), _ev("b", 3, actor1="Rebels"))
    assert not compatible(_ev("a", None), _ev("b", 3))
    assert compatible(_ev("a", None, evidence="x y"), _ev("b", None, evidence="x y"))
    assert not compatible(_ev("a", None, evidence="x y"), _ev("b", None, evidence="x z"))
    assert 5.0 < distance_km(10.6, 20.6, 10.65, 20.62) < 6.5


def test_clusters_do_not_chain_and_hold_one_event_per_article():
    # 3rd~4th and 4th~5th, but 3rd and 5th are two days apart: no chain of all three
    groups = cluster([_ev("a", 3), _ev("b", 4), _ev("c", 5)])
    assert sorted(len(g) for g in groups) == [1, 2]
    # two events of one article never share an incident, even when compatible with a third
    groups = cluster([_ev("a", 3, seq=0), _ev("a", 3, seq=1), _ev("b", 3)])
    assert sorted(len(g) for g in groups) == [1, 2]
    # a report that fits two incidents joins the one closest in date
    groups = cluster([_ev("c", 6, 2), _ev("a", 3), _ev("b", 5)])
    assert sorted(sorted(e.article_id for e in g) for g in groups) == [["a"], ["b", "c"]]
    # a month-precision report fits reports days apart
    groups = cluster([_ev("a", 3, 3), _ev("b", 20, 1), _ev("c", 21, 1)])
    assert [sorted(e.article_id for e in g) for g in groups] == [["a", "b", "c"]]


def test_the_text_anchor_keeps_unrelated_reports_with_empty_fields_apart():
    rewrite = "أسفر انفجار عبوة ناسفة في تل السنابل عن مقتل ثلاثة مدنيين"
    unrelated = "ودعت الجامعة المرشحين للوظائف الصحية إلى مراجعة مقرها لاستكمال إجراءات التعيين"
    assert anchored(_ev("a", 3), _ev("b", 3, text=rewrite))
    assert not anchored(_ev("a", 3), _ev("b", 3, text=unrelated))
    assert [len(g) for g in cluster([_ev("a", 3), _ev("b", 3, text=rewrite)])] == [2]
    assert sorted(len(g) for g in cluster([_ev("a", 3), _ev("b", 3, text=unrelated)])) == [1, 1]
    assert [len(g) for g in cluster([_ev("a", 3), _ev("b", 3, text=unrelated)], text_anchor=False)] == [2]
    assert "ناسفه" in content_words(BOMBING) and "في" not in content_words(BOMBING)


# --- filters -------------------------------------------------------------------------------------

def test_filters(db):
    assert {e["article_id"] for e in jsonl(db, "--type", "ASSAULT")} == {"a1", "a2", "a3", "a4"}
    assert {e["article_id"] for e in jsonl(db, "--type", "protest,assault", "--admin1", "capital")} == {"a6"}
    assert {e["article_id"] for e in jsonl(db, "--admin1", "Wadi", "--admin2", "Wadi Centre")} == {"a1", "a2", "a4"}
    assert {e["article_id"] for e in jsonl(db, "--from", "2021-03-04", "--to", "2021-03-05")} >= {"a3", "a6"}
    assert {e["event_date"] for e in jsonl(db, "--from", "2021-03-04", "--to", "2021-03-05")} <= {"2021-03-04",
                                                                                                 "2021-03-05"}
    assert [e["article_id"] for e in jsonl(db, "--actor", "velmar", "--type", "ASSAULT")] == ["a3"]
    assert [e["article_id"] for e in jsonl(db, "--actor", "جيش فيلمار", "--type", "ASSAULT")] == ["a3"]
    assert {e["article_id"] for e in jsonl(db, "--text", "تل السنابل")} == {"a1", "a2", "a4"}
    assert {e["article_id"] for e in jsonl(db, "--text", "اسفر")} == {"a2"}        # normalized: أسفر
    assert jsonl(db, "--text", "100%_") == []
    assert len(jsonl(db, "--limit", "2")) == 2
    incs = jsonl(db, "--incidents", "--text", "تل السنابل")
    assert sorted(i["incident"]["n_articles"] for i in incs) == [1, 3]
    assert all(i["store"]["current"] for i in jsonl(db))
    r = CliRunner().invoke(main, ["events", "--db", str(db), "--from", "March"])
    assert r.exit_code != 0 and "YYYY-MM-DD" in r.output


def test_table_is_readable(db):
    out = events(db, "--type", "ASSAULT")
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["date", "p", "type", "place"]
    assert any("Tall Sanabil, Wadi" in x and "Remote explosive" in x for x in lines)
    assert lines[-1] == "(4 rows)"
    assert "3 outlets/3 art" in events(db, "--incidents", "--type", "ASSAULT")


# --- export formats ----------------------------------------------------------------------------------

def test_acled_csv_has_acleds_columns_and_only_acled_coded_events(db):
    rows = list(csv.reader(io.StringIO(events(db, "--format", "acled-csv"))))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert ACLED_COLUMNS[:4] == ("event_id_cnty", "event_date", "year", "time_precision")
    body = [dict(zip(rows[0], r)) for r in rows[1:]]
    every = jsonl(db)
    assert len(body) == sum(1 for e in every if e["acled_event_type"]) < len(every)   # the REQUEST is left out
    bomb = next(r for r in body if r["sub_event_type"] == "Remote explosive/landmine/IED" and r["fatalities"] == "5")
    assert bomb["disorder_type"] == "Political violence" and bomb["event_type"] == "Explosions/Remote violence"
    assert bomb["admin1"] == "Wadi" and bomb["location"] == "Tall Sanabil" and bomb["year"] == "2021"
    assert bomb["event_date"] == "2021-03-03" and bomb["time_precision"] == "1" and bomb["source"] == "Palm TV"
    assert float(bomb["latitude"]) == pytest.approx(10.6) and bomb["timestamp"].isdigit()
    protest = next(r for r in body if r["event_type"] == "Protests")
    assert protest["disorder_type"] == "Demonstrations"
    inc = list(csv.DictReader(io.StringIO(events(db, "--incidents", "--format", "acled-csv", "--text", "السنابل"))))
    merged = next(r for r in inc if r["fatalities"] == "3")
    assert merged["source"] == "Palm TV; Velmar Daily; Wadi Wire"


def test_geojson_is_a_feature_collection_of_valid_points(db):
    doc = json.loads(events(db, "--format", "geojson"))
    assert doc["type"] == "FeatureCollection" and doc["features"]
    located = [e for e in jsonl(db) if (e["location"] or {}).get("latitude") is not None]
    assert len(doc["features"]) == len(located)
    for f in doc["features"]:
        assert f["type"] == "Feature" and f["geometry"]["type"] == "Point"
        lon, lat = f["geometry"]["coordinates"]
        assert isinstance(lon, float) and isinstance(lat, float) and -180 <= lon <= 180 and -90 <= lat <= 90
        assert f["properties"]["event_id"] == f["id"] and f["properties"]["plover"]
    tall = next(f for f in doc["features"] if f["properties"]["location"] == "Tall Sanabil")
    assert tall["geometry"]["coordinates"] == [20.6, 10.6]                 # [longitude, latitude]
    inc = json.loads(events(db, "--format", "geojson", "--incidents"))
    assert any(f["properties"].get("n_sources") == 3 for f in inc["features"])


def test_plover_json_uses_plover_field_names(db):
    out = json.loads(events(db, "--format", "plover-json", "--type", "ASSAULT"))
    assert len(out) == 4
    for rec in out:
        for key in ("id", "date", "event_type", "mode", "context", "actor", "actor_country", "recipient",
                    "recipient_country", "location", "source", "url", "publication_date", "text"):
            assert key in rec, key
        assert rec["event_type"] == "ASSAULT" and isinstance(rec["context"], list)
        assert {"placename", "admin1", "country", "lat", "lon"} <= set(rec["location"])
    shelling = next(r for r in out if r["mode"] == "heavy-weapons")
    assert shelling["actor"] == "Military Forces of Velmar"
    assert shelling["actor_country"] is None     # the fixture's invented country YY has no ISO alpha-3 code
    rec = plover_record({"event_id": "e", "plover": "ASSAULT", "actor1": {"name": "Military Forces of Turkey"},
                         "country": "IQ", "location": {"name": "Duhok", "admin1": "Duhok"},
                         "store": {"actor1_country": "TR"}})
    assert (rec["actor_country"], rec["location"]["country"], rec["recipient"]) == ("TUR", "IRQ", None)
    assert json.loads(events(db, "--format", "plover-json", "--type", "AGREE")) == []


def test_country_info_uses_acled_names_and_regions():
    assert country_info("IQ") == {"iso3": "IRQ", "iso_numeric": "368", "name": "Iraq", "region": "Middle East"}
    assert country_info("SY")["name"] == "Syria" and country_info("TR")["name"] == "Turkey"
    assert country_info("EG")["region"] == "Northern Africa"
    assert country_info(None)["iso3"] == "" and country_info("ZZ")["iso3"] == ""


def test_export_to_a_file_and_the_python_api(db, tmp_path):
    out = tmp_path / "e.csv"
    r = CliRunner().invoke(main, ["events", "--db", str(db), "--format", "acled-csv", "-o", str(out)])
    assert r.exit_code == 0 and out.read_text(encoding="utf-8").startswith("event_id_cnty,event_date,year")
    buf = io.StringIO()
    with Store(db) as s:
        n = export(s, Filters(plover=("ASSAULT",)), "jsonl", buf)
    assert n == 4 and len(buf.getvalue().splitlines()) == 4


def test_unknown_article_fields_do_not_break_ingest(tmp_path):
    obj = article("w1", "Palm TV", PUB, ARTICLES[0][3], author="x", tags=["a"])
    path = write_jsonl(tmp_path / "w.jsonl", [obj])
    assert run_ingest(tmp_path / "w.db", [path], load_kb(FIXTURE_KB)).new == 1
