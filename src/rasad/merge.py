"""Cross-source merging: events from different articles that report the same incident.

Two events are *compatible* when they come from different articles and

- have the same PLOVER type, the same country and the same (known) admin1;
- have dates within the tolerance of the coarser of their two ACLED time precisions
  (1 day for precision 1, 7 for 2, 31 for 3); two undated events are compatible only
  when their evidence sentences are identical after normalization (a reprint);
- when both have an admin2, have the same admin2 or lie within 10 km of each other;
- have the same actor1, or one of them has none.

On top of that rule (which is ACLED's), a report joins an incident only when its evidence
sentence shares at least `ANCHOR_MIN_WORDS` content words, and at least `ANCHOR_OVERLAP`
of the shorter sentence's content words, with the sentence of at least one report
already in it. On the 2015 corpus the rule alone joined unrelated reports whenever the
fields it compares were empty or coarse (no actor, a province-level place, a week-wide
date: a university's job call with a soldier's death in the same province); reprints and
rewrites of one story pass the anchor easily. `merge(store, text_anchor=False)` (CLI:
`rasad merge --no-text-anchor`) applies the rule alone.

An incident is a group of events that are pairwise compatible (complete linkage: a report
joins an incident only if it fits every report already in it, so A~B and B~C never chain
A to C) with at most one event per article. Events are taken in date order and each joins
the compatible incident closest in date, else opens a new one; the result depends only on
the stored events, not on the order of ingestion.

An incident lists every source article and outlet (copies of an article, see
``article_copies``, included) with each source's own figures, and reports the most
conservative count as ACLED does: the minimum of the non-null fatalities.

`merge(store)` rebuilds the tables ``incidents``, ``incident_events`` and
``incident_sources`` from the current events in one transaction.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rasad.lang.ar import normalize, token_keys
from rasad.store.db import Store, now

#: days of tolerance per ACLED time precision
DATE_TOLERANCE = {1: 1, 2: 7, 3: 31}
MAX_TOLERANCE = max(DATE_TOLERANCE.values())
#: how close two places of different (or unknown) admin2 must be to count as the same place
DISTANCE_KM = 10.0
#: the text anchor: shared content words between two evidence sentences
ANCHOR_MIN_WORDS = 3
ANCHOR_OVERLAP = 0.35
#: function words left out of the anchor's word sets (normalized, without clitics)
_FUNCTION_WORDS = frozenset("""
    الذي التي الذين اللذين اللتين ذلك تلك هذا هذه هولاء هناك هنا كان كانت يكون تكون كانوا قد لقد لم لن
    على علي الى الي عن من في مع بعد قبل حيث حين عند عندما منذ خلال بين ضد حول دون غير سوي كل بعض اي
    او ام ثم بل لكن لان انه انها انهم ان اذا لو كما مثل وهو وهي هو هي هم هن نحن انا انت له لها لهم
    قال قالت اكد اكدت اضاف اضافت اوضح اوضحت ذكر ذكرت افاد افادت اشار اشارت اعلن اعلنت صرح
    اليوم امس غدا الان ايضا فقط جدا عام عاما يوم يوما
