"""Querying the store and exporting events or incidents (see docs/store.md, "Exports").

Formats: ``table`` (readable), ``jsonl`` (the contract record plus a ``store`` object),
``acled-csv`` (ACLED's columns, in ACLED's order, ACLED-coded events only), ``geojson``
(a FeatureCollection of Points, events with coordinates only) and ``plover-json`` (a JSON
array of events with PLOVER's field names).

Every format works for events and for incidents (``incidents=True``): an incident is
written as its representative event (the most precisely dated report) with the
incident's own place, date, the minimum of the sources' fatalities, every outlet, and
an ``incident`` object listing each source with its own figures.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
from dataclasses import dataclass
from typing import IO, Iterable, Iterator

from rasad.lang.ar import normalize
from rasad.store.db import Store

FORMATS = ("table", "jsonl", "acled-csv", "geojson", "plover-json")

#: ACLED's export columns, in ACLED's order.
ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")


@dataclass(frozen=True, slots=True)
class Filters:
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    admin1: str | None = None
    admin2: str | None = None
    plover: tuple[str, ...] = ()
    actor: str | None = None
    text: str | None = None
    kb_version: str | None = None      # None: the current runs; else the runs of that version (current or not)
    limit: int | None = None


def _like(text: str) -> str:
    folded = " ".join(normalize(text).casefold().split())
    return "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _event_where(f: Filters) -> tuple[str, list]:
    where, args = [], []
    if f.kb_version:
        where.append("e.kb_version = ?")
        args.append(f.kb_version)
    else:
        where.append("r.superseded_at IS NULL")
    if f.date_from:
        where.append("e.event_date >= ?")
        args.append(f.date_from.isoformat())
    if f.date_to:
        where.append("e.event_date <= ?")
        args.append(f.date_to.isoformat())
    if f.admin1:
        where.append("lower(e.admin1) = lower(?)")
        args.append(f.admin1)
    if f.admin2:
        where.append("lower(e.admin2) = lower(?)")
        args.append(f.admin2)
    if f.plover:
        where.append(f"e.plover IN ({', '.join('?' * len(f.plover))})")
        args.extend(p.upper() for p in f.plover)
    if f.actor:
        where.append("""ar_norm(coalesce(e.actor1, '') || ' | ' || coalesce(e.actor2, '') || ' | ' ||
                        coalesce(e.assoc_actors, '') || ' | ' || coalesce(e.claimed_by, '') || ' | ' ||
                        coalesce(json_extract(e.record, '$.actor1.mention'), '') || ' | ' ||
                        coalesce(json_extract(e.record, '$.actor2.mention'), '')) LIKE ? ESCAPE '\\'""")
        args.append(_like(f.actor))
    if f.text:
        where.append("ar_norm(coalesce(e.evidence, '') || ' | ' || coalesce(e.notes, '')) LIKE ? ESCAPE '\\'")
        args.append(_like(f.text))
    return " AND ".join(where), args


def query_events(store: Store, f: Filters) -> Iterator[dict]:
    """Matching events as contract records, each with a ``store`` object (kb_version, current, ...)."""
    where, args = _event_where(f)
    sql = f"""SELECT e.record, e.kb_version, e.actor1_country, e.actor2_country, r.extracted_at, r.superseded_at,
                     a.url, a.title
              FROM events e JOIN runs r ON r.run_id = e.run_id JOIN articles a ON a.id = e.article_id
              WHERE {where}
              ORDER BY e.event_date IS NULL, e.event_date, e.article_id, e.seq"""
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    for row in store.conn.execute(sql, args):
        rec = json.loads(row["record"])
        rec["store"] = {"kb_version": row["kb_version"], "current": row["superseded_at"] is None,
                        "extracted_at": row["extracted_at"], "url": row["url"], "title": row["title"],
                        "actor1_country": row["actor1_country"], "actor2_country": row["actor2_country"]}
        yield rec


def query_incidents(store: Store, f: Filters) -> Iterator[dict]:
    """Incidents with at least one event matching the filters, as representative records
    carrying an ``incident`` object (see the module docstring)."""
    where, args = _event_where(f)
    sql = f"""SELECT i.* FROM incidents i WHERE i.incident_id IN (
                  SELECT ie.incident_id FROM incident_events ie JOIN events e ON e.run_id = ie.run_id AND e.seq = ie.seq
                  JOIN runs r ON r.run_id = e.run_id WHERE {where})
              ORDER BY i.event_date IS NULL, i.event_date, i.incident_id"""
    if f.limit:
        sql += f" LIMIT {int(f.limit)}"
    conn = store.conn
    for inc in conn.execute(sql, args).fetchall():
        members = conn.execute(
            """SELECT e.record, e.kb_version, e.actor1_country, e.actor2_country, r.extracted_at, a.url, a.title
               FROM incident_events ie JOIN events e ON e.run_id = ie.run_id AND e.seq = ie.seq
               JOIN runs r ON r.run_id = e.run_id JOIN articles a ON a.id = e.article_id
               WHERE ie.incident_id = ?
               ORDER BY e.time_precision IS NULL, e.time_precision, e.geo_precision, e.event_date, e.article_id""",
            (inc["incident_id"],)).fetchall()
        sources = [dict(r) for r in conn.execute(
            """SELECT article_id, source, url, via, fatalities, injuries, arrests FROM incident_sources
               WHERE incident_id = ? ORDER BY via, article_id""", (inc["incident_id"],))]
        top = members[0]
        rec = json.loads(top["record"])
        place_rec = None
        for m in members:
            r = json.loads(m["record"])
            loc = r.get("location") or {}
            if loc.get("name") == inc["location"] and loc.get("admin1") == inc["admin1"]:
                place_rec = r
                break
        rec.update({
            "event_id": inc["incident_id"], "event_date": inc["event_date"], "time_precision": inc["time_precision"],
            "country": inc["country"], "fatalities": inc["fatalities"], "injuries": inc["injuries"],
            "arrests": inc["arrests"], "acled_event_type": inc["acled_event_type"],
            "acled_sub_event_type": inc["acled_sub_event_type"],
            "source": "; ".join(json.loads(inc["sources"])) or rec.get("source"),
        })
        if place_rec is not None:
            rec["location"] = place_rec.get("location")
        rec["incident"] = {
            "incident_id": inc["incident_id"], "date_min": inc["date_min"], "date_max": inc["date_max"],
            "fatalities_min": inc["fatalities"], "fatalities_max": inc["fatalities_max"],
            "n_events": inc["n_events"], "n_articles": inc["n_articles"], "n_sources": inc["n_sources"],
            "outlets": json.loads(inc["sources"]), "sources": sources,
            "events": [json.loads(m["record"])["event_id"] for m in members],
        }
        rec["store"] = {"kb_version": top["kb_version"], "current": True, "extracted_at": top["extracted_at"],
                        "url": top["url"], "title": top["title"], "actor1_country": top["actor1_country"],
                        "actor2_country": top["actor2_country"]}
        yield rec


# --- countries (ACLED's names and regions; ISO codes from pycountry) -------------------------

#: ACLED's country names where they differ from ISO 3166's common names.
_ACLED_NAMES = {"TR": "Turkey", "PS": "Palestine", "RU": "Russia", "CD": "Democratic Republic of Congo",
                "CG": "Republic of Congo", "CI": "Ivory Coast", "SZ": "eSwatini", "CZ": "Czech Republic",
                "MK": "North Macedonia", "XK": "Kosovo", "US": "United States", "GB": "United Kingdom",
                "KR": "South Korea", "KP": "North Korea", "LA": "Laos", "VN": "Vietnam", "SY": "Syria",
                "IR": "Iran", "TZ": "Tanzania", "BO": "Bolivia", "VE": "Venezuela", "MD": "Moldova",
                "TW": "Taiwan", "BN": "Brunei", "FM": "Micronesia", "CV": "Cape Verde", "TL": "East Timor"}

#: ACLED's regions (assignment as ACLED publishes it, as far as we know it; see docs/store.md).
_ACLED_REGIONS = {
    "Middle East": "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE",
    "Northern Africa": "DZ EG EH LY MA SD TN",
    "Eastern Africa": "BI DJ ER ET KE KM MG MU RE RW SC SO SS TZ UG YT",
    "Middle Africa": "AO CF CG CD CM GA GQ ST TD",
    "Southern Africa": "BW LS MW MZ NA SZ ZA ZM ZW",
    "Western Africa": "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
    "Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
    "South Asia": "AF BD BT IN LK MV NP PK",
    "Southeast Asia": "BN ID KH LA MM MY PH SG TH TL VN",
    "East Asia": "CN HK JP KP KR MN MO TW",
    "Europe": "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD "
              "ME MK MT NL NO PL PT RO RS RU SE SI SK SM UA VA XK",
    "North America": "BM CA GL PM US",
    "Central America": "BZ CR GT HN MX NI PA SV",
    "South America": "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
    "Caribbean": "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
    "Oceania": "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS",
}
_REGION_OF = {code: region for region, codes in _ACLED_REGIONS.items() for code in codes.split()}


def country_info(alpha2: str | None) -> dict:
    """{'iso3', 'iso_numeric', 'name', 'region'} for an ISO 3166-1 alpha-2 code (empty strings if unknown)."""
    if not alpha2:
        return {"iso3": "", "iso_numeric": "", "name": "", "region": ""}
    import pycountry

    c = pycountry.countries.get(alpha_2=alpha2.upper())
    if c is None:
        iso3, numeric, name = ("XKX", "", "Kosovo") if alpha2.upper() == "XK" else ("", "", alpha2)
    else:
        iso3, numeric = c.alpha_3, str(int(c.numeric))
        name = getattr(c, "common_name", None) or c.name
    name = _ACLED_NAMES.get(alpha2.upper(), name)
    return {"iso3": iso3, "iso_numeric": numeric, "name": name, "region": _REGION_OF.get(alpha2.upper(), "")}


# --- writers -----------------------------------------------------------------------------------

def _disorder_type(event_type: str | None, sub: str | None) -> str:
    if event_type in ("Battles", "Explosions/Remote violence", "Violence against civilians"):
        return "Political violence"
    if event_type == "Riots" and sub == "Mob violence":
        return "Political violence; Demonstrations"
    if event_type in ("Protests", "Riots"):
        return "Demonstrations"
    if event_type == "Strategic developments":
        return "Strategic developments"
    return ""


def _epoch(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        return str(int(dt.datetime.fromisoformat(iso).timestamp()))
    except ValueError:
        return ""


def _blank(v) -> str:
    return "" if v is None else str(v)


def acled_row(rec: dict) -> dict:
    a1, a2 = rec.get("actor1") or {}, rec.get("actor2") or {}
    loc = rec.get("location") or {}
    info = country_info(rec.get("country"))
    inter1, inter2 = a1.get("inter"), a2.get("inter")
    if inter1 is not None and inter2 is not None:
        interaction = str(int(f"{min(inter1, inter2)}{max(inter1, inter2)}"))
    elif inter1 is not None or inter2 is not None:
        interaction = str((inter1 if inter1 is not None else inter2) * 10)
    else:
        interaction = ""
    etype = rec.get("acled_event_type")
    civ = "Civilian targeting" if inter2 == 7 and etype in ("Violence against civilians",
                                                             "Explosions/Remote violence") else ""
    date = rec.get("event_date")
    return {
        "event_id_cnty": f"{info['iso3'] or 'XXX'}-{rec['event_id']}",
        "event_date": _blank(date), "year": date[:4] if date else "",
        "time_precision": _blank(rec.get("time_precision")),
        "disorder_type": _disorder_type(etype, rec.get("acled_sub_event_type")),
        "event_type": _blank(etype), "sub_event_type": _blank(rec.get("acled_sub_event_type")),
        "actor1": _blank(a1.get("name")),
        "assoc_actor_1": "; ".join(x["name"] for x in rec.get("assoc_actors") or [] if x and x.get("name")),
        "inter1": _blank(inter1), "actor2": _blank(a2.get("name")), "assoc_actor_2": "", "inter2": _blank(inter2),
        "interaction": interaction, "civilian_targeting": civ,
        "iso": info["iso_numeric"], "region": info["region"], "country": info["name"],
        "admin1": _blank(loc.get("admin1")), "admin2": _blank(loc.get("admin2")), "admin3": _blank(loc.get("admin3")),
        "location": _blank(loc.get("name")), "latitude": _blank(loc.get("latitude")),
        "longitude": _blank(loc.get("longitude")), "geo_precision": _blank(loc.get("geo_precision")),
        "source": _blank(rec.get("source")), "source_scale": "", "notes": _blank(rec.get("notes")),
        "fatalities": _blank(rec.get("fatalities")), "tags": "",
        "timestamp": _epoch((rec.get("store") or {}).get("extracted_at")),
    }


def write_acled_csv(records: Iterable[dict], out: IO[str]) -> int:
    w = csv.DictWriter(out, fieldnames=ACLED_COLUMNS, lineterminator="\n")
    w.writeheader()
    n = 0
    for rec in records:
        if rec.get("acled_event_type"):
            w.writerow(acled_row(rec))
            n += 1
    return n


def _flat_properties(rec: dict) -> dict:
    loc = rec.get("location") or {}
    st = rec.get("store") or {}
    prov = rec.get("provenance") or {}
    props = {
        "event_id": rec["event_id"], "article_id": rec.get("article_id"), "plover": rec.get("plover"),
        "plover_mode": rec.get("plover_mode"), "acled_event_type": rec.get("acled_event_type"),
        "acled_sub_event_type": rec.get("acled_sub_event_type"), "event_date": rec.get("event_date"),
        "time_precision": rec.get("time_precision"), "location": loc.get("name"), "location_ar": loc.get("name_ar"),
        "admin1": loc.get("admin1"), "admin2": loc.get("admin2"), "admin3": loc.get("admin3"),
        "country": rec.get("country"), "geo_precision": loc.get("geo_precision"),
        "actor1": (rec.get("actor1") or {}).get("name"), "actor2": (rec.get("actor2") or {}).get("name"),
        "fatalities": rec.get("fatalities"), "injuries": rec.get("injuries"), "arrests": rec.get("arrests"),
        "source": rec.get("source"), "url": st.get("url"), "published": rec.get("published"),
        "evidence": (rec.get("evidence") or {}).get("text"), "notes": rec.get("notes"),
        "rule": prov.get("rule"), "kb_version": st.get("kb_version"),
    }
    inc = rec.get("incident")
    if inc:
        props.update({"incident_id": inc["incident_id"], "n_sources": inc["n_sources"],
                      "n_articles": inc["n_articles"], "outlets": inc["outlets"],
                      "fatalities_max": inc["fatalities_max"],
                      "article_ids": [s["article_id"] for s in inc["sources"]]})
    return props


def write_geojson(records: Iterable[dict], out: IO[str]) -> int:
    """RFC 7946 FeatureCollection; coordinates are [longitude, latitude]."""
    out.write('{"type": "FeatureCollection", "features": [')
    n = 0
    for rec in records:
        loc = rec.get("location") or {}
        lat, lon = loc.get("latitude"), loc.get("longitude")
        if lat is None or lon is None:
            continue
        feature = {"type": "Feature", "id": rec["event_id"],
                   "geometry": {"type": "Point", "coordinates": [float(lon), float(lat)]},
                   "properties": _flat_properties(rec)}
        out.write(("\n" if n == 0 else ",\n") + json.dumps(feature, ensure_ascii=False))
        n += 1
    out.write("\n]}\n")
    return n


def plover_record(rec: dict) -> dict:
    """One event with PLOVER's field names (assumptions in docs/store.md)."""
    a1, a2 = rec.get("actor1") or {}, rec.get("actor2") or {}
    loc = rec.get("location") or {}
    st = rec.get("store") or {}
    prov = rec.get("provenance") or {}
    out = {
        "id": rec["event_id"],
        "date": rec.get("event_date"),
        "date_precision": rec.get("time_precision"),
        "event_type": rec.get("plover"),
        "mode": rec.get("plover_mode"),
        "context": [],
        "actor": a1.get("name"),
        "actor_country": country_info(st.get("actor1_country"))["iso3"] or None,
        "actor_raw": a1.get("mention"),
        "recipient": a2.get("name"),
        "recipient_country": country_info(st.get("actor2_country"))["iso3"] or None,
        "recipient_raw": a2.get("mention"),
        "location": None if not loc else {
            "placename": loc.get("name"), "placename_raw": loc.get("mention"), "admin1": loc.get("admin1"),
            "admin2": loc.get("admin2"), "admin3": loc.get("admin3"),
            "country": country_info(rec.get("country"))["iso3"] or None,
            "lat": loc.get("latitude"), "lon": loc.get("longitude"), "geo_precision": loc.get("geo_precision"),
        },
        "source": rec.get("source"),
        "url": st.get("url"),
        "publication_date": rec.get("published"),
        "article_id": rec.get("article_id"),
        "text": (rec.get("evidence") or {}).get("text"),
        "acled_event_type": rec.get("acled_event_type"),
        "acled_sub_event_type": rec.get("acled_sub_event_type"),
        "fatalities": rec.get("fatalities"), "injuries": rec.get("injuries"), "arrests": rec.get("arrests"),
        "version": {"kb_version": st.get("kb_version"), "rule": prov.get("rule")},
    }
    if rec.get("incident"):
        out["incident"] = rec["incident"]
    return out


