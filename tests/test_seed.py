"""Golden test: every fact of the seed article (../shared/seed) comes out right."""
import json

import pytest

from conftest import SHARED, needs_shared

pytestmark = needs_shared


@pytest.fixture(scope="module")
def seed(real_kb):
    from rasad import extract

    art = json.loads((SHARED / "seed" / "seed-article.json").read_text(encoding="utf-8"))
    return art["text"], extract(art, real_kb)


def by_type(rec, plover):
    return [e for e in rec["events"] if e["plover"] == plover]


def test_no_errors_and_offsets_point_at_the_text(seed):
    text, rec = seed
    assert rec["errors"] == []
    for e in rec["events"]:
        ev = e["evidence"]
        assert text[ev["start"]:ev["end"]] == ev["text"]
        for a in (e["actor1"], e["actor2"], *e["assoc_actors"]):
            if a:
                assert a["mention"] in text
        if e["location"]:
            assert e["location"]["mention"] in text
    for q in rec["quotes"]:
        assert text[q["start"]:q["end"]] == q["text"]
        assert q["speaker"]["mention"] in text


def test_quotes_of_rasool_and_yawar(seed):
    _, rec = seed
    rasool = [q for q in rec["quotes"] if q["speaker"]["mention"] and "رسول" in q["speaker"]["mention"]]
    yawar = [q for q in rec["quotes"] if q["speaker"]["mention"] and "ياور" in q["speaker"]["mention"]]
    assert len(rasool) == 2 and len(yawar) == 5
    first = rasool[0]
    assert first["speaker"]["name"] == "Yahya Rasool"
    assert first["speaker"]["title"] == "Brigadier General"
    assert "Joint Operations Command" in first["speaker"]["role"]
    assert first["via"] == "Sky News Arabia"
    assert all(q["speaker"]["name"] == "Jabbar Yawar" for q in yawar)
    assert yawar[0]["speaker"]["title"] == "Lieutenant General"
    assert "Peshmerga" in yawar[0]["speaker"]["role"]
    assert all(q["via_mention"] == "وكالة الأنباء التابعة لحكومة بغداد" for q in yawar)


def test_deployment_in_duhok(seed):
    _, rec = seed
    [mob] = by_type(rec, "MOBILIZE")
    assert mob["event_date"] == "2020-07-01" and mob["time_precision"] == 1
    assert mob["actor1"]["name"] == "Government of Iraq"
    assert mob["location"]["admin1"] == "Duhok"
    assert any("حرس الحدود" in a["mention"] for a in mob["assoc_actors"])


def test_turkish_campaign(seed):
    _, rec = seed
    [assault] = by_type(rec, "ASSAULT")
    assert assault["actor1"]["name"] == "Military Forces of Turkey"
    assert "العمال" in assault["actor2"]["mention"]
    assert assault["time_precision"] == 3 and assault["event_date"] == "2020-06-15"
    assert assault["acled_event_type"] == "Explosions/Remote violence"
    assert assault["location"]["name_ar"] in ("إقليم كردستان", "إقليم كوردستان", "كردستان")
    assert assault["claimed_by"] is not None and "أنقرة" in assault["claimed_by"]["mention"]


def test_condemnation_and_demand(seed):
    _, rec = seed
    [accuse] = by_type(rec, "ACCUSE")
    assert "كوردستان" in accuse["actor1"]["mention"] and accuse["actor2"]["name"] == "Military Forces of Turkey"
    [request] = by_type(rec, "REQUEST")
    assert "كوردستان" in request["actor1"]["mention"] and "العمال" in request["actor2"]["mention"]


def test_meeting_and_understandings(seed):
    _, rec = seed
    [consult] = by_type(rec, "CONSULT")
    assert "وزارة الدفاع" in consult["actor1"]["mention"] and "البيشمركة" in consult["actor2"]["mention"]
    [agree] = by_type(rec, "AGREE")
    assert agree["actor1"]["mention"] == consult["actor1"]["mention"]
    assert "ياور" in (agree["claimed_by"] or {}).get("mention", "")


def test_plans_future_trends_history_are_not_events(seed):
    _, rec = seed
    assert sorted(e["plover"] for e in rec["events"]) == sorted(
        ["MOBILIZE", "ASSAULT", "ACCUSE", "REQUEST", "CONSULT", "AGREE"])