""".split())


@dataclass(slots=True)
class MergeEvent:
    run_id: int
    seq: int
    event_id: str
    article_id: str
    plover: str
    date: dt.date | None
    time_precision: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    latitude: float | None
    longitude: float | None
    actor1: str | None
    evidence: str = ""
    # carried into the incident record
    actor2: str | None = None
    acled_event_type: str | None = None
    acled_sub_event_type: str | None = None
    location: str | None = None
    geo_precision: int | None = None
    fatalities: int | None = None
    injuries: int | None = None
    arrests: int | None = None
    source: str | None = None
    url: str | None = None
    notes: str | None = None
    sentence_text: str = ""           # the evidence sentence
    words: frozenset | None = None    # its content words, computed when the anchor first needs them

    def content(self) -> frozenset:
        if self.words is None:
            self.words = content_words(self.sentence_text)
        return self.words

    @property
    def tolerance(self) -> int:
        return DATE_TOLERANCE.get(self.time_precision or 3, MAX_TOLERANCE)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine, mean Earth radius)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def compatible(a: MergeEvent, b: MergeEvent) -> bool:
    """Whether two events may report the same incident (the rule in the module docstring)."""
    if a.article_id == b.article_id or a.plover != b.plover:
        return False
    if not a.admin1 or a.admin1 != b.admin1 or a.country != b.country:
        return False
    if a.date is None or b.date is None:
        if a.date is not None or b.date is not None:
            return False
        if not a.evidence or a.evidence != b.evidence:
            return False
    elif abs((a.date - b.date).days) > max(a.tolerance, b.tolerance):
        return False
    if a.admin2 and b.admin2 and a.admin2 != b.admin2:
        if None in (a.latitude, a.longitude, b.latitude, b.longitude):
            return False
        if distance_km(a.latitude, a.longitude, b.latitude, b.longitude) > DISTANCE_KM:
            return False
    if a.actor1 and b.actor1 and a.actor1 != b.actor1:
        return False
    return True


_WORD = re.compile(r"[\u0621-\u064A\u066E-\u06D3]+|[A-Za-z]+")


def content_words(text: str | None) -> frozenset:
    """Normalized content words of a sentence, clitics and article removed (for the anchor)."""
    out = set()
    for m in _WORD.finditer(normalize(text or "")):
        norm = m.group().casefold()
        if norm in _FUNCTION_WORDS:
            continue
        key = token_keys(norm)[-1][1] if len(norm) > 3 else norm
        if len(key) >= 3 and key not in _FUNCTION_WORDS:
            out.add(key)
    return frozenset(out)


def anchored(a: MergeEvent, b: MergeEvent) -> bool:
    """Whether two reports' evidence sentences share enough content words (see the module docstring)."""
    wa, wb = a.content(), b.content()
    if not wa or not wb:
        return False
    shared = len(wa & wb)
    shorter = min(len(wa), len(wb))
    return shared >= min(ANCHOR_MIN_WORDS, shorter) and shared >= ANCHOR_OVERLAP * shorter


@dataclass(slots=True)
class _Group:
    members: list[MergeEvent] = field(default_factory=list)
    articles: set[str] = field(default_factory=set)
    first: dt.date | None = None
    last: dt.date | None = None

    def add(self, ev: MergeEvent) -> None:
        self.members.append(ev)
        self.articles.add(ev.article_id)
        if ev.date is not None:
            self.first = ev.date if self.first is None else min(self.first, ev.date)
            self.last = ev.date if self.last is None else max(self.last, ev.date)

    def accepts(self, ev: MergeEvent, text_anchor: bool = True) -> bool:
        if ev.article_id in self.articles:
            return False
        if ev.date is not None and self.first is not None:
            if (ev.date - self.first).days > MAX_TOLERANCE or (self.last - ev.date).days > MAX_TOLERANCE:
                return False
        if not all(compatible(ev, m) for m in self.members):
            return False
        return not text_anchor or any(anchored(ev, m) for m in self.members)

    def gap(self, ev: MergeEvent) -> int:
        if ev.date is None or self.first is None:
            return 0
        return min(abs((ev.date - m.date).days) for m in self.members if m.date is not None)


def cluster(events: list[MergeEvent], text_anchor: bool = True) -> list[list[MergeEvent]]:
    """Group events into incidents (see the module docstring). Deterministic."""
    blocks: dict[tuple, list[MergeEvent]] = defaultdict(list)
    singles: list[list[MergeEvent]] = []
    for ev in events:
        if ev.admin1:
            blocks[(ev.plover, ev.country, ev.admin1)].append(ev)
        else:
            singles.append([ev])
    groups: list[list[MergeEvent]] = []
    for key in sorted(blocks, key=lambda k: tuple(x or "" for x in k)):
        block = sorted(blocks[key], key=lambda e: (e.date is None, e.date or dt.date.min, e.time_precision or 9,
                                                   e.article_id, e.seq))
        open_groups: list[_Group] = []
        done: list[_Group] = []
        for ev in block:
            if ev.date is not None:
                # groups whose every member is more than the largest tolerance before ev are closed
                still = []
                for g in open_groups:
                    (still if g.last is None or (ev.date - g.last).days <= MAX_TOLERANCE else done).append(g)
                open_groups = still
            best, best_gap = None, None
            for g in open_groups:
                if g.accepts(ev, text_anchor):
                    gap = g.gap(ev)
                    if best is None or gap < best_gap:
                        best, best_gap = g, gap
            if best is None:
                best = _Group()
                open_groups.append(best)
            best.add(ev)
        done.extend(open_groups)
        groups.extend(g.members for g in done)
    groups.extend(singles)
    return groups