def write_plover_json(records: Iterable[dict], out: IO[str]) -> int:
    out.write("[")
    n = 0
    for rec in records:
        out.write(("\n" if n == 0 else ",\n") + json.dumps(plover_record(rec), ensure_ascii=False))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_jsonl(records: Iterable[dict], out: IO[str]) -> int:
    n = 0
    for rec in records:
        out.write(json.dumps(rec, ensure_ascii=False) + "\n")
        n += 1
    return n


def _cut(s: str | None, width: int) -> str:
    s = s or "-"
    return s if len(s) <= width else s[: width - 1] + "\u2026"


def write_table(records: Iterable[dict], out: IO[str]) -> int:
    header = (f"{'date':<12}{'p':<2}{'type':<34}{'place':<30}{'actors':<44}{'dead':>5}  {'source':<20}"
              f"{'article':<12} evidence")
    out.write(header + "\n" + "-" * len(header) + "\n")
    n = 0
    for rec in records:
        loc = rec.get("location") or {}
        place = loc.get("name") or rec.get("country")
        if loc.get("admin1") and loc.get("admin1") != place:
            place = f"{place}, {loc['admin1']}"
        kind = rec["plover"] + (f"/{rec['acled_sub_event_type']}" if rec.get("acled_sub_event_type") else "")
        actors = f"{(rec.get('actor1') or {}).get('name') or '?'} -> {(rec.get('actor2') or {}).get('name') or '-'}"
        fat = "" if rec.get("fatalities") is None else str(rec["fatalities"])
        inc = rec.get("incident")
        source = rec.get("source") or ""
        if inc:
            source = f"{inc['n_sources']} outlets/{inc['n_articles']} art"
            if inc["fatalities_max"] is not None and inc["fatalities_max"] != rec.get("fatalities"):
                fat = f"{fat}-{inc['fatalities_max']}"
        out.write(f"{_cut(rec.get('event_date'), 11):<12}{_blank(rec.get('time_precision')) or '-':<2}"
                  f"{_cut(kind, 33):<34}{_cut(place, 29):<30}{_cut(actors, 43):<44}{fat:>5}  {_cut(source, 19):<20}"
                  f"{_cut(rec.get('article_id'), 11):<12} {_cut((rec.get('evidence') or {}).get('text'), 80)}\n")
        n += 1
    out.write(f"({n} row{'s' if n != 1 else ''})\n")
    return n


WRITERS = {"table": write_table, "jsonl": write_jsonl, "acled-csv": write_acled_csv, "geojson": write_geojson,
           "plover-json": write_plover_json}


def export(store: Store, f: Filters, fmt: str, out: IO[str], incidents: bool = False) -> int:
    """Write the matching events (or incidents) in `fmt`; returns how many were written."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r} (one of {', '.join(FORMATS)})")
    records = query_incidents(store, f) if incidents else query_events(store, f)
    return WRITERS[fmt](records, out)