def _norm_sentence(text: str | None) -> str:
    return " ".join(normalize(text or "").split())


def _most_common(values) -> str | None:
    vals = [v for v in values if v]
    if not vals:
        return None
    counts = Counter(vals)
    return max(vals, key=lambda v: (counts[v], -vals.index(v)))


def _min(values) -> int | None:
    vals = [v for v in values if v is not None]
    return min(vals) if vals else None


def _max(values) -> int | None:
    vals = [v for v in values if v is not None]
    return max(vals) if vals else None


@dataclass(slots=True)
class MergeStats:
    events: int
    incidents: int
    multi_source: int        # incidents reported by two or more outlets
    multi_article: int       # incidents reported by two or more articles (copies included)
    largest: dict | None

    def summary(self) -> str:
        lines = [f"merge: {self.events} events -> {self.incidents} incidents; "
                 f"{self.multi_source} with >= 2 sources (outlets), {self.multi_article} with >= 2 articles"]
        if self.largest:
            g = self.largest
            lines.append(f"largest: {g['incident_id']} {g['plover']} {g['event_date'] or '?'} "
                         f"{g['location'] or g['admin1']} ({g['admin1']}): {g['n_articles']} articles, "
                         f"{g['n_sources']} outlets ({', '.join(g['sources'])})")
        return "\n".join(lines)


def load_events(store: Store) -> list[MergeEvent]:
    rows = store.conn.execute(
        """SELECT e.run_id, e.seq, e.event_id, e.article_id, e.plover, e.event_date, e.time_precision, e.country,
                  e.admin1, e.admin2, e.latitude, e.longitude, e.actor1, e.evidence, e.actor2, e.acled_event_type,
                  e.acled_sub_event_type, e.location, e.geo_precision, e.fatalities, e.injuries, e.arrests,
                  a.source, a.url, e.notes
           FROM current_events e JOIN articles a ON a.id = e.article_id""")
    out = []
    for r in rows:
        r = list(r)
        sentence = r[13] or ""
        r[5] = dt.date.fromisoformat(r[5]) if r[5] else None
        r[13] = _norm_sentence(sentence) if r[5] is None else ""   # only undated events compare sentences
        out.append(MergeEvent(*r, sentence_text=sentence))
    return out


def is_current(store: Store) -> bool:
    """Whether the incident tables hold exactly the current events (no merge needed)."""
    missing = store.conn.execute(
        """SELECT count(*) FROM current_events e LEFT JOIN incident_events ie ON ie.run_id = e.run_id AND ie.seq = e.seq
           WHERE ie.incident_id IS NULL""").fetchone()[0]
    stale = store.conn.execute(
        """SELECT count(*) FROM incident_events ie JOIN runs r ON r.run_id = ie.run_id
           WHERE r.superseded_at IS NOT NULL""").fetchone()[0]
    return missing == 0 and stale == 0


def stored_stats(store: Store) -> MergeStats:
    """The statistics of the incidents as stored (without merging again)."""
    c = store.conn
    events = c.execute("SELECT count(*) FROM incident_events").fetchone()[0]
    incidents, multi_source, multi_article = c.execute(
        "SELECT count(*), coalesce(sum(n_sources >= 2), 0), coalesce(sum(n_articles >= 2), 0) FROM incidents"
    ).fetchone()
    row = c.execute("""SELECT incident_id, plover, event_date, location, admin1, n_articles, n_sources, sources
                       FROM incidents ORDER BY n_articles DESC, n_sources DESC, incident_id LIMIT 1""").fetchone()
    largest = None
    if row is not None:
        largest = dict(row)
        largest["sources"] = json.loads(largest["sources"])
    return MergeStats(events, incidents, multi_source, multi_article, largest)


def merge(store: Store, text_anchor: bool = True) -> MergeStats:
    """Rebuild the incident tables from the current events (one transaction)."""
    events = load_events(store)
    copies: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for cid, aid, src, url in store.conn.execute("SELECT id, article_id, source, url FROM article_copies ORDER BY id"):
        copies[aid].append((cid, src, url))
    groups = cluster(events, text_anchor)
    stamp = now()
    inc_rows, ev_rows, src_rows = [], [], []
    multi_source = multi_article = 0
    for members in groups:
        members.sort(key=lambda e: (e.article_id, e.seq))
        iid = "inc-" + hashlib.sha1("|".join(f"{e.article_id}/{e.event_id}/{e.seq}" for e in members)
                                    .encode("utf-8")).hexdigest()[:16]
        by_time = sorted(members, key=lambda e: (e.date is None, e.time_precision or 9, e.date or dt.date.max))
        by_place = sorted(members, key=lambda e: (e.geo_precision or 9, e.latitude is None))
        dates = [e.date for e in members if e.date]
        sources_rows = []
        for e in members:
            sources_rows.append((iid, e.article_id, e.source, e.url, "article", e.fatalities, e.injuries, e.arrests))
            for cid, src, url in copies.get(e.article_id, ()):
                sources_rows.append((iid, cid, src, url, "copy", e.fatalities, e.injuries, e.arrests))
        outlets = sorted({r[2] for r in sources_rows if r[2]})
        article_ids = sorted(r[1] for r in sources_rows)
        place = by_place[0]
        rec = {
            "incident_id": iid, "plover": members[0].plover,
            "acled_event_type": _most_common(e.acled_event_type for e in members),
            "acled_sub_event_type": _most_common(e.acled_sub_event_type for e in members),
            "event_date": by_time[0].date.isoformat() if by_time[0].date else None,
            "date_min": min(dates).isoformat() if dates else None,
            "date_max": max(dates).isoformat() if dates else None,
            "time_precision": by_time[0].time_precision,
            "country": place.country, "admin1": place.admin1,
            "admin2": place.admin2 or _most_common(e.admin2 for e in members),
            "location": place.location, "latitude": place.latitude, "longitude": place.longitude,
            "geo_precision": place.geo_precision,
            "actor1": _most_common(e.actor1 for e in members), "actor2": _most_common(e.actor2 for e in members),
            "fatalities": _min(e.fatalities for e in members), "fatalities_max": _max(e.fatalities for e in members),
            "injuries": _min(e.injuries for e in members), "arrests": _min(e.arrests for e in members),
            "n_events": len(members), "n_articles": len(article_ids), "n_sources": len(outlets),
            "sources": outlets, "article_ids": article_ids, "notes": by_time[0].notes,
        }
        inc_rows.append(rec)
        ev_rows.extend((iid, e.run_id, e.seq, e.event_id, e.article_id) for e in members)
        src_rows.extend(sources_rows)
        multi_source += len(outlets) >= 2
        multi_article += len(article_ids) >= 2
    largest = min(inc_rows, key=lambda r: (-r["n_articles"], -r["n_sources"], r["incident_id"]), default=None)
    cols = ["incident_id", "plover", "acled_event_type", "acled_sub_event_type", "event_date", "date_min", "date_max",
            "time_precision", "country", "admin1", "admin2", "location", "latitude", "longitude", "geo_precision",
            "actor1", "actor2", "fatalities", "fatalities_max", "injuries", "arrests", "n_events", "n_articles",
            "n_sources", "sources", "article_ids", "notes"]
    with store.transaction() as c:
        c.execute("DELETE FROM incident_sources")
        c.execute("DELETE FROM incident_events")
        c.execute("DELETE FROM incidents")
        c.executemany(
            f"INSERT INTO incidents ({', '.join(cols)}, merged_at) VALUES ({', '.join('?' * len(cols))}, ?)",
            [tuple(json.dumps(r[k], ensure_ascii=False) if k in ("sources", "article_ids") else r[k] for k in cols)
             + (stamp,) for r in inc_rows])
        c.executemany("INSERT INTO incident_events (incident_id, run_id, seq, event_id, article_id) VALUES (?,?,?,?,?)",
                      ev_rows)
        c.executemany("""INSERT INTO incident_sources (incident_id, article_id, source, url, via, fatalities, injuries,
                         arrests) VALUES (?,?,?,?,?,?,?,?)""", src_rows)
    return MergeStats(len(events), len(inc_rows), multi_source, multi_article, largest)
